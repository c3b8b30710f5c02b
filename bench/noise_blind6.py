"""Two more blind noise splits ("twentyfirst", "twentysecond") for the plain-text cleaner.

Why this module exists: every earlier split has been measured and then tuned against, so its score no longer says
how the cleaner does on noise it has never met.  These templates were written blind, by someone who did not read
the cleaner, its rules, its tests or its output on any split, from experience of what scrapers really pick up.
They use their own invented vocabulary (papers, towns, people, businesses, newsletters, apps) and their own
wordings, and roughly a third of the templates in each split are prose: full sentences that read like article
text but are boilerplate (the hard case for a line-level cleaner).

  twentyfirst   local and community news sites and e-edition / print-replica text: "Things to do this weekend"
                boxes with venues, times and prices, community calendars, obituary teasers and death notices,
                classified and legal-notice boxes, council and school-board meeting notices, "Submit your news"
                asks, letters policies, almanac and weather boxes (sunrise, tides, pollen), lottery results, page
                furniture ("Page A3", "Continued from Page A1", "See COUNCIL, Page B2", running heads), print-replica
                navigation ("Zoom in", "Next page", "Download PDF"), subscriber services and carrier notices,
                sponsor-of-the-section lines, "produced in partnership with" prose and local-business advertorials.
  twentysecond  email newsletters, syndication apps and feed readers: "View in browser", preheader padding and
                mail headers, "You're receiving this email because" prose, "Forwarded this email?" lines,
                unsubscribe and postal-address footers, sponsor slots with a pitch, "In today's edition" contents,
                symbol dividers, "Open in <reader app>" lines, reading-list toasts, reading-time and word-count
                lines, aggregator attributions ("Originally published by ... via ..."), referral-programme and
                reply-to-me prose, edition ratings, machine-translation notices, archive / gift links and RSS item
                metadata (guid, pubDate, category) leaking into the text.

Templates have the format of bench/clean_noise.py: name -> (positions, fn), positions a string over "h" (head,
between title and body), "i" (inline, between body paragraphs) and "t" (tail); fn(rng, ctx) returns the lines of
one block ("" is a blank line inside the block).  ctx["headlines"] holds other articles' headlines (it may be empty
or hold one); ctx may also carry "title" and "paragraphs", which these templates never use: no template copies the
article's own title or body text, so word-level scoring stays valid.

    from bench.noise_blind6 import BLIND6_TEMPLATES
    from bench.noise_unseen import make_noisy_glued
    text = make_noisy_glued(article, random.Random(7), BLIND6_TEMPLATES["twentyfirst"](), headlines)
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

# --- shared fills -------------------------------------------------------------------------------------------------

STOCK_HEADS = ["Grain elevator fire under investigation", "Library levy heads to November ballot",
               "Two-vehicle crash closes Route 9 for hours", "Council delays vote on short-term rentals",
               "Swim team sends four to state finals", "Water rates could climb 6 percent next year",
               "New bakery opens in former bank building", "County fair attendance tops 40,000",
               "Storm knocks out power to 3,000 homes", "Board approves contract for new superintendent",
               "Dog park plan draws neighbours' complaints", "Apprenticeship scheme expands to three towns"]
FIRST = ["Marjorie", "Earl", "Delphine", "Clifford", "Rosalind", "Vernon", "Lucille", "Harlan", "Bernadette",
         "Wendell", "Opal", "Rupert", "Thelma", "Darnell", "Priyanka", "Eamon", "Yolanda", "Bartholomew", "Ingrid",
         "Curtis", "Siobhan", "Anselm", "Noor", "Ezekiel", "Paloma", "Lachlan"]
LAST = ["Pruett", "Hollenbeck", "Szymanski", "Okonjo", "Vandermeer", "Castellano", "Ferrier", "Lindqvist",
        "Abernathy", "Trowbridge", "Mbatha", "Kowalczyk", "Dunleavy", "Renfrew", "Atwater", "Gorski", "Whitlock",
        "Petrakis", "Oyelaran", "Brannigan", "Tisdale", "Haugland", "Achterberg", "Quaresma"]
TOWNS = ["Fallowmere", "Hartwell", "Quillon Springs", "Orrin Falls", "Tamsworth", "Pine Hollow", "Marrowby",
         "Cedar Bend", "North Esk", "Grangeley", "Wetherall Junction", "Saxby Mills", "Lower Tennant", "Brisco Lake"]
STREETS = ["Alder St.", "Main Street", "Chapel Road", "Mill Pond Lane", "W. Harrow Ave.", "Quarry Road",
           "Depot Street", "Orchard Way", "Lincoln Court", "Riverbank Drive", "Old County Road", "Tanner's Row"]
STATES = ["NH", "VT", "OH", "IA", "WI", "MN", "PA", "OR", "KS", "ME", "MI", "NE"]


def _person(rng: random.Random) -> str:
    if rng.random() < 0.1:
        return rng.choice(NAMES)
    middle = f" {rng.choice('ABCDEFGHJKLMRSTW')}." if rng.random() < 0.25 else ""
    return f"{rng.choice(FIRST)}{middle} {rng.choice(LAST)}"


def _headline(rng: random.Random, ctx: dict) -> str:
    """Another article's headline, or a stock one when the renderer gave none."""
    return rng.choice(ctx.get("headlines") or STOCK_HEADS)


def _headlines(rng: random.Random, ctx: dict, k: int) -> list[str]:
    """Up to k distinct other headlines, topped up from the stock list when the renderer gave too few."""
    pool = list(dict.fromkeys(ctx.get("headlines") or []))
    if len(pool) < k:
        pool += [h for h in STOCK_HEADS if h not in pool]
    return rng.sample(pool, min(k, len(pool)))


def _some(rng: random.Random, items: list[str], lo: int, hi: int) -> list[str]:
    """A random, order-preserving selection of lo..hi items."""
    k = rng.randint(min(lo, len(items)), min(hi, len(items)))
    return [items[i] for i in sorted(rng.sample(range(len(items)), k))]


def _stem(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower().removeprefix("the "))


def _site(name: str, rng: random.Random) -> str:
    return _stem(name) + rng.choice([".com", ".news", ".org", ".net", ".co"])


def _ymd(rng: random.Random) -> tuple[int, int, int]:
    return rng.randint(2014, 2024), rng.randint(1, 12), rng.randint(1, 28)


def _weekday(y: int, m: int, d: int) -> str:
    return WEEKDAYS[(y * 3 + m * 5 + d) % 7]


def _long_date(rng: random.Random) -> str:
    y, m, d = _ymd(rng)
    return rng.choice([f"{_weekday(y, m, d)}, {MONTHS[m - 1]} {d}, {y}", f"{MONTHS[m - 1]} {d}, {y}",
                       f"{_weekday(y, m, d)} {d} {MONTHS[m - 1]} {y}"])


def _ap_day(rng: random.Random) -> str:
    """Newspaper-style short day: 'Sat., March 4', 'Friday', 'Sept. 12'."""
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    mon = MONTHS[m - 1]
    short = mon if len(mon) <= 5 else (mon[:4] if mon == "September" else mon[:3]) + "."
    wd = rng.choice(WEEKDAYS)
    return rng.choice([f"{wd[:3]}., {short} {d}", wd, f"{short} {d}", f"{wd}, {mon} {d}"])


def _clock(rng: random.Random) -> str:
    h, mnt = rng.randint(1, 12), rng.choice([0, 0, 0, 15, 30, 30, 45])
    ampm = rng.choice(["a.m.", "p.m."])
    return f"{h} {ampm}" if mnt == 0 else f"{h}:{mnt:02d} {ampm}"


def _span(rng: random.Random) -> str:
    a, b = rng.randint(6, 11), rng.randint(1, 9)
    return rng.choice([f"{a}-{a + rng.randint(1, 4)} a.m.", f"{a} a.m.-{b} p.m.", f"noon-{b} p.m.",
                       f"{b}-{b + rng.randint(1, 3)} p.m.", _clock(rng), f"{b}:30 p.m.", "all day"])


def _phone(rng: random.Random) -> str:
    a, b, c = rng.randint(201, 989), rng.randint(200, 999), rng.randint(1000, 9999)
    return rng.choice([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"0{rng.randint(1200, 1999)} {b}{c}"])


def _address(rng: random.Random) -> str:
    return f"{rng.randint(2, 2400)} {rng.choice(STREETS)}, {rng.choice(TOWNS)}"


def _zip_line(rng: random.Random) -> str:
    return rng.choice([f"{rng.choice(TOWNS)}, {rng.choice(STATES)} {rng.randint(10000, 99999)}",
                       (f"{rng.choice(TOWNS)} {rng.choice('BCDFGHKLMNPRST')}{rng.choice('ADEHKLNRSWY')}"
                        f"{rng.randint(1, 19)} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
                        f"{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}")])


def _money(rng: random.Random) -> str:
    adults, kids = f"${rng.randint(5, 15)} adults", f"${rng.randint(2, 5)} children"
    door = f"${rng.randint(10, 20)} in advance, ${rng.randint(21, 30)} at the door"
    return rng.choice(["Free", "free", f"${rng.randint(2, 25)}", f"{adults}, {kids}", "Free; donations welcome", door,
                       f"${rng.randint(3, 9)} suggested donation", f"£{rng.randint(3, 12)}", "Free admission"])


# --- twentyfirst: local and community news, e-edition and print-replica text ---------------------------------------

PAPERS = ["The Fallowmere Courier", "Hartwell Valley Sentinel", "The Quillon Springs Gazette", "Dunmore County Press",
          "The Orrin Falls Record", "Lakeshore Weekly Dispatch", "The Tamsworth Chronicle-Herald",
          "Pine Hollow Pioneer", "The Marrowby Mercury", "Cedar Bend Times-Reporter", "Esk Valley Advertiser",
          "The Saxby Mills Beacon-Journal"]
LOCAL_SECTIONS = ["Local", "Local & State", "Obituaries", "Sports", "Opinion", "Community", "Business",
                  "Lifestyle", "Classifieds", "Region", "Schools", "Outdoors", "Faith & Values", "Agriculture",
                  "Front Page", "Neighbors", "Living"]
VENUES = ["Grange Hall", "Orrin Falls Public Library, Community Room", "VFW Post 4412", "St. Brendan's Parish Hall",
          "Riverside Pavilion", "Tamsworth Middle School gym", "The Old Depot Arts Center", "Fairgrounds Building C",
          "Marrowby Town Green", "Cedar Bend Senior Center", "Hollin Brewing Co. taproom", "Knights of Columbus Hall",
          "Brisco Lake boat launch", "First Lutheran Church fellowship hall", "Saxby Mills Opera House"]
DOINGS = ["Pancake breakfast", "Quilt show", "Friends of the Library book sale", "Community blood drive",
          "Farmers market", "Bingo night", "Lenten fish fry", "Barn dance", "Garden club plant swap",
          "Veterans' coffee hour", "Toddler story time", "Fall craft fair", "Historical society talk",
          "Jazz on the Green", "Youth wrestling fundraiser", "Chili cook-off", "Free tax help for seniors",
          "Moonlight 5K", "Tractor pull", "Spaghetti supper", "Open mic night", "Bird walk with the Audubon chapter",
          "Rabies vaccination clinic", "Euchre tournament"]
FUNERAL_HOMES = ["Albright-Kessel Funeral Home", "Dunmore Memorial Chapel", "Whitlow & Sons Funeral Service",
                 "Pine Hollow Cremation Care", "Grayling-Moss Funeral Home", "Tisdale Family Funeral Home"]
BUSINESSES = ["Ridgeway Ford", "Hollin Hardware & Feed", "Cedar Bend Credit Union", "Marrowby Family Dental",
              "Esk Valley Insurance Group", "Pruett's Pharmacy", "Grangeley Lumber", "Sunnyside Heating & Cooling",
              "Tamsworth Savings Bank", "The Copper Kettle Diner", "Lakeshore Orthopedics", "Fallowmere Toyota",
              "Brannigan's Flooring", "Orrin Falls Tire & Auto", "Quaresma Bakery"]
JUMP_WORDS = ["COUNCIL", "BUDGET", "SCHOOL", "ROAD", "FIRE", "LEVY", "ZONING", "FAIR", "TRIAL", "MILL", "BRIDGE",
              "HOSPITAL", "ELECTION", "WATER", "PARK", "HOUSING", "DAM", "TAXES"]
BOARDS = ["Fallowmere City Council", "Hartwell Board of Selectmen", "Dunmore County Commission",
          "Quillon Springs School Board", "Orrin Falls Planning and Zoning Commission",
          "Tamsworth Village Board of Trustees", "Cedar Bend Library Board", "Marrowby Water Authority",
          "Esk Valley Unified School District Board of Education", "Pine Hollow Township Trustees",
          "Grangeley Parks and Recreation Committee"]
MATTERS = ["a proposed amendment to the zoning ordinance", "the proposed fiscal year budget",
           "an application for a conditional use permit at {addr}", "a request to vacate a portion of {street}",
           "revisions to the comprehensive plan", "the annexation of approximately {n} acres",
           "a variance request for a detached garage at {addr}", "proposed increases to water and sewer rates"]
PARTNERS = ["the Esk Valley Reporting Project", "Prairie Commons Newsroom", "the Statehouse News Collaborative",
            "the Rural Health Reporting Fellowship", "Northwoods Investigative Network",
            "the Lakes Region Journalism Fund", "the Civic Data Desk at Grangeley State University",
            "Hometown Corps"]
FOUNDATIONS = ["Wetherall Family Foundation", "Community Trust of Dunmore County", "Tennant Civic Fund",
               "Brisco Lake Community Foundation"]
GAMES = ["Midday Pick 3", "Evening Pick 3", "Pick 4", "Lucky Line 5", "Cash Pop", "Big Bonanza", "Gold Rush Daily",
         "Treasure Hunt 6", "Daily Derby"]
CHURCHES = ["St. Brendan's Catholic Church", "First Lutheran Church", "Grace Community Fellowship",
            "Marrowby United Methodist", "Temple Beth Shalom of the Valley", "Cedar Bend Church of the Nazarene",
            "Holy Trinity Episcopal"]


def _paper(rng: random.Random) -> str:
    return rng.choice(PAPERS + OUTLETS) if rng.random() < 0.15 else rng.choice(PAPERS)


def _page(rng: random.Random) -> str:
    return rng.choice([f"{rng.choice('ABCD')}{rng.randint(1, 12)}", f"{rng.randint(1, 12)}{rng.choice('ABCD')}",
                       str(rng.randint(2, 36))])


def _paper_email(rng: random.Random, paper: str) -> str:
    box = rng.choice(["news", "newsroom", "community", "calendar", "letters", "editor", "obits"])
    return f"{box}@{_site(paper, rng)}"


def _l21_things_to_do(rng: random.Random, ctx: dict) -> list[str]:
    label = rng.choice(["Things to do this weekend", "THINGS TO DO", "Weekend picks", "Out & About",
                        f"Things to do in {rng.choice(TOWNS)}", "Your weekend planner", "5 things to do this week",
                        "GO & DO"])
    lines = [label]
    for what in _some(rng, DOINGS, 2, 4):
        venue, when, cost = rng.choice(VENUES), f"{_ap_day(rng)}, {_span(rng)}", _money(rng)
        style = rng.randint(0, 3)
        if style == 0:
            lines.append(f"{what} — {venue}, {when.removesuffix('.')}. {cost}.")
        elif style == 1:
            lines += [what.upper(), f"When: {when}", f"Where: {venue}", f"Cost: {cost}"]
        elif style == 2:
            lines.append(f"{what}: {when} at {venue}. Admission: {cost.lower()}. Info: {_phone(rng)}.")
        else:
            lines += [what, f"{venue} | {when} | {cost}"]
    return lines


def _l21_calendar(rng: random.Random, ctx: dict) -> list[str]:
    label = rng.choice(["Community calendar", "COMMUNITY CALENDAR", "Calendar", "Coming up", "Area events",
                        "Mark your calendar", "Bulletin board"])
    items = [f"{_ap_day(rng)}: {what}, {rng.choice(VENUES)}, {_span(rng)}" for what in _some(rng, DOINGS, 2, 5)]
    tail = rng.choice([["To list an event, visit our website and click Calendar."], ["Add your event"],
                       [f"Calendar items: {_paper_email(rng, _paper(rng))}"], ["See full calendar"], []])
    return [label, *items, *tail]


def _l21_obit_teaser(rng: random.Random, ctx: dict) -> list[str]:
    label = rng.choice(["Obituaries", "Today's obituaries", "DEATHS", f"Obituaries, Page {_page(rng)}",
                        "In memoriam", "Recent obituaries", "OBITUARIES INSIDE"])
    names = [f"{_person(rng)}, {rng.randint(48, 101)}, {rng.choice(['', 'of '])}{rng.choice(TOWNS)}"
             for _ in range(rng.randint(2, 6))]
    tail = rng.choice([["View all obituaries"], ["Sign the guest book"], ["Send flowers", "Share a memory"],
                       [f"Obituaries are sponsored by {rng.choice(FUNERAL_HOMES)}"], []])
    return [label, *names, *tail]


def _l21_death_notice(rng: random.Random, ctx: dict) -> list[str]:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    age, town, home = rng.randint(55, 99), rng.choice(TOWNS), rng.choice(FUNERAL_HOMES)
    when = _long_date(rng)
    opening = rng.choice([
        (f"{last.upper()}, {first} {rng.choice('ABCDEFGHJKLMRSTW')}., {age}, of {town}, died peacefully on {when}, "
         "at home surrounded by family."),
        f"{first} {last}, {age}, of {town}, passed away {when}, at {rng.choice(TOWNS)} Regional Medical Center.",
        f"{first} {last}, {age}, a lifelong resident of {town}, died {when}, after a brief illness.",
    ])
    services = rng.choice([
        (f"Calling hours will be held from {rng.randint(2, 5)} to {rng.randint(6, 8)} p.m. {rng.choice(WEEKDAYS)} at "
         f"{home}."),
        f"A celebration of life will be held at a later date. Arrangements are by {home}.",
        f"Services are pending with {home}.",
        f"A funeral Mass will be celebrated at {_clock(rng)} {rng.choice(WEEKDAYS)} at {rng.choice(CHURCHES)}.",
    ])
    extra = rng.choice([
        f"In lieu of flowers, memorial donations may be made to the {rng.choice(TOWNS)} Volunteer Fire Department.",
        f"Online condolences may be shared at {_site(home, rng)}.",
        "A full obituary will appear in a later edition.",
        "",
    ])
    prose = " ".join(x for x in (opening, services, extra) if x)
    return rng.choice([[prose], ["DEATH NOTICE", prose], ["Death notices", prose], [opening, services]])


def _l21_classifieds(rng: random.Random, ctx: dict) -> list[str]:
    town, ph = rng.choice(TOWNS), _phone(rng)
    pool = [
        f"GARAGE SALE: {_ap_day(rng)}, {_span(rng)}, {_address(rng)}. Furniture, tools, kids' clothes.",
        (f"FOR RENT: {rng.randint(1, 3)}BR apt. in {town}, ${rng.randint(600, 1400)}/mo. plus utilities. No pets. "
         f"{ph}"),
        f"HELP WANTED: Part-time bookkeeper for busy farm supply store. Apply in person at {rng.choice(BUSINESSES)}.",
        f"FIREWOOD: Seasoned hardwood, ${rng.randint(180, 320)}/cord delivered. Call {_phone(rng)}.",
        (f"LOST: Grey tabby cat, answers to \"{rng.choice(['Biscuit', 'Mango', 'Pepper', 'Sir Whiskers'])}\", "
         f"near {rng.choice(STREETS)}. Reward. {_phone(rng)}"),
        (f"FOR SALE: {rng.randint(2004, 2019)} pickup, {rng.randint(60, 210)}k miles, runs great. "
         f"${rng.randint(3, 19)},{rng.randint(0, 9)}00 OBO."),
        f"WANTED: Old tractors and farm equipment, any condition. Cash paid. {_phone(rng)}",
        f"FREE to good home: {rng.randint(2, 8)} kittens, litter-trained. {town}.",
    ]
    head = rng.choice(["CLASSIFIEDS", "Classified ads", "MARKETPLACE", "Classifieds", "For Sale / For Rent"])
    tail = rng.choice([[f"To place an ad call {ph}"], ["Place your ad online 24/7"],
                       [f"Deadline for classifieds is {_clock(rng)} {rng.choice(WEEKDAYS)}."], []])
    return [head, *_some(rng, pool, 2, 4), *tail]


def _l21_public_notice(rng: random.Random, ctx: dict) -> list[str]:
    board = rng.choice(BOARDS)
    matter = rng.choice(MATTERS).format(addr=_address(rng), street=rng.choice(STREETS), n=rng.randint(12, 480))
    when, venue = _long_date(rng), rng.choice(VENUES + ["Town Hall", "the Municipal Building, Council Chambers"])
    head = rng.choice(["NOTICE OF PUBLIC HEARING", "LEGAL NOTICE", "PUBLIC NOTICE", "Public notices",
                       f"LEGAL NOTICE NO. {rng.randint(100, 9999)}-{rng.randint(10, 24)}"])
    body = rng.choice([
        (f"Notice is hereby given that the {board} will hold a public hearing on {when}, at {_clock(rng)} at "
         f"{venue}, to consider {matter}. All interested parties are invited to attend and be heard. Written "
         "comments may be submitted to the clerk prior to the hearing."),
        (f"Sealed bids for {rng.choice(['road resurfacing', 'snow removal', 'roof replacement', 'a used dump truck'])} "
         f"will be received by the {board} until {_clock(rng)} on {when}, at which time they will be publicly "
         "opened and read aloud. The board reserves the right to reject any and all bids."),
        (f"The {board} has adopted the ordinance summarized below. A complete copy of the ordinance is available "
         "for inspection at the office of the clerk during regular business hours."),
        (f"Pursuant to state law, notice is given that the {board} will meet in special session on {when} to "
         f"discuss {matter}. Persons needing accommodation should contact the clerk at {_phone(rng)}."),
    ])
    full, day = MONTHS[rng.randint(0, 11)], rng.randint(1, 14)
    mon = full if len(full) <= 4 else full[:3] + "."
    dates = rng.choice([f"Publish: {mon} {day}, {day + 7}", f"Published {mon} {day}, {day + 7}, {day + 14}",
                        f"({mon} {day}) {rng.randint(10000, 99999)}"])
    return rng.choice([[head, body], [head, body, dates], [body, dates], [head, body, f"{_person(rng)}, Clerk"]])


def _l21_meeting_notice(rng: random.Random, ctx: dict) -> list[str]:
    board, venue = rng.choice(BOARDS), rng.choice(VENUES + ["Town Hall", "the district office"])
    topic = rng.choice(["the proposed budget", "the bus route changes", "a new playground at the park",
                        "hiring a part-time code enforcement officer", "the library roof", "summer paving plans"])
    return [rng.choice([
        (f"The {board} will meet at {_clock(rng)} {rng.choice(WEEKDAYS)} at {venue}. The meeting is open to the "
         "public."),
        (f"The {board} meets at {_clock(rng)} {rng.choice(WEEKDAYS)} in {venue}. Agenda items include {topic}. "
         "A public comment period will be held at the start of the meeting."),
        (f"The next regular meeting of the {board} is scheduled for {_long_date(rng)}. Agendas are posted at "
         "least 48 hours in advance on the town website and outside the clerk's office."),
        (f"Residents who want to speak about {topic} at the {board} meeting must sign up with the clerk by noon "
         "on the day of the meeting. Speakers are limited to three minutes each."),
        (f"The {board} work session originally set for {rng.choice(WEEKDAYS)} has been rescheduled to "
         f"{_ap_day(rng)} at {_clock(rng)} because of the holiday."),
    ])]


def _l21_meetings_box(rng: random.Random, ctx: dict) -> list[str]:
    label = rng.choice(["MEETINGS THIS WEEK", "Government meetings", "Public meetings", "On the agenda",
                        "Meetings"])
    rows = [f"{rng.choice(WEEKDAYS[:5])}: {b}, {rng.randint(5, 7)}{rng.choice(['', ':30'])} p.m., "
            f"{rng.choice(['Town Hall', 'district office'] + VENUES)}"
            for b in _some(rng, BOARDS, 2, 4)]
    return [label, *rows]


def _l21_submit_news(rng: random.Random, ctx: dict) -> list[str]:
    paper = _paper(rng)
    mail = _paper_email(rng, paper)
    return rng.choice([
        [(f"Have news to share? {paper} welcomes submissions of club news, engagement and wedding announcements, "
         f"honor rolls and community events. Email {mail} or drop them off at our office, {_address(rng)}.")],
        ["Send us your photos!", (f"Did you snap a great shot of the {rng.choice(DOINGS).lower()}? Send it to {mail} "
         "with the names of everyone pictured, from left to right, and it could appear in print.")],
        ["Submit your news", "Submit a photo", "Submit an event", "Submit a letter", "Submit an obituary"],
        [(f"We want to hear from you. If something is happening in your neighborhood that you think {paper} should "
         f"cover, call the newsroom at {_phone(rng)} or send a note to {mail}.")],
        [("Birth announcements, anniversaries and milestone birthdays are published free of charge. Forms are "
         "available at the front desk or online, and photos are returned if you include a stamped envelope.")],
    ])


def _l21_letters_policy(rng: random.Random, ctx: dict) -> list[str]:
    n, paper = rng.choice([200, 250, 300, 350, 400]), _paper(rng)
    return rng.choice([
        [(f"Letters to the editor must be {n} words or fewer and include the writer's full name, town and a daytime "
         "phone number for verification. Only the name and town will be published.")],
        ["LETTERS POLICY", (f"We welcome letters on topics of local interest. Letters are limited to {n} words and "
         "one letter per writer every 30 days. We reserve the right to edit for length, clarity and taste.")],
        [(f"Write to us: Letters, {paper}, P.O. Box {rng.randint(10, 999)}, {_zip_line(rng)}, or email "
         f"{_paper_email(rng, paper)}.")],
        [(f"Election letters endorsing candidates will not be accepted after {_ap_day(rng)}. Letters that are "
         "anonymous, libelous or part of an organized campaign will not be printed.")],
        [(f"Opinions expressed in letters and columns are those of the writers and do not necessarily reflect the "
         f"views of {paper} or its owners.")],
    ])


MOON_PHASES = ["New", "Waxing crescent", "First quarter", "Waxing gibbous", "Full", "Waning gibbous",
               "Last quarter", "Waning crescent"]


def _l21_almanac(rng: random.Random, ctx: dict) -> list[str]:
    rise_h, set_h = rng.randint(5, 7), rng.randint(4, 8)
    pool = [f"Sunrise: {rise_h}:{rng.randint(0, 59):02d} a.m.", f"Sunset: {set_h}:{rng.randint(0, 59):02d} p.m.",
            f"Moonrise: {_clock(rng)}", f"Moon phase: {rng.choice(MOON_PHASES)}",
            f"High tide: {_clock(rng)} / {_clock(rng)}", f"Low tide: {_clock(rng)} ({rng.uniform(-0.8, 1.9):.1f} ft)",
            (f"Pollen count: {rng.choice(['Low', 'Moderate', 'High', 'Very high'])} "
             f"({rng.choice(['trees', 'grass', 'ragweed', 'mold'])})"),
            (f"Air quality: {rng.choice(['Good', 'Moderate', 'Unhealthy for sensitive groups'])} (AQI "
             f"{rng.randint(12, 160)})"),
            f"UV index: {rng.randint(1, 11)}", f"Yesterday's high/low: {rng.randint(35, 98)}/{rng.randint(10, 70)}",
            f"Precipitation: {rng.uniform(0, 2.4):.2f} in.", f"Year to date: {rng.uniform(4, 40):.2f} in.",
            f"Lake level: {rng.uniform(880, 905):.1f} ft", f"Water temp: {rng.randint(38, 79)}°"]
    return [rng.choice(["ALMANAC", "Almanac", "Sun & moon", "Tides & times", "By the numbers", "OUTDOORS"]),
            *_some(rng, pool, 3, 7)]


def _l21_weather_box(rng: random.Random, ctx: dict) -> list[str]:
    sky = ["Partly sunny", "Mostly cloudy", "Scattered showers", "Clear", "Breezy", "Snow likely", "Patchy fog",
           "Thunderstorms possible", "Sunny and mild"]
    days = _some(rng, ["Today", "Tonight", "Tomorrow", *WEEKDAYS], 2, 4)
    base = rng.randint(15, 85)
    rows = [f"{d}: {rng.choice(sky)}, low {base - rng.randint(8, 20)}" if d == "Tonight"
            else f"{d}: {rng.choice(sky)}, high {base + rng.randint(-6, 8)}" for d in days]
    return [rng.choice(["WEATHER", "Local forecast", "Five-day outlook", "Weather watch"]), *rows,
            *rng.choice([[f"Full forecast, Page {_page(rng)}"], ["Forecast provided by the Esk Valley Weather Net"],
                         []])]


def _l21_lottery(rng: random.Random, ctx: dict) -> list[str]:
    rows = []
    for game in _some(rng, GAMES, 2, 5):
        n = 3 if "3" in game else 4 if "4" in game else rng.choice([5, 6])
        nums = [rng.randint(0, 9) for _ in range(n)] if n <= 4 else sorted(rng.sample(range(1, 46), n))
        sep = "-" if n <= 4 else rng.choice(["-", " ", ", "])
        rows.append(f"{game}: {sep.join(f'{x:02d}' if n > 4 else str(x) for x in nums)}")
    tail = rng.choice([[f"Jackpot: ${rng.uniform(0.5, 9.9):.1f} million"],
                       ["Results are unofficial. Check with the state lottery."], [f"Drawn {_ap_day(rng)}"], []])
    return [rng.choice(["LOTTERY", "Lottery results", "Winning numbers", "LOTTO"]), *rows, *tail]


def _l21_page_label(rng: random.Random, ctx: dict) -> list[str]:
    p = _page(rng)
    return [rng.choice([f"Page {p}", p, f"PAGE {p}", f"Page {rng.randint(2, 30)} of {rng.randint(31, 64)}",
                        f"{p} · {rng.choice(LOCAL_SECTIONS)}", (f"Section {rng.choice('ABCD')} · Page "
                        f"{rng.randint(1, 12)}"), f"{p} | {_paper(rng)}", f"pg. {rng.randint(1, 40)}"])]


def _l21_continued_from(rng: random.Random, ctx: dict) -> list[str]:
    word = rng.choice(JUMP_WORDS)
    front = rng.choice(["A1", "1A", "Page 1", "Page A1", "front page", "Page One"])
    return rng.choice([
        [f"Continued from {front}"], [f"From {front}"], [f"{word}, from {front}"],
        [f"{word}", f"Continued from {front}"],
        [f"(Continued from {front.lower() if front == 'front page' else front})"], ["FROM PAGE ONE"],
        [f"{word} | From Page {_page(rng)}"],
    ])


def _l21_jump_line(rng: random.Random, ctx: dict) -> list[str]:
    word, p = rng.choice(JUMP_WORDS), _page(rng)
    return [rng.choice([f"See {word}, Page {p}", f"Please see {word}, {p}", f"{word} | Continued on Page {p}",
                        f"See {word} on page {p}", f"Turn to {word}, Page {p} ▸", f"Continued on page {p}",
                        f"See {word.title()} | {p}", f"▶ {word}: Story continues on {p}", f"— See {word} — Page {p}"])]


def _l21_running_head(rng: random.Random, ctx: dict) -> list[str]:
    sec, paper, p = rng.choice(LOCAL_SECTIONS), _paper(rng), _page(rng)
    date = _long_date(rng)
    return rng.choice([
        [f"{p}  {sec.upper()}  {paper.upper()}  {date.upper()}"],
        [f"{paper} | {date} | {p}"],
        [f"{sec.upper()}", f"{date}", f"{p}"],
        [f"{date.upper()} • {paper.upper().removeprefix('THE ')} • PAGE {p}"],
        [f"{paper}", f"{sec} — {date}"],
    ])


def _l21_replica_nav(rng: random.Random, ctx: dict) -> list[str]:
    total = rng.randint(12, 64)
    pool = ["Zoom in", "Zoom out", "Fit to width", "Previous page", "Next page", "Jump to page", "Download PDF",
            "Print page", "Thumbnails", "Single page", "Two-page spread", "Text view", "Page view", "Clip article",
            "Full screen", f"Page {rng.randint(1, total)} / {total}", "Go to section", "◀", "▶", "Back to issue"]
    return _some(rng, pool, 2, 6) if rng.random() < 0.7 else [" | ".join(_some(rng, pool, 3, 6))]


def _l21_eedition_banner(rng: random.Random, ctx: dict) -> list[str]:
    paper = _paper(rng)
    return rng.choice([
        ["Today's e-Edition", "Read the print replica"], [f"e-Edition | {_long_date(rng)}"],
        ["Click here to read today's paper exactly as it appeared in print"],
        [f"Read {paper} e-Edition", "Browse past issues", "Search the archive"],
        ["e-Edition", "Digital replica", f"{rng.randint(20, 72)} pages"],
        ["This e-Edition is a digital replica of the printed newspaper", "Open e-Edition"],
    ])


def _l21_clipping(rng: random.Random, ctx: dict) -> list[str]:
    paper, date, p = _paper(rng), _long_date(rng), _page(rng)
    return rng.choice([
        [f"Clipped from {paper}, {date}, Page {p}"],
        [f"Clipped by {rng.choice(FIRST).lower()}{rng.randint(1, 999)}", f"{paper} · {date} · Page {p}"],
        ["Clip", "Save", "Share clipping", f"Page {p}"],
        [f"Article clipped from the {date} edition. Text converted automatically; may contain errors."],
    ])


def _l21_carrier_notice(rng: random.Random, ctx: dict) -> list[str]:
    paper, ph, town = _paper(rng), _phone(rng), rng.choice(TOWNS)
    return [rng.choice([
        (f"Didn't receive your paper? Call Subscriber Services at {ph} by 10 a.m. and we'll redeliver within town "
         "limits. Credit is issued for missed papers outside the delivery area."),
        (f"CARRIERS WANTED: Earn extra cash delivering {paper} early mornings in {town}. Must be 18 with a reliable "
         f"vehicle and proof of insurance. Call {ph}."),
        ("Home delivery should arrive by 6 a.m. on weekdays and 7:30 a.m. on Sundays. Because of the holiday, "
         "Monday's paper will be delivered with Sunday's edition."),
        (f"Going on vacation? Put your paper on hold online or call {ph}, and we'll donate the papers you miss to "
         "local schools."),
        ("Because of the winter storm, some rural routes may be delivered late today. Thank you for your patience; "
         "the full edition is available online at no charge."),
    ])]


def _l21_subscriber_services(rng: random.Random, ctx: dict) -> list[str]:
    close = rng.choice(["noon", f"{rng.randint(1, 5)} p.m."])
    pool = [f"Customer service: {_phone(rng)}", f"Hours: {rng.randint(6, 8)} a.m.-{close} weekdays",
            "Vacation holds", "Report a missed delivery",
            "Pay my bill", "Switch to e-Edition only", f"Home delivery: ${rng.uniform(9, 32):.2f}/month",
            f"Mail subscriptions: ${rng.randint(90, 260)}/year", "Start a subscription", "Manage my account",
            "EZ-Pay auto renew"]
    return [rng.choice(["SUBSCRIBER SERVICES", "Subscriber services", "Circulation", "Customer care"]),
            *_some(rng, pool, 2, 5)]


def _l21_section_sponsor(rng: random.Random, ctx: dict) -> list[str]:
    sec, biz = rng.choice(LOCAL_SECTIONS), rng.choice(BUSINESSES)
    return [rng.choice([f"{sec} coverage brought to you by {biz}", f"{sec.upper()} — sponsored by {biz}",
                        f"This page sponsored by {biz}", f"Obituaries are sponsored by {rng.choice(FUNERAL_HOMES)}",
                        f"Athlete of the Week presented by {biz}", f"Weather sponsored by {biz}",
                        f"The {sec} section is made possible by {biz} — proud to be local"])]


def _l21_partnership(rng: random.Random, ctx: dict) -> list[str]:
    partner, paper, who = rng.choice(PARTNERS), _paper(rng), _person(rng)
    return [rng.choice([
        (f"This story was produced in partnership with {partner}, a nonprofit newsroom covering rural communities. "
         "It is republished here under a Creative Commons license."),
        (f"{who} is a reporter with {partner}, which places journalists in local newsrooms. Reach them at "
         f"{_phone(rng)}."),
        (f"This report is part of a collaboration between {paper} and {partner}. Funding was provided by the "
         f"{rng.choice(FOUNDATIONS)}, which has no say in editorial decisions."),
        (f"{paper} is sharing this story as part of {partner}, a group of local outlets pooling their reporting on "
         "housing, health and the environment."),
        (f"This article was produced with support from the {rng.choice(FOUNDATIONS)}. {paper} retains full "
         "editorial control over its content."),
    ])]


def _l21_advertorial(rng: random.Random, ctx: dict) -> list[str]:
    biz, town, owner = rng.choice(BUSINESSES), rng.choice(TOWNS), _person(rng)
    years = rng.randint(8, 95)
    label = rng.choice([["ADVERTISEMENT"], ["Sponsored content"], ["PAID ADVERTISING SECTION"], ["Business profile"],
                        []])
    body = rng.choice([
        (f"For more than {years} years, {biz} has been a fixture in downtown {town}. Owner {owner} says the secret "
         "is simple: treat every customer like a neighbor. Stop in this month and mention this ad for 10 percent "
         "off."),
        (f"When {owner} took over {biz} in {rng.randint(1985, 2019)}, the business had just three employees. Today "
         f"the family-run shop serves customers across {rng.choice(TOWNS)} and {rng.choice(TOWNS)}, and it still "
         "offers free estimates."),
        (f"Winter is coming, and the team at {biz} is ready. Schedule your fall check-up before "
         f"{_ap_day(rng)} and receive a free safety inspection, a service that has kept {town} families warm for "
         f"{years} years."),
        (f"{biz} is proud to support the {rng.choice(DOINGS).lower()} again this year. Visit our showroom at "
         f"{_address(rng)}, open six days a week, or call {_phone(rng)} to talk to a real person."),
    ])
    return [*label, body]


def _l21_corrections_policy(rng: random.Random, ctx: dict) -> list[str]:
    paper = _paper(rng)
    return [rng.choice([
        (f"{paper} strives for accuracy in every story. If you see an error, please call the newsroom at "
         f"{_phone(rng)}, and we will correct it in print and online."),
        ("It is our policy to correct errors of fact promptly. Corrections appear on Page A2 and are noted at the "
         "bottom of stories online."),
        (f"Fairness and accuracy: {paper} corrects significant errors as soon as they are brought to our "
         "attention. Requests for corrections should be directed to the managing editor."),
        (f"Did we get something wrong? Email {_paper_email(rng, paper)} with the headline and the date it ran, "
         f"and an editor will get back to you within {rng.choice(['a day', 'two business days', '48 hours'])}."),
        (f"We make mistakes, and when we do we fix them in the open. Corrections are published every "
         f"{rng.choice(WEEKDAYS)} on the Local page and in the online version of the story."),
    ])]


def _l21_bulletin_deadline(rng: random.Random, ctx: dict) -> list[str]:
    return [rng.choice([
        (f"Items for the community bulletin board must be received by noon {rng.choice(WEEKDAYS)} for publication in "
         f"{rng.choice(WEEKDAYS)}'s edition. Items are published free of charge as space allows."),
        ("Church and club news runs on the Community page each week. Please keep submissions brief and include a "
         "contact name and phone number; we cannot guarantee publication of every item."),
        ("Because of limited space, calendar listings are restricted to nonprofit events that are free or low-cost "
         "and open to the public. Listings may be edited."),
        (f"Deadlines for the holiday week are moved up one day. Display advertising and legal notices are due by "
         f"{_clock(rng)} {rng.choice(WEEKDAYS)}."),
    ])]


def _l21_paper_about(rng: random.Random, ctx: dict) -> list[str]:
    paper = _paper(rng)
    y = rng.randint(1848, 1962)
    prose = rng.choice([
        (f"{paper} has served the {rng.choice(TOWNS)} area since {y}. We are locally owned and operated, and proud "
         "to be your source for hometown news."),
        (f"Founded in {y}, {paper} is published every {rng.choice(WEEKDAYS)} and {rng.choice(WEEKDAYS)} by "
         f"{rng.choice(LAST)} Publishing LLC."),
    ])
    pool = [prose, f"POSTMASTER: Send address changes to {paper}, P.O. Box {rng.randint(10, 999)}, {_zip_line(rng)}.",
            f"Periodicals postage paid at {rng.choice(TOWNS)}. USPS {rng.randint(100, 999)}-{rng.randint(100, 999)}",
            f"Publisher: {_person(rng)}", f"Editor: {_person(rng)}", f"Member, {rng.choice(STATES)} Press Association"]
    return _some(rng, pool, 1, 4)


def _l21_shop_local(rng: random.Random, ctx: dict) -> list[str]:
    n = rng.randint(48, 73)
    return [rng.choice([
        (f"Shop local this season. For every $100 spent at a hometown business, about ${n} stays in the community, "
         "paying for schools, parks and the people who live here."),
        ("Small Business Saturday is this weekend. The merchants who sponsor our Little League teams and fill our "
         "food pantry shelves are counting on you."),
        (f"Before you click 'buy' online, check with the shops on {rng.choice(STREETS)}. Chances are they have it, "
         "and they know your name."),
        (f"The {rng.choice(TOWNS)} Chamber of Commerce reminds readers that gift certificates from member businesses "
         f"are accepted at more than {rng.randint(30, 140)} locations across the county."),
        (f"Keep {rng.choice(TOWNS)} thriving: this holiday season, pledge to spend ${rng.choice([25, 50, 100])} "
         "at the independent stores, restaurants and service providers that keep our downtown open."),
    ])]


def _l21_reader_support(rng: random.Random, ctx: dict) -> list[str]:
    paper = _paper(rng)
    price = rng.choice(["$3", "$2.50", "$1.25", "$4"])
    return [rng.choice([
        (f"Local news costs money to produce. If you value coverage of your town council, school board and high "
         f"school sports, please consider subscribing to {paper}. It's less than {price} a week."),
        (f"Thank you for reading {paper}. Our reporters live here too, and your subscription is what keeps them "
         "at the meetings nobody else attends."),
        (f"No one else covers {rng.choice(TOWNS)} like we do. Support independent local journalism by becoming a "
         f"member today; gifts of any size are welcome and may be tax-deductible."),
    ])]


def _l21_photo_credit(rng: random.Random, ctx: dict) -> list[str]:
    who, paper = _person(rng), _paper(rng)
    short = paper.removeprefix("The ").split()[0]
    return rng.choice([
        [f"Staff photo by {who}"], ["Submitted photo"], [f"{short} photo/{who}"],
        [f"Photo courtesy of the {rng.choice(TOWNS)} Historical Society"], [f"{paper.upper()} FILE PHOTO"],
        [f"{rng.choice(CAPTIONS)} ({short} photo by {who})"], ["Buy this photo"], [f"Contributed by {who}"],
        [f"Photo reprints available at {_site(paper, rng)}/photos"],
    ])


def _l21_staff_contacts(rng: random.Random, ctx: dict) -> list[str]:
    paper = _paper(rng)
    pool = [f"Newsroom: {_phone(rng)}", f"Editor: {_person(rng)}, {_paper_email(rng, paper)}",
            f"Sports: {_person(rng)}", f"Advertising: {_phone(rng)}", f"News tips: {_paper_email(rng, paper)}",
            f"Office: {_address(rng)}", f"Office hours: {rng.randint(8, 9)} a.m.-{rng.randint(4, 5)} p.m. Mon.-Fri.",
            f"Obituaries: {_paper_email(rng, paper)}"]
    return [rng.choice(["HOW TO REACH US", "Contact us", "Staff directory", "Who to call"]), *_some(rng, pool, 2, 5)]


def _l21_school_menu(rng: random.Random, ctx: dict) -> list[str]:
    mains = ["Chicken patty on bun", "Cheese pizza", "Walking tacos", "Turkey and gravy", "Mini corn dogs",
             "Breakfast for lunch", "Sloppy joes", "Chili and cornbread", "Fish sticks", "Grilled cheese"]
    sides = ["green beans", "pears", "tater tots", "carrot sticks", "applesauce", "corn", "salad bar", "milk"]
    days = _some(rng, WEEKDAYS[:5], 3, 5)
    rows = [f"{d}: {rng.choice(mains)}, {', '.join(rng.sample(sides, 2))}" for d in days]
    return [rng.choice(["SCHOOL MENUS", "School lunch menu", f"{rng.choice(TOWNS)} schools lunch"]), *rows]


def _l21_prep_scores(rng: random.Random, ctx: dict) -> list[str]:
    sports = ["Girls basketball", "Boys basketball", "Volleyball", "Football", "Softball", "Boys soccer", "Hockey"]
    rows = []
    for s in _some(rng, sports, 2, 4):
        a, b = rng.sample(TOWNS, 2)
        rows.append(f"{s}: {a} {rng.randint(20, 80)}, {b} {rng.randint(10, 60)}")
    return [rng.choice(["PREP SCOREBOARD", "Area scores", "Local results", "Scoreboard"]), *rows,
            *rng.choice([["Coaches: report scores by 10 p.m. to the sports desk."], []])]


def _l21_worship(rng: random.Random, ctx: dict) -> list[str]:
    rows = [f"{c}, {_address(rng)}. Services: {rng.choice(WEEKDAYS[5:] + ['Sunday'])} {_clock(rng)}"
            for c in _some(rng, CHURCHES, 2, 4)]
    return [rng.choice(["WORSHIP DIRECTORY", "Places of worship", "Church directory"]), *rows]


def _twentyfirst_templates() -> dict[str, tuple[str, Template]]:
    """Local and community news sites, e-edition and print-replica text."""
    return {
        "things_to_do": ("it", _l21_things_to_do),
        "calendar": ("t", _l21_calendar),
        "obit_teaser": ("it", _l21_obit_teaser),
        "death_notice": ("t", _l21_death_notice),
        "classifieds": ("it", _l21_classifieds),
        "public_notice": ("t", _l21_public_notice),
        "meeting_notice": ("it", _l21_meeting_notice),
        "meetings_box": ("t", _l21_meetings_box),
        "submit_news": ("it", _l21_submit_news),
        "letters_policy": ("t", _l21_letters_policy),
        "almanac": ("it", _l21_almanac),
        "weather_box": ("hi", _l21_weather_box),
        "lottery": ("t", _l21_lottery),
        "page_label": ("hit", _l21_page_label),
        "continued_from": ("hi", _l21_continued_from),
        "jump_line": ("i", _l21_jump_line),
        "running_head": ("hi", _l21_running_head),
        "replica_nav": ("ht", _l21_replica_nav),
        "eedition_banner": ("ht", _l21_eedition_banner),
        "clipping": ("ht", _l21_clipping),
        "carrier_notice": ("it", _l21_carrier_notice),
        "subscriber_services": ("t", _l21_subscriber_services),
        "section_sponsor": ("hi", _l21_section_sponsor),
        "partnership": ("ht", _l21_partnership),
        "advertorial": ("it", _l21_advertorial),
        "corrections_policy": ("t", _l21_corrections_policy),
        "bulletin_deadline": ("it", _l21_bulletin_deadline),
        "paper_about": ("t", _l21_paper_about),
        "shop_local": ("i", _l21_shop_local),
        "reader_support": ("it", _l21_reader_support),
        "photo_credit": ("hi", _l21_photo_credit),
        "staff_contacts": ("t", _l21_staff_contacts),
        "school_menu": ("t", _l21_school_menu),
        "prep_scores": ("it", _l21_prep_scores),
        "worship": ("t", _l21_worship),
    }


# --- twentysecond: email newsletters, syndication apps and feed readers ---------------------------------------------

LETTERS = ["The Morning Mill", "Brief & Bright", "Signal Fire", "The Sunday Ledgerline", "Five Things Before Nine",
           "The Longitude Letter", "Pocket Dispatch", "Understory", "The Weekly Sift", "Night Owl Notes",
           "Second Coffee", "The Margin Note", "Tidewatch Daily", "Fieldnotes Friday"]
PUBLISHERS = ["Lanternfish Media", "Kettlewire Publishing Co.", "Bramblegate Digital", "Morrow Street Press",
              "Halyard News Ltd", "Tern & Thistle Media LLC", "Quarrymen Creative Inc."]
SENDERS = ["Mailpost", "Inkwell Letters", "Postgarden", "Sendmill", "Letterloop", "Dispatchly"]
READER_APPS = ["Skimly", "Newsloom", "FeedHarbor", "Readwell", "Tidepool Reader", "Brightfeed", "Scrollmark",
               "Flipboard", "Apple News"]
AGGREGATORS = ["NewsNest", "Daylight Digest", "Stacked News", "Curio Wire", "PressPlate", "Aggrego", "Wirebasket"]
SPONSORS = [("Quillo", "the notebook app that organizes itself"),
            ("Fernway Bank", "a current account with no monthly fees and instant spending alerts"),
            ("Thermadale", "smart radiator valves that learn your routine and cut heating bills"),
            ("Brightcast", "podcast hosting built for independent creators"),
            ("Ridgeline Roasters", "small-batch coffee delivered to your door every fortnight"),
            ("Parcelyn", "shipping software for small online shops"),
            ("Hushline", "a private VPN for every device in your home"),
            ("Tallyhouse", "bookkeeping that freelancers actually enjoy"),
            ("Wordsmithy", "an online course in clear, persuasive writing")]
LANGS = ["German", "French", "Spanish", "Portuguese", "Italian", "Dutch", "Japanese", "Korean", "Polish", "Turkish",
         "Swedish", "Indonesian"]
EMOJI = ["📰", "🗞️", "☕", "🌍", "💡", "📈", "⚡", "🔎", "🎧", "✉️", "🧭", "📌"]


def _letter(rng: random.Random) -> str:
    return rng.choice(LETTERS)


def _writer(rng: random.Random) -> str:
    return _person(rng)


def _sender_addr(rng: random.Random, letter: str) -> str:
    return f"{rng.choice(['hello', 'editors', 'team', 'newsletter', 'reply', 'letters'])}@{_site(letter, rng)}"


def _token(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("abcdefghijkmnopqrstuvwxyz0123456789") for _ in range(n))


def _rfc_date(rng: random.Random) -> str:
    y, m, d = _ymd(rng)
    clock = f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    zone = rng.choice(["+0000", "-0500", "+0100", "GMT"])
    return f"{_weekday(y, m, d)[:3]}, {d:02d} {MONTHS[m - 1][:3]} {y} {clock} {zone}"


def _n22_view_in_browser(rng: random.Random, ctx: dict) -> list[str]:
    return [rng.choice(["View in browser", "View this email in your browser", ("Having trouble viewing this email? "
                        "View it online."), "Open in web browser ↗", "Email not displaying correctly? Click here",
                        "Read online", "VIEW ONLINE", f"View in browser | {_letter(rng)}", "Web version"])]


def _n22_preheader(rng: random.Random, ctx: dict) -> list[str]:
    pad = rng.choice(["\u034f \u200c ", "\u200c\u00a0", "\u034f\u200c ", " \u200c"]) * rng.randint(6, 30)
    teaser = rng.choice([f"Plus: {_headline(rng, ctx)}", f"Also inside: {_headline(rng, ctx).lower()}",
                         "Today's top stories, in five minutes", f"{_headline(rng, ctx)} — and more"])
    return rng.choice([[teaser + pad.rstrip()], [teaser, pad.strip() or "\u200c"], [pad.strip() or "\u034f"]])


def _n22_email_header(rng: random.Random, ctx: dict) -> list[str]:
    letter = _letter(rng)
    pool = [f"From: {letter} <{_sender_addr(rng, letter)}>", f"Date: {_rfc_date(rng)}",
            f"Subject: {_headline(rng, ctx)}", "To: you", f"Reply-To: {_sender_addr(rng, letter)}",
            f"List-Unsubscribe: <mailto:unsub-{_token(rng, 10)}@{_site(rng.choice(SENDERS), rng)}>"]
    return _some(rng, pool, 2, 5)


def _n22_issue_number(rng: random.Random, ctx: dict) -> list[str]:
    n, letter = rng.randint(3, 980), _letter(rng)
    return [rng.choice([f"Issue #{n} · {_long_date(rng)}", f"Vol. {rng.randint(1, 9)}, No. {rng.randint(1, 52)}",
                        f"{letter} — Edition {n}", f"No. {n}", f"#{n} | {rng.choice(WEEKDAYS)} edition",
                        f"{letter.upper()} / ISSUE {n:03d}"])]


def _n22_greeting(rng: random.Random, ctx: dict) -> list[str]:
    letter, wd = _letter(rng), rng.choice(WEEKDAYS)
    return [rng.choice([
        (f"Good morning, and welcome to {letter}. It's {wd}, and here's what you need to know before your first "
         "meeting."),
        (f"Hello from a rainy {rng.choice(TOWNS)}. This week's edition is a little longer than usual, so grab a "
         "coffee and settle in."),
        (f"Happy {wd}! Welcome to the {rng.randint(2, 90)},{rng.randint(100, 999)} new readers who joined us this "
         f"week. Here's how {letter} works: five stories, no fluff, done in five minutes."),
        (f"Hi there. I'm {_writer(rng)}, and this is {letter}, the newsletter that reads the news so you don't "
         "have to read all of it."),
    ])]


def _n22_toc(rng: random.Random, ctx: dict) -> list[str]:
    label = rng.choice(["In today's edition", "IN THIS ISSUE", "Today's menu", "What's inside", "In today's email:",
                        "Today at a glance"])
    heads = _headlines(rng, ctx, rng.randint(3, 5))
    style = rng.randint(0, 3)
    if style == 0:
        items = [f"{rng.choice(EMOJI)} {h}" for h in heads]
    elif style == 1:
        items = [f"{i}. {h}" for i, h in enumerate(heads, 1)]
    elif style == 2:
        items = [f"→ {h}" for h in heads]
    else:
        items = [" · ".join(rng.sample(["Markets", "Politics", "Tech", "Climate", "Culture", "Sport", "Science"],
                                       rng.randint(3, 5)))]
    return [label, *items]


def _n22_reading_time(rng: random.Random, ctx: dict) -> list[str]:
    words = rng.randint(300, 4200)
    mins = max(1, round(words / rng.choice([200, 230, 250])))
    return [rng.choice([f"⏱ {mins}-minute read", f"{words:,} words · about {mins} min", (f"Reading time: {mins}' "
                        f"{rng.randint(0, 59):02d}\""), f"~{mins} min ({words:,} words)", f"Est. read {mins}m",
                        f"{mins} MIN READ • {words} WORDS", f"Read time {mins}:{rng.randint(0, 59):02d}",
                        f"This email is {words:,} words long and takes about {mins} minutes to read.",
                        f"{rng.randint(5, 95)}% · {mins} min left"])]


def _n22_read_in_app(rng: random.Random, ctx: dict) -> list[str]:
    app = rng.choice(READER_APPS)
    return rng.choice([
        ["Read in app"], [f"Open in {app}"], [f"Open in {app}", "Open original"], [f"Read on {app} ›"],
        [f"Continue in the {rng.choice(SENDERS)} app for a better reading experience"],
        ["Listen in app", "Read in app"],
        [f"Opened in {app} · Reader view"], [f"Shared from {app}"],
    ])


def _n22_reading_list(rng: random.Random, ctx: dict) -> list[str]:
    return rng.choice([
        ["Saved to your reading list"], ["Added to Read Later", "Undo"], ["Archived", "Undo"],
        ["✓ Saved", "View reading list"], [f"Saved · {rng.randint(2, 80)} items in Read Later"],
        ["Removed from favorites"], ["Bookmark added", "Tags: " + ", ".join(_some(rng, TOPICS, 1, 3)).lower()],
    ])


def _n22_translation(rng: random.Random, ctx: dict) -> list[str]:
    lang, app = rng.choice(LANGS), rng.choice(READER_APPS)
    return rng.choice([
        [f"This article was automatically translated from {lang}. Show original"],
        [f"Translated from {lang} by {app}", "See original", "Rate this translation"],
        [f"Machine translation ({lang} → English). Some phrasing may be inaccurate."],
        [(f"This story was originally written in {lang} and has been translated automatically. The translation may "
         "contain errors; the original text is authoritative.")],
        ["Translate to English", "Translated", f"Original language: {lang}"],
    ])


def _n22_source_attr(rng: random.Random, ctx: dict) -> list[str]:
    outlet, agg = rng.choice(OUTLETS + [_letter(rng)]), rng.choice(AGGREGATORS)
    return [rng.choice([
        f"Originally published by {outlet} via {agg}", f"Syndicated from {outlet}", f"Source: {outlet} (via {agg})",
        f"via {agg} · {outlet}", f"This post first appeared on {outlet}.", f"Curated by {agg} from {outlet}",
        f"Originally appeared at {_site(outlet, rng)} on {_long_date(rng)}",
        f"[{outlet}] via {agg} — {_long_date(rng)}",
        f"Feed: {outlet} — {rng.choice(SECTIONS)}",
    ])]


def _n22_republish(rng: random.Random, ctx: dict) -> list[str]:
    outlet, agg = rng.choice(OUTLETS + [_letter(rng)]), rng.choice(AGGREGATORS)
    return [rng.choice([
        f"This article is republished from {outlet} under a Creative Commons license. Read the original article.",
        f"{agg} aggregates stories from hundreds of publishers. The views expressed are those of the original "
        "author and do not reflect the views of " + agg + ".",
        (f"This story appears here through a content-sharing agreement with {outlet}. All rights remain with the "
         "original publisher."),
        (f"We've included an excerpt of this piece with permission from {outlet}. You can read the full version, "
         "with charts and footnotes, on their website."),
    ])]


def _n22_rss_meta(rng: random.Random, ctx: dict) -> list[str]:
    outlet = rng.choice(OUTLETS + LETTERS)
    site = _site(outlet, rng)
    pool = [f"guid: https://{site}/?p={rng.randint(1000, 99999)}", f"pubDate: {_rfc_date(rng)}",
            f"category: {rng.choice(SECTIONS)}", f"dc:creator: {_writer(rng)}",
            f"<guid isPermaLink=\"false\">{_token(rng, 8)}-{_token(rng, 4)}-{_token(rng, 12)}</guid>",
            f"<category><![CDATA[{rng.choice(TOPICS)}]]></category>", f"<pubDate>{_rfc_date(rng)}</pubDate>",
            f"link: https://{site}/{rng.randint(2015, 2024)}/{rng.randint(1, 12):02d}/{_token(rng, 6)}",
            f"Categories: {', '.join(_some(rng, TOPICS, 2, 4))}", "]]>", "<![CDATA["]
    return _some(rng, pool, 1, 4)


def _n22_sponsor_label(rng: random.Random, ctx: dict) -> list[str]:
    brand = rng.choice(SPONSORS)[0]
    return [rng.choice(["SPONSORED", "— A message from our sponsor —", f"Presented by {brand}", ("Together with "
                        f"{brand}"), f"PARTNER · {brand.upper()}", "Sponsor", f"Brought to you by {brand}",
                        "~ advertisement ~", f"{brand} (sponsored)"])]


def _n22_sponsor_slot(rng: random.Random, ctx: dict) -> list[str]:
    brand, pitch = rng.choice(SPONSORS)
    days = rng.choice([7, 14, 30, 60])
    code = f"{_stem(_letter(rng))[:6].upper()}{rng.randint(10, 50)}"
    body = rng.choice([
        (f"Today's issue is brought to you by {brand}, {pitch}. Readers of this newsletter can try it free for "
         f"{days} days, no card required."),
        (f"This edition is supported by {brand}. If you've ever wished for {pitch}, now's the time: use code {code} "
         f"for {rng.randint(10, 40)}% off your first order."),
        (f"A quick word from our sponsor. {brand} is {pitch}. Over {rng.randint(10, 900)},000 people already use it, "
         f"and it takes about two minutes to set up."),
        (f"We only partner with companies we'd recommend to a friend, and {brand} is one of them. It's {pitch}, and "
         f"right now you can get your first month free."),
    ])
    return rng.choice([[body], [body, rng.choice([f"Try {brand} free →", "Learn more", "Claim your offer"])]])


def _n22_divider(rng: random.Random, ctx: dict) -> list[str]:
    return [rng.choice(["* * *", "———", "~~~", "◆ ◆ ◆", "═" * rng.randint(8, 30), "• • •", "-" * rng.randint(10, 40),
                        "⁂", "— ✦ —", "·  ·  ·", "#", "//", "▬" * rng.randint(5, 20), "○ ○ ○"])]


def _n22_continue_reading(rng: random.Random, ctx: dict) -> list[str]:
    outlet = rng.choice(OUTLETS + LETTERS)
    return [rng.choice(["Read the full story →", f"Continue reading on {outlet}", "Keep reading", "[Read more]",
                        "(...) Read more »", f"Read more at {_site(outlet, rng)}", "Full article ↗",
                        "The post appeared first on " + outlet + ".", "Continue reading →", "[…]"])]


def _n22_tracking_link(rng: random.Random, ctx: dict) -> list[str]:
    sender = _site(rng.choice(SENDERS), rng)
    url = rng.choice([f"https://click.{sender}/ls/click?upn={_token(rng, 40)}",
                      (f"https://link.{sender}/r/{_token(rng, 12)}?utm_source=newsletter&utm_medium=email&utm_"
                       f"campaign={_token(rng, 6)}"),
                      f"https://t.{sender}/e/{_token(rng, 24)}/{rng.randint(10000, 99999)}"])
    return rng.choice([[url], [f"Link: {url}"], [f"[{rng.randint(1, 30)}] {url}"], [f"<{url}>"]])


def _n22_paywall_bypass(rng: random.Random, ctx: dict) -> list[str]:
    outlet = rng.choice(OUTLETS)
    tok = _token(rng, 5)
    archived = f"Archived copy: https://archive.example/{rng.randint(2016, 2024)}/{_token(rng, 10)}"
    free_link = f"Paywall-free link: {_site(outlet, rng)}/share/{tok}"
    return [rng.choice([f"archive.ph/{tok}", archived, "Gift link (free for 14 days)", free_link,
                        f"Non-paywalled version: {tok}.archive", "🔓 Unlocked for newsletter readers",
                        f"Gift article from a {outlet} subscriber", "Mirror | Archive | Outline",
                        "(paywall) — archived link in comments"])]


def _n22_forwarded(rng: random.Random, ctx: dict) -> list[str]:
    letter = _letter(rng)
    return [rng.choice(["Forwarded this email? Sign up here", "Was this forwarded to you? Subscribe free.",
                        f"Someone forward you {letter}? Get your own copy →", "Got this from a friend? Join them.",
                        "---------- Forwarded message ---------", f"New here? Subscribe to {letter} in one click",
                        f"Did a friend send you this? Sign up for {letter} and never miss an issue."])]


def _n22_referral(rng: random.Random, ctx: dict) -> list[str]:
    letter, n = _letter(rng), rng.choice([1, 3, 5, 10, 25])
    prize = rng.choice(["a free tote bag", "our sticker pack", "a month of the paid edition", ("an invitation to our "
                        "reader call"), "a signed copy of our annual", "a mug we are unreasonably proud of"])
    return rng.choice([
        [(f"Share this newsletter with {n} friends and get {prize}. Your referral link is below; it takes ten "
         "seconds and it's the best way to help us grow.")],
        [f"Enjoying {letter}? Tell a friend. When {n} people sign up with your link, we'll send you {prize}.",
         f"https://{_site(letter, rng)}/refer?r={_token(rng, 8)}"],
        [f"You've referred {(done := rng.randint(0, n - 1))} friends. Only {n - done} more to unlock {prize}!"],
        [(f"Word of mouth is how {letter} reached its first {rng.randint(5, 90)},000 readers. If today's edition "
         "was useful, forward it to someone who would like it too.")],
    ])


def _n22_reply_prose(rng: random.Random, ctx: dict) -> list[str]:
    who = _writer(rng)
    return [rng.choice([
        "Hit reply and tell me what you thought. I read every email, even if I can't answer them all.",
        f"Got a tip, a question or a complaint? Just reply to this email; it goes straight to {who}'s inbox.",
        ("I'd love to hear how this story played out where you live. Reply with a sentence or two and I may "
         "include it, anonymously, in next week's edition."),
        "Questions for the mailbag? Reply to this email and I'll answer the best ones on Friday.",
    ])]


def _n22_rating(rng: random.Random, ctx: dict) -> list[str]:
    q = rng.choice(["What did you think of today's edition?", "How was today's newsletter?", "Rate this issue",
                    "Was this email useful?", "How did we do?"])
    opts = rng.choice([["🔥 Loved it", "🙂 It was OK", "👎 Not for me"], ["⭐⭐⭐⭐⭐", "⭐⭐⭐", "⭐"],
                       ["Great", "Good", "Meh"], ["👍", "👎"], ["1", "2", "3", "4", "5"]])
    return rng.choice([[q, *opts], [q, " | ".join(opts)], [f"{q} {' '.join(opts)}"],
                       [q, *opts, "Your feedback helps us make a better newsletter."]])


def _n22_signoff(rng: random.Random, ctx: dict) -> list[str]:
    who = _writer(rng)
    return rng.choice([
        ["Until tomorrow,", who], [f"— {who}"], ["See you Thursday,", who.split()[0]],
        ["Thanks for reading!", f"– {who}"],
        ["That's all for today.", f"{who} and the {_letter(rng)} team"], ["Cheers,", who.split()[0], "P.S. More soon."],
    ])


def _n22_unsubscribe(rng: random.Random, ctx: dict) -> list[str]:
    pool = ["Unsubscribe", "Manage preferences", "Update your email", "Update profile", "Privacy policy",
            "Why did I get this?", "Manage subscriptions", "Unsubscribe from this list", "Email preferences",
            "Terms"]
    picked = _some(rng, pool, 2, 5)
    return rng.choice([[" | ".join(picked)], picked, [" · ".join(picked)]])


def _n22_postal_footer(rng: random.Random, ctx: dict) -> list[str]:
    pub, y = rng.choice(PUBLISHERS), rng.randint(2016, 2025)
    suite = rng.choice(["", f", Suite {rng.randint(100, 900)}", f", Floor {rng.randint(2, 9)}"])
    street, place = f"{rng.randint(1, 999)} {rng.choice(STREETS)}{suite}", _zip_line(rng)
    copy = rng.choice([f"Copyright © {y} {pub}, All rights reserved.", f"© {y} {pub}", f"{pub} © {y}"])
    return rng.choice([
        [copy, "Our mailing address is:", pub, street, place],
        [copy, f"{pub} · {street} · {place}"],
        [f"{pub}, {street}, {place}", rng.choice(["Unsubscribe", "Add us to your address book", copy])],
        ["Our mailing address is:", f"{pub}, {street}, {place}", "Add us to your address book"],
        [f"{pub.upper()}", street, place, copy],
    ])


def _n22_receiving_because(rng: random.Random, ctx: dict) -> list[str]:
    letter, site = _letter(rng), _site(_letter(rng), rng)
    return [rng.choice([
        (f"You're receiving this email because you signed up for {letter} at {site}. If you no longer want to "
         "receive it, you can unsubscribe at any time."),
        (f"You are receiving this because you opted in to updates from {rng.choice(PUBLISHERS)} or one of its "
         "newsletters. We send no more than one email a day."),
        (f"This email was sent to reader@example.com because you subscribed to {letter} on "
         f"{_long_date(rng)}. Not you? Let us know."),
        f"You got this email because you're a paying member of {letter}. Thank you: you make this work possible.",
    ])]


def _n22_privacy(rng: random.Random, ctx: dict) -> list[str]:
    pub = rng.choice(PUBLISHERS)
    return [rng.choice([
        (f"We respect your privacy. {pub} will never sell your email address, and you can read our full privacy "
         "policy on our website."),
        ("This newsletter uses tracking pixels to count opens and clicks. You can turn off image loading in your "
         "email client if you'd rather not be counted."),
        (f"{pub} processes your data in line with applicable data protection law. To request a copy of your data "
         "or ask us to delete it, reply to this message."),
        (f"We use {rng.choice(SENDERS)} to deliver this newsletter. By subscribing, you acknowledge that your "
         "information will be transferred to them for processing in accordance with their terms."),
    ])]


def _n22_whitelist(rng: random.Random, ctx: dict) -> list[str]:
    letter = _letter(rng)
    addr = _sender_addr(rng, letter)
    return [rng.choice([
        (f"To make sure our emails reach your inbox, add {addr} to your contacts. Gmail users can drag this email "
         "into the Primary tab."),
        ("If this landed in your spam or promotions folder, please move it to your inbox. It teaches your email "
         "provider that you want to hear from us."),
        (f"Images not loading? Some email apps block pictures by default. Add {addr} to your safe senders list to "
         "see the charts."),
        (f"Outlook users: if {letter} keeps ending up in the Other tab, right-click this message and choose "
         "'Always move to Focused Inbox'."),
    ])]


def _n22_upgrade(rng: random.Random, ctx: dict) -> list[str]:
    letter = _letter(rng)
    price = rng.choice(["$5/month", "$8 a month", "£4 a month", "$50 a year", "€6/month"])
    return [rng.choice([
        (f"You're reading the free edition of {letter}. Paid subscribers also get the Sunday deep dive, the full "
         f"archive and access to our reader chats. Upgrade for {price}."),
        f"The rest of this post is for paid subscribers. Upgrade to keep reading, for {price} or less.",
        (f"{letter} is reader-supported. If you've been reading for a while and find it useful, consider becoming a "
         f"paid member for {price}. It's the only way we pay our writers."),
        f"Want more? Members get a second edition every {rng.choice(WEEKDAYS)} and no ads. Try it free for a week.",
    ])]


def _n22_survey(rng: random.Random, ctx: dict) -> list[str]:
    mins = rng.randint(2, 8)
    return [rng.choice([
        (f"We're running our annual reader survey. It takes about {mins} minutes and helps us decide what to cover "
         "next year. Everyone who finishes is entered into a prize draw."),
        ("Quick question: would you read a weekend edition focused on a single story? Click yes or no, and we'll "
         "tally the results next week."),
        (f"Help shape this newsletter. Our {mins}-minute survey closes on {rng.choice(WEEKDAYS)}, and every answer "
         "is read by a human."),
        (f"Last month {rng.randint(2, 40)},{rng.randint(100, 999)} of you told us what you wanted more of. The "
         f"top answer was {rng.choice(TOPICS).lower()}, so look out for changes starting next week."),
    ])]


def _n22_correction_note(rng: random.Random, ctx: dict) -> list[str]:
    letter = _letter(rng)
    return [rng.choice([
        (f"A correction: in yesterday's edition we misspelled the name of a source. We regret the error, and thanks "
         f"to the {rng.randint(2, 40)} readers who wrote in."),
        (f"Correction: last week's {letter} linked to the wrong report in the third item. The correct link is now "
         "in the web version of that issue."),
        ("Housekeeping: an earlier version of this email went out with a broken link. If you got two copies, sorry "
         "about that; this one is right."),
        (f"In {rng.choice(['Monday', 'Tuesday', 'last week', 'yesterday'])}'s issue, a chart mislabeled the "
         f"{rng.choice(['vertical axis', 'years', 'percentages', 'regions'])}. We've fixed it in the archive. Thanks "
         f"to {_writer(rng)} for spotting it."),
    ])]


def _n22_programming_note(rng: random.Random, ctx: dict) -> list[str]:
    letter = _letter(rng)
    return [rng.choice([
        (f"Programming note: there will be no newsletter on {rng.choice(WEEKDAYS)} for the holiday. We'll be back "
         "in your inbox the day after."),
        (f"A quick heads-up: {letter} is moving to a new sending platform next week. You don't need to do anything, "
         "but the sender address will change slightly."),
        (f"{_writer(rng)} is on leave this month, so {_writer(rng)} will be writing {letter} until "
         f"{MONTHS[rng.randint(0, 11)]}."),
        (f"Starting next {rng.choice(WEEKDAYS)}, {letter} will arrive at {rng.randint(5, 8)} a.m. instead of "
         "noon. Same stories, just earlier; tell us if the new time doesn't suit you."),
    ])]


def _n22_about_writer(rng: random.Random, ctx: dict) -> list[str]:
    who, letter, town = _writer(rng), _letter(rng), rng.choice(TOWNS)
    past = rng.choice(["a former court reporter", "an economist by training", "a recovering city-hall reporter",
                       "a one-time radio producer", "a data journalist", "a former schoolteacher"])
    return [rng.choice([
        (f"About the author: {who} is {past} who writes {letter} from {town}. They have been sending it every "
         f"week since {rng.randint(2014, 2023)}."),
        (f"{who} writes {letter}. Before going independent, they spent {rng.randint(4, 25)} years as {past}, and "
         "they still can't resist a spreadsheet."),
        (f"{letter} is written by {who} and edited by {_writer(rng)}, with research help from {_writer(rng)}. "
         f"It is published from {town} and read in more than {rng.randint(20, 140)} countries."),
        (f"Who writes this? I'm {who}, {past}. I started {letter} because I wanted one email a day that explained "
         "the news without shouting."),
    ])]


def _n22_feed_chrome(rng: random.Random, ctx: dict) -> list[str]:
    pool = ["Mark as read", "Mark as unread", "Star", "Open original", "Next unread ›", "‹ Previous",
            f"{rng.randint(2, 400)} unread in {rng.choice(SECTIONS)}", "Mark all as read", "Send to e-reader",
            "Show full article", "Subscribed", f"{rng.choice(READER_APPS)} · {_headline(rng, ctx)}", "Refresh feed"]
    return _some(rng, pool, 2, 5)


def _n22_share_sheet(rng: random.Random, ctx: dict) -> list[str]:
    pool = ["Share via…", "Copy link", "Link copied", "Send to e-reader", "Send to read-later", "Email this",
            "Share to feed", "Message", "More…", "Open in browser"]
    return _some(rng, pool, 2, 5)


def _n22_social_follow(rng: random.Random, ctx: dict) -> list[str]:
    nets = ["Bluesky", "Mastodon", "Instagram", "LinkedIn", "Threads", "YouTube", "RSS", "Facebook"]
    picked = _some(rng, nets, 2, 5)
    return rng.choice([[f"Follow us: {' | '.join(picked)}"], ["Find us elsewhere", *picked],
                       [" ".join(f"[{n}]" for n in picked)]])


def _n22_quick_links(rng: random.Random, ctx: dict) -> list[str]:
    label = rng.choice(["Elsewhere", "ICYMI", "Quick links", "Worth your time", "Also worth reading",
                        "From around the web", "Links we liked"])
    heads = _headlines(rng, ctx, rng.randint(2, 4))
    outlets = OUTLETS + LETTERS
    style = rng.randint(0, 2)
    items = [f"{h} ({rng.choice(outlets)})" if style == 0 else (f"• {h} ↗" if style == 1 else h) for h in heads]
    return [label, *items]


def _n22_powered_by(rng: random.Random, ctx: dict) -> list[str]:
    s = rng.choice(SENDERS)
    return [rng.choice([f"Powered by {s}", f"Sent with {s}", f"Made with ♥ in {rng.choice(TOWNS)}",
                        f"Start your own newsletter on {s}", f"{s} · Publish on {s}", f"Delivered by {s}"])]


def _n22_audio_issue(rng: random.Random, ctx: dict) -> list[str]:
    m = rng.randint(3, 25)
    return [rng.choice([f"🎧 Prefer to listen? This issue is {m} minutes in audio.", f"Listen to this issue ({m} min)",
                        f"▶ Audio version · {m}:{rng.randint(0, 59):02d}", "Narrated by a synthetic voice. Listen →",
                        f"Play · {m} min · Read aloud by {rng.choice(READER_APPS)}"])]


def _twentysecond_templates() -> dict[str, tuple[str, Template]]:
    """Email newsletters, syndication apps and feed readers."""
    return {
        "view_in_browser": ("h", _n22_view_in_browser),
        "preheader": ("h", _n22_preheader),
        "email_header": ("h", _n22_email_header),
        "issue_number": ("h", _n22_issue_number),
        "greeting": ("h", _n22_greeting),
        "toc": ("h", _n22_toc),
        "reading_time": ("h", _n22_reading_time),
        "read_in_app": ("ht", _n22_read_in_app),
        "reading_list": ("ht", _n22_reading_list),
        "translation": ("h", _n22_translation),
        "source_attr": ("ht", _n22_source_attr),
        "republish": ("t", _n22_republish),
        "rss_meta": ("ht", _n22_rss_meta),
        "sponsor_label": ("hi", _n22_sponsor_label),
        "sponsor_slot": ("hi", _n22_sponsor_slot),
        "divider": ("i", _n22_divider),
        "continue_reading": ("it", _n22_continue_reading),
        "tracking_link": ("it", _n22_tracking_link),
        "paywall_bypass": ("ht", _n22_paywall_bypass),
        "forwarded": ("ht", _n22_forwarded),
        "referral": ("t", _n22_referral),
        "reply_prose": ("it", _n22_reply_prose),
        "rating": ("t", _n22_rating),
        "signoff": ("t", _n22_signoff),
        "unsubscribe": ("t", _n22_unsubscribe),
        "postal_footer": ("t", _n22_postal_footer),
        "receiving_because": ("t", _n22_receiving_because),
        "privacy": ("t", _n22_privacy),
        "whitelist": ("ht", _n22_whitelist),
        "upgrade": ("it", _n22_upgrade),
        "survey": ("it", _n22_survey),
        "correction_note": ("ht", _n22_correction_note),
        "programming_note": ("hi", _n22_programming_note),
        "about_writer": ("t", _n22_about_writer),
        "feed_chrome": ("ht", _n22_feed_chrome),
        "share_sheet": ("t", _n22_share_sheet),
        "social_follow": ("t", _n22_social_follow),
        "quick_links": ("t", _n22_quick_links),
        "powered_by": ("t", _n22_powered_by),
        "audio_issue": ("h", _n22_audio_issue),
    }


BLIND6_TEMPLATES: dict[str, Callable[[], dict[str, tuple[str, Template]]]] = {
    "twentyfirst": _twentyfirst_templates,
    "twentysecond": _twentysecond_templates,
}
