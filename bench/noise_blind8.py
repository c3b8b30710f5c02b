"""Two more blind noise splits ("twentyfifth", "twentysixth") for the plain-text cleaner.

Why this module exists: every earlier split has been measured and then tuned against, so its score no longer says
how the cleaner does on noise it has never met.  These templates were written blind, by someone who did not read
the cleaner, its rules, its tests or its output on any split, from experience of what scrapers really pick up.
They use their own vocabulary and wordings (every outlet, person, place, tool, shop, brand and product is
invented), and roughly a third of the templates in each split are prose: full sentences that read like article
text but are boilerplate (the hard case for a line-level cleaner), several of them about everyday news subjects
(the economy, health, schools, transport, crime, sport, the weather) so they are not trivially off-topic.

  twentyfifth  pages saved by tools other than a browser: metered-access counters ("N free stories left"), paywall
               offers, registration walls and subscriber-only truncation notes, in lines and in prose (also prose on
               what subscriptions pay for: schools, hospital, court and flood coverage); AMP, text-only "lite",
               reader-mode and print-view renderings (print headers with URL and date, "Printed from", page x of y,
               print-footer legal lines, "this ran in print" notes, lite-page prose); web-archive snapshot toolbars,
               capture notes, crawl-collection lines and archive-copy prose; machine-translation banners, language
               switchers and translation disclaimers; accessibility skip links, screen-reader-only text and
               media-player dialog strings; PDF-to-text artifacts of e-editions (running heads, folios, "Continued on
               page", ad text bleeding in from a neighbouring column, "Inside today" prose); e-mail forwards (forward
               headers of several mail clients, the sender's personal note, "Sent from my phone", quoted replies,
               reply prose, signatures and confidentiality footers); read-later and web-clipper chrome, RSS-reader
               chrome and summary-feed notes; text-browser dumps (numbered links, "References" lists), saved-file
               debris (file:/// paths, "[Image]") and citation lines of researchers' saved copies.
  twentysixth  commercial verticals around a news story: affiliate shopping boxes, price comparisons, price
               trackers, voucher codes and "Shop the story" strips (some glued together without spaces), deal
               countdowns, product spec sheets, pros-and-cons verdicts and ranked buying guides, sponsored partner
               blocks and advertorial prose, betting odds, bookmaker offers, responsible-gambling notices and
               tipster prose, property listings and house-price prose, job boards, event listings and ticket
               prompts, recipe cards with nutrition lines and cost-of-living recipe prose, travel deals, car-finance
               calculators with representative examples, used-car listings, crypto tickers and risk warnings,
               insurance and mortgage comparison prompts, lottery results and rollover prose, obituary guestbooks,
               classified ads and "Place an ad" boxes.

Templates have the format of bench/clean_noise.py: name -> (positions, fn), positions a string over "h" (head,
between title and body), "i" (inline, between body paragraphs) and "t" (tail); fn(rng, ctx) returns the lines of
one block ("" is a blank line inside the block).  ctx["headlines"] holds other articles' headlines (it may be empty
or hold one); ctx may also carry "title" and "paragraphs", which these templates never use: no template copies the
article's own title or body text, so word-level scoring stays valid.  Only the rng passed in is used, so a block
is a pure function of the seed.

    from bench.noise_blind8 import BLIND8_TEMPLATES
    from bench.noise_unseen import make_noisy_glued
    text = make_noisy_glued(article, random.Random(7), BLIND8_TEMPLATES["twentyfifth"](), headlines)
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
from bench.noise_fills import clock as _hm

# --- shared fills -------------------------------------------------------------------------------------------------

FALLBACK_HEADS = ["Council approves new cycle lanes despite traders' objections",
                  "Hospital trust warns of winter bed shortage",
                  "Bus operator cuts evening services on three routes",
                  "Primary school rated outstanding after surprise inspection",
                  "Inflation eases for second month as food prices steady",
                  "Man charged after late-night break-ins at allotment sheds",
                  "Flood barriers go up as river levels rise overnight",
                  "Town's football club confirms new manager on two-year deal",
                  "Plans for 400 homes on former quarry site go to appeal",
                  "Energy firm fined over misleading bills"]
OUTLETS8 = [("The Marshgate Post", "marshgatepost.co.uk"), ("Ledgerline", "ledgerline.com"),
            ("Harrowfield Evening Star", "harrowfieldstar.co.uk"),
            ("The Calder Valley Clarion", "caldervalleyclarion.com"),
            ("Westmere Gazette", "westmeregazette.com"), ("Tidewater Courier", "tidewatercourier.com"),
            ("The Brackley Sentinel", "brackleysentinel.co.uk"), ("Northcote Daily Record", "northcoterecord.com")]
PLACES8 = ["Ashby Vale", "Harrowfield", "Marshgate", "Calderbridge", "Westmere", "Orton Fells", "Lynsey Bay",
           "Brackwater", "Stanbury Heath", "Pellow Cross", "Northcote", "Tidewater", "Kilnsey Green", "Holmbury"]
GIVEN8 = ["Harriet", "Callum", "Bethan", "Rory", "Nadia", "Owain", "Tamsin", "Dev", "Imogen", "Kwame", "Sorcha",
          "Luca", "Maisie", "Tobias", "Yasmin", "Declan", "Freya", "Anil", "Georgina", "Mateo", "Pauline", "Gareth"]
FAMILY8 = ["Pennock", "Ashdown", "Varga", "Holloway", "Quinlan", "Osei", "Thackwell", "Brennan", "Lindqvist",
           "Farrow", "Delaney", "Okoro", "Whitcombe", "Sandoval", "Prentice", "Kowal", "Hartigan", "Fenwick",
           "Abara", "Marchetti", "Greaves", "Nakagawa"]
MAIL_DOMAINS = ["inboxly.com", "postwell.net", "mailcove.org", "fernmail.co.uk", "letterbox.me", "quillpost.com"]
SLUG_WORDS = ["BUDGET", "FLOODS", "SCHOOLS", "DEPOT", "VERDICT", "RATES", "HOSPITAL", "PLANS", "BUSES", "CLUB",
              "HOUSING", "COUNCIL", "APPEAL", "STRIKE", "FESTIVAL"]
ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"


def _headline(rng: random.Random, ctx: dict) -> str:
    """Another article's headline, or a stock one when the renderer gave none."""
    return rng.choice(ctx.get("headlines") or FALLBACK_HEADS)


def _headlines(rng: random.Random, ctx: dict, k: int) -> list[str]:
    """Up to k distinct other headlines, topped up from the stock list when the renderer gave too few."""
    pool = list(dict.fromkeys(ctx.get("headlines") or []))
    if len(pool) < k:
        pool += [h for h in FALLBACK_HEADS if h not in pool]
    return rng.sample(pool, min(k, len(pool)))


def _some(rng: random.Random, items: list[str], lo: int, hi: int) -> list[str]:
    """A random, order-preserving selection of lo..hi items."""
    k = rng.randint(min(lo, len(items)), min(hi, len(items)))
    return [items[i] for i in sorted(rng.sample(range(len(items)), k))]


def _code(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(ALNUM) for _ in range(n))


def _ymd(rng: random.Random) -> tuple[int, int, int]:
    return rng.randint(2015, 2024), rng.randint(1, 12), rng.randint(1, 28)


def _hms(rng: random.Random) -> str:
    return f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


def _hm12(rng: random.Random) -> str:
    return f"{rng.randint(1, 12)}:{rng.randint(0, 59):02d} {rng.choice(['AM', 'PM', 'am', 'pm'])}"


def _date(rng: random.Random) -> str:
    y, m, d = _ymd(rng)
    return rng.choice([f"{d} {MONTHS[m - 1]} {y}", f"{MONTHS[m - 1][:3]} {d:02d}, {y}", f"{d:02d}/{m:02d}/{y}",
                       f"{MONTHS[m - 1]} {d}, {y}", f"{y}-{m:02d}-{d:02d}", f"{d} {MONTHS[m - 1][:3]} {y}"])


def _person(rng: random.Random) -> str:
    return rng.choice(NAMES) if rng.random() < 0.1 else f"{rng.choice(GIVEN8)} {rng.choice(FAMILY8)}"


def _email(rng: random.Random, name: str) -> str:
    first, _, last = name.lower().replace("'", "").partition(" ")
    local = rng.choice([f"{first}.{last}", f"{first[0]}{last}", f"{first}{rng.randint(1, 99)}", f"{last}.{first[0]}"])
    return f"{local.replace(' ', '')}@{rng.choice(MAIL_DOMAINS)}"


def _outlet(rng: random.Random) -> tuple[str, str]:
    return rng.choice(OUTLETS8)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:72].rstrip("-")


def _url(rng: random.Random, ctx: dict, domain: str | None = None) -> str:
    domain = domain or _outlet(rng)[1]
    sec = rng.choice(["news", "local-news", "business", "sport", "health", "education", "transport", "politics"])
    slug = _slug(_headline(rng, ctx))
    return rng.choice([f"https://www.{domain}/{sec}/{slug}-{rng.randint(100000, 9999999)}",
                       f"https://{domain}/{rng.randint(2015, 2024)}/{rng.randint(1, 12):02d}/{slug}/",
                       f"https://www.{domain}/{sec}/{slug}.html",
                       f"http://{domain}/article/{rng.randint(10 ** 6, 10 ** 8)}",
                       f"https://www.{domain}/{sec}/{slug}?ref={rng.choice(['rss', 'nl', 'share', 'app'])}"])


def _place(rng: random.Random) -> str:
    return rng.choice(PLACES8)


def _price(rng: random.Random, cur: str, lo: int, hi: int) -> str:
    v = rng.randint(lo, hi)
    end = rng.choice([".99", ".99", ".00", "", ".49", ".95"])
    s = f"{v:,}{end}" if v >= 1000 and rng.random() < 0.7 else f"{v}{end}"
    return f"{s}{cur}" if cur == "€" and rng.random() < 0.4 else f"{cur}{s}"


def _cur(rng: random.Random) -> str:
    return rng.choice(["£", "£", "£", "$", "€"])


# --- twentyfifth: pages saved by tools other than a browser ----------------------------------------------------------

ARCHIVES = [("Pagekeep", "pagekeep.org"), ("Stacks Web Vault", "webvault.stacks.net"),
            ("Snapshot Shelf", "snapshotshelf.io"), ("Civic Web Memory", "civicwebmemory.org")]
TRANSLATORS = ["LinguaBridge", "Tradorama", "VersoMT", "Polyglot Relay", "ClearTongue"]
LANGS = ["Portuguese", "Spanish", "German", "Polish", "Turkish", "French", "Italian", "Dutch", "Swahili", "Hindi"]
READ_LATER = ["Stashbox", "Shelfmark", "Laterly", "Pocketful", "Readpile"]
CLIPPERS = ["Notewell Web Clipper", "Snipjar", "Keepsake Clipper", "Inkdrop Saver"]
RSS_READERS = ["Fernfeed", "Quillreader", "Brookline Reader", "Streamlet", "Newsloom"]
MAIL_APPS = ["Pebblemail", "Letterbox", "Skylark Mail", "Courier+"]
ID_PROVIDERS = ["Orbit ID", "Passkey One", "Lumen Account", "Tallyhub Sign-in"]


def _t25_meter_count(rng: random.Random, ctx: dict) -> list[str]:
    total = rng.choice([3, 4, 5, 8, 10])
    left = rng.randint(0, total - 1)
    read = total - left
    word = "story" if left == 1 else "stories"
    cur = _cur(rng)
    return rng.choice([
        [f"You have {left} free {word} left this month"],
        [f"{read} of {total} free articles read", "Subscribe for unlimited access"],
        [f"Free reads remaining: {left}/{total}"],
        ["This is your last free article this month."] if left == 0 else [f"Only {left} free {word} to go"],
        [f"{left} complimentary {word} remaining · Resets {rng.choice(MONTHS)} 1"],
        [f"YOU'VE READ {read} OF {total} FREE ARTICLES", f"Get unlimited digital access for {cur}1"],
        [f"Article {read} of {total} this month", "Sign in", "Subscribe"],
        [f"FREE ARTICLES LEFT{left}", "Upgrade"],
        [f"{left} left", "free this month"],
        [f"Reading {read}/{total} — after this you'll need an account"],
    ])


def _t25_meter_prose(rng: random.Random, ctx: dict) -> list[str]:
    total = rng.choice([3, 5, 8, 10])
    read = rng.randint(1, total)
    cur = _cur(rng)
    outlet = _outlet(rng)[0]
    opening = [
        "You are reading one of the free articles we make available each month to readers without a subscription.",
        (f"You have read {read} of your {total} free articles this month, and your allowance will be topped up "
         f"again on the first of {rng.choice(MONTHS)}."),
        ("Thank you for reading. Once your free stories are used up you will need a subscription to carry on, but "
         "headlines and our live pages stay open to everyone."),
        f"Readers without an account can open {total} articles on {outlet} every month before we ask them to sign up.",
    ]
    more = [
        (f"A digital subscription costs {cur}{rng.randint(1, 3)}.{rng.choice(['00', '50', '99'])} a week and covers "
         "the website, the app and the daily e-edition."),
        "Subscribers read without limits and see fewer adverts on every device they sign in on.",
        ("If you already pay for the printed paper, digital access is included at no extra cost: just link your "
         "account."),
        "You can cancel at any time, and the first month is free for new subscribers.",
    ]
    sents = [rng.choice(opening), *rng.sample(more, rng.randint(0, 2))]
    return [" ".join(sents)] if rng.random() < 0.6 else sents


def _t25_paywall_topic_prose(rng: random.Random, ctx: dict) -> list[str]:
    place, cur = _place(rng), _cur(rng)
    bodies = [
        (f"Our education reporter spent three months visiting classrooms across {place} for this investigation, and "
         "only the support of subscribers makes work like that possible."),
        (f"Reporting on waiting times at {place} General Hospital means reading hundreds of pages of board papers "
         "every month, and that work is paid for by our subscribers."),
        (f"Every week our transport team checks bus and rail timetables across {place} so readers know about changes "
         "before they happen, and subscriptions fund that work."),
        (f"Understanding what higher interest rates mean for households in {place} takes time, and subscribers are the "
         "reason we can give it."),
        (f"Our court reporters sit through cases at {place} Crown Court every weekday so that readers know what "
         "happens there, a service that only subscriptions keep going."),
        ("From Saturday league fixtures to the county cup, our sports desk covers more local games than anyone else, "
         "and subscribers pay for every one of those reports."),
        (f"When the floods reached {place} last winter, our reporters stayed out through the night, and it was "
         "subscribers who made that coverage possible."),
    ]
    close = ["", f" Please consider joining them from {cur}{rng.randint(1, 9)} a month.",
             " Subscribe today to keep reading.",
             " If you value this kind of reporting, subscribing is the best way to support it.",
             " Join them and get unlimited access from today."]
    return [rng.choice(bodies) + rng.choice(close)]


def _t25_subscriber_truncation(rng: random.Random, ctx: dict) -> list[str]:
    outlet = _outlet(rng)[0]
    cur = _cur(rng)
    return rng.choice([
        ["This story is for subscribers only.", "Subscribe to read the full article", "Already a subscriber? Log in"],
        [f"[The remaining {rng.randint(180, 1400)} words of this article are available to subscribers]"],
        ["…", "To continue reading, become a member.", "Members: sign in"],
        [f"Premium | {outlet}", "The full version of this article is reserved for subscribers.",
         "See subscription options"],
        ["READ MORE", f"Continue reading this story with {outlet} Plus", f"Only {cur}1 for your first month"],
        ["(Article truncated – log in for the full text)"],
        ["SUBSCRIBERS ONLY", "", "Unlock the rest of this article"],
        [f"{outlet.upper()} PLUS ARTICLE", "Log in or subscribe to read on"],
        ["...", "[ Subscriber content ]"],
    ])


def _t25_subscriber_prose(rng: random.Random, ctx: dict) -> list[str]:
    place = _place(rng)
    return [rng.choice([
        (f"The rest of this article is only available to subscribers. Subscribing gives you access to all of our "
         f"reporting on {place}, including the latest on schools, health and council spending."),
        ("We're sorry, but you have reached the end of the preview. To read the full story, including reaction from "
         "local residents and a breakdown of the figures, please sign in or subscribe."),
        ("What follows is available to subscribers only. If you reached this page from a search engine or social "
         "media, you may be able to read it for free by registering with your email address."),
        (f"To read the remainder of this report on {place}, along with unlimited access to our news, sport and "
         "property coverage, please choose a subscription package that suits you."),
    ])]


def _t25_paywall_offer(rng: random.Random, ctx: dict) -> list[str]:
    cur = _cur(rng)
    head = rng.choice(["Unlock this article", "Keep reading with Plus", "Get full access", "Continue reading",
                       "Don't miss the full story"])
    offers = [f"{cur}1 for 3 months, then {cur}{rng.randint(5, 12)}.99/month",
              f"Save {rng.choice([25, 30, 40, 50])}% with an annual plan – {cur}{rng.randint(39, 99)}/yr",
              "Cancel anytime", f"Just {cur}{rng.randint(1, 3)} a week", "Digital + print bundle available",
              f"{cur}0 for the first 30 days"]
    lines = [head, *_some(rng, offers, 1, 3), rng.choice(["Subscribe now", "SUBSCRIBE", "See all offers",
                                                          "Start my trial"])]
    if rng.random() < 0.6:
        lines.append(rng.choice(["Already a subscriber? Sign in", "Already have an account? Log in",
                                 "Existing subscriber? Log in here"]))
    if rng.random() < 0.25:
        return ["".join(lines[:3])] + lines[3:]
    return lines


def _t25_registration_wall(rng: random.Random, ctx: dict) -> list[str]:
    lines = [rng.choice(["Register to continue reading", "Create a free account to keep reading",
                         "Sign up free to read this story", "This article is free to read once you register"]),
             rng.choice(["It's free and takes less than a minute", "No payment details needed",
                         "Registered readers get 10 more articles a month", ""])]
    lines += _some(rng, ["Continue with email", f"Continue with {rng.choice(ID_PROVIDERS)}",
                         "Email address", "Password", "Show"], 1, 3)
    lines += _some(rng, ["By registering you agree to our Terms and Privacy Notice", "Not now", "Maybe later"], 0, 2)
    return [line for line in lines if line or rng.random() < 0.5]


def _t25_meter_reset_prose(rng: random.Random, ctx: dict) -> list[str]:
    return [rng.choice([
        ("Your free article allowance resets on the first day of each month. Until then you can still read our "
         "live pages, weather forecasts and traffic updates without an account."),
        ("Stories about public safety, severe weather and health emergencies are always free to read, whether or "
         "not you have used up your monthly allowance."),
        ("Some of our coverage, including school closures and road warnings, is never counted against your free "
         "articles, so you will always be able to check it."),
        ("Clearing your browser's cookies will not give you more free articles, because your allowance is tied to "
         "your account rather than your device."),
    ])]


def _t25_amp_header(rng: random.Random, ctx: dict) -> list[str]:
    outlet, domain = _outlet(rng)
    return rng.choice([
        ["⚡ AMP", domain, "View original page"],
        [f"https://{domain}/amp/{_slug(_headline(rng, ctx))}", "Back"],
        [f"{outlet} | AMP"],
        ["Close", "Menu", outlet],
        ["Lightweight page", "Tap here for the full site"],
        [f"{domain} › amp › {rng.choice(SECTIONS).lower()}"],
        ["‹ Back", outlet, "Share"],
    ])


def _t25_amp_footer(rng: random.Random, ctx: dict) -> list[str]:
    outlet, _ = _outlet(rng)
    y = rng.randint(2016, 2024)
    return rng.choice([
        ["Back to top", "View full site", f"© {y} {outlet}", "Privacy | Terms | Contact"],
        ["Leave lightweight view"],
        [f"© {outlet} {y}", "Back to top ↑"],
        ["View full site", "Terms", "Privacy"],
        [f"Fast page served by {rng.choice(['Swiftleaf', 'Pageflare', 'Litepress'])} · {y}"],
        ["Full site ›"],
    ])


def _t25_lite_page_prose(rng: random.Random, ctx: dict) -> list[str]:
    outlet, _ = _outlet(rng)
    return [rng.choice([
        ("You are viewing a simplified version of this page designed to load quickly on slow mobile connections. "
         "Interactive maps, graphics and comments are only available on the full site."),
        (f"This is the text-only edition of {outlet}, built for readers with limited data or older phones. Election "
         "results, school closures and travel updates appear here as soon as they are published."),
        ("Some features of this story, including the live traffic map and the video of the flooding, could not be "
         "shown in this view. Open the full page to see them."),
        ("Printing tip: this page has been formatted for A4 paper, with adverts and navigation removed. Use your "
         "browser's print settings to change the margins."),
    ])]


def _t25_reader_mode(rng: random.Random, ctx: dict) -> list[str]:
    outlet, domain = _outlet(rng)
    n = rng.randint(2, 14)
    return rng.choice([
        [domain, f"{n}–{n + rng.randint(1, 4)} minutes"],
        ["Reader View", "Aa", "Close reader view", domain],
        [f"{outlet} | {domain}", "Listen", "Text size", "Theme: Light / Sepia / Dark"],
        ["Simplified view", "Show original page"],
        [f"{domain} · {n} min read · {_person(rng)}"],
        ["A-  A+", "Serif  Sans", domain],
        [f"www.{domain}", f"{n} min"],
    ])


def _t25_print_header(rng: random.Random, ctx: dict) -> list[str]:
    outlet, domain = _outlet(rng)
    y, m, d = _ymd(rng)
    sec = rng.choice(SECTIONS)
    return rng.choice([
        [f"Printed from {domain} on {d} {MONTHS[m - 1]} {y} at {_hm(rng)}"],
        [f"{m}/{d}/{y % 100:02d}, {_hm12(rng)}    {sec} | {outlet}"],
        ["Print this page", "Close window"],
        ["PRINT", outlet, _url(rng, ctx, domain)],
        [f"Printed by: {_email(rng, _person(rng))} | {d:02d}/{m:02d}/{y}"],
        ["Print  |  Email  |  Font size: A A A"],
        [f"{outlet} - Print Edition", f"{WEEKDAYS[rng.randint(0, 6)]}, {MONTHS[m - 1]} {d}, {y}"],
        [f"{d:02d}.{m:02d}.{y} {_hm(rng)}", f"{sec} news – {outlet}"],
    ])


def _t25_print_footer(rng: random.Random, ctx: dict) -> list[str]:
    outlet, domain = _outlet(rng)
    n = rng.randint(2, 6)
    i = rng.randint(1, n)
    y = rng.randint(2015, 2024)
    url = _url(rng, ctx, domain)
    return rng.choice([
        [url, f"{i}/{n}"],
        [f"Page {n} of {n}"],
        [f"© {y} {outlet} Ltd. All rights reserved.", "Printed for personal use only."],
        [f"Article printed from {outlet}: {url}"],
        [f"Link to this story: {url}"],
        [f"This printout was produced on {_date(rng)} at {_hm(rng)} and may not reflect later updates."],
        [f"{url}{i}/{n}"],
        [f"{outlet} | Copyright {y} | Page {i}"],
    ])


def _t25_print_page_marker(rng: random.Random, ctx: dict) -> list[str]:
    outlet, domain = _outlet(rng)
    n = rng.randint(2, 9)
    i = rng.randint(1, n)
    return rng.choice([
        [f"Page {i} of {n}"], [f"{i}/{n}"], [f"-- {i} of {n} --"], [f"{_url(rng, ctx, domain)} {i}/{n}"],
        [f"{_date(rng)} {_hm(rng)}  {outlet} - {rng.choice(SECTIONS)}"], [f"- {i} -"], [f"({i} of {n})"],
        [f"about:blank {i}/{n}"],
    ])


def _t25_print_legal_prose(rng: random.Random, ctx: dict) -> list[str]:
    outlet, domain = _outlet(rng)
    sents = [
        (f"This material may not be reproduced, broadcast, rewritten or passed on to others without the prior written "
         f"permission of {outlet}."),
        "This copy is intended for the personal use of a single reader and may not be shared with colleagues.",
        (f"To buy reprints of this article for distribution to customers or staff, contact our syndication desk at "
         f"reprints@{domain}."),
        ("Printed copies of online articles are supplied for convenience only, and the version on our website "
         "should be treated as the definitive one."),
    ]
    return [" ".join(rng.sample(sents, rng.randint(1, 3)))]


def _t25_print_edition_prose(rng: random.Random, ctx: dict) -> list[str]:
    outlet, _ = _outlet(rng)
    head = _headline(rng, ctx)
    return [rng.choice([
        (f"This story ran in the {rng.choice(WEEKDAYS)} {outlet} print edition on page {rng.randint(2, 48)}, "
         f"under the headline “{head}”."),
        f"First printed in {outlet}, {_date(rng)}, p. {rng.randint(2, 64)}.",
        f"An earlier version of this report appeared in our {rng.choice(WEEKDAYS)} paper.",
        (f"A shorter version of this article was published in the printed edition of {outlet} on "
         f"{_date(rng)}."),
        f"In print: {rng.choice(WEEKDAYS)} edition, section {rng.choice('ABCD')}, page {rng.randint(1, 30)}.",
    ])]


def _t25_archive_toolbar(rng: random.Random, ctx: dict) -> list[str]:
    vault, vdom = rng.choice(ARCHIVES)
    url = _url(rng, ctx)
    y1 = rng.randint(2008, 2019)
    y2 = rng.randint(y1 + 1, 2024)
    m = rng.randint(1, 10)
    months = [MONTHS[k][:3].upper() for k in (m - 1, m, m + 1)]
    years = [str(y) for y in range(y2 - 2, y2 + 1)]
    lines = [vault, url, f"{rng.randint(2, 4000):,} captures", f"{rng.randint(1, 28)} {MONTHS[m][:3]} {y1} - "
             f"{rng.randint(1, 28)} {MONTHS[m - 1][:3]} {y2}"]
    if rng.random() < 0.5:
        lines += ["".join(months), "".join(years)]
    else:
        lines += [" ".join(months), " ".join(years)]
    lines += _some(rng, ["Go", "About this capture", "Close", "Help", f"https://{vdom}/"], 1, 3)
    return _some(rng, lines, 3, len(lines))


def _t25_archive_capture_note(rng: random.Random, ctx: dict) -> list[str]:
    vault, vdom = rng.choice(ARCHIVES)
    y, m, d = _ymd(rng)
    url = _url(rng, ctx)
    return rng.choice([
        [f"Snapshot taken {d} {MONTHS[m - 1][:3]} {y} {_hms(rng)} UTC by {vault}.",
         "The live page may have changed since."],
        [f"archived {d} {MONTHS[m - 1][:3]} {y} {_hms(rng)} UTC", f"{vdom}/{_code(rng, 5)}", "page capture",
         "Captured from", url, "‹ earlier  later ›", "other captures of this host"],
        [("You are looking at an archived copy of this page. Some images, videos and interactive features may not "
          "load, and links may lead to pages that no longer exist.")],
        [f"[{vault} copy of {url} — {y}{m:02d}{d:02d}{_hms(rng).replace(':', '')}]"],
        [f"This capture was made on {MONTHS[m - 1]} {d}, {y}. It is stored by {vault} and is not maintained by the "
         "original publisher."],
        [f"{vault} | Saved {d:02d}/{m:02d}/{y}", "Original URL:", url],
    ])


def _t25_archive_collection(rng: random.Random, ctx: dict) -> list[str]:
    vault, _ = rng.choice(ARCHIVES)
    y = rng.randint(2010, 2024)
    return rng.choice([
        ["Gathered by", f"Organisation: {vault}", f"Collection: Local News Crawl {y}",
         "Pages from regional news sites captured every week."],
        [f"Capture ID {_code(rng, 12)}", f"Crawled {_date(rng)} · HTTP 200 · {rng.randint(40, 900)} KB"],
        ["Timestamps", "loading..."],
        [f"Collection: {rng.choice(['Election Web', 'Civic Pages', 'Regional Press', 'Covid Response Sites'])} {y}",
         f"Crawl frequency: {rng.choice(['daily', 'weekly', 'monthly'])}"],
        [f"This page was captured by an automated crawler for {vault} and may be incomplete."],
    ])


def _t25_archive_prose(rng: random.Random, ctx: dict) -> list[str]:
    n = rng.randint(2, 12)
    return [rng.choice([
        ("This article is from our archive and was correct at the time of publication. Fares, school term dates, "
         "opening times and prices it mentions may since have changed."),
        f"This story is more than {n} years old.",
        ("We keep older stories online as a public record. Some of the people named may since have been cleared, "
         "and readers should not assume that charges mentioned here led to a conviction."),
        (f"This report was published {n} years ago. Interest rates, benefit levels and tax thresholds described in "
         "it have changed since, so please check current figures before making decisions."),
        ("Health advice in this archived article reflects guidance at the time it was written and may no longer be "
         "current. Please speak to your doctor or pharmacist for up-to-date information."),
    ])]


def _t25_mt_banner(rng: random.Random, ctx: dict) -> list[str]:
    mt, lang = rng.choice(TRANSLATORS), rng.choice(LANGS)
    return rng.choice([
        [f"Translated from {lang} by {mt}", "Show original", "Options ▾"],
        ["This page has been automatically translated into English.", f"View in {lang}"],
        [f"{lang} → English", "Translate", f"Always translate {lang}"],
        [f"Original language: {lang}", f"Machine translation: {mt}", "Rate this translation ★★★★★"],
        [f"[{mt}] {lang} > EN"],
        [f"Translated by {mt}", "Original", "|", "Translation"],
        [f"Auto-translated · {lang}"],
    ])


def _t25_language_switcher(rng: random.Random, ctx: dict) -> list[str]:
    langs = ["English", "Español", "Français", "Deutsch", "Português", "Italiano", "Türkçe", "Polski", "Русский",
             "العربية", "中文", "日本語", "हिन्दी", "Kiswahili", "Nederlands", "Română"]
    codes = ["EN", "ES", "FR", "DE", "PT", "IT", "TR", "PL", "RU", "AR", "ZH", "JA", "HI", "SW"]
    style = rng.randint(0, 4)
    if style == 0:
        return [" | ".join(_some(rng, langs, 3, 7))]
    if style == 1:
        return _some(rng, langs, 3, 6)
    if style == 2:
        return [" · ".join(_some(rng, codes, 3, 6))]
    if style == 3:
        return [f"Read this in: {' · '.join(_some(rng, langs[1:], 1, 3))}"]
    return [rng.choice(["Language: English ▾", "Select language", "🌐 EN", "Choose your language"])]


def _t25_mt_prose(rng: random.Random, ctx: dict) -> list[str]:
    mt, lang = rng.choice(TRANSLATORS), rng.choice(LANGS)
    return [rng.choice([
        ("This article was translated automatically and has not been checked by an editor. Where the translation "
         "differs from the original, the original text prevails."),
        (f"The English version of this story was produced with {mt} from the {lang} original. Names, quotations and "
         "figures may not have been rendered accurately."),
        (f"We publish machine translations of selected {lang}-language reports so that more readers can follow local "
         "news. If you spot an error, please let us know."),
        ("Automatic translation can get idioms, job titles and place names wrong, so quotes in this version should "
         "not be relied on without checking the original."),
    ])]


def _t25_skip_links(rng: random.Random, ctx: dict) -> list[str]:
    pool = ["Skip to main content", "Skip to navigation", "Skip to search", "Jump to footer", "Accessibility help",
            "Keyboard shortcuts", "Go to content", "Skip to article", "Skip to latest stories", "Jump to comments"]
    lines = _some(rng, pool, 1, 4)
    if rng.random() < 0.3:
        lines = [f"[{i + 1}]{line}" for i, line in enumerate(lines)]
    elif rng.random() < 0.2:
        lines = [" ".join(lines)]
    return lines


def _t25_screen_reader(rng: random.Random, ctx: dict) -> list[str]:
    n = rng.randint(3, 14)
    pool = ["(opens in a new tab)", "External link", "Opens in new window",
            f"Image description: {rng.choice(CAPTIONS)}", "End of image gallery", f"Carousel, {n} items",
            f"Slide {rng.randint(1, n)} of {n}", "Press Enter to expand",
            "Collapse", "Loading", "Decorative image", "Graphic with text; description below", "Close dialog",
            "Previous slide", "Next slide", "Menu expanded", "Link copied", "Visually hidden heading: Article"]
    return _some(rng, pool, 1, 3)


def _t25_media_dialog(rng: random.Random, ctx: dict) -> list[str]:
    if rng.random() < 0.5:
        pool = ["Media player dialog. Press Escape to close.", "Caption settings", "Text colour  White",
                "Background  Black", f"Opacity {rng.choice([25, 50, 75, 100])}%",
                f"Font size {rng.choice([75, 100, 150])}%",
                "Edge style  None", "Reset to defaults", "Done"]
        return _some(rng, pool, 3, 7)
    mins, secs = rng.randint(0, 9), rng.randint(0, 59)
    pool = ["Video could not be played in this viewer", "Play", "Mute", "Current time 0:00",
            f"Duration {mins}:{secs:02d}", "Loaded: 0%", "Fullscreen", "Captions off", "Picture-in-picture"]
    return _some(rng, pool, 2, 6)


def _t25_accessibility_prose(rng: random.Random, ctx: dict) -> list[str]:
    return [rng.choice([
        ("If you use assistive technology and find any part of this page difficult to read, please get in touch "
         "with our digital team, who aim to reply within five working days."),
        ("You can listen to this article with your device's built-in text-to-speech. On most phones, select the "
         "text and choose Speak from the menu."),
        ("Charts in this article are also described in text for screen-reader users. A plain table of the figures "
         "is available on request."),
        ("This page has been designed to work with screen readers, but some older graphics may not have text "
         "descriptions yet. We are working to add them."),
    ])]


def _t25_pdf_running_head(rng: random.Random, ctx: dict) -> list[str]:
    outlet, domain = _outlet(rng)
    y, m, d = _ymd(rng)
    wd = rng.choice(WEEKDAYS)
    n = rng.randint(2, 64)
    letter = rng.choice("ABCD")
    return [rng.choice([
        f"{outlet.upper()} | {wd.upper()}, {MONTHS[m - 1].upper()} {d}, {y} | {letter}{n}",
        f"{letter}{n}",
        f"{n} {outlet} {wd} {d} {MONTHS[m - 1]} {y}",
        f"{rng.choice(SECTIONS).upper()} {n}",
        f"www.{domain} {n}",
        f"{outlet} e-Edition Page {n}",
        f"{n}{outlet.upper().replace(' ', '')}{wd.upper()}",
        f"{wd} {d}.{m}.{y}  {outlet}  {n}",
    ])]


def _t25_pdf_continued(rng: random.Random, ctx: dict) -> list[str]:
    w = rng.choice(SLUG_WORDS)
    n = rng.randint(2, 40)
    letter = rng.choice("ABC")
    return [rng.choice([
        f"Continued on page {n}", f"Continued from page {rng.randint(1, 9)}", f"► See {w}, Page {letter}{n}",
        f"{w} from Page {letter}1", f"(Turn to page {n})", f"Please turn to page {n}", f"More on {n}",
        f"FULL STORY: PAGE {n}", f"CONTINUED ON {letter}{n}", f"{w} | Continued from front", f"Cont. p{n}",
    ])]


def _t25_pdf_artifacts(rng: random.Random, ctx: dict) -> list[str]:
    n = rng.randint(8, 96)
    i = rng.randint(1, n)
    platform = rng.choice(["PressLeaf", "Folio+ Replica", "Pagewise"])
    pool = [f"-- {i} of {n} --", f"Page {i} / {n}", f"ePaper powered by {platform}",
            "Zoom 100%", "◄ ►", "■", "l l", "▪ ▪ ▪", "ADVERTISEMENT", "Click on an article to read it",
            "Article view | Page view", f"Edition: {rng.choice(['Main', 'North', 'City', 'Late'])}",
            f"{rng.randint(10, 99)}-{rng.randint(10, 99)}-{rng.randint(1, 9)}"]
    return _some(rng, pool, 1, 3)


def _t25_pdf_ad_bleed(rng: random.Random, ctx: dict) -> list[str]:
    place = _place(rng)
    shop = rng.choice([f"{place} Carpets & Beds", "Pennock's Garden Centre", f"{place} Motor Spares",
                       "Thackwell Opticians", "The Bed Loft", "Greaves & Daughter Furniture"])
    pool = [rng.choice(["SALE NOW ON", "CLEARANCE", "ALL MUST GO", "SPRING EVENT"]),
            f"UP TO {rng.choice([30, 40, 50, 70])}% OFF", shop,
            f"Unit {rng.randint(1, 12)}, {rng.choice(['Mill Road', 'Station Approach', 'Quarry Rise'])}",
            f"Tel 01632 {rng.randint(100, 999)} {rng.randint(100, 999)}", "OPEN 7 DAYS", "Free fitting*",
            "*terms apply", "Free parking", "Mon-Sat 9-5.30 Sun 10-4"]
    lines = _some(rng, pool, 2, 5)
    if rng.random() < 0.3:
        lines = [" ".join(lines)]
    return lines


def _t25_pdf_index_prose(rng: random.Random, ctx: dict) -> list[str]:
    place = _place(rng)
    n1, n2, n3 = rng.sample(range(2, 60), 3)
    return [rng.choice([
        (f"Inside today: our weekend supplement looks back at the winter floods in {place}, while the business pages "
         f"ask whether interest rates have finally peaked. Page {n1}."),
        (f"Also in this edition, parents give their verdict on the new school transport scheme (page {n1}), and our "
         f"health correspondent visits the town's walk-in centre (page {n2})."),
        (f"Turn to page {n1} for the full fixture list, page {n2} for letters and page {n3} for the seven-day "
         "weather forecast."),
        (f"Tomorrow in print: the true cost of running a car in {place}, and the volunteers keeping the food bank "
         "open through the winter."),
    ])]


def _t25_email_forward(rng: random.Random, ctx: dict) -> list[str]:
    sender, rcpt = _person(rng), _person(rng)
    y, m, d = _ymd(rng)
    wd = rng.choice(WEEKDAYS)
    head = _headline(rng, ctx)
    style = rng.randint(0, 2)
    if style == 0:
        lines = ["---------- Forwarded message ---------", f"From: {sender} <{_email(rng, sender)}>",
                 f"Date: {wd[:3]}, {d} {MONTHS[m - 1][:3]} {y} at {_hm(rng)}",
                 f"Subject: {rng.choice(['', 'Fwd: ', 'Fw: ', 'FW: '])}{head}", f"To: <{_email(rng, rcpt)}>"]
    elif style == 1:
        lines = ["-----Original Message-----", f"From: {sender} <{_email(rng, sender)}>",
                 f"Sent: {wd}, {MONTHS[m - 1]} {d}, {y} {_hm12(rng)}", f"To: {rcpt} <{_email(rng, rcpt)}>",
                 f"Subject: FW: {head}"]
    else:
        lines = ["Begin forwarded message:", "", f"From: {sender} <{_email(rng, sender)}>", f"Subject: {head}",
                 f"Date: {d} {MONTHS[m - 1]} {y} at {_hm(rng)}:{rng.randint(0, 59):02d} BST", f"To: {rcpt}"]
    if rng.random() < 0.3:
        lines.insert(len(lines) - 1, f"Cc: {_email(rng, _person(rng))}")
    return lines


def _t25_email_forward_note(rng: random.Random, ctx: dict) -> list[str]:
    given = rng.choice(GIVEN8)
    wd = rng.choice(WEEKDAYS)
    note = rng.choice([
        (f"Hi {given}, thought you'd want to see this given what we were saying about the bus cuts on Sunday. "
         "Let me know what you think."),
        (f"Mum - this is the article about the school catchment changes I mentioned on the phone. Worth a read "
         f"before the meeting on {wd}."),
        "Forwarding this in case you missed it. Interesting bit about halfway down about the hospital parking charges.",
        "FYI, see below. Might be relevant for the budget discussion next week.",
        f"Not sure if this affects your street, {given}, but worth checking. The council meeting is on {wd} evening.",
        "Saw this in the paper this morning and thought of you. Hope the knee is getting better!",
        "Can we talk about this at the team meeting? I think it changes the numbers we were working from.",
    ])
    sign = rng.choice([rng.choice(GIVEN8), "x", "Cheers", "Thanks", ""])
    return [note, sign] if sign else [note]


def _t25_sent_from(rng: random.Random, ctx: dict) -> list[str]:
    app = rng.choice(MAIL_APPS)
    return [rng.choice(["Sent from my phone", "Sent from my tablet", f"Sent from {app} for Android",
                        "Sent from my mobile - please excuse typos", f"Get {app} for iOS", f"Sent via {app}",
                        "Sent on the go", "Typed with thumbs, sorry for brevity"])]


def _t25_email_reply(rng: random.Random, ctx: dict) -> list[str]:
    name = _person(rng)
    y, m, d = _ymd(rng)
    quoted = _some(rng, ["> Thanks for sending this on.", "> Did you see the bit about the parking?", ">",
                         "> Speak soon", "> Have a look when you get a minute.", "> x"], 1, 4)
    wd = rng.choice(WEEKDAYS)[:3]
    return [f"On {wd}, {d} {MONTHS[m - 1][:3]} {y}, {_hm(rng)} {name} <{_email(rng, name)}> wrote:", *quoted]


def _t25_email_reply_prose(rng: random.Random, ctx: dict) -> list[str]:
    place = _place(rng)
    return [rng.choice([
        ("Thanks for this. I read it on the train this morning and I'm not sure the figures add up, but the point "
         "about the waiting lists is fair."),
        (f"Interesting, although I'd heard the new timetable for {place} was already delayed until the autumn. "
         "Let's see what happens."),
        ("I think they've been saying the same thing about the school roof for three years now. Will believe it when "
         "I see the builders."),
        ("Good spot. Rents round here have gone up at least that much since we moved in, so it doesn't surprise me "
         "at all."),
    ])]


def _t25_email_conf_prose(rng: random.Random, ctx: dict) -> list[str]:
    sents = [
        ("This e-mail and any attachments are confidential and intended only for the person to whom it is "
         "addressed."),
        "If you have received it in error, please tell the sender straight away and delete it from your system.",
        "Views expressed in this message are those of the individual sender and not necessarily those of the council.",
        ("Although we check outgoing mail for viruses, we cannot accept liability for any damage caused by this "
         "message or its attachments."),
        "Communications with us may be monitored or recorded for training and quality purposes.",
    ]
    return [" ".join(_some(rng, sents, 2, 4))]


def _t25_email_signature(rng: random.Random, ctx: dict) -> list[str]:
    name, place = _person(rng), _place(rng)
    role, org = rng.choice([("Senior Planning Officer", f"{place} District Council"),
                            ("Community Liaison Lead", f"{place} District Council"),
                            ("Head of Year 9", f"{place} Academy"), ("Practice Manager", f"{place} Medical Practice"),
                            ("Operations Coordinator", "Pellow Logistics Ltd"),
                            ("Parish Clerk", f"{place} Parish Council")])
    t, mob = f"01632 {rng.randint(100, 999)} {rng.randint(100, 999)}", f"07700 {rng.randint(900000, 900999)}"
    lines = ["--", name, f"{role} | {org}"]
    lines.append(rng.choice([f"T: {t} | M: {mob}", f"T {t}M {mob}", f"Tel: {t}", f"Direct dial {t}"]))
    lines += _some(rng, [f"www.{_slug(org).replace('-', '')}.org.uk", "Please think before you print this email.",
                         "My working days are Monday to Wednesday."], 0, 2)
    return lines


def _t25_clipper_footer(rng: random.Random, ctx: dict) -> list[str]:
    clipper, app = rng.choice(CLIPPERS), rng.choice(READ_LATER)
    tags = " ".join(rng.sample(["#toread", "#local", "#transport", "#work", "#housing", "#health", "#later"], 3))
    return rng.choice([
        [f"Clipped with {clipper} on {_date(rng)}", f"Source: {_url(rng, ctx)}"],
        [f"Tags: {tags}"],
        [f"Saved to {app} · {rng.choice(['Reading', 'Inbox', 'Work', 'Research'])}"],
        [f"Highlights ({rng.randint(0, 9)})", f"Notes ({rng.randint(0, 4)})"],
        [f"Created: {_date(rng)} {_hm(rng)}", f"Notebook: {rng.choice(['Reading', 'Clippings', 'News'])}",
         f"URL: {_url(rng, ctx)}"],
        [f"Open in {clipper.split()[0]}"],
    ])


def _t25_read_later_header(rng: random.Random, ctx: dict) -> list[str]:
    app = rng.choice(READ_LATER)
    _, domain = _outlet(rng)
    pool = [domain, _person(rng), f"{rng.randint(2, 25)} min read", "Archive", "Favourite", "Share", "Tags",
            f"Saved {rng.randint(2, 40)} days ago", "Listen (beta)", app]
    lines = _some(rng, pool, 2, 5)
    return ["  ".join(lines)] if rng.random() < 0.3 else lines


def _t25_read_later_prose(rng: random.Random, ctx: dict) -> list[str]:
    app = rng.choice(READ_LATER)
    return [rng.choice([
        (f"You've reached the end of this article. Stories you save with {app} stay in your list until you archive "
         "them, and they sync across every device you're signed in on."),
        (f"This article was saved to your {app} list. Some images and embedded content could not be saved and are "
         "available on the original page."),
        (f"Nice work, that's {rng.randint(2, 30)} articles read this week. Keep your streak going by finishing one "
         "more saved story tomorrow."),
        f"Finished? Archive it to keep your {app} queue tidy, or tag it so you can find it again later.",
    ])]


def _t25_rss_header(rng: random.Random, ctx: dict) -> list[str]:
    reader = rng.choice(RSS_READERS)
    outlet, _ = _outlet(rng)
    feed = rng.choice(["Top Stories", "Latest", "Local News", "Business", "Sport", "All articles"])
    when = rng.choice([f"{rng.randint(1, 23)}h", "yesterday", f"{rng.randint(2, 6)} days ago", _date(rng)])
    pool = [reader, f"{outlet} – {feed}", f"by {_person(rng)} · {when}", "Mark as read", "☆ Star",
            "Open original ↗", f"Unread ({rng.randint(3, 999)})", "All items"]
    return _some(rng, pool, 2, 5)


def _t25_rss_footer(rng: random.Random, ctx: dict) -> list[str]:
    outlet, _ = _outlet(rng)
    n = rng.randint(10, 300)
    pool = [f"Feed: {outlet} » {rng.choice(['Top Stories', 'News', 'Latest headlines'])}", "View original article",
            "Next unread ›", "Mark all as read", f"Item {rng.randint(1, n)} of {n}", "‹ Previous", "Keep unread"]
    if rng.random() < 0.3:
        return [rng.choice(["More from this feed", "Also in this feed", "Next in your list"]),
                *_headlines(rng, ctx, rng.randint(2, 3)), *_some(rng, pool, 0, 2)]
    return _some(rng, pool, 1, 4)


def _t25_rss_truncation(rng: random.Random, ctx: dict) -> list[str]:
    outlet, domain = _outlet(rng)
    return rng.choice([
        ["[…]", f"Continue reading on {outlet}"],
        [("This feed only carries the first few paragraphs of each story. To read the rest, open the article on the "
          "publisher's website.")],
        [f"The full text is available at {domain}. Feed items are provided for personal, non-commercial use."],
        [f"(Summary only – {rng.randint(300, 1500)} words in full article)"],
        ["Read more »"],
        [f"Full story: {_url(rng, ctx, domain)}"],
    ])


def _t25_text_browser(rng: random.Random, ctx: dict) -> list[str]:
    secs = rng.sample(["Home", "News", "Sport", "Business", "What's On", "Property", "Jobs", "Weather"], 4)
    n = rng.randint(1, 5)
    lines = [f"[{n}]Skip to main content", " ".join(f"[{n + k + 1}]{s}" for k, s in enumerate(secs)),
             "(BUTTON) Menu", f"   * [{n + 6}]Sign in", f"[{n + 7}][logo.png]",
             "Search: ____________________ (BUTTON) Go"]
    return _some(rng, lines, 2, 5)


def _t25_references(rng: random.Random, ctx: dict) -> list[str]:
    _, domain = _outlet(rng)
    k = rng.randint(2, 6)
    start = rng.randint(1, 40)
    paths = ["", "news/", "sport/", "subscribe", "privacy-policy", "contact-us", "newsletters", "terms"]
    urls = [f"https://www.{domain}/{rng.choice(paths)}" for _ in range(k - 1)] + [_url(rng, ctx, domain)]
    head = rng.choice(["References", "Visible links", "Links:", ""])
    lines = [f"  {start + i}. {u}" if head != "Links:" else f"[{start + i}] {u}" for i, u in enumerate(urls)]
    return [head, *lines] if head else lines


def _t25_saved_file_artifacts(rng: random.Random, ctx: dict) -> list[str]:
    user = rng.choice(["hpennock", "owner", "user", "dev", "Callum", "research01"])
    slug = _slug(_headline(rng, ctx))[:40]
    return rng.choice([
        [f"file:///C:/Users/{user}/Downloads/{slug}.html"],
        [f"file:///home/{user}/Documents/clippings/{slug}.htm"],
        ["[Image]"], [f"[Image: {rng.choice(CAPTIONS)}]"], ["[inline image]"], ["javascript:void(0)"],
        ["[iframe: advertisement]"], [f"{slug}_files/photo_{rng.randint(1, 20)}.jpg"], ["[IMG]", "[IMG]"],
    ])


def _t25_citation(rng: random.Random, ctx: dict) -> list[str]:
    outlet, domain = _outlet(rng)
    head = _headline(rng, ctx)
    url = _url(rng, ctx, domain)
    y, m, d = _ymd(rng)
    acc = f"{rng.randint(1, 28)} {rng.choice(MONTHS)} {min(y + rng.randint(0, 2), 2024)}"
    return [rng.choice([
        f"{outlet} ({y}) '{head}', {d} {MONTHS[m - 1]}. Available at: {url} (Accessed: {acc}).",
        f"Retrieved {MONTHS[m - 1]} {d}, {y}, from {url}",
        f"Accessed {acc}. {url}",
        f"{_person(rng).split()[-1]}, {_person(rng)[0]}. ({y}, {MONTHS[m - 1]} {d}). {head}. {outlet}. {url}",
        f"Source: {outlet}, {d:02d}/{m:02d}/{y} — saved {acc}",
    ])]


def _twentyfifth_templates() -> dict[str, tuple[str, Template]]:
    """Pages saved by tools other than a browser: paywalls, print/AMP/reader views, archives, translation, e-mail."""
    return {
        "meter_count": ("hi", _t25_meter_count),
        "meter_prose": ("it", _t25_meter_prose),
        "paywall_topic_prose": ("it", _t25_paywall_topic_prose),
        "subscriber_truncation": ("t", _t25_subscriber_truncation),
        "subscriber_prose": ("it", _t25_subscriber_prose),
        "paywall_offer": ("it", _t25_paywall_offer),
        "registration_wall": ("i", _t25_registration_wall),
        "meter_reset_prose": ("hit", _t25_meter_reset_prose),
        "amp_header": ("h", _t25_amp_header),
        "amp_footer": ("t", _t25_amp_footer),
        "reader_mode": ("h", _t25_reader_mode),
        "lite_page_prose": ("hit", _t25_lite_page_prose),
        "print_header": ("h", _t25_print_header),
        "print_footer": ("t", _t25_print_footer),
        "print_page_marker": ("i", _t25_print_page_marker),
        "print_legal_prose": ("t", _t25_print_legal_prose),
        "print_edition_prose": ("t", _t25_print_edition_prose),
        "archive_toolbar": ("h", _t25_archive_toolbar),
        "archive_capture_note": ("h", _t25_archive_capture_note),
        "archive_collection": ("t", _t25_archive_collection),
        "archive_prose": ("ht", _t25_archive_prose),
        "mt_banner": ("h", _t25_mt_banner),
        "language_switcher": ("ht", _t25_language_switcher),
        "mt_prose": ("ht", _t25_mt_prose),
        "skip_links": ("h", _t25_skip_links),
        "screen_reader": ("hi", _t25_screen_reader),
        "media_dialog": ("i", _t25_media_dialog),
        "accessibility_prose": ("t", _t25_accessibility_prose),
        "pdf_running_head": ("i", _t25_pdf_running_head),
        "pdf_continued": ("i", _t25_pdf_continued),
        "pdf_artifacts": ("i", _t25_pdf_artifacts),
        "pdf_ad_bleed": ("i", _t25_pdf_ad_bleed),
        "pdf_index_prose": ("ht", _t25_pdf_index_prose),
        "email_forward": ("h", _t25_email_forward),
        "email_forward_note": ("h", _t25_email_forward_note),
        "sent_from": ("t", _t25_sent_from),
        "email_reply": ("t", _t25_email_reply),
        "email_reply_prose": ("t", _t25_email_reply_prose),
        "email_conf_prose": ("t", _t25_email_conf_prose),
        "email_signature": ("t", _t25_email_signature),
        "clipper_footer": ("t", _t25_clipper_footer),
        "read_later_header": ("h", _t25_read_later_header),
        "read_later_prose": ("t", _t25_read_later_prose),
        "rss_header": ("h", _t25_rss_header),
        "rss_footer": ("t", _t25_rss_footer),
        "rss_truncation": ("t", _t25_rss_truncation),
        "text_browser": ("h", _t25_text_browser),
        "references": ("t", _t25_references),
        "saved_file_artifacts": ("hit", _t25_saved_file_artifacts),
        "citation": ("t", _t25_citation),
    }


# --- twentysixth: commercial verticals around a news story -----------------------------------------------------------

RETAILERS = ["Brightcart", "Ovelo", "ShopWick", "Pennyworth Direct", "Kestrel Outlet", "Halloway's", "Markhouse",
             "Tillbury & Co"]
PRODUCTS = [("Aurelle S7 smartphone", "phone", (299, 899)), ("Tovo Quiet 3 headphones", "audio", (49, 299)),
            ("Nimbly Pet cordless vacuum", "vacuum", (99, 449)), ("Quillon Air 14 laptop", "laptop", (349, 1299)),
            ("Brewline Pro bean-to-cup coffee machine", "coffee", (179, 699)),
            ("Hearthly 5.5L air fryer", "fryer", (49, 179)), ("Drifta City e-bike", "ebike", (799, 2499)),
            ("Lumo Kids tablet", "tablet", (69, 199)), ("Solstra heated clothes airer", "airer", (39, 149)),
            ("Pacer Go running watch", "watch", (89, 399))]
BOOKIES = ["BetHarbour", "Fairline Sports", "OddsOwl", "Gallopwise", "Kingsmere Bet"]
TEAMS = ["Harrowfield Town", "Calder Rovers", "Westmere Athletic", "Brackwater United", "Stanbury Wanderers",
         "Marshgate City", "Orton Fells FC", "Lynsey Bay Albion"]
FRAC = ["1/2", "4/6", "5/6", "Evs", "11/10", "6/4", "13/8", "7/4", "2/1", "9/4", "5/2", "11/4", "3/1", "10/3", "4/1",
        "9/2", "5/1", "6/1", "8/1", "12/1"]
AGENTS = ["Keyhaven Estates", "Nestory Homes", "Fenwick & Hale", "Threshold Property", "Ashdown Lettings"]
STREETS = ["Oak Lane", "Mill Road", "Station Approach", "Chapel Street", "Ferry Walk", "Orchard Close",
           "Kingfisher Way", "Quarry Rise", "Tannery Court", "Bellfield Avenue"]
HOMES = ["3 bed semi-detached house", "2 bed flat", "4 bed detached house", "1 bed apartment", "2 bed terraced house",
         "3 bed bungalow", "Studio flat", "5 bed detached house", "2 bed maisonette"]
JOBS = [("Staff Nurse - Band 5", "{place} General Hospital", "£28,407 - £34,581"),
        ("HGV Class 1 Driver", "Pellow Logistics", "£38,000 - £44,000 + overtime"),
        ("Teaching Assistant (SEN)", "Stanbury Heath Primary School", "£19,800 pro rata"),
        ("Care Assistant - Nights", "Willowbank Care Home", "£12.10 - £13.40 per hour"),
        ("Junior Accountant", "Ferris Brightman LLP", "£26,000 - £30,000"),
        ("Bus Driver - training provided", "Tidewater Buses", "£15.20 per hour"),
        ("Warehouse Operative", "Kestrel Outlet Distribution", "£11.90 per hour"),
        ("Receptionist (part-time)", "{place} Dental Care", "Competitive")]
EVENTS = [("An Evening with The Halyards", "The Corn Exchange, {place}"),
          ("{place} Food & Drink Festival", "Riverside Park, {place}"),
          ("Comedy Night: Rhiannon Bale", "The Old Fire Station, {place}"),
          ("Jazz on the Green", "Westmere Bandstand"), ("Vintage & Craft Fair", "St Aldric's Hall, {place}"),
          ("{place} 10K", "{place} Seafront"), ("Songs of the Eighties: Tribute Night", "Marshgate Playhouse"),
          ("Northcote Choral Society: Spring Concert", "Northcote Minster")]
TICKETERS = ["Ticketory", "GateStub", "SeatCrate", "Boxoffice Direct"]
RECIPES = [("One-pan chicken and chickpea traybake", 4,
            ["8 chicken thighs", "1 x 400g tin chickpeas, drained", "2 red onions, cut into wedges",
             "2 tbsp olive oil", "1 tsp smoked paprika", "200g cherry tomatoes", "Small bunch parsley"],
            ["Heat the oven to 200C/180C fan/gas 6.", "Toss everything except the parsley in a large roasting tin.",
             "Roast for 35-40 mins until the chicken is golden.", "Scatter with parsley and serve."]),
           ("Red lentil and squash dhal", 6,
            ["250g red lentils", "1 small butternut squash, diced", "1 onion, chopped", "2 garlic cloves",
             "1 tbsp curry powder", "400ml tin coconut milk", "Juice of 1 lime"],
            ["Soften the onion and garlic in a little oil.", "Add the curry powder, lentils, squash and 800ml water.",
             "Simmer for 25 mins, stirring now and then.", "Stir in the coconut milk and lime, then season."]),
           ("Lemon drizzle traybake", 12,
            ["225g softened butter", "225g caster sugar", "275g self-raising flour", "4 eggs", "Zest of 2 lemons",
             "175g granulated sugar", "Juice of 2 lemons"],
            ["Heat oven to 180C/160C fan.", "Beat the butter, sugar, flour, eggs and zest together.",
             "Bake in a lined tin for 30-35 mins.", "Mix the sugar and juice and pour over while warm."]),
           ("Sausage and bean casserole", 4,
            ["8 pork sausages", "1 onion, sliced", "2 carrots, diced", "400g tin chopped tomatoes",
             "400g tin mixed beans", "1 tsp dried thyme", "300ml veg stock"],
            ["Brown the sausages in a casserole dish.", "Add the onion and carrots and cook for 5 mins.",
             "Tip in everything else and simmer for 25 mins."])]
TRAVEL = [("Sunvale Holidays", "Hotel Costa Lúmina, Playa Serena"), ("Skyhop", "Palmwood Resort, Isla Verano"),
          ("Bluewake Cruises", "7-night Isles of Calloway cruise"), ("Wayfarer Breaks", "Villa Sorrelle, Lake Ardena"),
          ("Sunvale Holidays", "Aqua Marisol Family Resort, Cala Brava"),
          ("Wayfarer Breaks", "Lodge at Fenmoor Forest")]
CARS = ["Corvane Estate 1.5 Petrol", "Velor Hatch 1.0 Turbo", "Ardent SUV 1.6 Hybrid", "Kestra EV Long Range",
        "Pimlo Mini 1.2", "Corvane Sport 2.0 Diesel", "Velor Crossover 1.4 Mild Hybrid"]
FINANCERS = ["Motorwise Finance", "DriveLend", "Keyturn Credit"]
COINS = [("Bitcoin", "BTC", 26000.0, 71000.0), ("Ether", "ETH", 1500.0, 4000.0), ("Voltcoin", "VLT", 0.1, 3.0),
         ("Meridian", "MRD", 5.0, 80.0), ("Pebble", "PBL", 0.001, 0.05), ("Halo", "HALO", 20.0, 200.0)]
INSURERS = ["Shieldwell", "QuoteNest", "Haven & Hale", "CoverCompass", "Brightshield Direct"]
LENDERS = ["Ashby Building Society", "Marshgate Mutual", "Northcote Bank", "Sterling Peak Homeloans"]
LOTTERIES = [("Grand Draw", 6, 59, "Bonus"), ("Midweek Millions", 5, 50, "Star"), ("Lucky Seven", 7, 35, ""),
             ("Region Lotto", 6, 49, "Bonus")]
FUNERAL = ["Pennock & Sons Funeral Directors", "Hartigan Family Funeral Service", "Greaves Memorial Chapel",
           "Holloway Co-operative Funeralcare"]


def _product(rng: random.Random) -> tuple[str, str, tuple[int, int]]:
    return rng.choice(PRODUCTS)


def _t26_affiliate_box(rng: random.Random, ctx: dict) -> list[str]:
    name, _, (lo, hi) = _product(rng)
    cur = _cur(rng)
    shops = rng.sample(RETAILERS, rng.randint(1, 3))
    label = rng.choice(["Our pick", "BEST BUY", "Editor's choice", "Top pick", "Best value", "We recommend"])
    lines = [label, name]
    base = rng.randint(lo, hi)
    for s in shops:
        p = _price(rng, cur, max(1, base - 30), base + 30)
        lines.append(rng.choice([f"{p} at {s}", f"{s} {p}", f"{p} | {s}", f"{p}{s}"]))
    lines.append(rng.choice(["Check price", "View deal", "Buy now", "See all prices", "Shop now"]))
    return lines


def _t26_price_comparison(rng: random.Random, ctx: dict) -> list[str]:
    name, _, (lo, hi) = _product(rng)
    cur = _cur(rng)
    base = rng.randint(lo, hi)
    lines = [rng.choice([f"Compare prices: {name}", f"Where to buy the {name}", "Price comparison", name]),
             rng.choice(["Retailer | Price | Delivery", "Retailer Price Delivery", "Store\tPrice", ""])]
    for s in rng.sample(RETAILERS, rng.randint(2, 5)):
        p = _price(rng, cur, max(1, base - 40), base + 40)
        deliv = rng.choice(["Free", f"{cur}3.99", f"{cur}4.95", f"Free over {cur}30", "Click & collect"])
        lines.append(rng.choice([f"{s} | {p} | {deliv}", f"{s} {p} {deliv}", f"{s}\t{p}"]))
    lines.append(rng.choice([f"Prices updated {_hm(rng)} today", "Lowest price first", "Show more offers (6)", ""]))
    return [line for line in lines if line]


def _t26_affiliate_disclosure_prose(rng: random.Random, ctx: dict) -> list[str]:
    outlet, _ = _outlet(rng)
    return [rng.choice([
        ("We may earn a commission when you buy through links on this page. This never affects which products we "
         "choose, and prices were correct at the time of writing."),
        (f"{outlet} takes part in affiliate schemes with several retailers, which means we may receive a small "
         "payment if you make a purchase after clicking a link in this article."),
        ("Our reviewers test every product themselves and are not told which items earn us money. Where a retailer "
         "pays us for a sale, that is marked with an asterisk."),
        ("Prices and availability change quickly during sales events, so the deals in this article may have ended "
         "by the time you read it. We check and update them every morning."),
    ])]


def _t26_deal_countdown(rng: random.Random, ctx: dict) -> list[str]:
    name, _, (lo, hi) = _product(rng)
    cur = _cur(rng)
    was = rng.randint(lo, hi)
    now = max(1, int(was * rng.uniform(0.45, 0.9)))
    off = round(100 * (was - now) / was)
    pool = [rng.choice(["Lightning deal", "DEAL OF THE DAY", "Flash sale", "Today only", "Limited-time offer"]), name,
            f"Deal ends in {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}",
            f"{rng.randint(11, 97)}% claimed", f"Was {cur}{was} Now {cur}{now} (-{off}%)",
            f"Was {cur}{was}.00", f"Now {cur}{now}.00", f"SAVE {cur}{was - now}",
            f"{rng.randint(2, 48)} hrs left"]
    lines = _some(rng, pool, 3, 6)
    if rng.random() < 0.25:
        lines = ["".join(lines)]
    return lines


def _t26_deal_prose(rng: random.Random, ctx: dict) -> list[str]:
    name, kind, (lo, hi) = _product(rng)
    shop = rng.choice(RETAILERS)
    cur = _cur(rng)
    p = rng.randint(lo, hi)
    if kind in {"fryer", "airer"}:
        return [rng.choice([
            (f"If you are trying to cut your energy bills this winter, the {name} is down to {cur}{p} today, and "
             "reviewers say it costs pennies an hour to run."),
            (f"With gas prices still high, more households are turning to gadgets like the {name}, which {shop} has "
             f"cut to {cur}{p} for this week only."),
        ])]
    return [rng.choice([
        (f"The {name} has dropped to {cur}{p} at {shop}, the lowest price we have seen since it launched, so it is "
         "worth snapping up if you have been waiting for a discount."),
        (f"Shoppers looking to beat rising prices should move quickly: {shop} says stock of the {name} at this price "
         "is limited and the offer ends at midnight."),
        (f"We have tracked the price of the {name} for six months, and today's deal at {shop} is the best it has "
         "been outside the big January sales."),
    ])]


SPECS = {
    "phone": lambda r: [f"Display: 6.{r.randint(1, 8)}in OLED, {r.choice([90, 120])}Hz",
                        f"Storage: {r.choice(['128GB', '256GB', '128GB / 256GB / 512GB'])}",
                        f"Battery: {r.randint(38, 55)}00mAh", "Camera: 50MP main, 12MP ultrawide",
                        f"Weight: {r.randint(165, 230)}g", "Colours: Graphite, Sage, Sand"],
    "audio": lambda r: [f"Battery life: up to {r.randint(20, 60)} hours", "Noise cancelling: Yes",
                        "Connectivity: Bluetooth 5.3, 3.5mm", f"Weight: {r.randint(180, 320)}g",
                        "Charging: USB-C, 10 min = 5 hrs"],
    "vacuum": lambda r: [f"Run time: {r.randint(25, 70)} mins", f"Bin capacity: 0.{r.randint(3, 9)}L",
                         f"Weight: {r.randint(15, 35) / 10:.1f}kg", "Attachments: 4", "Charging time: 3.5 hrs"],
    "laptop": lambda r: [f"Processor: Quillon Q{r.randint(5, 9)} {r.randint(8, 12)}-core",
                         f"RAM: {r.choice([8, 16, 32])}GB", f"Storage: {r.choice([256, 512, 1024])}GB SSD",
                         f"Screen: 14in, {r.choice(['1920x1200', '2880x1800'])}", f"Weight: 1.{r.randint(1, 6)}kg",
                         f"Battery: up to {r.randint(10, 22)} hrs"],
    "coffee": lambda r: ["Pressure: 15 bar", f"Water tank: 1.{r.randint(2, 9)}L", "Milk frother: Automatic",
                         "Grinder: Conical burr, 13 settings", f"Dimensions: 24 x 37 x {r.randint(38, 45)}cm"],
    "fryer": lambda r: ["Capacity: 5.5L", f"Power: {r.randint(15, 24)}00W", "Programmes: 8 presets",
                        "Dishwasher-safe basket: Yes", f"Running cost: approx {r.randint(12, 25)}p per use"],
    "ebike": lambda r: [f"Range: up to {r.randint(40, 120)}km", "Motor: 250W rear hub",
                        f"Battery: {r.randint(3, 7)}00Wh",
                        f"Weight: {r.randint(17, 26)}kg", "Gears: 7-speed", "Charge time: 4-6 hrs"],
    "tablet": lambda r: ["Screen: 8in HD", f"Storage: {r.choice([32, 64])}GB", "Parental controls: Yes",
                         f"Battery: up to {r.randint(8, 14)} hrs", "Case: Drop-proof bumper included"],
    "airer": lambda r: ["Tiers: 3", f"Power: {r.randint(2, 3)}00W", f"Running cost: {r.randint(5, 9)}p per hour",
                        "Drying space: 21m rails", "Cover: Optional"],
    "watch": lambda r: ["GPS: Dual-band", f"Battery: up to {r.randint(7, 21)} days", "Water rating: 5 ATM",
                        "Heart-rate monitor: Yes", f"Weight: {r.randint(32, 58)}g"],
}


def _t26_spec_sheet(rng: random.Random, ctx: dict) -> list[str]:
    name, kind, (lo, hi) = _product(rng)
    specs = SPECS[kind](rng)
    head = rng.choice(["Specifications", "Key specs", "SPECS", f"{name}: key specs", "Tech specs"])
    lines = [head, *_some(rng, specs, 3, len(specs))]
    if rng.random() < 0.5:
        lines.append(f"RRP: {_price(rng, _cur(rng), lo, hi)}")
    if rng.random() < 0.2:
        lines = [head, " | ".join(lines[1:])]
    return lines


def _t26_pros_cons(rng: random.Random, ctx: dict) -> list[str]:
    pros = ["Long battery life", "Well built", "Great value", "Easy to set up", "Quiet in use", "Light and compact",
            "Excellent screen"]
    cons = ["Pricey", "No charger in the box", "Bulky", "Fiddly app", "Average camera", "Short warranty", "Noisy fan"]
    stars = rng.randint(3, 5)
    mark_p, mark_c = rng.choice([("+", "-"), ("✓", "✗"), ("", ""), ("•", "•")])
    lines = ["Pros", *[f"{mark_p} {p}".strip() for p in rng.sample(pros, rng.randint(2, 3))],
             "Cons", *[f"{mark_c} {c}".strip() for c in rng.sample(cons, rng.randint(1, 3))]]
    lines.append(rng.choice([f"Verdict: {stars}/5", "Rating: " + "★" * stars + "☆" * (5 - stars),
                             f"Score {stars * 2}/10", f"Our rating: {stars} out of 5 stars"]))
    return lines


def _t26_ranked_list(rng: random.Random, ctx: dict) -> list[str]:
    kind = rng.choice(["air fryers", "cordless vacuums", "e-bikes", "running watches", "kids' tablets",
                       "heated airers", "headphones"])
    y = rng.randint(2019, 2024)
    cur = _cur(rng)
    labels = ["Best overall", "Best budget", "Best for families", "Best premium", "Best for small kitchens",
              "Most energy-efficient", "Best value"]
    brands = ["Hearthly", "Nimbly", "Drifta", "Pacer", "Lumo", "Solstra", "Tovo", "Zellin", "Brookmere", "Ovalux"]
    k = rng.randint(3, 6)
    lines = [rng.choice([f"The best {kind} {y}", f"Best {kind}: at a glance", f"Top {k} {kind} tested"])]
    for i, (lab, br) in enumerate(zip(rng.sample(labels, k), rng.sample(brands, k))):
        p = _price(rng, cur, 30, 900)
        lines.append(rng.choice([f"{i + 1}. {br} {_code(rng, 3).upper()} — {lab}",
                                 f"{lab}: {br} {rng.randint(2, 9)}00, {p}", f"{lab} {br} {p}"]))
    return lines


def _t26_shop_the_story(rng: random.Random, ctx: dict) -> list[str]:
    cur = _cur(rng)
    items = ["Linen overshirt", "Waxed jacket", "Recycled tote bag", "Ceramic mug set", "Wool throw",
             "Rattan lamp", "Canvas trainers", "Enamel camping pan", "Stripe deckchair"]
    glue = rng.random() < 0.5
    lines = [rng.choice(["Shop the story", "SHOP THE LOOK", "Get the look", "Shop this article"])]
    for it in rng.sample(items, rng.randint(2, 4)):
        p, s = _price(rng, cur, 8, 240), rng.choice(RETAILERS)
        lines.append(f"{it}{p}{s}" if glue else rng.choice([f"{it}, {p}, {s}", f"{it} – {p} ({s})", f"{s} {it} {p}"]))
    return lines


def _t26_price_tracker(rng: random.Random, ctx: dict) -> list[str]:
    name, _, (lo, hi) = _product(rng)
    cur = _cur(rng)
    a = rng.randint(lo, hi)
    b = max(1, int(a * rng.uniform(0.8, 0.95)))
    c = max(1, int(b * rng.uniform(0.8, 0.97)))
    pool = [rng.choice(["Lowest price in 30 days", "Lowest ever price", "Price drop", "Price tracker"]),
            f"Price history: {cur}{a} → {cur}{b} → {cur}{c}", f"30-day average {cur}{b}",
            "Set price alert", f"Last checked {rng.randint(2, 59)} mins ago",
            f"{name} — tracked at {rng.randint(3, 9)} stores"]
    return _some(rng, pool, 2, 4)


def _t26_coupon_codes(rng: random.Random, ctx: dict) -> list[str]:
    shop = rng.choice(RETAILERS)
    cur = _cur(rng)
    code = rng.choice(["SPRING", "SAVE", "WELCOME", "EXTRA", "FLASH", "NEWS"]) + str(rng.choice([10, 15, 20, 25]))
    pool = [f"{shop} voucher codes", f"{rng.choice([10, 15, 20])}% off with code {code}",
            f"Free delivery over {cur}{rng.choice([25, 30, 40, 50])}",
            f"Expires {rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}",
            "Verified today", "Get code", f"Used {rng.randint(3, 900)} times", f"{cur}5 off your first order",
            "Student discount: extra 10%", "Show all codes"]
    lines = _some(rng, pool, 2, 5)
    if rng.random() < 0.2:
        lines = ["".join(lines)]
    return lines


def _t26_buy_glued(rng: random.Random, ctx: dict) -> list[str]:
    cur = _cur(rng)
    name, _, (lo, hi) = _product(rng)
    p = _price(rng, cur, lo, hi)
    shop = rng.choice(RETAILERS)
    return [rng.choice([f"Buy now{p}{shop}", f"Shop at {shop}{p}", f"{p}BUY NOW", f"{name}{p}View at {shop}",
                        f"BUY{p}", f"{shop}{p}Free delivery"])]


def _t26_price_disclaimer(rng: random.Random, ctx: dict) -> list[str]:
    return rng.choice([
        ["Prices correct at time of publication."], ["*Deal price available to members only."],
        [f"Prices checked {_date(rng)} at {_hm(rng)}"], ["Prices may vary. Subject to availability."],
        ["All prices include VAT. P&P extra where stated."], ["†RRP at launch"],
        ["We were sent this item free of charge for review."],
    ])


SPONSORS = ["Halden Mutual", "Brookmere Energy", "Verity Pensions", "Copperfield Bank", "Greenline Broadband",
            "Atlas Home Care", "Wrenfield University"]


def _t26_sponsored_block(rng: random.Random, ctx: dict) -> list[str]:
    sp = rng.choice(SPONSORS)
    teaser = rng.choice(["Five ways to make your pension work harder", "Is your home ready for winter?",
                         "Why more families are switching broadband this year",
                         "The hidden cost of caring for a parent",
                         "How one small business cut its energy bill by a third", "Retraining at 50: three stories"])
    return rng.choice([
        ["PARTNER CONTENT", f"Presented by {sp}", teaser],
        ["Paid post", teaser, sp],
        [f"In partnership with {sp}", teaser, "Read more"],
        [f"SPONSORED BY {sp.upper()}"],
        ["Promoted", teaser, f"{sp} | Sponsored"],
        [f"Brought to you by {sp}"],
    ])


def _t26_sponsored_prose(rng: random.Random, ctx: dict) -> list[str]:
    place = _place(rng)
    pension, bank, care = (rng.choice(["Halden Mutual", "Verity Pensions"]), "Copperfield Bank",
                           rng.choice(["Atlas Home Care", "Atlas Health Plans"]))
    return [rng.choice([
        (f"This content was created by our commercial team in partnership with {rng.choice(SPONSORS)} and does not "
         "reflect the views of our journalists."),
        (f"For many households, rising energy bills have made planning for retirement feel like a luxury. Advisers "
         f"at {pension} say even small monthly contributions can make a real difference over twenty years."),
        (f"Families across {place} are spending more than ever on childcare, and {bank} says a quick review of the "
         "support available could save the average household hundreds of pounds a year."),
        (f"With train fares rising again, {bank} is helping employers in {place} offer staff flexible working and "
         "cheaper season tickets through salary sacrifice."),
        (f"Waiting lists for routine treatment remain long, which is why {care} has launched a plan that gives "
         "members a GP appointment within 24 hours."),
        (f"Switching to full-fibre broadband could save the average home in {place} more than a hundred pounds a "
         "year, according to Greenline Broadband, which is extending its network to the town this spring."),
    ])]


def _t26_sponsored_headlines(rng: random.Random, ctx: dict) -> list[str]:
    place = _place(rng)
    teasers = [f"{place} homeowners are stunned by this new roof rule", "Doctors urge over-60s to try this simple test",
               "The savings account banks don't want you to know about", f"New walk-in baths available in {place}",
               "Here's what a funeral plan really costs in 2024", "This is the cheapest way to heat a room",
               "Drivers born before 1965 could be owed money"]
    sources = ["Homestead Tips", "Wellness Daily", "Savvy Saver", "BathEase", "Quiet Money"]
    lines = [rng.choice(["From our partners", "Sponsored stories", "You may like", "Promoted links"])]
    for t in rng.sample(teasers, rng.randint(2, 4)):
        lines.append(t)
        if rng.random() < 0.6:
            lines.append(f"{rng.choice(sources)} | Sponsored")
    return lines


def _t26_betting_odds(rng: random.Random, ctx: dict) -> list[str]:
    home, away = rng.sample(TEAMS, 2)
    bookie = rng.choice(BOOKIES)
    o1, od, o2 = rng.choice(FRAC), rng.choice(["9/4", "12/5", "5/2", "11/4", "23/10"]), rng.choice(FRAC)
    if rng.random() < 0.35:
        d1 = f"{rng.uniform(1.3, 6):.2f}"
        dd = f"{rng.uniform(3, 4.2):.2f}"
        d2 = f"{rng.uniform(1.3, 6):.2f}"
        return [f"{home} v {away}", f"1 {d1}  X {dd}  2 {d2}", f"Odds via {bookie}"]
    lines = [rng.choice(["Match odds", "Latest odds", f"{bookie} odds"]), f"{home} {o1}", f"Draw {od}", f"{away} {o2}"]
    lines += _some(rng, [f"Odds correct at {_hm(rng)}", "Bet now", f"Best odds guaranteed at {bookie}",
                         f"First scorer: {_person(rng)} {rng.choice(FRAC)}"], 1, 2)
    return lines


def _t26_bookmaker_promo(rng: random.Random, ctx: dict) -> list[str]:
    bookie = rng.choice(BOOKIES)
    cur = rng.choice(["£", "£", "€", "$"])
    stake = rng.choice([5, 10, 20])
    return rng.choice([
        [f"New customers: bet {cur}{stake} get {cur}{stake * 3} in free bets",
         f"Min odds {rng.choice(['1/2', 'Evs', '4/5'])}", "Opt in required", "Claim offer"],
        [f"{bookie}", f"Bet {cur}{stake}, Get {cur}{stake * 2}", "18+ T&Cs apply"],
        [f"{bookie.upper()} WELCOME OFFER", f"{cur}{stake * 4} in free bets", "Join now"],
        [f"Acca boost up to {rng.choice([25, 50, 100])}%", f"at {bookie}"],
        [f"Get {cur}{stake * 3} in free bets{bookie}Claim now"],
    ])


def _t26_gambling_notice(rng: random.Random, ctx: dict) -> list[str]:
    phone = f"0808 {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
    return rng.choice([
        ["18+. Play safe. Set a deposit limit.", f"Free support: {phone}"],
        ["18+ | Gamble responsibly | T&Cs apply"],
        ["Please bet responsibly.", "Know when to stop.", "playsafe-help.org"],
        [f"18+ only. New customers only. Free bets expire after {rng.choice([7, 14, 30])} days. Full terms apply."],
        ["When the fun stops, step away. 18+"],
        ["Gambling support available 24/7", phone],
    ])


def _t26_gambling_prose(rng: random.Random, ctx: dict) -> list[str]:
    phone = f"0808 {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
    return [rng.choice([
        ("Gambling can become addictive. If betting is no longer fun, or you are spending more than you can afford, "
         f"free and confidential support is available 24 hours a day on {phone}."),
        ("Odds in this article are provided by our betting partner and may change. We may receive a fee if you sign "
         "up with a bookmaker through a link on this page."),
        ("Always set yourself a budget before placing a bet, and never try to win back money you have lost. Most "
         "bookmakers let you set deposit limits or take a break from your account."),
        ("Our sports journalists are not influenced by commercial partners, and any betting tips reflect the "
         "opinions of the writer only."),
    ])]


def _t26_betting_tip_prose(rng: random.Random, ctx: dict) -> list[str]:
    home, away = rng.sample(TEAMS, 2)
    o = rng.choice(FRAC)
    bookie = rng.choice(BOOKIES)
    return [rng.choice([
        (f"Our tipster fancies {home} to edge a tight contest, and at {o} a home win looks the value bet for anyone "
         "wanting a flutter this weekend."),
        (f"{away} have kept clean sheets in four of their last six away games, so backing under 2.5 goals at {o} "
         f"with {bookie} looks a sensible play."),
        (f"With both sides struggling for form, the draw at {o} is tempting, though {home}'s strong home record "
         "makes them slight favourites."),
        (f"For a bigger return, combine a {home} win with both teams to score, which {bookie} price at {o}."),
    ])]


def _t26_property_widget(rng: random.Random, ctx: dict) -> list[str]:
    place = _place(rng)
    agent = rng.choice(AGENTS)
    lines = [rng.choice([f"Property for sale near {place}", f"Homes for sale in {place}", "Latest property",
                         f"{place} property"])]
    for _ in range(rng.randint(1, 3)):
        home = rng.choice(HOMES)
        rent = rng.random() < 0.25
        price = (f"£{rng.randint(650, 2200):,} pcm" if rent else
                 rng.choice([f"£{rng.randint(95, 950) * 1000:,}", f"Offers over £{rng.randint(120, 700) * 1000:,}",
                             f"Guide price £{rng.randint(150, 850) * 1000:,}"]))
        lines += _some(rng, [f"{home}{' to rent' if rent else ''}", price, f"{rng.choice(STREETS)}, {place}",
                             rng.choice(["Added today", "Reduced", "New listing", "Under offer",
                                         f"Added {_date(rng)}"]),
                             f"Marketed by {agent}"], 2, 4)
    lines.append(rng.choice([f"View all {rng.randint(20, 900)} properties", "Search homes", "Find your next home", ""]))
    return [line for line in lines if line]


def _t26_property_prose(rng: random.Random, ctx: dict) -> list[str]:
    place = _place(rng)
    pct = f"{rng.uniform(0.3, 6.5):.1f}"
    avg = f"£{rng.randint(180, 520) * 1000:,}"
    return [rng.choice([
        (f"Average asking prices in {place} rose by {pct}% last month, according to figures from our property "
         "partner, with three-bedroom family homes the most searched-for type of property."),
        (f"The typical home in {place} now sells for {avg}, and first-time buyers need a deposit of around "
         f"{rng.randint(10, 20)}% to get the best mortgage rates."),
        (f"Rents in {place} have risen faster than wages for a third year, our property partner says, with a "
         f"two-bedroom flat now costing £{rng.randint(700, 1800):,} a month on average."),
        (f"Homes near the new rail station in {place} are selling in under a fortnight, estate agents say, as "
         "commuters look for cheaper alternatives to the city."),
    ])]


def _t26_job_widget(rng: random.Random, ctx: dict) -> list[str]:
    place = _place(rng)
    lines = [rng.choice(["Jobs near you", f"Jobs in {place}", "Latest jobs", "Find a job"])]
    for title, emp, pay in rng.sample(JOBS, rng.randint(1, 3)):
        lines += _some(rng, [title, emp.format(place=place), pay, f"{place}",
                             rng.choice([f"Posted {rng.randint(1, 14)} days ago", "New", "Closing soon",
                                         "Full-time", "Part-time", "Permanent"])], 2, 5)
    lines.append(rng.choice([f"Search {rng.randint(2, 9)},000+ jobs", "Upload your CV", "More jobs", "Post a job"]))
    return lines


def _t26_job_prose(rng: random.Random, ctx: dict) -> list[str]:
    place = _place(rng)
    return [rng.choice([
        ("Looking for your next role? Hundreds of employers across the region advertise with us every week, from "
         "schools and care homes to logistics firms."),
        (f"Employers in {place} are struggling to fill vacancies in care, hospitality and driving, and many are "
         "now offering signing-on bonuses and paid training to new staff."),
        ("Upload your CV once and let recruiters come to you. It only takes a few minutes, and you can choose who "
         "sees your details."),
        (f"The local hospital trust is recruiting more than {rng.randint(40, 300)} nurses and healthcare assistants "
         "this year. Browse current vacancies on our jobs board."),
    ])]


def _t26_event_listing(rng: random.Random, ctx: dict) -> list[str]:
    place = _place(rng)
    name, venue = rng.choice(EVENTS)
    d, m = rng.randint(1, 28), rng.randint(1, 12)
    wd, mins = rng.choice(WEEKDAYS)[:3], rng.choice(["00", "30"])
    when = rng.choice([f"{wd} {d} {MONTHS[m - 1][:3]} • {rng.randint(6, 9)}:{mins}pm",
                       f"{d} {MONTHS[m - 1]}, doors {rng.randint(6, 8)}pm",
                       f"{d:02d}/{m:02d} {rng.randint(18, 21)}:00"])
    lines = [name.format(place=place), venue.format(place=place), when,
             rng.choice([f"Tickets from £{rng.randint(5, 45)}.{rng.choice(['00', '50'])}", "Free entry",
                         f"£{rng.randint(8, 30)} / £{rng.randint(4, 7)} concessions"])]
    lines += _some(rng, ["Buy tickets", "Few tickets left", "More info", "Add to calendar", "Family friendly"], 0, 2)
    if rng.random() < 0.2:
        lines = [" | ".join(lines)]
    return lines


def _t26_ticket_prompt(rng: random.Random, ctx: dict) -> list[str]:
    tk = rng.choice(TICKETERS)
    return rng.choice([
        ["Get tickets", f"via {tk}"], [f"Tickets available from {tk}. Booking fee applies."],
        ["SOLD OUT", "Join the waiting list"], [f"Book now at {tk.lower().replace(' ', '')}.com"],
        [f"Tickets: £{rng.randint(10, 60)} + £{rng.randint(1, 4)}.{rng.randint(10, 95)} fee"],
        ["Buy tickets ›"], [f"Pre-sale code: {_code(rng, 6).upper()}"],
    ])


def _t26_events_prose(rng: random.Random, ctx: dict) -> list[str]:
    place = _place(rng)
    tk = rng.choice(TICKETERS)
    return [rng.choice([
        (f"Tickets for the summer concert series go on general sale on {rng.choice(WEEKDAYS)} at 10am, with a "
         "limited number of concession tickets for students and over-65s available at the box office."),
        (f"The {place} Food & Drink Festival returns next month with more than {rng.randint(40, 120)} stalls. Entry is "
         f"free, but tasting sessions must be booked in advance through {tk}."),
        (f"Organisers of the {place} 10K say road closures will be in place from 8am to 1pm, and runners can still "
         "sign up until the end of the week."),
        ("Looking for something to do this weekend? Our listings team rounds up the best gigs, markets and family "
         "days out every Thursday."),
    ])]


def _t26_recipe_card(rng: random.Random, ctx: dict) -> list[str]:
    title, serves, ingredients, steps = rng.choice(RECIPES)
    prep, cook = rng.choice([10, 15, 20]), rng.choice([25, 30, 40, 45])
    lines = [title, rng.choice([f"Serves {serves}", f"Serves: {serves}", f"Makes {serves} portions"]),
             rng.choice([f"Prep {prep} mins | Cook {cook} mins", f"Prep: {prep} min  Cook: {cook} min",
                         f"Ready in {prep + cook} mins"]),
             rng.choice([rng.choice(["Easy", "Easy", "More effort"]), ""])]
    lines.append("Ingredients")
    lines += _some(rng, ingredients, 3, len(ingredients))
    if rng.random() < 0.7:
        lines.append(rng.choice(["Method", "Method:", "STEPS"]))
        lines += [f"{i + 1}. {s}" if rng.random() < 0.8 else s for i, s in enumerate(steps)]
    return [line for line in lines if line]


def _t26_recipe_nutrition(rng: random.Random, ctx: dict) -> list[str]:
    kcal, fat, sat, carbs = rng.randint(180, 720), rng.randint(4, 38), rng.randint(1, 16), rng.randint(12, 80)
    sug, fib, prot, salt = rng.randint(2, 40), rng.randint(1, 12), rng.randint(4, 45), rng.randint(1, 25) / 10
    return rng.choice([
        [f"Per serving: {kcal} kcal, fat {fat}g, saturates {sat}g, carbs {carbs}g, sugars {sug}g, fibre {fib}g, "
         f"protein {prot}g, salt {salt:.1f}g"],
        ["Nutrition per serving", f"kcal {kcal}", f"fat {fat}g", f"saturates {sat}g", f"carbs {carbs}g",
         f"sugars {sug}g", f"fibre {fib}g", f"protein {prot}g", f"salt {salt:.1f}g"],
        [f"{kcal}kcal{fat}g fat{carbs}g carbs{prot}g protein"],
        [f"Calories {kcal} | Protein {prot}g | Salt {salt:.1f}g", "Vegetarian" if rng.random() < 0.5 else "Freezable"],
    ])


def _t26_recipe_prose(rng: random.Random, ctx: dict) -> list[str]:
    cost = f"£{rng.randint(1, 3)}.{rng.randint(10, 95)}"
    return [rng.choice([
        (f"This one-pan supper is ready in under half an hour and costs around {cost} a portion, making it a good "
         "option when food prices are squeezing the weekly shop."),
        ("Batch-cook a double quantity at the weekend and freeze half in portions: it will keep for up to three "
         "months and saves switching the oven on during the week."),
        (f"Our recipe editor costed every ingredient at three supermarkets this week, and the whole dish comes in at "
         f"{cost} per serving if you buy own-label tins."),
        ("Swap the chicken for a tin of beans to make this vegetarian, and cut the salt if you are cooking for "
         "young children."),
    ])]


def _t26_travel_deal(rng: random.Random, ctx: dict) -> list[str]:
    op, where = rng.choice(TRAVEL)
    place = _place(rng)
    nights = rng.choice([3, 4, 7, 10, 14])
    board = rng.choice(["All-inclusive", "Half board", "Bed & breakfast", "Self-catering", "Room only"])
    d, m = rng.randint(1, 28), rng.randint(1, 12)
    pool = [f"{nights} nights {board.lower()}", where, f"from £{rng.randint(199, 1499)}pp",
            f"Departs {place} {d} {MONTHS[m - 1][:3]}", "Flights + transfers included", "Fully protected",
            f"Was £{rng.randint(1500, 2200)}pp", f"Book with {op}", "Low deposit £49pp", "View deal"]
    lines = [rng.choice(["Travel deal", "HOLIDAY OFFER", "Today's top deal", f"{op} exclusive"]),
             *_some(rng, pool, 3, 6)]
    if rng.random() < 0.2:
        lines = [" · ".join(lines)]
    return lines


def _t26_travel_prose(rng: random.Random, ctx: dict) -> list[str]:
    op = rng.choice(TRAVEL)[0]
    return [rng.choice([
        ("Half-term flights are already filling up, and our travel partner says families who book before the end of "
         f"the month can still find fares under £{rng.randint(60, 120)} each way."),
        (f"Prices in this deal were checked on {_date(rng)} and are per person based on two sharing. Availability is "
         "limited and prices may rise without notice."),
        ("Travellers are being urged to check passport expiry dates before booking, as delays at the passport "
         "office can stretch to several weeks in spring."),
        (f"{op} says holidaymakers who book a package rather than separate flights and hotels are protected if the "
         "firm goes bust before they travel."),
    ])]


def _t26_car_finance_calc(rng: random.Random, ctx: dict) -> list[str]:
    price = rng.randint(8, 45) * 1000 + rng.choice([0, 495, 995, 750])
    dep = rng.choice([500, 1000, 2000, 3000, 5000])
    term = rng.choice([24, 36, 48, 60])
    apr = rng.choice([5.9, 6.9, 7.9, 8.9, 9.9, 11.9, 12.9])
    r = apr / 100 / 12
    loan = price - dep
    monthly = loan * r / (1 - (1 + r) ** -term)
    total = monthly * term + dep
    lines = [rng.choice(["Car finance calculator", "Work out your monthly payments", "FINANCE CALCULATOR"]),
             f"Vehicle price £{price:,}", f"Deposit £{dep:,}", f"Term {term} months", f"APR {apr}% representative",
             f"Monthly payment £{monthly:,.2f}", f"Total amount payable £{total:,.2f}"]
    lines = [lines[0], *_some(rng, lines[1:], 4, 6)]
    lines.append(rng.choice(["Get a quote", "Check eligibility", f"Powered by {rng.choice(FINANCERS)}", ""]))
    return [line for line in lines if line]


def _t26_car_finance_prose(rng: random.Random, ctx: dict) -> list[str]:
    loan = rng.randint(6, 25) * 1000
    term = rng.choice([36, 48, 60])
    apr = rng.choice([6.9, 7.9, 8.9, 9.9])
    r = apr / 100 / 12
    monthly = loan * r / (1 - (1 + r) ** -term)
    fin = rng.choice(FINANCERS)
    return [rng.choice([
        (f"Representative example: borrowing £{loan:,} over {term} months at a representative APR of {apr}% means "
         f"{term} monthly payments of £{monthly:,.2f} and a total repayable of £{monthly * term:,.2f}. Finance "
         "subject to status."),
        (f"{fin} is a credit broker, not a lender, and may receive a commission from the lender it introduces you to. "
         "Checking your eligibility will not affect your credit score."),
        ("Drivers are keeping their cars for longer as finance costs rise, dealers say, with the average age of a "
         "car on the road now at a record high."),
    ])]


def _t26_car_listing(rng: random.Random, ctx: dict) -> list[str]:
    place = _place(rng)
    lines = [rng.choice(["Used cars near you", f"Cars for sale in {place}", "Featured cars", "Motors"])]
    for _ in range(rng.randint(1, 3)):
        y = rng.randint(2014, 2023)
        miles = rng.randint(4, 110) * 1000 + rng.randint(0, 999)
        lines += _some(rng, [f"{y} {rng.choice(CARS)}",
                             f"{miles:,} miles | {rng.choice(['Manual', 'Automatic'])} | "
                             f"{rng.choice(['Petrol', 'Diesel', 'Hybrid', 'Electric'])}",
                             f"£{rng.randint(4, 38) * 1000 + rng.choice([0, 495, 995]):,}",
                             rng.choice([f"Dealer: {place} Motor Centre", "Private seller",
                                         f"Trade seller · {place}"]),
                             f"£{rng.randint(120, 520)}/mo"], 2, 5)
    return lines


def _t26_crypto_ticker(rng: random.Random, ctx: dict) -> list[str]:
    items = []
    for name, sym, lo, hi in rng.sample(COINS, rng.randint(2, 5)):
        v = rng.uniform(lo, hi)
        price = f"{v:,.2f}" if v >= 1 else f"{v:.4f}"
        ch = rng.uniform(-9, 9)
        arrow = "▲" if ch >= 0 else "▼"
        items.append(rng.choice([f"{sym} ${price} {arrow}{abs(ch):.2f}%", f"{name} {price} {ch:+.1f}%",
                                 f"{sym}/USD {price} ({ch:+.2f}%)", f"{sym}${price}{arrow}{abs(ch):.1f}%"]))
    if rng.random() < 0.4:
        return ["   ".join(items)]
    return items


def _t26_crypto_prose(rng: random.Random, ctx: dict) -> list[str]:
    return [rng.choice([
        ("Cryptoassets are unregulated and highly volatile. You could lose all of the money you invest, and you are "
         "unlikely to be protected if something goes wrong."),
        ("Prices shown are indicative and supplied by a third party with a delay of up to fifteen minutes. They are "
         "not an offer to buy or sell."),
        ("Nothing on this page is financial advice. Think carefully before investing money you cannot afford to lose, "
         "and speak to a regulated adviser if you are unsure."),
        ("Coin prices can move sharply in minutes, and past performance is no guide to what a token will be worth "
         "tomorrow. Only trade through platforms registered with the financial watchdog."),
    ])]


def _t26_insurance_quote(rng: random.Random, ctx: dict) -> list[str]:
    ins = rng.choice(INSURERS)
    kind = rng.choice(["car", "home", "pet", "travel", "van", "life"])
    save = rng.randint(90, 480)
    pool = [f"Compare {kind} insurance", "Enter your reg" if kind in {"car", "van"} else "Enter your postcode",
            "[          ]", "Get quotes", f"Save up to £{save}*",
            f"*{rng.randint(10, 60)}% of customers could save £{save} on their {kind} insurance", f"Powered by {ins}",
            "Quotes in under 3 minutes"]
    lines = _some(rng, pool, 3, 6)
    if rng.random() < 0.2:
        lines = ["".join(lines)]
    return lines


def _t26_insurance_prose(rng: random.Random, ctx: dict) -> list[str]:
    ins = rng.choice(INSURERS)
    place = _place(rng)
    return [rng.choice([
        ("Drivers renewing their car cover this spring could save by shopping around, with our comparison partner "
         "finding the cheapest quotes were often from insurers customers had never heard of."),
        (f"Homeowners in flood-risk areas around {place} are being told to check their policies before winter, as "
         "some insurers have quietly raised excesses for storm damage."),
        (f"Quotes are provided by {ins}, which is authorised and regulated for insurance distribution. We may "
         "receive a fee if you take out a policy."),
        ("Average premiums have risen sharply over the past year as repair costs and claims have gone up, so it pays "
         "to compare before you auto-renew."),
    ])]


def _t26_mortgage_rates(rng: random.Random, ctx: dict) -> list[str]:
    lines = [rng.choice(["Best buy mortgages", "Today's mortgage rates", "Mortgage tables", "Top fixed rates"])]
    for lender in rng.sample(LENDERS, rng.randint(2, 4)):
        yrs = rng.choice([2, 3, 5, 10])
        rate = rng.uniform(3.6, 6.2)
        fee = rng.choice(["no fee", "fee £999", "fee £495", "fee £1,499"])
        ltv = rng.choice([60, 75, 85, 90, 95])
        lines.append(rng.choice([f"{lender}: {yrs}-yr fixed {rate:.2f}% ({fee}, {ltv}% LTV)",
                                 f"{yrs} year fix {rate:.2f}% {lender}",
                                 f"{lender} | {rate:.2f}% | {yrs}yr | {ltv}% LTV"]))
    lines.append(rng.choice([f"Rates as of {_date(rng)}",
                             "Your home may be repossessed if you do not keep up repayments.",
                             "Compare all deals ›", ""]))
    return [line for line in lines if line]


def _t26_lottery_results(rng: random.Random, ctx: dict) -> list[str]:
    game, k, top, extra = rng.choice(LOTTERIES)
    nums = sorted(rng.sample(range(1, top + 1), k))
    ns = " ".join(f"{n:02d}" for n in nums) if rng.random() < 0.6 else "-".join(str(n) for n in nums)
    wd = rng.choice(["Wednesday", "Saturday", "Friday", "Tuesday"])
    lines = [f"{game} results", f"{wd} {rng.randint(1, 28)} {rng.choice(MONTHS)[:3]}"]
    lines.append(f"{ns}  {extra} {rng.randint(1, 12):02d}" if extra else ns)
    lines += _some(rng, [f"Jackpot £{rng.randint(1, 20)}.{rng.randint(0, 9)}m", f"Winners: {rng.randint(0, 3)}",
                         f"Next draw: est. £{rng.randint(2, 25)}m", "Check your ticket", "Rollover!",
                         f"Draw no. {rng.randint(1000, 3999)}"], 1, 3)
    if rng.random() < 0.25:
        lines = ["".join(lines)]
    return lines


def _t26_lottery_prose(rng: random.Random, ctx: dict) -> list[str]:
    game = rng.choice(LOTTERIES)[0]
    place = _place(rng)
    return [rng.choice([
        (f"No one matched all the main numbers in the latest {game} draw, so the jackpot rolls over to an estimated "
         f"£{rng.randint(3, 18)}.{rng.randint(0, 9)} million for the next draw."),
        (f"Organisers are urging players in {place} to check their tickets after a prize of "
         f"£{rng.randint(50, 999)},000 went unclaimed. Winners have {rng.choice([90, 180])} days to come forward."),
        ("Results are published for information only. Always check your numbers against the official results before "
         "throwing a ticket away."),
        (f"A single ticket bought in {place} scooped the top prize on {rng.choice(WEEKDAYS)}, though the winner "
         "has not yet decided whether to go public."),
    ])]


def _t26_obituary_guestbook(rng: random.Random, ctx: dict) -> list[str]:
    name, place = _person(rng), _place(rng)
    age = rng.randint(58, 101)
    fh = rng.choice(FUNERAL)
    pool = [rng.choice(["Sign the guestbook", "GUESTBOOK", "Leave a tribute"]),
            name.upper() if rng.random() < 0.4 else name,
            f"Age {age}, of {place}", f"Passed away peacefully on {_date(rng)}", f"{rng.randint(1, 60)} entries",
            "Light a candle", "Send flowers", f"Arrangements by {fh}", f"Published in {_outlet(rng)[0]}"]
    return _some(rng, pool, 3, 6)


def _t26_obituary_prose(rng: random.Random, ctx: dict) -> list[str]:
    fh = rng.choice(FUNERAL)
    return [rng.choice([
        ("Leave a message of condolence for the family, share a memory or light a virtual candle. Messages are "
         "checked before they appear, and the guestbook stays open for one year."),
        (f"Family notices can be placed by phone or online, or through your funeral director. {fh} can arrange "
         "notices on your behalf."),
        ("Donations in memory, if desired, to the local hospice, for which a collection box will be available at the "
         "service."),
        ("Friends are welcome to attend the service, followed by refreshments at the village hall. Family flowers "
         "only, please."),
    ])]


def _t26_classifieds(rng: random.Random, ctx: dict) -> list[str]:
    place = _place(rng)
    mobs = [f"07700 {n}" for n in rng.sample(range(900000, 901000), 8)]
    mob = iter(mobs)
    ads = [f"FOR SALE: Oak dining table + 6 chairs, vgc, £{rng.randint(50, 300)} ono. {place}. Tel {next(mob)}",
           f"WANTED: Old vinyl records, cash paid, any quantity. Call {next(mob)}",
           f"LOST: Tabby cat, answers to Biscuit, {rng.choice(STREETS)} area. Reward. {next(mob)}",
           f"Gardener available, hedges, lawns, clearance. Reliable, fully insured. {next(mob)}",
           f"Man & van, local & long distance, from £{rng.randint(25, 45)}/hr. {next(mob)}",
           f"Springer spaniel pups, KC reg, vet checked, ready now. £{rng.randint(6, 15)}00. {place}",
           f"Mobility scooter, as new, hardly used, £{rng.randint(200, 650)}. Collection {place}",
           f"Piano lessons, all ages and levels, DBS checked. {place}. {next(mob)}"]
    lines = rng.sample(ads, rng.randint(1, 3))
    if rng.random() < 0.4:
        lines.insert(0, rng.choice(["CLASSIFIEDS", "Classified ads", "Local ads", "Marketplace"]))
    return lines


def _t26_classified_cta(rng: random.Random, ctx: dict) -> list[str]:
    return rng.choice([
        ["Place an ad", f"Private sellers from £{rng.randint(2, 9)}.99"],
        ["Categories: Motors | Pets | Jobs | Property | For Sale | Services"],
        ["Sell it locally", "Place your ad online or call 01632 960 000"],
        ["Motors", "Pets", "For sale", "Wanted", "Services"],
        ["Book a family notice", "Announcements"],
        [f"Ads from £{rng.randint(1, 9)}{rng.choice(['', '.50', '.99'])}Place an ad"],
    ])


def _twentysixth_templates() -> dict[str, tuple[str, Template]]:
    """Commercial verticals around a news story: shopping, betting, property, jobs, events, food, money, notices."""
    return {
        "affiliate_box": ("i", _t26_affiliate_box),
        "price_comparison": ("i", _t26_price_comparison),
        "affiliate_disclosure_prose": ("hit", _t26_affiliate_disclosure_prose),
        "deal_countdown": ("hi", _t26_deal_countdown),
        "deal_prose": ("i", _t26_deal_prose),
        "spec_sheet": ("i", _t26_spec_sheet),
        "pros_cons": ("it", _t26_pros_cons),
        "ranked_list": ("hi", _t26_ranked_list),
        "shop_the_story": ("hit", _t26_shop_the_story),
        "price_tracker": ("i", _t26_price_tracker),
        "coupon_codes": ("t", _t26_coupon_codes),
        "buy_glued": ("i", _t26_buy_glued),
        "price_disclaimer": ("hit", _t26_price_disclaimer),
        "sponsored_block": ("hit", _t26_sponsored_block),
        "sponsored_prose": ("it", _t26_sponsored_prose),
        "sponsored_headlines": ("t", _t26_sponsored_headlines),
        "betting_odds": ("hi", _t26_betting_odds),
        "bookmaker_promo": ("it", _t26_bookmaker_promo),
        "gambling_notice": ("it", _t26_gambling_notice),
        "gambling_prose": ("t", _t26_gambling_prose),
        "betting_tip_prose": ("i", _t26_betting_tip_prose),
        "property_widget": ("it", _t26_property_widget),
        "property_prose": ("it", _t26_property_prose),
        "job_widget": ("t", _t26_job_widget),
        "job_prose": ("it", _t26_job_prose),
        "event_listing": ("it", _t26_event_listing),
        "ticket_prompt": ("i", _t26_ticket_prompt),
        "events_prose": ("it", _t26_events_prose),
        "recipe_card": ("it", _t26_recipe_card),
        "recipe_nutrition": ("it", _t26_recipe_nutrition),
        "recipe_prose": ("i", _t26_recipe_prose),
        "travel_deal": ("it", _t26_travel_deal),
        "travel_prose": ("it", _t26_travel_prose),
        "car_finance_calc": ("i", _t26_car_finance_calc),
        "car_finance_prose": ("it", _t26_car_finance_prose),
        "car_listing": ("t", _t26_car_listing),
        "crypto_ticker": ("hi", _t26_crypto_ticker),
        "crypto_prose": ("it", _t26_crypto_prose),
        "insurance_quote": ("it", _t26_insurance_quote),
        "insurance_prose": ("it", _t26_insurance_prose),
        "mortgage_rates": ("it", _t26_mortgage_rates),
        "lottery_results": ("it", _t26_lottery_results),
        "lottery_prose": ("it", _t26_lottery_prose),
        "obituary_guestbook": ("t", _t26_obituary_guestbook),
        "obituary_prose": ("t", _t26_obituary_prose),
        "classifieds": ("t", _t26_classifieds),
        "classified_cta": ("t", _t26_classified_cta),
    }


BLIND8_TEMPLATES: dict[str, Callable[[], dict[str, tuple[str, Template]]]] = {
    "twentyfifth": _twentyfifth_templates,
    "twentysixth": _twentysixth_templates,
}
