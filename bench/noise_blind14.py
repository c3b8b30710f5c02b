"""Two more blind noise splits ("thirtyseventh", "thirtyeighth") for the plain-text cleaner.

Why this module exists: every earlier split has been measured and then tuned against, so its score no longer says
how the cleaner does on noise it has never met.  These templates were written blind, by someone who did not read
the cleaner, its rules, its tests or its output on any split, from experience of what scrapers really pick up when
they flatten a page.  They use their own vocabulary and wordings (every person, institute, department, journal,
constituency, court, podcast, app, sponsor, regulator, town and URL is invented), and about half of the templates
in each split are prose: full sentences, 12-50 words, that read like article text but are boilerplate or belong to
other content (the hard case for a line-level cleaner).

  thirtyseventh  research, report and parliamentary furniture pasted into news copy: footnote and endnote markers
                 and the notes themselves ("[3] See ...", "¹ Figures exclude ..."), reference lists in APA,
                 Vancouver, Harvard, Chicago and MLA styles, DOI and PDF lines, figure and table captions, tables
                 flattened to text and their notes ("Note: totals may not sum ..."), data-source and chart-credit
                 lines, methodology, sampling and limitations prose, appendix headings, acknowledgements, funding,
                 competing-interest and data-availability statements, author affiliations, ORCID iDs and
                 correspondence addresses, glossary boxes and "what is ...?" explainers, key findings and
                 recommendations of OTHER reports (as lists and as prose), abstracts, forewords, contents pages,
                 received / accepted dates and keyword lines, think-tank and NGO report chrome (report numbers,
                 ISBNs, "published by ... registered charity no.", reuse and views disclaimers, suggested citations,
                 related publications), PDF running headers, freedom-of-information response letters (headers,
                 handling prose, exemptions, internal-review rights), parliamentary-record furniture (column
                 numbers, "[Interruption.]", members' speeches with constituencies and parties, chair's rulings,
                 division lists, "Question put and agreed to", written questions and answers) and
                 committee-evidence transcript headers, uncorrected-transcript notices and question-and-answer
                 exchanges.
  thirtyeighth   legal and standards notices plus audio and app residue: reporting-restriction, contempt and
                 anonymity notices in new wordings, right-of-reply prose, complaints and regulator prose and footers,
                 corrections columns about other stories, court-listing boxes and magistrates' results of OTHER
                 cases, "the trial continues" and "elsewhere in court" prose about other trials; podcast and audio
                 pages (listen-on rows, player controls, episode metadata and lists with durations, chapter times,
                 show notes of other episodes, sponsor reads, host bios, production credits, follow-the-show prose,
                 speaker-labelled transcript excerpts, machine-transcript and narrated-article disclaimers, queues);
                 mobile-app and progressive-web-app chrome (install banners and prose, notification and location
                 prompts short and in prose, blocked-permission hints, bottom navigation, offline and back-online
                 notices, offline-reading prose, text-size and dark-mode controls and prose, swipe and pull-to-refresh
                 hints, toasts, app-rating asks, update-available lines and prose, release notes, widget and sign-in
                 sync prose).

Templates have the format of bench/clean_noise.py: name -> (positions, fn), positions a string over "h" (head,
between title and body), "i" (inline, between body paragraphs) and "t" (tail); fn(rng, ctx) returns the lines of
one block ("" is a blank line inside the block).  ctx["headlines"] holds other articles' headlines (it may be empty,
hold one, or be missing, and invented fallback headlines stand in); ctx may also carry "title" and "paragraphs",
which these templates never use: no template copies the article's own title or body text, so word-level scoring
stays valid.  Only the rng passed in is used, so a block is a pure function of the seed.

    from bench.noise_blind14 import BLIND14_TEMPLATES
    from bench.noise_unseen import make_noisy_glued
    text = make_noisy_glued(article, random.Random(7), BLIND14_TEMPLATES["thirtyseventh"](), headlines)
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
from bench.noise_fills import glue, some
from bench.noise_fills import pick as _pick

# --- shared fills -------------------------------------------------------------------------------------------------

FIRST14 = ["Anselm", "Briony", "Cosima", "Dashiell", "Eulalia", "Florian", "Gwendolen", "Hamish", "Ingrid", "Jago",
           "Kerensa", "Leopold", "Morwenna", "Nikolai", "Oona", "Piers", "Rhiannon", "Sabine", "Thaddeus", "Ulrika",
           "Vesna", "Wilfred", "Xanthe", "Yusuf", "Zelda", "Ambrose", "Bettina", "Cormac", "Dagny", "Emrys",
           "Fenella", "Gideon", "Honor", "Ezinne", "Tomasz", "Mireille", "Oluwaseun", "Keziah", "Anouk", "Barnaby"]
LAST14 = ["Abernethy", "Blenkinsop", "Cruickshank", "Dunsmore", "Eversholt", "Fairweather", "Gillingham", "Hollowell",
          "Inchbald", "Jardine", "Kettleborough", "Larkworthy", "Nethercott", "Ollerenshaw", "Quarrington",
          "Rushbrooke", "Threlfall", "Upcott", "Vowles", "Winterbottom", "Yeardley", "Ashdown-Pryce", "Coverdale",
          "Dimmock-Shaw", "Fothergill", "Grimshaw", "Huxtable", "Llewellyn-Bray", "Adeyemi-Stroud", "Pennycuick",
          "Saltonstall", "Tregunna", "Wickramasinghe-Lowe", "Ormerod"]
PLACES14 = ["Wyvernbridge", "Carrowmere", "Brackwater", "Kingswarren", "Ellesmoor", "Pendreth", "Stowcombe Regis",
            "Ullaby", "Tilling Fen", "Marlbeck", "Eddlesworth", "Hobbet Cross", "Lowdrift", "Cassock Hill",
            "Riverslade", "Amblethorpe", "Dunwarren", "Fallowmere", "Gorsewick", "Hythewell", "Quillington",
            "Nethery Staithe"]
FALLBACK_HEADLINES14 = [
    "Harbour bridge closure extended into the summer", "Council tax rise approved after late-night vote",
    "Ferry operator fined over repeated safety lapses", "Market hall to reopen after £3m refit",
    "Teachers vote to accept revised pay offer", "Flood defences 'will not be ready' before winter",
    "Hospital trust apologises for missed scan results", "Rail line reopening delayed by another year",
    "Water firm told to cut leaks or face penalty", "Town's last bank branch to close in June",
    "Care home rated inadequate for second time", "New bus franchise promises cheaper fares",
    "Holiday lets cap comes into force next month", "Pier restoration appeal passes halfway mark",
    "Inquiry hears of 'chaotic' emergency response", "Shoppers return as high street vacancies fall",
]


def _headline(rng: random.Random, ctx: dict) -> str:
    pool = [" ".join(str(h).split()) for h in (ctx.get("headlines") or [])]
    pool = [h for h in pool if h]
    if not pool or rng.random() < 0.3:
        return rng.choice(FALLBACK_HEADLINES14)
    return rng.choice(pool)


def _headlines(rng: random.Random, ctx: dict, k: int) -> list[str]:
    out: list[str] = []
    for _ in range(k * 4):
        h = _headline(rng, ctx)
        if h not in out:
            out.append(h)
        if len(out) == k:
            break
    return out


FEMININE14 = {"Briony", "Cosima", "Eulalia", "Gwendolen", "Ingrid", "Kerensa", "Morwenna", "Oona", "Rhiannon", "Sabine",
              "Ulrika", "Vesna", "Xanthe", "Zelda", "Bettina", "Dagny", "Fenella", "Honor", "Ezinne", "Mireille",
              "Keziah", "Anouk"}


def _name(rng: random.Random) -> str:
    return f"{rng.choice(FIRST14)} {rng.choice(LAST14)}"


def _last(rng: random.Random) -> str:
    return rng.choice(LAST14)


def _initial(rng: random.Random) -> str:
    return rng.choice(FIRST14)[0]


def _place(rng: random.Random) -> str:
    return rng.choice(PLACES14)


def _places(rng: random.Random, k: int) -> list[str]:
    return rng.sample(PLACES14, k)


def _year(rng: random.Random, lo: int = 2014, hi: int = 2025) -> int:
    return rng.randint(lo, hi)


def _date(rng: random.Random) -> str:
    d, mi, y = rng.randint(1, 28), rng.randint(1, 12), _year(rng)
    month = MONTHS[mi - 1]
    return rng.choice([f"{d} {month} {y}", f"{month} {d}, {y}", f"{d:02d}/{mi:02d}/{y}", f"{y}-{mi:02d}-{d:02d}",
                       f"{d} {month[:3]} {y}"])


def _num(rng: random.Random, lo: int, hi: int) -> str:
    return f"{rng.randint(lo, hi):,}"


def _slug(text: str) -> str:
    out = "".join(ch if ch.isalnum() else "-" for ch in text.lower())
    return "-".join(part for part in out.split("-") if part)


_GENERIC14 = {"centre", "department", "ministry", "office", "directorate", "exchequer", "university", "institute",
              "college", "school", "faculty", "metropolitan", "technology", "commission"}
_SMALL14 = {"the", "for", "of", "and", "on", "in", "&"}


def _domain(name: str, tld: str = "") -> str:
    """An invented domain for an invented name: acronyms for generic names, place words for universities."""
    words = ["".join(ch for ch in w if ch.isalnum()) for w in name.lower().split() if w not in _SMALL14]
    words = [w for w in words if w]
    if words[0] in ("university", "college") or (len(words) > 1 and words[-1] in ("university", "college")):
        stem = "".join(w for w in words if w not in _GENERIC14)
        return stem + (tld or ".ac.uk")
    if words[0] in _GENERIC14:
        stem = "".join(w[0] for w in words)
    elif len("".join(words)) <= 20:
        stem = "".join(words)
    else:
        stem = words[0] + words[-1]
    return stem + (tld or (".org.uk", ".org", ".com", ".co.uk")[len(stem) % 4])


def _postcode(rng: random.Random) -> str:
    letters = "ABDEFGHJLNPQRSTUWXYZ"
    return (f"{rng.choice(letters)}{rng.choice(letters)}{rng.randint(1, 29)} "
            f"{rng.randint(1, 9)}{rng.choice(letters)}{rng.choice(letters)}")


_SUP = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def _sup(n: int) -> str:
    return str(n).translate(_SUP)


# --- thirtyseventh: research, report and parliamentary furniture ----------------------------------------------------

INSTITUTES37 = ["Halvergate Institute for Public Finance", "Centre for Coastal Livelihoods", "Marchcombe Policy Unit",
                "Orlith Foundation", "Thistlegate Research Trust", "Delling Centre for Social Change",
                "Larchholme Commission on Work", "Quenlow Trust", "Northgate Housing Observatory",
                "Fairbeck Institute for Ageing", "Sedgeholt Lane Centre for Child Welfare"]
UNIS37 = ["University of Carrowmere", "Brackwater University", "Kingswarren College",
          "Ellesmoor Institute of Technology", "University of Pendreth", "Wyvernbridge Metropolitan University",
          "Gorsewick University"]
UNIT_DEPTS37 = ["School of Geography and Planning", "Department of Economics", "Institute for Health Equity Research",
                "Centre for Transport Studies", "School of Law", "Department of Sociology", "Faculty of Public Health",
                "Department of Social Policy", "School of Education"]
JOURNALS37 = [("Journal of Regional Fiscal Studies", "J Reg Fisc Stud"), ("Coastal Policy Review", "Coast Policy Rev"),
              ("Annals of Applied Demography", "Ann Appl Demogr"), ("Housing and Society Quarterly", "Hous Soc Q"),
              ("Transport Equity Letters", "Transp Equity Lett"),
              ("Review of Labour Market Dynamics", "Rev Lab Mkt Dyn"),
              ("Horizons in Community Health", "Horiz Community Health")]
PRESSES37 = ["Marlbeck Academic Press", "Orlith & Vale", "Gorsewick University Press", "Halcyon Lane Publishing",
             "Stowcombe Books"]
DEPTS37 = ["Department for Regional Renewal", "Ministry of Inland Waters", "Office for Skills and Apprenticeships",
           "Department for Rural Connectivity", "Exchequer Analysis Unit", "Directorate for Coastal Resilience",
           "Department for Care and Communities"]
FUNDERS37 = ["Ashgrove Charitable Trust", "Tillingham Foundation", "Regional Research Council",
             "Marram Fund for Social Enquiry", "Lyle-Penrose Trust", "Coastal Futures Fund"]
POLLSTERS37 = ["Meridale Research", "Pollwright", "Quorum Insight", "Tallyhouse Polling", "Ardent Panel"]
FIRMS37 = ["Corvell Analytics", "Tannerby Consulting", "Hexmoor Data Services", "Pridewell Care Group",
           "Sablecourt Advisory"]
TOPICS37 = ["child poverty in coastal towns", "rural bus services", "waiting times for adult social care",
            "small-business lending", "teacher retention", "household energy arrears", "the private rented sector",
            "youth employment", "flood insurance", "delayed hospital discharges", "apprenticeship starts",
            "council reserves", "school absence", "food bank use", "dental access"]
METRICS37 = ["Share of households behind on energy bills", "Median rent as a share of take-home pay",
             "Average wait for a first care assessment (days)", "Real-terms spending per pupil",
             "Bus miles operated per head", "Apprenticeship starts per 1,000 people aged 16-24",
             "Vacant shop units per high street", "Proportion of dental practices closed to new patients",
             "Persistent absence rate (%)", "Food parcels distributed per 1,000 residents"]
BREAKDOWNS37 = ["region", "local authority type", "income decile", "age band", "tenure", "deprivation quintile",
                "school phase", "household type", "urban-rural classification"]
GROUPS37 = ["renters", "carers", "small employers", "parents of under-fives", "pensioners living alone",
            "school leavers", "agency workers", "households on prepayment meters", "head teachers", "GP practices"]
OUTCOMES37 = ["school attainment", "self-reported health", "employment at age 25", "housing stability",
              "use of emergency care", "household savings", "local turnout"]
POLICIES37 = ["Community Transport Grant", "Warm Homes Voucher", "Skills Passport", "High Street Recovery Fund",
              "Tenancy Support Pilot", "Coastal Schools Premium", "Carer Respite Allowance"]
UNITS37 = ["local authority", "school", "practice", "ward", "trust", "district", "college"]
COMMITTEES37 = ["Regional Renewal Committee", "Public Accounts and Audit Committee", "Inland Waters Committee",
                "Work and Skills Committee", "Health and Care Scrutiny Committee", "Connectivity Committee"]
BILLS37 = ["Coastal Communities (Investment) Bill", "Rural Bus Services Bill", "Tenancy Deposits (Reform) Bill",
           "Inland Waterways (Maintenance) Bill", "Apprenticeship Levy (Flexibility) Bill", "Community Pharmacies Bill",
           "Harbour Authorities (Governance) Bill"]
PARTIES37 = ["Civ", "Prog", "LU", "Ind", "Her", "SDA", "Civ/Co-op"]
CONST_SUFFIX37 = ["", " North", " South", " East", " and Lowdale", " and the Fens", " Central", " West and Hythe"]
TITLE_FRAMES37 = ["Who pays for {t}? Evidence from {p}", "The hidden cost of {t}", "Measuring {t} in {p}, {y1}-{y2}",
                  "{T}: a panel study of {n} councils", "Rethinking {t} after the pandemic",
                  "Left behind? {T} in small towns", "Counting what matters: new estimates of {t}",
                  "Local variation in {t} and its consequences for {o}"]


def _institute(rng: random.Random) -> str:
    return rng.choice(INSTITUTES37)


def _short(name: str) -> str:
    skip = {"for", "of", "on", "and", "the", "in"}
    return "".join(w[0] for w in name.split() if w.lower() not in skip).upper()


def _constituency(rng: random.Random) -> str:
    return _place(rng) + rng.choice(CONST_SUFFIX37)


def _member(rng: random.Random) -> str:
    first = rng.choice(FIRST14)
    last = _last(rng)
    honorific = rng.choice(["Ms", "Mrs", "Dr", "Dame", "Miss"] if first in FEMININE14 else ["Mr", "Dr", "Sir"])
    if honorific in ("Sir", "Dame"):
        return f"{honorific} {first} {last}"
    return rng.choice([f"{first} {last}", f"{honorific} {last}", f"{honorific} {first} {last}"])


def _work_title(rng: random.Random) -> str:
    t = rng.choice(TOPICS37)
    return _pick(rng, TITLE_FRAMES37, t=t, T=t[0].upper() + t[1:], p=_place(rng), y1=_year(rng, 2005, 2012),
                 y2=_year(rng, 2016, 2023), n=rng.randint(40, 320), o=rng.choice(OUTCOMES37))


def _doi(rng: random.Random) -> str:
    return f"10.{rng.randint(1000, 99999)}/{rng.choice(['jrfs', 'cpr', 'aad', 'hsq', 'tel', 'phh'])}.{_digits(rng, 5)}"


def _report_url(rng: random.Random, inst: str) -> str:
    return f"https://www.{_domain(inst)}/publications/{_slug(_work_title(rng))[:48].strip('-')}"


def _t37_marker_run(rng: random.Random, ctx: dict) -> list[str]:
    n = rng.randint(1, 48)
    return [rng.choice([f"[{n}]", f"[{n}][{n + 1}]", _sup(n), f"({n})", f"[note {n}]", f"↩ {n}",
                        f"[{n}] [{n + 1}] [{n + 2}]", "*" * rng.randint(1, 3), f"[{n}]↩", f"{_sup(n)},{_sup(n + 2)}",
                        f"[{n}–{n + rng.randint(2, 4)}]", f"^{n}"])]


def _t37_numbered_notes(rng: random.Random, ctx: dict) -> list[str]:
    inst, dept = _institute(rng), rng.choice(DEPTS37)
    y = _year(rng)
    notes = [
        f"See {inst}, {_work_title(rng)} ({y}), p. {rng.randint(3, 140)}.",
        f"Figures exclude {rng.choice(['students', 'temporary residents', 'the armed forces', 'care residents'])}.",
        f"Ibid., para. {rng.randint(2, 90)}.",
        f"Op. cit., table {rng.randint(1, 12)}.",
        f"Data for {y} are provisional and subject to revision.",
        f"Author's calculations using the {_place(rng)} Household Panel, wave {rng.randint(3, 14)}.",
        f"Cited in {_last(rng)} ({y - rng.randint(1, 6)}), ch. {rng.randint(1, 9)}.",
        f"Correspondence with the {dept}, {_date(rng)}.",
        f"Available at {_report_url(rng, inst)} (accessed {_date(rng)}).",
        f"Prices are in {y}-{(y + 1) % 100:02d} terms.",
        f"Written answer {rng.randint(10000, 99999)}, {_dm(rng)} {y}.",
        f"{rng.choice(['Ibid.', 'Ibid', 'Id.'])}",
    ]
    style = rng.choice(["[{n}] ", "{n}. ", "{s} ", "{n} ", "^{n} "])
    start = rng.randint(1, 30)
    chosen = some(rng, notes, 2, 5)
    back = rng.random() < 0.3
    out = [rng.choice(["Notes", "Endnotes", "Footnotes", "Notes and sources", "References and notes"])]
    if rng.random() < 0.3:
        out = []
    for k, note in enumerate(chosen):
        n = start + k
        out.append(style.format(n=n, s=_sup(n)) + note + (" ↩" if back else ""))
    return out


def _t37_footnote_prose(rng: random.Random, ctx: dict) -> list[str]:
    n = rng.randint(1, 40)
    m = rng.choice([f"[{n}]", _sup(n), f"{n}.", f"Note {n}:", "*"])
    frames = [
        ("{m} Figures exclude households living in temporary accommodation, who were surveyed separately during the "
         "{season} wave and are reported in Annex {L} of the full technical report."),
        ("{m} Where a {unit} failed to return data for {y}, we imputed values using the average change among similar "
         "areas in the same region; {k} returns were affected in this way."),
        ("{m} This estimate differs from the one in our {month} briefing because the {dept} revised its population "
         "baseline after that briefing had gone to print."),
        ("{m} The {inst} counts a household as being in arrears once it is more than {k} weeks behind, a stricter "
         "test than the one most suppliers apply."),
        ("{m} Respondents could give more than one answer, so the percentages for this question add up to more than "
         "a hundred and should not be summed across categories."),
        ("{m} All cash figures in this chapter have been uprated to {y} prices, and comparisons with earlier editions "
         "of the report should take that adjustment into account."),
        ("{m} We are grateful to officials at the {dept} for supplying the unpublished series on which this paragraph "
         "draws; any errors of interpretation remain our own."),
        ("{m} The {k} {unit}s that merged during the period are treated as a single unit throughout, using their "
         "post-merger boundaries, so totals will not match those published at the time."),
    ]
    return [_pick(rng, frames, m=m, season=rng.choice(["spring", "autumn", "winter", "summer"]),
                  L=rng.choice("ABCDEF"), unit=rng.choice(UNITS37), y=_year(rng), k=rng.randint(2, 19),
                  month=rng.choice(MONTHS), dept=rng.choice(DEPTS37), inst=_institute(rng))]


def _t37_refs_apa(rng: random.Random, ctx: dict) -> list[str]:
    out = [rng.choice(["References", "Bibliography", "Works cited", "Sources", "REFERENCES"])]
    for _ in range(rng.randint(2, 5)):
        j, _abbr = rng.choice(JOURNALS37)
        y = _year(rng, 1998, 2024)
        authors = f"{_last(rng)}, {_initial(rng)}."
        if rng.random() < 0.6:
            authors += f", & {_last(rng)}, {_initial(rng)}. {_initial(rng)}."
        p1 = rng.randint(1, 400)
        vol = f"{rng.randint(3, 61)}({rng.randint(1, 4)})"
        tail = rng.choice([f" doi:{_doi(rng)}", "", ""])
        out.append(f"{authors} ({y}). {_work_title(rng)}. {j}, {vol}, {p1}–{p1 + rng.randint(8, 30)}.{tail}")
    return out


def _t37_refs_numbered(rng: random.Random, ctx: dict) -> list[str]:
    out = [] if rng.random() < 0.4 else [rng.choice(["References", "Literature cited", "Sources"])]
    start = rng.randint(1, 25)
    bracket = rng.random() < 0.5
    for k in range(rng.randint(2, 5)):
        _j, abbr = rng.choice(JOURNALS37)
        y = _year(rng, 1995, 2024)
        authors = ", ".join(f"{_last(rng)} {_initial(rng)}{_initial(rng)}" for _ in range(rng.randint(1, 3)))
        if rng.random() < 0.3:
            authors += ", et al"
        p1 = rng.randint(10, 900)
        lab = f"[{start + k}]" if bracket else f"{start + k}."
        out.append(f"{lab} {authors}. {_work_title(rng)}. {abbr}. {y};{rng.randint(2, 48)}({rng.randint(1, 12)}):"
                   f"{p1}-{p1 + rng.randint(5, 25)}.")
    return out


def _t37_refs_author_date(rng: random.Random, ctx: dict) -> list[str]:
    style = rng.choice(["harvard", "chicago", "mla"])
    out = [] if rng.random() < 0.3 else [rng.choice(["Bibliography", "Further reading", "References", "Works Cited"])]
    for _ in range(rng.randint(2, 4)):
        first, last, y = rng.choice(FIRST14), _last(rng), _year(rng, 1990, 2024)
        title = _work_title(rng)
        if style == "harvard":
            out.append(f"{last}, {first[0]}. ({y}) {title}. {_place(rng)}: {rng.choice(PRESSES37)}.")
        elif style == "chicago":
            j, _abbr = rng.choice(JOURNALS37)
            out.append(f"{last}, {first}. {y}. “{title}.” {j} {rng.randint(4, 40)} ({rng.randint(1, 4)}): "
                       f"{rng.randint(10, 99)}–{rng.randint(100, 140)}.")
        else:
            out.append(f"{last}, {first}. {title}. {rng.choice(PRESSES37)}, {y}.")
    return out


def _t37_doi_line(rng: random.Random, ctx: dict) -> list[str]:
    inst = _institute(rng)
    lines = [
        f"doi:{_doi(rng)}", f"DOI: {_doi(rng)}",
        f"Download the full report (PDF, {rng.randint(4, 98) / 10} MB, {rng.randint(12, 180)} pages)",
        f"Full text: {_report_url(rng, inst)}.pdf",
        f"PDF {rng.randint(300, 9000)} KB", f"Read the summary ({rng.randint(2, 12)} pages)",
        f"Supplementary data (XLSX, {rng.randint(40, 900)} KB)",
        f"Published online {_date(rng)} · {rng.randint(1, 40)} citations",
    ]
    return glue(rng, some(rng, lines, 1, 3), 0.4)


def _t37_figure_caption(rng: random.Random, ctx: dict) -> list[str]:
    n = rng.randint(1, 14)
    y1, y2 = _year(rng, 2005, 2014), _year(rng, 2018, 2024)
    label = rng.choice([f"Figure {n}:", f"Figure {n}.", f"Fig. {n}", f"Chart {n}:", f"FIGURE {n}", f"Exhibit {n}."])
    out = [f"{label} {rng.choice(METRICS37)}, by {rng.choice(BREAKDOWNS37)}, {y1}–{y2}"]
    extras = [
        " ".join(str(v) for v in range(0, rng.choice([30, 40, 50, 60]) + 1, 10)),
        f"■ {y1}  ■ {y2}", "%", f"Source: {_institute(rng)}", "Click to enlarge",
        f"{rng.choice(['Lower', 'Upper'])} bound shown as dashed line",
    ]
    return out + some(rng, extras, 0, 3)


def _t37_figure_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("As Figure {n} shows, the gap between the best- and worst-performing {unit}s has widened in every year since "
         "{y}, with the bottom quintile now {k} points behind the top."),
        ("Figure {n} plots {metric} against {bd} for each of the {big} {unit}s in our sample; the dashed line marks "
         "the national average and the shaded band its 95 per cent confidence interval."),
        ("The chart above breaks the {big} respondents down by {bd}; darker bars indicate a difference from the {y} "
         "baseline that is statistically significant at the five per cent level."),
        ("In Figure {n}, shaded areas denote quarters of falling output, and the vertical line marks the introduction "
         "of the {policy} in {month} {y}."),
        ("Each dot in the chart represents a single {unit}. Those above the diagonal improved between the two waves, "
         "while those below it went backwards, in some cases by more than {k} points."),
        ("Figure {n} is drawn on a logarithmic scale, so equal vertical distances represent equal proportional "
         "changes rather than equal absolute ones; readers should bear this in mind when comparing panels."),
    ]
    return [_pick(rng, frames, n=rng.randint(1, 14), unit=rng.choice(UNITS37), y=_year(rng), k=rng.randint(3, 24),
                  metric=rng.choice(METRICS37).lower(), bd=rng.choice(BREAKDOWNS37), big=_num(rng, 90, 4800),
                  policy=rng.choice(POLICIES37), month=rng.choice(MONTHS))]


def _t37_table_block(rng: random.Random, ctx: dict) -> list[str]:
    n = rng.randint(1, 9)
    y1, y2 = _year(rng, 2010, 2016), _year(rng, 2019, 2024)
    sep = rng.choice(["\t", "  ", " | ", " "])
    out = [rng.choice([f"Table {n}. ", f"Table {n}: ", f"TABLE {n} ", f"Table A{n} "]) + rng.choice(METRICS37)]
    first = rng.choice(["Area", "Region", "Local authority", "", ""])
    out.append(sep.join([first, str(y1), str(y2), rng.choice(["Change", "Change (pts)", "+/-"])]).strip(" |"))
    for place in _places(rng, rng.randint(3, 6)):
        a = rng.randint(50, 900) / 10
        b = round(a + rng.randint(-120, 120) / 10, 1)
        out.append(sep.join([place, f"{a:.1f}", f"{b:.1f}", f"{b - a:+.1f}"]))
    if rng.random() < 0.5:
        out.append(sep.join(["Total", f"{rng.randint(200, 600) / 10:.1f}", f"{rng.randint(200, 600) / 10:.1f}", ".."]))
    if rng.random() < 0.5:
        out.append(rng.choice(["Note: figures rounded.", "Source: see Appendix B", ".. = not available",
                               f"Base: {_num(rng, 400, 9000)}"]))
    return out


def _t37_table_note_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("{lab} totals may not sum because of rounding, and figures for {place} are suppressed where fewer than {k} "
         "cases were recorded, to protect confidentiality."),
        ("{lab} '..' indicates data not available and 'x' a value withheld under disclosure rules; figures for {y} "
         "are provisional and will be revised in {month}."),
        ("{lab} the base for each row is all respondents who answered the question, which ranges from {n1} to {n2}; "
         "unweighted bases are given in the technical appendix."),
        ("{lab} because the {dept} changed its collection method in {y}, figures before and after that year are not "
         "directly comparable and are separated by a vertical rule."),
        ("{lab} percentages are calculated on a weighted base. A dash indicates no cases, while an asterisk denotes a "
         "value above zero but below half of one per cent."),
        ("{lab} rows are ordered by the size of the change rather than alphabetically, and {unit}s with boundary "
         "changes during the period have been excluded from the ranking."),
    ]
    return [_pick(rng, frames, lab=rng.choice(["Note:", "Notes:", "Source and notes:", "NB:", "Note to table:"]),
                  place=_place(rng), k=rng.randint(3, 10), y=_year(rng), month=rng.choice(MONTHS),
                  n1=_num(rng, 180, 900), n2=_num(rng, 1000, 4200), dept=rng.choice(DEPTS37),
                  unit=rng.choice(UNITS37))]


def _t37_data_source(rng: random.Random, ctx: dict) -> list[str]:
    inst, dept = _institute(rng), rng.choice(DEPTS37)
    y = _year(rng)
    return [rng.choice([
        f"Source: {inst} analysis of {dept} data, {y}",
        f"Data: {dept}; chart: {_short(inst)}",
        f"Source: {dept} (table {rng.choice('ABCDEFG')}{rng.randint(1, 40)}), accessed {_date(rng)}",
        f"Sources: {dept}; {rng.choice(POLLSTERS37)}; {_short(inst)} calculations",
        f"Chart: {_name(rng)} / {_short(inst)} • Get the data • Created with Plotwright",
        f"Source: {_place(rng)} Household Panel, waves {rng.randint(1, 5)}-{rng.randint(6, 14)}",
        f"Base: all adults, {rng.choice(MONTHS)} {y} (n={_num(rng, 800, 5200)})",
        f"SOURCE: {_short(inst)} / {rng.choice(POLLSTERS37).upper()}",
    ])]


def _t37_methodology_prose(rng: random.Random, ctx: dict) -> list[str]:
    y = _year(rng)
    frames = [
        ("Fieldwork was carried out online between {d1} and {d2} among a sample of {n} adults aged 18 and over, "
         "weighted to be representative of the population by age, sex, region and past vote."),
        ("The survey was conducted by {poll} on behalf of the {inst}; interviews were completed by telephone and "
         "online, and results have been weighted to census targets."),
        ("Our analysis draws on administrative records for {n} {unit}s covering the financial years {y}-{yy} to "
         "{y2}-{yy2}, linked at individual level under a data-sharing agreement with the {dept}."),
        ("We carried out {k} semi-structured interviews with frontline staff and managers in {p1} and {p2}, "
         "alongside {k2} focus groups with residents recruited through local community organisations."),
        ("Full details of the questionnaire, weighting scheme and data tables are available on request from "
         "{poll}, which is a member of the Survey Standards Council and abides by its rules."),
        ("Costs were estimated using a bottom-up model: we multiplied the number of {group} in each {unit} by unit "
         "costs taken from the {dept}'s own guidance, uprated to {y2} prices."),
    ]
    p1, p2 = _places(rng, 2)
    return [_pick(rng, frames, d1=_dm(rng), d2=_dm(rng), n=_num(rng, 600, 9000), poll=rng.choice(POLLSTERS37),
                  inst=_institute(rng), unit=rng.choice(UNITS37), y=y, yy=(y + 1) % 100, y2=y + 3,
                  yy2=(y + 4) % 100, dept=rng.choice(DEPTS37), k=rng.randint(12, 60), k2=rng.randint(3, 12),
                  p1=p1, p2=p2, group=rng.choice(GROUPS37))]


def _t37_sampling_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("With a sample of this size, the margin of error is roughly plus or minus {m} percentage points at the 95% "
         "confidence level, and wider for subgroups such as {group}."),
        ("Because respondents were drawn from an opt-in panel, no margin of sampling error can be calculated; "
         "estimates for groups with fewer than {k} respondents should be read as indicative only."),
        ("Households were selected using a stratified random sample of addresses, with a response rate of {r}%; "
         "non-response weights were applied to correct for differences by {bd}."),
        ("The achieved sample under-represents {group}, so results for this group have been weighted up and carry a "
         "correspondingly wider confidence interval than the headline figures."),
        ("Of the {n} {unit}s invited to take part, {k2} returned usable data. We tested whether responders differed "
         "from non-responders on size and {bd} and found no significant differences."),
    ]
    return [_pick(rng, frames, m=rng.choice(["two", "three", "2.5", "3.1", "four"]), group=rng.choice(GROUPS37),
                  k=rng.choice([30, 50, 75, 100]), r=rng.randint(18, 71), bd=rng.choice(BREAKDOWNS37),
                  n=rng.randint(120, 400), k2=rng.randint(40, 110), unit=rng.choice(UNITS37))]


def _t37_appendix_header(rng: random.Random, ctx: dict) -> list[str]:
    letter = rng.choice("ABCDE")
    out = [rng.choice([f"Appendix {letter}: Technical note", f"Annex {rng.randint(1, 6)} – Sample composition",
                       f"Appendix {letter}. Methodology", f"Annex {letter}: Supplementary tables",
                       f"Technical appendix {letter}", f"APPENDIX {letter} DATA AND METHODS"])]
    subs = ["Data sources", "Weighting", "Limitations", "Definitions", "Sensitivity analysis", "Questionnaire"]
    page = rng.randint(30, 90)
    dots = rng.random() < 0.5
    for k, s in enumerate(some(rng, subs, 2, 4)):
        line = f"{letter}.{k + 1} {s}"
        if dots:
            line += " " + ". " * rng.randint(3, 8) + str(page + k * rng.randint(1, 3))
        out.append(line)
    return out


def _t37_acknowledgements_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("The authors would like to thank {p1} and {p2} for comments on an earlier draft, and the {k} practitioners "
         "who gave up their time to be interviewed for this project."),
        ("We are indebted to colleagues at the {inst} for access to unpublished data; any remaining errors are ours "
         "alone, and the views expressed should not be attributed to the funder."),
        ("This report would not have been possible without the residents of {place} who shared their experiences "
         "with us, often at short notice and at some personal cost."),
        ("Thanks are also due to {p1} for research assistance, to {p2} for help with the survey instrument, and to "
         "the members of our advisory group, who are listed in Appendix {L}."),
        ("We gratefully acknowledge the help of the {dept} statistics team, who answered our many queries with "
         "patience and good humour over the eighteen months of the project."),
    ]
    out = [rng.choice(["Acknowledgements", "Acknowledgments", "About this report", "Thanks"])] \
        if rng.random() < 0.5 else []
    return out + [_pick(rng, frames, p1=_name(rng), p2=_name(rng), k=rng.randint(12, 70), inst=_institute(rng),
                        place=_place(rng), L=rng.choice("ABCDE"), dept=rng.choice(DEPTS37))]


def _t37_funding_prose(rng: random.Random, ctx: dict) -> list[str]:
    code = f"{rng.choice(['RRC', 'AG', 'TF', 'LP'])}/{rng.choice('NPRTVW')}{_digits(rng, 6)}/{rng.randint(1, 3)}"
    frames = [
        ("This research was funded by the {fund} (grant reference {code}); the funder had no role in study design, "
         "data collection, analysis, the decision to publish or preparation of the manuscript."),
        ("The project was supported by a grant from the {fund}, which has backed the {inst}'s work on {topic} since "
         "{y}; the views expressed are nonetheless those of the authors."),
        ("Funding: {fund}, award {code}. {p1} is supported by a fellowship from the {fund2}. The sponsors played no "
         "part in interpreting the findings."),
        ("The {inst} thanks the {fund} for its generous support of this programme of work. Funders do not review or "
         "approve our reports before they are published."),
    ]
    return [_pick(rng, frames, fund=rng.choice(FUNDERS37), fund2=rng.choice(FUNDERS37), code=code,
                  inst=_institute(rng), topic=rng.choice(TOPICS37), y=_year(rng, 2008, 2020), p1=_name(rng))]


def _t37_affiliations(rng: random.Random, ctx: dict) -> list[str]:
    k = rng.randint(2, 4)
    names = [f"{_name(rng)}{_sup(i + 1)}" + ("*" if i == 0 else "") for i in range(k)]
    out = [", ".join(names)]
    for i in range(rng.randint(1, k)):
        out.append(f"{_sup(i + 1)} {rng.choice(UNIT_DEPTS37)}, {rng.choice(UNIS37)}, {_place(rng)} {_postcode(rng)}")
    if rng.random() < 0.5:
        out.append(rng.choice(["* Corresponding author", "*Corresponding author.", "* Joint first authors"]))
    return out


def _t37_orcid(rng: random.Random, ctx: dict) -> list[str]:
    def oid() -> str:
        return f"0000-000{rng.randint(1, 3)}-{_digits(rng, 4)}-{_digits(rng, 3)}{rng.choice('0123456789X')}"

    forms = [f"ORCID iD: {oid()}", f"{_name(rng)} {oid()}", f"iD {_name(rng)}  {oid()}",
             f"{_name(rng)} (ORCID {oid()})", f"ORCID: {oid()}"]
    return some(rng, forms, 1, 3)


def _t37_correspondence(rng: random.Random, ctx: dict) -> list[str]:
    first, last = rng.choice(FIRST14), _last(rng)
    uni = rng.choice(UNIS37)
    dom = _domain(uni)
    mail = f"{first[0].lower()}.{last.lower().replace('-', '')}@{dom}"
    return [rng.choice([
        f"Correspondence to: {first} {last}, {mail}",
        f"Contact: {mail}",
        f"Address for correspondence: {rng.choice(UNIT_DEPTS37)}, {uni}, {_place(rng)} {_postcode(rng)}.",
        f"*Correspondence: {mail}; Tel: +44 {_digits(rng, 4)} {_digits(rng, 6)}",
        f"E-mail: {mail}",
    ])]


GLOSSARY37 = [("Real terms", "figures adjusted to remove the effect of inflation"),
              ("Core spending power", "the money a council can raise or receive before specific grants"),
              ("Delayed discharge", "a patient who is medically fit to leave hospital but cannot yet do so"),
              ("No-fault eviction", "ending a tenancy without the landlord having to give a reason"),
              ("NEET", "young people not in education, employment or training"),
              ("Median", "the middle value when all observations are ranked from lowest to highest"),
              ("Relative poverty", "living on less than 60% of median household income in the same year"),
              ("Deprivation decile", "one of ten equal groups of areas ranked by a composite deprivation index"),
              ("Attrition", "the loss of panel members between one survey wave and the next"),
              ("Load factor", "the share of available seats on a service that are actually occupied"),
              ("Fiscal headroom", "the margin by which a spending plan meets the relevant borrowing rule"),
              ("Prepayment meter", "a meter that requires credit to be bought before energy is used")]


def _t37_glossary_box(rng: random.Random, ctx: dict) -> list[str]:
    sep = rng.choice([": ", " – ", " — ", "\u2002"])
    out = [rng.choice(["Glossary", "Key terms", "Jargon buster", "What the terms mean", "Definitions", "Box 1: Terms"])]
    for term, definition in rng.sample(GLOSSARY37, rng.randint(2, 5)):
        out.append(term + sep + (definition[0].upper() + definition[1:] + "." if sep != " – " else definition))
    return out


def _t37_glossary_prose(rng: random.Random, ctx: dict) -> list[str]:
    term, definition = rng.choice(GLOSSARY37)
    q = rng.choice([f"What is meant by '{term.lower()}'?", f"What does {term.lower()} mean?",
                    f"Box {rng.randint(1, 6)}: {term}", f"Explainer: {term.lower()}"])
    frames = [
        ("In this report, {term} refers to {d}. The {inst} uses the same definition as the {dept}, which allows our "
         "figures to be compared with official statistics."),
        ("{term_cap} is usually defined as {d}, although some {unit}s apply a looser test, which is one reason local "
         "figures can appear to differ from national ones."),
        ("Put simply, {term} means {d}. It matters because it determines who is eligible for help under schemes such "
         "as the {policy}."),
    ]
    body = _pick(rng, frames, term=term.lower() if term != "NEET" else term, term_cap=term, d=definition,
                 inst=_institute(rng), dept=rng.choice(DEPTS37), unit=rng.choice(UNITS37),
                 policy=rng.choice(POLICIES37))
    return [q, body] if rng.random() < 0.7 else [body]


def _t37_key_findings_list(rng: random.Random, ctx: dict) -> list[str]:
    frames = rng.sample([
        "{pct}% of {group} said they had cut back on heating in the past year.",
        "{place} had the highest rate, at {x} per 1,000 residents.",
        "Spending on {topic} fell by {pct}% in real terms between {y1} and {y2}.",
        "One in {k} {group} reported waiting more than six months.",
        "Only {k} of {k2} {unit}s met the target in {y2}.",
        "The gap between richest and poorest areas has doubled since {y1}.",
    ], rng.randint(3, 5))

    def bullet(frame: str) -> str:
        return frame.format(pct=rng.randint(8, 74), group=rng.choice(GROUPS37), place=_place(rng),
                            x=rng.randint(30, 900) / 10, topic=rng.choice(TOPICS37), y1=_year(rng, 2009, 2015),
                            y2=_year(rng, 2019, 2024), k=rng.randint(3, 9), k2=rng.randint(10, 40),
                            unit=rng.choice(UNITS37))
    mark = rng.choice(["• ", "- ", "▪ ", "", "→ "])
    out = [rng.choice(["Key findings", "Main findings", "At a glance", "Summary of findings", "What we found",
                       "KEY POINTS"])]
    return out + [mark + bullet(f) for f in frames]


def _t37_key_findings_prose(rng: random.Random, ctx: dict) -> list[str]:
    p1, p2 = _places(rng, 2)
    frames = [
        ("A separate report published by the {inst} on {wd} found that {pct}% of {group} had fallen behind on at "
         "least one household bill, and warned that the figure was likely to rise before the end of {y}."),
        ("Researchers at {uni} said their study, which followed {n} {group} over {k} years, was the first to link "
         "{topic} directly to {outcome} on a national scale."),
        ("The {inst}'s annual audit of {topic}, due to be debated by the {committee} next month, concludes that "
         "progress has stalled in {k} of the {k2} areas it monitors."),
        ("Its authors describe the findings as deeply sobering but acknowledge that the sample, drawn mainly from "
         "{p1} and {p2}, may not reflect conditions elsewhere in the country."),
        ("The study, which has not yet been peer reviewed, estimates that {topic} costs the public purse around "
         "£{bn}bn a year once knock-on effects on {outcome} are included."),
        ("An earlier report by the same team, published in {month} {y}, reached broadly similar conclusions about "
         "{topic} but relied on a much smaller sample of {unit}s."),
    ]
    return [_pick(rng, frames, inst=_institute(rng), wd=rng.choice(WEEKDAYS), pct=rng.randint(9, 61),
                  group=rng.choice(GROUPS37), y=_year(rng), uni=rng.choice(UNIS37), n=_num(rng, 900, 24000),
                  k=rng.randint(3, 12), k2=rng.randint(13, 30), topic=rng.choice(TOPICS37),
                  outcome=rng.choice(OUTCOMES37), committee=rng.choice(COMMITTEES37), p1=p1, p2=p2,
                  bn=rng.randint(11, 95) / 10, month=rng.choice(MONTHS), unit=rng.choice(UNITS37))]


def _t37_recommendations_list(rng: random.Random, ctx: dict) -> list[str]:
    actions = ["publish a timetable for restoring funding for {t}", "require councils to report on {t} every year",
               "commission an independent review of {t}", "ring-fence money for {t} within the settlement",
               "pilot the {p} in at least three further areas", "set a statutory target for {t} by {y}",
               "consult on a new duty to cooperate on {t}", "simplify eligibility for the {p}"]
    actors = ["The Government", "The " + rng.choice(DEPTS37), "Local authorities", "Ministers", "The regulator",
              "Integrated care boards", "Combined authorities"]
    style = rng.choice(["{k}. ", "R{k} ", "Recommendation {k}: ", "({k}) ", "• "])
    start = rng.randint(1, 9)
    out = [rng.choice(["Recommendations", "Our recommendations", "Summary of recommendations", "Policy recommendations",
                       "What should happen next", "Conclusions and recommendations"])]
    for i, act in enumerate(rng.sample(actions, rng.randint(2, 5))):
        a = act.format(t=rng.choice(TOPICS37), p=rng.choice(POLICIES37), y=_year(rng, 2026, 2032))
        out.append(style.format(k=start + i) + f"{rng.choice(actors)} should {a}.")
    return out


def _t37_recommendations_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("Among its {k} recommendations, the {committee} calls on the {dept} to publish a costed plan for {topic} "
         "within six months and to report back to Parliament on progress every year."),
        ("The commission recommends that responsibility for {topic} be transferred from councils to a new regional "
         "body, funded by a levy on {payer} and overseen by an independent board."),
        ("We recommend that ministers commission an independent evaluation of the {policy} before it is extended "
         "beyond the {k} pilot areas, and that the results be published in full."),
        ("Ministers are urged to set a statutory target for {topic}, with interim milestones in {y1} and {y2}, and to "
         "give inspectors the power to intervene where {unit}s fall behind."),
        ("The report's final recommendation, that the {policy} be scrapped and its budget folded into general "
         "grants, was opposed by {k} of the panel's members, whose dissent is recorded in an annex."),
    ]
    y1 = _year(rng, 2026, 2029)
    return [_pick(rng, frames, k=rng.randint(5, 31), committee=rng.choice(COMMITTEES37), dept=rng.choice(DEPTS37),
                  topic=rng.choice(TOPICS37), payer=rng.choice(["large landlords", "developers", "energy suppliers",
                                                                "port operators"]),
                  policy=rng.choice(POLICIES37), y1=y1, y2=y1 + rng.randint(3, 6), unit=rng.choice(UNITS37))]


def _t37_contents(rng: random.Random, ctx: dict) -> list[str]:
    if rng.random() < 0.3:
        return [rng.choice(["Executive summary", "EXECUTIVE SUMMARY", "Summary", "Foreword", "Introduction",
                            "Executive Summary and Key Messages"])]
    chapters = ["Foreword", "Executive summary", "1. Introduction", "2. Background", "3. Methods", "4. Findings",
                "5. Discussion", "6. Recommendations", "References", "Appendices"]
    page = rng.randint(2, 5)
    sep = rng.choice(["\t", " ", " .......... ", "  "])
    out = [rng.choice(["Contents", "CONTENTS", "Table of contents", "In this report"])]
    for ch in some(rng, chapters, 3, 7):
        out.append(f"{ch}{sep}{page}")
        page += rng.randint(2, 11)
    return out


def _t37_report_chrome(rng: random.Random, ctx: dict) -> list[str]:
    y = _year(rng)
    bits = [f"Report no. {rng.randint(12, 240)}", f"{rng.choice(MONTHS)} {y}",
            f"ISBN 978-1-{_digits(rng, 5)}-{_digits(rng, 3)}-{rng.randint(0, 9)}",
            f"Working Paper {y % 100:02d}/{rng.randint(1, 40):02d}", f"Briefing note BN{rng.randint(100, 399)}",
            f"ISSN {_digits(rng, 4)}-{_digits(rng, 3)}{rng.choice('0123456789X')}",
            _short(_institute(rng)) + f" {rng.choice(['Discussion Paper', 'Research Report', 'Policy Brief'])} "
            f"{rng.randint(1, 90)}", f"Version {rng.randint(1, 3)}.{rng.randint(0, 4)}"]
    return glue(rng, some(rng, bits, 2, 4), 0.6)


def _t37_charity_prose(rng: random.Random, ctx: dict) -> list[str]:
    inst = _institute(rng)
    frames = [
        ("Published by the {inst}, {n} {street}, {place} {pc}. The {short} is a registered charity (no. {c}) and a "
         "company limited by guarantee (no. {co})."),
        ("The {inst} is an independent charity, registered number {c}, that receives no government funding; it "
         "relies on grants, donations and the sale of publications to support its research."),
        ("First published in {y} by the {inst}, a registered charity (no. {c}) with its registered office at {n} "
         "{street}, {place}. Registered as a company, number {co}."),
        ("The {short} is a registered charity, no. {c}. Our work is made possible by the support of trusts, "
         "foundations and individual donors; a full list of funders appears in our annual accounts."),
    ]
    return [_pick(rng, frames, inst=inst, short=_short(inst), n=rng.randint(1, 140),
                  street=rng.choice(["Tanner's Yard", "Cordwainer Row", "Bellfounder Street", "Ropemakers Walk"]),
                  place=_place(rng), pc=_postcode(rng), c=_digits(rng, 7), co=_digits(rng, 8), y=_year(rng))]


def _t37_copyright_prose(rng: random.Random, ctx: dict) -> list[str]:
    inst = _institute(rng)
    frames = [
        ("© {inst} {y}. This publication may be reproduced free of charge in any format for non-commercial research, "
         "provided it is reproduced accurately and the source is acknowledged."),
        ("All rights reserved. No part of this report may be stored in a retrieval system or transmitted in any form "
         "without the prior written permission of the {short}, except for brief quotation in reviews."),
        ("Copyright {y} {inst}. You may share this briefing for educational purposes, but please contact {mail} "
         "before republishing any charts or tables in full."),
    ]
    return [_pick(rng, frames, inst=inst, short=_short(inst), y=_year(rng),
                  mail=f"publications@{_domain(inst)}")]


def _t37_views_disclaimer(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("The views expressed in this paper are those of the authors and do not necessarily represent those of the "
         "{inst}, its trustees or its funders, which take no institutional positions."),
        ("Working papers are circulated for discussion and comment and have not been peer reviewed; please contact "
         "the authors before citing them elsewhere."),
        ("This briefing reflects the evidence available at the time of writing, {month} {y}, and will not be updated "
         "to take account of later changes in policy or data."),
        ("Any errors or omissions are the responsibility of the authors. Nothing in this report should be taken as "
         "representing the official position of the {dept}."),
        ("This is an independent report commissioned by the {dept}. Its conclusions are the authors' own and the "
         "department has not yet published a formal response."),
    ]
    return [_pick(rng, frames, inst=_institute(rng), month=rng.choice(MONTHS), y=_year(rng),
                  dept=rng.choice(DEPTS37))]


def _t37_foi_header(rng: random.Random, ctx: dict) -> list[str]:
    y = _year(rng)
    dept = rng.choice(DEPTS37 + [f"{_place(rng)} Borough Council", f"{_place(rng)} Harbour Authority"])
    lines = [dept, f"{rng.randint(1, 90)} {rng.choice(['Wharf Street', 'Civic Way', 'Keel Row'])}, {_place(rng)}",
             rng.choice([f"Our ref: FOI-{y}-{_digits(rng, 4)}", f"Reference: FOI/{y}/{_digits(rng, 5)}",
                         f"Case ref {rng.choice('FRE')}{_digits(rng, 6)}"]),
             f"Date: {_date(rng)}",
             rng.choice([f"Freedom of Information request: {rng.choice(TOPICS37)}", "Request for information",
                         "RE: Your information request", "FOI response"]),
             rng.choice(["Dear Requester,", f"Dear Mr {_last(rng)},", f"Dear Ms {_last(rng)},",
                         f"Dear {rng.choice(FIRST14)},", "Dear Sir or Madam,"])]
    return some(rng, lines, 3, 6)


def _t37_foi_letter_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("Thank you for your email of {dm}, in which you asked for information about {topic}. Your request has been "
         "handled under the Freedom of Information Act."),
        ("I can confirm that the {dept} holds some of the information you requested, and I have set it out in the "
         "table attached to this letter, broken down by financial year."),
        ("We aim to answer all requests within twenty working days but needed more time on this occasion to "
         "consider the public interest, and I apologise for the delay."),
        ("Some of the information you asked for is already published: the figures for {y} appear in our annual "
         "report, which can be found on our website, so it is exempt from disclosure."),
        ("Locating, retrieving and extracting the remaining information would exceed the appropriate cost limit, so "
         "we are not obliged to comply with that part of your request."),
        ("You may be able to obtain the information within the cost limit if you narrow your request, for example "
         "by asking for a single year or for {place} only."),
    ]
    return [_pick(rng, frames, dm=_dm(rng), topic=rng.choice(TOPICS37), dept=rng.choice(DEPTS37), y=_year(rng),
                  place=_place(rng))]


def _t37_foi_exemption_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("Some names have been withheld under section {s} because they are the personal data of junior officials, "
         "and releasing them would breach the data protection principles."),
        ("We have weighed the public interest in releasing information about {topic}, but concluded that it is "
         "outweighed by the need to protect commercial confidentiality during a live procurement."),
        ("The {dept} neither confirms nor denies whether it holds further information of the kind you describe, "
         "since doing so would itself disclose exempt information."),
        ("Redactions in the attached documents are marked with the relevant exemption; where a whole page has been "
         "withheld, a placeholder page bearing the same reference has been inserted."),
        ("Section {s} applies to the draft advice you asked for, because its release would be likely to inhibit the "
         "free and frank exchange of views for the purposes of deliberation."),
    ]
    return [_pick(rng, frames, s=rng.choice(["40(2)", "43(2)", "35(1)(a)", "36(2)(b)", "41", "31(1)(a)"]),
                  topic=rng.choice(TOPICS37), dept=rng.choice(DEPTS37))]


def _t37_foi_review_prose(rng: random.Random, ctx: dict) -> list[str]:
    dept = rng.choice(DEPTS37)
    ref = f"FOI-{_year(rng)}-{_digits(rng, 4)}"
    mail = f"{rng.choice(['foi', 'information.rights', 'inforequests'])}@{_domain(dept, '.gov.uk')}"
    frames = [
        ("If you are unhappy with how your request has been handled, you may ask for an internal review. Please do "
         "so within forty working days of the date of this letter."),
        ("If you remain dissatisfied after the review, you can complain to the Information Rights Ombudsman, who will "
         "not normally consider a case until our own procedure has been exhausted."),
        ("Please quote the reference {ref} in any further correspondence about this request, and write to {mail} or "
         "to the postal address at the top of this letter."),
    ]
    out = [_pick(rng, frames, ref=ref, mail=mail)]
    if rng.random() < 0.5:
        out += ["", rng.choice(["Yours sincerely,", "Yours faithfully,", "Kind regards,"]), _name(rng),
                rng.choice(["Information Rights Team", "FOI Officer", "Information Governance Unit"])]
    return out


def _t37_hansard_column(rng: random.Random, ctx: dict) -> list[str]:
    n, y = rng.randint(20, 1400), _year(rng)
    mon = rng.choice(MONTHS)
    d, vol = rng.randint(1, 28), rng.randint(600, 760)
    return [rng.choice([f"{d} {mon[:3]} {y} : Column {n}", f"Column {n}", f"{n}WH", f"Col. {n}",
                        f"Parl. Deb., {d} {mon} {y}, c{n}", f"[Official Report, {d} {mon} {y}; Vol. {vol}, c. {n}.]",
                        f"{n}W", f"{d} {mon} {y} : Column {n}W"])]


def _t37_interruption(rng: random.Random, ctx: dict) -> list[str]:
    items = ["[Interruption.]", "Hon. Members: Hear, hear!", "Hon. Members: Shame!", "[Hon. Members: “Answer!”]",
             "[Laughter.]", f"{rng.choice(['Mr', 'Madam'])} Deputy Speaker: Order.", "rose—",
             "Several hon. Members rose—", "[Interruption.] Order. Order.", f"{_member(rng)} rose—",
             "[Hon. Members: “Withdraw!”]", "Hon. Members: More!"]
    return some(rng, items, 1, 3)


def _t37_member_speech(rng: random.Random, ctx: dict) -> list[str]:
    label = f"{_member(rng)} ({_constituency(rng)}) ({rng.choice(PARTIES37)}):"
    if rng.random() < 0.3:
        office = rng.choice(["The Minister", "The Parliamentary Under-Secretary", "The Secretary of State"])
        brief = rng.choice(["Regional Renewal", "Inland Waters", "Skills", "Rural Connectivity"])
        label = f"{office} for {brief} ({_member(rng)}):"
    frames = [
        ("I thank the Minister for advance sight of her statement, but my constituents in {place} have waited {k} "
         "years for action on {topic} and will not be satisfied by another consultation."),
        ("Will my right hon. Friend join me in congratulating the volunteers at {place} lifeboat station, who have "
         "answered more than {n} call-outs since the station reopened?"),
        ("The hon. Gentleman makes a fair point, and I will make sure officials write to him with the figures for "
         "his constituency before the House rises for the recess."),
        ("Is the Minister aware that the waiting list for {topic} in {place} has doubled since {y}, and what "
         "representations has she received from the local health board?"),
        ("I beg to move, That the Bill be now read a Second time. It is a short Bill, but it addresses a problem "
         "that has troubled communities along the {river} for a generation."),
        ("I am grateful for that answer, but may I press the Minister on the timetable? The {bill} was promised in "
         "the last Session and there is still no sign of it."),
    ]
    speech = _pick(rng, frames, place=_place(rng), k=rng.randint(3, 15), topic=rng.choice(TOPICS37),
                   n=rng.randint(40, 900), y=_year(rng), river=f"River {rng.choice(['Wendle', 'Ouseley', 'Tarn'])}",
                   bill=rng.choice(BILLS37))
    return [label + " " + speech] if rng.random() < 0.5 else [label, speech]


def _t37_division(rng: random.Random, ctx: dict) -> list[str]:
    a, b = rng.randint(180, 360), rng.randint(150, 340)
    out = [f"Division No. {rng.randint(1, 400)}", f"[{rng.randint(1, 11)}.{rng.randint(0, 59):02d} pm]"]
    if rng.random() < 0.5:
        out = [f"The House divided: Ayes {a}, Noes {b}."]
    out.append("AYES")
    out += [f"{_last(rng)}, {rng.choice(['', '', 'rh ', 'Dr '])}{rng.choice(FIRST14)}"
            for _ in range(rng.randint(2, 5))]
    if rng.random() < 0.6:
        out += ["NOES"] + [f"{_last(rng)}, {rng.choice(FIRST14)}" for _ in range(rng.randint(2, 4))]
    out += ["Tellers for the Ayes:", f"{_member(rng)} and", f"{_member(rng)}"] if rng.random() < 0.5 else []
    out.append(rng.choice(["Question accordingly agreed to.", "Question accordingly negatived.",
                           f"Ayes {a}, Noes {b}"]))
    return out


def _t37_question_put(rng: random.Random, ctx: dict) -> list[str]:
    items = ["Question put and agreed to.", f"Bill accordingly read a {rng.choice(['Second', 'Third'])} time.",
             "Resolved,", f"That this House has considered {rng.choice(TOPICS37)}.",
             "Ordered, That the Bill be committed to a Public Bill Committee.",
             f"Motion made, and Question proposed, That the clause be read a Second time.—({_member(rng)}.)",
             f"Question put forthwith (Standing Order No. {rng.randint(10, 90)}).", "Bill to be considered tomorrow.",
             f"{rng.choice(BILLS37)}", "Question put (single Question on successive provisions of the Bill).",
             f"Clause {rng.randint(1, 40)} ordered to stand part of the Bill.",
             (f"Amendment {rng.randint(1, 60)}, page {rng.randint(1, 30)}, line {rng.randint(1, 40)}, leave out "
              f"“may” and insert “must”.—({_member(rng)}.)")]
    return some(rng, items, 1, 4)


def _t37_speaker_prose(rng: random.Random, ctx: dict) -> list[str]:
    chair = rng.choice(["Mr Speaker", "Madam Deputy Speaker", "Mr Deputy Speaker", "Madam Speaker", "The Chair"])
    frames = [
        ("Order. I remind hon. Members that interventions should be brief, and a great many colleagues still hope "
         "to catch my eye before the wind-ups begin at {t}."),
        ("Order. The hon. Member for {const} knows perfectly well that he must not refer to other Members in those "
         "terms, and I invite him to withdraw the remark."),
        ("I have selected amendment {k} in the name of the Leader of the Opposition. I call the Minister to move the "
         "motion; there will be a time limit of {m} minutes on Back-Bench speeches."),
        ("Before we come to the next item, I should inform the House that I have received a letter from the Chair of "
         "the {committee} about the publication of its report."),
        ("Points of order come after statements. The hon. Lady has put her concern on the record, and I am sure the "
         "Whips will have heard it; we must now move on."),
    ]
    body = _pick(rng, frames, t=f"{rng.randint(5, 9)}.{rng.choice(['00', '15', '30', '40'])} pm",
                 const=_constituency(rng), k=rng.choice(["(a)", "(b)", str(rng.randint(1, 9))]),
                 m=rng.randint(4, 9), committee=rng.choice(COMMITTEES37))
    return [f"{chair}: {body}"] if rng.random() < 0.6 else [chair, body]


def _t37_committee_header(rng: random.Random, ctx: dict) -> list[str]:
    committee = rng.choice(COMMITTEES37)
    inquiry = rng.choice(TOPICS37)
    y = _year(rng)
    q1 = rng.randint(1, 120)
    lines = [committee, f"Oral evidence: {inquiry[0].upper() + inquiry[1:]}, HC {rng.randint(100, 1900)}",
             f"{rng.choice(WEEKDAYS)} {_dm(rng)} {y}", f"Ordered by the House to be published on {_dm(rng)} {y}.",
             f"Members present: {_member(rng)} (Chair); " + "; ".join(_member(rng) for _ in range(rng.randint(2, 4))),
             f"Questions {q1}–{q1 + rng.randint(10, 60)}",
             f"Witnesses: I: {_name(rng)}, Chief Executive, {_institute(rng)}; and {_name(rng)}, {rng.choice(UNIS37)}.",
             "Examination of witnesses"]
    return some(rng, lines, 3, 7)


def _t37_committee_transcript(rng: random.Random, ctx: dict) -> list[str]:
    witness = f"{rng.choice(['Dr', 'Professor', 'Ms', 'Mr'])} {_last(rng)}"
    qs = [
        ("Thank you for coming in this morning. Could you start by telling the Committee how many {unit}s in {place} "
         "are operating below their funded capacity?"),
        ("You told us in your written evidence that the pilot had been a success. On what basis did you reach that "
         "conclusion, given that the evaluation has not been published?"),
        ("How confident are you that the {y} target will be met, and what would you say to residents in {place} who "
         "have seen no improvement at all?"),
    ]
    ans = [
        ("I would not put it quite like that. What I said was that the early signs were encouraging, and we will "
         "have much firmer data when the second wave reports in {month}."),
        ("It is fair to say that we underestimated how long recruitment would take. We now have {k} posts filled "
         "out of {k2}, and the rest should be in place by the spring."),
        ("I am happy to write to the Committee with the precise figures; I would not want to give you a number from "
         "memory and then have to correct the record."),
    ]
    fills = {"unit": rng.choice(UNITS37), "place": _place(rng), "y": _year(rng, 2026, 2030),
             "month": rng.choice(MONTHS), "k": rng.randint(10, 60), "k2": rng.randint(61, 120)}
    chair = rng.choice(["Chair", _member(rng)])
    out = []
    if rng.random() < 0.7:
        out.append(f"Q{rng.randint(1, 240)} {chair}: {_pick(rng, qs, **fills)}")
    out.append(f"{witness}: {_pick(rng, ans, **fills)}")
    return out


def _t37_uncorrected_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("What follows is an unrevised transcript of evidence given in public session. It has not been checked by "
         "witnesses or by members of the Committee and may contain errors."),
        ("Readers quoting from this record should note that it is provisional: witnesses have until {dm} to submit "
         "corrections, after which an approved version will replace this one."),
        ("The published version of this transcript may differ. Corrections of fact, but not of substance, will be "
         "accepted from witnesses and Members for {k} working days after the session."),
        ("This record has been prepared from the audio feed of the meeting and is made available for information "
         "only; it does not constitute the formal minutes of the {committee}."),
    ]
    out = [rng.choice(["UNCORRECTED TRANSCRIPT", "Uncorrected evidence", "Provisional transcript", "IMPORTANT"])] \
        if rng.random() < 0.5 else []
    return out + [_pick(rng, frames, dm=_dm(rng), k=rng.randint(5, 15), committee=rng.choice(COMMITTEES37))]


def _t37_received_accepted(rng: random.Random, ctx: dict) -> list[str]:
    bits = [f"Received: {_date(rng)}", f"Revised: {_date(rng)}", f"Accepted: {_date(rng)}",
            f"Published online: {_date(rng)}", f"First published {_date(rng)}", f"Issue date: {_date(rng)}"]
    return glue(rng, some(rng, bits, 2, 4), 0.6, (" | ", "; ", " / ", "   "))


def _t37_keywords(rng: random.Random, ctx: dict) -> list[str]:
    kws = rng.sample(TOPICS37 + OUTCOMES37 + ["panel data", "difference-in-differences", "local government",
                                              "inequality", "qualitative interviews"], rng.randint(3, 6))
    out = [rng.choice(["Keywords: ", "Key words: ", "KEYWORDS ", "Subject terms: "]) +
           rng.choice(["; ", ", ", " · "]).join(kws)]
    if rng.random() < 0.5:
        out.append("JEL classification: " + ", ".join(f"{rng.choice('HIJR')}{rng.randint(10, 99)}"
                                                       for _ in range(rng.randint(2, 4))))
    return out


def _t37_abstract_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("This paper examines the effect of {topic} on {outcome} using a panel of {n} {unit}s observed between {y1} "
         "and {y2}. We find that a ten per cent rise in exposure is associated with a {x} point fall in {outcome}."),
        ("Drawing on {k} interviews and a survey of {n} residents in {place}, we argue that {topic} is shaped as much "
         "by local institutional capacity as by national funding decisions."),
        ("We exploit a discontinuity in eligibility rules to estimate the causal impact of the {policy} on {outcome}. "
         "Effects are concentrated among {group} and fade within {k2} years."),
        ("Using linked administrative data for {n} {group}, we document large and persistent differences in "
         "{outcome} by {bd}, only a small part of which is explained by observable characteristics."),
    ]
    y1 = _year(rng, 2001, 2012)
    body = _pick(rng, frames, topic=rng.choice(TOPICS37), outcome=rng.choice(OUTCOMES37), n=_num(rng, 120, 40000),
                 unit=rng.choice(UNITS37), y1=y1, y2=y1 + rng.randint(6, 12), x=rng.randint(2, 40) / 10,
                 k=rng.randint(20, 90), place=_place(rng), policy=rng.choice(POLICIES37), group=rng.choice(GROUPS37),
                 k2=rng.randint(2, 6), bd=rng.choice(BREAKDOWNS37))
    return ([rng.choice(["Abstract", "ABSTRACT", "Summary"]), body] if rng.random() < 0.6
            else [rng.choice(["Abstract: ", "Background: ", ""]) + body])


def _t37_foreword_prose(rng: random.Random, ctx: dict) -> list[str]:
    inst = _institute(rng)
    frames = [
        ("When we began this inquiry two years ago, few of us expected {topic} to become a national story. That it "
         "has done so is a tribute to the families in {place} who spoke to us."),
        ("I am proud to introduce the {inst}'s {ord} annual review. It has been a difficult year for the sector, but "
         "this report shows what can be achieved when {group} are listened to."),
        ("This report is the culmination of eighteen months' work by a small and dedicated team. I would like to "
         "thank my fellow commissioners for the time and care they have given it."),
    ]
    label = rng.choice([f"Foreword by {_name(rng)}, Chair of Trustees", "Foreword", "Introduction from the Chair",
                        f"A message from our chief executive, {_name(rng)}"])
    body = _pick(rng, frames, topic=rng.choice(TOPICS37), place=_place(rng), inst=inst,
                 ord=rng.choice(["fifth", "seventh", "tenth", "twelfth", "third"]), group=rng.choice(GROUPS37))
    return [label, body] if rng.random() < 0.7 else [body]


def _t37_written_question(rng: random.Random, ctx: dict) -> list[str]:
    dept = rng.choice(["Regional Renewal", "Inland Waters", "Rural Connectivity", "Care and Communities"])
    asks = [
        ("To ask the Secretary of State for {dept}, what assessment she has made of the adequacy of funding for "
         "{topic} in {place}; and if she will make a statement."),
        ("To ask the Secretary of State for {dept}, how many applications to the {policy} were received from {place} "
         "in each of the last {k} years."),
    ]
    answers = [
        ("The Department does not hold information in the format requested. Allocations for {y} were published on "
         "{dm} and a copy has been placed in the Library of the House."),
        ("We keep funding for {topic} under review. Officials met representatives from {place} in {month} and will "
         "continue to work closely with the council on its proposals."),
    ]
    fills = {"dept": dept, "topic": rng.choice(TOPICS37), "place": _place(rng), "policy": rng.choice(POLICIES37),
             "k": rng.randint(2, 5), "y": _year(rng), "dm": _dm(rng), "month": rng.choice(MONTHS)}
    out = []
    if rng.random() < 0.5:
        out.append(f"{_member(rng)} ({_constituency(rng)}): {rng.randint(1000, 99999)}")
    out.append(_pick(rng, asks, **fills))
    if rng.random() < 0.6:
        out.append(f"Answered by {_member(rng)} on {_dm(rng)}" if rng.random() < 0.5 else "Answer:")
        out.append(_pick(rng, answers, **fills))
    return out


def _t37_pdf_running_header(rng: random.Random, ctx: dict) -> list[str]:
    inst = _institute(rng)
    p, y = rng.randint(2, 120), _year(rng)
    wp = f"{y % 100:02d}/{rng.randint(1, 40):02d}"
    return [rng.choice([f"{_short(inst)} | {_work_title(rng)} | {p}", f"{p}    {_short(inst)} Working Paper {wp}",
                        f"Page {p} of {p + rng.randint(1, 80)}",
                        f"{inst}  {p}", f"{p} | {rng.choice(MONTHS)} {y}", f"— {p} —",
                        f"{_work_title(rng).upper()}   {p}"])]


def _t37_competing_interests(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("Competing interests: {p1} has received consultancy fees from {firm}; all other authors declare that they "
         "have no competing interests relevant to this work."),
        ("Declaration of interest: the authors report no conflicts. {p1} is an unpaid trustee of the {fund}, which "
         "did not contribute to or review this report."),
        ("{p1} sits on an advisory panel for the {dept}; the department had no sight of this report before "
         "publication and did not influence its conclusions."),
        ("Disclosure: {p1} previously worked for {firm}, one of the providers discussed in chapter {k}, and left the "
         "company more than three years before this study began."),
    ]
    return [_pick(rng, frames, p1=_name(rng), firm=rng.choice(FIRMS37), fund=rng.choice(FUNDERS37),
                  dept=rng.choice(DEPTS37), k=rng.randint(2, 7))]


def _t37_data_availability(rng: random.Random, ctx: dict) -> list[str]:
    uni = rng.choice(UNIS37)
    frames = [
        ("Data availability: the survey microdata behind this article are held by the Carrowmere Social Data "
         "Archive and can be accessed by registered researchers under a special licence."),
        ("The code used to produce the figures in this report is available from {url}, together with instructions "
         "for obtaining the source data from the {dept}."),
        ("Because of the terms on which the linked records were supplied, we cannot share the underlying data; "
         "aggregated tables are provided in the supplementary material."),
        ("Replication files, including the cleaned panel and all estimation scripts, will be deposited with "
         "{uni}'s research repository on publication of the final version."),
    ]
    return [_pick(rng, frames, url=f"https://code.{_domain(uni)}/{_last(rng).lower()}/{_slug(rng.choice(TOPICS37))}",
                  dept=rng.choice(DEPTS37), uni=uni)]


def _t37_limitations_prose(rng: random.Random, ctx: dict) -> list[str]:
    pairs = [("temporary and permanent exclusions", "exclusions"), ("owner-occupiers and mortgagors", "tenure"),
             ("first and repeat referrals", "demand"), ("full-time and part-time posts", "staffing")]
    a, b = rng.choice(pairs)
    frames = [
        ("These estimates should be treated with caution. The sample of {unit}s is small, response rates fell "
         "sharply in {y}, and those who declined may differ systematically from those who took part."),
        ("A further limitation is that the data do not distinguish between {a}, so some of the apparent change in "
         "{b} may reflect reclassification rather than a genuine shift."),
        ("Our findings describe associations rather than causal effects; unmeasured factors, such as local labour "
         "market conditions in {place}, may account for part of the pattern we observe."),
        ("We were unable to follow up participants beyond {k} months, so we cannot say whether the improvements we "
         "observed in {outcome} were sustained once the pilot ended."),
    ]
    return [_pick(rng, frames, unit=rng.choice(UNITS37), y=_year(rng), a=a, b=b, place=_place(rng),
                  k=rng.choice([6, 9, 12, 18]), outcome=rng.choice(OUTCOMES37))]


def _t37_related_reports(rng: random.Random, ctx: dict) -> list[str]:
    inst = _institute(rng)
    out = [rng.choice(["Related publications", f"Also from the {_short(inst)}", "Further reading",
                       "Previous reports in this series", "You may also be interested in"])]
    items = _headlines(rng, ctx, rng.randint(1, 2)) + [_work_title(rng) for _ in range(rng.randint(1, 3))]
    rng.shuffle(items)
    for it in items:
        kind = rng.choice(["Report", "Briefing", "Blog", "Working paper", "Evidence submission"])
        out.append(rng.choice([f"{it} ({kind}, {rng.choice(MONTHS)} {_year(rng)})", f"{kind}: {it}",
                               f"{it} — PDF, {rng.randint(8, 96)} pages", it]))
    return out


def _t37_citation(rng: random.Random, ctx: dict) -> list[str]:
    inst = _institute(rng)
    y = _year(rng)
    who = f"{_last(rng)}, {_initial(rng)}." + (f" and {_last(rng)}, {_initial(rng)}." if rng.random() < 0.6 else "")
    label = rng.choice(["Suggested citation: ", "Cite as: ", "How to cite this report: ", "Citation: "])
    out = [label + rng.choice([f"{who} ({y}) {_work_title(rng)}. {_place(rng)}: {inst}.",
                               f"{_short(inst)} ({y}). {_work_title(rng)}. Report no. {rng.randint(10, 200)}."])]
    if rng.random() < 0.3:
        out.append(rng.choice(["Copy citation", "Download citation (RIS)", "Export to BibTeX"]))
    return out


def _thirtyseventh_templates() -> dict[str, tuple[str, Template]]:
    """Research, report and parliamentary furniture pasted into news copy."""
    return {
        "s37_marker_run": ("i", _t37_marker_run),
        "s37_numbered_notes": ("t", _t37_numbered_notes),
        "s37_footnote_prose": ("it", _t37_footnote_prose),
        "s37_refs_apa": ("t", _t37_refs_apa),
        "s37_refs_numbered": ("t", _t37_refs_numbered),
        "s37_refs_author_date": ("t", _t37_refs_author_date),
        "s37_doi_line": ("ht", _t37_doi_line),
        "s37_figure_caption": ("hi", _t37_figure_caption),
        "s37_figure_prose": ("hi", _t37_figure_prose),
        "s37_table_block": ("hi", _t37_table_block),
        "s37_table_note_prose": ("it", _t37_table_note_prose),
        "s37_data_source": ("hit", _t37_data_source),
        "s37_methodology_prose": ("it", _t37_methodology_prose),
        "s37_sampling_prose": ("it", _t37_sampling_prose),
        "s37_appendix_header": ("t", _t37_appendix_header),
        "s37_acknowledgements_prose": ("t", _t37_acknowledgements_prose),
        "s37_funding_prose": ("t", _t37_funding_prose),
        "s37_affiliations": ("ht", _t37_affiliations),
        "s37_orcid": ("ht", _t37_orcid),
        "s37_correspondence": ("ht", _t37_correspondence),
        "s37_glossary_box": ("i", _t37_glossary_box),
        "s37_glossary_prose": ("it", _t37_glossary_prose),
        "s37_key_findings_list": ("it", _t37_key_findings_list),
        "s37_key_findings_prose": ("it", _t37_key_findings_prose),
        "s37_recommendations_list": ("t", _t37_recommendations_list),
        "s37_recommendations_prose": ("it", _t37_recommendations_prose),
        "s37_contents": ("h", _t37_contents),
        "s37_report_chrome": ("ht", _t37_report_chrome),
        "s37_charity_prose": ("t", _t37_charity_prose),
        "s37_copyright_prose": ("t", _t37_copyright_prose),
        "s37_views_disclaimer": ("ht", _t37_views_disclaimer),
        "s37_foi_header": ("h", _t37_foi_header),
        "s37_foi_letter_prose": ("hi", _t37_foi_letter_prose),
        "s37_foi_exemption_prose": ("it", _t37_foi_exemption_prose),
        "s37_foi_review_prose": ("t", _t37_foi_review_prose),
        "s37_hansard_column": ("hi", _t37_hansard_column),
        "s37_interruption": ("i", _t37_interruption),
        "s37_member_speech": ("i", _t37_member_speech),
        "s37_division": ("t", _t37_division),
        "s37_question_put": ("it", _t37_question_put),
        "s37_speaker_prose": ("i", _t37_speaker_prose),
        "s37_committee_header": ("h", _t37_committee_header),
        "s37_committee_transcript": ("i", _t37_committee_transcript),
        "s37_uncorrected_prose": ("h", _t37_uncorrected_prose),
        "s37_received_accepted": ("h", _t37_received_accepted),
        "s37_keywords": ("h", _t37_keywords),
        "s37_abstract_prose": ("h", _t37_abstract_prose),
        "s37_foreword_prose": ("h", _t37_foreword_prose),
        "s37_written_question": ("it", _t37_written_question),
        "s37_pdf_running_header": ("i", _t37_pdf_running_header),
        "s37_competing_interests": ("t", _t37_competing_interests),
        "s37_data_availability": ("t", _t37_data_availability),
        "s37_limitations_prose": ("i", _t37_limitations_prose),
        "s37_related_reports": ("t", _t37_related_reports),
        "s37_citation": ("t", _t37_citation),
    }


# --- thirtyeighth: legal and standards notices, audio pages and app chrome ------------------------------------------

OUTLETS38 = ["The Wyvernbridge Clarion", "Carrowmere Daily Post", "Brackwater Echo", "The Kingswarren Dispatch",
             "Ellesmoor Record", "Pendreth Weekly Chronicle", "The Lowdrift Lamp"]
REGULATORS38 = ["Press Conduct Board", "Independent Journalism Standards Authority", "News Complaints Council"]
OFFENCES38 = ["causing death by careless driving", "fraud by false representation",
              "assault occasioning actual bodily harm", "arson with intent to endanger life",
              "possession of cannabis with intent to supply", "theft by an employee", "harassment", "money laundering",
              "burglary", "perverting the course of justice", "dangerous driving", "stalking",
              "handling stolen goods", "criminal damage"]
COURTS38 = ["Crown Court", "Magistrates' Court", "Youth Court", "County Court", "Coroner's Court"]
STREETS38 = ["Hawthorn Rise", "Cooper's Lane", "Brewhouse Yard", "Chapel Terrace", "Salter Street", "Meadowsweet Close",
             "Gannet Way", "Old Tollgate Road", "Foundry Walk", "Linnet Drive"]
SHOWS38 = ["Tidewater Tuesdays", "The Ledger Lamp", "Small Print Hours", "Fourth Estate Kitchen", "The Nightdesk",
           "Quarter to Deadline", "Lantern Room", "Clarion Daily", "The Long Commute"]
POD_APPS38 = ["Earshot", "Podnest", "Wavelet", "Tunewell", "Hearthside", "Loudleaf", "Orbicast"]
SPONSORS38 = [("Nimbleroot", "recipe boxes"), ("Fernhollow", "mattresses"), ("Quillpath", "online courses"),
              ("Brightcastle", "a VPN service"), ("Tandemleaf", "a budgeting app"),
              ("Mossgrove", "coffee subscriptions"), ("Kindlewick", "candles"), ("Harbourline", "pet insurance"),
              ("Pebblestep", "running shoes")]
EPISODE_TOPICS38 = ["the collapse of a seaside theatre company", "why ferry fares keep rising",
                    "a year inside a rural GP surgery", "the strange economics of school uniforms",
                    "the fight over a village green", "what happened to the town's trams",
                    "the return of the night bus", "a whistleblower at the water company",
                    "the last bookbinder on the high street", "who owns the harbour"]
APP_FEATURES38 = ["offline reading", "breaking news alerts", "a cleaner reading view", "audio versions of our stories",
                  "saved articles that sync across devices", "the daily puzzle", "live match centres",
                  "personalised local weather"]


def _outlet38(rng: random.Random) -> str:
    """An outlet name for use after "the" or at the start of a sentence."""
    return rng.choice(OUTLETS38).removeprefix("The ")


def _app_name(rng: random.Random) -> str:
    return rng.choice(OUTLETS38).removeprefix("The ")


def _age(rng: random.Random) -> int:
    return rng.randint(19, 71)


def _dur(rng: random.Random, lo: int = 8, hi: int = 75) -> str:
    m = rng.randint(lo, hi)
    return rng.choice([f"{m} min", f"{m} mins", f"{m}m", f"{m}:{rng.randint(0, 59):02d}", f"{m} minutes"])


def _clock(rng: random.Random, hi: int = 55) -> str:
    m, s = rng.randint(0, hi), rng.randint(0, 59)
    return f"{m:02d}:{s:02d}" if rng.random() < 0.7 else f"0:{m:02d}:{s:02d}"


def _t38_restriction_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("Nothing may be published that could lead members of the public to identify the {who} in this case, "
         "including {detail}, under an order made by the judge at {place} {court}."),
        ("A court order prevents us from naming the {who} or reporting any detail that might reveal where they "
         "live or go to school. The order remains in force until further notice."),
        ("This report has been edited to comply with an order of the court restricting publication of certain "
         "evidence until the conclusion of a linked trial, expected to begin in {month}."),
        ("Reporting of these proceedings is restricted. We are permitted to publish only the names of the parties, "
         "the charges and the date of the next hearing, which is listed for {dm}."),
        ("Publication of the {who}'s identity is prohibited by law, and we have removed details from earlier "
         "versions of this page that could, taken together, have allowed identification."),
    ]
    return [_pick(rng, frames, who=rng.choice(["complainant", "child", "young defendant", "witness", "alleged victim"]),
                  detail=rng.choice(["the name of their school", "their street", "photographs of their family",
                                     "their employer"]),
                  place=_place(rng), court=rng.choice(COURTS38[:3]), month=rng.choice(MONTHS), dm=_dm(rng))]


def _t38_contempt_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("Because criminal proceedings are now active, comments have been disabled on this story and readers are "
         "asked not to speculate about the case on our social media pages."),
        ("Please be aware that anything you post about a live trial could amount to contempt of court. We will "
         "remove posts that discuss evidence or the guilt of the accused."),
        ("As a case is due before {place} {court}, we cannot open this article to comments. Our usual rules on "
         "discussion will apply again once the proceedings have concluded."),
        ("Legal restrictions mean we are not able to accept reader contributions on this report. We apologise for any "
         "inconvenience and thank you for your understanding."),
    ]
    return [_pick(rng, frames, place=_place(rng), court=rng.choice(COURTS38[:2]))]


def _t38_anonymity_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("Anyone who reports a sexual offence has the right to remain anonymous for life, and that protection "
         "applies whether or not the case results in a conviction."),
        ("Under longstanding rules, a person who alleges they were the victim of a sexual offence may not be named in "
         "any publication during their lifetime unless they give written consent."),
        ("The {outlet} does not identify children involved in criminal cases, whether as defendants, victims or "
         "witnesses, unless a judge has lifted the restriction and we judge it in the public interest."),
        ("Names in this report have been changed. The people who spoke to us did so on condition that nothing be "
         "published that might identify them to their employers or families."),
    ]
    return [_pick(rng, frames, outlet=_outlet38(rng))]


def _t38_right_of_reply(rng: random.Random, ctx: dict) -> list[str]:
    firm = rng.choice(["Corbridge Lettings", "Saltmarsh Haulage", "Ashvale Homes", "Merrow Care Ltd",
                       "Tollgate Leisure", "Dunwarren Developments"])
    frames = [
        ("{firm} was approached for comment before publication and given {k} days to respond to the points raised, "
         "but had not replied by the time this article was updated."),
        ("We contacted lawyers acting for {name}, who said their client would not be commenting while an internal "
         "investigation was ongoing; we will update this story if that changes."),
        ("A spokesperson for {firm} later contacted the {outlet} to say the company disputed several of the claims, "
         "but declined to specify which ones or to provide any documents."),
        ("In the interests of fairness, we put each allegation to {name} in writing on {dm}. A full response, "
         "published unedited, can be found at the foot of this page."),
    ]
    return [_pick(rng, frames, firm=firm, k=rng.randint(2, 7), name=_name(rng), outlet=_outlet38(rng), dm=_dm(rng))]


def _t38_complaints_prose(rng: random.Random, ctx: dict) -> list[str]:
    outlet = _outlet38(rng)
    reg = rng.choice(REGULATORS38)
    frames = [
        ("The {outlet} is regulated by the {reg}. If you think we have breached its code, please contact our readers' "
         "editor first; if you are not satisfied, you may then refer the matter to the regulator."),
        ("We aim to correct errors promptly and prominently. To report an inaccuracy, email {mail} with a link to "
         "the article and an explanation of what you believe is wrong."),
        ("Complaints about the editorial content of this page are handled under our published procedure, and we aim "
         "to acknowledge every complaint within {k} working days."),
        ("Our journalists follow the editors' code of the {reg}. You can read it, along with details of how to make "
         "a complaint and our latest annual statement, on the standards page."),
    ]
    return [_pick(rng, frames, outlet=outlet, reg=reg, mail=f"corrections@{_domain(outlet)}", k=rng.randint(2, 7))]


def _t38_regulator_footer(rng: random.Random, ctx: dict) -> list[str]:
    outlet = rng.choice(OUTLETS38)
    bits = [f"Regulated by the {rng.choice(REGULATORS38)}", f"Complaints: standards@{_domain(outlet)}",
            "Editorial complaints", "Corrections & clarifications", "Editors' code", "Our standards",
            f"© {_year(rng, 2023, 2025)} {outlet}", "Ethics policy", "Right of reply"]
    return glue(rng, some(rng, bits, 2, 5), 0.6)


def _t38_court_listing(rng: random.Random, ctx: dict) -> list[str]:
    place = _place(rng)
    out = [rng.choice([f"{place} Crown Court – Court {rng.randint(1, 8)}",
                       f"Court listings: {place} {rng.choice(COURTS38[:2])}", "IN COURT THIS WEEK",
                       f"{place} Magistrates' Court, {rng.choice(WEEKDAYS)} {_dm(rng)}"])]
    times = sorted((rng.randint(9, 14), rng.choice(["00", "15", "30", "45"])) for _ in range(rng.randint(2, 5)))
    for hour, mins in times:
        t = f"{hour}.{mins}"
        case = rng.choice([f"R v {_name(rng)}", f"R v {_last(rng).upper()}", f"{_last(rng)} v {_last(rng)}",
                           f"R v {_name(rng)} and {_name(rng)}"])
        tail = rng.choice(["Trial (day 3)", "Sentence", "Plea and trial preparation", "Mention", "For trial",
                           "Bail application", "Trial (continued)", ""])
        out.append(f"{t} {case}" + (f" – {tail}" if tail else ""))
    return out


def _t38_trial_continues(rng: random.Random, ctx: dict) -> list[str]:
    name, age = _name(rng), _age(rng)
    frames = [
        ("{name}, {age}, of {street}, {place}, denies {off}. The trial, which is expected to last {k} weeks, "
         "continues."),
        ("The case continues at {place} Crown Court, where jurors are expected to hear evidence from the defendant, "
         "{name}, {age}, later this week. {last} denies {off}."),
        ("Proceedings against {name} were adjourned until {wd}, when the court will hear closing speeches. "
         "{last}, who denies {off}, was granted bail."),
        ("The jury has been sent home for the day and will resume deliberations on {wd} morning in the trial of "
         "{name}, {age}, who denies {off}."),
    ]
    return [_pick(rng, frames, name=name, age=age, street=rng.choice(STREETS38), place=_place(rng),
                  off=rng.choice(OFFENCES38), k=rng.randint(2, 6), court=rng.choice(COURTS38[:2]),
                  last=name.split()[-1], wd=rng.choice(WEEKDAYS[:5]))]


def _t38_court_results(rng: random.Random, ctx: dict) -> list[str]:
    out = [rng.choice(["Magistrates' court results", "Court round-up", "Who's been in court",
                       f"{_place(rng)} court results", "Justice roll"])]
    for _ in range(rng.randint(2, 4)):
        penalty = rng.choice([f"Fined £{rng.randint(80, 1500)}, costs £{rng.randint(60, 400)}",
                              f"Community order, {rng.randint(40, 250)} hours unpaid work",
                              f"Disqualified for {rng.randint(6, 36)} months", "Conditional discharge",
                              f"{rng.randint(4, 30)} weeks' custody, suspended"])
        out.append(f"{_name(rng)}, {_age(rng)}, of {rng.choice(STREETS38)}, {_place(rng)}: "
                   f"{rng.choice(OFFENCES38)}. {penalty}.")
    return out


def _t38_corrections_prose(rng: random.Random, ctx: dict) -> list[str]:
    hl = _headline(rng, ctx)
    frames = [
        ("An article headlined “{hl}” ({dm}) said the scheme had cost £{m}m. In fact that was the total for three "
         "years, not one. We apologise for the error."),
        ("Our report “{hl}” misnamed the chair of the {place} residents' association. She is {name}, not {name2}, as "
         "we said. This has been corrected."),
        ("A picture caption accompanying “{hl}” wrongly placed the photograph in {place}; it was taken in {place2}. "
         "The online version has been amended."),
        ("We have been asked to point out that, contrary to the impression given in “{hl}”, {name} was not present "
         "at the meeting described and played no part in the decision."),
    ]
    p1, p2 = _places(rng, 2)
    out = [rng.choice(["Corrections and clarifications", "For the record", "Corrections", "Clarification"])] \
        if rng.random() < 0.6 else []
    return out + [_pick(rng, frames, hl=hl, dm=_dm(rng), m=rng.randint(2, 90), place=p1, place2=p2, name=_name(rng),
                        name2=_name(rng))]


def _t38_legal_labels(rng: random.Random, ctx: dict) -> list[str]:
    items = ["Reporting restrictions apply", "LEGAL", "Court case: live", "Comments are closed for legal reasons",
             "Subject to a court order", "Contains details of a criminal case", "Anonymity order in force",
             "Legally reviewed", f"Updated {_dm(rng)} to reflect a court ruling", "Sub judice", "Age-restricted report"]
    return glue(rng, some(rng, items, 1, 2), 0.5)


def _t38_elsewhere_court(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("Elsewhere in court, a {age}-year-old man from {place} was jailed for {k} months for {off} after "
         "the court heard he had {deed}."),
        ("In a separate case, {name}, {age}, of {street}, admitted {off} and will be sentenced next month; "
         "the judge warned that all options, including custody, remained open."),
        ("Also appearing this week was {name}, who was cleared of {off} after the prosecution offered no evidence. "
         "{last} left court without commenting."),
        ("A woman accused of {off} at a {place} garden centre will stand trial in {month}, after she pleaded not "
         "guilty at a brief hearing on {wd}."),
    ]
    name = _name(rng)
    return [_pick(rng, frames, age=_age(rng), place=_place(rng), k=rng.randint(4, 40), off=rng.choice(OFFENCES38),
                  deed=rng.choice(["ignored a police signal to stop", "targeted elderly neighbours",
                                   "reoffended within days of release", "used a false name"]),
                  name=name, last=name.split()[-1], street=rng.choice(STREETS38), month=rng.choice(MONTHS),
                  wd=rng.choice(WEEKDAYS[:5]))]


def _t38_listen_on(rng: random.Random, ctx: dict) -> list[str]:
    apps = some(rng, POD_APPS38, 2, 5)
    form = rng.choice(["Listen on {a}", "{a}", "Open in {a}", "Subscribe on {a}"])
    lines = [form.format(a=a) for a in apps] + some(rng, ["RSS", "Copy feed URL", "Follow", "Share"], 0, 2)
    if rng.random() < 0.5:
        lines.insert(0, rng.choice(["Listen and subscribe", "Listen now", "Available on", "Get the podcast"]))
    return glue(rng, lines, 0.6)


def _t38_episode_list(rng: random.Random, ctx: dict) -> list[str]:
    show = rng.choice(SHOWS38)
    out = [rng.choice([f"More from {show}", "More episodes", "Latest episodes", "All episodes", "Previous episodes"])]
    n = rng.randint(40, 320)
    titles = _headlines(rng, ctx, 2) + [rng.choice(EPISODE_TOPICS38).capitalize() for _ in range(2)]
    rng.shuffle(titles)
    for k, t in enumerate(titles[:rng.randint(2, 4)]):
        out.append(rng.choice([f"Ep {n - k} · {t} · {_dur(rng)}", f"{t}  {_dur(rng)}", f"#{n - k} {t}",
                               f"{_dm(rng)} · {t} · {_dur(rng)} · Play"]))
    return out


def _t38_show_notes(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("In this episode, {host} talks to {guest} about {topic}, and asks whether anything could have been done "
         "differently before it was too late."),
        ("This week on {show}: {topic}. {host} is joined by {guest}, who spent {k} months reporting the story for "
         "our investigations team."),
        ("{host} and {guest} look back at {topic}, with archive from the time and fresh interviews with some of the "
         "people who were there."),
        ("Coming up next week: {topic}, and a listener question about why {place} still has no cash machine. Send us "
         "your questions using the voice note link below."),
    ]
    return [_pick(rng, frames, host=_name(rng), guest=_name(rng), topic=rng.choice(EPISODE_TOPICS38),
                  show=rng.choice(SHOWS38), k=rng.randint(3, 18), place=_place(rng))]


def _t38_sponsor_read(rng: random.Random, ctx: dict) -> list[str]:
    brand, what = rng.choice(SPONSORS38)
    code = f"{rng.choice(SHOWS38).split()[-1].upper()}{rng.randint(10, 40)}"
    frames = [
        ("This episode is supported by {brand}, makers of {what}. Listeners get {pct}% off their first order with the "
         "code {code} at checkout."),
        ("Our thanks to {brand} for backing the show. I've been using {brand} for a few months now and honestly "
         "wouldn't go back; the link is in the episode description."),
        ("Before we get going, a word from {brand}. If you've been meaning to try {what}, head to their site and use "
         "code {code} for a free trial month."),
        ("{show} is made possible by listeners like you and by {brand}, who make {what}. Find out more, and claim the "
         "listener offer, using the link in our show notes."),
    ]
    return [_pick(rng, frames, brand=brand, what=what, pct=rng.choice([10, 15, 20, 25, 30]), code=code,
                  show=rng.choice(SHOWS38))]


def _t38_host_bio(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("{name} is the host of {show} and a former {role} at the {outlet}. {first} lives in {place} with two "
         "children and an unreasonable number of houseplants."),
        ("{name} presents {show}. Before joining the podcast team in {y}, {first} spent a decade as the {outlet}'s "
         "{role}, covering everything from floods to by-elections."),
        ("About the host: {name} has reported from {place} for more than fifteen years and was previously {role} at "
         "the {outlet}. {show} is {first}'s first podcast."),
        ("{name} joined the {outlet} as a trainee in {y} and has since worked as its {role}. When not making {show}, "
         "{first} can usually be found on the allotment."),
    ]
    name = _name(rng)
    return [_pick(rng, frames, name=name, first=name.split()[0], show=rng.choice(SHOWS38), role=rng.choice(
        ["courts correspondent", "political editor", "night editor", "health reporter", "chief sub-editor"]),
        outlet=_outlet38(rng), place=_place(rng), y=_year(rng, 2006, 2024))]


def _t38_chapter_times(rng: random.Random, ctx: dict) -> list[str]:
    labels = ["Intro", "Headlines", "The background", "Interview", "Your questions", "What happens next",
              "Sponsor break", "Listener mail", "Outro", "Recap", "Part two", "Credits"]
    out = [] if rng.random() < 0.5 else [rng.choice(["Chapters", "Timestamps", "In this episode", "CHAPTERS"])]
    m = 0
    for lab in some(rng, labels, 3, 6):
        s = rng.randint(0, 59)
        out.append(f"{m:02d}:{s:02d} {lab}" if rng.random() < 0.8 else f"({m}:{s:02d}) {lab}")
        m += rng.randint(1, 9)
    return out


def _t38_transcript_disclaimer(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("This transcript was produced automatically and lightly checked by a member of our team. It may contain "
         "errors, so please refer to the audio before quoting from it."),
        ("Transcripts are generated using speech recognition software and may not be word-for-word accurate. "
         "Timings are approximate and speaker labels may occasionally be wrong."),
        ("We publish transcripts to make {show} accessible to everyone. If you spot a mistake, please let us know "
         "and include the timestamp so we can find it quickly."),
        ("Please note that the audio is the authoritative version of this episode; the text below has been edited "
         "for readability and some passages have been condensed."),
    ]
    out = [rng.choice(["Transcript", "Read the transcript", "Full transcript", "TRANSCRIPT"])] \
        if rng.random() < 0.4 else []
    return out + [_pick(rng, frames, show=rng.choice(SHOWS38))]


def _t38_player_controls(rng: random.Random, ctx: dict) -> list[str]:
    total = f"{rng.randint(8, 70)}:{rng.randint(0, 59):02d}"
    bits = ["Play", "Pause", f"0:00 / {total}", f"{rng.choice(['1x', '1.25x', '1.5x', '2x', '0.75x'])}",
            "Download", "Skip back 15 seconds", "Skip forward 30 seconds", "Mute", f"-{total}", "Add to queue",
            "Playback speed", "Share episode"]
    return glue(rng, some(rng, bits, 2, 5), 0.6)


def _t38_narrated_article(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("Listen to this story. This article is read by an automated voice; some names and place names may be "
         "mispronounced, and the audio may not reflect later updates to the text."),
        ("Prefer to listen? This article has been narrated by {name} for the {outlet} audio edition and runs to "
         "about {k} minutes."),
        ("Audio versions of our journalism are available to subscribers. Press play to hear this article read aloud, "
         "or download it to listen later without a connection."),
        ("This narration was generated using a synthetic voice trained on one of our presenters, with their "
         "permission. Tell us what you think using the feedback button."),
    ]
    out = [_pick(rng, frames, name=_name(rng), outlet=_outlet38(rng), k=rng.randint(3, 14))]
    if rng.random() < 0.4:
        out.append(f"{rng.randint(3, 14)}:{rng.randint(0, 59):02d}")
    return out


def _t38_follow_show(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("Don't want to miss the next one? Follow {show} in {app} or your usual podcast app, and new episodes will "
         "land on your phone every {wd} morning."),
        ("If you enjoyed this episode, the nicest thing you can do is tell a friend about {show}. Reviews help too, "
         "and we read every single one."),
        ("{show} is a {outlet} production. You can find every episode, along with transcripts and show notes, on our "
         "podcasts page or by searching for us in {app}."),
        ("Got a story you think we should look into? Leave us a voice message of up to two minutes, or email the team "
         "at {mail}; we listen to everything."),
    ]
    show = rng.choice(SHOWS38)
    return [_pick(rng, frames, show=show, app=rng.choice(POD_APPS38), wd=rng.choice(WEEKDAYS), outlet=_outlet38(rng),
                  mail=f"{_slug(show).replace('-', '')}@{_domain(_outlet38(rng))}")]


def _t38_episode_meta(rng: random.Random, ctx: dict) -> list[str]:
    bits = [f"Season {rng.randint(1, 9)}, Episode {rng.randint(1, 40)}", _date(rng), _dur(rng), "Explicit",
            rng.choice(SHOWS38), f"{_num(rng, 1000, 90000)} plays", "Podcast", "Audio", "New episode"]
    return glue(rng, some(rng, bits, 2, 5), 0.7, (" · ", " | ", " • "))


def _t38_transcript_excerpt(rng: random.Random, ctx: dict) -> list[str]:
    host, guest = _name(rng), _name(rng)
    lines = [
        ("So take me back to that night. You're standing on the quay at {place}, the water's coming up, and nobody's "
         "answering the phone. What's going through your head?"),
        ("Honestly? I thought we'd lost the boats. We'd been warning the council about that wall for {k} years, and "
         "nobody wanted to know until it was too late."),
        ("And when the letter from the company finally arrived, what did it actually say? Because I've read it, and "
         "it doesn't say very much at all."),
        ("It said sorry for any inconvenience. That was it. Three months without water pressure and we got a "
         "voucher for {m} pounds and a leaflet about saving water."),
    ]
    fills = {"place": _place(rng), "k": rng.randint(3, 15), "m": rng.choice(["twenty", "thirty", "fifty"])}
    style = rng.choice(["upper", "first", "time"])
    out = []
    i = rng.randint(0, 2)
    for j, who in enumerate([host, guest][:rng.randint(1, 2)]):
        text = lines[i + j].format(**fills)
        if style == "upper":
            lab = who.split()[0].upper() + ":"
        elif style == "first":
            lab = who + ":"
        else:
            lab = f"[{_clock(rng)}] {who.split()[0]}:"
        out.append(f"{lab} {text}")
    return out


def _t38_credits_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("This episode was produced by {a} and {b}, with sound design and mixing by {c}. Our executive producer is "
         "{d} and the theme music is by {e}."),
        ("{show} is reported and presented by {a}. Producer: {b}. Editor: {c}. Additional reporting by {d} in "
         "{place}. Original music by {e}."),
        ("Thanks to {a} for research, to {b} for fact-checking and to the archive team at the {outlet} for help "
         "finding the recordings used in this episode."),
    ]
    return [_pick(rng, frames, a=_name(rng), b=_name(rng), c=_name(rng), d=_name(rng), e=_name(rng),
                  show=rng.choice(SHOWS38), place=_place(rng), outlet=_outlet38(rng))]


def _t38_queue(rng: random.Random, ctx: dict) -> list[str]:
    out = [rng.choice(["Up next", f"Queue ({rng.randint(2, 9)})", "Continue listening", "Your queue",
                       "Recently played"])]
    for t in _headlines(rng, ctx, rng.randint(1, 2)) + [rng.choice(EPISODE_TOPICS38).capitalize()]:
        out.append(rng.choice([f"{t} · {_dur(rng)} left", f"{t}", f"▶ {t}", f"{t} — {rng.choice(SHOWS38)}"]))
    if rng.random() < 0.5:
        out.append(rng.choice(["Clear queue", "Edit", "See all"]))
    return out


def _t38_install_banner(rng: random.Random, ctx: dict) -> list[str]:
    app = _app_name(rng)
    stars = "★★★★☆" if rng.random() < 0.5 else f"{rng.randint(38, 49) / 10} ★ ({_num(rng, 200, 90000)})"
    bits = [rng.choice([f"{app} app", f"{app}: News & Sport", f"The {app} app", f"{app} – local news"]),
            rng.choice(["FREE", "Free – in the app store", "Get", "Open", "Install", "View"]), stars,
            rng.choice(["Add to Home screen", "Open in app", "Not now", "×", "Use the app"])]
    return glue(rng, some(rng, bits, 2, 4), 0.6)


def _t38_install_prose(rng: random.Random, ctx: dict) -> list[str]:
    app = _app_name(rng)
    f1, f2 = rng.sample(APP_FEATURES38, 2)
    frames = [
        ("Read faster with the {app} app: it opens straight to your local news and comes with {f1} and {f2}, "
         "all free to download."),
        ("You're reading this in your browser. Install {app} on your home screen for {f1}, {f2} and quicker "
         "loading on slow connections."),
        ("Nine out of ten of our regular readers now use the app. Download it today to get {f1}, plus {f2} as soon "
         "as it launches in your area."),
        ("Add {app} to your home screen and it will work just like an app, with {f1} and no extra storage needed. "
         "Tap the share icon, then choose the option to add it."),
    ]
    return [_pick(rng, frames, app=app, f1=f1, f2=f2)]


def _t38_push_prompt(rng: random.Random, ctx: dict) -> list[str]:
    app = _app_name(rng)
    lines = [rng.choice([f"{app} wants to send you notifications", f"Allow {app} to send notifications?",
                         "Get breaking news alerts", "Turn on notifications", f"Stay updated with {app}"]),
             rng.choice(["Allow", "Yes please", "Turn on", "Enable"]),
             rng.choice(["Block", "No thanks", "Maybe later", "Not now"])]
    return glue(rng, some(rng, lines, 2, 3), 0.5)


def _t38_push_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("Switch on alerts to hear about the biggest stories the moment they break. You choose the topics, from "
         "{t1} to {t2}, and can change your mind at any time in settings."),
        ("We'll only send you a notification when something genuinely important happens in {place}, and never more "
         "than {k} times a day. Would you like to turn them on?"),
        ("Notifications are currently switched off for this device, so you may miss updates to stories you follow. "
         "Turn them back on to get alerts for {t1} and local news."),
    ]
    t1, t2 = rng.sample(TOPICS, 2)
    return [_pick(rng, frames, t1=t1.lower(), t2=t2.lower(), place=_place(rng), k=rng.randint(2, 5))]


def _t38_location_prompt(rng: random.Random, ctx: dict) -> list[str]:
    app = _app_name(rng)
    lines = [rng.choice([f"Allow “{app}” to use your location?", "Use your current location?",
                         "Show news near me", f"{_app_name(rng)} would like to know where you are"]),
             rng.choice(["While using the app", "Allow once", "Use precise location"]),
             rng.choice(["Don't allow", "Enter a postcode instead", "Not now"]),
             f"Showing news for {_place(rng)} · Change"]
    return some(rng, lines, 1, 4)


def _t38_location_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("We use your approximate location to show local weather, traffic and stories from {place} and nearby. We "
         "never share it with advertisers and you can switch it off in settings."),
        ("To give you news from where you live, we need to know roughly where that is. Allow location access, or type "
         "in your town or postcode if you'd rather not."),
        ("Your location is set to {place}. If that's not right, update it below and we'll refresh your local page "
         "with stories from your area."),
    ]
    return [_pick(rng, frames, place=_place(rng))]


def _t38_bottom_nav(rng: random.Random, ctx: dict) -> list[str]:
    tabs = ["Home", "For you", "Local", "Search", "Saved", "Listen", "Puzzles", "Profile", "Menu", "Live", "Sport"]
    return glue(rng, some(rng, tabs, 3, 5), 0.7, (" | ", "  ", " ", " · "))


def _t38_offline_notice(rng: random.Random, ctx: dict) -> list[str]:
    return [rng.choice(["You're offline. Some content may not be available.", "You're back online.",
                        "No connection. Showing saved stories.", "Offline", "Reconnecting…", "Connection restored",
                        "You're offline – pull down to retry", "Back online · Refresh",
                        f"Last updated {rng.randint(2, 59)} minutes ago", "Waiting for network…"])]


def _t38_offline_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("It looks like you've lost your connection. Stories you saved earlier are still available, but photos and "
         "videos will load once you're back online."),
        ("Download today's edition over wifi and read it on the train, on the plane or anywhere else without a "
         "signal. Saved editions are removed automatically after {k} days."),
        ("This page was saved for offline reading on {dm}, so some details may have changed since. Connect to the "
         "internet to load the latest version."),
    ]
    return [_pick(rng, frames, k=rng.randint(3, 30), dm=_dm(rng))]


def _t38_display_controls(rng: random.Random, ctx: dict) -> list[str]:
    bits = ["Text size", "A", "A+", "A−", rng.choice(["Dark mode", "Dark theme", "Night mode"]),
            rng.choice(["On", "Off", "System default"]), "Reading mode", "Line spacing", "Reset"]
    return glue(rng, some(rng, bits, 2, 6), 0.7, (" ", "  ", " | "))


def _t38_display_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("You can change the size of the text and switch to a dark background from the menu at the top of every "
         "article; your choices will be remembered on this device."),
        ("Dark mode now follows your phone's settings automatically. If you prefer to choose for yourself, open the "
         "app settings and select the appearance option."),
        ("Finding the text hard to read? Pinch to zoom is turned off for this page, but the larger font setting "
         "increases the size of every article by up to {k} per cent."),
    ]
    return [_pick(rng, frames, k=rng.choice([30, 50, 75, 100]))]


def _t38_swipe_hint(rng: random.Random, ctx: dict) -> list[str]:
    return [rng.choice(["Swipe left for the next story", "Swipe to see more", "← Swipe →", "Tap to expand",
                        "Scroll for more", "Swipe up to read", "Tap and hold to save", "Double-tap to zoom",
                        f"{rng.randint(1, 9)} of {rng.randint(10, 20)} · Swipe", "Pull up for related stories"])]


def _t38_rating_prose(rng: random.Random, ctx: dict) -> list[str]:
    app = _app_name(rng)
    frames = [
        ("Enjoying {app}? A quick rating in the app store helps other readers find us, and it only takes a few "
         "seconds. Thank you for reading."),
        ("We've spent the last year making the app faster and easier to use. If it's working well for you, would "
         "you mind leaving us a review?"),
        ("Something not working as it should? Before you leave a review, tell us what went wrong and our small app "
         "team will do their best to fix it."),
    ]
    return [_pick(rng, frames, app=app)]


def _t38_rating_short(rng: random.Random, ctx: dict) -> list[str]:
    bits = [rng.choice(["Rate this app", "How are we doing?", f"Rate {_app_name(rng)}", "Love the app?"]),
            "★★★★★", rng.choice(["Not now", "Remind me later", "No thanks"]), rng.choice(["Submit", "Rate", "Send"])]
    return glue(rng, some(rng, bits, 2, 4), 0.5)


def _t38_update_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("A new version of the app is available. Update now to get {f}, along with bug fixes and performance "
         "improvements; this version will stop working after {dm}."),
        ("We've made some changes behind the scenes. Restart the app to finish updating, and you'll find {f} waiting "
         "for you in the menu."),
        ("Your version of the app is no longer supported and some features may not work properly. Please update "
         "from your app store to keep reading without interruption."),
    ]
    return [_pick(rng, frames, f=rng.choice(APP_FEATURES38), dm=_dm(rng))]


def _t38_update_short(rng: random.Random, ctx: dict) -> list[str]:
    v = f"{rng.randint(4, 12)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}"
    bits = [rng.choice(["Update available", "New version available", "Update ready", "An update is available"]),
            rng.choice(["Restart to update", "Update", "Reload", "Install now"]), f"Version {v}", "Later"]
    return glue(rng, some(rng, bits, 1, 3), 0.6)


def _t38_whats_new(rng: random.Random, ctx: dict) -> list[str]:
    v = f"{rng.randint(4, 12)}.{rng.randint(0, 30)}"
    out = [rng.choice([f"What's new in version {v}", f"Version {v}", "What's new", "Release notes"])]
    items = ["Fixed a crash when opening galleries on some devices", "Faster loading of live pages",
             "New: " + rng.choice(APP_FEATURES38), "Improved text-to-speech voices", "Bug fixes and tweaks",
             "Saved stories now sync across devices", "Dark mode follows your system setting",
             "Widgets now show local headlines"]
    mark = rng.choice(["• ", "- ", ""])
    return out + [mark + it for it in some(rng, items, 2, 4)]


def _t38_pull_refresh(rng: random.Random, ctx: dict) -> list[str]:
    return glue(rng, some(rng, ["Pull to refresh", "Release to refresh", f"Updated {rng.randint(1, 59)} min ago",
                                "Refreshing…", f"{rng.randint(2, 30)} new stories", "Tap to load"], 1, 3), 0.5)


def _t38_widget_prose(rng: random.Random, ctx: dict) -> list[str]:
    app = _app_name(rng)
    frames = [
        ("Try our new home-screen widget: it shows the top {k} headlines from {place} and updates through the day. "
         "Press and hold on your home screen to add it."),
        ("Keep up with the news without opening the app. The {app} widget comes in three sizes and can show "
         "headlines, weather or your saved stories."),
        ("Live scores and breaking news now appear on your lock screen while a story is developing. You can turn "
         "this off at any time in the notification settings."),
    ]
    return [_pick(rng, frames, k=rng.randint(3, 6), place=_place(rng), app=app)]


def _t38_sync_signin(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("Sign in to keep your saved stories, listening progress and newsletter choices in step across your phone, "
         "tablet and computer."),
        ("You have {k} saved articles on this device. Create a free account to back them up so they aren't lost if "
         "you change or reset your phone."),
        ("Already a subscriber? Log in with the same email address you used on our website and your subscription "
         "will be unlocked in the app automatically."),
    ]
    return [_pick(rng, frames, k=rng.randint(2, 60))]


def _t38_blocked_permission(rng: random.Random, ctx: dict) -> list[str]:
    app = _app_name(rng)
    return [rng.choice([f"Notifications blocked. Change this in Settings > Notifications > {app}.",
                        "Location access is off. Open settings", "Microphone access needed for voice search",
                        f"Allow {app} to access photos to upload your pictures", "Permission denied · Try again",
                        "Background refresh is disabled"])]


def _t38_toast(rng: random.Random, ctx: dict) -> list[str]:
    return glue(rng, [rng.choice(["Saved to your reading list", "Link copied", "Downloaded for offline reading",
                                  "Removed from saved", "Added to queue", "Following " + rng.choice(SHOWS38),
                                  "Alert set for this story", "Article shared"])]
                + some(rng, ["Undo", "View", "Dismiss"], 0, 1), 0.6)


def _thirtyeighth_templates() -> dict[str, tuple[str, Template]]:
    """Legal and standards notices plus audio-page and app residue."""
    return {
        "s38_restriction_prose": ("hi", _t38_restriction_prose),
        "s38_contempt_prose": ("hit", _t38_contempt_prose),
        "s38_anonymity_prose": ("hi", _t38_anonymity_prose),
        "s38_right_of_reply": ("it", _t38_right_of_reply),
        "s38_complaints_prose": ("t", _t38_complaints_prose),
        "s38_regulator_footer": ("t", _t38_regulator_footer),
        "s38_court_listing": ("it", _t38_court_listing),
        "s38_trial_continues": ("it", _t38_trial_continues),
        "s38_court_results": ("t", _t38_court_results),
        "s38_corrections_prose": ("t", _t38_corrections_prose),
        "s38_legal_labels": ("h", _t38_legal_labels),
        "s38_elsewhere_court": ("it", _t38_elsewhere_court),
        "s38_listen_on": ("hit", _t38_listen_on),
        "s38_episode_list": ("t", _t38_episode_list),
        "s38_show_notes": ("it", _t38_show_notes),
        "s38_sponsor_read": ("i", _t38_sponsor_read),
        "s38_host_bio": ("t", _t38_host_bio),
        "s38_chapter_times": ("it", _t38_chapter_times),
        "s38_transcript_disclaimer": ("ht", _t38_transcript_disclaimer),
        "s38_player_controls": ("hi", _t38_player_controls),
        "s38_narrated_article": ("h", _t38_narrated_article),
        "s38_follow_show": ("t", _t38_follow_show),
        "s38_episode_meta": ("h", _t38_episode_meta),
        "s38_transcript_excerpt": ("i", _t38_transcript_excerpt),
        "s38_credits_prose": ("t", _t38_credits_prose),
        "s38_queue": ("t", _t38_queue),
        "s38_install_banner": ("h", _t38_install_banner),
        "s38_install_prose": ("hi", _t38_install_prose),
        "s38_push_prompt": ("hit", _t38_push_prompt),
        "s38_push_prose": ("i", _t38_push_prose),
        "s38_location_prompt": ("h", _t38_location_prompt),
        "s38_location_prose": ("hi", _t38_location_prose),
        "s38_bottom_nav": ("t", _t38_bottom_nav),
        "s38_offline_notice": ("hit", _t38_offline_notice),
        "s38_offline_prose": ("i", _t38_offline_prose),
        "s38_display_controls": ("h", _t38_display_controls),
        "s38_display_prose": ("i", _t38_display_prose),
        "s38_swipe_hint": ("hi", _t38_swipe_hint),
        "s38_rating_prose": ("t", _t38_rating_prose),
        "s38_rating_short": ("t", _t38_rating_short),
        "s38_update_prose": ("hi", _t38_update_prose),
        "s38_update_short": ("h", _t38_update_short),
        "s38_whats_new": ("t", _t38_whats_new),
        "s38_pull_refresh": ("h", _t38_pull_refresh),
        "s38_widget_prose": ("t", _t38_widget_prose),
        "s38_sync_signin": ("it", _t38_sync_signin),
        "s38_blocked_permission": ("it", _t38_blocked_permission),
        "s38_toast": ("i", _t38_toast),
    }


BLIND14_TEMPLATES: dict[str, Callable[[], dict[str, tuple[str, Template]]]] = {
    "thirtyseventh": _thirtyseventh_templates,
    "thirtyeighth": _thirtyeighth_templates,
}
