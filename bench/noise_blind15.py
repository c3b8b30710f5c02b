"""Two more blind noise splits ("thirtyninth", "fortieth") for the plain-text cleaner.

Why this module exists: every earlier split has been measured and then tuned against, so its score no longer says
how the cleaner does on noise it has never met.  These templates were written blind, by someone who did not read
the cleaner, its rules, its tests or its output on any split, from experience of what scrapers really pick up when
they flatten a page.  They use their own vocabulary and wordings (every person, outlet, town, city, firm, school,
council, charity, club, agency, exam board, team, app, product and URL is invented), and about half of the
templates in each split are prose: full sentences, 12-50 words, that read like article text but are boilerplate or
belong to other content (the hard case for a line-level cleaner).

  thirtyninth  local and community news sites: death notices, funeral notices, obituaries and in-memoriam lines of
               OTHER people, family announcements (births, engagements, anniversaries, thanks), what's-on calendars
               and event prose, school closure lists, term dates and school prose, roadworks lists and prose, travel
               bulletins and rail and bus disruption prose, bin-collection changes, local weather strips and forecast
               prose, flood alerts short and in prose, police appeals and missing-person prose about OTHER
               incidents, magistrates' results and court round-up prose, planning application lists and prose,
               licensing and statutory public notices, council agendas and council-meeting prose, community notice
               boards, bowls, darts, quiz and skittles results and club-report prose, "send us your news and
               pictures" calls short and in prose, reader-submitted content disclaimers, civic-reporting and
               community-journalism funding credits, photo sales, local trader directories and paid "business of
               the week" prose, jobs and property boards, newsletter and e-edition promos, duty-pharmacy rotas,
               community grant prose, archive look-backs, letters to the editor about other matters and the letters
               policy, local section navigation and more-local-news rails.
  fortieth     the SEO and generative-AI era page and the English-language outlets of South Asia, Africa, Southeast
               Asia, the Gulf and the Caribbean: key-takeaways boxes, TL;DR lines, "people also ask" lists and FAQ
               answers about OTHER topics, tables of contents and jump-to strips, fact-checked / reviewed-by strips
               and author-trust prose, editorial-standards prose, AI summary boxes, AI-summary and AI-disclosure prose
               in new wordings, assistant widgets and their prose, listicle and affiliate round-up furniture, ranking
               methodology and disclosure prose, update logs and update prose, structured-data residue, author boxes,
               breadcrumbs; "also read" cross links in many shapes, agency credits and "with inputs from" lines,
               edited-by / first-published stamps, messaging-channel join prompts short and in prose,
               syndicated-feed, opinion and press-release disclaimers, regional-language edition switchers, market,
               gold and fuel boxes and prose, cricket and football score strips and results prose, horoscope,
               lottery and exam-result promos and prose, weather/AQI and prayer-time strips, heat and rain alert
               prose, trending rails, web-story rails, other stories' teasers and copyright prose.

Templates have the format of bench/clean_noise.py: name -> (positions, fn), positions a string over "h" (head,
between title and body), "i" (inline, between body paragraphs) and "t" (tail); fn(rng, ctx) returns the lines of
one block ("" is a blank line inside the block).  ctx["headlines"] holds other articles' headlines (it may be empty,
hold one, or be missing, and invented fallback headlines stand in); ctx may also carry "title" and "paragraphs",
which these templates never use: no template copies the article's own title or body text, so word-level scoring
stays valid.  Only the rng passed in is used, so a block is a pure function of the seed.

    from bench.noise_blind15 import BLIND15_TEMPLATES
    from bench.noise_unseen import make_noisy_glued
    text = make_noisy_glued(article, random.Random(7), BLIND15_TEMPLATES["thirtyninth"](), headlines)
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
from bench.noise_fills import day_month as _dm
from bench.noise_fills import digits as _digits
from bench.noise_fills import glue, headline, headlines, some
from bench.noise_fills import pick as _pick
from bench.noise_fills import weekday as _wd

# --- shared fills -------------------------------------------------------------------------------------------------


def _year(rng: random.Random, lo: int = 2016, hi: int = 2025) -> int:
    return rng.randint(lo, hi)


def _day_short(rng: random.Random) -> str:
    return rng.choice([f"{_wd(rng)[:3]} {rng.randint(1, 28)} {rng.choice(MONTHS)[:3]}",
                       f"{_wd(rng)} {_dm(rng)}", f"{_wd(rng)[:3]} {rng.randint(1, 28)}/{rng.randint(1, 12)}"])


def _clock(rng: random.Random, ampm: str = "") -> str:
    ampm = ampm or rng.choice(["am", "pm", "pm"])
    h, m = rng.choice([7, 8, 9, 10, 11] if ampm == "am" else [12, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), rng.choice(
        [0, 0, 15, 30, 30, 45])
    return f"{h}{ampm}" if m == 0 else f"{h}.{m:02d}{ampm}"


def _clock24(rng: random.Random) -> str:
    return f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"


def _money(rng: random.Random, lo: int, hi: int) -> str:
    return f"{rng.randint(lo, hi):,}"


def _slug(text: str) -> str:
    out = "".join(ch if ch.isalnum() else "-" for ch in text.lower())
    return "-".join(part for part in out.split("-") if part)


def _bare(text: str) -> str:
    words = [w for w in _slug(text).split("-") if w not in ("the", "of", "and", "daily", "online")]
    return "".join(words[:3]) or "news"


PRONOUNS = {True: {"he": "she", "He": "She", "his": "her", "His": "Her", "him": "her"},
            False: {"he": "he", "He": "He", "his": "his", "His": "His", "him": "him"}}


# --- thirtyninth: local and community news sites ------------------------------------------------------------------

FEM39 = ["Edna", "Maureen", "Brenda", "Glenys", "Shirley", "Pauline", "Janice", "Lorraine", "Kayleigh", "Aisha",
         "Priya", "Shannon", "Bethan", "Nadia", "Chantelle", "Dorothy", "Marjorie", "Hilda", "Sandra", "Tracey",
         "Gwyneth", "Joyce", "Megan", "Roisin"]
MASC39 = ["Harold", "Derek", "Clifford", "Trevor", "Keith", "Malcolm", "Graham", "Dean", "Jordan", "Callum",
          "Tomos", "Marek", "Kieran", "Reece", "Osman", "Gordon", "Cyril", "Roy", "Stanley", "Wayne", "Lewis",
          "Declan", "Barry", "Arthur"]
LAST39 = ["Pilling", "Shawcross", "Tunnicliffe", "Greatorex", "Haworth", "Bramall", "Oddie", "Clegghorn", "Mottram",
          "Bairstow", "Tordoff", "Whiteley-Cox", "Pennock", "Scaife", "Hepplewhite", "Gledhill", "Sowerby",
          "Kitchingman", "Royds", "Nuttall", "Ackroyd", "Fearnside", "Lumb", "Pickersgill", "Dobbie", "Varley",
          "Entwhistle-Rao", "Chadderton", "Mahmood-Hirst", "Kowalczyk"]
TOWNS39 = ["Harwick", "Cogley", "Fennick St Mary", "Lower Brandle", "Oxhey Moor", "Stallbridge", "Wendlebury Cross",
           "Pottersby", "Marsham-on-Tew", "Gilden Bay", "Ashcombe Vale", "Thornleigh", "Kilnsey Green", "Rudgeford",
           "Bramcote End", "Saltwick", "Hollins Bank", "Tewbury", "Upper Skelding", "Mardle Heath"]
STREET_WORDS39 = ["Chapel", "Mill", "Station", "Tanner's", "Orchard", "Kiln", "Priory", "Market", "Coronation",
                  "Beech", "Ropewalk", "Gasworks", "Quarry", "Cobbler's", "Vicarage", "Foundry", "Lime Tree",
                  "Weavers", "Sandpit", "Jubilee", "Hawthorn", "Nursery"]
STREET_TYPES39 = ["Road", "Lane", "Street", "Close", "Avenue", "Crescent", "Way", "Terrace", "Drive", "Hill"]
RIVERS39 = ["Tew", "Brandle", "Skelding", "Mardle", "Ouselet", "Wenning"]
COUNCILS39 = ["Tewshire County Council", "Harwick Borough Council", "Brandle Vale District Council",
              "Stallbridge and Pottersby Council", "Gilden Bay Town Council", "North Tewshire Council"]
PAPERS39 = ["Harwick Herald", "Cogley & District Courier", "Tew Valley Gazette", "Stallbridge Sentinel",
            "Gilden Bay Mercury", "Oxhey Moor Clarion", "Pottersby Post", "Brandle Vale Advertiser"]
FORCES39 = ["Tewshire Police", "Brandleshire Constabulary", "Tew and Brandle Police"]
COURTS39 = ["Stallbridge Magistrates' Court", "Tewbury Magistrates' Court", "Harwick Magistrates' Court",
            "Tewbury Crown Court"]
SCHOOLS39 = ["St Aldric's CE Primary", "Harwick Community Academy", "Cogley Infant School", "Fennick Brook Primary",
             "Thornleigh High School", "Our Lady of the Marsh RC Primary", "Kilnsey Green Nursery School",
             "Oxhey Moor Academy", "Saltwick Junior School", "Rudgeford Church of England Academy",
             "Mardle Heath Free School", "Brandle Vale College"]
PUBS39 = ["The Lamb & Lantern", "Ferryman's Rest", "Cooper's Arms", "The Tilted Barrel", "Bargeman Inn",
          "The Drovers' Halt", "Fennick Arms", "The Old Tollhouse", "Kiln Tavern", "The Sheaf & Sickle"]
BIZ39 = ["Pellow's Bakery", "Rudgeford Tyre & Exhaust", "Hollins Bank Garden Centre", "Mayfly Florist",
         "Tew Valley Roofing", "Kestrel Cars", "Quayside Opticians", "Saltwick Pet Supplies",
         "Dobbie & Daughter Plumbing", "Marsham Electrical Services", "The Button Box Haberdashery",
         "Greatorex Butchers", "Lumb's Hardware", "Pottersby Cycle Hub", "Brandle Valley Windows"]
FUNERAL39 = ["Tordoff & Sons Funeral Directors", "Harwick Co-operative Funeralcare", "E. Lumb & Son",
             "Pennock Family Funeral Service"]
CHARITIES39 = ["Tew Valley Hospice", "Harwick Food Larder", "Friends of Cogley Park", "Gilden Bay Lifeboat Guild",
               "Brandle Vale Air Ambulance", "Saltwick Dementia Café", "Stallbridge Youth Trust",
               "Pottersby Animal Sanctuary"]
VENUES39 = ["Village Hall", "Methodist Church Hall", "Community Centre", "Library", "Scout Hut", "Miners' Welfare",
            "Memorial Park", "Cricket Pavilion", "Town Hall", "Civic Centre", "Parish Rooms", "Leisure Centre"]
FUNDS39 = ["Community Newsdesk Partnership", "Civic Reporting Fund", "Local Accountability Journalism Scheme",
           "Tew Valley Press Trust", "Open Courts Reporting Fund"]
OPERATORS39 = ["Tewline Buses", "Brandle & Coast Railway", "Kestrel Coaches", "Shoreline Connect",
               "Valley Rider"]
UTILITIES39 = ["Tew Valley Water", "Brandle Gas Networks", "NorthLink Fibre", "Western Grid Distribution"]
AGENTS39 = ["Fenwright & Co", "Tew Valley Homes", "Pardoe Lettings", "Mottram Residential", "Keyhouse Estates"]
FALLBACK39 = [
    "Village shop saved after residents raise £90,000", "Plans for 120 homes on former dairy site refused",
    "Bus route axed despite petition signed by 2,000", "Pupils bury time capsule to mark school's centenary",
    "Speed cameras to be installed on notorious bend", "Car park charges to rise for first time in a decade",
    "Beloved lollipop man retires after 31 years", "Swimming pool closes for six months for repairs",
    "Councillors back plan for town-centre market", "Footbridge reopens after storm damage repaired",
    "Allotment holders angry over rent increase", "Bakery celebrates 100 years on the high street",
    "Residents object to phone mast near primary school", "Carnival returns after three-year absence",
    "Warning after spate of catalytic converter thefts", "Charity walk raises thousands for hospice",
]


def _female(rng: random.Random) -> bool:
    return rng.random() < 0.5


def _first39(rng: random.Random, female: bool | None = None) -> str:
    if female is None:
        female = _female(rng)
    return rng.choice(FEM39 if female else MASC39)


def _name39(rng: random.Random, female: bool | None = None) -> str:
    return f"{_first39(rng, female)} {rng.choice(LAST39)}"


def _town(rng: random.Random) -> str:
    return rng.choice(TOWNS39)


def _towns(rng: random.Random, k: int) -> list[str]:
    return rng.sample(TOWNS39, k)


def _street(rng: random.Random) -> str:
    return f"{rng.choice(STREET_WORDS39)} {rng.choice(STREET_TYPES39)}"


def _road(rng: random.Random) -> str:
    return rng.choice(["A", "A", "B"]) + str(rng.randint(30, 6999))


def _phone39(rng: random.Random) -> str:
    return rng.choice([f"01{_digits(rng, 3)} {_digits(rng, 6)}", f"07{_digits(rng, 3)} {_digits(rng, 6)}",
                       f"01{_digits(rng, 2)}{_digits(rng, 1)} {_digits(rng, 3)} {_digits(rng, 3)}"])


def _paper(rng: random.Random) -> str:
    return rng.choice(PAPERS39)


def _paper_email(rng: random.Random, paper: str) -> str:
    return f"{rng.choice(['news', 'newsdesk', 'editor', 'pictures', 'letters', 'community'])}@{_bare(paper)}.co.uk"


def _postcode(rng: random.Random) -> str:
    letters = "ABDEFGHJLNPRSTUWXY"
    return f"T{rng.choice(letters)}{rng.randint(1, 19)} {rng.randint(1, 9)}{rng.choice(letters)}{rng.choice(letters)}"


def _incident(rng: random.Random) -> str:
    return rng.choice([f"{_digits(rng, 4)} of {_dm(rng)}", f"{rng.randint(20, 25)}*{_digits(rng, 6)}",
                       f"reference {rng.randint(100, 999)} {_dm(rng)}"])


def _t39_death_notice(rng: random.Random, ctx: dict) -> list[str]:
    female = _female(rng)
    p = PRONOUNS[female]
    first, last = _first39(rng, female), rng.choice(LAST39)
    frames = [
        ("{LAST} {first} (née {maiden}). Passed away peacefully at {home}, {town}, on {dm}, aged {age}. Beloved wife "
         "of the late {spouse}, much-loved mum of {c1} and {c2} and a devoted nan. Funeral service at St {saint}'s "
         "Church on {wd} {dm2} at {time}; family flowers only, donations if desired to {charity}."),
        ("{LAST} {first}. Died suddenly but peacefully at home on {dm}, aged {age}. {He} will be sadly missed by "
         "{his} partner {spouse}, {his} children and {his} many friends at {pub}. Service at {town} Crematorium, "
         "{wd} {dm2}, {time}. All welcome; bright colours please."),
        ("{first} {last}, formerly of {street}, {town}. Died on {dm} at {town2} Community Hospital, aged {age}, "
         "after a short illness bravely borne. Further enquiries to {fd}, telephone {phone}."),
        ("The funeral of {first} {last} will take place at St {saint}'s Church, {town}, on {wd} {dm2} at {time}, "
         "followed by interment at {town2} Cemetery. Donations in {his} memory may be sent c/o {fd}."),
        ("{LAST} {first}, of {town}, passed away on {dm} aged {age}, surrounded by {his} loving family. Reunited "
         "with {spouse}. Rest easy. Funeral arrangements to be announced; please see the online notice for details."),
    ]
    month, died = rng.choice(MONTHS), rng.randint(1, 16)
    body = _pick(rng, frames, LAST=last.upper(), first=first, last=last, maiden=rng.choice(LAST39),
                 home=rng.choice(["Larkfield Court", "Beech Lodge Care Home", "the Tew Valley Hospice", "home"]),
                 town=_town(rng), town2=_town(rng), dm=f"{died} {month}", dm2=f"{died + rng.randint(7, 12)} {month}",
                 wd=_wd(rng), age=rng.randint(58, 101),
                 spouse=_first39(rng, not female), c1=_first39(rng), c2=_first39(rng), saint=rng.choice(
                     ["Wendreda", "Aldric", "Botolph", "Cuthwin", "Edith", "Marrow"]), time=_clock(rng),
                 charity=rng.choice(CHARITIES39), pub=rng.choice(PUBS39), street=_street(rng),
                 fd=rng.choice(FUNERAL39), phone=_phone39(rng), **p)
    head = rng.choice(["Deaths", "DEATHS", "Funeral notices", "Family notices", "", ""])
    return ([head, body] if head else [body])


def _t39_notices_nav(rng: random.Random, ctx: dict) -> list[str]:
    items = ["Family notices", "Deaths", "Funerals", "In memoriam", "Births", "Anniversaries", "Place a notice",
             f"Sign the guestbook ({rng.randint(1, 40)})", "Light a candle", f"View all {rng.randint(12, 90)} notices",
             "Search notices by name or town", "Share this notice", "Send flowers"]
    return glue(rng, some(rng, items, 2, 5), 0.6)


def _t39_obituary_prose(rng: random.Random, ctx: dict) -> list[str]:
    female = _female(rng)
    p = PRONOUNS[female]
    frames = [
        ("Tributes have been paid to {name}, a former {role} who {deed}, after {his} death at the age of {age}. "
         "{He} is survived by {his} {kin}."),
        ("{name}, who has died aged {age}, ran {biz} on {street} in {town} for more than {n} years and was a "
         "familiar face at the {town} show, where {he} judged the baking classes."),
        ("Friends and former colleagues have described {name}, who died last {wd}, as the beating heart of the "
         "{town} Amateur Operatic Society, where {he} served as secretary for {n} seasons."),
        ("Born in {town2} in {born}, {first} joined the {firm} straight from school and stayed for {n} years, "
         "rising to works manager before retiring to {town} with {his} family."),
        ("A celebration of {his} life will be held at the {town} {venue} on {dm}, and the family have asked that "
         "anyone wishing to remember {him} makes a donation to the {charity}."),
        ("{name} was a lifelong supporter of {town} Town, missing only a handful of home games in half a century, "
         "and was made an honorary life member of the club in {born2}."),
    ]
    name = _name39(rng, female)
    fills: dict[str, object] = {
        "name": name, "first": name.split()[0],
        "role": rng.choice(["headteacher", "parish councillor", "district nurse", "postmaster", "lifeboat coxswain",
                            "mayor", "scout leader", "magistrate"]),
        "deed": rng.choice(["taught generations of children in the town",
                            "helped set up the first food bank in the valley",
                            "led the campaign to save the cottage hospital",
                            "raised thousands for the air ambulance"]),
        "age": rng.randint(61, 99),
        "kin": rng.choice(["wife and three children", "husband, two sons and seven grandchildren",
                           "daughter and sister", "partner of 40 years"]),
        "biz": rng.choice(BIZ39), "street": _street(rng), "town": _town(rng), "town2": _town(rng),
        "n": rng.randint(12, 48), "wd": _wd(rng), "born": _year(rng, 1925, 1962), "born2": _year(rng, 1990, 2019),
        "firm": rng.choice(["Tew Valley Mills", "Harwick Engineering Works", "Brandle Brick Company",
                            "Cogley Dairies"]),
        "venue": rng.choice(VENUES39), "dm": _dm(rng), "charity": rng.choice(CHARITIES39), **p,
    }
    idx = sorted(rng.sample(range(len(frames)), rng.randint(1, 2)))
    return [frames[i].format(**fills) for i in idx]


def _t39_family_announcement(rng: random.Random, ctx: dict) -> list[str]:
    last = rng.choice(LAST39)
    frames = [
        ("{p1} and {p2} are delighted to announce the safe arrival of {baby}, born at {town} General Hospital on "
         "{dm}, weighing {lb}lb {oz}oz. A little {sib_word} for {sib}. Thank you to all the midwives."),
        ("Mr and Mrs {last} of {town} are pleased to announce the engagement of their {child} {first} to {first2} "
         "{last2}, of {town2}. A wedding is planned for next summer."),
        ("Congratulations to {f1} and {f2} {last} on your golden wedding anniversary, married at St {saint}'s, "
         "{town}, on {dm} {y}. Fifty wonderful years; love from all the family."),
        ("Happy {age}th birthday to {first} {last}, who celebrates on {wd} with a party at {pub}. Still as "
         "mischievous as ever! Love from {kids} and the grandchildren."),
        ("The family of the late {first} {last} wish to thank relatives, friends and neighbours for their cards, "
         "flowers and kind messages at this sad time, and the staff of {ward} Ward for their care."),
    ]
    k = rng.randrange(len(frames))
    body = _pick(rng, frames[k:k + 1], p1=_first39(rng, True), p2=_first39(rng, False), baby=_first39(rng),
                 town=_town(rng),
                 town2=_town(rng), dm=_dm(rng), lb=rng.randint(5, 9), oz=rng.randint(0, 15),
                 sib_word=rng.choice(["brother", "sister"]), sib=_first39(rng), last=last, last2=rng.choice(LAST39),
                 child=rng.choice(["son", "daughter"]), first=_first39(rng), first2=_first39(rng),
                 f1=_first39(rng, False), f2=_first39(rng, True), saint=rng.choice(["Wendreda", "Aldric", "Botolph"]),
                 y=_year(rng, 1960, 1975), age=rng.choice([18, 21, 40, 50, 60, 70, 80, 90]), wd=_wd(rng),
                 pub=rng.choice(PUBS39), kids=f"{_first39(rng)}, {_first39(rng)}",
                 ward=rng.choice(["Heron", "Skelding", "Bramble", "Kingfisher", "Larch"]))
    head = rng.choice(["Announcements", "", ["Births", "Engagements", "Anniversaries", "Birthdays",
                                                "Acknowledgements"][k]])
    return [head, body] if head else [body]


EVENTS39 = ["Craft and gift fair", "Charity quiz night", "Tea dance", "Repair café", "Family bingo",
            "Model railway exhibition", "Open mic night", "Table-top sale", "Ukulele jam", "Plant swap",
            "Fun dog show", "Beer and cider festival", "Panto auditions", "Blood donor session",
            "Carols by candlelight", "Toddler stay and play", "Line dancing taster", "Antiques valuation day",
            "Wildlife talk: bats of the valley", "Community litter pick"]
PRICES39 = ["Free", "£3 on the door", "£5 / £3 concessions", "Tickets £8", "Donations welcome",
            "£2, under-5s free", "Free, booking essential"]


def _t39_whats_on_list(rng: random.Random, ctx: dict) -> list[str]:
    out = [rng.choice(["What's on this week", "WHAT'S ON", "Events near you", f"What's on in {_town(rng)}",
                       "Diary dates", "This weekend"])]
    sep = rng.choice([" · ", " | ", ", ", " - "])
    for ev in rng.sample(EVENTS39, rng.randint(2, 5)):
        parts = [_day_short(rng), ev, f"{_town(rng)} {rng.choice(VENUES39)}", _clock(rng), rng.choice(PRICES39)]
        out.append(sep.join(some(rng, parts, 3, 5)))
    if rng.random() < 0.5:
        out.append(rng.choice(["Add your event", "See all events", "Submit an event for free", "More listings ›"]))
    return out


def _t39_whats_on_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("The annual {ev_l} returns to the {town} {venue} on {wd} {dm}, with stalls, live music and a raffle; entry "
         "is {price_l} and all proceeds go to the {charity}."),
        ("Organisers of the {town} scarecrow trail say this year's event will be the biggest yet, with more than "
         "{n} entries dotted around the village and a prize for the most imaginative design."),
        ("Families are invited to a free storytelling session at {town} Library every {wd} morning during the "
         "school holidays; places are limited and must be booked at the front desk."),
        ("The {town} Bowls Club will hold an open evening on {wd} from {time}, and new members of all ages and "
         "abilities are welcome to come along, borrow a set of woods and give it a try."),
        ("Tickets are now on sale for the {town} Players' spring production of {show}, which runs at the "
         "{venue} from {dm} for {k} nights, with a relaxed performance on the Saturday afternoon."),
        ("Volunteers are needed to help run the {town} {fest} on {dm}; anyone who can spare a couple of hours on "
         "the gate, the car park or the tombola is asked to contact the committee."),
    ]
    return [_pick(rng, frames, ev_l=rng.choice(EVENTS39).lower(), town=_town(rng), venue=rng.choice(VENUES39),
                  wd=_wd(rng), dm=_dm(rng), price_l=rng.choice(["free", "£2", "£3 for adults", "by donation"]),
                  charity=rng.choice(CHARITIES39), n=rng.randint(25, 90), time=_clock(rng), k=rng.randint(3, 6),
                  show=rng.choice(["The Widow of Wendle Weir", "A Dream in the Allotment",
                                   "Murder at Millstone Manor", "Aladdin", "The Ghost Train to Tewbury"]),
                  fest=rng.choice(["gala", "duck race", "soapbox derby", "summer fete", "food festival"]))]


SCHOOL_REASONS39 = ["heating failure", "no water supply", "snow and ice", "staff shortage", "power cut",
                    "burst pipe", "polling station", "strike action", "roof damage"]


def _t39_school_closures(rng: random.Random, ctx: dict) -> list[str]:
    out = [rng.choice(["School closures", "SCHOOLS CLOSED TODAY", "Snow closures: the latest", "Closed schools",
                       f"School closures in {rng.choice(COUNCILS39).replace(' Council', '')}"])]
    for school in rng.sample(SCHOOLS39, rng.randint(2, 6)):
        status = rng.choice(["closed", "closed", "partially open", "opening late (10am)", "closed to pupils"])
        out.append(rng.choice([f"{school} – {status} ({rng.choice(SCHOOL_REASONS39)})", f"{school}: {status}",
                               f"{school}, {_town(rng)} – {status}"]))
    if rng.random() < 0.6:
        out.append(rng.choice([f"Last updated {_clock24(rng)}", "Check the council website for the full list",
                               "List will be updated throughout the day", "Is your school missing? Let us know"]))
    return out


def _t39_term_dates(rng: random.Random, ctx: dict) -> list[str]:
    y = _year(rng, 2019, 2025)
    out = [rng.choice([f"Term dates {y}/{(y + 1) % 100:02d}", f"{rng.choice(COUNCILS39)} school term dates {y}-{y + 1}",
                       "School holidays", "TERM DATES"])]
    rows = [f"Autumn term: {rng.choice(WEEKDAYS[:3])} {rng.randint(2, 6)} September – Fri {rng.randint(18, 22)} Dec",
            f"Half term: {rng.randint(21, 28)} October – {rng.randint(1, 4)} November",
            f"Spring term: {rng.randint(4, 8)} January – {rng.randint(1, 4)} April",
            f"February half term: {rng.randint(12, 19)}–{rng.randint(20, 24)} February",
            f"Summer term: {rng.randint(18, 24)} April – {rng.randint(18, 24)} July",
            f"May Day bank holiday: {rng.randint(1, 7)} May", "INSET days are set by individual schools",
            "Academies and free schools may set different dates"]
    return out + some(rng, rows, 2, 5)


def _t39_school_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("{school} in {town} will remain closed to pupils on {wd} after a burst pipe flooded the {part} overnight, "
         "the head teacher has told parents in a letter."),
        ("Parents have been told that Years {a} and {b} at {school} will learn remotely until at least {wd} while "
         "repairs are carried out to the roof of the {part}."),
        ("A consultation has opened on plans to merge {school} and {school2}, with a final decision expected from "
         "the council's cabinet in {month}."),
        ("The school's most recent inspection, published in {month}, rated it as requiring improvement, and "
         "governors say an action plan is already under way."),
        ("Term dates for next year have now been published on the council website, and parents are reminded that "
         "holiday requests in term time are only granted in exceptional circumstances."),
        ("Applications for primary school places for children born between September and August must be made by "
         "{dm}; late applications will be considered only after all on-time ones."),
    ]
    return [_pick(rng, frames, school=rng.choice(SCHOOLS39), school2=rng.choice(SCHOOLS39), town=_town(rng),
                  wd=_wd(rng), part=rng.choice(["main hall", "science block", "kitchen", "sports hall", "library"]),
                  a=rng.randint(1, 6), b=rng.randint(7, 11), month=rng.choice(MONTHS), dm=_dm(rng))]


ROADWORK_WHAT39 = ["full road closure", "lane closure", "temporary traffic lights", "convoy working",
                   "overnight closure", "two-way lights", "narrowed lanes, 30mph limit"]
ROADWORK_WHY39 = ["gas main replacement", "carriageway resurfacing", "new water connection", "drainage repairs",
                  "bridge inspection", "fibre broadband installation", "kerb and footway works",
                  "streetlight replacement", "sewer survey"]


def _t39_roadworks_list(rng: random.Random, ctx: dict) -> list[str]:
    out = [rng.choice(["Roadworks this week", "Road closures", "Planned roadworks", "ROADWORKS",
                       f"Roadworks in {_town(rng)} and surrounding areas"])]
    for _ in range(rng.randint(2, 5)):
        d = rng.randint(1, 14)
        span = f"{d}–{d + rng.randint(3, 14)} {rng.choice(MONTHS)}"
        when = rng.choice([f"8pm to 6am until {_dm(rng)}", f"from {_dm(rng)} for three weeks", f"{_wd(rng)} only",
                           "until further notice", span])
        out.append(f"{_road(rng)} {_street(rng)}, {_town(rng)} – {rng.choice(ROADWORK_WHAT39)}, {when} "
                   f"({rng.choice(ROADWORK_WHY39)})")
    return out


def _t39_roadworks_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("Drivers are being warned to expect delays on the {road} near {town} from {wd}, when {util} begins a "
         "{n}-week project to replace ageing pipes beneath the carriageway."),
        ("A signed diversion via {s1} and {s2} will be in place while {s3} is closed, although access for "
         "residents, businesses and emergency vehicles will be maintained at all times."),
        ("The council said the resurfacing had been timed to avoid the school holidays and apologised in advance "
         "for any inconvenience to people living and working nearby."),
        ("Temporary traffic lights on {s1} in {town} are expected to stay in place until {dm} after contractors "
         "found more damage to the culvert than they had first thought."),
        ("{util} said the work was essential to keep supplies safe and reliable, and that crews would work "
         "extended hours where possible to finish the job ahead of schedule."),
    ]
    return [_pick(rng, frames, road=_road(rng), town=_town(rng), wd=_wd(rng), util=rng.choice(UTILITIES39),
                  n=rng.randint(2, 14), s1=_street(rng), s2=_street(rng), s3=_street(rng), dm=_dm(rng))]


def _t39_travel_bulletin(rng: random.Random, ctx: dict) -> list[str]:
    t1, t2 = _towns(rng, 2)
    j = rng.randint(2, 30)
    items = [
        (f"{_road(rng)} {rng.choice(['northbound', 'southbound', 'eastbound', 'westbound'])} between J{j} and "
         f"J{j + 1}: slow traffic after an earlier breakdown"),
        f"Trains: {t1} to {t2} services delayed by up to {rng.randint(10, 40)} minutes",
        f"Buses: route {rng.randint(1, 99)} diverted away from {_street(rng)}",
        f"Ferries: {rng.choice(['running normally', 'first sailing cancelled', 'delays due to high winds'])}",
        f"{_street(rng)}, {t1}: closed both ways, police on scene",
        f"Park and ride: {rng.choice(['normal service', 'not running today'])}",
    ]
    head = rng.choice([f"TRAVEL {_clock24(rng)}", "Travel news", "Traffic and travel", "ON THE ROADS", ""])
    body = some(rng, items, 1, 4)
    return glue(rng, ([head] if head else []) + body, 0.35)


def _t39_travel_prose(rng: random.Random, ctx: dict) -> list[str]:
    t1, t2 = _towns(rng, 2)
    frames = [
        ("Rail passengers between {t1} and {t2} face disruption this weekend, with buses replacing trains on "
         "Saturday and Sunday while engineering work is carried out on the line."),
        ("{op} has apologised after a shortage of drivers led to {n} cancellations on its {t1} routes on {wd} "
         "morning, and says a reduced timetable will run until {dm}."),
        ("The {road} was closed in both directions for around {h} hours on {wd} after a lorry shed its load near "
         "the {t1} roundabout; it has since reopened."),
        ("Passengers are advised to check before they travel, as the {t1} park-and-ride will not operate on the "
         "bank holiday and the last bus back from {t2} leaves at {time}."),
        ("From {dm} the number {route} will no longer serve {t2}, and {op} says passengers should use the hourly "
         "{route2} service from the stop outside the {venue} instead."),
    ]
    return [_pick(rng, frames, t1=t1, t2=t2, op=rng.choice(OPERATORS39), n=rng.randint(8, 60), wd=_wd(rng),
                  dm=_dm(rng), road=_road(rng), h=rng.randint(2, 7), time=_clock(rng), route=rng.randint(1, 99),
                  route2=rng.randint(100, 199), venue=rng.choice(VENUES39).lower())]


def _t39_bin_changes(rng: random.Random, ctx: dict) -> list[str]:
    head = rng.choice(["Bin collections over the holidays", "BIN COLLECTION CHANGES", "Bank holiday bin dates",
                       "Your bins this week"])
    rows = [f"{_wd(rng)} {_dm(rng)} → {_wd(rng)} {_dm(rng)}", f"{_wd(rng)} {_dm(rng)} → {_wd(rng)} {_dm(rng)}",
            f"Garden waste collections resume on {_dm(rng)}", "Please put your bins out by 7am",
            "No side waste will be collected", f"Check your day at {_bare(rng.choice(COUNCILS39))}.gov.uk/bins",
            "Extra recycling can be left in a clear bag next to your blue bin"]
    return glue(rng, [head] + some(rng, rows, 1, 4), 0.3)


def _t39_bin_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("Bin collections in {town} will be a day later than usual next week because of the bank holiday, with "
         "Friday's rounds moving to Saturday."),
        ("Residents are reminded that the {colour} bin is for {items} only, and crews will not empty bins that are "
         "contaminated with food waste or nappies."),
        ("Garden waste subscriptions for the coming year open on {dm}; the charge remains £{n}, and permits will "
         "be posted out within ten working days of payment."),
        ("The council has apologised after {k} streets in {town} were missed on {wd} because of a broken-down "
         "lorry, and says crews will return to them on {wd2}."),
        ("From {month}, every household will be given a small kitchen caddy and food waste will be collected "
         "weekly, while general rubbish moves to a fortnightly collection."),
    ]
    return [_pick(rng, frames, town=_town(rng), colour=rng.choice(["blue", "green", "grey", "purple-lidded"]),
                  items=rng.choice(["paper and card", "glass bottles and jars", "cans and plastic bottles",
                                    "garden waste"]), dm=_dm(rng), n=rng.randint(38, 72), k=rng.randint(6, 40),
                  wd=_wd(rng), wd2=_wd(rng), month=rng.choice(MONTHS))]


def _t39_weather_strip(rng: random.Random, ctx: dict) -> list[str]:
    hi = rng.randint(-2, 29)
    items = [f"{_town(rng)} {hi}°C", rng.choice(["Light showers", "Sunny intervals", "Overcast", "Heavy rain",
                                                    "Fog patches", "Clear skies", "Sleet"]),
             f"Hi {hi}° Lo {hi - rng.randint(3, 9)}°",
             f"Wind {rng.choice(['SW', 'W', 'NE', 'N', 'SE'])} {rng.randint(4, 40)}mph",
             f"Sunrise {rng.randint(4, 8):02d}:{rng.randint(0, 59):02d}",
             f"Sunset {rng.randint(16, 21)}:{rng.randint(0, 59):02d}",
             f"Pollen: {rng.choice(['low', 'moderate', 'high', 'very high'])}",
             f"High tide {_clock24(rng)} ({rng.randint(30, 62) / 10}m)", "5-day forecast ›"]
    return glue(rng, some(rng, items, 2, 6), 0.6)


def _t39_weather_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("It will be a bright but chilly start across {area} on {wd}, with a touch of frost in sheltered spots "
         "before cloud thickens from the west during the afternoon."),
        ("Showers will merge into longer spells of rain this evening, heaviest over the hills, with temperatures "
         "falling to around {lo}C overnight."),
        ("The weekend looks mainly dry, although a brisk {dir} wind will make it feel colder on the coast; highs of "
         "{hi}C are expected in {town}."),
        ("Forecasters say a band of heavy rain could bring up to {mm}mm to higher ground by {wd} morning, with "
         "spray and standing water making for difficult driving on the {road}."),
        ("Tonight will stay mostly cloudy with a little drizzle on the hills, and mist and murk forming in the "
         "valleys by dawn. Minimum temperature {lo}C."),
    ]
    return [_pick(rng, frames, area=rng.choice(["the Tew valley", "the district", "the coast", "Tewshire",
                                                "the Brandle hills"]), wd=_wd(rng), lo=rng.randint(-3, 11),
                  dir=rng.choice(["north-easterly", "westerly", "south-westerly"]), hi=rng.randint(6, 27),
                  town=_town(rng), mm=rng.randint(20, 70), road=_road(rng))]


def _t39_flood_alert_short(rng: random.Random, ctx: dict) -> list[str]:
    items = [rng.choice(["FLOOD ALERT", "Flood warning in force", "⚠ Flood alert"]),
             f"River {rng.choice(RIVERS39)} at {_town(rng)}", f"Issued {_clock24(rng)} {_wd(rng)}",
             "Risk: low-lying land and roads", "Check the flood map", "Sign up for free flood alerts",
             f"{rng.randint(1, 9)} warnings, {rng.randint(1, 20)} alerts in force"]
    return glue(rng, some(rng, items, 2, 4), 0.5)


def _t39_flood_prose(rng: random.Random, ctx: dict) -> list[str]:
    t1, t2 = _towns(rng, 2)
    frames = [
        ("A flood alert remains in force for the River {r} between {t1} and {t2}, where levels are rising after "
         "prolonged rain and flooding of fields and minor roads is possible."),
        ("The Rivers and Coast Authority said levels at the {t1} gauge peaked at {m}m overnight and would stay high "
         "until at least {wd}, and urged people not to drive through floodwater."),
        ("Sandbags are available from the {t1} {venue} for residents of {s1} and {s2}, and volunteers from the "
         "village flood group will be on hand from {time}."),
        ("Warnings mean flooding is expected and immediate action is required, while alerts mean it is possible; "
         "people in at-risk areas can sign up to receive free phone messages."),
    ]
    return [_pick(rng, frames, r=rng.choice(RIVERS39), t1=t1, t2=t2, m=rng.randint(18, 46) / 10, wd=_wd(rng),
                  venue=rng.choice(VENUES39), s1=_street(rng), s2=_street(rng), time=_clock(rng))]


def _t39_police_appeal(rng: random.Random, ctx: dict) -> list[str]:
    force = rng.choice(FORCES39)
    frames = [
        ("Police are appealing for witnesses after a {vehicle} was damaged on {street}, {town}, between {time} on "
         "{wd} and the following morning. Anyone with information should call {force} on 101, quoting {inc}."),
        ("Officers investigating a break-in at a {premises} on {street} in {town} want to speak to a man seen in "
         "the area at around {time}; he is described as white, in his {age}s and wearing a dark hooded top."),
        ("A {age2}-year-old woman was taken to hospital with injuries that are not thought to be life-threatening "
         "after a collision involving a {vehicle} and a cyclist on the {road} at {town} on {wd}."),
        ("Detectives have released an image of a man they want to trace in connection with a theft from {biz} in "
         "{town} on {dm}, saying he may have information that could help their inquiries."),
        ("Information can also be passed on anonymously through the independent charity Crimeline Tewshire on "
         "0800 {d3} {d4}, or using the force's online reporting form."),
        ("Shed break-ins have been reported in {town} and {town2} over the past fortnight, and {force} is "
         "advising residents to lock outbuildings and mark tools with their postcode."),
    ]
    fills = {
        "vehicle": rng.choice(["silver hatchback", "parked van", "blue Ford", "motorbike", "tractor", "horsebox"]),
        "street": _street(rng), "town": _town(rng), "town2": _town(rng), "time": _clock(rng), "wd": _wd(rng),
        "force": force, "inc": _incident(rng),
        "premises": rng.choice(["newsagent's", "sports pavilion", "takeaway", "builders' yard", "village shop"]),
        "age": rng.choice([20, 30, 40]), "age2": rng.randint(19, 84), "road": _road(rng), "biz": rng.choice(BIZ39),
        "dm": _dm(rng), "d3": _digits(rng, 3), "d4": _digits(rng, 3),
    }
    idx = sorted(rng.sample(range(len(frames)), rng.randint(1, 2)))
    return [frames[i].format(**fills) for i in idx]


def _t39_missing_person(rng: random.Random, ctx: dict) -> list[str]:
    female = _female(rng)
    p = PRONOUNS[female]
    frames = [
        ("{force} is asking for help to trace {first} {last}, {age}, who was last seen in {town} on {wd} evening. "
         "{He} is described as about {height} tall, of slim build, with short {hair} hair."),
        ("Officers are becoming increasingly concerned for the welfare of {first}, who has not been in contact "
         "with family since {wd}, and have urged anyone who has seen {him} to call 101."),
        ("{first} is known to have links to {town2} and may have travelled there by bus. If you see {him}, please "
         "do not approach but call 999 immediately, quoting {inc}."),
        ("Update: {force} has thanked the public for sharing its appeal after {first} {last}, {age}, who had been "
         "reported missing from {town}, was found safe and well on {wd}."),
    ]
    return [_pick(rng, frames, force=rng.choice(FORCES39), first=_first39(rng, female), last=rng.choice(LAST39),
                  age=rng.randint(13, 86), town=_town(rng), town2=_town(rng), wd=_wd(rng),
                  height=rng.choice(["5ft 4in", "5ft 8in", "6ft", "5ft 11in"]),
                  hair=rng.choice(["brown", "grey", "dark", "fair", "ginger"]), inc=_incident(rng), **p)]


DRIVING39 = ["drink-driving on the {road}", "driving without insurance", "speeding at {s}mph in a 30mph zone",
             "using a mobile phone while driving", "driving while disqualified"]
OFFENCES39 = ["stealing groceries worth £{n} from a supermarket", "failing to ensure a child attended school",
              "assaulting an emergency worker", "possessing cannabis", "breaching a restraining order",
              "failing to pay a fixed penalty for fly-tipping", "criminal damage to a bus shelter",
              "being drunk and disorderly in {town}", "keeping a dog dangerously out of control"]
DRIVING_OUTCOMES39 = ["Fined £{n} and banned from driving for {m} months", "Six penalty points and a £{n} fine",
                      "Disqualified for {m} months, £{c} costs"]
OUTCOMES39 = ["Community order with {h} hours' unpaid work", "Conditional discharge for {m} months, £{c} costs",
              "Fined £{n}, £{c} victim surcharge", "Adjourned until {dm}", "Committed to the crown court for sentence",
              "Twelve-week curfew, £{c} victim surcharge"]


def _t39_court_roundup(rng: random.Random, ctx: dict) -> list[str]:
    out = [rng.choice(["Court round-up", "In the magistrates' court", "Court results", "COURT",
                       f"Cases heard at {rng.choice(COURTS39[:3])}"])]
    for _ in range(rng.randint(2, 5)):
        fills = {"road": _road(rng), "n": _money(rng, 40, 1200), "s": rng.randint(38, 61), "m": rng.randint(6, 36),
                 "h": rng.randint(40, 200), "c": rng.randint(26, 180), "dm": _dm(rng), "town": _town(rng)}
        driving = rng.random() < 0.4
        off = rng.choice(DRIVING39 if driving else OFFENCES39).format(**fills)
        res = rng.choice((DRIVING_OUTCOMES39 if driving else []) + OUTCOMES39[:4]).format(**fills)
        who = f"{_name39(rng)}, {rng.randint(18, 77)}, of {_street(rng)}, {_town(rng)}"
        out.append(rng.choice([f"{who}: {off}. {res}.",
                               f"{_name39(rng).upper()} ({rng.randint(18, 77)}), {_town(rng)} – {off} – {res}"]))
    return out


def _t39_court_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("A {age}-year-old man from {town} has been banned from driving for {m} months after admitting drink-driving "
         "on {street} in {month}. He was also fined £{n} and ordered to pay costs."),
        ("Magistrates sitting at {court} heard that the defendant was stopped after his van was seen drifting "
         "between lanes on the {road} shortly after midnight."),
        ("In a separate case, a woman who took cosmetics worth £{n} from a chemist's in {town} was given a "
         "conditional discharge and ordered to pay compensation to the shop."),
        ("{name}, {age}, of {street}, {town}, denied a charge of criminal damage and will stand trial at the same "
         "court on {dm}. He was released on unconditional bail."),
        ("Sentencing was adjourned for reports, and the chair of the bench warned that all options, including "
         "custody, would remain open when he returns to court."),
    ]
    return [_pick(rng, frames, age=rng.randint(19, 71), town=_town(rng), m=rng.randint(12, 40),
                  street=_street(rng), month=rng.choice(MONTHS), n=rng.randint(90, 1400), court=rng.choice(COURTS39),
                  road=_road(rng), name=_name39(rng, False), dm=_dm(rng))]


PLANNING_DESC39 = ["single-storey rear extension", "change of use from shop to hot food takeaway",
                   "erection of detached garage", "loft conversion with rear dormer",
                   "felling of one ash tree protected by a preservation order", "installation of EV charging bays",
                   "two-storey side extension", "conversion of barn to two dwellings",
                   "replacement shopfront and illuminated signage", "erection of 14 dwellings with access road",
                   "retrospective consent for garden room", "demolition of conservatory and new orangery"]


def _t39_planning_list(rng: random.Random, ctx: dict) -> list[str]:
    out = [rng.choice(["Planning applications", "Applications received this week", "PLANNING",
                       f"New planning applications – {rng.choice(COUNCILS39)}"])]
    for _ in range(rng.randint(2, 5)):
        ref = rng.choice([f"{rng.randint(19, 25)}/{_digits(rng, 5)}/{rng.choice(['FUL', 'HH', 'LBC', 'OUT', 'TPO'])}",
                          f"HH/{_year(rng)}/{_digits(rng, 4)}"])
        out.append(f"{ref} – {rng.randint(1, 140)} {_street(rng)}, {_town(rng)} – {rng.choice(PLANNING_DESC39)}")
    if rng.random() < 0.5:
        out.append(f"Comments by {_dm(rng)}")
    return out


def _t39_planning_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("Plans to turn the former {old} on {street} in {town} into {new} have been submitted to {council}, with the "
         "applicant saying the scheme would bring the empty building back into use."),
        ("Objectors say the proposed {n} homes off {street} would add to traffic on roads that are already "
         "congested at school times, and {k} letters of objection have been received."),
        ("A decision is expected to be made by the planning committee in {month}; council officers have "
         "recommended approval subject to conditions on working hours and landscaping."),
        ("Residents have until {dm} to comment on the proposals, which can be viewed on the council's planning "
         "portal using reference {ref}."),
        ("Planners refused an earlier version of the scheme on the grounds of its height, and the revised design "
         "reduces the building from {a} storeys to {b}."),
    ]
    return [_pick(rng, frames, old=rng.choice(["co-operative store", "police station", "Methodist chapel",
                                               "bank branch", "bus depot", "nightclub", "telephone exchange"]),
                  new=rng.choice(["nine flats", "a children's nursery", "a gym and café", "holiday lets",
                                  "a dental surgery"]), street=_street(rng), town=_town(rng),
                  council=rng.choice(COUNCILS39), n=rng.randint(12, 240), k=rng.randint(8, 160),
                  month=rng.choice(MONTHS), dm=_dm(rng), ref=f"{rng.randint(19, 25)}/{_digits(rng, 5)}/FUL",
                  a=rng.randint(5, 8), b=rng.randint(3, 4))]


def _t39_licensing_notice(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("Notice is hereby given that {firm} Ltd has applied to {council} for a premises licence at {n} {street}, "
         "{town}, to permit the sale of alcohol from {o}am to {c}pm daily. Representations may be made in writing "
         "to the licensing team by {dm}."),
        ("Application to vary a premises licence: {pub}, {street}, {town}. The applicant seeks to extend the hours "
         "for live and recorded music until {time} on Fridays and Saturdays."),
        ("It is an offence knowingly or recklessly to make a false statement in connection with an application, "
         "and the maximum fine on summary conviction is unlimited."),
        ("The register of applications may be inspected at the council offices, {street}, {town}, between 9am and "
         "4pm on weekdays, and any representation must relate to the licensing objectives."),
        ("The licensing sub-committee will consider the application for {pub} at a hearing on {dm}; the applicant "
         "has offered to install CCTV and to employ door staff after 9pm at weekends."),
    ]
    firm = rng.choice(["Kilnsey Convenience", "Harwick Wines", "Tewbury Leisure", "Quayside Deli",
                       "Oxhey Moor Farm Shop"])
    out = [_pick(rng, frames, firm=firm, council=rng.choice(COUNCILS39),
                 n=rng.randint(1, 90), street=_street(rng), town=_town(rng), o=rng.randint(6, 10),
                 c=rng.randint(9, 11), dm=_dm(rng), pub=rng.choice(PUBS39),
                 time=rng.choice(["11pm", "11.30pm", "midnight", "12.30am", "1am"]))]
    if rng.random() < 0.4:
        out.insert(0, rng.choice(["LICENSING NOTICE", "Licensing Act 2003", "Public notice – premises licence"]))
    return out


def _t39_public_notice(rng: random.Random, ctx: dict) -> list[str]:
    council, town = rng.choice(COUNCILS39), _town(rng)
    frames = [
        ("The {council} ({town} Various Roads) (Prohibition of Waiting at Any Time) Order {y}. Notice is hereby "
         "given that the council proposes to introduce double yellow lines on {s1} and {s2}."),
        ("Temporary closure of {s1}, {town}. To enable {works} to be carried out safely, no vehicle shall proceed "
         "along the length of road between its junctions with {s2} and {s3} from {dm} for up to {n} days."),
        ("Objections to the proposed order, stating the grounds on which they are made, must be sent in writing to "
         "the head of highways, {council}, quoting reference {ref}, by {dm}."),
        ("The council has made an order to divert part of Footpath {n} at {town}; copies of the order and map may "
         "be inspected free of charge at {town} Library during normal opening hours."),
        ("Notice is given that {name}, of {s1}, {town}, intends to apply for a goods vehicle operator's licence "
         "to keep {n} vehicles and {k} trailers at the yard off {s2}."),
    ]
    body = _pick(rng, frames, council=council, town=town, y=_year(rng), s1=_street(rng), s2=_street(rng),
                 s3=_street(rng), works=rng.choice(ROADWORK_WHY39), dm=_dm(rng), n=rng.randint(3, 28),
                 ref=f"TRO/{_digits(rng, 4)}", name=_name39(rng), k=rng.randint(1, 6))
    head = rng.choice(["Public notices", "PUBLIC NOTICE", "Legal & public notices", "Statutory notices", ""])
    return [head, body] if head else [body]


def _t39_council_agenda(rng: random.Random, ctx: dict) -> list[str]:
    council = rng.choice(COUNCILS39)
    body = rng.choice(["Cabinet", "Planning Committee", "Full Council", "Overview and Scrutiny Committee",
                       "Licensing Sub-Committee", "Highways Joint Committee"])
    items = ["Apologies for absence", "Declarations of interest", f"Minutes of the meeting held on {_dm(rng)}",
             "Public questions",
             "Petition: " + rng.choice(["save the Cogley paddling pool", "20mph outside schools",
                                        "reopen the public toilets"]),
             f"Budget monitoring – quarter {rng.randint(1, 4)}", "Review of car parking charges",
             f"Update on the {_town(rng)} regeneration scheme", "Exclusion of the press and public",
             "Any other urgent business"]
    chosen = some(rng, items, 3, 6)
    style = rng.choice(["{n}. ", "Item {n}: ", "{n} ", "({n}) "])
    out = [f"{council} – {body} – {rng.choice(WEEKDAYS[:4])} {_dm(rng)}, {_clock(rng)}"]
    out += [style.format(n=k + 1) + item for k, item in enumerate(chosen)]
    return out


def _t39_council_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("Councillors will meet on {wd} to discuss a proposal to increase car parking charges in {town} by {n}p an "
         "hour, the first rise since {y}."),
        ("A report going before the cabinet warns that the authority faces a funding gap of £{m}m next year and "
         "says difficult choices will have to be made about services it is not legally required to provide."),
        ("Members of the public can attend the meeting, which starts at {time} in the council chamber, or watch it "
         "live online; questions must be submitted by noon on {wd2}."),
        ("The town council has agreed to raise its share of the council tax by £{k} a year for a typical home, "
         "which it says will pay for new play equipment and the upkeep of the {town} rec."),
        ("A motion calling for a 20mph limit through the centre of {town} was carried by {a} votes to {b}, with {c} "
         "abstentions, after a lengthy debate."),
    ]
    return [_pick(rng, frames, wd=_wd(rng), wd2=_wd(rng), town=_town(rng), n=rng.randint(10, 50),
                  y=_year(rng, 2008, 2018), m=rng.randint(2, 38), time=_clock(rng), k=rng.randint(4, 30),
                  a=rng.randint(20, 40), b=rng.randint(5, 19), c=rng.randint(2, 6))]


def _t39_noticeboard(rng: random.Random, ctx: dict) -> list[str]:
    items = [
        (f"LOST: {rng.choice(['grey tabby', 'black and white', 'ginger'])} cat, answers to "
         f"{rng.choice(['Biscuit', 'Mr Pickles', 'Luna', 'Tigger'])}, missing from {_street(rng)} since {_wd(rng)}. "
         f"Call {_phone39(rng)}."),
        f"FOUND: set of keys on a red lanyard near {_town(rng)} {rng.choice(VENUES39)}.",
        f"WANTED: volunteer drivers for {rng.choice(CHARITIES39)} – expenses paid.",
        f"{_town(rng)} Gardening Club AGM, {rng.choice(VENUES39)}, {_wd(rng)} {_clock(rng)}. All welcome.",
        "Free to a good home: upright piano, buyer collects.",
        f"Thank you to whoever handed in my purse at the post office – {_first39(rng)}.",
        f"Coffee morning every {_wd(rng)}, 10am–12, {rng.choice(VENUES39)}.",
        "Knitters wanted for the postbox toppers – wool provided.",
    ]
    head = rng.choice(["Community noticeboard", "Notice board", "Around the villages", "Small ads", ""])
    return ([head] if head else []) + some(rng, items, 2, 4)


SPORTS39 = ["Bowls – {town} & District League", "Darts – Thursday Night League", "Quiz League – Division {n}",
            "Crib League", "Skittles – {town} Ladies' League", "Pool – Winter League",
            "Dominoes – Over-60s League"]


def _t39_club_results(rng: random.Random, ctx: dict) -> list[str]:
    head = rng.choice(SPORTS39).format(town=_town(rng), n=rng.choice(["One", "Two", "Three"]))
    out = [head]
    for _ in range(rng.randint(2, 5)):
        a, b = rng.sample(PUBS39, 2)
        if head.startswith("Bowls"):
            a, b = f"{_town(rng)} {rng.choice('ABC')}", f"{_town(rng)} {rng.choice('ABC')}"
            out.append(f"{a} {rng.randint(50, 110)} {b} {rng.randint(40, 100)}")
        elif head.startswith("Quiz"):
            out.append(f"{a} {rng.randint(40, 90)}, {b} {rng.randint(30, 85)}")
        else:
            x = rng.randint(0, 9)
            out.append(rng.choice([f"{a} {x} {b} {9 - x}", f"{a} {x}-{9 - x} {b}"]))
    if rng.random() < 0.5:
        out.append(f"Leading positions: 1 {rng.choice(PUBS39)} {rng.randint(30, 60)}pts, 2 {rng.choice(PUBS39)} "
                   f"{rng.randint(20, 40)}pts")
    return out


def _t39_club_report_prose(rng: random.Random, ctx: dict) -> list[str]:
    pub, pub2 = rng.sample(PUBS39, 2)
    frames = [
        ("The {pub} quiz team stretched their lead at the top of Division Two on {wd} with a comfortable {a}-{b} "
         "win over {pub2}, thanks largely to a perfect score in the music round."),
        ("{town} Bowls Club's rink of {n1}, {n2} and {n3} won the county triples at {town2} on Saturday, beating "
         "the holders by {k} shots on a tense final end."),
        ("In the darts, {name} hit a maximum and a {co} checkout as {pub} came from behind to beat {pub2} 5-4, "
         "keeping their hopes of promotion alive."),
        ("Results and reports for the local leagues should reach the sports desk by {time} on {wd}; we regret that "
         "we cannot guarantee to publish every report we receive."),
        ("The {town} skittles team are looking for new players for the summer season; no experience is needed and "
         "the alley is open for practice on {wd} evenings. Contact the secretary on {phone}."),
    ]
    return [_pick(rng, frames, pub=pub, pub2=pub2, wd=_wd(rng), a=rng.randint(60, 90), b=rng.randint(40, 59),
                  town=_town(rng), town2=_town(rng), n1=_name39(rng), n2=_name39(rng), n3=_name39(rng),
                  k=rng.randint(1, 6), name=_name39(rng), co=rng.randint(90, 170), time=_clock(rng),
                  phone=_phone39(rng))]


def _t39_send_news_short(rng: random.Random, ctx: dict) -> list[str]:
    paper = _paper(rng)
    items = ["Send us your news", f"Got a story? Email {_paper_email(rng, paper)}", "Share your pictures",
             f"Call the newsdesk on {_phone39(rng)}", "Upload your photos", f"Tag us @{_bare(paper)}",
             "Tell us what's happening in your street"]
    return glue(rng, some(rng, items, 1, 3), 0.5)


def _t39_send_news_prose(rng: random.Random, ctx: dict) -> list[str]:
    paper = _paper(rng)
    frames = [
        ("Do you have a story for us? Email {email} or ring the newsdesk on {phone}; we'd also love to see your "
         "photos of {thing} from around the district."),
        ("We want to hear from you. If you have spotted something happening in your street, or want to share a "
         "community achievement, get in touch through the form on our website."),
        ("Have your say: is the council right to {policy}? Send your views to {email}, including your name and "
         "the area where you live."),
        ("Pictures sent to us may be used in print, online and on our social channels, and by sending them you "
         "confirm that you took them and are happy for the {paper} to publish them."),
        ("Celebrating a birthday, a retirement or a long-awaited reunion? Send us a photo and a few lines and we "
         "will try to include it in next week's edition, free of charge."),
    ]
    return [_pick(rng, frames, email=_paper_email(rng, paper), phone=_phone39(rng), paper=paper,
                  thing=rng.choice(["the first snow", "autumn colours", "your pets", "wildlife in your garden"]),
                  policy=rng.choice(["close the public toilets", "charge for garden waste",
                                     "switch off streetlights after midnight", "sell off the old library"]))]


def _t39_reader_disclaimer(rng: random.Random, ctx: dict) -> list[str]:
    paper = _paper(rng)
    frames = [
        ("This article was submitted by a member of the community. The views expressed are those of the "
         "contributor and do not necessarily reflect those of the {paper}."),
        ("Community content: this story was supplied by {club} and is published as part of our free community "
         "pages. It has not been checked by our reporters."),
        ("Reader-submitted content is moderated but not edited, and we cannot accept responsibility for the "
         "accuracy of information supplied by contributors."),
        ("Want to see your club, school or group in the paper? Submit your own story and pictures through our "
         "community portal and we will aim to publish it within a week."),
    ]
    return [_pick(rng, frames, paper=paper, club=rng.choice([f"{_town(rng)} Rotary Club", f"{_town(rng)} WI",
                                                             rng.choice(CHARITIES39), f"{_town(rng)} Rangers FC"]))]


def _t39_ldr_credit(rng: random.Random, ctx: dict) -> list[str]:
    fund, paper = rng.choice(FUNDS39), _paper(rng)
    frames = [
        ("This story was written by {name}, civic reporter for {area}. The {fund} is a partnership between local "
         "publishers and public funders that pays for coverage of councils and other public bodies."),
        ("{name} is a public-interest reporter employed by the {paper} and funded by the {fund}. All news "
         "organisations in the scheme may use the reporter's copy."),
        ("By {name}, Town Hall Correspondent. This post is part of the {fund}, which places journalists in areas "
         "where coverage of local democracy has declined."),
        ("This article is part of a series produced under the {fund}, which pays for reporters to attend council "
         "meetings, tribunals and inquests that would otherwise go unreported."),
    ]
    return [_pick(rng, frames, name=_name39(rng), area=rng.choice(["Tewshire", "the Brandle valley", "the coast",
                                                                   "Stallbridge and Pottersby"]), fund=fund,
                  paper=paper)]


def _t39_funding_credit_prose(rng: random.Random, ctx: dict) -> list[str]:
    paper = _paper(rng)
    frames = [
        ("Our community journalism is supported by readers like you. If you value local news, please consider "
         "becoming a supporter from as little as £{n} a month."),
        ("This reporting was made possible by a grant from the {fund}, which had no say over the content of the "
         "story or where it appeared."),
        ("The {paper} abides by the code of practice of the Independent Local Press Standards Board. Independent "
         "local news costs money to produce, and every contribution helps keep our reporters on the beat."),
        ("The {paper}'s courts coverage is part-funded by the {fund}, which aims to ensure that justice in small "
         "towns continues to be seen to be done."),
    ]
    return [_pick(rng, frames, n=rng.randint(2, 6), fund=rng.choice(FUNDS39), paper=paper)]


def _t39_photo_sales(rng: random.Random, ctx: dict) -> list[str]:
    items = ["Buy this photo", f"Photo: {_name39(rng)}", f"Prints from £{rng.randint(4, 12)}.99", "Order reprints",
             "Our photo shop", f"Picture: {_paper(rng)}", "Gallery (24)", "Download high-res"]
    return glue(rng, some(rng, items, 1, 3), 0.5)


def _t39_photo_sales_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("Pictures from the {event} are available to buy from our photo sales website, with prints from £{p} and "
         "digital downloads from £{q}."),
        ("Did you spot yourself? More than {n} photos from the {event} are in our online gallery, and you can "
         "order prints, canvases and mugs."),
        ("All photographs remain the copyright of the {paper} and may not be reproduced without permission; for "
         "commercial licensing, contact the picture desk."),
        ("Prints are produced on professional lustre paper and dispatched within five working days, with free "
         "delivery on orders over £{n}."),
    ]
    return [_pick(rng, frames, event=rng.choice([f"{_town(rng)} carnival", "school nativity plays", "county show",
                                                 "fun run", "Remembrance parade"]), p=rng.randint(5, 12),
                  q=rng.randint(2, 5), n=rng.randint(40, 300), paper=_paper(rng))]


def _t39_directory(rng: random.Random, ctx: dict) -> list[str]:
    out = [rng.choice(["Local business directory", "Find a trader", "Local services", "TRADES & SERVICES"])]
    tags = ["Gas safe registered", "Free quotes, no call-out charge", f"Family run since {_year(rng, 1950, 2010)}",
            f"★★★★☆ ({rng.randint(5, 300)} reviews)", "Open 7 days", "TradeTrust verified", "Fully insured",
            "Same-day service"]
    for biz in rng.sample(BIZ39, rng.randint(2, 5)):
        out.append(" · ".join([biz, _phone39(rng)] + some(rng, tags, 0, 2)))
    return out


def _t39_business_week_prose(rng: random.Random, ctx: dict) -> list[str]:
    female = _female(rng)
    p = PRONOUNS[female]
    frames = [
        ("Family-run since {y}, {biz} on {street} has become a fixture of {town} high street, and owner {name} says "
         "old-fashioned customer service is what keeps people coming back."),
        ("This week's featured business is {biz}, which started life as a market stall and now employs {n} people "
         "at its shop and workshop on the {town} trading estate."),
        ("'We know most of our customers by name,' says {first}, who took over the business from {his} parents in "
         "{y2}. 'That is something you just don't get online.'"),
        ("Sponsored: {biz} is offering readers {pct} per cent off their first order this month; just mention the "
         "{paper} when you call or visit the shop."),
        ("Business of the Week is a paid-for feature. To nominate a local firm, or to find out about advertising "
         "with us, contact our commercial team on {phone}."),
    ]
    name = _name39(rng, female)
    return [_pick(rng, frames, y=_year(rng, 1948, 2012), biz=rng.choice(BIZ39), street=_street(rng),
                  town=_town(rng), name=name, first=name.split()[0], n=rng.randint(4, 40), y2=_year(rng, 1995, 2021),
                  pct=rng.choice([10, 15, 20]), paper=_paper(rng), phone=_phone39(rng), **p)]


JOBS39 = [("Care assistant", "Larkfield Court Care Home"), ("Delivery driver", "Pellow's Bakery"),
          ("Part-time cleaner", "Harwick Community Academy"), ("Teaching assistant (Level 3)", "Fennick Brook Primary"),
          ("Chef de partie", "The Old Tollhouse"), ("Warehouse operative", "Tew Valley Distribution"),
          ("School crossing patrol", "Tewshire County Council"), ("Receptionist", "Quayside Opticians"),
          ("Retail assistant", "Hollins Bank Garden Centre"), ("Bar staff", "The Lamb & Lantern"),
          ("HGV Class 1 driver", "Brandle Aggregates"), ("Apprentice electrician", "Marsham Electrical Services"),
          ("Fundraising officer", "Tew Valley Hospice"), ("Mechanic", "Rudgeford Tyre & Exhaust")]


def _t39_jobs_board(rng: random.Random, ctx: dict) -> list[str]:
    out = [rng.choice(["Local jobs", "Jobs near you", "Situations vacant", "JOBS", f"Jobs in {_town(rng)}"])]
    for job, employer in rng.sample(JOBS39, rng.randint(2, 5)):
        pay = rng.choice([f"£{rng.randint(11, 16)}.{rng.randint(0, 99):02d}/hr", f"£{rng.randint(19, 38)},000",
                          "Competitive", "Up to £" + _money(rng, 22000, 41000)])
        out.append(f"{job} – {employer}, {_town(rng)} – {pay}")
    if rng.random() < 0.6:
        out.append(rng.choice([f"Browse all {rng.randint(40, 600)} jobs", "Post a job", "Get job alerts"]))
    return out


def _t39_property_board(rng: random.Random, ctx: dict) -> list[str]:
    out = [rng.choice(["Property", f"Homes for sale in {_town(rng)}", "Latest listings", "PROPERTY", "To let"])]
    for _ in range(rng.randint(2, 4)):
        beds = rng.randint(1, 5)
        kind = rng.choice(["semi-detached house", "terraced house", "bungalow", "flat", "detached house",
                           "cottage"])
        price = rng.choice([f"£{_money(rng, 95, 690)},000", f"£{_money(rng, 550, 1450)} pcm"])
        status = rng.choice(["Offers over", "Guide price", "New instruction", "Reduced", "Sold STC", "No chain"])
        out.append(f"{beds} bed {kind}, {_street(rng)}, {_town(rng)} – {price} ({status}) · {rng.choice(AGENTS39)}")
    return out


def _t39_newsletter_short(rng: random.Random, ctx: dict) -> list[str]:
    paper = _paper(rng)
    items = [f"Get the {paper} newsletter", "Local news in your inbox every morning", "Enter your email",
             "Sign up", "We'll never share your details", "Unsubscribe at any time",
             rng.choice(["Morning briefing", "Weekend round-up", "What's on weekly"])]
    return glue(rng, some(rng, items, 2, 4), 0.5)


def _t39_eedition_prose(rng: random.Random, ctx: dict) -> list[str]:
    paper = _paper(rng)
    frames = [
        ("Read the {paper} on your phone or tablet: our e-edition, an exact replica of the printed paper, is "
         "published at {time} every {wd} and includes the puzzles and supplements."),
        ("Subscribers can download this week's edition to read offline, and search back issues going back to "
         "{y}."),
        ("Can't find a copy in the shops? The {paper} is also available to order online, and home delivery is "
         "available in {town} and the surrounding villages."),
        ("Print subscriptions start from £{n} a quarter, delivered by your local newsagent; call {phone} to "
         "arrange, or ask in store."),
    ]
    return [_pick(rng, frames, paper=paper, time=_clock(rng, "am"), wd=_wd(rng), y=_year(rng, 1998, 2012),
                  town=_town(rng), n=rng.randint(19, 45), phone=_phone39(rng))]


def _t39_letter_editor(rng: random.Random, ctx: dict) -> list[str]:
    t1, t2 = _towns(rng, 2)
    frames = [
        ("I write to express my dismay at the state of the footpath along {street}. It has been uneven for years, "
         "and my neighbour fell there last winter. When will the council act?"),
        ("Congratulations to the volunteers who have transformed the garden at {t1} station. It is a joy to see on "
         "my way to work, and proof of what community spirit can achieve."),
        ("Your correspondent last week claimed the new {thing} would bring jobs to {t1}. I have lived here for "
         "{n} years and have heard that promise many times before."),
        ("May I, through your pages, thank the kind gentleman who stopped to help when my car broke down on the "
         "{road} on {wd} evening. I did not get your name, but I am very grateful."),
        ("Why does the bus from {t1} now terminate at {t2}? Those of us without cars are being cut off, and nobody "
         "seems to have asked the passengers what they need."),
        ("I was saddened to read that the {t1} {venue} may close. Generations of families have used it for "
         "weddings, wakes and jumble sales. Surely something can be done?"),
    ]
    body = _pick(rng, frames, street=_street(rng), t1=t1, t2=t2, n=rng.randint(12, 60), road=_road(rng),
                 wd=_wd(rng), venue=rng.choice(VENUES39),
                 thing=rng.choice(["distribution centre", "solar farm", "retail park", "bypass"]))
    sig = rng.choice([f"{_name39(rng)}, {_street(rng)}, {t1}", "Name and address supplied",
                      f"{_first39(rng)[0]}. {rng.choice(LAST39)}, {t2}", f"{_name39(rng)}, by email"])
    head = rng.choice(["Letters", "Your letters", "Letters to the editor", ""])
    return ([head] if head else []) + [body, sig]


def _t39_letters_policy(rng: random.Random, ctx: dict) -> list[str]:
    paper = _paper(rng)
    frames = [
        ("Letters should be no longer than {n} words and must include a full postal address and daytime phone "
         "number, although only your name and town will be published."),
        ("We reserve the right to edit letters for length and clarity; anonymous letters will not be considered, "
         "and the editor's decision on publication is final."),
        ("Email your letters to {email} or write to The Editor, {paper}, {street}, {town} {postcode}."),
        ("Letters published do not necessarily reflect the views of the {paper}, and we regret that we cannot "
         "acknowledge or return letters that are not used."),
        ("The deadline for letters is noon on {wd} for publication the following week; please stick to one "
         "subject per letter and declare any interest you may have."),
    ]
    return [_pick(rng, frames, n=rng.choice([250, 300, 350, 400]), email=_paper_email(rng, paper), paper=paper,
                  street=_street(rng), town=_town(rng), postcode=_postcode(rng), wd=_wd(rng))]


def _t39_in_memoriam(rng: random.Random, ctx: dict) -> list[str]:
    female = _female(rng)
    frames = [
        ("{LAST} {first}. Treasured memories of a dear {rel}, who left us {n} years ago on {dm}. Always in our "
         "thoughts, forever in our hearts. Love, {kin}."),
        ("In loving memory of {first} {last}, taken from us on {dm} {y}. The years go by, the ache grows less, but "
         "the love remains. Missed every single day."),
        ("Remembering our {rel2} {first} on what would have been {pos} {age}th birthday. You are never far from "
         "our thoughts. All our love, {kin}."),
        ("{LAST} {first}. Gone but never forgotten. Thinking of you today and every day, our dear {rel}. Sleep "
         "tight. {kin}."),
        ("{first} {last}. A year has passed since you went away, and the house is far too quiet without you. "
         "Forever loved and missed by {kin}."),
    ]
    last = rng.choice(LAST39)
    return [_pick(rng, frames, LAST=last.upper(), last=last, first=_first39(rng, female),
                  rel=rng.choice(["wife, mum and nan", "sister and aunt"] if female else
                                 ["husband, dad and grandad", "brother and uncle"]), n=rng.randint(1, 30),
                  dm=_dm(rng), y=_year(rng, 1990, 2023), rel2="mum" if female else "dad",
                  pos="her" if female else "his", age=rng.randint(50, 100),
                  kin=rng.choice(["all the family", f"{_first39(rng)} and {_first39(rng)}", "your loving wife"]))]


def _t39_lookback_prose(rng: random.Random, ctx: dict) -> list[str]:
    y = _year(rng, 1955, 2005)
    frames = [
        ("{n} years ago: crowds lined {street} for the reopening of the {town} {venue} after a £{m}m refurbishment, "
         "with the ribbon cut by the then mayor, Cllr {name}."),
        ("From our archive, {y}: the {town} carnival committee said the event would go ahead despite fears over "
         "insurance costs, and appealed for more floats and marshals."),
        ("On this day in {y}, the paper reported that a seal had been spotted in the River {r} near {town}, "
         "drawing dozens of onlookers to the bank."),
        ("Pupils at {school} in {y}, pictured with their teacher on the school field. Do you recognise anyone? Let "
         "us know and we'll share your memories next week."),
    ]
    body = _pick(rng, frames, n=rng.choice([25, 40, 50, 60]), street=_street(rng), town=_town(rng),
                 venue=rng.choice(VENUES39), m=rng.randint(1, 9), name=_name39(rng), y=y,
                 r=rng.choice(RIVERS39), school=rng.choice(SCHOOLS39))
    head = rng.choice(["Looking back", "From our archive", "Yesteryear", "Nostalgia", ""])
    return [head, body] if head else [body]


def _t39_headline_rail(rng: random.Random, ctx: dict) -> list[str]:
    head = rng.choice([f"More {_town(rng)} news", "Latest local news", "Most read in Tewshire", "Also in the news",
                       "Around the district", "Top stories"])
    hs = headlines(rng, ctx, FALLBACK39, rng.randint(2, 5))
    style = rng.choice(["", "{n}. ", "• ", "› "])
    return [head] + [style.format(n=k + 1) + h for k, h in enumerate(hs)]


def _t39_section_nav(rng: random.Random, ctx: dict) -> list[str]:
    items = ["News", "Sport", "What's On", "Announcements", "Jobs", "Property", "Motors", "Puzzles", "E-edition",
             "Public notices", "Court", "Weather", "Traffic", f"{_town(rng)}", f"{_town(rng)}", "Nostalgia",
             "Letters", "Subscribe"]
    return glue(rng, some(rng, items, 4, 9), 0.75)


def _t39_pharmacy_rota(rng: random.Random, ctx: dict) -> list[str]:
    out = [rng.choice(["Duty chemists", "Pharmacy opening hours this bank holiday", "Open on Sunday",
                       "Out-of-hours pharmacies"])]
    for _ in range(rng.randint(2, 4)):
        out.append(f"{rng.choice(LAST39)} Pharmacy, {_street(rng)}, {_town(rng)} – {rng.randint(9, 11)}am–"
                   f"{rng.randint(1, 6)}pm")
    if rng.random() < 0.5:
        out.append("For urgent medical help when pharmacies are closed, call the non-emergency line.")
    return out


def _t39_grants_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("Community groups in {town} can now apply for grants of up to £{n} from the {town} Community Chest, with "
         "priority given to projects that tackle loneliness or improve green spaces."),
        ("The {charity} has been awarded £{m} by the Tewshire Community Foundation towards a new minibus, which "
         "will take older residents to appointments and lunch clubs."),
        ("Applications for the next round close on {dm}, and groups that were unsuccessful last time are "
         "encouraged to ask for feedback before reapplying."),
        ("The {town} allotment society has used a small grant from {biz} to build a raised bed that wheelchair "
         "users can reach, and says it will open to new plot holders in spring."),
    ]
    return [_pick(rng, frames, town=_town(rng), n=_money(rng, 500, 5000), charity=rng.choice(CHARITIES39),
                  m=_money(rng, 2000, 40000), dm=_dm(rng), biz=rng.choice(BIZ39))]


def _thirtyninth_templates() -> dict[str, tuple[str, Template]]:
    """Local and community news-site furniture."""
    return {
        "s39_death_notice": ("it", _t39_death_notice),
        "s39_notices_nav": ("ht", _t39_notices_nav),
        "s39_obituary_prose": ("it", _t39_obituary_prose),
        "s39_family_announcement": ("t", _t39_family_announcement),
        "s39_whats_on_list": ("it", _t39_whats_on_list),
        "s39_whats_on_prose": ("it", _t39_whats_on_prose),
        "s39_school_closures": ("hi", _t39_school_closures),
        "s39_term_dates": ("t", _t39_term_dates),
        "s39_school_prose": ("it", _t39_school_prose),
        "s39_roadworks_list": ("it", _t39_roadworks_list),
        "s39_roadworks_prose": ("i", _t39_roadworks_prose),
        "s39_travel_bulletin": ("hi", _t39_travel_bulletin),
        "s39_travel_prose": ("it", _t39_travel_prose),
        "s39_bin_changes": ("hit", _t39_bin_changes),
        "s39_bin_prose": ("it", _t39_bin_prose),
        "s39_weather_strip": ("h", _t39_weather_strip),
        "s39_weather_prose": ("hit", _t39_weather_prose),
        "s39_flood_alert_short": ("hi", _t39_flood_alert_short),
        "s39_flood_prose": ("hi", _t39_flood_prose),
        "s39_police_appeal": ("it", _t39_police_appeal),
        "s39_missing_person": ("hi", _t39_missing_person),
        "s39_court_roundup": ("t", _t39_court_roundup),
        "s39_court_prose": ("it", _t39_court_prose),
        "s39_planning_list": ("t", _t39_planning_list),
        "s39_planning_prose": ("it", _t39_planning_prose),
        "s39_licensing_notice": ("t", _t39_licensing_notice),
        "s39_public_notice": ("it", _t39_public_notice),
        "s39_council_agenda": ("it", _t39_council_agenda),
        "s39_council_prose": ("it", _t39_council_prose),
        "s39_noticeboard": ("t", _t39_noticeboard),
        "s39_club_results": ("t", _t39_club_results),
        "s39_club_report_prose": ("it", _t39_club_report_prose),
        "s39_send_news_short": ("hit", _t39_send_news_short),
        "s39_send_news_prose": ("it", _t39_send_news_prose),
        "s39_reader_disclaimer": ("ht", _t39_reader_disclaimer),
        "s39_ldr_credit": ("ht", _t39_ldr_credit),
        "s39_funding_credit_prose": ("it", _t39_funding_credit_prose),
        "s39_photo_sales": ("hi", _t39_photo_sales),
        "s39_photo_sales_prose": ("it", _t39_photo_sales_prose),
        "s39_directory": ("t", _t39_directory),
        "s39_business_week_prose": ("it", _t39_business_week_prose),
        "s39_jobs_board": ("t", _t39_jobs_board),
        "s39_property_board": ("t", _t39_property_board),
        "s39_newsletter_short": ("hit", _t39_newsletter_short),
        "s39_eedition_prose": ("t", _t39_eedition_prose),
        "s39_letter_editor": ("t", _t39_letter_editor),
        "s39_letters_policy": ("t", _t39_letters_policy),
        "s39_in_memoriam": ("t", _t39_in_memoriam),
        "s39_lookback_prose": ("it", _t39_lookback_prose),
        "s39_headline_rail": ("it", _t39_headline_rail),
        "s39_section_nav": ("h", _t39_section_nav),
        "s39_pharmacy_rota": ("t", _t39_pharmacy_rota),
        "s39_grants_prose": ("it", _t39_grants_prose),
    }


# --- fortieth: SEO / generative-AI page furniture and outlets of South Asia, Africa, SE Asia, the Gulf, Caribbean --

REGIONS40: dict[str, dict[str, list[str]]] = {
    "sa": {
        "cities": ["Varanpur", "Rajmala", "Kothapuram", "Indrapur", "Chandrakot", "Morvali", "Lahraabad",
                   "Tirumalaiyur", "Sonakhali", "Devagiri Nagar"],
        "outlets": ["The Varanpur Chronicle", "Rajmala Times", "Daily Sonakhali", "The Indrapur Herald",
                    "Morvali Mirror", "Lahraabad Ledger"],
        "cur": ["₹", "Rs "], "tz": ["IST", "PKT", "BST"],
        "fem": ["Ananya", "Priyanka", "Nusrat", "Mehwish", "Kavitha", "Sreelakshmi", "Farzana", "Ishita"],
        "masc": ["Rohit", "Farhan", "Sandeep", "Bilal", "Arjun", "Tanvir", "Karthik", "Imran"],
        "last": ["Venkatraman", "Chaudhary", "Iyengar", "Rahmatullah", "Pillai", "Bhattacharjee", "Qureshi",
                 "Deshmukh", "Sengupta", "Nambiar"],
    },
    "af": {
        "cities": ["Abuketa", "Kilimara", "Mbarani", "Osogun", "Port Ekema", "Nakaseru", "Tamabe"],
        "outlets": ["The Kilimara Standard", "Abuketa Daily Voice", "Osogun Tribune Online", "Port Ekema Ledger",
                    "The Nakaseru Monitor Weekly"],
        "cur": ["₦", "KSh ", "GH₵", "USh "], "tz": ["WAT", "EAT", "CAT"],
        "fem": ["Chidinma", "Wanjiru", "Thandiwe", "Abena", "Nafula", "Funmilayo", "Achieng", "Zainab"],
        "masc": ["Tunde", "Kofi", "Omari", "Kwame", "Emeka", "Otieno", "Sipho", "Babajide"],
        "last": ["Okonkwo-Bell", "Mwangi-Odera", "Adebayo", "Osei-Tutu", "Kamau", "Bakare", "Nkemelu", "Wekesa",
                 "Asante-Doku", "Olaniyan"],
    },
    "sea": {
        "cities": ["Kestari", "Bandar Seluang", "San Aurelio", "Lamphan", "Pulau Kirana", "Merbau Jaya"],
        "outlets": ["The Kestari Star", "Seluang Morning Post", "Aurelio Bulletin", "Merbau Herald Online",
                    "Lamphan Daily Wire"],
        "cur": ["RM", "₱", "S$", "Rp "], "tz": ["MYT", "PHT", "SGT", "WIB"],
        "fem": ["Siti", "Maricel", "Nurul", "Thanh", "Kanya", "Aisyah", "Rowena", "Mei Ling"],
        "masc": ["Arief", "Jomar", "Hafiz", "Somchai", "Rizal", "Wei Jie", "Danilo", "Faizal"],
        "last": ["Abdullah", "Santos-Dizon", "Tan", "Rahmat", "Villanueva", "Wongsakul", "Lim", "Hidayat",
                 "Bautista", "Ismail"],
    },
    "gulf": {
        "cities": ["Al Nasira", "Ras Qudra", "Umm Sarif", "Dar Halima", "Jebel Wadha"],
        "outlets": ["Gulf Mirage Today", "The Al Nasira Gazette", "Qudra Times", "Khaleej Horizon",
                    "Sarif Daily Tribune"],
        "cur": ["Dh", "QR", "SR ", "BD "], "tz": ["GST", "AST"],
        "fem": ["Layla", "Mariam", "Noor", "Hessa", "Reem", "Aaliyah", "Fatima", "Shaikha"],
        "masc": ["Khalid", "Yousef", "Hamdan", "Saif", "Tariq", "Nasser", "Omar", "Rashid"],
        "last": ["Al-Harthy", "Al-Mansoori", "Al-Kaabi", "Haddad", "Al-Sabbagh", "Bin Jaber", "Al-Qassimi",
                 "Nassif", "Al-Dosari", "Karam"],
    },
    "car": {
        "cities": ["Port Ambrose", "St Cuthbert's Bay", "Marigot Hill", "Bellevue Town", "Fairhaven Point"],
        "outlets": ["Port Ambrose Observer", "Tradewind Daily", "The Island Sentinel", "Bellevue Weekly Clarion",
                    "Marigot Hill Express"],
        "cur": ["J$", "EC$", "TT$", "BDS$"], "tz": ["AST", "EST"],
        "fem": ["Shanice", "Keisha", "Marcia", "Tamika", "Alicia", "Sherene", "Petra-Ann", "Jodi"],
        "masc": ["Dwayne", "Kemar", "Jermaine", "Andre", "Delroy", "Shaquille", "Rohan", "Curtis"],
        "last": ["Baptiste", "Gopaul", "Ramkissoon", "Charlemagne", "Fergus-Browne", "Alleyne", "St Hilaire",
                 "Mohammed-Reid", "Cumberbatch-Lee", "Thorpe"],
    },
}
REGION_KEYS40 = list(REGIONS40)
AGENCIES40 = [("Indus Wire Service", "IWS"), ("Orient Newswire", "ONW"), ("Pan-Sahel Press", "PSP"),
              ("Meridian News Agency", "MNA"), ("Caribbean Wire Service", "CWS"), ("Gulf Dispatch Agency", "GDA"),
              ("Samachar Seva Network", "SSN"), ("Equator Press Bureau", "EPB"), ("Straits Newsline", "SNL")]
APPS40 = ["Chatterline", "Konnekt", "PingPost", "Sandesa", "Tapchat", "Relaygram"]
AGGREGATORS40 = ["NewsNest", "Headlinr", "Kolo Feed", "Pulsewire"]
ASSISTANTS40 = ["Sahayak AI", "AskNiko", "Pulse Assistant", "Saathi", "Kiri", "NewsGenie", "Muhawir"]
AI_TOOLS40 = ["Lumenary", "DraftLoom", "ScribeLane", "Parallax LM", "InkPilot"]
PRODUCTS40 = ["Zephyra Air Fryer 5.5L", "Kool-Tek Inverter AC 1.5 Ton", "Nimbus Pro X earbuds",
              "Bellbird Mixer Grinder 750W", "Auralite Smartwatch 4", "Tidal RO+UV Water Purifier",
              "Voltmate 20000mAh Power Bank", "Sunwise Ceiling Fan BLDC", "Orbyn Robot Vacuum S2",
              "Kasa-Lite Induction Cooktop"]
SHOPS40 = ["ShopNest", "Bazaarly", "Kart360", "DealDukaan", "Souqify"]
TEAMS40 = [("Varanpur Vipers", "VAV"), ("Rajmala Rhinos", "RRH"), ("Kothapuram Chargers", "KTC"),
           ("Port Ambrose Pelicans", "PAP"), ("Kilimara Lions", "KLL"), ("Indrapur Invincibles", "INI"),
           ("Coral Coast Cavaliers", "CCC"), ("Seluang Strikers", "SLS"), ("Qudra Falcons", "QDF")]
CLUBS40 = ["Abuketa City", "Osogun Rangers", "Nakaseru Stars", "Al Nasira SC", "Ras Qudra Club", "Kestari United",
           "Bellevue Athletic", "Port Ekema Harbour FC", "Tamabe Bees", "Merbau Jaya FC"]
LEAGUES40 = ["Premier Twenty Cup", "Inter-Island T20", "Coastal Super League", "Gulf Champions Series",
             "National Super Six"]
FLEAGUES40 = ["Continental Premier Division", "Gulf Pro League", "Island Cup", "National League One"]
GROUNDS40 = ["Sardar Jivan Stadium", "Queen's Lagoon Oval", "Harbourside Arena", "Al Wadha Sports City",
             "Chandrakot Municipal Ground"]
INDICES40 = ["VSX 30", "Meridian-50", "Kestari Composite", "Gulf All-Share", "Abuketa All-Share",
             "Island Exchange Index", "Rajmala Midcap 100"]
BOARDS40 = ["Varanpur State Board of Secondary Education (VSBSE)", "Kilimara Schools Examination Authority (KSEA)",
            "Pulau Kirana Examinations Syndicate (PKES)", "Regional Caribbean Certificate Board (RCCB)",
            "Morvali Board of Intermediate Studies (MBIS)"]
LOTTERIES40 = ["Lucky Tide", "Sthree Shakti Bhagya", "Golden Palm Weekly", "Island Jackpot 6/42", "Dhan Varsha Plus"]
METS40 = ["Regional Meteorological Centre", "National Weather Service", "Met Department", "Coastal Forecast Office"]
FX40 = [("INR", 82.5, 86.9), ("NGN", 780.0, 1610.0), ("KES", 128.0, 161.0), ("MYR", 4.2, 4.8),
        ("PHP", 54.9, 58.9), ("AED", 3.67, 3.68), ("JMD", 153.0, 158.5), ("PKR", 277.0, 286.0)]
SIGNS40 = ["Aries", "Taurus", "Gemini", "Cancer", "Leo", "Virgo", "Libra", "Scorpio", "Sagittarius", "Capricorn",
           "Aquarius", "Pisces"]
SIGN_DATES40 = ["Mar 21 - Apr 19", "Apr 20 - May 20", "May 21 - Jun 20", "Jun 21 - Jul 22", "Jul 23 - Aug 22",
                "Aug 23 - Sep 22", "Sep 23 - Oct 22", "Oct 23 - Nov 21", "Nov 22 - Dec 21", "Dec 22 - Jan 19",
                "Jan 20 - Feb 18", "Feb 19 - Mar 20"]
FALLBACK40 = [
    "Gold price today: yellow metal climbs for third straight session",
    "Monsoon to reach Kothapuram coast three days early, says weather office",
    "Board exam results declared: direct link to check your scores",
    "Fuel prices unchanged in major cities; check latest rates here",
    "Varanpur metro phase two to open for commuters next month",
    "Heat alert issued for 12 districts as mercury touches 46C",
    "Port Ekema traffic: diversions announced for marathon weekend",
    "Central bank keeps policy rate unchanged for sixth time in a row",
    "Ras Qudra announces new visa rules for domestic workers",
    "Kilimara Lions seal play-off spot with last-ball win",
    "Bandar Seluang floods: relief centres opened as river rises",
    "Carnival dates confirmed for Port Ambrose after two-year break",
    "How to link your ID card with your mobile number in five easy steps",
    "Airline adds daily flights between Al Nasira and Rajmala",
    "Rice export curbs to stay until year-end, ministry says",
    "Viral video: elephant calf rescued from canal in Morvali",
]
TAKEAWAYS40 = [
    "Lenders are expected to trim home-loan rates after the central bank's next policy review.",
    "Experts recommend checking tyre pressure at least once a month during the hot season.",
    "The revised rules apply only to accounts opened after 1 April.",
    "Commuters should allow extra time while the flyover remains closed for repairs.",
    "Applicants who miss the deadline will have to wait for the next admission cycle.",
    "Vegetable prices have risen sharply after unseasonal rain damaged standing crops.",
    "Health officials advise avoiding outdoor work between noon and 4pm.",
    "The tournament final will be played under lights for the first time.",
    "Small savers can still lock in higher deposit rates before the revision takes effect.",
    "The scheme offers a subsidy of up to 40 per cent on rooftop solar panels.",
    "Visitors must now book entry slots online at least a day in advance.",
    "Schools will reopen after the summer break on a staggered timetable.",
    "Residents can pay property tax without a late fee until the end of the month.",
    "Drinking water supply will be cut in several wards for 24 hours on Thursday.",
]
FAQ40 = [
    ("How do I link my tax ID with my bank account?",
     ("You can link the two through the revenue department's portal by entering your account number and the one-time "
      "password sent to your registered mobile; the process usually takes less than ten minutes.")),
    ("Is it safe to eat mangoes on an empty stomach?",
     ("Nutritionists say most healthy adults can, but people with diabetes or acidity should pair the fruit with "
      "protein or fibre and keep portions modest to avoid a spike in blood sugar.")),
    ("What is the last date to file income tax returns this year?",
     ("For most salaried individuals the deadline is 31 July, although the department has in the past extended it "
      "when its e-filing portal faced technical glitches.")),
    ("How can I check my exam result online?",
     ("Visit the board's official results website, enter your roll number and date of birth exactly as printed on "
      "the admit card, and download the provisional marksheet.")),
    ("Which documents are needed to renew a passport?",
     ("You will normally need the old passport, proof of current address and a recent photograph; applicants whose "
      "details have changed must also submit supporting documents.")),
    ("Can I carry a power bank in checked-in baggage?",
     ("No. Aviation rules require power banks and spare lithium batteries to be carried in hand luggage only, and "
      "most airlines cap their capacity at 100 watt-hours.")),
    ("How much water should I drink during a heatwave?",
     ("Doctors generally suggest three to four litres a day for adults who are outdoors, along with oral rehydration "
      "solution or buttermilk to replace the salts lost through sweat.")),
    ("What is a fixed deposit ladder?",
     ("It means splitting your savings across several deposits that mature at different times, so that some money "
      "is always coming due and you can reinvest at the prevailing rate.")),
    ("When will the monsoon reach the southern coast?",
     ("Forecasters expect onset in the first week of June, give or take four days, though the exact date depends on "
      "wind patterns over the sea in the final fortnight of May.")),
    ("How do I renew a residence visa online?",
     ("Sponsors can apply through the immigration app up to thirty days before expiry by uploading the medical "
      "fitness certificate, health insurance and a copy of the tenancy contract.")),
]
TOC40 = ["What happened?", "Why it matters", "Timeline of events", "Who is affected?", "What experts say",
         "How to check your status", "Eligibility criteria", "Documents required", "Step-by-step guide",
         "Latest updates", "Frequently asked questions", "Key highlights", "Price list", "Our verdict",
         "Conclusion", "Important dates", "How to apply"]


def _region(rng: random.Random) -> dict[str, list[str]]:
    return REGIONS40[rng.choice(REGION_KEYS40)]


def _name40(rng: random.Random, reg: dict[str, list[str]] | None = None, female: bool | None = None) -> str:
    reg = reg or _region(rng)
    if female is None:
        female = _female(rng)
    return f"{rng.choice(reg['fem'] if female else reg['masc'])} {rng.choice(reg['last'])}"


def _outlet(rng: random.Random, reg: dict[str, list[str]] | None = None) -> str:
    return rng.choice((reg or _region(rng))["outlets"])


def _city(rng: random.Random, reg: dict[str, list[str]] | None = None) -> str:
    return rng.choice((reg or _region(rng))["cities"])


def _domain40(outlet: str) -> str:
    """A stable invented domain for an invented outlet (the ending is chosen from the name, so no rng is needed)."""
    return _bare(outlet) + (".com", ".net", ".co", ".news", ".com", ".online")[len(outlet) % 6]


def _agency(rng: random.Random) -> tuple[str, str]:
    return rng.choice(AGENCIES40)


def _stamp40(rng: random.Random, reg: dict[str, list[str]] | None = None) -> str:
    reg = reg or _region(rng)
    d, m, y = rng.randint(1, 28), rng.choice(MONTHS), _year(rng, 2021, 2025)
    hh, mm = rng.randint(0, 23), rng.randint(0, 59)
    tz = rng.choice(reg["tz"])
    return rng.choice([f"{m[:3]} {d}, {y}, {hh:02d}:{mm:02d} {tz}", f"{d} {m} {y}, {hh:02d}:{mm:02d} {tz}",
                       f"{m[:3]} {d}, {y} | {(hh % 12) or 12}:{mm:02d} {'AM' if hh < 12 else 'PM'} {tz}",
                       f"{d:02d}.{MONTHS.index(m) + 1:02d}.{y} {hh:02d}:{mm:02d}"])


def _t40_key_takeaways(rng: random.Random, ctx: dict) -> list[str]:
    head = rng.choice(["Key takeaways", "KEY HIGHLIGHTS", "Highlights", "In short", "Quick read",
                       "What you need to know", "Top points"])
    bullet = rng.choice(["• ", "- ", "✓ ", "", "→ "])
    return [head] + [bullet + t for t in rng.sample(TAKEAWAYS40, rng.randint(2, 4))]


def _t40_tldr_prose(rng: random.Random, ctx: dict) -> list[str]:
    lead = rng.choice(["TL;DR: ", "TL;DR — ", "In a nutshell: ", "The short version: ", "Bottom line: ",
                       "Summary: "])
    frames = [
        "{t} If you only read one thing today, make it the section on deadlines further down.",
        "{t} {t2}",
        ("Prices of {item} in {city} are up about {pct} per cent from last month, and traders expect them to stay "
         "high until the new harvest arrives."),
        ("You can still claim the {scheme} refund, but only if you apply before {dm} and your annual income is "
         "below {cur}{amt}."),
    ]
    reg = _region(rng)
    t, t2 = rng.sample(TAKEAWAYS40, 2)
    return [lead + _pick(rng, frames, t=t, t2=t2, item=rng.choice(["onions", "tomatoes", "cooking oil", "rice",
                                                                     "cement"]), city=_city(rng, reg),
                         pct=rng.randint(8, 40), scheme=rng.choice(["utility", "school-fee", "solar", "road-tax"]),
                         dm=_dm(rng), cur=rng.choice(reg["cur"]), amt=_money(rng, 200000, 900000))]


def _t40_people_also_ask(rng: random.Random, ctx: dict) -> list[str]:
    head = rng.choice(["People also ask", "PEOPLE ALSO ASK", "Related questions", "Others searched for"])
    qs = [q for q, _a in rng.sample(FAQ40, rng.randint(2, 5))]
    mark = rng.choice(["", " ⌄", " +", " ▾"])
    return [head] + [q + mark for q in qs]


def _t40_faq_prose(rng: random.Random, ctx: dict) -> list[str]:
    out = [] if rng.random() < 0.4 else [rng.choice(["FAQs", "Frequently Asked Questions", "FAQ",
                                                      "Your questions answered"])]
    for k, (q, a) in enumerate(rng.sample(FAQ40, rng.randint(1, 2))):
        qlab = rng.choice(["", "Q: ", f"Q{k + 1}. ", "Question: "])
        alab = "A: " if qlab.startswith("Q") and rng.random() < 0.6 else rng.choice(["", "Ans: ", "Answer: "])
        out += [qlab + q, alab + a]
    return out


def _t40_toc(rng: random.Random, ctx: dict) -> list[str]:
    entries = some(rng, TOC40, 3, 7)
    if rng.random() < 0.35:
        return [rng.choice(["Jump to: ", "Jump to ", "Skip to: "]) + rng.choice([" | ", " · ", " • "]).join(entries)]
    head = rng.choice(["Table of contents", "Table of Contents", "Contents", "In this article", "On this page",
                       "TABLE OF CONTENTS ⌄"])
    style = rng.choice(["{n}. ", "", "• ", "{n}) "])
    return [head] + [style.format(n=k + 1) + e for k, e in enumerate(entries)]


def _t40_fact_checked_prose(rng: random.Random, ctx: dict) -> list[str]:
    reg = _region(rng)
    outlet = _outlet(rng, reg)
    female = _female(rng)
    p = PRONOUNS[female]
    frames = [
        ("This article was fact-checked by {name}, a senior research editor who has verified claims for {outlet} "
         "since {y}. Every statistic cited has been traced back to its original source."),
        ("Medically reviewed by Dr {name}, MBBS, MD, a consultant physician at {city} General Hospital with more "
         "than {n} years of clinical experience. This content does not replace professional medical advice."),
        ("Reviewed by {name}, CFA, who checked the figures and calculations in this guide for accuracy. Our "
         "reviewers are never paid by the companies or products mentioned."),
        ("Our fact-checkers independently verify names, numbers and quotes before publication, and this piece was "
         "sent for a second review because it includes health-related claims."),
        ("{name} has spent {n} years reporting on personal finance and consumer rights. {He} checks every rate "
         "and deadline in {his} guides against official notifications before they go live."),
    ]
    return [_pick(rng, frames, name=_name40(rng, reg, female), outlet=outlet, y=_year(rng, 2012, 2021),
                  city=_city(rng, reg), n=rng.randint(6, 25), **p)]


def _t40_reviewed_strip(rng: random.Random, ctx: dict) -> list[str]:
    reg = _region(rng)
    items = [f"Written by {_name40(rng, reg)}", f"Reviewed by {_name40(rng, reg)}",
             f"Fact checked by {_name40(rng, reg)}", f"Updated on {_stamp40(rng, reg)}",
             f"{rng.randint(3, 14)} min read", "✔ Verified", "Our editorial process",
             f"Expert reviewed: Dr {_name40(rng, reg)}"]
    return glue(rng, some(rng, items, 2, 5), 0.6)


def _t40_editorial_standards_prose(rng: random.Random, ctx: dict) -> list[str]:
    reg = _region(rng)
    outlet = _outlet(rng, reg)
    frames = [
        ("Our editorial standards: we rely on primary sources such as government data, court filings and "
         "peer-reviewed research, and we clearly label opinion, sponsored content and press releases."),
        ("Why you can trust {outlet}: our journalists follow a published code of ethics, corrections are logged "
         "openly, and no advertiser has a say in what we choose to cover."),
        ("We are committed to accuracy. If you believe something on this page is wrong or out of date, write to "
         "{email} and an editor will review it within {n} working days."),
        ("{outlet} is a member of the Digital News Publishers' Forum and follows its charter on fairness, privacy "
         "and the separation of news from advertising."),
        ("Every guide on this site is written by a named journalist, checked by a second editor and reviewed at "
         "least once every {n} months to make sure the information is still current."),
    ]
    return [_pick(rng, frames, outlet=outlet, email=f"corrections@{_domain40(outlet)}", n=rng.randint(2, 12))]


def _t40_ai_summary_box(rng: random.Random, ctx: dict) -> list[str]:
    head = rng.choice(["✨ AI summary", "AI Summary", f"Summarised by {rng.choice(ASSISTANTS40)}", "Quick AI recap",
                       "Generated summary (beta)"])
    out = [head] + ["• " + t for t in rng.sample(TAKEAWAYS40, rng.randint(2, 3))]
    tail = ["Was this summary helpful? 👍 👎", "Show less", "Read full article ↓", "Yes · No", "Beta"]
    return out + some(rng, tail, 0, 2)


def _t40_ai_summary_prose(rng: random.Random, ctx: dict) -> list[str]:
    tool = rng.choice(AI_TOOLS40)
    frames = [
        ("Quick summary: this overview was produced by an automated system from the full article and checked by a "
         "member of our desk before it went live. It may leave out nuance."),
        ("The bullet points above were generated by AI and reviewed by our editors. Read the full story for "
         "context, and tell us if anything looks wrong."),
        ("This machine-written brief is meant to help you catch up quickly; it is not a substitute for the "
         "reporting below and may occasionally get a detail wrong."),
        ("Summary created with {tool}. Our newsroom uses AI tools for summaries and translations under human "
         "supervision, in line with our published AI policy."),
        ("Short on time? Our AI recap condenses long reads into three points. It is switched off for breaking "
         "news, court reports and stories about elections."),
    ]
    return [_pick(rng, frames, tool=tool)]


def _t40_ai_disclosure_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("Parts of this article were translated from our {lang} edition using machine translation and then "
         "reviewed by a bilingual editor."),
        ("A speech-to-text tool helped transcribe the interviews quoted in this story; all quotes have been "
         "checked against the original recordings."),
        ("This explainer was drafted with the assistance of generative AI and was fact-checked, edited and "
         "approved by our journalists before publication."),
        ("Images marked 'AI illustration' were generated by software and do not depict real people, places or "
         "events."),
        ("We use automation to produce match reports and market updates from official data feeds; such stories "
         "carry the label 'Auto-generated' and are spot-checked daily."),
        ("AI disclosure: {tool} was used to suggest the headline and the summary of this piece. The reporting "
         "and writing are entirely the work of our staff."),
    ]
    return [_pick(rng, frames, lang=rng.choice(["Hindi", "Tamil", "Swahili", "Malay", "Arabic", "Bengali",
                                                "Filipino", "Hausa"]), tool=rng.choice(AI_TOOLS40))]


def _t40_assistant_widget(rng: random.Random, ctx: dict) -> list[str]:
    bot = rng.choice(ASSISTANTS40)
    items = [f"Ask {bot}", "Have a question about this story?", "Type your question…", "Summarise this article",
             "Explain it simply", "What happens next?", "Show related stories", "Beta",
             f"Powered by {rng.choice(AI_TOOLS40)}", "New chat", "Send ➤"]
    return glue(rng, some(rng, items, 2, 6), 0.5)


def _t40_assistant_prose(rng: random.Random, ctx: dict) -> list[str]:
    bot = rng.choice(ASSISTANTS40)
    reg = _region(rng)
    frames = [
        ("Got questions about the news? Ask {bot}, our AI-powered helper, and get answers drawn from {outlet}'s "
         "archive of more than {n} million articles."),
        ("{bot} can make mistakes. Answers are generated automatically and are not reviewed by journalists, so "
         "check important information against the original reporting."),
        ("Your conversations with the assistant may be stored for up to {d} days to improve the service. Please "
         "do not share personal, financial or health details in the chat."),
        ("Hi! I'm {bot}. I can summarise the day's top stories, explain unfamiliar terms or find articles on any "
         "topic. What would you like to know?"),
        ("You have used {k} of your {m} free questions today. Sign in or subscribe to keep chatting with {bot} "
         "and save your conversation history."),
    ]
    m = rng.randint(5, 20)
    return [_pick(rng, frames, bot=bot, outlet=_outlet(rng, reg), n=rng.randint(1, 9), d=rng.choice([30, 60, 90]),
                  k=rng.randint(1, m), m=m)]


def _t40_listicle(rng: random.Random, ctx: dict) -> list[str]:
    reg = _region(rng)
    cur = rng.choice(reg["cur"])
    out: list[str] = []
    for n, prod in enumerate(rng.sample(PRODUCTS40, rng.randint(1, 3)), start=rng.randint(1, 8)):
        rows = [f"{n}. {prod}" + rng.choice(["", " – Best overall", " – Best for budget", " – Editor's pick",
                                              " – Best for small homes"]),
                f"Rating: {rng.randint(36, 49) / 10}/5", f"Price: {cur}{_money(rng, 900, 48000)}",
                f"Check price on {rng.choice(SHOPS40)}",
                "Pros: " + rng.choice(["quiet", "compact", "energy-efficient", "long warranty"]),
                f"Cons: {rng.choice(['bulky', 'app is clunky', 'short cable', 'pricey spares'])}", "Buy now ›",
                f"(save {rng.randint(5, 60)}%)"]
        out += [rows[0]] + some(rng, rows[1:], 1, 4)
    return out


def _t40_affiliate_prose(rng: random.Random, ctx: dict) -> list[str]:
    reg = _region(rng)
    frames = [
        ("{outlet} may earn a small commission when you buy through links on this page. This does not affect the "
         "price you pay or our editors' recommendations, which are made independently."),
        ("Products featured here are chosen by our shopping team. Prices and availability are accurate at the time "
         "of publishing but can change without notice."),
        ("Disclosure: this round-up contains affiliate links. If you click through and make a purchase, we receive "
         "a referral fee at no extra cost to you."),
        ("Prices listed are the lowest we found on {shop} on the morning of publication; festive-sale discounts "
         "may apply only to selected bank cards."),
    ]
    return [_pick(rng, frames, outlet=_outlet(rng, reg), shop=rng.choice(SHOPS40))]


def _t40_method_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("How we test: every product in this list was used in real homes for at least {n} weeks. Brands cannot pay "
         "to be included, though some supplied review samples."),
        ("We scored each model on performance, build quality, after-sales service and value for money, giving "
         "extra weight to how it coped with voltage fluctuations."),
        ("Our rankings are updated every quarter. Products that go out of stock or receive a run of poor customer "
         "reviews are removed until we can test them again."),
        ("Our testers are not told which brand sent which sample until scoring is complete, and we buy at least "
         "one unit in every category ourselves at full retail price."),
        ("Where a product appears in more than one of our guides it has been tested separately for each use, and "
         "scores are never carried over from one list to another."),
    ]
    return [_pick(rng, frames, n=rng.randint(2, 8))]


def _t40_roundup_prose(rng: random.Random, ctx: dict) -> list[str]:
    a, b = rng.sample(PRODUCTS40, 2)
    frames = [
        ("We tested {n} models over six weeks, cooking everything from samosas to chicken wings, and the {a} came "
         "out on top for its even browning and easy-clean basket."),
        ("If you are on a tighter budget, the {b} does most of what the pricier models do, although its fan is "
         "noticeably louder on the highest setting."),
        ("Battery life was the standout: the {a} lasted {h} hours on a single charge in our tests, comfortably "
         "beating the manufacturer's own estimate."),
        ("The only real drawback of the {b} is its companion app, which asks for more permissions than it needs "
         "and sometimes loses its connection to the device."),
    ]
    return [_pick(rng, frames, n=rng.randint(6, 18), a=a, b=b, h=rng.randint(9, 60))]


def _t40_update_log(rng: random.Random, ctx: dict) -> list[str]:
    reg = _region(rng)
    head = rng.choice(["Update history", "Story updates", "Changelog", "UPDATES", "Revision log"])
    whats = ["Added statement from the district administration", "Updated casualty figures", "Headline updated",
             "Added video", "Added reactions from residents", "Updated with latest rates", "Corrected a date",
             "Added official notification (PDF)", "Live blog closed", "Added photos"]
    return [head] + [f"{_stamp40(rng, reg)}: {w}" for w in some(rng, whats, 2, 4)]


def _t40_update_prose(rng: random.Random, ctx: dict) -> list[str]:
    reg = _region(rng)
    frames = [
        ("This story was updated at {time} {tz} on {dm} to include a response from the {org}, which had not "
         "replied when the article was first published."),
        ("An earlier version of this article gave the wrong date for the hearing. The error has been corrected and "
         "we regret the mistake."),
        ("This is a developing story and will be updated as more information becomes available. Refresh the page "
         "for the latest version."),
        ("Editor's note: this piece was first published on {dm} and has been refreshed with the new figures "
         "released by the {org} this week."),
    ]
    return [_pick(rng, frames, time=_clock24(rng), tz=rng.choice(reg["tz"]), dm=_dm(rng),
                  org=rng.choice(["electricity board", "civic body", "ports authority", "ministry of labour",
                                  "transport department", "water utility"]))]


def _t40_schema_residue(rng: random.Random, ctx: dict) -> list[str]:
    reg = _region(rng)
    outlet = _outlet(rng, reg)
    dom = _domain40(outlet)
    y, mo, d = _year(rng, 2021, 2025), rng.randint(1, 12), rng.randint(1, 28)
    lines = [
        '{"@context":"https://schema.org","@type":"' + rng.choice(["NewsArticle", "FAQPage", "LiveBlogPosting"]) + '"',
        f'"datePublished":"{y}-{mo:02d}-{d:02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:00+05:30",',
        f'"publisher":{{"@type":"Organization","name":"{outlet}"}}',
        "BreadcrumbList › ListItem › position 2", 'itemprop="author" itemscope',
        f"og:type article og:site_name {outlet}", "application/ld+json",
        f'"mainEntityOfPage":"https://www.{dom}/{rng.choice(["news", "nation", "city"])}/{_digits(rng, 8)}"',
        '"isAccessibleForFree":"True"', "Schema: Article · FAQPage · HowTo",
    ]
    return some(rng, lines, 1, 4)


def _t40_author_box_prose(rng: random.Random, ctx: dict) -> list[str]:
    reg = _region(rng)
    female = _female(rng)
    p = PRONOUNS[female]
    outlet, outlet2 = _outlet(rng, reg), _outlet(rng)
    name = _name40(rng, reg, female)
    frames = [
        ("{name} is a senior correspondent at {outlet} who writes on infrastructure, urban affairs and civic "
         "issues. {He} has previously worked with {outlet2} and holds a master's degree in journalism."),
        ("{name} covers banking and personal finance. Before joining {outlet} in {y}, {he} spent {n} years on the "
         "business desk of {outlet2}. {He} can be reached at {email}."),
        ("About the author: {name} is a content producer on the trending desk, writing about viral stories, "
         "lifestyle and entertainment. {His} interests include street food and regional cinema."),
        ("{name} is a sub-editor with {outlet}. {He} has a keen interest in sport and local politics and has been "
         "with the organisation since {y}."),
    ]
    email = f"{name.split()[0].lower()}.{_slug(name.split()[-1]).replace('-', '')}@{_domain40(outlet)}"
    return [_pick(rng, frames, name=name, outlet=outlet, outlet2=outlet2, y=_year(rng, 2010, 2023),
                  n=rng.randint(3, 15), email=email, **p)]


def _t40_also_read(rng: random.Random, ctx: dict) -> list[str]:
    h = headline(rng, ctx, FALLBACK40)
    shape = rng.randrange(12)
    if shape == 0:
        return ["ALSO READ:", h]
    if shape == 1:
        h2 = headline(rng, ctx, FALLBACK40)
        return [f"Also Read | {h} | Also Read | {h2}"]
    if shape == 2:
        return [f"Also watch: {h} ({rng.randint(0, 9)}:{rng.randint(0, 59):02d})"]
    prefix = rng.choice(["Also Read: ", "ALSO READ | ", "Also read — ", "Read also: ", "Must Read: ", "Don't miss: ",
                         "READ | ", "ALSO SEE: ", "You may also like: ", "Read more: ", "Related: ", "Also Read - ",
                         "Trending: ", "Also Check: "])
    return [prefix + h]


def _t40_also_read_stack(rng: random.Random, ctx: dict) -> list[str]:
    head = rng.choice(["Also Read", "RELATED STORIES", "Read More", "More from this section", "Recommended for you",
                       "Top Stories"])
    hs = headlines(rng, ctx, FALLBACK40, rng.randint(2, 5))
    style = rng.choice(["", "• ", "› ", "{n}. "])
    out = [head] + [style.format(n=k + 1) + h for k, h in enumerate(hs)]
    return glue(rng, out, 0.2, (" | ", " • "))


def _t40_agency_credit(rng: random.Random, ctx: dict) -> list[str]:
    (name, ab), (name2, ab2) = rng.sample(AGENCIES40, 2)
    reg = _region(rng)
    return [rng.choice([f"(With inputs from {ab})", f"— {ab}", f"{_city(rng, reg).upper()}, {_dm(rng)} ({ab}):",
                        "With agency inputs", f"Source: {name}", f"Inputs from {ab} and {ab2}",
                        f"Photo: {ab} / {_name40(rng, reg)}", f"© {name} {_year(rng)}", f"(With {ab}, {ab2} inputs)",
                        f"{_city(rng, reg)}: ({ab})", f"-{ab}/{_name40(rng, reg).split()[-1]}",
                        f"File photo: {name2}"])]


def _t40_edited_stamp(rng: random.Random, ctx: dict) -> list[str]:
    reg = _region(rng)
    items = [f"Edited by: {_name40(rng, reg)}", f"First published: {_stamp40(rng, reg)}",
             f"Updated: {_stamp40(rng, reg)}", f"Written by {_name40(rng, reg)} | {_city(rng, reg)}",
             f"Last Updated: {_stamp40(rng, reg)}", f"{rng.randint(2, 9)} min read",
             f"Curated by {_name40(rng, reg)}", "Follow Us", f"Published By: {_name40(rng, reg)}"]
    return glue(rng, some(rng, items, 2, 4), 0.6, (" | ", "  ", " • "))


def _t40_messaging_short(rng: random.Random, ctx: dict) -> list[str]:
    reg = _region(rng)
    app = rng.choice(APPS40)
    items = [f"📲 Join our {app} channel for breaking news", f"Follow {_outlet(rng, reg)} on {app}",
             "Click here to join", f"Get alerts on {app}", f"Subscribe to our {rng.choice(APPS40)} group",
             f"Follow us on {rng.choice(AGGREGATORS40)}", "JOIN NOW",
             f"Add us as a preferred source on {rng.choice(AGGREGATORS40)}"]
    return glue(rng, some(rng, items, 1, 3), 0.5)


def _t40_messaging_prose(rng: random.Random, ctx: dict) -> list[str]:
    reg = _region(rng)
    frames = [
        ("Stay ahead of the news: follow {outlet} on {app} and get the day's biggest stories, exam updates and "
         "fuel prices delivered straight to your phone. Tap here to join the channel."),
        ("For real-time updates on {topic}, join our {app} community. We post no more than {n} messages a day, "
         "and you can leave at any time."),
        ("Never miss a story from {city}. Save our number {phone} and send 'HI' on {app} to receive the headlines "
         "every morning at {time}."),
        ("Catch all the latest news, match scores and videos on our {app} channel, which now has more than {k},000 "
         "followers. It is free to join."),
    ]
    return [_pick(rng, frames, outlet=_outlet(rng, reg), app=rng.choice(APPS40),
                  topic=rng.choice(["the monsoon", "board results", "the elections", "the budget", "carnival",
                                    "visa rules"]), n=rng.randint(3, 8), city=_city(rng, reg),
                  phone=f"{_digits(rng, 5)} {_digits(rng, 5)}", time=_clock(rng, "am"), k=rng.randint(20, 900))]


def _t40_syndicated_prose(rng: random.Random, ctx: dict) -> list[str]:
    reg = _region(rng)
    outlet = _outlet(rng, reg)
    name, ab = _agency(rng)
    frames = [
        "(Apart from the headline, our desk has not touched this copy; it appears as received from the {ab} feed.)",
        ("Disclaimer: this article is auto-published from an agency feed, and {outlet} takes no responsibility "
         "for its content, accuracy or completeness."),
        ("Only the headline and picture of this report may have been reworked by {outlet} staff; the rest of the "
         "text is carried unedited from a syndicated feed."),
        ("This copy is provided by {name} and distributed unaltered under a content-sharing agreement. For "
         "corrections, please contact the agency directly."),
        ("This report was machine-translated from the original {lang} wire copy and lightly edited for style; the "
         "agency's version remains the authoritative text."),
    ]
    return [_pick(rng, frames, outlet=outlet, name=name, ab=ab,
                  lang=rng.choice(["Hindi", "Bengali", "Swahili", "Malay", "Arabic", "French", "Urdu"]))]


def _t40_language_switcher(rng: random.Random, ctx: dict) -> list[str]:
    reg_key = rng.choice(REGION_KEYS40)
    langs = {"sa": ["English", "हिन्दी", "தமிழ்", "తెలుగు", "বাংলা", "मराठी", "ಕನ್ನಡ", "اردو", "മലയാളം"],
             "af": ["English", "Kiswahili", "Hausa", "Yorùbá", "Français", "isiZulu"],
             "sea": ["English", "Bahasa Melayu", "中文", "Filipino", "ไทย", "Tiếng Việt"],
             "gulf": ["English", "العربية", "हिन्दी", "Malayalam", "Urdu"],
             "car": ["English", "Kreyòl", "Español", "Papiamentu"]}[reg_key]
    chosen = [langs[0]] + some(rng, langs[1:], 1, len(langs) - 1)
    lead = rng.choice(["", "Read in: ", "Edition: ", "Language: ", "Choose language ▾ "])
    out = [lead + rng.choice([" | ", " · ", "  "]).join(chosen)]
    if rng.random() < 0.4:
        out.append(rng.choice([f"Edition: {_city(rng, REGIONS40[reg_key])} ▾", "Change edition",
                               "International edition", "Switch to regional edition"]))
    return out


def _t40_market_box(rng: random.Random, ctx: dict) -> list[str]:
    reg = _region(rng)
    cur = rng.choice(reg["cur"])
    out = [rng.choice(["Markets", f"Market watch {_clock24(rng)} {rng.choice(reg['tz'])}", "MARKET SNAPSHOT",
                       "Stocks & commodities"])]
    rows = []
    for idx in rng.sample(INDICES40, 2):
        v, ch = rng.randint(4000, 82000) + rng.random(), rng.randint(-900, 900) / 10
        arrow = "▲" if ch >= 0 else "▼"
        rows.append(f"{idx} {v:,.2f} {arrow} {abs(ch):.2f} ({ch / v * 100:+.2f}%)")
    rows += [f"Gold (10g) {cur}{_money(rng, 52000, 79000)}", f"Silver (1kg) {cur}{_money(rng, 68000, 96000)}",
             _fx(rng),
             f"Crude ${rng.randint(600, 950) / 10:.1f}/bbl"]
    return out + some(rng, rows, 2, 5)


def _fx(rng: random.Random) -> str:
    code, lo, hi = rng.choice(FX40)
    return f"USD/{code} {rng.uniform(lo, hi):.2f} {rng.choice(['▲', '▼'])}"


def _t40_fuel_table(rng: random.Random, ctx: dict) -> list[str]:
    reg = _region(rng)
    cur = rng.choice(reg["cur"])
    out = [rng.choice([f"Petrol, diesel prices today in {_city(rng, reg)}", "Fuel rates today", "FUEL PRICES",
                       "Petrol Diesel Price Today"])]
    sep = rng.choice([" | ", "  ", "\t"])
    if rng.random() < 0.6:
        out.append(sep.join(["City", "Petrol", "Diesel"]))
    for city in rng.sample(reg["cities"], rng.randint(2, 4)):
        p = rng.randint(8000, 11500) / 100
        out.append(sep.join([city, f"{cur}{p:.2f}", f"{cur}{p - rng.randint(500, 1500) / 100:.2f}"]))
    if rng.random() < 0.5:
        out.append(rng.choice(["Rates as of 6am", "Prices per litre", "Source: oil marketing companies"]))
    return out


def _t40_fuel_prose(rng: random.Random, ctx: dict) -> list[str]:
    reg = _region(rng)
    cur = rng.choice(reg["cur"])
    p = rng.randint(8000, 11500) / 100
    frames = [
        ("Petrol and diesel prices remained unchanged across major cities on {wd}, with petrol retailing at "
         "{cur}{p:.2f} a litre in {city} and diesel at {cur}{d:.2f}."),
        ("State-run fuel retailers revise rates every morning at 6am in line with international benchmark prices "
         "and currency movements; local levies mean prices differ from one state to another."),
        ("Motorists in {city} will pay {cur}{x:.2f} more per litre from midnight after the energy regulator "
         "approved the monthly price adjustment."),
        ("Gold prices rose by {cur}{g} per 10 grams on {wd}, tracking firm global cues, while silver slipped "
         "{cur}{s} per kilogram, according to the {city} Bullion Traders' Association."),
        ("Customers can check the latest fuel rates by sending their dealer code by SMS to {sms}, or through the "
         "retailer's app."),
    ]
    return [_pick(rng, frames, wd=_wd(rng), cur=cur, p=p, d=p - rng.randint(500, 1500) / 100, city=_city(rng, reg),
                  x=rng.randint(10, 400) / 100, g=_money(rng, 100, 1400), s=_money(rng, 200, 2500),
                  sms=_digits(rng, 5))]


def _t40_cricket_strip(rng: random.Random, ctx: dict) -> list[str]:
    (a, aa), (b, bb) = rng.sample(TEAMS40, 2)
    r, w = rng.randint(60, 230), rng.randint(0, 9)
    ov = f"{rng.randint(5, 19)}.{rng.randint(0, 5)}"
    items = [f"LIVE | {aa} {r}/{w} ({ov}) vs {bb}", f"{a} need {rng.randint(4, 70)} runs in {rng.randint(3, 40)} balls",
             f"CRR {rng.randint(600, 1100) / 100:.2f} · RRR {rng.randint(600, 1400) / 100:.2f}",
             f"{rng.choice(LEAGUES40)} · Match {rng.randint(1, 60)}", "Full scorecard ›",
             f"{b} beat {a} by {rng.randint(2, 9)} wickets", f"{bb} {rng.randint(120, 220)}/{rng.randint(3, 10)} (20)",
             "Points table", "Ball by ball"]
    return glue(rng, some(rng, items, 2, 4), 0.5)


def _t40_football_strip(rng: random.Random, ctx: dict) -> list[str]:
    a, b = rng.sample(CLUBS40, 2)
    x, y = rng.randint(0, 4), rng.randint(0, 4)
    items = [f"FT {a} {x}-{y} {b}", f"HT {a} {min(x, 1)}-{min(y, 1)} {b}", f"{rng.randint(1, 90)}' {a} {x}-{y} {b}",
             f"{rng.choice(FLEAGUES40)} · Matchday {rng.randint(1, 34)}", "Table ›", "Fixtures & results",
             f"{rng.choice(CLUBS40)} v {rng.choice(CLUBS40)} – {rng.choice(WEEKDAYS)[:3]} {_clock24(rng)}"]
    return glue(rng, some(rng, items, 2, 4), 0.5)


def _t40_score_prose(rng: random.Random, ctx: dict) -> list[str]:
    (a, _aa), (b, _bb) = rng.sample(TEAMS40, 2)
    c1, c2 = rng.sample(CLUBS40, 2)
    reg = _region(rng)
    frames = [
        ("Elsewhere in the {league}, the {a} chased down {n} with {k} balls to spare at {ground}, captain {name} "
         "anchoring the innings with an unbeaten {s}."),
        ("{c1} moved to the top of the {fleague} table after a {x}-{y} win over {c2}, with their striker {name} "
         "scoring twice in the second half."),
        ("Rain forced the abandonment of the {a} v {b} match without a ball being bowled, and the two sides shared "
         "the points."),
        ("Tickets for the final at {ground} go on sale on {wd}, priced from {cur}{p}, through the official app "
         "only; organisers have warned fans against buying from touts."),
    ]
    x = rng.randint(1, 5)
    return [_pick(rng, frames, league=rng.choice(LEAGUES40), a=a, b=b, n=rng.randint(140, 230), k=rng.randint(1, 20),
                  ground=rng.choice(GROUNDS40), name=_name40(rng, reg, False), s=rng.randint(40, 120), c1=c1, c2=c2,
                  fleague=rng.choice(FLEAGUES40), x=x, y=rng.randint(0, x - 1), wd=_wd(rng),
                  cur=rng.choice(reg["cur"]), p=_money(rng, 200, 3000))]


def _t40_horoscope_promo(rng: random.Random, ctx: dict) -> list[str]:
    items = [f"Horoscope Today, {_dm(rng)}: Astrological prediction for " + ", ".join(rng.sample(SIGNS40, 3))
             + " and other signs", "Daily horoscope ›", "Love, career & health", "Numerology today",
             f"Lucky colour: {rng.choice(['saffron', 'sea green', 'maroon', 'sky blue', 'white'])}",
             f"Lucky number: {rng.randint(1, 9)}", "Tarot reading", "Weekly horoscope"]
    return glue(rng, some(rng, items, 1, 3), 0.4)


def _t40_horoscope_prose(rng: random.Random, ctx: dict) -> list[str]:
    sign = rng.choice(SIGNS40)
    frames = [
        ("{sign}: A long-pending matter at work is likely to be resolved today, but avoid making promises you "
         "cannot keep. Lucky colour: {colour}."),
        ("{sign} natives may find family matters taking up more time than usual. A short trip could prove "
         "rewarding, and financial prospects look steady."),
        ("Planetary positions favour new beginnings for {sign} today; it is a good day to start a fitness routine "
         "or reconnect with an old friend you have lost touch with."),
        ("{sign} ({dates}): Money spent on the home will bring satisfaction, but a colleague's remark may "
         "unsettle you. Stay calm and let your work speak."),
    ]
    return [_pick(rng, frames, sign=sign, colour=rng.choice(["yellow", "indigo", "peach", "olive"]),
                  dates=SIGN_DATES40[SIGNS40.index(sign)])]


def _t40_lottery_promo(rng: random.Random, ctx: dict) -> list[str]:
    reg = _region(rng)
    lot = rng.choice(LOTTERIES40)
    cur = rng.choice(reg["cur"])
    items = [f"{lot} Result Today LIVE: {rng.choice(['Monday', 'Wednesday', 'Saturday'])} draw winners list, first "
             f"prize {cur}{_money(rng, 1, 99)} lakh" if "₹" in cur or "Rs" in cur else
             f"{lot} results LIVE: jackpot {cur}{_money(rng, 1, 90)} million up for grabs",
             "Check winning numbers", f"Draw at {_clock(rng)}", "Full winners list (PDF)",
             f"Ticket no. {rng.choice('ABCDEFGHKL')}{rng.choice('ABCDEFGHKL')} {_digits(rng, 6)}"]
    return glue(rng, some(rng, items, 1, 3), 0.4)


def _t40_lottery_prose(rng: random.Random, ctx: dict) -> list[str]:
    reg = _region(rng)
    cur = rng.choice(reg["cur"])
    frames = [
        ("The results of the {lot} draw will be announced at {time} today. The first-prize winner takes home "
         "{cur}{n}, while the second prize is {cur}{m}."),
        ("Winners must claim their prize within {d} days by submitting the original ticket and proof of identity "
         "at the lottery office in {city}."),
        ("Readers are advised to verify the winning numbers with the official gazette. {outlet} does not promote "
         "or encourage participation in lotteries."),
        ("The draw was held at the lottery directorate in {city} in the presence of an independent observer, and "
         "the full list of winning numbers will be published on {wd}."),
        ("Income tax at {pct} per cent and the agent's commission are deducted before prize money is paid out, so "
         "winners receive noticeably less than the advertised figure."),
    ]
    return [_pick(rng, frames, lot=rng.choice(LOTTERIES40), time=_clock(rng), cur=cur, n=_money(rng, 100000, 9000000),
                  m=_money(rng, 10000, 99000), d=rng.choice([30, 60, 90]), city=_city(rng, reg),
                  outlet=_outlet(rng, reg), wd=_wd(rng), pct=rng.choice([10, 20, 30]))]


def _t40_exam_promo(rng: random.Random, ctx: dict) -> list[str]:
    board = rng.choice(BOARDS40)
    short = board.split("(")[-1].rstrip(")")
    y = _year(rng, 2021, 2025)
    items = [(f"{short} Class {rng.choice([10, 12])} Result {y} LIVE Updates: how to check scores at "
              f"results.{short.lower()}.edu"), "Direct link", "Toppers list",
             f"Pass percentage: {rng.randint(62, 97)}.{rng.randint(0, 9)}%",
             "Download marksheet", f"{short} supplementary exam dates", "Check via SMS"]
    return glue(rng, some(rng, items, 1, 3), 0.4)


def _t40_exam_prose(rng: random.Random, ctx: dict) -> list[str]:
    reg = _region(rng)
    board = rng.choice(BOARDS40)
    frames = [
        ("The {board} is expected to declare the Class {c} results on {dm}; students can check their scores on the "
         "official website using their roll number and date of birth."),
        ("More than {n} lakh students sat the examinations, which were held between {dm} and {dm2} at over {k} "
         "centres across the state."),
        ("Students who are not satisfied with their marks can apply for re-evaluation within {d} days of the "
         "results, on payment of a fee of {cur}{p} per subject."),
        ("This year girls outperformed boys by {x} percentage points, and {city} district recorded the highest "
         "pass rate for the third year running."),
    ]
    return [_pick(rng, frames, board=board, c=rng.choice([10, 12]), dm=_dm(rng), dm2=_dm(rng), n=rng.randint(2, 30),
                  k=_money(rng, 400, 4000), d=rng.choice([7, 10, 15]), cur=rng.choice(reg["cur"]),
                  p=rng.choice([100, 250, 500, 700]), x=rng.randint(2, 9), city=_city(rng, reg))]


def _t40_trending_rail(rng: random.Random, ctx: dict) -> list[str]:
    reg = _region(rng)
    topics = [f"{_city(rng, reg)} rain", "Gold rate today", "Fuel price", rng.choice(LEAGUES40), "Exam results",
              "Horoscope today", "Weather alert", f"{_city(rng, reg)} metro", "Lottery result", "Viral video",
              "Budget", "Heatwave", "Holiday list", "Carnival", "Visa rules", "Salary hike", "Pension news"]
    chosen = some(rng, topics, 3, 7)
    if rng.random() < 0.4:
        chosen = ["#" + t.replace(" ", "") for t in chosen]
    lead = rng.choice(["Trending: ", "TRENDING ", "Hot topics: ", "🔥 ", "Trending Topics  "])
    return glue(rng, [lead.strip()] + chosen, 0.7, (" | ", " · ", "  "))


def _t40_trending_stories(rng: random.Random, ctx: dict) -> list[str]:
    head = rng.choice(["Trending now", "Most read", "In case you missed it", "Latest News", "Popular this week"])
    hs = headlines(rng, ctx, FALLBACK40, rng.randint(2, 5))
    reg = _region(rng)
    out = [head]
    for k, h in enumerate(hs):
        out.append(rng.choice([f"{k + 1} {h}", h, f"{h} · {rng.randint(1, 59)} mins ago",
                               f"{h} {_stamp40(rng, reg)}"]))
    return out


def _t40_web_stories(rng: random.Random, ctx: dict) -> list[str]:
    reg = _region(rng)
    cards = ["10 monsoon snacks you can make in 15 minutes", "7 hill stations to visit this summer",
             f"Best street food in {_city(rng, reg)}", "5 signs your body needs more protein",
             "Indoor plants that survive without sunlight", "Celebrities who got married this year",
             "6 exercises for a stronger back", f"Places to visit in {_city(rng, reg)} on a budget"]
    return [rng.choice(["Web Stories", "WEB STORIES", "Visual stories"])] + some(rng, cards, 2, 4) + \
        ([rng.choice(["View all", "See more ›"])] if rng.random() < 0.5 else [])


def _t40_breadcrumb(rng: random.Random, ctx: dict) -> list[str]:
    reg = _region(rng)
    sep = rng.choice([" › ", " / ", " > ", " » "])
    parts = ["Home", rng.choice(["News", "India News", "Nation", "Local", "World", "Business", "Lifestyle"] +
                                SECTIONS), rng.choice([_city(rng, reg), rng.choice(TOPICS), "Story", "Latest"])]
    return [sep.join(parts[: rng.randint(2, 3)])]


def _t40_views_prose(rng: random.Random, ctx: dict) -> list[str]:
    reg = _region(rng)
    outlet = _outlet(rng, reg)
    frames = [
        ("Disclaimer: the views expressed in this column are solely those of the author and do not necessarily "
         "reflect the position of {outlet} or its editorial board."),
        ("(The writer is a former {role} and a visiting fellow at the {city} Institute of Public Affairs. Views "
         "are personal.)"),
        ("Opinions expressed in guest columns are the writers' own; {outlet} welcomes responses, which may be sent "
         "to {email} with the subject line 'Letters'."),
        ("{name} teaches economics at {city} University and writes a fortnightly column on trade and development "
         "for this newspaper."),
    ]
    return [_pick(rng, frames, outlet=outlet, role=rng.choice(["diplomat", "central bank deputy governor",
                                                               "chief secretary", "army officer", "judge"]),
                  city=_city(rng, reg), email=f"oped@{_domain40(outlet)}", name=_name40(rng, reg))]


def _t40_press_release_prose(rng: random.Random, ctx: dict) -> list[str]:
    reg = _region(rng)
    outlet = _outlet(rng, reg)
    frames = [
        ("Disclaimer: this is a press release distributed by {pr}. {outlet} takes no editorial responsibility for "
         "its content and has not verified the claims made in it."),
        ("This is a sponsored article. The content has been provided by the brand and reviewed only for compliance "
         "with our advertising guidelines."),
        ("Brand Desk content is produced by our commercial team on behalf of advertisers; the newsroom is not "
         "involved in its creation."),
        ("Investments in crypto assets are unregulated and can be highly risky. This content is not investment "
         "advice, and readers should seek independent guidance before acting on it."),
    ]
    return [_pick(rng, frames, pr=rng.choice(["Pressvine", "MediaLink Africa Hub", "GulfPR Desk", "NewsBridge Asia"]),
                  outlet=outlet)]


def _t40_prayer_times(rng: random.Random, ctx: dict) -> list[str]:
    reg = REGIONS40[rng.choice(["gulf", "gulf", "sa", "sea", "af"])]
    f = rng.randint(3, 5)
    times = [f"Fajr {f}:{rng.randint(10, 59):02d}", f"Sunrise {f + 1}:{rng.randint(10, 59):02d}",
             f"Dhuhr 12:{rng.randint(10, 40):02d}", f"Asr {rng.randint(3, 4)}:{rng.randint(10, 59):02d}",
             f"Maghrib {rng.randint(6, 7)}:{rng.randint(10, 59):02d}",
             f"Isha {rng.randint(7, 8)}:{rng.randint(10, 59):02d}"]
    head = rng.choice([f"Prayer times – {_city(rng, reg)}", "Prayer Timings", f"Today in {_city(rng, reg)}"])
    return glue(rng, [head] + some(rng, times, 3, 6), 0.6, (" · ", "  ", " | "))


def _t40_weather_aqi(rng: random.Random, ctx: dict) -> list[str]:
    reg = _region(rng)
    aqi = rng.randint(20, 420)
    label = "Good" if aqi < 51 else "Moderate" if aqi < 101 else "Poor" if aqi < 201 else "Very Poor" \
        if aqi < 301 else "Severe"
    temp = rng.randint(18, 47)
    items = [f"{_city(rng, reg)} {temp}°C", rng.choice(["Haze", "Humid", "Thunderstorm", "Sunny",
                                                                   "Partly cloudy", "Dust"]),
             f"AQI {aqi} ({label})", f"Humidity {rng.randint(30, 95)}%", f"Feels like {temp + rng.randint(1, 7)}°C",
             "View 10-day forecast"]
    return glue(rng, some(rng, items, 2, 5), 0.7)


def _t40_alert_prose(rng: random.Random, ctx: dict) -> list[str]:
    reg = _region(rng)
    frames = [
        ("The {met} has issued an orange alert for {n} districts, warning of heavy to very heavy rain over the next "
         "48 hours, and advised fishermen not to venture out to sea."),
        ("Temperatures in {city} touched {t}C on {wd}, the highest this season, prompting authorities to shift "
         "school timings and open drinking-water kiosks at bus stops."),
        ("Residents of low-lying areas in {city} have been asked to move to relief camps as a precaution, and the "
         "helpline {phone} will remain open round the clock."),
        ("Outdoor workers will be given a mandatory midday break from {dm} until mid-September, and companies found "
         "breaking the rule face fines, the labour ministry said."),
    ]
    return [_pick(rng, frames, met=rng.choice(METS40), n=rng.randint(4, 19), city=_city(rng, reg),
                  t=rng.randint(42, 49), wd=_wd(rng), phone=_digits(rng, 4), dm=_dm(rng))]


def _t40_explainer_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("What is a policy rate? It is the rate at which the central bank lends money to commercial banks, and "
         "changes to it usually feed through to loan and deposit rates within a few months."),
        ("What is a heat index? It combines air temperature and relative humidity to describe how hot it actually "
         "feels, which is why forecasters often quote it alongside the thermometer reading."),
        ("What is a cloudburst? Meteorologists use the term for extreme rainfall of about 100mm or more in an hour "
         "over a small area, which can trigger flash floods and landslides in hilly terrain."),
        ("What is a minimum support price? It is the rate at which the government procures crops from farmers, "
         "announced before each sowing season to guard against a sharp fall in market prices."),
        ("What does 'net run rate' mean? It is the average runs a team scores per over minus the average it "
         "concedes, and it is used to separate sides that finish level on points."),
    ]
    return [rng.choice(frames)]


def _t40_teaser_prose(rng: random.Random, ctx: dict) -> list[str]:
    h = headline(rng, ctx, FALLBACK40)
    reg = _region(rng)
    frames = [
        ("Residents of {city} woke up to waterlogged streets on {wd} after overnight rain flooded several "
         "underpasses, throwing the morning commute into chaos."),
        ("The civic body has begun demolishing illegal structures along the {city} lake front, drawing protests "
         "from shopkeepers who say they were given no notice."),
        ("A {age}-year-old woman from {city} has cleared the national civil services examination on her fifth "
         "attempt, after preparing at home while working night shifts."),
        ("Airlines have raised fares on routes to {city} by as much as {pct} per cent ahead of the festive season, "
         "and travel agents expect prices to climb further."),
    ]
    body = _pick(rng, frames, city=_city(rng, reg), wd=_wd(rng), age=rng.randint(24, 34), pct=rng.randint(20, 60))
    more = rng.choice(["Read more", "Continue reading ›", "Full story", ""])
    out = [h, body] if rng.random() < 0.6 else [body]
    return out + ([more] if more else [])


def _t40_copyright_prose(rng: random.Random, ctx: dict) -> list[str]:
    reg = _region(rng)
    outlet = _outlet(rng, reg)
    frames = [
        ("Copyright © {y} {outlet}. All rights reserved. No part of this website may be reproduced, stored or "
         "transmitted in any form without the prior written consent of the publisher."),
        ("{outlet} is published by {pub} Media Ltd, {city}. Republication or redistribution of content, including "
         "by framing or similar means, is expressly prohibited."),
        ("Content on this site is for information only and should not be construed as professional advice. "
         "{outlet} is not responsible for the content of external websites."),
        ("Use of this website signifies your agreement to our terms of use and privacy policy, last revised on "
         "{dm} {y}."),
        ("{outlet} accepts no responsibility for claims made in advertisements appearing on these pages; readers "
         "are advised to make their own enquiries before sending money or entering into agreements."),
    ]
    return [_pick(rng, frames, y=_year(rng, 2022, 2025), outlet=outlet,
                  pub=rng.choice(["Sunrise", "Coastline", "Harbourlight", "Pragati", "Tradewind"]),
                  city=_city(rng, reg), dm=_dm(rng))]


def _fortieth_templates() -> dict[str, tuple[str, Template]]:
    """SEO / generative-AI page furniture plus the wire and aggregator furniture of regional English outlets."""
    return {
        "s40_key_takeaways": ("hi", _t40_key_takeaways),
        "s40_tldr_prose": ("hi", _t40_tldr_prose),
        "s40_people_also_ask": ("it", _t40_people_also_ask),
        "s40_faq_prose": ("it", _t40_faq_prose),
        "s40_toc": ("h", _t40_toc),
        "s40_fact_checked_prose": ("ht", _t40_fact_checked_prose),
        "s40_reviewed_strip": ("h", _t40_reviewed_strip),
        "s40_editorial_standards_prose": ("t", _t40_editorial_standards_prose),
        "s40_ai_summary_box": ("h", _t40_ai_summary_box),
        "s40_ai_summary_prose": ("hi", _t40_ai_summary_prose),
        "s40_ai_disclosure_prose": ("it", _t40_ai_disclosure_prose),
        "s40_assistant_widget": ("hit", _t40_assistant_widget),
        "s40_assistant_prose": ("it", _t40_assistant_prose),
        "s40_listicle": ("it", _t40_listicle),
        "s40_affiliate_prose": ("hi", _t40_affiliate_prose),
        "s40_method_prose": ("it", _t40_method_prose),
        "s40_roundup_prose": ("i", _t40_roundup_prose),
        "s40_update_log": ("ht", _t40_update_log),
        "s40_update_prose": ("hit", _t40_update_prose),
        "s40_schema_residue": ("ht", _t40_schema_residue),
        "s40_author_box_prose": ("t", _t40_author_box_prose),
        "s40_also_read": ("i", _t40_also_read),
        "s40_also_read_stack": ("it", _t40_also_read_stack),
        "s40_agency_credit": ("hit", _t40_agency_credit),
        "s40_edited_stamp": ("ht", _t40_edited_stamp),
        "s40_messaging_short": ("hit", _t40_messaging_short),
        "s40_messaging_prose": ("it", _t40_messaging_prose),
        "s40_syndicated_prose": ("it", _t40_syndicated_prose),
        "s40_language_switcher": ("h", _t40_language_switcher),
        "s40_market_box": ("ht", _t40_market_box),
        "s40_fuel_table": ("it", _t40_fuel_table),
        "s40_fuel_prose": ("it", _t40_fuel_prose),
        "s40_cricket_strip": ("hi", _t40_cricket_strip),
        "s40_football_strip": ("ht", _t40_football_strip),
        "s40_score_prose": ("it", _t40_score_prose),
        "s40_horoscope_promo": ("it", _t40_horoscope_promo),
        "s40_horoscope_prose": ("t", _t40_horoscope_prose),
        "s40_lottery_promo": ("it", _t40_lottery_promo),
        "s40_lottery_prose": ("t", _t40_lottery_prose),
        "s40_exam_promo": ("hi", _t40_exam_promo),
        "s40_exam_prose": ("it", _t40_exam_prose),
        "s40_trending_rail": ("ht", _t40_trending_rail),
        "s40_trending_stories": ("it", _t40_trending_stories),
        "s40_web_stories": ("t", _t40_web_stories),
        "s40_breadcrumb": ("h", _t40_breadcrumb),
        "s40_views_prose": ("t", _t40_views_prose),
        "s40_press_release_prose": ("ht", _t40_press_release_prose),
        "s40_prayer_times": ("h", _t40_prayer_times),
        "s40_weather_aqi": ("h", _t40_weather_aqi),
        "s40_alert_prose": ("hi", _t40_alert_prose),
        "s40_explainer_prose": ("i", _t40_explainer_prose),
        "s40_teaser_prose": ("it", _t40_teaser_prose),
        "s40_copyright_prose": ("t", _t40_copyright_prose),
    }


BLIND15_TEMPLATES: dict[str, Callable[[], dict[str, tuple[str, Template]]]] = {
    "thirtyninth": _thirtyninth_templates,
    "fortieth": _fortieth_templates,
}
