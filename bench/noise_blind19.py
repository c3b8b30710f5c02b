"""Two more blind noise splits ("fortyseventh", "fortyeighth") for the plain-text cleaner.

Why this module exists: every earlier split has been measured and then tuned against, so its score no longer says
how the cleaner does on noise it has never met.  These templates were written blind, by someone who did not read
the cleaner, its rules, its tests or its output on any split, from experience of what ends up in text that
researchers collect as "news articles" when the story reached them by e-mail or messaging rather than from a web
page, or came off a press-release wire or a search-engine content farm.  Their vocabulary is their own (every
person, outlet, newsletter, mailing list, mail client, chat app, channel, newswire, company, ticker, exchange, club,
school, hospital, town, street, phone number, e-mail address, handle and URL is invented), and about half of the
templates in each split are prose: full sentences, 12-50 words, on everyday news subjects, that read like article
text but are boilerplate or belong to other content (the hard case for a line-level cleaner).

  fortyseventh  news that arrived by e-mail and messaging: forwarded-message headers in several mail clients' shapes
                and languages, raw mail headers, mailing-list digests and footers, newsletter-platform wrappers
                (view-in-browser and preheader lines, mastheads, "in today's edition" contents, unsubscribe and
                manage-preferences bars, "This email was sent to" footers, "You are receiving this because" prose,
                sponsor slots in prose, referral and donation asks), e-mail signatures and confidentiality
                disclaimers short and in prose, external-sender warnings, out-of-office replies, "Sent from my
                phone" lines, attachment lists, quoted-reply residue ("On <date>, <name> wrote:" and ">" lines
                quoting other matters), "Show quoted text" and clipboard debris ("Copied!", "Click to expand...");
                newsletter editors' intros and sign-offs, news-in-brief, court, sport, travel, weather, business and
                health items in prose about other stories; chat-app exports (timestamped lines in several export
                shapes, "<Media omitted>", system lines, reactions, channel posts with view counts and "Forwarded
                from", pinned admin notices) and chat messages, voice-note transcripts, school messages and admin
                notices in prose about other matters.
  fortyeighth   press releases, PR wires and search-engine content farms: wire datelines and embargo lines, media
                contacts, "About <company>" paragraphs and safe-harbour prose, notes to editors short and in prose,
                end marks ("###", "-ends-"), multimedia-gallery and logo-download lines, SOURCE and release-ID
                stamps, exchange ticker tags, distribution notes in prose, quotes and lead paragraphs of other
                releases, event and milestone prose; content-farm residue: breadcrumbs, "Last updated" and reading
                time stamps, author and fact-check boxes, "Reviewed by" prose, tables of contents and jump links,
                key-takeaways boxes short and in prose, FAQs with questions and prose answers about other matters,
                "Conclusion" and "Final thoughts" paragraphs, AI-written filler and SEO intros, statistics filler,
                how-to steps, pros-and-cons lists, "Also read" / "Related posts" / "You may also like" lines,
                rating widgets, affiliate disclosures, "Sponsored" labels and sponsored prose, advertisement slots,
                keyword-tag clouds, share bars, newsletter sign-up boxes, cookie and push-notification prompts.

Templates have the format of bench/clean_noise.py: name -> (positions, fn), positions a string over "h" (head,
between title and body), "i" (inline, between body paragraphs) and "t" (tail); fn(rng, ctx) returns the lines of
one block ("" is a blank line inside the block).  ctx["headlines"] holds other articles' headlines (it may be empty,
hold one, or be missing, and invented fallback headlines stand in); ctx may also carry "title" and "paragraphs",
which these templates never use: no template copies the article's own title or body text, so word-level scoring
stays valid.  Only the rng passed in is used, so a block is a pure function of the seed.

    from bench.noise_blind19 import BLIND19_TEMPLATES
    from bench.noise_unseen import make_noisy_glued
    text = make_noisy_glued(article, random.Random(7), BLIND19_TEMPLATES["fortyseventh"](), headlines)
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
from bench.noise_fills import glue, headline, headlines, pack, some
from bench.noise_fills import slug as _slug
from bench.noise_fills import weekday as _wd

# --- shared fills -------------------------------------------------------------------------------------------------

_FIRST = ["Marit", "Tobias", "Ines", "Declan", "Priya", "Oluwaseun", "Hedda", "Callum", "Rosalind", "Bartek",
          "Yusra", "Fenella", "Ciaran", "Annelie", "Jory", "Morwenna", "Kwabena", "Suki", "Lorcan", "Eleri",
          "Anselm", "Tamsin", "Dariusz", "Noor", "Wilhelmina", "Gethin", "Zofia", "Ravi", "Imogen", "Hamish"]
_LAST = ["Quennell", "Tremlow", "Ashgrove", "Halvorsen-Pike", "Oduya", "Fennerly", "Calloway", "Brackwater",
         "Ndiaye-Rowe", "Penhallow", "Strickmere", "Varga-Lowe", "Dunnicliffe", "Osei-Hart", "Orrinsby",
         "Kettleborough", "Sallis", "Thwaite-Moss", "Roscarrow", "Vellacott", "Agyemang-Ross", "Ferriby",
         "Castellane", "Whitlock-Ibe", "Pryderi", "Lumsdaine", "Okafor-Bell", "Rainsworth", "Tenby-Clarke",
         "Hallorann"]
_TOWNS = ["Harrowby Cross", "Ellersford", "Kilmarden", "Wenlow Bridge", "Saltmere", "Corrick Vale", "Pellwick",
          "Brackenmoor", "Ashby Fennel", "Stourleigh", "Hollin Green", "Marrowdene", "Kingsford Abbas", "Tollhaven",
          "Druidstow", "Lower Quenby", "Farthingbury", "Cadwell Moor", "Rushmere Quay", "Oakhallow"]
_STREETS = ["Quarry Lane", "Tanner's Row", "Bellhouse Road", "Mill Wynd", "Cobbet Street", "Orchard Rise",
            "Station Approach", "Harbour Parade", "Lark Hill", "Weaver's Close", "Foundry Walk", "Chapel Brow"]
_CLUBS = ["Ellersford Town", "Saltmere Athletic", "Kilmarden Rovers", "Wenlow Bridge United", "Corrick Vale",
          "Tollhaven Albion", "Stourleigh Harriers", "Druidstow Wanderers", "Marrowdene Celtic", "Pellwick Swifts"]
_FIRMS = ["Pellwick Foods", "Brackwater Logistics", "Ferriby & Sallis", "Oakhallow Homes", "Quenby Dairies",
          "Stourline Couriers", "Corrick Engineering", "Marrowdene Print Works", "Tollhaven Marine Services",
          "Larkmoor Bakeries", "Vellacott Hardware", "Ashgrove Care Group", "Penhallow Solar", "Kestrelway Digital"]
_HOSPITALS = ["Saltmere General Hospital", "Kilmarden Royal Infirmary", "Wenlow Community Hospital",
              "Stourleigh District Hospital", "the Tollhaven Treatment Centre"]
_SCHOOLS = ["St Olave's Primary", "Hollin Green Academy", "Brackenmoor High School", "Farthingbury Infant School",
            "Cadwell Moor Community College", "Rushmere Quay Juniors"]
_BUSCOS = ["Quayline Buses", "Stourway Coaches", "Greenhopper Travel", "Marrow Valley Motors"]
_ROADS = ["the Tollhaven bypass", "the coast road", "the Cadwell Moor link road", "the old turnpike road",
          "the Quenby Hill road", "the ring road"]
_OUTLETS = ["Saltmere Courier", "Ellersford Gazette", "Kilmarden Observer", "Wenlow Valley News", "Tollhaven Echo",
            "Corrick Vale Herald", "Stourleigh Standard", "Druidstow Bugle"]
_SHOPS = ["corner shop", "pharmacy", "garden centre", "bakery", "petrol station", "charity shop", "hardware store"]
_TLDS = [".com", ".co.uk", ".org", ".net", ".org.uk", ".news"]
_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"


def _bullet(rng: random.Random) -> str:
    return rng.choice(["• ", "- ", "* ", "– ", "▪ ", "→ ", "› ", ""])


def _name(rng: random.Random) -> str:
    return f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"


def _email(rng: random.Random, name: str | None = None, org: str | None = None) -> str:
    """A made-up address for a made-up person at a made-up organisation."""
    first, last = (name or _name(rng)).split(" ", 1)
    local = rng.choice([f"{first}.{last}", f"{first[0]}{last}", first, f"{last}.{first[0]}", f"{first}{last[0]}"])
    local = "".join(ch for ch in local.lower() if ch.isalnum() or ch == ".")
    return f"{local}@{_domain(org or rng.choice(_OUTLETS + _FIRMS), rng.choice(_TLDS))}"


def _role_email(rng: random.Random, org: str) -> str:
    """A shared inbox rather than a person's (news@, press@, noreply@)."""
    box = rng.choice(["news", "press", "noreply", "no-reply", "hello", "newsdesk", "editor", "media", "info"])
    return f"{box}@{_domain(org, rng.choice(_TLDS))}"


def _phone(rng: random.Random) -> str:
    """Numbers from the ranges set aside for fiction, in the shapes people type them."""
    n = _digits(rng, 3)
    return rng.choice([f"01632 960{n}", f"+44 (0)1632 960{n}", f"07700 900{n}", f"+44 7700 900{n}",
                       f"(01632) 960 {n}", f"+44 1632 960 {n}", f"07700 900 {n}"])


def _postcode(rng: random.Random) -> str:
    lt = _LETTERS
    return f"{rng.choice(lt)}{rng.choice(lt)}{rng.randint(1, 19)} {rng.randint(1, 9)}{rng.choice(lt)}{rng.choice(lt)}"


def _when(rng: random.Random) -> tuple[datetime.date, int, int]:
    """A date and a clock time; the weekday names are then those of the real calendar."""
    d = datetime.date(rng.randint(2018, 2025), rng.randint(1, 12), rng.randint(1, 28))
    return d, rng.randint(0, 23), rng.randint(0, 59)


def _h12(hh: int) -> tuple[int, str]:
    return (hh % 12 or 12), ("AM" if hh < 12 else "PM")


def _mail_date(rng: random.Random) -> str:
    """A message date in one of the shapes web and desktop mail clients print."""
    d, hh, mm = _when(rng)
    wd, mon = WEEKDAYS[d.weekday()], MONTHS[d.month - 1]
    h, ap = _h12(hh)
    return rng.choice([
        f"{wd[:3]}, {d.day} {mon[:3]} {d.year} at {hh:02d}:{mm:02d}",
        f"{wd[:3]}, {mon[:3]} {d.day}, {d.year} at {h}:{mm:02d} {ap}",
        f"{wd}, {d.day} {mon} {d.year} {hh:02d}:{mm:02d}",
        f"{wd[:3]}, {d.day:02d} {mon[:3]} {d.year} {hh:02d}:{mm:02d}:{rng.randint(0, 59):02d} +0{rng.randint(0, 1)}00",
        f"{wd}, {mon} {d.day}, {d.year} {h}:{mm:02d} {ap}",
        f"{d.day:02d}/{d.month:02d}/{d.year} {hh:02d}:{mm:02d}",
        f"{d.day} {mon} {d.year} at {hh:02d}:{mm:02d}:{rng.randint(0, 59):02d} GMT",
    ])


def _pack(sentences: list[str], width: int = 330) -> list[str]:
    """`pack` at this split's default width."""
    return pack(sentences, width)


# --- everyday news in prose, about matters that are not the article's ----------------------------------------------


def _poss(name: str) -> str:
    """Possessive of a name ("Oakhallow Homes'" rather than "Oakhallow Homes's")."""
    return name + ("'" if name.endswith("s") else "'s")


def _schoolday(rng: random.Random) -> str:
    return rng.choice(WEEKDAYS[:5])


def _cap(text: str) -> str:
    """First letter up, the rest untouched (str.capitalize would lower the place names)."""
    return text[:1].upper() + text[1:]


def _council(rng: random.Random) -> str:
    town, town2 = rng.sample(_TOWNS, 2)
    act = rng.choice(["close two public toilets in the town centre", "raise parking charges at the leisure centre",
                      "build 140 homes on the former bus depot site", "move to three-weekly bin collections",
                      "sell the old library building to a developer", "introduce a 20mph limit around every school",
                      "turn the market square car park into a pedestrian space"])
    fac = rng.choice(["recycling centre", "leisure centre", "library", "multi-storey car park", "swimming pool"])
    return rng.choice([
        (f"{town} Borough Council has approved plans to {act}, despite objections from {rng.randint(120, 4800):,} "
         "residents who signed a petition against the scheme."),
        (f"Councillors in {town} will vote on {_wd(rng)} on whether to {act}, after a public consultation drew more "
         f"than {rng.randint(300, 3000):,} responses."),
        (f"The council says the {fac} on {rng.choice(_STREETS)} in {town} will close for {rng.randint(2, 14)} weeks "
         f"from {_dm(rng)} while repairs to the roof are carried out."),
        (f"Residents of {town2} are being asked for their views on a plan to {act}, with drop-in sessions at the "
         f"library on {_wd(rng)} afternoon and {_wd(rng)} evening."),
        (f"Council tax in {town} will rise by {rng.randint(2, 4)}.{rng.randint(1, 9)}% from April after the cabinet "
         f"agreed next year's budget at a meeting on {_wd(rng)} evening."),
    ])


def _health(rng: random.Random) -> str:
    hosp, town = rng.choice(_HOSPITALS), rng.choice(_TOWNS)
    return rng.choice([
        (f"Bosses at {hosp} are asking people to use the emergency department only in a genuine emergency, after "
         f"waits reached {rng.randint(6, 14)} hours on {_wd(rng)}."),
        (f"A walk-in vaccination clinic opens at the community centre in {town} on {_dm(rng)}, offering "
         "appointments on weekday evenings and on Saturday mornings."),
        (f"Patients registered at the {rng.choice(_LAST)} Surgery in {town} are being asked to order repeat "
         "prescriptions online while the practice moves to its new building."),
        (f"Visiting on two wards at {hosp} has been restricted after an outbreak of a stomach bug, and relatives "
         "are asked to stay away if they have had symptoms."),
        (f"The minor injuries unit in {town} will open until 10pm from next month, the health board said, in an "
         "attempt to ease pressure on the main hospital."),
    ])


def _transport(rng: random.Random) -> str:
    town, town2, town3 = rng.sample(_TOWNS, 3)
    return rng.choice([
        (f"Rail replacement buses will run between {town} and {town2} this weekend while engineers work on the "
         f"signalling near {town3} station."),
        (f"{_cap(rng.choice(_ROADS))} will be shut overnight between {town} and {town2} from {_dm(rng)} for "
         f"resurfacing, with a signed diversion through {town3}."),
        (f"{rng.choice(_BUSCOS)} has confirmed that the number {rng.randint(2, 99)} bus will no longer serve "
         f"{town} after {_dm(rng)}, blaming falling passenger numbers."),
        (f"Drivers are being warned of delays on {rng.choice(_ROADS)} near {town} for the next {rng.randint(3, 9)} "
         "weeks while a gas main is replaced under the carriageway."),
        (f"The first train from {town} to {town2} will leave twenty minutes earlier from {_dm(rng)}, the operator "
         "said, after complaints from shift workers."),
    ])


def _courts(rng: random.Random) -> str:
    town, town2 = rng.sample(_TOWNS, 2)
    age = rng.randint(19, 71)
    return rng.choice([
        (f"A {age}-year-old man from {town} has been fined £{rng.randint(2, 18) * 50} at {town2} Magistrates' Court "
         "for driving without insurance and failing to stop for police."),
        (f"A woman accused of stealing from the {rng.choice(_SHOPS)} where she worked in {town} is due to appear "
         f"before magistrates in {town2} on {_wd(rng)}."),
        (f"Two men have been jailed for a total of {rng.randint(5, 19)} years for their part in a cannabis farm "
         f"found at an industrial unit in {town}, a court heard."),
        (f"A {age}-year-old from {town} admitted causing criminal damage to a bus shelter and was ordered to pay "
         f"£{rng.randint(3, 30) * 10} compensation to the council."),
        (f"The trial of a former care worker from {town}, accused of fraud by abuse of position, has been adjourned "
         f"until {_dm(rng)} at {town2} Crown Court."),
    ])


def _schools(rng: random.Random) -> str:
    school, town = rng.choice(_SCHOOLS), rng.choice(_TOWNS)
    return rng.choice([
        (f"{school} in {town} will be closed to pupils on {_schoolday(rng)} for a staff training day, and the "
         "after-school club will not run that week."),
        (f"Parents have until {_dm(rng)} to apply for secondary school places for next September, the county "
         "council has reminded families in the area."),
        (f"Inspectors rated {school} good in every area, praising its reading programme and the behaviour of pupils "
         "in lessons and at break times."),
        (f"Plans to merge {school} with a neighbouring infant school in {town} have been put on hold while the "
         "council looks again at falling rolls."),
        (f"Free breakfast clubs will start at {rng.randint(4, 12)} primary schools in {town} after half term, "
         "paid for by a grant from a local housing association."),
    ])


def _business(rng: random.Random) -> str:
    firm, town = rng.choice(_FIRMS), rng.choice(_TOWNS)
    return rng.choice([
        (f"{firm} is to create {rng.randint(20, 300)} jobs at a new distribution centre on the edge of {town}, with "
         "recruitment expected to begin in the spring."),
        (f"{firm} has closed its {town} site with immediate effect, leaving {rng.randint(12, 140)} staff facing "
         "redundancy, according to the union."),
        (f"A family-run {rng.choice(_SHOPS)} in {town} has won a regional award for customer service, the third in "
         f"its {rng.randint(12, 80)}-year history."),
        (f"Traders in {town} say footfall has fallen by a fifth since the car park closed, and they want the "
         "council to offer free parking on Saturdays."),
        (f"{firm} reported a rise in sales for the year but warned that higher energy bills would squeeze profits "
         "over the coming months."),
    ])


def _sport(rng: random.Random) -> str:
    club, club2 = rng.sample(_CLUBS, 2)
    return rng.choice([
        (f"{club} came from behind to beat {club2} {rng.randint(2, 4)}-1 on {_wd(rng)}, with a late header from "
         f"{_name(rng)} settling a scrappy game."),
        (f"The {rng.choice(_TOWNS)} half marathon has been moved to {_dm(rng)} because the original date clashed "
         "with resurfacing works along the route."),
        (f"{club} have appointed {_name(rng)} as manager on an 18-month deal, following the departure of the "
         "previous boss after a run of six defeats."),
        (f"{club2} were held to a goalless draw at home by {club} in front of a crowd of "
         f"{rng.randint(400, 3800):,}, leaving them fourth in the table."),
        (f"The cricket club in {rng.choice(_TOWNS)} is appealing for volunteers to help repair its pavilion roof, "
         "which was damaged in last month's storms."),
    ])


def _weather(rng: random.Random) -> str:
    town = rng.choice(_TOWNS)
    return rng.choice([
        (f"Forecasters expect a band of heavy rain to reach {town} by {_wd(rng)} afternoon, with gusts of up to "
         f"{rng.randint(45, 70)}mph along the coast."),
        (f"Frost is likely on untreated roads around {town} overnight, and drivers are being advised to allow "
         "extra time for their journeys in the morning."),
        ("After a dry and bright start, showers will spread in from the west during the afternoon, some of them "
         "heavy and with a chance of hail."),
        (f"Temperatures could reach {rng.randint(24, 31)}C in {town} by the weekend, and people are urged to check "
         "on elderly neighbours and keep pets out of the sun."),
        (f"A flood alert remains in place for the river at {town}, where levels rose sharply after "
         f"{rng.randint(30, 60)}mm of rain fell in a day."),
    ])


def _crime(rng: random.Random) -> str:
    town, street = rng.choice(_TOWNS), rng.choice(_STREETS)
    return rng.choice([
        (f"Police are appealing for witnesses after a van was stolen from a driveway on {street}, {town}, in the "
         f"early hours of {_wd(rng)}."),
        (f"Officers say there has been a rise in reports of doorstep callers claiming to be from the water company "
         f"in {town}, and urge residents to ask for identification."),
        (f"A {rng.randint(19, 58)}-year-old man has been arrested on suspicion of burglary after a break-in at a "
         f"{rng.choice(_SHOPS)} in {town} on {_wd(rng)} night."),
        (f"Catalytic converters have been taken from {rng.randint(4, 15)} cars parked around {street} in {town} "
         "over the past fortnight, police have said."),
        (f"A dispersal order covering the centre of {town} will be in force all weekend after reports of "
         "antisocial behaviour near the bus station."),
    ])


_SUBJECTS: list[Callable[[random.Random], str]] = [_council, _health, _transport, _courts, _schools, _business,
                                                    _sport, _weather, _crime]


def _several(rng: random.Random, make: Callable[[random.Random], str], k: int) -> list[str]:
    """Up to k sentences from `make`, never two from the same frame (a round-up repeating itself reads as a glitch)."""
    out: list[str] = []
    for _ in range(3 * k):
        if len(out) == k:
            break
        s = make(rng)
        if all(s.split()[:3] != o.split()[:3] for o in out):
            out.append(s)
    return out


def _news(rng: random.Random) -> str:
    """One sentence of everyday local news about some other matter."""
    return rng.choice(_SUBJECTS)(rng)


def _chat(rng: random.Random) -> str:
    """A chat message in prose, about some other local matter, in the register people use in group chats."""
    town, street, wd = rng.choice(_TOWNS), rng.choice(_STREETS), _wd(rng)
    return rng.choice([
        (f"Does anyone know if the tip at {town} is open on the bank holiday? Need to get rid of an old fridge "
         "before the new one arrives."),
        (f"Just a heads up that {rng.choice(_ROADS)} is shut again near {town}, traffic is backed up past the "
         "garden centre so leave early for the school run."),
        (f"Has anyone else had a letter from the council about the new bin days? Ours says {wd} but the app "
         f"still says {_wd(rng)}."),
        (f"Lost cat in the {street} area of {town}, ginger with a white chest and a blue collar. Please check sheds "
         "and garages, thank you so much."),
        (f"Reminder that the {rng.choice(_CLUBS)} game on {wd} kicks off at "
         f"{rng.choice(['12.30', '3pm', '7.45pm', '2pm'])}, and the car park by the ground is closed for works so "
         "walk down if you can."),
        (f"The surgery on {street} told me they are not taking new patients until {_dm(rng)}, so we have had to "
         f"register at the one in {town} instead."),
        (f"Police were outside the {rng.choice(_SHOPS)} on {street} last night, apparently someone tried to force "
         "the door again. Second time this month."),
        (f"Power cut in {town} since about {_hm(rng)}, the network says engineers are on their way but there is "
         "no estimate yet for when it will be back."),
        (f"Is anyone going to the planning meeting on {wd}? They are deciding on the {rng.randint(40, 300)} houses "
         "behind the school and we need people there."),
        (f"{rng.choice(_SCHOOLS)} just texted to say the heating has failed and the kids need collecting by "
         f"{_hm(rng)}, can anyone help with pick-up?"),
    ])


# --- fortyseventh: news by e-mail and messaging -------------------------------------------------------------------

_HL47 = ["Tollhaven swimming baths to shut for a year", "Bus fares to rise on Saltmere routes from April",
         "Hospital car park charges scrapped for night staff", "Ellersford Town part company with manager",
         "Flood warning lifted for Wenlow Bridge", "Former mayor cleared of misconduct",
         "School uniform costs capped across the county", "Bakery chain to open twelve new shops",
         "Roadworks to close Kilmarden high street", "Man jailed over Pellwick warehouse fire",
         "New GP surgery opens in Hollin Green", "Council tax to rise by 4.9%"]
_NEWSLETTERS = ["The Morning Ledger", "Harrowby Daily Brief", "Saltmere Post Bulletin", "Corrick Vale Weekly",
                "The Tollhaven Tide", "Street Level", "The Kettle Report", "Wenlow Wire", "Dispatch Eleven",
                "The Pump Room Letter"]
_PLATFORMS = ["Postwren", "Mailkite", "Letterloom", "Sendpost Pro", "Inkstack", "Broadsheetly"]
_CHANNELS = ["Ellersford Local News", "Saltmere Updates", "Kilmarden Community Watch", "Tollhaven Traffic & Travel",
             "Corrick Vale Noticeboard", "Stourleigh Matters", "Druidstow Now", "Marrowdene Residents"]
_GROUPS = ["Quarry Lane Neighbours", "Year 4 Parents (St Olave's)", "Harrowby Allotments", "Saltmere Swim Club",
           "Bellhouse Rd WhatsApp", "Wenlow Bridge Residents", "U11s Football Parents", "Orchard Rise Street Group"]
_LISTS = ["wenlow-transport", "saltmere-history", "corrick-planning", "tollhaven-news", "kilmarden-cyclists",
          "stourleigh-allotments"]


def _newsletter(rng: random.Random) -> str:
    return rng.choice(_NEWSLETTERS)


def _subject(rng: random.Random, ctx: dict, prefixes: list[str]) -> str:
    return rng.choice(prefixes) + headline(rng, ctx, _HL47)


def _recipients(rng: random.Random, sep: str = ", ") -> str:
    people = [rng.choice([f"{n} <{_email(rng, n)}>", _email(rng, n), n]) for n in
              [_name(rng) for _ in range(rng.randint(1, 3))]]
    return rng.choice([sep.join(people), sep.join(people), "undisclosed-recipients:;"])


def _t47_fwd_gmail(rng: random.Random, ctx: dict) -> list[str]:
    """The header web-mail clients put above a forwarded message: the story follows it in the saved text."""
    sender = _name(rng)
    lines = [rng.choice(["---------- Forwarded message ---------", "---------- Forwarded message ----------",
                         "-------- Forwarded Message --------", "----- Forwarded Message -----",
                         "Begin forwarded message:", "---------- Forwarded message ---------"])]
    if lines[0].startswith("Begin") and rng.random() < 0.6:
        lines.append("")
    lines.append(rng.choice([f"From: {sender} <{_email(rng, sender)}>", f"From: {_email(rng, sender)}",
                             f'From: "{sender}" <{_email(rng, sender)}>', f"From: *{sender}* <{_email(rng, sender)}>"]))
    rows = [f"Date: {_mail_date(rng)}", f"Subject: {_subject(rng, ctx, ['', '', 'Fwd: ', 'Re: ', 'FW: '])}",
            f"To: {_recipients(rng)}"]
    if rng.random() < 0.5:
        rows.append(f"Cc: {_recipients(rng)}")
    if lines[0].startswith("Begin") and rng.random() < 0.5:
        rows = [rows[1], rows[0]] + rows[2:]
    lines += rows
    return lines


def _t47_fwd_outlook(rng: random.Random, ctx: dict) -> list[str]:
    """Desktop-client reply and forward headers, sometimes flattened onto one line by the copy."""
    sender = _name(rng)
    d, hh, mm = _when(rng)
    h, ap = _h12(hh)
    sent = rng.choice([f"{WEEKDAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}, {d.year} {h}:{mm:02d} {ap}",
                       f"{d.day:02d} {MONTHS[d.month - 1]} {d.year} {hh:02d}:{mm:02d}",
                       f"{WEEKDAYS[d.weekday()]}, {d.day} {MONTHS[d.month - 1]} {d.year} {hh:02d}:{mm:02d}",
                       f"{d.day:02d}/{d.month:02d}/{d.year} {hh:02d}:{mm:02d}"])
    rows = [rng.choice([f"From: {sender} <{_email(rng, sender)}>", f"From: {sender} [mailto:{_email(rng, sender)}]",
                        f"From: {sender}"]),
            f"Sent: {sent}", f"To: {_recipients(rng, '; ')}"]
    if rng.random() < 0.45:
        rows.append(f"Cc: {_recipients(rng, '; ')}")
    rows.append(f"Subject: {_subject(rng, ctx, ['FW: ', 'RE: ', 'Fw: ', 'FW: FW: ', 'RE: FW: '])}")
    if rng.random() < 0.2:
        rows.append(rng.choice(["Importance: High", "Sensitivity: Confidential", "Attachments: image001.png"]))
    top = rng.choice(["-----Original Message-----", "________________________________", "", "",
                      "________________________________________"])
    rows = glue(rng, rows, 0.3, (" ", "  "))
    return ([top] if top else []) + rows


_INTL = {
    "de": (["-------- Weitergeleitete Nachricht --------", "---------- Weitergeleitete Nachricht ---------",
            "Anfang der weitergeleiteten Nachricht:"], ("Von", "Datum", "Betreff", "An", "Kopie"),
           ["WG: ", "Fwd: ", "AW: "], ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
           ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."],
           "{wd}, {d}. {mon} {y} um {hh}:{mm}", ": "),
    "fr": (["---------- Message transféré ---------", "-------- Message transféré --------",
            "Début du message réexpédié :"], ("De", "Date", "Objet", "À", "Cc"),
           ["TR: ", "Fwd: ", "RE: "], ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
           ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
           "{wd} {d} {mon} {y} à {hh}:{mm}", " : "),
    "es": (["---------- Mensaje reenviado ---------", "-------- Mensaje original --------"],
           ("De", "Fecha", "Asunto", "Para", "CC"), ["RV: ", "Fwd: ", "RE: "],
           ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
           ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
           "{wd}, {d} {mon} {y} a las {hh}:{mm}", ": "),
    "nl": (["---------- Doorgestuurd bericht ---------", "-------- Oorspronkelijk bericht --------"],
           ("Van", "Datum", "Onderwerp", "Aan", "Cc"), ["Doorst: ", "FW: ", "Re: "],
           ["ma", "di", "wo", "do", "vr", "za", "zo"],
           ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
           "{wd} {d} {mon} {y} om {hh}:{mm}", ": "),
    "it": (["---------- Messaggio inoltrato ---------", "-------- Messaggio originale --------"],
           ("Da", "Data", "Oggetto", "A", "Cc"), ["I: ", "Fwd: ", "R: "],
           ["lun", "mar", "mer", "gio", "ven", "sab", "dom"],
           ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"],
           "{wd} {d} {mon} {y} alle ore {hh}:{mm}", ": "),
    "pt": (["---------- Mensagem encaminhada ---------", "-------- Mensagem original --------"],
           ("De", "Data", "Assunto", "Para", "Cc"), ["ENC: ", "Fwd: ", "RES: "],
           ["seg", "ter", "qua", "qui", "sex", "sáb", "dom"],
           ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"],
           "{wd}., {d} de {mon}. de {y} às {hh}:{mm}", ": "),
}


def _t47_fwd_intl(rng: random.Random, ctx: dict) -> list[str]:
    """Forward headers in the language of whoever forwarded the story (their client's locale, not the story's)."""
    seps, (fr, dt, sj, to, cc), prefixes, wds, mons, datefmt, colon = _INTL[rng.choice(sorted(_INTL))]
    sender = _name(rng)
    d, hh, mm = _when(rng)
    when = rng.choice([datefmt.format(wd=wds[d.weekday()], d=d.day, mon=mons[d.month - 1], y=d.year,
                                      hh=f"{hh:02d}", mm=f"{mm:02d}"),
                       f"{d.day:02d}.{d.month:02d}.{d.year} {hh:02d}:{mm:02d}",
                       f"{d.day:02d}/{d.month:02d}/{d.year} {hh:02d}:{mm:02d}"])
    rows = [f"{fr}{colon}{sender} <{_email(rng, sender)}>", f"{dt}{colon}{when}",
            f"{sj}{colon}{_subject(rng, ctx, prefixes + [''])}", f"{to}{colon}{_recipients(rng)}"]
    if rng.random() < 0.35:
        rows.append(f"{cc}{colon}{_recipients(rng)}")
    if rng.random() < 0.4:
        rows = [rows[2], rows[1], rows[0]] + rows[3:]
    return [rng.choice(seps)] + rows


def _t47_raw_headers(rng: random.Random, ctx: dict) -> list[str]:
    """Raw message headers, kept when a story was saved from 'show original' or an .eml file."""
    org = rng.choice(_NEWSLETTERS + _OUTLETS)
    dom = _domain(org, rng.choice(_TLDS))
    plat = _domain(rng.choice(_PLATFORMS), ".net")
    rows = [f"Return-Path: <bounce-{_digits(rng, 6)}-{_digits(rng, 4)}@mail.{plat}>",
            f"Message-ID: <{_digits(rng, 8)}.{_digits(rng, 5)}.{rng.randint(1, 9)}@mta{rng.randint(1, 40)}.{plat}>",
            f"Date: {_mail_date(rng)}", f"From: {org} <{_role_email(rng, org)}>",
            f"Reply-To: {_role_email(rng, org)}", f"Subject: {_subject(rng, ctx, ['', '', '[' + org + '] '])}",
            f"List-Id: <{_slug(org)}.{dom}>", f"List-Unsubscribe: <mailto:unsub-{_digits(rng, 7)}@{plat}>",
            "MIME-Version: 1.0", rng.choice(['Content-Type: text/plain; charset="UTF-8"',
                                             "Content-Type: text/plain; charset=utf-8; format=flowed"]),
            rng.choice(["Content-Transfer-Encoding: quoted-printable", "Content-Transfer-Encoding: 8bit"]),
            f"X-Mailer: {rng.choice(_PLATFORMS)} {rng.randint(2, 9)}.{rng.randint(0, 20)}", "Precedence: bulk"]
    return some(rng, rows, 3, 7)


def _t47_list_footer(rng: random.Random, ctx: dict) -> list[str]:
    """A mailing-list manager's footer under every post."""
    lst = rng.choice(_LISTS)
    dom = _domain(rng.choice(_TOWNS) + " net", rng.choice([".org", ".org.uk", ".net"]))
    title = lst.replace("-", " ").title().replace(" ", "-")
    out = [rng.choice(["_______________________________________________", "--", "-- ", "________________"])]
    out += some(rng, [f"{title} mailing list", f"{lst}@lists.{dom}",
                      f"https://lists.{dom}/mailman/listinfo/{lst}",
                      f"To unsubscribe send an email to {lst}-leave@lists.{dom}",
                      f"Archives: https://lists.{dom}/pipermail/{lst}/"], 2, 4)
    return out


def _t47_list_nav(rng: random.Random, ctx: dict) -> list[str]:
    """List-archive and group-web navigation saved with a post."""
    hl = headlines(rng, ctx, _HL47, 2)
    rows = [f"Previous message: {hl[0]}", f"Next message: {hl[-1]}",
            "Messages sorted by: [ date ] [ thread ] [ subject ] [ author ]",
            rng.choice(["Reply to sender | Reply to group | Reply via web post | Start a new topic",
                        "Reply · Reply all · Forward", "REPLY TO SENDER  REPLY TO GROUP"]),
            f"Posted by: {_email(rng)}", rng.choice(["Visit Your Group", "View this topic on the web",
                                                     "More information about the list"])]
    return glue(rng, some(rng, rows, 2, 4), 0.2)


def _t47_digest_header(rng: random.Random, ctx: dict) -> list[str]:
    """The top of a list digest: numbered topics that are other threads."""
    lst = rng.choice(_LISTS)
    out = [f"{lst.replace('-', ' ').title()} Digest, Vol {rng.randint(3, 140)}, Issue {rng.randint(1, 31)}", ""]
    out.append(rng.choice(["Today's Topics:", "Today's topics:", "TOPICS"]))
    for k, hl in enumerate(headlines(rng, ctx, _HL47, rng.randint(2, 5)), 1):
        out.append(f"   {k}. {rng.choice(['Re: ', '', 'Fwd: '])}{hl} ({_name(rng)})")
    if rng.random() < 0.6:
        out += ["", "-" * rng.choice([40, 70]), "", "Message: 1", f"Date: {_mail_date(rng)}"]
    return out


def _t47_view_browser(rng: random.Random, ctx: dict) -> list[str]:
    """Newsletter preheaders: the view-online line and the preview text the client shows in the inbox."""
    nl = _newsletter(rng)
    rows = some(rng, [rng.choice(["View this email in your browser", "View in browser", "Read online",
                                  "Having trouble reading this email? View it online",
                                  "Email not displaying correctly? View it in your browser", "READ IN BROWSER ›",
                                  f"View online: https://{_domain(nl)}/p/{_slug(headline(rng, ctx, _HL47))}"]),
                      rng.choice(["Open in app", "Listen to this issue", f"{rng.randint(3, 9)} min read",
                                  f"Forwarded this by a friend? Subscribe at {_domain(nl)}"]),
                      (f"{headline(rng, ctx, _HL47)} {rng.choice(['|', '+', '·', 'plus'])} "
                       f"{rng.choice(['the weekend weather', 'your letters', 'what is on', 'court news'])}")], 1, 2)
    return glue(rng, rows, 0.3, (" | ", "  ", " · "))


def _t47_masthead(rng: random.Random, ctx: dict) -> list[str]:
    """A newsletter's masthead and issue stamp."""
    nl = _newsletter(rng)
    d, _, _ = _when(rng)
    date = rng.choice([f"{WEEKDAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]} {d.year}",
                       f"{WEEKDAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}",
                       f"{d.day:02d}.{d.month:02d}.{d.year}"])
    parts = [rng.choice([nl, nl.upper()]), rng.choice([f"Issue #{rng.randint(2, 900)}", f"No. {rng.randint(2, 900)}",
                                                      f"Edition {rng.randint(2, 900)}"]), date]
    if rng.random() < 0.4:
        parts.append(rng.choice([f"By {_name(rng)}", f"{rng.choice(_TOWNS)} edition", "Morning edition",
                                 "Weekend edition"]))
    return glue(rng, parts, 0.7, (" | ", " · ", " — ", "  "))


def _t47_edition_contents(rng: random.Random, ctx: dict) -> list[str]:
    """An 'in today's edition' list of other stories and regular sections."""
    out = [rng.choice(["In today's edition:", "IN TODAY'S EDITION", "Inside this issue", "Today's briefing",
                       "In this issue:", "TODAY:", "What's inside", "In today's newsletter"])]
    items = headlines(rng, ctx, _HL47, rng.randint(2, 4))
    items += rng.sample(["Weather", "Court round-up", "What's on this weekend", "Your letters", "Sport",
                         "Planning applications", "The number", "Jobs board"], rng.randint(0, 3))
    numbered = rng.random() < 0.3
    b = _bullet(rng)
    for k, item in enumerate(items, 1):
        out.append(f"{k}. {item}" if numbered else f"{b}{item}")
    return out


def _t47_unsubscribe_bar(rng: random.Random, ctx: dict) -> list[str]:
    """The links bar at the foot of a newsletter."""
    links = some(rng, ["Unsubscribe", "Manage preferences", "Update your profile", "View in browser",
                       "Forward to a friend", "Privacy policy", "Contact us", "Advertise with us",
                       "Change email frequency", "Unsubscribe from all"], 2, 5)
    if rng.random() < 0.2:
        links = [w.upper() for w in links]
    return glue(rng, links, 0.75, (" | ", " · ", "  ", " • ", " - "))


def _t47_sent_to(rng: random.Random, ctx: dict) -> list[str]:
    """The 'this email was sent to' footer newsletter platforms add, with the sender's postal address."""
    nl = _newsletter(rng)
    d, _, _ = _when(rng)
    street = f"{rng.randint(1, 140)} {rng.choice(_STREETS)}"
    rows = [rng.choice([f"This email was sent to {_email(rng)}", f"Sent to: {_email(rng)}",
                        f"This message was sent to {_email(rng)} by {_role_email(rng, nl)}"]),
            rng.choice(["why did I get this?", "Why am I getting this?", "Not you?"]),
            rng.choice(["unsubscribe from this list", "update subscription preferences", "opt out"]),
            f"{nl} · {street} · {rng.choice(_TOWNS)} {_postcode(rng)} · United Kingdom",
            f"Copyright © {d.year} {nl}, All rights reserved.",
            rng.choice(["Our mailing address is:", f"Powered by {rng.choice(_PLATFORMS)}",
                        f"Sent with {rng.choice(_PLATFORMS)}"])]
    return glue(rng, some(rng, rows, 2, 5), 0.25, (" · ", " | ", "  "))


def _t47_signature_short(rng: random.Random, ctx: dict) -> list[str]:
    """A sender's signature block: name, role, numbers, addresses."""
    n = _name(rng)
    org = rng.choice(_OUTLETS + _FIRMS + [f"{t} Borough Council" for t in _TOWNS[:6]])
    out = [rng.choice(["--", "-- ", "Kind regards,", "Best,", "Thanks,", "Cheers,", "Many thanks", "Best wishes"]), n]
    rows = [rng.choice(["News Editor", "Senior Reporter", "Communications Officer", "Press Officer",
                        "Head of Communications", "Community Engagement Lead", "Clerk to the Council"]),
            org, rng.choice([f"T: {_phone(rng)}", f"Tel {_phone(rng)}", f"Direct: {_phone(rng)}"]),
            rng.choice([f"M: {_phone(rng)}", f"Mobile {_phone(rng)}"]), _email(rng, n, org),
            f"www.{_domain(org, rng.choice(_TLDS))}", rng.choice(["(she/her)", "(he/him)", "(they/them)"]),
            f"@{n.split()[0].lower()}{rng.choice(['_news', 'writes', str(rng.randint(1, 99))])}"]
    return out + glue(rng, some(rng, rows, 2, 6), 0.3, (" | ", " · ", "  "))


def _t47_disclaimer_short(rng: random.Random, ctx: dict) -> list[str]:
    """Short confidentiality stamps and classification labels."""
    pool = ["CONFIDENTIAL", "[EXTERNAL]", "Internal use only", "OFFICIAL", "OFFICIAL-SENSITIVE",
            "Privileged & Confidential – not for onward circulation", "Not for publication",
            "This email and any attachments are confidential.", "Please consider the environment before printing.",
            "[Caution: external sender]", "EMBARGOED – DO NOT FORWARD", "Classification: Public"]
    return rng.sample(pool, rng.randint(1, 2))


def _t47_sent_from(rng: random.Random, ctx: dict) -> list[str]:
    """The line phone mail apps append."""
    line = rng.choice(["Sent from my phone", "Sent from my mobile device", "Sent from my Corvia X5",
                       "Sent from Quillpost Mobile", "Sent from my tablet – please excuse typos",
                       "Sent on the go with Larkspur Mail", "Get Larkspur Mail for your phone",
                       "Typed with thumbs, apologies for brevity", "Sent from my Pemberton Tab",
                       "Sent via Quillpost", "Sent from my handheld, excuse the brevity"])
    return ([rng.choice(["--", "", "___"])] if rng.random() < 0.25 else []) + [line]


def _t47_attachments(rng: random.Random, ctx: dict) -> list[str]:
    """Attachment lists and inline-image placeholders left in a forwarded message."""
    org = rng.choice(_OUTLETS + _FIRMS)
    files = [f"image00{rng.randint(1, 9)}.png ({rng.randint(3, 90)} KB)",
             f"{_slug(org).replace('-', '_')}_statement_final.pdf ({rng.randint(80, 900)} KB)",
             f"IMG_{_digits(rng, 4)}.jpg ({rng.randint(1, 6)}.{rng.randint(0, 9)} MB)",
             f"agenda_{_dm(rng).replace(' ', '_').lower()}.docx", (f"[cid:image00{rng.randint(1, 9)}.png@01DA"
             f"{_digits(rng, 4)}C.5F{_digits(rng, 2)}2B40]"), f"[image: {org} logo]"]
    chosen = some(rng, files, 1, 3)
    count = f"{len(chosen)} attachment" + ("s" if len(chosen) > 1 else "")
    head = rng.choice([count, "Attachments:", "Attachment(s):", "", ""])
    tail = rng.choice(["Download all", "Scanned by Tarnwall Shield", "Preview", "", "Save all to Drive"])
    return ([head] if head else []) + chosen + ([tail] if tail else [])


def _t47_show_quoted(rng: random.Random, ctx: dict) -> list[str]:
    """What a mail client leaves where it folded quoted text away."""
    return some(rng, ["Show quoted text", "- Show quoted text -", "[Quoted text hidden]", "...",
                      "[Message clipped]  View entire message", "‹ Hide quoted text ›", "Show trimmed content",
                      "…", "[truncated by the list server]"], 1, 2)


def _t47_clipboard(rng: random.Random, ctx: dict) -> list[str]:
    """Button labels and toasts that come along when text is copied out of a chat or forum."""
    rows = some(rng, ["Copied!", "Copied to clipboard", "Click to expand...", "Click to shrink...", "Copy link",
                      "Tap to copy", "See translation", "(edited)", "Show more", "Read more ▾", "Link copied",
                      "Press and hold to copy", "Reply", "Quote"], 1, 3)
    return glue(rng, rows, 0.4, ("  ", " · ", " "))


def _chat_stamp(rng: random.Random, style: int, d: datetime.date, hh: int, mm: int) -> str:
    h, ap = _h12(hh)
    return [f"[{d.day:02d}/{d.month:02d}/{d.year}, {hh:02d}:{mm:02d}:{rng.randint(0, 59):02d}]",
            f"{d.day:02d}/{d.month:02d}/{d.year}, {hh:02d}:{mm:02d} -",
            f"{d.month}/{d.day}/{d.year % 100:02d}, {h}:{mm:02d} {ap} -",
            f"[{d.day:02d}.{d.month:02d}.{d.year % 100:02d}, {hh:02d}:{mm:02d}]",
            f"[{hh:02d}:{mm:02d}, {d.day}/{d.month}/{d.year}]"][style]


def _chat_who(rng: random.Random) -> str:
    return rng.choice([rng.choice(_FIRST), _name(rng), f"~ {rng.choice(_FIRST)}", f"+44 7700 900{_digits(rng, 3)}",
                       f"{rng.choice(_FIRST)} {rng.choice(_LAST)[0]}",
                       f"{rng.choice(_FIRST)} (No. {rng.randint(2, 80)})"])


def _chat_lines(rng: random.Random, messages: list[str]) -> list[str]:
    """Messages stamped as one of the chat apps' export formats does it, minutes apart."""
    style = rng.randrange(5)
    d, hh, mm = _when(rng)
    people = [_chat_who(rng) for _ in range(3)]
    out = []
    for msg in messages:
        out.append(f"{_chat_stamp(rng, style, d, hh, mm)} {rng.choice(people)}: {msg}")
        mm += rng.randint(0, 7)
        hh, mm = (hh + mm // 60) % 24, mm % 60
    return out


def _t47_chat_short(rng: random.Random, ctx: dict) -> list[str]:
    """Short chat-export lines: acknowledgements, media placeholders, deleted messages."""
    pool = ["<Media omitted>", "image omitted", "This message was deleted", "👍", "Thanks!", "ok 👌", "Will do",
            "😂😂", "Anyone?", "link pls", "Same here", "Missed voice call", "sticker omitted", "GIF omitted",
            (f"<attached: 000000{rng.randint(10, 99)}-PHOTO-{rng.randint(2019, 2025)}-0{rng.randint(1, 9)}-"
             f"{rng.randint(10, 28)}-{rng.randint(0, 23):02d}-{rng.randint(0, 59):02d}-{rng.randint(0, 59):02d}.jpg>"),
            "You deleted this message",
            "Voice call, 2 min", "Thank you 🙏", "?", "Yes", "Brilliant, thanks x", "video omitted",
            "<This message was edited>", "Waiting for this message. This may take a while."]
    return _chat_lines(rng, [rng.choice(pool) for _ in range(rng.randint(2, 5))])


def _t47_chat_system(rng: random.Random, ctx: dict) -> list[str]:
    """Group-chat system lines and date separators."""
    a, b = _name(rng), _name(rng)
    grp = rng.choice(_GROUPS)
    d, _, _ = _when(rng)
    pool = [f"{a} added {b}", f"{a} left", f'{a} changed the subject to "{grp}"', f"{a} changed this group's icon",
            "You joined using this group's invite link", f"{a} removed {b}", f"{b} joined", "Today", "Yesterday",
            f"{d.day} {MONTHS[d.month - 1]} {d.year}", f"{a} created group \"{grp}\"",
            "Messages in this group are end-to-end encrypted.", f"{a} changed their phone number",
            f"{a} pinned a message", "Only admins can send messages to this group"]
    return some(rng, pool, 1, 4)


def _t47_channel_post(rng: random.Random, ctx: dict) -> list[str]:
    """A channel post's furniture: forwarded-from line, headline, link, view count and time."""
    ch = rng.choice(_CHANNELS)
    src = rng.choice(_CHANNELS)
    views = rng.choice([f"{rng.randint(1, 99)}.{rng.randint(0, 9)}K", str(rng.randint(120, 9999))])
    out = []
    if rng.random() < 0.5:
        out.append(rng.choice([f"Forwarded from {src}", f"Forwarded from {_name(rng)}", f"↪ {src}"]))
    if rng.random() < 0.4:
        out.append(rng.choice(["📌 Pinned", "🔴 BREAKING", "⚡️ UPDATE", "📢 " + ch.upper()]))
    out.append(headline(rng, ctx, _HL47))
    if rng.random() < 0.6:
        out.append(f"https://relaygram.me/{_slug(ch)}/{rng.randint(100, 9999)}")
    out += glue(rng, [f"👁 {views}", rng.choice([_hm(rng), f"edited {_hm(rng)}"])], 0.8, ("  ", " ", " · "))
    return out


def _t47_reactions(rng: random.Random, ctx: dict) -> list[str]:
    """Reaction counts, read receipts and reply counters."""
    rows = some(rng, [f"👍 {rng.randint(1, 90)}  ❤️ {rng.randint(1, 40)}  😮 {rng.randint(1, 9)}",
                      f"{rng.randint(2, 60)} replies", f"Seen by {rng.randint(3, 250)}", f"✓✓ Read {_hm(rng)}",
                      "Reply · Forward · React", f"💬 {rng.randint(1, 99)} comments · 🔁 {rng.randint(1, 40)} shares",
                      f"{rng.randint(2, 30)} new messages", "Delivered"], 1, 3)
    return glue(rng, rows, 0.3, ("  ", " · "))


def _t47_admin_short(rng: random.Random, ctx: dict) -> list[str]:
    """Pinned-notice furniture at the top of a group or channel."""
    return some(rng, ["📌 Pinned message", "ADMIN NOTICE", "Group rules (please read)", "⚠️ READ BEFORE POSTING",
                      f"Admins: {rng.choice(_FIRST)}, {rng.choice(_FIRST)}", f"{rng.randint(40, 900)} members",
                      f"{rng.randint(1, 99)}.{rng.randint(0, 9)}K subscribers", (f"Invite link: relaygram.me/+"
                      f"{_digits(rng, 6)}")], 1, 3)


def _t47_sections(rng: random.Random, ctx: dict) -> list[str]:
    """Newsletter section dividers and labels."""
    rows = [rng.choice(["━━━━━━━━━━━━━━━━", "* * *", "~~~~~~~~~~", "—", "═══════════", "-----"]),
            rng.choice(["WHAT'S ON", "IN OTHER NEWS", "⚽ SPORT", "🌦 WEATHER", "THE NUMBER", "ELSEWHERE",
                        "📬 YOUR LETTERS", "QUICK HITS", "ONE MORE THING", "🚧 TRAVEL"])]
    if rng.random() < 0.3:
        rows.append(rng.choice([f"{rng.randint(2, 98)}%", f"£{rng.randint(2, 900)}m", str(rng.randint(12, 4000))]))
    return rows[rng.randint(0, 1):]


# prose ---------------------------------------------------------------------------------------------------------


def _t47_editor_intro_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A newsletter editor's greeting and run-down of the day's other stories."""
    nl, hl = _newsletter(rng), headline(rng, ctx, _HL47).rstrip(".?!")
    first = rng.choice([(f"Good morning, and welcome to {nl}, your round-up of what matters in "
                         f"{rng.choice(_TOWNS)} and the villages around it."),
                        (f"Hello and happy {_wd(rng)}. It has been a busy week in {rng.choice(_TOWNS)}, so grab a "
                         "coffee and let us get you up to speed before you head out."),
                        (f"Morning all. {_name(rng)} here with today's {nl.removeprefix('The ')}, a little later "
                         "than usual because of a technical problem at our end, for which apologies."),
                        (f"Welcome back to {nl}, and a special hello to the {rng.randint(40, 900)} of you who signed "
                         "up after last week's issue was shared around the town.")])
    second = rng.choice([f"Top of the list today is the story everyone has been asking about: {hl}.",
                         (f"We lead today with {hl.lower() if rng.random() < 0.5 else hl}, and there is plenty more "
                          "below on the week's council and court news."),
                         ("In today's issue we also have the weekend weather, your letters and a look at what is "
                          "coming up at the town council next week.")])
    return _pack([first, second, _news(rng)] if rng.random() < 0.5 else [first, second])


def _t47_editor_signoff_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A newsletter editor's sign-off, pointing at tomorrow's other stories."""
    n = rng.choice(_FIRST)
    s = rng.choice([("That is all for today. Tomorrow we will have full results from the county elections and a "
                     "look at the plans for the old gasworks site."),
                    (f"Thanks for reading, and do hit reply if there is something happening in your street that "
                     f"you think we should be covering this {_wd(rng)}."),
                    ("That is it from us until Monday. Have a lovely weekend, and if you are heading to the "
                     "carnival, remember the park-and-ride starts at nine."),
                    (f"We will be back on {_wd(rng)} with the latest from the planning committee and the results of "
                     "our reader survey on the town centre parking charges.")])
    return _pack([s]) + [rng.choice([f"— {n}", f"See you tomorrow, {n}", f"{n} and the team", f"Best, {n}"])]


def _t47_sponsor_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A sponsor slot written to read like an item."""
    firm, town = rng.choice(_FIRMS), rng.choice(_TOWNS)
    label = rng.choice(["SPONSORED", f"Today's issue is supported by {firm}", "A word from our sponsor",
                        "PARTNER CONTENT", "Sponsor", f"In partnership with {firm}"])
    body = rng.choice([(f"{firm} has been serving families in {town} for more than {rng.randint(12, 60)} years, and "
                        "this month new customers get their first visit free when they book online."),
                       (f"Thinking about solar panels this spring? {firm} is running free home surveys across "
                        f"{town} until the end of the month, with no obligation to buy."),
                       (f"This edition is brought to you by {firm}, the independent firm that has kept {town}'s "
                        f"homes and businesses running since {rng.randint(1962, 2012)}. Say hello at the open day "
                        f"on {_wd(rng)}."),
                       (f"Spring clean your finances with a free review from {_poss(firm)} team in {town}. Book a "
                        "half-hour call this week and get a personalised plan for the year ahead."),
                       (f"Looking for a new role close to home? {firm} is hiring drivers, warehouse staff and "
                        f"apprentices at its site near {town}, with interviews on {_wd(rng)}.")])
    if label.endswith(firm) or rng.random() < 0.7:
        return [label] + _pack([body])
    return _pack([f"{label}: {body}"])


def _t47_disclaimer_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A confidentiality disclaimer in prose under an e-mail."""
    org = rng.choice(_OUTLETS + _FIRMS + [f"{t} Borough Council" for t in _TOWNS[:5]])
    s = rng.choice([(f"This email and any files sent with it are confidential and intended solely for the use of "
                     "the person to whom they are addressed, and the views expressed are not necessarily those of "
                     f"{org}."),
                    ("If you have received this message in error, please notify the sender immediately and delete "
                     "it from your system; you must not copy, forward or disclose its contents to anyone else."),
                    (f"Communications with {org} may be monitored and recorded for training purposes, and email is "
                     "not a secure medium, so please do not send personal or financial details this way."),
                    (f"{org} accepts no liability for any damage caused by viruses transmitted by this email, and "
                     "recipients should carry out their own checks before opening any attachment.")])
    pre = rng.choice(["DISCLAIMER:", "Disclaimer", "", "", "IMPORTANT NOTICE"])
    return ([pre] if pre else []) + _pack([s])


def _t47_receiving_prose(rng: random.Random, ctx: dict) -> list[str]:
    """'You are receiving this because' prose from newsletter platforms and discussion groups."""
    nl, grp = _newsletter(rng), rng.choice(_LISTS)
    s = rng.choice([(f"You are receiving this email because you signed up for {nl} on our website or at one of "
                     "our events in the town centre."),
                    (f"You received this message because you are subscribed to the \"{grp}\" group on "
                     f"{rng.choice(_PLATFORMS)} Groups. To stop receiving emails from it, send a message to "
                     f"{grp}+unsubscribe@groups.{_domain(rng.choice(_PLATFORMS), '.net')}."),
                    (f"You are getting this because you opted in to community updates from {nl}; if that no longer "
                     "sounds like you, you can leave the list with one click below."),
                    (f"You're receiving this because you follow {rng.choice(_TOWNS)} council news on "
                     f"{rng.choice(_PLATFORMS)}, and you can change how often we write to you at any time.")])
    return _pack([s])


def _t47_quoted_reply_prose(rng: random.Random, ctx: dict) -> list[str]:
    """Reply residue: the 'wrote:' line and '>' lines quoting an earlier message about something else."""
    n = _name(rng)
    d, hh, mm = _when(rng)
    h, ap = _h12(hh)
    wrote = rng.choice([(f"On {WEEKDAYS[d.weekday()][:3]}, {d.day} {MONTHS[d.month - 1][:3]} {d.year} at "
                         f"{hh:02d}:{mm:02d}, {n} <{_email(rng, n)}> wrote:"),
                        f"On {MONTHS[d.month - 1][:3]} {d.day}, {d.year}, at {h}:{mm:02d} {ap}, {n} wrote:",
                        f"On {d.day:02d}/{d.month:02d}/{d.year} {hh:02d}:{mm:02d}, {n} wrote:",
                        f"{n} <{_email(rng, n)}> schrieb am {d.day:02d}.{d.month:02d}.{d.year}:",
                        f"Le {d.day:02d}/{d.month:02d}/{d.year} à {hh:02d}:{mm:02d}, {n} a écrit :"])
    mark = rng.choice(["> ", ">", "> > ", ">> "])
    body = [mark + s for s in _pack(_several(rng, _news, rng.randint(1, 2)), 160)]
    if rng.random() < 0.4:
        body += [mark.rstrip(), mark + rng.choice(["Thanks,", "Best,", "Regards,"]), mark + n.split()[0]]
    return [wrote] + body if rng.random() < 0.85 else body


def _t47_chat_prose(rng: random.Random, ctx: dict) -> list[str]:
    """Chat-export lines whose messages are prose about other local matters."""
    msgs: list[str] = []
    for _ in range(rng.randint(1, 2)):
        m = _chat(rng)
        if all(m.split()[:3] != x.split()[:3] for x in msgs):  # the same frame twice reads like a glitch
            msgs.append(m)
    if rng.random() < 0.5:
        msgs.insert(rng.randint(0, len(msgs)), rng.choice(["👍", "<Media omitted>", "Thanks for letting us know",
                                                           "ok", "😩"]))
    return _chat_lines(rng, msgs)


def _t47_channel_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A local news channel's post about another story, with its view count."""
    ch = rng.choice(_CHANNELS)
    out = [f"{ch}"] if rng.random() < 0.5 else []
    if rng.random() < 0.4:
        out.append(f"Forwarded from {rng.choice(_CHANNELS)}")
    lead = rng.choice(["🔴 ", "⚠️ ", "📍 ", "", "", "UPDATE: "])
    out += _pack([lead + _news(rng)] + ([rng.choice(["More to follow.", "Share to let others know.",
                                                     "Stay safe everyone."])] if rng.random() < 0.5 else []))
    views = rng.choice([f"{rng.randint(1, 99)}.{rng.randint(0, 9)}K", str(rng.randint(120, 9999))])
    out.append(rng.choice([f"👁 {views} {_hm(rng)}", f"{views} views · {_hm(rng)}", f"👁 {views}  edited {_hm(rng)}"]))
    return out


def _t47_admin_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A group admin's pinned notice."""
    grp, town = rng.choice(_GROUPS), rng.choice(_TOWNS)
    s = [rng.choice([(f"Reminder from the admins: please keep {grp} for local news and lost-and-found posts, and "
                      "take arguments about national politics somewhere else."),
                     ("Please do not share photos of people involved in accidents or arrests in this group. Posts "
                      "like that will be removed and repeat offenders will be taken off the list."),
                     (f"Selling and advertising is only allowed on {_wd(rng)}s, one post per business, and please "
                      "include a price so that people are not messaging you privately."),
                     (f"We are now over {rng.randint(3, 9)}00 members, so please mute the chat if you find it busy "
                      "rather than leaving, as we use it for flood and road closure alerts."),
                     (f"Welcome to everyone who joined after the {town} fun run. This group is for residents only, so "
                      "please add a short intro with your street name or you may be removed."),
                     (f"The admins have been asked by the police not to repost rumours about the incident near "
                      f"{rng.choice(_STREETS)} while the investigation is ongoing. Thanks for understanding.")]),
         rng.choice(["", "", f"Any questions, message {rng.choice(_FIRST)} or {rng.choice(_FIRST)}.",
                     "Thanks all.", f"– {rng.choice(_FIRST)} (admin)"])]
    head = rng.choice(["📌 ADMIN", "Admin notice:", "⚠️ Group rules", "📢", f"📌 {grp}", "PLEASE READ"])
    return [head] + _pack([x for x in s if x])


def _t47_forward_note_prose(rng: random.Random, ctx: dict) -> list[str]:
    """The forwarder's note above a forwarded story, about something else they wanted to mention."""
    greet = rng.choice(["Hi all,", "Hi everyone,", "Dear colleagues,", "FYI –", "Morning,", "Hello neighbours,"])
    s = rng.choice([("Forwarding this in case anyone missed it. Separately, the parish council has asked me to "
                     "remind everyone that the hall is closed for repairs until the end of the month."),
                    ("Thought this might be of interest given what we discussed at Tuesday's meeting about the "
                     "speeding on the main road outside the primary school."),
                    ("Passing this on from my sister, who works at the hospital. She also says the car park barrier "
                     "is broken again, so allow plenty of time if you have an appointment."),
                    f"Sharing below as promised. Also worth knowing: {_news(rng)}"])
    sign = rng.choice([rng.choice(_FIRST), f"Thanks, {rng.choice(_FIRST)}", f"{rng.choice(_FIRST)} x", "Cheers"])
    return [greet, ""] + _pack([s]) + ["", sign] if rng.random() < 0.7 else _pack([f"{greet} {s}"]) + [sign]


def _t47_ooo_prose(rng: random.Random, ctx: dict) -> list[str]:
    """An automatic out-of-office reply swept up with the thread."""
    d1, d2 = _dm(rng), _dm(rng)
    n = _name(rng)
    s = rng.choice([(f"Thank you for your email. I am out of the office until {d1} with limited access to email, "
                     f"and will respond when I return. For urgent planning enquiries please contact {n} on "
                     f"{_phone(rng)}."),
                    (f"I am currently on annual leave, returning on {d1}. If your query is about a press deadline, "
                     f"please email {_role_email(rng, rng.choice(_OUTLETS))} and a colleague will pick it up."),
                    (f"I work part time, usually Monday to Wednesday, so there may be a delay before I can reply. "
                     f"Messages sent after {d2} will be answered the following week.")])
    return [rng.choice(["Automatic reply:", "Auto-Reply:", "Out of office", "[Auto-reply]", ""])] + _pack([s])


def _t47_list_rules_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A mailing list's standing rules appended to each post."""
    lst, town = rng.choice(_LISTS), rng.choice(_TOWNS)
    s = rng.choice([(f"Posts to {lst} are moderated. Please keep discussion to transport matters in the {town} "
                     "area and trim quoted text when you reply to the list."),
                    (f"This list is run by volunteers for residents of {town}. Messages are archived publicly, so "
                     "please do not include phone numbers or home addresses in your posts."),
                    ("Please do not reply to digest messages without changing the subject line, and keep "
                     "attachments under one megabyte so that members on slow connections can still read the list."),
                    (f"Members are reminded that the annual meeting of the {town} history society takes place on "
                     f"{_wd(rng)} {_dm(rng)} at the library, and all list members are welcome.")])
    return _pack([s])


def _t47_brief_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A newsletter's news-in-brief items about other stories."""
    label = rng.choice(["ALSO TODAY", "In brief", "QUICK HITS", "Elsewhere:", "NEWS IN BRIEF", "Around the patch"])
    items = _several(rng, _news, rng.randint(1, 3))
    b = _bullet(rng)
    return [label] + [b + s for s in items]


def _t47_weather_slot_prose(rng: random.Random, ctx: dict) -> list[str]:
    """The weather slot of a morning e-mail."""
    town = rng.choice(_TOWNS)
    s = rng.choice([(f"A grey and damp start in {town}, with drizzle clearing by lunchtime and highs of "
                     f"{rng.randint(8, 22)}C. Tomorrow looks brighter but windier, especially near the coast."),
                    (f"Expect sunshine and scattered showers today, with a top temperature of {rng.randint(9, 25)}C "
                     "and a light westerly breeze. Take a coat if you are out this evening."),
                    _weather(rng)])
    label = rng.choice(["🌦 Weather:", "WEATHER", "The forecast", "Weather —", "☀️"])
    return [label] + _pack([s]) if rng.random() < 0.6 else _pack([f"{label} {s}"])


def _t47_court_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A newsletter's court round-up: cases that are not the article's."""
    label = rng.choice(["In court", "COURT ROUND-UP", "From the courts:", "⚖️ Court", "Court news"])
    b = _bullet(rng)
    return [label] + [b + x for x in _several(rng, _courts, rng.randint(1, 3))]


def _t47_reader_mail_prose(rng: random.Random, ctx: dict) -> list[str]:
    """The letters slot: readers replying about something else."""
    s = rng.choice([("Last week we asked whether the market should move back to the square. Most of you said yes, "
                     "and several readers pointed out that the old site had far better access for wheelchairs."),
                    (f"{rng.choice(_FIRST)} from {rng.choice(_TOWNS)} writes: the potholes on my road have now been "
                     "reported four times, and each time the council says it will be repaired within a month."),
                    (f"A reader in {rng.choice(_TOWNS)} asks why the library has stopped opening on Saturday "
                     "afternoons. We put the question to the council and will share the answer next week."),
                    ("Thank you to everyone who wrote in about the closure of the post office counter. We have "
                     "passed your comments to the MP's office and will report back on what they say.")])
    return [rng.choice(["📬 Your letters", "YOU SAID", "Reader mail", "Hit reply:"])] + _pack([s])


def _t47_referral_prose(rng: random.Random, ctx: dict) -> list[str]:
    """Referral and forward-to-a-friend asks."""
    nl, town = _newsletter(rng), rng.choice(_TOWNS)
    s = rng.choice([(f"Enjoying {nl}? Forward it to a friend or neighbour, and if they sign up using your link you "
                     "will both be entered into our monthly draw for a meal at a local restaurant."),
                    (f"Was this forwarded to you? Sign up for free at {_domain(nl)} and get the news from {town} in "
                     f"your inbox every weekday morning before {rng.choice(['seven', 'eight', 'half past six'])}."),
                    (f"If every reader shared {nl} with one person this week, we could hire a second reporter to "
                     "cover the courts and council meetings full time."),
                    (f"Refer {rng.randint(2, 5)} friends and we will send you a {nl} tote bag, handmade by a "
                     f"printer in {town}. Your personal referral link is at the bottom of this email."),
                    (f"Know someone who has just moved to {town}? {nl} is the quickest way to find out what is "
                     "going on, so please pass this issue on to them.")])
    return _pack([s])


def _t47_signature_prose(rng: random.Random, ctx: dict) -> list[str]:
    """Signature lines written as sentences."""
    s = rng.choice([("I work flexible hours, so while it suits me to send this email now, I do not expect a "
                     "response or action outside your own working hours."),
                    (f"Our offices at {rng.choice(_STREETS)} are closed to visitors on Fridays, but the phone line "
                     "remains open from nine until five for anyone who needs help."),
                    ("Please note that I am now in the newsroom on Tuesdays and Thursdays only, and urgent stories "
                     "should go to the news desk rather than to my personal inbox."),
                    ("We are a small charity and rely on volunteers; if you would like to help with the food bank "
                     "collection this winter, please reply and we will be in touch.")])
    sign = rng.choice(["--", "Kind regards", "Best wishes,", ""])
    return ([sign] if sign else []) + [_name(rng)] + _pack([s])


def _t47_external_warning_prose(rng: random.Random, ctx: dict) -> list[str]:
    """Security banners mail gateways stamp above an external message."""
    org = rng.choice(_OUTLETS + [f"{t} Borough Council" for t in _TOWNS[:8]] + _FIRMS)
    desk = rng.choice(["the IT service desk", "the cyber security team", "digital services", "the help desk"])
    s = rng.choice([(f"CAUTION: This email originated from outside {org}. Do not click links or open attachments "
                     "unless you recognise the sender and know the content is safe."),
                    ("This message came from an external sender. Be wary of requests to change bank details, and "
                     "if in doubt call the sender on a number you already have."),
                    (f"You don't often get email from this sender. If you were not expecting it, report it to {desk} "
                     "using the button in your toolbar before you reply."),
                    (f"This email was sent from outside {org}. Please take extra care with any links, attachments or "
                     "requests for payment, and forward anything suspicious to "
                     f"phishing@{_domain(org, rng.choice(_TLDS))}."),
                    (f"External email: the sender's address could not be verified by {_poss(org)} mail filter, so "
                     f"treat any instructions in this message with caution and contact {desk} if unsure."),
                    (f"Reminder from {desk}: we will never ask for your password by email. This message has been "
                     "scanned for viruses but you should still check it came from who it claims to.")])
    return _pack([rng.choice(["", "", "[EXTERNAL] ", "⚠ ", "WARNING: ", "[External sender] "]) + s])


def _t47_school_message_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A school's message to parents via a messaging app."""
    school = rng.choice(_SCHOOLS)
    s = rng.choice([(f"Dear parents and carers, a reminder that {school} closes at 1.30pm on {_schoolday(rng)} for "
                     "the end of term, and buses will run early to match."),
                    (f"Please could Year {rng.randint(1, 11)} pupils bring a packed lunch on {_schoolday(rng)}, as the "
                     "kitchen will be closed while new ovens are fitted."),
                    (f"Head lice have been reported in Year {rng.randint(1, 6)}. Please check your child's hair this "
                     "weekend and treat if necessary before they return on Monday."),
                    _schools(rng)])
    app = rng.choice(["ParentLink", "Schoolbell", "ClassNote", "Satchel Post"])
    return [rng.choice([f"{app} message from {school}", f"{school} via {app}", f"New message from {school}"])] + \
        _pack([s])


def _t47_sport_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A newsletter's sport round-up about other matches."""
    label = rng.choice(["⚽ SPORT", "Sport in brief", "Weekend results", "SPORT", "On the pitch"])
    return [label] + _pack(_several(rng, _sport, rng.randint(1, 2)))


def _t47_travel_prose(rng: random.Random, ctx: dict) -> list[str]:
    """Travel alerts in a morning e-mail or channel."""
    label = rng.choice(["🚧 Travel", "TRAVEL", "On the roads:", "Travel alert", "🚆"])
    b = _bullet(rng)
    return [label] + [b + x for x in _several(rng, _transport, rng.randint(1, 2))]


def _t47_voice_note_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A voice note and its machine transcript, about another errand."""
    dur = f"{rng.randint(0, 2)}:{rng.randint(5, 59):02d}"
    s = rng.choice([(f"Hi, it's me, just to say the school bus is running late because of the roadworks by "
                     f"{rng.choice(_TOWNS)}, so can you wait with the kids until about quarter past."),
                    ("Hiya, the vet called back and they can see the dog on Thursday morning, but we need to ring "
                     "them first thing to confirm or they will give the slot to someone else."),
                    (f"Hello love, I have just heard they are closing the bridge at {rng.choice(_TOWNS)} on Saturday "
                     "for the carnival, so we might need to go the long way round to your mum's.")])
    return [rng.choice([f"🎤 Voice message ({dur})", f"Audio ({dur})", f"▶ {dur}"]),
            rng.choice(["Transcript: ", "Transcription: ", ""]) + s]


def _t47_donate_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A reader-funded newsletter's ask for money."""
    nl = _newsletter(rng)
    s = rng.choice([(f"{nl} is free and independent, and costs about £{rng.randint(2, 9)},000 a month to produce. "
                     "If you can, please support local journalism with a monthly contribution of any size."),
                    ("Our reporting on the council's finances took three months and dozens of freedom of information "
                     "requests. Readers like you make that possible, so please consider becoming a member today."),
                    (f"We are {rng.randint(40, 300)} supporters away from our goal of funding a full-time courts "
                     "reporter this year. Every pound goes straight into reporting, not shareholders.")])
    return _pack([s]) + [rng.choice(["Support us →", "Become a member", "Donate", f"{_domain(nl)}/support"])]


def _t47_business_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A business item in a newsletter, about another firm."""
    label = rng.choice(["💼 Business", "BUSINESS", "Money matters:", "On the high street", "Business briefs"])
    return [label] + _pack(_several(rng, _business, rng.randint(1, 2)))


def _t47_health_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A health notice forwarded into a group or newsletter."""
    label = rng.choice(["🏥 Health", "HEALTH NOTICE", "From the health board:", "Health", "Health board update"])
    return [label] + _pack(_several(rng, _health, 2 if rng.random() < 0.3 else 1))


def _fortyseventh_templates() -> dict[str, tuple[str, Template]]:
    """News that reached the corpus by e-mail, mailing lists, newsletters and chat apps."""
    return {
        "s47_fwd_gmail": ("hi", _t47_fwd_gmail),
        "s47_fwd_outlook": ("hi", _t47_fwd_outlook),
        "s47_fwd_intl": ("hi", _t47_fwd_intl),
        "s47_raw_headers": ("h", _t47_raw_headers),
        "s47_list_footer": ("t", _t47_list_footer),
        "s47_list_nav": ("ht", _t47_list_nav),
        "s47_digest_header": ("h", _t47_digest_header),
        "s47_view_browser": ("h", _t47_view_browser),
        "s47_masthead": ("h", _t47_masthead),
        "s47_edition_contents": ("h", _t47_edition_contents),
        "s47_unsubscribe_bar": ("t", _t47_unsubscribe_bar),
        "s47_sent_to": ("t", _t47_sent_to),
        "s47_signature_short": ("t", _t47_signature_short),
        "s47_disclaimer_short": ("ht", _t47_disclaimer_short),
        "s47_sent_from": ("t", _t47_sent_from),
        "s47_attachments": ("it", _t47_attachments),
        "s47_show_quoted": ("it", _t47_show_quoted),
        "s47_clipboard": ("hit", _t47_clipboard),
        "s47_chat_short": ("hit", _t47_chat_short),
        "s47_chat_system": ("hi", _t47_chat_system),
        "s47_channel_post": ("hit", _t47_channel_post),
        "s47_reactions": ("it", _t47_reactions),
        "s47_admin_short": ("h", _t47_admin_short),
        "s47_sections": ("i", _t47_sections),
        "s47_editor_intro_prose": ("h", _t47_editor_intro_prose),
        "s47_editor_signoff_prose": ("t", _t47_editor_signoff_prose),
        "s47_sponsor_prose": ("hi", _t47_sponsor_prose),
        "s47_disclaimer_prose": ("t", _t47_disclaimer_prose),
        "s47_receiving_prose": ("t", _t47_receiving_prose),
        "s47_quoted_reply_prose": ("it", _t47_quoted_reply_prose),
        "s47_chat_prose": ("hit", _t47_chat_prose),
        "s47_channel_prose": ("it", _t47_channel_prose),
        "s47_admin_prose": ("ht", _t47_admin_prose),
        "s47_forward_note_prose": ("h", _t47_forward_note_prose),
        "s47_ooo_prose": ("ht", _t47_ooo_prose),
        "s47_list_rules_prose": ("t", _t47_list_rules_prose),
        "s47_brief_prose": ("it", _t47_brief_prose),
        "s47_weather_slot_prose": ("i", _t47_weather_slot_prose),
        "s47_court_prose": ("i", _t47_court_prose),
        "s47_reader_mail_prose": ("it", _t47_reader_mail_prose),
        "s47_referral_prose": ("t", _t47_referral_prose),
        "s47_signature_prose": ("t", _t47_signature_prose),
        "s47_external_warning_prose": ("h", _t47_external_warning_prose),
        "s47_school_message_prose": ("hi", _t47_school_message_prose),
        "s47_sport_prose": ("it", _t47_sport_prose),
        "s47_travel_prose": ("hi", _t47_travel_prose),
        "s47_voice_note_prose": ("i", _t47_voice_note_prose),
        "s47_donate_prose": ("t", _t47_donate_prose),
        "s47_business_prose": ("i", _t47_business_prose),
        "s47_health_prose": ("i", _t47_health_prose),
    }


# --- fortyeighth: press releases, PR wires and content farms -------------------------------------------------------

_HL48 = ["Pellwick Foods opens £12m chilled meals factory", "Top 10 things to do in Tollhaven this summer",
         "How to appeal a parking fine: a step-by-step guide", "Best budget air fryers, tested by our experts",
         "Oakhallow Homes appoints new chief executive", "Is council tax going up? Everything you need to know",
         "Quenby Dairies wins regional export award", "7 signs your boiler needs replacing",
         "Stourline Couriers launches electric van fleet", "Cheap days out near Saltmere for families",
         "Kestrelway Digital secures £3m funding round", "What time does the tip open on bank holidays?"]
_WIRES = ["PRNewsCorner", "Wirebright", "Newsflume", "Releasewell", "MediaQuay", "PressOrbit", "Bulletin Harbour",
          "StatementStream"]
_FARMS = ["TheBudgetNest", "DailyHowly", "SmartLivingHub", "Guidewise", "InfoCrate", "TopTenTrove",
          "HomeSavvyDaily", "ClickWiser"]
_AGENCIES = ["Brightwell PR", "Halyard Communications", "Fenwick & Dray", "Lantern Street Media", "Corvus Comms"]
_EXCHANGES = ["NGX", "ALTQ", "LSQ", "Northgate"]
_FIRM_DESC = {
    "Pellwick Foods": "a family-owned maker of chilled ready meals and soups",
    "Brackwater Logistics": "an independent road haulage and warehousing group",
    "Oakhallow Homes": "a regional housebuilder specialising in energy-efficient family homes",
    "Quenby Dairies": "a farmer-owned dairy co-operative supplying milk, butter and cheese",
    "Stourline Couriers": "a same-day courier and parcel network serving businesses across the region",
    "Corrick Engineering": "a precision engineering firm supplying the rail and aerospace industries",
    "Larkmoor Bakeries": "a craft bakery group with shops and cafes across the county",
    "Ashgrove Care Group": "an operator of residential and nursing care homes",
    "Penhallow Solar": "an installer of rooftop solar panels, heat pumps and home batteries",
    "Kestrelway Digital": "a software company building booking systems for councils and leisure centres",
}
_TOPICS48 = ["council tax discounts", "appealing a parking fine", "finding a dentist taking new patients",
             "switching energy supplier", "choosing a secondary school", "getting a blue badge",
             "renewing an older person's bus pass", "storm-proofing your garden", "spotting doorstep scams",
             "budgeting for the school holidays", "registering to vote", "claiming a refund for a delayed train",
             "cutting your water bill", "finding cheap parking in town"]


def _firm48(rng: random.Random) -> tuple[str, str]:
    firm = rng.choice(sorted(_FIRM_DESC))
    return firm, _FIRM_DESC[firm]


def _ticker(firm: str) -> str:
    words = [w for w in firm.replace("&", " ").split() if w[0].isalpha()]
    return (words[0][:3] + (words[1][0] if len(words) > 1 else "")).upper()


def _long_date(rng: random.Random) -> tuple[str, datetime.date]:
    d, _, _ = _when(rng)
    mon = MONTHS[d.month - 1]
    abbr = mon if len(mon) <= 4 else mon[:3] + "."
    return rng.choice([f"{mon} {d.day}, {d.year}", f"{d.day} {mon} {d.year}", f"{abbr} {d.day}, {d.year}"]), d


def _topic(rng: random.Random) -> str:
    return rng.choice(_TOPICS48)


def _farm(rng: random.Random) -> str:
    return rng.choice(_FARMS)


def _t48_dateline(rng: random.Random, ctx: dict) -> list[str]:
    """A wire dateline, split off the lead paragraph it prefixed in the release."""
    town, wire = rng.choice(_TOWNS), rng.choice(_WIRES)
    date, _ = _long_date(rng)
    t = town.upper() if rng.random() < 0.6 else town
    line = rng.choice([f"{t}, England, {date} /{wire}/ --", f"{t}, {date} ({wire}) –", f"{t}, UK — {date} — {wire} —",
                       f"{t}, United Kingdom, {date} /{wire}/ -", f"Issued: {date} | Source: {wire}",
                       f"{t} ({wire}) {date} --"])
    return ([rng.choice(["FOR IMMEDIATE RELEASE", "PRESS RELEASE", "News release"])] if rng.random() < 0.3 else []) + \
        [line]


def _t48_embargo(rng: random.Random, ctx: dict) -> list[str]:
    """Release-status lines above a press release."""
    d, hh, mm = _when(rng)
    wd, mon = WEEKDAYS[d.weekday()], MONTHS[d.month - 1]
    rows = [rng.choice(["FOR IMMEDIATE RELEASE", "PRESS RELEASE", "Press release", "NEWS RELEASE", "Media release"]),
            rng.choice([f"EMBARGOED UNTIL 00:01 GMT, {wd.upper()} {d.day} {mon.upper()} {d.year}",
                        f"Embargo: {hh:02d}:{mm:02d} {d.day} {mon} {d.year}",
                        f"NOT FOR PUBLICATION BEFORE {hh:02d}:{mm:02d} ON {wd.upper()}",
                        f"Under strict embargo until {wd} {d.day} {mon}, {hh:02d}.{mm:02d}"]),
            f"Ref: PR/{d.year}/{_digits(rng, 3)}", f"Date: {d.day:02d}/{d.month:02d}/{d.year}",
            rng.choice(["Immediate release", "Page 1 of 2", "For release on receipt"])]
    return glue(rng, some(rng, rows, 1, 3), 0.25, (" | ", "  ", " – "))


def _t48_media_contact(rng: random.Random, ctx: dict) -> list[str]:
    """The media-contact block at the foot of a release."""
    firm, _ = _firm48(rng)
    n = _name(rng)
    org = rng.choice([firm, rng.choice(_AGENCIES)])
    out = [rng.choice(["Media contact:", "Media enquiries", "For further information please contact:",
                       "Press contact", "MEDIA CONTACTS", "Contact:", "Media Contact"])]
    rows = [n, rng.choice(["Head of Communications", "Press Officer", "Account Director", "PR Manager",
                           "Media Relations"]) + f", {org}",
            rng.choice([f"Tel: {_phone(rng)}", f"T: {_phone(rng)}", _phone(rng)]), _email(rng, n, org),
            rng.choice([f"Out of hours: {_phone(rng)}", f"On behalf of {firm}", f"www.{_domain(org)}"])]
    return out + glue(rng, some(rng, rows, 2, 5), 0.3, (" | ", "  ", " / "))


def _t48_end_marks(rng: random.Random, ctx: dict) -> list[str]:
    """The marks that close a release."""
    mark = rng.choice(["###", "# # #", "-ends-", "- ENDS -", "ENDS", "—30—", "-30-", "[ENDS]", "*** END ***",
                       "– Ends –"])
    return [mark] if rng.random() < 0.7 else [mark, "", rng.choice(["Notes to editors", "NOTES FOR EDITORS",
                                                                    "Editor's notes"])]


def _t48_notes_short(rng: random.Random, ctx: dict) -> list[str]:
    """A notes-to-editors header with its short items."""
    items = some(rng, ["High-resolution images are available on request.", "Interviews available on request.",
                       "Case studies available.", f"Spokespeople available from {_hm(rng)}.",
                       "Embargoed copies of the report are available.", "Photo credit: supplied.",
                       f"Word count: {rng.randint(300, 900)}", "B-roll footage available."], 1, 3)
    num = rng.random() < 0.5
    b = _bullet(rng)
    return [rng.choice(["Notes to editors", "NOTES TO EDITORS", "Editor's notes", "Notes for editors:"])] + \
        [f"{k}. {x}" if num else b + x for k, x in enumerate(items, 1)]


def _t48_multimedia(rng: random.Random, ctx: dict) -> list[str]:
    """Multimedia-gallery and logo-download lines added by the wire."""
    firm, _ = _firm48(rng)
    wire = _domain(rng.choice(_WIRES))
    url = f"https://mma.{wire}/{_digits(rng, 7)}/{_slug(firm).replace('-', '_')}_logo.jpg"
    rows = [f"Multimedia gallery available: https://www.{wire}/gallery/{_digits(rng, 6)}",
            f"View original content to download multimedia: https://www.{wire}/news/{_slug(firm)}-{_digits(rng, 9)}",
            rng.choice(["Download logo (PNG, 240 KB)", f"Download logo (JPG, {rng.randint(40, 900)} KB)",
                        "Download high-res image", "Logo"]), f"Logo - {url}",
            f"Photo - https://mma.{wire}/{_digits(rng, 7)}/photo.jpg",
            f"Image caption: {_name(rng)}, {rng.choice(['chief executive', 'founder', 'director'])} at {firm}"]
    return some(rng, rows, 1, 3)


def _t48_source(rng: random.Random, ctx: dict) -> list[str]:
    """Wire stamps: SOURCE line, related links, copyright and release id."""
    firm, _ = _firm48(rng)
    wire = rng.choice(_WIRES)
    d, _, _ = _when(rng)
    rows = [rng.choice([f"SOURCE {firm}", f"Source: {firm}", f"SOURCE: {firm.upper()}"]), "Related Links",
            f"https://www.{_domain(firm)}", f"Copyright © {d.year} {wire}. All rights reserved.",
            f"Release ID: {_digits(rng, 7)}", f"Distributed by {wire}",
            f"Category: {rng.choice(['Business', 'Local', 'Health', 'Property', 'Technology'])}"]
    return glue(rng, some(rng, rows, 2, 4), 0.2, (" | ", "  "))


def _t48_ticker_tags(rng: random.Random, ctx: dict) -> list[str]:
    """Exchange ticker tags and wire subject codes."""
    firm, _ = _firm48(rng)
    rows = [f"{firm} ({rng.choice(_EXCHANGES)}: {_ticker(firm)})",
            "Industry: " + rng.choice(["Food & Drink", "Construction", "Transport", "Healthcare", "Energy"]),
            "Subject: " + ", ".join(rng.sample(["Expansion", "Jobs", "Appointments", "Awards", "Funding"], 2)),
            f"Region: {rng.choice(['UK', 'England', 'North', 'South West', 'Wales & West'])}",
            f"Ticker: {rng.choice(_EXCHANGES)}:{_ticker(firm)}"]
    return glue(rng, some(rng, rows, 1, 3), 0.4, (" | ", "; ", "  "))


def _t48_toc(rng: random.Random, ctx: dict) -> list[str]:
    """A content farm's table of contents, for a guide that is not this article."""
    topic = _topic(rng)
    heads = ["Introduction", f"What is {topic}?", "How does it work?", "Who is eligible?", "Pros and cons",
             "Tips to save money", "Common mistakes to avoid", "Step-by-step guide", "FAQs", "Conclusion",
             "Final thoughts", "Key takeaways"]
    items = some(rng, heads, 3, 7)
    out = [rng.choice(["Table of Contents", "Table of contents", "Contents [hide]", "In this article",
                       "📑 Table of Contents", "Jump to:", "CONTENTS"])]
    style = rng.randrange(3)
    b = _bullet(rng)
    for k, h in enumerate(items, 1):
        out.append([f"{k}. {h}", f"{b}{h}", f"{k} {h}"][style])
        if style == 0 and rng.random() < 0.2:
            out.append(f"   {k}.1 {rng.choice(['Eligibility', 'Costs', 'Deadlines', 'Documents you need'])}")
    return glue(rng, out, 0.1, (" ", " | "))


def _t48_takeaways_short(rng: random.Random, ctx: dict) -> list[str]:
    """A key-takeaways box in fragments."""
    items = some(rng, [f"Applications close on {_dm(rng)}", f"Fees start at £{rng.randint(5, 90)}",
                       "Most people qualify automatically", "Check your council's website first",
                       "You can apply online or by post", f"Takes around {rng.randint(5, 20)} minutes",
                       "No credit check needed", f"Saves up to £{rng.randint(50, 400)} a year",
                       "Renew every three years", "Keep your receipts"], 2, 4)
    b = rng.choice(["✅ ", "• ", "- ", "✔ ", "→ ", "💡 "])
    return [rng.choice(["Key Takeaways", "KEY TAKEAWAYS", "Quick summary", "TL;DR", "At a glance",
                        "The short version", "Key points:"])] + [b + x for x in items]


def _t48_related(rng: random.Random, ctx: dict) -> list[str]:
    """'Also read' and related-post lines pointing at other articles."""
    hls = headlines(rng, ctx, _HL48, rng.randint(1, 4))
    if len(hls) == 1 or rng.random() < 0.3:
        return [(f"{rng.choice(['Also read:', 'ALSO READ:', 'Read also:', 'Read more:', 'See also:', 'RELATED:'])} "
                 f"{hls[0]}")]
    head = rng.choice(["Related posts:", "You may also like", "Read next:", f"More from {_farm(rng)}",
                       "Recommended for you", "Related:", "YOU MIGHT ALSO LIKE", "Trending now"])
    b = _bullet(rng)
    return [head] + [b + h for h in hls]


def _t48_author_box(rng: random.Random, ctx: dict) -> list[str]:
    """Byline and fact-check credits in the content-farm style."""
    a, b, c = _name(rng), _name(rng), _name(rng)
    rows = [rng.choice([f"Written by {a}", f"By {a}", f"Author: {a}", f"Words by {a}"]),
            rng.choice([f"Fact checked by {b}", f"Fact-checked by {b}", f"Edited by {b}"]),
            rng.choice([f"Reviewed by {c}, {rng.choice(['CFP', 'MSc', 'qualified accountant', 'GP', 'solicitor'])}",
                        f"Medically reviewed by Dr {c}", f"Reviewed by {c}"]),
            rng.choice(["Staff writer", "Senior editor", "Contributor", "Personal finance writer", "Guest author"])]
    return glue(rng, some(rng, rows, 2, 4), 0.6, (" | ", " · ", "  "))


def _t48_updated(rng: random.Random, ctx: dict) -> list[str]:
    """Date and reading-time stamps."""
    date, d = _long_date(rng)
    rows = [rng.choice([f"Last updated: {date}", f"Updated {rng.randint(2, 11)} days ago", f"Published {date}",
                        f"Last updated on {d.day:02d}/{d.month:02d}/{d.year} at {_hm(rng)}", "Updated: yesterday",
                        f"Updated {date}"]),
            rng.choice([f"Reading time: {rng.randint(3, 14)} min", f"{rng.randint(3, 14)} min read",
                        f"⏱ {rng.randint(3, 14)} minutes"]),
            f"{rng.randint(1, 99)},{_digits(rng, 3)} views", f"{rng.randint(2, 90)} comments"]
    return glue(rng, some(rng, rows, 1, 3), 0.5, (" | ", " · ", "  ", " • "))


def _t48_rating(rng: random.Random, ctx: dict) -> list[str]:
    """Rating widgets and 'was this helpful' prompts."""
    score = f"{rng.randint(3, 4)}.{rng.randint(0, 9)}"
    stars = "★" * rng.randint(3, 5)
    rows = [f"{score}/5 ({rng.randint(12, 900)} votes)", stars + "☆" * (5 - len(stars)), "Rate this post",
            "Was this article helpful? Yes | No", f"Average rating {score} / 5. Vote count: {rng.randint(5, 400)}",
            (f"👍 Helpful ({rng.randint(3, 90)})  👎 Not helpful "
            f"({rng.randint(0, 12)})"), f"{score} out of 5 stars", "Click on a star to rate it!"]
    if rng.random() < 0.1:
        return [rng.choice(["Rate this post", "Click on a star to rate it!"]),
                "Nobody has rated this yet – be the first!"]
    return glue(rng, some(rng, rows, 1, 3), 0.3, ("  ", " | "))


def _t48_sponsored_label(rng: random.Random, ctx: dict) -> list[str]:
    """Sponsorship and affiliate labels."""
    firm = rng.choice(_FIRMS)
    return some(rng, ["Sponsored", "SPONSORED", "Advertiser disclosure", f"Paid partnership with {firm}", "Promoted",
                      "Partner content", "*This post may contain affiliate links", "Ad", f"Sponsored by {firm}",
                      f"In association with {firm}"], 1, 2)


def _t48_tags(rng: random.Random, ctx: dict) -> list[str]:
    """A keyword-tag cloud."""
    town, town2 = rng.sample(_TOWNS, 2)
    pool = [f"{_topic(rng)} guide", f"best deals {rng.randint(2021, 2025)}", f"{town} news", "how to", "near me",
            f"cheap {rng.choice(['parking', 'days out', 'energy'])}",
            f"{town2} council", "money saving tips", "guide", "UK", "latest update", f"{rng.choice(_FIRMS)} review",
            "top 10", "what you need to know", "explained", f"{_topic(rng)}"]
    tags = rng.sample(pool, rng.randint(4, 9))
    sep = rng.choice([", ", " · ", " | ", " #"])
    head = rng.choice(["Tags:", "TAGS", "Topics:", "Filed under:", "Keywords:", "🏷️"])
    body = ("#" + sep.join("".join(ch for ch in t if ch.isalnum()) for t in tags)) if sep == " #" else sep.join(tags)
    return [f"{head} {body}"] if rng.random() < 0.6 else [head, body]


def _t48_breadcrumbs(rng: random.Random, ctx: dict) -> list[str]:
    """A breadcrumb trail."""
    crumbs = ["Home"] + some(rng, ["News", "Local", "Money", "Guides", "Lifestyle", "Health", "Travel", "Business",
                                   "Press releases", "Finance", "Home & Garden", rng.choice(_TOWNS)], 1, 3)
    return [rng.choice([" › ", " > ", " / ", " » ", " → ", " | "]).join(crumbs)]


def _t48_cookie_short(rng: random.Random, ctx: dict) -> list[str]:
    """A cookie prompt's buttons and label."""
    rows = some(rng, ["🍪 This site uses cookies", "We use cookies to improve your experience.", "Accept all",
                      "Reject all", "Cookie settings", "Manage options", "Got it!", "Learn more", "OK",
                      "Accept & close"], 2, 4)
    return glue(rng, rows, 0.6, ("  ", " | ", " "))


def _t48_push_short(rng: random.Random, ctx: dict) -> list[str]:
    """A push-notification prompt's residue."""
    rows = some(rng, ["🔔 Allow notifications?", "Get the latest updates first!", "Allow", "Later", "No thanks",
                      "Block", "Subscribe to notifications", "Don't miss out!", f"{_farm(rng)} wants to",
                      "Show notifications"], 2, 4)
    return glue(rng, rows, 0.5, ("  ", " ", " | "))


def _t48_share_bar(rng: random.Random, ctx: dict) -> list[str]:
    """A share bar with invented networks and share counts."""
    nets = some(rng, ["Facenote", "Chirper", "Linkup", "Pinspot", "Threadly", "Email", "Copy link", "Print"], 2, 5)
    head = rng.choice(["Share:", "Share this article", "SHARE", "Share this post", ""])
    count = rng.choice(["", f"{rng.randint(1, 9)}.{rng.randint(0, 9)}K shares", f"{rng.randint(3, 900)} shares"])
    return glue(rng, [x for x in [head] + nets + [count] if x], 0.7, (" ", " | ", "  ", " · "))


def _t48_faq_header(rng: random.Random, ctx: dict) -> list[str]:
    """A 'people also ask' box with its questions folded shut."""
    town = rng.choice(_TOWNS)
    qs = some(rng, [f"Is the tip in {town} open on Sundays?", "How long does a blue badge take?",
                    f"When do schools in {town} break up?", "Can I pay council tax monthly?",
                    "Do I need a permit to park outside my house?", "How much is a bus pass?",
                    "What happens if I miss a bin collection?", f"Where is the nearest post office to {town}?"], 2, 4)
    mark = rng.choice([" ▾", " +", " ⌄", ""])
    return [rng.choice(["People also ask", "FAQs", "Frequently asked questions", "Questions people ask"])] + \
        [q + mark for q in qs]


def _t48_jump(rng: random.Random, ctx: dict) -> list[str]:
    """Jump links and pagination."""
    return glue(rng, some(rng, ["Jump to section ▼", "↑ Back to top", "Contents [hide]", "Show all ▾",
                                "Skip to content", "Jump to FAQs", "[show]", "Next page »",
                                f"Page 1 of {rng.randint(2, 6)}", "« Previous"], 1, 2), 0.3, ("  ", " | "))


def _t48_signup_box(rng: random.Random, ctx: dict) -> list[str]:
    """A newsletter sign-up box."""
    return some(rng, [rng.choice(["Subscribe to our newsletter", "Get the best deals in your inbox",
                                  f"Join {rng.randint(12, 90)},000+ readers", "Never miss a guide"]),
                      rng.choice(["Enter your email", "Your email address", "Email*"]),
                      rng.choice(["Subscribe", "Sign up", "SIGN ME UP", "Join free"]),
                      "We respect your privacy. Unsubscribe anytime.", "No spam, ever."], 2, 4)


def _t48_pros_cons(rng: random.Random, ctx: dict) -> list[str]:
    """A pros-and-cons list from a comparison page."""
    good = rng.choice(["✔ ", "✅ ", "+ ", "👍 "])
    bad = rng.choice(["✘ ", "❌ ", "- ", "👎 "])
    pros = some(rng, ["Easy to apply online", "No upfront fees", "Covers most households", "Cheaper than rivals",
                      "Free delivery", "Quick decision"], 1, 3)
    cons = some(rng, ["Long waiting times", "Limited to over-65s", "Paperwork can be confusing",
                      "Not available in every area", "Phone line often busy"], 1, 3)
    return [rng.choice(["Pros", "PROS", "Pros:", "What we like"])] + [good + x for x in pros] + \
        [rng.choice(["Cons", "CONS", "Cons:", "What we don't like"])] + [bad + x for x in cons]


def _t48_ad_slot(rng: random.Random, ctx: dict) -> list[str]:
    """Advertisement slot labels."""
    return some(rng, ["Advertisement", "— ADVERTISEMENT —", "Continue reading below", "Ad · 1 of 3",
                      "Scroll to continue with content", "ADVERTISEMENT", "Story continues below advertisement",
                      "Sponsored links", "Ads by Quillads"], 1, 2)


# prose ---------------------------------------------------------------------------------------------------------


def _t48_about_prose(rng: random.Random, ctx: dict) -> list[str]:
    """The 'About <company>' boilerplate paragraph of a release."""
    firm, desc = _firm48(rng)
    town = rng.choice(_TOWNS)
    s = [(f"{firm} is {desc}. Founded in {rng.randint(1952, 2016)} in {town}, the company employs around "
          f"{rng.randint(40, 2400):,} people across {rng.randint(2, 19)} sites."),
         rng.choice([(f"It was named regional employer of the year in {rng.randint(2015, 2024)} and is accredited as "
                      "a real living wage employer."),
                     ("The business is majority owned by its employees through a trust set up by the founding "
                      "family."),
                     (f"{firm} has pledged to reach net zero across its operations by {rng.randint(2030, 2045)}, and "
                      "publishes an annual sustainability report."), ""]),
         rng.choice([f"For more information, visit www.{_domain(firm)}.",
                     f"Find out more at {_domain(firm, '.co.uk')}.", ""])]
    head = rng.choice([f"About {firm}", f"ABOUT {firm.upper()}", f"About {firm}:", f"About {firm}"])
    return [head] + _pack([x for x in s if x])


def _t48_safe_harbour_prose(rng: random.Random, ctx: dict) -> list[str]:
    """Forward-looking-statements prose."""
    firm, _ = _firm48(rng)
    pool = [(f"This announcement contains forward-looking statements about {_poss(firm)} plans and expectations, which "
             "involve risks and uncertainties that could cause actual results to differ materially."),
            ("Words such as expects, intends, plans, believes and estimates identify forward-looking statements, and "
             "readers should not place undue reliance on them."),
            (f"{firm} undertakes no obligation to update or revise any forward-looking statement, whether as a "
             "result of new information, future events or otherwise, except as required by law."),
            ("Past performance is not a reliable indicator of future results, and nothing in this release should be "
             "taken as a profit forecast or an invitation to buy shares."),
            (f"Factors that could affect {_poss(firm)} results include changes in energy and raw material prices, "
             "labour shortages, interest rates and the wider economic outlook."),
            (f"The statements in this release speak only as of its date, {_dm(rng)}, and reflect the directors' "
             "current view of events that have not yet happened.")]
    head = rng.choice(["Forward-looking statements", "Cautionary statement", "Safe harbour statement", "", "",
                       "FORWARD-LOOKING STATEMENTS"])
    return ([head] if head else []) + _pack(rng.sample(pool, rng.randint(1, 2)))


def _t48_notes_editors_prose(rng: random.Random, ctx: dict) -> list[str]:
    """Notes to editors in prose: methodology, data and background on other matters."""
    firm = rng.choice(_FIRMS)
    pool = [(f"The survey of {rng.randint(1000, 3000):,} adults was carried out online by Quayside Research between "
             f"{_dm(rng)} and {_dm(rng)}, and figures have been weighted to be representative of the population."),
            (f"Figures on bus punctuality are taken from the operators' own returns to the county council and cover "
             f"the twelve months to the end of {rng.choice(MONTHS)}."),
            (f"{firm} is a founding member of the {rng.choice(_TOWNS)} Business Partnership, which represents more "
             "than two hundred local employers."),
            (f"The charity runs a free helpline on {_phone(rng)}, open from nine until eight on weekdays, for anyone "
             "worried about paying their energy bills this winter."),
            ("Spokespeople are available for broadcast interviews, and photographs from the opening will be "
             "circulated on the day.")]
    items = rng.sample(pool, rng.randint(1, 2))
    num = rng.random() < 0.5
    return [rng.choice(["Notes to editors", "NOTES TO EDITORS:", "Editor's notes"])] + \
        [f"{k}. {x}" if num else x for k, x in enumerate(items, 1)]


def _t48_quote_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A spokesperson quote from another release."""
    firm, _ = _firm48(rng)
    n, town = _name(rng), rng.choice(_TOWNS)
    role = rng.choice(["chief executive", "managing director", "founder", "operations director",
                       "head of community partnerships"])
    q = rng.choice([(f"We are delighted to be opening in {town}, and we look forward to welcoming local people into "
                     "the team over the coming months."),
                    ("This investment shows our confidence in the region, and it will secure skilled jobs for the "
                     "next generation of engineers and apprentices."),
                    (f"Our customers in {town} have told us they want greener deliveries, and this new fleet means "
                     "every parcel in the town centre will arrive by electric van."),
                    ("Winning this award is a tribute to the hard work of every one of our staff, who have gone "
                     "above and beyond through a difficult couple of years.")])
    return _pack([rng.choice([f'"{q[:-1]}," said {n}, {role} of {firm}.', f'{n}, {role} at {firm}, said: "{q}"',
                              f'“{q}” — {n}, {role}, {firm}', f'"{q[:-1]}," {n} said.'])])


def _t48_lead_prose(rng: random.Random, ctx: dict) -> list[str]:
    """The lead paragraph of another release, with or without its dateline."""
    firm, _ = _firm48(rng)
    town, wire = rng.choice(_TOWNS), rng.choice(_WIRES)
    date, _ = _long_date(rng)
    s = rng.choice([(f"{firm} today announced the opening of a new site in {town}, creating {rng.randint(20, 250)} "
                     "jobs over the next two years."),
                    (f"{firm} has appointed {_name(rng)} as chief financial officer with effect from {_dm(rng)}, the "
                     "company announced today."),
                    (f"{firm} has been awarded a £{rng.randint(2, 40)}m contract by {town} Borough Council, the "
                     "largest in the company's history."),
                    (f"{firm} is inviting residents of {town} to an open day on {_wd(rng)} to see its plans for a new "
                     "depot on the former airfield site.")])
    pre = rng.choice([f"{town.upper()}, {date} /{wire}/ -- ", f"{town}, {date} – ", "", ""])
    return _pack([pre + s])


def _faq_pairs(rng: random.Random) -> list[tuple[str, str]]:
    town, town2 = rng.sample(_TOWNS, 2)
    club, club2 = rng.sample(_CLUBS, 2)
    return [
        (f"How do I apply for a parking permit in {town}?",
         ("Residents can apply online through the council website or by post, and permits usually arrive within "
          "ten working days of a complete application.")),
        (f"When are bins collected in {town}?",
         (f"Collections in most of {town} take place every other {_wd(rng)}, with garden waste collected separately "
          "between March and November for an annual fee.")),
        (f"Is {rng.choice(_HOSPITALS)} open at weekends?",
         ("The minor injuries unit is open from 8am to 8pm every day, including bank holidays, but the X-ray "
          "department closes early on Sundays.")),
        (f"How much is the bus from {town} to {town2}?",
         (f"A single adult fare is currently £{rng.randint(2, 4)}.{rng.choice(['00', '50', '80'])}, while a day ticket "
          f"covering every {rng.choice(_BUSCOS)} route in the county costs a little more when bought in the app.")),
        ("Can I appeal a council parking fine?",
         ("Yes, you can challenge a penalty charge notice within 28 days, and the fine is held at the reduced rate "
          "while your informal appeal is being considered.")),
        (f"What time do {club} play this weekend?",
         (f"{club} are at home to {club2} on {_wd(rng)}, kicking off at 3pm, and tickets are still available from "
          "the club shop or at the turnstiles.")),
        ("Do I need to register to vote again?",
         ("You only need to register again if you have moved house or changed your name since the last election, "
          "and it takes about five minutes online.")),
        (f"When do schools in {town} break up for summer?",
         (f"Most state schools in {town} break up on {_dm(rng)}, although academies set their own term dates and "
          "some finish a few days earlier.")),
    ]


def _t48_faq_prose(rng: random.Random, ctx: dict) -> list[str]:
    """FAQs with prose answers about other matters."""
    pairs = rng.sample(_faq_pairs(rng), rng.randint(1, 3))
    qp, ap = rng.choice([("Q: ", "A: "), ("Q. ", "A. "), ("", ""), ("▸ ", ""), ("", "Answer: ")])
    out = [rng.choice(["FAQs", "Frequently Asked Questions", "People also ask", "FAQ", "Common questions"])]
    for q, a in pairs:
        out += [qp + q, ap + a]
    return out


def _t48_conclusion_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A generic 'Conclusion' paragraph from a guide to something else."""
    topic = _topic(rng)
    s = [rng.choice([(f"In conclusion, {topic} does not have to be stressful, as long as you plan ahead and keep "
                      "all of your paperwork in one place."),
                     (f"To sum up, understanding the rules around {topic} can save you both time and money, especially "
                      "if you act before the deadline."),
                     (f"All in all, {topic} is easier than many people think, and the steps above should help you get "
                      "it right the first time.")]),
         rng.choice(["If you are still unsure, contact your local council or a free advice service for guidance.",
                     "We hope this guide has been helpful, and we will update it whenever the rules change.", ""])]
    return [rng.choice(["Conclusion", "CONCLUSION", "In conclusion", "Summary"])] + _pack([x for x in s if x])


def _t48_final_thoughts_prose(rng: random.Random, ctx: dict) -> list[str]:
    """'Final thoughts' and 'bottom line' paragraphs."""
    topic = _topic(rng)
    s = rng.choice([(f"At the end of the day, {topic} comes down to doing your research, comparing your options and "
                     "asking for help when you need it."),
                    (f"Whether you are a first-timer or an old hand, a little preparation goes a long way when it "
                     f"comes to {topic}. Good luck!"),
                    (f"The bottom line is that {topic} rewards people who read the small print, so set aside an "
                     "evening and work through the checklist above."),
                    (f"We hope this guide to {topic} has answered your questions. Let us know in the comments if "
                     "there is anything we have missed, and we will add it."),
                    (f"Ultimately, the right approach to {topic} depends on your circumstances, but starting early "
                     f"could save you up to £{rng.randint(50, 500)} and a lot of stress."),
                    (f"Our verdict: {topic} is well worth the effort for most households, especially if your "
                     "circumstances have changed in the last year.")])
    return [rng.choice(["Final thoughts", "Final Thoughts", "The bottom line", "Wrapping up", "Our verdict",
                        "FINAL WORD"])] + _pack([s])


def _t48_ai_filler_prose(rng: random.Random, ctx: dict) -> list[str]:
    """Machine-written filler paragraphs."""
    topic = _topic(rng)
    s = rng.choice([(f"In today's fast-paced world, staying on top of {topic} has never been more important for "
                     "busy families looking to save time and money."),
                    (f"When it comes to {topic}, there are a number of key factors to consider, and it is essential "
                     "to understand each of them before making a decision."),
                    (f"Navigating the complex landscape of {topic} can feel overwhelming, but with the right approach "
                     "it becomes a seamless and rewarding journey."),
                    (f"Whether you are a seasoned pro or just starting out, {topic} plays a crucial role in everyday "
                     "life, and it is worth taking the time to get it right."),
                    (f"It is worth noting that {topic} can vary significantly depending on where you live, so always "
                     "check the latest guidance for your area."),
                    (f"In an ever-changing landscape, {topic} stands out as a vital consideration for anyone hoping "
                     "to unlock peace of mind and make informed choices."),
                    (f"Understanding {topic} is not just about rules and forms; it is about empowering yourself to "
                     "take control of your household's future.")])
    extra = rng.choice(["Let's dive in.", "Read on to find out more.", "Here's everything you need to know.", "",
                        "Let's explore this in more detail.", "", "So, where do you start?"])
    return _pack([s] + ([extra] if extra else []))


def _t48_affiliate_prose(rng: random.Random, ctx: dict) -> list[str]:
    """An affiliate disclosure in prose."""
    farm, firm = _farm(rng), rng.choice(_FIRMS)
    s = rng.choice([(f"{farm} is reader-supported. When you buy through links on our site, we may earn an affiliate "
                     "commission at no extra cost to you."),
                    ("Some of the links in this article are affiliate links, which means we receive a small payment "
                     "if you click through and make a purchase, but this never affects our recommendations."),
                    (f"We independently review everything we recommend. {farm} may be compensated by the companies "
                     "featured on this page, and this can affect where products appear."),
                    ("This article contains sponsored content and affiliate links; prices were correct at the time "
                     "of writing but may have changed since."),
                    (f"This guide was produced in partnership with {firm}, who paid for its production but did not "
                     f"see or approve it before publication on {farm}."),
                    (f"Prices and deals featured on {farm} are checked daily, but retailers can change them at any "
                     f"time. We earn a commission on some sales, which helps keep the site free.")])
    return [rng.choice(["Disclosure:", "Affiliate disclosure", "Advertiser Disclosure", "", "Transparency note"])] + \
        _pack([s])


def _t48_author_bio_prose(rng: random.Random, ctx: dict) -> list[str]:
    """An author box's biography."""
    n = _name(rng)
    first = n.split()[0]
    s = [rng.choice([(f"{n} is a senior writer at {_farm(rng)} covering personal finance, energy bills and local "
                      "transport."),
                     (f"{n} has spent more than a decade writing about housing, consumer rights and the cost of "
                      "living for regional newspapers and websites."),
                     (f"{n} is a former council press officer who now writes plain-English guides to local "
                      "services and benefits.")]),
         rng.choice([(f"When {first} is not writing, you will usually find them walking the coast path near "
                      f"{rng.choice(_TOWNS)} with a very muddy spaniel."),
                     f"{first} has a degree in economics and is a regular guest on local radio phone-ins.", ""])]
    return [rng.choice(["About the author", "ABOUT THE AUTHOR", f"Meet {first}", n])] + _pack([x for x in s if x])


def _t48_policy_prose(rng: random.Random, ctx: dict) -> list[str]:
    """An editorial-standards statement."""
    farm = _farm(rng)
    k = rng.randint(6, 40)
    s = [rng.choice([(f"At {farm}, our editorial team follows strict guidelines to make sure every guide is accurate, "
                      "up to date and free from commercial influence."),
                     (f"Every article {farm} publishes is reviewed by one of our {k} qualified experts and checked "
                      "against official sources before it goes live."),
                     (f"Our writers are never paid to feature a product, and advertisers have no say in what {farm} "
                      "covers or how highly we rate it."),
                     (f"Since {rng.randint(2012, 2021)}, {farm} has helped more than {rng.randint(2, 40)} million "
                      "readers make better decisions about their money, homes and health."),
                     (f"We update this page whenever the rules change, and our team of {k} editors checks every "
                      "figure at least once a quarter.")]),
         rng.choice(["", "", "If you spot a mistake, let us know and we will correct it promptly.",
                     "We are members of an independent press standards body and follow its code of practice."])]
    return _pack([x for x in s if x]) + ([rng.choice(["Read our editorial policy", "Learn more about how we work ›",
                                                      "Our editorial standards", "How we make money"])]
                                         if rng.random() < 0.5 else [])


def _t48_takeaways_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A key-takeaways box in full sentences about other matters."""
    pool = [_council(rng), _transport(rng), _health(rng),
            (f"Households that apply for {_topic(rng)} before {_dm(rng)} could save more than "
             f"£{rng.randint(100, 600)} over the course of a year."),
            ("Most people can complete the process online in under twenty minutes, provided they have a recent bill "
             "and their national insurance number to hand.")]
    b = rng.choice(["✅ ", "• ", "- ", "💡 ", ""])
    return [rng.choice(["Key Takeaways", "KEY TAKEAWAYS", "Key points", "At a glance"])] + \
        [b + x for x in rng.sample(pool, rng.randint(1, 3))]


def _t48_sponsored_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A sponsored blurb written as an item."""
    firm, town = rng.choice(_FIRMS), rng.choice(_TOWNS)
    s = rng.choice([(f"Looking for a reliable boiler engineer in {town}? {firm} offers same-day call-outs and fixed "
                     "prices, with no hidden charges for evenings or weekends."),
                    (f"Homeowners in {town} can now get a free energy check from {firm}, which could cut heating "
                     "bills by a third with a few simple changes."),
                    (f"{firm} is offering readers ten per cent off their first order this month. Use the code at "
                     "checkout; terms and conditions apply.")])
    label = rng.choice(["Sponsored", "SPONSORED", "Promoted", "Partner content", "Ad"])
    return [label] + _pack([s]) if rng.random() < 0.7 else _pack([f"{label} · {s}"])


def _t48_cookie_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A cookie prompt in prose."""
    farm = _farm(rng)
    n = rng.randint(40, 900)
    s = rng.choice([(f"{farm} and our partners use cookies to personalise content and ads, to provide social media "
                     "features and to analyse our traffic."),
                    ("We value your privacy. By clicking accept, you consent to our use of cookies for analytics, "
                     "personalised ads and to remember your preferences."),
                    ("This website uses cookies so that we can give you the best possible experience; you can change "
                     "your settings at any time from the link at the bottom of the page."),
                    (f"We and our {n} partners store and access information on your device, such as unique "
                     "identifiers, to show you relevant adverts and measure how well they work."),
                    (f"By continuing to browse {farm} you agree to our use of cookies. Find out more, including how "
                     "to turn them off, in our cookie policy.")])
    return _pack([s]) + glue(rng, some(rng, ["Accept all", "Reject all", "Customise", "Read more"], 1, 3), 0.8,
                             ("  ", " | "))


def _t48_push_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A push-notification prompt in prose."""
    town = rng.choice(_TOWNS)
    s = rng.choice([(f"Stay updated! Would you like to receive notifications about the latest guides on "
                     f"{_topic(rng)} and money-saving deals? You can turn them off at any time."),
                    (f"Never miss a story from {town}. Turn on notifications and we will let you know as soon as "
                     "there is breaking news in your area."),
                    ("We would like to show you notifications for the latest news and updates, including weather "
                     "warnings and road closures near you."),
                    (f"Get an alert whenever we publish a new guide to {_topic(rng)}. We send no more than "
                     f"{rng.choice(['two', 'three', 'five'])} notifications a day, and you can stop them at any time."),
                    (f"{_farm(rng)} would like to send you push notifications about deals, price drops and the "
                     "latest consumer news.")])
    return _pack([s]) + glue(rng, ["Allow", rng.choice(["No thanks", "Later", "Not now", "Block"])], 0.7,
                             ("  ", " | "))


def _t48_seo_intro_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A search-bait intro for a guide to something else."""
    topic, year = _topic(rng), rng.randint(2021, 2025)
    s = [rng.choice([(f"Are you wondering how {topic} works in {year}? You're not alone. In this article, we'll "
                      "explain everything you need to know, step by step."),
                     (f"If you have ever searched for help with {topic}, you will know how confusing the advice "
                      "online can be. This guide cuts through the jargon."),
                     (f"Looking for the latest information on {topic}? We've done the research so you don't have "
                      f"to, and updated this guide for {year}."),
                     (f"Thousands of people in {rng.choice(_TOWNS)} ask us about {topic} every month, so we have put "
                      "together this simple guide to answer the most common questions."),
                     (f"Getting {topic} wrong can cost you time and money. Here is our complete, no-nonsense guide, "
                      f"fully updated for {year}.")]),
         rng.choice(["", "", "Let's get started.", "Keep reading to find out more.",
                     f"We last checked this guide in {rng.choice(MONTHS)}."])]
    return _pack([x for x in s if x])


def _t48_related_prose(rng: random.Random, ctx: dict) -> list[str]:
    """Related-reading pointers written as sentences."""
    hl, topic, farm = headline(rng, ctx, _HL48), _topic(rng), _farm(rng)
    s = rng.choice([(f"If you found this helpful, you might also like our guide to {topic}, which explains the rules "
                     "and how to avoid the most common mistakes."),
                    (f"For more on this subject, read our earlier article: {hl}. It has been updated with the latest "
                     "figures."),
                    (f"Still have questions? Our step-by-step guide to {topic} walks you through the whole process, "
                     "with examples and a free checklist to download."),
                    (f"Readers who enjoyed this article also read \"{hl}\" and our round-up of the best ways to save "
                     f"money on {rng.choice(['childcare', 'travel', 'heating', 'groceries', 'car insurance'])}."),
                    (f"Don't miss our latest piece on {topic}, published "
                     f"{rng.choice(['today', 'yesterday', 'this week'])} and already one of the most-read guides on "
                     f"{farm}."),
                    (f"We have also written a detailed explainer on {topic}, which you can find in the "
                     f"{rng.choice(['Money', 'Guides', 'Home', 'Local'])} section of the site.")])
    return _pack([s])


def _t48_disclaimer_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A general-information disclaimer."""
    farm = _farm(rng)
    date, _ = _long_date(rng)
    s = rng.choice([("The information in this article is for general guidance only and does not constitute legal, "
                     "financial or medical advice. Always speak to a qualified professional about your situation."),
                    (f"While {farm} makes every effort to keep this page accurate, rules and prices change often, "
                     "and we cannot accept responsibility for any loss arising from its use."),
                    ("Opening times and prices were checked at the time of writing but may have changed, so please "
                     "confirm with the venue or provider before you travel."),
                    (f"Figures quoted in this guide were correct on {date} and are based on publicly available "
                     "information, which may not reflect your own circumstances."),
                    (f"{farm} is not regulated to give financial advice. If you are unsure whether a product is right "
                     "for you, speak to an independent adviser or a free debt charity."),
                    ("Any views expressed by contributors are their own and do not necessarily reflect those of the "
                     f"editorial team at {farm}.")])
    head = rng.choice(["Disclaimer", "DISCLAIMER:", "Please note", "", "Important:"])
    return ([head] if head else []) + _pack([s])


def _t48_event_prose(rng: random.Random, ctx: dict) -> list[str]:
    """Event details from another release."""
    firm, town = rng.choice(_FIRMS), rng.choice(_TOWNS)
    s = rng.choice([(f"The open day takes place on {_wd(rng)} {_dm(rng)} from 10am to 3pm at {town} Community Hall. "
                     "Entry is free and there is no need to book."),
                    (f"Job seekers are invited to a recruitment fair at {_poss(firm)} {town} site on {_wd(rng)}, where "
                     "managers will be interviewing on the spot for warehouse and office roles."),
                    (f"The ribbon will be cut by the mayor of {town} at 11am, followed by tours of the new building "
                     "and refreshments for invited guests and local residents."),
                    (f"Places on {_poss(firm)} free {rng.choice(['first aid', 'cookery', 'cycle safety', 'money'])} "
                     f"workshops in {town} are limited to {rng.randint(12, 40)} per session and must be booked in "
                     "advance through the company's website."),
                    (f"Members of the public can view the plans at a drop-in exhibition at {town} library on "
                     f"{_wd(rng)} {_dm(rng)}, when staff from {firm} will be on hand to answer questions.")])
    return _pack([s])


def _t48_stats_prose(rng: random.Random, ctx: dict) -> list[str]:
    """Statistics filler of the content-farm kind, about other matters."""
    s = rng.choice([(f"According to recent figures, nearly {rng.randint(51, 89)}% of households have considered "
                     f"{_topic(rng)}, yet fewer than a third have actually taken action."),
                    (f"Studies show that people who plan ahead for {_topic(rng)} save an average of "
                     f"£{rng.randint(80, 700)} a year compared with those who leave it to the last minute."),
                    ("Research suggests around one in "
                     f"{rng.choice(['three', 'four', 'five', 'six', 'eight'])} drivers has been caught out by changes "
                     "to parking rules in the past twelve months.")])
    return _pack([s])


def _t48_distribution_prose(rng: random.Random, ctx: dict) -> list[str]:
    """The wire's distribution note."""
    firm, wire = rng.choice(_FIRMS), rng.choice(_WIRES)
    s = rng.choice([(f"This press release was distributed by {wire} on behalf of {firm}. The issuer is solely "
                     "responsible for the content of this announcement."),
                    (f"{wire} has not verified the claims made in this release and accepts no liability for any "
                     "errors or omissions in the information supplied by the issuer."),
                    (f"Journalists can request further information, images and interviews through the {wire} "
                     f"newsroom, quoting release number {_digits(rng, 6)}."),
                    (f"To receive releases from {firm} as soon as they are published, follow the company's newsroom "
                     f"on {wire} or sign up for email alerts."),
                    (f"This content was issued through the {wire} service at {_hm(rng)} on {_dm(rng)} and has been "
                     "published unedited.")])
    return _pack([s])


def _t48_milestone_prose(rng: random.Random, ctx: dict) -> list[str]:
    """Background milestones from another release."""
    firm, town = rng.choice(_FIRMS), rng.choice(_TOWNS)
    s = rng.choice([(f"The announcement follows the opening of {_poss(firm)} third depot in {town} last year and a "
                     f"£{rng.randint(2, 15)}m investment in electric vans."),
                    (f"Since {rng.randint(2005, 2020)}, {firm} has grown from a single unit in {town} to a business "
                     f"with more than {rng.randint(100, 900)} staff and customers in twelve countries."),
                    (f"Last year {firm} donated more than £{rng.randint(20, 300)},000 to good causes in {town}, "
                     "including the hospice, the food bank and two youth football clubs.")])
    return _pack([s])


def _t48_howto_prose(rng: random.Random, ctx: dict) -> list[str]:
    """How-to steps for some other task."""
    k = rng.randint(1, 7)
    days = rng.choice(["five", "ten", "fifteen", "twenty"])
    steps = [("Check your eligibility. Before you apply, make sure you have a recent utility bill, proof of identity "
              "and your council tax reference number to hand."),
             (f"Fill in the online form. It should take about {rng.choice(['ten', 'fifteen', 'twenty'])} minutes, and "
              "you can save your progress and come back to it later if you need to."),
             (f"Wait for confirmation. Most applications are processed within {days} working days, and you will "
              "receive an email once a decision has been made."),
             ("Gather your documents. You will need photographs that meet the official rules, so avoid taking them "
              "at home unless you are confident about the lighting."),
             (f"Compare at least {rng.choice(['three', 'four', 'five'])} quotes. Prices for the same job can vary "
              "by hundreds of pounds, so never accept the first figure you are given."),
             ("Keep a copy of everything. If your claim is disputed later, a dated copy of the form and your "
              "receipts will make an appeal much more straightforward.")]
    head = rng.choice([f"Step {k}: ", f"{k}. ", f"Step {k} – ", "", f"STEP {k}: "])
    picked = rng.sample(steps, rng.randint(1, 2))
    if len(picked) == 2 and head:
        return _pack([head + picked[0]]) + _pack([head.replace(str(k), str(k + 1)) + picked[1]])
    return _pack([head + picked[0]])


def _t48_reviewed_prose(rng: random.Random, ctx: dict) -> list[str]:
    """'Reviewed by' statements in sentences."""
    n, town = _name(rng), rng.choice(_TOWNS)
    date, _ = _long_date(rng)
    s = rng.choice([(f"This article was medically reviewed by Dr {n}, a GP in {town}, on {date}, and is checked "
                     "every six months for accuracy."),
                    (f"This guide was reviewed by {n}, a chartered accountant with twenty years' experience advising "
                     f"small businesses in {town}."),
                    (f"Our content is reviewed by independent experts; this page was last checked by {n} on {date} "
                     "against the latest official guidance.")])
    return _pack([s])


def _fortyeighth_templates() -> dict[str, tuple[str, Template]]:
    """Press releases, PR wires and search-engine content farms."""
    return {
        "s48_dateline": ("h", _t48_dateline),
        "s48_embargo": ("h", _t48_embargo),
        "s48_media_contact": ("t", _t48_media_contact),
        "s48_end_marks": ("t", _t48_end_marks),
        "s48_notes_short": ("t", _t48_notes_short),
        "s48_multimedia": ("it", _t48_multimedia),
        "s48_source": ("t", _t48_source),
        "s48_ticker_tags": ("ht", _t48_ticker_tags),
        "s48_toc": ("hi", _t48_toc),
        "s48_takeaways_short": ("hi", _t48_takeaways_short),
        "s48_related": ("it", _t48_related),
        "s48_author_box": ("ht", _t48_author_box),
        "s48_updated": ("h", _t48_updated),
        "s48_rating": ("t", _t48_rating),
        "s48_sponsored_label": ("hi", _t48_sponsored_label),
        "s48_tags": ("t", _t48_tags),
        "s48_breadcrumbs": ("h", _t48_breadcrumbs),
        "s48_cookie_short": ("ht", _t48_cookie_short),
        "s48_push_short": ("h", _t48_push_short),
        "s48_share_bar": ("ht", _t48_share_bar),
        "s48_faq_header": ("it", _t48_faq_header),
        "s48_jump": ("hi", _t48_jump),
        "s48_signup_box": ("it", _t48_signup_box),
        "s48_pros_cons": ("i", _t48_pros_cons),
        "s48_ad_slot": ("i", _t48_ad_slot),
        "s48_about_prose": ("t", _t48_about_prose),
        "s48_safe_harbour_prose": ("t", _t48_safe_harbour_prose),
        "s48_notes_editors_prose": ("t", _t48_notes_editors_prose),
        "s48_quote_prose": ("i", _t48_quote_prose),
        "s48_lead_prose": ("hi", _t48_lead_prose),
        "s48_faq_prose": ("it", _t48_faq_prose),
        "s48_conclusion_prose": ("t", _t48_conclusion_prose),
        "s48_final_thoughts_prose": ("t", _t48_final_thoughts_prose),
        "s48_ai_filler_prose": ("hi", _t48_ai_filler_prose),
        "s48_affiliate_prose": ("ht", _t48_affiliate_prose),
        "s48_author_bio_prose": ("t", _t48_author_bio_prose),
        "s48_policy_prose": ("t", _t48_policy_prose),
        "s48_takeaways_prose": ("h", _t48_takeaways_prose),
        "s48_sponsored_prose": ("i", _t48_sponsored_prose),
        "s48_cookie_prose": ("ht", _t48_cookie_prose),
        "s48_push_prose": ("h", _t48_push_prose),
        "s48_seo_intro_prose": ("h", _t48_seo_intro_prose),
        "s48_related_prose": ("it", _t48_related_prose),
        "s48_disclaimer_prose": ("t", _t48_disclaimer_prose),
        "s48_event_prose": ("i", _t48_event_prose),
        "s48_stats_prose": ("hi", _t48_stats_prose),
        "s48_distribution_prose": ("t", _t48_distribution_prose),
        "s48_milestone_prose": ("i", _t48_milestone_prose),
        "s48_howto_prose": ("i", _t48_howto_prose),
        "s48_reviewed_prose": ("ht", _t48_reviewed_prose),
    }


BLIND19_TEMPLATES: dict[str, Callable[[], dict[str, tuple[str, Template]]]] = {
    "fortyseventh": _fortyseventh_templates,
    "fortyeighth": _fortyeighth_templates,
}
