"""Stage Parquet files and the DuckDB warehouse.

Each stage writes its tables as Parquet under DATA_DIR/stages/ (atomically: temp file, fsync, rename). The warehouse
is then rebuilt from those files into a fresh database file and swapped into place, so a killed run never leaves a
half-written warehouse, and only that one step ever writes DuckDB.
"""

from __future__ import annotations

import contextlib
import functools
import os
import re
from collections.abc import Iterator
from pathlib import Path

import duckdb
import polars as pl

from pipeline.faults import fault_point

SQL_DIR = Path(__file__).resolve().parent.parent / "sql"
SCHEMA_SQL = SQL_DIR / "schema.sql"
VIEWS_SQL = SQL_DIR / "views.sql"

#: Tables in load and export order, with the columns that order their rows deterministically.
TABLE_KEYS: dict[str, tuple[str, ...]] = {
    "source_files": ("source_path",),
    "articles": ("article_id",),
    "cleaning_removals": ("article_id", "line_index", "rule"),
    "entity_mentions": ("article_id", "start_char", "end_char", "label"),
    "entities": ("entity_id",),
    "quotes": ("article_id", "start_char", "end_char", "quote_type"),
    "quarantine": ("stage", "source_path", "source_record", "article_id", "item", "reason"),
}
TABLES: tuple[str, ...] = tuple(TABLE_KEYS)

_DUCK_TO_POLARS: dict[str, pl.DataType] = {
    "VARCHAR": pl.String(),
    "INTEGER": pl.Int32(),
    "BIGINT": pl.Int64(),
    "DOUBLE": pl.Float64(),
    "BOOLEAN": pl.Boolean(),
    "TIMESTAMP": pl.Datetime("us"),
    "VARCHAR[]": pl.List(pl.String()),
}


@functools.cache
def declared_schema() -> dict[str, list[tuple[str, str]]]:
    """Each table's (column, DuckDB type) pairs, read from sql/schema.sql itself so the schema lives in one place."""
    con = duckdb.connect()
    try:
        con.execute(SCHEMA_SQL.read_text(encoding="utf-8"))
        return {
            table: [(row[0], row[1]) for row in con.execute(f"DESCRIBE {table}").fetchall()] for table in TABLES
        }
    finally:
        con.close()


def polars_schema(table: str) -> dict[str, pl.DataType]:
    return {name: _DUCK_TO_POLARS[kind] for name, kind in declared_schema()[table]}


def frame(table: str, rows: list[dict] | None = None) -> pl.DataFrame:
    """Rows as a DataFrame with exactly the table's declared columns and types (empty input gives an empty table)."""
    schema = polars_schema(table)
    if not rows:
        return pl.DataFrame(schema=schema)
    return pl.DataFrame([{c: r.get(c) for c in schema} for r in rows], schema=schema, orient="row")


def conform(table: str, df: pl.DataFrame) -> pl.DataFrame:
    """Select and cast a frame to the table's declared columns, in declared order."""
    schema = polars_schema(table)
    missing = [c for c in schema if c not in df.columns]
    if missing:
        raise ValueError(f"{table}: missing columns {missing}")
    return df.select([pl.col(c).cast(t) for c, t in schema.items()])


# ---------------------------------------------------------------- durable file writes


def fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_file(path: Path) -> None:
    with open(path, "rb") as fh:
        os.fsync(fh.fileno())


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write next to the target, fsync, rename over it: readers see the old or the new file, never half of one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    fsync_dir(path.parent)


# ---------------------------------------------------------------- stage files


def stage_path(stages_dir: Path, name: str) -> Path:
    return stages_dir / f"{name}.parquet"


def write_stage(stages_dir: Path, name: str, df: pl.DataFrame) -> Path:
    """Write one stage table atomically."""
    stages_dir.mkdir(parents=True, exist_ok=True)
    path = stage_path(stages_dir, name)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    df.write_parquet(tmp, compression="zstd", statistics=False)
    fsync_file(tmp)
    os.replace(tmp, path)
    fsync_dir(stages_dir)
    return path


def read_stage(stages_dir: Path, name: str, table: str | None = None) -> pl.DataFrame:
    """A stage table, or an empty one with the declared schema when the stage has not run yet."""
    path = stage_path(stages_dir, name)
    if path.exists():
        return pl.read_parquet(path)
    if table is None:
        raise FileNotFoundError(f"stage {name!r} has not run yet: {path} does not exist")
    return frame(table)


# ---------------------------------------------------------------- the warehouse


def build_warehouse(warehouse_path: Path, tables: dict[str, pl.DataFrame]) -> dict[str, int]:
    """Build a fresh warehouse from the given tables and swap it into place; returns row counts.

    The new file is written under a temporary name, checkpointed and closed, then renamed over the old one, so a
    crash at any point leaves either the old warehouse or the new one, and no WAL to recover.
    """
    warehouse_path.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_builds(warehouse_path)
    tmp = warehouse_path.with_name(f"{warehouse_path.name}.building-{os.getpid()}")
    con = duckdb.connect(str(tmp))
    counts: dict[str, int] = {}
    try:
        con.execute(SCHEMA_SQL.read_text(encoding="utf-8"))
        for table in TABLES:
            df = conform(table, tables.get(table, frame(table)))
            order = ", ".join(f"{c} NULLS FIRST" for c in TABLE_KEYS[table])
            con.register("incoming", df)
            con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM incoming ORDER BY {order}")
            con.unregister("incoming")
            fault_point("warehouse.mid_build")
            counts[table] = con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        con.execute(VIEWS_SQL.read_text(encoding="utf-8"))
        con.execute("CHECKPOINT")
    finally:
        con.close()
    fsync_file(tmp)
    os.replace(tmp, warehouse_path)
    fsync_dir(warehouse_path.parent)
    return counts


def remove_stale_builds(warehouse_path: Path) -> list[Path]:
    """Delete half-built warehouse files (and their WALs) left by a killed run."""
    pattern = re.compile(re.escape(warehouse_path.name) + r"\.building-\d+(\.wal)?$")
    stale = [p for p in warehouse_path.parent.glob(f"{warehouse_path.name}.building-*") if pattern.match(p.name)]
    for p in stale:
        p.unlink(missing_ok=True)
    return stale


@contextlib.contextmanager
def read_only(warehouse_path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-only connection; a clear error when there is no warehouse yet."""
    if not warehouse_path.exists():
        raise FileNotFoundError(f"no warehouse at {warehouse_path}: run `newsquotes run` first")
    con = duckdb.connect(str(warehouse_path), read_only=True)
    try:
        yield con
    finally:
        con.close()


def read_table(warehouse_path: Path, table: str) -> pl.DataFrame:
    if table not in TABLE_KEYS:
        raise ValueError(f"unknown table {table!r}; tables: {', '.join(TABLES)}")
    with read_only(warehouse_path) as con:
        order = ", ".join(f"{c} NULLS FIRST" for c in TABLE_KEYS[table])
        return con.sql(f"SELECT * FROM {table} ORDER BY {order}").pl()


def table_counts(warehouse_path: Path) -> dict[str, int]:
    with read_only(warehouse_path) as con:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
