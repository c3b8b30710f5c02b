"""Two more blind noise splits ("thirtythird", "thirtyfourth") for the plain-text cleaner.

Why this module exists: every earlier split has been measured and then tuned against, so its score no longer says
how the cleaner does on noise it has never met.  These templates were written blind, by someone who did not read
the cleaner, its rules, its tests or its output on any split, from experience of what scrapers really pick up.
They use their own vocabulary and wordings (every person, handle, outlet, town, station, programme, firm, forum,
instance, tracker and URL is invented), and about half of the templates in each split are prose: full sentences,
12-50 words, that read like article text but are boilerplate or belong to other content (the hard case for a
line-level cleaner).

  thirtythird   social media and user-generated content inside news pages: embedded posts of X, Bluesky, Mastodon,
                Threads, Facebook, Instagram, TikTok and YouTube as a text extraction leaves them (post text about
                OTHER matters, "— Name (@handle) 3 March 2024" attributions, "pic.x.com/..." links, "View this post
                on Instagram" / "A post shared by ...", "♬ original sound", boost / favourite / like / repost / view
                counts, "Watch on YouTube", "Follow" buttons, "Read more on X"), embed-consent prose in new wordings
                and deleted / unavailable-post stubs, reply chains and quote posts, contributor-context notes and
                fact-check labels, reader comment sections (sort bars, usernames, timestamps, up / down votes,
                "Reply" / "Report", "Load 23 more replies", long top comments in prose about other things, comment
                policy and moderation prose), reader polls with results and poll-method prose, "Your questions
                answered" items, reader-submitted stories, user reviews with star ratings and review prose,
                reader-photo galleries with contributor credits, "send us your pictures" prose, phpBB-style forum
                posts, Q&A-site chrome and answers, "what people are saying online" round-ups and user-content
                disclaimers.
  thirtyfourth  broadcast and video news pages plus machine residue: availability and expiry lines, "Next on" and
                "On air now" strips, schedules with times, channels and access symbols, presenter / producer /
                crew credits, bulletin running orders and "also in tonight's programme" prose about other items,
                chapter markers with time codes, clip durations and view counts, autoplay and up-next rails, SRT
                and WebVTT subtitle cues and speaker-labelled transcript prose of OTHER segments, anchor intros and
                sign-offs, episode guides and synopses, video descriptions and "watch the full interview" prose,
                schedule-change, catch-up, presenter-bio, content-warning, editing-note and footage-rights prose,
                territory blocks in short and long wordings; and what leaks from page code and templates: JSON-LD
                and schema.org fragments, unrendered placeholders ({{author_name}}, %%DATE%%, [[embed:1234]]), HTML
                entity and tag leftovers, CSS and JavaScript snippets, tracking pixels and UTM-laden URLs, base64
                fragments, A/B-test and analytics strings, broadcast-CMS field labels, widget and player failure
                messages (short and as prose), no-script / old-browser prose, leaked SEO descriptions and lazy-load
                placeholders.

Templates have the format of bench/clean_noise.py: name -> (positions, fn), positions a string over "h" (head,
between title and body), "i" (inline, between body paragraphs) and "t" (tail); fn(rng, ctx) returns the lines of
one block ("" is a blank line inside the block).  ctx["headlines"] holds other articles' headlines (it may be empty,
hold one, or be missing); ctx may also carry "title" and "paragraphs", which these templates never use: no template
copies the article's own title or body text, so word-level scoring stays valid.  Only the rng passed in is used,
so a block is a pure function of the seed.

    from bench.noise_blind12 import BLIND12_TEMPLATES
    from bench.noise_unseen import make_noisy_glued
    text = make_noisy_glued(article, random.Random(7), BLIND12_TEMPLATES["thirtythird"](), headlines)
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

FIRST12 = ["Marisol", "Tobias", "Odette", "Rafferty", "Sunniva", "Idris", "Clemency", "Lachlan", "Philippa",
           "Caspian", "Ottilie", "Benedikt", "Saoirse", "Ravi", "Delphine", "Alaric", "Imogen", "Kwame", "Leonie",
           "Matthias", "Noor", "Peregrine", "Rosalind", "Tariq", "Wren", "Hester", "Joaquin", "Aurelia", "Declan",
           "Elspeth", "Fergus", "Greer", "Ishbel", "Magnus"]
LAST12 = ["Brackenbury", "Cattermole", "Delahunt", "Everingham", "Gorringe", "Haverstock", "Ingledew", "Jessop",
          "Kilbride", "Lovibond", "Merriweather", "Noakes", "Pettigrew", "Quayle", "Ravenscroft", "Stubbington",
          "Tresidder", "Umfreville", "Venables", "Wetherall", "Yallop", "Birtwistle", "Colquhoun", "Drinkwater",
          "Entwistle", "Frobisher", "Ashworth-Lyle", "Mountjoy"]
PLACES12 = ["Tollbrook", "Gullhaven", "Ashcombe Wick", "Brindlecombe", "Oxcarr", "Stowmere", "Pellworth Sands",
            "Kestrelford", "Easterholt", "Whinfell Cross", "Sandlebury", "Corrymoor", "Marrowby", "Quenby Marsh",
            "Ravensholt", "Lindenfold", "Saltcote Bay", "Fennick Green", "Droverton", "Upper Wrayle", "Cobbleford"]
OUTLETS12 = ["The Tollbrook Herald", "Gullhaven Gazette", "Kestrelford Courier", "The Stowmere Sentinel",
             "Easterholt Express", "Saltcote Bay Mercury", "The Corrymoor Packet", "Sandlebury Standard",
             "The Vale Lantern", "Marrowby Evening Bell", "The Lindenfold Ledger"]
STREETS12 = ["Chandlers", "Kiln", "Mustard Mill", "Ropewalk", "Glebe", "Tannery", "Pinfold", "Saltings", "Beacon",
             "Orchard", "Drovers", "Coastguard", "Malthouse", "Quarry"]
STREET_KINDS12 = ["Road", "Lane", "Street", "Close", "Crescent", "Way", "Rise", "Drive", "Gardens", "Mews"]
ALNUM12 = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
B64_12 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def _pair(rng: random.Random) -> tuple[str, str]:
    return rng.choice(FIRST12), rng.choice(LAST12)


def _person(rng: random.Random) -> str:
    first, last = _pair(rng)
    return f"{first} {last}"


def _first(rng: random.Random) -> str:
    return rng.choice(FIRST12)


def _place(rng: random.Random) -> str:
    return rng.choice(PLACES12)


def _outlet(rng: random.Random) -> str:
    return rng.choice(OUTLETS12)


def _domain(name: str) -> str:
    stem = "".join(ch for ch in name.lower().removeprefix("the ") if ch.isalnum())
    return stem + (".co.uk" if len(stem) % 3 else ".com")


def _street(rng: random.Random) -> str:
    return f"{rng.choice(STREETS12)} {rng.choice(STREET_KINDS12)}"


def _tok(rng: random.Random, n: int, alphabet: str = ALNUM12) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _slug(rng: random.Random) -> str:
    words = ["harbour", "gritting", "library", "bypass", "lifeboat", "allotments", "bus", "derby", "quarry", "pier",
             "carnival", "tip", "ferry", "potholes", "school", "surgery", "market", "floods", "pool", "lido"]
    return "-".join(rng.sample(words, rng.randint(2, 4)))


def _clock(rng: random.Random) -> str:
    h, m = rng.randint(1, 12), rng.randint(0, 59)
    return rng.choice([f"{h}:{m:02d}pm", f"{h}.{m:02d}am", _hhmm(rng), f"{h}:{m:02d} PM", f"{h}:{m:02d} AM"])


def _ago(rng: random.Random) -> str:
    n = rng.randint(1, 59)
    return rng.choice([f"{n}m", f"{rng.randint(1, 23)}h", f"{rng.randint(1, 6)}d", f"{n} minutes ago",
                       f"{rng.randint(2, 11)} hours ago", "an hour ago", "yesterday", f"{rng.randint(2, 9)} days ago",
                       f"{rng.randint(1, 4)}w"])


def _date(rng: random.Random, lo: int = 2019, hi: int = 2025) -> str:
    d, mo, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(lo, hi)
    month = MONTHS[mo - 1]
    return rng.choice([f"{d} {month} {y}", f"{month} {d}, {y}", f"{month[:3]} {d}, {y}", f"{d} {month[:3]} {y}",
                       f"{d:02d}/{mo:02d}/{y}"])


def _count(rng: random.Random) -> str:
    return rng.choice([str(rng.randint(2, 999)), f"{rng.randint(1, 99)}.{rng.randint(1, 9)}K",
                       f"{rng.randint(10, 999)}K", f"{rng.randint(1, 9)}.{rng.randint(0, 9)}M",
                       f"{rng.randint(1000, 99999):,}"])


# --- thirtythird: social media and user-generated content ---------------------------------------------------------

FALLBACK33 = ["Seafront shelter to be rebuilt after winter storms", "Parents object to new school drop-off rules",
              "Town's oldest pub changes hands for first time in 60 years", "Bus company scraps evening route",
              "Allotment holders face rent rise of 40 per cent", "Lido reopens after £2m restoration",
              "Residents split over plan for seafront wind turbine", "Rovers appoint former captain as manager"]
ORGS12 = [("Tollbrook Fire & Rescue", "TollbrookFire", "fire"), ("Gullhaven Borough Council", "GullhavenBC", "council"),
          ("Kestrelford Police", "KestrelfordPolice", "police"), ("Corrymoor Rail", "CorrymoorRail", "rail"),
          ("Saltcote Bay Lifeboat", "SaltcoteLifeboat", "lifeboat"), ("Stowmere Libraries", "StowmereLibs", "library"),
          ("Easterholt Rovers FC", "EasterholtFC", "club"), ("Vale Weather Watch", "ValeWeatherWatch", "weather"),
          ("Marrowby Health Trust", "MarrowbyHealth", "health"), ("Oxcarr Parish Council", "OxcarrPC", "council"),
          ("Brindlecombe Bakehouse", "brindlebakehouse", "bakery"), ("Lindenfold Highways", "LindenfoldRoads", "roads")]
INSTANCES12 = ["harbour.social", "toot.marrowby.net", "fen.town", "kestrel.online", "mstdn.saltcote.uk",
               "shire.zone"]
CLUBS12 = ["Easterholt Rovers", "Tollbrook Town", "Gullhaven Athletic", "Corrymoor United", "Kestrelford Wanderers",
           "Sandlebury Swifts"]
COMMENTERS12 = ["TollbrookTerry", "sandlebury_mum", "NotAnotherCyclist", "Gullhaven_Gaz", "Disgruntled of Oxcarr",
                "RealistRob71", "quietlane", "SeafrontSue", "old_stowmerian", "PlainSpeaker", "kestrel_kev",
                "WrayleWatcher", "Anonymous", "harbourlights", "Dave_from_the_Rise", "BusStopBetty", "moorwalker62"]
PUBS12 = ["the Crooked Anchor", "the Drovers Rest", "the Lamplighter", "the Salt & Sail", "the Weary Ferryman",
          "the Pinfold Arms"]


def _post_when(rng: random.Random) -> str:
    when = _date(rng)
    return rng.choice([when, f"{when} at {_hhmm(rng)}", f"{_clock(rng)} · {when}", when])


def _account(rng: random.Random) -> tuple[str, str, str]:
    """A poster: an invented organisation or a person with a handle made from their name, and what kind it is."""
    if rng.random() < 0.45:
        return rng.choice(ORGS12)
    first, last = _pair(rng)
    last = last.replace("-", "")
    handle = rng.choice([f"{first.lower()}{last.lower()[:5]}", f"{first}{last}", f"{first.lower()}_{last.lower()}",
                         f"{first.lower()}{rng.randint(1, 99)}",
                         f"{last.lower()}{first[0].lower()}{rng.randint(70, 99)}"])
    return f"{first} {last}", handle, "person"


def _hashtag(rng: random.Random) -> str:
    return "#" + rng.choice([_place(rng).replace(" ", ""), "StormWatch", "UpTheRovers", "ShopLocal", "LoveLibraries",
                             "BinDay", "RoadClosure", "LifeboatLaunch", "CommunitySpirit", "WeatherAware"])


def _post_text(rng: random.Random, kind: str = "") -> str:
    """The text of someone else's post, about other matters, in the voice of the kind of account that wrote it."""
    place, other, street = _place(rng), _place(rng), _street(rng)
    club, rival = rng.sample(CLUBS12, 2)
    texts = {
        "fire": [(f"Crews from {place} and {other} are currently dealing with a grass fire near {street}. Please avoid "
                  "the area and keep windows and doors closed."),
                 (f"Please don't have bonfires in this dry weather. We've been called to {rng.randint(3, 19)} garden "
                  f"fires in {place} since {rng.choice(WEEKDAYS)} alone.")],
        "council": [(f"Our gritters are heading out from the {place} depot now to treat all priority routes ahead of "
                     "freezing temperatures tonight. Please take care on untreated pavements 🧂❄️"),
                    (f"Thank you to everyone who came to the {place} food bank collection this morning – "
                     f"{rng.randint(40, 400)} crates donated! 💙")],
        "police": [(f"We're appealing for witnesses after a car was damaged on {street}, {place}, overnight. Call 101 "
                    f"quoting reference {rng.randint(100, 999)} of {rng.randint(1, 28)}/{rng.randint(1, 12)}.")],
        "rail": [(f"UPDATE: the {place} line has now reopened after the earlier signalling fault. Some trains may "
                  f"still be delayed by up to {rng.randint(10, 45)} minutes.")],
        "lifeboat": [(f"Lifeboat launched at {_hhmm(rng)} to reports of a paddleboarder in difficulty off {place}. "
                      "Casualty now safely ashore and checked over by paramedics.")],
        "club": [(f"FT: {club} {rng.randint(0, 5)}-{rng.randint(0, 5)} {rival}. Thanks for the noise, see you "
                  f"{rng.choice(WEEKDAYS)}!")],
        "library": [(f"Reminder: {place} library is closed on {rng.choice(WEEKDAYS)} for staff training. The mobile "
                     f"library will stop at {other} as usual.")],
        "weather": [(f"A yellow warning for rain covers {place} and {other} from {_hhmm(rng)} until midnight. Surface "
                     "water likely on the usual spots – check before you travel.")],
        "health": [(f"Our minor injuries unit at {place} is very busy this evening. If it isn't urgent, please "
                    "consider your local pharmacy or call the helpline first.")],
        "bakery": [(f"New sourdough just out of the oven and the queue is already out the door 😅 We're open till 2 "
                    f"today, {street}, {place}.")],
        "roads": [(f"Resurfacing on {street}, {place} starts {rng.choice(WEEKDAYS)} for five nights, 8pm to 6am. "
                   "Diversion signed via the coast road.")],
        "person": [(f"Genuinely cannot believe the state of the pavements on {street}. Third time this month I've "
                    "nearly gone over. Sort it out please"),
                   (f"Just drove through {place} and the queue for the tip is back to the roundabout again. Who "
                    "decided to close it on a bank holiday weekend?"),
                   f"Lovely sunrise over {place} harbour this morning. Worth the 5am alarm 🌅",
                   (f"MISSING: {rng.choice(['Bramble', 'Pepper', 'Mabel', 'Otis', 'Juno'])}, black and white collie, "
                    f"last seen near {place} woods on {rng.choice(WEEKDAYS)} evening. Please share 🙏"),
                   (f"Can anyone recommend a decent plumber in {place}? Boiler packed in and the first two I rang "
                    "can't come till next month.")],
    }
    text = rng.choice(texts.get(kind) or texts[rng.choice(sorted(texts))])
    if rng.random() < 0.3:
        text += " " + _hashtag(rng)
    return text


def _t33_x_post(rng: random.Random, ctx: dict) -> list[str]:
    name, handle, kind = _account(rng)
    text = _post_text(rng, kind)
    if rng.random() < 0.45:
        text += rng.choice([" ", "", " "]) + f"pic.x.com/{_tok(rng, 10)}"
    dash = rng.choice(["—", "-", "–", "— "])
    attrib = f"{dash} {name} (@{handle}) {_date(rng)}".replace("  ", " ")
    if rng.random() < 0.3:
        return [text + attrib]
    return [text, attrib]


def _t33_x_chrome(rng: random.Random, ctx: dict) -> list[str]:
    _, handle, _ = _account(rng)
    opts = [rng.choice([f"{_clock(rng)} · {_date(rng)}", f"{_hhmm(rng)} · {_date(rng)}"]),
            rng.choice([f"{_count(rng)} Views", f"{_count(rng)} views"]),
            rng.choice([f"{_count(rng)} Reposts", f"{_count(rng)} Quotes", f"♡ {_count(rng)}",
                        f"{_count(rng)} Likes"]),
            rng.choice(["Reply", "Copy link", "Copy link to post", "Post your reply"]),
            rng.choice([f"Read {rng.randint(2, 900)} replies", "Read more on X", "Explore what's happening on X"]),
            rng.choice([f"Follow @{handle}", "Follow", "+ Follow"])]
    return glue(rng, some(rng, opts, 2, 5), 0.5, ("  ", " · ", " ", ""))


def _t33_bluesky(rng: random.Random, ctx: dict) -> list[str]:
    name, handle, kind = _account(rng)
    handle = handle.lower() + rng.choice([".bsky.social", ".bsky.social", f".{_domain(_place(rng))}"])
    text = _post_text(rng, kind)
    when = f"{_date(rng)} at {_hhmm(rng)}"
    if rng.random() < 0.5:
        lines = [text, f"— {name} (@{handle}) {when}"]
        if rng.random() < 0.5:
            lines.insert(1, "[image or embed]")
        return lines
    opts = [f"{name} \u202a@{handle}\u202c", text, when,
            rng.choice([f"{rng.randint(1, 400)} likes · {rng.randint(1, 90)} reposts", "View on Bluesky",
                        "Open in Bluesky ↗",
                        f"💬 {rng.randint(0, 80)}  🔁 {rng.randint(0, 300)}  ♡ {_count(rng)}"])]
    return some(rng, opts, 2, 4)


def _t33_fediverse(rng: random.Random, ctx: dict) -> list[str]:
    """Mastodon and Threads embeds, which flatten to much the same shape."""
    name, handle, kind = _account(rng)
    handle = handle.lower()
    if rng.random() < 0.4:
        opts = [rng.choice([f"Post by @{handle}", handle, f"@{handle} · {_ago(rng)}"]),
                rng.choice(["View on Threads", "Open in Threads", "Threads"]),
                _post_text(rng, kind),
                rng.choice([f"{rng.randint(1, 999)} likes · {rng.randint(1, 99)} replies",
                            f"♡ {_count(rng)}  ↻ {rng.randint(1, 99)}", "Log in to see more replies"])]
        return some(rng, opts, 2, 4)
    inst = rng.choice(INSTANCES12)
    opts = [rng.choice([f"{name} @{handle}@{inst}", f"Post by @{handle}@{inst}", f"{name} boosted"]),
            _post_text(rng, kind),
            rng.choice([f"{_date(rng)}, {_hhmm(rng)}", _ago(rng), f"{_hhmm(rng)} · Edited"]),
            rng.choice([f"↺ {rng.randint(0, 300)}  ★ {rng.randint(0, 900)}", f"{rng.randint(1, 80)} boosts",
                        f"{rng.randint(1, 500)} favourites", f"↰ {rng.randint(0, 40)} ⇄ {rng.randint(0, 99)}"]),
            rng.choice(["View on Mastodon", f"View on {inst}", "Open post in new tab", "Show thread"])]
    return some(rng, opts, 2, 5)


def _t33_post_text_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A post whose card chrome was stripped, leaving only its words."""
    place, other = _place(rng), _place(rng)
    return [rng.choice([
        _post_text(rng),
        (f"We're aware of reports of a strong smell of gas in the {place} area this evening. Engineers are on site "
         "and there is no need to call us unless you are in immediate danger."),
        (f"Huge thanks to the {other} Scouts who spent their Saturday litter-picking along the beach at {place}. "
         f"{rng.randint(20, 90)} bags collected and one very old bicycle!"),
        (f"Due to staff sickness the {place} branch will open at 11am today rather than 9am. We're sorry for any "
         "inconvenience and thank you for your patience."),
        (f"Road closed both ways between {place} and {other} after a tree came down in the wind. Diversion in "
         "place via the coast road; expect delays for most of the afternoon."),
    ])]


def _t33_thread_prose(rng: random.Random, ctx: dict) -> list[str]:
    """Numbered posts of somebody's thread, embedded whole."""
    place = _place(rng)
    parts = [
        f"A thread on what happens to your recycling once it leaves the kerb in {place}, because we get asked a lot.",
        ("Everything collected goes to the sorting plant on the trading estate, where magnets and air jets split "
         "metals, plastics and paper."),
        "Glass is collected separately because broken glass contaminates paper and makes it impossible to sell on.",
        "The biggest problem is still food left in tubs and trays, so please give them a quick rinse first.",
        f"Questions? Reply below and the team will try to answer them all before {rng.choice(WEEKDAYS)}.",
    ]
    k = rng.randint(2, 4)
    start = rng.randint(0, len(parts) - k)
    style = rng.choice(["{n}/", "{n}/{k}", "({n})", "🧵 {n}."])
    return [f"{style.format(n=start + i + 1, k=len(parts))} {text}" for i, text in enumerate(parts[start:start + k])]


def _t33_instagram(rng: random.Random, ctx: dict) -> list[str]:
    name, handle, kind = _account(rng)
    handle = handle.lower()
    caption = _post_text(rng, kind)
    opts = ["View this post on Instagram",
            caption,
            rng.choice([f"A post shared by {name} (@{handle})", f"A post shared by @{handle}",
                        f"A post shared by {name} (@{handle}) on {_date(rng)}"]),
            rng.choice([f"{rng.randint(12, 9999):,} likes", f"View all {rng.randint(3, 400)} comments",
                        "Add a comment...", "View profile", f"{_count(rng)} followers"])]
    lines = some(rng, opts, 2, 4)
    if "View this post on Instagram" not in lines and rng.random() < 0.6:
        lines.insert(0, "View this post on Instagram")
    return lines


def _t33_facebook(rng: random.Random, ctx: dict) -> list[str]:
    name, _, kind = rng.choice(ORGS12)
    d, mo, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2019, 2025)
    opts = [rng.choice([f"Posted by {name} on {rng.choice(WEEKDAYS)}, {d} {MONTHS[mo - 1]} {y}", name,
                        f"{name} · {_ago(rng)} · 🌍"]),
            _post_text(rng, kind),
            rng.choice(["Like · Comment · Share", "Like  Comment  Share", "👍 Like   💬 Comment   ↪ Share"]),
            rng.choice([f"👍❤️ {_count(rng)}", f"{rng.randint(2, 900)} comments {rng.randint(2, 400)} shares",
                        f"You and {rng.randint(2, 900)} others"]),
            rng.choice(["See more", "View on Facebook", "Watch on Facebook", "Most relevant ▾"])]
    return glue(rng, some(rng, opts, 2, 5), 0.2)


def _t33_tiktok(rng: random.Random, ctx: dict) -> list[str]:
    _, handle, _ = _account(rng)
    handle = handle.lower()
    caption = rng.choice([f"POV: you live in {_place(rng)} and it's bin day again 😭",
                          f"the {_place(rng)} ferry in a force 7 hits different 🌊",
                          f"rating every chippy in {_place(rng)} part {rng.randint(2, 9)}",
                          f"day in the life of a {rng.choice(['lifeguard', 'baker', 'bus driver', 'vet nurse'])}",
                          f"nobody: / {_place(rng)} seagulls at 5am:"])
    tags = " ".join(rng.sample(["#fyp", "#foryou", "#uk", "#seaside", "#localtown", "#storytime", "#viral"], 3))
    opts = [f"@{handle}", f"{caption} {tags}",
            rng.choice([f"♬ original sound - {handle}", f"♬ original sound – {_first(rng)}",
                        f"♬ {rng.choice(['Harbour Lights', 'Slow Tide', 'Bin Day Blues'])} - {_person(rng)}"]),
            rng.choice(["Watch on TikTok", "Watch more on TikTok", f"{_count(rng)} views", "Open app"])]
    return some(rng, opts, 2, 4)


def _t33_youtube(rng: random.Random, ctx: dict) -> list[str]:
    chan = rng.choice([f"{_outlet(rng)}", f"{_place(rng)} Drone Views", f"{_person(rng)}", "ValeWeatherWatch"])
    title = rng.choice([_headline(rng, ctx, FALLBACK33), f"{_place(rng)} from above | 4K",
                        f"Walking tour of {_place(rng)} high street ({rng.randint(2019, 2025)})",
                        f"Storm waves at {_place(rng)} – full video"])
    opts = [title, chan,
            rng.choice(["Watch on YouTube", "Watch on", "▶ YouTube"]),
            rng.choice(["Watch later", "Share", "Copy link", "Info", "Shopping"]),
            rng.choice([f"{_count(rng)} views", f"{rng.randint(0, 59)}:{rng.randint(0, 59):02d}",
                        f"{rng.randint(1, 40)} subscribers"]),
            rng.choice(["More videos", "You're signed out", "Tap to unmute",
                        "If playback doesn't begin shortly, try restarting your device."])]
    return glue(rng, some(rng, opts, 2, 5), 0.35)


def _t33_consent_prose(rng: random.Random, ctx: dict) -> list[str]:
    plat = rng.choice(["X", "Bluesky", "Instagram", "TikTok", "YouTube", "Facebook", "Threads", "Mastodon"])
    first = rng.choice([
        f"We've hidden this {plat} post because you haven't agreed to third-party social media cookies.",
        f"To protect your privacy, this {plat} content only loads once you say so.",
        f"This piece of {plat} content is switched off under the cookie choices you made on this site.",
        f"Embedded {plat} material can set its own cookies and follow what you do online.",
        f"Your current settings mean we can't show you content supplied by {plat} here."])
    second = rng.choice([
        f"Choose 'Show anyway' to load it, or read the original directly on {plat}.",
        "You can change your mind at any time by opening Privacy settings at the bottom of the page.",
        f"{plat} may use your data for its own purposes once the content is loaded.",
        "Allowing it once will not change your choices for the rest of the site.",
        "Select 'Allow and continue' if you are happy for it to be shown on this page.",
    ])
    return [f"{first} {second}"]


def _t33_embed_gone(rng: random.Random, ctx: dict) -> list[str]:
    return [rng.choice(["This post is unavailable.", "This post was deleted by its author.",
                        "This post is from an account that no longer exists. Learn more",
                        "Sorry, this post isn't available any more", "Content unavailable", "Video unavailable",
                        "Media hidden – tap to load", "Sensitive content. Show?",
                        "This account's posts are protected",
                        "[embedded post could not be displayed]", "Post removed by moderators",
                        "The owner of this video has disabled playback on other websites"])]


def _t33_reply_chain(rng: random.Random, ctx: dict) -> list[str]:
    (n1, h1, kind), (n2, h2, _) = _account(rng), _account(rng)
    reply = rng.choice(["Absolutely spot on 👏", "Been saying this for years", "Any update on the 42 bus though?",
                        f"Same on {_street(rng)}, reported it twice", "Source?",
                        "This is why we can't have nice things",
                        "Thank you all, amazing work as always", "lol no", "Is the car park open?", "Shared 🔁"])
    lines = [f"{n1} @{h1} · {_ago(rng)}", _post_text(rng, kind), f"{n2} @{h2} · {_ago(rng)}",
             rng.choice([f"Replying to @{h1}", f"Replying to @{h1} and @{_account(rng)[1]}"]), reply]
    if rng.random() < 0.5:
        lines.append(rng.choice(["Show replies", "Show more replies", f"Show {rng.randint(2, 40)} more replies",
                                 "Show probable spam"]))
    return some(rng, lines, 3, len(lines))


def _t33_quote_post(rng: random.Random, ctx: dict) -> list[str]:
    (n1, h1, _), (n2, h2, kind) = _account(rng), _account(rng)
    comment = rng.choice(["This 👇", "Worth a read.", "Well this escalated.", "Can confirm, was there.",
                          f"Anyone else in {_place(rng)} seeing this?", "Big if true.", "Proud of this team ❤️"])
    lines = [comment, rng.choice(["Quote", "Quoting", f"Quote post from @{h2}"]), f"{n2} @{h2}", _post_text(rng, kind),
             f"— {n1} (@{h1}) {_date(rng)}"]
    return some(rng, lines, 3, 5)


def _t33_context_note_prose(rng: random.Random, ctx: dict) -> list[str]:
    place = _place(rng)
    y = rng.randint(2012, 2021)
    head = rng.choice(["Readers added context:", "Context from contributors:", "Community note:", "Added context —",
                       "Fact-check note:", ""])
    body = rng.choice([
        (f"The photo in this post was taken in {place} in {y}, not during this week's storm. It first appeared on "
         "a local photography forum and has been shared without credit since."),
        (f"{place} council has not announced any plan to close the library. The post refers to a consultation on "
         f"opening hours that ended in {y}."),
        ("The video is real but has been cut short. The full clip shows the driver stopping and apologising to the "
         "cyclist before both leave the scene."),
        (f"The figure quoted is for the whole county, not for {place} alone, and comes from a survey of "
         f"{rng.randint(300, 2000)} people carried out in {y}."),
        (f"This image has been digitally altered. The original, published by {_outlet(rng)}, shows no water on "
         "the road and was taken in the summer."),
    ])
    tail = rng.choice(["", " Do you find this helpful?", " Notes are written by contributors, not by this site."])
    return [f"{head} {body}{tail}".strip()]


def _t33_fact_label(rng: random.Random, ctx: dict) -> list[str]:
    opts = [rng.choice(["False information", "Partly false", "Missing context", "Altered photo or video",
                        "Satire", "Out of context"]),
            rng.choice(["Checked by independent fact-checkers", "Reviewed by contributors",
                        f"Checked by {_place(rng)} FactLine"]),
            rng.choice(["See why", "Learn more", "Rate it: Helpful · Somewhat · Not helpful", "Show post anyway"])]
    return glue(rng, some(rng, opts, 1, 3), 0.45)


def _t33_comments_head(rng: random.Random, ctx: dict) -> list[str]:
    n = rng.randint(2, 900)
    opts = [rng.choice([f"Comments ({n})", f"{n} comments", f"💬 {n}", "Comments", "Have your say",
                        "Reader comments"]),
            rng.choice(["Sort by: Newest ▾", "Best | Newest | Oldest", "Sort: Most liked", "Oldest first",
                        "Top rated ▾"]),
            rng.choice(["Join the conversation", "Log in to comment", "Sign in or register to comment",
                        f"{rng.randint(2, 90)} people are viewing this discussion", "Show comments ▾"]),
            rng.choice(["Commenting closes at 6pm", "Community guidelines", "Following", "🔔 Subscribe to replies"])]
    return glue(rng, some(rng, opts, 1, 4), 0.45)


def _t33_comment(rng: random.Random, ctx: dict) -> list[str]:
    user = rng.choice(COMMENTERS12)
    text = rng.choice([
        "Parking charges in town are a disgrace, no wonder the high street is dying.",
        f"Still waiting for someone to fix the streetlight on {_street(rng)}. Reported in March!!",
        f"{rng.choice(CLUBS12)} need a new manager, simple as.",
        "Another day, another roadworks sign. Wish they'd do them all at once.",
        f"Used to love {rng.choice(PUBS12)} before it changed hands.",
        "Who actually reads these comments anyway 😂",
        "Bins haven't been emptied in three weeks round our way.",
        "Good. About time.",
        "Totally agree with the above.",
        f"Try living in {_place(rng)}, we've had no bus since Easter.",
    ])
    head = rng.choice([user, f"{user} · {_ago(rng)}", f"{user}  {_date(rng)} {_hhmm(rng)}",
                       f"@{user.replace(' ', '')}"])
    foot = rng.choice([f"Reply · Report · ▲ {rng.randint(0, 99)} ▼ {rng.randint(0, 40)}", "Reply | Report",
                       f"👍 {rng.randint(0, 300)}  👎 {rng.randint(0, 60)}  Reply",
                       f"+{rng.randint(1, 80)} / -{rng.randint(0, 30)}", "Like  Reply  Share  Report", "Reply"])
    lines = [head, text, foot]
    if rng.random() < 0.35:
        return [f"{head} {text}", foot]
    return lines


def _t33_comment_reply_prose(rng: random.Random, ctx: dict) -> list[str]:
    to = rng.choice(COMMENTERS12).replace(" ", "")
    body = rng.choice([
        ("you're missing the point. Nobody is saying the old bridge was perfect, just that closing it for two years "
         "without a proper diversion was always going to hurt the shops."),
        ("with respect, I've run a business on that street for twenty years and footfall has been falling since long "
         "before the car park charges went up."),
        ("the meeting was advertised in the parish newsletter and on the noticeboard for a month, so it's a bit rich "
         "to say nobody was told."),
        ("I used to think the same until my mum needed the minor injuries unit at night and it was shut. It matters "
         "more than people realise."),
    ])
    return [rng.choice([f"@{to} {body}", f"Replying to {to}: {body[0].upper()}{body[1:]}", f"{to} — {body}"])]


def _t33_comment_prose(rng: random.Random, ctx: dict) -> list[str]:
    place = _place(rng)
    label = rng.choice(["", "", "Top comment: ", "Editor's pick: ", "Most liked: ",
                        f"{rng.choice(COMMENTERS12)} wrote: "])
    body = rng.choice([
        (f"I've lived in {place} for {rng.randint(12, 60)} years and the bus service has never been this bad. The "
         "47 used to run every twenty minutes; now you're lucky to see one an hour, and nobody at the depot answers."),
        ("Everyone complains about the council but how many of you actually voted in May? Turnout in our ward was "
         "under a third. If you want things to change, turn up."),
        (f"The new cycle lane on {_street(rng)} is a waste of money. I've driven down there every day for a month "
         "and seen maybe three bikes, while the queues at the lights are twice as long."),
        (f"Honestly the best thing about {place} is still the people. When our roof came off in the storm last "
         "year the neighbours were round with tarpaulins before the insurance had even picked up the phone."),
        (f"Can we talk about the state of the footpath along the river at {place}? Half of it has been fenced off "
         "since the winter and there's still no sign of anyone coming to repair it."),
        (f"My daughter works at {place} surgery and the abuse receptionists get is shocking. They don't decide how "
         "many appointments there are, so please be kind to them."),
    ])
    return [label + body]


def _t33_more_replies(rng: random.Random, ctx: dict) -> list[str]:
    n = rng.randint(2, 60)
    return [rng.choice([f"Load {n} more replies", f"View {n} replies", f"Show {n} more comments", "Hide replies ▲",
                        "Continue reading comments ›", "Load more", "1 new comment – click to show",
                        f"See all {n * 7} comments", f"↳ {n} replies", "View previous replies"])]


def _t33_comment_policy_prose(rng: random.Random, ctx: dict) -> list[str]:
    outlet = _outlet(rng)
    first = rng.choice([
        f"Comments on {outlet} are reviewed by our moderators, usually within a few hours of being posted.",
        "We want this to be a space for lively but respectful discussion among readers.",
        "Please keep your comments relevant to the story and remember that real people will read them.",
        f"Readers must be registered with {outlet} and over the age of 16 to take part in discussions.",
        "By posting you agree to our community standards and confirm the comment is your own work."])
    second = rng.choice([
        "Personal attacks, spam and anything that could prejudice a court case will be removed.",
        "We may suspend accounts that repeatedly break the rules, without warning.",
        f"If you see a comment that breaks our rules, use the Report link or email mods@{_domain(outlet)}.",
        "Views expressed in the comments are those of readers and not of the newspaper.",
        "Comments are normally open for 48 hours after a story is published.",
    ])
    return [f"{first} {second}"]


def _t33_moderation_prose(rng: random.Random, ctx: dict) -> list[str]:
    return [rng.choice([
        ("This comment has been removed by a moderator because it did not meet our community guidelines. Replies to it "
         "may also have been hidden."),
        ("Comments on this story have been switched off for legal reasons, because the case is still before the "
         "courts. We are sorry for any inconvenience."),
        (f"We've closed comments on this article after receiving a large number of reports. You can still share "
         f"your views on our other stories about {rng.choice(TOPICS).lower()}."),
        ("Your comment has been received and will appear once it has been checked by a member of our team. This "
         "usually takes less than a day at weekends."),
        ("This discussion is now closed. Thank you to everyone who took part; the most liked comments will stay "
         "visible beneath the article."),
    ])]


def _t33_poll(rng: random.Random, ctx: dict) -> list[str]:
    place = _place(rng)
    q, answers = rng.choice([
        (f"Should {place} bring in a 20mph limit on all residential roads?", ["Yes", "No", "Not sure"]),
        ("How often do you use your local library?", ["Every week", "A few times a year", "Never"]),
        (f"Will you be going to the {place} Christmas market this year?", ["Definitely", "Maybe", "No"]),
        (f"Should {rng.choice(CLUBS12)} sack the manager?", ["Yes, now", "Give him till Christmas", "No"]),
        ("Would you pay more council tax to keep the lido open?", ["Yes", "No", "Depends how much"]),
    ])
    cuts = sorted(rng.sample(range(1, 100), len(answers) - 1))
    shares = [b - a for a, b in zip([0, *cuts], [*cuts, 100], strict=True)]
    head = rng.choice(["POLL", "Reader poll", "Have your say", "Quick vote", "📊 Poll", ""])
    form = rng.choice(["{a} {s}%", "{a} – {s}%", "{s}% {a}", "{a}\t{s}%", "{a} ({s}%)"])
    rows = [form.format(a=a, s=s) for a, s in zip(answers, shares, strict=True)]
    foot = rng.choice([f"{rng.randint(40, 9000):,} votes", "Poll closed", f"Total votes: {rng.randint(40, 9000)}",
                       "Vote ›", "See results", f"Poll ends {_date(rng)}"])
    lines = [ln for ln in [head, q, *rows, foot] if ln]
    return glue(rng, lines, 0.2, ("  ", " ", " | "))


def _t33_poll_prose(rng: random.Random, ctx: dict) -> list[str]:
    first = rng.choice([
        "This poll is not scientific and reflects only the views of readers who chose to vote.",
        "Results are updated every few minutes and may not add up to 100 per cent because of rounding.",
        f"More than {rng.randint(2, 40)},000 readers took part in last week's poll on {rng.choice(TOPICS).lower()}.",
        "You can vote once per device, and the poll closes at midnight on Sunday.",
        "Our reader polls are a bit of fun and should not be read as a measure of public opinion."])
    second = rng.choice([
        "We do not store any personal information when you take part.",
        "The results will be published in Saturday's paper alongside a selection of your comments.",
        f"Last time, {rng.randint(51, 88)} per cent said they would back the plan if it came to a vote.",
        "If you would like to suggest a question for a future poll, get in touch with the newsdesk.",
        "Votes from automated accounts are removed before the final figures are shown.",
    ])
    return [f"{first} {second}"]


def _t33_questions_answered(rng: random.Random, ctx: dict) -> list[str]:
    who, place = _first(rng), _place(rng)
    q, a = rng.choice([
        ("Will my bin collection change over the Easter weekend?",
         ("Collections run a day late throughout the week after the bank holiday, so if your bins normally go out on "
          "Monday, put them out on Tuesday instead.")),
        ("Can I still use my old bus pass after the end of the month?",
         ("Old-style passes will be accepted on all routes until the end of the year, but you should apply for a "
          "replacement card online or at any library before then.")),
        (f"Is the riverside footpath at {place} open again after the landslip?",
         ("Only the northern section has reopened; the stretch between the weir and the footbridge stays closed "
          "while engineers finish stabilising the bank.")),
        ("Do I need a permit to put a skip outside my house?",
         ("Yes, if it sits on the road or pavement. The hire company usually applies on your behalf, and it takes "
          "around five working days to come through.")),
    ])
    ask = rng.choice([f"{who} from {place} asks: {q}", f"{who}, {place}, asks: {q}", f"Q: {q} ({who}, {place})"])
    lines = [ask, rng.choice(["", "A: ", "Answer: "]) + a]
    if rng.random() < 0.3:
        lines.insert(0, rng.choice(["Your questions answered", "YOU ASKED, WE ANSWERED", "Reader Q&A"]))
    return lines


def _t33_reader_story_prose(rng: random.Random, ctx: dict) -> list[str]:
    who, place, age = _first(rng), _place(rng), rng.randint(19, 88)
    body = rng.choice([
        (f"My father worked at the {place} brickworks for forty years and I still have his tin lunchbox. It's "
         "strange to drive past now and see the site turned into a retail park."),
        (f"We moved to {place} during lockdown knowing nobody. The parkrun on Saturday mornings changed that "
         "completely, and now half our friends are people we met at the finish line."),
        (f"I was the last person to be born at the old {place} cottage hospital before it closed, and every year "
         "on my birthday the midwife who delivered me still sends a card."),
        (f"Our street in {place} has run a lending shelf outside number {rng.randint(2, 90)} for three years. "
         "People leave books, seeds and jigsaws, and nothing has ever gone missing."),
    ])
    intro = rng.choice([f"{who}, {age}, from {place}, told us: ", f"Sent in by {who} in {place}: ", "Your stories: ",
                        f"Reader {who} writes: ", ""])
    return [f"{intro}\"{body}\"" if intro else body]


def _t33_user_reviews(rng: random.Random, ctx: dict) -> list[str]:
    score = rng.randint(20, 50) / 10
    full = int(score)
    stars = "★" * full + "☆" * (5 - full)
    opts = [rng.choice(["Customer reviews", "Reader reviews", "What visitors say", "Reviews"]),
            rng.choice([f"{stars} {score} ({rng.randint(3, 2400):,} reviews)", f"{score} out of 5",
                        f"Rated {score}/5 by {rng.randint(3, 900)} people", stars]),
            rng.choice(["Verified visit", "Verified purchase", f"Reviewed on {_date(rng)}", f"Visited {_ago(rng)}"]),
            rng.choice([f"Was this helpful? Yes ({rng.randint(0, 90)}) No ({rng.randint(0, 20)})",
                        f"👍 {rng.randint(0, 90)} found this helpful", "Report review"]),
            rng.choice(["Write a review", "Sort: Most helpful ▾", "See all reviews ›", "Filter by rating"])]
    return glue(rng, some(rng, opts, 2, 4), 0.35)


def _t33_review_prose(rng: random.Random, ctx: dict) -> list[str]:
    pub, place = rng.choice(PUBS12), _place(rng)
    stars = rng.choice(["★★★★★ ", "★★☆☆☆ ", "5/5 ", "1 star. ", "", "★★★★☆ "])
    body = rng.choice([
        (f"Brilliant Sunday roast at {pub} in {place}. The staff couldn't do enough for us and the portions were "
         "huge, although parking on a match day was a nightmare."),
        (f"Stayed two nights at a guesthouse in {place} for a wedding. Room was spotless and breakfast was "
         "excellent, but the walls are thin and the seagulls start at dawn."),
        (f"Ordered a birthday cake from a bakery in {place} and it arrived with the wrong name on it. They "
         "refunded us straight away, to be fair, but it rather spoiled the party."),
        (f"Took the grandchildren to the soft play in {place}. Clean, friendly and good coffee for the adults, "
         "but at £9 a child for ninety minutes it isn't cheap."),
    ])
    sign = rng.choice(["", f" — {_first(rng)}, {_place(rng)}", f" ({rng.choice(COMMENTERS12)})"])
    return [f"{stars}{body}{sign}"]


def _t33_review_reply_prose(rng: random.Random, ctx: dict) -> list[str]:
    owner = rng.choice(["Response from the owner", "Reply from the management", "Owner replied", "Business response"])
    body = rng.choice([
        ("Thank you for taking the time to leave a review. We're sorry your visit didn't live up to expectations, "
         "and we'd love the chance to put things right, so please get in touch."),
        ("Thanks so much for the lovely words! The team were delighted to read this, and we hope to welcome you "
         "back again soon, maybe for our new autumn menu."),
        ("We have looked into this and our records show the booking was cancelled the day before. We've sent you "
         "a private message with the details and hope we can sort it out."),
    ])
    return [rng.choice([f"{owner}: {body}", f"{owner} ({_ago(rng)}) — {body}", body])]


def _t33_reader_gallery(rng: random.Random, ctx: dict) -> list[str]:
    n = rng.randint(8, 40)
    subject = rng.choice(["Frost on the fields", "A heron on the mill pond", "Sunset over the pier",
                          "Snowdrops in the churchyard", "The harbour at low tide", "Fog rolling over the moor"])
    who, place = _person(rng), _place(rng)
    opts = [rng.choice(["Your pictures", "Readers' photos", "📷 Your snaps", "Camera club: this week's best"]),
            rng.choice([f"{subject} near {place}", f"{subject}, {place}"]),
            rng.choice([f"Picture: {who}", f"📷 {who}", f"Photo: {who}, {place}", f"Sent in by {who}",
                        f"Credit: {who} / reader"]),
            rng.choice([f"Photo {rng.randint(1, n)} of {n}", f"{rng.randint(1, n)}/{n}", "◀ Previous | Next ▶"]),
            rng.choice(["Submit your photo", "Upload yours ›", "Enter our photo of the week"])]
    return glue(rng, some(rng, opts, 2, 5), 0.3)


def _t33_gallery_caption_prose(rng: random.Random, ctx: dict) -> list[str]:
    who, place = _person(rng), _place(rng)
    return [rng.choice([
        (f"Reader {who} captured this view of the harbour at {place} just after dawn on {rng.choice(WEEKDAYS)}, as "
         "the fishing boats headed out past the lighthouse."),
        (f"This week's winning picture comes from {who}, who spotted a family of otters on the river at {place} "
         "while walking the dog early one morning."),
        (f"{who} sent us this photograph of the first snow on the hills above {place}, taken from the car park of "
         "the village hall."),
        (f"A kingfisher perched on a branch by the canal at {place}, photographed by {who}, who says it took "
         f"{rng.randint(3, 40)} visits to get the shot."),
    ])]


def _t33_send_pictures_prose(rng: random.Random, ctx: dict) -> list[str]:
    outlet, place = _outlet(rng), _place(rng)
    first = rng.choice([
        f"Send us your pictures of {place} and the surrounding area, and the best will appear in our weekly gallery.",
        "Do you have a photo you're proud of?",
        f"We love seeing your pictures of wildlife, weather and life around {place}.",
        f"If you were at the {place} carnival this weekend, we would like to see your photos.",
        "Got a picture or video of something happening near you?"])
    second = rng.choice([
        f"Email them to pictures@{_domain(outlet)} with your name and where the image was taken.",
        "Please make sure you own the image and that anyone in it is happy for it to be published.",
        "By sending us your photo you give us permission to use it in print and online, with credit.",
        "Never put yourself or anyone else in danger to take a photograph.",
        f"Upload it using the form on our website or message {outlet} on social media.",
    ])
    return [f"{first} {second}"]


def _t33_forum_post(rng: random.Random, ctx: dict) -> list[str]:
    user = rng.choice(COMMENTERS12).replace(" ", "_")
    topic = rng.choice(["Parking on Chandlers Lane", f"Best chippy in {_place(rng)}?", "New houses on the quarry site",
                        "Noise from the bypass at night", "Anyone else lost power last night?",
                        f"{rng.choice(CLUBS12)} match thread"])
    d, mo, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2009, 2025)
    text = rng.choice([
        "We had the same problem two years ago and the only thing that worked was writing to the councillor directly.",
        "Tried the one by the station last week, chips were cold and the batter was soggy. Not going back.",
        "Has anyone actually seen the plans? I heard it's 200 houses and no new school places at all.",
        "It's the lorries using it as a cut-through after 11pm, you can feel the windows shake.",
        "Ours went off at about 9 and came back just after midnight, the whole of the Rise was out.",
    ])
    opts = [f"Re: {topic}",
            rng.choice([f"Post by {user} » {rng.choice(WEEKDAYS)[:3]} {MONTHS[mo - 1][:3]} {d}, {y} {_clock(rng)}",
                        f"by {user} » {d:02d}/{mo:02d}/{y}, {_hhmm(rng)}", f"#{rng.randint(2, 400)} {user}"]),
            text,
            rng.choice([f"Posts: {rng.randint(3, 9999):,}", f"Joined: {MONTHS[mo - 1][:3]} {y - rng.randint(0, 9)}",
                        f"Location: {_place(rng)}", "Quote", "Top", "Report post"])]
    return some(rng, opts, 2, 4)


def _t33_qa_chrome(rng: random.Random, ctx: dict) -> list[str]:
    opts = [rng.choice([f"Asked {rng.randint(2, 11)} years ago", f"asked {_date(rng, 2012, 2024)} at {_hhmm(rng)}"]),
            rng.choice([f"Modified {rng.randint(1, 11)} months ago", "Active today", f"edited {_date(rng)}"]),
            rng.choice([f"Viewed {rng.randint(1, 90)}k times", f"{rng.randint(1, 40)} Answers"]),
            rng.choice(["Sorted by: Highest score (default)", "✓ Accepted answer", f"▲ {rng.randint(0, 300)} ▼"]),
            rng.choice(["Share Improve this answer Follow", "Add a comment", "Share Cite Follow", "Flag"])]
    return glue(rng, some(rng, opts, 2, 5), 0.4, (" ", "  ", " | "))


def _t33_qa_answer_prose(rng: random.Random, ctx: dict) -> list[str]:
    body = rng.choice([
        ("You don't need a permit for a skip on your own driveway, but if it goes on the road you'll need one from "
         "the council, and it usually takes about a week to come through."),
        ("Speaking as a former parish clerk: the minutes have to be published within a month, so if they aren't on "
         "the website ask the clerk in writing and they are obliged to reply."),
        (f"I had exactly this with my landlord in {_place(rng)}. The deposit has to be protected within thirty "
         "days, and if it wasn't you can claim up to three times the amount back."),
        ("The tide tables on the harbour website are for the outer pier, so add about twenty minutes if you're "
         "launching from the slipway further up the estuary."),
    ])
    sign = rng.choice(["", f" – answered by {rng.choice(COMMENTERS12)}", " (edited for typos)"])
    return [body + sign]


def _t33_follow_line(rng: random.Random, ctx: dict) -> list[str]:
    outlet = _outlet(rng)
    _, handle, _ = _account(rng)
    return [rng.choice([f"Follow @{handle}", f"Follow {outlet} on Bluesky", f"Follow us on Threads @{_domain(outlet)}",
                        "+ Follow", "Follow", f"Follow {_person(rng)} on X", "Subscribe 🔔",
                        f"Find us on Mastodon: @news@{rng.choice(INSTANCES12)}", "Follow · Message"])]


def _t33_ugc_disclaimer_prose(rng: random.Random, ctx: dict) -> list[str]:
    outlet = _outlet(rng)
    return [rng.choice([
        (f"This content was sent in by a reader and has not been independently verified by {outlet}. If you "
         "believe it is inaccurate or infringes your rights, please contact us."),
        ("Posts embedded in this article come from public social media accounts. We have contacted the authors "
         "for permission where possible, and the views expressed are their own."),
        ("Reader stories are lightly edited for length and clarity. Names have sometimes been changed at the "
         "contributor's request, and we do not pay for submissions."),
        (f"{outlet} is not responsible for the content of external sites or for posts that are later edited or "
         "deleted by the people who wrote them."),
    ])]


def _t33_reaction_roundup_prose(rng: random.Random, ctx: dict) -> list[str]:
    place, other = _place(rng), _place(rng)
    return [rng.choice([
        (f"People on social media have been sharing pictures of the queues outside the new bakery in {place}, with "
         "one user joking that it was busier than the January sales."),
        (f"Online, fans of {rng.choice(CLUBS12)} have been divided over the new away kit, with some calling it "
         "the best in years and others comparing it to a hospital curtain."),
        (f"Here's how people online have reacted to the news that the {other} pier will stay closed for another "
         "summer, with many saying it is the heart of the town."),
        (f"One post about the seagull that steals chips on {place} seafront has been viewed more than "
         f"{rng.randint(2, 9)} million times, and the bird now has its own fan account."),
    ])]


def _t33_reactions(rng: random.Random, ctx: dict) -> list[str]:
    return [rng.choice([f"💬 {rng.randint(0, 90)} 🔁 {rng.randint(0, 400)} ❤️ {_count(rng)}",
                        f"{rng.randint(2, 90)} replies {rng.randint(2, 400)} reposts {_count(rng)} likes",
                        f"↺ {rng.randint(1, 200)}  ★ {rng.randint(1, 900)}",
                        f"Like ({_count(rng)}) Comment ({rng.randint(1, 200)}) Share",
                        f"❤ {rng.randint(100, 9999):,} ⋅ 💬 {rng.randint(1, 400)}",
                        f"{_count(rng)} Likes{_count(rng)} Reposts{rng.randint(1, 99)} Bookmarks"])]


def _thirtythird_templates() -> dict[str, tuple[str, Template]]:
    """Social media and user-generated content inside news pages."""
    return {
        "x_post": ("hi", _t33_x_post),
        "x_chrome": ("it", _t33_x_chrome),
        "bluesky": ("i", _t33_bluesky),
        "fediverse": ("i", _t33_fediverse),
        "post_text_prose": ("i", _t33_post_text_prose),
        "thread_prose": ("i", _t33_thread_prose),
        "instagram": ("i", _t33_instagram),
        "facebook": ("it", _t33_facebook),
        "tiktok": ("i", _t33_tiktok),
        "youtube": ("hit", _t33_youtube),
        "consent_prose": ("hi", _t33_consent_prose),
        "embed_gone": ("hi", _t33_embed_gone),
        "reply_chain": ("i", _t33_reply_chain),
        "quote_post": ("i", _t33_quote_post),
        "context_note_prose": ("i", _t33_context_note_prose),
        "fact_label": ("i", _t33_fact_label),
        "comments_head": ("ht", _t33_comments_head),
        "comment": ("t", _t33_comment),
        "comment_prose": ("t", _t33_comment_prose),
        "comment_reply_prose": ("t", _t33_comment_reply_prose),
        "more_replies": ("t", _t33_more_replies),
        "comment_policy_prose": ("t", _t33_comment_policy_prose),
        "moderation_prose": ("t", _t33_moderation_prose),
        "poll": ("it", _t33_poll),
        "poll_prose": ("it", _t33_poll_prose),
        "questions_answered": ("it", _t33_questions_answered),
        "reader_story_prose": ("it", _t33_reader_story_prose),
        "user_reviews": ("it", _t33_user_reviews),
        "review_prose": ("it", _t33_review_prose),
        "review_reply_prose": ("it", _t33_review_reply_prose),
        "reader_gallery": ("hi", _t33_reader_gallery),
        "gallery_caption_prose": ("i", _t33_gallery_caption_prose),
        "send_pictures_prose": ("it", _t33_send_pictures_prose),
        "forum_post": ("it", _t33_forum_post),
        "qa_chrome": ("it", _t33_qa_chrome),
        "qa_answer_prose": ("it", _t33_qa_answer_prose),
        "follow_line": ("hit", _t33_follow_line),
        "ugc_disclaimer_prose": ("hit", _t33_ugc_disclaimer_prose),
        "reaction_roundup_prose": ("i", _t33_reaction_roundup_prose),
        "reactions": ("hit", _t33_reactions),
    }


# --- thirtyfourth: broadcast and video pages; machine residue -----------------------------------------------------

FALLBACK34 = ["Drivers warned of delays as bridge repairs begin", "Hospital trust names new chief executive",
              "Holiday park plan rejected after 300 objections", "Fishing fleet stays in port as gales continue",
              "Village shop saved by community buy-out", "Former quarry to become nature reserve",
              "Teachers in three schools vote to strike", "Cricket club's pavilion destroyed by fire"]
CHANNELS12 = ["Northline One", "Northline Two", "Channel Vega", "Meridale TV", "Harbourside 24"]
RADIO12 = ["Ferrow FM", "Radio Kestrel", "Saltcote Sound", "Meridale Radio 2", "Vega Talk"]
STREAMERS12 = ["Northline Play", "VegaNow", "Meridale+", "Ferrow Sounds"]
PROGRAMMES12 = ["The Evening Report", "Coast Tonight", "Six Counties", "Field and Furrow", "The Late Desk",
                "Street Level", "Weekend Watch", "Open Line", "The Sunday Table", "Market Day", "Rail and Road",
                "Nightcap", "Shore to Shore"]
INDIES12 = ["Mossbank Media", "Tidewrack Films", "Lantern Yard Productions", "Greyfriar Pictures"]
TRACKERS12 = ["beacon.stathollow.io", "t.clickmere.net", "metrics.pulsewick.com", "px.tallyfern.com",
              "collect.adlark.io"]
SONGS12 = [("The Drift Lines", "Harbour Wall"), ("Mary Quell", "Slow Boat Home"), ("Kestrel Park", "Neon Pier"),
           ("Oona Fairweather", "Salt in the Wind"), ("The Weir Brothers", "Long Road North")]


def _channel(rng: random.Random) -> str:
    return rng.choice(CHANNELS12)


def _programme(rng: random.Random) -> str:
    return rng.choice(PROGRAMMES12)


def _tc(rng: random.Random, max_min: int = 59) -> str:
    return f"{rng.randint(0, max_min):02d}:{rng.randint(0, 59):02d}"


def _segment(rng: random.Random) -> str:
    """A one-line item from some other bulletin."""
    place, other = _place(rng), _place(rng)
    return rng.choice([f"Flood defences finished at {place}", "Ferry crews balloted over pay",
                       f"{rng.choice(CLUBS12)} sign a new striker", f"Night buses return to {place}",
                       f"Protest over {other} maternity unit", "Weather: frost then sunshine",
                       f"The {place} sheepdog trials", f"Sea wall repairs at {other}",
                       f"Teenage chess champion from {place}",
                       f"Traffic: roadworks on the {place} bypass", f"Tributes to a {other} lollipop man",
                       f"House prices in {place}"])


def _t34_availability(rng: random.Random, ctx: dict) -> list[str]:
    opts = [rng.choice([f"Available for {rng.randint(2, 29)} days", "Available for over a year",
                        f"Available until {_hhmm(rng)}, {_date(rng)}", f"Expires in {rng.randint(1, 9)} days",
                        "Not currently available", "Available now", "Leaving soon"]),
            rng.choice([f"First shown: {_date(rng)}, {_clock(rng)}", f"Broadcast {rng.choice(WEEKDAYS)} {_clock(rng)}",
                        f"Repeated {rng.choice(WEEKDAYS)} at {_hhmm(rng)}", f"{_channel(rng)}, {_date(rng)}"]),
            rng.choice([f"{rng.randint(10, 90)} mins", f"{rng.randint(1, 2)}h {rng.randint(1, 59)}m",
                        f"Duration: {rng.randint(10, 59)} minutes"]),
            rng.choice(["S AD SL", "[S]", "Subtitles", "Audio described", "Signed version available", "HD"])]
    return glue(rng, some(rng, opts, 1, 4), 0.5, (" | ", "  ", " · ", " "))


def _t34_next_on(rng: random.Random, ctx: dict) -> list[str]:
    artist, song = rng.choice(SONGS12)
    opts = [rng.choice([f"Next on {_channel(rng)}: {_hhmm(rng)} {_programme(rng)}", f"Coming up: {_programme(rng)}",
                        f"Later on {_channel(rng)}", f"Up next at {_hhmm(rng)} · {_programme(rng)}"]),
            rng.choice([f"On now: {_programme(rng)}", f"On air now: {_programme(rng)} with {_person(rng)}",
                        f"LIVE ● {rng.choice(RADIO12)}", f"Now playing: {artist} – {song}"]),
            rng.choice(["Listen live ▶", "Watch live", "Full schedule ›", "TV guide", "Switch station ▾"])]
    return glue(rng, some(rng, opts, 1, 3), 0.45)


def _t34_schedule(rng: random.Random, ctx: dict) -> list[str]:
    start = rng.randint(6, 20) * 60
    lines = [rng.choice(["Schedule", f"{_channel(rng)} – {rng.choice(WEEKDAYS)}", "What's on today", "TV guide",
                         f"{rng.choice(RADIO12)} schedule", ""])]
    form = rng.choice(["{t} {p}{m}", "{t}  {p}{m}", "{t} – {p}{m}", "{t}\t{p}{m}"])
    for prog in rng.sample(PROGRAMMES12, rng.randint(3, 6)):
        start += rng.choice([15, 30, 30, 60, 90])
        t = f"{(start // 60) % 24:02d}:{start % 60:02d}"
        mark = rng.choice(["", "", " [S]", " [AD]", " [S,HD]", " (R)", " NEW", " 🔴 LIVE"])
        lines.append(form.format(t=t, p=prog, m=mark))
    return [ln for ln in lines if ln]


def _t34_credits(rng: random.Random, ctx: dict) -> list[str]:
    roles = ["Presenter", "Producer", "Series producer", "Editor", "Director", "Executive producer", "Camera",
             "Sound", "Graphics", "Reporter", "Researcher", "Assistant producer"]
    lines = [rng.choice([f"{r}: {_person(rng)}", f"{r} – {_person(rng)}", f"{r.upper()} {_person(rng).upper()}"])
             for r in rng.sample(roles, rng.randint(2, 5))]
    if rng.random() < 0.4:
        lines.append(rng.choice([f"A {rng.choice(INDIES12)} production for {_channel(rng)}",
                                 f"{rng.choice(INDIES12)} for {_channel(rng)} © {rng.randint(2018, 2025)}",
                                 f"Produced by {rng.choice(INDIES12)}"]))
    return glue(rng, lines, 0.25, (" | ", "; ", "  "))


def _t34_running_order(rng: random.Random, ctx: dict) -> list[str]:
    head = rng.choice(["In this bulletin", "In tonight's programme", "Running order", "In this episode",
                       "On the programme"])
    form = rng.choice(["clock", "bullet", "dur", "plain"])
    mm, rows = 0, []
    for _ in range(rng.randint(3, 5)):
        item = _segment(rng)
        mm += rng.randint(1, 6)
        rows.append({"clock": f"{mm:02d}:{rng.randint(0, 59):02d} {item}", "bullet": f"• {item}",
                     "dur": f"{item} ({rng.randint(1, 4)}'{rng.randint(0, 59):02d}\")", "plain": item}[form])
    return [head, *rows]


def _t34_chapters(rng: random.Random, ctx: dict) -> list[str]:
    labels = ["Intro", "The headlines", "Weather", "Sport", f"Interview: {_person(rng)}", "Your messages",
              f"On location in {_place(rng)}", "What's coming up", "Outro", "Panel discussion", "Travel news"]
    picked = [labels[0], *rng.sample(labels[1:], rng.randint(2, 5))]
    form = rng.choice(["{m:02d}:{s:02d} {lab}", "{m}:{s:02d} - {lab}", "({m:02d}:{s:02d}) {lab}", "{m}:{s:02d} {lab}"])
    secs = 0
    lines = [rng.choice(["Chapters", "Timestamps:", "In this video:", "CHAPTERS", ""])]
    for lab in picked:
        lines.append(form.format(m=secs // 60, s=secs % 60, lab=lab))
        secs += rng.randint(40, 600)
    return [ln for ln in lines if ln]


def _t34_clip_meta(rng: random.Random, ctx: dict) -> list[str]:
    m, s = rng.randint(0, 14), rng.randint(0, 59)
    opts = [rng.choice([f"Video, 00:{m:02d}:{s:02d}", f"▶ {m}:{s:02d}", f"Duration {m}:{s:02d}",
                        f"Clip · {m + 1} min", f"Watch: {m + 1} mins", f"PT{m}M{s}S"]),
            rng.choice([f"{_count(rng)} views", f"Published {_ago(rng)}", f"Uploaded {_date(rng)}", "Clip"]),
            rng.choice(["Video", "Watch", "Play", "🎥", "From the programme"])]
    return glue(rng, some(rng, opts, 1, 3), 0.55, (" | ", " · ", "  ", ""))


def _t34_autoplay_rail(rng: random.Random, ctx: dict) -> list[str]:
    lines = [rng.choice(["Up next", "UP NEXT", "Next video", "More videos", "Watch next"])]
    if rng.random() < 0.5:
        lines.append(rng.choice(["Autoplay ●", "Autoplay is on", "Autoplay: Off",
                                 f"Playing in {rng.randint(3, 10)}…", "Cancel"]))
    for h in _headlines(rng, ctx, FALLBACK34, rng.randint(1, 4)):
        dur = f"{rng.randint(0, 9)}:{rng.randint(0, 59):02d}"
        lines.append(rng.choice([f"{h} {dur}", f"{dur} {h}", h, f"▶ {h} ({dur})"]))
    return lines


def _t34_subtitle_cues(rng: random.Random, ctx: dict) -> list[str]:
    texts = [f"AND NOW THE WEATHER, WITH {_person(rng).upper()}.", "- Good evening.", "[MUSIC PLAYS]",
             f"IT WAS A COLD START ACROSS {_place(rng).upper()}", "- Thanks very much.", "(APPLAUSE)",
             f"the ferry to {_place(rng)} has been cancelled", "WE'LL HAVE MORE ON THAT LATER.", "[INAUDIBLE]",
             ">> BACK TO YOU IN THE STUDIO.", f"police in {_place(rng)} say", "♪ ♪"]
    vtt = rng.random() < 0.5
    lines = ["WEBVTT", ""] if vtt and rng.random() < 0.6 else []
    t, idx = rng.randint(0, 1800), rng.randint(1, 900)
    sep = "." if vtt else ","
    for _ in range(rng.randint(1, 3)):
        a, b = t, t + rng.randint(2, 6)
        stamp = (f"{a // 3600:02d}:{a // 60 % 60:02d}:{a % 60:02d}{sep}{rng.randint(0, 999):03d} --> "
                 f"{b // 3600:02d}:{b // 60 % 60:02d}:{b % 60:02d}{sep}{rng.randint(0, 999):03d}")
        if not vtt:
            lines.append(str(idx))
        lines += [stamp, rng.choice(texts), ""]
        t, idx = b + rng.randint(0, 3), idx + 1
    return lines[:-1]


def _t34_transcript_prose(rng: random.Random, ctx: dict) -> list[str]:
    place, who = _place(rng), _person(rng)
    label = rng.choice(["PRESENTER:", f"{who.split()[1].upper()}:", "REPORTER:", f"{who}:", ">>", "ANCHOR:"])
    body = rng.choice([
        (f"Good evening. Tonight, the row over the closure of the {place} maternity unit, and the fishermen who say "
         "the new quotas will finish them off."),
        (f"It's been a grey old day for most of us, with drizzle in {place} and along the coast, but it should "
         "brighten up from the west tomorrow afternoon."),
        (f"Now, a quick look at the roads. There's a lane closed on the {place} bypass after a breakdown, and "
         "queues are building back towards the roundabout."),
        (f"And finally, a sheepdog from {place} has won its first national title at the age of nine, which its "
         "owner says is the equivalent of a sixty-year-old winning a marathon."),
        (f"I'm standing on the harbour wall at {place}, where crews have spent the afternoon pumping water out of "
         "the lifeboat station after this morning's high tide."),
    ])
    return [f"{label} {body}"]


def _t34_anchor_prose(rng: random.Random, ctx: dict) -> list[str]:
    prog, who = _programme(rng), _person(rng)
    return [rng.choice([
        (f"That's all from us tonight. {prog} is back tomorrow at half past six, and there's more news on our "
         "website and app through the evening. Goodnight."),
        (f"Welcome to {prog}, I'm {who}. Coming up: the row over parking charges, a record year for the "
         "lifeboats, and the teenager taking on the chess world."),
        (f"You're listening to {rng.choice(RADIO12)}. It's just coming up to {rng.randint(1, 11)} o'clock, and "
         f"after the news we'll be talking to {who} about the future of the high street."),
        (f"Thanks for joining us on {prog}. If you want to get in touch, text us on {rng.randint(80000, 89999)} or "
         "send a message through the app; standard network rates apply."),
    ])]


def _t34_bulletin_prose(rng: random.Random, ctx: dict) -> list[str]:
    place, other = _place(rng), _place(rng)
    items = [f"the row over the future of the {place} maternity unit", f"plans to bring back night buses in {other}",
             f"the ferry crews balloting over pay in {place}", f"the new striker signed by {rng.choice(CLUBS12)}",
             f"a teenage chess champion from {other}", f"the sea wall repairs at {place}",
             f"why house prices in {other} are falling", f"tributes to a {place} lollipop man"]
    a, b = rng.sample(items, 2)
    lead = rng.choice(["Also in tonight's programme:", "Coming up after the break:", "Later in the bulletin:",
                       "Also on the programme:"])
    return [rng.choice([
        f"{lead} {a}, {b}, and a look ahead to the weekend's weather with {_person(rng)}.",
        f"{lead} we hear about {a}, and our reporter {_person(rng)} looks at {b}.",
        (f"{lead} the latest on {a}, plus {b}. And we'll be live at the {_place(rng)} agricultural show for the "
         "judging of the prize bulls."),
    ])]


def _t34_video_description_prose(rng: random.Random, ctx: dict) -> list[str]:
    who, place = _person(rng), _place(rng)
    return [rng.choice([
        (f"In this film, {who} travels to {place} to meet the volunteers who have kept the village bus running for "
         f"{rng.randint(5, 40)} years, through snow, floods and a pandemic."),
        (f"Our correspondent {who} spends a night on patrol with the coastguard team at {place}, one of the busiest "
         "stretches of coast in the region."),
        (f"Drone footage shows the scale of the new housing development on the edge of {place}, where more than "
         f"{rng.randint(200, 1500)} homes are due to be built over the next decade."),
        (f"{who} visits the last working forge in {place}, where three generations of the same family have made "
         "gates, railings and horseshoes since the 1920s."),
    ])]


def _t34_watch_full_prose(rng: random.Random, ctx: dict) -> list[str]:
    who, prog, stream = _person(rng), _programme(rng), rng.choice(STREAMERS12)
    first = rng.choice([
        f"Watch the full interview with {who} on {prog}, available on {stream}.",
        f"The full conversation with {who} is on {stream} now.",
        f"You can see the whole of {who}'s interview in {prog} on {_channel(rng)} this {rng.choice(WEEKDAYS)}.",
        f"An extended version of this report will be shown on {prog} at {_hhmm(rng)}."])
    second = rng.choice([
        f"It is available to stream for {rng.randint(7, 30)} days after broadcast.",
        "Clips from the programme are also on our social media channels.",
        f"{prog} is produced by {rng.choice(INDIES12)}.",
        "Subtitles and audio description are available on most devices.",
        "Search for the programme title in the app to find it.",
    ])
    return [f"{first} {second}"]


def _t34_region_line(rng: random.Random, ctx: dict) -> list[str]:
    return [rng.choice(["Not available in your location", "Geo-restricted: UK viewers only",
                        "This video can only be played in the UK", "Sorry, this isn't playable where you are",
                        "🌍 Region locked", f"Playback blocked in your territory (code {rng.randint(1000, 9999)})",
                        "Outside the UK? This clip won't play.", "Audio unavailable outside the UK"])]


def _t34_region_prose(rng: random.Random, ctx: dict) -> list[str]:
    stream = rng.choice(STREAMERS12)
    first = rng.choice([
        "Because of the rights agreements we hold, this footage can only be played by viewers in the UK.",
        "We're sorry, but this clip can't be shown in the country you appear to be in.",
        "Our licence for this programme does not cover the place you are connecting from.",
        f"Some {stream} content is limited to viewers in certain countries."])
    second = rng.choice([
        "If you think you are seeing this message in error, check that you are not using a VPN or proxy.",
        "The sport and music in this item are licensed for domestic audiences only.",
        "You can still read the full story below the player.",
        "Travelling abroad? Most of our programmes will play again once you are home.",
        f"Find out more about where {stream} is available on our help pages.",
    ])
    return [f"{first} {second}"]


def _t34_episode_guide(rng: random.Random, ctx: dict) -> list[str]:
    ep = rng.randint(1, 8)
    opts = [rng.choice(["Episodes", "Episode guide", "All episodes", "Clips"]),
            rng.choice([f"Series {rng.randint(1, 12)}", f"Season {rng.randint(1, 6)}", f"{rng.randint(2014, 2025)}"]),
            rng.choice([f"Episode {ep} of {ep + rng.randint(0, 6)}", f"Series {rng.randint(1, 9)}: Episode {ep}",
                        f"Ep. {ep}"]),
            rng.choice(["‹ Previous episode", "Next episode ›", f"Available now ({rng.randint(2, 12)})",
                        f"Coming soon ({rng.randint(1, 4)})"]),
            rng.choice(["Add to My List +", "Remind me", "Download", "Share"])]
    return glue(rng, some(rng, opts, 2, 5), 0.45)


def _t34_programme_prose(rng: random.Random, ctx: dict) -> list[str]:
    prog, who, place = _programme(rng), _person(rng), _place(rng)
    ep = rng.randint(2, 8)
    return [rng.choice([
        (f"Episode {ep} of {ep + rng.randint(0, 4)}. {who} explores the hidden history of {place}'s tin mines and "
         "meets the divers mapping the flooded tunnels beneath the town."),
        (f"{prog}: {who} is joined by a panel of local business owners to discuss rents, rates and whether the "
         f"high street in {place} has a future."),
        (f"The team heads to {place} for the start of the lambing season, and {who} finds out why so many young "
         "farmers are leaving the valley."),
        (f"In the final episode of the series, {who} returns to {place} a year on from the floods to see how "
         "families rebuilt their homes and their lives."),
    ])]


def _t34_schedule_change_prose(rng: random.Random, ctx: dict) -> list[str]:
    prog, other = _programme(rng), _programme(rng)
    return [rng.choice([
        (f"Due to live coverage of the {_place(rng)} by-election, {prog} will now be shown at {_hhmm(rng)} on "
         f"{_channel(rng)}. We apologise for any inconvenience."),
        (f"Please note that {prog} is not being broadcast this week. The series returns on {rng.choice(WEEKDAYS)} "
         f"and {other} will be shown in its place."),
        (f"This programme has been rescheduled. It was due to be shown on {rng.choice(WEEKDAYS)} but has moved "
         f"to a later slot because of the football."),
    ])]


def _t34_catchup_prose(rng: random.Random, ctx: dict) -> list[str]:
    prog, stream = _programme(rng), rng.choice(STREAMERS12)
    first = rng.choice([
        f"You can catch up on every episode of {prog} on {stream}.",
        f"Missed it? {prog} is available to watch again on {stream} and on smart TVs.",
        f"All of {prog} is now on {stream}, including episodes that were not shown in your region.",
        f"Listen again to {prog} on {stream} or wherever you get your podcasts."])
    second = rng.choice([
        "A TV licence is needed to watch live and on-demand programmes.",
        "New episodes are added the morning after they are broadcast.",
        f"Download episodes to watch offline for up to {rng.randint(7, 30)} days.",
        "Sign in to pick up where you left off on any device.",
    ])
    return [f"{first} {second}"]


def _t34_presenter_bio_prose(rng: random.Random, ctx: dict) -> list[str]:
    who, prog = _person(rng), _programme(rng)
    return [rng.choice([
        (f"{who} presents {prog} on weekdays at half past six. Before joining {_channel(rng)} they spent ten "
         f"years as a reporter on {rng.choice(RADIO12)}, covering everything from floods to football."),
        (f"{who} grew up in {_place(rng)} and has presented {prog} since {rng.randint(2008, 2022)}. Outside work "
         "they are a keen open-water swimmer and a terrible gardener."),
        (f"A familiar voice on {rng.choice(RADIO12)}, {who} hosts the breakfast show and can also be heard on "
         f"{prog} on Saturday mornings."),
    ])]


def _t34_rights_prose(rng: random.Random, ctx: dict) -> list[str]:
    return [rng.choice([
        ("Music and archive footage are used under licence. This clip may not be downloaded, copied or shared on "
         "other websites without permission."),
        (f"Footage supplied by {_person(rng)} and used with permission. Some archive material courtesy of the "
         f"{_place(rng)} Film Society."),
        (f"All rights reserved. This programme may not be rebroadcast or re-published in whole or in part without "
         f"written consent from {rng.choice(INDIES12)}."),
        (f"Pictures from this item are available for licensing. Contact {_channel(rng)} Sales for rates and "
         "territories."),
    ])]


def _t34_clip_caption_prose(rng: random.Random, ctx: dict) -> list[str]:
    place = _place(rng)
    return [rng.choice([
        (f"Footage filmed by a passenger shows the {place} ferry rolling heavily in rough seas shortly after "
         "leaving port on Sunday afternoon."),
        (f"Video shows firefighters tackling the blaze at a barn near {place}, with thick smoke visible for "
         "several miles across the valley."),
        (f"Doorbell camera footage captured the moment a deer ran along {_street(rng)} in {place} early on "
         f"{rng.choice(WEEKDAYS)} morning."),
        (f"Watch: pupils at a {place} primary school surprise their lollipop man with a guard of honour on his last "
         "day after 31 years."),
    ])]


def _t34_content_warning_prose(rng: random.Random, ctx: dict) -> list[str]:
    first = rng.choice([
        "This programme contains some strong language and scenes that some viewers may find upsetting.",
        "Warning: this clip contains flashing images that may affect viewers with photosensitive epilepsy.",
        "The following report includes descriptions of violence.",
        "This episode deals with themes of grief and loss."])
    second = rng.choice([
        "If you have been affected by any of the issues raised, support is available on our action line.",
        "Viewer discretion is advised.",
        "It was originally broadcast after the watershed.",
        "Details of organisations that can help are listed on the programme page.",
    ])
    return [f"{first} {second}"]


def _t34_producer_note_prose(rng: random.Random, ctx: dict) -> list[str]:
    return [rng.choice([
        (f"This interview has been edited for length and clarity. A longer version was broadcast on "
         f"{_programme(rng)} on {rng.choice(WEEKDAYS)}."),
        ("Some of the contributors in this report asked for their faces to be blurred, and their voices have been "
         "read by actors."),
        ("This video was filmed before the latest restrictions were announced. Some scenes may not reflect the "
         "current guidance."),
        (f"An earlier version of this clip wrongly named the reporter as {_person(rng)}. It has been re-edited and "
         "re-published."),
    ])]


def _t34_jsonld(rng: random.Random, ctx: dict) -> list[str]:
    head = _headline(rng, ctx, FALLBACK34).replace('"', "'")
    outlet = _outlet(rng)
    y, mo, d = rng.randint(2019, 2025), rng.randint(1, 12), rng.randint(1, 28)
    iso = f"{y}-{mo:02d}-{d:02d}T{_hhmm(rng)}:00+01:00"
    kind = rng.choice(["NewsArticle", "VideoObject", "BreadcrumbList", "BroadcastEvent", "WebPage", "Organization"])
    fields = [('"@context"', '"https://schema.org"'), ('"@type"', f'"{kind}"'), ('"headline"', f'"{head}"'),
              ('"datePublished"', f'"{iso}"'), ('"uploadDate"', f'"{iso}"'),
              ('"duration"', f'"PT{rng.randint(0, 9)}M{rng.randint(0, 59)}S"'),
              ('"thumbnailUrl"', f'"https://img.{_domain(outlet)}/{_tok(rng, 8).lower()}/16x9.jpg"'),
              ('"publisher"', f'{{"@type":"Organization","name":"{outlet}"}}'), ('"isAccessibleForFree"', "true"),
              ('"inLanguage"', '"en-GB"')]
    picked = [fields[0], fields[1], *some(rng, fields[2:], 2, 5)]
    if rng.random() < 0.5:
        return ["{" + ",".join(f"{k}:{v}" for k, v in picked) + rng.choice(["}", "", ","])]
    lines = [rng.choice(["{", '<script type="application/ld+json">{'])]
    lines += [f'  {k}: {v},' for k, v in picked]
    lines.append(rng.choice(["}", "}</script>", "  ..."]))
    return lines


def _t34_placeholders(rng: random.Random, ctx: dict) -> list[str]:
    opts = ["{{author_name}}", "{{ byline.display_name }}", "%%DATE%%", "%%PUBLISH_TIME%%",
            f"[[embed:{rng.randint(100, 99999)}]]", f"[[video:{_tok(rng, 8).lower()}]]",
            "{% include 'partials/promo_strip.html' %}", "${story.kicker}", "<%= related_links %>",
            "__HEADLINE__", "{{#if isLive}}LIVE{{/if}}", "{{ 'watch_more' | t }}", "[%CLIP_DURATION%]",
            "{programme_title} – Episode {episode_number}", "<!-- ko text: presenterName --><!-- /ko -->"]
    return glue(rng, some(rng, opts, 1, 3), 0.4, (" ", "  ", ""))


def _t34_html_leftovers(rng: random.Random, ctx: dict) -> list[str]:
    opts = ["&nbsp;&nbsp;&nbsp;", "&amp;amp;", "<br/><br/>", "</p><p>",
            (f'<div class="{rng.choice(["story-promo", "vid-wrap", "rail__item", "c-embed"])}" '
             f'data-slot="{rng.choice(["mid-1", "mpu-2", "inline"])}">'),
            "</div></div></section>", "&#8217;&#8220;&#8221;", '<span class="sr-only">Media caption,</span>',
            '<p class="video-caption">', "&lt;strong&gt;WATCH&lt;/strong&gt;", "<hr />", "&shy;&zwj;&ZeroWidthSpace;"]
    return glue(rng, some(rng, opts, 1, 3), 0.55, ("", " ", "  "))


def _t34_css_js(rng: random.Random, ctx: dict) -> list[str]:
    vid = _tok(rng, 10).lower()
    opts = [".np-player__overlay{position:absolute;inset:0;background:rgba(0,0,0,.45)}",
            "@media (max-width:600px){.upnext-rail{display:none!important}}",
            f".clip-{rng.randint(1, 99)} .title{{font:600 1.125rem/1.3 var(--nl-sans);color:#1a1a1a}}",
            f'window.__NL_STATE__ = {{"page":{{"type":"video","id":"{vid}"}}}};',
            "var vidCfg = {autoplay:false,muted:true,region:'GB'};",
            "document.addEventListener('DOMContentLoaded',function(){initRail('#upnext')});",
            "if(!window.vegaTag){window.vegaTag={cmd:[]}}",
            f"try{{nlAnalytics.track('video_start',{{id:'{vid}'}})}}catch(e){{}}",
            ("(function(w,d){var s=d.createElement('script');s.async=1;s.src='/static/player.min.js';})"
             "(window,document);")]
    return some(rng, opts, 1, 2)


def _t34_tracking(rng: random.Random, ctx: dict) -> list[str]:
    tr, outlet = rng.choice(TRACKERS12), _outlet(rng)
    src = rng.choice(["newsletter", "push", "facebook", "bsky", "homepage", "app"])
    opts = [(f'<img src="https://{tr}/p.gif?e=pv&cid={rng.randint(10**5, 10**6)}&r={_tok(rng, 6)}" width="1" '
             'height="1" alt="" />'),
            (f"https://www.{_domain(outlet)}/video/{_slug(rng)}?utm_source={src}&utm_medium="
             f"{rng.choice(['email', 'social', 'referral', 'cpc'])}&utm_campaign={_slug(rng).replace('-', '_')}"
             f"&utm_content=clip{rng.randint(1, 9)}"),
            f"https://{tr}/c?u={_tok(rng, 12)}&sig={_tok(rng, 16, '0123456789abcdef')}",
            f"pixel.gif?ref={_domain(outlet)}&ts={rng.randint(1_600_000_000, 1_760_000_000)}",
            f"[tracking: {tr}]"]
    return some(rng, opts, 1, 2)


def _t34_base64(rng: random.Random, ctx: dict) -> list[str]:
    blob = _tok(rng, rng.randint(40, 110), B64_12)
    return [rng.choice(["data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7",
                        f"data:image/png;base64,iVBORw0KGgo{blob}",
                        f"data:image/jpeg;base64,/9j/4AAQSkZJRgABAQ{blob}==",
                        f"eyJhbGciOiJIUzI1NiJ9.{blob}", f'srcset="data:image/webp;base64,UklGR{blob}"'])]


def _t34_analytics(rng: random.Random, ctx: dict) -> list[str]:
    opts = [f"ab_upnext_rail_v{rng.randint(2, 9)}={rng.choice('ABC')}",
            f"exp-{rng.randint(100, 999)}:{rng.choice(['control', 'variant_b', 'holdout'])}",
            f"bucket={rng.randint(0, 99)}",
            (f"contentType=clip; programme={_programme(rng).lower().replace(' ', '-')}; episodeId=m00"
             f"{_tok(rng, 5, '0123456789abcdef')}; region=GB"),
            f'data-track="upnext|click|pos{rng.randint(1, 8)}"',
            f"nla:pageview /{rng.choice(SECTIONS).lower()}/video/{rng.randint(10**7, 10**8)}",
            f"AB_HERO_TEST = {rng.choice(['A', 'B'])}"]
    return glue(rng, some(rng, opts, 1, 3), 0.5, ("; ", " ", "&"))


def _t34_cms_labels(rng: random.Random, ctx: dict) -> list[str]:
    opts = [f"Programme ID: p0{_tok(rng, 6, '0123456789abcdefghjklmnpqrstvwxyz')}",
            f"Clip title: {_segment(rng)}", f"Version: {rng.choice(['Broadcast', 'Signed', 'Audio described', 'Web'])}",
            f"Rights region: {rng.choice(['UK only', 'Worldwide', 'UK + IE', 'Blocked'])}",
            f"Transmission: {_hhmm(rng)} {_channel(rng)}",
            f"Ingest status: {rng.choice(['complete', 'pending', 'failed'])}",
            f"Thumbnail: {_tok(rng, 6).lower()}_16x9_master.jpg", "Promo title:", "Editor notes: (empty)",
            f"Legal check: {rng.choice(['✓', 'pending', 'n/a'])}", f"Expiry: {_date(rng)}"]
    return glue(rng, some(rng, opts, 2, 5), 0.3, (" | ", "; ", "  "))


def _t34_widget_error_line(rng: random.Random, ctx: dict) -> list[str]:
    return [rng.choice(["We couldn't load this bit.", "Oops — that didn't work. Tap to retry.",
                        "Error 503: service unavailable", f"Player failed to start (code NLP-{rng.randint(100, 999)})",
                        "Schedule unavailable right now", "Could not fetch programme data", "Retry ↻",
                        "Network error. Reload?", "Media unavailable", "undefined", "[object Object]", "NaN:NaN"])]


def _t34_widget_error_prose(rng: random.Random, ctx: dict) -> list[str]:
    first = rng.choice([
        "We're having trouble loading this part of the page at the moment.",
        "Hmm, this panel didn't load properly.",
        "The live schedule could not be displayed because of a problem at our end.",
        "Something has gone wrong with this feature and our engineers are looking into it."])
    second = rng.choice([
        "Please check your connection and refresh, or come back in a few minutes.",
        "The rest of the page should still work as normal.",
        "If it keeps happening, let us know using the feedback link at the bottom of the page.",
        "Try turning off any content blockers and reloading.",
    ])
    return [f"{first} {second}"]


def _t34_player_error_prose(rng: random.Random, ctx: dict) -> list[str]:
    return [rng.choice([
        ("This video can't be played at the moment because of a technical fault. Our engineers have been told, so "
         "please try again later."),
        ("The media player needs a newer browser to work. Update your browser, or try watching in the app, which "
         "supports all our video and audio."),
        ("Playback stopped because your connection is too slow. Lower the picture quality in the settings menu, or "
         "wait for the video to buffer."),
        ("We couldn't start this stream. It may have ended, or there may be a problem with the source; refresh the "
         "page to try again."),
    ])]


def _t34_noscript_prose(rng: random.Random, ctx: dict) -> list[str]:
    first = rng.choice([
        "To watch this clip you need a browser that supports HTML5 video and has JavaScript turned on.",
        "Parts of this page, including the video player and schedule, only work with JavaScript enabled.",
        "It looks like your browser is out of date, so some features of this page may not work."])
    second = rng.choice([
        "Find out how to enable it in your browser's help pages.",
        "You can still read the text of the story without it.",
        "Switch to a recent version of a mainstream browser for the best experience.",
    ])
    return [f"{first} {second}"]


def _t34_seo_meta_prose(rng: random.Random, ctx: dict) -> list[str]:
    place, who = _place(rng), _person(rng)
    label = rng.choice(["og:description", "description:", "Meta description —", "twitter:description =", ""])
    body = rng.choice([
        (f"Watch the latest news, sport and weather for {place} and the surrounding area, with reports from the "
         f"{_channel(rng)} team and clips from across the region."),
        (f"{who} meets the people of {place} in the latest episode of {_programme(rng)}, available now to stream "
         "free on all your devices."),
        (f"Live and on-demand radio from {rng.choice(RADIO12)}: news, travel, music and conversation for "
         f"{place}, {_place(rng)} and beyond."),
    ])
    return [f"{label} {body}".strip()]


def _t34_lazy_load(rng: random.Random, ctx: dict) -> list[str]:
    return [rng.choice(["Loading…", "Loading video...", "▢▢▢▢▢▢▢▢", "[lazy-image]", "Image loading",
                        "Loading more stories", "…", "Please wait while the player loads",
                        "placeholder.svg", f'data-src="/media/{_tok(rng, 8).lower()}/poster.jpg"', "░░░░░░░░░░░░",
                        "Fetching schedule"])]


def _thirtyfourth_templates() -> dict[str, tuple[str, Template]]:
    """Broadcast and video news pages plus code and template residue."""
    return {
        "availability": ("ht", _t34_availability),
        "next_on": ("ht", _t34_next_on),
        "schedule": ("t", _t34_schedule),
        "credits": ("t", _t34_credits),
        "running_order": ("hi", _t34_running_order),
        "chapters": ("hi", _t34_chapters),
        "clip_meta": ("hi", _t34_clip_meta),
        "autoplay_rail": ("it", _t34_autoplay_rail),
        "subtitle_cues": ("i", _t34_subtitle_cues),
        "transcript_prose": ("i", _t34_transcript_prose),
        "anchor_prose": ("hit", _t34_anchor_prose),
        "bulletin_prose": ("it", _t34_bulletin_prose),
        "video_description_prose": ("hi", _t34_video_description_prose),
        "watch_full_prose": ("it", _t34_watch_full_prose),
        "region_line": ("hi", _t34_region_line),
        "region_prose": ("hi", _t34_region_prose),
        "episode_guide": ("ht", _t34_episode_guide),
        "programme_prose": ("ht", _t34_programme_prose),
        "schedule_change_prose": ("ht", _t34_schedule_change_prose),
        "catchup_prose": ("t", _t34_catchup_prose),
        "presenter_bio_prose": ("t", _t34_presenter_bio_prose),
        "rights_prose": ("it", _t34_rights_prose),
        "clip_caption_prose": ("i", _t34_clip_caption_prose),
        "content_warning_prose": ("hi", _t34_content_warning_prose),
        "producer_note_prose": ("it", _t34_producer_note_prose),
        "jsonld": ("hit", _t34_jsonld),
        "placeholders": ("hit", _t34_placeholders),
        "html_leftovers": ("hit", _t34_html_leftovers),
        "css_js": ("ht", _t34_css_js),
        "tracking": ("t", _t34_tracking),
        "base64": ("it", _t34_base64),
        "analytics": ("ht", _t34_analytics),
        "cms_labels": ("h", _t34_cms_labels),
        "widget_error_line": ("it", _t34_widget_error_line),
        "widget_error_prose": ("it", _t34_widget_error_prose),
        "player_error_prose": ("i", _t34_player_error_prose),
        "noscript_prose": ("ht", _t34_noscript_prose),
        "seo_meta_prose": ("ht", _t34_seo_meta_prose),
        "lazy_load": ("i", _t34_lazy_load),
    }


BLIND12_TEMPLATES: dict[str, Callable[[], dict[str, tuple[str, Template]]]] = {
    "thirtythird": _thirtythird_templates,
    "thirtyfourth": _thirtyfourth_templates,
}
