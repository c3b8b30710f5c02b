"""Every hostile input in one raw folder, ingested together: each path gets exactly one row with the expected status
and reason, the good ones decode correctly, and nothing outside the raw folder is ever read."""

from __future__ import annotations

import gzip
import json
import os
from dataclasses import asdict
from pathlib import Path

import pytest

from pipeline.clean import clean_article
from pipeline.ingest import IngestResult, discover, ingest, relative_path
from pipeline.reasons import REASONS
from pipeline.settings import Settings

OUTSIDE_MARKER = "OUTSIDE-MARKER-5d1e Secret text that must never be ingested"
STORY = "Council approves harbour plan\n\nThe council said on Tuesday: “We will fund it.” The cost is £4m.\n"
PARAGRAPHS = "".join(
    f"<p>Paragraph {i}: the mayor said the harbour plan would be funded by a new levy on visitors, "
    f"officials confirmed after a long debate.</p>" for i in range(6)
)
BOILERPLATE_HTML = (
    "<!DOCTYPE html><html><head><title>Example News</title></head><body><header><ul><li><a href='/'>Home</a></li>"
    "<li><a href='/news'>News</a></li></ul></header><div id='cookie-banner'><p>We use cookies. "
    "<a href='/privacy'>Privacy policy</a></p></div><footer><p>© 2024 Example Media. All rights reserved.</p>"
    "</footer></body></html>"
)
BOILERPLATE_TXT = "Share this article\n\nAdvertisement\n\nSubscribe to our newsletter\n\nFollow us on Twitter\n"
RECORD = {"title": "Harbour plan", "text": "The council approved the harbour plan.", "source_domain": "example.com"}
LARGE = 60 * 1024 * 1024

# name -> (status, reason); every file written below must be listed here.
EXPECTED: dict[str, tuple[str, str | None]] = {
    "empty.txt": ("quarantined", "empty_file"),
    "whitespace.txt": ("quarantined", "whitespace_only"),
    "picture.txt": ("quarantined", "binary"),
    "nul-bytes.txt": ("quarantined", "nul_bytes"),
    "invalid-utf8.txt": ("ok", None),
    "utf16-bom.txt": ("ok", None),
    "utf16-no-bom.txt": ("ok", None),
    "cp1252.txt": ("ok", None),
    "saved-page.txt": ("ok", None),
    "truncated.txt.gz": ("quarantined", "corrupt_gzip"),
    "bomb.html.gz": ("quarantined", "decompression_limit"),
    "empty.json.gz": ("quarantined", "empty_file"),
    "one-long-line.txt": ("quarantined", "too_large"),
    "malformed.json": ("quarantined", "malformed_json"),
    "deeply-nested.json": ("quarantined", "malformed_json"),
    "no-text.json": ("quarantined", "no_text"),
    "wire.jsonl": ("ok", None),
    "a story.txt": ("ok", None),
    "story copy.txt": ("duplicate", "duplicate_content"),
    "link-outside.txt": ("quarantined", "symlink"),
    "link-dir": ("quarantined", "symlink"),
    "fifo.txt": ("quarantined", "not_regular_file"),
    "notes.pdf": ("quarantined", "unsupported_format"),
    "ünïcödé name with spaces.txt": ("ok", None),
    "boilerplate.html": ("quarantined", "no_main_text"),
    "boilerplate.txt": ("ok", None),  # ingest cannot tell furniture from prose in plain text; the cleaner can
    "latin1-\\xe9-name.txt": ("ok", None),  # a file name that is not UTF-8, shown with a backslash escape
    "escapes.json": ("ok", None),
}


def build_raw_folder(tmp_path: Path) -> Path:
    raw = tmp_path / "raw"
    raw.mkdir()
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text(OUTSIDE_MARKER + "\n\n" + OUTSIDE_MARKER, encoding="utf-8")

    def put(name: str, data: bytes | str) -> None:
        (raw / name).write_bytes(data.encode("utf-8") if isinstance(data, str) else data)

    put("empty.txt", b"")
    put("whitespace.txt", " \n\t\r\n\u00a0\u200b\n")
    put("picture.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    put("nul-bytes.txt", b"Headline\n\nSome ordinary text\x00 with one NUL byte in the middle of the story.\n")
    put("invalid-utf8.txt", b"Caf\xe9 owner fined\n\nThe caf\xe9 owner paid \xa3200, he said.\n")
    put("utf16-bom.txt", STORY.replace("harbour", "ferry").encode("utf-16"))
    put("utf16-no-bom.txt", STORY.replace("harbour", "bridge").encode("utf-16-le"))
    put("cp1252.txt", "Fares rise\n\nThe operator said: “It’s fuel” — fares up £3.\n".encode("cp1252"))
    put("saved-page.txt", f"<!DOCTYPE html><html><head><title>Levy</title></head><body><article><h1>Levy</h1>"
                          f"{PARAGRAPHS}</article></body></html>")
    put("truncated.txt.gz", gzip.compress(STORY.encode("utf-8") * 50)[:-30])
    put("bomb.html.gz", gzip.compress(b"<p>" + b"a" * (3 * 1024 * 1024)))
    put("empty.json.gz", gzip.compress(b""))
    with open(raw / "one-long-line.txt", "wb") as f:  # sparse: no 60 MB actually written
        f.write(b"A headline that never ends")
        f.truncate(LARGE)
    put("malformed.json", '{"title": "Broken", "text": "unterminated')
    put("deeply-nested.json", "[" * 200_000 + "]" * 200_000)
    put("no-text.json", json.dumps({"title": "Only a title", "text": ""}))
    put("wire.jsonl", json.dumps(RECORD) + "\n{broken line\n" + json.dumps({**RECORD, "text": "Second story."}) + "\n")
    put("a story.txt", STORY)
    put("story copy.txt", STORY)
    (raw / "link-outside.txt").symlink_to(outside / "secret.txt")
    (raw / "link-dir").symlink_to(outside, target_is_directory=True)
    os.mkfifo(raw / "fifo.txt")
    put("notes.pdf", b"%PDF-1.4 not an article")
    put("ünïcödé name with spaces.txt", "Ünïcödé headline\n\nNaïve café owners said “non”.\n")
    put("boilerplate.html", BOILERPLATE_HTML)
    put("boilerplate.txt", BOILERPLATE_TXT)
    with open(os.fsencode(raw) + b"/latin1-\xe9-name.txt", "wb") as f:
        f.write(b"Odd file name\n\nThe story itself is plain ASCII.\n")
    put("escapes.json", r'{"title": "Escapes", "text": "A lone \ud800 surrogate and a \u0000 NUL in a fine story."}')
    return raw


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, IngestResult]:
    raw = build_raw_folder(tmp_path_factory.mktemp("hostile"))
    settings = Settings.load().with_(max_file_bytes=10 * 1024 * 1024, max_decompressed_bytes=1024 * 1024)
    return raw, ingest(raw, settings)


def test_every_path_has_exactly_one_row_with_the_expected_status_and_reason(hostile) -> None:
    raw, result = hostile
    rows = [r["source_path"] for r in result.source_files]
    assert rows == [relative_path(p, raw) for p in discover(raw)]
    got = {r["source_path"]: (r["status"], r["reason"]) for r in result.source_files}
    assert got == EXPECTED


def test_rows_are_well_formed(hostile) -> None:
    _, result = hostile
    for row in result.source_files:
        assert row["reason"] is None or row["reason"] in REASONS
        assert (row["reason"] is None) == (row["status"] == "ok"), row
        assert row["status"] == "ok" or row["detail"], row  # a set-aside file always says why in words
        assert row["article_ids"] == [] or row["status"] == "ok"
        assert row["records_ok"] == len(row["article_ids"]) <= row["records_total"]
    assert all(q["stage"] == "ingest" and q["reason"] in REASONS for q in result.quarantine)


def test_good_files_decode_correctly(hostile) -> None:
    _, result = hostile
    rows = {r["source_path"]: r for r in result.source_files}
    bodies = {r.source_path: r.body for r in result.records}
    assert bodies["invalid-utf8.txt"] == "Café owner fined\n\nThe café owner paid £200, he said.\n"
    assert rows["utf16-bom.txt"]["encoding"] == "utf-16" and "“We will fund it.” The cost is £4m" in bodies[
        "utf16-bom.txt"]
    assert rows["utf16-no-bom.txt"]["encoding"] == "utf-16-le" and bodies["utf16-no-bom.txt"].startswith("Council")
    assert rows["cp1252.txt"]["encoding"] == "cp1252"
    assert bodies["cp1252.txt"] == "Fares rise\n\nThe operator said: “It’s fuel” — fares up £3.\n"
    assert rows["saved-page.txt"]["format"] == "html" and "HTML" in rows["saved-page.txt"]["detail"]
    assert "Paragraph 5" in bodies["saved-page.txt"] and "<p>" not in bodies["saved-page.txt"]
    assert bodies["ünïcödé name with spaces.txt"].startswith("Ünïcödé headline")


def test_every_text_field_can_be_encoded_by_downstream_writers(hostile) -> None:
    _, result = hostile
    for record in result.records:
        for value in (record.source_path, record.body, record.title or ""):
            value.encode("utf-8")  # raises on lone surrogates
            assert "\x00" not in value
    (escaped,) = [r for r in result.records if r.source_path == "escapes.json"]
    assert escaped.body == "A lone \ufffd surrogate and a  NUL in a fine story."


def test_guardrail_rows_carry_sizes_and_hashes_only_for_what_was_read(hostile) -> None:
    _, result = hostile
    rows = {r["source_path"]: r for r in result.source_files}
    assert (rows["one-long-line.txt"]["bytes"], rows["one-long-line.txt"]["sha256"]) == (LARGE, None)
    for link in ("link-outside.txt", "link-dir", "fifo.txt"):
        assert (rows[link]["bytes"], rows[link]["sha256"]) == (0, None)
    assert rows["story copy.txt"]["duplicate_of"] == rows["a story.txt"]["article_ids"][0]
    assert rows["story copy.txt"]["sha256"] == rows["a story.txt"]["sha256"]


def test_jsonl_bad_line_is_quarantined_and_good_lines_survive(hostile) -> None:
    _, result = hostile
    assert [r.source_record for r in result.records if r.source_path == "wire.jsonl"] == [0, 2]
    (bad,) = [q for q in result.quarantine if q["source_path"] == "wire.jsonl"]
    assert (bad["source_record"], bad["reason"]) == (1, "malformed_record") and "line 2" in bad["detail"]


def test_content_behind_a_symlink_never_appears_in_any_output(hostile) -> None:
    _, result = hostile
    everything = repr(result.source_files) + repr(result.quarantine) + repr([asdict(r) for r in result.records])
    assert "OUTSIDE-MARKER" not in everything
    assert "secret" in repr([r["detail"] for r in result.source_files if r["source_path"] == "link-outside.txt"])


def test_boilerplate_only_text_passes_ingest_and_leaves_no_body_after_cleaning(hostile) -> None:
    _, result = hostile
    (record,) = [r for r in result.records if r.source_path == "boilerplate.txt"]
    assert clean_article(record.body, title=record.title, has_title_line=record.has_title_line).clean_text == ""

