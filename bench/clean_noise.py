"""Measure the plain-text cleaner against synthetic scraper noise and real noisy/clean corpora.

Prints, for each set, word-multiset precision (share of clean_text words that come from the true body) and recall
(share of true-body words kept):
  1. BBC bodies wrapped in programmatic scraper noise (seeded RNG), one line per template split.
  2. The clean BBC corpus as a negative control (share of body words lost).
  3. scrapinghub-aeb html-text full-page text vs gold articleBody, and the gold bodies themselves.

How the splits were used (be honest about what is held out): "dev" was written first and the rules were designed
on it.  Each later split was written without looking at the rules' behaviour on it, measured ONCE, and only then
used to generalise the rules.  Their first-look figures (300 fixed-seed BBC articles, noise seed 7) are the best
estimate of how the cleaner does on noise styles it has never seen:

    split     first-look precision  recall     (after tuning on it: see the current output)
    heldout   0.9758                0.9979
    blind     0.9384                0.9977
    fresh     0.9648                0.9979
    final     0.9749                0.9977
    sixth     0.9348                0.9998
    seventh   0.9628                0.9966
    eighth    0.9705                0.9978
    ninth     0.9574                0.9994     (all 2,225 articles, noise seed 7)
    tenth     0.9573                0.9996     (same; the cleaner before the ninth's tuning)

The tenth split was written together with the ninth, before any change for the ninth, and measured as a held-out
check once the ninth's general features were in (fragment clusters, tool bars, pictograph labels, numeric stubs,
link-only lines, clock stamps, editorial notes, place-and-role bylines): P=0.9708 R=0.9994 on all 2,225
(ninth after them: P=0.9909 R=0.9990).  So the ninth's features moved an unseen set from 0.957 to 0.971.

After that round the ninth and tenth were still below the bar cleaned one file at a time (ninth 0.991, tenth
0.983).  Then came the batch rule (pipeline/shared_lines.py): the pipeline cleans a run's articles together, and
lines -- or template lines with their slots filled in -- that several different stories share are boilerplate.
On the ninth and tenth it gave 0.998 / 1.000 at once.  Two more pairs of splits were then written blind by helpers
who never saw the rules (bench/noise_unseen.py, bench/noise_blind2.py), with an untidier renderer (noise glued to
paragraphs by single newlines, CRLF, stray spaces):

    first look          alone        batch (tidy)   batch (glued)
    eleventh/twelfth    0.926/0.932  0.982/0.979    0.980/0.985   (exact shared lines only; all 2,225)
      after shingles, designed on the eleventh's leaks:         0.992-0.996
    thirteenth          0.816        0.982          0.965         (never tuned on before this measurement)
    fourteenth          0.904        0.994          0.994

The next round added general features for prose noise and measured two more blind pairs before and after:
the publisher speaking of itself or to its reader ("publisher_voice"), fundraising appeals ("appeal"), stock
phrases of platforms, wires and re-publishers ("stock_phrase"), market and weather strips, foreign-language time
stamps, lines sharing no content word with the rest of the story ("off_topic", full pages only), and in the batch
rule template shingles with proper names blanked and teasers that carry another article's headline.

    first look (all 2,225)      alone          batch (tidy)    batch (glued)
    fifteenth/sixteenth         0.922/0.923    0.992/0.992     0.993/0.991   (cleaner before the round)
                                0.941/0.935    0.996/0.991     0.994/0.986   (with stock phrases, publisher voice and
                                                                             name-blanked shingles)
    seventeenth/eighteenth      0.922/0.926    0.989/0.994     0.988/0.995   (cleaner before the round)
                                0.957/0.951    0.993/0.997     0.992/0.997   (with everything up to off_topic; not yet
                                                                             the headline teasers and later phrases)
    nineteenth/twentieth        0.955/0.893    0.997/0.994          -        (cleaner before the round)
                                0.977/0.926    0.998/0.998     0.998/0.998   (the round's cleaner, before the tail-cut
                                                                             fix; at n=300 the batch: 0.997/0.992)

At the end of that round (tuned on all twenty by then), as a batch of all 2,225: every split >= 0.997 but the
thirteenth (0.993; 0.989 glued); one file at a time: the eight first splits >= 0.997, ninth/tenth 0.992/0.994,
eleventh to twentieth 0.947-0.977, thirteenth 0.854.  At n=300 the batch figures are 0.981-1.000.

The twentieth also showed the tail cut taking body paragraphs after a noise box with an end-of-article marker
(recall 0.991 at n=300); a long line sharing four content words with the story now survives the cut (0.998).

The next round rebuilt "off_topic" around one idea: the story is the largest group of lines linked by the specific
words they share (wordfreq Zipf < 5: "ferry" links two lines, "year" does not); a line above its first line or
below its last that no specific word ties to it goes, and inside it a line that shares no word with it at all.  A
sixth blind pair (bench/noise_blind6.py: local papers and e-editions; e-mail newsletters and reader apps) was
measured once with the cleaner before the round and once with the first version of the rule (the ends only):

    first look (all 2,225)      alone          batch (tidy)    batch (glued)
    twentyfirst/twentysecond    0.825/0.923    0.983/0.993     0.983/0.992   (cleaner before the round)
                                0.908/0.953    0.990/0.994     0.989/0.993   (off_topic at the ends only)

With the round's rule finished (the ends and the inside, a markup rule for feed fields), a seventh blind pair
(bench/noise_blind7.py: non-UK/US English sites and press-office pages; social posts, comment threads and forum
chrome) was measured, again with the cleaner before the round for comparison:

    twentythird/twentyfourth    0.894/0.894    0.996/0.993     0.996/0.990   (cleaner before the round)
                                0.944/0.944    0.998/0.995     0.997/0.992   (the round's cleaner)

After that first look one more change went in: one shared word links two lines only when it is rare (Zipf < 4:
a name, "tariff"), otherwise it takes two, so a noise box that shares one middling word with the story no longer
joins it.  At the end of the round (all 2,225; the seventh pair had been used for one rule by then, engagement
counters): as a batch every split is >= 0.997 but the thirteenth 0.994, twenty-first 0.993, twenty-second 0.995 and
twenty-fourth 0.995; one file at a time the first ten are >= 0.997 but the ninth (0.995), the eleventh to twentieth
0.983-0.990 (were 0.947-0.977 before the round), the thirteenth 0.944 (was 0.854), twenty-first to twenty-fourth
0.944, 0.959, 0.952 and 0.951.

The next round worked on one file at a time.  An eighth blind pair (bench/noise_blind8.py: pages saved by tools
other than a browser; commercial verticals) was measured with the cleaner before the round and again after its
first change (off_topic on short texts too; inside the story one common word no longer ties a line; at its ends
three very common words do not), which was designed on the older splits only:

    first look (all 2,225)      alone          batch (tidy)    batch (glued)
    twentyfifth/twentysixth     0.954/0.943    0.988/0.995     0.988/0.994   (cleaner before the round)
                                0.966/0.953    0.989/0.997     0.989/0.995   (after the first change)

A ninth pair (bench/noise_blind9.py) was asked for the hardest prose: other stories' one-sentence summaries,
explainers, bios and policy notes (twenty-seventh), and CMS and scraper layout debris (twenty-eighth):

    twentyseventh/twentyeighth  0.788/0.977    0.914/0.997     0.896/0.996   (cleaner before the round)
                                0.815/0.983    0.916/0.998     0.899/0.997   (after the round's first two changes)

One file at a time the twenty-seventh stays at 0.85: news-like sentences about other stories ("..., the network
operator said") read like the story's own reports. Tried and dropped, each for what it cost real text (aeb gold
bodies as full pages, Reuters, news-please, whose articles come in one-sentence paragraphs): off_topic without its
quote guard (+0.3 points removed from news-please, nearly all body quotes), off_topic when the story holds less than
half the words (+1.4 points of aeb gold lost), grammar words left out of the ties inside the story too (+0.2 points
of news-please).

Two batch-rule fixes followed.  The twenty-seventh showed that heavy noise switched the batch rule off: when shared
lines held most of an article's words, the article was taken for a template (an earnings table) and kept them all;
it now takes that view only when little prose is left.  The twenty-fifth showed stock sentences glued into long
paragraphs (over 60 words, never judged by the batch): such a paragraph now goes when every sentence in it is
shared.

At the end of that round (all 2,225): as a run every split >= 0.997 but the thirteenth, 0.9968 (glued, >= 0.995 but
the thirteenth, 0.993), the twenty-fifth to twenty-eighth 0.999, 0.998, 0.998, 0.998; one file at a time the first
ten >= 0.997, the eleventh to twentieth 0.993-0.996 (were 0.983-0.990) but the thirteenth 0.963 (0.944), the
twenty-first to twenty-eighth 0.961, 0.979, 0.969, 0.974, 0.969, 0.958, 0.850, 0.985 (were 0.944, 0.959, 0.952,
0.951 for the four older ones).

A run helps only when it is large enough for the same boxes to recur: at 30 files the twenty-third was 0.966 as a
run (0.965 alone), at 100 files 0.981, at 2,225 files 0.999; the twenty-seventh 0.867, 0.959 and 0.998.

A tenth blind pair (bench/noise_blind10.py: wrappers added where an article is re-read -- news apps, read-aloud
and translation notices, consent banners in seven other languages, library citations -- and public notices and
listings printed beside local news) was measured once with the cleaner of the ninth round, before any change:

    first look (all 2,225)      alone          batch (tidy)    batch (glued)
    twentyninth/thirtieth       0.958/0.931    0.997/0.999     0.997/0.998   (at n=300: 0.993/0.994 as a run)

So at full size a run met the bar at the first look; a few hundred files did not quite.  The next change was for
small runs.  Outlets covering one event share wire sentences and quotes, and that is what had kept a sentence
needing five stories; now stories whose headlines share a rare word (or two specific ones) count once for each
line they share, leaving out words that many headlines carry (an outlet's name after every headline).  With that
guard a sentence, or a template line known by its shingles, needs three stories in a run under 1,000, four under
2,000 and five above (pipeline.shared_lines.prose_need).  As a run of 100 fixed-seed files the eleventh to
thirtieth went from 0.964-0.999 to 0.980-0.999 (twenty-first 0.974 -> 0.993, twenty-third 0.972 -> 0.992,
twenty-fifth 0.979 -> 0.996, twenty-seventh 0.964 -> 0.980, twenty-ninth 0.980 -> 0.996, thirtieth 0.969 ->
0.982); on 300 sampled files the twenty-ninth and thirtieth went to 0.997 and 0.997.  At full size nothing
changed but recall (+0.0001 here and there), and news-please as a run lost 4.43% instead of 4.65%.

Two rules for one file at a time followed, from the tenth pair's leaks: the set formulae of statutory public
notices ("Notice is hereby given", claims against an estate, "not bound to accept the lowest") as stock phrases,
and "foreign_language" (a long line in another language than the page's, as py3langid is sure, unless it opens
with a quotation).  One file at a time on all 2,225: twenty-ninth 0.958 -> 0.969, thirtieth 0.931 -> 0.944,
twenty-first 0.961 -> 0.963; no change on clean BBC, aeb or Reuters, news-please +0.03 points (two German promo
lines on translated articles).

At the end of that round (all 2,225): as a run every split >= 0.997 but the thirteenth (0.9968) and twenty-ninth
(0.9969); glued >= 0.995 but the thirteenth (0.993); one file at a time the first ten >= 0.997, the eleventh to
twentieth 0.993-0.996 but the thirteenth 0.964, the twenty-first to thirtieth 0.963, 0.979, 0.969, 0.974, 0.969,
0.958, 0.850, 0.985, 0.969, 0.944.

An eleventh blind pair (bench/noise_blind11.py: live blogs, breaking-news furniture and accessibility text; sponsored,
affiliate and partner content with archive and print residue) was measured once with the cleaner of the tenth round:

    first look (all 2,225)      alone          batch (tidy)    batch (glued)
    thirtyfirst/thirtysecond    0.947/0.966    0.9906/0.9985   0.990/0.997   (runs of 30, 100, 300 sampled with seed 11:
                                                                             0.950/0.959, 0.979/0.981, 0.993/0.997)

The thirty-first's live-blog recaps are other stories told in news prose, and its spokespeople's stock appeals are
quotes, which the batch rule spared ("outlets quote the same words").  Two changes, both designed on the older
splits, went in: a line off its own story (off_topic's view) goes when even two stories on other events carry it,
whatever its length or form ("shared_off_topic": two signals too weak alone), and plain words shared with the story
no longer tie such a line, only a specific one does; and a shared quote stays only when a specific word of it is
elsewhere in its article.  As a run of all 2,225 the thirty-first went from 0.9906 to 0.9984; runs of 30 (seed 11)
went up on every split (twenty-seventh 0.928 -> 0.946, thirty-first 0.953 -> 0.967, thirty-second 0.959 -> 0.972),
runs of 100 and 300 on none went down; news-please as a run lost 4.50% instead of 4.46%, clean BBC as a run 0.199%
instead of 0.194%.  Two one-file fixes followed: clock stamps with a zone or AM/PM in capitals ("14:05 GMT"; the
rule was case-sensitive) and a media player's screen-reader strings ("This is a modal window.", "opens in new tab").

A learned line filter was tried and dropped: gradient-boosted trees (scikit-learn) over 38 shallow features of each
line the rules keep (length, punctuation, word rarity, ties to the story, neighbours removed, position), trained on
the noise splits wrapped around bodies from BBC, news-please, aeb, fundus, WCXB and Reuters.  Held out one blind pair
at a time it raised the ten heavy blind splits cleaned alone by about 0.6 points at a threshold that cost real text
0.02-0.27% of its words, or 2.5 points at one that cost 0.4-4.4%; trained on BBC bodies alone it removed 10-17% of
aeb's gold bodies.  On aeb's real scraped pages it moved precision 0.821 -> 0.825.  It learns these generators'
layout more than what page furniture is, so the rules stay.

At the end of this round (all 2,225): as a run every split >= 0.998 but the thirteenth (0.9968); glued >= 0.995
but the thirteenth (0.993); recall >= 0.996; one file at a time the first ten >= 0.997, the eleventh to twentieth
0.993-0.996 but the thirteenth 0.964, the twenty-first to thirty-second 0.963, 0.979, 0.969, 0.974, 0.969, 0.958,
0.850, 0.985, 0.969, 0.944, 0.948, 0.966.  Runs of 100 files (the fixed-seed subset) 0.987-1.000, 25 of 32 >=
0.995; runs of 300 0.990-1.000, 31 of 32 >= 0.995 (the thirteenth at 0.990).

A twelfth blind pair (bench/noise_blind12.py: social media and reader content in news pages -- embedded posts,
comment threads, polls, reviews, reader pictures; broadcast and video pages -- programme pages, running orders,
other segments' transcripts, player notices -- with the code pages leak: JSON-LD, scripts, styles, template
placeholders) was measured once with the cleaner of the eleventh round:

    first look (all 2,225)      alone          batch (tidy)    batch (glued)
    thirtythird/thirtyfourth    0.9585/0.9612  0.9987/0.9974   0.9975/0.9940  (runs of 30, 100, 300 sampled with seed 11:
                                                                             0.966/0.968, 0.987/0.993, 0.996/0.996)

Both met the bar as a full-size run at first look; laid out untidily the thirty-fourth did not (0.9940: JSON-LD
members such as '"@type": "WebPage",' in hundreds of files).  This round's changes: a line rule for page code
("page_code": JSON-LD members and objects, script and style openings, script statements, style rules, og:/twitter:
meta fields, attribute-laden markup, unfilled placeholders, inline base64 images; on real text it fires only on page
code: two Taboola script lines in news-please, three script and pixel lines in aeb pages); one for a media player's
and a widget's messages ("player_notice": playback failures, territory rights, player requirements, content
warnings, panels that failed to load); stock phrases of comment threads, reviews and polls and of broadcast
programme pages; and off_topic under heavy furniture: when other stories' summaries outweigh the story (below
OFF_TOPIC_MIN_SHARE of the words) but the story still holds 0.3 of them and 0.75 of the words from its first line to
its last, full sentences above and below it go (its inside, fragments and briefs stay).  Designed on the
twenty-seventh, whose one-file figure had sat at 0.85 for three rounds; the density condition keeps Q&As, gift
guides and product lists whole (simply lowering the share to 0.35 cost aeb's gold bodies cleaned as pages 3.2%
instead of 2.1%, Reuters 1.6% instead of 0.9%).  One file at a time, on the 300-file subset: twenty-seventh 0.850
-> 0.897, thirtieth 0.944 -> 0.948, thirty-third 0.957 -> 0.962, thirty-fourth 0.963 -> 0.979.

At the end of this round (all 2,225): as a run every split >= 0.998 but the thirteenth (0.9968); glued >= 0.995
but the thirteenth (0.993), the thirty-fourth 0.9940 -> 0.9971; recall >= 0.996; one file at a time the first ten
>= 0.996, the eleventh to twentieth 0.993-0.996 but the thirteenth 0.964, the twenty-first to thirty-fourth 0.965,
0.979, 0.970, 0.975, 0.970, 0.959, 0.893 (was 0.850), 0.986, 0.969, 0.952 (was 0.944), 0.950, 0.966, 0.963,
0.979.  No split lost precision in any mode.  Runs of 30 and 100 (seed 11): no split went down; the twelfth pair
0.968/0.975 and 0.989/0.994.  Costs: clean BBC 0.181% alone (was 0.178%), 0.202% as a run (0.199%); Reuters 0.95%
alone (0.93%); news-please 4.00% alone and 4.51% as a run (3.98%, 4.50%: the Taboola script lines among it);
aeb's gold bodies as pages 2.13%, unchanged.

A thirteenth blind pair (bench/noise_blind13.py: specialist desks -- player ratings, odds and betting-ad warnings,
fixtures, tickers and price feeds, regulated risk warnings, health citations, funding notes and helplines, recipes,
horoscopes and puzzles; and text that came by other routes than a page -- e-mail headers and forwards, newsletter
asides, feed dumps, press-release wire formatting, tracked changes and file paths, translation and archive banners,
chat exports) and a fourteenth (bench/noise_blind14.py: reports' and parliaments' apparatus -- references,
footnotes, affiliations, ORCID iDs, contents pages, FOI letters, Hansard columns and divisions, committee
transcripts; legal notices with audio and app chrome -- reporting restrictions, court lists, corrections columns,
podcast pages, permission prompts) were each measured once with the cleaner of the round before them:

    first look (all 2,225)      alone          batch (tidy)    batch (glued)
    thirtyfifth/thirtysixth     0.9163/0.9449  0.9982/0.9949   0.9978/0.9887
    thirtyseventh/thirtyeighth  0.9354/0.9641  0.9964/0.9990   0.9967/0.9991

    (runs of 30, 100 and 300 sampled with seed 11: 0.947/0.971, 0.985/0.987, 0.997/0.994 and 0.952/0.982,
    0.979/0.991, 0.995/0.998)

The thirty-sixth missed the bar as a run (0.9949) and laid out untidily (0.9887): a feed's "summary:" and
"description:" fields and its media elements printed with their attributes, chat exports and press-release quotes
recurred in hundreds of files.  The fourteenth pair, measured after the fixes for the thirteenth, met it as a run at
its first look.  This round's changes are line rules for formats, each checked on the real corpora first (no
match in the clean BBC bodies, Reuters or news-please): feed fields in the feed's own lower case, feed elements with
attributes, CDATA, MIME types and aria-/data- attributes ("markup", "page_code"); chat exports' stamps and app lines
("chat_log"); e-mail header blocks with an address or a clock time ("email_header"); review comments, tracked
changes, file names and paths, a document's fields ("document_residue"); fixture and court lists run together
("fixture_list"); player ratings ("rating"); reference entries in APA, Chicago and Vancouver shapes, DOIs,
footnotes, author lines with affiliation marks, ORCID iDs, dot-leader contents, declarations ("scholarly"; it
costs aeb's gold bodies one article's two reference lines); a parliament's record ("parliament"); corrections in
the outlet's voice and translation notes ("editorial_note"); and stock phrases of regulated risk warnings, betting
ads, holdings disclosures, funders' notes, horoscopes, chain messages, newsletter asides, drafts, app prompts,
podcast asks, court reporting notices and live-blog hand-overs.

Tried and dropped: letting grammar words ("said", "been") no longer tie a line inside the story to it (as they
already do not at its ends).  For lines of 20 words or more it raised the heavy splits alone by 0.3-1.0 points
(twenty-seventh 0.897 -> 0.907, thirty-third 0.962 -> 0.970, thirty-fifth 0.929 -> 0.938 on 300 files), but it
removed real sentences: 43 words of the clean BBC corpus, three lines of aeb's gold bodies and eleven of
news-please, three of them quotes or attributed lines (eight with those guarded).  Counting the specific words a line
brings that the story never uses cost more (0.06 points of the clean BBC corpus at five such words).

At the end of this round (all 2,225): as a run every split >= 0.998 but the thirteenth (0.9968); glued >= 0.995
but the thirteenth (0.993); recall >= 0.996; one file at a time the first ten >= 0.996, the eleventh to twentieth
0.993-0.996 but the thirteenth 0.965, the twenty-first to thirty-eighth 0.965, 0.979, 0.970, 0.975, 0.970, 0.960,
0.893, 0.988, 0.970, 0.952, 0.952, 0.967, 0.963, 0.980, 0.937, 0.973, 0.951, 0.971.  The new pairs as a run
0.9988/0.9981 and 0.9988/0.9992, glued 0.9980/0.9969 and 0.9986/0.9993.  Runs sampled with seed 11: at 30 files
>= 0.946 (twenty-seventh), at 100 >= 0.980 (thirty-seventh), at 300 >= 0.993 (thirteenth); against the round
before, one split went down (twenty-second at 30 files, 0.9977 -> 0.9964: a feed line now removed by its rule
left a page short enough to be judged as a brief, where a toolbar line shares two words with it).  Costs: clean
BBC 0.181% alone, 0.202% as a run (unchanged); Reuters 0.95% and 2.83%; news-please 4.00% and 4.51% (unchanged);
aeb's gold bodies as pages 2.16% (was 2.13%).

A fifteenth blind pair (bench/noise_blind15.py: local and community news sites -- death notices, what's-on
listings, school closures, roadworks, bin days, police appeals and court round-ups of other cases, planning and
public notices, club results, reader-content disclaimers; the SEO and generative-AI page -- key takeaways, FAQ blocks,
author-trust boxes, AI summaries and assistants -- with the furniture of outlets in South Asia, Africa, South-East
Asia, the Gulf and the Caribbean: "Also read" links, agency credits, messaging-channel prompts, fuel and gold price
boxes, cricket scores, lottery and exam results) and a sixteenth (bench/noise_blind16.py: subtitle files, captions,
broadcast transcripts and video pages; wiki, forum and Q&A pages) were each measured once with the cleaner as it
stood before any change for them (the sixteenth after the fixes for the fifteenth):

    first look (all 2,225)      alone          batch (tidy)    batch (glued)
    thirtyninth/fortieth        0.9289/0.9658  0.9989/0.9986   0.9986/0.9979
    fortyfirst/fortysecond      0.9453/0.9581  0.9927/0.9989   0.9839/0.9976

    (runs of 30, 100 and 300 sampled with seed 11: 0.963/0.980, 0.981/0.991, 0.996/0.995 and 0.952/0.973,
    0.970/0.982, 0.987/0.994)

The forty-first missed the bar as a run (0.9927) and laid out untidily (0.9839): subtitle cue timings, WebVTT word
tags, captions' ">>" speaker changes and live-chat lines, and cue text broken over cues, which read like a wrapped
sentence.  The round's changes, each checked on the real corpora first:
- attribution: verbs of saying that name no source (the passive "were told to", a plea "admitted shoplifting",
  "reported from") no longer keep a line off the story as its own report (twenty-seventh alone 0.8875 -> 0.8950
  on 300 files; no line of the real corpora changes);
- line rules for formats: family notices, update logs, cricket scoreboards, nostalgia-column entries, a local
  paper's listings (opening hours, roadworks by road number, schools' status), magistrates' results, letters'
  sign-offs, the outlet explaining its reporting ("Why we wrote this:"), subtitles' and transcripts' residue
  ("broadcast_residue", with the short lines after a cue timing as its text), live-stream chat after a handle,
  forum furniture ("Re:", "Posts: ... Joined:", "TurnipTheorist said:") and an encyclopedia's citation marks;
  a related-story label with its link after a dash or a bar; stock phrases of developing-story notes,
  machine-written briefs, disclaimers of responsibility, broadcast links and transcript notices;
- a page mostly of data rows is a story told in figures only when the story's own lines hold some, so a league
  table boxed into a story in words no longer keeps its rows (thirteenth as a run of 300 0.9928 -> 0.9937).
Tried and dropped: a line inside the story tied only by plain words going when it sits in a box of removed lines
(+0.2-0.8 points on the heaviest splits alone, but seven news-please lines and aeb's tour dates); "This week" and
"Meanwhile:" no longer read as pointing back (no gain); counting a page's removed lines too when judging a brief
(+0.1-0.2 points, but it judges real briefs by their furniture: a news-please sentence and body lines of short
noisy pages).

At the end of this round (all 2,225, 61 min with other work alongside): as a run every split >= 0.998 but the
thirteenth (0.9969); glued >= 0.995 but the thirteenth (0.993); recall >= 0.996; one file at a time the first ten
>= 0.996, the eleventh to twentieth 0.994-0.997 but the thirteenth 0.965, the twenty-first to forty-second 0.965,
0.979, 0.970, 0.976, 0.971, 0.961, 0.903, 0.988, 0.970, 0.955, 0.953, 0.969, 0.964, 0.981, 0.937, 0.973, 0.951,
0.972, 0.942, 0.968, 0.969, 0.963.  The new pairs as a run 0.9991/0.9987 and 0.9980/0.9989, glued 0.9989/0.9979
and 0.9955/0.9979.  Runs sampled with seed 11: at 30 files >= 0.951 (twenty-seventh), at 100 >= 0.980
(thirty-seventh), at 300 >= 0.994 (thirteenth); against the round before, the fourteenth and the thirty-first went
down at 30 files by one line each (0.9945 -> 0.9932, 0.9704 -> 0.9690: a line now removed by its rule left a page
short enough to be judged as a brief) and the fourteenth at 100 by 0.0001; the twenty-seventh rose 0.005 at 30.
Costs unchanged: clean BBC 0.181% alone, 0.202% as a run; Reuters 0.95% and 2.83%; news-please 4.00% and 4.52%;
aeb's gold bodies as pages 2.16%; aeb's scraped pages cleaned 0.823.

A seventeenth blind pair (bench/noise_blind17.py: the fact-check, explainer, data and elections desks and
translated editions -- verdict boxes and rating scales, chart and map residue, explainer boxes, results tables and
count-night tickers, poll boxes, language switchers and translation notes; the lifestyle and commerce desks --
recipe cards, reviews and buying guides, travel, hotel, motoring and property boxes, fashion credits, horoscopes,
puzzle hints) was measured with the cleaner as it stood after the round's first change (for the sixteenth pair
through the real pipeline, below), and an eighteenth (bench/noise_blind18.py: the science, health, weather and
travel-information desks; the business, markets and investor-relations desks and news quizzes) after the fixes for
the seventeenth:

    first look (all 2,225)      alone          batch (tidy)    batch (glued)
    fortythird/fortyfourth      0.9446/0.9565  0.9971/0.9987   0.9948/0.9986
    fortyfifth/fortysixth       0.9665/0.9499  0.9989/0.9994   0.9974/0.9991

    (runs of 30, 100 and 300 sampled with seed 11: 0.966/0.957, 0.978/0.990, 0.992/0.995 and 0.970/0.962,
    0.985/0.988, 0.996/0.996)

The forty-third missed the bar laid out untidily (0.9948): chart axes and keys, results and poll strips and
candidates' rows, which have no content word or sit inside a story that has figures of its own.  The round's
changes, each checked on the real corpora first (no removal on BBC, Reuters, news-please or aeb's gold bodies
changes; on aeb's scraped pages 16 more words of menus and counters go, and a few lines change rule):
- an automatic caption track: consecutive short lower-case lines without punctuation, as speech recognition
  writes them, not only those with an "um" in them;
- line rules for formats: a player's position and a channel's subscriber count, subtitle italics, wiki talk
  signatures, link aggregators' and Q&A sites' post meta, vote arrows and badge counts, "[citation needed]", long
  bars of short items; chart axes (evenly spaced ticks on a line, or rising or falling ticks one to a line), chart
  keys and table rows, results and poll strips, candidates' rows, election-night, fact-check, translated-edition and
  lifestyle-desk boxes, markets-desk quote boxes and converters, a news quiz's counter, score and lettered options,
  departure boards;
- "(c)" before a lower-case word is a lettered list's third item, not a copyright line (it had cut the third
  clause of a story's own list).
Through the real pipeline (`newsquotes run` on 300 untidy files sampled with seed 11, scoring the warehouse's
clean_text), the sixteenth pair went from 0.9935/0.9946 to 0.9968/0.9972, and at the end of the round the
fifteenth to eighteenth pairs read 0.9976/0.9974, 0.9968/0.9972, 0.9975/0.9979 and 0.9969/0.9990.
Tried and dropped: a page mostly of data rows counting as a story told in figures only when the story's own lines
include a data row, not just a sentence with two figures (it took the results tables out of stories with figures
of their own, but also 32 rows of Reuters earnings tables).

At the end of this round (all 2,225; the splits split over two processes and the controls in a third, with other
work alongside): as a run every split >= 0.998 but the thirteenth (0.9972); glued >= 0.995 but the thirteenth
(0.994); recall >= 0.996; one file at a time the first ten >= 0.997, the eleventh to twentieth 0.994-0.997 but the
thirteenth 0.966, the twenty-first to forty-sixth 0.965, 0.979, 0.970, 0.976, 0.971, 0.961, 0.903, 0.988, 0.970,
0.955, 0.953, 0.969, 0.965, 0.981, 0.939, 0.973, 0.951, 0.972, 0.942, 0.969, 0.969, 0.972, 0.953, 0.960, 0.968,
0.952.  The new pairs as a run 0.9997/0.9996 and 0.9993/0.9997, glued 0.9993/0.9996 and 0.9982/0.9995; the
sixteenth pair glued 0.9974/0.9990 (was 0.9955/0.9979).  Against the round before, three figures went down by
0.0001 (twenty-third and thirty-first alone; twenty-fifth's recall alone).  Runs sampled with seed 11: at 30
files >= 0.9515 (twenty-seventh), at 100 >= 0.9799 (thirty-seventh), at 300 >= 0.994 (thirteenth); four figures
went down by one line each (fortieth at 100, forty-second at 30, thirty-third at 100, twenty-fifth at 30: a line
now removed by its rule left a page short enough to be judged as a brief).  Costs unchanged: clean BBC 0.181%
alone, 0.202% as a run; Reuters 0.95% and 2.83%; news-please 4.00% and 4.52%; aeb's gold bodies as pages 2.16%;
aeb's scraped pages cleaned 0.823.

A nineteenth blind pair (bench/noise_blind19.py: news that reached the corpus by e-mail, mailing list and chat --
forwarded headers, list footers and archives, signatures, quoted replies, chat exports, newsletter intros; press
releases, PR wires and search-engine content farms -- wire datelines, notes to editors, "About" paragraphs, tables
of contents, FAQs, ratings, AI-written filler) was measured once with the cleaner of the eighteenth round:

    first look (all 2,225)      alone          batch (tidy)    batch (glued)
    fortyseventh/fortyeighth    0.9366/0.9473  0.9975/0.9985   0.9976/0.9981

    (runs of 30, 100 and 300 sampled with seed 11: 0.955/0.957, 0.985/0.985, 0.998/0.999)

Both met the bar as a run at first look, laid out either way.  The round's changes:
- a third layout, "inline" (bench.noise_unseen.make_noisy_inline, `--inline`): a text extraction flattens inline
  elements into their paragraph, so an ad label, a credit, a share button or a read-more link ends up after its
  last sentence.  With nothing else to clean, 100 files of five splits scored 0.981-0.987: the cleaner kept such a
  tail with its paragraph.  Now furniture after a kept line's last sentence (up to 10 words that a rule removes on
  their own) is cut from it and logged under that rule (so cleaning_removals is keyed by line and rule): 0.988-0.995,
  recall unchanged.  news-please has this for real (credits, video timers, "Sign Up" after body sentences): 105 more
  words of it go.  A body line whose tail a rule matches whole ("... delays. Continue reading below") still goes
  whole: on news-please almost every such line is a photo caption with its credit;
- line rules for e-mail, list, chat, press-release and content-farm furniture by its form (reply headers with a
  clock time, forwarding marks in other languages, out-of-office replies, list archives' navigation, group-chat
  events, attachments with their size, end marks, notes-to-editors headings, reference codes, telephone lines,
  ratings, "Contents [hide]"), and the lines an e-mail reply quotes ("> ..."), unless they are most of the text.
None of these removes a word of clean BBC or Reuters that was kept before; on news-please only the glued tails above
go, and on aeb's gold bodies cleaned as pages the cut takes 11 words of hashtags, "(More)" and "Help!" after
sentences.
Through the real pipeline (300 untidy files, seed 11): fortyseventh 0.9981, fortyeighth 0.9972.

At the end of this round (all 2,225; the splits in two processes, the controls with the first, other work alongside;
the eight splits with "> " lines measured again after the quoted-reply rule): as a run every split >= 0.998 but the
thirteenth (0.9972); glued >= 0.995 but the thirteenth (0.994); recall >= 0.996 (lowest 0.9963); one file at a time
the first ten >= 0.997, the eleventh to twentieth 0.994-0.997 but the thirteenth 0.966, the twenty-first to
forty-eighth 0.965, 0.979, 0.971, 0.976, 0.971, 0.961, 0.903, 0.988, 0.971, 0.955, 0.953, 0.970, 0.965, 0.981,
0.939, 0.974, 0.951, 0.972, 0.942, 0.969, 0.969, 0.972, 0.953, 0.960, 0.968, 0.953, 0.941, 0.948.  The new pair as a
run 0.9988/0.9985, glued 0.9986/0.9982; runs of 30, 100 and 300 (seed 11) 0.956/0.958, 0.987/0.985 and 0.9985/0.9987
(the older sets' small runs were not measured again).  Against the round before, 16 figures rose (fifteen of them
alone, by 0.0001-0.0012) and two went down by 0.0001 (sixteenth and thirty-seventh alone).  Costs: clean BBC 0.181%
alone, 0.202% as a run, Reuters 0.95% and 2.83% (all unchanged); news-please 4.05% and 4.56% (was 4.00% and 4.52%:
the credits, timers and prompts glued after its sentences); aeb's gold bodies as pages 2.17% (2.16%); aeb's scraped
pages cleaned 0.824 (0.823).  HTML bar: extracted 0.9664, clean_text 0.9648 (0.9650).

A twentieth blind pair (bench/noise_blind20.py: the culture and entertainment desks -- review boxes, cast lists,
listings, charts, tour dates, line-ups, awards, gossip teasers, other works' synopses and reviews in prose; captured
copies of pages -- web-archive banners and calendars, print-to-PDF headers and footers, reader modes, translation
bars, accessibility overlays, clipping tools, research-database fields, and PDF extraction's columns of other
articles wrapped at their width) was measured once with the cleaner of the nineteenth round plus this round's first
three changes (figure rows, letter spacing, page numbers, corrections columns; none designed on it):

    first look (all 2,225)      alone          batch (tidy)    batch (glued)
    fortyninth/fiftieth         0.9514/0.9558  0.9982/0.9978   0.9975/0.9920

    (runs of 30, 100 and 300 sampled with seed 11: 0.974/0.973, 0.989/0.985, 0.994/0.996)

The fiftieth laid out untidily missed the bar as a run: a PDF or print extraction pastes other articles' columns,
wrapped at forty characters, between paragraphs that each fill a line, and single lines of them passed as short
paragraphs.  The round's changes:
- "narrow_column": three lines or more of 25-60 characters that fill their width, mostly break mid-sentence (a
  split word, a comma, a word that cannot end a sentence, a lower-case start) and go on in lower case, sharing
  fewer than two specific words with the story, in a text with long lines.  Lists, verse and a story's own
  sentence broken into lines stay; no line of BBC, Reuters, news-please or aeb's gold bodies goes.  fiftieth
  untidy 0.9920 -> 0.9974 (300 files: 0.9914 -> 0.9964);
- from the thirteenth's untidy leaks (it was the one set below the bar as a run): a row of figures without a word
  ("data_strip"), text set letter by letter or a spaced-out address ("letter_spaced"), a converter's "€1 = £0.83",
  a page number between dashes, a masthead's "Vol. XCI No. 31,402", corrections-column entries and READER OFFER
  promotions: thirteenth untidy 0.9940 -> 0.9972, alone 0.966 -> 0.9824;
- reader competitions and polls in prose as stock phrases ("Five lucky readers will win", "pairs of tickets to
  give away");
- the glued-tail cut leaves what PAGE_ONLY_RULES match on extracted bodies, as the line pass does.
None of these changes a removal on clean BBC, Reuters, news-please or aeb's gold bodies (aeb's scraped pages: a
few lines already removed are now logged as narrow_column or letter_spaced), so those costs stand as above.

At the end of this round (all 2,225; views as a run, untidy as a run, and alone for the thirteenth and the new
pair, in two processes with other work alongside): as a run every split >= 0.998 (lowest the thirty-sixth,
0.9981; the thirteenth 0.9983, was 0.9972); untidy >= 0.995 on every split (lowest the ninth, 0.9953; the
thirteenth 0.9972); recall >= 0.996 (lowest 0.9963).  The new pair alone 0.9552/0.9594, as a run 0.9982/0.9991,
untidy 0.9975/0.9974; runs of 30, 100 and 300 (seed 11) 0.974/0.974, 0.989/0.986, 0.994/0.997.  The alone figures
of the other sets were not measured again.  HTML bar: extracted 0.9664, clean_text 0.9649.

A twenty-first blind pair (bench/noise_blind21.py: the business, markets and trade-press desks -- press releases
pasted whole with their "About" paragraphs, contacts and safe-harbour prose, earnings-call transcripts, tickers,
quote boxes, rating boxes, calendars, webinar and report forms, job boards, other companies' results, deals and
market wraps in prose; affiliate-commerce consumer pages -- commission disclosures, product boxes, deal strips,
price trackers, spec boxes, property listings, booking widgets, recipe cards, style credits, other products' mini
reviews and buying advice in prose) was measured once with the cleaner of the twentieth round (none of this
round's changes designed on it):

    first look (all 2,225)      alone          batch (tidy)    batch (glued)
    fiftyfirst/fiftysecond      0.9355/0.9507  0.9968/0.9979   0.9963/0.9978

    (runs of 30, 100 and 300 sampled with seed 11: 0.945/0.975, 0.979/0.981, 0.9945/0.9943)

Both met the bar as a run.  The round worked on what a lone file keeps, which the heavy blind sets leave at
0.90-0.96: lines off the story that off_topic saw and let stay, counted by the guard that kept them (a /tmp
diagnostic over 150 files of several sets).  Long and attributed lines above or below the story, and lines tied to
it by plain words only, were most of it, and on the BBC bodies none of them was body; but dropping those guards
outright took news-please's and aeb's closing quotes.  What tells them apart is the page around them:
- off_topic's guards of length and attribution hold above or below the story only next to it; beyond a removed
  line (a share bar, a label, a box) an untied long or attributed line is the page's (`_apart`);
- there a tie of plain words ("council", "month", "public") no longer keeps a line, a specific word still does;
- inside the story, a line whose nearest lines above and below were both removed is an inline box's, and plain
  words no longer tie it either (`_between_noise`; "touching a removed line" took news-please's quotes, whose
  paragraphs are single lines);
- a strip of amounts in any layout (three prices, signed changes or percentages, no more grammar words than
  amounts, not a sentence: tickers without separators, price lists, deal strips) is a data_strip, as is a ticker
  item written "Label: figure (+0.7%)" and a strip opening with its box's label;
- stock phrases: market-data delay and provider notices, an earnings call's operator lines, affiliate pages'
  "chosen by our editors, not by advertisers" and "Prices were correct at ..."; "affiliate commissions";
- a word or two in quotation marks (a term, a button's label) no longer guards a line from the stock-phrase and
  prose rules; off_topic still counts it as a reported line.
Alone, 300 files (seed 7), before -> after the round: fiftyfirst 0.9380 -> 0.9515, fiftysecond 0.9502 -> 0.9610,
fortyseventh 0.9345 -> 0.9475, twentyseventh 0.9054 -> 0.9157, thirtyninth 0.9432 -> 0.9518, fiftieth 0.9613 ->
0.9679, fortyninth 0.9530 -> 0.9593, thirtyfifth 0.9338 -> 0.9423; untidy fortyseventh 0.9283 -> 0.9330.
Recall on those 300 files is unchanged; at full size it falls by about 0.0008 on the new pair (a story's last
quote, linked to it by no specific word, beyond an inline box goes).  Costs on the controls: not one line of
clean BBC, Reuters or news-please changes; on aeb's gold bodies a deals page's offer line and a podcast promo go
(gold as pages 2.19%, was 2.17%), on aeb's scraped pages 33 more lines go: 28 of furniture, two names of a tag
list that the story also names, and three of the gold body (the offer, the promo, a hockey note): cleaned 0.827
(was 0.824), recall 0.9712 (0.9719).  HTML bar: extracted
0.9664, clean_text 0.9647.  At full size after the round: the new pair alone 0.9497/0.9614, as a run
0.9975/0.9980, untidy 0.9970/0.9979; runs of 30, 100 and 300 (seed 11) 0.952/0.979, 0.985/0.982, 0.995/0.994;
ninth untidy 0.9953, thirteenth untidy 0.9972, thirty-sixth as a run 0.9981 (as before).

A twenty-second blind pair (bench/noise_blind22.py: the crime, courts and public-safety desks with the public
notices pages -- court listings, sentencing round-ups, reporting-restriction and contempt notices, police appeals,
fire-service logs, licensing, road and probate notices, and other cases, incidents and appeals in prose;
independent, hyperlocal, community, faith, student and diaspora publishing -- newsletter-platform chrome, paid-tier
and donation asks, blog sidebars, parish notices, society and club news, bilingual lines, and other community
stories in prose) was measured once with the cleaner of the twenty-first round and one change written before it
was seen (odds and clock times count as amounts in a strip):

    first look (all 2,225)      alone          batch (tidy)    batch (glued)
    fiftythird/fiftyfourth      0.9522/0.9750  0.9970/0.9994   0.9956/0.9994

    (runs of 30, 100 and 300 sampled with seed 11: 0.973/0.968, 0.991/0.988, 0.9967/0.9979)

Both met the bar as a run.  The round's changes, from their leaks and from the lone files of the older sets:
- a list or a table row flattened onto one line (three or more items parted by bars or spaced slashes, up to 15
  words each, none a sentence) goes as glued_list: court lists, service times, notices menus;
- a block of three or more lines counts as hard-wrapped prose only when a line after its first opens in lower
  case, so the rows of a court list are judged one by one and a list's items are no longer re-joined into one
  paragraph (every wrapped block of Reuters' wire copy has such a line);
- inside the story, a sentence of 15 words or more beside a removed line, reporting no one and tied to the story
  by at most two plain words, is the box's prose (off_topic); next to another off_topic line it goes too, which is
  most of the gain, and what takes two news-please lines;
- a list item opening in lower case finishes the sentence of the story line that leads into its list; a box's
  heading ("When to see a doctor") shields no list;
- the publisher's voice also speaks of "our posts", "our stories", "our writers", "our volunteers" and the like;
- a short numbered or bulleted item stays when two of the story's own items have its shape ("0 A (A)"): a seeding
  list whose other players the story names.  Clean BBC had been losing such a list (sport/476) alone and as a run.
Alone, 300 files (seed 7), at the start of the round -> after it: fiftythird 0.9517 -> 0.9557, fiftyfourth 0.9797
-> 0.9820, twentyseventh 0.9157 -> 0.9242, thirtyfifth 0.9422 -> 0.9520, fortyfifth 0.9677 -> 0.9690, fortyseventh
0.9475 -> 0.9563, fiftyfirst 0.9515 -> 0.9532, fiftysecond 0.9610 -> 0.9639, thirtyninth 0.9518 -> 0.9528; recall
the same to 0.0002 but thirtyninth's, 0.9976 -> 0.9987 (its lists).
Costs on the controls, against the start of the round: clean BBC keeps more (the seeding list: 0.160% lost alone,
was 0.181%; 0.181% as a run, was 0.202%); Reuters, not one line; news-please, three lines more (two body sentences
beside off_topic lines, 49 words, and a video's time stamps); aeb's gold bodies as pages keep a numbered list's
items; aeb's scraped pages, 24 more off_topic lines (teasers and promos but for one or two body lines), 4 more
glued_list, and 4 lines of a cookie box no longer cut (the tail cut counted fewer furniture lines after the marker
once a glued list went before it): cleaned 0.8301 (was 0.827), recall 0.9710 (0.9712).  HTML bar: extracted
0.9664, clean_text 0.9649.  At full size after the round: the new pair alone 0.9579/0.9781, as a run 0.9989/0.9997,
untidy 0.9982/0.9998, recall >= 0.9965; runs of 30, 100 and 300 0.976/0.968, 0.990/0.990, 0.998/0.9985; ninth
untidy 0.9955, thirteenth untidy 0.9972, thirty-sixth as a run 0.9982, fiftyfirst as a run 0.9979.

So a run over a few hundred or more articles from the same scrapers cleans the noise styles measured so far to
~0.997-0.999 precision (a new style at its first look 0.988-0.999 at full size, or 0.914 for other stories'
summaries before the heavy-noise fix), runs of 100 and 30 (sampled with seed 11) to 0.980 and 0.951 or
better; a lone file gets ~0.94-0.99 on the heavier blind sets (0.92 on other stories' summaries), and ~0.98 on
printed-page data boxes (league tables, race results, listings, horoscopes).  Recall stays >= 0.996 everywhere at
full size, the clean BBC corpus loses 0.16% alone and 0.18% as a batch (team sheets and result lists that name no
one in the story, contributor bios, kick-off times, a few short asides), and the last lines printed show what
cleaning costs on real text without gold (Reuters wire copy with tables, outlets quoting each other).

    .venv/bin/python -m bench.clean_noise                 # everything, all 2,225 BBC files (about an hour)
    .venv/bin/python -m bench.clean_noise --limit 300     # a fixed-seed subset
    .venv/bin/python -m bench.clean_noise --splits seventeenth,eighteenth --no-controls
    .venv/bin/python -m bench.clean_noise --splits fifteenth --no-controls --inline  # + glued tails
Needs ../shared (or NEWSQUOTES_SHARED_DIR).  The texts are read from there and never written anywhere.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import random
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from pipeline.clean import clean_article
from pipeline.shared_lines import SharedText, shared_text

REPO_ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("NEWSQUOTES_SHARED_DIR", REPO_ROOT.parent / "shared"))
BBC = SHARED / "corpus" / "bbc-news-2225"
AEB = SHARED / "corpus" / "scrapinghub-aeb"

# --- corpus -------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class BbcArticle:
    path: str
    title: str
    body: str


def read_bbc_text(path: Path) -> str:
    """One BBC file; sport/199.txt is Latin-1, everything else UTF-8."""
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def load_bbc(root: Path = BBC, limit: int | None = None, seed: int = 13) -> list[BbcArticle]:
    """BBC articles (title = first line, body = the rest), all of them or a fixed-seed sample of `limit`."""
    paths = sorted(root.glob("*/*.txt"))
    if limit is not None and limit < len(paths):
        paths = sorted(random.Random(seed).sample(paths, limit))
    out = []
    for p in paths:
        text = read_bbc_text(p)
        title, _, body = text.partition("\n")
        out.append(BbcArticle(str(p.relative_to(root)), title.strip(), body))
    return out


# --- metric -------------------------------------------------------------------------------------------------------


@dataclass
class WordScore:
    """Micro-averaged word-multiset overlap between cleaned output and the true body."""

    overlap: int = 0
    predicted: int = 0
    truth: int = 0

    def add(self, predicted_text: str, true_text: str) -> None:
        pred, true = Counter(predicted_text.split()), Counter(true_text.split())
        self.overlap += sum((pred & true).values())
        self.predicted += sum(pred.values())
        self.truth += sum(true.values())

    @property
    def precision(self) -> float:
        return self.overlap / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.overlap / self.truth if self.truth else 1.0


# --- noise templates ----------------------------------------------------------------------------------------------
# A template takes (rng, ctx) and returns the lines of one noise block.  `ctx` holds other articles' headlines.
# Positions: h = head (between title and body), i = inline (between body paragraphs), t = tail.

NAMES = ["Jane Doe", "Marcus Okafor", "Li Wei", "Sofia Hernandez", "Tom O'Neill", "Priya Raman", "Anna Kowalska",
         "David Chen", "Fatima Al-Sayed", "Oliver Grant"]
AGENCIES = ["AFP", "Reuters", "AP", "EPA", "PA Media", "Bloomberg", "Anadolu Agency", "Xinhua"]
OUTLETS = ["The Daily Ledger", "Metro Wire", "Northern Courier", "Globe Report", "City Herald", "The Observer Post"]
SECTIONS = ["News", "World", "Business", "Politics", "Sport", "Technology", "Culture", "Europe", "Markets", "Health"]
TOPICS = ["Economy", "Elections", "Football", "Climate change", "Tech giants", "Music", "Energy", "Courts",
          "Transport", "Education"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
CAPTIONS = ["Protesters gather outside the building on Monday.", "The minister speaks to reporters in the capital.",
            "Fans celebrate after the final whistle.", "A view of the factory floor earlier this year.",
            "Shoppers walk past a store in the city centre.", "The band performs on stage at the festival."]


def _handle(rng: random.Random) -> str:
    return rng.choice(NAMES).replace(" ", "").replace("'", "")


def _date(rng: random.Random) -> tuple[int, int, int]:
    return rng.randint(2015, 2025), rng.randint(1, 12), rng.randint(1, 28)


Template = Callable[[random.Random, dict], list[str]]


def _dev_templates() -> dict[str, tuple[str, Template]]:
    """Noise styles the rules were written against."""
    return {
        "read_time": ("h", lambda r, c: [f"{r.randint(2, 12)} mins read"]),
        "caption_doubled": ("hi", lambda r, c: [
            (cap := f"{r.choice(CAPTIONS)} (Photo by {r.choice(NAMES)}/{r.choice(AGENCIES)} via Getty Images)"),
            "", cap]),
        "image_credit": ("hi", lambda r, c: [f"Image: {r.choice(AGENCIES)}"]),
        "cta_click": ("it", lambda r, c: ["Click here to subscribe to our newsletter"]),
        "cta_signup": ("it", lambda r, c: ["Sign up for our daily newsletter"]),
        "share_line": ("ht", lambda r, c: ["Share this article"]),
        "share_bar": ("ht", lambda r, c: ["Facebook", "Twitter", "Email"]),
        "newsletter_box": ("it", lambda r, c: ["Newsletter", f"Get the best of {r.choice(OUTLETS)} in your inbox.",
                                               "Sign up"]),
        "cookie": ("ht", lambda r, c: ["We use cookies to improve your experience. By continuing to browse you "
                                       "accept our cookie policy."]),
        "byline": ("h", lambda r, c: [f"By {r.choice(NAMES)}"]),
        "published": ("h", lambda r, c: [
            f"Published {r.randint(1, 12)}:{r.randint(0, 59):02d} AM EST, {r.choice(WEEKDAYS)[:3]} "
            f"{r.choice(MONTHS)} {r.randint(1, 28)}, {r.randint(2015, 2025)}"]),
        "updated": ("h", lambda r, c: [f"Updated: {r.choice(MONTHS)} {r.randint(1, 28)}, {r.randint(2015, 2025)}"]),
        "related_list": ("it", lambda r, c: ["Related:", *r.sample(c["headlines"], 2)]),
        "read_more": ("it", lambda r, c: [f"Read more: {r.choice(c['headlines'])}"]),
        "tags": ("t", lambda r, c: ["Tags: " + ", ".join(r.sample(TOPICS, 3))]),
        "copyright": ("t", lambda r, c: [f"© {r.randint(2015, 2025)} {r.choice(OUTLETS)}. All rights reserved."]),
        "social": ("t", lambda r, c: [f"Follow @{_handle(r)} on Twitter"]),
        "advert": ("i", lambda r, c: ["Advertisement"]),
        "crumbs": ("h", lambda r, c: ["Home > " + " > ".join(r.sample(SECTIONS, 2))]),
        "source_link": ("t", lambda r, c: ["Source link"]),
    }


def _heldout_templates() -> dict[str, tuple[str, Template]]:
    """Second split: other phrasings, layouts and vocabularies than dev (first look P=0.9758)."""
    def stamp_iso(r: random.Random, c: dict) -> list[str]:
        y, m, d = _date(r)
        return [f"{y}-{m:02d}-{d:02d}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:00Z"]

    def stamp_uk(r: random.Random, c: dict) -> list[str]:
        y, m, d = _date(r)
        return [f"Last updated on {d} {MONTHS[m - 1]} {y} at {r.randint(0, 23):02d}:{r.randint(0, 59):02d} GMT"]

    return {
        "listen_time": ("h", lambda r, c: [f"Listen to this article · {r.randint(2, 9)} min"]),
        "reading_minutes": ("h", lambda r, c: [f"Estimated reading time: {r.randint(2, 9)} minutes"]),
        "bbc_caption": ("hi", lambda r, c: [f"Image source, {r.choice(AGENCIES)}", "Image caption,",
                                            r.choice(CAPTIONS)]),
        "guardian_caption": ("hi", lambda r, c: [
            f"{r.choice(CAPTIONS)} Photograph: {r.choice(NAMES)}/{r.choice(AGENCIES)}"]),
        "plain_doubled_caption": ("hi", lambda r, c: [(cap := r.choice(CAPTIONS)), cap]),
        "credit_line": ("hi", lambda r, c: [f"Credit: {r.choice(NAMES)}/{r.choice(AGENCIES)}"]),
        "support_cta": ("it", lambda r, c: ["Enjoying this article? Consider supporting independent journalism."]),
        "app_cta": ("it", lambda r, c: ["Want more stories like this? Get our free app."]),
        "notify_cta": ("it", lambda r, c: ["Don't miss a thing — turn on notifications"]),
        "member_cta": ("it", lambda r, c: ["Become a member today and get unlimited access"]),
        "tip_cta": ("t", lambda r, c: ["Got a tip? Email us at tips@example.com"]),
        "share_stack": ("ht", lambda r, c: ["Share", "Tweet", "Pin", "Email"]),
        "copy_link": ("hi", lambda r, c: ["Copy link"]),
        "whatsapp": ("ht", lambda r, c: ["Share on WhatsApp"]),
        "newsletter_form": ("it", lambda r, c: [
            "The Morning Briefing", "Everything you need to know, delivered every weekday.",
            "Enter your email address", "I agree to the terms and privacy policy", "Subscribe"]),
        "cookie_banner": ("ht", lambda r, c: [
            "This website stores cookies on your computer. These cookies are used to collect information about how "
            "you interact with our website.", "Accept all", "Reject all", "Manage preferences"]),
        "written_by": ("h", lambda r, c: [f"Written by {r.choice(NAMES)}, Senior Correspondent"]),
        "story_by": ("h", lambda r, c: [f"Story by {r.choice(NAMES)} • {r.choice(OUTLETS)}"]),
        "stamp_uk": ("h", stamp_uk),
        "stamp_iso": ("h", stamp_iso),
        "relative_time": ("h", lambda r, c: [f"{r.randint(2, 11)} hours ago"]),
        "more_on_story": ("it", lambda r, c: ["More on this story", *r.sample(c["headlines"], 3)]),
        "might_like": ("t", lambda r, c: ["You might also like:", *r.sample(c["headlines"], 2)]),
        "most_read": ("t", lambda r, c: ["Most read", "1", c["headlines"][0], "2", c["headlines"][1]]),
        "topics_stack": ("t", lambda r, c: ["Topics", *r.sample(TOPICS, 3)]),
        "hashtags": ("t", lambda r, c: [" ".join("#" + t.replace(" ", "") for t in r.sample(TOPICS, 3))]),
        "filed_under": ("t", lambda r, c: ["Filed under: " + " / ".join(r.sample(TOPICS, 2))]),
        "ap_copyright": ("t", lambda r, c: [
            f"Copyright {r.randint(2015, 2025)} The Associated Press. All Rights Reserved. This material may not be "
            "published, broadcast, rewritten or redistributed."]),
        "ltd_copyright": ("t", lambda r, c: [f"(c) {r.choice(OUTLETS)} Ltd {r.randint(2015, 2025)}"]),
        "follow_us": ("t", lambda r, c: ["Follow us on Instagram, TikTok and YouTube"]),
        "dash_advert": ("i", lambda r, c: ["- Advertisement -"]),
        "continues_below": ("i", lambda r, c: ["Story continues below advertisement"]),
        "sponsored": ("it", lambda r, c: ["Sponsored Content"]),
        "slash_crumbs": ("h", lambda r, c: [" / ".join(r.sample(SECTIONS, 3))]),
        "you_are_here": ("h", lambda r, c: ["You are here: Home » " + r.choice(SECTIONS)]),
        "comments": ("t", lambda r, c: [f"Comments ({r.randint(1, 300)})", "Join the conversation",
                                        "Sort by Newest"]),
        "print_page": ("t", lambda r, c: ["Print this page"]),
        "video_teaser": ("i", lambda r, c: [f"WATCH: {r.choice(c['headlines'])}"]),
    }


def _blind_templates() -> dict[str, tuple[str, Template]]:
    """Third split, written after the heldout tuning (first look P=0.9384)."""
    def stamp_slash(r: random.Random, c: dict) -> list[str]:
        y, m, d = _date(r)
        return [f"{MONTHS[m - 1][:3]}. {d}, {y} / {r.randint(1, 12)}:{r.randint(0, 59):02d} p.m."]

    def modified(r: random.Random, c: dict) -> list[str]:
        y, m, d = _date(r)
        return [f"Last modified: {d} {MONTHS[m - 1]} {y} {r.randint(0, 23):02d}:{r.randint(0, 59):02d} CET"]

    return {
        "audio_player": ("h", lambda r, c: [f"Listen · {r.randint(1, 9)}:{r.randint(0, 59):02d}"]),
        "audio_label": ("hi", lambda r, c: ["AUDIO: Listen to the full interview"]),
        "photo_for": ("hi", lambda r, c: [f"Photo: {r.choice(NAMES)} for {r.choice(OUTLETS)}"]),
        "ap_photo": ("hi", lambda r, c: [f"(AP Photo/{r.choice(NAMES)})"]),
        "pictured": ("hi", lambda r, c: [f"Pictured: {r.choice(CAPTIONS)}"]),
        "affiliate": ("ht", lambda r, c: ["This article contains affiliate links. We may earn a commission if you "
                                          "buy through them."]),
        "paywall": ("it", lambda r, c: ["Create a free account to continue reading"]),
        "meter": ("h", lambda r, c: [f"You have {r.randint(1, 5)} free articles remaining this month"]),
        "have_say": ("t", lambda r, c: ["Have your say", "Loading comments…"]),
        "like_share": ("it", lambda r, c: ["Like this story? Share it with a friend!"]),
        "follow_outlet": ("t", lambda r, c: [f"Follow {r.choice(OUTLETS)} on LinkedIn"]),
        "trending": ("t", lambda r, c: ["Trending Now", *r.sample(c["headlines"], 3)]),
        "editors_note": ("t", lambda r, c: ["Editor's note: This story has been updated with additional details."]),
        "partnership": ("t", lambda r, c: [f"This story was produced in partnership with {r.choice(OUTLETS)}."]),
        "modified": ("h", modified),
        "stamp_slash": ("h", stamp_slash),
        "caps_byline": ("h", lambda r, c: [f"By {r.choice(NAMES).upper()} Associated Press"]),
        "copyright_inc": ("t", lambda r, c: [f"Copyright © {r.randint(2015, 2025)} {r.choice(OUTLETS)}, Inc."]),
        "content_c": ("t", lambda r, c: [f"Content © {r.choice(OUTLETS)}"]),
        "ad_scroll": ("i", lambda r, c: ["Advertisement - Scroll to continue"]),
        "skip_ad": ("i", lambda r, c: ["Skip Ad"]),
        "related_topics": ("t", lambda r, c: ["Related Topics", *r.sample(TOPICS, 3)]),
        "explore_topics": ("t", lambda r, c: ["Explore more on these topics", *r.sample(TOPICS, 2)]),
        "back_to_top": ("t", lambda r, c: ["Back to top ↑"]),
        "next_prev": ("t", lambda r, c: ["← Previous article", "Next article →"]),
        "posted_in": ("t", lambda r, c: [f"Posted in {r.choice(SECTIONS)} | Tagged {', '.join(r.sample(TOPICS, 2))}"]),
        "privacy_banner": ("ht", lambda r, c: [
            "Your privacy matters to us. We and our partners use technologies like cookies to personalise ads.",
            "I Accept"]),
        "app_promo": ("it", lambda r, c: [f"Download the {r.choice(OUTLETS)} app for the latest news and alerts."]),
        "story_tip": ("t", lambda r, c: ["Got a story? Contact our newsroom."]),
        "insta_handle": ("t", lambda r, c: [f"@{_handle(r)} on Instagram"]),
        "emoji_share": ("ht", lambda r, c: ["🔗 Copy link  ✉ Email  🐦 Tweet"]),
    }


def _fresh_templates() -> dict[str, tuple[str, Template]]:
    """Fourth split (first look P=0.9648)."""
    def posted(r: random.Random, c: dict) -> list[str]:
        y, m, d = _date(r)
        return [f"Posted: {r.choice(WEEKDAYS)[:3]} {d} {MONTHS[m - 1][:3]} {y} at {r.randint(1, 12)}:"
                f"{r.randint(0, 59):02d}pm"]

    def updated_short(r: random.Random, c: dict) -> list[str]:
        y, m, d = _date(r)
        return [f"Updated {r.randint(0, 23):02d}:{r.randint(0, 59):02d}, {d} {MONTHS[m - 1][:3]} {y}"]

    return {
        "signature": ("t", lambda r, c: [f"— {r.choice(NAMES)}, Staff Reporter"]),
        "gallery": ("hi", lambda r, c: [f"View gallery ({r.randint(3, 30)} photos)"]),
        "outbrain": ("t", lambda r, c: ["Sponsored Links", "Recommended by Outbrain", *r.sample(c["headlines"], 2)]),
        "geo_block": ("i", lambda r, c: ["This content is not available in your region"]),
        "enlarge": ("hi", lambda r, c: ["Click to enlarge"]),
        "open_app": ("h", lambda r, c: ["Open in app"]),
        "video_tag": ("i", lambda r, c: ["Your browser does not support the video tag."]),
        "disqus": ("t", lambda r, c: ["Please enable JavaScript to view the comments powered by Disqus."]),
        "login_comment": ("t", lambda r, c: ["Log in or register to post comments"]),
        "tools_bar": ("h", lambda r, c: ["Print | Email | Font size: A A A"]),
        "updated_short": ("h", updated_short),
        "posted": ("h", posted),
        "name_role": ("h", lambda r, c: [f"{r.choice(NAMES)} | Correspondent"]),
        "watch_above": ("i", lambda r, c: ["Watch the video above"]),
        "see_also": ("i", lambda r, c: [f"SEE ALSO: {r.choice(c['headlines'])}"]),
        "related_stories": ("t", lambda r, c: ["RELATED STORIES:", *r.sample(c["headlines"], 3)]),
        "footer_links": ("t", lambda r, c: [f"Copyright ©{r.randint(2015, 2025)} {r.choice(OUTLETS)} Group. "
                                            "Terms | Privacy"]),
        "emoji_newsletter": ("it", lambda r, c: ["📧 Get our newsletter"]),
        "loading": ("i", lambda r, c: ["Loading..."]),
        "feedback": ("t", lambda r, c: ["Send us your feedback"]),
        "after_ad": ("i", lambda r, c: ["Article continues after this ad"]),
        "thanks": ("t", lambda r, c: ["Thank you for reading!"]),
    }


def _final_templates() -> dict[str, tuple[str, Template]]:
    """Fifth split (first look P=0.9749)."""
    def last_updated(r: random.Random, c: dict) -> list[str]:
        y, m, d = _date(r)
        return [f"Last Updated: {m}/{d}/{y} {r.randint(1, 12)}:{r.randint(0, 59):02d} AM"]

    return {
        "sources": ("t", lambda r, c: [f"Sources: {', '.join(r.sample(AGENCIES, 2))}"]),
        "live_updates": ("h", lambda r, c: ["LIVE UPDATES"]),
        "most_viewed": ("t", lambda r, c: ["Most Viewed", *r.sample(c["headlines"], 3)]),
        "no_account": ("it", lambda r, c: ["Don't have an account? Sign up"]),
        "rec_videos": ("t", lambda r, c: ["Recommended Videos", *r.sample(c["headlines"], 2)]),
        "jump_comments": ("h", lambda r, c: ["Jump to comments"]),
        "text_size": ("h", lambda r, c: ["Text size: A- A+"]),
        "save_later": ("hi", lambda r, c: ["Save for later"]),
        "gift": ("h", lambda r, c: ["Gift this article"]),
        "listen_minutes": ("h", lambda r, c: [f"Listen to article {r.randint(2, 9)} minutes"]),
        "produced_by": ("t", lambda r, c: [f"Produced by the {r.choice(OUTLETS)} Digital Desk"]),
        "live_blog": ("it", lambda r, c: ["Follow the latest updates on our live blog."]),
        "homepage": ("t", lambda r, c: ["For more news, visit our homepage."]),
        "standards": ("t", lambda r, c: [f"Our Standards: The {r.choice(OUTLETS)} Trust Principles."]),
        "alerts": ("it", lambda r, c: ["Sign up for breaking news alerts"]),
        "image_n_of_m": ("hi", lambda r, c: [f"Image {r.randint(1, 5)} of {r.randint(6, 20)}"]),
        "photographer": ("hi", lambda r, c: [f"Photographer: {r.choice(NAMES)}/{r.choice(AGENCIES)}"]),
        "adds_details": ("h", lambda r, c: [f"(Adds details in paragraph {r.randint(3, 9)})"]),
        "trending_one": ("i", lambda r, c: [f"Trending: {r.choice(c['headlines'])}"]),
        "last_updated": ("h", last_updated),
        "fact_checked": ("h", lambda r, c: [f"Fact checked by {r.choice(NAMES)}"]),
    }


def _sixth_templates() -> dict[str, tuple[str, Template]]:
    """Sixth split, written after the structural passes (zones, sandwiches, page cuts) (first look P=0.9348)."""
    return {
        "image_copyright": ("hi", lambda r, c: [f"Image copyright {r.choice(AGENCIES)}",
                                                f"Image caption {r.choice(CAPTIONS)}"]),
        "media_playback": ("i", lambda r, c: ["Media playback is unsupported on your device"]),
        "media_caption": ("i", lambda r, c: [f"Media caption {r.choice(CAPTIONS)}"]),
        "published_no_year": ("h", lambda r, c: [f"Published {r.randint(1, 28)} {r.choice(MONTHS)}"]),
        "share_page": ("h", lambda r, c: ["Share page", "About sharing"]),
        "external_links": ("t", lambda r, c: ["Related Internet Links",
                                              "The BBC is not responsible for the content of external sites."]),
        "elsewhere": ("t", lambda r, c: ["Elsewhere on the site", *r.sample(c["headlines"], 2)]),
        "trust": ("t", lambda r, c: [f"Why you can trust {r.choice(OUTLETS)}"]),
        "follow_on_x": ("t", lambda r, c: [f"Follow {r.choice(OUTLETS)} on X"]),
        "sign_in_comment": ("t", lambda r, c: ["Sign in to comment"]),
        "play_video": ("i", lambda r, c: [f"Play video, \"{r.choice(c['headlines'])}\", Duration "
                                          f"{r.randint(1, 5)},{r.randint(10, 59)}"]),
        "name_role_lines": ("h", lambda r, c: [r.choice(NAMES), f"{r.choice(OUTLETS)}, {r.choice(SECTIONS)}"]),
        "posted_ago": ("h", lambda r, c: [f"Posted {r.randint(1, 23)}h ago"]),
        "bookmarked": ("i", lambda r, c: ["Article bookmarked", "Find your bookmarks in your Premium section, "
                                                                "under my profile"]),
        "chrome": ("i", lambda r, c: ["Please use Chrome browser for a more accessible video player"]),
        "join_readers": ("t", lambda r, c: ["Join thought-provoking conversations, follow other readers and see "
                                            "their replies"]),
        "premium_pitch": ("it", lambda r, c: [
            "Want to bookmark your favourite articles and stories to read or reference later? Start your "
            "Premium subscription today."]),
    }


def _seventh_templates() -> dict[str, tuple[str, Template]]:
    """Seventh split, written after the name-byline and weak-signal passes (first look P=0.9628)."""
    return {
        "podcast_promo": ("it", lambda r, c: ["Listen to our daily podcast wherever you get your podcasts"]),
        "reader_poll": ("i", lambda r, c: ["Poll: Do you agree with the decision?", "Yes", "No", "Vote"]),
        "photo_count": ("hi", lambda r, c: [f"{r.randint(3, 40)} photos"]),
        "swipe": ("i", lambda r, c: ["Swipe for more"]),
        "deal_box": ("it", lambda r, c: ["Today's best deals", f"Shop now at {r.choice(OUTLETS)} Store"]),
        "map_embed": ("i", lambda r, c: ["Map data ©2024 Google"]),
        "read_in_app": ("h", lambda r, c: ["Read in app"]),
        "translate": ("h", lambda r, c: ["Translate this page"]),
        "print_edition": ("t", lambda r, c: [f"A version of this article appears in print on {r.choice(MONTHS)} "
                                             f"{r.randint(1, 28)}, {r.randint(2015, 2025)}, Section A, Page "
                                             f"{r.randint(1, 20)}."]),
        "author_bio": ("t", lambda r, c: [f"{r.choice(NAMES)} covers {r.choice(TOPICS).lower()} for "
                                          f"{r.choice(OUTLETS)}."]),
        "more_coverage": ("t", lambda r, c: [f"More coverage of {r.choice(TOPICS).lower()}"]),
        "live_now": ("h", lambda r, c: ["● LIVE NOW"]),
        "audio_version": ("h", lambda r, c: ["Audio version", f"{r.randint(1, 9)}:{r.randint(10, 59)}"]),
        "report_ad": ("i", lambda r, c: ["Report this ad"]),
        "corrections_policy": ("t", lambda r, c: ["Spotted an error? Let us know."]),
        "whatsapp_channel": ("it", lambda r, c: ["Join our WhatsApp channel for the latest updates"]),
        "reading_list": ("h", lambda r, c: ["Add to reading list"]),
    }


def _eighth_templates() -> dict[str, tuple[str, Template]]:
    """Eighth split, written after the wider interface lexicon (first look P=0.9705)."""
    def dotted(r: random.Random, c: dict) -> list[str]:
        y, m, d = _date(r)
        return [f"{d:02d}.{m:02d}.{y} | {r.randint(0, 23):02d}:{r.randint(0, 59):02d}"]

    return {
        "dotted_stamp": ("h", dotted),
        "kicker": ("h", lambda r, c: [r.choice(SECTIONS).upper()]),
        "exclusive": ("h", lambda r, c: ["EXCLUSIVE"]),
        "analysis_label": ("h", lambda r, c: ["Analysis"]),
        "reactions": ("t", lambda r, c: ["👍 12  😮 3  😢 1"]),
        "rating": ("t", lambda r, c: ["Was this article helpful?", "Yes  No"]),
        "in_brief": ("h", lambda r, c: ["In brief", "• Council backs plan", "• Work starts next year"]),
        "key_points": ("h", lambda r, c: ["Key points:", "- Prices are expected to rise", "- Talks resume today"]),
        "sidebar_fact": ("i", lambda r, c: ["FAST FACTS"]),
        "contributors": ("t", lambda r, c: [f"Additional contributions from {r.choice(NAMES)}."]),
        "image_alt": ("hi", lambda r, c: [f"[Image: {r.choice(CAPTIONS)[:-1]}]"]),
        "video_duration": ("i", lambda r, c: [f"Video duration {r.randint(1, 9)} minutes {r.randint(1, 59)} "
                                              "seconds"]),
        "gift_link": ("h", lambda r, c: ["Give this article", "Share full article"]),
        "lang_switch": ("h", lambda r, c: ["English | Español | Français"]),
        "subscriber_exclusive": ("h", lambda r, c: ["Subscriber exclusive"]),
        "footnote_star": ("t", lambda r, c: ["* Terms and conditions apply."]),
    }


def _ninth_templates() -> dict[str, tuple[str, Template]]:
    """Ninth split: liveblog shells, US regional and tabloid chrome, tech-blog widgets, non-English UI strings,
    AI-summary boxes, donation asks, amendment notes (written without reading the rules)."""
    def liveblog_entry(r: random.Random, c: dict) -> list[str]:
        return [f"{r.randint(1, 12)}:{r.randint(0, 59):02d} {r.choice(['am', 'pm'])}", "Pinned post"]

    return {
        "liveblog_stamp": ("hi", liveblog_entry),
        "live_counter": ("h", lambda r, c: [f"{r.randint(3, 90)} new updates", "Show latest"]),
        "ai_summary": ("h", lambda r, c: ["AI-generated summary", "This summary was generated by AI and reviewed "
                                          "by our editors."]),
        "donate": ("it", lambda r, c: [f"Donate now. Every dollar helps keep {r.choice(OUTLETS)} free for "
                                       "everyone."]),
        "amended": ("t", lambda r, c: [f"This article was amended on {r.randint(1, 28)} {r.choice(MONTHS)} "
                                       f"{r.randint(2015, 2025)} to correct a spelling."]),
        "comment_count": ("ht", lambda r, c: [f"💬 {r.randint(2, 900)} comments"]),
        "views": ("h", lambda r, c: [f"{r.randint(1, 99)}.{r.randint(1, 9)}K views"]),
        "spanish_ui": ("ht", lambda r, c: ["Compartir", "Leer más", "Suscríbete"]),
        "german_ui": ("h", lambda r, c: ["Artikel teilen · Merken · Drucken"]),
        "accessibility": ("i", lambda r, c: ["Screen reader users: press enter to skip this embed."]),
        "tweet_embed": ("i", lambda r, c: [f"— {r.choice(NAMES)} (@{_handle(r)}) {r.choice(MONTHS)} "
                                           f"{r.randint(1, 28)}, {r.randint(2015, 2025)}", "pic.twitter.com/x7Ab9"]),
        "insta_embed": ("i", lambda r, c: ["View this post on Instagram", f"A post shared by {r.choice(NAMES)} "
                                           f"(@{_handle(r).lower()})"]),
        "tabloid_cta": ("it", lambda r, c: ["Got a story? Email us or call 0800 123 4567 🔥"]),
        "regional_us": ("h", lambda r, c: [f"{r.choice(['Springfield', 'Dayton', 'Fresno', 'Tulsa'])}, "
                                           f"{r.choice(['Ohio', 'Calif.', 'Okla.'])} — Staff Writer"]),
        "podcast_player": ("i", lambda r, c: ["▶ Play episode", f"{r.randint(10, 59)} min · Episode "
                                              f"{r.randint(1, 300)}"]),
        "sponsored_widget": ("t", lambda r, c: ["Sponsored", f"Doctors stunned by this simple trick | "
                                                f"{r.choice(OUTLETS)}", "Learn More"]),
        "app_download": ("t", lambda r, c: ["Get it on Google Play", "Download on the App Store"]),
        "bio_box": ("t", lambda r, c: ["About the author", f"{r.choice(NAMES)} is a senior writer based in "
                                       f"{r.choice(['London', 'Chicago', 'Nairobi'])}. Contact: writer@example.com"]),
        "pull_quote": ("i", lambda r, c: [f"“{r.choice(CAPTIONS)[:-1]}”", f"— {r.choice(NAMES)}"]),
        "trending_rail": ("t", lambda r, c: ["🔥 Trending", *[f"{k}. {h}" for k, h in
                                                            enumerate(r.sample(c["headlines"], 3), 1)]]),
    }


def _tenth_templates() -> dict[str, tuple[str, Template]]:
    """Tenth split, written with the ninth and kept held out until the ninth's tuning was done."""
    return {
        "wire_slug": ("h", lambda r, c: [f"{r.choice(AGENCIES).upper()} — {r.randint(1, 28)} "
                                         f"{r.choice(MONTHS)[:3].upper()}"]),
        "french_ui": ("ht", lambda r, c: ["Partager sur Facebook", "Lire aussi"]),
        "video_promo": ("i", lambda r, c: [f"VIDEO: {r.choice(c['headlines'])} (2:{r.randint(10, 59)})"]),
        "newsletter_emoji": ("it", lambda r, c: ["✉️ The Briefing", "Our best stories, straight to you."]),
        "corrections": ("t", lambda r, c: ["Correction: An earlier version of this story misstated a figure."]),
        "comments_closed": ("t", lambda r, c: ["Comments are closed for this article."]),
        "tech_meta": ("h", lambda r, c: [f"{r.randint(2, 40)} Comments", f"{r.randint(2, 12)} min read"]),
        "sticky_bar": ("h", lambda r, c: ["Menu", "Search", "Subscribe", "Log in"]),
        "support_ask": ("t", lambda r, c: ["We rely on readers like you. Chip in $5 today."]),
        "japanese_ui": ("h", lambda r, c: ["シェア ツイート"]),
        "label_topic": ("h", lambda r, c: [f"Topic: {r.choice(TOPICS)}"]),
        "inline_related": ("i", lambda r, c: [f"» {r.choice(c['headlines'])}"]),
        "mag_dek": ("h", lambda r, c: [f"Illustration by {r.choice(NAMES)}"]),
        "reaction_bar": ("t", lambda r, c: [f"❤️ {r.randint(1, 400)}  🔁 {r.randint(1, 90)}"]),
        "expand": ("i", lambda r, c: ["Show more", "Show less"]),
    }


TEMPLATES = {"dev": _dev_templates, "heldout": _heldout_templates, "blind": _blind_templates,
             "fresh": _fresh_templates, "final": _final_templates, "sixth": _sixth_templates,
             "seventh": _seventh_templates, "eighth": _eighth_templates,
             "ninth": _ninth_templates, "tenth": _tenth_templates}
#: Splits that meet the bar (P >= 0.995, R >= 0.99) even cleaned one file at a time, after the rules were
#: generalised on them; tests hold these to it file by file, and every split to "the batch never does worse".
AT_BAR_SPLITS = ("dev", "heldout", "blind", "fresh", "final", "sixth", "seventh", "eighth", "tenth", "twelfth",
                 "fourteenth", "seventeenth", "eighteenth", "nineteenth")


def make_noisy(article: BbcArticle, rng: random.Random, templates: dict[str, tuple[str, Template]],
               headlines: list[str]) -> str:
    """The article as a scraper might have saved it: title, head noise, body with inline noise, tail noise."""
    ctx = {"headlines": [h for h in rng.sample(headlines, 6) if h != article.title] or ["Markets rally again"]}
    by_pos = {p: [t for pos, t in templates.values() if p in pos] for p in "hit"}

    def blocks(pos: str, lo: int, hi: int) -> list[list[str]]:
        return [rng.choice(by_pos[pos])(rng, ctx) for _ in range(rng.randint(lo, hi))]

    def render(block: list[str]) -> str:
        return ("\n" if rng.random() < 0.4 else "\n\n").join(block)

    paragraphs = [p for p in article.body.split("\n\n") if p.strip()]
    out = [article.title, ""]
    out += [render(b) for b in blocks("h", 1, 4)]
    for k, para in enumerate(paragraphs):
        out.append(para.strip("\n"))
        if 0 < k < len(paragraphs) - 1 and rng.random() < 0.3:
            out.append(render(rng.choice(by_pos["i"])(rng, ctx)))
    out += [render(b) for b in blocks("t", 1, 4)]
    return "\n\n".join(out) + "\n"


def all_splits() -> dict[str, Callable[[], dict[str, tuple[str, Template]]]]:
    """Every template split: the ten above, then the blind ones written by others (bench/noise_unseen.py,
    bench/noise_blind2.py to bench/noise_blind22.py; imported here because they build on this module's vocabulary)."""
    from bench.noise_blind2 import BLIND2_TEMPLATES
    from bench.noise_blind3 import BLIND3_TEMPLATES
    from bench.noise_blind4 import BLIND4_TEMPLATES
    from bench.noise_blind5 import BLIND5_TEMPLATES
    from bench.noise_blind6 import BLIND6_TEMPLATES
    from bench.noise_blind7 import BLIND7_TEMPLATES
    from bench.noise_blind8 import BLIND8_TEMPLATES
    from bench.noise_blind9 import BLIND9_TEMPLATES
    from bench.noise_blind10 import BLIND10_TEMPLATES
    from bench.noise_blind11 import BLIND11_TEMPLATES
    from bench.noise_blind12 import BLIND12_TEMPLATES
    from bench.noise_blind13 import BLIND13_TEMPLATES
    from bench.noise_blind14 import BLIND14_TEMPLATES
    from bench.noise_blind15 import BLIND15_TEMPLATES
    from bench.noise_blind16 import BLIND16_TEMPLATES
    from bench.noise_blind17 import BLIND17_TEMPLATES
    from bench.noise_blind18 import BLIND18_TEMPLATES
    from bench.noise_blind19 import BLIND19_TEMPLATES
    from bench.noise_blind20 import BLIND20_TEMPLATES
    from bench.noise_blind21 import BLIND21_TEMPLATES
    from bench.noise_blind22 import BLIND22_TEMPLATES
    from bench.noise_unseen import UNSEEN_TEMPLATES

    return {**TEMPLATES, **UNSEEN_TEMPLATES, **BLIND2_TEMPLATES, **BLIND3_TEMPLATES, **BLIND4_TEMPLATES,
            **BLIND5_TEMPLATES, **BLIND6_TEMPLATES, **BLIND7_TEMPLATES, **BLIND8_TEMPLATES,
            **BLIND9_TEMPLATES, **BLIND10_TEMPLATES, **BLIND11_TEMPLATES, **BLIND12_TEMPLATES,
            **BLIND13_TEMPLATES, **BLIND14_TEMPLATES, **BLIND15_TEMPLATES,
            **BLIND16_TEMPLATES, **BLIND17_TEMPLATES, **BLIND18_TEMPLATES, **BLIND19_TEMPLATES,
            **BLIND20_TEMPLATES, **BLIND21_TEMPLATES, **BLIND22_TEMPLATES}


def _batch_view(texts: list[str], batch: bool) -> SharedText | None:
    """What the texts share when they are cleaned as one run (each a .txt file with its title line); None alone."""
    return shared_text((text, True) for text in texts) if batch else None


def score_noisy(articles: list[BbcArticle], split: str, seed: int = 7, *, batch: bool = False,
                layout: str = "tidy") -> WordScore:
    """Word P/R of clean_article on noise-wrapped BBC bodies built from one template split.

    `batch`: clean the articles as the pipeline does, with the lines they share found across the whole set
    (`pipeline.shared_lines`); otherwise each article alone, as if it were the only file of its run.
    `layout`: "tidy" (make_noisy: one blank line around every block), "untidy" (bench.noise_unseen.make_noisy_glued:
    single newlines, CRLF, stray spaces) or "inline" (bench.noise_unseen.make_noisy_inline: no boxes, but one-line
    blocks glued onto the end of body paragraphs).
    """
    from bench.noise_unseen import make_noisy_glued, make_noisy_inline

    rng = random.Random(seed)
    templates = all_splits()[split]()
    headlines = [a.title for a in load_bbc()] if len(articles) < 50 else [a.title for a in articles]
    render = {"tidy": make_noisy, "untidy": make_noisy_glued, "inline": make_noisy_inline}[layout]
    noisy = [render(art, rng, templates, headlines) for art in articles]
    shared = _batch_view(noisy, batch)
    score = WordScore()
    for art, text in zip(articles, noisy):
        score.add(clean_article(text, shared=shared).clean_text, art.body)
    return score


def score_clean_bbc(articles: list[BbcArticle], *, batch: bool = False) -> WordScore:
    """Negative control: the untouched BBC files should lose (almost) no body words (`batch` as in score_noisy)."""
    texts = [f"{art.title}\n{art.body}" for art in articles]
    shared = _batch_view(texts, batch)
    score = WordScore()
    for art, text in zip(articles, texts):
        score.add(clean_article(text, shared=shared).clean_text, art.body)
    return score


def _aeb_json(name: str) -> dict[str, str]:
    data = json.loads((AEB / name).read_text(encoding="utf-8"))
    data = data.get("output", data) if isinstance(data, dict) else data
    return {k: (v.get("articleBody") if isinstance(v, dict) else v) or "" for k, v in data.items()}


def score_aeb() -> tuple[WordScore, WordScore, WordScore, WordScore]:
    """html-text full-page text vs gold body: raw (no cleaning), cleaned; and the gold bodies cleaned as extracted
    bodies (the default for has_title_line=False) and, to show the cost of the page-level cuts, as full pages."""
    gold = _aeb_json("ground-truth.json")
    noisy = _aeb_json("output/html-text.json")
    raw, cleaned, gold_self, gold_page = WordScore(), WordScore(), WordScore(), WordScore()
    for key, body in gold.items():
        page = noisy.get(key, "")
        raw.add(page, body)
        cleaned.add(clean_article(page).clean_text, body)
        gold_self.add(clean_article(body, has_title_line=False).clean_text, body)
        gold_page.add(clean_article(body, has_title_line=False, full_page=True).clean_text, body)
    return raw, cleaned, gold_self, gold_page


def reuters_texts() -> list[str]:
    """Reuters-21578 (sample): title line + body of each story; hard-wrapped wire copy with tables."""
    texts = []
    for path in sorted((SHARED / "corpus" / "reuters21578-sample").glob("*.sgm")):
        sgml = path.read_text(encoding="latin-1")
        for m in re.finditer(r"<TITLE>(.*?)</TITLE>.*?<BODY>(.*?)</BODY>", sgml, re.S):
            texts.append(html.unescape(m.group(1)) + "\n" + html.unescape(m.group(2)))
    return texts


def newsplease_texts() -> list[str]:
    """giveme5w1h news-please records: title line + maintext; several outlets per event, so shared quotes."""
    texts = []
    for path in sorted((SHARED / "corpus" / "giveme5w1h-newsplease-json").rglob("*.json")):
        try:
            rec = json.loads(path.read_text(encoding="utf-8"))
        except (ValueError, UnicodeDecodeError):
            continue
        body = isinstance(rec, dict) and (rec.get("maintext") or rec.get("text"))
        if body:
            texts.append(f"{rec.get('title') or ''}\n{body}")
    return texts


def removed_share(texts: list[str], *, batch: bool) -> float:
    """Share of the non-title words cleaning removes from real texts with no gold body: what the batch rule
    costs on wire copy and on outlets quoting each other (removals there are mostly body)."""
    shared = _batch_view(texts, batch)
    total = kept = 0
    for text in texts:
        total += len(text.partition("\n")[2].split())
        kept += len(clean_article(text, shared=shared).clean_text.split())
    return 1 - kept / total if total else 0.0


def _line(name: str, s: WordScore, extra: str = "") -> str:
    return f"{name:<44} precision={s.precision:.4f}  recall={s.recall:.4f}  words={s.truth:>8} {extra}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="fixed-seed sample of BBC articles (default: all)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--splits", default="", help="comma-separated noise splits to measure (default: all)")
    parser.add_argument("--no-controls", action="store_true", help="skip the negative controls")
    parser.add_argument("--inline", action="store_true",
                        help="also measure each split alone with its one-line blocks glued onto body paragraphs")
    args = parser.parse_args(argv)
    if not BBC.exists():
        print(f"needs {BBC}", file=sys.stderr)
        return 2
    articles = load_bbc(limit=args.limit)
    t0 = time.perf_counter()
    splits = [name for name in all_splits() if not args.splits or name in args.splits.split(",")]
    for split in splits:
        views = [("alone", False, "tidy"), ("batch", True, "tidy"), ("batch, glued", True, "untidy")]
        for label, batch, layout in views + ([("alone, inline", False, "inline")] if args.inline else []):
            s = score_noisy(articles, split, args.seed, batch=batch, layout=layout)
            bar = "PASS" if s.precision >= 0.995 and s.recall >= 0.99 else "FAIL"
            print(_line(f"noisy BBC, {split}, {label} (n={len(articles)})", s, f"[bar P>=0.995 R>=0.99: {bar}]"),
                  flush=True)
    if args.no_controls:
        print(f"elapsed {time.perf_counter() - t0:.1f}s")
        return 0
    for label, batch in (("alone", False), ("batch", True)):
        s = score_clean_bbc(articles, batch=batch)
        lost = 1 - s.recall
        print(_line(f"clean BBC negative control, {label} (n={len(articles)})", s,
                    f"lost={lost:.4%} [bar <0.5%: {'PASS' if lost < 0.005 else 'FAIL'}]"))
    if AEB.exists():
        raw, cleaned, gold_self, gold_page = score_aeb()
        print(_line("aeb html-text, uncleaned (n=181)", raw))
        print(_line("aeb html-text, cleaned (full page)", cleaned))
        print(_line("aeb gold bodies, cleaned as bodies", gold_self, f"lost={1 - gold_self.recall:.4%}"))
        print(_line("aeb gold bodies, cleaned as full pages", gold_page, f"lost={1 - gold_page.recall:.4%}"))
    for name, load in (("reuters21578-sample", reuters_texts), ("giveme5w1h news-please", newsplease_texts)):
        texts = load()
        if texts:
            print(f"{name} (n={len(texts)}): cleaning removes {removed_share(texts, batch=False):.3%} of the words "
                  f"alone, {removed_share(texts, batch=True):.3%} as a batch")
    print(f"elapsed {time.perf_counter() - t0:.1f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
