"""Site boilerplate across a batch: lines many different articles share go, bodies (even syndicated ones) stay."""

from __future__ import annotations

from pipeline.articles import build_articles
from pipeline.clean import clean_article, is_fixed_width
from pipeline.ingest import RawRecord
from pipeline.shared_lines import prose_need, shared_text

BODIES = [
    ("Harbour bridge reopens after repairs",
     "The harbour bridge reopened to traffic on Monday after eight months of repairs to its steel deck and cables.",
     "Engineers found that salt had corroded the joints faster than the original designers had expected."),
    ("Library extends opening hours",
     "The central library will stay open until nine in the evening from next month, the city council said.",
     "Staff numbers will rise by four, paid for by savings in the energy budget of the municipal buildings."),
    ("Farmers warn of dry summer",
     "Farmers in the valley say the lack of spring rain has already cut the first hay harvest by a third.",
     "The regional water board has asked households to avoid watering gardens during the hottest hours."),
    ("New ferry timetable announced",
     "A new ferry timetable adds two late crossings on Fridays and Saturdays during the summer season.",
     "The operator said demand from weekend visitors had grown steadily since the route was reopened."),
]
#: A prompt in a wording no rule list has, the same in every article (with a varying number).
ODD_PROMPT = "Tap the bell to get pinged about {n} new stories"
#: A sentence-like notice: needs more articles than a label does.
NOTICE = "All our coverage is checked by two editors before it is published on this site."


def noisy(title: str, p1: str, p2: str, n: int, *extra: str) -> str:
    return "\n\n".join([title, p1, ODD_PROMPT.format(n=n), p2, *extra]) + "\n"


def noisy_records() -> list[RawRecord]:
    """Every body as a .txt record carrying the odd prompt."""
    return [
        RawRecord(article_id=f"a{i}", source_path=f"f{i}.txt", source_record=None, format="txt", url=None,
                  title=None, byline=None, published_at=None, outlet=None, language=None,
                  body=noisy(*body, n=i), has_title_line=True)
        for i, body in enumerate(BODIES)
    ]


def test_a_line_several_different_articles_share_is_removed_as_shared_line() -> None:
    texts = [noisy(*body, n=i + 3) for i, body in enumerate(BODIES[:3])]
    shared = shared_text((t, True) for t in texts)
    assert shared.covers(ODD_PROMPT.format(n=12))
    for text, (_, p1, p2) in zip(texts, BODIES):
        cleaned = clean_article(text, shared=shared)
        assert cleaned.clean_text == f"{p1}\n\n{p2}"
        assert [r.rule for r in cleaned.removals if "pinged" in r.text] == ["shared_line"]


def test_alone_or_in_too_few_articles_the_line_stays() -> None:
    texts = [noisy(*body, n=1) for body in BODIES[:2]]
    shared = shared_text((t, True) for t in texts)
    assert not shared.covers(ODD_PROMPT.format(n=1))
    assert "pinged" in clean_article(texts[0], shared=shared).clean_text


def test_copies_of_one_story_count_once_so_a_syndicated_body_survives() -> None:
    """Five sites carrying the same wire story share every paragraph; those paragraphs are the body."""
    title, p1, p2 = BODIES[0]
    texts = [f"{title}\n\n{p1}\n\n{p2}\n\nDistributed by {site}\n" for site in "ABCDE"]
    shared = shared_text((t, True) for t in texts)
    assert not shared.covers(p1)
    assert all(clean_article(t, shared=shared).clean_text.startswith(f"{p1}\n\n{p2}") for t in texts)


def test_a_sentence_like_line_needs_more_stories_in_a_larger_batch() -> None:
    """Three stories on different events are enough in a small batch; among a thousand stories real bodies come to
    share stock sentences by chance, so a sentence needs more (a label still needs three)."""
    three = [noisy(*body, 1, NOTICE) for body in BODIES[:3]]
    assert shared_text((t, True) for t in three).covers(NOTICE)
    fillers = [f"Item {i}\n\nThe {i}th item of a long list, kept apart from the others by its number.\n"
               for i in range(1000)]
    assert not shared_text((t, True) for t in three + fillers).covers(NOTICE)
    extra = [noisy("Museum wins award", "The town museum has won a national award for its new gallery of maps "
                   "drawn by local sailors.", "Visitor numbers doubled in the year after the gallery opened.", 1,
                   NOTICE)]
    assert shared_text((t, True) for t in three + extra + fillers).covers(NOTICE)
    assert shared_text((t, True) for t in three + fillers).covers(ODD_PROMPT.format(n=5))
    assert [prose_need(n) for n in (10, 999, 1000, 2500, 100_000)] == [3, 3, 4, 5, 5]


def test_outlets_covering_one_event_share_sentences_that_count_once() -> None:
    """Three outlets on one plane crash carry the same wire sentence with their own reporting around it: the
    headlines share a rare word ("Islita"), so the sentence counts once and stays.  The same sentence in three
    stories on unrelated events would be a template's."""
    wire = "The plane had arrived in Punta Islita that morning and was delayed in landing by strong winds."
    titles = ["Punta Islita crash: pilot named", "Ten tourists die in Punta Islita air crash",
              "Charter plane down near Punta Islita"]
    own = ["Officials named the pilot on Monday and said he had flown the route for many years.",
           "Relatives of the tourists gathered at the airport in the capital as the names were released.",
           "Investigators from the aviation authority reached the site by road late on Sunday evening."]
    texts = [f"{t}\n\n{o}\n\n{wire}\n" for t, o in zip(titles, own)]
    assert not shared_text((t, True) for t in texts).covers(wire)
    unrelated = [f"{title}\n\n{p1}\n\n{wire}\n" for title, p1, _ in BODIES[:3]]
    assert shared_text((t, True) for t in unrelated).covers(wire)


MORE_BODIES = [
    ("Museum wins award", "The town museum has won a national award for its new gallery of maps drawn by sailors.",
     "Visitor numbers doubled in the year after the gallery opened to the public in the spring."),
    ("School roof fixed", "The primary school roof was fixed over the holidays after a storm tore away the lead.",
     "Pupils return next week to dry classrooms and a new hall paid for by the parents' association."),
]
BIOS = [("Ingrid Solberg", "Metro Wire", "Dundee and Carlow"), ("Callum Reid", "The Daily Ledger", "Whitby"),
        ("Li Wei", "Globe Report", "Geelong and Tralee"), ("Rosa Delgado", "Northern Courier", "Nanaimo"),
        ("Owen Pritchard", "City Herald", "Swansea and Mysuru"), ("Deepa Nair", "Pacific Wire", "Ballarat")]
LINE_UPS = ["Hale, Brennan (Vidal 45), Pike, Sandberg (Moyes 70), Tully, Reeve (Okoro 81), Lyle.",
            "Quinn, Abara (Tanner 73), Lindqvist, Hollis (Ruiz 60), Darby, Feeney (Coyle 88), Marsh.",
            "Ellery, Ndiaye (Stroud 82), Bright, Kowal (Rahim 46), Vance, Lyle (Dorne 77), Prior.",
            "O'Hara, Elkins (Amos 80), Bamber, Roussel (Boyce 59), Dunne, Jarvis (Nolan 90), Ruud.",
            "Ridley, Southall (Jory 86), Quentin, Parkes (Zeller 64), Dorne, Eastwood (Harte 71), Arnott.",
            "Dale, Byford (Morrow 75), McNair, Winslow (Crane 52), Hollis, Pike (Ellery 84), Brennan."]


def test_an_outlet_name_after_every_headline_does_not_make_the_batch_one_event() -> None:
    """Headlines that all end "| The Fenbridge Chronicle" share two rare words; words that many headlines carry
    mark no event, so the notice the six stories share is still a template's."""
    texts = [noisy(f"{title} | The Fenbridge Chronicle", p1, p2, 1, NOTICE) for title, p1, p2 in BODIES + MORE_BODIES]
    assert shared_text((t, True) for t in texts).covers(NOTICE)


def test_a_template_line_with_names_filled_in_differently_is_shared() -> None:
    """An author box written by one template, with a different name, outlet and places in each of six stories."""
    texts = [f"{title}\n\n{p1}\n\n{p2}\n\n{name} is a senior correspondent. Before joining {outlet} in 20{i}0 "
             f"she reported from {places}.\n" for i, ((title, p1, p2), (name, outlet, places))
             in enumerate(zip(BODIES + MORE_BODIES, BIOS))]
    shared = shared_text((t, True) for t in texts)
    for text, (_, p1, p2) in zip(texts, BODIES + MORE_BODIES):
        assert clean_article(text, shared=shared).clean_text == f"{p1}\n\n{p2}"


def test_line_ups_of_names_are_not_a_template() -> None:
    """Team sheets are all names: with the names blanked nothing is left to recognise a template by."""
    texts = [f"{title}\n\n{p1}\n\n{p2}\n\n{team}\n" for (title, p1, p2), team
             in zip(BODIES + MORE_BODIES, LINE_UPS)]
    shared = shared_text((t, True) for t in texts)
    assert not any(shared.covers(team) for team in LINE_UPS)


def test_titles_and_number_only_lines_are_never_shared() -> None:
    texts = [f"Results\n\n{p1}\n\n2-1\n\n{p2}\n" for _, p1, p2 in BODIES]
    shared = shared_text((t, True) for t in texts)
    assert not shared.covers("Results") and not shared.covers("2-1")


def test_build_articles_uses_the_whole_batch() -> None:
    records = noisy_records()
    articles, removals, _ = build_articles(records)
    assert not any("pinged" in t for t in articles["clean_text"].to_list())
    assert removals.filter(removals["rule"] == "shared_line").height == len(BODIES)


def test_updated_versions_of_one_story_keep_the_paragraphs_they_share() -> None:
    """Five scrapes of a developing story: each adds a new top paragraph (so each has another longest line), all
    keep the earlier ones.  They are one story, so the shared paragraphs are body, not boilerplate."""
    _, p1, p2 = BODIES[0]
    p3 = "Traffic officers said queues on the approach roads had eased by the evening rush hour on the first day."
    updates = [f"Update {n}: the transport minister visited the bridge at {n} o'clock and thanked the engineers and "
               f"the crews who worked through {n} winter nights to finish the job early." for n in range(1, 6)]
    texts = [f"Bridge reopens\n\n{update}\n\n{p1}\n\n{p2}\n\n{p3}\n" for update in updates]
    shared = shared_text((t, True) for t in texts)
    assert not any(shared.covers(p) for p in (p1, p2, p3))
    assert all(clean_article(t, shared=shared).clean_text.endswith(f"{p1}\n\n{p2}\n\n{p3}") for t in texts)


def test_build_articles_can_leave_shared_lines_alone() -> None:
    """For a corpus whose bodies are templates (earnings tables), the batch rule can be switched off."""
    records = noisy_records()
    articles, removals, _ = build_articles(records, shared_boilerplate=False)
    assert all("pinged" in t for t in articles["clean_text"].to_list())
    assert removals.filter(removals["rule"] == "shared_line").height == 0


def test_wire_copy_wrapped_at_a_fixed_width_keeps_its_shared_phrases() -> None:
    """Wire stories share stock phrases, and hard-wrapping makes some of them lines of their own; a fragment of
    a wrapped sentence is body, however many stories carry it."""
    stock = "In a filing with the Securities and Exchange Commission,"
    texts = [f"{title}\n{stock}\n{p1.lower()}\n    {p2}\n" for title, p1, p2 in BODIES]
    shared = shared_text((t, True) for t in texts)
    assert shared.covers(stock)  # the batch does share it ...
    for text in texts:
        assert stock in clean_article(text, shared=shared).clean_text  # ... but it runs on into the next line


def test_the_same_quote_on_the_story_s_subject_stays_however_many_stories_carry_it() -> None:
    """Outlets covering one event quote the same words, under headlines that need not share a word ("Minister
    under pressure", "Villagers angry"): a quote that shares a specific word with the rest of its article is body."""
    quote = "\u201cWe will not be moved on the reservoir,\u201d the minister said on Monday."
    titles = ["Minister under pressure", "Villagers angry", "Opposition demands answers", "Vote next week",
              "Protest outside ministry", "Campaigners gather"]
    texts = [f"{title}\n\nThe plan to flood the valley for a reservoir has divided the {n} villages nearby."
             f"\n\n{quote}\n\nA decision on the reservoir is expected in the spring.\n"
             for n, title in enumerate(titles, start=3)]
    shared = shared_text((t, True) for t in texts)
    assert shared.covers(quote)
    assert all(quote in clean_article(t, shared=shared).clean_text for t in texts)


def test_a_quote_off_the_subject_of_every_story_carrying_it_is_a_template_s() -> None:
    """A quote that shares nothing specific with any of six stories on unrelated events is a box's stock line
    (a live blog's "We are asking people to stay away from the area ...", a spokesperson for <name> said)."""
    quote = "\u201cWe will not be moved on this,\u201d the minister said in a statement."
    texts = [f"{title}\n\n{p1}\n\n{quote}\n\n{p2}\n" for title, p1, p2 in BODIES + MORE_BODIES]
    shared = shared_text((t, True) for t in texts)
    for text, (_, p1, p2) in zip(texts, BODIES + MORE_BODIES):
        assert clean_article(text, shared=shared).clean_text == f"{p1}\n\n{p2}"


def test_only_text_wrapped_at_a_fixed_width_counts_as_wire_copy() -> None:
    wire = ["LONDON, March 3 - The company said it had agreed to sell its",
            "Peter Pan unit to a group of investors led by its management",
            "for about 35 mln dlrs, subject to approval by shareholders at",
            "a meeting next month.", "", "Reuter"]
    assert is_fixed_width(wire)
    page = [wire[0], "Sign up to our morning briefing for the news you need before nine",
            BODIES[0][1] + " " + BODIES[0][2], wire[1], wire[2]]
    assert not is_fixed_width(page)


def test_a_line_carrying_another_article_s_headline_is_a_teaser() -> None:
    """Related links and re-post notes name other articles of the crawl by their headlines."""
    texts = [noisy(*body, 1, f"Must read ➤ {other[0]}") for body, other in zip(BODIES, BODIES[1:] + BODIES[:1])]
    shared = shared_text((t, True) for t in texts)
    for text, (_, p1, p2) in zip(texts, BODIES):
        assert clean_article(text, shared=shared).clean_text == f"{p1}\n\n{p2}"
    assert shared.teases("The post Library extends opening hours appeared first on City Herald.")
    assert not shared.teases("Library extends opening hours", title="Library extends opening hours")  # its own
    assert not shared.teases("The library extends its opening hours from May.")  # not the headline's words


#: One results-service template, filled in for four clubs: the articles are their shared lines.
RESULTS = ["{club} results", "Played 12 won {w} lost {l}", "Points 24 vs 19", "Next fixture: home, Saturday",
           "Note: figures are provisional until confirmed by the league."]
#: A heavy load of boxes that several stories share: together more words than a short body.  Each is shorter than
#: STORY_LINE_MIN_WORDS, so the boxes do not make the stories look like copies of one.
BOXES = ["Editor's picks: the best of this week's reporting, chosen for weekend reading.",
         "Our newsroom is funded by readers and no advertiser sees a story first.",
         "Got a story? Our reporters read every message sent to the tip line.",
         "Listen to the morning briefing podcast every weekday from six o'clock.",
         "Puzzles, crosswords and the quiz are back in the weekend magazine.",
         "Comments are open for seven days and checked by our moderators.",
         "Photographs in this story can be bought as prints from our online shop.",
         "Weather, traffic and travel news for the region are updated every hour."]

#: A third paragraph for each of BODIES + MORE_BODIES, so that each body holds over fifty words of prose.
THIRDS = ["Drivers had faced a detour of almost twenty minutes through the old town while the work went on.",
          "The longer hours follow a survey in which most readers asked for evening access to the study rooms.",
          "Dairy farmers fear they will have to buy in feed for their herds well before the autumn arrives.",
          "Tickets for the new crossings can be booked online from today, with discounts for cyclists, families and "
          "foot passengers.",
          "The judges said the gallery had brought a forgotten part of the town's history back to life.",
          "Builders said the new roof should last for at least forty years if the gutters are kept clear."]


def test_an_article_made_of_shared_lines_keeps_them_but_a_body_under_heavy_noise_loses_the_noise() -> None:
    """When shared lines hold most of an article it is a template (an earnings table, a results service) and they
    stay; when what is left is a real body of prose, the shared lines are boxes however many there are."""
    clubs = ["Kestrel Rovers", "Brackwater United", "Fenwick Albion", "Marrow Town"]
    results = ["\n".join(line.format(club=club, w=k + 4, l=8 - k) for line in RESULTS) + "\n"
               for k, club in enumerate(clubs)]
    stories = BODIES + MORE_BODIES
    bodies = [[p1, p2, third] for (_, p1, p2), third in zip(stories, THIRDS)]
    loaded = ["\n\n".join([title, *BOXES[:3], *body, *BOXES[3:]]) + "\n" for (title, _, _), body in zip(stories, bodies)]
    shared = shared_text((t, True) for t in results + loaded)
    assert all(shared.covers(box) for box in BOXES)
    for text in results:
        assert clean_article(text, shared=shared).clean_text == "\n\n".join(text.splitlines()[1:])
    for text, body in zip(loaded, bodies):
        assert sum(len(line.split()) for line in BOXES) > len(" ".join(body).split())  # boxes hold most words
        assert clean_article(text, shared=shared).clean_text == "\n\n".join(body)


#: Stock sentences of a print-view footer, glued into one long paragraph in a different mix in each article.
STOCK = ["This copy is for the personal use of a single reader and may not be shared with colleagues.",
         "Printed copies of online articles are supplied for convenience only, and the website version is definitive.",
         "To buy reprints of this article for customers or staff, contact the syndication desk by e-mail.",
         "This material may not be reproduced, broadcast or rewritten without the prior written permission of the editor.",
         "Views expressed in guest columns are those of their authors and not necessarily those of the paper."]


def test_a_long_paragraph_glued_from_stock_sentences_is_shared_but_a_body_paragraph_quoting_one_is_not() -> None:
    stories = BODIES + MORE_BODIES
    footers = [" ".join(STOCK[k % 5:] + STOCK[:k % 5]) for k in range(len(stories))]  # a different order each time
    texts = ["\n\n".join([title, p1, p2, third, footer]) + "\n"
             for (title, p1, p2), third, footer in zip(stories, THIRDS, footers)]
    shared = shared_text((t, True) for t in texts)
    assert all(len(footer.split()) > 60 and shared.covers(footer) for footer in footers)
    for text, (_, p1, p2), third in zip(texts, stories, THIRDS):
        assert clean_article(text, shared=shared).clean_text == f"{p1}\n\n{p2}\n\n{third}"
    paragraph = " ".join([BODIES[0][1], STOCK[0], BODIES[0][2], THIRDS[0]])  # one stock sentence among its own
    assert len(paragraph.split()) > 60 and not shared.covers(paragraph)


#: Two stories on unrelated events, each told in lines its place name ties together.
KELBROOK = ["Kelbrook bridge reopens after repairs",
            "The Kelbrook bridge reopened to traffic on Monday after eight months of repairs to its deck.",
            "Engineers in Kelbrook found that salt had corroded the joints faster than expected.",
            "Drivers in Kelbrook had faced a long detour through the old town while the work went on.",
            "Kelbrook traders said trade had fallen by a third during the closure of the bridge.",
            "The Kelbrook crossing carries about twelve thousand vehicles on a typical weekday."]
MARROWBY = ["Marrowby library extends its hours",
            "The Marrowby library will stay open until nine in the evening from next month.",
            "Staff numbers in Marrowby will rise by four, paid for by savings in the energy budget.",
            "Marrowby readers had asked for later hours in a survey run by the library last spring.",
            "The Marrowby branch will also open on Sunday afternoons during the school holidays.",
            "A new Marrowby reading room for teenagers is planned for the autumn."]
#: Another story's summary, reported (so one file alone keeps it), in a box below each story.
TEASER = "A {n}-year-old man has been arrested after a fire at a takeaway in Pellingham, police said."


def test_a_line_off_its_story_goes_when_even_two_stories_on_other_events_carry_it() -> None:
    """A line that shares nothing with its own story is likely a box; two stories on different events carrying it
    make it the site's, although a sentence needs three stories to go on that evidence alone."""
    texts = ["\n\n".join([*story, TEASER.format(n=n)]) + "\n" for story, n in ((KELBROOK, 51), (MARROWBY, 34))]
    shared = shared_text((t, True) for t in texts)
    assert not shared.covers(TEASER.format(n=51)) and shared.recurs(TEASER.format(n=51))
    for text, story in zip(texts, (KELBROOK, MARROWBY)):
        assert "Pellingham" in clean_article(text).clean_text  # alone: a reported line stays
        cleaned = clean_article(text, shared=shared)
        assert cleaned.clean_text == "\n\n".join(story[1:])
        assert [r.rule for r in cleaned.removals if "Pellingham" in r.text] == ["shared_off_topic"]


def test_a_line_two_stories_on_one_event_share_is_not_recurring() -> None:
    """Two outlets on the Kelbrook bridge (their headlines share the rare name) count once."""
    other = ["Kelbrook drivers relieved as bridge opens", *KELBROOK[1:]]
    texts = ["\n\n".join([*story, TEASER.format(n=51)]) + "\n" for story in (KELBROOK, other)]
    shared = shared_text((t, True) for t in texts)
    assert not shared.recurs(TEASER.format(n=51))
    assert "Pellingham" in clean_article(texts[0], shared=shared).clean_text


def test_plain_words_do_not_keep_a_recurring_line_on_the_story() -> None:
    """A box line that happens to share plain words ("town", "staff", "hours") with each story is not tied to it
    once two stories on other events carry it; a line that also shares a specific word with its story would be."""
    line = "Staff in the town were asked to work long hours during the last few months, an official said."
    texts = ["\n\n".join([*story, line]) + "\n" for story in (KELBROOK, MARROWBY)]
    shared = shared_text((t, True) for t in texts)
    for text, story in zip(texts, (KELBROOK, MARROWBY)):
        assert line in clean_article(text).clean_text
        assert clean_article(text, shared=shared).clean_text == "\n\n".join(story[1:])
