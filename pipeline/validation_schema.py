"""The declared warehouse schema (sql/schema.sql) as data, for validation.

Why parse the DDL instead of repeating it: sql/schema.sql is the one declared contract that stages, the warehouse
and releases share. Reading column names, types, NOT NULL and PRIMARY KEY from it means a column added there is
checked here without a second list to keep in sync.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import polars as pl

from pipeline.settings import REPO_ROOT

SCHEMA_SQL = REPO_ROOT / "sql" / "schema.sql"

_TABLE_RE = re.compile(r"CREATE\s+TABLE\s+(\w+)\s*\((.*?)\n\);", re.S | re.I)
_COLUMN_RE = re.compile(r"^\s*(\w+)\s+([A-Z]+(?:\[\])?)(.*)$", re.I)
_TABLE_PK_RE = re.compile(r"PRIMARY\s+KEY\s*\(([^)]*)\)", re.I)

# SQL type -> the Polars dtypes a stage may hand over for it. Integer widths are not enforced (the warehouse casts
# on load); what matters is the family: a string where an integer is declared is a contract violation.
_SQL_TO_POLARS: dict[str, pl.DataType] = {
    "VARCHAR": pl.String(),
    "INTEGER": pl.Int64(),
    "BIGINT": pl.Int64(),
    "TIMESTAMP": pl.Datetime("us"),
    "VARCHAR[]": pl.List(pl.String()),
    "BOOLEAN": pl.Boolean(),
    "DOUBLE": pl.Float64(),
}


@dataclass(frozen=True)
class ColumnSpec:
    name: str
    sql_type: str
    not_null: bool


@dataclass(frozen=True)
class TableSpec:
    name: str
    columns: tuple[ColumnSpec, ...]
    primary_key: tuple[str, ...]

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]

    def polars_schema(self) -> dict[str, pl.DataType]:
        """The canonical Polars dtype for every declared column (used to coerce for checking, never to publish)."""
        return {c.name: _SQL_TO_POLARS[c.sql_type] for c in self.columns}


def parse_schema(sql: str) -> dict[str, TableSpec]:
    """Tables, columns, NOT NULL and PRIMARY KEY from CREATE TABLE statements (comments stripped)."""
    sql = re.sub(r"--[^\n]*", "", sql)
    tables: dict[str, TableSpec] = {}
    for name, body in _TABLE_RE.findall(sql):
        columns: list[ColumnSpec] = []
        primary_key: tuple[str, ...] = ()
        for line in body.split(","):
            line = line.strip()
            if not line:
                continue
            m = _COLUMN_RE.match(line)
            if not m or m.group(1).upper() == "PRIMARY":
                # A table-level PRIMARY KEY (a, b): split by the comma above, recovered below.
                continue
            col, sql_type, rest = m.group(1), m.group(2).upper(), m.group(3).upper()
            columns.append(ColumnSpec(col, sql_type, "NOT NULL" in rest or "PRIMARY KEY" in rest))
            if "PRIMARY KEY" in rest:
                primary_key = (col,)
        tables[name] = TableSpec(name, tuple(columns), primary_key)
    # Multi-column PRIMARY KEY (a, b) is split by commas above; recover it from the raw text.
    for name, body in _TABLE_RE.findall(sql):
        if m := _TABLE_PK_RE.search(body):
            tables[name] = TableSpec(name, tables[name].columns, tuple(c.strip() for c in m.group(1).split(",")))
    return tables


@lru_cache(maxsize=1)
def load_schema(path: Path = SCHEMA_SQL) -> dict[str, TableSpec]:
    return parse_schema(path.read_text(encoding="utf-8"))


def dtype_matches(sql_type: str, dtype: pl.DataType) -> bool:
    """Whether a Polars dtype is an acceptable carrier for a declared SQL type.

    A Null dtype (a column that is entirely null) is accepted: the NOT NULL checks report it if it matters.
    """
    if dtype == pl.Null:
        return True
    if sql_type in ("INTEGER", "BIGINT"):
        return dtype.is_integer()
    if sql_type == "VARCHAR":
        return dtype in (pl.String, pl.Categorical, pl.Enum) or isinstance(dtype, (pl.Categorical, pl.Enum))
    if sql_type == "TIMESTAMP":
        return isinstance(dtype, pl.Datetime) and dtype.time_zone in (None, "UTC")
    if sql_type == "VARCHAR[]":
        return isinstance(dtype, pl.List) and (dtype.inner in (pl.String, pl.Null))
    if sql_type == "BOOLEAN":
        return dtype == pl.Boolean
    if sql_type == "DOUBLE":
        return dtype.is_numeric()
    return False


def schema_report(frame: pl.DataFrame, spec: TableSpec) -> pl.DataFrame:
    """One row per declared column: is it present, what type it has, does the type fit the declaration."""
    rows = []
    for col in spec.columns:
        dtype = frame.schema.get(col.name)
        rows.append(
            {
                "column": col.name,
                "declared": col.sql_type,
                "actual": None if dtype is None else str(dtype),
                "present": dtype is not None,
                "type_ok": dtype is None or dtype_matches(col.sql_type, dtype),  # absence is reported once
            }
        )
    return pl.DataFrame(
        rows,
        schema={"column": pl.String, "declared": pl.String, "actual": pl.String, "present": pl.Boolean,
                "type_ok": pl.Boolean},
    )


def conform(frame: pl.DataFrame, spec: TableSpec) -> pl.DataFrame:
    """A copy with every declared column present in its canonical dtype, so value checks can run on bad input.

    Missing columns become all-null; mistyped columns are cast non-strictly (unparseable values become null and
    the NOT NULL checks count them). The schema suite reports the original problem; this only keeps the value
    checks from crashing. Extra columns are kept.
    """
    exprs = []
    for name, dtype in spec.polars_schema().items():
        if name not in frame.columns:
            exprs.append(pl.lit(None, dtype=dtype).alias(name))
        elif not dtype_matches(_sql_type(spec, name), frame.schema[name]) or frame.schema[name] == pl.Null:
            exprs.append(_cast(pl.col(name), frame.schema[name], dtype).alias(name))
        elif isinstance(frame.schema[name], pl.Datetime) and frame.schema[name].time_zone is not None:
            exprs.append(pl.col(name).dt.convert_time_zone("UTC").dt.replace_time_zone(None).alias(name))
    return frame.with_columns(exprs) if exprs else frame


def _sql_type(spec: TableSpec, name: str) -> str:
    return next(c.sql_type for c in spec.columns if c.name == name)


def _cast(expr: pl.Expr, source: pl.DataType, target: pl.DataType) -> pl.Expr:
    if isinstance(target, pl.List) and not isinstance(source, pl.List):
        return pl.lit(None, dtype=target)
    if isinstance(target, pl.Datetime) and source == pl.String:
        return expr.str.to_datetime(strict=False, time_unit="us")
    if isinstance(source, pl.List) and not isinstance(target, pl.List):
        return pl.lit(None, dtype=target)
    return expr.cast(target, strict=False)
