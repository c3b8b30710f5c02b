"""Bytes -> text: gzip with a size cap, binary sniffing, encoding detection and text normalisation.

Why so careful: raw news files come from scrapers and archives in every encoding (UTF-8, UTF-16 from Windows tools,
cp1252/Latin-1 from old archives), sometimes compressed, sometimes not text at all. A wrong guess silently corrupts
every later offset, so the order of evidence is fixed and documented in `decode_bytes`, and the chosen encoding is
recorded with the file. Problems with the input are raised as `InputProblem` (a reason code + words), never as
crashes; the caller turns them into a quarantined `source_files` row.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
import zlib
from dataclasses import dataclass

from pipeline.reasons import check_reason

# Byte-order marks, longest first (the UTF-32-LE BOM starts with the UTF-16-LE one).
BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    (codecs.BOM_UTF8, "utf-8", "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
)

# Signatures of common binary formats that may turn up in a scraped folder under a text extension.
BINARY_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x1f\x8b", "gzip data"),
    (b"PK\x03\x04", "a zip archive (or docx/xlsx/epub)"),
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\x7fELF", "an ELF executable"),
    (b"BZh", "bzip2 data"),
    (b"\xfd7zXZ\x00", "xz data"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-zip archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an OLE document (doc/xls)"),
    (b"SQLite format 3\x00", "an SQLite database"),
)

# Control characters that ordinary text may contain.
TEXT_CONTROLS = frozenset("\t\n\r\f\v")
# Above this share of control characters the content is binary, not text with a few stray bytes.
MAX_CONTROL_SHARE = 0.05
# Share of byte pairs with a NUL in one fixed position that marks UTF-16 without a BOM (ASCII-heavy text: ~1.0).
UTF16_NUL_PATTERN_SHARE = 0.3
# Non-letters that Western text puts right next to letters: typographic quotes and dashes, Spanish ¿¡, symbols.
WESTERN_IN_WORD = frozenset("’‘“”„‚«»‹›–—‐‑…·•¿¡°©®™€£§¶")
# A cp1252 reading is implausible when more than this share of its non-ASCII words look like mis-decoded text
# (Cyrillic/Greek read as cp1252 gives words of accented Latin letters, Polish gives '³' and '¹' inside words).
MAX_IMPLAUSIBLE_WORD_SHARE = 0.1
# Text with valid multi-byte UTF-8 is read as UTF-8 when its invalid sequences are no more than its valid ones, or
# at most this many: a UTF-8 file with a pasted cp1252 '£' or a truncated last character, not a cp1252 file.
MAX_STRAY_BYTES = 3
NON_ASCII = re.compile("[^\x00-\x7f]")
# Error handler name: bytes that are not valid UTF-8 inside mostly-UTF-8 text are read one by one as cp1252, the
# commonest source of stray bytes in scraped English news ('£' 0xA3, '’' 0x92); undefined bytes become U+FFFD.
CP1252_BYTES = "newsquotes-cp1252-bytes"

# Unicode category Cc minus TEXT_CONTROLS.
CONTROL_CHARS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
LINE_LIKE_CONTROLS = re.compile("[\f\v\x85\u2028\u2029]")
STRAY_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
LONE_SURROGATES = re.compile("[\ud800-\udfff]")
# As browsers do (WHATWG Encoding): pages labelled Latin-1 or ASCII are really cp1252 ('’' is 0x92, not a control).
DECLARED_ALIASES = {"iso8859-1": "cp1252", "ascii": "cp1252"}

CHARSET_DECLARATION = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:\-]+)""",
    re.IGNORECASE,
)


def _cp1252_bytes(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    bad = exc.object[exc.start : exc.end]
    return "".join(bytes([b]).decode("cp1252", errors="replace") for b in bad), exc.end


codecs.register_error(CP1252_BYTES, _cp1252_bytes)


class InputProblem(Exception):
    """Bad input (not a bug): carries a reason code from pipeline.reasons and a detail in words."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = check_reason(reason)
        self.detail = detail


@dataclass(frozen=True)
class Decoded:
    text: str  # decoded, not yet normalised
    encoding: str  # codec name as recorded in source_files.encoding, e.g. utf-8, utf-16, cp1252
    note: str | None = None  # something worth telling the reader of source_files.detail


def gunzip(data: bytes, limit: int) -> bytes:
    """Decompress gzip data (all members) incrementally, never holding more than `limit` + 1 output bytes.

    Why incremental: a gzip bomb of a few KB can expand to gigabytes; we stop as soon as the cap is passed.
    """
    out = bytearray()
    pending = data
    decompressor = zlib.decompressobj(wbits=31)
    try:
        while True:
            out += decompressor.decompress(pending, limit + 1 - len(out))
            if len(out) > limit:
                raise InputProblem(
                    "decompression_limit",
                    f"gzip content expands beyond max_decompressed_bytes={limit:,} bytes; decompression stopped",
                )
            if decompressor.unconsumed_tail:
                pending = decompressor.unconsumed_tail
                continue
            if not decompressor.eof:
                raise InputProblem("corrupt_gzip", "gzip data is truncated (the stream ends before its end marker)")
            rest = decompressor.unused_data
            if not rest.strip(b"\x00"):  # trailing zero padding after the last member is harmless
                return bytes(out)
            decompressor, pending = zlib.decompressobj(wbits=31), rest  # another concatenated member
    except zlib.error as exc:
        raise InputProblem("corrupt_gzip", f"not valid gzip data ({exc})") from None


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML/XML document declares in its first 4 KB, if Python knows the codec."""
    match = CHARSET_DECLARATION.search(data[:4096])
    if not match:
        return None
    name = (match.group(1) or match.group(2)).decode("ascii", "ignore")
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    return DECLARED_ALIASES.get(codec, codec)


def decode_bytes(data: bytes, declared: str | None = None) -> Decoded:
    """Decode file content, trying the strongest evidence first.

    Order: byte-order mark > binary signatures > NUL pattern of BOM-less UTF-16/32 > NUL/control-byte checks >
    strict UTF-8 > an encoding the document declares > mostly-UTF-8 with stray cp1252 bytes > cp1252 when it reads as
    plausible Western text > charset-normalizer > cp1252 / Latin-1.
    """
    for bom, codec, recorded in BOMS:
        if data.startswith(bom):
            return _decode_declared(data[len(bom) :], codec, recorded, f"{recorded} byte-order mark")
    for magic, what in BINARY_MAGIC:
        if data.startswith(magic):
            raise InputProblem("binary", f"content is {what}, not text")
    if b"\x00" in data:
        utf16 = _utf16_without_bom(data)
        if utf16 is not None:
            return utf16
        raise _nul_problem(data)
    control_share = _control_byte_share(data)
    if control_share > MAX_CONTROL_SHARE:
        raise InputProblem("binary", f"{control_share:.0%} of the bytes are control characters; not text")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    if declared and declared not in ("utf-8", "utf-16", "utf-32"):  # a UTF-8 declaration just failed above
        try:
            return _checked(Decoded(data.decode(declared), declared, f"decoded as the declared charset {declared}"))
        except (UnicodeDecodeError, LookupError):
            pass
    return _checked(_guess_legacy(data))


def _decode_declared(body: bytes, codec: str, recorded: str, evidence: str) -> Decoded:
    try:
        text = body.decode(codec)
    except UnicodeDecodeError as exc:
        detail = f"{evidence}, but the bytes are not valid {recorded} ({exc.reason})"
        raise InputProblem("undecodable", detail) from None
    return _checked(Decoded(text, recorded))


def _utf16_without_bom(data: bytes) -> Decoded | None:
    """UTF-16/32 without a BOM shows as NULs in fixed byte positions (the high bytes of ASCII characters)."""
    for unit, candidates in ((4, ("utf-32-le", "utf-32-be")), (2, ("utf-16-le", "utf-16-be"))):
        if len(data) % unit:
            continue
        units = len(data) // unit
        if units == 0:
            continue
        for codec in candidates:
            # For LE the ASCII byte comes first and a zero byte follows it; for BE the zero precedes it.
            ascii_slot, zero_slot = (0, 1) if codec.endswith("le") else (unit - 1, unit - 2)
            zero_units = data[zero_slot::unit].count(0)
            ascii_zeros = data[ascii_slot::unit].count(0)
            if zero_units / units >= UTF16_NUL_PATTERN_SHARE and ascii_zeros / units < 0.05:
                try:
                    text = data.decode(codec)
                except UnicodeDecodeError:
                    continue
                return _checked(Decoded(text, codec, f"{codec} without byte-order mark, detected by its NUL pattern"))
    return None


def _nul_problem(data: bytes) -> InputProblem:
    count = data.count(0)
    share = _control_byte_share(data)
    if share > MAX_CONTROL_SHARE:
        return InputProblem("binary", f"{share:.0%} of the bytes are control characters ({count:,} NUL); not text")
    return InputProblem("nul_bytes", f"{count:,} NUL byte(s) in otherwise textual content (not a UTF-16/32 pattern)")


def _control_byte_share(data: bytes) -> float:
    if not data:
        return 0.0
    controls = sum(data.count(b) for b in range(32) if chr(b) not in TEXT_CONTROLS) + data.count(0x7F)
    return controls / len(data)


def _guess_legacy(data: bytes) -> Decoded:
    """Non-UTF-8 bytes: mostly-UTF-8 with stray bytes, Western cp1252 text, or a codec charset-normalizer can name."""
    replaced = data.decode("utf-8", errors="replace")
    invalid = replaced.count("\ufffd")
    valid_multibyte = len(NON_ASCII.findall(replaced)) - invalid
    if valid_multibyte and (valid_multibyte >= invalid or invalid <= MAX_STRAY_BYTES):
        mixed = data.decode("utf-8", errors=CP1252_BYTES)
        return Decoded(mixed, "utf-8", f"mostly UTF-8; {invalid} invalid sequence(s) decoded byte by byte as cp1252")
    try:
        western = data.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    if western is not None and plausible_western(western):
        return Decoded(western, "cp1252", "not valid UTF-8; reads as plausible Western text in cp1252")
    from charset_normalizer import from_bytes  # imported lazily: only needed for unusual files

    best = from_bytes(data).best()
    if best is not None and best.encoding:
        name = codecs.lookup(best.encoding).name
        return Decoded(str(best), name, f"encoding {name} detected by charset-normalizer")
    return _cp1252_or_latin1(data, "not valid UTF-8 and no encoding detected; read as a Western single-byte encoding")


def plausible_western(text: str) -> bool:
    """Does this cp1252 reading look like Western-European text rather than another codec's bytes?

    Why not just ask charset-normalizer: on short English texts with a '£' or curly quotes it prefers cp1250 or
    cp932 (BBC sport/199.txt comes out as Japanese). Mis-decoded text shows as words made mostly of accented letters
    or as symbols glued to letters; Western text has neither.
    """
    words = [w for w in text.split() if not w.isascii()]
    if not words:
        return True
    bad = sum(1 for w in words if _implausible_word(w))
    return bad / len(words) <= MAX_IMPLAUSIBLE_WORD_SHARE


def _implausible_word(word: str) -> bool:
    letters = [ch for ch in word if ch.isalpha()]
    if len(letters) >= 4 and sum(1 for ch in letters if not ch.isascii()) * 2 > len(letters):
        return True
    for i, ch in enumerate(word):
        if ch.isascii() or ch.isalpha() or ch in WESTERN_IN_WORD:
            continue
        neighbours = word[max(0, i - 1) : i] + word[i + 1 : i + 2]
        if any(n.isalpha() for n in neighbours):
            return True
    return False


def _cp1252_or_latin1(data: bytes, note: str) -> Decoded:
    try:
        return Decoded(data.decode("cp1252"), "cp1252", note)
    except UnicodeDecodeError:
        return Decoded(data.decode("latin-1"), "latin-1", note)


def _checked(decoded: Decoded) -> Decoded:
    """Reject decoded text that still holds NULs or is mostly control characters (binary read through a codec)."""
    text = decoded.text
    if "\x00" in text:
        count = text.count("\x00")
        raise InputProblem("nul_bytes", f"{count:,} NUL character(s) in the text decoded as {decoded.encoding}")
    if text:
        controls = len(CONTROL_CHARS.findall(text))
        if controls / len(text) > MAX_CONTROL_SHARE:
            raise InputProblem(
                "binary", f"{controls / len(text):.0%} of the characters decoded as {decoded.encoding} are controls"
            )
    return decoded


def normalise_text(text: str) -> str:
    """NFC, LF line ends, no BOM, no stray control characters or lone surrogates: one canonical form, so offsets and
    content ids do not depend on the source tool, and every later writer (Parquet, DuckDB) can encode the text.

    Lone surrogates and NULs reach us through JSON escapes ("\\ud800", "\\u0000"); form feeds and vertical tabs
    become line breaks; other control characters (e.g. a DOS end-of-file byte) are dropped.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    text = LINE_LIKE_CONTROLS.sub("\n", text)
    text = STRAY_CONTROLS.sub("", text)
    text = LONE_SURROGATES.sub("\ufffd", text)
    return unicodedata.normalize("NFC", text)


def is_blank(text: str) -> bool:
    """True when the text holds only whitespace and invisible format characters (zero-width spaces, BOMs...)."""
    return all(ch.isspace() or unicodedata.category(ch) == "Cf" for ch in text)
