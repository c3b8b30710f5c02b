"""The whole flow through Dagster, as a user runs it: `newsquotes run` in a real process, a real instance,
a real DuckDB file and the real spaCy model, on the bundled sample corpus and the seed article."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import duckdb
import pytest

from tests.conftest import REPO_ROOT, TEST_DATA, shared_path
from tests.helpers import newsquotes

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("e2e")]
SAMPLE = REPO_ROOT / "data" / "sample"


def q(data_dir: Path, sql: str, params: list | None = None) -> list[tuple]:
    con = duckdb.connect(str(data_dir / "warehouse.duckdb"), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


@pytest.fixture(scope="module")
def sample_run(tmp_path_factory) -> Path:
    data_dir = tmp_path_factory.mktemp("sample-data")
    out = newsquotes("run", "--raw-dir", str(SAMPLE), data_dir=data_dir)
    assert "warehouse" in out.stdout and str(data_dir) in out.stdout
    return data_dir


def test_every_sample_file_is_accounted_for(sample_run):
    discovered = sorted(p.relative_to(SAMPLE).as_posix() for p in SAMPLE.rglob("*") if p.is_file() or p.is_symlink())
    rows = q(sample_run, "SELECT source_path, status FROM source_files ORDER BY source_path")
    assert [r[0] for r in rows] == discovered
    statuses = {r[1] for r in rows}
    assert "ok" in statuses and "duplicate" in statuses


def test_sample_matches_expected_metadata_and_cleaning(sample_run):
    """tests/data/sample_expected.json: per file (and per .jsonl record, `path#i`) status, metadata, what cleaning
    must remove and what it must keep."""
    expected = json.loads((TEST_DATA / "sample_expected.json").read_text(encoding="utf-8"))
    problems = []
    for key, exp in expected.items():
        if key.startswith("_"):
            continue
        rel, _, record = key.removeprefix("data/sample/").partition("#")
        if not record:
            status = q(sample_run, "SELECT status FROM source_files WHERE source_path = ?", [rel])
            assert status, f"{rel} missing from source_files"
            assert status[0][0] == exp["status"], rel
            if exp["status"] != "ok" or exp.get("records_total", 1) > 1:
                continue
            where, params = "source_path = ? AND source_record IS NULL", [rel]
        elif exp["status"] == "quarantined":
            hits = q(sample_run, "SELECT reason FROM quarantine WHERE source_path = ? AND source_record = ?",
                     [rel, int(record)])
            assert hits, f"{key} not in quarantine"
            continue
        else:
            where, params = "source_path = ? AND source_record = ?", [rel, int(record)]
        arts = q(sample_run, f"SELECT title, dateline, byline, clean_text FROM articles WHERE {where}", params)
        assert len(arts) == 1, key
        title, dateline, byline, text = arts[0]
        for field, got in (("title", title), ("dateline", dateline), ("byline", byline)):
            if field in exp and got != exp[field]:
                problems.append(f"{key}: {field} {got!r}, expected {exp[field]!r}")
        problems += [f"{key}: boilerplate left: {bad!r}" for bad in exp.get("must_not_contain", []) if bad in text]
        problems += [f"{key}: body lost: {good!r}" for good in exp.get("must_contain", []) if good not in text]
    assert not problems, "\n".join(problems)


def test_offsets_round_trip_in_the_warehouse(sample_run):
    bad_mentions = q(sample_run, """SELECT count(*) FROM entity_mentions m JOIN articles a USING (article_id)
                                    WHERE substr(a.clean_text, m.start_char + 1, m.end_char - m.start_char) <> m.text""")
    bad_quotes = q(sample_run, """SELECT count(*) FROM quotes x JOIN articles a USING (article_id)
                                  WHERE substr(a.clean_text, x.start_char + 1, x.end_char - x.start_char) <> x.quote_text""")
    assert bad_mentions == [(0,)] and bad_quotes == [(0,)]
    assert q(sample_run, "SELECT count(*) FROM quotes")[0][0] > 20
    assert q(sample_run, "SELECT count(DISTINCT quote_type) FROM quotes")[0][0] == 3


def test_release_is_published_and_verifies(sample_run):
    latest = (sample_run / "releases" / "LATEST").read_text().strip()
    out = newsquotes("verify", data_dir=sample_run)
    assert "OK" in out.stdout
    manifest = json.loads((sample_run / "releases" / f"v{latest}" / "manifest.json").read_text())
    assert manifest["tables"]["quotes"]["rows"] == q(sample_run, "SELECT count(*) FROM quotes")[0][0]
    assert manifest["validation"]["success"] is True


def test_rerun_reuses_work_and_publishes_nothing_new(sample_run):
    before = (sample_run / "releases" / "LATEST").read_text()
    out = newsquotes("run", "--raw-dir", str(SAMPLE), data_dir=sample_run)
    assert (sample_run / "releases" / "LATEST").read_text() == before
    assert "reused" in out.stdout + out.stderr
    assert len(list((sample_run / "releases").glob("v*"))) == 1


def test_query_and_status_commands(sample_run):
    out = newsquotes("query", "SELECT count(*) AS n FROM articles WHERE outlet = ?", "--param", "nobody",
                     "--format", "json", data_dir=sample_run)
    assert json.loads(out.stdout) == [{"n": 0}]
    refused = newsquotes("query", "DELETE FROM articles", data_dir=sample_run, check=False)
    assert refused.returncode != 0 and "read-only" in (refused.stdout + refused.stderr).lower()
    status = newsquotes("status", data_dir=sample_run)
    assert "articles" in status.stdout and "last release: v" in status.stdout and "SUCCESS" in status.stdout


def test_identical_input_gives_byte_identical_parquet(sample_run, tmp_path):
    other = tmp_path / "again"
    newsquotes("run", "--raw-dir", str(SAMPLE), data_dir=other)
    def digests(d: Path) -> dict:
        latest = (d / "releases" / "LATEST").read_text().strip()
        m = json.loads((d / "releases" / f"v{latest}" / "manifest.json").read_text())
        return {f["path"]: f["sha256"] for f in m["files"] if f["path"].endswith(".parquet")}
    assert digests(other) == digests(sample_run)


def test_seed_article_through_the_pipeline(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(shared_path("samples", "seed-article.txt"), raw / "seed-article.txt")
    data_dir = tmp_path / "data"
    newsquotes("run", "--raw-dir", str(raw), data_dir=data_dir)
    title, dateline, text = q(data_dir, "SELECT title, dateline, clean_text FROM articles")[0]
    assert title.startswith("State Dept. Sidesteps")
    assert dateline == "(CNSNews.com)"
    for junk in ("6 mins read", "Source link", "(Photo by"):
        assert junk not in text
    speakers = dict(q(data_dir, "SELECT quote_text, speaker_name FROM quotes"))
    def speaker_of(fragment: str) -> str | None:
        hits = [s for t, s in speakers.items() if fragment in t]
        assert hits, f"no quote containing {fragment!r}"
        return hits[0]
    assert speaker_of("Before we speak about a response") == "Ned Price"
    assert speaker_of("If they determine") == "Ned Price"
    assert speaker_of("While Iran steps up attacks") == "Bill Hagerty"
    assert speaker_of("The IRGC & their proxy militias") == "Bill Hagerty"
    assert speaker_of("the only militias that have drones") is None


def test_verify_a_release_served_over_http(sample_run):
    """What a user who downloads a release does: `newsquotes verify URL` on a loopback server."""
    import functools
    import http.server
    import threading

    latest = (sample_run / "releases" / "LATEST").read_text().strip()
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(sample_run / "releases"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/v{latest}/"
        out = newsquotes("verify", url, data_dir=sample_run)
        assert out.stdout.startswith("OK")
    finally:
        server.shutdown()
        server.server_close()


def test_quotes_on_the_sample_gold_meet_the_targets(sample_run):
    """The bundled sample's complete gold (written apart from the extractor, never tuned on): F1 ≥ 0.90 and
    speaker accuracy ≥ 0.90, read through the warehouse as `newsquotes evaluate` does — .jsonl records included."""
    from pipeline.quote_eval import load_gold, predictions_from_warehouse, score

    predictions = predictions_from_warehouse(sample_run / "warehouse.duckdb")
    assert "jsonl/wire-briefs.jsonl#0" in predictions  # records of a multi-record file are told apart
    result = score(load_gold(TEST_DATA / "sample_quotes_gold.jsonl"), predictions)
    assert result["overall"]["f1"] >= 0.90, result["overall"]
    assert result["speaker_accuracy"] >= 0.90, result["speaker_accuracy"]
