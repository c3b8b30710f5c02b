"""Two more blind noise splits ("seventeenth", "eighteenth") for the plain-text cleaner.

Why this module exists: every earlier split has been measured and then tuned against, so its score no longer says
how the cleaner does on noise it has never met.  These templates were written blind, by someone who did not read
the cleaner, its rules, its tests or its output on any split, from experience of what scrapers really pick up.
They use their own vocabulary and wordings, different from bench/clean_noise.py, bench/noise_unseen.py,
bench/noise_blind2.py and bench/noise_blind3.py, and roughly a third of the templates in each split are prose:
full sentences that read like article text but are boilerplate (the hard case for a line-level cleaner).

  seventeenth  the scraped copy as it reaches a researcher from a content farm or a re-publishing site: read-time
               and view-count lines of many shapes, photo captions printed twice or three times with credits
               ("Image:", "Credit:", "Courtesy of", "File photo", "Screenshot", "Handout", WordPress [caption]
               shortcodes, file names), "(Outlet.com) –" datelines opening the body, re-publisher furniture
               ("Source:", "Originally posted on", "via", "h/t", "Continue reading at", "[…]", "The post ... was
               first published on", "Read the full article at", "Visit the source"), author and outlet lines, site
               menus and section labels, share counts, sponsored click-bait teasers, trending lists and related
               posts built from other headlines, comment counts, tag piles, automatic-posting and fair-use
               disclaimers, DMCA and report-this-content notes, emoji social teasers, time stamps of many forms,
               ad-slot leftovers ([ad_1], AdSense snippets), theme footers, post navigation, author boxes, rating
               and reaction widgets, sidebar widgets, push-notification prompts, translate widgets, copy-protection
               alerts, tables of contents, tip jars and newsletter asks.
  eighteenth   regional and local news sites around the English-speaking world (India, Pakistan, Nigeria, Kenya,
               South Africa, the Philippines, Australia, Canada, Ireland, US local TV and newspaper sites, and
               hyper-local network sites): "Also Read" / "Also Watch" links, Google News, WhatsApp and YouTube
               asks, e-paper and app links, station call signs and station copyright lines, "Report a typo",
               obituary, classified, property and job teasers, school-closing tickers, lottery, weather, fuel,
               forex and gold strips, prayer times, load-shedding schedules, traffic updates, read-in-Hindi/Urdu
               links, "With inputs from" and "Contributed by" credits, "Edited by" / "First Published" /
               "Last Updated" stamps, "Click to Read More", polls, "Send us your news", regional bylines and
               datelines, broadcast sign-offs, local-sponsor and fellowship notes, syndicated-feed and brand-desk
               disclaimers, "Published in <paper>, <date>" and Canadian-Press style trailers, reader-comment
               disclaimers, election strips, neighbourhood boards, location tags and top-story rails.

Templates have the format of bench/clean_noise.py: name -> (positions, fn), positions a string over "h" (head,
between title and body), "i" (inline, between body paragraphs) and "t" (tail); fn(rng, ctx) returns the lines of
one block ("" is a blank line inside the block).  ctx["headlines"] holds other articles' headlines (it may be empty
or hold one); ctx may also carry "title" and "paragraphs", which these templates never use: no template copies the
article's own title or body text, so word-level scoring stays valid.

    from bench.noise_blind4 import BLIND4_TEMPLATES
    from bench.noise_unseen import make_noisy_glued
    text = make_noisy_glued(article, random.Random(7), BLIND4_TEMPLATES["seventeenth"](), headlines)
"""

from __future__ import annotations

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

# --- shared fills -------------------------------------------------------------------------------------------------

FALLBACK_HEADS = ["Water board admits leak figures were wrong", "Airport expansion put on hold again",
                  "Teachers vote to accept pay offer", "Record crowd for charity fun run",
                  "Bank holds interest rate for fourth month", "Storm damage bill tops estimates"]


def _headline(rng: random.Random, ctx: dict) -> str:
    """Another article's headline, or a stock one when the renderer gave none."""
    return rng.choice(ctx.get("headlines") or FALLBACK_HEADS)


def _headlines(rng: random.Random, ctx: dict, k: int) -> list[str]:
    pool = ctx.get("headlines") or FALLBACK_HEADS
    return rng.sample(pool, min(k, len(pool)))


def _some(rng: random.Random, items: list[str], lo: int, hi: int) -> list[str]:
    """A random run of `items`, kept in page order (widgets lose different parts in different scrapes)."""
    k = rng.randint(lo, min(hi, len(items)))
    return [items[i] for i in sorted(rng.sample(range(len(items)), k))]


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:64]


def _site(name: str) -> str:
    """A stable web address for a site or outlet name."""
    if "." in name:
        return name.lower()
    stem = re.sub(r"[^a-z0-9]", "", name.lower().removeprefix("the "))
    return stem + [".com", ".net", ".news", ".org", ".online", ".info"][len(stem) % 6]


def _ymd(rng: random.Random) -> tuple[int, int, int]:
    return rng.randint(2016, 2024), rng.randint(1, 12), rng.randint(1, 28)


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _clock12(rng: random.Random) -> str:
    h, m = rng.randint(1, 12), rng.randint(0, 59)
    return rng.choice([f"{h}:{m:02d} pm", f"{h}:{m:02d} am", f"{h}:{m:02d} PM", f"{h}:{m:02d} AM",
                       f"{h}:{m:02d}pm"])


def _clock24(rng: random.Random) -> str:
    return f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"


def _long_date(rng: random.Random) -> str:
    y, m, d = _ymd(rng)
    return rng.choice([f"{MONTHS[m - 1]} {d}, {y}", f"{d} {MONTHS[m - 1]} {y}", f"{MONTHS[m - 1][:3]} {d}, {y}"])


# ==================================================================================================================
# seventeenth: content farms and re-publishing sites
# ==================================================================================================================

FARMS = ["NewsHub247", "DailyTrendWire", "The Liberty Ledger Online", "InfoStream Today", "Headline Harbor",
         "WorldNewsEra", "TopBuzzDaily", "Freedom Dispatch", "USA Headline Now", "Global Pulse Report",
         "The Morning Roundup", "NewsWorldFeed", "Patriot Chronicle", "Trend Alert Network", "The Daily Scroll",
         "EagleEye Updates", "NationFirst News", "ClickNews Central"]
ORIGINS = ["CapitolReport.com", "The Beltway Ledger", "NationalPulse.news", "Heartland Wire", "Frontier Daily",
           "The Center Register", "PrairieVoice.com", "Main Street Journal Online", "The Federal Lens",
           "Lakeside Observer", "MarketBeacon.com", "Civic Sentinel", "Red Oak Review", "Tidewater Times"]
GIVEN17 = ["Brandon", "Kaylee", "Dustin", "Marisol", "Trevor", "Janelle", "Colby", "Tamsin", "Reggie", "Alyssa",
           "Darnell", "Wendy", "Garrett", "Priyanka", "Luis", "Heather", "Connor", "Ruth", "Jasper", "Noelle"]
FAMILY17 = ["Whitaker", "Brennan", "Castillo", "Huang", "McAllister", "Osei", "Pruitt", "Delacroix", "Sutherland",
            "Kaminski", "Vaughn", "Ibarra", "Lindqvist", "Okafor", "Hargrove", "Bui", "Fenwick", "Rosales"]
PHOTO_AGENCIES = sorted(set(AGENCIES) | {"AP Photo", "EPA-EFE", "Getty Images", "SOPA Images", "NurPhoto", "Anadolu",
                                          "Shutterstock", "Alamy Stock Photo", "ZUMA Press", "Sipa USA", "Pool"})
CAPTIONS17 = ["Supporters hold signs outside the courthouse on Tuesday.",
              "The senator speaks during a press conference on Capitol Hill.",
              "Smoke billows from a warehouse fire on the outskirts of the city.",
              "Migrants wait in line at a processing centre near the border.",
              "A trader works on the floor of the stock exchange.",
              "Firefighters battle flames along a hillside overnight.",
              "The governor signs the bill into law at the statehouse.",
              "Demonstrators march through downtown streets on Saturday.",
              "Shoppers browse goods at a supermarket during the holiday rush.",
              "A view of the damaged bridge after the storm passed through."]
FARM_TAGS = ["breaking news", "latest news", "us news", "world news", "trending", "viral", "headlines", "news today",
             "top stories", "politics news", "current affairs", "daily news", "hot news", "news update",
             "america", "usa", "economy news", "2024"]
CLICKBAIT = ["Seniors Born Before 1965 Are Entitled To These Perks This Year", "Doctors Warn: Stop Eating This Now",
             "Here's What A New Roof Should Cost You In 2024", "This Is The Smartest Way To Pay Off Debt",
             "Gutter Cleaning Is A Thing Of The Past Thanks To This Invention",
             "Homeowners Are Trading In Their Doorbell Cams For This $49 Device",
             "The One Kitchen Gadget Chefs Can't Stop Talking About",
             "[Photos] Remember Her? This Is Her Now", "Try This Tonight If You Have Ringing Ears",
             "Forget Expensive Hearing Aids, Try This Instead",
             "You Won't Believe What These Child Stars Look Like Now"]
AD_NETWORKS = ["Taboola", "Outbrain", "Revcontent", "MGID", "Content.ad", "Zergnet", "Adsterra"]
THEMES = ["Newsup", "ColorMag", "JNews", "Newspaper by tagDiv", "MH Magazine", "Jannah", "Soledad", "Newsmatic",
          "Magazine Hoot", "Gazetta Pro"]
TOC_HEADS = ["Background", "What Happened", "Key Details", "Reactions", "What's Next", "The Bottom Line",
             "Why It Matters", "Timeline of Events", "Official Statement", "Conclusion", "FAQs"]


def _p17(rng: random.Random) -> str:
    """A made-up name most of the time, the shared list now and then, so lines vary between articles."""
    return rng.choice(NAMES) if rng.random() < 0.2 else f"{rng.choice(GIVEN17)} {rng.choice(FAMILY17)}"


def _farm(rng: random.Random) -> str:
    return rng.choice(FARMS)


def _origin(rng: random.Random) -> str:
    return rng.choice(ORIGINS + OUTLETS)


def _caption17(rng: random.Random) -> str:
    return rng.choice(CAPTIONS17 + CAPTIONS)


def _farm_url(rng: random.Random, ctx: dict, site: str | None = None) -> str:
    """A re-publisher's or origin's article address, built from another story's headline."""
    site = site or _site(_origin(rng))
    y, m, _ = _ymd(rng)
    return rng.choice([f"https://{site}/{y}/{m:02d}/{_slug(_headline(rng, ctx))}/",
                       f"https://www.{site}/news/{_slug(_headline(rng, ctx))}-{rng.randint(10**4, 10**6)}",
                       f"https://{site}/?p={rng.randint(1000, 99999)}"])


def _s17_read_time(rng: random.Random, ctx: dict) -> list[str]:
    """Read-time lines in the shapes of reading-time plugins and farm themes."""
    mins, secs = rng.randint(1, 14), rng.randint(1, 59)
    return [rng.choice([
        f"Read Time:{mins} Minute, {secs} Second", "Reading Time: < 1 minute", f"🕑 {mins} minutes read",
        f"Approx. reading time {mins} min", f"({mins} min. read)", f"{mins} MIN READ", f"~{mins} min",
        f"Reading Time: {mins} minutes", f"📖 {mins}m read", f"Est. read {mins}:{secs:02d}",
        f"{mins} minute read · {rng.randint(300, 3000)} words",
    ])]


def _s17_view_count(rng: random.Random, ctx: dict) -> list[str]:
    """Page-view counters of many shapes, one written as a sentence."""
    n = rng.randint(12, 98000)
    k = f"{n / 1000:.1f}K" if n >= 1000 else str(n)
    return [rng.choice([
        f"👁 {n:,} Views", f"{k} views", f"Views: {n:,}", f"Post Views: {n:,}", f"Hits: {n}", f"👀 {k}",
        f"Viewed {n:,} times", f"🔥 {k} people read this", f"This article has been read {n:,} times.",
        f"{n:,} Views  |  {rng.randint(0, 90)} Comments", f"Total Views: {n:,} , Today Views: {rng.randint(1, 90)}",
    ])]


def _s17_caption_repeat(rng: random.Random, ctx: dict) -> list[str]:
    """A photo caption printed twice or three times (figure, lightbox, alt text), credits in varied shapes."""
    cap, name, agency = _caption17(rng), _p17(rng), rng.choice(PHOTO_AGENCIES)
    credit = rng.choice([f"(Image: {name}/{agency})", f"Credit: {name}/{agency}", f"(Courtesy of {name})",
                         f"[{agency}]", f"| Photo by {name} for {_origin(rng)}", f"(File photo: {agency})",
                         f"(Screenshot: {rng.choice(['YouTube', 'X', 'Rumble', 'Facebook', 'C-SPAN'])})",
                         f"(Handout photo via {agency})", f"Image credit: {agency}"])
    full = f"{cap} {credit}"
    return rng.choice([
        [full, full], [full, "", full], [full, full, full], [cap, cap, credit], [full, "", cap],
        [cap, credit, "", cap, credit], [f"{cap}{credit}", full],
    ])


def _s17_credit_line(rng: random.Random, ctx: dict) -> list[str]:
    """Credit lines left without their caption."""
    name, agency, origin = _p17(rng), rng.choice(PHOTO_AGENCIES), _origin(rng)
    return [rng.choice([
        f"Image: {agency}", f"Credit: {name}", f"Courtesy of {origin}", "File photo", f"File photo/{agency}",
        f"Screenshot via {rng.choice(['YouTube', 'X', 'Rumble', 'TikTok', 'Telegram'])}", "Handout",
        f"Handout/{rng.choice(['Department of Defense', 'State Police', 'Fire Department', 'City Hall'])}",
        f"Featured image: {name} via {rng.choice(['Unsplash', 'Pexels', 'Flickr', 'Wikimedia Commons'])}",
        f"Image Source: {origin}", f"Thumbnail credit: {agency}", f"Photo: {origin} / screenshot",
        f"Cover image via {agency}, edited by {_farm(rng)}",
    ])]


def _s17_wp_caption(rng: random.Random, ctx: dict) -> list[str]:
    """WordPress caption shortcodes and image file names that re-posting plugins leave in the text."""
    n, w = rng.randint(1000, 99999), rng.choice([640, 750, 800, 1024, 1200])
    cap = _caption17(rng)
    file = f"{rng.choice(['featured', 'image', 'IMG', 'photo', 'GettyImages'])}-{rng.randint(100, 999999)}"
    return rng.choice([
        [f'[caption id="attachment_{n}" align="aligncenter" width="{w}"]', cap, "[/caption]"],
        [f'[caption id="attachment_{n}" align="alignnone" width="{w}"] {cap}[/caption]'],
        [f"{file}-{w}x{w * 9 // 16}.jpg"], [f"{file}.jpeg", cap],
        [f'<img src="https://{_site(_farm(rng))}/wp-content/uploads/{rng.randint(2019, 2024)}/'
         f'{rng.randint(1, 12):02d}/{file}.jpg" alt="">'],
        [f"{file}.webp (1200×675)"],
    ])


def _s17_dateline(rng: random.Random, ctx: dict) -> list[str]:
    """'(Outlet.com) –' datelines that open a republished body."""
    origin = rng.choice(ORIGINS)
    dash = rng.choice(["–", "—", "-", "--"])
    town = rng.choice(["WASHINGTON", "NEW YORK", "AUSTIN", "TALLAHASSEE", "PHOENIX", "COLUMBUS", "ATLANTA", "DENVER"])
    return [rng.choice([
        f"({origin}) {dash}", f"{town} ({origin}) {dash}", f"(MENAFN- {origin}) {dash}", f"({origin.upper()}) {dash}",
        f"[{origin}] {dash}", f"({origin}) {dash} {rng.choice(WEEKDAYS)}, {_long_date(rng)}",
        f"{town} — ({origin})",
    ])]


def _s17_source_trailer(rng: random.Random, ctx: dict) -> list[str]:
    """The source links a re-publisher leaves at the foot of a copied story."""
    origin = _origin(rng)
    return rng.choice([
        ["Source"], ["Link to source"], ["Original Source"], [f"Source: {origin}"], ["→ Source"],
        [f"Source URL: {_farm_url(rng, ctx)}"], ["Read original story here"], [f"SOURCE: {origin.upper()}"],
        [f"Source: {origin} | {_long_date(rng)}"], ["Source link", _farm_url(rng, ctx)],
        [f"Sources: {origin}, {_origin(rng)}"],
    ])


def _s17_originally_posted(rng: random.Random, ctx: dict) -> list[str]:
    """'Originally posted on' notes, most written as sentences."""
    origin, name = _origin(rng), _p17(rng)
    return [rng.choice([
        f"Originally posted on {origin}.", f"Originally published at {_site(origin)} on {_long_date(rng)}.",
        f"This article originally appeared at {origin} and is reprinted here with the author's permission.",
        f"This piece was originally posted on {origin} by {name}. It has been republished here in full.",
        f"Originally posted at {_farm_url(rng, ctx)}",
        f"The original version of this article was published by {origin}. Some formatting may have changed.",
        f"First published on {origin}, {_long_date(rng)}.",
    ])]


def _s17_via_hat_tip(rng: random.Random, ctx: dict) -> list[str]:
    """'via' and 'h/t' credits."""
    origin, name = _origin(rng), _p17(rng)
    handle = re.sub(r"[^A-Za-z]", "", name)
    return [rng.choice([
        f"via {origin}", f"h/t {origin}", f"(h/t @{handle})", f"Hat tip: {name}", f"via @{handle} on X",
        f"H/T to reader {name.split()[0]}", f"(via {_site(origin)})", f"Via: {origin} | H/T: {_origin(rng)}",
        f"Thanks to {name} for the tip.",
    ])]


def _s17_read_full(rng: random.Random, ctx: dict) -> list[str]:
    """Excerpt endings that send the reader to the origin."""
    origin = _origin(rng)
    return rng.choice([
        [f"Continue reading at {origin}"], ["[…]"], ["[...]"], [f"Read the full article at {origin}"],
        ["Visit the source"], ["Read More »"], ["… Read More"], [f"Full story at {_site(origin)} →"],
        ["[…]", f"Continue reading at {_site(origin)}"], [f"Keep reading on {origin} ›"],
        [f"Read the rest at {origin}."], ["(more…)"],
    ])


def _s17_post_appeared(rng: random.Random, ctx: dict) -> list[str]:
    """The 'The post ... first appeared on' trailer and its re-wordings."""
    h, farm, origin, name = _headline(rng, ctx), _farm(rng), _origin(rng), _p17(rng)
    return [rng.choice([
        f"The post “{h}” was first published on {farm}.", f"The article {h} originally appeared on {origin}.",
        f"{h} was originally published on {origin} by {name}.", f"The post {h} appeared originally on {farm}.",
        f"The post {h} was published first on {origin} and is syndicated here.",
        f"This post “{h}” is a repost from {origin}.", f"“{h}” first ran on {origin}.",
    ])]


def _s17_author_outlet(rng: random.Random, ctx: dict) -> list[str]:
    """Author and outlet lines as farm themes print them, including the generic account names."""
    name, origin, farm = _p17(rng), _origin(rng), _farm(rng)
    return rng.choice([
        [f"Author: {name} | Outlet: {origin}"], [f"Written by {name} for {origin}"], [f"Staff Writer at {origin}"],
        [f"{name}, Contributor"], ["Posted by admin"], [f"By {farm} News Desk"], ["By Editorial Team"],
        ["By webmaster"], [name, origin], [f"by {name.lower()} · {origin}"], [f"Posted By: {farm} Staff"],
        [f"Author Profile: {name}"], ["By Guest Author"],
    ])


def _s17_site_menu(rng: random.Random, ctx: dict) -> list[str]:
    """A content farm's top menu, flattened."""
    items = _some(rng, ["Home", "World", "US", "Politics", "Business", "Entertainment", "Lifestyle", "Health",
                        "Tech", "Sports", "Crypto", "Opinion", "Videos", "Contact Us", "About Us"], 4, 8)
    lead = rng.choice(["☰ MENU", "Menu", "≡", "", f"{_farm(rng)}"])
    row = rng.choice(["  ", " | ", " • ", " "]).join(items)
    return [lead, row] if lead else [row]


def _s17_section_label(rng: random.Random, ctx: dict) -> list[str]:
    """Section and category labels over the headline."""
    return rng.choice([
        ["BREAKING NEWS"], ["US NEWS"], ["Uncategorized"], ["Top Stories"], ["LATEST:"], ["Editor's Pick"],
        [f"{rng.choice(SECTIONS).upper()} NEWS"], ["HOT 🔥"], ["Featured", rng.choice(SECTIONS)],
        [f"Home » {rng.choice(SECTIONS)} » {rng.choice(['Latest', 'Trending', 'Featured'])}"],
        [f"Category: {rng.choice(['News', 'Politics', 'Trending', 'World', 'Viral'])}"],
    ])


def _s17_share_counts(rng: random.Random, ctx: dict) -> list[str]:
    """Share buttons with their counters."""
    a, b, c = rng.randint(0, 900), rng.randint(0, 400), rng.randint(0, 60)
    return rng.choice([
        [f"{a} Shares"], [f"Share {a} Tweet {b} Pin {c}"], [f"{a / 10:.1f}K SHARES"],
        [f"Facebook {a} Twitter {b} Pinterest {c}"], [f"Total shares: {a + b + c}"],
        ["Share on Facebook", "Share on Twitter", f"{a} shares"], ["Spread the love", f"{a} Shares"],
        [f"{a}", "SHARES", "Share", "Tweet"], [f"f {a}  𝕏 {b}  ✉"],
    ])


def _s17_sponsored_teasers(rng: random.Random, ctx: dict) -> list[str]:
    """Sponsored click-bait teasers from a recommendation widget."""
    label = rng.choice(["Sponsored", "Sponsored Stories", "Promoted Links", "Around The Web", "From Our Partners",
                        "You May Also Like (Sponsored)", "Recommended For You"])
    items = []
    for bait in rng.sample(CLICKBAIT, rng.randint(1, 3)):
        advertiser = rng.choice(["Health Insider Daily", "SmartSaver", "HomeBuddy", "Finance Digest",
                                 "Trending Gadgets", "Hearing Health Today"])
        items.append(rng.choice([bait, f"{bait} | {advertiser}", f"{bait}", advertiser, "Learn More"]))
    tail = [f"by {rng.choice(AD_NETWORKS)}"] if rng.random() < 0.5 else []
    return [label, *items, *tail]


def _s17_trending_list(rng: random.Random, ctx: dict) -> list[str]:
    """Trending lists at the foot of the page, built from other headlines."""
    label = rng.choice(["TRENDING", "🔥 Hot Right Now", "What's Hot", f"Trending on {_farm(rng)}", "Popular Posts",
                        "Most Shared This Week", "📈 Trending Stories"])
    style = rng.randint(0, 3)
    heads = _headlines(rng, ctx, rng.randint(2, 5))
    items = [[h, f"#{k} {h}", f"{k}) {h}", f"{h} — {rng.randint(1, 300)}K views"][style]
             for k, h in enumerate(heads, 1)]
    return [label, *items]


def _s17_trending_inline(rng: random.Random, ctx: dict) -> list[str]:
    """A trending link dropped between paragraphs."""
    h = _headline(rng, ctx)
    return [rng.choice([f"TRENDING: {h}", f"🔥 Trending: {h}", f"TRENDING NOW → {h}", f"[Trending] {h}",
                        f"Hot: {h}", f"Everyone's reading: {h}"])]


def _s17_related_posts(rng: random.Random, ctx: dict) -> list[str]:
    """Related-posts blocks with labels the earlier splits did not use, with dates and counts."""
    label = rng.choice(["YOU MAY HAVE MISSED", "More Like This", "Don't Miss", "Recent Posts", "Latest Posts",
                        "Related News", "Read Next ↓", "More Stories"])
    lines = [label]
    for h in _headlines(rng, ctx, rng.randint(1, 4)):
        lines.append(h)
        roll = rng.random()
        if roll < 0.3:
            lines.append(_long_date(rng))
        elif roll < 0.5:
            lines.append(f"{rng.randint(1, 59)} mins ago")
        elif roll < 0.6:
            lines.append(f"💬 {rng.randint(0, 40)}")
    return lines


def _s17_comment_count(rng: random.Random, ctx: dict) -> list[str]:
    """Comment counters and their empty-state strings."""
    n = rng.randint(0, 300)
    return [rng.choice([
        f"💬 {n}", "No Comments Yet", "0 Comment", "Leave a comment", f"{n} Responses",
        f"Comments Off on {_headline(rng, ctx)}", f"{n} comments so far", "Add Comment", "Be first to comment",
        f"Comments ({n}) ▾", f"{n} thoughts on this article",
    ])]


def _s17_tag_cloud(rng: random.Random, ctx: dict) -> list[str]:
    """Tag piles of the kind farms stuff with search terms."""
    tags = rng.sample(FARM_TAGS + [t.lower() for t in TOPICS], rng.randint(3, 7))
    return rng.choice([
        [f"Tagged: {', '.join(tags)}"], ["Post Tags:", *tags], [f"🏷️ {' '.join(tags)}"],
        [" #".join([""] + [t.replace(" ", "") for t in tags]).strip()], ["TAGS", " ".join(tags)],
        [f"Keywords: {' , '.join(tags)}"], [f"Tags: {' | '.join(t.title() for t in tags)}"],
    ])


def _s17_auto_disclaimer(rng: random.Random, ctx: dict) -> list[str]:
    """Automatic-posting notices of content farms, in prose."""
    farm, origin = _farm(rng), _origin(rng)
    return [rng.choice([
        "This content was automatically imported from a third-party source and may not reflect later corrections.",
        f"{farm} is an automated news aggregator. Stories are published by software without human review.",
        f"This story was auto-published from the {origin} feed. Headlines, images and text belong to {origin}.",
        "This post was created automatically. Any errors in the original article are reproduced here unchanged.",
        f"Articles on {farm} are collected from public RSS feeds and rewritten by an automated system.",
        "This content was automatically summarised and may omit important context. Please check the source.",
        f"We publish news from across the web in real time. {farm} does not verify the accuracy of third-party "
        f"reporting.",
    ])]


def _s17_dmca_report(rng: random.Random, ctx: dict) -> list[str]:
    """DMCA, takedown and report-this-content notes."""
    farm = _farm(rng)
    mail = f"{rng.choice(['dmca', 'abuse', 'copyright', 'admin', 'contact'])}@{_site(farm)}"
    return rng.choice([
        ["DMCA"], ["Report this content"], ["⚠ Report this post"],
        [f"If you are the owner of this content and want it removed, contact us at {mail}."],
        [f"Copyright claims: {mail}"], ["Is this content infringing? Send a DMCA notice and we'll take it down."],
        ["DMCA.com Protection Status"], [f"Takedown requests are handled within 48 hours. Email {mail}."],
        ["Report", "Spam", "Copyright", "Misleading"],
    ])


def _s17_emoji_teaser(rng: random.Random, ctx: dict) -> list[str]:
    """Emoji-laden social teasers pasted in with the story."""
    h, farm = _headline(rng, ctx), _farm(rng)
    return [rng.choice([
        f"👉 Follow {farm} for more! 🔔", f"🚨 BREAKING: {h} 👇👇", "📢 Like & Share if you agree! ❤️🇺🇸",
        "👇👇👇 Read more below 👇👇👇", f"😱😱 {h.upper()} 😱😱", "⚡️ Don't forget to SHARE this with your friends! ⚡️",
        f"💥 {h} 💥 Drop your thoughts in the comments ⬇️", "🙏 Type AMEN if you agree 🙏",
        f"📲 Turn on notifications 🔔 so you never miss a story from {farm}!",
    ])]


def _s17_timestamp(rng: random.Random, ctx: dict) -> list[str]:
    """Time stamps of many forms, from farm themes and feeds."""
    y, m, d = _ymd(rng)
    month, wd = MONTHS[m - 1], rng.choice(WEEKDAYS)
    return [rng.choice([
        f"{month} {d}, {y} by admin", f"Posted On: {m:02d}/{d:02d}/{y}", f"📅 {month[:3]} {d}, {y}",
        f"{wd[:3]}, {d:02d} {month[:3]} {y} {_clock24(rng)}:{rng.randint(0, 59):02d} GMT",
        f"published: {rng.randint(1_450_000_000, 1_730_000_000)}", f"{d:02d}.{m:02d}.{y} - {_clock24(rng)}",
        f"{wd}, {d} {month} {y} | {_clock12(rng)}", f"{y}-{m:02d}-{d:02d} {_clock24(rng)}",
        f"{month} {_ordinal(d)}, {y} at {_clock12(rng)}", f"Date: {wd} {month} {d} {y}",
        f"{month.upper()} {d}, {y}  •  {_clock12(rng).upper()} ET",
    ])]


def _s17_relative_age(rng: random.Random, ctx: dict) -> list[str]:
    """Relative ages and last-updated lines."""
    n = rng.randint(1, 11)
    unit = rng.choice(["minutes", "hours", "days", "weeks", "months", "years"])
    unit = unit.removesuffix("s") if n == 1 else unit
    return [rng.choice([
        f"{n} {unit} ago", f"Updated {n} {unit} ago", f"Last updated {n} {unit} ago by admin",
        f"Published {n} {unit} ago · {_long_date(rng)}", f"⏰ {n}{unit[0]} ago", f"about {n} {unit} ago",
        f"Posted {n} {unit} ago in {rng.choice(SECTIONS)}",
    ])]


def _s17_ad_slot(rng: random.Random, ctx: dict) -> list[str]:
    """Ad-slot leftovers: plugin shortcodes, AdSense snippets, size labels."""
    slot = rng.randint(1, 9)
    return rng.choice([
        [f"[ad_{slot}]"], ["[adsense]"], [f"Ad ({rng.choice(['728x90', '300x250', '320x50', '970x250'])})"],
        ["- Sponsored Ad -"], ["Advertisements"], ["Ads by Google"],
        ["(adsbygoogle = window.adsbygoogle || []).push({});"],
        [f"googletag.cmd.push(function() {{ googletag.display('div-gpt-ad-{rng.randint(10**12, 10**13)}-{slot}'); "
         "});"],
        [f"[ad_{slot}]", f"[ad_{slot + 1}]"], ["ADVERTISEMENT", "CONTINUE READING BELOW"], ["—— AD ——"],
    ])


def _s17_theme_footer(rng: random.Random, ctx: dict) -> list[str]:
    """Theme and platform footers of farm sites."""
    farm, y = _farm(rng), rng.randint(2018, 2024)
    return _some(rng, [
        f"Copyright © {y} {farm} | All Rights Reserved", f"Powered by WordPress | Theme: {rng.choice(THEMES)}",
        "Proudly powered by WordPress", f"Designed by {rng.choice(['ThemeGrill', 'AF themes', 'Blaze Themes'])}",
        "Privacy Policy  DMCA  Contact  About Us  Terms and Conditions", f"© {farm} {y}",
        "Scroll to top ⬆",
    ], 1, 3)


def _s17_post_nav(rng: random.Random, ctx: dict) -> list[str]:
    """Previous / next post navigation with other headlines."""
    heads = _headlines(rng, ctx, 2)
    prev, nxt = heads[0], heads[-1]
    return rng.choice([
        ["PREVIOUS POST", prev, "NEXT POST", nxt], [f"« {prev}", f"{nxt} »"], [f"Prev: {prev}"],
        ["Post navigation", f"Previous Article {prev}", f"Next Article {nxt}"], [f"Older Article: {prev}"],
        ["‹ Prev", "Next ›"], [f"Next Post: {nxt} →"],
    ])


def _s17_author_box(rng: random.Random, ctx: dict) -> list[str]:
    """Author boxes under a reposted story, in prose."""
    name, origin, farm = _p17(rng), _origin(rng), _farm(rng)
    bio = rng.choice([
        f"{name} is a staff writer for {origin} who covers politics, culture and the economy.",
        f"{name} has been writing for {farm} since {rng.randint(2012, 2022)}. When not chasing stories, "
        f"{name.split()[0]} enjoys hiking and coffee.",
        f"{name} is a freelance journalist whose work has appeared in {origin} and {_origin(rng)}.",
        f"{name} is a contributing editor at {farm}. Send tips and corrections through our contact page.",
        f"About {name}: a veteran reporter with more than {rng.randint(5, 30)} years in news media.",
    ])
    extra = rng.choice([[], [f"View all posts by {name} →"], [f"More from {name}"], ["Website", "Twitter"]])
    return [bio, *extra]


def _s17_reader_prompt(rng: random.Random, ctx: dict) -> list[str]:
    """Prompts to comment and share, written as sentences."""
    farm = _farm(rng)
    return [rng.choice([
        "What do you think? Let us know in the comments below.",
        "Share this story with your friends and family if you found it useful.",
        "Do you agree with this decision? Sound off in the comment section.",
        f"If you enjoyed this article, please share it on social media and bookmark {farm} for daily updates.",
        "We want to hear from you. Tell us your thoughts and we may feature your comment in a future post.",
        "Please share this post to help spread the word. The mainstream media won't.",
        f"Stay tuned to {farm} for more updates on this developing story.",
    ])]


def _s17_licensed_note(rng: random.Random, ctx: dict) -> list[str]:
    """Licensing notes from content-licensing networks, in prose."""
    name, origin = _p17(rng), _origin(rng)
    return [rng.choice([
        f"This article was written by {name} from {origin} and was legally licensed through the "
        f"{rng.choice(['Industry Pulse', 'ContentBridge', 'Newstex'])} publisher network.",
        f"Please direct all licensing questions to legal@{_site(origin)}.",
        f"This content is syndicated from {origin} under a licensing agreement. All rights remain with the author.",
        f"Licensed content. © {rng.randint(2018, 2024)} {origin}. Redistribution is prohibited.",
        f"This article is distributed by {rng.choice(['Newstex', 'ContentBridge', 'Syndigate'])} and does not "
        f"necessarily reflect the views of {_farm(rng)}.",
    ])]


def _s17_video_leftover(rng: random.Random, ctx: dict) -> list[str]:
    """What an embedded video leaves behind on a farm page."""
    vid = "".join(rng.choice("AbCdEfGhJkLmNpQrStUvWxYz0123456789_-") for _ in range(11))
    return rng.choice([
        ["[embedded content]"], ["Video Player", "00:00", f"{rng.randint(1, 9)}:{rng.randint(10, 59)}"],
        ["Loading the player..."], ["WATCH 👇"], [f"https://www.youtube.com/watch?v={vid}"],
        [f"https://rumble.com/v{rng.randint(10**5, 10**6)}-{_slug(_headline(rng, ctx))}.html"],
        ["This video can't be played", "Watch on YouTube"], ["[jwplayer id]"],
        [f"[video width=\"{rng.choice([640, 1280])}\" height=\"360\" mp4=\"clip-{rng.randint(1, 999)}.mp4\"][/video]"],
    ])


def _s17_rating_widget(rng: random.Random, ctx: dict) -> list[str]:
    """Star-rating plugin leftovers."""
    votes, avg = rng.randint(0, 90), rng.uniform(1, 5)
    stars = "★" * round(avg) + "☆" * (5 - round(avg))
    return rng.choice([
        ["Rate this post"], [f"{stars} ({avg:.1f}/5, {votes} votes)"], ["Click to rate this post!"],
        [f"[Total: {votes} Average: {avg:.1f}]"], ["No votes so far! Be the first to rate this post."],
        ["How useful was this post?", "Click on a star to rate it!",
         f"Average rating {avg:.1f} / 5. Vote count: {votes}"],
        ["We are sorry that this post was not useful for you!", "Let us improve this post!"],
    ])


def _s17_reaction_widget(rng: random.Random, ctx: dict) -> list[str]:
    """Emotion-reaction widgets from farm themes."""
    moods = ["Love", "Sad", "Happy", "Sleepy", "Angry", "Dead", "Wink", "Funny", "Wow", "Like"]
    picks = rng.sample(moods, rng.randint(3, 7))
    row = [f"{m} {rng.randint(0, 40)}" for m in picks]
    head = rng.choice(["What's your reaction?", "Your Reaction?", "How do you feel about this?", ""])
    body = [" ".join(row)] if rng.random() < 0.5 else row
    return [head, *body] if head else body


def _s17_sidebar(rng: random.Random, ctx: dict) -> list[str]:
    """Sidebar widgets flattened into the text."""
    who = rng.choice(["admin", "editor", _p17(rng).split()[0]])
    return _some(rng, ["Search for:", "Search", "Categories", "Select Category", "Archives", "Select Month",
                       "Recent Comments", f"{who} on {_headline(rng, ctx)}", "Meta", "Log in",
                       "Entries feed", "Comments feed", "WordPress.org"], 2, 5)


def _s17_push_prompt(rng: random.Random, ctx: dict) -> list[str]:
    """Browser push-notification prompts, one sentence and two buttons."""
    farm = _farm(rng)
    text = rng.choice([
        "We'd like to show you notifications for the latest news and updates.",
        f"Want to be notified when {farm} publishes a new story?",
        "Get instant alerts for breaking stories right in your browser.",
        f"Allow {farm} to send you push notifications? You can unsubscribe at any time.",
    ])
    return [text, *rng.choice([["Allow", "Cancel"], ["Allow", "No thanks"], ["Subscribe", "Later"], []])]


def _s17_translate_widget(rng: random.Random, ctx: dict) -> list[str]:
    """Translate widgets at the top of a farm page."""
    return rng.choice([
        ["Select Language", "Powered by Google Translate"], ["Select Language ▼"],
        ["EN", "ES", "FR", "DE", "PT"], [f"Translate » {rng.choice(['Español', 'Français', 'Deutsch'])}"],
        ["Powered by Translate", "Original text", "Rate this translation"], ["🌐 Translate this article"],
        [" ".join(rng.sample(["English", "Español", "Français", "Deutsch", "Italiano", "Русский", "中文"], 4))],
    ])


def _s17_copy_protection(rng: random.Random, ctx: dict) -> list[str]:
    """Copy-protection plugin alerts that survive a scrape."""
    farm = _farm(rng)
    return [rng.choice([
        "Content is protected !!", "Alert: Content is protected !!", "Alert: Content selection is disabled!!",
        f"You cannot copy content of {farm}", "Right click disabled!", "Copying is not allowed on this website.",
        f"Error: Content of {farm} is protected. Please link back to the original article instead.",
    ])]


def _s17_must_read(rng: random.Random, ctx: dict) -> list[str]:
    """Inline 'must read' links under labels earlier splits did not use."""
    h = _headline(rng, ctx)
    return [rng.choice([f"Suggested: {h}", f"Recommended Read: {h}", f"[Read: {h}]", f"Must Read ➤ {h}",
                        f"RELATED ARTICLE: {h}", f"👉 {h}", f"Check this out: {h}", f"Also on {_farm(rng)}: {h}"])]


def _s17_farm_disclaimer(rng: random.Random, ctx: dict) -> list[str]:
    """Accuracy and liability disclaimers, in prose."""
    farm = _farm(rng)
    return [rng.choice([
        f"Disclaimer: {farm} is not responsible for the accuracy of information provided by third-party sources.",
        "The information in this article is for general informational purposes only. We make no warranties about "
        "the completeness or reliability of this information.",
        f"Opinions expressed by contributors do not necessarily reflect the views of {farm} or its owners.",
        "This article may contain links to external websites that are not provided or maintained by us.",
        "Any action you take upon the information on this website is strictly at your own risk.",
        "All trademarks, logos and brand names are the property of their respective owners.",
    ])]


def _s17_fair_use(rng: random.Random, ctx: dict) -> list[str]:
    """Fair-use notices that re-publishing sites put under copied stories."""
    return _some(rng, [
        "FAIR USE NOTICE:",
        "This site contains copyrighted material the use of which has not always been specifically authorized by "
        "the copyright owner.",
        "We are making such material available in an effort to advance understanding of political, economic and "
        "social issues.",
        "We believe this constitutes a 'fair use' of any such copyrighted material as provided for in section 107 "
        "of the US Copyright Law.",
        "If you wish to use copyrighted material from this site for purposes of your own that go beyond fair use, "
        "you must obtain permission from the copyright owner.",
    ], 1, 3)


def _s17_print_pdf(rng: random.Random, ctx: dict) -> list[str]:
    """Print and share plugin labels."""
    return rng.choice([
        ["Print Friendly, PDF & Email"], ["Spread the love"], ["🖨 Print 📄 PDF"], ["Print This Post"],
        ["Spread the love", "Print Friendly, PDF & Email"], ["Save as PDF"],
        [f"Download PDF ({rng.randint(80, 900)} KB)"],
        ["Email to a friend", "Print this page", f"{rng.randint(1, 50)} Views"],
    ])


def _s17_toc(rng: random.Random, ctx: dict) -> list[str]:
    """A table-of-contents box with generic section names."""
    heads = rng.sample(TOC_HEADS, rng.randint(3, 6))
    style = rng.randint(0, 2)
    items = [[f"{k}. {h}", f"{h}", f"‣ {h}"][style] for k, h in enumerate(heads, 1)]
    return [rng.choice(["Table of Contents", "Table of Contents [hide]", "Contents", "In This Article",
                        "Table of Contents Toggle"]), *items]


def _s17_tip_jar(rng: random.Random, ctx: dict) -> list[str]:
    """Tip-jar and PayPal asks of small republishing sites."""
    farm = _farm(rng)
    money = rng.choice(["$3", "$5", "$10", "$25"])
    pool = [
        f"{farm} is 100% reader-supported. If you like what we do, consider buying us a coffee.",
        "We don't take money from big corporations. Every dollar comes from readers like you.",
        f"Help keep the lights on with a one-time gift of {money}.",
        "Donate with PayPal", "☕ Buy Me a Coffee", f"Support {farm} on Patreon", "Give via CashApp",
    ]
    return rng.sample(pool, rng.randint(1, 3))


def _s17_newsletter_ask(rng: random.Random, ctx: dict) -> list[str]:
    """Farm-style newsletter asks with a form or two."""
    farm = _farm(rng)
    text = rng.choice([
        f"Get the headlines the mainstream media won't report. Join the {farm} daily email.",
        "Enter your email below and we'll send you the top five stories every morning, free.",
        "Don't let Big Tech censor your news feed. Get our stories delivered straight to your inbox.",
        f"Sign up for {farm} alerts and be the first to know when news breaks.",
    ])
    return [text, *_some(rng, ["Your Email", "First Name", "SUBSCRIBE", "We respect your privacy.",
                               "Unsubscribe anytime."], 0, 3)]


def _s17_affiliate_prose(rng: random.Random, ctx: dict) -> list[str]:
    """Affiliate and earnings disclosures of farm sites, in prose."""
    farm = _farm(rng)
    return [rng.choice([
        "As an Amazon Associate we earn from qualifying purchases made through links on this page.",
        f"{farm} is reader-supported. When you buy through links on our site, we may earn a small fee at no extra "
        "cost to you.",
        "Some of the links in this post are affiliate links, which means we get paid if you click and make a purchase.",
        f"Prices were accurate at the time of writing. {farm} is a participant in several affiliate programmes.",
        "This page may contain sponsored links. We only recommend products we would use ourselves.",
    ])]


def _s17_rewrite_note(rng: random.Random, ctx: dict) -> list[str]:
    """Notes that a story was rewritten, summarised or 'enhanced' by software, in prose."""
    origin, farm = _origin(rng), _farm(rng)
    return [rng.choice([
        f"This article has been rewritten from a report by {origin} using automated tools.",
        f"Parts of this story were generated with the help of AI and checked by the {farm} team before publishing.",
        "This is a summary of reporting by other outlets. We have not independently verified the claims.",
        f"Content enhanced by {farm}'s editorial assistant. Facts and quotes are taken from the original source.",
        f"{farm} used artificial intelligence to produce this version of a story first reported by {origin}.",
    ])]


def _seventeenth_templates() -> dict[str, tuple[str, Template]]:
    """The scraped copy from content farms and re-publishing sites."""
    return {
        "read_time": ("h", _s17_read_time),
        "view_count": ("ht", _s17_view_count),
        "caption_repeat": ("hi", _s17_caption_repeat),
        "credit_line": ("hi", _s17_credit_line),
        "wp_caption": ("hi", _s17_wp_caption),
        "dateline": ("h", _s17_dateline),
        "source_trailer": ("t", _s17_source_trailer),
        "originally_posted": ("ht", _s17_originally_posted),
        "via_hat_tip": ("it", _s17_via_hat_tip),
        "read_full": ("it", _s17_read_full),
        "post_appeared": ("t", _s17_post_appeared),
        "author_outlet": ("h", _s17_author_outlet),
        "site_menu": ("h", _s17_site_menu),
        "section_label": ("h", _s17_section_label),
        "share_counts": ("ht", _s17_share_counts),
        "sponsored_teasers": ("it", _s17_sponsored_teasers),
        "trending_list": ("t", _s17_trending_list),
        "trending_inline": ("i", _s17_trending_inline),
        "related_posts": ("t", _s17_related_posts),
        "comment_count": ("ht", _s17_comment_count),
        "tag_cloud": ("t", _s17_tag_cloud),
        "auto_disclaimer": ("hit", _s17_auto_disclaimer),
        "dmca_report": ("t", _s17_dmca_report),
        "emoji_teaser": ("it", _s17_emoji_teaser),
        "timestamp": ("h", _s17_timestamp),
        "relative_age": ("h", _s17_relative_age),
        "ad_slot": ("i", _s17_ad_slot),
        "theme_footer": ("t", _s17_theme_footer),
        "post_nav": ("t", _s17_post_nav),
        "author_box": ("t", _s17_author_box),
        "reader_prompt": ("it", _s17_reader_prompt),
        "licensed_note": ("t", _s17_licensed_note),
        "video_leftover": ("i", _s17_video_leftover),
        "rating_widget": ("t", _s17_rating_widget),
        "reaction_widget": ("t", _s17_reaction_widget),
        "sidebar": ("t", _s17_sidebar),
        "push_prompt": ("ht", _s17_push_prompt),
        "translate_widget": ("h", _s17_translate_widget),
        "copy_protection": ("it", _s17_copy_protection),
        "must_read": ("i", _s17_must_read),
        "farm_disclaimer": ("t", _s17_farm_disclaimer),
        "fair_use": ("t", _s17_fair_use),
        "print_pdf": ("ht", _s17_print_pdf),
        "toc": ("h", _s17_toc),
        "tip_jar": ("it", _s17_tip_jar),
        "newsletter_ask": ("it", _s17_newsletter_ask),
        "affiliate_prose": ("ht", _s17_affiliate_prose),
        "rewrite_note": ("ht", _s17_rewrite_note),
    }


# ==================================================================================================================
# eighteenth: regional and local news sites around the English-speaking world
# ==================================================================================================================

REGIONS: dict[str, dict[str, list[str]]] = {
    "in": {"given": ["Ananya", "Rohit", "Sneha", "Vikram", "Kavya", "Arjun", "Meera", "Siddharth", "Pooja", "Nikhil"],
           "family": ["Krishnan", "Deshmukh", "Chatterjee", "Reddy", "Bhatt", "Nair", "Saxena", "Kulkarni", "Menon"],
           "outlets": ["The Deccan Sentinel", "Kaveri Times", "Northern India Herald", "Lucknow Ledger",
                       "Konkan Chronicle"],
           "towns": ["Thrissur", "Nagpur", "Indore", "Coimbatore", "Lucknow", "Bhopal", "Guwahati", "Vadodara"],
           "agencies": ["PTI", "IANS", "ANI", "UNI"],
           "money": ["₹99", "₹149"]},
    "pk": {"given": ["Ayesha", "Bilal", "Hina", "Usman", "Sana", "Kamran", "Mehwish", "Fahad"],
           "family": ["Qureshi", "Malik", "Siddiqui", "Butt", "Abbasi", "Javed", "Shah"],
           "outlets": ["The Indus Courier", "Punjab Observer", "Karachi Evening Mail"],
           "towns": ["Faisalabad", "Multan", "Peshawar", "Hyderabad", "Quetta", "Sialkot"],
           "agencies": ["APP", "NNI", "Online"],
           "money": ["Rs 250", "Rs 499"]},
    "ng": {"given": ["Chinedu", "Funmilayo", "Ibrahim", "Ngozi", "Tunde", "Amaka", "Yakubu", "Temitope"],
           "family": ["Okonkwo", "Adebayo", "Bello", "Eze", "Olawale", "Musa", "Nwosu"],
           "outlets": ["Lagos Daily Mirror", "The Niger Delta Voice", "Abuja Standard"],
           "towns": ["Ibadan", "Enugu", "Port Harcourt", "Kano", "Abeokuta", "Owerri"],
           "agencies": ["NAN", "News Agency of Nigeria"],
           "money": ["₦500", "₦1,000"]},
    "ke": {"given": ["Wanjiru", "Otieno", "Achieng", "Kiprotich", "Njeri", "Mutua"],
           "family": ["Kamau", "Odhiambo", "Cheruiyot", "Wambui", "Kariuki", "Mwende"],
           "outlets": ["Rift Valley Times", "The Coast Chronicle", "Nairobi Evening Digest"],
           "towns": ["Kisumu", "Nakuru", "Eldoret", "Mombasa", "Nyeri", "Machakos"],
           "agencies": ["KNA"],
           "money": ["KSh 100", "KSh 250"]},
    "za": {"given": ["Thandeka", "Sizwe", "Lerato", "Pieter", "Naledi", "Kagiso"],
           "family": ["Mokoena", "van der Merwe", "Khumalo", "Naidoo", "Botha", "Zulu"],
           "outlets": ["Highveld Herald", "The Karoo Express", "Mzansi Daily Post"],
           "towns": ["Polokwane", "Gqeberha", "Bloemfontein", "Mbombela", "Pietermaritzburg", "George"],
           "agencies": ["SAnews", "ANA"],
           "money": ["R29", "R5"]},
    "ph": {"given": ["Maricel", "Jericho", "Lorna", "Paolo", "Aileen", "Ramon"],
           "family": ["dela Cruz", "Villanueva", "Bautista", "Mendoza", "Aquino", "Salazar"],
           "outlets": ["Visayas Daily Star", "Manila Metro Bulletin", "Mindanao Times Online"],
           "towns": ["Cebu City", "Davao City", "Iloilo City", "Bacolod", "Baguio", "Cagayan de Oro"],
           "agencies": ["PNA"],
           "money": ["₱49", "₱99"]},
    "au": {"given": ["Bronwyn", "Lachie", "Kylie", "Hamish", "Tegan", "Brodie"],
           "family": ["Fitzsimons", "McKenzie", "Harrington", "Pollard", "Trewin", "Saunders"],
           "outlets": ["The Murray Valley Advocate", "Gippsland Leader", "Darling Downs Star"],
           "towns": ["Toowoomba", "Bendigo", "Wagga Wagga", "Mildura", "Bundaberg", "Launceston"],
           "agencies": ["AAP"],
           "money": ["$1", "$2"]},
    "ca": {"given": ["Marie-Ève", "Logan", "Brianne", "Dougal", "Chantal", "Tyson"],
           "family": ["Gagnon", "MacIsaac", "Tremblay", "Kowalchuk", "Sinclair", "Fraser"],
           "outlets": ["The Okanagan Echo", "Prairie Free Press", "Maritime Morning Star"],
           "towns": ["Kamloops", "Moncton", "Red Deer", "Thunder Bay", "Sherbrooke", "Lethbridge"],
           "agencies": ["The Canadian Press"],
           "money": ["$1", "$0.99"]},
    "ie": {"given": ["Siobhán", "Cathal", "Aisling", "Donal", "Orla", "Fionn"],
           "family": ["Ó Briain", "Kavanagh", "Brennan", "Moran", "Dunne", "Hegarty"],
           "outlets": ["The Shannonside Journal", "Midlands Tribune", "Western People's Post"],
           "towns": ["Athlone", "Ennis", "Sligo", "Tullamore", "Castlebar", "Dundalk"],
           "agencies": ["PA", "RTÉ"],
           "money": ["€1", "€2"]},
    "us": {"given": ["Kristen", "Tyler", "Latoya", "Cody", "Brianna", "Austin", "Shelby", "Marcus"],
           "family": ["Henderson", "Delgado", "Whitlock", "Pham", "Garrison", "Beasley", "Kowalski"],
           "outlets": ["Cedar Valley Courier", "The Lakeshore Sun", "Tri-County Register", "Piedmont Daily Record"],
           "towns": ["Cedar Rapids", "Fort Wayne", "Bakersfield", "Chattanooga", "Spokane", "Lubbock", "Macon",
                     "Toledo"],
           "agencies": ["AP", "Gray News", "CNN Newsource"],
           "money": ["$1", "99¢"]},
}
REGION_KEYS = sorted(REGIONS)
STATIONS = ["WXKT", "KQVR", "WBDN", "KLTM", "WFRX", "KSJQ", "WNPE", "KVHD", "WTCZ", "KMRB"]
STATION_BRANDS = ["NewsChannel {n}", "Action News {n}", "Eyewitness News {n}", "{n} News Now", "First Alert {n}",
                  "{call} {n} News", "News {n} at Six"]
STATION_OWNERS = ["Lakeview Broadcasting", "Tri-State Media Group", "Heartland Television, Inc.",
                  "Great Plains Broadcasting Co.", "Riverbend Media, LLC"]
LANGUAGES = ["Hindi", "Urdu", "Tamil", "Telugu", "Bengali", "Marathi", "Malayalam", "Kannada", "Gujarati",
             "Punjabi", "Filipino", "Swahili", "Yoruba", "Hausa", "Irish", "Afrikaans", "isiZulu"]
NATIVE_READ = ["यह खबर हिंदी में पढ़ें", "اردو میں پڑھیں", "இந்த செய்தியை தமிழில் படிக்க", "এই খবর বাংলায় পড়ুন",
               "ही बातमी मराठीत वाचा", "Basahin sa Filipino", "Soma habari hii kwa Kiswahili", "Léigh i nGaeilge é"]
NEIGHBOURHOODS = ["Oak Hill", "Riverside", "Maple Grove", "East End", "Brookside", "Cedar Park", "Westfield",
                  "Highland Park", "Millbrook", "Pine Ridge"]


def _region(rng: random.Random) -> dict[str, list[str]]:
    return REGIONS[rng.choice(REGION_KEYS)]


def _p18(rng: random.Random, reg: dict[str, list[str]] | None = None) -> str:
    reg = reg or _region(rng)
    return f"{rng.choice(reg['given'])} {rng.choice(reg['family'])}"


def _paper(rng: random.Random, reg: dict[str, list[str]] | None = None) -> str:
    return rng.choice((reg or _region(rng))["outlets"])


def _town(rng: random.Random, reg: dict[str, list[str]] | None = None) -> str:
    return rng.choice((reg or _region(rng))["towns"])


def _station(rng: random.Random) -> tuple[str, str]:
    """A call sign and the brand it runs under."""
    call, n = rng.choice(STATIONS), rng.choice([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13])
    return call, rng.choice(STATION_BRANDS).format(n=n, call=call)


def _num_phone(rng: random.Random) -> str:
    return rng.choice([f"+91 {rng.randint(70000, 99999)} {rng.randint(10000, 99999)}",
                       f"+234 80{rng.randint(1, 9)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
                       f"+254 7{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(100, 999)}",
                       f"0{rng.randint(60, 83)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
                       f"({rng.randint(200, 989)}) 555-{rng.randint(1000, 9999)}",
                       f"+92 3{rng.randint(0, 4)}{rng.randint(0, 9)} {rng.randint(1000000, 9999999)}"])


def _r18_also_read(rng: random.Random, ctx: dict) -> list[str]:
    """'Also Read' links in the shapes South Asian and African sites use."""
    heads = _headlines(rng, ctx, 2)
    h, h2 = heads[0], heads[-1]
    return rng.choice([
        [f"ALSO READ | {h}"], [f"Also Read — {h}"], [f"READ ALSO: {h}"], [f"Also read 👉 {h}"], ["Also Read ⬇️", h],
        [f"ALSO READ: {h}", f"ALSO READ: {h2}"], [f"Also Read:- {h}"], [f"ALSO SEE | {h}"], [f"Read Also | {h}"],
    ])


def _r18_also_watch(rng: random.Random, ctx: dict) -> list[str]:
    """'Also Watch' and video links between paragraphs."""
    h = _headline(rng, ctx)
    m, s = rng.randint(0, 12), rng.randint(0, 59)
    return rng.choice([
        [f"ALSO WATCH: {h}"], ["Also Watch", h], [f"Also Watch | {h} ({m}:{s:02d})"], [f"WATCH VIDEO | {h}"],
        [f"▶️ Watch Video: {h}"], ["Also Watch:", f"{h} | {rng.choice(['Video', 'Ground Report', 'Explained'])}"],
        [f"VIDEO: {h} | {m:02d}:{s:02d}"],
    ])


def _r18_google_news(rng: random.Random, ctx: dict) -> list[str]:
    """Google News follow asks, some as full sentences."""
    outlet = _paper(rng)
    return [rng.choice([
        f"📰 Follow {outlet} on Google News for real-time updates.",
        "Follow us on Google News | Join our Telegram channel",
        f"Stay updated with the latest news – follow {outlet} on Google News.",
        "⭐ Add us as a preferred source on Google",
        "Click here to follow us on Google News and get the top stories first.",
        f"Google News: Follow {outlet}",
        f"For more news like this, make {outlet} your preferred source on Google Search and Google News.",
    ])]


def _r18_whatsapp(rng: random.Random, ctx: dict) -> list[str]:
    """WhatsApp channel and group asks."""
    outlet = _paper(rng)
    return [rng.choice([
        f"📲 Join {outlet} WhatsApp Channel", "Get news on WhatsApp: Tap here",
        "Click here to join our WhatsApp community for local updates.",
        f"Stay updated — join the {outlet} WhatsApp group by sending HI to {_num_phone(rng)}.",
        f"Get the latest headlines from {outlet} on WhatsApp. It's free.", "WhatsApp Channel ✅ Follow Now",
        f"Join {outlet} on WhatsApp and Telegram for breaking news alerts.",
    ])]


def _r18_epaper(rng: random.Random, ctx: dict) -> list[str]:
    """E-paper and print-edition links."""
    outlet = _paper(rng)
    return rng.choice([
        ["Read e-Paper"], ["E-Paper | Today's Paper"], ["📰 Read today's e-paper"], ["Download the PDF edition"],
        [f"{outlet} e-Paper", _long_date(rng)], ["ePaper", "Subscribe", "Sign In"],
        [f"Read the {rng.choice(WEEKDAYS)} edition of {outlet} in our e-paper."], ["Print Edition · e-Paper · Archive"],
    ])


def _r18_download_app(rng: random.Random, ctx: dict) -> list[str]:
    """App download prompts."""
    outlet = _paper(rng)
    return rng.choice([
        [f"Download the {outlet} app"], ["Get the app: Android | iOS"], [f"Download {outlet} App - Stay updated"],
        [f"Read more news on the {outlet} app, available on Play Store and App Store."],
        ["📱 Download our app for faster news", "Google Play", "App Store"],
        [f"Get the {outlet} app and receive breaking news alerts from {_town(rng)} and beyond."],
    ])


def _r18_youtube(rng: random.Random, ctx: dict) -> list[str]:
    """YouTube subscribe asks from regional outlets and stations."""
    outlet = _paper(rng)
    call, brand = _station(rng)
    return [rng.choice([
        f"Subscribe to {outlet}'s YouTube channel for the latest videos",
        f"🔴 Watch LIVE: {brand} on YouTube", "Subscribe to our YouTube channel and hit the bell icon 🔔",
        f"For more videos, subscribe to {call} on YouTube.",
        f"Watch the full report on our YouTube channel, {outlet} TV.",
        f"▶ YouTube: youtube.com/@{_slug(outlet).replace('-', '')}",
    ])]


def _r18_station_copyright(rng: random.Random, ctx: dict) -> list[str]:
    """US local TV station copyright lines."""
    call, _ = _station(rng)
    y = rng.randint(2016, 2024)
    owner = rng.choice(STATION_OWNERS)
    return [rng.choice([
        f"Copyright {y} {call}. All rights reserved.", f"Copyright {y} {owner}. All rights reserved.",
        f"© {y} {call}-TV. All Rights Reserved.",
        f"Copyright {y} by {call} - All rights reserved. This material may not be published, broadcast or "
        f"redistributed.", f"{call} is owned by {owner}.", f"Copyright {y} {owner}, Inc. All rights reserved.",
    ])]


def _r18_report_typo(rng: random.Random, ctx: dict) -> list[str]:
    """Typo and error report links."""
    call, _ = _station(rng)
    return rng.choice([
        ["Report a typo"], ["Report a Correction or Typo"], ["Spot a typo? Highlight and press Ctrl+Enter"],
        ["Report an error in this story"], ["Report a typo", "Submit a news tip"],
        [f"See a spelling or grammar error in our story? Please click here to report it to {call}."],
        ["Found an error? Report it here."],
    ])


def _r18_obituaries(rng: random.Random, ctx: dict) -> list[str]:
    """Obituary and death-notice teasers."""
    reg = _region(rng)
    lines = [rng.choice(["Obituaries", "Latest Obituaries", "Death Notices", "In Memoriam", "Recent Obituaries"])]
    for _ in range(rng.randint(1, 3)):
        name, town, age = _p18(rng, reg), _town(rng, reg), rng.randint(58, 99)
        lines.append(rng.choice([f"{name}, {age}, of {town}", f"{name} ({town})", f"{name.upper()} — {town}",
                                 f"{name}, {age}, peacefully at home"]))
    if rng.random() < 0.6:
        lines.append(rng.choice(["View all obituaries", "Sign the guest book", "Place a notice", "Send flowers"]))
    return lines


def _r18_classifieds(rng: random.Random, ctx: dict) -> list[str]:
    """Classified-ad teasers."""
    street = rng.choice(["Elm St", "Main Rd", "Church Lane", "Station Road", "Ridge Ave", "Market St"])
    ads = [f"Garage sale Sat 8am-2pm, {rng.randint(2, 400)} {street}. Furniture, tools, toys.",
           f"FOR RENT: {rng.randint(1, 4)}BR apartment, {rng.choice(NEIGHBOURHOODS)}, ${rng.randint(8, 25) * 100}/mo.",
           f"WANTED: Experienced driver. Call {_num_phone(rng)}.",
           f"Puppies for sale, vet checked, ready {rng.choice(WEEKDAYS)}. {_num_phone(rng)}",
           f"2014 Toyota Corolla, {rng.randint(60, 190)},000 km, good condition. Serious buyers only.",
           f"Tuition available: Maths & Science, Grades 8-12. Call {_num_phone(rng)}."]
    return [rng.choice(["Classifieds", "CLASSIFIEDS", "Marketplace", "Local Classifieds"]),
            *rng.sample(ads, rng.randint(1, 3)),
            *rng.choice([[], ["Place a classified ad"], ["See all listings ›"]])]


def _r18_school_closings(rng: random.Random, ctx: dict) -> list[str]:
    """School-closing tickers from US and Canadian local TV."""
    names = rng.sample(["Lincoln County Schools", "St. Mary's Academy", "Harmon Valley ISD", "Eastwood Local",
                        "Cedar Rapids Community Schools", "Red Deer Public Schools", "Riverside USD",
                        "Holy Family Catholic School"], rng.randint(1, 3))
    status = ["2 Hour Delay", "Closed", "Early Dismissal", "Remote Learning Day", "No AM Kindergarten"]
    lines = [rng.choice(["School Closings & Delays", "CLOSINGS", "❄️ Weather Closings", "Closings and Delays"])]
    lines += [f"{n} - {rng.choice(status)}" for n in names]
    if rng.random() < 0.6:
        lines.append(rng.choice([f"{rng.randint(3, 140)} closings", "Check the full list", "View All Closings"]))
    return lines


def _r18_lottery(rng: random.Random, ctx: dict) -> list[str]:
    """Lottery result strips of different countries."""
    def draw(k: int, top: int) -> list[int]:
        return sorted(rng.sample(range(1, top + 1), k))

    series = f"{rng.choice('ABCDEFGHJK')}{rng.choice('ABCDEFGHJK')}"
    by_country = [
        [f"Mega Millions: {'-'.join(map(str, draw(5, 70)))} MB {rng.randint(1, 25)}",
         f"Pick 3 Evening: {rng.randint(0, 9)} {rng.randint(0, 9)} {rng.randint(0, 9)}",
         f"Cash 5: {'-'.join(map(str, draw(5, 43)))}"],
        [f"Irish Lotto: {', '.join(map(str, draw(6, 47)))} Bonus {rng.randint(1, 47)}",
         f"Daily Million (2pm): {', '.join(map(str, draw(6, 39)))}"],
        [f"PCSO 6/58 Ultra Lotto: {'-'.join(f'{n:02d}' for n in draw(6, 58))}",
         f"6/45 Mega Lotto: {'-'.join(f'{n:02d}' for n in draw(6, 45))}",
         f"3D Lotto 9PM: {rng.randint(0, 9)}-{rng.randint(0, 9)}-{rng.randint(0, 9)}"],
        [f"Daily Lotto results: {' '.join(map(str, draw(5, 36)))}",
         f"Lotto Plus 1: {' '.join(map(str, draw(6, 58)))}"],
        [f"Oz Lotto: {', '.join(map(str, draw(7, 47)))}", f"Set for Life: {', '.join(map(str, draw(7, 44)))}"],
        [f"Kerala Lottery Result: 1st prize {series} {rng.randint(100000, 999999)}",
         f"Nagaland State Lottery {rng.choice(['1 PM', '6 PM', '8 PM'])}: {rng.randint(10, 99)}{series[0]} "
         f"{rng.randint(10000, 99999)}"],
        [f"Lotto 6/49: {' '.join(map(str, draw(6, 49)))}", f"Lotto Max: {' '.join(map(str, draw(7, 50)))}"],
    ]
    rows = rng.choice(by_country)
    label = rng.choice(["Lottery Results", "Winning Numbers", "🎰 Latest draws", ""])
    picks = _some(rng, rows, 1, len(rows))
    return [label, *picks] if label else picks


def _r18_weather_strip(rng: random.Random, ctx: dict) -> list[str]:
    """Weather strips and alerts from regional sites."""
    town, t = _town(rng), rng.randint(4, 43)
    return rng.choice([
        [f"{town} {t}°C {rng.choice(['Haze', 'Mist', 'Humid', 'Scattered showers', 'Sunny'])}"],
        ["FIRST ALERT WEATHER", f"{t * 9 // 5 + 32}°F {town}"],
        [f"Weather Alert: Severe Thunderstorm Warning until {_clock12(rng)}"],
        [f"PAGASA: Signal No. {rng.randint(1, 4)} raised over {rng.choice(['Cebu', 'Leyte', 'Samar', 'Bohol'])}"],
        [f"BoM warning: {rng.choice(['Severe fire danger', 'Flood watch', 'Damaging winds'])} for {town}"],
        [f"IMD issues {rng.choice(['yellow', 'orange', 'red'])} alert for {town}"],
        [f"{town}: High {t}° / Low {t - rng.randint(4, 12)}°", "Full forecast ›"],
    ])


def _r18_read_in_language(rng: random.Random, ctx: dict) -> list[str]:
    """'Read in <language>' links of multilingual outlets."""
    lang = rng.choice(LANGUAGES)
    return rng.choice([
        [f"Click here to read in {lang}"], [rng.choice(NATIVE_READ)], [f"Read this story in {lang}"],
        [f"Read in {' | '.join(rng.sample(LANGUAGES, 3))}"], [f"यह भी पढ़ें | Read in {lang}"],
        [f"This article is also available in {lang}."], [f"{lang} ›"],
    ])


def _r18_property(rng: random.Random, ctx: dict) -> list[str]:
    """Sponsored property listings."""
    by_country = [
        [f"2 & 3 BHK flats in {_town(rng, REGIONS['in'])} from ₹{rng.randint(35, 95)} lakh*",
         f"Ready-to-move villas near {_town(rng, REGIONS['in'])} airport. RERA approved.",
         "*T&C apply. Images are for illustration purposes only."],
        [f"Plots for sale in DHA Phase {rng.randint(2, 9)} – easy instalments",
         f"{rng.randint(5, 20)} marla house in {_town(rng, REGIONS['pk'])}, possession in 2 years"],
        [f"Lekki: {rng.randint(3, 5)}-bedroom duplex, N{rng.randint(60, 250)}m",
         (f"Land for sale in {_town(rng, REGIONS['ng'])} with C of O. Call 0803 {rng.randint(100, 999)} "
          f"{rng.randint(1000, 9999)}")],
        [f"Karen: 1/2 acre plots with title deeds, KSh {rng.randint(8, 40)}M",
         f"Own a home in {_town(rng, REGIONS['ke'])} with a 10% deposit"],
        [f"Gated community living in {_town(rng, REGIONS['ph'])} from ₱{rng.randint(3, 9)}.5M",
         "Pre-selling condo units, no down payment promo"],
        [f"New homes in {_town(rng, REGIONS['au'])} from ${rng.randint(450, 890)},000",
         "Display village open Sat & Sun 10am-5pm"],
    ]
    rows = rng.choice(by_country)
    head = rng.choice(["Sponsored", "Property Spotlight", "Featured Listing", "Real Estate"])
    return [head, *_some(rng, rows, 1, len(rows))]


def _r18_jobs(rng: random.Random, ctx: dict) -> list[str]:
    """Job listings and government-job alerts."""
    reg = _region(rng)
    posts = rng.randint(12, 4000)
    return rng.sample([
        f"Govt Job Alert: {posts:,} posts, apply before {_long_date(rng)}",
        f"Vacancy: Teacher (Maths) at {_town(rng, reg)} High School",
        f"Hiring: Sales Executive, {_town(rng, reg)}. Salary negotiable.",
        f"Jobs in {_town(rng, reg)} ›", "Apply now", f"Recruitment {rng.randint(2022, 2025)}: Notification out",
        f"{rng.randint(3, 90)} new jobs near you today",
    ], rng.randint(1, 3))


def _r18_inputs_credit(rng: random.Random, ctx: dict) -> list[str]:
    """'With inputs from' and 'Contributed by' credits."""
    reg = _region(rng)
    ag = reg["agencies"]
    return [rng.choice([
        "— With inputs from agencies", "(With agency inputs)", f"Inputs from {', '.join(ag[:2])}",
        f"Contributed by: {_p18(rng, reg)}", f"With inputs from {_p18(rng, reg)} in {_town(rng, reg)}",
        f"(Inputs: {ag[0]})", f"— {ag[0]}", f"Additional inputs by {_paper(rng, reg)} bureau",
        f"(With {ag[-1]} inputs)",
    ])]


def _r18_edit_stamps(rng: random.Random, ctx: dict) -> list[str]:
    """'Edited by', 'First Published' and 'Last Updated' stamps of Indian and Pakistani portals."""
    y, m, d = _ymd(rng)
    mon = MONTHS[m - 1]
    hm = f"{rng.randint(1, 12):02d}:{rng.randint(0, 59):02d} {rng.choice(['AM', 'PM'])}"
    zone = rng.choice(["IST", "PKT", "(IST)"])
    name, other = _p18(rng), _p18(rng)
    return rng.choice([
        [f"Edited by {name} | Updated: {mon} {d}, {y} {hm} {zone}"],
        [f"Last Updated: {mon} {d:02d}, {y}, {hm} {zone}"], [f"First Published: {d} {mon[:3]} {y}, {hm} {zone}"],
        [f"Published: {d:02d} {mon[:3]} {y} {hm} {zone}"], [f"Curated By: {name}"],
        [f"Written By: {name} | Edited By: {other}"], [f"Edited By: {name}", f"Last Updated: {d} {mon} {y}"],
        [f"Updated On {mon} {d}, {y} at {hm}"], [f"Reported by {name} | Edited by {other} | {d}.{m}.{y}"],
    ])


def _r18_click_more(rng: random.Random, ctx: dict) -> list[str]:
    """'Click to read more' buttons that cut the story."""
    return [rng.choice(["Click to Read More", "Read More...", "Tap to read full story", "Continue Reading",
                        "READ FULL STORY ▼", "Show Full Article", "Click here to read the full story",
                        "+ Read More"])]


def _r18_poll(rng: random.Random, ctx: dict) -> list[str]:
    """Reader polls in regional wordings."""
    town = _town(rng)
    q = rng.choice([f"Should {town} ban heavy vehicles from the city centre during peak hours?",
                    "Do you support the new property tax rates?", "Will you vote in the upcoming local elections?",
                    f"Is public transport in {town} improving?", "Should schools start later in winter?"])
    head = rng.choice(["Today's Poll", "POLL", "Cast your vote", "Quick Poll", "Reader Poll"])
    if rng.random() < 0.5:
        return [head, q, "Yes", "No", "Can't say", rng.choice(["Vote now", "Submit", "Vote"])]
    yes = rng.randint(10, 90)
    return [head, q, f"Yes {yes}%", f"No {100 - yes}%", f"Total votes: {rng.randint(90, 20000):,}"]


def _r18_forex_gold(rng: random.Random, ctx: dict) -> list[str]:
    """Forex, gold and silver strips from South Asian and African pages."""
    by_country = [
        [f"Gold: ₹{rng.randint(55000, 74000):,}/10g", f"Silver: ₹{rng.randint(68000, 92000):,}/kg",
         f"USD/INR {rng.uniform(81, 84):.2f}", f"Sensex {rng.uniform(60000, 75000):,.0f} ▲"],
        [f"Dollar: Rs {rng.uniform(270, 290):.2f} (interbank)", f"Gold (24K) per tola: Rs {rng.randint(195, 245)},500",
         "Open market rates", f"Riyal: Rs {rng.uniform(72, 78):.2f}"],
        [f"KES {rng.uniform(125, 160):.2f} / USD", f"GBP: KES {rng.uniform(160, 200):.2f}",
         f"NSE 20: {rng.randint(1500, 1900):,}"],
        [f"Naira: N{rng.randint(1300, 1600):,}/$ (parallel market)", f"CBN official: N{rng.randint(1200, 1550):,}/$",
         f"Pound: N{rng.randint(1700, 2100):,}"],
        [f"Rand: R{rng.uniform(17, 19.5):.2f}/$", f"Gold: ${rng.randint(1900, 2400):,}/oz",
         f"JSE All Share {rng.randint(70000, 80000):,}"],
        [f"PHP {rng.uniform(54, 59):.2f} = $1", f"PSEi {rng.uniform(6000, 7200):,.2f}"],
    ]
    rows = rng.choice(by_country)
    picks = rng.sample(rows, rng.randint(2, len(rows)))
    return [" | ".join(picks)] if rng.random() < 0.4 else picks


def _r18_prayer_times(rng: random.Random, ctx: dict) -> list[str]:
    """Prayer-time and Sehri/Iftar widgets."""
    town = rng.choice(REGIONS["pk"]["towns"] + ["Karachi", "Lahore", "Islamabad", "Kano", "Mombasa"])
    f_, z, a = f"5:{rng.randint(0, 40):02d}", f"12:{rng.randint(10, 50):02d}", f"4:{rng.randint(0, 50):02d}"
    mg, i = f"6:{rng.randint(0, 50):02d}", f"7:{rng.randint(10, 59):02d}"
    return rng.choice([
        [f"Prayer Times — {town}: Fajr {f_} Dhuhr {z} Asr {a} Maghrib {mg} Isha {i}"],
        ["Prayer Timings", town, f"Fajr {f_}", f"Zuhr {z}", f"Asr {a}", f"Maghrib {mg}", f"Isha {i}"],
        [f"Sehri {rng.randint(3, 4)}:{rng.randint(10, 59):02d} | Iftar {mg} ({town})"],
        [f"Today's Sehri & Iftar timings for {town}", "View full Ramadan calendar"],
    ])


def _r18_traffic(rng: random.Random, ctx: dict) -> list[str]:
    """Local traffic updates."""
    return [rng.choice([
        f"TRAFFIC: Crash blocks two lanes on I-{rng.choice([35, 70, 75, 90, 94])} northbound near exit "
        f"{rng.randint(2, 240)}",
        f"MMDA: Heavy traffic on EDSA {rng.choice(['northbound', 'southbound'])} near "
        f"{rng.choice(['Cubao', 'Guadalupe'])}",
        f"Traffic alert: {rng.choice(['Mombasa Road', 'Thika Road', 'Ring Road', 'N1 South', 'M50'])} closed after "
        f"accident", "Check live traffic map ›",
        f"Traffic advisory: Diversions in place near {rng.choice(['MG Road', 'Mall Road', 'Station Chowk'])} till "
        f"{_clock12(rng)}", f"🚧 Road works on {rng.choice(['Highway 1', 'the Bruce Highway', 'Route 9'])} this week",
    ])]


def _r18_send_news(rng: random.Random, ctx: dict) -> list[str]:
    """Calls for reader news, photos and tips, mostly in prose."""
    outlet, call = _paper(rng), _station(rng)[0]
    return [rng.choice([
        "Send us your news", f"Have a story? WhatsApp us on {_num_phone(rng)}.",
        f"Send your news, photos and videos to news@{_site(outlet)} or message us on Facebook.",
        "Be a citizen journalist: share what is happening in your neighbourhood and we may publish it.",
        f"Do you have a news tip? Email tips@{call.lower()}.com or call the {call} newsroom.",
        f"Got a community event or milestone? Tell {outlet} about it and we'll help spread the word.",
        "If you have more information about this incident, please contact our newsroom.",
    ])]


def _r18_station_brand(rng: random.Random, ctx: dict) -> list[str]:
    """Station branding at the top of a local TV page."""
    call, brand = _station(rng)
    town = rng.choice(REGIONS["us"]["towns"])
    return rng.choice([
        [brand], [f"{call} | {brand}"], [f"Watch {call} Live", "Weather", "Closings"], [f"{call}-TV • {town}"],
        [f"{brand} | {town}", f"{_clock12(rng)} {rng.choice(['EDT', 'CDT', 'PDT', 'MST'])}"],
        [f"{call} {brand} Digital Team"], [f"LIVE: {brand} at {rng.choice([5, 6, 10, 11])}"],
    ])


def _r18_local_newsletter(rng: random.Random, ctx: dict) -> list[str]:
    """Hyper-local newsletter pitches in prose."""
    town = rng.choice(REGIONS["us"]["towns"] + REGIONS["ca"]["towns"])
    brand = rng.choice(["Neighbor", "Hometown Wire", "Local Now", "Townsquare Daily"])
    return rng.sample([
        f"Get more local news delivered straight to your inbox. Sign up for free {town} {brand} newsletters and "
        "alerts.",
        f"Stay in the know about what's happening in {town}. Our free morning email takes two minutes to read.",
        f"Thousands of your neighbors already get the {town} {brand} daily. Join them today.",
        f"Know what's happening in {town} before everyone else.",
        "It's free, local and delivered every weekday at 7am.",
    ], rng.randint(1, 2))


def _r18_neighbor_board(rng: random.Random, ctx: dict) -> list[str]:
    """Neighbourhood boards and nearby-town lists from hyper-local sites."""
    towns = rng.sample(NEIGHBOURHOODS, rng.randint(2, 5))
    return rng.choice([
        ["Neighbor Posts", "Post your announcement", f"{rng.choice(towns)}: Lost cat near the library"],
        [f"Nearby: {' · '.join(towns)}"], ["Nearby Towns", *towns], ["Community Corner", "Add your event"],
        [f"Post in {rng.choice(towns)}", "Classifieds", "Events", "Announcements"],
        [f"{rng.randint(3, 40)} new posts in {rng.choice(towns)}", "See all posts"],
    ])


def _r18_regional_byline(rng: random.Random, ctx: dict) -> list[str]:
    """Bylines as regional papers print them."""
    reg = _region(rng)
    name, town = _p18(rng, reg), _town(rng, reg)
    return rng.choice([
        ["Staff Correspondent"], ["Our Bureau"], ["By Express News Service"], [f"Special Correspondent | {town}"],
        [f"{name} | TNN"], ["Agency Report"], [f"From Our Reporter, {town}"], ["Wire Staff"],
        [f"{name}, {town}"], [f"By {name} | {_paper(rng, reg)}"], [f"{name.upper()} in {town.upper()}"],
        [f"News Desk | {_paper(rng, reg)}"], [f"Written by {name}", f"{town} Bureau"],
    ])


def _r18_regional_dateline(rng: random.Random, ctx: dict) -> list[str]:
    """Datelines with regional agencies."""
    reg = _region(rng)
    town, ag = _town(rng, reg), rng.choice(reg["agencies"])
    mon, d = rng.choice(MONTHS)[:3], rng.randint(1, 28)
    return [rng.choice([
        f"{town}, {mon} {d} ({ag}):", f"{town.upper()} —", f"{town}:", f"{town.upper()}, {mon.upper()} {d}",
        f"({ag}) —", f"{town} ({ag}) -", f"{town}, {d} {mon}:",
    ])]


def _r18_broadcast_prose(rng: random.Random, ctx: dict) -> list[str]:
    """Broadcast sign-offs and developing-story notes, in prose."""
    call, brand = _station(rng)
    return [rng.choice([
        f"Watch the full report on {brand} at {rng.choice([5, 6, 10, 11])}.",
        f"Stay with {call} for updates on this developing story.",
        "This is a developing story. Check back for updates as more information becomes available.",
        f"{call} has reached out to the county for comment and will update this story when we hear back.",
        f"Download the {call} app to get alerts when this story is updated.",
        f"{brand} crews are on the scene and will bring you the latest on air and online.",
    ])]


def _r18_local_sponsor(rng: random.Random, ctx: dict) -> list[str]:
    """Local sponsor lines between paragraphs, in prose."""
    biz = rng.choice(["Hartley Family Dental", "Riverbend Ford", "Mama Ngozi's Kitchen", "Sunrise Pharmacy",
                      "Greenfield Credit Union", "O'Dea Hardware", "Maple Leaf Roofing", "Kaveri Jewellers"])
    town = _town(rng)
    return [rng.choice([
        f"This local news is brought to you by {biz}, proudly serving {town} since {rng.randint(1952, 2010)}.",
        f"Local coverage is supported by {biz}.", f"Sponsored by {biz} — {town}'s trusted choice.",
        f"Our community reporting is made possible by businesses like {biz}. Thank you for supporting local.",
        f"ADVERTISEMENT · {biz} · Call {_num_phone(rng)}",
    ])]


def _r18_regional_share(rng: random.Random, ctx: dict) -> list[str]:
    """Share rows with the networks regional readers use."""
    nets = _some(rng, ["WhatsApp", "Telegram", "Koo", "Facebook", "X", "ShareChat", "Viber", "Email", "Copy Link"],
                 2, 5)
    lead = rng.choice(["Share via:", "Share:", "SHARE", ""])
    row = rng.choice([" | ", " · ", "  "]).join(nets)
    return [f"{lead} {row}".strip()] if rng.random() < 0.6 else ([lead] if lead else []) + nets


def _r18_election_strip(rng: random.Random, ctx: dict) -> list[str]:
    """Election result strips."""
    blocs = rng.choice([["NDA", "INDIA", "Others"], ["PML-N", "PTI-backed", "PPP", "Others"],
                        ["APC", "PDP", "LP", "NNPP"], ["ANC", "DA", "MK", "EFF"], ["Lab", "Lib", "Grn", "Ind"]])
    row = " | ".join(f"{b} {rng.randint(2, 290)}" for b in blocs)
    return rng.choice([
        [f"Election Results {rng.randint(2019, 2024)}: {row}"], ["LIVE RESULTS", row, "Leads + Wins"],
        [row, f"Counting: {rng.randint(5, 99)}% reported"], [f"Results 🗳️ {row}"],
    ])


def _r18_cp_trailer(rng: random.Random, ctx: dict) -> list[str]:
    """Canadian- and Australian-agency trailers, in prose."""
    y, m, d = _ymd(rng)
    return [rng.choice([
        f"This report by The Canadian Press was first published {MONTHS[m - 1]} {d}, {y}.",
        f"This story was first published by AAP on {d} {MONTHS[m - 1]} {y}.",
        f"This report was first published by The Canadian Press on {MONTHS[m - 1][:3]}. {d}, {y}, and has been "
        f"updated.",
        "The Canadian Press health coverage receives support through a partnership with a national medical "
        "association. CP is solely responsible for this content.",
        f"Australian Associated Press is the beat reporter of record. Published {d:02d}/{m:02d}/{y}.",
    ])]


def _r18_published_in(rng: random.Random, ctx: dict) -> list[str]:
    """'Published in <paper>, <date>' trailers of South Asian papers."""
    outlet = _paper(rng, REGIONS[rng.choice(["pk", "in"])])
    y, m, d = _ymd(rng)
    return [rng.choice([
        f"Published in {outlet}, {MONTHS[m - 1]} {_ordinal(d)}, {y}",
        f"Published in {outlet}, {MONTHS[m - 1]} {_ordinal(d)}, {y}. Corrections have been made to this story.",
        f"Appeared in the print edition of {outlet}, {d} {MONTHS[m - 1]} {y}",
        f"This article appeared in {outlet} on {rng.choice(WEEKDAYS)}, {_ordinal(d)} {MONTHS[m - 1]} {y}.",
        f"Published in {outlet}, {d:02d}-{m:02d}-{y}",
    ])]


def _r18_feed_note(rng: random.Random, ctx: dict) -> list[str]:
    """Syndicated-feed notes of Indian portals, in prose."""
    outlet = _paper(rng, REGIONS["in"])
    return [rng.choice([
        f"(Except for the headline, this story has not been edited by {outlet} staff and is published from a "
        f"syndicated feed.)",
        f"This is an auto-published story from a news agency feed. {outlet} may not have edited the content.",
        "Disclaimer: This story is from a syndicated feed. Nothing has been changed except the headline.",
        "(This story was published from a wire agency feed without modifications to the text. Only the headline "
        "has been changed.)",
    ])]


def _r18_brand_desk(rng: random.Random, ctx: dict) -> list[str]:
    """Sponsored and brand-desk disclaimers, in prose."""
    outlet = _paper(rng)
    return [rng.choice([
        f"(This article is part of a sponsored feature and {outlet} takes no editorial responsibility for its "
        f"content.)",
        "Disclaimer: This is a press release and the contents are provided by the company. The newsroom has not "
        "verified them.",
        f"This content is produced by {outlet} Brand Studio on behalf of an advertiser.",
        "Note to readers: This is an advertorial. Readers are advised to make their own enquiries before acting on "
        "it.",
        f"{outlet} Brand Desk content. No journalist was involved in the creation of this content.",
    ])]


def _r18_comment_disclaimer(rng: random.Random, ctx: dict) -> list[str]:
    """Reader-comment disclaimers of African and Asian outlets, in prose."""
    outlet = _paper(rng)
    return [rng.choice([
        f"Disclaimer: Comments expressed here do not reflect the opinions of {outlet} or any employee thereof.",
        "Comments are moderated. Abusive, tribal or religious comments will be deleted.",
        "Readers are requested not to post insulting or defamatory comments. Violators will be blocked.",
        f"{outlet} reserves the right to remove comments that are offensive, off-topic or promotional.",
        "Kindly Share This Story:",
    ])]


def _r18_load_shedding(rng: random.Random, ctx: dict) -> list[str]:
    """Load-shedding and power-cut schedules."""
    stage = rng.randint(1, 6)
    a = rng.randint(0, 20)
    return rng.choice([
        [f"Load shedding: Stage {stage} from {a:02d}:00 to {(a + 4) % 24:02d}:30"],
        [f"Eskom: Stage {stage} loadshedding tonight", "View schedule ›"],
        [f"Power cut schedule for {rng.choice(['Lahore', 'Karachi', 'Thrissur', 'Kano'])}: {a:02d}:00-{a + 2:02d}:00"],
        [f"⚡ LOADSHEDDING | Stage {stage} | Check your area"],
        [f"KPLC planned outage: {rng.choice(['Nakuru', 'Kisumu', 'Eldoret'])}, {rng.choice(WEEKDAYS)} 9am-5pm"],
    ])


def _r18_fuel_prices(rng: random.Random, ctx: dict) -> list[str]:
    """Fuel-price strips."""
    return rng.choice([
        [f"Petrol ₹{rng.uniform(94, 110):.2f}/l | Diesel ₹{rng.uniform(86, 97):.2f}/l"],
        [f"Fuel prices today: Petrol Rs {rng.uniform(250, 300):.2f}, HSD Rs {rng.uniform(250, 300):.2f}"],
        [f"PMS: N{rng.randint(600, 1100)}/litre"], [f"Unleaded 91: {rng.randint(175, 215)}.9c/L"],
        ["Fuel Prices", f"Petrol 95: R{rng.uniform(21, 25):.2f}", f"Diesel: R{rng.uniform(19, 23):.2f}"],
    ])


def _r18_read_tag(rng: random.Random, ctx: dict) -> list[str]:
    """Inline labels of Philippine and African sites."""
    h = _headline(rng, ctx)
    return [rng.choice([f"READ: {h}", f"RELATED STORY: {h}", f"MORE NEWS: {h}", f"SEE: {h}", f"READ NEXT: {h}",
                        f"RELATED: {h} | {_paper(rng)}", f"Also in the news: {h}"])]


def _r18_fellowship(rng: random.Random, ctx: dict) -> list[str]:
    """Local-news fellowship and funding notes, in prose."""
    name, outlet = _p18(rng, REGIONS["us"]), _paper(rng, REGIONS["us"])
    return [rng.choice([
        f"{name} is a corps member with the {rng.choice(['Local News Lab', 'Community Desk Fellowship'])}, a "
        f"national service program that places journalists in local newsrooms.",
        f"This story was produced by {outlet} as part of the {rng.choice(['Rural Reporting', 'Civic Coverage'])} "
        f"Project, funded in part by readers like you.",
        f"Support for {outlet}'s statehouse coverage comes from a grant by a community foundation. The funder has no "
        "editorial input.",
        f"{name}'s position is funded by a local news initiative. Donations are tax-deductible.",
    ])]


def _r18_top_rail(rng: random.Random, ctx: dict) -> list[str]:
    """Top-story rails with relative times and place names."""
    town = _town(rng)
    label = rng.choice(["Top Stories", "Latest News", f"Most Read in {town}", "Local News", "Headlines",
                        f"More from {town}"])
    items = []
    for h in _headlines(rng, ctx, rng.randint(2, 4)):
        items.append(rng.choice([h, f"{h} - {rng.randint(1, 23)} hrs ago", f"{h} | {_town(rng)}", f"• {h}"]))
    return [label, *items]


def _r18_location_tags(rng: random.Random, ctx: dict) -> list[str]:
    """Location and topic tags of regional sites."""
    reg = _region(rng)
    tags = rng.sample(reg["towns"], 2) + rng.sample(TOPICS, rng.randint(1, 2))
    return rng.choice([
        [f"Tags: {', '.join(tags)}"], ["Topics", *tags],
        [f"First Published: {_long_date(rng)}", f"Tags: {' | '.join(tags)}"],
        [" ".join(f"#{t.replace(' ', '')}" for t in tags)], [f"Location: {tags[0]}", f"Category: {tags[-1]}"],
    ])


def _r18_regional_subscribe(rng: random.Random, ctx: dict) -> list[str]:
    """Subscription asks of regional papers, in prose."""
    reg = _region(rng)
    outlet, town = _paper(rng, reg), _town(rng, reg)
    money = reg["money"][rng.randint(0, len(reg["money"]) - 1)]
    return [rng.choice([
        f"Support local journalism in {town}: subscribe to {outlet} for just {money} for your first month.",
        f"Your subscription keeps {outlet}'s reporters covering council meetings, courts and schools in {town}.",
        f"Unlimited access to {outlet} for {money}. Cancel anytime.",
        f"Already a subscriber? Log in to read the full story from {outlet}.",
    ])]


def _eighteenth_templates() -> dict[str, tuple[str, Template]]:
    """Regional and local news sites around the English-speaking world."""
    return {
        "also_read": ("i", _r18_also_read),
        "also_watch": ("i", _r18_also_watch),
        "google_news": ("it", _r18_google_news),
        "whatsapp": ("it", _r18_whatsapp),
        "epaper": ("ht", _r18_epaper),
        "download_app": ("ht", _r18_download_app),
        "youtube": ("it", _r18_youtube),
        "station_copyright": ("t", _r18_station_copyright),
        "report_typo": ("t", _r18_report_typo),
        "obituaries": ("t", _r18_obituaries),
        "classifieds": ("t", _r18_classifieds),
        "school_closings": ("h", _r18_school_closings),
        "lottery": ("ht", _r18_lottery),
        "weather_strip": ("h", _r18_weather_strip),
        "read_in_language": ("hi", _r18_read_in_language),
        "property": ("it", _r18_property),
        "jobs": ("it", _r18_jobs),
        "inputs_credit": ("t", _r18_inputs_credit),
        "edit_stamps": ("h", _r18_edit_stamps),
        "click_more": ("i", _r18_click_more),
        "poll": ("it", _r18_poll),
        "forex_gold": ("ht", _r18_forex_gold),
        "prayer_times": ("ht", _r18_prayer_times),
        "traffic": ("hi", _r18_traffic),
        "send_news": ("t", _r18_send_news),
        "station_brand": ("h", _r18_station_brand),
        "local_newsletter": ("it", _r18_local_newsletter),
        "neighbor_board": ("t", _r18_neighbor_board),
        "regional_byline": ("h", _r18_regional_byline),
        "regional_dateline": ("h", _r18_regional_dateline),
        "broadcast_prose": ("it", _r18_broadcast_prose),
        "local_sponsor": ("i", _r18_local_sponsor),
        "regional_share": ("ht", _r18_regional_share),
        "election_strip": ("h", _r18_election_strip),
        "cp_trailer": ("t", _r18_cp_trailer),
        "published_in": ("t", _r18_published_in),
        "feed_note": ("ht", _r18_feed_note),
        "brand_desk": ("ht", _r18_brand_desk),
        "comment_disclaimer": ("t", _r18_comment_disclaimer),
        "load_shedding": ("hi", _r18_load_shedding),
        "fuel_prices": ("h", _r18_fuel_prices),
        "read_tag": ("i", _r18_read_tag),
        "fellowship": ("t", _r18_fellowship),
        "top_rail": ("t", _r18_top_rail),
        "location_tags": ("t", _r18_location_tags),
        "regional_subscribe": ("hit", _r18_regional_subscribe),
    }


BLIND4_TEMPLATES = {"seventeenth": _seventeenth_templates, "eighteenth": _eighteenth_templates}
