"""Two more blind noise splits ("fiftyfirst", "fiftysecond") for the plain-text cleaner.

Why this module exists: a split that has been measured and then tuned against stops telling us how the cleaner does
on noise it has never met, so every so often a fresh pair is written blind.  These templates were written by
someone who did not read the cleaner, its rules, its tests or its output on any split, from experience of what ends
up in text that researchers collect as "news articles" when the page came from a business, markets or trade-press
desk (where press releases are pasted in whole and every page carries a quote strip), or from a consumer and
lifestyle desk that pays its way with affiliate links (where every article is also a shop window).  Their vocabulary
is their own (every person, company, ticker, index, broker, newswire, PR agency, trade title, conference, award,
brand, product, retailer, estate agent, hotel, booking site, town, street, phone number, e-mail address and URL is
invented), and about half of the templates in each split are prose: full sentences, 12-50 words, on everyday
subjects, that read like article text but are boilerplate or belong to other content (the hard case for a
line-level cleaner).

  fiftyfirst   the business, markets and trade-press desks as scraped: company press releases pasted whole ("About"
               paragraphs, media and investor-relations contact blocks, forward-looking-statement prose in several
               wordings, "###" and "-ends-" markers, "Source:" lines, newswire credits and datelines), earnings-call
               transcript residue (operator lines, participant lists, speaker labels, prepared remarks, analysts'
               questions), index tickers, stock-quote boxes, analyst rating boxes and price targets, IPO and dividend
               calendars, currency and commodity strips, market-data delay notices, risers and fallers tables, deal
               sheets, regulatory-announcement headers, B2B trade-press furniture (webinar registration forms, gated
               report downloads, conference agendas, award sponsors, job boards, supplier directories, subscription
               tiers, sponsored and "industry voices" labels, related-story lists); and prose about other companies:
               other firms' results, deals, appointments, dividends and flotations, analysts' notes on other stocks,
               market wraps, currency and commodity commentary, sponsor messages written like articles, webinar
               pitches, report blurbs, award and conference blurbs, job adverts, contributor bios, data disclaimers,
               inside-information and distribution notices, and paywall pitches for professionals.
  fiftysecond  the consumer, shopping and lifestyle desks as affiliate-commerce pages: commission disclosures, product
               boxes (names, prices at several retailers, star ratings, buttons), pros and cons lists, price trackers
               and price histories, deal round-up lines, voucher codes, "best X" ranking lists, retailer comparison
               tables, spec boxes for phones, laptops and cars, property listings, hotel and holiday booking widgets,
               recipe cards, method steps and nutrition panels, style credits, verdict boxes, size and colour pickers,
               trust badges, update and byline stamps, deals newsletters and related-guide lists; and prose: other
               products' mini reviews (kitchen, gadgets, cars, hotels), buying advice, deal commentary, recipe
               introductions and storage tips, property and travel blurbs, "how we test" and "why trust us" notes,
               testers' bios, seasonal round-ups, warranty, returns and delivery advice, sustainability claims,
               voucher terms, price notes, update notes, fashion edits and reader offers.

Templates have the format of bench/clean_noise.py: name -> (positions, fn), positions a string over "h" (head,
between title and body), "i" (inline, between body paragraphs) and "t" (tail); fn(rng, ctx) returns the lines of
one block ("" is a blank line inside the block).  ctx["headlines"] holds other articles' headlines (it may be empty,
hold one, or be missing, and invented fallback headlines stand in); ctx may also carry "title" and "paragraphs",
which these templates never use: no template copies the article's own title or body text, so word-level scoring
stays valid.  Only the rng passed in is used, so a block is a pure function of the seed.

    from bench.noise_blind21 import BLIND21_TEMPLATES
    from bench.noise_unseen import make_noisy_glued
    text = make_noisy_glued(article, random.Random(11), BLIND21_TEMPLATES["fiftyfirst"](), headlines)
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

_GIVEN = ["Anselm", "Briony", "Cosmo", "Dagny", "Evander", "Fenella", "Gideon", "Honor", "Juno", "Kester", "Linnea",
          "Magnus", "Nerys", "Orla", "Piran", "Quentin", "Rosalind", "Sefton", "Tamsin", "Ulrich", "Wilhelmina",
          "Alaric", "Bronagh", "Cyprian", "Dervla", "Emrys", "Philippa", "Hamish", "Imogen", "Jolyon", "Keturah",
          "Lorcan", "Morwenna", "Nkechi", "Oisin", "Priya", "Radomir", "Seraphina", "Torin", "Una", "Vikram",
          "Winifred", "Yusuf", "Zelda"]
_FAMILY = ["Ashdown-Pryce", "Belgrove", "Cattermole", "Drinkwater", "Eastlake", "Fothergill", "Gorringe",
           "Hebblethwaite", "Ibbotson", "Jellicoe", "Kettleborough", "Mainwaring-Obi", "Nettleship", "Openshaw",
           "Pennycook", "Quayle-Mendes", "Rudge", "Stallybrass", "Tremlett", "Underhill-Asante", "Vosper",
           "Wetherall", "Yelland", "Zouch", "Abbiss", "Brightmore", "Coldicott", "Dimmock-Rao", "Esterhuizen",
           "Faulconer", "Grimshaw-Lee", "Halliwell-Nour", "Inchbald", "Juxon", "Killigrew", "Loveridge"]
_PLACES = ["Quenby Marsh", "Fallowmere", "Westerhythe", "Lanthorne", "Corrisdale", "Pennistow", "Harlowick",
           "Mistleford", "Ravensby Cross", "Tolland Quay", "Brindlecombe", "Kestrelby", "Sowerthwaite", "Gannetstow",
           "Larchmoor Heath", "Dunholt", "Wimbrook", "Ashgrove Magna", "Pellow Bay", "Castle Orrin"]
_ROADS = ["Tanners Walk", "Mercer Row", "Bellfounders Lane", "Quarry Hill Road", "Hopgarden Street", "Salter's Way",
          "Netherby Road", "Glovers Court", "Fleece Yard", "Lanyard Street", "Copperbeech Avenue", "Wharfside"]


def _name(rng: random.Random) -> str:
    return f"{rng.choice(_GIVEN)} {rng.choice(_FAMILY)}"


def _bullet(rng: random.Random) -> str:
    return rng.choice(["• ", "- ", "* ", "– ", "· ", "› ", "■ ", "✓ ", ""])


def _day(rng: random.Random, lo: int = 2012, hi: int = 2025) -> datetime.date:
    """A real calendar date, so that weekday names agree with it."""
    return datetime.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def _short(rng: random.Random, d: datetime.date) -> str:
    """A date in one of the compact shapes tables and boxes print it."""
    mon = MONTHS[d.month - 1]
    return rng.choice([f"{d.day} {mon[:3]}", f"{d.day:02d}/{d.month:02d}", f"{d.day:02d}/{d.month:02d}/{d.year}",
                       f"{mon[:3]} {d.day}", f"{d.year}-{d.month:02d}-{d.day:02d}", f"{d.day} {mon[:3]} {d.year}"])


def _gbp(rng: random.Random, lo: int, hi: int) -> str:
    return f"£{rng.randint(lo, hi):,}{rng.choice(['', '.99', '.00', '.49', '.95', '.50'])}"


def _phone(rng: random.Random) -> str:
    """Numbers from the ranges kept for drama and fiction."""
    n = _digits(rng, 3)
    return rng.choice([f"01632 960{n}", f"020 7946 0{n}", f"0131 496 0{n}", f"0117 496 0{n}", f"+44 20 7946 0{n}",
                       f"+44 (0)1632 960{n}", f"07700 900{n}", f"0191 498 0{n}", f"+1 (212) 555-01{n[:2]}"])


def _email(rng: random.Random, person: str, host: str) -> str:
    first, last = person.split(" ", 1)
    local = rng.choice([f"{first}.{last}", f"{first[0]}{last}", f"{first}", f"{first}{last[0]}"])
    return "".join(ch for ch in local.lower() if ch.isalnum() or ch == ".") + "@" + host


def _poss(name: str) -> str:
    """Possessive of a name ("Tessaline Group's", "Fenmore & Platts'")."""
    return name + ("'" if name.endswith("s") else "'s")


def _dedupe(items: list[str]) -> list[str]:
    """The items in their order, each kept once."""
    return list(dict.fromkeys(items))


def _label(rng: random.Random, labels: list[str], p: float = 0.3) -> list[str]:
    """Sometimes a heading line above a block (the box's title, kept by the scrape)."""
    return [rng.choice(labels)] if rng.random() < p else []


def _stars(rng: random.Random, x: float) -> str:
    """A rating out of five, in one of the ways review widgets print it."""
    n = int(x + 0.5)
    return rng.choice(["★" * n + "☆" * (5 - n), f"{x:.1f}/5", f"{x:.1f} out of 5 stars", f"Rated {x:.1f} of 5",
                       "⭐" * n, f"{x:.1f} ★", f"{'*' * n} ({x:.1f})"])


# --- fiftyfirst: business, markets and trade-press desks ----------------------------------------------------------

_HL51 = ["Corvane Holdings trims full-year guidance", "Freight rates ease as port queues shorten",
         "Quillbury Foods agrees £410m takeover", "Albion 100 closes at a three-month high",
         "Staithe Energy names new finance chief", "Packaging makers warn on resin costs",
         "Glenarrow Homes completions fall by a fifth", "Why mid-sized insurers are buying reinsurance again",
         "Lumiset plans second fabrication plant", "Warehouse rents flatten outside the south-east",
         "Ketterwell Brewing shares jump on bid talk", "Cold-chain operators brace for energy bill rise",
         "Pemberline Software lists in Castle Orrin", "The procurement skills gap, by the numbers"]
_SECTOR_OF = {
    "Corvane Holdings": "industrial software", "Tessaline Group": "flexible packaging",
    "Brightlock Systems": "building security systems", "Ombrel Pharmaceuticals": "generic medicines",
    "Quillbury Foods": "frozen and chilled foods", "Staithe Energy": "offshore wind maintenance",
    "Marrowfield Capital": "specialist lending", "Vantyne Logistics": "cold-chain logistics",
    "Pellucid Networks": "fibre broadband", "Halyard Mutual": "commercial insurance",
    "Rookstone Mining": "aggregates and quarrying", "Fenwright Engineering": "precision engineering",
    "Glenarrow Homes": "housebuilding", "Lumiset Semiconductors": "power semiconductors",
    "Cobaltine Materials": "battery materials", "Northcrest Retail": "discount retailing",
    "Dravenport Telecom": "mobile networks", "Ketterwell Brewing": "craft brewing",
    "Sablemoor Minerals": "lithium processing", "Aureline Biotech": "rare-disease treatments",
    "Thrushcross Aviation": "aircraft components", "Ironvale Steel": "specialty steel",
    "Wickmere Water": "water services", "Orrisford Bank": "regional banking", "Calderwyn Foods": "confectionery",
    "Pemberline Software": "payroll software", "Maddox & Treharne": "facilities management",
    "Sunhollow Renewables": "solar farms", "Gravensey Chemicals": "speciality chemicals",
    "Tolbooth Payments": "card payments",
    # companies coming to market
    "Brackwater Robotics": "warehouse robotics", "Fernhollow Pet Care": "veterinary clinics",
    "Saltcote Insurance": "specialist insurance", "Veldmark Data": "data centres", "Oxlip Energy": "home energy supply",
    "Mirefield Leisure": "holiday parks", "Tinderbox Games Group": "mobile games",
    "Hollowell Healthcare": "private clinics", "Quarrendon Infrastructure": "toll roads and bridges",
    "Whistlewood Foods": "plant-based foods",
}
_NEWCOS = list(_SECTOR_OF)[30:]
_COS = list(_SECTOR_OF)[:30]
_SECTORS = sorted(set(_SECTOR_OF.values()))
_BROKERS = ["Haverstock Brinley", "Kellgate Securities", "Morrow Tensing", "Pilcrow Capital Markets",
            "Sandhollow Research", "Barnaby Quist & Co", "Lindcourt Equities", "Oakhanger Partners",
            "Vellacott Stockbrokers", "Ruddock Maine"]
_WIRES = ["Presslane Wire", "Tidings Newswire", "Bulletrix", "Corvid Wire Service", "Newsdesk Relay"]
_PRFIRMS = ["Halloran Pike Communications", "Bellwether & Stoke", "Tidemore PR", "Quayside Counsel", "Lantern Row PR"]
_TRADE = ["Coldchain Courier", "Margin & Mix", "Fleetwise Review", "Plant and Process Monthly", "Treasury Desk",
          "Insurer's Ledger", "Brickwork Trade", "Packline Weekly"]
_EVENTS = ["Coldchain Summit", "Margin & Mix Retail Forum", "Northern Freight Expo", "Treasury Desk Leaders Day",
           "Plant and Process Live", "Insurance Harbour Conference", "Packline Sustainability Forum"]
_AWARDS51 = ["Packline Innovation Awards", "Fleetwise Operator Awards", "Treasury Desk Excellence Awards",
             "Brickwork Trade Supplier Awards", "Coldchain Courier Awards"]
_RESEARCH = ["Tallowmere Insight", "Quintessa Analytics", "Brightwell Data", "Corbel Research", "Fathomline"]
_VENDORS = ["Quotestream Data", "Tickwell Markets", "Ledgerpoint Feeds", "Meridian Market Data"]
_INDICES = ["Albion 100", "Albion 250", "Meridian All-Share", "Continental 50", "Pacifica 225", "Atlantic Composite",
            "Atlantic Industrials", "Eurasia Tech 40", "Northern Small Cap"]
_REGULATORS = ["Markets Oversight Authority", "Office for Trade Fairness", "Prudential Standards Board"]
_EXCHANGES = ["AMX", "NSX", "Castle Orrin Exchange", "Meridian Growth Market", "Tolland Stock Exchange"]
_ROLES51 = ["Chief Executive Officer", "Chief Financial Officer", "Chief Operating Officer", "Group Finance Director",
            "Head of Investor Relations", "Chair", "Chief Commercial Officer", "Director of Corporate Affairs"]
_JOBS = ["Head of Procurement", "Transport Planner", "Chilled Foods Category Manager", "Senior Credit Analyst",
         "Health and Safety Lead", "Warehouse Operations Manager", "Treasury Analyst", "Key Account Manager",
         "Quality Assurance Technician", "Underwriter, Marine Cargo", "Site Engineer", "Fleet Compliance Officer"]
_TOPICS = ["supply-chain resilience", "working-capital management", "decarbonising the warehouse",
           "pricing in a high-cost market", "cyber risk for mid-sized insurers", "automating accounts payable",
           "the future of cold storage", "recyclable flexible packaging", "fleet electrification",
           "treasury in a volatile rate environment"]


def _co(rng: random.Random) -> str:
    return rng.choice(_COS)


def _sector(co: str) -> str:
    """The line of business a made-up company is in, so that every mention of it agrees."""
    return _SECTOR_OF[co]


def _ticker(co: str) -> str:
    """A made-up company's symbol: its first letter and the next three consonants."""
    letters = [c for c in co.upper() if c.isalpha()]
    return (letters[0] + "".join(c for c in letters[1:] if c not in "AEIOU"))[:4]


def _signed(x: float, nd: int = 2) -> str:
    return f"{x:+.{nd}f}"


def _arrow(rng: random.Random, x: float) -> str:
    return rng.choice(["▲" if x >= 0 else "▼", "↑" if x >= 0 else "↓", "+" if x >= 0 else "-", ""])


def _period(rng: random.Random) -> str:
    """A reporting period, as results headlines and transcripts name it."""
    y = rng.randint(2019, 2025)
    return rng.choice([f"Q{rng.randint(1, 4)} {y}", f"first-half {y}", f"full-year {y}", f"FY{y % 100:02d}",
                       f"third-quarter {y}", f"H2 {y}"])


def _money(rng: random.Random, lo: float, hi: float) -> str:
    """A sum in millions or billions, in one of the currencies the business pages use."""
    x = rng.uniform(lo, hi)
    cur = rng.choice(["£", "£", "$", "€"])
    return f"{cur}{x / 1000:.2f}bn" if x >= 1000 else f"{cur}{x:.1f}m"


def _pence(rng: random.Random) -> tuple[float, str]:
    """A share price, in pence or in pounds."""
    p = rng.uniform(18, 2400)
    return p, rng.choice([f"{p:.1f}p", f"{p:,.2f}p", f"£{p / 100:.2f}", f"GBX {p:,.1f}"])


def _co_site(co: str) -> str:
    return "www." + _domain(co.replace(" Holdings", "").replace(" Group", ""), _tld(co))


def _tld(co: str) -> str:
    """A stable top-level domain for a company (so its e-mails and web address agree within a block)."""
    return [".com", ".co.uk", ".com", ".plc.uk", ".group"][sum(map(ord, co)) % 5]


def _mail_host(co: str) -> str:
    return _co_site(co).removeprefix("www.")


def _t51_media_contact(rng: random.Random, ctx: dict) -> list[str]:
    """A press release's media-contact block, as a column of lines or glued onto one."""
    co, person = _co(rng), _name(rng)
    agency = rng.choice(_PRFIRMS) if rng.random() < 0.5 else ""
    host = _domain(agency, ".com") if agency else _mail_host(co)
    head = rng.choice(["Media contact:", "MEDIA CONTACTS", "For media enquiries:", "Press office", "Media Relations",
                       "Media enquiries", "Contact:", "For further information, please contact:"])
    rows = [person, rng.choice([agency, f"{agency} for {co}", f"{agency} (on behalf of {co})"]) if agency else
            rng.choice([f"{rng.choice(['Head of', 'Director of', 'Senior Manager,'])} Communications, {co}",
                        f"Press Officer, {co}", co]),
            rng.choice([f"Tel: {_phone(rng)}", _phone(rng), f"T: {_phone(rng)}", f"Mobile: {_phone(rng)}"]),
            rng.choice([_email(rng, person, host), f"E: {_email(rng, person, host)}", f"press@{host}",
                        f"media@{host}"])]
    body = glue(rng, some(rng, rows, 2, 4), 0.3, (" | ", ", ", "  ", " / "))
    return [head] + body if rng.random() < 0.8 else body


def _t51_ir_contact(rng: random.Random, ctx: dict) -> list[str]:
    """The investor-relations and adviser contact table at the foot of a results announcement."""
    co = _co(rng)
    host = _mail_host(co)
    if rng.random() < 0.5:
        out = [rng.choice(["Enquiries:", "ENQUIRIES", "For further information:", "Contacts"])]
        tel = rng.choice(["", f"  {_phone(rng)}", f" Tel {_phone(rng)}"])
        out.append(rng.choice([f"{co} plc", co, co.upper()]) + tel)
        for _ in range(rng.randint(1, 2)):
            out.append(f"{_name(rng)}, {rng.choice(_ROLES51)}")
        broker = rng.choice(_BROKERS)
        out.append(rng.choice([f"{broker} (Nominated Adviser and Broker)", f"{broker} (Joint Broker)", broker])
                   + rng.choice(["", f"  {_phone(rng)}"]))
        out.append(f"{_name(rng)} / {_name(rng)}")
        if rng.random() < 0.5:
            out.append(f"{rng.choice(_PRFIRMS)} (Financial PR)  {_phone(rng)}")
        return out
    person = _name(rng)
    rows = [rng.choice(["Investor Relations", "INVESTOR CONTACT:", "Investors and analysts:", "IR contact"]),
            person, rng.choice(["Head of Investor Relations", "VP, Investor Relations", "Investor Relations Director"]),
            _phone(rng), rng.choice([f"ir@{host}", f"investors@{host}", _email(rng, person, host)]),
            rng.choice([f"{_co_site(co)}/investors", "Results presentation and webcast: see our website"])]
    return glue(rng, some(rng, rows, 2, 5), 0.25, (" | ", ", ", "  "))


def _t51_release_markers(rng: random.Random, ctx: dict) -> list[str]:
    """The end markers and source lines of a pasted press release."""
    co = _co(rng)
    mark = rng.choice(["###", "# # #", "-ends-", "- ENDS -", "ENDS", "-30-", "***", "END", "– Ends –"])
    rows = [mark, rng.choice([f"Source: {co}", f"SOURCE {co}", f"SOURCE: {co.upper()}", f"Source: {co} plc",
                              "Notes to editors", "NOTES TO EDITORS:", "Notes for editors", "Editor's notes"])]
    r = rng.random()
    return rows[:1] if r < 0.4 else rows[1:] if r < 0.6 else rows


def _t51_wire_credit(rng: random.Random, ctx: dict) -> list[str]:
    """A newswire's distribution credit, multimedia links and copyright line."""
    wire, co = rng.choice(_WIRES), _co(rng)
    host = _domain(wire, ".com")
    d = _day(rng, 2015, 2025)
    slug = _slug(headline(rng, ctx, _HL51))
    rows = [rng.choice([f"View original content: https://www.{host}/news-releases/{slug}-{_digits(rng, 9)}.html",
                        f"To view the original version on {wire} visit: https://www.{host}/r/{_digits(rng, 8)}",
                        f"Multimedia: https://media.{host}/{d.year}/{_digits(rng, 6)}"]),
            rng.choice([f"SOURCE {co}", f"Distributed by {wire} on behalf of {co}", f"{wire} – {co}",
                        f"Issued by {wire}"]),
            rng.choice([f"Logo - https://mma.{host}/{_digits(rng, 7)}/{_slug(co)}_logo.jpg",
                        f"Photo: https://mma.{host}/{_digits(rng, 7)}/{_slug(co)}.jpg", "Photo - image attached"]),
            rng.choice([f"Copyright {d.year} {wire}. All Rights Reserved.", f"© {d.year} {wire}",
                        f"Released {_long(d)} {_hm(rng)} GMT via {wire}"])]
    return glue(rng, some(rng, rows, 1, 3), 0.2, ("  ", " | "))


def _t51_call_participants(rng: random.Random, ctx: dict) -> list[str]:
    """The head of an earnings-call transcript: title, participants and the first section label."""
    co = _co(rng)
    out = []
    if rng.random() < 0.7:
        out.append(rng.choice([f"{co} ({_ticker(co)}) {_period(rng)} Earnings Call Transcript",
                               f"{co} {_period(rng)} results call", f"{co.upper()} – EARNINGS CALL",
                               f"Transcript: {co}, {_period(rng)} trading update call"]))
    if rng.random() < 0.4:
        d = _day(rng, 2019, 2025)
        out.append(rng.choice([f"{WEEKDAYS[d.weekday()]}, {_long(d)}, {_hm(rng)} GMT", f"Call date: {_long(d)}",
                               f"{MONTHS[d.month - 1][:3]} {d.day}, {d.year}"]))
    out.append(rng.choice(["Company Participants", "Company participants:", "EXECUTIVES", "Corporate Participants"]))
    sep = rng.choice([" - ", " – ", ", ", " — "])
    for role in rng.sample(_ROLES51[:6], rng.randint(2, 3)):
        out.append(f"{_name(rng)}{sep}{role}")
    if rng.random() < 0.7:
        out.append(rng.choice(["Conference Call Participants", "Analysts:", "ANALYSTS", "Other participants"]))
        for broker in rng.sample(_BROKERS, rng.randint(2, 4)):
            out.append(f"{_name(rng)}{sep}{broker}")
    if rng.random() < 0.5:
        out.append(rng.choice(["Presentation", "Operator", "PRESENTATION", "Prepared remarks"]))
    return out


def _t51_call_labels(rng: random.Random, ctx: dict) -> list[str]:
    """Section and speaker labels left between the paragraphs of a transcript."""
    speaker = rng.choice([f"{_name(rng)} – {rng.choice(_BROKERS)}", f"{_name(rng)}",
                          f"{_name(rng)} – {rng.choice(_ROLES51[:5])}", "Operator", "Unidentified Analyst",
                          f"{_name(rng)}, {rng.choice(_BROKERS)} – Analyst"])
    rows = [rng.choice(["Question-and-Answer Session", "QUESTIONS AND ANSWERS", "Q&A", "Operator",
                        "[Operator Instructions]", "End of Q&A", "[technical difficulty]", "[indiscernible]",
                        "Q -", "A -", "Presentation", "(Break in audio)"]), speaker]
    r = rng.random()
    return rows[:1] if r < 0.35 else rows[1:] if r < 0.7 else rows


def _t51_index_strip(rng: random.Random, ctx: dict) -> list[str]:
    """A strip of index levels and changes across the top or foot of the markets page."""
    out = []
    for idx in rng.sample(_INDICES, rng.randint(2, 5)):
        lvl = rng.uniform(900, 41000)
        ch = rng.uniform(-2.4, 2.4)
        pts = lvl * ch / 100
        out.append(rng.choice([f"{idx} {lvl:,.2f} {_arrow(rng, ch)}{abs(ch):.2f}%",
                               f"{idx.upper()} {lvl:,.1f} {_signed(pts)} ({_signed(ch)}%)",
                               f"{idx}  {lvl:,.0f}  {_signed(ch)}%", f"{idx}: {lvl:,.2f} ({_signed(pts, 1)})"]))
    if rng.random() < 0.3:
        out.append(rng.choice(["Markets closed", "LIVE", f"Updated {_hm(rng)}", "Pre-market", "All markets ›"]))
    return glue(rng, out, 0.65, ("  ", " | ", " · ", "   "))


def _t51_quote_box(rng: random.Random, ctx: dict) -> list[str]:
    """A stock-quote box: name, symbol, price, change, ranges, volume, valuation ratios."""
    co = _co(rng)
    p, ps = _pence(rng)
    ch = rng.uniform(-7, 7)
    lo, hi = p * rng.uniform(0.55, 0.95), p * rng.uniform(1.02, 1.6)
    rows = [rng.choice([f"{co} ({rng.choice(_EXCHANGES)}: {_ticker(co)})", f"{_ticker(co)}  {co}",
                        f"{co.upper()} PLC ORD {rng.choice(['1P', '5P', '10P', '25P'])}", f"{_ticker(co)}.LX"]),
            rng.choice([f"{ps}  {_signed(p * ch / 100, 1)} ({_signed(ch)}%)", f"Price: {ps}",
                        f"{ps} {_arrow(rng, ch)} {abs(ch):.2f}%", f"Last {ps}  Chg {_signed(ch)}%"]),
            rng.choice([f"Day range {p * 0.98:,.1f} - {p * 1.02:,.1f}", f"Open {p * rng.uniform(0.97, 1.03):,.1f}",
                        f"Prev close {p / (1 + ch / 100):,.1f}"]),
            f"52-wk range {lo:,.1f} - {hi:,.1f}",
            rng.choice([f"Volume {rng.randint(20, 9000):,}k", f"Vol: {rng.randint(100_000, 40_000_000):,}"]),
            rng.choice([f"Mkt cap {_money(rng, 80, 24000)}", f"Market value: {_money(rng, 80, 24000)}"]),
            rng.choice([f"P/E {rng.uniform(4, 48):.1f}", f"Div yield {rng.uniform(0, 8.5):.2f}%",
                        f"EPS {rng.uniform(-12, 90):.1f}p", f"Beta {rng.uniform(0.3, 1.9):.2f}"]),
            rng.choice([f"As of {_hm(rng)} BST", f"Close {_long(_day(rng, 2018, 2025))}", "Real-time", "Delayed"])]
    return glue(rng, some(rng, rows, 2, 6), 0.35, (" | ", "  ", " · "))


def _t51_rating_box(rng: random.Random, ctx: dict) -> list[str]:
    """An analyst consensus box: buy/hold/sell counts, price targets, a broker's latest move."""
    co = _co(rng)
    b, h, s = rng.randint(0, 16), rng.randint(0, 10), rng.randint(0, 6)
    p, _ = _pence(rng)
    tgt = p * rng.uniform(0.8, 1.5)
    old = tgt * rng.uniform(0.8, 1.2)
    move = rng.choice(["reiterates", "upgrades to", "downgrades to", "starts at", "moves to"])
    rating = rng.choice(["Buy", "Hold", "Overweight", "Neutral", "Sell", "Add", "Reduce"])
    rows = [rng.choice(["Analyst ratings", "BROKER VIEWS", "Consensus", f"What analysts say about {_ticker(co)}",
                        "Analyst recommendations"]),
            rng.choice([f"Buy {b} | Hold {h} | Sell {s}", f"{b} Buy · {h} Hold · {s} Sell",
                        f"Buy: {b}  Outperform: {rng.randint(0, 5)}  Hold: {h}  Sell: {s}"]),
            rng.choice([f"Consensus: {rng.choice(['Buy', 'Moderate buy', 'Hold', 'Outperform', 'Underweight'])}",
                        f"Average rating {rng.uniform(1.2, 4.2):.1f} (1 = strong buy)"]),
            rng.choice([f"Average price target: {tgt:,.0f}p ({_signed((tgt / p - 1) * 100, 1)}%)",
                        f"Target high {tgt * 1.25:,.0f}p  low {tgt * 0.7:,.0f}p", f"12-month target {tgt:,.0f}p"]),
            rng.choice([(f"{rng.choice(_BROKERS)} {move} {rating}, "
                         f"target {'raised' if tgt > old else 'cut'} to {tgt:,.0f}p from {old:,.0f}p"),
                        (f"{_short(rng, _day(rng, 2020, 2025))}  {rng.choice(_BROKERS)}  {rng.choice(['Buy', 'Hold'])}"
                         f"  {tgt:,.0f}p")])]
    return glue(rng, some(rng, rows, 2, 4), 0.3, (" | ", "  ", " · "))


def _t51_ipo_calendar(rng: random.Random, ctx: dict) -> list[str]:
    """An IPO calendar table."""
    out = [rng.choice(["IPO calendar", "UPCOMING FLOTATIONS", "New issues this month", "IPO pipeline",
                       "Expected listings"])]
    if rng.random() < 0.3:
        out.append(rng.choice(["Date  Company  Market  Price range  Raising", "Date | Company | Venue | Size"]))
    style = rng.randrange(3)
    d = _day(rng, 2019, 2025)
    for co in rng.sample(_NEWCOS, rng.randint(2, 5)):
        d += datetime.timedelta(days=rng.randint(1, 12))
        lo = rng.randint(80, 420)
        hi = lo + rng.randint(10, 60)
        size = _money(rng, 20, 900)
        ex = rng.choice(_EXCHANGES)
        status = rng.choice(["Priced", "Expected", "Postponed", "TBC"])
        step = rng.choice(["pricing", "first day of dealings", "books close"])
        out.append([f"{_short(rng, d)}  {co}  {ex}  {lo}p-{hi}p  {size}",
                    f"{_short(rng, d)} | {co} | {ex} | {size} | {status}",
                    f"{co} ({ex}) – {step} {_short(rng, d)}, range {lo}p to {hi}p"][style])
    return out


def _t51_dividend_calendar(rng: random.Random, ctx: dict) -> list[str]:
    """An ex-dividend calendar."""
    out = [rng.choice(["Ex-dividend this week", "DIVIDEND CALENDAR", "Going ex-dividend", "Dividends due",
                       "Ex-div dates"])]
    if rng.random() < 0.35:
        out.append(rng.choice(["Company  Amount  Ex-date  Pay date", "Company | Dividend | Type | Ex | Paid"]))
    style = rng.randrange(3)
    week = _day(rng, 2018, 2025)
    for co in rng.sample(_COS, rng.randint(3, 6)):
        ex = week + datetime.timedelta(days=rng.randint(0, 6))
        paid = ex + datetime.timedelta(days=rng.randint(14, 45))
        amt = f"{rng.uniform(0.4, 48):.2f}p"
        kind = rng.choice(["Interim", "Final", "Special", "Q2", "Q3"])
        out.append([f"{co}  {amt}  {_short(rng, ex)}  {_short(rng, paid)}",
                    f"{co} | {amt} | {kind} | {_short(rng, ex)} | {_short(rng, paid)}",
                    (f"{_ticker(co)}: {kind if kind[0] == 'Q' else kind.lower()} {amt}, "
                     f"ex-div {_short(rng, ex)}")][style])
    return out


def _t51_fx_strip(rng: random.Random, ctx: dict) -> list[str]:
    """A currency strip: pairs, rates, changes."""
    pairs = {"GBP/USD": 1.27, "GBP/EUR": 1.16, "EUR/USD": 1.09, "USD/JPY": 148.0, "GBP/JPY": 188.0, "USD/CHF": 0.88,
             "EUR/GBP": 0.86, "AUD/USD": 0.66, "USD/CAD": 1.36}
    out = []
    for pair in rng.sample(sorted(pairs), rng.randint(2, 5)):
        rate = pairs[pair] * rng.uniform(0.93, 1.07)
        ch = rng.uniform(-0.9, 0.9)
        nd = 2 if rate > 20 else 4
        out.append(rng.choice([f"{pair} {rate:.{nd}f} {_signed(ch)}%", f"{pair.replace('/', '')} {rate:.{nd}f}",
                               f"{pair}  {rate:.{nd}f}  {_arrow(rng, ch)}", f"£1 = ${rate:.4f}" if pair == "GBP/USD"
                               else f"{pair}: {rate:.{nd}f} ({_signed(ch)}%)"]).strip())
    head = rng.choice(["Currencies", "FX", "CURRENCIES", "Sterling", "", "", ""])
    return glue(rng, ([head] if head else []) + out, 0.6, ("  ", " | ", " · "))


def _t51_commodities(rng: random.Random, ctx: dict) -> list[str]:
    """A commodity price strip."""
    items = [("Crude oil", "$/bbl", 58, 96), ("Natural gas", "p/therm", 60, 190), ("Gold", "$/oz", 1700, 2700),
             ("Silver", "$/oz", 19, 33), ("Copper", "$/t", 7400, 11000), ("Aluminium", "$/t", 2000, 2900),
             ("Wheat", "£/t", 150, 260), ("Cocoa", "$/t", 2400, 9800), ("Iron ore", "$/t", 90, 150),
             ("Coffee", "c/lb", 140, 340)]
    out = [rng.choice(["COMMODITIES", "Commodities", "Raw materials", "Metals & energy"])] if rng.random() < 0.5 else []
    for nm, unit, lo, hi in rng.sample(items, rng.randint(2, 5)):
        v = rng.uniform(lo, hi)
        ch = rng.uniform(-3.5, 3.5)
        out.append(rng.choice([f"{nm} {v:,.2f} {unit} {_signed(ch)}%", f"{nm.upper()} {v:,.1f} {_arrow(rng, ch)}",
                               f"{nm} ({unit}) {v:,.2f}", f"{nm}: {v:,.0f} ({_signed(ch, 1)}%)"]))
    return glue(rng, out, 0.55, ("  ", " | ", " · "))


def _t51_delay_notice(rng: random.Random, ctx: dict) -> list[str]:
    """Market-data delay and provenance lines under a chart or quote."""
    v = rng.choice(_VENDORS)
    rows = [rng.choice([f"Data delayed by at least {rng.choice([15, 20])} minutes", "Prices delayed 15 mins",
                        "Quotes are delayed unless otherwise indicated", "Real-time data for subscribers only",
                        "Intraday data delayed at least 15 minutes or per exchange requirements"]),
            rng.choice([f"Market data provided by {v}", f"Source: {v}", f"Powered by {v}", f"Data: {v}, {_hm(rng)}"]),
            rng.choice(["Prices in GBX unless stated", "All times are UK time", "Currency in GBP",
                        "Terms of use | Data disclaimer", "Fundamentals data is updated daily"])]
    return glue(rng, some(rng, rows, 1, 3), 0.5, (". ", " | ", "  "))


def _t51_movers(rng: random.Random, ctx: dict) -> list[str]:
    """A risers and fallers table from the market report."""
    up = rng.random() < 0.5
    out = [rng.choice(["Top risers", "BIGGEST GAINERS", "Risers", "Best performers"] if up else
                      ["Top fallers", "BIGGEST LOSERS", "Fallers", "Worst performers"])]
    style = rng.randrange(3)
    for co in rng.sample(_COS, rng.randint(3, 5)):
        ch = rng.uniform(0.8, 14) * (1 if up else -1)
        _, ps = _pence(rng)
        out.append([f"{co} {_signed(ch, 1)}% {ps}", f"{_ticker(co)}  {ps}  {_signed(ch)}%",
                    f"{co} | {ps} | {_arrow(rng, ch)}{abs(ch):.1f}%"][style])
    return out


def _t51_deal_sheet(rng: random.Random, ctx: dict) -> list[str]:
    """A 'deal at a glance' box beside merger coverage."""
    buyer, target = rng.sample(_COS, 2)
    rows = [rng.choice(["Deal at a glance", "THE DEAL", "Key terms", "Transaction summary"]),
            f"Acquirer: {buyer}", f"Target: {target}",
            rng.choice([f"Value: {_money(rng, 40, 9000)} (enterprise value)", f"Equity value: {_money(rng, 40, 9000)}",
                        f"Offer: {rng.randint(90, 900)}p per share ({rng.randint(12, 65)}% premium)"]),
            rng.choice(["Consideration: cash", "Consideration: cash and new shares", "All-share",
                        f"Cash {rng.randint(40, 90)}% / shares {rng.randint(10, 60)}%"]),
            f"Advisers: {' / '.join(rng.sample(_BROKERS, 2))}",
            rng.choice([f"Expected completion: Q{rng.randint(1, 4)} {rng.randint(2024, 2026)}",
                        "Subject to shareholder and regulatory approval", f"Long-stop date: {_dm(rng)}"])]
    return rows[:1] + some(rng, rows[1:], 2, 5)


def _code(rng: random.Random, n: int) -> str:
    """n random capitals and digits (identifier codes)."""
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(n))


def _t51_filing_header(rng: random.Random, ctx: dict) -> list[str]:
    """A regulatory announcement's header: issuer, release number, time, codes, classification."""
    co = _co(rng)
    d = _day(rng, 2016, 2025)
    rows = [rng.choice(["Regulatory announcement", "REGULATORY NEWS", "Company announcement",
                        "Stock exchange release"]),
            rng.choice([f"{co} plc", co.upper(), f"{co} PLC ({_ticker(co)})"]),
            rng.choice([f"Released: {_hm(rng)} {_long(d)}", f"{d.day:02d}/{d.month:02d}/{d.year} 07:00",
                        f"{_long(d)}"]),
            rng.choice([f"Announcement No. {_digits(rng, 4)}{rng.choice('ABCDEFGHKLMNPQRSTUVWXYZ')}",
                        f"Ref: {rng.choice(_REGULATORS).split()[0][:3].upper()}/{d.year}/{_digits(rng, 5)}"]),
            rng.choice([f"LEI: {_digits(rng, 4)}00{_code(rng, 12)}{_digits(rng, 2)}",
                        f"ISIN: GB00{_code(rng, 7)}{rng.randint(0, 9)}"]),
            rng.choice(["Category: Half-year results", "Category: Transaction in own shares",
                        "Category: Director/PDMR shareholding", "Category: Trading statement",
                        "Category: Total voting rights", "Category: Holding(s) in company",
                        "Classification: Inside information"]),
            rng.choice([f"Filed with the {rng.choice(_REGULATORS)}", "Form TR-1", "Document type: Annual report"])]
    return rows[:1] + some(rng, rows[1:], 2, 5)


def _t51_webinar_form(rng: random.Random, ctx: dict) -> list[str]:
    """A webinar registration box and its form fields, flattened."""
    d = _day(rng, 2021, 2026)
    topic = rng.choice(_TOPICS)
    rows = [rng.choice(["WEBINAR", "Live webinar", "On-demand webinar", "Free webinar", "Register for our webinar"]),
            rng.choice([f"{topic[0].upper()}{topic[1:]}: what's next?", f"Masterclass: {topic}",
                        f"The {d.year} guide to {topic}", f"Ask the experts: {topic}"]),
            rng.choice([f"{WEEKDAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]}, {rng.randint(9, 16)}:00 GMT",
                        f"{_long(d)} | {rng.randint(30, 60)} minutes", "Available on demand",
                        f"{d.day:02d}.{d.month:02d}.{d.year} – 11:00 BST"]),
            " ".join(some(rng, ["First name*", "Last name*", "Work email*", "Company*", "Job title*", "Country*",
                                "Phone", "Company size ▾", "Industry ▾"], 2, 6)),
            rng.choice(["Register now", "REGISTER", "Save my seat", "Watch now", "Sign up free »"]),
            rng.choice([f"In association with {_co(rng)}", f"Sponsored by {_co(rng)}",
                        f"Presented by {rng.choice(_TRADE)}", "* required field"])]
    return glue(rng, some(rng, rows, 2, 5), 0.3, (" | ", "  ", " · "))


def _t51_gated_download(rng: random.Random, ctx: dict) -> list[str]:
    """A gated report or whitepaper download panel."""
    topic = rng.choice(_TOPICS)
    sponsor = rng.choice([_co(rng), rng.choice(_RESEARCH)])
    rows = [rng.choice(["WHITEPAPER", "Free report", "Download the report", "Research report", "E-BOOK",
                        "Industry benchmark"]),
            rng.choice([f"{topic[0].upper()}{topic[1:]}: benchmark report {rng.randint(2022, 2026)}",
                        f"The state of {topic}", f"{rng.randint(5, 12)} questions to ask about {topic}"]),
            rng.choice([f"PDF, {rng.randint(8, 64)} pages", f"{rng.randint(1, 9)}.{rng.randint(0, 9)} MB",
                        f"{rng.randint(300, 2000)} respondents surveyed"]),
            rng.choice(["Complete the form to download", "Download now", "Get the report ›", "Access for free",
                        "Fill in your details to unlock"]),
            rng.choice([f"Provided by {sponsor}", f"Published by {sponsor}", f"In partnership with {sponsor}"]),
            rng.choice(["Your details will be shared with the sponsor.", "Business email required",
                        "Already registered? Log in"])]
    return glue(rng, some(rng, rows, 2, 4), 0.3, (" | ", "  ", " · "))


def _t51_event_agenda(rng: random.Random, ctx: dict) -> list[str]:
    """A conference agenda column."""
    ev = rng.choice(_EVENTS)
    out = [rng.choice([f"{ev} {rng.randint(2023, 2026)}: agenda", "AGENDA", "Programme",
                       f"{ev} – Day {rng.randint(1, 2)}"])]
    sessions = [f"Keynote: {rng.choice(_TOPICS)} – {_name(rng)}, {rng.choice(_ROLES51[:3])}, {_co(rng)}",
                f"Panel: {rng.choice(_TOPICS)}", f"Fireside chat with {_name(rng)}, {rng.choice(_TRADE)}",
                f"Case study: how {_co(rng)} {rng.choice(['cut costs', 'went electric', 'rebuilt its network'])}",
                "Breakout sessions (choose one)", "Networking lunch", "Coffee break and exhibition",
                f"Workshop: {rng.choice(_TOPICS)} in practice",
                f"Ask the analyst: {_name(rng)}, {rng.choice(_RESEARCH)}"]
    items = rng.sample(sessions, rng.randint(2, 5))
    if rng.random() < 0.5:
        items = [rng.choice(["Registration and coffee", "Registration opens", "Chair's welcome"])] + items
    if rng.random() < 0.4:
        items.append(rng.choice(["Close of conference", "Drinks reception", "Chair's closing remarks"]))
    hh, mm = rng.choice([8, 9]), rng.choice([0, 15, 30])
    sep = rng.choice(["  ", " | ", " – ", " "])
    for what in items:
        out.append(f"{hh:02d}:{mm:02d}{sep}{what}")
        mm += rng.choice([15, 30, 45, 60])
        hh, mm = hh + mm // 60, mm % 60
    return out


def _t51_award_sponsors(rng: random.Random, ctx: dict) -> list[str]:
    """Award and event sponsorship furniture."""
    aw = rng.choice(_AWARDS51)
    rows = [rng.choice([f"{aw} {rng.randint(2023, 2026)}", aw.upper(), f"The {aw}"]),
            rng.choice([f"Headline sponsor: {_co(rng)}", f"Headline partner {_co(rng)}"]),
            f"Category sponsors: {', '.join(rng.sample(_COS, rng.randint(2, 4)))}",
            rng.choice(["Entries close " + _dm(rng), "Shortlist announced", "Book your table", "Enter now",
                        f"Ceremony: {_dm(rng)}, {rng.choice(_PLACES)}", "Sponsorship opportunities available",
                        "Tables of 10 from £2,950 + VAT"])]
    return glue(rng, some(rng, rows, 2, 4), 0.3, (" | ", "  ", " · "))


def _t51_job_board(rng: random.Random, ctx: dict) -> list[str]:
    """The trade title's job board: vacancies with employer, place and salary."""
    out = [rng.choice(["Latest jobs", "JOBS", f"{rng.choice(_TRADE)} Jobs", "Featured vacancies", "Careers"])]
    style = rng.randrange(3)
    for job in rng.sample(_JOBS, rng.randint(2, 5)):
        lo = rng.randint(26, 80)
        sal = rng.choice([f"£{lo},000", f"£{lo}k - £{lo + rng.randint(4, 20)}k", "Competitive", "Negotiable",
                          f"Up to £{lo},000 + car", f"£{lo},000 - £{lo + rng.randint(4, 20)},000 + benefits"])
        co, town = rng.choice(_COS + _NEWCOS), rng.choice(_PLACES)
        out.append([f"{job} | {co} | {town} | {sal}", f"{_bullet(rng)}{job}, {co}, {town} – {sal}",
                    f"{job}\t{town}\t{sal}"][style])
    if rng.random() < 0.6:
        out.append(rng.choice(["View all jobs »", "Post a vacancy", "Upload your CV", "Set up a job alert"]))
    return out


def _t51_supplier_directory(rng: random.Random, ctx: dict) -> list[str]:
    """A supplier directory listing."""
    out = [rng.choice(["Supplier directory", "BUYERS' GUIDE", "Find a supplier", "Featured suppliers"])]
    if rng.random() < 0.4:
        out.append(rng.choice(["Category: " + rng.choice(["Pallet racking", "Refrigerated trailers",
                                                          "Label printers", "Telematics", "Shrink film"]),
                               "A B C D E F G H I J K L M N O P R S T U V W"]))
    for co in rng.sample(_COS + _NEWCOS, rng.randint(2, 4)):
        out.append(rng.choice([f"{co} – {_sector(co)} – {rng.choice(_PLACES)}",
                               f"{co}  {_phone(rng)}  {_co_site(co)}", f"{co} ✓ Verified supplier",
                               f"{co} ({rng.choice(_PLACES)}) · {rng.randint(3, 60)} products"]))
    if rng.random() < 0.6:
        out.append(rng.choice(["Request a quote", "List your company", "Claim this listing", "Compare suppliers"]))
    return out


def _t51_subscription_tiers(rng: random.Random, ctx: dict) -> list[str]:
    """A professional-subscription tier panel."""
    out = [rng.choice(["Choose your plan", "SUBSCRIBE", f"{rng.choice(_TRADE)} Pro", "Subscription options"])]
    base = rng.randint(9, 39)
    tiers = [("Essential", base), ("Professional", base * 3), ("Premium", base * 5)]
    for nm, price in some(rng, tiers, 2, 3):
        out.append(rng.choice([f"{nm} £{price}/month", f"{nm} – £{price * 10:,} a year",
                               f"{nm.upper()} £{price} per month, billed annually",
                               f"{nm}: £{price}/mo + VAT"]))
    out.append(rng.choice(["Enterprise – contact sales", "Team licences available", "Already a subscriber? Sign in",
                           "Cancel anytime", "Includes data hub and archive", "Start free trial"]))
    return glue(rng, out, 0.3, (" | ", "  ", " · "))


def _t51_sponsor_label(rng: random.Random, ctx: dict) -> list[str]:
    """Sponsored, partner and contributor labels on the trade desk."""
    co = rng.choice(_COS + _RESEARCH)
    rows = [rng.choice(["Sponsored", "PARTNER CONTENT", "Industry Voices", "Promoted", "Advertisement feature",
                        "Sponsored insight", "Brand partner", "Paid post"]),
            rng.choice([f"In association with {co}", f"Sponsored by {co}", f"Brought to you by {co}",
                        f"Produced in partnership with {co}", f"From our partner {co}"]),
            rng.choice(["This content was paid for by the advertiser", "Not written by our journalists",
                        f"By {_name(rng)}, {rng.choice(_ROLES51[:4])}, {co}", "Learn more"])]
    return glue(rng, some(rng, rows, 1, 3), 0.45, (" | ", "  ", " · "))


def _t51_related(rng: random.Random, ctx: dict) -> list[str]:
    """'More from markets' lists pointing at other pieces."""
    hls = _dedupe(headlines(rng, ctx, _HL51, rng.randint(1, 3)) + rng.sample(_HL51, rng.randint(0, 2)))
    head = rng.choice(["More from Markets", "Related coverage", "RELATED", "Read next", "Most read in Business",
                       f"More from {rng.choice(_TRADE)}", "Latest company news", "ALSO ON THE DEALS DESK"])
    b = _bullet(rng)
    return [head] + [b + h for h in hls]


# prose ---------------------------------------------------------------------------------------------------------


def _t51_about_prose(rng: random.Random, ctx: dict) -> list[str]:
    """The 'About <Company>' boilerplate paragraph at the foot of a press release."""
    co = _co(rng)
    s = [pick(rng, [
        ("Founded in {y} and headquartered in {town}, {co} is a leading provider of {sector} services, employing "
         "around {n:,} people across {k} countries."),
        ("{co} is one of the largest independent {sector} businesses in Europe, serving more than {n:,} customers "
         "from {k} sites and generating annual revenues of {m}."),
        ("{co} designs, builds and maintains {sector} systems for public and private sector clients, and has been "
         "listed on the {ex} since {y2}."),
        ("With roots going back to a family workshop on {road} in {town}, {co} today operates in {k} markets and is "
         "recognised as a specialist in {sector}."),
        ("{co} ({ex}: {tick}) helps organisations in {k} countries make better decisions about {sector}, combining "
         "proprietary data with the expertise of {n:,} specialists."),
    ], y=rng.randint(1868, 2016), y2=rng.randint(1958, 2021), town=rng.choice(_PLACES), co=co,
        sector=_sector(co), n=rng.randint(120, 48000), k=rng.randint(3, 41), m=_money(rng, 30, 9000),
        ex=rng.choice(_EXCHANGES), road=rng.choice(_ROADS), tick=_ticker(co))]
    if rng.random() < 0.5:
        s.append(pick(rng, ["For more information about {co} and its {sector} business, please visit {site}.",
                            ("Further information about the company, including its latest annual report, is available "
                             "at {site}."),
                            ("To find out more about {co} and its {sector} work, visit {site} or follow the company "
                             "on its social channels.")], site=_co_site(co), co=co, sector=_sector(co)))
    head = rng.choice([f"About {co}", f"ABOUT {co.upper()}", f"About {co}:", "Notes to editors", "", ""])
    return ([head] if head else []) + _pack(s)


def _t51_safe_harbour_prose(rng: random.Random, ctx: dict) -> list[str]:
    """Forward-looking-statement and safe-harbour prose, in the wordings lawyers rotate through."""
    co = _co(rng)
    s = [pick(rng, [
        ("This {doc} contains certain forward-looking statements with respect to the financial condition, results "
         "of operations and business of {co}, which by their nature involve risk and uncertainty."),
        ("Statements in this {doc} that are not historical facts, including those about {poss} expectations for "
         "{period} revenue and margins, are forward-looking statements and are not guarantees of future performance."),
        ("In this {doc}, words such as \"anticipate\", \"believe\", \"expect\", \"intend\" and \"plan\" identify "
         "forward-looking statements, although not all of the statements made by {co} contain these words."),
        ("Actual results may differ materially from those expressed or implied by these statements because of "
         "factors including {f1}, {f2} and the other risks described in the {co} annual report for {y}."),
        ("Nothing in this {doc} should be construed as a profit forecast, and past share performance cannot be "
         "relied upon as a guide to the future performance of {co}."),
        ("These forward-looking statements speak only as at {date}, and {co} undertakes no obligation to update "
         "them, save as required by law or by the rules of the {ex}."),
    ], co=co, poss=_poss(co), period=_period(rng), y=rng.randint(2015, 2025), ex=rng.choice(_EXCHANGES),
        date=_long(_day(rng, 2015, 2025)),
        doc=rng.choice(["announcement", "release", "presentation", "document", "report", "statement"]),
        f1=rng.choice(["changes in interest and exchange rates", "the cost and availability of energy",
                       "delays to customer orders", "the outcome of pending litigation", "raw material prices",
                       "the timing of regulatory approvals"]),
        f2=rng.choice(["supply-chain disruption", "changes in government policy", "the loss of key personnel",
                       "competitive pressure on pricing", "adverse weather", "cyber attacks"]))]
    if rng.random() < 0.35:
        s.append(pick(rng, [
            ("Readers are cautioned not to place undue reliance on any forward-looking statement made by {co} or on "
             "its behalf."),
            ("No representation or warranty is made that any of these statements or forecasts will come to pass or "
             "that any forecast result will be achieved by {co}.")], co=co))
    head = rng.choice(["Forward-looking statements", "FORWARD-LOOKING STATEMENTS", "Cautionary statement",
                       "Safe Harbor Statement", "Important notice", "", "", ""])
    return ([head] if head else []) + _pack(s)


def _t51_release_quote_prose(rng: random.Random, ctx: dict) -> list[str]:
    """The executive quote every press release carries, about some other company's news."""
    co, person = _co(rng), _name(rng)
    role = rng.choice(["chief executive", "CEO", "managing director", "chair", "chief operating officer", "founder"])
    s = pick(rng, [
        ("\"We are delighted to welcome the team at {other} to the {co} family,\" said {p}, {role} of {co}. \"Together "
         "we will be able to offer customers a far broader range of {sector} services.\""),
        ("\"This has been a year of real progress for {co},\" said {p}, {role}. \"We have grown revenue by {pct}% "
         "while continuing to invest in our people and our {sector} platform.\""),
        ("Commenting on the results, {p}, {role} of {co}, said: \"Trading in the {half} was in line with our "
         "expectations, and we enter the new year with a strong order book and a clear strategy.\""),
        ("\"Our new site in {town} is a vote of confidence in the region,\" said {p}. \"It will create around {n} "
         "skilled jobs and allow us to double capacity by {y}.\""),
        ("{p}, {role} at {co}, added: \"Customers are asking us for simpler, greener {sector} solutions, and this "
         "partnership puts us in a strong position to deliver them.\""),
        ("\"I am honoured to be joining {co} at such an exciting point in its history,\" said {p}. \"I look forward "
         "to working with the board and the wider team to build on its success.\""),
    ], co=co, p=person, role=role, other=rng.choice(_NEWCOS), sector=_sector(co), pct=rng.randint(3, 38),
        half=rng.choice(["first half", "second half", "final quarter", "opening months of the year"]),
        town=rng.choice(_PLACES), n=rng.randint(40, 600), y=rng.randint(2025, 2029))
    return _pack([s])


def _t51_dateline_prose(rng: random.Random, ctx: dict) -> list[str]:
    """The newswire dateline and opening sentence of another company's press release."""
    co, wire = _co(rng), rng.choice(_WIRES)
    d = _day(rng, 2015, 2025)
    town = rng.choice(_PLACES).upper()
    us_date = f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    dateline = rng.choice([f"{town}, {_long(d)} /{wire}/ --", f"{town}, {us_date} /{wire}/ -",
                           f"{town} ({wire}) {_long(d)} -", f"{_long(d)} – {town}:"])
    s = pick(rng, [
        "{co} ({tick}), a specialist in {sector}, today announced that it has completed the acquisition of {other}.",
        ("{co} today announced a multi-year agreement with {other} to supply {sector} services across its {k} sites "
         "in the UK and Ireland."),
        ("{co}, the {sector} group, today published its {period} results, reporting revenue of {m} and a return to "
         "profit after two difficult years."),
        ("{co} is pleased to announce the opening of a new {sector} facility in {place}, its largest investment in "
         "the region to date."),
        ("{co} today launched a new range of {sector} products designed for small and medium-sized businesses, "
         "available from {wd} through its partner network."),
    ], co=co, tick=_ticker(co), sector=_sector(co), other=rng.choice(_NEWCOS), k=rng.randint(4, 90),
        period=_period(rng), m=_money(rng, 20, 6000), place=rng.choice(_PLACES), wd=_wd(rng))
    return _pack([f"{dateline} {s}"])


def _t51_operator_prose(rng: random.Random, ctx: dict) -> list[str]:
    """The conference-call operator's lines at the start or between questions of a transcript."""
    co = _co(rng)
    s = pick(rng, [
        ("Good {tod}, and welcome to the {co} {period} results conference call; at this time all participants are "
         "in a listen-only mode, and today's call is being recorded."),
        ("Thank you for standing by, ladies and gentlemen, and I would now like to hand the conference over to "
         "your first speaker today, {p}, {role} of {co}."),
        ("We will now begin the question-and-answer session, so if you would like to ask a question, please press "
         "star {key} on your telephone keypad and wait for your name to be announced."),
        ("Our next question comes from the line of {p2} with {broker}, and your line is now open, so please go "
         "ahead with your question."),
        ("There are no further questions at this time, so I will now hand the call back to {p} for any closing "
         "remarks before we end today's conference."),
        ("This concludes today's conference call for {co}, and we thank you all for participating; you may now "
         "disconnect your lines."),
        ("As a reminder, this call is being recorded, and a replay will be available on the {co} investor website "
         "for {k} days after the call."),
    ], co=co, period=_period(rng), p=_name(rng), role=rng.choice(_ROLES51[:5]).lower(), p2=_name(rng),
        broker=rng.choice(_BROKERS), tod=rng.choice(["morning", "afternoon", "day"]),
        key=rng.choice(["one", "one, one"]), k=rng.choice([7, 14, 30, 90]))
    label = rng.choice(["Operator", "Operator:", "OPERATOR", "", ""])
    if label.endswith(":"):
        return _pack([f"{label} {s}"])
    return ([label] if label else []) + _pack([s])


def _t51_call_remarks_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A paragraph of an executive's prepared remarks on another company's call."""
    co = _co(rng)
    s = pick(rng, [
        ("Thanks, {first}, and good morning, everyone; turning to slide {k}, group revenue for the quarter was {m}, "
         "up {pct}% on a constant-currency basis and slightly ahead of our guidance."),
        ("Gross margin came in at {gm}%, down around {bp} basis points year on year, mainly reflecting higher "
         "freight costs that we were not able to pass on in full."),
        ("Free cash flow was {m} in the period, and we ended the quarter with net debt of {m2}, comfortably within "
         "our target range of one to one and a half times earnings."),
        ("Looking ahead, we are reiterating our full-year guidance, although we now expect the second half to be "
         "more weighted towards the final quarter than we said in {mon}."),
        ("On capital allocation nothing has changed since {mon}: we will keep investing in the business first, "
         "maintain a progressive dividend and return surplus cash through buybacks."),
        ("In the {region} business, orders were up {pct}% in the quarter, helped by the {m} contract we announced "
         "in {mon}, and the pipeline remains healthy."),
    ], first=rng.choice(_GIVEN), k=rng.randint(4, 28), m=_money(rng, 40, 4000), pct=rng.randint(2, 19),
        gm=rng.randint(22, 61), bp=rng.choice([40, 60, 80, 120, 150]), m2=_money(rng, 40, 2000),
        mon=rng.choice(MONTHS), region=rng.choice(["Nordic", "North American", "Iberian", "domestic", "Asian"]))
    label = rng.choice([f"{_name(rng)} – {rng.choice(_ROLES51[:4])}", f"{_name(rng)}",
                        f"{_name(rng)}, {co}", "", ""])
    return ([label] if label else []) + _pack([s])


def _t51_analyst_question_prose(rng: random.Random, ctx: dict) -> list[str]:
    """An analyst's question from a transcript's Q&A, about another company."""
    first = rng.choice(_GIVEN)
    s = pick(rng, [
        ("Hi {first}, thanks for taking my question; just on the margin bridge, could you give us a sense of how "
         "much of the {bp} basis point decline was one-off and how much you expect to recover next year?"),
        ("Good morning, and two from me if I may: first on pricing in {region}, and second, could you update us on "
         "the timing of the new plant in {town}?"),
        ("Thanks, {first}, I wanted to come back to working capital, which looked quite heavy at the half, so is "
         "that a timing issue around the {mon} orders or the new normal?"),
        ("Could you talk a little about the competitive landscape, because we have heard that {other} has been very "
         "aggressive on price in the mid-market, and I wondered whether you are seeing that too?"),
        ("Just a quick follow-up on the buyback: should we think of the {m} as a floor for this year, or is that the "
         "full amount the board is comfortable with given the pipeline?"),
        ("Thanks for the detail on {region}, but could you say how much of the {pct}% volume growth came from new "
         "customers rather than existing ones ordering more?"),
    ], first=first, bp=rng.choice([50, 70, 90, 140, 210]),
        region=rng.choice(["the Nordics", "North America", "Iberia", "the domestic business", "Asia Pacific",
                           "the Gulf", "central Europe"]),
        town=rng.choice(_PLACES), mon=rng.choice(MONTHS), other=rng.choice(_COS), m=_money(rng, 20, 900),
        pct=rng.randint(2, 24))
    who = f"{_name(rng)}"
    label = rng.choice([f"{who} – {rng.choice(_BROKERS)}", f"{who}, {rng.choice(_BROKERS)}", "Q - " + who, "", ""])
    return ([label] if label else []) + _pack([s])


def _t51_results_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A results summary about another company."""
    co = _co(rng)
    s = [pick(rng, [
        ("{co} reported {period} pre-tax profit of {m}, up {pct}% on a year earlier, as strong demand for its "
         "{sector} services offset higher wage costs."),
        ("Revenue at {co} fell {pct}% to {m} in the {half}, the {sector} group said on {wd}, blaming destocking by "
         "larger customers and a slow start to the year."),
        ("{co} swung to a loss of {m} for the year after writing down the value of its {place} business, although "
         "underlying earnings were slightly ahead of forecasts."),
        ("Like-for-like sales at {co} rose {pct}% in the {k} weeks to {dm}, beating analysts' expectations and "
         "sending the shares up {sh}% in early trading."),
        ("{co} lifted its full-year profit guidance for the second time this year, citing better pricing and lower "
         "input costs, and raised its interim dividend by {pct}%."),
    ], co=co, period=_period(rng), m=_money(rng, 5, 3000), pct=rng.randint(2, 34), sector=_sector(co),
        half=rng.choice(["six months to June", "first half", "third quarter", "year to March"]), wd=_wd(rng),
        place=rng.choice(_PLACES), k=rng.choice([12, 16, 26, 52]), dm=_dm(rng), sh=rng.randint(2, 17))]
    if rng.random() < 0.35:
        s.append(pick(rng, [
            "The company said trading since the period end had been in line with its expectations.",
            "Chief executive {p} said the group remained cautious about consumer spending in the months ahead.",
            ("Analysts at {broker} said the numbers were solid but warned that the valuation already reflected much "
             "of the good news.")], p=_name(rng), broker=rng.choice(_BROKERS)))
    return _pack(s)


def _t51_deal_prose(rng: random.Random, ctx: dict) -> list[str]:
    """Deal and merger news about other companies."""
    a, b = rng.sample(_COS + _NEWCOS, 2)
    s = pick(rng, [
        ("{a} has agreed to buy {b} for {m} in cash, creating one of the largest {sector} groups in the country and "
         "ending months of speculation about a bid."),
        ("Shares in {b} jumped {pct}% after the company confirmed it had received a takeover approach from {a}, "
         "which has until {dm} to make a firm offer under takeover rules."),
        ("The board of {b} has rejected a {p}p-a-share proposal from {a}, saying it significantly undervalues the "
         "company and its prospects in {sector}."),
        ("{a} is to sell its {div} division to a private equity consortium for {m}, and plans to return most of "
         "the proceeds to shareholders through a special dividend."),
        ("The {reg} has opened an in-depth investigation into the proposed merger of {a} and {b}, citing concerns "
         "about competition in {sector}."),
    ], a=a, b=b, m=_money(rng, 30, 12000), sector=_sector(b), div=rng.choice(_SECTORS), pct=rng.randint(8, 45),
        dm=_dm(rng),
        p=rng.randint(60, 900), reg=rng.choice(_REGULATORS))
    return _pack([s])


def _t51_appointment_prose(rng: random.Random, ctx: dict) -> list[str]:
    """An executive-appointment item about somebody else."""
    co, p = _co(rng), _name(rng)
    s = pick(rng, [
        ("{co} has appointed {p} as chief financial officer with effect from {dm}, succeeding {p2}, who is retiring "
         "after {k} years with the group."),
        ("{p}, currently chief operating officer at {other}, will join {co} as chief executive in the spring, the "
         "{sector} company said on {wd}."),
        ("{co} said {p} would step down as chair at the annual meeting in {mon}, and that the board had begun a "
         "search for a successor."),
        ("{p} has been named managing director of {co}'s {place} operations, having previously led the company's "
         "{sector} business for {k} years."),
        ("The board of {co} is pleased to announce the appointment of {p} as an independent non-executive director "
         "and member of the audit committee."),
    ], co=co, p=p, p2=_name(rng), dm=_dm(rng), k=rng.randint(4, 31), other=rng.choice(_COS),
        sector=_sector(co), wd=_wd(rng), mon=rng.choice(MONTHS), place=rng.choice(_PLACES))
    head = rng.choice(["APPOINTMENTS", "People moves", "On the move", "", "", ""])
    return ([head] if head else []) + _pack([s])


def _t51_analyst_note_prose(rng: random.Random, ctx: dict) -> list[str]:
    """Analyst commentary about other stocks."""
    co, broker = _co(rng), rng.choice(_BROKERS)
    s = pick(rng, [
        ("Analysts at {broker} upgraded {co} to buy from hold, arguing that the market is underestimating how "
         "quickly margins will recover once {factor} eases."),
        ("{broker} cut its price target on {co} to {p}p from {p2}p, saying the shares were unlikely to re-rate "
         "until management shows it can deliver on its cost-saving plan."),
        ("\"We see {co} as a self-help story with an attractive yield,\" {analyst} of {broker} wrote in a note to "
         "clients, reiterating an outperform rating."),
        ("{co} was the biggest faller in the {idx} after {broker} downgraded the stock to sell, citing {factor} and "
         "a stretched valuation."),
        ("Not everyone is convinced: {analyst} at {broker} warned that consensus forecasts for {co} still look too "
         "high for the second half of the year."),
    ], co=co, broker=broker, p=rng.randint(80, 1500), p2=rng.randint(80, 1500), analyst=_name(rng),
        idx=rng.choice(_INDICES), factor=rng.choice(["input-cost inflation", "the destocking cycle",
                                                     "weak consumer demand", "high interest rates",
                                                     "the delayed contract award"]))
    return _pack([s])


def _t51_market_wrap_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A market-wrap paragraph from another day's report."""
    idx, idx2 = rng.sample(_INDICES, 2)
    ch = rng.uniform(0.1, 2.2)
    up = rng.random() < 0.5
    co, co2 = rng.sample(_COS, 2)
    s = [pick(rng, [
        ("The {idx} closed {dir} {ch:.1f}% at {lvl:,.1f} on {wd}, with {sector} shares {lead} after {fig} figures "
         "from {co}."),
        ("Stocks in {loc} drifted lower in thin trading as investors waited for the latest inflation figures, with "
         "the {idx} ending the {wd} session {ch:.2f}% weaker."),
        ("Sterling {fx} against the dollar to {rate:.4f} on {wd} after the central bank left interest rates on hold "
         "and signalled that cuts were some way off."),
        ("The {idx2} posted its best week since {mon}, rising {ch3:.1f}% as bond yields fell and traders bet on an "
         "earlier cut in borrowing costs."),
        ("Miners weighed on the {idx} as copper prices slipped on concerns about demand, with {co} down {ch2:.1f}% "
         "and {co2} off {ch4:.1f}%."),
    ], idx=idx, idx2=idx2, dir="up" if up else "down", ch=ch, lvl=rng.uniform(2000, 40000),
        wd=rng.choice(WEEKDAYS[:5]), sector=_sector(co), co=co, co2=co2,
        lead="leading the way" if up else "leading the fallers", fig="better-than-expected" if up else "disappointing",
        loc=rng.choice(["Europe", "Asia", "the Americas"]), fx=rng.choice(["rose", "fell", "edged up", "slipped"]),
        rate=rng.uniform(1.18, 1.34), mon=rng.choice(MONTHS), ch2=rng.uniform(1, 6), ch3=rng.uniform(1.1, 4),
        ch4=rng.uniform(0.5, 5))]
    if rng.random() < 0.3:
        s.append(pick(rng, [
            "Elsewhere, {co} rose {x:.1f}% after announcing a new contract with a large supermarket chain.",
            "Among smaller companies, {co} slumped {x:.1f}% after warning on profits for the second time in a year."],
            co=_co(rng), x=rng.uniform(2, 24)))
    head = rng.choice(["MARKET REPORT", "Markets wrap", f"{rng.choice(WEEKDAYS[:5])}'s close", "", "", ""])
    return ([head] if head else []) + _pack(s)


def _t51_fx_commodity_prose(rng: random.Random, ctx: dict) -> list[str]:
    """Currency and commodity commentary from another day."""
    s = pick(rng, [
        ("Crude oil rose {x:.1f}% to ${p:.2f} a barrel on {wd} after producers signalled they would extend supply "
         "cuts into the {q} quarter of the year."),
        ("Gold hit a record high of ${g:,.0f} an ounce as investors sought safety, while silver gained {x:.1f}% on "
         "renewed industrial demand from {buyer}."),
        ("Sterling has gained {x:.1f}% against the euro this month, its best run since {mon}, helped by stronger "
         "wage growth and stubborn services inflation."),
        ("Wholesale gas prices fell {x:.1f}% to their lowest level since {mon} as mild weather and full storage "
         "sites eased fears of a winter shortage."),
        ("Cocoa prices have more than doubled in a year after poor harvests in west Africa, squeezing margins at "
         "chocolate makers such as {co}, which raised prices in {mon}."),
        ("Copper slipped {x:.1f}% to ${cu:,.0f} a tonne on {wd}, its {k} fall in a row, as traders worried about "
         "weaker demand from builders and carmakers."),
    ], x=rng.uniform(0.4, 4.8), p=rng.uniform(58, 96), q=rng.choice(["third", "fourth", "final"]),
        g=rng.uniform(1800, 2800), mon=rng.choice(MONTHS), co=rng.choice(["Calderwyn Foods", "Quillbury Foods"]),
        wd=_wd(rng), buyer=rng.choice(["solar-panel makers", "electronics firms", "carmakers"]),
        cu=rng.uniform(7400, 11000), k=rng.choice(["third", "fourth", "fifth", "sixth"]))
    return _pack([s])


def _t51_sponsor_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A sponsor's message written to look like an article paragraph."""
    co = rng.choice(_COS + _RESEARCH)
    topic = rng.choice(_TOPICS)
    s = [pick(rng, [
        ("For many {team} teams, {topic} has moved from a back-office concern to a boardroom priority, and the "
         "businesses that act early are already seeing the benefit."),
        ("{co} works with more than {n:,} organisations to simplify {topic}, combining decades of experience with "
         "technology built for the way modern {team} teams really work."),
        ("A recent survey of {n:,} operations leaders found that {pct}% plan to increase spending on {topic} this "
         "year, yet fewer than a third feel confident about where to start."),
        ("Choosing the right partner for {topic} can be daunting, which is why {co} offers a free {k}-day "
         "assessment to help {team} teams understand where the quickest wins lie."),
    ], topic=topic, co=co, n=rng.randint(200, 9000), pct=rng.randint(41, 88), k=rng.choice([5, 10, 14, 30]),
        team=rng.choice(["finance", "procurement", "operations", "logistics", "risk", "supply-chain"]))]
    if rng.random() < 0.5:
        s.append(pick(rng, [
            "To find out how {co} can help your business with {topic}, visit {site} or speak to one of our team.",
            "Book a no-obligation demonstration with the {co} team today at {site}, or call us on {phone}.",
            "This article was produced in partnership with {co} and did not involve our editorial team."],
            co=co, site=_co_site(co), topic=rng.choice(_TOPICS), phone=_phone(rng)))
    return _label(rng, ["Sponsored", "PARTNER CONTENT", "Advertisement feature"], 0.35) + _pack(s)


def _t51_webinar_pitch_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A webinar pitch in sentences."""
    topic = rng.choice(_TOPICS)
    d = _day(rng, 2021, 2026)
    s = [pick(rng, [
        ("Join {p} of {co} and a panel of industry experts on {wdd} {dm} at {h}am for a practical discussion of "
         "{topic} and what it means for your business."),
        ("In this free {n}-minute webinar, our editor {p} talks to senior leaders from {co} and {co2} about the "
         "lessons they have learned on {topic}."),
        ("If you can't make it live on {wdd} {dm}, register anyway and we will send you a recording of the session, "
         "along with the slides and a summary of the questions on {topic}."),
        ("Places are limited to {cap} attendees, so register now to secure yours and to put your own questions on "
         "{topic} to {p} and the panel in advance."),
    ], p=_name(rng), co=_co(rng), co2=_co(rng), wdd=WEEKDAYS[d.weekday()], dm=f"{d.day} {MONTHS[d.month - 1]}",
        h=rng.randint(9, 11), topic=topic, n=rng.choice([30, 45, 60]), cap=rng.choice([100, 150, 250, 500]))]
    if rng.random() < 0.35:
        s.append(pick(rng, [("Attendance counts as {hours} towards your continuing professional development record "
                             "with the {body}, and certificates are sent by {when}."),
                            ("The session is free to attend and open to {team} professionals at any stage of their "
                             "career, with the sponsor, {co}, covering the cost.")],
                      hours=rng.choice(["one hour", "ninety minutes", "two hours"]),
                      body=rng.choice(["Institute of Freight Managers", "Guild of Treasury Professionals",
                                       "Chartered Society of Buyers"]),
                      when=rng.choice(["email the following day", "email within a week", "post"]),
                      team=rng.choice(["finance", "procurement", "logistics", "insurance", "operations"]),
                      co=_co(rng)))
    return _label(rng, ["WEBINAR", "Free webinar", "Register today"], 0.35) + _pack(s)


def _t51_report_blurb_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A blurb for a research report or whitepaper."""
    firm, topic = rng.choice(_RESEARCH), rng.choice(_TOPICS)
    s = pick(rng, [
        ("Based on interviews with {n:,} senior decision-makers, the {y} {firm} report on {topic} reveals how "
         "leading companies are adapting to higher costs and tighter margins."),
        ("Download our latest whitepaper to discover the {k} questions every buyer should ask about {topic}, "
         "with practical checklists and real-world case studies."),
        ("This benchmark report compares the performance of {n:,} businesses on {topic}, showing where the best "
         "performers invest and where others are falling behind."),
        ("The full report, which runs to {pp} pages, is available free to subscribers and can be purchased by "
         "non-subscribers for £{price} plus VAT from the {firm} website."),
    ], n=rng.randint(150, 4000), y=rng.randint(2022, 2026), firm=firm, topic=topic, k=rng.randint(5, 12),
        pp=rng.randint(24, 180), price=rng.choice([95, 195, 495, 1250]))
    return _pack([s])


def _t51_contributor_bio_prose(rng: random.Random, ctx: dict) -> list[str]:
    """An 'industry voices' contributor's bio and disclaimer."""
    p, co = _name(rng), _co(rng)
    s = [pick(rng, [
        "{p} is {role} at {co}, and leads the group's work on {topic} across its operations in {k} countries.",
        ("{p} has spent more than {k} years in {sector}, most recently as {role} of {co}, and writes regularly for "
         "{trade} on {topic}."),
        ("{p} is a partner at {firm} and advises mid-sized businesses on {topic}; before that, {p_first} ran the "
         "finance function at {co} for a decade."),
        "{p} is a former {role} of {co} and now chairs the {trade} advisory panel on {topic}.",
    ], p=p, p_first=p.split()[0], role=rng.choice(_ROLES51).lower(), co=co, topic=rng.choice(_TOPICS),
        k=rng.randint(8, 30), sector=_sector(co), trade=rng.choice(_TRADE),
        firm=rng.choice(_BROKERS + _RESEARCH))]
    if rng.random() < 0.5:
        s.append(pick(rng, [
            ("The views expressed in this article are those of {p_first} and do not necessarily reflect those of "
             "{trade} or its publisher."),
            ("Industry Voices is a forum for senior figures to share their opinions; contributions are not paid for "
             "and are edited only for length and style by {trade}.")], trade=rng.choice(_TRADE), p_first=p.split()[0]))
    return _pack(s)


def _t51_distribution_prose(rng: random.Random, ctx: dict) -> list[str]:
    """Inside-information and restricted-distribution notices at the top of an announcement."""
    co = _co(rng)
    s = pick(rng, [
        ("Not for release, publication or distribution, in whole or in part, in or into {places} or any other "
         "jurisdiction where to do so would breach the relevant laws of that jurisdiction."),
        ("This announcement contains inside information for the purposes of the market abuse rules, and is made on "
         "behalf of {co} by {p}, company secretary, on {date}."),
        ("This {doc} is for information purposes only and does not constitute an offer to sell, or the "
         "solicitation of an offer to buy, any securities of {co}."),
        ("Upon the publication of this announcement via a regulatory information service at {hm} on {date}, this "
         "inside information is now considered to be in the public domain."),
        ("Shareholders of {co} should read the scheme document carefully before making any decision in respect of "
         "the offer, which will be posted on or around {dm}."),
    ], co=co, p=_name(rng), dm=_dm(rng), date=_long(_day(rng, 2015, 2025)), hm=_hm(rng),
        doc=rng.choice(["announcement", "release", "notice", "document"]),
        places=rng.choice(["the United States, Canada or Japan", "Australia, South Africa or the United States",
                           "any restricted territory", "Japan, New Zealand or Canada"]))
    return _label(rng, ["IMPORTANT NOTICE", "Inside information", f"{co} plc ('{co.split()[0]}' or 'the Company')"],
                  0.4) + _pack([s])


def _t51_dividend_prose(rng: random.Random, ctx: dict) -> list[str]:
    """Dividend announcements of other companies."""
    co = _co(rng)
    rec = _day(rng, 2016, 2025)
    paid = rec + datetime.timedelta(days=rng.randint(14, 40))
    d, interim = rng.uniform(0.5, 45), rng.uniform(0.5, 30)
    s = pick(rng, [
        ("The board of {co} has declared an interim dividend of {d:.1f}p per share, payable on {paid} to "
         "shareholders on the register at the close of business on {rec}."),
        ("{co} will pay a final dividend of {d:.2f}p, taking the total for the year to {t:.2f}p, an increase of "
         "{pct}% that is in line with its progressive dividend policy."),
        ("Income investors will be disappointed that {co} has halved its dividend to {d:.1f}p, although the company "
         "says it expects to restore the payout once debt falls."),
        ("{co} also launched a share buyback of up to {m}, to be completed before the end of the year, alongside a "
         "special dividend of {d:.1f}p per share."),
    ], co=co, d=d, paid=f"{paid.day} {MONTHS[paid.month - 1]}", rec=f"{rec.day} {MONTHS[rec.month - 1]}",
        t=d + interim, pct=rng.randint(2, 15), m=_money(rng, 10, 1500))
    return _pack([s])


def _t51_ipo_prose(rng: random.Random, ctx: dict) -> list[str]:
    """News of other companies' flotations."""
    co = rng.choice(_NEWCOS)
    s = pick(rng, [
        ("{co} has confirmed plans to float on the {ex} later this month, aiming to raise around {m} to fund "
         "expansion into {region}."),
        ("Shares in {co} rose {pct}% on their first day of trading, valuing the {sector} business at {m2} and "
         "handing a windfall to its founding family."),
        ("{co} has priced its initial public offering at {p}p a share, towards the bottom of the indicated range, "
         "citing volatile market conditions."),
        ("The listing of {co}, which had been expected to be the biggest on the {ex} this year, has been postponed "
         "until market conditions improve."),
    ], co=co, ex=rng.choice(_EXCHANGES), m=_money(rng, 30, 900), m2=_money(rng, 200, 6000),
        region=rng.choice(["Europe", "North America", "the Gulf", "South-east Asia"]), pct=rng.randint(3, 41),
        sector=_sector(co), p=rng.randint(90, 480))
    return _pack([s])


def _t51_awards_entry_prose(rng: random.Random, ctx: dict) -> list[str]:
    """Award-entry and sponsorship prose from a trade title."""
    aw = rng.choice(_AWARDS51)
    s = [pick(rng, [
        ("Entries are now open for the {aw} {y}, celebrating the people and companies driving innovation in "
         "{sector}; the deadline for submissions is {dm}."),
        ("The shortlist for the {aw} has been announced, with {n} finalists across {k} categories, and winners "
         "will be revealed at a black-tie dinner in {town} on {dm}."),
        ("Congratulations to {co}, which was named {cat} at last night's {aw}, beating strong competition from "
         "{n} other finalists."),
        ("Entry to the {aw} is free for subscribers, and our judging panel of {n} independent experts will assess "
         "every submission on its merits."),
    ], aw=aw, y=rng.randint(2023, 2026), sector=rng.choice(_SECTORS), dm=_dm(rng), n=rng.randint(6, 60),
        k=rng.randint(8, 24), town=rng.choice(_PLACES), co=_co(rng),
        cat=rng.choice(["supplier of the year", "innovator of the year", "best workplace", "sustainability champion"]))]
    if rng.random() < 0.3:
        s.append(f"Sponsorship packages are still available; contact {_name(rng)} on {_phone(rng)} for details.")
    return _pack(s)


def _t51_job_ad_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A job advert's text from the trade title's board."""
    co, job = rng.choice(_COS + _NEWCOS), rng.choice(_JOBS)
    s = [pick(rng, [
        ("{co} is looking for an experienced {job} to join its growing team in {town}, reporting to the operations "
         "director and managing a budget of around {m}."),
        ("We are recruiting a {job} on a permanent, full-time basis at our {town} site, and the successful "
         "candidate will have at least {k} years' experience in {sector}."),
        ("This is an exciting opportunity for a {job} who wants to make a difference; in return we offer a "
         "competitive salary, {days} days' holiday and a generous pension."),
        ("Applications for the {job} role at {co} close on {dm}, and interviews will be held at our {town} head "
         "office the following week."),
    ], co=co, job=job.lower(), town=rng.choice(_PLACES), m=_money(rng, 1, 40), k=rng.randint(2, 10),
        sector=_sector(co), days=rng.randint(25, 33), dm=_dm(rng))]
    if rng.random() < 0.4:
        s.append(pick(rng, ["Please send your CV and a short covering letter to {mail}; no agencies, please.",
                            ("{co} is an equal opportunities employer and welcomes applications from all suitably "
                             "qualified candidates."),
                            ("The salary for this {job} role will depend on experience, and hybrid working is "
                             "available after probation.")], co=co, job=job.lower(),
                      mail=f"careers@{_mail_host(co)}"))
    return _pack(s)


def _t51_data_disclaimer_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A market-data and not-investment-advice disclaimer in sentences."""
    v, outlet, author = rng.choice(_VENDORS), rng.choice(_TRADE), _name(rng)
    s = pick(rng, [
        ("Market data on this page is provided by {v} and delayed by at least {n} minutes, so the prices shown at "
         "{hm} are for information only and are not suitable for trading."),
        ("Nothing in this {piece} by {author} constitutes investment advice or a recommendation to buy or sell any "
         "security, and the value of investments can fall as well as rise."),
        ("Share prices, indices and exchange rates on this site are indicative only, and neither {v} nor {outlet} "
         "accepts liability for any errors or delays in the data shown for {co}."),
        ("{author}, who wrote this {piece}, does not hold shares in any of the companies mentioned, and {outlet} "
         "requires all staff to declare their holdings to the editor."),
        ("If you are unsure whether an investment in a company such as {co} is right for you, please seek advice "
         "from an authorised financial adviser before making any decision."),
        ("Prices were last updated at {hm} on {date}, and historical data on this page is supplied by {v} under "
         "licence for personal, non-commercial use only."),
    ], v=v, n=rng.choice([15, 20]), outlet=outlet, author=author, hm=_hm(rng), date=_long(_day(rng, 2016, 2025)),
        co=_co(rng), piece=rng.choice(["article", "column", "report", "note", "market update", "briefing"]))
    return _label(rng, ["Disclaimer", "Important information", "DATA NOTICE"], 0.3) + _pack([s])


def _t51_conference_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A conference and event blurb."""
    ev = rng.choice(_EVENTS)
    s = [pick(rng, [
        ("Now in its {ord} year, the {ev} brings together more than {n:,} senior buyers, suppliers and policymakers "
         "for two days of debate, networking and practical advice."),
        ("The {ev} returns to {town} on {dm}, with a programme of {k} sessions covering {topic}, plus an exhibition "
         "floor featuring over {m} suppliers."),
        ("Early-bird tickets for the {ev} are available until {dm}, and subscribers save a further {pct}% by using "
         "the code printed in this week's edition."),
        ("Speakers confirmed for this year's {ev} include {p}, {role} of {co}, and {p2}, who will share the lessons "
         "of a three-year programme on {topic}."),
    ], ord=rng.choice(["fifth", "sixth", "eighth", "tenth", "twelfth", "fifteenth"]), ev=ev,
        n=rng.randint(3, 40) * 100, town=rng.choice(_PLACES), dm=_dm(rng), k=rng.randint(12, 60),
        topic=rng.choice(_TOPICS), m=rng.randint(4, 30) * 10, pct=rng.choice([10, 15, 20]), p=_name(rng),
        role=rng.choice(_ROLES51[:4]).lower(), co=_co(rng), p2=_name(rng))]
    return _pack(s)


def _t51_paywall_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A trade title's paywall pitch to professionals."""
    trade = rng.choice(_TRADE)
    s = pick(rng, [
        ("This article is reserved for {trade} subscribers, so subscribe today for unlimited access to news, "
         "analysis and our price database, trusted by {n:,} professionals."),
        ("You have read {k} of your {kk} free articles this month, so register for free to keep reading, or upgrade "
         "to {trade} Pro for full access to our data and archive."),
        ("Your organisation may already have a licence for {trade}, so ask your information team or call our "
         "corporate sales desk on {phone} to add colleagues."),
        ("Subscribers to {trade} Pro receive a daily briefing at {h}am, exclusive interviews with senior buyers and "
         "a searchable database of more than {n2:,} contract awards."),
    ], trade=trade, n=rng.randint(4, 90) * 1000, n2=rng.randint(10, 400) * 500, k=rng.randint(1, 3),
        kk=rng.choice([3, 5]), phone=_phone(rng), h=rng.choice([6, 7]))
    return _pack([s])


def _fiftyfirst_templates() -> dict[str, tuple[str, Template]]:
    """The business, markets and trade-press desks as scraped."""
    return {
        "s51_media_contact": ("t", _t51_media_contact),
        "s51_ir_contact": ("t", _t51_ir_contact),
        "s51_release_markers": ("it", _t51_release_markers),
        "s51_wire_credit": ("ht", _t51_wire_credit),
        "s51_call_participants": ("h", _t51_call_participants),
        "s51_call_labels": ("i", _t51_call_labels),
        "s51_index_strip": ("ht", _t51_index_strip),
        "s51_quote_box": ("hi", _t51_quote_box),
        "s51_rating_box": ("it", _t51_rating_box),
        "s51_ipo_calendar": ("it", _t51_ipo_calendar),
        "s51_dividend_calendar": ("it", _t51_dividend_calendar),
        "s51_fx_strip": ("hit", _t51_fx_strip),
        "s51_commodities": ("ht", _t51_commodities),
        "s51_delay_notice": ("it", _t51_delay_notice),
        "s51_movers": ("i", _t51_movers),
        "s51_deal_sheet": ("i", _t51_deal_sheet),
        "s51_filing_header": ("h", _t51_filing_header),
        "s51_webinar_form": ("it", _t51_webinar_form),
        "s51_gated_download": ("it", _t51_gated_download),
        "s51_event_agenda": ("i", _t51_event_agenda),
        "s51_award_sponsors": ("t", _t51_award_sponsors),
        "s51_job_board": ("t", _t51_job_board),
        "s51_supplier_directory": ("t", _t51_supplier_directory),
        "s51_subscription_tiers": ("ht", _t51_subscription_tiers),
        "s51_sponsor_label": ("hi", _t51_sponsor_label),
        "s51_related": ("it", _t51_related),
        "s51_about_prose": ("t", _t51_about_prose),
        "s51_safe_harbour_prose": ("t", _t51_safe_harbour_prose),
        "s51_release_quote_prose": ("i", _t51_release_quote_prose),
        "s51_dateline_prose": ("hi", _t51_dateline_prose),
        "s51_operator_prose": ("hi", _t51_operator_prose),
        "s51_call_remarks_prose": ("i", _t51_call_remarks_prose),
        "s51_analyst_question_prose": ("i", _t51_analyst_question_prose),
        "s51_results_prose": ("it", _t51_results_prose),
        "s51_deal_prose": ("it", _t51_deal_prose),
        "s51_appointment_prose": ("ht", _t51_appointment_prose),
        "s51_analyst_note_prose": ("i", _t51_analyst_note_prose),
        "s51_market_wrap_prose": ("hi", _t51_market_wrap_prose),
        "s51_fx_commodity_prose": ("it", _t51_fx_commodity_prose),
        "s51_sponsor_prose": ("i", _t51_sponsor_prose),
        "s51_webinar_pitch_prose": ("it", _t51_webinar_pitch_prose),
        "s51_report_blurb_prose": ("t", _t51_report_blurb_prose),
        "s51_contributor_bio_prose": ("t", _t51_contributor_bio_prose),
        "s51_distribution_prose": ("h", _t51_distribution_prose),
        "s51_dividend_prose": ("i", _t51_dividend_prose),
        "s51_ipo_prose": ("hi", _t51_ipo_prose),
        "s51_awards_entry_prose": ("t", _t51_awards_entry_prose),
        "s51_job_ad_prose": ("t", _t51_job_ad_prose),
        "s51_data_disclaimer_prose": ("t", _t51_data_disclaimer_prose),
        "s51_conference_prose": ("it", _t51_conference_prose),
        "s51_paywall_prose": ("ht", _t51_paywall_prose),
    }


# --- fiftysecond: consumer, shopping and lifestyle desks as affiliate-commerce pages ------------------------------

_HL52 = ["The best air fryers we've tested this year", "Twelve cosy throws under £50",
         "Is a heat-pump tumble dryer worth the money?", "Our favourite walking boots for wide feet",
         "A weekend in Pellow Bay: where to eat and stay", "Five-ingredient traybakes for busy weeknights",
         "The best budget phones, tested", "Spring sale: the deals actually worth your money",
         "How to choose a mattress topper", "Inside a restored mill house for sale in Corrisdale",
         "Best electric family cars for long journeys", "Linen shirts that survive a heatwave",
         "Kettlewick vs Brevold: which stand mixer wins?", "What to pack for a rainy cottage break"]
_OUTLETS = ["Homeroom", "The Shortlist", "Kitchen Table Test", "Buyers' Bench", "Weekender Living"]
_SHOPS = ["Aisleby", "Cartwheel", "Parcelmart", "Fenmore & Platts", "Tillpoint", "Homestead Hall", "Gadgetory",
          "Loomworth", "Brightaisle"]
_GOODS = [("Crispwell Duo 9L", "air fryer", 89, 229), ("Brevold Artisan 5", "stand mixer", 179, 499),
          ("Kettlewick Rapid-Boil", "kettle", 29, 89), ("Dustrel V12 Cordless", "cordless vacuum", 149, 549),
          ("Slumberloft Hybrid", "mattress", 399, 1299), ("Hearthly Oil-Filled 2kW", "radiator", 49, 159),
          ("Auralis Pods 3", "pair of earbuds", 39, 249), ("Woolhaven Weighted", "blanket", 59, 149),
          ("Pantrix Barista Touch", "bean-to-cup coffee machine", 199, 699),
          ("Hobcraft 26cm Cast-Iron", "casserole dish", 49, 219), ("Loftline Heated Tier", "clothes airer", 39, 129),
          ("Greywether Ridge GTX", "pair of walking boots", 89, 179), ("Nuvexa Beam", "smart speaker", 29, 119),
          ("Dustrel Glide S", "robot vacuum", 179, 699), ("Saucery Five-Piece", "pan set", 69, 289),
          ("Pixora Snap Mini", "instant camera", 49, 129), ("Hearthly Dehumid 12L", "dehumidifier", 119, 259),
          ("Nestmoor Pocket 1400", "mattress topper", 59, 189)]
_PHONES = ["Nuvexa Aria 9", "Pixora Glint 5a", "Orbitel Fold S", "Zentrix Nova Pro", "Auralis One Lite",
           "Orbitel Neo 12"]
_LAPTOPS = ["Halvorn Slate 14", "Zentrix Bookline 16", "Orbitel Air X", "Nuvexa Studio 13", "Halvorn Flip 2-in-1"]
_CARS = ["Solenne Arc", "Vantor Lumen", "Kirrin Tessa", "Quorra Tourer", "Ondra Pulse", "Kirrin Marlow Estate",
         "Solenne Arc Sport", "Vantor Lumen Long Range"]
_AGENTS = ["Pembury Lark", "Chalcot & Rayne", "Hollins Mayhew", "Sedgwick Toll", "Orchard & Vane"]
_PORTALS = ["Keyhollow", "Movewell Homes", "Doorstep Property"]
_BOOKERS = ["Roomfinch", "Nightsfare", "Bedquarter", "Tripnest"]
_HOTELS = ["The Gullrock Hotel", "Saltwhistle Inn", "Kestrel House", "Marram Lodge", "The Old Ropery",
           "Tidewell Spa Hotel", "The Lamplighter Rooms", "Harewood Barns"]
_ABROAD = ["Porto Alvedra", "Santa Lucerna", "Kavalos", "Lake Orrin", "Valmares", "Isola Brisca"]
_LABELS = ["Marrowby", "Ossory Knit", "Tallis & Bloom", "Corrie Lane", "Wynstan", "Fettle & Fold",
           "Greywether Outdoor", "Saltmarch Denim", "Perrin & Hale"]
_GARMENTS = ["Shirt", "Trousers", "Jumper", "Coat", "Dress", "Trainers", "Boots", "Scarf", "Earrings", "Bag",
             "Jacket", "Skirt", "Cardigan", "Sunglasses", "T-shirt", "Jeans", "Belt", "Loafers"]
_RECIPES = {  # dish -> (baked or not, its ingredients)
    "miso-glazed aubergine traybake": (False, ["2 large aubergines, halved", "2 tbsp white miso", "1 tbsp honey",
                                               "1 tbsp rice vinegar", "2 tbsp sesame oil", "2 spring onions, sliced",
                                               "1 tbsp sesame seeds", "250g cooked rice, to serve"]),
    "lemon and thyme chicken thighs": (False, ["8 skin-on chicken thighs", "2 lemons, halved", "6 sprigs of thyme",
                                               "1 garlic bulb, cloves separated", "500g baby potatoes, halved",
                                               "2 tbsp olive oil", "150ml chicken stock"]),
    "smoky bean and squash chilli": (False, ["1 onion, finely chopped", "2 garlic cloves, crushed",
                                             "1 tsp smoked paprika", "1 tsp ground cumin", "400g tin chopped tomatoes",
                                             "400g tin black beans, drained", "½ butternut squash, diced",
                                             "small bunch of coriander"]),
    "brown butter banana bread": (True, ["100g unsalted butter", "150g soft light brown sugar", "2 large eggs",
                                         "3 ripe bananas, mashed", "225g self-raising flour", "1 tsp cinnamon",
                                         "50g walnuts, chopped"]),
    "one-pot orzo with peas and feta": (False, ["1 tbsp olive oil", "1 onion, finely chopped", "250g orzo",
                                                "750ml vegetable stock", "200g frozen peas", "1 lemon, zested",
                                                "150g feta, crumbled", "small bunch of mint"]),
    "crispy gnocchi with pesto": (False, ["500g pack of gnocchi", "2 tbsp olive oil", "200g cherry tomatoes, halved",
                                          "3 tbsp fresh pesto", "80g baby spinach", "parmesan, to serve"]),
    "spiced lentil and coconut soup": (False, ["1 onion, chopped", "thumb of ginger, grated", "2 tsp mild curry powder",
                                               "200g red lentils", "400ml tin coconut milk", "1 litre vegetable stock",
                                               "1 lime, juiced"]),
    "rhubarb and ginger crumble": (True, ["600g rhubarb, cut into chunks", "75g caster sugar",
                                          "2 balls stem ginger, chopped", "150g plain flour", "100g cold butter, cubed",
                                          "75g demerara sugar", "50g rolled oats"]),
    "sticky sesame salmon": (False, ["4 salmon fillets", "3 tbsp soy sauce", "2 tbsp honey", "1 garlic clove, grated",
                                     "1 tbsp sesame seeds", "2 pak choi, halved", "pinch of chilli flakes"]),
    "cheddar and chive scones": (True, ["350g self-raising flour", "1 tsp baking powder", "85g cold butter, cubed",
                                        "100g mature cheddar, grated", "small bunch of chives, snipped",
                                        "175ml milk", "1 egg, beaten"]),
    "harissa roast cauliflower": (False, ["1 large cauliflower, cut into florets", "2 tbsp rose harissa",
                                          "2 tbsp olive oil", "400g tin chickpeas, drained", "150g Greek yogurt",
                                          "1 pomegranate, seeds only", "small bunch of parsley"]),
    "pear and almond frangipane tart": (True, ["320g ready-rolled shortcrust pastry", "125g butter, softened",
                                               "125g caster sugar", "2 large eggs", "125g ground almonds",
                                               "3 ripe pears, peeled and halved", "25g flaked almonds"]),
}
_DISHES = list(_RECIPES)
_APPLIANCES = {"air fryer", "stand mixer", "kettle", "cordless vacuum", "radiator", "bean-to-cup coffee machine",
               "clothes airer", "smart speaker", "robot vacuum", "dehumidifier"}


def _good(rng: random.Random, appliance: bool | None = None) -> tuple[str, str, int, int]:
    """A product (name, kind, lowest and highest price); only plug-in appliances, or none of them, when asked."""
    pool = [g for g in _GOODS if appliance is None or (g[1] in _APPLIANCES) == appliance]
    return rng.choice(pool)


def _a(noun: str) -> str:
    """The noun with its indefinite article ("an air fryer", "a kettle")."""
    return ("an " if noun[:1].lower() in "aeiou" else "a ") + noun


def _the(name: str) -> str:
    """'the' before a name, unless the name already starts with it ("the Homeroom", "The Shortlist")."""
    return name if name.startswith("The ") else "the " + name


def _plural(kind: str) -> str:
    """"pair of earbuds" -> "pairs of earbuds", "casserole dish" -> "casserole dishes", "kettle" -> "kettles"."""
    if kind.startswith("pair of "):
        return "pairs of " + kind[8:]
    return kind + ("es" if kind.endswith(("sh", "ch", "s", "x")) else "s")


def _shop(rng: random.Random) -> str:
    return rng.choice(_SHOPS)


def _outlet(rng: random.Random) -> str:
    return rng.choice(_OUTLETS)


def _was_now(rng: random.Random, lo: int, hi: int) -> tuple[int, int]:
    """A reduced price and the price it was reduced from."""
    was = rng.randint(lo, hi)
    return was, max(1, int(was * rng.uniform(0.45, 0.9)))


def _t52_disclosure_label(rng: random.Random, ctx: dict) -> list[str]:
    """The short affiliate disclosure under a shopping headline."""
    out = _outlet(rng)
    rows = [rng.choice(["We may earn a commission from links on this page.", "Affiliate links are marked with *",
                        "When you buy through our links, we may earn a commission.", "Independently chosen by our team",
                        f"{out} is reader-supported. We may earn money when you buy.", "Contains affiliate links",
                        "Our picks are editorially independent.", "ⓘ We earn from qualifying purchases",
                        "Prices may change after publication."]),
            rng.choice(["Learn more", "How we make money", "Read our editorial policy", "Why trust us?", "ⓘ"])]
    r = rng.random()
    return rows[:1] if r < 0.55 else glue(rng, rows, 0.6, (" ", " | ", " · "))


def _t52_product_box(rng: random.Random, ctx: dict) -> list[str]:
    """A product box: name, rating, best price at several retailers, buttons."""
    name, kind, lo, hi = _good(rng)
    x = rng.uniform(3.0, 5.0)
    out = [rng.choice([name, f"{name} {kind}", name.upper(), f"Best overall: {name}", f"{rng.randint(1, 12)}. {name}"])]
    if rng.random() < 0.6:
        n = rng.randint(12, 9800)
        out.append(rng.choice([_stars(rng, x), f"Our rating: {x:.1f}/5", f"{_stars(rng, x)} ({n:,} reviews)"]))
    for shop in rng.sample(_SHOPS, rng.randint(1, 3)):
        out.append(rng.choice([f"{_gbp(rng, lo, hi)} at {shop}", f"{shop} {_gbp(rng, lo, hi)}",
                               f"View at {shop} ({_gbp(rng, lo, hi)})", f"£{rng.randint(lo, hi)} {shop} ›"]))
    if rng.random() < 0.6:
        out.append(rng.choice(["Buy now", "Check price", "Shop now", "View deal", "See all prices", "BUY NOW ›"]))
    return glue(rng, out, 0.3, (" | ", "  ", " · "))


def _t52_pros_cons(rng: random.Random, ctx: dict) -> list[str]:
    """A pros and cons list under a product."""
    pros = ["Quick to heat up", "Quiet in use", "Easy to clean", "Compact footprint", "Generous capacity",
            "Excellent battery life", "Sturdy build", "Intuitive controls", "Great value", "Dishwasher-safe parts",
            "Lightweight", "Long warranty", "Stylish design", "Cheap to run"]
    cons = ["Bulky", "Fiddly to clean", "Loud on the highest setting", "Short cable", "Pricey", "No timer",
            "Basket coating scratches", "Limited colour choice", "App is clunky", "Heavy", "Small water tank",
            "Slow to charge"]
    bp, bc = rng.choice([("✓ ", "✗ "), ("+ ", "- "), ("• ", "• "), ("", ""), ("👍 ", "👎 ")])
    style = rng.randrange(3)
    if style == 0:
        return ([rng.choice(["Pros", "PROS", "What we liked", "For"])]
                + [bp + p for p in rng.sample(pros, rng.randint(1, 4))]
                + [rng.choice(["Cons", "CONS", "What we didn't like", "Against"])]
                + [bc + c for c in rng.sample(cons, rng.randint(1, 3))])
    if style == 1:
        return ([f"+ {p}" for p in rng.sample(pros, rng.randint(1, 3))]
                + [f"- {c}" for c in rng.sample(cons, rng.randint(1, 2))])
    return [f"Pros: {', '.join(p.lower() for p in rng.sample(pros, rng.randint(2, 3)))}",
            f"Cons: {', '.join(c.lower() for c in rng.sample(cons, rng.randint(1, 2)))}"]


def _t52_buy_buttons(rng: random.Random, ctx: dict) -> list[str]:
    """Buy and check-price buttons with retailer prices, often flattened onto one line."""
    name, _, lo, hi = _good(rng)
    rows = some(rng, ["Buy now", "Check price", f"£{rng.randint(lo, hi)} at {_shop(rng)}", "View deal",
                      f"{_gbp(rng, lo, hi)} {_shop(rng)}", "Add to basket", "Compare prices", f"Shop {name}",
                      "Free delivery", "In stock", "Only 3 left", "See more", "Next-day delivery"], 1, 4)
    if rng.random() < 0.2:
        rows = [r.upper() for r in rows]
    return glue(rng, rows, 0.65, (" | ", "  ", " · ", " "))


def _t52_price_tracker(rng: random.Random, ctx: dict) -> list[str]:
    """Price-tracker and price-history lines."""
    _, _, lo, hi = _good(rng)
    was, now = _was_now(rng, lo, hi)
    d = _day(rng, 2020, 2025)
    rows = [rng.choice([f"Was £{was}, now £{now}", f"£{now} (was £{was})", f"Save £{was - now}",
                        f"-{round((1 - now / was) * 100)}% £{now}", f"RRP £{was}  Now £{now}"]),
            rng.choice([f"Lowest price in {rng.choice([30, 60, 90])} days", "Lowest ever price",
                        f"Price history: £{rng.randint(now, was)} avg over 6 months",
                        f"Lowest price: £{max(1, now - rng.randint(0, 20))} on {_short(rng, d)}",
                        f"Highest price: £{was + rng.randint(0, 40)}", "Price drop alert ↓"]),
            rng.choice(["Track this price", "Set a price alert", "🔔 Notify me when it drops", "Price checked today",
                        f"Last checked {_hm(rng)}", f"Price checked {_short(rng, d)}"])]
    return glue(rng, some(rng, rows, 1, 3), 0.4, (" | ", "  ", " · "))


def _t52_deal_lines(rng: random.Random, ctx: dict) -> list[str]:
    """Deal round-up items, one per line."""
    out = _label(rng, ["TODAY'S BEST DEALS", "Quick deals", "Top deals right now", "The best offers", "Deals we love"],
                 0.6)
    style = rng.randrange(3)
    for name, kind, lo, hi in rng.sample(_GOODS, rng.randint(2, 5)):
        was, now = _was_now(rng, lo, hi)
        shop = _shop(rng)
        out.append([f"{_bullet(rng)}{name} {kind}: was £{was}, now £{now} at {shop}",
                    f"{name} – £{now} (save {round((1 - now / was) * 100)}%) @ {shop}",
                    f"{kind.capitalize()}: {name}, £{was} £{now}, {shop}"][style])
    return out


def _t52_voucher_box(rng: random.Random, ctx: dict) -> list[str]:
    """A discount-code box: code, saving, expiry, terms."""
    shop = _shop(rng)
    code = rng.choice(["SPRING", "SAVE", "WELCOME", "HOME", "COSY", "EXTRA", "READER", "FRESH"]) + str(
        rng.choice([5, 10, 15, 20, 25]))
    d = _day(rng, 2021, 2026)
    rows = [rng.choice([f"{shop} discount code", f"{shop.upper()} VOUCHER", f"{shop} promo codes",
                        f"Verified {shop} code"]),
            rng.choice([f"{rng.choice([10, 15, 20, 25])}% off orders over £{rng.choice([30, 50, 75, 100])}",
                        f"£{rng.choice([5, 10, 20])} off your first order", "Free delivery on everything",
                        "Extra 10% off sale items", f"Up to {rng.choice([30, 40, 50, 60])}% off selected lines"]),
            rng.choice([f"Code: {code}", f"Use code {code}", "Reveal code", f"{code[:3]}•••••", "Get deal ›",
                        "Copy code"]),
            rng.choice([f"Expires {_long(d)}", f"Ends {_short(rng, d)}", "Exclusive", "Verified today",
                        f"Used {rng.randint(12, 3400)} times", "Terms apply", "See details ▾"])]
    return glue(rng, some(rng, rows, 2, 4), 0.3, (" | ", "  ", " · "))


def _t52_best_list(rng: random.Random, ctx: dict) -> list[str]:
    """A 'best X' ranking list at the top or bottom of a guide."""
    picks = rng.sample(_GOODS, rng.randint(3, 6))
    tags = ["Best overall", "Best budget", "Best premium", "Best for small kitchens", "Best for families",
            "Best value", "Best for beginners", "Most stylish", "Best splurge", "Best quiet option"]
    out = _label(rng, ["At a glance", "OUR TOP PICKS", "Quick list", "Jump to:", "The best buys in brief"], 0.7)
    style = rng.randrange(3)
    for k, ((name, _, lo, hi), tag) in enumerate(zip(picks, rng.sample(tags, len(picks)), strict=True), 1):
        out.append([f"{k}. {tag}: {name}", f"{tag} – {name}, {_gbp(rng, lo, hi)}",
                    f"{_bullet(rng)}{name} ({tag.lower()})"][style])
    return out


def _t52_retailer_table(rng: random.Random, ctx: dict) -> list[str]:
    """A price comparison table across retailers."""
    name, _, lo, hi = _good(rng)
    out = [rng.choice([f"Compare prices: {name}", "Where to buy", "PRICE COMPARISON", f"Best {name} prices"])]
    if rng.random() < 0.4:
        out.append(rng.choice(["Retailer  Price  Delivery", "Retailer | Price | Stock"]))
    style = rng.randrange(2)
    for shop in rng.sample(_SHOPS, rng.randint(2, 5)):
        dl = rng.choice(["Free delivery", f"£{rng.choice([3, 4, 5])}.{rng.choice(['50', '95', '99'])} delivery",
                         "Click & collect", "Next day", "Out of stock", "In stock"])
        out.append([f"{shop}  {_gbp(rng, lo, hi)}  {dl}", f"{shop} | {_gbp(rng, lo, hi)} | {dl}"][style])
    if rng.random() < 0.4:
        out.append(rng.choice(["Show more offers (6)", "Prices updated hourly", "We check over 200 retailers"]))
    return out


def _t52_phone_specs(rng: random.Random, ctx: dict) -> list[str]:
    """A phone's spec box."""
    ph = rng.choice(_PHONES)
    rows = [rng.choice([ph, f"{ph} specs", "Specifications", "KEY SPECS"]),
            (f"Screen: {rng.choice(['6.1', '6.4', '6.7', '6.8', '7.6'])}in {rng.choice(['OLED', 'LCD', 'AMOLED'])}, "
             f"{rng.choice([60, 90, 120, 144])}Hz"),
            f"Processor: {rng.choice(['Zentrix Z9', 'Orbitel Core 4', 'Pixora P3'])}",
            f"Storage: {rng.choice(['128GB', '256GB', '512GB', '1TB'])}", f"RAM: {rng.choice([6, 8, 12, 16])}GB",
            f"Rear cameras: {rng.choice(['50MP + 12MP', '48MP + 8MP + 2MP', '200MP + 12MP + 10MP'])}",
            f"Battery: {rng.randint(38, 55)}00mAh", f"Weight: {rng.randint(165, 245)}g",
            rng.choice(["5G: Yes", "Water resistance: IP68", "Charging: 45W wired, 15W wireless",
                        "OS updates: 7 years"]),
            f"Price: {_gbp(rng, 199, 1799)}"]
    return rows[:1] + glue(rng, some(rng, rows[1:], 3, 7), 0.25, (" | ", " · ", "; "))


def _t52_laptop_specs(rng: random.Random, ctx: dict) -> list[str]:
    """A laptop's spec box."""
    lp = rng.choice(_LAPTOPS)
    rows = [rng.choice([f"{lp}: specs", "Tech specs", "SPECIFICATIONS", f"{lp} as tested"]),
            f"CPU: {rng.choice(['Zentrix Z9 Max', 'Orbitel Core 7', 'Halvorn H2 Pro'])}",
            (f"Display: {rng.choice([13.3, 14, 15.6, 16])}in, "
             f"{rng.choice(['1920 x 1200', '2560 x 1600', '2880 x 1800'])}"),
            f"Memory: {rng.choice([8, 16, 32])}GB", f"Storage: {rng.choice(['256GB', '512GB', '1TB'])} SSD",
            f"Battery life (our test): {rng.randint(6, 22)}hr {rng.randint(0, 59)}min",
            f"Weight: {rng.uniform(0.9, 2.4):.2f}kg", rng.choice(["Ports: 2x USB-C, 1x USB-A, HDMI, headphone",
                                                                  "Ports: 2x USB-C", "Webcam: 1080p"]),
            f"Price as reviewed: {_gbp(rng, 349, 2899)}"]
    return rows[:1] + glue(rng, some(rng, rows[1:], 3, 6), 0.25, (" | ", " · ", "; "))


def _t52_car_specs(rng: random.Random, ctx: dict) -> list[str]:
    """A car's spec box: price, powertrain, 0-62mph, range or economy, boot space."""
    car = rng.choice(_CARS)
    ev = rng.random() < 0.55
    rows = [rng.choice([f"{car}: the key facts", "SPECIFICATIONS", "Fact file",
                        f"{car} {rng.choice(['SE', 'Sport', 'Premium', 'GT'])}"]),
            f"Price: £{rng.randint(21, 78)},{rng.choice(['495', '995', '250', '000', '750'])}",
            rng.choice([f"Powertrain: {rng.randint(58, 98)}kWh battery, single motor", "Powertrain: dual motor AWD"]
                       if ev else [f"Engine: {rng.choice(['1.0', '1.2', '1.5', '2.0'])}-litre petrol hybrid",
                                   f"Engine: {rng.choice(['1.5', '2.0'])}-litre turbo petrol"]),
            f"Power: {rng.randint(95, 420)}bhp", f"0-62mph: {rng.uniform(4.1, 11.8):.1f}sec",
            f"Top speed: {rng.randint(99, 155)}mph",
            (f"Range: {rng.randint(190, 390)} miles (WLTP)" if ev else f"Economy: {rng.uniform(38, 64):.1f}mpg"),
            (f"Charging: 10-80% in {rng.randint(18, 42)}min" if ev else f"CO2: {rng.randint(98, 165)}g/km"),
            f"Boot space: {rng.randint(280, 640)} litres", rng.choice(["On sale: now", "Rating: ★★★★☆",
                                                                        f"Insurance group: {rng.randint(12, 41)}"])]
    return rows[:1] + glue(rng, some(rng, rows[1:], 3, 7), 0.2, (" | ", " · ", "; "))


def _t52_property_listing(rng: random.Random, ctx: dict) -> list[str]:
    """A property listing: price, beds and baths, place, agent."""
    beds, baths = rng.randint(1, 6), rng.randint(1, 4)
    price = rng.choice([f"£{rng.randint(160, 2400) * 1000:,}", f"Guide price £{rng.randint(160, 2400) * 1000:,}",
                        f"Offers over £{rng.randint(160, 900) * 1000:,}", f"£{rng.randint(850, 4200):,} pcm"])
    kind = rng.choice(["semi-detached house", "terraced cottage", "flat", "detached house", "barn conversion",
                       "mill house", "Victorian villa", "bungalow", "maisonette"])
    agent = rng.choice(_AGENTS)
    rows = [price, rng.choice([f"{beds} bed {kind}", f"{beds} bedrooms · {baths} bathrooms",
                               f"{beds} bed, {baths} bath", f"🛏 {beds}  🛁 {baths}"]),
            rng.choice([f"{rng.choice(_ROADS)}, {rng.choice(_PLACES)}", rng.choice(_PLACES),
                        f"{rng.choice(_PLACES)} {rng.choice(['QM', 'FW', 'CR', 'LH'])}{rng.randint(1, 19)}"]),
            rng.choice([f"Agent: {agent}", f"Marketed by {agent}", f"{agent}, {_phone(rng)}",
                        f"via {rng.choice(_PORTALS)}"]),
            rng.choice(["Freehold", "Leasehold", "Council tax band D", "EPC rating C", "Chain free", "Garden",
                        "Parking", "Added today", "Reduced", "Under offer"])]
    return glue(rng, some(rng, rows, 2, 5), 0.35, (" | ", " · ", ", "))


def _t52_booking_widget(rng: random.Random, ctx: dict) -> list[str]:
    """A hotel or holiday booking widget, flattened."""
    bk = rng.choice(_BOOKERS)
    d = _day(rng, 2022, 2026)
    n = rng.randint(1, 7)
    end = d + datetime.timedelta(days=n)
    fmt = rng.choice([lambda x: f"{x.day} {MONTHS[x.month - 1][:3]}", lambda x: f"{x.day:02d}/{x.month:02d}/{x.year}",
                      lambda x: f"{WEEKDAYS[x.weekday()][:3]} {x.day} {MONTHS[x.month - 1][:3]}"])
    rows = [rng.choice([f"Find hotels in {rng.choice(_PLACES + _ABROAD)}", "Search hotels", "BOOK YOUR STAY",
                        f"Deals powered by {bk}", "Check availability"]),
            rng.choice([f"Check-in {fmt(d)}  Check-out {fmt(end)}",
                        f"{fmt(d)} – {fmt(end)} · {n} night{'s' if n > 1 else ''}", "Check-in date  Check-out date"]),
            rng.choice([f"{rng.randint(2, 4)} adults · {rng.randint(0, 3)} children · 1 room", "Guests ▾", "2 adults",
                        "1 adult · 1 room"]),
            rng.choice(["Search", "SEARCH", "Find deals", "Show prices"]),
            rng.choice([f"{rng.choice(_HOTELS)} from £{rng.randint(59, 420)} a night",
                        f"{rng.choice(_HOTELS)}  {rng.uniform(7, 9.8):.1f}/10  £{rng.randint(59, 420)}",
                        f"Prices from £{rng.randint(39, 180)} pppn", "Free cancellation on most rooms"])]
    return glue(rng, some(rng, rows, 2, 5), 0.35, (" | ", "  ", " · "))


def _t52_recipe_card(rng: random.Random, ctx: dict) -> list[str]:
    """A recipe card: dish, serves, timings, difficulty, ingredients."""
    dish = rng.choice(_DISHES)
    baked, ingredients = _RECIPES[dish]
    prep, cook = rng.choice([5, 10, 15, 20, 25]), rng.choice([15, 20, 25, 30, 40, 45, 60, 75])
    head = [rng.choice([dish.capitalize(), dish.upper(), f"Recipe: {dish}"])]
    meta = some(rng, [rng.choice([f"Serves {rng.randint(2, 8)}", f"Makes {rng.randint(8, 16)} slices"] if baked
                                 else [f"Serves {rng.randint(2, 8)}"]),
                      f"Prep {prep} mins", f"{'Bake' if baked else 'Cook'} {cook} mins",
                      f"Total time: {prep + cook} mins", rng.choice(["Easy", "Difficulty: easy", "A little effort",
                                                                     "Freezable", "V", "GF"])], 2, 4)
    out = head + glue(rng, meta, 0.6, (" | ", " · ", "  "))
    if rng.random() < 0.75:
        out.append(rng.choice(["Ingredients", "INGREDIENTS", "You will need:"]))
        b = _bullet(rng)
        out += [b + i for i in some(rng, ingredients, 3, 8)]
    return out


def _t52_method_steps(rng: random.Random, ctx: dict) -> list[str]:
    """Numbered method steps from another recipe."""
    if rng.random() < 0.5:
        c, fan, gas = rng.choice([(180, 160, 4), (190, 170, 5), (200, 180, 6), (220, 200, 7)])
        steps = [f"Heat the oven to {c}C/{fan}C fan/gas {gas}.",
                 "Grease and line a 900g loaf tin or a 23cm tart tin with baking parchment.",
                 "Beat the butter and sugar together until pale, then beat in the eggs one at a time.",
                 "Fold in the flour and the fruit, then scrape the mixture into the lined tin and level the top.",
                 (f"Bake for {rng.randint(20, 55)} mins until golden and a skewer pushed into the middle comes out "
                  "clean."),
                 "Leave to cool in the tin for 10 mins before turning out onto a wire rack."]
    else:
        steps = ["Heat the oil in a large frying pan over a medium heat and cook the onion for 8-10 mins until soft.",
                 "Stir in the garlic and spices and cook for 1 min more, then tip in the tomatoes and stock.",
                 f"Simmer for {rng.randint(10, 30)} mins, stirring occasionally, until thickened.",
                 f"Roast for {rng.randint(20, 45)} mins, turning halfway, until golden and cooked through.",
                 "Season to taste, then divide between bowls and scatter over the herbs.",
                 "Serve straight away with rice, crusty bread or a crisp green salad."]
    picked = sorted(rng.sample(range(len(steps)), rng.randint(2, 5)))
    out = _label(rng, ["Method", "METHOD", "How to make it", "Steps"], 0.6)
    style = rng.randrange(3)
    for k, i in enumerate(picked, 1):
        if style == 0:
            out.append(f"{k}. {steps[i]}")
        elif style == 1:
            out += [f"Step {k}", steps[i]]
        else:
            out.append(f"STEP {k} {steps[i]}")
    return out


def _t52_nutrition(rng: random.Random, ctx: dict) -> list[str]:
    """A nutrition-per-serving panel."""
    fat, carbs = rng.randint(4, 45), rng.randint(8, 90)
    rows = [f"kcal {rng.randint(180, 780)}", f"fat {fat}g", f"saturates {rng.randint(1, max(1, fat // 2))}g",
            f"carbs {carbs}g", f"sugars {rng.randint(1, max(1, carbs // 2))}g", f"fibre {rng.randint(1, 14)}g",
            f"protein {rng.randint(3, 48)}g", f"salt {rng.uniform(0.1, 3.2):.1f}g"]
    head = rng.choice(["Nutrition: per serving", "NUTRITION PER SERVING", "Per serving", "Nutritional info"])
    if rng.random() < 0.3:
        rows = [r.split()[0].capitalize() + ": " + r.split()[1] for r in rows]
    return [head] + glue(rng, some(rng, rows, 4, 8), 0.6, (" ", " | ", " · ", ", "))


def _t52_style_credits(rng: random.Random, ctx: dict) -> list[str]:
    """Style credits under a fashion picture."""
    out = _label(rng, ["Get the look", "SHOP THE LOOK", "Styling credits", "Model wears:", "Stockists"], 0.5)
    style = rng.randrange(3)
    for g in rng.sample(_GARMENTS, rng.randint(2, 5)):
        lab = rng.choice(_LABELS)
        price = f"£{rng.randint(8, 420)}"
        out.append([f"{g}, {price}, {_domain(lab)}", f"{g} {price} {lab}", f"{g}: {lab}, {price}"][style])
    if rng.random() < 0.4:
        out.append(rng.choice([f"Photographs: {_name(rng)}", f"Styling: {_name(rng)}",
                               f"Hair and make-up: {_name(rng)}", "Prices correct at time of going to press"]))
    return glue(rng, out, 0.25, ("; ", " | ", ". "))


def _t52_verdict_box(rng: random.Random, ctx: dict) -> list[str]:
    """A verdict box: rating, best for, avoid if, score."""
    name, kind, _, _ = _good(rng)
    x = rng.uniform(2.5, 5.0)
    rows = [rng.choice([f"Verdict: {name}", "OUR VERDICT", "The verdict", "Bottom line"]),
            rng.choice([f"Rating: {x:.1f}/5", f"Score: {round(x * 2)}/10", _stars(rng, x)]),
            rng.choice([f"Best for: {rng.choice(['small kitchens', 'big families', 'beginners', 'tight budgets'])}",
                        f"Buy it if: you want {_a(kind)} that just works"]),
            rng.choice(["Avoid if: you are short on counter space", "Skip it if: you need a timer",
                        "Avoid if: noise bothers you"]),
            rng.choice(["★ Best buy", "EDITOR'S CHOICE", "Recommended", "Great value award", "Tested and approved"])]
    return glue(rng, some(rng, rows, 2, 4), 0.3, (" | ", "  ", " · "))


def _t52_size_picker(rng: random.Random, ctx: dict) -> list[str]:
    """Size and colour pickers, stock notes and the basket button from an embedded product widget."""
    rows = [rng.choice(["Size: XS S M L XL", "Size: 6 8 10 12 14 16 18", "UK 4  5  6  7  8  9  10", "Select size ▾"]),
            rng.choice(["Colour: Sage", "Colour: Oatmeal / Navy / Rust", "Colour ▾", "3 colours available"]),
            rng.choice(["In stock", "Low stock", "Only 2 left in your size", "Back in stock", "Pre-order"]),
            rng.choice(["Add to basket", "ADD TO BAG", "Add to wishlist ♡", "Size guide", "Find my size"]),
            rng.choice(["Free returns within 30 days", f"Free delivery over £{rng.choice([25, 40, 50])}",
                        "Klarna available", "Pay in 3"])]
    return glue(rng, some(rng, rows, 2, 5), 0.5, (" | ", "  ", " · "))


def _t52_trust_badges(rng: random.Random, ctx: dict) -> list[str]:
    """'Why trust us' and testing badges at the top of a guide."""
    n = rng.randint(12, 140)
    rows = some(rng, [rng.choice([f"{n} products tested", f"We tested {n} models", f"{n} tested"]),
                      rng.choice([f"{rng.randint(40, 600)} hours of testing",
                                  f"{rng.randint(2, 14)} weeks of testing"]),
                      rng.choice(["Independently reviewed", "Tested in real homes", "Expert tested", "No freebies"]),
                      rng.choice(["How we test", "Why trust us", "Our testing process ›", "Read our methodology"])],
                1, 4)
    return glue(rng, rows, 0.6, (" | ", " · ", "  ", " ✓ "))


def _t52_byline_stamp(rng: random.Random, ctx: dict) -> list[str]:
    """Bylines and update stamps on a shopping guide."""
    d = _day(rng, 2019, 2025)
    rows = [rng.choice([f"By {_name(rng)}", f"Written by {_name(rng)}", f"{_name(rng)}, shopping editor",
                        f"Words: {_name(rng)}"]),
            rng.choice([f"Tested by {_name(rng)}", f"Reviewed by {_name(rng)}", f"Fact checked by {_name(rng)}",
                        f"Edited by {_name(rng)}"]),
            rng.choice([f"Updated {_long(d)}", f"Last updated: {d.day:02d}/{d.month:02d}/{d.year}",
                        f"Published {_long(d)}, updated {_hm(rng)}", f"{WEEKDAYS[d.weekday()]} {_long(d)}"]),
            rng.choice([f"{rng.randint(3, 16)} min read", f"{rng.randint(5, 40)} comments", "Share"])]
    return glue(rng, some(rng, rows, 1, 4), 0.5, (" | ", " · ", "  "))


def _t52_newsletter(rng: random.Random, ctx: dict) -> list[str]:
    """A deals-newsletter sign-up box."""
    out = _outlet(rng)
    rows = [rng.choice(["Never miss a deal", "Get the best deals in your inbox", f"Sign up to {out} Deals",
                        "The Sunday Basket newsletter", "Join 400,000 savvy shoppers"]),
            rng.choice(["Enter your email", "Email address", "Your email"]),
            rng.choice(["Sign up", "Subscribe", "SIGN ME UP", "Get deals"]),
            rng.choice(["Unsubscribe at any time.", "By signing up you agree to our privacy notice.",
                        "Delivered every Friday", "No spam, just bargains"])]
    return glue(rng, some(rng, rows, 2, 4), 0.45, (" | ", "  ", " · "))


def _t52_more_guides(rng: random.Random, ctx: dict) -> list[str]:
    """'More buying guides' lists pointing at other pieces."""
    hls = headlines(rng, ctx, _HL52, rng.randint(1, 3)) + rng.sample(_HL52, rng.randint(0, 2))
    head = rng.choice(["More buying guides", "You may also like", "MORE FROM SHOPPING", "Related reviews", "Read next",
                       "Popular in Home & Garden", "The Shortlist: more", "Latest deals"])
    b = _bullet(rng)
    return [head] + [b + h for h in hls]


# prose ---------------------------------------------------------------------------------------------------------


def _t52_disclosure_prose(rng: random.Random, ctx: dict) -> list[str]:
    """The long affiliate-disclosure paragraph, in the wordings shopping desks rotate through."""
    out = _outlet(rng)
    s = [pick(rng, [
        ("{out} is independent and reader-funded, so when you buy {a_kind} or anything else through the retailer "
         "links on this page, we may earn a small commission that never affects the price you pay."),
        ("Every product in this {guide} has been chosen by {ed}, not by advertisers, and if you click through to "
         "{shop} and make a purchase, {out} may receive a payment."),
        ("We test everything we recommend and never accept payment for a positive review, but some links in this "
         "{guide} go to {shop} and other affiliate partners, and we may earn a fee."),
        ("Prices and availability were checked when this {guide} was published on {date}, but retailers change "
         "them often, so the deal you see may differ from the one {ed} found."),
        ("Our journalism is paid for partly by affiliate commissions from partners such as {shop} and {shop2}, and "
         "those partners have no say over what {out} writes or which products we pick."),
    ], out=out, date=_long(_day(rng, 2019, 2025)), shop=_shop(rng), shop2=_shop(rng), a_kind=_a(_good(rng)[1]),
        ed=rng.choice([_name(rng), "our editors", "our shopping team", f"{_the(out)} team"]),
        guide=rng.choice(["guide", "round-up", "article", "review", "list", "deals page"]))]
    if rng.random() < 0.3:
        s.append(pick(rng, [("You can read more about how {out} makes money, and which retailers we work with, in "
                             "our affiliate policy."),
                            ("Find out more about how {out} chooses and tests products, and how we handle samples, on "
                             "our about page.")], out=out))
    return _label(rng, ["Why you can trust us", "About our links", "Disclosure"], 0.3) + _pack(s)


def _t52_mini_review_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A mini review of another home or kitchen product from a round-up."""
    name, kind, lo, hi = _good(rng)
    frames = [
        ("We used the {name} every day for {k} weeks, and while it is not perfect, it never once let us down and "
         "still looks as good as the day it arrived."),
        ("If you want {a_kind} that simply gets on with the job, the {name} is hard to beat at {price}, although "
         "it is not the prettiest option in this guide."),
        ("Our {n} testers were split on the {name}: some loved its clever design, but others found it fiddly and "
         "felt it was overpriced at {price}."),
        ("For the money, the {name} is the best {kind} we have tried this year, with sturdy build quality and a "
         "{y}-year warranty that gives real peace of mind."),
        ("The {name} is not the cheapest {kind} around, but it was the only one in our test that still looked and "
         "worked like new after {k} weeks of heavy use."),
    ]
    if kind in _APPLIANCES:
        frames += [
            ("The {name} impressed us from the first use: it was quick to set up, whisper-quiet on its lowest "
             "setting, and at {price} it undercuts most rivals in this guide."),
            ("The {name} costs around {pence}p an hour to run on its standard setting, by our measurements, which "
             "makes it one of the cheapest {kinds} to run that we have tested."),
        ]
    s = [pick(rng, frames, name=name, kind=kind, kinds=_plural(kind), a_kind=_a(kind), price=_gbp(rng, lo, hi),
              k=rng.randint(2, 12), y=rng.choice([2, 3, 5]), n=rng.choice(["two", "three", "four", "five", "six"]),
              pence=rng.randint(3, 40))]
    if rng.random() < 0.3:
        s.append(pick(rng, ["Read our full {name} review for more detail on how it performed in each of our tests.",
                            ("It is currently {price} at {shop}, down from its usual price, which makes it an even "
                             "easier recommendation.")],
                      name=name, price=_gbp(rng, lo, hi), shop=_shop(rng)))
    head = rng.choice([name, f"{rng.randint(1, 12)}. {name}", f"Best budget {kind}: {name}", "", ""])
    return ([head] if head else []) + _pack(s)


def _t52_tech_review_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A mini review of another phone or laptop."""
    ph, lp = rng.choice(_PHONES), rng.choice(_LAPTOPS)
    s = pick(rng, [
        ("The {ph} has the best camera we have tested under {price}, producing bright, detailed shots even in dim "
         "restaurants, although its battery struggled to last a full day."),
        ("Battery life on the {lp} is exceptional: in our video rundown test it lasted {h} hours and {m} minutes, "
         "comfortably enough for a working day away from the charger."),
        ("At {price}, the {ph} is a lot of phone for the money, with a smooth {hz}Hz screen and a promise of "
         "software updates for {yrs} years."),
        ("The {lp} keyboard is a joy to type on, but at {nits} nits the screen is dimmer than we would like for "
         "working outdoors and the speakers sound thin."),
        ("We would skip the {ph} unless you find it on offer: the {ph2} costs about the same and has a brighter "
         "screen, faster charging and a better zoom lens."),
        ("The {lp} stayed cool and silent through a {h}-hour day of spreadsheets and video calls, and only spun up "
         "its fans when we started exporting video."),
    ], ph=ph, ph2=rng.choice(_PHONES), lp=lp, h=rng.randint(8, 21), m=rng.randint(0, 59), price=_gbp(rng, 199, 1299),
        hz=rng.choice([90, 120, 144]), yrs=rng.choice(["four", "five", "six", "seven"]), nits=rng.randint(250, 420))
    return _pack([s])


def _t52_car_review_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A paragraph from a review of another car."""
    car = rng.choice(_CARS)
    s = pick(rng, [
        ("On a cold morning run from {town} to {town2}, the {car} returned a real-world range of around {r} miles, "
         "well short of the official figure but still enough for most families."),
        ("The {car} is roomy in the back and its {boot}-litre boot swallowed a double buggy with space to spare, "
         "although the load lip is awkwardly high."),
        ("Ride comfort is the {car}'s strongest suit, soaking up the potholes around {town} that would rattle its "
         "rivals, but the steering feels numb on country roads."),
        ("Prices for the {car} start at £{p},{x}, which makes it slightly dearer than its closest rivals, though "
         "standard equipment is generous."),
        ("Charging the {car} from {lo}% to 80% took {mins} minutes at a rapid charger in our test, a little slower "
         "than the manufacturer claims."),
    ], car=car, town=rng.choice(_PLACES), town2=rng.choice(_PLACES), r=rng.randint(170, 340), p=rng.randint(21, 62),
        x=rng.choice(["495", "995", "250"]), lo=rng.choice([5, 10, 20]), mins=rng.randint(19, 48),
        boot=rng.randint(320, 640))
    return _pack([s])


def _t52_buying_advice_prose(rng: random.Random, ctx: dict) -> list[str]:
    """Buying-advice paragraphs for other kinds of product."""
    _, kind, lo, hi = _good(rng, appliance=True)
    s = [pick(rng, [
        ("Before you buy {a_kind}, measure the space you have for it and think about how often you will really use "
         "it, because the most expensive model at {shop} is rarely the best choice."),
        ("You do not need to spend more than {price} on a good {kind}, and above that you are mostly paying for "
         "extra settings and a smarter finish rather than better results."),
        ("Look for {a_kind} with a clear display, parts you can replace and a warranty of at least {y} years, as "
         "models under {price} can fail soon after the guarantee runs out."),
        ("Running costs matter as much as the price tag: {a_kind} that uses less energy can save you around £{sv} "
         "a year on bills compared with an older model."),
        ("If you are torn between two {kinds}, read the small print on returns, because many retailers, including "
         "{shop}, give you {d} days to change your mind."),
    ], kind=kind, kinds=_plural(kind), a_kind=_a(kind), price=_gbp(rng, lo, hi), y=rng.choice([2, 3, 5]),
        sv=rng.randint(15, 140), shop=_shop(rng), d=rng.choice([14, 28, 30, 60, 90]))]
    head = rng.choice([f"How to choose {_a(kind)}", "What to look for", "Buying advice", f"Do I need {_a(kind)}?",
                       "", ""])
    return ([head] if head else []) + _pack(s)


def _t52_deal_commentary_prose(rng: random.Random, ctx: dict) -> list[str]:
    """Deal commentary about other products."""
    name, kind, lo, hi = _good(rng)
    was, now = _was_now(rng, lo, hi)
    s = [pick(rng, [
        ("This is the lowest price we have seen for the {name}, which has dropped from £{was} to £{now} at {shop}, "
         "so we would snap it up before the offer ends on {wd}."),
        ("{shop} has knocked £{save} off the {name}, our favourite {kind}, in its spring sale, taking it to the "
         "cheapest price we have tracked in {k} months."),
        ("The {name} was £{now} earlier this week but has crept back up at most retailers, although {shop} is still "
         "matching the lower price for now."),
        ("Not every sale price is a bargain: our price tracker shows the {name} has been sold at £{now} or less on "
         "{k} separate occasions over the past year."),
        ("Deals on the {name} rarely last long, and the last time it fell to £{now} it sold out at {shop} within a "
         "few hours."),
    ], name=name, kind=kind, was=was, now=now, save=was - now, shop=_shop(rng), wd=_wd(rng), k=rng.randint(3, 14))]
    return _label(rng, ["DEAL ALERT", "Deal of the day", "🔥 Hot deal"], 0.3) + _pack(s)


def _t52_recipe_intro_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A recipe introduction for another dish."""
    dish = rng.choice(_DISHES)
    s = [pick(rng, [
        ("This {dish} is my go-to on a {wd} night when the fridge is almost empty, and it is on the table in about "
         "{m} minutes with very little washing-up."),
        ("My {rel} in {town} made a version of this {dish} every autumn, and I have tweaked it over the years to use "
         "whatever is in season."),
        ("Don't be put off by the long ingredients list: this {dish} comes together in one pan in {m} minutes, and "
         "most of the work is simply waiting while it cooks."),
        ("Make a double batch of this {dish} and freeze half; it tastes even better a day or two later, once the "
         "flavours have had time to settle, and feeds {n} easily."),
        ("A reader in {town} asked for a {dish} that could be made ahead for a crowd, and after {k} attempts in our "
         "test kitchen, this is the one we love."),
    ], dish=dish, wd=_wd(rng), m=rng.choice([20, 25, 30, 35, 40]), town=rng.choice(_PLACES), k=rng.randint(3, 9),
        rel=rng.choice(["grandmother", "grandad", "aunt", "neighbour", "mum", "old flatmate"]),
        n=rng.choice(["four", "six", "eight"]))]
    return _pack(s)


def _t52_recipe_tip_prose(rng: random.Random, ctx: dict) -> list[str]:
    """Make-ahead, freezing and swap tips under another recipe."""
    dish = rng.choice(_DISHES)
    s = pick(rng, [
        ("Make ahead: the {dish} will keep in an airtight container in the fridge for up to {k} days, and can be "
         "reheated gently in a low oven."),
        ("To freeze, cool the {dish} completely, then pack into labelled bags and freeze for up to {mo} months, "
         "defrosting overnight in the fridge before reheating."),
        ("Swap the {swap} for {alt} and use vegetable stock to make this {dish} suitable for everyone around the "
         "table."),
        ("If you don't have self-raising flour, use plain flour with {t} teaspoons of baking powder for every "
         "{g}g, sifted together before you start on the {dish}."),
        ("Leftover {dish} makes a brilliant packed lunch the next day, so just add a handful of {leaf} and a "
         "squeeze of lemon."),
    ], dish=dish, k=rng.randint(2, 4), mo=rng.choice([1, 2, 3]), t=rng.choice([2, 3]), g=rng.choice([150, 225, 250]),
        swap=rng.choice(["feta", "butter", "honey", "chicken", "cheddar"]),
        alt=rng.choice(["a vegan alternative", "a plant-based version", "an extra handful of beans"]),
        leaf=rng.choice(["salad leaves", "rocket", "spinach", "watercress"]))
    label = rng.choice(["Tip: ", "Cook's tip: ", "", "", "Storage: "])
    return _pack([s if s.startswith(("Make ahead", "To freeze")) else label + s])


def _t52_property_blurb_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A property-of-the-week blurb about another home."""
    town, agent = rng.choice(_PLACES), rng.choice(_AGENTS)
    s = [pick(rng, [
        ("This {beds}-bedroom former mill house on the edge of {town} comes with {acres} acres of paddock, a walled "
         "garden and its own stretch of river frontage."),
        ("Tucked away on {road} in {town}, this Victorian terrace has been sympathetically restored, with original "
         "fireplaces and a light-filled kitchen extension."),
        ("On the market for the first time in {k} years, this detached cottage near {town} needs some updating but "
         "has views across the valley from every room."),
        ("Buyers looking for a project will love this barn conversion in {town}, which has planning permission for "
         "a two-storey extension and a garden studio."),
        ("The flat occupies the whole top floor of a converted warehouse on {road}, with a roof terrace large enough "
         "for a dozen people to sit down to dinner."),
    ], beds=rng.randint(3, 6), town=town, acres=rng.choice(["two", "three", "four", "six"]), road=rng.choice(_ROADS),
        k=rng.randint(20, 60))]
    s.append(pick(rng, ["It is on the market with {agent} for offers over £{p:,}, and viewings start on {wd}.",
                        "The guide price is £{p:,}, and viewings can be arranged through {agent} in {town2}.",
                        "{agent} is inviting offers in the region of £{p:,}, with a closing date of {dm}."],
                  agent=agent, p=rng.randint(180, 2500) * 1000, wd=_wd(rng), town2=rng.choice(_PLACES), dm=_dm(rng)))
    return _pack(s if rng.random() < 0.7 else s[:1])


def _t52_travel_blurb_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A travel blurb about another destination."""
    place = rng.choice(_PLACES + _ABROAD)
    s = [pick(rng, [
        ("{place} is at its best in {mon}, before the summer crowds arrive, when the harbour cafés put their tables "
         "out and the coastal path is lined with wild flowers."),
        ("Direct flights to {place} take just over {h} hours, and the old town is a short bus ride from the airport, "
         "making it an easy choice for a long weekend."),
        ("Spend the morning walking the cliff path from {place} to the lighthouse, about {mi} miles, then reward "
         "yourself with a crab sandwich at one of the huts on the quay."),
        ("Families will find plenty to do in {place}, from rock-pooling on the south beach to the steam railway that "
         "runs up the valley every weekend until {mon}."),
        ("A week's self-catering in {place} costs from around £{p} per person in {mon}, including flights and "
         "transfers, if you book through {bk}."),
    ], place=place, h=rng.choice(["two", "three", "four"]), mon=rng.choice(MONTHS), p=rng.randint(290, 1400),
        bk=rng.choice(_BOOKERS), mi=rng.choice(["three", "four", "five", "six"]))]
    return _pack(s)


def _t52_hotel_review_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A mini review of another hotel."""
    hotel = rng.choice(_HOTELS)
    s = [pick(rng, [
        ("The {n} rooms at {hotel} are small but beautifully done, with deep baths, heavy linen curtains and views "
         "over the estuary from the upper floors."),
        ("Breakfast at {hotel} is a highlight, with local eggs, kippers and sourdough from a bakery in {town}, "
         "served in a conservatory overlooking the garden."),
        ("{hotel} welcomes dogs in its ground-floor rooms for £{fee} a night, and there is a boot room for muddy "
         "walkers and a map of routes from the front door."),
        ("Doubles at {hotel} cost from £{p} a night, including breakfast, though prices rise sharply in {mon} and "
         "over bank holiday weekends."),
        ("Our only quibble with {hotel} is the noise from the bar on {wd} nights, so ask for a room in the newer "
         "wing if you are a light sleeper."),
    ], hotel=hotel, town=rng.choice(_PLACES), p=rng.randint(89, 420), n=rng.randint(6, 40),
        fee=rng.choice([10, 15, 20, 25]), mon=rng.choice(["August", "July", "December", "the school holidays"]),
        wd=rng.choice(["Friday", "Saturday"]))]
    return _pack(s)


def _t52_how_we_test_prose(rng: random.Random, ctx: dict) -> list[str]:
    """'How we test' prose from a buying guide."""
    _, kind, _, _ = _good(rng, appliance=True)
    s = [pick(rng, [
        ("We tested {n} {kinds} over {w} weeks in our testers' own homes, scoring each one on ease of use, results, "
         "build quality, noise and value for money."),
        ("Every {kind} in this guide was used daily for at least {w} weeks, and we measured its energy use with a "
         "plug-in meter to work out how much it costs to run."),
        ("Our testing lab in {town} puts every {kind} through the same {k} standard tasks, so that results are "
         "comparable from one year's guide to the next."),
        ("We bought {pct}% of the {kinds} in this test ourselves, and where a brand lent us a sample, it had no right "
         "to see or approve the review before publication."),
        ("After testing, the {kinds} we no longer need are donated to charities in {town} or recycled, and our "
         "reviewers never keep samples for their own use."),
    ], n=rng.randint(6, 40), kinds=_plural(kind), kind=kind, w=rng.randint(2, 12), town=rng.choice(_PLACES),
        k=rng.randint(5, 30), pct=rng.choice([60, 70, 75, 80, 90, 100]))]
    return _label(rng, ["How we test", "HOW WE TESTED", "Our testing"], 0.5) + _pack(s)


def _t52_why_trust_prose(rng: random.Random, ctx: dict) -> list[str]:
    """'Why trust us' prose at the top or foot of a guide."""
    out = _outlet(rng)
    s = pick(rng, [
        ("Our team of {n} reviewers has been testing {area} for more than {y} years, and we only recommend things we "
         "would happily buy with our own money."),
        ("{out} has tested over {k:,} products since {since}, and we revisit every guide at least {times} a year to "
         "make sure our picks still stand up."),
        ("We are not paid by brands to include products, and the {n} reviewers at {out} do not know which items "
         "earn us a commission when they write their verdicts."),
        ("If a product we recommend stops being good value or develops a fault, {out} will remove it from this "
         "guide within {d} days and explain why."),
    ], n=rng.randint(8, 40), y=rng.randint(5, 20), out=out, k=rng.randint(1500, 12000), since=rng.randint(2006, 2018),
        area=rng.choice(["home products", "kitchen gadgets", "gadgets and appliances", "cars and tech",
                         "beds and bedding"]), times=rng.choice(["twice", "three times", "four times"]),
        d=rng.choice([7, 14, 30]))
    return _label(rng, ["Why trust us?", "WHY TRUST US", "About our reviews"], 0.5) + _pack([s])


def _t52_tester_bio_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A reviewer's bio at the foot of a guide."""
    p = _name(rng)
    s = [pick(rng, [
        ("{p} is {out}'s home and kitchen editor and has reviewed more than {n} appliances, from kettles to range "
         "cookers, in a small terraced house in {town}."),
        ("{p} has been writing about consumer technology for {y} years and has tested every major phone launch "
         "since {since}, usually while trying to keep up with two children."),
        ("A former chef, {p} now develops recipes and tests cookware for {out}, and is the author of a cookbook "
         "about feeding a family on a budget."),
        ("{p} is a motoring journalist who has driven more than {n} new cars for {out}, and has owned an electric "
         "car since {since}."),
        ("{p} covers travel for {out} and has reviewed more than {n} hotels, paying for every stay unless the "
         "review states otherwise."),
    ], p=p, out=_outlet(rng), n=rng.randint(80, 900), town=rng.choice(_PLACES), y=rng.randint(6, 25),
        since=rng.randint(2009, 2020))]
    return _pack(s)


def _t52_seasonal_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A seasonal shopping round-up paragraph."""
    shop, shop2, shop3 = rng.sample(_SHOPS, 3)
    s = [pick(rng, [
        ("As the nights draw in, we have rounded up {n} of the cosiest buys to see you through autumn, from weighted "
         "blankets to a heated airer that could cut your drying costs."),
        ("The summer sales are now in full swing, with {shop}, {shop2} and {shop3} all offering up to {pct}% off "
         "garden furniture, barbecues and outdoor lighting."),
        ("Back-to-school shopping need not break the bank: we have found {n} bargains on lunchboxes, shoes and "
         "laptops, all tested by parents and their children."),
        ("Whether you are buying for a fussy teenager or a grandparent who has everything, our gift guide has {n} "
         "ideas under £{cap}, all of which can be delivered before {dm}."),
        ("Spring cleaning season is here, and {shop} has cut prices by up to {pct}% on cordless vacuums, steam mops "
         "and dehumidifiers until {wd}."),
    ], shop=shop, shop2=shop2, shop3=shop3, pct=rng.choice([30, 40, 50, 60, 70]),
        n=rng.randint(12, 60), cap=rng.choice([20, 30, 50, 100]), dm=_dm(rng), wd=_wd(rng))]
    return _pack(s)


def _t52_warranty_prose(rng: random.Random, ctx: dict) -> list[str]:
    """Warranty and returns advice in sentences."""
    _, kind, _, _ = _good(rng)
    s = pick(rng, [
        ("If your {kind} develops a fault within {m} months of purchase, the retailer must offer a repair, "
         "replacement or refund, whatever the manufacturer's warranty says."),
        ("Extended warranties are rarely worth paying for on {a_kind}; put the £{x} aside instead, and check "
         "whether your home insurance already covers accidental damage."),
        ("Keep your receipt and the original packaging for at least {d} days, as some retailers, including {shop}, "
         "will only accept a returned {kind} in the box it came in."),
        ("The {brand} guarantee lasts {y} years but only applies if you register the product online within {d} days "
         "of buying it, which is easy to forget."),
        ("Paying for {a_kind} by credit card gives you extra protection on purchases between £100 and £30,000, "
         "which can be useful if {shop} or another retailer goes out of business."),
    ], kind=kind, a_kind=_a(kind), m=rng.choice([6, 12]), d=rng.choice([14, 28, 30]), shop=_shop(rng),
        x=rng.randint(20, 120), brand=rng.choice(["Crispwell", "Dustrel", "Hearthly", "Pantrix", "Brevold"]),
        y=rng.choice([2, 3, 5, 10]))
    return _label(rng, ["Warranty and returns", "Know your rights", "Good to know"], 0.3) + _pack([s])


def _t52_delivery_prose(rng: random.Random, ctx: dict) -> list[str]:
    """Delivery information from a retailer widget, in sentences."""
    shop = _shop(rng)
    s = pick(rng, [
        ("Free standard delivery is available on orders over £{min} at {shop}, and next-day delivery costs £{fee} if "
         "you order before {h}pm."),
        ("Large items such as mattresses and sofas are delivered by a two-person team, who will also take away your "
         "old one for an extra £{fee}."),
        ("Delivery times may be longer than usual during the sale period, and {shop} is warning that some orders "
         "placed after {dm} may not arrive until the following week."),
        ("Click and collect is free from {n} stores nationwide, and orders are usually ready to pick up within two "
         "hours of being placed."),
    ], min=rng.choice([20, 25, 40, 50, 75]), shop=shop, fee=rng.choice([4, 5, 6, 8, 25, 30]), h=rng.choice([6, 8, 9]),
        dm=_dm(rng), n=rng.randint(40, 600))
    return _pack([s])


def _t52_sustainability_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A brand's sustainability claims, repeated in a guide."""
    brand = rng.choice(_LABELS + ["Crispwell", "Slumberloft", "Woolhaven", "Hobcraft"])
    s = [pick(rng, [
        ("{brand} says {pct}% of the cotton it uses is now organic or recycled, and it has pledged to make every "
         "product from certified materials by {y}."),
        ("Every {brand} order is shipped in plastic-free packaging, and the company runs a take-back scheme that "
         "turns old items into insulation for new homes."),
        ("{brand} claims its factory in {town} runs entirely on renewable electricity, though it does not publish "
         "figures for emissions from its suppliers."),
        ("For every item sold, {brand} says it plants a tree through a reforestation partner, having planted more "
         "than {n:,} since the scheme began in {since}."),
        ("{brand} offers free repairs for the lifetime of its products, a policy it says has kept more than {n:,} "
         "items out of landfill."),
    ], brand=brand, pct=rng.randint(40, 95), y=rng.randint(2026, 2035), town=rng.choice(_PLACES),
        n=rng.randint(10000, 900000), since=rng.randint(2012, 2021))]
    return _pack(s)


def _t52_voucher_terms_prose(rng: random.Random, ctx: dict) -> list[str]:
    """Voucher and discount-code terms in sentences."""
    shop = _shop(rng)
    s = [pick(rng, [
        ("The code is valid for one use per customer on full-price items only, and cannot be combined with any "
         "other offer at {shop} before {dm}."),
        ("This discount ends at 11.59pm on {dm} and excludes gift cards, delivery charges and selected brands, so "
         "see the {shop} website for full terms."),
        ("A minimum spend of £{min} applies after any other discounts have been deducted, and the {shop} offer is "
         "open to UK residents aged 18 or over."),
        ("We check every voucher code before we publish it, but {shop} can withdraw offers at any time, so if the "
         "code no longer works, please let us know."),
        ("The {pct}% saving applies to the first order only and is not available on {excl}, which {shop} treats as "
         "separate promotions."),
    ], shop=shop, dm=_dm(rng), min=rng.choice([30, 40, 50, 75, 100]), pct=rng.choice([10, 15, 20, 25]),
        excl=rng.choice(["sale items", "clearance lines", "furniture and large appliances", "bundles"]))]
    return _label(rng, ["Terms and conditions", "T&Cs apply", "Offer terms"], 0.4) + _pack(s)


def _t52_price_note_prose(rng: random.Random, ctx: dict) -> list[str]:
    """The prices-may-change note, in sentences."""
    s = pick(rng, [
        ("Prices were correct at {hm} on {date}, but deals change quickly and some items may have sold out since "
         "we published this {guide}."),
        ("The prices shown are pulled automatically from {shop} and other retailers {k} times a day, so the "
         "{kind} may cost slightly more or less when you click through."),
        ("Where the {kind} is out of stock at {shop}, we have linked to the retailer with the next best price, which "
         "may be higher than the price we tested at."),
        ("We compare the current price of the {kind} with its average over the past {d} days to make sure a "
         "discount is genuine before including it in this {guide}."),
    ], date=_long(_day(rng, 2019, 2025)), hm=_hm(rng), shop=_shop(rng), d=rng.choice([30, 60, 90]),
        k=rng.choice(["several", "four", "six", "twelve", "24"]), guide=rng.choice(["guide", "round-up", "article"]),
        kind=_good(rng)[1])
    return _pack([s])


def _t52_update_note_prose(rng: random.Random, ctx: dict) -> list[str]:
    """An update note at the top of a guide."""
    name = _good(rng)[0]
    d = _day(rng, 2019, 2025)
    s = pick(rng, [
        ("We updated this guide in {mon} to add the {name}, which replaces our previous budget pick after it was "
         "discontinued by the manufacturer."),
        ("This article was last reviewed on {date}; we have checked every price and removed two products that are "
         "no longer available."),
        ("Since our last update, the {name} has fallen in price and now takes the top spot as our best value "
         "choice for most people."),
        ("Update: the {name} is back in stock at {shop} after selling out during the spring sale, and it is still "
         "our favourite overall."),
    ], mon=MONTHS[d.month - 1], name=name, date=_long(d), shop=_shop(rng))
    label = rng.choice(["", "", "Update: ", "UPDATED ", "Editor's note: "])
    return _pack([label + s if not s.startswith("Update") else s])


def _t52_style_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A fashion-edit paragraph about other clothes."""
    lab = rng.choice(_LABELS)
    s = [pick(rng, [
        ("This season's most useful buy is a lightweight {layer} in a neutral shade, and the one from {lab} at £{p} "
         "goes with everything from jeans to a summer dress."),
        ("{lab} has quietly become the label of choice for grown-up basics, and its new {g} sold out within days "
         "of launching in {mon}."),
        ("If you buy one thing for the wedding season, make it a pair of comfortable block heels; {lab} has a "
         "version at £{p} that our fashion editor wore all day without complaint."),
        ("Linen creases, and that is part of its charm: the {lab} linen {piece} softens with every wash and costs "
         "£{p}, a fraction of the price of designer versions."),
    ], lab=lab, p=rng.randint(25, 320), mon=rng.choice(MONTHS), g=rng.choice(_GARMENTS).lower(),
        layer=rng.choice(["jacket", "cardigan", "trench coat", "overshirt", "blazer"]),
        piece=rng.choice(["shirt", "dress", "blazer", "jumpsuit", "overshirt"]))]
    return _pack(s)


def _t52_reader_offer_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A reader offer in sentences."""
    s = [pick(rng, [
        ("Readers can save {pct}% on the {name} by using the code printed below at checkout on the {shop} website "
         "before midnight on {wd}."),
        ("{out} readers can claim a free {gift} with every order over £{min} at {shop}, while stocks last, by "
         "quoting the code at the checkout."),
        ("Book a two-night break at {hotel} before {dm} and {out} readers get a complimentary dinner for two on the "
         "first evening."),
        ("Subscribers to {the_out} newsletter get early access to our Black Friday deals list, a day before it "
         "goes live to everyone else."),
    ], pct=rng.choice([10, 15, 20, 25]), name=_good(rng)[0], shop=_shop(rng), wd=_wd(rng), out=_outlet(rng),
        gift=rng.choice(["tote bag", "set of coasters", "travel mug", "candle"]), min=rng.choice([40, 50, 75]),
        hotel=rng.choice(_HOTELS), dm=_dm(rng), the_out=_the(_outlet(rng)))]
    return _label(rng, ["READER OFFER", "Exclusive offer", "Offer"], 0.4) + _pack(s)


def _fiftysecond_templates() -> dict[str, tuple[str, Template]]:
    """The consumer, shopping and lifestyle desks as affiliate-commerce pages."""
    return {
        "s52_disclosure_label": ("h", _t52_disclosure_label),
        "s52_product_box": ("i", _t52_product_box),
        "s52_pros_cons": ("i", _t52_pros_cons),
        "s52_buy_buttons": ("it", _t52_buy_buttons),
        "s52_price_tracker": ("i", _t52_price_tracker),
        "s52_deal_lines": ("it", _t52_deal_lines),
        "s52_voucher_box": ("it", _t52_voucher_box),
        "s52_best_list": ("ht", _t52_best_list),
        "s52_retailer_table": ("i", _t52_retailer_table),
        "s52_phone_specs": ("i", _t52_phone_specs),
        "s52_laptop_specs": ("it", _t52_laptop_specs),
        "s52_car_specs": ("hi", _t52_car_specs),
        "s52_property_listing": ("it", _t52_property_listing),
        "s52_booking_widget": ("ht", _t52_booking_widget),
        "s52_recipe_card": ("hi", _t52_recipe_card),
        "s52_method_steps": ("i", _t52_method_steps),
        "s52_nutrition": ("it", _t52_nutrition),
        "s52_style_credits": ("it", _t52_style_credits),
        "s52_verdict_box": ("it", _t52_verdict_box),
        "s52_size_picker": ("i", _t52_size_picker),
        "s52_trust_badges": ("h", _t52_trust_badges),
        "s52_byline_stamp": ("h", _t52_byline_stamp),
        "s52_newsletter": ("t", _t52_newsletter),
        "s52_more_guides": ("t", _t52_more_guides),
        "s52_disclosure_prose": ("ht", _t52_disclosure_prose),
        "s52_mini_review_prose": ("i", _t52_mini_review_prose),
        "s52_tech_review_prose": ("i", _t52_tech_review_prose),
        "s52_car_review_prose": ("i", _t52_car_review_prose),
        "s52_buying_advice_prose": ("it", _t52_buying_advice_prose),
        "s52_deal_commentary_prose": ("hi", _t52_deal_commentary_prose),
        "s52_recipe_intro_prose": ("hi", _t52_recipe_intro_prose),
        "s52_recipe_tip_prose": ("it", _t52_recipe_tip_prose),
        "s52_property_blurb_prose": ("it", _t52_property_blurb_prose),
        "s52_travel_blurb_prose": ("i", _t52_travel_blurb_prose),
        "s52_hotel_review_prose": ("it", _t52_hotel_review_prose),
        "s52_how_we_test_prose": ("t", _t52_how_we_test_prose),
        "s52_why_trust_prose": ("ht", _t52_why_trust_prose),
        "s52_tester_bio_prose": ("t", _t52_tester_bio_prose),
        "s52_seasonal_prose": ("hi", _t52_seasonal_prose),
        "s52_warranty_prose": ("t", _t52_warranty_prose),
        "s52_delivery_prose": ("t", _t52_delivery_prose),
        "s52_sustainability_prose": ("it", _t52_sustainability_prose),
        "s52_voucher_terms_prose": ("t", _t52_voucher_terms_prose),
        "s52_price_note_prose": ("ht", _t52_price_note_prose),
        "s52_update_note_prose": ("h", _t52_update_note_prose),
        "s52_style_prose": ("i", _t52_style_prose),
        "s52_reader_offer_prose": ("it", _t52_reader_offer_prose),
    }


BLIND21_TEMPLATES: dict[str, Callable[[], dict[str, tuple[str, Template]]]] = {
    "fiftyfirst": _fiftyfirst_templates,
    "fiftysecond": _fiftysecond_templates,
}
