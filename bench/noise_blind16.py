"""Two more blind noise splits ("fortyfirst", "fortysecond") for the plain-text cleaner.

Why this module exists: every earlier split has been measured and then tuned against, so its score no longer says
how the cleaner does on noise it has never met.  These templates were written blind, by someone who did not read
the cleaner, its rules, its tests or its output on any split, from experience of what scrapers really pick up when
they flatten a page.  They use their own vocabulary and wordings (every person, presenter, outlet, channel,
programme, platform, wiki, forum, user name, firm, place and URL is invented), and about half of the templates in
each split are prose: full sentences, 12-50 words, that read like article text but are boilerplate or belong to
other content (the hard case for a line-level cleaner).

  fortyfirst   broadcast and video text that ends up in news copy: subtitle and caption file residue (SRT cue
               numbers and time codes, WEBVTT headers, cue settings and word-timing tags, sound cues such as
               [MUSIC] or (APPLAUSE), ">>" speaker changes in upper-case closed captions, drama subtitles with dash
               dialogue, lower-case auto-caption run-ons with mishearings, audio-description cues), TV and radio
               transcript furniture (transcript headers, rush-transcript notes short and in prose, transcript
               copyright and correction prose, speaker labels in capitals with lines about OTHER items, videotape,
               clip and commercial-break markers), presenters' links in prose (still-to-come and after-the-break
               teases, throws to correspondents, weather / travel / sport handovers, sign-offs, radio phone-in
               lines, vox pops and Q/A interview fragments about other matters), programme guides, schedule and
               listings prose, "previously on" recaps and trailer voice-overs, video-platform description boxes
               (chapter time stamps, links in bio, sponsor reads, gear lists, subscribe asks short and in prose,
               membership perks and supporter prose, view counts, premiere countdowns, podcast show notes), live
               chat lines, paid-chat and membership notices and chat-mode messages, video player, playlist and
               related-video chrome, news tickers and on-screen name straps, clip credits and licensing prose,
               and unavailable / geo-blocked / age-gated video notices short and in prose, in new wordings.
  fortysecond  wiki, forum and Q&A page residue: encyclopedia chrome (hatnotes, "[edit]" headings, contents
               lists, infobox fields as "Field: value" or tab-separated lines, navigation boxes, category lines,
               reference lists with "Retrieved ..." tails, last-edited footers, disambiguation lists, see-also
               and external-link lists, maintenance notices and revision notices in prose), encyclopedia prose about
               OTHER subjects with footnote and "[citation needed]" marks (leads, history, plot and reception
               sections, image captions), talk-page and deletion-discussion comments with signatures;
               link-aggregator and forum thread chrome (post headers, flair, vote and action rows, "level 2",
               "[deleted]", sort bars, awards, more-replies links, community sidebars, breadcrumbs, post meta and
               signatures, polls, thread rules, similar threads), moderator and bot messages, original posters'
               edits and updates, join prompts; Q&A-site furniture (asked / modified / viewed lines, vote and user
               cards, tag lists, share-and-follow strips, closed and duplicate notices, "not the answer" prompts,
               related questions, licence footers); and community posts in prose about OTHER matters (anecdotes,
               advice, arguments, quoted replies, unpopular opinions, explain-it-simply answers, AMA openers,
               reviews, local-group questions, Q&A questions, answers and comments).

Templates have the format of bench/clean_noise.py: name -> (positions, fn), positions a string over "h" (head,
between title and body), "i" (inline, between body paragraphs) and "t" (tail); fn(rng, ctx) returns the lines of
one block ("" is a blank line inside the block).  ctx["headlines"] holds other articles' headlines (it may be empty,
hold one, or be missing, and invented fallback headlines stand in); ctx may also carry "title" and "paragraphs",
which these templates never use: no template copies the article's own title or body text, so word-level scoring
stays valid.  Only the rng passed in is used, so a block is a pure function of the seed.

    from bench.noise_blind16 import BLIND16_TEMPLATES
    from bench.noise_unseen import make_noisy_glued
    text = make_noisy_glued(article, random.Random(7), BLIND16_TEMPLATES["fortyfirst"](), headlines)
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
from bench.noise_fills import day_month as _dm
from bench.noise_fills import digits as _digits
from bench.noise_fills import glue, headline, headlines, some
from bench.noise_fills import pick as _pick
from bench.noise_fills import weekday as _wd

# --- shared fills -------------------------------------------------------------------------------------------------


def _year(rng: random.Random, lo: int = 2013, hi: int = 2025) -> int:
    return rng.randint(lo, hi)


def _date_long(rng: random.Random, lo: int = 2013, hi: int = 2025) -> str:
    return f"{rng.randint(1, 28)} {rng.choice(MONTHS)} {rng.randint(lo, hi)}"


def _date_us(rng: random.Random, lo: int = 2013, hi: int = 2025) -> str:
    return f"{rng.choice(MONTHS)} {rng.randint(1, 28)}, {rng.randint(lo, hi)}"


def _clock(rng: random.Random) -> str:
    h, m = rng.choice([6, 7, 8, 9, 10, 11]), rng.choice(["", "", ".15", ".30", ".45"])
    return f"{h}{m}pm" if rng.random() < 0.8 else f"{h}{m}am"


def _ago(rng: random.Random, units: tuple[str, ...] = ("minute", "hour", "day", "week", "month", "year")) -> str:
    unit = rng.choice(units)
    k = rng.randint(1, {"minute": 59, "hour": 23, "day": 6, "week": 4, "month": 11, "year": 9}.get(unit, 9))
    return f"{k} {unit}{'s' if k > 1 else ''} ago"


def _short(n: int) -> str:
    if n >= 1_000_000:
        return f"{n / 1_000_000:.1f}M".replace(".0M", "M")
    if n >= 10_000:
        return f"{n // 1000}K"
    if n >= 1_000:
        return f"{n / 1000:.1f}K".replace(".0K", "K")
    return str(n)


def _big(rng: random.Random) -> int:
    return rng.choice([rng.randint(40, 999), rng.randint(1_000, 99_999), rng.randint(100_000, 4_000_000)])


def _stamp(ms: int, sep: str = ",", hours: bool = True) -> str:
    h, rem = divmod(ms, 3_600_000)
    m, rem = divmod(rem, 60_000)
    s, frac = divmod(rem, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}{sep}{frac:03d}" if hours else f"{m + 60 * h:02d}:{s:02d}{sep}{frac:03d}"


def _dur(rng: random.Random, lo: int = 40, hi: int = 3_000) -> str:
    s = rng.randint(lo, hi)
    h, rem = divmod(s, 3600)
    m, s = divmod(rem, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


def _slug(text: str) -> str:
    out = "".join(ch if ch.isalnum() else "-" for ch in text.lower())
    return "-".join(part for part in out.split("-") if part)


# --- fortyfirst: broadcast and video text -------------------------------------------------------------------------

FIRST41 = ["Margot", "Idris", "Fenella", "Caspar", "Yusra", "Teodor", "Rhona", "Abel", "Saoirse", "Kwabena", "Liesl",
           "Ravi", "Imogen", "Dmitri", "Oona", "Barnaby", "Nkechi", "Silas", "Wren", "Hamish", "Ines", "Jory",
           "Delyth", "Olek"]
FEMALE41 = {"Margot", "Fenella", "Yusra", "Rhona", "Saoirse", "Liesl", "Imogen", "Oona", "Nkechi", "Wren", "Ines",
            "Delyth"}
LAST41 = ["Pellew", "Varga-Lind", "Ostrom", "Quennell", "Abernethy", "Rookwood", "Tallis-Brand", "Okonjo-Fairley",
          "Marchbank", "Struther", "Haverkamp", "Lindqvist", "Penhallow", "Ekwueme-Dunn", "Carrack", "Wetherall",
          "Ibsworth", "Moncrieff", "Treharne", "Gallowglass", "Scobie", "Vantongeren"]
PLACES41 = ["Calderwick", "Port Anselm", "Dunmarrow", "Westerholm Quay", "Brackenford", "Saltmere", "Norreby",
            "Grevenholt", "Kestle Bay", "Ashby Lowe", "Trevanick", "Halloran Falls", "Upper Skeldon", "Fenmoor"]
RIVERS41 = ["Trevan", "Anse", "Marrow", "Norrebeck", "Kestle", "Lowe Brook"]
ROADS41 = ["A3071", "A914", "B6620", "M41", "A58(M)", "A2290", "B1174"]
CHANNELS41 = ["Meridian One", "Channel Kestrel", "Harbourline TV", "Northgate 24", "Radio Fenmoor", "Signal Coast FM",
              "Vantage News Channel", "Orbit Network", "Tidewater Radio", "WRVL 7"]
PROGS41 = ["The Evening Ledger", "Crosswind", "Newsline at Six", "The Week Unspun", "Calder Tonight",
           "The Harbourside Hour", "Dispatch Desk", "Crosscurrents", "The Sunday Brief", "Night Ledger",
           "Fenmoor Breakfast", "Kestrel Reports"]
DRAMAS41 = ["The Lanterns of Kestle", "Undertow", "Holloway Fen", "The Signalman's Daughter", "Saltmere",
            "Black Weir", "The Ferrymen"]
DOCS41 = ["Wild Shores", "The Last Ferry", "Hill Country", "Hands of the Harbour", "Nine Lives on the Moor",
          "Under the Viaduct"]
FIRMS41 = ["Norreby Outdoor", "Anselm Foods", "Kestle Marine Group", "Lowe & Carrack", "Trevanick Glass",
           "Halloran Freight"]
CREATORS41 = ["TinkerBench", "Ollie Fixes Things", "Gravel & Grain", "Quarterlight Films", "The Lumen Lab",
              "MossyRoad Rides", "Kiln & Kettle", "Pellucid Travels", "Budget Bothy", "Rootcellar Recipes",
              "Wrenfield Woodwork", "Nightjar Astronomy"]
PLATFORMS41 = ["Tubewell", "Streamora", "Clipwell", "Vidnook"]
SOCIALS41 = ["Pixgram", "Chirpr", "Tiklet", "Threadloop", "Snapwell"]
PLEDGE41 = ["Pledgehall", "Tipjar Club", "Backerly"]
SPONSORS41 = ["Brightmoss VPN", "Loamly meal kits", "Fernway Mattress", "Quillbox", "Stellan Audio", "Parcelnest",
              "HarborKey", "Tallow & Pine", "Brevity Language App", "Coldframe Coffee"]
CAPTIONERS41 = ["Northline Access Services", "Clearword Captioning", "Verbatim Bay Ltd", "Halcyon Subtitling",
                "Redline Live Text"]
TRANSCRIBERS41 = ["Ledgerline Transcripts", "Voxtract Inc.", "Stenwell Media Services", "Quillon Transcription"]
AGENCIES41 = ["Stockreel", "Framebank Archive", "Pathwell Newsfilm", "Lumen Clip Library", "Coastline Pictures"]
PODAPPS41 = ["Podwell", "Earshot", "Castaway Audio", "Listenly"]
HANDLES41 = ["mossyroad_mick", "KettleCrew_Jo", "nightjar_viewer", "bramble.and.byte", "CaptainDrizzle",
             "the_real_fenwick", "pixelgran", "Loaf_Lord_99", "tidewatcher", "ChipperPanda", "sofa_pundit",
             "Norreby_Nat", "quietcarrot", "GaffaTapeGary", "WelshCakeWendy", "orbit_owl", "rustbucket77",
             "hollyhock_h", "dunmarrow_dave", "Saltmere Sal"]
CUES41 = [
    "The water came over the step in about twenty minutes.", "We've run this stall every Saturday since Dad retired.",
    "Nobody told us the bridge was shutting.", "And that's when the second engine started making that noise.",
    "Keep the glue line really thin along here.", "If we zoom in on this bit of the map...",
    "The kids have had a brilliant time, to be fair.", "There are maybe four hundred of these birds left.",
    "Hang on, let me grab the other clamp.", "The ferry's been cancelled again this morning.",
    "We'll leave that to rest for ten minutes.", "It's blowing a gale up here, so bear with me.",
    "Thank you all so much for coming tonight.", "I'd never even held a paddle before last spring.",
    "That's the original 1930s tiling under there.", "Right, lid on, and into the oven it goes.",
    "You can see the tide line on the harbour wall.", "She scored twice in the last ten minutes.",
    "Honestly, the queue went right round the block.", "We lost the signal just past the second tunnel.",
    "Turn it a quarter and listen for the click.", "Is this thing on? Can you hear me at the back?",
    "My grandmother ran the post office here for forty years.", "The lambs came early this year, a fortnight early.",
    "Mind the cable, it's live.", "So that's stage one of the rebuild done.",
    "Nobody expected the vote to be that close.", "Let's have a quick look at the weekend forecast.",
    "I told you not to come back here.", "Where's the money, Ray?",
]
FALLBACK41 = [
    "Ferry operator cancels winter timetable", "Harbour wall repairs to cost £4m", "Orchestra cuts regional tour dates",
    "Teachers vote on new pay offer", "Airport expansion decision delayed again",
    "Record numbers sign up for coastal swim", "Police name man found in canal", "Stadium roof fails safety inspection",
    "Drought order lifted after wet spring", "Chip plant to create 600 jobs", "Lighthouse cottage sold at auction",
    "Hospital car park fees scrapped", "Film studio approved on former airfield", "Rail fares to rise by 4.9%",
]


def _name41(rng: random.Random) -> str:
    return f"{rng.choice(FIRST41)} {rng.choice(LAST41)}"


def _fills41(rng: random.Random) -> dict[str, object]:
    """Common fills for the prose frames; str.format ignores the ones a frame does not use."""
    p1, p2 = rng.sample(PLACES41, 2)
    f1, f2 = rng.sample(FIRST41, 2)
    t1 = rng.choice(["7pm", "7.30pm", "8pm", "8.30pm", "9pm"])
    return {
        "place": p1, "place2": p2, "first": f1, "first2": f2, "name": f"{f1} {rng.choice(LAST41)}",
        "name2": f"{f2} {rng.choice(LAST41)}", "name3": _name41(rng), "chan": rng.choice(CHANNELS41),
        "prog": rng.choice(PROGS41), "wd": _wd(rng), "t": t1, "t2": rng.choice(["9.30pm", "10pm", "10.35pm", "11pm"]),
        "road": rng.choice(ROADS41), "river": rng.choice(RIVERS41), "firm": rng.choice(FIRMS41),
        "drama": rng.choice(DRAMAS41), "doc": rng.choice(DOCS41), "creator": rng.choice(CREATORS41),
        "sponsor": rng.choice(SPONSORS41), "agency": rng.choice(AGENCIES41), "platform": rng.choice(PLATFORMS41),
        "pledge": rng.choice(PLEDGE41), "vendor": rng.choice(TRANSCRIBERS41), "y": _year(rng),
        "her": "her" if f1 in FEMALE41 else "his", "she": "she" if f1 in FEMALE41 else "he",
        "n": rng.randint(3, 40), "pct": rng.choice([10, 15, 20, 25, 30]), "k": rng.randint(2, 5),
        "of": rng.randint(6, 8), "ref": f"{rng.choice('ABCDEFGHKMNPR')}{_digits(rng, 6)}",
        "phone": f"0800 {_digits(rng, 3)} {_digits(rng, 3)}",
        "code": "".join(ch for ch in rng.choice(CREATORS41).upper() if ch.isalpha())[:6] + str(rng.randint(10, 30)),
    }


def _cue_lines(rng: random.Random, text: str, lower: bool = False) -> list[str]:
    if lower:
        text = "".join(ch for ch in text.lower() if ch not in ",.?!")
    words = text.split()
    if len(words) > 5 and rng.random() < 0.6:
        cut = len(words) // 2 + rng.randint(-1, 1)
        return [" ".join(words[:cut]), " ".join(words[cut:])]
    if rng.random() < 0.12:
        return [f"<i>{text}</i>"]
    return [text]


def _t41_srt_cues(rng: random.Random, ctx: dict) -> list[str]:
    n = rng.randint(2, 4)
    idx = rng.randint(1, 1400)
    ms = rng.randint(4_000, 2_400_000)
    lower = rng.random() < 0.25
    out: list[str] = []
    for k, cue in enumerate(rng.sample(CUES41, n)):
        dur = rng.randint(1_100, 4_900)
        if k:
            out.append("")
        out += [str(idx + k), f"{_stamp(ms)} --> {_stamp(ms + dur)}"] + _cue_lines(rng, cue, lower)
        ms += dur + rng.randint(30, 1_200)
    return out


def _t41_vtt_header(rng: random.Random, ctx: dict) -> list[str]:
    out = ["WEBVTT" + rng.choice(["", "", "", " - English captions", " FILE"])]
    out += some(rng, ["Kind: captions", f"Language: {rng.choice(['en', 'en-GB', 'en-US', 'en-x-autogen'])}"], 0, 2)
    if rng.random() < 0.35:
        out += ["", rng.choice([f"NOTE Created with {rng.choice(CAPTIONERS41)} Studio 4.2",
                                "NOTE This file was generated automatically and has not been checked",
                                f"NOTE Confidential - {rng.choice(CHANNELS41)} internal use only"])]
    if rng.random() < 0.2:
        out += ["", "STYLE", "::cue {", "  color: #ffffff;", "  background-color: rgba(0, 0, 0, 0.8);", "}"]
    ms = rng.randint(0, 9_000)
    hours = rng.random() < 0.6
    setting = rng.choice(["", " align:start position:0%", " line:85% position:50% size:80%", " line:-2 align:center",
                          " region:bottom align:middle"])
    for k in range(rng.randint(1, 2)):
        dur = rng.randint(1_500, 4_500)
        out.append("")
        if rng.random() < 0.3:
            out.append(f"cue-{k + 1}")
        out.append(f"{_stamp(ms, '.', hours)} --> {_stamp(ms + dur, '.', hours)}{setting}")
        out += _cue_lines(rng, rng.choice(CUES41))
        ms += dur + rng.randint(0, 600)
    return out


def _t41_vtt_word_timing(rng: random.Random, ctx: dict) -> list[str]:
    words = "".join(ch for ch in rng.choice(CUES41).lower() if ch not in ",.?!").split()
    ms = rng.randint(10_000, 1_800_000)
    end = ms + 250 * len(words) + rng.randint(200, 900)
    head = f"{_stamp(ms, '.')} --> {_stamp(end, '.')} align:start position:0%"
    parts, t = [words[0]], ms
    for w in words[1:]:
        t += rng.randint(120, 420)
        parts.append(f"<{_stamp(t, '.')}><c> {w}</c>")
    out = [head, "".join(parts)]
    if rng.random() < 0.6:
        out += ["", f"{_stamp(end, '.')} --> {_stamp(end + 10, '.')} align:start position:0%", " ".join(words)]
    return out


SOUNDS41 = ["[MUSIC]", "[MUSIC PLAYING]", "♪ ♪", "♪♪", "(APPLAUSE)", "[APPLAUSE]", "[INAUDIBLE]", "(INAUDIBLE)",
            "[LAUGHTER]", "(LAUGHTER)", "[CROWD CHEERING]", "[DOOR SLAMS]", "(SIREN WAILING)", "[BIRDSONG]",
            "[ENGINE REVVING]", "[INDISTINCT CHATTER]", "(CROSSTALK)", "[SILENCE]", "[PHONE BUZZES]",
            "[upbeat music]", "[no audio]", "[Music]", "[Applause]", "(dog barking)", "[wind noise]",
            "[UNINTELLIGIBLE]", "[BLEEP]", "(GASPS)", "♪ THEME MUSIC ♪", "[SPEAKING GAELIC]", "(BELL TOLLS)",
            "[gentle piano music]", "[rain on roof]", "(HORN BLARES)"]


def _t41_sound_cues(rng: random.Random, ctx: dict) -> list[str]:
    return glue(rng, rng.sample(SOUNDS41, rng.randint(1, 3)), 0.35, (" ", "  ", " "))


def _t41_cc_caps_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        (">> GOOD EVENING. WE BEGIN TONIGHT IN {place}, WHERE CREWS SPENT A SECOND DAY CLEARING MUD FROM THE MAIN "
         "STREET AFTER THE {river} BURST ITS BANKS ON {wd}."),
        (">> THANKS, {first}. RESIDENTS HERE TELL ME THEY HAD LESS THAN AN HOUR'S WARNING BEFORE THE WATER STARTED "
         "COMING IN UNDER THE DOORS. >> WE JUST GRABBED THE DOG AND THE PHOTOS AND WENT."),
        (">> AND THE WEEKEND IS NOT LOOKING MUCH BETTER, IS IT? >> NOT REALLY, {first}. ANOTHER BAND OF RAIN ARRIVES "
         "FRIDAY NIGHT AND IT WILL SIT OVER THE HILLS FOR MOST OF SATURDAY."),
        (">> POLICE IN {place} ARE ASKING FOR HELP TRACING A GREY VAN SEEN NEAR THE DEPOT SHORTLY BEFORE THE FIRE. "
         ">> ANYONE WITH DASHCAM FOOTAGE IS BEING URGED TO GET IN TOUCH."),
        (">> A QUICK LOOK AT THE ROADS NOW. THE {road} IS DOWN TO ONE LANE IN BOTH DIRECTIONS NEAR {place} AFTER A "
         "LORRY SHED ITS LOAD JUST BEFORE FIVE."),
        (">> I'VE BEEN COMING TO THIS FAIR SINCE I WAS A LITTLE GIRL. >> AND YOU'LL KEEP COMING? >> OH, AS LONG AS "
         "MY LEGS HOLD OUT, LOVE."),
    ]
    f = _fills41(rng)
    f["place"], f["river"], f["first"] = str(f["place"]).upper(), str(f["river"]).upper(), str(f["first"]).upper()
    text = _pick(rng, frames, **f)
    if rng.random() < 0.35:
        text = text.lower()
    if rng.random() < 0.4:
        return [part.strip() if part.startswith(">>") else ">> " + part.strip()
                for part in text.split(">>") if part.strip()]
    return [text]


RUNONS41 = [
    ("so what we're seeing here is the the council is um basically saying the car park is going to be turned into "
     "housing and a lot of people are not happy about that you know because where do you park"),
    ("and i've been coming to this market for twenty odd years and it's never been this quiet honestly the rents "
     "have gone up the stall holders can't afford it and the young ones just shop on their phones"),
    ("the main thing with sourdough is patients you've got to give it the time uh and don't worry if the first loaf "
     "comes out like a brick mine did for about six weeks"),
    ("we're up at the top of the ridge now and you can just about see the light house through the mist um if the "
     "camera can pick it up which it probably can't"),
    ("what the minister failed to mention is that the waiting list in our area has gone up by uh four thousand "
     "since march and nobody at the trust is returning our calls"),
    ("they're going to close the the library on thursdays and saturdays from next month which for a lot of older "
     "people in this village is the only place they actually talk to anyone"),
    ("so if you look closely at the hinge here you'll see the the pin has worn right through on one side which is "
     "why the door drops when you open it past ninety degrees"),
    ("the council or said at the meeting that the the budget for gritting has been cut again and to be honest we "
     "just don't have the lorries to do the back roads anymore"),
    ("right so first thing in the morning we let the hens out check the water check the fox hasn't been at the "
     "fence and then it's breakfast and then it's straight onto the tractor"),
]


def _t41_autocaption_prose(rng: random.Random, ctx: dict) -> list[str]:
    words = rng.choice(RUNONS41).split()
    for _ in range(rng.randint(0, 2)):
        words.insert(rng.randrange(1, len(words)), rng.choice(["um", "uh", "like", "you know", "erm", "[Music]"]))
    if rng.random() < 0.45:
        out, line = [], []
        width = rng.randint(30, 44)
        for w in words:
            if line and len(" ".join(line + [w])) > width:
                out.append(" ".join(line))
                line = []
            line.append(w)
        return out + [" ".join(line)]
    return [" ".join(words)]


DIALOGUE41 = [
    ["- Where were you last night?", "- At the depot. I told you."],
    ["- You can't just turn up here.", "- I didn't have anywhere else to go."],
    ["- Is he breathing?", "- I don't know. Get the kit from the van!"],
    ["- Mum, it's me.", "- Do you know what time it is?"],
    ["- They've found the boat.", "- Whose boat?", "- Tom's."],
    ["- Sign here, and here.", "- And if I don't?"],
    ["- We close at six.", "- Then I'll be quick."],
]


def _t41_dash_dialogue(rng: random.Random, ctx: dict) -> list[str]:
    lines = list(rng.choice(DIALOGUE41))
    if rng.random() < 0.3:
        lines = [f"<i>{line}</i>" for line in lines]
    if rng.random() < 0.3:
        lines = [str(rng.randint(10, 900))] + lines
    return lines


def _t41_caption_credits(rng: random.Random, ctx: dict) -> list[str]:
    cap, chan, y = rng.choice(CAPTIONERS41), rng.choice(CHANNELS41), _year(rng)
    items = [f"Captions by {cap}", f"Subtitles: {cap} © {y}", f"Closed captioning provided by {cap}",
             f"Subtitled by {rng.choice(FIRST41)} {rng.choice(LAST41)}", f"Live subtitles by {cap} for {chan}",
             "Captioned for the deaf and hard of hearing", f"English SDH · {cap}",
             f"Subtitle timing: {_name41(rng)}", "[Captions end]"]
    return glue(rng, some(rng, items, 1, 3), 0.3)


def _t41_transcript_header(rng: random.Random, ctx: dict) -> list[str]:
    prog, chan = rng.choice(PROGS41), rng.choice(CHANNELS41)
    out = [rng.choice(["TRANSCRIPT", "Transcript", "SHOW TRANSCRIPT", "Full transcript", "PROGRAMME TRANSCRIPT"])]
    out.append(prog.upper() if rng.random() < 0.6 else prog)
    out.append(rng.choice([f"Aired {_date_us(rng)} - {rng.randint(17, 23)}:00 ET",
                           f"Broadcast: {_wd(rng)} {_date_long(rng)}, {rng.randint(17, 22)}:30",
                           f"{chan} | {_date_long(rng)}", f"Transmission: {_date_long(rng)} {_hhmm(rng)}"]))
    extra = [f"Presenter: {_name41(rng)}", f"Guests: {_name41(rng)}, {_name41(rng)}", f"Segment {rng.randint(2, 6)}",
             rng.choice(["THIS IS A RUSH TRANSCRIPT. IT HAS NOT BEEN CHECKED AGAINST THE BROADCAST AND MAY CHANGE.",
                         "UNCORRECTED COPY - CHECK AGAINST BROADCAST",
                         "This is an uncorrected draft and may be revised."])]
    return out + some(rng, extra, 0, 2)


def _t41_rush_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("This transcript was produced at speed from the live broadcast and has not been checked against the "
         "recording; spellings of names and some figures may be wrong, and the text may be revised."),
        ("Please note: this is an uncorrected transcript prepared by {vendor} shortly after transmission. Check "
         "against the broadcast before quoting it, which remains the authoritative record."),
        ("The following is a computer-assisted transcript of {prog}, which aired on {chan} on {wd}. Because it was "
         "created in real time it may contain errors, omissions or passages marked as unclear."),
        ("Transcripts of {prog} are usually posted within two hours of broadcast and corrected the next working day. "
         "If you spot a mistake, the programme team would like to hear from you."),
        ("This is a working transcript supplied for the convenience of viewers and journalists. It is not a "
         "verbatim record, and some overlapping speech has been left out."),
    ]
    return [_pick(rng, frames, **_fills41(rng))]


def _t41_transcript_copyright_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("Copyright {y} {chan} Broadcasting Ltd. All rights reserved. This transcript may not be copied, sold or "
         "otherwise redistributed without the written permission of {chan}, except for personal, non-commercial use."),
        ("© {y} {vendor}. Transcript supplied under licence to {chan}. Any reproduction, retransmission or commercial "
         "exploitation of this material is strictly prohibited."),
        ("This transcript is made available for research and reference only. Quotations of more than 300 words "
         "require clearance from the {chan} rights and archive team in {place}."),
        ("Transcripts remain the property of {chan} and are published as a courtesy to viewers with hearing loss; "
         "they do not form an official record of any proceedings they describe."),
    ]
    return [_pick(rng, frames, **_fills41(rng))]


SAYS41 = [
    ("Good evening and welcome. We start tonight on the coast, where the lifeboat crew at {place} has been called out "
     "four times in a single day."),
    "It's been a long night for the firefighters here, and they tell me they expect to be on site until lunchtime.",
    ("The orchestra says it simply cannot afford to tour the smaller venues any more, and that decision will be felt "
     "well beyond {place}."),
    ("I was on that platform for two and a half hours. Nobody from the company came out to tell us anything, not a "
     "single announcement."),
    ("Well, the ground is absolutely saturated, so even a modest amount of rain on {wd} could cause problems on the "
     "low-lying roads."),
    "We opened in 1974 with one oven and a van. My father would be amazed that we're still going, to be honest.",
    ("Look, nobody is pretending this is an easy winter for the fishing fleet, least of all the skippers "
     "themselves."),
    "And joining me now from our studio in {place} is the economist {name2}. Thanks for making the time.",
    "The match was abandoned at half-time after the floodlights failed for the second time this season.",
    "We've asked the company for a response and we're told a statement will be issued later this evening.",
]
ROLES41 = ["ANCHOR", "HOST", "CORRESPONDENT", "METEOROLOGIST", "FORMER HARBOUR MASTER", "BAKERY OWNER", "COMMUTER",
           "FIRE STATION MANAGER", "ECONOMIST", "UNION REPRESENTATIVE"]


def _t41_speaker_label_prose(rng: random.Random, ctx: dict) -> list[str]:
    out = []
    for say in rng.sample(SAYS41, rng.randint(1, 2)):
        who = rng.random()
        if who < 0.15:
            label = rng.choice(["UNIDENTIFIED MALE", "UNIDENTIFIED FEMALE", "UNKNOWN SPEAKER"])
        elif who < 0.6:
            label = f"{_name41(rng).upper()}, {rng.choice(ROLES41)}"
        else:
            label = rng.choice(LAST41).upper()
        out.append(f"{label}: {say.format(**_fills41(rng))}")
    return out


def _t41_tape_markers(rng: random.Random, ctx: dict) -> list[str]:
    kind = rng.choice(["VIDEOTAPE", "VIDEO CLIP", "AUDIO CLIP", "VIDEO"])
    out = [f"(BEGIN {kind})"]
    if rng.random() < 0.6:
        out.append(f"{rng.choice(['UNIDENTIFIED FEMALE', 'UNIDENTIFIED MALE', rng.choice(LAST41).upper()])}: "
                   + rng.choice(["(through translator) We have nothing left.", "(on camera) It's gone. All of it.",
                                 "(voice-over) It started just after midnight.", "(inaudible)", "Get back! Get back!",
                                 "Thank you. Thank you very much."]))
    out.append(f"(END {kind})")
    if rng.random() < 0.3:
        out = [rng.choice(["(CROSSTALK)", "(OFF-MIKE)", "(ON CAMERA)", f"[{_hhmm(rng)}:{rng.randint(10, 59)}]"])] + out
    return out if rng.random() < 0.7 else [out[0], out[-1]]


def _t41_break_marker(rng: random.Random, ctx: dict) -> list[str]:
    marker = rng.choice(["(COMMERCIAL BREAK)", "(STATION BREAK)", "-- BREAK --", "[ADVERT BREAK]", "(BREAK)",
                         f"[{_hhmm(rng)}:{rng.randint(10, 59)}] (COMMERCIAL BREAK)", "[END OF PART ONE]"])
    out = [marker]
    if rng.random() < 0.6:
        out.append(f"{rng.choice(LAST41).upper()}: " + rng.choice(
            ["Welcome back.", f"Welcome back to {rng.choice(PROGS41)}.", "And we're back.",
             "Hello again, you're watching the programme.", "Good to have you with us."]))
    return out


def _t41_still_to_come_prose(rng: random.Random, ctx: dict) -> list[str]:
    h = headline(rng, ctx, FALLBACK41)
    frames = [
        ("Still to come tonight: {h}. Plus, the {place} choir that has sung at every cup final since 1958. Stay "
         "with us."),
        ("Coming up after the headlines, we'll hear from families in {place} who say they were left without heating "
         "for eleven days, and we'll ask the supplier why."),
        ("Also ahead on {prog}: {h}, and the retired postman who has walked the same round every morning for forty "
         "years, rain or shine."),
        ("Before the break, a reminder that later in the programme {name} will be answering your questions about "
         "energy bills. Send them in now."),
        ("Still to come: why a small island off {place} has run out of drinking water for the second summer running, "
         "and what the council plans to do about it."),
        "Later in the hour: {h}. And a very special birthday at the {place} donkey sanctuary. Don't go away.",
    ]
    return [_pick(rng, frames, h=h, **_fills41(rng))]


def _t41_after_break_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("After the break: the teenagers in {place} who built a weather station on the school roof, and the "
         "surprising thing it told them about their town."),
        ("When we come back, {name} will have the sport, including that late penalty at {place} that has got "
         "everyone talking."),
        ("Don't go anywhere. After these messages we'll be talking to the author of a new book about the lost railway "
         "lines of the north."),
        ("We'll take a short break now. When we return, a look at the weekend weather, and it may be time to dig out "
         "the umbrellas again."),
        "Right after this, the market round-up, and why shares in {firm} fell by almost a fifth before lunchtime.",
    ]
    return [_pick(rng, frames, **_fills41(rng))]


def _t41_throw_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("Let's go live now to {place}, where our correspondent {name} has been following events all day. {first}, "
         "what's the latest?"),
        ("Thanks, {first2}. Yes, it's been a very busy afternoon here. The police cordon has only just been lifted "
         "and people are being allowed back into their homes."),
        "{name} there, reporting from {place}. We'll be back with {first} later in the programme as that develops.",
        ("Our science correspondent {name} joins me now. {first}, people have been hearing about this for years. "
         "What's actually different this time?"),
        "That was {name} in {place}. You can see more of {her} report on our website and in the app later tonight.",
        "{name}, for {chan}, in {place}.",
    ]
    return [_pick(rng, frames, **_fills41(rng))]


def _t41_signoff_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("That's all from us this evening. {prog} is back tomorrow at six, when we'll be live from {place}. From all "
         "of us here, good night."),
        ("And that's where we'll leave it for tonight. Thanks for watching, and do join {name} for the late bulletin "
         "at half past ten."),
        ("You've been watching {prog} with me, {name}. Our next update is on the hour; until then, have a very good "
         "evening."),
        ("Before we go, our thoughts are with everyone affected by the flooding in {place}. We'll have more on that "
         "tomorrow. Good night."),
        "That's it from the programme for this week. We're off for the holidays and back on the twelfth. Take care.",
    ]
    return [_pick(rng, frames, **_fills41(rng))]


def _t41_schedule(rng: random.Random, ctx: dict) -> list[str]:
    chan = rng.choice(CHANNELS41)
    head = rng.choice([f"What's on {chan}", "TV guide - tonight", f"{chan} schedule, {_wd(rng)}", "On air now",
                       "Coming up", f"{chan} | Listings"])
    shows = rng.sample(PROGS41, 2) + ["Regional News", "Weather", "Quiz Ladder", "The Allotment Year",
                                      f"Film: {rng.choice(DRAMAS41)} ({rng.randint(1971, 2009)})", "Harbour Vets",
                                      "Snooker Live", "Closedown", rng.choice(DOCS41), rng.choice(DRAMAS41)]
    h = rng.randint(16, 20)
    labelled = rng.random() < 0.4
    out = [head]
    for k, show in enumerate(some(rng, shows, 3, 6)):
        label = ("NOW " if k == 0 else "NEXT ") if k < 2 and labelled else ""
        out.append(f"{label}{h:02d}:{rng.choice(['00', '30', '15', '45'])} {show}")
        h = min(h + 1, 23)
    return glue(rng, out, 0.3)


def _t41_schedule_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("Coming up on {chan} this evening: at {t}, {prog} returns with a special report from {place}, followed at "
         "{t2} by the final episode of the coastal drama {drama}."),
        ("Tonight on {chan}: {prog} at {t}, then at {t2} the documentary {doc}, which follows a family of beekeepers "
         "through one difficult year."),
        ("Programmes may change at short notice because of live sport. All times are local; check the on-screen "
         "guide for the latest schedule in your region."),
        ("Next on {chan}: {prog} with {name}, then news and weather at the top of the hour. Listen live or catch up "
         "in the app for 30 days."),
        "Due to coverage of the snooker, {prog} moves to {t2} tonight and will not be shown in {place} and nearby.",
    ]
    return [_pick(rng, frames, **_fills41(rng))]


def _t41_listings_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("Episode {k} of {of}. Detective Sergeant {name} is drawn back to {place} when a body is found in the old "
         "boathouse, but the locals have their own reasons for keeping quiet."),
        ("{doc}: the second part of this natural history series follows a colony of puffins on a remote island, "
         "where a late spring threatens the survival of the chicks."),
        ("The amateur bakers face their toughest challenge yet: a three-tier cake that must survive a car journey "
         "across {place}. One contestant will leave the tent."),
        ("Drama. {first} finally confronts her brother about the missing money, while at the farm a stranger arrives "
         "with news that will change everything. Contains strong language."),
        ("Documentary in which {name} retraces the route of a 1930s mail boat along the coast, meeting the families "
         "whose grandparents relied on it. (Subtitled)"),
        ("Repeat. The panel tackle questions on Victorian engineering, cheese and the moons of Jupiter, with guests "
         "including the comedian {name2}."),
    ]
    return [_pick(rng, frames, **_fills41(rng))]


def _t41_radio_info(rng: random.Random, ctx: dict) -> list[str]:
    chan = rng.choice([c for c in CHANNELS41 if "Radio" in c or "FM" in c])
    items = [f"Broadcast on {chan}, {_wd(rng)} {_date_long(rng)}, {rng.randint(6, 22):02d}:00",
             f"Presenter: {_name41(rng)}", f"Producer: {_name41(rng)}", f"Duration: {rng.randint(14, 180)} minutes",
             "Available for 30 days", f"First broadcast: {_date_long(rng, 2009, 2020)}",
             f"Music played: {rng.randint(4, 19)} tracks", "Download this episode (MP3, 48 MB)"]
    return glue(rng, some(rng, items, 2, 5), 0.35)


CHAPTERS41 = ["Intro", "Why I changed my mind", "Unboxing", "First impressions", "Tear-down", "The big problem",
              "Route overview", "Lunch stop", "Viewer questions", "Sponsor", "Results", "Final thoughts",
              "Bloopers", "Outro", "Shopping list", "Tasting", "The fix", "What went wrong", "Night shots",
              "Cost breakdown", "Before and after"]


def _t41_chapters(rng: random.Random, ctx: dict) -> list[str]:
    head = rng.choice(["Chapters:", "CHAPTERS", "Timestamps:", "⏱ Timestamps", "In this video:", ""])
    sep = rng.choice([" ", " - ", " – ", " | "])
    labels = some(rng, [c for c in CHAPTERS41 if c not in ("Intro", "Outro")], 3, 6)
    t, out = 0, [f"0:00{sep}{CHAPTERS41[0]}"]
    for lab in labels:
        t += rng.randint(25, 420)
        out.append(f"{t // 60}:{t % 60:02d}{sep}{lab}")
    if rng.random() < 0.4:
        t += rng.randint(30, 200)
        out.append(f"{t // 60}:{t % 60:02d}{sep}Outro")
    return ([head] if head else []) + out


def _t41_links_bio(rng: random.Random, ctx: dict) -> list[str]:
    handle = rng.choice(HANDLES41).replace(" ", "")
    creator = rng.choice(CREATORS41)
    items = ["🔗 Links in bio", "All my links ↓", f"Follow me on {rng.choice(SOCIALS41)}: @{handle}",
             f"{rng.choice(SOCIALS41)} ▸ @{handle}", f"Business enquiries: hello@{_slug(creator).replace('-', '')}.tv",
             f"Merch: {_slug(creator)}.shop", f"linkhive.to/{handle}", f"Second channel: @{handle}Extra",
             f"Discord: discord.gg/{_slug(creator)[:8]}"]
    return glue(rng, some(rng, items, 2, 4), 0.4)


def _t41_sponsor_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("Today's video is sponsored by {sponsor}. I've been using it for about six months now, and if you head to the "
         "link in the description and use code {code} you'll get {pct}% off your first order."),
        ("A quick word from this week's sponsor, {sponsor}. Honestly, this is one I actually use every day, and the "
         "first {n} people to sign up with my link get a free month."),
        ("This episode wouldn't be possible without {sponsor}, who have backed the channel since the start. They "
         "didn't see the video before it went up and had no say in what I've said."),
        ("Big thanks to {sponsor} for sponsoring today's episode. Check them out using the link below; it genuinely "
         "helps keep the channel independent and free for everyone."),
        ("Before we get going, let's talk about {sponsor}. Whether you're travelling or just working from a café, "
         "it's something I wish I'd had years ago. Code {code} at checkout."),
    ]
    return [_pick(rng, frames, **_fills41(rng))]


def _t41_gear_list(rng: random.Random, ctx: dict) -> list[str]:
    head = rng.choice(["GEAR I USE", "My kit:", "📷 What I film with", "Equipment used in this video", "KIT LIST"])
    items = [f"Camera: {rng.choice(['Hallvik ZR-7', 'Oritsu M40', 'Brannock S2'])}",
             f"Lens: {rng.choice(['Caldera 24-70mm f/2.8', 'Oritsu 35mm f/1.4', 'Vesper 16mm pancake'])}",
             f"Mic: {rng.choice(['Sonnet SM-3 shotgun', 'Vellum wireless lav', 'Tarn PodMic II'])}",
             f"Tripod: {rng.choice(['Strutfield Carbon 5', 'Hallvik TravelPod'])}",
             f"Lights: {rng.choice(['Glowbarn 60W', 'Lumette tube pair'])}",
             f"Drone: {rng.choice(['Skylark Mini 3', 'Kestrelcam Air'])}",
             f"Editing: {rng.choice(['CutHouse Pro', 'Framesmith 12'])}"]
    out = [head] + some(rng, items, 2, 5)
    if rng.random() < 0.5:
        out.append(rng.choice([("*Some of these are affiliate links. If you buy through them I may earn a small "
                                "commission at no extra cost to you."),
                               "(affiliate links - they help support the channel)"]))
    return out


def _t41_subscribe_strip(rng: random.Random, ctx: dict) -> list[str]:
    n = rng.randint(2, 900)
    items = ["SUBSCRIBE", "👍 Like  💬 Comment  🔔 Subscribe", "Hit the bell so you never miss an upload!",
             "Subscribe for more →", "Turn on notifications 🔔", f"Subscribed · {n}K subscribers",
             f"Join {n}K others and subscribe", "Smash that like button if this helped", "LIKE · SHARE · SUBSCRIBE"]
    return glue(rng, some(rng, items, 1, 3), 0.4)


def _t41_subscribe_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("If you've made it this far, thank you. Please consider subscribing; only about one in ten people who watch "
         "actually subscribe, and it makes a huge difference to a small channel like this."),
        ("Let me know in the comments what you'd like me to fix, cook or explore next. I read every single one, even "
         "if I can't always reply."),
        ("Don't forget to give this a thumbs up if it helped, and share it with anyone who's stuck on the same "
         "problem. See you in the next one!"),
        "New videos go up every {wd} at {t}. If you want them the moment they land, switch on notifications for all.",
        ("We're only {n} subscribers away from 100K, which is completely mad. If you've been watching for a while "
         "and haven't subscribed yet, now would be a lovely time."),
    ]
    return [_pick(rng, frames, **_fills41(rng))]


def _t41_membership_strip(rng: random.Random, ctx: dict) -> list[str]:
    head = rng.choice(["Join this channel to get access to perks:", "Become a member", "Membership perks",
                       "JOIN THE CREW"])
    perks = ["Early access to videos", "Members-only live streams", "Custom emoji in chat", "Your name in the credits",
             "Loyalty badges next to your name", "Monthly behind-the-scenes vlog",
             "Tiers: Apprentice £1.99/month · Journeyman £4.99/month · Master £9.99/month", "JOIN"]
    return [head] + some(rng, perks, 2, 5)


def _t41_membership_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("This channel is funded by viewers. If you'd like to help, you can join on {pledge} from £3 a month; members "
         "get videos a week early and their name in the credits."),
        ("Huge thanks to this month's top supporters: {name}, {name2}, {name3} and everyone else on {pledge}. You make "
         "these documentaries possible, and I don't say that lightly."),
        ("Channel members now get access to the full uncut interviews and the raw footage archive. It's the easiest "
         "way to support the work without sitting through more adverts."),
        ("We don't run sponsorships on the longer films, so they're paid for entirely by the few hundred people who "
         "chip in each month. Every penny goes back into the next trip."),
    ]
    return [_pick(rng, frames, **_fills41(rng))]


CHAT41 = ["first!", "hello from {place} 👋", "lol", "is the audio out of sync for anyone else", "W stream",
          "what camera is that", "🔥🔥🔥", "can you say hi to my mum", "who's here after the clip went round",
          "mods can we get a timeout", "this aged well", "the lag is unreal today", "sound is really quiet",
          "??", "brb", "raining here too 🌧️", "GG", "how long have you been live", "same time next week?",
          "that's not how you wire a plug mate", "greetings from the night shift"]


def _t41_live_chat(rng: random.Random, ctx: dict) -> list[str]:
    place = rng.choice(PLACES41)
    out = []
    for msg in some(rng, CHAT41, 3, 6):
        user = rng.choice(HANDLES41)
        text = msg.format(place=place)
        out.append(rng.choice([f"{user}: {text}", f"{_hhmm(rng)} {user} {text}", f"{user} {text}"]))
    if rng.random() < 0.3:
        out.insert(0, rng.choice(["Live chat", "Top chat ▾", "Chat replay"]))
    return out


def _t41_superchat(rng: random.Random, ctx: dict) -> list[str]:
    user, creator = rng.choice(HANDLES41), rng.choice(CREATORS41)
    amount = rng.choice(["£2.00", "£5.00", "£10.00", "$20.00", "€5,00", "£50.00", "A$10.00"])
    options = [[amount, user, rng.choice(["Keep up the great work!", "For the new lens fund 📷",
                                          "Happy birthday to the channel!", "Sorry I missed the start"])],
               [f"Tip from {user}: {amount}"], [f"{user} just became a member! Welcome to the {creator} crew"],
               [f"{user} gifted {rng.randint(2, 50)} memberships"], [f"Member for {rng.randint(2, 30)} months"],
               [f"{amount} · {user} · " + rng.choice(["cheers for the help with my boiler",
                                                       "first time catching live"])]]
    out: list[str] = []
    for opt in rng.sample(options, rng.randint(1, 2)):
        out += glue(rng, opt, 0.5, (" ", " · "))
    return out


def _t41_chat_notice(rng: random.Random, ctx: dict) -> list[str]:
    creator = rng.choice(CREATORS41)
    items = ["Slow mode is on. You can post once every 30 seconds.", "Chat is limited to channel members.",
             "Chat replay is on: messages sent during the stream will show up below.",
             "Welcome to live chat! Keep your personal details private and be nice to each other.",
             f"Pinned by {creator}", "This message was removed by a moderator.",
             "Chat is switched off for this stream.", f"Waiting for {creator}...",
             "You're in subscriber-only mode.", "Chat paused due to scrolling", "Show chat ▸"]
    return glue(rng, some(rng, items, 1, 3), 0.3)


def _t41_player_chrome(rng: random.Random, ctx: dict) -> list[str]:
    items = ["Play", "Pause", "Mute", "Unmute", f"0:00 / {_dur(rng)}", "LIVE", "CC", "Subtitles: English (auto)",
             "Settings", "Quality: Auto (720p)", "Playback speed: Normal", "Full screen (f)", "Picture in picture",
             "Cast to device", "Skip ad ▸", f"Ad · 0:{rng.randint(5, 29):02d}", "Your video will start after the ad",
             "Watch later", "Share", "Copy link", "Replay", f"Next video in {rng.randint(3, 9)}", "Cancel", "Volume",
             "Theatre mode (t)", "Tap to unmute"]
    return glue(rng, some(rng, items, 2, 6), 0.55, (" ", "  ", " | "))


VIDEO_TITLES41 = ["I restored a 1960s caravan for £400", "Why this bridge keeps falling down",
                  "Cheapest weekly shop challenge (week 3)", "Wild camping in a storm - went wrong",
                  "Fixing the worst drain in the street", "How lighthouses actually work",
                  "Sourdough for complete beginners", "The forgotten railway under our town",
                  "We bought a derelict boatyard", "10 tools I regret buying"]


def _t41_playlist(rng: random.Random, ctx: dict) -> list[str]:
    creator = rng.choice(CREATORS41)
    titles = some(rng, VIDEO_TITLES41, 2, 5)
    n = rng.randint(len(titles) + 2, 60)
    k = rng.randint(1, n)
    out = [rng.choice(["Up next", "Playlist", f"{rng.choice(['Season 2', 'The full series', 'Best of'])} - {creator}"])]
    out.append(rng.choice([f"{creator} · {k} / {n}", f"{k}/{n}", f"{n} videos · Updated {_ago(rng, ('day', 'week'))}"]))
    for t in titles:
        out.append(rng.choice([f"{t} {_dur(rng)}", t, f"{_dur(rng)} {t}"]))
    if rng.random() < 0.5:
        out.append(rng.choice(["Autoplay is on", "Autoplay ●", "Shuffle  Loop", "Play all"]))
    return out


def _t41_related_videos(rng: random.Random, ctx: dict) -> list[str]:
    chan = rng.choice(CHANNELS41)
    out = [rng.choice(["Related videos", f"More from {chan}", "Watch next", "More videos", "You may also like"])]
    for h in headlines(rng, ctx, FALLBACK41, rng.randint(2, 4)):
        meta = f"{_dur(rng, 30, 600)} · {_short(_big(rng))} views · {_ago(rng, ('hour', 'day', 'week', 'month'))}"
        out += glue(rng, [rng.choice(["", "", "VIDEO ", "▶ "]) + h, meta], 0.5, (" ", " · "))
    return out


def _t41_clip_credit(rng: random.Random, ctx: dict) -> list[str]:
    ag, chan = rng.choice(AGENCIES41), rng.choice(CHANNELS41)
    items = [f"Video: {ag}", f"Footage: {ag} / {chan}", f"Video courtesy of {_name41(rng)}",
             f"Produced by {_name41(rng)}; filmed and edited by {_name41(rng)}",
             f"Camera: {_name41(rng)}  Edit: {_name41(rng)}", f"Drone footage: {rng.choice(LAST41)} Aerials",
             f"Archive: {ag}", f"Music: 'Northern Glass' by {_name41(rng)} (licensed via {ag})",
             f"Video journalist: {_name41(rng)}", f"Credit: {chan}", f"Clip: {chan} / {rng.choice(PROGS41)}"]
    return glue(rng, some(rng, items, 1, 3), 0.4)


def _t41_licensing_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("To license this clip for broadcast, digital or commercial use, contact {agency} quoting clip reference "
         "{ref}. Rates vary by territory and term; editorial use only."),
        ("This footage is distributed by {agency} and may not be re-edited, re-voiced or embedded elsewhere without "
         "written permission. Unauthorised use will be reported to the platform."),
        ("All archive material in this film has been cleared for online use in the UK and Ireland only. For other "
         "territories, please contact the rights team."),
        ("Want to use this video? News organisations can request a licence through our media partners page. Please "
         "credit '{creator} / {platform}' on screen at all times."),
        ("Viewer-submitted footage is used with permission. If you filmed something newsworthy and would like to "
         "share it, send it to us along with your name and where it was taken."),
    ]
    return [_pick(rng, frames, **_fills41(rng))]


def _t41_unavailable(rng: random.Random, ctx: dict) -> list[str]:
    items = ["This clip can't be played in your location.", "Video not available in your region",
             "Playback blocked: rights restrictions apply in your country.",
             "The owner of this video has limited where it can be watched.", "Content unavailable",
             "This media has been removed.", "Sorry, this recording has expired and is no longer available.",
             "We're having trouble playing this video. Try again later.",
             "The media couldn't load - the network dropped or the format isn't supported.",
             f"Error code: {rng.randint(100, 999)}{_digits(rng, 3)}", "Something went wrong. Tap to retry.",
             "This live stream recording is not available."]
    return some(rng, items, 1, 2)


def _t41_unavailable_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("Sorry, this video can't be shown to viewers outside the UK because of rights agreements with the "
         "broadcaster. You may still be able to read the accompanying report."),
        ("The programme you're trying to watch has reached the end of its availability window and has been taken "
         "down. Most programmes stay on the catch-up service for twelve months."),
        ("Because of a copyright claim by {agency}, this clip is blocked on some devices and in some countries. If you "
         "think this is a mistake, the uploader can dispute the claim."),
        ("This stream is blacked out in your area because of a local broadcasting arrangement. Coverage is available "
         "on {chan} and its partner stations in the affected regions."),
        ("To watch this video you need to allow media playback in your browser settings, or switch off the extension "
         "that is blocking it, and then reload the page."),
        ("Live coverage has now ended. A highlights package will be available here later this evening, once the "
         "rights holder has released it."),
    ]
    return [_pick(rng, frames, **_fills41(rng))]


def _t41_age_gate(rng: random.Random, ctx: dict) -> list[str]:
    items = ["Age-restricted video (based on our community rules)", "Log in to prove you're 18 or over",
             "Viewer discretion: this clip contains scenes some people may find upsetting.",
             "Warning: contains flashing images", "This content may not be suitable for everyone. Continue?",
             "I understand and want to proceed", "Go back", "Sensitive content", "Tap to reveal"]
    return some(rng, items, 1, 3)


def _t41_view_stats(rng: random.Random, ctx: dict) -> list[str]:
    views = _big(rng)
    items = [rng.choice([f"{views:,} views", f"{_short(views)} views"]) + f"  {_date_long(rng)}",
             f"Premiered {_dm(rng)} {_year(rng)}", f"Streamed live {_ago(rng, ('hour', 'day', 'week'))}",
             " ".join("#" + t for t in rng.sample(["diy", "vanlife", "baking", "storm", "railway", "harbour", "fix",
                                                    "budget", "history", "astronomy"], 3)),
             f"👍 {_short(rng.randint(12, 90_000))}   👎   Share   Download   Clip   Save",
             f"{_short(rng.randint(200, 2_000_000))} subscribers", "...more", "Show less"]
    return glue(rng, some(rng, items, 2, 4), 0.5, ("  ", " · ", " "))


def _t41_description_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("In this episode we head up onto the moors above {place} to find out why a 200-year-old packhorse bridge "
         "keeps collapsing, and who is supposed to fix it."),
        ("After three years of saving, we finally bought a narrowboat. This video covers the survey, the price we paid "
         "and the one thing we wish we'd checked before signing."),
        ("I spent a week living on the food budget of an average student in {place}. Some of it went well. The lentil "
         "experiment on day four did not."),
        ("We test five budget dehumidifiers in a genuinely damp 1950s bungalow to see which ones are worth the money "
         "and which belong in the skip."),
        ("This is the full, unedited footage of the {place} lantern parade, filmed from the bandstand. Thank you to "
         "everyone who let us film them along the route."),
        ("Part three of the garage conversion. Today: insulating the floor, a very awkward conversation with building "
         "control and a surprise find under the old workbench."),
    ]
    return [_pick(rng, frames, **_fills41(rng))]


def _t41_premiere(rng: random.Random, ctx: dict) -> list[str]:
    items = [f"Premieres in {rng.randint(2, 23)} hours", f"Premiere starts {_dm(rng)} at {_hhmm(rng)}",
             "Set reminder", "Notify me", f"{rng.randint(12, 4_000):,} waiting", f"Scheduled for {_dm(rng)}",
             f"Live in {rng.randint(1, 59)}:{rng.randint(0, 59):02d}", "Upcoming live stream"]
    return glue(rng, some(rng, items, 1, 3), 0.5, (" · ", "  "))


def _t41_podcast_notes(rng: random.Random, ctx: dict) -> list[str]:
    title = rng.choice(["The lighthouse that moved", "Who owns the foreshore?", "A year without a car",
                        "The last village blacksmith", "Inside the night ferry", "Why our rivers smell"])
    items = [f"Episode {rng.randint(12, 340)}: {title}", f"Hosted by {_name41(rng)}",
             f"Produced by {_name41(rng)} for {rng.choice(CHANNELS41)} Audio",
             "Listen on {}, {} or wherever you get your podcasts".format(*rng.sample(PODAPPS41, 2)),
             "Show notes", f"{_dur(rng, 60, 600)} Cold open", f"{_dur(rng, 600, 2400)} The interview",
             "Full transcript available on our website", "Rate and review - it really helps!"]
    return some(rng, items, 2, 5)


def _t41_ticker(rng: random.Random, ctx: dict) -> list[str]:
    lead = rng.choice(["BREAKING", "LATEST", "JUST IN", "NEWS", "LIVE"])
    items = [h.upper() if rng.random() < 0.5 else h for h in headlines(rng, ctx, FALLBACK41, rng.randint(2, 4))]
    items += some(rng, [f"FTSE {rng.randint(6800, 8900):,} ▲ {rng.uniform(0.1, 1.4):.2f}%",
                        f"£1 = ${rng.uniform(1.15, 1.35):.4f}",
                        f"{rng.choice(PLACES41).upper()} {rng.randint(2, 24)}°C",
                        "MORE AT THE TOP OF THE HOUR"], 0, 2)
    return [f"{lead} " + rng.choice([" • ", " ▪ ", " | ", " ... "]).join(items)]


def _t41_chyron(rng: random.Random, ctx: dict) -> list[str]:
    items = [f"{_name41(rng).upper()} | {rng.choice(ROLES41)}", f"LIVE  {rng.choice(PLACES41).upper()}",
             f"{rng.choice(CHANNELS41).upper()} {_hhmm(rng)}", "BREAKING NEWS", headline(rng, ctx, FALLBACK41).upper(),
             "EARLIER", "FILE FOOTAGE", "EXCLUSIVE", f"{rng.choice(LAST41).upper()}: 'WE WERE NEVER TOLD'"]
    return glue(rng, some(rng, items, 1, 3), 0.4, ("  ", " | ", " "))


def _t41_handover_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("And now the weather, with {name}. Thanks, {first2}. It's been a grey, drizzly start for most of us, and that "
         "cloud will be slow to clear from the western hills this afternoon."),
        ("Tonight, clear spells in the east mean a touch of frost in rural spots, with temperatures dipping to minus "
         "two in sheltered valleys around {place}. Tomorrow starts bright but clouds over from the west."),
        ("Let's get a look at the travel now. There are delays of up to forty minutes on the {road} southbound near "
         "{place}, where a broken-down lorry is blocking the inside lane."),
        ("Time for the sport now, and it was a dramatic afternoon at {place}, where the home side came from two goals "
         "down to snatch a draw in the final minute of stoppage time."),
        ("Over to the business news, and shares in {firm} slipped this morning after the company warned that the wet "
         "summer had hit sales of garden furniture."),
    ]
    return [_pick(rng, frames, **_fills41(rng))]


def _t41_vox_pop_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("\"I've lived here for thirty years and I've never seen the river that high,\" said {name}, who runs a café "
         "on the quayside at {place}."),
        ("\"We just want someone to tell us when the buses are coming back,\" says {first}, 19, who relies on the "
         "service to get to college in {place2}."),
        ("Retired teacher {name}, 71, told the programme: \"The hall is the only warm place a lot of us have got in "
         "the afternoons. If it shuts, where do we go?\""),
        ("\"It's absolutely packed every weekend now, which is great for trade but a nightmare for parking,\" said "
         "shop owner {name}."),
        ("\"My lad's been on the list for a dentist for two years,\" said {first}, a parent of three from {place}. "
         "\"Two years. We've given up and go private when we can.\""),
    ]
    out = [_pick(rng, frames, **_fills41(rng))]
    return ([rng.choice(["VOX POP", f"Vox pops - {rng.choice(PLACES41)}"])] + out) if rng.random() < 0.25 else out


QA41 = [
    ("When did you first realise the boatyard was in trouble?",
     "Honestly, about two years before anyone else did. The orders stopped coming after the harbour fees went up."),
    ("Do you still get nervous before a show?",
     "Every single night. The day I stop being nervous is the day I should probably hang up the fiddle."),
    ("What would you say to young people thinking about farming?",
     "Go and work on one for a summer first. It's not a way of life you can read your way into."),
    ("How long did the restoration take?",
     "Four years, give or take, and about three times the budget we'd agreed with the trust at the start."),
    ("Was there a moment you thought about giving up?",
     "Plenty. The worst was the winter the roof came in. I sat in the van and cried, then I rang my brother."),
]


def _t41_interview_prose(rng: random.Random, ctx: dict) -> list[str]:
    q, a = rng.choice(QA41)
    style = rng.random()
    if style < 0.5:
        return [f"Q: {q}", f"A: {a}"]
    host, guest = rng.sample(LAST41, 2)
    if style < 0.8:
        return [f"{host.upper()}: {q}", f"{guest.upper()}: {a}"]
    return [f"{q} {a}"]


def _t41_correction_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("Correction: an earlier version of this transcript misspelled the name of the {place} harbour master. It has "
         "been amended."),
        ("Editor's note: this transcript has been edited for length and clarity. The full broadcast, including the "
         "studio discussion, is available on {chan}'s catch-up service."),
        ("Clarification: in the programme the presenter said the scheme had cost £40m; the correct figure is £14m. "
         "The audio has been updated and this transcript reflects the change."),
        ("A segment of this interview has been removed from the online version at the request of the contributor's "
         "family, in line with our editorial guidelines."),
    ]
    return [_pick(rng, frames, **_fills41(rng))]


def _t41_subtitle_note_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("Subtitles for this programme were generated automatically and have not been reviewed, so names, places and "
         "technical terms may appear incorrectly."),
        ("Live subtitles are written by a subtitler as the programme goes out, which means they can lag behind the "
         "pictures and occasionally contain mistakes."),
        ("Captions on this channel are made by volunteers. If you'd like to help translate our videos into your "
         "language, you can contribute through the community captions page."),
        ("We aim to subtitle all our on-demand programmes within 24 hours of broadcast. If subtitles are missing, "
         "please let our accessibility team know."),
        "Audio-described and signed versions of this episode are available in the app for 30 days after transmission.",
    ]
    return [_pick(rng, frames, **_fills41(rng))]


AD41 = ["A woman in a yellow raincoat hurries across the empty market square.",
        "Gulls wheel above the harbour as the trawler edges into its berth.",
        "In the kitchen, {first} sets two mugs on the table and stares at the phone.",
        "The camera pans slowly across a frost-covered field towards a ruined barn.",
        "He pockets the letter without reading it and switches off the light.",
        "Rain streaks the windscreen. The wipers squeak. Nobody speaks.",
        "A boy on a bike freewheels down the hill past rows of terraced houses."]


def _t41_audio_description(rng: random.Random, ctx: dict) -> list[str]:
    prefix = rng.choice(["[AD] ", "AD: ", "(Audio description) ", "[Audio described] "])
    first = rng.choice(FIRST41)
    return [prefix + line.format(first=first) for line in rng.sample(AD41, rng.randint(1, 2))]


def _t41_recap_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("Previously on {drama}: {first} learned the truth about the fire at the mill, the harbour inquiry was "
         "adjourned, and an unexpected visitor arrived at the farmhouse door."),
        ("Last time, our team of amateur archaeologists uncovered what looked like a Roman road beneath a {place} "
         "cricket pitch. Today, the experts arrive to find out if they were right."),
        ("In last week's episode, the contestants were sent out onto the fells with one map and no phones. Two teams "
         "made it back before dark. One did not."),
        ("Previously: the council voted to close the lido, a campaign group formed overnight, and {name} promised to "
         "swim there every morning until the decision was reversed."),
    ]
    return [_pick(rng, frames, **_fills41(rng))]


def _t41_trailer_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("[VOICEOVER] This winter, one small town is about to discover that the sea keeps its secrets for only so "
         "long. {drama}. Coming soon to {chan}."),
        ("Coming up next: six strangers, one abandoned lighthouse and thirty days to turn it into a hotel. Will they "
         "make it before the first guests arrive?"),
        ("From the makers of {doc} comes a brand new series following the paramedics of {place} through the busiest "
         "winter in the service's history. Starts {wd} at {t}."),
        "Don't miss the series finale of {drama}, {wd} at {t2} on {chan}, or stream every episode now in the app.",
    ]
    return [_pick(rng, frames, **_fills41(rng))]


def _t41_phone_in_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("CALLER ({first}, {place}): Yes, hello. I just wanted to say the potholes on our estate have been reported "
         "six times now and nothing has happened."),
        ("Lines are open now on {phone}. We want to hear from you: should the town centre be closed to cars on "
         "Saturdays? Text us or give us a ring."),
        ("Thanks to {first} in {place} for that call. We've got {first2} on line three who I think disagrees. "
         "{first2}, go ahead, you're on air."),
        ("{first} has emailed to say {her} cat has been missing since {wd} in the {place} area. Black and white, "
         "answers to Biscuit. If you've seen him, let us know."),
    ]
    return [_pick(rng, frames, **_fills41(rng))]


def _t41_watch_caption_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        "Watch: drone footage shows the scale of the flooding in {place} after the {river} burst its banks overnight.",
        ("Video: the moment a seal pup was returned to the sea at {place} after three weeks in the care of a "
         "wildlife rescue team."),
        ("Watch: firefighters tackle a blaze at a disused warehouse in {place}. Smoke could be seen from several "
         "miles away."),
        "Media caption: {name} explains why the choir has been singing on the harbour wall every {wd} since the 1980s.",
        "Watch again: the full statement from the chief constable, recorded outside {place} police station at noon.",
    ]
    return [_pick(rng, frames, **_fills41(rng))]


def _t41_show_open_prose(rng: random.Random, ctx: dict) -> list[str]:
    hs = headlines(rng, ctx, FALLBACK41, 3)
    f = _fills41(rng)
    if len(hs) >= 2 and rng.random() < 0.6:
        return [f"Tonight on {f['prog']}: {hs[0]}. {hs[1]}. " + rng.choice(
            [f"And the {f['place']} bakery that has made the same loaf since 1911.", "Good evening.",
             f"I'm {f['name']}, and this is {f['chan']}."])]
    frames = [
        ("Good evening. Tonight: anger in {place} as the last bank branch closes its doors, and the farmers counting "
         "the cost of the wettest spring on record."),
        ("Hello and welcome to {prog}, coming to you tonight from {place}, where the town has been preparing for the "
         "biggest regatta in its history."),
    ]
    return [_pick(rng, frames, **f)]


def _fortyfirst_templates() -> dict[str, tuple[str, Template]]:
    """Broadcast and video text: captions, transcripts, presenters' links, schedules and video-platform furniture."""
    return {
        "s41_srt_cues": ("hit", _t41_srt_cues),
        "s41_vtt_header": ("h", _t41_vtt_header),
        "s41_vtt_word_timing": ("it", _t41_vtt_word_timing),
        "s41_sound_cues": ("hit", _t41_sound_cues),
        "s41_cc_caps_prose": ("i", _t41_cc_caps_prose),
        "s41_autocaption_prose": ("it", _t41_autocaption_prose),
        "s41_dash_dialogue": ("i", _t41_dash_dialogue),
        "s41_caption_credits": ("t", _t41_caption_credits),
        "s41_transcript_header": ("h", _t41_transcript_header),
        "s41_rush_prose": ("ht", _t41_rush_prose),
        "s41_transcript_copyright_prose": ("t", _t41_transcript_copyright_prose),
        "s41_speaker_label_prose": ("i", _t41_speaker_label_prose),
        "s41_tape_markers": ("i", _t41_tape_markers),
        "s41_break_marker": ("it", _t41_break_marker),
        "s41_still_to_come_prose": ("it", _t41_still_to_come_prose),
        "s41_after_break_prose": ("i", _t41_after_break_prose),
        "s41_throw_prose": ("i", _t41_throw_prose),
        "s41_signoff_prose": ("t", _t41_signoff_prose),
        "s41_schedule": ("ht", _t41_schedule),
        "s41_schedule_prose": ("t", _t41_schedule_prose),
        "s41_listings_prose": ("it", _t41_listings_prose),
        "s41_radio_info": ("t", _t41_radio_info),
        "s41_chapters": ("it", _t41_chapters),
        "s41_links_bio": ("ht", _t41_links_bio),
        "s41_sponsor_prose": ("it", _t41_sponsor_prose),
        "s41_gear_list": ("t", _t41_gear_list),
        "s41_subscribe_strip": ("hit", _t41_subscribe_strip),
        "s41_subscribe_prose": ("it", _t41_subscribe_prose),
        "s41_membership_strip": ("t", _t41_membership_strip),
        "s41_membership_prose": ("t", _t41_membership_prose),
        "s41_live_chat": ("it", _t41_live_chat),
        "s41_superchat": ("i", _t41_superchat),
        "s41_chat_notice": ("it", _t41_chat_notice),
        "s41_player_chrome": ("hit", _t41_player_chrome),
        "s41_playlist": ("t", _t41_playlist),
        "s41_related_videos": ("t", _t41_related_videos),
        "s41_clip_credit": ("ht", _t41_clip_credit),
        "s41_licensing_prose": ("t", _t41_licensing_prose),
        "s41_unavailable": ("hi", _t41_unavailable),
        "s41_unavailable_prose": ("hi", _t41_unavailable_prose),
        "s41_age_gate": ("h", _t41_age_gate),
        "s41_view_stats": ("h", _t41_view_stats),
        "s41_description_prose": ("hit", _t41_description_prose),
        "s41_premiere": ("h", _t41_premiere),
        "s41_podcast_notes": ("t", _t41_podcast_notes),
        "s41_ticker": ("hi", _t41_ticker),
        "s41_chyron": ("hi", _t41_chyron),
        "s41_handover_prose": ("i", _t41_handover_prose),
        "s41_vox_pop_prose": ("i", _t41_vox_pop_prose),
        "s41_interview_prose": ("i", _t41_interview_prose),
        "s41_correction_prose": ("t", _t41_correction_prose),
        "s41_subtitle_note_prose": ("ht", _t41_subtitle_note_prose),
        "s41_audio_description": ("i", _t41_audio_description),
        "s41_recap_prose": ("hi", _t41_recap_prose),
        "s41_trailer_prose": ("it", _t41_trailer_prose),
        "s41_phone_in_prose": ("i", _t41_phone_in_prose),
        "s41_watch_caption_prose": ("hi", _t41_watch_caption_prose),
        "s41_show_open_prose": ("h", _t41_show_open_prose),
    }


# --- fortysecond: wiki, forum and Q&A page residue ----------------------------------------------------------------

WIKIS42 = ["Openleaf", "Lorewell", "Commonpedia", "Tarrowpedia"]
PLACES42 = ["Harrowfield", "Lower Quenby", "Brindlecombe", "Askerby", "Marrowgate", "Tollerton Parva", "Saint Ysolde",
            "Cragsmoor Edge", "Pellinor", "Wyvenhoe", "Dunkerrow", "Fallowmere", "Ebbing Cross", "Hollinsworth"]
REGIONS42 = ["North Tarrow", "the Ardle Valley", "Eastmarch", "Vessany", "West Quarrendon", "the Lindle Fens"]
RIVERS42 = ["Ardle", "Quen", "Wyven", "Skell", "Tarrow Water", "Brindle"]
FIRST42 = ["Esme", "Aurelio", "Constance", "Tobias", "Maren", "Ewan", "Philippa", "Jago", "Anouk", "Lowri", "Cyrus",
           "Hester", "Benedikt", "Nell", "Ptolemy", "Rosalind", "Kofi", "Agnieszka"]
LAST42 = ["Rothwyn", "Fairbrass", "Quartermaine", "Ollerenshaw", "Deverill", "Stannard", "Mbeki-Hale", "Crowthorne",
          "Pendrick", "Ashdown-Vale", "Lisle", "Umfreville", "Tregothnan", "Brackley-Oduya", "Sallow"]
USERS42 = ["Brindlecap", "quietkettle", "TurnipTheorist", "moss_and_mortar", "Halfpenny_Dave", "lanternjaw81",
           "OldGreyWhistle", "ParsnipPirate", "kestrel_kid", "throwaway_8841", "damp_sock_enjoyer", "NotAPlumberBut",
           "ferrous_wheel", "Mrs_Ockenden", "grumblebee", "TeaWithoutMilk", "sawdust_sally", "the_real_gorse",
           "Quenby_Quill", "Ardle_Archivist", "BoilerBoffin", "cautious_newt", "WeekendWelder", "nan_of_seven"]
SUBS42 = ["FlatpackFailures", "KettleAndCrumb", "TarrowTransit", "AllotmentAnonymous", "HarrowfieldLocal",
          "ShedTalkUK", "TenantQuarrels", "CycleCommuteGrumbles", "DampAndMould", "SmallClaimsChat", "OldTractors"]
FORUMS42 = ["DampDoctors Forum", "TarrowTalk", "BoilerBuddies", "The Allotment Exchange", "MoneyMinded Boards",
            "Paddock & Hound", "Fenland Anglers Board", "Vintage Van Owners' Club"]
QA42 = ["Askwell", "StackHollow", "AnswerBarn", "Quorient"]
TAGS42 = ["plumbing", "central-heating", "boiler", "damp", "planning-permission", "tenancy", "electrical",
          "sourdough", "bread", "hedges", "neighbours", "insurance", "cycling", "route-planning", "allotments",
          "compost", "car-maintenance", "fuel-economy", "leasehold", "radiators"]
QTITLES42 = ["How do I find where a slow leak under the floor is coming from?",
             "Why does my boiler pressure keep dropping?",
             "Is it legal for a landlord to keep the whole deposit for cleaning?", "Best way to get rid of bindweed?",
             "Can I replace a light switch myself without certification?", "Why is my sourdough so dense?",
             "What is the difference between leasehold and share of freehold?",
             "How far back can I cut a hawthorn hedge?", "Does a dehumidifier actually help with condensation?",
             "Is a 20-year-old car worth repairing?"]
THREADS42 = ["Damp patch keeps coming back after repainting", "Anyone else's bin not collected this week?",
             "Best value secateurs?", "Landlord ignoring emails about the boiler",
             "Worth joining the allotment waiting list?",
             "First time buyer - survey found 'historic movement'", "Neighbour's cat using our veg bed",
             "Rewire quote £6k - reasonable?", "Which way do you hang loo roll (serious)",
             "Old tractor won't start when cold"]
FALLBACK42 = [
    "Volunteers restore village's last working windmill", "Town council to review allotment rents",
    "Rare moth spotted for first time in 80 years", "Library plans to lend tools as well as books",
    "Ferry crossing suspended after engine fault", "Flood defence scheme gets go-ahead",
    "Record turnout for annual duck race", "Historic pub reopens under community ownership",
    "School bans phones at lunchtime", "Bus company apologises for timetable chaos",
    "Landlords face new rules on damp and mould", "Market hall to be demolished despite protest",
]


def _user(rng: random.Random) -> str:
    if rng.random() < 0.75:
        return rng.choice(USERS42)
    return rng.choice(["Curious", "Grumpy", "Tidy", "Lost", "Sleepy", "Rusty", "Honest"]) + rng.choice(
        ["Badger", "Spanner", "Heron", "Marrow", "Kettle", "Otter", "Trowel"]) + _digits(rng, rng.randint(2, 4))


def _name42(rng: random.Random) -> str:
    return f"{rng.choice(FIRST42)} {rng.choice(LAST42)}"


def _sig(rng: random.Random) -> str:
    user, y = _user(rng), _year(rng, 2006, 2024)
    when = f"{_hhmm(rng)}, {rng.randint(1, 28)} {rng.choice(MONTHS)} {y} (UTC)"
    return rng.choice([f"— {user} (talk) {when}", f"--{user} (talk | contribs) {when}", f"{user} (talk) {when}",
                       f"— {user} ✉ {when}"])


def _fills42(rng: random.Random) -> dict[str, object]:
    p1, p2 = rng.sample(PLACES42, 2)
    r1, r2 = rng.sample(RIVERS42, 2)
    return {
        "place": p1, "place2": p2, "region": rng.choice(REGIONS42), "river": r1, "river2": r2,
        "first": rng.choice(FIRST42), "last": rng.choice(LAST42), "name": _name42(rng), "name2": _name42(rng),
        "user": _user(rng), "user2": _user(rng), "sub": rng.choice(SUBS42), "forum": rng.choice(FORUMS42),
        "wiki": rng.choice(WIKIS42), "qa": rng.choice(QA42), "wd": _wd(rng), "y": _year(rng),
        "y1": rng.randint(1841, 1902), "pop": f"{rng.randint(1_200, 48_000):,}", "km": rng.randint(14, 120),
        "n": rng.randint(2, 9), "month": rng.choice(MONTHS), "date": _date_long(rng, 2008, 2024),
        "album": rng.choice(["Glass Harbour", "Lantern Weather", "The Slow Thaw", "Paper Wolves"]),
        "band": rng.choice(["The Velveteen Marchers", "Coldframe", "Sister Ardle", "The Quenby Set"]),
        "ship": rng.choice(["Lantern Queen", "Ardle Maid", "Countess of Quenby", "Pellinor"]),
        "mag": rng.choice(["Soundwell", "The Northern Review", "Vinyl Quarterly"]),
        "saint": rng.choice(["Ysolde", "Wilfrith", "Aldhelm", "Cenwyn", "Brannoc"]),
        "street": rng.choice(["Tanyard Lane", "Quen Street", "Old Market Row", "Chapel Fold"]),
        "product": rng.choice(["Nimbus Air 2 purifier", "Brackley cordless drill", "Vesta e-bike",
                               "Hearthstone stove"]),
        "sig": _sig(rng), "hdg": rng.choice(["History", "Early life", "Geography", "Transport", "Reception", "Plot"]),
    }


def _t42_hatnote(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        "This article is about the market town in {region}. For the railway station, see {place} railway station.",
        "For the {ay} album by {band}, see {album}. For other uses, see {place} (disambiguation).",
        "Not to be confused with {place2}.",
        "\"{place}\" redirects here. For the village in {region}, see {place} Green.",
        "Main article: History of {place}",
        "See also: List of watermills on the River {river}",
        "Further information: {place} Viaduct",
        "This article is about the river. For the parliamentary constituency, see {river} Valley (constituency).",
    ]
    f = _fills42(rng)
    return [frame.format(ay=rng.randint(1968, 2019), **f) for frame in rng.sample(frames, rng.randint(1, 2))]


def _t42_edit_heading(rng: random.Random, ctx: dict) -> list[str]:
    heads = rng.sample(["History", "Early life", "Geography", "Notes", "Transport", "Governance", "Demography",
                        "Career", "Personal life", "Legacy", "Track listing", "Plot", "Reception", "Etymology"],
                       rng.randint(1, 2))
    mark = rng.choice(["[edit]", " [edit]", "[ edit ]", "[edit | edit source]", "[edit source]"])
    out = [h + mark for h in heads]
    if rng.random() < 0.3:
        out.insert(1, f"Main article: {rng.choice(['History', 'Transport', 'Geography'])} of {rng.choice(PLACES42)}")
    return out


CITE_MARKS42 = ["[citation needed]", "[clarification needed]", "[better source needed]", "[when?]", "[who?]",
                "[dubious – discuss]", "[original research?]", "[page needed]"]


def _fn(rng: random.Random) -> str:
    return "".join(f"[{rng.randint(1, 48)}]" for _ in range(rng.randint(1, 2)))


def _t42_citation_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("The mill was converted to steam power in 1863 and employed more than 400 people by the turn of the "
         "century.{fn} It closed in 1958 following a fire.{cn}"),
        ("{name} (born {y1}) was a long-distance runner from {place} who won the {place2} Marathon three times in the "
         "1920s{fn} and later coached the county team.{cn}"),
        ("The species is found mainly in wet meadows and reedbeds along the {river}, where it feeds on seeds and small "
         "invertebrates.{fn} Numbers fell sharply during the 1970s.{cn}"),
        ("According to local tradition, the bridge was built by monks from {place} Priory,{fn} although no documentary "
         "evidence for this has been found.{cn}"),
        ("{band}'s second album, {album}, was recorded in a disused chapel near {place} in the winter of 1991{fn} and "
         "reached number 31 in the national chart.{cn}"),
        ("Since 2004 the station has been unstaffed, and tickets must be bought on the train or in advance.{fn} A "
         "proposal to reopen the booking office was rejected in 2016.{cn}"),
    ]
    return [_pick(rng, frames, fn=_fn(rng), cn=rng.choice(CITE_MARKS42 + [_fn(rng)]), **_fills42(rng))]


def _t42_infobox_place(rng: random.Random, ctx: dict) -> list[str]:
    place = rng.choice(PLACES42)
    fields = [("Country", "Tarrowland"), ("Region", rng.choice(REGIONS42).replace("the ", "").title()),
              ("Population", f"{rng.randint(1_200, 48_000):,} ({rng.choice([2011, 2021])} census)"),
              ("OS grid reference", f"S{rng.choice('DEJKT')} {_digits(rng, 3)} {_digits(rng, 3)}"),
              ("Post town", place.upper()), ("Postcode district", f"HQ{rng.randint(1, 29)}"),
              ("Dialling code", f"01{_digits(rng, 3)}"), ("Elevation", f"{rng.randint(3, 340)} m"),
              ("Founded", str(rng.randint(1100, 1890))), ("Website", f"www.{_slug(place).replace('-', '')}-tc.gov.ta"),
              ("Coordinates", (f"{rng.randint(50, 58)}°{rng.randint(0, 59):02d}′N {rng.randint(0, 5)}°"
                               f"{rng.randint(0, 59):02d}′W"))]
    sep = rng.choice(["\t", ": ", "  ", "\t"])
    out = [f"{k}{sep}{v}" for k, v in some(rng, fields, 3, 6)]
    return ([place] if rng.random() < 0.4 else []) + out


def _t42_infobox_person(rng: random.Random, ctx: dict) -> list[str]:
    name = _name42(rng)
    born = rng.randint(1890, 1975)
    age = rng.randint(44, min(96, 2023 - born))
    where = f"{rng.choice(PLACES42)}, {rng.choice(REGIONS42).replace('the ', '')}"
    fields = [("Born", f"{name}\t{_dm(rng)} {born}\t{where}"),
              ("Died", f"{_dm(rng)} {born + age + 1} (aged {age})"),
              ("Nationality", "Tarrish"),
              ("Occupation", rng.choice(["Botanist", "Engineer, inventor", "Singer-songwriter", "Footballer",
                                         "Politician", "Illustrator"])),
              ("Years active", f"{born + 20}–{born + min(age, rng.randint(30, 55))}"),
              ("Known for", rng.choice(["Ardle Valley moss survey", "Quenby swing bridge", "'Lantern Weather'",
                                        "founding the Harrowfield co-operative"])),
              ("Spouse(s)", f"{_name42(rng)} (m. {born + rng.randint(20, 35)})"), ("Children", str(rng.randint(1, 5)))]
    sep = rng.choice(["\t", ": "])
    return [f"{k}{sep}{v}" for k, v in some(rng, fields, 3, 6)]


def _t42_navbox(rng: random.Random, ctx: dict) -> list[str]:
    region = rng.choice(REGIONS42).replace("the ", "")
    title = rng.choice([f"Settlements in {region}", f"Rivers of {region}", f"Listed buildings in {region}",
                        f"{rng.choice(['Railway stations', 'Mills', 'Lighthouses'])} of {region}"])
    items = rng.sample(PLACES42, rng.randint(4, 9))
    out = [title, rng.choice([" · ", " • ", " | "]).join(items)]
    if rng.random() < 0.6:
        out.insert(0, rng.choice(["v t e", "v · t · e", "vte"]))
    if rng.random() < 0.3:
        out.append(rng.choice(["Authority control databases", "Portals: Geography · History", "show", "hide"]))
    return out


def _t42_categories(rng: random.Random, ctx: dict) -> list[str]:
    region = rng.choice(REGIONS42).replace("the ", "")
    cats = [f"Villages in {region}", f"Civil parishes in {region}", f"{rng.randint(1100, 1900)} establishments",
            f"Populated places on the River {rng.choice(RIVERS42)}", "Market towns", "Former mill towns",
            "Tarrish botanists", f"{rng.randint(1890, 1960)} births", "Grade II listed buildings"]
    out = ["Categories: " + rng.choice([" | ", " · ", ", "]).join(some(rng, cats, 2, 5))]
    if rng.random() < 0.45:
        hidden = ["Articles with short description", "Short description matches local data",
                  f"Articles needing additional references from {rng.choice(MONTHS)} {_year(rng)}",
                  "Coordinates on local data", "Use dmy dates", "Pages using infobox settlement with no map"]
        out.append("Hidden categories: " + " | ".join(some(rng, hidden, 2, 4)))
    return out


def _t42_references(rng: random.Random, ctx: dict) -> list[str]:
    out = [rng.choice(["References", "References[edit]", "Notes and references", "Sources"])]
    for k in range(1, rng.randint(3, 5)):
        f = _fills42(rng)
        ref = rng.choice([
            f"\"{f['place']} parish profile\". {f['region'].replace('the ', '').title()} Council. {rng.randint(2005, 2018)}.",
            (f"{f['last']}, {f['first'][0]}. ({rng.randint(1968, 2019)}). A History of {f['place']}. "
             f"{f['place2']}: Ardle Press. p. {rng.randint(4, 390)}."),
            f"\"Mill fire: 200 jobs lost\". The {f['place']} Courier. {_date_long(rng, 1950, 1990)}.",
            f"\"{f['album']} - chart history\". Soundwell.",
        ])
        tail = rng.choice([f" Retrieved {_date_long(rng, 2019, 2025)}.",
                           (f" Archived from the original on {_date_long(rng, 2008, 2018)}. Retrieved "
                            f"{_date_long(rng, 2019, 2025)}."), "", " (subscription required)"])
        out.append(f"{rng.choice(['^ ', '', '↑ '])}{k}. {ref}{tail}" if rng.random() < 0.5 else f"^ {ref}{tail}")
    return out


def _t42_last_edited(rng: random.Random, ctx: dict) -> list[str]:
    wiki = rng.choice(WIKIS42)
    items = [f"This page was last edited on {_date_long(rng, 2016, 2025)}, at {_hhmm(rng)} (UTC).",
             f"Text is available under the {wiki} Attribution-ShareAlike Licence; other conditions may apply.",
             f"Privacy policy  About {wiki}  Disclaimers  Contact {wiki}  Code of Conduct  Developers  Mobile view",
             f"{wiki}® is a registered trademark of the {wiki} Knowledge Trust, a non-profit organisation.",
             f"Last changed {_ago(rng, ('day', 'week', 'month', 'year'))} by {_user(rng)}"]
    return some(rng, items, 1, 3)


def _t42_disambiguation(rng: random.Random, ctx: dict) -> list[str]:
    place = rng.choice(PLACES42)
    uses = [f"{place}, {rng.choice(REGIONS42)}, a market town", f"{place} railway station, closed 1964",
            f"{place} Hall, a country house near {rng.choice(PLACES42)}",
            f"{place} (band), an indie band formed in 2003",
            f"{place} F.C., a non-league football club", f"HMS {place}, a minesweeper launched in 1941",
            f"{rng.choice(FIRST42)} {place} ({rng.randint(1840, 1920)}–{rng.randint(1921, 1990)}), botanist"]
    out = [rng.choice([f"{place} may refer to:", f"{place} may also refer to:", f"{place} can mean:"])]
    bullet = rng.choice(["", "• ", "* "])
    out += [bullet + u for u in some(rng, uses, 2, 5)]
    if rng.random() < 0.4:
        out.append("This disambiguation page lists articles associated with the title " + place + ".")
    return out


def _t42_talk_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("I've removed the paragraph about the 1911 flood because the only source is a self-published local history "
         "blog. Happy to restore it if someone can find the council records. {sig}"),
        ("Agree with the above. The infobox population is still from the old census and should be updated, but I "
         "can't find the ward-level figures anywhere. {sig}"),
        ("Is there any reason this article is rated Start-class? It seems reasonably complete to me, apart from the "
         "transport section, which is thin. {sig}"),
        ("Please stop adding the unsourced claim that St {saint}'s is the oldest church in {region}. It has been "
         "reverted three times now; discuss it here first. {sig}"),
        (":Fair point, but the book by {name} does mention it on page 214. I'll add a proper citation this evening "
         "when I'm back at my desk. {sig}"),
        ("Merging the two stubs makes sense to me. Nobody is going to write more than a paragraph about the goods "
         "shed, and readers will look for it under {place} anyway. {sig}"),
    ]
    k = rng.randint(1, 2)
    return [_pick(rng, frames, **_fills42(rng)) for _ in range(k)]


def _t42_maintenance_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("This article leans heavily on a single source and may not give a balanced picture. You can help by adding "
         "citations to independent, reliable publications. ({month} {y})"),
        ("Parts of this section have no references. Unsupported statements may be questioned and taken out at any "
         "time. ({month} {y})"),
        ("Editors disagree about whether this article is neutral. See the discussion page before making major "
         "changes, and please leave this notice in place until the dispute is settled."),
        ("This section reads more like a tribute than an encyclopedia entry. Please help rewrite it in a more neutral, "
         "factual tone. ({month} {y})"),
        ("This biography of a living person needs more sources. Contentious material that is unsourced or poorly "
         "sourced should be removed straight away."),
        ("This article is an orphan, as no other articles link to it. Please add links from related pages. "
         "({month} {y})"),
    ]
    out = [_pick(rng, frames, **_fills42(rng))]
    if rng.random() < 0.35:
        out.append(rng.choice(["(Find out how and when to remove this notice)", "(Learn when to remove this notice)"]))
    return out


def _t42_wiki_toc(rng: random.Random, ctx: dict) -> list[str]:
    secs = ["History", "Geography", "Economy", "Transport", "Education", "Notable people", "See also", "References",
            "External links"]
    subs = {"History": ["Early history", "Industrial era", "20th century"], "Geography": ["Climate"],
            "Transport": ["Railway", "Roads"]}
    out = [rng.choice(["Contents", "Contents  hide", "Contents [hide]", "Contents\tmove to sidebar hide"])]
    if rng.random() < 0.5:
        out.append("(Top)")
    for i, s in enumerate(some(rng, secs, 3, 7), 1):
        out.append(f"{i} {s}")
        for j, sub in enumerate(some(rng, subs.get(s, []), 0, 2), 1):
            out.append(f"{i}.{j} {sub}")
    return glue(rng, out, 0.2, (" ", "  "))


def _t42_wiki_lead_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("{place} is a market town and civil parish in {region}, on the north bank of the River {river}. At the most "
         "recent census it had a population of {pop}.{fn}"),
        ("The River {river} rises on {place} Moor and flows roughly south-east for {km} kilometres before joining "
         "the {river2} near {place2}.{fn}"),
        ("{place} railway station served the village of {place} in {region} from 1862 until it closed to passengers "
         "in 1964. The platforms and goods shed survive as a private house.{fn}"),
        ("{name} ({y1}–1962) was a botanist and illustrator best known for her survey of the mosses of {region}, "
         "published in three volumes between 1921 and 1934.{fn}"),
        ("The {place} Hoard is a collection of 212 silver coins and two brooches found by a metal detectorist near "
         "{place2} in 1998. It is now held by the county museum.{fn}"),
        ("SS {ship} was a coastal steamer built in 1907 for the {place} Steam Packet Company. She was requisitioned "
         "in both world wars and scrapped at {place2} in 1951.{fn}"),
    ]
    return [_pick(rng, frames, fn=_fn(rng), **_fills42(rng))]


def _t42_see_also(rng: random.Random, ctx: dict) -> list[str]:
    place, wiki = rng.choice(PLACES42), rng.choice(WIKIS42)
    blocks = [
        ["See also", f"List of places in {rng.choice(REGIONS42)}", f"{place} Priory", f"River {rng.choice(RIVERS42)}"],
        ["External links", "Official website", f"{place} at {wiki} Commons", f"{place} Town Council",
         f"Historic photographs of {place} (archived)"],
        ["Further reading", f"{_name42(rng)} ({rng.randint(1960, 2018)}). The Mills of {place}. Ardle Press.",
         f"{_name42(rng)} ({rng.randint(1960, 2018)}). Lost Lines of Tarrowland. Quen Books."],
    ]
    chosen = rng.choice(blocks)
    return [chosen[0]] + some(rng, chosen[1:], 1, len(chosen) - 1)


def _t42_wiki_chrome(rng: random.Random, ctx: dict) -> list[str]:
    wiki = rng.choice(WIKIS42)
    items = [f"From {wiki}, the open encyclopedia", "Jump to content", "Main menu", "Search",
             "Read  Edit  View history",
             "Tools", "Article  Talk", f"{rng.randint(2, 60)} languages", "Page semi-protected",
             "Listen to this article", "Download as PDF", "Printable version", "Cite this page", "What links here",
             "Appearance  hide", "Text  Small  Standard  Large"]
    return glue(rng, some(rng, items, 2, 5), 0.5, ("  ", " | ", " "))


def _t42_wiki_history_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("In 1847 the estate was sold to the {last} family, who rebuilt the hall in the Italianate style and laid out "
         "the walled gardens that survive today.{fn}"),
        ("During the Second World War the airfield was used by a training squadron, and several of the original "
         "hangars were later converted into a furniture factory.{fn}"),
        ("The parish church of St {saint} dates largely from the 14th century, although the tower was rebuilt after a "
         "lightning strike in 1780. It is a Grade II* listed building.{fn}"),
        ("By the 1890s the harbour handled more than 60,000 tons of coal a year, but trade fell away after the "
         "railway reached {place} and the quay was silting up by 1920.{fn}"),
        ("The first recorded mention of {place} is in a charter of 1152, where it appears as 'Herewefeld', thought to "
         "mean 'open land by the grey wood'.{fn}"),
        ("The grammar school was founded in 1611 by a bequest from a local wool merchant and moved to its present "
         "site on {street} in 1938.{fn}"),
    ]
    return [_pick(rng, frames, fn=_fn(rng), **_fills42(rng))]


def _t42_plot_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("Retired lighthouse keeper {first} returns to the island where his brother vanished thirty years earlier, "
         "only to find that the new owners of the lighthouse are hiding something."),
        ("The novel follows two sisters who inherit a failing seaside hotel and must decide whether to sell to a "
         "developer or reopen it for one last summer season."),
        ("Set in a mining town in the 1920s, the film tells the story of a schoolteacher who organises a strike after "
         "a collapse at the pit kills eleven men."),
        ("In the third series the investigation shifts to {place}, where a string of fires at farm buildings appears "
         "to be linked to a decades-old dispute over grazing rights."),
    ]
    out = [_pick(rng, frames, **_fills42(rng))]
    return ([rng.choice(["Plot[edit]", "Plot", "Synopsis", "Premise[edit]"])] + out) if rng.random() < 0.4 else out


def _t42_reception_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("The album received mixed reviews. Writing in {mag}, {name} praised its 'restless, brittle energy' but felt "
         "the second half 'runs out of road'.{fn}"),
        ("Critical response to the series was largely positive, with particular praise for the two leads; it was "
         "nominated for three regional television awards in 2016.{fn}"),
        ("The building divided opinion when it opened: one architecture critic called it 'a filing cabinet with a "
         "view', while residents voted it their favourite new landmark in a 2009 poll.{fn}"),
        ("Sales were slow at first, but the book found a cult following after it was serialised on local radio in "
         "1983, and it has since been translated into eleven languages.{cn}"),
    ]
    return [_pick(rng, frames, fn=_fn(rng), cn=rng.choice(CITE_MARKS42), **_fills42(rng))]


def _t42_deletion_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("Delete. Fails the notability guideline for companies; every source I can find is either a press release or "
         "a directory listing. {sig}"),
        ("Keep. There is substantial coverage in the {place} Courier and at least two trade journals, which I've now "
         "added to the article. {sig}"),
        ("The result was no consensus. Editors are free to renominate after a reasonable period if better sources do "
         "not turn up. {sig}"),
        ("Merge into {place}#History. The mill is notable only as part of the town's story and the article is unlikely "
         "to grow beyond a stub. {sig}"),
        ("Weak keep. The subject is borderline, but the 1974 profile in {mag} counts as significant coverage in my "
         "view, and the article is at least well sourced. {sig}"),
    ]
    return [_pick(rng, frames, **_fills42(rng))]


def _t42_revision_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("You are viewing an archived revision of this page, saved by {user} on {date}. The current version may be "
         "quite different."),
        ("This page is a draft and has not yet been reviewed. It may be incomplete or contain errors, and it is not "
         "indexed by search engines."),
        "This article was nominated for deletion on {date}. The result of the discussion was keep.",
        ("Pages in this category are looked after by the {region} local history project. If you'd like to help, sign "
         "up on the project page."),
        ("This page has been protected from editing until {date} because of repeated vandalism. Logged-in editors "
         "may request changes on the talk page."),
    ]
    return [_pick(rng, frames, **_fills42(rng))]


def _t42_image_caption(rng: random.Random, ctx: dict) -> list[str]:
    f = _fills42(rng)
    caps = ["The mill in 1905, seen from the canal towpath", f"{f['place']} market place, c. 1920",
            f"St {f['saint']}'s Church from the south-east", f"The River {f['river']} at {f['place2']}",
            f"{f['name']} in {rng.randint(1925, 1975)}", f"Map of {f['region']} showing the old parish boundaries",
            f"The former station building, now a private house ({rng.randint(2008, 2022)})"]
    return some(rng, caps, 1, 2)


def _t42_post_header(rng: random.Random, ctx: dict) -> list[str]:
    items = [f"r/{rng.choice(SUBS42)}", f"Posted by u/{_user(rng)}", _ago(rng, ("hour", "day", "month", "year")),
             rng.choice(["Question", "Advice needed", "Rant", "Discussion", "Update", "Help!", "Success story"]),
             "Archived thread: new replies and votes are switched off.", "Locked", "📌 Pinned",
             f"{rng.randint(1, 99)}% upvoted"]
    return glue(rng, some(rng, items, 2, 4), 0.6, (" • ", " · ", "  "))


def _t42_vote_row(rng: random.Random, ctx: dict) -> list[str]:
    acts = ["Reply", "Share", "Report", "Save", "Follow", "Give award", "More options"]
    items = [f"level {rng.randint(1, 6)}", _short(rng.randint(1, 9_000)),
             rng.choice(["", "  ", " "]).join(some(rng, acts, 2, 5)), f"↑ {rng.randint(1, 900)} ↓",
             f"{rng.randint(1, 400)} points · {_ago(rng, ('hour', 'day', 'month'))}", "Vote", "⋯"]
    return glue(rng, some(rng, items, 1, 3), 0.4, ("  ", " ", " · "))


def _t42_deleted(rng: random.Random, ctx: dict) -> list[str]:
    items = ["[deleted]", "[removed]", f"level {rng.randint(2, 6)}", "Comment deleted by user",
             "[ Removed by moderator ]", "This comment is hidden because of a low score.", "Comment removed by site",
             f"{rng.randint(-40, 12)} points · {_ago(rng, ('day', 'month', 'year'))}", "[unavailable]"]
    return some(rng, items, 1, 3)


def _t42_mod_bot_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("Hi u/{user}, your post has been removed because it breaks rule {n}: no requests for legal advice about a "
         "specific ongoing case. Please read the sidebar before posting again."),
        ("Thank you for posting to r/{sub}! Please reply to this comment with a short explanation of why your post "
         "belongs here. Posts without one are removed after an hour."),
        ("Beep boop, I'm an automated helper for this community. This action was performed automatically. If you "
         "think I got it wrong, message the mod team rather than replying here."),
        ("Reminder: this is a support community. Comments that mock the original poster, or that offer medical advice "
         "beyond 'see a doctor', will be removed and may lead to a ban."),
        ("This thread has been locked because the comments have turned into personal attacks. We'll leave it up for "
         "reference, but nobody else can reply."),
        ("Your account is too new to post here. To cut down on spam we need accounts to be at least a week old with "
         "some positive karma. Please try again later."),
    ]
    out = [_pick(rng, frames, **_fills42(rng))]
    if rng.random() < 0.3:
        out.insert(0, rng.choice(["AutoModerator", "MOD", f"u/{rng.choice(SUBS42)}Bot · Moderator",
                                  "Stickied comment"]))
    return out


def _t42_op_edit_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("EDIT: Wow, I did not expect this to blow up overnight. Thanks for the awards, kind strangers, and to "
         "everyone who sent messages. I'm working through them slowly."),
        ("Edit 2: for everyone asking, yes, I did check the fuse box first. It's not the fuse. Please stop telling me "
         "to check the fuse."),
        ("UPDATE: spoke to the letting agent this morning. They've agreed to send someone round on {wd} to look at the "
         "damp, which is more than they've done in eight months."),
        ("Edit: a lot of you are saying I'm the one in the wrong here, and honestly, after reading the replies, I "
         "think you might have a point. I'll apologise to my sister."),
        ("Final update: the dog is home! Someone found him three streets over asleep in a greenhouse. Thank you all "
         "for sharing the post, I'm actually crying."),
        ("Edit: autocorrect changed 'boiler' to 'bolder' in the title and I can't edit titles. Sorry for the "
         "confusion, everyone."),
    ]
    return [_pick(rng, frames, **_fills42(rng))]


def _t42_thread_rules(rng: random.Random, ctx: dict) -> list[str]:
    rules = ["Be kind. Argue with the point, not the person.", "No self-promotion or referral links",
             "Use a descriptive title", "Search before posting", "No personal information about anyone",
             "Flair your post", "No low-effort memes on weekdays", "Photos or it didn't happen (for build posts)",
             "Keep it local: posts must relate to the area"]
    head = rng.choice(["Community rules", f"r/{rng.choice(SUBS42)} Rules", "Forum rules - please read", "RULES"])
    chosen = some(rng, rules, 2, 5)
    return [head] + [f"{k}. {r}" if rng.random() < 0.8 else r for k, r in enumerate(chosen, 1)]


def _t42_anecdote_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("Years ago I worked in a little hardware shop in {place} and an old man came in every Friday to buy exactly "
         "one screw. Never said what for. When he died his daughter brought us a birdhouse he'd made."),
        ("My nan used to keep every receipt in a biscuit tin under the stairs. When we cleared her house we found one "
         "for a washing machine from 1979, and the machine was still working in the garage."),
        ("I moved to {place} from the city about five years ago thinking it would be quieter. It is, but nobody "
         "warned me the whole village knows your business within a week."),
        ("Last winter our boiler packed in two days before Christmas. The engineer who came out refused to charge for "
         "the call-out because we had a newborn. I still think about that bloke."),
        ("When I was seventeen I failed my driving test four times, always on the same roundabout. Passed on the fifth "
         "go, and I still take the long way round to avoid it."),
        ("Not quite the same thing, but my brother had his bike nicked from outside the station and found it for sale "
         "online two days later, about a mile from his house."),
    ]
    return [_pick(rng, frames, **_fills42(rng))]


def _t42_advice_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("Honestly, get everything in writing. If the landlord agreed to it on the phone, send a polite email "
         "summarising the call so there's a record of what was said."),
        ("Speaking as someone who has been through this: don't sign anything on the day. Take the paperwork home, "
         "sleep on it, and get someone you trust to read it too."),
        ("Bleed the radiators first, then check the pressure gauge on the boiler. If it's under one bar, top it up "
         "with the filling loop, but don't go much above 1.5."),
        ("Ring them, don't email. In my experience the complaints line actually escalates things, whereas emails sit "
         "in a queue for three weeks."),
        ("Talk to your GP before you change anything. I know it's hard to get an appointment, but the pharmacist can "
         "usually give you a steer in the meantime."),
        ("Start small. Two beds, a few things you actually like eating, and don't bother with tomatoes in the first "
         "year unless you've got a greenhouse."),
    ]
    out = [_pick(rng, frames, **_fills42(rng))]
    return ([f"u/{_user(rng)} · {_ago(rng, ('hour', 'day'))}"] + out) if rng.random() < 0.3 else out


def _t42_argument_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("That's just not true, though. The figures you're quoting are from before the route was cut, and anyone who "
         "actually uses the bus every day can tell you it's got worse."),
        "I'm sorry, but 'it's always been done this way' is not an argument. People used to smoke in hospitals too.",
        ("You're both missing the point. Nobody is saying cyclists shouldn't use the road, just that the junction by "
         "the school is dangerous for everyone."),
        ("Source? Because every study I've seen says the opposite, and a video of one bloke in a car park doesn't "
         "really count as evidence."),
        ("Hard disagree. The old layout was confusing, sure, but at least you could find the tins. I spent twenty "
         "minutes looking for chopped tomatoes yesterday."),
        ("Respectfully, if you've never worked a night shift you don't get to tell people how easy it is. I did nine "
         "years of them and my sleep has never recovered."),
    ]
    return [_pick(rng, frames, **_fills42(rng))]


QUOTES42 = [
    ("Just move somewhere cheaper.",
     ("With what money? Moving costs a deposit, a month up front and a van, and that's before you've found "
      "somewhere that'll take a dog.")),
    ("Nobody uses cash any more.",
     ("Plenty of people do, especially older folk and anyone on a tight budget who likes to see what's left in "
      "the purse at the end of the week.")),
    ("It's only a bit of damp.",
     ("That's what we said, and eighteen months later half the plaster in the back bedroom had to come off. Get "
      "it looked at properly.")),
    ("Why didn't you just call the police?",
     "We did, twice. They gave us a crime number and that was the last we heard, which is why I'm asking here."),
]


def _t42_quote_reply_prose(rng: random.Random, ctx: dict) -> list[str]:
    quote, reply = rng.choice(QUOTES42)
    style = rng.random()
    if style < 0.5:
        return [f"> {quote}", reply]
    if style < 0.8:
        return [f"{_user(rng)} said:", quote, rng.choice(["Click to expand...", ""]), reply]
    return [f"Quote from: {_user(rng)} on {_date_us(rng)}", quote, reply]


def _t42_post_meta(rng: random.Random, ctx: dict) -> list[str]:
    items = [f"Re: {rng.choice(THREADS42)}", f"« Reply #{rng.randint(1, 80)} on: {_date_us(rng)}, {_hhmm(rng)} »",
             (f"Posts: {rng.randint(3, 12_000):,}  Joined: {rng.choice(MONTHS)[:3]} {_year(rng, 2003, 2023)}  "
              f"Location: {rng.choice(PLACES42)}"), "Quote", "Report post", "Logged", f"#{rng.randint(2, 400)}",
             "Like  Quote  Reply", rng.choice(["Senior Member", "Gold Member", "Newbie", "Forum Stalwart"]),
             f"Thanks: {rng.randint(0, 900)}", "Back to top", _user(rng)]
    return glue(rng, some(rng, items, 2, 5), 0.4, ("  ", " | ", " "))


def _t42_signature(rng: random.Random, ctx: dict) -> list[str]:
    sigs = [f"{rng.randint(1992, 2012)} Harlow Veltra 1.6, {rng.randint(90, 240)}k miles and counting",
            "Views my own, not my employer's.", "If my post helped, hit Thanks!", "Plot 14B - onions, optimism, slugs",
            f"Currently restoring: {rng.randint(1948, 1979)} Fenbridge tractor (slowly)",
            "\"Measure twice, swear once.\"", f"Member of the {rng.choice(FORUMS42)} since {_year(rng, 2004, 2015)}",
            "Not a professional. Please check with someone who is."]
    sep = rng.choice(["__________________", "--", "---", "_____", ""])
    return ([sep] if sep else []) + some(rng, sigs, 1, 2)


def _t42_forum_breadcrumb(rng: random.Random, ctx: dict) -> list[str]:
    forum = rng.choice(FORUMS42)
    sep = rng.choice([" › ", " ‹ ", " > ", " » "])
    crumb = sep.join([forum, "Forums", rng.choice(["Home & Garden", "Money", "Motoring", "Local"]),
                      rng.choice(["DIY & Repairs", "Renting", "Allotments", "Classic Vehicles", "General Chat"])])
    p = rng.randint(2, 14)
    items = [crumb, f"Page {rng.randint(1, p)} of {p}", "« First ‹ Prev 1 2 3 4 Next › Last »", "Thread Tools",
             "Display Modes", "Search this Thread", "Board index", "Unanswered topics  Active topics"]
    return glue(rng, [crumb] + some(rng, items[1:], 0, 3), 0.3)


def _t42_similar_threads(rng: random.Random, ctx: dict) -> list[str]:
    out = [rng.choice(["Similar threads", "Similar Threads", "Related discussions", "You may also like",
                       "Other threads in this forum"])]
    for t in some(rng, THREADS42, 2, 4):
        out.append(rng.choice([t, f"{t} ({rng.randint(1, 90)} replies)",
                               f"{t}  Replies: {rng.randint(1, 90)}  Views: {rng.randint(100, 40_000):,}",
                               f"{t} - {_user(rng)} - {_date_us(rng)}"]))
    if rng.random() < 0.35:
        out.append(f"Discussion: {headline(rng, ctx, FALLBACK42)}")
    return out


def _t42_sort_bar(rng: random.Random, ctx: dict) -> list[str]:
    items = [f"Sort by: {rng.choice(['Best', 'Top', 'New', 'Old', 'Controversial'])} ▾", "Top  New  Controversial  Old",
             "Search comments", f"Comments ({rng.randint(3, 2_000):,})", "View all comments",
             "Single comment thread · See full discussion", "level 1", f"{rng.randint(3, 900)} comments",
             "Add a comment"]
    return glue(rng, some(rng, items, 1, 3), 0.5, ("  ", " · ", " | "))


def _t42_awards_flair(rng: random.Random, ctx: dict) -> list[str]:
    items = ["OP", "Top 1% Commenter", f"🏆 Helpful ×{rng.randint(2, 9)}", "Verified Electrician", "Mod",
             f"Flair: {rng.choice(['Gas Safe', 'Landlord', 'Tenant', 'Plot holder', 'Retired engineer'])}", "Edited",
             "Promoted", "🥇", "Rising star", f"{rng.randint(1, 60)}-year club"]
    return glue(rng, some(rng, items, 1, 4), 0.7, (" ", " · ", "  "))


def _t42_more_replies(rng: random.Random, ctx: dict) -> list[str]:
    n = rng.randint(2, 800)
    items = [f"{rng.randint(1, 40)} more replies", "Continue this thread →", f"Load more comments ({n})",
             f"View entire discussion ({n} comments)", "See more replies",
             f"Show {rng.randint(2, 12)} previous replies",
             "Load more", "Back to top ↑"]
    return some(rng, items, 1, 3)


def _t42_join_prompt_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("Join the conversation: create a free account or log in to reply, vote and get notified when people respond "
         "to your posts."),
        ("You're browsing as a guest. Registered members see fewer adverts, can post in every board and get access to "
         "the classifieds after ten posts."),
        ("New here? Have a read of the welcome thread and introduce yourself in the newcomers' board before posting "
         "elsewhere; it helps the mods know you're not a bot."),
        ("Want to add to the discussion? Sign up in under a minute. We'll never share your email address, and you can "
         "delete your account at any time."),
        "Log in or sign up to see the full thread, including {n} more replies and the attached photos.",
    ]
    return [_pick(rng, frames, **_fills42(rng))]


def _t42_sidebar(rng: random.Random, ctx: dict) -> list[str]:
    sub = rng.choice(SUBS42)
    members = rng.randint(2, 900)
    items = ["About Community", f"r/{sub}", rng.choice(["A place for tenants to swap stories and advice.",
                                                         "Everything about growing your own.",
                                                         "Local news, events and moans."]),
             f"Created {rng.choice(MONTHS)[:3]} {rng.randint(1, 28)}, {_year(rng, 2009, 2021)}",
             f"{members}k Members", f"{rng.randint(5, 900)} Online", f"Top {rng.randint(1, 10)}% Rank by size", "Join",
             "Moderators", f"u/{_user(rng)}", "View all moderators", "Message the mods"]
    return some(rng, items, 3, 7)


def _t42_poll(rng: random.Random, ctx: dict) -> list[str]:
    q, opts = rng.choice([
        ("Would you pay more council tax to keep the library open?", ["Yes", "No", "Depends how much"]),
        ("Best time to plant garlic?", ["October", "November", "Spring, fight me"]),
        ("Do you leave the heating on low all day?", ["Yes", "No", "Only when it's freezing"]),
    ])
    pct = [rng.randint(5, 70) for _ in opts]
    total = sum(pct)
    votes = rng.randint(40, 3_000)
    out = [rng.choice(["Poll: ", "POLL ", ""]) + q]
    out += [f"{o} {round(100 * p / total)}% ({round(votes * p / total)} votes)" for o, p in zip(opts, pct)]
    out.append(rng.choice([f"{votes:,} votes · Voting closed", f"{votes:,} votes · {rng.randint(1, 6)} days left",
                           f"You voted for '{rng.choice(opts)}'"]))
    return out


def _t42_ama_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("I worked as a signalman on the {region} line for thirty-one years, the last nine in a box with no running "
         "water. Retired in March. Ask me anything."),
        ("Hi all, I'm a district nurse covering a very rural patch around {place}. Happy to answer questions about "
         "what the job involves day to day, within reason."),
        ("I run a small second-hand bookshop that has somehow survived three recessions, a flood and the internet. "
         "AMA about the trade, the customers or the smell."),
        ("We're the volunteers who restored the {place} steam crane after it spent forty years in a hedge. We'll be "
         "answering questions for the next couple of hours."),
    ]
    return [_pick(rng, frames, **_fills42(rng))]


def _t42_eli5_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("Think of the grid like a bath with the taps and the plug both open. Power stations pour water in, homes let "
         "it out, and the operators' whole job is keeping the level steady."),
        ("Basically, the tide is pulled around by the moon, but the shape of the coastline matters a lot, which is why "
         "the range is huge in some bays and tiny in others."),
        ("It's mostly about surface area. Crushed ice has loads more of it touching the drink, so it cools faster, but "
         "it also melts faster and waters everything down."),
        ("Your ears pop because the air pressure inside your middle ear doesn't match the air outside. Swallowing "
         "briefly opens a little tube that lets the two even out."),
    ]
    asks = ["how does the grid stay balanced?", "why are tides bigger in some places?",
            "why does crushed ice cool drinks faster?", "why do ears pop on planes?"]
    k = rng.randrange(len(frames))
    out = [frames[k]]
    if rng.random() < 0.25:
        out.insert(0, rng.choice(["ELI5: ", "Explain like I'm five: "]) + asks[k])
    return out


def _t42_opinion_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("Unpopular opinion, but self-service tills are fine. I'd rather scan my own three items than queue behind "
         "someone doing their big weekly shop."),
        ("Controversial maybe, but I think the old market hall was ugly and I'm glad they knocked it down. The new "
         "square actually gets some sunlight."),
        ("I'll probably get downvoted for this, but the village fete is not worth the £5 entry. It's the same tombola "
         "every single year."),
        ("Hot take: four-day weeks will never work in hospitality, and everyone pushing for them has never run a "
         "kitchen on a bank holiday."),
    ]
    return [_pick(rng, frames, **_fills42(rng))]


def _t42_review_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("Stayed at a little guest house just outside {place} last weekend. Room was spotless, breakfast was enormous "
         "and the owner gave us a hand-drawn map of the coast path. Would go back."),
        ("Six months in with the {product} and I'm mostly happy. Battery life is about half what they claim, but the "
         "build quality is miles better than my last one."),
        ("Avoid the car park behind the leisure centre in {place2} if you're visiting in summer. It's £9 for the day "
         "now and the machine only takes coins."),
        ("We had our kitchen done by a local firm after reading threads on here. Took two weeks longer than quoted, "
         "but the finish is lovely and they tidied up every night."),
    ]
    out = [_pick(rng, frames, **_fills42(rng))]
    if rng.random() < 0.3:
        out.insert(0, rng.choice(["★★★★☆", "★★★★★", "★★☆☆☆", f"Rating: {rng.randint(2, 5)}/5"]))
    return out


def _t42_local_group_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("Does anyone know why the helicopter was circling over {place} last night? It was going for about an hour "
         "and the dog would not settle."),
        ("Found: set of keys with a red fob near the bus shelter on {street}, {wd} morning. Handed in at the "
         "pharmacy. Please share so they get back to the owner."),
        ("Can anyone recommend a reliable chimney sweep in the {place} area? The last one we used didn't turn up and "
         "won't answer his phone."),
        ("Just a heads up that there are people going door to door on {street} claiming to be from the water company. "
         "They aren't. Mum nearly let them in."),
    ]
    out = [_pick(rng, frames, **_fills42(rng))]
    if rng.random() < 0.35:
        out.append(rng.choice([f"{rng.randint(1, 90)} comments", f"Like · Reply · {rng.randint(1, 23)}h",
                               f"{rng.randint(2, 40)} reactions"]))
    return out


def _t42_qa_header(rng: random.Random, ctx: dict) -> list[str]:
    items = [f"Asked {_ago(rng, ('day', 'month', 'year'))}", f"Modified {_ago(rng, ('day', 'month', 'year'))}",
             f"Viewed {_short(rng.randint(30, 400_000))} times", f"Active {_ago(rng, ('day', 'month'))}",
             f"asked {_date_us(rng, 2011, 2023)} at {_hhmm(rng)}"]
    out = glue(rng, some(rng, items, 1, 3), 0.6, ("  ", " ", " · "))
    return ([rng.choice(QTITLES42)] + out) if rng.random() < 0.4 else out


def _t42_qa_votes(rng: random.Random, ctx: dict) -> list[str]:
    name = rng.choice([_name42(rng), _user(rng)])
    card = f"{name} {rng.randint(101, 98_000):,} ●{rng.randint(1, 9)} ●{rng.randint(2, 40)} ●{rng.randint(5, 90)}"
    items = [str(rng.randint(-3, 480)), "▲", "▼", "✓", rng.choice(["Accepted answer", "Accepted", "Best answer"]),
             f"answered {rng.choice(MONTHS)[:3]} {rng.randint(1, 28)} '{rng.randint(11, 24)} at {_hhmm(rng)}", card]
    return some(rng, items, 2, 5)


def _t42_qa_tags(rng: random.Random, ctx: dict) -> list[str]:
    tags = rng.sample(TAGS42, rng.randint(2, 5))
    return [rng.choice(["", "", "Tags: ", "Tagged: "]) + rng.choice([" ", "  ", ", "]).join(tags)]


def _t42_qa_not_answer(rng: random.Random, ctx: dict) -> list[str]:
    tags = " ".join(rng.sample(TAGS42, rng.randint(1, 3)))
    qa = rng.choice(QA42)
    frames = [f"Not the answer you're looking for? Browse other questions tagged {tags} or ask your own question.",
              f"Still stuck? Look through more questions tagged {tags}, or post your own.",
              f"Didn't find what you needed? Ask the {qa} community - it's free.",
              f"Know someone who can answer? Share a link to this question by email or on {rng.choice(SOCIALS41)}."]
    return [rng.choice(frames)]


def _t42_qa_related(rng: random.Random, ctx: dict) -> list[str]:
    out = [rng.choice(["Related", "Linked", "Hot Network Questions", "Trending questions", "Related questions"])]
    for q in some(rng, QTITLES42, 2, 5):
        out.append(rng.choice([q, f"{rng.randint(0, 120)} {q}", f"{q} ({rng.randint(1, 30)} answers)"]))
    return out


def _t42_qa_answer_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("The short answer is no. Planning permission runs with the land, not the owner, so a new buyer inherits any "
         "conditions attached to it, including the one about hedge height."),
        ("You almost certainly have an airlock. Turn the pump off, open the highest tap in the house and leave it "
         "running for a few minutes before switching back on."),
        ("I'd be careful with that approach. Sealing the outside of a solid brick wall can trap moisture, which is "
         "usually what causes the damp patches inside in the first place."),
        ("In my experience the insurer will ask for the original receipt. If you don't have it, a bank statement "
         "showing the payment is normally accepted, but check the policy wording."),
        ("This happened to me with an older model. It turned out to be the thermostat, not the element; a replacement "
         "cost about twelve quid and took twenty minutes to fit."),
        ("The rule you're thinking of changed a few years ago. The notice period now depends on how long you've been "
         "in the property, so check your tenancy start date."),
    ]
    return [_pick(rng, frames, **_fills42(rng))]


def _t42_qa_question_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("I've just moved into a 1930s semi in {place} and there's a persistent smell of damp in the back bedroom even "
         "though the walls feel dry. What should I be checking first?"),
        ("Our allotment committee wants to ban bonfires completely. Is there a sensible way to get rid of diseased "
         "plant material without burning it? Any help appreciated."),
        ("My neighbour's conifer hedge is now about five metres tall and blocks all the light to our garden. Is there "
         "anything I can do short of going to court?"),
        ("How do I stop my sourdough spreading into a pancake in the oven? I've tried less water and a longer cold "
         "prove, but it still flattens."),
        ("Can anyone recommend a decent route from {place} to the coast that avoids the main road? We'll be on bikes "
         "with two kids under ten."),
        ("Why does my car's fuel economy drop so much in winter? It's the same commute every day, but I'm getting "
         "about 15% fewer miles to the tank."),
    ]
    return [_pick(rng, frames, **_fills42(rng))]


def _t42_qa_comment_prose(rng: random.Random, ctx: dict) -> list[str]:
    comments = [
        ("Have you tried turning the flow temperature down? Mine was set to 80 by the installer and 55 made a "
         "big difference."),
        "This doesn't really answer the question, which was about leasehold flats, not freehold houses.",
        "Could you add a photo of the label on the back? The model number would help narrow it down a lot.",
        "+1, this worked for me too on the older firmware. Thanks for coming back and posting the follow-up.",
        "Please don't post answers as comments; they can't be voted on or edited by other people.",
    ]
    out = []
    for c in rng.sample(comments, rng.randint(1, 2)):
        when = f"{rng.choice(MONTHS)[:3]} {rng.randint(1, 28)}, {_year(rng, 2012, 2024)} at {_hhmm(rng)}"
        out.append(f"{c} – {_user(rng)} {when}")
    return out


def _t42_qa_closed_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("Closed. This question asks for opinions rather than facts, so it isn't taking new answers. You can edit it "
         "so that it can be answered with facts and sources."),
        ("This question has been put on hold as off-topic: questions about a specific legal dispute are better asked "
         "of a solicitor. Reopen votes: {n} of 5."),
        ("Locked. This question and its answers are kept for historical reasons. It is not open to new answers or "
         "other interactions."),
        ("Duplicate: this question already has an answer here, '{q}' ({n} answers). Closed by {user}, {user2} and "
         "others."),
    ]
    return [_pick(rng, frames, q=rng.choice(QTITLES42), **_fills42(rng))]


def _t42_qa_share_strip(rng: random.Random, ctx: dict) -> list[str]:
    items = ["Share  Improve this answer  Follow", "Share  Improve this question  Follow",
             f"edited {rng.choice(MONTHS)[:3]} {rng.randint(1, 28)} '{rng.randint(12, 24)} at {_hhmm(rng)}",
             "Add a comment", f"Show {rng.randint(2, 9)} more comments", "Sorted by: Highest score (default)",
             "Your Answer", "Post Your Answer", f"{rng.randint(2, 14)} Answers"]
    return glue(rng, some(rng, items, 1, 4), 0.4, ("  ", " | "))


def _t42_licence_prose(rng: random.Random, ctx: dict) -> list[str]:
    frames = [
        ("Site design and logo © {y} {qa} Ltd; user contributions licensed under an attribution share-alike licence. "
         "Revision {y}.{n}.{n}.{y1}."),
        ("Posts on this forum reflect the views of their authors and not of {forum} or its moderators. We are not "
         "responsible for advice given by members; always consult a qualified professional."),
        ("All content on this wiki is written by volunteers and may be edited by anyone. It should not be relied on "
         "for medical, legal or financial decisions."),
        ("By posting, you agree that your contribution may be reproduced elsewhere on {forum} and in our printed "
         "yearbook, with credit to your username."),
    ]
    return [_pick(rng, frames, **_fills42(rng))]


def _fortysecond_templates() -> dict[str, tuple[str, Template]]:
    """Wiki, forum and Q&A page residue, plus community posts in prose about other matters."""
    return {
        "s42_hatnote": ("h", _t42_hatnote),
        "s42_edit_heading": ("i", _t42_edit_heading),
        "s42_citation_prose": ("i", _t42_citation_prose),
        "s42_infobox_place": ("h", _t42_infobox_place),
        "s42_infobox_person": ("hi", _t42_infobox_person),
        "s42_navbox": ("t", _t42_navbox),
        "s42_categories": ("t", _t42_categories),
        "s42_references": ("t", _t42_references),
        "s42_last_edited": ("t", _t42_last_edited),
        "s42_disambiguation": ("it", _t42_disambiguation),
        "s42_talk_prose": ("it", _t42_talk_prose),
        "s42_maintenance_prose": ("h", _t42_maintenance_prose),
        "s42_wiki_toc": ("h", _t42_wiki_toc),
        "s42_wiki_lead_prose": ("hi", _t42_wiki_lead_prose),
        "s42_see_also": ("t", _t42_see_also),
        "s42_wiki_chrome": ("ht", _t42_wiki_chrome),
        "s42_wiki_history_prose": ("i", _t42_wiki_history_prose),
        "s42_plot_prose": ("i", _t42_plot_prose),
        "s42_reception_prose": ("it", _t42_reception_prose),
        "s42_deletion_prose": ("it", _t42_deletion_prose),
        "s42_revision_prose": ("h", _t42_revision_prose),
        "s42_image_caption": ("hi", _t42_image_caption),
        "s42_post_header": ("h", _t42_post_header),
        "s42_vote_row": ("hit", _t42_vote_row),
        "s42_deleted": ("i", _t42_deleted),
        "s42_mod_bot_prose": ("hit", _t42_mod_bot_prose),
        "s42_op_edit_prose": ("hit", _t42_op_edit_prose),
        "s42_thread_rules": ("ht", _t42_thread_rules),
        "s42_anecdote_prose": ("i", _t42_anecdote_prose),
        "s42_advice_prose": ("it", _t42_advice_prose),
        "s42_argument_prose": ("i", _t42_argument_prose),
        "s42_quote_reply_prose": ("i", _t42_quote_reply_prose),
        "s42_post_meta": ("hit", _t42_post_meta),
        "s42_signature": ("it", _t42_signature),
        "s42_forum_breadcrumb": ("h", _t42_forum_breadcrumb),
        "s42_similar_threads": ("t", _t42_similar_threads),
        "s42_sort_bar": ("h", _t42_sort_bar),
        "s42_awards_flair": ("i", _t42_awards_flair),
        "s42_more_replies": ("t", _t42_more_replies),
        "s42_join_prompt_prose": ("ht", _t42_join_prompt_prose),
        "s42_sidebar": ("t", _t42_sidebar),
        "s42_poll": ("i", _t42_poll),
        "s42_ama_prose": ("hi", _t42_ama_prose),
        "s42_eli5_prose": ("i", _t42_eli5_prose),
        "s42_opinion_prose": ("i", _t42_opinion_prose),
        "s42_review_prose": ("it", _t42_review_prose),
        "s42_local_group_prose": ("it", _t42_local_group_prose),
        "s42_qa_header": ("h", _t42_qa_header),
        "s42_qa_votes": ("i", _t42_qa_votes),
        "s42_qa_tags": ("ht", _t42_qa_tags),
        "s42_qa_not_answer": ("t", _t42_qa_not_answer),
        "s42_qa_related": ("t", _t42_qa_related),
        "s42_qa_answer_prose": ("i", _t42_qa_answer_prose),
        "s42_qa_question_prose": ("hi", _t42_qa_question_prose),
        "s42_qa_comment_prose": ("it", _t42_qa_comment_prose),
        "s42_qa_closed_prose": ("h", _t42_qa_closed_prose),
        "s42_qa_share_strip": ("it", _t42_qa_share_strip),
        "s42_licence_prose": ("t", _t42_licence_prose),
    }


BLIND16_TEMPLATES: dict[str, Callable[[], dict[str, tuple[str, Template]]]] = {
    "fortyfirst": _fortyfirst_templates,
    "fortysecond": _fortysecond_templates,
}
