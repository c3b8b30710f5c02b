"""The persistent Dagster instance folder (DAGSTER_HOME), shared by `newsquotes run` and `make ui`."""

from __future__ import annotations

import os
from pathlib import Path

# One run at a time: only one process may write the warehouse, and runs queue rather than collide.
DAGSTER_YAML = """\
# Written by newsquotes. Runs queue one at a time: the warehouse has a single writer.
concurrency:
  runs:
    max_concurrent_runs: 1
telemetry:
  enabled: false
"""


def ensure_dagster_home(data_dir: Path) -> Path:
    """Use $DAGSTER_HOME if set, else DATA_DIR/dagster_home; create it with our dagster.yaml if missing."""
    home = Path(os.environ.get("DAGSTER_HOME") or data_dir / "dagster_home").resolve()
    home.mkdir(parents=True, exist_ok=True)
    config = home / "dagster.yaml"
    if not config.exists():
        config.write_text(DAGSTER_YAML, encoding="utf-8")
    os.environ["DAGSTER_HOME"] = str(home)
    return home
