"""Where each run's validation results are kept until the release attaches them."""

from __future__ import annotations

import json
from pathlib import Path

from pipeline.storage import atomic_write_bytes


def results_dir(stages_dir: Path) -> Path:
    return stages_dir / "validation"


def save_results(stages_dir: Path, table: str, run_id: str, results: list[dict], markdown: str) -> None:
    payload = {"table": table, "run_id": run_id, "results": results, "markdown": markdown}
    atomic_write_bytes(results_dir(stages_dir) / f"{table}.json",
                       json.dumps(payload, indent=2, sort_keys=True, default=str).encode())


def collect_validation(stages_dir: Path) -> tuple[dict | None, str | None]:
    """All tables' latest results as (JSON for validation.json, Markdown for VALIDATION.md), or (None, None)."""
    files = sorted(results_dir(stages_dir).glob("*.json"))
    if not files:
        return None, None
    tables = [json.loads(p.read_text(encoding="utf-8")) for p in files]
    success = all(r["success"] or r["severity"] != "ERROR" for t in tables for r in t["results"])
    md = ["# Validation", "", f"Overall: {'passed' if success else 'FAILED'} (ERROR checks block a release; "
          "WARN checks are reported only).", ""]
    for t in tables:
        md += [f"## {t['table']}", "", t["markdown"], ""]
    return {"success": success, "tables": tables}, "\n".join(md)
