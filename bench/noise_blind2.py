"""Two more blind noise splits ("thirteenth", "fourteenth") for the plain-text cleaner.

Why this module exists: the earlier splits have all been tuned against, so their scores no longer say how the
cleaner does on noise it has never met.  These templates were written blind, by someone who did not read the
cleaner, its rules, its tests or its output on these splits, from experience of what scrapers and exporters
really pick up.  They aim at the less common but realistic leftovers, and at noise that reads like prose.

  thirteenth  the print desk and the data desk: page furniture from e-editions and PDF exports (running heads,
              folios, jump lines, prepress slugs, letter-spaced mastheads, OCR and "(cid:N)" debris, columns
              re-flowed with hyphenated breaks), press-database records, wire-desk advisories, data boxes (league
              tables, scorecards, race results, market and currency tables, weather and tides, lottery draws),
              listings, classifieds and public notices, at-a-glance, timeline and factfile boxes, contents
              boxes, horoscopes and puzzles, corrections and disclaimers in newspaper voice.
  fourteenth  the modern web page and app, in many languages: consent dialogs of many shapes (IAB purposes,
              consent-or-pay, US privacy choices, non-English banners), accessibility controls, galleries and
              leaked alt text, live-blog furniture and sign-offs, AI-summary boxes, audio players and transcript
              labels, comment threads, reactions and ratings, affiliate boxes with prices, SEO tags and FAQ
              blocks, e-mail editions, paywall and registration walls in prose, UI strings in Latin and
              non-Latin scripts, localised time stamps, translation and syndication notes, author boxes, app,
              push and channel prompts, edition switchers, error placeholders, sponsored links, helplines.

Templates have the format of bench/clean_noise.py: name -> (positions, fn), positions a string over "h" (head,
between title and body), "i" (inline, between body paragraphs) and "t" (tail); fn(rng, ctx) returns the lines of
one block ("" is a blank line inside the block).  ctx["headlines"] holds other articles' headlines; when rendered
by bench.noise_unseen.make_noisy_glued ctx also has "title" and "paragraphs", and every template falls back
gracefully when they are missing.  No template copies body text, so word-level scoring stays valid.

    from bench.noise_blind2 import BLIND2_TEMPLATES
    from bench.noise_unseen import make_noisy_glued
    text = make_noisy_glued(article, random.Random(7), BLIND2_TEMPLATES["thirteenth"](), headlines)
"""

from __future__ import annotations

import random
import re

from bench.clean_noise import (  # noqa: F401  (BbcArticle is re-exported for callers and tests)
    AGENCIES,
    CAPTIONS,
    MONTHS,
    NAMES,
    OUTLETS,
    SECTIONS,
    TOPICS,
    WEEKDAYS,
    BbcArticle,
    Template,
)

# --- vocabulary ---------------------------------------------------------------------------------------------------
# Fills of our own, so that lines vary between articles and do not repeat the shared vocab's exact strings.

MORE_NAMES = ["Hamish Fraser", "Yuki Tanaka", "Kwabena Asante", "Ingrid Solberg", "Luca Bianchi", "Mariana Costa",
              "Callum Reid", "Deepa Nair", "Rosa Delgado", "Owen Pritchard", "Mei Lin Tan", "Brigid Kearney"]
SURNAMES = ["Hartley", "Osei", "Mackintosh", "Varga", "Lindgren", "Achterberg", "Moloney", "Papadakis", "Rahman",
            "Whitcombe", "Ferreira", "Nowak", "Quigley", "Sandoval"]
PAPERS = ["The Kestrel Valley Argus", "Tyneside Evening Star", "The Westport Sentinel", "Southern Cross Mercury",
          "The Lakeshore Tribune-Review", "Cape Midlands Standard", "The Fenland Clarion", "Border Counties Gazette"]
PLACES = ["Whitby", "Tralee", "Ballarat", "Stellenbosch", "Kilkenny", "Dundee", "Geelong", "Swansea", "Nanaimo",
          "Mysuru", "Tromso", "Wanganui", "Peterhead", "Carlow"]
STREETS = ["Station Road", "Mill Lane", "Queen's Parade", "Harbour View", "Chapel Street", "Orchard Way",
           "Victoria Terrace", "Bridge End"]
TOWN_CLUBS = ["Rovers", "Athletic", "Town", "Wanderers", "Albion", "United", "Celtic", "Harriers", "Borough"]
HORSES = ["Silver Arrow", "Quiet Harbour", "Northern Dancer Boy", "Midnight Ledger", "Copper Kettle", "Saltmarsh",
          "Kings Gambit", "Lady Of The Lake", "Rain On Tuesday", "Brass Monkey"]
INDICES = [("FTSE 100", 6000, 7800), ("FTSE 250", 15000, 21000), ("Dow Jones", 10000, 26000),
           ("Nasdaq", 2000, 8000), ("Nikkei 225", 9000, 24000), ("DAX", 6000, 13000), ("CAC 40", 3500, 5600),
           ("Hang Seng", 18000, 31000), ("ASX 200", 4200, 6300), ("Sensex", 17000, 40000)]
COMPANIES = ["Halberd Mining", "Pennine Water", "Corvid Software", "Meridian Foods", "Tessellate Homes",
             "Blackthorn Insurance", "Orbital Freight", "Vantage Retail", "Glenmore Distillers", "Quanta Pharma"]
PRODUCTS = [("Lumen Pro wireless earbuds", 39, 149), ("Kettlewick 1.7L glass kettle", 24, 69),
            ("Aerofold compact umbrella", 12, 35), ("Northpeak 20,000mAh power bank", 19, 59),
            ("Stillwater insulated bottle", 14, 32), ("Halden air fryer, 5.5 litre", 59, 149),
            ("Brisa cordless stick vacuum", 99, 329), ("Fernhill cast-iron casserole", 45, 180)]
RETAILERS = ["Amazon", "Argos", "John Lewis", "Currys", "Walmart", "Best Buy", "Target", "JB Hi-Fi", "Boots"]
CHARITIES = ["Samaritans", "Mind", "Lifeline", "Beyond Blue", "the National Domestic Abuse Helpline",
             "Citizens Advice", "Cruse Bereavement Support"]
FALLBACK_TITLES = ["Minister defends plan for new runway", "Club sacks manager after cup exit",
                   "Chipmaker profits beat forecasts", "Singer cancels tour dates"]


# --- fill helpers -------------------------------------------------------------------------------------------------


def _person(rng: random.Random) -> str:
    return rng.choice(NAMES + MORE_NAMES)


def _headline(rng: random.Random, ctx: dict) -> str:
    """Another article's headline, or a stock one when the renderer gave none."""
    return rng.choice(ctx.get("headlines") or FALLBACK_TITLES)


def _own_title(rng: random.Random, ctx: dict) -> str:
    """This article's title when the renderer passes it, else some headline (running heads repeat the title)."""
    return ctx.get("title") or _headline(rng, ctx)


def _slug(rng: random.Random, ctx: dict) -> str:
    """One long word of the title in capitals, the way print jump lines and wire slugs name a story."""
    words = [w for w in re.findall(r"[A-Za-z]+", _own_title(rng, ctx)) if len(w) > 3]
    return (max(words, key=len) if words else rng.choice(TOPICS).split()[0]).upper()


def _domain(name: str) -> str:
    """A web address for an outlet or company; the top-level domain is fixed per name so one outlet keeps one."""
    return re.sub(r"[^a-z]", "", name.lower().removeprefix("the ")) + _tld(name)


def _tld(name: str) -> str:
    return [".co.uk", ".com", ".com.au", ".ie", ".co.za", ".co.nz"][sum(map(ord, name)) % 6]


def _ymd(rng: random.Random) -> tuple[int, int, int]:
    return rng.randint(2003, 2016), rng.randint(1, 12), rng.randint(1, 28)


def _date_text(rng: random.Random) -> str:
    """A date in one of the many shapes print and web pages use."""
    y, m, d = _ymd(rng)
    wd, month = rng.choice(WEEKDAYS), MONTHS[m - 1]
    return rng.choice([f"{wd}, {month} {d}, {y}", f"{wd} {d} {month} {y}", f"{d}.{m}.{y}", f"{d:02d}/{m:02d}/{y}",
                       f"{month.upper()} {d}, {y}", f"{wd.upper()} {d} {month.upper()} {y}", f"{y}-{m:02d}-{d:02d}",
                       f"{d} {month[:3]} {y}"])


def _clock(rng: random.Random) -> str:
    return f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"


def _ampm(rng: random.Random) -> str:
    h, m = rng.randint(1, 12), rng.choice([0, 0, 15, 30, 45, rng.randint(1, 59)])
    return rng.choice([f"{h}.{m:02d}pm", f"{h}:{m:02d} p.m.", f"{h}:{m:02d}am", f"{h}{'' if not m else f'.{m:02d}'}am"])


def _page(rng: random.Random) -> str:
    return rng.choice(["A", "B", "C", "D", ""]) + str(rng.randint(2, 48))


def _phone(rng: random.Random) -> str:
    return rng.choice([f"01632 960{rng.randint(0, 999):03d}", f"020 7946 0{rng.randint(0, 999):03d}",
                       f"(555) 01{rng.randint(0, 99):02d}", f"+61 2 5550 {rng.randint(1000, 9999)}",
                       f"0800 {rng.randint(100, 999)} {rng.randint(100, 999)}"])


def _pounds(rng: random.Random, lo: int, hi: int) -> str:
    return f"{rng.choice(['£', '$', '€', 'A$'])}{rng.randint(lo, hi)}.{rng.choice(['00', '99', '49', '95'])}"


def _count(rng: random.Random, hi: int = 3000) -> str:
    n = rng.randint(2, hi)
    return f"{n:,}" if n < 1000 or rng.random() < 0.5 else f"{n / 1000:.1f}k"


def _handle(rng: random.Random) -> str:
    first, *rest = _person(rng).lower().replace("'", "").split()
    return rng.choice([first + rest[-1], first[0] + rest[-1], f"{first}_{rng.randint(1, 99)}", rest[-1] + "news"])


def _reflow(rng: random.Random, text: str, width: int) -> list[str]:
    """Text re-flowed to a narrow print column, long words hyphenated across lines as OCR of a column returns it."""
    lines, cur = [], ""
    for word in text.split():
        room = width - len(cur) - (1 if cur else 0)
        if len(word) <= room:
            cur = f"{cur} {word}".strip()
            continue
        if len(word) > 6 and room >= 4:
            cut = rng.randint(3, min(room - 1, len(word) - 3))
            lines.append(f"{cur} {word[:cut]}-".strip())
            cur = word[cut:]
        else:
            lines.append(cur)
            cur = word
    return [line for line in lines + [cur] if line]


def _ocr(rng: random.Random, line: str, rate: float = 0.04) -> str:
    """Character confusions from OCR of a scanned page (l->1, rn->m, e->c ...), applied sparsely."""
    swaps = {"l": "1", "I": "l", "e": "c", "o": "0", "S": "5", "h": "b", "m": "rn", ",": ".", "u": "ii"}
    return "".join(swaps[c] if c in swaps and rng.random() < rate else c for c in line)


# ==================================================================================================================
# thirteenth: the print desk and the data desk
# ==================================================================================================================


def _t13_running_head(rng: random.Random, ctx: dict) -> list[str]:
    """Page header of an e-edition or PDF export: page, masthead, date, section, sometimes the story's slug."""
    paper, page, date = rng.choice(PAPERS), _page(rng), _date_text(rng)
    section = rng.choice(SECTIONS + ["Second Front", "Region", "Money", "Opinion", "Arts & Life", "Obituaries"])
    return [rng.choice([f"{page} | {paper.upper()} | {date}", f"{date}    {paper}    {page}",
                        f"{section.upper()}    {page}", f"{page}  {section} — {paper}",
                        f"{paper} {date} Page {page}", f"{_slug(rng, ctx)} | {section.upper()} | {page}",
                        f"{page} {section.lower()} {date.lower()}"])]


def _t13_folio_footer(rng: random.Random, ctx: dict) -> list[str]:
    """Bottom-of-page folio: page number, web address, the paper's name, sometimes split over two lines."""
    paper = rng.choice(PAPERS)
    num = str(rng.randint(2, 64))
    shapes = [[num], [f"{num}  {paper.upper()}"], [f"www.{_domain(paper)}  •  {num}"],
              [f"{_date_text(rng).upper()}  {num}"], [num, paper], [f"— {num} —"],
              [f"Page {num} of {rng.randint(64, 96)}"]]
    return rng.choice(shapes)


def _t13_jump_out(rng: random.Random, ctx: dict) -> list[str]:
    """'Continued on Page A6' and its cousins, left where the print story broke to another page."""
    page, slug = _page(rng), _slug(rng, ctx)
    return [rng.choice([f"Continued on Page {page}", f"See {slug}, Page {page}", f"Please turn to Page {page}",
                        f"{slug} / Continued on {page}", f"Turn to page {rng.randint(2, 40)} for more",
                        "(Continued on next page)", f"► Story continues on {page}",
                        f"Please see {slug.title()} on {page}", f"CONTINUED ON {page}, COL. {rng.randint(1, 6)}"])]


def _t13_jump_in(rng: random.Random, ctx: dict) -> list[str]:
    """The other end of a jump: the continuation's label at the top of the inside page."""
    slug = _slug(rng, ctx)
    return [rng.choice(["From Page One", f"{slug}: From {_page(rng)}", "Continued from front page",
                        f"{slug} | Continued from Page 1", "From A1", f"Continued from page {rng.randint(1, 9)}",
                        f"{slug.title()}, from A1"])]


def _t13_kicker(rng: random.Random, ctx: dict) -> list[str]:
    """Column headings and section kickers that sit above a print story."""
    label = rng.choice(["REGIONAL NEWS", "SECOND FRONT", "NEWS IN FOCUS", "THE BIG STORY", "COUNTY LINES",
                        "ON THE BEAT", "COURTS & CRIME", "BUSINESS DIARY", "TALKING POINT", "WORLD AT A GLANCE",
                        "EXCLUSIVE", "SPECIAL REPORT", "INVESTIGATION: PART TWO", "NEWS ANALYSIS"])
    extra = rng.choice(["", f"By {_person(rng).upper()}", f"{rng.choice(PLACES).upper()} BUREAU",
                        f"Our {rng.choice(['Political', 'Industrial', 'Education', 'Health'])} Correspondent"])
    return [label] + ([extra] if extra else [])


def _t13_letterspaced_masthead(rng: random.Random, ctx: dict) -> list[str]:
    """A masthead or page title exported with its letter-spacing turned into real spaces."""
    paper = rng.choice(PAPERS).upper()
    spaced = "   ".join(" ".join(word) for word in paper.split())
    second = rng.choice([f"E S T .  {rng.randint(1840, 1960)}", f"No. {rng.randint(10000, 60000):,}",
                         f"{_date_text(rng).upper()}", f"P R I C E  {rng.choice(['£1.20', '90p', '$2.00', 'R12'])}"])
    return [spaced, second] if rng.random() < 0.6 else [spaced]


def _t13_edition_marker(rng: random.Random, ctx: dict) -> list[str]:
    """Edition, volume and price lines from the front page."""
    lines = [rng.choice(["LATE EDITION", "FINAL ★★", "CITY EDITION", "Late City Final", "SECOND EDITION",
                         "Weekend edition", "Early Edition — subject to change"])]
    lines += rng.sample([f"Vol. {rng.choice(['CXLII', 'LXXXVIII', 'CIV', 'XCI'])} No. {rng.randint(10000, 55000):,}",
                         f"Price {rng.choice(['£1.20', '90p', '$2.50', '€2.20', 'R14.50'])}"
                         f" ({rng.choice(['Republic of Ireland', 'Channel Islands', 'outside metro area'])}"
                         f" {rng.choice(['€1.80', '£1.40', '$3.00'])})",
                         f"{rng.randint(48, 132)} pages in {rng.randint(2, 6)} sections",
                         "Printed on 100% recycled paper"], rng.randint(1, 2))
    return lines


def _t13_prepress_slug(rng: random.Random, ctx: dict) -> list[str]:
    """InDesign/prepress slug lines that survive in PDF exports: file names, plate colours, output times."""
    y, m, d = _ymd(rng)
    code = "".join(w[0] for w in rng.choice(PAPERS).replace("The ", "").split()).upper()
    page = rng.randint(1, 48)
    return [rng.choice([f"{code}_{d:02d}{m:02d}{y % 100:02d}_{rng.choice('ABCD')}{page:02d}.indd   {page}   "
                        f"{d:02d}/{m:02d}/{y}   {_clock(rng)}",
                        f"{code} {rng.choice(['NEWS', 'SPORT', 'BIZ'])} {page:02d} :: {d:02d}-{m:02d}-{y} :: "
                        f"{_clock(rng)} :: Black Cyan Magenta Yellow",
                        f"Job: {code}{rng.randint(1000, 9999)}  Plate: {page}K  Output: {_clock(rng)}",
                        f"{code}-{y}{m:02d}{d:02d}-{page:03d}.pdf"])]


def _t13_ocr_debris(rng: random.Random, ctx: dict) -> list[str]:
    """What text extraction makes of rules, bullets, ligatures and unmapped glyphs in a PDF."""
    pool = ["(cid:3)(cid:3)(cid:127)", "■", "▪ ▪ ▪", "~ ' . ,", "I I", "————————", "ﬁ ﬂ", "\ufffd\ufffd",
            "|", "l|", "'", "•", f"{rng.randint(1, 9)} ,", "(cid:160)", "0 S)", "® ™", "_ _ _ _", "··· ···",
            f"w w w . {_domain(rng.choice(PAPERS)).replace('.', ' . ')}", "Ad", "AD", "|||| |||| ||"]
    return rng.sample(pool, rng.randint(1, 4))


def _t13_sidebar_reflow(rng: random.Random, ctx: dict) -> list[str]:
    """A neighbouring column's brief, spliced in by the extractor, with hyphenated breaks and OCR slips."""
    place, wd = rng.choice(PLACES), rng.choice(WEEKDAYS)
    story = rng.choice([
        (f"Boil-water notice in {place}", f"Residents of {place} are being asked to boil their tap water after a "
         f"routine test found traces of bacteria, the water company said on {wd}."),
        ("Charity shop milestone", f"A charity shop in {place} has raised more than £{rng.randint(12, 90)},000 "
         f"for the local hospice since opening in {rng.randint(1995, 2012)}, volunteers said."),
        ("Library hours", f"Library opening hours in {place} will change from {rng.choice(MONTHS)}, with branches "
         "closing at 5pm on weekdays and opening later on Saturday mornings."),
        ("Witness appeal", f"Police are appealing for witnesses after a parked car was damaged in "
         f"{rng.choice(STREETS)} between 10pm and midnight on {wd}. Anyone with information should contact them."),
        ("Choir concert", f"The {place} Male Voice Choir will hold its spring concert at the town hall on "
         f"{wd} {rng.randint(1, 28)} {rng.choice(MONTHS)}. Tickets cost £{rng.randint(5, 15)} on the door."),
        ("Roadworks", f"Overnight resurfacing will close a section of the {place} bypass for eleven nights, "
         "with diversions signposted through the industrial estate."),
    ])
    head, text = story
    width = rng.randint(24, 34)
    body = [_ocr(rng, line) for line in _reflow(rng, text, width)]
    return ([head.upper() if rng.random() < 0.5 else head] + body) if rng.random() < 0.8 else body


def _t13_lexis_header(rng: random.Random, ctx: dict) -> list[str]:
    """Head of a press-database export (LexisNexis/Factiva style) pasted above the text."""
    paper, (y, m, d) = rng.choice(PAPERS), _ymd(rng)
    wd = rng.choice(WEEKDAYS)
    lines = [f"{paper} ({rng.choice(['England', 'Scotland', 'Australia', 'South Africa', 'Ireland'])})",
             f"{MONTHS[m - 1]} {d}, {y} {wd}",
             rng.choice(["First Edition", "Final Edition", "National Edition", "Main"]),
             f"Copyright {y} {rng.choice(['Newsquest Media Group', 'Reach plc', 'Fairfax Media', 'Independent News'])}"
             " All Rights Reserved",
             f"Section: {rng.choice(['NEWS', 'BUSINESS', 'SPORT', 'FEATURES'])}; Pg. {rng.randint(1, 48)}",
             f"Length: {rng.randint(180, 1600)} words", f"Byline: {_person(rng)}"]
    if rng.random() < 0.5:
        lines.append(f"Dateline: {rng.choice(PLACES).upper()}")
    return lines + [rng.choice(["Body", "Body", "Highlight: " + _headline(rng, ctx)])]


def _t13_database_footer(rng: random.Random, ctx: dict) -> list[str]:
    """Tail of a press-database record: load date, document ids, word counts, 'End of Document'."""
    y, m, d = _ymd(rng)
    fields = [f"Load-Date: {MONTHS[m - 1]} {d}, {y}", "Language: ENGLISH", "Publication-Type: Newspaper",
              f"Document ID: {rng.randint(10 ** 9, 10 ** 10 - 1)}", f"Word count: {rng.randint(150, 1800)}",
              f"Source type: {rng.choice(['Newspapers', 'Wire Feeds', 'Magazines'])}",
              f"Subject: {rng.choice(TOPICS).upper()} (90%); {rng.choice(TOPICS).upper()} ({rng.randint(50, 89)}%)",
              f"Geographic: {rng.choice(PLACES).upper()}, {rng.choice(['ENGLAND', 'AUSTRALIA', 'IRELAND'])} (79%)",
              f"Graphic: Photo; {_person(rng)}", f"Document {rng.choice(['GAZ', 'ARGUS', 'STAR'])}0000"
              f"{rng.randint(10, 99)}20{rng.randint(10, 16)}{rng.choice(['e2', 'e3', 'ea'])}{rng.randint(1, 9)}"
              f"000{rng.randint(10, 99)}"]
    return rng.sample(fields, rng.randint(3, 6)) + (["End of Document"] if rng.random() < 0.6 else [])


def _t13_pdf_export_stamp(rng: random.Random, ctx: dict) -> list[str]:
    """Stamps left by e-edition readers and digital archives when a page is saved or printed."""
    paper, y = rng.choice(PAPERS), rng.randint(2003, 2016)
    return [rng.choice([
        f"Printed and distributed by PressReader  |  {_date_text(rng)}  |  Page {_page(rng)}",
        f"Copyright ({y}) {paper}. Reproduced with permission. Further reproduction prohibited.",
        f"This e-edition page was printed on {_date_text(rng)} at {_clock(rng)} for personal use only.",
        f"Downloaded from the {paper} digital archive. Licensed to a single user.",
        f"Clipped from {paper}, {_date_text(rng)}, page {rng.randint(1, 60)}",
        "Reproduced with permission of the copyright owner. Further reproduction prohibited without permission.",
        f"Powered by {rng.choice(['Tecnavia', 'PageSuite', 'Olive Software', 'NewsBank'])} | "
        f"Page {rng.randint(1, 60)}"])]


def _t13_wire_advisory(rng: random.Random, ctx: dict) -> list[str]:
    """Wire-desk furniture: story codes, editors' advisories, 'MORE', end marks."""
    slug = _slug(rng, ctx)
    agency = rng.choice(AGENCIES)
    update = rng.choice(["minister’s statement", "details from court", "closing prices", "new casualty figures"])
    syndicate = rng.choice(["Tribune Content Agency", "Andrews McMeel Syndication", "Tribune News Service"])
    options = [
        [f"BC-{rng.choice(['EU', 'US', 'AS', 'AF'])}--{slug.title()}-{rng.choice(TOPICS).split()[0]},"
         f"{rng.randint(300, 900):04d}"],
        [f"Eds: Updates with {update}, paragraphs {rng.randint(3, 9)}-{rng.randint(10, 14)}. With {agency} Photos."],
        ["(MORE)"], ["-30-"], ["ENDS"], ["###"], [f"{slug}/ (UPDATE {rng.randint(1, 5)})"],
        ["Editors' note: This story contains language some readers may find offensive."],
        [f"ADVANCE FOR RELEASE {rng.choice(WEEKDAYS).upper()} AM'S, {_date_text(rng)}"],
        [f"Distributed by {syndicate}."],
        [f"Copyright {rng.randint(2003, 2016)} {agency}. All rights reserved. This material may not be published,"
         " broadcast, rewritten or redistributed."],
    ]
    return rng.choice(options)


def _t13_in_brief(rng: random.Random, ctx: dict) -> list[str]:
    """A news-in-brief item from the same page: ordinary news prose with a dateline, the hard case."""
    place, wd = rng.choice(PLACES).upper(), rng.choice(WEEKDAYS)
    n = rng.randint(19, 87)
    items = [
        f"{place}: A {n}-year-old man has been charged with burglary after a break-in at a pharmacy on {wd}. "
        "He is due to appear before magistrates later this month.",
        f"{place}: Plans for {rng.randint(40, 400)} new homes on farmland north of the town have been approved by "
        "councillors despite objections from residents about traffic.",
        f"{place}: A lifeboat crew was called out twice in one afternoon on {wd} to help paddleboarders who had "
        "been swept out by the tide. Nobody was hurt.",
        f"{place}: The town's oldest pub, which first opened its doors in {rng.randint(1650, 1890)}, will reopen "
        f"next month under new owners after a £{rng.randint(100, 900)},000 refurbishment.",
        f"{place}: A primary school has been rated outstanding by inspectors for the first time, with the head "
        "teacher praising what she called a whole-community effort.",
    ]
    title = rng.choice(["IN BRIEF", "NEWS IN BRIEF", "BRIEFLY", "Round-up", "AROUND THE REGION"])
    return ([title] if rng.random() < 0.6 else []) + rng.sample(items, rng.randint(1, 2))


def _t13_cross_refs(rng: random.Random, ctx: dict) -> list[str]:
    """Print cross-references to other pages: '► Analysis, page 17', 'Leading article, page 28'."""
    refs = [f"► Analysis, page {rng.randint(2, 40)}", f"▶ Leading article, page {rng.randint(20, 40)}",
            f"More reports: pages {rng.randint(2, 6)}-{rng.randint(7, 11)}",
            f"Letters, page {rng.randint(20, 40)}", f"{_headline(rng, ctx)}, page {rng.randint(2, 40)}",
            f"Comment: {_person(rng)}, page {rng.randint(20, 40)}", f"Full results, {_page(rng)}",
            f"Have your say: Letters, {_page(rng)}"]
    return rng.sample(refs, rng.randint(1, 3))


def _t13_photo_credits(rng: random.Random, ctx: dict) -> list[str]:
    """Print picture credits and caption labels (ABOVE, INSET, MAIN PICTURE), in capitals or not."""
    name = _person(rng)
    shapes = [[f"Picture: {name}"], [f"PHOTO BY {name.upper()}/STAFF"],
              [f"ABOVE: {rng.choice(CAPTIONS)}", f"INSET: {_person(rng)}, who founded the group in "
                                                  f"{rng.randint(1970, 2010)}."],
              [f"MAIN PICTURE: {rng.choice(CAPTIONS)} Picture: {rng.choice(AGENCIES)}"],
              [f"{rng.choice(CAPTIONS)} (Photo: {name} / {rng.choice(PAPERS)})"],
              [f"CLOCKWISE FROM TOP LEFT: {_person(rng)}, {_person(rng)} and {_person(rng)}."],
              [f"Pictures: {name.upper()}", f"Ref: {rng.choice('ABCDEFG')}{rng.randint(100000, 999999)}"]]
    return rng.choice(shapes)


def _t13_football_table(rng: random.Random, ctx: dict) -> list[str]:
    """A league results and standings box from the sports pages."""
    towns = rng.sample(PLACES, 6)
    clubs = [f"{t} {rng.choice(TOWN_CLUBS)}" for t in towns]
    league = rng.choice(["Premier Division", "Division One North", "County League", "Senior Cup, second round",
                         "Women's Championship"])
    lines = [league.upper() if rng.random() < 0.5 else league]
    for k in range(0, rng.choice([2, 4, 6]), 2):
        hs, as_ = rng.randint(0, 4), rng.randint(0, 3)
        scorer = f" ({rng.choice(SURNAMES)} {rng.randint(3, 89)})" if hs and rng.random() < 0.6 else ""
        lines.append(f"{clubs[k]} {hs}{scorer} {clubs[k + 1]} {as_}")
    if rng.random() < 0.5:
        lines.append(f"Att: {rng.randint(300, 9000):,}")
    if rng.random() < 0.6:
        lines.append("P W D L F A Pts" if rng.random() < 0.5 else "     P  W  D  L  GD  Pts")
        pts = sorted((rng.randint(8, 40) for _ in range(4)), reverse=True)
        for pos, p in enumerate(pts, 1):
            played = rng.randint(14, 20)
            w = min(p // 3, played)
            dr = min(p - 3 * w, played - w)
            lines.append(f"{pos} {rng.choice(clubs)} {played} {w} {dr} {played - w - dr} "
                         f"{rng.randint(10, 40)} {rng.randint(8, 30)} {p}")
    return lines


def _t13_cricket_scorecard(rng: random.Random, ctx: dict) -> list[str]:
    """A cricket scorecard fragment: dismissals, extras, total, fall of wickets, bowling figures."""
    team = f"{rng.choice(PLACES)} {rng.choice(['CC', 'XI', 'Strikers', 'Heat'])}"
    lines = [f"{team.upper()} (innings)" if rng.random() < 0.5 else team]
    for _ in range(rng.randint(2, 4)):
        batter, fielder, bowler = rng.sample(SURNAMES, 3)
        how = rng.choice([f"c {fielder} b {bowler}", f"lbw b {bowler}", f"b {bowler}", f"st {fielder} b {bowler}",
                          f"run out ({fielder})", "not out"])
        lines.append(f"{rng.choice('JRTAKMS')} {batter} {how} {rng.randint(0, 112)}")
    lines.append(f"Extras (lb {rng.randint(0, 9)}, w {rng.randint(0, 12)}, nb {rng.randint(0, 4)}) "
                 f"{rng.randint(4, 25)}")
    wkts = rng.randint(3, 10)
    lines.append(f"Total ({wkts} wkts, {rng.randint(20, 50)} overs) {rng.randint(120, 360)}")
    if rng.random() < 0.6:
        falls = sorted(rng.sample(range(5, 300), min(wkts, 5)))
        lines.append("Fall: " + ", ".join(f"{k}-{v}" for k, v in enumerate(falls, 1)))
    if rng.random() < 0.6:
        lines.append(f"Bowling: {rng.choice(SURNAMES)} 10-{rng.randint(0, 3)}-{rng.randint(20, 70)}-"
                     f"{rng.randint(0, 5)}; {rng.choice(SURNAMES)} {rng.randint(5, 10)}-0-{rng.randint(20, 70)}-"
                     f"{rng.randint(0, 4)}")
    return lines


def _t13_racing_results(rng: random.Random, ctx: dict) -> list[str]:
    """Horse-racing results in the classic one-line-per-race shape, odds and all."""
    lines = [rng.choice(["RACING RESULTS", "Results", f"{rng.choice(['KEMPTON', 'NAAS', 'FLEMINGTON', 'AYR'])}"])]
    for _ in range(rng.randint(1, 3)):
        horses = rng.sample(HORSES, 3)
        odds = [f"{rng.randint(2, 20)}-{rng.choice([1, 2, 4])}" for _ in range(3)]
        odds[rng.randint(0, 2)] += " fav"
        post = f"{rng.randint(1, 8)}.{rng.choice(['00', '10', '25', '35', '40', '55'])}"
        lines.append(f"{post}: 1 {horses[0]} ({odds[0]}); 2 {horses[1]} ({odds[1]}); "
                     f"3 {horses[2]} ({odds[2]}). {rng.randint(5, 18)} ran.")
    if rng.random() < 0.4:
        lines.append(f"Placepot: £{rng.randint(10, 900)}.{rng.randint(10, 99)}. Quadpot: £{rng.randint(5, 200)}."
                     f"{rng.randint(10, 99)}.")
    return lines


def _t13_market_table(rng: random.Random, ctx: dict) -> list[str]:
    """Markets box: index levels with arrows, a currency or commodity line, a data-delay note."""
    lines = [rng.choice(["MARKETS", "Market data", "The markets at close", "CITY PRICES"])]
    for name, lo, hi in rng.sample(INDICES, rng.randint(2, 4)):
        change = rng.uniform(-2.5, 2.5)
        arrow = "▲" if change > 0 else "▼"
        lines.append(rng.choice([f"{name} {rng.uniform(lo, hi):,.2f} {arrow} {abs(change):.2f}%",
                                 f"{name}  {rng.uniform(lo, hi):,.1f}  {change:+.1f}",
                                 f"{name}\t{rng.uniform(lo, hi):,.2f}\t{change:+.2f}%"]))
    lines.append(rng.choice([f"Brent crude ${rng.uniform(30, 110):.2f}", f"Gold ${rng.randint(900, 1800):,}/oz",
                             f"£1 = ${rng.uniform(1.2, 2.0):.4f}", f"€1 = £{rng.uniform(0.7, 0.9):.4f}"]))
    if rng.random() < 0.5:
        lines.append(rng.choice(["Data delayed by at least 15 minutes.", "Prices as at close of trading.",
                                 "Source: Refinitiv. Not for trading purposes."]))
    return lines


def _t13_share_prices(rng: random.Random, ctx: dict) -> list[str]:
    """A share-price table with column headings, as exported from a print listings page."""
    lines = [rng.choice(["Company  Price  Chg  52wk hi  lo", "Stock Close +/- Yield%", "SHARE PRICES"])]
    for company in rng.sample(COMPANIES, rng.randint(3, 5)):
        price = rng.uniform(20, 900)
        lines.append(f"{company} {price:.1f} {rng.uniform(-12, 12):+.1f} {price * 1.3:.0f} {price * 0.7:.0f}")
    return lines


def _t13_tourist_rates(rng: random.Random, ctx: dict) -> list[str]:
    """Holiday money rates box, with its sponsor line."""
    pairs = [("Euro", 1.1, 1.45), ("US dollar", 1.2, 2.0), ("Australian dollar", 1.7, 2.3),
             ("South African rand", 10, 20), ("Turkish lira", 2.5, 8), ("Thai baht", 40, 55)]
    lines = [rng.choice(["TOURIST RATES", "Holiday money", "Travel money: best buy rates"])]
    lines += [f"{name} {rng.uniform(lo, hi):.4f}" for name, lo, hi in rng.sample(pairs, rng.randint(2, 4))]
    lines.append(rng.choice([f"Rates supplied by {rng.choice(COMPANIES)} Travel Money.",
                             "Rates are for guidance only and exclude commission.",
                             f"Sterling buys, as of {_date_text(rng)}"]))
    return lines


def _t13_weather_box(rng: random.Random, ctx: dict) -> list[str]:
    """Weather, sun and tide box; the forecast line reads like prose."""
    high = rng.randint(-2, 31)
    forecast = rng.choice([
        f"A cloudy start with outbreaks of rain spreading east, turning brighter later. Max {high}C.",
        f"Dry and bright for most, though a few showers may drift inland this afternoon. Highs of {high}C.",
        f"Mist and fog slow to clear, then sunny spells. Light winds. Maximum temperature {high}C "
        f"({high * 9 // 5 + 32}F).",
        f"Heavy rain at times overnight, easing by dawn. Minimum {high - 8}C.",
    ])
    extras = [f"Sunrise {rng.randint(4, 8)}:{rng.randint(10, 59)}am  Sunset {rng.randint(4, 9)}:"
              f"{rng.randint(10, 59)}pm",
              f"High water {_clock(rng)} ({rng.uniform(3, 6):.1f}m), {_clock(rng)} ({rng.uniform(3, 6):.1f}m)",
              f"Pollen count: {rng.choice(['Low', 'Moderate', 'High', 'Very high'])}",
              f"UV index: {rng.randint(1, 9)}", f"Lighting-up time: {_ampm(rng)}",
              f"Moon: {rng.choice(['New', 'First quarter', 'Full', 'Last quarter'])} {rng.randint(1, 28)}th"]
    title = rng.choice(["WEATHER", "Today's weather", f"{rng.choice(PLACES)} forecast", "Outlook"])
    return [title, forecast] + rng.sample(extras, rng.randint(1, 3))


def _t13_lottery(rng: random.Random, ctx: dict) -> list[str]:
    """Lottery draw results with bonus ball and jackpot line."""
    balls = sorted(rng.sample(range(1, 60), 6))
    lines = [f"{rng.choice(['Lotto', 'LOTTO', 'Saturday Lotto', 'Powerball'])}: {', '.join(map(str, balls))}. "
             f"Bonus: {rng.randint(1, 59)}."]
    if rng.random() < 0.6:
        lines.append(f"Thunderball: {', '.join(map(str, sorted(rng.sample(range(1, 39), 5))))}. "
                     f"Thunderball: {rng.randint(1, 14)}.")
    lines.append(rng.choice([f"Jackpot: £{rng.uniform(1, 20):.1f}m — no winner, rolls over.",
                             f"Estimated jackpot {rng.choice(['£', '$'])}{rng.randint(2, 40)}m.",
                             "Check your numbers: all results are unofficial until verified."]))
    return lines


def _t13_tv_listings(rng: random.Random, ctx: dict) -> list[str]:
    """Television and radio listings with critic's picks."""
    shows = ["Countryfile", "Gardeners' World", "University Challenge", "Newsnight", "The Archers", "Match of the Day",
             "Grand Designs", "Question Time", "Film: The Third Man (1949)", "Live Snooker"]
    channels = ["BBC One", "BBC Two", "ITV", "Channel 4", "Radio 4", "Sky Sports 1"]
    lines = [rng.choice(["TONIGHT'S TV", "What to watch", "Pick of the day", "RADIO"])]
    for _ in range(rng.randint(2, 4)):
        lines.append(f"{_ampm(rng)} {rng.choice(shows)} ({rng.choice(channels)})")
    if rng.random() < 0.5:
        lines.append(rng.choice(["Critic's choice: a gripping finale that rewards patient viewers.",
                                 "Listings may change at short notice.", "★★★★"]))
    return lines


def _t13_events_listing(rng: random.Random, ctx: dict) -> list[str]:
    """What's-on listing: dated events, venues, ticket prices, a box-office phone number."""
    lines = [rng.choice(["WHAT'S ON", "Diary dates", "Coming up", "Out and about this week"])]
    events = ["Spring craft fair", "Quiz night in aid of the air ambulance", "Jazz on the pier",
              "Family fun run (5k)", "Farmers' market", "Open gardens weekend", "Talk: the town in wartime"]
    for ev in rng.sample(events, rng.randint(2, 3)):
        lines.append(f"{rng.choice(WEEKDAYS)[:3]} {rng.randint(1, 28)} {rng.choice(MONTHS)[:3]} — {ev}, "
                     f"{rng.choice(['St Mary’s Hall', 'the Assembly Rooms', 'the Memorial Park', 'the Guildhall'])}, "
                     f"{rng.choice(['10am-4pm', '7.30pm', 'from 9am', '2pm'])}, "
                     f"{rng.choice(['free', '£5', '£8/£6 concessions', 'donations welcome'])}")
    if rng.random() < 0.6:
        lines.append(f"Tickets from the box office on {_phone(rng)}.")
    return lines


def _t13_contents_box(rng: random.Random, ctx: dict) -> list[str]:
    """Table-of-contents box with dotted leaders and page numbers, listing other stories."""
    entries = (ctx.get("headlines") or FALLBACK_TITLES)[:]
    picks = rng.sample(entries, min(len(entries), rng.randint(2, 4)))
    picks += rng.sample(["Letters", "Puzzles", "TV & Radio", "Weather", "Obituaries", "Crossword", "Sport"], 2)
    lead = rng.choice([" .......... ", " … ", "  ", " . . . . . "])
    title = rng.choice(["IN THIS ISSUE", "INSIDE", "Contents", "Inside today"])
    return [title] + [f"{p}{lead}{rng.randint(2, 64)}" for p in picks]


def _t13_at_a_glance(rng: random.Random, ctx: dict) -> list[str]:
    """A 'key points' box whose bullet points are plausible news sentences (the hard case)."""
    title = rng.choice(["AT A GLANCE", "Key points", "What we know", "The key takeaways", "THE FACTS",
                        "Need to know"])
    bullet = rng.choice(["• ", "- ", "▪ ", "✔ ", ""])
    pool = [f"The vote is expected on {rng.choice(WEEKDAYS)}.",
            f"More than {rng.randint(2, 90):,},000 people could be affected.",
            f"Talks have been going on since {rng.choice(MONTHS)}.",
            "Opposition groups say the plan does not go far enough.",
            f"The cost is estimated at £{rng.randint(2, 900)}m over {rng.randint(2, 10)} years.",
            "A final decision is not expected before the end of the year.",
            "Critics have called for an independent review.",
            f"It is the {rng.choice(['second', 'third', 'fourth'])} such case this year."]
    return [title] + [bullet + p for p in rng.sample(pool, rng.randint(2, 4))]


def _t13_timeline(rng: random.Random, ctx: dict) -> list[str]:
    """A timeline box: years or dates followed by short milestone phrases."""
    start = rng.randint(1985, 2008)
    steps = ["Plans first announced", "Public consultation opens", "Council grants permission",
             "Legal challenge lodged", "Work begins on site", "Costs revised upwards", "Project put on hold",
             "Founder steps down", "Company floats on stock market"]
    lines = [rng.choice(["TIMELINE", "How it unfolded", "Key dates", "CHRONOLOGY"])]
    year = start
    for step in rng.sample(steps, rng.randint(3, 5)):
        year += rng.randint(0, 3)
        when = f"{rng.choice(MONTHS)} {year}" if rng.random() < 0.4 else str(year)
        lines.append(f"{when}{rng.choice([' — ', ': ', ' - ', '  '])}{step}")
    return lines


def _t13_factfile(rng: random.Random, ctx: dict) -> list[str]:
    """A factfile box of label: value pairs about a company, town or person."""
    fields = [f"Founded: {rng.randint(1850, 2005)}", f"Staff: {rng.randint(20, 9000):,}",
              f"Turnover: £{rng.uniform(1, 900):.1f}m ({rng.randint(2004, 2015)})",
              f"Headquarters: {rng.choice(PLACES)}", f"Population: {rng.randint(4000, 250000):,}",
              f"Born: {rng.randint(1940, 1990)}, {rng.choice(PLACES)}", f"Chief executive: {_person(rng)}",
              f"Twinned with: {rng.choice(PLACES)}", f"Height: {rng.randint(20, 320)}m"]
    title = rng.choice(["FACTFILE", "Fact file", "IN NUMBERS", "Profile", "Vital statistics"])
    return [title] + rng.sample(fields, rng.randint(3, 5))


def _t13_chart_ocr(rng: random.Random, ctx: dict) -> list[str]:
    """Text pulled out of a chart: title, axis ticks, series numbers, source and graphic credit."""
    start = rng.randint(1998, 2008)
    values = " ".join(f"{rng.uniform(1, 12):.1f}" for _ in range(rng.randint(4, 7)))
    lines = [rng.choice([f"Unemployment rate, %, {start}-{start + 6}", "Chart: house prices, annual change %",
                         f"Passenger numbers (millions), {start}-{start + 8}", "GRAPHIC: Where the money goes"]),
             values, rng.choice(["0 2 4 6 8 10 12", f"{start} {start + 2} {start + 4} {start + 6}",
                                 "Q1 Q2 Q3 Q4", "Jan Apr Jul Oct"])]
    lines.append(rng.choice([f"Source: {rng.choice(['ONS', 'Eurostat', 'company accounts', 'Land Registry'])}",
                             f"Graphic: {_person(rng)}", "Figures seasonally adjusted"]))
    return lines


def _t13_recipe_box(rng: random.Random, ctx: dict) -> list[str]:
    """A recipe sidebar from a lifestyle page: servings, times, ingredients, a method step."""
    lines = [rng.choice(["Serves 4. Prep 15 min. Cook 40 min.", f"Serves {rng.randint(2, 8)}",
                         "Makes 12 | Takes 1 hr"])]
    ingredients = ["200g plain flour", "2 free-range eggs", "1 tbsp olive oil", "400g tin chopped tomatoes",
                   "a pinch of sea salt", "150ml double cream", "1 garlic clove, crushed", "25g unsalted butter"]
    if rng.random() < 0.6:
        lines.append("Ingredients")
    lines += rng.sample(ingredients, rng.randint(2, 4))
    lines.append(rng.choice(["1. Preheat the oven to 180C/160C fan/gas 4.",
                             "Method: Whisk the eggs and sugar until pale and doubled in volume.",
                             "Season to taste and serve with crusty bread."]))
    return lines


def _t13_horoscope(rng: random.Random, ctx: dict) -> list[str]:
    """Star signs: each one a plausible English sentence."""
    signs = [("Aries", "March 21 - April 19"), ("Taurus", "April 20 - May 20"), ("Gemini", "May 21 - June 20"),
             ("Leo", "July 23 - August 22"), ("Libra", "September 23 - October 22"),
             ("Capricorn", "December 22 - January 19"), ("Pisces", "February 19 - March 20")]
    readings = ["A conversation you have been putting off goes better than expected.",
                "Money matters need a second look before the weekend.",
                "Someone close to you has news that changes your plans.",
                "Trust your instincts at work, even if colleagues disagree.",
                "An old friend gets in touch with an offer worth considering."]
    lines = [rng.choice(["YOUR STARS", "Horoscopes", f"Stars with {_person(rng)}"])]
    for sign, dates in rng.sample(signs, rng.randint(1, 3)):
        lines.append(f"{sign.upper() if rng.random() < 0.5 else sign} ({dates}): {rng.choice(readings)}")
    return lines


def _t13_puzzles(rng: random.Random, ctx: dict) -> list[str]:
    """Puzzle-page leftovers: solutions, clues, sudoku rules."""
    clues = ["1 Ballad sung by sailors (6)", "5 Tremor felt after the shock (9)", "9 Trees found in the orchard (5)",
             "12 Cat gets a head start (4)", "3 Second-hand car sold on (4,3)"]
    return rng.choice([
        [f"Yesterday's solution: ACROSS 1 {rng.choice(['Ballad', 'Quarry', 'Tremor'])} 5 "
         f"{rng.choice(['Harbour', 'Lantern', 'Ospreys'])} DOWN 2 {rng.choice(['Anvil', 'Relic', 'Tundra'])}"],
        ["ACROSS"] + rng.sample(clues, 2),
        ["Sudoku: Fill the grid so that every row, column and 3x3 box contains the digits 1 to 9.",
         f"Difficulty: {rng.choice(['easy', 'moderate', 'fiendish'])}"],
        [f"Today's crossword answers on Page {rng.randint(20, 60)}"],
        [f"Codeword No. {rng.randint(1000, 9999)}", "Solutions tomorrow"],
    ])


def _t13_classifieds(rng: random.Random, ctx: dict) -> list[str]:
    """Small ads: for sale, wanted, situations vacant, with phone numbers and 'ono'."""
    ads = [f"FOR SALE: Oak dining table and {rng.randint(4, 8)} chairs, good condition, £{rng.randint(40, 400)} ono. "
           f"Tel {_phone(rng)}.",
           f"WANTED: Old vinyl records, any condition. Cash paid. Call {_person(rng).split()[0]} on {_phone(rng)}.",
           f"SITUATIONS VACANT: Part-time bookkeeper required, {rng.randint(12, 25)} hrs/week, "
           f"{rng.choice(PLACES)} area. CV to jobs@{_domain(rng.choice(COMPANIES))}.",
           f"Garage to let, {rng.choice(STREETS)}, £{rng.randint(40, 120)} pcm.",
           f"LOST: Ginger cat, answers to {rng.choice(['Marmalade', 'Biscuit', 'Tigger'])}, near "
           f"{rng.choice(STREETS)}. Reward."]
    return ([rng.choice(["CLASSIFIED", "Small ads", "Marketplace"])] if rng.random() < 0.5 else []) + \
        rng.sample(ads, rng.randint(1, 3))


def _t13_public_notice(rng: random.Random, ctx: dict) -> list[str]:
    """Legal and planning notices written in dense official prose."""
    council = f"{rng.choice(PLACES)} {rng.choice(['District', 'Borough', 'County', 'City'])} Council"
    return rng.choice([
        ["PUBLIC NOTICE", f"{council.upper()}", f"Town and Country Planning Act 1990. Notice is hereby given that "
         f"an application has been made for the change of use of {rng.randint(1, 90)} {rng.choice(STREETS)}. "
         f"Comments must be received within 21 days of {_date_text(rng)}."],
        [f"{council}: temporary prohibition of traffic on {rng.choice(STREETS)}. The order will come into force on "
         f"{_date_text(rng)} and remain in force for up to {rng.randint(2, 18)} months."],
        [f"Notice to creditors: all claims against the estate of {_person(rng)}, late of {rng.choice(PLACES)}, "
         f"must be submitted to the undersigned solicitors by {_date_text(rng)}."],
    ])


def _t13_family_notices(rng: random.Random, ctx: dict) -> list[str]:
    """Deaths, births and anniversaries: formal prose with names and dates."""
    sur = rng.choice(SURNAMES)
    return rng.choice([
        [f"{sur.upper()}, {rng.choice(['Margaret', 'Dennis', 'Eileen', 'Patrick'])} (née {rng.choice(SURNAMES)}). "
         f"Peacefully at home on {rng.randint(1, 28)} {rng.choice(MONTHS)}, aged {rng.randint(70, 101)}. "
         f"Funeral service at St {rng.choice(['Peter', 'Anne', 'Columba'])}'s Church, "
         f"{rng.choice(['11am', '10.30am', '2pm', '1.15pm'])}, {rng.choice(WEEKDAYS)}. "
         "Family flowers only; donations if desired to the hospice."],
        [f"{sur.upper()} — To {rng.choice(['Laura', 'Siobhan', 'Aisha'])} and {rng.choice(['Mark', 'Dev', 'Tom'])}, "
         f"a daughter, {rng.choice(['Isla', 'Grace', 'Maya'])}, born {_date_text(rng)}, weighing "
         f"{rng.randint(5, 9)}lb {rng.randint(1, 15)}oz. A sister for {rng.choice(['Jack', 'Ruby', 'Finn'])}."],
        [f"In loving memory of {_person(rng)}, who died {rng.randint(2, 30)} years ago today. "
         "Always in our thoughts."],
    ])


def _t13_print_offers(rng: random.Random, ctx: dict) -> list[str]:
    """Reader offers, home delivery and subscription asks in the paper's own voice."""
    paper = rng.choice(PAPERS)
    return [rng.choice([
        f"READER OFFER: Save £{rng.randint(5, 20)} on tickets to the {rng.choice(PLACES)} show. Call "
        f"{_phone(rng)} quoting {''.join(w[0] for w in paper.split()).upper()}{rng.randint(10, 99)}. "
        "Calls cost 7p per minute plus your phone company's access charge.",
        f"Get {paper} delivered to your door from just £{rng.uniform(1.5, 4):.2f} a week. Ask your newsagent.",
        f"Never miss an issue: subscribe to the print edition and save up to {rng.randint(20, 50)}%.",
        f"Collect {rng.randint(3, 8)} tokens from this week's papers to claim your free garden seeds. Token "
        f"{rng.randint(1, 8)} is on page {rng.randint(2, 40)}."])]


def _t13_imprint(rng: random.Random, ctx: dict) -> list[str]:
    """The imprint: publisher, printer, registration and ISSN, as on the back page."""
    paper = rng.choice(PAPERS)
    parts = [f"Published by {paper.replace('The ', '')} Ltd, {rng.randint(1, 99)} {rng.choice(STREETS)}, "
             f"{rng.choice(PLACES)}.",
             f"Printed by {rng.choice(['Trinity Mirror Printing', 'Newsprinters', 'Web Offset Ltd'])} at "
             f"{rng.choice(PLACES)}.", "Registered as a newspaper at the Post Office.",
             f"ISSN {rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}",
             f"© {paper} {rng.randint(2003, 2016)}. Member of the Independent Press Standards Organisation."]
    return rng.sample(parts, rng.randint(1, 3))


def _t13_newsdesk_contact(rng: random.Random, ctx: dict) -> list[str]:
    """Newsroom contact box, including the prose appeal for stories."""
    paper = rng.choice(PAPERS)
    return rng.sample([f"Newsdesk: {_phone(rng)} | news@{_domain(paper)}",
                       f"Advertising: {_phone(rng)}", f"Editor: {_person(rng)}",
                       "Got a story? Our reporters want to hear from you, day or night.",
                       f"Deadline for Saturday's letters is {rng.choice(['noon', '5pm'])} on Thursday."],
                      rng.randint(1, 3))


def _t13_letters_policy(rng: random.Random, ctx: dict) -> list[str]:
    """The letters page's rules, in full sentences."""
    return [rng.choice([
        f"Letters should be no longer than {rng.choice([200, 250, 300])} words and must include a full postal "
        "address and daytime telephone number, although these will not be published.",
        "We reserve the right to edit letters for length and clarity. Anonymous letters will not be considered.",
        "The views expressed on this page are not necessarily those of the newspaper.",
        f"Write to: The Editor, {rng.choice(PAPERS)}, PO Box {rng.randint(10, 999)}, {rng.choice(PLACES)}."])]


def _t13_ad_feature(rng: random.Random, ctx: dict) -> list[str]:
    """Advertisement-feature label and print ad copy that an extractor treats as text."""
    lines = [rng.choice(["ADVERTISEMENT FEATURE", "ADVERTISING FEATURE", "Promotion", "— Advertisement —"])]
    lines.append(rng.choice([
        f"Spring sale now on — up to {rng.randint(20, 60)}% off selected sofas. Visit our showroom on "
        f"{rng.choice(STREETS)}, open seven days.",
        f"Hearing tests are free at {rng.choice(COMPANIES).split()[0]} Audiology. Book today on {_phone(rng)}.",
        f"Family-run since {rng.randint(1920, 1990)}: {rng.choice(SURNAMES)} & Sons, funeral directors. "
        "Available 24 hours.",
        f"Winter breaks from £{rng.randint(49, 199)}pp including dinner, bed and breakfast. Terms apply."]))
    return lines


def _t13_corrections(rng: random.Random, ctx: dict) -> list[str]:
    """Corrections and clarifications in the print 'for the record' style, sometimes naming another story."""
    title = rng.choice(["FOR THE RECORD", "Corrections and clarifications", "Clarification",
                        "Setting the record straight"])
    body = rng.choice([
        f"In our edition of {rng.choice(WEEKDAYS)} we stated that {_person(rng)} had resigned. In fact "
        f"{rng.choice(['she', 'he'])} remains in post. We are happy to make this clear.",
        f"A report headlined \"{_headline(rng, ctx)}\" ({_page(rng)}, {_date_text(rng)}) gave the wrong figure "
        f"for the number of jobs affected. It is {rng.randint(20, 900)}, not {rng.randint(1000, 9000):,}.",
        f"A picture caption on page {rng.randint(2, 40)} misidentified {_person(rng)}. We apologise for the error.",
        f"The Readers' Editor can be contacted at readers@{_domain(rng.choice(PAPERS))} or on {_phone(rng)}."])
    return [title, body] if rng.random() < 0.7 else [body]


def _t13_print_disclaimers(rng: random.Random, ctx: dict) -> list[str]:
    """Legal, financial and medical disclaimers in print phrasing."""
    return [rng.choice([
        "The value of investments can fall as well as rise and you may get back less than you invested. "
        "Tips in this column are not personal recommendations.",
        f"{_person(rng)} owns shares in {rng.choice(COMPANIES)}. Columnists' holdings are disclosed in full on "
        f"page {rng.randint(20, 50)}.",
        "This column is for general information only and should not be relied upon as medical advice. Always "
        "consult your GP.",
        "Court reports: if a defendant named here is subsequently acquitted, we will publish that outcome on request.",
        "Prices and details were correct at the time of going to press."])]


def _thirteenth_templates() -> dict[str, tuple[str, Template]]:
    """Print-desk and data-desk noise: e-edition and PDF furniture, databases, wire desks, data boxes, listings."""
    return {
        "running_head": ("hi", _t13_running_head),
        "folio_footer": ("it", _t13_folio_footer),
        "jump_out": ("it", _t13_jump_out),
        "jump_in": ("h", _t13_jump_in),
        "kicker": ("h", _t13_kicker),
        "letterspaced_masthead": ("h", _t13_letterspaced_masthead),
        "edition_marker": ("h", _t13_edition_marker),
        "prepress_slug": ("hit", _t13_prepress_slug),
        "ocr_debris": ("hit", _t13_ocr_debris),
        "sidebar_reflow": ("it", _t13_sidebar_reflow),
        "lexis_header": ("h", _t13_lexis_header),
        "database_footer": ("t", _t13_database_footer),
        "pdf_export_stamp": ("ht", _t13_pdf_export_stamp),
        "wire_advisory": ("ht", _t13_wire_advisory),
        "in_brief": ("it", _t13_in_brief),
        "cross_refs": ("it", _t13_cross_refs),
        "photo_credits": ("hi", _t13_photo_credits),
        "football_table": ("it", _t13_football_table),
        "cricket_scorecard": ("it", _t13_cricket_scorecard),
        "racing_results": ("t", _t13_racing_results),
        "market_table": ("hit", _t13_market_table),
        "share_prices": ("it", _t13_share_prices),
        "tourist_rates": ("t", _t13_tourist_rates),
        "weather_box": ("ht", _t13_weather_box),
        "lottery": ("t", _t13_lottery),
        "tv_listings": ("t", _t13_tv_listings),
        "events_listing": ("t", _t13_events_listing),
        "contents_box": ("h", _t13_contents_box),
        "at_a_glance": ("hi", _t13_at_a_glance),
        "timeline": ("it", _t13_timeline),
        "factfile": ("it", _t13_factfile),
        "chart_ocr": ("i", _t13_chart_ocr),
        "recipe_box": ("it", _t13_recipe_box),
        "horoscope": ("t", _t13_horoscope),
        "puzzles": ("t", _t13_puzzles),
        "classifieds": ("t", _t13_classifieds),
        "public_notice": ("t", _t13_public_notice),
        "family_notices": ("t", _t13_family_notices),
        "print_offers": ("it", _t13_print_offers),
        "imprint": ("t", _t13_imprint),
        "newsdesk_contact": ("t", _t13_newsdesk_contact),
        "letters_policy": ("t", _t13_letters_policy),
        "ad_feature": ("it", _t13_ad_feature),
        "corrections": ("ht", _t13_corrections),
        "print_disclaimers": ("t", _t13_print_disclaimers),
    }


# ==================================================================================================================
# fourteenth: the modern web page and app, in many languages
# ==================================================================================================================

IAB_PURPOSES = ["Store and/or access information on a device", "Use limited data to select advertising",
                "Create profiles for personalised advertising", "Measure content performance",
                "Understand audiences through statistics or combinations of data from different sources",
                "Develop and improve services", "Use precise geolocation data", "Actively scan device characteristics"]
CONSENT_FOREIGN = [
    ("Wir und unsere Partner verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren und die "
     "Nutzung unserer Website zu analysieren.", ["Alle akzeptieren", "Ablehnen", "Einstellungen verwalten"]),
    ("Nous utilisons des cookies pour améliorer votre expérience et mesurer l'audience de notre site.",
     ["Accepter et fermer", "Continuer sans accepter", "Paramétrer mes choix"]),
    ("Utilizamos cookies propias y de terceros con fines analíticos y para mostrarte publicidad personalizada.",
     ["Aceptar todas", "Rechazar", "Configurar"]),
    ("Questo sito utilizza cookie tecnici e di profilazione, anche di terze parti.",
     ["Accetta tutti", "Rifiuta", "Personalizza"]),
    ("Wij gebruiken cookies om onze website en uw ervaring te verbeteren.", ["Akkoord", "Instellingen wijzigen"]),
    ("Utilizamos cookies para melhorar a sua experiência de navegação.", ["Aceitar todos", "Recusar", "Gerir"]),
    ("Używamy plików cookies, aby zapewnić najlepszą jakość korzystania z serwisu.", ["Akceptuję", "Ustawienia"]),
    ("Vi använder kakor för att förbättra din upplevelse.", ["Godkänn alla", "Endast nödvändiga"]),
]
READ_ALSO = ["À lire aussi", "Leia também", "Leggi anche", "Lees ook", "Czytaj także", "Läs också", "Mehr zum Thema",
             "Te puede interesar", "Baca juga:", "Citește și", "Čtěte také", "Lue myös", "Les også", "İlgili haberler",
             "اقرأ أيضاً", "Читайте также", "相关阅读", "関連記事", "यह भी पढ़ें", "Διαβάστε επίσης", "관련 기사",
             "כתבות נוספות", "อ่านเพิ่มเติม", "আরও পড়ুন", "Читайте також"]
UI_WORDS = ["Partager", "Compartilhe", "Condividi", "Delen", "Udostępnij", "Dela", "Teilen", "Bagikan", "Paylaş",
            "شارك", "Поделиться", "分享到：", "この記事をシェア", "शेयर करें", "Κοινοποίηση", "공유하기", "שתפו", "แชร์",
            "Publicité", "Anzeige", "Pubblicità", "Publicidad", "Reklama", "广告", "広告", "Werbung", "Advertentie",
            "Abonnez-vous", "Abone ol", "Подписаться", "Siga-nos", "Seguici", "Folgen Sie uns", "تابعونا",
            "责任编辑：", "무단 전재 및 재배포 금지", "ताज़ा ख़बरें", "Самое читаемое", "热门文章", "الأكثر قراءة",
            "Weiterlesen", "Lire la suite", "Leer más", "続きを読む", "Ver más", "Mostra altro"]


def _t14_consent_iab(rng: random.Random, ctx: dict) -> list[str]:
    """A TCF-style consent panel: partner count, purpose names with toggles, and its buttons."""
    partners = rng.randint(120, 1600)
    lines = [rng.choice([f"We and our {partners} partners process personal data.",
                         f"This site and {partners} third-party vendors use your data for the purposes below.",
                         "Your choices about how we and our vendors use data on this site"])]
    for purpose in rng.sample(IAB_PURPOSES, rng.randint(2, 4)):
        lines.append(purpose + rng.choice(["", "  On", "  Off", " (Legitimate interest)", " ⓘ"]))
    lines.append(rng.choice([f"Vendor list ({partners})", "View vendors", "Object to legitimate interest"]))
    lines += rng.sample(["Confirm my choices", "Accept all", "Reject all", "Save & exit", "Show purposes"], 2)
    return lines


def _t14_consent_prose(rng: random.Random, ctx: dict) -> list[str]:
    """Consent text written as ordinary sentences, in several shapes, with or without buttons."""
    outlet = rng.choice(OUTLETS)
    text = rng.choice([
        "This site uses tracking technologies. You may opt in or opt out of the use of these technologies.",
        f"{outlet} would like to use optional cookies to understand how you use the site and to show you "
        "relevant content. You can change your mind at any time.",
        "To keep reading, please let us know whether you are happy for us to use cookies for measurement "
        "and personalised advertising.",
        "Some features on this page, such as embedded video, only work when you allow functional cookies.",
        "You can withdraw your consent at any time by clicking the fingerprint icon at the bottom of the page.",
    ])
    buttons = rng.choice([["OK, got it"], ["Allow selection", "Allow all"], ["I agree", "Learn more"], [],
                          ["Decline optional cookies", "Accept"]])
    return [text] + buttons


def _t14_consent_or_pay(rng: random.Random, ctx: dict) -> list[str]:
    """Consent-or-pay walls: accept tracking, or subscribe to an ad-free plan."""
    price = f"{rng.choice(['£', '€'])}{rng.choice(['1.99', '2.99', '3.99', '4.99'])}"
    return rng.sample([
        "Choose how you want to use this site",
        f"Accept cookies and continue for free, or go ad-free for {price} a month.",
        f"Use {rng.choice(OUTLETS)} with ads and tracking",
        f"Ad-free subscription — {price}/month, cancel anytime",
        "Already have an ad-free subscription? Log in",
        "PUR-Abo: werbefrei lesen für " + price.replace("£", "€") + " im Monat",
    ], rng.randint(2, 4))


def _t14_consent_foreign(rng: random.Random, ctx: dict) -> list[str]:
    """A cookie banner in another European language, with its buttons."""
    text, buttons = rng.choice(CONSENT_FOREIGN)
    return [text] + rng.sample(buttons, rng.randint(1, len(buttons)))


def _t14_us_privacy(rng: random.Random, ctx: dict) -> list[str]:
    """US state privacy links and notices found at page foot."""
    return rng.sample(["Your Privacy Choices", "Do Not Sell or Share My Personal Information",
                       "Limit the Use of My Sensitive Personal Information",
                       "California Notice at Collection", "We honour Global Privacy Control signals.",
                       "Consumer Health Data Privacy Policy", "Ad Choices"], rng.randint(1, 3))


def _t14_accessibility(rng: random.Random, ctx: dict) -> list[str]:
    """Accessibility controls and screen-reader hints that leak into text."""
    return rng.sample(["Press Alt + 1 to switch to screen-reader mode", "Text size: A  A  A",
                       "High contrast: off", "Dyslexia-friendly font", "Use the arrow keys to move between slides.",
                       "This video has audio description available.", "Reduce motion", "Accessibility statement",
                       "Open accessibility menu", "End of carousel.", "Opens in a new window",
                       "Keyboard shortcuts: J next story, K previous story"], rng.randint(1, 3))


def _t14_gallery(rng: random.Random, ctx: dict) -> list[str]:
    """Image-gallery furniture: counters, swipe hints, navigation, credits."""
    total = rng.randint(5, 40)
    k = rng.randint(1, total)
    lines = rng.sample([f"Image {k} of {total}", f"{k}/{total}", f"View gallery ({total} photos)",
                        "Swipe for more photos", "‹ Previous image", "Next image ›", "Expand", "Close gallery",
                        f"Photo {k} of {total}: {rng.choice(CAPTIONS)}", "Fullscreen"], rng.randint(2, 3))
    if rng.random() < 0.5:
        lines.append(f"{rng.choice(['Credit', 'Photograph', 'Image'])}: {_person(rng)}/{rng.choice(AGENCIES)}")
    return lines


def _t14_alt_text(rng: random.Random, ctx: dict) -> list[str]:
    """Alt text and auto-captions that leak out of images: descriptive sentences, the hard case."""
    desc = rng.choice(["A man in a dark suit speaks at a lectern in front of a row of flags.",
                       "Two women hold placards outside a grey office building.",
                       "Aerial view of a flooded road with cars stranded.",
                       "Close-up of a smartphone screen showing a banking app.",
                       "Players in blue shirts embrace on the pitch.", "A grey building covered in scaffolding."])
    return [rng.choice([f"Image may contain: {rng.randint(1, 6)} people, people standing and outdoor",
                        f"[alt: {desc}]", f"Image description: {desc}", desc,
                        f"Photo illustration: {rng.choice(AGENCIES)}", f"{desc} {rng.choice(AGENCIES)}/Getty",
                        f"IMG_{rng.randint(1000, 9999)}.JPG"])]


def _t14_live_furniture(rng: random.Random, ctx: dict) -> list[str]:
    """Live-blog chrome: key events, pinned posts, update counters, time stamps."""
    return rng.sample(["Key events", "Show key events only", "Pinned post",
                       f"{rng.randint(2, 30)} new updates", "Auto-update: On", "Latest", "Filter BETA",
                       f"{_clock(rng)} {rng.choice(['GMT', 'BST', 'CET', 'ET'])}",
                       f"Updated {rng.randint(1, 59)} minutes ago", "Please turn on JavaScript for live updates.",
                       "Jump to latest", f"{rng.randint(2, 59)}m ago", "Live reporting by " + _person(rng)],
                      rng.randint(2, 4))


def _t14_live_signoff(rng: random.Random, ctx: dict) -> list[str]:
    """A live-blog post that reads like news prose: hand-overs, pauses, recaps."""
    name, other = _person(rng), _person(rng)
    post = rng.choice([
        f"We're pausing our live coverage here for now. Thanks for following along; {other} will be back with "
        "you from 7am.",
        f"That's all from me, {name}, for today. My colleague {other} is taking over the blog.",
        "If you're just joining us, here's a quick recap of what has happened so far this morning.",
        "We're going to close this page shortly, but you can keep up with the latest on our main story.",
        f"A quick reminder that you can get in touch with the live team with your questions about "
        f"{rng.choice(TOPICS).lower()}."])
    stamp = rng.choice([_clock(rng), f"{_clock(rng)} GMT", f"{rng.randint(1, 59)} mins ago", "Post"])
    return [stamp, post] + ([f"{name}"] if rng.random() < 0.4 else [])


def _t14_ai_summary(rng: random.Random, ctx: dict) -> list[str]:
    """AI-generated summary boxes with their disclaimers and feedback buttons."""
    head = rng.choice(["AI-generated summary", "Quick read", "Summary ✨", "Key points (AI)", "TL;DR"])
    bullets = rng.sample(["The decision follows months of negotiation.", "Officials expect further changes.",
                          "Critics say the move comes too late.", "Markets reacted calmly to the news.",
                          "More details are expected later this week."], rng.randint(1, 3))
    note = rng.choice(["This summary was produced with the help of an AI tool and checked by an editor.",
                       "Generated by AI. Read the full article for context.",
                       "AI can make mistakes. Our journalists review every summary before publication.",
                       "Was this summary helpful? 👍 👎"])
    return [head] + [f"• {b}" for b in bullets] + [note]


def _t14_audio_player(rng: random.Random, ctx: dict) -> list[str]:
    """'Listen to this article' players: durations, speeds, synthetic-voice notices."""
    mins = rng.randint(2, 14)
    return rng.sample([f"Listen to this article · {mins} min", f"0:00 / {mins}:{rng.randint(10, 59)}", "1x",
                       "1.25x", "Audio generated by an artificial voice.", f"Narrated by {_person(rng)}",
                       "Download the app to listen offline.", "▶ Play", "Listen", f"{mins} minute listen",
                       "Powered by text-to-speech. Pronunciation may vary."], rng.randint(2, 3))


def _t14_transcript(rng: random.Random, ctx: dict) -> list[str]:
    """Transcript labels and stage directions from video and podcast pages."""
    lines = rng.sample(["TRANSCRIPT", "[MUSIC PLAYING]", "(CROSSTALK)", f"[inaudible {_clock(rng)}:"
                        f"{rng.randint(10, 59)}]", "[APPLAUSE]", "SPEAKER 1:", "[BEGIN VIDEO CLIP]",
                        "[END VIDEO CLIP]", "(LAUGHTER)", "[Silence]"], rng.randint(1, 3))
    if rng.random() < 0.5:
        lines.append(rng.choice(["This transcript was automatically generated and may contain errors.",
                                 "Transcript edited for length and clarity.",
                                 "Show transcript", "Copyright © " + str(rng.randint(2010, 2016)) + " "
                                 + rng.choice(OUTLETS) + ". All rights reserved."]))
    return lines


def _t14_video_player(rng: random.Random, ctx: dict) -> list[str]:
    """Video player leftovers: watch labels with durations, autoplay, up next, errors."""
    return rng.sample([f"Watch: {_headline(rng, ctx)} ({rng.randint(0, 9)}:{rng.randint(10, 59)})",
                       "Video unavailable", "This video can not be played", "Autoplay: On", "Up next",
                       "Replay", f"Duration {rng.randint(0, 12)}:{rng.randint(10, 59)}", "Media caption",
                       "Your browser does not support the video tag.", "Sound on 🔊"], rng.randint(1, 3))


def _t14_comments(rng: random.Random, ctx: dict) -> list[str]:
    """Comment section: counts, sort bar, and a comment or two that read like ordinary sentences."""
    n = _count(rng)
    lines = rng.sample([f"💬 {n}", f"{n} comments", "Join the conversation", "Sort by: Newest | Oldest | Most liked",
                        "Comments are moderated and may take up to 24 hours to appear.", "Show more replies",
                        "Community guidelines"], rng.randint(1, 2))
    comments = ["This is exactly what I said would happen two years ago.",
                "Can anyone explain why nobody saw this coming?",
                "Great reporting, thank you for covering this properly.",
                "Same story every year and nothing ever changes.",
                "My family lives there and it is not as bad as this makes out."]
    for _ in range(rng.randint(0, 2)):
        lines += [f"{_handle(rng)} · {rng.randint(1, 23)}h", rng.choice(comments),
                  rng.choice(["Reply · Like", f"Reply  {rng.randint(1, 99)} likes", "Report"])]
    return lines


def _stars(rng: random.Random) -> str:
    full = rng.randint(2, 5)
    return "★" * full + "☆" * (5 - full)


def _t14_reactions(rng: random.Random, ctx: dict) -> list[str]:
    """Reaction and rating widgets: emoji counts, star ratings, helpfulness polls."""
    return rng.choice([
        ["How did this article make you feel?", f"😀 {rng.randint(0, 90)}  😢 {rng.randint(0, 90)}  "
                                                f"😡 {rng.randint(0, 90)}  😮 {rng.randint(0, 90)}"],
        [f"Rate this article: {_stars(rng)} ({rng.uniform(2, 5):.1f}/5 from {rng.randint(10, 900)} ratings)"],
        ["Was this article helpful?", "Yes", "No"],
        [f"👍 {_count(rng)}", f"👎 {_count(rng, 200)}"],
        ["Thanks for your feedback!"],
    ])


def _t14_affiliate_box(rng: random.Random, ctx: dict) -> list[str]:
    """Product/affiliate box: product, price, was-price, retailer buttons and the commission disclosure."""
    name, lo, hi = rng.choice(PRODUCTS)
    now = rng.randint(lo, hi)
    was = now + rng.randint(5, 60)
    cur = rng.choice(["£", "$", "€"])
    lines = [rng.choice(["Our pick", "Best overall", "Editor's choice", "Best budget buy", "Deal of the day"]), name,
             f"{cur}{now}.{rng.choice(['99', '00', '49'])} at {rng.choice(RETAILERS)}"]
    if rng.random() < 0.6:
        lines.append(f"Was {cur}{was}.99, save {round(100 * (was - now) / was)}%")
    lines.append(rng.choice(["Check price", "View deal", "Buy now", f"See all {rng.randint(2, 9)} prices"]))
    if rng.random() < 0.6:
        lines.append(rng.choice(["We may earn a commission if you buy through links on this page.",
                                 "Prices correct at time of publication. Stock may be limited.",
                                 "Our journalism is independent: retailers cannot pay to be included."]))
    return lines


def _t14_seo_tags(rng: random.Random, ctx: dict) -> list[str]:
    """SEO keyword stuffing: tag clouds, related searches, trending terms built from the title."""
    base = " ".join(re.findall(r"[A-Za-z]+", _own_title(rng, ctx).lower())[:3]) or "latest news"
    year = rng.randint(2004, 2016)
    tags = [f"{base} news", f"{base} latest", f"{base} {year}", f"{base} today", "breaking news today",
            f"{rng.choice(TOPICS).lower()} news", f"{base} live updates", "top stories"]
    label = rng.choice(["Tags:", "Related searches:", "Trending:", "Keywords:", "Topics"])
    return [f"{label} {', '.join(rng.sample(tags, rng.randint(3, 6)))}"] if rng.random() < 0.6 else \
        [label] + rng.sample(tags, rng.randint(3, 5))


def _t14_faq_block(rng: random.Random, ctx: dict) -> list[str]:
    """An SEO 'people also ask' / FAQ block: questions and short answers that look like article text."""
    title = rng.choice(["People also ask", "Frequently asked questions", "FAQs"])
    topic = rng.choice(TOPICS).lower()
    qa = [(f"When is the next decision on {topic}?", f"The next decision is due on {_date_text(rng)}."),
          (f"What does this mean for {topic}?", "Experts say the impact will depend on how quickly the rules change."),
          ("Who is affected?", f"Around {rng.randint(2, 90)},000 households are thought to be affected."),
          ("How can I find out more?", "Full guidance is published on the official website.")]
    lines = [title]
    for q, a in rng.sample(qa, rng.randint(1, 3)):
        lines += [q] + ([a] if rng.random() < 0.7 else [])
    return lines


def _t14_email_edition(rng: random.Random, ctx: dict) -> list[str]:
    """Newsletter / e-mail edition wrapper: web-view link, greeting in prose, or the unsubscribe footer."""
    outlet, wd = rng.choice(OUTLETS), rng.choice(WEEKDAYS)
    head = rng.choice([
        ["View this email in your browser", f"Good morning. Here's what you need to know on {wd}."],
        [f"This is the web version of our {rng.choice(['Morning Briefing', 'Evening Edition', 'First Thing'])} "
         "newsletter.", f"Sign up to get it in your inbox every {rng.choice(['weekday', 'Sunday', wd])}."],
        [f"Hello, and welcome to {wd}'s edition. I'm {_person(rng)}."],
    ])
    tail = rng.choice([
        ["You are receiving this email because you signed up on our website.", "Update your preferences | Unsubscribe"],
        ["Forward to a friend", "Was this forwarded to you? Sign up here.", f"© {rng.randint(2010, 2016)} {outlet}"],
        [f"Our mailing address is: {rng.randint(1, 200)} {rng.choice(STREETS)}, {rng.choice(PLACES)}",
         "Add us to your address book"],
    ])
    return rng.choice([head, tail])


def _t14_paywall_prose(rng: random.Random, ctx: dict) -> list[str]:
    """Metered and hard paywalls in prose, in English and occasionally another language."""
    used, limit = sorted(rng.sample(range(1, 11), 2))
    return rng.sample([
        f"You've read {used} of {limit} free articles this month.",
        "Already a subscriber? Log in",
        "Support independent journalism for less than the price of a coffee.",
        f"Subscribe now for {rng.choice(['£1', '$1', '€1', 'A$1'])} for your first "
        f"{rng.choice(['month', '3 months', '6 weeks'])}.",
        "This story is available exclusively to subscribers.",
        "Cet article est réservé aux abonnés.", "Dieser Artikel ist nur für Abonnenten verfügbar.",
        "Continue reading with a digital subscription.", "Unlock this article",
        f"Only {rng.randint(2, 9)} days left of our spring offer.",
    ], rng.randint(1, 3))


def _t14_registration_wall(rng: random.Random, ctx: dict) -> list[str]:
    """Registration walls: free account asks, social sign-in buttons, small print."""
    lines = [rng.choice(["Create a free account to keep reading", "Register for free to continue reading — it "
                         "only takes a minute.", "Sign in or register to read the rest of this article.",
                         "Keep reading for free"])]
    lines += rng.sample(["Continue with Google", "Continue with Apple", "Continue with Facebook", "or",
                         "Email address", "Continue", "Password (8+ characters)"], rng.randint(1, 3))
    if rng.random() < 0.6:
        lines.append("By registering you agree to our Terms of Use and acknowledge our Privacy Notice.")
    return lines


def _t14_read_also_foreign(rng: random.Random, ctx: dict) -> list[str]:
    """'Read also' links in another language, Latin or non-Latin script, pointing at another headline."""
    label = rng.choice(READ_ALSO)
    shape = rng.random()
    if shape < 0.4:
        return [f"{label}: {_headline(rng, ctx)}"]
    if shape < 0.8:
        return [label] + [f"• {h}" for h in rng.sample(ctx.get("headlines") or FALLBACK_TITLES,
                                                       min(2, len(ctx.get("headlines") or FALLBACK_TITLES)))]
    return [label]


def _t14_ui_foreign(rng: random.Random, ctx: dict) -> list[str]:
    """Share, ad, follow and more-link UI strings in other languages, alone or in a row."""
    words = rng.sample(UI_WORDS, rng.randint(1, 4))
    return [rng.choice([" | ".join(words), " ".join(words), "  ".join(words)])] if rng.random() < 0.5 else words


MONATE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
          "Dezember"]


def _t14_local_timestamp(rng: random.Random, ctx: dict) -> list[str]:
    """Publication stamps in other locales' formats and words."""
    y, m, d = _ymd(rng)
    hh, mm = rng.randint(0, 23), rng.randint(0, 59)
    return [rng.choice([f"Publié le {d:02d}/{m:02d}/{y} à {hh}h{mm:02d}",
                        f"Veröffentlicht am {d}. {MONATE[m - 1]} {y}, {hh}:{mm:02d} Uhr",
                        f"Actualizado: {d:02d}.{m:02d}.{y} – {hh}:{mm:02d} CET",
                        f"发布时间：{y}-{m:02d}-{d:02d} {hh:02d}:{mm:02d}", f"{y}年{m}月{d}日 {hh}時{mm:02d}分",
                        f"Aggiornato il {d}/{m}/{y} alle {hh}:{mm:02d}",
                        f"Обновлено {d:02d}.{m:02d}.{y}, {hh}:{mm:02d}",
                        f"Atualizado em {d}/{m}/{y} {hh}h{mm:02d}", f"{y}.{m:02d}.{d:02d} {hh:02d}:{mm:02d} 입력"])]


def _t14_translation_note(rng: random.Random, ctx: dict) -> list[str]:
    """Translation notices: human, machine, or partner-translated, sometimes with the original language's name."""
    lang = rng.choice(["Spanish", "German", "French", "Japanese", "Portuguese", "Arabic", "Korean"])
    return [rng.choice([
        f"This article was translated from {lang} by {_person(rng)}. The original can be read here.",
        f"Machine translated. Read the original ({rng.choice(['Deutsch', 'Español', 'Français', '日本語', 'العربية'])})",
        f"Originally published in {lang} by our partner {rng.choice(OUTLETS)}.",
        f"Traducido por {_person(rng)}", f"Traduit de l'anglais par {_person(rng)}",
        "Translations are provided for convenience; the English version prevails.",
        f"Read in: English | {rng.choice(['Español', 'Français', 'Deutsch'])} | "
        f"{rng.choice(['中文', 'Русский', 'हिन्दी'])}"])]


def _t14_author_box(rng: random.Random, ctx: dict) -> list[str]:
    """Author box: a bio in prose, follow buttons and article counts."""
    name = _person(rng)
    subject, verb = rng.choice([("She", "lives"), ("He", "lives"), ("They", "live")])
    topic_a, topic_b = (t.lower() for t in rng.sample(TOPICS, 2))
    bio = rng.choice([
        f"{name} is a senior correspondent covering {topic_a}. Before joining "
        f"{rng.choice(OUTLETS)} in {rng.randint(2000, 2015)} {subject.lower()} reported from "
        f"{rng.choice(PLACES)} and {rng.choice(PLACES)}.",
        f"{name} writes about {topic_a} and {topic_b}. {subject} {verb} in {rng.choice(PLACES)} with a dog called "
        f"{rng.choice(['Pepper', 'Otis', 'Juno'])}.",
        f"{name} has been a reporter for {rng.randint(3, 30)} years and previously edited the "
        f"{rng.choice(PAPERS)}."])
    extras = rng.sample([f"Follow {name}", f"{rng.randint(12, 2400)} articles", "Email the author",
                         "About the author", f"@{_handle(rng)}"], rng.randint(1, 2))
    head = [e for e in extras if e == "About the author"]
    return head + [bio] + [e for e in extras if e != "About the author"]


def _t14_syndication(rng: random.Random, ctx: dict) -> list[str]:
    """Syndication and republishing notes in their various shapes."""
    outlet = rng.choice(OUTLETS)
    return [rng.choice([
        f"This story was originally published by {outlet} and is republished here under a Creative Commons licence.",
        f"This article first appeared on {outlet}. Read the original.",
        "Republish this article", f"Content syndicated by {rng.choice(['Newsfeed Direct', 'WireRoom', 'StoryShare'])}.",
        f"This piece is part of a reporting partnership between {outlet} and {rng.choice(OUTLETS)}.",
        f"Distributed under a CC BY-ND 4.0 licence by {outlet}."])]


def _t14_app_push(rng: random.Random, ctx: dict) -> list[str]:
    """App promotion and push-notification prompts."""
    outlet = rng.choice(OUTLETS)
    return rng.choice([
        [f"{outlet} would like to send you notifications", "Not now", "Allow"],
        ["Get breaking news alerts", "Turn on"],
        ["Read this on the app", "Open in app"],
        ["Download on the App Store", "GET IT ON Google Play"],
        ["It's faster in our app — get the full experience.", "Continue in browser"],
    ])


def _t14_follow_channels(rng: random.Random, ctx: dict) -> list[str]:
    """Follow-us prompts for news aggregators and messaging channels."""
    outlet = rng.choice(OUTLETS)
    return rng.sample([f"Follow {outlet} on Google News", "Join our WhatsApp channel for daily updates",
                       "Get our stories on Telegram", f"Add {outlet} as a preferred source on Google",
                       "Follow us on Threads", f"Find us on Bluesky: @{_domain(outlet)}",
                       "Subscribe to our YouTube channel"], rng.randint(1, 2))


def _t14_archive_notice(rng: random.Random, ctx: dict) -> list[str]:
    """Age and archive warnings at the top of old articles."""
    return [rng.choice([f"This article is more than {rng.randint(2, 11)} years old",
                        "Archived content: information may be out of date.",
                        f"From the archive: {_date_text(rng)}",
                        f"This article was published {rng.randint(2, 11)} years ago and is kept for reference.",
                        "Published before our site redesign; some images may be missing."])]


def _t14_edition_switcher(rng: random.Random, ctx: dict) -> list[str]:
    """Edition and region switchers, geo-block notices."""
    return rng.choice([
        ["You are viewing the UK edition. Switch to: US | International | Australia"],
        [f"Edition: {rng.choice(['🇬🇧 UK', '🇺🇸 US', '🇦🇺 AU', '🇮🇪 IE'])} ▾"],
        ["Some content is unavailable in your region."],
        ["This content is not available in your location due to rights restrictions."],
        [f"You're reading the {rng.choice(['Asia', 'Europe', 'Africa'])} edition", "Change"],
    ])


def _t14_meta_chips(rng: random.Random, ctx: dict) -> list[str]:
    """Reading-time and tool chips under a web headline."""
    mins = rng.randint(2, 18)
    return rng.sample([f"{mins} min read", f"🕒 {mins}-minute read", f"Updated {rng.randint(1, 23)}h ago", "Save",
                       "Gift this article", "Share full article", "Font size", "A−  A+", "🔖", "Listen",
                       f"{_count(rng, 9000)} views"], rng.randint(2, 4))


def _t14_embed_fallback(rng: random.Random, ctx: dict) -> list[str]:
    """Social embeds that failed to load: the fallback text and the blocked-content notice."""
    name = _person(rng)
    return rng.choice([
        ["View this post on Instagram", f"A post shared by {name} (@{_handle(rng)})"],
        ["Load tweet", "Content from X is blocked"],
        ["This content is hosted by a third party. To view it, allow cookies from TikTok.", "Allow and continue"],
        [f"— {name} (@{_handle(rng)}) {rng.choice(MONTHS)} {rng.randint(1, 28)}, {rng.randint(2010, 2016)}"],
        ["Embedded content is not available in this format.", "Open original post ↗"],
    ])


def _t14_sponsored(rng: random.Random, ctx: dict) -> list[str]:
    """Sponsored-link widgets whose teaser lines read like headlines or sentences."""
    place = rng.choice(PLACES)
    teasers = [f"Homeowners in {place} are switching to solar — here's why",
               "Doctors surprised by this simple morning habit",
               f"The {rng.randint(5, 30)} best-rated hotels near {place} this year",
               "New rules on pension withdrawals: what you need to know",
               "This little-known card pays you back on every grocery shop"]
    lines = [rng.choice(["Promoted stories", "You may like", "Recommended by", "Paid Post", "Around the web"])]
    for t in rng.sample(teasers, rng.randint(1, 3)):
        lines += [t, rng.choice([rng.choice(COMPANIES), "Sponsored", "Learn more", ""])]
    return [line for line in lines if line]


def _t14_helpline(rng: random.Random, ctx: dict) -> list[str]:
    """Support and helpline notices appended to sensitive stories, in several phrasings."""
    org = rng.choice(CHARITIES)
    return [rng.choice([
        f"If you have been affected by the issues in this article, support is available from {org} on {_phone(rng)}.",
        f"Need to talk? {org} is free, confidential and open 24 hours a day: {_phone(rng)}.",
        f"Help and support: you can contact {org} on {_phone(rng)}, or visit their website.",
        "This article discusses self-harm. Reader discretion is advised."])]


def _t14_error_placeholders(rng: random.Random, ctx: dict) -> list[str]:
    """Broken interactive and embed placeholders: errors, loading states, JavaScript notices."""
    return rng.sample(["Something went wrong. Please try again later.", "Loading…",
                       "Sorry, this map couldn't be loaded.", "Oops! We couldn't load the comments.",
                       "Enable JavaScript to view this interactive.", "Retry", "Error 503",
                       "Interactive: see how your area compares", "Enter your postcode", "Tap a region to see results"],
                      rng.randint(1, 3))


def _t14_breaking_banner(rng: random.Random, ctx: dict) -> list[str]:
    """Breaking-news banners and developing-story notes."""
    return rng.sample(["BREAKING", "JUST IN", "DEVELOPING STORY", "This is a developing story and will be updated.",
                       "More to follow.", "Live", "● LIVE", f"Breaking: {_headline(rng, ctx)}",
                       "Refresh for the latest."], rng.randint(1, 2))


def _t14_ticker_widget(rng: random.Random, ctx: dict) -> list[str]:
    """App-style live tickers: football scores with minute marks, share prices, local weather chips."""
    towns = rng.sample(PLACES, 2)
    score = f"{towns[0]} {rng.randint(0, 4)}-{rng.randint(0, 4)} {towns[1]}"
    return rng.choice([
        [f"LIVE {rng.randint(1, 90)}'", score],
        [f"⚽ {score} (FT)", f"{rng.choice(SURNAMES)} {rng.randint(1, 90)}'"],
        [f"HT: {score}", "Follow live text commentary"],
        ["  ".join(f"{c.split()[0][:4].upper()} {rng.uniform(5, 900):.2f} {rng.choice(['▲', '▼'])}"
                   f"{rng.uniform(0, 4):.1f}%" for c in rng.sample(COMPANIES, 3))],
        [f"📍 {rng.choice(PLACES)} {rng.randint(-3, 32)}°C {rng.choice(['☁️', '☀️', '🌧', '⛅'])}",
         f"Feels like {rng.randint(-6, 30)}°"],
    ])


def _t14_podcast_promo(rng: random.Random, ctx: dict) -> list[str]:
    """Podcast promotion in prose, with invented show names."""
    show = rng.choice(["The Briefing Room", "Inside the Numbers", "Pitch Side", "Tech Weekly Unplugged"])
    return [rng.choice([
        f"Listen to the latest episode of {show} on Apple Podcasts, Spotify or wherever you get your podcasts.",
        f"You can hear more on this story in today's episode of {show}, presented by {_person(rng)}.",
        f"{show} is produced by {_person(rng)} and {_person(rng)}. Our executive producer is {_person(rng)}.",
        f"New episodes of {show} every {rng.choice(WEEKDAYS)}."])]


def _t14_tipline(rng: random.Random, ctx: dict) -> list[str]:
    """Secure tip lines and reader call-outs."""
    return [rng.choice([
        f"Have a tip? Contact us securely via Signal at +44 7700 900{rng.randint(100, 999)}.",
        "Were you affected? Share your experience using the form below. Your responses are secure.",
        f"Got a story for us? Email {_handle(rng)}@{_domain(rng.choice(OUTLETS))}.",
        "If you have information about this story, you can contact our investigations team in confidence."])]


def _t14_gift_share(rng: random.Random, ctx: dict) -> list[str]:
    """Gift-article and share menus with emoji icons."""
    return rng.sample([f"Gift articles remaining: {rng.randint(0, 10)}/10", "Subscriber exclusive", "🔗 Copy link",
                       "✉️ Email", "📌 Save for later", "🖨 Print", "Share via…", "Link copied!"], rng.randint(2, 3))


def _fourteenth_templates() -> dict[str, tuple[str, Template]]:
    """Web-page and app noise in many languages: consent, accessibility, live blogs, widgets, walls, UI strings."""
    return {
        "consent_iab": ("ht", _t14_consent_iab),
        "consent_prose": ("ht", _t14_consent_prose),
        "consent_or_pay": ("h", _t14_consent_or_pay),
        "consent_foreign": ("ht", _t14_consent_foreign),
        "us_privacy": ("t", _t14_us_privacy),
        "accessibility": ("hi", _t14_accessibility),
        "gallery": ("i", _t14_gallery),
        "alt_text": ("hi", _t14_alt_text),
        "live_furniture": ("hi", _t14_live_furniture),
        "live_signoff": ("it", _t14_live_signoff),
        "ai_summary": ("h", _t14_ai_summary),
        "audio_player": ("h", _t14_audio_player),
        "transcript": ("it", _t14_transcript),
        "video_player": ("hi", _t14_video_player),
        "comments": ("t", _t14_comments),
        "reactions": ("t", _t14_reactions),
        "affiliate_box": ("it", _t14_affiliate_box),
        "seo_tags": ("t", _t14_seo_tags),
        "faq_block": ("t", _t14_faq_block),
        "email_edition": ("ht", _t14_email_edition),
        "paywall_prose": ("hit", _t14_paywall_prose),
        "registration_wall": ("i", _t14_registration_wall),
        "read_also_foreign": ("it", _t14_read_also_foreign),
        "ui_foreign": ("hit", _t14_ui_foreign),
        "local_timestamp": ("h", _t14_local_timestamp),
        "translation_note": ("ht", _t14_translation_note),
        "author_box": ("t", _t14_author_box),
        "syndication": ("t", _t14_syndication),
        "app_push": ("ht", _t14_app_push),
        "follow_channels": ("t", _t14_follow_channels),
        "archive_notice": ("h", _t14_archive_notice),
        "edition_switcher": ("h", _t14_edition_switcher),
        "meta_chips": ("h", _t14_meta_chips),
        "embed_fallback": ("i", _t14_embed_fallback),
        "sponsored": ("it", _t14_sponsored),
        "helpline": ("t", _t14_helpline),
        "error_placeholders": ("i", _t14_error_placeholders),
        "breaking_banner": ("h", _t14_breaking_banner),
        "ticker_widget": ("hi", _t14_ticker_widget),
        "podcast_promo": ("t", _t14_podcast_promo),
        "tipline": ("t", _t14_tipline),
        "gift_share": ("ht", _t14_gift_share),
    }


BLIND2_TEMPLATES = {"thirteenth": _thirteenth_templates, "fourteenth": _fourteenth_templates}
