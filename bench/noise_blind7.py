"""Two more blind noise splits ("twentythird", "twentyfourth") for the plain-text cleaner.

Why this module exists: every earlier split has been measured and then tuned against, so its score no longer says
how the cleaner does on noise it has never met.  These templates were written blind, by someone who did not read
the cleaner, its rules, its tests or its output on any split, from experience of what scrapers really pick up.
They use their own vocabulary and wordings (every outlet, person, place, platform and product is invented), and
roughly a third of the templates in each split are prose: full sentences that read like article text but are
boilerplate (the hard case for a line-level cleaner), several of them about everyday news subjects (the economy,
health, schools, transport, crime, sport, the weather) so they are not trivially off-topic.

  twentythird   English-language news sites outside the UK and US (Indian, Nigerian, Kenyan, Philippine,
                Singaporean and Australian-style furniture) and government, university and NGO press-office pages:
                "Also Read:" lines built from other headlines, "(With inputs from agencies)", syndicated-feed
                disclaimers, Google News / WhatsApp channel / Telegram prompts, e-paper links, market, fuel, gold
                and forex strips in local currencies, "Trending Topics" strips, "First Published: | Last Updated:"
                stamps, horoscope and cricket-score widgets, weather and edition switchers; and "Media enquiries"
                blocks, numbered "Notes to editors", "About ..." paragraphs, ENDS / -30- / ### markers, embargo
                lines, distribution footers, accessibility statements, "Was this page useful?" widgets, "Share this
                page" bars, "Last reviewed" lines, statistics notes, public advisories, scheme backgrounders,
                Freedom-of-Information and complaints prose and government website footers.
  twentyfourth  social and community layers scraped with the article: embedded social posts rendered as text
                (post text, "- Name (@handle) Month D, YYYY", short picture links, repost and like counts), quote
                posts and numbered threads, embedded video titles, "Watch on" lines, view counts, shorts strips and
                video descriptions, reader comment threads (usernames, timestamps, Reply / Report, votes, "Load
                more comments", comments arguing about the topic in generic terms), forum and aggregator chrome
                ("Posted by u/... • 5h", "Submitted 3 hours ago by", "share save hide report", "level 2",
                "Continue this thread", sidebars, flairs, awards, bot replies, edit notes), community notes and
                fact-check labels, top and pinned comments, live-chat replays, polls with percentages, "Most liked"
                lists, "Your stories" prompts, moderation notices, report dialogs and emoji reaction bars.

Templates have the format of bench/clean_noise.py: name -> (positions, fn), positions a string over "h" (head,
between title and body), "i" (inline, between body paragraphs) and "t" (tail); fn(rng, ctx) returns the lines of
one block ("" is a blank line inside the block).  ctx["headlines"] holds other articles' headlines (it may be empty
or hold one); ctx may also carry "title" and "paragraphs", which these templates never use: no template copies the
article's own title or body text, so word-level scoring stays valid.  Only the rng passed in is used, so a block
is a pure function of the seed.

    from bench.noise_blind7 import BLIND7_TEMPLATES
    from bench.noise_unseen import make_noisy_glued
    text = make_noisy_glued(article, random.Random(7), BLIND7_TEMPLATES["twentythird"](), headlines)
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from typing import NamedTuple

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
from bench.noise_fills import clock as _hm

# --- shared fills -------------------------------------------------------------------------------------------------

FALLBACK_HEADS = ["Rail link to the airport delayed again by land dispute",
                  "Teachers' union calls off week-long strike after pay offer",
                  "Monsoon rains flood low-lying districts for a third day",
                  "Central bank holds lending rate, signals cuts later in the year",
                  "City hospital opens maternity wing after five-year wait",
                  "Ferry fares to rise from next month, operator confirms",
                  "Opening batter ruled out of series with hamstring strain",
                  "Police arrest four over cooperative bank fraud",
                  "Water rationing extended as reservoir levels drop",
                  "Start-up raises funds to expand electric scooter fleet"]
ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"


def _headline(rng: random.Random, ctx: dict) -> str:
    """Another article's headline, or a stock one when the renderer gave none."""
    return rng.choice(ctx.get("headlines") or FALLBACK_HEADS)


def _headlines(rng: random.Random, ctx: dict, k: int) -> list[str]:
    """Up to k distinct other headlines, topped up from the stock list when the renderer gave too few."""
    pool = list(ctx.get("headlines") or [])
    if len(pool) < k:
        pool += [h for h in FALLBACK_HEADS if h not in pool]
    return rng.sample(pool, min(k, len(pool)))


def _some(rng: random.Random, items: list[str], lo: int, hi: int) -> list[str]:
    """A random, order-preserving selection of lo..hi items."""
    k = rng.randint(lo, min(hi, len(items)))
    return [items[i] for i in sorted(rng.sample(range(len(items)), k))]


def _code(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(ALNUM) for _ in range(n))


def _stem(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower().removeprefix("the "))


def _ymd(rng: random.Random) -> tuple[int, int, int]:
    return rng.randint(2016, 2024), rng.randint(1, 12), rng.randint(1, 28)


def _hm12(rng: random.Random) -> str:
    return f"{rng.randint(1, 12)}:{rng.randint(0, 59):02d} {rng.choice(['AM', 'PM', 'am', 'pm'])}"


def _date(rng: random.Random) -> str:
    y, m, d = _ymd(rng)
    return rng.choice([f"{d} {MONTHS[m - 1]} {y}", f"{MONTHS[m - 1][:3]} {d:02d}, {y}", f"{d:02d}-{m:02d}-{y}",
                       f"{MONTHS[m - 1]} {d}, {y}", f"{d:02d}.{m:02d}.{y}", f"{d} {MONTHS[m - 1][:3]} {y}"])


def _num(rng: random.Random) -> str:
    n = rng.choice([rng.randint(2, 999), rng.randint(1000, 9999), rng.randint(10, 999) * 100])
    if n >= 1000 and rng.random() < 0.4:
        return f"{n / 1000:.1f}K".replace(".0K", "K")
    return f"{n:,}" if rng.random() < 0.6 else str(n)


def _pcts(rng: random.Random, k: int) -> list[int]:
    """k whole percentages that add up to exactly 100."""
    parts = [rng.randint(1, 60) for _ in range(k)]
    pcts = [round(100 * p / sum(parts)) for p in parts]
    top = pcts.index(max(pcts))
    pcts[top] += 100 - sum(pcts)
    return pcts


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


# --- twentythird: non-UK/US English news sites and press offices -----------------------------------------------------


class Region(NamedTuple):
    sites: list[str]
    cur: str
    tz: str
    dial: str
    cities: list[str]
    indices: list[str]
    fuel: list[tuple[str, float, float, str]]
    gold: tuple[float, float]
    forex: list[tuple[str, float, float]]
    tld: str


REGIONS = [
    Region(["The Konkan Chronicle", "Deccan Daybreak", "Indus Wire Online", "Narmadapur Times"], "₹", "IST", "+91",
           ["Suryapur", "Kaveri Nagar", "Madhavgarh", "Ranipet East", "Chandrakot"],
           ["Indus 30", "Bharat Broad 50", "Indus Midcap 150", "Bank Index"],
           [("Petrol", 94, 112, "/litre"), ("Diesel", 86, 99, "/litre"), ("CNG", 74, 92, "/kg")],
           (5200, 7200), [("USD/INR", 81.5, 84.5), ("EUR/INR", 87, 92), ("GBP/INR", 101, 108)], ".in"),
    Region(["The Lagoon Tribune", "Abuja Clarion", "Niger Bend Observer"], "₦", "WAT", "+234",
           ["Port Akassa", "Oduaville", "Ikenna Bay", "Ogbe Hills"],
           ["Lagoon All-Share", "NBX 30", "Premium Board Index"],
           [("Petrol (PMS)", 580, 1250, "/litre"), ("Diesel (AGO)", 900, 1600, "/litre"),
            ("Kerosene (DPK)", 800, 1500, "/litre"), ("Cooking gas", 750, 1400, "/kg")],
           (60000, 120000), [("USD/NGN", 760, 1600), ("GBP/NGN", 950, 2000)], ".ng"),
    Region(["Savannah Post", "Nairobi Morning Ledger", "The Rift Courier"], "KSh ", "EAT", "+254",
           ["Kilima Town", "Mto Mawe", "Nyahururu West", "Ziwani"],
           ["Nairobi 20 Share", "EAX All-Share", "Nairobi 25"],
           [("Super petrol", 160, 220, "/litre"), ("Diesel", 150, 205, "/litre"), ("Kerosene", 140, 200, "/litre")],
           (6500, 10500), [("USD/KES", 125, 160), ("EUR/KES", 135, 170)], ".ke"),
    Region(["Visayas Daily Current", "The Luzon Beacon", "Mindanao Morning Star"], "₱", "PHT", "+63",
           ["San Isidro Norte", "Bagong Silang", "Lungsod Malaya", "Puerto Bayani"],
           ["Manila Composite", "Luzon All Shares", "Archipelago 30"],
           [("Unleaded 91", 52, 72, "/L"), ("Premium 95", 55, 78, "/L"), ("Diesel", 48, 70, "/L")],
           (2800, 4200), [("USD/PHP", 54, 58.5), ("JPY/PHP", 0.36, 0.42)], ".ph"),
    Region(["Merlion Morning", "Lion City Ledger", "The Straits Observer Online"], "S$", "SGT", "+65",
           ["Tanjong Permai", "Bukit Sentosa", "Kampong Indah", "Marina Timur"],
           ["Merlion 30", "Straits Mid-Cap", "Lion REIT Index"],
           [("92-octane", 2.55, 3.2, "/L"), ("95-octane", 2.6, 3.3, "/L"), ("Diesel", 2.3, 3.1, "/L")],
           (80, 115), [("USD/SGD", 1.32, 1.38), ("SGD/MYR", 3.3, 3.55)], ".sg"),
    Region(["Harbourline Herald", "The Southern Cross Courier", "Outback Daily Digest"], "A$", "AEST", "+61",
           ["Wattle Creek", "Port Kendall", "Mallee Springs", "Bowerbird Bay"],
           ["Southern 200", "Southern All Ordinary", "Small Caps 300"],
           [("Unleaded 91", 1.65, 2.35, "/L"), ("Premium 98", 1.9, 2.6, "/L"), ("Diesel", 1.75, 2.4, "/L")],
           (85, 125), [("AUD/USD", 0.63, 0.7), ("AUD/NZD", 1.05, 1.12)], ".au"),
]
GIVEN23 = ["Ananya", "Chinedu", "Wanjiru", "Maricel", "Wei Ling", "Brodie", "Siddharth", "Folasade", "Otieno",
           "Jericho", "Priyanka", "Tunde", "Akinyi", "Rosalind", "Darshan", "Imelda", "Kieran", "Nomvula", "Harjit",
           "Ezinne"]
FAMILY23 = ["Raghavan", "Okafor", "Kamau", "Dizon", "Tan", "McAllister", "Venkatesh", "Adebayo", "Mwangi",
            "Villanueva", "Chaudhary", "Balogun", "Achieng", "Pereira", "Iyer", "Lim", "Oduya", "Castillo", "Sandhu",
            "Nwachukwu"]
AGENCIES23 = ["NewsLink Asia", "Continental Wire Service", "Afro-Pacific Press", "Southern Newswire",
              "Capital News Agency", "Equator Press Service"]
GOVT = ["Ministry of Rural Connectivity", "Department of Coastal Resources", "Office of the State Health Commissioner",
        "National Agency for Road Safety", "Metropolitan Water Authority", "Ministry of Basic Education",
        "Department of Public Transport and Roads", "Commission for Consumer Protection",
        "National Disaster Preparedness Office", "Directorate of Agriculture and Food Security"]
GOVT_FOCUS = {  # what each invented government body does, so its "About" paragraph hangs together
    "Ministry of Rural Connectivity": ("rural roads and bridges", "connect every village to an all-weather road"),
    "Department of Coastal Resources": ("fisheries and coastal protection", "protect coastal communities from erosion"),
    "Office of the State Health Commissioner": ("hospital standards and disease control",
                                                "strengthen public health services"),
    "National Agency for Road Safety": ("road safety policy", "make roads safer for pedestrians and cyclists"),
    "Metropolitan Water Authority": ("water supply and sanitation", "provide safe drinking water to every household"),
    "Ministry of Basic Education": ("primary and secondary schools",
                                    "raise literacy rates among primary school children"),
    "Department of Public Transport and Roads": ("buses, rail and highways",
                                                 "bring affordable bus services to outlying towns"),
    "Commission for Consumer Protection": ("consumer rights and fair pricing", "protect shoppers from unfair prices"),
    "National Disaster Preparedness Office": ("emergency planning and flood response",
                                              "help communities prepare for floods and storms"),
    "Directorate of Agriculture and Food Security": ("farming and food supplies",
                                                     "support small farmers facing drought and floods"),
}
UNIS = ["Kestrel Valley University", "University of Marrowfield", "Eastbank Institute of Science",
        "Saltgrove College of Medicine", "Greenhollow Polytechnic"]
NGOS = ["Bright Wells Trust", "Open Ledger Initiative", "Foundation for Safer Roads", "Clean Rivers Alliance",
        "Childhood Literacy Network", "Harvest Hope International", "Coastal Livelihoods Fund"]
WIRES = ["Newswire Meridian", "PressLine Global", "Wirelink Newsroom Services", "Asia-Africa Release Network",
         "ReleaseHub Media"]
TEAMS23 = [("Coastal Kings", "CK"), ("Deccan Strikers", "DS"), ("Harbour Hurricanes", "HH"),
           ("Lion City Lancers", "LCL"), ("Savannah Sixers", "SS"), ("Konkan Knights", "KK"),
           ("Southern Stingers", "SST"), ("Manila Monsoons", "MM")]
SIGNS = [("Aries", "Mar 21 - Apr 19"), ("Taurus", "Apr 20 - May 20"), ("Gemini", "May 21 - Jun 20"),
         ("Cancer", "Jun 21 - Jul 22"), ("Leo", "Jul 23 - Aug 22"), ("Virgo", "Aug 23 - Sep 22"),
         ("Libra", "Sep 23 - Oct 22"), ("Scorpio", "Oct 23 - Nov 21"), ("Sagittarius", "Nov 22 - Dec 21"),
         ("Capricorn", "Dec 22 - Jan 19"), ("Aquarius", "Jan 20 - Feb 18"), ("Pisces", "Feb 19 - Mar 20")]
TRENDING23 = ["Budget Session", "Monsoon Update", "T20 League", "Fuel Price Hike", "Gold Rate Today",
              "Board Exam Results", "Metro Phase 3", "Election Commission", "Weather Alert", "Box Office Collection",
              "Stock Market Today", "Traffic Advisory", "Horoscope Today", "Minimum Wage", "Dengue Cases",
              "Rice Prices", "Power Outage", "Transfer Window"]
SCHEMES = ["Safe Schools Mission", "Clean Water for All programme", "Rural Roads Connectivity Scheme",
           "Healthy Mothers Initiative", "Digital Classrooms Project", "Urban Bus Renewal Plan",
           "Youth Skills Guarantee", "Farm Resilience Fund"]
CAPTIONS23 = ["Commuters wait at a bus stop during the morning rush", "Farmers sort produce at a wholesale market",
              "Students leave an examination centre", "Police personnel stand guard outside the court complex",
              "Vendors at a roadside stall ahead of the festival", "Residents wade through a waterlogged street",
              "A health worker administers a vaccine at a community centre"]


def _region(rng: random.Random) -> Region:
    return rng.choice(REGIONS)


def _site23(rng: random.Random, region: Region | None = None) -> str:
    if region is None and rng.random() < 0.1:
        return rng.choice(OUTLETS)
    return rng.choice((region or _region(rng)).sites)


def _p23(rng: random.Random) -> str:
    return rng.choice(NAMES) if rng.random() < 0.1 else f"{rng.choice(GIVEN23)} {rng.choice(FAMILY23)}"


def _org(rng: random.Random) -> str:
    return rng.choice(rng.choice([GOVT, GOVT, UNIS, NGOS]))


def _org_domain(org: str, region: Region) -> str:
    initials = "".join(w[0] for w in org.lower().split() if w not in {"of", "the", "for", "and"})
    if org in GOVT:
        return f"{initials}.gov{region.tld}"
    if org in UNIS:
        return f"{initials}.edu{region.tld}"
    return f"{_stem(org)[:18]}.org"


def _the(org: str, start: bool = False) -> str:
    """An organisation's name as it reads inside a sentence: "the Ministry of ...", but "Bright Wells Trust"."""
    if org in GOVT or org.startswith(("University of", "Foundation for")):
        return ("The " if start else "the ") + org
    return org


def _phone23(rng: random.Random, region: Region) -> str:
    a, b, c = rng.randint(100, 999), rng.randint(100, 999), rng.randint(1000, 9999)
    return rng.choice([f"{region.dial} {a} {b} {c}", f"{region.dial} ({a}) {b}-{c}", f"{region.dial}-{a}{b}{c}",
                       f"0{a} {b} {c}"])


def _money(v: float) -> str:
    return f"{v:.2f}" if v < 10 else f"{v:,.2f}"


def _stamp23(rng: random.Random, tz: str, y: int, m: int, d: int) -> str:
    return rng.choice([f"{MONTHS[m - 1][:3]} {d:02d}, {y} | {_hm12(rng)} {tz}",
                       f"{d} {MONTHS[m - 1]} {y}, {_hm(rng)} {tz}",
                       f"{WEEKDAYS[(y + m + d) % 7][:3]}, {d} {MONTHS[m - 1][:3]} {y} {_hm(rng)}",
                       f"{MONTHS[m - 1][:3]} {d}, {y} {_hm12(rng)}",
                       f"{d:02d}/{m:02d}/{y}, {_hm(rng)} ({tz})"])


def _t23_also_read(rng: random.Random, ctx: dict) -> list[str]:
    style = rng.randint(0, 3)
    if style == 0:
        label = rng.choice(["Also Read:", "ALSO READ:", "Also read |", "ALSO READ |", "Also Read -", "ALSO READ"])
        return [f"{label} {_headline(rng, ctx)}"]
    if style == 1:
        return [rng.choice(["Also Read", "ALSO READ", "Also read"]), *_headlines(rng, ctx, rng.randint(1, 3))]
    if style == 2:
        return [f"Also Read: {h}" for h in _headlines(rng, ctx, 2)]
    return [(f"{rng.choice(['Must Read', 'Read Also', 'Also Check', 'Suggested Read', 'Do Read'])}: "
             f"{_headline(rng, ctx)}")]


def _t23_with_inputs(rng: random.Random, ctx: dict) -> list[str]:
    pool = AGENCIES23 + list(AGENCIES)
    a, b = rng.sample(pool, 2)
    return [rng.choice([
        "(With inputs from agencies)", f"(With inputs from {a})", f"(With inputs from {a} and {b})",
        "- With agency inputs", f"With {a} inputs", f"Inputs: {a}, {b}",
        f"(This story has been edited for length. With inputs from {a}.)",
        f"(Reporting by {_p23(rng)}; Editing by {_p23(rng)})", "(With agency inputs)", f"— {a}",
    ])]


def _t23_syndicated_disclaimer(rng: random.Random, ctx: dict) -> list[str]:
    site, agency = _site23(rng), rng.choice(AGENCIES23)
    return [rng.choice([
        (f"Disclaimer: This story is auto-generated from a syndicated feed. {site} has not edited the content and "
         "is not responsible for it."),
        f"(This story has not been edited by {site} staff and is auto-generated from a syndicated news feed.)",
        (f"Only the headline and picture of this report may have been reworked by the {site} staff; the rest of the "
         "content is auto-generated from a syndicated feed."),
        (f"Disclaimer: This article is published as received from {agency}. The views expressed are those of the "
         f"sources and do not reflect the position of {site}."),
        (f"Note: This is wire copy. {site} takes no responsibility for errors in the text, which is reproduced "
         f"verbatim from {agency}."),
        (f"This report is published from a wire agency feed without modifications to the text. Only the headline "
         f"has been changed by {site}."),
    ])]


def _t23_google_news(rng: random.Random, ctx: dict) -> list[str]:
    site = _site23(rng)
    sec = rng.choice(["business", "sports", "politics", "city", "world", "technology", "entertainment"])
    return rng.choice([
        ["Follow us on Google News"], [f"Follow {site} on Google News for the latest updates"],
        ["Google News", "Follow"], [f"📰 Stay updated - Follow {site} on Google News"],
        [f"Click here to add {site} as a preferred source on Google", "Follow"],
        [f"Catch all the {sec} news, breaking news and latest updates on {site}. Follow us on Google News."],
        ["FOLLOW US ON GOOGLE NEWS", "Click Here"],
    ])


def _t23_whatsapp_channel(rng: random.Random, ctx: dict) -> list[str]:
    region = _region(rng)
    site, city = _site23(rng, region), rng.choice(region.cities)
    return rng.choice([
        [(f"Join {site}'s WhatsApp channel for the biggest stories of the day, delivered to your phone as they "
          "break.")],
        [(f"Stay informed on the go: follow the {site} channel on WhatsApp and get headlines on politics, business "
          "and sport without opening the app.")],
        ["Join our WhatsApp Channel", "Click here"],
        [f"📲 Get the latest news on WhatsApp - tap to join the {site} channel"],
        [f"{site} is now on WhatsApp. Join our channel and be the first to know when news breaks in {city}."],
        [(f"Never miss an update on fuel prices, school closures and traffic in {city}. Join our WhatsApp channel "
          "today, it is free.")],
    ])


def _t23_telegram_join(rng: random.Random, ctx: dict) -> list[str]:
    site = _site23(rng)
    handle = _stem(site)[:14] + rng.choice(["", "news", "_official", "live"])
    return rng.choice([
        [f"Join our Telegram channel: t.me/{handle}"], ["Telegram", f"@{handle}", "Join now"],
        [f"Click here to join {site} on Telegram for instant updates"],
        [f"📢 {site} on Telegram · {_num(rng)} subscribers", "JOIN"],
        ["Follow us on Telegram | WhatsApp | Google News"],
        [f"For breaking news alerts, join us on Telegram (@{handle}) and WhatsApp."],
    ])


def _t23_epaper(rng: random.Random, ctx: dict) -> list[str]:
    region = _region(rng)
    site = _site23(rng, region)
    y, m, d = _ymd(rng)
    return rng.choice([
        ["Read Today's E-Paper"], [f"E-Paper | {d} {MONTHS[m - 1]} {y}"],
        [f"{site} ePaper", f"{WEEKDAYS[(y + m + d) % 7]}, {MONTHS[m - 1][:3]} {d}, {y}", "Read now"],
        [f"Read the digital replica of today's {site} e-paper, available from {rng.randint(5, 7)} AM every morning."],
        ["E-Paper", "Print Edition", "Archives"],
        [f"Subscribe to the e-paper for {region.cur}{rng.choice([49, 99, 149, 199, 299, 499])}/month"],
        [f"📰 {site} E-Paper · {rng.choice(region.cities)} Edition"],
    ])


def _t23_market_strip(rng: random.Random, ctx: dict) -> list[str]:
    region = _region(rng)
    lines = []
    for idx in _some(rng, region.indices, 2, 3):
        level, pct = rng.uniform(900, 80000), rng.uniform(0.02, 2.8)
        up = rng.random() < 0.5
        pts = level * pct / 100
        lines.append(rng.choice([f"{idx} {level:,.2f} {'▲' if up else '▼'} {pts:,.2f} ({pct:.2f}%)",
                                 f"{idx}: {level:,.2f} {'+' if up else '-'}{pct:.2f}%",
                                 f"{idx} {level:,.0f} {'up' if up else 'down'} {pts:,.1f} pts"]))
    head = rng.choice([["Markets"], ["MARKET WATCH"], ["Live Market"], [f"Markets at {_hm(rng)} {region.tz}"], []])
    foot = rng.choice([[f"Data as of {_hm(rng)} {region.tz}"], ["Delayed by 15 minutes"], [], ["More market data ›"]])
    return [*head, *lines, *foot]


def _t23_fuel_rates(rng: random.Random, ctx: dict) -> list[str]:
    region = _region(rng)
    city = rng.choice(region.cities)
    picked = rng.sample(region.fuel, rng.randint(1, len(region.fuel)))
    lines = []
    for label, lo, hi, unit in picked:
        price = rng.uniform(lo, hi)
        change = rng.choice(["", f" (+{rng.uniform(0.1, 3):.2f})", f" (-{rng.uniform(0.1, 3):.2f})", " (unchanged)"])
        lines.append(f"{label}: {region.cur}{_money(price)}{unit}{change}")
    head = rng.choice(["Fuel Prices Today", "Petrol, Diesel Rates", f"Fuel rates in {city}", "FUEL PRICE",
                       f"Pump prices, {city}"])
    return [head, *lines, *rng.choice([["Rates revised daily at 6 AM"], [], [f"Updated {_date(rng)}"]])]


def _t23_gold_rates(rng: random.Random, ctx: dict) -> list[str]:
    region = _region(rng)
    g22 = rng.uniform(*region.gold)
    g24, silver = g22 * rng.uniform(1.07, 1.1), g22 / rng.uniform(70, 90)
    pool = [f"Gold 22K: {region.cur}{_money(g22)}/g", f"Gold 24K: {region.cur}{_money(g24)}/g",
            f"Gold (10 grams, 24 carat): {region.cur}{_money(g24 * 10)}", f"Silver: {region.cur}{_money(silver)}/g",
            f"Silver (1 kg): {region.cur}{_money(silver * 1000)}"]
    head = rng.choice(["Gold Rate Today", "Gold & Silver Rates", f"Today's gold price in {rng.choice(region.cities)}",
                       "BULLION", "Precious metals"])
    tail = rng.choice([["Rates are indicative and exclusive of taxes and making charges."], [],
                       ["Check city-wise rates ›"]])
    return [head, *_some(rng, pool, 2, 4), *tail]


def _t23_forex_strip(rng: random.Random, ctx: dict) -> list[str]:
    region = _region(rng)
    parts = []
    for pair, lo, hi in region.forex:
        rate = rng.uniform(lo, hi)
        parts.append(f"{pair} {rate:,.4f}" + rng.choice(["", f" ▲{rng.uniform(0, 0.6):.2f}%",
                                                         f" ▼{rng.uniform(0, 0.6):.2f}%"]))
    if rng.random() < 0.5:
        return [" | ".join(parts)]
    return [rng.choice(["Currency", "FOREX", "Exchange rates"]), *parts]


def _t23_trending_topics(rng: random.Random, ctx: dict) -> list[str]:
    tags = _some(rng, TRENDING23 + list(TOPICS)[:6], 3, 7)
    label = rng.choice(["Trending Topics", "TRENDING", "Trending Now", "Hot Topics", "Top Searches", "🔥 Trending"])
    sep = rng.choice([" | ", " · ", ", "])
    return rng.choice([[label, *tags], [f"{label}: {sep.join(tags)}"], [label, sep.join(tags)]])


def _t23_first_published(rng: random.Random, ctx: dict) -> list[str]:
    tz = _region(rng).tz
    y, m, d = _ymd(rng)
    first, last = _stamp23(rng, tz, y, m, d), _stamp23(rng, tz, y, m, min(28, d + rng.randint(0, 2)))
    return rng.choice([
        [f"First Published: {first} | Last Updated: {last}"],
        [f"First published: {first}", f"Last updated: {last}"],
        [f"Published on: {first}"], [f"Updated On {last}"], [f"Posted On: {first}"],
        [f"Published - {first}", f"Updated - {last}"],
        [f"FIRST PUBLISHED: {first.upper()}"],
    ])


def _t23_horoscope(rng: random.Random, ctx: dict) -> list[str]:
    preds = ["A long-pending matter at work moves forward, but avoid signing anything in a hurry.",
             "Family members may need more of your attention in the evening.",
             "Money spent on travel now is likely to pay off later in the month.",
             "Keep your temper in check during discussions with seniors.",
             "Health stays stable, though a change in diet would help.",
             "An old friend brings news that lifts your mood.",
             "Students should avoid distractions as exams approach.",
             "A property matter may finally be settled in your favour.",
             "Be careful with borrowed money; repayments could become a burden.",
             "Romance looks promising, but do not rush into commitments."]
    colours = ["red", "saffron", "sky blue", "green", "white", "maroon", "yellow", "grey", "purple"]
    picked = rng.sample(SIGNS, rng.randint(1, 2))
    lines = []
    for sign, span in picked:
        text = " ".join(rng.sample(preds, rng.randint(1, 3)))
        extra = rng.choice(["", f" Lucky colour: {rng.choice(colours)}.", f" Lucky number: {rng.randint(1, 9)}.",
                            f" Lucky colour: {rng.choice(colours)}. Lucky number: {rng.randint(1, 9)}."])
        lines.append(rng.choice([f"{sign} ({span}): {text}{extra}", f"{sign.upper()}: {text}{extra}"]))
    head = rng.choice([["Horoscope Today"], [f"Daily Horoscope, {_date(rng)}"], ["Your stars today"], []])
    return [*head, *lines]


def _t23_cricket_widget(rng: random.Random, ctx: dict) -> list[str]:
    (na, a), (nb, b) = rng.sample(TEAMS23, 2)
    runs_a, wk_a = rng.randint(120, 240), rng.randint(2, 10)
    runs_b, wk_b = rng.randint(40, runs_a + 10), rng.randint(0, 9)
    overs = f"{rng.randint(5, 19)}.{rng.randint(0, 5)}"
    match = rng.choice(["1st T20", "2nd T20", "3rd ODI", "Match 23", "Qualifier 1", "Final", "Eliminator"])
    return rng.choice([
        [f"LIVE | {match}", f"{a} {runs_a}/{wk_a} (20 ov)", f"{b} {runs_b}/{wk_b} ({overs} ov)",
         f"{nb} need {max(1, runs_a + 1 - runs_b)} runs"],
        [f"{na} vs {nb}", f"{a} {runs_a}/{wk_a}", f"{b} {runs_b}/{wk_b} ({overs})",
         f"CRR: {rng.uniform(5, 11):.2f} | RRR: {rng.uniform(6, 14):.2f}"],
        [f"{na} won by {rng.randint(2, 80)} runs", "Scorecard | Commentary | Highlights"],
        ["Live Score", f"{a} vs {b}", f"{match} · {rng.choice(['Live', 'Innings Break', 'Stumps', 'Result'])}"],
        [f"{a} {runs_a}/{wk_a} & {b} {runs_b}/{wk_b} · {nb} won by {rng.randint(1, 9)} wickets"],
        ["Cricket Scores", f"{na} {runs_a}-{wk_a}", f"{nb} {runs_b}-{wk_b}", "Full scorecard ›"],
    ])


def _t23_byline_agency(rng: random.Random, ctx: dict) -> list[str]:
    region = _region(rng)
    site = _site23(rng, region)
    return rng.choice([
        [f"Written by {_p23(rng)} | Edited by {_p23(rng)}"], [f"Reported by: {_p23(rng)}", f"Edited by: {_p23(rng)}"],
        [f"{site} Web Desk"], [f"By {site} News Service"], [f"Curated by {_p23(rng)}"],
        [f"{_p23(rng)}", f"{rng.choice(region.cities)} Bureau"], ["Online Desk"],
        [f"Written By: {_p23(rng)}", "Trending Desk", f"{rng.randint(2, 8)} min read"],
    ])


def _t23_media_enquiries(rng: random.Random, ctx: dict) -> list[str]:
    region = _region(rng)
    org = _org(rng)
    dom = _org_domain(org, region)
    who = _p23(rng)
    role = rng.choice(["Communications Officer", "Head of Media Relations", "Press Secretary",
                       "Public Relations Officer", "Senior Media Adviser", "Director of Communications"])
    head = rng.choice(["Media enquiries", "MEDIA CONTACT", "For media enquiries, please contact:", "Media contacts",
                       "Press office", "For more information:"])
    pool = [f"{who}, {role}", org, f"Tel: {_phone23(rng, region)}", f"Mobile: {_phone23(rng, region)}",
            f"Email: {rng.choice(['press', 'media', 'communications', 'pressoffice'])}@{dom}",
            f"Out of hours: {_phone23(rng, region)}", f"Website: www.{dom}"]
    return [head, *_some(rng, pool, 2, 6)]


def _t23_notes_to_editors(rng: random.Random, ctx: dict) -> list[str]:
    org = _org(rng)
    m1 = rng.randint(0, 8)
    y = rng.randint(2016, 2024)
    pool = [(f"The survey was carried out between {MONTHS[m1]} and {MONTHS[m1 + 3]} {y} among "
             f"{rng.randint(2, 40) * 500:,} households in {rng.randint(4, 36)} districts."),
            ("The full report, including regional breakdowns of school attendance, is available on request from the "
             "press office."),
            ("Figures for hospital admissions are provisional and will be revised when the final quarterly return is "
             "published."),
            (f"Interview opportunities are available on {WEEKDAYS[rng.randint(0, 4)]} morning; please contact the "
             "press office to arrange."),
            f"High-resolution images may be used free of charge with the credit '{org}'.",
            (f"The programme is funded jointly by the national government and {rng.randint(3, 30)} participating local "
             "authorities."),
            f"{rng.choice(NGOS)} is registered under charity number {rng.randint(100000, 999999)}.",
            ("Road casualty numbers are taken from police collision reports and exclude incidents that were not "
             "reported."),
            f"A summary of the findings will be presented at a public meeting in {rng.choice(MONTHS)}."]
    picked = rng.sample(pool, rng.randint(2, 4))
    mark = rng.choice(["{}. ", "{}) ", "({}) ", "{} - "])
    head = rng.choice(["Notes to editors", "NOTES TO EDITORS", "Notes for editors", "Editor's notes",
                       "Background for editors"])
    return [head, *(mark.format(i) + p for i, p in enumerate(picked, 1))]


def _t23_about_org(rng: random.Random, ctx: dict) -> list[str]:
    region = _region(rng)
    org = _org(rng)
    y = rng.randint(1948, 2015)
    mission = rng.choice(["improve access to clean water in rural communities",
                          "make roads safer for pedestrians and cyclists",
                          "raise literacy rates among primary school children", "strengthen public health services",
                          "support small farmers facing drought and floods", "reduce waiting times in public hospitals",
                          "bring affordable bus services to outlying towns"])
    if org in GOVT:
        remit, mission = GOVT_FOCUS[org]
        desc = f"the government body responsible for {remit}"
    elif org in UNIS:
        desc = f"a public research university with more than {rng.randint(4, 60) * 1000:,} students"
    else:
        desc = rng.choice(["an independent, not-for-profit organisation", "a registered charity",
                           "a non-governmental organisation working at community level"])
    head = rng.choice([f"About {_the(org)}", f"ABOUT {_the(org).upper()}", "About us", f"About {_the(org)}:"])
    body = rng.choice([
        (f"{_the(org, True)} is {desc}. Founded in {y}, it works with partners in {rng.randint(3, 60)} districts to "
         f"{mission}. For more information, visit www.{_org_domain(org, region)}."),
        (f"Established in {y}, {_the(org)} is {desc}. Its mission is to {mission}, and it publishes an annual report "
         "on its progress."),
        (f"{_the(org, True)} is {desc}. Since {y} it has worked to {mission}. "
         + ("It reports to parliament every year." if org in GOVT
            else "It receives no funding from political parties.")),
    ])
    return [head, body]


def _t23_end_marker(rng: random.Random, ctx: dict) -> list[str]:
    return rng.choice([["ENDS"], ["-ENDS-"], ["- Ends -"], ["-30-"], ["###"], ["# # #"], ["END"], ["-END-"],
                       ["ENDS", "", "Notes to editors follow below"], ["***"], ["— ENDS —"], ["- 30 -"]])


def _t23_embargo(rng: random.Random, ctx: dict) -> list[str]:
    tz = _region(rng).tz
    y, m, d = _ymd(rng)
    day, when = WEEKDAYS[(y + m + d) % 7], f"{d} {MONTHS[m - 1]} {y}"
    return rng.choice([
        [f"EMBARGOED UNTIL {_hm(rng)} {tz} {day.upper()} {when.upper()}"], [f"Embargo: {when} at {_hm(rng)} {tz}"],
        ["For immediate release"], ["FOR IMMEDIATE RELEASE"], [f"Strictly embargoed until 00:01 {tz}, {day} {when}"],
        [f"Under embargo until {_hm12(rng)} ({tz}) {when} - not for broadcast or publication before this time"],
        ["NOT FOR PUBLICATION BEFORE", f"{_hm(rng)} {tz} {when}"],
        ["FOR RELEASE:", f"{day}, {when}"],
    ])


def _t23_release_distribution(rng: random.Random, ctx: dict) -> list[str]:
    region = _region(rng)
    org, wire = _org(rng), rng.choice(WIRES)
    dom = _org_domain(org, region)
    return rng.choice([
        [(f"This press release was distributed by {wire} on behalf of {_the(org)}. {wire} is not responsible for its "
          "content.")],
        [f"Issued by the Directorate of Public Information, {rng.choice(GOVT)}, on {_date(rng)}."],
        [f"Distributed by {wire}. For the full release, photographs and video, visit {dom}/newsroom."],
        [f"Source: {org}", f"Distribution: {wire}", f"Release ID: {rng.randint(100000, 999999)}"],
        [(f"The information in this release was accurate at the time of issue. Journalists who wish to receive "
          f"future releases from {_the(org)} can join the press list at {dom}.")],
        [f"View the original release on {wire}: {_stem(wire)}.com/r/{rng.randint(10000, 99999)}"],
    ])


def _t23_accessibility_statement(rng: random.Random, ctx: dict) -> list[str]:
    region = _region(rng)
    org = _org(rng)
    email = f"access@{_org_domain(org, region)}"
    return rng.choice([
        [(f"{_the(org, True)} is committed to making this website accessible to everyone. If you cannot use any "
          f"part of this page, email {email} and we will reply within {rng.randint(3, 15)} working days.")],
        [("This page has been checked against the WCAG 2.1 AA standard. Some older PDF documents may not be fully "
          "accessible; ask us if you need a document in large print, audio or Braille.")],
        ["Accessibility statement", "Screen reader access", "Skip to main content", "A-  A  A+", "High contrast"],
        [("Our aim is for everyone to be able to use this site, including people who rely on screen magnifiers, "
          "voice software or a keyboard alone. Tell us if something does not work for you.")],
        [(f"Accessibility: if you need this release in another format, contact the press office on "
          f"{_phone23(rng, region)}.")],
    ])


def _t23_page_useful(rng: random.Random, ctx: dict) -> list[str]:
    return rng.choice([
        ["Was this page useful?", "Yes", "No"], ["Was this page useful? Yes / No"],
        ["Did you find what you were looking for?", "Yes", "No", "Report a problem with this page"],
        ["Rate this page", "☆☆☆☆☆"], ["Thank you for your feedback."],
        [f"Was this information helpful? ({rng.randint(3, 900)} people found this helpful)", "Yes", "No"],
        ["Help us improve this website", "Was this page helpful?", "👍 Yes", "👎 No"],
    ])


def _t23_share_page(rng: random.Random, ctx: dict) -> list[str]:
    return rng.choice([
        ["Share this page", *_some(rng, ["Facebook", "X", "LinkedIn", "WhatsApp", "Email", "Print"], 2, 5)],
        ["Share this page:", "Copy link"], ["Share: Facebook | X | WhatsApp | Email"],
        ["Print this page", "Download as PDF", "Share"], ["SHARE", "f", "in", "✉"],
        ["Share this release", "Link copied to clipboard"],
    ])


def _t23_last_reviewed(rng: random.Random, ctx: dict) -> list[str]:
    return rng.choice([
        [f"Last reviewed: {_date(rng)}"], [f"Page last reviewed: {_date(rng)}", f"Next review due: {_date(rng)}"],
        [f"Last updated on {_date(rng)}"],
        [f"Content last reviewed {_date(rng)} by the {rng.choice(GOVT)} communications team"],
        [f"Reviewed: {rng.choice(MONTHS)} {rng.randint(2016, 2024)}"],
        [f"Page updated: {_date(rng)} | Version 1.{rng.randint(0, 9)}"],
    ])


def _t23_foi_prose(rng: random.Random, ctx: dict) -> list[str]:
    region = _region(rng)
    org = _org(rng)
    email = f"foi@{_org_domain(org, region)}"
    pool = [(f"Under the Right to Information Act, any citizen may request information held by {_the(org)}. "
             "Applications should be addressed to the Public Information Officer and must be accompanied by the "
             "prescribed fee."),
            (f"If you would like information that is not already published on this website, you can make a Freedom "
             f"of Information request by writing to {email}. We normally reply within {rng.choice([20, 21, 30])} "
             "working days."),
            ("Information released in response to previous requests is published in our disclosure log, which is "
             "updated every quarter."),
            ("Requests for personal data about yourself are handled separately under data protection law and should "
             "be marked 'Subject access request'."),
            ("Some information may be withheld where releasing it would harm national security, an ongoing "
             "investigation or commercial interests.")]
    head = rng.choice([["Freedom of Information"], ["Right to Information"], ["Access to information"], []])
    return [*head, *rng.sample(pool, rng.randint(1, 2))]


def _t23_complaints_prose(rng: random.Random, ctx: dict) -> list[str]:
    org = _org(rng)
    pool = [(f"If you are unhappy with the service you have received from {_the(org)}, please tell us. We will "
             f"acknowledge your complaint within {rng.randint(2, 5)} working days and aim to send a full response "
             f"within {rng.choice([10, 15, 20, 28])} days."),
            (f"Complaints about the content of this release should be addressed to the Head of Communications, {org}, "
             f"P.O. Box {rng.randint(100, 99999)}."),
            ("If you remain dissatisfied after our final response, you may refer the matter to the independent "
             "ombudsman, whose decision is binding on us."),
            ("Grievances can also be lodged online through the public grievance portal; please quote your reference "
             "number in all correspondence."),
            ("We treat every complaint fairly and in confidence, and making a complaint will not affect the services "
             "you receive from us.")]
    head = rng.choice([["Complaints procedure"], ["Making a complaint"], ["Public grievances"], []])
    return [*head, *rng.sample(pool, rng.randint(1, 2))]


def _t23_press_release_header(rng: random.Random, ctx: dict) -> list[str]:
    region = _region(rng)
    y = rng.randint(2016, 2024)
    n = rng.randint(1, 480)
    pool = [rng.choice(["PRESS RELEASE", "MEDIA RELEASE", "NEWS RELEASE", "Press Statement"]), _org(rng),
            f"Release No. {n}/{y}", f"Ref: PR/{y}/{n:03d}", f"{rng.choice(region.cities)}, {_date(rng)}",
            "Press Information Office", f"Category: {rng.choice(['Health', 'Education', 'Transport', 'Agriculture'])}"]
    return _some(rng, pool, 1, 4)


def _t23_statistics_note(rng: random.Random, ctx: dict) -> list[str]:
    m1, y = rng.randint(0, 8), rng.randint(2016, 2024)
    pool = [(f"These figures are provisional and cover {MONTHS[m1]} to {MONTHS[m1 + 2]} {y}. Final figures for "
             f"hospital admissions will be published in {MONTHS[m1 + 3]}."),
            (f"School enrolment data are collected from {rng.randint(200, 9000):,} institutions and may not add up "
             "to the totals shown because of rounding."),
            ("Crime statistics in this release are based on incidents recorded by police and do not include offences "
             "that were never reported."),
            ("Passenger numbers for bus and rail services are estimates derived from ticket sales and should be "
             "treated with caution."),
            f"Unemployment figures are seasonally adjusted. The next labour market bulletin is due on {_date(rng)}.",
            (f"Rainfall totals are measured at {rng.randint(12, 400)} automatic weather stations and compared with "
             f"the {y - 30}-{y - 1} average."),
            "Inflation figures refer to the consumer price index for urban households unless stated otherwise."]
    label = rng.choice(["Note: ", "About the statistics: ", "Methodology: ", "", "Data note: "])
    picked = rng.sample(pool, rng.randint(1, 2))
    return [label + " ".join(picked)]


def _t23_public_advisory(rng: random.Random, ctx: dict) -> list[str]:
    region = _region(rng)
    city = rng.choice(region.cities)
    road = rng.choice(["Ring Road", "Coastal Highway", "Station Road flyover", "Old Market bypass", "Airport Road"])
    pool = [(f"Members of the public are advised to avoid the {road} between {_hm12(rng)} and {_hm12(rng)} while "
             "repair work is carried out."),
            (f"Residents in low-lying areas of {city} should keep emergency numbers at hand and follow instructions "
             "from disaster officials while the heavy rain warning is in force."),
            (f"Parents are reminded that the free vaccination drive for children under five runs at all government "
             f"health centres until {_date(rng)}."),
            (f"Commuters should allow extra time for journeys, as the {rng.choice(['Blue', 'Red', 'Harbour', 'East'])} "
             "Line will run a reduced timetable this weekend."),
            (f"The public is urged to report suspicious activity to the nearest police station or call the toll-free "
             f"number {rng.randint(100, 199)}."),
            ("Motorists are cautioned against buying fuel from unlicensed roadside sellers, which has been linked to "
             "engine damage and fires."),
            "Schools will remain closed tomorrow as a precaution; online classes will continue as scheduled."]
    head = rng.choice([["PUBLIC ADVISORY"], ["Advisory:"], ["Important notice"], [], ["Public notice"]])
    return [*head, *rng.sample(pool, rng.randint(1, 2))]


def _t23_programme_background(rng: random.Random, ctx: dict) -> list[str]:
    region = _region(rng)
    scheme, y = rng.choice(SCHEMES), rng.randint(2012, 2022)
    a, b = rng.randint(2, 90), rng.randint(2, 90)
    pool = [(f"The {scheme}, launched in {y}, has so far reached {rng.randint(20, 950) * 1000:,} beneficiaries "
             f"across {rng.randint(5, 80)} districts, according to official figures."),
            (f"Under the scheme, eligible households receive a monthly allowance of {region.cur}"
             f"{rng.randint(5, 300) * 10:,}, paid directly into their bank accounts."),
            (f"Since its launch, the initiative has built {rng.randint(40, 900)} classrooms and trained more than "
             f"{rng.randint(2, 90) * 100:,} teachers in rural areas."),
            (f"The government has allocated {region.cur}{max(a, b)} billion to the programme in the current financial "
             f"year, up from {region.cur}{min(a, b)} billion last year."),
            ("Officials say the next phase will focus on road safety near schools and on extending bus services to "
             "outlying villages."),
            "An independent evaluation of the first phase is expected to be published before the end of the year."]
    head = rng.choice([["Background"], ["About the scheme"], [], []])
    return [*head, " ".join(rng.sample(pool, rng.randint(1, 3)))]


def _t23_editorial_standards(rng: random.Random, ctx: dict) -> list[str]:
    region = _region(rng)
    site = _site23(rng, region)
    council = rng.choice(["Press Standards Council", "Media Complaints Commission", "Independent Press Board"])
    email = f"{rng.choice(['corrections', 'readerseditor', 'feedback'])}@{_stem(site)[:16]}.com{region.tld}"
    return [rng.choice([
        (f"{site} is committed to accurate and fair reporting. If you spot an error in this story, write to {email} "
         "and our readers' editor will look into it."),
        (f"All content on {site} is protected by copyright. Reproduction in any form without written permission "
         "from the publisher is prohibited."),
        (f"{site} follows the code of conduct of the {council}. Complaints not resolved by the editor can be taken "
         "to the council."),
        (f"We strive to keep our reporting free of commercial and political influence. Read {site}'s editorial "
         "policy and our corrections archive on the About page."),
    ])]


def _t23_comments_disclaimer(rng: random.Random, ctx: dict) -> list[str]:
    site = _site23(rng)
    return rng.choice([
        [(f"Disclaimer: Comments posted by readers are the views of the individual and not of {site}. Please keep "
          "your comments relevant and avoid personal attacks, obscene language or communal remarks.")],
        [("Readers are requested to refrain from posting defamatory or inflammatory content. Comments that break "
          "these guidelines will be removed without notice.")],
        ["Post a comment", "Comments (0)", "Be the first to comment"],
        [(f"Comments are moderated and will be published only if they meet {site}'s guidelines. Please do not share "
          "phone numbers or personal details.")],
    ])


def _t23_sponsored_feature(rng: random.Random, ctx: dict) -> list[str]:
    site = _site23(rng)
    return rng.choice([
        ["Brand Post"], ["SPONSORED FEATURE"], ["Partner Content"], ["Impact Feature"],
        [(f"Disclaimer: This is a company press release. No {site} journalist was involved in the creation of this "
          "content.")],
        [("This article is a paid feature. The views and opinions expressed are those of the advertiser and do not "
          "reflect the editorial stance of this publication.")],
        [f"Content on this page is produced by the {site} Brand Studio on behalf of the advertiser."],
    ])


def _t23_footer_gov(rng: random.Random, ctx: dict) -> list[str]:
    y = rng.randint(2016, 2024)
    pool = [f"Content owned and maintained by the {rng.choice(GOVT)}",
            "Website designed and hosted by the "
            + rng.choice(["State Informatics Centre", "National e-Services Unit"]),
            "Hyperlinking Policy | Copyright Policy | Privacy Policy | Terms & Conditions | Help",
            f"Last updated: {_date(rng)}", f"Visitors: {rng.randint(100000, 9999999):,}",
            "Best viewed in 1366 x 768 resolution", "Screen Reader Access", "Sitemap",
            f"© {y} {_org(rng)}. All rights reserved."]
    return _some(rng, pool, 1, 4)


def _t23_app_download(rng: random.Random, ctx: dict) -> list[str]:
    site = _site23(rng)
    return rng.choice([
        [f"Download the {site} App for iOS and Android"], ["Get the app:", "Google Play", "App Store"],
        [f"📱 Read {site} on the go - download our app for faster news, live scores and market updates."],
        ["Download App", "Scan the QR code"],
        [f"Enjoy an ad-free experience in the {site} app. Download now."],
    ])


def _t23_social_follow_bar(rng: random.Random, ctx: dict) -> list[str]:
    site = _site23(rng)
    plats = _some(rng, ["Facebook", "Instagram", "X", "YouTube", "LinkedIn", "Threads", "Telegram"], 3, 6)
    return rng.choice([["Follow us on:", *plats], [f"Connect with {site}: {' · '.join(plats)}"],
                       [f"Follow {site} on {', '.join(plats[:-1])} and {plats[-1]}"]])


def _t23_tags_line(rng: random.Random, ctx: dict) -> list[str]:
    tags = _some(rng, TRENDING23 + list(SECTIONS)[:6], 2, 6)
    return rng.choice([["Tags:", *tags], [f"Tags: {', '.join(tags)}"], [f"Topics: {' | '.join(tags)}"],
                       ["TAGS", " ".join(f"#{t.replace(' ', '')}" for t in tags)]])


def _t23_read_time(rng: random.Random, ctx: dict) -> list[str]:
    n = rng.randint(1, 12)
    return rng.choice([[f"{n} min read"], [f"Updated: {rng.randint(1, 23)} hrs ago"],
                       [f"{n} min read · {_num(rng)} views"],
                       [f"Reading time: {n} mins"], [f"{WEEKDAYS[rng.randint(0, 6)]}, {_date(rng)}"],
                       [f"{n} Min Read", "Listen to this article"]])


def _t23_photo_credit(rng: random.Random, ctx: dict) -> list[str]:
    credit = rng.choice(AGENCIES23 + ["Special Arrangement", "File", "X/@" + _code(rng, 8), _p23(rng)])
    caption = rng.choice(CAPTIONS23 + list(CAPTIONS)[:3])
    return [rng.choice([
        "Representative image", f"Representative Image | Photo Credit: {credit}",
        "Image used for representational purposes only.", f"File photo: {caption} (Photo: {credit})",
        f"{caption} | Photo Credit: {credit}", f"(Photo: {credit})", f"{caption}. Image: {_site23(rng)} / {_p23(rng)}",
        f"Photo for representation. (Credit: {credit})",
    ])]


def _t23_video_promo(rng: random.Random, ctx: dict) -> list[str]:
    dur = f"{rng.randint(0, 12)}:{rng.randint(0, 59):02d}"
    return rng.choice([
        ["WATCH:", _headline(rng, ctx)], [f"Watch | {_headline(rng, ctx)}"], [f"VIDEO: {_headline(rng, ctx)}", dur],
        ["Watch Video", dur, "Also watch", _headline(rng, ctx)], [f"▶ {_headline(rng, ctx)} ({dur})"],
    ])


def _t23_breaking_ticker(rng: random.Random, ctx: dict) -> list[str]:
    pool = ["Breaking News", "LIVE TV", "Latest News", "Trending", "Top Stories", "E-Paper", "Elections", "Cricket",
            "Business", "Lifestyle", "Videos", "Photos", "Web Stories", "City"]
    picked = _some(rng, pool, 2, 6)
    return rng.choice([picked, [" | ".join(picked)]])


def _t23_language_switch(rng: random.Random, ctx: dict) -> list[str]:
    return rng.choice([
        ["English | हिन्दी | தமிழ் | മലയാളം"], ["EN | FIL"], ["Select language: English, Bahasa Melayu, 中文, தமிழ்"],
        [f"Edition: {rng.choice(['India', 'Nigeria', 'Kenya', 'Philippines', 'Singapore', 'Australia'])}",
         "Change edition"],
        ["Choose your edition: National | International"], ["Kiswahili | English"], ["English", "Yorùbá", "Hausa"],
    ])


def _t23_weather_widget(rng: random.Random, ctx: dict) -> list[str]:
    city = rng.choice(_region(rng).cities)
    t = rng.randint(14, 41)
    cond = rng.choice(["Partly cloudy", "Thunderstorms", "Haze", "Sunny", "Light rain", "Humid", "Overcast"])
    return rng.choice([[f"{city} {t}°C", cond], [f"{city}: {cond}, {t}°C · AQI {rng.randint(20, 420)}"],
                       [f"Weather | {city} | H {t + 3}° L {t - 6}°"], [f"🌤 {t}°C {city}"]])


def _t23_recent_releases(rng: random.Random, ctx: dict) -> list[str]:
    label = rng.choice(["Related news releases", "More press releases", "Latest from the newsroom",
                        "Recent media releases"])
    return [label, *(rng.choice([f"{_date(rng)} - {h}", f"{h} ({_date(rng)})", h])
                     for h in _headlines(rng, ctx, rng.randint(2, 4)))]


def _twentythird_templates() -> dict[str, tuple[str, Template]]:
    """English-language news sites outside the UK/US, and government / institutional press pages."""
    return {
        "also_read": ("i", _t23_also_read),
        "with_inputs": ("t", _t23_with_inputs),
        "syndicated_disclaimer": ("ht", _t23_syndicated_disclaimer),
        "google_news": ("it", _t23_google_news),
        "whatsapp_channel": ("it", _t23_whatsapp_channel),
        "telegram_join": ("hit", _t23_telegram_join),
        "epaper": ("ht", _t23_epaper),
        "market_strip": ("hi", _t23_market_strip),
        "fuel_rates": ("hi", _t23_fuel_rates),
        "gold_rates": ("hi", _t23_gold_rates),
        "forex_strip": ("h", _t23_forex_strip),
        "trending_topics": ("ht", _t23_trending_topics),
        "first_published": ("h", _t23_first_published),
        "horoscope": ("it", _t23_horoscope),
        "cricket_widget": ("hi", _t23_cricket_widget),
        "byline_agency": ("h", _t23_byline_agency),
        "media_enquiries": ("t", _t23_media_enquiries),
        "notes_to_editors": ("t", _t23_notes_to_editors),
        "about_org": ("t", _t23_about_org),
        "end_marker": ("t", _t23_end_marker),
        "embargo": ("h", _t23_embargo),
        "release_distribution": ("t", _t23_release_distribution),
        "accessibility_statement": ("t", _t23_accessibility_statement),
        "page_useful": ("t", _t23_page_useful),
        "share_page": ("ht", _t23_share_page),
        "last_reviewed": ("ht", _t23_last_reviewed),
        "foi_prose": ("t", _t23_foi_prose),
        "complaints_prose": ("t", _t23_complaints_prose),
        "press_release_header": ("h", _t23_press_release_header),
        "statistics_note": ("it", _t23_statistics_note),
        "public_advisory": ("it", _t23_public_advisory),
        "programme_background": ("it", _t23_programme_background),
        "editorial_standards": ("t", _t23_editorial_standards),
        "comments_disclaimer": ("t", _t23_comments_disclaimer),
        "sponsored_feature": ("h", _t23_sponsored_feature),
        "footer_gov": ("t", _t23_footer_gov),
        "app_download": ("it", _t23_app_download),
        "social_follow_bar": ("t", _t23_social_follow_bar),
        "tags_line": ("t", _t23_tags_line),
        "read_time": ("h", _t23_read_time),
        "photo_credit": ("hi", _t23_photo_credit),
        "video_promo": ("i", _t23_video_promo),
        "breaking_ticker": ("h", _t23_breaking_ticker),
        "language_switch": ("h", _t23_language_switch),
        "weather_widget": ("h", _t23_weather_widget),
        "recent_releases": ("t", _t23_recent_releases),
    }


# --- twentyfourth: social and community layers ---------------------------------------------------------------------

GIVEN24 = ["Marisol", "Teodor", "Yewande", "Callista", "Bartosz", "Odalys", "Kenji", "Lucinda", "Amadou", "Saoirse",
           "Ingrid", "Thaddeus", "Zainab", "Perrin", "Valentina", "Ezra", "Hollis", "Noor"]
FAMILY24 = ["Quintero", "Halvorsen", "Adeyinka", "Brightwater", "Kowalczyk", "Esterhuizen", "Marwick", "Okonkwo",
            "Vasquez-Lin", "Fennimore", "Sutcliffe", "Abara", "Lindqvist", "Harrowgate", "Moreau", "Tsang", "Ellery"]
USER_A = ["quiet", "rusty", "northern", "grumpy", "sleepy", "salty", "midnight", "tired", "lucky", "cosmic", "humble",
          "feral", "rainy", "local", "retired", "anxious", "wandering", "solar"]
USER_B = ["commuter", "otter", "badger", "teacher", "voter", "taxpayer", "walrus", "gardener", "nurse", "pigeon",
          "cyclist", "landlord", "economist", "plumber", "referee", "kettle", "heron", "sceptic"]
ACCOUNTS = [("Millbrook Transit", "MillbrookTransit"), ("Kessington Weather Desk", "KessWeather"),
            ("Ravensworth Police", "RavensworthPol"), ("Oakhollow Council", "OakhollowCouncil"),
            ("Stanmere Rovers FC", "StanmereRovers"), ("Brackenford Ambulance", "BrackAmbulance"),
            ("Eastmere Schools Trust", "EastmereSchools"), ("Civic Square News", "CivicSquareNews")]
PLATFORMS = ["Chirrup", "Lumigram", "ClipStream", "Threadline", "Tiktap", "Hivepost"]
VIDEO_PLATFORMS = ["ClipStream", "Tiktap", "VidLoop"]
TOWNS24 = ["Millbrook", "Kessington", "Ravensworth", "Oakhollow", "Stanmere", "Brackenford", "Eastmere", "Penhallow"]
SUBS = ["NewsDiscussions", "CityOfMillbrook", "PersonalFinanceTalk", "TransitRants", "FootballTerraces",
        "TeachersLounge", "WeatherNerds", "CrimeWatchLocal", "Ravensworth", "GlobalMarketsChat", "HealthPolicy"]
# (subject, plural?) so comments can agree the verb: "the trains are", "the council is"
SUBJECTS24 = [("the economy", False), ("the health service", False), ("our schools", True),
              ("public transport", False), ("crime round here", False), ("the weather", False),
              ("house prices", True), ("energy bills", True), ("the council", False), ("hospital waiting lists", True),
              ("the trains", True), ("food prices", True), ("the police", True), ("the bus network", False),
              ("the local team", False)]
TAGS24 = ["CostOfLiving", "RailChaos", "StormWatch", "BudgetDay", "SchoolsOut", "DerbyDay", "HeatwaveAlert",
          "HospitalQueues", "CrimeMap", "FuelPrices", "VoteLocal", "FloodWatch", "TransferNews", "RateHike",
          "BinStrike", "NightBuses"]
COMMUNITY_SITES = ["The Millbrook Bugle", "Civic Square", "Ravensworth Today", "Local Voices Network",
                   "Town Crier Online", "The Penhallow Post"]
FACTCHECKERS = ["TruthLens Desk", "VerifyWatch", "ClaimCheck Network", "FactFinder Asia", "Context Collective"]
CHANNELS = ["Civic Square TV", "Millbrook Live", "The Daily Breakdown", "NewsBite", "Penhallow Post Video",
            "Explained in Five"]
AWARDS = ["Golden Quill", "Helpful Hand", "Big Brain", "Wholesome Heart", "Hot Take", "Silver Star", "Facepalm"]
POST_TEXTS = [
    ("Severe delays on the {line} this morning after a signal failure near {town}. Please allow extra time and check "
     "the app before you travel."),
    ("Our thoughts are with everyone affected by today's flooding in {town}. Crews are still working in the area, so "
     "please stay away if you can."),
    "Huge result tonight! Three points on the road and a clean sheet. What a performance from the whole squad 💪",
    ("Inflation numbers are out this morning and they're worse than anyone expected. The weekly shop isn't getting "
     "cheaper any time soon."),
    "Just spent four hours in A&E with my dad. The staff were brilliant but there simply weren't enough of them.",
    "Reminder: schools in {town} are closed tomorrow because of the storm warning. Stay safe, everyone.",
    ("Police are appealing for witnesses after a collision on {road} last night. If you have dashcam footage, please "
     "get in touch."),
    "Can't believe the council wants to cut the night buses. How are shift workers supposed to get home?",
    ("Temperatures will climb above {temp}C in parts of the region this weekend. Drink plenty of water and check on "
     "elderly neighbours."),
    "This is the third time this month my train has been cancelled. I've given up on getting to work on time.",
    "Rents in {town} have gone up by a third in two years and wages haven't moved. Something has to give.",
    "Proud of our students today. Record exam results despite everything this year has thrown at them 🎓",
]
OPINIONS = [
    "{S} {have} been a mess for years and nobody in charge seems to care.",
    "Nobody ever asks the people who actually live with {s} what they think.",
    "The money is there, it's just being wasted on consultants and reports.",
    "This is what happens when you ignore {s} for a decade and then act surprised.",
    "There are two sides to this and the article only gives you one of them.",
    "Blaming the last lot for {s} is getting old now, they've had plenty of time.",
    "We had exactly the same problem where I live and it took three years to sort out.",
    "It's easy to complain, but I haven't seen anyone offer a better plan.",
    "The numbers might look good on paper, but try telling that to anyone paying rent.",
    "I work in this sector and the reality is far worse than what gets reported.",
    "Honestly I think people are overreacting, things were much worse ten years ago.",
    "Funny how this only becomes news when it affects the people who run the place.",
    "My kids' school has had the same problem for months and nothing has been done.",
    "Every winter it's the same story, and every winter they promise it won't happen again.",
    "If anyone in charge took {s} seriously, half of these problems would never have happened.",
    "Fair play to the reporter for actually asking the awkward questions for once.",
    "I'd like to see the full figures before anyone jumps to conclusions.",
    "Good luck getting anyone to take responsibility for {s}.",
    "People keep saying {s} {be} not a problem until it affects them personally.",
    "Whatever you think of {s}, this article is a good summary of where things stand.",
]
OPENERS = ["Not surprised.", "Said this ages ago.", "Typical.", "Here we go again.", "Well said.",
           "Read the article before commenting, people.", "Interesting.", "This.", "Wow."]
CLOSERS = ["Just my two cents.", "Change my mind.", "Rant over.", "We'll see.", "Not holding my breath.",
           "Sad times.", "🙄", "Vote accordingly.", "Shocking.", "Anyway.", "👏👏"]
CHAT_MSGS = ["first", "here from the news app", "👏👏👏", "can't hear anything", "this is so sad",
             "who else is watching from {town}?", "volume pls", "LOL", "finally someone said it", "mods?", "🔥🔥",
             "where's the mayor", "this won't change anything", "audio keeps cutting out", "great coverage as always",
             "hello from the night shift", "any update on the trains?", "stay safe everyone"]


def _p24(rng: random.Random) -> str:
    return rng.choice(NAMES) if rng.random() < 0.1 else f"{rng.choice(GIVEN24)} {rng.choice(FAMILY24)}"


def _user(rng: random.Random) -> str:
    a, b, n = rng.choice(USER_A), rng.choice(USER_B), rng.randint(1, 9999)
    return rng.choice([f"{a}_{b}", f"{a.title()}{b.title()}{n}", f"{b}{n}", f"{a}-{b}-{n % 100}",
                       f"The{a.title()}{b.title()}", f"{rng.choice(GIVEN24).lower()}.{rng.choice(FAMILY24).lower()}",
                       f"{rng.choice(GIVEN24)}{rng.randint(70, 99)}"])


def _handle(rng: random.Random, name: str) -> str:
    first, _, last = name.partition(" ")
    stem = re.sub(r"[^A-Za-z]", "", last or first)
    return rng.choice([f"{first[:1].lower()}{stem.lower()}", f"{first}{stem[:1]}{rng.randint(1, 99)}",
                       f"{first.lower()}_{stem.lower()}", f"{stem}{first[:3]}", _user(rng).replace("-", "_")])


def _account(rng: random.Random) -> tuple[str, str]:
    """A (display name, handle) pair: an organisation or a private person."""
    if rng.random() < 0.35:
        return rng.choice(ACCOUNTS)
    name = _p24(rng)
    return name, _handle(rng, name)


def _ago(rng: random.Random) -> str:
    k = rng.randint(1, 23)
    return rng.choice(["just now", f"{k}m", f"{k}h", f"{k} minutes ago", f"{k} hours ago", "Yesterday",
                       f"{rng.randint(2, 9)} days ago", f"{rng.randint(1, 28)} {MONTHS[rng.randint(0, 11)][:3]}",
                       f"{_date(rng)} {_hm(rng)}", "1 day ago", f"{rng.randint(1, 11)} mo. ago"])


def _post_date(rng: random.Random) -> str:
    y, m, d = _ymd(rng)
    return f"{MONTHS[m - 1]} {d}, {y}"


def _post_text(rng: random.Random) -> str:
    text = rng.choice(POST_TEXTS).format(
        line=rng.choice(["Green Line", "Route 41", "Harbour Line", "northern loop", "Route 7 tram"]),
        town=rng.choice(TOWNS24), road=rng.choice(["the A614", "Mill Lane", "the ring road", "Quarry Hill"]),
        temp=rng.randint(30, 41))
    if rng.random() < 0.4:
        text += " " + " ".join(f"#{t}" for t in rng.sample(TAGS24, rng.randint(1, 2)))
    return text


def _pic_link(rng: random.Random) -> str:
    return rng.choice([f"pic.chirrup.com/{_code(rng, 10)}", f"chr.pm/{_code(rng, 8)}",
                       f"https://chr.pm/{_code(rng, 8)}", f"lumi.gr/p/{_code(rng, 11)}"])


def _subject(rng: random.Random) -> dict[str, str]:
    """Fills for a comment about one everyday news subject, with verbs that agree with it."""
    subj, plural = rng.choice(SUBJECTS24)
    return {"s": subj, "S": _upper_first(subj), "be": "are" if plural else "is", "have": "have" if plural else "has"}


def _opinion(rng: random.Random, lo: int = 1, hi: int = 2) -> str:
    """A reader's comment arguing about the story in generic terms: one to a few full sentences."""
    fills = _subject(rng)
    parts = [o.format(**fills) for o in rng.sample(OPINIONS, rng.randint(lo, hi))]
    if rng.random() < 0.35:
        parts.insert(0, rng.choice(OPENERS))
    if rng.random() < 0.35:
        parts.append(rng.choice(CLOSERS))
    return " ".join(parts)


def _short_take(rng: random.Random) -> str:
    return rng.choice(OPINIONS).format(**_subject(rng))


def _votes(rng: random.Random) -> str:
    up, down = rng.randint(0, 2400), rng.randint(0, 300)
    return rng.choice([f"▲ {up} ▼ {down}", f"👍 {up}  👎 {down}", f"{up} likes", f"{up - down} points",
                       f"Recommend ({up})", f"+{up} / -{down}", f"♥ {up}"])


def _t24_social_post(rng: random.Random, ctx: dict) -> list[str]:
    name, handle = _account(rng)
    text, when = _post_text(rng), _post_date(rng)
    link = _pic_link(rng)
    return rng.choice([
        [f"{text} {link}", f"— {name} (@{handle}) {when}"],
        [text, f"— {name} (@{handle}) {when}"],
        [name, f"@{handle}", text, f"{_hm12(rng)} · {when}"],
        [f"{text} {link}", f"— {name} (@{handle}) {when}", f"{_num(rng)} Reposts {_num(rng)} Likes"],
        [f"{name} @{handle} · {_ago(rng)}", text, link],
    ])


def _t24_social_counts(rng: random.Random, ctx: dict) -> list[str]:
    return rng.choice([
        [f"{_num(rng)} Reposts", f"{_num(rng)} Quotes", f"{_num(rng)} Likes", f"{_num(rng)} Bookmarks"],
        [f"{_num(rng)} replies  {_num(rng)} reposts  {_num(rng)} likes"], ["Reply", "Repost", "Like", "Share"],
        [f"♡ {_num(rng)}  ⟲ {_num(rng)}  💬 {_num(rng)}"], [f"Read {_num(rng)} replies"],
        [f"{_hm12(rng)} · {_post_date(rng)} · {_num(rng)} Views"], [f"{_num(rng)}", "Copy link to post"],
    ])


def _t24_pic_link(rng: random.Random, ctx: dict) -> list[str]:
    return rng.choice([[_pic_link(rng)], [f"#{rng.choice(TAGS24)} {_pic_link(rng)}"],
                       [_pic_link(rng), _pic_link(rng)], [f"via @{_handle(rng, _p24(rng))} {_pic_link(rng)}"]])


def _video_title(rng: random.Random, ctx: dict) -> str:
    town = rng.choice(TOWNS24)
    base = rng.choice([f"Flood water rises on {town} high street", "Council leader grilled over budget cuts",
                       f"{town} derby: all the goals", "Why are food prices still going up?",
                       "Inside the busiest A&E in the region", f"Bus drivers walk out in {town}",
                       "Heatwave: how to keep cool at home", _headline(rng, ctx)])
    suffix = rng.choice(["", " | Full press conference", " | LIVE", " | Raw footage", " | Explained", " | Highlights",
                         " | Viewer video", f" | {rng.choice(CHANNELS)}"])
    return base + suffix


def _t24_embed_video_title(rng: random.Random, ctx: dict) -> list[str]:
    plat, dur = rng.choice(VIDEO_PLATFORMS), f"{rng.randint(0, 48)}:{rng.randint(0, 59):02d}"
    title = _video_title(rng, ctx)
    return rng.choice([
        [title, rng.choice(CHANNELS), f"Watch on {plat}"], [title, dur],
        [f"▶ {title}", f"{_num(rng)} views · {dur}"],
        [rng.choice(CHANNELS), title, "Watch later", "Share", f"Watch on {plat}"],
        [f"{title} - {plat}"],
    ])


def _t24_watch_on(rng: random.Random, ctx: dict) -> list[str]:
    plat = rng.choice(VIDEO_PLATFORMS)
    return rng.choice([
        [f"Watch on {plat}"], ["Watch later", "Share", "Copy link"], [f"Watch on {plat}", "Tap to unmute"],
        ["▶", f"{rng.randint(0, 30)}:{rng.randint(0, 59):02d}", f"Watch on {plat}"],
        ["This video can't be played here.", f"Open it on {plat} instead"], ["More videos", "Include playlist"],
        [f"This video is not available to play on this site. Watch it on {plat}."],
    ])


def _t24_photo_post(rng: random.Random, ctx: dict) -> list[str]:
    name, handle = _account(rng)
    return rng.choice([
        ["View this post on Lumigram", f"Shared by {name} (@{handle})"],
        [f"{handle}", f"{_num(rng)} likes", "View more on Lumigram"],
        [f"Posted by {name} (@{handle})", "Add a comment...", f"{_num(rng)} likes"],
        [f"@{handle} • Follow", "View profile", f"{_num(rng)} posts · {_num(rng)} followers"],
    ])


def _t24_comment_header(rng: random.Random, ctx: dict) -> list[str]:
    n = rng.randint(0, 3000)
    return rng.choice([
        [f"Comments ({n})"], [f"{n} Comments", "Sort by", "Newest", "Oldest", "Most liked"],
        ["Join the discussion", f"{n} comments"], [f"Conversation ({n})", "Log in to join the conversation"],
        [f"Showing {min(n, rng.randint(5, 50))} of {n} comments"], ["Comments", "Sort by: Best ▾"],
        [f"💬 {n} comments", "Sort: Top | New | Old"],
    ])


def _comment_block(rng: random.Random, user: str, text: str) -> list[str]:
    when, votes = _ago(rng), _votes(rng)
    return rng.choice([
        [user, when, text, "Reply", "Report", votes], [f"{user} · {when}", text, f"{votes} · Reply · Report"],
        [f"{user} wrote:", text, f"Reply | Report | {when}"], [f"@{user}", text, votes, "Reply"],
        [user, f"Posted {when}", text, votes, "Reply", "Flag"],
    ])


def _t24_comment_item(rng: random.Random, ctx: dict) -> list[str]:
    return _comment_block(rng, _user(rng), _opinion(rng))


def _t24_comment_thread(rng: random.Random, ctx: dict) -> list[str]:
    first = _user(rng)
    lines = _comment_block(rng, first, _opinion(rng))
    for _ in range(rng.randint(1, 3)):
        who = _user(rng)
        reply = rng.choice([_opinion(rng, 1, 1), f"@{first} {_opinion(rng, 1, 1)}",
                            f"Completely disagree. {_short_take(rng)}", f"Agreed. {_short_take(rng)}"])
        head = rng.choice([f"{who} replied to {first}", f"↳ {who}", f"In reply to {first}", who])
        lines += ["", head, reply, rng.choice(["Reply", f"{_ago(rng)} · Reply", _votes(rng)])]
    return lines


def _t24_load_more(rng: random.Random, ctx: dict) -> list[str]:
    n = rng.randint(2, 400)
    return rng.choice([
        ["Load more comments"], [f"View {n} more replies"], ["Show more", "Hide replies"], [f"Load {n} more comments"],
        [f"See all {n} comments"], ["Older comments", "Newer comments"],
        [f"Page 1 of {rng.randint(2, 40)}", "Next ›"],
        [f"{n} more replies", "Show"],
    ])


def _t24_forum_post_meta(rng: random.Random, ctx: dict) -> list[str]:
    user, sub, k = _user(rng), rng.choice(SUBS), rng.randint(1, 23)
    return rng.choice([
        [f"Posted by u/{user} • {k}h"], [f"r/{sub}", f"Posted by u/{user} {k} hours ago"],
        [f"Submitted {k} hours ago by {user}"], [f"r/{sub} · {k}h ago", f"u/{user}"],
        [f"r/{sub}", f"Posted by u/{user} • {rng.randint(1, 9)}d", f"{_num(rng)} points • {_num(rng)} comments"],
        [f"submitted {k} hours ago by {user} to /r/{sub}"], [f"Posted in r/{sub} by u/{user} • {k}h • Edited"],
    ])


def _t24_forum_actions(rng: random.Random, ctx: dict) -> list[str]:
    c = rng.randint(2, 4000)
    return rng.choice([
        ["share save hide report"], [f"{c} comments share save hide report"],
        [f"{c} comments", "share", "save", "hide", "report", "crosspost"],
        ["Reply", "Give Award", "Share", "Report", "Save", "Follow"], [f"⬆ {_num(rng)}", "⬇", f"💬 {c}", "Share"],
        ["permalink embed save parent report give award reply"], [f"Vote {_num(rng)}", "Reply", "Share", "…"],
    ])


def _t24_forum_level(rng: random.Random, ctx: dict) -> list[str]:
    lines: list[str] = []
    depth = rng.randint(1, 2)
    for level in range(depth, depth + rng.randint(1, 3)):
        score = rng.choice([f"{rng.randint(-20, 3000)} points", "[score hidden]", f"{_num(rng)} points"])
        lines += [f"level {level}", _user(rng), f"· {_ago(rng)}" if rng.random() < 0.5 else score,
                  _opinion(rng, 1, 2)]
    more = rng.choice(["Continue this thread →", "Continue this thread", f"{rng.randint(1, 60)} more replies",
                       "Reply Share Report Save"])
    return [*lines, more]


def _t24_forum_sidebar(rng: random.Random, ctx: dict) -> list[str]:
    sub = rng.choice(SUBS)
    subject = _subject(rng)["s"]
    pool = ["About Community", f"r/{sub}", f"A community for discussing news and opinion about {subject}.",
            f"{_num(rng)} Members", f"{_num(rng)} Online", f"Created {_post_date(rng)}", "Join",
            f"r/{sub} Rules", "1. Be civil", "2. No spam or self-promotion", "3. Link to the original source",
            "Moderators", f"u/{_user(rng)}", "Message the mods"]
    return _some(rng, pool, 3, 7)


def _t24_community_note(rng: random.Random, ctx: dict) -> list[str]:
    y = rng.randint(2012, 2022)
    notes = [f"The video in this post was filmed in {y}, not this week, and shows a different flood in another region.",
             "The figure quoted is the annual budget for all schools in the region, not the spending per pupil.",
             ("Official crime figures show recorded burglaries fell over the period mentioned; the post compares two "
              "different measures."),
             "The photo was taken during a training exercise. No one was injured and the road was not closed.",
             ("The rail operator says the service was cancelled because of staff sickness, not the strike mentioned "
              "here."),
             (f"Inflation over the period cited was {rng.uniform(1, 6):.1f}%, not {rng.uniform(8, 15):.1f}% as this "
              "post claims."),
             ("The hospital named in this post has not closed its emergency department; opening hours changed "
              f"in {rng.choice(MONTHS)}.")]
    head = rng.choice(["Readers added context", "Community Note", "Context from the community",
                       "Community contributors added context to this post"])
    tail = rng.choice([["Do you find this helpful?", "Rate it"], ["Notes are written and rated by contributors."], [],
                       [f"Sources: {rng.choice(FACTCHECKERS)}"]])
    return [head, rng.choice(notes), *tail]


def _t24_fact_check_label(rng: random.Random, ctx: dict) -> list[str]:
    fc = rng.choice(FACTCHECKERS)
    rating = rng.choice(["False", "Misleading", "Missing context", "Partly false", "Satire", "Unproven",
                         "Altered media"])
    return rng.choice([
        ["Disputed claim", "Reviewed by independent fact-checkers", "Learn more"],
        [rating, f"Fact check by {fc}", "See why"], [f"Fact check: {rating}", f"{fc} · {_date(rng)}"],
        [f"⚠ {rating}", "This post has been reviewed"],
        [f"{rating} information. Checked by {fc}.", "See why", "Share anyway"],
    ])


def _t24_top_comment(rng: random.Random, ctx: dict) -> list[str]:
    user, text = _user(rng), _opinion(rng)
    return rng.choice([
        ["Top comment", user, text, f"{_num(rng)} likes"], [f"💬 Top comment from {user}: \"{text}\""],
        ["Most upvoted reply", text, f"— {user}, {_num(rng)} upvotes"], [f"Reader pick · {user}", text],
        [f"Featured comment by {user}", text, "See all comments"],
    ])


def _t24_live_chat_replay(rng: random.Random, ctx: dict) -> list[str]:
    town = rng.choice(TOWNS24)
    lines = [f"{_user(rng)}: {rng.choice(CHAT_MSGS).format(town=town)}" for _ in range(rng.randint(3, 6))]
    if rng.random() < 0.4:
        lines = [f"{rng.randint(0, 59)}:{rng.randint(0, 59):02d} {line}" for line in lines]
    head = rng.choice([["Live chat replay"], ["Top chat replay", f"{_num(rng)} watching"], ["Live chat"],
                       ["Chat replay", "Show chat"]])
    return [*head, *lines]


def _t24_poll_widget(rng: random.Random, ctx: dict) -> list[str]:
    q, opts = rng.choice([
        ("Should fares be frozen for another year?", ["Yes", "No", "Not sure"]),
        ("Who wins the derby?", ["Home win", "Draw", "Away win"]),
        ("Is working from home here to stay?", ["Yes", "No"]),
        ("Have you cut back on spending this month?", ["A lot", "A little", "Not at all"]),
        ("Should mobile phones be banned in schools?", ["Yes", "No", "Only in lessons"]),
        ("Do you feel safe walking home at night?", ["Yes", "No", "Depends where"]),
        ("How would you rate the council's response?", ["Good", "Poor", "Too early to say"]),
    ])
    pcts = _pcts(rng, len(opts))
    style = rng.choice(["{o} {p}%", "{o} — {p}%", "{p}% {o}", "{o}: {p}%"])
    body = [style.format(o=o, p=p) for o, p in zip(opts, pcts)]
    status = rng.choice(["Final results", f"{rng.randint(1, 6)} days left", "Poll closed", "Vote to see results"])
    return [*rng.choice([["POLL"], ["Reader poll"], []]), q, *body, f"{_num(rng)} votes · {status}"]


def _t24_most_liked(rng: random.Random, ctx: dict) -> list[str]:
    k = rng.randint(2, 4)
    style = rng.randint(0, 1)
    items = [f"{_short_take(rng)} — {_user(rng)} ({_num(rng)} likes)" if style == 0
             else f"{i}. {_user(rng)}: {_short_take(rng)}" for i in range(1, k + 1)]
    return [rng.choice(["Most liked", "Most liked comments", "MOST LIKED", "Readers' favourites"]), *items]


def _t24_your_stories(rng: random.Random, ctx: dict) -> list[str]:
    site, town = rng.choice(COMMUNITY_SITES), rng.choice(TOWNS24)
    issue = rng.choice(["rising rents", "the bus cuts", "the flooding", "long waits for a GP appointment",
                        "school closures", "the heatwave", "anti-social behaviour", "higher energy bills"])
    email = f"yourstories@{_stem(site)}.com"
    return rng.choice([
        [(f"Have you been affected by {issue}? We would like to hear your story. Share it with us using the form "
          "below, and tell us whether we can contact you.")],
        [(f"Tell us what you think: are things getting better or worse where you live? The best responses may be "
          f"published on {site}.")],
        [f"Your stories: readers in {town} share how {issue} has changed their daily lives. Send yours to {email}."],
        ["Contributions are moderated and may be edited for length. You can stay anonymous if you prefer."],
        ["Submit your story", "Upload a photo or video (optional)", "Your name", "Your email", "Send"],
    ])


def _t24_moderation_notice(rng: random.Random, ctx: dict) -> list[str]:
    return rng.choice([
        ["This comment has been removed by a moderator."], ["[removed]"], ["[deleted]"],
        ["This comment was hidden because of its low score.", "Show comment"], ["Comment deleted by user"],
        [f"This comment broke our community standards and has been removed. {_date(rng)}"],
        ["Removed by moderator", f"Reason: Rule {rng.randint(1, 6)} - Be civil"],
        ["This user has been banned from commenting."], [_user(rng), "This comment is awaiting moderation."],
        ["Comments on this article are now closed."], ["Comment removed: off-topic"],
    ])


def _t24_reaction_bar(rng: random.Random, ctx: dict) -> list[str]:
    emojis = _some(rng, ["👍", "❤️", "😂", "😮", "😢", "😡", "👏", "🤔"], 3, 6)
    counts = [_num(rng) for _ in emojis]
    return rng.choice([
        ["  ".join(f"{e} {c}" for e, c in zip(emojis, counts))], [f"{e} {c}" for e, c in zip(emojis, counts)],
        ["What's your reaction?", *(f"{e} {p}%" for e, p in zip(emojis, _pcts(rng, len(emojis))))],
        ["Like · Love · Haha · Wow · Sad · Angry"], [f"{''.join(emojis[:3])} {_num(rng)} reactions"],
    ])


def _t24_community_guidelines(rng: random.Random, ctx: dict) -> list[str]:
    site = rng.choice(COMMUNITY_SITES)
    return [rng.choice([
        ("Comments are moderated according to our community guidelines. Please be respectful, stay on topic and "
         "avoid sharing personal information about others."),
        ("We review flagged comments as quickly as we can, usually within a few hours. Repeated breaches may lead "
         "to your account being suspended."),
        (f"{site} does not endorse the opinions expressed by readers. Comments stay open for {rng.randint(2, 14)} "
         "days after publication."),
        ("Debate the issue, not the person. Posts containing abuse, spam or misleading health claims will be taken "
         "down."),
        f"By commenting you agree to {site}'s house rules. Our moderators are volunteers, so please be patient.",
    ])]


def _t24_login_to_comment(rng: random.Random, ctx: dict) -> list[str]:
    return rng.choice([
        ["Log in to comment"], ["Sign in to join the conversation", "Continue with email", "Continue with Hivepost"],
        ["You must be logged in to vote."], ["Already a member? Sign in", "New here? Create an account"],
        [f"Commenting as {_user(rng)}", "Not you? Log out"], ["Register to comment", "It's free and takes a minute"],
    ])


def _t24_reply_box(rng: random.Random, ctx: dict) -> list[str]:
    return rng.choice([
        ["Write a comment…", "Post"], ["Add a reply...", "Cancel", "Reply"],
        [f"0/{rng.choice([500, 1000, 1500, 2000])} characters", "Submit"],
        ["What do you think?", "Post comment", "Be the first to comment"],
        ["Leave a comment", "Your name", "Your email (will not be published)", "Post Comment"],
        ["Add a comment", "😀 GIF", "Send"],
    ])


def _t24_quote_post(rng: random.Random, ctx: dict) -> list[str]:
    (n1, h1), (n2, h2) = _account(rng), _account(rng)
    comment = rng.choice(["This. Exactly what we've been saying for months.", "Worth reading the whole thread.",
                          "Not sure this is the full picture, to be honest.",
                          "Important update for anyone travelling this week.", "Absolutely shameful.",
                          "Good news for once!"])
    return rng.choice([
        [f"Replying to @{h1}", _post_text(rng), f"— {n2} (@{h2}) {_post_date(rng)}"],
        ["Quote", f"{n1} @{h1} · {_ago(rng)}", _post_text(rng)],
        [f"{n2} reposted", f"{n1} @{h1}", _post_text(rng)],
        [comment, f"— {n2} (@{h2}) {_post_date(rng)}", f"Quoting @{h1}: {_post_text(rng)}"],
    ])


def _t24_social_thread(rng: random.Random, ctx: dict) -> list[str]:
    name, handle = _account(rng)
    bits = ["A quick thread on what today's announcement means for commuters.",
            "First, fares are frozen until the spring, but only on off-peak tickets.",
            "Second, the night services that were cut last year are not coming back yet.",
            "The council says it needs more funding from central government before it can do more.",
            "School transport is protected, which is good news for families in rural areas.",
            "Health officials say hospital admissions have risen sharply since the cold snap began.",
            "If you have questions, reply below and I'll try to answer them tonight.",
            "I'll keep updating this thread as more details come out."]
    picked = _some(rng, bits, 2, 4)
    n = len(picked) + rng.randint(0, 3)
    lines = [f"{i}/{n} {b}" for i, b in enumerate(picked, 1)] if rng.random() < 0.6 else picked
    return [*rng.choice([[f"{name} (@{handle})"], [f"{name} @{handle} · {_ago(rng)}", "🧵"], []]), *lines]


def _t24_video_description(rng: random.Random, ctx: dict) -> list[str]:
    channel = rng.choice(CHANNELS)
    fills = _subject(rng)
    plats = ", ".join(rng.sample(PLATFORMS, 3))
    pool = [(f"In this video, our reporters look at why {fills['s']} {fills['have']} become such a hot topic and "
             "what it could mean for your family."),
            f"Subscribe to {channel} for daily news and analysis: clipstream.tv/@{_stem(channel)}",
            f"Follow us on {plats} for updates throughout the day.",
            "Views expressed by guests are their own. Footage used under licence.",
            f"Filmed in {rng.choice(TOWNS24)} on {_post_date(rng)}.",
            "Got a story? Message us and our team will take a look."]
    lines = rng.sample(pool, rng.randint(1, 3))
    tail = rng.choice([["Show more"], [f"#{rng.choice(TAGS24)} #news"], [], ["...more"]])
    return [*lines, *tail]


def _t24_video_stats(rng: random.Random, ctx: dict) -> list[str]:
    return rng.choice([
        [f"{_num(rng)} views · {rng.randint(2, 30)} days ago"], [f"{_num(rng)} views", f"{_num(rng)} likes", "Share",
                                                                 "Save"],
        ["Up next", _video_title(rng, ctx), "Autoplay"], [f"Streamed live {rng.randint(1, 23)} hours ago"],
        [rng.choice(CHANNELS), f"{_num(rng)} subscribers", "Subscribe"],
        [f"{_num(rng)} watching now", "Started streaming " + _ago(rng)],
    ])


def _t24_shorts_strip(rng: random.Random, ctx: dict) -> list[str]:
    lines = [rng.choice(["Shorts", "More clips", "Short videos", "Clips from this story"])]
    for _ in range(rng.randint(2, 3)):
        lines += [_video_title(rng, ctx).split(" | ")[0], f"{_num(rng)} views"]
    return lines


def _t24_pinned_comment(rng: random.Random, ctx: dict) -> list[str]:
    channel = rng.choice(CHANNELS)
    text = rng.choice([
        "Thanks for watching. Please keep the conversation civil; we remove comments that break our rules.",
        f"Update: the press conference has been moved to {_hm12(rng)} tomorrow. We'll go live on this channel.",
        (f"Correction: at {rng.randint(1, 9)}:{rng.randint(10, 59)} we said the fund was worth "
         f"{rng.randint(2, 9)} billion; the correct figure is {rng.randint(1, 9)}.{rng.randint(1, 9)} billion. "
         "Apologies for the error."),
        "Got a question for our panel? Leave it below and we'll pick the best ones for next week's show.",
        "We've turned off replies on this comment. Links to the sources we used are in the description.",
    ])
    return [rng.choice([f"📌 Pinned by {channel}", "Pinned comment", f"Pinned by @{_stem(channel)}"]),
            *rng.choice([[channel], [f"@{_stem(channel)}"], []]), text]


def _t24_award_bar(rng: random.Random, ctx: dict) -> list[str]:
    picked = rng.sample(AWARDS, rng.randint(1, 3))
    return rng.choice([[*(f"{a} ×{rng.randint(1, 40)}" for a in picked), "Give award"],
                       [f"🏅 {rng.randint(1, 9)} 🥈 {rng.randint(1, 20)} ❤️ {rng.randint(1, 99)}"],
                       [f"{rng.randint(1, 60)} awards"], ["Awards", *picked]])


def _t24_crosspost_note(rng: random.Random, ctx: dict) -> list[str]:
    sub, user = rng.choice(SUBS), _user(rng)
    return rng.choice([
        [f"Crossposted from r/{sub}"], [f"Originally posted in r/{sub} by u/{user}"],
        [f"Shared from {rng.choice(PLATFORMS)}"], [f"via @{_handle(rng, _p24(rng))}"],
        [f"{user} shared a link", f"{_ago(rng)} · 🌐"], [f"crossposted by u/{user} • {rng.randint(1, 23)}h"],
    ])


def _t24_follow_prompt(rng: random.Random, ctx: dict) -> list[str]:
    name, handle = _account(rng)
    return rng.choice([
        [f"Follow @{handle}"], [f"@{handle}", "Follow", f"{_num(rng)} followers"],
        [name, "✓ Verified", f"@{handle}", "Follow"],
        [f"Subscribe to {rng.choice(CHANNELS)}", f"{_num(rng)} subscribers"],
        [f"Join {_num(rng)} people following this story", "Follow story"],
    ])


def _t24_hashtags(rng: random.Random, ctx: dict) -> list[str]:
    tags = rng.sample(TAGS24, rng.randint(2, 5))
    return rng.choice([[" ".join(f"#{t}" for t in tags)], ["Trending hashtags", *(f"#{t}" for t in tags)],
                       [f"#{tags[0]} · {_num(rng)} posts"]])


def _t24_trending_social(rng: random.Random, ctx: dict) -> list[str]:
    plat = rng.choice(PLATFORMS)
    return rng.choice([
        [f"Trending on {plat}"], [f"#{rng.randint(1, 20)} in News · Trending"],
        [f"Trending in {rng.choice(TOWNS24)}", f"#{rng.choice(TAGS24)}", f"{_num(rng)} posts"],
        ["What's happening", *(f"#{t}" for t in rng.sample(TAGS24, 3))], [f"🔥 Viral on {plat} right now"],
    ])


def _t24_forum_flair(rng: random.Random, ctx: dict) -> list[str]:
    flair = rng.choice(["Discussion", "News", "Analysis", "Local", "Serious", "Opinion", "Question", "Update"])
    return rng.choice([
        ["Discussion"], ["Megathread"], [f"Flair: {flair}"], [f"{flair} | Verified source"], ["Serious replies only"],
        ["AMA"], [flair, "Locked"], ["📌 Pinned post", "Megathread: all discussion here"], [f"[{flair}]"],
    ])


def _t24_bot_comment(rng: random.Random, ctx: dict) -> list[str]:
    bot = rng.choice(["u/ModHelperBot", "u/SummaryBot-9000", "u/ArchiveLinkBot", "u/ThreadKeeper"])
    text = rng.choice([
        ("Beep boop, I'm an automated helper. This message was posted automatically; message the mod team if "
         "something looks wrong."),
        ("Here is a summary of the linked article, generated automatically. The full text is available at the "
         "original source. I'm a bot, and feedback is welcome."),
        ("Reminder: this is a serious discussion thread. Off-topic jokes and personal attacks will be removed and "
         "may lead to a ban."),
        f"Paywalled? An archived copy of this article is available here: archive.civic/{_code(rng, 6)}",
        (f"This post has been summarised to about {rng.randint(15, 40)}% of its original length. Questions about "
         "how this works can go to the moderators."),
    ])
    return [bot, *rng.choice([["[M] · Stickied comment"], ["MOD"], []]), text]


def _t24_community_cta(rng: random.Random, ctx: dict) -> list[str]:
    site, town = rng.choice(COMMUNITY_SITES), rng.choice(TOWNS24)
    return rng.choice([
        [(f"Join the {site} community on Hivepost: thousands of readers talk about the day's news, swap tips and ask "
          "our reporters questions.")],
        [(f"Want to discuss this story with other readers? Our forum is open to all subscribers, and our journalists "
          f"drop in every {rng.choice(WEEKDAYS)}.")],
        [f"Join our {town} residents' group for updates on roadworks, school closures and local events."],
        ["Join the conversation", f"{_num(rng)} members", "Join group"],
        [(f"Are you a regular reader from {town}? Become a community contributor and help us cover the stories that "
          "matter on your street.")],
    ])


def _t24_embedded_thread_meta(rng: random.Random, ctx: dict) -> list[str]:
    plat = rng.choice(PLATFORMS)
    return rng.choice([
        [f"See more on {plat}"], [f"View on {plat}"], ["See the full conversation"], [f"Read {_num(rng)} replies"],
        [f"Embedded post from {plat}", "This content is hosted by a third party.", "Allow and continue"],
        [f"{plat} content", "Show content"],
    ])


def _t24_report_dialog(rng: random.Random, ctx: dict) -> list[str]:
    pool = ["Spam", "Harassment", "Misinformation", "Hate speech", "Off-topic", "Other"]
    return [rng.choice(["Report comment", "Report this comment", "Why are you reporting this?"]),
            *_some(rng, pool, 2, 5), *rng.choice([["Submit"], ["Cancel", "Report"], []])]


def _t24_reader_ratings(rng: random.Random, ctx: dict) -> list[str]:
    stars = rng.randint(1, 5)
    return rng.choice([
        ["Rate this article", "★" * stars + "☆" * (5 - stars), f"{rng.uniform(1, 5):.1f} ({_num(rng)} ratings)"],
        ["Did you like this story?", "👍", "👎"], [f"{rng.randint(20, 99)}% of readers found this useful"],
        [f"Reader rating: {stars}/5"],
    ])


def _t24_edit_note(rng: random.Random, ctx: dict) -> list[str]:
    pool = ["Edit: thanks for the awards, kind strangers! I didn't expect this to blow up overnight.",
            "EDIT 2: To everyone asking, yes, I contacted the council, and no, they haven't replied.",
            "Edit: fixed a typo. Can't edit titles, so this will have to do.",
            "Update: mods, let me know if this breaks the rules and I'll take it down.",
            f"ETA: source is in the comments below. I'm not affiliated with {rng.choice(COMMUNITY_SITES)}.",
            "Edit: wow, this got a lot more replies than I expected. I'll try to answer everyone later."]
    return rng.sample(pool, rng.randint(1, 2))


def _twentyfourth_templates() -> dict[str, tuple[str, Template]]:
    """Social and community layers scraped with the article."""
    return {
        "social_post": ("hi", _t24_social_post),
        "social_counts": ("hi", _t24_social_counts),
        "pic_link": ("i", _t24_pic_link),
        "embed_video_title": ("hi", _t24_embed_video_title),
        "watch_on": ("hi", _t24_watch_on),
        "photo_post": ("i", _t24_photo_post),
        "comment_header": ("t", _t24_comment_header),
        "comment_item": ("t", _t24_comment_item),
        "comment_thread": ("t", _t24_comment_thread),
        "load_more": ("t", _t24_load_more),
        "forum_post_meta": ("h", _t24_forum_post_meta),
        "forum_actions": ("hit", _t24_forum_actions),
        "forum_level": ("t", _t24_forum_level),
        "forum_sidebar": ("t", _t24_forum_sidebar),
        "community_note": ("hi", _t24_community_note),
        "fact_check_label": ("hi", _t24_fact_check_label),
        "top_comment": ("it", _t24_top_comment),
        "live_chat_replay": ("it", _t24_live_chat_replay),
        "poll_widget": ("it", _t24_poll_widget),
        "most_liked": ("t", _t24_most_liked),
        "your_stories": ("it", _t24_your_stories),
        "moderation_notice": ("t", _t24_moderation_notice),
        "reaction_bar": ("hit", _t24_reaction_bar),
        "community_guidelines": ("t", _t24_community_guidelines),
        "login_to_comment": ("t", _t24_login_to_comment),
        "reply_box": ("t", _t24_reply_box),
        "quote_post": ("i", _t24_quote_post),
        "social_thread": ("i", _t24_social_thread),
        "video_description": ("i", _t24_video_description),
        "video_stats": ("hi", _t24_video_stats),
        "shorts_strip": ("i", _t24_shorts_strip),
        "pinned_comment": ("t", _t24_pinned_comment),
        "award_bar": ("t", _t24_award_bar),
        "crosspost_note": ("h", _t24_crosspost_note),
        "follow_prompt": ("h", _t24_follow_prompt),
        "hashtags": ("it", _t24_hashtags),
        "trending_social": ("h", _t24_trending_social),
        "forum_flair": ("h", _t24_forum_flair),
        "bot_comment": ("t", _t24_bot_comment),
        "community_cta": ("it", _t24_community_cta),
        "embedded_thread_meta": ("i", _t24_embedded_thread_meta),
        "report_dialog": ("t", _t24_report_dialog),
        "reader_ratings": ("t", _t24_reader_ratings),
        "edit_note": ("t", _t24_edit_note),
    }


BLIND7_TEMPLATES: dict[str, Callable[[], dict[str, tuple[str, Template]]]] = {
    "twentythird": _twentythird_templates,
    "twentyfourth": _twentyfourth_templates,
}
