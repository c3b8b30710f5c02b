"""Two more blind noise splits ("thirtyfirst", "thirtysecond") for the plain-text cleaner.

Why this module exists: every earlier split has been measured and then tuned against, so its score no longer says
how the cleaner does on noise it has never met.  These templates were written blind, by someone who did not read
the cleaner, its rules, its tests or its output on any split, from experience of what scrapers really pick up.
They use their own vocabulary and wordings (every outlet, reporter, town, firm, brand, shop, product, charity,
archive and library is invented), and about half of the templates in each split are prose: full sentences, 12-50
words, that read like article text but are boilerplate (the hard case for a line-level cleaner).

  thirtyfirst   live blogs, breaking-news furniture and accessibility residue: "Live" badges and "Live reporting"
                boxes, "Key events" / "Show key events only" toggles and key-event lists about other events,
                "Pinned post" labels, refresh bars ("12 new updates", "Load more"), timestamps on their own line
                ("14:32 GMT", "2h ago", "Posted at 09:14"), post bylines and share strips, update posts written in
                prose by other reporters about other angles and other incidents, "If you're just joining us" and
                "What we know so far" recaps of OTHER events, reporter sign-in and hand-over prose ("That's all
                from me, ... is taking over"), end-of-coverage prose, quoted statements from officials about other
                incidents, breaking-news and "Just in" banners, developing-story and "this page will be updated"
                prose, update and correction logs about other facts, live-stream strips and time-zone notes; skip
                links, "opens in a new window" fragments, aria-label and button-name leaks, screen-reader-only
                strings around embeds, media-player dialog strings, image alt-text written as sentences,
                "Audio description available", transcript toggles and transcript prose, caption-track menus and
                auto-caption prose, new wordings of "listen to this article", sign-language video notes, display
                and reduced-motion controls and prose, keyboard-shortcut hints and accessibility-statement prose.
  thirtysecond  sponsored, affiliate and partner content in news pages, and archive / print residue: "Paid post",
                "Presented by", "In partnership with" and "Supported by" labels, commercial-team and brand-studio
                prose, advertorial paragraphs written like news, affiliate product blurbs, price lines, deal boxes
                and deal prose, price-checked notes, "we may earn a commission" in fresh wordings (short and as
                prose), affiliate review prose, sponsored quizzes and quiz prose, sponsored podcast reads, native-ad
                "From around the web" rails and prose teasers, sponsored-event invitations and registration fields,
                "About this content" prose; "Printed from" lines, print headers and footers with page numbers, URLs
                and copyright lines, "This article is more than N years old" labels, archived-article warnings in
                fresh wordings, "From the archive" and "On this day" prose, "it appeared in print" notes with other
                headlines, e-mail-this-story forms and their privacy prose, "Article continues below" markers,
                old-CMS export fields, microfilm and digitisation notes and fields, archive navigation, archive
                licensing and outdated-language prose, reprint and page-jump lines.

Templates have the format of bench/clean_noise.py: name -> (positions, fn), positions a string over "h" (head,
between title and body), "i" (inline, between body paragraphs) and "t" (tail); fn(rng, ctx) returns the lines of
one block ("" is a blank line inside the block).  ctx["headlines"] holds other articles' headlines (it may be empty,
hold one, or be missing); ctx may also carry "title" and "paragraphs", which these templates never use: no template
copies the article's own title or body text, so word-level scoring stays valid.  Only the rng passed in is used,
so a block is a pure function of the seed.

    from bench.noise_blind11 import BLIND11_TEMPLATES
    from bench.noise_unseen import make_noisy_glued
    text = make_noisy_glued(article, random.Random(7), BLIND11_TEMPLATES["thirtyfirst"](), headlines)
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

FIRST11 = ["Annika", "Barnaby", "Cerys", "Dougal", "Esme", "Florian", "Gwenllian", "Hamish", "Ines", "Jory",
           "Keziah", "Lorcan", "Mirela", "Niamh", "Osric", "Perpetua", "Quentin", "Rhiannon", "Silas", "Thea",
           "Ulrich", "Verity", "Wilf", "Xanthe", "Yusuf", "Zinnia", "Anselm", "Bryony", "Cosmo", "Dilys", "Ewan",
           "Fenella", "Gideon", "Honor"]
LAST11 = ["Abernethy", "Blackstock", "Carrodus", "Dunsford", "Eskdale", "Fothergill", "Greatorex", "Hollingworth",
          "Inchbald", "Jardine", "Kettlewell", "Lambourne", "Mabbott", "Nettleship", "Oakenfold", "Pargeter",
          "Quarmby", "Rushbrooke", "Scarisbrick", "Thwaites", "Underhill", "Vosper", "Whitlock", "Yeardley",
          "Ackroyd", "Bramall", "Crossthwaite", "Dewhurst", "Elphick", "Gillingham"]
PLACES11 = ["Brackwater", "Hensford", "Coldharbour Vale", "Mirefield", "Oxholme Bridge", "Tansworth",
            "Fallowmere Cross", "Westmarch", "Kelderby", "Shepton Royal", "Larkmoor Quay", "Nethercombe",
            "Greywater", "Aldermire", "Sunnimead Bay", "Pennock", "Hartmoor Green", "Thornsgate",
            "Ferryholme Wharf", "Cullingford Heath", "Rendlemarsh", "Inglemoor Fold"]
OUTLETS11 = ["The Brackwater Chronicle", "Hensford Evening Star", "The Westmarch Clarion", "Mirefield Daily Post",
             "The Kelderby Bugle", "Oxholme Bridge Observer", "The Tansworth Tribune", "Greywater Argus",
             "The Aldermire Informer", "Nethercombe News-Letter", "The Harbourline Dispatch", "Coldharbour Record",
             "The Midshire Monitor", "Pennock Valley Press"]
STREETS11 = ["Ropery", "Cornmarket", "Tithe Barn", "Sheepwash", "Dyer's", "Weavers", "Lantern", "Salt House",
             "Foundry", "Priory", "Brewhouse", "Lime Kiln", "Toll Gate", "Bishop's", "Cooper's", "Wharf"]
STREET_KINDS11 = ["Road", "Lane", "Street", "Row", "Avenue", "Way", "Parade", "Walk", "Hill", "Terrace", "Yard"]
TZ11 = ["GMT", "BST", "CET", "UTC", "EST", "ET", "local time"]


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST11)} {rng.choice(LAST11)}"


def _first(rng: random.Random) -> str:
    return rng.choice(FIRST11)


def _place(rng: random.Random) -> str:
    return rng.choice(PLACES11)


def _outlet(rng: random.Random) -> str:
    return rng.choice(OUTLETS11)


def _domain(outlet: str) -> str:
    stem = "".join(ch for ch in outlet.lower().removeprefix("the ") if ch.isalnum())
    return stem + (".co.uk" if len(stem) % 3 else ".com")


def _street(rng: random.Random) -> str:
    return f"{rng.choice(STREETS11)} {rng.choice(STREET_KINDS11)}"


def _slug(rng: random.Random) -> str:
    words = ["council", "budget", "flood", "rail", "school", "hospital", "strike", "fire", "court", "housing",
             "bridge", "festival", "market", "vote", "plan", "appeal", "closure", "storm", "jobs", "review"]
    return "-".join(rng.sample(words, rng.randint(2, 4)))


def _url(rng: random.Random, outlet: str | None = None) -> str:
    outlet = outlet or _outlet(rng)
    sec = rng.choice(SECTIONS).lower()
    return rng.choice([f"https://www.{_domain(outlet)}/{sec}/{_slug(rng)}-{rng.randint(10**6, 10**7 - 1)}",
                       (f"https://{_domain(outlet)}/{rng.randint(2003, 2025)}/{rng.randint(1, 12):02d}/"
                       f"{rng.randint(1, 28):02d}/{_slug(rng)}"),
                       f"www.{_domain(outlet)}/news/article_{rng.randint(1000, 99999)}.html",
                       f"https://www.{_domain(outlet)}/story.php?id={rng.randint(10**5, 10**6)}"])


def _day(rng: random.Random, year: bool = True, lo: int = 2016, hi: int = 2025) -> str:
    d, mo = rng.randint(1, 28), rng.randint(1, 12)
    month, wd = MONTHS[mo - 1], rng.choice(WEEKDAYS)
    y = rng.randint(lo, hi)
    forms = [f"{wd} {d} {month}", f"{d} {month}", f"{wd}, {month} {d}"]
    if year:
        forms += [f"{d} {month} {y}", f"{month} {d}, {y}", f"{d:02d}/{mo:02d}/{y}", f"{d} {month[:3]} {y}",
                  f"{y}-{mo:02d}-{d:02d}"]
    return rng.choice(forms)


def _clock(rng: random.Random) -> str:
    h, m = rng.randint(1, 12), rng.randint(0, 59)
    return rng.choice([f"{h}:{m:02d}pm", f"{h}.{m:02d}am", _hhmm(rng), f"{h}:{m:02d} PM", f"{h}.{m:02d}",
                       f"{_hhmm(rng)} {rng.choice(TZ11)}"])


def _ago(rng: random.Random) -> str:
    n = rng.randint(1, 59)
    return rng.choice([f"{n}m ago", f"{rng.randint(1, 12)}h ago", f"{n} minutes ago", f"{n} mins ago",
                       f"{rng.randint(1, 9)} hours ago", "Just now", "1 hour ago", f"{n}min"])


def _money(rng: random.Random, lo: int, hi: int, pence: bool = False) -> str:
    whole = rng.randint(lo, hi)
    if pence:
        return f"£{whole:,}.{rng.choice(['99', '49', '00', '95', '50'])}"
    return f"£{whole:,}"


# --- thirtyfirst: live blogs, breaking news and accessibility residue ---------------------------------------------

FALLBACK31 = ["Ring road reopens after overnight lorry fire", "Hundreds without water after main bursts",
              "Coastguard called to cliff rescue near harbour", "Schools shut as heating fails in cold snap",
              "Train drivers announce fresh walkout dates", "Mayor faces questions over bus contract",
              "Warehouse blaze sends smoke across town centre", "Missing teenager found safe and well"]
SERVICES31 = ["Fire and Rescue Service", "Police", "Ambulance Service", "Coastguard", "Highways team",
              "Water Board", "Mountain Rescue", "Flood Warden team"]
PLAYERS31 = ["Brightcast", "Viewtrack", "Loopframe", "Clipwell", "StreamLantern"]
AUDIO31 = ["Voicebox Studio", "Speakline", "Hearsay Audio", "Narro Labs", "Tonewell"]


def _event(rng: random.Random) -> str:
    place = _place(rng)
    return rng.choice([
        f"the fire at the {place} recycling depot", f"the power cut affecting homes in {place}",
        f"flooding on the {place} bypass", f"the strike by {place} bus drivers",
        f"the search for a missing walker near {place}", f"the gas leak on {_street(rng)} in {place}",
        f"the landslip on the coastal line near {place}", f"the water outage in {place}",
        f"the chemical spill at the {place} trading estate", f"storm damage along the seafront at {place}",
        f"the partial evacuation of {place} General Hospital", f"the crash on the {place} ring road",
        f"the collapse of a footbridge in {place}", f"the cyber attack on {place} council's computer systems",
        f"the cancelled flights at {place} airport", f"the grass fire on the moor above {place}",
    ])


def _service(rng: random.Random) -> str:
    return f"{_place(rng)} {rng.choice(SERVICES31)}"


def _t31_live_badge(rng: random.Random, ctx: dict) -> list[str]:
    opts = [rng.choice(["● LIVE", "LIVE", "Live", "🔴 Live", "LIVE UPDATES", "Live Reporting", "• Live now"]),
            rng.choice([f"Updated {_ago(rng).lower()}", f"Last updated {_clock(rng)}", f"Started {_ago(rng).lower()}",
                        f"Live coverage began at {_hhmm(rng)} {rng.choice(TZ11)}"]),
            rng.choice([f"{rng.randint(2, 240)} posts", f"{rng.randint(3, 60)} updates", "Auto-refresh on",
                        f"{rng.randint(1, 90)}k readers"])]
    return glue(rng, some(rng, opts, 1, 3), 0.45)


def _t31_key_events_toggle(rng: random.Random, ctx: dict) -> list[str]:
    opts = [rng.choice(["Key events", "KEY EVENTS", "Key moments", "Highlights", "Top updates"]),
            rng.choice(["Show key events only", "Show all posts", "Key events only ☐", "Filter: All | Key events",
                        "☑ Key events only"]),
            rng.choice(["Please turn on JavaScript. Key events only is not available without it.",
                        "Newest first ▾", "Sort: Latest | Oldest", "Jump to latest ↓"])]
    return glue(rng, some(rng, opts, 1, 3), 0.35)


def _t31_key_events_list(rng: random.Random, ctx: dict) -> list[str]:
    head = rng.choice(["Key events", "Key moments", "Key points so far", "Main developments"])
    n = rng.randint(2, 5)
    items = []
    for _ in range(n):
        stamp = rng.choice([_ago(rng), _hhmm(rng), f"{_hhmm(rng)} {rng.choice(TZ11)}"])
        what = rng.choice([f"Update on {_event(rng)}", f"{_service(rng)} gives statement",
                           f"Road reopened in {_place(rng)}", f"Second press conference in {_place(rng)}",
                           f"Minister visits {_place(rng)}", f"Evacuation lifted at {_place(rng)}",
                           _headline(rng, ctx, FALLBACK31)])
        items.append(rng.choice([f"{stamp} {what}", f"{stamp}\n{what}", f"{stamp} – {what}"]))
    lines = [head] + "\n".join(items).split("\n")
    if rng.random() < 0.3:
        lines.append(rng.choice(["View all key events", "Show more", "Hide key events ▴"]))
    return lines


def _t31_pinned(rng: random.Random, ctx: dict) -> list[str]:
    opts = [rng.choice(["📌 Pinned post", "Pinned", "PINNED", "Pinned post", "📌 Pinned by the editor"]),
            rng.choice([_hhmm(rng), _ago(rng), f"{_hhmm(rng)} {rng.choice(TZ11)}", f"Posted {_ago(rng)}"]),
            rng.choice(["Unpin", "Read the latest below", "↓ Latest updates below", "See pinned post"])]
    return glue(rng, some(rng, opts, 1, 2), 0.4)


def _t31_refresh_bar(rng: random.Random, ctx: dict) -> list[str]:
    n = rng.randint(2, 40)
    opts = [rng.choice([f"{n} new updates", f"{n} new posts", f"Show {n} new updates", f"↑ {n} new",
                        f"There are {n} new posts", "1 new update"]),
            rng.choice(["Refresh", "Click to refresh", "Tap to load", "↻ Refresh", "Load new posts"]),
            rng.choice(["Auto-update: On", "Auto-update: Off", "Auto refresh ◉", "Pause updates ⏸"]),
            rng.choice(["Load more updates", "Older posts ›", "Show 20 more", "Load previous posts"])]
    return glue(rng, some(rng, opts, 1, 3), 0.4)


def _t31_timestamp(rng: random.Random, ctx: dict) -> list[str]:
    stamp = rng.choice([f"{_hhmm(rng)} {rng.choice(TZ11)}", _ago(rng), _hhmm(rng), f"Posted at {_hhmm(rng)}",
                        f"{_hhmm(rng)} {rng.choice(TZ11)}, {_day(rng, False)}", f"Updated {_clock(rng)}",
                        f"{_clock(rng)} · {_day(rng, False)}"])
    if rng.random() < 0.25:
        return [stamp, rng.choice(["Breaking", "Key event", "Post update", "New"])]
    return [stamp]


def _t31_post_byline(rng: random.Random, ctx: dict) -> list[str]:
    who = _person(rng)
    opts = [rng.choice([_hhmm(rng), _ago(rng), f"{_hhmm(rng)} {rng.choice(TZ11)}"]),
            rng.choice([f"{who}", f"Posted by {who}", f"{who} reporting from {_place(rng)}", f"By {who}",
                        f"{who}, {rng.choice(['live reporter', 'correspondent', 'at the scene', 'in the newsroom'])}"]),
            rng.choice(["Share", "Copy link", "🔗", "Share this post"])]
    return glue(rng, some(rng, opts, 2, 3), 0.35)


def _t31_post_share(rng: random.Random, ctx: dict) -> list[str]:
    opts = [rng.choice(["Share this post", "Share", "Share update"]),
            rng.choice(["Copy link", "Link copied", "Copy link to this post", "Link copied to clipboard ✓"]),
            rng.choice(["Email", "Messenger", "Post to Chirper", "WhatsApp"]),
            rng.choice(["Permalink", f"#post-{rng.randint(1000, 99999)}", f"?post={rng.randint(10**5, 10**6)}"])]
    return glue(rng, some(rng, opts, 1, 3), 0.55)


def _t31_update_prose(rng: random.Random, ctx: dict) -> list[str]:
    who, place, ev = _person(rng), _place(rng), _event(rng)
    line = rng.choice([
        (f"My colleague {who} has been speaking to traders in {place}, several of whom say they have lost a full "
         "day's takings and are still waiting to hear whether they will be able to open tomorrow."),
        (f"Meanwhile our transport correspondent {who} reports that delays are building on routes into {place}, "
         f"with some services running up to {rng.randint(20, 90)} minutes late this "
         f"{rng.choice(['morning', 'afternoon', 'evening'])}."),
        (f"Away from the main story, {who} has more on {ev}, where crews have been working since the early hours "
         "and say they expect to remain at the scene until at least tomorrow."),
        (f"We're also keeping an eye on {ev}. {who} says residents have been asked to keep windows and doors closed "
         "as a precaution while the clean-up continues."),
        (f"{who} is outside the council offices in {place}, where a small crowd has gathered. She says the mood is "
         "calm but people want answers about what happens next."),
        (f"Our political reporter {who} says opposition councillors in {place} are calling for an independent "
         f"review, and a motion is expected at the full council meeting on {rng.choice(WEEKDAYS)}."),
        (f"A quick update from {who}, who has been to the rest centre set up at {place} leisure centre: about "
         f"{rng.randint(20, 300)} people are there, and volunteers have been handing out blankets and hot drinks."),
    ])
    return [line]


def _t31_joining_prose(rng: random.Random, ctx: dict) -> list[str]:
    ev1, ev2 = _event(rng), _event(rng)
    head = rng.choice(["If you're just joining us", "If you've just joined us", "A quick recap", "Catch up",
                       "For those just tuning in"])
    body = rng.choice([
        (f"Here's a reminder of where things stand on {ev1}: crews remain at the scene, nobody has been reported "
         "injured and people living nearby have been told to follow advice from the emergency services."),
        (f"We've been following {ev1} throughout the day, and separately bringing you the latest on {ev2}, "
         "where disruption is expected to continue well into the evening rush hour."),
        (f"The main points so far: {ev1} has been brought under control, a number of roads remain closed, and a "
         f"helpline has been set up on {rng.choice(['0800', '0300'])} {rng.randint(100, 999)} "
         f"{rng.randint(1000, 9999)}."),
    ])
    if rng.random() < 0.5:
        return [head, body]
    return [f"{head} – {body}" if rng.random() < 0.5 else f"{head}. {body}"]


def _t31_what_we_know(rng: random.Random, ctx: dict) -> list[str]:
    head = rng.choice(["What we know so far", "What we know", "The story so far", "What we know about the incident",
                       "Here's what we know"])
    sents = [
        f"Emergency services were called to {_street(rng)} in {_place(rng)} shortly after {_clock(rng)}.",
        (f"{rng.randint(2, 40)} people were checked over by paramedics, and {rng.randint(2, 4)} were taken to "
         "hospital as a precaution."),
        f"The cause of {_event(rng)} has not yet been confirmed, and an investigation is under way.",
        f"A cordon remains in place and people are being asked to avoid the area around {_place(rng)} station.",
        (f"Around {rng.randint(200, 9000):,} properties were left without "
         f"{rng.choice(['power', 'water', 'heating', 'phone lines'])} at the height of the disruption."),
        (f"The {_service(rng)} says it expects to issue a further update later this "
         f"{rng.choice(['morning', 'afternoon', 'evening'])}."),
        f"Schools in {_place(rng)} have told parents they will open as normal tomorrow unless they hear otherwise.",
    ]
    picked = rng.sample(sents, rng.randint(2, 4))
    bullet = rng.choice(["", "• ", "- ", "* "])
    if rng.random() < 0.35:
        return [head, " ".join(picked)]
    return [head] + [bullet + s for s in picked]


def _t31_signin_prose(rng: random.Random, ctx: dict) -> list[str]:
    who, place = _person(rng), _place(rng)
    return [rng.choice([
        (f"Good morning and welcome to our live coverage. I'm {who}, and I'll be bringing you the latest updates "
         f"from {place} throughout the day, alongside our reporters on the ground."),
        (f"Hello, {who} here, picking up the live page from the newsroom. Stay with us for the latest "
         "developments, reaction and analysis as the day goes on."),
        (f"Welcome to our rolling coverage. We'll be bringing you updates, pictures and video from {place} as we "
         "get them, so keep checking back or turn on notifications for the biggest moments."),
        (f"Good evening. {who} is in the chair for the next few hours, and will be joined by colleagues in "
         f"{place} and {_place(rng)} who are speaking to people affected."),
    ])]


def _t31_handover_prose(rng: random.Random, ctx: dict) -> list[str]:
    a, b = _person(rng), _person(rng)
    return [rng.choice([
        f"That's all from me for today. My colleague {b} is taking over the live page now, so stay with us.",
        (f"I'm handing over to {b}, who will keep you up to date through the evening. Thanks for following "
         "along and for all your messages."),
        (f"{a} signing off now after a long day on the live page. {b} will be with you for the next few hours "
         "with the latest updates and reaction."),
        (f"Time for a change of hands on the live desk: {_first(rng)} is heading home and {b} is picking up "
         "from here. Thanks for reading."),
        (f"That's it from me and from the team in {_place(rng)} for now. {b} will be taking you through the rest "
         "of the night, and we'll be back first thing tomorrow."),
    ])]


def _t31_ended_prose(rng: random.Random, ctx: dict) -> list[str]:
    outlet = _outlet(rng)
    return [rng.choice([
        ("Our live coverage has now ended. Thank you for joining us. You can read a full summary of today's "
         "events in our main news story, and we will continue to report any developments."),
        ("We're pausing our live updates here. This page will not be updated further, but the latest on the "
         f"story can be found on the {outlet} homepage and in our morning newsletter."),
        (f"We're ending our live coverage for the day. The live page was edited by {_person(rng)} and "
         f"{_person(rng)}, with reporting from {_person(rng)} and {_person(rng)}."),
        ("This live page is no longer being updated. Thanks for following along with us today, and for all the "
         "messages, photographs and videos you sent in."),
        (f"That brings our rolling coverage to a close. We'll be back from {_clock(rng)} tomorrow with the "
         "latest, and in the meantime you can find all of our reporting in one place on our website."),
    ])]


def _t31_official_quote_prose(rng: random.Random, ctx: dict) -> list[str]:
    svc, place = _service(rng), _place(rng)
    return [rng.choice([
        (f"\"We are asking people to stay away from the area while crews work to make it safe,\" a spokesperson "
         f"for {svc} said in a post at {_hhmm(rng)}."),
        (f"In a short statement, {svc} said it had received \"a high volume of calls\" and urged people in "
         f"{place} to dial 999 only in a genuine emergency."),
        (f"\"Our thoughts are with everyone affected,\" said {_person(rng)}, leader of {place} council, adding "
         "that staff were working with partner agencies to support residents overnight."),
        (f"{svc} has posted on social media to say that the road through {place} remains closed in both "
         "directions and is likely to stay that way for several hours."),
    ])]


def _t31_breaking_banner(rng: random.Random, ctx: dict) -> list[str]:
    label = rng.choice(["BREAKING", "Breaking news", "BREAKING NEWS", "JUST IN", "Just in", "⚡ Breaking",
                        "Developing story", "NEWS ALERT", "FLASH"])
    if rng.random() < 0.45:
        return [label]
    return glue(rng, [label, _headline(rng, ctx, FALLBACK31)], 0.6, (": ", " | ", " — ", " "))


def _t31_developing_prose(rng: random.Random, ctx: dict) -> list[str]:
    return [rng.choice([
        "This story is developing and will be updated as more information becomes available.",
        ("This is a breaking news story. More details will be published shortly. Please refresh the page for the "
         "fullest version."),
        ("This story is being updated. An earlier version was published before the full details were known, "
         "and some figures may change as the situation becomes clearer."),
        (f"This is a developing story and details may change. Check back for updates, or follow {_outlet(rng)} "
         "on social media for the latest."),
        ("More to follow. We'll bring you further details on this breaking story as soon as we have them; "
         "refresh this page for the latest version."),
        (f"This article was first published at {_clock(rng)} and is being updated throughout the "
         f"{rng.choice(['day', 'evening', 'morning'])} as we learn more."),
    ])]


def _t31_update_log(rng: random.Random, ctx: dict) -> list[str]:
    head = rng.choice(["Update log", "Updates", "Story history", "Revision history", "Changes to this story"])
    notes = [
        f"added comment from {_service(rng)}",
        f"adds number of homes affected in {_place(rng)}",
        "updated headline and first paragraph",
        f"corrects spelling of {_person(rng)}'s name",
        f"includes statement from {_place(rng)} council",
        "adds video and updated picture captions",
        f"clarified that the {rng.choice(WEEKDAYS)} meeting has been postponed, not cancelled",
    ]
    lines = [head]
    for note in rng.sample(notes, rng.randint(1, 3)):
        stamp = rng.choice([f"{_hhmm(rng)} {rng.choice(TZ11)}", _day(rng), f"{_day(rng, False)}, {_clock(rng)}"])
        lines.append(rng.choice([f"{stamp}: {note[0].upper()}{note[1:]}.", f"Updated {stamp} – {note}",
                                 f"[{stamp}] {note}"]))
    return lines


def _t31_correction_prose(rng: random.Random, ctx: dict) -> list[str]:
    return [rng.choice([
        (f"Correction: an earlier version of this page said {_event(rng)} began on {rng.choice(WEEKDAYS)}. It began "
         f"on {rng.choice(WEEKDAYS)}, and we have amended the text accordingly."),
        (f"This post was amended at {_hhmm(rng)} to correct the number of fire engines sent to {_place(rng)}, which "
         f"was {rng.randint(3, 12)}, not {rng.randint(13, 25)} as we originally reported."),
        (f"An earlier update wrongly described {_person(rng)} as a councillor for {_place(rng)}. They represent the "
         f"{_place(rng)} ward. We apologise for the error."),
        (f"We have removed a post that included a picture wrongly said to show {_event(rng)}. The image was taken "
         "several years ago in another part of the country."),
    ])]


def _t31_live_stream(rng: random.Random, ctx: dict) -> list[str]:
    opts = [rng.choice([f"▶ Watch live: {_place(rng)} press conference", "▶ Watch live", "Live stream",
                        f"Watch: live pictures from {_place(rng)}", "LIVE VIDEO"]),
            rng.choice([f"Live stream starts at {_hhmm(rng)}", f"● {rng.randint(40, 9999):,} watching",
                        "Stream paused", "Stream ended – replay available", "Starting soon"]),
            rng.choice(["Mute", "Unmute 🔇", "Pop out player", "Return to live ⟳", "Go to live"])]
    return glue(rng, some(rng, opts, 1, 3), 0.45)


def _t31_earlier_prose(rng: random.Random, ctx: dict) -> list[str]:
    ev = _event(rng)
    return [rng.choice([
        (f"Earlier today we reported on {ev}, where crews spent several hours at the scene before the area was "
         "finally declared safe just after lunchtime."),
        (f"In case you missed it overnight, {ev} led to a number of closures, and commuters are being advised to "
         "check before they travel this morning."),
        (f"Some of you have been asking about {ev}. The latest we have is that the site remains closed and "
         "officials expect to say more at a briefing later."),
        (f"We're still waiting for an update on {ev}. As soon as we hear anything from the authorities we'll "
         "bring it to you here."),
    ])]


def _t31_send_prose(rng: random.Random, ctx: dict) -> list[str]:
    place = _place(rng)
    return [rng.choice([
        (f"Are you in {place}? If it is safe to do so, you can share your pictures and experiences with our live "
         "team, but please do not put yourself or anyone else at risk."),
        ("Have you been affected by today's disruption? Get in touch with our live team and tell us what you are "
         "seeing where you are; please include a phone number so we can contact you."),
        (f"If you were near {_street(rng)} this afternoon and saw what happened, our reporters would like to hear "
         "from you. You can stay anonymous if you prefer."),
    ])]


def _t31_timezone_prose(rng: random.Random, ctx: dict) -> list[str]:
    zone = rng.choice(["GMT", "BST", "UK time", "your local time", "Central European Time", "the time in London"])
    first = rng.choice([f"All times on this page are shown in {zone}.", f"Timestamps on this live page use {zone}.",
                        f"Times given in these updates are in {zone} unless we say otherwise.",
                        "Times shown are approximate and reflect when each post was published.",
                        "This page updates automatically every minute or so."])
    second = rng.choice([
        "Posts appear with the newest at the top, and you can switch the order using the menu above.",
        "They may be a few minutes after the events described actually happened.",
        "If you would rather refresh it yourself, switch off auto-update using the toggle at the top.",
        f"Readers in {rng.choice(['New York', 'Sydney', 'Lagos', 'Mumbai', 'Toronto'])} should adjust accordingly.",
        "Older posts are further down the page, below the key events box.",
        "Tap any timestamp to copy a direct link to that post.",
    ])
    return [f"{first} {second}"]


def _t31_live_team(rng: random.Random, ctx: dict) -> list[str]:
    lines = [rng.choice(["Live reporting", "Live team", "Edited by", "Today's live team", "Reporting team"])]
    names = [_person(rng) for _ in range(rng.randint(2, 4))]
    if rng.random() < 0.5:
        lines.append(", ".join(names[:-1]) + " and " + names[-1])
    else:
        lines += names
    if rng.random() < 0.3:
        lines.append(f"Edited by {_person(rng)}")
    return lines


def _t31_alert_prose(rng: random.Random, ctx: dict) -> list[str]:
    outlet = _outlet(rng)
    first = rng.choice([
        "Want to be the first to know when news breaks?", "Don't miss the next big story.",
        f"Get breaking news from {outlet} as it happens.", f"Never miss a story from {_place(rng)} again.",
        "Stay ahead of the headlines."])
    second = rng.choice([
        f"Turn on alerts in the {outlet} app and we'll send a notification to your phone when something happens.",
        f"Sign up for breaking-news e-mails from {outlet}; you can unsubscribe at any time.",
        "Our alerts are sent only for the most important stories, never more than a handful a day.",
        (f"Choose the topics you care about, from {rng.choice(TOPICS).lower()} to "
        f"{rng.choice(TOPICS).lower()}, in your notification settings."),
        f"Join more than {rng.randint(12, 480)},000 readers who get our alerts on their lock screen.",
    ])
    return [f"{first} {second}"]


def _t31_skip_links(rng: random.Random, ctx: dict) -> list[str]:
    opts = ["Skip to content", rng.choice(["Skip to main navigation", "Skip to navigation", "Skip to menu"]),
            rng.choice(["Skip to footer", "Skip to search", "Jump to accessibility help"]),
            rng.choice(["Accessibility links", "Accessibility help", "Accessibility settings", "Skip to live updates"]),
            rng.choice(["Skip to key events", "Skip to latest post", "Skip advertisement"])]
    return glue(rng, some(rng, opts, 1, 4), 0.4)


def _t31_new_window(rng: random.Random, ctx: dict) -> list[str]:
    opts = ["(opens in a new window)", "Opens in a new window", "External link, opens in new tab",
            "(link is external)", "opens in new tab", "This link will open in a new window",
            f"{_outlet(rng)} (opens in a new window)", "PDF, opens in a new window",
            f"Visit {_domain(_outlet(rng))} (external site, opens in new tab)"]
    return some(rng, opts, 1, 2)


def _t31_aria_labels(rng: random.Random, ctx: dict) -> list[str]:
    opts = [rng.choice(['aria-label="Close"', 'aria-label="Open menu"', 'aria-label="Share this article"',
                        'aria-hidden="true"', 'role="button"', 'aria-expanded="false"']),
            rng.choice(["button: Share this article", "Button, collapsed, Menu", "Close dialog", "Expand menu",
                        "Open search", "navigation landmark", "banner landmark"]),
            rng.choice(["Search", "Menu", "Close ✕", "Previous slide", "Next slide", "Toggle captions"]),
            rng.choice(["heading level 2", "list, 4 items", "link, visited", "image, decorative"])]
    return glue(rng, some(rng, opts, 1, 3), 0.35)


ALT_WHO31 = ["A woman in a red coat", "An elderly man with a walking stick", "Two firefighters in yellow helmets",
             "A young boy holding a placard", "A group of commuters", "A police officer in a high-visibility jacket",
             "A man in a grey suit", "A dog walker", "Three teenagers in school uniform", "A delivery driver",
             "A paramedic", "A woman with a pushchair"]
ALT_DOING31 = ["walks past a shuttered shop on a rainy high street", "stands beside a cordon of blue and white tape",
               "looks at a flooded car park", "waits at a bus stop under a grey sky",
               "speaks into a microphone outside a brick building", "carries sandbags towards a row of terraced houses",
               "sits on a bench beside a closed playground", "points at a damaged roof",
               "crosses a busy road at dusk", "holds a cup of tea outside a rest centre"]


def _t31_alt_prose(rng: random.Random, ctx: dict) -> list[str]:
    sent = f"{rng.choice(ALT_WHO31)} {rng.choice(ALT_DOING31)}"
    extra = rng.choice(["", f" in {_place(rng)}", ", while a van is parked in the background",
                        ", with smoke rising behind the houses", ", as traffic queues along the road behind them",
                        " on a cold, overcast morning"])
    sent = f"{sent}{extra}."
    if len(sent.split()) < 12:
        sent = sent[:-1] + rng.choice([", photographed from across the street.",
                                       ", seen from a window above the road.",
                                       ", as seen in a picture taken earlier this week."])
    return [rng.choice([sent, f"Image description: {sent}", f"Alt text: {sent}", f"[{sent}]",
                        f"Image: {sent}"])]


def _t31_alt_other(rng: random.Random, ctx: dict) -> list[str]:
    return [rng.choice(["[Image: no description available]", "Decorative image", "image", "Image description",
                        "Photo: alt text missing", "[image unavailable]", "graphic", "Chart (described in text)",
                        f"Image {rng.randint(1, 12)} of {rng.randint(12, 30)}", "Enlarge image ⤢"])]


def _t31_audio_description(rng: random.Random, ctx: dict) -> list[str]:
    opts = [rng.choice(["Audio description available", "AD", "Audio described", "🔊 AD available",
                        "Audio description: On"]),
            rng.choice(["Subtitles: English [CC]", "CC", "Subtitles available", "SDH"]),
            rng.choice(["Signed", "BSL", "Sign language version available"]),
            f"Duration {rng.randint(0, 9)}:{rng.randint(0, 59):02d}"]
    return glue(rng, some(rng, opts, 1, 3), 0.55, (" | ", "  ", " · ", " "))


def _t31_transcript_toggle(rng: random.Random, ctx: dict) -> list[str]:
    opts = [rng.choice(["Show transcript", "Hide transcript", "Read transcript ▾", "Transcript", "View transcript"]),
            rng.choice([f"Download transcript (PDF, {rng.randint(40, 400)}KB)", "Print transcript",
                        "Transcript (text only)", "Copy transcript"]),
            rng.choice(["Search transcript", "Sync with video ☐", "Auto-scroll: On"])]
    return glue(rng, some(rng, opts, 1, 2), 0.4)


def _t31_transcript_prose(rng: random.Random, ctx: dict) -> list[str]:
    what = rng.choice(["this video", "this clip", "the press conference", "this interview", "this briefing",
                       "the audio above", "this podcast episode"])
    first = rng.choice([
        f"A full transcript of {what} is available below.", f"A written transcript of {what} can be found below.",
        f"This transcript of {what} was generated automatically and checked by an editor.",
        f"Subtitles for {what} were produced by {rng.choice(PLAYERS31)} speech recognition.",
        f"The transcript of {what} is provided for readers who are deaf or hard of hearing."])
    second = rng.choice([
        "It may differ slightly from the audio, so please refer to the recording before quoting it.",
        "They may contain mistakes, particularly with place names and people's names.",
        "Speaker names have been added where they are known.",
        f"It was produced by {_person(rng)} of our captioning team.",
        "Pauses, repetitions and background noise have been left out to make it easier to read.",
        f"Report an error in the transcript to captions@{_domain(_outlet(rng))}.",
    ])
    return [f"{first} {second}"]


def _t31_caption_tracks(rng: random.Random, ctx: dict) -> list[str]:
    opts = ["Captions", rng.choice(["English (auto-generated)", "English CC", "English [CC]", "English - SDH"]),
            rng.choice(["Welsh", "Cymraeg", "Gaelic", "Polish", "Urdu", "Spanish"]),
            rng.choice(["Captions off", "Off", "captions settings, opens captions settings dialog"]),
            rng.choice(["Caption settings", "Font size 100%", "Background: Black, 75%", "Text edge style: None"])]
    return glue(rng, some(rng, opts, 1, 4), 0.45)


def _t31_listen_line(rng: random.Random, ctx: dict) -> list[str]:
    m, s = rng.randint(1, 16), rng.randint(0, 59)
    opts = [rng.choice(["Hear this story", "▷ Play narration", "Audio version", "🔈 Hear it read aloud",
                        "Press play to listen", "Listen instead", "This story, read aloud"]),
            rng.choice([f"{m}:{s:02d}", f"{m} min listen", f"{m}m {s}s", f"Narrated · {m} min"]),
            rng.choice([f"Voice: {rng.choice(AUDIO31)}", f"Read by {_person(rng)}", "Computer-generated voice",
                        "Human narrated"]),
            rng.choice(["Speed 1×", "Skip back 10s", "Download MP3", "Queue it"])]
    return glue(rng, some(rng, opts, 1, 3), 0.5)


def _t31_listen_prose(rng: random.Random, ctx: dict) -> list[str]:
    outlet = _outlet(rng)
    return [rng.choice([
        (f"Prefer to listen? This article is also available as audio, read by {_person(rng)}. Press the play button "
         "above, or find it in your usual podcast app."),
        (f"The spoken version of this story was produced by {rng.choice(AUDIO31)} using a synthetic voice, and "
         "pronunciation of some names may not be perfect."),
        (f"{outlet} now offers audio versions of selected stories for readers with sight loss or anyone on the "
         "move. Let us know what you think of the service."),
        ("Audio versions are generated when a story is published and are not updated when the text changes, so "
         "the recording may differ from what you read on the page."),
    ])]


def _t31_sign_line(rng: random.Random, ctx: dict) -> list[str]:
    return [rng.choice(["BSL version", "Watch with sign language", "▶ Signed version", "🤟 BSL",
                        "Sign language interpreted", "ISL version available", "Watch this video in BSL",
                        "Signed by an interpreter"])]


def _t31_sign_prose(rng: random.Random, ctx: dict) -> list[str]:
    return [rng.choice([
        ("A version of this video with British Sign Language interpretation is available. Select the BSL button "
         "on the player to switch between versions."),
        (f"This briefing was interpreted live into sign language by {_person(rng)}. The signed stream can be "
         "found on our accessibility page alongside a captioned replay."),
        ("Signed versions of our main news bulletins are published within an hour of broadcast and remain "
         "available to watch for thirty days."),
        (f"We are working with {_place(rng)} Deaf Centre to make more of our video available in sign language. "
         "Tell us which stories you would like to see signed."),
    ])]


def _t31_screen_reader(rng: random.Random, ctx: dict) -> list[str]:
    return [rng.choice(["End of Chirper post", "Skip Pictogram post", "Content continues below",
                        "Beginning of dialog window. Escape will cancel and close the window.", "End of dialog window.",
                        f"Allow {rng.choice(['Chirper', 'Pictogram', 'Vidlo'])} content?", "End of embedded content",
                        "Skip video", "Advertisement. Scroll to continue reading.", "You are here:",
                        "Navigated to live page", "New content loaded"])]


def _t31_player_strings(rng: random.Random, ctx: dict) -> list[str]:
    dur = f"{rng.randint(0, 12)}:{rng.randint(0, 59):02d}"
    opts = [rng.choice(["Play Video", "Play", "Pause", "Replay"]), rng.choice(["Mute", "Unmute"]),
            f"Current Time 0:00 / Duration {dur}", f"Loaded: {rng.randint(0, 100)}%",
            rng.choice(["Fullscreen", "Exit Fullscreen", "Picture-in-Picture"]), "This is a modal window.",
            f"Remaining Time -{dur}", "Stream Type LIVE"]
    return glue(rng, some(rng, opts, 2, 4), 0.5)


def _t31_display_controls(rng: random.Random, ctx: dict) -> list[str]:
    opts = [rng.choice(["High contrast", "Contrast: Normal | High", "Colour scheme ▾"]),
            rng.choice(["A- A A+", "Text size", "Zoom 125%"]),
            rng.choice(["Dyslexia-friendly font", "Easy-read font: Off", "Letter spacing +"]),
            rng.choice(["Reduce motion", "Stop animations", "Pause carousel ❚❚"]),
            rng.choice(["Reset", "Accessibility options", "Save preferences"])]
    return glue(rng, some(rng, opts, 2, 4), 0.5, ("  ", " | ", "   "))


def _t31_motion_prose(rng: random.Random, ctx: dict) -> list[str]:
    thing = rng.choice(["moving map", "animated chart", "scrolling timeline", "looping video", "3D model",
                        "satellite animation", "interactive graphic"])
    first = rng.choice([
        (f"Animations on this page, including the {thing}, have been switched off because your device asked for "
        "reduced motion."),
        f"The {thing} in this story is also available as a static image with a written description.",
        f"The {thing} on this page plays automatically.",
        f"If the {thing} does not load, you may be using an older browser or a slow connection."])
    second = rng.choice([
        "You can turn animations back on in your accessibility settings.",
        "To stop it, press the pause button in the corner or switch off autoplay in your settings.",
        "This version is intended for readers using screen readers or who prefer less motion.",
        "A text summary of what it shows appears directly beneath it.",
        "Try refreshing the page, or open the story in a different browser.",
    ])
    return [f"{first} {second}"]


def _t31_shortcuts(rng: random.Random, ctx: dict) -> list[str]:
    opts = [rng.choice(["Keyboard shortcuts", "Shortcuts", "Press ? for keyboard shortcuts"]),
            rng.choice(["Press J and K to move between updates", "J / K: next / previous post",
                        "Use the arrow keys to move through the gallery"]),
            rng.choice(["Press Esc to close", "Tab to move, Enter to select", "Space: play / pause"])]
    return glue(rng, some(rng, opts, 1, 3), 0.4)


def _t31_access_statement_prose(rng: random.Random, ctx: dict) -> list[str]:
    outlet = _outlet(rng)
    first = rng.choice([
        "We want everyone to be able to read our journalism.",
        f"{outlet} aims to meet level AA of the Web Content Accessibility Guidelines.",
        "Our live pages announce new posts to screen readers as they arrive.",
        f"Accessibility matters to everyone at {outlet}.",
        "If you need this information in another format, such as large print, easy read or audio, let us know."])
    second = rng.choice([
        f"If you have trouble using this page with assistive technology, email access@{_domain(outlet)}.",
        "Some older articles and embedded content from other sites may not yet meet this standard.",
        "If you find this distracting, you can switch off live announcements in the page settings.",
        (f"Our readers' services team can be reached on {rng.choice(['0800', '0300'])} {rng.randint(100, 999)} "
        f"{rng.randint(1000, 9999)}, {rng.choice(WEEKDAYS)} to {rng.choice(WEEKDAYS)}."),
        f"Our accessibility statement was last reviewed on {_day(rng)}.",
    ])
    return [f"{first} {second}"]


def _t31_verify_prose(rng: random.Random, ctx: dict) -> list[str]:
    return [rng.choice([
        ("Posts on this page are written quickly as events unfold. Where we include pictures or claims from social "
         "media that we have not been able to check, we will say so clearly."),
        (f"We are aware of a video circulating online said to show {_event(rng)}. We have not been able to verify "
         "it and are not sharing it here."),
        ("Information in live coverage can change quickly. Earlier posts are left as they were published, so "
         "please read the latest updates at the top of the page."),
    ])]


def _t31_chart_alt_prose(rng: random.Random, ctx: dict) -> list[str]:
    y0, y1 = rng.randint(2008, 2015), rng.randint(2019, 2025)
    a, b = rng.randint(10, 400), rng.randint(401, 900)
    what = rng.choice(["emergency call-outs", "flood warnings issued", "reported power cuts", "rail cancellations",
                       "homes without broadband", "ambulance response times in minutes"])
    return [rng.choice([
        (f"Chart description: a line chart showing {what} in {_place(rng)}, rising from about {a} in {y0} to "
         f"more than {b} in {y1}, with a sharp jump in the final year."),
        (f"Graphic described for screen readers: a bar chart comparing {what} across {rng.randint(4, 9)} areas, "
         f"with {_place(rng)} the highest at {b} and {_place(rng)} the lowest at {a}."),
        (f"Map description: an outline of {_place(rng)} with the affected streets shaded in orange and the cordon "
         "marked by a dashed red line running along the river."),
    ])]


def _t31_other_live_prose(rng: random.Random, ctx: dict) -> list[str]:
    return [rng.choice([
        (f"We're also running a separate live page on {_event(rng)}, where {_person(rng)} is bringing you the "
         "latest updates, pictures and travel information."),
        (f"For coverage of {_event(rng)}, head over to our other live page. We'll keep this one focused on the "
         "main story for the rest of the day."),
        (f"Elsewhere, {_event(rng)} has its own live coverage this evening, with our correspondent "
         f"{_person(rng)} reporting from the scene."),
    ])]


def _thirtyfirst_templates() -> dict[str, tuple[str, Template]]:
    """Live blogs, breaking-news furniture and accessibility residue."""
    return {
        "live_badge": ("h", _t31_live_badge),
        "key_events_toggle": ("hi", _t31_key_events_toggle),
        "key_events_list": ("hi", _t31_key_events_list),
        "pinned": ("hi", _t31_pinned),
        "refresh_bar": ("hit", _t31_refresh_bar),
        "timestamp": ("it", _t31_timestamp),
        "post_byline": ("i", _t31_post_byline),
        "post_share": ("it", _t31_post_share),
        "update_prose": ("it", _t31_update_prose),
        "joining_prose": ("hi", _t31_joining_prose),
        "what_we_know": ("hit", _t31_what_we_know),
        "signin_prose": ("hi", _t31_signin_prose),
        "handover_prose": ("it", _t31_handover_prose),
        "ended_prose": ("ht", _t31_ended_prose),
        "official_quote_prose": ("i", _t31_official_quote_prose),
        "breaking_banner": ("h", _t31_breaking_banner),
        "developing_prose": ("ht", _t31_developing_prose),
        "update_log": ("t", _t31_update_log),
        "correction_prose": ("t", _t31_correction_prose),
        "live_stream": ("hi", _t31_live_stream),
        "earlier_prose": ("it", _t31_earlier_prose),
        "send_prose": ("it", _t31_send_prose),
        "timezone_prose": ("ht", _t31_timezone_prose),
        "live_team": ("ht", _t31_live_team),
        "alert_prose": ("t", _t31_alert_prose),
        "skip_links": ("h", _t31_skip_links),
        "new_window": ("it", _t31_new_window),
        "aria_labels": ("hit", _t31_aria_labels),
        "alt_prose": ("i", _t31_alt_prose),
        "alt_other": ("i", _t31_alt_other),
        "audio_description": ("hi", _t31_audio_description),
        "transcript_toggle": ("it", _t31_transcript_toggle),
        "transcript_prose": ("it", _t31_transcript_prose),
        "caption_tracks": ("it", _t31_caption_tracks),
        "listen_line": ("h", _t31_listen_line),
        "listen_prose": ("ht", _t31_listen_prose),
        "sign_line": ("hi", _t31_sign_line),
        "sign_prose": ("it", _t31_sign_prose),
        "screen_reader": ("hit", _t31_screen_reader),
        "player_strings": ("i", _t31_player_strings),
        "display_controls": ("h", _t31_display_controls),
        "motion_prose": ("hi", _t31_motion_prose),
        "shortcuts": ("t", _t31_shortcuts),
        "access_statement_prose": ("t", _t31_access_statement_prose),
        "verify_prose": ("it", _t31_verify_prose),
        "chart_alt_prose": ("i", _t31_chart_alt_prose),
        "other_live_prose": ("it", _t31_other_live_prose),
    }


# --- thirtysecond: sponsored, affiliate and partner content; archive and print residue ----------------------------

FALLBACK32 = ["Shipyard workers vote to accept new pay offer", "Town hall clock to chime again after repairs",
              "New cycle lane splits opinion among shopkeepers", "Former mill to become arts and housing hub",
              "Rugby club celebrates promotion with open-top bus parade", "Council tax rise agreed after long debate",
              "Ferry timetable cut for winter months", "Pupils plant a thousand trees on school field"]
BRANDS32 = ["Harrowgate Building Society", "Northwind Energy", "Solent & Vale Insurance", "Pinemarsh Holidays",
            "Corvina Motors", "Fettle Home Care", "Aldgrove Wealth", "Quaystone Homes", "Bellwether Broadband",
            "Tarnside Water", "Larkspur Pharmacy", "Merrow Bank"]
SHOPS32 = ["Kitbury", "Shelfmart", "Hollis & Crane", "Parcelo", "Brightbasket", "Dunmore Direct", "Tillpoint",
           "Crateworks", "Homefield", "Gadgetry Outlet"]
PRODUCTS32 = ["Zephyr 3 air fryer", "Calderon cordless vacuum", "Nimbus Pro noise-cancelling headphones",
              "Tessel 12-cup coffee machine", "Ridgeback electric blanket", "Lumen S7 smart speaker",
              "Ember heated airer", "Glide Max robot mop", "Orbit 5 fitness watch", "Kettlebrook dehumidifier",
              "Stratus portable heater", "Fable e-reader", "Pocket Atlas dashcam", "Halcyon weighted blanket"]
STUDIOS32 = ["Ledger Studio", "The Partnerships Desk", "Brand Lab", "Studio Nine", "Commercial Content Unit",
             "Inkwell Creative", "Front Page Partners"]
NATIVE32 = ["Linkloom", "Recommendly", "Sproutfeed", "AdAround", "Clickharbor"]
ARCHIVES32 = ["Midshire Record Office", "the Brackwater Local Studies Library", "the Regional Newspaper Archive Trust",
              "Hensford Central Library", "the Westmarch Heritage Centre", "the National Press Microfilm Unit"]
SCANNERS32 = ["Paperlight Digitisation", "Reelscan Ltd", "Archivia Imaging", "Frameworks Heritage Services"]


def _brand(rng: random.Random) -> str:
    return rng.choice(BRANDS32)


def _shop(rng: random.Random) -> str:
    return rng.choice(SHOPS32)


def _product(rng: random.Random) -> str:
    return rng.choice(PRODUCTS32)


def _t32_paid_label(rng: random.Random, ctx: dict) -> list[str]:
    brand = _brand(rng)
    opts = [rng.choice(["Paid post", "PAID POST", "Sponsored", "Advertiser content", "Promoted", "Partner content",
                        "Advertisement feature", "Commercial feature"]),
            rng.choice([f"Presented by {brand}", f"In partnership with {brand}", f"Sponsored by {brand}",
                        f"Brought to you by {brand}", f"From {brand}", f"Paid for by {brand}"]),
            rng.choice(["What's this?", "About this content", "Why am I seeing this?", "ⓘ"])]
    return glue(rng, some(rng, opts, 1, 3), 0.45)


def _t32_commercial_prose(rng: random.Random, ctx: dict) -> list[str]:
    brand, outlet = _brand(rng), _outlet(rng)
    return [rng.choice([
        (f"This content was produced by our commercial team on behalf of {brand}. It was not written by "
         f"{outlet}'s journalists and did not involve the newsroom."),
        (f"This article was paid for by {brand} and created by {rng.choice(STUDIOS32)}, the branded content "
         f"department of {outlet}. The editorial staff had no role in its production."),
        (f"Produced in partnership with {brand}. The partner reviewed this article before publication but did "
         "not have final approval over its content."),
        (f"{outlet} receives payment from {brand} for this feature. Opinions expressed by contributors are their "
         "own and do not represent the views of our editors."),
    ])]


def _t32_advertorial_prose(rng: random.Random, ctx: dict) -> list[str]:
    brand, place, who = _brand(rng), _place(rng), _person(rng)
    n = rng.randint(2, 60)
    return [rng.choice([
        (f"For families in {place}, rising bills have made this winter a worry. That is why {brand} has launched a "
         f"new scheme that it says could save a typical household up to {_money(rng, 120, 640)} a year."),
        (f"\"We've been part of this community for {n} years,\" says {who}, branch manager at {brand} in {place}. "
         "\"Our customers tell us they want advice from real people, not a call centre.\""),
        (f"Since opening its doors on {_street(rng)}, {brand} has helped more than {rng.randint(2, 40):,},000 "
         f"local people, and this month it is offering free consultations at its {place} office."),
        (f"According to a survey commissioned by {brand}, {rng.randint(40, 85)} per cent of homeowners in the region "
         "have never reviewed their cover, and many could be paying more than they need to."),
        (f"{who} had never thought about retiring early until a conversation with an adviser at {brand} changed "
         f"her mind. Now, at {rng.randint(52, 61)}, she spends her mornings walking the coast near {place}."),
    ])]


def _t32_affiliate_blurb(rng: random.Random, ctx: dict) -> list[str]:
    prod, shop = _product(rng), _shop(rng)
    opts = [rng.choice([prod, prod.upper(), f"Best buy: {prod}", f"{rng.randint(1, 10)}. {prod}"]),
            rng.choice([f"{_money(rng, 19, 399, True)} at {shop}", (f"Was {_money(rng, 80, 500)}, now "
                        f"{_money(rng, 20, 79, True)}"), f"From {_money(rng, 15, 250, True)}"]),
            rng.choice([f"Buy now at {shop}", f"Check price at {shop} ›", "View deal", "Shop now",
                        f"See it at {shop}"]),
            rng.choice([f"Rating: {rng.randint(3, 5)}/5", "★★★★☆", "Editor's choice", "Best for small kitchens",
                        "Key specs: 1500W, 4.2 litre, dishwasher-safe basket"])]
    return glue(rng, some(rng, opts, 2, 4), 0.35)


def _t32_price_lines(rng: random.Random, ctx: dict) -> list[str]:
    prod = _product(rng)
    shops = rng.sample(SHOPS32, rng.randint(2, 4))
    lines = [f"{_money(rng, 19, 399, True)} at {s}" for s in shops]
    if rng.random() < 0.5:
        lines.insert(0, rng.choice([prod, f"Where to buy the {prod}", "Best prices today", "Compare prices"]))
    return glue(rng, lines, 0.4, (" | ", "  ", " / "))


def _t32_deal_box(rng: random.Random, ctx: dict) -> list[str]:
    was = rng.randint(60, 600)
    now = rng.randint(20, was - 10)
    opts = [rng.choice(["DEAL OF THE DAY", "Today's best deal", "🔥 Hot deal", "Flash sale", "Lightning deal",
                        "Reader offer"]),
            _product(rng),
            rng.choice([f"Was £{was} · Now £{now}", f"£{now} (save £{was - now})",
                        f"-{round(100 * (was - now) / was)}%",
                        f"RRP £{was}  £{now}"]),
            rng.choice([f"Ends in {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}",
                        f"{rng.randint(5, 95)}% claimed", "While stocks last", f"Offer ends {_day(rng, False)}"]),
            rng.choice([f"Get deal at {_shop(rng)}", "Grab it ›", "See deal"])]
    return glue(rng, some(rng, opts, 2, 4), 0.35)


def _t32_deal_prose(rng: random.Random, ctx: dict) -> list[str]:
    prod, shop = _product(rng), _shop(rng)
    return [rng.choice([
        (f"Right now the {prod} is down to {_money(rng, 29, 199, True)} at {shop}, the lowest price we have seen "
         f"since {rng.choice(MONTHS)}, so it is worth acting quickly if you have had your eye on one."),
        (f"If you missed out last time, {shop} has brought back its discount on the {prod}, knocking "
         f"{_money(rng, 20, 90)} off the usual price until the end of the week."),
        (f"The {prod} rarely goes on sale, but {shop} has cut it by a third for members, and delivery is free on "
         f"orders over {_money(rng, 20, 50)}."),
    ])]


def _t32_price_checked_prose(rng: random.Random, ctx: dict) -> list[str]:
    return [rng.choice([
        (f"Prices were checked at {_clock(rng)} on {_day(rng, False)} and may have changed since. Stock levels "
         "vary by retailer and some offers are available online only."),
        ("Product prices and availability are accurate as of the date and time shown and are subject to change; "
         "any price displayed on the retailer's site at the time of purchase will apply."),
        (f"All prices include VAT. Delivery charges may apply, and the discounts quoted are against each "
         f"retailer's own previous price in the last {rng.choice([28, 30, 60, 90])} days."),
    ])]


def _t32_commission_line(rng: random.Random, ctx: dict) -> list[str]:
    return [rng.choice(["We may earn a commission from links on this page.", "Affiliate links: we may get paid.",
                        "Contains affiliate links", "Shopping links earn us a small fee.",
                        f"{_outlet(rng)} may be paid if you buy through these links.",
                        "ⓘ Links marked * are affiliate links", "Commission earned on purchases",
                        "Independently chosen. We may be paid a fee."])]


def _t32_commission_prose(rng: random.Random, ctx: dict) -> list[str]:
    outlet = _outlet(rng)
    first = rng.choice([
        (f"If you click through and buy something from a retailer mentioned here, {outlet} may receive a small share "
        "of the sale."),
        "Every product on this page was chosen by our reviewers, not by advertisers.",
        f"Our shopping writers at {outlet} pick items they would buy themselves.",
        "Buying through the links in this article can earn us a referral fee from the retailer.",
        f"{outlet} has affiliate arrangements with {_shop(rng)}, {_shop(rng)} and other shops."])
    second = rng.choice([
        "This never affects which products we recommend or what we say about them.",
        "Some of the links pay us a fee when you shop, which helps fund our independent testing.",
        "When you follow a link to a shop we sometimes earn money, but the price you pay stays the same.",
        "Retailers cannot pay to be included and do not see our coverage before it is published.",
        ("Read more about how we choose products in our "
         f"{rng.choice(['reviews policy', 'shopping guidelines', 'FAQ'])}."),
    ])
    return [f"{first} {second}"]


def _t32_review_prose(rng: random.Random, ctx: dict) -> list[str]:
    prod = _product(rng)
    return [rng.choice([
        (f"We tested the {prod} at home for {rng.randint(2, 8)} weeks, using it every day alongside "
         f"{rng.randint(3, 9)} rival models, and scored each one on performance, ease of use and value for money."),
        (f"How we test: our reviewer {_person(rng)} used the {prod} in a real home rather than a laboratory, "
         "noting running costs, noise and how easy it was to clean."),
        (f"Verdict: the {prod} is not the cheapest option, but it is the one we would recommend to most people, "
         "thanks to its reliability and sensible price."),
    ])]


def _t32_studio_prose(rng: random.Random, ctx: dict) -> list[str]:
    studio, outlet = rng.choice(STUDIOS32), _outlet(rng)
    return [rng.choice([
        (f"{studio} is the brand partnerships team at {outlet}. It works with advertisers to create articles, "
         "videos and events, separately from our news and opinion pages."),
        (f"This series was created by {studio} and funded by {_brand(rng)}. To find out about working with us, "
         f"contact partnerships@{_domain(outlet)}."),
        (f"Content from {studio} is clearly labelled so that readers can tell it apart from independent "
         "journalism. Find out more about how we label commercial content on our standards page."),
    ])]


def _t32_quiz(rng: random.Random, ctx: dict) -> list[str]:
    brand = _brand(rng)
    q = rng.choice(["How much does the average household spend on heating each year?",
                    "Which room in the home uses the most electricity?",
                    "How often should you review your home insurance?",
                    "What share of drivers check their tyre pressure every month?",
                    "How many days of annual leave does the average worker leave untaken?"])
    lines = [rng.choice([f"Sponsored quiz · {brand}", "QUIZ", f"Test yourself | in partnership with {brand}",
                         "Take our quiz"]),
             rng.choice([f"Question {rng.randint(1, 5)} of {rng.randint(6, 12)}", ""]), q]
    answers = rng.sample(["£640", "£1,120", "£1,890", "The kitchen", "The living room", "Every year",
                          "Every five years", "12%", "38%", "3 days", "7 days"], 4)
    lines += [f"{letter}) {a}" for letter, a in zip("ABCD", answers, strict=True)]
    lines.append(rng.choice(["Next question ›", "Submit", "See results", "Start quiz"]))
    return [ln for ln in lines if ln] if rng.random() < 0.6 else glue(rng, [ln for ln in lines if ln], 1.0)


def _t32_quiz_prose(rng: random.Random, ctx: dict) -> list[str]:
    brand = _brand(rng)
    topic = rng.choice(["saving energy at home", "staying safe on winter roads", "planning for retirement",
                        "protecting your home from floods", "getting the most from your broadband"])
    return [rng.choice([
        (f"Think you know all there is to know about {topic}? Test yourself with this short quiz from {brand}, "
         "and find out how you compare with other readers."),
        (f"Answer {rng.randint(5, 12)} quick questions about {topic} and you could win a {_money(rng, 50, 500)} "
         f"voucher. The quiz is sponsored by {brand}; terms and conditions apply."),
        (f"Only {rng.randint(4, 19)} per cent of people who took this quiz got every question right. Sponsored by "
         f"{brand}, it takes about {rng.randint(2, 5)} minutes."),
    ])]


def _t32_podcast_sponsor_prose(rng: random.Random, ctx: dict) -> list[str]:
    brand = _brand(rng)
    return [rng.choice([
        (f"This episode is brought to you by {brand}. Our sponsors have no influence over the stories we choose "
         "or what our guests say."),
        (f"Today's briefing is supported by {brand}, which is offering new customers "
         f"{rng.randint(2, 6)} months free. Visit its website and use the code "
         f"{rng.choice(['BRIEF', 'NEWS', 'LISTEN', 'MORNING'])}{rng.randint(10, 99)} at checkout."),
        (f"Support for this podcast comes from {brand}, helping households across the region for more than "
         f"{rng.randint(20, 150)} years."),
    ])]


def _t32_around_web_head(rng: random.Random, ctx: dict) -> list[str]:
    net = rng.choice(NATIVE32)
    opts = [rng.choice(["From around the web", "You may like", "Sponsored stories", "Promoted content",
                        "More from our partners", "Around the web"]),
            rng.choice([f"Promoted links by {net}", f"Recommended by {net}", f"by {net}", f"Ads by {net}",
                        f"{net} Feed"]),
            rng.choice(["Sponsored", "AdChoices ▷", "Report this ad", "What's this?"])]
    return glue(rng, some(rng, opts, 1, 3), 0.5)


def _t32_around_web_prose(rng: random.Random, ctx: dict) -> list[str]:
    place, brand = _place(rng), _brand(rng)
    teaser = rng.choice([
        f"Homeowners in {place} are only now discovering this little-known rule that could cut their energy bills",
        f"The one thing dentists in {place} wish patients would stop doing, according to a retired surgeon",
        f"Retirees born before {rng.randint(1955, 1965)} could be entitled to a payment many never think to claim",
        (f"Drivers who cover fewer than {rng.randint(5, 9)},000 miles a year are being told to check this before "
         "renewing"),
        (f"This is what a {rng.randint(2, 4)}-bedroom bungalow in {place} really costs to run, and it might "
         "surprise you"),
    ])
    tail = rng.choice([f" | {brand}", f" ({brand})", f"\n{brand}", f" — Sponsored by {brand}", ""])
    return (teaser + tail).split("\n")


def _t32_native_card(rng: random.Random, ctx: dict) -> list[str]:
    brand = _brand(rng)
    opts = [rng.choice([f"Sponsored · {brand}", f"{brand} | Sponsored", "Promoted", "Ad"]),
            rng.choice([f"Why thousands are switching to {brand}", f"{brand}: the smarter way to save",
                        f"Meet the team behind {brand}", f"{_place(rng)}: new homes from {_money(rng, 180, 450)},000"]),
            rng.choice(["Learn more", "Find out more ›", "Get a quote", "Book now", "Read more"])]
    return glue(rng, some(rng, opts, 2, 3), 0.4)


def _t32_event_prose(rng: random.Random, ctx: dict) -> list[str]:
    brand, place, outlet = _brand(rng), _place(rng), _outlet(rng)
    return [rng.choice([
        (f"Join us on {_day(rng, False)} for a free breakfast briefing at the {place} Assembly Rooms, sponsored "
         f"by {brand}, where business leaders will discuss the outlook for the year ahead."),
        (f"{outlet} readers are invited to an evening of talks and networking in {place}, held in partnership "
         f"with {brand}. Places are limited, so registration is essential."),
        (f"Our {place} Business Awards return this autumn, headline sponsor {brand}. Nominations are open until "
         f"{_day(rng, False)} in {rng.randint(8, 14)} categories, including employer of the year."),
    ])]


def _t32_event_fields(rng: random.Random, ctx: dict) -> list[str]:
    opts = [rng.choice(["Sponsored event", "Partner event", "EVENT", "Reader event"]),
            f"Date: {_day(rng)}", f"Time: {_clock(rng)}", f"Venue: {_place(rng)} Corn Exchange, {_street(rng)}",
            rng.choice(["Tickets: free", f"Tickets: {_money(rng, 10, 95)}", "Register free ›", "Places limited"]),
            rng.choice([f"Sponsored by {_brand(rng)}", f"Event partner: {_brand(rng)}"])]
    return glue(rng, some(rng, opts, 2, 5), 0.3)


def _t32_about_content_prose(rng: random.Random, ctx: dict) -> list[str]:
    brand, outlet = _brand(rng), _outlet(rng)
    return [rng.choice([
        (f"About this content: this page is supported by {brand}. {outlet} retains full editorial control and the "
         "sponsor did not see the articles before publication."),
        (f"This section is funded by a grant from the {brand} Community Fund. All of the journalism in it is "
         "commissioned and edited independently by our newsroom."),
        (f"Supported content is editorially independent but paid for by a partner, in this case {brand}. It is "
         "labelled so you always know who is funding what you read."),
    ])]


def _t32_supported_line(rng: random.Random, ctx: dict) -> list[str]:
    brand = _brand(rng)
    return [rng.choice([f"Supported by {brand}", f"This series is supported by the {brand} Foundation",
                        f"Funded by {brand}", f"{rng.choice(SECTIONS)} | Sponsored by {brand}",
                        f"Smarter Living, with {brand}", f"{brand} presents: {rng.choice(TOPICS)} Week"])]


def _t32_printed_from(rng: random.Random, ctx: dict) -> list[str]:
    outlet = _outlet(rng)
    return [rng.choice([f"Printed from {_url(rng, outlet)}", f"Printed from {_domain(outlet)} on {_day(rng)}",
                        f"Printed on {_day(rng)} at {_clock(rng)} from {outlet}",
                        f"This copy is for your personal, non-commercial use only. Printed from {_domain(outlet)}",
                        f"Print version: {_url(rng, outlet)}"])]


def _t32_print_header(rng: random.Random, ctx: dict) -> list[str]:
    outlet = _outlet(rng)
    opts = [outlet, f"{_day(rng)}, {_clock(rng)}", _url(rng, outlet),
            f"Page {rng.randint(1, 2)} of {rng.randint(2, 6)}",
            rng.choice(["Print this page", "🖨 Print", "Close window"])]
    return glue(rng, some(rng, opts, 2, 4), 0.4, ("  ", " | ", "\t"))


def _t32_print_footer(rng: random.Random, ctx: dict) -> list[str]:
    outlet = _outlet(rng)
    y = rng.randint(2004, 2025)
    opts = [f"Page {rng.randint(2, 6)} of {rng.randint(6, 9)}", _url(rng, outlet),
            rng.choice([f"© {y} {outlet}. All rights reserved.", f"Copyright {outlet} {y}",
                        f"© {outlet} Ltd {y}. Reproduction without permission prohibited."]),
            rng.choice(["Back to article", "Print", "Close", "Return to the full site"])]
    return glue(rng, some(rng, opts, 2, 4), 0.4, ("  ", " | ", "\t"))


def _t32_age_label(rng: random.Random, ctx: dict) -> list[str]:
    n = rng.randint(2, 19)
    return [rng.choice([f"This article is more than {n} years old", f"This article is over {n} years old",
                        f"Published {n} years ago", f"{n} years old", f"Archived · {n} years old",
                        f"This story is from {rng.randint(1998, 2019)}", f"From {_day(rng, True, 1996, 2015)}"])]


def _t32_archived_prose(rng: random.Random, ctx: dict) -> list[str]:
    y = rng.randint(1999, 2018)
    return [rng.choice([
        (f"This is an archived article from {y}. Facts, figures and contact details in it may no longer be "
         "accurate, and links may not work."),
        ("You are reading a story from our archive. It is kept online as a record of what we reported at the time "
         "and has not been updated since it was first published."),
        (f"Please note: this report was published in {y} and reflects the situation at that time. For our latest "
         "coverage, search the site or visit the relevant section."),
        (f"This page is part of our historical archive and was last reviewed in {rng.randint(y, 2024)}. Some "
         "information, including prices and opening times, is likely to be out of date."),
        ("Older stories like this one are kept for reference. The people named may have changed roles or "
         "circumstances since, and any charges mentioned may have been dropped."),
    ])]


def _t32_from_archive_prose(rng: random.Random, ctx: dict) -> list[str]:
    y = rng.randint(1951, 2005)
    return [rng.choice([
        (f"From the archive: this piece was first published on {_day(rng, False)} {y}. We are republishing it "
         "as part of our series looking back at the stories that shaped the region."),
        (f"From our archive, {y}. The original spelling and style of the article have been kept, although obvious "
         "printing errors have been corrected."),
        (f"This article first appeared in our {rng.choice(['Saturday', 'evening', 'weekly', 'Sunday'])} edition in "
         f"{y}. It is reproduced here exactly as it was printed, including the original headline."),
    ])]


def _t32_on_this_day_prose(rng: random.Random, ctx: dict) -> list[str]:
    y = rng.randint(1948, 2004)
    place = _place(rng)
    what = rng.choice([f"the opening of the new bridge at {place}",
                       f"a fire that destroyed the old cinema in {place}",
                       f"the closure of the last colliery near {place}",
                       f"a royal visit to {place} Infirmary",
                       f"record snowfall that cut off villages around {place}",
                       f"the first match at the new {place} Town ground"])
    return [rng.choice([
        f"On this day in {y}, the paper reported on {what}, which drew crowds from across the county.",
        (f"{rng.randint(20, 70)} years ago this week: our front page was dominated by {what}, with readers' "
         "letters filling two pages of the following edition."),
        (f"Looking back to {y}: reporters covered {what}. Do you remember it? Send us your memories and "
         "photographs for our nostalgia pages."),
    ])]


def _t32_print_note_prose(rng: random.Random, ctx: dict) -> list[str]:
    head = _headline(rng, ctx, FALLBACK32)
    return [rng.choice([
        (f"A version of this article appears in print on {_day(rng)}, on page {rng.randint(2, 48)} of the "
         f"{rng.choice(['national', 'regional', 'Northern', 'city'])} edition, with the headline: {head}."),
        (f"This article appeared in the print edition of {_day(rng)} under the headline \"{head}\" and has been "
         "updated online."),
        (f"Published in print as \"{head}\" on page {rng.randint(2, 48)}. Order back issues and reprints from our "
         "archive service."),
    ])]


def _t32_email_form(rng: random.Random, ctx: dict) -> list[str]:
    opts = [rng.choice(["Email this story", "E-mail this article", "Send this story to a friend", "Email to a friend"]),
            rng.choice(["Your name:", "Your name *", "From (your name)"]),
            rng.choice(["Your email address:", "Your e-mail *"]),
            rng.choice(["Recipient's email:", "Friend's e-mail address *", "To (separate addresses with commas)"]),
            rng.choice(["Message (optional):", "Add a personal note", "Comments:"]),
            rng.choice(["Send", "Send email", "Submit"]), rng.choice(["Cancel", "Close"]),
            "* required fields"]
    return glue(rng, some(rng, opts, 3, 6), 0.25)


def _t32_email_form_prose(rng: random.Random, ctx: dict) -> list[str]:
    outlet = _outlet(rng)
    first = rng.choice([
        "We will use the e-mail addresses you enter only to send this story.",
        "Your friend will receive a link to this article along with your name and message.",
        "Thank you, your message has been sent.",
        f"{outlet} does not store or share the addresses entered in this form.",
        "Please check the addresses carefully before pressing send."])
    second = rng.choice([
        "We will not keep them or add them to any mailing list.",
        f"You can send this article to up to {rng.randint(3, 10)} people at a time.",
        f"Read our privacy notice at {_domain(outlet)}/privacy for more details.",
        "Messages are sent from a no-reply address, so your friend cannot reply to it directly.",
        "The link will work even if your friend does not have a subscription.",
    ])
    return [f"{first} {second}"]


def _t32_continues(rng: random.Random, ctx: dict) -> list[str]:
    return [rng.choice(["Article continues below", "Article continues below advertisement",
                        "Story continues below", "Continue reading below", "ADVERTISEMENT",
                        "Story continues after advertisement", "— Advertisement —", "Content continues below ad",
                        "Scroll to continue with content"])]


def _t32_cms_fields(rng: random.Random, ctx: dict) -> list[str]:
    y, mo, d = rng.randint(1998, 2012), rng.randint(1, 12), rng.randint(1, 28)
    opts = [f"slug: {_slug(rng)}", f"story_id: {rng.randint(10000, 999999)}",
            f"pubdate: {y}-{mo:02d}-{d:02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:00",
            f"section_code: {rng.choice(['NWS', 'BUS', 'SPT', 'LOC', 'OPN', 'MET'])}",
            f"desk: {rng.choice(['METRO', 'CITY', 'NIGHT', 'REGIONS', 'FEATURES'])}",
            f"byline_field: {rng.choice([_person(rng).upper(), 'STAFF REPORTER', 'By Our Correspondent'])}",
            f"wordcount: {rng.randint(180, 1400)}", f"edition: {rng.choice(['FINAL', 'LATE', 'CITY', '1ST'])}",
            f"page: {rng.choice('ABCD')}{rng.randint(1, 24)}", "status: published", "keywords: null",
            f"legacy_url: /archive/{y}/{mo:02d}/{rng.randint(1000, 9999)}.asp"]
    lines = some(rng, opts, 2, 5)
    if rng.random() < 0.3:
        lines = [ln.upper().replace(": ", "=", 1) for ln in lines]
    return glue(rng, lines, 0.3, ("; ", " | ", "  "))


def _t32_microfilm_prose(rng: random.Random, ctx: dict) -> list[str]:
    archive = rng.choice(ARCHIVES32)
    first = rng.choice([
        f"This page was digitised from microfilm held by {archive}.",
        "The text of this article was produced automatically from a scan of the printed page.",
        f"This article was scanned by {rng.choice(SCANNERS32)} from a bound volume lent by {archive}.",
        "Parts of this page were damaged before it was filmed.",
        f"Images of the original pages are held at {archive}."])
    second = rng.choice([
        "Some words may have been misread by the text-recognition software; please refer to the page image.",
        "It has not been corrected by hand, so spelling mistakes and run-together words are likely.",
        "A few lines of the original report could not be recovered, and missing text is marked with brackets.",
        "They can be viewed free of charge or ordered as high-resolution copies for a small fee.",
        f"Volunteers have corrected {rng.randint(3, 92)} per cent of the pages from this year so far.",
    ])
    return [f"{first} {second}"]


def _t32_digitisation_fields(rng: random.Random, ctx: dict) -> list[str]:
    opts = [f"OCR confidence: {rng.randint(61, 99)}%", f"Reel {rng.randint(1, 400)}, frame {rng.randint(1, 4000)}",
            f"Scanned by {rng.choice(SCANNERS32)}", f"Source: {rng.choice(ARCHIVES32)}",
            f"Image {rng.randint(1, 40)} of {rng.randint(40, 96)}", f"Column {rng.randint(1, 8)}",
            rng.choice(["[illegible]", "[text missing]", "[page torn]", "[continued overleaf]"]),
            "View page image ›", "Correct this text"]
    return glue(rng, some(rng, opts, 2, 4), 0.35)


def _t32_page_jump(rng: random.Random, ctx: dict) -> list[str]:
    word = rng.choice(["COUNCIL", "FIRE", "SCHOOLS", "HOSPITAL", "ROAD", "BUDGET", "MILL", "HARBOUR"])
    return [rng.choice([f"Continued on Page {rng.randint(2, 40)}, Col. {rng.randint(1, 6)}",
                        f"See {word}, Page {rng.choice('ABCD')}{rng.randint(2, 12)}",
                        f"From Page {rng.randint(1, 3)}", f"Turn to page {rng.randint(2, 40)}",
                        f"{word} — continued from front page", f"(Continued from Page {rng.randint(1, 9)})"])]


def _t32_archive_nav(rng: random.Random, ctx: dict) -> list[str]:
    y = rng.randint(1990, 2015)
    opts = [rng.choice(["Browse the archive", "Archive home", "Search the archive", "Back to archive index"]),
            rng.choice([f"More from {y}", f"This day in {y}", f"Other stories from {MONTHS[rng.randint(0, 11)]} {y}"]),
            rng.choice([f"« {y - 1}", f"{y + 1} »", "‹ Previous issue", "Next issue ›"]),
            rng.choice([f"Issue no. {rng.randint(1000, 40000):,}",
                        f"Vol. {rng.randint(10, 160)}, No. {rng.randint(1, 52)}"])]
    return glue(rng, some(rng, opts, 1, 4), 0.45)


def _t32_archive_licence_prose(rng: random.Random, ctx: dict) -> list[str]:
    outlet = _outlet(rng)
    y = rng.randint(1950, 2005)
    first = rng.choice([
        f"Archive material from {outlet} is reproduced for personal research only.",
        f"Access to articles published before {y} is included with a digital subscription.",
        "Some photographs that appeared with this article in print have been removed from the online version.",
        f"The {outlet.removeprefix('The ')} archive covers every edition from {y} to the present day."])
    second = rng.choice([
        f"For permission to reuse text or images, contact our syndication team at archive@{_domain(outlet)}.",
        f"Non-subscribers can view {rng.randint(2, 5)} archive pages a month free of charge.",
        "We do not hold the rights to republish them.",
        f"Schools and libraries in {_place(rng)} can apply for free access.",
        "Commercial use of archive pages requires a licence.",
    ])
    return [f"{first} {second}"]


def _t32_outdated_language_prose(rng: random.Random, ctx: dict) -> list[str]:
    y = rng.randint(1952, 1999)
    first = rng.choice([
        "This article reflects the language and attitudes of the time it was written.",
        f"We have kept this {y} report as it was originally published.",
        "A note to readers: archive articles may contain language that was common when they were printed.",
        f"This piece from {y} includes descriptions that readers may find outdated or hurtful.",
        "Content warning: this historical article uses terms we would not use today."])
    second = rng.choice([
        "Some of the terms it uses are now considered offensive.",
        "Changing them would alter the historical record, so we have chosen not to edit them.",
        "It is presented for its historical interest and does not reflect the views of the current editors.",
        f"Read more about how we handle archive material in our {rng.choice(['editorial code', 'archive policy'])}.",
        "We welcome feedback from readers on how we present older material.",
    ])
    return [f"{first} {second}"]


def _t32_reprints(rng: random.Random, ctx: dict) -> list[str]:
    opts = [rng.choice(["Reprints & permissions", "Reprints", "Licensing", "Buy a reprint"]),
            rng.choice([f"Order a reprint (PDF, {_money(rng, 8, 25)})", "Buy a print of this page",
                        f"Framed front page from {_money(rng, 29, 89)}", "Request permission to republish"]),
            rng.choice(["Photo sales", "Back issues", "Archive licensing ›"])]
    return glue(rng, some(rng, opts, 1, 3), 0.5)


def _t32_reprint_prose(rng: random.Random, ctx: dict) -> list[str]:
    outlet = _outlet(rng)
    return [rng.choice([
        (f"Framed prints of {outlet} front pages from any date since {rng.randint(1880, 1950)} make a thoughtful "
         "birthday or anniversary gift. Order online or call our archive shop."),
        (f"Looking for a copy of the paper from the day you were born? Our back-issue service can supply "
         f"original editions from as far back as {rng.randint(1960, 1990)}, subject to availability."),
        (f"Photographs taken by {outlet} staff photographers are available to buy as prints in a range of sizes, "
         "with free delivery to any address in the country."),
    ])]


def _t32_archive_stamps(rng: random.Random, ctx: dict) -> list[str]:
    opts = [f"Originally published: {_day(rng, True, 1998, 2014)}", f"Last modified: {_day(rng, True, 2015, 2025)}",
            f"Archive ID: {rng.choice('ABCDEFGH')}{rng.randint(100000, 999999)}",
            f"Migrated from legacy CMS on {_day(rng, True, 2012, 2022)}", "Author: Staff", "Comments closed"]
    return glue(rng, some(rng, opts, 1, 3), 0.35)


def _t32_sponsor_thanks_prose(rng: random.Random, ctx: dict) -> list[str]:
    brand = _brand(rng)
    what = rng.choice(["local sport", "our schools coverage", "the arts pages", "business news", "the weather pages"])
    return [rng.choice([
        (f"Our coverage of {what} this season is made possible with support from {brand}. The sponsor has no say "
         "over which stories we cover or how we cover them."),
        (f"With thanks to {brand}, whose sponsorship helps keep {what} free to read for everyone in "
         f"{_place(rng)} and the surrounding area."),
        (f"{brand} is proud to support {what} in {_place(rng)}. Find out more about the company and its "
         "community work on its website."),
    ])]


def _thirtysecond_templates() -> dict[str, tuple[str, Template]]:
    """Sponsored, affiliate and partner content; archive and print residue."""
    return {
        "paid_label": ("hi", _t32_paid_label),
        "commercial_prose": ("ht", _t32_commercial_prose),
        "advertorial_prose": ("i", _t32_advertorial_prose),
        "affiliate_blurb": ("i", _t32_affiliate_blurb),
        "price_lines": ("it", _t32_price_lines),
        "deal_box": ("it", _t32_deal_box),
        "deal_prose": ("i", _t32_deal_prose),
        "price_checked_prose": ("it", _t32_price_checked_prose),
        "commission_line": ("hit", _t32_commission_line),
        "commission_prose": ("ht", _t32_commission_prose),
        "review_prose": ("i", _t32_review_prose),
        "studio_prose": ("it", _t32_studio_prose),
        "quiz": ("it", _t32_quiz),
        "quiz_prose": ("it", _t32_quiz_prose),
        "podcast_sponsor_prose": ("hi", _t32_podcast_sponsor_prose),
        "around_web_head": ("t", _t32_around_web_head),
        "around_web_prose": ("it", _t32_around_web_prose),
        "native_card": ("it", _t32_native_card),
        "event_prose": ("it", _t32_event_prose),
        "event_fields": ("t", _t32_event_fields),
        "about_content_prose": ("ht", _t32_about_content_prose),
        "supported_line": ("h", _t32_supported_line),
        "printed_from": ("ht", _t32_printed_from),
        "print_header": ("h", _t32_print_header),
        "print_footer": ("t", _t32_print_footer),
        "age_label": ("h", _t32_age_label),
        "archived_prose": ("ht", _t32_archived_prose),
        "from_archive_prose": ("h", _t32_from_archive_prose),
        "on_this_day_prose": ("it", _t32_on_this_day_prose),
        "print_note_prose": ("t", _t32_print_note_prose),
        "email_form": ("t", _t32_email_form),
        "email_form_prose": ("t", _t32_email_form_prose),
        "continues": ("i", _t32_continues),
        "cms_fields": ("ht", _t32_cms_fields),
        "microfilm_prose": ("ht", _t32_microfilm_prose),
        "digitisation_fields": ("hit", _t32_digitisation_fields),
        "page_jump": ("hi", _t32_page_jump),
        "archive_nav": ("t", _t32_archive_nav),
        "archive_licence_prose": ("t", _t32_archive_licence_prose),
        "outdated_language_prose": ("h", _t32_outdated_language_prose),
        "reprints": ("t", _t32_reprints),
        "reprint_prose": ("t", _t32_reprint_prose),
        "archive_stamps": ("h", _t32_archive_stamps),
        "sponsor_thanks_prose": ("t", _t32_sponsor_thanks_prose),
    }


BLIND11_TEMPLATES: dict[str, Callable[[], dict[str, tuple[str, Template]]]] = {
    "thirtyfirst": _thirtyfirst_templates,
    "thirtysecond": _thirtysecond_templates,
}
