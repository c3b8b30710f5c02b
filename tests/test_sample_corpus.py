"""The bundled sample corpus and its gold annotations agree with each other.

The end-to-end tests judge the pipeline against tests/data/sample_quotes_gold.jsonl and
tests/data/sample_expected.json, so a typo in the gold (a quote that is not in its file, an alias that never
occurs) would silently turn a correct pipeline red or a wrong one green. These tests read the raw sample files
with the standard library only, independent of the pipeline's own ingest code.
"""

from __future__ import annotations

import gzip
import html
import json
import re
from functools import cache
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT, TEST_DATA

SAMPLE_DIR = REPO_ROOT / "data" / "sample"
GOLD_PATH = TEST_DATA / "sample_quotes_gold.jsonl"
EXPECTED_PATH = TEST_DATA / "sample_expected.json"
QUOTE_TYPES = {"direct", "mixed", "indirect"}
OPENING_MARKS = ('"', "“", "‘")
ANY_MARK = re.compile("[\"“”‘’]")


def _gold() -> list[dict]:
    return [json.loads(line) for line in GOLD_PATH.read_text(encoding="utf-8").splitlines() if line.strip()]


def _expected() -> dict[str, dict]:
    return json.loads(EXPECTED_PATH.read_text(encoding="utf-8"))


def _normalise(text: str) -> str:
    """Collapse whitespace so line wrapping in the raw files does not matter."""
    return re.sub(r"\s+", " ", text).strip()


def _html_text(page: str) -> str:
    """Visible text of a page, roughly: drop script/style, turn tags into spaces, unescape entities."""
    page = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", page)
    return html.unescape(re.sub(r"(?s)<[^>]+>", " ", page))


@cache
def _file_text(rel: str) -> str:
    """Decoded text of a sample file (whole page for HTML) or of one '#i' record of a .jsonl file."""
    path_part, _, record = rel.partition("#")
    path = REPO_ROOT / path_part
    raw = path.read_bytes()
    if path.name.endswith(".gz"):
        raw = gzip.decompress(raw)
    encoding = _expected().get(path_part, {}).get("encoding", "utf-8")
    text = raw.decode(encoding)
    name = path.name.removesuffix(".gz")
    if name.endswith(".html"):
        return _normalise(_html_text(text))
    if name.endswith(".jsonl"):
        return _normalise(json.loads(text.splitlines()[int(record)])["maintext"])
    if name.endswith(".json"):
        return _normalise(json.loads(text)["maintext"])
    return _normalise(text)


def _article_keys() -> list[str]:
    """Expected entries that become articles: single-record files and good .jsonl records."""
    return [k for k, v in _expected().items() if v["status"] == "ok" and "title" in v]


def test_every_sample_file_has_an_expectation() -> None:
    on_disk = {p.relative_to(REPO_ROOT).as_posix() for p in SAMPLE_DIR.rglob("*") if p.is_file()}
    described = {k.partition("#")[0] for k in _expected()}
    assert on_disk == described


def test_sample_mix_covers_every_input_kind() -> None:
    expected = _expected()
    files = {k: v for k, v in expected.items() if "#" not in k}
    assert {v["format"] for v in files.values()} == {"txt", "html", "json", "jsonl"}
    assert {v["status"] for v in expected.values()} == {"ok", "duplicate", "quarantined"}
    assert any(v["compression"] == "gzip" and v["format"] == "txt" for v in files.values())
    assert any(v["compression"] == "gzip" and v["format"] == "html" for v in files.values())
    assert any(v["encoding"] == "cp1252" for v in files.values())
    assert 10 <= len(_article_keys()) <= 14


@pytest.mark.parametrize("gold", _gold(), ids=lambda g: f"{g['file']}:{g['quote'][:30]}")
def test_gold_quote_occurs_verbatim_in_its_file(gold: dict) -> None:
    assert _normalise(gold["quote"]) in _file_text(gold["file"])


@pytest.mark.parametrize("gold", [g for g in _gold() if g["type"] == "direct"], ids=lambda g: g["quote"][:40])
def test_direct_gold_quote_opens_with_a_quotation_mark(gold: dict) -> None:
    text = _file_text(gold["file"])
    quote = _normalise(gold["quote"])
    assert any(mark + quote in text for mark in OPENING_MARKS)


def test_gold_records_are_well_formed() -> None:
    for g in _gold():
        assert set(g) == {"file", "quote", "type", "speaker", "aliases"}, g
        assert g["type"] in QUOTE_TYPES, g
        assert g["quote"] == g["quote"].strip() and g["quote"], g
        if g["type"] == "mixed":
            assert ANY_MARK.search(g["quote"]), g
        if g["speaker"] is None:
            assert g["aliases"] == [], g


def test_gold_speakers_and_aliases_occur_in_their_file() -> None:
    for g in _gold():
        text = _file_text(g["file"])
        if g["speaker"] is not None:
            assert g["speaker"] in text, g
        for alias in g["aliases"]:
            assert alias in text, (alias, g["file"])


def test_gold_covers_every_article_and_nothing_else() -> None:
    gold_files = {g["file"] for g in _gold()}
    assert gold_files == set(_article_keys())


def test_gold_holds_every_kind_of_speech_act_several_times() -> None:
    gold = _gold()
    for kind in QUOTE_TYPES:
        assert sum(g["type"] == kind for g in gold) >= 5, kind
    assert sum(g["speaker"] is None for g in gold) >= 5
    # Curly double, straight double and single British-style marks all occur in gold direct quotes.
    marks = {mark for g in gold if g["type"] == "direct" for mark in OPENING_MARKS
             if mark + _normalise(g["quote"]) in _file_text(g["file"])}
    assert marks == set(OPENING_MARKS)


def test_gold_quotes_are_unique_within_a_file() -> None:
    keys = [(g["file"], g["quote"]) for g in _gold()]
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize("key", _article_keys())
def test_expected_strings_occur_in_the_input(key: str) -> None:
    """Boilerplate to remove, body text to keep and non-quotes must all really be in the raw input."""
    entry = _expected()[key]
    text = _file_text(key)
    for field in ("must_contain", "must_not_contain", "non_quotes"):
        for snippet in entry[field]:
            assert _normalise(snippet) in text, (field, snippet)
    if entry["title"] is not None:
        assert entry["title"] in text or key.partition("#")[0].endswith((".json", ".jsonl"))


def test_non_quotes_do_not_contain_any_gold_quote() -> None:
    """A non-quote span may sit inside a reported clause, but no gold quote may lie inside a non-quote."""
    by_file: dict[str, list[str]] = {}
    for g in _gold():
        by_file.setdefault(g["file"], []).append(_normalise(g["quote"]))
    for key in _article_keys():
        for span in _expected()[key]["non_quotes"]:
            assert not any(q in span for q in by_file.get(key, [])), span


def test_duplicate_is_byte_identical_to_its_original() -> None:
    for key, entry in _expected().items():
        if entry["status"] == "duplicate":
            assert (REPO_ROOT / key).read_bytes() == (REPO_ROOT / entry["duplicate_of"]).read_bytes()
            # Sorted discovery meets the original first, so the copy is the one marked duplicate.
            assert entry["duplicate_of"] < key


def test_only_the_quarantined_jsonl_record_is_malformed() -> None:
    for key, entry in _expected().items():
        if entry.get("format") != "jsonl" or "#" in key:
            continue
        lines = (REPO_ROOT / key).read_text(encoding="utf-8").splitlines()
        assert len(lines) == entry["records_total"]
        for index, line in enumerate(lines):
            if index in entry["quarantined_records"]:
                with pytest.raises(json.JSONDecodeError):
                    json.loads(line)
            else:
                record = json.loads(line)
                assert record["maintext"] and record["language"] == "en"


def test_encodings_and_compression_are_what_the_expectations_say() -> None:
    for key, entry in _expected().items():
        if "#" in key:
            continue
        raw = (REPO_ROOT / key).read_bytes()
        if entry["compression"] == "gzip":
            assert raw[:2] == b"\x1f\x8b" and raw[4:8] == b"\0\0\0\0"  # gzip mtime 0: stable bytes
            raw = gzip.decompress(raw)
        if entry["encoding"] == "cp1252":
            with pytest.raises(UnicodeDecodeError):
                raw.decode("utf-8")
            assert "£" in raw.decode("cp1252")
        else:
            raw.decode("utf-8")
