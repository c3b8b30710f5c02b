"""Word lists for quote extraction, loaded once from ``pipeline/rules/`` (rules are data, not code)."""

from __future__ import annotations

from pathlib import Path

RULES_DIR = Path(__file__).resolve().parent / "rules"


def _lines(name: str) -> list[str]:
    """Non-empty, non-comment lines of a rules file, lower-cased."""
    text = (RULES_DIR / name).read_text(encoding="utf-8")
    return [ln.strip().lower() for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]


def _table(name: str) -> dict[str, str]:
    """word <TAB> value rows as a dict."""
    rows = (ln.split("\t") for ln in _lines(name))
    return {r[0].strip(): r[1].strip() for r in rows if len(r) >= 2}


def _table_or_word(name: str) -> dict[str, str]:
    """word [<TAB> value] rows as a dict; a bare word maps to ""."""
    rows = (ln.split("\t") for ln in _lines(name))
    return {r[0].strip(): (r[1].strip() if len(r) > 1 else "") for r in rows}


_VERBS = _lines("speech_verbs.txt")
SPEECH_VERBS: frozenset[str] = frozenset(v for v in _VERBS if " " not in v)
PHRASAL_SPEECH_VERBS: frozenset[str] = frozenset(v for v in _VERBS if " " in v)
NON_SPEAKER_NOUNS: frozenset[str] = frozenset(_lines("quote_non_speakers.txt"))
SPEAKER_NOUNS: dict[str, str] = _table("quote_speaker_nouns.txt")  # noun -> m / f / -
_ORG_NOUNS = _table_or_word("quote_org_nouns.txt")
ORG_NOUNS: frozenset[str] = frozenset(_ORG_NOUNS)
# nouns that may stand for any organisation ("the company said"): they resolve to the organisation quoted last
GENERIC_ORG_NOUNS: frozenset[str] = frozenset(w for w, kind in _ORG_NOUNS.items() if kind == "generic")
TITLES: dict[str, str] = _table("quote_titles.txt")  # honorific -> m / f / -
FIRST_NAMES: dict[str, str] = _table("quote_first_names.txt")  # given name -> m / f / -
TITLE_ABBREVIATIONS: dict[str, str] = _table("quote_title_abbreviations.txt")  # "sen." -> "senator"
PRONOUN_GENDER = {"he": "m", "him": "m", "himself": "m", "she": "f", "her": "f", "herself": "f"}
PLURAL_PRONOUNS = frozenset({"they", "them", "themselves"})
