"""Two more blind noise splits ("thirtyfifth", "thirtysixth") for the plain-text cleaner.

Why this module exists: every earlier split has been measured and then tuned against, so its score no longer says
how the cleaner does on noise it has never met.  These templates were written blind, by someone who did not read
the cleaner, its rules, its tests or its output on any split, from experience of what scrapers really pick up.
They use their own vocabulary and wordings (every person, club, bookmaker, firm, ticker, broker, bank, journal,
university, charity, helpline, programme, channel, newsletter, wire service, archive, town, handle and URL is
invented), and about half of the templates in each split are prose: full sentences, 12-50 words, that read like
article text but are boilerplate or belong to other content (the hard case for a line-level cleaner).

  thirtyfifth   specialist-desk furniture.  SPORT: player ratings with one-line verdicts ("Keeper 7 – ..."), match
                odds strips and responsible-gambling prose, fantasy-team tips (lists and prose), fixtures with
                kick-off times and channels, match-stat boxes, scorer lines, league-table rows, "as it happened"
                links, transfer-rumour, team-news and "elsewhere in the league" prose about other clubs and players.
                BUSINESS and PERSONAL FINANCE: ticker strips, price and percent-change lines, analyst ratings and
                analyst-note prose, market-close prose, "not financial advice", affiliate-commission and
                capital-at-risk prose, savings and mortgage best-buy tables, "sponsored by / in partnership with"
                advertorial prose and money-desk reader-service prose.  SCIENCE and HEALTH: medical-advice
                disclaimers, study citations with journals and DOIs, trial-registration and preprint lines, funding
                and conflict-of-interest statements, helpline lists and support-service prose in new wordings,
                "how we reported this" methodology boxes, preprint / correction notes and expert comment on OTHER
                studies.  LIFESTYLE: recipe cards, method steps and nutrition lines, horoscopes, TV listings and
                "pick of the day" prose, crossword clues and puzzle prose, weather-warning boxes and forecast prose.
  thirtysixth   text that reached the corpus by routes other than a web page.  E-MAIL: From / To / Sent / Subject
                headers, forwarded-message markers, "view this email in your browser", quoted "> " replies,
                signatures with titles and phone numbers, confidentiality, virus-scan, out-of-office and
                print-the-environment prose, unsubscribe and postal-address footers, "you are receiving this
                because..." prose, newsletter intros, items, promotions and sponsor messages.  RSS / ATOM / API
                dumps: guid / pubDate / link / dc:creator fields, feed titles and channel metadata, category tags,
                enclosures and media fields, CMS JSON residue, API errors, feed descriptions of OTHER stories and
                feed-licence prose.  PRESS RELEASES: "FOR IMMEDIATE RELEASE" datelines, embargo lines, "###" /
                "-30-" / "– ENDS –", "About <Firm>" boilerplate, media contacts, executive stock quotes,
                forward-looking-statement prose, photo / b-roll availability, notes to editors, press-office prose
                and wire source lines.  WORD-PROCESSOR and PDF residue: tracked-change and comment markers
                ("Comment [AB1]:", "Deleted:", "Formatted:"), editors' comment prose, page headers and footers,
                "Page 3 of 7", file paths, draft stamps and internal-document disclaimers.  Machine-translation and
                archive-copy banners in new wordings, archive capture labels, and messaging-app shares ("Forwarded
                many times", "<Media omitted>", chat lines with timestamps and names, chain-message prose).

Templates have the format of bench/clean_noise.py: name -> (positions, fn), positions a string over "h" (head,
between title and body), "i" (inline, between body paragraphs) and "t" (tail); fn(rng, ctx) returns the lines of
one block ("" is a blank line inside the block).  ctx["headlines"] holds other articles' headlines (it may be empty,
hold one, or be missing; invented fallback headlines stand in); ctx may also carry "title" and "paragraphs", which
these templates never use: no template copies the article's own title or body text, so word-level scoring stays
valid.  Only the rng passed in is used, so a block is a pure function of the seed.  PROSE35 and PROSE36 name the
prose templates of each split.

    from bench.noise_blind13 import BLIND13_TEMPLATES
    from bench.noise_unseen import make_noisy_glued
    text = make_noisy_glued(article, random.Random(7), BLIND13_TEMPLATES["thirtyfifth"](), headlines)
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
from bench.noise_fills import clock as _hhmm
from bench.noise_fills import glue, some
from bench.noise_fills import headline as _headline
from bench.noise_fills import headlines as _headlines

# --- shared fills -------------------------------------------------------------------------------------------------

HEX13 = "0123456789abcdef"
ALNUM13 = "abcdefghjkmnpqrstuvwxyz23456789"


def _ampm(rng: random.Random) -> str:
    h, m = rng.randint(1, 12), rng.choice([0, 0, 15, 30, 45, rng.randint(0, 59)])
    return rng.choice([f"{h}:{m:02d}pm", f"{h}.{m:02d}am", f"{h}:{m:02d} PM", f"{h}:{m:02d} AM", f"{h}pm"])


def _day_month(rng: random.Random) -> tuple[int, str]:
    return rng.randint(1, 28), rng.choice(MONTHS)


def _date(rng: random.Random, lo: int = 2019, hi: int = 2025) -> str:
    d, mo, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(lo, hi)
    month = MONTHS[mo - 1]
    return rng.choice([f"{d} {month} {y}", f"{month} {d}, {y}", f"{d} {month[:3]} {y}", f"{d:02d}/{mo:02d}/{y}",
                       f"{y}-{mo:02d}-{d:02d}"])


def _rfc_date(rng: random.Random) -> str:
    d, mo, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2018, 2025)
    return (f"{rng.choice(WEEKDAYS)[:3]}, {d:02d} {MONTHS[mo - 1][:3]} {y} {_hhmm(rng)}:{rng.randint(0, 59):02d} "
            f"{rng.choice(['+0000', 'GMT', '+0100', '-0500', 'Z'])}")


def _tok(rng: random.Random, n: int, alphabet: str = ALNUM13) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _domain(name: str) -> str:
    stem = "".join(ch for ch in name.lower().removeprefix("the ") if ch.isalnum())
    return stem + [".co.uk", ".com", ".org", ".net"][sum(map(ord, stem)) % 4]


def _say(rng: random.Random, frames: list[str], lo: int = 1, hi: int = 1) -> list[str]:
    """lo..hi distinct sentences from `frames`, in a random order."""
    return rng.sample(frames, rng.randint(lo, min(hi, len(frames))))


# --- thirtyfifth: specialist-desk furniture -----------------------------------------------------------------------

FIRST35 = ["Anselm", "Briony", "Corentin", "Dagny", "Emrys", "Fenella", "Gethin", "Honor", "Ivo", "Jocasta", "Kit",
           "Linnea", "Mungo", "Nerys", "Orla", "Piran", "Quilla", "Rhodri", "Sabine", "Torvald", "Ulrika", "Vashti",
           "Wystan", "Xanthe", "Yannick", "Zinnia", "Bram", "Calla", "Dorian", "Ffion", "Lorcan", "Senna"]
LAST35 = ["Abernethy-Slade", "Bellringer", "Cardew", "Dunstall", "Eddery", "Fairbrass", "Gillingwater", "Hollowell",
          "Ironmonger", "Jarrold", "Kettleborough", "Larkworthy", "Mossop", "Nettlefold", "Oldroyd", "Pennycook",
          "Quarmby", "Rushbrooke", "Sallow", "Thackwray", "Underhay", "Vosper", "Whitlock", "Yeardley",
          "Zetterlund", "Blencowe", "Coverdale", "Drabble", "Okonjo", "Mbeki-Hart", "Santacroce", "Lindqvist"]
PLACES35 = ["Harrowmere", "Coldharbour Quay", "Brennock", "Wyndmoor", "Ferncastle", "Kellingford", "Dunmarrow",
            "Quarrington", "Ashgrove", "Bramholt", "Port Saltram", "Merrifield", "Oakenshaw Vale", "Thistledown",
            "Pelloe Bay", "Garrowby", "Lystrand", "Varnholt"]
CLUBS35 = ["Ferncastle United", "Wyndmoor Athletic", "Port Saltram", "Dunmarrow Rovers", "Kellingford City",
           "Ashgrove Wanderers", "Bramholt Town", "Quarrington Albion", "Merrifield Orient", "Harrowmere Vale",
           "Brennock Celtic", "Garrowby Harriers"]
LEAGUES35 = ["Northline League", "Northline Championship", "Corinth Cup", "Saltire Shield", "Premier Division North"]
CHANNELS35 = ["Channel Wren", "Vista Sport", "Hearth One", "Northlight 2", "Kestrel+", "Vista Sport Extra",
              "Hearth Two", "Lantern TV"]
BOOKS35 = ["Oddsmill", "BetHarbour", "KickPrice", "Stakewell", "Longfield Bet", "Punters' Lane"]
OUTLETS35 = ["The Harrowmere Chronicle", "Wyndmoor Daily", "The Brennock Post", "Ferncastle Evening Star",
             "The Lystrand Ledger"]
COMPANIES35 = [("Halvern Minerals", "HLVN"), ("Orrin Foods", "ORFD"), ("Brightquay Bank", "BQB"),
               ("Tessaly Pharma", "TSLP"), ("Cobalt Finch Energy", "CFE"), ("Northwold Telecom", "NWT"),
               ("Pennance Retail", "PNR"), ("Quillstone Insurance", "QSI"), ("Varnholt Aerospace", "VRA"),
               ("Marram Homes", "MRH"), ("Glasswing Software", "GWS"), ("Ottery Brewing Group", "OTB")]
INDICES35 = ["Northline 100", "Quay 250", "Harbour All-Share", "Lystrand Composite", "Northline SmallCap"]
BROKERS35 = ["Feldgate Securities", "Marlowe Keane", "Dastry & Co", "Ossory Capital", "Pimlott Brandt",
             "Hexley Reid", "Tamworth-Vane Partners"]
SAVERS35 = ["Thrushcross Building Society", "Larkspur Bank", "Fennimore Mutual", "Bluehaven Savings",
            "Cobbett & Rowe", "Plover Direct", "Kittiwake Bank", "Sandmartin BS", "Oakapple Money"]
PARTNERS35 = ["RateHarbour", "Compareo", "MoneyWren", "the Savings Lighthouse", "FeeFinder"]
SPONSORS35 = ["Larkspur Bank", "Kittiwake Wealth", "Fennimore Pensions", "Oakapple Invest", "Plover Mortgages",
              "Quillstone Life"]
JOURNALS35 = ["Journal of Coastal Epidemiology", "Annals of Harrowmere Medicine", "Translational Marrow Research",
              "Quarrington Clinical Letters", "The Brennock Medical Review", "Proceedings of the Thistledown Academy",
              "Lystrand Journal of Public Health", "Varnholt Neuroscience", "Open Physiology Harbour"]
UNIS35 = ["the University of Wyndmoor", "the Kellingford Institute of Technology", "Dunmarrow Medical School",
          "Ferncastle University", "Garrowby College", "the Saltram Centre for Ageing Research",
          "Merrifield University"]
HOSPITALS35 = ["Wyndmoor Royal Infirmary", "Brennock General", "St Ositha's Hospital, Lystrand",
               "Harrowmere Children's Hospital", "Quarrington Eye Hospital"]
FUNDERS35 = ["the Ashgrove Trust", "the Wellbrook Foundation", "the Pelloe Bay Medical Fund",
             "the Thistledown Research Council", "the Vosper Charitable Trust", "the Northern Heart Fund"]
PHARMA35 = ["Tessaly Pharma", "Oxendon Biologics", "Merriquay Therapeutics", "Calderon Vale Labs", "Nimbrel Health"]
BODIES35 = ["Royal College of Coastal Physicians", "National Screening Panel", "Clinical Evidence Board",
            "Society for Sleep Medicine", "Nutrition Advisory Council"]
CHARITIES35 = ["Lanternline", "Quietwater", "the Harbour Listening Service", "Tidefast", "Open Door Talk", "Nightlamp",
               "Steady Ground", "the Kinship Line"]
ISSUES35 = ["eating disorders", "gambling harm", "bereavement", "loneliness", "self-harm", "domestic abuse",
            "money worries", "postnatal depression", "addiction"]
PROGRAMMES35 = ["The Allotment Detectives", "Cellar Kings", "Harbour Lights", "The Great Pottery Race",
                "Crime Desk Live", "Coast to Coast Kitchens", "Small Town Vets", "Quizbox", "The Long Haul",
                "Secret Lives of Lighthouses", "Bargain Barge", "Night Shift: A&E"]
WEATHER35 = ["the Wyndmoor Weather Centre", "Skyline Forecasting", "the National Forecast Office",
             "Harbour Met Services"]
SETTERS35 = ["Pilchard", "Quillon", "Tern", "Bramble", "Mizzen", "Oriel"]
DISHES35 = ["Roast squash and chickpea traybake", "One-pot smoked haddock chowder", "Lemon and thyme roast chicken",
            "Miso-glazed aubergine with sesame rice", "Slow-cooked lamb shoulder with white beans",
            "Spiced carrot and lentil soup", "Brown butter banana bread", "Sticky ginger pudding",
            "Mushroom and chestnut pie", "Crispy gnocchi with peas and mint", "Rhubarb and custard crumble bars"]
FALLBACK35 = ["Harbour board approves £40m dredging plan", "Ferncastle United sack manager after eight defeats",
              "Brightquay Bank to close 30 branches", "Waiting lists for hip operations rise again",
              "Rail fares to rise by 4.6% in March", "Ashgrove residents win fight over quarry expansion",
              "Record number of students apply for nursing courses", "Storm leaves thousands without power"]
SIGNS35 = [("Aries", "21 March – 19 April"), ("Taurus", "20 April – 20 May"), ("Gemini", "21 May – 20 June"),
           ("Cancer", "21 June – 22 July"), ("Leo", "23 July – 22 August"), ("Virgo", "23 August – 22 September"),
           ("Libra", "23 September – 22 October"), ("Scorpio", "23 October – 21 November"),
           ("Sagittarius", "22 November – 21 December"), ("Capricorn", "22 December – 19 January"),
           ("Aquarius", "20 January – 18 February"), ("Pisces", "19 February – 20 March")]


def _p35(rng: random.Random) -> str:
    return f"{rng.choice(FIRST35)} {rng.choice(LAST35)}"


def _surname35(rng: random.Random) -> str:
    return rng.choice(LAST35)


def _fixture35(rng: random.Random) -> tuple[str, str]:
    home, away = rng.sample(CLUBS35, 2)
    return home, away


def _frac(rng: random.Random) -> str:
    return rng.choice(["4/5", "10/11", "Evs", "11/10", "6/4", "13/8", "7/4", "2/1", "9/4", "5/2", "11/4", "3/1",
                       "10/3", "7/2", "4/1", "9/2", "5/1", "6/1", "8/1", "12/1", "16/1", "25/1"])


def _pct(rng: random.Random, hi: float = 6.0) -> float:
    return round(rng.uniform(0.05, hi), 2)


def _phone35(rng: random.Random) -> str:
    return rng.choice([f"0800 {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
                       f"0808 {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
                       f"116 {rng.randint(100, 999)}", f"0300 {rng.randint(100, 999)} {rng.randint(1000, 9999)}"])


def _doi(rng: random.Random) -> str:
    return rng.choice([(f"10.{rng.randint(1000, 9999)}/{_tok(rng, 4)}.{rng.randint(2019, 2025)}."
                        f"{rng.randint(100, 9999)}"),
                       (f"10.{rng.randint(1000, 9999)}/s{rng.randint(10000, 99999)}-0{rng.randint(10, 99)}-"
                        f"{rng.randint(1000, 9999)}-{rng.randint(0, 9)}"),
                       (f"10.{rng.randint(1000, 9999)}/{rng.choice(['jce', 'ahm', 'tmr', 'qcl', 'ljph'])}"
                        f"{rng.randint(100000, 999999)}")])


def _study_title(rng: random.Random) -> str:
    exposure = rng.choice(["evening screen use", "daily walking pace", "ultra-processed food intake", "shift work",
                           "household damp and mould", "dog ownership", "loneliness", "air pollution near schools",
                           "time spent in green space", "caffeine in pregnancy"])
    outcome = rng.choice(["sleep quality", "type 2 diabetes risk", "cognitive decline", "childhood asthma",
                          "blood pressure", "hospital admissions", "depressive symptoms", "hip fracture"])
    who = rng.choice(["adults over 60", "adolescents", "night-shift nurses", "older adults", "primary school children",
                      "pregnant women", "a national birth cohort"])
    design = rng.choice(["a prospective cohort study", "a randomised controlled trial",
                         "a systematic review and meta-analysis", "a population-based case-control study",
                         "a cross-sectional analysis"])
    return rng.choice([f"Association of {exposure} with {outcome} in {who}: {design}",
                       f"{exposure.capitalize()} and {outcome} among {who}",
                       f"Effect of {exposure} on {outcome}: {design}"])


# sport ------------------------------------------------------------------------------------------------------------

VERDICTS35 = ["Commanding in the air and made two sharp saves before the break.",
              "Caught out of position for the equaliser but recovered well.",
              "Quiet first half, then ran the game once the shape changed.",
              "Booked early and never quite settled after that.",
              "Tireless, if wasteful in the final third.",
              "Took his goal superbly and should have had a second.",
              "Won every header that mattered; a captain's display.",
              "Struggled against the pace of the winger all afternoon.",
              "Neat and tidy without ever hurting the opposition.",
              "Unlucky to be withdrawn on the hour.",
              "Brought energy off the bench and nearly snatched it late on.",
              "One glaring miss aside, a lively shift.",
              "Distribution was poor and he looked rattled by the press.",
              "Calm on the ball, brave in the tackle. Man of the match.",
              "Not enough time to make an impact.",
              "Got forward at every chance and his cross led to the opener."]
ROLES35 = ["Keeper", "Right-back", "Centre-back", "Centre-back", "Left-back", "Defensive midfield", "Midfield",
           "Right wing", "Left wing", "Number 10", "Striker", "Sub"]


def _player_ratings(rng: random.Random, ctx: dict) -> list[str]:
    club = rng.choice(CLUBS35)
    head = rng.choice([f"{club} player ratings", f"How {club} rated", "PLAYER RATINGS", f"{club} ratings out of 10",
                       f"Player ratings: {club}"])
    style = rng.randrange(4)
    rows = []
    for role in some(rng, ROLES35, 3, 7):
        name, score, verdict = _p35(rng), rng.randint(4, 9), rng.choice(VERDICTS35)
        rows.append([f"{role} {score} – {verdict}", f"{name} ({role}) {score}/10 – {verdict}",
                     f"{name}, {score}: {verdict}", f"{role}: {name} – {score}. {verdict}"][style])
    return [head, *rows] if rng.random() < 0.8 else rows


def _odds_line(rng: random.Random, ctx: dict) -> list[str]:
    home, away = _fixture35(rng)
    book = rng.choice(BOOKS35)
    lines = [rng.choice([f"{home} {_frac(rng)} | Draw {_frac(rng)} | {away} {_frac(rng)}",
                         f"Match odds ({book}): {home} {_frac(rng)}, draw {_frac(rng)}, {away} {_frac(rng)}",
                         f"{home.upper()} {_frac(rng)}  DRAW {_frac(rng)}  {away.upper()} {_frac(rng)}",
                         f"1X2: {_frac(rng)} / {_frac(rng)} / {_frac(rng)}"]),
             f"Both teams to score: Yes {_frac(rng)} · No {_frac(rng)}",
             f"First goalscorer: {_p35(rng)} {_frac(rng)}",
             f"Correct score {rng.randint(0, 3)}-{rng.randint(0, 3)}: {_frac(rng)}",
             rng.choice([f"Odds correct at {_hhmm(rng)}", "Odds subject to change", f"Prices via {book}"]),
             rng.choice(["18+ | T&Cs apply | Play safe", "18+ only. Gamble responsibly.", "Bet now ›",
                         f"Bet with {book} ›", "New customers only"])]
    return glue(rng, some(rng, lines, 2, 5), 0.4)


def _gamble_prose(rng: random.Random, ctx: dict) -> list[str]:
    svc, phone, book = rng.choice(CHARITIES35), _phone35(rng), rng.choice(BOOKS35)
    frames = [
        (f"If gambling has stopped being fun, {svc} offers free, confidential advice around the clock on {phone}, and "
         "you can block betting sites on your own devices at any time."),
        ("Please bet responsibly: set a deposit limit before you start, never chase your losses, and take a break "
         "whenever betting starts to affect your mood, your money or your relationships."),
        (f"The {book} odds shown on this page are supplied by our betting partner and were correct at the time of "
         "writing, but prices move quickly and may differ when you come to place a bet."),
        ("When you sign up with a bookmaker through links on this page we may receive a payment, which never affects "
         "the tips our writers choose or the prices we display."),
        ("Over-18s only: free bets are credited as tokens, stakes are not returned, and minimum odds, payment-method "
         "exclusions and a seven-day expiry apply to every offer listed here."),
        (f"Gambling can be addictive, and if you or someone close to you is worried about betting, talk to {svc} by "
         f"calling {phone} or using the live chat on its website."),
        ("Treat any tip on this page as entertainment rather than a reliable way to make money, and only ever stake "
         "what you could comfortably afford to lose."),
        (f"Self-exclusion schemes let you ban yourself from every licensed betting site for up to five years, and "
         f"{svc} can walk you through signing up in a single phone call."),
    ]
    return _say(rng, frames, 1, 2)


def _fantasy_tips(rng: random.Random, ctx: dict) -> list[str]:
    def pick() -> str:
        return f"{_p35(rng)} ({rng.choice(CLUBS35)}, £{rng.randint(40, 130) / 10:.1f}m)"

    gw = rng.randint(2, 38)
    head = rng.choice([f"Fantasy tips – Gameweek {gw}", f"FANTASY {rng.choice(LEAGUES35).upper()}: GW{gw}",
                       f"Gameweek {gw} cheat sheet", "Fantasy football: our picks"])
    lines = [f"Captain: {pick()}", f"Vice-captain: {pick()}", f"Differential: {pick()}",
             f"Avoid: {pick()} – doubtful", f"Budget enabler: {pick()}",
             rng.choice(["Chip strategy: hold your Wildcard", "Bench Boost: not yet", "Triple Captain: save it",
                         "Free Hit: only if you have 8 or fewer starters"]),
             f"Deadline: {rng.choice(WEEKDAYS)} {_hhmm(rng)}"]
    return [head, *some(rng, lines, 3, 6)]


def _fantasy_prose(rng: random.Random, ctx: dict) -> list[str]:
    name, name2, club, club2 = _p35(rng), _p35(rng), *rng.sample(CLUBS35, 2)
    price, pts, n, gw, pct = rng.randint(45, 125) / 10, rng.randint(18, 64), rng.randint(3, 6), rng.randint(2, 38), \
        rng.randint(12, 68)
    frames = [
        (f"At £{price:.1f}m, {name} of {club} has returned {pts} points in his last {n} games and faces {club2} at "
         "home, which makes him one of the best-value midfield picks of the gameweek."),
        (f"Managers who used their wildcard last week should consider bringing in {name}, whose {club} side have the "
         "kindest run of fixtures in the division until the international break."),
        (f"{name} blanked again on Saturday and, with {club} playing twice in four days, there is a real risk of "
         "rotation, so he is one we would be happy to sell this week."),
        (f"Our fantasy expert {_p35(rng)} has already made one transfer for gameweek {gw}, swapping out the injured "
         f"{name} for {name2}, and is keeping a free transfer in reserve."),
        (f"Ownership of {name} has climbed to {pct}% after back-to-back hauls, so leaving him out now is a gamble "
         f"that could cost you dearly if {club} keep scoring freely."),
        (f"Defenders from {club} are worth a look after four clean sheets in five, and at £{price:.1f}m {name} also "
         "offers a threat from set pieces that cheaper options simply do not."),
    ]
    return _say(rng, frames, 1, 2)


def _fixtures(rng: random.Random, ctx: dict) -> list[str]:
    head = rng.choice(["Fixtures", "Coming up", "Weekend fixtures", f"{rng.choice(LEAGUES35)} fixtures",
                       "NEXT MATCHES", "Upcoming"])
    d, month = _day_month(rng)
    rows = []
    for _ in range(rng.randint(2, 6)):
        home, away = _fixture35(rng)
        ko = rng.choice(["12:30", "15:00", "15:00", "17:30", "19:45", "20:00", "14:00", "16:30"])
        rows.append(rng.choice([f"{rng.choice(WEEKDAYS)[:3]} {d} {month[:3]} {ko} {home} v {away}",
                                f"{home} v {away}, {ko} ({rng.choice(CHANNELS35)})",
                                f"{ko}  {home} – {away}", f"{home} vs {away} · KO {ko}"]))
    tail = rng.choice(["Kick-off times subject to change for TV.", "All times UK.", "", "See all fixtures ›"])
    out = [head, *rows] + ([tail] if tail else [])
    return glue(rng, out, 0.15)


def _match_stats(rng: random.Random, ctx: dict) -> list[str]:
    home, away = _fixture35(rng)
    sep = rng.choice(["  ", " | ", "   ", " – "])
    a = rng.randint(32, 68)
    rows = [f"Possession{sep}{a}%{sep}{100 - a}%", f"Shots{sep}{rng.randint(3, 22)}{sep}{rng.randint(3, 22)}",
            f"On target{sep}{rng.randint(0, 9)}{sep}{rng.randint(0, 9)}",
            f"Corners{sep}{rng.randint(0, 12)}{sep}{rng.randint(0, 12)}",
            f"Fouls{sep}{rng.randint(5, 18)}{sep}{rng.randint(5, 18)}",
            f"xG{sep}{rng.uniform(0.1, 3.2):.2f}{sep}{rng.uniform(0.1, 3.2):.2f}",
            f"Yellow cards{sep}{rng.randint(0, 5)}{sep}{rng.randint(0, 5)}",
            f"Offsides{sep}{rng.randint(0, 6)}{sep}{rng.randint(0, 6)}"]
    head = rng.choice(["Match stats", "KEY STATS", "Stats", f"{home} v {away}: the numbers"])
    return [head, f"{home}{sep}{away}", *some(rng, rows, 3, 8)]


def _scorers(rng: random.Random, ctx: dict) -> list[str]:
    home, away = _fixture35(rng)
    s1, s2 = rng.randint(0, 4), rng.randint(0, 3)

    def goals(k: int) -> str:
        return ", ".join(f"{_surname35(rng)} {rng.randint(2, 90)}{rng.choice(['', '', ' pen', ' og'])}"
                         for _ in range(k)) or "none"

    lines = [f"{home} {s1}-{s2} {away}", f"{home}: {goals(s1)}", f"{away}: {goals(s2)}",
             f"Att: {rng.randint(2000, 58000):,}", f"Ref: {_p35(rng)}",
             f"Sent off: {_surname35(rng)} ({rng.randint(20, 90)})", f"HT: {min(s1, 1)}-{min(s2, 1)}"]
    return glue(rng, some(rng, lines, 3, 6), 0.3, (" · ", "  ", "; "))


def _as_it_happened(rng: random.Random, ctx: dict) -> list[str]:
    home, away = _fixture35(rng)
    hl = _headline(rng, ctx, FALLBACK35)
    lines = [rng.choice([f"As it happened: {home} {rng.randint(0, 4)}-{rng.randint(0, 4)} {away}",
                         f"Live: {hl} – as it happened", f"Relive the action: {home} v {away}",
                         f"Minute by minute: {hl}"]),
             rng.choice(["Live reaction ›", "Full report ›", "Highlights (3:12)", "Read the live blog",
                         f"Report: {hl}", "Match centre ›"])]
    return glue(rng, some(rng, lines, 1, 2), 0.3)


def _transfer_prose(rng: random.Random, ctx: dict) -> list[str]:
    club, club2 = rng.sample(CLUBS35, 2)
    name, name2, boss = _p35(rng), _p35(rng), _p35(rng)
    fee, age, goals = rng.randint(3, 45), rng.randint(19, 31), rng.randint(8, 41)
    frames = [
        (f"{club} are weighing a £{fee}m move for {club2} winger {name}, who has entered the final year of his "
         "contract and is understood to have turned down two offers of a new deal."),
        (f"{name} is expected to complete a loan move from {club} to {club2} later this week once he has passed a "
         "medical, with an option to make the deal permanent next summer."),
        (f"Elsewhere, {club} have rejected an opening bid of £{fee}m from {club2} for defender {name}, insisting the "
         f"{age}-year-old is not for sale at any price this window."),
        (f"Sources close to {name} say the striker would welcome a return to {club}, where he scored {goals} goals in "
         "two seasons before his switch abroad, although his wages remain an obstacle."),
        (f"{club} manager {boss} refused to be drawn on speculation linking {name} with a move away, telling reporters "
         "he only talks about players who are already at the club."),
        (f"The rumour mill says {club} have joined {club2} in the race for {name}, while {name2} is said to be close "
         "to agreeing personal terms with an unnamed club abroad."),
        (f"{club2} are also monitoring {name2}, the {age}-year-old midfielder who has impressed on loan this season, "
         f"but face competition from at least three sides in the {rng.choice(LEAGUES35)}."),
    ]
    head = rng.choice(["Transfer gossip", "THE RUMOUR MILL", "Around the clubs", "", "", ""])
    return ([head] if head else []) + _say(rng, frames, 1, 3)


def _elsewhere_prose(rng: random.Random, ctx: dict) -> list[str]:
    club, club2, club3, club4 = rng.sample(CLUBS35, 4)
    name, name2 = _p35(rng), _p35(rng)
    league = rng.choice(LEAGUES35)
    s1, s2, crowd = rng.randint(2, 5), rng.randint(0, 1), rng.randint(3000, 52000)
    frames = [
        (f"Elsewhere in the {league}, {club} came from behind to beat {club2} {s1}-{s2}, with {name} scoring twice in "
         f"the final ten minutes in front of a crowd of {crowd:,}."),
        (f"{club3} stay top after a goalless draw at {club4}, a result that leaves them three points clear with a "
         "game in hand over the chasing pack."),
        (f"{club} have now gone {rng.randint(5, 14)} games without a win after a {s2}-{s1} home defeat by {club2}, "
         f"and supporters made their feelings clear to manager {name2} at full time."),
        (f"In the late kick-off, {name} struck in stoppage time to earn {club3} a {s1}-{s1} draw against {club4}, "
         "who had led for most of the afternoon through a first-half penalty."),
        (f"{club2} moved out of the relegation zone with a {s1}-{s2} win over {club4}, their first victory since "
         f"{rng.choice(MONTHS)}, thanks to a header from the returning {name2}."),
    ]
    return _say(rng, frames, 1, 3)


def _league_table(rng: random.Random, ctx: dict) -> list[str]:
    clubs = rng.sample(CLUBS35, rng.randint(3, 7))
    start = rng.randint(1, 14)
    head = rng.choice(["Pos Team P W D L GD Pts", "#  Club  P  GD  Pts", "Team | Pld | Pts",
                       f"{rng.choice(LEAGUES35)} table"])
    rows = []
    pts = rng.randint(30, 70)
    for k, club in enumerate(clubs):
        p = rng.randint(20, 38)
        w = rng.randint(3, min(p, 25))
        dr = rng.randint(0, p - w)
        gd = rng.randint(-25, 40)
        pts -= rng.randint(0, 4)
        rows.append(rng.choice([f"{start + k} {club} {p} {w} {dr} {p - w - dr} {gd:+d} {pts}",
                                f"{start + k}. {club}  {p}  {gd:+d}  {pts}", f"{club} | {p} | {pts}"]))
    return [head, *rows]


def _injury_prose(rng: random.Random, ctx: dict) -> list[str]:
    club, club2 = rng.sample(CLUBS35, 2)
    name, name2, boss = _p35(rng), _p35(rng), _p35(rng)
    weeks = rng.randint(2, 10)
    injury = rng.choice(["ankle ligament damage", "a hamstring strain", "a knee problem", "concussion",
                         "a broken metatarsal", "a calf injury", "illness"])
    frames = [
        (f"Team news: {club} will be without {name} for at least {weeks} weeks after he suffered {injury} in "
         f"training, while {name2} returns from a three-match suspension."),
        (f"{club2} boss {boss} confirmed that {name} has been ruled out with {injury}, but said {name2} had trained "
         "fully this week and is in contention to start on Saturday."),
        (f"{name} faces a late fitness test on {injury} ahead of {club}'s trip to {club2}, and the club will not "
         "take any risks with the defender before a busy festive schedule."),
        (f"There is better news for {club2}, who welcome back {name2} after {weeks} weeks out, although {name} is "
         "still missing as he continues his recovery from surgery."),
    ]
    head = rng.choice(["Team news", "Injury latest", "", "", ""])
    return ([head] if head else []) + _say(rng, frames, 1, 2)


# business and personal finance -------------------------------------------------------------------------------------

def _quote_bits(rng: random.Random) -> tuple[str, str, float, float, str]:
    name, tick = rng.choice(COMPANIES35)
    price = round(rng.uniform(40, 2400), 2)
    pct = _pct(rng)
    arrow = rng.choice(["▲", "▼", "+", "-"])
    return name, tick, price, pct, arrow


def _ticker_strip(rng: random.Random, ctx: dict) -> list[str]:
    items = []
    for name, tick in rng.sample(COMPANIES35, rng.randint(3, 7)):
        price, pct, up = round(rng.uniform(40, 2400), 1), _pct(rng), rng.random() < 0.5
        items.append(rng.choice([f"{tick} {price:,.1f} {'▲' if up else '▼'}{pct:.2f}%",
                                 f"{tick} {price:,.2f} {'+' if up else '-'}{pct:.2f}%",
                                 f"{name.upper()} {price:,.1f}p {'↑' if up else '↓'} {pct:.1f}%"]))
    if rng.random() < 0.6:
        items.insert(0, f"{rng.choice(INDICES35).upper()} {rng.uniform(3000, 9000):,.2f} "
                        f"{rng.choice(['▲', '▼'])}{_pct(rng, 2):.2f}%")
    if rng.random() < 0.4:
        items.append(rng.choice([f"GBP/USD {rng.uniform(1.1, 1.4):.4f}", f"GBP/EUR {rng.uniform(1.1, 1.25):.4f}",
                                 f"Brent ${rng.uniform(60, 95):.2f}", f"Gold ${rng.uniform(1800, 2600):,.0f}"]))
    return glue(rng, items, 0.75, ("  ", " | ", " • ", "   "))


def _price_change(rng: random.Random, ctx: dict) -> list[str]:
    name, tick, price, pct, arrow = _quote_bits(rng)
    chg = round(price * pct / 100, 2)
    sign = "-" if arrow in "▼-" else "+"
    lines = [rng.choice([f"{name} ({tick})", f"{name} plc", f"{tick}.Q"]),
             rng.choice([f"{price:,.2f}p", f"{price:,.2f} GBX", f"£{price / 100:,.2f}"]),
             f"{sign}{chg:.2f} ({sign}{pct:.2f}%)",
             rng.choice(["Market closed", "Market open", "Pre-market", "After hours"]),
             f"As of {_hhmm(rng)} {_date(rng, 2023, 2025)}. Prices delayed by at least 15 minutes.",
             f"Day range {price * 0.97:,.2f} – {price * 1.02:,.2f}",
             f"52-week high {price * rng.uniform(1.05, 1.6):,.2f}", f"Mkt cap £{rng.uniform(0.1, 40):.2f}bn",
             f"P/E {rng.uniform(4, 40):.1f}", f"Div yield {rng.uniform(0, 7):.2f}%"]
    return glue(rng, some(rng, lines, 3, 7), 0.35)


RATINGS35 = ["Buy", "Overweight", "Outperform", "Hold", "Neutral", "Equal weight", "Underweight", "Sell", "Add",
             "Reduce"]


def _analyst_rating(rng: random.Random, ctx: dict) -> list[str]:
    name, tick = rng.choice(COMPANIES35)
    b, h, s = rng.randint(0, 14), rng.randint(0, 9), rng.randint(0, 5)
    target = rng.randint(80, 2600)
    lines = [rng.choice([f"Analyst consensus: {rng.choice(RATINGS35)}", f"{tick} – broker view", "ANALYST RATINGS",
                         f"What the brokers say about {name}"]),
             f"Buy {b} · Hold {h} · Sell {s}",
             f"{rng.choice(BROKERS35)}: {rng.choice(RATINGS35)} (from {rng.choice(RATINGS35)}), target {target}p",
             f"{rng.choice(BROKERS35)}: {rng.choice(RATINGS35)}, target cut to {target - rng.randint(5, 60)}p",
             f"Average price target: {target}p ({rng.choice(['+', '-'])}{_pct(rng, 30):.1f}%)",
             f"Updated {_date(rng, 2023, 2025)}"]
    return some(rng, lines, 2, 5)


def _analyst_prose(rng: random.Random, ctx: dict) -> list[str]:
    (name, _), broker = rng.choice(COMPANIES35), rng.choice(BROKERS35)
    new, pct, idx = rng.randint(120, 2400), _pct(rng, 12), rng.choice(INDICES35)
    product = rng.choice(["subscriptions", "wholesale", "battery storage", "online", "specialist lending", "export"])
    region = rng.choice(["European", "Asian", "North American", "domestic", "Middle Eastern"])
    frames = [
        (f"Analysts at {broker} raised their target price for {name} to {new}p from {new - rng.randint(10, 90)}p on "
         f"{rng.choice(WEEKDAYS)}, arguing that the market is underestimating how quickly its {product} business can "
         "turn a profit."),
        (f"{broker} downgraded {name} to {rng.choice(RATINGS35[5:])}, warning that rising input costs and a slower "
         f"than expected recovery in {region} orders could squeeze margins well into next year."),
        (f"Shares in {name} fell {pct:.1f}% in early trading after the group cut its full-year guidance, blaming "
         "weaker demand from trade customers and a one-off charge for closing two depots."),
        (f"{name} was the biggest riser on the {idx}, up {pct:.1f}%, after it announced a £{rng.randint(20, 500)}m "
         "share buyback and said trading since the start of the year had been ahead of expectations."),
        (f"In a note to clients, {_p35(rng)} of {broker} said {name} remained the firm's top pick in the sector, "
         f"pointing to a strong balance sheet and a dividend yield of {rng.uniform(2, 8):.1f}%."),
        (f"Not everyone is convinced: {broker} kept its {rng.choice(RATINGS35[3:6]).lower()} rating on {name}, "
         f"saying the {product} unit still needs to prove it can grow without heavy discounting."),
    ]
    return _say(rng, frames, 1, 2)


def _not_advice(rng: random.Random, ctx: dict) -> list[str]:
    outlet = rng.choice(OUTLETS35)
    frames = [
        ("The information in this article is for general guidance only and is not personal financial advice; if you "
         "are unsure whether an investment is right for you, speak to a regulated financial adviser."),
        ("Nothing on this page should be taken as a recommendation to buy or sell any particular share, fund or "
         "product, and past performance is not a reliable guide to future returns."),
        (f"{outlet} is not authorised to give financial advice, and readers should do their own research or seek "
         "independent advice before making any decisions about their money."),
        ("Our writers may hold shares in some of the companies mentioned, but under our code of conduct they are "
         "never allowed to trade in them for a week either side of publication."),
        ("Tax treatment depends on your individual circumstances and may change in future, so check the current "
         "rules or ask a qualified adviser before acting on anything you read here."),
        ("This is not financial advice: the figures quoted are illustrative, based on the rates available when we "
         "went to press, and your own returns could be higher or lower."),
    ]
    out = _say(rng, frames, 1, 2)
    if rng.random() < 0.25:
        out.insert(0, rng.choice(["Important information", "DISCLAIMER", "Please note"]))
    return out


def _affiliate(rng: random.Random, ctx: dict) -> list[str]:
    outlet, partner = rng.choice(OUTLETS35), rng.choice(PARTNERS35)
    frames = [
        (f"If you click on a link in this article and take out a product, {outlet} may earn a small commission from "
         "the provider, but this never influences which deals we choose to feature."),
        ("Some of the links on this page are affiliate links, which means we receive a fee when readers sign up, at "
         "no extra cost to you and with no effect on our independent rankings."),
        (f"Rates in this table are supplied by our comparison partner {partner} and were correct on "
         f"{_date(rng, 2023, 2025)}; providers can withdraw or change deals without notice, so always check before "
         "you apply."),
        ("We are funded partly by commission from some of the firms listed, and we explain how we make money, and "
         "how we pick the deals we show, in full on our editorial standards page."),
        ("Our money team picks every product on merit, and while we may be paid if you buy through our links, "
         "providers cannot pay to appear in our best-buy tables or change their order."),
        (f"Deals marked with an asterisk are exclusive to readers of {outlet} and are available only through the "
         "links on this page, for a limited time and while stocks last."),
    ]
    return _say(rng, frames, 1, 2)


def _savings_table(rng: random.Random, ctx: dict) -> list[str]:
    kind = rng.choice(["Best easy-access savings", "Top one-year fixed bonds", "Best cash Isas",
                       "Regular savers: top rates", "Notice accounts"])
    sep = rng.choice([" | ", "  ", " · "])
    head = sep.join(["Provider", "Account", "AER", "Min. deposit"])
    rows = []
    for prov in rng.sample(SAVERS35, rng.randint(3, 6)):
        acct = rng.choice(["Easy Saver", "Online Bonus Saver", "1yr Fixed Bond", "Cash Isa Issue 7",
                           "95-Day Notice", "Monthly Saver", "Loyalty Saver"])
        rows.append(sep.join([prov, acct, f"{rng.uniform(3.1, 5.4):.2f}%",
                              rng.choice(["£1", "£100", "£500", "£1,000", "£5,000", "None"])]))
    foot = rng.choice([f"Source: {rng.choice(PARTNERS35)}, {_date(rng, 2023, 2025)}. AER = annual equivalent rate.",
                       "Rates may change at any time.", "", "See all rates ›"])
    return [kind, head, *rows] + ([foot] if foot else [])


def _mortgage_table(rng: random.Random, ctx: dict) -> list[str]:
    sep = rng.choice([" | ", "  ", ", "])
    head = rng.choice(["Best-buy mortgages", "Lowest fixed rates this week", "Remortgage deals", "MORTGAGE RATES"])
    cols = sep.join(["Lender", "Type", "Initial rate", "Fee", "Max LTV"])
    rows = []
    for lender in rng.sample(SAVERS35, rng.randint(2, 5)):
        rows.append(sep.join([lender, rng.choice(["2-yr fixed", "5-yr fixed", "Tracker", "10-yr fixed", "3-yr fixed"]),
                              f"{rng.uniform(3.6, 6.2):.2f}%",
                              rng.choice(["£0", "£499", "£999", "£1,499", "£1,999"]),
                              f"{rng.choice([60, 75, 85, 90, 95])}%"]))
    foot = rng.choice([(f"Representative example: APRC {rng.uniform(5.5, 8.4):.1f}%. Your home may be repossessed if "
                        "you do not keep up repayments."), f"Data: {rng.choice(PARTNERS35)}", ""])
    return [head, cols, *rows] + ([foot] if foot else [])


def _sponsored(rng: random.Random, ctx: dict) -> list[str]:
    outlet, sp = rng.choice(OUTLETS35), rng.choice(SPONSORS35)
    frames = [
        (f"This article was produced by the commercial team at {outlet} in partnership with {sp} and did not involve "
         "our news or money journalists, who remain editorially independent."),
        (f"Sponsored by {sp}: the views expressed in this feature are those of the contributors, and {sp} has checked "
         "the content for accuracy but did not commission its conclusions."),
        (f"In partnership with {sp}, we are exploring how families across the country are planning for retirement, "
         "with fresh guides and calculators published every week this month."),
        (f"This content is paid for by {sp}, which chose the topic and approved the final copy; find out more about "
         "how we work with advertisers in our commercial content policy."),
        (f"Brought to you by {sp}, which helps more than {rng.randint(2, 9)} million customers save, borrow and invest "
         "and is covered by the deposit protection scheme up to the usual limit."),
        (f"Advertisement feature: {sp} is offering new customers a cashback bonus of "
         f"£{rng.choice([50, 100, 150, 175])} "
         "when they switch their current account before the end of the month, terms apply."),
    ]
    out = _say(rng, frames, 1, 2)
    if rng.random() < 0.3:
        out.insert(0, rng.choice([f"In partnership with {sp}", "PAID CONTENT", f"Sponsored by {sp}", "Advertorial"]))
    return out


def _capital_risk(rng: random.Random, ctx: dict) -> list[str]:
    prov = rng.choice(SPONSORS35 + SAVERS35)
    frames = [
        ("Capital at risk: the value of investments and any income from them can fall as well as rise, and you may get "
         "back less than you originally put in."),
        ("Investing in individual shares is riskier than investing in a fund, because your money is concentrated in "
         "fewer companies and a single profit warning can wipe out years of gains."),
        ("Cryptoassets are largely unregulated and highly volatile, and you are unlikely to be protected if something "
         "goes wrong, so be prepared to lose all the money you put into them."),
        ("Exchange rates can move against you when you invest overseas, which can reduce the value of your holdings "
         "even when the companies themselves are performing well."),
        (f"{prov} is authorised and regulated by the Financial Standards Board under firm reference number "
         f"{rng.randint(100000, 999999)}, and eligible deposits are protected up to the statutory limit."),
        ("Think carefully before securing other debts against your home, because your home may be repossessed if "
         "you do not keep up repayments on a mortgage or any other debt secured on it."),
    ]
    return _say(rng, frames, 1, 2)


def _market_prose(rng: random.Random, ctx: dict) -> list[str]:
    idx, (name, _) = rng.choice(INDICES35), rng.choice(COMPANIES35)
    pct, level = _pct(rng, 2.2), rng.uniform(3000, 9000)
    fx, fx2 = rng.uniform(1.15, 1.38), rng.uniform(1.1, 1.22)
    frames = [
        (f"Elsewhere on the markets, the {idx} closed {pct:.1f}% lower at {level:,.1f} as investors took profits in "
         f"mining stocks, while the pound edged up against the dollar to ${fx:.4f}."),
        (f"The {idx} rose {pct:.1f}% to {level:,.1f} in afternoon trading, led by {name}, which jumped after reporting "
         "stronger than expected first-half sales in its overseas division."),
        (f"In currency markets, sterling slipped to ${fx:.3f} against the dollar and €{fx2:.3f} against the euro "
         "after "
         "weaker than forecast retail figures raised expectations of an interest rate cut."),
        (f"Oil prices were little changed, with a barrel of benchmark crude trading at ${rng.uniform(60, 95):.2f}, "
         f"while gold rose {pct:.1f}% to a fresh record as investors sought safer assets."),
        (f"Bond yields fell for a third day, and the yield on ten-year government debt dipped to "
         f"{rng.uniform(3, 5):.2f}%, its lowest level since {rng.choice(MONTHS)}, as traders priced in further cuts."),
    ]
    head = rng.choice(["Markets report", "MARKETS AT A GLANCE", "", "", ""])
    return ([head] if head else []) + _say(rng, frames, 1, 2)


def _money_desk(rng: random.Random, ctx: dict) -> list[str]:
    outlet = rng.choice(OUTLETS35)
    email = f"money@{_domain(outlet)}"
    frames = [
        (f"If you have a question about your pension, tax code or savings, email our money desk at {email}, and we "
         f"will answer a selection of readers' letters every {rng.choice(WEEKDAYS)}."),
        (f"Our consumer champion {_p35(rng)} takes on readers' battles with banks, energy firms and insurers, so if "
         "you have been treated unfairly, write in with your reference numbers and a daytime phone number."),
        ("We cannot reply to every letter individually or give personal advice, and we may edit questions for length "
         "and clarity before publishing them on the money pages."),
        (f"Sign up to the {outlet} money newsletter for the best savings rates, the latest bill changes and tips "
         "from our experts, delivered straight to your inbox every week."),
    ]
    return _say(rng, frames, 1, 2)


# science and health -----------------------------------------------------------------------------------------------

def _medical_disclaimer(rng: random.Random, ctx: dict) -> list[str]:
    outlet, doc = rng.choice(OUTLETS35), f"Dr {_p35(rng)}"
    frames = [
        ("This article is for general information only and is not a substitute for professional medical advice, so "
         "always speak to your GP or pharmacist before starting or stopping any medication."),
        ("If you are worried about any of the symptoms mentioned here, contact your doctor or the non-emergency "
         "health line, and if someone is seriously ill or injured, call the emergency services straight away."),
        ("The content on this page has been reviewed by a qualified clinician but cannot account for your individual "
         "circumstances, so please seek personal advice before making any changes to your treatment."),
        ("Supplements are not a replacement for a varied diet, and some can interact with prescribed medicines, so "
         "check with a pharmacist before taking anything new, especially if you are pregnant."),
        (f"Health information on {outlet} is checked by our medical editor, {doc}, and updated regularly, but research "
         "moves quickly and guidance may have changed since this page was last reviewed."),
    ]
    out = _say(rng, frames, 1, 2)
    if rng.random() < 0.3:
        out.insert(0, rng.choice(["Medical disclaimer", "Important", f"Reviewed by {doc}"]))
    return out


def _study_citation(rng: random.Random, ctx: dict) -> list[str]:
    journal, year = rng.choice(JOURNALS35), rng.randint(2019, 2025)
    authors = f"{_surname35(rng)} {rng.choice(FIRST35)[0]}, {_surname35(rng)} {rng.choice(FIRST35)[0]}"
    title, doi = _study_title(rng), _doi(rng)
    vol, iss, p1 = rng.randint(3, 140), rng.randint(1, 12), rng.randint(1, 900)
    cite = rng.choice([(f"{authors} et al. {title}. {journal}. {year};{vol}({iss}):{p1}-{p1 + rng.randint(5, 20)}. "
                        f"doi:{doi}"),
                       f"Study: “{title}”, {journal}, published {_date(rng, year, year)}. DOI: {doi}",
                       f"Reference: {journal} ({year}). {title}. https://doi.org/{doi}",
                       f"{title}. {authors}, et al. {journal}, vol {vol}, {year}."])
    extra = rng.choice(["", "Read the full paper ›", f"Published online {_date(rng, year, year)}",
                        f"Open access. Licence: CC BY {rng.choice(['4.0', '3.0'])}"])
    return [cite] + ([extra] if extra else [])


def _funding_coi(rng: random.Random, ctx: dict) -> list[str]:
    funder, uni, pharma = rng.choice(FUNDERS35), rng.choice(UNIS35), rng.choice(PHARMA35)
    frames = [
        (f"The study was funded by {funder} and {uni}, and the funders had no role in the design of the study, "
         "the analysis of the data or the decision to publish."),
        (f"Two of the authors have received consultancy fees and speaking honoraria from {pharma}, which makes one of "
         "the drugs tested, and one holds shares in the company."),
        ("The researchers declared no competing interests, although the trial drug and matching placebo were "
         f"supplied free of charge by {pharma}."),
        (f"Dr {_p35(rng)}, who was not involved in the research, has previously sat on an advisory board for {pharma} "
         f"and has received grant funding from {funder}."),
        (f"This work was supported by a fellowship from {funder}; the views expressed are those of the authors and "
         "not necessarily those of the funder or the health service."),
    ]
    out = _say(rng, frames, 1, 2)
    if rng.random() < 0.35:
        out.insert(0, rng.choice(["Funding", "Competing interests", "Declarations", "Conflicts of interest"]))
    return out


def _helpline_prose(rng: random.Random, ctx: dict) -> list[str]:
    ch, phone, issue = rng.choice(CHARITIES35), _phone35(rng), rng.choice(ISSUES35)
    short = rng.randint(60000, 89999)
    frames = [
        (f"If anything in this story has affected you, {ch} is there to listen, day or night, on {phone}, and you do "
         "not have to be in crisis to call."),
        (f"Anyone struggling to cope can text the word TALK to {short} to start a free, confidential conversation with "
         f"a trained volunteer at {ch}, whatever the time."),
        (f"Support for people affected by {issue} is available from {ch}, whose advisers can be reached on {phone} "
         "from 8am to 10pm, every day of the year."),
        (f"You can find a list of organisations offering help with {issue} on our action line page, or call the {ch} "
         f"helpline free on {phone} to hear a recorded message."),
        (f"If you are worried that someone you know may be at risk, {ch} publishes a short guide on how to start that "
         f"conversation, and its helpline on {phone} is free from mobiles."),
    ]
    return _say(rng, frames, 1, 2)


def _helpline_list(rng: random.Random, ctx: dict) -> list[str]:
    head = rng.choice(["Where to get help", "Support", "NEED TO TALK?", "Help and advice", "Useful contacts"])
    rows = []
    for ch in rng.sample(CHARITIES35, rng.randint(2, 4)):
        rows.append(rng.choice([f"{ch}: {_phone35(rng)} (free, 24 hours)", (f"{ch} – text SHORE to "
                                 f"{rng.randint(60000, 89999)}"), f"{ch}: {_domain(ch)}",
                                f"{ch} · {_phone35(rng)} · Mon–Fri 9am–5pm"]))
    return [head, *rows]


def _methodology(rng: random.Random, ctx: dict) -> list[str]:
    n = rng.randint(400, 9000)
    series = rng.choice(["Growing Old Well", "The Waiting Game", "Care in Crisis", "Ward by Ward"])
    m1, m2 = rng.sample(MONTHS, 2)
    frames = [
        (f"Our data team analysed {n:,} hospital records released under freedom of information rules, and each figure "
         "was checked independently by two reporters before publication."),
        (f"Figures are based on a survey of {n:,} adults carried out online by {rng.choice(PARTNERS35)} between "
         f"{m1} and {m2}, weighted to be representative of the adult population."),
        (f"We contacted all {rng.randint(12, 60)} health boards named in this investigation and gave each of them the "
         "chance to respond, and their full statements are published at the bottom of this page."),
        (f"This story is part of {series}, our year-long series on the state of care in later life, and is supported "
         f"by a grant from {rng.choice(FUNDERS35)}, which has no editorial control."),
        (f"We counted only incidents recorded between {m1} and {m2}, excluding duplicates and cases later withdrawn, "
         "so our totals may be lower than those published by individual trusts."),
    ]
    head = rng.choice(["How we reported this", "About this analysis", "Methodology", "HOW WE DID IT"])
    return [head, *_say(rng, frames, 1, 2)]


def _trial_registration(rng: random.Random, ctx: dict) -> list[str]:
    lines = [(f"Trial registration: {rng.choice(['WTR', 'OCTR', 'NRCT'])}-{rng.randint(2016, 2024)}-"
              f"{rng.randint(100, 99999):05d}"),
             f"Registered: {_date(rng, 2016, 2024)}",
             (f"Preprint: medharbour {rng.randint(2020, 2025)}.{rng.randint(1, 12):02d}.{rng.randint(1, 28):02d}."
              f"{rng.randint(10000000, 99999999)}"),
             f"Protocol: doi:{_doi(rng)}",
             (f"Ethics approval: {rng.choice(UNIS35).removeprefix('the ')} ethics committee (ref {rng.randint(10, 99)}/"
              f"{_tok(rng, 2).upper()}/{rng.randint(1000, 9999)})"),
             f"Participants: n={rng.randint(40, 40000):,}", f"Follow-up: {rng.randint(6, 120)} months"]
    return some(rng, lines, 2, 5)


def _expert_prose(rng: random.Random, ctx: dict) -> list[str]:
    prof, uni, journal = _p35(rng), rng.choice(UNIS35), rng.choice(JOURNALS35)
    body, hosp = rng.choice(BODIES35), rng.choice(HOSPITALS35)
    topic = rng.choice(["vitamin D", "intermittent fasting", "hearing aids and dementia", "vaping in teenagers",
                        "statins in the over-75s", "blue light and sleep", "cold-water swimming"])
    frames = [
        (f"Commenting on an unrelated paper in {journal} this week, Professor {prof} of {uni} said the "
         f"findings on {topic} were interesting but drawn from too small a sample to change practice."),
        (f"Dr {prof}, a consultant at {hosp}, said: \"This is a well-designed trial, but we need to see whether the "
         "benefits hold up in older patients with several long-term conditions.\""),
        (f"Professor {prof}, who chairs the {body}, cautioned that observational studies can only show an "
         f"association and cannot prove that {topic} directly affects health outcomes."),
        (f"The {body} said it would review the evidence on {topic} at its next meeting in {rng.choice(MONTHS)}, but "
         "stressed that current advice for patients has not changed."),
        (f"A separate study, also published in {journal}, found no link between {topic} and heart disease in "
         f"more than {rng.randint(10, 90)},000 adults followed for a decade."),
    ]
    return _say(rng, frames, 1, 2)


def _peer_review_note(rng: random.Random, ctx: dict) -> list[str]:
    conf = rng.choice(["Northern Cardiology Congress", "Harbour Cancer Conference", "Wyndmoor Neuroscience Forum",
                       "annual meeting of the Society for Sleep Medicine"])
    frames = [
        ("This research has been published as a preprint and has not yet been peer reviewed, which means its methods "
         "and conclusions have not been checked by independent experts."),
        (f"The findings were presented at the {conf} in {rng.choice(PLACES35)} and have not yet appeared in a "
         "peer-reviewed journal, so they should be treated as preliminary."),
        ("Editor's note: an earlier version of this article described the study as a clinical trial, when it was "
         "in fact an observational study of existing patient records."),
        (f"This article was updated on {_date(rng, 2022, 2025)} to include a response from {rng.choice(PHARMA35)}, "
         "which had not replied to our request for comment at the time of first publication."),
        ("Correction: we originally said the drug had been approved for use by the health service; it is still "
         "being assessed and no decision is expected before next spring."),
    ]
    return _say(rng, frames, 1, 1)


# lifestyle --------------------------------------------------------------------------------------------------------

INGREDIENTS35 = ["2 tbsp olive oil", "1 large onion, finely chopped", "3 garlic cloves, crushed", "400g tin chickpeas",
                 "1 small butternut squash, cubed", "250ml vegetable stock", "1 tsp smoked paprika",
                 "handful of parsley, chopped", "200g plain flour", "2 large eggs", "100g unsalted butter, softened",
                 "150ml double cream", "1 lemon, zested and juiced", "300g basmati rice", "4 thyme sprigs",
                 "2 tbsp white miso", "75g light brown soft sugar", "500g waxy potatoes"]


def _recipe_card(rng: random.Random, ctx: dict) -> list[str]:
    prep, cook, serves = rng.choice([5, 10, 15, 20, 25, 30]), rng.choice([10, 20, 25, 35, 40, 55, 90, 180]), \
        rng.randint(2, 8)
    timing = glue(rng, [f"Prep: {prep} mins", f"Cook: {cook} mins", f"Serves {serves}",
                        rng.choice(["Easy", "More effort", "A challenge"])], 0.7, (" | ", " · ", "  "))
    lines = [rng.choice(DISHES35), *timing]
    if rng.random() < 0.75:
        bullet = rng.choice(["• ", "- ", "", "▢ "])
        lines += [rng.choice(["Ingredients", "INGREDIENTS", "You will need"])]
        lines += [bullet + x for x in some(rng, INGREDIENTS35, 3, 7)]
    if rng.random() < 0.3:
        lines.append(rng.choice(["Print recipe", "Save to my recipes", "Jump to method ↓",
                                 "Rate this recipe ★★★★☆"]))
    return lines


def _recipe_method(rng: random.Random, ctx: dict) -> list[str]:
    c = rng.choice([180, 190, 200, 220])
    gas = {180: 4, 190: 5, 200: 6, 220: 7}[c]
    veg = rng.choice(["squash", "carrots", "new potatoes", "cauliflower florets", "parsnips", "peppers"])
    herb = rng.choice(["chopped parsley", "torn basil", "coriander leaves", "snipped chives", "mint"])
    liquid = rng.choice(["milk", "stock", "cream"])
    fruit = rng.choice(["blueberries", "chopped rhubarb", "raspberries", "diced apple", "sliced banana"])
    m = rng.choice([20, 25, 30, 35, 40, 45])
    frames = [
        (f"Heat the oven to {c}C/{c - 20}C fan/gas {gas}, then tip the {veg} into a large roasting tin, toss "
         f"with the oil and season well before roasting for {m} minutes."),
        ("Meanwhile, melt the butter in a heavy-based pan over a low heat, stir in the flour and cook for two "
         f"minutes, then gradually whisk in the warm {liquid} until smooth."),
        ("Leave the dough to rise somewhere warm for about an hour, or until doubled in size, then knock it back and "
         f"shape into {rng.randint(6, 12)} even balls on a lightly floured surface."),
        (f"Scatter over the {herb} and a squeeze of lemon just before serving, and keep any leftovers covered in the "
         f"fridge for up to {rng.randint(2, 4)} days."),
        (f"Fold the {fruit} gently through the batter, spoon into the lined tin and bake for {m} minutes, until a "
         "skewer inserted into the middle comes out clean."),
        ("Bring a large pan of salted water to the boil, add the pasta and cook for a minute less than the packet "
         "says, saving a mugful of the starchy water before you drain it."),
    ]
    chosen = _say(rng, frames, 1, 3)
    style = rng.randrange(3)
    if style == 0:
        chosen = [f"Step {k + 1}: {s}" for k, s in enumerate(chosen)]
    elif style == 1:
        chosen = [f"{k + 1}. {s}" for k, s in enumerate(chosen)]
    return ([rng.choice(["Method", "METHOD"])] if rng.random() < 0.4 else []) + chosen


def _horoscope(rng: random.Random, ctx: dict) -> list[str]:
    nth = rng.randint(2, 28)
    frames = [
        ("A conversation you have been putting off finally happens this week, and it goes far better than you "
         "feared, so trust your instincts and say exactly what you mean."),
        (f"Money matters need careful attention around the {nth}th, when an unexpected bill could upset your plans "
         "unless you read the small print before you sign anything."),
        ("With Venus moving through your chart, a friendship could turn into something more, but do not rush things "
         "while the details of a work project are still up in the air."),
        ("You are full of energy and ideas, yet someone close to you needs patience rather than solutions, so listen "
         "first and your advice will be welcomed later in the week."),
        ("An old contact gets in touch with an offer that sounds too good to be true, and it may be, so ask the "
         "awkward questions before you commit any time or money."),
        ("The full moon lights up your home zone, making this a good week to clear out clutter, fix what is broken "
         "and finally invite over the people you keep promising to see."),
    ]
    out = []
    if rng.random() < 0.5:
        out.append(rng.choice([f"Your stars with {_p35(rng)}", "HOROSCOPES", "Your week ahead", "Daily horoscope"]))
    for (sign, span), text in zip(rng.sample(SIGNS35, 3), _say(rng, frames, 1, 3), strict=False):
        out.append(rng.choice([f"{sign} ({span}): {text}", f"{sign.upper()} {text}", f"{sign}: {text}"]))
    return out


def _tv_listings(rng: random.Random, ctx: dict) -> list[str]:
    head = rng.choice(["TV tonight", "WHAT'S ON", f"{rng.choice(WEEKDAYS)}'s TV", "Tonight's listings"])
    rows = []
    h = rng.randint(17, 21)
    for _ in range(rng.randint(3, 6)):
        m = rng.choice([0, 0, 30, 15, 45])
        prog, ch = rng.choice(PROGRAMMES35), rng.choice(CHANNELS35)
        rows.append(rng.choice([f"{h:02d}:{m:02d} {prog} ({ch})", f"{ch} {h:02d}.{m:02d} {prog}",
                                f"{h:02d}:{m:02d} {prog} S{rng.randint(1, 9)} E{rng.randint(1, 12)} [AD] [S]",
                                f"{h:02d}:{m:02d}  {prog}  {rng.choice(['New', 'Repeat', 'Live', 'Final'])}"]))
        h = min(23, h + rng.randint(0, 1))
    return [head, *rows]


def _tv_pick(rng: random.Random, ctx: dict) -> list[str]:
    prog, ch, host, place = rng.choice(PROGRAMMES35), rng.choice(CHANNELS35), _p35(rng), rng.choice(PLACES35)
    frames = [
        (f"In the second episode of {prog}, the team travel to {place} to track down a missing heirloom, and the "
         "result is gentler and funnier than the title might suggest."),
        (f"{prog} returns to {ch} tonight at {rng.randint(7, 10)}pm for a new series, with {host} once again guiding "
         "viewers through the quirks of the country's smallest working farms."),
        (f"If you missed it last week, every episode of {prog} is available to stream now, and the finale, in which "
         "the last two contestants face a seven-tier challenge, is worth the wait."),
        (f"Tonight's documentary follows {host}, a retired lighthouse keeper in {place}, who is trying to restore the "
         "tower where she worked for thirty years before it is sold at auction."),
        (f"Expect tears and tantrums in the semi-final of {prog} on {ch}, as the remaining hopefuls are asked to "
         "cater a wedding for eighty guests with two hours' notice."),
    ]
    head = rng.choice(["Pick of the day", "TONIGHT'S PICK", "Critic's choice", "", ""])
    return ([head] if head else []) + _say(rng, frames, 1, 2)


CLUES35 = ["Ship's cook returns with bird", "Quietly leave party in a hurry", "Composer's note found in the attic",
           "Sailor's drink upset the gardener", "Fish caught by hesitant vicar", "Old coin hidden in a drawer",
           "Bird heard in the cellar at first light", "Stone used to make the grade"]


def _crossword(rng: random.Random, ctx: dict) -> list[str]:
    n = rng.randint(10000, 19999)
    lines = [rng.choice([f"Crossword No {n:,}", f"Cryptic crossword {n} set by {rng.choice(SETTERS35)}",
                         f"Quick crossword No {n}", "Today's crossword"]),
             (f"{rng.randint(1, 28)} {rng.choice(['across', 'down', 'Across', 'Down'])}: {rng.choice(CLUES35)} "
              f"({rng.randint(4, 9)})"),
             f"Hint: {rng.choice(['think nautical', 'an anagram', 'hidden word', 'a homophone', 'reverse it'])}",
             (f"Yesterday's solution: {rng.choice(['GALLEON', 'MOORING', 'SEXTANT', 'TRELLIS', 'LANTERN', 'OSPREY'])}"
              f"{rng.choice(['', ', ' + rng.choice(['BRACKEN', 'QUAYSIDE', 'MARLIN', 'THIMBLE', 'CORONET'])])}"),
             rng.choice(["Reveal letter", "Check grid", "Print", "Solutions ›"]),
             f"Prize crossword closes {rng.choice(WEEKDAYS)}"]
    return glue(rng, some(rng, lines, 2, 5), 0.25)


def _puzzle_prose(rng: random.Random, ctx: dict) -> list[str]:
    puzzle = rng.choice(["cryptic crossword", "sudoku", "word wheel", "quick crossword", "codeword", "logic grid"])
    setter, editor = rng.choice(SETTERS35), _p35(rng)
    frames = [
        (f"If you are stuck on today's {puzzle}, our puzzles editor {editor} explains the trickiest clues every "
         "morning in the newsletter, and subscribers can check single letters without revealing the grid."),
        (f"Solutions to all of this week's puzzles, including the prize {puzzle} set by {setter}, will be published "
         "on Saturday alongside the names of last week's winners."),
        (f"Send your completed grid to the puzzles desk by first post on {rng.choice(WEEKDAYS)} to be entered into "
         f"the draw, and the first correct entry opened will win a £{rng.choice([25, 50, 100])} book token."),
        (f"Today's {puzzle} has {rng.randint(12, 60)} possible answers, and regular solvers tell us that starting in "
         "the corner with the most given letters is still the quickest route to a good time."),
        (f"Readers have been in touch to point out an error in clue {rng.randint(1, 28)} of yesterday's {puzzle}, "
         "and we apologise to everyone who spent their lunch break trying to make it fit."),
    ]
    return _say(rng, frames, 1, 2)


def _weather_warning(rng: random.Random, ctx: dict) -> list[str]:
    colour = rng.choice(["YELLOW", "AMBER", "Yellow", "Amber", "RED"])
    kind = rng.choice(["Wind", "Rain", "Snow and ice", "Thunderstorms", "Fog", "Extreme heat"])
    d, wd = rng.randint(1, 27), rng.randrange(7)
    lines = [rng.choice([f"⚠ {colour} WARNING – {kind.upper()}", f"{colour} weather warning: {kind}",
                         f"Warning: {kind} ({colour.lower()})"]),
             (f"Valid from {_hhmm(rng)} {WEEKDAYS[wd][:3]} {d} until {_hhmm(rng)} "
              f"{WEEKDAYS[(wd + 1) % 7][:3]} {d + 1}"),
             f"Areas: {', '.join(rng.sample(PLACES35, rng.randint(1, 3)))}",
             f"Issued by {rng.choice(WEATHER35)} at {_hhmm(rng)}",
             rng.choice(["What to expect: travel disruption likely", "Power cuts possible",
                         "Spray and flooding on roads", "Risk to life from flying debris"]),
             rng.choice(["See full forecast ›", "Check before you travel", "Updated 12 minutes ago"])]
    return glue(rng, some(rng, lines, 2, 5), 0.3)


def _weather_prose(rng: random.Random, ctx: dict) -> list[str]:
    svc, p1, p2 = rng.choice(WEATHER35), *rng.sample(PLACES35, 2)
    colour = rng.choice(["yellow", "amber"])
    frames = [
        (f"Forecasters at {svc} say gusts of up to {rng.randint(45, 80)}mph are likely on exposed coasts overnight, "
         "with heavy showers spreading east through the morning rush hour."),
        (f"The weekend will start dry and bright for most, but cloud thickens from the west on Sunday, bringing "
         f"patchy rain to {p1} and {p2} by the afternoon."),
        (f"Tonight will be cold under clear skies, with temperatures falling to {rng.randint(-6, 2)}C in rural spots "
         "and a risk of icy patches on untreated roads and pavements."),
        (f"A {colour} warning for rain remains in force for {p1} until {_hhmm(rng)} tomorrow, and drivers are being "
         "urged to allow extra time and avoid driving through flood water."),
        (f"Pollen levels will be high across {p2} for the rest of the week, and hay fever sufferers are advised to "
         "keep windows closed during the warmest part of the day."),
    ]
    head = rng.choice(["Weather", "YOUR FORECAST", "", "", f"Forecast for {p1}"])
    return ([head] if head else []) + _say(rng, frames, 1, 2)


def _nutrition(rng: random.Random, ctx: dict) -> list[str]:
    items = [f"{rng.randint(180, 820)}kcal", f"fat {rng.randint(2, 45)}g", f"saturates {rng.randint(1, 20)}g",
             f"carbs {rng.randint(5, 90)}g", f"sugars {rng.randint(1, 40)}g", f"fibre {rng.randint(1, 14)}g",
             f"protein {rng.randint(3, 50)}g", f"salt {rng.uniform(0.1, 3):.1f}g"]
    head = rng.choice(["Per serving", "Nutrition per portion", "NUTRITION", "Each serving provides"])
    tags = rng.choice(["", "Vegetarian · Freezable", "Gluten-free", "Vegan · Dairy-free", "Healthy"])
    parts = some(rng, items, 4, 8)
    out = [f"{head}: " + rng.choice([" · ", ", ", " | "]).join(parts)]
    if rng.random() < 0.3:
        out = [head, *parts]
    return out + ([tags] if tags else [])


def _desk_label(rng: random.Random, ctx: dict) -> list[str]:
    desk = rng.choice([["Sport", "Football", rng.choice(LEAGUES35)], ["Money", "Savings", "Best buys"],
                       ["Business", "Markets", rng.choice(INDICES35)], ["Health", "Research"],
                       ["Lifestyle", "Food", "Recipes"], ["Science", rng.choice(TOPICS)],
                       [rng.choice(SECTIONS), rng.choice(TOPICS)], ["Life & Style", "Horoscopes"]])
    sep = rng.choice([" › ", " / ", " | ", " > "])
    lines = [sep.join(desk)]
    if rng.random() < 0.5:
        lines.append(rng.choice([f"{rng.choice(OUTLETS35)} Sport", "MONEY", "Health & Science", "Life & Style",
                                 f"In association with {rng.choice(SPONSORS35)}", "Recipes"]))
    return lines


def _thirtyfifth_templates() -> dict[str, tuple[str, Template]]:
    """Specialist-desk furniture: sport, business and personal finance, science and health, lifestyle."""
    return {
        "player_ratings35": ("it", _player_ratings),
        "odds_line35": ("hit", _odds_line),
        "gamble_prose35": ("it", _gamble_prose),
        "fantasy_tips35": ("it", _fantasy_tips),
        "fantasy_prose35": ("it", _fantasy_prose),
        "fixtures35": ("hit", _fixtures),
        "match_stats35": ("it", _match_stats),
        "scorers35": ("it", _scorers),
        "as_it_happened35": ("ht", _as_it_happened),
        "transfer_prose35": ("it", _transfer_prose),
        "elsewhere_prose35": ("it", _elsewhere_prose),
        "league_table35": ("it", _league_table),
        "injury_prose35": ("it", _injury_prose),
        "ticker_strip35": ("ht", _ticker_strip),
        "price_change35": ("hi", _price_change),
        "analyst_rating35": ("it", _analyst_rating),
        "analyst_prose35": ("it", _analyst_prose),
        "not_advice35": ("ht", _not_advice),
        "affiliate35": ("hit", _affiliate),
        "savings_table35": ("it", _savings_table),
        "mortgage_table35": ("it", _mortgage_table),
        "sponsored35": ("ht", _sponsored),
        "capital_risk35": ("hit", _capital_risk),
        "market_prose35": ("it", _market_prose),
        "money_desk35": ("t", _money_desk),
        "medical_disclaimer35": ("ht", _medical_disclaimer),
        "study_citation35": ("t", _study_citation),
        "funding_coi35": ("t", _funding_coi),
        "helpline_prose35": ("it", _helpline_prose),
        "helpline_list35": ("t", _helpline_list),
        "methodology35": ("t", _methodology),
        "trial_registration35": ("t", _trial_registration),
        "expert_prose35": ("it", _expert_prose),
        "peer_review_note35": ("h", _peer_review_note),
        "recipe_card35": ("it", _recipe_card),
        "recipe_method35": ("it", _recipe_method),
        "horoscope35": ("it", _horoscope),
        "tv_listings35": ("it", _tv_listings),
        "tv_pick35": ("it", _tv_pick),
        "crossword35": ("it", _crossword),
        "puzzle_prose35": ("it", _puzzle_prose),
        "weather_warning35": ("hi", _weather_warning),
        "weather_prose35": ("it", _weather_prose),
        "nutrition35": ("it", _nutrition),
        "desk_label35": ("h", _desk_label),
    }


PROSE35 = frozenset({"gamble_prose35", "fantasy_prose35", "transfer_prose35", "elsewhere_prose35", "injury_prose35",
                     "analyst_prose35", "not_advice35", "affiliate35", "sponsored35", "capital_risk35",
                     "market_prose35", "money_desk35", "medical_disclaimer35", "funding_coi35", "helpline_prose35",
                     "methodology35", "expert_prose35", "peer_review_note35", "recipe_method35", "horoscope35",
                     "tv_pick35", "puzzle_prose35", "weather_prose35"})


# --- thirtysixth: e-mail, feeds, wires, documents, translation, archives and chat ----------------------------------

FIRST36 = ["Agatha", "Barnaby", "Cosima", "Dashiell", "Elowen", "Florian", "Ginevra", "Hamish", "Isolde", "Jago",
           "Kenzie", "Lysander", "Marguerite", "Nico", "Ophelia", "Percival", "Romilly", "Severin", "Tamsin",
           "Ulysses", "Verity", "Wilbur", "Yolanda", "Zephyr", "Aditi", "Bartek", "Chidi", "Dunya"]
LAST36 = ["Ackroyd", "Bramwell", "Culpepper", "Dimmock", "Eversleigh", "Fanshawe", "Greenhalgh", "Hobday",
          "Inchbald", "Jellicoe", "Knatchbull", "Lusby", "Mottram", "Nuttall", "Orpwood", "Pomfret", "Rudkin",
          "Scrivener", "Tolhurst", "Upjohn", "Vellender", "Winstanley", "Yelland", "Adeyemi-Cross", "Brzezinski",
          "Castellano", "Nakagawa-Reed"]
PLACES36 = ["Ambleport", "Corriebank", "Fettleton", "Gossamer Bay", "Hartsmere", "Ivelstow", "Jubilee Reach",
            "Kinvarra Point", "Lowmarsh", "Mirefold", "Nettlecombe Cross", "Ossian Quay", "Pendlewick", "Rookhaven"]
FIRMS36 = [("Corvane Holdings plc", "industrial sensors and monitoring systems", "CRVN"),
           ("Lumisk Technologies", "cloud software for logistics teams", "LMSK"),
           ("Brayfield Logistics", "temperature-controlled freight", "BRFL"),
           ("Ostrander Biotherapeutics", "treatments for rare inflammatory diseases", "OSTB"),
           ("Pennyroyal Foods", "chilled ready meals and plant-based snacks", "PNYF"),
           ("Greythorn Energy", "offshore wind and grid-scale batteries", "GRTH"),
           ("Vellacott Group", "specialist insurance for small businesses", "VLCT"),
           ("Quinnel Robotics", "warehouse automation and robotic picking", "QNRB"),
           ("Halloway & Finch Solicitors", "legal services for families and charities", ""),
           ("Ambleport Housing Trust", "affordable homes across the region", "")]
AGENCIES36 = ["Halyard Communications", "Ledgerlight PR", "Foxglove & Finch", "Northpoint Media Relations",
              "Sable Street Agency"]
WIRES36 = ["Orbitwire", "NewsPulse Wire", "ReleaseHarbor", "Corriebank Business Wire", "PressLoom"]
NEWSLETTERS36 = ["The Morning Tidewater", "Briefing Room Daily", "The Weekend Longread", "First Edition",
                 "Ambleport Evening Digest", "The Catch-Up", "Inside Westminster Notes", "The Money Memo"]
OUTLETS36 = ["Tidewater Post", "The Hartsmere Record", "Corriebank Observer", "The Fettleton Clarion",
             "Ossian Quay Times", "Rookhaven Gazette"]
SPONSORS36 = ["Ledgerly", "Brightbook Payroll", "Fernstack", "Tally & Quill", "Nestegg Pensions", "Copperpot"]
TOOLS36 = ["LinguaBridge", "TransLoom", "Polyglotter", "VerbaShift", "Babelstone"]
ARCHIVES36 = ["the Coldstore Web Archive", "PastPage", "the Hartsmere Digital Preservation Trust",
              "the National Newsroom Archive", "Snapshotter"]
LANGS36 = ["Norwegian", "Portuguese", "Dutch", "Polish", "Turkish", "Welsh", "Italian", "Japanese", "Greek"]
GROUPS36 = ["Lowmarsh Mums & Dads", "Fettleton Allotment Crew", "Family 💛", "Street WhatsApp – Kiln Row",
            "5-a-side Thursdays", "Book Club (no spoilers!)", "Pendlewick Residents"]
FALLBACK36 = ["Council approves four-day bin collections", "Train operator apologises after week of cancellations",
              "New bridge opens three years late", "Firm fined over data breach affecting 40,000 customers",
              "Hospital trust declares critical incident", "Plan for 600 homes on greenbelt rejected",
              "Rents rise at fastest pace for a decade", "Schools told to prepare for heatwave closures"]
TITLES36 = ["Head of Communications", "Senior Press Officer", "Chief Executive", "Investor Relations Manager",
            "Deputy News Editor", "Account Director", "Media Relations Lead", "Executive Assistant to the CEO",
            "Partner", "Policy Adviser"]


def _pair36(rng: random.Random) -> tuple[str, str]:
    return rng.choice(FIRST36), rng.choice(LAST36)


def _p36(rng: random.Random) -> str:
    first, last = _pair36(rng)
    return f"{first} {last}"


def _firm36(rng: random.Random) -> tuple[str, str, str]:
    return rng.choice(FIRMS36)


def _site36(name: str) -> str:
    stem = name.lower().replace(" plc", "").replace("& ", "").removeprefix("the ")
    stem = "".join(ch for ch in stem.split()[0] if ch.isalnum()) if len(stem.split()) > 2 else \
        "".join(ch for ch in stem if ch.isalnum())
    return stem + [".com", ".co.uk", ".org.uk", ".io"][len(stem) % 4]


def _email36(rng: random.Random, person: str | None = None, site: str | None = None) -> str:
    first, last = (person or _p36(rng)).split(" ", 1)
    site = site or _site36(rng.choice(FIRMS36 + [(o, "", "") for o in OUTLETS36])[0])
    local = rng.choice([f"{first}.{last}", f"{first[0]}{last}", f"{first}", f"{last}.{first[0]}"]).lower()
    return "".join(ch for ch in local if ch.isalnum() or ch == ".") + "@" + site


def _phone36(rng: random.Random) -> str:
    return rng.choice([f"+44 (0){rng.randint(11, 29)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}",
                       f"07{rng.randint(100, 999)} {rng.randint(100000, 999999)}",
                       f"0{rng.randint(1100, 1999)} {rng.randint(100000, 999999)}",
                       f"+1 {rng.randint(200, 989)} {rng.randint(200, 999)} {rng.randint(1000, 9999)}"])


def _initials36(rng: random.Random) -> str:
    first, last = _pair36(rng)
    return f"{first[0]}{last[0]}"


# e-mail -----------------------------------------------------------------------------------------------------------

def _email_headers(rng: random.Random, ctx: dict) -> list[str]:
    sender = _p36(rng)
    subj = rng.choice(["", "RE: ", "FW: ", "Fwd: ", "[EXTERNAL] ", "RE: RE: "]) + _headline(rng, ctx, FALLBACK36)
    when = rng.choice([f"{rng.choice(WEEKDAYS)}, {_date(rng)} {_ampm(rng)}", _rfc_date(rng),
                       f"{_date(rng)} at {_hhmm(rng)}"])
    to = "; ".join(_email36(rng) for _ in range(rng.randint(1, 3)))
    lines = [f"From: {sender} <{_email36(rng, sender)}>", f"{rng.choice(['Sent', 'Date'])}: {when}", f"To: {to}",
             f"Cc: {_p36(rng)}", f"Subject: {subj}",
             rng.choice(["Importance: High", f"Attachments: {_tok(rng, 6)}.pdf ({rng.randint(90, 4000)} KB)",
                         "Reply-To: newsdesk-no-reply", ""])]
    keep = [x for x in some(rng, lines, 3, 6) if x]
    return keep or [f"Subject: {subj}"]


def _forwarded_marker(rng: random.Random, ctx: dict) -> list[str]:
    sender = _p36(rng)
    marker = rng.choice(["---------- Forwarded message ---------", "-----Original Message-----",
                         "Begin forwarded message:", "________________________________", ("--- Forwarded by "
                          f"{_p36(rng)} on {_date(rng)} {_hhmm(rng)} ---")])
    lines = [f"From: {sender} <{_email36(rng, sender)}>",
             f"Date: {rng.choice(WEEKDAYS)[:3]}, {_date(rng)} at {_hhmm(rng)}",
             f"Subject: {rng.choice(['', 'Fwd: ', 'Press release: '])}{_headline(rng, ctx, FALLBACK36)}",
             f"To: <{_email36(rng)}>"]
    return [marker, *some(rng, lines, 1, 4)]


def _view_in_browser(rng: random.Random, ctx: dict) -> list[str]:
    nl = rng.choice(NEWSLETTERS36)
    lines = [rng.choice(["View this email in your browser", "Having trouble reading this? Open it online",
                         "Email not displaying correctly? View it in your browser", "View online | Forward to a friend",
                         "Read in browser →"]),
             rng.choice([f"Add newsletters@{_site36(rng.choice(OUTLETS36))} to your address book",
                         f"{nl} · {rng.choice(WEEKDAYS)} {_date(rng)}", f"Issue #{rng.randint(12, 1400)}",
                         f"Preheader: {_headline(rng, ctx, FALLBACK36)} – and more"]),
             rng.choice(["", nl.upper(), f"{rng.randint(3, 12)}-minute read"])]
    keep = [x for x in some(rng, lines, 1, 3) if x] or [lines[0]]
    return glue(rng, keep, 0.3)


QUOTES36 = ["Thanks for sending this over, I'll take a proper look this afternoon and come back to you with comments.",
            "Can we push the call to Thursday? Half the team are out at the conference on Wednesday.",
            "I've attached the revised figures, which now include the second quarter.",
            "Agree with all of this except the headline, which I think overstates it.",
            "Not sure legal will sign off on the wording in paragraph four without a second source.",
            "Happy to do the interview but it will have to be by phone rather than in the studio.",
            "Please find the embargoed copy attached; the embargo lifts at midnight.",
            "Looping in my colleague who handles regional press enquiries."]


def _quoted_reply(rng: random.Random, ctx: dict) -> list[str]:
    who = _p36(rng)
    intro = rng.choice([(f"On {rng.choice(WEEKDAYS)[:3]}, {_date(rng)} at {_hhmm(rng)}, {who} <{_email36(rng, who)}> "
                         "wrote:"), f"{who} wrote:", f"On {_date(rng)}, {who} wrote:",
                        f"Quoting {who} ({_date(rng)}):"])
    prefix = rng.choice(["> ", ">", "> > ", "| "])
    body = [prefix + q for q in some(rng, QUOTES36, 1, 3)]
    if rng.random() < 0.3:
        body.insert(rng.randint(0, len(body)), prefix.rstrip())
    if rng.random() < 0.3:
        body.append(f"{prefix}{rng.choice(['Best,', 'Thanks,', 'Cheers,', 'Regards,'])} {who.split()[0]}")
    return [intro, *body]


def _signature(rng: random.Random, ctx: dict) -> list[str]:
    who = _p36(rng)
    firm, _, _ = _firm36(rng)
    site = _site36(firm)
    lines = [rng.choice(["--", "Kind regards,", "Best wishes,", "Many thanks,", "Thanks,"]), who,
             rng.choice(TITLES36), firm, f"T: {_phone36(rng)}", f"M: {_phone36(rng)}", f"E: {_email36(rng, who, site)}",
             f"W: www.{site}", f"{rng.choice(PLACES36)} office: {rng.randint(1, 99)} {rng.choice(LAST36)} Street",
             rng.choice([f"Pronouns: {rng.choice(['she/her', 'he/him', 'they/them'])}", "Working hours: Mon–Thu",
                         f"@{who.split()[0].lower()}_{_tok(rng, 3)}"])]
    keep = lines[:2] + some(rng, lines[2:], 2, 7)
    return glue(rng, keep, 0.12, (" | ", "  ", " · "))


def _confidentiality(rng: random.Random, ctx: dict) -> list[str]:
    firm, _, _ = _firm36(rng)
    frames = [
        ("This email and any files transmitted with it are confidential and intended solely for the use of the "
         "individual or organisation to whom they are addressed."),
        ("If you have received this message in error, please notify the sender immediately by reply and delete it "
         "from your system, and you must not copy, forward or disclose its contents."),
        (f"{firm} accepts no liability for any damage caused by viruses transmitted by this email, and recipients "
         "should carry out their own checks before opening any attachments."),
        (f"Views or opinions expressed in this message are those of the sender and do not necessarily represent "
         f"those of {firm} or any of its subsidiary companies."),
        (f"{firm} is registered in {rng.choice(PLACES36)} under company number {rng.randint(1000000, 9999999)}, "
         "and calls to our offices may be recorded for training and monitoring purposes."),
        ("The information contained in this communication may be legally privileged, and any unauthorised review, "
         "use or distribution by anyone other than the intended recipient is strictly prohibited."),
    ]
    out = _say(rng, frames, 1, 3)
    if rng.random() < 0.35:
        out.insert(0, rng.choice(["CONFIDENTIALITY NOTICE:", "Disclaimer", "*** CONFIDENTIAL ***", "Legal notice"]))
    return out


def _unsubscribe_footer(rng: random.Random, ctx: dict) -> list[str]:
    firm = rng.choice(OUTLETS36 + [f[0] for f in FIRMS36])
    lines = [glue(rng, some(rng, ["Unsubscribe", "Manage preferences", "Update your details", "View in browser",
                                  "Privacy policy", "Forward to a friend"], 2, 5), 1.0, (" | ", " · ", "  "))[0],
             f"© {rng.randint(2019, 2025)} {firm}. All rights reserved.",
             (f"{rng.randint(1, 240)} {rng.choice(LAST36)} {rng.choice(['Street', 'Road', 'Wharf', 'Yard'])}, "
              f"{rng.choice(PLACES36)} {_tok(rng, 3).upper()} {rng.randint(1, 9)}{_tok(rng, 2).upper()}"),
             "Our mailing address is:", rng.choice(["*|UNSUB|*", "{{unsubscribe_url}}", "[Unsubscribe]", ""]),
             f"This email was sent to {_email36(rng)}"]
    keep = [x for x in some(rng, lines, 2, 5) if x]
    return keep or lines[:2]


def _receiving_because(rng: random.Random, ctx: dict) -> list[str]:
    nl, outlet = rng.choice(NEWSLETTERS36), rng.choice(OUTLETS36)
    frames = [
        (f"You are receiving this email because you signed up for {nl} at {_site36(outlet)} or opted in when you "
         "created an account with us."),
        (f"You're getting this because you subscribe to {nl}, and if a friend forwarded it to you, you can sign up "
         "for your own copy in less than a minute."),
        ("We send this briefing every weekday morning to readers who have asked for it, and you can change how often "
         "you hear from us at any time in your account settings."),
        (f"This message was sent to {_email36(rng)} by {outlet}, and if you no longer wish to receive our newsletters "
         "you can unsubscribe with one click using the link below."),
        (f"You are on this list because you attended an event run by {outlet} or asked to be kept informed, and we "
         "will never share your address with third parties for marketing."),
    ]
    return _say(rng, frames, 1, 2)


def _newsletter_intro(rng: random.Random, ctx: dict) -> list[str]:
    nl, who, place = rng.choice(NEWSLETTERS36), _p36(rng), rng.choice(PLACES36)
    topic = rng.choice(["the housing shortage", "school funding", "the future of the high street", "river pollution",
                        "the four-day week", "the ferry timetable"])
    frames = [
        (f"Good morning, and welcome to {nl}, your five-minute guide to the stories everyone will be talking about "
         f"today, written by {who} with help from the rest of the desk."),
        (f"Hello from a rainy {place}, where this week's edition comes to you with a long read on {topic}, the best "
         "of your letters and, first of all, the news you need."),
        (f"Thanks for reading {nl}, and if you only have a minute this morning, the three stories below are the ones "
         "our editors think you should not miss."),
        ("It has been a busy week on the newsdesk, so this edition is a little longer than usual, with everything "
         "you need to catch up on before the weekend."),
        (f"Welcome to the {rng.randint(50, 900)} new subscribers who joined us this week, many of you after our "
         f"investigation into {topic}, which we follow up below."),
    ]
    out = _say(rng, frames, 1, 2)
    if rng.random() < 0.35:
        out.insert(0, rng.choice([f"{nl} | {rng.choice(WEEKDAYS)}", f"By {who}", "Good morning."]))
    return out


def _sent_from(rng: random.Random, ctx: dict) -> list[str]:
    lines = [rng.choice(["Sent from my phone", "Sent from my tablet", "Sent from Pocketmail for mobile",
                         "Sent from Harbourmail on my phone", "Sent on the go", "Get Pocketmail for mobile"]),
             rng.choice(["Please excuse brevity and typos", "Apologies for any typos", "", "",
                         "Dictated but not read"])]
    return [x for x in lines if x]


def _print_env(rng: random.Random, ctx: dict) -> list[str]:
    who = _p36(rng)
    frames = [
        ("Please think about the environment before printing this email, and if you do need a paper copy, consider "
         "printing it double-sided and in black and white."),
        ("We are trying to cut our paper use in half by the end of the year, so please only print this message and "
         "its attachments if you really need to."),
        ("My working hours may not be your working hours, so please do not feel obliged to reply to this message "
         "outside your own normal hours of work."),
        (f"I work part-time on {rng.choice(WEEKDAYS)}s, {rng.choice(WEEKDAYS)}s and Thursdays, so there may be a short "
         "delay before I can respond to messages sent on other days."),
        (f"I am currently on leave with limited access to email until {_date(rng)}, and for anything urgent please "
         f"contact {who} on {_email36(rng, who)}."),
    ]
    return _say(rng, frames, 1, 1)


def _newsletter_promo(rng: random.Random, ctx: dict) -> list[str]:
    nl, outlet = rng.choice(NEWSLETTERS36), rng.choice(OUTLETS36)
    pod = rng.choice(["The Long Table", "Quayside", "Off the Record", "Night Desk", "Small Print"])
    frames = [
        (f"If you are enjoying {nl}, please forward it to a friend or colleague who might like it too, because word "
         "of mouth is still how most of our readers find us."),
        (f"If this email was forwarded to you, you can sign up to receive {nl} in your own inbox every "
         f"{rng.choice(WEEKDAYS)}, free of charge, at {_site36(outlet)}/newsletters."),
        ("We would love to hear what you think of the new look, so hit reply and tell us what you would like to see "
         "more of, or less of, in future editions."),
        (f"Our podcast, {pod}, is back for a new series this week, and you can listen wherever you get your podcasts "
         f"or in the {outlet} app from {rng.choice(WEEKDAYS)} morning."),
        (f"Supporters of {outlet} get every newsletter a day early and without adverts, and membership starts at "
         f"£{rng.randint(3, 9)} a month, which you can cancel at any time."),
    ]
    return _say(rng, frames, 1, 1)


def _newsletter_item(rng: random.Random, ctx: dict) -> list[str]:
    hl, who, place = _headline(rng, ctx, FALLBACK36), _p36(rng), rng.choice(PLACES36)
    frames = [
        (f"Our correspondent {who} spent a week in {place} to find out why so many young families are leaving, and "
         "what the town is doing to try to win them back."),
        (f"The row that has split the council chamber for months finally came to a head last night, and {who} was in "
         "the public gallery to see what happened."),
        ("Plus, why your energy bill may look different from next month, and the simple change that could save the "
         f"average household more than £{rng.randint(40, 300)} a year."),
        ("Read the full story on our website, where you will also find our live coverage and a guide to what happens "
         "next and when."),
        (f"{who} has the inside story of how the deal came together, and why some of the people involved are already "
         "saying it will not last the year."),
    ]
    label = rng.choice(["ALSO TODAY", "Elsewhere", "→", "In case you missed it", "TOP STORY", "Must read"])
    head = rng.choice([f"{label}: {hl}", hl, f"{label}", f"▶ {hl}"])
    out = [head, *_say(rng, frames, 1, 2)]
    if rng.random() < 0.3:
        out.append(rng.choice(["Read more →", "Continue reading", f"({rng.randint(3, 15)} min read)"]))
    return out


def _newsletter_sponsor(rng: random.Random, ctx: dict) -> list[str]:
    sp, nl = rng.choice(SPONSORS36), rng.choice(NEWSLETTERS36)
    frames = [
        (f"Today's newsletter is brought to you by {sp}, which helps small businesses manage payroll, invoices and "
         "tax returns in one place, with a free trial for new customers."),
        (f"A word from our sponsor: {sp} is offering readers of {nl} three months of its premium plan for the price of "
         "one when they sign up before the end of the month."),
        (f"This edition is supported by {sp}, but sponsors have no say over what we write, and you can read more about "
         "how our newsletters are funded on our website."),
        (f"Partner message: {sp} wants to hear from people who have switched careers after the age of fifty, and the "
         "best stories will feature in its new campaign."),
    ]
    head = rng.choice(["SPONSORED", f"In partnership with {sp}", "Advertisement", "", ""])
    return ([head] if head else []) + _say(rng, frames, 1, 1)


def _virus_scan(rng: random.Random, ctx: dict) -> list[str]:
    scanner = rng.choice(["MailWarden", "Shieldgate", "ScanHarbour", "Sentrybox Cloud"])
    frames = [
        (f"This email has been scanned for viruses and malware by {scanner}, and no threats were detected at the time "
         "it left our network."),
        ("CAUTION: this email originated from outside the organisation, so do not click links or open attachments "
         "unless you recognise the sender and know the content is safe."),
        (f"Our offices will be closed over the bank holiday weekend, and any messages received after {_hhmm(rng)} on "
         f"{rng.choice(WEEKDAYS)} will be answered when we reopen."),
        (f"Thank you for your email, which has been received by the {rng.choice(OUTLETS36)} newsdesk; we read every "
         "message but cannot reply to all of them individually."),
    ]
    return _say(rng, frames, 1, 1)


# feeds and APIs ---------------------------------------------------------------------------------------------------

def _feed_site(rng: random.Random) -> str:
    return _site36(rng.choice(OUTLETS36))


def _rss_fields(rng: random.Random, ctx: dict) -> list[str]:
    site, n, who = _feed_site(rng), rng.randint(10000, 999999), _p36(rng)
    slug = "-".join(rng.sample(["council", "bridge", "rents", "ferry", "schools", "budget", "flood", "strike",
                                "hospital", "airport", "housing"], 3))
    tag = rng.random() < 0.35
    fields = [("title", _headline(rng, ctx, FALLBACK36)), ("link", f"https://www.{site}/news/{slug}-{n}"),
              ("guid", rng.choice([f"https://www.{site}/?p={n}", (f"urn:uuid:{_tok(rng, 8, HEX13)}-"
                                    f"{_tok(rng, 4, HEX13)}-{_tok(rng, 4, HEX13)}"), f"{site}-{n}"])),
              ("pubDate", _rfc_date(rng)), ("dc:creator", who),
              ("author", f"newsdesk@{site} ({who})"), ("updated", f"{_date(rng)}T{_hhmm(rng)}:00Z"),
              ("comments", f"https://www.{site}/news/{slug}-{n}#comments")]
    lines = []
    for key, val in some(rng, fields, 2, 6):
        lines.append(f"<{key}>{val}</{key}>" if tag else f"{key}: {val}")
    return lines


def _feed_title(rng: random.Random, ctx: dict) -> list[str]:
    outlet = rng.choice(OUTLETS36)
    lines = [rng.choice([f"{outlet} – Latest", f"{outlet} » {rng.choice(SECTIONS)}", f"{outlet}: Top Stories",
                         f"{outlet} RSS"]),
             rng.choice(["RSS 2.0", "Atom 1.0", "application/rss+xml", "Updated every 15 minutes"]),
             f"lastBuildDate: {_rfc_date(rng)}",
             f"generator: {rng.choice(['Inkwell CMS 4.2', 'Presswheel 6.1', 'FeedForge'])}",
             f"language: {rng.choice(['en-gb', 'en-GB', 'en'])}", f"ttl: {rng.choice([5, 15, 30, 60])}",
             f"copyright: © {outlet}"]
    return glue(rng, some(rng, lines, 2, 5), 0.25, (" | ", "  "))


def _category_tags(rng: random.Random, ctx: dict) -> list[str]:
    cats = rng.sample(TOPICS + SECTIONS, rng.randint(2, 5))
    style = rng.randrange(4)
    if style == 0:
        return [f"category: {c}" for c in cats]
    if style == 1:
        return [f"Categories: {', '.join(cats)}"]
    if style == 2:
        return [f"<category><![CDATA[{c}]]></category>" for c in cats]
    return ["Tags: " + " ".join("#" + c.replace(" ", "").lower() for c in cats)]


def _enclosure(rng: random.Random, ctx: dict) -> list[str]:
    site, n = _feed_site(rng), rng.randint(100000, 9999999)
    kind = rng.choice([("jpg", "image/jpeg"), ("mp3", "audio/mpeg"), ("png", "image/png"), ("mp4", "video/mp4")])
    lines = [rng.choice([(f'enclosure url="https://cdn.{site}/media/{n}.{kind[0]}" '
                          f'length="{rng.randint(20000, 9000000)}"'
                          f' type="{kind[1]}"'), f"enclosure: https://cdn.{site}/media/{n}.{kind[0]} ({kind[1]})"]),
             (f'media:content medium="image" width="{rng.choice([640, 1024, 1200, 2048])}" '
              f'height="{rng.choice([360, 576, 675, 1152])}"'),
             f"media:credit: {_p36(rng)}/{rng.choice(AGENCIES36)}",
             f'media:thumbnail url="https://cdn.{site}/thumbs/{n}_{rng.choice([150, 240, 320])}.jpg"',
             f"itunes:duration: {rng.randint(0, 1)}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"]
    return some(rng, lines, 1, 4)


def _json_residue(rng: random.Random, ctx: dict) -> list[str]:
    n = rng.randint(1000, 999999)
    slug = "-".join(rng.sample(["mayor", "quay", "tram", "levy", "festival", "pier", "ward", "depot", "rota"], 3))
    lines = [f'"id": {n},', (f'"date_gmt": "{rng.randint(2019, 2025)}-{rng.randint(1, 12):02d}-'
              f'{rng.randint(1, 28):02d}T{_hhmm(rng)}:00",'), f'"slug": "{slug}",', '"status": "publish",',
             f'"type": "{rng.choice(["post", "article", "story"])}",', f'"author": {rng.randint(2, 400)},',
             f'"featured_media": {rng.randint(1000, 999999)},', '"comment_status": "closed",', '"sticky": false,',
             f'"categories": [{rng.randint(1, 90)}, {rng.randint(1, 90)}],', '"format": "standard",',
             f'"word_count": {rng.randint(200, 2400)},', f'"paywall": {rng.choice(["true", "false"])},']
    out = some(rng, lines, 3, 7)
    if rng.random() < 0.3:
        out = ["{", *out, "}"]
    return out


def _feed_desc(rng: random.Random, ctx: dict) -> list[str]:
    hl, who = _headline(rng, ctx, FALLBACK36), _p36(rng)
    place = rng.choice(PLACES36)
    frames = [
        ("The decision follows months of pressure from residents and campaigners and is expected to be confirmed at a "
         "full meeting of the council next week."),
        (f"Officials in {place} said the changes would take effect from the start of next month, although opposition "
         "members have already called for an independent review."),
        (f"{who} reports on a week of disruption that has left commuters facing longer journeys and businesses "
         "counting the cost of lost trade."),
        ("Campaigners say the plans do not go far enough, while the company insists it has listened carefully to the "
         "concerns raised during the consultation."),
        (f"It is the third time this year that {place} has been affected, and residents are asking why warnings "
         "from engineers were not acted on sooner."),
    ]
    label = rng.choice(["description: ", "summary: ", "<description>", "content:encoded: ", ""])
    sentence = " ".join(_say(rng, frames, 1, 2))
    if label == "<description>":
        return [f"<description><![CDATA[{sentence}]]></description>"]
    return rng.choice([[f"{label}{sentence}"], [f"title: {hl}", f"{label}{sentence}"]])


def _api_error(rng: random.Random, ctx: dict) -> list[str]:
    options = [[('{"code": "rest_forbidden", "message": "Sorry, you are not allowed to do that.", '
                 '"data": {"status": 401}}')],
               ["HTTP/1.1 429 Too Many Requests", f"Retry-After: {rng.choice([30, 60, 120, 3600])}"],
               [f'{{"error": "rate_limited", "retry_in": {rng.randint(5, 600)}}}'],
               [f'{{"status": "ok", "totalResults": {rng.randint(0, 9000)}, "page": {rng.randint(1, 40)}}}'],
               ["<error>Feed temporarily unavailable</error>", f"<code>{rng.choice([500, 502, 503, 504])}</code>"],
               [f"X-Request-Id: {_tok(rng, 16, HEX13)}",
                f"Content-Type: {rng.choice(['application/json', 'text/xml'])}"],
               [f'"next_cursor": "{_tok(rng, 22)}",', f'"has_more": {rng.choice(["true", "false"])}']]
    return rng.choice(options)


def _feed_copyright(rng: random.Random, ctx: dict) -> list[str]:
    outlet = rng.choice(OUTLETS36)
    frames = [
        ("This feed is provided for personal, non-commercial use in feed readers only, and republishing its content on "
         f"other websites without written permission from {outlet} is not allowed."),
        (f"Full articles are available to subscribers at {_site36(outlet)}, and the summaries in this feed may be "
         "displayed with a link back to the original story but must not be altered."),
        (f"You are using an old feed address that will stop working at the end of {rng.choice(MONTHS)}, so please "
         "update your reader to the new address listed on our feeds page."),
        ("Items in this feed are generated automatically from our publishing system, and headlines or summaries may "
         "change after publication as stories are updated."),
        (f"Content supplied through this interface remains the copyright of {outlet} and its syndication partners, "
         "and your licence key may be suspended if usage limits are exceeded."),
    ]
    return _say(rng, frames, 1, 1)


# press releases ---------------------------------------------------------------------------------------------------

def _end_markers(rng: random.Random, ctx: dict) -> list[str]:
    mark = rng.choice(["###", "-30-", "– ENDS –", "ENDS", "# # #", "- End -", "[ENDS]", "-ENDS-", "***"])
    extra = rng.choice(["", "", "Notes to editors follow", f"Issued by {rng.choice(AGENCIES36)}",
                        f"Ref: PR/{rng.randint(2019, 2025)}/{rng.randint(1, 240):03d}", "(Photo available)"])
    return [mark] + ([extra] if extra else [])


def _about_firm(rng: random.Random, ctx: dict) -> list[str]:
    firm, sector, _ = _firm36(rng)
    p1, p2 = rng.sample(PLACES36, 2)
    short = firm.replace(" plc", "")
    frames = [
        (f"{firm} is a leading provider of {sector} to customers in more than {rng.randint(8, 90)} countries, "
         f"employing around {rng.randint(2, 90) * 100:,} people at sites in {p1} and {p2}."),
        (f"Founded in {rng.randint(1890, 2018)} and headquartered in {p1}, {short} designs and delivers {sector} for "
         "public and private sector clients, and has grown every year for the past decade."),
        (f"With annual revenues of more than £{rng.randint(20, 900)}m, {short} is committed to sustainable growth and "
         f"was named {rng.choice(['Employer of the Year', 'Innovator of the Year', 'Exporter of the Year'])} at the "
         f"{p2} Business Awards."),
        (f"For more information about {short}, visit www.{_site36(firm)} or follow the company on social media at "
         f"@{short.split()[0].lower()}."),
        (f"{short} is backed by a group of long-term investors and is a certified responsible business, reporting "
         "publicly every year on its environmental and social impact."),
    ]
    head = rng.choice([f"About {firm}", f"About {short}", f"ABOUT {short.upper()}", f"About {short}:"])
    return [head, *_say(rng, frames, 1, 3)]


def _media_contact(rng: random.Random, ctx: dict) -> list[str]:
    firm, _, _ = _firm36(rng)
    agency = rng.choice(AGENCIES36)
    out = [rng.choice(["Media contact", "For further information:", "MEDIA ENQUIRIES", "Press contacts:",
                       "Contacts"])]
    for _ in range(rng.randint(1, 2)):
        who = _p36(rng)
        org = rng.choice([firm, agency])
        block = [who, rng.choice([org, f"{rng.choice(TITLES36)}, {org}"]), _phone36(rng),
                 _email36(rng, who, _site36(org))]
        out += glue(rng, block, 0.35, (" | ", ", ", "  "))
    if rng.random() < 0.3:
        out.append(f"Investor relations: ir@{_site36(firm)}")
    return out


def _forward_looking(rng: random.Random, ctx: dict) -> list[str]:
    firm, _, _ = _firm36(rng)
    frames = [
        ("This announcement contains certain forward-looking statements that are subject to known and unknown risks "
         f"and uncertainties, many of which are outside the control of {firm}."),
        ("Actual results may differ materially from those expressed or implied by these statements, and no undue "
         "reliance should be placed on any forward-looking statement in this release."),
        (f"Forward-looking statements speak only as of the date of this announcement, and {firm} undertakes no "
         "obligation to update or revise them, whether as a result of new information, future events or otherwise."),
        ("Words such as 'expects', 'anticipates', 'intends', 'plans', 'believes' and 'estimates', and similar "
         "expressions, are intended to identify forward-looking statements."),
        ("This release does not constitute an offer to sell or the solicitation of an offer to buy any securities in "
         "any jurisdiction in which such an offer would be unlawful."),
        ("This announcement contains inside information for the purposes of the market abuse rules, and the person "
         f"responsible for arranging its release on behalf of {firm} is the company secretary."),
    ]
    out = _say(rng, frames, 1, 3)
    if rng.random() < 0.35:
        out.insert(0, rng.choice(["Forward-looking statements", "Cautionary statement", "Safe harbour statement",
                                  "Important notice"]))
    return out


def _photos_available(rng: random.Random, ctx: dict) -> list[str]:
    firm, _, _ = _firm36(rng)
    url = rng.choice([f"https://media.{_site36(firm)}/press/{_tok(rng, 6)}",
                      f"https://{rng.choice(WIRES36).lower().replace(' ', '')}.com/m/{rng.randint(100000, 999999)}"])
    frames = [
        (f"Photos accompanying this announcement are available at {url}, and high-resolution images can be downloaded "
         f"free of charge for editorial use with the credit '{firm}'."),
        ("A video news release, b-roll footage and executive interviews are available on request from the press "
         f"office, and can be embedded from our media centre at {url}."),
        (f"Images supplied by {firm} may be used only to illustrate coverage of this announcement and must not be "
         "cropped, altered or sold on to third parties."),
        (f"Spokespeople are available for interview in {rng.choice(PLACES36)} and by video link throughout the day, "
         "so please contact the press office to arrange a time."),
    ]
    return _say(rng, frames, 1, 2)


def _dateline(rng: random.Random, ctx: dict) -> list[str]:
    firm, _, tick = _firm36(rng)
    place, wire = rng.choice(PLACES36).upper(), rng.choice(WIRES36)
    market = rng.choice(["LSE", "AIM", "NASDAQ"])
    lines = [rng.choice(["FOR IMMEDIATE RELEASE", "PRESS RELEASE", "NEWS RELEASE", "Press Release", "Media Release"]),
             f"{firm} ({market}: {tick})" if tick else firm,
             rng.choice([f"{place}, {_date(rng)} /{wire}/ --", f"{place} – {_date(rng)}:",
                         f"{place}, {rng.choice(MONTHS)} {rng.randint(1, 28)} ({wire}) –"]),
             rng.choice([f"Release time: {_hhmm(rng)}", f"{rng.randint(1, 4)} pages", "Regulatory News:",
                         f"RNS Number : {rng.randint(1000, 9999)}{_tok(rng, 1, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}"])]
    return some(rng, lines, 1, 4)


def _release_quote(rng: random.Random, ctx: dict) -> list[str]:
    firm, sector, _ = _firm36(rng)
    who, who2 = _p36(rng), _p36(rng)
    frames = [
        (f"\"We are delighted to welcome {who} to the board at such an exciting time for the business,\" said {who2}, "
         f"chair of {firm}, adding that the appointment would strengthen the group's international ambitions."),
        (f"{who}, chief executive of {firm}, said: \"This partnership marks a significant milestone in our journey to "
         f"deliver smarter, more sustainable {sector} for customers everywhere.\""),
        (f"\"Today's results demonstrate the resilience of our business model and the hard work of our "
         f"{rng.randint(3, 90) * 100:,} colleagues across the group,\" said {who}, chief financial officer."),
        (f"Commenting on the launch, {who}, managing director at {firm}, said the company had listened carefully to "
         "customers and was proud to bring an industry-first product to market."),
        (f"\"We remain confident in the outlook for the full year and will continue to invest in {sector},\" {who} "
         "said, thanking shareholders for their continued support."),
    ]
    return _say(rng, frames, 1, 2)


def _embargo(rng: random.Random, ctx: dict) -> list[str]:
    d, month = _day_month(rng)
    lines = [rng.choice([f"EMBARGOED UNTIL 00:01 GMT {rng.choice(WEEKDAYS).upper()} {d} {month.upper()}",
                         f"Embargo: {_hhmm(rng)} {rng.choice(WEEKDAYS)} {d} {month}", "STRICTLY EMBARGOED",
                         f"Under embargo until {d} {month} {_hhmm(rng)} BST"]),
             rng.choice(["Not for publication or broadcast before this time", "Embargo applies to all media",
                         "", "Please respect the embargo"])]
    return [x for x in lines if x]


def _notes_to_editors(rng: random.Random, ctx: dict) -> list[str]:
    firm, _, _ = _firm36(rng)
    d1, d2 = sorted(rng.sample(range(1, 28), 2))
    month = rng.choice(MONTHS)
    report = rng.choice(["The State of Work", "Homes for All", "Moving Britain's Goods", "Fair Shares",
                         "Counting the Cost"])
    frames = [
        (f"The survey of {rng.randint(1000, 9000):,} adults was conducted online by {rng.choice(AGENCIES36)} between "
         f"{d1} and {d2} {month}, and the results have been weighted to be nationally representative."),
        (f"{firm} is a registered charity in {rng.choice(PLACES36)} (number {rng.randint(100000, 1199999)}) working "
         "with local partners to improve housing, health and opportunity for families on low incomes."),
        ("Case studies and regional breakdowns of the figures are available on request from the press office, "
         "subject to availability and the consent of those involved."),
        (f"The full report, {report}, will be published on the {firm} website at 00:01 on {rng.choice(WEEKDAYS)}, "
         "and an embargoed copy is available to journalists on request."),
    ]
    chosen = _say(rng, frames, 1, 3)
    return [rng.choice(["Notes to editors", "NOTES TO EDITORS", "Editor's notes:"]),
            *[f"{k + 1}. {s}" if rng.random() < 0.6 else s for k, s in enumerate(chosen)]]


def _press_office(rng: random.Random, ctx: dict) -> list[str]:
    firm, _, _ = _firm36(rng)
    who = _p36(rng)
    frames = [
        (f"For more information, or to arrange an interview with {who}, please contact the press office on "
         f"{_phone36(rng)}, and out-of-hours enquiries are handled by the duty officer."),
        (f"Journalists requiring further comment outside office hours should call the duty press officer on "
         f"{_phone36(rng)}, and all other enquiries should go to the main switchboard."),
        (f"{firm} will host a conference call for analysts and investors at {_hhmm(rng)} today, and a recording and "
         "transcript will be made available on the investor relations website afterwards."),
        (f"Registration for the media briefing closes at noon on {rng.choice(WEEKDAYS)}, and places are limited, so "
         f"please confirm your attendance with {who} as soon as possible."),
    ]
    return _say(rng, frames, 1, 2)


def _wire_source(rng: random.Random, ctx: dict) -> list[str]:
    firm, _, _ = _firm36(rng)
    wire = rng.choice(WIRES36)
    lines = [rng.choice([f"SOURCE {firm}", f"Source: {firm}", f"SOURCE: {firm.upper()}"]),
             f"Distributed by {wire} on behalf of {firm}",
             f"Related links: https://www.{_site36(firm)}",
             f"Copyright {rng.randint(2019, 2025)} {wire}. All rights reserved.",
             f"View original content: https://{wire.lower().replace(' ', '')}.com/news/{rng.randint(10**7, 10**8)}",
             f"{wire} ID: {_tok(rng, 10).upper()}"]
    return some(rng, lines, 1, 4)


# word-processor and PDF residue -----------------------------------------------------------------------------------

def _tracked_changes(rng: random.Random, ctx: dict) -> list[str]:
    ini = _initials36(rng)
    lines = [f"Comment [{ini}{rng.randint(1, 19)}]: {rng.choice(['check', 'source?', 'cut?', 'TK', 'ok?', 'legal'])}",
             f"Deleted: {rng.choice(['the', 'reportedly', 'last week', 'said', 'around', 'almost'])}",
             (f"Formatted: Font: {rng.choice(['(Default) Arial', 'Calibri', 'Times New Roman', 'Georgia'])}, "
              f"{rng.choice([10, 11, 12])} pt"),
             f"Formatted: Indent: Left: {rng.choice(['0', '0.63', '1.27'])} cm, First line: 0 cm",
             f"Inserted: {rng.choice(['on Tuesday', 'also', 'about', 'a spokesman'])}",
             f"Moved (insertion) [{rng.randint(1, 9)}]", "Field Code Changed",
             "Formatted: Highlight", "Deleted: ¶", f"Author: {_p36(rng)}  Date: {_date(rng)} {_hhmm(rng)}"]
    return some(rng, lines, 2, 5)


def _page_footer(rng: random.Random, ctx: dict) -> list[str]:
    m = rng.randint(2, 24)
    lines = [rng.choice([f"Page {rng.randint(1, m)} of {m}", f"{rng.randint(1, m)} | Page", f"- {rng.randint(1, m)} -",
                         f"p. {rng.randint(1, m)}"]),
             f"{_tok(rng, 5)}_{rng.choice(['draft', 'FINAL', 'v2', 'final_final', 'subbed'])}.docx",
             rng.choice(["DRAFT – NOT FOR PUBLICATION", "CONFIDENTIAL", "Classification: OFFICIAL",
                         "INTERNAL USE ONLY", "DRAFT v3 – SUBJECT TO CHANGE"]),
             f"Printed: {_date(rng)} {_hhmm(rng)}", f"Last saved: {_date(rng)} by {_p36(rng)}"]
    return glue(rng, some(rng, lines, 1, 3), 0.3, ("   ", " | ", "\u2003"))


def _file_path(rng: random.Random, ctx: dict) -> list[str]:
    first, last = _pair36(rng)
    slug = "_".join(rng.sample(["council", "budget", "interview", "release", "copy", "wk", "notes", "board", "q3"], 2))
    y = rng.randint(2019, 2025)
    path = rng.choice([(f"C:\\Users\\{first[0].lower()}{last.lower()}\\Documents\\Newsdesk\\{y}\\{slug}_v"
                        f"{rng.randint(1, 7)}.docx"),
                       f"/Volumes/Copy/{y}/{rng.choice(MONTHS)[:3]}/{slug}_FINAL.pdf",
                       f"\\\\fileserver{rng.randint(1, 4):02d}\\press\\releases\\{slug}.doc",
                       f"file:///home/{first.lower()}/Downloads/{slug} ({rng.randint(1, 4)}).pdf",
                       f"Z:\\Shared\\Comms\\{y}\\{slug}.docx"])
    extra = rng.choice(["", "", f"{rng.randint(12, 900)} KB", "Read-only", "Opened in Protected View"])
    return [path] + ([extra] if extra else [])


def _doc_header(rng: random.Random, ctx: dict) -> list[str]:
    lines = [rng.choice([f"CONFIDENTIAL – DRAFT v{rng.randint(1, 9)}",
                         f"DRAFT {rng.randint(1, 5)}.{rng.randint(0, 9)}",
                         "NOT FOR CIRCULATION", "EMBARGOED DRAFT"]),
             f"Prepared by: {_p36(rng)}", f"Last saved by {_p36(rng)} on {_date(rng)}",
             f"Word count: {rng.randint(300, 2400)}", f"Track changes: {rng.choice(['ON', 'OFF'])}",
             f"Doc ref: {_tok(rng, 3).upper()}-{rng.randint(100, 999)}"]
    return glue(rng, some(rng, lines, 2, 4), 0.35, (" | ", "    "))


def _comment_prose(rng: random.Random, ctx: dict) -> list[str]:
    ini = _initials36(rng)
    frames = [
        ("Can we get a second source for this before it runs, because the figure in last year's report looks quite "
         "different to the one quoted here."),
        ("Legal have asked us to hold this paragraph until we hear back from the company's solicitors, so please do "
         "not move it into the live version yet."),
        ("I think this section repeats what we say in the intro, so I suggest cutting it back to one line or moving "
         "the detail further down the piece."),
        ("Subs, please check the spelling of the minister's name against the official list, as it appears two "
         "different ways in the copy we were sent."),
        ("Picture desk says the agency image is cleared for online only, so we will need an alternative for the print "
         "edition if this runs on Saturday."),
        ("Still waiting on the council's statement, which they promised by four o'clock, and I will drop it in here as "
         "soon as it arrives."),
        ("This quote was given on background, so we cannot attribute it by name and should say a source familiar "
         "with the talks instead."),
    ]
    prefix = rng.choice([f"Comment [{ini}{rng.randint(1, 9)}]: ", f"Commented [{ini}{rng.randint(1, 9)}]: ",
                         f"[{ini}: ", f"{_p36(rng)} {_date(rng)} {_hhmm(rng)}: ", ""])
    out = []
    for s in _say(rng, frames, 1, 2):
        out.append(prefix + s + ("]" if prefix.startswith("[") else ""))
        prefix = rng.choice([f"Comment [{_initials36(rng)}{rng.randint(1, 9)}]: ", "Reply: ", ""])
    return out


def _pdf_running_head(rng: random.Random, ctx: dict) -> list[str]:
    firm, _, _ = _firm36(rng)
    y, n = rng.randint(2019, 2025), rng.randint(2, 180)
    lines = [rng.choice([f"{firm} Annual Report {y} | {n}", f"{n} {firm}", f"Annual Review {y}",
                         f"{firm.upper()} – INTERIM RESULTS {y}", f"Sustainability Report {y}  {n}"]),
             rng.choice([f"www.{_site36(firm)}", f"Strategic report{'' if rng.random() < 0.5 else ' continued'}",
                         "Governance", "Financial statements", ""])]
    return [x for x in lines if x]


# translation, archives, chat --------------------------------------------------------------------------------------

def _mt_banner(rng: random.Random, ctx: dict) -> list[str]:
    lang, tool, outlet = rng.choice(LANGS36), rng.choice(TOOLS36), rng.choice(OUTLETS36)
    frames = [
        (f"This article has been translated from {lang} by an automated service, {tool}, and may contain errors, so "
         "the original version should be treated as the authoritative text."),
        ("Automatic translation: the text below was produced by software and has not been checked by our editors, so "
         "some names and technical terms may be rendered incorrectly."),
        (f"You are reading a machine translation of a story first published in {lang} by our partner {outlet}, and "
         "you can switch to the original language using the menu above."),
        (f"We use {tool} to make our journalism available in more languages, but translation quality varies, and we "
         "welcome corrections from readers who spot a mistake."),
        (f"Some words in this {lang} article could not be translated automatically and have been left in the original, "
         "and quotations may differ slightly from what was actually said."),
    ]
    out = _say(rng, frames, 1, 1)
    if rng.random() < 0.4:
        out.append(glue(rng, [f"Translated by {tool}", "Show original", f"Original: {lang}", "Rate this translation"],
                        1.0, (" · ", " | "))[0])
    return out


def _archive_banner(rng: random.Random, ctx: dict) -> list[str]:
    arch = rng.choice(ARCHIVES36)
    coll = rng.choice(["Local News Web", "Elections", "Pandemic Response", "Regional Press", "Business News"])
    frames = [
        (f"This is an archived copy of a page captured by {arch} on {_date(rng)}, and links, images and interactive "
         "features may no longer work or may have changed since."),
        ("You are viewing a snapshot preserved for research purposes, and the original publisher is not responsible "
         "for its content or for any errors it may contain."),
        (f"This page is part of the {coll} collection, kept by {arch} so that researchers can see how news websites "
         "looked at the time the story was published."),
        ("The live version of this page may have been updated or removed, and this copy is made available under the "
         "archive's fair-use policy for non-commercial study only."),
    ]
    return _say(rng, frames, 1, 2)


def _archive_label(rng: random.Random, ctx: dict) -> list[str]:
    arch = rng.choice(ARCHIVES36).removeprefix("the ")
    y = rng.randint(2012, 2022)
    site = _feed_site(rng)
    lines = [f"Saved {_date(rng)} {_hhmm(rng)}:{rng.randint(0, 59):02d} UTC", f"{rng.randint(2, 900)} captures",
             f"{arch} · {y} – {y + rng.randint(1, 3)}", f"Original URL: https://www.{site}/{_tok(rng, 8)}",
             rng.choice(["◀ Previous capture", "Next capture ▶", "About this capture", "Go to live page"]),
             f"{rng.choice(MONTHS)[:3].upper()} {rng.randint(1, 28):02d} {y}"]
    return glue(rng, some(rng, lines, 2, 5), 0.5, ("  ", " | ", " "))


def _chat_stamp(rng: random.Random, who: str, d: str, t: str, style: int) -> str:
    return [f"[{d}, {t}] {who}:", f"{d}, {t} - {who}:", f"{t} {who}:", f"[{t}] {who}:"][style]


def _chat_share(rng: random.Random, ctx: dict) -> list[str]:
    d = f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(2019, 2025)}"
    style = rng.randrange(4)
    h, m = rng.randint(6, 22), rng.randint(0, 50)
    out = []
    if rng.random() < 0.3:
        out.append(rng.choice(GROUPS36))
    for _ in range(rng.randint(2, 5)):
        who = rng.choice([rng.choice(FIRST36), _p36(rng), f"Auntie {rng.choice(FIRST36)}",
                          f"+44 7{rng.randint(100, 999)} {rng.randint(100000, 999999)}"])
        m = min(59, m + rng.randint(0, 4))
        msg = rng.choice(["<Media omitted>", "Forwarded many times", "This message was deleted", "image omitted",
                          f"<attached: 00000{rng.randint(10, 99)}-PHOTO.jpg>", "👍", "😂😂",
                          f"https://{_feed_site(rng)}/{_tok(rng, 7)}", "Missed voice call", "sticker omitted"])
        out.append(f"{_chat_stamp(rng, who, d, f'{h:02d}:{m:02d}', style)} {msg}")
    if rng.random() < 0.3:
        out.append(rng.choice([f"{rng.choice(FIRST36)} left", (f"{rng.choice(FIRST36)} joined using this group's "
                                "invite link"), "Messages and calls are end-to-end encrypted."]))
    return out


def _chat_prose(rng: random.Random, ctx: dict) -> list[str]:
    d = f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(2019, 2025)}"
    style = rng.randrange(4)
    other = rng.choice(FIRST36)
    frames = [
        ("Has anyone heard whether the bins are still being collected on Thursday, because nobody came down our road "
         "last week and the council phone line is useless"),
        ("Just a reminder that the school fete has moved to the Saturday because of the forecast, and we still need "
         "volunteers for the cake stall from ten"),
        ("Saw this in the paper this morning and thought of you all, it is worth a read if you get five minutes "
         "later on"),
        (f"Can someone tell {other} that the meeting tonight is at the church hall and not the pub, I can't seem to "
         "add them to this group"),
        ("Honestly no idea if this is true but my cousin who works at the hospital says they are cancelling outpatient "
         "appointments next week"),
        ("Does anyone have a ladder I could borrow this weekend, the gutter at the back is overflowing again and I "
         "don't trust the old one"),
        (f"Lovely to see everyone on Sunday, and a big thank you to {other} for organising it all at such short "
         "notice, the food was amazing"),
    ]
    h, m = rng.randint(6, 22), rng.randint(0, 50)
    out = []
    for s in _say(rng, frames, 1, 3):
        who = rng.choice([rng.choice(FIRST36), _p36(rng), f"{rng.choice(FIRST36)} (next door)"])
        m = min(59, m + rng.randint(0, 6))
        end = rng.choice([".", "!", "?", " x", " 🙏", ""])
        out.append(f"{_chat_stamp(rng, who, d, f'{h:02d}:{m:02d}', style)} {s}{end}")
    return out


def _forwarded_chain(rng: random.Random, ctx: dict) -> list[str]:
    thing = rng.choice(["'Dancing Pope'", "'Parcel update'", "'Happy Birthday Card'", "'New Year Greetings'"])
    frames = [
        ("Forwarded as received, so please share this with everyone in your contacts, because the more people who "
         "know about it the safer our community will be."),
        (f"Copied from a friend's post: do not open any message called {thing}, even if it comes from someone you "
         "know, because it will take over your phone within ten seconds."),
        ("This has apparently been confirmed by someone who works for the police, so please send it on to as many "
         "groups as you can before the weekend."),
        ("Please do not reply to this message, just forward it to ten people you care about, and you will see "
         "something good happen before the end of the week."),
        ("From tomorrow every call will be recorded and every message checked, so be careful what you send and tell "
         "your children to be careful too."),
    ]
    out = []
    if rng.random() < 0.6:
        out.append(rng.choice(["Forwarded many times", "↪ Forwarded", "Forwarded", "*FORWARDED AS RECEIVED*"]))
    return out + _say(rng, frames, 1, 2)


def _doc_disclaimer(rng: random.Random, ctx: dict) -> list[str]:
    firm, _, _ = _firm36(rng)
    frames = [
        ("This document has been prepared for internal discussion only and should not be relied upon by any third "
         "party, and all figures are provisional and subject to change before final publication."),
        (f"The contents of this briefing are correct at the time of writing, but {firm} cannot accept responsibility "
         "for any decisions taken on the basis of the information it contains."),
        ("Please do not circulate this draft outside the project team until it has been signed off by the editor and "
         "the legal department, as several sections are still being checked."),
        ("This revision replaces all previous drafts, which should be deleted, and incorporates comments received "
         f"from the steering group at its meeting on {_date(rng)}."),
    ]
    return _say(rng, frames, 1, 2)


def _thirtysixth_templates() -> dict[str, tuple[str, Template]]:
    """Text that arrived by e-mail, feed, wire, document, translation, archive or chat rather than a web page."""
    return {
        "email_headers36": ("h", _email_headers),
        "forwarded_marker36": ("hi", _forwarded_marker),
        "view_in_browser36": ("h", _view_in_browser),
        "quoted_reply36": ("it", _quoted_reply),
        "signature36": ("t", _signature),
        "confidentiality36": ("t", _confidentiality),
        "unsubscribe_footer36": ("t", _unsubscribe_footer),
        "receiving_because36": ("t", _receiving_because),
        "newsletter_intro36": ("h", _newsletter_intro),
        "sent_from36": ("t", _sent_from),
        "print_env36": ("t", _print_env),
        "newsletter_promo36": ("it", _newsletter_promo),
        "newsletter_item36": ("it", _newsletter_item),
        "newsletter_sponsor36": ("hi", _newsletter_sponsor),
        "virus_scan36": ("ht", _virus_scan),
        "rss_fields36": ("ht", _rss_fields),
        "feed_title36": ("h", _feed_title),
        "category_tags36": ("ht", _category_tags),
        "enclosure36": ("hi", _enclosure),
        "json_residue36": ("hit", _json_residue),
        "feed_desc36": ("hi", _feed_desc),
        "api_error36": ("t", _api_error),
        "feed_copyright36": ("t", _feed_copyright),
        "end_markers36": ("t", _end_markers),
        "about_firm36": ("t", _about_firm),
        "media_contact36": ("t", _media_contact),
        "forward_looking36": ("t", _forward_looking),
        "photos_available36": ("it", _photos_available),
        "dateline36": ("h", _dateline),
        "release_quote36": ("i", _release_quote),
        "embargo36": ("h", _embargo),
        "notes_to_editors36": ("t", _notes_to_editors),
        "press_office36": ("t", _press_office),
        "wire_source36": ("t", _wire_source),
        "tracked_changes36": ("i", _tracked_changes),
        "page_footer36": ("it", _page_footer),
        "file_path36": ("ht", _file_path),
        "doc_header36": ("h", _doc_header),
        "comment_prose36": ("i", _comment_prose),
        "pdf_running_head36": ("i", _pdf_running_head),
        "doc_disclaimer36": ("ht", _doc_disclaimer),
        "mt_banner36": ("ht", _mt_banner),
        "archive_banner36": ("h", _archive_banner),
        "archive_label36": ("h", _archive_label),
        "chat_share36": ("it", _chat_share),
        "chat_prose36": ("it", _chat_prose),
        "forwarded_chain36": ("hi", _forwarded_chain),
    }


PROSE36 = frozenset({"confidentiality36", "receiving_because36", "newsletter_intro36", "print_env36",
                     "newsletter_promo36", "newsletter_item36", "newsletter_sponsor36", "virus_scan36",
                     "feed_desc36", "feed_copyright36", "about_firm36", "forward_looking36", "photos_available36",
                     "release_quote36", "notes_to_editors36", "press_office36", "comment_prose36",
                     "doc_disclaimer36", "mt_banner36", "archive_banner36", "chat_prose36", "forwarded_chain36"})

BLIND13_TEMPLATES: dict[str, Callable[[], dict[str, tuple[str, Template]]]] = {
    "thirtyfifth": _thirtyfifth_templates,
    "thirtysixth": _thirtysixth_templates,
}
