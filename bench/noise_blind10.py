"""Two more blind noise splits ("twentyninth", "thirtieth") for the plain-text cleaner.

Why this module exists: every earlier split has been measured and then tuned against, so its score no longer says
how the cleaner does on noise it has never met.  These templates were written blind, by someone who did not read
the cleaner, its rules, its tests or its output on any split, from experience of what scrapers really pick up.
They use their own vocabulary and wordings (every outlet, app, reader, database, library, person, town, firm,
church, show and charity is invented), and about half of the templates in each split are prose: full sentences,
12-50 words, that read like article text but are boilerplate (the hard case for a line-level cleaner).

  twentyninth  the wrappers added by the places an article is re-read rather than the site that wrote it:
               news-app and aggregator chrome ("Story 3 of 12", "Follow", "why you're seeing this" prose, "the
               app does not edit the news" prose, "Shared from" lines, "More from" rails); syndication notes
               ("this article originally appeared in ...", partnership and Creative Commons republishing prose);
               read-aloud strips (play, speed, duration) and narration and synthetic-voice notices; machine-
               translation and AI-assistance disclosures; text-size, dark-mode and display-settings controls and
               prose; reading-list, bookmark and offline-copy prompts; push-notification permission prose and
               buttons; cookie-consent banners, buttons and data-controller footers in German, Dutch, French,
               Spanish, Italian, Portuguese and Polish; language pickers and "read this in" offers; edition and
               region switchers and "you are reading the international edition" prose; RSS item footers and feed-
               reader chrome; e-reader, replica and library-kiosk furniture; smart-speaker and car-dashboard
               prose; home-screen install prompts; school and library database furniture ("Cite this article"
               with APA/MLA/Chicago citations of invented articles, record fields, accession numbers, permalinks,
               "Copyright of ... is the property of ..." and licensed-access prose).
  thirtieth    public notices and listings printed next to the news, as they come out of an e-edition or a
               local site's page: planning applications and premises-licence notices, road-closure and traffic-
               regulation orders, deceased-estate, winding-up and change-of-name notices, tenders, obituaries,
               death and funeral notices, births, engagements, anniversaries and in-memoriam verses, church
               service times, community-group and "What's on" listings with prose blurbs, lost-and-found and pet-
               adoption appeals, TV and radio schedules with one-line programme descriptions, tide tables and
               sunrise / sunset lines, duty-pharmacy rotas and emergency numbers, bin-collection changes, court
               results (names, ages, addresses and penalties in prose), council agendas and meeting notes,
               election notices, utility works, blood-donor sessions, lottery, bingo and club-draw results, and
               puzzle furniture (crossword clues, yesterday's quiz answers, sudoku rules and solution notes).  Much
               of it reads like local news; that is intended.

Templates have the format of bench/clean_noise.py: name -> (positions, fn), positions a string over "h" (head,
between title and body), "i" (inline, between body paragraphs) and "t" (tail); fn(rng, ctx) returns the lines of
one block ("" is a blank line inside the block).  ctx["headlines"] holds other articles' headlines (it may be empty,
hold one, or be missing); ctx may also carry "title" and "paragraphs", which these templates never use: no template
copies the article's own title or body text, so word-level scoring stays valid.  Only the rng passed in is used,
so a block is a pure function of the seed.

    from bench.noise_blind10 import BLIND10_TEMPLATES
    from bench.noise_unseen import make_noisy_glued
    text = make_noisy_glued(article, random.Random(7), BLIND10_TEMPLATES["twentyninth"](), headlines)
"""

from __future__ import annotations

import random
from collections.abc import Callable

from bench.clean_noise import (  # noqa: F401  (BbcArticle is re-exported for callers and tests)
    MONTHS,
    SECTIONS,
    TOPICS,
    WEEKDAYS,
    BbcArticle,
    Template,
)
from bench.noise_fills import glue, some
from bench.noise_fills import headline as _headline, headlines as _headlines

# --- shared fills -------------------------------------------------------------------------------------------------

FIRST10 = ["Maren", "Tobias", "Elspeth", "Corin", "Wenna", "Idris", "Nerys", "Callum", "Rosalind", "Jago", "Oriel",
           "Finlay", "Tamsin", "Bram", "Heledd", "Lowen", "Ottilie", "Rhodri", "Saskia", "Caspar", "Imogen", "Emrys",
           "Jessamy", "Fergal", "Morwenna", "Ruaridh", "Beatrix", "Alaric", "Delphine", "Kit", "Hollis", "Ysolde"]
LAST10 = ["Pengelly", "Ashdown", "Trevaskis", "Brackley", "Quennell", "Fairweather", "Merriman", "Tredinnick",
          "Kilbride", "Stannard", "Wethercott", "Penwarden", "Garside", "Hebblethwaite", "Loveday", "Ormerod",
          "Cattermole", "Sowerby", "Tremlett", "Ibbotson", "Chivers", "Nankivell", "Bellhouse", "Dimmock",
          "Varcoe", "Pellow", "Hathersage", "Coultard"]
PLACES10 = ["Elmsbury", "Castlereach", "Dunmore Vale", "Penhallow", "Kirkbrae", "Ashcombe Magna", "Ravensholt",
            "Millbridge", "Stourleigh", "Brackenfield", "Wythenby", "Hollinsford", "Carrow Mead", "Tollbury Cross",
            "Saltmarsh End", "Upper Fennick", "Gorsey Bank", "Lydcott St Mary", "Amblehurst", "Westerhame"]
OUTLETS10 = ["The Elmsbury Gazette", "Castlereach Evening Record", "The Penhallow Packet", "Kirkbrae Advertiser",
             "Ravensholt Mercury", "The Stourleigh Sentinel", "Dunmore Vale Journal", "Millbridge Weekly",
             "The Coastline Courier", "Brackenfield Times", "The Northgate Review", "Fennick Valley Voice",
             "The Lantern Dispatch", "Harrowmere Standard"]
STREETS10 = ["Orchard", "Mill", "Church", "Station", "Quarry", "Bell", "Tanner's", "Gorse", "Fairfield", "Holloway",
             "Chapel", "Kiln", "Marsh", "Rope Walk", "Pound", "Cider Press", "Heron", "Vicarage", "Bridewell", "Lark"]
STREET_KINDS = ["Road", "Lane", "Street", "Close", "Avenue", "Way", "Crescent", "Drive", "Hill", "Terrace", "Gardens"]


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST10)} {rng.choice(LAST10)}"


def _place(rng: random.Random) -> str:
    return rng.choice(PLACES10)


def _outlet(rng: random.Random) -> str:
    return rng.choice(OUTLETS10)


def _domain(outlet: str) -> str:
    stem = "".join(ch for ch in outlet.lower().removeprefix("the ") if ch.isalnum())
    return stem + (".co.uk" if len(stem) % 2 else ".com")


def _street(rng: random.Random) -> str:
    return f"{rng.choice(STREETS10)} {rng.choice(STREET_KINDS)}"


def _address(rng: random.Random) -> str:
    house = rng.choice([str(rng.randint(1, 140)), f"{rng.randint(1, 60)}{rng.choice('ab')}",
                        f"Flat {rng.randint(1, 12)}, {rng.randint(2, 90)}",
                        rng.choice(["Rose Cottage,", "The Old Forge,", "Greystones,", "Meadow View,",
                                    f"Unit {rng.randint(1, 30)},"])])
    return f"{house} {_street(rng)}, {_place(rng)}"


def _postcode(rng: random.Random) -> str:
    letters = "ABDEFGHJLNPQRSTUWXYZ"
    return (f"{rng.choice(['EL', 'CR', 'PH', 'KB', 'RV', 'MB', 'SL', 'DV'])}{rng.randint(1, 19)} "
            f"{rng.randint(1, 9)}{rng.choice(letters)}{rng.choice(letters)}")


def _phone(rng: random.Random) -> str:
    """Numbers from the ranges set aside for fiction."""
    return rng.choice([f"01632 960{rng.randint(0, 999):03d}", f"020 7946 0{rng.randint(0, 999):03d}",
                       f"0113 496 0{rng.randint(0, 999):03d}", f"01632 {rng.randint(960000, 960999)}"])


def _day(rng: random.Random, year: bool = True) -> str:
    d, mo = rng.randint(1, 28), rng.randint(1, 12)
    month, wd = MONTHS[mo - 1], rng.choice(WEEKDAYS)
    y = rng.randint(2016, 2025)
    forms = [f"{wd} {d} {month}", f"{d} {month}", f"{wd}, {month} {d}"]
    if year:
        forms += [f"{d} {month} {y}", f"{month} {d}, {y}", f"{d:02d}/{mo:02d}/{y}", f"{d} {month[:3]} {y}"]
    return rng.choice(forms)


def _clock(rng: random.Random) -> str:
    h, m = rng.randint(1, 12), rng.choice([0, 0, 15, 30, 30, 45, rng.randint(0, 59)])
    return rng.choice([f"{h}:{m:02d}pm", f"{h}.{m:02d}am", f"{rng.randint(0, 23):02d}:{m:02d}", f"{h}:{m:02d} PM"])


def _money(rng: random.Random, lo: int, hi: int) -> str:
    return f"£{rng.randint(lo, hi):,}"


# --- twentyninth: wrappers added by the places an article is re-read ----------------------------------------------

APPS29 = ["Skimdeck", "Brieflet", "Newsloom", "Pagewise", "Tidewire", "Leafline", "Headway News", "Inkpath",
          "Morningfold", "Quillstream"]
READERS29 = ["Feedharbor", "Rivulet", "Plover Reader", "Inkwell Feeds", "Stacklight RSS", "Newt Reader"]
KIOSKS29 = ["PressDeck", "Magstand", "Newsrack One", "PaperLoft", "Kioskwell", "Broadsheet+"]
VENDORS29 = ["Voxline", "Narrately", "Aurial Speech", "Speakwell Audio", "Cadence Voices", "Lyrebird TTS"]
LIBRARIES29 = ["Ashcombe County Libraries", "Millbridge Public Library", "Ravensholt University Library",
               "Stourleigh College Learning Centre", "Kirkbrae Academy Library", "Westerhame City Libraries"]
DATABASES29 = ["NewsVault Academic", "Periodica Complete", "Clearstack Newsstream", "Archivum Press Index",
               "Lantern Research Collection", "Regional Papers Online"]
DB_OWNERS29 = ["Clearstack Information Services", "Archivum Ltd", "Periodica Data Group", "Lantern Learning Inc.",
               "Northgate Media Holdings", "Fennick Publishing plc"]
LANGS29 = ["German", "French", "Spanish", "Dutch", "Italian", "Polish", "Portuguese"]
EDITIONS29 = ["UK", "US", "International", "Europe", "Asia-Pacific", "Africa", "Australia", "Canada", "India",
              "Middle East"]
BEATS29 = ["housing and planning", "the environment", "health care", "rural affairs", "schools", "local government",
           "science", "the courts", "farming", "the coast"]
DEVICES29 = ["iPhone", "Android", "iPad", "tablet", "Kindle", "smartwatch"]
FALLBACK29 = ["Harbour wall repairs to start after winter storms", "Councillors back plan for new leisure centre",
              "Hospital car park charges to rise in April", "Village school celebrates glowing inspection report",
              "Bus route axed as operator blames driver shortage", "Family-run bakery marks 100 years in business",
              "Flood defence scheme given final approval", "Police appeal after tools stolen from allotments"]


def _app(rng: random.Random) -> str:
    return rng.choice(APPS29)


def _topic(rng: random.Random) -> str:
    return rng.choice(TOPICS + SECTIONS + ["Local news", "Weather", "Travel", "Science"])


def _t29_app_header(rng: random.Random, ctx: dict) -> list[str]:
    app, outlet = _app(rng), _outlet(rng)
    n = rng.randint(6, 30)
    opts = [f"◀ {rng.choice(['For You', 'Top Stories', 'Following', 'Headlines', 'Local', 'Back', 'Today'])}",
            rng.choice([f"{outlet} · via {app}", f"From {outlet}", f"{app}  ›  {outlet}", outlet.upper()]),
            f"Story {rng.randint(1, n)} of {n}",
            rng.choice(["Swipe up for the next story", "Swipe left for more", "Next story ›", "↑ Next"]),
            rng.choice([f"Follow {outlet} ＋", "＋ Follow", f"Following {outlet} ✓",
                        "Hide stories from this source"]),
            f"{rng.randint(2, 14)} min read",
            rng.choice(["Aa  ⋯  ↗", "⋯", "Share ↗", "♡  🔖  ↗"])]
    return glue(rng, some(rng, opts, 2, 4), 0.35)


def _t29_app_why_prose(rng: random.Random, ctx: dict) -> list[str]:
    app, outlet = _app(rng), _outlet(rng)
    t1, t2 = rng.sample(TOPICS, 2)
    n = rng.choice([400, 650, 1200, 2000, 3500])
    return [rng.choice([
        (f"You are seeing this story because you follow {t1.lower()} in {app}. It comes from {outlet}, one of more "
         f"than {n:,} publishers whose articles can appear in your feed."),
        (f"This story was picked for you by the {app} editors and is shown exactly as {outlet} published it. Tap "
         "the publisher's name to follow them, or hide their stories if you'd rather not see them."),
        (f"{app} chooses the stories in your briefing from the topics you read most, such as {t1.lower()} and "
         f"{t2.lower()}. You can change your interests at any time from the menu under your profile picture."),
        (f"Stories in your {app} feed are selected automatically from the publishers you follow and the topics you "
         "have added, so the order may not match what you would see on the publishers' own websites."),
        (f"Why this story? You recently read several articles about {t1.lower()}, and readers with similar "
         f"interests in your area also opened this one from {outlet}."),
    ])]


def _t29_app_publisher_prose(rng: random.Random, ctx: dict) -> list[str]:
    app, outlet = _app(rng), _outlet(rng)
    return [rng.choice([
        (f"{app} does not write or edit the news it shows. Each article appears as its publisher wrote it, and "
         f"questions about what it says should be sent to {outlet} directly."),
        (f"Publishers are paid each time one of their stories is read in {app}. If you value {outlet}'s "
         "journalism, please consider subscribing to support it directly."),
        (f"Reading {outlet} in {app} counts towards your allowance of {rng.randint(3, 20)} free premium stories "
         f"a month; {app} Plus members can read every publisher without limits."),
        (f"Something wrong with this story? Use the flag button to tell {app}, and we will pass your report to "
         f"{outlet}, which is responsible for correcting its own articles."),
    ])]


def _t29_shared_from_app(rng: random.Random, ctx: dict) -> list[str]:
    app = _app(rng)
    opts = [f"Shared from {app}", f"Sent from {app} for {rng.choice(DEVICES29)}",
            f"Get {app}: " + rng.choice(["the news that matters to you, in one place", "all your news, one app",
                                         "read smarter"]),
            f"Read more stories like this in the {app} app", f"Open in {app} ›",
            f"https://{app.lower().replace(' ', '')}.app/s/{rng.randint(10**6, 10**7):x}"]
    return some(rng, opts, 1, 2)


def _t29_aggregator_more(rng: random.Random, ctx: dict) -> list[str]:
    head = rng.choice([f"More from {_outlet(rng)}", f"More on {_topic(rng)} in {_app(rng)}", "Also in your feed",
                       "Keep reading", f"Top stories in {_app(rng)}"])
    items = _headlines(rng, ctx, FALLBACK29, rng.randint(1, 3))
    bullet = rng.choice(["", "• ", "› ", "— "])
    return [head] + [bullet + h for h in items]


def _t29_syndication_prose(rng: random.Random, ctx: dict) -> list[str]:
    outlet, place = _outlet(rng), _place(rng)
    desc = rng.choice([f"an independent nonprofit newsroom covering {rng.choice(BEATS29)}",
                       f"a weekly paper serving {place} and the surrounding villages",
                       f"the student newspaper of the University of {place}",
                       f"a reader-funded site that reports on {rng.choice(BEATS29)}"])
    return [rng.choice([
        (f"This article originally appeared in {outlet}, {desc}, and is republished here as part of a content-"
         "sharing partnership."),
        (f"A version of this story was first published by {outlet} on {_day(rng, False)}. It appears here with "
         "permission and has been lightly edited for length."),
        (f"This story is published in collaboration with {outlet}, {desc}. Sign up for its "
         f"{rng.choice(['daily', 'weekly', 'fortnightly'])} newsletter at {_domain(outlet)}."),
        (f"This piece was produced by {outlet} and is offered free to partner newsrooms under a Creative Commons "
         "licence; it may be republished as long as the author and publisher are credited."),
        (f"Our partners at {outlet} first reported this story. We are sharing it with our readers because of its "
         f"importance to people living in and around {place}."),
        (f"This report was first broadcast on {place} Community Radio and has been adapted for the web by "
         f"{outlet}'s digital team."),
    ])]


def _t29_syndication_line(rng: random.Random, ctx: dict) -> list[str]:
    outlet = _outlet(rng)
    return [rng.choice([f"Syndicated from {_domain(outlet)}", f"Republished from {outlet} with permission.",
                        f"Partner content · {outlet}", f"Via {outlet} | {_app(rng)}",
                        (f"Original story: https://www.{_domain(outlet)}/{rng.choice(SECTIONS).lower()}/"
                         f"{rng.randint(100000, 999999)}"),
                        f"Source: {outlet} (syndicated)", f"[Reprinted from {outlet}, {_day(rng)}]"])]


def _t29_listen_strip(rng: random.Random, ctx: dict) -> list[str]:
    m, s = rng.randint(2, 14), rng.randint(0, 59)
    opts = [rng.choice(["▶ Listen to this article", "▶️ Listen", "🎧 Listen to this story", "Play audio ▶",
                        "Listen to article"]),
            rng.choice([f"{m}:{s:02d}", f"{m} min", f"00:00 / {m:02d}:{s:02d}", f"{m} min {s} sec"]),
            rng.choice(["1x", "1.0×", "0.75x  1x  1.25x  1.5x  2x", "Speed: 1.25×", "⏪ 15  ⏩ 15"]),
            rng.choice([f"Voiced by {rng.choice(VENDORS29)}", "AI-generated audio", f"Read by {_person(rng)}",
                        "Automated voice"]),
            rng.choice(["⏸ Pause", "Download audio", "Add to queue", "Audio version"])]
    return glue(rng, some(rng, opts, 2, 4), 0.45)


def _t29_narration_prose(rng: random.Random, ctx: dict) -> list[str]:
    outlet = _outlet(rng)
    return [rng.choice([
        ("This article is read aloud by an artificial voice. Names and unusual words may sometimes be mispronounced; "
         f"please tell us at audio@{_domain(outlet)} if you notice a mistake."),
        (f"The audio version of this story is narrated by {_person(rng)} and was recorded for {outlet}'s listening "
         f"service, which is also available in {_app(rng)} and wherever you get your podcasts."),
        (f"Our audio articles are produced with text-to-speech technology from {rng.choice(VENDORS29)} and are "
         "checked by a member of the audio team before they are published."),
        (f"You can now listen to {rng.choice(['most of our articles', 'every story in ' + outlet, 'our long reads'])}. "
         "Press play at the top of any story, choose a speed that suits you, and the audio will keep going when you "
         "lock your phone."),
        ("Audio for this article was generated automatically "
         f"{rng.choice(['at ' + _clock(rng), 'on ' + _day(rng, False), 'when it was first published'])} and may not "
         "match the text exactly if the story has been updated since."),
        (f"The voice you hear is a synthetic one, built by {rng.choice(VENDORS29)} from recordings made with the "
         "consent of a professional narrator who is paid each time it is used."),
    ])]


def _t29_machine_translation(rng: random.Random, ctx: dict) -> list[str]:
    lang, outlet = rng.choice(LANGS29), _outlet(rng)
    return [rng.choice([
        (f"This article was translated from {lang} using machine translation and then reviewed by an editor. If "
         f"there is any difference between the versions, the original {lang} text is authoritative."),
        (f"Translated automatically from the {lang} original. Some nuances may have been lost in translation; the "
         f"original article is available in the {lang}-language edition of {outlet}."),
        (f"This is an automated translation offered for convenience. {outlet} does not guarantee its accuracy and "
         "accepts no responsibility for errors introduced by the translation software."),
        (f"Originally published in {lang} by {outlet}. This English version was produced with the help of an AI "
         f"translation tool and checked by our {rng.choice(['foreign', 'Europe', 'international', 'night'])} desk."),
        (f"[Machine translation from {lang}. Quotations have been translated by our staff and may differ slightly "
         "from what was originally said.]"),
    ])]


def _t29_ai_disclosure(rng: random.Random, ctx: dict) -> list[str]:
    outlet = _outlet(rng)
    return [rng.choice([
        (f"The {rng.choice(['summary', 'short version', 'key points box'])} at the top of this page was generated by "
         f"an AI tool and checked by a journalist before publication. The full article was written and edited by "
         f"{outlet} staff."),
        (f"{outlet} used an AI assistant to help transcribe interviews for this story. Every quotation was checked "
         "against the original recording by the reporter."),
        ("Artificial intelligence was used to produce a first draft of this report from "
         f"{rng.choice(['official figures', 'police data', 'council minutes', 'court listings'])}; the draft was "
         "then verified, rewritten and edited by a member of our newsroom."),
        ("We use AI tools in limited ways, such as suggesting headlines and translating text, and a person always "
         f"reviews the result. Read more about our approach at {_domain(outlet)}/ai-policy."),
        ("No part of this article was written by generative AI. Pictures labelled as illustrations were created by "
         f"{rng.choice(['our own design team', outlet + ' graphics staff', 'a freelance illustrator'])}."),
        (f"This story was compiled with the assistance of automated software from data published by {_place(rng)} "
         "council, and reviewed by an editor before it appeared."),
    ])]


def _t29_ai_summary_box(rng: random.Random, ctx: dict) -> list[str]:
    opts = [rng.choice(["✦ AI summary", "Summary (AI-generated)", "⚡ Quick read", "Key points ✦", "TL;DR by AI"]),
            rng.choice(["Generated by AI · reviewed by editors", "Summaries may contain errors.",
                        "Powered by " + rng.choice(VENDORS29)]),
            rng.choice(["Show summary ▾", "Hide summary ▴", "Read full story ↓"]),
            rng.choice(["Was this summary helpful?  👍  👎", "Rate this summary ☆☆☆☆☆",
                        "Report a problem"])]
    return glue(rng, some(rng, opts, 2, 3), 0.3)


def _t29_text_controls(rng: random.Random, ctx: dict) -> list[str]:
    opts = ["Aa", rng.choice(["A−  A  A+", "A-  A+", "Text size: S  M  L  XL", "Font size ▾"]),
            rng.choice(["Dark mode ◐", "☾ Night mode", "Theme: Light | Sepia | Dark", "Dark theme: On",
                        "◑ Appearance"]),
            rng.choice(["High contrast: Off", "Dyslexia-friendly font", "Font: Serif ▾", "Font: Sans ▾"]),
            rng.choice(["Line spacing ⇕", "Margins ↔", "Justify text ☐", "Reset display settings"])]
    return glue(rng, some(rng, opts, 2, 4), 0.5, ("  ", " | ", "   "))


def _t29_display_prose(rng: random.Random, ctx: dict) -> list[str]:
    app = _app(rng)
    return [rng.choice([
        ("You can make the text on this page bigger or smaller, or switch to dark mode, using the Aa button at the "
         f"{rng.choice(['top', 'bottom', 'top right', 'side'])} of the screen; your choice will be remembered on "
         f"this {rng.choice(DEVICES29)}."),
        (f"{app} now follows your phone's system setting for dark mode. To always read in light or dark, go to "
         "Settings, then Display, and choose the theme you prefer."),
        ("This page works with screen readers and keyboard navigation. If you have difficulty reading any part of "
         f"it, contact {rng.choice(['our accessibility team', 'the ' + app + ' help desk', 'our readers editor'])} "
         "and we will do our best to help."),
        (f"Tip: hold down {rng.choice(['Ctrl', 'Cmd', 'the Control key'])} and press the plus key to zoom in on any "
         "page, or use your browser's reading view to see the article without menus and advertisements."),
        (f"New in {app}: a large-print layout with extra spacing between lines, designed with readers who have low "
         "vision. Turn it on under Accessibility in your settings."),
    ])]


def _t29_reading_list(rng: random.Random, ctx: dict) -> list[str]:
    opts = [rng.choice(["🔖 Save", "☆ Save for later", "Add to reading list", "Bookmark this story", "Read later"]),
            rng.choice(["Saved to your Reading List ✓", "Saved ✓  Undo", "Removed from saved", "Added to Library"]),
            rng.choice(["⬇ Download for offline reading", "Available offline ✓", "Downloading… 62%"]),
            f"{rng.randint(2, 87)} stories saved"]
    return glue(rng, some(rng, opts, 1, 3), 0.4)


def _t29_offline_prose(rng: random.Random, ctx: dict) -> list[str]:
    app = _app(rng)
    return [rng.choice([
        (f"This story has been saved to your {rng.choice(DEVICES29)}, so you can read it without a connection. "
         f"{rng.choice(['Pictures and videos', 'Photographs', 'Charts and maps', 'Comments'])} will appear the next "
         "time you are online."),
        (f"You are offline. You are reading a copy of this article saved at {_clock(rng)} on {_day(rng, False)}; pull "
         "down to refresh once you are connected again."),
        (f"Saved stories are kept for {rng.choice([7, 14, 30, 60])} days and then removed automatically to free up "
         f"space. You can change how long they are kept in the {app} storage settings."),
        (f"Your {app} reading list syncs across every device where you are signed in, so you can start an article "
         f"on your phone and finish it on your {rng.choice(['tablet', 'laptop', 'computer', 'e-reader'])}."),
        (f"Some parts of this page, such as interactive charts and comments, are not available in the offline copy "
         f"saved by {app}. Open the story online to see them."),
    ])]


def _t29_push_prose(rng: random.Random, ctx: dict) -> list[str]:
    app, outlet = _app(rng), _outlet(rng)
    return [rng.choice([
        (f"Never miss a big story. Turn on notifications and {app} will tell you when major news breaks, and send a "
         f"short briefing every {rng.choice(WEEKDAYS)} morning."),
        (f"\u201c{outlet}\u201d would like to send you notifications. These may include alerts, sounds and icon "
         "badges, and can be configured in Settings."),
        (f"Get alerts about {_topic(rng).lower()}: we will send no more than {rng.randint(2, 6)} notifications a day, "
         "and you can choose which subjects you hear about at any time."),
        (f"You have turned off notifications for {rng.choice(['this app', app, outlet])}. To receive "
         f"{rng.choice(['breaking news alerts', 'alerts about ' + _topic(rng).lower(), 'your daily briefing'])}, "
         "open your device's settings and allow notifications again."),
        (f"Allow {_domain(outlet)} to send you browser notifications about the day's most important stories? You can "
         "unsubscribe with one click whenever you like."),
    ])]


def _t29_push_buttons(rng: random.Random, ctx: dict) -> list[str]:
    lines = []
    if rng.random() < 0.5:
        lines.append(rng.choice([f"{_domain(_outlet(rng))} wants to", "Show notifications",
                                 "🔔 Breaking news alerts"]))
    lines += rng.sample(["Allow", "Don't Allow", "Not now", "Turn on", "Block", "Maybe later", "Yes, notify me",
                         "No thanks"], 2)
    return glue(rng, lines, 0.5, ("   ", " | "))


def _site(rng: random.Random) -> str:
    """A publisher's web address as a consent banner names it."""
    return _domain(_outlet(rng))


def _consent_block(rng: random.Random, prose: list[str], buttons: list[str]) -> list[str]:
    lines = some(rng, prose, 1, 2)
    if rng.random() < 0.6:
        lines += glue(rng, some(rng, buttons, 2, 3), 0.6, ("   ", " | ", " · "))
    return lines


def _t29_consent_germanic(rng: random.Random, ctx: dict) -> list[str]:
    site, n, days = _site(rng), rng.randint(90, 840), rng.choice([30, 90, 180, 365])
    if rng.random() < 0.55:
        prose = [
            rng.choice(["Wir und unsere Partner", f"Wir und unsere {n} Partner", f"{site} und seine Partner"])
            + " verwenden Cookies und vergleichbare Technologien, um "
            + rng.choice(["Inhalte und Anzeigen zu personalisieren und die Zugriffe auf unsere Website zu analysieren.",
                          "Ihnen ein optimales Nutzungserlebnis zu bieten und unser Angebot zu finanzieren.",
                          "Funktionen für soziale Medien anzubieten und die Reichweite unserer Artikel zu messen."]),
            "Mit einem Klick auf \u201eAlle akzeptieren\u201c willigen Sie in die Verarbeitung Ihrer Daten ein. Ihre "
            + rng.choice(["Einwilligung können Sie jederzeit in den Datenschutz-Einstellungen widerrufen.",
                          f"Einwilligung gilt für {days} Tage und kann jederzeit widerrufen werden."]),
            (f"Einige unserer {n} Partner verarbeiten Ihre Daten auf Grundlage eines berechtigten Interesses, dem "
             "Sie in den Einstellungen jederzeit widersprechen können."),
            (f"Sie können {site} auch ohne Werbetracking nutzen, indem Sie ein Pur-Abo abschließen. Details finden "
             "Sie in unserer Datenschutzerklärung."),
        ]
        buttons = ["Alle akzeptieren", "Nur notwendige Cookies", "Einstellungen verwalten", "Ablehnen",
                   "Zustimmen und weiter"]
    else:
        prose = [
            rng.choice(["Wij", f"{site} en onze partners", f"Wij en onze {n} partners"])
            + " gebruiken cookies en vergelijkbare technieken om "
            + rng.choice([("de website goed te laten werken, het gebruik te meten en advertenties af te stemmen op "
                           "jouw interesses."), ("je een persoonlijke ervaring te bieden en onze journalistiek te "
                           "financieren met advertenties.")]),
            "Door op \u2018Akkoord\u2019 te klikken ga je hiermee akkoord. Je kunt je keuze "
            + rng.choice(["altijd wijzigen via de cookie-instellingen onderaan elke pagina.",
                          f"na {days} dagen opnieuw bekijken of eerder aanpassen in je profiel."]),
            (f"Wij en onze {n} partners slaan informatie op en openen deze op je apparaat, zoals unieke ID's in "
             "cookies, om persoonsgegevens te verwerken."),
        ]
        buttons = ["Akkoord", "Weigeren", "Instellingen aanpassen", "Alleen noodzakelijke cookies"]
    return _consent_block(rng, prose, buttons)


def _t29_consent_romance(rng: random.Random, ctx: dict) -> list[str]:
    site, n = _site(rng), rng.randint(60, 900)
    lang = rng.choice(["fr", "es", "it", "pt"])
    if lang == "fr":
        prose = [
            rng.choice(["Nous", f"{site} et ses {n} partenaires", "Avec nos partenaires, nous"])
            + " utilisons des cookies et des technologies similaires pour "
            + rng.choice([("mesurer l'audience, personnaliser les contenus et vous proposer des publicités "
                           "adaptées à vos centres d'intérêt."),
                          ("stocker et accéder à des informations sur votre appareil et financer notre rédaction "
                           "grâce à la publicité.")]),
            "En cliquant sur \u00ab Tout accepter \u00bb, vous consentez à ces usages. Vous pouvez "
            + rng.choice(["retirer votre consentement à tout moment depuis la page \u00ab Gérer mes cookies \u00bb.",
                          "modifier vos choix grâce au lien \u00ab Paramètres \u00bb en bas de page."]),
            (f"Certains de nos {n} partenaires sont situés en dehors de l'Union européenne et peuvent traiter vos "
             "données sur la base de leur intérêt légitime."),
        ]
        buttons = ["Tout accepter", "Tout refuser", "Continuer sans accepter", "Personnaliser"]
    elif lang == "es":
        prose = [
            rng.choice(["Utilizamos", f"En {site} utilizamos", "Nosotros y nuestros socios utilizamos"])
            + " cookies propias y de terceros para "
            + rng.choice([("analizar el uso del sitio web, mostrarte publicidad relacionada con tus preferencias y "
                           "mejorar nuestros servicios."), ("elaborar información estadística y mostrarte publicidad "
                           "personalizada a partir de tus hábitos de navegación.")]),
            "Puedes aceptar todas las cookies pulsando el botón \u00abAceptar\u00bb o "
            + rng.choice(["configurarlas y rechazar su uso en cualquier momento desde nuestra Política de cookies.",
                          "elegir cuáles quieres permitir en el panel de configuración."]),
            ("Si continúas navegando sin cambiar la configuración, consideraremos que aceptas el uso de cookies en "
             f"{rng.choice(['este sitio', site])}."),
        ]
        buttons = ["Aceptar todas", "Rechazar", "Configurar", "Más información"]
    elif lang == "it":
        prose = [
            rng.choice(["Noi e terze parti selezionate", f"{site} e {n} terze parti selezionate"])
            + " utilizziamo cookie o tecnologie simili per finalità tecniche e, con il tuo consenso, anche per "
            + rng.choice(["altre finalità come specificato nella cookie policy.",
                          "la misurazione degli ascolti e la pubblicità personalizzata."]),
            "Puoi liberamente prestare, rifiutare o revocare il tuo consenso in qualsiasi momento. "
            + rng.choice(["Chiudendo questo banner continuerai la navigazione senza accettare.",
                          "Il rifiuto potrebbe rendere non disponibili alcune funzionalità del sito."]),
        ]
        buttons = ["Accetta", "Rifiuta", "Scopri di più e personalizza"]
    else:
        prose = [
            rng.choice(["Utilizamos", f"O {site} e os seus parceiros utilizam",
                        "Nós e os nossos parceiros utilizamos"])
            + " cookies para "
            + rng.choice([("melhorar a sua experiência de navegação, analisar o tráfego do site e apresentar "
                           "publicidade personalizada."),
                          "garantir o funcionamento do site e medir as audiências dos nossos conteúdos."]),
            "Ao clicar em \u00abAceitar todos\u00bb, concorda com a utilização de cookies. Pode alterar as suas "
            + rng.choice(["preferências a qualquer momento nas definições de privacidade.",
                          "escolhas na ligação \u00abDefinições de cookies\u00bb no rodapé da página."]),
        ]
        buttons = ["Aceitar todos", "Rejeitar", "Gerir preferências"]
    return _consent_block(rng, prose, buttons)


def _t29_consent_polish(rng: random.Random, ctx: dict) -> list[str]:
    site, n = _site(rng), rng.randint(100, 900)
    prose = [
        rng.choice(["Używamy", f"Serwis {site} i jego partnerzy używają", "My i nasi zaufani partnerzy używamy"])
        + " plików cookies, aby "
        + rng.choice([("zapewnić prawidłowe działanie serwisu, dostosować treści do Twoich zainteresowań oraz "
                       "analizować ruch na stronie."), ("wyświetlać Ci spersonalizowane reklamy i mierzyć "
                       "oglądalność naszych artykułów.")]),
        "Klikając \u201eAkceptuję wszystkie\u201d, wyrażasz zgodę na przetwarzanie Twoich danych przez "
        + rng.choice([f"{site} i {n} partnerów.", f"nas i naszych {n} partnerów.", "nas i naszych partnerów."])
        + " Zgodę możesz w każdej chwili wycofać w ustawieniach prywatności.",
        (f"Twoje dane mogą być przetwarzane przez {n} zaufanych partnerów w celach marketingowych i analitycznych, "
         "również poza Europejskim Obszarem Gospodarczym."),
    ]
    return _consent_block(rng, prose, ["Akceptuję wszystkie", "Odrzuć", "Ustawienia", "Przejdź do serwisu"])


def _t29_consent_buttons_foreign(rng: random.Random, ctx: dict) -> list[str]:
    sets = [["Akzeptieren", "Ablehnen", "Mehr erfahren"], ["Accepter", "Refuser", "En savoir plus"],
            ["Aceptar", "Rechazar", "Ajustes"], ["Accetta tutto", "Rifiuta tutto", "Impostazioni"],
            ["Akkoord", "Niet akkoord", "Meer info"], ["Zgadzam się", "Nie zgadzam się", "Więcej opcji"],
            ["Aceitar", "Recusar", "Definições"]]
    lines = rng.choice(sets)
    return glue(rng, lines, 0.7, ("   ", " | ", "  ·  "))


def _t29_foreign_privacy(rng: random.Random, ctx: dict) -> list[str]:
    firm = rng.choice(["Lindenhof Medien", "Valmont Presse", "Ediciones Sierralta", "Gruppo Borgonero",
                       "Oosterweide Uitgevers", "Wydawnictwo Brzozowe", "Edições Vilar do Monte"])
    n = rng.randint(3, 120)
    return [rng.choice([
        (f"Verantwortlich für die Datenverarbeitung ist die {firm} GmbH, Hafenstraße {n}, 20{rng.randint(100, 999)} "
         "Hollenbrück. Weitere Informationen finden Sie in unserer Datenschutzerklärung."),
        (f"Le responsable du traitement est {firm} SAS. Conformément au RGPD, vous disposez d'un droit d'accès, de "
         "rectification et d'effacement de vos données, que vous pouvez exercer par courrier électronique."),
        (f"Responsable del tratamiento: {firm} S.L. Puede ejercer sus derechos de acceso, rectificación, supresión y "
         "portabilidad escribiendo a nuestro delegado de protección de datos."),
        (f"Titolare del trattamento è {firm} S.p.A., con sede in via del Molo {n}; per esercitare i diritti "
         "previsti dal Regolamento europeo scrivi al nostro responsabile della protezione dei dati."),
        (f"Verwerkingsverantwoordelijke is {firm} B.V. Lees in onze privacyverklaring hoe wij met je gegevens "
         "omgaan en welke rechten je hebt."),
        (f"Administratorem Twoich danych osobowych jest {firm} sp. z o.o. z siedzibą przy ulicy Lipowej {n}. "
         "Szczegóły znajdziesz w naszej polityce prywatności."),
        (f"O responsável pelo tratamento dos seus dados pessoais é a {firm}, Lda. Consulte a nossa Política de "
         "Privacidade para saber como exercer os seus direitos."),
    ])]


def _t29_language_picker(rng: random.Random, ctx: dict) -> list[str]:
    langs = ["English", "Deutsch", "Español", "Français", "Italiano", "Nederlands", "Polski", "Português"]
    codes = ["EN", "DE", "ES", "FR", "IT", "NL", "PL", "PT"]
    form = rng.random()
    if form < 0.35:
        return [rng.choice([" · ", " | ", "  ", " / "]).join(some(rng, langs, 4, 8))]
    if form < 0.55:
        return [rng.choice([" | ", " ", " · "]).join(some(rng, codes, 3, 8))]
    if form < 0.75:
        return [rng.choice(["🌐 Language: English ▾", "🌐 EN ▾", "Select language ▾", "Change language",
                            "Language / Sprache / Langue"])]
    if form < 0.9:
        return [rng.choice(["Lesen Sie diesen Artikel auf Deutsch", "Lire cet article en français",
                            "Leer este artículo en español", "Leggi l'articolo in italiano",
                            "Lees dit artikel in het Nederlands", "Przeczytaj ten artykuł po polsku",
                            "Ler este artigo em português"])]
    return ["Read in:"] + some(rng, langs[1:], 2, 4)


def _t29_translate_offer(rng: random.Random, ctx: dict) -> list[str]:
    n = rng.randint(3, 40)
    return [rng.choice([
        (f"This article is also available in {n} other languages. Choose one from the list below to read a machine "
         "translation of the text."),
        (f"Read this story in your own language: our articles can now be translated automatically into more than {n} "
         "languages using the globe icon at the top of the page."),
        (f"Translations are generated automatically by {rng.choice(VENDORS29)} when you choose a language and are "
         f"not checked by {rng.choice(['our journalists', 'our editors', 'the ' + _outlet(rng) + ' newsroom'])}, so "
         "some words and names may be rendered incorrectly."),
        (f"Automatic translation is switched on for this page. To read the original English text, choose English "
         f"from the language menu or turn translation off in {_app(rng)}."),
    ])]


def _t29_edition_switcher(rng: random.Random, ctx: dict) -> list[str]:
    ed = rng.choice(EDITIONS29)
    form = rng.random()
    if form < 0.4:
        return [rng.choice([" | ", " · ", "  "]).join(some(rng, EDITIONS29, 3, 6))]
    opts = [f"Edition: {ed} ▾", "Change edition", f"You're viewing: {ed}", f"{ed} edition ✓", "Switch edition ›",
            f"Set {ed} as my default"]
    return glue(rng, some(rng, opts, 1, 3), 0.4)


def _t29_edition_prose(rng: random.Random, ctx: dict) -> list[str]:
    ed, outlet = rng.choice(EDITIONS29), _outlet(rng)
    region = rng.choice(["Europe", "North America", "Asia", "the Pacific", "Africa", "South America"])
    return [rng.choice([
        (f"You are reading the international edition of {outlet}. Some stories, offers and advertisements differ "
         "between editions, and you can switch at any time from the menu."),
        (f"It looks like you are in {region}. Would you like to visit our {ed} edition instead? Your choice will be "
         "remembered the next time you visit."),
        (f"Based on your location, we are showing you news for {_place(rng)}. Not where you are? Set your location "
         "to get local weather, travel and stories from near you."),
        (f"Welcome to the {ed} edition. Subscription prices are shown in your local currency, and readers in "
         f"{region} may be offered different terms at checkout."),
        (f"Some content on this page is not available in your region because of rights restrictions. Switch to the "
         f"{ed} edition to see the full selection of video and audio."),
    ])]


def _t29_rss_footer(rng: random.Random, ctx: dict) -> list[str]:
    outlet = _outlet(rng)
    dom = _domain(outlet)
    opts = [
        (f"This item was delivered by the {outlet} RSS feed. Visit {dom} for the full article, photographs and "
         "readers' comments."),
        (f"You are receiving this because you subscribed to \u201c{outlet} \u2013 {rng.choice(SECTIONS)}\u201d. "
         f"Manage your subscriptions in {rng.choice(READERS29)}."),
        f"Feed: {outlet} \u2014 {rng.choice(SECTIONS)} | https://{dom}/{rng.choice(SECTIONS).lower()}/feed/",
        (f"\u00a9 {rng.randint(2012, 2025)} {outlet}. Feed content is licensed for personal, non-commercial reading "
         "in a feed reader only and may not be republished."),
        f"Full text of this story is only available to subscribers. Click through to {dom} to read the rest.",
    ]
    return some(rng, opts, 1, 2)


def _t29_feed_reader_chrome(rng: random.Random, ctx: dict) -> list[str]:
    outlet = _outlet(rng)
    opts = [rng.choice([f"{rng.choice(READERS29)} · {outlet}", f"{outlet} ({rng.randint(1, 240)})",
                        f"All items › {outlet}"]),
            f"{rng.randint(1, 400)} unread", "Mark as read ✓", "☆ Star", "Open original ↗",
            f"Fetched {rng.randint(2, 59)} min ago", "Next unread ›", "Full content ▾",
            rng.choice(["j / k to navigate", "Press v to open in browser", "Keep unread"])]
    return glue(rng, some(rng, opts, 2, 4), 0.45)


def _t29_ereader(rng: random.Random, ctx: dict) -> list[str]:
    total = rng.randint(800, 9000)
    page_n = rng.randint(24, 120)
    opts = [f"Loc {rng.randint(1, total)} of {total}",
            f"{rng.randint(1, 99)}% · {rng.randint(1, 9)} mins left in article",
            f"Page {rng.randint(1, page_n)} of {page_n} · Today's paper",
            rng.choice(["Tap centre for menu", "Tap to show controls", "Double-tap to zoom"]),
            f"Section {rng.randint(1, 5)} of {rng.randint(6, 12)}", "◀ Prev  |  Next ▶",
            f"{_outlet(rng)} · {_day(rng)} edition", rng.choice(["Text view | Page view", "Switch to page view",
                                                                 "Go to page …", "Contents ☰"])]
    return glue(rng, some(rng, opts, 1, 3), 0.35)


def _t29_kiosk_prose(rng: random.Random, ctx: dict) -> list[str]:
    outlet, kiosk, library = _outlet(rng), rng.choice(KIOSKS29), rng.choice(LIBRARIES29)
    return [rng.choice([
        (f"This edition of {outlet} is provided by {kiosk} through {library}. Downloaded issues stay on your device "
         "for 30 days after your library loan ends."),
        (f"You are reading the digital replica of {outlet}, exactly as it appeared in print. Switch to text view "
         "for a version that is easier to read on a small screen."),
        (f"Your {kiosk} subscription gives you unlimited access to more than {rng.randint(2, 9) * 1000:,} newspapers "
         f"and magazines. Today's issue of {outlet} was added at {_clock(rng)}."),
        (f"Articles in this {rng.choice(['issue', 'edition', 'replica'])} are shown as they were printed on "
         f"{_day(rng, False)} and may not include corrections or updates made to the online versions since."),
        (f"Free with your library card: read {outlet} and hundreds of other titles on {kiosk}. Ask at any branch of "
         f"{library} for your access code."),
    ])]


def _t29_voice_assistant(rng: random.Random, ctx: dict) -> list[str]:
    outlet, app = _outlet(rng), _app(rng)
    return [rng.choice([
        (f"Ask your smart speaker for the latest from {outlet}: just say \u201cplay the news from {outlet}\u201d and "
         f"our {rng.randint(2, 10)}-minute bulletin will start."),
        (f"Now on the road: connect {app} to your car's dashboard screen and the day's top stories will be read "
         "aloud to you while you drive."),
        (f"Add {outlet} to your morning routine and your speaker will read you the headlines, the weather and the "
         "travel news as soon as you wake up."),
        (f"On your watch: {app} can now show you a one-line summary of each breaking story on your wrist, with the "
         "full article waiting on your phone."),
    ])]


def _t29_homescreen_prompt(rng: random.Random, ctx: dict) -> list[str]:
    outlet = _outlet(rng)
    if rng.random() < 0.4:
        return glue(rng, [rng.choice([f"Add {outlet} to your home screen", "Install app", "Install ⊕"]),
                           rng.choice(["Install", "Not now", "✕"])], 0.5)
    return [rng.choice([
        (f"Read {outlet} like an app: tap the share button in your browser, then choose \u201cAdd to Home Screen\u201d "
         "to put us one tap away."),
        (f"Install the free {outlet} web app for faster loading, offline reading and "
         f"{rng.choice(['breaking news alerts', 'daily puzzles', 'the morning briefing'])}, without needing to visit "
         "an app store."),
        (f"Get the {outlet} app for a better reading experience, with bigger pictures, saved stories and today's "
         "paper to download."),
    ])]


def _t29_cite_this(rng: random.Random, ctx: dict) -> list[str]:
    head = _headline(rng, ctx, FALLBACK29).rstrip(".")
    first, last = rng.choice(FIRST10), rng.choice(LAST10)
    outlet = _outlet(rng)
    y, mo, d = rng.randint(2003, 2025), rng.randint(1, 12), rng.randint(1, 28)
    month = MONTHS[mo - 1]
    page = rng.choice([f"A{rng.randint(1, 20)}", str(rng.randint(1, 48)), f"B{rng.randint(1, 12)}"])
    db = rng.choice(DATABASES29)
    styles = [
        f"APA: {last}, {first[0]}. ({y}, {month} {d}). {head}. {outlet}, p. {page}.",
        f"MLA: {last}, {first}. \u201c{head}.\u201d {outlet}, {d} {month[:3]}. {y}, p. {page}. {db}.",
        f"Chicago: {first} {last}, \u201c{head},\u201d {outlet}, {month} {d}, {y}.",
        f"Harvard: {last}, {first[0]}. ({y}) \u2018{head}\u2019, {outlet}, {d} {month}, p. {page}.",
    ]
    lines = [rng.choice(["Cite this article", "Citation", "How to cite this article", "CITE"])]
    lines += some(rng, styles, 1, 3)
    if rng.random() < 0.5:
        lines.append(rng.choice(["Copy citation", "Export: RIS | BibTeX | Plain text", "Download citation ⬇",
                                 "Citations are generated automatically and may contain errors."]))
    return lines


def _t29_db_record(rng: random.Random, ctx: dict) -> list[str]:
    outlet, place = _outlet(rng), _place(rng)
    fields = [f"Title: {_headline(rng, ctx, FALLBACK29)}", f"Author: {_person(rng)}",
              f"Source: {outlet}; {place}", f"Date: {_day(rng)}",
              f"Section: {rng.choice(SECTIONS)}", f"Page: {rng.randint(1, 60)}",
              f"Length: {rng.randint(180, 2400)} words",
              "Document type: " + rng.choice(["News", "Newspaper Article", "Feature", "Letter"]),
              f"Accession Number: {rng.randint(10**8, 10**9 - 1)}", f"Database: {rng.choice(DATABASES29)}",
              f"Document ID: {rng.randint(10**6, 10**7):X}{rng.choice('ABCDEFGH')}",
              f"Publisher: {rng.choice(DB_OWNERS29)}", "Language of publication: English",
              f"ISSN: {rng.randint(1000, 9999)}-{rng.randint(100, 999)}{rng.choice('0123456789X')}"]
    return some(rng, fields, 3, 6)


def _t29_db_copyright(rng: random.Random, ctx: dict) -> list[str]:
    outlet, owner, db = _outlet(rng), rng.choice(DB_OWNERS29), rng.choice(DATABASES29)
    return [rng.choice([
        (f"Copyright of {outlet} is the property of {owner} and its content may not be copied or e-mailed to "
         "multiple sites or posted to a mailing list without the copyright holder's written permission. Users may "
         "print, download or e-mail articles for their own use."),
        (f"Reproduced with permission of the copyright owner. Further reproduction is prohibited without "
         f"permission. Full text supplied by {db}."),
        (f"This record is supplied by {db} under licence from {owner}. The text was converted from the print edition "
         "and may contain errors; photographs and graphics are not included."),
        (f"Material in {db} is made available for educational and research purposes only. Please respect the rights "
         "of the publisher and cite the original source in any work you produce."),
        (f"Abstracts and indexing \u00a9 {rng.randint(2010, 2025)} {owner}. All rights reserved. The full article "
         f"is \u00a9 {outlet} and is reproduced under an agreement with the publisher."),
    ])]


def _t29_library_access(rng: random.Random, ctx: dict) -> list[str]:
    library, db = rng.choice(LIBRARIES29), rng.choice(DATABASES29)
    return [rng.choice([
        (f"Access to this article is provided by {library}. Remote access ends when you close your browser or "
         f"after {rng.choice([20, 30, 60])} minutes without activity."),
        (f"You are signed in through {library}. Your institution's subscription to {db} allows you to view, print "
         "and save full-text articles for personal study."),
        (f"Welcome, {library} user. This resource is licensed for current members only, and sharing your login "
         "details with other people breaks the terms of use."),
        (f"Need help with your research? The librarians at {library} can show you how to search {db} and other "
         "news archives; book a session at the information desk."),
    ])]


def _t29_permalink(rng: random.Random, ctx: dict) -> list[str]:
    host = rng.choice(["search.clearstack.example", "periodica-complete.example.org", "archivum.example.net",
                       "newsvault.example.edu"])
    an = rng.randint(10**8, 10**9 - 1)
    db = rng.choice(["nfh", "prc", "aph", "rpo"])
    opts = [f"Persistent link to this record (Permalink): https://{host}/login?direct=true&db={db}&AN={an}",
            f"Stable URL: https://{host}/doc/{rng.randint(16**7, 16**8 - 1):x}",
            f"Document URL: https://{host}/docview/{an}?accountid={rng.randint(1000, 99999)}",
            f"AN: {an}", f"Record number: {rng.choice(['RPO', 'NVA', 'PCX'])}-{an}"]
    return some(rng, opts, 1, 2)


def _twentyninth_templates() -> dict[str, tuple[str, Template]]:
    """Wrappers added where an article is re-read: apps, syndication, audio, translation, consent, libraries."""
    return {
        "app_header": ("h", _t29_app_header),
        "app_why_prose": ("ht", _t29_app_why_prose),
        "app_publisher_prose": ("t", _t29_app_publisher_prose),
        "shared_from_app": ("t", _t29_shared_from_app),
        "aggregator_more": ("it", _t29_aggregator_more),
        "syndication_prose": ("ht", _t29_syndication_prose),
        "syndication_line": ("hit", _t29_syndication_line),
        "listen_strip": ("hi", _t29_listen_strip),
        "narration_prose": ("ht", _t29_narration_prose),
        "machine_translation": ("hit", _t29_machine_translation),
        "ai_disclosure": ("it", _t29_ai_disclosure),
        "ai_summary_box": ("hi", _t29_ai_summary_box),
        "text_controls": ("h", _t29_text_controls),
        "display_prose": ("ht", _t29_display_prose),
        "reading_list": ("hit", _t29_reading_list),
        "offline_prose": ("ht", _t29_offline_prose),
        "push_prose": ("hi", _t29_push_prose),
        "push_buttons": ("hi", _t29_push_buttons),
        "consent_germanic": ("hit", _t29_consent_germanic),
        "consent_romance": ("ht", _t29_consent_romance),
        "consent_polish": ("ht", _t29_consent_polish),
        "consent_buttons_foreign": ("hit", _t29_consent_buttons_foreign),
        "foreign_privacy": ("t", _t29_foreign_privacy),
        "language_picker": ("h", _t29_language_picker),
        "translate_offer": ("hi", _t29_translate_offer),
        "edition_switcher": ("h", _t29_edition_switcher),
        "edition_prose": ("hit", _t29_edition_prose),
        "rss_footer": ("t", _t29_rss_footer),
        "feed_reader_chrome": ("h", _t29_feed_reader_chrome),
        "ereader": ("hit", _t29_ereader),
        "kiosk_prose": ("ht", _t29_kiosk_prose),
        "voice_assistant": ("it", _t29_voice_assistant),
        "homescreen_prompt": ("hi", _t29_homescreen_prompt),
        "cite_this": ("t", _t29_cite_this),
        "db_record": ("ht", _t29_db_record),
        "db_copyright": ("t", _t29_db_copyright),
        "library_access": ("h", _t29_library_access),
        "permalink": ("t", _t29_permalink),
    }


# --- thirtieth: public notices and listings printed alongside news ------------------------------------------------

COUNCIL_KINDS = ["Borough Council", "District Council", "Town Council", "City Council", "County Council",
                 "Parish Council"]
FIRMS30 = ["{a} & {b} LLP", "{a} {b} Solicitors", "{a}, {b} & Co", "{a} Law", "{a} & Partners"]
CHURCHES30 = ["St Aldwyn's", "Holy Trinity", "Christ Church", "St Petroc's", "All Saints", "Our Lady of the Vale",
              "{p} Methodist Church", "{p} Baptist Chapel", "St Wenna's", "The Quaker Meeting House, {p}",
              "{p} United Reformed Church", "St Columb the Less"]
VENUES30 = ["the Village Hall", "the Memorial Hall", "the Corn Exchange", "the Assembly Rooms", "the Scout Hut",
            "the Guildhall", "the Community Centre", "the Drill Hall", "the library", "the Old School Rooms",
            "the Rugby Club", "the Methodist Hall"]
CHANNELS30 = ["Vista One", "Vista Two", "Beacon TV", "Kestrel HD", "Riverside 24", "Channel Harbour"]
RADIO30 = ["Vale Radio 104.2", "Harbourside FM", "Moorland Sound", "Kirkbrae Community Radio", "Fennick 97.6"]
SHOWS30 = ["The Kitchen Garden Hour", "Coastline Rescue", "Pound for Pound", "The Quiz Wall", "Harbour Lights",
           "Weekend Wheels", "Great Rail Rambles", "Ward Nine", "The Allotment", "Bargain Barn", "Moorland Vets",
           "Antiques on the Road Again", "Night Desk", "The Big Bake Off-Season", "Cold Case Kitchen"]
CHARITIES30 = ["Vale Hospice", "the Kirkbrae Air Ambulance", "Penhallow Lifeboat Station", "Millbridge Food Bank",
               "the Elmsbury Cancer Support Centre", "Guide Dogs for the Fennick Valley", "the Stroke Club",
               "Saltmarsh Wildlife Rescue"]
PETS30 = ["Biscuit", "Pepper", "Ziggy", "Mabel", "Rolo", "Nutmeg", "Bramble", "Otis", "Luna", "Crumble", "Dexter"]
BREEDS30 = ["lurcher cross", "Staffordshire bull terrier", "tabby cat", "black-and-white cat", "collie cross",
            "rescue greyhound", "Jack Russell", "house rabbit", "ginger tom", "springer spaniel"]
FALLBACK30 = FALLBACK29


def _council(rng: random.Random) -> str:
    return f"{_place(rng)} {rng.choice(COUNCIL_KINDS)}"


def _firm(rng: random.Random) -> str:
    a, b = rng.sample(LAST10, 2)
    return rng.choice(FIRMS30).format(a=a, b=b)


def _church(rng: random.Random) -> str:
    return rng.choice(CHURCHES30).format(p=_place(rng))


def _plan_ref(rng: random.Random) -> str:
    y = rng.randint(18, 25)
    return rng.choice([f"{y}/{rng.randint(0, 9999):05d}/{rng.choice(['FUL', 'HH', 'LBC', 'OUT', 'ADV', 'TPO'])}",
                       f"DC/{y}/{rng.randint(100, 9999):04d}", f"P/20{y}/{rng.randint(100, 2999)}",
                       f"PA{y}/{rng.randint(10000, 99999)}"])


def _works(rng: random.Random) -> str:
    return rng.choice(["erection of a two-storey rear extension", "change of use from shop to hot food takeaway",
                       "conversion of the loft with a rear dormer window", ("demolition of the existing garage and "
                       "construction of one detached dwelling"), "installation of 24 solar panels on the south roof",
                       "felling of one oak tree protected by a preservation order",
                       "replacement of timber windows with uPVC in a conservation area",
                       "construction of a single-storey side extension and new vehicle access",
                       "change of use of agricultural barn to holiday let",
                       "erection of 14 dwellings with associated parking and landscaping",
                       "retrospective consent for a garden room and decking"])


def _t30_notices_header(rng: random.Random, ctx: dict) -> list[str]:
    opts = [rng.choice(["PUBLIC NOTICES", "Public & Legal Notices", "LEGAL NOTICES", "Notices", "FAMILY NOTICES",
                        "Announcements", "LOCAL LISTINGS", "What's On"]),
            rng.choice([f"To place a notice call {_phone(rng)}", f"Notices: {_phone(rng)} (Mon-Fri 9am-5pm)",
                        "Deadline for Friday's paper: noon Tuesday", "Book online at any time",
                        f"notices@{_domain(_outlet(rng))}"]),
            rng.choice(["Continued on next page", "All notices are accepted subject to our terms.",
                        f"Page {rng.randint(30, 72)}"])]
    return glue(rng, some(rng, opts, 1, 2), 0.3)


def _t30_planning_prose(rng: random.Random, ctx: dict) -> list[str]:
    council, ref = _council(rng), _plan_ref(rng)
    deadline = _day(rng, False)
    return [rng.choice([
        (f"Application {ref}: {_works(rng)} at {_address(rng)}. Comments on this application must be received by "
         f"{council} no later than {deadline}."),
        (f"Notice is given that an application has been made to {council} for {_works(rng)} at {_address(rng)} "
         f"(reference {ref}). Plans may be viewed "
         f"{rng.choice(['online', 'at the council offices', 'at the library'])}."),
        (f"{council} has received an application for {_works(rng)} at {_address(rng)}, affecting the setting of a "
         f"listed building. Anyone wishing to comment should write to the planning department by {deadline}."),
        (f"The following application has been submitted: {ref}, {_works(rng)}, {_address(rng)}. Representations "
         "can be made in writing within 21 days of the date of this notice."),
    ])]


def _t30_planning_list(rng: random.Random, ctx: dict) -> list[str]:
    lines = [rng.choice(["PLANNING APPLICATIONS", "Planning applications received", "Planning: decisions",
                         f"Applications validated week ending {_day(rng, False)}"])]
    for _ in range(rng.randint(2, 4)):
        status = rng.choice(["", " - Approved", " - Refused", " - Withdrawn", " (Granted with conditions)"])
        works = _works(rng)
        lines.append(f"{_plan_ref(rng)}  {_address(rng)}  {works[0].upper() + works[1:]}{status}")
    return lines


def _t30_licensing_prose(rng: random.Random, ctx: dict) -> list[str]:
    a, b = rng.sample(LAST10, 2)
    pub = f"The {rng.choice(['Crooked', 'Salty', 'Blue', 'Copper'])} {rng.choice(['Kettle', 'Anchor', 'Fox'])}"
    company = rng.choice([f"{a} Leisure Ltd", f"{a} & {b} Taverns Ltd", f"{pub} Ltd", _person(rng)])
    premises = rng.choice(["The Old Bakehouse", "Harbour Kitchen", "Kwik Corner Express", "The Bell Inn",
                           "Tapas on the Square", "The Kiln Rooms", "Saltmarsh Village Stores", "Bramble Micropub"])
    closing = rng.choice(["22:00", "23:00", "23:30", "00:30", "01:00", "02:00"])
    days = rng.choice(["Monday to Saturday", "every day", "Thursday to Sunday", "Friday and Saturday"])
    council = _council(rng)
    return [rng.choice([
        (f"Notice is hereby given that {company} has applied to {council} for a premises licence at {premises}, "
         f"{_address(rng)}, to permit the sale of alcohol from 10:00 to {closing} {days}."),
        (f"{company} has applied to vary the licence of {premises}, {_street(rng)}, {_place(rng)}, to allow live and "
         f"recorded music until {closing} {days}. Anyone wishing to make a representation must do so in writing by "
         f"{_day(rng, False)}."),
        (f"An application for a new premises licence has been made for {premises} in {_place(rng)} for late night "
         f"refreshment and the sale of alcohol until {closing}. The register may be inspected at {council}'s offices."),
        ("It is an offence, liable on conviction to an unlimited fine, knowingly or recklessly to make a false "
         f"statement in connection with an application for a premises licence. Dated {_day(rng)}."),
    ])]


def _t30_road_closure_prose(rng: random.Random, ctx: dict) -> list[str]:
    council, road = _council(rng), _street(rng)
    r2, r3 = _street(rng), _street(rng)
    weeks = rng.randint(1, 16)
    why = rng.choice(["carriageway resurfacing", "gas main replacement", "bridge repairs", "drainage works",
                      "the installation of a new water main", "tree felling", "a new pedestrian crossing",
                      "emergency repairs to a retaining wall", "fibre broadband cabling"])
    return [rng.choice([
        (f"{council} intends to make an order prohibiting vehicles from using {road}, {_place(rng)}, between its "
         f"junctions with {r2} and {r3}, from {_day(rng, False)} for up to {weeks} weeks to allow {why}."),
        (f"{road} in {_place(rng)} will be closed to through traffic between 9.30am and 3.30pm from "
         f"{_day(rng, False)} for {why}. The signed diversion will run via {r2} and {r3}."),
        (f"Access for residents and emergency vehicles will be maintained throughout the closure of {road}, although "
         "delays may occur while the work is under way."),
        (f"Temporary traffic lights will be in place on {road} at its junction with {r2} for about {weeks} weeks "
         f"while contractors carry out {why} on behalf of {council}."),
    ])]


def _t30_tro_header(rng: random.Random, ctx: dict) -> list[str]:
    place = _place(rng).upper()
    year = rng.randint(2016, 2025)
    kind = rng.choice(["(VARIOUS ROADS) (WAITING RESTRICTIONS)", "(20MPH SPEED LIMIT)", "(PROHIBITION OF DRIVING)",
                       "(RESIDENTS' PARKING ZONE B)", "(TEMPORARY CLOSURE OF " + _street(rng).upper() + ")"])
    lines = [rng.choice(["ROAD TRAFFIC REGULATION ACT 1984", "TRAFFIC REGULATION ORDER", "NOTICE OF PROPOSALS",
                         "TEMPORARY TRAFFIC ORDER"]),
             f"THE {place} {kind} ORDER {year}"]
    if rng.random() < 0.6:
        lines.append(rng.choice([
            (f"Copies of the draft order and a statement of reasons may be inspected at the council offices until "
             f"{_day(rng, False)}."),
            (f"Objections, stating the grounds on which they are made, must be sent in writing to the Head of "
             f"Highways by {_day(rng, False)}."),
            f"Dated {_day(rng)}. {_person(rng)}, Director of Place.",
        ]))
    return lines


def _t30_probate_prose(rng: random.Random, ctx: dict) -> list[str]:
    name = f"{rng.choice(FIRST10).upper()} {rng.choice(LAST10).upper()}"
    job = rng.choice(["retired teacher", "retired farmer", "former postmaster", "retired nurse", "company director",
                      "retired civil servant", "widow", "retired engineer"])
    firm = _firm(rng)
    return [rng.choice([
        (f"Any person having a claim against the estate of {name}, late of {_address(rng)}, {job}, who died on "
         f"{_day(rng)}, should send written particulars to {firm} by {_day(rng, False)}, after which the estate "
         "will be distributed."),
        (f"Re: {name}, deceased. Notice is given that creditors and others having claims against the estate of the "
         f"above, late of {_address(rng)}, are required to send details to the undersigned, {firm}."),
        (f"The estate of {name} ({job}), who died at {_place(rng)} on {_day(rng)}, will be distributed among "
         f"those entitled, having regard only to claims of which the executors have had notice."),
    ])]


def _t30_winding_up_prose(rng: random.Random, ctx: dict) -> list[str]:
    trade = rng.choice(["HAULAGE", "BUILDING SERVICES", "CATERING", "PROPERTIES", "ENGINEERING", "RETAIL",
                        "TECHNOLOGIES"])
    co = f"{rng.choice(LAST10).upper()} {trade} LIMITED"
    num = f"{rng.randint(1000000, 15999999):08d}"
    who = f"{_person(rng)} of {rng.choice(LAST10)} Insolvency Practitioners"
    return [rng.choice([
        (f"In the matter of {co} (company number {num}). Notice is hereby given that the creditors of the company are "
         f"required to prove their debts on or before {_day(rng, False)} to the liquidator, {who}."),
        (f"{co}, in creditors' voluntary liquidation. At a general meeting held on {_day(rng)} the resolution was "
         f"passed that the company be wound up voluntarily and that {who} be appointed liquidator."),
        (f"A petition to wind up {co} (registered number {num}) was presented on {_day(rng)} by a creditor and "
         f"will be heard at the {_place(rng)} County Court on {_day(rng, False)}."),
    ])]


def _t30_name_change_prose(rng: random.Random, ctx: dict) -> list[str]:
    first, old, new = rng.choice(FIRST10), rng.choice(LAST10), rng.choice(LAST10)
    return [rng.choice([
        (f"Notice is hereby given that I, {first} {new}, of {_address(rng)}, formerly known as {first} {old}, have "
         f"by deed poll dated {_day(rng)} renounced the use of my former surname."),
        (f"I, {first} {old}-{new}, of {_place(rng)}, have abandoned the name {first} {old} and now wish to be known "
         f"only as {first} {new} for all purposes, with effect from {_day(rng)}."),
    ])]


def _t30_tender_prose(rng: random.Random, ctx: dict) -> list[str]:
    council = _council(rng)
    service = rng.choice(["grounds maintenance and grass cutting", "the supply of school meals",
                          "home-to-school transport", "winter gritting and snow clearance", "public toilet cleaning",
                          "the refurbishment of the swimming pool changing rooms", "Christmas lighting",
                          "the management of the town car parks", "street-light maintenance"])
    ref = f"{rng.choice(['TEN', 'PROC', 'CT'])}-{rng.randint(2019, 2025)}-{rng.randint(1, 999):04d}"
    return [rng.choice([
        (f"{council} invites tenders for {service} for a period of {rng.randint(2, 5)} years from "
         f"{_day(rng, False)}. Documents are available through the council's procurement portal under reference "
         f"{ref}."),
        (f"Completed tenders for {service} must be returned by noon on {_day(rng, False)}. Late submissions will not "
         f"be considered, and the council is not bound to accept the lowest or any tender."),
        (f"Suppliers interested in {service} are invited to a briefing at {rng.choice(VENUES30)}, {_place(rng)}, on "
         f"{_day(rng, False)}; places must be booked in advance quoting {ref}."),
    ])]


def _t30_tender_fields(rng: random.Random, ctx: dict) -> list[str]:
    fields = [f"Contract reference: {rng.choice(['TEN', 'PROC'])}/{rng.randint(100, 9999)}",
              f"CPV code: {rng.randint(45000000, 90999999)}-{rng.randint(0, 9)}",
              f"Estimated value: {_money(rng, 20, 900)},000 (excl. VAT)",
              f"Lot {rng.randint(1, 4)}: {rng.choice(['North area', 'South area', 'Town centre', 'Rural parishes'])}",
              f"Closing date: {_day(rng)} at 12:00", "Procedure: Open",
              f"Contact: procurement@{_place(rng).lower().replace(' ', '')}.gov.example",
              f"Contract period: {rng.randint(12, 60)} months"]
    return some(rng, fields, 3, 5)


def _age(rng: random.Random) -> int:
    return rng.randint(58, 101)


def _t30_obituary_prose(rng: random.Random, ctx: dict) -> list[str]:
    name, place = _person(rng), _place(rng)
    club = rng.choice([f"{place} Bowls Club", f"{place} Amateur Dramatic Society", f"the {place} lifeboat crew",
                       f"{place} Male Voice Choir", "the parish council", f"{place} Cricket Club",
                       f"the {place} branch of the Women's Institute"])
    return [rng.choice([
        (f"{name} of {place}, who has died aged {_age(rng)}, was a familiar face at {club} for more than forty years "
         f"and served as its treasurer until {rng.randint(1995, 2020)}."),
        (f"Tributes have been paid to {name}, a former headteacher in {place}, who died peacefully at home last week "
         f"aged {_age(rng)}. Generations of pupils remember a patient teacher with a love of poetry."),
        (f"{name}, who ran the post office in {place} with his wife for 32 years, has died aged {_age(rng)}. He "
         f"leaves a son, two daughters and seven grandchildren."),
        (f"Born in {_place(rng)} in {rng.randint(1922, 1965)}, {name} joined the family building firm at sixteen and "
         f"later became a stalwart of {club}, where a memorial bench will be placed this summer."),
    ])]


def _t30_death_notice(rng: random.Random, ctx: dict) -> list[str]:
    first, last = rng.choice(FIRST10), rng.choice(LAST10)
    spouse, kids = rng.choice(FIRST10), " and ".join(rng.sample(FIRST10, 2))
    where = rng.choice(["Vale Hospice", "home", f"the Royal {_place(rng)} Infirmary", "her care home"])
    return [rng.choice([
        (f"{last.upper()} {first} (née {rng.choice(LAST10)}). Passed away peacefully at {where} "
         f"on {_day(rng, False)}, aged {_age(rng)}. Beloved wife of the late {spouse}, much-loved mother of {kids}."),
        (f"{last.upper()}, {first}. Died suddenly on {_day(rng, False)} aged {_age(rng)}. Dearly loved husband of "
         f"{spouse} and devoted dad of {kids}. Funeral service at {_church(rng)} on {_day(rng, False)} at "
         f"{rng.choice(['11am', '12 noon', '1.30pm', '2.15pm'])}."),
        (f"Family flowers only please; donations in memory of {first} may be made to {rng.choice(CHARITIES30)} "
         f"c/o {rng.choice(LAST10)} & Sons Funeral Directors, {_street(rng)}, {_place(rng)}."),
    ])]


def _t30_funeral_directors(rng: random.Random, ctx: dict) -> list[str]:
    a = rng.choice(LAST10)
    opts = [rng.choice([f"{a} & Sons Funeral Directors", f"{a} Family Funeral Service", f"{a} Independent Funerals"]),
            rng.choice(["Est. " + str(rng.randint(1860, 1990)), "Caring since " + str(rng.randint(1880, 1970)),
                        "Pre-paid funeral plans available"]),
            f"{_street(rng)}, {_place(rng)} {_postcode(rng)}", f"Tel: {_phone(rng)} (24 hours)"]
    return glue(rng, some(rng, opts, 2, 4), 0.3)


def _t30_births_prose(rng: random.Random, ctx: dict) -> list[str]:
    a, b = rng.sample(FIRST10, 2)
    last, baby = rng.choice(LAST10), rng.choice(FIRST10)
    sex = rng.choice(["a daughter", "a son", "twin daughters", "a baby boy", "a baby girl"])
    lb, oz = rng.randint(5, 9), rng.randint(0, 15)
    return [rng.choice([
        (f"{last.upper()}. To {a} and {b} (née {rng.choice(LAST10)}), {sex}, {baby}, born on {_day(rng, False)} at "
         f"{_place(rng)} General Hospital, weighing {lb}lb {oz}oz. A sister for {rng.choice(FIRST10)}."),
        (f"{a} and {b} {last} are delighted to announce the safe arrival of {baby} on {_day(rng, False)}, weighing "
         f"{lb}lb {oz}oz. Thanks to all the staff on the maternity ward."),
        (f"Proud grandparents {rng.choice(FIRST10)} and {rng.choice(FIRST10)} {rng.choice(LAST10)} of {_place(rng)} "
         f"welcome their first grandchild, {baby}, born on {_day(rng, False)}."),
    ])]


def _t30_engagement_prose(rng: random.Random, ctx: dict) -> list[str]:
    a, b = rng.sample(FIRST10, 2)
    la, lb = rng.sample(LAST10, 2)
    return [rng.choice([
        (f"The engagement is announced between {a}, son of Mr and Mrs {rng.choice(FIRST10)} {la} of {_place(rng)}, "
         f"and {b}, younger daughter of Dr {rng.choice(FIRST10)} {lb} of {_place(rng)}."),
        (f"{a} {la} and {b} {lb} are delighted to announce their engagement, which took place on "
         f"{_day(rng, False)} at {_place(rng)}. Congratulations from all the family."),
        (f"The marriage took place on {_day(rng, False)} at {_church(rng)} between {a} {la} and {b} {lb}. The couple "
         f"will make their home in {_place(rng)}."),
    ])]


def _t30_anniversary_prose(rng: random.Random, ctx: dict) -> list[str]:
    a, b = rng.sample(FIRST10, 2)
    last = rng.choice(LAST10)
    kind, years = rng.choice([("Ruby", 40), ("Golden", 50), ("Diamond", 60), ("Pearl", 30), ("Silver", 25)])
    return [rng.choice([
        (f"{kind} wedding: congratulations to {a} and {b} {last}, who were married at {_church(rng)} on "
         f"{_day(rng, False)} {2025 - years}. With love from all your family."),
        (f"{a} and {b} {last} of {_place(rng)} celebrate {years} years of marriage this week. They met at a dance "
         f"at {rng.choice(VENUES30)} and have lived in the same house ever since."),
        (f"Happy {years}th birthday to {a} {last}, who will be celebrating with family and friends at "
         f"{rng.choice(VENUES30)} on {_day(rng, False)}. Love always, the grandchildren."),
    ])]


def _t30_in_memoriam(rng: random.Random, ctx: dict) -> list[str]:
    first, last = rng.choice(FIRST10), rng.choice(LAST10)
    verses = [["Those we love don't go away,", "They walk beside us every day."],
              ["Gone from our sight but never from our hearts."],
              ["Quietly remembered every day,", "Missed and loved in every way."],
              ["Forever in our thoughts."], ["A light from our household is gone,", "A voice we loved is still."]]
    lines = [f"{last.upper()} {first}. " + rng.choice([
        (f"Treasured memories of a dear {rng.choice(['mum', 'dad', 'nan', 'grandad', 'husband', 'wife'])}, "
         f"who left us {rng.choice(['one year', 'two years', 'five years', 'ten years'])} ago today."),
        f"In loving memory, on what would have been your {rng.randint(60, 99)}th birthday.",
        "Remembered with love on the anniversary of your passing."])]
    lines += rng.choice(verses)
    if rng.random() < 0.6:
        lines.append(rng.choice([f"Love, {rng.choice(FIRST10)} and family xx", f"All our love, {rng.choice(FIRST10)}",
                                 "Until we meet again. x"]))
    return lines


def _t30_church_services(rng: random.Random, ctx: dict) -> list[str]:
    lines = [rng.choice(["CHURCH SERVICES", "Sunday worship", "Services this weekend", "Places of worship"])]
    for _ in range(rng.randint(2, 4)):
        times = rng.sample(["8am Holy Communion", "9.30am Family Service", "10am Parish Eucharist",
                            "10.30am Morning Worship", "11am Mass", "6pm Evensong", "6.30pm Evening Prayer",
                            "10.45am Meeting for Worship", "9am Café Church", "5pm Taizé service"], rng.randint(1, 3))
        lines.append(f"{_church(rng)}: {'; '.join(times)}")
    return lines


def _t30_community_groups_prose(rng: random.Random, ctx: dict) -> list[str]:
    place, venue = _place(rng), rng.choice(VENUES30)
    group = rng.choice(["Gardening Club", "Camera Club", "History Society", "Walking Group", "Knit and Natter",
                        "Men's Shed", "Repair Café", "Choral Society", "Carers' Group", "Parkinson's Support Group"])
    nth = rng.choice(["first", "second", "third", "last"])
    wd = rng.choice(WEEKDAYS[:5])
    return [rng.choice([
        (f"{place} {group} meets on the {nth} {wd} of each month at {venue} at 7.30pm; new members are always "
         "welcome and your first visit is free."),
        (f"The next meeting of {place} {group} is on {_day(rng, False)}, when {_person(rng)} will give a talk on the "
         f"history of the town's mills. Visitors {_money(rng, 2, 5)}, refreshments provided."),
        (f"{place} {group} is looking for volunteers to help at its "
         f"{rng.choice(['spring', 'summer', 'autumn', 'Christmas'])} fair. Anyone who can spare a couple of hours "
         f"should contact the secretary on {_phone(rng)}."),
        (f"Members of {place} {group} raised {_money(rng, 200, 4000)} for {rng.choice(CHARITIES30)} at their coffee "
         f"morning at {venue} last month and thank everyone who came along."),
    ])]


def _t30_whats_on_listing(rng: random.Random, ctx: dict) -> list[str]:
    events = ["Quiz night", "Farmers' market", "Table-top sale", "Open mic", "Tea dance", "Ceilidh", "Film club",
              "Plant swap", "Jumble sale", "Beetle drive", "Duck race", "Craft fair", "Bat walk", "Book sale"]
    lines = [rng.choice(["WHAT'S ON", "Diary dates", "Out and about", "This week"])] if rng.random() < 0.6 else []
    for _ in range(rng.randint(1, 3)):
        ev = rng.choice(events)
        price = rng.choice(["free", "free entry", _money(rng, 2, 12), f"{_money(rng, 3, 8)}, children free",
                            "donations welcome"])
        blurb = rng.choice(["Teams of up to six.", "Bring your own cup.", "Refreshments available.",
                            "All proceeds to " + rng.choice(CHARITIES30) + ".", "Wheelchair accessible.",
                            "Booking essential.", "Cash only, please."])
        where = f"{rng.choice(VENUES30)}, {_place(rng)}"
        lines.append(f"{ev}, {where}, {_day(rng, False)}, {_clock(rng)}, {price}. {blurb}")
    return lines


def _t30_whats_on_prose(rng: random.Random, ctx: dict) -> list[str]:
    place, venue = _place(rng), rng.choice(VENUES30)
    return [rng.choice([
        (f"The {place} Choral Society returns to {venue} on {_day(rng, False)} for an evening of songs from the "
         f"shows, with proceeds going to {rng.choice(CHARITIES30)}. Tickets {_money(rng, 6, 15)} on the door."),
        (f"Families are invited to a free fun day at {venue}, {place}, with a bouncy castle, face painting, a dog "
         "show and a barbecue, running from 11am until 4pm."),
        (f"Local author {_person(rng)} will be signing copies of her new novel, set in the fishing villages of the "
         f"{_place(rng)} coast, at {venue} on {_day(rng, False)}."),
        (f"The annual scarecrow trail in {place} opens on {_day(rng, False)}; maps are available from the village "
         f"shop for {_money(rng, 1, 3)} and prizes will be awarded in three age groups."),
        (f"A celebration of {place}'s railway history, with model layouts, old photographs and talks by former "
         f"signalmen, takes place at {venue} over the bank holiday weekend."),
    ])]


def _t30_lost_found_prose(rng: random.Random, ctx: dict) -> list[str]:
    place, street = _place(rng), _street(rng)
    return [rng.choice([
        (f"Found: a set of keys on a blue lanyard near the bus shelter in {street}, {place}, on {_day(rng, False)}. "
         "The owner can collect them from the library on proof of identity."),
        (f"Lost: a gold wedding ring, possibly in the car park of the {place} leisure centre, on "
         f"{_day(rng, False)}. Great sentimental value; reward offered. Please call {_phone(rng)}."),
        (f"Missing since {_day(rng, False)}: {rng.choice(PETS30)}, a {rng.choice(BREEDS30)}, last seen near "
         f"{street} in {place}. Microchipped and very friendly but nervous of men. Any sightings, please ring "
         f"{_phone(rng)}."),
        (f"A child's blue bicycle was found abandoned on the verge of {street}, {place}, last week. Anyone who can "
         "identify it should contact police on 101 quoting the reference number."),
    ])]


def _t30_pet_adoption_prose(rng: random.Random, ctx: dict) -> list[str]:
    pet, breed = rng.choice(PETS30), rng.choice(BREEDS30)
    rescue = rng.choice(["Saltmarsh Animal Rescue", "the Fennick Valley Cats' Home", "Hollinsford Dog Rescue",
                         "Paws in Penhallow", "the Millbridge Animal Sanctuary"])
    age = rng.randint(1, 12)
    return [rng.choice([
        (f"Meet {pet}, a {age}-year-old {breed} who has been at {rescue} since the spring. He is gentle with older "
         "children but would prefer to be the only pet in the home."),
        (f"{pet} is a shy {breed} looking for a quiet home with a garden. Staff at {rescue} say she loves a fuss "
         "once she knows you, and is fully vaccinated and neutered."),
        (f"This week's pet of the week is {pet}, a {breed} aged {age}. Anyone interested in offering a home should "
         f"contact {rescue} on {_phone(rng)} or fill in the form on its website."),
        (f"{rescue} is appealing for foster carers after taking in {rng.randint(8, 40)} animals in a single week; "
         "food, bedding and vet bills are all covered by the charity."),
    ])]


def _t30_tv_listings(rng: random.Random, ctx: dict) -> list[str]:
    chan = rng.choice(CHANNELS30)
    descs = [f"{_person(rng)} treats a sheepdog with a mysterious limp.",
             "Three couples compete to furnish a flat on a shoestring.",
             f"The crew are called to a walker stranded below the cliffs at {_place(rng)}.",
             "Contestants face the dreaded final wall.", f"{_person(rng)} explores a forgotten branch line.",
             "Late-night news and analysis.", "A tense week on the children's ward.",
             "A hoard of Victorian tins divides the experts.", "Repeat.", "New series.",
             "The gang plan a surprise party that goes badly wrong.", "Weather forecast for the region."]
    lines = [rng.choice([chan.upper(), f"{chan}", f"TV tonight · {chan}"])]
    h = rng.randint(17, 20)
    for _ in range(rng.randint(2, 4)):
        m = rng.choice([0, 0, 30, 15, 45])
        show = rng.choice(SHOWS30)
        lines.append(f"{h}.{m:02d} {show}" + (f" {rng.choice(descs)}" if rng.random() < 0.8 else ""))
        h = min(h + rng.randint(1, 2), 23)
    return lines


def _t30_radio_listings(rng: random.Random, ctx: dict) -> list[str]:
    lines = [rng.choice(RADIO30)]
    h = rng.randint(5, 14)
    for _ in range(rng.randint(2, 4)):
        lines.append(rng.choice([
            f"{h:02d}:00 {rng.choice(['Breakfast', 'Mid-morning', 'Afternoons', 'Drive', 'Late Show'])} with "
            + _person(rng),
            f"{h:02d}:00 {rng.choice(SHOWS30)}",
            f"{h:02d}:30 Local news, travel and weather",
            f"{h:02d}:00 Farming Today in the Vale",
        ]))
        h = min(h + rng.randint(1, 3), 23)
    return lines


def _t30_tide_table(rng: random.Random, ctx: dict) -> list[str]:
    def hm(minutes: int) -> str:
        minutes %= 24 * 60
        return f"{minutes // 60:02d}:{minutes % 60:02d}"

    def ht(lo: float, hi: float) -> str:
        return f"{rng.uniform(lo, hi):.1f}m"

    # two tides a day, roughly 6h 12m apart, the first high water at a random time in the small hours
    first = rng.randint(0, 5 * 60 + 59)
    times = [first + k * 372 + rng.randint(-15, 15) for k in range(4)]
    high, low = [hm(times[0]), hm(times[2])], [hm(times[1]), hm(times[3])]
    port = rng.choice(["Penhallow", "Saltmarsh End", "Carrow Mead Quay", "Kirkbrae Harbour", "Westerhame Bar"])
    form = rng.random()
    if form < 0.4:
        return [f"Tides at {port}", f"High water: {high[0]} ({ht(4, 6)}), {high[1]} ({ht(4, 6)})",
                f"Low water: {low[0]} ({ht(0.3, 1.8)}), {low[1]} ({ht(0.3, 1.8)})"]
    if form < 0.7:
        return [f"{port}  HW {high[0]} {ht(4, 6)}  LW {low[0]} {ht(0.3, 1.8)}  HW {high[1]} {ht(4, 6)}"]
    day = rng.randrange(7)
    return [rng.choice(["TIDES", "Tide times", f"High water at {port}"]),
            f"{WEEKDAYS[day]}: {high[0]} {high[1]}",
            f"{WEEKDAYS[(day + 1) % 7]}: {hm(times[0] + 50)} {hm(times[2] + 50)}"]


def _t30_almanac_line(rng: random.Random, ctx: dict) -> list[str]:
    rise, dusk = rng.randint(4 * 60, 8 * 60 + 30), rng.randint(16 * 60, 21 * 60 + 30)
    sr, ss = f"{rise // 60:02d}:{rise % 60:02d}", f"{dusk // 60:02d}:{dusk % 60:02d}"
    light_up = dusk + 30
    opts = [rng.choice([f"Sunrise {sr}  Sunset {ss}", f"Sun rises {sr}, sets {ss}", f"☀ {sr} – {ss}"]),
            f"Lighting-up time: {light_up // 60 - 12}.{light_up % 60:02d}pm",
            "Moon: " + rng.choice(["new", "first quarter", "full", "last quarter", "waxing gibbous",
                                   "waning crescent"]),
            f"Day length: {(dusk - rise) // 60}h {(dusk - rise) % 60}m",
            f"Pollen: {rng.choice(['low', 'moderate', 'high', 'very high'])}"]
    return glue(rng, some(rng, opts, 1, 3), 0.6, (" | ", "  ", " · "))


def _t30_pharmacy_rota(rng: random.Random, ctx: dict) -> list[str]:
    lines = [rng.choice(["DUTY PHARMACIES", "Pharmacies open this Sunday", "Bank holiday pharmacy opening"])]
    for _ in range(rng.randint(1, 3)):
        name = rng.choice([f"{rng.choice(LAST10)}'s Pharmacy", f"{_place(rng)} Chemist", "Vale Pharmacy",
                           f"{rng.choice(LAST10)} & {rng.choice(LAST10)} Chemists", "Harbour Pharmacy"])
        hours = rng.choice(["10am-4pm", "11am-3pm", "9am-1pm", "10am-2pm"])
        lines.append(f"{name}, {_street(rng)}, {_place(rng)}: {hours}")
    if rng.random() < 0.4:
        lines.append(rng.choice(["Opening times may change; check before you travel.",
                                 f"Out of hours, call {_phone(rng)} for the nearest open pharmacy.",
                                 f"Rota supplied by {_place(rng)} Health Partnership."]))
    return lines


def _t30_emergency_numbers(rng: random.Random, ctx: dict) -> list[str]:
    opts = ["Emergencies: 999", "Police (non-emergency): 101", "Non-urgent medical advice: 111",
            f"Out-of-hours GP: {_phone(rng)}", f"Gas emergency: 0800 {rng.randint(100, 999)} {rng.randint(100, 999)}",
            "Power cut: 105", f"Water leaks: {_phone(rng)}", f"Vale Listening Line: {_phone(rng)} (24 hrs)",
            f"Council out-of-hours: {_phone(rng)}", f"Vet emergencies: {_phone(rng)}"]
    lines = [rng.choice(["USEFUL NUMBERS", "Emergency contacts", "Need help?"])] if rng.random() < 0.6 else []
    return lines + some(rng, opts, 2, 5)


def _t30_bin_prose(rng: random.Random, ctx: dict) -> list[str]:
    place, council = _place(rng), _council(rng)
    wd = rng.choice(WEEKDAYS[:5])
    return [rng.choice([
        (f"Because of the bank holiday, bin collections in {place} will be a day later than usual all next week, so "
         f"households normally collected on a {wd} will be collected the following day."),
        (f"Garden waste collections will be suspended from {_day(rng, False)} until the end of February, "
         f"{council} has said; subscriptions will be extended to make up for the missed weeks."),
        (f"Residents in {place} are reminded to put their bins out by {rng.choice(['6am', '6.30am', '7am'])} on "
         "collection day, because crews may not be able to return for bins that are not out in time."),
        (f"Real Christmas trees can be left next to {rng.choice(['green', 'brown', 'garden waste'])} bins in "
         f"{place} for collection in the first two weeks of January, as long as they are cut into pieces no longer "
         "than a metre."),
        (f"The household recycling centre at {_street(rng)}, {place}, will close for resurfacing from "
         f"{_day(rng, False)}, and residents are asked to use the site at {_place(rng)} instead."),
    ])]


def _t30_court_prose(rng: random.Random, ctx: dict) -> list[str]:
    name = f"{rng.choice(FIRST10)} {rng.choice(LAST10)}"
    age = rng.randint(18, 79)
    addr = _address(rng)
    road = _street(rng)
    fine = _money(rng, 80, 1200)
    return [rng.choice([
        (f"{name}, {age}, of {addr}, was fined {fine} and ordered to pay {_money(rng, 85, 150)} costs and a "
         f"{_money(rng, 32, 200)} surcharge after admitting driving without insurance on {road} on "
         f"{_day(rng, False)}."),
        (f"{name}, {age}, of {addr}, admitted drink-driving on {road} and was banned from driving for "
         f"{rng.randint(12, 36)} months. The court also imposed a fine of {fine}."),
        (f"{name}, {age}, of {addr}, pleaded guilty to stealing groceries worth {_money(rng, 12, 300)} from a shop "
         f"in {_place(rng)} and was given a community order with {rng.randint(40, 200)} hours of unpaid work."),
        (f"{name}, {age}, of no fixed address, denied assault by beating in {_place(rng)} on {_day(rng, False)}, and "
         f"was granted bail and will stand trial on {_day(rng, False)}."),
        (f"{name}, {age}, of {addr}, was found guilty in their absence of using a television without a licence and was "
         f"fined {fine}."),
        (f"{name}, {age}, of {addr}, admitted speeding at {rng.randint(38, 55)}mph in a 30mph zone on {road}. "
         f"Three penalty points were added to the licence and a fine of {fine} was imposed."),
    ])]


def _t30_court_header(rng: random.Random, ctx: dict) -> list[str]:
    opts = [rng.choice([f"{_place(rng)} Magistrates' Court", f"{_place(rng).upper()} MAGISTRATES", "COURT REPORTS",
                        "In court"]),
            rng.choice([f"Sitting on {_day(rng)}", f"Cases heard {_day(rng, False)}",
                        "The following cases were dealt with:"]),
            rng.choice([f"Court results are published in line with the {_outlet(rng)} court reporting policy.",
                        "Addresses are those given in court.", ""])]
    return [x for x in some(rng, opts, 1, 3) if x] or opts[:1]


def _t30_council_agenda(rng: random.Random, ctx: dict) -> list[str]:
    items = ["Apologies for absence", "Declarations of interest", "Minutes of the previous meeting",
             "Public participation (15 minutes)", "Report of the County Councillor",
             f"Planning application {_plan_ref(rng)}", "Finance: schedule of payments",
             "Playing field and play equipment inspection", "Correspondence", "Date of next meeting",
             f"Grant application from {_place(rng)} Youth Club", "Speed watch update"]
    lines = [rng.choice([f"{_council(rng).upper()}", "AGENDA", f"Agenda for the meeting on {_day(rng, False)}"])]
    chosen = some(rng, items, 3, 6)
    lines += [f"{k}. {item}" for k, item in enumerate(chosen, 1)]
    return lines


def _t30_council_meeting_prose(rng: random.Random, ctx: dict) -> list[str]:
    council = _council(rng)
    return [rng.choice([
        (f"The next meeting of {council} will be held in the council chamber at 7pm on {_day(rng, False)}. "
         "Members of the public are welcome to attend and may speak during the open session."),
        (f"Questions from the public must be submitted in writing to the clerk, {_person(rng)}, by noon "
         f"{rng.choice(['three', 'two', 'five'])} working days before the meeting, and each speaker is limited to "
         f"{rng.choice(['three', 'five'])} minutes."),
        (f"Meetings of {council} are streamed live online, and recordings remain available for six months. Agendas "
         "and minutes can be requested from the clerk."),
        (f"A vacancy has arisen on {council} following the resignation of a councillor. If ten electors request an "
         f"election by {_day(rng, False)}, one will be held; otherwise the seat will be filled by co-option."),
    ])]


def _t30_election_notice_prose(rng: random.Random, ctx: dict) -> list[str]:
    ward = f"{_place(rng)} {rng.choice(['North', 'South', 'East', 'West', 'Central', 'and Rural'])}"
    return [rng.choice([
        (f"An election is to be held for one councillor for the {ward} ward. Nomination papers must be delivered to "
         f"the returning officer by 4pm on {_day(rng, False)}."),
        (f"The poll for the {ward} by-election will take place on {_day(rng, False)} between 7am and 10pm. Polling "
         "cards will be sent to all registered electors in the ward."),
        (f"Notice of situation of polling stations: electors in the {ward} ward should vote at "
         f"{rng.choice(VENUES30)}, {_street(rng)}; electors may take their polling card but do not need it to vote."),
    ])]


def _t30_utility_works_prose(rng: random.Random, ctx: dict) -> list[str]:
    utility = rng.choice(["Vale Water", "Fennick Gas Networks", "Coastline Power", "Northgate Fibre"])
    water = rng.choice(["Vale Water", "Fennick Valley Water", "Coastline Water"])
    road, place = _street(rng), _place(rng)
    return [rng.choice([
        (f"{water} will be replacing old pipes in {road}, {place}, from {_day(rng, False)}. Some customers may "
         "notice low water pressure or discoloured water while the work is carried out."),
        (f"Engineers from {utility} will carry out planned maintenance in the {place} area on {_day(rng, False)}, "
         f"and supplies to about {rng.randint(40, 900)} homes will be interrupted between 9am and 3pm."),
        (f"{water} has apologised to residents of {road} after a burst main left {rng.randint(20, 300)} "
         f"properties without water overnight; bottled water was handed out at {rng.choice(VENUES30)}."),
    ])]


def _t30_blood_donor_prose(rng: random.Random, ctx: dict) -> list[str]:
    venue, place = rng.choice(VENUES30), _place(rng)
    return [rng.choice([
        (f"Blood donation sessions will be held at {venue}, {place}, on {_day(rng, False)} from 1.30pm to 7.30pm. "
         "New donors are particularly welcome and can book an appointment online."),
        (f"Stocks of O negative blood are running low, and donors in the {place} area are being urged to book a "
         f"slot at the next session at {venue}."),
    ])]


def _t30_lottery_results(rng: random.Random, ctx: dict) -> list[str]:
    game = rng.choice(["Vale Lotto", "Regional Lotto", "Hometown Draw", "Lucky Five", "County Millions"])
    balls = sorted(rng.sample(range(1, 60), 6))
    lines = [rng.choice([f"{game} results", f"{game.upper()} - {_day(rng)}", f"{game} draw {rng.randint(1000, 3999)}"])]
    lines.append(" ".join(f"{b:02d}" for b in balls) + f"  Bonus {rng.randint(1, 59):02d}")
    if rng.random() < 0.5:
        lines.append(rng.choice([f"Jackpot: {_money(rng, 1, 9)}.{rng.randint(0, 9)}m", "No jackpot winner - rollover",
                                 f"Match 5 + bonus: {rng.randint(0, 4)} winners", "Check your ticket online"]))
    return lines


def _t30_club_draw_prose(rng: random.Random, ctx: dict) -> list[str]:
    place = _place(rng)
    drawn = ", ".join(str(n) for n in sorted(rng.sample(range(1, 40), 4)))
    club = rng.choice([f"{place} Football Club 200 Club", f"{place} Hospital League of Friends", f"{place} Rugby Club",
                       f"{place} Primary School PTA", f"the {place} Carnival Committee"])
    return [rng.choice([
        (f"The winner of this month's {club} draw is {_person(rng)} of {_place(rng)}, who takes home "
         f"{_money(rng, 25, 250)}. Second prize of {_money(rng, 10, 50)} went to {_person(rng)}."),
        (f"Bingo at {rng.choice(VENUES30)}, {place}, raised {_money(rng, 100, 900)} for {rng.choice(CHARITIES30)} "
         f"on {_day(rng, False)}; the jackpot of {_money(rng, 50, 300)} was won by a first-time player."),
        (f"Numbers drawn in the {club} weekly lottery were {drawn}. "
         f"There was no winner, so next week's jackpot rises to {_money(rng, 200, 3000)}."),
    ])]


def _t30_crossword_clues(rng: random.Random, ctx: dict) -> list[str]:
    clues = ["Bird seen by river bank, tidy (5)", "Harbour worker's first light (4)", "Small horse pulls cart (4)",
             "Cheese from the valley, ripe (7)", "Bell ringer returns to town hall (6)", "Kitchen herb in tea (5)",
             "Old coin found in garden (6)", "Sailor's knot, loose (5)", "Tree found near the lane (3)",
             "Quiet river crossing (4)", "Shepherd's dog, nimble (6)", "Winter fuel stored in shed (4)",
             "Leave out a vowel, then weep (4)", "Lighthouse keeper's dim lamp (7)", "Apple drink, cloudy (5)"]
    lines = [rng.choice(["CROSSWORD", f"Quick crossword No {rng.randint(1000, 9999)}", "Across", "Down",
                         f"Cryptic crossword {rng.randint(100, 999)}"])]
    for clue in rng.sample(clues, rng.randint(2, 4)):
        lines.append(f"{rng.randint(1, 28)} {clue}")
    return lines


def _t30_quiz_answers(rng: random.Random, ctx: dict) -> list[str]:
    answers = ["Copper", "Seven", "Heron", "Oboe", "Saffron", "Hexagon", "The liver", "Mercury", "Basalt", "Twelve",
               "Walnut", "Tin", "A baker's dozen", "Jupiter", "Cricket", "The violin", "Eight", "Quartz", "Otter"]
    picked = rng.sample(answers, rng.randint(4, 8))
    head = rng.choice(["Yesterday's quiz answers:", "QUIZ ANSWERS", "Answers to Saturday's quiz:", "Quiz solutions"])
    body = "; ".join(f"{k} {a}" for k, a in enumerate(picked, 1))
    return [f"{head} {body}."] if rng.random() < 0.5 else [head, body]


def _t30_sudoku(rng: random.Random, ctx: dict) -> list[str]:
    level = rng.choice(["Easy", "Medium", "Hard", "Fiendish", "Gentle"])
    opts = [f"SUDOKU No {rng.randint(1000, 9999)} ({level})",
            rng.choice(["Fill the grid so that every row, every column and every 3x3 box contains the digits 1 to 9.",
                        "Each row, column and box must contain the numbers 1-9 exactly once.",
                        f"Rating: {'★' * rng.randint(1, 5)}", f"Target time: {rng.randint(4, 30)} minutes",
                        (f"Hint: start with the {rng.choice(['top', 'middle', 'bottom'])} "
                         f"{rng.choice(['left', 'centre', 'right'])} box, which already has "
                         f"{rng.randint(4, 6)} numbers.")]),
            rng.choice(["Solution tomorrow.", "Solution on page " + str(rng.randint(20, 60)), "Yesterday's solution:"]),
            " ".join(str(rng.randint(1, 9)) for _ in range(9))]
    return some(rng, opts, 2, 3)


def _t30_puzzle_prose(rng: random.Random, ctx: dict) -> list[str]:
    outlet = _outlet(rng)
    return [rng.choice([
        (f"Today's puzzles are on page {rng.randint(24, 64)}. Solutions to Saturday's prize crossword will be "
         "printed next week, when the name of the winner will also be announced."),
        (f"Last week's prize crossword was won by {_person(rng)} of {_place(rng)}, who receives a "
         f"{_money(rng, 20, 50)} book token. Entries were received from more than 300 readers."),
        (f"Send your completed grid, with your name and address, to Prize Crossword, {outlet}, {_street(rng)}, "
         f"{_place(rng)}, to arrive no later than {_day(rng, False)}."),
        (f"Stuck on a clue? Call our puzzle hotline for hints; calls cost {rng.randint(35, 65)}p a minute plus your "
         "network's access charge, and you must be over 16."),
    ])]


def _thirtieth_templates() -> dict[str, tuple[str, Template]]:
    """Public notices and listings printed alongside news: legal, family, listings, court, puzzles."""
    return {
        "notices_header": ("hit", _t30_notices_header),
        "planning_prose": ("it", _t30_planning_prose),
        "planning_list": ("it", _t30_planning_list),
        "licensing_prose": ("it", _t30_licensing_prose),
        "road_closure_prose": ("hit", _t30_road_closure_prose),
        "tro_header": ("it", _t30_tro_header),
        "probate_prose": ("t", _t30_probate_prose),
        "winding_up_prose": ("t", _t30_winding_up_prose),
        "name_change_prose": ("t", _t30_name_change_prose),
        "tender_prose": ("it", _t30_tender_prose),
        "tender_fields": ("t", _t30_tender_fields),
        "obituary_prose": ("it", _t30_obituary_prose),
        "death_notice": ("t", _t30_death_notice),
        "funeral_directors": ("it", _t30_funeral_directors),
        "births_prose": ("t", _t30_births_prose),
        "engagement_prose": ("t", _t30_engagement_prose),
        "anniversary_prose": ("t", _t30_anniversary_prose),
        "in_memoriam": ("t", _t30_in_memoriam),
        "church_services": ("it", _t30_church_services),
        "community_groups_prose": ("it", _t30_community_groups_prose),
        "whats_on_listing": ("it", _t30_whats_on_listing),
        "whats_on_prose": ("hit", _t30_whats_on_prose),
        "lost_found_prose": ("it", _t30_lost_found_prose),
        "pet_adoption_prose": ("it", _t30_pet_adoption_prose),
        "tv_listings": ("hit", _t30_tv_listings),
        "radio_listings": ("t", _t30_radio_listings),
        "tide_table": ("hit", _t30_tide_table),
        "almanac_line": ("h", _t30_almanac_line),
        "pharmacy_rota": ("hit", _t30_pharmacy_rota),
        "emergency_numbers": ("t", _t30_emergency_numbers),
        "bin_prose": ("hit", _t30_bin_prose),
        "court_prose": ("it", _t30_court_prose),
        "court_header": ("hit", _t30_court_header),
        "council_agenda": ("t", _t30_council_agenda),
        "council_meeting_prose": ("it", _t30_council_meeting_prose),
        "election_notice_prose": ("t", _t30_election_notice_prose),
        "utility_works_prose": ("hit", _t30_utility_works_prose),
        "blood_donor_prose": ("it", _t30_blood_donor_prose),
        "lottery_results": ("t", _t30_lottery_results),
        "club_draw_prose": ("t", _t30_club_draw_prose),
        "crossword_clues": ("t", _t30_crossword_clues),
        "quiz_answers": ("t", _t30_quiz_answers),
        "sudoku": ("t", _t30_sudoku),
        "puzzle_prose": ("t", _t30_puzzle_prose),
    }


BLIND10_TEMPLATES: dict[str, Callable[[], dict[str, tuple[str, Template]]]] = {
    "twentyninth": _twentyninth_templates,
    "thirtieth": _thirtieth_templates,
}
