"""Structure of the blind noise splits (bench/noise_unseen.py, noise_blind2.py, noise_blind3.py, noise_blind4.py,
noise_blind5.py to noise_blind16.py) and the glued renderer.

The cleaner is deliberately never run here: these splits stay blind, so only their shape is checked.
"""

from __future__ import annotations

import random
from collections import Counter

import pytest

from bench.clean_noise import BbcArticle, load_bbc
from bench.noise_blind2 import BLIND2_TEMPLATES
from bench.noise_blind3 import BLIND3_TEMPLATES
from bench.noise_blind4 import BLIND4_TEMPLATES
from bench.noise_blind5 import BLIND5_TEMPLATES
from bench.noise_blind6 import BLIND6_TEMPLATES
from bench.noise_blind7 import BLIND7_TEMPLATES
from bench.noise_blind8 import BLIND8_TEMPLATES
from bench.noise_blind9 import BLIND9_TEMPLATES
from bench.noise_blind10 import BLIND10_TEMPLATES
from bench.noise_blind11 import BLIND11_TEMPLATES
from bench.noise_blind12 import BLIND12_TEMPLATES
from bench.noise_blind13 import BLIND13_TEMPLATES
from bench.noise_blind14 import BLIND14_TEMPLATES
from bench.noise_blind15 import BLIND15_TEMPLATES
from bench.noise_blind16 import BLIND16_TEMPLATES
from bench.noise_blind17 import BLIND17_TEMPLATES
from bench.noise_blind18 import BLIND18_TEMPLATES
from bench.noise_blind19 import BLIND19_TEMPLATES
from bench.noise_blind20 import BLIND20_TEMPLATES
from bench.noise_blind21 import BLIND21_TEMPLATES
from bench.noise_blind22 import BLIND22_TEMPLATES
from bench.noise_unseen import UNSEEN_TEMPLATES, make_noisy_glued, paragraphs
from tests.conftest import shared_path

HEADLINES = ["Council approves budget", "Rail strike talks collapse", "Star signs record deal", "Inflation eases"]
BODY = ("\nFirst paragraph of the story, with a quote: \"We will win,\" she said.\n\n"
        "Second paragraph. It has two sentences and more than six words in each one.\n\n"
        "Third paragraph, which runs\nover two lines.\n\n"
        "Last one.\n")
ARTICLE = BbcArticle("test/001.txt", "A headline for the test", BODY)
CTXS = [{"headlines": HEADLINES}, {"headlines": []}, {"headlines": ["Only one"]},
        {"headlines": HEADLINES, "title": ARTICLE.title, "paragraphs": paragraphs(BODY)},
        {"headlines": HEADLINES, "title": "", "paragraphs": []}]
TEMPLATES = {**UNSEEN_TEMPLATES, **BLIND2_TEMPLATES, **BLIND3_TEMPLATES, **BLIND4_TEMPLATES, **BLIND5_TEMPLATES,
             **BLIND6_TEMPLATES, **BLIND7_TEMPLATES, **BLIND8_TEMPLATES, **BLIND9_TEMPLATES, **BLIND10_TEMPLATES,
             **BLIND11_TEMPLATES, **BLIND12_TEMPLATES, **BLIND13_TEMPLATES,
             **BLIND14_TEMPLATES, **BLIND15_TEMPLATES, **BLIND16_TEMPLATES, **BLIND17_TEMPLATES,
             **BLIND18_TEMPLATES, **BLIND19_TEMPLATES, **BLIND20_TEMPLATES, **BLIND21_TEMPLATES,
             **BLIND22_TEMPLATES}
#: The later blind splits (all but the first pair), held to >= 8 templates usable at each position.
STRICT_SPLITS = set(TEMPLATES) - set(UNSEEN_TEMPLATES)
#: Splits asked for 35 templates; every other was asked for 40.
SMALLER_SPLITS = {**UNSEEN_TEMPLATES, **BLIND2_TEMPLATES, **BLIND6_TEMPLATES, **BLIND10_TEMPLATES, **BLIND12_TEMPLATES}
SPLITS = sorted(TEMPLATES)


def test_exports_the_blind_splits_in_pairs():
    assert sorted(UNSEEN_TEMPLATES) == ["eleventh", "twelfth"]
    assert sorted(BLIND2_TEMPLATES) == ["fourteenth", "thirteenth"]
    assert sorted(BLIND3_TEMPLATES) == ["fifteenth", "sixteenth"]
    assert sorted(BLIND4_TEMPLATES) == ["eighteenth", "seventeenth"]
    assert sorted(BLIND5_TEMPLATES) == ["nineteenth", "twentieth"]
    assert sorted(BLIND6_TEMPLATES) == ["twentyfirst", "twentysecond"]
    assert sorted(BLIND7_TEMPLATES) == ["twentyfourth", "twentythird"]
    assert sorted(BLIND8_TEMPLATES) == ["twentyfifth", "twentysixth"]
    assert sorted(BLIND9_TEMPLATES) == ["twentyeighth", "twentyseventh"]
    assert sorted(BLIND10_TEMPLATES) == ["thirtieth", "twentyninth"]
    assert sorted(BLIND11_TEMPLATES) == ["thirtyfirst", "thirtysecond"]
    assert sorted(BLIND12_TEMPLATES) == ["thirtyfourth", "thirtythird"]
    assert sorted(BLIND13_TEMPLATES) == ["thirtyfifth", "thirtysixth"]
    assert sorted(BLIND14_TEMPLATES) == ["thirtyeighth", "thirtyseventh"]
    assert sorted(BLIND15_TEMPLATES) == ["fortieth", "thirtyninth"]
    assert sorted(BLIND16_TEMPLATES) == ["fortyfirst", "fortysecond"]
    assert sorted(BLIND17_TEMPLATES) == ["fortyfourth", "fortythird"]
    assert sorted(BLIND18_TEMPLATES) == ["fortyfifth", "fortysixth"]
    assert sorted(BLIND19_TEMPLATES) == ["fortyeighth", "fortyseventh"]
    assert sorted(BLIND20_TEMPLATES) == ["fiftieth", "fortyninth"]
    assert sorted(BLIND21_TEMPLATES) == ["fiftyfirst", "fiftysecond"]
    assert sorted(BLIND22_TEMPLATES) == ["fiftyfourth", "fiftythird"]


@pytest.mark.parametrize("split", SPLITS)
def test_split_has_enough_templates_with_valid_positions(split):
    templates = TEMPLATES[split]()
    assert len(templates) >= (35 if split in SMALLER_SPLITS else 40)
    for name, (positions, fn) in templates.items():
        assert positions and set(positions) <= set("hit"), name
        assert len(set(positions)) == len(positions), name
        assert callable(fn), name
    if split in STRICT_SPLITS:
        for pos in "hit":
            assert sum(pos in positions for positions, _ in templates.values()) >= 8, pos


@pytest.mark.parametrize(("a", "b"),
                         [("eleventh", "twelfth"), ("thirteenth", "fourteenth"), ("fifteenth", "sixteenth"),
                          ("seventeenth", "eighteenth"), ("nineteenth", "twentieth"), ("twentyfirst", "twentysecond"),
                          ("twentythird", "twentyfourth"), ("twentyfifth", "twentysixth"),
                          ("twentyseventh", "twentyeighth"), ("twentyninth", "thirtieth"),
                          ("thirtyfirst", "thirtysecond"), ("thirtythird", "thirtyfourth"),
                          ("thirtyfifth", "thirtysixth"), ("thirtyseventh", "thirtyeighth"),
                          ("thirtyninth", "fortieth"), ("fortyfirst", "fortysecond"),
                          ("fortythird", "fortyfourth"), ("fortyfifth", "fortysixth"),
                          ("fortyseventh", "fortyeighth"), ("fortyninth", "fiftieth"),
                          ("fiftyfirst", "fiftysecond"), ("fiftythird", "fiftyfourth")])
def test_splits_are_distinct(a, b):
    first, second = TEMPLATES[a](), TEMPLATES[b]()
    assert {fn for _, fn in first.values()}.isdisjoint(fn for _, fn in second.values())


@pytest.mark.parametrize("split", SPLITS)
def test_every_template_returns_non_empty_lines(split):
    for name, (_, fn) in TEMPLATES[split]().items():
        for seed in range(60):
            for ctx in CTXS:
                lines = fn(random.Random(seed), ctx)
                assert isinstance(lines, list) and lines, name
                assert all(isinstance(line, str) for line in lines), name
                assert any(line.strip() for line in lines), name
                assert all("\n" not in line and "\r" not in line for line in lines), name


@pytest.mark.parametrize("split", SPLITS)
def test_templates_are_deterministic_for_a_seed(split):
    for name, (_, fn) in TEMPLATES[split]().items():
        for ctx in CTXS:
            assert fn(random.Random(11), ctx) == fn(random.Random(11), ctx), name


@pytest.mark.parametrize("split", sorted(STRICT_SPLITS))
def test_templates_vary_between_seeds(split):
    """Random fills and alternative wordings: no template prints the same block for every article."""
    for name, (_, fn) in TEMPLATES[split]().items():
        outputs = {tuple(fn(random.Random(seed), CTXS[0])) for seed in range(30)}
        assert len(outputs) >= 4, name


@pytest.mark.parametrize("split", SPLITS)
def test_glued_rendering_is_deterministic(split):
    templates = TEMPLATES[split]()
    first = make_noisy_glued(ARTICLE, random.Random(5), templates, HEADLINES)
    assert first == make_noisy_glued(ARTICLE, random.Random(5), templates, HEADLINES)


@pytest.mark.parametrize("split", SPLITS)
def test_glued_rendering_embeds_body_unchanged(split):
    templates = TEMPLATES[split]()
    saw_crlf = saw_glued = False
    for seed in range(60):
        text = make_noisy_glued(ARTICLE, random.Random(seed), templates, HEADLINES)
        saw_crlf |= "\r\n" in text
        text = text.replace("\r\n", "\n")
        assert text.split("\n", 1)[0].strip() == ARTICLE.title
        for para in paragraphs(BODY):
            assert para in text
        saw_glued |= any(f"{para}\n" in text and f"{para}\n\n" not in text for para in paragraphs(BODY)[:-1])
        assert not Counter(BODY.split()) - Counter(text.split())
        assert len(text.split()) > len(BODY.split()) + len(ARTICLE.title.split())
    assert saw_crlf and saw_glued


@pytest.mark.corpus
def test_glued_rendering_on_real_articles():
    articles = load_bbc(shared_path("corpus", "bbc-news-2225"), limit=40)
    headlines = [a.title for a in articles]
    for split in SPLITS:
        templates = TEMPLATES[split]()
        for k, article in enumerate(articles):
            text = make_noisy_glued(article, random.Random(k), templates, headlines).replace("\r\n", "\n")
            assert text.startswith(article.title)
            assert all(para in text for para in paragraphs(article.body))
