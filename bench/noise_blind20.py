"""Two more blind noise splits ("fortyninth", "fiftieth") for the plain-text cleaner.

Why this module exists: every earlier split has been measured and then tuned against, so its score no longer says
how the cleaner does on noise it has never met.  These templates were written blind, by someone who did not read
the cleaner, its rules, its tests or its output on any split, from experience of what ends up in text that
researchers collect as "news articles" when the page came from a culture and entertainment desk, or when the story
reached the corpus as a captured copy (a web-archive snapshot, a printout, a read-later save, a clipping, a
database export, a PDF) rather than from the live page.  Their vocabulary is their own (every person, critic,
outlet, film, series, band, album, song, book, publisher, game, studio, play, theatre, venue, gallery, festival,
award, streaming service, channel, station, ticket agency, archive, app, browser, extension, database, town, street,
phone number, handle and URL is invented), and about half of the templates in each split are prose: full sentences,
12-50 words, on everyday subjects, that read like article text but are boilerplate or belong to other content (the
hard case for a line-level cleaner).

  fortyninth  the culture and entertainment desks as scraped: review score boxes and verdict lines, cast and credits
              lists, running times and age certificates, "where to watch" and streaming availability lines, box-office
              and chart tables, tour dates with ticket links and ticket buttons, TV and radio listings, episode
              guides, spoiler warnings, trailer and clip furniture, book details (publisher, pages, price, ISBN),
              exhibition details (opening times, admission), festival line-ups, awards lists, tracklists and
              playlists, game spec boxes, now-playing radio widgets, critics' aggregate scores, reader polls,
              theatre box-office details, celebrity gossip teasers, section navigation, review kickers and bylines,
              "you might also like" lists; and prose about other works and people: paragraphs of other film, TV,
              stage, album and game reviews, plot synopses, awards-season round-ups, interview intros, listings
              blurbs, radio picks, fan-poll results, gossip items, tour and ticket announcements, box-office and
              chart commentary, book blurbs, exhibition and festival news, streaming round-ups, casting news,
              anniversary reissues, spoiler boilerplate, critics' biographies, recommendations and competitions.
  fiftieth    text that reached the corpus as a captured copy rather than from the live page: web-archive toolbars,
              capture calendars and "collected by" panels, archive navigation, capture metadata, browser print
              headers and footers (date and time, page titles, URLs, "Page 2 of 5"), running heads and print-dialog
              residue, saved-file paths, reader-mode and read-it-later residue (estimated times, "View original",
              save, archive and highlight bars), machine-translation bars and inline labels, accessibility overlays
              and text-to-speech players, ad-blocker and extension notices, clipping-tool metadata (clipped date,
              source, tags, notebook, front matter), research-database export fields, toolbars and copyright lines,
              PDF extraction residue (hyphenated line breaks of another article, page numbers, figure and table
              labels); and prose: archive and collection notes, missing-resource and later-version notes, takedown
              notices, clipping tools' and databases' notices, database abstracts and search summaries, other captured
              articles' opening and later paragraphs, machine-translated paragraphs of foreign stories, captions,
              read-later tips and onboarding, offline notes, translation disclaimers, accessibility statements,
              text-to-speech notes, ad-blocker appeals, print notes, OCR notes and researchers' own clip notes.

Templates have the format of bench/clean_noise.py: name -> (positions, fn), positions a string over "h" (head,
between title and body), "i" (inline, between body paragraphs) and "t" (tail); fn(rng, ctx) returns the lines of
one block ("" is a blank line inside the block).  ctx["headlines"] holds other articles' headlines (it may be empty,
hold one, or be missing, and invented fallback headlines stand in); ctx may also carry "title" and "paragraphs",
which these templates never use: no template copies the article's own title or body text, so word-level scoring
stays valid.  Only the rng passed in is used, so a block is a pure function of the seed.

    from bench.noise_blind20 import BLIND20_TEMPLATES
    from bench.noise_unseen import make_noisy_glued
    text = make_noisy_glued(article, random.Random(7), BLIND20_TEMPLATES["fortyninth"](), headlines)
"""

from __future__ import annotations

import datetime
import random
from collections.abc import Callable

from bench.clean_noise import (  # noqa: F401  (BbcArticle is re-exported for callers and tests)
    MONTHS,
    WEEKDAYS,
    BbcArticle,
    Template,
)
from bench.noise_fills import clock as _hm
from bench.noise_fills import day_month as _dm
from bench.noise_fills import digits as _digits
from bench.noise_fills import domain as _domain
from bench.noise_fills import glue, headline, headlines, pick, some
from bench.noise_fills import long_date as _long
from bench.noise_fills import pack as _pack
from bench.noise_fills import slug as _slug
from bench.noise_fills import weekday as _wd

# --- shared fills -------------------------------------------------------------------------------------------------

_FIRST = ["Ottilie", "Benedek", "Saoirse", "Lucan", "Aurelie", "Tiernan", "Mireille", "Ezekiel", "Henrike", "Kofi",
          "Branwen", "Isidore", "Anouk", "Fergal", "Perpetua", "Leopold", "Ysolde", "Caspian", "Delphine", "Matthias",
          "Ngozi", "Rafferty", "Solveig", "Thaddeus", "Wren", "Ignatius", "Esme", "Florin", "Clemency", "Jasper",
          "Marisol", "Odhran"]
_LAST = ["Merrivale", "Danbury-Cole", "Okonkwo-Frost", "Ravensworth", "Lindqvist", "Achterberg", "Foxcroft",
         "Quillan", "Harkaway", "Thistlewood", "Brannagh", "Ellery-Vance", "Oyelaran", "Mortlake", "Vasquez-Reid",
         "Kilbride", "Attwater", "Sorensen-Hale", "Blackthorn", "Delacourt", "Winterbourne", "Abernethy-Kaur",
         "Fairweather", "Lockyer", "Ormerod", "Petrakis", "Skelding", "Umfreville", "Yardley-Oakes", "Gilchrist-Amos"]
_TOWNS = ["Sallowfield", "Dunmarrow", "Quarriston", "Ellerwick", "Greyhithe", "Wythenholt", "Pellingbury",
          "Oxenmoor", "Brisley Cross", "Hobbes Green", "Tarrow Sands", "Coldharbour Magna", "Fennick Bay",
          "Ambleworth", "Castlemere", "Lowther Quay", "Skelmore", "Ravensholt", "Winsor Edge", "Mardle St Agnes"]
_ORDINALS = ["second", "third", "fourth", "fifth", "sixth", "seventh"]


def _name(rng: random.Random) -> str:
    return f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"


def _bullet(rng: random.Random) -> str:
    return rng.choice(["• ", "- ", "* ", "– ", "· ", "» ", "▸ ", ""])


def _day(rng: random.Random, lo: int = 2009, hi: int = 2025) -> datetime.date:
    """A real calendar date, so that weekday names agree with it."""
    return datetime.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def _price(rng: random.Random, lo: int, hi: int) -> str:
    return f"£{rng.randint(lo, hi)}.{rng.choice(['00', '50', '99', '49', '95'])}"


def _phone(rng: random.Random) -> str:
    """Numbers from the ranges kept for drama and fiction."""
    n = _digits(rng, 3)
    return rng.choice([f"01632 960{n}", f"0161 496 0{n}", f"020 7946 0{n}", f"+44 1632 960 {n}",
                       f"0113 496 0{n}", f"(01632) 960{n}"])


def _poss(name: str) -> str:
    """Possessive of a name ("Dex Harrowgate's", "Brightfork Games'")."""
    return name + ("'" if name.endswith("s") else "'s")


def _mins(rng: random.Random, lo: int, hi: int) -> tuple[int, str]:
    """A running time in minutes and in one of the ways listings print it."""
    m = rng.randint(lo, hi)
    return m, rng.choice([f"{m} mins", f"{m} min", f"{m // 60}h {m % 60:02d}m", f"{m // 60}hr {m % 60}min",
                          f"{m}m", f"{m} minutes"])


# --- fortyninth: culture and entertainment desks ------------------------------------------------------------------

_HL49 = ["Lowmoor Folk Weekend adds a Sunday stage", "Brightwater Station renewed for a fourth series",
         "Moth Parade cancel autumn dates", "Tullworth Gallery to start charging for entry",
         "Ashen Quill Prize shortlist announced", "Cobblegate Theatre saved by late donation",
         "Ironmoss sequel pushed back to next year", "Kitewood Film Festival names its jury",
         "Sister Tamarind top the album chart", "The Pelham Inheritance: who is the lodger?",
         "Best new novels to read this month", "Ondine Marsh on grief, fame and her garden",
         "Wrenfield Ballroom to close for repairs", "Twelve films to watch this weekend"]
_FILMS = ["The Lantern Keeper's Daughter", "Salt and Static", "Nine Winters in Orlova", "Glasshouse Weather",
          "The Quiet Arithmetic", "Tidewater Blues", "Paper Moons Over Dunmore", "Lowlight", "Marrowbone Junction",
          "A Fugue for Felicity Crane", "The Orchard at Velmar", "Brass Meridian", "Sixteen Lamps", "Undertow Season",
          "The Unfinished Aviary", "Kingdom of Small Dogs"]
_SHOWS = ["Brightwater Station", "The Pelham Inheritance", "Fen Detectives", "Copper & Quill", "Saltings",
          "Ward Nine Nights", "The Last Ferry to Inchcorran", "Marlowe Lane", "Hobnail", "The Gaskell Sisters",
          "Bread & Circuses Tonight", "Keel Street"]
_EPISODES = ["The Lighthouse Keeper", "Small Mercies", "Low Tide", "A Knock at Midnight", "The Long Table",
             "Ashes in the Grate", "What Harriet Saw", "The Ninth Bell", "Paper Cuts", "Slack Water", "Homecoming",
             "The Auction"]
_ARTISTS = ["Moth Parade", "Ondine Marsh", "Kasimir & the Lowlanders", "Glass Harbour", "Sister Tamarind",
            "The Fenlight Orchestra", "Ruby Okoro-Vance", "Dead Canary Club", "Pylon Hearts", "Saffron Undertow",
            "The Brittle Stars", "Jonah Quiver", "Velvet Tollbooth", "Marguerite & Sons"]
_ALBUMS = ["Lamplighter Songs", "Municipal Heartache", "Night Buses", "Salt Licks", "A Map of Small Rooms",
           "Elegies for Tuesday", "Concrete Honey", "The Weather Indoors", "Everything Rusts Kindly", "Low Orbit Choir",
           "Paper Lantern Static"]
_SONGS = ["Put the Lamp On", "Last Train to Ambleworth", "Cathedral Ceilings", "Orange Streetlight", "Fold Me Up",
          "Ghosts in the Launderette", "Honeycomb", "Slow Dance at the Lido", "Tin Roof Rain", "No Small Hours",
          "Lighthouse Radio", "Smoke Signals for Beginners", "Quarter to Nowhere", "Borrowed Coat"]
_BOOKS = ["The Beekeeper's Almanac", "What the Tide Took", "A Winter at Holloway Mill", "The Ninth Lighthouse",
          "The Paper Orchard", "An Inventory of Lost Gloves", "Salt Roads", "The Glassblower's Daughters",
          "Nobody Sleeps in Skelmore", "The Year of the Swifts", "Small Fires", "A Field Guide to Leaving"]
_PUBLISHERS = ["Quillmoor Press", "Blackfinch Books", "Otterbury Editions", "Larch House", "Penwright & Daughters",
               "Saltmarsh Books", "Kittiwake Fiction", "Inkwell & Hart"]
_GAMES = ["Ironmoss", "Starhaven Tactics", "Lanternfall", "Kiln & Cauldron", "Driftwood Drive", "Chrono Parcel",
          "Hollowmere", "Tidebreaker", "Moonlit Allotment", "Relay Keeper"]
_STUDIOS = ["Brightfork Games", "Tinder Owl Studio", "Mossback Interactive", "Paper Crane Works", "Sixfold Games",
            "Northgale Digital"]
_PLATFORMS = ["PC", "Nexa One", "Paragon 5", "Paragon Mini", "mobile", "Orbis Deck"]
_PLAYS = ["The Gasfitter's Wedding", "Tuesday at the Lido", "The Ropemaker's Apprentice", "Two Sisters, One Teapot",
          "Night Shift at the Alhambra Bingo", "The Last Tram", "Mrs Pettifer Regrets", "A Quiet Word",
          "Ferryman's Rest"]
_THEATRES = ["Cobblegate Theatre", "Orrel Playhouse", "Lamplight Yard Arts Centre", "Marlin Rooms",
             "Tanyard Theatre", "Tollgate Studio", "Queen's Arcade Theatre"]
_VENUES = ["Brickworks Arena", "Wrenfield Ballroom", "Harbourside Forum", "the Old Tannery", "Skelmore Arena",
           "the Coal Exchange", "St Bride's Hall", "the Glasshouse Club", "Pellingbury Corn Hall", "The Night Kitchen"]
_GALLERIES = ["Tullworth Gallery", "Museum of Weaving and Dye", "Pennock Collection", "Verrow Modern",
              "Castlemere Art House", "Harlan Print Rooms"]
_EXHIBITIONS = ["Salt & Silver: Photographs 1890-1930", "Tide Lines", "Bright Machines",
                "The Quiet Room: Interiors by Hesper Vane", "Looms and Legends", "Cut, Fold, Repeat",
                "Seaside Postcards 1900-1970", "Tinplate Modernists"]
_MUSIC_FESTS = ["Fernbrook Festival", "Lowmoor Folk Weekend", "Saltpan Sound", "Hobbes Green Jazz Weekend"]
_FILM_FESTS = ["Kitewood Film Festival", "Tarrow Sands Film Week", "Ambleworth Screen Festival"]
_SCREEN_AWARDS = ["Lantern Awards", "Verity Screen Awards", "Silver Gantry Television Awards",
                  "Kitewood Audience Awards"]
_AWARDS = ["Lantern Awards", "Verity Screen Awards", "Northlight Music Prize", "Orrel Theatre Awards",
           "Silver Gantry Television Awards", "Kitewood Audience Awards"]
_PRIZES = ["Ashen Quill Prize", "Kittiwake First Novel Award", "Brambleton Prize for Fiction", "Gullwing Poetry Prize"]
_STREAMERS = ["Lumora+", "Reelhaven", "Kinoloop", "Vistaplay", "Nightjar TV", "Cinewick", "Boxwood Stream"]
_CHANNELS = ["Vale One", "Harbour TV", "Rookery 4", "Channel Gable", "Vale Two", "Beacon HD"]
_STATIONS = ["Radio Larkfield", "Tidewave FM", "Signal 88", "Wireless Four", "Radio Greyhithe"]
_MUSICAPPS = ["Soundmoor", "Tunecrate", "Jukebird"]
_TICKETERS = ["Ticketvine", "Gigstub", "Seatfinch", "BoxOfficeHub"]
_CRITICS_OUTLETS = ["Marquee Review", "Reelside", "Noiseboard", "The Footlights Review", "Plotline", "Backbeat Monthly",
                    "The Stalls", "Pixel Parlour"]
_CELEBS = ["Kiki Lamonte", "Dex Harrowgate", "Saffi Bell-Aurora", "Jonty Marchbanks", "Tallulah Quince",
           "Remy Obiora-Lisle", "Bexley Vane", "Coco Ardent", "Marcus Fairbright", "Luna Devereaux-Stone"]
_ROLES = ["Inspector Dace", "Mrs Pettifer", "young Tom", "the ferryman", "Aunt Rosalie", "Dr Velasco", "Hattie",
          "the stationmaster", "Corporal Nash", "Grandma Ede", "Father Quinlan", "the lodger"]
_GENRES = ["Drama", "Comedy", "Thriller", "Documentary", "Animation", "Horror", "Romance", "Crime", "Sci-fi",
           "Family", "Musical", "War"]


def _critic(rng: random.Random) -> str:
    return rng.choice(_CRITICS_OUTLETS)


def _stars(rng: random.Random, n: int) -> str:
    """n out of five, in one of the ways score boxes print it."""
    return rng.choice(["★" * n + "☆" * (5 - n), "*" * n, f"{n}/5", f"{n} stars", f"{n} out of 5", "⭐" * n,
                       "★" * n])


def _gig_date(rng: random.Random) -> str:
    d = _day(rng, 2023, 2026)
    wd, mon = WEEKDAYS[d.weekday()], MONTHS[d.month - 1]
    return rng.choice([f"{wd[:3]} {d.day} {mon[:3]}", f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}",
                       f"{wd} {d.day} {mon}", f"{mon[:3].upper()} {d.day}", f"{d.day}/{d.month}"])


def _t49_score_box(rng: random.Random, ctx: dict) -> list[str]:
    """The score box beside or under a review: stars, marks out of ten, a one-line verdict."""
    n = rng.randint(1, 5)
    score = rng.choice([_stars(rng, n), _stars(rng, n), f"{rng.randint(4, 9)}/10", f"{rng.randint(40, 96)}%",
                        f"{rng.randint(5, 9)}.{rng.choice([0, 5])} / 10"])
    rows = [rng.choice([f"Rating: {score}", f"Our verdict: {score}", score, f"VERDICT {score}", f"Score: {score}",
                        f"{score}  {rng.choice(_GENRES)}"]),
            rng.choice(["Verdict: A slow burn that pays off", "The good: the cast, the score, the ending",
                        "The bad: twenty minutes too long", "Bottom line: worth the wait",
                        "VERDICT: Gorgeous but hollow", "In a word: unmissable", "Skip it",
                        "Verdict: Best seen on the big screen", "The verdict: a near miss"]),
            f"Reviewed by {_name(rng)}", f"Genre: {rng.choice(_GENRES)}",
            rng.choice(["Editor's choice", "CRITIC'S PICK", "Recommended", "★ Pick of the week"])]
    return glue(rng, some(rng, rows, 1, 3), 0.35, (" | ", "  ", " · "))


def _t49_credits(rng: random.Random, ctx: dict) -> list[str]:
    """Cast and credits lists, as a credits box or a cast table with dotted leaders."""
    if rng.random() < 0.45:
        out = [rng.choice(["CAST", "Cast", "Cast list", "THE CAST", "Cast (in order of appearance)"])]
        for role in rng.sample(_ROLES, rng.randint(2, 5)):
            actor = _name(rng)
            out.append(rng.choice([f"{actor} ... {role}", f"{role[:1].upper() + role[1:]} – {actor}",
                                   f"{actor} as {role}", f"{actor}{' ' * rng.randint(2, 6)}{role}"]))
        return out
    cast = ", ".join(_name(rng) for _ in range(rng.randint(2, 4)))
    rows = [rng.choice([f"Director: {_name(rng)}", f"Directed by {_name(rng)}", f"Dir: {_name(rng)}"]),
            rng.choice([f"Starring: {cast}", f"Cast: {cast}", f"With {cast}"]),
            rng.choice([f"Writer: {_name(rng)}", f"Screenplay: {_name(rng)}", f"Written by {_name(rng)}"]),
            f"Cinematography: {_name(rng)}", f"Music: {rng.choice(_ARTISTS)}", f"Editor: {_name(rng)}",
            rng.choice([f"Producers: {_name(rng)}, {_name(rng)}", f"Production company: {rng.choice(_STUDIOS)}"]),
            rng.choice(["Country: UK", "UK/Ireland", "Country: UK, Belgium", "Language: English, Welsh"])]
    return glue(rng, some(rng, rows, 2, 5), 0.25, (" | ", "; ", "  "))


def _t49_runtime_cert(rng: random.Random, ctx: dict) -> list[str]:
    """Running time, age certificate, genre and content advice under a film or show title."""
    _, rt = _mins(rng, 82, 171)
    cert = rng.choice(["U", "PG", "12A", "12", "15", "18", "Cert 15", "Rated 12A", "Age 16+", "(15)"])
    parts = [cert, rt, rng.choice(_GENRES), str(rng.randint(1998, 2025))]
    rows = glue(rng, some(rng, parts, 2, 4), 0.8, (" | ", " · ", ", ", "  "))
    if rng.random() < 0.5:
        rows.append(rng.choice(["Contains strong language and moderate violence",
                                "Contains scenes some viewers may find upsetting", "Contains flashing images",
                                f"Running time: {rt}, including one interval", "In English and Welsh with subtitles",
                                "Audio description available", "Some scenes filmed in black and white"]))
    return rows


def _t49_where_to_watch(rng: random.Random, ctx: dict) -> list[str]:
    """'Where to watch' boxes and streaming availability lines."""
    s, s2 = rng.sample(_STREAMERS, 2)
    rows = [rng.choice(["Where to watch", "WHERE TO WATCH", "How to watch", "Watch it on", "Stream it"]),
            rng.choice([f"Streaming on {s}", f"Watch now on {s}", f"Available on {s} (subscription)",
                        f"All episodes on {s} now", f"Free with ads on {s}", f"{s} – included with membership"]),
            rng.choice([f"Rent {_price(rng, 2, 5)} | Buy {_price(rng, 6, 14)} on {s2}", f"Rent or buy on {s2}",
                        f"In cinemas from {_wd(rng)} {_dm(rng)}", "In cinemas now", "Not currently streaming",
                        "Not available in your region", f"Coming to {s2} on {_dm(rng)}"]),
            rng.choice(["Stream  Rent  Buy", "Prices correct at time of publication", "▶ Watch trailer",
                        "Check availability", "Set reminder"])]
    return glue(rng, some(rng, rows, 1, 3), 0.3, (" | ", "  ", " · "))


def _t49_box_office(rng: random.Random, ctx: dict) -> list[str]:
    """A weekend box-office table."""
    d = _day(rng, 2018, 2025)
    out = [rng.choice([f"UK box office, {d.day}-{d.day + 2} {MONTHS[d.month - 1]}", "TOP 5 AT THE BOX OFFICE",
                       "Box office top ten", f"Weekend box office ({d.day:02d}/{d.month:02d})", "BOX OFFICE"])]
    if rng.random() < 0.3:
        out.append(rng.choice(["Pos  Title  Weekend  Total  Wks", "# | Film | Weekend | Total"]))
    style = rng.randrange(3)
    total = rng.uniform(0.2, 3.0)
    for k, film in enumerate(rng.sample(_FILMS, rng.randint(3, 6)), 1):
        wk, wkn = round(total, 2), rng.randint(1, 6)
        tot = round(total * rng.uniform(1, 4), 2) if wkn > 1 else wk
        out.append([f"{k}. {film} – £{wk:.2f}m (£{tot:.2f}m total)",
                    f"{k}  {film}  £{int(wk * 1_000_000):,}  £{int(tot * 1_000_000):,}  {wkn}",
                    f"{k} | {film} | £{wk:.1f}m | {'NEW' if wkn == 1 else f'{wkn} wks'}"][style])
        total *= rng.uniform(0.45, 0.9)
    return out


def _t49_chart(rng: random.Random, ctx: dict) -> list[str]:
    """An album or singles chart table with movement markers."""
    albums = rng.random() < 0.5
    out = [rng.choice(["THIS WEEK'S TOP 10 ALBUMS", "Albums chart", "The top five albums"] if albums else
                      ["SINGLES CHART", "Top 10 singles", "This week's top five singles"])]
    prev_pool = list(range(1, 25))
    for k, artist in enumerate(rng.sample(_ARTISTS, rng.randint(3, 6)), 1):
        work = rng.choice(_ALBUMS if albums else _SONGS)
        prev = rng.choice(prev_pool + ["NEW", "NEW", "RE"])
        mark = rng.choice(["▲", "▼", "↑", "↓", "="]) if isinstance(prev, int) else prev
        out.append(rng.choice([f"{k} ({prev}) {artist} – {work}", f"{k}. {artist}: {work} {mark}",
                               f"{k}  {mark}  {work.upper()}  {artist}"]))
    return out


def _t49_tour_dates(rng: random.Random, ctx: dict) -> list[str]:
    """A band's tour dates with venues, sold-out markers and a ticket link."""
    artist = rng.choice(_ARTISTS)
    tick = rng.choice(_TICKETERS)
    out = [rng.choice(["TOUR DATES", "Tour dates", f"{artist} UK tour {rng.randint(2024, 2026)}", "Live dates:",
                       f"{artist.upper()} – LIVE"])]
    sep = rng.choice([" – ", " - ", "  ", " | ", ": "])
    for _ in range(rng.randint(2, 6)):
        status = rng.choice(["", "", "", " SOLD OUT", " (sold out)", " – few tickets left", " NEW DATE",
                             " rescheduled", " – tickets"])
        out.append(f"{_gig_date(rng)}{sep}{rng.choice(_VENUES)}, {rng.choice(_TOWNS)}{status}")
    if rng.random() < 0.7:
        out.append(rng.choice([f"Tickets: {_domain(tick, '.co.uk')}/{_slug(artist)}",
                               f"Tickets on sale {_wd(rng)} at 9am from {tick}", "Buy tickets »",
                               f"tickets via {_domain(tick)}"]))
    return out


def _t49_ticket_buttons(rng: random.Random, ctx: dict) -> list[str]:
    """Ticket buttons and price labels, often flattened onto one line."""
    rows = some(rng, ["Buy tickets", "Get tickets", f"From {_price(rng, 12, 65)}", "Book now", "Join waitlist",
                      "Few left", "SOLD OUT", "Add to calendar", "More info", f"via {rng.choice(_TICKETERS)}",
                      "Resale tickets available", "On sale soon", "BOOK", "Select seats"], 1, 4)
    if rng.random() < 0.2:
        rows = [r.upper() for r in rows]
    return glue(rng, rows, 0.6, (" | ", "  ", " · ", " "))


def _t49_tv_listings(rng: random.Random, ctx: dict) -> list[str]:
    """A column of TV or radio listings with access-service tags."""
    radio = rng.random() < 0.3
    out = [rng.choice(_STATIONS if radio else _CHANNELS)]
    if rng.random() < 0.3:
        out[0] = out[0].upper()
    hh, mm = rng.randint(6, 20), rng.choice([0, 15, 30, 45])
    for _ in range(rng.randint(2, 5)):
        if radio:
            what = rng.choice([f"The Morning Sessions with {_name(rng)}", "News and weather", "Book at Bedtime",
                               f"Afternoon Play: {rng.choice(_PLAYS)}", f"Late Junction with {_name(rng)}",
                               "The Folk Hour", "Shipping forecast"])
        else:
            show = rng.choice(_SHOWS + _FILMS)
            what = rng.choice([show, f"{show} (S{rng.randint(1, 6)} E{rng.randint(1, 10)})",
                               f"{show} ({rng.randint(1979, 2024)})", f"{show} NEW", "News; Weather",
                               f"{show} [S] [AD] [HD]", f"{show} (R)"])
        ap = "am" if hh < 12 else "pm"
        out.append(rng.choice([f"{hh:02d}:{mm:02d} {what}", f"{hh % 12 or 12}.{mm:02d}{ap} {what}",
                               f"{hh:02d}{mm:02d} {what}"]))
        mm += rng.choice([30, 30, 60, 45, 90])
        hh, mm = (hh + mm // 60) % 24, mm % 60
    return out


def _t49_episode_guide(rng: random.Random, ctx: dict) -> list[str]:
    """Episode-guide furniture: series and episode numbers, titles, air dates, next and previous links."""
    s, e = rng.randint(1, 7), rng.randint(1, 10)
    ep = rng.choice(_EPISODES)
    d = _day(rng, 2015, 2025)
    rows = [rng.choice([f"Series {s}, Episode {e} of {rng.randint(e, 12)}", f"S{s:02d}E{e:02d}",
                        f"Season {s} · Episode {e}", f"Series {s}: {e}. {ep}", f"Ep {e}"]),
            rng.choice([f"'{ep}'", ep, f"“{ep}”"]), f"First broadcast: {_long(d)}",
            rng.choice([f"{rng.randint(22, 64)} min", f"{rng.randint(22, 64)}m", "Available for 29 days"]),
            rng.choice(["‹ Previous episode", "Next episode ›", "All episodes", "Episode guide",
                        "← Back to series"])]
    return glue(rng, some(rng, rows, 1, 4), 0.5, (" · ", " | ", "  "))


def _t49_spoiler_label(rng: random.Random, ctx: dict) -> list[str]:
    """Spoiler warnings as labels and one-liners."""
    show = rng.choice(_SHOWS + _FILMS)
    rows = [rng.choice(["SPOILER WARNING", "⚠ Spoilers ahead", "Spoiler alert!", "[SPOILERS]", "Spoilers below",
                        "WARNING: SPOILERS", "Mild spoilers", "** SPOILERS **", "⚠️ Spoiler"]),
            rng.choice([f"Contains spoilers for {show}", f"Spoilers for episode {rng.randint(1, 8)}",
                        f"Spoilers up to series {rng.randint(1, 5)}, episode {rng.randint(1, 9)}", "Tap to reveal",
                        "Show spoiler", "Hide spoilers", "(spoiler-free)", f"{show}: spoilers"])]
    r = rng.random()
    return rows if r < 0.4 else rows[:1] if r < 0.7 else rows[1:]


def _t49_trailer(rng: random.Random, ctx: dict) -> list[str]:
    """Trailer and clip players: play labels, durations, captions, unavailable notices."""
    work = rng.choice(_FILMS + _SHOWS)
    dur = f"{rng.randint(0, 3)}:{rng.randint(0, 59):02d}"
    rows = [rng.choice(["▶ Watch the trailer", "Play video", "▶ PLAY", "Watch: official trailer", "Trailer",
                        "Video", "Watch the clip"]),
            rng.choice([f"{work} | Official Trailer | {dur}", f"{work} – teaser ({dur})", dur,
                        f"Clip: {rng.choice(_ARTISTS)} perform {rng.choice(_SONGS)} ({dur})",
                        f"{work}: first look"]),
            rng.choice(["Video unavailable", "This video is age-restricted", "Autoplay: ON", "Up next",
                        "Replay", "Sound on 🔊", "Cookies must be enabled to play this video", "CC"])]
    return glue(rng, some(rng, rows, 1, 3), 0.4, (" | ", "  ", " · "))


def _t49_book_details(rng: random.Random, ctx: dict) -> list[str]:
    """The book-details line under a review: publisher, pages, price, ISBN, bookshop offer."""
    book, author, pub = rng.choice(_BOOKS), _name(rng), rng.choice(_PUBLISHERS)
    pages, price = rng.randint(180, 620), _price(rng, 9, 28)
    isbn = f"978-1-{_digits(rng, 5)}-{_digits(rng, 3)}-{rng.randint(0, 9)}"
    rows = [rng.choice([f"{book} by {author} is published by {pub} ({price}, {pages}pp)",
                        f"{book} by {author} ({pub}, {pages}pp, {price})", f"{book.upper()} by {author}",
                        f"{book}, {author}, {pub}, {price}"]),
            rng.choice([f"ISBN {isbn}", f"ISBN: {isbn.replace('-', '')}", f"ISBN-13: {isbn}"]),
            rng.choice([f"Hardback | {pages} pages | {price}", f"Paperback, {price}", f"Ebook {_price(rng, 3, 9)}",
                        f"Translated by {_name(rng)}", f"Published {_dm(rng)}"]),
            rng.choice([f"To order a copy for {_price(rng, 8, 24)} go to {_domain(rng.choice(_CRITICS_OUTLETS))}"
                        "/bookshop", "Delivery charges may apply", "Buy from our bookshop",
                        f"Available from {_domain(pub, '.co.uk')}"])]
    return glue(rng, some(rng, rows, 1, 3), 0.2, (". ", " | ", " · "))


def _t49_exhibition_info(rng: random.Random, ctx: dict) -> list[str]:
    """Exhibition details: where, until when, opening times, admission."""
    exh, gal, town = rng.choice(_EXHIBITIONS), rng.choice(_GALLERIES), rng.choice(_TOWNS)
    rows = [rng.choice([f"{exh} is at the {gal}, {town}, until {_dm(rng)}", f"{exh}, {gal}, until {_dm(rng)}",
                        f"{gal.upper()}, {town.upper()}", f"Until {_dm(rng)}"]),
            rng.choice(["Open Tue-Sun 10am-5pm", "Open daily 10:00-17:30 (last entry 16:45)", "Closed Mondays",
                        "Late opening Thursdays until 9pm", "Opening times: Wed-Sun, 11am-4pm"]),
            rng.choice([f"Admission {_price(rng, 8, 22)}, concessions {_price(rng, 5, 12)}, under-16s free",
                        "Free entry", "Free, donations welcome", f"Tickets {_price(rng, 6, 18)} (members free)",
                        "Admission free; booking advised at weekends"]),
            rng.choice([f"{_domain(gal, '.org.uk')}", f"Info: {_phone(rng)}", "Booking essential",
                        "Step-free access throughout"])]
    return glue(rng, some(rng, rows, 2, 4), 0.3, (". ", " | ", " · "))


def _t49_lineup(rng: random.Random, ctx: dict) -> list[str]:
    """A festival line-up poster flattened into lines."""
    fest = rng.choice(_MUSIC_FESTS)
    out = [rng.choice([f"{fest.upper()} {rng.randint(2024, 2026)} LINE-UP", f"{fest}: the line-up", "LINE-UP",
                       f"{fest} – full line-up"])]
    sep = rng.choice([" / ", " • ", ", ", " | ", "  "])
    acts = rng.sample(_ARTISTS, 9)
    for k, day in enumerate(rng.sample(["FRIDAY", "SATURDAY", "SUNDAY"], rng.randint(1, 3))):
        chunk = acts[3 * k: 3 * k + rng.randint(2, 3)]
        out.append(f"{rng.choice([day, day.title(), day[:3]])}{rng.choice([': ', ' – ', '  '])}{sep.join(chunk)}")
    if rng.random() < 0.6:
        out.append(rng.choice(["+ many more to be announced", f"Day tickets from {_price(rng, 35, 80)}",
                               "Weekend camping SOLD OUT", "Family tickets available", "Stage times TBC"]))
    return out


def _t49_awards_list(rng: random.Random, ctx: dict) -> list[str]:
    """An awards winners list."""
    award, year = rng.choice(_AWARDS), rng.randint(2015, 2025)
    kind = "music" if "Music" in award else "stage" if "Theatre" in award else "screen"
    out = [rng.choice([f"{award} {year}: the winners", "Winners in full", f"{award.upper()} – WINNERS",
                       "The full list of winners", f"{year} {award}: nominations"])]
    common = [("Best newcomer", lambda: _name(rng)), ("Lifetime achievement", lambda: _name(rng))]
    cats = {"screen": [("Best film", lambda: rng.choice(_FILMS)), ("Best drama series", lambda: rng.choice(_SHOWS)),
                       ("Best actor", lambda: f"{_name(rng)} ({rng.choice(_FILMS + _SHOWS)})"),
                       ("Best supporting role", lambda: f"{_name(rng)} ({rng.choice(_FILMS + _SHOWS)})"),
                       ("Best director", lambda: _name(rng)), ("Audience award", lambda: rng.choice(_FILMS))],
            "music": [("Best album", lambda: f"{rng.choice(_ARTISTS)} – {rng.choice(_ALBUMS)}"),
                      ("Best song", lambda: f"{rng.choice(_SONGS)} ({rng.choice(_ARTISTS)})"),
                      ("Best live act", lambda: rng.choice(_ARTISTS)), ("Best group", lambda: rng.choice(_ARTISTS))],
            "stage": [("Best new play", lambda: rng.choice(_PLAYS)), ("Best revival", lambda: rng.choice(_PLAYS)),
                      ("Best performance", lambda: f"{_name(rng)} ({rng.choice(_PLAYS)})"),
                      ("Best set design", lambda: f"{_name(rng)} ({rng.choice(_PLAYS)})")]}[kind] + common
    for cat, who in rng.sample(cats, rng.randint(2, 6)):
        out.append(rng.choice([f"{cat}: {who()}", f"{cat.upper()} – {who()}", f"{cat}  {who()}  WINNER"]))
    return out


def _t49_tracklist(rng: random.Random, ctx: dict) -> list[str]:
    """An album tracklist or a playlist, with durations and a listen link."""
    songs = rng.sample(_SONGS, rng.randint(3, 7))
    if rng.random() < 0.5:
        out = [rng.choice(["Tracklist:", "TRACKLIST", "Side A", "Track listing", f"{rng.choice(_ALBUMS)} tracklist"])]
        for k, song in enumerate(songs, 1):
            out.append(rng.choice([f"{k}. {song} ({rng.randint(2, 7)}:{rng.randint(0, 59):02d})", f"{k}. {song}",
                                   f"{k:02d} {song}"]))
        return out
    out = [rng.choice(["The playlist", "This week's playlist", "ON REPEAT", "What we're listening to",
                       f"Listen on {rng.choice(_MUSICAPPS)}"])]
    out += [f"{_bullet(rng)}{rng.choice(_ARTISTS)} – {s}" for s in songs]
    if rng.random() < 0.4:
        out.append(rng.choice([f"Total running time {rng.randint(25, 59)}:{rng.randint(0, 59):02d}",
                               f"Follow the playlist on {rng.choice(_MUSICAPPS)}", "▶ Play all"]))
    return out


def _t49_gossip_teasers(rng: random.Random, ctx: dict) -> list[str]:
    """Celebrity gossip teaser lines from the showbiz rail."""
    a, b = rng.sample(_CELEBS, 2)
    pool = [f"{a} 'heartbroken' as {rng.choice(_SHOWS)} is axed", f"PICTURED: {a} steps out in {rng.choice(_TOWNS)}",
            f"{a} and {b} spark romance rumours at {rng.choice(_AWARDS)} afterparty",
            f"EXCLUSIVE: {a}'s secret wedding plans", f"{a} hits back at trolls over holiday snaps",
            f"Inside {_poss(b)} £{rng.randint(2, 9)}m country home", f"{b} unrecognisable in new role",
            f"'It's over': {a} confirms split", f"{b} reveals baby's unusual name"]
    head = rng.choice(["SHOWBIZ", "Celebrity", "CELEB NEWS", "Trending in showbiz", "", ""])
    b_ = _bullet(rng)
    return ([head] if head else []) + [b_ + x for x in rng.sample(pool, rng.randint(1, 4))]


def _t49_more_from(rng: random.Random, ctx: dict) -> list[str]:
    """'You might also like' lists on the culture desk, pointing at other pieces."""
    hls = headlines(rng, ctx, _HL49, rng.randint(1, 3))
    hls += rng.sample(_HL49, rng.randint(0, 2))
    head = rng.choice(["You might also like", "More from Culture", "MORE FILM REVIEWS", "Recommended",
                       "Most read in Entertainment", "More on this story", "Read next", "ALSO ON THE CULTURE DESK"])
    b = _bullet(rng)
    return [head] + [b + h for h in hls]


def _t49_section_nav(rng: random.Random, ctx: dict) -> list[str]:
    """Culture-section breadcrumbs and navigation bars."""
    desk = rng.choice(["Film", "TV & Radio", "Music", "Books", "Games", "Stage", "Art & Design", "Celebrity",
                       "Classical", "Comedy"])
    sub = rng.choice(["Reviews", "Features", "Interviews", "News", "Listings"])
    rows = [rng.choice([f"Culture › {desk} › {sub}", f"Home / Entertainment / {desk}", f"Arts > {desk} > {sub}",
                        f"CULTURE | {desk.upper()}", f"Home » Culture » {desk}"]),
            rng.choice(["  ", " | ", " · "]).join(some(rng, rng.choice([
                ["Film", "TV", "Music", "Books", "Games", "Stage", "Art"],
                ["FILM", "TV & RADIO", "MUSIC", "BOOKS", "GAMES", "STAGE", "CLASSICAL"],
                ["Reviews", "Interviews", "Features", "Listings", "Podcasts", "Quizzes"]]), 4, 7))]
    r = rng.random()
    return rows if r < 0.4 else rows[:1] if r < 0.7 else rows[1:]


def _t49_review_meta(rng: random.Random, ctx: dict) -> list[str]:
    """Review kickers, critics' bylines and publication stamps at the top of a review."""
    d = _day(rng, 2016, 2025)
    rows = [rng.choice(["Film review", "Album review", "Theatre review", "TV review", "Book of the week",
                        "Games review", "First look", "Exhibition review", "Gig review", "REVIEW"]),
            rng.choice([f"By {_name(rng)}", f"{_name(rng)}, chief film critic", f"{_name(rng)}, music critic",
                        f"Reviewed by {_name(rng)}", f"{_name(rng)} | {_critic(rng)}"]),
            rng.choice([f"Published {_long(d)}, {_hm(rng)}", f"{d.day:02d}/{d.month:02d}/{d.year}",
                        f"{WEEKDAYS[d.weekday()]} {_long(d)}", f"Updated {_hm(rng)} GMT"])]
    return glue(rng, some(rng, rows, 1, 3), 0.5, (" | ", " · ", "  "))


def _t49_game_specs(rng: random.Random, ctx: dict) -> list[str]:
    """A game's spec box: platforms, developer, publisher, price, release date."""
    game = rng.choice(_GAMES)
    plats = ", ".join(rng.sample(_PLATFORMS, rng.randint(1, 4)))
    rows = [rng.choice([game, game.upper(), f"{game} review"]), f"Platforms: {plats}",
            f"Developer: {rng.choice(_STUDIOS)}", f"Publisher: {rng.choice(_STUDIOS)}",
            f"Release date: {_dm(rng)}", f"Price: {_price(rng, 15, 70)}",
            f"Reviewed on: {rng.choice(_PLATFORMS)}", rng.choice(["Age rating 12+", "Age rating 16+", "Rated 7+"]),
            f"Score: {rng.randint(5, 10)}/10"]
    return glue(rng, some(rng, rows, 2, 5), 0.3, (" | ", " · ", "  "))


def _t49_now_playing(rng: random.Random, ctx: dict) -> list[str]:
    """A radio station's now-playing and listen-live widget."""
    st = rng.choice(_STATIONS)
    rows = [rng.choice([f"NOW PLAYING: {rng.choice(_ARTISTS)} – {rng.choice(_SONGS)}",
                        f"Now playing {rng.choice(_SONGS)} by {rng.choice(_ARTISTS)}",
                        f"♪ {rng.choice(_ARTISTS)} – {rng.choice(_SONGS)}"]),
            rng.choice(["▶ Listen live", "Listen live", "LISTEN LIVE ›", "Play"]),
            f"{st} {rng.randint(88, 107)}.{rng.randint(0, 9)} FM",
            rng.choice([f"Up next: {rng.choice(_SONGS)}", f"On air: {_name(rng)}", "Recently played (5)"]),
            rng.choice(["DAB+", "Smart speaker: ask for " + st, "Schedule"])]
    return glue(rng, some(rng, rows, 1, 3), 0.5, (" | ", "  ", " · "))


def _t49_critics_score(rng: random.Random, ctx: dict) -> list[str]:
    """An aggregator widget: critics' and audience scores, review counts."""
    rows = [rng.choice([f"Critics' score: {rng.randint(41, 99)}%", f"Reelside score {rng.randint(30, 95)}",
                        f"Critics {rng.randint(40, 99)}%"]),
            rng.choice([f"Audience score {rng.randint(35, 98)}%", f"Audience {rng.randint(2, 5)}.{rng.randint(0, 9)}/5",
                        f"User rating {rng.randint(5, 9)}.{rng.randint(0, 9)}"]),
            rng.choice([f"Based on {rng.randint(12, 340)} reviews", f"{rng.randint(1, 90):,}K ratings",
                        f"{rng.randint(20, 900)} verified ratings"]),
            rng.choice(["See all critic reviews", "Rate this film", "Add to watchlist", "+ Watchlist",
                        "Write a review"])]
    return glue(rng, some(rng, rows, 1, 3), 0.5, (" | ", "  ", " · "))


def _t49_poll_widget(rng: random.Random, ctx: dict) -> list[str]:
    """A reader poll with options, a vote button and a count."""
    q = rng.choice(["Vote now: best TV drama of the year", "What was the best album of the year?",
                    "POLL: Who should host the Lantern Awards?", "Which book should we read next?",
                    "Have your say: the greatest film finale?"])
    opts = rng.sample(_SHOWS if "TV" in q or "host" in q else _ALBUMS if "album" in q else
                      _BOOKS if "book" in q else _FILMS, rng.randint(2, 4))
    mark = rng.choice(["○ ", "( ) ", "☐ ", ""])
    tail = rng.choice([f"{rng.randint(300, 40000):,} votes", "Vote", "VOTE", "See results",
                       f"Poll closes {_wd(rng)}"])
    return [q] + [mark + o for o in opts] + [tail]


def _t49_theatre_info(rng: random.Random, ctx: dict) -> list[str]:
    """Theatre box-office details under a stage review."""
    play, th = rng.choice(_PLAYS), rng.choice(_THEATRES)
    rows = [rng.choice([f"{play} is at the {th} until {_dm(rng)}", f"Until {_dm(rng)}, {th}",
                        f"{play} – {th}, {rng.choice(_TOWNS)}"]),
            rng.choice([f"Box office: {_phone(rng)}", f"{_domain(th, '.co.uk')}", f"Tickets {_price(rng, 12, 65)}"]),
            rng.choice(["Running time 2hrs 30mins including interval", "Running time: 1hr 40min, no interval",
                        "Age guidance 12+", "Contains strobe lighting and haze",
                        f"Captioned performance: {_wd(rng)} {_dm(rng)}",
                        f"Relaxed performance {_dm(rng)}"])]
    return glue(rng, some(rng, rows, 1, 3), 0.3, (". ", " | ", "  "))


# prose ---------------------------------------------------------------------------------------------------------


def _t49_film_review_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A paragraph from someone else's film or TV review."""
    film, show, actor, dr = rng.choice(_FILMS), rng.choice(_SHOWS), _name(rng), _name(rng)
    s = [pick(rng, [
        ("{dr}'s camera lingers on faces rather than landscapes, and by the final reel {film} has earned every one of "
         "its quiet, devastating silences."),
        ("As the widowed lighthouse keeper at the heart of {film}, {actor} gives the performance of a career, all "
         "clenched jaw and sudden, unguarded laughter."),
        ("The second half of {film} loses its nerve, swapping the slow-burning family drama of the opening hour for "
         "a chase sequence that feels borrowed from another film entirely."),
        ("There are longueurs, and a subplot about a missing pension fund never quite convinces, but {actor} holds "
         "the whole thing together with effortless charm."),
        ("{show} returns for a {ord} series with its wit intact, though moving the action from {town} to the city "
         "robs it of some of its scruffy charm."),
        ("At {n} minutes, {film} is at least twenty too long, yet it is hard to begrudge a director who so clearly "
         "loves every one of these characters."),
        ("The script by {dr} is full of good jokes, but the best moments in {show} are wordless: a shared cigarette, "
         "a door left open, a phone that is never answered."),
    ], dr=dr, film=film, actor=actor, show=show, ord=rng.choice(_ORDINALS), town=rng.choice(_TOWNS),
        n=rng.randint(128, 176))]
    if rng.random() < 0.3:
        s.append(pick(rng, ["It is, in short, the best thing {actor} has done in years, and it deserves a much "
                            "bigger audience than it is likely to find.",
                            "Whether it sustains a second series is another question, but for now it is hugely "
                            "enjoyable company on a wet Sunday night."], actor=actor))
    return _pack(s)


def _t49_synopsis_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A plot synopsis of another film, series or novel."""
    title = rng.choice(_FILMS + _SHOWS + _BOOKS)
    s = pick(rng, [
        ("When a retired projectionist inherits a crumbling cinema in {town}, a plan to reopen it in time for the "
         "town's centenary uncovers a secret hidden in the booth for decades."),
        ("Set over a single summer on a windswept island, {title} follows two estranged sisters who come home to "
         "scatter their father's ashes and find the family farm about to be sold."),
        ("In a flooded city of the near future, a night-shift courier starts receiving parcels addressed to people "
         "who have not yet been born, and must decide whether to deliver them."),
        ("{title} tells the story of a brass band from a former mining town that enters a national competition to "
         "save its rehearsal hall from demolition."),
        ("A junior detective with a fear of water is sent to investigate a disappearance at a canal boat festival, "
         "where every witness seems to be hiding something."),
        ("Three strangers stranded at a motorway service station on Christmas Eve discover they were all once "
         "engaged to the same man, who is due to arrive at midnight."),
        ("After her bakery burns down, a stubborn widow in {town} moves in with the teenage grandson she has never "
         "met, and the two of them enter a televised cake contest."),
    ], town=rng.choice(_TOWNS), title=title)
    label = rng.choice(["Synopsis:", "Plot:", "What's it about?", "Storyline", "", "", ""])
    if label and rng.random() < 0.5:
        return _pack([f"{label} {s}"])
    return ([label] if label else []) + _pack([s])


def _t49_awards_roundup_prose(rng: random.Random, ctx: dict) -> list[str]:
    """An awards-season round-up blurb about other winners."""
    film, film2 = rng.sample(_FILMS, 2)
    artist, artist2 = rng.sample(_ARTISTS, 2)
    s = pick(rng, [
        ("{film} was the big winner at the {award} on {wd} night, taking {n} prizes including best film and best "
         "director for {name}."),
        ("In a night of few surprises, {name} picked up best actor for {film}, while the newcomer award went to "
         "{name2} for a debut role in {show}."),
        ("The shortlist for this year's {prize} was announced on {wd}, with {n} debut novelists among the six "
         "authors in contention for the £{amt},000 prize."),
        ("Organisers of the {award} have promised a shorter ceremony this year after last year's event overran by "
         "almost an hour and a half."),
        ("{artist} were named best group at the {music}, beating {artist2} to the prize, and dedicated the award to "
         "the staff of their local record shop in {town}."),
        ("Voting members of the {award} have until {wd} to return their ballots, with {film} still the favourite "
         "despite a late surge of support for {film2}."),
    ], film=film, film2=film2, award=rng.choice(_SCREEN_AWARDS), wd=_wd(rng), n=rng.randint(3, 7),
        name=_name(rng), name2=_name(rng), show=rng.choice(_SHOWS), prize=rng.choice(_PRIZES),
        amt=rng.choice([10, 20, 25, 30, 50]), artist=artist, artist2=artist2, music="Northlight Music Prize",
        town=rng.choice(_TOWNS))
    return _pack([s])


def _t49_interview_intro_prose(rng: random.Random, ctx: dict) -> list[str]:
    """The scene-setting intro of an interview with somebody else."""
    n = _name(rng)
    s = pick(rng, [
        ("{n} arrives for our interview at a café in {town} twenty minutes early, apologising for the paint on a "
         "battered denim jacket and ordering two pots of tea at once."),
        ("It has been {k} years since {n} last released an album, and the singer admits that for much of that time "
         "there was no plan to make another one at all."),
        ("When I meet {n} in the rehearsal rooms of the {theatre}, the cast of {play} are running the second act for "
         "the fourth time that morning."),
        ("{n} has written {k} novels, two plays and a cookbook, but says the thing most people still want to talk "
         "about is a children's programme from the nineties."),
        ("Few directors have had a year quite like {n}, whose {film} opened to rave reviews at the {fest} and is now "
         "being talked about as an awards contender."),
    ], n=n, town=rng.choice(_TOWNS), k=rng.randint(4, 14), theatre=rng.choice(_THEATRES), play=rng.choice(_PLAYS),
        film=rng.choice(_FILMS), fest=rng.choice(_FILM_FESTS))
    return _pack([s])


def _t49_listings_blurb_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A TV listings blurb for some other programme."""
    show = rng.choice(_SHOWS)
    s = pick(rng, [
        ("The penultimate episode finds the family at breaking point as the harvest fails, and a letter from the "
         "bank brings worse news than anyone expected."),
        ("Gentle, funny documentary following the volunteers who keep a tiny seaside railway in {town} running "
         "through a winter of storms and broken boilers."),
        ("Another chance to see the acclaimed drama about a hospital choir, with {actor} excellent as the reluctant "
         "conductor who slowly wins over the night staff."),
        ("Live coverage of the final night of the {fest}, with sets from {artist} and {artist2}, introduced by "
         "{actor} from the main stage."),
        ("The quiz returns for a new run, with four teams of librarians battling it out for the coveted brass owl "
         "trophy and a year of bragging rights."),
        ("Inspector Dace is called to a stately home where the guests at a murder-mystery weekend find that one of "
         "the bodies is all too real."),
    ], town=rng.choice(_TOWNS), actor=_name(rng), fest=rng.choice(_MUSIC_FESTS), artist=rng.choice(_ARTISTS),
        artist2=rng.choice(_ARTISTS))
    slot = rng.choice([f"{rng.randint(7, 10)}pm, {rng.choice(_CHANNELS)}",
                       f"{rng.choice(_CHANNELS)}, {rng.randint(18, 23)}:{rng.choice(['00', '15', '30', '45'])}",
                       "Tonight's pick", "PICK OF THE DAY", "", ""])
    if rng.random() < 0.5:
        return _pack([f"{show} {rng.choice(['—', '-', '|'])} {s}"]) + ([slot] if slot else [])
    return ([slot] if slot else []) + _pack([s])


def _t49_fan_poll_prose(rng: random.Random, ctx: dict) -> list[str]:
    """Results or calls of a readers' poll about other works."""
    album, album2 = rng.sample(_ALBUMS, 2)
    s = pick(rng, [
        ("Last week we asked you to name the best TV finale of all time, and more than {n:,} of you voted, with "
         "{show} coming out on top by a comfortable margin."),
        ("In our readers' poll of the year's best albums, {artist} {album} took first place, just ahead of "
         "{album2}, which topped the critics' list."),
        ("Thank you to everyone who voted in our favourite fictional detective poll; the results, and some of your "
         "more surprising suggestions, will be published on {wd}."),
        ("Fans have until midnight on {wd} to vote in the {award} audience award, the only category decided by the "
         "public rather than by a jury of critics."),
        ("More than {n:,} readers took part in our survey of cinema-going habits, and almost half said they now "
         "wait for a film to reach streaming before watching it."),
    ], n=rng.randint(1200, 48000), show=rng.choice(_SHOWS), artist=_poss(rng.choice(_ARTISTS)), album=album,
        album2=album2, wd=_wd(rng), award=rng.choice(_SCREEN_AWARDS))
    return _pack([s])


def _t49_gossip_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A celebrity gossip item about somebody else."""
    a, b = rng.sample(_CELEBS, 2)
    s = pick(rng, [
        ("{a} was spotted leaving a restaurant in {town} with {b} on {wd}, fuelling speculation that the pair have "
         "rekindled their romance."),
        ("Friends of {a} say the star is devastated after {show} was cancelled, and has already been approached "
         "about a rival series."),
        ("{a} has reportedly snapped up a £{m}m farmhouse near {town}, complete with a recording studio, an orchard "
         "and stables for six horses."),
        ("Insiders claim {a} walked out of rehearsals for {play} after a row over billing, although representatives "
         "insist it was simply a scheduling clash."),
        ("{a} and {b} have confirmed their engagement, sharing a photograph from a beach holiday with a caption that "
         "simply read: yes."),
    ], a=a, b=b, town=rng.choice(_TOWNS), wd=_wd(rng), show=rng.choice(_SHOWS), m=rng.randint(2, 9),
        play=rng.choice(_PLAYS))
    return _pack([s])


def _t49_tour_announce_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A tour announcement for another act."""
    artist = rng.choice(_ARTISTS)
    s = pick(rng, [
        ("{artist} have announced a {n}-date tour for next spring, opening at {venue} in {town} on {dm} and ending "
         "with two nights at {venue2}."),
        ("Following the success of their comeback album, {artist} will play a one-off hometown show in {town} this "
         "summer, their first there in {k} years."),
        ("{artist} have postponed the remaining dates of their tour on medical advice, and say all tickets will "
         "remain valid for the rescheduled shows."),
        ("After selling out {venue} in under an hour, {artist} have added a second night on {dm}, with tickets going "
         "on sale through {tick} on {wd}."),
    ], artist=artist, n=rng.randint(8, 24), venue=rng.choice(_VENUES), venue2=rng.choice(_VENUES),
        town=rng.choice(_TOWNS), dm=_dm(rng), k=rng.randint(5, 20), tick=rng.choice(_TICKETERS), wd=_wd(rng))
    return _pack([s])


def _t49_box_office_prose(rng: random.Random, ctx: dict) -> list[str]:
    """Box-office commentary about other films."""
    film, film2 = rng.sample(_FILMS, 2)
    x = rng.uniform(0.4, 4.5)
    s = pick(rng, [
        ("{film} held on to the top spot at the box office for a {ord} weekend, taking £{x:.1f}m and pushing its "
         "total past £{y}m."),
        ("Family animation {film} made a strong debut in second place, while {film2} fell three places in its "
         "third week on release."),
        ("Cinema admissions were up {n}% on the same weekend last year, helped by wet weather and the start of the "
         "school half-term holiday."),
        ("Despite strong reviews, {film2} struggled on its opening weekend, taking just £{k},000 from more than "
         "three hundred screens."),
    ], film=film, film2=film2, ord=rng.choice(_ORDINALS), x=x, y=int(x * rng.randint(3, 8)), n=rng.randint(4, 31),
        k=rng.randint(90, 480))
    return _pack([s])


def _t49_book_blurb_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A publisher's blurb or a book-of-the-week blurb for another book."""
    book, author = rng.choice(_BOOKS), _name(rng)
    s = pick(rng, [
        ("In this luminous debut, {author} follows three generations of a family of glassblowers in {town}, whose "
         "secrets prove as fragile as the things they make."),
        ("{author} returns with a sharp, funny novel about a wedding planner who is hired to organise the wedding "
         "of the man who once jilted her at the altar."),
        ("Part memoir, part field guide, {book} charts a year spent walking the old drovers' roads of the north, "
         "and the people and animals met along the way."),
        ("The much-loved children's author {author} turns to crime fiction for adults in {book}, a twisty mystery "
         "set in a seaside boarding house out of season."),
        ("Written with warmth and wit, {book} is a love letter to the small-town library and the strange, generous "
         "people who keep it open against the odds."),
    ], book=book, author=author, town=rng.choice(_TOWNS))
    return _pack([s]) + ([rng.choice([f"{rng.choice(_PUBLISHERS)}, {_price(rng, 9, 22)}", "Out now"])]
                         if rng.random() < 0.3 else [])


def _t49_exhibition_prose(rng: random.Random, ctx: dict) -> list[str]:
    """An exhibition preview or gallery news item about another show."""
    s = pick(rng, [
        ("More than {n} works are on show in {exh}, from early sketchbooks to the vast textile hangings that made "
         "the artist's name in the 1970s."),
        ("The {gal} reopens on {dm} after a two-year, £{m}m refurbishment, with a new café, a learning studio and a "
         "roof terrace overlooking {town}."),
        ("Visitors to {exh} are invited to handle some of the objects, including a working printing press and a box "
         "of Victorian magic lantern slides."),
        ("The {gal} has bought a rare portrait of a {town} fishwife for the nation after a public appeal raised more "
         "than £{k},000 in six weeks."),
    ], n=rng.randint(60, 300), exh=rng.choice(_EXHIBITIONS), gal=rng.choice(_GALLERIES), dm=_dm(rng),
        m=rng.randint(2, 14), town=rng.choice(_TOWNS), k=rng.randint(40, 400))
    return _pack([s])


def _t49_festival_prose(rng: random.Random, ctx: dict) -> list[str]:
    """Festival news about other line-ups, sites and tickets."""
    fest = rng.choice(_MUSIC_FESTS)
    s = pick(rng, [
        ("Organisers of the {fest} have added {artist} and {artist2} to this year's bill, with weekend camping "
         "tickets now almost sold out."),
        ("The {fest} will move to a new site on the outskirts of {town} this year, after residents complained about "
         "noise and traffic at the old showground."),
        ("Day tickets for the {fest} go on sale on {wd}, and organisers say children under twelve will again be "
         "admitted free with a paying adult."),
        ("This year's {fest} will open with a new commission from {artist}, performed with a choir of two hundred "
         "local schoolchildren on the harbour front."),
    ], fest=fest, artist=rng.choice(_ARTISTS), artist2=rng.choice(_ARTISTS), town=rng.choice(_TOWNS), wd=_wd(rng))
    return _pack([s])


def _t49_streaming_prose(rng: random.Random, ctx: dict) -> list[str]:
    """'New on streaming this week' blurbs about other titles."""
    st, show, film = rng.choice(_STREAMERS), rng.choice(_SHOWS), rng.choice(_FILMS)
    s = pick(rng, [
        ("New on {st} this week is {show}, a sprawling family saga that critics have been comparing to the great "
         "Sunday-night dramas of the eighties."),
        ("If you missed {film} in cinemas, it arrives on {st} on {wd}, and is well worth the wait for its "
         "extraordinary final twenty minutes."),
        ("{st} has confirmed that {show} will not return for another season, disappointing fans who had started a "
         "petition to save it."),
        ("All {n} episodes of {show} drop on {st} at midnight, so clear your weekend if you have been waiting to "
         "find out who took the painting."),
    ], st=st, show=show, film=film, wd=_wd(rng), n=rng.randint(6, 10))
    return ([rng.choice(["NEW THIS WEEK", "Streaming picks", "What to watch"])] if rng.random() < 0.3 else []) + \
        _pack([s])


def _t49_game_review_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A paragraph from a review of another game."""
    s = pick(rng, [
        ("{game} is at its best when it leaves you alone with its strange, beautiful map, and at its worst when it "
         "stops to explain a crafting system nobody asked for."),
        ("The combat in {game} feels weighty and precise, though a difficulty spike in the final chapter sent this "
         "reviewer back to the menu more than once."),
        ("{studio} follow-up is shorter than the original, about {n} hours on a first playthrough, but every one "
         "of them is packed with invention."),
        ("Playing {game} in short bursts on the train is a delight, but long sessions expose how repetitive its "
         "delivery missions become after the first few towns."),
    ], game=rng.choice(_GAMES), studio=_poss(rng.choice(_STUDIOS)), n=rng.randint(9, 40))
    return _pack([s])


def _t49_stage_review_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A paragraph from a review of another stage production."""
    s = pick(rng, [
        ("{dr}'s revival of {play} at the {th} is a joyful, ramshackle thing, with a cast who seem to be having the "
         "time of their lives."),
        ("The set, a revolving {room} that slowly fills with water over the course of the second act, is worth the "
         "price of the ticket on its own."),
        ("{actor} brings a wounded dignity to the role of {role}, and the closing scene drew a standing ovation on "
         "press night at the {th}."),
        ("Not every gag lands in {play}, and the second half sags badly, but the songs are glorious and the band is "
         "tighter than anything else in {town}."),
        ("At {k} hours including the interval, {play} asks a lot of its audience, and by the final scene several "
         "people around me were checking the time."),
    ], dr=_name(rng), play=rng.choice(_PLAYS), th=rng.choice(_THEATRES), actor=_name(rng), role=rng.choice(_ROLES),
        room=rng.choice(["kitchen", "railway waiting room", "bingo hall", "front parlour"]), town=rng.choice(_TOWNS),
        k=rng.choice(["three", "three and a half", "nearly four"]))
    return _pack([s])


def _t49_album_review_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A paragraph from a review of another album or gig."""
    artist, album = rng.choice(_ARTISTS), rng.choice(_ALBUMS)
    s = pick(rng, [
        ("On {album}, {artist} trade the scuffed guitars of their early records for synthesisers and a string "
         "section, and the gamble mostly pays off."),
        ("The standout track is the closer, {song}, a seven-minute slow build that begins with a lone harmonium and "
         "ends in a wall of brass."),
        ("{artist_s} {ord} album is their most personal yet, written in the year after the singer's father died and "
         "recorded in a converted chapel near {town}."),
        ("By the time {artist} came back for an encore of {song}, the whole of {venue} was singing along, including "
         "the bar staff."),
    ], album=album, artist=artist, artist_s=_poss(artist), song=rng.choice(_SONGS), ord=rng.choice(_ORDINALS),
        town=rng.choice(_TOWNS), venue=rng.choice(_VENUES))
    return _pack([s])


def _t49_anniversary_prose(rng: random.Random, ctx: dict) -> list[str]:
    """Anniversary reissues and restorations of other works."""
    s = pick(rng, [
        ("It is {n} years since {film} opened in cinemas, and a restored print will be screened at the {fest} with "
         "a question-and-answer session with the surviving cast."),
        ("{artist} will mark the {n}th anniversary of their debut album {album} with a deluxe reissue, including "
         "unheard demos and a live recording from {town}."),
        ("To celebrate {n} years since {book} was first published, {pub} is releasing an illustrated edition with a "
         "new introduction by the author."),
    ], n=rng.choice([10, 20, 25, 30, 40, 50]), film=rng.choice(_FILMS), fest=rng.choice(_FILM_FESTS),
        artist=rng.choice(_ARTISTS), album=rng.choice(_ALBUMS), town=rng.choice(_TOWNS), book=rng.choice(_BOOKS),
        pub=rng.choice(_PUBLISHERS))
    return _pack([s])


def _t49_casting_prose(rng: random.Random, ctx: dict) -> list[str]:
    """Casting news about other productions."""
    s = pick(rng, [
        ("{actor} has been cast as the lead in a television adaptation of {author}'s novel {book}, which begins "
         "filming in {town} next month."),
        ("Producers of {show} have confirmed that {actor} will join the cast for the new series, playing a "
         "mysterious lodger who arrives at the guesthouse."),
        ("{actor} is in talks to star in {dr}'s next film, a period drama about the women who ran the railway "
         "signal boxes during the war."),
        ("The search is on for a young actor to play {role} in the stage version of {film}, with open auditions in "
         "{town} on {wd}."),
    ], actor=_name(rng), author=_name(rng), book=rng.choice(_BOOKS), town=rng.choice(_TOWNS),
        show=rng.choice(_SHOWS), dr=_name(rng), role=rng.choice(_ROLES), film=rng.choice(_FILMS), wd=_wd(rng))
    return _pack([s])


def _t49_spoiler_prose(rng: random.Random, ctx: dict) -> list[str]:
    """Spoiler boilerplate in sentences, naming another work."""
    s = pick(rng, [
        ("This article contains spoilers for the final episode of {show}. If you have not yet watched it, you may "
         "want to bookmark this page and come back later."),
        ("Warning: the following discussion reveals major plot details of {film}, including its ending, so look away "
         "now if you are planning to see it this weekend."),
        ("We will be discussing each episode of {show} here as it airs, so please keep spoilers for later episodes "
         "out of the comments below."),
        ("This recap is for people who have watched episode {n} of {show}; newcomers should start with our "
         "spoiler-free guide to the series instead."),
    ], show=rng.choice(_SHOWS), film=rng.choice(_FILMS), n=rng.randint(2, 8))
    return _pack([s])


def _t49_critic_bio_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A critic's biography line at the end of a review."""
    n, out = _name(rng), _critic(rng)
    s = pick(rng, [
        "{n} is chief film critic of {out} and has reviewed more than {k:,} films over the past two decades.",
        ("{n} writes about music for {out} and is the author of a book about the folk clubs of the north, "
         "published last year by {pub}."),
        "{n} is a playwright and critic based in {town}, and has been a judge for the {award} three times.",
        ("{n} covers games and technology for {out}, and still thinks the best console ever made is the one that "
         "came with a plastic steering wheel."),
    ], n=n, out=out, k=rng.randint(1500, 6000), pub=rng.choice(_PUBLISHERS), town=rng.choice(_TOWNS),
        award=rng.choice(_AWARDS))
    return _pack([s])


def _t49_recommend_prose(rng: random.Random, ctx: dict) -> list[str]:
    """'If you liked this, try...' recommendations in sentences."""
    s = pick(rng, [
        ("If you enjoyed {show}, try {show2}, another slow-burning mystery set in a small coastal town, which is "
         "streaming now on {st}."),
        ("Fans of {artist} should seek out {artist2}, whose new album {album} shares the same love of big choruses "
         "and a brass section."),
        ("Loved {book}? The author's earlier novel, set in the same village forty years before, is out in "
         "paperback this month from {pub}."),
        ("Still hungry for period drama after {show}? Our guide to the twenty best costume series of the decade has "
         "something for every taste."),
    ], show=rng.choice(_SHOWS), show2=rng.choice(_SHOWS), st=rng.choice(_STREAMERS), artist=rng.choice(_ARTISTS),
        artist2=rng.choice(_ARTISTS), album=rng.choice(_ALBUMS), book=rng.choice(_BOOKS),
        pub=rng.choice(_PUBLISHERS))
    return _pack([s])


def _t49_ticket_info_prose(rng: random.Random, ctx: dict) -> list[str]:
    """Ticket-sale details in sentences for another show."""
    s = [pick(rng, [
        ("Tickets for {artist} at {venue} go on general sale at 9am on {wd}, with a pre-sale for fan-club members "
         "opening twenty-four hours earlier."),
        ("The {th} has released a further {n} seats for the final week of {play}, including a number of £10 tickets "
         "for under-25s."),
        ("Prices start at {price} plus a booking fee, and there is a limit of four tickets per household to deter "
         "touts and resale sites."),
    ], artist=rng.choice(_ARTISTS), venue=rng.choice(_VENUES), wd=_wd(rng), th=rng.choice(_THEATRES),
        n=rng.randint(40, 300), play=rng.choice(_PLAYS), price=_price(rng, 18, 70))]
    if rng.random() < 0.3:
        s.append("Fans are reminded that tickets bought from unofficial sellers may be cancelled without a refund.")
    return _pack(s)


def _t49_radio_pick_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A radio pick of the week about another programme."""
    st = rng.choice(_STATIONS)
    s = pick(rng, [
        ("In this week's {st} drama, a retired lollipop lady in {town} becomes an unlikely detective when the "
         "school's prize-winning tortoise goes missing."),
        ("{n} presents a fascinating documentary about the history of the brass band, visiting rehearsals in {town} "
         "and talking to players aged from eight to ninety."),
        ("Late-night listening on {st}, with {n} playing a selection of lost soul records and a guest who once sang "
         "backing vocals for {artist}."),
    ], st=st, town=rng.choice(_TOWNS), n=_name(rng), artist=rng.choice(_ARTISTS))
    head = rng.choice(["Radio pick", "RADIO", f"{st}, {rng.randint(7, 11)}pm", "", ""])
    return ([head] if head else []) + _pack([s])


def _t49_competition_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A reader competition for tickets or books, with its terms."""
    s = [pick(rng, [
        ("We have {n} pairs of tickets to give away for the opening night of {play} at the {th}. To enter, answer "
         "the question below before midnight on {wd}."),
        ("Win a signed copy of {book}: simply tell us the name of the bookshop in {town} that inspired the novel, "
         "and send your answer by {dm}."),
        ("Five lucky readers will win a weekend pass to the {fest}, including camping and a meet-and-greet with one "
         "of the headline acts."),
    ], n=rng.randint(2, 10), play=rng.choice(_PLAYS), th=rng.choice(_THEATRES), wd=_wd(rng),
        book=rng.choice(_BOOKS), town=rng.choice(_TOWNS), dm=_dm(rng), fest=rng.choice(_MUSIC_FESTS))]
    if rng.random() < 0.5:
        s.append("Entrants must be 18 or over and live in the UK. Winners will be chosen at random from all correct "
                 "entries and notified by email.")
    return ([rng.choice(["COMPETITION", "Win!", "Reader offer"])] if rng.random() < 0.4 else []) + _pack(s)


def _t49_chart_prose(rng: random.Random, ctx: dict) -> list[str]:
    """Chart commentary about other acts."""
    s = pick(rng, [
        ("{artist} have scored their first number one album with {album}, outselling the rest of the top five "
         "combined, according to figures released on {wd}."),
        ("{song} by {artist} climbs {n} places to number three this week, boosted by its use in the final scene of "
         "{show}."),
        ("It is a good week for debuts, with {n} new entries in the top twenty, including the long-awaited second "
         "album from {artist}."),
    ], artist=rng.choice(_ARTISTS), album=rng.choice(_ALBUMS), wd=_wd(rng), song=rng.choice(_SONGS),
        n=rng.randint(4, 19), show=rng.choice(_SHOWS))
    return _pack([s])


def _fortyninth_templates() -> dict[str, tuple[str, Template]]:
    """The culture and entertainment desks as scraped."""
    return {
        "s49_score_box": ("it", _t49_score_box),
        "s49_credits": ("ht", _t49_credits),
        "s49_runtime_cert": ("h", _t49_runtime_cert),
        "s49_where_to_watch": ("it", _t49_where_to_watch),
        "s49_box_office": ("it", _t49_box_office),
        "s49_chart": ("it", _t49_chart),
        "s49_tour_dates": ("t", _t49_tour_dates),
        "s49_ticket_buttons": ("hit", _t49_ticket_buttons),
        "s49_tv_listings": ("it", _t49_tv_listings),
        "s49_episode_guide": ("hi", _t49_episode_guide),
        "s49_spoiler_label": ("hi", _t49_spoiler_label),
        "s49_trailer": ("hi", _t49_trailer),
        "s49_book_details": ("t", _t49_book_details),
        "s49_exhibition_info": ("it", _t49_exhibition_info),
        "s49_lineup": ("it", _t49_lineup),
        "s49_awards_list": ("it", _t49_awards_list),
        "s49_tracklist": ("it", _t49_tracklist),
        "s49_gossip_teasers": ("ht", _t49_gossip_teasers),
        "s49_more_from": ("it", _t49_more_from),
        "s49_section_nav": ("h", _t49_section_nav),
        "s49_review_meta": ("h", _t49_review_meta),
        "s49_game_specs": ("ht", _t49_game_specs),
        "s49_now_playing": ("hi", _t49_now_playing),
        "s49_critics_score": ("ht", _t49_critics_score),
        "s49_poll_widget": ("i", _t49_poll_widget),
        "s49_theatre_info": ("t", _t49_theatre_info),
        "s49_film_review_prose": ("i", _t49_film_review_prose),
        "s49_synopsis_prose": ("hi", _t49_synopsis_prose),
        "s49_awards_roundup_prose": ("it", _t49_awards_roundup_prose),
        "s49_interview_intro_prose": ("hi", _t49_interview_intro_prose),
        "s49_listings_blurb_prose": ("it", _t49_listings_blurb_prose),
        "s49_fan_poll_prose": ("t", _t49_fan_poll_prose),
        "s49_gossip_prose": ("it", _t49_gossip_prose),
        "s49_tour_announce_prose": ("i", _t49_tour_announce_prose),
        "s49_box_office_prose": ("it", _t49_box_office_prose),
        "s49_book_blurb_prose": ("t", _t49_book_blurb_prose),
        "s49_exhibition_prose": ("i", _t49_exhibition_prose),
        "s49_festival_prose": ("it", _t49_festival_prose),
        "s49_streaming_prose": ("hi", _t49_streaming_prose),
        "s49_game_review_prose": ("i", _t49_game_review_prose),
        "s49_stage_review_prose": ("i", _t49_stage_review_prose),
        "s49_album_review_prose": ("i", _t49_album_review_prose),
        "s49_anniversary_prose": ("hi", _t49_anniversary_prose),
        "s49_casting_prose": ("ht", _t49_casting_prose),
        "s49_spoiler_prose": ("h", _t49_spoiler_prose),
        "s49_critic_bio_prose": ("t", _t49_critic_bio_prose),
        "s49_recommend_prose": ("t", _t49_recommend_prose),
        "s49_ticket_info_prose": ("t", _t49_ticket_info_prose),
        "s49_radio_pick_prose": ("it", _t49_radio_pick_prose),
        "s49_competition_prose": ("t", _t49_competition_prose),
        "s49_chart_prose": ("i", _t49_chart_prose),
    }


# --- fiftieth: captured copies ------------------------------------------------------------------------------------

_HL50 = ["Ferry timetable cut for the winter", "Library opening hours reduced in Quarriston",
         "Allotment waiting list tops 400", "Harbour wall repairs to begin in spring",
         "Post office to close after 90 years", "Lido reopens after three-year restoration",
         "Street lights to be dimmed after midnight", "Market traders face steep rent rise",
         "New cycle lane divides opinion on Pinfold Street", "Footbridge shut after flood damage",
         "Town hall clock stops again", "Dog fouling fines doubled", "Bus station cafe to reopen under new owners",
         "Skate park plans approved despite objections"]
_PAPERS = ["Dunmarrow Clarion", "Quarriston Evening Post", "Ellerwick Sentinel", "Greyhithe Mercury",
           "Sallowfield Advertiser", "Oxenmoor Journal", "Wythenholt Examiner", "Tarrow Sands Chronicle"]
_GROUPS = ["Eastmarch Regional Media", "Clarion & Sentinel Newspapers", "Harrowell Press Group", "Lowfield Publishing"]
_STREETS = ["Pinfold Street", "Ropewalk Lane", "Cinder Street", "Coopers Yard", "Saltgate", "Beadle Row",
            "Chandlers Hill", "Kiln Lane", "Gaskell Terrace", "Weir Road"]
_ISLANDS = ["Inchcorran", "Holm Farra", "Skelly Isle"]
_RIVERS = ["Wend", "Lathe", "Skirl", "Aske"]
_WARDS = ["Harbour", "Castle", "St Agnes", "Millfield", "Eastmarch", "Riverside", "Old Town"]
_ARCHIVES = ["Longshelf Web Archive", "Tidemark Archive", "Open Capture Project", "PageVault", "Keepsake Web Library"]
_ARCH_ORGS = ["Longshelf Foundation", "Castlemere University Library", "Regional Press Heritage Trust",
              "Ellerwick Public Libraries"]
_COLLECTIONS = ["Local News Sites", "Regional Press Websites", "Coastal Communities", "Community Newspapers",
                "Flood Events 2019-2021", "Town Centre Regeneration", "Local Elections"]
_READLATER = ["Stashly", "Laterly", "Readwell", "Shelfmark", "Tuckaway"]
_CLIPPERS = ["Clipwise", "Notefold", "Snipbook", "Scrapjar"]
_TRANSLATORS = ["Lingoveer", "Transwell", "Polyglossa", "Babelbridge"]
_OVERLAYS = ["Accessiview", "EqualSight", "Opendoor Access", "ClearPath"]
_TTS = ["Narrio", "Voxpage", "Audiolume", "Speakeasy Reader"]
_BLOCKERS = ["Adfence", "Shieldbar", "QuietPage", "Trackstop"]
_DATABASES = ["Presscorpus Global", "Periodica Plus", "NewsStack Academic", "Archivum News", "Clippings Direct"]
_BROWSERS = ["Vireo", "Orbweaver", "Marten"]
_LANGS = ["German", "French", "Spanish", "Dutch", "Italian", "Portuguese", "Polish", "Swedish", "Norwegian", "Danish",
          "Czech", "Welsh", "Catalan", "Finnish"]
_FOREIGN = ["Valdemora", "Brunnhagen", "Kerkveld", "Santa Oria", "Lievrac", "Mostovice", "Velika Mostra"]
_UNIS = ["Castlemere University", "the University of Ellerwick", "Greyhithe College"]
_NOTEBOOKS = ["Local news research", "Thesis - chapter 3", "Press cuttings 2021", "Interview prep", "Inbox",
              "Dissertation sources", "Ferry project", "Housing - background"]
_TAGS = ["housing", "transport", "council", "ferry", "libraries", "harbour", "planning", "schools", "to-read",
         "follow-up", "thesis-ch3", "sources", "local-politics", "quotes", "stats", "check"]
_SUBJECTS = ["Local government", "Public transport", "Ferries", "Libraries", "Town planning", "Small business",
             "Flooding", "Public finance", "Community groups", "Retail trade", "Cycling", "Heritage buildings"]


def _lead(rng: random.Random, labels: list[str], p: float = 0.3) -> list[str]:
    """Sometimes a label line above a notice (the box's heading, kept by the copy)."""
    return [rng.choice(labels)] if rng.random() < p else []


def _paper(rng: random.Random) -> str:
    return rng.choice(_PAPERS)


def _art_url(rng: random.Random, ctx: dict, paper: str | None = None) -> str:
    """A captured article's address: a made-up paper's site and another story's slug."""
    host = _domain(paper or _paper(rng), rng.choice([".co.uk", ".com", ".co.uk", ".news"]))
    slug = _slug(headline(rng, ctx, _HL50))
    return rng.choice([f"https://www.{host}/news/{slug}-{_digits(rng, 7)}",
                       f"https://www.{host}/news/local/{rng.randint(2012, 2024)}/{rng.randint(1, 12):02d}/{slug}",
                       f"http://{host}/{slug}.html", f"https://{host}/article/{_digits(rng, 6)}/{slug}"])


def _host(url: str) -> str:
    return url.split("/")[2].removeprefix("www.")


def _stamp(rng: random.Random, d: datetime.date, hh: int, mm: int) -> str:
    """A date and time in the shapes browsers and apps print them."""
    h, ap = (hh % 12 or 12), ("AM" if hh < 12 else "PM")
    return rng.choice([f"{d.day:02d}/{d.month:02d}/{d.year}, {hh:02d}:{mm:02d}",
                       f"{d.month}/{d.day}/{d.year % 100:02d}, {h}:{mm:02d} {ap}",
                       f"{d.day} {MONTHS[d.month - 1][:3]} {d.year} {hh:02d}:{mm:02d}",
                       f"{d.year}-{d.month:02d}-{d.day:02d} {hh:02d}:{mm:02d}",
                       f"{MONTHS[d.month - 1]} {d.day}, {d.year} at {h}:{mm:02d} {ap}"])


def _opening(rng: random.Random) -> str:
    """The opening sentence of some other captured local story."""
    town, street = rng.choice(_TOWNS), rng.choice(_STREETS)
    mon = rng.choice(MONTHS)
    return pick(rng, [
        ("Plans to cut the winter ferry service between {town} and {isl} to two sailings a day have been criticised "
         "by islanders, who say it will leave them stranded."),
        ("Opening hours at {town} library are to be reduced from {a} to {b} hours a week from {mon}, the county "
         "council has confirmed."),
        ("The waiting list for an allotment in {town} has passed {n} names, and some residents have been told they "
         "could wait up to {k} years for a plot."),
        ("Work to repair the harbour wall at {town}, damaged in last winter's storms, will finally begin in {mon} "
         "after the council secured £{k}m of funding."),
        ("The post office on {street} in {town} will close on {dm} after almost ninety years, with services moving "
         "to a counter inside the nearby supermarket."),
        ("{town} lido will reopen to swimmers on {dm} after a three-year restoration led by volunteers, who raised "
         "more than £{n},000 towards the work."),
        ("Street lights in residential roads across {town} are to be dimmed between midnight and 5am in an attempt "
         "to save money and cut carbon emissions."),
        ("Traders at {town}'s indoor market say a proposed rise in stall rents of {k}0% could force some of the "
         "longest-standing businesses to close."),
        ("A new cycle lane on {street} in {town} has divided opinion, with some shopkeepers blaming it for a fall in "
         "trade since it opened in {mon}."),
        ("The footbridge over the River {river} at {town} will remain closed until at least {mon} after engineers "
         "found serious damage to its supports."),
        ("Fines for failing to clear up after a dog in {town} are to double to £{k}00, after the council received a "
         "record number of complaints last year."),
        ("The town hall clock in {town} has stopped again, just {k} weeks after a specialist firm finished a costly "
         "repair to its mechanism."),
    ], town=town, street=street, mon=mon, isl=rng.choice(_ISLANDS), a=rng.randint(40, 60), b=rng.randint(24, 38),
        n=rng.randint(120, 900), k=rng.randint(2, 9), dm=_dm(rng), river=rng.choice(_RIVERS))


def _follow(rng: random.Random) -> str:
    """A later paragraph of some other captured local story: a quote, a figure, a meeting."""
    return pick(rng, [
        ("Councillor {name}, who represents the {ward} ward, said: \"People here have waited long enough, and they "
         "deserve a straight answer about when the work will start.\""),
        ("A spokesperson for the county council said the decision had not been taken lightly and that the service "
         "would be reviewed again in {mon}."),
        ("{name}, who has lived on {street} for {n} years, said the change would make it harder for older "
         "neighbours to get to their appointments in {town}."),
        ("The scheme is expected to cost around £{k}0,000, with half of the money coming from a government fund for "
         "coastal communities."),
        ("A public meeting to discuss the plans will be held at {town} Methodist Hall at 7pm on {wd}, and everyone "
         "is welcome to attend."),
        ("Figures obtained by the {paper} show that the number of visitors fell by almost a third between {y} and "
         "{y2}."),
        ("Campaigners have collected more than {k},{n:03d} signatures on a petition, which will be handed to the "
         "council at its next full meeting."),
    ], name=_name(rng), ward=rng.choice(_WARDS), mon=rng.choice(MONTHS), street=rng.choice(_STREETS),
        n=rng.randint(12, 60), town=rng.choice(_TOWNS), k=rng.randint(2, 9), wd=_wd(rng), paper=_paper(rng),
        y=rng.randint(2012, 2017), y2=rng.randint(2018, 2023))


def _t50_archive_banner(rng: random.Random, ctx: dict) -> list[str]:
    """The web archive's toolbar above a snapshot: address box, capture count, date range, month strip."""
    arch = rng.choice(_ARCHIVES)
    url = _art_url(rng, ctx)
    d1, d2 = _day(rng, 2009, 2016), _day(rng, 2018, 2025)
    n = rng.randint(2, 4000)
    m = d2.month - 1
    rows = [rng.choice([arch, arch.upper(), f"{arch} – beta"]), url, "Go",
            rng.choice([f"{n:,} captures", f"Saved {n:,} times between {_long(d1)} and {_long(d2)}.",
                        f"{n:,} captures {d1.day} {MONTHS[d1.month - 1][:3]} {d1.year} - {d2.day} "
                        f"{MONTHS[d2.month - 1][:3]} {d2.year}"]),
            " ".join(MONTHS[(m + k) % 12][:3].upper() for k in (-1, 0, 1)),
            rng.choice([f"{d2.day}", f"◄ {d2.day} ►"]), rng.choice(["About this capture", "▾ About this capture",
                                                                    "Close", "Help"])]
    return glue(rng, some(rng, rows, 2, 6), 0.35, ("  ", " ", " | "))


def _t50_archive_calendar(rng: random.Random, ctx: dict) -> list[str]:
    """The capture calendar and year strip of a web archive."""
    y0 = rng.randint(2008, 2016)
    years = " ".join(str(y) for y in range(y0, y0 + rng.randint(4, 10)))
    d = _day(rng, y0, y0 + 4)
    rows = [years, " ".join(m[:3].upper() for m in MONTHS),
            rng.choice(["Calendar  Collections  Changes  Summary  Site Map  URLs",
                        "Calendar · Collections · Changes · Summary"]),
            f"{MONTHS[d.month - 1]} {d.day}, {d.year}: {rng.randint(1, 40)} snapshots",
            f"{d.day} {MONTHS[d.month - 1]} {d.year} {_hm(rng)}:{rng.randint(0, 59):02d}",
            " ".join(str(k) for k in range(1, 8)), rng.choice(["Loading...", "Timestamps", "Show all"])]
    return glue(rng, some(rng, rows, 1, 4), 0.3, ("  ", " "))


def _t50_collected_by(rng: random.Random, ctx: dict) -> list[str]:
    """The 'collected by' panel naming who crawled the page and into which collection."""
    org, col = rng.choice(_ARCH_ORGS), rng.choice(_COLLECTIONS)
    d = _day(rng, 2012, 2024)
    rows = [rng.choice(["COLLECTED BY", "Collected by", "Collection info"]), f"Organization: {org}",
            rng.choice([f"Collection: {col}", f"{col} ({d.year})",
                        f"Collection: {col} – crawl {rng.randint(1, 90)}"]),
            f"Archived on: {_long(d)}", f"Crawl ID: {_digits(rng, 6)}",
            rng.choice(["TIMESTAMPS", "Captured by an automated crawler", f"Seed URL: {_host(_art_url(rng, ctx))}"])]
    return some(rng, rows, 2, 4)


def _t50_print_header(rng: random.Random, ctx: dict) -> list[str]:
    """A browser's print header: the date and time, then the page title repeated, as each printed page starts."""
    paper = _paper(rng)
    d, hh, mm = _day(rng, 2014, 2025), rng.randint(0, 23), rng.randint(0, 59)
    title = rng.choice([f"{headline(rng, ctx, _HL50)} | {paper}", f"{headline(rng, ctx, _HL50)} - {paper}",
                        f"{paper} - {headline(rng, ctx, _HL50)}", headline(rng, ctx, _HL50)])
    return glue(rng, [_stamp(rng, d, hh, mm), title], 0.7, ("  ", " ", "    "))


def _t50_print_footer(rng: random.Random, ctx: dict) -> list[str]:
    """A browser's print footer: the page's address and page count."""
    url = _art_url(rng, ctx)
    n = rng.randint(2, 9)
    k = rng.randint(1, n)
    rows = [url, rng.choice([f"{k}/{n}", f"Page {k} of {n}", f"{k} of {n}", f"- {k} -"])]
    if rng.random() < 0.25:
        rows.append(rng.choice(["about:blank", f"Printed {_dm(rng)} {rng.randint(2015, 2025)}"]))
    return glue(rng, rows, 0.75, ("  ", " ", "    "))


def _t50_running_head(rng: random.Random, ctx: dict) -> list[str]:
    """A PDF page's running head: paper, date and page number, between two paragraphs."""
    paper, d = _paper(rng), _day(rng, 2005, 2024)
    wd, mon = WEEKDAYS[d.weekday()], MONTHS[d.month - 1]
    p = rng.randint(2, 48)
    return [rng.choice([f"{paper.upper()} {wd.upper()}, {d.day} {mon.upper()} {d.year}",
                        f"{p}  {paper}  {wd} {d.day} {mon} {d.year}",
                        f"{wd}, {mon} {d.day}, {d.year}  |  {paper}  |  {p}",
                        f"{headline(rng, ctx, _HL50)}  {p}", f"NEWS  {p}", f"{p} LOCAL NEWS {paper.upper()}"])]


def _t50_reader_mode(rng: random.Random, ctx: dict) -> list[str]:
    """Reader-view residue: the site's host, a byline, the estimated reading time, the view-original link."""
    url = _art_url(rng, ctx)
    a = rng.randint(2, 11)
    rows = [_host(url), rng.choice([f"{a}–{a + 2} minutes", f"{a} min read", f"{a}-{a + 3} minutes",
                                    f"Estimated reading time: {a} min"]),
            rng.choice(["View original", "View Original", "Open original page", "Close reader view"]),
            rng.choice([f"By {_name(rng)}", _name(rng), ""]), rng.choice(["Aa", "Reader View", "⊞ Reader"])]
    return [r for r in glue(rng, some(rng, rows, 2, 4), 0.3, ("  ", " · ", " | ")) if r] or [_host(url)]


def _t50_read_later(rng: random.Random, ctx: dict) -> list[str]:
    """A read-it-later app's saved-item bar: saved-from line, date added, archive and highlight buttons."""
    app = rng.choice(_READLATER)
    url = _art_url(rng, ctx)
    d = _day(rng, 2016, 2025)
    rows = [rng.choice([f"Saved to {app}", f"Saved from {_host(url)}", f"{app} · {_host(url)}",
                        f"Saved by {app}"]),
            rng.choice([f"Added {d.day} {MONTHS[d.month - 1][:3]} {d.year}", f"Saved {_long(d)}",
                        f"Added on {d.year}-{d.month:02d}-{d.day:02d}"]),
            rng.choice(["Archive  Favorite  Tag  Share  Delete", "Archive · Highlight · Share · Delete",
                        "☆ Favourite   ✓ Archive   🏷 Tags", "Mark as read", "Open in browser"]),
            rng.choice(["View original", url, "Listen", "Aa  ☾"])]
    return glue(rng, some(rng, rows, 1, 3), 0.3, ("  ", " | ", " · "))


def _t50_highlights(rng: random.Random, ctx: dict) -> list[str]:
    """The highlights panel a read-later or e-reading app appends to an export."""
    n = rng.randint(1, 14)
    d = _day(rng, 2017, 2025)
    rows = [rng.choice([f"Highlights ({n})", f"{n} highlights", "HIGHLIGHTS & NOTES", "Your highlights"]),
            rng.choice([f"Highlighted on {_long(d)}", f"Location {rng.randint(100, 4000):,}",
                        f"Page {rng.randint(1, 9)}"]),
            rng.choice(["Export to Markdown", "Copy all", "Share highlight", "Add note", "Export highlights"]),
            rng.choice(["Yellow", "Blue highlight", "Note: —", "Tags: none"])]
    return some(rng, rows, 1, 3)


def _t50_translate_bar(rng: random.Random, ctx: dict) -> list[str]:
    """A machine-translation bar at the top of a translated page."""
    lang, tr = rng.choice(_LANGS), rng.choice(_TRANSLATORS)
    rows = [rng.choice([f"Translated from {lang}", f"This page has been translated from {lang}",
                        f"{lang} → English", f"Translated from {lang} by {tr}", f"Original language: {lang}"]),
            rng.choice(["Show original", "Show original text", "View original", "Original"]),
            rng.choice(["Translate to: English ▾", "Options ▾", f"Always translate {lang}",
                        "Never translate this site", "Turn off translation"]),
            rng.choice([f"Powered by {tr} Translate", tr, "Rate this translation",
                        "Was this translation helpful?"])]
    return glue(rng, some(rng, rows, 1, 3), 0.5, ("  ", " | ", " · "))


def _t50_a11y_overlay(rng: random.Random, ctx: dict) -> list[str]:
    """An accessibility overlay's menu, flattened into the saved text."""
    ov = rng.choice(_OVERLAYS)
    rows = some(rng, [rng.choice(["Accessibility menu", "Accessibility options", f"{ov} accessibility"]),
                      "Text size  A  A+  A++", "High contrast", "Dyslexia-friendly font", "Stop animations",
                      "Highlight links", "Reading guide", "Line spacing", "Reset settings",
                      "Accessibility statement", f"Powered by {ov}", "Hide interface (Ctrl+U)"], 1, 5)
    return glue(rng, rows, 0.5, ("  ", " | ", " · "))


def _t50_tts_player(rng: random.Random, ctx: dict) -> list[str]:
    """A text-to-speech player above or inside an article."""
    tts = rng.choice(_TTS)
    total = f"{rng.randint(1, 14)}:{rng.randint(0, 59):02d}"
    rows = [rng.choice(["Listen to this article", "🎧 Listen", "Listen to this story", "Read aloud", "LISTEN"]),
            rng.choice([f"▶ 0:00 / {total}", f"0:00 / {total}", total, f"{total} mins"]),
            rng.choice(["1x", "1.0x", "1.25x", "Speed 1x"]),
            rng.choice([f"Voiced by {tts}", f"Powered by {tts}", f"Audio generated by {tts} AI", tts]),
            rng.choice(["Download audio", "Pause", "Skip 15s", "⏪ 15  ⏩ 15"])]
    return glue(rng, some(rng, rows, 1, 4), 0.55, ("  ", " | ", " · ", " "))


def _t50_blocker_notice(rng: random.Random, ctx: dict) -> list[str]:
    """Ad-blocker and privacy-extension residue: placeholders, counters, allow buttons."""
    b = rng.choice(_BLOCKERS)
    src = rng.choice(["a video site", "a social network", "an ad server"])
    rows = [rng.choice([f"{b} blocked {rng.randint(2, 40)} ads and {rng.randint(2, 90)} trackers on this page",
                        f"[Ad blocked by {b}]", "[element hidden]", f"🛡 {rng.randint(2, 60)}", "[Blocked content]",
                        f"{b}: {rng.randint(1, 12)} elements hidden", f"{rng.randint(2, 99)} requests blocked",
                        f"[{b}: embedded content from {src} blocked]"]),
            rng.choice(["Allow ads on this site", "Pause on this site", "Turn off for this site",
                        "Report an issue with this page", "Whitelist this site", "Show blocked content",
                        "Click to load", "Load anyway"])]
    return glue(rng, rows[: rng.randint(1, 2)], 0.4, ("  ", " | "))


def _t50_clip_meta(rng: random.Random, ctx: dict) -> list[str]:
    """A clipping tool's metadata: clipped date, source, tags, notebook; sometimes as front matter."""
    clip = rng.choice(_CLIPPERS)
    url = _art_url(rng, ctx)
    d = _day(rng, 2016, 2025)
    tags = rng.sample(_TAGS, rng.randint(1, 4))
    if rng.random() < 0.35:
        out = ["---", f"title: \"{headline(rng, ctx, _HL50)}\"", f"source: {url}",
               f"clipped: {d.year}-{d.month:02d}-{d.day:02d}", f"tags: [{', '.join(tags)}]"]
        if rng.random() < 0.5:
            out.insert(3, f"author: {_name(rng)}")
        return out + ["---"]
    rows = [rng.choice([f"Clipped: {_long(d)} {_hm(rng)}", f"Created: {_stamp(rng, d, rng.randint(0, 23), 5)}",
                        f"Clipped on {d.day:02d}/{d.month:02d}/{d.year}"]),
            rng.choice([f"Source: {url}", f"Source URL: {url}", url]),
            rng.choice([f"Tags: {', '.join(tags)}", " ".join('#' + t for t in tags)]),
            f"Notebook: {rng.choice(_NOTEBOOKS)}", rng.choice([f"Clipped with {clip}", f"{clip} Web Clipper"])]
    return some(rng, rows, 2, 4)


def _db_code(rng: random.Random, d: datetime.date) -> str:
    letters = "".join(rng.choice("ABCDEFGHKLMNPRSTWX") for _ in range(rng.randint(4, 6)))
    return f"{letters}00020{d.year}{d.month:02d}{d.day:02d}{rng.choice('ef')}{rng.choice('bcdhk')}" \
           f"{rng.randint(1, 9)}{rng.choice('abcdef')}{_digits(rng, 4)}{rng.choice('xyz')}"


def _t50_db_fields(rng: random.Random, ctx: dict) -> list[str]:
    """Research-database export fields around a stored article, in a coded and a labelled style."""
    paper, d, db = _paper(rng), _day(rng, 2005, 2024), rng.choice(_DATABASES)
    if rng.random() < 0.45:
        rows = [f"HD {headline(rng, ctx, _HL50)}", f"BY {_name(rng)}", f"WC {rng.randint(150, 1400)} words",
                f"PD {_long(d)}", f"SN {paper}", f"SC {''.join(rng.choice('ABCDEFGHKLMNPRSTW') for _ in range(5))}",
                f"ED {rng.choice(['First', 'Final', 'Online', '1'])}", f"PG {rng.randint(1, 48)}", "LA English",
                f"CY (c) {d.year} {rng.choice(_GROUPS)}. All rights reserved.", f"AN Document {_db_code(rng, d)}"]
        return some(rng, rows, 3, 7)
    rows = [f"Publication title: {paper}", f"Publication date: {_long(d)}", f"Pages: {rng.randint(1, 48)}",
            f"Section: {rng.choice(['News', 'Local News', 'Business', 'Letters', 'Features'])}",
            f"Place of publication: {rng.choice(_TOWNS)}", "Country of publication: United Kingdom",
            "Source type: Newspaper", "Language of publication: English", "Document type: News",
            f"Document ID: {_digits(rng, 10)}", f"Word count: {rng.randint(150, 1400)}",
            f"Subject terms: {'; '.join(rng.sample(_SUBJECTS, rng.randint(2, 4)))}",
            f"ISSN: {_digits(rng, 4)}-{_digits(rng, 3)}{rng.choice('0123456789X')}",
            f"Database: {db}", f"Document URL: https://search.{_domain(db)}/docview/{_digits(rng, 10)}"]
    return some(rng, rows, 2, 6)


def _t50_db_toolbar(rng: random.Random, ctx: dict) -> list[str]:
    """A research database's record toolbar and result navigation."""
    n = rng.randint(12, 9000)
    rows = some(rng, ["Full text", "Abstract/Details", "Cite", "Email", "Print", "Save", "Add to selected items",
                      "PDF", "Translate", "‹ Back to results", f"Result {rng.randint(1, n)} of {n:,}",
                      "Previous record  Next record", "Citation/Abstract", "Full Text (HTML)"], 2, 6)
    if rng.random() < 0.2:
        rows = [r.upper() for r in rows]
    return glue(rng, rows, 0.65, ("  ", " | ", " · ", " "))


def _t50_db_copyright(rng: random.Random, ctx: dict) -> list[str]:
    """The aggregator's copyright and provenance lines at the foot of a stored article."""
    paper, db, y = _paper(rng), rng.choice(_DATABASES), rng.randint(2003, 2025)
    rows = [rng.choice([f"Copyright {y} {paper}. All rights reserved.", f"(c) {y} {rng.choice(_GROUPS)} Ltd",
                        f"© {rng.choice(_GROUPS)} {y}", f"COPYRIGHT {y} {paper.upper()}"]),
            rng.choice([f"Distributed by {db}", f"Provided by {db}", f"Retrieved from {db}",
                        f"{db} – Document {_digits(rng, 9)}", f"Source: {db}"]),
            rng.choice(["Full text", "End of document", "[End of record]", f"Retrieved {_dm(rng)} {y}"])]
    return some(rng, rows, 1, 3)


def _t50_pdf_pagebits(rng: random.Random, ctx: dict) -> list[str]:
    """Page numbers and jump lines left between paragraphs by PDF text extraction."""
    p = rng.randint(2, 60)
    rows = [rng.choice([str(p), f"— {p} —", f"Page {p}", f"- {p} -", f"{p} |", f"P{p}"]),
            rng.choice([f"Continued on page {p + rng.randint(1, 9)}", f"Continued from page {max(1, p - 3)}",
                        f"Turn to page {p + 2}", f"{_paper(rng)} | {_dm(rng)}", ">> PAGE " + str(p + 4)])]
    return rows[: rng.randint(1, 2)] if rng.random() < 0.6 else rows[1:]


_DIGRAPHS = {"th", "sh", "ch", "ph", "gh", "ck", "ng", "wh", "qu", "wr", "kn"}


def _break_at(word: str, room: int) -> int:
    """Where a typesetter might hyphenate `word` with at most `room` letters before the hyphen (0 if nowhere):
    between two consonants that are not a digraph, keeping at least three letters before and two after; never in
    a capitalised word."""
    vowels = "aeiouy"
    if not word[:1].islower():  # names and sentence starts are left whole
        return 0
    for i in range(min(room, len(word) - 2), 2, -1):
        a, b = word[i - 1].lower(), word[i].lower()
        if not (word[:i].isalpha() and a.isalpha() and b.isalpha()) or a in vowels or b in vowels:
            continue
        if {word[i - 2:i].lower(), word[i - 1:i + 1].lower(), word[i:i + 2].lower()} & _DIGRAPHS:
            continue
        return i
    return 0


def _hyphenate(rng: random.Random, text: str, width: int) -> list[str]:
    """Text laid out in a narrow column, long words broken with hyphens at line ends, as a PDF extraction keeps it."""
    lines: list[str] = []
    cur = ""
    for w in text.split():
        if not cur:
            cur = w
        elif len(cur) + 1 + len(w) <= width:
            cur += " " + w
        else:
            cut = _break_at(w, width - len(cur) - 2)
            if cut and rng.random() < 0.85:
                lines.append(f"{cur} {w[:cut]}-")
                cur = w[cut:]
            else:
                lines.append(cur)
                cur = w
    if cur:
        lines.append(cur)
    return lines


def _t50_pdf_hyphen(rng: random.Random, ctx: dict) -> list[str]:
    """A column of another article, with the hyphenated line breaks of the PDF it was extracted from."""
    text = " ".join([_opening(rng)] + ([_follow(rng)] if rng.random() < 0.5 else []))
    lines = _hyphenate(rng, text, rng.randint(30, 48))
    if len(lines) > 3 and rng.random() < 0.5:
        lines = lines[1:]
    if len(lines) > 3 and rng.random() < 0.5:
        lines = lines[:-1]
    return lines


def _t50_figure_labels(rng: random.Random, ctx: dict) -> list[str]:
    """Figure, table and photo labels left in the text of a PDF, with a small table's rows."""
    town = rng.choice(_TOWNS)
    k = rng.randint(1, 6)
    if rng.random() < 0.4:
        y = rng.randint(2014, 2021)
        out = [rng.choice([f"Table {k}. Library visits by branch", f"Table {k}: Ferry passengers by route",
                           f"TABLE {k} Market stall occupancy"]), f"Branch  {y}  {y + 1}  {y + 2}"]
        for t in rng.sample(_TOWNS, rng.randint(2, 4)):
            out.append(f"{t}  {rng.randint(8, 60)},{_digits(rng, 3)}  {rng.randint(8, 60)},{_digits(rng, 3)}  "
                       f"{rng.randint(8, 60)},{_digits(rng, 3)}")
        return out + ([rng.choice(["Source: council figures", "Source: operator data"])] if rng.random() < 0.5 else [])
    rows = [rng.choice([f"Figure {k}: Weekly footfall in {town} town centre", f"Fig. {k}", f"FIGURE {k}",
                        f"Fig {k} Passenger numbers, {rng.randint(2015, 2019)}-{rng.randint(2020, 2024)}"]),
            rng.choice(["Source: council figures", f"Photo: {_name(rng)}", "[Image]", "[Chart]",
                        f"Picture: {_paper(rng)}", "(see Table 2)"])]
    return some(rng, rows, 1, 2)


def _t50_capture_meta(rng: random.Random, ctx: dict) -> list[str]:
    """A capture tool's metadata block: original address, capture time, hash, status."""
    url = _art_url(rng, ctx)
    d, hh, mm, ss = _day(rng, 2015, 2025), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    arch = rng.choice(_ARCHIVES)
    rows = [rng.choice([f"Captured with {arch} {rng.randint(1, 5)}.{rng.randint(0, 9)}", f"Archived by {arch}",
                        f"Snapshot taken by {arch}"]),
            f"Original URL: {url}", f"Capture date: {d.isoformat()}T{hh:02d}:{mm:02d}:{ss:02d}Z",
            f"Archived URL: https://{_domain(arch, '.org')}/{d.year}{d.month:02d}{d.day:02d}{hh:02d}{mm:02d}{ss:02d}/"
            f"{url}", f"SHA-256: {''.join(rng.choice('0123456789abcdef') for _ in range(rng.choice([16, 32])))}…",
            "HTTP status: 200", "Content-Type: text/html; charset=utf-8", f"Capture ID: {_digits(rng, 8)}"]
    return some(rng, rows, 2, 5)


def _t50_print_dialog(rng: random.Random, ctx: dict) -> list[str]:
    """Print-dialog and printer-friendly residue from a page saved as PDF."""
    rows = some(rng, ["Save as PDF", "Destination  Save as PDF", "Pages  All", "Layout  Portrait",
                      "Margins  Default", "Headers and footers", "Background graphics", "Print   Cancel",
                      "Print this article", "Printer-friendly version", "🖨 Print", "Close print view"], 1, 4)
    return glue(rng, rows, 0.55, ("  ", " | ", " "))


def _t50_mt_inline(rng: random.Random, ctx: dict) -> list[str]:
    """Inline labels left where a paragraph was machine-translated."""
    lang, tr = rng.choice(_LANGS), rng.choice(_TRANSLATORS)
    rows = [rng.choice(["[Automatically translated]", f"(Translated by {tr})", "(machine translation)",
                        f"Translated from {lang}", "[Auto-translated]", f"[{lang[:2].upper()} → EN]",
                        f"Original ({lang})"]),
            rng.choice(["Show original", "See original", "Rate this translation: 👍 👎",
                        f"Translate back to {lang}", "Translation may be inaccurate", f"via {tr}"])]
    r = rng.random()
    return glue(rng, rows if r < 0.5 else rows[:1] if r < 0.8 else rows[1:], 0.5, (" · ", "  ", " | "))


def _t50_archive_nav(rng: random.Random, ctx: dict) -> list[str]:
    """A web archive's capture navigation and help links."""
    rows = some(rng, ["« Previous capture", "Next capture »", "Go to the live page", "View all captures",
                      "Why does this page look different?", "Share this capture", "Report this capture",
                      "Hide toolbar ✕", "◄ Prev | Next ►", "Compare captures"], 1, 4)
    return glue(rng, rows, 0.5, ("  ", " | ", " · "))


def _t50_file_url(rng: random.Random, ctx: dict) -> list[str]:
    """The local file path of a saved page or PDF, as a print footer or viewer title shows it."""
    first, last = rng.choice(_FIRST), rng.choice(_LAST)
    user = (first[0] + last).lower().replace("-", "")
    hl = headline(rng, ctx, _HL50)
    name = rng.choice([hl.replace(" ", "%20") + f"%20-%20{_paper(rng).replace(' ', '%20')}.html",
                       _slug(hl) + ".pdf", _slug(hl) + ".mhtml", f"article_{_digits(rng, 6)}.pdf"])
    rows = [rng.choice([f"file:///C:/Users/{user}/Downloads/{name}", f"file:///home/{user}/Documents/clippings/{name}",
                        f"file:///Users/{user}/Desktop/press/{name}"]),
            rng.choice(["Saved Page", f"{rng.randint(1, 4)}/{rng.randint(4, 9)}", "Untitled", "(offline copy)"])]
    return glue(rng, rows[: rng.randint(1, 2)], 0.6, ("  ", "    "))


# prose ---------------------------------------------------------------------------------------------------------


def _t50_archive_note_prose(rng: random.Random, ctx: dict) -> list[str]:
    """An archive's note that the page is a snapshot."""
    d = _day(rng, 2012, 2024)
    s = pick(rng, [
        ("This is an archived copy of a page that was published by the {paper}. It was captured on {date} and may "
         "not reflect later changes or corrections."),
        ("The {arch} preserves copies of websites for research and historical purposes; the content shown here "
         "belongs to its original publisher and is displayed as it was when captured."),
        ("You are viewing a snapshot of this page taken at {hm} on {date}. Links on the page point to other "
         "archived copies where they exist, and to the live web where they do not."),
        ("This page was saved by the {arch} on {date} as part of the {col} collection, and is kept here so that it "
         "remains available after the original has gone."),
        ("The {org} does not own this content and is not responsible for it; it was archived on {date} under the "
         "legal deposit rules for online publications."),
        ("What you see is a copy of {host} as our crawler found it at {hm} on {date}, which may be hours or years "
         "out of date."),
    ], paper=_paper(rng), date=_long(d), arch=rng.choice(_ARCHIVES), hm=_hm(rng), col=rng.choice(_COLLECTIONS),
        org=rng.choice(_ARCH_ORGS), host=_host(_art_url(rng, ctx)))
    return _lead(rng, ["About this capture", "ARCHIVED PAGE", "Note:", "ⓘ"]) + _pack([s])


def _t50_collection_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A web-archive collection's description."""
    s = pick(rng, [
        ("The {col} collection was created by the {org} in {y} to preserve the websites of local and regional "
         "newspapers, many of which have since closed or moved behind paywalls."),
        ("Pages in this collection were gathered by an automated crawler every {n} days, so some articles were "
         "captured several times as they were updated by their publishers."),
        ("This collection documents online coverage of the {y} floods in the {river} valley, and was assembled with "
         "the help of librarians and students at {uni}."),
    ], col=rng.choice(_COLLECTIONS), org=rng.choice(_ARCH_ORGS), y=rng.randint(2010, 2022), n=rng.randint(3, 30),
        river=rng.choice(_RIVERS), uni=rng.choice(_UNIS))
    return ([rng.choice(["About this collection", "Collection description:"])] if rng.random() < 0.3 else []) + \
        _pack([s])


def _t50_archive_gap_prose(rng: random.Random, ctx: dict) -> list[str]:
    """An archive's warning that parts of the capture are missing or redirected."""
    s = pick(rng, [
        ("Some images, fonts and scripts on this page could not be archived, so the layout you see may differ from "
         "the one readers saw when it was first published."),
        ("This capture is missing {n} resources, and interactive features such as comments, maps and embedded "
         "videos will not work in the archived version."),
        ("The page you requested was redirected when it was captured, so you are now looking at the nearest "
         "available copy, which was saved {k} days {when}."),
        ("Parts of this page were loaded from other websites that the {arch} did not capture on {dm}, and they "
         "have been left blank in this copy."),
        ("The publisher's paywall was active when this page was archived, so only the first {k} paragraphs of the "
         "story may have been saved."),
        ("Our crawler saved this page {k} times on {dm}; the copy shown here is the most complete, but {n} of its "
         "images are still missing."),
    ], n=rng.randint(3, 60), k=rng.randint(2, 9), when=rng.choice(["earlier", "later"]), arch=rng.choice(_ARCHIVES),
        dm=_dm(rng))
    return _lead(rng, ["⚠ Incomplete capture", "Warning", "Note:"]) + _pack([s])


def _t50_clip_notice_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A clipping tool's notice about the saved copy."""
    clip = rng.choice(_CLIPPERS)
    s = pick(rng, [
        ("This article was clipped with {clip}. Formatting may differ from the original page, and interactive "
         "elements such as video and polls have been removed."),
        ("Clips saved with the free version of {clip} are limited to {n} megabytes a month; upgrade to keep "
         "full-resolution images alongside your notes."),
        ("{clip} saved a simplified copy of this page. To see the article exactly as it appeared, open the source "
         "link above in your browser."),
        ("This note was created from a web page on {dm} and synced to {k} devices; edits you make here will not "
         "change the original article."),
        ("Shared from the notebook {nb} by {name}. Anyone with this link can view the clip, but only members of "
         "the notebook can add comments."),
    ], clip=clip, n=rng.choice([60, 100, 250]), dm=_dm(rng), k=rng.randint(2, 5), nb=f'"{rng.choice(_NOTEBOOKS)}"',
        name=_name(rng))
    return _pack([s])


def _t50_db_reproduction_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A research database's reproduction and licensing notice."""
    db = rng.choice(_DATABASES)
    s = pick(rng, [
        ("Reproduced with permission of the copyright owner. Further reproduction or distribution of this article "
         "is prohibited without the written permission of the {who}."),
        ("This content is licensed to {db} by {group} and is provided for the personal, non-commercial use of "
         "subscribers and members of licensed institutions."),
        ("Articles in {db} may differ from the versions that appeared in print; photographs, charts and "
         "advertisements are not included in the full-text record."),
        ("Use of this record is subject to the terms of your institution's licence, and it may not be shared "
         "outside {uni} or used to train software."),
        ("The {paper} archive in {db} runs from {y} to the present, with a delay of {k} days before new issues are "
         "added to the full-text collection."),
    ], db=db, who=rng.choice(["publisher", "copyright holder", "rights owner"]), group=rng.choice(_GROUPS),
        uni=rng.choice(_UNIS), paper=_paper(rng), y=rng.randint(1995, 2012), k=rng.choice([3, 7, 14, 30]))
    return _lead(rng, ["Terms of use", "COPYRIGHT NOTICE", "Rights:"]) + _pack([s])


def _t50_db_abstract_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A database abstract of another stored article."""
    town = rng.choice(_TOWNS)
    s = pick(rng, [
        ("The article reports on local opposition to a proposal by {town} council to sell its former library "
         "building, and includes interviews with residents and two ward councillors."),
        ("A report on the reopening of {town} lido after restoration, describing the part played by volunteers and "
         "the money raised by the local community."),
        ("Discusses the effect of reduced bus services on older residents in rural parts of the {river} valley, "
         "drawing on figures supplied by a local charity."),
        ("Describes the dispute between market traders in {town} and the council over rent increases, with comment "
         "from the traders' association and the council's cabinet member."),
    ], town=town, river=rng.choice(_RIVERS))
    return _pack([rng.choice(["Abstract: ", "ABSTRACT ", "Abstract (summary): ", ""]) + s])


def _t50_other_opening_prose(rng: random.Random, ctx: dict) -> list[str]:
    """The opening paragraph of another captured article, sometimes under its own headline or dateline."""
    s = [_opening(rng)]
    if rng.random() < 0.4:
        s.append(_follow(rng))
    lines = _pack(s)
    r = rng.random()
    if r < 0.3:
        lines = [headline(rng, ctx, _HL50)] + lines
    elif r < 0.5:
        lines[0] = f"{rng.choice(_TOWNS).upper()}{rng.choice([':', ' —', ' -'])} {lines[0]}"
    return lines


def _t50_continued_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A jump line and a later paragraph of another story, as a scanned page runs them on."""
    label = rng.choice([f"Continued from page {rng.randint(1, 12)}", f"From page {rng.randint(1, 12)}",
                        f"{headline(rng, ctx, _HL50)} (continued)", "", ""])
    s = _pack([_follow(rng)] + ([_follow(rng)] if rng.random() < 0.3 else []))
    return ([label] if label else []) + s


def _t50_app_tip_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A read-later app's tip shown under a saved article."""
    app = rng.choice(_READLATER)
    s = pick(rng, [
        ("Swipe left on any article to archive it, or tap and hold to add tags. Your saved articles are available "
         "offline on all your devices."),
        ("Did you know you can send newsletters straight to {app}? Forward them to your personal {app} address and "
         "they will appear in your reading list."),
        ("Reading on the go? Turn on auto-download in Settings and {app} will keep your {n} most recent saves "
         "available even when you have no signal."),
        ("Highlight any passage by pressing and holding on a word, then drag to select; your highlights sync to "
         "{app} on the web within a few minutes."),
        ("You have {k} unread articles in your queue. Set a daily reading goal and {app} will remind you at {hm} "
         "each evening."),
        ("Switch to the dark theme for easier reading at night: tap Aa at the top of any article in {app} and "
         "choose a theme and font size."),
    ], app=app, n=rng.choice([50, 100, 200]), k=rng.randint(12, 480), hm=rng.choice(["7pm", "8pm", "9pm", "6.30pm"]))
    label = rng.choice(["Tip: ", "TIP ", "💡 ", "Pro tip: ", "", ""])
    return _pack([label + s])


def _t50_translation_disclaimer_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A machine-translation disclaimer."""
    lang, tr = rng.choice(_LANGS), rng.choice(_TRANSLATORS)
    s = pick(rng, [
        ("This text has been translated automatically from {lang} and may contain errors. In case of doubt, the "
         "original {lang} version is the authoritative one."),
        ("The translation of this page is provided by {tr} for convenience only; names, figures and quotations "
         "should be checked against the {lang} original."),
        ("Machine translation cannot fully capture the meaning of the original {lang} text, and some terms may "
         "have been translated literally or left untranslated."),
        ("This article first appeared in {lang} in the {paper} and has been translated with the help of {tr}; it "
         "was not reviewed by the original author."),
        ("{tr} translated this page from {lang} in {secs} seconds. Quality may vary, so do not rely on it for legal, "
         "medical or financial decisions."),
    ], lang=lang, tr=tr, paper=f"{rng.choice(_FOREIGN)} {rng.choice(['Tageblatt', 'Courrier', 'Diario', 'Kurier'])}",
        secs=f"{rng.randint(0, 3)}.{rng.randint(1, 9)}")
    return _lead(rng, ["Disclaimer", "About this translation", "NOTE"]) + _pack([s])


def _t50_a11y_statement_prose(rng: random.Random, ctx: dict) -> list[str]:
    """An accessibility statement or overlay's explanation."""
    s = pick(rng, [
        ("We are committed to making our website accessible to as many people as possible. If you have difficulty "
         "reading any part of it, please call us on {phone}."),
        ("This site uses {ov} to let you adjust text size, contrast and spacing. Press the accessibility button at "
         "the bottom of the screen to open the menu."),
        ("Screen reader users can skip straight to the main content with the link at the top of each page, and all "
         "images should carry a written description."),
        ("We last tested this website for accessibility on {date}, and we are working to fix the problems we found "
         "with our video player and online forms."),
        ("If you need any of our articles in large print, audio or another format, email {box} and we will reply "
         "within {k} working days."),
    ], phone=_phone(rng), ov=rng.choice(_OVERLAYS), date=_long(_day(rng, 2018, 2025)), k=rng.choice([3, 5, 10]),
        box=f"access@{_domain(_paper(rng), '.co.uk')}")
    return _lead(rng, ["Accessibility statement", "ACCESSIBILITY"]) + _pack([s])


def _t50_tts_note_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A text-to-speech player's note."""
    tts = rng.choice(_TTS)
    s = pick(rng, [
        ("This audio version was produced with an automated voice from {tts}. Names and places may occasionally be "
         "mispronounced, and we welcome your feedback."),
        ("Listening to articles uses mobile data unless you are connected to wifi; you can download episodes in "
         "advance from the audio section of the {app} app."),
        ("Prefer to listen? Most of our stories now come with an audio version, read by a synthetic voice and "
         "available about {k} minutes after publication."),
        ("This story is read by {voice}, one of the {tts} voices, at {speed} speed. You can change the voice and "
         "the reading speed in your settings."),
        ("Audio versions are not available for every article. Live pages, galleries and stories with many tables "
         "are left out because they do not read well aloud."),
    ], tts=tts, app=rng.choice(_PAPERS), k=rng.randint(2, 20), voice=rng.choice(["Ada", "Rowan", "Bea", "Idris"]),
        speed=rng.choice(["normal", "1.2x", "one and a half times"]))
    return _pack([s])


def _t50_blocker_prose(rng: random.Random, ctx: dict) -> list[str]:
    """An ad-blocker appeal or an extension's explanation of what it hid."""
    paper = _paper(rng)
    s = pick(rng, [
        ("It looks like you are using an ad blocker. That is fine, but advertising helps pay for reporting at the "
         "{paper}, so please consider adding us to your allow list."),
        ("{b} has hidden some elements on this page that it believes are used to track you. If the page does not "
         "display correctly, try pausing protection for this site."),
        ("We noticed that something in your browser is stopping parts of this page from loading. Please disable "
         "your ad blocker or privacy extension and refresh the page."),
        ("{b} blocked {n} requests to third-party servers while this page loaded, including {k} that tried to read "
         "details of your device."),
        ("Readers who block ads can still support the {paper} with a digital subscription from {price} a month, "
         "which also removes most advertising from the site."),
    ], paper=paper, b=rng.choice(_BLOCKERS), n=rng.randint(6, 90), k=rng.randint(2, 9), price=_price(rng, 1, 7))
    return _lead(rng, ["Ad blocker detected", "A quick request", "🛡"]) + _pack([s])


def _t50_print_note_prose(rng: random.Random, ctx: dict) -> list[str]:
    """The note printed with a printer-friendly copy."""
    paper = _paper(rng)
    d = _day(rng, 2014, 2025)
    s = pick(rng, [
        ("This printed copy is meant for your own private reading. If you would like copies to hand round to "
         "colleagues or clients, please contact the {paper} syndication desk."),
        ("Printed from {host} on {date}. Prices, timetables and opening hours mentioned in this article may have "
         "changed since it was first published."),
        ("This printout was made on {date} and may not include later updates; for the current version of the story, "
         "visit {host} or scan the code on the first page."),
        ("Images and advertisements have been removed from this printer-friendly page. The full article, with "
         "photographs and video, is available on the {paper} website."),
    ], paper=paper, host=_domain(paper, ".co.uk"), date=_long(d))
    return _pack([s])


def _t50_reader_mode_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A reader view's note about what it left out."""
    s = pick(rng, [
        ("Some parts of this page, such as {parts}, could not be shown in reader view. Open the original page to "
         "see them."),
        ("Reader view has removed advertising and navigation from this page. Switch back at any time by selecting "
         "the reader icon in the address bar of {br}."),
        ("This page has been simplified for easier reading by {br}. Fonts, colours and page width can be changed "
         "from the menu in the top corner."),
        ("Reader view may leave out important parts of some pages, such as {parts}, so check the original if "
         "something seems to be missing."),
    ], br=rng.choice(_BROWSERS), parts=rng.choice(["embedded videos and image galleries", "tables and charts",
                                                   "comment threads and polls", "maps, quizzes and live updates"]))
    return _pack([s])


def _t50_caption_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A figure or photo caption from another article in a PDF."""
    town = rng.choice(_TOWNS)
    s = pick(rng, [
        ("Volunteers clearing weeds from the drained pool at {town} lido in {mon}, part of a restoration that took "
         "almost three years to complete."),
        ("Passengers waiting for the last sailing to {isl} on a stormy evening in {mon}, when two crossings were "
         "cancelled because of high winds."),
        ("Stallholders at {town} indoor market, where rents could rise sharply next year under plans put forward by "
         "the council's property team."),
        ("The damaged footbridge over the River {river}, which engineers say cannot reopen until its supports have "
         "been strengthened."),
    ], town=town, mon=rng.choice(MONTHS), isl=rng.choice(_ISLANDS), river=rng.choice(_RIVERS))
    label = rng.choice([f"Figure {rng.randint(1, 6)}: ", f"Fig. {rng.randint(1, 6)} ", "Photo: ", "Picture: ", ""])
    credit = rng.choice(["", "", f" Photograph: {_name(rng)}", f" ({_paper(rng)})"])
    return _pack([label + s + credit])


def _t50_ocr_note_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A digitised-newspaper archive's OCR note."""
    s = pick(rng, [
        ("This text was generated automatically from a scanned page of the {paper} using optical character "
         "recognition, and may contain errors in spelling and layout."),
        ("Where the original print was damaged or faint, words that could not be read have been replaced with a "
         "question mark in square brackets."),
        ("Help us improve this archive: if you spot a mistake in the text below, you can correct it by logging in "
         "and selecting the line you want to edit."),
        ("The {paper} for {date} was digitised from microfilm held by {org}, and some columns near the fold are "
         "hard to read."),
        ("Text correction for this page is {k}% complete, thanks to {n} volunteers who have checked it against the "
         "scanned image."),
    ], paper=_paper(rng), date=_long(_day(rng, 1950, 2004)), org=rng.choice(_ARCH_ORGS), k=rng.randint(5, 95),
        n=rng.randint(2, 40))
    return _lead(rng, ["OCR text", "About this text", "Uncorrected text"]) + _pack([s])


def _t50_version_note_prose(rng: random.Random, ctx: dict) -> list[str]:
    """An archive's note that other captures of the page differ."""
    d = _day(rng, 2012, 2024)
    s = pick(rng, [
        ("A later capture of this page, taken on {date}, shows that the article was updated to correct the number of "
         "homes affected by the flooding."),
        ("There are {n} captures of this page. The version shown here is the earliest, and differs from later "
         "versions in its headline and opening paragraph."),
        ("The live version of this page no longer exists; this copy was saved {k} days before the publisher "
         "reorganised its website and removed older stories."),
    ], date=_long(d), n=rng.randint(3, 40), k=rng.randint(2, 90))
    return _pack([s])


def _t50_offline_prose(rng: random.Random, ctx: dict) -> list[str]:
    """An app's or browser's note that this is an offline copy."""
    d = _day(rng, 2016, 2025)
    s = pick(rng, [
        ("You are viewing a saved copy of this page. Some content may be out of date, so reconnect to the internet "
         "to load the latest version."),
        ("This article was downloaded for offline reading on {date}. Images were not saved, to reduce the storage "
         "used on your device."),
        ("You are offline. Articles you have saved will still open, but comments, videos and related stories will "
         "appear when your connection returns."),
        ("This copy was last updated {k} {unit} ago. Pull down to refresh when you are back online, or open it in "
         "{br} to see the live page."),
        ("Your offline library is using {mb} MB of storage. Remove older articles in Settings to free space for "
         "new downloads."),
    ], date=_long(d), k=rng.randint(2, 30), unit=rng.choice(["hours", "days", "weeks"]), br=rng.choice(_BROWSERS),
        mb=rng.randint(40, 900))
    return _pack([s])


def _t50_research_note_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A researcher's own note attached to a clipping, about other sources."""
    s = pick(rng, [
        ("Check the council minutes for the {mon} meeting, which mention the same ferry contract and the name of the "
         "consultant who wrote the report."),
        ("Ask the library service for branch visitor numbers before and after the opening hours changed in {y}; "
         "the figures quoted here seem too low."),
        ("Compare with the {paper} piece from the same week, which gives a different figure for the cost of the "
         "harbour repairs and quotes another councillor."),
        ("Possible interviewee for chapter three: the chair of the traders' association, who has been quoted in "
         "every story about the market since {y}."),
    ], mon=rng.choice(MONTHS), y=rng.randint(2015, 2023), paper=_paper(rng))
    label = rng.choice(["Note: ", "My note: ", "NOTE - ", "Follow-up: ", "To do: ", ""])
    return _pack([label + s])


def _t50_mt_article_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A machine-translated paragraph of a foreign local story, stiff in the way translation engines are."""
    a, b = rng.sample(_FOREIGN, 2)
    s = pick(rng, [
        ("The city council of {a} has communicated that the works of renovation of the covered market will extend "
         "until the end of the month, according to a note published this {wd}."),
        ("According to the regional transport company, the line {n} will suffer alterations during the weekend due "
         "to the maintenance of the tracks between {a} and {b}."),
        ("The mayor assured that the new municipal swimming pool will open its doors before the summer, although "
         "the neighbours of the zone doubt that the deadlines will be fulfilled."),
        ("The residents of the old quarter of {a} have presented more than {k} hundred signatures against the "
         "closure of the only pharmacy of the neighbourhood."),
    ], a=a, b=b, wd=_wd(rng), n=rng.randint(2, 19), k=rng.choice(["three", "four", "six", "eight"]))
    return _pack([s])


def _t50_highlight_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A saved highlight from another article, with its label."""
    label = rng.choice(["Highlight:", "Your highlight", f"Highlight · Location {rng.randint(100, 3000)}",
                        "Highlighted passage", "> "])
    s = rng.choice([_opening, _follow])(rng)
    if label == "> ":
        return _pack(["> " + s])
    return [label] + _pack([s])


def _t50_onboarding_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A read-later app's or clipping extension's welcome text."""
    s = pick(rng, [
        ("Welcome to {app}! Save articles, videos and recipes from any browser with one tap, and read them later in "
         "a clean, distraction-free view, even offline."),
        ("Thanks for installing {clip}. Click the button in your toolbar on any page to save the whole page, a "
         "simplified article or just a screenshot."),
        ("Your first article is saved. Add the {app} button to your browser to save stories from any site, and we "
         "will send you a weekly digest of what you have not read yet."),
        ("Hi {first}, welcome aboard. Your {k}-day free trial of {app} Premium starts today and includes unlimited "
         "highlights, full-text search and permanent copies of every page you save."),
        ("{clip} works best when you sign in, so that clips from your phone, tablet and laptop all end up in the "
         "same notebook."),
    ], app=rng.choice(_READLATER), clip=rng.choice(_CLIPPERS), first=rng.choice(_FIRST), k=rng.choice([7, 14, 30]))
    return _pack([s])


def _t50_archive_request_prose(rng: random.Random, ctx: dict) -> list[str]:
    """An archive's takedown and bulk-access notice."""
    arch = rng.choice(_ARCHIVES)
    s = pick(rng, [
        ("If you own this content and would like it removed from the {arch}, please contact us with the address of "
         "the page and proof of ownership; we aim to reply within {n} working days."),
        ("Researchers who need bulk access to the {col} collection for text and data mining can apply for a data "
         "licence through the archive's research services team."),
        ("Archived pages may be cited in academic work; please include the capture date and the full archived "
         "address so that others can find the same version in the {arch}."),
        ("The {arch} is run by the {org} and funded by donations. A gift of {price} pays for around {k} thousand "
         "pages to be captured and stored."),
    ], arch=arch, n=rng.choice([5, 10, 15]), col=rng.choice(_COLLECTIONS), org=rng.choice(_ARCH_ORGS),
        price=rng.choice(["£5", "£10", "£25"]), k=rng.randint(2, 40))
    return _lead(rng, ["Removal requests", "Using this archive", "Support the archive"]) + _pack([s])


def _t50_db_search_prose(rng: random.Random, ctx: dict) -> list[str]:
    """A research database's search summary above a record."""
    term = rng.choice(["ferry timetable", "library closures", "harbour wall", "market rents", "street lighting",
                       "allotments", "cycle lane"])
    y = rng.randint(2005, 2019)
    s = pick(rng, [
        ("Your search for \"{term}\" returned {n:,} results in newspapers published between {y} and {y2}. Results "
         "are sorted by relevance."),
        ("Showing record {k} of {n:,} for \"{term}\" in {db}. Narrow your search by date, publication or subject "
         "using the filters on the left."),
        ("Your session will expire after thirty minutes without activity, and any records you have selected will be "
         "lost unless you save them to a folder."),
    ], term=term, n=rng.randint(40, 9000), y=y, y2=y + rng.randint(2, 6), k=rng.randint(1, 40),
        db=rng.choice(_DATABASES))
    return _pack([s])


def _fiftieth_templates() -> dict[str, tuple[str, Template]]:
    """Text that reached the corpus as a captured copy rather than from the live page."""
    return {
        "s50_archive_banner": ("h", _t50_archive_banner),
        "s50_archive_calendar": ("h", _t50_archive_calendar),
        "s50_collected_by": ("ht", _t50_collected_by),
        "s50_print_header": ("hi", _t50_print_header),
        "s50_print_footer": ("it", _t50_print_footer),
        "s50_running_head": ("i", _t50_running_head),
        "s50_reader_mode": ("h", _t50_reader_mode),
        "s50_read_later": ("ht", _t50_read_later),
        "s50_highlights": ("t", _t50_highlights),
        "s50_translate_bar": ("h", _t50_translate_bar),
        "s50_a11y_overlay": ("ht", _t50_a11y_overlay),
        "s50_tts_player": ("hi", _t50_tts_player),
        "s50_blocker_notice": ("hit", _t50_blocker_notice),
        "s50_clip_meta": ("ht", _t50_clip_meta),
        "s50_db_fields": ("ht", _t50_db_fields),
        "s50_db_toolbar": ("h", _t50_db_toolbar),
        "s50_db_copyright": ("t", _t50_db_copyright),
        "s50_pdf_pagebits": ("i", _t50_pdf_pagebits),
        "s50_pdf_hyphen": ("i", _t50_pdf_hyphen),
        "s50_figure_labels": ("i", _t50_figure_labels),
        "s50_capture_meta": ("t", _t50_capture_meta),
        "s50_print_dialog": ("t", _t50_print_dialog),
        "s50_mt_inline": ("i", _t50_mt_inline),
        "s50_archive_nav": ("ht", _t50_archive_nav),
        "s50_file_url": ("ht", _t50_file_url),
        "s50_archive_note_prose": ("ht", _t50_archive_note_prose),
        "s50_collection_prose": ("t", _t50_collection_prose),
        "s50_archive_gap_prose": ("h", _t50_archive_gap_prose),
        "s50_clip_notice_prose": ("t", _t50_clip_notice_prose),
        "s50_db_reproduction_prose": ("t", _t50_db_reproduction_prose),
        "s50_db_abstract_prose": ("h", _t50_db_abstract_prose),
        "s50_other_opening_prose": ("it", _t50_other_opening_prose),
        "s50_continued_prose": ("i", _t50_continued_prose),
        "s50_app_tip_prose": ("t", _t50_app_tip_prose),
        "s50_translation_disclaimer_prose": ("ht", _t50_translation_disclaimer_prose),
        "s50_a11y_statement_prose": ("t", _t50_a11y_statement_prose),
        "s50_tts_note_prose": ("hi", _t50_tts_note_prose),
        "s50_blocker_prose": ("ht", _t50_blocker_prose),
        "s50_print_note_prose": ("t", _t50_print_note_prose),
        "s50_reader_mode_prose": ("h", _t50_reader_mode_prose),
        "s50_caption_prose": ("i", _t50_caption_prose),
        "s50_ocr_note_prose": ("ht", _t50_ocr_note_prose),
        "s50_version_note_prose": ("h", _t50_version_note_prose),
        "s50_offline_prose": ("ht", _t50_offline_prose),
        "s50_research_note_prose": ("it", _t50_research_note_prose),
        "s50_mt_article_prose": ("i", _t50_mt_article_prose),
        "s50_highlight_prose": ("it", _t50_highlight_prose),
        "s50_onboarding_prose": ("t", _t50_onboarding_prose),
        "s50_archive_request_prose": ("t", _t50_archive_request_prose),
        "s50_db_search_prose": ("h", _t50_db_search_prose),
    }


BLIND20_TEMPLATES: dict[str, Callable[[], dict[str, tuple[str, Template]]]] = {
    "fortyninth": _fortyninth_templates,
    "fiftieth": _fiftieth_templates,
}
