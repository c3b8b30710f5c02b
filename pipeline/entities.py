"""Named-entity mentions with canonical names, per article and across the corpus.

Why: the dataset links quotes to speakers and counts who/what the news talks about, so a mention must carry a
stable canonical name ("Price" -> "Ned Price") and an id that is the same in every article and every run.
All word lists live in ``pipeline/rules/entity_rules.json`` (labels, titles, credit agencies, suffixes, datelines),
``entity_aliases.json`` (cross-article alias table), ``entity_first_names.txt`` (common given names) and
``entity_patterns.jsonl`` (EntityRuler patterns).

Labels kept (``kept_labels``): PERSON, ORG, GPE, NORP, LOC, FAC, EVENT. Dropped: the numeric/temporal labels
(DATE, TIME, PERCENT, MONEY, QUANTITY, ORDINAL, CARDINAL: values, not entities) and PRODUCT, WORK_OF_ART, LAW,
LANGUAGE (the small model's precision on them is poor and no downstream table uses them). They stay in ``doc.ents``
for anyone who wants them; only :func:`article_mentions` filters.

Post-rules on ``doc.ents`` (component ``newsquotes_entity_fixes``, runs after ``ner``; generic, never per-article):
  1. Credits are not content: entities inside a photo/image credit (``credit_regexes``, e.g. "(Photo by ... via
     Getty Images)") or naming a picture agency (``credit_agencies``) are dropped.
  2. A multi-word title split by the model is repaired: "Pentagon Press" ORG + "Secretary" -> "Pentagon" ORG
     (tail of an entity + following words form a ``multiword_titles`` phrase). A non-PERSON entity that swallowed
     the start of a title is cut before it ("Trump Organization Chief Financial" + "Officer Allen ..." ->
     "Trump Organization") when the part before ends in an organisation word or a capitalised word follows.
     "Duchy of Lancaster and Duchy of Cornwall" (same head word after "and") is split in two; a bare organisation
     word ORG takes in the capitalised words before it ("Menatep" + "Group"); a country right before an ORG ending
     in an organisation word joins it ("US" + "Anti-Doping Agency").
  3. Label corrections: a PERSON/NORP/LOC/GPE span of 2+ tokens ending in an organisation word (``org_suffixes``:
     Force, Party, Ministry, FC, ...) becomes ORG unless it is in the alias table (Soviet Union stays GPE); a
     2+ token PERSON ending in a facility/landform word (``place_tail_labels``) becomes FAC/LOC ("Ben Gurion
     Airport"); a one-token all-capitals PERSON ("IRGC") becomes ORG. Within the article: a company named
     without its company word ("Circuit City" next to "Circuit City Stores", ``company_suffixes``) is ORG; an
     all-capitals word spelling the initials of a multi-word ORG ("MTA") is ORG; a 2-3 word capitalised entity
     starting with a common given name (``entity_first_names.txt``) and not ending in an organisation/place word
     is PERSON ("Seth Meyers" ORG); a 2+ word entity ending in an event word (``event_tail_words``: Election,
     Awards, Games, War, ...) is EVENT; a one-word PERSON/GPE/NORP with an organisation noun right before it
     ("oil giant Yukos", "her label, Polydor": ``org_cue_before``) or after it ("Balco laboratory":
     ``org_cue_after``, PERSON/ORG only) is ORG in every mention of the article.
  4. One sense per article: mentions with the same normalised text take the article's majority label; a one-word
     mention equal to the surname of a multi-word PERSON in the article becomes PERSON ("Price" ORG -> PERSON), and
     so does one equal to its given name unless it is a GPE ("Mercedes" ORG next to "Mercedes Schlapp").
     Texts in ``not_entities`` (time zones: "5:45 a.m. ET") are never mentions.
  5. Propagation: untagged occurrences of a multi-word PERSON name of the article, and capitalised tokens outside
     any entity that equal a known surname, become PERSON mentions.
  6. Datelines: the all-capitals place of a wire dateline at a paragraph start (``dateline_regexes``:
     "ISLAMABAD, March 4 (Reuters) - ", "ERIE, Pa. — ") is a GPE whatever the model said.
  Limits: rules 4-5 can mislabel a place that shares a surname in the same article ("Washington" in a story about
  Denzel Washington); rule 3 misses organisations without a suffix word and turns a company named after a person
  ("John Lewis") into a PERSON; one-word organisations the model calls PERSON ("Balco", "Sportradar") stay wrong.

Mention spans (``article_mentions``): offsets come from spaCy (code points of the Doc text, so
``text[start:end] == mention.text`` always holds); they are only *moved*, never rewritten: leading determiners
("the"), sentence-initial adverbs/conjunctions swallowed by the model ("Later Price"), punctuation, possessive "'s"/"'" (also glued to the token with any apostrophe-like
mark, "Biden‘s", cut by characters), trailing "&" and trailing lower-case words ("Hebei province", "YP Rajesh and")
are trimmed; for PERSON, leading honorifics (Mr, Mrs, ...), titles and ranks (President, Sen., Cllr, Chief Constable,
Lt Col, Det Insp, ...) and wire credit words ("Writing by ...", ``credit_words``) are trimmed too.

Roles (PERSON only): titles trimmed from the span plus the run of words right before the name that ends in a
title word and consists of titles, capitalised words, "of" and hyphens ("State Department spokesman Ned Price" ->
role "State Department spokesman"; "Sen. Bill Hagerty" -> "Sen."). Honorifics alone give no role. Leading stop
words are dropped from the role. Limit: roles after the name ("Price, a spokesman,") are not captured.

Canonical names within an article:
  * PERSON: a mention maps to the fullest PERSON name in the article whose name words (split on spaces and
    hyphens, particles like "al", "van" ignored, case-folded) end with the mention's words ("Kadhimi" ->
    "Mustafa al-Kadhimi", "Price" -> "Ned Price"); failing that, a one-word mention maps to the unique full name
    starting with it ("Ned"). When two different full names fit ("Bush": "George Bush", "Jeb Bush") the mention
    keeps its own text. Limit: no cross-article person resolution ("Biden" in one article, "Joe Biden" in another
    are two entities).
  * Other labels: the alias table (GPE/ORG/LOC/NORP: "U.S." -> "United States"), else an acronym defined in the
    article as "Long Name (ACR)" or spelling the initials of an ORG of the article ("MTA") maps to the long name,
    else an ORG named without its company word maps to the full name ("Circuit City" -> "Circuit City Stores",
    "Marsh" -> "Marsh & McLennan"), else a 2+ word ORG that ends exactly one longer ORG name maps to it ("Housing
    Authority" -> "D.C. Housing Authority"; not when the extra words are an ORG of their own: "IRGC Qods Force"),
    else the article's most frequent surface form of the same
    normalised name (case, dots, hyphens, curly apostrophes and a leading "the" ignored).

Across articles: ``entity_id`` = hash of (label, normalised canonical name after aliases); ``build_entities``
counts mentions and articles and lists every other surface form and canonical form as aliases.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections import Counter
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import polars as pl
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

RULES_DIR = Path(__file__).resolve().parent / "rules"
POST_RULES_NAME = "newsquotes_entity_fixes"
POSSESSIVES = frozenset({"'s", "’s", "'", "’", "'S", "’S"})
# A sentence-initial adverb or conjunction swallowed by the model ("Later Price" ORG) is not part of a name.
LEADING_NON_NAME_POS = frozenset({"ADV", "ADP", "SCONJ", "CCONJ", "PRON", "VERB", "AUX", "PART", "INTJ"})
TRAILING_JUNK = frozenset({"&", "-", "–", "—", "/"})


@lru_cache(maxsize=1)
def rules() -> dict[str, Any]:
    """The entity rule lists, lower-cased into sets where they are used for lookup."""
    raw = json.loads((RULES_DIR / "entity_rules.json").read_text(encoding="utf-8"))
    aliases = json.loads((RULES_DIR / "entity_aliases.json").read_text(encoding="utf-8"))
    return {
        "kept_labels": frozenset(raw["kept_labels"]),
        "credit_agencies": frozenset(a.lower() for a in raw["credit_agencies"]),
        "credit_regexes": [re.compile(r) for r in raw["credit_regexes"]],
        "honorifics": frozenset(raw["honorifics"]),
        "post_nominals": frozenset(raw.get("post_nominals", ())),
        "titles": frozenset(raw["titles"]) | frozenset(raw["honorifics"]),
        "multiword_titles": frozenset(raw["multiword_titles"]),
        "org_suffixes": frozenset(raw["org_suffixes"]),
        "particles": frozenset(raw["name_particles"]),
        "determiners": frozenset(raw["leading_determiners"]),
        "company_suffixes": frozenset(raw["company_suffixes"]),
        "credit_words": frozenset(raw["credit_words"]),
        "dateline_regexes": [re.compile(r) for r in raw["dateline_regexes"]],
        "not_entities": frozenset(raw["not_entities"]),
        "non_person_tails": frozenset(raw["non_person_tail_words"]),
        "place_tail_labels": dict(raw["place_tail_labels"]),
        "event_tails": frozenset(raw["event_tail_words"]),
        "org_cue_before": frozenset(raw["org_cue_before"]),
        "org_cue_after": frozenset(raw["org_cue_after"]),
        "first_names": frozenset(
            line.strip().lower()
            for line in (RULES_DIR / "entity_first_names.txt").read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")
        ),
        "aliases": {k: v for k, v in aliases.items() if not k.startswith("_")},
    }


KEPT_LABELS: frozenset[str] = rules()["kept_labels"]
ALIAS_LABELS = frozenset({"GPE", "ORG", "LOC", "NORP"})


@dataclass(frozen=True)
class Mention:
    start_char: int
    end_char: int
    text: str
    label: str
    sentence_index: int
    canonical_name: str
    role: str | None
    entity_id: str


# ---------------------------------------------------------------- normalisation and ids


def normalise_name(name: str) -> str:
    """Case/punctuation-insensitive key: NFKC, casefold, no dots, hyphens as spaces, no leading 'the'."""
    text = unicodedata.normalize("NFKC", name).casefold()
    text = text.replace("’", "'").replace("‘", "'").replace(".", "")
    text = re.sub(r"[-‐‑–—_]", " ", text)
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"^the ", "", text)
    text = re.sub(r"(?:'s|')$", "", text).strip()
    return text


def _aliased(name: str, label: str) -> str | None:
    if label not in ALIAS_LABELS:
        return None
    return rules()["aliases"].get(normalise_name(name))


def entity_id(canonical_name: str, label: str) -> str:
    """Stable id from the label and the normalised canonical name (aliases applied): 'e' + 16 hex."""
    name = _aliased(canonical_name, label) or canonical_name
    key = f"{label}\x1f{normalise_name(name)}"
    return "e" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def mention_id(article_id: str, start_char: int, end_char: int, label: str) -> str:
    """Stable id of one mention, derived from where it is in which article: 'm' + 16 hex."""
    key = f"{article_id}\x1f{start_char}\x1f{end_char}\x1f{label}"
    return "m" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def _word(token: Token) -> str:
    return token.text.lower().rstrip(".")


def _is_title(token: Token) -> bool:
    return _word(token) in rules()["titles"]


def _name_keys(name: str) -> list[str]:
    """Words of a person name for matching: split on spaces/hyphens, particles dropped, case-folded."""
    words = [w for w in re.split(r"[\s\-‐‑–]+", normalise_name(name)) if w]
    kept = [w for w in words if w not in rules()["particles"]]
    return kept or words


# ---------------------------------------------------------------- post-rules on doc.ents


@Language.component(POST_RULES_NAME)
def fix_entities(doc: Doc) -> Doc:
    """Generic corrections of the model's entities (see module docstring, rules 1-5)."""
    ents = _drop_credits(doc, list(doc.ents))
    ents = [_cut_before_title(_cut_at_parenthesis(_trim_title_tail(doc, ent))) for ent in ents]
    ents = [part for ent in ents for part in _split_repeated_head(ent)]
    ents = _extend_bare_org_word(doc, ents)
    ents = _merge_country_into_org(doc, ents)
    ents = [_relabel_by_form(ent) for ent in ents if len(ent) > 0 and not _only_titles(doc, ent)]
    ents = _company_short_forms(doc, ents)
    ents = _acronyms_of_orgs(doc, ents)
    ents = _orgs_by_context(doc, ents)
    ents = [_person_by_first_name(ent) for ent in ents]
    ents = _harmonise_labels(doc, ents)
    ents = _people_by_surname(doc, ents)
    ents = _propagate_full_names(doc, ents)
    ents = _propagate_surnames(doc, ents)
    ents = _datelines_as_places(doc, ents)
    doc.ents = filter_spans(ents)
    return doc


def credit_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges of photo/image credits in ``text``."""
    return [m.span() for rx in rules()["credit_regexes"] for m in rx.finditer(text)]


def _drop_credits(doc: Doc, ents: list[Span]) -> list[Span]:
    ranges = credit_ranges(doc.text)
    agencies = rules()["credit_agencies"]
    return [
        e
        for e in ents
        if e.text.lower() not in agencies
        and not any(s < e.end_char and e.start_char < t for s, t in ranges)
    ]


def _trim_title_tail(doc: Doc, ent: Span) -> Span:
    """'Pentagon Press' + 'Secretary' -> 'Pentagon': the entity's tail begins a multi-word title."""
    if ent.label_ == "PERSON" or len(ent) < 2:
        return ent
    phrases = rules()["multiword_titles"]
    for k in (2, 1):
        if len(ent) <= k:
            continue
        tail = [_word(t) for t in ent[-k:]]
        after = [_word(t) for t in doc[ent.end : ent.end + 2]]
        for j in range(0, len(after) + 1):
            if " ".join(tail + after[:j]) in phrases:
                return Span(doc, ent.start, ent.end - k, label=ent.label_)
    return ent


def _only_titles(doc: Doc, ent: Span) -> bool:
    """'Bishop', 'Rt Rev Dr', or 'State' in 'Secretary of State': a title, not a name."""
    if all(_is_title(t) or t.is_punct for t in ent):
        return True
    phrases = rules()["multiword_titles"]
    for before in (1, 2):
        if ent.start - before < 0:
            continue
        words = [_word(t) for t in doc[ent.start - before : ent.end]]
        for after in (0, 1):
            extra = [_word(t) for t in doc[ent.end : ent.end + after]]
            if " ".join(words + extra) in phrases:
                return True
    return False


def _cut_before_title(ent: Span) -> Span:
    """'Trump Organization Chief Financial' (+ 'Officer Allen Weisselberg') -> 'Trump Organization'.

    A non-PERSON entity that swallowed the start of a person's title: cut at the first title word (not the
    first token) when everything from there on is capitalised and the part before it ends in an organisation
    word (``org_suffixes``) or the entity is directly followed by another title word or a capitalised name.
    """
    if ent.label_ == "PERSON" or len(ent) < 2:
        return ent
    doc = ent.doc
    for k in range(ent.start + 1, ent.end):
        if not (_is_title(doc[k]) and _word(doc[k]) not in rules()["honorifics"]):
            continue
        if not all(t.text[:1].isupper() for t in doc[k : ent.end]):
            return ent
        after = doc[ent.end] if ent.end < len(doc) else None
        org_before = _word(doc[k - 1]) in rules()["org_suffixes"]
        name_after = after is not None and after.text[:1].isupper() and after.is_alpha
        if org_before or name_after:
            return Span(doc, ent.start, k, label=ent.label_)
        return ent
    return ent


def _extend_bare_org_word(doc: Doc, ents: list[Span]) -> list[Span]:
    """'Menatep' + 'Group' ORG -> 'Menatep Group': an ORG that is only an organisation word takes in the
    capitalised words (outside any entity, at most 3) right before it."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    fixed = []
    for e in ents:
        if e.label_ == "ORG" and len(e) == 1 and _word(e[0]) in rules()["org_suffixes"] | rules()["company_suffixes"]:
            start = e.start
            while (
                start > 0
                and e.start - start < 3
                and start - 1 not in taken
                and doc[start - 1].is_alpha
                and doc[start - 1].text[:1].isupper()
                and not doc[start - 1].is_stop
            ):
                start -= 1
            e = Span(doc, start, e.end, label="ORG") if start < e.start else e
        fixed.append(e)
    return fixed


def _merge_country_into_org(doc: Doc, ents: list[Span]) -> list[Span]:
    """'US' GPE + 'Anti-Doping Agency' ORG -> 'US Anti-Doping Agency': a country right before an ORG whose last
    word is an organisation word (``org_suffixes``) is part of its name."""
    ordered = sorted(ents, key=lambda e: (e.start, e.end))
    merged: list[Span] = []
    for e in ordered:
        prev = merged[-1] if merged else None
        if (
            prev is not None
            and prev.label_ == "GPE"
            and e.label_ == "ORG"
            and prev.end == e.start
            and doc[e.start].text[:1].isupper()
            and doc[e.start].lower_ not in rules()["determiners"]
            and _word(e[-1]) in rules()["org_suffixes"]
            and all(not t.is_punct for t in prev)
        ):
            merged[-1] = Span(doc, prev.start, e.end, label="ORG")
            continue
        merged.append(e)
    return merged


def _orgs_by_context(doc: Doc, ents: list[Span]) -> list[Span]:
    """'oil giant Yukos', 'her former label, Polydor', 'the Balco laboratory': a one-word PERSON/GPE/NORP with an
    organisation noun right before it (``org_cue_before``, a comma may sit between) or, for PERSON, right after it
    (``org_cue_after``) is an ORG, and so is every mention of the same word in the article (the evidence may also
    come from a mention the model already called ORG: "the Balco laboratory")."""
    people_words = {
        t.text for e in ents if e.label_ == "PERSON" and len(e) >= 2 for t in e
    }
    orgs = set()
    for e in ents:
        if len(e) != 1 or e.label_ not in {"PERSON", "GPE", "NORP", "ORG"} or e.text in people_words:
            continue
        if _aliased(e.text, "GPE") is not None:
            continue
        i = e.start - 1
        if i >= 0 and doc[i].text == ",":
            i -= 1
        before = doc[i].lower_ if i >= 0 else ""
        after = doc[e.end].lower_ if e.end < len(doc) else ""
        if before in rules()["org_cue_before"] or (e.label_ in {"PERSON", "ORG"} and after in rules()["org_cue_after"]):
            orgs.add(e.text)
    return [
        Span(doc, e.start, e.end, label="ORG") if len(e) == 1 and e.text in orgs and e.label_ != "ORG" else e
        for e in ents
    ]


def _split_repeated_head(ent: Span) -> list[Span]:
    """'Duchy of Lancaster and Duchy of Cornwall' -> two entities: after 'and' the same head word starts again."""
    doc = ent.doc
    head = next((t for t in ent if t.lower_ not in rules()["determiners"]), ent[0])
    for t in ent[1:-1]:
        if (
            t.lower_ in {"and", "&"}
            and t.i - head.i >= 2
            and doc[t.i + 1].text == head.text
            and head.text[:1].isupper()
        ):
            return [Span(doc, ent.start, t.i, label=ent.label_), Span(doc, t.i + 1, ent.end, label=ent.label_)]
    return [ent]


def _person_by_first_name(ent: Span) -> Span:
    """'Seth Meyers' ORG -> PERSON: 2-3 capitalised words starting with a common given name
    (``entity_first_names.txt``) and ending in no organisation/place word (``org_suffixes``, ``company_suffixes``,
    ``non_person_tail_words``); names in the alias table are left alone."""
    if ent.label_ == "PERSON" or not 2 <= len(ent) <= 3 or _aliased(ent.text, "GPE") is not None:
        return ent
    last = _word(ent[-1])
    stop_words = rules()["org_suffixes"] | rules()["company_suffixes"] | rules()["non_person_tails"]
    if (
        ent[0].lower_ in rules()["first_names"]
        and all(t.is_alpha and t.text[:1].isupper() for t in ent)
        and last not in stop_words
    ):
        return Span(ent.doc, ent.start, ent.end, label="PERSON")
    return ent


def _propagate_full_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """Untagged occurrences of a multi-word PERSON name of the article become PERSON ('Seth Meyers interview')."""
    names = {tuple(t.text for t in doc[start:end]) for start, end in _full_name_bounds(ents)}
    taken = {i for e in ents for i in range(e.start, e.end)}
    added = []
    for name in sorted(names):
        n = len(name)
        for i in range(len(doc) - n + 1):
            if tuple(t.text for t in doc[i : i + n]) == name and not any(j in taken for j in range(i, i + n)):
                added.append(Span(doc, i, i + n, label="PERSON"))
                taken.update(range(i, i + n))
    return ents + added


def _company_key(words: list[str]) -> tuple[str, ...]:
    """Words of an organisation name without trailing company words ('Circuit City Stores' -> circuit, city)."""
    words = [w for w in words if w not in {".", ","}]
    while len(words) > 1 and words[-1].lower().rstrip(".") in rules()["company_suffixes"]:
        words = words[:-1]
    return tuple(w.lower() for w in words)


def _company_short_forms(doc: Doc, ents: list[Span]) -> list[Span]:
    """'Circuit City' GPE with 'Circuit City Stores' ORG in the article -> ORG (a company named without its suffix)."""
    long_forms = {
        _company_key([t.text for t in e])
        for e in ents
        if e.label_ == "ORG" and _company_key([t.text for t in e]) != tuple(t.lower_ for t in e if t.text not in {".", ","})
    }
    return [
        Span(doc, e.start, e.end, label="ORG")
        if e.label_ != "ORG" and tuple(t.lower_ for t in e) in long_forms
        else e
        for e in ents
    ]


def initials(name: str) -> str:
    """Capital initials of a name's words ('Metropolitan Transportation Authority' -> 'MTA', 'D.C. Housing' -> 'DCH')."""
    words = re.split(r"[\s\-]+", name)
    return "".join(w.replace(".", "") if _DOTTED.fullmatch(w) else w[0] for w in words if w[:1].isupper())


_DOTTED = re.compile(r"(?:[A-Z]\.)+")


def _is_acronym(text: str) -> bool:
    letters = text.replace(".", "")
    return 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()


def _acronyms_of_orgs(doc: Doc, ents: list[Span]) -> list[Span]:
    """An all-capitals word spelling the initials of a multi-word ORG in the same article is that ORG ('MTA')."""
    org_initials = {initials(e.text) for e in ents if e.label_ == "ORG" and len(e) >= 2}
    org_initials.discard("")
    return [
        Span(doc, e.start, e.end, label="ORG")
        if e.label_ != "ORG" and len(e) == 1 and _is_acronym(e.text) and e.text.replace(".", "") in org_initials
        else e
        for e in ents
    ]


def dateline_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges of the all-capitals place of wire datelines ('ISLAMABAD, March 4 (Reuters) - ')."""
    return [m.span("place") for rx in rules()["dateline_regexes"] for m in rx.finditer(text)]


def _datelines_as_places(doc: Doc, ents: list[Span]) -> list[Span]:
    """The place of a dateline is a GPE, whatever the model called it ('ISLAMABAD' ORG -> GPE)."""
    ranges = dateline_ranges(doc.text)
    if not ranges:
        return ents
    return [
        Span(doc, e.start, e.end, label="GPE")
        if e.label_ not in {"GPE", "LOC"} and any(s <= e.start_char and e.end_char <= t for s, t in ranges)
        else e
        for e in ents
    ]


def _cut_at_parenthesis(ent: Span) -> Span:
    """'Court of Arbitration for Sport (CAS' -> 'Court of Arbitration for Sport': an entity never spans a '('."""
    for t in ent:
        if t.text == "(" and t.i > ent.start:
            return Span(ent.doc, ent.start, t.i, label=ent.label_)
    return ent


def _people_by_surname(doc: Doc, ents: list[Span]) -> list[Span]:
    """'Alistair Cragg' ORG with 'Cragg' PERSON elsewhere in the article -> PERSON (2-3 capitalised words)."""
    single_people = {e.text for e in ents if e.label_ == "PERSON" and len(e) == 1}
    fixed = []
    for e in ents:
        if (
            e.label_ != "PERSON"
            and 2 <= len(e) <= 3
            and e[-1].text in single_people
            and all(t.text[:1].isupper() for t in e)
        ):
            e = Span(doc, e.start, e.end, label="PERSON")
        fixed.append(e)
    return fixed


def _relabel_by_form(ent: Span) -> Span:
    """Organisation suffix -> ORG; a PERSON ending in a place word -> FAC/LOC; a one-token all-capitals 'person' -> ORG."""
    last = _word(ent[-1])
    if (
        ent.label_ in {"PERSON", "NORP", "LOC", "GPE"}
        and len(ent) >= 2
        and last in rules()["org_suffixes"]
        and _aliased(ent.text, "GPE") is None
    ):
        return Span(ent.doc, ent.start, ent.end, label="ORG")
    if ent.label_ in {"ORG", "PERSON", "GPE", "FAC"} and len(ent) >= 2 and last in rules()["event_tails"]:
        return Span(ent.doc, ent.start, ent.end, label="EVENT")
    if ent.label_ in {"PERSON", "EVENT"} and len(ent) >= 2 and last in rules()["place_tail_labels"]:
        return Span(ent.doc, ent.start, ent.end, label=rules()["place_tail_labels"][last])
    text = ent.text
    if ent.label_ == "PERSON" and len(ent) == 1 and len(text) >= 2 and text.isalpha() and text.isupper():
        return Span(ent.doc, ent.start, ent.end, label="ORG")
    return ent


def _core_text(ent: Span) -> str:
    start, end = _trimmed_bounds(ent)
    return ent.doc[start:end].text if end > start else ""


def _person_surnames(doc: Doc, ents: list[Span]) -> set[str]:
    """Last words of multi-word PERSON names in the article (title and honorific words excluded)."""
    return {doc[end - 1].text for _, end in _full_name_bounds(ents) if doc[end - 1].text[:1].isupper()}


def _person_given_names(doc: Doc, ents: list[Span]) -> set[str]:
    """First words of multi-word PERSON names in the article ('Mercedes' of 'Mercedes Schlapp')."""
    return {doc[start].text for start, _ in _full_name_bounds(ents)
            if doc[start].is_alpha and doc[start].text[:1].isupper()}


def _full_name_bounds(ents: list[Span]) -> list[tuple[int, int]]:
    """Token bounds of the PERSON entities that are two or more words once titles are trimmed off."""
    bounds = [_trimmed_bounds(e) for e in ents if e.label_ == "PERSON"]
    return [(start, end) for start, end in bounds if end - start >= 2]


def _harmonise_labels(doc: Doc, ents: list[Span]) -> list[Span]:
    """One label per normalised text (strict majority); surnames and given names of known people as PERSON
    (a given name never overrides a GPE: 'Jordan' the country next to 'Jordan Henderson')."""
    counts: dict[str, Counter[str]] = {}
    for e in ents:
        counts.setdefault(normalise_name(_core_text(e)), Counter())[e.label_] += 1
    surnames = _person_surnames(doc, ents)
    given = _person_given_names(doc, ents)
    fixed = []
    for e in ents:
        label = e.label_
        core = _core_text(e)
        ranking = counts[normalise_name(core)].most_common()
        if len(ranking) > 1 and ranking[0][1] > ranking[1][1]:
            label = ranking[0][0]
        if core in surnames and " " not in core:
            label = "PERSON"
        if core in given and " " not in core and label != "GPE":
            label = "PERSON"
        fixed.append(e if label == e.label_ else Span(doc, e.start, e.end, label=label))
    return fixed


def _propagate_surnames(doc: Doc, ents: list[Span]) -> list[Span]:
    """Capitalised tokens equal to a known surname, outside every entity and credit, become PERSON."""
    surnames = _person_surnames(doc, ents)
    if not surnames:
        return ents
    taken = {i for e in ents for i in range(e.start, e.end)}
    ranges = credit_ranges(doc.text)
    added = [
        Span(doc, t.i, t.i + 1, label="PERSON")
        for t in doc
        if t.text in surnames
        and t.i not in taken
        and not any(s <= t.idx < e for s, e in ranges)
        and not (t.i + 1 < len(doc) and doc[t.i + 1].ent_iob_ in ("B", "I") and doc[t.i + 1].text[:1].isupper())
    ]
    return ents + added


# ---------------------------------------------------------------- one article's mentions


def _trimmed_bounds(ent: Span) -> tuple[int, int]:
    """Token bounds of the entity without determiners, punctuation, possessives and (PERSON) titles."""
    doc, start, end = ent.doc, ent.start, ent.end
    determiners = rules()["determiners"]
    while start < end and (
        doc[start].is_space
        or doc[start].is_punct
        or doc[start].lower_ in determiners
        or (doc[start].pos_ in LEADING_NON_NAME_POS and end - start > 1)
        or (ent.label_ == "PERSON" and _is_title(doc[start]) and end - start > 1)
        or (ent.label_ == "PERSON" and _word(doc[start]) in rules()["credit_words"])
    ):
        start += 1
    while end > start and (
        doc[end - 1].is_space
        or (doc[end - 1].is_lower and doc[end - 1].is_alpha and end - start > 1)
        or (doc[end - 1].is_punct and not doc[end - 1].text.endswith("."))
        or doc[end - 1].text in POSSESSIVES
        or doc[end - 1].text in TRAILING_JUNK
        or (ent.label_ == "PERSON" and _word(doc[end - 1]) in rules()["post_nominals"] and end - start > 1)
    ):
        end -= 1
    return start, end


def _role(doc: Doc, ent: Span, name_start: int) -> str | None:
    """Title words trimmed off the name plus the title run right before it, as written."""
    if ent.label_ != "PERSON":
        return None
    role_end = name_start
    i = name_start - 1
    if i < 0 or not _is_title(doc[i]) or doc[i].sent.start != ent.sent.start:
        return None
    sent_start = ent.sent.start
    while i >= sent_start and (
        _is_title(doc[i])
        or doc[i].text in {"of", "-", "for"}
        or (doc[i].text[:1].isupper() and doc[i].is_alpha)
        or (doc[i].is_alpha and doc[i].ent_type_ in {"ORG", "NORP", "GPE"})
    ):
        i -= 1
    role_start = i + 1
    while role_start < role_end and (
        doc[role_start].text in {"of", "-", "for"}
        or (doc[role_start].is_stop and not _is_title(doc[role_start]))
        or doc[role_start].is_punct
    ):
        role_start += 1
    words = doc[role_start:role_end]
    if not any(_is_title(t) and _word(t) not in rules()["honorifics"] for t in words):
        return None
    # Honorifics directly before the name are not a role ("President Mr Smith" keeps "President").
    while role_end > role_start and _word(doc[role_end - 1]) in rules()["honorifics"]:
        role_end -= 1
    return doc[role_start:role_end].text or None


def _sentence_starts(doc: Doc) -> list[int]:
    return [s.start_char for s in doc.sents]


_GLUED_POSSESSIVE = re.compile(r"(?<=[A-Za-z])['’‘`]s?$")


def _raw_mentions(doc: Doc) -> list[tuple[int, int, str, str | None, int]]:
    """(start_char, end_char, label, role, sentence_index) for every kept entity after trimming."""
    from bisect import bisect_right

    starts = _sentence_starts(doc)
    out = []
    for ent in doc.ents:
        if ent.label_ not in KEPT_LABELS:
            continue
        start, end = _trimmed_bounds(ent)
        if end <= start:
            continue
        span = doc[start:end]
        text = span.text
        # A possessive glued to the last token ("Biden‘s" with a left quote as apostrophe) is cut by characters.
        glued = _GLUED_POSSESSIVE.search(text)
        end_char = span.end_char - (len(glued.group(0)) if glued and len(text) > len(glued.group(0)) + 1 else 0)
        text = doc.text[span.start_char : end_char]
        if not any(c.isalpha() for c in text) or not any(c.isupper() for c in text) or text in rules()["not_entities"]:
            continue
        # Search back from the span start *including* trimmed titles, so the role spans both.
        role = _role(doc, ent, start)
        sentence_index = max(0, bisect_right(starts, span.start_char) - 1)
        out.append((span.start_char, end_char, ent.label_, role, sentence_index))
    return out


def _person_canonicals(names: list[str]) -> dict[str, str]:
    """Each PERSON surface name -> the fullest name in the article it abbreviates (or itself)."""
    keyed = {n: _name_keys(n) for n in names}
    full = sorted({n for n, k in keyed.items() if len(k) >= 2}, key=lambda n: (-len(keyed[n]), names.index(n)))
    result = {}
    for name, key in keyed.items():
        fits = [f for f in full if len(keyed[f]) >= len(key) and keyed[f][-len(key) :] == key]
        if not fits and len(key) == 1:
            fits = [f for f in full if keyed[f][0] == key[0]]
        # keep only maximal candidates: drop a candidate that is itself a suffix of a longer one
        maximal = [
            f
            for f in fits
            if not any(
                g != f and len(keyed[g]) > len(keyed[f]) and keyed[g][-len(keyed[f]) :] == keyed[f] for g in fits
            )
        ]
        distinct = {tuple(keyed[f]) for f in maximal}
        result[name] = maximal[0] if len(distinct) == 1 else name
    return result


_ACRONYM_AFTER = re.compile(r"\s*\(\s*([A-Z][A-Za-z&.]{1,9})\s*\)")


def _acronym_expansions(text: str, mentions: list[tuple[int, int, str, str | None, int]]) -> dict[tuple[str, str], str]:
    """'Islamic Revolutionary Guard Corps (IRGC)' -> {('irgc', 'ORG'): 'Islamic Revolutionary Guard Corps'}."""
    found = {}
    for start, end, label, _role_, _s in mentions:
        name = text[start:end]
        match = _ACRONYM_AFTER.match(text, end)
        if match and label != "PERSON" and len(name.split()) >= 2:
            acronym = match.group(1)
            letters, bare = initials(name), acronym.replace(".", "")
            if bare.isupper() and (bare[0] == letters[:1] or letters.endswith(bare)):
                found[(normalise_name(acronym), label)] = name
    # Without parentheses: an ORG name of 2+ capitalised words and an all-capitals word spelling its initials.
    for start, end, label, _role_, _s in mentions:
        name = _clean_name(text[start:end])
        letters = initials(name)
        if label == "ORG" and len(letters) >= 2 and len(name.split()) >= 2:
            found.setdefault((normalise_name(letters), "ORG"), name)
    return found


def _company_long_forms(text: str, mentions: list[tuple[int, int, str, str | None, int]]) -> dict[tuple[str, ...], str]:
    """ORG names ending in company words, by their key without them ('circuit', 'city') -> 'Circuit City Stores'."""
    found = {}
    for start, end, label, _role_, _s in mentions:
        name = _clean_name(text[start:end])
        words = name.split()
        key = _company_key(words)
        if label == "ORG" and len(key) < len(words):
            found.setdefault(key, name)
        if label == "ORG" and "&" in words[1:]:
            found.setdefault(tuple(w.lower() for w in words[: words.index("&")]), name)
    return found


def _org_tail_forms(text: str, mentions: list[tuple[int, int, str, str | None, int]]) -> dict[str, str]:
    """'Housing Authority' -> 'D.C. Housing Authority': a 2+ word ORG name that ends exactly one longer ORG name of
    the article is that organisation (normalised short name -> long name)."""
    names = sorted({_clean_name(text[s:e]) for s, e, label, _r, _i in mentions if label == "ORG"})
    found = {}
    for short in names:
        if len(short.split()) < 2:
            continue
        longer = [n for n in names if n != short and n.endswith(" " + short)]
        # 'IRGC Qods Force' is the Qods Force *of* the IRGC: a prefix that is an ORG of its own is not a name part.
        if len(longer) == 1 and longer[0][: -len(short)].strip() not in names:
            found[normalise_name(short)] = longer[0]
    return found


def _clean_name(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def article_mentions(doc: Doc) -> list[Mention]:
    """One article's mentions (kept labels), trimmed, with roles and within-article canonical names."""
    raw = _raw_mentions(doc)
    text = doc.text
    persons = [_clean_name(text[s:e]) for s, e, label, _r, _i in raw if label == "PERSON"]
    person_canon = _person_canonicals(persons)
    acronyms = _acronym_expansions(text, raw)
    companies = _company_long_forms(text, raw)
    org_tails = _org_tail_forms(text, raw)
    surface: dict[tuple[str, str], Counter[str]] = {}
    for s, e, label, _r, _i in raw:
        if label != "PERSON":
            surface.setdefault((normalise_name(text[s:e]), label), Counter())[_clean_name(text[s:e])] += 1
    mentions = []
    for s, e, label, role, sentence_index in raw:
        name = _clean_name(text[s:e])
        if label == "PERSON":
            canonical = person_canon.get(name, name)
        else:
            key = (normalise_name(name), label)
            canonical = (
                _aliased(name, label)
                or acronyms.get(key)
                or (companies.get(tuple(w.lower() for w in name.split())) if label == "ORG" else None)
                or (org_tails.get(key[0]) if label == "ORG" else None)
                or surface[key].most_common(1)[0][0]
            )
        mentions.append(
            Mention(s, e, text[s:e], label, sentence_index, canonical, role, entity_id(canonical, label))
        )
    return mentions


def mention_rows(article_id: str, doc: Doc) -> list[dict[str, Any]]:
    """Rows of the ``entity_mentions`` table for one article (mention_id and article_id added)."""
    return [
        {"mention_id": mention_id(article_id, m.start_char, m.end_char, m.label), "article_id": article_id, **asdict(m)}
        for m in article_mentions(doc)
    ]


# ---------------------------------------------------------------- across articles


ENTITY_COLUMNS = ["entity_id", "canonical_name", "label", "mention_count", "article_count", "aliases"]


def build_entities(mentions: pl.DataFrame) -> pl.DataFrame:
    """The ``entities`` table: one row per entity_id, sorted by entity_id.

    canonical_name = the most frequent within-article canonical name (ties: alphabetically first);
    aliases = every other distinct surface text or canonical name, sorted.
    """
    schema = {
        "entity_id": pl.Utf8,
        "canonical_name": pl.Utf8,
        "label": pl.Utf8,
        "mention_count": pl.Int32,
        "article_count": pl.Int32,
        "aliases": pl.List(pl.Utf8),
    }
    if mentions.height == 0:
        return pl.DataFrame(schema=schema)
    names = (
        mentions.group_by("entity_id", "canonical_name")
        .agg(pl.len().alias("n"))
        .sort(["entity_id", "n", "canonical_name"], descending=[False, True, False])
        .group_by("entity_id", maintain_order=True)
        .agg(pl.col("canonical_name").first())
    )
    stats = mentions.group_by("entity_id").agg(
        pl.col("label").first(),
        pl.len().cast(pl.Int32).alias("mention_count"),
        pl.col("article_id").n_unique().cast(pl.Int32).alias("article_count"),
        pl.col("text").unique().alias("texts"),
        pl.col("canonical_name").unique().alias("canonicals"),
    )
    rows = []
    for row in stats.join(names, on="entity_id").iter_rows(named=True):
        forms = (set(row["texts"]) | set(row["canonicals"])) - {row["canonical_name"]}
        rows.append({**{k: row[k] for k in ENTITY_COLUMNS if k != "aliases"}, "aliases": sorted(forms)})
    return pl.DataFrame(rows, schema=schema).sort("entity_id")
