"""Plain-text article cleaning: boilerplate lines out, metadata lines into fields, body paragraphs kept.

Why line-based and feature-based: the same cleaner runs on .txt files, on trafilatura's body text and on
news-please `maintext`, from sites we have never seen.  Scraper noise is lines (captions, share bars, prompts,
menus); it is short, rarely ends like a sentence, often repeats, and sits at the head or tail of the article.
Real paragraphs are long and end in sentence punctuation.  The rule tables are in `pipeline/rules/boilerplate.py`;
this module applies them in a fixed order and records every removed line with the rule that removed it.

Order of passes (each only looks at lines still kept):
 1. title line and repeats of the headline ("title"); on full pages also the page header above the last
    repeat ("head_cut")
 2. metadata lines        ("byline", "timestamp") -> CleanArticle.byline / published_at
 3. named pattern rules   (LINE_RULES: "read_time", "photo_credit", "share", ...), "separator" lines, text set
                          letter by letter ("letter_spaced"), emoji bars,
                          SEO "keyword_list"s, breadcrumbs ("navigation"), prose only a platform or publisher
                          writes ("stock_phrase"), time stamps in other languages ("timestamp"), market tickers
                          and weather strips ("data_strip"); lines other articles of the batch share
                          ("shared_line", see pipeline/shared_lines.py); bylines without "By" (a name line + an
                          affiliation line)
 4. repeated lines        ("repeated_caption", "duplicate_paragraph"; on full pages "pull_quote")
 5. reader prompts        ("call_to_action", "interface"), lists and table rows flattened onto one line
                          ("glued_list"), the publisher speaking of itself
                          ("publisher_voice"), fundraising and membership appeals ("appeal")
 6. context               ("caption" after a bare caption label, "link_list" items after a box header,
                          "weak_signals" for several weak signs at once, "noise_block" for lines boxed with noise,
                          "email_quote" for the lines an e-mail reply quotes)
 7. head/tail fragments   ("head_fragment", "tail_fragment": menus, kickers, teaser headlines outside the body)
 8. on full pages, runs of short lines around noise outside the body ("fragment_cluster"), long lines in another
    language than the page's ("foreign_language": consent banners in the reader's language), teasers after an
    end-of-article marker ("tail_cut"; see clean_article) and lines of another subject ("off_topic")
 9. furniture glued onto the end of a kept line after its last sentence ("... on Capitol Hill. Photo: Getty
    Images"): cut and logged under the rule that knows it; paragraphs; dateline cut from the first one ("dateline")
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from itertools import combinations, groupby
from typing import TYPE_CHECKING

from wordfreq import zipf_frequency

from pipeline import clean_meta as meta
from pipeline.language import detect_language, line_language
from pipeline.rules import boilerplate as R

if TYPE_CHECKING:
    from pipeline.shared_lines import SharedText


@dataclass(frozen=True)
class Removal:
    """One removed line: where it was in the input, which rule removed it, and its text as it was.

    From a line that was kept only part was cut: for rule "dateline" its dateline prefix, for another rule page
    furniture glued onto its end ("... on Capitol Hill. Photo: Getty Images"); `text` is that part, and a line has
    at most one such removal per rule.
    """

    line_index: int
    rule: str
    text: str


@dataclass(frozen=True)
class CleanArticle:
    title: str | None
    byline: str | None
    published_at: datetime | None  # naive UTC
    dateline: str | None
    outlet: str | None
    clean_text: str  # body paragraphs separated by exactly one blank line
    removals: tuple[Removal, ...]


_LINE_RULES = tuple((name, re.compile(rx, re.IGNORECASE)) for name, rx in R.LINE_RULES)
_LONG_LINE_RULES = tuple((name, re.compile(rx)) for name, rx in R.LONG_LINE_RULES)
# Phrases anchored at the line's start get a regex of their own: in one alternation with the others, each of them
# would be tried at every position of every line (the stock phrases are a quarter cheaper on the BBC corpus apart).
_STOCK_PHRASES = tuple(re.compile("|".join(f"(?:{rx})" for rx in R.STOCK_PHRASES if rx.startswith("^") == anchored),
                                  re.IGNORECASE) for anchored in (True, False))
_PUBLISHER_VOICE = re.compile(R.PUBLISHER_VOICE, re.IGNORECASE)
_SUBTITLE_TIMING = re.compile(R.SUBTITLE_TIMING)
_WS = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+")
_BULLET_MARK = re.compile(rf"^\s*({R.BULLET_MARK})\s+")
_BULLET = re.compile(_BULLET_MARK.pattern + r"\S")
_SENTENCE_BREAK = re.compile(r"[.!?…]([\"'”’)\]]*)\s+(?=\S)")  # group 1: the sentence's closing quotes
_TOKEN = re.compile(r"[\w'’@#&.-]+")


# --- line features ----------------------------------------------------------------------------------------------

def split_lines(text: str) -> list[str]:
    """Input lines after CRLF/CR normalisation; indices into this list are Removal.line_index."""
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def normalise_line(line: str) -> str:
    """The line with runs of (also non-breaking / zero-width) spaces collapsed and the ends stripped."""
    return _WS.sub(" ", line).strip()


def word_count(line: str) -> int:
    return len(line.split())


def ends_sentence(line: str) -> bool:
    """Whether the line ends like a sentence (., !, ?, …, :, ;), ignoring closing quotes and brackets."""
    core = line.rstrip(R.CLOSERS + " ")
    return bool(core) and core[-1] in R.TERMINAL_PUNCT


def is_prose(line: str) -> bool:
    """A line that looks like a real body paragraph: long enough and ending like a sentence."""
    return word_count(line) >= R.PROSE_MIN_WORDS and ends_sentence(line)


def _words(line: str) -> list[str]:
    """Lower-cased words without edge punctuation or a possessive "'s" ("Today's" -> "today")."""
    words = (re.sub(r"['’]s$", "", w.strip(".'’-")).lower() for w in _TOKEN.findall(line))
    return [w for w in words if w]


def content_ui_share(line: str) -> float:
    """Share of the line's content words (stopwords left out) that are interface vocabulary ("Share this",
    "Sign in", "Save for later")."""
    words = [w for w in _words(line) if w not in R.STOPWORDS]
    return sum(w in R.UI_WORDS for w in words) / len(words) if words else 0.0


def cta_cues(line: str) -> int:
    """Number of distinct call-to-action cues in the line ("your", "inbox", "sign up", "supporting", ...)."""
    words = _words(line)
    low = " " + " ".join(words) + " "
    found = {cue for cue in R.CTA_CUES if f" {cue} " in low}
    stems = {stem for stem in R.CTA_STEMS if any(w.startswith(stem) and w not in found for w in words)}
    return len(found) + len(stems)


def opens_as_prompt(line: str) -> bool:
    """Opens with an imperative ("Sign up", "Get") or a short question to the reader ("Got a tip?")."""
    words = _words(line)
    if not words:
        return False
    if words[0] in R.CTA_VERBS or any(words[0].startswith(stem) for stem in R.CTA_STEMS):
        return True
    question, mark, _ = line.partition("?")
    return bool(mark) and word_count(question) <= R.CTA_QUESTION_MAX_WORDS


def titlecase_share(line: str) -> float:
    """Share of alphabetic words that start with a capital: headlines and menu items are high."""
    words = [w for w in line.split() if w[:1].isalpha()]
    return sum(w[0].isupper() for w in words) / len(words) if words else 0.0


def _quoted_or_reported(line: str) -> bool:
    """Body sentences quote people; prompts never do.  Guards the call-to-action rule."""
    return bool(re.search(r"[\"“”«»‘„]|\b(said|says|told|added|according to)\b", line, re.IGNORECASE))


def match_line_rule(line: str) -> str | None:
    """The name of the first rule the line matches, or None.  Long lines match only LONG_LINE_RULES."""
    rules = _LINE_RULES + _LONG_LINE_RULES if word_count(line) <= R.MAX_PATTERN_WORDS else _LONG_LINE_RULES
    for name, rx in rules:
        if rx.search(line):
            return name
    return None


#: A word or two in quotation marks: a term, a title or a button's label, not someone's words.
_SHORT_QUOTE = re.compile(r"[\"“„«]\s*[^\"“”„«»\s]+(?:\s+[^\"“”„«»\s]+)?\s*[\"”»]")


def _unquoted(line: str, max_words: int, *, own_voice: bool = False) -> bool:
    """The guard of the prose rules: a line of at most `max_words` that quotes nobody and, with `own_voice`, is not
    in the first person singular (an author's own voice, as in a blog post's "In this article I share ...", is body
    text, not the outlet's).  A word or two in quotation marks quote no one ("words such as "expect" and "plan"
    identify forward-looking statements", "tap "Follow""); elsewhere they still mark a reported line."""
    return (word_count(line) <= max_words and not _quoted_or_reported(_SHORT_QUOTE.sub(" ", line))
            and not (own_voice and R.FIRST_PERSON_SINGULAR.search(line)))


def is_stock_phrase(line: str) -> bool:
    """A sentence only a platform or publisher writes (R.STOCK_PHRASES), on a line that quotes nobody."""
    return _unquoted(line, R.STOCK_MAX_WORDS) and any(rx.search(line) for rx in _STOCK_PHRASES)


def is_publisher_voice(line: str) -> bool:
    """The publisher speaking of the page or to its reader (R.PUBLISHER_VOICE), in its own voice."""
    return _unquoted(line, R.PUBLISHER_VOICE_MAX_WORDS, own_voice=True) and bool(_PUBLISHER_VOICE.search(line))


def is_appeal(line: str) -> bool:
    """A fundraising or membership appeal in prose: appeal words in the outlet's or the reader's voice, or with a
    subscription price; never a line that quotes someone or is in the first person singular."""
    if not _unquoted(line, R.APPEAL_MAX_WORDS, own_voice=True):
        return False
    words = set(_words(line))
    if not words & R.APPEAL_CORE_WORDS:
        return False
    cues = len(words & (R.APPEAL_WORDS | R.APPEAL_CORE_WORDS))
    voiced = bool(R.PUBLISHER_WE.search(line) or R.READER_YOU.search(line))
    priced = bool(R.SUBSCRIPTION_PRICE.search(line))
    return (cues >= R.APPEAL_MIN_CUES and voiced) or priced


def is_data_strip(line: str) -> bool:
    """A market ticker or weather strip (R.TICKER_ITEM, a temperature on a short unpunctuated line), a row of
    figures without a word (R.FIGURES_ROW_MIN), or a strip of amounts in any layout (R.AMOUNTS_MIN)."""
    if _amounts_strip(line):
        return True
    if word_count(line) > R.STRIP_MAX_WORDS:
        return False
    figures = sum(any(c.isdigit() for c in token) for token in line.split())
    if figures >= R.FIGURES_ROW_MIN and not any(c.isalpha() for c in line):
        return True
    items = [item.strip() for item in R.STRIP_SEPARATORS.split(line) if item.strip()]
    if len(items) > 2 and R.TICKER_LABEL.match(items[0]) and word_count(items[0]) <= 3:
        items = items[1:]
    if items and all(R.TICKER_ITEM.match(item)
                     and (R.TICKER_SIGNED if ":" in item else R.TICKER_CHANGE).search(item) for item in items):
        return True
    return "°" in line and word_count(line) <= R.WEATHER_MAX_WORDS and not ends_sentence(line)


def _amounts_strip(line: str) -> bool:
    """R.AMOUNTS_MIN amounts (prices, signed changes, percentages) or more, and no more grammar words than amounts:
    a list of figures, not a sentence that gives them ("Shares rose 5%, 6% and 7% on three days.", "Tickets:
    adults £12, children £6, families £30.")."""
    tokens = line.split()
    amounts = sum(bool(R.AMOUNT_TOKEN.match(token)) for token in tokens)
    grammar = sum(token.lower().strip(",.;:") in R.AMOUNT_GRAMMAR_WORDS for token in tokens)
    return amounts >= R.AMOUNTS_MIN and grammar <= amounts and not ends_sentence(line)


def _ticks(tokens: list[str]) -> list[float] | None:
    """The values of a chart axis's tick labels, or None when a token is not one."""
    if not tokens or not all(R.AXIS_TICK.fullmatch(t) for t in tokens):
        return None
    return [float(re.sub(r"[^\d.\-]", "", t.replace(",", "")) or 0) for t in tokens]


def _evenly_spaced(values: list[float]) -> bool:
    steps = {round(b - a, 6) for a, b in zip(values, values[1:])}
    return len(values) >= R.AXIS_MIN_TICKS and len(steps) == 1 and 0 not in steps


def is_chart_axis(line: str) -> bool:
    """A chart's axis on one line: evenly spaced numbers and at most a unit ("0 50 100 150", "0 5 10 km").  Prose,
    a table row and a score line never step evenly through three numbers with nothing else on the line."""
    tokens = line.split()
    if tokens and R.AXIS_UNIT.fullmatch(tokens[-1]):
        tokens = tokens[:-1]
    values = _ticks(tokens)
    return values is not None and _evenly_spaced(values)


def _tick(line: str) -> float | None:
    """The value of a line that is one tick label alone ("2014", "£300"), or None."""
    values = _ticks([line]) if " " not in line else None
    return values[0] if values else None


def _remove_run(run: list[int], removed: dict[int, str], rule: str, min_lines: int) -> None:
    """Lines that show what they are only together (an axis's ticks, a quiz's options) go when there are at least
    `min_lines` of them; `run` is emptied for the next one."""
    if len(run) >= min_lines:
        for k in run:
            removed.setdefault(k, rule)
    run.clear()


def _mark_axis_runs(lines: list[str], removed: dict[int, str]) -> None:
    """A chart's axis laid out one tick to a line ("2012", "2014", "2016"): AXIS_MIN_TICKS lines or more in a row
    (blank lines between them allowed), each a single number, rising or falling throughout; where the direction
    turns ("£300" ... "£0", then "2008" ... "2014") the next axis begins."""
    run: list[int] = []
    values: dict[int, float] = {}
    for i, line in enumerate(lines):
        if not line:
            continue
        value = _tick(line)
        if value is None:
            _remove_run(run, removed, "chart_axis", R.AXIS_MIN_TICKS)
            continue
        before = [values[k] for k in run[-2:]]
        if len(before) == 2 and (before[1] - before[0]) * (value - before[1]) <= 0:
            _remove_run(run, removed, "chart_axis", R.AXIS_MIN_TICKS)
        elif before == [value]:
            run.clear()
        values[i] = value
        run.append(i)
    _remove_run(run, removed, "chart_axis", R.AXIS_MIN_TICKS)


def _mark_quiz_options(lines: list[str], removed: dict[int, str]) -> None:
    """A quiz's options: short lines lettered A, B, C ... in order, QUIZ_MIN_OPTIONS or more in a row (blank lines
    between them allowed).  A story's lettered list ("(a) the council must ...") has clauses, not a few words."""
    run: list[int] = []
    for i, line in enumerate(lines):
        if not line:
            continue
        m = R.QUIZ_OPTION.match(line)
        if not m or word_count(m.group(2)) > R.QUIZ_OPTION_MAX_WORDS:
            _remove_run(run, removed, "quiz", R.QUIZ_MIN_OPTIONS)
            continue
        letter = ord(m.group(1).lower()) - ord("a")
        if letter != len(run):
            _remove_run(run, removed, "quiz", R.QUIZ_MIN_OPTIONS)
            if letter:
                continue
        run.append(i)
    _remove_run(run, removed, "quiz", R.QUIZ_MIN_OPTIONS)


def pattern_rule(line: str) -> str | None:
    """The rule of pass 3 that a line matches by its own words: a separator, an emoji bar, a keyword list, a named
    pattern (LINE_RULES), a breadcrumb trail, a stock phrase, a foreign date, a chart axis or a data strip."""
    if is_symbol_only(line):
        return "separator"
    if is_letter_spaced(line):
        return "letter_spaced"
    if is_emoji_bar(line) or is_pictograph_label(line):
        return "interface"
    if is_keyword_stuffing(line):
        return "keyword_list"
    return (match_line_rule(line) or ("navigation" if is_crumbs(line) else None)
            or ("stock_phrase" if is_stock_phrase(line) else None)
            or ("timestamp" if R.FOREIGN_DATE.search(line) else None)
            or ("chart_axis" if is_chart_axis(line) else None)
            or ("data_strip" if is_data_strip(line) else None))


def prompt_rule(line: str) -> str | None:
    """The rule of pass 5 that a line matches by its own words: a reader prompt, an interface string, a list
    flattened onto one line (after the interface, whose short tool bars have the same shape), the publisher speaking
    of itself, an appeal."""
    if is_call_to_action(line):
        return "call_to_action"
    if is_interface(line):
        return "interface"
    if is_tool_bar(line, R.GLUED_LIST_MIN_ITEMS, R.GLUED_LIST_ITEM_MAX_WORDS, R.GLUED_LIST_SEPARATORS):
        return "glued_list"
    if is_publisher_voice(line):
        return "publisher_voice"
    if is_appeal(line):
        return "appeal"
    return None


def split_glued_tail(line: str, full_page: bool = True) -> tuple[str, str, str] | None:
    """A body sentence with page furniture glued onto its end, as flattened inline elements leave it ("... on
    Capitol Hill. Photo: Getty Images", "... by a third. Advertisement"): (head, tail, rule) when the
    text after the line's last sentence end is at most GLUED_TAIL_MAX_WORDS words that a rule removes on their own
    (not a lone closing quote or symbol, not a copyright line, not a quote), and what comes before is a sentence of
    GLUED_HEAD_MIN_WORDS or more.  A copyright notice glued on makes the line a footer, which the passes judge whole.
    `full_page` as in clean_article: an extracted body keeps what PAGE_ONLY_RULES match, glued on or not."""
    ends = list(_SENTENCE_BREAK.finditer(line))
    if not ends:
        return None
    head, tail = line[:ends[-1].end(1)], line[ends[-1].end():]
    if (word_count(tail) > R.GLUED_TAIL_MAX_WORDS or word_count(head) < R.GLUED_HEAD_MIN_WORDS
            or tail[0] in R.OPENING_QUOTES):
        return None
    found = read_metadata_line(tail)
    rule = (found.rule if found else None) or pattern_rule(tail) or prompt_rule(tail)
    if rule in R.GLUED_TAIL_NOT or (rule in R.PAGE_ONLY_RULES and not full_page):
        return None
    return (head, tail, rule) if rule else None


def _cut_glued_tails(lines: list[str], removed: dict[int, str], wrapped: set[int],
                     full_page: bool) -> list[Removal]:
    """Cut furniture glued onto the end of kept lines (see `split_glued_tail`), in place, and return the cuts: one
    removal per line and rule, its fragments in reading order.  Last of the passes, so that no page-level judgement
    (where the header ends, which line closes the article, what the story is about) changes with it; never from
    hard-wrapped wire copy (`wrapped`), where a line's last words run on into the next line."""
    cuts: list[Removal] = []
    for i in _kept(lines, removed):
        if i in wrapped:
            continue
        tails: list[tuple[str, str]] = []
        while found := split_glued_tail(lines[i], full_page):
            lines[i], tail, rule = found
            tails.insert(0, (rule, tail))
        cuts += [Removal(i, rule, " ".join(t for r, t in tails if r == rule))
                 for rule in dict.fromkeys(r for r, _ in tails)]
    return cuts


def is_call_to_action(line: str) -> bool:
    """A prompt addressed to the reader: opens with an imperative (or is dense with cues) and carries CTA cues."""
    n = word_count(line)
    if n == 0 or n > R.CTA_MAX_WORDS or _quoted_or_reported(line):
        return False
    cues = cta_cues(line)
    opener = opens_as_prompt(line)
    addressed = any(w in R.READER_WORDS for w in _words(line))
    return ((opener and cues >= R.CTA_MIN_CUES)
            or (opener and cues >= 1 and addressed and n <= R.CTA_SHORT_WORDS)
            or (cues + addressed >= R.CTA_MIN_CUES + 1 and n <= R.CTA_DENSE_WORDS))


def is_crumbs(line: str) -> bool:
    """Navigation crumbs: short Title-Case segments joined by », /, >, | ("You are here: Home » World")."""
    if ends_sentence(line) or word_count(line) > R.SHORT_WORDS:
        return False
    parts = [p for p in R.CRUMB_SEPARATORS.split(R.CRUMB_LABEL.sub("", line)) if p.strip()]
    return len(parts) >= 2 and all(
        word_count(p) <= R.CRUMB_MAX_SEGMENT_WORDS and titlecase_share(p) >= 0.5 for p in parts
    )


def is_interface(line: str) -> bool:
    """Short unpunctuated text made mostly of interface words ("Facebook Twitter Email", "Loading..."), or a bar
    of separator-split items most of which open with one ("Print | Email | Font size: A A A")."""
    if is_tool_bar(line, R.LONG_BAR_MIN_ITEMS, R.LONG_BAR_ITEM_MAX_WORDS):
        return True
    if word_count(line) > R.SHORT_WORDS or ends_sentence(re.sub(r"(\.\.\.|…|!)+$", "", line)):
        return False
    if content_ui_share(line) >= R.UI_SHARE:
        return True
    items = [w for w in (_words(p) for p in R.BAR_SEPARATORS.split(line)) if w]
    return len(items) >= 2 and sum(w[0] in R.UI_WORDS for w in items) * 2 >= len(items) + 1 or is_tool_bar(line)


def is_tool_bar(line: str, min_items: int = R.BAR_MIN_ITEMS, max_words: int = R.BAR_ITEM_MAX_WORDS,
                separators: re.Pattern[str] = R.BAR_SEPARATORS) -> bool:
    """Three or more one- or two-word items split by " | ", " · " or " • ", none a sentence: a tool or share bar
    in any language ("Artikel teilen · Merken · Drucken"), whose words no interface list knows."""
    items = [p.strip() for p in separators.split(line)]
    return len(items) >= min_items and all(0 < word_count(p) <= max_words and not ends_sentence(p) for p in items)


def is_link_only(line: str) -> bool:
    """A line made only of addresses ("pic.twitter.com/x7Ab9", "@handle"): an embed's or widget's leftovers."""
    tokens = line.split()
    return bool(tokens) and all(R.LINK_TOKEN.fullmatch(t) for t in tokens)


def is_fragment(line: str) -> bool:
    """Outside the body, an unpunctuated menu item, label or Title-Case teaser headline."""
    if ends_sentence(line):
        return False
    n = word_count(line)
    return n <= R.FRAGMENT_MAX_WORDS or (n <= R.FRAGMENT_MAX_TITLE_WORDS
                                         and titlecase_share(line) >= R.FRAGMENT_TITLECASE_SHARE)


def is_kicker(line: str) -> bool:
    """A section kicker or story label: "WORLD", "FAST FACTS", "Analysis" (no digits: "2000 GMT" is a kick-off)."""
    words = _words(line)
    if not words or any(c.isdigit() for c in line) or ends_sentence(line):
        return False
    if len(words) == 1 and words[0] in R.LABEL_WORDS:
        return True
    return word_count(line) <= R.KICKER_MAX_WORDS and line.isupper()


_COUNT = re.compile(r"\d[\d.,]*[KkMm]\b")


def is_emoji_bar(line: str) -> bool:
    """Reaction and rating bars ("👍 12  😮 3", however many reactions): no letters, some pictographic symbols
    (numbers alone are data)."""
    counts = _COUNT.sub("", line)  # "29.9K" is a number
    return not any(c.isalpha() for c in counts) and any(unicodedata.category(c) == "So" for c in counts)


def _figures(line: str) -> int:
    """Number of tokens with a digit in them."""
    return sum(any(c.isdigit() for c in token) for token in line.split())


def is_numeric_stub(line: str) -> bool:
    """A few tokens, mostly numbers, no stopword and no sentence end ("9:41 am", "12.5K views", "38 min · Episode
    12"): counters and clocks of widgets.  Not list items ("3. Stay hydrated")."""
    tokens = line.split()
    if not tokens or len(tokens) > R.NUMERIC_STUB_MAX_WORDS or ends_sentence(line) or _BULLET.match(line):
        return False
    if any(w in R.STOPWORDS for w in _words(line)):
        return False
    digits = _figures(line)
    return digits >= 1 and 3 * digits >= len(tokens) and any(t.isalpha() and t.islower() for t in tokens)


def is_pictograph_label(line: str) -> bool:
    """A short unpunctuated label opened by a pictograph ("▶ Play episode", "💬 12 comments", "🔥 Trending"):
    widgets decorate their labels; body text does not open with emoji.  A word must follow (not a bare link)."""
    if not line or ord(line[0]) < R.PICTOGRAPH_MIN_CODEPOINT or unicodedata.category(line[0]) != "So":
        return False
    if word_count(line) > R.SHORT_FRAGMENT_WORDS or ends_sentence(line):
        return False
    return any(t.isalpha() for t in line.split()[1:])


def script_of(char: str) -> str:
    """The script of a letter, from its Unicode name ("LATIN", "CYRILLIC", "CJK", "HIRAGANA", ...)."""
    return unicodedata.name(char, "UNKNOWN").split()[0]


def main_script(lines: list[str]) -> str | None:
    """The script most letters of these lines are written in, or None without letters."""
    counts = Counter(script_of(c) for line in lines for c in line if c.isalpha())
    return counts.most_common(1)[0][0] if counts else None


def in_foreign_script(line: str, script: str | None) -> bool:
    """A short non-prose line written (almost) wholly in another, non-Latin script than the body's.  Latin lines
    never count: every page carries Latin brand names, code and handles, whatever its own script."""
    letters = [c for c in line if c.isalpha()]
    if not letters or script is None or word_count(line) > R.SHORT_WORDS or is_prose(line):
        return False
    return sum(script_of(c) not in (script, "LATIN") for c in letters) >= R.FOREIGN_SCRIPT_SHARE * len(letters)


def is_keyword_stuffing(line: str) -> bool:
    """An SEO keyword list: the same phrase over and over ("emi shares hit latest, emi shares hit today, emi shares
    hit news"); a list of short phrases hardly ever repeats a two-word phrase KEYWORD_REPEATS times otherwise."""
    items = [item for item in line.split(",") if item.strip()]
    if (ends_sentence(line) or len(items) < R.KEYWORD_MIN_ITEMS
            or word_count(line) > R.KEYWORD_ITEM_MAX_WORDS * len(items)):
        return False  # prose with commas, not a list of short phrases
    if sum(any(c.isdigit() for c in item) for item in items) * 2 > len(items):
        return False  # figures by place or period: "2.10 mln in Spain, 0.95 mln in Greece"
    words = [w.strip(".:;!?\"'()") for w in line.split()]
    bigrams = Counter((a, b) for a, b in zip(words, words[1:]) if a.isalpha() and b.isalpha() and (a + b).islower())
    return bool(bigrams) and bigrams.most_common(1)[0][1] >= R.KEYWORD_REPEATS


def is_letter_spaced(line: str) -> bool:
    """Text set one character at a time (R.LETTER_SPACED_SHARE): a masthead or an address, never a sentence."""
    tokens = line.split()
    if R.SPACED_ADDRESS.match(line):
        return True
    return (len(tokens) >= R.LETTER_SPACED_MIN_TOKENS
            and sum(len(t) == 1 for t in tokens) >= R.LETTER_SPACED_SHARE * len(tokens))


def is_symbol_only(line: str) -> bool:
    """Separators such as "***", "—", "• • •": no letters or digits at all."""
    return bool(line) and not any(c.isalnum() for c in line)


# --- metadata lines ---------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Meta:
    rule: str
    byline: str | None
    timestamp: meta.Timestamp | None
    outlet: str | None = None


def read_metadata_line(line: str) -> _Meta | None:
    """A byline and/or timestamp line, possibly with separators, outlet names and a read time; else None."""
    if word_count(line) > 25 or is_prose(line) and not meta.parse_timestamp(line):
        return None
    whole = meta.parse_timestamp(line)
    if whole is not None:
        return _Meta("timestamp", None, whole)
    byline: str | None = None
    stamp: meta.Timestamp | None = None
    outlet: str | None = None
    for part in meta.split_meta_parts(line):
        b = meta.parse_byline(part)
        if b and byline is None:
            byline, outlet = meta.split_byline_outlet(b, part)
            when = meta.parse_datetime(part)  # "By Jane Doe, March 4, 2024"
            if when and stamp is None:
                stamp = meta.Timestamp("published", when)
            continue
        outlet = outlet or meta.known_outlet(part)
        t = meta.parse_timestamp(part)
        if t and stamp is None:
            stamp = t
            continue
        if match_line_rule(part) in ("read_time", "social_handle", "share"):
            continue
        if word_count(part) <= 6 and titlecase_share(part) >= 0.6 and not ends_sentence(part.rstrip(".")):
            continue  # an outlet or place name next to the byline: "Reuters", "New Delhi"
        return None
    if byline is None and stamp is None:
        return None
    return _Meta("byline" if byline else "timestamp", byline, stamp, outlet)


def is_name_line(line: str) -> bool:
    """A line that is only a person's name: 2-4 name-shaped words ("Sofia Hernandez", "Tom O'Neill")."""
    words = line.split()
    low, high = R.NAME_LINE_WORDS
    return low <= len(words) <= high and all(R.NAME_WORD.fullmatch(w) for w in words)


def is_affiliation_line(line: str) -> bool:
    """A short Title-Case line naming an employer or role ("BBC News, London", "Senior Reporter"): no dates."""
    words = _words(line)
    if not words or word_count(line) > R.AFFILIATION_MAX_WORDS or any(c.isdigit() for c in line):
        return False
    if any(w in R.WEEKDAYS or w in R.MONTHS for w in words) or titlecase_share(line) < 0.6:
        return False
    return "," in line or any(w in R.ROLE_WORDS for w in words)


def _mark_name_bylines(lines: list[str], removed: dict[int, str]) -> str | None:
    """Bylines without "By" above the body: a name line followed by an affiliation line.  Both go ("byline");
    the first name is returned.  An affiliation line alone above the body that names a role goes too."""
    kept = _kept(lines, removed)
    first_prose = next((i for i in kept if is_prose(lines[i])), len(lines))
    head = [i for i in kept if i < first_prose]
    names = []
    for a, b in zip(head, head[1:]):
        if a not in removed and is_name_line(lines[a]) and is_affiliation_line(lines[b]):
            removed[a] = removed[b] = "byline"
            names.append(lines[a])
    for i in head:  # an affiliation alone above the body, a place and a role: "Dayton, Ohio — Staff Writer"
        line = lines[i]
        if (i not in removed and is_affiliation_line(line) and "," in line
                and any(w in R.ROLE_WORDS for w in _words(line))):
            removed[i] = "byline"
    return names[0] if names else None


# --- passes -----------------------------------------------------------------------------------------------------

def _kept(lines: list[str], removed: dict[int, str]) -> list[int]:
    return [i for i, line in enumerate(lines) if line and i not in removed]


def is_title_echo(line: str, title: str) -> bool:
    """Whether `line` repeats the headline: the same text, or the headline without a " - Site Name" suffix."""
    a, b = line.lower(), title.lower()
    if a == b:
        return True
    return word_count(line) >= R.TITLE_ECHO_MIN_WORDS and b.startswith(a) and len(a) >= R.TITLE_ECHO_SHARE * len(b)


def _mark_title_echoes(lines: list[str], removed: dict[int, str], title: str, *, cut_header: bool) -> None:
    """Repeats of the headline go ("title").  On a full-page scrape the last repeat is the article's own heading,
    so the page header before it (menus, breaking-news bars) goes too ("head_cut") -- but only when at least
    HEAD_CUT_KEEP_PROSE of the prose words lie after it, so a body is never cut."""
    echoes = [i for i, line in enumerate(lines) if line and i not in removed and is_title_echo(line, title)]
    for i in echoes:
        removed[i] = "title"
    if not cut_header:
        return
    after = _suffix_sums([word_count(line) if line and is_prose(line) else 0 for line in lines])
    for echo in reversed(echoes):
        if after[0] and after[echo + 1] >= R.HEAD_CUT_KEEP_PROSE * after[0]:
            for i in range(echo):
                if lines[i] and i not in removed:
                    removed[i] = "head_cut"
            return


def _suffix_sums(values: list[int]) -> list[int]:
    """out[i] = sum(values[i:]), with out[len(values)] = 0: "how much lies after" in O(1) per question."""
    out = [0] * (len(values) + 1)
    for i in range(len(values) - 1, -1, -1):
        out[i] = out[i + 1] + values[i]
    return out


def _shared_hits(lines: list[str], removed: dict[int, str], shared: SharedText, title: str | None,
                 wrapped: set[int]) -> set[int]:
    """Kept lines the batch's other stories share (see pipeline/shared_lines.py), minus what is body by its form:
    a line that reports speech on its article's subject (outlets covering one event quote the same words: "...,
    Trump tweeted"; a specific word of the quote is elsewhere in the article, see `_on_subject`), a line of
    hard-wrapped text (a fragment of a sentence wrapped across lines: "said.", "In a filing with the Securities
    and Exchange Commission,", or any long line that runs on unpunctuated into the next).
    When the shared lines would take more than SHARED_MAX_ARTICLE_SHARE of the article's words, none go: the
    article itself is made from a template (an earnings table, a results service), and its lines are its body --
    unless what is left holds SHARED_MIN_REST_PROSE_WORDS words of prose: then the article is a real body under a
    heavy load of boxes, and a template's note or two does not come near that.
    `wrapped`: the lines of hard-wrapped text (`wire_wrapped`)."""
    kept = _kept(lines, removed)
    hits = {i for i in kept if i not in wrapped and shared.covers(lines[i], title)}
    told = content_words(title or "").union(*(content_words(lines[i]) for i in kept if i not in hits))
    hits = {i for i in hits if not (_reports_speech(lines[i]) and _on_subject(content_words(lines[i]) & told))}
    total = sum(word_count(lines[i]) for i in kept)
    rest_prose = sum(word_count(lines[i]) for i in kept if i not in hits and i not in wrapped and is_prose(lines[i]))
    if (sum(word_count(lines[i]) for i in hits) > R.SHARED_MAX_ARTICLE_SHARE * total
            and rest_prose < R.SHARED_MIN_REST_PROSE_WORDS):
        return set()
    return hits


def wire_wrapped(lines: list[str]) -> set[int]:
    """Lines of hard-wrapped text, counting long unpunctuated run-ons only when the whole text is fixed-width."""
    return wrapped_lines(lines, long_run_ons=is_fixed_width(lines))


def is_fixed_width(lines: list[str]) -> bool:
    """Whether the whole text is wrapped at a fixed width (wire copy, e-mail, old archives): no line is longer
    than WRAP_MAX_CHARS, yet several come close.  There any long unpunctuated line is most likely mid-sentence;
    in text with a paragraph per line it is more likely a label or a prompt glued to the next line."""
    lengths = [len(line) for line in lines]
    return (bool(lengths) and max(lengths) <= R.WRAP_MAX_CHARS
            and sum(n >= R.RUN_ON_LONG_CHARS for n in lengths) >= R.WRAP_MIN_LONG_LINES)


def is_data_row(line: str) -> bool:
    """A table row: a few labels and at least DATA_ROW_MIN_FIGURES figures ("NORTH 2.40 2.65 2.512", "Net 8.20
    billion yen vs 7.95 billion").  Noise does not spread from a box into a table it touches."""
    figures = _figures(line)
    return figures >= R.DATA_ROW_MIN_FIGURES and 2 * figures >= word_count(line) - 2


def _on_subject(shared: set[str]) -> bool:
    """Whether the content words a line shares with the rest of its article (`shared`) put it on the article's
    subject: one of them is specific (rarer than OFF_TOPIC_MAX_ZIPF: "missile", "airline", a name)."""
    return any(zipf(w) < R.OFF_TOPIC_MAX_ZIPF for w in shared)


def _reports_speech(line: str) -> bool:
    """Quoted words and a verb of saying: "“Caught red handed,” Mr Trump wrote." (outlets quote the same words)."""
    return bool(re.search(r"[\"“”«»‘’']", line)) and bool(R.REPORTED_SPEECH.search(line))


def wrapped_lines(lines: list[str], *, long_run_ons: bool = False) -> set[int]:
    """Lines of hard-wrapped text (one sentence or paragraph broken over several lines, as in wire copy): the lines
    of a block of three or more that `_hard_wrapped` accepts (two lines may be a quote and its "— Name"), and any
    line that runs on into the next one, with that next one."""
    blocks: list[list[int]] = [[]]
    for i, line in enumerate(lines):
        if line:
            blocks[-1].append(i)
        elif blocks[-1]:
            blocks.append([])
    wrapped = {i for block in blocks if len(block) >= 3 and _hard_wrapped([lines[j] for j in block]) for i in block}
    for i in range(len(lines) - 1):
        if _runs_on(lines[i], lines[i + 1]) or (long_run_ons and _runs_on_long(lines[i], lines[i + 1])):
            wrapped.update((i, i + 1))
    return wrapped


def _runs_on_long(line: str, following: str) -> bool:
    """A long unpunctuated line with text right below it: most likely wire copy wrapped at a fixed width.  Only a
    guard against spreading noise through such text (a glued noise label may look the same)."""
    return bool(following) and len(line) >= R.RUN_ON_LONG_CHARS and not ends_sentence(line)


def _runs_on(line: str, following: str) -> bool:
    """Whether a line is cut mid-sentence and goes on in the line right below it (no blank line between):
    "In a filing with the Securities and Exchange Commission," + "the company said ..."."""
    if len(line) < R.RUN_ON_MIN_CHARS or not following or ends_sentence(line):
        return False  # short lines are list items or labels, and a table's rows may follow its header
    return following[0].islower() or line.endswith(",")


def _mark_repeats(lines: list[str], removed: dict[int, str]) -> None:
    """Doubled captions: a short line repeated on the next kept line loses every copy.  A long paragraph repeated
    anywhere keeps its first copy.  Short distant repeats stay (a fixture list may repeat "Winners meet in final")."""
    kept = [i for i in _kept(lines, removed) if word_count(lines[i]) >= 2]
    for a, b in zip(kept, kept[1:]):
        if lines[a].lower() == lines[b].lower() and word_count(lines[a]) <= R.REPEATED_MAX_WORDS:
            removed[a] = removed[b] = "repeated_caption"
    seen: set[str] = set()
    for i in _kept(lines, removed):
        key = lines[i].lower()
        if word_count(lines[i]) > R.REPEATED_MAX_WORDS and key in seen:
            removed[i] = "duplicate_paragraph"
        seen.add(key)


def _mark_pull_quotes(lines: list[str], removed: dict[int, str]) -> None:
    """A pull quote repeats words of the body as a line of its own, often in quotes and with a "— Name" after it:
    a line whose words (PULL_QUOTE_MIN_WORDS or more) all stand, in order, inside a longer kept line goes.
    Full pages only: an extractor's body keeps the pull quotes its page set in the text, and gold bodies (as in
    scrapinghub-aeb) count them as text."""
    kept = _kept(lines, removed)
    flat = {i: " " + " ".join(_words(lines[i])) + " " for i in kept}
    for i in kept:
        core = R.PULL_QUOTE_ATTRIBUTION.sub("", lines[i])
        words = _words(core)
        if not R.PULL_QUOTE_MIN_WORDS <= len(words) <= R.PULL_QUOTE_MAX_WORDS:
            continue
        needle = " " + " ".join(words) + " "
        if any(j != i and j not in removed and len(flat[j]) > len(needle) and needle in flat[j] for j in kept):
            removed[i] = "pull_quote"


def _mark_captions(lines: list[str], removed: dict[int, str]) -> None:
    """The line after a bare caption label ("Image caption,") is the caption itself."""
    for i in sorted(removed):
        if R.CAPTION_LABEL.match(lines[i]):
            nxt = next((j for j in range(i + 1, len(lines)) if lines[j]), None)
            if nxt is not None and nxt not in removed and word_count(lines[nxt]) <= R.CAPTION_MAX_WORDS:
                removed[nxt] = "caption"


def _mark_subtitle_cues(lines: list[str], removed: dict[int, str]) -> None:
    """The short lines after a subtitle cue's timing, up to a blank line, are that cue's text: a subtitle file pasted
    as text breaks its sentences over cues, so they would otherwise be kept as a wrapped sentence."""
    for i in sorted(removed):
        if removed[i] == "broadcast_residue" and _SUBTITLE_TIMING.search(lines[i]):
            for j in range(i + 1, min(i + 1 + R.SUBTITLE_CUE_MAX_LINES, len(lines))):
                if not lines[j] or j in removed or word_count(lines[j]) > R.SUBTITLE_CUE_MAX_WORDS:
                    break
                removed[j] = "broadcast_residue"


def _mark_auto_captions(lines: list[str], removed: dict[int, str]) -> None:
    """A run of short lower-case lines without punctuation is an automatic caption track: speech recognition writes
    neither capitals nor stops, and breaks its text into caption-sized lines, so each line alone looks like a
    fragment of a wrapped sentence.  Lines already removed for this shape (an "um" in them) still count to the run."""
    for shaped, group in groupby(range(len(lines)), key=lambda k: bool(R.AUTO_CAPTION_LINE.match(lines[k]))):
        run = list(group)
        if shaped and sum(word_count(lines[k]) for k in run) >= R.AUTO_CAPTION_MIN_WORDS:
            _remove_run(run, removed, "broadcast_residue", R.AUTO_CAPTION_MIN_LINES)


def _mark_narrow_columns(lines: list[str], removed: dict[int, str]) -> None:
    """Another page's column, wrapped at its narrow width, inside a text with a paragraph to a line (R.COLUMN_*):
    the other article's sentences run on from line to line, which a story's own list, verse or table does not do
    line after line, and it shares fewer than COLUMN_KEEP_SHARED specific words with the story, where a story's
    own sentence broken into lines would share more.  Lines of the run already removed for another reason still
    count to it."""
    if sum(len(line) >= R.COLUMN_TEXT_LONG_CHARS for line in lines) < R.COLUMN_TEXT_LONG_LINES:
        return
    run: list[int] = []
    for i in [*range(len(lines)), None]:
        line = lines[i].strip() if i is not None else None
        if line == "":
            continue
        fits = line is not None and len(line) <= R.COLUMN_MAX_CHARS and "://" not in line
        if fits and len(line) >= R.COLUMN_MIN_CHARS:
            run.append(i)
            continue
        if fits and run and _break_mid_sentence(lines[run[-1]].strip(), line):
            run.append(i)  # the paragraph's short last line
        if (len(run) < R.COLUMN_MIN_LINES or not _wrapped_column([lines[k].strip() for k in run])
                or _shares_story(lines, removed, run)):
            run.clear()  # a list, a table, or the story's own words broken into lines
        _remove_run(run, removed, "narrow_column", R.COLUMN_MIN_LINES)


def _shares_story(lines: list[str], removed: dict[int, str], run: list[int]) -> bool:
    """Whether the lines of `run` share COLUMN_KEEP_SHARED specific words (Zipf < OFF_TOPIC_MAX_ZIPF) with the kept
    lines outside it."""
    story = {w for k in _kept(lines, removed) if k not in run for w in content_words(lines[k])}
    shared = {w for k in run for w in content_words(lines[k]) if w in story and zipf(w) < R.OFF_TOPIC_MAX_ZIPF}
    return len(shared) >= R.COLUMN_KEEP_SHARED


def _wrapped_column(texts: list[str]) -> bool:
    """Lines of one text wrapped at a narrow width: most break mid-sentence (`_break_mid_sentence`, at least
    R.COLUMN_MIN_BREAKS times), not only on commas (a list's items), most go on in lower case (verse capitalises
    its lines), and all but the last fill the width (R.COLUMN_WIDTH_SPREAD; a list's items vary)."""
    if len(texts) < 2:
        return False
    breaks = [_break_mid_sentence(a, b) for a, b in zip(texts, texts[1:])]
    widths = [len(t) for t in texts[:-1]]
    onward = sum(map(bool, breaks))
    lower = sum(t[:1].islower() for t in texts[1:])  # wrapped prose goes on in lower case; verse capitalises
    return (onward >= R.COLUMN_MIN_BREAKS and 2 * onward >= len(breaks) and not set(breaks) - {""} <= {","}
            and 2 * lower >= len(texts) - 1
            and max(widths) - min(widths) <= R.COLUMN_WIDTH_SPREAD * max(widths))


def _break_mid_sentence(line: str, following: str) -> str:
    """How a wrapped line stops mid-sentence: on a hyphen that splits a word ("complain-"), on a comma, on a
    word that cannot end a sentence ("for the"), or on a word before one in lower case; "" when it does not."""
    if not line or ends_sentence(line):
        return ""
    if re.search(r"[^\W\d_]-$", line):
        return "-"
    if line.endswith(","):
        return ","
    if line.split()[-1] in R.STOPWORDS or (line[-1].isalnum() and following[:1].islower()):
        return "word"
    return ""


def _nearest_lines(lines: list[str]) -> tuple[list[int | None], list[int | None]]:
    """For each line, the index of the nearest non-empty line above it and below it (None at the edges)."""
    n = len(lines)
    before: list[int | None] = [None] * n
    after: list[int | None] = [None] * n
    last = None
    for i in range(n):
        before[i] = last
        last = i if lines[i] else last
    last = None
    for i in range(n - 1, -1, -1):
        after[i] = last
        last = i if lines[i] else last
    return before, after


def _in_noise_box(lines: list[str], removed: dict[int, str], i: int, before: list[int | None],
                  after: list[int | None]) -> bool:
    """Whether line `i` sits in a box of removed lines: one touches it (no blank line between), or the nearest
    lines above and below it (`before`, `after`: see `_nearest_lines`) are both removed."""
    touching = [j for j in (i - 1, i + 1) if 0 <= j < len(lines) and lines[j]]
    return any(_noisy(removed, j) for j in touching) or _between_noise(removed, i, before, after)


def _noisy(removed: dict[int, str], j: int | None) -> bool:
    """Whether line `j` was removed as furniture (not as the title or a separator rule)."""
    return j is not None and removed.get(j) not in (None, "title", "separator")


def _between_noise(removed: dict[int, str], i: int, before: list[int | None], after: list[int | None]) -> bool:
    """Whether the nearest lines above and below line `i` were both removed as furniture."""
    return _noisy(removed, before[i]) and _noisy(removed, after[i])


def _mark_blocks(lines: list[str], removed: dict[int, str]) -> None:
    """Short non-prose lines in the same block as noise (no blank line between), or with noise on both sides,
    are part of that noise box: a newsletter box's title and blurb, a share bar's odd label.  A work list spreads
    the marking through a box in linear time."""
    n = len(lines)
    before, after = _nearest_lines(lines)
    wrapped = wrapped_lines(lines, long_run_ons=True)  # a wrapped sentence's short lines are not a box's labels

    def candidate(i: int) -> bool:
        line = lines[i]
        return (bool(line) and i not in removed and not is_prose(line) and word_count(line) <= R.BLOCK_MAX_WORDS
                and i not in wrapped and not is_data_row(line))

    work = [i for i in range(n) if candidate(i)]
    work.reverse()  # pop() from the end visits lines top-down
    while work:
        i = work.pop()
        if not candidate(i):
            continue
        if _in_noise_box(lines, removed, i, before, after):
            removed[i] = "noise_block"
            work.extend(j for j in (i - 1, i + 1, before[i], after[i]) if j is not None and 0 <= j < n)


def noise_signals(line: str, near_noise: bool) -> int:
    """How many weak signs of interface text a line carries; no single one is enough (see WEAK_SIGNALS_NEEDED).

    Short and unpunctuated; a third of its content words are interface words; it speaks to the reader ("you",
    "our") without quoting anyone; it opens like a prompt; it is a numeric stub ("12.5K views") or only addresses;
    it sits next to noise already found."""
    if word_count(line) > R.WEAK_SIGNALS_MAX_WORDS or is_prose(line) and _quoted_or_reported(line):
        return 0
    words = _words(line)
    return sum((
        word_count(line) <= R.SHORT_FRAGMENT_WORDS and not ends_sentence(line),
        content_ui_share(line) >= R.WEAK_UI_SHARE,
        any(w in R.READER_WORDS for w in words) and not _quoted_or_reported(line),
        opens_as_prompt(line),
        is_numeric_stub(line) or is_link_only(line),
        near_noise,
    ))


def _mark_weak_signals(lines: list[str], removed: dict[int, str]) -> None:
    """Lines with several weak signs of interface text go ("weak_signals"): catches prompts and widgets in
    wordings no named rule knows ("Article bookmarked", "Save for later")."""
    nonempty = [i for i, line in enumerate(lines) if line]
    found = dict(removed)  # neighbours judged on the earlier passes only, so one hit does not cascade down a list
    for k, i in enumerate(nonempty):
        if i in removed:
            continue
        neighbours = nonempty[max(0, k - 1):k] + nonempty[k + 1:k + 2]
        near = any(found.get(j) not in (None, "title", "separator") for j in neighbours)
        if noise_signals(lines[i], near) >= R.WEAK_SIGNALS_NEEDED:
            removed[i] = "weak_signals"


def _mark_quoted_reply(lines: list[str], removed: dict[int, str]) -> None:
    """Lines an e-mail reply quotes ("> The trial has been adjourned ...", "> > ..."): the earlier messages of the
    thread, not the story; no news text opens a line with ">".  Unless they are most of the kept words: then the
    story itself came quoted in a reply, and its lines stay, marks and all."""
    kept = [i for i in _kept(lines, removed) if lines[i]]
    quoted = [i for i in kept if R.QUOTED_REPLY.match(lines[i])]
    words = sum(word_count(lines[i]) for i in quoted)
    if quoted and words < R.QUOTED_REPLY_MAX_SHARE * sum(word_count(lines[i]) for i in kept):
        removed.update((i, "email_quote") for i in quoted)


def _mark_link_lists(lines: list[str], removed: dict[int, str]) -> None:
    """Short items after a "Related"/"More on this story" header are links, until a real sentence, another kind
    of noise or LINK_LIST_MAX_ITEMS items (link boxes are short; a long run is more likely body)."""
    for header in [i for i, rule in sorted(removed.items()) if rule in R.LIST_HEADER_RULES]:
        items = 0
        for j in range(header + 1, len(lines)):
            line = lines[j]
            if not line:
                continue
            if j in removed or ends_sentence(line) or word_count(line) > R.FRAGMENT_MAX_TITLE_WORDS:
                break
            removed[j] = "link_list"
            items += 1
            if items >= R.LINK_LIST_MAX_ITEMS:
                break


def _mark_zones(lines: list[str], removed: dict[int, str]) -> None:
    """Fragments outside the body (before the first / after the last prose line) are page furniture -- when they
    use interface words ("Save for later", "LIVE UPDATES"), or when they lie on the far side of noise another rule
    already found there.  So the head keeps lines between its last noise
    line and the body (match details, a standfirst), the tail keeps lines between the body and its first noise
    line (a closing list of names or results), and a clean article loses nothing.  Lines in another script than
    the body's go as well (localised interface strings: "シェア ツイート" above an English article)."""
    kept = _kept(lines, removed)
    prose = [i for i in kept if is_prose(lines[i])]
    if not prose:
        return  # no anchor: a short or odd body; do not guess
    first, last = prose[0], prose[-1]
    script = main_script([lines[i] for i in prose])
    evidence = sorted(i for i, rule in removed.items() if rule not in _NOT_EVIDENCE)
    head_limit = max((i for i in evidence if i < first), default=-1)
    tail_limit = min((i for i in evidence if i > last), default=len(lines))
    for i in kept:
        if not (i < first or i > last):
            continue
        short = word_count(lines[i]) <= R.ZONE_SHORT_WORDS
        furniture = is_fragment(lines[i]) or short
        beyond_noise = i < head_limit or i > tail_limit
        if ((beyond_noise and furniture) or (short and content_ui_share(lines[i]) >= R.ZONE_UI_SHARE)
                or (i < first and is_kicker(lines[i])) or in_foreign_script(lines[i], script)):
            removed[i] = "head_fragment" if i < first else "tail_fragment"


def _mark_fragment_clusters(lines: list[str], removed: dict[int, str]) -> None:
    """Outside the body (before the first / after the last prose line), a run of CLUSTER_MIN_LINES or more short
    unpunctuated lines that holds noise another rule found is one menu, share bar or widget, whatever the language
    or wording of its other lines ("Compartir / Leer más" next to a known share label).  Without such evidence the
    run stays: a tail may close with a fixture list or award winners.  The kept lines of the run go
    ("fragment_cluster").  Full pages only: an extractor's body is already cut to the article, and short lines
    next to noise there are more often product boxes the body owns."""
    kept = _kept(lines, removed)
    prose = [i for i in kept if is_prose(lines[i])]
    if not prose:
        return
    first, last = prose[0], prose[-1]

    def short(i: int) -> bool:
        line = lines[i]
        return (word_count(line) <= R.CLUSTER_LINE_MAX_WORDS and not ends_sentence(line)
                and removed.get(i) != "title" and not _BULLET.match(line))

    for zone in ([i for i, l in enumerate(lines) if l and i < first], [i for i, l in enumerate(lines) if l and i > last]):
        run: list[int] = []
        for i in [*zone, None]:
            if i is not None and short(i):
                run.append(i)
                continue
            if len(run) >= R.CLUSTER_MIN_LINES and any(removed.get(j) not in _NOT_EVIDENCE_OR_KEPT for j in run):
                for j in run:
                    removed.setdefault(j, "fragment_cluster")
            run = []


#: Removals that say nothing about page furniture around them: the title, separators, and the interruptions
#: that sit *inside* bodies (ads, photo credits, doubled captions), e.g. in the middle of a closing results list.
_NOT_EVIDENCE = frozenset({"title", "separator", "advertisement", "photo_credit", "repeated_caption"})
#: ... and for a fragment cluster, also lines the zone pass removed for their shape alone (a kicker above match
#: details is no evidence that the details are a menu).
_NOT_EVIDENCE_OR_KEPT = _NOT_EVIDENCE | {None, "head_fragment", "tail_fragment", "fragment_cluster"}


def _mark_foreign_language(lines: list[str], removed: dict[int, str]) -> None:
    """Sentences in another language than the page's ("foreign_language"): consent banners, edition pickers and
    app prompts in the reader's language around an article in the publisher's.  Only long lines that many words
    unknown to English mark as foreign (a cheap look, so most pages never run the language model), that the model
    is sure of, and not a line that opens with a quotation (a quote in its original language)."""
    kept = [i for i in _kept(lines, removed) if lines[i]]
    candidates = [i for i in kept if word_count(lines[i]) >= R.FOREIGN_MIN_WORDS
                  and not re.match(r"\W*[\"“„«‘']", lines[i]) and _unknown_share(lines[i]) >= R.FOREIGN_MIN_UNKNOWN]
    if not candidates:
        return
    main = detect_language(" ".join(lines[i] for i in kept))
    for i in candidates:
        code, probability = line_language(lines[i])
        if main is not None and code != main and probability >= R.FOREIGN_MIN_PROBABILITY:
            removed[i] = "foreign_language"


def _unknown_share(line: str) -> float:
    """Share of a line's words that are rare or unknown in English (Zipf below FOREIGN_WORD_ZIPF)."""
    words = re.findall(r"[^\W\d_]+", line.lower())
    return sum(zipf(w) < R.FOREIGN_WORD_ZIPF for w in words) / len(words) if words else 0.0


def _mark_tail_cut(lines: list[str], removed: dict[int, str]) -> None:
    """On a full-page scrape the article ends at an end-of-article marker ("Related Articles", "Tags:", "Share
    this:", "Most Popular", a copyright line) and teasers follow: headlines, blurbs, times.  Cut everything after
    the first such marker once most of the prose lies before it and what follows is mostly not prose, so a body
    that merely has a related box before its last paragraph keeps that paragraph.  A long prose line after the
    marker that shares TAIL_CUT_KEEP_SHARED content words with the story above is the story going on, and stays."""
    n = len(lines)
    kept = [bool(line) and i not in removed for i, line in enumerate(lines)]
    prose_words = [word_count(line) if kept[i] and is_prose(line) else 0 for i, line in enumerate(lines)]
    bodyish = [kept[i] and (prose_words[i] > 0 or bool(_BULLET.match(lines[i]))) for i in range(n)]  # lists too
    total = sum(prose_words)
    if not total:
        return
    kept_after = _suffix_sums([int(k) for k in kept])
    bodyish_after = _suffix_sums([int(b) for b in bodyish])
    prose_after = _suffix_sums(prose_words)
    for m in range(n):
        if removed.get(m) not in R.TAIL_MARKER_RULES or total - prose_after[m] < R.TAIL_CUT_MIN_PROSE_BEFORE * total:
            continue
        rest, rest_body = kept_after[m + 1], bodyish_after[m + 1]
        if prose_after[m + 1] > R.TAIL_CUT_MAX_PROSE_AFTER * total:
            continue
        if rest >= R.TAIL_CUT_MIN_LINES and rest - rest_body >= 2 * rest_body:
            story = {w for i in range(m) if kept[i] for w in content_words(lines[i])}
            for i in range(m + 1, n):
                if kept[i] and not (prose_words[i] >= R.TAIL_CUT_KEEP_WORDS
                                    and len(content_words(lines[i]) & story) >= R.TAIL_CUT_KEEP_SHARED):
                    removed[i] = "tail_cut"
            return


_CONTENT_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")


def content_words(line: str) -> set[str]:
    """The line's content words: lower-cased, possessive cut, at least OFF_TOPIC_WORD_CHARS letters, no stopwords."""
    words = (re.sub(r"['’]s?$", "", w.lower()) for w in _CONTENT_WORD.findall(line))
    return {w for w in words if len(w) >= R.OFF_TOPIC_WORD_CHARS and w not in R.STOPWORDS}


@cache
def zipf(word: str) -> float:
    """How common a word is in English, on wordfreq's Zipf scale (about 7 for "the", 5 for "football", 3 for
    "tariff", 0 for a word it has never seen)."""
    return zipf_frequency(word, "en")


def _story_groups(words: dict[int, set[str]]) -> dict[int, int]:
    """Group the lines by what they talk about, from each line's content words (`words`, the headline's under
    index -1).  Returns each index's group (the index of a member).

    Only specific words count (rarer than OFF_TOPIC_MAX_ZIPF: "ferry", not "year").  Two lines are linked by one
    rare word they share (rarer than OFF_TOPIC_RARE_ZIPF: a name, "tariff"), by two specific ones ("council" and
    "housing"), or by any specific word of the headline; groups are chains of links.  One word of middling
    frequency is not enough: a noise box that happens to say "commission" would otherwise pull its whole box,
    linked by its own invented names, into the story."""
    parent = {i: i for i in words}

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def link(a: int, b: int) -> None:
        parent[root(b)] = root(a)

    holders: dict[str, list[int]] = defaultdict(list)
    for i, ws in words.items():
        for w in ws:
            if zipf(w) < R.OFF_TOPIC_MAX_ZIPF:
                holders[w].append(i)
    shared: Counter[tuple[int, int]] = Counter()
    for w, ids in holders.items():
        rare = zipf(w) < R.OFF_TOPIC_RARE_ZIPF
        if rare or ids[0] == -1:
            for j in ids[1:]:
                link(ids[0], j)
        if not rare:
            shared.update(combinations(ids, 2))
    for (a, b), n in shared.items():
        if n >= 2:
            link(a, b)
    return {i: root(i) for i in parent}


def _mid_sentence(line: str, previous: str, following: str) -> bool:
    """Whether a line is part of a sentence broken over lines: it starts in lower case after a kept line that did
    not end a sentence (`previous`), or it runs on into the next kept line (`following`), which starts in lower
    case.  Unlike `_runs_on`, across a blank line and for short lines too.  A lower-case line after a full stop
    is a handle, a tag or a label ("level 2", "u/ModBot"), not the rest of a sentence."""
    return ((line[:1].islower() and bool(previous) and not ends_sentence(previous))
            or (not ends_sentence(line) and following[:1].islower()))


def _item_shape(line: str) -> str | None:
    """A list item's shape, so that the items of one list match: its figures, capitalised and lower-case words as
    classes ("12 Guillermo Canas (Argentina)" -> "0 A (A)").  None for a line that is no short numbered or bulleted
    item, or whose shape is too plain to tell one list from another ("- a")."""
    if not R.LIST_ITEM.match(line) or word_count(line) > R.LIST_ITEM_MAX_WORDS:
        return None
    shape = re.sub(r"\d+", "0", line.strip())
    shape = re.sub(r"[A-Z][\w'’.-]*", "A", shape)
    shape = re.sub(r"[a-z][\w'’.-]*", "a", shape)
    shape = re.sub(r"(\w)( \1)+", r"\1", shape)
    return shape if len(shape.split()) >= 3 else None


def _finishes_story_sentence(lines: list[str], kept: list[int], at: int, story_lines: set[int]) -> bool:
    """Whether kept line `at` is a list item that finishes a sentence of the story: it opens in lower case after its
    bullet, and the line that leads into its list is the story's and stops mid-sentence ("The government claimed
    the firms" + "- manipulated nicotine levels").  A heading over a box's list ("When to see a doctor") is not the
    story's, so its items are judged as any line."""
    line = lines[kept[at]]
    if not _BULLET.match(line) or not _BULLET_MARK.sub("", line)[:1].islower():
        return False
    lead = at - 1
    while lead >= 0 and _BULLET.match(lines[kept[lead]]):
        lead -= 1
    return lead >= 0 and kept[lead] in story_lines and not ends_sentence(lines[kept[lead]])


def _tied(shared: set[str], within: bool) -> bool:
    """Whether the content words a line shares with the story (`shared`) tie it to the story although no link
    does: inside the story one word, unless it is a common one ("year"); at its ends OFF_TOPIC_KEEP_SHARED words,
    one of them less than very common, and grammar words ("been", "said": OFF_TOPIC_FUNCTION_ZIPF) not among them.
    Inside the story grammar words still count: there short lines that share little are often its own asides."""
    if within:
        return len(shared) > 1 or _on_subject(shared)
    shared = _not_grammar(shared)
    return len(shared) >= R.OFF_TOPIC_KEEP_SHARED and any(zipf(w) < R.OFF_TOPIC_PLAIN_ZIPF for w in shared)


def _not_grammar(words: set[str]) -> set[str]:
    """The words that say something of a subject: less common than grammar ("been", "said": OFF_TOPIC_FUNCTION_ZIPF)."""
    return {w for w in words if zipf(w) < R.OFF_TOPIC_FUNCTION_ZIPF}


def _mark_off_topic(lines: list[str], removed: dict[int, str], title: str | None, wrapped: set[int],
                    shared: SharedText | None = None) -> None:
    """Lines that belong to another subject than the story ("off_topic").

    A news story keeps returning to its people, places and subject.  The story is the largest group of lines that
    the specific words they share link together (see `_story_groups`), with the headline's group.  A page puts its
    furniture around it -- boxes, notices, promotions, teasers -- and that furniture shares at most a common word
    ("year", "news") with the story, or its own box's words with its neighbours.  So a line outside the group goes:
    - above the story's first line or below its last, unless it shares OFF_TOPIC_KEEP_SHARED content words with the
      story, one of them less than very common (a closing paragraph can come back to the story in plain words, but
      "year", "people" and "time" come back in every text);
    - between two lines of the story, only when it shares no specific word with it and at most one common one:
      there an unlinked line is as often an aside of the story as a box.
    In a brief (fewer than OFF_TOPIC_BRIEF_LINES lines) a few lines make a weak story, so the ends are judged as the
    inside is, and short lines with a figure are its facts ("Record March 13": a dividend notice).  Inside the story
    a line that opens by pointing back ("It failed the test.", "But he is hopeful.") goes on with it.
    Above or below the story, the guards of length and attribution below hold only next to it, and so does a tie of
    plain words: beyond a removed line (a share bar, a label, a box) a line off the story is the page's -- another
    story's news, a release's quote, a newsletter's greeting -- not the story's own last word (`_apart`), unless
    it shares a specific word with the story.  Inside the story the same holds for a tie of plain words when the
    nearest lines above and below were both removed (`_between_noise`): an inline box's line, not an aside.
    Heavy furniture (other stories' summaries, explainers, bios) can outweigh the story.  When the story holds
    less than OFF_TOPIC_MIN_SHARE of the kept words but at least OFF_TOPIC_WEAK_SHARE, and OFF_TOPIC_WEAK_DENSITY of
    the words from its first line to its last (a story with boxes around it, not a Q&A, a gift guide or a list
    whose lines link to nothing), only full sentences above or below it go: not its inside, not fragments, not in a
    brief.
    Guards: the text is long enough to have a topic and the story holds most of it (or, as above, a coherent part);
    the line has a content word (a row of figures says nothing either way) and is not a table row inside a story
    told in figures (an earnings report: most of its lines carry two figures or more, some of them the story's own
    lines); quotes, attributed lines ("..., the agency reported"; not in a box of removed lines, nor as a list item
    above or below the story: a list of other stories' summaries), the news's own stock sentences ("Terms were not
    disclosed."), hard-wrapped fragments (`wrapped`: see `wire_wrapped`) and sentences broken over lines stay.  Full
    pages only: an extractor's body has no page furniture left, and its asides are body.  Costs: team sheets and
    result lists that name no one in the story go too.
    With the batch's evidence (`shared`), a line off the story that even two stories on other events carry
    (`SharedText.recurs`) goes whatever its length, and though it quotes or attributes ("shared_off_topic"): two
    signals too weak alone, together the mark of a site's box (another story's summary in a live blog's recap, a
    spokesperson's stock appeal).  Plain words it shares with the story ("town", "staff") do not tie it then; only
    a tie that includes a specific word does.  The guards of form (hard-wrapped, broken sentences, a brief's
    figures, a table's rows) still hold."""
    kept = [i for i in _kept(lines, removed) if lines[i]]
    if len(kept) < R.OFF_TOPIC_MIN_LINES:
        return
    words = {-1: content_words(title or "")} | {i: content_words(lines[i]) for i in kept}
    group = _story_groups(words)
    size: Counter[int] = Counter()
    for i in kept:
        size[group[i]] += word_count(lines[i])
    story = {max(size, key=lambda g: (size[g], -g)), group[-1]}
    inside = [i for i in kept if group[i] in story]
    story_lines = set(inside)
    story_words, all_words = sum(word_count(lines[i]) for i in inside), sum(size.values())
    brief = len(kept) < R.OFF_TOPIC_BRIEF_LINES
    weak = story_words < R.OFF_TOPIC_MIN_SHARE * all_words  # furniture outweighs the story
    if weak and (brief or story_words < R.OFF_TOPIC_WEAK_SHARE * all_words
                 or story_words < R.OFF_TOPIC_WEAK_DENSITY * sum(word_count(lines[i]) for i in kept
                                                                 if inside[0] <= i <= inside[-1])):
        return
    told = words[-1].union(*(words[i] for i in inside))
    before, after = _nearest_lines(lines)  # in a box of removed lines a reported line is another story's teaser
    # told in figures: most lines are data rows, and the story's own lines hold some (a league table set into a
    # story in words makes the page mostly rows too, but none of them is the story's)
    rows = {i for i in kept if _figures(lines[i]) >= R.DATA_ROW_MIN_FIGURES}
    tabular = (is_fixed_width(lines) or 2 * len(rows) >= len(kept)) and not rows.isdisjoint(inside)
    story_items = Counter(shape for i in inside if (shape := _item_shape(lines[i])))
    for at, i in enumerate(kept):
        within = inside[0] < i < inside[-1]
        previous = lines[kept[at - 1]] if at else ""
        following = lines[kept[at + 1]] if at + 1 < len(kept) else ""
        if (group[i] in story or not words[i] or (weak and (within or not is_prose(lines[i])))
                or (within and (R.CONTINUATION.search(lines[i]) or (tabular and is_data_row(lines[i]))))
                or (brief and word_count(lines[i]) <= R.SHORT_FRAGMENT_WORDS and _figures(lines[i]))
                or i in wrapped or _mid_sentence(lines[i], previous, following)
                or _finishes_story_sentence(lines, kept, at, story_lines)
                or story_items[_item_shape(lines[i])] >= R.OFF_TOPIC_LIST_ITEMS):
            continue
        common = words[i] & told
        apart = _between_noise(removed, i, before, after) if within else _apart(removed, i, inside)
        tied = _tied(common, within or brief) and (_on_subject(common) or not apart)
        if shared and not (tied and _on_subject(common)) and shared.recurs(lines[i]):  # a box, whatever its form
            removed[i] = "shared_off_topic"
        elif within and not _on_subject(common) and _box_prose(lines[i], common, removed, before[i], after[i]):
            removed[i] = "off_topic"
        elif not (tied or ((within or not apart)
                           and (word_count(lines[i]) > R.OFF_TOPIC_MAX_WORDS
                                or (_reported(lines[i]) and not _in_noise_box(lines, removed, i, before, after)
                                    and (within or not _BULLET.match(lines[i])))))):
            removed[i] = "off_topic"


def _box_prose(line: str, common: set[str], removed: dict[int, str], above: int | None, below: int | None) -> bool:
    """Whether a line inside the story, tied to it by no specific word (`common`: the words it shares with it), is
    the prose of the furniture beside it: a sentence of OFF_TOPIC_BESIDE_MIN_WORDS or more, next to a removed line
    (`above`, `below`: the nearest lines), that reports no one and shares at most OFF_TOPIC_BESIDE_MAX_PLAIN plain
    words with the story."""
    return (word_count(line) >= R.OFF_TOPIC_BESIDE_MIN_WORDS
            and len(_not_grammar(common)) <= R.OFF_TOPIC_BESIDE_MAX_PLAIN
            and (_noisy(removed, above) or _noisy(removed, below)) and not _reported(line))


def _apart(removed: dict[int, str], i: int, inside: list[int]) -> bool:
    """Whether removed lines stand between line `i`, above or below the story, and the story's nearest line."""
    edge = inside[0] if i < inside[0] else inside[-1]
    return any(j in removed for j in range(min(i, edge) + 1, max(i, edge)))


def _reported(line: str) -> bool:
    """A quote, an attributed line ("..., the agency reported") or a stock sentence of news writing ("Terms were
    not disclosed."): the story's, whatever its words.  Verbs of saying that name no source ("were told to stay
    indoors", "admitted shoplifting": R.NOT_ATTRIBUTING) attribute nothing: a court round-up or a travel bulletin
    about other events reads that way."""
    sourced = R.NOT_ATTRIBUTING.sub(" ", line)
    return bool(_quoted_or_reported(sourced) or R.NEWS_FORMULA.search(line) or R.ATTRIBUTION.search(sourced))


def _paragraphs(lines: list[str], removed: dict[int, str]) -> list[tuple[int, str]]:
    """Kept lines grouped into paragraphs (blank or removed lines separate them), each with its first line index."""
    blocks: list[list[int]] = []
    current: list[int] = []
    for i, line in enumerate(lines):
        if line and i not in removed:
            current.append(i)
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    out: list[tuple[int, str]] = []
    for block in blocks:
        texts = [lines[i] for i in block]
        if _hard_wrapped(texts):
            out.append((block[0], " ".join(texts)))
        else:
            out.extend((i, lines[i]) for i in block)
    return out


def _hard_wrapped(texts: list[str]) -> bool:
    """Whether consecutive lines are one paragraph wrapped at a fixed width (so they should be re-joined).

    Only when every line but the last has a similar mid length and most of them stop mid-sentence; lines that are
    each a sentence or each a paragraph stay separate.  Three lines or more need one that opens in lower case, a
    sentence going on: a list's items or a table's rows each open with a capital, a figure or a bullet (every
    wrapped block of Reuters' wire copy has such a line).
    """
    if len(texts) < 2 or (len(texts) >= 3 and not any(t[:1].islower() for t in texts[1:])):
        return False
    body = texts[:-1]
    lengths = [len(t) for t in body]
    if min(lengths) < 40 or max(lengths) > 100 or max(lengths) - min(lengths) > 30:
        return False
    if len(texts[-1]) > max(lengths) + 5:
        return False
    open_ended = sum(not ends_sentence(t) for t in body)
    return open_ended * 2 >= len(body)


def clean_article(text: str, *, title: str | None = None, has_title_line: bool = True,
                  full_page: bool | None = None, shared: SharedText | None = None) -> CleanArticle:
    """Clean one article's text: see the module docstring for the passes.  Deterministic; never raises on text.

    `has_title_line`: the first non-empty line is the headline (plain .txt files); False for HTML/JSON bodies,
    whose headline comes as `title`.  `full_page`: the text may be a whole scraped page (menus above the
    headline, teasers below the article), so the page-level cuts ("head_cut", "tail_cut") apply; it defaults to
    `has_title_line`, because bodies from an extractor (trafilatura, news-please) are already cut to the article
    and may legitimately end in lists after a "Related" box.  `shared`: what the batch's other stories share
    (`pipeline.shared_lines.shared_text`); a line it covers goes as "shared_line" unless a named rule knows it.
    """
    if full_page is None:
        full_page = has_title_line
    raw = split_lines(text)
    lines = [normalise_line(line) for line in raw]
    removed: dict[int, str] = {}

    # 1. title
    nonempty = [i for i, line in enumerate(lines) if line]
    if has_title_line and nonempty:
        first = nonempty[0]
        removed[first] = "title"
        title = title if title is not None else lines[first]
    if title:
        _mark_title_echoes(lines, removed, normalise_line(title), cut_header=full_page)

    # 2. metadata lines
    byline: str | None = None
    byline_outlet: str | None = None
    published: datetime | None = None
    updated: datetime | None = None
    for i in _kept(lines, removed):
        found = read_metadata_line(lines[i])
        if found is None:
            continue
        removed[i] = found.rule
        byline = byline or found.byline
        byline_outlet = byline_outlet or found.outlet
        if found.timestamp and found.timestamp.value:
            if found.timestamp.kind == "published":
                published = published or found.timestamp.value
            else:
                updated = updated or found.timestamp.value

    # 3. named patterns, symbols-only separators, lines the batch shares
    outlet: str | None = byline_outlet
    wrapped = wire_wrapped(lines)  # one look serves the batch rule, off_topic and the glued-tail cut
    shared_hits = _shared_hits(lines, removed, shared, title, wrapped) if shared else set()
    for i in _kept(lines, removed):
        rule = pattern_rule(lines[i])
        if rule in R.PAGE_ONLY_RULES and not full_page:
            rule = None
        if rule is None and i in shared_hits:
            rule = "shared_line"
        if rule:
            removed[i] = rule
            if rule == "copyright":
                outlet = outlet or meta.outlet_from_copyright(lines[i])

    byline = byline or _mark_name_bylines(lines, removed)  # after the patterns: captions must not bound the head

    # 4-7. features
    _mark_repeats(lines, removed)
    if full_page:
        _mark_pull_quotes(lines, removed)
    for i in _kept(lines, removed):
        rule = prompt_rule(lines[i])
        if rule:
            removed[i] = rule
    _mark_captions(lines, removed)
    _mark_subtitle_cues(lines, removed)
    _mark_auto_captions(lines, removed)
    _mark_axis_runs(lines, removed)
    _mark_quiz_options(lines, removed)
    _mark_quoted_reply(lines, removed)
    _mark_link_lists(lines, removed)
    _mark_weak_signals(lines, removed)
    _mark_blocks(lines, removed)
    _mark_zones(lines, removed)
    _mark_narrow_columns(lines, removed)
    if full_page:
        _mark_fragment_clusters(lines, removed)
        _mark_foreign_language(lines, removed)
        _mark_tail_cut(lines, removed)
        _mark_off_topic(lines, removed, title, wrapped, shared)

    # 8. furniture glued onto the end of kept lines; paragraphs and dateline
    glued = _cut_glued_tails(lines, removed, wrapped, full_page)
    paragraphs = _paragraphs(lines, removed)
    removals = sorted([Removal(i, rule, raw[i]) for i, rule in removed.items()] + glued, key=lambda r: r.line_index)
    dateline: str | None = None
    if paragraphs:
        index, first_text = paragraphs[0]
        found_dl = meta.find_dateline(first_text)
        if found_dl:
            dateline = found_dl.text
            outlet = found_dl.outlet or outlet
            paragraphs[0] = (index, found_dl.rest)
            removals.append(Removal(index, "dateline", found_dl.text))
            removals.sort(key=lambda r: r.line_index)

    return CleanArticle(
        title=normalise_line(title) if title else None,
        byline=byline,
        published_at=published or updated,
        dateline=dateline,
        outlet=outlet,
        clean_text="\n\n".join(p for _, p in paragraphs),
        removals=tuple(removals),
    )
