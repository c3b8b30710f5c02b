"""Decoded text -> parsed article records, one reader per format (txt, html, json, jsonl).

Readers take text and return data: a `Parsed` record or a `Problem` (reason code + words) per record, never raising
for bad input. Field names accepted from JSON records are data (the *_KEYS tuples), so a new scraper's field name is a
one-line change. Dates become naive UTC datetimes or None (an unparseable date is not a reason to drop an article).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from typing import Any

from pipeline.decode import is_blank, normalise_text
from pipeline.html_extract import extract_html

# File extension (lower-case, after removing .gz) -> format.
FORMATS: dict[str, str] = {
    ".txt": "txt",
    ".text": "txt",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}
COMPRESSIONS: dict[str, str] = {".gz": "gzip"}

# news-please first, then common alternatives; the first non-empty value wins.
TEXT_KEYS = ("maintext", "text", "articleBody", "body")
TITLE_KEYS = ("title", "title_page", "title_rss", "headline")
DATE_KEYS = ("date_publish", "published_at", "datePublished", "date")
AUTHOR_KEYS = ("authors", "author", "byline")
URL_KEYS = ("url",)
OUTLET_KEYS = ("source_domain", "outlet", "publisher")
LANGUAGE_KEYS = ("language", "lang")

# Formats tried after ISO 8601 and RFC 2822 fail.
DATE_FORMATS = ("%Y-%m-%d %H:%M:%S", "%Y/%m/%d %H:%M:%S", "%Y/%m/%d", "%d %B %Y", "%B %d, %Y", "%d.%m.%Y")
NULL_STRINGS = frozenset({"", "none", "null", "nan", "n/a"})
PLAUSIBLE_YEARS = range(1800, 2200)

# A .txt file whose start looks like this is an HTML document saved under the wrong extension.
HTML_SNIFF = re.compile(r"^\s*(<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<\?xml[^>]*>\s*<html)", re.IGNORECASE)
HTML_SNIFF_LOOSE = re.compile(r"<(html|head|body)[\s>]", re.IGNORECASE)
# A document that starts with markup (e.g. a '<!-- saved from -->' comment or a bare fragment) and is full of tags.
HTML_TAG = re.compile(r"</?(p|div|span|a|br|article|section|h[1-6]|ul|li|table|script|meta|link)\b", re.IGNORECASE)
MIN_TAGS_FOR_FRAGMENT = 5
# HTML extractors fall back to stray banner text ("We use cookies. Privacy policy") on pages without an article;
# anything shorter than this many words is not a main text. Real articles, even briefs, are far longer.
MIN_HTML_MAIN_TEXT_WORDS = 10


@dataclass(frozen=True)
class Parsed:
    """One article as read from its file, before it gets an id and a source location."""

    body: str
    has_title_line: bool
    title: str | None = None
    byline: str | None = None
    published_at: datetime | None = None
    outlet: str | None = None
    url: str | None = None
    language: str | None = None


@dataclass(frozen=True)
class Problem:
    """Why a record (or a whole single-record file) was set aside."""

    reason: str
    detail: str


Item = Parsed | Problem


def format_of(name: str) -> tuple[str | None, str | None]:
    """(format, compression) from a file name, case-insensitively; format None when the extension is unknown."""
    lower = name.lower()
    compression = None
    for ext, method in COMPRESSIONS.items():
        if lower.endswith(ext):
            compression, lower = method, lower[: -len(ext)]
    dot = lower.rfind(".")
    return (FORMATS.get(lower[dot:]) if dot >= 0 else None), compression


def looks_like_html(text: str) -> bool:
    """Content sniffing for HTML saved as .txt: it starts with a doctype/html/head/body tag, or it starts with markup
    and either has an html/head/body tag or is dense with common tags. Prose that merely mentions tags does not."""
    head = text[:4096]
    if HTML_SNIFF.match(head):
        return True
    if not head.lstrip().startswith("<"):
        return False
    return bool(HTML_SNIFF_LOOSE.search(head)) or len(HTML_TAG.findall(head)) >= MIN_TAGS_FOR_FRAGMENT


# ----------------------------------------------------------------------------------------------------------- txt


def parse_txt(text: str) -> Item:
    """Plain text: the first non-blank line is the headline (BBC and seed-article layout); body is the whole text."""
    first = next((line.strip() for line in text.split("\n") if line.strip()), None)
    if first is None:
        return Problem("whitespace_only", "the text holds no visible characters")
    return Parsed(body=text, has_title_line=True, title=first)


# ---------------------------------------------------------------------------------------------------------- html


def parse_html(html: str, url: str | None = None) -> Item:
    """Main text and metadata of an HTML page; a page with no main text (only navigation/boilerplate) is a Problem."""
    article = extract_html(html, url)  # never raises for bad markup: returns empty text instead
    body = normalise_text(article.text or "")
    if is_blank(body):
        return Problem("no_main_text", "no main article text found in the HTML (only navigation or boilerplate)")
    words = len(body.split())
    if words < MIN_HTML_MAIN_TEXT_WORDS:
        return Problem("no_main_text", f"the HTML's extracted text has only {words} words (below "
                                       f"{MIN_HTML_MAIN_TEXT_WORDS}): no main article, only page furniture")
    return Parsed(
        body=body,
        has_title_line=False,
        title=_clean_str(article.title),
        byline=_clean_str(article.byline),
        published_at=parse_date(article.published_at),
        outlet=_clean_str(article.outlet),
        url=_clean_str(article.url) or url,
        language=parse_language(article.language),
    )


# ---------------------------------------------------------------------------------------------------- json, jsonl


def parse_json(text: str) -> list[Item] | Problem:
    """One JSON object (news-please layout), or an array of such objects; a Problem when it is not valid JSON."""
    try:
        value = json.loads(text)
    except (ValueError, RecursionError) as exc:
        return Problem("malformed_json", f"not valid JSON: {_json_error(exc)}")
    if isinstance(value, dict):
        return [parse_record(value)]
    if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
        return [parse_record(v) for v in value]
    return Problem("malformed_json", f"expected a JSON object (or an array of objects), found {_json_type(value)}")


def parse_jsonl(text: str) -> list[tuple[int, Item]]:
    """(0-based line index, item) for every non-blank line; a bad line is a Problem, the others survive."""
    items: list[tuple[int, Item]] = []
    for index, line in enumerate(text.split("\n")):
        if is_blank(line):
            continue
        try:
            value = json.loads(line)
        except (ValueError, RecursionError) as exc:
            items.append((index, Problem("malformed_record", f"line {index + 1}: not valid JSON: {_json_error(exc)}")))
            continue
        if not isinstance(value, dict):
            found = _json_type(value)
            detail = f"line {index + 1}: expected a JSON object, found {found}"
            items.append((index, Problem("malformed_record", detail)))
            continue
        item = parse_record(value)
        if isinstance(item, Problem):
            item = Problem(item.reason, f"line {index + 1}: {item.detail}")
        items.append((index, item))
    return items


def parse_record(record: dict[str, Any]) -> Item:
    """A news-please style dict -> Parsed; missing or empty text -> no_text, wrongly typed text -> malformed_record."""
    raw_text = _first(record, TEXT_KEYS)
    if raw_text is not None and not isinstance(raw_text, str):
        return Problem("malformed_record", f"text field is {_json_type(raw_text)}, expected a string")
    body = normalise_text(raw_text or "")
    if is_blank(body):
        present = ", ".join(sorted(str(k) for k in record)[:8]) or "none"
        return Problem("no_text", f"record has no article text (fields {'/'.join(TEXT_KEYS)} missing or empty; "
                                  f"keys present: {present}{', ...' if len(record) > 8 else ''})")
    return Parsed(
        body=body,
        has_title_line=False,
        title=_clean_str(_first(record, TITLE_KEYS)),
        byline=_byline(_first(record, AUTHOR_KEYS)),
        published_at=parse_date(_first(record, DATE_KEYS)),
        outlet=_clean_str(_first(record, OUTLET_KEYS)),
        url=_clean_str(_first(record, URL_KEYS)),
        language=parse_language(_first(record, LANGUAGE_KEYS)),
    )


def _first(record: dict[str, Any], keys: tuple[str, ...]) -> Any:
    """The first value under `keys` that is not null/empty; text fields fall through when e.g. maintext is ''."""
    for key in keys:
        value = record.get(key)
        if value is None or (isinstance(value, str) and value.strip().lower() in NULL_STRINGS):
            continue
        if isinstance(value, (list, dict)) and not value:
            continue
        return value
    return None


def _byline(value: Any) -> str | None:
    if isinstance(value, list):
        names = [n for n in (_clean_str(v) for v in value) if n]
        return ", ".join(dict.fromkeys(names)) or None
    return _clean_str(value)


def _clean_str(value: Any) -> str | None:
    """A metadata string, NFC and single-spaced; None for non-strings and null-like strings."""
    if not isinstance(value, str):
        return None
    text = " ".join(normalise_text(value).split())
    return None if text.lower() in NULL_STRINGS else text


def _json_type(value: Any) -> str:
    names = {dict: "an object", list: "an array", str: "a string", bool: "a boolean", type(None): "null"}
    return names.get(type(value), "a number")


def _json_error(exc: BaseException) -> str:
    if isinstance(exc, RecursionError):
        return "nested too deeply"
    return str(exc)[:200]


# ------------------------------------------------------------------------------------------------- dates, language


def parse_date(value: Any) -> datetime | None:
    """Any date-like value -> naive UTC datetime; tz-aware values are converted, naive ones taken as UTC."""
    if isinstance(value, datetime):
        parsed: datetime | None = value
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        parsed = _from_epoch(value)
    elif isinstance(value, str) and value.strip().lower() not in NULL_STRINGS:
        parsed = _parse_date_string(value.strip())
    else:
        parsed = None
    if parsed is None:
        return None
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(timezone.utc).replace(tzinfo=None)
    return parsed if parsed.year in PLAUSIBLE_YEARS else None


def _from_epoch(value: float) -> datetime | None:
    try:
        return datetime.fromtimestamp(value, tz=timezone.utc)
    except (OverflowError, OSError, ValueError):
        return None


def _parse_date_string(text: str) -> datetime | None:
    iso = text[:-1] + "+00:00" if text.endswith(("Z", "z")) else text
    try:
        return datetime.fromisoformat(iso)
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        pass
    for fmt in DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            continue
    return None


def parse_language(value: Any) -> str | None:
    """ISO 639-1 code from 'en', 'EN', 'en-US', 'en_GB'; None for anything else."""
    if not isinstance(value, str):
        return None
    code = re.split(r"[-_]", value.strip().lower(), maxsplit=1)[0]
    return code if len(code) == 2 and code.isascii() and code.isalpha() else None
