"""Site boilerplate found across a batch: text that many *different* articles share.

Why: scraper noise is written by templates, so the same prompt, share bar, donation ask or footer recurs in article
after article, in wordings no rule list can foresee, often with a slot filled in ("Before you go: <Outlet> is
reader-funded...", "About the author: <Name> has reported from 30 countries").  Body text does not: two different
stories almost never share a sentence.  So across the batch we count, per distinct story,
  * each line's shape (lower case, digits as 0), and each sentence's of a long line: a line several stories share
    is boilerplate, and so is a long line all of whose sentences are, and
  * each word 4-gram ("shingle") of those shapes with proper names blanked: a line most of whose shingles recur in
    many stories is a template line with its slots (numbers, names, outlets, places) filled differently.
This is the corpus-level signal web-text pipelines use for template removal; the per-line rules in
`pipeline/clean.py` still do the work for a lone file or a one-off line.

"Different stories" matters: a wire story carried by three sites, or five updates of one live story, share most of
their paragraphs, and those are body.  Articles that share at least half of their long lines are therefore one
story (union-find over an inverted index of long lines) and count once.  Stories on one event count once too:
outlets covering a plane crash share the wire's sentences and the same quotes, with their own reporting around
them, so stories whose headlines share a rare word or two specific ones are one event for each line they share.
Mistakes in that grouping only make counts lower, so they make the rule more cautious, never less.

Weaker evidence is kept too: a line, or most of a line's shingles, in just two stories on different events
(`SharedText.recurs`).  Alone it proves nothing (news writing shares 4-grams); `pipeline.clean` uses it only for a
line that also has nothing to do with its own story, where together the two make a site's box.

How many stories is "many" depends on the batch: in a few hundred articles a template recurs a handful of times,
while among thousands real bodies come to share a stock sentence ("The company declined to comment.") by chance;
so a sentence-like line needs three stories in a small batch and up to five in a large one (`prose_need`).

The result is a pure function of the batch's texts (hashes are blake2b, not Python's seeded hash), so identical
inputs give identical outputs; adding articles can change how earlier ones are cleaned, as it should.
"""

from __future__ import annotations

import hashlib
from array import array
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import NamedTuple
from itertools import combinations

import polars as pl

from pipeline.clean import content_words, is_prose, normalise_line, split_lines, zipf
from pipeline.rules import boilerplate as R

_DIGITS = re.compile(r"\d+")


def line_shape(line: str) -> str:
    """What two copies of a template line have in common: lower case, each run of digits as 0, spaces collapsed."""
    return _DIGITS.sub("0", " ".join(line.split()).lower())


_CAPITALISED = re.compile(r"^\W*[A-Z]")
_SLOT = "<n>"


def template_shape(line: str) -> str:
    """A line shape with its proper-noun slots blanked: each run of capitalised words becomes "<n>" ("Before joining
    Metro Wire in 2000 she reported from Dundee" -> "<n> joining <n> in 0 she reported from <n>"), so that template
    lines with names filled in differently share their shingles."""
    out: list[str] = []
    for word in line.split():
        if _CAPITALISED.match(word):
            if out and out[-1] == _SLOT:
                continue
            word = _SLOT
        out.append(word)
    return line_shape(" ".join(out))


def _key(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(), "little")


def shingle_keys(shape: str) -> list[int]:
    """Keys of the word 4-grams of a line shape that carry at least SHINGLE_MIN_WORDS words (not slots or
    numbers): a team line-up blanked to "<n>, <n>, <n> (<n> 0)" is all slots and says nothing of a template."""
    words = shape.split()
    real = [any(c.isalpha() for c in w) and w != _SLOT for w in words]
    n = R.SHINGLE_WORDS
    return [_key(" ".join(words[i:i + n])) for i in range(len(words) - n + 1)
            if sum(real[i:i + n]) >= R.SHINGLE_MIN_WORDS]


@dataclass(frozen=True)
class SharedText:
    """What the batch's stories share: line and shingle keys with how many stories on different events carry them
    (counted up to what a rule asks for)."""

    line_stories: dict[int, int] = field(default_factory=dict)
    #: Shingle keys with the same counts.  A count of SHARED_RECUR_ARTICLES is too weak alone (news writing shares
    #: 4-grams), enough for a line that also has nothing to do with its own story (see `recurs`).
    shingle_stories: dict[int, int] = field(default_factory=dict)
    #: The batch's headlines (plain words), by the key of their first HEADLINE_MIN_WORDS words.
    headlines: dict[int, tuple[str, ...]] = field(default_factory=dict)
    #: Stories a sentence-like line needs in this batch (see `prose_need`).
    min_prose: int = R.SHARED_MAX_ARTICLES_PROSE

    def covers(self, line: str, title: str | None = None) -> bool:
        """Whether a (normalised) line is boilerplate by the batch's evidence: the same line in enough stories
        (SHARED_MIN_ARTICLES, or `min_prose` for a sentence-like line), or, for a line of
        SHINGLE_MIN_COUNT+ shingles, at least SHINGLE_SHARE of them frequent across stories.  A line longer than
        SHARED_MAX_WORDS is boilerplate when every one of its sentences is (stock sentences glued into one paragraph,
        in another order or another mix in each article)."""
        if len(line.split()) > R.SHARED_MAX_WORDS:
            parts = sentences(line)
            return len(parts) > 1 and all(self.covers(part) for part in parts)
        if not _candidate(line):
            return False
        shape = line_shape(line)
        need = self.min_prose if is_prose(shape) else R.SHARED_MIN_ARTICLES
        if self.line_stories.get(_key(shape), 0) >= need:
            return True
        return self._template_line(line, self.min_prose) or self.teases(line, title)

    def recurs(self, line: str) -> bool:
        """Whether a (normalised) line recurs in other stories at all: the same line, or SHINGLE_SHARE of its
        shingles, in SHARED_RECUR_ARTICLES stories on different events.  Weak evidence: `pipeline.clean` acts on it
        only for a line off its own story, where two pages on different events carrying it make it a box of the
        site (another story's summary, a listing), not a sentence the two stories share."""
        if not _candidate(line):
            return False
        return (self.line_stories.get(_key(line_shape(line)), 0) >= R.SHARED_RECUR_ARTICLES
                or self._template_line(line, R.SHARED_RECUR_ARTICLES))

    def _template_line(self, line: str, need: int) -> bool:
        """Whether a line of SHINGLE_MIN_COUNT+ shingles has at least SHINGLE_SHARE of them in `need` stories on
        different events: a template's line with its slots filled in differently."""
        keys = shingle_keys(template_shape(line))
        found = sum(self.shingle_stories.get(k, 0) >= need for k in keys)
        return len(keys) >= R.SHINGLE_MIN_COUNT and found >= R.SHINGLE_SHARE * len(keys)

    def teases(self, line: str, title: str | None = None) -> bool:
        """Whether the line is, or wraps, the headline of an article of the batch ("Must read: <headline>",
        "The post <headline> appeared first on ..."): related-story links and re-post notes name other articles
        of the same site by their headlines, and a crawl of that site holds those articles too.  The article's own
        `title` does not count: a lede may open with it."""
        words = plain_words(line)
        own = " ".join(plain_words(title or ""))
        n = R.HEADLINE_MIN_WORDS
        for i in range(len(words) - n + 1):
            for headline in self.headlines.get(_key(" ".join(words[i:i + n])), ()):
                size = len(headline.split())
                if (headline != own and " ".join(words[i:i + size]) == headline
                        and len(words) <= size + R.HEADLINE_TEASER_EXTRA_WORDS):
                    return True
        return False

    def __bool__(self) -> bool:
        return bool(self.line_stories or self.shingle_stories or self.headlines)


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"“‘(]?[A-Z0-9])")


def sentences(line: str) -> list[str]:
    """The sentences of a long line: a paragraph made of a template's stock sentences, put together differently
    in each article, shares them sentence by sentence."""
    return [part for part in _SENTENCE_END.split(line) if part]


def plain_words(line: str) -> list[str]:
    """Lower-case words without punctuation, digit runs as 0: how a headline is matched inside a teaser line."""
    return [_DIGITS.sub("0", w) for w in re.findall(r"\w+", line.lower())]


def _headline_index(titles: Iterable[str]) -> dict[int, tuple[str, ...]]:
    index: dict[int, set[str]] = defaultdict(set)
    for title in titles:
        words = plain_words(title)
        if len(words) >= R.HEADLINE_MIN_WORDS:
            index[_key(" ".join(words[:R.HEADLINE_MIN_WORDS]))].add(" ".join(words))
    return {key: tuple(sorted(found)) for key, found in index.items()}


def _candidate(line: str) -> bool:
    """Lines the rule may judge: some letters (number-only lines are table data), not too long to be a template."""
    return any(c.isalpha() for c in line) and len(line.split()) <= R.SHARED_MAX_WORDS


def _nonempty_lines(text: str) -> list[str]:
    return [line for line in map(normalise_line, split_lines(text)) if line]


def story_groups(docs: list[list[str]]) -> list[int]:
    """A story id per document: documents sharing STORY_MIN_SHARED or more long lines, and at least STORY_SHARE of
    the long lines of each, are copies or versions of one story (of each: with "of either", one short page that is
    mostly a shared notice would chain every page carrying that notice into one story).  Long lines found in more
    than STORY_MAX_COPIES documents are templates and are not looked at (that also keeps the pair count small)."""
    parent = list(range(len(docs)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    long_lines = [{s for s in doc if len(s.split()) >= R.STORY_LINE_MIN_WORDS} for doc in docs]
    holders: dict[str, list[int]] = defaultdict(list)
    for d, lines in enumerate(long_lines):
        for s in lines:
            holders[s].append(d)
    pairs: Counter[tuple[int, int]] = Counter()
    for docs_with_line in holders.values():
        if 1 < len(docs_with_line) <= R.STORY_MAX_COPIES:
            pairs.update(combinations(docs_with_line, 2))
    for (a, b), shared in sorted(pairs.items()):
        if shared >= max(R.STORY_MIN_SHARED, R.STORY_SHARE * max(len(long_lines[a]), len(long_lines[b]))):
            parent[find(a)] = find(b)
    return [find(d) for d in range(len(docs))]


class EventWords(NamedTuple):
    """A headline's specific content words and, among them, its rare ones (names, "tariff"): what two outlets'
    headlines on one event have in common ("Costa Rica plane crash kills 12" / "Twelve die in Costa Rica crash")."""

    specific: frozenset[str]
    rare: frozenset[str]


def _event_words(title: str) -> EventWords:
    specific = frozenset(w for w in content_words(title) if zipf(w) < R.OFF_TOPIC_MAX_ZIPF)
    return EventWords(specific, frozenset(w for w in specific if zipf(w) < R.OFF_TOPIC_RARE_ZIPF))


_NO_EVENT = EventWords(frozenset(), frozenset())


def _event_index(stories: list[int], headlines: list[str]) -> dict[int, EventWords]:
    """Each story's event words (from the headline of its first document), without the words too many headlines
    carry (more than EVENT_MAX_TITLE_SHARE of them, and more than EVENT_MIN_TITLES): an outlet's name in every
    headline ("... | The Fenbridge Chronicle") or a running subject ("Brexit") marks no one event."""
    words: dict[int, EventWords] = {}
    for story, title in zip(stories, headlines):
        words.setdefault(story, _event_words(title))
    titles_with: Counter[str] = Counter(w for specific, _ in words.values() for w in specific)
    cap = max(R.EVENT_MIN_TITLES, R.EVENT_MAX_TITLE_SHARE * len(words))
    common = {w for w, n in titles_with.items() if n > cap}
    return {story: EventWords(specific - common, rare - common) for story, (specific, rare) in words.items()}


def _same_event(a: EventWords, b: EventWords) -> bool:
    """Whether two headlines are on one event: they share a rare word, or two specific ones (as two lines of one
    story are linked in `pipeline.clean`)."""
    return bool(a.rare & b.rare) or len(a.specific & b.specific) >= 2


def _event_count(stories: list[int], events: dict[int, EventWords], enough: int) -> int:
    """How many of `stories` are on different events (up to `enough`): a sentence that outlets covering one event
    share -- a quote, a line of wire copy -- counts once, while a template's line is carried by stories on every
    subject.  Greedy and order-fixed: a story counts when its headline is on no event already counted."""
    counted: list[EventWords] = []
    for story in stories:
        words = events.get(story, _NO_EVENT)
        if not any(_same_event(words, other) for other in counted):
            counted.append(words)
            if len(counted) >= enough:
                break
    return len(counted)


def prose_need(stories: int) -> int:
    """How many stories on different events a sentence-like line must be found in, in a batch of `stories`."""
    return min(R.SHARED_MAX_ARTICLES_PROSE, R.SHARED_MIN_ARTICLES_PROSE + stories // R.SHARED_BATCH_STEP)


def _story_counts(keys: array, stories: array, at_least: int, enough: int,
                  events: dict[int, EventWords]) -> dict[int, int]:
    """{key: events} for the keys found in stories on at least `at_least` different events (counted up to
    `enough`, the most any rule asks for).  Keys and story ids live in flat 8-byte arrays, not Python sets: a run
    of 100,000 articles holds tens of millions of shingles."""
    pairs = pl.DataFrame({"key": pl.Series(keys, dtype=pl.UInt64),
                          "story": pl.Series(stories, dtype=pl.UInt64)}).unique()
    often = pairs.group_by("key").agg(pl.len().alias("stories")).filter(pl.col("stories") >= at_least)
    # a line carried by stories on `enough` events shows it among its first few dozen stories
    found = (pairs.join(often.select("key"), on="key", how="semi")
             .group_by("key").agg(pl.col("story").sort().head(R.EVENT_SCAN_STORIES)).sort("key"))
    counts = {key: _event_count(held, events, enough)
              for key, held in zip(found["key"].to_list(), found["story"].to_list())}
    return {key: n for key, n in counts.items() if n >= at_least}


def shared_text(texts: Iterable[tuple[str, bool] | tuple[str, bool, str | None]]) -> SharedText:
    """What the stories of a batch share; `texts` are (raw text, has_title_line) pairs, or triples with the
    headline of a text without a title line (HTML and JSON records carry theirs apart)."""
    headlines: list[str] = []
    docs: list[list[str]] = []
    for text, has_title_line, *given in texts:
        lines = _nonempty_lines(text)
        title = lines.pop(0) if has_title_line and lines else (given[0] if given else None) or ""
        headlines.append(title)  # a headline is never boilerplate; a story's copies repeat it
        docs.append(lines)
    shapes = [[line_shape(line) for line in doc] for doc in docs]
    stories = story_groups(shapes)
    events = _event_index(stories, headlines)
    line_keys, line_stories, shingle_keys_, shingle_stories = array("Q"), array("Q"), array("Q"), array("Q")
    for doc, doc_shapes, story in zip(docs, shapes, stories):
        lines = {_key(shape) for shape in doc_shapes if len(shape.split()) <= R.SHARED_MAX_WORDS}
        lines |= {_key(line_shape(part)) for line in doc if len(line.split()) > R.SHARED_MAX_WORDS
                  for part in sentences(line) if len(part.split()) <= R.SHARED_MAX_WORDS}
        shingles = {k for line in doc if len(line.split()) <= R.SHARED_MAX_WORDS
                    for k in shingle_keys(template_shape(line))}
        line_keys.extend(lines)
        line_stories.extend([story] * len(lines))
        shingle_keys_.extend(shingles)
        shingle_stories.extend([story] * len(shingles))
    need = prose_need(len(events))
    return SharedText(_story_counts(line_keys, line_stories, R.SHARED_RECUR_ARTICLES, need, events),
                      _story_counts(shingle_keys_, shingle_stories, R.SHARED_RECUR_ARTICLES, need, events),
                      _headline_index(h for h in headlines if h), need)

