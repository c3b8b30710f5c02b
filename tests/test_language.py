"""Language detection: ISO 639-1 codes for real text, None for short/empty/unclear text, deterministic."""

from __future__ import annotations

import pytest

from pipeline.language import detect_language
from tests.conftest import shared_path


@pytest.mark.parametrize(("text", "code"), [
    ("The government announced new measures to support small businesses on Monday.", "en"),
    ("Le gouvernement a annoncé lundi de nouvelles mesures pour soutenir les petites entreprises.", "fr"),
    ("Die Regierung hat am Montag neue Maßnahmen zur Unterstützung kleiner Unternehmen angekündigt.", "de"),
    ("El gobierno anunció el lunes nuevas medidas para apoyar a las pequeñas empresas.", "es"),
])
def test_detects_common_languages(text: str, code: str) -> None:
    assert detect_language(text) == code


@pytest.mark.parametrize("text", ["", "   ", "Hello", "OK, thanks", "12 345 678 !!!", "https://example.com/a/b"])
def test_short_or_empty_text_is_none(text: str) -> None:
    assert detect_language(text) is None


def test_deterministic() -> None:
    text = "Ministers met in Brussels to discuss the budget."
    assert len({detect_language(text) for _ in range(5)}) == 1


@pytest.mark.corpus
def test_bbc_bodies_are_english_and_gold_pages_get_iso_codes() -> None:
    from bench.clean_noise import _aeb_json, load_bbc

    articles = load_bbc(shared_path("corpus", "bbc-news-2225"), limit=50)
    assert {detect_language(a.body) for a in articles} == {"en"}
    shared_path("corpus", "scrapinghub-aeb", "ground-truth.json")
    codes = [detect_language(body) for body in _aeb_json("ground-truth.json").values()]
    assert all(c is None or (len(c) == 2 and c.islower()) for c in codes)
    assert codes.count("en") > 0.8 * len(codes) and len(set(codes) - {None}) >= 4
