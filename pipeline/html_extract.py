"""Main text and metadata from one news HTML page.

trafilatura does the heavy lifting (boilerplate removal, metadata). On top of it we:

* run it twice, precision-first with a default-mode fallback when the precise pass lost most of the article;
* render its XML body ourselves, so tables become plain rows, list bullets and markdown pipes never reach the text,
  headings inside the article stay, and lines that are nearly all link text (teasers for other stories) go;
* drop page furniture by line rules kept as data in ``pipeline/rules/html_boilerplate_lines.txt``;
* read publication time (with its zone) from meta tags and JSON-LD before falling back to htmldate's day.

Everything is offline and deterministic: the ``url`` argument is only a hint, nothing is ever fetched, and bad input
returns an empty ``HtmlArticle`` instead of raising (the caller quarantines empty texts).
"""

from __future__ import annotations

import json
import logging
import re
from html import unescape
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path
from typing import Iterator

import lxml.html
from lxml import etree

from pipeline.textmetrics import shingle_f1  # re-exported: tests and bench share one metric

__all__ = ["HtmlArticle", "extract_html", "normalise_byline", "shingle_f1"]

log = logging.getLogger(__name__)

RULES_DIR = Path(__file__).resolve().parent / "rules"
BOILERPLATE_RULES = RULES_DIR / "html_boilerplate_lines.txt"

# The precise pass is replaced by the default pass when it kept less than this share of the default pass's words:
# that happens when trafilatura's precision filters throw away the real article (e.g. a paywall notice survives).
PRECISION_MIN_SHARE = 0.25
# A line made of at most this many words, nearly all inside links, is a teaser for another page.
LINK_LINE_MAX_WORDS = 15
LINK_LINE_MIN_SHARE = 0.8
# Below this many characters of text, language detection is a guess; we report None instead.
LANGID_MIN_CHARS = 200


@dataclass(frozen=True)
class HtmlArticle:
    text: str  # main text, paragraphs separated by one blank line ("\n\n"), no HTML
    title: str | None
    byline: str | None  # author name(s), normalised: no leading "By ", no dates, "A and B" joined with ", "
    published_at: datetime | None  # naive UTC datetime
    outlet: str | None  # site name, e.g. "The Guardian"
    url: str | None
    language: str | None  # ISO 639-1 if the page declares or detection finds it
    description: str | None = None  # the page's standfirst / meta description, if any


EMPTY = HtmlArticle(text="", title=None, byline=None, published_at=None, outlet=None, url=None, language=None)


def extract_html(html: str, url: str | None = None) -> HtmlArticle:
    """Extract main text and metadata; never raises for bad input (returns empty text instead)."""
    if not isinstance(html, str) or not html.strip():
        return EMPTY if url is None else _with_url(EMPTY, url)
    try:
        return _extract(html, url)
    except Exception as exc:  # noqa: BLE001 - malformed pages must not stop a batch; the caller quarantines them
        log.warning("html extraction failed for %s: %s", url, exc)
        return EMPTY if url is None else _with_url(EMPTY, url)


def _with_url(article: HtmlArticle, url: str) -> HtmlArticle:
    return HtmlArticle(**{**article.__dict__, "url": url})


# --------------------------------------------------------------------------------------------------------------------
# main text


def _extract(html: str, url: str | None) -> HtmlArticle:
    import trafilatura

    html = _strip_xml_declaration(html)
    # include_links stays off: trafilatura splits some paragraphs at links when it is on. Link text is looked up in
    # the parsed page instead (see _anchor_texts).
    common = dict(url=url, include_comments=False, include_tables=True, include_links=False, include_images=False)
    precise = trafilatura.bare_extraction(html, favor_precision=True, with_metadata=True, **common)
    default = trafilatura.bare_extraction(html, **common)
    tree = _parse_tree(html)
    anchors = _anchor_texts(tree)
    precise_lines = _clean_lines(_body_lines(precise), precise, anchors)
    default_lines = _clean_lines(_body_lines(default), precise, anchors)
    lines = precise_lines
    if _word_count(precise_lines) < PRECISION_MIN_SHARE * _word_count(default_lines):
        lines = default_lines
    if tree is not None:
        lines = expand_split_body(lines, tree)
    text = "\n\n".join(lines)

    meta = _page_metadata(tree) if tree is not None else {}
    outlet = _clean_inline(getattr(precise, "sitename", None) or meta.get("site_name"))
    title = strip_site_suffix(
        _clean_inline(meta.get("headline") or getattr(precise, "title", None) or meta.get("title")),
        outlet,
        getattr(precise, "hostname", None),
    )
    return HtmlArticle(
        text=text,
        title=title,
        byline=_first_byline(meta.get("author"), meta.get("meta_author"), getattr(precise, "author", None)),
        published_at=_published_at(meta, precise),
        outlet=outlet,
        url=url or _clean_inline(getattr(precise, "url", None)) or meta.get("url"),
        language=_language(meta, text),
        description=_clean_inline(getattr(precise, "description", None)),
    )


def _strip_xml_declaration(html: str) -> str:
    """lxml refuses str input that carries an encoding declaration; the text is already decoded."""
    return re.sub(r"^\s*<\?xml[^>]*\?>", "", html, count=1)


def _word_count(lines: list[str]) -> int:
    return sum(len(line.split()) for line in lines)


_SPACES = re.compile(r"[ \t\r\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")


def _clean_inline(text: str | None) -> str | None:
    """Collapse whitespace in a one-line field; empty becomes None.

    Character references are resolved because publishers often escape twice (JSON-LD holding "&#x27;")."""
    if not text:
        return None
    text = _SPACES.sub(" ", _INVISIBLE.sub("", unescape(text).replace("\n", " "))).strip()
    return text or None


@dataclass(frozen=True)
class _Line:
    text: str
    kind: str  # p | head | item | row | quote | code
    link_share: float  # share of the line's characters inside <ref> links


def _body_lines(document: object) -> list[_Line]:
    """Render trafilatura's XML body to one line per block; tables as space-joined cells, no markup characters."""
    body = getattr(document, "body", None)
    if body is None:
        return []
    lines: list[_Line] = []
    for element in body:
        lines.extend(_render_block(element))
    return lines


_BLOCK_CONTAINERS = {"list", "table", "div", "body", "figure", "note"}
_SKIP = {"graphic", "fw", "note"}


def _render_block(element: etree._Element) -> Iterator[_Line]:
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag in _SKIP or not tag:
        return
    if tag == "table":
        previous = None
        for row in element.iter("row"):
            line = _inline_line(row, "row", separator=" ")
            if line is not None and line.text != previous:
                yield line
                previous = line.text
        return
    if tag == "item" and element.find(".//list") is not None:
        own = _inline_line(element, "item", exclude={"list"})
        if own is not None:
            yield own
        for nested in element.iter("list"):
            if nested.getparent() is element or nested.getparent().tag != "item":
                for child in nested:
                    yield from _render_block(child)
        return
    if tag in _BLOCK_CONTAINERS or (tag == "quote" and element.find("p") is not None):
        for child in element:
            yield from _render_block(child)
        return
    line = _inline_line(element, tag)
    if line is not None:
        yield line


def _inline_line(element: etree._Element, kind: str, separator: str = "", exclude: frozenset | set = frozenset()) -> _Line | None:
    """Text of an element as one line, counting link characters; <lb/> and cells become spaces."""
    parts: list[str] = []
    link_chars = 0

    def walk(node: etree._Element, in_link: bool) -> None:
        nonlocal link_chars
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag in exclude or tag in _SKIP:
            return
        linked = in_link or tag == "ref"
        if tag in ("lb", "cell", "item", "p", "head"):
            parts.append(" ")
        if node.text:
            parts.append(node.text)
            if linked:
                link_chars += len(node.text.strip())
        for child in node:
            walk(child, linked)
            if child.tail:
                parts.append(child.tail)
                if in_link or tag == "ref":
                    link_chars += len(child.tail.strip())
        if tag == "cell":
            parts.append(separator)

    walk(element, False)
    text = _clean_inline("".join(parts))
    if text is None:
        return None
    visible = len(text.replace(" ", ""))
    return _Line(text=text, kind=kind, link_share=min(1.0, link_chars / visible) if visible else 0.0)


@lru_cache(maxsize=1)
def _boilerplate_patterns() -> tuple[re.Pattern[str], ...]:
    rules = []
    for raw in BOILERPLATE_RULES.read_text(encoding="utf-8").splitlines():
        raw = raw.strip()
        if raw and not raw.startswith("#"):
            rules.append(re.compile(rf"(?:{raw})", re.IGNORECASE))
    return tuple(rules)


def is_boilerplate_line(line: str) -> bool:
    """True when the whole line is page furniture per the rule file (comments, teasers, share prompts, credits)."""
    return any(p.fullmatch(line) for p in _boilerplate_patterns())


def _norm_key(text: str | None) -> str:
    return " ".join(re.findall(r"\w+", (text or "").lower()))


def _anchor_texts(tree: lxml.html.HtmlElement | None) -> frozenset[str]:
    """Normalised texts of the page's short links: a body line equal to one of them is a teaser for another page."""
    if tree is None:
        return frozenset()
    texts = set()
    for anchor in tree.iter("a"):
        key = _norm_key(anchor.text_content())
        if key and len(key.split()) <= LINK_LINE_MAX_WORDS:
            texts.add(key)
    return frozenset(texts)


def _clean_lines(lines: list[_Line], document: object, anchors: frozenset[str] = frozenset()) -> list[str]:
    """Drop furniture lines, link-only teasers, and leading repeats of the title or standfirst."""
    title_keys = {
        _norm_key(getattr(document, "title", None)),
        _norm_key(getattr(document, "description", None)),
    } - {""}
    kept: list[str] = []
    for line in lines:
        if not _has_word(line.text) or is_boilerplate_line(line.text):
            continue
        if _is_link_teaser(line) or (line.kind != "row" and _norm_key(line.text) in anchors):
            continue
        if not kept and line.kind in ("head", "p") and _norm_key(line.text) in title_keys:
            continue  # the headline / standfirst repeated above the body belongs to metadata, not text
        kept.append(line.text)
    return kept


def _has_word(text: str) -> bool:
    return re.search(r"\w", text) is not None


def _is_link_teaser(line: _Line) -> bool:
    return (
        line.kind in ("p", "item", "head")
        and line.link_share >= LINK_LINE_MIN_SHARE
        and len(line.text.split()) <= LINK_LINE_MAX_WORDS
    )


# Sibling expansion: some layouts cut one article into several sibling containers (e.g. a "chunk" per ad slot);
# trafilatura keeps the first. A sibling paragraph is added only if it looks like running text.
EXPAND_MIN_WORDS = 12
EXPAND_MAX_LINK_SHARE = 0.3
EXPAND_LEVELS = 3


def expand_split_body(lines: list[str], tree: lxml.html.HtmlElement) -> list[str]:
    """Add paragraphs from sibling containers that share the tag and class of the container the text came from."""
    paragraphs = [p for p in tree.iter("p") if _paragraph_ok(p)]
    keys = {_norm_key(line): i for i, line in enumerate(lines)}
    matched = [p for p in paragraphs if _norm_key(p.text_content()) in keys]
    if len(matched) < 2:
        return lines
    container = _common_ancestor(matched)
    if container is None:
        return lines
    additions: list[lxml.html.HtmlElement] = []
    node = container
    for _ in range(EXPAND_LEVELS):
        parent = node.getparent()
        if parent is None:
            break
        twins = [s for s in parent if s is not node and s.tag == node.tag and node.get("class") and s.get("class") == node.get("class")]
        for twin in twins:
            additions.extend(
                p
                for p in twin.iter("p")
                if _paragraph_ok(p) and _norm_key(p.text_content()) not in keys and not _in_furniture(p, twin)
            )
        if twins:
            break
        node = parent
    if not additions:
        return lines
    order = {el: i for i, el in enumerate(tree.iter())}
    anchored = sorted(((order[p], keys[_norm_key(p.text_content())]) for p in matched), key=lambda pair: pair[0])
    result = list(lines)
    inserted: list[tuple[int, str]] = []
    for p in sorted(additions, key=lambda el: order[el]):
        text = _clean_inline(p.text_content())
        if not text or is_boilerplate_line(text):
            continue
        before = [line_index for position, line_index in anchored if position < order[p]]
        inserted.append((before[-1] if before else -1, text))
    for offset, (after, text) in enumerate(sorted(inserted, key=lambda pair: pair[0])):
        result.insert(after + 1 + offset, text)
    return result


_FURNITURE_ATTR = re.compile(
    r"author|bio\b|byline|related|newsletter|promo|share|social|comment|footer|sidebar|subscribe|signup|advert|caption",
    re.I,
)


def _in_furniture(p: lxml.html.HtmlElement, stop: lxml.html.HtmlElement) -> bool:
    """True when p sits in an element whose class or id names page furniture (author box, related links, ...)."""
    for node in (p, *p.iterancestors()):
        if _FURNITURE_ATTR.search(f"{node.get('class', '')} {node.get('id', '')}"):
            return True
        if node is stop:
            return False
    return False


def _paragraph_ok(p: lxml.html.HtmlElement) -> bool:
    text = p.text_content()
    words = len(text.split())
    if words < EXPAND_MIN_WORDS:
        return False
    link_chars = sum(len(a.text_content()) for a in p.iter("a"))
    return link_chars <= EXPAND_MAX_LINK_SHARE * max(1, len(text))


def _common_ancestor(elements: list[lxml.html.HtmlElement]) -> lxml.html.HtmlElement | None:
    chains = [list(reversed([el, *el.iterancestors()])) for el in elements]
    common = None
    for level in zip(*chains):
        if all(node is level[0] for node in level):
            common = level[0]
        else:
            break
    return common


# --------------------------------------------------------------------------------------------------------------------
# metadata


def _parse_tree(html: str) -> lxml.html.HtmlElement | None:
    try:
        return lxml.html.fromstring(html)
    except (etree.ParserError, ValueError):
        return None


_META_DATE_KEYS = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "publishdate",
    "publish-date",
    "pubdate",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.created",
    "dc.date",
    "date",
)
_META_AUTHOR_KEYS = ("author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl")


def _page_metadata(tree: lxml.html.HtmlElement) -> dict[str, str]:
    """Declared metadata: <meta> tags, JSON-LD NewsArticle fields, <html lang>."""
    meta: dict[str, str] = {}
    for node in tree.iter("meta"):
        key = (node.get("property") or node.get("name") or node.get("itemprop") or node.get("http-equiv") or "").lower()
        value = node.get("content")
        if key and value and key not in meta:
            meta[key] = value.strip()
    found: dict[str, str] = {}
    for key in _META_DATE_KEYS:
        if meta.get(key):
            found["date"] = meta[key]
            break
    for node in tree.iter("time"):
        if "date" not in found and (node.get("pubdate") is not None or "publish" in (node.get("class") or "")):
            if node.get("datetime"):
                found["date"] = node.get("datetime")
    for item in _json_ld_items(tree):
        if "jsonld_date" not in found and isinstance(item.get("datePublished"), str):
            found["jsonld_date"] = item["datePublished"]
        if "author" not in found:
            names = _json_ld_names(item.get("author"))
            if names:
                found["author"] = ", ".join(names)
        if "headline" not in found and isinstance(item.get("headline"), str) and item["headline"].strip():
            found["headline"] = item["headline"]
    for key in _META_AUTHOR_KEYS:
        if "meta_author" not in found and meta.get(key) and not meta[key].startswith("http"):
            found["meta_author"] = meta[key]
    if meta.get("og:site_name"):
        found["site_name"] = meta["og:site_name"]
    if meta.get("og:url"):
        found["url"] = meta["og:url"]
    lang = tree.get("lang") or tree.get("xml:lang") or meta.get("content-language") or meta.get("og:locale")
    if lang:
        found["lang"] = lang
    if "title" not in found and meta.get("og:title"):
        found["title"] = meta["og:title"]
    return found


_ARTICLE_TYPES = re.compile(r"(News|Report|Blog|Analysis|Opinion|Review)?(Article|Posting|Report)|WebPage", re.I)


def _json_ld_items(tree: lxml.html.HtmlElement) -> Iterator[dict]:
    """Article-like JSON-LD objects, most specific first (NewsArticle before WebPage)."""
    items: list[dict] = []
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text_content() or "")
        except (ValueError, TypeError):
            continue
        stack = [data]
        while stack:
            obj = stack.pop(0)
            if isinstance(obj, list):
                stack.extend(obj)
            elif isinstance(obj, dict):
                kinds = obj.get("@type")
                kinds = " ".join(kinds) if isinstance(kinds, list) else str(kinds or "")
                if _ARTICLE_TYPES.search(kinds):
                    items.append(obj)
                if "@graph" in obj:
                    stack.extend(obj["@graph"] if isinstance(obj["@graph"], list) else [obj["@graph"]])
                if isinstance(obj.get("mainEntity"), dict):
                    stack.append(obj["mainEntity"])
    items.sort(key=lambda obj: 1 if "WebPage" in str(obj.get("@type")) else 0)
    return iter(items)


def _json_ld_names(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        name = value.get("name")
        return [name] if isinstance(name, str) and name.strip() else []
    if isinstance(value, list):
        return [n for v in value for n in _json_ld_names(v)]
    return []


def _published_at(meta: dict[str, str], document: object) -> datetime | None:
    """Declared publication time in naive UTC; htmldate's day (midnight) when the page declares none."""
    for key in ("jsonld_date", "date"):
        parsed = parse_datetime(meta.get(key))
        if parsed is not None:
            return parsed
    return parse_datetime(getattr(document, "date", None))


_ISO_LIKE = re.compile(
    r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?", re.I
)


def parse_datetime(value: str | None) -> datetime | None:
    """ISO-8601-like date/time to naive UTC; a value without zone is taken as UTC (the best we can do offline)."""
    if not value or not isinstance(value, str):
        return None
    match = _ISO_LIKE.search(value)
    if not match:
        try:
            from dateparser import parse as fuzzy_parse

            parsed = fuzzy_parse(value, settings={"RETURN_AS_TIMEZONE_AWARE": False, "PREFER_DAY_OF_MONTH": "first"})
        except Exception:  # noqa: BLE001 - an unparseable date is simply absent
            return None
        return parsed.replace(tzinfo=None) if parsed else None
    year, month, day, hour, minute, second, zone = match.groups()
    try:
        moment = datetime(int(year), int(month), int(day), int(hour or 0), int(minute or 0), int(second or 0))
    except ValueError:
        return None
    if zone and zone.upper() != "Z":
        sign = 1 if zone[0] == "+" else -1
        digits = zone[1:].replace(":", "")
        offset_minutes = sign * (int(digits[:2]) * 60 + int(digits[2:]))
        from datetime import timedelta

        moment = moment - timedelta(minutes=offset_minutes)
    return moment


def _language(meta: dict[str, str], text: str) -> str | None:
    declared = meta.get("lang")
    if declared:
        code = re.split(r"[-_]", declared.strip().lower())[0]
        if re.fullmatch(r"[a-z]{2}", code):
            return code
    if len(text) < LANGID_MIN_CHARS:
        return None
    try:
        import py3langid

        code, _score = py3langid.classify(text[:5000])
        return code
    except Exception:  # noqa: BLE001 - language is optional metadata
        return None


_TITLE_SEPARATORS = re.compile(r"\s+(\||-|–|—|·|•|::|/)\s+")
SITE_SUFFIX_MAX_WORDS = 5


def strip_site_suffix(title: str | None, outlet: str | None, hostname: str | None) -> str | None:
    """Drop a trailing (or leading) " | Site" segment: the site name is the outlet field, not part of the headline.

    A segment goes when it names the outlet or host; after "|" any short segment goes, since headlines rarely
    contain pipes while "Headline | Section | Site" titles are common.
    """
    if not title:
        return title
    site_keys = {_norm_key(outlet).replace(" ", ""), _norm_key((hostname or "").split(".")[-2:][0]).replace(" ", "")} - {""}
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) < 3:
        return title
    segments, separators = parts[0::2], parts[1::2]

    def is_site(segment: str, separator: str) -> bool:
        key = _norm_key(segment).replace(" ", "")
        named = bool(key) and any(k and (k in key or key in k) for k in site_keys)
        return len(segment.split()) <= SITE_SUFFIX_MAX_WORDS and (named or separator == "|")

    while len(segments) > 1 and is_site(segments[-1], separators[-1]):
        segments, separators = segments[:-1], separators[:-1]
    while len(segments) > 1 and is_site(segments[0], separators[0]) and _norm_key(segments[0]).replace(" ", "") in site_keys:
        segments, separators = segments[1:], separators[1:]
    out = segments[0]
    for separator, segment in zip(separators, segments[1:]):
        out += f" {separator} {segment}"
    return out


# --------------------------------------------------------------------------------------------------------------------
# bylines

_BYLINE_PREFIX = re.compile(r"^\s*(?:(?:written|posted|reported|words|text|story)\s+)?(?:by|von|por|par|di|door)\s*[:\-]?\s+", re.I)
_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_BYLINE_DATE = re.compile(
    rf"(?:\b(?:updated|published|posted)\b.*$)|(?:\b\d{{1,2}}\s+{_MONTHS}\s+\d{{2,4}}.*$)|(?:\b{_MONTHS}\s+\d{{1,2}},?\s+\d{{4}}.*$)"
    r"|(?:\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}.*$)|(?:\b\d{1,2}:\d{2}.*$)",
    re.I,
)
_BYLINE_SPLIT = re.compile(r"\s*(?:;|\||,|\band\b|&|\bund\b|\be\b|\by\b)\s*", re.I)
# Parts that are roles or desks, not names ("Guardian staff reporter", "Associated Press").
_NON_NAME = re.compile(
    r"\b(?:staff|reporter|correspondent|editor|contributor|writer|columnist|team|desk|agency|press|news|"
    r"associated|reuters|newsroom|bureau|updated|published)\b",
    re.I,
)


# Words that appear in byline widgets but are never (part of) a name on their own.
_BYLINE_JUNK_WORDS = frozenset(
    "author authors username name written by the posted share page head extra avatar profile photo of "
    "jan feb mar apr may jun jul aug sep sept oct nov dec about view all posts ma mba phd md m.d rn jr".split()
)


def _first_byline(*candidates: str | None) -> str | None:
    """First candidate that normalises to something name-like (JSON-LD, then <meta>, then trafilatura's guess)."""
    for candidate in candidates:
        normalised = normalise_byline(candidate)
        if normalised:
            return normalised
    return None


def normalise_byline(raw: str | None) -> str | None:
    """Author names as "A, B": no "By", no dates, roles or widget labels, duplicates removed; None if nothing is left.

    Line breaks count as separators (bylines are often "Name<br>Desk"). A role-like part ("Staff reporter",
    "WebMD Health News") is kept only when it is the sole credit.
    """
    if not raw or not isinstance(raw, str):
        return None
    text = _clean_inline(raw.replace("\n", " ; "))
    if not text:
        return None
    text = _BYLINE_DATE.sub("", _BYLINE_PREFIX.sub("", text)).strip(" ,;|-–—")
    parts = [_clean_byline_part(part) for part in _BYLINE_SPLIT.split(text)]
    parts = [part for part in parts if part]
    people = [part for part in parts if not _NON_NAME.search(part)]
    names: list[str] = []
    for part in people or parts[:1]:
        if part.lower() not in (n.lower() for n in names):
            names.append(part)
    return ", ".join(names) or None


def _clean_byline_part(part: str) -> str | None:
    part = _BYLINE_PREFIX.sub("", part).strip(" .,:;|-–—\"'")
    part = re.sub(r"^(?:author|written by|posted by|words by)\s*:?\s+", "", part, flags=re.I)
    if not part or not re.search(r"[^\W\d_]", part) or len(part.split()) > 5:
        return None
    if all(word.lower().strip(".") in _BYLINE_JUNK_WORDS for word in part.split()):
        return None
    if re.fullmatch(r"\S+\.\S+|@\S+|https?:\S+", part):
        return None  # user handles, e-mail-ish tokens and URLs are not names
    return part
