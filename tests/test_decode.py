"""Each decoder branch with the smallest input that takes it: BOMs, BOM-less UTF-16/32, strict UTF-8, declared
charsets, broken UTF-8, cp1252 vs other legacy codecs, binary and NUL detection, gzip caps, normalisation."""

from __future__ import annotations

import codecs
import gzip
import os

import pytest

from pipeline.decode import (
    InputProblem,
    declared_charset,
    decode_bytes,
    gunzip,
    is_blank,
    normalise_text,
    plausible_western,
)

TEXT = "The minister said: “We’ll pay £5m” — café.\n"
RUSSIAN = "Президент России заявил, что переговоры продолжатся в Москве.\n"


def problem(data: bytes, declared: str | None = None) -> InputProblem:
    with pytest.raises(InputProblem) as info:
        decode_bytes(data, declared)
    return info.value


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8"),
        (TEXT.encode("utf-16"), "utf-16"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16"),
        (TEXT.encode("utf-32"), "utf-32"),
        (codecs.BOM_UTF32_BE + TEXT.encode("utf-32-be"), "utf-32"),
    ],
)
def test_byte_order_marks_decide_the_encoding_and_are_dropped(data: bytes, encoding: str) -> None:
    decoded = decode_bytes(data)
    assert decoded.encoding == encoding
    assert normalise_text(decoded.text) == TEXT


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le"])
def test_utf16_and_utf32_without_bom_are_found_by_their_nul_pattern(codec: str) -> None:
    decoded = decode_bytes(TEXT.encode(codec))
    assert (decoded.encoding, decoded.text) == (codec, TEXT)
    assert "NUL pattern" in (decoded.note or "")


def test_a_bom_whose_body_does_not_decode_is_undecodable() -> None:
    assert problem(codecs.BOM_UTF16_LE + b"a\x00b").reason == "undecodable"


def test_strict_utf8_is_taken_as_is() -> None:
    decoded = decode_bytes(TEXT.encode("utf-8"))
    assert (decoded.encoding, decoded.text, decoded.note) == ("utf-8", TEXT, None)


@pytest.mark.parametrize(
    "text",
    [
        TEXT,
        "Price: £5 and café olé\n",
        "Größere Änderungen für Bürger: Straßenbahn fährt öfter.",
        "Le président a été élu à l’Élysée. «Très bien», a-t-il déclaré.",
        "¿Qué pasó? El año pasado, según él, fue difícil.",
    ],
)
def test_western_single_byte_text_is_read_as_cp1252(text: str) -> None:
    decoded = decode_bytes(text.encode("cp1252"))
    assert (decoded.encoding, decoded.text) == ("cp1252", text)


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        (RUSSIAN, "cp1251"),
        ("Prezydent powiedział, że rozmowy będą kontynuowane w przyszłym tygodniu.", "cp1250"),
        ("Ο πρόεδρος δήλωσε ότι οι συνομιλίες θα συνεχιστούν.", "cp1253"),
    ],
)
def test_other_legacy_codecs_go_to_charset_detection(text: str, codec: str) -> None:
    assert not plausible_western(text.encode(codec).decode("cp1252"))
    decoded = decode_bytes(text.encode(codec))
    assert decoded.text == text
    assert "charset-normalizer" in (decoded.note or "")


def test_a_declared_charset_is_used_when_utf8_fails() -> None:
    html = b'<html><head><meta charset="windows-1251"></head><body>' + RUSSIAN.encode("cp1251") + b"</body></html>"
    assert declared_charset(html) == "cp1251"
    decoded = decode_bytes(html, declared_charset(html))
    assert decoded.encoding == "cp1251" and RUSSIAN in decoded.text


def test_declared_charset_reads_meta_http_equiv_and_ignores_unknown_codecs() -> None:
    assert declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-2">') == "iso8859-2"
    assert declared_charset(b'<meta charset="no-such-codec">') is None
    assert declared_charset(b"<p>no declaration</p>") is None


def test_mostly_utf8_with_stray_bytes_reads_them_as_cp1252() -> None:
    data = (TEXT * 20).encode("utf-8") + b"Fee: \xa310 \x81" + (TEXT * 20).encode("utf-8")
    decoded = decode_bytes(data)
    assert decoded.encoding == "utf-8" and "cp1252" in (decoded.note or "")
    assert "Fee: £10 \ufffd" in decoded.text and decoded.text.count("“We’ll") == 40


def test_truncated_utf8_with_garbage_tail_keeps_its_valid_characters() -> None:
    data = "Café prices rise\n\nThe café said prices rise.\n".encode("utf-8")[:-5] + b"\xff\xfe\xfa"
    decoded = decode_bytes(data)
    assert decoded.encoding == "utf-8" and decoded.text.count("café") == 1 and decoded.text.startswith("Café")


@pytest.mark.parametrize(
    "data",
    [b"\x89PNG\r\n\x1a\n" + b"\x00" * 20, b"%PDF-1.4\n%\xe2\xe3", b"\x1f\x8b\x08\x00rest", b"PK\x03\x04zipzip"],
)
def test_binary_signatures_are_binary(data: bytes) -> None:
    assert problem(data).reason == "binary"


def test_random_bytes_are_binary() -> None:
    assert problem(os.urandom(4096)).reason == "binary"


def test_control_characters_without_nul_are_binary() -> None:
    assert problem(b"abc\x01\x02\x03\x04\x05\x06def").reason == "binary"


def test_a_stray_nul_in_text_is_nul_bytes() -> None:
    p = problem(b"An ordinary line of news text\x00 that has one NUL byte in the middle of it.\n")
    assert p.reason == "nul_bytes" and "1 NUL" in p.detail


def test_nul_characters_inside_utf16_text_are_nul_bytes() -> None:
    assert problem(("text with \x00 inside" * 5).encode("utf-16")).reason == "nul_bytes"


def test_gunzip_reads_concatenated_members() -> None:
    assert gunzip(gzip.compress(b"one ") + gzip.compress(b"two"), limit=100) == b"one two"


def test_gunzip_stops_at_the_decompression_cap() -> None:
    with pytest.raises(InputProblem) as info:
        gunzip(gzip.compress(b"\x00" * 5_000_000), limit=100_000)
    assert info.value.reason == "decompression_limit"


@pytest.mark.parametrize("data", [gzip.compress(b"hello world " * 100, mtime=0)[:-12], b"\x1f\x8b\x08\x00garbage", b"\x1f\x8b"],
                         ids=["truncated", "garbage-after-header", "header-only"])
def test_truncated_or_invalid_gzip_is_corrupt(data: bytes) -> None:
    with pytest.raises(InputProblem) as info:
        gunzip(data, limit=1_000_000)
    assert info.value.reason == "corrupt_gzip"


def test_normalise_text_unifies_line_ends_and_composes_characters() -> None:
    assert normalise_text("\ufeffcafe\u0301\r\nline\rend") == "caf\u00e9\nline\nend"


def test_is_blank_counts_invisible_format_characters_as_blank() -> None:
    assert is_blank(" \n\t\u00a0\u200b\ufeff")
    assert not is_blank(" \u200b x")


def test_a_page_declared_latin1_is_read_as_cp1252_like_browsers_do() -> None:
    html = b'<html><head><meta charset="iso-8859-1"></head><body>It\x92s \x93done\x94 \xa3</body></html>'
    assert declared_charset(html) == "cp1252"
    assert "It’s “done” £" in decode_bytes(html, declared_charset(html)).text
