"""Find quoted spans in plain text from the quotation marks alone, before any parsing.

Why character-level: the parser's sentence splits cross quotation marks freely and news text mixes straight, curly
and single (British) marks, with unbalanced marks and lost paragraph breaks. Pairing marks per paragraph with a
small state machine is fast, predictable and keeps one stray mark from costing the rest of the article.

Conventions (documented because the gold set follows them):
  * spans are the content *inside* the marks, trimmed of whitespace;
  * a paragraph that opens a quote and never closes it yields a span to the paragraph end when the next paragraph
    re-opens with a mark of the same family (the multi-paragraph convention, British single marks included) or,
    for double marks, when the opener starts a sentence; otherwise the stray mark is ignored;
  * inside single-mark speech (the quote opens a sentence or follows a colon/comma), "s’ word" is a plural
    possessive, not the closing mark, while a closing mark still follows (or the next paragraph re-opens);
  * an opener met while a quote is still open closes the open one just before it (lost paragraph breaks:
    ``... 26 weeks. "We are going to ...``);
  * single-mark spans nested in double-mark spans are ignored; single marks are used only outside double ones.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

DOUBLE_OPEN = "\u201c\u201e\u00ab"  # “ „ «
DOUBLE_CLOSE = "\u201d\u00bb"  # ” »
DOUBLE_EITHER = '"'
SINGLE_OPEN = "\u2018"  # ‘
SINGLE_CLOSE = "\u2019"  # ’
SINGLE_EITHER = "'"
OPEN_CONTEXT = " \t\n([{\u2014\u2013-/:;,"  # characters that may precede an opening mark
CLOSE_FOLLOW = " \t\n)]}.,;:!?\u2014\u2013-/"  # characters that may follow a closing mark
PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


@dataclass(frozen=True)
class MarkSpan:
    """Content between a pair of quotation marks: text[start:end], inside the marks."""

    start: int
    end: int
    open_mark: int  # index of the opening mark
    close_mark: int | None  # index of the closing mark; None when the quote runs to the paragraph end unclosed
    family: str  # "double" | "single"
    paragraph_index: int


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph; paragraphs are separated by a blank line."""
    bounds, pos = [], 0
    for m in PARAGRAPH_BREAK.finditer(text):
        bounds.append((pos, m.start()))
        pos = m.end()
    bounds.append((pos, len(text)))
    return bounds


def _role(text: str, i: int, lo: int, hi: int, family: str) -> str | None:
    """'open', 'close', 'both' or None (an apostrophe or not a mark of this family)."""
    ch = text[i]
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < hi else " "
    if family == "double":
        if ch in DOUBLE_OPEN:
            return "open"
        if ch in DOUBLE_CLOSE:
            return "close"
        if ch != DOUBLE_EITHER:
            return None
        can_open = (before in OPEN_CONTEXT or before in DOUBLE_OPEN + SINGLE_OPEN) and not after.isspace()
        can_close = not before.isspace() and (after in CLOSE_FOLLOW or after in DOUBLE_CLOSE + SINGLE_CLOSE + "'")
        if can_open and can_close:
            return "both"
        return "open" if can_open else "close" if can_close else "both"
    # single marks: apostrophes (don't, Iran's, '90s) must not count
    if ch in SINGLE_OPEN + SINGLE_EITHER and (before in OPEN_CONTEXT or before in DOUBLE_OPEN) and after.isalnum():
        if before.isalnum():
            return None
        return "open"
    if ch in SINGLE_CLOSE + SINGLE_EITHER and not before.isspace() and not after.isalnum():
        return "close"
    return None


def _sentence_start(text: str, i: int, lo: int) -> bool:
    """True when position i starts a paragraph or follows sentence-ending punctuation or a colon."""
    j = i - 1
    while j >= lo and text[j].isspace():
        j -= 1
    return j < lo or text[j] in ".!?:"


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _scan_paragraph(
    text: str, lo: int, hi: int, family: str, next_opens: bool, p_index: int
) -> list[MarkSpan]:
    marks = [
        (i, role)
        for i in range(lo, hi)
        if text[i] in (DOUBLE_OPEN + DOUBLE_CLOSE + DOUBLE_EITHER if family == "double" else "\u2018\u2019'")
        and (role := _role(text, i, lo, hi, family)) is not None
    ]
    spans: list[MarkSpan] = []
    open_at: int | None = None
    for k, (i, role) in enumerate(marks):
        if open_at is None:
            if role in ("open", "both"):
                open_at = i
            continue
        if family == "single" and _possessive_inside_speech(text, open_at, i, lo, hi, marks[k + 1 :], next_opens):
            continue
        if role in ("close", "both"):
            s, e = _trim(text, open_at + 1, i)
            if e > s:
                spans.append(MarkSpan(s, e, open_at, i, family, p_index))
            open_at = None
        else:  # a new opener while one is open: the open quote ended before it (lost paragraph break)
            if _sentence_start(text, i, lo):
                s, e = _trim(text, open_at + 1, i)
                if e > s:
                    spans.append(MarkSpan(s, e, open_at, None, family, p_index))
            open_at = i
    if open_at is not None and (family == "double" and _sentence_start(text, open_at, lo) or next_opens):
        s, e = _trim(text, open_at + 1, hi)
        if e > s:
            spans.append(MarkSpan(s, e, open_at, None, family, p_index))
    return spans


def _opens_with_mark(text: str, lo: int, hi: int, family: str = "double") -> bool:
    s, _ = _trim(text, lo, hi)
    if family == "single":  # British style: ‘ or ' right before a word
        return s + 1 < hi and text[s] in SINGLE_OPEN + SINGLE_EITHER and text[s + 1].isalnum()
    return s < hi and (text[s] in DOUBLE_OPEN + DOUBLE_EITHER)


def _possessive_inside_speech(
    text: str, open_at: int, i: int, lo: int, hi: int, later: list[tuple[int, str]], next_opens: bool
) -> bool:
    """A plural possessive (‘The councils’ budgets ...’) inside a single-mark quote that opens a sentence.

    "s’" followed by a lower-case word is an apostrophe when the quote is speech (it opens a sentence or follows
    a colon/comma) and a closing mark still follows in the paragraph (or the quote goes on in the next one);
    mid-sentence scare quotes are left alone.
    """
    if text[i - 1] != "s" or i + 2 >= hi or text[i + 1] != " " or not text[i + 2].islower():
        return False
    speech_like = _sentence_start(text, open_at, lo) or text[max(lo, open_at - 2) : open_at].strip() in (",", ":")
    return speech_like and (next_opens or any(role in ("close", "both") for _, role in later))


def find_mark_spans(text: str) -> list[MarkSpan]:
    """All quoted spans of the text in order, double marks first claiming their ranges, then single marks."""
    paras = paragraphs(text)
    spans: list[MarkSpan] = []
    for p, (lo, hi) in enumerate(paras):
        next_opens = p + 1 < len(paras) and _opens_with_mark(text, *paras[p + 1])
        next_opens_single = p + 1 < len(paras) and _opens_with_mark(text, *paras[p + 1], family="single")
        doubles = _scan_paragraph(text, lo, hi, "double", next_opens, p)
        singles = [
            s
            for s in _scan_paragraph(text, lo, hi, "single", next_opens_single, p)
            if not any(d.open_mark <= s.open_mark <= (d.close_mark or d.end) for d in doubles)
        ]
        spans.extend(sorted(doubles + singles, key=lambda s: s.start))
    return spans


def paragraph_index_at(paras: list[tuple[int, int]], pos: int) -> int:
    """Index of the paragraph containing (or, between paragraphs, preceding) character pos."""
    return max(0, bisect_right([lo for lo, _ in paras], pos) - 1)
