"""Clear errors that name the path or the thing and the reason, before any work starts."""

from __future__ import annotations

from click.testing import CliRunner

from pipeline.cli import main


def test_missing_raw_folder_is_named(tmp_path):
    out = CliRunner().invoke(main, ["run", "--raw-dir", str(tmp_path / "nope"), "--data-dir", str(tmp_path / "d")])
    assert out.exit_code == 1 and str(tmp_path / "nope") in out.output and "does not exist" in out.output


def test_missing_spacy_model_is_named_and_nothing_is_downloaded(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSQUOTES_SPACY_MODEL", "en_core_web_nonexistent")
    out = CliRunner().invoke(main, ["run", "--raw-dir", str(tmp_path), "--data-dir", str(tmp_path / "d")])
    assert out.exit_code == 1
    assert "en_core_web_nonexistent" in out.output and "never downloaded" in out.output
    assert not (tmp_path / "d" / "warehouse.duckdb").exists()


def test_query_without_a_warehouse_says_what_to_do(tmp_path):
    out = CliRunner().invoke(main, ["query", "SELECT 1", "--data-dir", str(tmp_path)])
    assert out.exit_code == 1 and "newsquotes run" in out.output


def test_verify_without_a_release_names_the_folder(tmp_path):
    out = CliRunner().invoke(main, ["verify", "--data-dir", str(tmp_path)])
    assert out.exit_code == 1 and str(tmp_path / "releases") in out.output
