"""Two more blind noise splits ("fortyfifth", "fortysixth") for the plain-text cleaner.

Why this module exists: every earlier split has been measured and then tuned against, so its score no longer says
how the cleaner does on noise it has never met.  These templates were written blind, by someone who did not read
the cleaner, its rules, its tests or its output on any split, from experience of what a text extraction keeps from
the specialist desks of a news site.  Their vocabulary is their own (every person, outlet, company, ticker,
exchange, index, newswire, broker, journal, university, hospital, charity, drug, airline, rail and ferry operator,
station, town, bank, fund, quiz, app and URL is invented), and about half of the templates in each split are
prose: full sentences, 12-50 words, on everyday news subjects, that read like article text but are boilerplate or
belong to other content (the hard case for a line-level cleaner).

  fortyfifth   the science, health, weather and travel-information desks: medical-review bylines, health
               disclaimers short and in prose, when-to-see-a-doctor and symptoms boxes, study fact boxes, trial
               registration numbers, embargo notes and journal press-release notes to editors, funding and
               interests declarations, expert reaction and findings about other studies, drug information boxes
               and medicine advice, science glossaries short and in prose, helplines and trial-recruitment asks;
               weather furniture (hourly and five-day forecast rows, pollen / UV / air-quality indexes, sunrise,
               sunset and tide lines, warnings boxes, "Forecast updated at" stamps, forecaster sign-offs, outlooks
               and warnings in prose about other regions and days, hot- and cold-weather health advice, reader
               photo asks); travel-information furniture (departure boards, flight status rows, road and ferry
               status lines, "Plan your journey" boxes, traffic camera captions, operator apologies and travel
               advice in prose about other routes, roadworks notices, data-source notes).
  fortysixth   the business, markets and investor-relations desks, and quizzes: share-price quote boxes, chart
               tabs and index strips, analyst rating boxes and notes on other companies, results-at-a-glance rows
               and results prose about other companies, currency converters, savings and mortgage rates tables,
               IPO, dividend and ex-dividend calendars, movers and commodities rows, "Markets close" prose,
               investment-risk and not-advice disclaimers short and in prose, delayed-price notes, fund facts and
               fund news, sponsored platform promotions, press-release and investor-relations boilerplate
               (forward-looking statements, "About <company>" paragraphs, media and investor contacts, exchange
               ticker tags, end marks, newswire datelines and distribution notes, statements to the exchange),
               pension and savings calculators' residue, economic-figures prose; and news-quiz residue (question
               counters, multiple-choice options, reveal-answer buttons, scores, share-your-score prompts, quiz
               intros, questions, answers and results prose about other news, "Take our weekly quiz" asks).

Templates have the format of bench/clean_noise.py: name -> (positions, fn), positions a string over "h" (head,
between title and body), "i" (inline, between body paragraphs) and "t" (tail); fn(rng, ctx) returns the lines of
one block ("" is a blank line inside the block).  ctx["headlines"] holds other articles' headlines (it may be empty,
hold one, or be missing, and invented fallback headlines stand in); ctx may also carry "title" and "paragraphs",
which these templates never use: no template copies the article's own title or body text, so word-level scoring
stays valid.  Only the rng passed in is used, so a block is a pure function of the seed.

    from bench.noise_blind18 import BLIND18_TEMPLATES
    from bench.noise_unseen import make_noisy_glued
    text = make_noisy_glued(article, random.Random(7), BLIND18_TEMPLATES["fortyfifth"](), headlines)
"""

from __future__ import annotations

import random
from collections.abc import Callable

from bench.clean_noise import (  # noqa: F401  (BbcArticle is re-exported for callers and tests)
    MONTHS,
    BbcArticle,
    Template,
)
from bench.noise_fills import clock as _hm
from bench.noise_fills import day_month as _dm
from bench.noise_fills import digits as _digits
from bench.noise_fills import domain as _domain
from bench.noise_fills import glue, headline, headlines, some
from bench.noise_fills import pick as _pick
from bench.noise_fills import weekday as _wd

# --- shared fills -------------------------------------------------------------------------------------------------


def _bullet(rng: random.Random) -> str:
    return rng.choice(["• ", "- ", "* ", "– ", ""])


def _prose(rng: random.Random, frames: list[str], fills: dict[str, object], heads: list[str] | None = None,
           p: float = 0.3) -> list[str]:
    """One wording of a prose template, now and then under a small heading of its own."""
    out = [_pick(rng, frames, **fills)]
    return [rng.choice(heads)] + out if heads and rng.random() < p else out


# --- fortyfifth: science, health, weather and travel information -------------------------------------------------

FIRST45 = ["Ottoline", "Femi", "Bronagh", "Evaristo", "Solvei", "Cosimo", "Chinwe", "Crispin", "Wilhelmina",
           "Dafydd", "Anoushka", "Fiachra", "Josceline", "Ravindra", "Demelza", "Casimir", "Uzoamaka", "Linford"]
LAST45 = ["Brackenfold", "Quillinan", "Ashwell-Kaur", "Pendry", "Wintersgill", "Mardale", "Okereke-Byrne",
          "Thistlewood", "Carnwethers", "Fairclough-Lowe", "Gethinbury", "Hebblewhite", "Polkinhorne", "Stirrup",
          "Vesey-Onu", "Yeoford"]
SPECS45 = ["consultant cardiologist", "GP", "consultant dermatologist", "paediatrician", "clinical pharmacist",
           "consultant respiratory physician", "registered dietitian", "consultant psychiatrist",
           "sports medicine doctor", "consultant in infectious diseases", "practice nurse"]
HOSPITALS45 = ["Polgarrow Royal Infirmary", "St Ebbard's Hospital", "Sallowmere General",
               "Thornfaring Children's Hospital", "Ravensbeck University Hospital", "the Wistmarsh Clinic"]
UNIS45 = ["the University of Corrowdale", "Hensmoor University", "the Grisethwaite Institute of Technology",
          "the Oxenlea School of Public Health", "Kestlemoor University", "the Ashgill Research Institute"]
JOURNALS45 = ["Clinical Fathom", "Annals of Everyday Medicine", "Journal of Airway Ecology",
              "Oxenlea Medical Review", "Population Health Letters", "Sleep and Body Journal",
              "Nutrition Frontiers Quarterly"]
SOCIETIES45 = ["Society of Corrowdale Physicians", "Guild of Public Health Researchers", "Oxenlea Medical Society"]
FUNDERS45 = ["the Gravelbourne Medical Trust", "the National Fund for Health Research", "the Oakmoor Foundation",
             "the Kinderlung Charity", "Cressbrook Health Research"]
CHARITIES45 = ["Mindharbour", "the Lumpwise nurse line", "Heartsease Support", "Carefold", "Breathe Together"]
HELPLINES45 = ["CareCall 24", "the Healthwise advice line", "Nurseline Direct", "the Wellreach helpline"]
DRUGS45 = [("Sotravalin", "statin", "high cholesterol"), ("Pemoraxib", "anti-inflammatory", "joint pain"),
           ("Dulacorin", "beta blocker", "high blood pressure"), ("Fenzotrimide", "antihistamine", "hay fever"),
           ("Calvirex", "antiviral", "shingles"), ("Mirelstat", "acid reducer", "heartburn"),
           ("Oxantrel", "antidepressant", "low mood and anxiety"), ("Glimorquin", "diabetes tablet", "type 2 diabetes")]
PHARMA45 = ["Hollowmere Pharmaceuticals", "Quistbrook Labs", "Dapplewick Medicines", "Elvaston Biologics"]
OUTLETS45 = ["The Saltmarrow Sentry", "Sedgeholme Evening Taper", "The Gorsemoor Gazetteer", "Kell Valley Today"]
TOWNS45 = ["Saltmarrow", "Hesketh Vale", "Sedgeholme", "Cindersby", "Aldwick Cross", "Parbold Fen", "Tollerbury Bay",
           "Scarrowby", "Pendlebrook", "Gorsemoor", "Wyvenhall", "Morrowfield", "Eastlea Sands", "Quillhaven"]
REGIONS45 = ["the Fenward coast", "the Upper Kell valley", "the Northern Heights", "the Gannock Peninsula",
             "central Brackenshire", "the Sedgeholme Levels", "the Skerrin Isles", "the Hensmoor hills"]
METS45 = ["the Skyreckoner Bureau", "Skyglass Forecasting", "the National Climate Desk"]
RAIL45 = ["Heartline Rail", "Saltflat Trains", "Vale Connect", "Coastlink Railways", "Northern Spur Trains"]
AIRLINES45 = [("Skuaway", "CV"), ("Bluewren Airways", "BW"), ("Oystercatch Air", "MW"), ("Wagtail Express", "TE"),
              ("Quayhop", "QH")]
FERRIES45 = ["Gullrock Ferries", "Selkie Line", "the Saltmarrow Packet Company", "Skerrin Sound Ferries"]
ROADS45 = ["M47", "A1907", "B4412", "A688", "M19", "A2315"]
APPS45 = ["Journeywise", "Railpeek", "Trafficlens", "Tripwren"]
FALLBACK45 = [
    "Saltmarrow flood defences to be raised by a metre", "Cindersby GP surgery to open seven days a week",
    "Heartline Rail timetable shake-up delayed again", "Sedgeholme heatwave: council opens cool rooms",
    "Hesketh Vale bus depot to close in spring", "Gorsemoor pupils win national science prize",
    "New footbridge planned for Tollerbury Bay", "Scarrowby ward closure sparks protest march",
    "Quillhaven lifeboat crew rescue stranded walkers", "Morrowfield hospital car park to be rebuilt",
]


def _name45(rng: random.Random) -> str:
    return f"{rng.choice(FIRST45)} {rng.choice(LAST45)}"


def _fills45(rng: random.Random) -> dict[str, object]:
    """Common fills for the prose frames; str.format ignores the ones a frame does not use."""
    t1, t2 = rng.sample(TOWNS45, 2)
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    d = rng.randrange(7)
    w1, w2 = days[d], days[(d + 1) % 7]
    met = rng.choice(METS45)
    drug = rng.choice(DRUGS45)
    airline = rng.choice(AIRLINES45)[0]
    outlet = rng.choice(OUTLETS45)
    journal = rng.choice(JOURNALS45)
    return {
        "name": _name45(rng), "name2": _name45(rng), "spec": rng.choice(SPECS45),
        "hospital": rng.choice(HOSPITALS45), "uni": rng.choice(UNIS45), "journal": journal,
        "society": rng.choice(SOCIETIES45), "funder": rng.choice(FUNDERS45), "charity": rng.choice(CHARITIES45),
        "helpline": rng.choice(HELPLINES45), "drug": drug[0], "use": drug[2], "outlet": outlet,
        "town": t1, "town2": t2, "region": rng.choice(REGIONS45), "met": met, "Met": met[0].upper() + met[1:],
        "rail": rng.choice(RAIL45), "airline": airline, "ferry": rng.choice(FERRIES45), "road": rng.choice(ROADS45),
        "app": rng.choice(APPS45), "wd": w1, "wd2": w2, "dm": _dm(rng), "month": rng.choice(MONTHS),
        "y": rng.randint(2019, 2025), "year": rng.randint(1834, 1968), "hm": _hm(rng), "k": rng.randint(2, 9),
        "n": rng.randint(12, 90), "size": f"{rng.randint(1, 48)},{rng.randint(100, 999)}",
        "digits": f"{_digits(rng, 4)} {_digits(rng, 4)}", "domain": _domain(rng.choice([outlet, journal]), ".org"),
    }


def _t45_review_byline(rng: random.Random, ctx: dict) -> list[str]:
    doc, writer, spec = _name45(rng), _name45(rng), rng.choice(SPECS45)
    style = rng.randint(0, 4)
    if style == 0:
        return [f"Medically reviewed by Dr {doc}, {spec}", f"Written by {writer}"]
    if style == 1:
        return glue(rng, [f"By {writer}", f"Medically reviewed by Dr {doc}",
                          f"Last reviewed {_dm(rng)} {rng.randint(2021, 2025)}"], 0.7)
    if style == 2:
        return [f"Reviewed by Dr {doc} MBChB", f"{spec.capitalize()}, {rng.choice(HOSPITALS45)}"]
    if style == 3:
        return [f"Fact checked by {writer} · Medically reviewed by Dr {doc}, {spec}"]
    return ["Medical reviewer:", f"Dr {doc}", f"Next review due: {rng.choice(MONTHS)} {rng.randint(2025, 2027)}"]


def _t45_disclaimer_short(rng: random.Random, ctx: dict) -> list[str]:
    lines = ["This content is for information only and is not medical advice.",
             "Check with a GP or pharmacist before you alter any medication.",
             "Health information correct at time of publication.", "Not a substitute for professional diagnosis.",
             "Information only – always seek advice from a qualified clinician.",
             f"Medical disclaimer · {rng.choice(OUTLETS45)} health desk"]
    return some(rng, lines, 1, 2)


def _t45_see_doctor_box(rng: random.Random, ctx: dict) -> list[str]:
    head = rng.choice(["When to see a doctor", "See a GP if:", "Get urgent help if", "WHEN TO GET HELP",
                       "Call your surgery if you:"])
    items = ["you have a high temperature that lasts more than three days", "your symptoms get worse after a week",
             "you are pregnant", "you have a weakened immune system", "you have chest pain or feel breathless",
             "your baby is under three months old and feels hot", "you notice blood in your pee",
             "a rash does not fade when you press a clear glass against it", "you cannot keep fluids down"]
    b = _bullet(rng)
    out = [head] + [b + s for s in some(rng, items, 2, 4)]
    if rng.random() < 0.4:
        out.append(f"Call {rng.choice(HELPLINES45)} on 0300 {_digits(rng, 3)} {_digits(rng, 4)}")
    return out


def _t45_symptoms_box(rng: random.Random, ctx: dict) -> list[str]:
    head = rng.choice(["Symptoms to look out for", "Common symptoms", "Signs to watch for", "Symptoms include:"])
    items = ["a cough that lasts longer than three weeks", "feeling very tired", "losing weight without trying",
             "night sweats", "a sore throat", "a runny or blocked nose", "aching muscles", "headaches",
             "loss of appetite", "feeling sick", "a rash on the chest or back", "itchy, watery eyes"]
    chosen = some(rng, items, 3, 6)
    if rng.random() < 0.25:
        return [head, ", ".join(chosen).capitalize()]
    b = _bullet(rng)
    return [head] + [b + s for s in chosen]


def _t45_study_facts(rng: random.Random, ctx: dict) -> list[str]:
    f = _fills45(rng)
    kind = rng.choice(["Randomised controlled trial", "Observational cohort study", "Meta-analysis of 31 studies",
                       "Case-control study", "Laboratory study in mice"])
    desc = rng.choice([f"A {f['k']}-year follow-up of adults in {f['region']}",
                       "Daily step counts and sleep in over-65s", "Breakfast clubs and reading scores at age 11",
                       "Air pollution near school gates and childhood wheeze"])
    lines = [f"The study: {desc}", f"Who did it: researchers at {f['uni']}", f"Who funded it: {f['funder']}",
             f"Published in: {f['journal']}", f"Sample size: {f['size']} people", f"Type of study: {kind}",
             f"Peer reviewed: {rng.choice(['yes', 'Yes', 'no (preprint)'])}"]
    return [rng.choice(["Study facts", "About the research", "THE STUDY IN BRIEF"])] + some(rng, lines, 3, 7)


def _t45_trial_reg(rng: random.Random, ctx: dict) -> list[str]:
    y = rng.randint(2016, 2025)
    lines = [f"Trial registration: CTR-{y}-{_digits(rng, 6)}", (f"Registered with the Oxenlea Trials Register "
             f"(OTR{_digits(rng, 8)})"), f"Protocol number: {rng.choice(['HV', 'KX', 'PB'])}-{_digits(rng, 4)}",
             f"Ethics approval ref: {_digits(rng, 2)}/{rng.choice(['NH', 'KV', 'BR'])}/{_digits(rng, 4)}",
             f"DOI: 10.{_digits(rng, 4)}/cl.{y}.{_digits(rng, 5)}"]
    return glue(rng, some(rng, lines, 1, 3), 0.3)


def _t45_embargo_note(rng: random.Random, ctx: dict) -> list[str]:
    f = _fills45(rng)
    first = rng.choice([f"EMBARGOED UNTIL 00:01 UK TIME {f['wd'].upper()} {f['dm'].upper()} {f['y']}",
                        f"Under strict embargo until {f['hm']} UK time, {f['wd']} {f['dm']}",
                        f"Not for publication before {f['hm']} on {f['dm']}", f"Embargo lifts: {f['hm']} {f['dm']}"])
    extra = [f"Press release from {f['journal']}", "For immediate release", f"Media enquiries: press@{f['domain']}",
             f"Ref: PR{_digits(rng, 3)}/{f['y']}"]
    return [first] + some(rng, extra, 0, 2)


SIDE45 = ["headache", "nausea", "dizziness", "dry mouth", "tiredness", "an upset stomach"]


def _t45_drug_box(rng: random.Random, ctx: dict) -> list[str]:
    drug, kind, use = rng.choice(DRUGS45)
    lines = [f"Name: {drug}", f"Type: {kind}", f"Used for: {use}",
             f"How it is taken: {rng.choice(['tablet, once a day', 'capsule, twice a day', 'injection, weekly'])}",
             f"Common side effects: {', '.join(rng.sample(SIDE45, 3))}",
             f"Available: {rng.choice(['on prescription only', 'from pharmacies', 'over the counter'])}",
             f"Made by: {rng.choice(PHARMA45)}"]
    return [rng.choice(["Drug facts", f"About {drug}", "MEDICINE AT A GLANCE"])] + some(rng, lines, 3, 6)


GLOSSARY45 = [("Placebo", "a dummy treatment with no active ingredient"),
              ("Cohort study", "research that follows a group of people over time"),
              ("Relative risk", "how much more likely something is in one group than in another"),
              ("Peer review", "checking of a study by independent experts before publication"),
              ("Confidence interval", "the range in which the true result probably lies"),
              ("Double-blind", "neither patients nor researchers know who got which treatment"),
              ("Meta-analysis", "a study that pools the results of earlier studies"),
              ("Biomarker", "something measured in the body that signals a condition"),
              ("Statistically significant", "unlikely to be explained by chance alone")]


def _t45_glossary_box(rng: random.Random, ctx: dict) -> list[str]:
    head = rng.choice(["Jargon buster", "Key terms", "Glossary", "Science words explained"])
    sep = rng.choice([": ", " – ", " - "])
    keep = sorted(rng.sample(range(len(GLOSSARY45)), rng.randint(2, 4)))
    return [head] + [f"{GLOSSARY45[i][0]}{sep}{GLOSSARY45[i][1]}" for i in keep]


SKIES45 = ["Sunny", "Light cloud", "Light rain", "Heavy showers", "Sunny intervals", "Thick cloud", "Drizzle", "Mist",
           "Thundery showers", "Clear", "Sleet", "Fog"]


def _t45_hourly_forecast(rng: random.Random, ctx: dict) -> list[str]:
    start, step = rng.randint(0, 17), rng.choice([1, 1, 3])
    temp = rng.randint(-2, 24)
    style = rng.randint(0, 2)
    out = [rng.choice(["Hourly forecast", "Next 24 hours", f"{rng.choice(TOWNS45)} – hourly", "Hour by hour"])]
    for k in range(rng.randint(3, 6)):
        h, t = (start + k * step) % 24, temp + rng.randint(-2, 2)
        sky, wind, rain = rng.choice(SKIES45), rng.randint(3, 38), rng.choice([0, 5, 10, 20, 40, 70, 90])
        if style == 0:
            out.append(f"{h:02d}:00  {t}°C  {sky}  {wind} mph  {rain}%")
        elif style == 1:
            out.append(f"{h:02d}00 | {t}° | {sky} | Wind {wind} | Rain {rain}%")
        else:
            out.append(f"{h:02d}:00 {sky} {t}° {rain}% chance of rain")
    return out


def _t45_indexes(rng: random.Random, ctx: dict) -> list[str]:
    lvl = ["Low", "Moderate", "High", "Very high"]
    lines = [f"Pollen: {rng.choice(lvl)}", f"UV index: {rng.randint(1, 9)} ({rng.choice(lvl)})",
             f"Air quality: {rng.randint(1, 10)} ({rng.choice(lvl)})", f"Pollution: {rng.choice(lvl)}",
             f"Humidity: {rng.randint(40, 98)}%", f"Pressure: {rng.randint(985, 1035)} mb",
             f"Visibility: {rng.choice(['Good', 'Moderate', 'Poor', 'Very good'])}"]
    return glue(rng, some(rng, lines, 2, 5), 0.5)


def _t45_sun_times(rng: random.Random, ctx: dict) -> list[str]:
    rh, rm, sh, sm = rng.randint(4, 8), rng.randint(0, 59), rng.randint(16, 21), rng.randint(0, 59)
    style = rng.randint(0, 3)
    if style == 0:
        return [f"Sunrise {rh:02d}:{rm:02d}  Sunset {sh:02d}:{sm:02d}"]
    if style == 1:
        return [f"☀ {rh:02d}:{rm:02d} ↑ | {sh:02d}:{sm:02d} ↓"]
    if style == 2:
        day = (sh * 60 + sm) - (rh * 60 + rm)
        return [f"Sunrise: {rh}:{rm:02d}am", f"Sunset: {sh - 12}:{sm:02d}pm", f"Daylight: {day // 60}h {day % 60}m"]
    return [f"Sunrise {rh:02d}:{rm:02d} · Sunset {sh:02d}:{sm:02d} · Moon: {rng.choice(['waxing', 'waning', 'full'])}"]


def _t45_tide_times(rng: random.Random, ctx: dict) -> list[str]:
    out = [rng.choice([f"Tide times for {rng.choice(TOWNS45)}", "Tides", "TIDE TABLE"])]
    h = rng.randint(0, 5)
    for k in range(rng.randint(2, 4)):
        kind = "High" if k % 2 == 0 else "Low"
        height = rng.uniform(3.5, 6.5) if kind == "High" else rng.uniform(0.4, 1.8)
        out.append(f"{kind} {(h + 6 * k) % 24:02d}:{rng.randint(0, 59):02d} ({height:.1f}m)")
    return glue(rng, out, 0.3)


def _t45_warnings_box(rng: random.Random, ctx: dict) -> list[str]:
    colour, kind = rng.choice(["Yellow", "Amber", "Red"]), rng.choice(["Rain", "Wind", "Snow and ice", "Fog",
                                                                      "Thunderstorms", "Extreme heat"])
    lines = [f"{colour} warning: {kind}", (f"Valid from {rng.randint(0, 23):02d}:00 {_wd(rng)[:3]} to "
             f"{rng.randint(0, 23):02d}:00 {_wd(rng)[:3]}"), f"Areas affected: {rng.choice(REGIONS45)}",
             f"Issued by {rng.choice(METS45)} at {_hm(rng)}", "See all warnings"]
    return [rng.choice(["Weather warnings", "⚠ Warnings in force", "WARNINGS"])] + some(rng, lines, 2, 4)


def _t45_forecast_updated(rng: random.Random, ctx: dict) -> list[str]:
    lines = [f"Forecast updated at {_hm(rng)}", f"Last updated: {_hm(rng)} {_wd(rng)}",
             f"Observations taken at {rng.randint(0, 23):02d}:00 at {rng.choice(TOWNS45)} weather station",
             f"Data: {rng.choice(METS45)}", "Refresh forecast"]
    return glue(rng, some(rng, lines, 1, 3), 0.5)


def _t45_five_day(rng: random.Random, ctx: dict) -> list[str]:
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    d0, hi = rng.randrange(7), rng.randint(2, 26)
    out = [rng.choice(["5-day forecast", "The week ahead", "Outlook", f"{rng.choice(TOWNS45)}: next five days"])]
    for k in range(rng.randint(3, 5)):
        t = hi + rng.randint(-3, 3)
        out.append(f"{days[(d0 + k) % 7]}  {t}° / {t - rng.randint(3, 10)}°  {rng.choice(SKIES45)}")
    return out


def _t45_departure_board(rng: random.Random, ctx: dict) -> list[str]:
    here = rng.choice(TOWNS45)
    out = [rng.choice([f"{here} – live departures", "Departures", f"Next trains from {here}"])]
    h, m = rng.randint(5, 22), rng.randint(0, 50)
    for _ in range(rng.randint(3, 5)):
        m += rng.randint(4, 19)
        dest = rng.choice([t for t in TOWNS45 if t != here]) + rng.choice(["", " Central", " Parkway", " Junction"])
        status = rng.choice(["On time", "On time", f"Exp {h + (m + 9) // 60:02d}:{(m + 9) % 60:02d}", "Cancelled",
                             "Delayed"])
        out.append(f"{h + m // 60:02d}:{m % 60:02d}  {dest}  Plat {rng.randint(1, 9)}  {status}")
    if rng.random() < 0.4:
        out.append(f"Operated by {rng.choice(RAIL45)}")
    return out


def _t45_flight_status(rng: random.Random, ctx: dict) -> list[str]:
    out = [rng.choice(["Flight status", "Arrivals", "Departures board", "Live flights"])]
    for _ in range(rng.randint(2, 4)):
        code = rng.choice(AIRLINES45)[1]
        t = f"{rng.randint(6, 22):02d}:{rng.choice([0, 5, 15, 25, 35, 40, 50]):02d}"
        status = rng.choice(["Landed", "Boarding", "Gate closing", "Delayed", "Cancelled", "Scheduled",
                             f"Expected {_hm(rng)}", "Diverted"])
        out.append(f"{code} {rng.randint(10, 989)}  {rng.choice(TOWNS45)}  {t}  {status}")
    return out


def _t45_road_status(rng: random.Random, ctx: dict) -> list[str]:
    j = rng.randint(2, 30)
    lines = [f"{rng.choice(ROADS45)} northbound J{j} to J{j + 1}: lane closed",
             f"{rng.choice(ROADS45)} {rng.choice(TOWNS45)}: slow traffic, delays of {rng.randint(5, 45)} minutes",
             f"Roadworks: {rng.choice(ROADS45)} near {rng.choice(TOWNS45)} until {_dm(rng)}",
             f"{rng.choice(TOWNS45)} high street: closed for resurfacing"]
    stamp = [f"Last checked {_hm(rng)}"] if rng.random() < 0.4 else []
    return [rng.choice(["Roads", "Traffic", "Road status", "🚗 Travel"])] + some(rng, lines, 1, 3) + stamp


def _t45_ferry_status(rng: random.Random, ctx: dict) -> list[str]:
    a, b = rng.sample(TOWNS45, 2)
    lines = [f"{rng.choice(FERRIES45)}: {a} – {b}", f"{_hm(rng)} Sailing as planned", f"{_hm(rng)} Cancelled – weather",
             f"Status: {rng.choice(['Green', 'Amber – sailings at risk', 'Red – no sailings'])}",
             "Check before you travel"]
    return glue(rng, some(rng, lines, 2, 4), 0.35)


def _t45_plan_journey(rng: random.Random, ctx: dict) -> list[str]:
    app = rng.choice(APPS45)
    lines = ["Plan your journey", "Check live travel updates", f"Get the {app} app",
             f"Journey planner: {_domain(app, '.co.uk')}", f"Download timetable (PDF, {rng.randint(80, 900)}KB)",
             "Sign up for travel alerts"]
    return glue(rng, some(rng, lines, 2, 4), 0.4)


def _t45_camera_caption(rng: random.Random, ctx: dict) -> list[str]:
    town, road = rng.choice(TOWNS45), rng.choice(ROADS45)
    return [rng.choice([f"Live camera: {road} at {town} roundabout, image refreshed every 5 minutes",
                        f"Traffic camera: {town} high street looking north, {_hm(rng)}",
                        f"Camera {rng.randint(100, 999)}: {road} J{rng.randint(2, 30)} southbound",
                        f"Webcam: {town} seafront · updated {_hm(rng)}",
                        f"Image: {road} traffic camera"])]


def _t45_journal_ref(rng: random.Random, ctx: dict) -> list[str]:
    authors = ", ".join(f"{rng.choice(LAST45)} {rng.choice('ABCDEFGHJKLMNPRST')}" for _ in range(rng.randint(1, 3)))
    title = rng.choice(["Daily step counts and sleep quality in older adults",
                        "School breakfast clubs and attainment at age eleven",
                        "Commuting by bicycle and sick leave: a cohort study",
                        "Indoor damp and childhood wheeze in rented homes"])
    y = rng.randint(2018, 2025)
    ref = (f"{authors}, et al. {title}. {rng.choice(JOURNALS45)}. {y};{rng.randint(3, 80)}({rng.randint(1, 12)}):"
           f"{rng.randint(100, 900)}-{rng.randint(901, 999)}. doi:10.{_digits(rng, 4)}/{_digits(rng, 6)}")
    return [rng.choice(["Reference", "Source", "Paper:"]), ref] if rng.random() < 0.6 else [ref]


def _t45_helpline_box(rng: random.Random, ctx: dict) -> list[str]:
    lines = [f"{rng.choice(HELPLINES45)}: 0300 {_digits(rng, 3)} {_digits(rng, 4)}", "Open 24 hours",
             f"Text CARE to {_digits(rng, 5)}", f"{rng.choice(CHARITIES45)}: 0808 {_digits(rng, 3)} {_digits(rng, 4)}",
             "Calls are free from mobiles and landlines"]
    return [rng.choice(["Need help?", "Support", "Where to get help"])] + some(rng, lines, 1, 3)


def _t45_disclaimer_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("What you read here is general information, and it cannot replace advice from your own doctor, pharmacist or "
         "another qualified health professional who knows your medical history."),
        ("The content on this page is meant to inform, not to diagnose or treat any condition. If you are worried "
         "about your health, speak to your GP or call {helpline}."),
        ("Health information in this article was accurate when it was published on {dm}, but guidance changes over "
         "time, so please check with a health professional before acting on it."),
        ("Nothing in this article should be taken as personal medical advice. Everyone's circumstances are "
         "different, so discuss any change to your treatment with the team looking after you."),
        ("We work hard to keep our health coverage accurate and up to date, but {outlet} cannot accept "
         "responsibility for decisions made on the basis of it."),
    ]
    return _prose(rng, frames, _fills45(rng), ["Disclaimer", "Please note"])


def _t45_med_review_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("This article has been reviewed by Dr {name}, a {spec} at {hospital}, to make sure the information it "
         "contains is accurate and in line with current guidance."),
        ("Every health article we publish is checked by a practising clinician. This one was last reviewed in "
         "{month} {y} and is due to be looked at again next year."),
        ("Our medical content is written by specialist health reporters and checked by an independent panel of "
         "doctors, nurses and pharmacists before it is published."),
        ("Dr {name}, who reviewed this piece, has worked as a {spec} for {k} years and sits on our medical "
         "advisory panel. They were not paid for this review."),
    ]
    return _prose(rng, frames, _fills45(rng))


def _t45_see_doctor_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("You should contact your GP if a cough lasts longer than three weeks, if you are coughing up blood or if "
         "you have lost weight without trying."),
        ("Most bouts of sickness and diarrhoea clear up within a few days, but call your surgery if you cannot keep "
         "fluids down or your symptoms last more than a week."),
        ("Parents should seek urgent help if a baby under three months has a temperature of 38C or higher, or if an "
         "older child seems unusually drowsy or floppy."),
        ("If you notice a new mole, or an existing one that changes shape, colour or size, it is worth asking your "
         "GP to take a look."),
        ("Call {helpline} straight away if you have chest pain that spreads to your arms, jaw or back, or if you "
         "suddenly feel breathless, sweaty and sick."),
    ]
    return _prose(rng, frames, _fills45(rng), ["When to get help", "When to see a doctor"])


def _t45_other_study_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("A separate study published last month in {journal} followed {size} adults in {region} for {k} years and "
         "found no link between drinking tea and memory loss."),
        ("Researchers at {uni} reported in {month} that children who walked to school were more alert in morning "
         "lessons, although the study was small and could not prove cause and effect."),
        ("Earlier work by the same team suggested that people who ate supper after 9pm slept less soundly, a "
         "finding that has not yet been repeated by other researchers."),
        ("A trial involving {k},000 volunteers at {hospital} found that a ten-minute walk after meals lowered blood "
         "sugar, the team told a conference in {town} on {wd}."),
        ("Another paper, due to appear in {journal} next week, suggests the hay fever season in {region} has grown "
         "about {n} days longer since the 1990s."),
    ]
    return _prose(rng, frames, _fills45(rng))


def _t45_expert_reaction_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("Commenting on a different study, Professor {name} of {uni} said: \"This is interesting work, but it is "
         "observational, so we cannot say that one thing caused the other.\""),
        ("Dr {name}, a {spec} who had no part in the research, called the vitamin D results \"encouraging but "
         "far from conclusive\" and urged people not to change their diets yet."),
        ("Expert reaction: Professor {name}, {uni}, said a sample of {size} people was too small to draw firm "
         "conclusions about screen time and sleep in teenagers."),
        ("\"The headline figure sounds alarming, but the absolute increase in risk is tiny,\" said Dr {name}, a "
         "statistician at {uni}, of last week's paper on fried food."),
        ("{name}, chief executive of {funder}, welcomed the separate findings on traffic fumes and asthma, saying "
         "they showed why closing roads outside schools mattered."),
    ]
    return _prose(rng, frames, _fills45(rng), ["Expert reaction", "What other experts say"])


def _t45_embargo_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("This press release is under strict embargo until {hm} UK time on {wd} {dm}, when the paper will be "
         "published online in {journal}. Please do not contact the authors before then."),
        ("Journalists are reminded that details of this research must not be published, broadcast or posted online "
         "before the embargo lifts at {hm} on {wd}."),
        ("Embargoed copies of the paper are available to registered journalists from the {journal} press office, "
         "which can also arrange interviews with the lead author, Dr {name}."),
        ("Please note that the embargo has changed to {hm} on {wd} {dm}, because the journal has brought forward "
         "publication of this week's issue."),
    ]
    return _prose(rng, frames, _fills45(rng))


def _t45_notes_editors_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("{journal} is a peer-reviewed journal published monthly by the {society}. It covers clinical research, "
         "public health and medical policy."),
        ("About {uni}: founded in {year}, the university has more than {n},000 students and is known for its work "
         "on heart disease, nutrition and healthy ageing."),
        ("{funder} is an independent charity that pays for research into lung disease and supports people living "
         "with breathing problems across the country."),
        ("For further information, images or to request an interview, please ring the press office on 020 "
         "{digits} or email press@{domain}."),
    ]
    return _prose(rng, frames, _fills45(rng), ["Notes to editors", "NOTES FOR EDITORS", "Ends"], 0.5)


def _t45_funding_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("{funder} paid for the study. A pair of the authors have been paid speaking fees from drug companies, "
         "which they declared in the paper."),
        ("Declaration of interests: Dr {name} has been paid as an adviser by a company that makes blood pressure "
         "monitors. The other authors declare no competing interests."),
        ("A government grant covered the cost of the research, and its funders played no part in designing the "
         "study, analysing the data or writing the report."),
        ("{outlet}'s health coverage receives grant money from {funder}, which plays no part in deciding what we "
         "publish or how stories are chosen."),
    ]
    return _prose(rng, frames, _fills45(rng))


def _t45_medicine_advice_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("Do not stop taking any prescribed medicine without first talking to your doctor or pharmacist, even if "
         "you have read about possible side effects."),
        ("{drug} can interact with some herbal remedies and with grapefruit juice, so tell your pharmacist about "
         "anything else you are taking before you start a course."),
        ("Patients who have been prescribed {drug} for {use} are being advised to keep taking it while the "
         "regulator reviews the new safety data."),
        ("If you miss a dose, take it as soon as you remember unless it is nearly time for the next one. Never take "
         "two doses at once to make up for it."),
        ("Side effects of {drug} are usually mild and wear off after a few days, but a small number of people get a "
         "rash or swelling and should seek help straight away."),
    ]
    return _prose(rng, frames, _fills45(rng), ["About your medicine", "Important"])


def _t45_glossary_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("What is a randomised trial? Volunteers are split by chance into groups, one of which gets the new "
         "treatment, so that the groups can be fairly compared."),
        ("An observational study simply watches what happens to people over time. It can spot links, but it cannot "
         "show that one thing causes another."),
        ("Peer review means that other scientists in the same field have read the study and checked its methods "
         "before it is accepted for publication."),
        ("A preprint is a research paper shared online before it has been peer reviewed, so its findings should be "
         "treated with extra caution."),
        ("Relative risk compares how likely something is in one group with another. A 20% rise in a very rare "
         "outcome may still affect only a handful of people."),
    ]
    return _prose(rng, frames, _fills45(rng), ["Explained", "Science jargon explained"])


def _t45_signoff_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("I'm signing off for today. {name2} will have the latest forecast for you this evening, and the next "
         "update on this page will be at {hm}."),
        ("Have a good weekend, wherever you are, and if you are heading to the coast, keep an eye on the tide "
         "times. {name}, {met}."),
        ("Forecast by {name}, {met}. I'll be back tomorrow morning with a closer look at how long the rain will "
         "hang around in {region}."),
        ("Thanks for reading. Remember you can send us your weather photos, and the best ones will feature in "
         "tomorrow's forecast. Stay dry out there."),
    ]
    return _prose(rng, frames, _fills45(rng))


def _t45_outlook_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("Looking further ahead, {region} should turn drier from {wd}, with temperatures climbing into the low "
         "twenties, though thunderstorms are possible by the weekend."),
        ("Outlook for {wd} and {wd2}: rather cloudy in the west with outbreaks of rain, brighter in the east with "
         "sunny spells, and feeling cooler everywhere."),
        ("Elsewhere, {town} and the rest of {region} will stay grey and damp for much of {wd}, with mist and low "
         "cloud slow to clear from the hills."),
        ("Next week looks unsettled, with a band of rain moving in from the west on {wd} and strong winds likely "
         "along the exposed coasts of {region}."),
        ("Frost is likely in sheltered parts of {region} overnight, with temperatures dipping to minus {k}C in "
         "rural spots, so gardeners may want to cover tender plants."),
    ]
    return _prose(rng, frames, _fills45(rng), ["Outlook", "The days ahead", "Further ahead"])


def _t45_pollen_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("The pollen count will be very high across {region} on {wd}, mainly grass pollen, so hay fever sufferers "
         "may want to keep windows closed in the afternoon."),
        ("Air pollution is expected to reach moderate levels in {town} tomorrow, and people with lung or heart "
         "conditions are advised to cut down on strenuous activity outdoors."),
        ("UV levels will be high in any sunshine over the next few days, even where it feels cool, so remember sun "
         "cream and a hat if you are out around midday."),
        ("Tree pollen levels are starting to fall, but the grass pollen season is only just getting going and is "
         "likely to peak in {region} in the middle of next month."),
    ]
    return _prose(rng, frames, _fills45(rng))


def _t45_warning_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("A yellow warning for heavy rain is in force for {region} from 6pm on {wd} until midday on {wd2}, with up "
         "to {n}mm possible on high ground."),
        ("{Met} has issued an amber warning for wind covering {region}, where gusts of 70mph could bring down trees "
         "and cause power cuts."),
        ("The warning for snow and ice in {region} has been extended until 10am, and motorists should leave "
         "more time for their journeys."),
        ("Flood alerts remain in place along the river at {town}, where water levels are expected to peak early on "
         "{wd} morning."),
        ("An ice warning has been issued for untreated roads and pavements in {town} and nearby villages "
         "from 8pm tonight."),
    ]
    return _prose(rng, frames, _fills45(rng))


def _t45_heat_health_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("Health officials advise keeping curtains closed on sunny windows, drinking plenty of water and checking "
         "on elderly neighbours during the hot spell."),
        ("Cold weather can raise the risk of heart attacks and chest infections, so older people are being urged "
         "to heat their main living room to at least 18C."),
        ("Pharmacists in {town} say they have seen a rise in people asking about insect bites and sunburn since "
         "the warm weather began last week."),
        ("Dog owners are being reminded not to leave pets in parked cars, even with a window open, because "
         "temperatures inside can become dangerous within minutes."),
    ]
    return _prose(rng, frames, _fills45(rng), ["Staying safe", "Health advice"])


def _t45_apology_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("{rail} apologises to passengers travelling between {town} and {town2}, where trains are being replaced "
         "by buses this weekend while engineers work on the track."),
        ("We're sorry for the disruption on the {town} line this morning, caused by a signalling fault near "
         "{town2}. Tickets are being accepted on local buses."),
        ("{ferry} regrets that the 07:30 sailing from {town} has been cancelled because of high winds. Passengers "
         "will be moved to the next available crossing."),
        ("{airline} apologises for delays to flights from {town} airport, caused by a shortage of ground staff. "
         "Customers should arrive at least two hours before departure."),
        ("Because of a broken-down train at {town2}, lines are blocked and trains may be cancelled or delayed by up "
         "to 40 minutes until the end of the day."),
    ]
    return _prose(rng, frames, _fills45(rng), ["Service update", "Disruption"])


def _t45_travel_advice_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("Passengers travelling from {town} to {town2} on {wd} should look for changes before setting off, as a "
         "reduced timetable will run because of strike action."),
        ("Motorists face long hold-ups on the {road} near {town} over the bank holiday weekend, "
         "when a stretch of the road will close overnight."),
        ("Travellers flying from {town} airport this summer are being asked to allow extra time to get through the "
         "new security scanners, which were installed in the spring."),
        ("Anyone planning to travel to the match at {town} on {wd} should note that the last train back to {town2} "
         "leaves at 22:10."),
    ]
    return _prose(rng, frames, _fills45(rng), ["Travel news", "Before you travel"])


def _t45_roadworks_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("Resurfacing work on the {road} between {town} and {town2} will carry on until {dm}, with a 30mph limit and "
         "temporary lights in place during the day."),
        ("The bridge at {town} will close to traffic from 8pm tonight for a safety inspection, with a signed "
         "diversion via {town2} adding about ten minutes to journeys."),
        ("Gas main replacement on {town} high street means parts of the road will be down to one lane for six "
         "weeks, the council said."),
        ("A lorry has overturned on the {road} southbound near junction {k}, and police say the carriageway is "
         "likely to stay closed for most of the afternoon."),
    ]
    return _prose(rng, frames, _fills45(rng))


def _t45_data_source_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("Check the status of your flight with your airline before leaving for the airport. Times shown here are "
         "supplied by the airport and may change at short notice."),
        ("Live departure information is provided by {rail} and updated every two minutes. We cannot guarantee its "
         "accuracy and accept no liability for missed connections."),
        ("Traffic camera images are supplied by the highways authority and refresh automatically. Some cameras may "
         "be switched off for maintenance or during incidents."),
        ("Road, rail and ferry updates on this page come from the operators themselves. For the latest information, "
         "please check their own websites or the {app} app."),
    ]
    return _prose(rng, frames, _fills45(rng))


def _t45_helpline_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("Should anything in this report have upset you, help and information are available from {helpline}, which "
         "is free of charge and answers calls day and night."),
        ("Anyone struggling with their mental health, or worried about a friend, can talk in confidence to trained "
         "volunteers at {charity} on 0808 {digits}."),
        ("For non-urgent health advice, call {helpline} or use the online symptom checker. In an emergency, always "
         "call the emergency services."),
        ("Worried about a lump or a change in your body? The nurses at {charity} can talk you through your options, "
         "Monday to Friday from 9am to 5pm."),
    ]
    return _prose(rng, frames, _fills45(rng))


def _t45_recruit_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("Researchers at {uni} are looking for volunteers aged over 50 to take part in a year-long study of walking "
         "and memory. Travel expenses will be paid."),
        ("A new trial at {hospital} is recruiting people with type 2 diabetes to test whether a low-calorie soup "
         "and shake diet can put the condition into remission."),
        ("Do you snore? Scientists at {uni} want to hear from people who would be willing to wear a sleep tracker "
         "for two weeks as part of a study."),
        ("Parents of children with eczema are being asked to join a trial comparing two common creams. To find out "
         "more, visit {domain}."),
    ]
    return _prose(rng, frames, _fills45(rng), ["Take part", "Volunteers wanted"])


def _t45_newsletter_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("Get the week's biggest health and science stories in one place. Sign up to our free Body Clock "
         "newsletter, delivered to your inbox every {wd} morning."),
        ("Want the forecast before you leave the house? Sign up for our daily weather email and get the outlook "
         "for {town} at 6am every day."),
        ("Our free Commute Check email tells you about delays on your regular route before you set off. Choose your "
         "lines and roads and we'll do the rest."),
        ("Curious about the world? Our Lab Notes newsletter brings you the strangest and most surprising science "
         "stories of the week, every {wd}."),
    ]
    return _prose(rng, frames, _fills45(rng))


def _t45_photo_ask_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("Send us your weather photos. As long as you stay safe, share your pictures of the snow with our weather "
         "team by emailing weather@{domain}."),
        ("Thanks to {name} from {town} for today's picture of the sunrise over the harbour. Keep your photos coming "
         "and we'll feature our favourites."),
        ("Has the flooding in {region} hit your home or business? If you are happy to share your experience, get in "
         "touch with our newsroom."),
        ("Were you stuck on the {road} last night? Our newsroom is keen to speak to drivers and passengers caught "
         "up in the delays near {town}."),
    ]
    return _prose(rng, frames, _fills45(rng), ["Get in touch", "Your pictures"])


def _t45_updated_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("We first ran this piece in {month} {y} and have since updated it with the latest guidance on "
         "vaccines for children and older adults."),
        ("Updated on {dm} to include new advice from health officials about who is eligible for the free autumn "
         "booster this year."),
        ("This guide is reviewed regularly by our health desk. It was last updated in {month} to reflect changes to "
         "hospital visiting rules."),
        ("Correction: we originally printed the wrong dose of children's fever syrup in this piece. It has been put "
         "right, and we apologise for the mistake."),
    ]
    return _prose(rng, frames, _fills45(rng))


def _t45_more_stories(rng: random.Random, ctx: dict) -> list[str]:
    head = rng.choice(["More from Health", "Weather and travel", "More science stories", "Related"])
    return [head] + headlines(rng, ctx, FALLBACK45, rng.randint(2, 4))


def _t45_story_link(rng: random.Random, ctx: dict) -> list[str]:
    return [f"{rng.choice(['Read more:', 'See also:', 'Related:'])} {headline(rng, ctx, FALLBACK45)}"]


def _fortyfifth_templates() -> dict[str, tuple[str, Template]]:
    """Science, health, weather and travel-information desks."""
    return {
        "s45_review_byline": ("h", _t45_review_byline),
        "s45_disclaimer_short": ("ht", _t45_disclaimer_short),
        "s45_see_doctor_box": ("it", _t45_see_doctor_box),
        "s45_symptoms_box": ("hi", _t45_symptoms_box),
        "s45_study_facts": ("hit", _t45_study_facts),
        "s45_trial_reg": ("it", _t45_trial_reg),
        "s45_embargo_note": ("ht", _t45_embargo_note),
        "s45_drug_box": ("i", _t45_drug_box),
        "s45_glossary_box": ("it", _t45_glossary_box),
        "s45_hourly_forecast": ("hi", _t45_hourly_forecast),
        "s45_indexes": ("hit", _t45_indexes),
        "s45_sun_times": ("ht", _t45_sun_times),
        "s45_tide_times": ("it", _t45_tide_times),
        "s45_warnings_box": ("hi", _t45_warnings_box),
        "s45_forecast_updated": ("ht", _t45_forecast_updated),
        "s45_five_day": ("it", _t45_five_day),
        "s45_departure_board": ("hi", _t45_departure_board),
        "s45_flight_status": ("it", _t45_flight_status),
        "s45_road_status": ("hit", _t45_road_status),
        "s45_ferry_status": ("it", _t45_ferry_status),
        "s45_plan_journey": ("t", _t45_plan_journey),
        "s45_camera_caption": ("i", _t45_camera_caption),
        "s45_journal_ref": ("t", _t45_journal_ref),
        "s45_helpline_box": ("t", _t45_helpline_box),
        "s45_more_stories": ("t", _t45_more_stories),
        "s45_story_link": ("i", _t45_story_link),
        "s45_disclaimer_prose": ("ht", _t45_disclaimer_prose),
        "s45_med_review_prose": ("h", _t45_med_review_prose),
        "s45_see_doctor_prose": ("i", _t45_see_doctor_prose),
        "s45_other_study_prose": ("i", _t45_other_study_prose),
        "s45_expert_reaction_prose": ("it", _t45_expert_reaction_prose),
        "s45_embargo_prose": ("ht", _t45_embargo_prose),
        "s45_notes_editors_prose": ("t", _t45_notes_editors_prose),
        "s45_funding_prose": ("t", _t45_funding_prose),
        "s45_medicine_advice_prose": ("i", _t45_medicine_advice_prose),
        "s45_glossary_prose": ("i", _t45_glossary_prose),
        "s45_signoff_prose": ("t", _t45_signoff_prose),
        "s45_outlook_prose": ("it", _t45_outlook_prose),
        "s45_pollen_prose": ("i", _t45_pollen_prose),
        "s45_warning_prose": ("hi", _t45_warning_prose),
        "s45_heat_health_prose": ("i", _t45_heat_health_prose),
        "s45_apology_prose": ("it", _t45_apology_prose),
        "s45_travel_advice_prose": ("hi", _t45_travel_advice_prose),
        "s45_roadworks_prose": ("i", _t45_roadworks_prose),
        "s45_data_source_prose": ("t", _t45_data_source_prose),
        "s45_helpline_prose": ("t", _t45_helpline_prose),
        "s45_recruit_prose": ("t", _t45_recruit_prose),
        "s45_newsletter_prose": ("it", _t45_newsletter_prose),
        "s45_photo_ask_prose": ("t", _t45_photo_ask_prose),
        "s45_updated_prose": ("h", _t45_updated_prose),
    }


# --- fortysixth: business, markets, investor relations and quizzes -----------------------------------------------

FIRST46 = ["Algernon", "Adaeze", "Torben", "Ottavia", "Lucanor", "Wairimu", "Leofric", "Honora", "Jovan", "Liesbeth",
           "Ignatius", "Temperance", "Olamide", "Rainer", "Ermengarde", "Ebenezer", "Yevgenia", "Marigold"]
LAST46 = ["Hatherleigh", "Oxenbould", "Quibell", "Blandwick", "Treloweth", "Wolstenholme-Adu", "Fennimore-Obi",
          "Scattergood-Reyes", "Lamplugh", "Sowerbutts", "Craddock-Ilori", "Uttley-Shaw", "Moxham", "Estcourt",
          "Bickerstaffe"]
COMPANIES46 = [
    ("Tolliver & Marsh Holdings", "TLMH", "owns and runs 140 garden centres and cafes"),
    ("Quenzara Biotherapeutics", "QNZB", "develops treatments for rare blood disorders"),
    ("Brightcrumb Foods", "BCRM", "makes chilled ready meals and sandwiches for supermarkets"),
    ("Ombrell Logistics", "OMBL", "runs warehouses and delivery fleets for online retailers"),
    ("Veltrane Energy", "VLTN", "supplies gas and electricity to about two million homes"),
    ("Sunforge Semiconductors", "SNFG", "designs low-power chips for cars and household appliances"),
    ("Ticklestone Software", "TKLS", "sells accounting and payroll software to small businesses"),
    ("Moorcandle Retail Group", "MCRG", "owns a chain of discount homeware and clothing stores"),
    ("Garnetby Homes", "GRNB", "builds family houses and flats on brownfield sites"),
    ("Brinsworthy Mutual Assurance", "BRMA", "provides car, home and pet insurance"),
    ("Axlecross Motors", "AXLX", "sells and leases used cars through a network of showrooms"),
    ("Hopvine Breweries", "HOPV", "brews beer and cider and runs around 300 pubs"),
]
EXCHANGES46 = [("Vantrell Stock Exchange", "VSX"), ("Keelhaven Exchange", "KHX"),
               ("Aldersgate Securities Market", "ASM"), ("Ochreline Growth Board", "SGB")]
INDEXES46 = ["VSX 100", "VSX 250", "Keelhaven Composite", "Tessera 40", "Pan-Isle 600", "Ochreline Small Cap"]
WIRES46 = ["Pressfeather Wire", "Lanyard Newswire", "Gazettelink", "Pierhead Release Service"]
BROKERS46 = ["Skerrow Crabtree Securities", "Ormsby & Thale", "Fulmarsh Capital", "Stonechat Partners",
             "Dunlin Equity Research"]
VENDORS46 = ["Tickwell Data", "Pricemoth Market Data", "Quotestream Isles"]
PLATFORMS46 = ["Stashwell", "Pocketfold Invest", "Tallyhome", "Brassfarthing"]
BANKS46 = ["Heronsgate Building Society", "Dabchick Bank", "Cairnmoor Savings", "Thimblewick Mutual", "Lodestar Direct"]
FUNDS46 = ["Sandpiper Global Income", "Kestrelgate UK Smaller Companies", "Norland Balanced Growth",
           "Tiderow Sustainable Equity"]
CITIES46 = ["Port Ellard", "Crowsholt", "Ravenholt", "Wetherlow", "Fallowhaven Bay", "Wolverdale", "Pelsham Quay",
            "Dunsgrove"]
OUTLETS46 = ["The Port Ellard Post", "Crowsholt Money Weekly", "The Ravenholt Standard"]
QUIZZES46 = ["The Friday Fizzer", "Headline Hopscotch", "The Week in Ten", "Newsdrop", "Seven-Day Teaser"]
QTOPICS46 = ["the cost of school uniforms", "a runaway llama", "the new bank holiday", "the heatwave",
             "a record-breaking marrow", "a council recycling row", "the bus fare cap", "a missing tortoise",
             "the price of butter", "a pothole the size of a paddling pool", "the village pantomime row"]
FALLBACK46 = [
    "Port Ellard bakery chain to open 40 new shops", "Crowsholt bus drivers accept pay offer",
    "Ravenholt council approves harbour hotel", "Wetherlow mill sold to housing developer",
    "Energy supplier to cut 300 jobs in Wolverdale", "Fallowhaven Bay festival sells out in hours",
    "Water bills in Dunsgrove to rise by 6%", "Interest rate hold expected next week",
    "Pelsham Quay ferry terminal gets new owner", "Shoppers return to high streets after wet spring",
]


def _name46(rng: random.Random) -> str:
    return f"{rng.choice(FIRST46)} {rng.choice(LAST46)}"


def _co46(rng: random.Random) -> tuple[str, str, str]:
    return rng.choice(COMPANIES46)


def _pct(rng: random.Random, lo: float = 0.1, hi: float = 9.0) -> str:
    return f"{rng.uniform(lo, hi):.1f}"


def _fills46(rng: random.Random) -> dict[str, object]:
    """Common fills for the prose frames; str.format ignores the ones a frame does not use."""
    (c1, t1, w1), (c2, _, _) = rng.sample(COMPANIES46, 2)
    ex = rng.choice(EXCHANGES46)
    i1, i2 = rng.sample(INDEXES46, 2)
    q1, q2 = rng.sample(QTOPICS46, 2)
    w = rng.choice(WIRES46)
    return {
        "name": _name46(rng), "company": c1, "tick": t1, "what": w1, "company2": c2, "exchange": ex[0],
        "exch": ex[1], "index": i1, "index2": i2, "wire": w, "broker": rng.choice(BROKERS46),
        "vendor": rng.choice(VENDORS46), "platform": rng.choice(PLATFORMS46), "bank": rng.choice(BANKS46),
        "fund": rng.choice(FUNDS46), "city": rng.choice(CITIES46), "outlet": rng.choice(OUTLETS46),
        "quiz": rng.choice(QUIZZES46), "topic1": q1, "topic2": q2, "wd": _wd(rng), "dm": _dm(rng), "dm2": _dm(rng),
        "month": rng.choice(MONTHS), "year": rng.randint(1871, 1999), "hm": _hm(rng),
        "p": _pct(rng), "p2": _pct(rng, 2, 19), "k": rng.randint(2, 9), "n": rng.randint(11, 40),
        "m": rng.randint(12, 940), "bn": f"{rng.uniform(0.3, 9.5):.1f}", "div": f"{rng.uniform(1.5, 38):.1f}",
        "price": rng.randint(120, 2400), "level": f"{rng.randint(3000, 19999):,}.{rng.randint(0, 99):02d}",
        "fx": f"{rng.uniform(1.18, 1.34):.4f}", "eur": f"{rng.uniform(1.1, 1.2):.2f}",
        "eur2": f"{rng.uniform(1.1, 1.2):.2f}", "rate": f"{rng.uniform(3.1, 5.4):.2f}", "g": rng.choice([3, 4, 5]),
        "pot": f"{rng.randint(90, 640)},000", "inc": f"{rng.randint(4, 31)},{rng.randint(100, 900)}",
        "oc": f"{rng.uniform(0.1, 1.2):.2f}", "nth": rng.choice(["second", "third", "fourth", "fifth", "sixth"]),
        "home": rng.randint(180, 390), "domain": _domain(c1), "wdomain": _domain(w),
    }


def _t46_quote_box(rng: random.Random, ctx: dict) -> list[str]:
    name, tick, _ = _co46(rng)
    ex = rng.choice(EXCHANGES46)[1]
    price = rng.uniform(40, 3200)
    ch = rng.uniform(-6, 6)
    arrow = "▲" if ch >= 0 else "▼"
    lo = price * rng.uniform(0.6, 0.95)
    lines = [f"{price:,.2f}p  {arrow} {abs(ch) * price / 100:.2f} ({ch:+.2f}%)",
             f"Vol: {rng.uniform(0.1, 40):.1f}m", f"Mkt cap: £{rng.uniform(0.2, 60):.1f}bn",
             f"52-wk range: {lo:,.1f} – {price * rng.uniform(1.05, 1.5):,.1f}", f"P/E {rng.uniform(4, 40):.1f}",
             f"Div yield {rng.uniform(0, 7):.1f}%", f"As of {_hm(rng)}. Delayed 15 mins"]
    return [f"{name} ({ex}: {tick})"] + glue(rng, some(rng, lines, 2, 6), 0.3)


def _t46_chart_tabs(rng: random.Random, ctx: dict) -> list[str]:
    o = rng.uniform(50, 2000)
    lines = ["1D 5D 1M 6M YTD 1Y 5Y Max", "Price | Volume | Compare",
             f"Open {o:,.1f}  High {o * 1.02:,.1f}  Low {o * 0.98:,.1f}  Prev close {o * rng.uniform(0.97, 1.03):,.1f}",
             "Add to watchlist", "Set price alert"]
    return some(rng, lines, 1, 3)


def _t46_index_strip(rng: random.Random, ctx: dict) -> list[str]:
    items = []
    for idx in rng.sample(INDEXES46, rng.randint(2, 4)):
        ch = rng.uniform(-2, 2)
        items.append(f"{idx} {rng.randint(2000, 20000):,}.{rng.randint(0, 9)} {'▲' if ch >= 0 else '▼'} {abs(ch):.2f}%")
    if rng.random() < 0.5:
        items.append(f"GBP/USD {rng.uniform(1.18, 1.34):.4f}")
    return glue(rng, items, 0.6)


def _t46_analyst_box(rng: random.Random, ctx: dict) -> list[str]:
    name, tick, _ = _co46(rng)
    b, h, s = rng.randint(0, 14), rng.randint(0, 9), rng.randint(0, 5)
    target = rng.randint(100, 3000)
    lines = [f"Buy {b}  Hold {h}  Sell {s}", f"Consensus: {rng.choice(['Outperform', 'Hold', 'Buy', 'Underweight'])}",
             f"Average price target: {target}p ({rng.uniform(-20, 35):+.0f}%)",
             (f"{rng.choice(BROKERS46)}: {rng.choice(['Overweight', 'Neutral', 'Add', 'Reduce'])}, target "
             f"{target + rng.randint(-90, 90)}p"), f"Last rating change: {_dm(rng)}"]
    head = rng.choice(["Analyst ratings", f"What analysts say about {tick}", f"{name}: broker views"])
    return [head] + some(rng, lines, 2, 4)


def _t46_earnings_glance(rng: random.Random, ctx: dict) -> list[str]:
    rev, prof = rng.uniform(0.1, 9), rng.randint(8, 900)
    lines = [f"Revenue £{rev:.2f}bn ({rng.uniform(-9, 14):+.0f}%)",
             f"Pre-tax profit £{prof}m (prior year: £{int(prof * rng.uniform(0.7, 1.3))}m)",
             f"Earnings per share {rng.uniform(2, 90):.1f}p", f"Full-year dividend {rng.uniform(1, 40):.1f}p",
             f"Net debt £{rng.randint(20, 2000)}m",
             f"Outlook: {rng.choice(['unchanged', 'raised', 'cut', 'cautious'])}"]
    head = rng.choice(["Results at a glance", "Earnings snapshot", f"{_co46(rng)[0]}: key figures", "AT A GLANCE"])
    return [head] + some(rng, lines, 3, 6)


def _t46_fx_converter(rng: random.Random, ctx: dict) -> list[str]:
    pairs = [("GBP", "USD", 1.27), ("GBP", "EUR", 1.16), ("EUR", "USD", 1.09), ("USD", "JPY", 148.0)]
    a, b, r = rng.choice(pairs)
    r *= rng.uniform(0.95, 1.05)
    amt = rng.choice([1, 10, 100, 250, 500, 1000])
    lines = [f"1 {a} = {r:.4f} {b}", f"Amount: {amt}  From: {a}  To: {b}", f"= {amt * r:,.2f} {b}",
             f"Mid-market rate at {_hm(rng)} UTC", "Swap currencies ⇄"]
    return [rng.choice(["Currency converter", "Convert", "Exchange rates"])] + some(rng, lines, 2, 4)


def _t46_rates_table(rng: random.Random, ctx: dict) -> list[str]:
    kinds = ["Easy access", "1-year fix", "2-year fix", "Notice (95 days)", "Cash Isa",
             "2-year fixed mortgage, 75% LTV", "5-year fixed mortgage, 60% LTV"]
    out = [rng.choice(["Best buy rates", "Top savings rates", "Today's best deals", "Rates table"])]
    sep = rng.choice([" | ", "  ", " · "])
    for kind in some(rng, kinds, 2, 4):
        out.append(sep.join([kind, rng.choice(BANKS46), f"{rng.uniform(3.0, 5.6):.2f}%"]))
    if rng.random() < 0.4:
        out.append(f"Rates correct as of {_dm(rng)}")
    return out


def _t46_ipo_calendar(rng: random.Random, ctx: dict) -> list[str]:
    out = [rng.choice(["IPO calendar", "Upcoming listings", "New issues"])]
    for name, _, _ in rng.sample(COMPANIES46, rng.randint(2, 3)):
        lo = rng.randint(80, 400)
        out.append(f"{_dm(rng)}  {name}  {rng.choice(EXCHANGES46)[1]}  Price range {lo}-{lo + rng.randint(10, 60)}p")
    return out


def _t46_dividend_calendar(rng: random.Random, ctx: dict) -> list[str]:
    out = [rng.choice(["Ex-dividend dates this week", "Dividend calendar", "Coming up: dividends"])]
    for _, tick, _ in rng.sample(COMPANIES46, rng.randint(2, 4)):
        out.append(f"{_wd(rng)[:3]}  {tick}  {rng.uniform(0.5, 40):.2f}p  Pay date {_dm(rng)}")
    return out


def _t46_movers(rng: random.Random, ctx: dict) -> list[str]:
    ticks = [t for _, t, _ in rng.sample(COMPANIES46, 6)]
    up = [f"{t} +{rng.uniform(1, 14):.1f}%" for t in ticks[:3]]
    down = [f"{t} -{rng.uniform(1, 14):.1f}%" for t in ticks[3:]]
    return glue(rng, ["Top risers"] + up, 0.4) + glue(rng, ["Top fallers"] + down, 0.4)


def _t46_commodities(rng: random.Random, ctx: dict) -> list[str]:
    lines = [f"Crude oil ${rng.uniform(60, 95):.2f} {rng.uniform(-3, 3):+.1f}%",
             f"Gold ${rng.randint(1800, 2600):,}/oz {rng.uniform(-2, 2):+.1f}%",
             f"Copper ${rng.randint(7000, 10000):,}/t", f"Wheat {rng.randint(180, 260)} £/t",
             f"Natural gas {rng.randint(60, 140)}p/therm"]
    return glue(rng, some(rng, lines, 2, 4), 0.5)


def _t46_disclaimer_short(rng: random.Random, ctx: dict) -> list[str]:
    lines = ["Capital at risk.", "Not investment advice.", "Investments can go down in value as well as up.",
             "Quotes run at least 15 minutes behind the market.", f"Data provided by {rng.choice(VENDORS46)}.",
             "Sponsored content", "Tax rules can change."]
    return glue(rng, some(rng, lines, 1, 3), 0.5, (" ", " | "))


def _t46_ir_contacts(rng: random.Random, ctx: dict) -> list[str]:
    name, _, _ = _co46(rng)
    dom = _domain(name)
    out = [rng.choice(["Media contacts", "For further information:", "Enquiries"]),
           f"{_name46(rng)}, {name}  +44 20 {_digits(rng, 4)} {_digits(rng, 4)}", f"press@{dom}"]
    if rng.random() < 0.7:
        out += ["", "Investor relations", f"{_name46(rng)}, Head of Investor Relations", f"ir@{dom}"]
    return out


def _t46_ticker_tags(rng: random.Random, ctx: dict) -> list[str]:
    picks = rng.sample(COMPANIES46, 3)
    ex = rng.choice(EXCHANGES46)[1]
    style = rng.randint(0, 3)
    if style == 0:
        return [f"({ex}: {picks[0][1]})"]
    if style == 1:
        return [f"Ticker: {picks[0][1]}.{ex[0]}"]
    if style == 2:
        return ["Related: " + " ".join("$" + p[1] for p in picks)]
    return ["Companies in this story", ", ".join(f"{p[0]} ({p[1]})" for p in picks[:2])]


def _t46_end_marks(rng: random.Random, ctx: dict) -> list[str]:
    name, _, _ = _co46(rng)
    lines = [rng.choice(["###", "- ENDS -", "-30-", "ENDS", "# # #"]), f"SOURCE {name}",
             f"Copyright {rng.randint(2019, 2025)} {rng.choice(WIRES46)}. All rights reserved."]
    return some(rng, lines, 1, 3)


def _t46_dateline(rng: random.Random, ctx: dict) -> list[str]:
    city, wire = rng.choice(CITIES46).upper(), rng.choice(WIRES46)
    first = f"{city}, {_dm(rng)} {rng.randint(2021, 2025)} /{wire}/ -- {headline(rng, ctx, FALLBACK46)}"
    if rng.random() < 0.5:
        return [first]
    return ["Related releases"] + [f"{h} ({wire})" for h in headlines(rng, ctx, FALLBACK46, rng.randint(2, 3))]


def _t46_pension_calc(rng: random.Random, ctx: dict) -> list[str]:
    age = rng.randint(22, 58)
    lines = [f"Your age: {age}", f"Retire at: {rng.choice([60, 65, 66, 67, 68])}",
             f"Current pot: £{rng.randint(0, 200) * 1000:,}", f"Monthly contribution: £{rng.randint(5, 80) * 10}",
             f"Employer adds: {rng.randint(3, 10)}%", f"Estimated pot at retirement: £{rng.randint(40, 900) * 1000:,}",
             "Recalculate", "Reset"]
    return [rng.choice(["Pension calculator", "How much will I have?", "Retirement planner"])] + some(rng, lines, 3, 6)


def _t46_savings_calc(rng: random.Random, ctx: dict) -> list[str]:
    goal = rng.randint(1, 30) * 500
    months = rng.randint(6, 48)
    lines = [f"I want to save: £{goal:,}", f"By: {rng.choice(MONTHS)} {rng.randint(2025, 2029)}",
             f"You need to save £{goal // months:,} a month", f"Interest rate assumed: {rng.uniform(2, 5):.1f}%",
             "Calculate"]
    return [rng.choice(["Savings goal calculator", "Savings calculator"])] + some(rng, lines, 2, 4)


def _t46_fund_facts(rng: random.Random, ctx: dict) -> list[str]:
    lines = [f"Fund: {rng.choice(FUNDS46)}", f"Ongoing charge: {rng.uniform(0.1, 1.2):.2f}%",
             f"Launch date: {_dm(rng)} {rng.randint(1990, 2020)}", f"Fund size: £{rng.randint(40, 4000)}m",
             f"Sector: {rng.choice(['Global', 'UK All Companies', 'Mixed Investment 40-85%', 'Smaller Companies'])}",
             f"1-year return: {rng.uniform(-12, 25):+.1f}%", "Download factsheet (PDF)"]
    return [rng.choice(["Fund facts", "Key information", "FUND SNAPSHOT"])] + some(rng, lines, 2, 5)


QUIZ_QS46 = [
    ("Which animal escaped from a farm and spent two days on a golf course?", ["A llama", "A goat", "An emu", "A pig"]),
    ("How much will the new bus fare cap be?", ["£1.50", "£2", "£2.50", "£3"]),
    ("What was the weight of the record-breaking marrow?", ["48kg", "61kg", "75kg", "92kg"]),
    ("Which town voted to bring back its weekly market?", ["Wetherlow", "Crowsholt", "Dunsgrove", "Fallowhaven Bay"]),
    ("What did the council decide to do with the old lido?", ["Reopen it", "Sell it", "Fill it in",
                                                               "Turn it into a skate park"]),
    ("Roughly how many people watched the pantomime final on the village green?", ["300", "900", "2,000", "5,000"]),
]


def _t46_quiz_counter(rng: random.Random, ctx: dict) -> list[str]:
    n = rng.choice([5, 8, 10, 12, 15])
    k = rng.randint(1, n)
    lines = [rng.choice([f"Question {k} of {n}", f"Q{k}/{n}", f"{k}/{n}"]), "●" * k + "○" * (n - k),
             f"Score so far: {rng.randint(0, k - 1) if k > 1 else 0}", f"Time left: 0:{rng.randint(5, 59):02d}"]
    return glue(rng, some(rng, lines, 1, 3), 0.4)


def _t46_quiz_options(rng: random.Random, ctx: dict) -> list[str]:
    q, opts = rng.choice(QUIZ_QS46)
    style = rng.randint(0, 2)
    if style == 0:
        marks = [f"{c})" for c in "ABCD"]
    elif style == 1:
        marks = [f"{c}." for c in "abcd"]
    else:
        marks = ["○"] * 4
    out = [q] + [f"{m} {o}" for m, o in zip(marks, opts)]
    return out if rng.random() < 0.8 else out[1:]


def _t46_reveal_answer(rng: random.Random, ctx: dict) -> list[str]:
    lines = ["Reveal answer", rng.choice(["Correct!", "Wrong answer", "Not quite!", "Well done!"]),
             f"The answer is {rng.choice('ABCD')}", "Next question →", "Check answer", "Skip"]
    return glue(rng, some(rng, lines, 1, 3), 0.5)


def _t46_quiz_score(rng: random.Random, ctx: dict) -> list[str]:
    n = rng.choice([8, 10, 12, 15])
    s = rng.randint(0, n)
    lines = [rng.choice([f"You got {s}/{n}", f"You scored {s} out of {n}", f"Your score: {round(100 * s / n)}%"]),
             f"Better than {rng.randint(5, 95)}% of players", "Play again",
             f"Rank: {rng.choice(['Scoop Sleuth', 'Headline Hero', 'Casual Reader', 'Back to bed'])}"]
    return some(rng, lines, 1, 3)


def _t46_share_score(rng: random.Random, ctx: dict) -> list[str]:
    n = rng.choice([8, 10, 12])
    quiz = rng.choice(QUIZZES46)
    lines = ["Share your score", rng.choice(["Share on Squawkline", "Post to Flocksy", "Send via Natterbox"]),
             "Copy link", "Challenge a friend", f"I scored {rng.randint(1, n)}/{n} in {quiz}! Can you beat me?"]
    return glue(rng, some(rng, lines, 1, 4), 0.5)


def _t46_quiz_ask(rng: random.Random, ctx: dict) -> list[str]:
    quiz = rng.choice(QUIZZES46)
    lines = ["Take our weekly quiz", f"Quiz: {quiz}", "▶ Start quiz",
             f"{rng.choice([8, 10, 12])} questions · {rng.randint(2, 6)} minutes", "Play the daily teaser"]
    return glue(rng, some(rng, lines, 1, 3), 0.4)


def _t46_markets_close_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("Markets close: the {index} ended {wd} up {p}% at {level}, led by gains for miners and housebuilders, while "
         "{company} fell {p2}% after a profit warning."),
        ("In {city}, the {index2} slipped {p}% as investors waited for next week's interest rate decision, with "
         "banks among the biggest fallers."),
        ("Shares in {company} jumped {p2}% in late trading after the firm said it had agreed to sell its overseas "
         "arm to a rival for an undisclosed sum."),
        ("The pound was little changed against the dollar at {fx}, while the euro edged higher after "
         "stronger-than-expected factory figures."),
        ("Oil prices fell for a third day, dragging down energy shares, although {company} bucked the trend after "
         "announcing a new share buyback."),
    ]
    return _prose(rng, frames, _fills46(rng), ["Markets close", "How the markets did", "Market report"])


def _t46_risk_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("Investments, and whatever income they pay, can shrink as well as grow, so you could end up with less than "
         "you started with. A fund's past returns tell you little about the future."),
        ("Buying shares puts your capital at risk. Not sure an investment suits you? Take advice from a regulated "
         "financial adviser before committing any money."),
        ("How you are taxed turns on your own circumstances, and the rules, including those for pensions and "
         "tax-free savings accounts, can be changed by future governments."),
        ("Cryptocurrencies swing wildly in price and sit outside financial regulation, so there is little "
         "protection if a platform fails. Only put in money you could bear to lose."),
    ]
    return _prose(rng, frames, _fills46(rng), ["Important information", "Risk warning"])


def _t46_not_advice_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("This article gives information, not financial advice, and you should not take it as a nudge to buy or "
         "sell any investment. Writers may own shares in firms mentioned."),
        ("The author owns shares in {company} but has not traded them in the past month. The opinions here are "
         "personal and are not a recommendation."),
        ("Our money coverage is editorially independent. Opening an account through links on this page may earn us "
         "a commission, but that never decides which products we feature."),
        ("Figures quoted are for illustration only and are based on assumptions about growth, charges and inflation "
         "that may not turn out to be correct."),
    ]
    return _prose(rng, frames, _fills46(rng))


def _t46_forward_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("This announcement contains forward-looking statements, which are based on current expectations and "
         "involve risks and uncertainties that could cause actual results to differ materially."),
        ("Words such as expects, intends, plans, believes and estimates identify forward-looking statements. "
         "{company} undertakes no obligation to update them, except where the law requires it."),
        ("Any forward-looking statement is made only at the date of this release, and readers should not rely "
         "unduly on it when making decisions about the company's shares."),
        ("Factors that could affect future results include changes in consumer demand, raw material costs, "
         "currency movements and the outcome of regulatory reviews in the markets where the group operates."),
    ]
    return _prose(rng, frames, _fills46(rng), ["Forward-looking statements", "Cautionary statement"], 0.5)


def _t46_about_company_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("About {company}: {company} {what}. Founded in {city} in {year}, it employs about {k},000 people and is "
         "listed on the {exchange}."),
        ("{company} ({exch}: {tick}) {what}. The group reported revenue of £{bn}bn last year. For more "
         "information, visit {domain}."),
        ("Headquartered in {city}, {company} {what}, and has customers in more than {n} countries."),
        ("{company} is a member of the {index} index. It {what} and has paid a dividend every year since {year}."),
    ]
    return _prose(rng, frames, _fills46(rng), ["About us", "Notes to editors"])


def _t46_analyst_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("{broker} lifted its price target for {company} to {price}p, saying the market had underestimated "
         "demand for its products overseas."),
        ("{broker} downgraded {company} to hold from buy on {wd}, warning that higher energy costs could squeeze "
         "margins in the second half."),
        ("\"We see limited upside from here,\" said {name}, an analyst at {broker}, who cut the forecast for "
         "{company}'s annual profit by {p}%."),
        ("{company} remains a favourite among analysts, with {k} of the {n} who cover the stock rating it a buy, "
         "according to figures compiled by {vendor}."),
    ]
    return _prose(rng, frames, _fills46(rng), ["Broker moves", "Analyst view"])


def _t46_earnings_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("{company} reported a {p2}% rise in half-year profit to £{m}m, helped by higher prices and cost cuts, and "
         "raised its interim dividend to {div}p."),
        ("Sales at {company} fell short of forecasts in the three months to {month}, and the firm said trading had "
         "been hit by wet weather and fewer shoppers."),
        ("{company} said it expected full-year profit to be at the top end of market expectations after a strong "
         "Christmas, sending its shares up {p}%."),
        ("Chief executive {name} said it had been a year of \"solid progress\" for {company}, which opened {n} new "
         "sites and cut its debt."),
    ]
    return _prose(rng, frames, _fills46(rng), ["In other company news", "Elsewhere"])


def _t46_dividend_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("{company} will pay a final dividend of {div}p a share on {dm} to shareholders on the register at the "
         "close of business on {dm2}."),
        ("The board has proposed a special dividend of {div}p, reflecting the group's strong cash position, "
         "alongside a £{m}m share buyback."),
        ("Investors in {company} face a cut to their income after the firm halved its dividend, saying it needed "
         "to keep cash for investment."),
        ("Shares in {company} will trade ex-dividend on {wd}, which means buyers from that date will not receive "
         "the latest payout."),
    ]
    return _prose(rng, frames, _fills46(rng))


def _t46_ipo_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("{company} has confirmed plans to float on the {exchange} later this year, in a listing that could value "
         "the business at about £{bn}bn."),
        ("Shares in {company} rose {p2}% on their first day of trading in {city}, after the float was priced at the "
         "top of its range."),
        ("The long-awaited listing of {company} has been postponed because of market turbulence, the company said "
         "in a statement on {wd}."),
        ("Small investors will be able to buy shares in the {company} float through apps such as {platform}, with a "
         "minimum investment of £{k}0."),
    ]
    return _prose(rng, frames, _fills46(rng))


def _t46_currency_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("If you are travelling abroad this summer, the pound now buys about {eur} euros, compared with {eur2} a "
         "year ago, according to currency dealers."),
        ("The dollar strengthened against most major currencies on {wd} after figures showed jobs growth in the "
         "United States was stronger than expected."),
        ("Exchange rates shown are mid-market rates for information only. The rate you get from a bank or bureau "
         "will usually include a margin."),
        ("Holidaymakers are being urged not to change money at the airport, where rates can be up to {p2}% worse "
         "than those available online."),
    ]
    return _prose(rng, frames, _fills46(rng))


def _t46_calc_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("This calculator is for illustration only. It assumes your investments grow by {g}% a year after charges "
         "and ignores inflation."),
        ("The figures shown are estimates and are not guaranteed. What you actually get will depend on how much you "
         "pay in, investment performance and the charges you pay."),
        ("Based on your answers, you could have a pension pot of about £{pot} when you retire, which might give you "
         "an income of around £{inc} a year."),
        ("Check your state pension forecast before using this tool, as it will give you a better idea of how much "
         "you may need to save for yourself."),
    ]
    return _prose(rng, frames, _fills46(rng))


def _t46_savings_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("Rates were right when we checked on the day of publication but can change at any time. Check the "
         "provider's website for the latest terms before you apply."),
        ("Savers could earn up to {rate}% on an easy-access account with {bank}, though the rate includes a bonus "
         "that falls away after twelve months."),
        ("Fixed-rate bonds lock your money away, so only put in cash you will not need for the term. Early "
         "withdrawals may be blocked or penalised."),
        ("{bank} has cut the rate on its one-year fix to {rate}%, its third reduction this month, as lenders "
         "prepare for lower interest rates."),
    ]
    return _prose(rng, frames, _fills46(rng))


def _t46_newswire_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("{wire} distributed this press release. The issuer alone is responsible for what it says, and our "
         "newsroom has not checked it."),
        ("View the original release on {wdomain}. {wire} does not vouch for information "
         "supplied by the companies it distributes for."),
        ("Content provided by {wire}, a paid-for service. Our journalists were not involved in writing this "
         "announcement and do not endorse it."),
        ("Press releases published in this section are supplied by third parties and appear as they were received, "
         "without editing."),
    ]
    return _prose(rng, frames, _fills46(rng))


def _t46_ir_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("A presentation for analysts and investors will be held at 9am today. A webcast and slides will be "
         "available on the investors section of {domain}."),
        ("The person responsible for arranging the release of this announcement on behalf of {company} is {name}, "
         "Company Secretary."),
        ("This announcement contains inside information. With its publication, that information is now considered "
         "to be in the public domain."),
        ("The annual report and accounts will be posted to shareholders and made available on the company's "
         "website on {dm}, ahead of the meeting in {city}."),
    ]
    return _prose(rng, frames, _fills46(rng))


def _t46_quiz_intro_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("How closely have you been following the news this week? Test your knowledge with our ten questions on "
         "everything from {topic1} to {topic2}."),
        ("It's {wd}, which means it's time for our weekly news quiz. This week we ask about {topic1}, {topic2} and a "
         "surprise by-election result."),
        ("Did you keep up with the headlines? From {topic1} to {topic2}, see how many of this week's stories you "
         "can remember."),
        ("Our quiz master {name} has picked twelve questions from the past seven days. Scroll down to start, and "
         "don't forget to share your score."),
    ]
    return _prose(rng, frames, _fills46(rng), ["Quiz of the week", "News quiz"])


def _t46_quiz_result_prose(rng: random.Random, ctx: dict) -> list[str]:
    f = _fills46(rng)
    f["hl"] = headline(rng, ctx, FALLBACK46)
    frames = [
        ("Well done! You clearly kept a close eye on the news, from {topic1} to {topic2}. Come back next {wd} for "
         "another round."),
        ("Not bad, but there's room for improvement. Most readers knew about {topic1}, but far fewer remembered "
         "{topic2}."),
        ("Oh dear. Perhaps you've been on holiday? Catch up on this week's biggest stories, including \"{hl}\", and "
         "try again next week."),
        ("You're a true news junkie. Only {p}% of players got every question right this week, and the one most "
         "people got wrong was about {topic1}."),
    ]
    return _prose(rng, frames, f)


def _t46_quiz_question_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("Question {k}: residents of {city} made headlines this week after complaining about {topic1}. How many "
         "complaints did the council receive?"),
        ("Question {k}: an allotment holder in {city} was celebrating on {wd} after setting a new record. What had "
         "they grown?"),
        ("Question {k}: which company announced on {wd} that it would close its head office in {city} and move "
         "staff to a new site?"),
        ("Question {k}: a pensioner in {city} was reunited with her pet this week after it went missing for how "
         "many months?"),
    ]
    return _prose(rng, frames, _fills46(rng))


def _t46_quiz_answer_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("The answer is B. The council confirmed on {wd} that {topic1} would be reviewed after more than {n}0 "
         "residents signed a petition."),
        ("Correct answer: {k}. Organisers said the giant marrow, grown on an allotment in {city}, beat the previous "
         "record by almost two kilograms."),
        ("If you said the llama, you were right. It wandered more than three miles before being found outside a "
         "garden centre in {city}, its owners said."),
        ("It was the second option. The bus fare cap, which had been due to end this month, will now stay in place "
         "until the end of next year."),
    ]
    return _prose(rng, frames, _fills46(rng))


def _t46_take_quiz_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("Every {wd} we test your knowledge of the week's news with a ten-question quiz. Missed last week's? You "
         "can still play it in our quiz archive."),
        ("Think you know your news? Take our weekly quiz and see where you rank among other readers. New questions "
         "are published every {wd} at {hm}."),
        ("Fancy another challenge? Try our daily five-question teaser, {quiz}, which tests your memory of "
         "yesterday's headlines."),
        ("Want to set a question for next week's quiz? Send your ideas to quiz@{domain} and we will credit you if "
         "we use it."),
    ]
    f = _fills46(rng)
    f["domain"] = _domain(str(f["outlet"]))
    return _prose(rng, frames, f)


def _t46_price_data_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("Share prices on this page run at least a quarter of an hour behind the market and come from {vendor}, for "
         "information only. Please do not use them to trade."),
        ("Market data is supplied by {vendor}. Index values are delayed, while currency rates are indicative and "
         "updated every few minutes during trading hours."),
        ("Prices shown are in pence unless otherwise stated, and figures in brackets show the change since the "
         "previous close."),
        ("All times shown are local to the exchange. Trading on the {exchange} is closed on {wd} for a public "
         "holiday and resumes the following day."),
    ]
    return _prose(rng, frames, _fills46(rng))


def _t46_fund_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("The {fund} fund returned {p2}% over the past year, beating its benchmark, after its managers added to "
         "holdings in banks and housebuilders."),
        ("Investors pulled £{m}m from global equity funds in {month}, the biggest monthly outflow this year, "
         "according to figures from {vendor}."),
        ("Ongoing charges for the {fund} fund are {oc}% a year. Charges reduce the value of your investment and are "
         "taken whether or not the fund grows."),
        ("The managers of {fund} said they were cautious about the months ahead and had raised cash levels to about "
         "{k}% of the portfolio."),
    ]
    return _prose(rng, frames, _fills46(rng))


def _t46_promo_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("Sponsored: open a stocks and shares account with {platform} this month and pay no platform fee for the "
         "first year. Capital at risk; terms apply."),
        ("Start investing from just £{k}0 a month with {platform}. Choose from ready-made portfolios built by "
         "experts. Your capital is at risk."),
        ("Bring your old pensions together with {platform} and see everything in one app. Fees and risks apply, so "
         "read the key information first."),
        ("Advertisement: {bank} savers can earn a fixed {rate}% for two years. Minimum deposit £1,000. Available for "
         "a limited time only."),
    ]
    return _prose(rng, frames, _fills46(rng), ["Advertisement", "Sponsored", "Promoted"])


def _t46_statement_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("In a statement to the {exchange}, {company} said it was in early talks about a possible merger with "
         "{company2}, adding that there was no certainty an offer would be made."),
        ("{company} said its finance director, {name}, would leave the business next spring "
         "after {n} years in the job."),
        ("The board of {company} notes recent press speculation and confirms it has received an approach from a "
         "private equity firm. A further statement will be made in due course."),
        ("{company} has been fined £{m}m by the regulator over failures in the way it handled customer complaints, "
         "the company confirmed on {wd}."),
    ]
    return _prose(rng, frames, _fills46(rng))


def _t46_economy_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("Inflation eased to {p}% in {month}, official figures showed, as falling petrol prices offset a rise in "
         "the cost of food and furniture."),
        ("House prices rose for the {nth} month in a row, according to {bank}, with the average home now costing "
         "about £{home},000."),
        ("Unemployment held steady at {p}% in the three months to {month}, while wage growth slowed slightly, "
         "easing pressure on the central bank."),
        ("Retail sales fell unexpectedly last month as wet weather kept shoppers away from high streets, official "
         "figures published on {wd} showed."),
    ]
    return _prose(rng, frames, _fills46(rng), ["The economy", "In numbers"])


def _t46_more_business(rng: random.Random, ctx: dict) -> list[str]:
    head = rng.choice(["More business news", "Markets: latest", "Top stories in Money", "Most read in Business"])
    return [head] + headlines(rng, ctx, FALLBACK46, rng.randint(2, 4))


def _fortysixth_templates() -> dict[str, tuple[str, Template]]:
    """Business, markets and investor-relations desks, and news quizzes."""
    return {
        "s46_quote_box": ("hi", _t46_quote_box),
        "s46_chart_tabs": ("hi", _t46_chart_tabs),
        "s46_index_strip": ("ht", _t46_index_strip),
        "s46_analyst_box": ("it", _t46_analyst_box),
        "s46_earnings_glance": ("hi", _t46_earnings_glance),
        "s46_fx_converter": ("i", _t46_fx_converter),
        "s46_rates_table": ("it", _t46_rates_table),
        "s46_ipo_calendar": ("it", _t46_ipo_calendar),
        "s46_dividend_calendar": ("it", _t46_dividend_calendar),
        "s46_movers": ("it", _t46_movers),
        "s46_commodities": ("hi", _t46_commodities),
        "s46_disclaimer_short": ("ht", _t46_disclaimer_short),
        "s46_ir_contacts": ("t", _t46_ir_contacts),
        "s46_ticker_tags": ("ht", _t46_ticker_tags),
        "s46_end_marks": ("t", _t46_end_marks),
        "s46_dateline": ("ht", _t46_dateline),
        "s46_pension_calc": ("i", _t46_pension_calc),
        "s46_savings_calc": ("it", _t46_savings_calc),
        "s46_fund_facts": ("i", _t46_fund_facts),
        "s46_quiz_counter": ("hi", _t46_quiz_counter),
        "s46_quiz_options": ("i", _t46_quiz_options),
        "s46_reveal_answer": ("i", _t46_reveal_answer),
        "s46_quiz_score": ("t", _t46_quiz_score),
        "s46_share_score": ("t", _t46_share_score),
        "s46_quiz_ask": ("ht", _t46_quiz_ask),
        "s46_more_business": ("t", _t46_more_business),
        "s46_markets_close_prose": ("it", _t46_markets_close_prose),
        "s46_risk_prose": ("ht", _t46_risk_prose),
        "s46_not_advice_prose": ("t", _t46_not_advice_prose),
        "s46_forward_prose": ("t", _t46_forward_prose),
        "s46_about_company_prose": ("t", _t46_about_company_prose),
        "s46_analyst_prose": ("i", _t46_analyst_prose),
        "s46_earnings_prose": ("i", _t46_earnings_prose),
        "s46_dividend_prose": ("i", _t46_dividend_prose),
        "s46_ipo_prose": ("it", _t46_ipo_prose),
        "s46_currency_prose": ("i", _t46_currency_prose),
        "s46_calc_prose": ("i", _t46_calc_prose),
        "s46_savings_prose": ("it", _t46_savings_prose),
        "s46_newswire_prose": ("t", _t46_newswire_prose),
        "s46_ir_prose": ("t", _t46_ir_prose),
        "s46_quiz_intro_prose": ("h", _t46_quiz_intro_prose),
        "s46_quiz_result_prose": ("t", _t46_quiz_result_prose),
        "s46_quiz_question_prose": ("i", _t46_quiz_question_prose),
        "s46_quiz_answer_prose": ("i", _t46_quiz_answer_prose),
        "s46_take_quiz_prose": ("ht", _t46_take_quiz_prose),
        "s46_price_data_prose": ("ht", _t46_price_data_prose),
        "s46_fund_prose": ("i", _t46_fund_prose),
        "s46_promo_prose": ("it", _t46_promo_prose),
        "s46_statement_prose": ("hi", _t46_statement_prose),
        "s46_economy_prose": ("hi", _t46_economy_prose),
    }


BLIND18_TEMPLATES: dict[str, Callable[[], dict[str, tuple[str, Template]]]] = {
    "fortyfifth": _fortyfifth_templates,
    "fortysixth": _fortysixth_templates,
}
