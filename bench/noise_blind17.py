"""Two more blind noise splits ("fortythird", "fortyfourth") for the plain-text cleaner.

Why this module exists: every earlier split has been measured and then tuned against, so its score no longer says
how the cleaner does on noise it has never met.  These templates were written blind, by someone who did not read
the cleaner, its rules, its tests or its output on any split, from experience of what a text extraction keeps from
the specialist desks of a news site.  Their vocabulary is their own (every person, outlet, fact-checker, pollster,
statistics body, party, constituency, town, shop, brand, product, hotel, car, streaming service, puzzle, app and URL
is invented), and about half of the templates in each split are prose: full sentences, 12-50 words, on everyday
news subjects, that read like article text but are boilerplate or belong to other content (the hard case for a
line-level cleaner).

  fortythird   the fact-check, explainer, data and elections desks, and translated editions: verdict boxes, rating
               scales and claim cards, where-the-claim-came-from and how-we-rate prose, verdicts on other claims,
               fact-check updates and tip-line asks; methodology, about-this-data and caveat notes; chart and map
               residue as an extraction leaves it (titles, axis labels and tick values, legends, "Source:" and
               "Note:" lines, hover / tap / select prompts, data-as-of stamps, download and embed links, table
               rows, interactive fallbacks short and in prose, chart descriptions); explainer furniture (Q&A
               headings and answers on other subjects, what-we-know boxes, glossaries, short-answer boxes, context
               paragraphs); election results residue (results tables, turnout and majority strips, seat tallies,
               reporting tickers and race calls, results commentary, count-night live lines, projection and
               race-call prose); opinion-poll boxes, trackers, fieldwork and margin-of-error prose and findings on
               other questions; and translated-edition residue (language switchers, read-in-another-language
               links, translated-from flags, machine-translation disclaimers and translation notes in prose,
               bilingual captions).
  fortyfourth  the lifestyle and commerce desks: recipe cards (yields and times, jump / print / save buttons,
               ingredients, numbered method, nutrition, rating widgets, recipe notes, head notes and the long
               personal anecdotes of recipe blogs); product reviews and buying guides (spec boxes, pros and cons,
               scores, best-for and price-when-reviewed lines, price widgets, at-a-glance lists, deal expiry,
               affiliate disclosures short and in prose, how-we-test prose, buying advice, verdicts on other
               products); travel boxes, hotel cards, guest-of disclosures and travel anecdotes; motoring spec boxes
               and verdicts; property cards and agents' blurbs; fashion and beauty credits and copy; horoscopes;
               word-game hints, crossword clues and answers-tomorrow notes; what-to-watch picks and streaming
               lists; and lifestyle prose on other matters (money-saving tips, garden and wellbeing columns,
               restaurant reviews, advice-column letters and answers).

Templates have the format of bench/clean_noise.py: name -> (positions, fn), positions a string over "h" (head,
between title and body), "i" (inline, between body paragraphs) and "t" (tail); fn(rng, ctx) returns the lines of
one block ("" is a blank line inside the block).  ctx["headlines"] holds other articles' headlines (it may be empty,
hold one, or be missing, and invented fallback headlines stand in); ctx may also carry "title" and "paragraphs",
which these templates never use: no template copies the article's own title or body text, so word-level scoring
stays valid.  Only the rng passed in is used, so a block is a pure function of the seed.

    from bench.noise_blind17 import BLIND17_TEMPLATES
    from bench.noise_unseen import make_noisy_glued
    text = make_noisy_glued(article, random.Random(7), BLIND17_TEMPLATES["fortythird"](), headlines)
"""

from __future__ import annotations

import random
from collections.abc import Callable

from bench.clean_noise import (  # noqa: F401  (BbcArticle is re-exported for callers and tests)
    MONTHS,
    TOPICS,
    BbcArticle,
    Template,
)
from bench.noise_fills import clock as _hm
from bench.noise_fills import day_month as _dm
from bench.noise_fills import digits as _digits
from bench.noise_fills import domain as _domain
from bench.noise_fills import glue, headline, headlines, some
from bench.noise_fills import pick as _pick
from bench.noise_fills import weekday as _wd

# --- shared fills -------------------------------------------------------------------------------------------------


def _yr(rng: random.Random, lo: int = 2012, hi: int = 2025) -> int:
    return rng.randint(lo, hi)


def _thousands(n: int) -> str:
    return f"{n:,}"


def _stars(score: int, of: int = 5) -> str:
    return "★" * score + "☆" * (of - score)


# --- fortythird: fact-check, explainer, data, elections and translated editions ----------------------------------

FIRST43 = ["Oriana", "Ruairi", "Bonifaz", "Zubaida", "Perceval", "Maelys", "Tobiah", "Annelies", "Cearbhall",
           "Leontyne", "Esperanza", "Gwilym", "Henrike", "Kwesi", "Maribel", "Nils", "Petronella", "Quirin",
           "Rosamunde", "Tadhg", "Bathsheba", "Ebuka"]
LAST43 = ["Ashenhurst", "Coldicott", "Dunstable-Rao", "Everleigh-Pryce", "Farrant", "Grimsdyke", "Holroyd", "Ingleby",
          "Jessamine", "Kettering-Obi", "Loxley", "Mabberley", "Nettleford", "Orchardson", "Prowse-Dene", "Quarrie",
          "Rushworth", "Sallows", "Trenholme", "Vellowes"]
TOWNS43 = ["Thrushcote", "Elmsworth", "Hobbs Ferry", "Kilvarran", "Maddox Fen", "Oxley Mere", "Pendrigg",
           "Rushmere Down", "Stanbridge Hythe", "Quarlestone", "Wexcombe", "Yarrowby", "Wendlecombe St Mary",
           "Ordwick Cross", "Cold Ferrant Vale", "Marshwell Bridge"]
SEAT_SUFFIX43 = ["North", "South", "East", "West", "Central", "and Dale", "and the Moors", "Rural", "Town"]
REGIONS43 = ["Northmarch", "Eastvale", "Midmoor", "Lower Swaleby", "Westwold", "the Harbour District",
             "the Capital Region", "the Quarlestone Valley", "Southern Upland"]
PARTIES43 = [("Civic Union", "CU"), ("Progress Alliance", "PA"), ("Green Commonwealth", "GC"),
             ("Forward Together", "FT"), ("Rural Voice League", "RVL"), ("New Harbour Party", "NHP"),
             ("Citizens' Slate", "CS")]
CHECKERS43 = ["Truthgauge", "The Candour Desk", "ClaimScope", "Plumbline Checks", "Factlantern", "The Level Desk"]
OUTLETS43 = ["The Wexcombe Clarion", "Ashlar Review", "Stanchion Media", "Meadowlark Press", "The Northwick Courant",
             "Turnpike Daily", "La Voz de Marshwell", "Le Petit Quarlestone", "Oxley Rundschau", "Diário de Pendrigg"]
PLATFORMS43 = ["Chatterbox", "Flickpost", "Pinwheel", "Yappr", "Quillfeed", "Rumbleline"]
POLLSTERS43 = ["Sextant Polling", "Cohort Field", "Fieldgate Insight", "Pollgrove Research", "Sampleworth Panels"]
AGENCIES43 = ["the Bureau of Household Statistics", "the National Data Office", "the Transport Figures Unit",
              "the Schools Census Board", "the Health Activity Register", "the Office of Regional Accounts",
              "the Crime Recording Authority", "the Met Records Service"]
MINISTRIES43 = ["Department for Learning", "Ministry of Roads and Rail", "Treasury Office", "Department of Care",
                "Home Security Department", "Ministry for Housing and Towns"]
LANGS43 = [("Spanish", "Español", "Leer en español", "Traducido del español"),
           ("French", "Français", "Lire en français", "Traduit du français"),
           ("German", "Deutsch", "Auf Deutsch lesen", "Aus dem Deutschen übersetzt"),
           ("Portuguese", "Português", "Ler em português", "Traduzido do português"),
           ("Italian", "Italiano", "Leggi in italiano", "Tradotto dall'italiano"),
           ("Polish", "Polski", "Czytaj po polsku", "Przetłumaczone z polskiego"),
           ("Dutch", "Nederlands", "Lees in het Nederlands", "Vertaald uit het Nederlands"),
           ("Turkish", "Türkçe", "Türkçe oku", "Türkçeden çevrildi")]
RATINGS43 = ["Correct", "Mostly correct", "Needs context", "Misleading", "Wrong", "Invented"]
FALLBACK43 = [
    "Quarlestone ring road to close for six weeks of repairs", "Thrushcote school merger approved despite protests",
    "Wexcombe hospital car park charges to double", "Yarrowby council freezes tax for second year",
    "Man charged after petrol station raid in Pendrigg", "Storm warning issued for Northmarch coast",
    "Ordwick Cross mill site to become 300 homes", "Elmsworth Rovers sack manager after cup exit",
    "Rail operator fined over late trains in Eastvale", "Bus fares capped across Midmoor from April",
    "Kilvarran GP surgery to close as partners retire", "Record turnout expected in Hobbs Ferry by-election",
]
CLAIMS43 = [
    "Bus fares in {town} have doubled since {y2}.", "The government has hired {n},000 extra nurses this year.",
    "Burglaries in {region} are at their lowest level for thirty years.",
    "Primary class sizes have fallen every year since {y2}.",
    "Drivers will be fined £{n}0 for splashing pedestrians under a new law.",
    "Energy bills will rise by £{n}0 a year from {month}.",
    "Half of all GP appointments now take place over the phone.",
    "The {town} bypass cost three times its original budget.",
    "Pensioners will lose their winter fuel payment from next year.",
    "Knife crime in {region} has risen by {pct}% in five years.",
    "Schools will close on Fridays to save money on heating.",
    "This photo shows flooding in {town} this week.",
    "{region} had its driest summer on record.",
    "Unemployment is at its highest level for a decade.",
]


def _name43(rng: random.Random) -> str:
    return f"{rng.choice(FIRST43)} {rng.choice(LAST43)}"


def _seat43(rng: random.Random) -> str:
    town = rng.choice(TOWNS43)
    return town if rng.random() < 0.35 else f"{town} {rng.choice(SEAT_SUFFIX43)}"


def _fills43(rng: random.Random) -> dict[str, object]:
    """Common fills for the prose frames; str.format ignores the ones a frame does not use."""
    (p1, a1), (p2, a2) = rng.sample(PARTIES43, 2)
    t1, t2 = rng.sample(TOWNS43, 2)
    y = _yr(rng, 2016, 2025)
    lang = rng.choice(LANGS43)
    checker = rng.choice(CHECKERS43)
    d1 = rng.randint(1, 24)
    return {
        "name": _name43(rng), "name2": _name43(rng), "town": t1, "town2": t2, "seat": _seat43(rng),
        "region": rng.choice(REGIONS43), "party": p1, "party2": p2, "ab": a1, "ab2": a2, "checker": checker,
        "outlet": rng.choice(OUTLETS43), "platform": rng.choice(PLATFORMS43), "pollster": rng.choice(POLLSTERS43),
        "agency": rng.choice(AGENCIES43), "ministry": rng.choice(MINISTRIES43), "lang": lang[0], "y": y,
        "y2": y - rng.randint(2, 9), "month": rng.choice(MONTHS), "wd": _wd(rng), "dm": _dm(rng),
        "n": rng.randint(3, 48), "k": rng.randint(2, 9), "pct": rng.choice([4, 6, 9, 12, 15, 18, 22, 27, 31, 40]),
        "total": rng.choice([650, 120, 96, 80, 60, 44]), "votes": _thousands(rng.randint(120, 9800)),
        "turn": f"{rng.uniform(38, 74):.1f}", "size": _thousands(rng.randint(1000, 3200)),
        "moe": rng.choice(["2", "2.5", "3", "3.1", "4"]), "d1": f"{d1} {rng.choice(MONTHS)}",
        "d2": f"{d1 + rng.randint(1, 4)}", "email": f"{rng.choice(['check', 'claims', 'tips', 'verify'])}@"
        + _domain(checker, rng.choice([".org", ".co.uk", ".com"])),
        "phone": f"07{_digits(rng, 3)} {_digits(rng, 6)}",
    }


def _t43_verdict_box(rng: random.Random, ctx: dict) -> list[str]:
    f = _fills43(rng)
    claim, rating = _pick(rng, CLAIMS43, **f), rng.choice(RATINGS43)
    style = rng.randint(0, 3)
    if style == 0:
        return [f"Claim: {claim}", f"Our rating: {rating}"]
    if style == 1:
        return ["CLAIM", claim, "", "VERDICT", rating.upper()]
    if style == 2:
        who = rng.choice([f["name"], "Viral post", "Social media users", "Leaflet"])
        lines = [f"Claim: {claim}", f"Made by: {who}",
                 f"Date: {f['dm']}", f"Verdict: {rating}"]
        return some(rng, lines, 2, 4)
    return glue(rng, [f"{f['checker']} verdict", f"{rating}", f"Checked {f['dm']}"], 0.6)


def _t43_rating_scale(rng: random.Random, ctx: dict) -> list[str]:
    k = rng.randrange(len(RATINGS43))
    style = rng.randint(0, 3)
    if style == 0:
        return [" ".join(f"{'●' if i == k else '○'} {r}" for i, r in enumerate(RATINGS43))]
    if style == 1:
        return ["Rating"] + [f"{'▶ ' if i == k else ''}{r}" for i, r in enumerate(RATINGS43)]
    if style == 2:
        filled = rng.randint(0, 5)
        return [f"Accuracy meter: {'■' * filled}{'□' * (5 - filled)} ({filled}/5)"]
    return [f"Truth scale {k + 1} of {len(RATINGS43)}:", RATINGS43[k].upper()]


def _t43_claim_card(rng: random.Random, ctx: dict) -> list[str]:
    f = _fills43(rng)
    where = rng.choice(["Hustings", "Radio phone-in", "Leaflet", f"{f['platform']} post", "Council meeting"])
    lines = [f"Who said it: {f['name']}, {f['party']}", f"Where: {where}",
             f"When: {f['dm']} {f['y']}", f"Shares: {_thousands(rng.randint(200, 90000))}",
             f"Checked by: {f['name2']}", f"Reviewed by: {_name43(rng)}"]
    return glue(rng, some(rng, lines, 2, 5), 0.3)


CHARTS43 = [
    ("Patients waiting more than 18 weeks", "thousands", 0, 400, 100),
    ("Recorded burglaries per 1,000 homes", "per 1,000", 0, 12, 2),
    ("Average primary class size", "pupils", 20, 32, 2),
    ("Annual inflation rate", "%", 0, 12, 2),
    ("Monthly rainfall at {town} weather station", "mm", 0, 150, 50),
    ("Teachers leaving the profession each year", "", 0, 50000, 10000),
    ("Trains arriving within five minutes of timetable", "%", 50, 100, 10),
    ("House prices as a multiple of average earnings", "ratio", 0, 14, 2),
    ("Average weekly rent, {region}", "£", 0, 300, 50),
    ("Jobless rate, people aged 16-24", "%", 0, 20, 5),
]


def _t43_chart_axes(rng: random.Random, ctx: dict) -> list[str]:
    f = _fills43(rng)
    title, unit, lo, hi, step = rng.choice(CHARTS43)
    ticks = [f"{unit}{v:,}" if unit == "£" else f"{v:,}{'%' if unit == '%' else ''}" for v in range(lo, hi + 1, step)]
    if rng.random() < 0.6:
        ticks = ticks[::-1]
    y0 = _yr(rng, 2008, 2016)
    years = [str(y) for y in range(y0, y0 + rng.randint(6, 10), rng.choice([1, 2]))]
    out = [title.format(**f)]
    if rng.random() < 0.5:
        out.append(f"{rng.choice(['England', f['region'], 'All areas', 'Nationally'])}, {years[0]}-{years[-1]}")
    out += glue(rng, ticks, 0.5, (" ", "  ", "\t"))
    out += glue(rng, years, 0.7, (" ", "  ", "\t"))
    if unit and rng.random() < 0.4:
        out.append(rng.choice([unit, f"Value ({unit})", "Year"]))
    return out


def _t43_chart_legend(rng: random.Random, ctx: dict) -> list[str]:
    f = _fills43(rng)
    series = [str(f["region"]).replace("the ", "").title() if rng.random() < 0.3 else str(f["region"]),
              "National average", "Target", "Forecast", f"{f['town']}", "Previous year", "Actual", f["party"]]
    marks = ["■", "●", "—", "- -", "▬", "◆"]
    items = [f"{rng.choice(marks)} {s}" for s in some(rng, series, 2, 4)]
    return glue(rng, items, 0.5, ("   ", "  ", " ")) if rng.random() < 0.8 else ["Key"] + items


def _t43_chart_source_lines(rng: random.Random, ctx: dict) -> list[str]:
    f = _fills43(rng)
    agency = str(f["agency"]).removeprefix("the ")
    agency = agency[0].upper() + agency[1:]
    lines = [f"Source: {agency}", rng.choice(["Note: Figures rounded to nearest 100",
                                              f"Note: {f['y']} figures provisional", "Note: Seasonally adjusted",
                                              "Note: Excludes independent schools", "Note: Real terms, 2024 prices"]),
             f"Graphic: {f['name']}", f"Chart: {f['outlet']}", f"Figures to {f['month']} {f['y']}",
             f"Updated {f['dm']}"]
    return glue(rng, some(rng, lines, 1, 4), 0.3, (" | ", " · ", "  "))


def _t43_interactive_hints(rng: random.Random, ctx: dict) -> list[str]:
    f = _fills43(rng)
    lines = [rng.choice(["Hover over the bars for details", "Tap a line to see the figures", "Hover/tap for details",
                         "Move your cursor over the map"]),
             rng.choice(["Select a region", "Choose an area ▾", "Search for your postcode", "Pick a school ▾",
                         "Select a year"]),
             rng.choice(["Reset", "Show all", "Play ▶", "Zoom + −", "Compare"]),
             f"Data as of {f['dm']} {f['y']}" + (f", {_hm(rng)}" if rng.random() < 0.5 else "")]
    return glue(rng, some(rng, lines, 1, 4), 0.35)


def _t43_download_embed(rng: random.Random, ctx: dict) -> list[str]:
    f = _fills43(rng)
    dom = _domain(str(f["outlet"]).removeprefix("The "), rng.choice([".com", ".co.uk", ".net"]))
    cid = f"{rng.choice('abcdefghkmnp')}{_digits(rng, 5)}"
    lines = [rng.choice(["Download the data", f"Get the data (CSV, {rng.randint(3, 90)}KB)",
                         "Download this data (.xlsx)", "Data: download as spreadsheet"]),
             rng.choice(["Embed this chart", "Copy embed code", "Share this chart", "Embed"]),
             (f'<iframe src="https://graphics.{dom}/embed/{cid}" width="100%" height="{rng.choice([420, 480, 560])}" '
              'frameborder="0" scrolling="no"></iframe>'),
             f"https://graphics.{dom}/{cid}/data.csv"]
    return some(rng, lines, 1, 3)


def _t43_interactive_fallback(rng: random.Random, ctx: dict) -> list[str]:
    lines = [rng.choice(["This interactive is not supported in your browser.", "[Interactive graphic]",
                         "Interactive content unavailable", "Loading map…", "Graphic loading",
                         "Your device may not support this graphic."]),
             rng.choice(["View the full version", "Open in browser", "See the static version", "View graphic ›"])]
    return some(rng, lines, 1, 2)


def _t43_map_key(rng: random.Random, ctx: dict) -> list[str]:
    f = _fills43(rng)
    title = rng.choice(["Change in rents, %", "Empty shops, % of units", "Flood alerts in force",
                        "Households without a car, %", "Crimes per 1,000 people"])
    bands = rng.choice([["Under 2", "2-4", "4-6", "Over 6"], ["0-5", "5-10", "10-15", "15+"],
                        ["Low", "Medium", "High", "Severe"]])
    out = [title] + glue(rng, bands + ["No data"], 0.5, ("  ", " ", "\t"))
    labels = [f"{t} {rng.uniform(0.5, 19):.1f}" for t in rng.sample(TOWNS43, rng.randint(2, 4))]
    out += glue(rng, labels, 0.4, ("  ", "   "))
    if rng.random() < 0.5:
        out.append(rng.choice(["0 5 10 km", "0    10    20 miles", f"Map data © Openfield Mapworks {f['y']}"]))
    return out


QUESTIONS43 = ["What is changing and when?", "Who qualifies for the rebate?", "How do I find my polling station?",
               "Will trains run on {wd}?", "What does it mean for my mortgage?", "Can schools fine parents?",
               "Is tap water in {town} safe to drink?", "How long will the roadworks last?",
               "Why are prescriptions going up?", "What happens if the strike goes ahead?",
               "Do I need photo ID to vote?", "How is the new speed limit enforced?"]


def _t43_qa_headings(rng: random.Random, ctx: dict) -> list[str]:
    f = _fills43(rng)
    qs = [q.format(**f) for q in rng.sample(QUESTIONS43, rng.randint(2, 5))]
    head = rng.choice(["In this guide", "Jump to:", "Questions answered", "Contents", ""])
    if rng.random() < 0.3:
        qs = [f"{i}. {q}" for i, q in enumerate(qs, 1)]
    return ([head] if head else []) + qs


KNOW43 = ["• The fire started shortly after 2am", "• Nobody was hurt", "• The bridge is closed in both directions",
          "• {n} homes were evacuated", "• The school will reopen on {wd}", "• Police have made one arrest",
          "• The cause is being investigated", "• The water supply has been restored"]
DONT_KNOW43 = ["• How long the closure will last", "• Whether anyone will face charges", "• How much the repairs cost",
               "• When residents can go home", "• Who will pay compensation", "• Why the alarm did not sound"]


def _t43_know_box(rng: random.Random, ctx: dict) -> list[str]:
    f = _fills43(rng)
    out = [rng.choice(["What we know", "WHAT WE KNOW", "What we know so far"])]
    out += [s.format(**f) for s in rng.sample(KNOW43, rng.randint(1, 3))]
    if rng.random() < 0.7:
        out += [rng.choice(["What we don't know", "WHAT WE DON'T KNOW", "Still unclear"])]
        out += rng.sample(DONT_KNOW43, rng.randint(1, 3))
    return out


GLOSSARY43 = [("Swing", "the change in a party's share of the vote since the last election"),
              ("Majority", "the gap in votes between the winner and the runner-up"),
              ("Turnout", "the share of registered voters who cast a ballot"),
              ("Spoilt ballot", "a paper that cannot be counted"), ("Median", "the middle value when sorted"),
              ("Real terms", "adjusted to remove the effect of rising prices"),
              ("Seasonally adjusted", "smoothed to remove regular changes through the year"),
              ("Base rate", "the central bank's main interest rate"),
              ("Per capita", "per person in the population")]


def _t43_glossary_box(rng: random.Random, ctx: dict) -> list[str]:
    sep = rng.choice([": ", " – ", " - ", "\t"])
    items = [f"{t}{sep}{d}" for t, d in rng.sample(GLOSSARY43, rng.randint(2, 4))]
    return [rng.choice(["Glossary", "Key terms", "Jargon buster", "GLOSSARY"])] + items


def _t43_results_table(rng: random.Random, ctx: dict) -> list[str]:
    seat = _seat43(rng)
    parties = rng.sample(PARTIES43, rng.randint(3, 5))
    votes = sorted((rng.randint(300, 24000) for _ in parties), reverse=True)
    total = sum(votes)
    sep = rng.choice(["\t", "  ", " | "])
    out = [rng.choice([f"{seat} - result", f"{seat.upper()}", f"Result: {seat}"])]
    out.append(sep.join(rng.choice([["Candidate", "Party", "Votes", "%", "+/-"],
                                    ["Candidate", "Party", "Votes", "Share", "Change"]])))
    for (party, ab), v in zip(parties, votes, strict=True):
        name = f"{rng.choice(FIRST43)[0]}. {rng.choice(LAST43)}" if rng.random() < 0.4 else _name43(rng)
        out.append(sep.join([name, party if rng.random() < 0.6 else ab, _thousands(v), f"{100 * v / total:.1f}",
                             f"{rng.uniform(-12, 12):+.1f}"]))
    tail = [f"{parties[0][1]} {rng.choice(['HOLD', 'GAIN from ' + parties[1][1]])}",
            f"Majority: {_thousands(votes[0] - votes[1])}", f"Turnout: {rng.uniform(41, 72):.1f}%",
            f"Declared {_hm(rng)}"]
    return out + glue(rng, some(rng, tail, 1, 4), 0.4)


def _t43_turnout_strip(rng: random.Random, ctx: dict) -> list[str]:
    (_, a1), (_, a2) = rng.sample(PARTIES43, 2)
    lines = [f"Turnout: {rng.uniform(38, 75):.1f}% ({rng.uniform(-6, 6):+.1f})",
             f"Electorate: {_thousands(rng.randint(52000, 89000))}", f"Spoilt ballots: {rng.randint(40, 600)}",
             f"Majority: {_thousands(rng.randint(50, 15000))}", f"Swing: {rng.uniform(0.5, 14):.1f}% {a1} to {a2}",
             f"Postal votes: {rng.randint(12, 41)}%"]
    return glue(rng, some(rng, lines, 2, 5), 0.5)


def _t43_reporting_ticker(rng: random.Random, ctx: dict) -> list[str]:
    (p1, a1), (p2, a2) = rng.sample(PARTIES43, 2)
    x = rng.uniform(40, 60)
    lines = [f"{rng.randint(12, 99)}% reporting", f"Est. {rng.randint(40, 99)}% of expected vote counted",
             f"{_name43(rng)} ({a1}) {x:.1f}%", f"{_name43(rng)} ({a2}) {100 - x - rng.uniform(1, 6):.1f}%",
             rng.choice(["PROJECTED WINNER", "Too close to call", "Race called", "Leading", "Winner ✓"]),
             f"Race called at {_hm(rng)}" + rng.choice(["", " local time", " GMT"]), f"Last updated {_hm(rng)}",
             f"{_seat43(rng)}: {rng.choice([p1, p2])} ahead"]
    return glue(rng, some(rng, lines, 2, 5), 0.35)


def _t43_seat_tally(rng: random.Random, ctx: dict) -> list[str]:
    total = rng.choice([650, 120, 96, 80, 60])
    parties = rng.sample(PARTIES43, rng.randint(3, 6))
    left = total
    rows = []
    for _, ab in parties:
        s = rng.randint(0, max(1, left // 2))
        left -= s
        rows.append(f"{ab} {s} ({rng.randint(-30, 30):+d})" if rng.random() < 0.6 else f"{ab}\t{s}")
    head = [f"Seats declared: {total - rng.randint(0, total // 3)}/{total}", f"{total // 2 + 1} for a majority"]
    return some(rng, head, 1, 2) + glue(rng, rows, 0.5, ("  ", " · ", " | "))


def _t43_poll_box(rng: random.Random, ctx: dict) -> list[str]:
    f = _fills43(rng)
    parties = rng.sample(PARTIES43, rng.randint(3, 5))
    shares = sorted((rng.randint(3, 38) for _ in parties), reverse=True)
    rows = [f"{p if rng.random() < 0.7 else ab} {s}% ({rng.randint(-4, 4):+d})"
            for (p, ab), s in zip(parties, shares, strict=True)]
    meta = [f"Fieldwork: {f['d1']}-{f['d2']}", f"Sample: {f['size']} adults", f"Pollster: {f['pollster']}",
            "Change since last poll in brackets", f"Margin of error ±{f['moe']} pts"]
    head = rng.choice(["Voting intention", "Latest poll", "If there were an election tomorrow...", "POLL"])
    return [head] + glue(rng, rows, 0.3) + some(rng, meta, 1, 3)


def _t43_poll_tracker(rng: random.Random, ctx: dict) -> list[str]:
    parties = rng.sample(PARTIES43, rng.randint(2, 5))
    rows = [f"{ab} {rng.uniform(4, 38):.1f} {rng.choice(['▲', '▼', '–'])}{rng.uniform(0, 2):.1f}" for _, ab in parties]
    meta = [f"Polling average, last {rng.randint(7, 30)} days", f"Based on {rng.randint(5, 40)} polls",
            f"Updated {_dm(rng)}"]
    return some(rng, meta, 1, 2) + glue(rng, rows, 0.5, ("  ", " | "))


def _t43_lang_switcher(rng: random.Random, ctx: dict) -> list[str]:
    langs = ["English"] + [lang[1] for lang in rng.sample(LANGS43, rng.randint(2, 6))]
    style = rng.randint(0, 2)
    if style == 0:
        return [rng.choice(["Language:", "Edition:", "Read in:"]), *langs]
    if style == 1:
        return [rng.choice([" | ", " · ", "  "]).join(langs)]
    return [f"{rng.choice(['Language', 'Idioma', 'Langue', 'Sprache'])}: {langs[rng.randrange(len(langs))]} ▾"]


def _t43_read_in(rng: random.Random, ctx: dict) -> list[str]:
    picks = rng.sample(LANGS43, rng.randint(1, 3))
    lines = [rng.choice([p[2], f"Read in {p[0]}", f"{p[1]} version"]) for p in picks]
    if rng.random() < 0.3:
        return ["Also available in: " + ", ".join(p[1] for p in picks)]
    return glue(rng, lines, 0.5, (" / ", " | ", " · "))


BILINGUAL43 = [("Vecinos retiran el barro de la plaza mayor.", "Residents clear mud from the main square."),
               ("Les enseignants manifestent devant le rectorat.", "Teachers protest outside the education office."),
               ("Pendler warten am Bahnsteig auf einen Ersatzzug.", "Commuters wait on the platform for a rail bus."),
               ("Eleitores fazem fila numa escola primária.", "Voters queue at a primary school."),
               ("Medici e infermieri durante il turno di notte.", "Doctors and nurses during the night shift."),
               ("Rolnicy blokują drogę ciągnikami.", "Farmers block the road with tractors."),
               ("Marktkramers bouwen hun kraam op in de regen.", "Market traders set up their stalls in the rain.")]


def _t43_bilingual_caption(rng: random.Random, ctx: dict) -> list[str]:
    orig, eng = rng.choice(BILINGUAL43)
    credit = f"{rng.choice(['Foto', 'Photo', 'Bild', 'Zdjęcie'])}: {_name43(rng)}"
    style = rng.randint(0, 2)
    if style == 0:
        return [orig, eng]
    if style == 1:
        return [f"{orig} / {eng}", credit]
    return [f"{orig} ({eng})"] + ([credit] if rng.random() < 0.5 else [])


def _t43_translated_flag(rng: random.Random, ctx: dict) -> list[str]:
    f = _fills43(rng)
    lang = rng.choice(LANGS43)
    lines = [rng.choice([f"Translated from {lang[0]}", lang[3], f"Original story in {lang[0]}",
                         f"Originally published by {f['outlet']}"]),
             f"Translation: {f['name']}", rng.choice(["Machine translated · Report an error", "Auto-translated",
                                                      f"Show original ({lang[1]})", "See original"])]
    return glue(rng, some(rng, lines, 1, 3), 0.5)


def _t43_factcheck_related(rng: random.Random, ctx: dict) -> list[str]:
    hs = headlines(rng, ctx, FALLBACK43, rng.randint(2, 4))
    if rng.random() < 0.4:
        hs = [f"{rng.choice(RATINGS43).upper()}: {h}" for h in hs]
    head = rng.choice(["More fact-checks", "Recently checked", "Related explainers", f"More on {rng.choice(TOPICS)}"])
    return [head] + hs


def _t43_sources_list(rng: random.Random, ctx: dict) -> list[str]:
    docs = []
    for i in range(rng.randint(2, 4)):
        f = _fills43(rng)
        agency = str(f["agency"]).removeprefix("the ")
        doc = rng.choice(["Quarterly bulletin", "Annual statistical release", "Freedom of information response",
                          "Written answer to council", "Spending review tables", "Provisional counts"])
        docs.append(f"{i + 1}. {agency[0].upper() + agency[1:]}, {doc}, {f['month']} {f['y']}")
    return [rng.choice(["Sources", "Sources and methods", "References"])] + docs


def _t43_table_rows(rng: random.Random, ctx: dict) -> list[str]:
    y = _yr(rng, 2016, 2025)
    sep = rng.choice(["\t", "  ", " | "])
    out = [sep.join(["Area", str(y - 1), str(y), "Change"])]
    for area in rng.sample(REGIONS43 + TOWNS43, rng.randint(3, 6)):
        a, b = rng.randint(100, 9000), rng.randint(100, 9000)
        out.append(sep.join([area.removeprefix("the ").title() if rng.random() < 0.2 else area,
                             _thousands(a), _thousands(b), f"{100 * (b - a) / a:+.0f}%"]))
    return out


# fortythird prose: sentences that read like article text but are a desk's furniture or about other matters.


def _t43_claim_source_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("The claim first appeared in a post on {platform} on {wd}, which had been shared more than {n},000 times by "
         "the time we contacted its author, who did not respond."),
        ("We first saw this claim in a video circulating on {platform}, where it was watched about {n}0,000 times "
         "before the account that posted it was made private."),
        ("Versions of the same image have been shared in at least {k} languages since {month}, often with a caption "
         "saying it shows the scene in {town} this week."),
        ("The figure was quoted by {name}, the {party} candidate for {seat}, at a hustings in {town2} and later "
         "repeated on leaflets delivered across the constituency."),
        ("Several readers sent us this claim after it appeared in a chain message on a local parents' group, "
         "alongside a screenshot of a letter that appears to have been edited."),
        ("The statement was made by a {ministry} spokesperson in a radio interview on {wd} morning, and a similar "
         "line appears in a press release sent out later the same day."),
    ]
    return [_pick(rng, frames, **_fills43(rng))]


def _t43_how_we_rate_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("How we rate: {checker} uses a six-step scale from Correct to Invented, and every rating is agreed by at "
         "least two editors before a fact-check is published."),
        ("We choose which claims to check based on how widely they have been shared and how much harm they could do, "
         "not on which party or person made them."),
        ("Our ratings reflect the evidence available at the time of publication. If new information comes to light, "
         "we update the article and say clearly what has changed."),
        ("{checker} has signed an independent code of principles for fact-checkers, which commits us to "
         "non-partisanship, open sources and a public corrections policy."),
        ("A Needs context rating means the claim is broadly accurate but leaves out information that would change "
         "how most people understand it."),
        ("We contact the person or organisation behind every claim we check and give them a fair chance to respond "
         "before we publish our verdict."),
    ]
    out = [_pick(rng, frames, **_fills43(rng))]
    return [rng.choice(["How we work", "About our ratings", "Our method"])] + out if rng.random() < 0.3 else out


def _t43_verdict_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("Our verdict: the figure of {n},000 extra teachers counts staff who moved between schools, so the real "
         "increase in {y} was closer to a third of that."),
        ("Verdict: it is true that fares on the {town} routes went up in {month}, but the rise was {pct}%, not the "
         "doubling claimed in the post."),
        ("In short, the photograph is genuine but it was taken in {y2}, during an earlier flood, and does not show "
         "the river in {town} this week."),
        ("The bottom line: recorded burglaries did fall last year, but police in {region} changed the way they count "
         "attempted break-ins, which makes the long-term comparison unreliable."),
        ("So is the claim right? Partly. Waiting times in {region} did improve in {month}, but they are still longer "
         "than they were before {y2}."),
        ("We rate this claim Misleading: the £{n} million figure is the total over five years, not the amount being "
         "spent on school buildings this year."),
    ]
    return [_pick(rng, frames, **_fills43(rng))]


def _t43_methodology_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("Methodology: figures are adjusted for inflation using consumer prices and shown in {y} terms. Council "
         "boundaries changed in {y2}, so some earlier areas have been merged."),
        ("We analysed {n},000 records from {agency}, leaving out cases where the date or location was missing, which "
         "removes about {pct}% of the total."),
        ("Rates are per 100,000 people using mid-year population estimates. Small areas with fewer than ten cases "
         "are not shown, to protect the privacy of patients."),
        ("The analysis compares the twelve months to the end of {month} with the same period a year earlier, so it "
         "does not reflect any changes announced since then."),
        ("Journey times were measured using published timetables for a weekday departure between 7am and 9am and do "
         "not account for delays or cancellations."),
        ("Our school funding figures are per pupil and include grants paid directly to academies, which are left out "
         "of some of the official totals."),
    ]
    out = [_pick(rng, frames, **_fills43(rng))]
    return ["How we did this"] + out if rng.random() < 0.25 else out


def _t43_about_data_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("About this data: the numbers come from {agency} and are updated every quarter. Figures for the latest "
         "period are provisional and may be revised."),
        ("This tracker is updated every weekday at around 10am using the latest figures published by {agency}. "
         "Weekend numbers are added on Monday."),
        ("All the data behind this story is free to download. If you use it in your own work, please credit "
         "{outlet} and link back to this page."),
        ("These figures cover only offences recorded by police. Surveys suggest many crimes, particularly fraud and "
         "online abuse, are never reported at all."),
        ("Data for {region} was not available at the time of publication because of a change in the way {agency} "
         "collects and checks it."),
    ]
    return [_pick(rng, frames, **_fills43(rng))]


def _t43_chart_note_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("Note: figures for {y} are affected by changes to how hospital admissions were recorded and should not be "
         "compared directly with earlier years."),
        ("Note: prices are averages for a standard basket of twenty everyday items and may differ from what you pay "
         "in your local shop."),
        ("Note: the chart shows a three-month rolling average to smooth out short-term swings. Figures before {y2} "
         "come from a different survey."),
        ("Note: pupils at independent schools are not included, and results for {y2} were awarded by teacher "
         "assessment rather than exams."),
        ("Source: {agency}. Excludes journeys made with free travel passes, which make up roughly a quarter of all "
         "bus trips in {region}."),
    ]
    return [_pick(rng, frames, **_fills43(rng))]


def _t43_chart_desc_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("The map below shows how the number of empty shops has changed in each council area since {y2}. Darker "
         "shading means a bigger rise."),
        ("The chart below compares average house prices with average earnings in {region} over the past twenty "
         "years, with the national figure shown for comparison."),
        ("Each dot on the chart represents a secondary school in {region}, plotted by the share of pupils on free "
         "meals and its latest exam results."),
        ("Use the search box to find your area, or tap on the map to see how waiting times at your nearest hospital "
         "compare with the rest of the country."),
        ("In the graphic below, the thickness of each line shows the number of passengers using each station in the "
         "year to {month}."),
    ]
    return [_pick(rng, frames, **_fills43(rng))]


def _t43_fallback_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("If you are reading this in an app and cannot see the interactive map, you may need to open the article in "
         "your web browser instead."),
        ("This graphic needs JavaScript to display. If you cannot see it, try refreshing the page or updating your "
         "browser to the latest version."),
        ("Some readers on older devices may see a simplified version of this chart. The full figures can be "
         "downloaded at the end of the article."),
        ("The results tracker is not available in the app at the moment. Please use the link below to follow the "
         "count as each seat declares."),
        ("If the calculator does not load, you can still find the figures for every council area in the table "
         "further down this page."),
    ]
    return [_pick(rng, frames, **_fills43(rng))]


QA43 = [
    ("Will my council tax go up?",
     ("Most councils in {region} are expected to raise bills by close to the maximum {k}% allowed without a "
      "local vote, which would add about £{n} a year to a typical home.")),
    ("Can I still use the travel discount?",
     ("Yes. The scheme runs until the end of {month}, and anyone over sixty with a valid card can use it on "
      "buses across {region} after 9.30am.")),
    ("When will parents find out?",
     ("Head teachers have been told to expect letters by the end of {month}, although the {ministry} has not "
      "yet confirmed a date for families.")),
    ("What happens if I miss my appointment?",
     ("Patients who miss two appointments in a row can be sent back to their GP, but hospitals say they will "
      "always try to contact you first.")),
    ("Why are evening trains to {town} being cut?",
     ("The operator says fewer than a third of seats on the late services were being used, and the savings "
      "will pay for extra trains in the morning peak.")),
    ("How much will the new stadium cost?",
     ("The latest estimate is £{n}0 million, up from the figure quoted when planning permission was granted in "
      "{y2}, and the council is paying most of it.")),
]


def _t43_explainer_answer_prose(rng: random.Random, ctx: dict) -> list[str]:
    q, a = rng.choice(QA43)
    f = _fills43(rng)
    return [q.format(**f), a.format(**f)] if rng.random() < 0.6 else [a.format(**f)]


def _t43_short_answer_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("The short answer: no. The new rules only apply to vehicles registered after {month} {y}, so most drivers "
         "will not need to do anything."),
        ("The short answer is that nobody knows yet, because the review of the {town} hospital plans is not due to "
         "report until later this year."),
        ("In a nutshell: bills are going up in {month}, but by less than the figure many households were warned about "
         "last winter."),
        ("The quick answer: the rules have not changed. Schools could already refuse term-time holidays, and most "
         "fines are still issued by councils."),
        ("Short version: the strike goes ahead on {wd} unless a new offer is made, and most bus services in {region} "
         "will not run."),
    ]
    out = [_pick(rng, frames, **_fills43(rng))]
    return [rng.choice(["The short answer", "In brief", "TL;DR"])] + out if rng.random() < 0.3 else out


def _t43_know_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("What we don't know yet is whether the money for new classrooms is extra funding or will come out of "
         "budgets already promised to schools in {region}."),
        ("What we know so far: the fire started in a storage unit shortly after 2am and nobody was hurt. Police have "
         "not said whether they think it was started deliberately."),
        ("It is still not clear how many of the {n}0 jobs at the {town} depot will move to the new site, or when staff "
         "will be told."),
        ("We know the bridge will stay closed until at least {month}. We don't know how much the repairs will cost or "
         "who will end up paying for them."),
        ("Officials have confirmed the outbreak is linked to a single supplier, but they have not yet named the "
         "company or said which shops were affected."),
    ]
    return [_pick(rng, frames, **_fills43(rng))]


def _t43_results_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("With {n} of {total} seats declared, the {party} has gained {k} from the {party2}, including {seat}, where "
         "the swing was close to {pct} points."),
        ("{seat} has declared: {name} holds the seat for the {party} with a majority of {votes}, down from more than "
         "twice that at the last election."),
        ("Turnout in {seat} was {turn}%, the lowest in the region, after a count that was held up for almost an hour "
         "by a recheck of postal votes."),
        ("The first result of the night has come in from {seat}, where the {party} vote rose sharply and the {party2} "
         "slipped into third place."),
        ("A recount has been ordered in {seat}, where fewer than {k}0 votes separate the top two candidates, and a "
         "result is not expected before breakfast."),
        ("Counting in {town} has been suspended until the morning, so the last {k} seats in {region} are not expected "
         "to declare until {wd} lunchtime."),
    ]
    return [_pick(rng, frames, **_fills43(rng))]


def _t43_projection_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("Our projection is based on results from a sample of key wards and is updated as more seats declare. It is "
         "not a forecast of the final share of the vote."),
        ("We call a race only when our analysts are confident that the candidate who is trailing cannot catch up, "
         "based on the votes counted and those still outstanding."),
        ("The exit poll was carried out at {n}0 polling stations across the country and has a margin of error of "
         "about twenty seats either way."),
        ("Seat totals may not add up because results in {k} constituencies have not yet been declared. The figures "
         "shown are those confirmed by returning officers."),
        ("Projected shares are our estimate of how the whole country would have voted if every area had held "
         "elections today, and cannot be compared directly with national polls."),
    ]
    return [_pick(rng, frames, **_fills43(rng))]


def _t43_poll_method_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("{pollster} interviewed {size} adults online between {d1} and {d2}. Results are weighted to be "
         "representative by age, sex, region and past vote."),
        ("The margin of error for a sample of this size is around plus or minus {moe} points, so small changes "
         "between polls may not reflect a real shift in opinion."),
        ("Fieldwork took place before the budget was announced, so the poll does not capture any reaction to the cut "
         "in rail subsidy or the fuel duty freeze."),
        ("The survey was carried out by telephone, with a quarter of interviews on landlines. Don't knows and those "
         "who said they would not vote are excluded."),
        ("{pollster} is a member of the polling standards council and publishes full tables, including question "
         "wording and weighting, on its website."),
    ]
    return [_pick(rng, frames, **_fills43(rng))]


def _t43_poll_finding_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("Asked about a four-day school week, {pct}% of parents said they would oppose it, while about a third "
         "supported a trial in a handful of areas."),
        ("The same poll found the cost of living remains the top concern for voters in {region}, ahead of health "
         "and housing and well ahead of crime."),
        ("Just over half of those questioned said they had cut back on heating this winter, rising to two thirds "
         "among people who rent their home."),
        ("Support for the tram extension to {town} has fallen by {k} points since the spring, with older residents "
         "most likely to say the money should go elsewhere."),
        ("Fewer than one in five said they trusted official figures on hospital waiting lists, a lower share than in "
         "any survey {pollster} has run since {y2}."),
    ]
    return [_pick(rng, frames, **_fills43(rng))]


def _t43_mt_disclaimer_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("This article was translated from {lang} using an automated tool and checked by an editor. Some words or "
         "phrases may not match the original exactly."),
        ("This text has been machine translated. Where there is any difference in meaning, the {lang} version of the "
         "article is the one that applies."),
        ("We use automatic translation to bring you stories from our partner newsrooms. Please let us know if you "
         "spot a mistake in this version."),
        ("Translation generated automatically. Names of people, places and organisations have not been translated "
         "and appear as they do in the original."),
        ("This is an automated translation and has not been reviewed by our journalists. Quotations were translated "
         "from {lang} and may differ in wording."),
    ]
    return [_pick(rng, frames, **_fills43(rng))]


def _t43_translation_note_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("This story was first published in {lang} by our partner {outlet} and has been translated and edited for "
         "length and clarity."),
        ("Translated from the {lang} by {name}. The original version of this article appeared in the weekend edition "
         "of {outlet} on {dm}."),
        ("This report is part of a cross-border project with newsrooms in five countries. Versions in {lang} and "
         "English are published at the same time."),
        ("Interviews for this article were conducted in {lang} and translated by the reporter. Some answers have been "
         "shortened for reasons of space."),
        ("Original story in {lang} by {name}, with additional reporting by {name2}, adapted for readers of our "
         "English-language edition."),
    ]
    return [_pick(rng, frames, **_fills43(rng))]


def _t43_update_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("Update, {dm}: after this fact-check was published, the {ministry} sent us a breakdown of the figures, which "
         "we have added above. Our rating has not changed."),
        ("This article was updated on {dm} to include a response from {name}, who said the figure had been taken "
         "from an older council report."),
        ("Correction: an earlier version of this fact-check said the scheme began in {y2}. It began in {y}. The "
         "rating is not affected."),
        ("We changed our rating from Misleading to Needs context on {dm} after {agency} published revised figures for "
         "the final quarter."),
        ("Editor's note: the post we checked has since been deleted by the account that shared it, but copies are "
         "still circulating on {platform}."),
    ]
    return [_pick(rng, frames, **_fills43(rng))]


def _t43_tipline_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("Seen a claim you want us to check? Send it to our team at {email} or message us on {platform}, with a link "
         "or a screenshot if you can."),
        ("Spotted something that looks wrong? Our fact-checkers read every message, though we cannot reply to "
         "everyone or check every claim we receive."),
        ("Want to know if something is true? Forward it to our checking line on {phone} and we will look into the "
         "claims readers send us most often."),
        ("If you think we have got something wrong, please tell us. You can read how we handle complaints and "
         "corrections on our standards page."),
    ]
    return [_pick(rng, frames, **_fills43(rng))]


def _t43_caveat_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("Comparisons with earlier years should be treated with caution, because the survey moved from face-to-face "
         "interviews to an online panel in {y2}."),
        ("Official figures do not include people staying with friends or in temporary housing arranged by charities, "
         "so the true number is likely to be higher."),
        ("The statistics count crimes reported to police, not convictions. A single incident involving several "
         "victims can be recorded as more than one offence."),
        ("Because the numbers in some small village schools are very low, a change of one or two pupils can make "
         "their results swing sharply from year to year."),
        ("Unemployment figures come from a sample survey and have a margin of error of around {k}0,000 either way, so "
         "small monthly moves may not be real."),
    ]
    return [_pick(rng, frames, **_fills43(rng))]


def _t43_context_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("How did we get here? The dispute over pay began in {month} {y2}, when nurses in {region} rejected an offer "
         "they said failed to keep up with rising prices."),
        ("Why does it matter? Around one in {k} households in {region} relies on the {town} bus routes to get to "
         "work, school or hospital appointments."),
        ("What happens next? The council will vote on the plans in {month}, after which residents will have six weeks "
         "to lodge objections."),
        ("Who is affected? Anyone who bought a season ticket before {dm} can claim a refund, but passengers who paid "
         "daily fares are not covered."),
        ("The background: the school was placed in special measures in {y2} and has had four head teachers since "
         "then, according to inspection reports."),
    ]
    return [_pick(rng, frames, **_fills43(rng))]


def _t43_glossary_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("What is a recount? If the result is very close, any candidate can ask the returning officer to count the "
         "votes again before the winner is announced."),
        ("What does base rate mean? It is the interest rate set by the central bank, which affects how much banks "
         "charge for mortgages and loans."),
        ("What is a by-election? It is a vote held to fill a single seat that falls vacant between general elections, "
         "usually after a resignation or death."),
        ("What counts as a waiting list? It is the number of treatments patients are waiting for, so one person "
         "waiting for two operations is counted twice."),
        ("What is an exit poll? Voters are asked how they voted as they leave a sample of polling stations, and the "
         "answers are used to estimate the result."),
    ]
    return [_pick(rng, frames, **_fills43(rng))]


def _t43_liveline_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("Counting at the {town} leisure centre was paused briefly after a fire alarm, but staff say they still "
         "expect to declare before 3am."),
        ("Ballot boxes are still arriving at the {town} count, where one was held up by a closure on the ring road, "
         "according to the returning officer."),
        ("Our reporter at the {seat} count says the {party} team has gone very quiet in the last half hour, and "
         "several of them have left the hall."),
        ("Polls have now closed in {region}. In the last hour, queues were reported at several polling stations in "
         "{town}, where doors shut at 10pm."),
        ("The {party} leader has arrived at the count in {seat} and told reporters it was far too early to say how "
         "the night would go."),
    ]
    out = [_pick(rng, frames, **_fills43(rng))]
    return [_hm(rng)] + out if rng.random() < 0.4 else out


def _t43_newsletter_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("Get our fact-check newsletter every Thursday: the week's most shared claims, what we found, and a short "
         "guide to checking things for yourself."),
        ("Sign up for the {outlet} data briefing for the numbers behind the news, delivered to your inbox every "
         "Monday morning."),
        ("Follow the count with our election night newsletter, sent as soon as the first results are in and again "
         "when the last seat is declared."),
        ("Our explainers team answers reader questions every week. Send us yours and we may answer it in the next "
         "edition of the newsletter."),
    ]
    return [_pick(rng, frames, **_fills43(rng))]


def _fortythird_templates() -> dict[str, tuple[str, Template]]:
    """Fact-check, explainer, data and elections desks, and translated editions."""
    return {
        "s43_verdict_box": ("hit", _t43_verdict_box),
        "s43_rating_scale": ("hi", _t43_rating_scale),
        "s43_claim_card": ("h", _t43_claim_card),
        "s43_chart_axes": ("i", _t43_chart_axes),
        "s43_chart_legend": ("i", _t43_chart_legend),
        "s43_chart_source_lines": ("it", _t43_chart_source_lines),
        "s43_interactive_hints": ("hi", _t43_interactive_hints),
        "s43_download_embed": ("it", _t43_download_embed),
        "s43_interactive_fallback": ("it", _t43_interactive_fallback),
        "s43_map_key": ("i", _t43_map_key),
        "s43_qa_headings": ("hi", _t43_qa_headings),
        "s43_know_box": ("hi", _t43_know_box),
        "s43_glossary_box": ("it", _t43_glossary_box),
        "s43_results_table": ("hit", _t43_results_table),
        "s43_turnout_strip": ("hi", _t43_turnout_strip),
        "s43_reporting_ticker": ("ht", _t43_reporting_ticker),
        "s43_seat_tally": ("hi", _t43_seat_tally),
        "s43_poll_box": ("it", _t43_poll_box),
        "s43_poll_tracker": ("i", _t43_poll_tracker),
        "s43_lang_switcher": ("h", _t43_lang_switcher),
        "s43_read_in": ("ht", _t43_read_in),
        "s43_bilingual_caption": ("i", _t43_bilingual_caption),
        "s43_translated_flag": ("ht", _t43_translated_flag),
        "s43_factcheck_related": ("t", _t43_factcheck_related),
        "s43_sources_list": ("t", _t43_sources_list),
        "s43_table_rows": ("i", _t43_table_rows),
        "s43_claim_source_prose": ("hi", _t43_claim_source_prose),
        "s43_how_we_rate_prose": ("t", _t43_how_we_rate_prose),
        "s43_verdict_prose": ("hit", _t43_verdict_prose),
        "s43_methodology_prose": ("it", _t43_methodology_prose),
        "s43_about_data_prose": ("t", _t43_about_data_prose),
        "s43_chart_note_prose": ("i", _t43_chart_note_prose),
        "s43_chart_desc_prose": ("i", _t43_chart_desc_prose),
        "s43_fallback_prose": ("it", _t43_fallback_prose),
        "s43_explainer_answer_prose": ("i", _t43_explainer_answer_prose),
        "s43_short_answer_prose": ("hi", _t43_short_answer_prose),
        "s43_know_prose": ("i", _t43_know_prose),
        "s43_results_prose": ("hi", _t43_results_prose),
        "s43_projection_prose": ("it", _t43_projection_prose),
        "s43_poll_method_prose": ("it", _t43_poll_method_prose),
        "s43_poll_finding_prose": ("i", _t43_poll_finding_prose),
        "s43_mt_disclaimer_prose": ("ht", _t43_mt_disclaimer_prose),
        "s43_translation_note_prose": ("t", _t43_translation_note_prose),
        "s43_update_prose": ("ht", _t43_update_prose),
        "s43_tipline_prose": ("t", _t43_tipline_prose),
        "s43_caveat_prose": ("it", _t43_caveat_prose),
        "s43_context_prose": ("i", _t43_context_prose),
        "s43_glossary_prose": ("it", _t43_glossary_prose),
        "s43_liveline_prose": ("hi", _t43_liveline_prose),
        "s43_newsletter_prose": ("ht", _t43_newsletter_prose),
    }


# --- fortyfourth: lifestyle and commerce desks ----------------------------------------------------------------------

FIRST44 = ["Columbine", "Bertilak", "Soraya", "Evander", "Juniper", "Leander", "Margarethe", "Obi", "Philomena",
           "Radley", "Solveig", "Torin", "Ulla", "Verushka", "Wendel", "Xiomara", "Yorick", "Zenobia", "Amara",
           "Feargus"]
LAST44 = ["Brackenridge", "Cloudsley", "Dimmock-Osei", "Elphinstowe", "Fothersby", "Gadsby", "Hartnoll", "Ilsley",
          "Juxon", "Kingsmill", "Lumbsden", "Motterby", "Nuttall-Ade", "Pennywhistle", "Ravensdale", "Skerritt",
          "Tuckwell", "Undley", "Varnham", "Winsome-Hale"]
SHOPS44 = ["Pantrywise", "Hollick & Vine", "Cartwheel & Co", "Lintel Home", "Tinderbox Electricals", "Potwell's",
           "Gadgetorium", "Mallowby's", "Shelfwise", "Oddments Direct"]
BRANDS44 = ["Ovenbird", "Havrell", "Zolvane", "Kalmer", "Bristane", "Oaklet", "Sunfold", "Pellora", "Norvane",
            "Glimmerly", "Quokka Home", "Thimbleton"]
KINDS44 = ["air fryer", "cordless vacuum", "robot mop", "electric toothbrush", "coffee grinder", "hiking rucksack",
           "running shoe", "heated clothes airer", "slow cooker", "wireless earbuds", "kettle", "bike light",
           "baby monitor", "video doorbell", "e-reader", "dehumidifier"]
MODELS44 = ["Crisp 55", "Glide Pro", "Cumulo 2", "Aero Max", "Pulse Mini", "Helio X", "Terra 4", "Cirrus", "Volta S",
            "Loop Lite", "Snug 300", "Featherweight"]
DISHES44 = ["sausage and lentil traybake", "miso butter roast cauliflower", "one-pot chicken and orzo",
            "sticky ginger parkin", "leek and cheddar tart", "smoked haddock chowder", "lemon drizzle loaf",
            "spiced squash soup", "black bean chilli", "plum and almond crumble", "chickpea and spinach curry",
            "cheese and onion pasties", "rhubarb custard slice", "pork and apple meatballs"]
INGREDIENTS44 = ["200g plain flour", "2 large eggs", "1 tbsp olive oil", "1 onion, finely chopped",
                 "2 garlic cloves, crushed", "400g tin chopped tomatoes", "150ml double cream", "100g unsalted butter",
                 "1 tsp ground cumin", "500ml chicken or vegetable stock", "250g dried red lentils",
                 "1 small bunch parsley, chopped", "75g caster sugar", "2 tbsp soy sauce", "1 lemon, zested and juiced",
                 "6 pork sausages", "300g orzo", "1 tsp baking powder", "50g grated cheddar", "pinch of sea salt",
                 "200g baby spinach", "1 red chilli, deseeded and sliced", "3 tbsp golden syrup", "1 tsp ground ginger"]
STEPS44 = ["Heat the oven to 200C/180C fan/gas 6.", "Melt the butter in a large pan over a medium heat.",
           "Fry the onion gently for 8-10 minutes until soft but not coloured.",
           "Stir in the garlic and spices and cook for another minute.",
           "Tip in the tomatoes and stock, bring to a simmer and cook for 20 minutes.",
           "Whisk the eggs and sugar together until pale and thick.", "Fold in the flour and baking powder.",
           "Pour into the lined tin and bake for 40-45 minutes until a skewer comes out clean.",
           "Season to taste and scatter over the parsley before serving.",
           "Leave to cool in the tin for 10 minutes, then turn out onto a wire rack.",
           "Add the spinach and stir until just wilted.", "Roast for 25 minutes, turning halfway."]
PLACES44 = ["Isla Perdita", "Porto Calvino", "Skerrvik", "Montevasco", "the Vellani coast", "Lake Vassel",
            "Saint-Aubrac-les-Pins", "Baia Lucente", "Glen Ardith", "Tresillick Cove"]
HOTELS44 = ["Casa Almendrita", "The Saltbox Inn", "Villa Oriolo", "Fulmar Lodge", "Hotel Marbrava",
            "The Old Ropeworks", "Pensione Lucciola", "Fjellstua Skerrvik"]
AIRLINES44 = ["Swiftwing Air", "Solano Airways", "NorthSea Hop", "Aerovela"]
HOMETOWNS44 = ["Northwick", "Saltby", "Eastholme", "Cranleigh Vale", "Hollowfield", "Dunmere"]
CARS44 = ["Aldane Vireo", "Marquand Estrel", "Orrelan Trailmaster", "Caddow Pip", "Rensel Aster", "Vantara Solace"]
TRIMS44 = ["1.5 Hybrid SE", "Long Range AWD", "2.0 Diesel Trek", "Electric Plus", "1.0 Turbo Edge", "e-Drive Sport"]
AGENTS44 = ["Pembury & Locke", "Inglenook Estates", "Wistow Rowe", "Doorstep Property Co", "Gable & Thorne"]
STREETS44 = ["Orchard Rise", "Curriers Lane", "Kiln Close", "Weavers Row", "Chapel Mews", "Bramley Gardens"]
STREAMERS44 = ["Flickbox", "Reelhouse", "Stream Orchard", "Boxlight+", "Cinemoor"]
CHANNELS44 = ["Brazier One", "Lumiq TV", "Channel Egret", "Fellgate 4"]
SHOWS44 = ["The Salt Road", "Farrier's Law", "Mudlarks", "Glasshouse Rivals", "Quiet Water",
           "The Inspector at Hollin Gap", "Eight Days in Vassel", "Second Hand Lives", "The Plot Next Door",
           "Night Porter"]
PUZZLES44 = ["Lettermesh", "Wordtrellis", "Quartet Grid", "Tangleword", "Pathlock", "Fourfold"]
FASHION44 = ["Marlo & Pike", "Odd Sock Studio", "Egret & Hume", "Loomhouse", "Plumage", "Burdock & Bloom"]
BEAUTY44 = ["Dewbright", "Petalwise", "Glaze & Gloss", "Moonmilk Skin", "Cleavers Apothecary"]
BLOGS44 = ["Crumbs & Kin", "The Butter Bowl", "Saltcellar Kitchen", "Tin Loaf Diaries"]
SIGNS44 = [("Aries", "21 March - 19 April"), ("Taurus", "20 April - 20 May"), ("Gemini", "21 May - 20 June"),
           ("Cancer", "21 June - 22 July"), ("Leo", "23 July - 22 August"), ("Virgo", "23 August - 22 September"),
           ("Libra", "23 September - 22 October"), ("Scorpio", "23 October - 21 November"),
           ("Sagittarius", "22 November - 21 December"), ("Capricorn", "22 December - 19 January"),
           ("Aquarius", "20 January - 18 February"), ("Pisces", "19 February - 20 March")]
FALLBACK44 = [
    "Ten cosy one-pot dinners for under £2 a head", "The best budget air fryers, tested",
    "Why everyone is suddenly growing rhubarb again", "A slow weekend on the Vellani coast",
    "Ask Columbine: my sister won't pay back the money she owes", "Our favourite winter coats under £100",
    "How to keep your heating bill down this winter", "The cordless vacuums worth your money",
    "Five quiet walks within an hour of Northwick", "What to stream this weekend",
]


def _name44(rng: random.Random) -> str:
    return f"{rng.choice(FIRST44)} {rng.choice(LAST44)}"


def _product44(rng: random.Random) -> str:
    return f"{rng.choice(BRANDS44)} {rng.choice(MODELS44)}"


def _plural(kind: str) -> str:
    return kind if kind.endswith("s") else kind + "s"


def _price44(rng: random.Random, lo: int = 8, hi: int = 400) -> str:
    p = rng.randint(lo, hi)
    return f"£{p}" if rng.random() < 0.6 else f"£{p - 1}.{rng.choice(['99', '95', '49', '00'])}"


def _fills44(rng: random.Random) -> dict[str, object]:
    """Common fills for the prose frames; str.format ignores the ones a frame does not use."""
    s1, s2 = rng.sample(SHOPS44, 2)
    return {
        "name": _name44(rng), "name2": _name44(rng), "first": rng.choice(FIRST44), "shop": s1, "shop2": s2,
        "brand": rng.choice(BRANDS44), "product": _product44(rng), "kinds": _plural(rng.choice(KINDS44)),
        "price": _price44(rng), "dish": rng.choice(DISHES44), "place": rng.choice(PLACES44),
        "hotel": rng.choice(HOTELS44), "airline": rng.choice(AIRLINES44), "home": rng.choice(HOMETOWNS44),
        "car": rng.choice(CARS44), "agent": rng.choice(AGENTS44), "street": rng.choice(STREETS44),
        "streamer": rng.choice(STREAMERS44), "channel": rng.choice(CHANNELS44), "show": rng.choice(SHOWS44),
        "puzzle": rng.choice(PUZZLES44), "beauty": rng.choice(BEAUTY44), "blog": rng.choice(BLOGS44),
        "fashion": rng.choice(FASHION44), "wd": _wd(rng), "month": rng.choice(MONTHS), "dm": _dm(rng),
        "y": _yr(rng, 2016, 2025), "n": rng.randint(3, 12), "k": rng.randint(2, 6), "pct": rng.choice([10, 15, 20,
                                                                                                        25, 30, 40]),
        "pounds": rng.randint(40, 400), "hours": rng.randint(2, 6), "weeks": rng.randint(2, 8),
    }


def _t44_recipe_meta(rng: random.Random, ctx: dict) -> list[str]:
    lines = [rng.choice([f"Serves {rng.randint(2, 8)}", f"Makes {rng.choice([8, 12, 16, 24])}",
                         f"Serves {rng.randint(2, 4)}-{rng.randint(5, 8)}"]),
             f"Prep: {rng.choice([5, 10, 15, 20, 25, 30])} mins",
             f"Cook: {rng.choice(['20 mins', '35 mins', '45 mins', '1 hr', '1 hr 10 mins', '2 hrs 30 mins'])}",
             f"Difficulty: {rng.choice(['Easy', 'More effort', 'A challenge'])}",
             rng.choice(["Vegetarian", "Vegan", "Freezable", "Gluten-free", "Dairy-free", "Low calorie"])]
    return glue(rng, some(rng, lines, 2, 5), 0.5, (" | ", "  ", " · ", " • "))


def _t44_recipe_buttons(rng: random.Random, ctx: dict) -> list[str]:
    score = rng.randint(3, 5)
    save = rng.choice(["Save", "♡ Save to favourites", "Pin", "Add to shopping list"])
    lines = ["Jump to recipe", "Print recipe", save,
             f"{_stars(score)} {score - rng.choice([0.1, 0.2, 0.4, 0.0]):.1f} from {rng.randint(4, 900)} votes",
             "Jump to comments"]
    return glue(rng, some(rng, lines, 2, 4), 0.5, (" | ", "  ", " · "))


def _t44_recipe_ingredients(rng: random.Random, ctx: dict) -> list[str]:
    items = [rng.choice(["", "", "• ", "- "]) + i for i in some(rng, INGREDIENTS44, 3, 8)]
    if rng.random() < 0.3:
        items.insert(rng.randint(1, len(items) - 1), rng.choice(["For the topping", "For the sauce", "To serve"]))
    return [rng.choice(["Ingredients", "INGREDIENTS", "You will need"])] + items


def _t44_recipe_method(rng: random.Random, ctx: dict) -> list[str]:
    steps = some(rng, STEPS44, 2, 5)
    form = rng.choice(["{i}. {s}", "Step {i}: {s}", "STEP {i}", "{i} {s}"])
    out = [rng.choice(["Method", "METHOD", "Instructions"])]
    for i, s in enumerate(steps, 1):
        if form == "STEP {i}":
            out += [f"STEP {i}", s]
        else:
            out.append(form.format(i=i, s=s))
    return out


def _t44_nutrition(rng: random.Random, ctx: dict) -> list[str]:
    vals = [f"kcal {rng.randint(180, 820)}", f"fat {rng.randint(3, 40)}g", f"saturates {rng.randint(1, 18)}g",
            f"carbs {rng.randint(8, 90)}g", f"sugars {rng.randint(1, 40)}g", f"fibre {rng.randint(1, 14)}g",
            f"protein {rng.randint(3, 48)}g", f"salt {rng.uniform(0.1, 3):.1f}g"]
    head = rng.choice(["Nutrition per serving", "Nutrition: per serving", "Per portion", "NUTRITION (per slice)"])
    return [head] + glue(rng, some(rng, vals, 4, 8), 0.6, (" ", ", ", "  ", " | "))


def _t44_rating_widget(rng: random.Random, ctx: dict) -> list[str]:
    f = _fills44(rng)
    handle = "".join(ch for ch in str(f["blog"]).lower() if ch.isalnum())
    lines = ["Rate this recipe", "☆☆☆☆☆", f"Reviews ({rng.randint(0, 240)})",
             f"Made this? Tag @{handle} so we can see", rng.choice(["Leave a comment", "Add your review",
                                                                    "Sort by: Newest ▾"])]
    return glue(rng, some(rng, lines, 2, 4), 0.3)


SPECS44 = ["Capacity: {v} litres", "Power: {w}W", "Weight: {kg}kg", "Dimensions: {a} x {b} x {c}cm",
           "Warranty: {k} years", "Battery life: up to {h} hours", "Noise: {db}dB", "Colours: black, sage, oat",
           "Dishwasher-safe parts: yes", "Charging: USB-C", "Water resistance: IPX{x}"]


def _t44_spec_box(rng: random.Random, ctx: dict) -> list[str]:
    vals = {"v": rng.choice([1.7, 3.5, 4.2, 5.5, 9]), "w": rng.choice([800, 1200, 1500, 1700, 2400]),
            "kg": f"{rng.uniform(0.2, 9):.1f}", "a": rng.randint(10, 40), "b": rng.randint(10, 40),
            "c": rng.randint(10, 60), "k": rng.randint(1, 5), "h": rng.randint(6, 60), "db": rng.randint(38, 78),
            "x": rng.choice([4, 5, 7])}
    head = rng.choice(["Specifications", "Key specs", "SPEC CHECK", f"{_product44(rng)} specs"])
    return [head] + [s.format(**vals) for s in some(rng, SPECS44, 3, 6)]


PROS44 = ["Quiet even on the highest setting", "Easy to clean", "Compact enough for a small kitchen",
          "Excellent battery life", "Feels solid and well made", "Simple, clear controls", "Good value for money",
          "Light enough to carry upstairs", "Heats up quickly"]
CONS44 = ["Basket is awkward to remove", "Short power cable", "App is clunky", "Pricier than rivals",
          "Loud beep that can't be turned off", "Instructions are vague", "Bulky to store", "Slow to charge"]


def _t44_pros_cons(rng: random.Random, ctx: dict) -> list[str]:
    mark_p, mark_c = rng.choice([("+ ", "- "), ("✓ ", "✗ "), ("", ""), ("• ", "• ")])
    out = [rng.choice(["Pros", "PROS", "What we like", "For"])]
    out += [mark_p + p for p in rng.sample(PROS44, rng.randint(1, 3))]
    out += [rng.choice(["Cons", "CONS", "What we don't like", "Against"])]
    out += [mark_c + c for c in rng.sample(CONS44, rng.randint(1, 3))]
    return out


def _t44_score_box(rng: random.Random, ctx: dict) -> list[str]:
    f = _fills44(rng)
    score = rng.randint(2, 5)
    lines = [rng.choice([f"Our rating: {_stars(score)}", f"Score: {score * 2}/10", f"Rating: {score} out of 5"]),
             f"Best for: {rng.choice(['small kitchens', 'families', 'beginners', 'pet owners', 'tight budgets'])}",
             f"Price when reviewed: {_price44(rng, 20, 500)}", f"Tested by {f['name']}",
             f"{_product44(rng)}"]
    return glue(rng, some(rng, lines, 2, 4), 0.3)


def _t44_price_widget(rng: random.Random, ctx: dict) -> list[str]:
    shops = rng.sample(SHOPS44, rng.randint(1, 3))
    rows = [f"{_price44(rng, 15, 300)} at {s}" for s in shops]
    extra = rng.choice(["View deal", "Check price", "Buy now", f"Prices checked {_dm(rng)}", "See all prices"])
    return glue(rng, rows + ([extra] if rng.random() < 0.6 else []), 0.4, (" | ", "  ", " · "))


def _t44_affiliate_short(rng: random.Random, ctx: dict) -> list[str]:
    return [rng.choice(["We may earn commission from links on this page.", "Affiliate links included",
                        "This page contains affiliate links", "Independently chosen. We may earn a fee.",
                        "Commission earned on purchases", "Ad · Affiliate"])]


def _t44_at_a_glance(rng: random.Random, ctx: dict) -> list[str]:
    kind = rng.choice(KINDS44)
    labels = ["Best overall", "Best budget", "Best for big families", "Best premium", "Best compact",
              "Best for beginners"]
    rows = [f"{lab}: {_product44(rng)} – {_price44(rng, 20, 350)}" for lab in some(rng, labels, 2, 4)]
    head = rng.choice([f"Best {_plural(kind)} at a glance", "At a glance", "Our top picks", "Quick list"])
    return [head] + rows


def _t44_travel_box(rng: random.Random, ctx: dict) -> list[str]:
    f = _fills44(rng)
    sep = rng.choice([": ", "\t", "\n"])
    items = [("Getting there", f"{f['airline']} flies from {f['home']} from £{rng.randint(29, 180)} return"),
             ("Where to stay", f"{f['hotel']}, doubles from £{rng.randint(60, 320)} B&B"),
             ("Need to know", rng.choice(["The ferry runs twice a day in summer", "Most shops close on Sunday",
                                          "Cards are accepted almost everywhere", "Book dinner ahead in August"])),
             ("More information", _domain("visit" + str(f["place"]).replace("the ", ""), ".com"))]
    out = []
    for head, text in some(rng, items, 2, 4):
        out += [head, text] if sep == "\n" else [f"{head}{sep}{text}"]
    return out


def _t44_hotel_card(rng: random.Random, ctx: dict) -> list[str]:
    hotel = rng.choice(HOTELS44)
    lines = [hotel, "★" * rng.randint(2, 5), f"Doubles from {rng.choice(['£', '€'])}{rng.randint(55, 420)}"
             + rng.choice([" B&B", " a night", ", room only", " half board"]),
             f"Best for: {rng.choice(['couples', 'walkers', 'families', 'foodies', 'a quiet weekend'])}",
             _domain(hotel, rng.choice([".com", ".co.uk", ".it", ".es"])), "Book now ›"]
    return glue(rng, some(rng, lines, 2, 5), 0.35)


def _t44_motoring_spec(rng: random.Random, ctx: dict) -> list[str]:
    car = f"{rng.choice(CARS44)} {rng.choice(TRIMS44)}"
    ev = rng.random() < 0.4
    lines = [f"Price: £{_thousands(rng.randint(18, 70) * 1000 - rng.choice([5, 55, 505]))}",
             "Powertrain: " + ("single electric motor" if ev else f"{rng.choice(['1.0', '1.5', '2.0'])}-litre petrol"),
             f"Power: {rng.randint(90, 400)}bhp", f"0-62mph: {rng.uniform(4.5, 12):.1f}sec",
             f"Top speed: {rng.randint(100, 155)}mph",
             f"Range: {rng.randint(180, 380)} miles" if ev else f"Economy: {rng.uniform(35, 62):.1f}mpg",
             "CO2: 0g/km" if ev else f"CO2: {rng.randint(98, 180)}g/km", f"On sale: {rng.choice(['Now', *MONTHS])}"]
    return [rng.choice([car, f"{car}: the facts", "Spec sheet"])] + some(rng, lines, 3, 7)


def _t44_property_card(rng: random.Random, ctx: dict) -> list[str]:
    f = _fills44(rng)
    beds = rng.randint(1, 5)
    kind = rng.choice(["semi-detached house", "terraced house", "flat", "detached cottage", "bungalow", "maisonette"])
    lead = rng.choice(["", "Guide price ", "Offers over ", "Offers in the region of "])
    lines = [f"{lead}£{_thousands(rng.randint(120, 1400) * 1000)}",
             f"{beds} bed {kind}", f"{rng.randint(2, 90)} {f['street']}, {f['home']}",
             f"EPC: {rng.choice('BCDE')}", f"Agent: {f['agent']}, 01{_digits(rng, 3)} {_digits(rng, 6)}",
             f"Added on {f['dm']}"]
    return glue(rng, some(rng, lines, 2, 5), 0.3)


GARMENTS44 = ["Dress", "Coat", "Jumper", "Boots", "Earrings", "Trousers", "Shirt", "Scarf", "Bag", "Trainers"]


def _t44_fashion_credits(rng: random.Random, ctx: dict) -> list[str]:
    rows = []
    for g in rng.sample(GARMENTS44, rng.randint(2, 5)):
        brand = rng.choice(FASHION44)
        where = _domain(brand, rng.choice([".com", ".co.uk"])) if rng.random() < 0.6 else brand
        rows.append(f"{g}, £{rng.randint(12, 340)}, {where}")
    out = glue(rng, rows, 0.4, (". ", "; "))
    if rng.random() < 0.5:
        out.append(f"Photographs: {_name44(rng)}. Styling: {_name44(rng)}")
    return out


def _t44_beauty_credits(rng: random.Random, ctx: dict) -> list[str]:
    items = ["Vitamin Glow Serum", "Cloud Cream", "Overnight Lip Mask", "Tinted Balm SPF30", "Clay Cleanser",
             "Brow Gel", "Hair Oil"]
    rows = [f"{rng.choice(BEAUTY44)} {i}, £{rng.randint(6, 68)} for {rng.choice([15, 30, 50, 100])}ml"
            for i in rng.sample(items, rng.randint(1, 4))]
    return ([rng.choice(["Products used", "Shop the look", "Stockists"])] if rng.random() < 0.5 else []) + rows


def _t44_horoscope_list(rng: random.Random, ctx: dict) -> list[str]:
    out = []
    for sign, dates in rng.sample(SIGNS44, rng.randint(1, 3)):
        out.append(rng.choice([f"{sign} ({dates})", sign.upper(), f"{sign} {dates}"]))
        out.append(rng.choice([f"Lucky number: {rng.randint(1, 49)}",
                               f"Lucky colour: {rng.choice(['teal', 'amber', 'plum', 'silver'])}",
                               f"Mood: {rng.choice(['restless', 'sociable', 'focused', 'dreamy'])}"]))
    return out


def _t44_wordgame_hints(rng: random.Random, ctx: dict) -> list[str]:
    f = _fills44(rng)
    no = rng.randint(200, 1400)
    vowels = rng.choice(["one vowel", "two vowels", "three vowels"])
    hints = ["Hint 1: it starts with a consonant", f"Hint 2: it contains {vowels}",
             "Hint 3: there is a repeated letter", f"Hint 4: it ends in {rng.choice('ELTYRS')}",
             "Hint 5: you might find one in a kitchen drawer"]
    out = [f"{f['puzzle']} #{no} hints for {f['wd']} {f['dm']}"] + some(rng, hints, 2, 4)
    out.append(rng.choice(["SPOILER WARNING", "Scroll down for the answer", "↓ Answer below ↓",
                           f"The answer to {f['puzzle']} #{no - 1} was {rng.choice(['CRANE', 'MOULD', 'PLAIT'])}"]))
    return out


CLUES44 = ["Flower found beside the garden wall (5)", "Ship's cook keeps quiet at sea (6)",
           "Little river runs dry (4)", "Old coin found in the attic (5)", "Bird heard at dawn in the orchard (7)",
           "Drink served after the match (3)",
           "Bright colour of a winter sunset (6)", "Leave the party early (4,3)", "Small island in a river (4)"]


def _t44_crossword_clues(rng: random.Random, ctx: dict) -> list[str]:
    clues = rng.sample(CLUES44, rng.randint(3, 6))
    cut = rng.randint(1, len(clues) - 1)
    nums = sorted(rng.sample(range(1, 28), len(clues)))
    across = [f"{n} {c}" for n, c in zip(nums[:cut], clues[:cut], strict=True)]
    down = [f"{n} {c}" for n, c in zip(nums[cut:], clues[cut:], strict=True)]
    return [rng.choice(["Across", "ACROSS"])] + across + [rng.choice(["Down", "DOWN"])] + down


def _t44_answers_note(rng: random.Random, ctx: dict) -> list[str]:
    f = _fills44(rng)
    no = _thousands(rng.randint(2000, 16000))
    lines = [f"Quick crossword No {no}", rng.choice(["Answers tomorrow", "Solution in tomorrow's edition",
                                                      "Yesterday's solutions", "Answers to yesterday's puzzles"]),
             (f"Across: 1 {rng.choice(['Egret', 'Poppy', 'Ladle'])}, 4 {rng.choice(['Gale', 'Tide', 'Sloe'])}, "
              f"7 {rng.choice(['Marrow', 'Kettle', 'Pebble'])}"),
             f"{f['puzzle']} solution: {rng.choice(['TONIC', 'BRISK', 'OCEAN', 'FLUTE'])}",
             f"Set by {rng.choice(['Wrangler', 'Magpie', 'Stoat', 'Quince'])}"]
    return some(rng, lines, 2, 4)


def _t44_watch_picks(rng: random.Random, ctx: dict) -> list[str]:
    out = [rng.choice(["What to watch tonight", "Today's TV picks", "Pick of the day", "Tonight's best TV"])]
    for show in rng.sample(SHOWS44, rng.randint(1, 3)):
        where = rng.choice(CHANNELS44 + STREAMERS44)
        time = rng.choice(["8pm", "9pm", "9.30pm", "10pm", "from 6am", "all episodes"])
        out += glue(rng, [show, f"{where}, {time}"], 0.5, (" – ", ", ", " | "))
    return out


def _t44_deal_strip(rng: random.Random, ctx: dict) -> list[str]:
    was = rng.randint(40, 600)
    now = int(was * rng.uniform(0.45, 0.85))
    lines = [f"Was £{was}, now £{now} (save {round(100 * (was - now) / was)}%)",
             f"Deal ends midnight {_wd(rng)}", rng.choice(["Lowest price we've seen", "Limited stock",
                                                            "Members' price", "Flash sale"]),
             f"Use code {rng.choice(['SPRING', 'HOME', 'COSY', 'SAVE'])}{rng.choice([10, 15, 20])} at checkout"]
    return glue(rng, some(rng, lines, 1, 3), 0.4)


def _t44_streaming_list(rng: random.Random, ctx: dict) -> list[str]:
    f = _fills44(rng)
    out = [rng.choice([f"New on {f['streamer']} this week", f"Coming to {f['streamer']} in {f['month']}",
                       "Leaving soon"])]
    for show in rng.sample(SHOWS44, rng.randint(2, 4)):
        out.append(rng.choice([f"{show} (series {rng.randint(1, 5)}) – {_wd(rng)}", f"{show} – {_dm(rng)}",
                               f"{show}"]))
    return out


def _t44_more_lifestyle(rng: random.Random, ctx: dict) -> list[str]:
    head = rng.choice(["You might also like", "More from Life & Style", "Trending in Food", "Read next"])
    return [head] + headlines(rng, ctx, FALLBACK44, rng.randint(2, 4))


# fortyfourth prose: lifestyle copy about other matters, and the commerce desk's boilerplate written as sentences.


def _t44_recipe_anecdote_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("My grandmother made this {dish} every Sunday in a tin so battered it had lost its handles, and I still "
         "cannot smell it in the oven without thinking of her tiny kitchen in {home}."),
        ("Last autumn, with the boiler broken and three children off school with colds, this {dish} was the only "
         "thing that got us through the week without a single complaint."),
        ("I first ate something like this on a rainy holiday in {place}, sitting in a café with steamed-up windows, "
         "and I spent the next {k} years trying to get it right at home."),
        ("If you have been following the blog for a while you will know that our oven finally gave up in {month}, so "
         "every recipe since then has been tested on a two-ring hob."),
        ("This is the dish my partner asks for on birthdays, after bad days at work and, once, after a very long "
         "drive back from a wedding that ended at 3am."),
        ("Before we get to the recipe, a quick thank you to everyone who wrote in after last week's post about my "
         "dad's allotment. Your messages honestly made our week."),
    ]
    f = _fills44(rng)
    return [_pick(rng, frames, **f) for _ in range(1 if rng.random() < 0.7 else 2)]


def _t44_recipe_notes_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("Recipe notes: you can swap the cream for crème fraîche or a thick yoghurt, but stir it in off the heat so "
         "the sauce does not split."),
        ("This keeps in an airtight container for up to {k} days, and it freezes well for a month. Defrost overnight "
         "in the fridge before reheating."),
        ("If you do not have a food processor, grate the cold butter into the flour instead. It takes longer but "
         "gives the same crumbly texture."),
        ("Oven temperatures vary, so start checking a few minutes early. The top should be golden and the middle "
         "should wobble only slightly."),
        ("To make this vegan, use a plant-based spread and swap the eggs for three tablespoons of aquafaba, the liquid "
         "from a tin of chickpeas."),
    ]
    out = [_pick(rng, frames, **_fills44(rng))]
    return [rng.choice(["Notes", "Cook's tip", "Recipe tips"])] + out if rng.random() < 0.3 else out


def _t44_headnote_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("This {dish} is cheap, filling and ready in under an hour, and most of the ingredients are probably already "
         "in your cupboard."),
        ("A proper midweek rescue: everything goes into one pan, there is barely any washing up, and the leftovers "
         "make a very good packed lunch."),
        ("Chef {name} shares the {dish} that has been on the menu at the family's {home} café since it opened, and "
         "it is much easier to make than it looks."),
        ("Feeding a family for less than £{n} is harder than ever with food prices where they are, but this {dish} "
         "comes in well under that."),
        ("Slightly sticky, deeply savoury and happy to sit in a low oven while you get on with other things, this is "
         "the dish for a cold {wd}."),
    ]
    return [_pick(rng, frames, **_fills44(rng))]


def _t44_review_verdict_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("Verdict: the {product} is not the cheapest option, but it is quiet, easy to clean and did everything we "
         "asked of it over {weeks} weeks of daily use."),
        ("Should you buy it? If you have a small flat and no space for a bigger machine, the {product} is well worth "
         "the {price} asking price."),
        ("The {product} is a solid all-rounder, but the {brand} app kept dropping its connection, which became "
         "annoying very quickly during testing."),
        ("Overall, we were impressed: the battery comfortably lasted a week of commuting, and the sound is far better "
         "than the price suggests."),
        ("Our only real complaint is the size. The {product} takes up a lot of worktop space, and it is too heavy to "
         "lift in and out of a cupboard every day."),
    ]
    return [_pick(rng, frames, **_fills44(rng))]


def _t44_affiliate_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("We independently review everything we recommend. When you buy through links on our site, we may earn a "
         "commission, which helps pay for our journalism."),
        ("Products featured here are chosen by our editors. Some links are affiliate links, which means we get a "
         "small payment if you buy, at no extra cost to you."),
        ("This article contains links to retailers such as {shop} and {shop2}. We may receive a share of the sale, "
         "but this never affects which products we include."),
        ("Our reviewers are never paid by brands to feature their products, and we return or donate samples once "
         "testing is finished."),
    ]
    return [_pick(rng, frames, **_fills44(rng))]


def _t44_how_we_test_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("We test every product in real homes for at least {weeks} weeks, using it the way you would, before we "
         "decide whether it is worth your money."),
        ("To find the best {kinds}, our team tried {n} models side by side, scoring each on performance, ease of use, "
         "noise and value for money."),
        ("Every model in this guide was timed, weighed and measured, and we checked how much electricity it used "
         "with a plug-in energy monitor."),
        ("Our tester {name} has reviewed household appliances for more than {k} years and used each of these models "
         "at home with a family of four."),
        ("We update this guide every few months as new models arrive and prices change, and we remove anything that "
         "has gone out of stock."),
    ]
    out = [_pick(rng, frames, **_fills44(rng))]
    return [rng.choice(["How we test", "Why you can trust us", "How we chose"])] + out if rng.random() < 0.35 else out


def _t44_deal_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("This deal ends at midnight on {wd}, and {shop} says stock is limited, so the price may go back up sooner "
         "than that."),
        ("Prices were correct at the time of publishing but can change quickly during sales, so check the retailer's "
         "site before you buy."),
        ("We have tracked the price of the {product} since launch, and this is the lowest it has been, about "
         "{pct}% below its usual price."),
        ("If the discount has already gone when you read this, sign up to the retailer's price alerts and you should "
         "hear when it drops again."),
    ]
    return [_pick(rng, frames, **_fills44(rng))]


def _t44_buying_advice_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("What to look for when buying {kinds}: check the running costs as well as the price tag, because cheaper "
         "models often use much more energy."),
        ("Think about where you will keep it. A bigger capacity sounds useful, but many people end up with a machine "
         "that lives in the cupboard."),
        ("Do you need the app? Smart features add to the price, and in our experience most people stop using them "
         "within a few weeks."),
        ("Look for a warranty of at least two years and check whether spare parts, such as filters and batteries, "
         "are easy to buy later."),
        ("Energy prices have made running costs more important than ever, so we worked out roughly what each model "
         "costs to use for an hour."),
    ]
    return [_pick(rng, frames, **_fills44(rng))]


def _t44_travel_anecdote_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("On our second morning in {place}, the ferry was cancelled because of high winds, so we spent the day in a "
         "harbour bar learning card games from the skipper's mother."),
        ("The walk from the village to the lighthouse takes about two hours, and for most of it we did not see "
         "another person, just goats and the occasional buzzard."),
        ("We arrived late, hungry and slightly lost, and the owner of {hotel} simply handed us a plate of bread, "
         "cheese and figs before showing us to the room."),
        ("The old town of {place} is best seen early, before the coaches arrive, when the bakeries are open and the "
         "only noise is someone sweeping a step."),
        ("It rained for three days solid, which turned out to be the perfect excuse to work our way through every "
         "café on the seafront."),
    ]
    return [_pick(rng, frames, **_fills44(rng))]


def _t44_guest_of_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("The writer was a guest of Visit {place} and {hotel}, and travelled with {airline}, which flies from {home} "
         "several times a week."),
        ("{name} travelled as a guest of {hotel}. Rooms start from £{pounds} a night, including breakfast and "
         "parking, in the low season."),
        ("This trip was arranged and paid for by the regional tourist board. Our writer chose what to include and "
         "the board did not see the piece before publication."),
        ("Travel for this article was provided by {airline}. Flights from {home} to {place} run from {month}, with "
         "fares starting at around £{n}9 one way."),
    ]
    return [_pick(rng, frames, **_fills44(rng))]


def _t44_travel_tips_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("Need to know: buses from the airport to {place} run every half hour until 10pm, and tickets must be bought "
         "from the machine before you board."),
        ("Most restaurants in the old town close on {wd}, so book ahead or plan a picnic from the covered market, "
         "which is open until lunchtime."),
        ("The best time to visit is late spring or early autumn, when the crowds thin out and hotel prices fall by "
         "as much as a third."),
        ("Bring cash for the mountain huts, as few of them take cards, and check the weather forecast before setting "
         "off on the higher paths."),
    ]
    return [_pick(rng, frames, **_fills44(rng))]


def _t44_motoring_verdict_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("The {car} is comfortable on the motorway and easy to park in town, but the touchscreen buries the heating "
         "controls three menus deep."),
        ("In a week of school runs and one long trip to see family, the {car} averaged a little under its official "
         "figure, which is better than most rivals manage."),
        ("Rear passengers get plenty of legroom, though the sloping roof means anyone over six feet will brush their "
         "head on the lining."),
        ("If you can charge at home, running costs are tiny. If you rely on public chargers, the {car}'s modest range "
         "will soon start to grate."),
        ("It is not the most exciting car to drive, but as a sensible family hatchback with a long warranty, the "
         "{car} makes a very strong case."),
    ]
    return [_pick(rng, frames, **_fills44(rng))]


def _t44_property_blurb_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("Tucked away on a quiet lane in {home}, this charming cottage has been lovingly restored by the current "
         "owners and comes with a south-facing garden and off-street parking."),
        ("On the market with {agent} for the first time in {k}0 years, this spacious family home sits within easy "
         "reach of the station and two well-regarded primary schools."),
        ("The ground floor has been opened up to create a bright kitchen and dining room, with bifold doors leading "
         "out onto a landscaped terrace."),
        ("Viewing is highly recommended to appreciate the size of the accommodation on offer, which is being sold "
         "with no onward chain."),
    ]
    return [_pick(rng, frames, **_fills44(rng))]


def _t44_horoscope_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("A conversation you have been putting off will go better than you expect this week, especially if you let "
         "the other person speak first."),
        ("Money matters need attention before the weekend. Check the small print on any agreement, and do not be "
         "rushed into a decision by someone else's deadline."),
        ("The new moon on {wd} brings fresh energy to your working life, and an offer that seemed too good to be true "
         "may turn out to be exactly that."),
        ("Someone close to you needs more support than they are letting on. A small, practical gesture will mean more "
         "than any grand plan."),
        ("Travel plans could be disrupted mid-week, so leave extra time. By {wd}, a surprise message puts a smile back "
         "on your face."),
    ]
    out = [_pick(rng, frames, **_fills44(rng))]
    sign, dates = rng.choice(SIGNS44)
    return [rng.choice([sign, sign.upper(), f"{sign} ({dates})"])] + out if rng.random() < 0.6 else out


def _t44_puzzle_hint_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("If you are stuck on today's {puzzle}, here is a gentle nudge: the answer is something you might find in a "
         "garden shed, and it has two vowels."),
        ("Yesterday's {puzzle} caught a lot of players out, with fewer than half solving it in six goes, so today's "
         "feels a little kinder by comparison."),
        ("Do not scroll any further if you want to solve today's {puzzle} on your own, because the full answer is "
         "revealed just below this paragraph."),
        ("Each day we share a few clues for {puzzle} to help keep your streak going, starting with the vaguest and "
         "ending with the answer itself."),
    ]
    return [_pick(rng, frames, **_fills44(rng))]


def _t44_watch_pick_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("{show} returns for a second series, and this time the retired detective is dragged back to the moors when a "
         "body turns up in a reservoir drained by the drought."),
        ("This gentle documentary follows a year on a hill farm, from lambing in the snow to the autumn sales, and it "
         "is quietly gripping."),
        ("Eight strangers are dropped on a remote island with a camera crew and a single bag of rice in {show}, the "
         "most ridiculous and addictive reality show of the year."),
        ("If you only watch one thing this weekend, make it {show} on {streamer}, a tense legal drama with a "
         "brilliant central performance from {name}."),
        ("Tonight's episode of {show} is the strongest yet, as the family finally confronts the debts that have "
         "been piling up since the farm shop closed."),
    ]
    return [_pick(rng, frames, **_fills44(rng))]


def _t44_advice_letter_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("My husband and I both work full-time, but after the rent and the nursery fees we have almost nothing left, "
         "and I dread every bill that lands on the mat. What can we do?"),
        ("My elderly neighbour has started asking me to do her shopping several times a week. I like her, but I am "
         "exhausted and do not know how to say no without hurting her."),
        ("Our teenage son has refused to go to school since {month}. The school says it is our responsibility, and we "
         "feel completely out of our depth."),
        ("A close friend borrowed £{pounds}0 from me last year and has not mentioned it since. Do I bring it up or "
         "write it off to keep the friendship?"),
        ("I have been offered a promotion, but it means a two-hour commute each way. My family think I should take "
         "it. I am not so sure."),
    ]
    out = [_pick(rng, frames, **_fills44(rng))]
    if rng.random() < 0.4:
        out.append(rng.choice(["Name and address withheld", f"{rng.choice(FIRST44)}, {rng.choice(HOMETOWNS44)}"]))
    return out


def _t44_advice_answer_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("{first} says: it sounds as though you have been carrying this on your own for far too long, and the first "
         "step is to tell someone you trust how you really feel."),
        ("You are not being unkind by setting limits. Try offering one fixed day a week, and suggest she asks the "
         "local council about its befriending scheme."),
        ("Start by asking the school for a meeting with the attendance officer and your son's head of year, and ask "
         "your GP about a referral for support."),
        ("Money and friendship are a difficult mix, but a calm, direct question is better than years of quiet "
         "resentment. You may find she has simply forgotten."),
        ("Before you decide, do a trial run of the commute on a wet {wd} morning. It will tell you more than any "
         "list of pros and cons."),
    ]
    return [_pick(rng, frames, **_fills44(rng))]


def _t44_style_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("This season is all about relaxed tailoring, so look for wide trousers and soft blazers that work as well "
         "on the school run as they do in the office."),
        ("A good winter coat is worth the investment. Look for a wool blend of at least 60 per cent, and check the "
         "seams are taped before you buy."),
        ("The {fashion} jumper sold out twice last year, and the new colours went on sale this morning, so move "
         "quickly if you want one."),
        ("Our fashion editor {name} has worn the same pair of boots every winter since {y}, and still thinks they "
         "are the best value in the whole wardrobe."),
    ]
    return [_pick(rng, frames, **_fills44(rng))]


def _t44_beauty_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("After {weeks} weeks of using the {beauty} serum every morning, my skin felt noticeably softer, although I "
         "did not see much difference in the dark patches."),
        ("The texture is light and sinks in quickly, and a single bottle lasted me almost three months, which makes "
         "the price easier to swallow."),
        ("Dermatologists say you do not need a ten-step routine: a gentle cleanser, a moisturiser and a daily "
         "sunscreen will do most of the work."),
        ("If you have sensitive skin, patch test any new product on the inside of your arm for {k} days before using "
         "it on your face."),
    ]
    return [_pick(rng, frames, **_fills44(rng))]


def _t44_money_tips_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("Turning your boiler's flow temperature down to around 60C could cut your gas bill by up to £{pounds} a "
         "year without making your home feel any colder."),
        ("Batch cooking on a {wd} and freezing portions saves money and time, and it stops the temptation to order "
         "a takeaway after a long day."),
        ("Supermarket own-brand products were just as good as the big names in most of our blind tastings, and "
         "swapping could save a family about £{pounds} a year."),
        ("Check whether you are on the cheapest tariff for your water and broadband. Many providers offer social "
         "tariffs to households on benefits."),
        ("Washing clothes at 30C instead of 40C uses around a third less electricity, and modern detergents work just "
         "as well at lower temperatures."),
    ]
    return [_pick(rng, frames, **_fills44(rng))]


def _t44_garden_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("This is the week to sow broad beans outdoors if the soil is not waterlogged, and to cover them with fleece "
         "if a hard frost is forecast."),
        ("Do not be in a hurry to cut back perennials. The seedheads feed birds through the winter and give insects "
         "somewhere to shelter."),
        ("With hosepipe bans already in place in some areas, it is worth fitting a water butt now, before the summer "
         "dry spell begins."),
        ("Slugs love the damp weather as much as your lettuces do, so go out with a torch after dark and pick them "
         "off by hand."),
    ]
    return [_pick(rng, frames, **_fills44(rng))]


def _t44_wellbeing_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("Doctors recommend at least 150 minutes of moderate activity a week, but even a brisk ten-minute walk after "
         "dinner can help lower blood sugar."),
        ("If you struggle to sleep, try keeping the same wake-up time every day, including weekends, and keep your "
         "phone out of the bedroom."),
        ("Many people do not realise that a persistent cough lasting more than three weeks is a reason to book an "
         "appointment with your GP."),
        ("Our columnist {name}, a pharmacist in {home}, answers your questions every {wd}. This week: are "
         "vitamin D supplements worth it?"),
    ]
    return [_pick(rng, frames, **_fills44(rng))]


def _t44_restaurant_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("The slow-roasted lamb arrived falling off the bone, with a pile of crisp potatoes that would have been "
         "worth the trip on their own."),
        ("Service was friendly but chaotic, and we waited almost forty minutes between courses on a half-empty "
         "{wd} night."),
        ("Dinner for two, with a bottle of house wine and service, came to £{pounds}, which feels fair for cooking "
         "this careful."),
        ("The room is small and noisy, the chairs are hard and you will need to book weeks ahead, but the bread "
         "alone is worth it."),
    ]
    out = [_pick(rng, frames, **_fills44(rng))]
    if rng.random() < 0.3:
        out.append(f"Food {rng.randint(5, 10)}/10 | Atmosphere {rng.randint(4, 10)}/10 | Value {rng.randint(4, 10)}/10")
    return out


def _t44_series_note_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("This recipe is part of our {month} series of cheap family dinners. You can find the rest, including "
         "“{head}”, on our food pages."),
        ("If you enjoyed this, you might like our earlier piece, “{head}”, which got more letters than anything we "
         "published last year."),
        ("Sign up to our weekly food newsletter for new recipes every {wd}, plus the best of the week's reviews and "
         "our favourite reader tips."),
        ("Next week in this column: “{head}”. Send your questions and suggestions to our lifestyle desk, and we will "
         "try to answer as many as we can."),
    ]
    return [_pick(rng, frames, head=headline(rng, ctx, FALLBACK44), **_fills44(rng))]


def _fortyfourth_templates() -> dict[str, tuple[str, Template]]:
    """Lifestyle and commerce desks: recipes, reviews and buying guides, travel, motoring, property, style, puzzles."""
    return {
        "s44_recipe_meta": ("hi", _t44_recipe_meta),
        "s44_recipe_buttons": ("h", _t44_recipe_buttons),
        "s44_recipe_ingredients": ("i", _t44_recipe_ingredients),
        "s44_recipe_method": ("it", _t44_recipe_method),
        "s44_nutrition": ("it", _t44_nutrition),
        "s44_rating_widget": ("t", _t44_rating_widget),
        "s44_spec_box": ("i", _t44_spec_box),
        "s44_pros_cons": ("it", _t44_pros_cons),
        "s44_score_box": ("hi", _t44_score_box),
        "s44_price_widget": ("hit", _t44_price_widget),
        "s44_affiliate_short": ("ht", _t44_affiliate_short),
        "s44_at_a_glance": ("hi", _t44_at_a_glance),
        "s44_travel_box": ("it", _t44_travel_box),
        "s44_hotel_card": ("it", _t44_hotel_card),
        "s44_motoring_spec": ("hit", _t44_motoring_spec),
        "s44_property_card": ("i", _t44_property_card),
        "s44_fashion_credits": ("it", _t44_fashion_credits),
        "s44_beauty_credits": ("i", _t44_beauty_credits),
        "s44_horoscope_list": ("t", _t44_horoscope_list),
        "s44_wordgame_hints": ("ht", _t44_wordgame_hints),
        "s44_crossword_clues": ("t", _t44_crossword_clues),
        "s44_answers_note": ("t", _t44_answers_note),
        "s44_watch_picks": ("it", _t44_watch_picks),
        "s44_deal_strip": ("hi", _t44_deal_strip),
        "s44_streaming_list": ("t", _t44_streaming_list),
        "s44_more_lifestyle": ("t", _t44_more_lifestyle),
        "s44_recipe_anecdote_prose": ("hi", _t44_recipe_anecdote_prose),
        "s44_recipe_notes_prose": ("it", _t44_recipe_notes_prose),
        "s44_headnote_prose": ("hi", _t44_headnote_prose),
        "s44_review_verdict_prose": ("it", _t44_review_verdict_prose),
        "s44_affiliate_prose": ("ht", _t44_affiliate_prose),
        "s44_how_we_test_prose": ("hit", _t44_how_we_test_prose),
        "s44_deal_prose": ("it", _t44_deal_prose),
        "s44_buying_advice_prose": ("i", _t44_buying_advice_prose),
        "s44_travel_anecdote_prose": ("i", _t44_travel_anecdote_prose),
        "s44_guest_of_prose": ("t", _t44_guest_of_prose),
        "s44_travel_tips_prose": ("it", _t44_travel_tips_prose),
        "s44_motoring_verdict_prose": ("i", _t44_motoring_verdict_prose),
        "s44_property_blurb_prose": ("i", _t44_property_blurb_prose),
        "s44_horoscope_prose": ("it", _t44_horoscope_prose),
        "s44_puzzle_hint_prose": ("ht", _t44_puzzle_hint_prose),
        "s44_watch_pick_prose": ("it", _t44_watch_pick_prose),
        "s44_advice_letter_prose": ("hi", _t44_advice_letter_prose),
        "s44_advice_answer_prose": ("it", _t44_advice_answer_prose),
        "s44_style_prose": ("i", _t44_style_prose),
        "s44_beauty_prose": ("i", _t44_beauty_prose),
        "s44_money_tips_prose": ("hi", _t44_money_tips_prose),
        "s44_garden_prose": ("it", _t44_garden_prose),
        "s44_wellbeing_prose": ("it", _t44_wellbeing_prose),
        "s44_restaurant_prose": ("i", _t44_restaurant_prose),
        "s44_series_note_prose": ("t", _t44_series_note_prose),
    }


BLIND17_TEMPLATES: dict[str, Callable[[], dict[str, tuple[str, Template]]]] = {
    "fortythird": _fortythird_templates,
    "fortyfourth": _fortyfourth_templates,
}
