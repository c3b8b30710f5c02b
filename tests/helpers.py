"""Running `newsquotes` as a user does (a real process) and comparing outputs logically."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import duckdb

from pipeline.storage import TABLE_KEYS
from tests.conftest import REPO_ROOT


def newsquotes(*args: str, data_dir: Path, extra_env: dict | None = None, check: bool = True,
               timeout: int = 900) -> subprocess.CompletedProcess:
    env = {**os.environ, "NEWSQUOTES_N_PROCESS": "1", "GX_ANALYTICS_ENABLED": "false",
           "DAGSTER_HOME": str(data_dir / "dagster_home"), **(extra_env or {})}
    out = subprocess.run([sys.executable, "-m", "pipeline.cli", *args, "--data-dir", str(data_dir)],
                         cwd=REPO_ROOT, capture_output=True, text=True, env=env, timeout=timeout)
    if check:
        assert out.returncode == 0, out.stdout[-4000:] + out.stderr[-4000:]
    return out


def logical_hashes(warehouse: Path) -> dict[str, str]:
    """A hash of each table's rows in key order: equal hashes mean equal content, whatever the file bytes."""
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        out = {}
        for table in TABLE_KEYS:
            rows = con.execute(f"SELECT * FROM {table} ORDER BY ALL").fetchall()
            out[table] = hashlib.sha256(repr(rows).encode("utf-8")).hexdigest()
        return out
    finally:
        con.close()


def write_articles(raw: Path, n: int, start: int = 0) -> None:
    """Small original articles (our own text) with quotes, for fast runs."""
    raw.mkdir(parents=True, exist_ok=True)
    for i in range(start, start + n):
        (raw / f"article-{i:03d}.txt").write_text(
            f"Council approves budget number {i}\n\n"
            f"The city council of Northbridge approved budget plan {i} on Tuesday after a long debate.\n\n"
            f"\u201cThis plan keeps every library open,\u201d said Mayor Helen Okafor. \u201cWe listened.\u201d\n\n"
            f"Councillor Brian Tate said the vote on plan {i} was rushed and warned that fees would rise.\n\n"
            "Source link\n",
            encoding="utf-8",
        )
