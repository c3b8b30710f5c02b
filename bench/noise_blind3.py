"""Two more blind noise splits ("fifteenth", "sixteenth") for the plain-text cleaner.

Why this module exists: every earlier split has been measured and then tuned against, so its score no longer says
how the cleaner does on noise it has never met.  These templates were written blind, by someone who did not read
the cleaner, its rules, its tests or its output on any split, from experience of what scrapers really pick up.
They use their own vocabulary and wordings, different from bench/noise_unseen.py and bench/noise_blind2.py, and
roughly a third of the templates in each split are prose: full sentences that read like article text but are
boilerplate (the hard case for a line-level cleaner).

  fifteenth  the everyday web news page: read-time and listen lines, bylines with roles and outlets, date and
             updated stamps in many formats and languages, photo captions and credits (doubled, agency credits,
             "(Photo: ...)", Getty, "Image 3 of 12", "toggle caption"), source-link trailers and first-published
             notes, share/print/save bars, newsletter sign-ups and pitches, donation and membership appeals in
             prose, ad markers, related / recommended / more-from headline lists, tag footers, author bios with
             contact details, comment widgets, cookie lines, copyright footers, corrections, "this story has been
             updated", contributing and additional-reporting lines, agency credits, newsroom contacts, alert and
             app prompts, social follow lines, breadcrumbs, account menus, weather widgets, market tickers,
             series labels, reviewer stamps, event and feedback asks, house ads, footer menus.
  sixteenth  aggregation, syndication and re-publishing: aggregator and reader-app wrappers (portal, AMP, feed
             readers, Apple News, SmartNews, Flipboard style), RSS/Atom item fields and feed notices, leaked page
             metadata, press-release wires (datelines, "About <company>" paragraphs, forward-looking statements,
             media contacts, "SOURCE" and "View original content" lines, multimedia links, notes to editors),
             blog re-posts (share buttons, "Like Loading...", Blogger post footers, reply forms, follow-by-email,
             related posts, Medium and Substack footers, cross-post notes, scraper-blog notices), forum, Reddit
             and Hacker-News-style pastes, e-mail forwards and newsletter footers, archive and cache notes,
             machine-translation notices, wire trailers and agency slugs, syndicate copyright lines, views
             disclaimers, "Watch:" and video embeds, YouTube descriptions, podcast promos.

Templates have the format of bench/clean_noise.py: name -> (positions, fn), positions a string over "h" (head,
between title and body), "i" (inline, between body paragraphs) and "t" (tail); fn(rng, ctx) returns the lines of
one block ("" is a blank line inside the block).  ctx["headlines"] holds other articles' headlines (it may be empty
or hold one); ctx may also carry "title" and "paragraphs", which these templates never use: no template copies the
article's own title or body text, so word-level scoring stays valid.

    from bench.noise_blind3 import BLIND3_TEMPLATES
    from bench.noise_unseen import make_noisy_glued
    text = make_noisy_glued(article, random.Random(7), BLIND3_TEMPLATES["fifteenth"](), headlines)
"""

from __future__ import annotations

import datetime
import random
import re

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

# --- vocabulary of our own ----------------------------------------------------------------------------------------

GIVEN = ["Imogen", "Tobias", "Nkechi", "Rhys", "Leila", "Gareth", "Shreya", "Piotr", "Maeve", "Joaquin", "Harriet",
         "Emeka", "Saoirse", "Anders", "Farah", "Niamh", "Kofi", "Beatriz", "Lachlan", "Yasmin", "Ewan", "Ifeoma"]
FAMILY = ["Ashdown", "Okoro", "Pemberton", "Kowalczyk", "Gallagher", "Rautio", "Chaudhry", "Beaumont", "Ndlovu",
          "Castellanos", "Holloway", "Sorensen", "Mwangi", "Devereux", "Tremblay", "Lockhart", "Abubakar", "Marchetti",
          "Fairweather", "Szabo"]
MASTHEADS = ["The Ferrybridge Post", "Westvale Record", "Harrowgate Standard", "The Estuary Journal",
             "Northfield Gazette", "The Lantern Review", "Copperbelt Daily", "The Highland Dispatch",
             "Riverton Bugle", "The Meridian Star", "Coastline Courier", "The Civic Desk"]
TOWNS = ["Leeds", "Bristol", "Cardiff", "Belfast", "Aberdeen", "Norwich", "Brighton", "Cork", "Galway", "Adelaide",
         "Perth", "Wellington", "Durban", "Kampala", "Kigali", "Pune", "Chennai", "Ottawa", "Denver", "Atlanta",
         "Seattle", "Boston", "Lyon", "Rotterdam"]
BEATS = ["transport", "housing", "the courts", "local government", "health care", "higher education", "immigration",
         "the environment", "consumer affairs", "energy policy", "small business", "public safety", "the arts"]
ROLES15 = ["Health Correspondent", "Transport Reporter", "Courts Reporter", "Chief Political Correspondent",
           "Consumer Affairs Editor", "Regional Reporter", "Senior Producer", "Investigations Editor",
           "Night Editor", "Environment Correspondent", "Community Reporter", "Freelance Journalist"]
NEWSLETTERS15 = ["The Ledger Letter", "Nightcap", "Saturday Edition", "The Commute", "Inbox Politics", "Field Notes",
                 "The Sunday Read", "Bottom Line", "Morning Compass", "The Weekender"]
MONEY15 = ["$7", "$12", "$25", "£3", "£6", "£10", "€4", "€8", "A$10", "C$15", "NZ$9", "R75"]
CAPTIONS15 = ["Firefighters work through the night to contain the blaze.",
              "A commuter waits on an empty platform during the walkout.",
              "Residents inspect the damage to their homes on Sunday morning.",
              "The chairman arrives for the shareholder meeting.",
              "Supporters wave scarves before kick-off.",
              "Nurses gather for a vigil outside the hospital.",
              "A lorry crosses the new bridge on its first day of opening.",
              "Children play in a fountain as temperatures soar.",
              "The singer performs during the opening night of her tour.",
              "Police officers stand guard at the entrance to the court."]
FALLBACK_HEADS = ["Ferry operator cancels winter sailings", "School meals scheme extended for another year",
                  "Jobless rate edges higher in spring", "Veteran goalkeeper announces retirement",
                  "City council votes to cut parking charges"]
LOCAL_MONTHS = {
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"],
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
           "października", "listopada", "grudnia"],
    "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
           "november", "december"],
    "tr": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım",
           "Aralık"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
           "novembro", "dezembro"],
}

# sixteenth's own fills
AGGREGATORS = ["Yahoo News", "MSN", "Google News", "Apple News", "Flipboard", "SmartNews", "NewsBreak", "Ground News",
               "NewsNow", "Inkl", "Feedly", "Inoreader", "Opera News", "Particle"]
PR_WIRES = ["PRNewswire", "Business Wire", "GLOBE NEWSWIRE", "ACCESSWIRE", "EZ Newswire", "Newsfile Corp."]
PR_COMPANIES = ["Lumora Biotech", "Quayside Logistics Holdings", "Brightwater Utilities", "Verdant Grid",
                "Novacrest Therapeutics", "Castellan Software", "Harrowfield Foods", "Pellucid Networks",
                "Ashgrove Capital Partners", "Tidewell Energy", "Orrin Aerospace", "Silverline Hospitality Group"]
INDUSTRIES = ["clinical-stage biotechnology", "cloud security", "renewable energy", "specialty foods", "logistics",
              "payments", "hospitality", "aerospace components", "water infrastructure", "data analytics"]
EXCHANGES = ["NASDAQ", "NYSE", "LSE", "TSX", "ASX", "AIM"]
BLOGS = ["Notes from the Marsh", "The Quiet Ledger", "Policy Scratchpad", "Midweek Musings", "Terrace Talk",
         "The Overthinker", "Rural Round-Up", "Back of the Envelope", "Footnotes & Friction", "Signal Over Noise"]
SUBREDDITS = ["worldnews", "news", "unitedkingdom", "europe", "economics", "technology", "soccer", "ukpolitics",
              "australia", "india"]
FORUM_USERS = ["grey_heron", "cobblestone77", "NorthernSoul", "tea_and_toast", "midnightrambler", "quietcartographer",
               "OldHand", "buslane_bandit", "ferret_wrangler", "Pembroke_Jack", "lurkerno9", "AuntieBeryl"]
SHOWS16 = ["The Wire Room", "Second Draft", "Dispatch Daily", "Off the Record Weekly", "The Syndicate Hour",
           "Headline Hangover"]
LANGS16 = ["German", "Portuguese", "Italian", "Turkish", "Polish", "Indonesian", "Dutch", "Swedish", "Greek",
           "Japanese"]
STREETS16 = ["Wharf Street", "Kingsway", "Ashby Road", "Market Place", "Tannery Lane", "Old Bank Yard"]


# --- fill helpers -------------------------------------------------------------------------------------------------


def _person(rng: random.Random) -> str:
    """A name: the shared list a quarter of the time, otherwise made up so lines vary between articles."""
    return rng.choice(NAMES) if rng.random() < 0.25 else f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"


def _outlet(rng: random.Random) -> str:
    return rng.choice(MASTHEADS + OUTLETS)


def _domain(name: str) -> str:
    """A stable web address for an outlet, company or blog name."""
    stem = re.sub(r"[^a-z0-9]", "", name.lower().removeprefix("the "))
    return stem + [".com", ".co.uk", ".org", ".net", ".com.au", ".ie"][sum(map(ord, name)) % 6]


def _mailbox(rng: random.Random, name: str) -> str:
    return f"{rng.choice(['newsroom', 'desk', 'hello', 'press', 'readers', 'stories', 'media'])}@{_domain(name)}"


def _personal_email(rng: random.Random, person: str, org: str) -> str:
    first, *rest = re.sub(r"[^A-Za-z ]", "", person).lower().split()
    last = rest[-1] if rest else "news"
    return rng.choice([f"{first}.{last}", f"{first[0]}{last}", f"{first}"]) + "@" + _domain(org)


def _phone(rng: random.Random) -> str:
    return rng.choice([f"+44 113 496 0{rng.randint(100, 999)}", f"(212) 555-0{rng.randint(100, 199)}",
                       f"+1 303 555 0{rng.randint(100, 199)}", f"+61 8 7010 {rng.randint(1000, 9999)}",
                       f"029 2018 {rng.randint(1000, 9999)}", f"+353 1 555 {rng.randint(1000, 9999)}"])


def _ymd(rng: random.Random) -> tuple[int, int, int]:
    return rng.randint(2012, 2024), rng.randint(1, 12), rng.randint(1, 28)


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _when(rng: random.Random) -> str:
    """A date in an English-language house style."""
    y, m, d = _ymd(rng)
    month = MONTHS[m - 1]
    return rng.choice([f"{month} {d}, {y}", f"{d} {month} {y}", f"{month[:3]} {d} {y}", f"{_ordinal(d)} {month} {y}",
                       f"{d:02d}-{month[:3]}-{y}", f"{y}/{m:02d}/{d:02d}", f"{m}.{d}.{y}"])


def _hm12(rng: random.Random) -> str:
    h, m = rng.randint(1, 12), rng.randint(0, 59)
    return rng.choice([f"{h}:{m:02d} p.m.", f"{h}:{m:02d} a.m.", f"{h}:{m:02d}PM", f"{h}:{m:02d} AM"])


def _headline(rng: random.Random, ctx: dict) -> str:
    """Another article's headline, or a stock one when the renderer gave none."""
    return rng.choice(ctx.get("headlines") or FALLBACK_HEADS)


def _headlines(rng: random.Random, ctx: dict, k: int) -> list[str]:
    pool = ctx.get("headlines") or FALLBACK_HEADS
    return rng.sample(pool, min(k, len(pool)))


def _slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:70]


def _caption(rng: random.Random) -> str:
    return rng.choice(CAPTIONS15 + CAPTIONS)


def _agency(rng: random.Random) -> str:
    return rng.choice(AGENCIES + ["Getty Images", "Shutterstock", "Alamy", "Press Association", "SOPA Images"])


def _some(rng: random.Random, items: list[str], lo: int, hi: int) -> list[str]:
    """A random run of `items`, kept in page order (widgets lose different parts in different scrapes)."""
    k = rng.randint(lo, min(hi, len(items)))
    return [items[i] for i in sorted(rng.sample(range(len(items)), k))]


def _desk(rng: random.Random) -> str:
    """A beat as a desk name ('housing', 'courts'), without the article some beats carry."""
    return rng.choice(BEATS).removeprefix("the ")


def _pronoun(rng: random.Random) -> tuple[str, str]:
    """Subject and object pronoun, for bios written in the third person."""
    return rng.choice([("she", "her"), ("he", "him"), ("they", "them")])


# ==================================================================================================================
# fifteenth: the everyday web news page
# ==================================================================================================================


def _f15_read_listen(rng: random.Random, ctx: dict) -> list[str]:
    """Read-time and listen lines under the headline, one of them a full sentence."""
    mins, words = rng.randint(2, 16), rng.randint(4, 40) * 100
    m, s = rng.randint(2, 19), rng.randint(0, 59)
    return rng.choice([
        [f"⏱ {mins}-min read"],
        [f"Reading time: approx. {mins} minutes"],
        [f"{words:,} words · about {mins} minutes"],
        [f"Listen ({m}:{s:02d})", f"{mins} min read"],
        [f"🎧 Listen to this story · {m} min {s} sec"],
        [f"Time to read: {mins} mins"],
        [f"This story is {words:,} words long and should take about {mins} minutes to read."],
        [f"Narrated by {_person(rng)}", f"{m}:{s:02d}"],
        ["Hear this article read aloud", f"{m}:{s:02d} | {mins}-minute read"],
    ])


def _f15_byline(rng: random.Random, ctx: dict) -> list[str]:
    """Bylines with roles and outlets, on one line or stacked."""
    name, other = _person(rng), _person(rng)
    role, outlet, town = rng.choice(ROLES15), _outlet(rng), rng.choice(TOWNS)
    return rng.choice([
        [f"{name}, {role}, {outlet}"],
        [f"By {name} | {role} | {outlet}"],
        [name, role],
        [f"{name} • {role.lower()}"],
        [f"By {name} for {outlet}"],
        [name, f"{outlet} {role.lower()}", town],
        [f"BY {name.upper()}, {outlet.upper()}"],
        [f"{name} ({role}) — {town}"],
        [f"Author: {name}"],
        [f"Report: {name} | Pictures: {other}"],
        [f"Contributor: {name}", f"Opinions expressed by {outlet} contributors are their own."],
    ])


def _f15_stamp_english(rng: random.Random, ctx: dict) -> list[str]:
    """Publication stamps in English-language formats."""
    y, m, d = _ymd(rng)
    hh, mm = rng.randint(0, 23), rng.randint(0, 59)
    month, wd = MONTHS[m - 1], rng.choice(WEEKDAYS)
    zone = rng.choice(["ET", "PT", "CT", "UTC", "GMT", "BST", "AEST", "NZST", "IST", "CAT"])
    return [rng.choice([
        f"Posted: {y}-{m:02d}-{d:02d} {hh:02d}:{mm:02d}",
        f"{month[:3]} {d} {y}, {_hm12(rng)} {zone}",
        f"{wd}, {month} {_ordinal(d)} {y}",
        f"Date: {d:02d}-{month[:3]}-{y}",
        f"{month.upper()} {d}, {y} | {_hm12(rng).upper()}",
        f"Published on {wd[:3]}, {d} {month[:3]} {y} {hh:02d}:{mm:02d}:{rng.randint(0, 59):02d} {zone}",
        f"{d}/{m}/{y} at {hh:02d}:{mm:02d}",
        f"{wd} {month} {d} {y} - {_hm12(rng)}",
        f"Dated {_ordinal(d)} {month}, {y}",
    ])]


def _f15_stamp_foreign(rng: random.Random, ctx: dict) -> list[str]:
    """Publication and update stamps from localised page templates."""
    y, m, d = _ymd(rng)
    hh, mm = rng.randint(0, 23), rng.randint(0, 59)
    lm = LOCAL_MONTHS
    return [rng.choice([
        f"Publicado el {d} de {lm['es'][m - 1]} de {y}, {hh:02d}:{mm:02d}",
        f"Mis à jour le {d} {lm['fr'][m - 1]} {y} à {hh}h{mm:02d}",
        f"Stand: {d:02d}.{m:02d}.{y} {hh:02d}:{mm:02d} Uhr",
        f"Gepubliceerd op {d} {lm['nl'][m - 1]} {y} om {hh:02d}:{mm:02d}",
        f"Opublikowano: {d} {lm['pl'][m - 1]} {y}, {hh:02d}:{mm:02d}",
        f"Publicerad {d} {lm['sv'][m - 1]} {y} kl. {hh:02d}.{mm:02d}",
        f"Güncelleme: {d} {lm['tr'][m - 1]} {y} {hh:02d}:{mm:02d}",
        f"Publicado em {d} de {lm['pt'][m - 1]} de {y} às {hh}h{mm:02d}",
        f"Julkaistu {d}.{m}.{y} {hh}:{mm:02d}",
        f"Pubblicato il {d:02d}/{m:02d}/{y} - {hh:02d}:{mm:02d}",
    ])]


def _f15_updated(rng: random.Random, ctx: dict) -> list[str]:
    """Update and revision stamps, relative and absolute."""
    y, m, d = _ymd(rng)
    month = MONTHS[m - 1]
    later = min(d + rng.randint(0, 2), 28)
    return rng.choice([
        [f"UPDATED {rng.randint(2, 23)} HOURS AGO"],
        [f"Originally published {month[:3]}. {d}, {y}; updated {month[:3]}. {later}, {y} at {_hm12(rng)}"],
        [f"Last edit: {later} {month} {y}"],
        [f"Rev. {y}-{m:02d}-{later:02d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d} UTC"],
        [f"Updated {rng.randint(2, 59)} min ago", f"First published {_when(rng)}"],
        [f"Modified {_when(rng)}"],
        [f"Refreshed at {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"],
        [f"Updated: {_ordinal(later)} {month} {y}, {_hm12(rng)}"],
    ])


def _f15_photo_caption(rng: random.Random, ctx: dict) -> list[str]:
    """Photo captions with their credits, often printed twice (once by the figure, once by the lightbox)."""
    cap, name, agency = _caption(rng), _person(rng), _agency(rng)
    total = rng.randint(4, 24)
    k = rng.randint(1, total)
    credited = f"{cap} (Photo: {name}/{agency})"
    return rng.choice([
        [cap, f"(Photo: {name}/{agency})"],
        [credited, credited],
        [credited, "", credited],
        [cap, f"{name}/Getty Images", cap, f"{name}/Getty Images"],
        [f"Image {k} of {total}", cap, f"{name} / Getty Images"],
        [cap, "toggle caption", f"{name}/{agency}"],
        ["Enlarge this image", cap, f"{name} for {_outlet(rng)}"],
        [f"{cap} | Getty Images"],
        [f"Photo: {name} | {agency}", cap],
        [f"{k}/{total}", cap, f"(Photo: {agency})"],
        [f"{cap} (Getty Images)"],
    ])


def _f15_photo_credit(rng: random.Random, ctx: dict) -> list[str]:
    """Credit lines on their own, as left by lead images and illustrations."""
    name, agency = _person(rng), _agency(rng)
    return [rng.choice([
        "Getty Images/iStockphoto", f"Supplied: {name}", f"Courtesy of the {rng.choice(FAMILY)} family",
        f"Handout via {agency}", f"Photo illustration: {name}; source images: Getty Images", f"(Credit: {agency})",
        f"Image: screengrab/{rng.choice(['YouTube', 'X', 'Facebook', 'TikTok'])}", f"Pool photo via {agency}",
        f"Illustration by {name}", f"Photograph: {name}/{agency}", f"📷 {name}", f"Lead image: {agency}",
    ])]


def _f15_share_bar(rng: random.Random, ctx: dict) -> list[str]:
    """Share, print, save and bookmark tools, as one row or stacked."""
    tools = _some(rng, ["Share", "Print", "Save", "Bookmark", "Email this article", "Copy URL", "Pocket", "Flipboard",
                        "Reddit", "LinkedIn", "Messenger", "Text", "More sharing options", "Add to favourites",
                        "🔖 Bookmark", "🖨️ Print", f"{rng.randint(2, 900)} Shares"], 2, 5)
    if rng.random() < 0.5:
        return [rng.choice([" | ", "  ", " · ", " / "]).join(tools)]
    return tools


def _f15_newsletter_prose(rng: random.Random, ctx: dict) -> list[str]:
    """Newsletter pitches written as ordinary-looking sentences."""
    nl, outlet, wd = rng.choice(NEWSLETTERS15), _outlet(rng), rng.choice(WEEKDAYS)
    pool = [
        (f"{nl} is our free {rng.choice(['weekly', 'daily', 'fortnightly'])} email with the stories you might "
         f"have missed. It takes about {rng.randint(3, 9)} minutes to read."),
        f"Want this in your inbox? {nl} arrives every {wd} at {rng.randint(5, 8)}am.",
        ("Sign up and you'll get a hand-picked selection of our best journalism, plus a few things from around the "
         "web that caught our eye."),
        f"Join {rng.randint(12, 480)},000 readers who start their {wd} with {nl}.",
        f"Our {_desk(rng)} team sends a short, sharp briefing every weekday. Add your email below to get it.",
        "It's free, and you can unsubscribe whenever you like.",
        f"Like what you're reading? Get more of {outlet}'s reporting delivered straight to you.",
        f"Every {wd}, {_person(rng)} picks the five stories everyone will be talking about.",
    ]
    return rng.sample(pool, rng.randint(1, 3))


def _f15_newsletter_form(rng: random.Random, ctx: dict) -> list[str]:
    """A sign-up form flattened to text: name, field labels, legal small print, status messages."""
    head = rng.choice([rng.choice(NEWSLETTERS15), f"Get {rng.choice(NEWSLETTERS15)}", "Stay in the loop",
                       "Free newsletter", "📬 Sign up"])
    return [head] + _some(rng, ["Your email address", "Email*", "Sign up now", "Subscribe",
                                ("By signing up, you agree to our Terms of Service and acknowledge our Privacy "
                                 "Notice."),
                                ("This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of "
                                 "Service apply."),
                                "Thanks for subscribing!", "Please enter a valid email address.",
                                "Check your inbox to confirm your subscription.", "No spam, ever."], 1, 4)


def _f15_donation_prose(rng: random.Random, ctx: dict) -> list[str]:
    """Donation appeals written as paragraphs of prose, with an optional button."""
    outlet, money = _outlet(rng), rng.choice(MONEY15)
    n = rng.randint(2, 60) * 1000 + rng.randint(0, 999)
    pool = [
        (f"Here's the thing: {outlet} doesn't charge for access. Our reporting is paid for by readers who decide it "
         "is worth it."),
        "Newsrooms across the country are shrinking. Ours is still here because people like you chose to help.",
        f"A gift of {money} today helps us send reporters to the places others have stopped covering.",
        f"Last year {n:,} readers made a donation. This year we hope to reach {n + rng.randint(500, 9000):,}.",
        "We are a non-profit newsroom, and donations are tax-deductible to the extent allowed by law.",
        f"If everyone who saw this message gave {money}, we would be funded for the rest of the year.",
        "Independent reporting has never mattered more, and it has never been harder to pay for.",
        "Your support keeps our journalism open to everyone, whatever they can afford.",
        f"Please give what you can before midnight on {rng.choice(WEEKDAYS)}, when our matching grant runs out.",
    ]
    lines = rng.sample(pool, rng.randint(1, 3))
    if rng.random() < 0.5:
        lines.append(rng.choice(["Give today", "Make a donation", f"Donate {money}", "Support our newsroom",
                                 "Yes, I'll give", "Donate ❤"]))
    return lines


def _f15_membership_prose(rng: random.Random, ctx: dict) -> list[str]:
    """Membership offers in prose: perks, prices, thank-yous."""
    outlet, money = _outlet(rng), rng.choice(MONEY15)
    pool = [
        "Members get ad-free reading, invitations to newsroom events and a quarterly print magazine.",
        f"Become a {outlet} member for {money} a month. Cancel anytime.",
        "Already a member? Thank you. Log in to hide this message.",
        "Membership is how we stay independent: no shareholders and no owner telling us what to write.",
        "For less than the price of a coffee a week, you get unlimited access to everything we publish.",
        f"Gift a year of {outlet} to someone who would love it.",
        f"Our members are {rng.randint(2, 40)}% of our readers and pay for nearly everything we do.",
    ]
    return rng.sample(pool, rng.randint(1, 2))


def _f15_ad_marker(rng: random.Random, ctx: dict) -> list[str]:
    """Ad slot labels and the controls around them."""
    return _some(rng, ["ADVERTISING", "Ad Feedback", "Sponsored message", "Remove ads", "Story continues",
                       "The article continues after this advertisement", "Ads help support our journalism",
                       "Why this ad?", f"AD · 0:{rng.randint(5, 30):02d}", "Content continues below",
                       "Paid partner content", "— ad —", "Promoted content"], 1, 2)


def _f15_inline_related(rng: random.Random, ctx: dict) -> list[str]:
    """One or two related links between paragraphs, with labels the earlier splits did not use."""
    heads = _headlines(rng, ctx, 2)
    label = rng.choice(["Read next", "Up next", "Keep reading", "Related coverage", "Go deeper", "Recommended for you",
                        "Previously", "From our archive", "In case you missed it", "Background"])
    return rng.choice([
        [f"{label}: {heads[0]}"], [label.upper(), *heads], [f"{label} →", heads[0]], [f"▶ {label}: {heads[-1]}"],
        [f"{label} | {heads[0]}"],
    ])


def _f15_more_from(rng: random.Random, ctx: dict) -> list[str]:
    """Recommended / more-from / latest lists at the foot of a page, with bullets or time stamps."""
    outlet = _outlet(rng)
    label = rng.choice([f"More from {outlet}", f"More in {rng.choice(SECTIONS)}", "Latest stories",
                        "Recommended", "Editors' picks", "Popular right now", "What others are reading",
                        f"Top stories in {rng.choice(TOWNS)}"])
    style = rng.randint(0, 3)
    items = []
    for k, h in enumerate(_headlines(rng, ctx, rng.randint(2, 4)), 1):
        items.append([f"• {h}", f"{h} — {rng.randint(1, 23)}h ago", f"{k:02d} {h}", h][style])
    return [label, *items]


def _f15_tag_footer(rng: random.Random, ctx: dict) -> list[str]:
    """Tag and topic footers under new labels."""
    tags = rng.sample(TOPICS + [b.title() for b in BEATS] + TOWNS, rng.randint(2, 5))
    return rng.choice([
        [f"Tagged with: {', '.join(tags)}"], [f"More about: {' · '.join(tags)}"], [f"Subjects: {'; '.join(tags)}"],
        ["Browse topics", *tags], [f"See more stories about {tags[0]}"], [f"Posted under {' / '.join(tags)}"],
        [" ".join(f"[{t}]" for t in tags)],
    ])


def _f15_author_bio(rng: random.Random, ctx: dict) -> list[str]:
    """Author biographies with contact details, in prose."""
    name, outlet = _person(rng), _outlet(rng)
    subj, obj = _pronoun(rng)
    beat, town = rng.choice(BEATS), rng.choice(TOWNS)
    verb = "are" if subj == "they" else "is"
    bio = rng.choice([
        f"{name} is a reporter covering {beat} for {outlet}. Reach {obj} at {_personal_email(rng, name, outlet)}.",
        (f"{name} joined {outlet} in {rng.randint(2005, 2022)} from {_outlet(rng)}, where {subj} covered {beat}. "
         f"{subj.capitalize()} {verb} based in {town}."),
        (f"{name} writes about {beat} and {rng.choice(BEATS)}. You can contact {obj} at "
         f"{_personal_email(rng, name, outlet)} or on Signal at {_phone(rng)}."),
        (f"{name} has covered {beat} in {town} for more than {rng.randint(3, 25)} years. Send tips to "
         f"{_personal_email(rng, name, outlet)}."),
        (f"{name} is {outlet}'s {rng.choice(ROLES15).lower()}. Before that {subj} spent {rng.randint(2, 12)} years as "
         f"a producer in {town}."),
    ])
    lines = [bio]
    if rng.random() < 0.4:
        lines.insert(0, rng.choice(["About the writer", "Meet the reporter", name]))
    if rng.random() < 0.4:
        lines.append(rng.choice([f"More stories by {name}", f"Contact {name.split()[0]}", "View full profile"]))
    return lines


def _f15_comment_widget(rng: random.Random, ctx: dict) -> list[str]:
    """Comment widgets: counts, sort bar, sign-in and guidelines prompts, without actual comments."""
    n = rng.randint(0, 600)
    return [rng.choice([f"{n} comments", f"Comments ({n})" if n else "Start the conversation",
                        "Be the first to comment", "Conversation", f"View {n} comments"])] + _some(rng, [
        "Newest | Oldest | Top", "Log in to reply", "What do you think? Share your thoughts below.",
        "Community rules apply to all content you upload or otherwise submit to this site.",
        "Comments on this story are now closed.", "Add a comment…", "Post", "Show more comments",
        f"{rng.randint(1, 80)} people are viewing this story"], 1, 3)


def _f15_cookie_line(rng: random.Random, ctx: dict) -> list[str]:
    """Cookie notices in wordings the earlier splits did not use, with a button or two."""
    outlet = _outlet(rng)
    text = rng.choice([
        ("By clicking “Accept”, you agree to the storing of cookies on your device to enhance site navigation and "
         "analyse site usage."),
        "This website uses cookies to ensure you get the best experience on it.",
        (f"{outlet} and selected partners use cookies and similar technologies for the purposes described in our "
         "cookie notice."),
        "Essential cookies keep this site working. With your permission we would also like to set analytics cookies.",
        "We'd like to set additional cookies to remember your settings and understand how you use our services.",
    ])
    return [text] + _some(rng, ["Accept cookies", "Cookie settings", "Only necessary", "Agree and close",
                                "Continue", "Privacy & cookies policy"], 0, 2)


def _f15_copyright(rng: random.Random, ctx: dict) -> list[str]:
    """Copyright and rights footers."""
    outlet, y = _outlet(rng), rng.randint(2012, 2024)
    group = rng.choice(["Media Group", "Publishing Ltd", "News Holdings", "Press Co-operative", "Digital"])
    return _some(rng, [
        f"Copyright © {y} {outlet.removeprefix('The ')} {group}.",
        f"All content on this site is © {outlet} unless otherwise stated.",
        "Reproduction in whole or in part without written permission is prohibited.",
        f"Part of the {rng.choice(FAMILY)} {group} network.",
        f"{outlet} is regulated by {rng.choice(['IPSO', 'IMPRESS', 'the Press Council', 'the Press Ombudsman'])}.",
        f"Registered office: {rng.randint(1, 99)} {rng.choice(STREETS16)}, {rng.choice(TOWNS)}.",
        "Some rights reserved.",
    ], 1, 3)


def _f15_corrections(rng: random.Random, ctx: dict) -> list[str]:
    """Corrections boxes in prose."""
    name, other = _person(rng), _person(rng)
    return rng.sample([
        (f"CORRECTION: Due to a reporting error, a previous version of this story gave the wrong date for the "
         f"hearing. It is {_when(rng)}."),
        f"An earlier version of this article misattributed a quote to {name}. The remark was made by {other}.",
        (f"This story has been corrected to reflect that {name} is a former, not current, "
         f"{rng.choice(ROLES15).lower()}."),
        "Corrections policy: we correct factual errors promptly and transparently. See all corrections.",
        "We regret the error.",
        (f"A chart in this article has been revised to show figures for {rng.randint(2012, 2023)}, not "
         f"{rng.randint(2000, 2011)}."),
    ], rng.randint(1, 2))


def _f15_story_updated(rng: random.Random, ctx: dict) -> list[str]:
    """'This story has been updated' notes and their dated cousins."""
    return [rng.choice([
        "This story has been updated.",
        "This story has been updated with additional information.",
        f"This story was updated at {_hm12(rng)} to include comment from {_person(rng)}.",
        f"UPDATE ({_when(rng)}): This article now includes the response from the council.",
        f"This article has been updated {rng.randint(2, 6)} times. See the update history.",
        "This post will be updated as more information becomes available.",
        f"Updated to add details from a {rng.choice(WEEKDAYS)} press conference.",
    ])]


def _f15_contributing(rng: random.Random, ctx: dict) -> list[str]:
    """'Contributing:' and 'Additional reporting by' lines."""
    a, b, outlet, town = _person(rng), _person(rng), _outlet(rng), rng.choice(TOWNS)
    return [rng.choice([
        f"Contributing: {a} and {b}, {outlet}", f"Additional reporting by {a} in {town}",
        f"{a} contributed reporting from {town}.", f"With reporting by {a} and {b}.",
        f"Research: {a}. Graphics: {b}.", f"{a} and {b} contributed to this report.",
        f"Additional reporting: {a} ({town}), {b}",
    ])]


def _f15_agency_credit(rng: random.Random, ctx: dict) -> list[str]:
    """Wire-agency credits as datelines or sign-offs."""
    town = rng.choice(TOWNS).upper()
    agency = rng.choice(["AP", "AFP", "Reuters", "dpa", "AAP", "PA", "CP", "ANP"])
    return [rng.choice([
        f"{town} ({agency}) —", f"— {agency}", f"{agency} —", "— Agence France-Presse", "with wire services",
        "— with files from The Canadian Press", f"Source: {agency}", f"By {agency} staff", f"{town}, {agency}",
        f"This article is from {agency}.",
    ])]


def _f15_newsroom_contact(rng: random.Random, ctx: dict) -> list[str]:
    """Newsroom contact lines, some in prose."""
    outlet = _outlet(rng)
    return _some(rng, [
        f"Contact the newsroom: {_mailbox(rng, outlet)}",
        f"Newsroom: {_phone(rng)} | {_mailbox(rng, outlet)}",
        f"Send story ideas to {_person(rng)} at {_mailbox(rng, outlet)}.",
        (f"Got a question about this story? Our reader services team is on {_phone(rng)}, "
         f"{rng.choice(['weekdays 9am-5pm', '7 days a week', 'Monday to Friday'])}."),
        "Our journalists want to hear from you: we answer every message we can.",
    ], 1, 2)


def _f15_alerts(rng: random.Random, ctx: dict) -> list[str]:
    """Alert and push-notification prompts."""
    topic = rng.choice(TOPICS + [b.title() for b in BEATS])
    return rng.choice([
        [f"🔔 Turn on alerts for {topic}"], ["Allow notifications", "Block"], ["Get alerts", f"Follow {topic}"],
        [f"Text NEWS to {rng.randint(20000, 99999)} for breaking alerts. Msg & data rates may apply."],
        [f"Follow this topic to get an alert when we publish a new story about {topic.lower()}."],
        [f"You are now following {topic}.", "Manage alerts"],
    ])


def _f15_social_follow(rng: random.Random, ctx: dict) -> list[str]:
    """Social follow lines with networks, handles and counts."""
    outlet, name = _outlet(rng), _person(rng)
    handle = re.sub(r"[^a-z]", "", name.lower())
    return [rng.choice([
        "Follow us: Facebook · Instagram · X · TikTok · YouTube", f"Like {outlet} on Facebook",
        f"Find us on Mastodon: @news@{_domain(outlet)}", f"Follow {name} on Bluesky: @{handle}.bsky.social",
        f"Join {rng.randint(2, 900)}K followers on Instagram @{_domain(outlet).split('.')[0]}",
        "Connect with us", f"{name} is on Threads at @{handle}",
    ])]


def _f15_crumbs(rng: random.Random, ctx: dict) -> list[str]:
    """Navigation crumbs with separators the earlier splits did not use."""
    a, b = rng.sample(SECTIONS, 2)
    town = rng.choice(TOWNS)
    return [rng.choice([
        f"Home ▸ {a} ▸ {town}", f"You're in: {a} » {b}", f"← Back to {a}", f"{a} · {b} · {town}",
        f"Home | {a} | {b}", f"{a.upper()} / {town.upper()}", f"News ⟩ {b} ⟩ {town}",
    ])]


def _f15_account_menu(rng: random.Random, ctx: dict) -> list[str]:
    """Sign-in and account menus, both logged-out and logged-in."""
    first = rng.choice(GIVEN)
    return _some(rng, ["Sign in", "Log out", "My account", f"Hi, {first} ▾", "Manage subscription", "Register",
                       f"Saved ({rng.randint(0, 30)})", "Notifications", "Settings", "Help", "Subscribe",
                       "Today's paper"], 2, 5)


def _f15_weather(rng: random.Random, ctx: dict) -> list[str]:
    """Weather widgets in header shapes."""
    town, t = rng.choice(TOWNS), rng.randint(-4, 34)
    return rng.choice([
        [f"☁ {t}° {town}"], [f"{town}", f"Tomorrow {t + 2}°/{t - 5}°"],
        [(f"Weather: {t}°C, {rng.choice(['clear skies', 'drizzle', 'gusty winds', 'low cloud'])} in {town} | "
          "5-day forecast")],
        [(f"Now {t}°C · Wind {rng.randint(2, 40)} mph {rng.choice(['N', 'SW', 'E', 'NE'])} · "
          f"Rain {rng.randint(0, 100)}%")], [f"{t}°F", town, "Change location"],
    ])


def _f15_ticker(rng: random.Random, ctx: dict) -> list[str]:
    """Market tickers from a business page strip."""
    rows = [("FTSE 250", 17000, 23000), ("Euro Stoxx 50", 3000, 5000), ("Hang Seng", 15000, 31000),
            ("Nikkei", 15000, 40000), ("TSX", 12000, 23000), ("Bitcoin", 9000, 70000), ("Gold", 1200, 2400),
            ("WTI crude", 35, 110), ("EUR/USD", 1, 1.3), ("10-yr gilt", 0.5, 5)]
    picks = rng.sample(rows, rng.randint(2, 4))
    cells = [f"{n} {rng.uniform(lo, hi):,.2f} {rng.choice(['+', '−'])}{rng.uniform(0, 3):.2f}%" for n, lo, hi in picks]
    return [" | ".join(cells)] if rng.random() < 0.5 else cells


def _f15_series_label(rng: random.Random, ctx: dict) -> list[str]:
    """Series, format and opinion labels over the body."""
    topic = rng.choice(TOPICS + [b.title() for b in BEATS])
    k = rng.randint(1, 5)
    return [rng.choice([
        f"Part of the series: {topic}", "In depth", "Explainer", "Opinion | Guest column", "From the magazine",
        f"Analysis by {_person(rng)}", "The big read", f"Series: {topic} (part {k} of {k + rng.randint(1, 4)})",
        f"Perspective · {topic}", "Long read",
    ])]


def _f15_reviewed(rng: random.Random, ctx: dict) -> list[str]:
    """Editing and review stamps."""
    name = _person(rng)
    desk = rng.choice(["fact-check", "standards", "verification"])
    return [rng.choice([f"Medically reviewed by Dr {name}", f"Edited by {name}",
                        f"Reviewed by {name}, {rng.choice(ROLES15)}", f"Verified by {name}", f"Editor: {name}",
                        f"Checked by our {desk} desk"])]


def _f15_coverage_note(rng: random.Random, ctx: dict) -> list[str]:
    """Coverage and funding notes that read like the first paragraph of a story."""
    topic, outlet = rng.choice(BEATS), _outlet(rng)
    return [rng.choice([
        f"This story is part of our ongoing coverage of {topic}. Sign up for alerts to get updates as they happen.",
        (f"This is one of a series of reports on {topic}, supported by a grant from the {rng.choice(FAMILY)} "
         "Foundation. The funder has no say over what we publish."),
        "Want to ask our reporters a question about this story? Submit it using the form at the end of the article.",
        f"This article is free to read thanks to the support of {outlet} members.",
        f"{outlet} is covering {topic} with a team of {rng.randint(2, 9)} reporters. Here is what we know so far.",
    ])]


def _f15_video_widget(rng: random.Random, ctx: dict) -> list[str]:
    """A video widget between paragraphs: labels, controls, the next clip's headline."""
    return _some(rng, ["Now Playing", f"Video: {rng.randint(0, 6)}:{rng.randint(10, 59)}", _headline(rng, ctx),
                       "Up Next", "Autoplay: ON", "Unmute", "Replay", "Watch full video",
                       f"{rng.randint(2, 900)}K views"], 2, 4)


def _f15_feedback_prose(rng: random.Random, ctx: dict) -> list[str]:
    """Reader feedback asks written as sentences."""
    return [rng.choice([
        "Did we get something wrong? Tell us and we will look into it.",
        "How could we make this article better? Let us know in a few words.",
        "What questions do you still have about this story? Our reporters read every response.",
        f"We'd love to hear what you thought of this piece. Email {_mailbox(rng, _outlet(rng))}.",
        "Was this story useful to you? Your feedback helps us decide what to cover next.",
    ])] + ([rng.choice(["Send feedback", "Yes", "Share your view"])] if rng.random() < 0.4 else [])


def _f15_app_prose(rng: random.Random, ctx: dict) -> list[str]:
    """App promotion in prose."""
    outlet, town = _outlet(rng), rng.choice(TOWNS)
    return [rng.choice([
        f"Our app is the fastest way to get the news that matters in {town}. Download it free from your app store.",
        f"Read this story and more in the {outlet} app, with offline reading and custom alerts.",
        "Scan the QR code with your phone camera to get the app.",
        f"Get the {outlet} app and never miss a local story again.",
        "Prefer to read on your phone? Our app saves stories for when you are offline.",
    ])]


def _f15_event_prose(rng: random.Random, ctx: dict) -> list[str]:
    """Newsroom event promotions in prose."""
    outlet, wd = _outlet(rng), rng.choice(WEEKDAYS)
    return [rng.choice([
        (f"Join {_person(rng)} and our {_desk(rng)} team for a live online Q&A on {wd} at "
         f"{rng.randint(5, 8)}pm. Members can register free."),
        f"Tickets are now on sale for {outlet} Live, our annual festival of ideas in {rng.choice(TOWNS)}.",
        (f"Come and meet the newsroom: our open evening is on {wd} {_ordinal(rng.randint(1, 28))} "
         f"{rng.choice(MONTHS)}."),
        f"Watch the recording of last {wd}'s reader event with {_person(rng)}.",
    ])]


def _f15_house_ads(rng: random.Random, ctx: dict) -> list[str]:
    """House ads for jobs, advertising and notices."""
    outlet = _outlet(rng)
    return _some(rng, [f"We're hiring: {rng.choice(ROLES15)} ({rng.choice(TOWNS)}). Apply by {_when(rng)}.",
                       f"Advertise with {outlet}: reach {rng.uniform(0.2, 9):.1f} million readers a month.",
                       "Place a notice", "Jobs at " + outlet, "Buy a photo", "Reprints & permissions"], 1, 3)


def _f15_footer_menu(rng: random.Random, ctx: dict) -> list[str]:
    """Footer menus, as a row or a column."""
    links = _some(rng, ["Contact us", "Work for us", "Complaints", "Ethics policy", "RSS feeds", "Site map",
                        "Accessibility", "Terms of sale", "Modern slavery statement", "Manage cookies",
                        "Help centre", "Archive"], 3, 6)
    return [rng.choice([" · ", " | ", "  "]).join(links)] if rng.random() < 0.5 else links


def _f15_subscribe_prompt(rng: random.Random, ctx: dict) -> list[str]:
    """Subscription prompts, from a one-line nudge to a short paragraph."""
    outlet, money = _outlet(rng), rng.choice(MONEY15)
    k = rng.randint(1, 4)
    return rng.choice([
        [f"You're reading your {_ordinal(k)} free story this month. Subscribe for full access from {money} a week."],
        [f"Subscribers read first. Join {outlet} today and get your first {rng.randint(2, 12)} weeks for {money}."],
        ["Enjoying our journalism?", f"Subscribe from {money}", "Cancel online at any time"],
        [f"Good journalism is not cheap, but it is good value: all of {outlet} for {money} a month."],
        [f"Limited offer: {rng.randint(30, 75)}% off your first year", "See subscription options"],
        ["Subscribe", f"Digital + print from {money}/wk"],
    ])


def _f15_sponsor_line(rng: random.Random, ctx: dict) -> list[str]:
    """Sponsorship labels and paid-content notes, some in prose."""
    sponsor = rng.choice(["Halden Bank", "Corrie Motors", "Bluewater Energy", "Peregrine Insurance", "Marlow & Finch",
                          "Tessaro Telecom", "Oakline Homes"])
    return [rng.choice([
        f"Presented by {sponsor}", f"In partnership with {sponsor}", f"Supported by {sponsor}",
        f"This content was paid for by {sponsor} and produced by our studio team. The newsroom was not involved.",
        f"{sponsor} had no input into the editorial content of this series.", f"PAID POST · {sponsor.upper()}",
    ])]


def _f15_world_clock(rng: random.Random, ctx: dict) -> list[str]:
    """A world-clock strip from a page header."""
    base = rng.randint(0, 23)
    offsets = [("London", 0), ("New York", -5), ("Tokyo", 9), ("Sydney", 10), ("Dubai", 4), ("Lagos", 1),
               ("Delhi", 5), ("São Paulo", -3)]
    mm = rng.randint(0, 59)
    cells = [f"{city} {(base + off) % 24:02d}:{mm:02d}" for city, off in rng.sample(offsets, rng.randint(2, 4))]
    return [rng.choice([" | ", "  ", " · "]).join(cells)]


def _f15_gallery_link(rng: random.Random, ctx: dict) -> list[str]:
    """Gallery and lightbox links between paragraphs."""
    n = rng.randint(5, 48)
    return rng.choice([[f"View all {n} photos"], ["Open gallery", f"{n} images"], ["Expand image"],
                       [f"📸 Gallery: {_headline(rng, ctx)} ({n} pictures)"], [f"Swipe to see all {n}"],
                       ["In pictures", _headline(rng, ctx)]])


def _f15_saved_toast(rng: random.Random, ctx: dict) -> list[str]:
    """Status toasts from reading tools: saved, copied, removed, font changes."""
    return [rng.choice(["Article saved", "Removed from your saved stories", "Link copied to clipboard",
                        f"Saved to your reading list ({rng.randint(1, 40)})", "Text size changed", "Added to My News",
                        "Printing…", f"You have {rng.randint(1, 20)} saved articles"])]


def _fifteenth_templates() -> dict[str, tuple[str, Template]]:
    """The everyday web news page, in wordings the earlier splits did not use."""
    return {
        "read_listen": ("h", _f15_read_listen),
        "byline": ("h", _f15_byline),
        "stamp_english": ("h", _f15_stamp_english),
        "stamp_foreign": ("ht", _f15_stamp_foreign),
        "updated": ("ht", _f15_updated),
        "photo_caption": ("hi", _f15_photo_caption),
        "photo_credit": ("hi", _f15_photo_credit),
        "share_bar": ("ht", _f15_share_bar),
        "newsletter_prose": ("it", _f15_newsletter_prose),
        "newsletter_form": ("it", _f15_newsletter_form),
        "donation_prose": ("it", _f15_donation_prose),
        "membership_prose": ("hit", _f15_membership_prose),
        "ad_marker": ("i", _f15_ad_marker),
        "inline_related": ("i", _f15_inline_related),
        "more_from": ("t", _f15_more_from),
        "tag_footer": ("t", _f15_tag_footer),
        "author_bio": ("t", _f15_author_bio),
        "comment_widget": ("t", _f15_comment_widget),
        "cookie_line": ("ht", _f15_cookie_line),
        "copyright": ("t", _f15_copyright),
        "corrections": ("t", _f15_corrections),
        "story_updated": ("ht", _f15_story_updated),
        "contributing": ("t", _f15_contributing),
        "agency_credit": ("ht", _f15_agency_credit),
        "newsroom_contact": ("t", _f15_newsroom_contact),
        "alerts": ("it", _f15_alerts),
        "social_follow": ("t", _f15_social_follow),
        "crumbs": ("h", _f15_crumbs),
        "account_menu": ("h", _f15_account_menu),
        "weather": ("h", _f15_weather),
        "ticker": ("ht", _f15_ticker),
        "series_label": ("h", _f15_series_label),
        "reviewed": ("h", _f15_reviewed),
        "coverage_note": ("hi", _f15_coverage_note),
        "video_widget": ("i", _f15_video_widget),
        "feedback_prose": ("t", _f15_feedback_prose),
        "app_prose": ("it", _f15_app_prose),
        "event_prose": ("it", _f15_event_prose),
        "house_ads": ("t", _f15_house_ads),
        "footer_menu": ("t", _f15_footer_menu),
        "subscribe_prompt": ("hit", _f15_subscribe_prompt),
        "sponsor_line": ("hi", _f15_sponsor_line),
        "world_clock": ("h", _f15_world_clock),
        "gallery_link": ("i", _f15_gallery_link),
        "saved_toast": ("hi", _f15_saved_toast),
    }


# ==================================================================================================================
# sixteenth: aggregation, syndication and re-publishing
# ==================================================================================================================


def _article_url(rng: random.Random, ctx: dict, site: str | None = None) -> str:
    """A plausible article address on some outlet, built from another story's headline (never this one's)."""
    site = site or _domain(_outlet(rng))
    y, m, d = _ymd(rng)
    return rng.choice([(f"https://www.{site}/{rng.choice(SECTIONS).lower()}/{y}/{m:02d}/{d:02d}/"
                        f"{_slugify(_headline(rng, ctx))}"),
                       f"https://{site}/news/{_slugify(_headline(rng, ctx))}-{rng.randint(10**6, 10**8)}",
                       f"https://www.{site}/article/{rng.randint(10**5, 10**7)}.html"])


def _s16_aggregator_header(rng: random.Random, ctx: dict) -> list[str]:
    """The wrapper an aggregator puts above a republished story."""
    outlet, agg = _outlet(rng), rng.choice(AGGREGATORS)
    return rng.choice([
        [f"Published by {outlet} on {agg}"], [f"From {outlet} · via {agg}"], [outlet, f"{rng.randint(1, 23)}h ago"],
        [f"Story from {outlet} via {agg}", f"{rng.randint(2, 12)} min read"],
        [f"{agg} · Full coverage", outlet], [f"Curated by {_person(rng)} on {agg}"],
        [f"{outlet} ✓", "Verified publisher", _when(rng)], [f"Via {outlet} | {agg}"],
    ])


def _s16_amp_chrome(rng: random.Random, ctx: dict) -> list[str]:
    """AMP page chrome and the AMP cache address."""
    site = _domain(_outlet(rng))
    cache = f"https://www-{site.replace('.', '-')}.cdn.ampproject.org/c/s/{site}/amp/{rng.randint(10**5, 10**7)}"
    return _some(rng, ["⚡ AMP", "View non-AMP version", "Go to full site", "Back to article",
                       f"Read full article at {site}", cache, "Close", "Menu ☰"], 1, 3)


def _s16_rss_fields(rng: random.Random, ctx: dict) -> list[str]:
    """RSS/Atom item fields that a feed-to-text export leaves in."""
    y, m, d = _ymd(rng)
    hh, mm = rng.randint(0, 23), rng.randint(0, 59)
    wd = datetime.date(y, m, d).strftime("%a")
    fields = [f"pubDate: {wd}, {d:02d} {MONTHS[m - 1][:3]} {y} {hh:02d}:{mm:02d}:00 +0000",
              f"updated: {y}-{m:02d}-{d:02d}T{hh:02d}:{mm:02d}:00Z", f"dc:creator: {_person(rng)}",
              f"guid: {_article_url(rng, ctx)}", f"category: {rng.choice(SECTIONS)}",
              f"Feed: {_outlet(rng)} – {rng.choice(SECTIONS)}", f"Item {rng.randint(1, 20)} of {rng.randint(20, 50)}",
              "<![CDATA[", "]]>", f"<source url=\"https://{_domain(_outlet(rng))}/rss\">"]
    return _some(rng, fields, 1, 4)


def _s16_feed_notice(rng: random.Random, ctx: dict) -> list[str]:
    """Notices that feeds append to an item, in prose."""
    outlet, h = _outlet(rng), _headline(rng, ctx)
    return [rng.choice([
        "This feed is for personal, non-commercial use only.",
        (f"You are reading this via the {outlet} RSS feed. Visit our website for the full experience, including "
         "photos and video."),
        "Read the rest of this entry »", f"Continue reading “{h}” at {outlet}.",
        f"The full text of this story is available to subscribers at {_domain(outlet)}.",
        f"Copyright of this feed item belongs to {outlet}. Republication requires permission.",
        f"This item was syndicated automatically from {outlet} and has not been edited.",
    ])]


def _s16_portal_inline(rng: random.Random, ctx: dict) -> list[str]:
    """The inline markers portals put into a republished story."""
    outlet = _outlet(rng)
    return rng.choice([["Story continues"], ["Story continues below"], ["Continue reading"],
                       [f"Read more on {outlet}"], ["View comments"], ["Ad", "Story continues"],
                       [f"Continue reading on {rng.choice(AGGREGATORS)}"], [f"Read full story at {outlet}"]])


def _s16_portal_footer(rng: random.Random, ctx: dict) -> list[str]:
    """The foot of a portal or aggregator copy: source links, feedback, more-for-you rails."""
    outlet, agg = _outlet(rng), rng.choice(AGGREGATORS)
    lines = _some(rng, [f"Read the original article on {outlet}", f"See more on {agg}", "Feedback",
                        "More for You", "Sponsored content", f"Opinions expressed are those of {outlet}.",
                        f"Originally appeared on {outlet}", "Report this content"], 1, 3)
    if "More for You" in lines and rng.random() < 0.7:
        lines += _headlines(rng, ctx, 2)
    return lines


def _s16_pr_dateline(rng: random.Random, ctx: dict) -> list[str]:
    """Press-release datelines as the wires print them."""
    y, m, d = _ymd(rng)
    town, wire, co = rng.choice(TOWNS).upper(), rng.choice(PR_WIRES), rng.choice(PR_COMPANIES)
    month = MONTHS[m - 1]
    return [rng.choice([
        f"{town}, {month} {d}, {y} /{wire}/ --", f"{town}--(BUSINESS WIRE)--{co}",
        f"{town}, {month} {d}, {y} (GLOBE NEWSWIRE) --", f"{town}, {month[:3]}. {d}, {y} /CNW/ -",
        f"NEWS PROVIDED BY {co} · {month} {d}, {y}",
        f"{town}, {month} {d}, {y} -- ({wire})", "FOR IMMEDIATE RELEASE", f"Press release · {co} · {_when(rng)}",
    ])]


def _s16_pr_about(rng: random.Random, ctx: dict) -> list[str]:
    """The 'About <company>' paragraph at the foot of a release."""
    co = rng.choice(PR_COMPANIES)
    ticker = "".join(w[0] for w in co.split()).upper() + rng.choice(["", "X", "Q", "L"])
    industry, town = rng.choice(INDUSTRIES), rng.choice(TOWNS)
    body = rng.choice([
        (f"{co} ({rng.choice(EXCHANGES)}: {ticker}) is a {industry} company headquartered in {town}. Founded in "
         f"{rng.randint(1962, 2018)}, the company serves more than {rng.randint(2, 900):,} customers in "
         f"{rng.randint(3, 90)} countries. For more information, visit www.{_domain(co)}."),
        (f"{co} is a leader in {industry}, helping organisations of every size work smarter. The company employs "
         f"{rng.randint(2, 40) * 100:,} people across {rng.randint(2, 30)} offices."),
        (f"Headquartered in {town}, {co} develops {industry} solutions for customers worldwide. Learn more at "
         f"www.{_domain(co)} and follow us on LinkedIn."),
    ])
    return [rng.choice([f"About {co}", f"About {co}:", f"ABOUT {co.upper()}"]), body]


def _s16_pr_forward_looking(rng: random.Random, ctx: dict) -> list[str]:
    """Forward-looking statements disclaimers."""
    co = rng.choice(PR_COMPANIES)
    head = rng.choice(["Forward-Looking Statements", "Cautionary Note Regarding Forward-Looking Statements",
                       "Safe Harbor Statement", "Forward-looking statements"])
    pool = [
        ("This press release contains forward-looking statements within the meaning of the Private Securities "
         "Litigation Reform Act of 1995."),
        ("Words such as “anticipate”, “believe”, “expect”, “intend”, “plan” and similar expressions are intended to "
         "identify such statements."),
        ("Actual results may differ materially from those expressed or implied by these statements because of "
         "risks and uncertainties, many of which are beyond the company's control."),
        f"{co} undertakes no obligation to update any forward-looking statement, except as required by law.",
        (f"Readers are cautioned not to place undue reliance on these statements, which speak only as of "
         f"{_when(rng)}."),
    ]
    body = rng.sample(pool, rng.randint(1, 3))
    return [head, *body] if rng.random() < 0.7 else body


def _s16_pr_media_contact(rng: random.Random, ctx: dict) -> list[str]:
    """Media and investor contact blocks."""
    co, name = rng.choice(PR_COMPANIES), _person(rng)
    head = rng.choice(["Media Contact:", "Press inquiries:", "Investor Relations Contact:", "CONTACT:",
                       "For more information, contact:", "Media enquiries"])
    rest = _some(rng, [name, rng.choice(["Director of Communications", "Head of Media Relations", "PR Manager",
                                         "VP, Investor Relations"]), co, _phone(rng),
                       _personal_email(rng, name, co)], 2, 5)
    return [head, *rest] if rng.random() < 0.6 else [f"{head} {', '.join(rest)}"]


def _s16_pr_source(rng: random.Random, ctx: dict) -> list[str]:
    """'SOURCE Company' and 'View original content' lines."""
    co = rng.choice(PR_COMPANIES)
    y, m, d = _ymd(rng)
    slug = f"{_slugify(co)}-{_slugify(rng.choice(['announces', 'reports', 'launches', 'completes']))}-"
    return _some(rng, [
        f"View original content:https://www.prnewswire.com/news-releases/{slug}{rng.randint(10**8, 10**9)}.html",
        (f"View source version on businesswire.com: https://www.businesswire.com/news/home/{y}{m:02d}{d:02d}"
         f"005{rng.randint(100, 999)}/en/"),
        (f"View original content to download multimedia:https://www.prnewswire.com/news-releases/{slug}"
         f"{rng.randint(10**8, 10**9)}.html"),
        f"SOURCE {co}", f"Copyright {y} GlobeNewswire, Inc.", f"© {y} {rng.choice(PR_WIRES)}",
    ], 1, 3)


def _s16_pr_multimedia(rng: random.Random, ctx: dict) -> list[str]:
    """Multimedia and logo links embedded in a release."""
    co = rng.choice(PR_COMPANIES)
    return _some(rng, [f"Logo - https://mma.prnewswire.com/media/{rng.randint(10**5, 10**7)}/{_slugify(co)}_Logo.jpg",
                       f"Photo - https://mma.prnewswire.com/media/{rng.randint(10**5, 10**7)}/{_slugify(co)}.jpg",
                       "To view the multimedia release go to:",
                       f"https://www.multivu.com/players/English/{rng.randint(10**6, 10**7)}-{_slugify(co)}/",
                       f"A photo accompanying this announcement is available at {_domain(co)}/press",
                       "Multimedia files:"], 1, 3)


def _s16_pr_editors(rng: random.Random, ctx: dict) -> list[str]:
    """Notes to editors, embargo and end marks."""
    return rng.choice([
        ["-ENDS-"], ["Ends"], ["# # #"], ["Notes to editors", (f"1. {rng.choice(PR_COMPANIES)} is registered in "
                                                               f"{rng.choice(TOWNS)}.")],
        [f"EMBARGOED UNTIL 00:01 {rng.choice(['GMT', 'BST', 'ET'])} {rng.choice(WEEKDAYS).upper()} {_when(rng)}"],
        ["For further information please contact the press office."], [f"Issued by {rng.choice(PR_COMPANIES)}"],
    ])


def _s16_blog_share(rng: random.Random, ctx: dict) -> list[str]:
    """Blog share and like buttons as text (the 'Opens in new window' family)."""
    new_window = [f"Click to {what} (Opens in new window)" for what in
                  ["share on X", "share on Facebook", "email a link to a friend", "print", "share on Reddit"]]
    items = ["Share this:", *new_window, "Reblog", "Like this:", "Like Loading…", "Be the first to like this.",
             f"{rng.randint(2, 90)} bloggers like this."]
    return _some(rng, items, 2, 5)


def _s16_blogger_footer(rng: random.Random, ctx: dict) -> list[str]:
    """Blogger post footers."""
    tags = ", ".join(rng.sample(TOPICS, 2))
    return _some(rng, [f"Posted by {_person(rng)} at {_hm12(rng).replace(' ', '')}",
                       f"{rng.randint(0, 12)} comments:" if rng.random() < 0.6 else "No comments:",
                       "Email ThisBlogThis!Share to XShare to FacebookShare to Pinterest", f"Labels: {tags}",
                       "Newer Post Older Post Home", "Subscribe to: Post Comments (Atom)"], 2, 4)


def _s16_reply_form(rng: random.Random, ctx: dict) -> list[str]:
    """A blog reply form flattened to text."""
    return _some(rng, ["Leave a Reply", "Enter your comment here...",
                       "Fill in your details below or click an icon to log in:",
                       "Notify me of new comments via email.", "Notify me of new posts via email.", "Δ",
                       "Comment *", "Name *", "Website", "Post a Comment"], 2, 4)


def _s16_blog_follow(rng: random.Random, ctx: dict) -> list[str]:
    """Follow-by-email prompts in prose, from blogging platforms."""
    blog = rng.choice(BLOGS)
    return rng.sample([
        "Subscribe to get the latest posts sent to your email.",
        f"Discover more from {blog}",
        "Enter your email address to follow this blog and receive notifications of new posts by email.",
        f"Join {rng.randint(12, 9000):,} other subscribers",
        f"Continue reading {blog} — subscribe now to keep reading and get access to the full archive.",
        "Follow", f"Follow {blog} on WordPress.com",
    ], rng.randint(1, 3))


def _s16_related_posts(rng: random.Random, ctx: dict) -> list[str]:
    """Related-posts blocks from blogs: headline, date, 'In "Category"'."""
    lines = [rng.choice(["Related", "Related posts:", "You May Also Like", "Similar posts"])]
    for h in _headlines(rng, ctx, rng.randint(1, 3)):
        lines.append(h)
        if rng.random() < 0.6:
            lines += [_when(rng), f'In "{rng.choice(SECTIONS)}"']
    return lines


def _s16_medium_footer(rng: random.Random, ctx: dict) -> list[str]:
    """Medium-style footers: sign-up pitch, claps, responses, recommendations."""
    name = _person(rng)
    return _some(rng, ["Sign up to discover human stories that deepen your understanding of the world.", "Free",
                       "Distraction-free reading. No ads.", "Organize your knowledge with lists and highlights.",
                       "Tell your story. Find your audience.", "Membership", "Read member-only stories",
                       f"👏 {rng.randint(1, 9)}.{rng.randint(0, 9)}K", f"Responses ({rng.randint(1, 90)})",
                       f"More from {name}", "Recommended from Medium"], 2, 5)


def _s16_substack_footer(rng: random.Random, ctx: dict) -> list[str]:
    """Newsletter-platform footers and mid-post asks."""
    blog = rng.choice(BLOGS)
    return _some(rng, [f"Thanks for reading {blog}! This post is public so feel free to share it.",
                       f"Share {blog}", "Pledge your support", "Get the app", "Start writing",
                       f"© {rng.randint(2018, 2024)} {_person(rng)}",
                       "Paid subscribers get the full archive and the weekly Q&A thread.",
                       (f"{blog} is a reader-supported publication. To receive new posts and support my work, consider "
                        "becoming a free or paid subscriber.")], 1, 3)


def _s16_cross_post(rng: random.Random, ctx: dict) -> list[str]:
    """Cross-post and repost notes from blogs and community sites."""
    blog, outlet = rng.choice(BLOGS), _outlet(rng)
    return [rng.choice([
        f"Cross-posted from {blog}.", "This post originally appeared on my Substack.",
        f"Reposted with permission from {outlet}.", f"[Cross-posted from {_domain(blog)}]",
        f"This is an edited version of a post first published on {blog}.",
        f"Reblogged from {blog}", f"h/t {_person(rng)}",
    ])]


def _s16_scraper_blog(rng: random.Random, ctx: dict) -> list[str]:
    """The notices automatic re-posting blogs add, in prose."""
    outlet = _outlet(rng)
    return [rng.choice([
        ("This article was automatically posted from an RSS feed. The author of this blog is not the author of "
         "this article."),
        f"All credit goes to {outlet}. No copyright infringement intended.",
        "Disclaimer: this post was generated from a news feed and has not been reviewed by our editors.",
        f"This content was aggregated from {outlet}. Click the source link to read the original story.",
        "We do not claim ownership of any content posted here; all rights belong to their respective owners.",
    ])]


def _s16_reddit(rng: random.Random, ctx: dict) -> list[str]:
    """Reddit thread furniture from a copy-paste."""
    user = rng.choice(FORUM_USERS)
    sub = rng.choice(SUBREDDITS)
    return _some(rng, [f"r/{sub}", f"Posted by u/{user} {rng.randint(2, 23)} hours ago",
                       f"submitted {rng.randint(2, 23)} hours ago by {user}",
                       f"{rng.randint(1, 99)}.{rng.randint(0, 9)}k",
                       f"{rng.randint(20, 4000)} comments", "Reply Share Report Save Follow", "Sort by: best",
                       "Archived post. New comments cannot be posted and votes cannot be cast.", "level 1",
                       f"{rng.randint(1, 97)}% upvoted"], 2, 4)


def _s16_hn(rng: random.Random, ctx: dict) -> list[str]:
    """Hacker-News-style thread furniture."""
    user = rng.choice(FORUM_USERS).lower()
    pts, comments = rng.randint(12, 1800), rng.randint(3, 900)
    return rng.choice([
        [f"{pts} points by {user} {rng.randint(1, 23)} hours ago | hide | past | favorite | {comments} comments"],
        [f"{pts} points by {user}", f"{comments} comments"],
        ["Guidelines | FAQ | Lists | API | Security | Legal | Contact", "Search:"],
        [f"({_domain(_outlet(rng))})", f"{pts} points"], [f"{user} {rng.randint(1, 23)} hours ago | parent | next [–]"],
    ])


def _s16_forum_post(rng: random.Random, ctx: dict) -> list[str]:
    """Forum paste furniture around a quoted story."""
    user = rng.choice(FORUM_USERS)
    return _some(rng, ["Quote:", f"Originally Posted by {user}", "Reply With Quote",
                       f"Join Date: {rng.choice(MONTHS)[:3]} {rng.randint(2004, 2020)}",
                       f"Posts: {rng.randint(12, 30000):,}", f"#{rng.randint(1, 400)}", f"{user} is offline",
                       f"The following {rng.randint(2, 40)} users say thank you to {user} for this post:",
                       "Link to article:"], 2, 4)


def _s16_email_forward(rng: random.Random, ctx: dict) -> list[str]:
    """The header block of a forwarded e-mail."""
    sender, outlet = _person(rng), _outlet(rng)
    lines = _some(rng, [f"From: {sender} <{_personal_email(rng, sender, outlet)}>",
                        f"Date: {rng.choice(WEEKDAYS)[:3]}, {_when(rng)} at {_hm12(rng)}",
                        f"Subject: Fwd: {_headline(rng, ctx)}", f"To: {_person(rng)}"], 2, 4)
    return [rng.choice(["---------- Forwarded message ---------", "Begin forwarded message:",
                        "-----Original Message-----"]), *lines]


def _s16_email_header(rng: random.Random, ctx: dict) -> list[str]:
    """Top-of-email links of a newsletter edition."""
    outlet = _outlet(rng)
    return _some(rng, ["Having trouble viewing this email? View it online",
                       f"Add {_mailbox(rng, outlet)} to your contacts to make sure we reach your inbox.",
                       "Web version", "Forward to a friend",
                       f"Issue #{rng.randint(12, 600)}", "Open in browser"], 1, 3)


def _s16_email_footer(rng: random.Random, ctx: dict) -> list[str]:
    """Newsletter e-mail footers: why you got it, preferences, mailing address."""
    outlet = _outlet(rng)
    address = f"{outlet}, {rng.randint(1, 250)} {rng.choice(STREETS16)}, {rng.choice(TOWNS)}"
    return _some(rng, [
        f"You received this email because you subscribed to {rng.choice(NEWSLETTERS15)} from {outlet}.",
        "Want to change how you receive these emails?",
        "You can update your preferences or unsubscribe from this list.",
        f"Copyright (C) {rng.randint(2012, 2024)} {outlet}. All rights reserved.",
        "Our mailing address is:", address, "Unsubscribe from this list",
    ], 2, 4)


def _s16_forward_prose(rng: random.Random, ctx: dict) -> list[str]:
    """Forward-this-email asks in prose."""
    return [rng.choice([
        "Know someone who would enjoy this? Forward it along, it only takes a second.",
        f"Was this email forwarded to you? Sign up at {_domain(_outlet(rng))}/newsletters to get your own copy.",
        "If you like what you read, the best thing you can do is tell a friend about us.",
        "Reply to this email to tell us what you think. We read everything.",
    ])]


def _s16_sent_from(rng: random.Random, ctx: dict) -> list[str]:
    """Mobile e-mail signatures left after a forwarded story."""
    signature = rng.choice(["Sent from my iPhone", "Get Outlook for Android", "Sent from my Galaxy",
                            "Sent from Mail for Windows", "Sent via the Samsung Galaxy, an AT&T 5G smartphone",
                            "Sent from Yahoo Mail on Android", "Sent from my iPad", "Sent from Proton Mail mobile"])
    quoted = f"On {_when(rng)}, {_person(rng)} wrote:"
    return rng.choice([[signature], ["--", _person(rng), signature], [signature, "", quoted]])


def _s16_archive_note(rng: random.Random, ctx: dict) -> list[str]:
    """Archive notes: Wayback captures, 'archived from the original', capture banners."""
    y, m, d = _ymd(rng)
    url = _article_url(rng, ctx)
    stamp = f"{y}{m:02d}{d:02d}{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}{rng.randint(0, 59):02d}"
    return rng.choice([
        [f"Archived from the original on {d} {MONTHS[m - 1]} {y}. Retrieved {min(d + 1, 28)} {MONTHS[m - 1]} {y}."],
        [f"The Wayback Machine - https://web.archive.org/web/{stamp}/{url}"],
        ["archive.today webpage capture", f"Saved from {url}"],
        [f"{rng.randint(2, 400)} captures", f"{d} {MONTHS[m - 1][:3]} {y} - {_when(rng)}"],
        [f"(Archived copy, {_when(rng)})"],
    ])


def _s16_cache_note(rng: random.Random, ctx: dict) -> list[str]:
    """Search-engine cache banners in prose."""
    url = _article_url(rng, ctx)
    y, m, d = _ymd(rng)
    return [rng.choice([
        (f"This is Google's cache of {url}. It is a snapshot of the page as it appeared on {d} {MONTHS[m - 1][:3]} "
         f"{y} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d} GMT."),
        "The current page could have changed in the meantime. Learn more.",
        "Full version | Text-only version | View source",
        f"Cached copy of {url}",
    ])]


def _s16_mt_notice(rng: random.Random, ctx: dict) -> list[str]:
    """Machine-translation and translation notices."""
    lang = rng.choice(LANGS16)
    return [rng.choice([
        f"This article has been translated automatically from {lang} and may contain errors.",
        f"Auto-translated from {lang}", "Show original text", "Translated with DeepL",
        f"This is a machine translation. The {lang} original is the authoritative version.",
        f"Translation: {_person(rng)}. Edited for clarity.",
        f"Rate this translation ★★★★☆ · Original language: {lang}",
    ])]


def _s16_wire_trailer(rng: random.Random, ctx: dict) -> list[str]:
    """'Reporting by X; Editing by Y' trailers in their variants."""
    a, b, c, d = (_person(rng) for _ in range(4))
    town = rng.choice(TOWNS)
    return [rng.choice([
        f"Reporting by {a} in {town}; Writing by {b}; Editing by {c} and {d}", f"(Reporting By {a}; editing by {b})",
        f"Compiled by {a} for the {rng.choice(SECTIONS)} desk", f"Editing by {a} and {b}",
        f"(Reporting by {a} and {b} in {town}; editing by {c})", f"-- Reporting by {a}; Editing by {b}",
    ])]


def _s16_agency_slug(rng: random.Random, ctx: dict) -> list[str]:
    """Agency slugs and datelines at the top of a wire story."""
    town = rng.choice(TOWNS).upper()
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    return [rng.choice([
        f"{town}, {MONTHS[m - 1][:3]} {d} (Reuters) -", f"{town} (AP) —", f"{town} (AFP) -",
        f"{town}, {MONTHS[m - 1][:3]} {d} (dpa)", "(Bloomberg) --", f"{town}, {d} {MONTHS[m - 1]} (ANI):",
        f"{town} (Xinhua) --", f"{town}, {MONTHS[m - 1]} {d} (UPI) --",
    ])]


def _s16_syndicate_copyright(rng: random.Random, ctx: dict) -> list[str]:
    """Syndicate copyright and distribution lines."""
    y, outlet = rng.randint(2012, 2024), _outlet(rng)
    return [rng.choice([
        "Distributed by Tribune Content Agency, LLC.", f"©{y} {outlet}. Distributed by {rng.choice(PR_WIRES)}.",
        f"Copyright {y} Agence France-Presse.", f"(c) {y}, {outlet} · {_person(rng)}",
        f"Distributed by {rng.choice(['Andrews McMeel Syndication', 'Creators Syndicate', 'King Features'])}",
        f"This article is republished from {outlet} under licence. © {y}.",
    ])]


def _s16_views_disclaimer(rng: random.Random, ctx: dict) -> list[str]:
    """'Views expressed are ...' disclaimers in prose."""
    outlet = _outlet(rng)
    return [rng.choice([
        f"Views expressed are the author's own and do not necessarily reflect those of {outlet}.",
        "The opinions in this post are those of the writer and not of this publication or its advertisers.",
        f"This content was produced by a partner and not by the {outlet} newsroom.",
        "Disclaimer: the views and opinions expressed here are solely those of the original authors.",
        f"{outlet} is not responsible for the content of external sites linked from this page.",
    ])]


def _s16_watch_embed(rng: random.Random, ctx: dict) -> list[str]:
    """'Watch:' lines and video embeds."""
    h = _headline(rng, ctx)
    m, s = rng.randint(0, 9), rng.randint(10, 59)
    return rng.choice([
        [f"Watch: {h}"], [f"▶ Watch: {h} ({m}:{s})"], [f"WATCH | {h}", f"Video by {_person(rng)}"],
        ["Click to play video", f"{m}:{s}"], [f"Now playing: {h}"], [f"Watch the full interview ({m}:{s})"],
        [f"Embedded video: {h}", "youtube.com"],
    ])


def _s16_youtube_desc(rng: random.Random, ctx: dict) -> list[str]:
    """YouTube description furniture pasted along with a video."""
    chan = _outlet(rng)
    return _some(rng, [f"Subscribe to {chan}: https://www.youtube.com/@{_domain(chan).split('.')[0]}",
                       "Like and subscribe for more.",
                       f"{rng.randint(2, 900)}K views · {rng.randint(2, 11)} months ago",
                       "#news #breaking #shorts", "Show less", "Transcript", "Chapters", "...more"], 2, 4)


def _s16_podcast_promo(rng: random.Random, ctx: dict) -> list[str]:
    """Podcast promos in prose."""
    show = rng.choice(SHOWS16)
    return [rng.choice([
        f"Subscribe to {show} on Apple Podcasts, Pocket Casts or wherever you listen.",
        (f"On this week's episode of {show}, {_person(rng)} and {_person(rng)} unpack the stories behind the "
         "headlines."),
        f"Listen: {show}, episode {rng.randint(12, 400)} ({rng.randint(18, 70)} min)",
        f"{show} is made by {_person(rng)}. Send us your questions and we may answer them on the show.",
    ])]


def _s16_apple_news(rng: random.Random, ctx: dict) -> list[str]:
    """Apple-News-style and reader-app wrappers."""
    outlet = _outlet(rng)
    return rng.choice([
        [f"Follow {outlet} in Apple News"], ["Apple News+", "Subscribers can read the full story."],
        ["Share to Apple News"], [f"{outlet} ›", "Suggested by Siri"], ["Open in News", "Continue in Safari"],
        [f"Add {outlet} to Favourites"],
    ])


def _s16_news_apps(rng: random.Random, ctx: dict) -> list[str]:
    """SmartNews / Google News / NewsBreak style prompts."""
    outlet = _outlet(rng)
    return [rng.choice([
        "Get the latest news on the SmartNews app", f"Add {outlet} to your Google News favourites ★",
        "Read more stories like this on NewsBreak", f"Following {outlet} · Unfollow",
        "See how this story is covered by left, centre and right sources", "Bias rating: Centre",
        f"{rng.randint(2, 90)} sources are covering this story",
    ])]


def _s16_flipboard(rng: random.Random, ctx: dict) -> list[str]:
    """Flipboard-style magazine furniture."""
    name = _person(rng)
    mag = rng.choice(["Morning Reads", "World Watch", "Money Matters Weekly", "Saved Stories", "Good Reads"])
    return _some(rng, [f"Flipped into {mag} by {name}", "Flip", "Like", "Comment",
                       f"{rng.randint(2, 900)} flips", f"{mag} · {rng.randint(1, 90)}K readers",
                       f"Follow {name}"], 2, 4)


def _s16_syndication_prose(rng: random.Random, ctx: dict) -> list[str]:
    """Syndication notes written as sentences."""
    outlet, other = _outlet(rng), _outlet(rng)
    return [rng.choice([
        f"This content is provided by {outlet}, a partner publication. It was not written by our newsroom.",
        f"Republished with permission from {outlet}, where it first ran on {_when(rng)}.",
        f"This story is shared as part of a content-sharing agreement between {outlet} and {other}.",
        f"{outlet} stories are syndicated to more than {rng.randint(20, 400)} partner sites each week.",
        f"This piece has been lightly edited from its original version on {_domain(outlet)}.",
    ])]


def _s16_republish_box(rng: random.Random, ctx: dict) -> list[str]:
    """Republish-this-story boxes with licence text and an HTML snippet."""
    outlet = _outlet(rng)
    return _some(rng, ["Republish this story",
                       "Republish our articles for free, online or in print, under a Creative Commons licence.",
                       "Creative Commons Attribution-NoDerivatives 4.0 International",
                       (f'<p>This article first appeared on <a href="https://{_domain(outlet)}">{outlet}</a> and is '
                        "republished here under a Creative Commons license.</p>"),
                       "Copy to clipboard", "You must credit us and link back to the original."], 1, 3)


def _s16_aggregator_related(rng: random.Random, ctx: dict) -> list[str]:
    """Aggregator related-story rails inside and after a republished story."""
    agg = rng.choice(AGGREGATORS)
    lines = [rng.choice([f"More stories from {agg}", "Top stories", f"Also on {agg}", "Full coverage",
                         "Related articles from other publishers"])]
    for h in _headlines(rng, ctx, rng.randint(1, 3)):
        lines.append(rng.choice([h, f"{h} · {_outlet(rng)}", f"{_outlet(rng)}: {h}"]))
    return lines


def _s16_page_meta(rng: random.Random, ctx: dict) -> list[str]:
    """Leaked page metadata: Open Graph fields, canonical links, JSON-LD."""
    outlet, h = _outlet(rng), _headline(rng, ctx)
    y, m, d = _ymd(rng)
    return rng.choice([
        [f"og:site_name: {outlet}", "og:type: article"], [f"Canonical: {_article_url(rng, ctx)}"],
        [('{"@context":"https://schema.org","@type":"NewsArticle","publisher":{"@type":"Organization","name":"'
          f'{outlet}"}},"datePublished":"{y}-{m:02d}-{d:02d}"}}')],
        ["twitter:card summary_large_image", f"twitter:site @{_domain(outlet).split('.')[0]}"],
        [f"Description: Read the latest on {h.lower()} from {outlet}."],
    ])


def _s16_read_at_source(rng: random.Random, ctx: dict) -> list[str]:
    """Read-the-rest-at-the-source asks in prose."""
    outlet = _outlet(rng)
    return [rng.choice([
        "To read the full article, visit the original publisher.",
        f"This is an excerpt. The complete story is available on {outlet}'s website.",
        f"Only the first {rng.randint(2, 5)} paragraphs are shown here. Tap through to {outlet} to keep reading.",
        f"Continue reading this story on {_domain(outlet)} ›",
    ])]


def _s16_feed_reader(rng: random.Random, ctx: dict) -> list[str]:
    """Feed-reader chrome copied along with a story."""
    outlet = _outlet(rng)
    return _some(rng, ["Mark as read", "Save to board", "Open website", f"{rng.randint(1, 12)} min",
                       f"via {outlet}", "Read later", f"{rng.randint(1, 999)}+ unread", "Share", "Summarise with AI"],
                 2, 4)


def _sixteenth_templates() -> dict[str, tuple[str, Template]]:
    """Aggregation, syndication and re-publishing: portals, feeds, wires, blogs, forums, e-mail, archives."""
    return {
        "aggregator_header": ("h", _s16_aggregator_header),
        "amp_chrome": ("ht", _s16_amp_chrome),
        "rss_fields": ("ht", _s16_rss_fields),
        "feed_notice": ("t", _s16_feed_notice),
        "portal_inline": ("i", _s16_portal_inline),
        "portal_footer": ("t", _s16_portal_footer),
        "pr_dateline": ("h", _s16_pr_dateline),
        "pr_about": ("t", _s16_pr_about),
        "pr_forward_looking": ("t", _s16_pr_forward_looking),
        "pr_media_contact": ("t", _s16_pr_media_contact),
        "pr_source": ("t", _s16_pr_source),
        "pr_multimedia": ("it", _s16_pr_multimedia),
        "pr_editors": ("ht", _s16_pr_editors),
        "blog_share": ("t", _s16_blog_share),
        "blogger_footer": ("t", _s16_blogger_footer),
        "reply_form": ("t", _s16_reply_form),
        "blog_follow": ("t", _s16_blog_follow),
        "related_posts": ("t", _s16_related_posts),
        "medium_footer": ("t", _s16_medium_footer),
        "substack_footer": ("it", _s16_substack_footer),
        "cross_post": ("ht", _s16_cross_post),
        "scraper_blog": ("it", _s16_scraper_blog),
        "reddit": ("ht", _s16_reddit),
        "hn": ("ht", _s16_hn),
        "forum_post": ("it", _s16_forum_post),
        "email_forward": ("h", _s16_email_forward),
        "email_header": ("h", _s16_email_header),
        "email_footer": ("t", _s16_email_footer),
        "forward_prose": ("it", _s16_forward_prose),
        "sent_from": ("t", _s16_sent_from),
        "archive_note": ("ht", _s16_archive_note),
        "cache_note": ("h", _s16_cache_note),
        "mt_notice": ("ht", _s16_mt_notice),
        "wire_trailer": ("t", _s16_wire_trailer),
        "agency_slug": ("h", _s16_agency_slug),
        "syndicate_copyright": ("t", _s16_syndicate_copyright),
        "views_disclaimer": ("t", _s16_views_disclaimer),
        "watch_embed": ("i", _s16_watch_embed),
        "youtube_desc": ("i", _s16_youtube_desc),
        "podcast_promo": ("it", _s16_podcast_promo),
        "apple_news": ("ht", _s16_apple_news),
        "news_apps": ("ht", _s16_news_apps),
        "flipboard": ("it", _s16_flipboard),
        "syndication_prose": ("t", _s16_syndication_prose),
        "republish_box": ("t", _s16_republish_box),
        "aggregator_related": ("it", _s16_aggregator_related),
        "page_meta": ("ht", _s16_page_meta),
        "read_at_source": ("it", _s16_read_at_source),
        "feed_reader": ("h", _s16_feed_reader),
    }


BLIND3_TEMPLATES = {"fifteenth": _fifteenth_templates, "sixteenth": _sixteenth_templates}
