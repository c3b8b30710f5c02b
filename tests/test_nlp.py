"""The shared spaCy pipeline: right components, our rules in place, ordered parsing, clear missing-model error."""

from __future__ import annotations

import pytest

from pipeline.nlp import ENTITY_RULER_NAME, POST_RULES_NAME, ModelNotInstalledError, load_nlp, parse_texts


def test_pipeline_has_components_entities_and_quotes_need(nlp):
    for name in ("tagger", "parser", "attribute_ruler", "lemmatizer", "ner", ENTITY_RULER_NAME, POST_RULES_NAME):
        assert name in nlp.pipe_names
    assert nlp.pipe_names.index(ENTITY_RULER_NAME) < nlp.pipe_names.index("ner")


def test_load_nlp_is_cached(nlp):
    from pipeline.settings import Settings

    assert load_nlp(Settings.load().spacy_model) is nlp


def test_missing_model_error_names_model_and_install_hint():
    with pytest.raises(ModelNotInstalledError) as info:
        load_nlp("xx_no_such_model_sm")
    message = str(info.value)
    assert "xx_no_such_model_sm" in message and "install" in message.lower()


def test_parse_texts_keeps_order_and_reports_progress(nlp):
    texts = [f"Article number {i} quotes Ned Price in Baghdad." for i in range(7)]
    seen: list[int] = []
    docs = list(parse_texts(nlp, texts, n_process=1, batch_size=3, progress=seen.append))
    assert [d.text for d in docs] == texts
    assert seen == [3, 6, 7]
    assert all(doc.has_annotation("DEP") and doc.has_annotation("LEMMA") for doc in docs)


@pytest.mark.slow
def test_parse_texts_multiprocess_matches_single_process(nlp):
    texts = [f"Reuters said Sen. Bill Hagerty met officials in Iraq on day {i}." for i in range(6)]
    single = [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in parse_texts(nlp, texts, n_process=1, batch_size=2)]
    multi = [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in parse_texts(nlp, texts, n_process=2, batch_size=2)]
    assert multi == single
