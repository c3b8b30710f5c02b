"""Quote extraction: each construction with the smallest input that shows it, on the real spaCy pipeline."""

from __future__ import annotations

import pytest

from pipeline.entities import article_mentions
from pipeline.quote_marks import find_mark_spans
from pipeline.quotes import Quote, extract_quotes, quote_id
from tests.conftest import shared_path


def quotes_of(nlp, text: str) -> list[Quote]:
    doc = nlp(text)
    found = extract_quotes(doc, article_mentions(doc))
    for q in found:  # offsets always round-trip
        assert text[q.start_char : q.end_char] == q.quote_text
        if q.speaker_start_char is not None:
            assert text[q.speaker_start_char : q.speaker_end_char] == q.speaker_text
    return found


def only(found: list[Quote], quote_type: str | None = None) -> list[Quote]:
    return [q for q in found if quote_type is None or q.quote_type == quote_type]


# ---------------------------------------------------------------- marks


def test_straight_marks_with_adjacent_attribution(nlp):
    text = 'John Smith is the finance minister.\n\n"We will raise taxes next year," Mr Smith said.'
    [q] = quotes_of(nlp, text)
    assert (q.quote_type, q.quote_text) == ("direct", "We will raise taxes next year,")
    assert q.speaker_text == "Mr Smith" and q.speaker_name == "John Smith"
    assert q.cue == "say" and q.attribution == "adjacent" and q.paragraph_index == 1


def test_curly_marks(nlp):
    [q] = quotes_of(nlp, "\u201cThe bridge will reopen in May,\u201d Anna Berg told reporters.")
    assert q.quote_text == "The bridge will reopen in May," and q.speaker_name == "Anna Berg" and q.cue == "tell"


def test_single_british_marks_and_apostrophes(nlp):
    text = "\u2018We didn\u2019t deserve to lose the game today,\u2019 said Tom Walker, the club\u2019s manager."
    [q] = quotes_of(nlp, text)
    assert q.quote_text == "We didn\u2019t deserve to lose the game today,"
    assert q.speaker_name == "Tom Walker" and q.attribution == "inverted"


def test_quote_split_by_its_attribution_gives_two_rows(nlp):
    text = 'Maria Lopez spoke on Monday. "We will go to the match," she said, "and we will win it easily."'
    found = only(quotes_of(nlp, text), "direct")
    assert [q.quote_text for q in found] == ["We will go to the match,", "and we will win it easily."]
    assert {q.speaker_name for q in found} == {"Maria Lopez"}


def test_multi_sentence_quote_is_one_row(nlp):
    text = '"Prices are rising. Wages are not. Families are suffering," said Peter Hall.'
    [q] = quotes_of(nlp, text)
    assert q.quote_text.startswith("Prices are rising.") and q.quote_text.endswith("suffering,")
    assert q.speaker_name == "Peter Hall"


def test_quote_running_over_paragraphs(nlp):
    text = (
        'Jane Doe, the mayor, said: "The first part of the plan is ready for the council.\n\n'
        '"The second part will follow in the spring of next year."'
    )
    found = quotes_of(nlp, text)
    assert [q.paragraph_index for q in found] == [0, 1]
    assert found[0].attribution == "colon" and found[1].attribution == "continuation"
    assert {q.speaker_name for q in found} == {"Jane Doe"}


def test_unattributed_paragraph_continues_previous_speaker(nlp):
    text = (
        '"We have to act now on housing," said David Green.\n\n'
        '"Nobody else is going to build the homes this city needs."'
    )
    found = quotes_of(nlp, text)
    assert len(found) == 2 and found[1].attribution == "continuation"
    assert found[1].speaker_name == "David Green"


def test_lost_paragraph_breaks_reopened_quote(nlp):
    text = (
        'Ms Hewitt said: "We have now doubled the length of the winter grant to 12 weeks. '
        '"We are going to extend the grant to six months by 2027." She said pensioners were entitled to more help.'
    )
    found = quotes_of(nlp, text)
    direct = only(found, "direct")
    assert [q.quote_text for q in direct] == [
        "We have now doubled the length of the winter grant to 12 weeks.",
        "We are going to extend the grant to six months by 2027.",
    ]
    assert direct[1].attribution == "continuation"
    indirect = only(found, "indirect")
    assert [q.quote_text for q in indirect] == ["pensioners were entitled to more help"]


def test_unbalanced_mark_does_not_cost_the_rest(nlp):
    text = (
        'The 5" screen of the phone is small and the battery is weak.\n\n'
        '"It is the best phone we have ever made," said Lisa Park.'
    )
    found = quotes_of(nlp, text)
    assert [q.quote_text for q in found] == ["It is the best phone we have ever made,"]
    assert found[0].speaker_name == "Lisa Park"


def test_mark_pairing_never_crosses_paragraphs():
    spans = find_mark_spans('He said "this never closes.\n\nShe said "this one closes" today.')
    assert [(s.paragraph_index, s.close_mark is not None) for s in spans] == [(1, True)]


# ---------------------------------------------------------------- attribution kinds


def test_colon_introduction(nlp):
    [q] = quotes_of(nlp, 'The coach Mark Evans said: "We played well but we lost the game."')
    assert q.attribution == "colon" and q.speaker_name == "Mark Evans"


def test_inverted_attribution_with_description(nlp):
    text = 'Senator Ruth Adams spoke first. "This bill will fail in the house," said the senator.'
    [q] = only(quotes_of(nlp, text), "direct")
    assert q.speaker_text == "the senator" and q.speaker_name == "Ruth Adams"
    assert q.attribution == "description"


def test_according_to(nlp):
    text = "The factory will close in June, according to Karen White."
    [q] = quotes_of(nlp, text)
    assert q.cue == "according to" and q.attribution == "according_to"
    assert q.speaker_name == "Karen White" and q.quote_text == "The factory will close in June"


def test_mixed_quote_spans_the_reported_clause(nlp):
    text = 'Paul Young said the talks had been "very productive indeed" and would continue.'
    [q] = quotes_of(nlp, text)
    assert q.quote_type == "mixed"
    assert q.quote_text == 'the talks had been "very productive indeed" and would continue'
    assert q.speaker_name == "Paul Young"


@pytest.mark.parametrize("verb", ["said", "told reporters", "warned", "argued", "insisted", "confirmed", "pointed out"])
def test_indirect_speech_verbs(nlp, verb):
    text = f"Sarah Cole {verb} that the company would cut hundreds of jobs."
    [q] = quotes_of(nlp, text)
    assert q.quote_type == "indirect" and q.quote_text == "the company would cut hundreds of jobs"
    assert q.speaker_name == "Sarah Cole"


@pytest.mark.parametrize(
    "text",
    [
        "Sarah Cole believes that the company will cut hundreds of jobs.",
        "Sarah Cole hopes that the company will not cut any jobs.",
        "The study found that the company had cut hundreds of jobs.",
        "The report said that the company had cut hundreds of jobs.",
    ],
)
def test_beliefs_hopes_and_findings_are_not_quotes(nlp, text):
    assert quotes_of(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        'The Tories dismissed the plan as "desperate" on Monday.',
        'The film "The Lord of the Rings" opened in cinemas on Friday.',
        "Fans called the 'fiesta' a big success for the town.",
    ],
)
def test_scare_quotes_and_titles_are_not_quotes(nlp, text):
    assert quotes_of(nlp, text) == []


# ---------------------------------------------------------------- speakers


def test_pronoun_agrees_in_gender(nlp):
    text = (
        "Mary Jones met Peter Brown in London on Monday.\n\n"
        'Mr Brown said the meeting went well. "We agreed on almost everything," she said.'
    )
    direct = only(quotes_of(nlp, text), "direct")
    assert direct[0].speaker_text == "she" and direct[0].speaker_name == "Mary Jones"
    assert direct[0].attribution == "pronoun"


def test_unnamed_source_keeps_text_without_name(nlp):
    [q] = quotes_of(nlp, '"The company has no plans to move," a spokesman said.')
    assert q.speaker_text == "a spokesman" and q.speaker_name is None


def test_organisation_speaks(nlp):
    text = "The Treasury Department imposed sanctions. The department said the companies had supplied drones."
    [q] = quotes_of(nlp, text)
    assert q.speaker_text == "The department" and q.speaker_label == "ORG"
    assert "Treasury" in (q.speaker_name or "")


def test_quote_id_is_stable_and_distinct():
    a = quote_id("a1", 10, 20, "direct")
    assert a == quote_id("a1", 10, 20, "direct") and a.startswith("q") and len(a) == 17
    assert len({a, quote_id("a1", 10, 20, "mixed"), quote_id("a2", 10, 20, "direct"), quote_id("a1", 11, 20, "direct")}) == 4


# ---------------------------------------------------------------- real articles


@pytest.fixture(scope="module")
def seed_quotes(nlp):
    from pipeline.quote_eval import article_texts

    [text] = article_texts(shared_path("samples", "seed-article.txt"))
    return text, quotes_of(nlp, text)


def _quote_with(quotes: list[Quote], words: str) -> Quote:
    matches = [q for q in quotes if words in q.quote_text]
    assert matches, words
    return matches[0]


@pytest.mark.corpus
def test_seed_must_holds(seed_quotes):
    _, quotes = seed_quotes
    before = _quote_with(quotes, "Before we speak about a response")
    assert before.speaker_text == "he" and before.speaker_name == "Ned Price"
    follow = _quote_with(quotes, "If they determine")
    assert follow.speaker_name == "Ned Price" and follow.attribution == "continuation"
    hagerty = _quote_with(quotes, "While Iran steps up attacks")
    assert hagerty.speaker_name == "Bill Hagerty" and hagerty.attribution == "inverted"
    assert _quote_with(quotes, "The IRGC & their proxy militias").speaker_name == "Bill Hagerty"
    assert _quote_with(quotes, "instructed my national security team").speaker_name in ("Joe Biden", "Biden")
    kirby = _quote_with(quotes, "unaware of the Department of Defense")
    assert kirby.speaker_name == "John Kirby" and kirby.quote_type == "indirect"
    reporter = _quote_with(quotes, "and the only militias that have drones")
    assert reporter.speaker_name is None and reporter.speaker_text == "A reporter"


@pytest.mark.corpus
def test_offsets_round_trip_on_bbc_articles(nlp):
    from pipeline.quote_eval import article_texts

    root = shared_path("corpus", "bbc-news-2225")
    paths = sorted((root / "politics").glob("*.txt"))[:15]
    total = 0
    for path in paths:
        for text in article_texts(path):
            total += len(quotes_of(nlp, text))  # quotes_of asserts the offsets
    assert total > 30


def test_hyphenated_speaker_name_is_kept_whole(nlp):
    text = 'Peter Brabeck-Letmathe runs Nestle. "The option is still on the table," said Mr Brabeck-Letmathe.'
    [q] = quotes_of(nlp, text)
    assert q.speaker_text == "Mr Brabeck-Letmathe" and q.speaker_name == "Peter Brabeck-Letmathe"


def test_empty_and_quote_free_text(nlp):
    assert quotes_of(nlp, "") == []
    assert quotes_of(nlp, "Shares rose 3% on Monday.\n\nThe index closed higher.") == []


def test_unclosed_quote_ends_where_named_narration_resumes(nlp):
    text = (
        'Mido said: "I am used to the press now. '
        '"I will not overreact when this happens. Meanwhile, spokesman Methat Shalaby said no one had forced him. '
        '"His apology makes him a bigger star," Shalaby said.'
    )
    found = quotes_of(nlp, text)
    second = [q for q in found if q.quote_text.startswith("I will not overreact")]
    assert second and second[0].quote_text == "I will not overreact when this happens."
    indirect = only(found, "indirect")
    assert [q.speaker_name for q in indirect] == ["Methat Shalaby"]


# ---------------------------------------------------------------- round 2: constructions the first rules missed


def _texts(found: list[Quote], quote_type: str | None = None) -> list[str]:
    return [q.quote_text for q in only(found, quote_type)]


def test_coordinated_that_clauses_are_one_row_each(nlp):
    text = "Metropolitan Police confirmed a Transport Authority worker was injured and that officers are looking for a van."
    found = only(quotes_of(nlp, text), "indirect")
    assert _texts(found) == ["a Transport Authority worker was injured", "officers are looking for a van"]
    assert {q.speaker_name for q in found} == {"Metropolitan Police"}


def test_participial_speech_verb_is_its_own_row_for_the_same_speaker(nlp):
    text = (
        "Frank Witter, the finance chief, noted that so far this year the firm has taken provisions of 14 billion euros, "
        'adding that "the recall is nowhere near finished and would go on costing a great deal".'
    )
    found = quotes_of(nlp, text)
    noted = [q for q in found if q.quote_text.startswith("so far this year")]
    assert noted and "adding" not in noted[0].quote_text and noted[0].quote_type == "indirect"
    added = [q for q in found if q.quote_text.startswith("the recall")]
    assert added and added[0].quote_type == "direct" and added[0].speaker_name == "Frank Witter"


def test_parenthetical_speech_verb_mid_sentence(nlp):
    found = quotes_of(nlp, "That will create a single Coastal Rail Group, Fernandes said, which is raising $250 million.")
    assert [q.quote_text for q in found] == ["That will create a single Coastal Rail Group"]
    assert found[0].speaker_name == "Fernandes"


def test_speech_verb_beats_according_to(nlp):
    text = (
        "Joseph Yun met his counterpart on Friday.\n\n"
        '"There is no doubt that both presidents want a peaceful way forward," Yun told reporters, '
        "according to Yonhap news agency."
    )
    [q] = quotes_of(nlp, text)
    assert q.quote_type == "direct" and q.speaker_name == "Joseph Yun" and q.cue == "tell"


def test_trailing_reporter_does_not_take_the_quoted_speakers_words(nlp):
    text = "SAIC says none of its cash will go to the three former owners of the plant, the FT reports."
    [q] = quotes_of(nlp, text)
    assert q.quote_text.startswith("none of its cash") and q.speaker_name == "SAIC"


def test_role_description_resolves_to_the_person_not_the_title(nlp):
    text = (
        "Mr Sunak on Friday hinted at a cut to fuel duty.\n\n"
        'Asked about further cuts, the Prime Minister said: "Cutting fuel duty rewards hard work."'
    )
    [q] = quotes_of(nlp, text)
    assert q.speaker_text == "the Prime Minister" and q.speaker_name == "Sunak" and q.attribution == "description"


@pytest.mark.parametrize(
    "text, name",
    [
        ("\u2018We will keep every library open,\u2019 said Councillor Margaret Doyle.", "Margaret Doyle"),
        ("\u2018We will keep every library open,\u2019 said Cllr Margaret Doyle.", "Margaret Doyle"),
        ('"Fares will be frozen until next year," said Mayor Denise Caldwell.', "Denise Caldwell"),
        ('"The recall is precautionary," said Dr. Alan Reyes, the company\'s medical director.', "Alan Reyes"),
        ('Paul Boateng MP, the Treasury minister, said: "The sums do not add up at all."', "Paul Boateng"),
        ('"Nobody was hurt in the incident," Chief Constable Sarah Crew said.', "Sarah Crew"),
    ],
)
def test_titles_never_end_up_in_speaker_name(nlp, text, name):
    [q] = quotes_of(nlp, text)
    assert q.speaker_name == name


def test_post_nominal_letters_are_not_part_of_a_canonical_name(nlp):
    doc = nlp("Paul Boateng MP, the Treasury minister, spoke on Monday.")
    assert [m.canonical_name for m in article_mentions(doc) if m.label == "PERSON"] == ["Paul Boateng"]


def test_mislabelled_person_with_honorific_is_still_a_person(nlp):
    text = (
        "Vince Cable, the party's Treasury spokesman, said the tax would be cut. Under the plan the saving would be "
        "more than 1,000 pounds, according to Mr Cable.\n\n"
        '"Young families are being priced out of the rental market," he said.'
    )
    found = quotes_of(nlp, text)
    assert {q.speaker_name for q in found} == {"Vince Cable"}


def test_company_description_resolves_to_the_organisation_quoted_last(nlp):
    text = (
        "Macrovision said its new technology will stop most copying programs. "
        "RipGuard is expected to be rolled out on discs from the middle of 2005, the company said."
    )
    found = only(quotes_of(nlp, text), "indirect")
    assert [q.speaker_name for q in found] == ["Macrovision", "Macrovision"]
    assert found[1].attribution == "description"


def test_unnamed_source_is_not_replaced_by_an_earlier_named_person(nlp):
    text = (
        '"It would have been far worse but for those firefighters," Governor Greg Abbott said.\n\n'
        "An official with the county emergency office said clearing brush helped.\n\n"
        '"You can see where we cleared the dry brush last spring," the spokesperson said.'
    )
    found = quotes_of(nlp, text)
    assert [q.speaker_name for q in found] == ["Greg Abbott", None, None]


def test_singular_they_continues_the_last_speaker(nlp):
    text = (
        "Jordan Lee, who runs a food bank in the town, said they had seen demand double.\n\n"
        '"We simply cannot keep up with the number of families," they said.'
    )
    found = quotes_of(nlp, text)
    assert [q.speaker_name for q in found] == ["Jordan Lee", "Jordan Lee"]


def test_british_quote_over_paragraphs_with_plural_possessives(nlp):
    text = (
        "Councillor Peter Marsh leads the transport committee.\n\n"
        "\u2018The councils\u2019 budgets have been cut every year, and we cannot keep every route,\u2019 said Cllr Marsh.\n\n"
        "\u2018We have looked at every option. The drivers\u2019 union has been consulted at every stage.\n\n"
        "\u2018Nobody wants to cut services, but the money is simply not there.\u2019"
    )
    found = quotes_of(nlp, text)
    assert _texts(found, "direct") == [
        "The councils\u2019 budgets have been cut every year, and we cannot keep every route,",
        "We have looked at every option. The drivers\u2019 union has been consulted at every stage.",
        "Nobody wants to cut services, but the money is simply not there.",
    ]
    assert {q.speaker_name for q in found} == {"Peter Marsh"}


def test_quotes_joined_by_and_are_direct_quotes(nlp):
    text = 'Wei Li sent the texts. His sister replied to the texts with "You are so unkind" and "Are you serious?"'
    found = quotes_of(nlp, text)
    assert _texts(found) == ["You are so unkind", "Are you serious?"]
    assert {q.quote_type for q in found} == {"direct"}


def test_court_records_are_not_speakers(nlp):
    assert quotes_of(nlp, "Court records stated Li had a bicycle stolen from him in 2019.") == []


def test_role_named_just_after_resolves_a_cataphoric_description(nlp):
    text = (
        "Channel ferry operator SeaLink will raise fares by 8% from April, its chief executive said on Monday.\n\n"
        '"We cannot absorb the fuel costs any longer," chief executive Am\u00e9lie Durand told reporters.'
    )
    found = quotes_of(nlp, text)
    assert [q.speaker_name for q in found] == ["Am\u00e9lie Durand", "Am\u00e9lie Durand"]
    assert found[0].attribution == "description"


def test_owned_role_without_a_named_holder_stays_unnamed(nlp):
    text = 'Peter Hall runs the plant. "It will reopen soon," he said. The company\'s spokeswoman said it would reopen.'
    found = quotes_of(nlp, text)
    assert [q.speaker_name for q in found] == ["Peter Hall", None]


def test_antecedent_of_a_pronoun_comes_before_the_quote(nlp):
    text = (
        "Ulrich Bez runs the carmaker. Mr Bez - himself a former executive at Porsche - said the new car was the "
        'firm\'s "most affordable model yet". This in turn would make Aston Martin "better known around the world, yet '
        'still very exclusive", he added.'
    )
    found = quotes_of(nlp, text)
    assert [q.speaker_name for q in found] == ["Ulrich Bez", "Ulrich Bez"]


def test_poll_and_survey_results_are_findings_not_quotes(nlp):
    text = (
        "Disapproval of the mayor has reached 47%, according to a survey published on Saturday. "
        "Of those polled, 63% said they would vote for her rival. Nineteen per cent of voters said they disliked both."
    )
    assert quotes_of(nlp, text) == []


def test_according_to_press_reports_is_still_reported_speech(nlp):
    text = "Meanwhile, according to Chinese state press reports, Nanjing Auto is in talks to take a 20% stake."
    [q] = quotes_of(nlp, text)
    assert q.quote_type == "indirect" and "Nanjing Auto is in talks" in q.quote_text and q.speaker_name is None


@pytest.mark.parametrize(
    "intro, description",
    [
        ("Sen. Maria Alvarez introduced the bill on Monday.", "the senator"),
        ("Cllr Maria Alvarez leads the culture portfolio.", "the councillor"),
        ("Prof Maria Alvarez led the study.", "the professor"),
        ("U.S. District Judge Maria Alvarez heard the case in March.", "the judge"),
    ],
)
def test_abbreviated_title_is_the_role_a_description_refers_to(nlp, intro, description):
    text = f'{intro} Tom Webb disagreed with the plan.\n\n"The decision was right," {description} said.'
    found = [q for q in quotes_of(nlp, text) if q.quote_type == "direct"]
    assert [q.speaker_name for q in found] == ["Maria Alvarez"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ('Sen. Maria Alvarez was asked about resigning. She told Reuters: "Absolutely not."', ["Absolutely not."]),
        ('Maria Alvarez was asked about the plan. "Yes," she said. "Next year."', ["Yes,", "Next year."]),
        ('"We will fight this all the way," said Tom Hale. "Every single step."',
         ["We will fight this all the way,", "Every single step."]),
    ],
)
def test_short_quotes_with_their_own_attribution_are_speech(nlp, text, expected):
    found = only(quotes_of(nlp, text), "direct")
    assert _texts(found) == expected
    assert {q.speaker_name for q in found} == {"Maria Alvarez" if "Alvarez" in text else "Tom Hale"}


def test_passive_speech_verb_subject_is_the_addressee(nlp):
    assert quotes_of(nlp, "The minister was asked whether the plan would go ahead.") == []


def test_company_description_falls_back_to_the_organisation_just_named(nlp):
    [q] = quotes_of(nlp, "Acme Corp announced record profits on Tuesday. The company said sales rose 5% in Europe.")
    assert q.speaker_name == "Acme Corp" and q.attribution == "description"


def test_fragment_under_a_copula_or_passive_is_not_attributed(nlp):
    """Nobody speaks in 'X will be at the theatre with "Title"' or 'was brought by "good artists"'."""
    title = quotes_of(nlp, "Laurence Fishburne will be at the Grand Theatre with a solo show, "
                           "\u201cLike They Do in the Movies\u201d, from March 10.")
    assert title == []
    passive = quotes_of(nlp, "Much of that beauty has been brought into the world by those "
                             "\u201cinteresting and very good artists\u201d who never became famous.")
    assert all(q.speaker_name is None and q.cue is None for q in passive)
