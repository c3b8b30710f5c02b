"""Blocking Great Expectations checks inside real Dagster runs: corrupt data on purpose and the release is not
published, LATEST stays as it was; clean data passes and publishes.

The corruption is injected into the NLP stage's output (as a bug there would produce it), then the real checks,
warehouse and release assets run in a real Dagster instance.
"""

from __future__ import annotations

import dagster as dg
import polars as pl
import pytest

import assets.nlp
from assets.definitions import defs
from assets.resources import run_config_for
from pipeline.publish import latest_version, verify_release
from tests.helpers import write_articles

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("blocking")]


def _run(raw, data, instance) -> dg.ExecuteInProcessResult:
    job = defs.resolve_job_def("newsquotes_all")
    return job.execute_in_process(run_config=run_config_for(raw_dir=raw, data_dir=data, n_process=1),
                                  instance=instance, raise_on_error=False)


def _failed_checks(result: dg.ExecuteInProcessResult) -> set[str]:
    return {e.asset_check_evaluation_data.check_name for e in result.all_events
            if e.event_type_value == "ASSET_CHECK_EVALUATION" and not e.asset_check_evaluation_data.passed}


CORRUPTIONS = {
    "duplicate_quote_ids": ("quotes", lambda df: pl.concat([df, df.head(1)]), "quotes_contract"),
    "null_mention_article_id": ("entity_mentions", lambda df: df.with_columns(
        pl.when(pl.int_range(pl.len()) == 0).then(None).otherwise(pl.col("article_id")).alias("article_id")),
        "entity_mentions_contract"),
    "unknown_quote_type": ("quotes", lambda df: df.with_columns(pl.lit("rumour").alias("quote_type")),
                           "quotes_contract"),
    "offsets_past_the_end": ("quotes", lambda df: df.with_columns(pl.col("end_char") + 100_000), "quotes_contract"),
    "surface_text_mismatch": ("entity_mentions", lambda df: df.with_columns(
        pl.when(pl.int_range(pl.len()) == 0).then(pl.lit("Nobody")).otherwise(pl.col("text")).alias("text")),
        "entity_mentions_contract"),
    "changed_column_type": ("quotes", lambda df: df.with_columns(pl.col("start_char").cast(pl.String)),
                            "quotes_contract"),
    "entity_counts_off": ("entities", lambda df: df.with_columns(pl.col("mention_count") + 1000),
                          "entities_contract"),
}


@pytest.fixture
def published(tmp_path):
    raw, data = tmp_path / "raw", tmp_path / "data"
    write_articles(raw, 3)
    (tmp_path / "dagster_home").mkdir()
    instance = dg.DagsterInstance.local_temp(str(tmp_path / "dagster_home"))
    result = _run(raw, data, instance)
    assert result.success, _failed_checks(result)
    assert latest_version(data / "releases") == "1.0.0"
    return raw, data, instance


@pytest.mark.parametrize("name", sorted(CORRUPTIONS))
def test_contract_violation_blocks_the_release(published, monkeypatch, name):
    """A bug in the NLP stage writes bad rows to its stage file; the blocking check must stop the release."""
    stage, corrupt, check = CORRUPTIONS[name]
    raw, data, instance = published
    before = {p.name: p.read_bytes() for p in (data / "releases" / "v1.0.0").iterdir()}
    real_write = assets.nlp.write_stage
    monkeypatch.setattr(assets.nlp, "write_stage",
                        lambda d, n, df: real_write(d, n, corrupt(df) if n == stage else df))
    write_articles(raw, 1, start=3)  # new content, which would be published if the checks let it through

    result = _run(raw, data, instance)

    assert not result.success
    assert check in _failed_checks(result)
    assert latest_version(data / "releases") == "1.0.0"
    assert [p.name for p in (data / "releases").glob("v*")] == ["v1.0.0"]
    assert {p.name: p.read_bytes() for p in (data / "releases" / "v1.0.0").iterdir()} == before
    assert verify_release(data / "releases" / "v1.0.0") == []


def test_clean_data_passes_and_publishes_the_next_version(published):
    raw, data, instance = published
    write_articles(raw, 1, start=3)
    result = _run(raw, data, instance)
    assert result.success and not _failed_checks(result)
    assert latest_version(data / "releases") == "1.1.0"
