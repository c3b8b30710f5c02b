"""Metadata out of article text: bylines, timestamps, datelines and outlets.

Why a separate module: the cleaner decides *which* lines go; this module decides what a metadata line *means*
(who wrote it, when, from where).  All functions take a string and return plain values, so each is testable alone.
Patterns and word lists live in `pipeline/rules/boilerplate.py`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from pipeline.rules import boilerplate as R

_ISO = re.compile(
    r"\b(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?:[T ](?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?(?:\.\d+)?"
    r"\s*(?P<off>Z|[+-]\d{2}:?\d{2})?)?"
)
_MONTH_WORD = r"(?P<mon>" + "|".join(sorted(R.MONTHS, key=len, reverse=True)) + r")\.?"
_MDY = re.compile(rf"\b{_MONTH_WORD}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})\b", re.IGNORECASE)
_DMY = re.compile(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_WORD},?\s+(?P<y>\d{{4}})\b", re.IGNORECASE)
_MONTH_ANY = "(?:" + "|".join(sorted(R.MONTHS, key=len, reverse=True)) + r")\.?"
_DAY_MONTH = re.compile(rf"\b(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH_ANY}|{_MONTH_ANY}\s+\d{{1,2}}(?:st|nd|rd|th)?)\b",
                        re.IGNORECASE)
_NUMERIC = re.compile(r"\b(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<y>\d{4})\b")
_TIME = re.compile(
    r"\b(?P<H>\d{1,2})(?::(?P<M>\d{2}))?(?::\d{2})?\s*(?P<ampm>[ap]\.?m\.?)?(?=\W|$)\s*(?P<tz>[A-Z]{1,5}\b)?",
    re.IGNORECASE,
)
_RELATIVE = re.compile(r"\b(\d+|an?|one)\s*(s|m|h|d|w|sec|second|min|minute|hour|hr|day|week|month)s?\s+ago\b"
                       r"|\b(just now|yesterday|today)\b", re.IGNORECASE)
_WORD = re.compile(r"[\w'’.&@-]+|[|•·,:–—-]")


@dataclass(frozen=True)
class Timestamp:
    """A timestamp line's meaning: `kind` is "published" or "updated"; `value` is naive UTC or None (relative)."""

    kind: str
    value: datetime | None


def _find_date(text: str) -> tuple[tuple[int, int, int], tuple[int, int], dict[str, int]] | None:
    """The first calendar date in `text` as (y, m, d), its span, and any time fields an ISO stamp carried."""
    m = _ISO.search(text)
    if m:
        extra: dict[str, int] = {}
        if m.group("H"):
            extra = {"H": int(m.group("H")), "M": int(m.group("M")), "S": int(m.group("S") or 0)}
            off = m.group("off")
            if off and off != "Z":
                sign = 1 if off[0] == "+" else -1
                digits = off[1:].replace(":", "")
                extra["off_min"] = sign * (int(digits[:2]) * 60 + int(digits[2:]))
            elif off == "Z":
                extra["off_min"] = 0
        return (int(m.group("y")), int(m.group("m")), int(m.group("d"))), m.span(), extra
    for rx in (_MDY, _DMY):
        m = rx.search(text)
        if m:
            month = R.MONTHS[m.group("mon").lower().rstrip(".")]
            return (int(m.group("y")), month, int(m.group("d"))), m.span(), {}
    m = _NUMERIC.search(text)
    if m:
        a, b = int(m.group("a")), int(m.group("b"))
        # Day-first when the first number cannot be a month; otherwise the US month-first reading.
        month, day = (b, a) if a > 12 else (a, b)
        return (int(m.group("y")), month, day), m.span(), {}
    return None


def _find_time(text: str) -> tuple[int, int, str | None] | None:
    """The first clock time ("10:32 AM EST", "9 pm", "09:01") as (hour, minute, tz or None), 24-hour clock."""
    for m in _TIME.finditer(text):
        if m.group("M") is None and m.group("ampm") is None:
            continue  # a bare number is not a time
        hour, minute = int(m.group("H")), int(m.group("M") or 0)
        ampm = (m.group("ampm") or "").lower().replace(".", "")
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
        if hour > 23 or minute > 59:
            continue
        tz = (m.group("tz") or "").lower()
        return hour, minute, tz if tz in R.TZ_TO_UTC_HOURS else None
    return None


def parse_datetime(text: str) -> datetime | None:
    """The first date (and time, and zone) written in `text`, as naive UTC; None when there is no full date.

    A date without a time is midnight; a time without a zone is taken as UTC (we cannot know better).
    """
    found = _find_date(text)
    if found is None:
        return None
    (y, mo, d), (start, end), extra = found
    try:
        base = datetime(y, mo, d)
    except ValueError:
        return None
    if "H" in extra:
        value = base.replace(hour=extra["H"], minute=extra["M"], second=extra["S"])
        return value - timedelta(minutes=extra.get("off_min", 0))
    clock = _find_time(text[:start] + " " * (end - start) + text[end:])
    if clock is None:
        return base
    hour, minute, tz = clock
    value = base.replace(hour=hour, minute=minute)
    return value + timedelta(hours=R.TZ_TO_UTC_HOURS.get(tz or "utc", 0))


def parse_timestamp(part: str) -> Timestamp | None:
    """`part` (one line, or one separator-delimited piece of a line) read as a timestamp, else None.

    It is a timestamp when, once the date, the clock time and the labels are taken away, only filler words remain:
    so "Published 10:32 AM EST, Mon March 4, 2024" is one, "He was born on March 4, 2024 in Leeds." is not.
    """
    has_date = _find_date(part) is not None
    relative = _RELATIVE.search(part) is not None
    labelled = bool(R.PUBLISHED_LABELS.search(part) or R.UPDATED_LABELS.search(part))
    partial = labelled and _DAY_MONTH.search(part) is not None  # "Published 3 October": no year, no value
    if not (has_date or relative or partial):
        return None
    rest = _ISO.sub(" ", part)
    rest = _MDY.sub(" ", rest)
    rest = _DMY.sub(" ", rest)
    rest = _NUMERIC.sub(" ", rest)
    rest = _RELATIVE.sub(" ", rest)
    rest = _DAY_MONTH.sub(" ", rest)
    rest = _TIME.sub(" ", rest)
    leftovers = [w for w in _WORD.findall(rest.lower())
                 if w not in R.TIMESTAMP_FILLER and w.strip(".,") not in R.WEEKDAYS
                 and w.strip(".,") not in R.MONTHS and not w.isdigit()]
    if leftovers:
        return None
    kind = "updated" if R.UPDATED_LABELS.search(part) and not R.PUBLISHED_LABELS.search(part) else "published"
    return Timestamp(kind, parse_datetime(part))


def parse_byline(part: str) -> str | None:
    """The author names of a byline piece ("By Jane Doe and John Smith, Reuters" -> "Jane Doe and John Smith").

    Only short pieces whose words are capitalised names (or name connectors) count, so "By the end of the year"
    and "By Monday, prices had..." are not bylines.
    """
    m = R.BYLINE_PREFIX.match(part)
    if not m:
        return None
    names, _, after = part[m.end():].strip().partition(",")
    names = names.strip().rstrip(".;:")
    words = names.split()
    if not words or len(words) > R.BYLINE_MAX_WORDS:
        return None
    if len(words) == 1 and (words[0].lower() in R.WEEKDAYS or words[0].lower() in R.MONTHS):
        return None  # "By Monday, ..." is a sentence
    after = after.strip()
    if after and not (_titlecase(after) or parse_timestamp(after)):
        return None  # "By Jane, prices rose" -- a clause, not a role, outlet or date
    for word in words:
        letters = word.strip("()\"'“”’.")
        if not letters:
            return None
        if letters.lower() in R.NAME_CONNECTORS and word is not words[0]:
            continue
        if not letters[0].isupper() or not re.fullmatch(r"[^\W\d_][\w.'’\-]*", letters):
            return None
    return names


def _titlecase(text: str) -> bool:
    """Whether most alphabetic words are Capitalised (a role or outlet name: "Senior Correspondent", "Reuters")."""
    words = [w for w in text.split() if w[:1].isalpha()]
    return bool(words) and sum(w[0].isupper() for w in words) * 2 >= len(words)


def split_meta_parts(line: str) -> list[str]:
    """A metadata line cut at its separators: "By Jane Doe | March 4, 2024 • 6 min read" -> three parts."""
    return [p.strip() for p in R.META_SEPARATORS.split(line) if p and p.strip()]


@dataclass(frozen=True)
class Dateline:
    """A dateline cut from the start of a paragraph: its text, the outlet it names (if any), the paragraph rest."""

    text: str
    outlet: str | None
    rest: str


def canonical_outlet(name: str) -> str:
    """The usual short name of an outlet ("The Associated Press" -> "AP"); unknown names are returned as given."""
    return R.OUTLET_ALIASES.get(name.strip().lower(), name.strip())


def known_outlet(text: str) -> str | None:
    """The canonical name when `text` is exactly a known outlet ("Reuters", "The Associated Press"), else None."""
    key = text.strip().strip(".,;:()").lower()
    return R.OUTLET_ALIASES.get(key)


def split_byline_outlet(names: str, part: str) -> tuple[str, str | None]:
    """Byline names and the outlet they credit: "By Jane Doe, Reuters" and "By JANE DOE Associated Press" both
    give the outlet; the names lose a trailing outlet name."""
    _, comma, tail = part.partition(",")
    if comma and known_outlet(tail):
        return names, known_outlet(tail)
    words = names.split()
    for k in range(min(4, len(words) - 1), 0, -1):
        outlet = known_outlet(" ".join(words[-k:]))
        if outlet:
            return " ".join(words[:-k]), outlet
    return names, None


def _plausible_outlet(name: str) -> bool:
    """Whether text in brackets after a place can be an outlet: a known one, a domain, an acronym or 1-3 words."""
    low = name.strip().lower()
    if low in R.NOT_OUTLETS:
        return False
    if low in R.OUTLET_ALIASES or "." in name:
        return True
    words = name.split()
    return 1 <= len(words) <= 3 and all(w[0].isupper() for w in words)


_DATELINES = tuple(re.compile(p) for p in R.DATELINE_PATTERNS)


def find_dateline(paragraph: str) -> Dateline | None:
    """The dateline opening `paragraph`, or None.  "Washington said on Monday" has none: a dateline needs an
    outlet in brackets, or an upper-case place followed by a dash or colon, and the sentence must go on after it."""
    for rx in _DATELINES:
        m = rx.match(paragraph)
        if not m:
            continue
        rest = paragraph[m.end():].lstrip()
        if len(rest.split()) < 3:
            continue
        outlet = m.groupdict().get("outlet")
        if outlet is not None and not _plausible_outlet(outlet):
            continue
        place = m.groupdict().get("place")
        if place is not None and outlet is None and len(place.replace(" ", "")) < 3:
            continue  # "AT -" is too short to be a place
        if place is not None and place.strip().upper() in R.NOT_PLACES:
            continue  # "FILE - In this photo ...", "UPDATE: ..." are labels
        text = paragraph[: m.end()].strip().rstrip("-–—‒―:").strip()
        return Dateline(text=text, outlet=canonical_outlet(outlet) if outlet else None, rest=rest)
    return None


def outlet_from_copyright(line: str) -> str | None:
    """The outlet a copyright footer names ("© 2024 The Associated Press. All rights reserved." -> "AP")."""
    m = R.COPYRIGHT_OUTLET.search(line)
    if not m:
        return None
    name = m.group("outlet").strip()
    if name.lower() in ("all rights reserved", "all rights"):
        return None
    return canonical_outlet(name)
