"""Boilerplate and metadata rules for the plain-text cleaner, kept as data in one place.

Why data and not code: the cleaner (`pipeline/clean.py`) walks these tables in order, so adding a noise style means
adding a row here (and a test), never a new branch.  Patterns are written against *features* of scraper noise
(short line, no sentence-final punctuation, call-to-action vocabulary, position at the head/tail of the article,
repetition) rather than exact strings of one site, because we are tested on noise styles we have not seen.

Every pattern is matched against one stripped line (internal whitespace collapsed, case-insensitive unless noted).
"""

from __future__ import annotations

import re

# --- thresholds -------------------------------------------------------------------------------------------------

#: A line longer than this is never removed by a pattern rule (real paragraphs are long; noise is short).
MAX_PATTERN_WORDS = 40
#: Lines of at most this many words count as "short" for the feature rules.
SHORT_WORDS = 12
#: A line of at least this many words ending in sentence punctuation is "prose": it bounds the head/tail zones.
PROSE_MIN_WORDS = 10
#: Unpunctuated lines in the head/tail zones with at most this many words are dropped outright (menus, labels).
FRAGMENT_MAX_WORDS = 4
#: Beyond the noise found in the head/tail zones, lines this short go too, even when they end like a sentence
#: ("Thank you for reading!", "Send us your feedback.").
ZONE_SHORT_WORDS = 8
#: Head/tail lines (before the first / after the last prose line) of at most ZONE_SHORT_WORDS words go even
#: without noise evidence around them when this share of their content words is interface vocabulary.
ZONE_UI_SHARE = 0.5
#: Section kickers and story labels above a headline ("WORLD", "Analysis", "EXCLUSIVE") go from the head even
#: without other noise: an upper-case line of at most KICKER_MAX_WORDS words without digits, or one of these.
KICKER_MAX_WORDS = 3
#: Outside the body, a run of at least this many consecutive short unpunctuated lines (kept or already found as
#: noise, blank lines ignored) is a menu or widget, whatever language or wording it uses ("Compartir / Leer más /
#: Suscríbete", "Pinned post / Show latest"): see clean._mark_fragment_clusters.
CLUSTER_MIN_LINES = 3
#: Max words of one line of such a cluster.
CLUSTER_LINE_MAX_WORDS = 5
#: A numeric stub ("9:41 am", "12.5K views", "38 min · Episode 12"): at most this many words, no stopword, and at
#: least a third of its tokens carry digits.  Only a weak signal (lists of ingredients look the same).
NUMERIC_STUB_MAX_WORDS = 5
#: Pictographs that open interface labels ("▶ Play", "💬 12 comments", "🔥 Trending"): code points from here up
#: (arrows, shapes, dingbats, emoji), not ©/®, which open credits handled elsewhere.
PICTOGRAPH_MIN_CODEPOINT = 0x2190
LABEL_WORDS: frozenset[str] = frozenset(
    """
    analysis opinion exclusive explainer review interview feature breaking live update updated comment
    editorial obituary podcast video gallery sponsored promoted advertorial premium investigation
    """.split()
)
#: Longer unpunctuated head/tail lines are dropped only when this share of their words is Capitalised (headlines).
FRAGMENT_TITLECASE_SHARE = 0.7
#: ... and only up to this many words (a long unpunctuated line is more likely a real paragraph missing its stop).
FRAGMENT_MAX_TITLE_WORDS = 20
#: A later line repeating the headline without its " - Site Name" suffix must have this many words and this
#: share of the headline's characters.
TITLE_ECHO_MIN_WORDS = 4
TITLE_ECHO_SHARE = 0.6
#: Everything above the last headline repeat is page header, if this share of the prose words comes after it.
HEAD_CUT_KEEP_PROSE = 0.8
#: Rules whose lines end an article on a full-page scrape; see clean._mark_tail_cut.
TAIL_MARKER_RULES: frozenset[str] = frozenset(
    {"related", "tags", "share", "copyright", "newsletter", "social_handle", "site_footer", "source_link"}
)
#: The cut needs this share of the prose words before the marker, and at most this share after it.
TAIL_CUT_MIN_PROSE_BEFORE = 0.5
TAIL_CUT_MAX_PROSE_AFTER = 0.35
#: A prose line of TAIL_CUT_KEEP_WORDS+ words after the marker sharing TAIL_CUT_KEEP_SHARED content words with the
#: story before it is kept (a teaser's blurb is short).
TAIL_CUT_KEEP_WORDS = 20
TAIL_CUT_KEEP_SHARED = 4
#: ... and at least this many kept lines after the marker, at least two non-prose lines for each prose one.
TAIL_CUT_MIN_LINES = 3
#: A line repeated on the next kept line (a doubled caption) with at most this many words loses every copy.
#: A longer line repeated anywhere keeps its first copy only; short repeats far apart are left alone.
REPEATED_MAX_WORDS = 60
#: A short unpunctuated line whose content words are at least this share interface vocabulary is interface text
#: ("Share Tweet Email", "Open in app").
UI_SHARE = 0.6
#: Call to action (see clean.is_call_to_action): a prompt opener with CTA_MIN_CUES cues, or an opener with one cue
#: addressed to the reader in at most CTA_SHORT_WORDS words, or CTA_MIN_CUES + 1 cues in at most CTA_DENSE_WORDS.
#: Reader pronouns are not cues by themselves (how-to articles say "your" a lot).
CTA_MIN_CUES = 2
CTA_MAX_WORDS = 25
CTA_SHORT_WORDS = 15
CTA_DENSE_WORDS = 20
#: Weak signals (see clean.noise_signals): a line of at most WEAK_SIGNALS_MAX_WORDS words carrying at least
#: WEAK_SIGNALS_NEEDED of them goes.  "Short" there means at most SHORT_FRAGMENT_WORDS words; "interface" means
#: at least WEAK_UI_SHARE of the content words are interface words.
WEAK_SIGNALS_MAX_WORDS = 15
WEAK_SIGNALS_NEEDED = 3
SHORT_FRAGMENT_WORDS = 6
WEAK_UI_SHARE = 0.34
#: Rules whose line is a box header: the short unpunctuated items right after it belong to the box.
LIST_HEADER_RULES: frozenset[str] = frozenset({"related", "summary_box"})
#: At most this many short unpunctuated lines after a "Related"-style header are taken as its links.
LINK_LIST_MAX_ITEMS = 6

#: A pull quote: a line of PULL_QUOTE_MIN_WORDS..PULL_QUOTE_MAX_WORDS words that stand, in order, inside a longer
#: line of the same article, once an attribution after a dash ("— Jane Doe, minister") is set aside.
PULL_QUOTE_MIN_WORDS = 8
PULL_QUOTE_MAX_WORDS = 45
PULL_QUOTE_ATTRIBUTION = re.compile(r"\s[—–-]{1,2}\s?[A-Z][^.!?]{0,60}$")
#: Site boilerplate across a batch (see pipeline/shared_lines.py).  Only lines of at most SHARED_MAX_WORDS words
#: are judged.  The same line in SHARED_MIN_ARTICLES stories on different events goes; a sentence-like line, and a
#: template line known by its shingles, needs SHARED_MIN_ARTICLES_PROSE, one more per SHARED_BATCH_STEP stories in
#: the batch, up to SHARED_MAX_ARTICLES_PROSE: the more stories, the likelier two of them share a stock sentence
#: of real news ("The company declined to comment.") by chance, while in a small batch a template recurs only a
#: few times.
SHARED_MAX_WORDS = 60
#: ... but none of an article's shared lines go when they hold more than this share of its words, unless the rest
#: of it holds at least SHARED_MIN_REST_PROSE_WORDS words of prose (a real body under heavy noise).
SHARED_MAX_ARTICLE_SHARE = 0.5
SHARED_MIN_REST_PROSE_WORDS = 50
#: Reported speech: a shared line with quoted words and one of these verbs is body when it is on its article's
#: subject (outlets quote the same words).
REPORTED_SPEECH = re.compile(r"\b(said|says|told|added|according to|wrote|writes|tweeted)\b", re.IGNORECASE)
#: Wrapped text (see clean.wrapped_lines): an unpunctuated line of RUN_ON_MIN_CHARS+ characters that goes on in
#: lower case (or after a comma) on the next line; for guarding noise boxes also any RUN_ON_LONG_CHARS+ one.
RUN_ON_MIN_CHARS = 30
RUN_ON_LONG_CHARS = 50
#: A text no line of which is longer than this, with WRAP_MIN_LONG_LINES lines of RUN_ON_LONG_CHARS or more, is
#: wrapped at a fixed width (wire copy wraps at 60-80 characters; a paragraph per line runs to hundreds).
WRAP_MAX_CHARS = 90
WRAP_MIN_LONG_LINES = 3
SHARED_MIN_ARTICLES = 3
#: A line off its own story (see off_topic below) goes when it recurs in this many stories on different events.
SHARED_RECUR_ARTICLES = 2
SHARED_MIN_ARTICLES_PROSE = 3
SHARED_MAX_ARTICLES_PROSE = 5
SHARED_BATCH_STEP = 1000
#: Stories on one event count once: their headlines share a rare word or two specific ones (as in off_topic below),
#: leaving out words found in more than EVENT_MAX_TITLE_SHARE of the batch's headlines and more than
#: EVENT_MIN_TITLES of them (an outlet's name after every headline, a running subject).
EVENT_MAX_TITLE_SHARE = 0.05
EVENT_MIN_TITLES = 5
#: Events are looked for among the first EVENT_SCAN_STORIES stories that carry a line (a template's line is carried
#: by thousands in a large run; among 64 of them five on different events are found, or it is one event's line).
EVENT_SCAN_STORIES = 64
#: A template line with filled slots: at least SHINGLE_SHARE of its SHINGLE_WORDS-word shingles (and at least
#: SHINGLE_MIN_COUNT of them) each found in as many stories as a sentence-like line needs.
SHINGLE_WORDS = 4
#: A line that holds a headline of the batch (of at least HEADLINE_MIN_WORDS words) and at most
#: HEADLINE_TEASER_EXTRA_WORDS more words is a teaser or a re-post note for that article.
HEADLINE_MIN_WORDS = 4
HEADLINE_TEASER_EXTRA_WORDS = 15
#: Words (not name slots or numbers) a shingle needs to count: four slots in a row say nothing of a template.
SHINGLE_MIN_WORDS = 1
SHINGLE_SHARE = 0.5
SHINGLE_MIN_COUNT = 2
#: Copies and versions of one story: articles sharing STORY_MIN_SHARED or more of their long lines
#: (STORY_LINE_MIN_WORDS+ words), and STORY_SHARE of each one's; a long line in more than STORY_MAX_COPIES
#: articles is a template, not evidence of one story.
STORY_LINE_MIN_WORDS = 15
STORY_SHARE = 0.5
STORY_MIN_SHARED = 2
STORY_MAX_COPIES = 50

# --- sentence shape ---------------------------------------------------------------------------------------------

#: Characters that may close a sentence, after closing quotes/brackets are stripped.
TERMINAL_PUNCT = ".!?…:;"
#: Closing characters stripped before looking for terminal punctuation.
CLOSERS = "\"'”’»)]*"

# --- named line rules (first match wins; order matters: specific before generic) --------------------------------
# Each row: (rule name, regex).  Regexes are compiled case-insensitively and matched with `search` on the line.

#: A subtitle cue's timing ("00:15:06,626 --> 00:15:09,714"): rule `broadcast_residue` removes it, and the short lines
#: after it up to a blank line (at most SUBTITLE_CUE_MAX_LINES of SUBTITLE_CUE_MAX_WORDS words) are its cue's text.
SUBTITLE_TIMING = r"\d{1,2}:\d{2}:\d{2}[,.]\d{3}\s*-->"
SUBTITLE_CUE_MAX_LINES = 2
SUBTITLE_CUE_MAX_WORDS = 16
#: An automatic caption's line: short (a caption line holds at most about 42 characters), three words or more, lower
#: case from its first letter, and no punctuation but apostrophes ("and i've been coming to this market").  Consecutive lines of this
#: shape with AUTO_CAPTION_MIN_WORDS words among them are a caption track; a wire story hard-wrapped at 70 characters,
#: a recipe's "1 tsp cinnamon" and a menu's one-word lines do not make such a run.
AUTO_CAPTION_LINE = re.compile(r"^(?=.{0,45}$)[a-z][a-z0-9']*(?: [a-z0-9']+){2,}$")
AUTO_CAPTION_MIN_LINES = 2
AUTO_CAPTION_MIN_WORDS = 12

#: Another page's column pasted into a text that has a paragraph to a line, as a PDF or print extraction leaves
#: it: COLUMN_MIN_LINES lines or more in a row (blank lines between them allowed) of COLUMN_MIN_CHARS to
#: COLUMN_MAX_CHARS characters that mostly (COLUMN_MIN_BREAKS times or more) run on mid-sentence ("... rents of 20% could force" +
#: "some of the longest-standing traders ...", "complain-" + "ts") and fill it, in a text with
#: COLUMN_TEXT_LONG_LINES lines of COLUMN_TEXT_LONG_CHARS or more.  A story is not wrapped at forty characters
#: in one place and unwrapped in the next; text wrapped throughout (wire copy) has no such long lines.
COLUMN_MIN_LINES = 3
COLUMN_MIN_BREAKS = 2
COLUMN_MIN_CHARS = 25
#: ... and that shares fewer than this many specific words (wordfreq Zipf < OFF_TOPIC_MAX_ZIPF) with the rest.
COLUMN_KEEP_SHARED = 2
COLUMN_MAX_CHARS = 60
COLUMN_TEXT_LONG_LINES = 2
COLUMN_TEXT_LONG_CHARS = 150
#: ... and the run's lines (but its last) fill the column: the shortest is within this share of the longest.
COLUMN_WIDTH_SPREAD = 0.35

#: A change beside a figure in a results or poll strip: "(+4)", "(-29)", "▲1.6", "–0.9".
_CHANGE = r"(?:\([+\-−–±]?\d[\d.]*\)|[▲▼]\s?\d[\d.]*|[+\-−–]\d[\d.]*)"
#: A party's initials and its seats or share, with its change if given ("GC 15 (-28)", "NHP 28.5").
_PARTY_ITEM = r"[A-Z]{2,4}\s+\d[\d,]*(?:\.\d+)?%?(?:\s*" + _CHANGE + r")?"

#: Rules safe on lines of any length, because the way the line starts is unmistakable. Case-sensitive.
LONG_LINE_RULES: tuple[tuple[str, str], ...] = (
    # a CMS shortcode left in the text: "[caption id="attachment_76306" align="aligncenter"]", "[/caption]", "[ad_1]"
    ("shortcode", r"^\W*\[/?(caption|embed|gallery|video|audio|playlist|ad_?\d*)\b[^\]]*\]"),
    # A clock time alone on its line is a live blog's entry stamp ("9:41 am", "14:05 GMT", "1:33 PM"; in any case,
    # the only case-blind rule here); kick-off times in match details are written without a colon ("2000 GMT") and
    # stay.  Full pages only (PAGE_ONLY_RULES).
    ("clock_time", r"(?i)^\W*(?:\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}\.\d{2}\s*[ap]\.?m\.?)"
                   r"(?:\s+(?:gmt|bst|utc|cet|cest|[ecmp][sd]t|et|pt))?\W*$"),
    # The page talking about itself in an editorial note: "This article was amended on ...", "This summary was
    # generated by AI ...", "This story has been updated to ...".  A body's own "The report was published" is
    # about another document, so only "This" + a word for the page + a passive editing verb counts.
    ("editorial_note", r"^(?:\W*(?:Note|Editor['’]s note|Update|Correction)\s*:\s*)?This\s+(?:article|story|"
                       r"summary|piece|post|page|report|version|video|blog|live ?blog|feature|interview)\s+"
                       r"(?:was|has been|had been|is|were)\s+(?:\w+ly\s+)?(?:amended|updated|corrected|"
                       r"generated|edited|reviewed|produced|written|created|changed|revised|republished|"
                       r"first published|originally published|translated|automatically)\b"
                       # the correction notice convention: "An earlier version of this story misstated ..."
                       r"|^(?:\W*(?:Note|Editor['’]s note|Update|Correction|Clarification)\s*:\s*)?(?:An?|The)\s+"
                       r"(?:earlier|previous|prior|original)\s+version\s+of\s+this\s+(?:article|story|piece|post|"
                       r"report|page)\b"
                       # ... and the outlet owning up in its own voice: "Correction: we originally said ..."
                       # ... or about its translation: "Some words in this Welsh article could not be translated"
                       r"|(?i:\bthis\s+(?:\w+\s+)?(?:article|story|page|text|report)\b.{0,40}\btranslat)"
                       # ... or a corrections column's entry: "An article headlined “...” (15 March) said ...",
                       # "Our report “...” misnamed ...", "In our edition of Monday we stated ..."
                       r"|^\W*(?:An? (?:article|report|story|piece|feature|review|caption|graphic) headlined"
                       r"|Our (?:article|report|story|piece))\s+[“\"‘']"
                       r"|^\W*In (?:our|an earlier|yesterday['’]s|last week['’]s) (?:edition|issue|paper)\b.{0,60}\bwe\s+"
                       r"(?:stated|said|reported|wrote|described|named|gave|called)\b"
                       r"|^(?:\W*(?:Note|Editor['’]s note|Update|Correction|Clarification)\s*:\s*)?[Ww]e\s+"
                       r"(?:originally|previously|wrongly|incorrectly|mistakenly)\s+(?:said|reported|stated|wrote|"
                       r"described|named|gave|called|referred)\b"
                       # ... or explaining its own reporting: "Why we wrote this: ...", "How we tested them"
                       r"|^\W*(?:Why we (?:wrote|reported|covered|published|are (?:writing|reporting|publishing)) "
                       r"(?:this|it|about)|How we (?:reported|wrote|tested|chose|picked|rated|reviewed|researched|"
                       r"covered) (?:this|it|these|them)|Why (?:this|it) matters)\b"),
    # Feed and page markup left in the text: an RSS item's fields as tags or as "field: value" lines
    # ("<guid isPermaLink="false">...</guid>", "pubDate: Mon, 14 Apr 2014 ...", "dc:creator: ..."), and lines that
    # are only a head, embed or empty layout element ("<meta ...>", "<iframe ...></iframe>", "<br/>").  Body text
    # wrapped in tags (<p>...</p>) is not matched: it is text, badly stripped.
    ("markup", r"^\s*<(?:guid|pubDate|dc:\w+|media:\w+|atom:\w+|enclosure|category|comments|item|/item|channel|"
               r"/channel|meta|link|script|/script|style|/style|iframe|noscript|img|br|hr|source|embed|object|param|"
               r"!--)\b[^<>]*>(?:[^<>]*</[\w:]+>)?\s*$"
               r"|^\s*(?:guid|pubDate|lastBuildDate|dc:creator|dc:date|dc:subject|content:encoded|media:\w+|"
               r"atom:\w+)\s*:\s*\S"
               # a feed dumped as "field: value" lines, in the feed's own lower case ("summary: ...", "link: ...",
               # "ttl: 60"); a capitalised "Summary:" or "Source:" is an article's label and is not matched
               r"|^\s*(?:title|link|description|summary|content|comments|enclosure|category|author|id|updated|"
               r"published|rights|subtitle|copyright|language|generator|ttl|webMaster|managingEditor|image)\s*:\s*\S"
               # a feed element printed with its attributes ("media:content medium="image" width="640"",
               # "enclosure url="..."") and a MIME type alone on its line ("application/rss+xml")
               r"|^\s*(?:media:\w+|enclosure|atom:link|itunes:\w+)\s+[\w:-]+\s*=\s*[\"']"
               r"|^\s*(?:application|text|image|audio|video)/[\w.+-]+\s*$"),
    # Page code a text extraction let through: structured data ('"@type": "NewsArticle",', a JSON-LD object on one
    # line), a script or style block's opening tag with what follows it, script statements ("var cfg = {...};",
    # "window.dataLayer.push(...)"), style rules (".promo { display: none }"), social-card meta fields
    # ("og:description ...", "twitter:title = ..."), layout markup (a line opening with a closing tag before another
    # tag, or two tags with attributes; an aria- or data- attribute anywhere), a template's unfilled placeholders
    # ("{{author_name}}", "%%DATE%%") and inline images ("data:image/png;base64,...").  Prose never opens like this;
    # body text left in bare <p> tags has no attributes and stays.
    ("page_code", r'^\s*[{\[,]?\s*"[@$]?[A-Za-z_][\w$:.-]*"\s*:\s*(?:"|-?\d|true\b|false\b|null\b|[{\[])'
                  r"|^\s*<(?:script|style|noscript|template)\b[^<>]*>"
                  r"|^\s*(?:var|let|const)\s+[A-Za-z_$][\w$]*\s*=(?!=)"
                  r"|^\s*(?:window|document)\.[\w$.\[\]'\"]+\s*(?:=|\()"
                  r"|^\s*if\s*\(\s*!?\s*(?:window|document|typeof)\b|^\s*\(?function\s*[\w$]*\s*\("
                  r"|^\s*(?:@media\s*(?:\(|(?:screen|print|all|only|not)\b)|@font-face\b|@import\s+(?:url\b|[\"'])"
                  r"|@keyframes\s)"
                  r"|^\s*[.#][A-Za-z][\w-]*(?:[\s>+~,.#:]+[A-Za-z][\w-]*)*\s*\{\s*[\w-]+\s*:"
                  r"|^\s*(?:og|twitter|article|fb|al):[a-z_]+(?::[a-z_]+)*\b(?!\s*//)"
                  r"|^\s*</[A-Za-z][\w-]*>\s*<[A-Za-z/]"
                  r"|(?:<[A-Za-z][\w-]*\s[^<>=]*=\s*[\"'][^<>]*>.*?){2}"
                  r"|\{\{\s*[\w.]+(?:\s*\|[^{}]*)?\s*\}\}|%%[A-Z][A-Z_]+%%|\[\[\s*[a-z]+:[\w-]+\s*\]\]"
                  r"|\bdata:image/[\w+.-]+;base64,|\b(?:aria|data)-[\w-]+\s*=\s*[\"']"
                  # a CDATA section ("<description><![CDATA[..."), and an element's name with two attributes or
                  # more and nothing else, its angle brackets stripped ('img src="..." width="640"')
                  r"|^\s*(?:<[\w:]+[^<>]*>\s*)*<!\[CDATA\["
                  r"|^\s*[a-z][\w:.-]*(?:\s+[\w:-]+\s*=\s*\"[^\"]*\"){2,}\s*/?>?\s*$"),
    # A fixture list or a court list run together on one line: two times and two "Home v Away" or "R v Name"
    # pairings ("NEXT MATCHES · Wed 19 Jul 16:30 Bramholt Town v Wyndmoor Athletic · 20:00 ...", "10.30 R v Jago
    # Threlfall – Mention 11.15 R v ...").  A match report names one fixture, a court report one case.
    ("fixture_list", r"^(?=(?:.*?\b\d{1,2}[:.]\d{2}\b){2})(?=(?:.*?[A-Z][\w’'.-]* (?:v|vs\.?) [A-Z]){2})"),
    # A player-ratings box: a name or a position, a mark out of ten and a one-line verdict ("Wystan Sallow
    # (Right-back) 5/10 – Took his goal superbly", "Zinnia Bellringer, 8: Struggled against the pace").  A score
    # line ("Wales 24-18 Ireland", "Arsenal 2 – 1 Chelsea") has no "/10", no ", 8:" and no position in brackets.
    ("rating", r"^[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,3}(?:\s*\([^)]{2,25}\))?(?:,?\s+\d{1,2}/10\b|,\s*\d{1,2}:\s)"
               r"|^[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,3}\s\([^)]{2,25}\)\s\d{1,2}\s*[–—-]\s"),
    # A report's or a paper's apparatus pasted with the text: reference-list entries (APA "Yeardley, A. (2002).",
    # Chicago "Threlfall, Ingrid. 2007. “...”", Vancouver "2021;42(8):346", a DOI), footnotes ("[2] Figures
    # exclude ...", "¹ Excludes ..."), author lines with affiliation marks ("Gillingham¹*, Kettleborough²"), ORCID
    # iDs, contents lines with dot leaders, an article's history ("Received: 3 May 2021") and its declarations
    # ("Competing interests:", "Corresponding author").
    ("scholarly", r"^[A-Z][\w'’-]+, (?:[A-Z]\.\s?){1,3}(?:,? (?:&|and) [A-Z][\w'’-]+, (?:[A-Z]\.\s?){1,3})*\s?"
                  r"\((?:19|20)\d{2}[a-z]?\)\."
                  r"|^[A-Z][\w'’-]+, [A-Z][\w'’-]+(?: [A-Z]\.)?\. (?:19|20)\d{2}[a-z]?\. [“\"]"
                  r"|\b(?:19|20)\d{2};\s?\d{1,4}(?:\(\d{1,4}\))?:\s?\d|\bdoi:\s?10\.\d{4,}"
                  r"|^\s*\[\d{1,3}\](?:\s|$)|^\s*[¹²³⁴⁵⁶⁷⁸⁹⁰]+\s?\S"
                  # an encyclopedia's citation marks after a sentence ("... by the turn of the century.[33]")
                  r"|[.,;:!?]\[\d{1,3}\](?:\[\d{1,3}\])*(?=\s|$)"
                  r"|\[(?:citation|clarification|better source|page) needed\]"
                  r"|(?:[A-Z][a-z’'-]+[¹²³⁴⁵⁶⁷⁸⁹]+\*?(?:,|\s).*){2}|\b\d{4}-\d{4}-\d{4}-\d{3}[\dX]\b"
                  r"|(?:\.\s?){5,}\s*\d{1,4}\s*$"
                  r"|(?i:^\W*(?:received|revised|accepted)\s*:\s*\d|^\W*(?:corresponding author\b|(?:competing "
                  r"interests|conflicts? of interest|declarations? of interests?|data availability(?: statement)?|"
                  r"acknowledge?ments|funding|jel(?: classification)?)\s*:))"),
    # A parliament's record and its committees' transcripts: column stamps ("1 Nov 2014 : Column 1284W"),
    # divisions, a bill's clauses and amendments, interjections ("[Hon. Members: “Withdraw!”]"), members labelled
    # with their seat and party ("Sir Y Grimshaw (Brackwater and Lowdale) (Ind):"), numbered questions to witnesses
    # ("Q138 Miss Adeyemi-Stroud:") and written questions ("To ask the Secretary of State for ...").
    ("parliament", r":\s*Column\s+\d+\w*\s*$|^Q\d{1,4}\s+(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Baroness)\b[^:]{0,40}:"
                   r"|^\W*\[(?:Hon\. Members|Interruption|Laughter)\b"
                   r"|^(?:[A-Z][\w'’.-]*\s){1,4}\([^)]{3,60}\)\s*\([A-Z][\w ]{1,20}\)\s*:"
                   r"|(?i:^\W*the house divided\b|\bordered to stand part of the bill\b|\bpage \d+, line \d+, leave "
                   r"out\b|^\W*that this house\b|^\W*question put and agreed to|^\W*to ask the (?:secretary of state|"
                   r"minister|chancellor|prime minister)\b)"),
    # A messaging app's export or a chat log pasted into the text: each message opens with its stamp and sender
    # ("[23/08/2021, 21:06] Nico: ...", "13/04/2021, 17:43 - Verity: ...", "[07:19] Chidi: ...", "Yolanda Rudkin
    # 2019-08-27 14:17: ..."), and the app's own lines ("<Media omitted>", "Missed voice call").  News prints
    # neither a date and a time before a name and a colon nor these app lines.
    ("chat_log", r"^\s*\[\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s?[APap][Mm])?\]"
                 r"\s*[^:\]]{1,40}:\s"
                 r"|^\s*\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s?[APap][Mm])?"
                 r"\s+[-–]\s+[^:]{1,40}:\s"
                 r"|^\s*\[\d{1,2}:\d{2}(?::\d{2})?(?:\s?[APap][Mm])?\]\s*[^:\]]{1,40}:\s"
                 r"|^\s*[A-Z][^:]{1,40}\s+(?:\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4})[ T,]+\d{1,2}:\d{2}"
                 r"(?::\d{2})?\s*:\s"
                 r"|<Media omitted>|^(?=.{0,80}$).*\b(?:Missed (?:voice|video) call|This message was deleted|"
                 r"Forwarded many times)\W*$"
                 # a group chat's events and a channel's forwards ("Jo created group “Street Watch”", "Messages and
                 # calls are end-to-end encrypted", "Forwarded from Harbour Alerts")
                 r"|\bcreated (?:the )?group\s+[\"“'‘]|\bchanged (?:the (?:subject|group name)|this group['’]s "
                 r"(?:icon|description|settings))\b|\bjoined using this group['’]s invite link\b"
                 r"|^\W*Messages (?:and calls )?are end-to-end encrypted\b|^\W*Forwarded from\s+\S"
                 # a live stream's chat: a short message after its sender's handle, perhaps after a clock time
                 # ("19:11 rustbucket77 who's here", "KettleCrew_Jo raining here too", "bramble.and.byte brb"); a
                 # handle has an underscore, dots between lower-case words (not a domain) or digits after lower
                 # case, unlike a product ("A12 chipset") or a name
                 r"|^(?=(?:\S+\s+){0,25}\S+\s*$)\s*(?:\d{1,2}:\d{2}\s+)?"
                 r"(?:[a-z][a-z0-9]*(?:[_.][a-z0-9]+)*_[A-Za-z0-9_]+"
                 r"|(?![\w.]*\.(?:com|org|net|uk|io|info|gov|edu|co|us|au|ca|de|fr|in)\b)"
                 r"[a-z][a-z0-9]*(?:\.[a-z0-9]+){2,}"
                 r"|[A-Z][a-z0-9]+[A-Z][A-Za-z0-9]*_[A-Za-z0-9_]+|[a-z]+\d{2,}|[A-Za-z]+(?:_[A-Za-z]+)*_\d{2,})"
                 r"\b:?\s+\S"),
    # A forum's thread furniture: a reply's subject ("Re: Best value secateurs?"), a member's post count and join
    # date ("Posts: 1,508 Joined: Oct 2022"), and a quoted post's header under a handle ("TurnipTheorist said:",
    # "RustyMarrow498 said:"; a handle has a capital inside a long word, digits or an underscore, unlike "Smith").
    ("forum", r"^\s*Re:\s+\S|\bPosts:\s*[\d,.]+[KkMm]?\b.{0,40}\bJoined:"
              r"|^(?:[A-Z][a-z]{4,}[A-Z]\w*|[A-Za-z]+\d+\w*|\w+_\w+) said:\s*$"
              r"|\bReplies:\s*[\d,]+\s+Views:\s*[\d,]+|^\s*Sorted by:\s"
              # a wiki talk page's signature ("lanternjaw81 (talk) 17:25, 21 March 2023 (UTC)")
              r"|\b\d{1,2}:\d{2}, \d{1,2} [A-Z][a-z]+ \d{4} \(UTC\)\s*$"
              # a link aggregator's post and comment meta ("u/nan_of_seven · 5 hours ago", "-38 points · 5 years
              # ago") and vote arrows ("level 2 ↑ 800 ↓ Vote")
              r"|^\s*[ur]/[\w-]{3,}\b.{0,60}?\b\d+ (?:second|minute|hour|day|week|month|year)s? ago\b"
              r"|(?:^|\s)-?\d[\d,.]*[Kk]? points? · \d+ (?:second|minute|hour|day|week|month|year)s? ago\b"
              r"|\d\s*[↑↓]\s*\d|[↑↓]\s*\d[\d,.]*[Kk]?\s*[↓↑]"
              # a Q&A site's post meta and comment tails ("edited Feb 12 '22 at 14:50", "... – Quenby_Quill Apr
              # 27, 2019 at 05:36") and a user card's badge counts ("13,817 ●1 ●38 ●61")
              r"|^\s*(?:edited|answered|asked|modified)\s+[A-Z][a-z]{2} \d{1,2}(?:, \d{4}| '\d{2})? at \d{1,2}:\d{2}"
              r"|\s[–—-] \S+ [A-Z][a-z]{2} \d{1,2}, \d{4} at \d{1,2}:\d{2}\s*$|●\d+\s*●\d+"),
    # Subtitles, captions and broadcast transcripts pasted as text: SRT and WebVTT cue timings ("00:15:06,626 -->
    # 00:15:09,714"), WebVTT's word time tags ("we've<00:15:07.018><c> run</c>"), the "WEBVTT" header, a caption's
    # speaker change (">> THANKS, DELYTH."), stage cues alone on their line ("(BEGIN VIDEOTAPE)", "[MUSIC]",
    # "(APPLAUSE)") and audio description.  A transcript's speaker labels ("SCOTT HORSLEY, BYLINE: ...") stay: a
    # broadcaster publishes its transcripts as articles.
    ("broadcast_residue", SUBTITLE_TIMING + r"|<\d{1,2}:\d{2}:\d{2}\.\d{3}>|^\s*WEBVTT\b|^\s*>>\s?\S"
                          # a subtitle's italics ("<i>- Tom's.</i>"), a player's position ("0:00 / 20:23") and a
                          # channel's subscriber count ("565K subscribers")
                          r"|^\s*<i>.*</i>\s*$|^\s*\d{1,2}:\d{2}(?::\d{2})?\s*/\s*\d{1,2}:\d{2}(?::\d{2})?\s*$"
                          r"|\b\d+(?:\.\d+)?[KM] subscribers\s*$"
                          r"|(?i:^\s*[\[(](?:begin|end) (?:video ?tape|video clip|audio clip|clip|live feed)\b"
                          r"[^\])]{0,30}[\])]\s*$)"
                          r"|(?i:^\s*[\[(](?:music|music playing|applause|laughter|inaudible|crosstalk|"
                          r"commercial break|soundbite|silence|cheering|off-mic|unintelligible|no audio)"
                          r"[^\])]{0,30}[\])]\s*$)"
                          r"|(?i:^\s*\(audio description\)|\[(?:music|applause|laughter|inaudible|crosstalk)\])"
                          # automatic captions: no capital letter or punctuation anywhere, and the speaker's "um", "erm"
                          r"|^(?=[^A-Z,.;:!?\"“”]*$)(?=.*\b(?:um|uh|erm|er|uhm)\b).{10,}$"
                          # a news channel's ticker: a strap and headlines run together ("JUST IN ... | ... | ...")
                          r"|^\W*(?:LIVE|JUST IN|LATEST|NEWS|BREAKING(?: NEWS)?|NEWSFLASH)\b"
                          r"(?=(?:.*?(?:\s[|•·▪■◆●]\s|\s\.\.\.\s|…)){2})"),
    # An e-mail's header block and forwarding marks: "From: Name <a@b.org>", "Sent: 3 May 2024 09:14",
    # "Subject: ...", "Attachments: notes.pdf (29 KB)", "---------- Forwarded message ---------".  A header line
    # other than Subject carries an address or a clock time, so a body's "To: the council" stays.
    ("email_header", r"^\s*(?:From|To|Cc|CC|Bcc|BCC|Sent|Date|Reply-To)\s*:\s*.*(?:@|\b\d{1,2}:\d{2}\b)"
                     r"|^\s*(?:Subject|Attachments?)\s*:\s"
                     r"|^\W*-{2,}\s*(?:Forwarded|Original)\s+(?:[Mm]essage|by)\b"
                     # ... the same marks in other mail clients' languages, and the line above a quoted reply,
                     # which carries a clock time ("On 5 May 2020, at 20:42, Jo Bloggs wrote:"; a body's "On his
                     # blog he wrote:" has none)
                     r"|^\W*-{2,}\s*(?:Message transf[ée]r[ée]|Message d['’]origine|Weitergeleitete Nachricht|"
                     r"Urspr[üu]ngliche Nachricht|Mensaje (?:reenviado|original)|Messaggio (?:inoltrato|originale)|"
                     r"Doorgestuurd bericht|Oorspronkelijk bericht)\b"
                     r"|^\W*(?:On|Le|Am|El|Il|Op)\s.{4,100}?\b\d{1,2}[:.h]\d{2}\b.{0,80}\b(?:wrote|a [ée]crit|"
                     r"schrieb|escribi[óo]|ha scritto|schreef)\s*:\s*$"
                     # out-of-office replies, other mail apps' signatures, a signature's pronouns
                     r"|^\W*(?i:Automatic reply|Auto-?reply|Out of (?:the )?office(?: reply)?|R[ée]ponse automatique|"
                     r"Abwesenheitsnotiz|Respuesta autom[áa]tica)\s*:"
                     r"|^\W*(?:Sent from|Get) (?:my )?(?:Outlook|Gmail|Yahoo Mail|Mail|Proton Mail) for "
                     r"(?:iOS|Android|iPhone|iPad|Windows|Mac)\W*$"
                     r"|^\W*(?:she/her|he/him|they/them|she/they|he/they)(?:/\w+)?\W*$"),
    # What a word processor or a file system leaves in copy sent on as a document: review comments and tracked
    # changes ("Commented [SS9]: ...", "Deleted: ...", "Formatted: Font: Bold"), a file name alone on its line
    # ("release_v7_FINAL.docx") and local paths ("file:///home/...", "C:\Users\...").
    ("document_residue", r"^\s*(?:Comment(?:ed)?\s*\[[A-Za-z]{1,4}\d+\]\s*:|(?:Deleted|Inserted|Formatted|"
                         r"Moved (?:up|down|\(insertion\)|\(deletion\))|Field Code Changed)(?:\s*\[\d+\])?\s*:)"
                         r"|^\s*[\w .()-]{1,80}\.(?:docx?|xlsx?|pptx?|odt|rtf|pdf|indd|pages)\s*$"
                         r"|^\s*(?:file:///|[A-Za-z]:\\|\\\\\w|~?/(?:home|Users|Volumes|mnt)/)"
                         # a document's fields and a press copy's page numbers and end mark ("- 16 -", "-30-")
                         r"|^\s*(?:Word count|Doc(?:ument)? ref|Last saved by|Printed)\s*:"
                         r"|^\s*(?:[-–—]\s*\d{1,3}\s*[-–—]|-30-)\s*$"
                         # a print edition's volume and number under its masthead ("Vol. XCI No. 31,402")
                         r"|^\W*Vol(?:ume)?\.?\s+[IVXLCDM\d]+,?\s+(?:No|Issue)\.?\s+[\d,]+"
                         # an attachment or a download with its size or format ("IMG_2551.jpg (1.0 MB)", "Download
                         # logo (PNG, 240 KB)")
                         r"|^\s*\S{1,80}\.(?:png|jpe?g|gif|heic|webp|pdf|docx?|xlsx?|pptx?|zip|mp4|mov|mp3|wav)\s*"
                         r"\(\s*\d+(?:[.,]\d+)?\s*[KMG]B\s*\)\s*$"
                         r"|^\W*Download\b.{0,40}\((?:PNG|JPE?G|PDF|ZIP|EPS|SVG|TIFF?)\b.{0,15}\)\s*$"),
    # A paper's family notices: the surname in capitals, the forenames, a full stop and the notice ("PENNOCK Joyce.
    # Died peacefully at home on 5 February, aged 65.", "SMITH, John (Jack). Passed away ...").  A dateline
    # ("KABUL, Afghanistan (AP) -- Two soldiers died ...") has no full stop after its place name.
    ("family_notice", r"^[A-Z][A-Z'’-]{2,},? (?:[A-Z][a-z'’-]+ ){0,2}[A-Z][a-z'’-]+(?: \([^)]{1,30}\))?\.\s"
                      r".{0,60}\b(?:[Dd]ied|[Pp]assed away|[Pp]eacefully|[Ff]ell asleep)\b"),
    # A page's update log: a time stamp, a colon or a dash, and what was changed ("13.11.2023 23:01: Headline
    # updated", "10 April 2022, 23:27 WIB: Updated casualty figures").  A live blog's entry stamp opens news, not
    # an edit verb.
    ("update_log", r"^\W*(?:(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2} [A-Z][a-z]{2,8},? \d{4}|[A-Z][a-z]{2,8} "
                   r"\d{1,2},? \d{4}),?\s+)?\d{1,2}[:.]\d{2}(?:\s?[APap]\.?[Mm]\.?)?(?:\s+[A-Z]{2,5})?\s*[:–—-]\s*"
                   r"(?:(?:[Hh]eadline|[Ss]tory|[Aa]rticle|[Pp]hotos?|[Vv]ideo|[Cc]opy|[Ff]igures?|[Dd]etails?|"
                   r"[Tt]itle)\s+)?(?:[Uu]pdated|[Cc]orrected|[Aa]dded|[Cc]larified|[Aa]mended|[Rr]emoved|[Rr]evised|"
                   r"[Ff]irst published|[Pp]ublished)\b"),
    # A local paper's listings, one row to a line: opening hours ("Lumb Pharmacy, Lime Tree Drive – 10am–6pm",
    # "Mon-Fri: 09:00-17:30"; a short row, the times after a separator, no full stop), roadworks by road number
    # ("B6138 Chapel Way, Harwick – convoy working, Sunday only") and schools' status on a closure day ("Saltwick
    # Junior School: closed").  A sentence giving opening times ("The shop is open 9am-5pm.") stays.
    ("listing", r"^(?=(?:\S+\s+){0,14}\S+\s*$)(?!.*[.!?]\s*$).*(?:[–—:|,]|\s-)\s*\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm)?"
                r"\s?[–-]\s?\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm)\W*$"
                r"|^(?=(?:\S+\s+){0,14}\S+\s*$).*(?:[–—:|,]|\s-)\s*\d{1,2}:[0-5]\d\s?[–-]\s?\d{1,2}:[0-5]\d\W*$"
                r"|^[ABM]\d{1,4}(?:\(M\))?\s[A-Z][^–—]{2,60}\s[–—]\s.{0,40}"
                r"\b(?:closure|closed|convoy|lanes?|lights|diversion|works|restrictions?|resurfacing)\b"
                r"|^(?=.{0,120}$)[A-Z][^:–—]{2,80}\b(?:School|Academy|Primary|College|Nursery|Infants|Juniors)\b"
                r"[^:–—]{0,40}(?::|\s[–—]\s)\s*"
                r"(?:closed|open|partially (?:open|closed)|opening late|closing early)"
                r"(?:\s+[\w-]+){0,4}(?:\s*\([^)]{0,60}\))?\W*$"),
    # Magistrates' results, one case to a line: name and age, the address, a colon or a dash, the offence and the
    # outcome ("Joyce Hepplewhite, 69, of Weavers Street, Bramcote End: drink-driving. Fined £81 ...", "WAYNE
    # BAIRSTOW (47), Hollins Bank – fly-tipping – Fined £241").  A court report's "Smith, 42, of Leeds, was jailed"
    # has no colon or dash before the outcome, and writes it in lower case.
    ("court_result", r"^[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3}\s?(?:\(\d{2}\)|,\s\d{2},)[^:–—]{2,80}"
                     r"(?::|\s[–—]\s)"
                     r".{3,160}\b(?:Fined|Adjourned|Jailed|Discharged|Banned|Remanded|Committed|Sentenced|"
                     r"Community order|Conditional discharge)\b"),
    # A markets desk's quote boxes and converters: a price's move with its percentage ("2,359.05p ▲ 31.54
    # (+1.34%)"), an index strip's moves, a quote's fields ("Mkt cap:", "52-wk range:", "P/E 13.3", "Vol: 3.3m"),
    # a ticker tag alone ("(KHX: OMBL)", "Ticker: VLTN.K") and a converter's lines ("1 GBP = 1.1181 EUR", "€1 =
    # £0.8312").
    ("market_box", r"[▲▼]\s*\d[\d,.]*\s*\([+\-−–]\d[\d.]*%\)|(?:[▲▼]\s*[+\-]?\d[\d.,]*%.*){2,}"
                   r"|\bMkt cap:|\b52-(?:wk|week) (?:range|high|low):|\bP/E:? \d|\bDiv(?:idend)? yield:? \d"
                   r"|\bVol(?:ume)?:\s*\d|^\W*Ticker:\s*[A-Z]|^\W*\([A-Z]{2,6}:\s*[A-Z.]{2,6}\)\s*$"
                   r"|^\W*\d[\d,.]*\s+[A-Z]{3}\s*=\s*\d[\d,.]*\s+[A-Z]{3}\s*$|^\W*=\s*\d[\d,.]*\s+[A-Z]{3}\s*$"
                   r"|^\s*[£$€¥]\s?\d[\d,.]*\s*=\s*[£$€¥]\s?\d[\d,.]*\s*$"),
    # A travel desk's departure boards: a time, a destination and perhaps a platform, then the status ("19:11
    # Quillhaven Parkway Plat 3 Exp 19:20"), or a flight number, a city, a time and the status ("QH 487 Saltmarrow
    # 10:50 Cancelled").
    ("departure_board", r"^\W*(?:\d{1,2}[:.]\d{2}\s+\S.{0,40}?\s+(?:Plat(?:form)?\.?\s*\d+\w?\s+)?"
                        r"|[A-Z]{2}\s?\d{1,4}\s+\S.{0,30}?\s+\d{1,2}[:.]\d{2}\s+)"
                        r"(?:Delayed|Cancelled|On time|Diverted|Scheduled|Gate closing|Gate closed|Boarding|Landed|"
                        r"Departed|Expected \d{1,2}[:.]\d{2}|Exp\.? \d{1,2}[:.]\d{2})\s*$"),
    # A news quiz's furniture: its counter and score ("Question 3 of 10", "4/8", "You got 7/10"), "Reveal answer"
    # and the answer's label.  Its options are `quiz` too (see clean._mark_quiz_options).
    ("quiz", r"^\W*(?:Question \d+ (?:of|/) \d+|\d{1,2}/\d{1,2})\s*$|\bYou (?:got|scored) \d+/\d+"
             r"|\bReveal (?:the )?answer\b|^\W*Correct answer:"),
    # A chart's key and its data table as an extraction leaves them: bins with an open end or "No data" ("Under 2
    # 2-4 4-6 Over 6 No data", "0-5 5-10 10-15 15+"), series keys after their glyphs ("◆ National average ■
    # Kilvarran"), and a table's rows of two figures and a change ("Maddox Fen 7,867 1,513 -81%").  A tennis
    # score ("6-4 7-6") has no open bin; a story writes a change into a sentence.
    ("chart_legend", r"^\W*(?:(?:Under|Over|Below|Above|Less than|More than|<|>)\s*\d[\d.,]*%?\s+)?"
                     r"(?:\d[\d.,]*%?\s?[-–]\s?\d[\d.,]*%?\s+){2,}"
                     r"(?:\d[\d.,]*%?\+\s*(?:No data)?|(?:Over|Above|More than|>)\s*\d[\d.,]*%?\s*(?:No data)?"
                     r"|No data)\s*$"
                     r"|(?:[◆◇■□●▲△▼▽]\s*[A-Z][^◆◇■□●○▲△▼▽]{1,30}){2,}"
                     r"|^[A-Za-z][\w'’ -]{1,40} \d[\d,]* \d[\d,]* [+\-−–]\d+(?:\.\d)?%\s*$"),
    # An election night's furniture: counting tickers and race calls ("82% reporting", "Race called at 03:57"),
    # a result's strips ("Turnout: 65.5% (-4.7) Electorate: 68,109", "Majority: 521", "RVL HOLD", "Declared
    # 20:18") and a poll's fieldwork line.  A story gives turnout in a sentence ("Turnout was 70%, ...").
    ("election_box", r"\b\d{1,3}(?:\.\d)?% (?:reporting|of (?:the )?(?:expected )?votes? counted)\b"
                     r"|\b[Rr]ace called\b|\bPROJECTED WINNER\b|^\W*(?:Projected|Declared) winner:"
                     r"|\bTurnout:\s*\d|\bElectorate:\s*\d[\d,]+|^\W*Majority:\s*\d[\d,]*\s*$|^\W*Fieldwork:\s*\d"
                     r"|\bSeats declared:?\s*\d|^\W*[A-Z]{2,5} (?:GAIN|HOLD)\b(?: (?:FROM|from) [A-Z]{2,5})?"
                     # a candidate's row: votes, share and change ("N. Dunstable-Rao FT 16,200 43.1 -6.9")
                     r"|\b\d{1,3}(?:,\d{3})+\s+\d{1,2}\.\d\s+[+\-−–]\d{1,2}\.\d\b"
                     r"|^\W*Declared:? \d{1,2}[:.]\d{2}\s*$"),
    # A fact-check's claim card and rating scale ("Who said it: ...", "Checked by: ...", "○ Correct ○ Mostly
    # correct ● Misleading", "Factlantern verdict · Needs context").
    ("factcheck_box", r"^\W*Who said it:\s|\bChecked by:\s*[A-Z]|(?:^|[·|]\s*)Shares:\s*[\d,.]+[KkM]?\s*$"
                      r"|(?:[○●◯◉]\s*[A-Za-z][\w -]{1,24}\s*){3,}|[□■▢▣]{3,}"
                      r"|(?i:\bverdict\s*[·|:]\s*(?:true|false|mostly|misleading|needs context|half[- ]true|unproven|"
                      r"wrong|correct|fake|exaggerated)\b)"),
    # A translated edition's language links and notes ("Read in Polish", "Leer en español", "Also available in:
    # Français, Português", "Original story in Spanish").
    ("edition_switch", r"^\W*(?:Read (?:this (?:article|story) )?in|(?:Also )?available in:?|Original (?:story|article|"
                       r"version) in|Translated from(?: the)?|This (?:article|story) is (?:also )?available in)\s+"
                       r"(?:English|Spanish|French|German|Polish|Portuguese|Italian|Arabic|Chinese|Mandarin|Welsh|"
                       r"Irish|Gaelic|Hindi|Urdu|Bengali|Turkish|Russian|Ukrainian|Romanian|Dutch|Swahili|Somali|"
                       r"Tagalog|Japanese|Korean|Vietnamese|Punjabi|Tamil|Greek|Hebrew|Persian|Farsi|Français|"
                       r"Español|Deutsch|Português|Italiano|Polski|Cymraeg)\b"
                       r"|^\W*(?:Leer en (?:español|inglés)|Lire en (?:français|anglais)|Leggi in (?:italiano|inglese)"
                       r"|Ler em (?:português|inglês)|Auf Deutsch lesen|Auf Englisch lesen|Czytaj po (?:polsku|"
                       r"angielsku)|Darllen yn (?:Gymraeg|Saesneg))\b"),
    # The lifestyle and commerce desks' boxes: travel ("Getting there: ... flies from ... from £52 return", "Where
    # to stay: ..., doubles from £133 B&B"), fashion and beauty credits ("Shirt, £128, shop.co.uk; Jumper, £59,
    # ...", "Tinted Balm SPF30, £19 for 15ml"), property cards ("Agent: Gable & Thorne, 01190 873591", "Guide
    # price £1,101,000", "EPC: E"), nutrition per serving, star signs with their dates, review cards ("Price when
    # reviewed", "Best for:", "Score: 6/10") and recipe buttons ("Jump to recipe", "☆☆☆☆☆").
    ("lifestyle_box", r"^\W*(?:Getting there|Where to stay)\b:?\s(?=.*(?:\bfrom [£$€]\d|\bdoubles?\b|\breturn\b|"
                      r"\bflies\b|\bB&B\b))"
                      r"|\b[Dd]oubles? from [£$€]\d[\d,]*\b(?=.*(?:B&B|half board|full board|room only|a night|"
                      r"per night))"
                      r"|^\W*[A-Z][\w'’&-]*(?: [\w'’&-]+){0,3}, [£$€]\d[\d,.]*, (?:[\w-]+\.)+(?:com|co\.uk|net|org|"
                      r"shop)\b"
                      r"|^\W*(?:[A-Z][\w'’&-]*(?: [\w'’&-]+){0,3}, [£$€]\d[\d,.]*, [^;.]{2,40}[;.]\s*)+"
                      r"[A-Z][\w'’&-]*(?: [\w'’&-]+){0,3}, [£$€]\d[\d,.]*, [^;.]{2,40}\s*$"
                      r"|^[^.!?]{2,60}, [£$€]\d[\d,.]* for \d+\s?(?:ml|g|oz)\s*$"
                      r"|^\W*Agent:\s.{2,40}\b0\d{3,4}\s?\d{6}\b|^\W*Guide price:? [£$€]\d|\bEPC(?: rating)?: [A-G]\b"
                      r"|(?i:(?:\b(?:kcal|calories|fat|saturates|carbs|carbohydrates?|sugars?|fibre|fiber|protein|"
                      r"salt)\s*:?\s*\d+(?:\.\d+)?\s?(?:g|mg|kcal)?\b[,;|·]?\s*){3,})"
                      r"|^\W*(?:Aries|Taurus|Gemini|Cancer|Leo|Virgo|Libra|Scorpio|Sagittarius|Capricorn|Aquarius|"
                      r"Pisces)\b:?\s*\(?\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+\s*[-–]\s*\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+"
                      r"|\bPrice when reviewed\b|^\W*Best for:\s|^\W*Score:\s*\d+(?:\.\d)?/10\b"
                      r"|(?i:\b(?:jump to|print|save|rate this|pin this) recipe\b)|[★☆]{3,}"),
    # A reader's letter signed off "Keith Entwhistle-Rao, by email".
    ("letter_signoff", r"^(?:[A-Z][\w'’.-]+ ){1,3}[A-Z][\w'’-]+,\s(?:by|via) e-?mail\W*$"),
    # A nostalgia column's entry: "From our archive, 1967: the carnival committee said ..." (it reports, so the
    # stock phrases' guard would keep it).
    ("archive_note", r"^\W*From (?:our|the) archives?\b\W*(?:\d{4})?\s*:"),
    # A cricket scoreboard's strip: an innings as team code, runs/wickets and overs ("INI 191/6 (20)", "KTC 106/2
    # (17.2 ov)") and the run rates ("CRR 6.92 · RRR 7.29").  Reports write scores in words and "191-6".
    ("scoreboard", r"\b[A-Z]{2,5}\s+\d{1,3}/\d{1,2}\s*\(\d{1,2}(?:\.\d)?(?:\s*ov(?:ers?)?)?\)"
                   r"|\b(?:CRR|RRR)\s*:?\s*\d+\.\d{2}\b"),
    # An election night's and a poll tracker's strips: parties' initials with seats or shares and their changes
    # ("PA 3 (-6) NHP 23 (-29) FT 15"; one party alone, "NHP 15.1 ▼1.3", is a ticker's `data_strip`), or parties' names with shares and changes ("Green
    # Commonwealth 35% (+4) | CS 29% (-4)").  A story writes its figures into sentences.
    ("results_strip", r"^\s*" + _PARTY_ITEM + r"(?:\s*[|·,]?\s+" + _PARTY_ITEM + r")+\s*$"
                      r"|^\s*(?:[A-Z][\w'’]*(?: [A-Z][\w'’]*){0,3}\s+\d{1,2}(?:\.\d)?%\s*\([+\-−–±]?\d+(?:\.\d)?\)"
                      r"\s*[|·,]?\s*){2,}$"),
    # Wire photo captions: "FILE - In this May 18, 2017 file photo, actress ... poses ..."
    ("caption", r"^FILE\s*(?:--|[-–—:])\s*(?:In this|This|An?|The)\b.{0,300}?\b(?:photo|image|picture)\b"),
    # A caption that ends in its photo credit: "... shows smoke rising ... (Public Safety Ministry via AP)"
    ("caption", r"\b(?:[Pp]hoto|[Ii]mage|[Pp]icture)\b.*\((?:[^()]*\bvia\s+[A-Z][^()]*|(?:AP|AFP|Reuters|EPA)"
                r"\s+Photo\b[^()]*|[Pp]hoto(?:graph)?\s*(?:by|:|/)[^()]*)\)(?:\s*\([^()]*\))?\s*$"),
)

LINE_RULES: tuple[tuple[str, str], ...] = (
    ("source_link", r"^(source|original|via)\s*(link|article|:)?\s*$|^source\s*link\b|^\(?source:\s*\S+\)?$"
                    r"|^\W*sources?\s*:\s*[^.!?]{0,60}$"),
    ("read_time", r"^\W*(reading time:?\s*)?(about\s+)?\d+\s*(-\s*)?(min(ute)?s?|m)\.?\s*(read|to read|reading)?\W*$"
                  r"|^\W*(reading time|read time|estimated reading time)\b.{0,30}$|\b\d+\s*(-\s*)?min(ute)?s?\s+read\b"
                  # a duration next to reading/listening words on a short line: "Listen to this article · 3 min"
                  r"|^(?=.{0,70}$).*\b(listen|listening|read|reading|audio|watch|duration)\b.*"
                  r"(\b\d+\s*(min|mins|minutes?|sec|secs|seconds)|\b\d+:\d\d)\W*$"
                  r"|^(?=.{0,70}$)\W*\d+\s*(-\s*)?(min|mins|minutes?)\s+(listen|read|watch|audio)\b"
                  # a media duration alone on its line: "1:52", "12:05:31"
                  r"|^\W*\d{1,2}:\d\d(:\d\d)?\W*$"),
    ("advertisement", r"^\W*(advertisement|advertising|advert|ad|sponsored( content| post| by\b.*)?|paid content|"
                      r"promoted( content| stories)?|partner content|story continues (below|after)( the)? "
                      r"(advertisement|ad)|continue reading( the)?( main)? story|article continues below.*|"
                      r"scroll (down )?to continue.*)\W*$"
                      r"|^\W*(advertisement|sponsored|promoted|ad)\W+(?!links|stories)\w.{0,40}$"
                      r"|\b(story|article|content|text) continues (below|after|under)\b.{0,30}$"
                      r"|^(?=.{0,60}$).*\b(advertisement|skip ad)\W*$"
                      # a print edition's promotions: "READER OFFER: Save £10 on tickets ..."
                      r"|^\W*READERS?['’]? OFFER\b\s*[:–—-]"),
    ("photo_credit", r"\((photo|photograph|image|picture|pic|video|illustration|credit|file photo)s?( credit)?\s*"
                     r"(by|:|credit)?.{0,80}\)\s*$"
                     r"|\b(via|/)\s*getty images\W*$|^\W*(getty images|afp|reuters|ap|epa|shutterstock|pa)( images)?"
                     r"( via getty images)?\W*$"
                     r"|^\W*(photo|photograph|image|picture|pic|illustration|file photo|credit|"
                     r"image source|image caption|photo credit|media caption|caption|photographer|photography|"
                     r"graphic|graphics|camera|cinematography)s?\s*(by|:|,|-|–|credit:?)\s*"
                     r".{0,80}$"
                     r"|(photograph|photo|image|picture):\s*[^.]{0,60}/\s*[^.]{0,40}$"
                     r"|\([^()]{0,40}\b(photo|photograph|image|picture|pic|file)s?\b[^()]{0,60}\)\s*$"
                     r"|^\W*(pictured|above|below|top|main image|main picture|inset|pic|left|right|"
                     r"(clockwise|from left|left to right)( from (top|bottom) (left|right))?)\s*:\s*.{0,200}$"
                     r"|^\W*(image|photo|picture|slide|gallery|video)\s+\d+\s+(of|/)\s+\d+\W*$"
                     r"|^\W*\d+\s+(photos|images|pictures|videos|slides)\W*$"
                     # two-word labels need no punctuation after them: "Image copyright Reuters"
                     r"|^\W*(image|photo|picture|media|video)\s+(caption|copyright|source|credit)\b.{0,200}$"),
    # "(c)" opens a copyright line, but before a lower-case word it is the third item of a lettered list
    ("copyright", r"^\W*(©|\(c\)(?!\s+(?-i:[a-z]))|copyright\b|all rights reserved)|all rights reserved\W*$"
                  r"|^(?=.{0,80}$).*(©|\(c\)\s*\d{4})|\bmay not be (re)?published,? broadcast"),
    ("cookie", r"\b(we|this (web)?site|our (web)?site)\s+uses?\s+cookies\b|\bcookie (policy|settings|preferences|"
               r"notice|consent)\b|\baccept (all )?cookies\b|^\W*(accept|reject|decline|allow)( all)?\W*$"
               r"|^(?=.{0,240}$)(?=.*\bcookies\b).*\b(we and our partners|our partners|consent|personali[sz]e|"
               r"your (browsing|experience|privacy|choices)|privacy matters)\b"
               r"|^\W*(i )?(accept|agree|reject|decline|allow|ok|okay|got it|dismiss)( all)?( cookies)?\W*$"
               r"|\bby continuing to (use|browse|visit)\b|\bmanage (your )?(cookie|privacy) "
               r"(settings|preferences|choices)\b|\bstores? cookies on your\b"),
    ("newsletter", r"\bnewsletters?\b.{0,60}\b(sign up|subscribe|inbox|email|daily|weekly|free)\b"
                   r"|\b(sign up|subscribe|register)\b.{0,40}\b(newsletters?|briefing|bulletin|alerts?|inbox)\b"
                   r"|\b(in|to) your inbox\b|^\W*(enter|your) (your )?e-?mail( address)?\W*$"
                   r"|^\W*newsletters?\W*$|\bthanks for (signing up|subscribing)\b"),
    ("subscribe", r"^\W*(subscribe|sign up|sign in|log ?in|register|join (us|now|today)|become a (member|subscriber)|"
                  r"support (us|our journalism)|donate|already a (subscriber|member))\b.{0,80}$"
                  r"|\bsubscribe (now|today|for|to)\b.{0,60}$|\bsubscribers? only\b|\bunlimited (digital )?access\b"),
    ("click_here", r"\bclick here\b|\btap here\b|^\W*(click|tap|hover|swipe|scroll) (to|for) \w+\b.{0,40}$"
                   r"|\bclick (the )?(link|button)\b|\bdownload (our|the) app\b|\bget the app\b"),
    # engagement counters of posts, videos and polls, alone on their line: "109 replies 92,900 reposts 63,800
    # likes", "4.9K likes", "773 votes · 5 days left", "507 views · 15 days ago"
    ("engagement", r"^(?:\W*(?:\d[\d.,]*\s*[KkMm]?\s+(?:likes?|reposts?|retweets?|replies|reply|comments?|shares?|"
                   r"views?|votes?|followers?|subscribers?|reactions?|upvotes?|downvotes?|claps?|plays?|"
                   r"listens?|downloads?|saves?|bookmarks?)|\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|"
                   r"days?|weeks?|months?|years?)\s+(?:left|ago|remaining)))+\W*$"),
    ("share", r"^\W*(share|share this( article| story| page)?|share on \w+|tweet|email|e-mail|print|copy link|"
              r"copy (the )?url|save|save (this )?(article|story)|comments?|\d+\s+comments?|post comment|"
              r"leave a comment|view comments|show comments|add a comment|whatsapp|facebook|twitter|linkedin|"
              r"pinterest|reddit|messenger|flipboard|gift (this )?article)\b[\s\W]*$"
              r"|^\W*share (this|on|via|the)\b.{0,50}$"
              r"|^\W*(comments?|replies|reactions|shares|likes|responses)\s*[(\[]?\d+[)\]]?\W*$"
              r"|^\W*(have your say|join the (conversation|discussion|debate)|leave a reply|what do you think\??|"
              r"loading comments|show more comments)\W*$"
              r"|^\W*save( this| the)?( article| story| page)?( for later| to (your )?(reading list|favou?rites|"
              r"list))\W*$"
              r"|^\W*(print|email|e-mail|send|save|share|bookmark|copy)( this| the)? (page|article|story|link|url)"
              r"( to a friend| with a friend)?\W*$"),
    ("site_footer", r"^\W*(i agree|i accept|i consent|yes,? i)\b.{0,100}\b(terms|privacy|policy|conditions|receive|"
                    r"e-?mails?|newsletters?|offers)\b.{0,60}$"
                    r"|^\W*(i'?d like to receive|by (signing up|subscribing|clicking|registering|submitting))\b"
                    r".{0,160}$"
                    r"|^\W*(terms (of (use|service|sale))?|terms and conditions|privacy( policy| notice| settings)?|"
                    r"contact us|about us|careers|sitemap|site map|advertise( with us)?|accessibility|help|faq|"
                    r"corrections|report an? (error|correction|problem))\W*$"
                    r"|^\W*(terms (and|&) conditions|t ?& ?cs?|conditions) apply\b.{0,40}$"
                    r"|^\W*(why you can trust|our (standards|values|ethics|mission)|editorial (standards|guidelines|"
                    r"policy|values)|trust principles)\b.{0,80}$"),
    # A mailing list's archive and digest furniture: "Previous message: ...", "Messages sorted by: [ date ]",
    # "Reply to sender | Reply to group", an unsubscribe line.
    ("mailing_list", r"^\s*(?:Previous|Next) (?:message|topic|thread|in thread)\s*(?:\(by thread\))?\s*:\s"
                     r"|^\s*Messages sorted by\s*:|^\W*Reply to sender\b|\bReply to group\b.{0,40}\|"
                     r"|^\W*unsubscribe\b.{0,60}$"),
    # A press release's furniture: its end mark ("-ENDS-", "*** END ***", "—30—", "# # #"), headings of its notes
    # and contacts ("Notes to editors", "Media enquiries"), reference codes and download and gallery notes.
    ("press_release", r"^[\W_]*(?:ends?|end of (?:release|statement|text))[\W_]*$|^\W*[-—–]\s*30\s*[-—–]\W*$"
                      r"|^\W*(?:notes? (?:to|for) editors|media (?:enquiries|inquiries|contacts?|relations)|"
                      r"press (?:enquiries|inquiries|contacts?|office)|for (?:further|more) (?:information|details)"
                      r"(?:,? please contact)?|investor (?:relations|contacts?|enquiries))\W*$"
                      r"|^\W*(?:our )?ref(?:erence)?(?: no\.?)?\s*:\s*[A-Z]{1,6}[/-]\d"
                      r"|^\W*(?:multimedia|photo|image|video|media) (?:gallery|assets?|files?|kit) (?:is |are )?"
                      r"(?:available|can be downloaded)\b"),
    # A page's star ratings and votes ("Average rating 4.4 / 5. Vote count: 323", "4.4 out of 5 stars", "Helpful
    # (86) Not helpful (11)").
    ("rating", r"^\W*(?:average )?rating\s*:?\s*\d(?:\.\d)?\s*(?:/|out of)\s*\d+\b|\bvote count\s*:\s*\d"
               r"|^\W*\d(?:\.\d)?\s+out of\s+5(?:\s+stars?)?\W*$|\bnot helpful\s*\(\d+\)"),
    ("contact", r"^(?=.{0,120}$).*[\w.+-]+@[\w-]+\.[a-z]{2,}\b(?!.*[\"“”])"
                # a telephone number alone after its label ("Tel: +44 1632 960 388", "Mobile 07700 900865")
                r"|^\W*(?:t|tel|telephone|phone|ph|mobile|mob|m|cell|fax|direct|office|whatsapp)\s*[:.]?\s*"
                r"\+?\d[\d\s().-]{6,18}\d\s*$"),
    ("social_handle", r"^\W*(follow\b.{0,60}\b(on|at)\s+(x|twitter|facebook|instagram|tiktok|threads|bluesky|"
                      r"linkedin|youtube|google news|whatsapp|telegram|mastodon)\b.{0,30}"
                      r"|follow (us|me|him|her)\b.{0,60})$"
                      r"|^\W*@\w{2,}\W*$|^\W*(twitter|x|instagram|facebook|tiktok|threads|bluesky):\s*@?\w+\W*$"
                      r"|^\W*(follow|find|like) us( on)?\b.{0,60}$"),
    ("read_more", r"^\W*(read|see|watch|listen)( the)?( full| more| also| next)?\s*(story|article|more|also|next|"
                  r"here|now)?\s*(:|»|>|→|\|)\s*.{0,120}$"
                  r"|^\W*(read|see|watch|listen|more)\s*(more|also|next|:)?\s*(»|>|→)?\W*$"
                  r"|^\W*(audio|video|watch|listen|gallery|photos|podcast|interactive|graphic|infographic)\s*:"
                  r"\s*.{0,120}$"
                  r"|^\W*(read|see) (more|also)\b.{0,100}$|^\W*(read|see) the (full|original|complete) "
                  r"(story|article|report)\b.{0,60}$|^\W*continue reading\b.{0,60}$"),
    ("related", r"^\W*(related( articles| stories| content| coverage| links| news| topics| reading)?|more on this "
                r"(story|topic)|more from [\w ]{1,30}|you (may|might) (also )?(like|enjoy|be interested in)|"
                r"recommended( for you| stories| reading)?|also read|also see|most (read|popular|viewed|shared)|"
                r"trending( now| stories)?|top stories|latest (news|stories|headlines)|don'?t miss|"
                r"more (stories|news|headlines)|editor'?s picks|what to read next|up next|"
                r"(further|suggested) reading|explore( more)?( on)?( these| this)?( topics?| stories)?|"
                r"more (on|about|from) (these|this) (topics?|stories|subjects?)|(sponsored|promoted|partner|paid) "
                r"(links|stories)|(from )?around the web|from our partners|recommended by \w+|"
                r"elsewhere (on|in|at|from) [\w ]{1,30}|more coverage( (of|on|about) [\w ]{1,30})?)\b"
                # the label alone, or with its link after a colon, a dash, a bar or an arrow ("Also read — ...")
                r"\W*((:|[—–|»>→]|\s-\s).{0,120})?$"),
    ("summary_box", r"^\W*(key (points|facts|takeaways)|in brief|at a glance|fast facts|quick (facts|read)|tl;? ?dr|"
                    r"the (essentials|big picture|short version)|what you need to know|story highlights|highlights|"
                    # a content farm's and a newsletter's boxes ("Contents [hide]", "People also ask", "In this
                    # issue:")
                    r"(table of )?contents \[(hide|show)\]|people also (ask|search for)|related (searches|questions)|"
                    r"in (this|today['’]s) (issue|edition|newsletter))"
                    r"\W*$"),
    ("tech_notice", r"^(?=.{0,120}$).*\b(enable javascript|javascript (is )?(disabled|required)|"
                    r"your browser (does not|doesn't|is not|isn't|is out of date|is outdated|is no longer)|"
                    r"video tag|ad ?blocker|update your browser|"
                    r"flash player|powered by disqus|media playback|accessible (video|audio|media) player|unsupported on your "
                    r"(device|browser)|use (a |the )?\w+ browser|turn on javascript|opens? in (a )?new (tab|window)|"
                    r"this is a modal window|(beginning|end) of dialog window|escape will cancel|heading level \d|"
                    r"navigation landmark|exit full ?screen|stream type live)\b"
                    # a media player's screen-reader strings and progress ("Loaded: 52%", "Background: Black, 75%")
                    r"|^\W*(loaded|progress|background|window|text edge style|font (family|size)):\s*\w*,?\s*\d+%\W*$"),
    # A media player's or widget's messages at any length (the page's voice, never a story's): playback that fails
    # ("This clip can't be played at the moment ..."), rights by territory ("... can only be played by viewers in
    # the UK", "... not cover the place you are connecting from"), what the player needs ("you need a browser that
    # supports HTML5 video"), a programme's content warning ("This programme contains strong language ...", "Viewer
    # discretion is advised") and a panel that failed to load ("Something went wrong ... try again later").
    ("player_notice", r"\bthis\s+(video|clip|programme|program|footage|audio|media|stream|item|player|film|"
                      r"episode)\b[^.!?]{0,60}\b(can(not|['’]t)|could(n['’]t| not)|is (not |un)able to|isn['’]t able"
                      r" to|won['’]t)\s+(be\s+)?(played|play|shown|loaded|load|displayed|viewed|streamed)\b"
                      r"|\b(only (be )?(played|viewed|watched|streamed|available)|not (be )?available|can(not|['’]t) be"
                      r" (shown|played|viewed|streamed))\b[^.!?]{0,80}\b(viewers in|your (country|region|location|"
                      r"territory)|(in|outside) the (UK|US|EU)\b|where you are|you (appear to be|are connecting))"
                      r"|\b(licen[cs]e|rights)\b[^.!?]{0,80}\b(does not|doesn['’]t|do not|don['’]t) (cover|allow|extend"
                      r" to)\b[^.!?]{0,40}\b(where|place|country|region|territory)"
                      r"|\b(you need|requires?|needs) (a |an )?(newer |recent |modern |supported )?(browser|version of)"
                      r"\b[^.!?]{0,60}\b(video|html5|javascript|player|audio)\b"
                      r"|\bmedia player needs\b|\bviewer discretion is advised\b"
                      r"|^\W*(warning:\s*)?(this|the following) (programme|program|clip|video|report|film|footage|item|"
                      r"episode|broadcast)\s+(contains|includes|features|has)\b[^.!?]{0,100}\b(may find (it |them |this )?"
                      r"(upsetting|distressing|disturbing|offensive)|flashing images|strong language)"
                      r"|\bsomething (has )?(gone|went) wrong\b[^.!?]{0,60}[.!]?\s*(please )?(try again|refresh|reload|"
                      r"come back|check your connection)|\b(this|the) (panel|feature|widget|section|part of (the|this) "
                      r"page)\b[^.!?]{0,20}\b(did not|didn['’]t|failed to|could not|couldn['’]t) load\b"
                      r"|\bhaving trouble loading\b"),
    ("tags", r"^\W*(tags?|topics?|tagged( with)?|filed under|categories|category|keywords|related (tags|topics)|"
             r"more about|in this (story|article))\s*:\W*.{0,150}$"
             r"|^\W*(tags?|topics?|categories|keywords)\W*$|^(\s*#\w+){2,}\s*$"),
    ("navigation", r"^\W*(home|news|menu|skip to (main )?content|skip navigation|back to top|go to top|"
                   r"search|open menu|close|main menu|toggle navigation|sections?)\W*$"
                   r"|^\W*(home|news)\s*(>|»|/|›|\||::|→)\s*.{0,80}$"
                   r"|^\W*(next|previous|prev|older|newer|back)( article| story| post| page| to top)?\W*$"
                   r"|^\s*[←→↑↓«»‹›]\s*\S.{0,40}$|^.{0,40}\S\s*[←→↑↓«»‹›]\s*$"),
    ("credit", r"^\W*(\(?(reporting|writing|editing|additional reporting|compiled|research) by\b.{0,160})$"
               r"|^\W*(editing|edited) by\b.{0,80}$|^\W*(this (article|story|report) (was )?(first |originally )?"
               r"(appeared|published)|this (story|article) has been (updated|corrected))\b.{0,120}$"
               r"|^\W*contact (the )?(author|reporter|us)\b.{0,80}$"
               r"|^\W*(editor'?s note|note to readers)\s*:.{0,200}$"
               r"|\b(a version of this (article|story)|this (article|story) (appears|appeared) in print)\b"
               r"|^\W*(additional )?(contributions?|contributing|reporting) (from|by)\b.{0,80}$"
               r"|^\W*[\w .'’-]{1,60} contributed (to )?(this )?(report|story|article|reporting)\W*$"
               # a one-line author bio at the foot: "Jane Doe covers courts for The Daily Ledger."
               r"|^[A-Z][\w'’.-]+( [A-Z][\w'’.-]+){1,3} (covers|writes about|reports on|is an? [\w ]{1,40}"
               r"(correspondent|reporter|editor|writer|journalist|columnist) (for|at)) [^.]{1,60}\.?$"
               r"|^\W*(\w+ )?(checked|reviewed|produced|edited|written|compiled|curated|illustrated|designed|"
               r"photographed|filmed|translated|verified|narrated|presented) by\b[^.!?]{0,60}$"
               r"|^\W*\((adds|updates|recasts|corrects|changes|rewrites|repeats|fixes|removes|inserts)\b"
               r"[^()]{0,80}\)\W*$"),
    ("disclosure", r"\baffiliate (links?|commissions?|partners?|programs?|programmes?)\b"
                   r"|\bearn (a )?(small )?commission\b"
                   r"|^(?=.{0,160}$).*\bnot responsible for (the )?content\b"
                   r"|\b(produced|published|created) in (partnership|association|collaboration) with\b"
                   r"|^\W*(paid (partnership|post|content)|sponsored by|in partnership with|presented by|"
                   r"supported by)\b.{0,60}$"),
    ("paywall", r"\b(free|remaining) (articles?|stories)\b|\barticles? (left|remaining)\b|\bcontinue reading\b"
                r"|\b(create|register for|sign up for) a (free )?account\b|\bsubscribers? only\b"
                r"|\balready (a )?(subscriber|member|registered)\b"),
)

#: Prose boilerplate: whole sentences that read like body text but that only the page, the platform or the
#: publisher says (a CMS's comment form, a wire feed's disclaimer, a consent dialog's purposes, a helpline note, a
#: live blog's hand-over).  Applied to lines of at most STOCK_MAX_WORDS that quote nobody ("stock_phrase").
STOCK_MAX_WORDS = 60
STOCK_PHRASES: tuple[str, ...] = (
    # blog and CMS furniture (WordPress, Blogger, syndication feeds)
    r"\bthe post\b.{3,200}\bappeared first on\b", r"^\W*this entry was posted\b", r"\bsave my name,? e-?mail\b",
    r"\byour e-?mail address will not be published\b", r"\brequired fields are marked\b", r"^\W*posted in\b.{0,80}\|",
    r"\bauto-generated from a syndicated feed\b", r"\bpublished from a (wire )?(agency )?feed\b",
    r"^\W*catch all the\b.{0,120}\bnews\b",
    # newsletter platforms, forums, link aggregators, e-mail
    r"\bis a reader-supported publication\b", r"\bconsider becoming a (free or )?paid subscriber\b",
    r"\bnew comments cannot be posted\b", r"\bpoints? by \S+ \d+ \w+ ago\b",
    r"^\W*(submitted|posted by u/\S+)\b.{0,60}\b\d+ (minutes?|hours?|days?|weeks?|months?|years?) ago\b",
    r"^\W*(originally posted by|join date:)", r"^\W*sent (from|via) (my|the) \w+",
    r"^\W*subject:\s*(fwd?|re):",
    # press-release wires: safe-harbour language, company boilerplate, multimedia notes
    r"\bforward-looking statements?\b", r"^\W*view original content\b", r"\bactual results (may|could) differ\b",
    r"\bundue reliance\b", r"\bintended to identify (such|these|forward-looking) statements\b",
    r"^\W*to view the (multimedia|original|full) (release|version|announcement)\b",
    # ... an affiliate-commerce page's notes on its picks and prices
    r"\bchosen by [\w'’ &-]{2,40}, not (by )?advertisers\b",
    r"\bprices? (were|was|are|is) correct at (the time of|\d)",
    # ... and an earnings call's transcript: the operator's lines
    r"^\W*operator\s*:", r"\bthank you for standing by\b", r"\bhand the call (back |over )?to\b",
    r"\bthis concludes (today['’]s|the|our) (conference )?call\b", r"\bquestion-and-answer session\b",
    r"\((nyse|nasdaq|lse|aim|tsx|tsxv|asx|otcqx|otcqb|nyse american|euronext)\s*:\s*[a-z.]{1,6}\)\s+is\s+an?\b",
    # ... and the rest of a release and of copy that came by e-mail, chat or as a draft: securities notices,
    # company boilerplate, media kits, machine-translation notes, chain messages, newsletter asides, draft warnings
    r"\bsolicitation of an offer to (buy|sell)\b", r"\bcontains? inside information\b",
    r"^\W*(founded|established) in \d{4},? (and )?(is )?(headquartered|based) in\b",
    r"\bis a leading (global )?(provider|supplier|developer|maker|manufacturer) of\b", r"\bb-roll\b",
    r"\bvideo news release\b",
    r"\btranslated automatically\b|\bautomatic(ally)? translat(ed|ion)\b|\b(could|can) ?not be translated\b",
    r"\b(forward|send|share|pass) (it|this)( message| post| on)? to (as many|all your|everyone you|ten|\d+)\b",
    r"^\W*(copied|copy-pasted|copy and pasted) from (a|my) (friend|mate|colleague|neighbou?r)",
    r"\byou('re| are) receiving this\b", r"\bhit reply\b",
    r"^\W*(a word from (our|this week['’]s|today['’]s) sponsors?|(partner|sponsor) message|a message from our "
    r"(sponsor|partner)s?)\s*:",
    r"\bdo not circulate\b|\bnot for (circulation|distribution)\b|\bprepared for internal (discussion|use|"
    r"circulation)\b|\bshould not be relied (up)?on by\b", r"\bour offices? (will be|are) closed\b",
    # specialist desks: regulated risk warnings of money pages and betting ads, disclosures, funding notes,
    # corrections readers asked for, horoscopes, puzzle answers, price feeds, weather-warning validity
    r"\b(your )?home may be repossessed\b", r"\bcapital (is )?at risk\b", r"\bget back less than you\b",
    r"\bvalue of (your )?investments?\b.{0,40}\bcan (go|fall) down\b", r"\bcryptoassets? are (largely )?unregulated\b",
    r"\bprepared to lose all (the|your) money\b", r"\bnot authori[sz]ed to give (financial|investment) advice\b",
    r"\bauthori[sz]ed and regulated by\b", r"\btax treatment depends on\b",
    r"\b(seek|take|get) (independent|professional) (financial )?advice\b",
    r"\b(bet|gamble) responsibly\b|\bchase (your )?losses\b|\bwhen the fun stops\b|\bover-18s only\b|\b18\+ only\b"
    r"|\bgambling (can be addictive|has stopped being fun|becomes a problem)\b",
    r"\b(writers?|authors?|journalists?|staff|reporters?) (may )?(hold|own) (shares|positions|investments) in\b",
    r"\bunder our code of conduct\b", r"\bfunders? had no role\b",
    r"\breaders have (been in touch|written in|contacted us) to point out\b",
    r"^\W*(aries|taurus|gemini|cancer|leo|virgo|libra|scorpio|sagittarius|capricorn|aquarius|pisces)\s*"
    r"\(\d{1,2}\s+\w+\s*[–-]\s*\d{1,2}\s+\w+\)",
    r"\b(solutions?|answers?) to (all of )?(this week['’]s|today['’]s|yesterday['’]s|last week['’]s) (puzzles?|"
    r"crosswords?|sudoku)",
    r"\b(prices?|quotes?|data) (are |is )?delayed (by )?(at least )?\d+ ?min|\bquotes are delayed\b"
    r"|\bmarket data (is |on this page is )?(provided|supplied) by\b|\bday['’]?s? range\b.{0,60}\b52-week\b",
    r"^\W*valid from \d{1,2}:\d{2}\b",
    # app chrome (permission prompts, connection notices, rating asks), podcast pages, court reporting notices
    r"\bnotifications? (are|is) (currently )?(switched|turned) off\b", r"\bto use your (current )?location\b",
    r"\b(allow|enable|turn on) (location|notifications?)( access)?\b", r"^\W*permission denied\b",
    r"\byou('ve| have) lost your (internet )?connection\b|\byou('re| are) (back )?(offline|online)\b",
    r"\b(leave|leaving|write|rate) us a (review|rating)\b|\brate (the|our|this) app\b",
    r"\b(wherever|where) you get your podcasts\b|\byour (usual )?podcast app\b",
    r"\buse (the )?(promo |discount |offer )?code (?-i:[A-Z0-9]{3,})\b",
    r"\breporting (of|on) (these|the) proceedings is restricted\b",
    r"\bcould (amount to|constitute|be) contempt of court\b",
    # re-publication and archive notes
    r"\b(republished|reposted|reprinted) (here )?(with|by|under)\b.{0,30}\b(permission|creative commons)\b",
    r"\bunder a creative commons\b", r"\bno copyright infringement intended\b",
    r"\ball rights belong to (their|the) (respective )?owners?\b", r"\bwe do not claim ownership\b",
    r"^\W*this is an excerpt\b", r"\b(complete|full) (story|article) is available (on|at)\b",
    r"\bthis is a developing story\b",
    r"\b(we|the (publisher|editor|newspaper|site|website)) (cannot|can ?not|do not|does not|will not) accept (any )?"
    r"(responsibility|liability)\b",
    r"^\W*(first|originally) (published|posted|appeared)\b", r"\b(appeared|published|posted|ran) (first|originally) "
    r"(on|at|in)\b", r"\bis a re-?post (from|of)\b", r"\bre-?published (here )?in full\b",
    r"\bthe post\b.{3,200}\b(appeared|was published|was posted)\b", r"^\W*appeared in the print edition\b",
    r"\bfair use\b.{0,120}\bcopyright", r"\bsection 107 of the (us )?copyright\b",
    r"\bproperty of their respective owners\b",
    # machine-made and aggregated copy
    r"\b(used|uses|using) (artificial intelligence|ai) to (produce|write|generate|create|rewrite)\b",
    r"\bautomated (news )?aggregator\b", r"\bpublished by software\b", r"\bwithout human review\b",
    r"\bauto-?published\b", r"\bmay not have (been )?edited\b", r"^\W*(disclaimer:\s*)?this is a press release\b",
    # sponsorship, tips and reader asks
    r"\bbuy(ing)? us a coffee\b", r"\bbrought to you by\b",
    r"\b(local )?(coverage|reporting|journalism) (is |are )?(supported|sponsored|made possible) by\b",
    r"\bpreferred source\b", r"\b(whatsapp|telegram) (group|channel)\b", r"\bbe notified when\b",
    r"\bshow you notifications\b", r"\bwe('d| would)? (want|love|like) to hear from you\b", r"^\W*stay tuned\b",
    # page furniture of blogs and content farms
    r"^\W*table of contents\W*$",
    # statutory public notices printed beside the news (probate, insolvency, deed poll, traffic orders, tenders)
    r"\bnotice is hereby given\b", r"\bhaving (a )?claims? against the estate of\b",
    r"\bcreditors of the company are required to\b", r"\brenounced (and abandoned )?the use of my\b",
    r"\bby deed poll dated\b", r"\bnot bound to accept the lowest\b", r"\bthe register may be inspected\b",
    r"\bintends to make an order prohibiting\b",
    # broadcast transcripts and programme pages
    r"\brush transcript\b", r"\btranscripts? (was|were|is|are) (typed|produced|created|generated)\b",
    r"^\W*((coming up|still to come)( tonight| after the break| on the (programme|program|show))?|(also|later|next) "
    r"(on the (programme|program|show)|in (the|this|tonight['’]s) (bulletin|programme|program|show)|after the break))"
    r"\s*:",
    r"^\W*you['’]re (listening to|watching) (?-i:[A-Z])", r"^\W*welcome to [^,.]{2,40}, I['’]m\b",
    r"\bthanks? (you )?for (joining|watching|listening to) us (on|this)\b",
    r"\bauthoritative record of\b", r"^\W*\[?end of (the )?transcript\b", r"^\W*first broadcast\s*:",
    r"\bnot (be )?available outside the (uk|us|united kingdom|united states)\b", r"\bfor rights reasons\b",
    # science, health and magazine sites: sources, citations, reviews, issues, archives, gift subscriptions
    r"^\W*story source\s*:", r"\bmaterials provided by\b", r"\bedited for style and length\b",
    r"\beditors have highlighted the following attributes\b", r"^\W*(journal reference|doi|how to cite|cite this "
    r"(article|page|story))\s*:", r"^\W*(medically|clinically|expert) reviewed by\b",
    r"^\W*from the \w+( \d{4})? issue\b", r"\b(appears|appeared) in the \w+( \d{4})? (print )?(issue|edition)\b",
    r"\b(is|was) (taken )?from our archives?\b", r"\bgift subscriptions?\b", r"\bgive the gift of\b",
    # reader competitions, giveaways and polls: "Five lucky readers will win ...", "We have 10 pairs of tickets to
    # give away", "simply tell us ...", "More than 2,000 readers took part in our survey"
    r"\blucky (readers?|winners?)\b", r"\bwe have\b.{0,40}\bto give away\b", r"\bsimply tell us\b",
    r"\b(competition|prize draw|entries) closes?\b", r"\b(readers|of you) (took part in|voted in|responded to) our "
    r"(survey|poll|vote)\b", r"\blast week we asked (you|readers)\b",
    # print editions and wire desks: running heads with a page number, advisories
    r"^(?=.{0,100}$).*\b\d{4}\b.*\bpage [a-z]?\d{1,3}\W*$", r"^\W*(advance for (release|use)|embargoed (until|for))\b",
    r"\bcontent (selection|copying) is (disabled|protected)\b|\bright[- ]click (is )?disabled\b",
    r"^\W*(total |today'?s? |post )?views?\s*:\s*[\d,.]+k?\b",
    r"\bvisit the (original )?(publisher|source)\b", r"\barchived from the original\b",
    r"^\W*updated to (add|include|reflect|correct)\b",
    # disclaimers and rights
    r"\b(views|opinions)( and (views|opinions))? expressed (in|on|by) (this|the)\b",
    r"\bdoes not constitute (\w+ )?(financial|investment|legal|medical|tax|professional) advice\b",
    r"\bfor (general )?information(al)? purposes only\b",
    r"\bnot (be )?(taken|construed) as (\w+ )?(investment|financial|legal|medical) advice\b",
    r"\b(may not|must not|cannot) be (re)?produced\b",
    r"\breproduced (with|without) (the )?(written |prior |express )?permission\b",
    # machine-made text
    r"\b(generated|produced|created|read|narrated|voiced) (by|using|with) (an? )?(ai|artificial intelligence|"
    r"machine|text-to-speech)\b",
    r"\bmachine[- ]translated\b", r"\bmay contain (errors|mistakes|inaccuracies|mispronunciations)\b",
    r"\bthis (machine|ai|computer)[- ](written|generated|made) (summary|brief|digest|article|text|story)\b",
    # broadcast links and transcripts' notices
    r"^\W*(still to come|coming up|also ahead)( on [\w ]{1,40})?\s*[:.…-]", r"\bdon'?t go anywhere\b",
    r"\bafter these (messages|adverts?|commercials?)\b",
    r"\b(rush|machine-generated|automated|uncorrected) transcript\b",
    r"\btranscripts? (remains?|is|are) the (property|copyright) of\b",
    r"\bi'?m [\w-]+ [\w-]+,? and (this is|welcome to)\b",
    r"\bwe'?ll take a (short |quick )?break\b", r"\bwhen we (come back|return)\s*,",
    r"\bto license this (clip|video|footage|image|photo|picture)\b",
    r"\b(episode|video|show) (wouldn'?t|would not) be possible without\b",
    r"\bthis transcript (is|has been) (made available|provided|produced)\b",
    r"\bthis (live stream|stream|video|clip|recording)( recording)? is (not|no longer|un)available\b",
    # support notes after distressing stories
    r"^\W*if you( or someone you know)?( are| have been| were)? (affected|struggling|in crisis|need (help|support))\b",
    r"\bhelp and support (is|are) available\b", r"\bhelplines?\b.{0,40}\b(open|free|confidential|24 hours)\b",
    # comment policies and live-blog furniture
    r"\bcomments (are|will be) (moderated|reviewed|closed)\b", r"^\W*if you'?re just joining us\b",
    r"\bjust tuning in\b", r"^\W*there (are|is) \d+ new (posts?|updates?)\b",
    r"\bwelcome to (our|this) live (coverage|blog|page|updates)\b", r"\b(a separate|our other) live (page|blog)\b",
    r"\b(pausing|ending|wrapping up|closing) (our|this|the) live (coverage|blog|updates)\b",
    r"^\W*that'?s all from (me|us)\b", r"\bthanks? (you )?for following( along)?\b",
    # reader comments, reviews, polls and reader pictures: thread labels and their notes
    r"^\W*(top|most (liked|recommended|upvoted|popular)|featured|highlighted|best|pinned) (comment|reply|answer)s?"
    r"\s*:", r"^\W*(most liked|most recommended|editor['’]s pick|staff pick)\s*:", r"^\W*replying to @?\S+",
    r"^\W*(a )?(reply|response|comment) from the (management|owner|business|venue|host|seller)\s*[:(—–-]",
    r"^\W*(the )?(owner|management) (replied|responded)\s*[:(—–-]",
    r"^\W*(?-i:(?=[\w.-]*[\d_])[\w.-]{3,30}|[a-z][\w.-]{2,29}) (wrote|replied|posted)\s*:\s",
    r"\b(load|show|view|see) (all )?\d+ more (replies|comments)\b",
    r"\b(poll|survey|vote)s? (is|are) not scientific\b",
    r"\b(reader )?polls? (is|are) (just )?(a bit of fun|for fun|unscientific)\b",
    r"\bnot (be )?(read|taken|seen) as an? (measure|reflection|representation) of (public|wider) opinion\b",
    r"\bsend us your (pictures|photos|photographs|videos|stories|images)\b",
    r"^\W*have your say\s*:", r"\bsend (us )?your (views|comments|letters|thoughts)\b",
    r"^\W*(your stories|reader stories|your pictures|your photos|sent in by [^:]{1,40})\s*:",
    # consent dialogs: the IAB framework's purposes, and cookie notices in any language
    r"\b(store and/or access information on a device|use limited data to select|create profiles? (for|to) "
    r"personali[sz]ed|measure (advertising|content) performance|understand audiences through statistics|"
    r"develop and improve (services|products)|use precise geolocation data|actively scan device characteristics|"
    r"\(legitimate interest\))",
    r"\bcookies?\b.{0,200}\b(personali[sz]|consent|partners|tracking|third[- ]part|privacy)"
    r"|\b(personali[sz]|consent|partners|privacy)\w*\b.{0,200}\bcookies?\b",
    r"\bcookies?\b(?=.*\b(utilizamos|usamos|verwenden|nutzen|utilisons|gebruiken|utilizza|utilizziamo|używamy|"
    r"wir|nous|wij|questo sito)\b)",
)

#: The publisher speaking of itself or to its reader: "this story", "our newsroom", "readers like you".  News
#: prose talks about the world, not about the page it is on; a body line that does (a quote's "our staff") is
#: quoted or reported, and those are left alone.  Lines of at most PUBLISHER_VOICE_MAX_WORDS ("publisher_voice").
PUBLISHER_VOICE_MAX_WORDS = 40
PUBLISHER_VOICE = (
    r"\bthis\s+(article|story|post|page|site|website|e-?mail|newsletter|episode|podcast|content|embed|briefing|"
    r"edition)\b"
    r"|\bour\s+(journalism|journalists|newsroom|reporting|readers|website|site|app|newsletters?|podcasts?|partners|"
    r"reporters|coverage|editors|editorial|mailing|staff|privacy|terms|community|comments?|subscribers|members|"
    r"audio|independence|work|mission|content|archives?|posts?|stories|articles|writers|contributors|volunteers|"
    r"supporters|print edition)\b"
    r"|\b(readers like you|dear reader|your inbox|your e-?mail address|comments? (policy|section))\b"
)
#: A fundraising or membership appeal: APPEAL_MIN_CUES of these words (one of them in APPEAL_CORE_WORDS) in the
#: outlet's "we" or the reader's "you", or one core word with a subscription price ("£6 a month"), on a line of at
#: most APPEAL_MAX_WORDS that quotes nobody ("appeal").  News about donations ("a £2m donation to the party") has
#: the words but neither the voice nor the price.
APPEAL_WORDS: frozenset[str] = frozenset(
    """
    member members membership donate donation donations donating gift give contribution contribute support
    supporting supporter supporters fund funded funding reader-funded reader-supported independent independence
    journalism journalists reporting newsroom paywall subscribe subscriber subscribers subscription free cancel
    readers ad-free afford
    """.split()
)
#: An appeal is for the outlet's journalism: one of these must be among the cues (product reviews and charities talk
#: of subscriptions, support and funding too).
APPEAL_CORE_WORDS: frozenset[str] = frozenset(
    """
    membership donate donation donations donating journalism journalists reporting newsroom paywall readers
    reader-funded reader-supported independent independence
    """.split()
)
APPEAL_MIN_CUES = 2
APPEAL_MAX_WORDS = 50
PUBLISHER_WE = re.compile(r"\b([Ww]e|us|[Oo]urs?|[Ww]e['’](re|ve|d|ll))\b")  # "us", not "US"
READER_YOU = re.compile(r"\b(you|your|yours)(['’](re|ve|d|ll))?\b", re.IGNORECASE)
SUBSCRIPTION_PRICE = re.compile(
    r"([$£€¥]|\b[A-Z]{1,3}\$)\s?\d[\d.,]*\s*((a|per|/|each)\s*(month|year|week|mo|yr)\b|\s(today|now)\b)",
    re.IGNORECASE)
#: An author writing in their own voice: such a line is never the publisher's.
FIRST_PERSON_SINGULAR = re.compile(r"\b(I|I['’](m|ve|ll|d)|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself)\b")

#: Month names of the languages a localised page stamps its dates in (French, Spanish, Portuguese, German, Italian,
#: Dutch; the English ones are parsed as metadata by clean_meta).  A short line with a day, one of these and a year is
#: a time stamp ("Mis à jour le 13 novembre 2019 à 1h12", "Publicado em 3 de fevereiro de 2013").
FOREIGN_MONTHS = (
    r"(janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|"
    r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|janeiro|"
    r"fevereiro|março|marco|maio|junho|julho|setembro|outubro|novembro|dezembro|januar|februar|märz|juni|juli|"
    r"oktober|dezember|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|januari|februari|"
    r"maart|mei|augustus)"
)
FOREIGN_DATE = re.compile(r"^(?=.{0,100}$).*(\b\d{1,2}\.?\s+(de\s+)?" + FOREIGN_MONTHS + r"\s+(de\s+)?\d{4}\b|\b"
                          + FOREIGN_MONTHS + r"\s+\d{1,2},?\s+\d{4}\b)", re.IGNORECASE)

#: Market and weather strips: every item of the line is a label with a figure and a signed change or an arrow
#: ("FTSE 100 6,867.29 ▲ +0.18% | Gold 2,121.88 +2.22%"); a short unpunctuated line with a temperature ("Now 9°C ·
#: Wind 40 mph").  Body text gives such figures in sentences.
STRIP_SEPARATORS = re.compile(r"\s[|·•]\s|\s{3,}")
TICKER_ITEM = re.compile(r"^[A-Za-z][\w&/.'’ -]{0,24}?:?\s+[\d,]+(\.\d+)?%?\s*(°[CF]?|p|c|pts)?"
                         r"\s*([▲▼△▽↑↓]\s*)?"
                         r"([+\-−–]\s?\d[\d,]*(\.\d+)?%?|\(?[+\-−–]?\d+(\.\d+)?%\)?|\([+\-−–]\d+(\.\d+)?\)"
                         r"|[▲▼△▽]\s?\d[\d,]*(\.\d+)?%?)?\s*[▲▼△▽↑↓]?$")
#: An item written "Label: figure" needs a signed change or an arrow ("GBP/EUR: 1.12 (+0.7%)", not "Turnout:
#: 70%"); any other item may show its change as a bare percentage.
TICKER_SIGNED = re.compile(r"[▲▼△▽↑↓]|[+\-−–]\d")
TICKER_CHANGE = re.compile(r"%|" + TICKER_SIGNED.pattern)
#: A strip may open with its box's label, a word or two without a figure ("FX · USD/CHF: 0.91 (-0.8%) · ...").
TICKER_LABEL = re.compile(r"^[A-Za-z][A-Za-z&/ ]{0,24}$")
STRIP_MAX_WORDS = 30
#: A strip of amounts in any layout, glued or not, of any length: AMOUNTS_MIN tokens or more that are a price, a
#: signed change, a percentage, an arrow, fractional odds or a clock time ("£49", "+1.2", "(-0.4%)", "▲", "7/2",
#: "19:45"), and no more grammar words (AMOUNT_GRAMMAR_WORDS) than amounts, not ending a sentence: a ticker whose
#: items have no separators ("Silver: 23.1 (-0.3%) Crude oil: 81.2"), a price list or a deals strip ("Pods 2 – £89
#: (save 30%) @ Gadgetory").  Body text puts its amounts in sentences; of the real corpora only one line of aeb's
#: gold bodies (a deals page's "45% Off ... Now $549 Plus $50 ... Card") has this shape.  Odds and kick-off times
#: make a betting or fixtures strip ("Home 7/2, draw 12/5, Away 9/4 · Both to score: Yes 4/6"); units ("12g",
#: "120Hz") were tried and took aeb deals-page lines for nothing more on the noise sets.
AMOUNT_TOKEN = re.compile(r"^\(?(?:[£$€¥]\s?\d[\d,.]*(?:bn|m|k|p)?|[+\-−–]\d[\d,.]*%?|\d[\d,.]*%|[▲▼△▽↑↓]\S*"
                          r"|\d{1,3}/\d{1,3}"
                          r"|\d{1,2}:\d{2}(?:am|pm)?)\)?[,;:]?$")
AMOUNTS_MIN = 3
AMOUNT_GRAMMAR_WORDS: frozenset[str] = frozenset(
    "a an the of to for in on at by and or but with from is are was were be been has have had it its this that which"
    " who as than will would could not no he she they we i".split()
)
#: Text set letter by letter, as a print masthead or a spaced-out address extracts ("T H E  C O U R I E R", "w w w
#: . gazette . co . uk", "1 2 3 4 5 6 7 8"): at least LETTER_SPACED_MIN_TOKENS tokens, LETTER_SPACED_SHARE of them
#: one character long.  No line of BBC, Reuters, news-please or aeb's gold bodies is set so.
LETTER_SPACED_MIN_TOKENS = 6
LETTER_SPACED_SHARE = 0.7
SPACED_ADDRESS = re.compile(r"^\W*w\s+w\s+w\s+\.\s")
#: A table's row of figures with its labels lost ("6.4 9.9 11.6 3.2 2.4"): at least this many figures and no letter
#: of any script.  No line of BBC, Reuters, news-please or aeb's gold bodies has one; a lone figure is a table cell.
FIGURES_ROW_MIN = 3
#: A chart's axis as a text extraction leaves it: AXIS_MIN_TICKS numbers or more, evenly spaced, alone on a line
#: ("12 10 8 6 4 2 0", "2012 2013 2014 2015", "0 10 20 miles"), or one to a line down consecutive lines.
AXIS_TICK = re.compile(r"[£$€]?-?\d[\d,]*(?:\.\d+)?[%kKmM]?")
AXIS_UNIT = re.compile(r"(?i)km|miles?|mi|m|ft|metres|meters|kg|tonnes|mm|cm|°[CF]?|%|pts|points|years?")
AXIS_MIN_TICKS = 3
#: A quiz's options: QUIZ_MIN_OPTIONS lines or more in a row lettered in order from A ("A) 48kg", "b. £2"), each
#: at most QUIZ_OPTION_MAX_WORDS words after its letter.
QUIZ_OPTION = re.compile(r"^\s*\(?([A-Fa-f])[).]\s+(\S.*)$")
QUIZ_MIN_OPTIONS = 3
QUIZ_OPTION_MAX_WORDS = 5
WEATHER_MAX_WORDS = 14

#: Rules applied to full pages only: an extractor's body keeps a live blog's entry stamps as its own section
#: heads (AP's "The Latest" bodies: "4:14 p.m." above each entry), a full page's chrome does not need them.
PAGE_ONLY_RULES: frozenset[str] = frozenset({"clock_time"})

# --- interface / call-to-action vocabulary ----------------------------------------------------------------------
# Words that carry most of the meaning of interface text.  Used as *shares* of a short line, never as single hits.

UI_WORDS: frozenset[str] = frozenset(
    """
    share shares shared tweet retweet email e-mail print copy link links url save saved bookmark bookmarked
    bookmarks article comment comments
    facebook twitter x instagram linkedin pinterest reddit whatsapp telegram messenger tiktok youtube snapchat
    flipboard threads bluesky rss feed subscribe subscribed subscription subscriptions subscriber subscribers
    sign login logout register newsletter newsletters inbox alerts notifications app apps download
    advertisement advert ads ad sponsored promoted menu home search skip navigation top back next previous prev
    more read watch listen play video videos photos gallery podcast podcasts live follow click tap here
    related recommended trending popular latest stories story articles topics tags terms privacy policy cookies
    cookie contact about careers sitemap help faq account settings preferences manage accept reject continue
    homepage updates text open font size sort newest oldest filter load loading reply feedback replies discussion
    conversation
    now today free trial offer deal join member members membership upgrade premium donate support view see
    audio version versions translate translation page pages add list lists reading report ad vote poll polls
    deals shop shopping store buy cart checkout price prices coverage slideshow slides swipe map embed player
    expand collapse show hide less fullscreen mute unmute pause replay captions subtitles transcript pdf
    permalink cite edition language english español français deutsch profile notifications bell mode theme
    dark light zoom yes no ok cancel submit send close open back forward upload print-friendly scroll
    """.split()
)

#: Cues that a line addresses the reader to do something (call to action).  Phrases are matched as substrings of
#: the lower-cased line with word boundaries; each distinct cue found counts once.
CTA_CUES: tuple[str, ...] = (
    "subscribe", "sign up", "newsletter", "inbox", "email", "click", "tap",
    "download", "app", "follow", "share", "join", "register", "log in", "sign in", "free", "trial", "offer",
    "don't miss", "never miss", "get the", "get our", "get unlimited", "support", "donate", "become a",
    "membership", "subscriber", "notifications", "alerts", "today", "now", "here", "below", "comment",
    # the article/outlet talking about itself
    "this article", "this story", "stories like this", "articles like this", "our journalism", "our reporting",
    "independent journalism", "delivered", "every morning", "every weekday", "every week", "every day",
    "unlimited access", "tip", "tips", "turn on", "agree", "the conversation", "the discussion", "contact",
    "newsroom", "get in touch", "let us know", "account", "remaining", "above", "video", "gallery", "photos",
    "feedback", "for reading", "for watching", "for listening", "helpful", "useful", "rate", "rating",
)
#: Outside the body (head and tail zones), a short line whose letters are at least this share in another script (Latin,
#: Cyrillic, CJK, ...) is interface text of a localised page ("シェア ツイート" on an English page).
FOREIGN_SCRIPT_SHARE = 0.8  # (non-Latin scripts only: see clean.in_foreign_script)
#: Words that address the reader.
READER_WORDS: frozenset[str] = frozenset({"you", "your", "you're", "yours", "our", "us", "we"})
#: Cue stems: a word starting with one of these counts as the cue ("supporting", "subscribed", "enjoying").
CTA_STEMS: tuple[str, ...] = ("subscri", "support", "enjoy", "newsletter", "notif", "download", "regist", "donat",
                              "bookmark", "premium")
#: A short opening question addressed to the reader ("Got a tip?", "Enjoying this article?") counts as an
#: imperative opener.  Max words of that question:
CTA_QUESTION_MAX_WORDS = 7
#: Imperative verbs that open a call to action (see clean.opens_as_prompt).
CTA_VERBS: frozenset[str] = frozenset(
    """
    subscribe sign join get download follow share click tap read watch listen register log enjoy enjoyed like
    support donate become try start unlock discover explore find see check stay don't never want love sent send
    receive tell upgrade continue install visit learn catch keep create claim grab have thank thanks
    """.split()
)

# --- breadcrumbs and caption labels -----------------------------------------------------------------------------

#: Separators of navigation crumbs ("Home » World » Europe", "News / Business / Markets").
CRUMB_SEPARATORS = re.compile(r"\s+(?:»|›|>|/|\||→|::)\s+|\s*(?:»|›|→)\s*")
#: A leading label before crumbs, taken off first ("You are here: Home » News").
CRUMB_LABEL = re.compile(r"^\W*(you are here|location|breadcrumbs?|navigation|sections?)\s*:\s*", re.IGNORECASE)
CRUMB_MAX_SEGMENT_WORDS = 3
#: A tool bar in any language: at least BAR_MIN_ITEMS items split by BAR_SEPARATORS, each at most
#: BAR_ITEM_MAX_WORDS words and none a sentence ("Artikel teilen · Merken · Drucken").
BAR_SEPARATORS = re.compile(r"\s[|•·]\s")
BAR_MIN_ITEMS = 3
BAR_ITEM_MAX_WORDS = 2
#: A longer bar of any length: at least LONG_BAR_MIN_ITEMS items of at most LONG_BAR_ITEM_MAX_WORDS words, none a
#: sentence (a player's "Settings | Full screen (f) | Cast to device | Copy link | Volume", a navigation box of
#: place names).  No line of the real corpora has this shape.
LONG_BAR_MIN_ITEMS = 5
LONG_BAR_ITEM_MAX_WORDS = 3
#: A list item's bullet: a dash, star or dot, or a number with "." or ")" ("- ", "3. ", "12) ").
BULLET_MARK = r"[-*•·–]|\d{1,2}[.)]"
#: A list or a table row flattened onto one line (rule "glued_list"): at least GLUED_LIST_MIN_ITEMS items split by
#: GLUED_LIST_SEPARATORS (the bars, or a spaced slash), each at most GLUED_LIST_ITEM_MAX_WORDS words and none a
#: sentence ("10:00 | Courtroom 2 | DALE ROE | 34 | Theft", "This Sunday · 8:00 Holy Communion · 10:30 Parish
#: Eucharist", "Public Notices / Legal / Licensing / Probate").  Body prose never parts its clauses so: no line of
#: the BBC, Reuters, news-please or aeb gold bodies has this shape.
GLUED_LIST_SEPARATORS = re.compile(r"\s[|•·/]\s")
GLUED_LIST_MIN_ITEMS = 3
GLUED_LIST_ITEM_MAX_WORDS = 15
#: Tokens that are addresses, not words: URLs, bare domains with a path, handles, e-mail addresses.  A line made
#: only of these is one weak signal of an embed or a link widget (clean.noise_signals).
LINK_TOKEN = re.compile(r"(?:https?://|www\.)\S+|@\w+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[\w-]+(?:\.[\w-]+)+/\S*")
#: A caption label alone on its line ("Image caption,", "Caption:") announces that the next line is a caption.
CAPTION_LABEL = re.compile(r"^\W*((image|photo|picture|media|video)\s+)?caption\W*$", re.IGNORECASE)
CAPTION_MAX_WORDS = 35

#: Short non-prose lines touching noise in the same block (no blank line between), or with noise on both sides,
#: join it (see clean._mark_blocks): noise comes in boxes.
BLOCK_MAX_WORDS = 20
#: An SEO keyword list repeats one two-word phrase at least this many times (see clean.is_keyword_stuffing).
KEYWORD_REPEATS = 3
#: ... in a list of at least KEYWORD_MIN_ITEMS comma-separated items of about KEYWORD_ITEM_MAX_WORDS words at most.
KEYWORD_MIN_ITEMS = 4
KEYWORD_ITEM_MAX_WORDS = 6
#: A table row (see clean.is_data_row) has at least this many figures, and about as many figures as words.
DATA_ROW_MIN_FIGURES = 2

#: Off-topic lines (clean._mark_off_topic), in a text of OFF_TOPIC_MIN_LINES kept lines or more: a line of at most
#: OFF_TOPIC_MAX_WORDS words that no specific word ties to the story.  A content word (OFF_TOPIC_WORD_CHARS+
#: letters, no stopword) is specific when its frequency in English is below OFF_TOPIC_MAX_ZIPF on wordfreq's Zipf
#: scale (5.0 is about 100 per million words: "election" and "football" are just below, "year" and "news" well
#: above).  One shared word links two lines when it is rarer than OFF_TOPIC_RARE_ZIPF (about 10 per million: names,
#: "tariff"); otherwise it takes two.  The rule applies only when the story holds OFF_TOPIC_MIN_SHARE of the kept
#: words.  Above or below the story it spares a line sharing OFF_TOPIC_KEEP_SHARED content words with it, one of them
#: rarer than OFF_TOPIC_PLAIN_ZIPF (three of "year", "people", "time" say nothing); between two of its lines, a line
#: sharing one content word with it, when that word is specific.
OFF_TOPIC_MAX_WORDS = 40
OFF_TOPIC_WORD_CHARS = 4
OFF_TOPIC_MIN_LINES = 4
#: A brief (fewer than OFF_TOPIC_BRIEF_LINES lines) is judged at its ends as inside, and its short lines with a figure
#: stay ("Pay March 31").
OFF_TOPIC_BRIEF_LINES = 6
OFF_TOPIC_MAX_ZIPF = 5.0
OFF_TOPIC_RARE_ZIPF = 4.0
OFF_TOPIC_MIN_SHARE = 0.5
#: ... or, for full sentences above and below the story only, OFF_TOPIC_WEAK_SHARE of them when the story holds
#: OFF_TOPIC_WEAK_DENSITY of the words between its first and last line (furniture around a story, not a text whose
#: lines link to nothing: a Q&A, a list of products).
OFF_TOPIC_WEAK_SHARE = 0.3
OFF_TOPIC_WEAK_DENSITY = 0.75
OFF_TOPIC_KEEP_SHARED = 3
OFF_TOPIC_PLAIN_ZIPF = 5.5
#: Words as common as "been", "said", "have" or "which" (Zipf 6 and above) are grammar, not subject: sharing them
#: ties no line above or below the story to it.
OFF_TOPIC_FUNCTION_ZIPF = 6.0
#: Inside the story, a sentence of OFF_TOPIC_BESIDE_MIN_WORDS or more next to removed furniture (the nearest line
#: above or below it removed), that reports no one and shares at most OFF_TOPIC_BESIDE_MAX_PLAIN plain words with
#: the story and no specific one, is the box's own prose, not an aside: asides are short, or come back to the
#: story's people and places.
OFF_TOPIC_BESIDE_MIN_WORDS = 15
OFF_TOPIC_BESIDE_MAX_PLAIN = 2
#: A list item (LIST_ITEM: a bullet or a number, of at most LIST_ITEM_MAX_WORDS words) stays inside or around the
#: story when OFF_TOPIC_LIST_ITEMS items of the story's own have its shape (a seeding list whose other players the
#: story names: "7 Tim Henman (Britain)" keeps "5 Carlos Moya (Spain)").
OFF_TOPIC_LIST_ITEMS = 2
LIST_ITEM = re.compile(rf"^\s*({BULLET_MARK}|\d{{1,3}}[.)]?)\s+\S")
LIST_ITEM_MAX_WORDS = 10
#: Verbs of news attribution beyond those of speech (said, told, ... are guarded everywhere): a line that reports
#: what someone did or said is the story's, whatever its words.  Someone: the verb has a subject before it and is
#: not passive ("Estimated jackpot £25m", "The cost is estimated at", "errors are noted at the bottom" say no one).
ATTRIBUTION = re.compile(r"(?<=\w)\W+(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bbe )(?<!\bbeen )(?<!\bbeing )"
                         r"(reported|announced|confirmed|stated|explained|warned|claimed|insisted|noted|revealed|"
                         r"admitted|denied|estimated)\b", re.IGNORECASE)
#: Verbs of saying that name no source for the line's words: the passive ("residents were told to stay indoors",
#: "he is said to be interested"), a plea ("admitted shoplifting", "denied arson": a verb of the courts, followed
#: by the charge) and a reporter's whereabouts ("reported from the public gallery").  Off the story such a line is
#: another story's news, so these do not count as attribution there (see clean._reported).
NOT_ATTRIBUTING = re.compile(
    r"\b(?:is|are|was|were|be|been|being|gets?|got)\s+(?:told|said)\b|\breported from\b|"
    r"\b(?:admitted|denied)(?=\s+(?!(?:that|it|this|having|to|the|a|an|any|all|his|her|their|its|being|making|"
    r"wrongdoing|responsibility|claims?|allegations?|reports?)\b)(?-i:[a-z]))", re.IGNORECASE)
#: Words that open a sentence by pointing back to the one before ("It failed the test.", "But he is hopeful."): inside
#: a story such a line goes on with it, whatever its words.
CONTINUATION = re.compile(r"^(it|it['’]s|its|he|he['’]s|his|she|she['’]s|her|they|they['’]re|their|them|this|that|"
                          r"these|those|but|and|yet|so|now|then|however|meanwhile|still|also|instead|there)\b",
                          re.IGNORECASE)
#: Stock sentences of news writing itself, which share no word with their story and still belong to it.
NEWS_FORMULA = re.compile(
    r"\b(not (been )?(immediately )?(disclosed|available|known|clear|released|reached)|no (further |other )?details|"
    r"declined to (comment|elaborate|say)|(did not|didn't|could not|couldn't|has not|hasn't) (immediately )?"
    r"(respond|reply|return|be reached)|request for comment|(were|was) not (disclosed|released|given)|"
    r"(gave|give|provided) no (further |other )?(details|information|reason))\b", re.IGNORECASE)

#: Words left out when computing interface shares of content words.
STOPWORDS: frozenset[str] = frozenset(
    "a an the of to for in on at by and or but with from is are be it this that our your you we us i".split()
)

# --- metadata: bylines --------------------------------------------------------------------------------------------

#: Prefixes that introduce a byline; the rest of the line (up to a separator) is the author.
BYLINE_PREFIX = re.compile(r"^\W*(by|written by|words by|story by|author|authors|posted by|reported by|byline)"
                           r"\s*[:\-–—]?\s+(?=\S)|^\s*[—–]{1,2}\s*(?=[A-Z])", re.IGNORECASE)
#: Separators between a byline and the rest of a metadata line ("By Jane Doe | Reuters | March 4, 2024").
META_SEPARATORS = re.compile(r"\s*(?:\||•|·|/\s|\s[-–—]\s)\s*")
#: Words allowed lower-case inside a person's name list.
NAME_CONNECTORS: frozenset[str] = frozenset(
    "and & de da del della di du van von der den la le el al bin ibn y of the in".split()
)
BYLINE_MAX_WORDS = 10
#: A byline without "By": a line of NAME_LINE_WORDS name-shaped words above the body, followed by a short
#: Title-Case affiliation line ("BBC News, London", "Senior Reporter") holding a comma or a role word.
NAME_WORD = re.compile(r"(?:[A-Z]['’])?[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*|[A-Z]\.|[A-Z][a-z]*[A-Z][a-z]+")
NAME_LINE_WORDS = (2, 4)
AFFILIATION_MAX_WORDS = 6
ROLE_WORDS: frozenset[str] = frozenset(
    """
    correspondent reporter editor writer journalist columnist contributor staff news desk bureau analyst
    producer presenter critic chief senior political business sports health science technology economics
    """.split()
)

# --- metadata: timestamps ---------------------------------------------------------------------------------------

#: Labels that mark a timestamp line; "updated" labels lose to "published" ones when both appear.
PUBLISHED_LABELS = re.compile(
    r"\b(published|posted|first published|date|released|created|issued|filed)\b\s*(on|at)?\s*:?", re.IGNORECASE
)
UPDATED_LABELS = re.compile(r"\b(last\s+)?(updated|modified|edited|revised)\b\s*(on|at)?\s*:?", re.IGNORECASE)
#: Words that may remain on a timestamp line once dates/times/labels are taken out.
TIMESTAMP_FILLER: frozenset[str] = frozenset(
    """
    on at am pm a.m. p.m. the of et pt ct mt gmt utc bst cet cest est edt cst cdt mst mdt pst pdt ist jst aest
    aedt hkt sgt z local time | - – — , : . last ago hours hour minutes minute mins days day yesterday today
    updated update published posted first date modified edited revised created released issued filed
    """.split()
)
MONTHS: dict[str, int] = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4, "may": 5,
    "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
    "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
WEEKDAYS: frozenset[str] = frozenset(
    "mon monday tue tues tuesday wed wednesday thu thur thurs thursday fri friday sat saturday sun sunday".split()
)
#: Hours to ADD to local time to get UTC (EST is UTC-5, so +5).  Ambiguous zones (IST) are left out on purpose.
TZ_TO_UTC_HOURS: dict[str, float] = {
    "utc": 0, "gmt": 0, "z": 0, "bst": -1, "cet": -1, "cest": -2, "eet": -2, "eest": -3, "wet": 0,
    "est": 5, "edt": 4, "et": 5, "cst": 6, "cdt": 5, "ct": 6, "mst": 7, "mdt": 6, "mt": 7, "pst": 8, "pdt": 7,
    "pt": 8, "akst": 9, "akdt": 8, "hst": 10, "jst": -9, "kst": -9, "hkt": -8, "sgt": -8, "aest": -10,
    "aedt": -11, "awst": -8, "nzst": -12, "nzdt": -13, "msk": -3,
}

# --- metadata: datelines and outlets ----------------------------------------------------------------------------

_DASH = r"(?:--|—|–|-|‒|―)"
_PLACE = r"[A-Z][A-Za-z.'’\-]+(?:\s+[A-Z][A-Za-z.'’\-]+){0,3}"
_UPPER_PLACE = r"[A-Z][A-Z.'’\-]+(?:\s+[A-Z][A-Z.'’\-]+){0,3}"
_DATE_BIT = r"(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,\s*\d{4})?)"
_REGION = r"(?:,\s*[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+)?)"
_OUTLET = r"\((?P<outlet>[A-Z][\w.&’' \-]{0,40}?)\)"

#: Datelines at the start of the first body paragraph; `outlet` group feeds CleanArticle.outlet.
#: Compiled WITHOUT re.IGNORECASE: case is the main evidence that "BEIJING --" is a dateline and
#: "Washington said" is not.
DATELINE_PATTERNS: tuple[str, ...] = (
    # (CNSNews.com) – The Biden ...
    rf"^{_OUTLET}\s*{_DASH}\s*",
    # WASHINGTON (Reuters) - / Washington (AFP) – / LONDON, March 4 (Reuters) - / PARIS, France (AP) —
    rf"^(?!The\s)(?P<place>{_PLACE}){_REGION}?{_DATE_BIT}?\s*{_OUTLET}\s*{_DASH}\s*",
    # BEIJING -- / NEW YORK, March 4 — / KABUL, Afghanistan — (upper-case place, then a dash)
    rf"^(?P<place>{_UPPER_PLACE}){_REGION}?{_DATE_BIT}?\s*{_DASH}\s+",
)
#: Upper-case words that open a paragraph with a dash like a dateline but are labels, not places.
NOT_PLACES: frozenset[str] = frozenset({"FILE", "UPDATE", "UPDATED", "EXCLUSIVE", "BREAKING", "WATCH", "VIDEO",
                                        "PHOTOS", "CORRECTION", "ANALYSIS", "OPINION", "LIVE", "EDITOR'S NOTE"})
#: Parenthesised text that is NOT an outlet even though it sits where one would.
NOT_OUTLETS: frozenset[str] = frozenset({"updated", "video", "photos", "file", "reuters photo", "ap photo"})
#: Canonical outlet names for the spellings met in datelines, credits and copyright footers.
OUTLET_ALIASES: dict[str, str] = {
    "the associated press": "AP", "associated press": "AP", "ap": "AP",
    "agence france-presse": "AFP", "agence france presse": "AFP", "afp": "AFP",
    "reuters": "Reuters", "thomson reuters": "Reuters",
    "cnsnews.com": "CNSNews.com", "cns news": "CNSNews.com", "cnsnews": "CNSNews.com",
    "upi": "UPI", "united press international": "UPI", "xinhua": "Xinhua", "bloomberg": "Bloomberg",
    "dpa": "dpa", "efe": "EFE", "ians": "IANS", "pti": "PTI", "ani": "ANI", "cnn": "CNN", "bbc": "BBC",
}
#: Copyright footers may name the outlet: "© 2024 The Associated Press. All rights reserved."
COPYRIGHT_OUTLET = re.compile(r"(?:©|\(c\)|copyright)\s*(?:\d{4}\s*)?(?P<outlet>[A-Z][\w.&' \-]{1,40}?)"
                              r"(?:\s*\d{4})?(?:[.,]|\s+all rights|\s*$)", re.IGNORECASE)

#: A line of FOREIGN_MIN_WORDS+ words in another language than the page's, by at least FOREIGN_MIN_PROBABILITY
#: (py3langid, normalised), is furniture in the reader's language (clean._mark_foreign_language).  The model only
#: looks at lines where FOREIGN_MIN_UNKNOWN of the words are rarer in English than Zipf FOREIGN_WORD_ZIPF.
FOREIGN_MIN_WORDS = 8
FOREIGN_MIN_PROBABILITY = 0.99
FOREIGN_MIN_UNKNOWN = 0.25
FOREIGN_WORD_ZIPF = 2.5

#: Furniture glued onto the end of a body line (clean.split_glued_tail): after the line's last sentence end, at most
#: GLUED_TAIL_MAX_WORDS words that a rule removes on their own, after a sentence of GLUED_HEAD_MIN_WORDS or more.
#: Rules in GLUED_TAIL_NOT do not count there: a lone closing quote or an emoticon ends a sentence of the body, and a
#: copyright notice makes the line a site footer.  Nor does a tail that opens a quote: that is someone speaking.
GLUED_TAIL_MAX_WORDS = 10
GLUED_HEAD_MIN_WORDS = 6
GLUED_TAIL_NOT: frozenset[str] = frozenset({"separator", "copyright"})
OPENING_QUOTES = "\"'“‘«„"

#: Lines an e-mail reply quotes open with ">" (clean._mark_quoted_reply); they go unless they hold
#: QUOTED_REPLY_MAX_SHARE of the kept words or more (the story itself quoted in a reply).
QUOTED_REPLY = re.compile(r"^\s*(?:>\s*)+\S")
QUOTED_REPLY_MAX_SHARE = 0.5
