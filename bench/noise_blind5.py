"""Two more blind noise splits ("nineteenth", "twentieth") for the plain-text cleaner.

Why this module exists: every earlier split has been measured and then tuned against, so its score no longer says
how the cleaner does on noise it has never met.  These templates were written blind, by someone who did not read
the cleaner, its rules, its tests or its output on any split, from experience of what scrapers really pick up.
They use their own vocabulary and wordings, and roughly a third of the templates in each split are prose: full
sentences that read like article text but are boilerplate (the hard case for a line-level cleaner).

  nineteenth   big national news and tabloid sites (generic versions with invented outlet names): picture galleries
               and "Scroll down for video" lines, "Most Read" rails built from other headlines, "Share or comment on
               this article:" bars, "Want more stories like this?", "More from" blocks, "Published: | Updated:"
               stamp pairs, comment counts and "View comments", "RELATED ARTICLES Previous 1 Next", newsletter
               sign-ups, live-updates labels, "Opinion" / "Analysis" labels, affiliate-commission notes, correction
               notes, paywall messages, app promos, podcast and video embeds with durations, image credits of many
               shapes, advertisement markers, newsroom tip lines, "sent straight to your inbox" asks and reader polls.
  twentieth    magazines, broadcasters, specialist and trade sites: issue and print notes, transcript headers and
               speaker labels of programme pages, "Listen / Watch on" lines with durations, episode notes, market
               quote boxes, sports fixture, score and odds widgets, "Key takeaways" / "Why it matters" boxes,
               "Related coverage", study citation footers ("Journal reference:", "DOI:", "Provided by"), product
               spec boxes and "Buy now" blocks, event promos, gift-subscription prose, masthead and staff boxes,
               archive notes and accessibility links.

Templates have the format of bench/clean_noise.py: name -> (positions, fn), positions a string over "h" (head,
between title and body), "i" (inline, between body paragraphs) and "t" (tail); fn(rng, ctx) returns the lines of
one block ("" is a blank line inside the block).  ctx["headlines"] holds other articles' headlines (it may be empty
or hold one); ctx may also carry "title" and "paragraphs", which these templates never use: no template copies the
article's own title or body text, so word-level scoring stays valid.

    from bench.noise_blind5 import BLIND5_TEMPLATES
    from bench.noise_unseen import make_noisy_glued
    text = make_noisy_glued(article, random.Random(7), BLIND5_TEMPLATES["nineteenth"](), headlines)
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
from bench.noise_fills import clock as _hm

# --- shared fills -------------------------------------------------------------------------------------------------

FALLBACK_HEADS = ["Ferry operator fined over late sailings", "Hospital car park charges to rise in spring",
                  "Striker signs three-year deal after medical", "Mortgage approvals fall for second month",
                  "Village pub saved by last-minute bid", "Heatwave warning issued for the weekend",
                  "Minister faces questions over lost laptop", "Bus fares frozen until next year"]
GIVEN = ["Harriet", "Callum", "Nadia", "Rhys", "Imogen", "Kwame", "Bethany", "Declan", "Sasha", "Oliver", "Farah",
         "Gethin", "Maisie", "Tobias", "Leonie", "Ravi", "Eleanor", "Jude", "Carys", "Mateo"]
FAMILY = ["Whitcombe", "Ashdown", "Pellegrini", "Mensah", "Rutherford", "Banerjee", "Kilbride", "Osei", "Thornbury",
          "Llewellyn", "Marchetti", "Doherty", "Fairbairn", "Nakamura", "Quigley", "Haverford", "Adeyemi", "Strand"]
TOWNS = ["Ashbourne", "Kettlewell", "Marlow Vale", "Redbridge Cross", "Thornfield", "Lower Brampton", "Carrick Bay",
         "Easton Wick", "Holloway Green", "Saltmarsh"]


def _person(rng: random.Random) -> str:
    return rng.choice(NAMES) if rng.random() < 0.15 else f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"


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


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60]


def _domain(name: str) -> str:
    stem = re.sub(r"[^a-z0-9]", "", name.lower().removeprefix("the "))
    return stem + ".co.uk" if len(stem) % 2 else stem + ".com"


def _ymd(rng: random.Random) -> tuple[int, int, int]:
    return rng.randint(2015, 2024), rng.randint(1, 12), rng.randint(1, 28)


def _hm12(rng: random.Random) -> str:
    return f"{rng.randint(1, 12)}.{rng.randint(0, 59):02d}{rng.choice(['am', 'pm'])}"


def _short_date(rng: random.Random) -> str:
    y, m, d = _ymd(rng)
    return rng.choice([f"{d} {MONTHS[m - 1]} {y}", f"{MONTHS[m - 1][:3]} {d} {y}", f"{d:02d}/{m:02d}/{y}",
                       f"{d} {MONTHS[m - 1][:3]} {y}", f"{MONTHS[m - 1]} {d}, {y}"])


def _duration(rng: random.Random) -> str:
    m, s = rng.randint(0, 58), rng.randint(0, 59)
    return rng.choice([f"{m}:{s:02d}", f"{m:02d}:{s:02d}", f"{m} min {s} sec", f"{m}m {s}s", f"{m + 1} mins"])


def _count(rng: random.Random) -> str:
    n = rng.choice([rng.randint(2, 999), rng.randint(1000, 9999), rng.randint(10, 99) * 100])
    return rng.choice([str(n), f"{n:,}", f"{n / 1000:.1f}k" if n >= 1000 else str(n)])


def _email(rng: random.Random, site: str) -> str:
    return f"{rng.choice(['tips', 'news', 'newsdesk', 'investigations', 'stories', 'exclusive'])}@{site}"


def _phone(rng: random.Random) -> str:
    return rng.choice([f"0{rng.randint(20, 207)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
                       f"+44 {rng.randint(20, 79)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}",
                       f"07{rng.randint(100, 999)} {rng.randint(100000, 999999)}"])


# --- nineteenth: national news and tabloid sites --------------------------------------------------------------------

NATIONALS = ["The Daily Clarion", "The Sunday Beacon", "Nation Today", "The Morning Gazette", "Daily Dispatch Online",
             "The Evening Echo", "Star & Herald", "The National Record", "Daily Pulse", "The Britannia Times"]
TABLOID_SECTIONS = ["News", "UK News", "World News", "Showbiz", "Celebrity", "TV & Radio", "Royals", "Money",
                    "Property", "Travel", "Femail", "Health", "Sport", "Football", "Motoring", "Science", "Politics"]
PODCASTS = ["The Briefing Room", "Front Page Daily", "Inside Westminster", "The Sports Desk", "Crime Desk Weekly",
            "Money Matters Podcast", "The Royal Round-Up", "Off the Record"]
NEWSLETTERS = ["Morning Briefing", "Evening Edition", "The Headlines", "Royal Watch", "Week in Review", "Money Saver",
               "Showbiz Daily", "Politics Unpacked", "Sport at Six"]
PHOTO_CREDITS = sorted(set(AGENCIES) | {"Getty Images", "Shutterstock", "Alamy", "Rex Features", "Supplied",
                                        "Handout", "Facebook", "Instagram", "SWNS", "Mercury Press", "Collect"})
POLL_QUESTIONS = ["Do you agree with the decision?", "Should the government step in?", "Will you be affected?",
                  "Is this the right call?", "Should the ban be extended?", "Would you pay more for this?",
                  "Who do you think is to blame?", "Has the price rise changed how you shop?"]


def _national(rng: random.Random) -> str:
    return rng.choice(NATIONALS + OUTLETS) if rng.random() < 0.25 else rng.choice(NATIONALS)


def _stamp(rng: random.Random, y: int, m: int, d: int) -> str:
    tz = rng.choice(["BST", "GMT", "EDT", "EST", ""])
    clock = f"{_hm(rng)} {tz}".strip()
    return rng.choice([f"{clock}, {d} {MONTHS[m - 1]} {y}", f"{d} {MONTHS[m - 1][:3]} {y}, {_hm12(rng)}",
                       f"{WEEKDAYS[(y + m + d) % 7]} {d} {MONTHS[m - 1]} {y} {clock}"])


def _n19_gallery(rng: random.Random, ctx: dict) -> list[str]:
    """Picture-gallery furniture left where the slideshow was."""
    n = rng.randint(4, 60)
    k = rng.randint(1, n)
    return rng.choice([
        [f"{k} of {n}", rng.choice(CAPTIONS), f"({rng.choice(PHOTO_CREDITS)})"],
        [rng.choice(["Picture gallery", "Gallery", "In pictures", "PICTURES"]), f"{n} images", "View gallery"],
        [f"Launch gallery ({n} photos)"],
        [f"📷 {n} pictures", rng.choice(["Open gallery", "See all", "Swipe to see more"])],
        [f"Image {k} of {n}", "Previous", "Next", "Close"],
        [f"{rng.choice(['Click', 'Tap'])} here to see all {n} pictures from the scene"],
    ])


def _n19_scroll_video(rng: random.Random, ctx: dict) -> list[str]:
    return [rng.choice(["Scroll down for video", "SCROLL DOWN FOR VIDEO", "Scroll down to watch the video",
                        "Scroll down for the full video", "SCROLL DOWN FOR VIDEO AND MORE PICTURES",
                        "Scroll down for videos", "Video below", "Watch the video further down this page",
                        "WATCH THE VIDEO BELOW"])]


def _n19_most_read(rng: random.Random, ctx: dict) -> list[str]:
    label = rng.choice(["Most Read", "MOST READ", "Most read in " + rng.choice(TABLOID_SECTIONS), "Most Popular",
                        "Most viewed", "Trending now", "MOST READ NEWS"])
    heads = _headlines(rng, ctx, rng.randint(3, 6))
    style = rng.randint(0, 2)
    items = [f"{i}. {h}" if style == 0 else (f"{i} {h}" if style == 1 else h) for i, h in enumerate(heads, 1)]
    return [label, *items]


def _n19_share_comment(rng: random.Random, ctx: dict) -> list[str]:
    shares = _count(rng)
    return rng.choice([
        ["Share or comment on this article:", _headline(rng, ctx)],
        ["Share or comment on this article:", f"{shares} shares"],
        ["Share this article", "Share", shares],
        [f"Share {shares}", "Facebook", "X", "WhatsApp", "Email"],
        ["Share or comment on this article", f"{shares}", "shares", f"{rng.randint(1, 800)}", "View comments"],
    ])


def _n19_more_stories(rng: random.Random, ctx: dict) -> list[str]:
    site = _national(rng)
    return rng.choice([
        ["Want more stories like this?", f"Sign up to our free {rng.choice(NEWSLETTERS)} newsletter."],
        [f"Want more stories like this? Follow {site} on Google News and never miss a story."],
        ["Want more stories like this?", "Add us as a preferred source on Google", "Follow us"],
        [f"Liked this story? There's plenty more where it came from - {site} publishes hundreds of stories a day, "
         "so why not make us your homepage?"],
        [f"Want more stories like this one? Hit the follow button at the top of the page and we'll let you know "
         f"whenever {_person(rng)} writes a new article."],
    ])


def _n19_more_from(rng: random.Random, ctx: dict) -> list[str]:
    sec = rng.choice(TABLOID_SECTIONS)
    head = rng.choice([f"More from {sec}", f"MORE FROM {sec.upper()}", f"More from {_national(rng)}",
                       f"More {sec} stories", f"More from {_person(rng)}"])
    return [head, *_headlines(rng, ctx, rng.randint(2, 5))]


def _n19_pub_updated(rng: random.Random, ctx: dict) -> list[str]:
    y, m, d = _ymd(rng)
    first, second = _stamp(rng, y, m, d), _stamp(rng, y, m, min(28, d + rng.randint(0, 1)))
    return rng.choice([
        [f"Published: {first} | Updated: {second}"],
        [f"Published: {first}", f"| Updated: {second}"],
        [f"Published {first}", f"Updated {second}"],
        [f"PUBLISHED: {first.upper()} | UPDATED: {second.upper()}"],
        [f"Posted {first} · Last updated {second}"],
    ])


def _n19_comment_count(rng: random.Random, ctx: dict) -> list[str]:
    n = rng.randint(0, 4000)
    return rng.choice([
        [f"{n} comments"], ["View comments"], [f"View {n} comments"], [f"Comments ({n})"], [f"💬 {n}"],
        [f"{n}", "View comments"], [f"Join the conversation ({n})"], [f"{n} COMMENTS", "Join the debate"],
    ])


def _n19_related_articles(rng: random.Random, ctx: dict) -> list[str]:
    heads = _headlines(rng, ctx, rng.randint(2, 4))
    return rng.choice([
        ["RELATED ARTICLES", "Previous", "1", "Next", *heads],
        ["RELATED ARTICLES", "Previous 1 Next", *heads, "Share this article", "Share"],
        ["Related Articles", *heads],
        ["RELATED ARTICLES Previous 1 Next", *heads],
    ])


def _n19_newsletter(rng: random.Random, ctx: dict) -> list[str]:
    nl, site = rng.choice(NEWSLETTERS), _national(rng)
    return rng.choice([
        [f"Never miss a thing: the {nl} newsletter lands in your inbox every weekday at 7am, with the stories "
         "everyone will be talking about.", "Enter your email", "Sign up"],
        [f"Sign up to {nl}, our free daily email with the best of {site}'s journalism, curated by our editors."],
        [f"Start your day the smart way. Join over {rng.randint(2, 900)},000 readers who get {nl} first thing.",
         "Your email address", "SUBSCRIBE"],
        [f"Thank you for subscribing to {nl}!", "We have more newsletters", "Show me", "See our privacy notice"],
        [f"You can unsubscribe at any time. By signing up you agree to {site}'s terms and privacy notice, and to "
         "receive occasional offers from our partners."],
    ])


def _n19_live_label(rng: random.Random, ctx: dict) -> list[str]:
    return rng.choice([
        ["LIVE"], ["● LIVE"], ["Live updates"], [f"LIVE UPDATES: {rng.randint(2, 90)} new posts"],
        [f"Updated {rng.randint(1, 59)} minutes ago", "Live"], ["Latest updates", "Show key events only"],
        ["Follow our live coverage below", f"Refresh in {rng.randint(10, 59)}s"], ["LIVE BLOG", _hm(rng)],
    ])


def _n19_opinion_label(rng: random.Random, ctx: dict) -> list[str]:
    who = _person(rng)
    return rng.choice([
        ["Opinion"], ["OPINION"], ["Analysis"], [f"Analysis by {who}"], [f"COMMENT | {who.upper()}"],
        [f"Opinion | {who}"], ["Analysis", f"{who}, {rng.choice(['political', 'economics', 'royal', 'chief'])} "
                                           "correspondent"],
        [f"{who}: {rng.choice(['Comment', 'Column', 'Viewpoint', 'Verdict'])}"],
    ])


def _n19_commission(rng: random.Random, ctx: dict) -> list[str]:
    site = _national(rng)
    return [rng.choice([
        "We may receive a commission when you click on links in this article and buy something.",
        f"{site} may receive a commission if you buy through the links on this page. This does not affect "
        "our editorial independence.",
        "If you buy through links in this article, we may earn a small commission. Here's how that works.",
        "We may earn commission from links on this page, but we only recommend products we back. Why trust us?",
        f"Independently chosen by {site}'s shopping team. If you buy something we may earn a small fee.",
        "This article contains affiliate links. Prices were correct at the time of publication.",
    ])]


def _n19_correction(rng: random.Random, ctx: dict) -> list[str]:
    _, m, d = _ymd(rng)
    when = f"{d} {MONTHS[m - 1]}"
    return [rng.choice([
        f"Correction: An earlier version of this article misstated the date of the hearing. It was amended on {when}.",
        f"This article was amended on {when} to correct the spelling of a name.",
        "Correction: a previous version of this story said the figures were annual. They are monthly.",
        f"• This article was updated on {when}. An earlier version wrongly attributed a quote. We apologise for "
        "the error.",
        f"CORRECTION ({when}): A caption in this article originally misidentified the person pictured.",
        "Clarification: this piece has been updated to reflect that no charges were brought.",
    ])]


def _n19_paywall(rng: random.Random, ctx: dict) -> list[str]:
    site = _national(rng)
    price = rng.choice(["£1", "99p", "£2", "$1", "£4.99", "£1 a week"])
    return rng.choice([
        ["This article is for subscribers only.", f"Subscribe to {site} for {price} for your first month.",
         "Already a subscriber? Log in"],
        [f"You've read {rng.randint(2, 9)} of {rng.randint(10, 12)} free articles this month.", "Subscribe now"],
        [f"Continue reading this article with a {site} subscription. Unlimited access from just {price}. "
         "Cancel any time."],
        ["To keep reading, register for free or log in.", "Register", "Log in"],
        ["PREMIUM", f"Unlock this story and all {site} exclusives", "Get access"],
    ])


def _n19_app_promo(rng: random.Random, ctx: dict) -> list[str]:
    site = _national(rng)
    return [rng.choice([
        f"Download the {site} app for the latest breaking news alerts, straight to your phone.",
        f"Get the free {site} app on iOS and Android and turn on notifications so you never miss a story.",
        f"Read this and all our stories ad-light in the {site} app - available now on the App Store and Google Play.",
        f"For the best experience, open this story in the {site} app.",
        f"New: the {site} app now lets you save stories to read offline. Download it today.",
    ])]


def _n19_podcast(rng: random.Random, ctx: dict) -> list[str]:
    show, dur = rng.choice(PODCASTS), _duration(rng)
    return rng.choice([
        [f"Listen: {show}", dur, "Play"],
        [f"🎧 {show} - Episode {rng.randint(1, 400)}", f"00:00 / {dur}"],
        [f"PODCAST: {show}", _headline(rng, ctx), f"Duration {dur}", "Subscribe wherever you get your podcasts"],
        [show, f"{dur}", "Listen on Apple Podcasts", "Listen on Spotify"],
    ])


def _n19_video_embed(rng: random.Random, ctx: dict) -> list[str]:
    dur = _duration(rng)
    return rng.choice([
        [f"Video: {_headline(rng, ctx)}", dur],
        [f"Watch: {_headline(rng, ctx)} ({dur})"],
        ["Now playing", _headline(rng, ctx), dur, "Up next", _headline(rng, ctx)],
        ["Play Video", dur],
        [f"{_headline(rng, ctx)}", f"Video duration {dur}", "Replay", "Mute"],
        ["VIDEO", f"{dur}", f"{_count(rng)} views"],
    ])


def _n19_image_credit(rng: random.Random, ctx: dict) -> list[str]:
    src, who = rng.choice(PHOTO_CREDITS), _person(rng)
    return [rng.choice([
        f"(Image: {src})", f"Picture: {who}/{src}", f"Photo © {src}", f"Image credit: {who} for {_national(rng)}",
        f"{rng.choice(CAPTIONS)} (Picture: {src})", f"Credit: {src} / {who}", f"IMAGE: {src.upper()}",
        f"{rng.choice(CAPTIONS)} Image: {who} / {src}", f"Pic: {src}", f"[Photo by {who} / {src}]",
    ])]


def _n19_advert(rng: random.Random, ctx: dict) -> list[str]:
    return rng.choice([
        ["Advertisement"], ["ADVERTISEMENT"], ["ADVERTISEMENT - CONTINUE READING BELOW"],
        ["Story continues below advertisement"], ["Article continues below"], ["Ad"], ["- Advertisement -"],
        ["Advertisement", "", "Hide Ad"], ["ADVERTISING", "Skip ad"], ["Sponsored", "Ad closes in 5"],
    ])


def _n19_tip_line(rng: random.Random, ctx: dict) -> list[str]:
    site = _domain(_national(rng))
    return [rng.choice([
        f"Do you know more? Email {_email(rng, site)}",
        f"Do you know more about this story? Email {_email(rng, site)} or call {_phone(rng)}.",
        f"Got a story? Get in touch at {_email(rng, site)} - we pay for stories.",
        f"Were you there? Send your pictures and video to {_email(rng, site)}",
        f"If you have information about this story, contact our newsdesk in confidence on {_phone(rng)}.",
    ])]


def _n19_inbox_ask(rng: random.Random, ctx: dict) -> list[str]:
    site, sec = _national(rng), rng.choice(TABLOID_SECTIONS)
    return rng.choice([
        [f"Get the latest from {site} sent straight to your inbox"],
        [f"Get the biggest {sec} stories sent straight to your inbox", "Enter email", "Sign up"],
        [f"Get the latest {sec.lower()} news sent straight to your inbox with our free newsletter. Invalid email",
         "We use your sign-up to provide content in ways you've consented to."],
        [f"Stay up to date with {site}: the day's top stories, sent straight to your inbox every evening."],
    ])


def _n19_poll(rng: random.Random, ctx: dict) -> list[str]:
    q = rng.choice(POLL_QUESTIONS)
    opts = rng.choice([["Yes", "No"], ["Yes", "No", "Don't know"], ["Agree", "Disagree", "Not sure"]])
    return rng.choice([
        [f"POLL: {q}", *opts, "Vote now"],
        ["Reader poll", q, *opts, f"{_count(rng)} votes so far"],
        [f"Have your say: {q}", "Vote in our poll and tell us what you think in the comments."],
        [q, *[f"{o} {rng.randint(0, 100)}%" for o in opts], "Thank you for voting"],
    ])


def _n19_byline(rng: random.Random, ctx: dict) -> list[str]:
    who, site = _person(rng), _national(rng)
    return rng.choice([
        [f"By {who.upper()} FOR {site.upper().removeprefix('THE ')}"],
        [f"By {who.upper()}", f"and {_person(rng).upper()}"],
        [f"By {who}, {rng.choice(['Chief Reporter', 'Showbiz Editor', 'Political Editor', 'News Reporter'])}"],
        [f"{who} For {site}"], [f"By {who} and {_person(rng)} For {site}"],
    ])


def _n19_exclusive(rng: random.Random, ctx: dict) -> list[str]:
    return [rng.choice(["EXCLUSIVE", "WORLD EXCLUSIVE", "EXCLUSIVE:", "REVEALED", "BREAKING", "BREAKING NEWS",
                        "UPDATED", "SPECIAL REPORT", "INVESTIGATION", "FIRST ON " + _national(rng).upper()])]


def _n19_read_more(rng: random.Random, ctx: dict) -> list[str]:
    h = _headline(rng, ctx)
    return [rng.choice([f"READ MORE: {h}", f"MORE: {h}", f"READ MORE - {h}", f"READ: {h}", f"LATEST: {h}",
                        f"DON'T MISS: {h}", f"RELATED: {h}", f"SEE ALSO: {h}", f"PICTURED: {h}"])]


def _n19_breadcrumb(rng: random.Random, ctx: dict) -> list[str]:
    crumbs = ["Home", *_some(rng, sorted(set(TABLOID_SECTIONS) | set(SECTIONS)), 1, 3)]
    sep = rng.choice([" > ", " › ", " / ", " | "])
    return rng.choice([[sep.join(crumbs)], crumbs])


def _n19_follow_author(rng: random.Random, ctx: dict) -> list[str]:
    who = _person(rng)
    handle = "@" + re.sub(r"[^A-Za-z]", "", who)[:14]
    return rng.choice([
        [f"Follow {handle}"], [f"Follow {who} on X {handle}"], [f"{who}", "Follow", f"{_count(rng)} followers"],
        [f"Follow {who.split()[0]}", "Get email updates when this author publishes"],
        [f"Follow {handle} on Instagram and TikTok"],
    ])


def _n19_contact_story(rng: random.Random, ctx: dict) -> list[str]:
    site = _national(rng)
    dom = _domain(site)
    return [rng.choice([
        f"Got a story for {site}? Get in touch with our news team by emailing {_email(rng, dom)}.",
        f"Have you got a celebrity story? Call us on {_phone(rng)} or email {_email(rng, dom)}. We pay for videos "
        "too.",
        f"Contact our newsdesk by WhatsApp on {_phone(rng)} - we pay for exclusive stories, pictures and videos.",
        "We want to hear from you. Email the team with your views, tips and pictures, and we'll be in touch.",
    ])]


def _n19_trending_tags(rng: random.Random, ctx: dict) -> list[str]:
    tags = _some(rng, TOPICS + TABLOID_SECTIONS, 3, 7)
    return rng.choice([["Trending", *tags], [f"Trending: {' · '.join(tags)}"], ["Topics", ", ".join(tags)],
                       ["Related topics", *tags]])


def _n19_comment_rules(rng: random.Random, ctx: dict) -> list[str]:
    site = _national(rng)
    return [rng.choice([
        "All comments are governed by our community standards, which you can read here.",
        f"The comments below have not been moderated. {site} reserves the right to remove comments.",
        "We are no longer accepting comments on this article.",
        "Comments will be closed in the run-up to the verdict for legal reasons.",
        f"By posting your comment you agree to our house rules. Views expressed are those of readers, not {site}.",
        "Comments on this story are turned off because of the nature of the case.",
    ])]


def _n19_social_counts(rng: random.Random, ctx: dict) -> list[str]:
    return rng.choice([
        [f"{_count(rng)} shares"], [f"{_count(rng)}", "shares"], [f"Shares {_count(rng)}", f"Comments {_count(rng)}"],
        [f"♥ {_count(rng)}", f"💬 {_count(rng)}", "Share"], [f"{_count(rng)} people are reading this"],
    ])


def _n19_copyright(rng: random.Random, ctx: dict) -> list[str]:
    site, y = _national(rng), rng.randint(2015, 2024)
    group = rng.choice(["Northgate Media Group", "Albion Newspapers plc", "Crown Street Publishing",
                        "Meridian News Holdings"])
    return _some(rng, [f"© {y} {site}", f"Part of the {group}", "All rights reserved.",
                       f"Registered in England and Wales No. {rng.randint(1000000, 9999999)}",
                       "Terms | Privacy | Cookies | Contact us", "Do not sell or share my personal information"], 1, 4)


def _n19_account_bar(rng: random.Random, ctx: dict) -> list[str]:
    return _some(rng, ["Sign in", "Register", "Subscribe", "My account", "Log out", "Search",
                       f"{WEEKDAYS[rng.randint(0, 6)]}, {_short_date(rng)}", "Today's paper", "Menu", "Edition: UK"],
                 2, 5)


def _n19_sponsored_rail(rng: random.Random, ctx: dict) -> list[str]:
    bait = ["Homeowners Are Stunned By This Simple Trick", "Here's What A Stairlift Should Cost In 2024",
            "The New Hatchback Everyone In Britain Is Talking About", "Dentists Hate This Cheap Alternative",
            "Surgeon Reveals: One Cup Of This Before Bed", "Pensioners Are Snapping Up These Bargain Cruises"]
    label = rng.choice(["Sponsored Links", "Sponsored Stories", "PAID CONTENT", "From Around the Web",
                        "Promoted Stories"])
    tail = rng.choice([["by Taboola"], ["Recommended by Outbrain"], ["Ads by Nexus"], []])
    return [label, *_some(rng, bait, 2, 4), *tail]


def _n19_watch_live(rng: random.Random, ctx: dict) -> list[str]:
    site = _national(rng)
    return [rng.choice([
        f"Watch {site} TV live now - breaking news, sport and showbiz around the clock.",
        f"Tune in to {site} Radio from {_hm(rng)} for the latest reaction to this story.",
        f"You can watch our special programme on this story tonight at {_hm12(rng)} on {site} TV and online.",
        f"Stream {site} TV free on your smart TV, phone or tablet - just search for us in your app store.",
    ])]


def _n19_reader_pics(rng: random.Random, ctx: dict) -> list[str]:
    site = _national(rng)
    return [rng.choice([
        f"Were you caught up in this? Send your pictures and videos to {site} on WhatsApp: {_phone(rng)}.",
        "Share your stories, pictures and videos with us - we may feature them in our coverage.",
        f"If you can share your experience, contact {site}'s newsroom. Please include a phone number.",
        "Do you have photos or video of the scene? You can upload them using the form below.",
    ])]


def _n19_update_note(rng: random.Random, ctx: dict) -> list[str]:
    when = rng.choice([_hm(rng), _hm12(rng), _short_date(rng)])
    return [rng.choice([
        f"This article was updated at {when} with further details.",
        f"This story is being updated. Refresh for the latest. Last updated {when}.",
        f"UPDATE: This story has been updated to include a statement from the police, received at {when}.",
        "This is a breaking news story and will be updated as more information becomes available.",
        f"Editor's note: this article was originally published on {_short_date(rng)} and has been updated.",
    ])]


def _n19_audio_read(rng: random.Random, ctx: dict) -> list[str]:
    mins = rng.randint(2, 18)
    return rng.choice([
        ["Listen to this article", f"{mins} min"], [f"🔊 Listen to this story ({mins} minutes)"],
        ["Listen", f"00:00 / {mins:02d}:{rng.randint(0, 59):02d}", "1x"],
        ["Listen to article", "Powered by text-to-speech", f"{mins}:{rng.randint(0, 59):02d}"],
        [f"Audio version · {mins} min listen"],
    ])


def _n19_premium_badge(rng: random.Random, ctx: dict) -> list[str]:
    return [rng.choice(["PREMIUM", "Premium", "Subscriber exclusive", "Free to read", "Members only",
                        "★ Exclusive to subscribers", "FREE ARTICLE", f"{_national(rng)}+",
                        "This article is free to read for a limited time"])]


def _n19_quiz_promo(rng: random.Random, ctx: dict) -> list[str]:
    topic = rng.choice(TOPICS)
    return [rng.choice([
        f"Think you know your {topic.lower()}? Take our weekly quiz and compare your score with other readers.",
        f"QUIZ: How much do you remember about this week's {topic.lower()} news? Test yourself here.",
        "Play our daily puzzles: crossword, sudoku and word wheel, free for registered readers.",
        f"Take the test: {rng.randint(5, 20)} questions on the week's biggest stories.",
    ])]


def _n19_read_next(rng: random.Random, ctx: dict) -> list[str]:
    return rng.choice([
        ["Read next", _headline(rng, ctx)], ["READ NEXT:", _headline(rng, ctx)],
        ["Up next", _headline(rng, ctx), f"{rng.randint(2, 10)} min read"],
        ["You might also like", *_headlines(rng, ctx, rng.randint(2, 3))],
    ])


def _n19_helpline(rng: random.Random, ctx: dict) -> list[str]:
    return [rng.choice([
        f"For confidential support call the Samaritans on {rng.choice(['116 123', '116123'])} or visit a local "
        "Samaritans branch.",
        "If you have been affected by any of the issues raised in this story, help and support is available.",
        f"Anyone who needs help can contact the national helpline free on 0808 {rng.randint(100, 999)} "
        f"{rng.randint(1000, 9999)}, available 24 hours a day.",
        "If you are struggling, you are not alone. Talk to someone you trust or contact a support service.",
    ])]


def _n19_homepage_promo(rng: random.Random, ctx: dict) -> list[str]:
    site = _national(rng)
    return [rng.choice([
        f"For the latest news and breaking stories from across the country, visit {site} online.",
        f"Make {site} your homepage for the biggest stories as they happen.",
        f"Follow {site} on Facebook, X and Instagram for more news, pictures and video.",
        f"For more stories like this, visit {_domain(site)}/{_slug(rng.choice(TABLOID_SECTIONS))}",
    ])]


def _n19_save_bar(rng: random.Random, ctx: dict) -> list[str]:
    return _some(rng, ["Save", "Saved", "Add to favourites", "Print this page", "Copy link", "Link copied!",
                       "Share", "A A", "Text size", "Bookmark"], 2, 4)


def _n19_editors_picks(rng: random.Random, ctx: dict) -> list[str]:
    label = rng.choice(["Editor's picks", "EDITOR'S PICKS", "Don't miss", "Top stories", "The best of today",
                        "Recommended for you"])
    heads = _headlines(rng, ctx, rng.randint(2, 5))
    return [label, *(f"• {h}" for h in heads)] if rng.random() < 0.5 else [label, *heads]


def _nineteenth_templates() -> dict[str, tuple[str, Template]]:
    """National news and tabloid sites."""
    return {
        "gallery": ("hi", _n19_gallery),
        "scroll_video": ("hi", _n19_scroll_video),
        "most_read": ("t", _n19_most_read),
        "share_comment": ("ht", _n19_share_comment),
        "more_stories": ("t", _n19_more_stories),
        "more_from": ("t", _n19_more_from),
        "pub_updated": ("h", _n19_pub_updated),
        "comment_count": ("ht", _n19_comment_count),
        "related_articles": ("hi", _n19_related_articles),
        "newsletter": ("it", _n19_newsletter),
        "live_label": ("h", _n19_live_label),
        "opinion_label": ("h", _n19_opinion_label),
        "commission": ("ht", _n19_commission),
        "correction": ("t", _n19_correction),
        "paywall": ("it", _n19_paywall),
        "app_promo": ("it", _n19_app_promo),
        "podcast": ("i", _n19_podcast),
        "video_embed": ("hi", _n19_video_embed),
        "image_credit": ("hi", _n19_image_credit),
        "advert": ("i", _n19_advert),
        "tip_line": ("t", _n19_tip_line),
        "inbox_ask": ("it", _n19_inbox_ask),
        "poll": ("it", _n19_poll),
        "byline": ("h", _n19_byline),
        "exclusive": ("h", _n19_exclusive),
        "read_more": ("i", _n19_read_more),
        "breadcrumb": ("h", _n19_breadcrumb),
        "follow_author": ("ht", _n19_follow_author),
        "contact_story": ("t", _n19_contact_story),
        "trending_tags": ("t", _n19_trending_tags),
        "comment_rules": ("t", _n19_comment_rules),
        "social_counts": ("h", _n19_social_counts),
        "copyright": ("t", _n19_copyright),
        "account_bar": ("h", _n19_account_bar),
        "sponsored_rail": ("t", _n19_sponsored_rail),
        "watch_live": ("it", _n19_watch_live),
        "reader_pics": ("it", _n19_reader_pics),
        "update_note": ("hi", _n19_update_note),
        "audio_read": ("h", _n19_audio_read),
        "premium_badge": ("h", _n19_premium_badge),
        "quiz_promo": ("it", _n19_quiz_promo),
        "read_next": ("it", _n19_read_next),
        "helpline": ("t", _n19_helpline),
        "homepage_promo": ("t", _n19_homepage_promo),
        "save_bar": ("ht", _n19_save_bar),
        "editors_picks": ("t", _n19_editors_picks),
    }


# --- twentieth: magazines, broadcasters, specialist and trade sites -------------------------------------------------

MAGAZINES = ["The Quarterly Lens", "Modern Engineer", "Field & Harbour", "Ledger Weekly", "Circuit Review",
             "The Garden Almanac", "Retail Insider", "Meridian Monthly", "Farmers Digest", "Atlas Travel Magazine"]
BROADCASTERS = ["Channel Meridian", "National Radio 4X", "Coastline FM", "Northstar Television", "Radio Albion",
                "Harbour TV", "The Listening Service"]
SHOWS = ["The World Tonight Hour", "Money Box Live", "Inside Science Weekly", "Countryside Matters", "The Big Debate",
         "Morning Forum", "Front Row Report", "The Long Interview", "Business Daily Brief", "Sports Roundtable"]
JOURNALS = ["Journal of Applied Ecology Letters", "Clinical Reports in Medicine", "Annals of Energy Research",
            "Environmental Science Review", "Journal of Behavioural Economics", "Marine Biology Quarterly",
            "Proceedings of the Society for Materials"]
INSTITUTIONS = ["University of Eastmoor", "Kingsbridge Institute of Technology", "Harlow Medical School",
                "Northfield University", "the Carrington Research Centre", "Westvale College London"]
TICKERS = {"Albion Energy": "ALBE", "Harrow Foods": "HRWF", "Quantis Systems": "QTS", "Northgate Mining": "NGM",
           "Bellweather Insurance": "BWI", "Corvid Pharma": "CRVD", "Tidewater Shipping": "TDWS"}
INDICES = ["FTSE 100", "FTSE 250", "Dow Jones", "S&P 500", "Nasdaq", "DAX", "CAC 40", "Nikkei 225", "Hang Seng"]
CLUBS = ["Ashbourne Rovers", "Kettlewell Town", "Carrick Bay United", "Saltmarsh Athletic", "Thornfield City",
         "Redbridge Wanderers", "Marlow Vale FC", "Easton Wick Albion", "Holloway Harriers", "Brampton Rangers"]
COMPETITIONS = ["Premier Division", "Championship", "National League", "FA Cup third round", "Cup quarter-final",
                "Super League", "Six Nations", "County Championship"]
PRODUCTS = ["Vantor X2 Pro", "Lumio Air 14", "Kestrel S9", "Brightline Mini", "Orca Buds 3", "Tessel Home Hub",
            "Nimbus 65in OLED", "Pacer GT e-bike"]
RETAILERS = ["Electrics Direct", "ShopDirect", "Argo Home", "TechWarehouse", "BigBox Online", "Jupiter Store"]
EVENTS = ["Future of Energy Summit", "Retail Innovation Forum", "Smart Farming Expo", "FinTech Leaders Week",
          "Health Tech Conference", "Design Matters Live", "The Logistics Show"]


def _p20(rng: random.Random) -> str:
    return _person(rng)


def _mag(rng: random.Random) -> str:
    return rng.choice(MAGAZINES)


def _team_pair(rng: random.Random) -> tuple[str, str]:
    a, b = rng.sample(CLUBS, 2)
    return a, b


def _price(rng: random.Random) -> str:
    amount = rng.choice([rng.randint(19, 2499), rng.randint(19, 999) + 0.99])
    text = f"{amount:,.2f}" if isinstance(amount, float) else f"{amount:,}"
    return rng.choice(["£", "$", "€"]) + text


def _sub_price(rng: random.Random) -> str:
    return rng.choice(["£1", "£5", "£9.99", "£19.99", "$12", "€15", "£49", "£3 an issue", "£1 a week"])


def _move(rng: random.Random) -> str:
    pct = rng.uniform(0.01, 4.5)
    up = rng.random() < 0.5
    return rng.choice([f"{'▲' if up else '▼'} {pct:.2f}%", f"{'+' if up else '-'}{pct:.2f}%",
                       f"{'up' if up else 'down'} {pct:.1f}%"])


def _m20_issue_note(rng: random.Random, ctx: dict) -> list[str]:
    y, m, _ = _ymd(rng)
    mag, h = _mag(rng), _headline(rng, ctx)
    return [rng.choice([
        f"This article appears in the {MONTHS[m - 1]} {y} issue of {mag}.",
        f"This article appeared in the {MONTHS[m - 1]} {y} issue of {mag} with the headline \"{h}\".",
        f"This story is from the {MONTHS[m - 1]}/{MONTHS[m % 12]} {y} issue. Subscribe to {mag} for more.",
        f"A version of this article was published in the {MONTHS[m - 1]} {y} print edition of {mag}.",
        f"From the {MONTHS[m - 1]} {y} issue of {mag}.",
    ])]


def _m20_print_edition(rng: random.Random, ctx: dict) -> list[str]:
    y, m, d = _ymd(rng)
    sec, page = rng.choice("ABCDE"), rng.randint(1, 40)
    return [rng.choice([
        f"A version of this article appears in print on {MONTHS[m - 1]} {d}, {y}, Section {sec}, Page {page} with "
        f"the headline: {_headline(rng, ctx)}.",
        f"Printed in the {d} {MONTHS[m - 1]} {y} edition, page {page}.",
        f"This article was published in the print edition under the headline \"{_headline(rng, ctx)}\".",
        f"Order a reprint of this article · Page {page} of the {WEEKDAYS[rng.randint(0, 6)]} edition",
    ])]


def _m20_issue_cover(rng: random.Random, ctx: dict) -> list[str]:
    y, m, _ = _ymd(rng)
    return rng.choice([
        [f"{MONTHS[m - 1]} {y} issue"], [f"Issue {rng.randint(20, 900)}"],
        [f"Vol. {rng.randint(1, 90)} No. {rng.randint(1, 12)}", f"{MONTHS[m - 1]} {y}"],
        [_mag(rng), f"{MONTHS[m - 1].upper()} {y}", "In this issue"],
        [f"From the magazine · {MONTHS[m - 1][:3]} {y}"],
    ])


def _m20_transcript_header(rng: random.Random, ctx: dict) -> list[str]:
    y, m, d = _ymd(rng)
    return _some(rng, ["TRANSCRIPT", f"Programme: {rng.choice(SHOWS)}", f"Broadcaster: {rng.choice(BROADCASTERS)}",
                       f"Broadcast: {d} {MONTHS[m - 1]} {y}, {_hm(rng)}", f"Presenter: {_p20(rng)}",
                       f"Producer: {_p20(rng)}", f"Running time: {_duration(rng)}",
                       "THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM."], 2, 5)


def _m20_speaker_label(rng: random.Random, ctx: dict) -> list[str]:
    who = _p20(rng).upper()
    return rng.choice([
        [f"{who}:"], ["PRESENTER:"], [f"INTERVIEWER ({who}):"], ["[THEME MUSIC]", "PRESENTER:"],
        ["(CROSSTALK)"], [f"[{_hm(rng)}:{rng.randint(0, 59):02d}]", f"{who}:"], ["[BREAK]"],
        ["(BEGIN VIDEO CLIP)"], ["(END VIDEO CLIP)", f"{who}:"], ["[MUSIC]"], ["[INAUDIBLE]"],
    ])


def _m20_transcript_disclaimer(rng: random.Random, ctx: dict) -> list[str]:
    show, bc = rng.choice(SHOWS), rng.choice(BROADCASTERS)
    return [rng.choice([
        "This transcript was typed from a recording and not copied from an original script. Because of the risk "
        "of mishearing, we cannot vouch for its complete accuracy.",
        f"Transcripts of {show} are produced on a rush deadline and may be updated. The authoritative record of "
        f"{bc} programming is the audio record.",
        f"This is an automatically generated transcript of {show}. It may contain errors.",
        f"[END OF TRANSCRIPT] Copyright {rng.randint(2015, 2024)} {bc}. All materials herein are protected by "
        "copyright law.",
    ])]


def _m20_listen_on(rng: random.Random, ctx: dict) -> list[str]:
    bc, show, dur = rng.choice(BROADCASTERS), rng.choice(SHOWS), _duration(rng)
    return rng.choice([
        [f"Listen on {bc} · {dur}"], [f"Listen to {show} on {bc} Sounds", dur],
        [f"▶ Listen ({dur})"], ["Listen on Apple Podcasts", "Listen on Spotify", "Listen on Pocket Casts"],
        [f"Listen: {show}, {bc}, {dur}"], [f"🎙 {show}", f"Listen now · {rng.randint(5, 60)} mins"],
    ])


def _m20_watch_on(rng: random.Random, ctx: dict) -> list[str]:
    bc, show = rng.choice(BROADCASTERS), rng.choice(SHOWS)
    y, m, d = _ymd(rng)
    return rng.choice([
        [f"Watch on {bc} Player", f"Available until {d} {MONTHS[m - 1]} {y}"],
        ["Watch now", _duration(rng)], [f"▶ Watch {show} ({_duration(rng)})"],
        [f"Watch the full episode of {show} on demand", f"{rng.randint(20, 90)} mins"],
        [f"WATCH: {show}", f"{WEEKDAYS[rng.randint(0, 6)]}s at {_hm12(rng)} on {bc}"],
    ])


def _m20_episode_notes(rng: random.Random, ctx: dict) -> list[str]:
    show = rng.choice(SHOWS)
    return _some(rng, ["Episode notes", f"{show}, series {rng.randint(1, 12)}, episode {rng.randint(1, 30)}",
                       f"Presented by {_p20(rng)}.", f"Produced by {_p20(rng)}.",
                       f"Editor: {_p20(rng)}", f"Sound engineer: {_p20(rng)}",
                       "Available for over a year", f"First broadcast: {_short_date(rng)}",
                       f"Duration: {_duration(rng)}"], 2, 5)


def _m20_episode_chapters(rng: random.Random, ctx: dict) -> list[str]:
    parts = _some(rng, ["Introduction", "The headlines", "Interview", "Listener questions", "Analysis",
                        "From our correspondent", "The week ahead", "Closing thoughts"], 3, 6)
    stamps = sorted(rng.sample(range(30, 3000), len(parts)))
    lines = [f"{s // 60:02d}:{s % 60:02d} {p}" for s, p in zip(stamps, parts)]
    return [rng.choice(["Chapters", "In this episode", "Timestamps"]), *lines]


def _m20_catchup(rng: random.Random, ctx: dict) -> list[str]:
    bc = rng.choice(BROADCASTERS)
    return [rng.choice([
        f"This programme is available to UK audiences for {rng.choice([7, 14, 30])} days after broadcast.",
        "Clips from this programme may not be available outside the UK for rights reasons.",
        f"You can catch up with every episode on {bc} Player, and subscribe to the podcast to get new episodes "
        "automatically.",
        f"This clip was originally broadcast on {rng.choice(SHOWS)} on {_short_date(rng)}.",
    ])]


def _m20_market_quote(rng: random.Random, ctx: dict) -> list[str]:
    idx = _some(rng, INDICES, 2, 4)
    lines = [f"{i} {rng.uniform(2000, 40000):,.2f} {_move(rng)}" for i in idx]
    head = rng.choice([["Markets"], ["MARKET DATA"], [f"Markets at {_hm(rng)}"], []])
    return [*head, *lines]


def _m20_stock_box(rng: random.Random, ctx: dict) -> list[str]:
    company = rng.choice(sorted(TICKERS))
    price = rng.uniform(50, 4000)
    return rng.choice([
        [f"{company} ({TICKERS[company]})", f"{price:,.1f}p", _move(rng)],
        [f"Ticker: {TICKERS[company]}", f"Price: {price:,.2f}", f"Change: {_move(rng)}",
         f"Market cap: £{rng.uniform(0.2, 90):.1f}bn"],
        [f"{TICKERS[company]} {price:,.2f} {_move(rng)}", f"Delayed {rng.choice([15, 20])} minutes"],
        [company, f"Last {price:,.2f}", f"52-wk high {price * rng.uniform(1.05, 1.8):,.2f}",
         f"52-wk low {price * rng.uniform(0.4, 0.95):,.2f}", "Data provided by Market Feed Ltd"],
    ])


def _m20_commodities(rng: random.Random, ctx: dict) -> list[str]:
    pool = [f"Brent crude ${rng.uniform(40, 120):.2f}", f"Gold ${rng.uniform(1100, 2400):,.0f}/oz",
            f"GBP/USD {rng.uniform(1.05, 1.45):.4f}", f"EUR/GBP {rng.uniform(0.82, 0.93):.4f}",
            f"Copper ${rng.uniform(5000, 10000):,.0f}/t", f"Wheat {rng.uniform(140, 300):.2f} £/t",
            f"Bitcoin ${rng.uniform(4000, 70000):,.0f}"]
    return [f"{line} {_move(rng)}" for line in _some(rng, pool, 2, 4)]


def _m20_fixture(rng: random.Random, ctx: dict) -> list[str]:
    a, b = _team_pair(rng)
    comp = rng.choice(COMPETITIONS)
    day = f"{WEEKDAYS[rng.randint(0, 6)][:3]} {rng.randint(1, 28)} {MONTHS[rng.randint(0, 11)][:3]}"
    return rng.choice([
        [comp, f"{day} · {_hm(rng)}", f"{a} v {b}"],
        ["Next match", f"{a} vs {b}", day, f"Kick-off {_hm(rng)}", rng.choice(["Stadium", "Away", "Home"])],
        [f"Fixtures: {comp}", f"{a} v {b} ({_hm(rng)})", f"{' v '.join(_team_pair(rng))} ({_hm(rng)})"],
        [f"{a} v {b}", f"{comp}, {day}, {_hm(rng)}", "Live on " + rng.choice(BROADCASTERS)],
    ])


def _m20_score(rng: random.Random, ctx: dict) -> list[str]:
    a, b = _team_pair(rng)
    x, y = rng.randint(0, 5), rng.randint(0, 5)
    return rng.choice([
        [f"FT: {a} {x}-{y} {b}"], [f"{a} {x} - {y} {b}", "Full time"],
        [f"HT {min(x, 1)}-{min(y, 1)}", f"{a} {x}-{y} {b}", f"Att: {rng.randint(800, 60000):,}"],
        ["LATEST SCORE", f"{a} {x}", f"{b} {y}", f"{rng.randint(1, 90)}'"],
        [f"{a} {x}-{y} {b} ({rng.choice(COMPETITIONS)})", "Match report | Stats | Line-ups"],
    ])


def _m20_odds(rng: random.Random, ctx: dict) -> list[str]:
    a, b = _team_pair(rng)

    def frac() -> str:
        return rng.choice(["1/2", "4/6", "5/6", "evens", "11/10", "6/4", "7/4", "2/1", "9/4", "12/5", "3/1",
                           "7/2", "9/2", "6/1", "10/1", "16/1"])

    return rng.choice([
        [f"Odds: {a} {frac()}, Draw {frac()}, {b} {frac()}", "18+ | BeGambleAware.org"],
        ["Match odds", f"{a} {frac()}", f"Draw {frac()}", f"{b} {frac()}", "Odds correct at time of publication."],
        [f"Best odds: {a} to win {frac()} with {rng.choice(['BetStar', 'OddsKing', 'Punt365'])}", "T&Cs apply. 18+"],
        ["ODDS BOX", f"{a} {rng.uniform(1.2, 9):.2f}", f"{b} {rng.uniform(1.2, 9):.2f}",
         "Please gamble responsibly"],
    ])


def _m20_standings(rng: random.Random, ctx: dict) -> list[str]:
    clubs = rng.sample(CLUBS, rng.randint(3, 5))
    pts = sorted((rng.randint(10, 80) for _ in clubs), reverse=True)
    played = rng.randint(10, 38)
    rows = [f"{i} {c} {played} {p}" for i, (c, p) in enumerate(zip(clubs, pts), 1)]
    return [rng.choice(["Pos Team P Pts", "Table", f"{rng.choice(COMPETITIONS)} table"]), *rows]


def _m20_key_takeaways(rng: random.Random, ctx: dict) -> list[str]:
    pool = [f"The changes take effect from {MONTHS[rng.randint(0, 11)]}.",
            f"Around {rng.randint(2, 90)},000 people are expected to be affected.",
            "Ministers say the plan will be reviewed after a year.",
            f"Critics warn costs could rise by {rng.randint(3, 40)}%.",
            "A final decision is expected later this year.",
            "Industry groups have welcomed the move."]
    label = rng.choice(["Key takeaways", "KEY POINTS", "At a glance", "The short version", "Need to know"])
    mark = rng.choice(["• ", "- ", "✓ ", ""])
    return [label, *(mark + p for p in _some(rng, pool, 2, 4))]


def _m20_why_it_matters(rng: random.Random, ctx: dict) -> list[str]:
    topic = rng.choice(TOPICS).lower()
    return [rng.choice([
        f"Why it matters: decisions on {topic} made this year will shape the sector for a decade.",
        f"Why it matters: this is the first time regulators have intervened on {topic} since "
        f"{rng.randint(1990, 2018)}.",
        f"The big picture: {topic} has become a flashpoint for investors and campaigners alike.",
        f"What's next: expect a consultation on {topic} before the end of {MONTHS[rng.randint(0, 11)]}.",
        "Why it matters to you: the change could affect your bills, your pension or your job.",
    ])]


def _m20_related_coverage(rng: random.Random, ctx: dict) -> list[str]:
    label = rng.choice(["Related coverage", "RELATED COVERAGE", "Related", "More on this topic", "Further reading",
                        "Explore more"])
    heads = _headlines(rng, ctx, rng.randint(2, 4))
    return [label, *(f"{h} ›" for h in heads)] if rng.random() < 0.3 else [label, *heads]


def _m20_journal_ref(rng: random.Random, ctx: dict) -> list[str]:
    fam = rng.sample(FAMILY, 2)
    y = rng.randint(2012, 2024)
    journal = rng.choice(JOURNALS)
    vol, issue, page = rng.randint(1, 120), rng.randint(1, 12), rng.randint(1, 900)
    return rng.choice([
        [f"Journal reference: {fam[0]}, {rng.choice(GIVEN)[0]}. et al. ({y}). {journal}, {vol}({issue}), "
         f"{page}-{page + rng.randint(5, 30)}."],
        ["More information:", f"{fam[0]} {rng.choice(GIVEN)[0]}, {fam[1]} {rng.choice(GIVEN)[0]}, et al., {journal} "
                              f"({y})."],
        [f"Reference: {fam[0]} et al., \"{_headline(rng, ctx)}\", {journal}, {y}"],
        [f"Study: {journal} ({y}); {vol}: {page}"],
    ])


def _m20_doi(rng: random.Random, ctx: dict) -> list[str]:
    doi = f"10.{rng.randint(1000, 9999)}/{rng.choice(['s', 'j.', 'abc', 'jae'])}{rng.randint(10000, 999999)}"
    return rng.choice([[f"DOI: {doi}"], [f"https://doi.org/{doi}"], [f"DOI: {doi}", "Open access"],
                       [f"doi:{doi}"], ["Read the paper", f"DOI {doi}"]])


def _m20_provided_by(rng: random.Random, ctx: dict) -> list[str]:
    inst = rng.choice(INSTITUTIONS)
    y, m, d = _ymd(rng)
    return _some(rng, [f"Provided by {inst}",
                       f"Citation: {_headline(rng, ctx)} ({y}, {MONTHS[m - 1]} {d}) retrieved {d} {MONTHS[m - 1]} {y}",
                       "This release is protected by copyright; beyond fair use for personal study or research, no "
                       "part of it may be copied without written consent.",
                       "The content is supplied for general information only.",
                       f"Story Source: Materials provided by {inst}. Note: Content may be edited for style and "
                       "length."], 1, 3)


def _m20_spec_box(rng: random.Random, ctx: dict) -> list[str]:
    pool = [f"Screen: {rng.uniform(5.4, 16):.1f}in {rng.choice(['OLED', 'LCD', 'AMOLED', 'mini-LED'])}",
            f"Processor: {rng.choice(['Octa-core', 'Quad-core', 'M-series', 'Tensor-class'])} "
            f"{rng.uniform(1.8, 3.6):.1f}GHz",
            f"Storage: {rng.choice([64, 128, 256, 512])}GB", f"RAM: {rng.choice([4, 8, 12, 16, 32])}GB",
            f"Battery: {rng.randint(3000, 6000)}mAh", f"Weight: {rng.randint(150, 1900)}g",
            f"Dimensions: {rng.randint(70, 320)} x {rng.randint(60, 220)} x {rng.uniform(6, 20):.1f}mm",
            f"Range: {rng.randint(30, 120)} miles"]
    return [rng.choice(["Specifications", "SPECS", "Key specs", f"{rng.choice(PRODUCTS)}: specs"]),
            *_some(rng, pool, 3, 6)]


def _m20_buy_now(rng: random.Random, ctx: dict) -> list[str]:
    prod, shop = rng.choice(PRODUCTS), rng.choice(RETAILERS)
    return rng.choice([
        [prod, f"{_price(rng)} at {shop}", "Buy now"],
        [f"{_price(rng)} at {shop}", f"{_price(rng)} at {rng.choice(RETAILERS)}", "View deal", "Check price"],
        [f"Buy {prod}", f"Was {_price(rng)}, now {_price(rng)}", "See at " + shop],
        [f"BUY NOW: {prod}, {_price(rng)}, {shop}"],
        ["Where to buy", f"{shop}: {_price(rng)}", "Prices checked daily"],
    ])


def _m20_verdict_box(rng: random.Random, ctx: dict) -> list[str]:
    score = rng.randint(1, 5)
    return rng.choice([
        ["Our verdict", "★" * score + "☆" * (5 - score), f"{score}/5"],
        ["Pros", "+ Long battery life", "+ Bright screen", "Cons", "- Expensive", "- No charger in box"],
        [f"Rating: {score}/5", f"Reviewed by {_p20(rng)}", f"Tested for {rng.randint(1, 8)} weeks"],
        [f"Score: {rng.randint(50, 98)}%", rng.choice(["Editor's Choice", "Recommended", "Best Buy", "Great Value"])],
        ["The verdict", f"{score} stars", "Price when reviewed: " + _price(rng)],
    ])


def _m20_event_promo(rng: random.Random, ctx: dict) -> list[str]:
    event, town = rng.choice(EVENTS), rng.choice(TOWNS)
    y, m, d = _ymd(rng)
    return [rng.choice([
        f"Join us at the {event} {y} in {town} on {d}-{d + 1} {MONTHS[m - 1]}. Early-bird tickets are on sale now.",
        f"Hear from {_p20(rng)} and more than {rng.randint(20, 200)} speakers at the {event}. Book your place today.",
        f"{rng.choice(MAGAZINES)} readers save {rng.randint(10, 40)}% on passes to the {event} with code "
        f"{_slug(event).upper()[:6]}{rng.randint(10, 99)}.",
        f"Want to go further? Our {event} brings the industry together in {town} this {MONTHS[m - 1]}.",
    ])]


def _m20_gift_sub(rng: random.Random, ctx: dict) -> list[str]:
    mag = _mag(rng)
    return [rng.choice([
        f"Give the gift of great writing: a {mag} gift subscription starts from just {_sub_price(rng)} and arrives "
        "with a card in your name.",
        f"Looking for a present that lasts all year? Give {rng.randint(6, 12)} issues of {mag} and save "
        f"{rng.randint(10, 50)}% on the cover price.",
        f"Treat someone to a year of {mag}. Choose print, digital or both, and pick the start date.",
        f"Gift subscriptions to {mag} make the perfect Christmas present - order by {rng.randint(10, 20)} December.",
    ])]


def _m20_masthead(rng: random.Random, ctx: dict) -> list[str]:
    roles = ["Editor-in-chief", "Editor", "Deputy editor", "Art director", "Features editor", "Chief sub-editor",
             "Picture editor", "Publisher", "Advertising director", "Head of digital"]
    picked = _some(rng, roles, 3, 6)
    sep = rng.choice([": ", " ", " – "])
    return [*rng.choice([[_mag(rng)], ["Masthead"], ["Who we are"], []]), *(f"{r}{sep}{_p20(rng)}" for r in picked)]


def _m20_staff_box(rng: random.Random, ctx: dict) -> list[str]:
    return rng.choice([
        [f"Written by {_p20(rng)}", f"Edited by {_p20(rng)}"],
        [f"Words: {_p20(rng)}", f"Photography: {_p20(rng)}"],
        [f"Written by {_p20(rng)}, Senior editor", f"Reviewed by {_p20(rng)}", f"Fact-checked by {_p20(rng)}"],
        [f"{_p20(rng)} is {rng.choice(['a contributing editor', 'our science correspondent', 'deputy editor'])} "
         f"at {_mag(rng)}."],
        [f"Interview by {_p20(rng)}", f"Illustration: {_p20(rng)}"],
    ])


def _m20_archive_note(rng: random.Random, ctx: dict) -> list[str]:
    y = rng.randint(1995, 2018)
    return [rng.choice([
        f"From the archive: this article was first published in {y}.",
        f"This article is more than {rng.randint(2, 15)} years old.",
        f"This piece is from our archive and was originally published on {_short_date(rng)}. Some details may "
        "have changed since.",
        f"Archive: {y}. We are republishing this story to mark the anniversary.",
        f"This story was first published in {MONTHS[rng.randint(0, 11)]} {y} and has been updated.",
    ])]


def _m20_accessibility(rng: random.Random, ctx: dict) -> list[str]:
    return _some(rng, ["Skip to main content", "Skip to navigation", "Accessibility help", "Accessibility statement",
                       "Audio described", "Sign language version", "Subtitles available", "Switch to high contrast",
                       "Text only version", "Keyboard shortcuts"], 1, 4)


def _m20_subscribe_magazine(rng: random.Random, ctx: dict) -> list[str]:
    mag = _mag(rng)
    return [rng.choice([
        f"Subscribe to {mag} and save {rng.randint(20, 60)}% - plus get every issue delivered to your door.",
        f"Enjoyed this article? Get {rng.randint(3, 6)} issues of {mag} for {_sub_price(rng)}.",
        f"Subscribers get unlimited access to the {mag} archive, going back to {rng.randint(1950, 2005)}.",
        f"{mag} is reader-funded. Subscribe today and support independent specialist journalism.",
    ])]


def _m20_programme_info(rng: random.Random, ctx: dict) -> list[str]:
    show, bc = rng.choice(SHOWS), rng.choice(BROADCASTERS)
    return rng.choice([
        ["Programme website", f"{show}", f"Series {rng.randint(1, 20)}, Episode {rng.randint(1, 30)}"],
        [f"{show}", f"{bc}", f"First broadcast: {_short_date(rng)}"],
        [f"More from {show}", "All episodes", "Clips", "Presenters"],
        [f"{bc} · {WEEKDAYS[rng.randint(0, 6)]} {_hm12(rng)}", show],
    ])


def _m20_cite_this(rng: random.Random, ctx: dict) -> list[str]:
    fam, mag = rng.choice(FAMILY), _mag(rng)
    y = rng.randint(2012, 2024)
    return rng.choice([
        ["Cite this article:", f"{fam}, {rng.choice(GIVEN)[0]}. ({y}). {_headline(rng, ctx)}. {mag}."],
        ["Cite", "APA", "MLA", "Harvard", "Chicago"],
        [f"How to cite: {fam} ({y}) in {mag}, accessed {_short_date(rng)}."],
        ["Copy citation", "Export to reference manager", "Download RIS"],
    ])


def _m20_review_note(rng: random.Random, ctx: dict) -> list[str]:
    return [rng.choice([
        "This article has been reviewed according to our editorial process and policies.",
        "Editors have highlighted the following attributes while ensuring the content's credibility: fact-checked, "
        "peer-reviewed publication, trusted source, proofread.",
        f"Medically reviewed by {_p20(rng)}, {rng.choice(['MD', 'PhD', 'RN', 'MRCP'])}, on {_short_date(rng)}.",
        "Our content is produced independently. It is checked by a second editor before publication.",
    ])]


def _m20_contact_trade(rng: random.Random, ctx: dict) -> list[str]:
    dom = _domain(_mag(rng))
    return _some(rng, [f"Contact the editor: editor@{dom}", f"Advertising enquiries: ads@{dom}",
                       f"Reprints & permissions: {_phone(rng)}", f"Subscriptions: {_phone(rng)}",
                       f"Press releases to newsdesk@{dom}", "Register | Log in | Help"], 2, 4)


def _m20_event_listing(rng: random.Random, ctx: dict) -> list[str]:
    picked = _some(rng, EVENTS, 2, 4)
    lines = [f"{rng.randint(1, 28)} {MONTHS[rng.randint(0, 11)][:3]}: {e}, {rng.choice(TOWNS)}" for e in picked]
    return [rng.choice(["Upcoming events", "EVENTS", "What's on", "Diary dates"]), *lines]


def _m20_pdf_download(rng: random.Random, ctx: dict) -> list[str]:
    size = f"{rng.uniform(0.2, 9):.1f}MB"
    return rng.choice([
        ["Download PDF"], [f"Full report (PDF, {size})"], [f"Download the {rng.choice(['report', 'issue', 'study'])} "
                                                           f"[PDF {size}]"],
        ["Print article", "Download PDF", "Email"], [f"Read the digital edition ({size})"],
    ])


def _m20_partner_content(rng: random.Random, ctx: dict) -> list[str]:
    company = rng.choice(sorted(TICKERS))
    return [rng.choice([
        f"This content was paid for by {company} and produced by our partnerships team.",
        f"In association with {company}.",
        f"PARTNER CONTENT | Brought to you by {company}",
        f"This article is part of a series supported by {company}. All editorial decisions were made independently.",
        f"Sponsored by {company}. The sponsor had no input into the editorial content.",
    ])]


def _m20_trade_newsletter(rng: random.Random, ctx: dict) -> list[str]:
    mag = _mag(rng)
    return [rng.choice([
        f"Get the {mag} briefing: the week's most important industry news, analysis and appointments, every "
        f"{WEEKDAYS[rng.randint(0, 4)]}.",
        f"Professionals rely on {mag} Daily. Register free to receive it in your inbox.",
        f"Stay ahead of your competitors with {mag}'s free bulletins - choose the topics that matter to you.",
        f"Join {rng.randint(10, 90)},000 industry leaders who read {mag} every week.",
    ])]


def _m20_award_badge(rng: random.Random, ctx: dict) -> list[str]:
    y = rng.randint(2010, 2024)
    return [rng.choice([f"Winner: Trade Publication of the Year {y}", f"Specialist Magazine of the Year {y}",
                        f"Shortlisted: Podcast of the Year {y}", f"Award-winning journalism since {y - 40}",
                        f"Best Science Website {y}", f"Highly commended, Digital Awards {y}"])]


def _m20_jobs_board(rng: random.Random, ctx: dict) -> list[str]:
    roles = ["Senior Engineer", "Account Manager", "Head of Operations", "Research Fellow", "Site Manager",
             "Marketing Executive", "Finance Director", "Lab Technician"]
    lines = [f"{r}, {rng.choice(TOWNS)}, £{rng.randint(22, 120)}k" if rng.random() < 0.3
             else f"{r} - {rng.choice(TOWNS)}" for r in _some(rng, roles, 2, 4)]
    return [rng.choice(["Latest jobs", "JOBS", "Recruitment", "Careers"]), *lines,
            *rng.choice([["View all jobs"], ["Post a job"], []])]


def _twentieth_templates() -> dict[str, tuple[str, Template]]:
    """Magazines, broadcasters, specialist and trade sites."""
    return {
        "issue_note": ("ht", _m20_issue_note),
        "print_edition": ("t", _m20_print_edition),
        "issue_cover": ("h", _m20_issue_cover),
        "transcript_header": ("h", _m20_transcript_header),
        "speaker_label": ("hi", _m20_speaker_label),
        "transcript_disclaimer": ("ht", _m20_transcript_disclaimer),
        "listen_on": ("hit", _m20_listen_on),
        "watch_on": ("hi", _m20_watch_on),
        "episode_notes": ("t", _m20_episode_notes),
        "episode_chapters": ("ht", _m20_episode_chapters),
        "catchup": ("t", _m20_catchup),
        "market_quote": ("hi", _m20_market_quote),
        "stock_box": ("i", _m20_stock_box),
        "commodities": ("hi", _m20_commodities),
        "fixture": ("ht", _m20_fixture),
        "score": ("it", _m20_score),
        "odds": ("i", _m20_odds),
        "standings": ("t", _m20_standings),
        "key_takeaways": ("h", _m20_key_takeaways),
        "why_it_matters": ("hi", _m20_why_it_matters),
        "related_coverage": ("it", _m20_related_coverage),
        "journal_ref": ("t", _m20_journal_ref),
        "doi": ("t", _m20_doi),
        "provided_by": ("t", _m20_provided_by),
        "spec_box": ("it", _m20_spec_box),
        "buy_now": ("it", _m20_buy_now),
        "verdict_box": ("t", _m20_verdict_box),
        "event_promo": ("it", _m20_event_promo),
        "gift_sub": ("it", _m20_gift_sub),
        "masthead": ("t", _m20_masthead),
        "staff_box": ("ht", _m20_staff_box),
        "archive_note": ("h", _m20_archive_note),
        "accessibility": ("ht", _m20_accessibility),
        "subscribe_magazine": ("it", _m20_subscribe_magazine),
        "programme_info": ("h", _m20_programme_info),
        "cite_this": ("t", _m20_cite_this),
        "review_note": ("h", _m20_review_note),
        "contact_trade": ("t", _m20_contact_trade),
        "event_listing": ("t", _m20_event_listing),
        "pdf_download": ("it", _m20_pdf_download),
        "partner_content": ("h", _m20_partner_content),
        "trade_newsletter": ("it", _m20_trade_newsletter),
        "award_badge": ("t", _m20_award_badge),
        "jobs_board": ("t", _m20_jobs_board),
    }


BLIND5_TEMPLATES = {"nineteenth": _nineteenth_templates, "twentieth": _twentieth_templates}
