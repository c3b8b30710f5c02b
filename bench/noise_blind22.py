"""Two more blind noise splits ("fiftythird", "fiftyfourth") for the plain-text cleaner.

Why this module exists: a split that has been measured and then tuned against stops telling us how the cleaner does
on noise it has never met, so every so often a fresh pair is written blind.  These templates were written by
someone who did not read the cleaner, its rules, its tests or its output on any split, from experience of what ends
up in text that researchers collect as "news articles" when the page came from the crime and courts desk of a local
paper (where every story sits among court listings, police appeals and the public-notices pages), or from
independent, hyperlocal, community, faith, student and diaspora publishing (where a post is wrapped in newsletter
chrome, sidebars, parish notices and pleas for volunteers and money).  Their vocabulary is their own (every person,
outlet, police force, court, town, street, charity, church, school, university, blog, newsletter platform, handle,
phone number, e-mail address and URL is invented), and about half of the templates in each split are prose: full
sentences, 12-50 words, on everyday subjects, that read like article text but are boilerplate or belong to other
content (the hard case for a line-level cleaner).

  fiftythird   the crime, courts, police and public-safety desks and the legal and public-notices pages of local
               papers as scraped: court-listing boxes and sentencing round-up rows, reporting-restriction,
               contempt-of-court and comments-closed notices, anonymity and legal-advice disclaimers, police appeal
               boxes with incident and crime reference numbers and phone lines, wanted and CCTV image captions,
               missing-person boxes, crime-map widgets and crime-statistics strips, inquest and hearing schedules,
               public notices flattened to text (licensing applications, traffic regulation and road-closure orders,
               planning applications, deceased estates, winding-up petitions), court-reporter bylines and funding
               notes, "this case is ongoing" lines, helpline boxes, fire-service incident logs and related-case
               lists; and prose about other cases and incidents: other court cases and sentences in the third person,
               magistrates' round-ups, other police appeals and statements, arrests, collisions, fire-service
               call-outs, road-safety campaigns, scam warnings and crime-prevention advice, community-safety meetings,
               inquests, adjournments, licensing reviews, crime figures, independent crime-reporting charity and
               victim-support prose, restriction, contempt, anonymity and legal-advice explanations, court-reporting
               funding and open-justice policy, public-notice objection wording and update notes.
  fiftyfourth  independent, hyperlocal, community, faith, student and diaspora publishing as scraped: newsletter-
               platform chrome (subscribe boxes, paid tiers, "thanks for reading" lines, share, restack and like
               counts, paid-subscriber gates, post meta, previous and next post links, podcast-episode players,
               footnotes, comment headers), personal-blog sidebars (about-me stubs, blogrolls, webrings, archives by
               month, tag clouds, categories with counts), donation widgets, community calendars and what's-on lists,
               parish service times, student-paper mastheads and printed-edition notices, diaspora outlets' bilingual
               menus and translation credits, citizen-journalism labels, volunteer bylines, "spotted" snippets and
               club results tables; and prose: thank-you and paid-tier pitches, author notes and housekeeping,
               comment guidelines, donation and membership asks for volunteer-run outlets, about-me paragraphs, other
               community stories summarised, event blurbs, club and society results, volunteer thank-yous, local
               business shout-outs, reader letters on other subjects, parish notices, student-paper disclaimers and
               society notices, bilingual and translation notes, citizen-journalism disclaimers, contributor bios,
               corrections and right-of-reply policies, "spotted" reports, podcast blurbs, footnotes, what's-on
               blurbs and lost-and-found notices.

Templates have the format of bench/clean_noise.py: name -> (positions, fn), positions a string over "h" (head,
between title and body), "i" (inline, between body paragraphs) and "t" (tail); fn(rng, ctx) returns the lines of
one block ("" is a blank line inside the block).  ctx["headlines"] holds other articles' headlines (it may be empty,
hold one, or be missing, and invented fallback headlines stand in); ctx may also carry "title" and "paragraphs",
which these templates never use: no template copies the article's own title or body text, so word-level scoring
stays valid.  Only the rng passed in is used, so a block is a pure function of the seed.

    from bench.noise_blind22 import BLIND22_TEMPLATES
    from bench.noise_unseen import make_noisy_glued
    text = make_noisy_glued(article, random.Random(11), BLIND22_TEMPLATES["fiftythird"](), headlines)
"""

from __future__ import annotations

import datetime
import random
from collections.abc import Callable

from bench.clean_noise import (  # noqa: F401  (BbcArticle is re-exported for callers and tests)
    MONTHS,
    WEEKDAYS,
    BbcArticle,
    Template,
)
from bench.noise_fills import clock as _hm
from bench.noise_fills import day_month as _dm
from bench.noise_fills import digits as _digits
from bench.noise_fills import domain as _domain
from bench.noise_fills import glue, headline, headlines, pick, some
from bench.noise_fills import long_date as _long
from bench.noise_fills import pack as _pack
from bench.noise_fills import slug as _slug
from bench.noise_fills import weekday as _wd

# --- shared fills -------------------------------------------------------------------------------------------------

_GIVEN_F = ["Bethan", "Delphine", "Fliss", "Hester", "Jessamy", "Lowri", "Nell", "Perpetua", "Saoirse", "Verity",
            "Yara", "Aoife", "Carys", "Eleri", "Greer", "Ines", "Kezia", "Mairead", "Niamh", "Pippa", "Sunniva",
            "Tegan", "Wren", "Adaeze", "Dorota", "Farida", "Halima", "Marisol"]
_GIVEN_M = ["Aldous", "Corin", "Ewan", "Garrick", "Idris", "Kit", "Marcus", "Osian", "Rhodri", "Tobias", "Wendell",
            "Zachary", "Benedict", "Dominic", "Fergus", "Hollis", "Jago", "Leofric", "Obadiah", "Ravi", "Ulysses",
            "Bartosz", "Chidi", "Gustavo"]
_GIVEN = _GIVEN_F + _GIVEN_M
_FAMILY = ["Ackroyd-Bell", "Barraclough", "Cheeseman", "Dunkerley", "Entwhistle-Moss", "Farquharson-Lee",
           "Gathercole", "Hindmarsh", "Illingworth", "Jarrold", "Kershaw-Adeyemi", "Lumsden", "Mossop", "Nuttall",
           "Oldroyd", "Pickersgill", "Quarmby", "Rawnsley", "Sidebottom", "Tetley-Khan", "Uttley", "Varley",
           "Whitlock", "Yeadon", "Armitage-Osei", "Brocklebank", "Cudworth", "Dransfield", "Emsley", "Fawthrop",
           "Greenhalgh", "Haworth-Ruiz", "Inskip", "Jagger-Mistry", "Kitching", "Ledgard", "Mellor-Nowak",
           "Norcliffe", "Ormerod", "Pogson"]
_PLACES = ["Brackenholt", "Saltmarrow", "Wyndle Cross", "Hobbleford", "Ollerby Bridge", "Quillhampton",
           "Scarrowfield", "Dunmere Abbas", "Thistlecombe", "Ravelstowe", "Cindermoor", "Esterwick", "Havershaw",
           "Kilnbrook", "Wetherdown", "Marlpit Green", "Sallowby", "Fernhythe", "Colderbank", "Oxenwold"]
_ROADS = ["Ropemakers Row", "Chandlery Lane", "Tallow Street", "Pinfold Road", "Cooper's Yard", "Gasworks Lane",
          "Tannery Close", "Brewhouse Street", "Saddlers Walk", "Cinder Path", "Weavers Rise", "Lamplighter Way",
          "Mill Race Road", "Sexton Street", "Barrowfield Avenue", "Coalstaithe Road", "Malthouse Crescent"]
_UNIS = ["University of Esterwick", "Quillhampton College", "Saltmarrow Metropolitan University",
         "Ravelstowe Institute of Technology"]


def _name(rng: random.Random, sex: str = "") -> str:
    """A made-up full name; sex "f" or "m" when a sentence refers back to the person as she or he."""
    given = {"f": _GIVEN_F, "m": _GIVEN_M}.get(sex, _GIVEN)
    return f"{rng.choice(given)} {rng.choice(_FAMILY)}"


def _first(rng: random.Random) -> str:
    return rng.choice(_GIVEN)


def _town(rng: random.Random) -> str:
    return rng.choice(_PLACES)


def _road(rng: random.Random) -> str:
    return rng.choice(_ROADS)


def _bullet(rng: random.Random) -> str:
    return rng.choice(["• ", "- ", "* ", "– ", "· ", "› ", "■ ", "▸ ", ""])


def _day(rng: random.Random, lo: int = 2012, hi: int = 2025) -> datetime.date:
    """A real calendar date, so that weekday names agree with it."""
    return datetime.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def _wdm(d: datetime.date) -> str:
    """A date as "Tuesday 12 March", the weekday agreeing with it."""
    return f"{WEEKDAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]}"


def _short(rng: random.Random, d: datetime.date) -> str:
    """A date in one of the compact shapes tables and boxes print it."""
    mon = MONTHS[d.month - 1]
    return rng.choice([f"{d.day} {mon[:3]}", f"{d.day:02d}/{d.month:02d}", f"{d.day:02d}/{d.month:02d}/{d.year}",
                       f"{mon[:3]} {d.day}", f"{d.year}-{d.month:02d}-{d.day:02d}", f"{d.day} {mon[:3]} {d.year}"])


def _phone(rng: random.Random) -> str:
    """Numbers from the ranges kept for drama and fiction."""
    n = _digits(rng, 3)
    return rng.choice([f"01632 960{n}", f"020 7946 0{n}", f"0113 496 0{n}", f"0161 496 0{n}", f"0115 496 0{n}",
                       f"+44 (0)1632 960{n}", f"07700 900{n}", f"0191 498 0{n}", f"029 2018 0{n}"])


def _freephone(rng: random.Random) -> str:
    """A freephone or non-geographic helpline number from the drama ranges."""
    n = _digits(rng, 3)
    return rng.choice([f"0808 157 0{n}", f"08081 570{n}", f"03069 990{n}", f"0306 999 0{n}"])


def _email(rng: random.Random, person: str, host: str) -> str:
    first, last = person.split(" ", 1)
    local = rng.choice([f"{first}.{last}", f"{first[0]}{last}", f"{first}", f"{first}{last[0]}"])
    return "".join(ch for ch in local.lower() if ch.isalnum() or ch == ".") + "@" + host


def _dedupe(items: list[str]) -> list[str]:
    """The items in their order, each kept once."""
    return list(dict.fromkeys(items))


def _label(rng: random.Random, labels: list[str], p: float = 0.3) -> list[str]:
    """Sometimes a heading line above a block (the box's title, kept by the scrape)."""
    return [rng.choice(labels)] if rng.random() < p else []


def _head(rng: random.Random, labels: list[str], p: float, s: list[str]) -> list[str]:
    """Prose sentences packed into lines, sometimes under a heading."""
    return _label(rng, labels, p) + _pack(s)


def _cap(text: str) -> str:
    """The text with its first letter capitalised (a name starting with "the" opening a sentence)."""
    return text[:1].upper() + text[1:]


def _the(uni: str) -> str:
    """A university's name as it reads in a sentence ("the University of Esterwick", "Quillhampton College")."""
    return "the " + uni if uni.startswith("University") else uni


def _handle(name: str) -> str:
    return "@" + "".join(ch for ch in name if ch.isalnum())


# --- fiftythird: crime, courts, police and public-safety desks, legal and public notices --------------------------

_HL53 = ["Man jailed after late-night raid on Saltmarrow off-licence", "Teenager charged over Kilnbrook bus fire",
         "Inquest opens into death of Esterwick cyclist", "Police appeal after Havershaw post office break-in",
         "Landlord fined for letting flats with no fire doors", "Council seeks closure order on Tallow Street house",
         "Drug gang sentenced to a combined 46 years", "Fraudster who conned pensioners ordered to repay £80,000",
         "Missing Wetherdown teenager found safe and well", "Driver banned after 104mph chase on the ring road",
         "Jury told of 'frenzied' attack in Ollerby Bridge park", "Pub licence reviewed after string of fights",
         "Arson suspected in Cindermoor allotment blaze", "Named: the men jailed in Fernhythe this month"]
_FORCES = ["Wessmoor Police", "Harrowmere Constabulary", "Vale of Quenby Police", "Tollandshire Police",
           "Corrisdale and Fell Constabulary", "Kestrel Coast Police"]
_FIRE = ["Wessmoor Fire and Rescue Service", "Tollandshire Fire and Rescue", "Harrowmere Fire & Rescue Service",
         "Kestrel Coast Fire and Rescue"]
_PAPERS53 = ["Saltmarrow Evening Clarion", "Havershaw Gazette & Echo", "Ravelstowe Sentinel", "Cindermoor Mercury",
             "Esterwick Bugle", "Kilnbrook & District Advertiser"]
_CHARITY_LINE = ["Lanternwell Trust", "Quietcall", "the Tell-Safe Trust", "Speakeasy Reporting Line"]
_VICTIM = ["Waymark Victim Care", "Harbourlight Victim Service", "Stillwater Support", "the Kindred Helpline"]
_FUNDERS = ["the Open Bench Reporting Fund", "the Courtside Journalism Partnership", "the Local Justice Reporting "
            "Scheme", "the Public Gallery Trust"]
_SOLICITORS = ["Pennock Lyle & Amberley", "Gatwood Sharrow LLP", "Marrable & Quint Solicitors", "Threlfall Dunne",
               "Oakenshaw Legal", "Braithwaite Crewdson & Co"]
_COUNCILS = ["Wessmoor County Council", "Havershaw Borough Council", "Saltmarrow City Council",
             "Kilnbrook District Council", "Ravelstowe and Cindermoor Council"]
_OFFENCES = ["theft from a shop", "burglary", "assault by beating", "drink-driving", "driving while disqualified",
             "possession of cannabis", "criminal damage", "possessing a bladed article in public",
             "using threatening behaviour", "failing to provide a specimen", "handling stolen goods", "fraud by false "
             "representation", "breach of a restraining order", "speeding", "possession with intent to supply",
             "driving without insurance", "sending a malicious communication", "common assault on an emergency worker"]
_CROWN = ["Crown Court", "Crown Court", "Magistrates' Court", "Magistrates' Court", "Youth Court"]


def _court(rng: random.Random, kind: str | None = None) -> str:
    return f"{_town(rng)} {kind or rng.choice(_CROWN)}"


def _force(rng: random.Random) -> str:
    return rng.choice(_FORCES)


def _force_short(force: str) -> str:
    return force.replace(" Constabulary", "").replace(" Police", "")


def _force_host(force: str) -> str:
    return _domain(_force_short(force) + " police", ".police.uk")


def _incident(rng: random.Random) -> str:
    """An incident or log number as appeals quote it."""
    d = _day(rng, 2018, 2025)
    return rng.choice([f"incident {_digits(rng, 3)} of {d.day} {MONTHS[d.month - 1]}",
                       f"log {_digits(rng, 4)} of {d.day:02d}/{d.month:02d}/{d.year % 100:02d}",
                       f"occurrence {d.year % 100:02d}{_digits(rng, 6)}", f"reference {_digits(rng, 8)}",
                       f"incident number {_digits(rng, 4)}-{d.day:02d}{d.month:02d}{d.year % 100:02d}"])


def _crime_ref(rng: random.Random) -> str:
    d = _day(rng, 2018, 2025)
    pre = rng.choice(["WM", "HC", "VQ", "TP", "CF", "KC"])
    return rng.choice([f"{pre}/{d.year % 100:02d}/{_digits(rng, 5)}", f"{pre}{d.year}{_digits(rng, 6)}",
                       f"{_digits(rng, 2)}/{_digits(rng, 5)}/{d.year % 100:02d}", f"CRN {_digits(rng, 9)}"])


def _age(rng: random.Random, lo: int = 18, hi: int = 74) -> int:
    return rng.randint(lo, hi)


def _addr(rng: random.Random) -> str:
    return rng.choice([f"of {_road(rng)}, {_town(rng)}", f"of {_town(rng)}", f"from {_town(rng)}",
                       "of no fixed abode", f"of {rng.randint(1, 140)} {_road(rng)}, {_town(rng)}"])


def _sentence(rng: random.Random) -> str:
    m = rng.randint(2, 60)
    return rng.choice([f"jailed for {m} months", f"fined £{rng.randint(80, 2400):,}",
                       f"given a {rng.randint(6, 24)}-month community order",
                       f"given a {rng.randint(6, 24)}-month sentence suspended for two years",
                       f"banned from driving for {rng.randint(12, 48)} months", "given a conditional discharge",
                       f"ordered to do {rng.choice([80, 120, 150, 200, 240])} hours of unpaid work",
                       f"jailed for {rng.randint(2, 14)} years"])


def _mags_sentence(rng: random.Random, offence: str = "") -> str:
    """A sentence within magistrates' powers (a driving ban or points only for a motoring offence)."""
    options = [f"jailed for {rng.choice([6, 8, 10, 12, 16, 18, 20, 26])} weeks", f"fined £{rng.randint(80, 2400):,}",
               f"given a {rng.randint(6, 24)}-month community order", "given a conditional discharge",
               f"ordered to do {rng.choice([40, 80, 120, 150, 200])} hours of unpaid work"]
    if any(w in offence for w in ("driv", "specimen", "speeding", "insurance")):
        options += [f"banned from driving for {rng.randint(12, 48)} months",
                    f"given {rng.randint(3, 9)} penalty points"]
    return rng.choice(options)


def _t53_court_listing(rng: random.Random, ctx: dict) -> list[str]:
    """A court-listing box: court, date, courtroom rows with defendants, ages, addresses and charges."""
    d = _day(rng, 2016, 2025)
    court = _court(rng, rng.choice(["Magistrates' Court", "Crown Court"]))
    out = [rng.choice([f"{court} – {_wdm(d)}", f"IN COURT: {court.upper()}", f"Court list: {court}, {_long(d)}",
                       f"Appearing at {court}", f"{court} listings for {_wdm(d)}"])]
    style = rng.randrange(3)
    for _ in range(rng.randint(2, 5)):
        who, age, off = _name(rng), _age(rng), rng.choice(_OFFENCES)
        room = rng.randint(1, 9)
        t = f"{rng.choice([9, 10, 10, 11, 14])}:{rng.choice(['00', '00', '30', '15', '45'])}"
        out.append([f"Court {room}  {t}  {who} ({age}) {_addr(rng)} – {off}",
                    f"{t} | Courtroom {room} | {who.upper()} | {age} | {off.capitalize()}",
                    f"{_bullet(rng)}{who}, {age}, {_addr(rng)}: {off}"][style])
    if rng.random() < 0.4:
        out.append(rng.choice(["Lists are subject to change.", "Full list continues »", "Cases in bold are trials",
                               "Source: court list (published daily)", "* denies the charge"]))
    return out


def _t53_sentencing_rows(rng: random.Random, ctx: dict) -> list[str]:
    """Sentencing round-up rows from the magistrates' page."""
    out = _label(rng, ["COURT ROUND-UP", "Dealt with by magistrates", "Sentenced this week", "Court results",
                       f"At {_court(rng, 'Magistrates’ Court')}"], 0.7)
    style = rng.randrange(3)
    for _ in range(rng.randint(2, 5)):
        who, age, off = _name(rng), _age(rng), rng.choice(_OFFENCES)
        pen = _mags_sentence(rng, off)
        extra = rng.choice(["", f", plus £{rng.randint(85, 620)} costs",
                            f" and must pay a £{rng.choice([26, 41, 114, 154])} victim surcharge",
                            f", with compensation of £{rng.randint(50, 900)}"])
        out.append([f"{who}, {age}, {_addr(rng)}: {off}. {pen[0].upper()}{pen[1:]}{extra}.",
                    f"{who.upper()} ({age}) – {off} – {pen}",
                    f"{_bullet(rng)}{who}, {age}, admitted {off}; {pen}{extra}."][style])
    return out


def _t53_restrictions(rng: random.Random, ctx: dict) -> list[str]:
    """Reporting-restriction and contempt stubs above or below a court story."""
    rows = [rng.choice(["Reporting restrictions apply", "REPORTING RESTRICTIONS IN PLACE", "Legal notice",
                        "⚠ Active case", "Contempt of court warning", "Section 45 order in force",
                        "Restrictions lifted by judge", "Anonymity order applies"]),
            rng.choice(["Comments are closed on this article for legal reasons.", "Comments disabled",
                        "We are unable to allow comments on this story.", "Comments have been turned off.",
                        "Please do not speculate on social media.", "Commenting is not available on court reports."]),
            rng.choice(["Read our court reporting policy", "Why can't I comment? »", "Legal guidance for readers",
                        "Find out more about contempt of court"])]
    return glue(rng, some(rng, rows, 1, 3), 0.3, (" | ", "  ", " · "))


def _t53_appeal_box(rng: random.Random, ctx: dict) -> list[str]:
    """A police appeal box: the ask, the phone lines, the reference to quote."""
    force = _force(rng)
    host = _force_host(force)
    rows = [rng.choice(["CAN YOU HELP?", "Police appeal", "Do you know anything?", "Witness appeal",
                        "Information wanted", "Help us find them"]),
            rng.choice([f"Call {force} on 101", f"Contact {_force_short(force)} police on 101 or {_phone(rng)}",
                        "Phone 101 (or 999 in an emergency)", f"Tel: 101 ext {_digits(rng, 4)}"]),
            rng.choice([f"Quote {_incident(rng)}", f"Please quote crime reference {_crime_ref(rng)}",
                        f"Ref: {_crime_ref(rng)}", f"Quoting {_incident(rng)}"]),
            rng.choice([f"Report online at {host}/report", f"Or use the live chat at www.{host}",
                        f"Dashcam footage: upload at {host}/upload", "Or speak to any officer"]),
            rng.choice([f"Anonymously: {rng.choice(_CHARITY_LINE)} on {_freephone(rng)}",
                        f"Or call the independent charity {rng.choice(_CHARITY_LINE)}, {_freephone(rng)}",
                        f"{rng.choice(_CHARITY_LINE)}: {_freephone(rng)} (100% anonymous)"])]
    return rows[:1] + glue(rng, some(rng, rows[1:], 2, 4), 0.3, (" | ", "  ", ". ")) if rng.random() < 0.7 else \
        glue(rng, some(rng, rows[1:], 1, 3), 0.4, (" | ", "  "))


def _t53_crime_ref(rng: random.Random, ctx: dict) -> list[str]:
    """A bare reference line left between paragraphs of an appeal."""
    return [rng.choice([f"Crime reference: {_crime_ref(rng)}", f"Ref {_crime_ref(rng)}", f"Quote: {_incident(rng)}",
                        f"Incident no. {_digits(rng, 4)}", f"[{_incident(rng)}]",
                        "Operation " + rng.choice(["Kestrel", "Bramble", "Tinder", "Harrier", "Lodestone", "Oxbow"]),
                        f"Case number {_digits(rng, 2)}{_digits(rng, 6)}"])]


def _t53_missing_box(rng: random.Random, ctx: dict) -> list[str]:
    """A missing-person box: name, age, last seen, description, how to help."""
    who, age = _name(rng), rng.randint(12, 88)
    d = _day(rng, 2016, 2025)
    rows = [rng.choice(["MISSING", "Missing person", "HAVE YOU SEEN?", f"MISSING: {who.upper()}", "Missing from home"]),
            rng.choice([f"{who}, {age}", f"Name: {who}  Age: {age}", f"{who} ({age})"]),
            rng.choice([f"Last seen: {_wdm(d)} at {_hm(rng)}, {_road(rng)}, {_town(rng)}",
                        f"Last seen {_short(rng, d)} near {_town(rng)} station", f"Missing since {_long(d)}"]),
            rng.choice([f"Height: {rng.choice([4, 5, 5, 5])}ft {rng.randint(0, 11)}in",
                        f"{rng.randint(150, 192)}cm tall",
                        f"Build: {rng.choice(['slim', 'medium', 'stocky', 'heavy'])}"]),
            rng.choice(["Hair: " + rng.choice(["short brown", "long dark", "shaved", "grey", "shoulder-length blonde"]),
                        "Wearing: " + rng.choice(["a black puffer jacket", "a grey hoodie and jeans", "school uniform",
                                                  "a red cagoule", "a green parka and white trainers"])]),
            rng.choice(["Links to: " + ", ".join(rng.sample(_PLACES, 2)), "Call 999 with any sightings",
                        f"Quote {_incident(rng)}", "Do you know where they are?"])]
    return rows[:1] + some(rng, rows[1:], 2, 5)


def _t53_cctv_caption(rng: random.Random, ctx: dict) -> list[str]:
    """A wanted or CCTV image caption with its credit."""
    force = _force(rng)
    cap = pick(rng, [
        "Police want to speak to this man in connection with {what} in {town}",
        "CCTV image released by {force} after {what}",
        "Officers believe the people pictured may have information about {what}",
        "Do you recognise this woman? Police are investigating {what}",
        "WANTED: {who}, {age}, is sought in connection with {what}",
    ], what=rng.choice(["a theft from a shop", "an assault outside a bar", "a burglary", "damage to a car",
                        "a bag snatch", "a fight at a bus station", "a fraud at a cash machine"]),
        town=_town(rng), force=force, who=_name(rng), age=_age(rng))
    credit = rng.choice([f"(Image: {force})", f"Picture: {_force_short(force)} Police", "(Image: CCTV)",
                         f"Photo: {force}", "", "Image: handout"])
    return [f"{cap} {credit}".strip()] if rng.random() < 0.6 else [cap] + ([credit] if credit else [])


def _t53_wanted_box(rng: random.Random, ctx: dict) -> list[str]:
    """A 'wanted' box with the suspect's details and a warning."""
    who = _name(rng, "m")
    rows = [rng.choice(["WANTED", "Wanted on recall to prison", "Wanted person", "Have you seen this man?"]),
            rng.choice([f"{who}, {_age(rng)}", f"{who.upper()}", f"{who} (also known as '{rng.choice(_GIVEN_M)}')"]),
            rng.choice([f"Wanted for {rng.choice(_OFFENCES)}", "Wanted on recall to prison",
                        f"Failed to appear at {_court(rng)}", "Wanted in connection with a robbery"]),
            rng.choice([f"Known to frequent {_town(rng)} and {_town(rng)}", f"Links to {_road(rng)}, {_town(rng)}",
                        f"Has a tattoo on his {rng.choice(['left forearm', 'neck', 'right hand'])}"]),
            rng.choice(["Do not approach – call 999", "If you see him, do not approach him.", "Call 101 with info"])]
    return rows[:1] + some(rng, rows[1:], 2, 4)


def _t53_crime_map(rng: random.Random, ctx: dict) -> list[str]:
    """A crime-map widget flattened: search box, area, month, counts."""
    d = _day(rng, 2018, 2025)
    rows = [rng.choice(["Crime in your area", "CRIME MAP", "Beatline: what's happening near you",
                        "Check crime on your street"]),
            rng.choice(["Enter your postcode", "Postcode or street", "Search by postcode ›", "Find my area"]),
            rng.choice([f"{_town(rng)} town centre", f"Showing: {_road(rng)}, {_town(rng)}",
                        f"Neighbourhood: {_town(rng)} {rng.choice(['North', 'East', 'Central', 'West'])}"]),
            rng.choice([f"{MONTHS[d.month - 1]} {d.year}", f"Data for {MONTHS[d.month - 1][:3]} {d.year}",
                        "Latest month"]),
            rng.choice([f"{rng.randint(12, 640)} crimes reported", f"Total: {rng.randint(12, 640)}",
                        f"{rng.randint(12, 640)} crimes · {rng.randint(1, 40)} outcomes pending"]),
            rng.choice(["Map data from local police forces", "Locations are approximate", "Search", "Go",
                        "Zoom in to see more"])]
    return glue(rng, some(rng, rows, 2, 5), 0.45, (" | ", "  ", " · "))


def _t53_crime_stats(rng: random.Random, ctx: dict) -> list[str]:
    """A crime-statistics strip by category."""
    cats = ["Anti-social behaviour", "Violence and sexual offences", "Burglary", "Vehicle crime", "Shoplifting",
            "Criminal damage and arson", "Public order", "Drugs", "Other theft", "Bicycle theft", "Robbery",
            "Possession of weapons"]
    out = []
    style = rng.randrange(3)
    for c in rng.sample(cats, rng.randint(3, 6)):
        n = rng.randint(2, 400)
        ch = rng.randint(-45, 60)
        out.append([f"{c} {n}", f"{c}: {n} ({ch:+d}%)", f"{c} {n} {'▲' if ch >= 0 else '▼'}"][style])
    head = _label(rng, ["Crimes by type", "CRIME FIGURES", f"{_town(rng)}: last 12 months", "Recorded crime"], 0.5)
    return glue(rng, head + out, 0.5, (" | ", "  ", " · "))


def _t53_inquest_schedule(rng: random.Random, ctx: dict) -> list[str]:
    """A coroner's inquest schedule."""
    out = [rng.choice(["Inquests this week", "CORONER'S COURT", f"{_town(rng)} Coroner's Court – listings",
                       "Inquest hearings"])]
    d = _day(rng, 2016, 2025)
    style = rng.randrange(3)
    for _ in range(rng.randint(2, 4)):
        d += datetime.timedelta(days=rng.randint(0, 3))
        who, age = _name(rng), rng.randint(19, 96)
        kind = rng.choice(["Opening", "Full inquest", "Pre-inquest review", "Resumed", "Documentary inquest"])
        out.append([f"{_short(rng, d)}  {_hm(rng)}  {who} ({age}), {_town(rng)} – {kind}",
                    f"{_wdm(d)} | {who}, {age} | {kind}",
                    f"{_bullet(rng)}{who}, aged {age}, of {_town(rng)}: {kind.lower()}, {_short(rng, d)}"][style])
    if rng.random() < 0.4:
        out.append(rng.choice(["Hearings are open to the public.", "Times may change at short notice.",
                               "Senior Coroner for Wessmoor and Kilnbrook"]))
    return out


def _t53_hearing_schedule(rng: random.Random, ctx: dict) -> list[str]:
    """Next-hearing and trial-date stubs."""
    d = _day(rng, 2016, 2026)
    rows = [rng.choice([f"Next hearing: {_wdm(d)}", f"Trial date: {_long(d)}", f"Sentencing: {_short(rng, d)}",
                        f"Plea hearing {_short(rng, d)}", f"Trial fixed for {MONTHS[d.month - 1]} {d.year}"]),
            rng.choice([_court(rng, "Crown Court"), f"Court {rng.randint(1, 8)}, {_court(rng)}",
                        f"Before {rng.choice(['HHJ', 'Judge', 'District Judge', 'Recorder'])} {_name(rng)}"]),
            rng.choice(["Remanded in custody", "Bail granted", "Conditional bail", "Remanded", "Not guilty plea",
                        "No plea entered", "Estimated length: 5 days"])]
    return glue(rng, some(rng, rows, 1, 3), 0.55, (" | ", " · ", ". ", "  "))


def _t53_licensing_notice(rng: random.Random, ctx: dict) -> list[str]:
    """A premises-licence application notice as flattened from the public-notices page."""
    shop = rng.choice(["The Gallows Oak", "Quarry Tap", "Kilnbrook Food & Wine", "Marrowby Mini Market",
                       "The Lantern Rooms", "Bar Sessile", "The Saddlers Arms", "Pinfold Convenience Store"])
    council = rng.choice(_COUNCILS)
    d = _day(rng, 2016, 2025)
    rows = [rng.choice(["LICENSING ACT 2003", "NOTICE OF APPLICATION FOR A PREMISES LICENCE",
                        "Application to vary a premises licence", "PUBLIC NOTICE – LICENSING"]),
            f"Premises: {shop}, {rng.randint(1, 120)} {_road(rng)}, {_town(rng)}",
            rng.choice([f"Applicant: {_name(rng)}", f"Applicant: {shop} Ltd"]),
            rng.choice([f"Proposed: sale of alcohol {rng.choice(['Mon-Sun', 'Mon-Sat', 'daily'])} "
                        f"{rng.randint(8, 11)}:00-{rng.choice(['23:00', '00:30', '01:00', '22:30'])}",
                        "Late night refreshment Fri-Sat 23:00-02:00", "Regulated entertainment (live music) indoors"]),
            rng.choice([f"Representations to {council} Licensing, {_road(rng)}, by {_long(d)}",
                        f"Objections in writing to the licensing authority no later than {_long(d)}"]),
            "It is an offence knowingly or recklessly to make a false statement in connection with an application."]
    return rows[:1] + some(rng, rows[1:], 2, 5)


def _t53_road_order(rng: random.Random, ctx: dict) -> list[str]:
    """A temporary traffic regulation order or road-closure notice."""
    council = rng.choice(_COUNCILS)
    d = _day(rng, 2016, 2025)
    road = _road(rng)
    rows = [rng.choice([f"{council.upper()}", "ROAD TRAFFIC REGULATION ACT 1984 – SECTION 14",
                        "TEMPORARY ROAD CLOSURE", f"({_road(rng)}, {_town(rng)}) (Temporary Prohibition of Traffic) "
                        f"Order {d.year}"]),
            rng.choice([f"Road: {road}, {_town(rng)}, between {_road(rng)} and {_road(rng)}",
                        f"{road} will be closed to all traffic from {_short(rng, d)}"]),
            rng.choice(["Reason: " + rng.choice(["carriageway resurfacing", "gas main renewal", "bridge inspection",
                                                 "new water connection", "a community event", "scaffolding works"]),
                        "Works by the utility company on behalf of the council"]),
            rng.choice([f"Duration: up to {rng.randint(1, 18)} months; expected {rng.randint(2, 40)} days",
                        "Times: 09:30-15:30 weekdays", f"Diversion via {_road(rng)} and {_road(rng)}"]),
            f"Dated {_long(d)}  {_name(rng)}, "
            + rng.choice(["Director of Place", "Head of Highways", "Proper Officer"])]
    return rows[:1] + some(rng, rows[1:], 2, 4)


def _t53_planning_notice(rng: random.Random, ctx: dict) -> list[str]:
    """Planning-application notices flattened into rows."""
    out = [rng.choice(["PLANNING APPLICATIONS", "Town and Country Planning notices", "Planning: applications received",
                       f"{rng.choice(_COUNCILS)} – planning"])]
    works = ["Single-storey rear extension", "Change of use from shop to hot food takeaway",
             "Erection of 14 dwellings", "Replacement shopfront and illuminated sign",
             "Loft conversion with rear dormer", "Felling of one oak (TPO)",
             "Demolition of garage and erection of annexe", "Listed building consent for new windows",
             "Installation of 20m telecoms mast"]
    style = rng.randrange(2)
    for w in rng.sample(works, rng.randint(2, 4)):
        ref = f"{rng.randint(18, 25)}/{_digits(rng, 5)}/{rng.choice(['FUL', 'HOU', 'LBC', 'TPO', 'OUT'])}"
        place = f"{rng.randint(1, 140)} {_road(rng)}, {_town(rng)}"
        out.append([f"{ref} {place}: {w}", f"{_bullet(rng)}{place} – {w} (Ref {ref})"][style])
    if rng.random() < 0.6:
        out.append(rng.choice([f"Comments by {_dm(rng)}", "View plans online at the council's planning portal",
                               "Representations within 21 days of this notice."]))
    return out


def _t53_probate_notice(rng: random.Random, ctx: dict) -> list[str]:
    """Deceased-estates notices ('Trustee Act notices') flattened into rows."""
    out = _label(rng, ["DECEASED ESTATES", "Trustee Act 1925 s.27", "Estate notices", "PROBATE NOTICES"], 0.7)
    for _ in range(rng.randint(1, 3)):
        who = _name(rng).upper()
        d = _day(rng, 2015, 2025)
        sol = rng.choice(_SOLICITORS)
        out.append(rng.choice([
            f"{who}, late of {rng.randint(1, 90)} {_road(rng)}, {_town(rng)}, died {_long(d)}. Claims to {sol}, "
            f"{_town(rng)}, by {_dm(rng)}.",
            f"{who} (deceased) | {_town(rng)} | Date of death {_short(rng, d)} | Executors' solicitors: {sol}",
            f"Re {who} deceased, retired {rng.choice(['teacher', 'engineer', 'nurse', 'publican', 'postman'])}. "
            f"Notice is hereby given that creditors should send details to {sol}."]))
    return out


def _t53_winding_up(rng: random.Random, ctx: dict) -> list[str]:
    """A company winding-up or insolvency notice."""
    co = rng.choice(["Ravelstowe Joinery Ltd", "Kilnbrook Scaffold Services Limited", "Esterwick Vapes Ltd",
                     "Saltmarrow Lettings (2019) Ltd", "Brackenholt Roofing & Guttering Ltd", "Tallow Street Kitchens "
                     "Ltd", "Havershaw Haulage Limited"])
    d = _day(rng, 2015, 2025)
    rows = [rng.choice(["In the Wessmoor County Court, Insolvency List", "WINDING-UP PETITION",
                        "NOTICE OF APPOINTMENT OF LIQUIDATOR", "Insolvency notice", "COMPANIES"]),
            rng.choice([f"In the matter of {co.upper()}", f"{co} (Company No. {_digits(rng, 8)})", co]),
            rng.choice([f"Petition presented {_long(d)} by " + rng.choice(["the tax authority",
                                                                            "a trade creditor"]),
                        f"Liquidator: {_name(rng)} of " + rng.choice(["Copperline Recovery", "Tandem Insolvency LLP"]),
                        "Nature of business: " + rng.choice(["joinery", "scaffolding", "retail", "haulage"])]),
            rng.choice([f"To be heard at {_court(rng, 'County Court')} on {_long(d + datetime.timedelta(days=40))}",
                        f"Creditors' claims by {_dm(rng)}", f"Registered office: {_road(rng)}, {_town(rng)}"])]
    return rows[:1] + glue(rng, some(rng, rows[1:], 2, 3), 0.25, (" | ", "  "))


def _t53_court_byline(rng: random.Random, ctx: dict) -> list[str]:
    """A court reporter's byline, role, handle and time."""
    who = _name(rng)
    paper = rng.choice(_PAPERS53)
    rows = [rng.choice([f"By {who}", who, f"{who.upper()}", f"Words by {who}"]),
            rng.choice(["Court Reporter", "Crime and Courts Reporter", "Senior Court Correspondent",
                        f"Local Justice Reporter, {paper}", "Crime Reporter", "Courts and Inquests Reporter"]),
            rng.choice([_handle(who), f"Email: {_email(rng, who, _domain(paper, '.co.uk'))}", "Follow", ""]),
            rng.choice([f"{_hm(rng)}, {_long(_day(rng, 2016, 2025))}",
                        f"Published {_short(rng, _day(rng, 2016, 2025))}",
                        f"Updated {_hm(rng)}", f"{rng.randint(2, 9)} min read"])]
    rows = [r for r in rows if r]
    return glue(rng, some(rng, rows, 2, 4), 0.5, (" | ", "  ", " · ", ", "))


def _t53_funding_label(rng: random.Random, ctx: dict) -> list[str]:
    """A short court-reporting funding label."""
    f = rng.choice(_FUNDERS)
    return [rng.choice([f"Supported by {f}", f"Court reporting funded by {f}", f"In partnership with {f}",
                        f"This reporter's post is part-funded by {f}. Find out more »",
                        f"Open Justice Project | {f}"])]


def _t53_ongoing_line(rng: random.Random, ctx: dict) -> list[str]:
    """The 'case continues' line at the foot of a court report."""
    return [rng.choice(["The case continues.", "The trial continues.", "This case is ongoing.",
                        "The hearing continues tomorrow.", "More to follow.", "This story will be updated.",
                        "We will update this article as the case progresses.", "BREAKING: more to follow",
                        f"The trial, expected to last {rng.randint(2, 6)} weeks, continues.",
                        f"Sentencing was adjourned to {_dm(rng)}.", "Proceedings continue."])]


def _t53_helpline_box(rng: random.Random, ctx: dict) -> list[str]:
    """A helpline box under a distressing story."""
    rows = [rng.choice(["Need help?", "Support is available", "HELPLINES", "If you've been affected",
                        "Where to get help"]),
            f"{rng.choice(_VICTIM)}: {_freephone(rng)}",
            rng.choice([f"Brightdoor domestic abuse helpline: {_freephone(rng)} (24 hours)",
                        f"Samphire Listening Line: {_freephone(rng)}", f"Text SHORE to 07700 900{_digits(rng, 3)}"]),
            rng.choice([f"{rng.choice(_CHARITY_LINE)}: {_freephone(rng)}", "In an emergency always call 999",
                        "Visit our help page for more organisations"])]
    return rows[:1] + glue(rng, some(rng, rows[1:], 1, 3), 0.35, (" | ", "  "))


def _t53_notices_nav(rng: random.Random, ctx: dict) -> list[str]:
    """The public-notices section menu."""
    items = ["Public Notices", "Legal", "Planning", "Licensing", "Traffic & Roads", "Probate", "Insolvency",
             "Family Notices", "Place a notice", "Search notices", "Notices by area"]
    return glue(rng, some(rng, items, 3, 8), 0.75, (" | ", "  ", " · ", " / "))


def _t53_related_cases(rng: random.Random, ctx: dict) -> list[str]:
    """'More court news' lists pointing at other cases."""
    hls = _dedupe(headlines(rng, ctx, _HL53, rng.randint(1, 3)) + rng.sample(_HL53, rng.randint(0, 2)))
    head = rng.choice(["More court news", "IN COURT", "Latest crime", "Read more: crime", "Related", "Courts",
                       f"More from the {rng.choice(_PAPERS53)} crime desk", "MOST READ IN CRIME"])
    b = _bullet(rng)
    return [head] + [b + h for h in hls]


def _t53_fire_log(rng: random.Random, ctx: dict) -> list[str]:
    """A fire-service incident log."""
    out = [rng.choice(["Fire service call-outs", "INCIDENT LOG", f"{rng.choice(_FIRE)}: latest incidents",
                       "999 log"])]
    kinds = ["Bin fire", "Grass fire", "Car fire", "Kitchen fire", "Road traffic collision", "Person trapped in lift",
             "Automatic fire alarm", "Chimney fire", "Animal rescue", "Flooding", "Smell of burning"]
    style = rng.randrange(2)
    for k in rng.sample(kinds, rng.randint(2, 5)):
        n = rng.randint(1, 4)
        where = f"{_road(rng)}, {_town(rng)}"
        out.append([f"{_hm(rng)}  {k} – {where} – {n} appliance{'s' if n > 1 else ''}",
                    f"{_bullet(rng)}{k}, {where} ({_hm(rng)})"][style])
    return out


def _t53_police_follow(rng: random.Random, ctx: dict) -> list[str]:
    """Police contact and follow stubs from an appeal page."""
    force = _force(rng)
    short = _force_short(force)
    rows = [rng.choice([f"Follow {_handle(short + 'Police')}", f"{force} on social media",
                        f"Sign up to {short} Alerts", f"Community messaging: {short}Alert"]),
            rng.choice(["Non-emergency: 101", "Emergency: 999", "Textphone users: see website",
                        f"Report a crime online: {_force_host(force)}"]),
            rng.choice(["Contact us", "Find your neighbourhood team", "Crime prevention advice", "Track my crime"])]
    return glue(rng, some(rng, rows, 1, 3), 0.6, (" | ", "  ", " · "))


def _t53_court_header(rng: random.Random, ctx: dict) -> list[str]:
    """Section kicker and tags on a court story."""
    rows = [rng.choice(["Crime", "Court", "Crime & Courts", "NEWS › CRIME", "Home / News / Courts", "Justice"]),
            rng.choice([_town(rng), f"{_town(rng)} news", "Local", "Inquests"]),
            rng.choice(["Topics: " + ", ".join(rng.sample(["Courts", "Crime", "Police", "Drugs", "Knife crime",
                                                           "Road safety", "Burglary", "Fraud"], 3)),
                        f"{rng.randint(2, 9)} min read", "Live", ""])]
    rows = [r for r in rows if r]
    return glue(rng, some(rng, rows, 1, 3), 0.6, (" › ", " | ", "  "))


# prose ---------------------------------------------------------------------------------------------------------


def _t53_case_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A one-sentence summary of another Crown Court case."""
    s = [pick(rng, [
        ("A {age}-year-old man from {town} was jailed for {y} years at {court} on {wd} after admitting {crime} in "
         "the {road} area in {mon}."),
        ("{who}, {age}, {addr}, was found guilty of {crime} by a jury at {court} and will be sentenced on {dm}, "
         "when the judge warned that a prison sentence was inevitable."),
        ("A woman who {act} has been given a suspended prison sentence at {court}, where the judge said she had "
         "shown genuine remorse."),
        ("{who}, who {act}, was jailed for {m} months at {court} on {wd} and banned from contacting the victim "
         "for ten years."),
        ("Two brothers from {town} have been jailed for a total of {y} years for their part in {crime}, following "
         "a {k}-week trial at {court}."),
        ("A former {job} who {act} was told by a judge at {court} that she had abused a position of trust and was "
         "jailed for {m} months."),
    ], age=_age(rng), town=_town(rng), y=rng.randint(2, 16), court=_court(rng, "Crown Court"), wd=_wd(rng),
        crime=rng.choice(["a knifepoint robbery", "a string of burglaries", "supplying cocaine",
                          "causing grievous bodily harm", "arson with intent to endanger life",
                          "conspiracy to steal catalytic converters"]),
        road=_road(rng), mon=rng.choice(MONTHS), who=_name(rng), addr=_addr(rng), dm=_dm(rng), m=rng.randint(4, 40),
        act=rng.choice(["stole more than £40,000 from her employer", "set fire to a neighbour's shed",
                        "ran a fake roofing business targeting pensioners", "attacked a bus driver with a bottle",
                        "sold counterfeit vodka from a lock-up"]),
        k=rng.randint(2, 8),
        job=rng.choice(["care worker", "bookkeeper", "parish treasurer", "school business manager"]))]
    return _pack(s)


def _t53_magistrates_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A magistrates' round-up entry in sentences."""
    age, off = _age(rng), rng.choice(_OFFENCES)
    s = [pick(rng, [
        ("{him}, {age}, {addr}, admitted {off} when he appeared before {court} on {wd}; he was {pen} and told to "
         "pay £{c} costs."),
        ("Magistrates in {town} heard that {her}, {age}, was stopped on {road} at {hm} with nearly twice the legal "
         "limit of alcohol in her breath, and she was {pen2}."),
        ("{who}, {age}, {addr}, pleaded guilty by post to driving at {mph}mph in a 30mph zone on {road} and was "
         "{pen3}, with a £{vs} victim surcharge."),
        ("A {age}-year-old {addr} who admitted {off} was {pen} by {court}, where the bench heard he had no previous "
         "convictions."),
    ], who=_name(rng), him=_name(rng, "m"), her=_name(rng, "f"), age=age, addr=_addr(rng),
        off=off, court=_court(rng, "Magistrates' Court"),
        wd=_wd(rng), pen=_mags_sentence(rng, off), pen2=_mags_sentence(rng, "drink-driving"),
        pen3=_mags_sentence(rng, "speeding"), mph=rng.randint(38, 64),
        c=rng.randint(85, 620), town=_town(rng), road=_road(rng), hm=_hm(rng),
        vs=rng.choice([26, 34, 48, 114]))]
    return _pack(s)


def _t53_other_appeal_prose(rng: random.Random, ctx: dict) -> list[str]:
    """Another police appeal for witnesses."""
    force = _force(rng)
    s = [pick(rng, [
        ("Police are appealing for witnesses after a {age}-year-old man was seriously injured in an assault on "
         "{road}, {town}, at about {hm} on {wd}."),
        ("{force} is appealing for information after a {thing} was stolen from outside a house in {town} "
         "overnight between {wd} and {wd2}."),
        ("Officers investigating a burglary at a pharmacy in {town} would like to hear from anyone who saw a dark "
         "hatchback parked on {road} in the early hours of {wd}."),
        ("Detectives have renewed their appeal for dashcam footage after a pedestrian was hit by a van that failed "
         "to stop on {road}, {town}, on {dm}."),
        ("Anyone who was in the {place} between {h1}pm and {h2}pm on {wd} and saw a disturbance is asked to contact "
         "{force} on 101, quoting {inc}."),
    ], age=_age(rng, 16, 80), road=_road(rng), town=_town(rng), hm=_hm(rng), wd=_wd(rng), wd2=_wd(rng),
        force=force, thing=rng.choice(["quad bike", "horsebox", "mobility scooter", "ride-on mower", "camper van"]),
        dm=_dm(rng), place=rng.choice(["bus station", "retail park", "Riverside Gardens", "market square"]),
        h1=rng.randint(1, 5), h2=rng.randint(6, 11), inc=_incident(rng))]
    if rng.random() < 0.35:
        s.append(pick(rng, ["Information can also be given anonymously to the independent charity {ch} on {tel}.",
                            "The man was taken to hospital, where his injuries were described as not life-changing.",
                            "A {age}-year-old has been arrested and released on bail while inquiries continue."],
                      ch=rng.choice(_CHARITY_LINE), tel=_freephone(rng), age=_age(rng, 15, 60)))
    return _head(rng, ["Police appeal", "APPEAL", "Witnesses sought"], 0.3, s)


def _t53_statement_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A police officer's quoted statement about another incident."""
    who = _name(rng)
    rank = rng.choice(["Detective Inspector", "Detective Sergeant", "Inspector", "Chief Inspector", "Sergeant",
                       "Detective Chief Inspector", "Superintendent"])
    s = pick(rng, [
        ("{rank} {who} said: \"This was a frightening experience for the family, and I would urge anyone with "
         "information, however small, to get in touch.\""),
        ("\"We understand the community will be concerned, and residents can expect to see extra patrols in "
         "{town} over the coming days,\" said {rank} {who}."),
        ("{rank} {who}, who is leading the investigation, said: \"We are keeping an open mind as to the cause of "
         "the fire and are working closely with our colleagues in the fire service.\""),
        ("\"Thanks to the quick actions of members of the public, we were able to make an arrest within an hour,\" "
         "{rank} {who} said, adding that inquiries were continuing."),
        ("{rank} {who} said officers were treating the incident as isolated and there was no wider risk to the "
         "public, but asked people not to speculate online."),
    ], rank=rank, who=who, town=_town(rng))
    return _pack([s])


def _t53_arrests_prose(rng: random.Random, ctx: dict) -> list[str]:
    """An operation or arrests round-up about other police work."""
    force = _force(rng)
    s = [pick(rng, [
        ("{n} people were arrested and drugs worth an estimated £{v:,} were seized during a week of action by "
         "{force} targeting county lines dealing in {town}."),
        ("Officers carried out {n} warrants across {town} and {town2} on {wd} as part of Operation {op}, an "
         "investigation into the supply of cannabis and cocaine."),
        ("A {age}-year-old man has been charged with {off} and will appear before {court} on {wd}, {force} said."),
        ("{n} drivers were caught without insurance and {k} vehicles were seized during a two-day roads operation "
         "on the {road} in {town}."),
        ("A {age}-year-old woman arrested on suspicion of {off2} has been released under investigation, police said "
         "on {wd}."),
    ], n=rng.randint(3, 38), v=rng.randint(8, 900) * 1000, force=force, town=_town(rng), town2=_town(rng),
        wd=_wd(rng), op=rng.choice(["Kestrel", "Bramble", "Tinder", "Harrier", "Lodestone", "Oxbow"]),
        age=_age(rng), off=rng.choice(_OFFENCES), court=_court(rng, "Magistrates' Court"), k=rng.randint(2, 15),
        road=_road(rng), off2=rng.choice(["fraud", "arson", "theft", "wounding", "drink-driving"]))]
    return _pack(s)


def _t53_collision_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A road collision report from elsewhere."""
    s = [pick(rng, [
        ("A cyclist in his {dec}s was taken to hospital with serious injuries after a collision with a lorry on "
         "{road}, {town}, at about {hm} on {wd}."),
        ("{road} in {town} was closed for {h} hours on {wd} while collision investigators examined the scene of a "
         "crash involving two cars and a motorbike."),
        ("A {age}-year-old woman has died after the car she was driving left the road and hit a tree near {town} "
         "in the early hours of {wd}, police said."),
        ("Three people were treated by paramedics after a bus and a van collided at the junction of {road} and "
         "{road2} in {town} on {wd} morning."),
    ], dec=rng.choice(["20", "30", "40", "50", "60", "70"]), road=_road(rng), road2=_road(rng), town=_town(rng),
        hm=_hm(rng), wd=_wd(rng), h=rng.randint(2, 9), age=_age(rng))]
    if rng.random() < 0.4:
        s.append(pick(rng, ["Her family have been informed and are being supported by specialist officers.",
                            "Anyone with dashcam footage is asked to contact the serious collision unit.",
                            "The road was closed for several hours and reopened shortly after {hm}."],
                      hm=_hm(rng)))
    return _pack(s)


def _t53_fire_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A fire-service call-out summary."""
    fire = rng.choice(_FIRE)
    s = [pick(rng, [
        ("Firefighters from {town} and {town2} were called to a fire in a {place} on {road} at {hm} on {wd}, and "
         "the blaze was brought under control within an hour."),
        ("{fire} is urging people to check their smoke alarms after crews rescued a man from a {place} in {town} "
         "where the alarm had no battery."),
        ("Crews used breathing apparatus and two hose reels to tackle a fire that started in a tumble dryer at a "
         "{place} in {town} on {wd} evening."),
        ("{n} fire engines and an aerial ladder platform were sent to a derelict {place} in {town} on {wd}, where "
         "the fire is being treated as deliberate."),
        ("A {animal} was rescued by firefighters from {town} after getting stuck in {where} on {wd} afternoon."),
    ], town=_town(rng), town2=_town(rng), road=_road(rng), hm=_hm(rng), wd=_wd(rng), fire=fire, n=rng.randint(3, 9),
        place=rng.choice(["terraced house", "flat", "workshop", "warehouse", "former pub", "bungalow"]),
        animal=rng.choice(["horse", "dog", "cat", "deer", "swan"]),
        where=rng.choice(["a drainage ditch", "a fence", "mud on the riverbank", "a culvert", "a chimney"]))]
    return _head(rng, ["Fire service", "FIRE", f"{fire} news"], 0.25, s)


def _t53_road_safety_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A road-safety campaign paragraph."""
    force = _force(rng)
    s = [pick(rng, [
        ("{force} is launching its annual winter drink and drug-driving campaign on {dm}, with officers carrying "
         "out roadside checks across the county at all hours."),
        ("Last year {n} people were killed or seriously injured on roads in {county}, and the road safety "
         "partnership says speed was a factor in more than a third of those crashes."),
        ("Parents are being asked not to park on the zigzag lines outside {school}, where wardens have issued "
         "{n} tickets since the start of term."),
        ("The Eyes Up, Belt On campaign reminds drivers that speeding, using a phone, not wearing a seatbelt and "
         "driving while distracted remain the main causes of serious crashes on local roads."),
        ("Motorcyclists can book a free half-day skills course with a police advanced rider in {town} this "
         "{season}, and places are offered on a first-come basis."),
    ], force=force, dm=_dm(rng), n=rng.randint(40, 420), county=_force_short(force),
        school=rng.choice(["Pinfold Primary", "St Elfric's Infants", "Kilnbrook Academy", "Weavers Rise School"]),
        town=_town(rng), season=rng.choice(["spring", "summer", "autumn"]))]
    return _head(rng, ["Road safety", "DRIVE SAFE", "Campaign"], 0.3, s)


def _t53_scam_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A police scam or fraud warning."""
    s = [pick(rng, [
        ("Residents in {town} are being warned about cold callers offering to clean gutters or repair roofs, then "
         "demanding hundreds of pounds for work that was never done."),
        ("Police have received {n} reports in a week of calls from people pretending to be bank staff and asking "
         "victims to move their savings into a so-called safe account."),
        ("Older people are being targeted by fraudsters who claim to be police officers and send a courier to "
         "collect cash or bank cards from the front door."),
        ("A genuine police officer or bank will never ask you to withdraw money or hand over your PIN, and if in "
         "doubt you should hang up and call back on a different phone."),
        ("Buyers in local online marketplace groups have lost more than £{v:,} this year to sellers who take a "
         "deposit for a puppy, a car or concert tickets and then disappear."),
    ], town=_town(rng), n=rng.randint(6, 60), v=rng.randint(5, 90) * 1000)]
    return _head(rng, ["Scam alert", "FRAUD WARNING", "Be aware"], 0.35, s)


def _t53_prevention_prose(rng: random.Random, ctx: dict) -> list[str]:
    """Crime-prevention advice in sentences."""
    s = [pick(rng, [
        ("Most burglaries are opportunist, so make sure doors and windows are locked even when you are at home, "
         "and keep keys and car fobs away from the letterbox."),
        ("Bike owners are being encouraged to register frame numbers with a marking scheme, which makes stolen "
         "bicycles far easier to trace and return."),
        ("Sheds and garages are a common target in {season}, and a good padlock and an alarm costing less than "
         "£{p} can be enough to deter a thief."),
        ("Timer switches on lamps and radios help make an empty house look occupied, and neighbours can be asked "
         "to move post out of sight while you are away."),
        ("Catalytic converter thefts have fallen since owners began fitting protective cages, but officers say "
         "hybrid vehicles parked on the street remain at risk."),
    ], season=rng.choice(["spring", "summer", "the lighter evenings", "the run-up to Christmas"]),
        p=rng.choice([20, 25, 30, 40]))]
    return _head(rng, ["Crime prevention", "Protect your home", "Top tips"], 0.3, s)


def _t53_meeting_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A community-safety meeting or police surgery notice."""
    s = [pick(rng, [
        ("The {town} neighbourhood policing team will hold a drop-in surgery at {venue} on {wd} from {h}pm, where "
         "residents can raise concerns about anti-social behaviour."),
        ("A community safety partnership meeting for {town} and {town2} takes place on {dm} at {venue}, and "
         "members of the public are welcome to attend and ask questions."),
        ("Residents worried about speeding on {road} are invited to a speed-check training session at {venue} on "
         "{wd} evening, run by volunteers with the support of local officers."),
        ("Your local councillors and the police and crime commissioner's office will answer questions about street "
         "lighting and knife crime at a public meeting in {town} on {dm}."),
        ("Street watch coordinators in {town} meet on the first {wd} of the month at {venue}, and new "
         "members can sign up on the night."),
    ], town=_town(rng), town2=_town(rng), wd=_wd(rng), h=rng.randint(1, 6), dm=_dm(rng), road=_road(rng),
        venue=rng.choice(["the library", "St Elfric's church hall", "the community centre on Cinder Path",
                          "Kilnbrook leisure centre", "the Pinfold Road fire station"]))]
    return _head(rng, ["Community safety", "Have your say", "Meet your local team"], 0.3, s)


def _t53_charity_line_prose(rng: random.Random, ctx: dict) -> list[str]:
    """Independent crime-reporting charity prose."""
    ch = rng.choice(_CHARITY_LINE)
    s = [pick(rng, [
        ("You can pass on information about crime completely anonymously to the independent charity {ch} by "
         "calling {tel} or using its online form; it never asks for your name."),
        ("{ch} is independent of the police, and calls to its line are not recorded or traced, so nobody will "
         "ever know that you spoke to them."),
        ("If you know something about {what} but do not feel able to speak to police, the charity {ch} can take "
         "the information from you anonymously on {tel}."),
        ("A reward of up to £{r:,} is being offered by {ch} for information passed to the charity that leads to "
         "the arrest and charge of those responsible."),
    ], ch=ch, tel=_freephone(rng), r=rng.choice([1000, 2000, 5000, 10000, 20000]),
        what=rng.choice(["drug dealing in your street", "who is carrying knives", "a burglary", "fly-tipping",
                         "someone being exploited"]))]
    s[0] = _cap(s[0])
    return _pack(s)


def _t53_victim_support_prose(rng: random.Random, ctx: dict) -> list[str]:
    """Victim-support and helpline prose."""
    org = rng.choice(_VICTIM)
    s = [pick(rng, [
        ("{org} offers free and confidential support to anyone affected by crime, whether or not it has been "
         "reported to the police, on {tel} or through its web chat."),
        ("If you have been affected by any of the issues in this article, {org} is available {hours} on {tel}."),
        ("You do not have to go through it alone: trained volunteers at {org} can help with practical problems, "
         "emotional support and preparing to give evidence in court."),
        ("Anyone experiencing domestic abuse can call the free Brightdoor helpline on {tel}, and in an emergency "
         "should always dial 999 if they or someone else is in danger."),
    ], org=org, tel=_freephone(rng), hours=rng.choice(["24 hours a day", "seven days a week", "from 8am to 8pm"]))]
    s[0] = _cap(s[0])
    return _head(rng, ["Get support", "Help and advice", "SUPPORT"], 0.35, s)


def _t53_restrictions_prose(rng: random.Random, ctx: dict) -> list[str]:
    """The explanation of reporting restrictions."""
    s = [pick(rng, [
        ("A judge has made an order preventing the publication, now or in the future, "
         "of anything likely to identify the {who}, who cannot be named for legal reasons."),
        ("Reporting restrictions are in place, which means we cannot publish some details heard in court until "
         "the conclusion of the {trial}."),
        ("The defendant, who is {age}, cannot be named because of his age, and the court has also banned "
         "publication of the name of his school."),
        ("Some evidence heard in the absence of the jury cannot be reported until after the verdicts, so this "
         "report covers only what the jury has been told."),
    ], who=rng.choice(["alleged victim", "teenage witness", "complainant", "children involved"]),
        age=rng.randint(13, 17),
        trial=rng.choice(["trial", "linked trial of a second defendant", "retrial"]))]
    return _head(rng, ["Legal note", "Reporting restrictions"], 0.3, s)


def _t53_contempt_prose(rng: random.Random, ctx: dict) -> list[str]:
    """The contempt-of-court warning for readers."""
    s = [pick(rng, [
        ("Because criminal proceedings are active, we have closed comments on this article; anything posted online "
         "that could prejudice a trial may amount to contempt of court."),
        ("Please remember that the {n} defendants are entitled to a fair trial, and anyone who comments publicly "
         "about their guilt or innocence risks prosecution."),
        ("We would remind readers that it is an offence to publish material that identifies the victim of a sexual "
         "offence, including on social media and in private groups."),
        ("Comments on this story have been switched off, as they are on all reports of live court cases, to avoid "
         "putting the proceedings at risk."),
    ], n=rng.choice(["two", "three", "four", "five"]))]
    return _head(rng, ["A note on comments", "Comments closed", "Legal warning"], 0.3, s)


def _t53_anonymity_prose(rng: random.Random, ctx: dict) -> list[str]:
    """The lifelong-anonymity and naming-policy prose."""
    s = [pick(rng, [
        ("Victims of sexual offences are entitled to lifelong anonymity, and nothing may be published that is "
         "likely to lead members of the public to identify them."),
        ("The {paper} does not name people who have been arrested but not charged, in line with guidance that "
         "suspects have a reasonable expectation of privacy."),
        ("We name defendants who appear in court because open justice is a fundamental principle, but we will "
         "consider requests to update or anonymise old reports in exceptional cases."),
        ("Under our policy we do not identify relatives of people convicted of crimes unless they are directly "
         "involved in the case or have chosen to speak to us."),
    ], paper=rng.choice(_PAPERS53))]
    return _pack(s)


def _t53_legal_advice_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A legal-advice disclaimer."""
    s = [pick(rng, [
        ("This article is for general information only and does not constitute legal advice, so if you are "
         "affected by a similar issue you should speak to a qualified solicitor."),
        ("The law in this area differs between England, Wales, Scotland and Northern Ireland, and the guidance "
         "above may not apply to your circumstances."),
        ("If you have been charged with an offence you are entitled to free legal advice at the police station, "
         "and the duty solicitor can be contacted at any time of day."),
        ("Readers with questions about tenancy disputes can contact the free clinic run by {sol} at {town} library "
         "every {wd} morning; no appointment is needed."),
    ], sol=rng.choice(_SOLICITORS), town=_town(rng), wd=_wd(rng))]
    return _head(rng, ["Disclaimer", "Legal information", "Know your rights"], 0.3, s)


def _t53_funding_prose(rng: random.Random, ctx: dict) -> list[str]:
    """The court-reporting funding note in sentences."""
    f = rng.choice(_FUNDERS)
    s = [pick(rng, [
        ("This report is part of our court coverage, which is supported by {f}, a scheme that pays for reporters "
         "to attend magistrates' and crown courts across the region."),
        ("Our court reporter's post is part-funded by {f}; the funder has no say over which cases we cover or what "
         "we write about them."),
        ("Fewer than one in {k} court hearings is now covered by a journalist, and {f} exists to make sure local "
         "justice continues to be seen to be done."),
        ("You can help fund our courts and inquests coverage from as little as £{p} a month, and every penny goes "
         "towards keeping a reporter in the public gallery."),
    ], f=f, k=rng.choice(["ten", "twenty", "fifty"]), p=rng.choice([2, 3, 5]))]
    return _pack(s)


def _t53_open_justice_prose(rng: random.Random, ctx: dict) -> list[str]:
    """The paper's explanation of why it reports court cases."""
    paper = rng.choice(_PAPERS53)
    s = [pick(rng, [
        ("The {paper} reports court cases in the public interest, and we are not able to leave out a case because "
         "a defendant or their family asks us to."),
        ("We aim to be fair and accurate in all our court reporting, and we report only what is said in open "
         "court or contained in documents shown to the press."),
        ("If you think a court report contains an error, please contact the newsdesk with the date of publication "
         "and we will look into it promptly."),
        ("Court results are based on information from the court register, and we will publish the outcome of any "
         "successful appeal if the defendant lets us know."),
    ], paper=paper)]
    return _head(rng, ["Why we report court cases", "Our court reporting policy", "Open justice"], 0.35, s)


def _t53_missing_prose(rng: random.Random, ctx: dict) -> list[str]:
    """Another missing-person appeal in sentences."""
    who = _name(rng)
    s = [pick(rng, [
        ("Officers are becoming increasingly concerned for the welfare of {her}, {age}, who was last seen leaving "
         "her home in {town} on {wd} afternoon."),
        ("{him}, {age}, has not been seen since {wd} and may have travelled to {town} by train, where he has "
         "friends, police said."),
        ("Police say {who}, who went missing from {town} on {dm}, has been found safe and well, and have thanked "
         "everyone who shared their appeal."),
        ("The {age}-year-old is described as {build}, with {hair}, and was wearing {clothes} when she was last "
         "seen near {road}."),
    ], who=who, her=_name(rng, "f"), him=_name(rng, "m"), age=rng.randint(12, 86), town=_town(rng), wd=_wd(rng),
        dm=_dm(rng), road=_road(rng),
        build=rng.choice(["slim", "of medium build", "about 5ft 4in tall", "tall and slim"]),
        hair=rng.choice(["short dark hair", "long red hair", "grey hair tied back", "blonde hair"]),
        clothes=rng.choice(["a navy coat", "a black tracksuit", "a yellow raincoat", "a school blazer"]))]
    return _head(rng, ["Missing", "UPDATE", "Appeal"], 0.25, s)


def _t53_inquest_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A summary of another inquest."""
    who = _name(rng, "m")
    s = [pick(rng, [
        ("An inquest into the death of {who}, {age}, of {town}, was opened and adjourned at {court} on {wd}, and a "
         "full hearing is expected later in the year."),
        ("The coroner recorded a conclusion of accidental death after hearing that {who} had fallen from a ladder "
         "while clearing gutters at his home on {road}."),
        ("A jury at the inquest into the death of {who} concluded that missed opportunities at {place} had "
         "contributed to his death."),
        ("{who}, a retired {job} from {town}, died in hospital {k} days after a fall at home, an inquest heard, and "
         "the coroner concluded it was an accident."),
    ], who=who, age=rng.randint(19, 95), town=_town(rng), court=f"{_town(rng)} Coroner's Court", wd=_wd(rng),
        road=_road(rng), place=rng.choice(["the prison", "the care home", "the mental health unit"]),
        job=rng.choice(["printer", "midwife", "bus driver", "headteacher", "farmer"]), k=rng.randint(2, 30))]
    return _pack(s)


def _t53_adjourned_prose(rng: random.Random, ctx: dict) -> list[str]:
    """An adjournment or bail line about another case."""
    s = [pick(rng, [
        ("The case was sent to {court}, where {him} will next appear on {dm}; he was remanded in custody until "
         "then."),
        ("No pleas were entered and the {age}-year-old was granted conditional bail not to enter {town} ahead of "
         "a further hearing on {dm}."),
        ("The hearing was adjourned after the court heard that a pre-sentence report had not yet been prepared, "
         "and {who} will return on {dm}."),
        ("A trial date was fixed for {mon} next year, and the judge warned {who} that she could be tried in her "
         "absence if she failed to attend."),
    ], court=_court(rng, "Crown Court"), who=_name(rng, "f"), him=_name(rng, "m"), dm=_dm(rng), age=_age(rng),
        town=_town(rng),
        mon=rng.choice(MONTHS))]
    return _pack(s)


def _t53_licensing_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A licensing-committee decision about another premises."""
    s = [pick(rng, [
        ("The {pub} in {town} has had its licence suspended for three months after a review hearing heard of "
         "repeated fights and drug dealing in the beer garden."),
        ("Councillors on the licensing sub-committee granted a late-night licence to a takeaway on {road}, despite "
         "objections from {n} neighbours about noise and litter."),
        ("A convenience store in {town} caught selling alcohol to a {age}-year-old during a test purchase has "
         "agreed to new conditions, including asking for ID from anyone who looks under 25."),
        ("An application to extend opening hours at the {pub} until 2am on Fridays and Saturdays was withdrawn before "
         "it reached the committee, the council said."),
    ], pub=rng.choice(["Gallows Oak", "Quarry Tap", "Saddlers Arms", "Lantern Rooms"]), town=_town(rng),
        road=_road(rng), n=rng.randint(4, 40), age=rng.randint(14, 17))]
    return _pack(s)


def _t53_stats_prose(rng: random.Random, ctx: dict) -> list[str]:
    """Crime figures for another area."""
    force = _force(rng)
    s = [pick(rng, [
        ("Recorded crime in {area} fell by {p}% in the year to {mon}, according to figures published on {wd}, "
         "though reports of shoplifting rose sharply."),
        ("{force} solved fewer than one in {k} burglaries last year, the lowest rate of any force in the region, "
         "new figures show."),
        ("Knife crime offences in {town} rose to {n} last year from {n2} the year before, figures obtained by the "
         "{paper} show."),
        ("The average time taken to answer a 999 call in {area} was {sec} seconds in {mon}, down from {sec2} "
         "seconds a year earlier."),
    ], area=_force_short(force), p=rng.randint(2, 19), mon=rng.choice(MONTHS), wd=_wd(rng), force=force,
        k=rng.choice(["ten", "fifteen", "twenty"]), town=_town(rng), n=rng.randint(60, 400),
        n2=rng.randint(60, 400), paper=rng.choice(_PAPERS53), sec=rng.randint(6, 15), sec2=rng.randint(9, 30))]
    return _pack(s)


def _t53_notice_prose(rng: random.Random, ctx: dict) -> list[str]:
    """The objection and deadline wording of a public notice."""
    council = rng.choice(_COUNCILS)
    s = [pick(rng, [
        ("Any person wishing to object to the proposals should send the grounds of their objection in writing to "
         "{council}, {road}, {town}, by {dm}."),
        ("Copies of the draft order, a map and a statement of the council's reasons may be inspected at {town} "
         "library during normal opening hours."),
        ("Notice is hereby given that {council} intends to make the above order, the effect of which will be to "
         "prohibit waiting at any time on both sides of {road}."),
        ("Any person claiming to be a creditor of the estate should send written particulars to the "
         "undersigned solicitors by {dm}, after which the estate will be distributed."),
        ("Plans may be viewed online or at the council offices, and comments received after {dm} may not be taken "
         "into account when the application is decided."),
    ], council=council, road=_road(rng), town=_town(rng), dm=_dm(rng))]
    return _pack(s)


def _t53_update_prose(rng: random.Random, ctx: dict) -> list[str]:
    """An update note on another court or crime story."""
    d = _day(rng, 2015, 2025)
    s = pick(rng, [
        "This article was updated on {date} to include the sentence handed down at {court}.",
        ("An earlier version of this story said the man was from {town}; he is from {town2}, and we are happy to "
         "make this clear."),
        "Update, {hm}: police have confirmed that the road has now reopened and the man has been released on bail.",
        ("Following publication, we were contacted by the family of {who}, who asked us to make clear that he was "
         "acquitted of all charges."),
    ], date=_long(d), court=_court(rng, "Crown Court"), town=_town(rng), town2=_town(rng), hm=_hm(rng),
        who=_name(rng, "m"))
    return _pack([s])


def _t53_animal_prose(rng: random.Random, ctx: dict) -> list[str]:
    """An animal-welfare or dog-attack case summary."""
    s = [pick(rng, [
        ("A {age}-year-old dog owner from {town} was banned from keeping animals for ten years after inspectors "
         "from the Fernleigh Animal Welfare Trust found {n} neglected horses on his land."),
        ("The owner of a dog that attacked a postal worker on {road} was ordered to pay £{c} compensation and "
         "keep the animal on a lead and muzzled in public."),
        ("Police are reminding dog owners to keep pets on a lead near livestock after {n} sheep were killed in a "
         "field near {town} during the lambing season."),
    ], age=_age(rng), town=_town(rng), n=rng.randint(3, 22), road=_road(rng), c=rng.randint(150, 2500))]
    return _pack(s)


def _t53_share_appeal(rng: random.Random, ctx: dict) -> list[str]:
    """The share buttons under a police appeal."""
    rows = [rng.choice(["Please share this appeal", "SHARE", "Share this appeal:", "Spread the word"]),
            " ".join(some(rng, ["Copy link", "Email", "Print", "WhatsApp", "Message"], 2, 4)),
            rng.choice([f"Shared {rng.randint(12, 9000):,} times", f"{rng.randint(2, 400)} comments",
                        "Every share helps"])]
    return glue(rng, some(rng, rows, 1, 3), 0.6, (" | ", "  ", " · "))


def _t53_alert_signup(rng: random.Random, ctx: dict) -> list[str]:
    """The crime-alerts newsletter signup box."""
    paper = rng.choice(_PAPERS53)
    rows = [rng.choice(["Get crime alerts for your area", "CRIME & COURTS NEWSLETTER", "Court Notes: weekly email",
                        f"Sign up to {paper} crime alerts"]),
            rng.choice(["Enter your email address", "Your email", "Email address*", "Postcode (optional)"]),
            rng.choice(["Sign up", "SUBSCRIBE", "Get alerts", "Go"]),
            rng.choice(["We'll never share your details.", "Unsubscribe at any time. Privacy notice",
                        "Sent every weekday at 7am"])]
    return glue(rng, some(rng, rows, 2, 4), 0.5, (" | ", "  ", " "))


def _t53_sentence_table(rng: random.Random, ctx: dict) -> list[str]:
    """A sentencing table: name, age, offence, sentence columns."""
    out = _label(rng, ["Jailed this month", "LOCKED UP", "Sentences handed down", "Who was jailed"], 0.7)
    if rng.random() < 0.5:
        out.append(rng.choice(["Name | Age | Offence | Sentence", "Name  Age  Town  Offence  Sentence"]))
    for _ in range(rng.randint(2, 5)):
        out.append(rng.choice([" | ", "  "]).join([_name(rng), str(_age(rng)), _town(rng),
                                                   rng.choice(_OFFENCES), _sentence(rng)]))
    return out


def _fiftythird_templates() -> dict[str, tuple[str, Template]]:
    """The crime, courts, police and public-safety desks and the public-notices pages of local papers."""
    return {
        "s53_court_listing": ("it", _t53_court_listing),
        "s53_sentencing_rows": ("it", _t53_sentencing_rows),
        "s53_restrictions": ("hit", _t53_restrictions),
        "s53_appeal_box": ("it", _t53_appeal_box),
        "s53_crime_ref": ("i", _t53_crime_ref),
        "s53_missing_box": ("hi", _t53_missing_box),
        "s53_cctv_caption": ("hi", _t53_cctv_caption),
        "s53_wanted_box": ("it", _t53_wanted_box),
        "s53_crime_map": ("t", _t53_crime_map),
        "s53_crime_stats": ("it", _t53_crime_stats),
        "s53_inquest_schedule": ("t", _t53_inquest_schedule),
        "s53_hearing_schedule": ("hi", _t53_hearing_schedule),
        "s53_licensing_notice": ("t", _t53_licensing_notice),
        "s53_road_order": ("t", _t53_road_order),
        "s53_planning_notice": ("t", _t53_planning_notice),
        "s53_probate_notice": ("t", _t53_probate_notice),
        "s53_winding_up": ("t", _t53_winding_up),
        "s53_court_byline": ("h", _t53_court_byline),
        "s53_funding_label": ("ht", _t53_funding_label),
        "s53_ongoing_line": ("it", _t53_ongoing_line),
        "s53_helpline_box": ("t", _t53_helpline_box),
        "s53_notices_nav": ("ht", _t53_notices_nav),
        "s53_related_cases": ("it", _t53_related_cases),
        "s53_fire_log": ("it", _t53_fire_log),
        "s53_police_follow": ("t", _t53_police_follow),
        "s53_court_header": ("h", _t53_court_header),
        "s53_share_appeal": ("it", _t53_share_appeal),
        "s53_alert_signup": ("it", _t53_alert_signup),
        "s53_sentence_table": ("it", _t53_sentence_table),
        "s53_case_prose": ("it", _t53_case_prose),
        "s53_magistrates_prose": ("it", _t53_magistrates_prose),
        "s53_other_appeal_prose": ("it", _t53_other_appeal_prose),
        "s53_statement_prose": ("i", _t53_statement_prose),
        "s53_arrests_prose": ("it", _t53_arrests_prose),
        "s53_collision_prose": ("hi", _t53_collision_prose),
        "s53_fire_prose": ("it", _t53_fire_prose),
        "s53_road_safety_prose": ("it", _t53_road_safety_prose),
        "s53_scam_prose": ("hit", _t53_scam_prose),
        "s53_prevention_prose": ("t", _t53_prevention_prose),
        "s53_meeting_prose": ("t", _t53_meeting_prose),
        "s53_charity_line_prose": ("it", _t53_charity_line_prose),
        "s53_victim_support_prose": ("t", _t53_victim_support_prose),
        "s53_restrictions_prose": ("hi", _t53_restrictions_prose),
        "s53_contempt_prose": ("ht", _t53_contempt_prose),
        "s53_anonymity_prose": ("t", _t53_anonymity_prose),
        "s53_legal_advice_prose": ("t", _t53_legal_advice_prose),
        "s53_funding_prose": ("ht", _t53_funding_prose),
        "s53_open_justice_prose": ("t", _t53_open_justice_prose),
        "s53_missing_prose": ("hi", _t53_missing_prose),
        "s53_inquest_prose": ("it", _t53_inquest_prose),
        "s53_adjourned_prose": ("i", _t53_adjourned_prose),
        "s53_licensing_prose": ("it", _t53_licensing_prose),
        "s53_stats_prose": ("hi", _t53_stats_prose),
        "s53_notice_prose": ("t", _t53_notice_prose),
        "s53_update_prose": ("h", _t53_update_prose),
        "s53_animal_prose": ("it", _t53_animal_prose),
    }


# --- fiftyfourth: independent, hyperlocal, community, faith, student and diaspora publishing ----------------------

_HL54 = ["Why the Pinfold Road bus shelter matters more than you think", "Notes from the repair café, month six",
         "The allotment waiting list, explained", "Our first year as a reader-funded paper",
         "What the new bridge means for Ollerby Bridge traders", "A walk along the old tram line",
         "Eight things I learned running a community fridge", "The quiet closure of the Havershaw swimming baths",
         "Freshers' guide to the Esterwick night bus", "Who decides what gets built on Marlpit Green?",
         "Recipe: my grandmother's plum dumplings", "Inside the Kilnbrook Lantern Parade workshop",
         "Letters: on parking, potholes and the pigeon man", "Interview: the last cobbler on Tallow Street"]
_PLATFORMS = {"Postlark": "postlark.pub", "Quirewell": "quirewell.com", "Leafmail": "leafmail.co",
              "Pennyletter": "pennyletter.net"}
_LETTERS = ["The Kilnbrook Dispatch", "Saltmarrow Notes", "Under the Viaduct", "Gravel & Gossip", "The Tuesday Lamp",
            "Wetherdown Wire", "Back Lanes", "Allotment Minutes", "The Ring Road Review"]
_HYPER = ["Ollerby Bridge Online", "Havershaw Hub", "Fernhythe Voice", "Cindermoor Now", "The Sallowby Pump",
          "Marlpit Green Matters"]
_CHURCHES = ["St Ebbel's Church", "St Morwith and All Souls", "Kilnbrook Methodist Church",
             "Esterwick Baptist Fellowship", "Holy Redeemer, Havershaw", "Saltmarrow Friends Meeting House",
             "Havershaw Central Mosque", "Gurdwara Sahib Ravelstowe", "Beth Tikvah Saltmarrow",
             "Wyndle Cross URC"]
_STUDENT = ["The Esterwick Undergraduate", "The Oxenwold Owl", "Quill", "The Lectern", "Met Standard"]
_DIASPORA = {"Most Tygodnik": "Polish", "Puente Semanal": "Spanish", "Ponte Comunidade": "Portuguese",
             "Tulay Balita UK": "Filipino", "Jamii Voices": "Swahili"}
_MENU = {"Polish": [("Strona główna", "Home"), ("Wiadomości", "News"), ("Społeczność", "Community"),
                    ("Ogłoszenia", "Notices"), ("Wydarzenia", "Events"), ("Praca", "Jobs")],
         "Spanish": [("Inicio", "Home"), ("Noticias", "News"), ("Comunidad", "Community"), ("Eventos", "Events"),
                     ("Anuncios", "Notices"), ("Empleo", "Jobs")],
         "Portuguese": [("Início", "Home"), ("Notícias", "News"), ("Comunidade", "Community"), ("Agenda", "Events"),
                        ("Avisos", "Notices"), ("Empregos", "Jobs")],
         "Filipino": [("Tahanan", "Home"), ("Balita", "News"), ("Komunidad", "Community"),
                      ("Mga Kaganapan", "Events"), ("Trabaho", "Jobs")],
         "Swahili": [("Nyumbani", "Home"), ("Habari", "News"), ("Jamii", "Community"), ("Matukio", "Events"),
                     ("Kazi", "Jobs")]}
_CODE = {"Polish": "PL", "Spanish": "ES", "Portuguese": "PT", "Filipino": "FIL", "Swahili": "SW"}
_READ_IN = {"Polish": "Czytaj po polsku", "Spanish": "Leer en español", "Portuguese": "Ler em português",
            "Filipino": "Basahin sa Filipino", "Swahili": "Soma kwa Kiswahili"}
_CLUBS = ["Ollerby Bridge FC", "Havershaw Harriers", "Kilnbrook Bowls Club", "Saltmarrow Chess Club",
          "Sallowby Cricket Club", "Esterwick Rowing Club", "Fernhythe Netball Club", "Cindermoor Quiz League",
          "Wetherdown Wheelers", "Thistlecombe Rounders"]
_TEAMS = ["Ollerby Bridge FC", "Sallowby Rovers", "Oxenwold Town", "Havershaw Athletic", "Kilnbrook United",
          "Esterwick Vets", "Wetherdown Reserves", "Colderbank Corinthians"]
_SHOPS54 = ["Crumb & Kettle", "Pinfold Hardware", "the Bobbin Café", "Larder on the Green", "Tallow Street Bikes",
            "Marlpit Books", "Ferrule & Spoke", "Dunmere Deli", "the Threadbare Sewing Room"]
_EVENTS54 = ["Kilnbrook Apple Day", "Saltmarrow Lantern Parade", "Havershaw Repair Café", "Esterwick Makers' Market",
             "Wyndle Cross Scarecrow Trail", "Sallowby Open Gardens", "Colderbank Soup Night",
             "Oxenwold Seed Swap", "Ravelstowe Folk Session"]
_BLOGS = ["Bus Stop Botany", "Notes from Platform 3", "The Crooked Kettle", "Rain on the Ring Road",
          "A Year of Allotment Soup", "Small Print Diaries", "Slow Miles North", "Marginalia & Mud",
          "Pigeonhole Papers", "The Patient Sourdough", "Lamp-post Archaeology"]
_PODS = ["The Back Lane Podcast", "Parish Pump Radio", "Two Mugs In", "Saltmarrow Sounds", "The Long Queue"]
_VENUES = ["the Pinfold Road community centre", "St Ebbel's church hall", "the library", "the Scout hut",
           "the Bobbin Café", "Kilnbrook Methodist hall", "the Malthouse Crescent allotments", "the old fire station"]


def _platform(rng: random.Random) -> tuple[str, str]:
    return rng.choice(sorted(_PLATFORMS.items()))


def _letter(rng: random.Random) -> str:
    return rng.choice(_LETTERS)


def _outlet(rng: random.Random) -> str:
    return rng.choice(_LETTERS + _HYPER)


def _post_url(rng: random.Random, ctx: dict) -> str:
    host = _platform(rng)[1]
    return f"https://{_slug(_letter(rng)).replace('-', '')}.{host}/p/{_slug(headline(rng, ctx, _HL54))}"


def _count(rng: random.Random) -> str:
    n = rng.choice([rng.randint(1, 99), rng.randint(100, 999), rng.randint(1000, 24000)])
    return f"{n / 1000:.1f}K" if n >= 1000 and rng.random() < 0.5 else f"{n:,}"


def _t54_subscribe_box(rng: random.Random, ctx: dict) -> list[str]:
    """A newsletter platform's subscribe box."""
    lt, (plat, _) = _letter(rng), _platform(rng)
    rows = [rng.choice([f"Subscribe to {lt}", lt, f"{lt} is a reader-supported publication.",
                        f"Launched {rng.randint(2017, 2025)}", f"{_count(rng)} subscribers"]),
            rng.choice(["Type your email...", "Your email address", "name@example.com", "Email"]),
            rng.choice(["Subscribe", "Subscribe free", "Sign up", "Join", "Continue"]),
            rng.choice([f"By subscribing, I agree to {plat}'s Terms of Use", "No thanks", "Already have an account? "
                        "Sign in", f"Powered by {plat}", "Maybe later"])]
    return glue(rng, some(rng, rows, 2, 4), 0.4, (" | ", "  ", " "))


def _t54_paid_tiers(rng: random.Random, ctx: dict) -> list[str]:
    """The paid-tier picker of a newsletter."""
    m = rng.choice([3, 4, 5, 6, 7, 8])
    cur = rng.choice(["£", "£", "$", "€"])
    rows = [rng.choice(["Upgrade to paid", "Choose a plan", "Support independent writing", "Become a paid subscriber"]),
            rng.choice([f"Monthly {cur}{m}/month", f"{cur}{m} a month"]),
            rng.choice([f"Annual {cur}{m * 10}/year (save {rng.randint(15, 20)}%)", f"{cur}{m * 10} a year"]),
            rng.choice([f"Founding member {cur}{m * 25}/year", f"Supporter {cur}{m * 20}/year",
                        "Free: occasional posts"]),
            rng.choice(["Cancel anytime", "Student discount available", "Gift a subscription", "Group subscriptions"])]
    return glue(rng, rows[:1] + some(rng, rows[1:], 2, 4), 0.35, (" | ", "  ", " · "))


def _t54_thanks_line(rng: random.Random, ctx: dict) -> list[str]:
    """The stock 'thanks for reading' line a platform inserts."""
    lt = _letter(rng)
    return [rng.choice([f"Thanks for reading {lt}! Subscribe for free to receive new posts and support my work.",
                        f"Thanks for reading {lt}! This post is public so feel free to share it.",
                        f"{lt} is a reader-supported publication. To receive new posts, consider becoming a "
                        "subscriber.", f"Thanks for reading {lt}!", "Share", f"Share {lt}",
                        "Thanks for reading! Leave a comment"])]


def _t54_share_bar(rng: random.Random, ctx: dict) -> list[str]:
    """Likes, comments, restacks and share counts."""
    items = [f"{_count(rng)} likes", f"♥ {_count(rng)}", f"{rng.randint(0, 240)} comments",
             f"💬 {rng.randint(0, 240)}", f"{rng.randint(0, 90)} restacks", "Share", "Restack", "Like", "Comment",
             "Copy link", "↻", "⤴"]
    return glue(rng, some(rng, items, 2, 6), 0.75, ("  ", " | ", " · ", " "))


def _t54_paywall_gate(rng: random.Random, ctx: dict) -> list[str]:
    """The paid-subscribers gate that cuts a post short."""
    lt = _letter(rng)
    rows = [rng.choice(["This post is for paid subscribers", "Keep reading with a 7-day free trial",
                        "This post is for paying subscribers only", f"Subscribe to {lt} to keep reading this post"]),
            rng.choice([f"Subscribe to {lt} to keep reading this post and get {rng.randint(7, 30)} days of free access "
                        "to the full post archives.", "Upgrade to paid", "Start trial"]),
            rng.choice(["Already a paid subscriber? Sign in", "Sign in", "Already have an account? Sign in"])]
    return some(rng, rows, 1, 3)


def _t54_post_meta(rng: random.Random, ctx: dict) -> list[str]:
    """The post meta line: author, date, reading time, paid flag."""
    who, d = _name(rng), _day(rng, 2018, 2025)
    items = [who, rng.choice([_short(rng, d), _long(d), f"{MONTHS[d.month - 1][:3]} {d.day}, {d.year}"]),
             f"{rng.randint(2, 22)} min read", rng.choice(["Paid", "Free", "Public", "Subscribers only"]),
             rng.choice([_letter(rng), "Listen ▶", "Share", ""])]
    return glue(rng, [x for x in some(rng, items, 2, 5) if x], 0.75, (" ∙ ", " · ", "  ", " | "))


def _t54_post_nav(rng: random.Random, ctx: dict) -> list[str]:
    """Previous / next post links."""
    a, b = (headlines(rng, ctx, _HL54, 2) + rng.sample(_HL54, 2))[:2]
    rows = [rng.choice([f"← {a}", f"Previous post: {a}", f"« {a}", "← Previous"]),
            rng.choice([f"{b} →", f"Next post: {b}", f"{b} »", "Next →"])]
    rows = some(rng, rows, 1, 2)
    return glue(rng, rows, 0.4, ("   ", " | "))


def _t54_podcast_embed(rng: random.Random, ctx: dict) -> list[str]:
    """A podcast-episode player flattened."""
    pod = rng.choice(_PODS)
    m, s_ = rng.randint(12, 78), rng.randint(0, 59)
    rows = [rng.choice([f"{pod}", f"Episode {rng.randint(3, 180)}", f"{pod} · Ep. {rng.randint(3, 180)}"]),
            headline(rng, ctx, _HL54),
            rng.choice([f"0:00 / {m}:{s_:02d}", f"{m} min", f"▶ Play ({m}:{s_:02d})", "1×", "Transcript"]),
            rng.choice(["Listen in podcast app", "Subscribe to the podcast", "Download", "Share episode",
                        "Audio playback is not supported on your browser."])]
    return glue(rng, some(rng, rows, 2, 4), 0.4, ("  ", " | ", " · "))


def _t54_footnotes(rng: random.Random, ctx: dict) -> list[str]:
    """Numbered footnotes at the foot of an independent post."""
    notes = ["Yes, I checked. Twice.", f"Thanks to {_name(rng)} for pointing this out in the comments.",
             "The minutes are on the parish council website, if you enjoy that sort of thing.",
             "I am aware this is a controversial position among bakers.",
             "Not his real name; he asked me not to use it.",
             f"See last {rng.choice(MONTHS)}'s post for the backstory.",
             "Prices correct when I went, which was a while ago.", f"Photo by {_name(rng)}, used with permission."]
    out = _label(rng, ["Notes", "Footnotes", "—"], 0.4)
    style = rng.randrange(4)
    for k, n in enumerate(rng.sample(notes, rng.randint(1, 3)), 1):
        out.append([f"{k} {n}", f"[{k}] {n}", f"{'*' * k} {n}", f"{k}. {n}"][style])
    return out


def _t54_comment_header(rng: random.Random, ctx: dict) -> list[str]:
    """The comments header and sort controls."""
    rows = [rng.choice([f"{rng.randint(0, 180)} Comments", "Discussion about this post", "Comments", "Leave a Reply",
                        f"{rng.randint(1, 60)} responses"]),
            rng.choice(["Write a comment...", "Cancel reply", "Your email address will not be published.",
                        "Required fields are marked *"]),
            rng.choice(["Sort by: Top", "Newest first", "Oldest", "Log in to comment", "Post Comment"])]
    return glue(rng, some(rng, rows, 1, 3), 0.45, (" | ", "  ", " · "))


def _t54_blogroll(rng: random.Random, ctx: dict) -> list[str]:
    """A personal blog's blogroll."""
    out = [rng.choice(["Blogroll", "BLOGS I READ", "Friends of the blog", "Elsewhere", "Other good things"])]
    b = _bullet(rng)
    for blog in rng.sample(_BLOGS, rng.randint(3, 7)):
        out.append(b + rng.choice([blog, blog, f"{blog} ({_first(rng)})", f"{blog} – {_slug(blog)}.blog"]))
    return glue(rng, out, 0.25, (" | ", " · "))


def _t54_webring(rng: random.Random, ctx: dict) -> list[str]:
    """A webring navigation line."""
    ring = rng.choice(["Kettle Webring", "Northern Hedgerow Ring", "Handmade Web Circle", "Small Towns Webring"])
    rows = [rng.choice([f"← {ring} →", f"This site is part of the {ring}", ring]),
            rng.choice(["Previous", "← prev"]), rng.choice(["Random", "🎲 random"]), rng.choice(["Next", "next →"]),
            rng.choice(["List all sites", "Join the ring", "Members"])]
    return glue(rng, some(rng, rows, 2, 5), 0.75, (" | ", "  ", " · "))


def _t54_sidebar_about(rng: random.Random, ctx: dict) -> list[str]:
    """A personal blog's about-me sidebar stub."""
    who = _name(rng)
    rows = [rng.choice(["About me", "ABOUT", "Hello!", "Who writes this", "About the author"]),
            rng.choice([f"Hi, I'm {who.split()[0]}.", who, f"{who} lives in {_town(rng)}."]),
            rng.choice([f"I write about {rng.choice(['walking', 'buses', 'bread', 'local history', 'allotments'])} "
                        f"and {rng.choice(['old maps', 'cats', 'the council', 'cake', 'rain'])}.",
                        "Read more about me »", "Contact", f"Email: {_email(rng, who, 'hedgerowmail.net')}"]),
            rng.choice(["Follow by email", "RSS", "Newsletter", "Buy me a cuppa ☕"])]
    return some(rng, rows, 2, 4)


def _t54_archives(rng: random.Random, ctx: dict) -> list[str]:
    """A blog sidebar's archives by month, with counts."""
    y = rng.randint(2012, 2025)
    out = _label(rng, ["Archives", "ARCHIVE", "Blog archive", "Older posts"], 0.8)
    m = rng.randint(4, 11)
    for _ in range(rng.randint(3, 8)):
        out.append(rng.choice(["", "► ", "▼ "]) + f"{MONTHS[m]} {y}" + rng.choice(["", f" ({rng.randint(1, 14)})"]))
        m -= 1
        if m < 0:
            m, y = 11, y - 1
    return glue(rng, out, 0.2, (" | ", "  "))


def _t54_tag_cloud(rng: random.Random, ctx: dict) -> list[str]:
    """A tag cloud."""
    tags = ["allotments", "buses", "council", "history", "walking", "recipes", "church", "school", "housing",
            "river", "pubs", "planning", "cycling", "libraries", "football", "weather", "nature", "events", "letters",
            "volunteering", "heritage", "parks"]
    out = _label(rng, ["Tags", "TAGS", "Topics", "Browse by tag"], 0.6)
    return out + glue(rng, some(rng, tags, 5, 12), 0.8, (" ", ", ", " · ", " | "))


def _t54_categories(rng: random.Random, ctx: dict) -> list[str]:
    """Categories with post counts."""
    cats = ["Community", "Council watch", "Food & drink", "History", "Letters", "Nature notes", "News", "Opinion",
            "Sport", "What's on", "Uncategorized", "Photos"]
    out = _label(rng, ["Categories", "CATEGORIES", "Sections"], 0.8)
    for c in some(rng, cats, 3, 7):
        out.append(rng.choice([f"{c} ({rng.randint(1, 240)})", f"{c} {rng.randint(1, 240)}", c]))
    return glue(rng, out, 0.25, (" | ", " · "))


def _t54_donate_widget(rng: random.Random, ctx: dict) -> list[str]:
    """A donation widget for a volunteer-run outlet."""
    out = rng.choice(_HYPER + _STUDENT)
    rows = [rng.choice(["Support us", f"Support {out}", "DONATE", "Chip in", "Keep us going"]),
            " ".join(some(rng, ["£3", "£5", "£10", "£20", "£50", "Other"], 3, 6)),
            rng.choice(["One-off", "Monthly", "One-off | Monthly | Annual"]),
            rng.choice(["Donate", "Give now", "Donate securely", "Continue →"]),
            rng.choice([f"{rng.randint(12, 900)} supporters so far", f"£{rng.randint(200, 9000):,} of £10,000 raised",
                        "Not-for-profit community interest company", "Gift Aid it"])]
    return glue(rng, some(rng, rows, 2, 5), 0.45, (" | ", "  ", " · "))


def _t54_calendar(rng: random.Random, ctx: dict) -> list[str]:
    """A community calendar of events."""
    out = [rng.choice(["Community calendar", "WHAT'S ON", "Coming up", "Diary dates", "This week in town"])]
    d = _day(rng, 2016, 2025)
    style = rng.randrange(3)
    for ev in rng.sample(_EVENTS54, rng.randint(2, 5)):
        d += datetime.timedelta(days=rng.randint(0, 5))
        venue = rng.choice(_VENUES)
        t = f"{rng.randint(9, 19)}:{rng.choice(['00', '30'])}"
        price = rng.choice(["Free", "£3", "£5 on the door", "Donations welcome", "Tickets £8"])
        out.append([f"{_short(rng, d)}  {ev}, {venue}, {t}", f"{_wdm(d)} | {ev} | {venue} | {price}",
                    f"{_bullet(rng)}{ev} – {_wdm(d)}, {t}, {venue}. {price}"][style])
    if rng.random() < 0.5:
        out.append(rng.choice(["Add your event", "Submit an event »", "See full calendar", "Events are free to list"]))
    return out


def _t54_service_times(rng: random.Random, ctx: dict) -> list[str]:
    """A parish or congregation's service times."""
    ch = rng.choice(_CHURCHES[:6] + _CHURCHES[-1:])
    out = [rng.choice([ch, f"{ch}: services", "SERVICE TIMES", "This Sunday", "Worship this week"])]
    rows = ["Sunday 8:00 Holy Communion (said)", "Sunday 10:30 Parish Eucharist", "Sunday 10:30 Morning Worship",
            "Sunday 18:00 Evensong", "Wednesday 10:00 Midweek Communion", "Thursday 19:30 Bible study (hall)",
            "Saturday 18:00 Vigil Mass", "Friday 9:15 Toddler praise", "First Sunday: All-age service",
            "Tuesday 12:00 Prayers for the town"]
    out += some(rng, rows, 2, 5)
    if rng.random() < 0.5:
        out.append(rng.choice([f"Vicar: Revd {_name(rng)}", f"Minister: {_name(rng)}", f"Parish office: {_phone(rng)}",
                               "All welcome. Step-free access.", "Hearing loop available"]))
    return glue(rng, out, 0.25, (" | ", " · "))


def _t54_masthead(rng: random.Random, ctx: dict) -> list[str]:
    """A student paper's editorial board list."""
    paper, uni = rng.choice(_STUDENT), rng.choice(_UNIS)
    out = [rng.choice([f"{paper} editorial board", "MASTHEAD", f"{paper} – {uni}", "Who we are", "Editorial team"])]
    roles = ["Editor-in-Chief", "Deputy Editor", "News Editor", "Comment Editor", "Culture Editor", "Sport Editor",
             "Chief Sub-Editor", "Photo Editor", "Online Editor", "Treasurer", "Social Media Officer"]
    for r in some(rng, roles, 3, 7):
        out.append(rng.choice([f"{r}: {_name(rng)}", f"{r} – {_name(rng)}", f"{_name(rng)} ({r})"]))
    return glue(rng, out, 0.2, (" | ", " · "))


def _t54_print_notice(rng: random.Random, ctx: dict) -> list[str]:
    """Printed-edition and pick-up notices."""
    paper, uni = rng.choice(_STUDENT + _HYPER), rng.choice(_UNIS)
    rows = [rng.choice([f"Issue {rng.randint(12, 640)} out now", "PRINT EDITION", f"{paper} in print",
                        f"Volume {rng.randint(2, 90)}, Issue {rng.randint(1, 12)}"]),
            rng.choice([f"Pick up a free copy in the {rng.choice(['SU foyer', 'library', 'Bobbin Café', 'Co-op'])}",
                        f"On stands across {_the(uni)} campus every other {_wd(rng)}",
                        "Read the digital edition (PDF)"]),
            rng.choice(["Next deadline: " + _dm(rng), "Write for us", "Advertise with us", "Back issues"])]
    return glue(rng, some(rng, rows, 1, 3), 0.5, (" | ", "  ", " · "))


def _t54_bilingual_menu(rng: random.Random, ctx: dict) -> list[str]:
    """A diaspora outlet's bilingual menu."""
    out_, lang = rng.choice(sorted(_DIASPORA.items()))
    pairs = some(rng, _MENU[lang], 3, 6)
    style = rng.randrange(3)
    items = [[f"{a} / {b}" for a, b in pairs], [a for a, _ in pairs] + ["English"],
             [f"{a} ({b})" for a, b in pairs]][style]
    rows = ([out_] if rng.random() < 0.4 else []) + items
    if rng.random() < 0.3:
        rows.append(rng.choice([_READ_IN[lang], "EN | " + _CODE[lang], f"Read in English · {_READ_IN[lang]}"]))
    return glue(rng, rows, 0.75, (" | ", "  ", " · "))


def _t54_translation_credit(rng: random.Random, ctx: dict) -> list[str]:
    """A translation credit and language switcher."""
    out_, lang = rng.choice(sorted(_DIASPORA.items()))
    rows = [rng.choice([f"Translated from {lang} by {_name(rng)}", f"Translation: {_name(rng)}",
                        f"English translation by volunteers at {out_}", f"Originally published in {lang} in {out_}"]),
            rng.choice([_READ_IN[lang], f"Read the original ({lang})", "Read in English", f"Also in {lang} »"]),
            rng.choice(["Edited by " + _name(rng), "Translation reviewed by the author", ""])]
    rows = [r for r in rows if r]
    return glue(rng, some(rng, rows, 1, 3), 0.45, (" | ", "  ", " · "))


def _t54_citizen_label(rng: random.Random, ctx: dict) -> list[str]:
    """A citizen-journalism or reader-contribution label."""
    return [rng.choice(["Reader contribution", "COMMUNITY POST – not checked by our editors", "Citizen report",
                        "Submitted by a reader", "User-generated content", "Your story",
                        f"Posted by {_name(rng)} (community contributor)", "Opinion | Guest post",
                        "Unverified: sent in by a reader"])]


def _t54_volunteer_byline(rng: random.Random, ctx: dict) -> list[str]:
    """Volunteer bylines and credits."""
    rows = [rng.choice([f"Words: {_name(rng)}", f"By {_name(rng)}", f"Written by {_name(rng)}, volunteer reporter"]),
            rng.choice([f"Photos: {_name(rng)}", f"Pictures by {_name(rng)}", "Photo: supplied"]),
            rng.choice([f"Edited by {_name(rng)}", "Proofread by the Tuesday volunteers",
                        f"{rng.randint(2, 9)} min read"])]
    return glue(rng, some(rng, rows, 1, 3), 0.6, (" | ", "  ", " · ", " / "))


def _t54_spotted(rng: random.Random, ctx: dict) -> list[str]:
    """'Spotted' reader snippets."""
    out = _label(rng, ["SPOTTED", "Spotted in town", "Seen and heard", "Reader snaps"], 0.7)
    snips = [f"A heron on the roof of {rng.choice(_SHOPS54)} (again)", f"Bunting going up on {_road(rng)}",
             f"Queue round the block for {rng.choice(_SHOPS54)}'s first day",
             "Someone's lost a blue glove by the bus stop",
             f"The {_road(rng)} pothole now has its own daffodils", "Double rainbow over the viaduct, 6.40pm",
             f"A very confident fox on {_road(rng)}", "The clock on the market hall is right for once"]
    for s in rng.sample(snips, rng.randint(1, 3)):
        out.append(rng.choice([f"{_bullet(rng)}{s}", f"{s} – {_first(rng)}", f"{s} (photo: {_first(rng)})"]))
    return out


def _t54_whats_on(rng: random.Random, ctx: dict) -> list[str]:
    """A short what's-on list."""
    out = [rng.choice(["What's on this weekend", "WEEKEND PICKS", "Out and about", "Things to do"])]
    acts = ["Quiz night", "Beginners' bell-ringing", "Litter pick", "Coffee morning", "Jumble sale", "Toddler group",
            "Open mic", "Table-top sale", "Tai chi in the park", "Family film afternoon", "Choir rehearsal"]
    for a in rng.sample(acts, rng.randint(2, 5)):
        out.append(rng.choice([f"{a} – {rng.choice(_VENUES)}", f"{_bullet(rng)}{a}, {_wd(rng)} {rng.randint(1, 9)}pm",
                               f"{a} @ {rng.choice(_VENUES)}"]))
    return out


def _t54_results_table(rng: random.Random, ctx: dict) -> list[str]:
    """A community club's results table."""
    out = [rng.choice(["Results", "RESULTS ROUND-UP", "Weekend scores", "Local sport", "League table"])]
    for _ in range(rng.randint(2, 5)):
        a, b = rng.sample(_TEAMS, 2)
        out.append(rng.choice([f"{a} {rng.randint(0, 6)}–{rng.randint(0, 6)} {b}", f"{a} {rng.randint(0, 6)} {b} "
                               f"{rng.randint(0, 6)}", f"{a} v {b}: {rng.choice(['P', 'W', 'L', 'D', 'postponed'])}"]))
    return out


def _t54_related_posts(rng: random.Random, ctx: dict) -> list[str]:
    """'You might also like' post lists."""
    hls = _dedupe(headlines(rng, ctx, _HL54, rng.randint(1, 3)) + rng.sample(_HL54, rng.randint(0, 2)))
    head = rng.choice(["You might also like", "More from this newsletter", "Recent posts", "Popular", "Ready for more?",
                       f"More from {_outlet(rng)}", "Read next"])
    b = _bullet(rng)
    return [head] + [b + h for h in hls]


def _t54_post_link(rng: random.Random, ctx: dict) -> list[str]:
    """A bare post link or permalink line."""
    return [rng.choice([_post_url(rng, ctx), f"Permalink: {_post_url(rng, ctx)}", f"Originally posted at "
                        f"{_slug(_letter(rng)).replace('-', '')}.{_platform(rng)[1]}",
                        f"Cross-posted from {rng.choice(_BLOGS)}"])]


# prose ---------------------------------------------------------------------------------------------------------


def _t54_thanks_prose(rng: random.Random, ctx: dict) -> list[str]:
    """An author's thank-you note to readers."""
    lt = _letter(rng)
    s = [pick(rng, [
        ("Thank you to everyone who replied to last week's post; I read every single email, even if it takes me a "
         "while to answer, and a few of them will end up in a future issue."),
        ("{lt} passed {n:,} subscribers this week, which is roughly {k} times the number of people I thought would "
         "ever want to read about {topic}."),
        ("A huge thank you to the {p} of you who have upgraded to a paid subscription this month, because you are "
         "the reason this newsletter can stay free for everyone else."),
        ("If you have just arrived from {other}, welcome; the short version is that I write about {topic} every "
         "{wd}, and you can unsubscribe any time."),
    ], lt=lt, n=rng.randint(300, 40000), k=rng.choice(["ten", "twenty", "forty", "a hundred"]),
        topic=rng.choice(["bus timetables", "the town's lost pubs", "allotment politics", "local planning rows",
                          "church architecture", "sourdough"]), p=rng.randint(4, 300), other=_outlet(rng), wd=_wd(rng))]
    return _pack(s)


def _t54_paid_pitch_prose(rng: random.Random, ctx: dict) -> list[str]:
    """The paid-tier pitch in sentences."""
    lt = _letter(rng)
    s = [pick(rng, [
        ("Paid subscribers get the full archive, a monthly behind-the-scenes post and my eternal gratitude, all for "
         "less than the price of a pint a month."),
        ("{lt} is entirely reader-funded: there are no adverts, no sponsors and no investors, just {p} people who "
         "think this kind of local writing is worth paying for."),
        ("If you enjoy these posts and can afford it, a paid subscription of £{m} a month helps cover the council "
         "papers I buy, the petrol, and the occasional bacon roll."),
        ("Nobody will ever be locked out because they cannot pay: if money is tight, reply to this email and I will "
         "give you a free subscription, no questions asked."),
    ], lt=lt, p=rng.randint(40, 2000), m=rng.choice([3, 4, 5, 6]))]
    return _head(rng, ["Support this newsletter", "A quick ask", "Why go paid?"], 0.35, s)


def _t54_author_note_prose(rng: random.Random, ctx: dict) -> list[str]:
    """An author's note or housekeeping at the top of a post."""
    s = [pick(rng, [
        ("A quick note before we start: there will be no post next {wd} because I am {reason}, but normal service "
         "resumes the week after."),
        ("Housekeeping: if this email has landed in your promotions tab, dragging it into your main inbox helps "
         "make sure the next one arrives where you can see it."),
        ("This one is longer than usual, so you may want to read it in your browser, where the photos from the "
         "{ev} look rather better."),
        ("I have changed the posting day from {wd} to {wd2} after a reader survey, which {pct}% of you answered, "
         "for which many thanks."),
        ("Programming note: the comments are open to everyone this week, because I would really like to hear from "
         "people who remember the {place} before it closed."),
    ], wd=_wd(rng), wd2=_wd(rng), ev=rng.choice(_EVENTS54), pct=rng.randint(8, 70),
        reason=rng.choice(["moving house", "on jury service", "taking my mum to the seaside",
                           "having a small operation"]),
        place=rng.choice(["Tallow Street baths", "old market hall", "Pinfold cinema", "railway goods yard"]))]
    return _head(rng, ["Housekeeping", "Before we begin", "A note from me"], 0.3, s)


def _t54_comment_rules_prose(rng: random.Random, ctx: dict) -> list[str]:
    """Comment guidelines."""
    s = [pick(rng, [
        ("Comments are moderated by volunteers, so please be patient; anything abusive, defamatory or off-topic "
         "will be removed, and repeat offenders will be blocked."),
        ("Please use your real name when commenting and keep it kind: we are a small town and the person you are "
         "arguing with may well be behind you in the queue at the chemist."),
        ("We do not publish comments that name people involved in ongoing court cases or that make allegations "
         "we cannot check, however well meant."),
        ("Comments close {k} days after publication, and links to other websites are held for approval to keep "
         "the spam down."),
    ], k=rng.choice(["seven", "fourteen", "thirty"]))]
    return _head(rng, ["Comment guidelines", "House rules", "Before you comment"], 0.35, s)


def _t54_donation_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A donation ask for a volunteer-run outlet."""
    out = rng.choice(_HYPER)
    s = [pick(rng, [
        ("{out} is run by {n} volunteers and costs about £{c:,} a year to keep online, so if you value local news "
         "that nobody else covers, please consider a small monthly donation."),
        ("We are not a charity and we do not take money from the council or developers, which means we rely on "
         "readers like you to keep going."),
        ("Every £{m} a month pays for one more reporter-hour at council meetings, where decisions about your bins, "
         "buses and parks are made."),
        ("Last year readers gave £{c:,}, which paid for our website, insurance and printing the quarterly paper "
         "that goes through {k:,} letterboxes."),
        ("If just one in ten of our regular readers chipped in £{m} a month, we could pay our first part-time "
         "editor and publish every day instead of twice a week."),
    ], out=out, n=rng.randint(3, 40), c=rng.randint(900, 18000), m=rng.choice([2, 3, 5]),
        k=rng.randint(1500, 20000))]
    return _head(rng, ["Please support us", "Support local news", "We need your help"], 0.35, s)


def _t54_membership_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A membership or co-operative share offer."""
    out = rng.choice(_HYPER)
    s = [pick(rng, [
        ("Members of {out} get a vote at our annual meeting, a say in what we cover and an invitation to our "
         "summer picnic on {place}."),
        ("{out} is now a community benefit society, and residents can buy shares from £{m} to help secure the "
         "future of independent news in {town}."),
        ("Join as a member before {dm} and you will receive a tote bag designed by pupils at {school}."),
    ], out=out, place=rng.choice(["Marlpit Green", "the riverbank", "the rec"]), m=rng.choice([10, 25, 50]),
        town=_town(rng), dm=_dm(rng), school=rng.choice(["Pinfold Primary", "Kilnbrook Academy", "St Ebbel's C of E"]))]
    return _pack(s)


def _t54_about_prose(rng: random.Random, ctx: dict) -> list[str]:
    """An about-me paragraph from the sidebar or foot of a post."""
    who = _name(rng, "f")
    s = [pick(rng, [
        ("I'm {first}, a retired {job} who moved to {town} in {y} and started this blog to keep track of the "
         "{hobby} and, later, the arguments about them."),
        ("{who} writes {lt} from a spare room overlooking the {view}, and has lived in {town} for {k} years, "
         "which apparently still makes her a newcomer."),
        ("By day I work in a {day}; by night I read council minutes so that you don't have to, and write up the "
         "interesting bits here."),
        ("{who} is a volunteer at {out} and a former {job}; she also runs the {ev} and can usually be found "
         "wherever there is cake."),
    ], first=who.split()[0], who=who, job=rng.choice(["teacher", "postman", "nurse", "surveyor", "printer", "vet"]),
        town=_town(rng), y=rng.randint(1978, 2020), lt=_letter(rng), k=rng.randint(6, 40),
        hobby=rng.choice(["birds in the garden", "walks I did", "bread I baked", "buildings being knocked down"]),
        view=rng.choice(["allotments", "viaduct", "bus depot", "river"]), out=rng.choice(_HYPER),
        day=rng.choice(["bank", "hospital pharmacy", "school office", "bike shop"]), ev=rng.choice(_EVENTS54))]
    return _head(rng, ["About me", "About the author", "Who am I?"], 0.35, s)


def _t54_community_story_prose(rng: random.Random, ctx: dict) -> list[str]:
    """Another community story, summarised."""
    s = [pick(rng, [
        ("Residents of {road} have raised £{m:,} to restore the Victorian drinking fountain at the end of their "
         "street, which has been dry since the {dec}s."),
        ("The community fridge at {venue} handed out more than {n:,} meals' worth of food last year, and "
         "organisers are now looking for a second freezer."),
        ("After a {k}-year campaign, the footbridge over the railway at {town} will finally be made step-free, "
         "with work due to start in {mon}."),
        ("Pupils at {school} planted {n:,} bulbs along {road} on {wd}, in memory of a lollipop lady who helped "
         "children cross there for {k} years."),
        ("The {town} toy library, which lends out everything from jigsaws to balance bikes, has moved into new "
         "premises at {venue} after its old home flooded."),
    ], road=_road(rng), m=rng.randint(800, 40000), dec=rng.choice(["196", "197", "198"]), venue=rng.choice(_VENUES),
        n=rng.randint(300, 20000), k=rng.randint(3, 30), town=_town(rng), mon=rng.choice(MONTHS), wd=_wd(rng),
        school=rng.choice(["Pinfold Primary", "St Ebbel's C of E Primary", "Kilnbrook Academy",
                           "Weavers Rise School"]))]
    return _pack(s)


def _t54_event_blurb_prose(rng: random.Random, ctx: dict) -> list[str]:
    """An event blurb."""
    ev = rng.choice(_EVENTS54)
    s = [pick(rng, [
        ("The {ev} returns on {wdm} from {h}am, with stalls, a brass band and the now traditional race between "
         "the vicar and the headteacher."),
        ("Bring along your broken toasters, torn jeans and wobbly chairs to the {town} Repair Café at {venue}, where "
         "volunteers"
         " will try to fix them for free."),
        ("Tickets for the {ev} are £{p} for adults and free for under-16s, and all proceeds go to the {cause}."),
        ("This year's {ev} has a new route through {road}, so organisers are asking residents to move parked "
         "cars before {h}am on the day."),
    ], ev=ev, wdm=_wdm(_day(rng, 2016, 2025)), h=rng.randint(9, 11), venue=rng.choice(_VENUES), p=rng.randint(2, 12),
        cause=rng.choice(["church roof fund", "food bank", "lido restoration appeal", "hospice shop"]),
        road=_road(rng), town=_town(rng))]
    return _head(rng, ["Event", "Don't miss", "Coming soon"], 0.3, s)


def _t54_club_results_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A club or society results paragraph."""
    club, other = rng.sample(_CLUBS, 2)
    team, team2, team3 = rng.sample(_TEAMS, 3)
    b = rng.randint(2, 3)
    s = [pick(rng, [
        ("{team} came from two goals down to beat {team2} {a}-{b} on {wd}, with {who} scoring the winner in the "
         "last minute of added time."),
        ("Congratulations to {who} of {club}, who won the over-50s title at the county championships in {town} "
         "last weekend."),
        ("{team} remain top of the league after a hard-fought draw away at {team2}, and host {team3} at home on "
         "{wd}."),
        ("{club} welcomed {n} new members at its open evening and still has space on the {day} beginners' "
         "sessions, which start at {h}pm."),
        ("The {club} quiz team were narrowly beaten in the final by {other}, losing on a tie-break question about "
         "the height of the town hall clock."),
    ], club=club, other=other, team=team, team2=team2, team3=team3, a=b + 1, b=b,
        wd=_wd(rng), who=_name(rng), town=_town(rng), n=rng.randint(4, 40), day=_wd(rng), h=rng.randint(5, 8))]
    return _pack(s)


def _t54_volunteer_thanks_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A volunteer thank-you note."""
    s = [pick(rng, [
        ("A big thank you to the {n} volunteers who turned out in the rain on {wd} to clear litter from the "
         "riverbank between {road} and the weir."),
        ("Thanks to {who} and the team at {shop} for donating refreshments to the {ev}, and to everyone who "
         "stayed behind to stack chairs."),
        ("We couldn't do this without the Tuesday crew, who fold, stamp and deliver {k:,} copies of the paper to "
         "doorsteps across {town} every month."),
        ("Special thanks to {who}, who is stepping down as our treasurer after {y} years of keeping the books "
         "straight and the biscuit tin full."),
    ], n=rng.randint(6, 80), wd=_wd(rng), road=_road(rng), who=_name(rng), shop=rng.choice(_SHOPS54),
        ev=rng.choice(_EVENTS54), k=rng.randint(800, 9000), town=_town(rng), y=rng.randint(4, 30))]
    return _head(rng, ["Thank you!", "Thanks", "A note of thanks"], 0.3, s)


def _t54_shoutout_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A local-business shout-out."""
    shop = rng.choice(_SHOPS54)
    s = [pick(rng, [
        ("Shout-out to {shop} on {road}, which has just celebrated {k} years of trading and still does the best "
         "cheese scone in {town}."),
        ("New in town: {shop} has opened on {road}, selling refills, second-hand books and very good coffee, and "
         "the owners tell us dogs are welcome."),
        ("If you need a puncture fixed, {shop} will usually do it while you wait, and they offer a discount to "
         "anyone who mentions this newsletter."),
        ("{shop} is looking for a Saturday assistant, so if you know a sensible teenager who likes people, send "
         "them in with a CV."),
    ], shop=shop, road=_road(rng), k=rng.randint(2, 60), town=_town(rng))]
    s[0] = s[0][0].upper() + s[0][1:]
    return _head(rng, ["Shop local", "Local business", "Shout-outs"], 0.3, s)


def _t54_reader_letter_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A reader's letter on another subject."""
    s = [pick(rng, [
        ("I was disappointed to see that the bench on {road} has been removed, as it was the only place for older "
         "residents to rest between the shops and the bus stop."),
        ("Can anyone explain why the number {bus} bus now terminates at the hospital, leaving those of us in "
         "{town} with a twenty-minute walk in the dark?"),
        ("May I, through your pages, thank the kind stranger who handed in my late husband's wallet at {shop} last "
         "{wd}; it meant more than you can know."),
        ("Your correspondent last month was wrong about the old tannery: it closed in {y}, not the {dec}s, as my "
         "grandfather worked there until the very last day."),
        ("The hedge cutting on {road} during nesting season is a disgrace, and I would urge the council to review "
         "its contract before next spring."),
    ], road=_road(rng), bus=rng.randint(2, 48), town=_town(rng), shop=rng.choice(_SHOPS54), wd=_wd(rng),
        y=rng.randint(1958, 1991), dec=rng.choice(["1940", "1950", "1970"]))]
    sign = rng.choice([f"{_name(rng)}, {_town(rng)}", f"{_name(rng)}, {_road(rng)}", "Name and address supplied", ""])
    return _label(rng, ["Letters", "Your letters", "Letter of the week"], 0.35) + _pack(s) + ([sign] if sign else [])


def _t54_parish_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A parish or congregation notice."""
    ch = rng.choice(_CHURCHES)
    s = [pick(rng, [
        ("The {ch} lunch club meets every {wd} at 12.30pm in the hall, and everyone is welcome, whether or not you "
         "have ever set foot in the building before."),
        ("Please keep in your prayers all who are sick, especially {first} and {first2}, and those who have died "
         "recently, including {who}."),
        ("The harvest collection for the food bank raised {n} boxes of tins and toiletries, and the team at {ch} "
         "would like to thank everyone who gave."),
        ("Our {fund} now stands at £{m:,}, and a sponsored walk from {town} to {town2} on {dm} will help us reach "
         "the target."),
        ("The community iftar at {ch} on {wd} evening is open to neighbours of all faiths and none, and "
         "volunteers are needed from 6pm to help set up."),
        ("Flowers this week are given by the {fam} family in loving memory of {who}, and the church will be open "
         "for quiet prayer on {wd} morning."),
    ], ch=ch, wd=_wd(rng), first=_first(rng), first2=_first(rng), who=_name(rng), n=rng.randint(12, 300),
        fund=rng.choice(["organ fund", "roof appeal", "new kitchen fund", "bell restoration fund"]),
        m=rng.randint(2000, 90000), town=_town(rng), town2=_town(rng), dm=_dm(rng), fam=rng.choice(_FAMILY))]
    return _head(rng, ["Parish notices", "Church news", "From the pews", f"{ch}"], 0.35, s)


def _t54_student_disclaimer_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A student paper's views-are-own disclaimer."""
    paper, uni = rng.choice(_STUDENT), rng.choice(_UNIS)
    s = [pick(rng, [
        ("The views expressed in this article are those of the author and do not necessarily reflect the views of "
         "{paper}, its editors or the {uni} Students' Union."),
        ("{paper} is editorially independent of the Students' Union and the university, and is written and "
         "produced entirely by student volunteers."),
        ("Opinion pieces in {paper} are the writers' own, and we welcome responses of up to {k} words, which can "
         "be sent to the comment editor."),
        ("This article was written by a student and has been edited for length and clarity; it does not represent "
         "an official position of {the_uni}."),
    ], paper=paper, uni=uni, the_uni=_the(uni), k=rng.choice([400, 500, 600, 800]))]
    return _pack(s)


def _t54_society_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A student society notice."""
    soc = rng.choice(["Hillwalking Society", "Cheese Appreciation Society", "Film Society", "Debating Union",
                      "Ukulele Club", "Gaelic Football Club", "Baking Society", "Chess Society", "Tea Society"])
    s = [pick(rng, [
        ("The {soc} meets every {wd} at 7pm in the Students' Union, and new members are welcome all year round, "
         "no experience needed."),
        ("Tickets for the {soc} winter ball go on sale on {wd} at noon, and last year they sold out in under "
         "{k} minutes."),
        ("The {soc} is holding its annual general meeting on {dm}, when a new committee will be elected and "
         "there will, as ever, be pizza."),
        ("Congratulations to the {soc}, which was named society of the year at the SU awards for its work with "
         "local primary schools."),
    ], soc=soc, wd=_wd(rng), k=rng.choice(["five", "ten", "twenty"]), dm=_dm(rng))]
    return _head(rng, ["Societies", "SOCS & CLUBS", "Get involved"], 0.3, s)


def _t54_bilingual_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A diaspora outlet's bilingual note."""
    out_, lang = rng.choice(sorted(_DIASPORA.items()))
    s = [pick(rng, [
        ("This article is also available in {lang}, and the {lang} version includes a list of community groups "
         "that can help with forms and appointments."),
        ("{out} publishes in English and {lang} every week, and our volunteer translators are always glad of "
         "help, particularly with proofreading."),
        ("Where a {lang} term has no exact English equivalent we have kept the original, with a short explanation "
         "in brackets."),
        ("Our print edition, in {lang} and English, is available free at community centres, churches and shops "
         "across {town} and {town2}."),
    ], lang=lang, out=out_, town=_town(rng), town2=_town(rng))]
    return _label(rng, [_READ_IN[lang], f"{lang} / English"], 0.35) + _pack(s)


def _t54_translation_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A translator's note."""
    out_, lang = rng.choice(sorted(_DIASPORA.items()))
    s = [pick(rng, [
        ("This interview was conducted in {lang} and translated by {who}; some answers have been shortened for "
         "length."),
        ("Translator's note: the speaker uses a regional expression here that roughly means 'to keep the kettle "
         "on', that is, to wait patiently for news."),
        ("Any errors in translation are ours, and readers who spot one are invited to write to {out} so that we "
         "can correct the English version."),
    ], lang=lang, who=_name(rng), out=out_)]
    return _pack(s)


def _t54_citizen_disclaimer_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A citizen-journalism disclaimer."""
    out = rng.choice(_HYPER)
    s = [pick(rng, [
        ("This post was written by a member of the community and has not been independently checked by {out}; "
         "the views and claims in it are the contributor's own."),
        ("{out} is a platform for residents to share news, and while we moderate every submission we cannot "
         "verify all of the details in reader reports."),
        ("If you believe anything in this community post is inaccurate, please contact us and we will review it "
         "within {k} working days."),
    ], out=out, k=rng.choice(["two", "three", "five"]))]
    return _pack(s)


def _t54_contributor_bio_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A volunteer contributor's bio."""
    who = _name(rng)
    s = [pick(rng, [
        ("{her} is a volunteer reporter for {out} and a {year} {subj} student at {uni}; she covers council "
         "meetings and anything involving trains."),
        ("{him} has lived in {town} all his life and has been photographing its shopfronts since {y}; this is his "
         "first piece for {out}."),
        ("{who} is a retired {job}, a keen cyclist and the organiser of the {ev}, and writes a monthly nature "
         "column for {out}."),
    ], who=who, him=_name(rng, "m"), her=_name(rng, "f"), out=_outlet(rng),
        year=rng.choice(["second-year", "final-year", "first-year"]),
        subj=rng.choice(["history", "journalism", "geography", "law"]), uni=_the(rng.choice(_UNIS)), town=_town(rng),
        y=rng.randint(1975, 2015), job=rng.choice(["librarian", "dentist", "engineer", "magistrate"]),
        ev=rng.choice(_EVENTS54))]
    return _pack(s)


def _t54_corrections_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A corrections policy or correction note."""
    out = _outlet(rng)
    s = [pick(rng, [
        ("{out} aims to be accurate, and when we get something wrong we will correct it quickly and say so at the "
         "bottom of the original post."),
        ("Correction: an earlier version of this post said the {ev} was on {wd}; it is on {wd2}, and we apologise "
         "to the organisers for the confusion."),
        ("To report an error, email corrections@{host} with a link to the post and a short explanation, and a "
         "volunteer editor will reply within a week."),
        ("We do not quietly edit old posts: every correction is dated and listed on our corrections page, "
         "however small."),
    ], out=out, ev=rng.choice(_EVENTS54), wd=_wd(rng), wd2=_wd(rng), host=_domain(out, ".org.uk"))]
    return _pack(s)


def _t54_reply_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A right-of-reply policy."""
    out = _outlet(rng)
    s = [pick(rng, [
        ("Anyone who is the subject of criticism in {out} will be offered a right of reply, and we will publish a "
         "fair summary of their response alongside the original piece."),
        ("We contacted the {body} for comment before publication and will update this post if we receive a "
         "response."),
        ("If you feel you have been treated unfairly in one of our posts, you can ask for a right of reply of up "
         "to {k} words, which we will publish unedited except for legal reasons."),
    ], out=out, body=rng.choice(["council", "landlord", "school", "developer", "bus company"]),
        k=rng.choice([200, 300, 400, 500]))]
    return _head(rng, ["Right of reply", "Our policy"], 0.3, s)


def _t54_spotted_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A longer 'spotted' reader report."""
    s = [pick(rng, [
        ("Reader {first} spotted a pair of kingfishers by the weir on {road} on {wd} morning and managed to get a "
         "photo before they disappeared under the bridge."),
        ("Several of you have written in about the mysterious knitted hats that appeared on the bollards along "
         "{road} overnight; we are told the culprit is a local craft group."),
        ("A very large tortoise was seen making slow but determined progress along {road} on {wd}, and has since "
         "been returned to its owner two gardens away."),
        ("Spotted: the new sign outside {shop}, which someone has already corrected with a marker pen, adding the "
         "missing apostrophe."),
    ], first=_first(rng), road=_road(rng), wd=_wd(rng), shop=rng.choice(_SHOPS54))]
    return _head(rng, ["Spotted", "SPOTTED"], 0.4, s)


def _t54_podcast_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A podcast episode blurb."""
    pod = rng.choice(_PODS)
    s = [pick(rng, [
        ("In this week's episode of {pod}, we talk to {who} about running the {ev} for {k} years, and why it "
         "nearly didn't happen in {y}."),
        ("On the latest episode of {pod}, {who} joins us to explain why the town's buses keep arriving in threes, "
         "and what the council could do about it."),
        ("This episode was recorded live at {venue}, so apologies for the clatter of teacups in the background."),
    ], pod=pod, who=_name(rng), ev=rng.choice(_EVENTS54), k=rng.randint(3, 30), y=rng.randint(2005, 2024),
        venue=rng.choice(_VENUES))]
    return _head(rng, ["Listen", "Podcast", "New episode"], 0.35, s)


def _t54_footnote_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A discursive footnote in sentences."""
    s = pick(rng, [
        ("For the record, I have nothing against {what}; I just think the consultation could have lasted longer "
         "than a fortnight in August."),
        ("I am grateful to the staff at {town} library's local studies room, who found the 1920s map in about "
         "four minutes after I had spent a week looking."),
        ("An earlier draft of this post was much ruder about the ring road, and I have been persuaded by my "
         "partner to tone it down."),
    ], what=rng.choice(["cycle lanes", "the new roundabout", "parking meters", "the market move"]), town=_town(rng))
    mark = rng.choice(["* ", "¹ ", "[1] ", "1. ", "† "])
    return _pack([mark + s])


def _t54_whats_on_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A what's-on blurb about something else."""
    s = [pick(rng, [
        ("The {town} film club is showing a classic post-war comedy at {venue} on {wd} at {h}pm, with tea and cake "
         "in the interval for a suggested donation of £{p}."),
        ("Beginners' Welsh, Polish and Urdu conversation groups start again at {venue} in {mon}, and the first "
         "session of each is free."),
        ("A seed and plant swap will take place at {venue} on {wd} from {h}am, so bring spare cuttings, seeds or "
         "simply yourself."),
        ("Local history talk: {who} will describe the building of the {town} viaduct and the navvies who lived in "
         "huts on {road}, at {venue} on {wd}."),
    ], town=_town(rng), venue=rng.choice(_VENUES), wd=_wd(rng), h=rng.randint(7, 10), p=rng.randint(2, 6),
        mon=rng.choice(MONTHS), who=_name(rng), road=_road(rng))]
    return _pack(s)


def _t54_lost_found_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A lost-and-found notice."""
    s = [pick(rng, [
        ("Lost: a grey tabby cat called {pet}, last seen on {road} on {wd}; she is microchipped and very friendly, "
         "so please check your sheds."),
        ("Found: a set of keys with a red lanyard outside {shop} on {wd}, now handed in behind the counter there."),
        ("Has anyone found a child's blue scooter left at the {place} on {wd}? It was a birthday present and is "
         "much missed."),
    ], pet=rng.choice(["Marmite", "Biscuit", "Pickle", "Tuppence", "Moss"]), road=_road(rng), wd=_wd(rng),
        shop=rng.choice(_SHOPS54), place=rng.choice(["rec", "playpark", "bus station", "library"]))]
    return _head(rng, ["Lost & found", "LOST AND FOUND", "Can you help?"], 0.35, s)


def _t54_weekly_roundup_prose(rng: random.Random, ctx: dict) -> list[str]:
    """The intro of a weekly round-up newsletter, about other matters."""
    s = [pick(rng, [
        ("Good morning, and welcome to this week's round-up, in which we cover the row over the {place}, a new "
         "café on {road} and the return of the {ev}."),
        ("It has been a busy week in {town}: the council has published its budget, the library has new opening "
         "hours, and somebody painted the postbox on {road} green."),
        ("Hello from a very wet {town}, where the river is high, the {ev} has been postponed and the ducks are, "
         "frankly, delighted."),
    ], place=rng.choice(["car park", "skate park", "bus lane", "market move"]), road=_road(rng),
        ev=rng.choice(_EVENTS54), town=_town(rng))]
    return _pack(s)


def _fiftyfourth_templates() -> dict[str, tuple[str, Template]]:
    """Independent, hyperlocal, community, faith, student and diaspora publishing as scraped."""
    return {
        "s54_subscribe_box": ("ht", _t54_subscribe_box),
        "s54_paid_tiers": ("it", _t54_paid_tiers),
        "s54_thanks_line": ("it", _t54_thanks_line),
        "s54_share_bar": ("hit", _t54_share_bar),
        "s54_paywall_gate": ("it", _t54_paywall_gate),
        "s54_post_meta": ("h", _t54_post_meta),
        "s54_post_nav": ("t", _t54_post_nav),
        "s54_podcast_embed": ("hi", _t54_podcast_embed),
        "s54_footnotes": ("t", _t54_footnotes),
        "s54_comment_header": ("t", _t54_comment_header),
        "s54_blogroll": ("t", _t54_blogroll),
        "s54_webring": ("ht", _t54_webring),
        "s54_sidebar_about": ("ht", _t54_sidebar_about),
        "s54_archives": ("t", _t54_archives),
        "s54_tag_cloud": ("t", _t54_tag_cloud),
        "s54_categories": ("ht", _t54_categories),
        "s54_donate_widget": ("it", _t54_donate_widget),
        "s54_calendar": ("it", _t54_calendar),
        "s54_service_times": ("t", _t54_service_times),
        "s54_masthead": ("t", _t54_masthead),
        "s54_print_notice": ("ht", _t54_print_notice),
        "s54_bilingual_menu": ("h", _t54_bilingual_menu),
        "s54_translation_credit": ("ht", _t54_translation_credit),
        "s54_citizen_label": ("hi", _t54_citizen_label),
        "s54_volunteer_byline": ("h", _t54_volunteer_byline),
        "s54_spotted": ("it", _t54_spotted),
        "s54_whats_on": ("it", _t54_whats_on),
        "s54_results_table": ("it", _t54_results_table),
        "s54_related_posts": ("it", _t54_related_posts),
        "s54_post_link": ("ht", _t54_post_link),
        "s54_thanks_prose": ("ht", _t54_thanks_prose),
        "s54_paid_pitch_prose": ("it", _t54_paid_pitch_prose),
        "s54_author_note_prose": ("h", _t54_author_note_prose),
        "s54_comment_rules_prose": ("t", _t54_comment_rules_prose),
        "s54_donation_prose": ("it", _t54_donation_prose),
        "s54_membership_prose": ("t", _t54_membership_prose),
        "s54_about_prose": ("t", _t54_about_prose),
        "s54_community_story_prose": ("it", _t54_community_story_prose),
        "s54_event_blurb_prose": ("it", _t54_event_blurb_prose),
        "s54_club_results_prose": ("it", _t54_club_results_prose),
        "s54_volunteer_thanks_prose": ("t", _t54_volunteer_thanks_prose),
        "s54_shoutout_prose": ("it", _t54_shoutout_prose),
        "s54_reader_letter_prose": ("it", _t54_reader_letter_prose),
        "s54_parish_prose": ("it", _t54_parish_prose),
        "s54_student_disclaimer_prose": ("ht", _t54_student_disclaimer_prose),
        "s54_society_prose": ("it", _t54_society_prose),
        "s54_bilingual_prose": ("hit", _t54_bilingual_prose),
        "s54_translation_prose": ("ht", _t54_translation_prose),
        "s54_citizen_disclaimer_prose": ("ht", _t54_citizen_disclaimer_prose),
        "s54_contributor_bio_prose": ("t", _t54_contributor_bio_prose),
        "s54_corrections_prose": ("t", _t54_corrections_prose),
        "s54_reply_prose": ("it", _t54_reply_prose),
        "s54_spotted_prose": ("i", _t54_spotted_prose),
        "s54_podcast_prose": ("it", _t54_podcast_prose),
        "s54_footnote_prose": ("it", _t54_footnote_prose),
        "s54_whats_on_prose": ("it", _t54_whats_on_prose),
        "s54_lost_found_prose": ("it", _t54_lost_found_prose),
        "s54_weekly_roundup_prose": ("h", _t54_weekly_roundup_prose),
    }


BLIND22_TEMPLATES: dict[str, Callable[[], dict[str, tuple[str, Template]]]] = {
    "fiftythird": _fiftythird_templates,
    "fiftyfourth": _fiftyfourth_templates,
}
