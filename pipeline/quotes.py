"""Quotations and their speakers from one parsed article (the heart of the dataset).

Why this design: the CPU baseline (textacy's direct_quotations) pairs marks inside parser sentences, so it misses
quotes whose marks cross sentence splits, stops at unbalanced marks and keeps "he" as the speaker. Here:

1. quotation marks are paired per paragraph on the raw characters (``pipeline.quote_marks``), independent of the
   parser, so one stray mark never costs the rest of the article;
2. reported speech comes from the dependency parse: a speech verb (``rules/speech_verbs.txt``) with a clausal
   complement, or "according to X";
3. each quoted span gets its attribution from the text around it (the "frame"), then from reported speech that
   contains it, else from the previous quote ("continuation");
4. speakers are resolved in reading order (``pipeline.quote_speakers``): names through the entity step's canonical
   names, pronouns and descriptions to the most recent compatible person.

Row conventions (the dev gold follows them):
  * ``"X," he said, "Y."`` gives two direct rows with the same speaker;
  * a quote running over several paragraphs gives one row per paragraph; later ones have attribution
    "continuation";
  * "direct": the content inside the marks, including fragments of four or more words embedded in a sentence
    (``called the attack "a dramatic escalation by ..."``); quoted spans under four words count only when they stand
    alone with an attribution (``"No," he said``), so scare quotes and short titles are not quotes; title-case spans
    are titles, not quotes;
  * "mixed": reported speech whose clause contains quoted words plus unquoted words; the span is the reported clause
    (without "that"), including the marks inside it;
  * "indirect": reported speech without marks; the span is the reported clause.
  * one row per speech act: coordinated "that"-clauses after one cue ("said that A, but that B") are one row each,
    and a participial speech verb inside a clause ("noted that A, adding that B") is a row of its own with the same
    speaker; a parenthetical cue ("A, X said." / "The plan, officials said, would ...") reports the clause around it;
    "according to X" yields to a speech verb in the same sentence ("..." Yun told reporters, according to Yonhap);
    "S1 says A, S2 reports" gives A to S1; a passive participle ("Asked whether ..., X said") is not X's speech;
    quotes joined by "and"/"or" share the first one's attribution.
  * attribution values: "adjacent" (speech verb next to the quote: ``"X," she said`` / ``she said that "X"``),
    "inverted" (``said Hagerty``), "colon" (``X said: "..."``), "according_to", "continuation" (no attribution of
    its own; same speaker as the previous quote), "pronoun" / "description" (the speaker as written is a pronoun or a
    definite description resolved to a named antecedent), "none" (no speaker found).
"""

from __future__ import annotations

import hashlib
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Sequence

from spacy.tokens import Doc, Span, Token

from pipeline.entities import Mention
from pipeline.quote_marks import MarkSpan, find_mark_spans, paragraph_index_at, paragraphs
from pipeline.quote_rules import NON_SPEAKER_NOUNS, PHRASAL_SPEECH_VERBS, SPEAKER_NOUNS, SPEECH_VERBS
from pipeline.quote_speakers import ResolvedSpeaker, SpeakerResolver

MIN_FRAGMENT_WORDS = 4  # quoted spans shorter than this are scare quotes unless they stand alone with attribution
MAX_FRAME_TOKENS = 40
CONTINUATION_PARAGRAPHS = 2  # an unattributed quote continues the previous quote up to this many paragraphs later
SENTENCE_END = {".", "!", "?"}
SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
TRAILING_KEEP = "\"\u201d\u2019')]"  # closing marks and brackets stay at the end of a clause


@dataclass(frozen=True)
class Quote:
    """One quotation or reported statement; text[start_char:end_char] == quote_text."""

    quote_text: str
    quote_type: str
    start_char: int
    end_char: int
    speaker_text: str | None
    speaker_start_char: int | None
    speaker_end_char: int | None
    speaker_name: str | None
    speaker_entity_id: str | None
    speaker_label: str | None
    cue: str | None
    attribution: str
    paragraph_index: int
    sentence_index: int


@dataclass
class _Event:
    """A quote before its speaker is resolved."""

    kind: str  # direct | mixed | indirect
    start: int
    end: int
    speaker: Token | None = None  # head token of the speaker phrase
    cue: str | None = None
    attribution: str = "none"
    spans: list[MarkSpan] = field(default_factory=list)


def quote_id(article_id: str, start_char: int, end_char: int, quote_type: str) -> str:
    """Stable id from the article and the quote's position and type: re-running the pipeline gives the same id."""
    digest = hashlib.sha256(f"{article_id}:{start_char}:{end_char}:{quote_type}".encode()).hexdigest()
    return "q" + digest[:16]


# ---------------------------------------------------------------- verbs and subjects


def speech_cue(tok: Token) -> str | None:
    """The speech-verb lemma of tok ("say", "point out"), or None when tok is not a speech verb."""
    if tok.pos_ not in ("VERB", "AUX") and tok.tag_ not in ("VBD", "VBZ", "VBP", "VBN", "VBG", "VB"):
        return None
    lemma = tok.lemma_.lower()
    for child in tok.children:
        if child.dep_ == "prt" and f"{lemma} {child.lower_}" in PHRASAL_SPEECH_VERBS:
            return f"{lemma} {child.lower_}"
    return lemma if lemma in SPEECH_VERBS else None


def subject_of(verb: Token, depth: int = 0) -> tuple[Token | None, bool]:
    """(subject head, inverted?) of a verb: its own subject, a coordinated or controlling verb's, or a noun after it."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if subjects:
        child = min(subjects, key=lambda c: abs(c.i - verb.i))  # "X's owner Y said": the nearest subject
        if child.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":  # "the EPP, which has insisted ..."
            return verb.head, False
        return child, child.i > verb.i
    if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return verb.head, False
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.dep_ == "ccomp" and depth < 3:
        reporter = verb.head.head  # "X noted that A, adding that B" with "adding" parsed under A
        if speech_cue(reporter) is not None:
            found, inv = subject_of(reporter, depth + 1)
            if found is not None:
                return found, inv
    if depth < 3 and verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.pos_ in ("VERB", "AUX"):
        found, inv = subject_of(verb.head, depth + 1)
        if found is not None:
            return found, inv
    left = verb.i - 1  # a mis-parsed sentence: the noun right before the verb ("... Scott Christie said ...")
    while left >= 0 and verb.doc[left].dep_ in ("aux", "auxpass", "advmod", "neg"):
        left -= 1
    if left >= 0 and verb.doc[left].pos_ in ("PROPN", "PRON", "NOUN") and verb.doc[left].dep_ != "dobj":
        if verb.doc[left].sent == verb.sent:
            return verb.doc[left], False
    for child in verb.rights:  # "said Hagerty" is sometimes parsed with Hagerty as object
        if child.dep_ in ("dobj", "attr", "npadvmod", "dep", "appos", "oprd") and child.pos_ in ("PROPN", "PRON", "NOUN"):
            if child.i - verb.i <= 3:
                return child, True
    return None, False


def _is_non_speaker(tok: Token) -> bool:
    return tok.lemma_.lower() in NON_SPEAKER_NOUNS or tok.lower_ in NON_SPEAKER_NOUNS


# ---------------------------------------------------------------- the extractor


class _Article:
    """Per-article indexes: which characters are quoted, token lookup by character, sentences, paragraphs."""

    def __init__(self, doc: Doc, spans: list[MarkSpan]):
        self.doc = doc
        self.text = doc.text
        self.paras = paragraphs(self.text)
        self.spans = spans
        self.span_bounds = [(s.open_mark, (s.close_mark + 1) if s.close_mark is not None else s.end) for s in spans]
        self.span_starts = [b[0] for b in self.span_bounds]
        self.tok_starts = [t.idx for t in doc]
        self.sent_starts = [s.start_char for s in doc.sents]

    def span_index_at(self, char: int) -> int | None:
        """Index of the quoted span (marks included) covering char, or None."""
        i = bisect_right(self.span_starts, char) - 1
        if i >= 0 and self.span_bounds[i][0] <= char < self.span_bounds[i][1]:
            return i
        return None

    def in_quote(self, tok: Token) -> bool:
        return self.span_index_at(tok.idx) is not None

    def token_at(self, char: int) -> int:
        return max(0, bisect_right(self.tok_starts, char) - 1)

    def sentence_index(self, char: int) -> int:
        return max(0, bisect_right(self.sent_starts, char) - 1)

    def paragraph_index(self, char: int) -> int:
        return paragraph_index_at(self.paras, char)

    def words(self, start: int, end: int) -> list[Token]:
        i, j = self.token_at(start), self.token_at(max(start, end - 1))
        return [t for t in self.doc[i : j + 1] if t.is_alpha and start <= t.idx < end]

    def after_frame(self, span: MarkSpan) -> list[Token]:
        """Tokens after the closing mark up to the sentence end, the next quote or the paragraph end."""
        if span.close_mark is None:
            return []
        out = []
        for t in self.doc[self.token_at(span.close_mark + 1) :]:
            if t.idx <= span.close_mark:
                continue
            if t.text in SENTENCE_END or "\n" in t.text or self.in_quote(t) or len(out) >= MAX_FRAME_TOKENS:
                break
            out.append(t)
        return out

    def before_frame(self, span: MarkSpan) -> list[Token]:
        """Tokens before the opening mark back to the sentence start, the previous quote or the paragraph start."""
        out: list[Token] = []
        i = self.token_at(span.open_mark) - 1
        while i >= 0 and len(out) < MAX_FRAME_TOKENS:
            t = self.doc[i]
            if t.idx + len(t.text) > span.open_mark:
                i -= 1
                continue
            if t.text in SENTENCE_END or "\n" in t.text or self.in_quote(t):
                break
            out.append(t)
            i -= 1
        return out[::-1]


#: Words a title leaves in lower case ("The Lord of the Rings").
TITLE_SMALL_WORDS = frozenset({"a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "nor", "of",
                               "on", "or", "the", "to", "with"})


def _is_title(words: list[Token]) -> bool:
    """Title-case spans without a verb are titles or names ("The Lord of the Rings"), not speech."""
    content = [w for w in words if not w.is_stop]
    if not content:
        return False
    capitalised = sum(1 for w in content if w.text[:1].isupper())
    has_verb = any(w.pos_ in ("VERB", "AUX") for w in words)
    if capitalised == len(content) and (not has_verb or len(words) <= 3):
        return True
    # Headline case, verbs and all ("Like They Do in the Movies"): every word capitalised but the small function
    # words, and a capitalised function word after the first, which running speech never has.
    alpha = [w for w in words if w.is_alpha]
    return (len(alpha) >= 3
            and all(w.text[:1].isupper() or w.lower_ in TITLE_SMALL_WORDS for w in alpha)
            and any(w.is_stop and w.text[:1].isupper() for w in alpha[1:]))


def _in_subject(tok: Token) -> bool:
    """Whether tok is a sentence subject or inside one ("Mr Biden's account posted ..., with the caption:")."""
    for t in [tok, *tok.ancestors]:
        if t.dep_ in SUBJECT_DEPS:
            return True
        if t.dep_ not in ("compound", "flat", "poss", "appos", "amod", "conj", "case"):
            return False
    return False


def _frame_verb(frame: list[Token], near_end: bool) -> tuple[Token, str] | None:
    """The speech verb in a frame nearest to the quote, with its cue."""
    ordered = frame[::-1] if near_end else frame
    for t in ordered:
        cue = speech_cue(t)
        if cue is not None:
            return t, cue
    return None


def _according_to(frame: list[Token]) -> Token | None:
    """The object of "according to" in a frame."""
    for t in frame:
        if t.lower_ == "according":
            for child in t.children:
                if child.lower_ == "to":
                    for obj in child.children:
                        if obj.dep_ == "pobj":
                            return obj
            nxt = t.nbor(1) if t.i + 1 < len(t.doc) else None
            if nxt is not None and nxt.lower_ == "to" and nxt.i + 1 < len(t.doc):
                return t.doc[nxt.i + 1]
    return None


def _after_frame_usable(art: _Article, span: MarkSpan, frame: list[Token]) -> bool:
    """Whether text after the closing mark belongs to the quote's sentence (``"...," he said`` vs a new sentence)."""
    if not frame:
        return False
    last = art.text[span.end - 1]
    first = frame[0]
    return last in ",\u2014\u2013-" or first.text[:1].islower() or last not in ".!?" or first.pos_ == "VERB"


def _own_clauses(clause_root: Token) -> list[Token]:
    """Children that are reports of their own, cut out of the clause.

    "said that A and that B": a coordinated clause with its own "that" is a second row; "noted that A, adding that
    B": a participial speech verb is a speech act of its own.
    """
    out = []
    for c in clause_root.children:
        if c.i < clause_root.i:
            continue
        if c.dep_ == "conj" and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children):
            out.append(c)
        elif c.dep_ in ("advcl", "conj") and c.tag_ == "VBG" and speech_cue(c) is not None:
            out.append(c)
    return out


def _clause_ranges(clause_root: Token, lo: int, hi: int) -> list[tuple[int, int]]:
    """The clause without its own sub-reports, then each coordinated "that"-clause as a range of its own."""
    cut = _own_clauses(clause_root)
    skip = {t.i for c in cut for t in c.subtree}
    if cut:  # the conjunction before a cut clause goes with it
        first = min(c.left_edge.i for c in cut)
        skip |= {t.i for t in clause_root.subtree if t.i >= first}
    main = _clause_range(clause_root, lo, hi, skip)
    ranges = [main] if main else []
    for c in cut:
        if c.dep_ == "conj":
            r = _clause_range(c, lo, hi, set())
            if r:
                ranges.append(r)
    return ranges


def _clause_range(clause_root: Token, lo: int, hi: int, skip: set[int] | None = None) -> tuple[int, int] | None:
    """Character range of a reported clause inside [lo, hi): the subtree without a leading "that" or punctuation."""
    skip = skip or set()
    toks = [t for t in clause_root.subtree if not t.is_space and lo <= t.idx < hi and t.i not in skip]
    while toks and (toks[0].dep_ == "mark" or toks[0].is_punct and toks[0].text not in "\"\u201c\u2018'"):
        toks = toks[1:]
    while toks and (toks[-1].is_punct and toks[-1].text not in TRAILING_KEEP or toks[-1].dep_ == "cc"):
        toks = toks[:-1]
    if len(toks) < 3:
        return None
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


def _participle_of_being_asked(verb: Token) -> bool:
    """'Asked whether he would resign, Jones said ...': a passive participle reports what someone else said to
    the subject, not the subject's words."""
    return verb.tag_ == "VBN" and verb.dep_ in ("advcl", "acl") and not any(
        c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children
    )


def _has_own_speech_verb(main: Token) -> bool:
    """Whether a clause's main verb is itself a speech verb with a subject, or governs one ('A, X said, B')."""
    if speech_cue(main) is not None and any(c.dep_ in ("nsubj", "csubj") for c in main.children):
        return True
    return any(c.dep_ in ("parataxis", "ccomp") and speech_cue(c) is not None for c in main.children)


def _trailing_reporter(verb: Token) -> bool:
    """'SAIC says A, the FT reports': a speech verb after its own content credits the report, not the words."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    return bool(clauses) and all(c.i < verb.i for c in clauses) and verb.dep_ == "ccomp" and verb.head.i < verb.i


def _trim_unclosed(doc: Doc, spans: list[MarkSpan]) -> list[MarkSpan]:
    """Cut a quote whose closing mark is missing before the first sentence that is narration again.

    Narration = a sentence with a speech verb whose subject is a proper name ("Meanwhile, spokesman Methat Shalaby
    ... said ..."): quoted speakers talk in the first person, so a named speech act means the quote has ended.
    """
    out = []
    for span in spans:
        if span.close_mark is not None:
            out.append(span)
            continue
        end = span.end
        for sent in doc.char_span(span.start, span.end, alignment_mode="expand").sents if span.end > span.start else []:
            if sent.start_char <= span.start:
                continue
            named_speech = any(
                speech_cue(t) is not None and (subj := subject_of(t)[0]) is not None and subj.pos_ == "PROPN"
                for t in sent
            )
            if named_speech:
                end = sent.start_char
                break
        while end > span.start and doc.text[end - 1].isspace():
            end -= 1
        out.append(MarkSpan(span.start, end, span.open_mark, None, span.family, span.paragraph_index) if end > span.start else span)
    return out


class _Extractor:
    def __init__(self, doc: Doc):
        self.doc = doc
        self.art = _Article(doc, _trim_unclosed(doc, find_mark_spans(doc.text)))
        self.events: list[_Event] = []
        self.claimed: set[int] = set()  # quoted spans absorbed into a mixed quote
        self.assigned: dict[int, tuple[Token, str, Token | None, bool]] = {}  # span -> (verb, cue, subject, inverted)

    # ---- reported speech
    def reported_speech(self) -> None:
        for tok in self.doc:
            cue = speech_cue(tok)
            if cue is None or self.art.in_quote(tok) or _participle_of_being_asked(tok):
                continue
            clauses = [c for c in tok.children if c.dep_ == "ccomp"]
            subject, inverted = subject_of(tok)
            if subject is None or _is_non_speaker(subject) or self.art.in_quote(subject):
                continue
            if subject.dep_ == "nsubjpass" and subject.head == tok:
                continue  # "The minister was asked whether ...": the subject is the one addressed
            if _trailing_reporter(tok) and speech_cue(tok.head) is not None:
                continue  # its content belongs to the verb before it (below)
            clauses = [
                g
                for c in clauses
                for g in (
                    [g for g in c.children if g.dep_ == "ccomp"] if _trailing_reporter(c) and speech_cue(c) else [c]
                )
                if not (speech_cue(g) is not None and any(x.dep_ == "ccomp" for x in g.children))
            ]  # "Reuters reported that officials said X": keep the inner report only
            if not clauses and tok.dep_ == "parataxis":
                self._parenthetical_event(tok, cue, subject, "inverted" if inverted else "adjacent")
                continue
            self._clauses_event(clauses, tok, cue, subject, "inverted" if inverted else "adjacent")
        for tok in self.doc:
            if tok.lower_ == "according" and not self.art.in_quote(tok):
                obj = _according_to([tok])
                main = tok.head
                if obj is None or main == tok or main.pos_ not in ("VERB", "AUX"):
                    continue
                if _has_own_speech_verb(main) or _is_non_speaker(obj) and obj.lemma_.lower() != "report":
                    continue  # '"...," Yun told reporters, according to Yonhap'; "according to a survey" is a
                    # finding ("according to press reports" is still the press reporting what was said)
                self._according_event(tok, main, obj)

    def _overlapping_spans(self, start: int, end: int) -> list[int]:
        return [
            i for i, (lo, hi) in enumerate(self.art.span_bounds) if lo < end and hi > start
        ]

    def _clauses_event(
        self, clauses: list[Token], verb: Token, cue: str, subject: Token, attribution: str
    ) -> None:
        """One event for all clausal complements of a verb, clipped to the verb's paragraph."""
        lo, hi = self.art.paras[self.art.paragraph_index(verb.idx)]
        if not clauses:
            return
        first, *rest = [_clause_ranges(c, lo, hi) for c in clauses]
        ranges = first[:1] + [r for rs in rest for r in rs[:1]]
        extra = first[1:] + [r for rs in rest for r in rs[1:]]
        groups = [ranges] + [[r] for r in extra] if ranges else [[r] for r in extra]
        for group in groups:
            start, end = min(r[0] for r in group), max(r[1] for r in group)
            if start <= subject.idx < end:
                continue  # parse error: the speaker sits inside its own clause
            self._add_clause(start, end, verb, cue, subject, attribution)

    def _parenthetical_event(self, verb: Token, cue: str, subject: Token, attribution: str) -> None:
        """'A, X said.' / 'A, X said, B' parsed as parataxis: the reported clause is the head's words before the
        verb; when the head comes after it ('The plan, officials said, would save ...') the whole sentence, the
        parenthetical included (one span per speech act)."""
        head = verb.head
        if head == verb or head.pos_ not in ("VERB", "AUX"):
            return
        lo, hi = self.art.paras[self.art.paragraph_index(verb.idx)]
        left = verb.left_edge.i
        if head.i < verb.i:
            toks = [t for t in head.subtree if t.i < left and not t.is_space and lo <= t.idx < hi]
        else:
            toks = [t for t in head.subtree if not t.is_space and lo <= t.idx < hi]
            if not toks or toks[0].i >= left:
                return  # "X said, A": not a parenthetical
        while toks and toks[0].is_punct and toks[0].text not in "\"\u201c\u2018'":
            toks = toks[1:]
        while toks and toks[-1].is_punct and toks[-1].text not in TRAILING_KEEP:
            toks = toks[:-1]
        if len(toks) < 3:
            return
        self._add_clause(toks[0].idx, toks[-1].idx + len(toks[-1].text), verb, cue, subject, attribution)

    def _according_event(self, according: Token, main: Token, obj: Token) -> None:
        phrase = set(t.i for t in according.subtree)
        lo, hi = self.art.paras[self.art.paragraph_index(according.idx)]
        toks = [t for t in main.subtree if t.i not in phrase and not t.is_space and lo <= t.idx < hi]
        while toks and toks[0].is_punct:
            toks = toks[1:]
        while toks and toks[-1].is_punct and toks[-1].text not in TRAILING_KEEP:
            toks = toks[:-1]
        if len(toks) < 3:
            return
        self._add_clause(toks[0].idx, toks[-1].idx + len(toks[-1].text), None, "according to", obj, "according_to")

    def _add_clause(
        self, start: int, end: int, verb: Token | None, cue: str, subject: Token, attribution: str
    ) -> None:
        overlapping = self._overlapping_spans(start, end)
        if overlapping:
            lo = min(start, *(self.art.span_bounds[i][0] for i in overlapping))
            hi = max(end, *(self.art.span_bounds[i][1] for i in overlapping))
            unquoted = [
                t
                for t in self.doc[self.art.token_at(lo) : self.art.token_at(hi - 1) + 1]
                if t.is_alpha and lo <= t.idx < hi and not self.art.in_quote(t) and t.dep_ not in ("mark", "cc")
            ]
            if not unquoted:  # the clause is the quote: a direct quote attributed by this verb
                for i in overlapping:
                    self.assigned.setdefault(i, (verb, cue, subject, attribution == "inverted"))  # type: ignore[arg-type]
                return
            if any(i in self.claimed for i in overlapping):
                return
            self.claimed.update(overlapping)
            self.events.append(_Event("mixed", lo, hi, subject, cue, attribution))
            return
        words = self.art.words(start, end)
        if len(words) >= 3 and not any(e.start <= start and end <= e.end for e in self.events):
            self.events.append(_Event("indirect", start, end, subject, cue, attribution))

    # ---- direct quotes
    def direct_quotes(self) -> None:
        last: tuple[int, _Event] | None = None  # the latest accepted direct quote and its span index
        for i, span in enumerate(self.art.spans):
            if i in self.claimed:
                continue
            earlier = [e for e in self.events if e.start < span.start and e.attribution != "none"]
            previous = max(earlier, key=lambda e: e.start) if earlier else None
            event = self._joined_quote(i, span, last) or self._direct_event(i, span, previous)
            if event is not None:
                self.events.append(event)
                last = (i, event)

    def _joined_quote(self, i: int, span: MarkSpan, last: tuple[int, _Event] | None) -> _Event | None:
        """'with "You are too cruel" and "Are you sick?"': a quote joined to the one before by and/or shares its
        attribution, however short it is."""
        if last is None or last[0] != i - 1 or last[1].attribution == "none":
            return None
        between = self.art.text[self.art.span_bounds[i - 1][1] : span.open_mark].strip().lower()
        if between not in ("and", "or", ", and", ", or"):
            return None
        prev = last[1]
        return _Event("direct", span.start, span.end, prev.speaker, prev.cue, prev.attribution, [span])

    def _direct_event(self, i: int, span: MarkSpan, previous: _Event | None) -> _Event | None:
        art = self.art
        words = art.words(span.start, span.end)
        if not words:
            return None
        short = len(words) < MIN_FRAGMENT_WORDS
        event = _Event("direct", span.start, span.end, spans=[span])
        before, after = art.before_frame(span), art.after_frame(span)
        colon = bool(before) and before[-1].text == ":"
        standalone = not before or colon
        if i in self.assigned:
            verb, cue, subject, inverted = self.assigned[i]
            event.speaker, event.cue = subject, cue
            event.attribution = "colon" if colon else "inverted" if inverted else "adjacent"
        elif colon and (found := _frame_verb(before, near_end=True)):
            self._from_verb(event, *found, "colon")
        elif _after_frame_usable(art, span, after) and (found := _frame_verb(after, near_end=False)):
            self._from_verb(event, *found, None)
        elif found := _frame_verb(before, near_end=True):
            self._from_verb(event, *found, None)
        elif (obj := _according_to(after) or _according_to(before)) is not None:
            event.speaker, event.cue, event.attribution = obj, "according to", "according_to"
        elif colon:
            event.speaker = next((t for t in reversed(before) if t.pos_ == "PROPN" and _in_subject(t)), None)
            event.attribution = "colon" if event.speaker is not None else "none"
        elif before and not short and not _is_title(words):
            self._fragment(event, before)
        if event.attribution == "none" and standalone and previous is not None and self._continues(previous, span):
            event.attribution = "continuation"
        if event.speaker is not None and _is_non_speaker(event.speaker):
            event.speaker, event.attribution = None, "none"
        if standalone and event.cue is not None and event.attribution not in ("none", "continuation"):
            return event  # '"Yes," she said' / 'told Reuters: "Absolutely not."': speech, however short
        whole_sentence = standalone and not after and art.text[span.end - 1] in ".!?\u2026"
        if short and whole_sentence and event.attribution == "continuation":
            return event  # '"We will fight this," said Hale. "Every single step."'
        if short and not (standalone and event.attribution != "none" and after or i in self.assigned):
            return None
        if _is_title(words) and event.attribution in ("none", "continuation"):
            return None
        if short and _is_title(words):
            return None
        return event

    def _from_verb(self, event: _Event, verb: Token, cue: str, attribution: str | None) -> None:
        subject, inverted = subject_of(verb)
        event.cue = cue
        event.speaker = subject
        if subject is None:
            event.attribution = "none"
        else:
            event.attribution = attribution or ("inverted" if inverted else "adjacent")

    def _fragment(self, event: _Event, before: list[Token]) -> None:
        """A quoted fragment inside a sentence: the nearest governing verb with a speaker-like subject."""
        inside = self.doc[self.art.token_at(event.start)]
        for verb in [inside, *inside.ancestors]:
            if verb.pos_ not in ("VERB", "AUX") or self.art.in_quote(verb) and verb is not inside:
                continue
            if verb.lemma_ in FRAGMENT_NON_CUES or any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
                continue  # 'X will be at PAC with "Title"', 'was brought by "artists"': no one speaks there
            subject, _ = subject_of(verb)
            if subject is None or self.art.in_quote(subject):
                continue
            if subject.pos_ in ("PROPN", "PRON") or subject.lemma_.lower() in SPEAKER_NOUNS:
                event.speaker, event.cue, event.attribution = subject, verb.lemma_.lower(), "adjacent"
                return

    def _continues(self, previous: _Event, span: MarkSpan) -> bool:
        """A quote with no attribution continues the previous quote of the same or one of the last paragraphs."""
        prev_para = self.art.paragraph_index(previous.start)
        return 0 <= span.paragraph_index - prev_para <= CONTINUATION_PARAGRAPHS


#: Verbs that never report speech, so a quoted fragment under them is not attributed through them.
FRAGMENT_NON_CUES = frozenset({"be", "have"})


def extract_quotes(doc: Doc, mentions: Sequence[Mention]) -> list[Quote]:
    """All direct, mixed and indirect quotes of one article, in text order, with resolved speakers."""
    ex = _Extractor(doc)
    ex.reported_speech()
    ex.direct_quotes()
    events = sorted(ex.events, key=lambda e: (e.start, e.end))
    resolver = SpeakerResolver(doc, mentions, in_quote=lambda c: ex.art.span_index_at(c) is not None)
    quotes: list[Quote] = []
    previous: ResolvedSpeaker | None = None
    previous_cue: str | None = None
    for event in events:
        if event.attribution == "continuation" and previous is not None:
            speaker = previous
        else:
            speaker = resolver.resolve(event.speaker, event.start)
        if event.speaker is not None or event.attribution != "continuation":
            resolver.note_speaker(event.start, speaker)
        attribution = event.attribution
        if attribution not in ("continuation", "none") and speaker.how in ("pronoun", "description"):
            attribution = speaker.how
        text = doc.text
        quotes.append(
            Quote(
                quote_text=text[event.start : event.end],
                quote_type=event.kind,
                start_char=event.start,
                end_char=event.end,
                speaker_text=speaker.text,
                speaker_start_char=speaker.start,
                speaker_end_char=speaker.end,
                speaker_name=speaker.name,
                speaker_entity_id=speaker.entity_id,
                speaker_label=speaker.label,
                cue=event.cue if attribution != "continuation" else previous_cue,
                attribution=attribution,
                paragraph_index=ex.art.paragraph_index(event.start),
                sentence_index=ex.art.sentence_index(event.start),
            )
        )
        if attribution != "none":
            previous, previous_cue = speaker, quotes[-1].cue
    return quotes


def quote_span(doc: Doc, quote: Quote) -> Span | None:
    """The quote as a spaCy Span (None when its offsets do not fall on token boundaries)."""
    return doc.char_span(quote.start_char, quote.end_char, alignment_mode="expand")
