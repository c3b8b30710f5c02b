"""Readers, guardrails, ids and dedupe with the smallest inputs (files written into tmp_path), then the real corpora."""

from __future__ import annotations

import gzip
import hashlib
import json
import os
from collections import Counter
from datetime import datetime
from pathlib import Path

import pytest

from pipeline.ingest import FileResult, content_id, dedupe, discover, ingest, read_file
from pipeline.readers import format_of, looks_like_html, parse_date, parse_language
from pipeline.reasons import REASONS
from pipeline.settings import Settings
from tests.conftest import shared_path

SETTINGS = Settings.load()
ARTICLE = "Minister backs new port deal\n\nThe minister said on Monday: “We will sign it.”\n\nTalks resume.\n"
RECORD = {
    "title": "Port deal signed",
    "maintext": "The minister signed the port deal on Monday.\nOfficials said talks went well.",
    "date_publish": "2017-11-06T22:18:21+01:00",
    "authors": ["Jane Doe", "John Roe"],
    "url": "https://example.com/port-deal",
    "source_domain": "www.example.com",
    "language": "en",
}
SOURCE_FILE_COLUMNS = {
    "source_path", "sha256", "bytes", "format", "compression", "encoding", "status", "reason", "detail",
    "duplicate_of", "records_total", "records_ok", "article_ids",
}


def write(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def read(folder: Path, name: str, data: bytes | str, settings: Settings = SETTINGS) -> FileResult:
    return read_file(write(folder, name, data), folder, settings)


# ------------------------------------------------------------------------------------------------------ readers


def test_txt_first_line_is_the_headline_and_the_body_keeps_it(tmp_path: Path) -> None:
    result = read(tmp_path, "a.txt", ARTICLE.replace("\n", "\r\n"))
    row, (record,) = result.source_file, result.records
    assert set(row) == SOURCE_FILE_COLUMNS
    assert (row["status"], row["reason"], row["format"], row["encoding"], row["records_total"]) == (
        "ok", None, "txt", "utf-8", 1)
    assert record.has_title_line and record.title == "Minister backs new port deal"
    assert record.body == ARTICLE  # CRLF -> LF
    assert record.source_record is None and record.format == "txt"
    assert row["article_ids"] == [record.article_id] == [content_id(ARTICLE)]


def test_json_record_fields_are_mapped_and_dates_converted_to_naive_utc(tmp_path: Path) -> None:
    (record,) = read(tmp_path, "a.json", json.dumps(RECORD)).records
    assert record.body == RECORD["maintext"] and not record.has_title_line
    assert (record.title, record.byline, record.outlet, record.url, record.language) == (
        "Port deal signed", "Jane Doe, John Roe", "www.example.com", "https://example.com/port-deal", "en")
    assert record.published_at == datetime(2017, 11, 6, 21, 18, 21)
    assert record.article_id == content_id("Port deal signed\n" + RECORD["maintext"])


def test_json_falls_back_to_text_when_maintext_is_empty(tmp_path: Path) -> None:
    (record,) = read(tmp_path, "a.json", json.dumps({"title": "T", "maintext": "", "text": "Body text."})).records
    assert record.body == "Body text."


@pytest.mark.parametrize(
    ("payload", "reason"),
    [
        ('{"title": "x", "text": ', "malformed_json"),
        ("[1, 2]", "malformed_json"),
        ('"just a string"', "malformed_json"),
        ("[" * 100_000 + "]" * 100_000, "malformed_json"),
        ('{"title": "No body", "text": ""}', "no_text"),
        ('{"title": "No body"}', "no_text"),
        ('{"title": "Bad body", "text": {"p": 1}}', "malformed_record"),
    ],
)
def test_bad_json_files_are_quarantined_with_the_reason(tmp_path: Path, payload: str, reason: str) -> None:
    result = read(tmp_path, "bad.json", payload)
    assert (result.source_file["status"], result.source_file["reason"]) == ("quarantined", reason)
    assert result.records == [] and result.source_file["article_ids"] == []
    assert [q["reason"] for q in result.quarantine] == [reason]


def test_json_array_of_records_gives_one_record_each(tmp_path: Path) -> None:
    second = {**RECORD, "title": "Second story", "maintext": "Another body."}
    result = read(tmp_path, "many.json", json.dumps([RECORD, second]))
    assert [r.source_record for r in result.records] == [0, 1]
    assert result.source_file["records_total"] == result.source_file["records_ok"] == 2


def test_jsonl_bad_lines_are_quarantined_with_line_numbers_and_good_ones_survive(tmp_path: Path) -> None:
    lines = [json.dumps(RECORD), "{not json", "", json.dumps({"title": "empty", "text": "  "}), "[1]",
             json.dumps({**RECORD, "maintext": "Second body."})]
    result = read(tmp_path, "wire.jsonl", "\n".join(lines) + "\n")
    row = result.source_file
    assert (row["status"], row["records_total"], row["records_ok"]) == ("ok", 5, 2)
    assert [r.source_record for r in result.records] == [0, 5]
    assert [(q["source_record"], q["reason"]) for q in result.quarantine] == [
        (1, "malformed_record"), (3, "no_text"), (4, "malformed_record")]
    assert result.quarantine[0]["detail"].startswith("line 2:")
    assert all(q["stage"] == "ingest" and q["source_path"] == "wire.jsonl" for q in result.quarantine)


def test_jsonl_with_only_bad_lines_is_quarantined(tmp_path: Path) -> None:
    result = read(tmp_path, "bad.jsonl", "{oops\n[2]\n")
    assert (result.source_file["status"], result.source_file["reason"]) == ("quarantined", "malformed_record")
    assert "all 2 records" in result.source_file["detail"]


def test_html_main_text_and_metadata(tmp_path: Path) -> None:
    paragraphs = "".join(f"<p>The council voted on Tuesday to approve plan number {i} for the harbour, "
                         f"officials said after a long debate about the costs.</p>" for i in range(6))
    html = (f"<html lang='en'><head><title>Harbour plan approved</title>"
            f"<meta property='og:title' content='Harbour plan approved'></head>"
            f"<body><nav><a href='/'>Home</a></nav><article><h1>Harbour plan approved</h1>{paragraphs}</article>"
            f"<footer>Copyright 2024</footer></body></html>")
    result = read(tmp_path, "page.HTM", html)
    (record,) = result.records
    assert result.source_file["format"] == "html" and record.format == "html"
    assert "plan number 5" in record.body and "Copyright" not in record.body
    assert record.title == "Harbour plan approved" and not record.has_title_line


def test_gzip_variants_are_decompressed_and_hashed_on_disk_bytes(tmp_path: Path) -> None:
    data = gzip.compress(ARTICLE.encode("utf-8"))
    result = read(tmp_path, "a.TXT.GZ", data)
    row = result.source_file
    assert (row["status"], row["format"], row["compression"], row["bytes"]) == ("ok", "txt", "gzip", len(data))
    assert row["sha256"] == hashlib.sha256(data).hexdigest()
    assert result.records[0].body == ARTICLE


def test_latin1_pound_sign_decodes(tmp_path: Path) -> None:
    (record,) = read(tmp_path, "a.txt", "Fees rise\n\nThe fee is £100 a year.\n".encode("latin-1")).records
    assert "£100" in record.body


def test_html_saved_as_txt_is_read_as_html_and_says_so(tmp_path: Path) -> None:
    body = "".join(f"<p>Paragraph {i} of a news story about the city budget and its long debate.</p>" for i in range(5))
    result = read(tmp_path, "page.txt", f"<!DOCTYPE html><html><head><title>Budget</title></head><body><article>"
                                        f"{body}</article></body></html>")
    assert result.source_file["format"] == "html" and result.source_file["status"] == "ok"
    assert "HTML" in result.source_file["detail"] and "<p>" not in result.records[0].body


@pytest.mark.parametrize(
    ("name", "expected"),
    [("a.txt", ("txt", None)), ("A.HTML.gz", ("html", "gzip")), ("x.y.jsonl", ("jsonl", None)),
     ("b.htm", ("html", None)), ("c.pdf", (None, None)), ("noext", (None, None)), ("d.gz", (None, "gzip"))],
)
def test_format_is_chosen_by_extension_case_insensitively(name: str, expected: tuple) -> None:
    assert format_of(name) == expected


def test_html_sniffing_needs_markup_at_the_start() -> None:
    assert looks_like_html("  <!doctype html><html><body>x</body></html>")
    assert looks_like_html("<html>\n<body>x</body></html>")
    assert looks_like_html("<!-- saved from url=(0042)https://example.com -->\n<html><body>x</body></html>")
    assert looks_like_html("<div><p>One</p><p>Two</p><p>Three</p></div>")
    assert not looks_like_html("Headline about <html> tags\n\nThe body mentions <body> once.")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2017-11-06T22:18:21", datetime(2017, 11, 6, 22, 18, 21)),
        ("2017-11-06T22:18:21Z", datetime(2017, 11, 6, 22, 18, 21)),
        ("2017-11-06T22:18:21-05:00", datetime(2017, 11, 7, 3, 18, 21)),
        ("Mon, 06 Nov 2017 22:18:21 +0100", datetime(2017, 11, 6, 21, 18, 21)),
        ("2017-11-06", datetime(2017, 11, 6)),
        ("6 November 2017", datetime(2017, 11, 6)),
        ("yesterday", None),
        ("None", None),
        ("", None),
        (None, None),
        ("0001-01-01T00:00:00", None),
    ],
)
def test_dates_become_naive_utc_or_none(value: object, expected: datetime | None) -> None:
    assert parse_date(value) == expected


def test_unparseable_date_is_not_a_quarantine(tmp_path: Path) -> None:
    result = read(tmp_path, "a.json", json.dumps({**RECORD, "date_publish": "sometime last week"}))
    assert result.source_file["status"] == "ok" and result.records[0].published_at is None


@pytest.mark.parametrize(("value", "expected"), [("en", "en"), ("EN-us", "en"), ("en_GB", "en"), ("english", None),
                                                 (None, None), (3, None)])
def test_language_is_reduced_to_iso_639_1(value: object, expected: str | None) -> None:
    assert parse_language(value) == expected


# ------------------------------------------------------------------------------------------------------- ids


def test_content_id_ignores_layout_but_not_words() -> None:
    assert content_id("A  title\r\n\n body ") == content_id("A title body") == content_id("A title\nbody")
    assert content_id("cafe\u0301") == content_id("caf\u00e9")
    assert content_id("A title body") != content_id("A title bodies")
    assert content_id("x").startswith("a") and len(content_id("x")) == 17


def test_same_article_as_txt_and_json_gets_the_same_id(tmp_path: Path) -> None:
    txt = read(tmp_path, "a.txt", "Port deal signed\n\n" + RECORD["maintext"] + "\n").records[0]
    js = read(tmp_path, "b.json", json.dumps(RECORD)).records[0]
    assert txt.article_id == js.article_id


# --------------------------------------------------------------------------------------------------- dedupe


def test_dedupe_marks_whole_file_copies_and_quarantines_repeated_records(tmp_path: Path) -> None:
    other = {**RECORD, "maintext": "A different body."}
    write(tmp_path, "a/first.json", json.dumps(RECORD))
    write(tmp_path, "b/copy with  spaces.json", json.dumps(RECORD, indent=2))
    write(tmp_path, "c/mixed.jsonl", json.dumps(other) + "\n" + json.dumps(RECORD) + "\n" + json.dumps(other) + "\n")
    result = ingest(tmp_path, SETTINGS)
    rows = {r["source_path"]: r for r in result.source_files}
    first_id = rows["a/first.json"]["article_ids"][0]
    copy = rows["b/copy with  spaces.json"]
    assert (copy["status"], copy["reason"], copy["duplicate_of"], copy["article_ids"]) == (
        "duplicate", "duplicate_content", first_id, [])
    assert "a/first.json" in copy["detail"]
    mixed = rows["c/mixed.jsonl"]
    assert (mixed["status"], mixed["records_total"], mixed["records_ok"]) == ("ok", 3, 1)
    assert sorted((q["source_record"], q["reason"]) for q in result.quarantine) == [
        (1, "duplicate_content"), (2, "duplicate_content")]
    assert len(result.records) == 2 and len({r.article_id for r in result.records}) == 2


def test_dedupe_first_path_wins_whatever_the_input_order(tmp_path: Path) -> None:
    results = [read(tmp_path, name, ARTICLE) for name in ("z.txt", "m.txt", "a.txt")]
    rows, records, _ = dedupe(results)
    assert [r["source_path"] for r in rows] == ["a.txt", "m.txt", "z.txt"]
    assert [r["status"] for r in rows] == ["ok", "duplicate", "duplicate"]
    assert [r.source_path for r in records] == ["a.txt"]


# ------------------------------------------------------------------------------------------------ guardrails


def test_discover_sorts_by_relative_path_and_lists_links_without_following(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    write(raw, "b/2.txt", "x")
    write(raw, "a.txt", "x")
    write(raw, "b/10.txt", "x")
    outside = tmp_path / "outside"
    write(outside, "secret.txt", "x")
    (raw / "linkdir").symlink_to(outside, target_is_directory=True)
    paths = [p.relative_to(raw).as_posix() for p in discover(raw)]
    assert paths == ["a.txt", "b/10.txt", "b/2.txt", "linkdir"]


def test_symlinked_directory_is_recorded_as_symlink(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    write(tmp_path / "outside", "secret.txt", "Secret outside text\n\nNever read.")
    raw.mkdir()
    (raw / "linkdir").symlink_to(tmp_path / "outside", target_is_directory=True)
    (row,) = ingest(raw, SETTINGS).source_files
    assert (row["source_path"], row["status"], row["reason"], row["bytes"], row["sha256"]) == (
        "linkdir", "quarantined", "symlink", 0, None)


def test_fifo_is_recorded_and_never_opened(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")  # opening it for reading would block this test forever
    row = read_file(tmp_path / "pipe.txt", tmp_path, SETTINGS).source_file
    assert (row["status"], row["reason"], row["sha256"]) == ("quarantined", "not_regular_file", None)
    assert "FIFO" in row["detail"]


def test_path_outside_raw_folder_is_not_read(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    outside = write(tmp_path, "elsewhere.txt", ARTICLE)
    result = read_file(outside, raw, SETTINGS)
    assert (result.source_file["status"], result.source_file["reason"]) == ("quarantined", "outside_raw_dir")
    assert result.records == [] and result.source_file["sha256"] is None


def test_size_cap_is_checked_before_reading(tmp_path: Path) -> None:
    result = read(tmp_path, "big.txt", "x" * 2000, SETTINGS.with_(max_file_bytes=1000))
    row = result.source_file
    assert (row["status"], row["reason"], row["bytes"], row["sha256"]) == ("quarantined", "too_large", 2000, None)


def test_gzip_bomb_hits_the_decompression_cap(tmp_path: Path) -> None:
    bomb = gzip.compress(b"a" * 2_000_000)
    row = read(tmp_path, "bomb.txt.gz", bomb, SETTINGS.with_(max_decompressed_bytes=100_000)).source_file
    assert (row["status"], row["reason"]) == ("quarantined", "decompression_limit")
    assert row["sha256"] is not None  # the compressed bytes on disk were read and hashed


def test_missing_raw_dir_raises_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="nope"):
        ingest(tmp_path / "nope", SETTINGS)
    with pytest.raises(FileNotFoundError, match="nope"):
        discover(tmp_path / "nope")


def test_progress_is_reported_per_file(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt", "c.pdf"):
        write(tmp_path, name, name + "\n\nbody")
    calls: list[tuple[int, int]] = []
    ingest(tmp_path, SETTINGS, progress=lambda done, total: calls.append((done, total)))
    assert calls == [(1, 3), (2, 3), (3, 3)]


def test_sample_corpus_ingests_with_every_reason_from_the_closed_list() -> None:
    result = ingest(SETTINGS.raw_dir, SETTINGS)
    assert len(result.source_files) == len(discover(SETTINGS.raw_dir)) > 0
    assert all(r["reason"] is None or r["reason"] in REASONS for r in result.source_files)
    assert all(q["reason"] in REASONS for q in result.quarantine)
    assert result.records and len({r.article_id for r in result.records}) == len(result.records)


# -------------------------------------------------------------------------------------------------- corpora


@pytest.mark.corpus
def test_bbc_corpus_all_files_accounted_duplicates_found_and_latin1_decoded() -> None:
    root = shared_path("corpus", "bbc-news-2225")
    result = ingest(root, SETTINGS)
    articles = [r for r in result.source_files if "/" in r["source_path"]]  # the five topic folders
    assert len(articles) == 2225
    statuses = Counter(r["status"] for r in articles)
    assert statuses == {"ok": 2125, "duplicate": 100}
    assert len({r.article_id for r in result.records if "/" in r.source_path}) == 2125
    rows = {r["source_path"]: r for r in articles}
    assert rows["tech/176.txt"]["duplicate_of"] == rows["tech/132.txt"]["article_ids"][0]
    sport = rows["sport/199.txt"]
    assert sport["encoding"] in ("cp1252", "latin-1") and sport["status"] == "ok"
    (record,) = [r for r in result.records if r.source_path == "sport/199.txt"]
    assert "£" in record.body and "\ufffd" not in record.body
    assert Counter(r["encoding"] for r in articles) == {"utf-8": 2224, sport["encoding"]: 1}


@pytest.mark.corpus
def test_giveme5w1h_json_corpus() -> None:
    root = shared_path("corpus", "giveme5w1h-newsplease-json")
    result = ingest(root, SETTINGS)
    rows = [r for r in result.source_files if r["source_path"].endswith(".json")]
    assert len(rows) == 455
    by_reason = Counter(r["reason"] for r in rows if r["status"] == "quarantined")
    assert by_reason == {"empty_file": 2, "no_text": 18}
    empty = sorted(r["source_path"].rsplit("/", 1)[1][:8] for r in rows if r["reason"] == "empty_file")
    assert empty == ["1560c174", "8f530c86"]
    # The rest are ok, except exact copies of the same record stored in both folders.
    duplicates = [r for r in rows if r["status"] == "duplicate"]
    for dup in duplicates:
        first = json.loads((root / dup["detail"].rsplit("same content as ", 1)[1]).read_text("utf-8"))
        assert json.loads((root / dup["source_path"]).read_text("utf-8"))["text"] == first["text"]
    assert sum(r["status"] == "ok" for r in rows) == 455 - 20 - len(duplicates)
    assert all(r.body.strip() and r.outlet for r in result.records)


@pytest.mark.parametrize(
    ("name", "data", "reason", "words"),
    [
        ("bom-but-odd.txt", b"\xff\xfeH\x00i\x00!", "undecodable", "utf-16"),
        ("zipped.txt", gzip.compress(ARTICLE.encode("utf-8"), mtime=0), "binary", "gzip"),
        ("empty.json.gz", gzip.compress(b"", mtime=0), "empty_file", "decompresses to zero"),
        ("blank.jsonl", "\n \n\t\n", "whitespace_only", "whitespace"),
    ],
)
def test_file_level_problems_name_the_problem_in_the_detail(tmp_path: Path, name: str, data: bytes | str,
                                                            reason: str, words: str) -> None:
    row = read(tmp_path, name, data).source_file
    assert (row["status"], row["reason"], row["records_total"]) == ("quarantined", reason, 0)
    assert words in row["detail"]


def test_a_directory_passed_as_a_file_is_unreadable_not_a_crash(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    row = read_file(tmp_path / "sub", tmp_path, SETTINGS).source_file
    assert (row["status"], row["reason"]) == ("quarantined", "unreadable")


def test_read_cache_reuses_earlier_reads_and_survives_a_round_trip(tmp_path: Path) -> None:
    """Re-runs read only new files: the same bytes (even under another name) come from the cache, as saved."""
    from pipeline.ingest import cache_key, ingest
    from pipeline.ingest_cache import load_cache, save_cache

    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "one.txt").write_text(ARTICLE, encoding="utf-8")
    (raw / "two.jsonl").write_text('{"title": "T", "maintext": "The mayor said the road reopens on Monday.", '
                                   '"date_publish": "2024-03-04 10:00:00"}\n{broken\n', encoding="utf-8")
    settings = Settings.load()
    cache: dict = {}
    first = ingest(raw, settings, cache=cache)
    assert len(cache) == 2
    save_cache(tmp_path / "cache.jsonl", "fp", cache, first.source_files)
    loaded = load_cache(tmp_path / "cache.jsonl", "fp")
    assert load_cache(tmp_path / "cache.jsonl", "other code") == {}

    (raw / "three.txt").write_text(ARTICLE.replace("Monday", "Tuesday"), encoding="utf-8")
    known = set(loaded)
    second = ingest(raw, settings, cache=loaded)
    assert [r for r in second.source_files if r["source_path"] != "three.txt"] == first.source_files
    assert [r for r in second.records if r.source_path != "three.txt"] == first.records
    assert second.quarantine == first.quarantine
    new_keys = {cache_key(r["sha256"], r["source_path"]) for r in second.source_files} - known
    assert len(new_keys) == 1  # only three.txt was read
