"""Entity mentions: exact offsets, canonical names and roles on the seed article, corpus-level entity table."""

from __future__ import annotations

import random

import polars as pl
import pytest

from pipeline.entities import (
    article_mentions,
    build_entities,
    entity_id,
    mention_id,
    mention_rows,
    normalise_name,
)

TRICKY_TEXTS = [
    # emoji (astral code points) before the entities
    "🚀🔥 Reuters reported that Sen. Bill Hagerty 👍 met Iraqi Prime Minister Mustafa al-Kadhimi in Baghdad.",
    # combining marks (decomposed accents) inside and before names
    "Jose\u0301 Mari\u0301a Aznar met Franc\u0327ois Hollande in Paris. Aznar said Spain would help.",
    # curly quotes and apostrophes, possessives
    "“We will respond,” said Ned Price, the State Department’s spokesman. Price’s remarks came after Iran’s move.",
    # text that came from CRLF input (carriage returns left in)
    "President Joe Biden spoke in Washington.\r\n\r\nBiden said the United States and the U.K. agree.\r\n",
]


def _seed_clean_text(seed_text: str) -> str:
    from pipeline.clean import clean_article

    return clean_article(seed_text).clean_text


@pytest.mark.parametrize("text", TRICKY_TEXTS)
def test_offsets_round_trip_on_tricky_text(nlp, text):
    mentions = article_mentions(nlp(text))
    assert mentions, "expected at least one entity"
    for m in mentions:
        assert text[m.start_char : m.end_char] == m.text
        assert m.text == m.text.strip() and not m.text.endswith(("’s", "'s"))


def test_possessive_and_the_are_trimmed_by_offsets(nlp):
    text = "The State Department’s spokesman Ned Price said Iran’s response was slow."
    by_text = {m.text: m for m in article_mentions(nlp(text))}
    assert "Iran" in by_text and by_text["Iran"].label == "GPE"
    assert "State Department" in by_text


@pytest.mark.corpus
def test_offsets_round_trip_on_seed(nlp, seed_text):
    for text in (seed_text, _seed_clean_text(seed_text)):
        doc = nlp(text)
        sentences = list(doc.sents)
        for m in article_mentions(doc):
            assert text[m.start_char : m.end_char] == m.text
            sentence = sentences[m.sentence_index]
            assert sentence.start_char <= m.start_char < sentence.end_char


@pytest.mark.corpus
def test_seed_people_each_have_one_canonical_name(nlp, seed_text):
    mentions = article_mentions(nlp(_seed_clean_text(seed_text)))
    for surname, full in [
        ("Price", "Ned Price"),
        ("Kadhimi", "Mustafa al-Kadhimi"),
        ("Hagerty", "Bill Hagerty"),
        ("Kirby", "John Kirby"),
    ]:
        canon = {m.canonical_name for m in mentions if surname in m.text and m.label == "PERSON"}
        assert canon == {full}, (surname, canon)
        ids = {m.entity_id for m in mentions if surname in m.text and m.label == "PERSON"}
        assert len(ids) == 1
    assert sum(1 for m in mentions if m.canonical_name == "Ned Price") >= 3  # "Price" mentions resolved


@pytest.mark.corpus
def test_seed_roles_are_stripped_from_names(nlp, seed_text):
    mentions = article_mentions(nlp(_seed_clean_text(seed_text)))
    roles = {m.text: m.role for m in mentions if m.role}
    assert roles.get("Bill Hagerty") == "Sen."
    assert roles.get("Ned Price") == "State Department spokesman"
    assert roles.get("John Kirby") == "Pentagon Press Secretary"
    assert roles.get("Biden") == "President"
    assert all(not m.text.startswith(("Sen.", "President ")) for m in mentions)


@pytest.mark.corpus
def test_photo_credits_are_not_entities(nlp, seed_text):
    """The raw seed still has its caption credit '(Photo by ... via Getty Images)'."""
    assert "Getty Images" in seed_text
    mentions = article_mentions(nlp(seed_text))
    assert not any("Getty" in m.text or "Photo" in m.text for m in mentions)
    assert any(m.canonical_name == "Reuters" and m.label == "ORG" for m in mentions)


def test_aliases_and_acronyms_share_canonical_names(nlp):
    text = (
        "The Islamic Revolutionary Guard Corps (IRGC) denied it. Officials in the U.S. and the United States "
        "Congress said the IRGC was responsible, and the US would respond."
    )
    mentions = article_mentions(nlp(text))
    us = {m.entity_id for m in mentions if m.text in {"U.S.", "US", "United States"} and m.label == "GPE"}
    assert len(us) == 1 and {m.canonical_name for m in mentions if m.entity_id in us} == {"United States"}
    irgc = {m.canonical_name for m in mentions if m.text == "IRGC"}
    assert irgc == {"Islamic Revolutionary Guard Corps"}


def test_ids_are_stable_and_normalised():
    assert entity_id("U.S.", "GPE") == entity_id("United States", "GPE") == entity_id("US", "GPE")
    assert entity_id("the State Department", "ORG") == entity_id("State Department", "ORG")
    assert entity_id("Washington", "GPE") != entity_id("Washington", "PERSON")
    assert entity_id("Ned Price", "PERSON").startswith("e") and len(entity_id("Ned Price", "PERSON")) == 17
    assert mention_id("a1", 0, 5, "ORG") == mention_id("a1", 0, 5, "ORG") != mention_id("a2", 0, 5, "ORG")
    assert normalise_name("Kata’ib Hezbollah's") == normalise_name("kata'ib hezbollah")


def test_build_entities_counts_and_determinism(nlp):
    text_a = "State Department spokesman Ned Price spoke in Baghdad. Price said the U.S. would help Iraq."
    text_b = "Ned Price visited the United States Senate. Later Price flew to Baghdad."
    rows = mention_rows("a1", nlp(text_a)) + mention_rows("a2", nlp(text_b))
    frame = pl.DataFrame(rows)
    table = build_entities(frame)
    assert table.columns == ["entity_id", "canonical_name", "label", "mention_count", "article_count", "aliases"]
    assert table["entity_id"].is_unique().all()
    price = table.filter(pl.col("canonical_name") == "Ned Price").row(0, named=True)
    assert price["label"] == "PERSON"
    assert price["mention_count"] == sum(1 for r in rows if r["canonical_name"] == "Ned Price") == 4
    assert price["article_count"] == 2
    assert price["aliases"] == ["Price"]
    baghdad = table.filter(pl.col("canonical_name") == "Baghdad").row(0, named=True)
    assert (baghdad["mention_count"], baghdad["article_count"]) == (2, 2)
    shuffled = rows[:]
    random.Random(7).shuffle(shuffled)
    assert build_entities(pl.DataFrame(shuffled)).equals(table)
    assert table["entity_id"].to_list() == sorted(table["entity_id"].to_list())


def test_build_entities_on_empty_frame():
    empty = pl.DataFrame(
        schema={"article_id": pl.Utf8, "text": pl.Utf8, "label": pl.Utf8, "canonical_name": pl.Utf8, "entity_id": pl.Utf8}
    )
    assert build_entities(empty).height == 0


@pytest.mark.slow
@pytest.mark.corpus
def test_pipeline_beats_raw_model_on_gold(nlp):
    from tests.conftest import TEST_DATA, shared_path

    from pipeline.entity_eval import evaluate_entities

    result = evaluate_entities(TEST_DATA / "entities_gold.jsonl", nlp, shared=shared_path())
    for label in ("PERSON", "ORG"):
        assert result["ours"]["by_label"][label]["f1"] > result["raw"]["by_label"][label]["f1"] + 0.05
    assert result["ours"]["canonical_accuracy"] > result["raw"]["canonical_accuracy"]


# ---------------------------------------------------------------- round-2 rules, each on the smallest input showing it


def _by_text(nlp, text):
    return {m.text: m for m in article_mentions(nlp(text))}


def test_titles_and_ranks_are_trimmed_from_person_names(nlp):
    text = (
        "Councillor Jane Smith and Cllr Tom Baker met Chief Constable Sir Stephen House and Lt Col Ann Reed. "
        "Det Insp Sam Cole spoke."
    )
    people = {m.text: m for m in article_mentions(nlp(text)) if m.label == "PERSON"}
    assert set(people) == {"Jane Smith", "Tom Baker", "Stephen House", "Ann Reed", "Sam Cole"}
    assert {name: m.canonical_name for name, m in people.items()} == {n: n for n in people}
    assert people["Jane Smith"].role == "Councillor" and people["Tom Baker"].role == "Cllr"
    assert people["Sam Cole"].role == "Det Insp"


def test_org_does_not_swallow_a_following_title(nlp):
    text = "Former Trump Organization Chief Financial Officer Allen Weisselberg is expected to plead guilty."
    mentions = _by_text(nlp, text)
    assert mentions["Trump Organization"].label == "ORG"
    assert not any("Chief" in m.text for m in mentions.values() if m.label == "ORG")
    assert "Chief Financial Officer" in (mentions["Allen Weisselberg"].role or "")


def test_org_possessive_and_leading_the_are_trimmed(nlp):
    mentions = article_mentions(nlp("Lawyers for the Trump Organization's founder spoke."))
    assert [(m.text, m.label) for m in mentions] == [("Trump Organization", "ORG")]


def test_dateline_place_is_a_gpe(nlp):
    text = "ISLAMABAD, March 4 (Reuters) - Pakistan's election commission ruled on Monday."
    assert _by_text(nlp, text)["ISLAMABAD"].label == "GPE"


def test_dateline_ranges_cover_only_the_place():
    from pipeline.entities import dateline_ranges

    for text, place in [
        ("ISLAMABAD, March 4 (Reuters) - Pakistan's", "ISLAMABAD"),
        ("CHARLESTON, Ill. (AP) — Tiger", "CHARLESTON"),
        ("Intro.\n\nNEW YORK — Authorities say", "NEW YORK"),
    ]:
        ((s, e),) = dateline_ranges(text)
        assert text[s:e] == place
    assert dateline_ranges("NATO, The alliance said - no") == []
    assert dateline_ranges("RAYE is the star - of the night") == []


def test_company_named_without_its_suffix_is_that_org(nlp):
    mentions = article_mentions(nlp("Shares in Circuit City Stores rose. Circuit City is a retailer."))
    short = [m for m in mentions if m.text == "Circuit City"]
    assert short and all(m.label == "ORG" and m.canonical_name == "Circuit City Stores" for m in short)


def test_acronym_spelling_an_org_in_the_article_shares_its_name(nlp):
    mentions = _by_text(nlp, "The Metropolitan Transportation Authority said one MTA worker was hurt.")
    assert mentions["MTA"].label == "ORG"
    assert mentions["MTA"].canonical_name == "Metropolitan Transportation Authority"
    assert mentions["MTA"].entity_id == mentions["Metropolitan Transportation Authority"].entity_id


def test_initials():
    from pipeline.entities import initials

    assert initials("Metropolitan Transportation Authority") == "MTA"
    assert initials("Court of Arbitration for Sport") == "CAS"


def test_org_pair_with_repeated_head_is_split(nlp):
    mentions = article_mentions(nlp("Staff from the Duchy of Lancaster and the Duchy of Cornwall will appear."))
    assert [(m.text, m.label) for m in mentions] == [("Duchy of Lancaster", "ORG"), ("Duchy of Cornwall", "ORG")]


def test_credit_line_words_and_trailing_and_are_not_names(nlp):
    text = "[Additional reporting by Luc Cohen in Boston; Writing by Susan Heavey; Editing by YP Rajesh and Toby Chopra]"
    mentions = article_mentions(nlp(text))
    assert not any(m.text.startswith(("Writing", "Editing", "Additional")) for m in mentions)
    assert not any(m.text.endswith((" and", " of")) for m in mentions)
    assert {"Luc Cohen", "Susan Heavey"} <= {m.text for m in mentions if m.label == "PERSON"}


def test_given_name_makes_a_person_and_full_names_propagate(nlp):
    mentions = article_mentions(nlp("Camilla Parker Bowles was there. Seth Meyers said it."))
    assert _labels(mentions, "Camilla Parker Bowles") == {"PERSON"}
    text = "Biden went on the Seth Meyers late night show. The ratings of Seth Meyers were poor."
    assert sum(1 for m in article_mentions(nlp(text)) if m.text == "Seth Meyers" and m.label == "PERSON") == 2


def test_given_name_rule_leaves_places_and_companies_alone(nlp):
    mentions = article_mentions(nlp("She flew from Ben Gurion Airport to meet staff of Peter Jones Holdings."))
    assert _labels(mentions, "Ben Gurion Airport") == {"FAC"}  # the model says PERSON; the place word wins
    assert _labels(mentions, "Peter Jones Holdings") == {"ORG"}


def _labels(mentions, text):
    return {m.label for m in mentions if m.text == text}


def test_bare_organisation_word_takes_in_the_name_before_it(nlp):
    text = "The deal was criticised in court. Menatep Group's managing director Tim Osborne spoke to Reuters."
    assert _labels(article_mentions(nlp(text)), "Menatep Group") == {"ORG"}


def test_country_before_an_organisation_name_is_part_of_it(nlp):
    mentions = article_mentions(nlp("Collins was suspended by the US Anti-Doping Agency last year."))
    assert _labels(mentions, "US Anti-Doping Agency") == {"ORG"}
    assert not _labels(mentions, "US")


def test_organisation_noun_before_or_after_a_word_makes_it_an_org(nlp):
    mentions = article_mentions(nlp("The bid was made for Russian oil giant Yukos. Yukos said it would appeal."))
    assert [m.label for m in mentions if m.text == "Yukos"] == ["ORG", "ORG"]  # the second mention follows
    assert _labels(article_mentions(nlp("She parted ways with her former label, Polydor, last year.")), "Polydor") == {
        "ORG"
    }
    text = (
        "The ban came after the federal inquiry into the Balco doping scandal. "
        "The California-based Balco laboratory is at the centre of it."
    )
    assert [m.label for m in article_mentions(nlp(text)) if m.text == "Balco"] == ["ORG", "ORG"]


def test_organisation_cues_leave_countries_and_people_alone(nlp):
    assert _labels(article_mentions(nlp("US shares rose while Asian shares fell.")), "US") == {"GPE"}
    text = "Shares in the company rose, chief executive Tim Cook said. Tim Cook shares the view."
    assert _labels(article_mentions(nlp(text)), "Tim Cook") == {"PERSON"}


def test_event_words_make_events(nlp):
    mentions = article_mentions(nlp("Labour hopes to win the General Election in May."))
    assert _labels(mentions, "General Election") == {"EVENT"}


def test_acronym_of_the_end_of_a_long_name_maps_to_it(nlp):
    text = "She went to the North American Court of Arbitration for Sport (CAS). Later the CAS ruled against her."
    canon = {m.canonical_name for m in article_mentions(nlp(text)) if m.text == "CAS"}
    assert canon == {"North American Court of Arbitration for Sport"}


def test_shadow_secretary_of_state_is_a_title_not_an_org(nlp):
    assert article_mentions(nlp("The Shadow Secretary of State said no.")) == []


def test_possessive_glued_with_a_left_quote_is_cut_by_characters(nlp):
    text = "In a video message, Mr. Trump contradicted Mr. Biden‘s account. Mr. Biden‘s joke was based on news reports."
    bidens = [m for m in article_mentions(nlp(text)) if m.label == "PERSON" and m.text.startswith("Biden")]
    assert [m.text for m in bidens] == ["Biden", "Biden"]
    assert all(text[m.start_char : m.end_char] == m.text for m in bidens)


def test_trailing_lower_case_words_are_not_part_of_a_name(nlp):
    text = "The boy fell into the well in Hebei province on Sunday, state media Xinhua reported."
    mentions = article_mentions(nlp(text))
    assert _labels(mentions, "Hebei") == {"GPE"}
    assert _labels(mentions, "Xinhua") == {"ORG"}  # "state media Xinhua": organisation noun before it


def test_time_zones_are_not_entities(nlp):
    assert article_mentions(nlp("The officer was shot at approximately 5:45 a.m. ET while on patrol.")) == []


def test_image_copyright_line_is_a_credit(nlp):
    text = "Image copyright Reuters Image caption Rescuers reached the well\nA Chinese boy trapped down a well has been found dead."
    assert [(m.text, m.label) for m in article_mentions(nlp(text))] == [("Chinese", "NORP")]


def test_short_org_names_map_to_the_long_name_of_the_article(nlp):
    text = "The D.C. Housing Authority said an officer was shot. DCHA said the Housing Authority would help."
    canon = {m.text: m.canonical_name for m in article_mentions(nlp(text))}
    assert canon["DCHA"] == canon["Housing Authority"] == "D.C. Housing Authority"
    text = "Two executives from Marsh & McLennan were charged. A Marsh spokeswoman said no."
    assert {m.canonical_name for m in article_mentions(nlp(text)) if m.text == "Marsh"} == {"Marsh & McLennan"}


def test_given_name_of_a_person_in_the_article_is_that_person(nlp):
    text = "I looked at the two people, Matt and Mercedes Schlapp, and I said wow. So I thought Mercedes was the first lady."
    mercedes = [m for m in article_mentions(nlp(text)) if m.text == "Mercedes"]
    assert mercedes and all(m.label == "PERSON" and m.canonical_name == "Mercedes Schlapp" for m in mercedes)


def test_org_cue_after_a_word(nlp):
    text = "Two days ago, SpaceX CEO Elon Musk unveiled plans. Musk's SpaceX venture is one of a few."
    assert _labels(article_mentions(nlp(text)), "SpaceX") == {"ORG"}


@pytest.mark.slow
@pytest.mark.corpus
def test_offsets_round_trip_on_every_gold_article(nlp):
    from tests.conftest import TEST_DATA, shared_path

    from pipeline.entity_eval import article_text, load_gold

    shared = shared_path()
    for record in load_gold(TEST_DATA / "entities_gold.jsonl"):
        text = article_text(record, shared)
        first = article_mentions(nlp(text))
        assert first, record["path"]
        for m in first:
            assert text[m.start_char : m.end_char] == m.text, (record["path"], m)
        assert article_mentions(nlp(text)) == first  # deterministic


def test_law_enforcement_titles_are_roles_not_names(nlp) -> None:
    doc = nlp("Sheriff Joe Lombardo said the gunman acted alone. Lombardo added that more officers were coming.")
    people = {(m.canonical_name, m.role) for m in article_mentions(doc) if m.label == "PERSON"}
    assert ("Joe Lombardo", "Sheriff") in people
    assert all(not name.startswith("Sheriff") for name, _ in people)
