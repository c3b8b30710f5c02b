"""Two more blind noise splits ("twentyseventh", "twentyeighth") for the plain-text cleaner.

Why this module exists: every earlier split has been measured and then tuned against, so its score no longer says
how the cleaner does on noise it has never met.  These templates were written blind, by someone who did not read
the cleaner, its rules, its tests or its output on any split, from experience of what scrapers really pick up.
They use their own vocabulary and wordings (every outlet, person, place, club, school, hospital, platform, podcast
and scheme is invented), and a share of the templates in each split are prose: full sentences that read like
article text but are boilerplate (the hard case for a line-level cleaner).  In the first split most templates are
prose, much of it one-sentence news summaries of OTHER stories (crime, courts, weather, transport, health,
schools, local politics, sport) in the third person, 15-45 words long, so they share vocabulary with real bodies.

  twentyseventh  the prose-like furniture of ordinary general-news sites: "Editor's picks", "More on this story",
                 "Keep reading" and "In other news" boxes written as one-sentence summaries of other stories, lone
                 summary and standfirst lines, "What we know so far", "Key points" and "The essentials" boxes
                 about other stories, explainer sidebars ("What is ...?", "Who is ...?", "Why does it matter?",
                 "What happens next?", "Background"), analysis boxes, court, weather, travel and sport round-ups,
                 quote-of-the-day boxes, fact-check verdict boxes, briefing boxes, author bio paragraphs, "How we
                 reported this story", methodology and data-source notes, editorial-standards, corrections,
                 anonymity, election-balance and AI-use policy prose, reader question prompts and answered reader
                 questions, "this story is part of a series" notes and series part lists, podcast, radio and video
                 episode descriptions in prose, live-page "Key events" lists, summaries and end-of-coverage notes,
                 local-democracy-reporting and partnership funding notes, topic-hub, secure-tip, readers' letters
                 and award-shortlist prose.
  twentyeighth   layout debris from CMSs and scrapers: tables of contents (lists, glued, with hide/show toggles,
                 numbered "jump to" anchors), reading-progress strips, back-to-top and pilcrow anchors, footnote
                 markers, footnote text and footnote prose, figure, chart, table and map labels, image alt text
                 (attribute form and leaked prose), chart axis ticks, data labels, legends, "Source:" lines, chart
                 descriptions for screen readers, "Download the data" strips, embedded-post and video fallbacks of
                 invented platforms, embed-consent prose, interactive-not-supported notices and prose, lazy-load
                 placeholders and skeleton blocks, accordion and tab labels (also glued, mixed case), "Read more" /
                 "Show less" toggles, pagination of many shapes and "continue on the next page" prose, unfilled CMS
                 template variables and shortcodes, editorial placeholders (TK, lorem ipsum), raw HTML tags and
                 block-editor comments, broken HTML entities, mojibake furniture lines, markdown debris, pipe-table
                 and sortable-table debris, srcset and file-name leaks, image zoom strings, CSS/JS leaks, URL slugs,
                 UTM-tagged links, e-mail obfuscation strings and rounding / data-notes prose.

Templates have the format of bench/clean_noise.py: name -> (positions, fn), positions a string over "h" (head,
between title and body), "i" (inline, between body paragraphs) and "t" (tail); fn(rng, ctx) returns the lines of
one block ("" is a blank line inside the block).  ctx["headlines"] holds other articles' headlines (it may be empty,
hold one, or be missing); ctx may also carry "title" and "paragraphs", which these templates never use: no template
copies the article's own title or body text, so word-level scoring stays valid.  Only the rng passed in is used,
so a block is a pure function of the seed.

    from bench.noise_blind9 import BLIND9_TEMPLATES
    from bench.noise_unseen import make_noisy_glued
    text = make_noisy_glued(article, random.Random(7), BLIND9_TEMPLATES["twentyseventh"](), headlines)
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

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
from bench.noise_fills import day_month as _dm

# --- shared fills -------------------------------------------------------------------------------------------------

STOCK_HEADS9 = ["Ring road roundabout to close for six weeks of resurfacing",
                "Care home rated inadequate after inspectors find staff shortages",
                "Teenager cleared of arson after three-day trial",
                "Harbour wall repairs delayed again as costs climb",
                "Library opening hours cut under new council savings plan",
                "Police appeal after sheep found dead on moorland road",
                "Rugby club celebrates promotion after final-day win",
                "Parents protest over loss of school crossing patrol",
                "Storm leaves hundreds of homes without power overnight",
                "Market traders say rent rise will force them out"]
OUTLETS9 = [("The Fenbridge Chronicle", "fenbridgechronicle.co.uk"), ("Kestrel Valley News", "kestrelvalleynews.com"),
            ("Ambermouth Echo", "ambermouthecho.co.uk"), ("The Dunmore Observer", "dunmoreobserver.com"),
            ("Saltley Moor Standard", "saltleystandard.co.uk"), ("Orchard Coast Times", "orchardcoasttimes.com"),
            ("The Rivenhall Herald", "rivenhallherald.co.uk"), ("Greysford Today", "greysfordtoday.com")]
PLACES9 = ["Fenbridge", "Ambermouth", "Kestrel Cross", "Dunmore Leigh", "Saltley Moor", "Rivenhall", "Greysford",
           "Upper Tolland", "Wickham Staithe", "Haverleigh", "Brindle Edge", "Copperwell", "Lanterne Bay",
           "Merrow Fields", "Ashcombe Down", "Pellingham"]
GIVEN9 = ["Rosalind", "Ewan", "Priti", "Cormac", "Hollie", "Ibrahim", "Ffion", "Jude", "Lorna", "Kofi", "Saoirse",
          "Bartek", "Niamh", "Ravi", "Esme", "Callan", "Tilly", "Hamish", "Zara", "Olu", "Greta", "Alfie"]
FAMILY9 = ["Tresize", "Mulvaney", "Achterberg", "Pemberton", "Iqbal", "Rudd", "Nwachukwu", "Garside", "Kilbride",
           "Etherington", "Solberg", "Mcateer", "Adeyemi", "Harcourt", "Vella", "Bramwell", "Oyelaran", "Dacre",
           "Lindahl", "Cosgrove", "Penhaligon", "Fairbairn"]
STREETS9 = ["Tanners Lane", "Quayside Road", "Mill Race Close", "St Aldric's Way", "Hollin Bank", "Corn Exchange Street",
            "Furlong Drive", "Beacon Rise", "Kiln Yard", "Wharfside Terrace", "Lower Pennant Street", "Orchard Walk"]
ROADS9 = ["A1127", "A388", "B4410", "A6190", "A2216", "B1355", "A4039"]
COURTS9 = ["Fenbridge", "Ambermouth", "Rivenhall", "Greysford", "Dunmore"]
HOSPITALS9 = ["Fenbridge General Hospital", "Ambermouth Royal Infirmary", "St Cuthwin's Hospital",
              "Rivenhall Community Hospital", "Kestrel Valley University Hospital"]
SCHOOLS9 = ["Copperwell Primary School", "Haverleigh Academy", "St Edric's CE Junior School", "Brindle Edge High School",
            "Merrow Fields Infant School", "Greysford Park Academy", "Lanterne Bay Community College"]
CLUBS9 = ["Fenbridge Town", "Ambermouth Athletic", "Rivenhall Rovers", "Greysford United", "Saltley Moor FC",
          "Dunmore Wanderers", "Kestrel Cross Albion", "Wickham Staithe Harriers"]
LINES9 = ["Tolland Valley", "Coastway", "Kestrel", "Fenland Loop", "Saltley Branch", "Orchard"]
FORCES9 = ["Kestrel Valley Police", "Fenshire Constabulary", "Orchard Coast Police", "Greysford and Dunmore Police"]
COUNCILS9 = ["Fenbridge Borough Council", "Ambermouth City Council", "Kestrel Valley District Council",
             "Rivenhall Town Council", "Saltley Moor Council", "Orchard Coast Unitary Authority"]
WARDS9 = ["Harbourside", "Old Town", "Millfield", "Castle Hill", "Northgate", "Beckside", "Priory", "Westfields"]
REGIONS9 = ["the Kestrel Valley", "the Orchard Coast", "the Fenshire uplands", "the Tolland estuary",
            "the northern dales", "the south of the county"]
BEATS9 = ["health", "crime", "courts", "education", "transport", "local politics", "environment", "business",
          "housing", "social affairs"]
PODCASTS9 = ["The Long Shift", "Town Hall Confidential", "Tide Times", "Beyond the Cordon", "The Fenbridge Briefing",
             "Back Page Talk"]
SERIES9 = ["Left at the Kerb", "The Waiting Room", "Rising Water", "Who Runs the Harbour?", "Empty Desks",
           "Last Orders", "The Cost of Care"]
FUNDERS9 = ["the Halberd Foundation", "the Civic Journalism Fund", "the Marlowe Trust", "the Northlight Press Fund",
            "the Community News Partnership"]
PLATFORMS9 = ["Pixelgram", "Chirrup", "Threadloom", "Clipstream", "Snapreel", "Murmur"]
MAIL_DOMAINS9 = ["fenbridgechronicle.co.uk", "kestrelvalleynews.com", "ambermouthecho.co.uk", "dunmoreobserver.com",
                 "orchardcoasttimes.com", "greysfordtoday.com"]
ALNUM9 = "abcdefghijkmnpqrstuvwxyz0123456789"


def _headline(rng: random.Random, ctx: dict) -> str:
    """Another article's headline, or a stock one when the renderer gave none."""
    return rng.choice(ctx.get("headlines") or STOCK_HEADS9)


def _headlines(rng: random.Random, ctx: dict, k: int) -> list[str]:
    """Up to k distinct other headlines, topped up from the stock list when the renderer gave too few."""
    pool = list(dict.fromkeys(ctx.get("headlines") or []))
    if len(pool) < k:
        pool += [h for h in STOCK_HEADS9 if h not in pool]
    return rng.sample(pool, min(k, len(pool)))


def _some(rng: random.Random, items: list[str], lo: int, hi: int) -> list[str]:
    """A random, order-preserving selection of lo..hi items."""
    k = rng.randint(min(lo, len(items)), min(hi, len(items)))
    return [items[i] for i in sorted(rng.sample(range(len(items)), k))]


def _person(rng: random.Random) -> str:
    return rng.choice(NAMES) if rng.random() < 0.08 else f"{rng.choice(GIVEN9)} {rng.choice(FAMILY9)}"


def _place(rng: random.Random) -> str:
    return rng.choice(PLACES9)


def _two_places(rng: random.Random) -> tuple[str, str]:
    a, b = rng.sample(PLACES9, 2)
    return a, b


def _outlet(rng: random.Random) -> tuple[str, str]:
    return rng.choice(OUTLETS9)


def _date(rng: random.Random) -> str:
    y, m, d = rng.randint(2016, 2024), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice([f"{d} {MONTHS[m - 1]} {y}", f"{MONTHS[m - 1]} {d}, {y}", f"{d:02d}/{m:02d}/{y}",
                       f"{y}-{m:02d}-{d:02d}", f"{d} {MONTHS[m - 1][:3]} {y}"])


def _hm(rng: random.Random) -> str:
    return f"{rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}"


def _ord(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:70].rstrip("-")


def _code(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(ALNUM9) for _ in range(n))


def _bullet(rng: random.Random) -> str:
    return rng.choice(["• ", "- ", "* ", "▪ ", "", "– "])


def _case(rng: random.Random, s: str) -> str:
    r = rng.random()
    return s.upper() if r < 0.25 else s.lower() if r < 0.35 else s


def _glue(rng: random.Random, lines: list[str], p: float) -> list[str]:
    """With probability p, run the lines together the way a scraper drops the block's markup."""
    if len(lines) > 1 and rng.random() < p:
        return [rng.choice(["", " ", " | ", " · "]).join(lines)]
    return lines


# --- other stories in one sentence --------------------------------------------------------------------------------


def _s_crime(r: random.Random) -> str:
    place, street, age, force = _place(r), r.choice(STREETS9), r.randint(17, 64), r.choice(FORCES9)
    return r.choice([
        (f"A {age}-year-old man has been arrested on suspicion of "
         f"{r.choice(['burglary', 'arson', 'dangerous driving', 'assault', 'criminal damage'])} after "
         f"{r.choice(['a break-in at a pharmacy', 'a fire at a derelict pub', 'windows were smashed at a community centre', 'a disturbance outside a takeaway'])}"
         f" in {place} on {r.choice(WEEKDAYS)} night."),
        (f"Police investigating a spate of thefts from vans in {place} have appealed for anyone with doorbell or "
         f"dashcam footage from {street} to come forward."),
        (f"Detectives have been given more time to question a {age}-year-old woman arrested after a man was found "
         f"seriously injured at a flat in {place} in the early hours of {r.choice(WEEKDAYS)}."),
        (f"Officers seized {r.randint(40, 400)} cannabis plants and more than £{r.randint(5, 90)},000 in cash during a "
         f"raid on a disused unit in {place}, {force} said."),
        (f"A cordon remains in place on {street} in {place} after what {force} described as a targeted attack on a "
         "parked car shortly before midnight."),
        (f"{force} say a man who has been missing from {place} since {r.choice(WEEKDAYS)} was last seen near the "
         f"{r.choice(['bus station', 'marina', 'leisure centre', 'retail park'])} wearing a dark coat."),
    ])


def _s_courts(r: random.Random) -> str:
    place, court, age = _place(r), r.choice(COURTS9), r.randint(19, 71)
    return r.choice([
        (f"A former {r.choice(['bookkeeper', 'care worker', 'parish clerk', 'shop manager', 'carer'])} from {place} "
         f"who stole £{r.randint(12, 240)},000 from {r.choice(['her employer', 'his employer', 'a village charity', 'an elderly neighbour', 'a sports club'])} "
         f"has been jailed for {r.randint(2, 6)} years at {court} Crown Court."),
        (f"A driver who killed a cyclist while using a phone on the {r.choice(ROADS9)} has been banned from driving for "
         f"{r.randint(5, 12)} years and jailed for {r.randint(18, 60)} months."),
        (f"An inquest into the death of a {age}-year-old {place} woman who fell from a footbridge has been adjourned "
         "so the coroner can hear evidence from the rail operator."),
        (f"Magistrates in {court} have ordered a landlord to pay £{r.randint(3, 28)},{r.randint(100, 999)} in fines and "
         "costs after inspectors found black mould and no working smoke alarms in a rented house."),
        (f"Two brothers from {place} have denied {r.choice(['robbery', 'conspiracy to commit fraud', 'causing grievous bodily harm', 'arson with intent'])} "
         f"and will stand trial at {court} Crown Court in {r.choice(MONTHS)}, a judge ruled."),
        (f"A {age}-year-old man who admitted stalking his former partner has been given a restraining order and a "
         f"suspended sentence by a judge at {court} Crown Court."),
    ])


def _s_weather(r: random.Random) -> str:
    region, place = r.choice(REGIONS9), _place(r)
    return r.choice([
        (f"Forecasters have issued a yellow warning for {r.choice(['heavy rain', 'strong winds', 'snow and ice', 'thunderstorms'])} "
         f"across {region} from {_hm(r)} on {r.choice(WEEKDAYS)}, with up to {r.randint(20, 80)}mm expected on high ground."),
        (f"Hundreds of homes in {place} were left without power overnight after strong winds brought down trees and "
         "cables, the network operator said."),
        (f"Temperatures are expected to reach {r.randint(27, 34)}C in parts of {region} by the weekend, prompting a "
         "heat-health alert for older and vulnerable people."),
        (f"The river at {place} burst its banks for the {r.choice(['second', 'third', 'fourth'])} time this winter, "
         "flooding a car park and forcing the closure of the riverside path."),
        (f"Gritters were out on {r.randint(12, 40)} routes overnight as temperatures fell below freezing, and drivers "
         "are being warned of icy patches on untreated roads."),
    ])


def _s_transport(r: random.Random) -> str:
    a, b = _two_places(r)
    return r.choice([
        (f"Passengers on the {r.choice(LINES9)} line face {r.randint(2, 9)} weeks of disruption while engineers "
         f"replace a {r.randint(80, 160)}-year-old bridge between {a} and {b}."),
        (f"A stretch of the {r.choice(ROADS9)} near {a} was closed for several hours on {r.choice(WEEKDAYS)} after a "
         f"lorry overturned and shed its load of {r.choice(['gravel', 'timber', 'potatoes', 'paint', 'animal feed'])}."),
        (f"Bus fares in {a} will rise by {r.randint(10, 60)}p from next month, the operator has confirmed, blaming "
         "higher fuel and staffing costs."),
        (f"The ferry between {a} and {b} has been cancelled for the rest of the week because of a fault with the "
         "vessel's steering gear."),
        (f"Plans to reopen the disused railway station at {a} have moved a step closer after ministers agreed to fund "
         "a detailed business case."),
        (f"Drivers are being warned to expect delays on the {r.choice(ROADS9)} at {a} from {_dm(r)}, when overnight "
         f"closures begin for {r.choice(['resurfacing', 'drainage repairs', 'bridge inspections', 'gas main work'])}."),
    ])


def _s_health(r: random.Random) -> str:
    hosp, place = r.choice(HOSPITALS9), _place(r)
    return r.choice([
        (f"{hosp} has asked people to stay away from its emergency department unless their condition is "
         "life-threatening after one of its busiest weekends on record."),
        (f"A new community diagnostic centre in {place} will offer scans and blood tests seven days a week when it "
         f"opens in {r.choice(MONTHS)}, health bosses said."),
        (f"Health officials are urging parents in {r.choice(REGIONS9)} to check their children's vaccination records "
         f"after {r.randint(4, 30)} confirmed cases of measles."),
        (f"Patients at a GP surgery in {place} have been told they must register elsewhere after the practice "
         f"announced it would close at the end of {r.choice(MONTHS)}."),
        (f"Waiting times for routine operations at {hosp} have fallen for the {r.choice(['third', 'fourth', 'fifth', 'sixth'])} "
         "month in a row but remain well above the national target."),
        (f"Visiting has been restricted on {r.randint(2, 6)} wards at {hosp} after an outbreak of norovirus, the "
         "hospital trust said."),
    ])


def _s_schools(r: random.Random) -> str:
    school, place = r.choice(SCHOOLS9), _place(r)
    return r.choice([
        (f"Pupils at {school} have been told to learn from home until {r.choice(WEEKDAYS)} after a leaking roof forced "
         f"the closure of {r.randint(3, 11)} classrooms."),
        (f"Parents in {place} have launched a petition against plans to merge two village primary schools, saying the "
         f"nearest site would be {r.randint(3, 9)} miles away."),
        (f"{school} has been rated good by inspectors, who praised its reading programme but said attendance among "
         "some pupils was still too low."),
        (f"Teachers at {r.randint(6, 40)} schools in {r.choice(REGIONS9)} are to be balloted over industrial action in "
         "a dispute over workload and class sizes."),
        (f"A new special school for {r.randint(60, 180)} pupils with complex needs will open on the former "
         f"{r.choice(['bus depot', 'police station', 'college annexe', 'dairy'])} site in {place} in September."),
        (f"The headteacher of {school} is to step down at the end of the summer term after {r.randint(8, 22)} years "
         "in charge, governors announced."),
    ])


def _s_politics(r: random.Random) -> str:
    council, place = r.choice(COUNCILS9), _place(r)
    a = r.randint(20, 40)
    return r.choice([
        (f"Councillors in {place} have voted {a} to {r.randint(5, a - 1)} to approve a "
         f"{r.randint(2, 5)}.{r.randint(1, 9)}% rise in council tax, despite objections from opposition members."),
        (f"A by-election will be held in the {r.choice(WARDS9)} ward on {_dm(r)} after the sitting councillor stood "
         "down for health reasons."),
        (f"Plans for {r.randint(45, 600)} homes on farmland at {place} have been rejected by the planning committee, "
         "which said local roads could not cope with the extra traffic."),
        (f"The leader of {council} has survived a vote of no confidence brought by opposition groups over the "
         "handling of the town centre regeneration scheme."),
        (f"Residents have until {_dm(r)} to comment on proposals for a residents' parking zone in the streets around "
         f"{place} railway station."),
        (f"{council} says it must find £{r.randint(3, 19)}.{r.randint(1, 9)}m of savings next year and has warned "
         "that libraries and public toilets could close."),
    ])


def _s_sport(r: random.Random) -> str:
    c1, c2 = r.sample(CLUBS9, 2)
    return r.choice([
        (f"{c1} came from behind to beat {c2} {r.randint(2, 4)}-1 on {r.choice(WEEKDAYS)}, with {_person(r)} "
         f"scoring twice in the last {r.randint(8, 20)} minutes."),
        (f"{c1} have appointed {_person(r)} as their new head coach on a {r.randint(2, 3)}-year contract, a week "
         "after the previous manager left by mutual consent."),
        (f"{_person(r)} won the women's race at the {_place(r)} half marathon in a course record time, finishing more "
         f"than {r.randint(2, 5)} minutes clear of the field."),
        (f"The {_place(r)} cricket club pavilion has been badly damaged by fire weeks before the new season, and "
         "police are treating the blaze as suspicious."),
        (f"{c1}'s home match against {c2} has been postponed because of a waterlogged pitch, the club announced an "
         "hour before kick-off."),
        (f"{c2} have been fined £{r.randint(2, 15)},000 and docked {r.randint(3, 10)} points after fielding an "
         "ineligible player in three league games."),
    ])


SUMMARY_KINDS = [_s_crime, _s_courts, _s_weather, _s_transport, _s_health, _s_schools, _s_politics, _s_sport]


def _summary(rng: random.Random) -> str:
    """One news-like sentence about some other story."""
    return rng.choice(SUMMARY_KINDS)(rng)


def _summaries(rng: random.Random, k: int) -> list[str]:
    """k summaries, each from a different kind of story."""
    return [fn(rng) for fn in rng.sample(SUMMARY_KINDS, k)]


# --- twentyseventh: prose-like furniture of general-news sites ----------------------------------------------------


def _t27_editors_picks(rng: random.Random, ctx: dict) -> list[str]:
    head = rng.choice(["Editor's picks", "EDITOR'S PICKS", "Our picks", "Don't miss", "Picked for you by our editors",
                       "Also worth your time", "The editor recommends"])
    lines = [head] + [_bullet(rng) + s for s in _summaries(rng, rng.randint(2, 4))]
    if rng.random() < 0.3:
        lines.insert(1, "")
    return lines


def _t27_more_on_story(rng: random.Random, ctx: dict) -> list[str]:
    head = rng.choice(["More on this story", "MORE ON THIS STORY", "More on this", "Related stories",
                       "Read more on this", "Further coverage"])
    lines = [head]
    for h in _headlines(rng, ctx, rng.randint(1, 3)):
        lines.append(h)
        lines.append(_summary(rng))
        if rng.random() < 0.3:
            lines.append(rng.choice([f"{rng.randint(2, 23)} hours ago", _date(rng), f"{rng.randint(2, 9)} days ago"]))
    return lines


def _t27_lone_summary(rng: random.Random, ctx: dict) -> list[str]:
    s = _summary(rng)
    return [rng.choice([s, s, s, f"{rng.choice(['Also today', 'Earlier', 'Elsewhere', 'Meanwhile'])}: {s}"])]


def _t27_standfirst_pairs(rng: random.Random, ctx: dict) -> list[str]:
    lines: list[str] = []
    for h in _headlines(rng, ctx, rng.randint(1, 3)):
        kicker = rng.choice(["", "", _case(rng, rng.choice(["Courts", "Weather", "Transport", "Health", "Schools",
                                                             "Council", "Sport", "Crime"]))])
        if kicker:
            lines.append(kicker)
        lines.append(h)
        lines.append(_summary(rng))
    return lines


WWK_SCENES = [
    ("a fire at a recycling plant in {p}", [
        "Crews were called to the site shortly after {t} and found a large pile of waste well alight.",
        "About {n} residents were told to keep their windows and doors closed because of the smoke.",
        "No one was injured, but a firefighter was treated for heat exhaustion at the scene.",
        "The fire service says it could be several days before the site is fully made safe.",
        "The cause of the fire is not yet known and an investigation will begin once it is out.",
    ]),
    ("the search for a missing walker near {p}", [
        "The man, in his {d}s, set out alone on {w} morning and did not return to his car.",
        "Mountain rescue volunteers and a coastguard helicopter have been searching the area.",
        "His family have described him as an experienced walker who knew the hills well.",
        "Police have asked anyone who was on the footpaths that day to check their photos.",
        "The search was paused overnight because of low cloud and is expected to resume at first light.",
    ]),
    ("the water supply problems in {p}", [
        "About {n} homes lost their supply after a burst main on {w} evening.",
        "Bottled water stations have been set up at the leisure centre and the main supermarket car park.",
        "The water company says most customers should have their supply back by the end of the day.",
        "Households on the priority services register are having water delivered to their doors.",
        "Some customers may notice discoloured water for a short time once the supply returns.",
    ]),
    ("the closure of the {p} bypass", [
        "The road was shut in both directions after a crash involving a lorry and two cars at about {t}.",
        "Three people were taken to hospital, one of them with serious injuries.",
        "Diversions are in place through the town centre, and drivers are being told to expect long delays.",
        "Police are appealing for witnesses and for anyone with dashcam footage to get in touch.",
        "The road is expected to stay closed for several hours while collision investigators work at the scene.",
    ]),
    ("the lockdown at a secondary school in {p}", [
        "Pupils were kept in their classrooms for about {d} minutes on {w} as a precaution.",
        "Police say the alert was triggered by a report of a man acting suspiciously near the school gates.",
        "Officers searched the area and found nothing of concern, and lessons resumed as normal.",
        "Parents were sent a text message explaining what had happened and asking them not to come to the school.",
        "The headteacher thanked staff and pupils for staying calm throughout.",
    ]),
]


def _t27_what_we_know(rng: random.Random, ctx: dict) -> list[str]:
    scene, facts = rng.choice(WWK_SCENES)
    fill = {"p": _place(rng), "t": _hm(rng), "n": f"{rng.randint(15, 400) * 10:,}", "d": rng.choice([30, 40, 50, 60, 70]),
            "w": rng.choice(WEEKDAYS)}
    head = rng.choice(["What we know so far", "What we know", "WHAT WE KNOW SO FAR",
                       f"What we know about {scene.format(**fill)}", "What we know - and what we don't"])
    b = _bullet(rng)
    return [head] + [b + f.format(**fill) for f in _some(rng, facts, 3, 5)]


def _t27_key_points(rng: random.Random, ctx: dict) -> list[str]:
    head = rng.choice(["Key points", "KEY POINTS", "The essentials", "At a glance:", "Key points from another story",
                       "In short", "Three things to know"])
    pts = _summaries(rng, rng.randint(2, 4))
    if rng.random() < 0.3:
        pts = [f"{i}. {p}" for i, p in enumerate(pts, 1)]
    else:
        b = _bullet(rng)
        pts = [b + p for p in pts]
    return [head] + pts


EXPLAINERS = [
    ("a yellow weather warning", "A yellow warning means severe weather is possible and people should plan ahead "
     "and keep an eye on forecasts, though most will be able to carry on with their day as normal."),
    ("a boil-water notice", "A boil-water notice is issued when a supply may be contaminated, and tells households to "
     "bring tap water to a rolling boil and let it cool before drinking it or brushing their teeth."),
    ("a judicial review", "A judicial review is a type of court case in which a judge looks at whether a public body "
     "made a decision lawfully, rather than whether the decision itself was the right one."),
    ("a critical incident", "Hospitals declare a critical incident when they can no longer provide some of their "
     "usual services safely, which allows them to cancel planned operations and call in extra staff."),
    ("a dispersal order", "A dispersal order gives officers the power to tell people to leave a named area for up to "
     "48 hours, and anyone who refuses or returns can be arrested."),
    ("a compulsory purchase order", "A compulsory purchase order lets a council or other public body buy land or "
     "property without the owner's agreement, as long as it can show the scheme is in the public interest."),
    ("the council tax precept", "The precept is the share of each council tax bill collected on behalf of bodies such "
     "as the police, the fire service and parish councils, and it is set separately by each of them."),
    ("a low-traffic neighbourhood", "A low-traffic neighbourhood uses planters, bollards or cameras to stop drivers "
     "cutting through residential streets, while residents can still reach their homes by car."),
    ("the Kestrel Valley Growth Deal", "The Kestrel Valley Growth Deal is a ten-year funding agreement between the "
     "government and five local councils, meant to pay for new roads, housing and training schemes."),
    ("a heat-health alert", "Heat-health alerts are issued to hospitals, care homes and councils when hot weather is "
     "likely to put older people and those with long-term illnesses at risk."),
]


def _t27_explainer_what_is(rng: random.Random, ctx: dict) -> list[str]:
    subj, text = rng.choice(EXPLAINERS)
    q = rng.choice([f"What is {subj}?", f"What is {subj}?", f"Explained: What is {subj}?",
                    f"WHAT IS {subj.upper()}?", f"So what exactly is {subj}?"])
    lines = [q, text] if rng.random() < 0.8 else [f"{q} {text}"]
    if rng.random() < 0.25:
        lines.append(rng.choice(["Read our full explainer", "More explainers", "Find out more"]))
    return lines


def _t27_explainer_questions(rng: random.Random, ctx: dict) -> list[str]:
    place = _place(rng)
    qa = [("Why does it matter?", f"The decision will affect thousands of households in {place}, many of whom "
           "have already seen their bills rise sharply over the past two years."),
          ("Who decides?", "The final say rests with the full council, which is expected to vote on the proposals "
           f"at its meeting in {rng.choice(MONTHS)}."),
          ("How much will it cost?", f"Officials estimate the scheme will cost about £{rng.randint(2, 40)}m, most of "
           "it paid for by a government grant, with the rest coming from borrowing."),
          ("What do critics say?", "Opponents argue the money would be better spent on repairing existing roads and "
           "reopening the closed youth centres."),
          ("Has this happened before?", f"A similar scheme was tried in {_place(rng)} in {rng.randint(2009, 2019)} "
           "but was abandoned after two years when passenger numbers fell short of forecasts.")]
    lines: list[str] = []
    for q, a in _some(rng, qa, 1, 3):
        if rng.random() < 0.2:
            lines.append(f"{q} {a}")
        else:
            lines += [q, a]
    return lines


def _t27_who_is(rng: random.Random, ctx: dict) -> list[str]:
    name, place = _person(rng), _place(rng)
    first = name.split()[0]
    y = rng.randint(2008, 2022)
    bio = rng.choice([
        (f"{name}, {rng.randint(38, 67)}, was elected leader of {rng.choice(COUNCILS9)} in {y} after more than a "
         f"decade as a councillor for the {rng.choice(WARDS9)} ward."),
        (f"{name} has been chief executive of the hospital trust since {y}. {first} previously ran "
         f"{rng.choice(HOSPITALS9)} and began a career in the health service as a nurse."),
        (f"Born and raised in {place}, {name} joined the force as a constable in {y - 15} and was promoted to chief "
         f"constable of {rng.choice(FORCES9)} in {y}."),
        (f"{name} is a retired {rng.choice(['headteacher', 'magistrate', 'surveyor', 'engineer'])} who has led the "
         f"{place} residents' association since {y} and stood unsuccessfully for the council twice."),
    ])
    return [rng.choice([f"Who is {name}?", f"Profile: {name}", f"WHO IS {name.upper()}?", f"Who is {first}?"]), bio]


def _t27_background(rng: random.Random, ctx: dict) -> list[str]:
    place = _place(rng)
    y = rng.randint(2010, 2021)
    text = rng.choice([
        (f"Plans to redevelop the {place} harbour front were first drawn up in {y}, but the scheme stalled when the "
         "original developer went into administration."),
        (f"The {rng.choice(LINES9)} line was closed to passengers in {y - 40} and the track bed is now partly used as a "
         "cycle path, which campaigners say could be moved alongside a reopened railway."),
        (f"The hospital's maternity unit was downgraded in {y} after a review found it did not see enough births to "
         "keep specialist doctors' skills up to date."),
        (f"{rng.choice(COUNCILS9)} first declared a climate emergency in {y} and pledged to make its own buildings and "
         "vehicles carbon neutral by the end of the decade."),
    ])
    lab = rng.choice(["Background", "BACKGROUND", "Background:", "The background", "How we got here"])
    return [f"{lab} {text}"] if lab.endswith(":") else [lab, text]


AUTHOR_PRIOR = ["a news agency", "a regional evening paper", "a local radio station", "a business magazine",
                "a community newspaper", "a national broadcaster's regional newsroom"]


def _t27_author_bio(rng: random.Random, ctx: dict) -> list[str]:
    name = _person(rng)
    first = name.split()[0]
    outlet = _outlet(rng)[0]
    beat = rng.choice(BEATS9)
    y = rng.randint(2009, 2022)
    beats2 = rng.sample(BEATS9, 2)
    bio = rng.choice([
        (f"{name} is {outlet}'s {beat} correspondent. Before joining the paper in {y}, {first} worked for "
         f"{rng.choice(AUTHOR_PRIOR)} and has reported on {beats2[0]} and {beats2[1]} across {rng.choice(REGIONS9)}."),
        (f"{name} has covered {beat} for {outlet} since {y}. {first} grew up in {_place(rng)}, studied at "
         f"{rng.choice(['the University of Fenbridge', 'Ambermouth College', 'Kestrel Valley University'])} and "
         "was previously a trainee reporter on a weekly title."),
        (f"{name} is a senior reporter at {outlet}, specialising in {beat}. {first}'s reporting on "
         f"{rng.choice(['hospital waiting lists', 'school transport', 'unsafe rented homes', 'river pollution'])} "
         f"was shortlisted for a regional press award in {y + 1}."),
    ])
    lines = [bio]
    if rng.random() < 0.35:
        lines.insert(0, rng.choice(["About the author", "ABOUT THE AUTHOR", "About the reporter", name]))
    return lines


def _t27_author_bio_short(rng: random.Random, ctx: dict) -> list[str]:
    name = _person(rng)
    return [rng.choice([
        f"{name} is a freelance journalist based in {_place(rng)} who writes about {rng.choice(BEATS9)} and "
        f"{rng.choice(BEATS9)}.",
        f"{name} is {_outlet(rng)[0]}'s {rng.choice(BEATS9)} reporter and can be reached through the newsdesk.",
        f"{name} reports on {rng.choice(BEATS9)} for {_outlet(rng)[0]} as part of its community news team.",
        f"{name} is a trainee reporter on the {rng.choice(['news', 'features', 'sport', 'digital'])} desk and joined "
        f"{_outlet(rng)[0]} this year.",
    ])]


def _t27_how_we_reported(rng: random.Random, ctx: dict) -> list[str]:
    n, docs = rng.randint(12, 60), rng.randint(80, 900)
    text = rng.choice([
        (f"This article is based on interviews with {n} current and former staff, patients and relatives, and on "
         f"more than {docs} pages of documents obtained under freedom of information law."),
        (f"Our reporters spent {rng.randint(3, 10)} months reviewing court records, planning files and company accounts, "
         "and gave everyone named in this story the opportunity to respond before publication."),
        (f"Some of the people who spoke to us did so on condition of anonymity because they feared losing their jobs. "
         f"We have seen documents that support their accounts."),
        (f"The figures in this story come from data released by {rng.randint(9, 40)} councils in response to our "
         "requests. Councils that did not reply in time are not included."),
    ])
    head = rng.choice(["How we reported this story", "HOW WE REPORTED THIS", "About this investigation",
                       "How we did it", "Behind the story"])
    return [head, text] if rng.random() < 0.75 else [f"{head}: {text}"]


def _t27_methodology(rng: random.Random, ctx: dict) -> list[str]:
    text = rng.choice([
        ("Rates per 100,000 people were calculated using the latest mid-year population estimates for each area, "
         "and areas with fewer than ten cases have been left out to protect privacy."),
        (f"We analysed {rng.randint(2, 12)},{rng.randint(100, 999)} inspection reports published between "
         f"{rng.randint(2015, 2019)} and {rng.randint(2021, 2024)}, counting only full inspections rather than "
         "short monitoring visits."),
        ("Journey times were measured at the same time each weekday over four weeks, using timetabled departures "
         "rather than live running information."),
        ("House prices are based on completed sales registered by the end of the quarter and are not adjusted for "
         "the type or size of property."),
        ("Figures for the most recent year are provisional and may be revised when the final data is published "
         "later in the year."),
    ])
    head = rng.choice(["Methodology", "Methodology:", "About the data", "How we analysed the data", "Data notes",
                       "NOTE ON METHODOLOGY"])
    return [f"{head} {text}"] if head.endswith(":") else [head, text]


def _t27_data_sources(rng: random.Random, ctx: dict) -> list[str]:
    srcs = _some(rng, ["Kestrel Valley Health Board", "Fenshire Constabulary crime data",
                       f"{rng.choice(COUNCILS9)} planning register", "Orchard Coast Water",
                       "the regional schools census", "Land Registry-style price-paid records"], 1, 3)
    lines = [rng.choice(["Sources: ", "Source: ", "Data: ", "SOURCES: "]) + "; ".join(srcs)]
    if rng.random() < 0.6:
        lines.append(rng.choice(["Note: figures are rounded", "Analysis: data team",
                                 f"Data correct as of {_date(rng)}", "Figures may not sum due to rounding",
                                 f"Research by {_person(rng)}"]))
    return _glue(rng, lines, 0.3)


def _t27_trust_standards(rng: random.Random, ctx: dict) -> list[str]:
    o = _outlet(rng)[0]
    text = rng.choice([
        (f"{o} is committed to fair, accurate and independent reporting. Our journalists follow a code of practice, "
         "and we publish how we are owned, funded and regulated so readers can judge our work for themselves."),
        ("Our reporters check facts with more than one source wherever possible, separate news from opinion, and "
         "tell readers when a story relies on information that we have not been able to verify."),
        (f"Like every title in the group, {o} is regulated by an independent press standards body. If you believe "
         "we have broken its code, you can complain to us first and then to the regulator."),
        ("We never pay for stories about crime, and we do not let advertisers or sponsors see or change our journalism "
         "before it is published."),
    ])
    head = rng.choice(["Our editorial standards", "Why you can trust us", "Trust and transparency", "Our promise",
                       "", "Editorial values"])
    return [head, text] if head else [text]


def _t27_corrections_policy(rng: random.Random, ctx: dict) -> list[str]:
    o, dom = _outlet(rng)
    return [rng.choice([
        (f"{o} aims to correct mistakes quickly and openly. Significant corrections are noted at the foot of the "
         "article concerned and listed on our corrections page."),
        (f"If you think we have got something wrong, please email corrections@{dom} with a link to the article and "
         "an explanation of the error."),
        ("Minor spelling and grammar errors are corrected without a note. Where a change alters the meaning of a "
         "story, we say what was changed and when."),
        (f"Complaints about accuracy are handled by our readers' editor, who aims to reply within {rng.randint(5, 10)} "
         "working days and publishes a summary of rulings each quarter."),
    ])]


def _t27_anonymity_note(rng: random.Random, ctx: dict) -> list[str]:
    o = _outlet(rng)[0]
    return [rng.choice([
        f"Some names in this article have been changed to protect the identities of those involved.",
        (f"{o} has agreed not to name the woman, who was a child at the time, because she fears she would be "
         "identified in the small community where she still lives."),
        ("The patients quoted in this story asked us not to use their full names. Their identities are known to "
         "the newsroom."),
        (f"We have withheld the name of the school at the request of parents, and because naming it could identify "
         f"the pupils involved."),
        (f"Names marked with an asterisk have been changed.*"),
    ])]


def _t27_ask_question(rng: random.Random, ctx: dict) -> list[str]:
    topic = rng.choice(["the new parking charges", "the bin collection changes", "the school admissions shake-up",
                        "the rail timetable changes", "the rise in council tax", "the flood defence plans",
                        "the hospital car park fees"])
    lines = [rng.choice([
        f"Do you have a question about {topic}? Our reporters will try to answer as many as possible.",
        f"Have you got questions about {topic}? Send them to us and we will put them to the people in charge.",
        f"What do you want to know about {topic}? Use the form below to get in touch.",
        f"We want to hear from you. Tell us how {topic} will affect you and your family.",
    ])]
    if rng.random() < 0.5:
        lines.append(rng.choice(["In some cases your question will be published, displaying your name and "
                                 "location as you provide it, unless you state otherwise.",
                                 "Your contact details will never be published.", "Submit your question",
                                 "Read the terms of use and privacy notice."]))
    return lines


def _t27_questions_answered(rng: random.Random, ctx: dict) -> list[str]:
    pairs = [
        ("Will my bin day change?", "Most households will keep the same day, but about a fifth will move. Letters "
         "are being sent to affected homes."),
        ("Can I still use my old bus pass?", "Yes. Existing passes remain valid until their printed expiry date, "
         "after which they will be replaced automatically."),
        ("Who pays if my road floods again?", "Homeowners should speak to their insurer first. The council says "
         "grants are available for flood-resistance work on eligible properties."),
        ("When will the new school open?", "The council expects the building to be finished in the summer, with the "
         "first pupils starting in September."),
        ("Do I need to book a hospital parking space?", "No. Spaces are allocated on arrival, but blue badge holders "
         "are asked to use the bays nearest the main entrance."),
    ]
    lines = [rng.choice(["Your questions answered", "YOU ASKED, WE ANSWERED", "Readers' questions", "Your questions"])]
    for q, a in _some(rng, pairs, 1, 3):
        who = f"{rng.choice(GIVEN9)}, {_place(rng)}"
        form = rng.random()
        if form < 0.4:
            lines += [f"{q} - {who}", a]
        elif form < 0.7:
            lines += [f"Q: {q}", f"A: {a}"]
        else:
            lines += [q, a]
    return lines


def _t27_series_note(rng: random.Random, ctx: dict) -> list[str]:
    s, o = rng.choice(SERIES9), _outlet(rng)[0]
    n = rng.randint(4, 8)
    return [rng.choice([
        (f"This story is part of {s}, a {rng.choice(['six-month', 'year-long', 'three-part', 'month-long'])} "
         f"investigation by {o} into {rng.choice(['social care', 'public transport', 'flooding', 'school places', 'the night-time economy'])} "
         f"in {rng.choice(REGIONS9)}."),
        f"This is part {rng.randint(1, n)} of {n} in our series {s}. Read the other parts below.",
        (f"{s} is a series about the people who keep {rng.choice(PLACES9)} running, supported by readers who "
         "donate to our journalism."),
        f"This article is part of our {s} series.",
    ])]


def _t27_series_parts(rng: random.Random, ctx: dict) -> list[str]:
    s = rng.choice(SERIES9)
    n = rng.randint(3, 5)
    cur = rng.randint(1, n)
    heads = _headlines(rng, ctx, n)
    lines = [rng.choice([f"{s}: the series", f"IN THIS SERIES", f"More from {s}", f"{s}"])]
    for i, h in enumerate(heads, 1):
        mark = rng.choice([" (you are here)", " - reading now", " ◀"]) if i == cur else ""
        lines.append(f"{rng.choice(['Part ', ''])}{i}: {h}{mark}" if rng.random() < 0.7 else f"{h}{mark}")
    return lines


def _t27_podcast_episode(rng: random.Random, ctx: dict) -> list[str]:
    pod, host, guest = rng.choice(PODCASTS9), _person(rng), _person(rng)
    text = rng.choice([
        (f"In this episode of {pod}, {host} talks to {guest} about why so many village bus routes have disappeared "
         "and what it means for people who do not drive."),
        (f"This week on {pod}: {host} is joined by {guest} to look back at a turbulent year at the town hall, and "
         "asks whether the regeneration scheme will ever be finished."),
        (f"{host} and {guest} discuss the rise in shoplifting across {rng.choice(REGIONS9)}, and hear from a "
         "shopkeeper who has been targeted four times this year."),
        (f"On the latest {pod}, {host} goes behind the scenes at {rng.choice(HOSPITALS9)} for a night shift in the "
         "emergency department."),
    ])
    lines = [text]
    if rng.random() < 0.6:
        lines.append(rng.choice([f"{rng.randint(18, 58)} min", f"Duration: {rng.randint(18, 58)}:{rng.randint(0, 59):02d}",
                                 f"Episode {rng.randint(20, 240)}", "Listen and subscribe wherever you get your podcasts"]))
    return lines


def _t27_video_description(rng: random.Random, ctx: dict) -> list[str]:
    place = _place(rng)
    text = rng.choice([
        (f"Dashcam footage released by police shows the moment a van mounts the pavement in {place}. The driver "
         f"was later jailed for {rng.randint(8, 30)} months."),
        (f"Drone footage shows the scale of the flooding in {place}, where fields on both sides of the river remain "
         "under water."),
        (f"Firefighters spent more than {rng.randint(4, 11)} hours tackling a blaze at a farm building near {place}, "
         "as this video filmed by a neighbour shows."),
        (f"A herd of cows brought traffic to a standstill on a roundabout in {place} on {rng.choice(WEEKDAYS)} morning "
         "after escaping from a nearby field."),
    ])
    lab = rng.choice(["Video: ", "WATCH: ", "Watch: ", "", "Media caption, "])
    lines = [lab + text]
    if rng.random() < 0.4:
        lines.append(f"{rng.randint(0, 3)}:{rng.randint(0, 59):02d}")
    return lines


def _t27_live_key_events(rng: random.Random, ctx: dict) -> list[str]:
    lines = [rng.choice(["Key events", "KEY EVENTS", "Key moments", "Show key events only", "Live: key events"])]
    h = rng.randint(9, 21)
    split = rng.random() < 0.4
    for s in _summaries(rng, rng.randint(2, 4)):
        m = rng.randint(0, 59)
        stamp = rng.choice([f"{h:02d}:{m:02d}", f"{h}.{m:02d}", f"{h % 12 or 12}:{m:02d}{'pm' if h >= 12 else 'am'}"])
        lines += [stamp, s] if split else [f"{stamp} {s}"]
        h = max(h - rng.randint(0, 2), 0)
    return lines


def _t27_live_summary(rng: random.Random, ctx: dict) -> list[str]:
    lines = [rng.choice(["Summary", "SUMMARY", "Here's what you need to know", "Catch up on the latest",
                         "If you're just joining us"])]
    b = _bullet(rng)
    return lines + [b + s for s in _summaries(rng, rng.randint(2, 4))]


def _t27_live_ended(rng: random.Random, ctx: dict) -> list[str]:
    return [rng.choice([
        "Our live coverage has now ended, but you can read the latest in our full report.",
        (f"That is all from the live page for today. {_person(rng)} and {_person(rng)} were writing, and "
         f"{_person(rng)} was the editor."),
        "We are pausing our live coverage for now. We will be back first thing tomorrow with the latest updates.",
        f"This live page is no longer being updated. It was last updated at {_hm(rng)} on {rng.choice(WEEKDAYS)}.",
        "Thanks for following along. Our reporters will keep working on the story and we will bring you more later.",
    ])]


def _t27_ldr_note(rng: random.Random, ctx: dict) -> list[str]:
    name = _person(rng)
    return [rng.choice([
        (f"{name} is a local democracy reporter. The post is funded through a partnership between a public "
         "broadcaster and regional publishers to cover councils and other public bodies."),
        (f"This article was written by a Civic Reporting Partnership journalist. The scheme pays for reporters to "
         f"attend council meetings across {rng.choice(REGIONS9)}, and their stories are shared with member titles."),
        (f"This report was produced by the Town Hall Reporting Scheme, which is funded by a public licence fee "
         f"and shared with {rng.randint(60, 180)} news organisations."),
        f"By {name}, {rng.choice(['Town Hall Reporting Scheme', 'Civic Reporting Partnership', 'local democracy reporter'])}",
    ])]


def _t27_partnership_funding(rng: random.Random, ctx: dict) -> list[str]:
    f, o = rng.choice(FUNDERS9), _outlet(rng)[0]
    return [rng.choice([
        (f"This reporting is supported by a grant from {f}. The funder has no influence over which stories we "
         "cover or what we write."),
        (f"{o}'s health coverage is funded in part by {f}, a charity that supports public-interest journalism in "
         "the regions. All content is editorially independent."),
        (f"This article was produced in partnership with the journalism school at the University of "
         f"{rng.choice(['Fenbridge', 'Ambermouth', 'Rivenhall'])} as part of a student reporting project."),
        (f"The position of {rng.choice(BEATS9)} reporter at {o} is part-funded by {f} for two years, after which "
         "the paper will meet the full cost."),
    ])]


LOWER_OK = ["A", "An", "The", "Police", "Detectives", "Officers", "Forecasters", "Hundreds", "Temperatures",
            "Gritters", "Passengers", "Bus", "Plans", "Drivers", "Health", "Patients", "Waiting", "Visiting", "Pupils",
            "Parents", "Teachers", "Councillors", "Residents", "Magistrates", "Two"]


def _t27_in_other_news(rng: random.Random, ctx: dict) -> list[str]:
    ss = _summaries(rng, rng.randint(1, 3))
    lead = rng.choice(["In other news, ", "Elsewhere, ", "Also today, ", "Separately, "])
    first = ss[0].split()[0]
    ss[0] = lead + (ss[0][0].lower() + ss[0][1:] if first in LOWER_OK else ss[0])
    return [" ".join(ss)] if rng.random() < 0.5 else ss


def _t27_court_roundup(rng: random.Random, ctx: dict) -> list[str]:
    cases = []
    for _ in range(rng.randint(2, 4)):
        name, age, place = _person(rng), rng.randint(18, 74), _place(rng)
        cases.append(rng.choice([
            f"{name}, {age}, of {rng.choice(STREETS9)}, {place}, was fined £{rng.randint(80, 900)} for driving without insurance.",
            f"{name}, {age}, of {place}, admitted shoplifting and was given a {rng.randint(6, 18)}-month community order.",
            f"{name}, {age}, of {place}, was banned from keeping animals for {rng.randint(3, 10)} years after neglecting two dogs.",
            f"{name}, {age}, of no fixed address, was remanded in custody charged with burglary at a house in {place}.",
        ]))
    head = rng.choice(["Also in court", "In court", "COURT ROUND-UP", "Magistrates' court", "From the courts"])
    return [head] + cases


def _t27_weather_outlook(rng: random.Random, ctx: dict) -> list[str]:
    text = rng.choice([
        (f"Weather: A band of rain will spread east through the morning, clearing to sunny spells by the afternoon. "
         f"Highs of {rng.randint(8, 22)}C."),
        (f"Tonight will be dry with clear spells and a touch of frost in rural spots, the lowest temperature about "
         f"{rng.randint(-3, 4)}C."),
        (f"The outlook for the weekend is mostly dry, though showers may drift in from the west on Sunday, with "
         f"temperatures close to {rng.randint(10, 24)}C."),
        (f"Forecast for {rng.choice(REGIONS9)}: cloudy with outbreaks of drizzle, becoming windy later. "
         f"Max {rng.randint(7, 19)}C, min {rng.randint(1, 9)}C."),
    ])
    return [text] if rng.random() < 0.6 else [rng.choice(["Weather", "Your local forecast", "WEATHER"]), text]


def _t27_travel_update(rng: random.Random, ctx: dict) -> list[str]:
    a, b = _two_places(rng)
    road = rng.choice(ROADS9)
    text = rng.choice([
        f"Travel: The {road} is closed northbound between {a} and {b} after a crash. Expect delays of about "
        f"{rng.randint(20, 50)} minutes.",
        f"Trains between {a} and {b} are running every hour instead of every half hour because of a signal fault.",
        f"The {road} will be closed overnight from {rng.randint(8, 10)}pm until {rng.randint(5, 6)}am every night "
        f"this week for resurfacing, with a signed diversion via {b}.",
        f"Replacement buses are running on the {rng.choice(LINES9)} line this weekend while engineering work takes place.",
    ])
    return [text] if rng.random() < 0.6 else [rng.choice(["Travel news", "TRAVEL", "On the roads"]), text]


def _t27_sport_in_brief(rng: random.Random, ctx: dict) -> list[str]:
    head = rng.choice(["Sport in brief", "SPORT IN BRIEF", "Sports round-up", "Also in sport"])
    return [head] + [_s_sport(rng) for _ in range(rng.randint(2, 3))]


def _t27_analysis_box(rng: random.Random, ctx: dict) -> list[str]:
    name = _person(rng)
    role = rng.choice(["political reporter", "health correspondent", "local government editor",
                       "transport correspondent", "chief reporter"])
    text = rng.choice([
        ("The vote was closer than council leaders had expected, and the numbers suggest the ruling group can no "
         "longer take its own back benches for granted."),
        ("None of this will come as a surprise to staff, who have been warning for months that the winter would be "
         "harder than the last one."),
        ("Whatever the outcome of the appeal, the row has exposed how little money is left for anything other than "
         "statutory services."),
        ("The real test will come in the spring, when the first tenders are opened and it becomes clear whether the "
         "figures in the business case stand up."),
    ])
    lab = rng.choice([f"Analysis: {name}, {role}", f"Analysis box by {name}, {role}", f"{name.upper()} | ANALYSIS",
                      f"{name}, {role}"])
    return [lab, text]


def _t27_why_we_wrote(rng: random.Random, ctx: dict) -> list[str]:
    return [rng.choice([
        ("Why we wrote this: Readers told us the closure of local bank branches was making it harder to pay bills, "
         "so we asked how far people now have to travel."),
        ("Why we're reporting this: Decisions made at the town hall affect everyone, but few people have time to "
         "watch six-hour council meetings. We do it so you don't have to."),
        "Why this matters: Hundreds of families rely on the service, and many say they were not told it would end.",
        ("Why we wrote this story: It is the third time this year the same stretch of road has flooded, and residents "
         "want to know who is responsible."),
        (f"Why we covered this: More than {rng.randint(2, 9)},000 people signed a petition about the plans, and many "
         "of them asked us to find out what happens next."),
    ])]


def _t27_quote_of_day(rng: random.Random, ctx: dict) -> list[str]:
    q = rng.choice([
        "We have been patient for long enough and we want answers, not another consultation.",
        "Nobody goes into this job expecting to be thanked, but nobody expects to be shouted at every shift either.",
        "It is the best result this club has had in twenty years and the players deserve every bit of it.",
        "We will not be cutting the service without speaking to the families who depend on it.",
        "It was like a river running straight through the kitchen.",
    ])
    who = f"{_person(rng)}, {rng.choice(['a resident', 'a nurse', 'the club captain', 'the cabinet member', 'a shopkeeper'])}"
    head = rng.choice(["Quote of the day", "QUOTE OF THE DAY", "They said it", "In their words"])
    return _glue(rng, [head, f"\u201c{q}\u201d", f"- {who}"], 0.2)


def _t27_what_happens_next(rng: random.Random, ctx: dict) -> list[str]:
    text = rng.choice([
        (f"The application will be considered by the planning committee on {_dm(rng)}. People can comment on the "
         "plans online until the day before the meeting."),
        (f"The man is due to appear at {rng.choice(COURTS9)} Crown Court on {_dm(rng)}. He has not yet been asked to "
         "enter a plea."),
        ("The coroner will now decide whether a full inquest is needed, a process that can take several months."),
        ("The inspectors will return within a year. If the school is still judged to need improvement, the council "
         "can replace its governing body."),
    ])
    return [rng.choice(["What happens next?", "WHAT HAPPENS NEXT?", "What next?", "Next steps"]), text]


def _t27_topic_hub(rng: random.Random, ctx: dict) -> list[str]:
    topic = rng.choice(["the harbour inquiry", "the hospital downgrade", "the bus network review", "flooding",
                        "the council's finances", "the stadium plans"])
    o = _outlet(rng)[0]
    return [rng.choice([
        f"Read more about {topic} in our dedicated section, where you can find all of our coverage in one place.",
        f"For all our coverage of {topic}, visit our topic page, updated every day by the {o} newsroom.",
        f"This is the latest in {o}'s coverage of {topic}. Catch up on everything we have reported so far.",
        f"Follow {topic} to get an alert every time we publish a new story on the subject.",
    ])]


def _t27_secure_tips(rng: random.Random, ctx: dict) -> list[str]:
    o, dom = _outlet(rng)
    return [rng.choice([
        (f"Do you know more about this story? You can contact our investigations team in confidence at "
         f"tips@{dom}. We will never reveal a source without their agreement."),
        (f"If you work in social care and want to share your experience, {o} can be contacted securely using an "
         "encrypted messaging app. Details are on our contact page."),
        ("Information shared with our reporters is treated in the strictest confidence, and you do not have to give "
         "your name."),
        (f"Have you been affected by the closure? Email {rng.choice(['newsdesk', 'news', 'stories'])}@{dom} or send a "
         f"message to 07700 {rng.randint(900000, 900999)}."),
    ])]


def _t27_letters_snippet(rng: random.Random, ctx: dict) -> list[str]:
    body = rng.choice([
        ("I was dismayed to read that the library will open only three days a week. For many older people in the "
         "village it is the only warm place where they can meet others."),
        ("Once again the roadworks on the main road have been left with no one working on them for days, while the "
         "temporary lights cause queues all the way back to the roundabout."),
        ("May I thank the staff of the children's ward, who looked after our daughter with such kindness over the "
         "Christmas holidays."),
        ("The council says there is no money for new crossings, yet it has found money for another consultation on "
         "the town centre."),
    ])
    who = f"{_person(rng)}, {_place(rng)}"
    lines = [body, who]
    if rng.random() < 0.5:
        lines.insert(0, rng.choice(["Letters", "YOUR LETTERS", "Readers' letters", "Sir,", "Letter of the week"]))
    return lines


def _t27_award_note(rng: random.Random, ctx: dict) -> list[str]:
    o = _outlet(rng)[0]
    y = rng.randint(2018, 2024)
    return [rng.choice([
        f"{o}'s coverage of the hospital scandal was shortlisted for campaign of the year at the {y} regional press awards.",
        f"{_person(rng)} was named young journalist of the year at the {y} county media awards for reporting on youth services.",
        f"{o} was named weekly newspaper of the year in {y}, with judges praising its court and council reporting.",
        f"Our flood coverage won the community service prize at the {y} regional journalism awards.",
    ])]


def _t27_keep_reading(rng: random.Random, ctx: dict) -> list[str]:
    lab = rng.choice(["Keep reading", "READ NEXT", "Up next", "Read this next", "You might have missed"])
    h = _headline(rng, ctx)
    s = _summary(rng)
    return rng.choice([[lab, h, s], [f"{lab}: {h}", s], [lab, s], [f"{lab} {h}", s]])


def _t27_fact_check(rng: random.Random, ctx: dict) -> list[str]:
    claim = rng.choice([
        "Claim: The council has closed more libraries than anywhere else in the region.",
        "Claim: Crime in the town centre has doubled since the police station shut.",
        "Claim: The new bypass will cut journey times by half.",
        "Claim: Every school in the district is oversubscribed.",
    ])
    verdict = rng.choice(["Verdict: Misleading", "Verdict: False", "Verdict: Partly true", "Verdict: Needs context",
                          "Rating: Mostly false"])
    why = rng.choice([
        "The figures cover a longer period than the one quoted and include branches that were moved rather than shut.",
        "Recorded offences did rise, but by about a fifth, and the change in recording rules accounts for part of it.",
        "The estimate comes from the developer's own modelling and only applies at peak times.",
        "Several schools have spare places in most year groups, according to the latest admissions data.",
    ])
    lines = [rng.choice(["Fact check", "FACT CHECK", "Reality check", "Checked"]), claim, verdict, why]
    return lines if rng.random() < 0.7 else _glue(rng, lines[1:3], 1.0) + [why]


def _t27_briefing_head(rng: random.Random, ctx: dict) -> list[str]:
    head = rng.choice(["Today's news in 60 seconds", "Your morning briefing", "The briefing", "Catch up: the day so far",
                       "Five things to know today"])
    n = rng.randint(2, 4)
    ss = _summaries(rng, n)
    if rng.random() < 0.4:
        return [head] + [f"{i}. {s}" for i, s in enumerate(ss, 1)]
    return [head] + [_bullet(rng) + s for s in ss]


def _t27_election_note(rng: random.Random, ctx: dict) -> list[str]:
    return [rng.choice([
        ("During the election period our coverage follows strict rules on balance, and candidates of every party "
         "standing in a ward are listed when we report on that ward."),
        (f"A full list of candidates standing in the {rng.choice(WARDS9)} ward is available on the council website. "
         f"Polls are open from 7am to 10pm on {_dm(rng)}."),
        ("Statements of persons nominated are published by the returning officer. We do not endorse any candidate "
         "or party."),
        ("Under election law, we cannot report the results of any exit poll until voting has closed."),
    ])]


def _t27_ai_policy(rng: random.Random, ctx: dict) -> list[str]:
    o = _outlet(rng)[0]
    return [rng.choice([
        "No part of this article was written by artificial intelligence. It was researched and written by our reporters.",
        (f"{o} uses automated tools to help transcribe interviews and check spellings, but every story is written "
         "and edited by a journalist."),
        ("Some of our weather and traffic updates are produced automatically from official data feeds and are "
         "reviewed by an editor before publication."),
        (f"Read {o}'s policy on the use of artificial intelligence in our newsroom, including how we label "
         "automatically generated content."),
    ])]


def _t27_reporter_note(rng: random.Random, ctx: dict) -> list[str]:
    name = _person(rng)
    return [rng.choice([
        (f"Our reporter {name} spent a week with the crews of the {_place(rng)} lifeboat station for this report, "
         "which is published in full this weekend."),
        f"{name} travelled to {_place(rng)} for this story. Additional reporting by {_person(rng)}.",
        (f"{name} has been following the campaign since it began {rng.randint(2, 6)} years ago and has interviewed "
         "more than forty of the families involved."),
        f"{name} reported from the public gallery of {rng.choice(COURTS9)} Crown Court.",
    ])]


def _t27_also_on_live(rng: random.Random, ctx: dict) -> list[str]:
    lab = rng.choice(["Elsewhere on our live page: ", "Also on the live page: ", "Earlier on this page: ",
                      "Pinned post: "])
    s = _summary(rng)
    return [lab + s] if rng.random() < 0.7 else [lab.strip(), s]


def _t27_radio_again(rng: random.Random, ctx: dict) -> list[str]:
    prog = rng.choice(["Breakfast with", "Drivetime with", "The Sunday Hour with", "Lunchtime Live with"])
    station = rng.choice(["Radio Fenbridge", "Coastway FM", "Kestrel Sound", "Orchard 97.4"])
    host = _person(rng)
    return [rng.choice([
        f"You can listen back to the full interview on {prog} {host} on {station} for the next 30 days.",
        f"{host} discussed the story on {station} on {rng.choice(WEEKDAYS)} morning. The programme is available on catch-up.",
        (f"Hear more on {prog} {host}, weekdays from {rng.randint(6, 16)}:00 on {station}, where listeners have been "
         "sharing their own experiences."),
        f"The full interview will be broadcast on {station} at {_hm(rng)} on {rng.choice(WEEKDAYS)}.",
    ])]


def _twentyseventh_templates() -> dict[str, tuple[str, Template]]:
    """Prose-like furniture of general-news sites: other stories in summary, explainers, notes, bios, policies."""
    return {
        "editors_picks": ("it", _t27_editors_picks),
        "more_on_story": ("it", _t27_more_on_story),
        "lone_summary": ("hit", _t27_lone_summary),
        "standfirst_pairs": ("it", _t27_standfirst_pairs),
        "what_we_know": ("hi", _t27_what_we_know),
        "key_points": ("hit", _t27_key_points),
        "explainer_what_is": ("i", _t27_explainer_what_is),
        "explainer_questions": ("i", _t27_explainer_questions),
        "who_is": ("i", _t27_who_is),
        "background": ("it", _t27_background),
        "author_bio": ("t", _t27_author_bio),
        "author_bio_short": ("ht", _t27_author_bio_short),
        "how_we_reported": ("t", _t27_how_we_reported),
        "methodology": ("it", _t27_methodology),
        "data_sources": ("t", _t27_data_sources),
        "trust_standards": ("t", _t27_trust_standards),
        "corrections_policy": ("t", _t27_corrections_policy),
        "anonymity_note": ("hit", _t27_anonymity_note),
        "ask_question": ("it", _t27_ask_question),
        "questions_answered": ("i", _t27_questions_answered),
        "series_note": ("ht", _t27_series_note),
        "series_parts": ("ht", _t27_series_parts),
        "podcast_episode": ("it", _t27_podcast_episode),
        "video_description": ("i", _t27_video_description),
        "live_key_events": ("hi", _t27_live_key_events),
        "live_summary": ("h", _t27_live_summary),
        "live_ended": ("ht", _t27_live_ended),
        "ldr_note": ("t", _t27_ldr_note),
        "partnership_funding": ("ht", _t27_partnership_funding),
        "in_other_news": ("i", _t27_in_other_news),
        "court_roundup": ("it", _t27_court_roundup),
        "weather_outlook": ("it", _t27_weather_outlook),
        "travel_update": ("it", _t27_travel_update),
        "sport_in_brief": ("it", _t27_sport_in_brief),
        "analysis_box": ("i", _t27_analysis_box),
        "why_we_wrote": ("h", _t27_why_we_wrote),
        "quote_of_day": ("it", _t27_quote_of_day),
        "what_happens_next": ("i", _t27_what_happens_next),
        "topic_hub": ("t", _t27_topic_hub),
        "secure_tips": ("t", _t27_secure_tips),
        "letters_snippet": ("t", _t27_letters_snippet),
        "award_note": ("t", _t27_award_note),
        "keep_reading": ("i", _t27_keep_reading),
        "fact_check": ("i", _t27_fact_check),
        "briefing_head": ("h", _t27_briefing_head),
        "election_note": ("ht", _t27_election_note),
        "ai_policy": ("t", _t27_ai_policy),
        "reporter_note": ("ht", _t27_reporter_note),
        "also_on_live": ("i", _t27_also_on_live),
        "radio_again": ("it", _t27_radio_again),
    }


# --- twentyeighth: layout debris from CMSs and scrapers ------------------------------------------------------------

SECTION_TITLES = ["Background", "What happened", "What the council says", "Reaction", "What happens next",
                  "The numbers", "Timeline", "How we got the data", "Your questions", "Key findings",
                  "What residents told us", "The cost", "What the experts say", "Related coverage"]
CHART_TITLES = ["Average A&E waiting times by month", "Homes completed each year", "Share of trains arriving on time",
                "Rainfall compared with the long-term average", "Pupils eligible for free school meals",
                "Reported burglaries per 1,000 households", "Council tax band D charge", "Bus journeys per head",
                "Empty shops on the high street", "Average rent for a two-bedroom home"]
ALT_SCENES = ["a row of terraced houses with scaffolding on the front", "a flooded road with a car stranded in the water",
              "a council chamber with rows of empty seats", "a bus parked at a stop outside a parade of shops",
              "nurses walking along a hospital corridor", "a footballer celebrating in front of a crowd",
              "a police car parked beside a taped-off pavement", "a classroom with desks and a whiteboard",
              "a harbour wall with waves breaking over it", "a high street with boarded-up shop fronts"]


def _t28_toc_list(rng: random.Random, ctx: dict) -> list[str]:
    head = rng.choice(["Contents", "Table of contents", "In this article", "On this page", "Jump to", "CONTENTS",
                       "Article contents"])
    secs = _some(rng, SECTION_TITLES, 3, 6)
    form = rng.random()
    if form < 0.35:
        body = [f"{i}. {s}" for i, s in enumerate(secs, 1)]
    elif form < 0.6:
        body = [f"{i} {s}" for i, s in enumerate(secs, 1)]
    elif form < 0.8:
        b = _bullet(rng)
        body = [b + s for s in secs]
    else:
        body = [f"1 {secs[0]}"] + [f"1.{j} {s}" for j, s in enumerate(secs[1:], 1)]
    return [head] + body


def _t28_jump_anchors(rng: random.Random, ctx: dict) -> list[str]:
    secs = _some(rng, SECTION_TITLES, 2, 5)
    form = rng.random()
    if form < 0.3:
        return ["Jump to: " + " | ".join(secs)]
    if form < 0.55:
        return [f"#{_slug(s)}" for s in secs]
    if form < 0.8:
        return [f"[{i}] {s}" for i, s in enumerate(secs, 1)]
    return ["Skip to section", *[f"§{i} {s}" for i, s in enumerate(secs, 1)]]


def _t28_toc_toggle(rng: random.Random, ctx: dict) -> list[str]:
    head = rng.choice(["Contents [hide]", "Contents [show]", "▾ Table of Contents", "Table of Contents ▼",
                       "Toggle contents", "[ Hide ]", "Show table of contents +", "CONTENTS ⌄"])
    lines = [head]
    if rng.random() < 0.6:
        lines += [f"{i} {s}" for i, s in enumerate(_some(rng, SECTION_TITLES, 1, 3), 1)]
    return lines


def _t28_toc_glued(rng: random.Random, ctx: dict) -> list[str]:
    secs = _some(rng, SECTION_TITLES, 3, 6)
    sep = rng.choice(["", " ", "  "])
    pre = rng.choice(["", "Contents", "In this article", "Jump to:"])
    return [pre + sep + sep.join(f"{i}{rng.choice(['', '.', ' '])}{s}" for i, s in enumerate(secs, 1))]


def _t28_reading_progress(rng: random.Random, ctx: dict) -> list[str]:
    pct = rng.randint(0, 100)
    n = 10
    full = pct * n // 100
    return [rng.choice([f"{pct}% read", f"Progress: {'█' * full}{'░' * (n - full)}", f"{pct}%",
                        f"Reading progress {pct} / 100", f"{rng.randint(1, 9)} min left",
                        f"You've read {pct}% of this article"])]


def _t28_anchor_debris(rng: random.Random, ctx: dict) -> list[str]:
    opts = ["Back to top ↑", "↑ Top", "¶", "#", "Permalink to this heading", "Return to contents",
            "▲ back to top", "[top]", "Link to this section", "§", "Copy link to section", "⇧ Top of page"]
    return _some(rng, opts, 1, 2)


def _t28_footnote_markers(rng: random.Random, ctx: dict) -> list[str]:
    return [rng.choice([f"[{rng.randint(1, 12)}]", f"^{rng.randint(1, 9)}", "↩", "¹ ² ³",
                        f"[{rng.randint(1, 9)}][{rng.randint(10, 14)}]", f"({rng.choice('abcd')})",
                        f"*{'*' * rng.randint(0, 2)}", f"[note {rng.randint(1, 8)}]", f"†", "[citation needed]"])]


def _t28_footnote_text(rng: random.Random, ctx: dict) -> list[str]:
    notes = [f"Figures from {rng.choice(COUNCILS9)} annual report, p. {rng.randint(4, 120)}.",
             "Ibid.", f"Ibid., p. {rng.randint(2, 80)}.", "Adjusted for inflation at current prices.",
             f"Freedom of information response, ref. FOI-{rng.randint(1000, 9999)}.",
             "Provisional figure.", f"Accessed {_date(rng)}.", "Excludes academies.",
             f"Estimate; see note {rng.randint(1, 5)}."]
    picked = _some(rng, notes, 1, 4)
    style = rng.random()
    if style < 0.35:
        return [f"{i}. {n} ↩" for i, n in enumerate(picked, 1)]
    if style < 0.65:
        return [f"[{i}] {n}" for i, n in enumerate(picked, 1)]
    if style < 0.85:
        return ["Notes"] + [f"{'¹²³⁴'[i]} {n}" for i, n in enumerate(picked)]
    return [f"{'*' * (i + 1)} {n}" for i, n in enumerate(picked)]


def _t28_footnote_prose(rng: random.Random, ctx: dict) -> list[str]:
    mark = rng.choice(["* ", "1. ", "[1] ", "† ", "Note: "])
    return [mark + rng.choice([
        ("Figures for 2020 exclude the months when services were suspended during the pandemic, so they are not "
         "directly comparable with other years."),
        ("The survey was carried out online and the results have been weighted to be representative of adults in "
         "the region by age, sex and area."),
        ("Where a council did not provide figures for a full year, we have estimated the total from the months it "
         "did report."),
        (f"This figure was revised by the health board on {_date(rng)}, after the original version of this chart was "
         "published."),
        ("The total includes homes built by housing associations but not those converted from offices or shops."),
    ])]


def _t28_figure_label(rng: random.Random, ctx: dict) -> list[str]:
    n = rng.randint(1, 9)
    t = rng.choice(CHART_TITLES)
    y1 = rng.randint(2010, 2018)
    return [rng.choice([f"Figure {n}: {t}, {y1}–{rng.randint(2021, 2024)}", f"Fig. {n} {t}", f"Chart: {t}",
                        f"CHART {n}", f"Table {n}: {t}", f"Graphic: {t[0].lower() + t[1:]}", f"Exhibit {n}",
                        f"Figure {n}.", f"Chart {n} of {n + rng.randint(1, 4)}"])]


def _t28_map_label(rng: random.Random, ctx: dict) -> list[str]:
    a, b = _two_places(rng)
    return [rng.choice([
        f"Map showing the location of {a} in relation to {b}",
        f"Map: the proposed route between {a} and {b}",
        f"Map showing flood warnings in force across {rng.choice(REGIONS9)}",
        f"MAP: Where the {rng.choice(['new homes', 'bus cuts', 'school closures', 'speed cameras'])} are",
        f"Locator map of {a}",
        f"Map data ©{rng.randint(2019, 2024)} {rng.choice(['Wayfinder Maps', 'Contourly', 'OpenTerrain contributors'])}",
    ])]


def _t28_alt_text_prose(rng: random.Random, ctx: dict) -> list[str]:
    scene = rng.choice(ALT_SCENES)
    return [rng.choice([
        f"A photograph of {scene}, taken from across the street on a grey afternoon.",
        f"Image description: {scene[0].upper() + scene[1:]}. The picture was taken earlier this year.",
        f"The image shows {scene}. A person in a high-visibility jacket stands to one side.",
        f"An archive photograph of {scene}, with a date stamp in the bottom corner.",
        f"Alt: {scene}",
    ])]


def _t28_alt_attr(rng: random.Random, ctx: dict) -> list[str]:
    scene = rng.choice(ALT_SCENES)
    return [rng.choice([f'alt="{scene[0].upper() + scene[1:]}"', f'title="{scene}"',
                        f'alt="" role="presentation"', f'aria-label="Image: {scene}"',
                        f'alt="image" title="IMG_{rng.randint(1000, 9999)}"', f'data-alt="{scene}"'])]


def _t28_chart_axis_ticks(rng: random.Random, ctx: dict) -> list[str]:
    form = rng.random()
    if form < 0.3:
        step = rng.choice([5, 10, 20, 25, 50, 100])
        ticks = [str(step * i) for i in range(rng.randint(4, 7))]
    elif form < 0.55:
        y = rng.randint(2010, 2018)
        ticks = [str(y + i) for i in range(rng.randint(4, 7))]
    elif form < 0.75:
        ticks = [f"{p}%" for p in range(0, rng.choice([60, 80, 100, 125]), 25)]
    else:
        ticks = [m[:3] for m in MONTHS[rng.randint(0, 5):][:rng.randint(4, 7)]]
    return [" ".join(ticks)] if rng.random() < 0.5 else ticks


def _t28_chart_data_labels(rng: random.Random, ctx: dict) -> list[str]:
    places = rng.sample(PLACES9, rng.randint(3, 5))
    unit = rng.choice(["%", "", "k", " days", "m"])
    vals = [f"{rng.randint(1, 95)}.{rng.randint(0, 9)}{unit}" for _ in places]
    form = rng.random()
    if form < 0.4:
        return [f"{p}: {v}" for p, v in zip(places, vals)]
    if form < 0.7:
        return [f"{p} {v}" for p, v in zip(places, vals)]
    return places + vals


def _t28_chart_legend(rng: random.Random, ctx: dict) -> list[str]:
    y = rng.randint(2016, 2023)
    return [rng.choice([f"■ {y} ■ {y + 1}", "— Actual - - - Forecast", "● Target ● Achieved",
                        f"Legend {y} {y + 1}", "▬ This year ▬ Last year", "Key: ■ Above average ■ Below average",
                        "◆ Men ◆ Women", "Hover over the lines for more detail"])]


def _t28_chart_source(rng: random.Random, ctx: dict) -> list[str]:
    src = rng.choice([f"{rng.choice(COUNCILS9)}", "Kestrel Valley Health Board", f"{_outlet(rng)[0]} analysis",
                      "regional transport authority", "Fenshire Constabulary", "Orchard Coast Water"])
    lines = [rng.choice([f"Source: {src}", f"SOURCE: {src.upper()}", f"Source: {src} data, {rng.randint(2019, 2024)}",
                         f"Data: {src}"])]
    if rng.random() < 0.55:
        lines.append(rng.choice([f"Graphic: {_person(rng)}", f"Chart by {_person(rng)}", "Get the data",
                                 f"Note: {rng.choice(['Figures rounded', 'Provisional', 'Excludes academies', 'Seasonally adjusted'])}",
                                 "Created with Chartsmith", "Embed"]))
    return _glue(rng, lines, 0.35)


def _t28_chart_description(rng: random.Random, ctx: dict) -> list[str]:
    t = rng.choice(CHART_TITLES)
    t = t[0].lower() + t[1:]
    y = rng.randint(2012, 2017)
    return [rng.choice([
        f"The chart shows {t} in each year since {y}, with a sharp fall in 2020 followed by a steady recovery.",
        f"A line chart of {t}, which rose in most years between {y} and 2019 before levelling off.",
        f"Bar chart showing {t} for each area. {_place(rng)} has the highest figure and {_place(rng)} the lowest.",
        f"This graphic compares {t} in {_place(rng)} with the regional average over the past ten years.",
    ])]


def _t28_download_data(rng: random.Random, ctx: dict) -> list[str]:
    opts = [f"Download the data (CSV, {rng.randint(2, 90)}KB)", "Get the data", "Embed this chart", "Share chart",
            "Download image (PNG)", "View as table", "Data table ▾", "Export", f"Download PDF ({rng.randint(1, 9)}.{rng.randint(0, 9)}MB)"]
    return _glue(rng, _some(rng, opts, 1, 3), 0.4)


def _t28_embed_post_fallback(rng: random.Random, ctx: dict) -> list[str]:
    plat = rng.choice(PLATFORMS9)
    name = _person(rng)
    handle = name.lower().replace(" ", rng.choice(["", "_", "."]))
    return rng.choice([
        [f"View this post on {plat}"],
        [f"View this post on {plat}", f"A post shared by {name} (@{handle})"],
        [f"Open in {plat}", f"@{handle}"],
        [f"See more on {plat}", f"{rng.randint(1, 99)}.{rng.randint(0, 9)}k likes"],
        [f"{plat} post by @{handle}", "Post unavailable"],
        [f"Content from {plat} is not available in your region."],
    ])


def _t28_embed_video_fallback(rng: random.Random, ctx: dict) -> list[str]:
    return [rng.choice(["This video can not be played", "Your browser does not support the video element.",
                        "Video unavailable", "Media playback is unsupported on your device",
                        "Sorry, this clip is no longer available.", "Play video ▶", "▶ 0:00 / 1:45",
                        f"Video player is loading. {rng.randint(0, 2)}:{rng.randint(10, 59)}",
                        "Error: media could not be loaded (code 4)", "Unmute"])]


def _t28_embed_consent_prose(rng: random.Random, ctx: dict) -> list[str]:
    plat = rng.choice(PLATFORMS9)
    return [rng.choice([
        (f"This article contains content provided by {plat}. We ask for your permission before anything is loaded, "
         "as they may be using cookies and other technologies."),
        (f"To view this content you need to allow {plat} to set cookies. You can change this setting at any time."),
        (f"Allow {plat} content? This article includes material from an external provider that may collect data "
         "about your visit."),
        f"Accept and continue | Load {plat} content once",
    ])]


def _t28_interactive_notice(rng: random.Random, ctx: dict) -> list[str]:
    return _some(rng, ["This interactive is not supported on your device.", "View the full version",
                       "Interactive graphic", "Tap to load the interactive", "If you cannot see the graphic, click here.",
                       "Open in new window", "Best viewed on a larger screen"], 1, 3)


def _t28_interactive_prose(rng: random.Random, ctx: dict) -> list[str]:
    return [rng.choice([
        ("If you are reading this on a mobile device, turn it sideways to see the full table, or use the search box "
         "to find your area."),
        ("Some readers may not be able to see this interactive graphic. Please use the link above to view it in a "
         "separate window."),
        ("This feature works best with the latest version of your browser. If it does not load, try refreshing the "
         "page."),
        ("The calculator below uses the latest published figures. It is intended as a guide and does not take "
         "account of individual circumstances."),
        "Screen-reader users can find the same information in the table that follows this graphic.",
    ])]


def _t28_map_prose(rng: random.Random, ctx: dict) -> list[str]:
    return [rng.choice([
        "Use the map below to find out how your area compares. Tap or hover over a ward to see its figures.",
        ("Enter your postcode to see the nearest affected sites. Your postcode is not stored and is only used to "
         "centre the map."),
        "Zoom in to see individual streets. Darker shading means a higher rate per household.",
        f"The map shows every location reported to the council since {rng.randint(2016, 2022)}. Click a dot for details.",
    ])]


def _t28_lazy_load(rng: random.Random, ctx: dict) -> list[str]:
    return [rng.choice(["Loading…", "Loading...", "Loading content", "[placeholder]", "Image loading",
                        "⟳", "Fetching latest…", "Please wait", "Loading comments...", "LOADING",
                        f'data-src="/media/{_code(rng, 8)}.jpg"', "[lazy-image]"])]


def _t28_lazy_load_prose(rng: random.Random, ctx: dict) -> list[str]:
    return [rng.choice([
        "This content is still loading. If it does not appear, refresh the page or check your connection.",
        "We are having trouble loading this section. Please try again in a few minutes.",
        "Something went wrong while loading more stories. Scroll down to try again.",
        "The rest of this page will appear once the images have finished loading.",
        "More stories are on their way. Keep scrolling, or tap the button below if nothing happens.",
    ])]


def _t28_skeleton_blocks(rng: random.Random, ctx: dict) -> list[str]:
    ch = rng.choice(["█", "▇", "░", "▯", "—"])
    k = rng.randint(1, 3)
    return [" ".join(ch * rng.randint(3, 9) for _ in range(rng.randint(2, 5))) for _ in range(k)]


def _t28_accordion_labels(rng: random.Random, ctx: dict) -> list[str]:
    opts = ["+ Show details", "▸ Expand", "Collapse all | Expand all", "− Hide details", "Click to expand",
            "▼ More information", "Open all sections", "+ Read the full timeline", "Close ✕", "▶ Show"]
    lines = _some(rng, opts, 1, 3)
    if rng.random() < 0.3:
        lines.append(rng.choice(SECTION_TITLES) + rng.choice([" +", " ▾", " (expand)"]))
    return lines


def _t28_tab_labels(rng: random.Random, ctx: dict) -> list[str]:
    tabs = _some(rng, ["Overview", "Timeline", "Reaction", "Data", "Map", "Video", "Latest", "Explained", "Q&A"], 2, 5)
    form = rng.random()
    if form < 0.35:
        return [" | ".join(tabs)]
    if form < 0.6:
        return tabs
    if form < 0.8:
        return [f"Tab {rng.randint(1, len(tabs))} of {len(tabs)}", " ".join(tabs)]
    return ["".join(_case(rng, t) for t in tabs)]


def _t28_read_more_toggle(rng: random.Random, ctx: dict) -> list[str]:
    return [rng.choice(["Continue reading ▼", "See full story", "… more", "Read less ▲", "Expand article",
                        "Show full article", "Keep reading ↓", "(more…)", "Tap to read the rest",
                        "SHOW MORE", "Collapse ^", "Read the rest of this entry »"])]


def _t28_pagination(rng: random.Random, ctx: dict) -> list[str]:
    n = rng.randint(2, 12)
    k = rng.randint(1, n)
    return [rng.choice([f"Page {k} of {n}", f"Showing {k * 10 - 9}–{k * 10} of {n * 10 - rng.randint(0, 9)}",
                        f"Load page {min(k + 1, n)}", "← Older posts | Newer posts →", f"{k} / {n}",
                        " ".join(str(i) for i in range(1, min(n, 6) + 1)) + (" …" if n > 6 else ""),
                        f"‹ Prev {k} Next ›", f"Next page: {rng.choice(SECTION_TITLES)} »", f"pg. {k}",
                        f"Go to page {k + 1}"])]


def _t28_pagination_prose(rng: random.Random, ctx: dict) -> list[str]:
    return [rng.choice([
        "This story continues on the next page. Use the arrows below to keep reading.",
        f"Continue to page {rng.randint(2, 4)} to read about what happens next and how residents have reacted.",
        "You have reached the end of this page. The rest of the article is on the following page.",
        "Click through to the next page for the full list of results.",
    ])]


def _t28_cms_vars(rng: random.Random, ctx: dict) -> list[str]:
    opts = ["{{author}}", "%%date%%", "{{ article.byline }}", "[[placeholder]]", "${updated_at}",
            "<%= pubdate %>", "{% include 'newsletter.html' %}", "{author_name} | {publish_date}",
            "%%title%% %%sep%% %%sitename%%", "{{related_stories}}", "[[READ_TIME]] min read",
            "By {{byline}} · {{date | format}}", "__CAPTION__", "{{#if premium}}", "{{/if}}", "$CREDIT$"]
    return _glue(rng, _some(rng, opts, 1, 3), 0.3)


def _t28_shortcodes(rng: random.Random, ctx: dict) -> list[str]:
    n = rng.randint(1000, 99999)
    return [rng.choice([f'[gallery ids="{n},{n + 1},{n + 4}"]', "[/embed]", f"[embed]https://{_outlet(rng)[1]}/v/{n}[/embed]",
                        "[pullquote]", "[/pullquote]", f'[related_posts limit="{rng.randint(3, 6)}"]',
                        f'[newsletter_signup list="{_code(rng, 6)}"]', f'[poll id="{n}"]', "[/caption]",
                        f'[video width="640" height="360" src="/media/{n}.mp4"]', "[toc]", f'[ad_slot position="{rng.randint(1, 4)}"]'])]


def _t28_editorial_placeholders(rng: random.Random, ctx: dict) -> list[str]:
    return [rng.choice(["TK", "TKTK", "Caption TK", "HEADLINE GOES HERE", "INSERT PHOTO HERE",
                        "Lorem ipsum dolor sit amet, consectetur adipiscing elit.", "[PIC]", "XXXX words",
                        "Sed do eiusmod tempor incididunt ut labore.", "** ADD QUOTE **", "Subhead here",
                        f"(fix link — {rng.choice(GIVEN9).upper()})", "CREDIT TBC", "[[ADD CHART]]"])]


def _t28_html_tags(rng: random.Random, ctx: dict) -> list[str]:
    opts = ["<br>", "<br />", "</div>", '<p class="caption">', "<!-- ad slot -->", "</p>", "<hr>", "&lt;p&gt;",
            '<span class="sr-only">', "</span>", '<figure class="wide">', "</figure>", '<iframe src="about:blank">',
            "<!-- end article body -->", "<strong></strong>", '<div id="paywall-anchor"></div>']
    return _glue(rng, _some(rng, opts, 1, 3), 0.5)


def _t28_block_comments(rng: random.Random, ctx: dict) -> list[str]:
    n = rng.randint(100, 99999)
    opts = [f'<!-- wp:image {{"id":{n},"sizeSlug":"large"}} -->', "<!-- /wp:image -->", "<!-- wp:paragraph -->",
            "<!-- /wp:paragraph -->", '<!-- wp:separator {"className":"is-style-dots"} -->', "<!-- /wp:separator -->",
            f'<!-- wp:embed {{"url":"https://clipstream.example/{n}"}} -->', "<!-- wp:more -->", "<!--more-->",
            "<!-- /wp:quote -->"]
    return _some(rng, opts, 1, 3)


def _t28_broken_entities(rng: random.Random, ctx: dict) -> list[str]:
    return [rng.choice(["Share&nbsp;this&nbsp;article", "Terms &amp;amp; Conditions", "Don&#8217;t miss",
                        "Read more&hellip;", "&lt;br /&gt;", "&nbsp;&nbsp;&nbsp;", "Sport &amp; Leisure",
                        "&copy; " + str(rng.randint(2018, 2024)) + " " + _outlet(rng)[0], "News&#x2019;s top picks",
                        "&laquo; Previous | Next &raquo;", "Q&amp;A:", "&#160;", "Photo&nbsp;&mdash;&nbsp;handout",
                        "&amp;#8211;"])]


def _mojibake(s: str) -> str:
    return s.encode("utf-8").decode("cp1252", errors="replace")


def _t28_mojibake(rng: random.Random, ctx: dict) -> list[str]:
    o = _outlet(rng)[0]
    src = rng.choice(["Don’t miss — sign up today", f"© {rng.randint(2018, 2024)} {o}", "Read more ›",
                      f"— Photo: {_person(rng)}", "Share · Save · Print", "Caf\u00e9 culture • Lifestyle",
                      f"{rng.randint(2, 9)} min read • Updated", "“Subscribe” for €1", "Next story →",
                      "Sport – Latest", "Privacy • Cookies • Terms"])
    line = _mojibake(src)
    if rng.random() < 0.25:
        line = _mojibake(line)
    return [line]


def _t28_url_slugs(rng: random.Random, ctx: dict) -> list[str]:
    h = _slug(_headline(rng, ctx))
    y = rng.randint(2018, 2024)
    return [rng.choice([h, f"{h}-{y}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                        f"/news/local/{h}-a{rng.randint(1000000, 9999999)}", f"{h}_{_code(rng, 6)}",
                        f"/{y}/{rng.randint(1, 12):02d}/{h}/", f"slug: {h}", f"{h}.html",
                        f"/amp/{h}"])]


def _t28_utm_links(rng: random.Random, ctx: dict) -> list[str]:
    dom = _outlet(rng)[1]
    h = _slug(_headline(rng, ctx))
    src = rng.choice(["newsletter", "chirrup", "pixelgram", "partner", "push", "rss"])
    url = (f"https://www.{dom}/news/{h}?utm_source={src}&utm_medium={rng.choice(['email', 'social', 'referral', 'app'])}"
           f"&utm_campaign={rng.choice(['morning_brief', 'breaking', 'weekend', 'sharebar'])}"
           + (f"&utm_content={_code(rng, 5)}" if rng.random() < 0.5 else ""))
    if rng.random() < 0.2:
        url = url.replace("&", "%26")
    lab = rng.choice(["", "", "Read more: ", "Link: ", "Shared via: ", "Original link "])
    return [lab + url]


def _t28_email_obfuscation(rng: random.Random, ctx: dict) -> list[str]:
    dom = rng.choice(MAIL_DOMAINS9)
    name = _person(rng).lower().replace(" ", ".")
    base, tld = dom.split(".", 1)
    return [rng.choice([f"{name} [at] {base} [dot] {tld.replace('.', ' [dot] ')}", "[email protected]",
                        f"{name}(at){base}(dot){tld.replace('.', '(dot)')}", "Email protected",
                        f"newsdesk AT {dom.upper()}", f"{name}&#64;{dom}", f"{name} @ {dom} (remove spaces)",
                        f"mailto:{name}%40{dom}", f"Contact: {name}[@]{dom}"])]


def _t28_email_obfuscation_prose(rng: random.Random, ctx: dict) -> list[str]:
    return [rng.choice([
        "This address is hidden from spam robots. You need scripts enabled in your browser to see it.",
        "The e-mail address on this page is protected. Enable scripting to reveal it, or use the contact form.",
        "To reach the reporter, replace the words in brackets with the matching symbols before sending your message.",
        "Our contact details are shown as an image to protect them from automated harvesting.",
        "Type the address by hand: automatic links to it have been switched off on this page to reduce junk mail.",
    ])]


def _t28_markdown_debris(rng: random.Random, ctx: dict) -> list[str]:
    dom = _outlet(rng)[1]
    h = _headline(rng, ctx)
    return [rng.choice([f"![image](https://cdn.{dom}/img/{_code(rng, 10)}.jpg)", f"[Read more](https://{dom}/{_slug(h)})",
                        "**Related:**", "---", "***", f"> {rng.choice(['Pictured', 'Above', 'Below'])}: file image",
                        f"## {rng.choice(SECTION_TITLES)}", f"[{h}](/{_slug(h)})", "```", "[^1]: see note"])]


def _t28_table_debris(rng: random.Random, ctx: dict) -> list[str]:
    cols = _some(rng, ["Area", "Year", "Total", "Change", "Rate", "Rank", "2023", "2024", "% change"], 3, 5)
    form = rng.random()
    if form < 0.45:
        return ["| " + " | ".join(cols) + " |", "|" + "|".join("---" for _ in cols) + "|"]
    if form < 0.75:
        return ["\t".join(cols)]
    return cols


def _t28_table_controls(rng: random.Random, ctx: dict) -> list[str]:
    n = rng.randint(12, 400)
    opts = ["Sort by: Name ▲▼", "Search table:", f"Showing 1 to 10 of {n} entries", "Previous 1 2 3 Next",
            "Show 10 entries", f"Filter by area ▾", "Reset filters", f"{n} results", "Sort ascending", "Scroll →"]
    return _glue(rng, _some(rng, opts, 1, 3), 0.35)


def _t28_srcset_leak(rng: random.Random, ctx: dict) -> list[str]:
    stem = _slug(rng.choice(ALT_SCENES))[:30]
    return [rng.choice([f"{stem}-800x450.jpg 800w, {stem}-1200x675.jpg 1200w",
                        f"IMG_{rng.randint(1000, 9999)}.JPG", f"{stem}.webp", "1x, 2x",
                        f"/uploads/{rng.randint(2018, 2024)}/{rng.randint(1, 12):02d}/{stem}-scaled.jpg",
                        f"DSC{rng.randint(10000, 99999)}.jpg ({rng.randint(1, 8)}.{rng.randint(0, 9)} MB)",
                        f"image/jpeg; {rng.choice([640, 960, 1280])}w"])]


def _t28_image_ui(rng: random.Random, ctx: dict) -> list[str]:
    opts = ["Click to enlarge", "Tap to zoom", "Expand image", "View full size", "⤢", "Open image in new tab",
            "Pinch to zoom", "Close image ✕", "Enlarge this image", "Full screen"]
    return _glue(rng, _some(rng, opts, 1, 2), 0.4)


def _t28_css_js_leak(rng: random.Random, ctx: dict) -> list[str]:
    return [rng.choice([".article-body p { margin: 0 0 1em; }", "window.dataLayer = window.dataLayer || [];",
                        "@media (max-width: 600px) { .sidebar { display: none } }",
                        f"var articleId = {rng.randint(100000, 999999)};", "document.addEventListener('DOMContentLoaded', init);",
                        "Please enable JavaScript to view this content.", "googletag.cmd.push(function() {",
                        "});", f'.hero{{background-image:url("/img/{_code(rng, 8)}.jpg")}}',
                        "noscript: images are disabled"])]


def _t28_notes_prose(rng: random.Random, ctx: dict) -> list[str]:
    return [rng.choice([
        "All percentages are rounded to the nearest whole number, so they may not add up to 100.",
        ("Areas are ranked from highest to lowest. Where two areas have the same figure they share a rank, and the "
         "next rank is skipped."),
        ("Figures in the table relate to the financial year, which runs from April to March, rather than the "
         "calendar year."),
        "Values below five have been suppressed and are shown as a dash to avoid identifying individuals.",
        "Cash figures are in current prices and have not been adjusted for inflation.",
    ])]


def _t28_mixed_case_tabs(rng: random.Random, ctx: dict) -> list[str]:
    words = _some(rng, ["home", "news", "local", "sport", "what's on", "jobs", "puzzles", "e-edition", "weather"], 3, 6)
    form = rng.random()
    if form < 0.4:
        return ["".join(w.upper() if i % 2 == 0 else w for i, w in enumerate(words))]
    if form < 0.7:
        return ["".join(w.title().replace(" ", "") for w in words)]
    return [" ".join(_case(rng, w) for w in words)]


def _twentyeighth_templates() -> dict[str, tuple[str, Template]]:
    """Layout debris from CMSs and scrapers: contents lists, figure and chart labels, embeds, markup, encodings."""
    return {
        "toc_list": ("h", _t28_toc_list),
        "jump_anchors": ("h", _t28_jump_anchors),
        "toc_toggle": ("h", _t28_toc_toggle),
        "toc_glued": ("h", _t28_toc_glued),
        "reading_progress": ("h", _t28_reading_progress),
        "anchor_debris": ("hit", _t28_anchor_debris),
        "footnote_markers": ("i", _t28_footnote_markers),
        "footnote_text": ("t", _t28_footnote_text),
        "footnote_prose": ("t", _t28_footnote_prose),
        "figure_label": ("i", _t28_figure_label),
        "map_label": ("i", _t28_map_label),
        "alt_text_prose": ("i", _t28_alt_text_prose),
        "alt_attr": ("hi", _t28_alt_attr),
        "chart_axis_ticks": ("i", _t28_chart_axis_ticks),
        "chart_data_labels": ("i", _t28_chart_data_labels),
        "chart_legend": ("i", _t28_chart_legend),
        "chart_source": ("i", _t28_chart_source),
        "chart_description": ("i", _t28_chart_description),
        "download_data": ("it", _t28_download_data),
        "embed_post_fallback": ("i", _t28_embed_post_fallback),
        "embed_video_fallback": ("hi", _t28_embed_video_fallback),
        "embed_consent_prose": ("i", _t28_embed_consent_prose),
        "interactive_notice": ("i", _t28_interactive_notice),
        "interactive_prose": ("i", _t28_interactive_prose),
        "map_prose": ("i", _t28_map_prose),
        "lazy_load": ("hit", _t28_lazy_load),
        "lazy_load_prose": ("hi", _t28_lazy_load_prose),
        "skeleton_blocks": ("hit", _t28_skeleton_blocks),
        "accordion_labels": ("i", _t28_accordion_labels),
        "tab_labels": ("hi", _t28_tab_labels),
        "read_more_toggle": ("it", _t28_read_more_toggle),
        "pagination": ("t", _t28_pagination),
        "pagination_prose": ("it", _t28_pagination_prose),
        "cms_vars": ("hit", _t28_cms_vars),
        "shortcodes": ("it", _t28_shortcodes),
        "editorial_placeholders": ("hit", _t28_editorial_placeholders),
        "html_tags": ("hit", _t28_html_tags),
        "block_comments": ("i", _t28_block_comments),
        "broken_entities": ("hit", _t28_broken_entities),
        "mojibake": ("hit", _t28_mojibake),
        "url_slugs": ("it", _t28_url_slugs),
        "utm_links": ("it", _t28_utm_links),
        "email_obfuscation": ("t", _t28_email_obfuscation),
        "email_obfuscation_prose": ("t", _t28_email_obfuscation_prose),
        "markdown_debris": ("it", _t28_markdown_debris),
        "table_debris": ("i", _t28_table_debris),
        "table_controls": ("i", _t28_table_controls),
        "srcset_leak": ("i", _t28_srcset_leak),
        "image_ui": ("i", _t28_image_ui),
        "css_js_leak": ("ht", _t28_css_js_leak),
        "notes_prose": ("t", _t28_notes_prose),
        "mixed_case_tabs": ("h", _t28_mixed_case_tabs),
    }


BLIND9_TEMPLATES: dict[str, Callable[[], dict[str, tuple[str, Template]]]] = {
    "twentyseventh": _twentyseventh_templates,
    "twentyeighth": _twentyeighth_templates,
}
