"""The Dagster code location loads from workspace.yaml, with every stage, check, schedule and sensor."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent


def test_workspace_points_at_the_definitions_module():
    workspace = yaml.safe_load((REPO / "workspace.yaml").read_text())
    module = workspace["load_from"][0]["python_module"]["module_name"]
    assert module == "assets.definitions"


def test_definitions_load_with_the_whole_flow():
    from assets.definitions import defs

    repo = defs.get_repository_def()
    keys = {k.to_user_string() for k in repo.asset_graph.get_all_asset_keys()}
    assert {"source_files", "articles", "entity_mentions", "entities", "quotes", "warehouse", "release"} <= keys
    checks = {k.name for k in repo.asset_graph.asset_check_keys}
    assert {"articles_contract", "quotes_contract", "entity_mentions_contract", "release_verifies"} <= checks
    assert defs.resolve_job_def("newsquotes_all") is not None
    assert {s.name for s in repo.schedule_defs} == {"daily_refresh"}
    assert {s.name for s in repo.sensor_defs} == {"new_raw_files_sensor"}


def test_dagster_cli_loads_the_workspace(tmp_path):
    """What `dagster dev -w workspace.yaml` loads: the same code location, via Dagster's own loader."""
    out = subprocess.run(
        [sys.executable, "-m", "dagster", "definitions", "validate", "-w", "workspace.yaml"],
        cwd=REPO, capture_output=True, text=True, timeout=300,
        env={"PATH": str(Path(sys.executable).parent), "DAGSTER_HOME": str(tmp_path), "GX_ANALYTICS_ENABLED": "false",
             "HOME": str(tmp_path)},
    )
    assert out.returncode == 0, out.stdout + out.stderr
