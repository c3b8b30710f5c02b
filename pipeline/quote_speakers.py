"""Turn the speaker phrase of a quote into a named speaker: names, pronouns, descriptions, unnamed sources.

Why in reading order: "he said" means the most recent compatible person the reader has met, and a pronoun resolved
once ("he" -> Ned Price) is itself the antecedent for the next one. Names go through the entity step's
canonicalisation (``Mention.canonical_name``: "Price" -> "Ned Price"). Gender agreement uses a small documented
heuristic: honorifics (``rules/quote_titles.txt``), gendered role nouns (``rules/quote_speaker_nouns.txt``) and
common given names (``rules/quote_first_names.txt``); unknown gender agrees with both pronouns.

Round-2 rules (each general, each with a test in tests/test_quotes.py):
  * a definite or possessive role noun ("the Prime Minister", "its chief executive") is a description even when the
    tagger calls it a proper noun; it resolves to a person carrying that role before it, else one named with that
    role in the same or next sentence, else (definite only) the latest person with no other role, unless an
    unnamed source spoke in between ("An official said ... the spokesperson said" stays unnamed);
  * organisation descriptions: "the Labour party" names its organisation; "the police department" -> the latest
    organisation with one of those words in its name; generic nouns ("the company", ``quote_org_nouns.txt``
    "generic") -> the organisation quoted last; "it"/"they" prefer the organisation quoted last;
  * "they" right after a quote (two sentences) continues that speaker: the same unnamed group, the organisation,
    or a person of unknown gender (singular they);
  * person evidence overrides a wrong NER label: an honorific ("Mr Cable" ORG) or a common given name makes a
    name a person, and so every name with that surname;
  * speaker_name never carries titles or honorifics ("Cllr", "Mayor", "Dr", "MP": ``strip_titles``), and a bare
    surname becomes the one full name in the article that ends with it.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import Callable, Sequence

from spacy.tokens import Doc, Token

from pipeline.entities import rules as entity_rules
from pipeline.quote_rules import (
    FIRST_NAMES,
    GENERIC_ORG_NOUNS,
    ORG_NOUNS,
    PLURAL_PRONOUNS,
    PRONOUN_GENDER,
    SPEAKER_NOUNS,
    TITLE_ABBREVIATIONS,
    TITLES,
)

SPEAKER_LABELS = ("PERSON", "ORG", "GPE", "NORP")
ORG_LABELS = ("ORG", "GPE", "NORP")
PHRASE_STOP_DEPS = {"punct", "appos", "relcl", "acl", "prep", "cc", "conj", "advcl", "ccomp"}
DEFINITE = {"the", "this", "that", "these", "those"}
PRONOUN_WINDOW_SENTENCES = 6
ORG_PRONOUN_WINDOW_SENTENCES = 3
THEY_WINDOW_SENTENCES = 2  # "they said" continues the speaker of a quote at most this many sentences back
# a mention inside the subject phrase counts as a subject ("director of sport Emilio Butragueno praised ...")
PHRASE_UP_DEPS = ("compound", "flat", "appos", "pobj", "prep", "conj")


@dataclass(frozen=True)
class ResolvedSpeaker:
    """The speaker fields of a quote row; how = "name" | "pronoun" | "description" | "unnamed" | "none"."""

    text: str | None = None
    start: int | None = None
    end: int | None = None
    name: str | None = None
    entity_id: str | None = None
    label: str | None = None
    how: str = "none"
    gender: str = "-"


NO_SPEAKER = ResolvedSpeaker()


@dataclass(frozen=True)
class _Candidate:
    pos: int
    sentence: int
    name: str
    entity_id: str | None
    label: str
    gender: str
    subject: bool
    descriptors: frozenset[str] = frozenset()  # words just before the name: "Tory leader Michael Howard"


def speaker_phrase(head: Token) -> tuple[int, int]:
    """Character range of the speaker phrase as written: the head with its left modifiers, no clauses/appositions."""
    subtree = {t.i for t in head.subtree}
    i = head.i
    while i - 1 >= 0 and (i - 1) in subtree and (
        head.doc[i - 1].dep_ not in PHRASE_STOP_DEPS or _joined(head.doc[i - 1])
    ):
        i -= 1
    j = head.i
    while j + 1 < len(head.doc) and (j + 1) in subtree and head.doc[j + 1].dep_ in ("compound", "flat", "nummod"):
        j += 1
    first, last = head.doc[i], head.doc[j]
    return first.idx, last.idx + len(last.text)


def _joined(tok: Token) -> bool:
    """A hyphen inside a word ("Brabeck-Letmathe"): part of the name, not punctuation between phrases."""
    return tok.text in ("-", "\u2010") and not tok.whitespace_ and tok.i > 0 and not tok.doc[tok.i - 1].whitespace_


def name_gender(name: str, titles: Sequence[str] = ()) -> str:
    """m / f / - from honorifics or the given name."""
    for title in titles:
        g = TITLES.get(title.lower().strip())
        if g and g != "-":
            return g
    first = name.split()[0].lower() if name.split() else ""
    return FIRST_NAMES.get(first, "-")


ROLE_NOUNS = frozenset(SPEAKER_NOUNS) - {"man", "woman", "father", "mother", "official", "leader", "chief"}


def _title_words() -> frozenset[str]:
    """Honorifics and titles ("Mr", "Cllr", "Mayor", "Dr", "MP"): never part of a speaker_name."""
    return frozenset(TITLES) | frozenset(entity_rules()["titles"])


def strip_titles(name: str) -> str:
    """A name without leading or trailing title words: "Cllr Margaret Doyle" -> "Margaret Doyle", "X Y MP" -> "X Y"."""
    titles = _title_words()
    words = name.split()
    while len(words) > 1 and words[0].lower().rstrip(".") in titles | {t.rstrip(".") for t in titles}:
        words = words[1:]
    while len(words) > 1 and words[-1].lower().rstrip(".") in titles:
        words = words[:-1]
    return " ".join(words)


def _compatible(a: str, b: str) -> bool:
    return a == "-" or b == "-" or a == b


class SpeakerResolver:
    """Resolves speaker head tokens of one article, remembering named speakers as antecedents."""

    def __init__(self, doc: Doc, mentions: Sequence, in_quote: Callable[[int], bool]):
        self.doc = doc
        self.mentions = sorted(mentions, key=lambda m: m.start_char)
        self.mention_starts = [m.start_char for m in self.mentions]
        self.sent_starts = [s.start_char for s in doc.sents]
        self.in_quote = in_quote
        self._tok_starts = [t.idx for t in doc]
        self.people = self._person_evidence()
        self.genders = self._genders()
        self.candidates: list[_Candidate] = [
            self._candidate(m) for m in self.mentions if m.label in SPEAKER_LABELS and not in_quote(m.start_char)
        ]
        self.org_speakers: list[tuple[int, ResolvedSpeaker]] = []  # organisations already quoted, in reading order
        self.last_unnamed = -1  # position of the latest quote whose speaker stayed unnamed ("an official said")
        self.spoken: list[tuple[int, ResolvedSpeaker]] = []  # every speaker so far, named or not
        self._limit: int | None = None  # antecedents must come before this position (the current quote's start)

    # ---- set-up
    def _titles_before(self, start: int, titles=None) -> list[str]:
        tok = self._token_at(start)
        titles = TITLES if titles is None else titles
        return [t.text for t in self.doc[max(0, tok.i - 2) : tok.i] if t.text.lower() in titles]

    def _label(self, m) -> str:
        """The mention's label, PERSON when the article gives person evidence for its name (see _person_evidence)."""
        return "PERSON" if m.canonical_name in self.people else m.label

    def _person_evidence(self) -> set[str]:
        """Names the model mislabelled that are people: an honorific before a mention ("Mr Cable") or a full name
        starting with a common given name ("Vince Cable" ORG)."""
        honorifics = set(TITLES) | set(entity_rules()["honorifics"]) | {"dr", "dr.", "prof", "prof."}
        given = set(FIRST_NAMES) | set(entity_rules().get("first_names", ()))
        people = set()
        for m in self.mentions:
            if m.label not in ORG_LABELS:
                continue
            words = m.canonical_name.split()
            before = [t.lower() for t in self._titles_before(m.start_char, honorifics)]
            own = len(words) > 1 and words[0].lower() in honorifics
            if before or own or (len(words) == 2 and words[0].lower() in given and words[1][:1].isupper()):
                people.add(m.canonical_name)
        surnames = {strip_titles(n).split()[-1] for n in people}  # "Mr Cable" makes "Vince Cable" a person too
        people |= {m.canonical_name for m in self.mentions if m.label in ORG_LABELS and len(m.canonical_name.split()) > 1
                   and m.canonical_name.split()[-1] in surnames}
        return people

    def _genders(self) -> dict[str, str]:
        """Gender per canonical person name from all its mentions (a "Mr" anywhere decides)."""
        out: dict[str, str] = {}
        for m in self.mentions:
            if self._label(m) != "PERSON":
                continue
            titles = self._titles_before(m.start_char) + ([m.role] if getattr(m, "role", None) else [])
            g = name_gender(m.canonical_name, titles)
            if out.get(m.canonical_name, "-") == "-":
                out[m.canonical_name] = g
        return out

    def _candidate(self, m) -> _Candidate:
        tok = self._token_at(m.start_char)
        head = tok
        while head.dep_ in PHRASE_UP_DEPS and head.head != head:
            head = head.head
        subject = head.dep_ in ("nsubj", "nsubjpass")
        sent_start = self.doc[tok.i].sent.start
        descriptors = frozenset(t.lemma_.lower() for t in self.doc[max(sent_start, tok.i - 4) : tok.i])
        if getattr(m, "role", None):
            descriptors |= {w.lower().strip(".") for w in str(m.role).split()}
        descriptors |= {TITLE_ABBREVIATIONS[d] for d in descriptors if d in TITLE_ABBREVIATIONS}
        return _Candidate(
            m.start_char, self._sentence(m.start_char), m.canonical_name, m.entity_id, self._label(m),
            self.genders.get(m.canonical_name, "-"), subject, descriptors,
        )

    def _token_at(self, char: int) -> Token:
        return self.doc[max(0, bisect_right(self._tok_starts, char) - 1)]

    def _sentence(self, char: int) -> int:
        return max(0, bisect_right(self.sent_starts, char) - 1)

    def _mention_at(self, char: int):
        i = bisect_right(self.mention_starts, char) - 1
        if i >= 0 and self.mentions[i].start_char <= char < self.mentions[i].end_char:
            return self.mentions[i]
        return None

    # ---- resolution
    def note_speaker(self, pos: int, speaker: ResolvedSpeaker) -> None:
        """A named speaker becomes the most recent antecedent at its position."""
        if speaker.name is None and speaker.text is not None:
            self.last_unnamed = pos
        if speaker.text is not None:
            self.spoken.append((pos, speaker))
        maybe_org = bool(speaker.name) and speaker.label in ("PERSON", None) and " " not in speaker.name \
            and speaker.gender == "-"  # a one-word name with no person evidence: often a firm the model missed
        if speaker.name and (speaker.label in ORG_LABELS or maybe_org):  # one-word "PERSON"s are often firms
            self.org_speakers.append((pos, speaker))
        if speaker.name and speaker.label in (None, "PERSON"):
            sentence = self._sentence(pos)
            self.candidates.append(
                _Candidate(pos, sentence, speaker.name, speaker.entity_id, "PERSON", speaker.gender, True)
            )
            self.candidates.sort(key=lambda c: c.pos)

    def resolve(self, head: Token | None, quote_start: int | None = None) -> ResolvedSpeaker:
        """The speaker of a quote from the head of its speaker phrase. quote_start: where the quote begins; an
        antecedent must come before it ('This would make Aston Martin "...", he added' is not Aston Martin)."""
        if head is None:
            return NO_SPEAKER
        self._limit = quote_start
        start, end = speaker_phrase(head)
        text = self.doc.text[start:end]
        base = ResolvedSpeaker(text=text, start=start, end=end, how="unnamed")
        own = self._mention_at(head.idx)
        mention = (own if own is not None and own.label in SPEAKER_LABELS else None) or self._appos_person(head) \
            or own or self._mention_in(start, end)
        if mention is not None and mention.label in SPEAKER_LABELS:
            return self._named(base, mention.canonical_name, mention.entity_id, self._label(mention))
        lower = head.lower_
        if head.pos_ == "PRON" or lower in PRONOUN_GENDER or lower in PLURAL_PRONOUNS or lower == "it":
            return self._pronoun(base, lower, start)
        if _is_description(head):  # "the Prime Minister said", "the president said": a role, not a name
            return self._description(base, head, start)
        if head.pos_ == "PROPN":
            return self._proper(base, head, start, end)
        return self._description(base, head, start)

    def _appos_person(self, head: Token):
        """A common-noun speaker phrase naming its person: "the work's author, US playwright Eve Ensler"."""
        if head.pos_ not in ("NOUN", "PROPN"):
            return None
        blocked = {t.i for c in head.children if c.dep_ in ("relcl", "acl", "advcl") for t in c.subtree}
        for t in head.subtree:
            if t.i in blocked or t.dep_ == "poss" or t.i == head.i:
                continue
            m = self._mention_at(t.idx)
            if m is not None and m.label == "PERSON" and not self.doc.text[m.end_char : m.end_char + 2] in ("'s", "’s"):
                return m
        return None

    def _mention_in(self, start: int, end: int):
        """A speaker-like mention inside the phrase ("State Department spokesman Ned Price")."""
        i = bisect_right(self.mention_starts, end) - 1
        while i >= 0 and self.mentions[i].start_char >= start:
            m = self.mentions[i]
            if m.label == "PERSON" and m.end_char <= end:
                return m
            i -= 1
        return None

    def _named(self, base: ResolvedSpeaker, name: str, entity_id: str | None, label: str) -> ResolvedSpeaker:
        if label == "PERSON":
            name = self._full_person_name(strip_titles(name))
        return ResolvedSpeaker(
            base.text, base.start, base.end, name, entity_id, label, "name", self.genders.get(name, "-")
        )

    def _full_person_name(self, name: str) -> str:
        """A one-word name ("Cable") as the fullest known person whose name ends with it ("Vince Cable")."""
        if " " in name:
            return name
        names = {strip_titles(c.name) for c in self.candidates if c.label == "PERSON"}
        fuller = {n for n in names if n.split()[-1] == name and n != name}
        return fuller.pop() if len(fuller) == 1 else name

    def _proper(self, base: ResolvedSpeaker, head: Token, start: int, end: int) -> ResolvedSpeaker:
        """A name the entity step missed: match its last word to a known person, else keep it as written."""
        titles = _title_words()
        words = [w for w in base.text.split() if w.lower().rstrip(".") not in titles and w.lower() not in titles
                 and w[:1].isupper()]
        if not words:
            return base
        last = words[-1].strip(".,")
        for c in reversed(self.candidates):
            if c.label == "PERSON" and c.name.split()[-1] == last:
                return self._named(base, c.name, c.entity_id, "PERSON")
        return ResolvedSpeaker(
            base.text, start, end, " ".join(words), None, None, "name", name_gender(" ".join(words), base.text.split())
        )

    def _recent(
        self, pos: int, accept: Callable[[_Candidate], bool], window: int | None, prefer_subjects: bool = True
    ) -> _Candidate | None:
        """The most recent acceptable candidate before pos (subjects first, for pronouns) within the window."""
        sentence = self._sentence(pos)
        limit = pos if self._limit is None else min(pos, self._limit)
        before = [c for c in self.candidates if c.pos < limit and accept(c)]
        if window is not None:
            before = [c for c in before if sentence - c.sentence <= window]
        subjects = [c for c in before if c.subject] if prefer_subjects else []
        if subjects:
            return subjects[-1]
        return before[-1] if before else None

    def _pronoun(self, base: ResolvedSpeaker, lower: str, pos: int) -> ResolvedSpeaker:
        gender = PRONOUN_GENDER.get(lower)
        if gender is not None:
            found = self._recent(
                pos, lambda c: c.label == "PERSON" and _compatible(c.gender, gender), PRONOUN_WINDOW_SENTENCES
            )
        elif lower in PLURAL_PRONOUNS and (last := self._last_spoken(pos, THEY_WINDOW_SENTENCES)) is not None:
            if last.name is None:  # "Union leaders said ... 'X,' they said": the same unnamed group
                return ResolvedSpeaker(base.text, base.start, base.end, label=last.label, how="unnamed")
            if last.label in ORG_LABELS or last.gender == "-":  # an organisation, or singular "they"
                return ResolvedSpeaker(
                    base.text, base.start, base.end, last.name, last.entity_id, last.label, "pronoun", last.gender
                )
            found = None
        elif lower in PLURAL_PRONOUNS or lower == "it":
            quoted = self._recent_org_speaker(pos, ORG_PRONOUN_WINDOW_SENTENCES)
            if quoted is not None:
                return ResolvedSpeaker(
                    base.text, base.start, base.end, quoted.name, quoted.entity_id, quoted.label, "pronoun"
                )
            labels = ("ORG", "NORP") if lower in PLURAL_PRONOUNS else ("ORG",)
            found = self._recent(pos, lambda c: c.label in labels, ORG_PRONOUN_WINDOW_SENTENCES)
        else:
            found = None
        if found is None:
            return ResolvedSpeaker(base.text, base.start, base.end, how="unnamed")
        return ResolvedSpeaker(
            base.text, base.start, base.end, found.name, found.entity_id, found.label, "pronoun", found.gender
        )

    def _next_with_role(self, pos: int, lemma: str) -> _Candidate | None:
        """'..., its chief executive said. "...," chief executive Amélie Durand told reporters': the role named
        just after (same or next sentence)."""
        sentence = self._sentence(pos)
        for c in self.candidates:
            if c.pos > pos and c.sentence - sentence <= 1 and c.label == "PERSON" and lemma in c.descriptors:
                return c
            if c.sentence - sentence > 1:
                break
        return None

    def _last_spoken(self, pos: int, window: int) -> ResolvedSpeaker | None:
        """The speaker of the latest quote before pos, named or not, if it is within window sentences."""
        before = [(p, sp) for p, sp in self.spoken if p < pos]
        if not before or self._sentence(pos) - self._sentence(before[-1][0]) > window:
            return None
        return before[-1][1]

    def _recent_org_speaker(self, pos: int, window: int | None) -> ResolvedSpeaker | None:
        """The organisation quoted last before pos (within window sentences), if any."""
        sentence = self._sentence(pos)
        for p, speaker in reversed(self.org_speakers):
            if p < pos and (window is None or sentence - self._sentence(p) <= window):
                return speaker
        return None

    def _description(self, base: ResolvedSpeaker, head: Token, pos: int) -> ResolvedSpeaker:
        """ "the senator" -> the last compatible person; "the department" -> the last organisation of that kind."""
        lemma = head.lemma_.lower()
        dets = {c.lower_ for c in head.children if c.dep_ == "det"}
        owned = any(c.dep_ == "poss" for c in head.children)  # "its chief executive", "the firm's spokeswoman"
        if not (dets & DEFINITE or owned) or head.tag_ in ("NNS", "NNPS"):
            return base
        if lemma in SPEAKER_NOUNS:
            g = SPEAKER_NOUNS[lemma]
            found = self._recent(
                pos, lambda c: c.label == "PERSON" and lemma in c.descriptors and _compatible(c.gender, g), None, False
            ) or self._next_with_role(pos, lemma)
            if found is None and not owned and self.last_unnamed < pos:  # no other role named ("Mayor X" is no judge)
                found = self._recent(
                    pos,
                    lambda c: c.label == "PERSON" and _compatible(c.gender, g) and not (c.descriptors & ROLE_NOUNS)
                    and (c.gender != "-" or " " in c.name),  # a one-word name of unknown gender may be no person
                    PRONOUN_WINDOW_SENTENCES, False,
                )
                if found is not None and found.pos < self.last_unnamed:
                    found = None  # "An official said ... the spokesperson said": the unnamed source goes on
            if found is not None:
                return ResolvedSpeaker(
                    base.text, base.start, base.end, found.name, found.entity_id, "PERSON", "description", found.gender
                )
        if lemma in ORG_NOUNS:
            return self._org_description(base, head, lemma, pos)
        return base

    def _org_description(self, base: ResolvedSpeaker, head: Token, lemma: str, pos: int) -> ResolvedSpeaker:
        """'the Labour party' names its organisation; 'the police department' -> the last org named '... Police';
        'the company' -> the organisation quoted last."""
        start, end = base.start or head.idx, base.end or head.idx + len(head.text)
        if lemma in entity_rules()["org_suffixes"]:  # "the Labour party", not "the Budget watchdog"
            for t in self.doc[self._token_at(start).i : head.i]:
                m = self._mention_at(t.idx)
                if m is not None and m.label in ORG_LABELS and m.end_char <= end:
                    return self._named(base, m.canonical_name, m.entity_id, m.label)
        words = {t.lemma_.lower() for t in self.doc[self._token_at(start).i : head.i + 1] if t.is_alpha}
        words = (words & ORG_NOUNS) | {lemma}
        found = self._recent(
            pos, lambda c: c.label in ORG_LABELS and any(w in c.name.lower().split() for w in words), None, False
        )
        if found is not None:
            return ResolvedSpeaker(base.text, base.start, base.end, found.name, found.entity_id, found.label, "description")
        if lemma in GENERIC_ORG_NOUNS:
            quoted = self._recent_org_speaker(pos, None)
            if quoted is not None:
                return ResolvedSpeaker(
                    base.text, base.start, base.end, quoted.name, quoted.entity_id, quoted.label, "description"
                )
            found = self._recent(pos, lambda c: c.label == "ORG", PRONOUN_WINDOW_SENTENCES)  # none quoted yet
            if found is not None:
                return ResolvedSpeaker(base.text, base.start, base.end, found.name, found.entity_id, "ORG", "description")
        return ResolvedSpeaker(base.text, base.start, base.end, label="ORG", how="unnamed")


def _is_description(head: Token) -> bool:
    """A definite role noun heading the speaker phrase ("the Prime Minister", "the company"), whatever its tag."""
    lemma, lower = head.lemma_.lower(), head.lower_
    if not ({lemma, lower} & (set(SPEAKER_NOUNS) | ORG_NOUNS)):
        return False
    return any(c.dep_ in ("det", "poss") and c.lower_ in DEFINITE for c in head.children)
