"""Cleaner behaviour: each rule alone on the smallest input that shows it, metadata fields, the seed article, and
the noise/negative-control bars on a fixed-seed BBC subset (corpus + slow)."""

from __future__ import annotations

from datetime import datetime

import pytest

from pipeline.clean import (
    clean_article,
    in_foreign_script,
    is_numeric_stub,
    is_pictograph_label,
    is_tool_bar,
    split_lines,
)
from pipeline.clean_meta import find_dateline, parse_byline, parse_datetime, parse_timestamp
from tests.conftest import shared_path

P1 = ("The council approved the new housing plan on Tuesday after a long debate about costs, "
      "traffic and the shortage of school places in the area.")
P2 = ("Opponents said they would keep campaigning against the scheme, which they described as rushed, "
      "and promised to take the matter to the regional planning inspector.")
P3 = ("The first homes are expected to be finished in two years, according to a timetable published "
      "alongside the decision by the council's planning department.")


def wrap(*middle: str, head: tuple[str, ...] = (), tail: tuple[str, ...] = ()) -> str:
    """Title, optional head lines, P1, middle lines, P2, P3, optional tail lines; one blank line between all."""
    return "\n\n".join(["Council backs housing plan", *head, P1, *middle, P2, P3, *tail]) + "\n"


def rule_of(text: str, line: str) -> str | None:
    """The rule that removed the (first) input line equal to `line`, or None when it was kept."""
    index = next(i for i, l in enumerate(split_lines(text)) if l == line)
    return next((r.rule for r in clean_article(text).removals if r.line_index == index), None)


def assert_body_intact(text: str) -> None:
    assert clean_article(text).clean_text == "\n\n".join([P1, P2, P3])


# --- one rule, one line, inside a body ---------------------------------------------------------------------------

INLINE_NOISE = [
    ("read_time", "6 mins read"),
    ("read_time", "Listen to this article · 4 min"),
    ("advertisement", "Advertisement"),
    ("advertisement", "Story continues below advertisement"),
    ("photo_credit", "(Photo by Jane Doe/AFP via Getty Images)"),
    ("photo_credit", "Image: Reuters"),
    ("photo_credit", "Protesters outside parliament. (AP Photo/Li Wei)"),
    ("source_link", "Source link"),
    ("engagement", "312 replies 4,810 reposts 22.4K likes"),
    ("engagement", "96 votes · 2 days left"),
    ("interface", "👍 41 ❤️ 2.3K 😂 118 😮 27 😢 9 😡 3 🙏 60 👏 1.1K"),
    ("markup", "<guid isPermaLink=\"false\">a81c2f-77de</guid>"),
    ("markup", "pubDate: Tue, 03 Mar 2015 09:12:44 GMT"),
    ("markup", "<iframe src=\"https://player.example.net/v/123\"></iframe>"),
    ("copyright", "© 2024 Example Media. All rights reserved."),
    ("cookie", "We use cookies to improve your experience on our site."),
    ("newsletter", "Sign up for our morning newsletter"),
    ("subscribe", "Subscribe now for unlimited access"),
    ("click_here", "Click here to see the full gallery"),
    ("share", "Share this article"),
    ("share", "Comments (12)"),
    ("social_handle", "Follow @janedoe on Twitter"),
    ("read_more", "Read more: Council backs new bus lanes"),
    ("read_more", "VIDEO: Inside the new estate"),
    ("tags", "Tags: Housing, Planning, Local government"),
    ("navigation", "Home > News > Local"),
    ("navigation", "You are here: Home » Local » Housing"),
    ("navigation", "Next article →"),
    ("credit", "(Reporting by Jane Doe; Editing by John Smith)"),
    ("disclosure", "This article contains affiliate links."),
    ("paywall", "You have 2 free articles remaining this month"),
    ("contact", "Got a tip? tips@example.com"),
    ("site_footer", "Terms of Use"),
    ("call_to_action", "Enjoying this story? Consider supporting our journalism today."),
    ("interface", "Facebook Twitter WhatsApp Email"),
    ("separator", "* * *"),
    ("tech_notice", "Your browser does not support the video tag."),
    ("tech_notice", "External link, opens in new tab"),
    ("tech_notice", "Beginning of dialog window. Escape will cancel and close the window."),
    ("tech_notice", "Loaded: 52%"),
    ("click_here", "Click to enlarge"),
    ("page_code", '"@type": "NewsArticle",'),
    ("page_code", '{"@context": "https://schema.org", "@type": "VideoObject", "name": "Harbour wall repairs"}'),
    ("page_code", '<script type="application/ld+json">{'),
    ("page_code", "var playerOpts = {autoplay: false, muted: true};"),
    ("page_code", "window.dataLayer = window.dataLayer || [];"),
    ("page_code", ".newsletter-box { display: none; }"),
    ("page_code", "og:title Council backs new bus lanes"),
    ("page_code", "</div><div class=\"related\"><a href=\"/news\">News</a>"),
    ("page_code", "Written by {{ byline.name }} for %%SITE_NAME%%"),
    ("player_notice", "Sorry, this clip cannot be played right now because of a technical problem."),
    ("player_notice", "This programme can only be viewed by audiences in the UK because of rights restrictions."),
    ("player_notice", "Not available in your region"),
    ("player_notice", "To watch this video you need a newer browser that supports HTML5 video."),
    ("player_notice", "This film contains flashing images and some scenes viewers may find upsetting."),
    ("player_notice", "Something went wrong while loading the comments. Please try again later."),
    ("interface", "Print | Email | Font size: A A A"),
    ("related", "You might also like"),
    ("summary_box", "Key points:"),
    ("interface", "👍 12  😮 3"),
    ("pull_quote", "“They would keep campaigning against the scheme, which they described as rushed”"),
    ("keyword_list", "Related searches: housing plan news, housing plan latest, housing plan today, top stories"),
    ("pull_quote", "\"according to a timetable published alongside the decision\" — Planning department"),
    ("stock_phrase", "Save my name, email, and website in this browser for the next time I comment."),
    ("stock_phrase", "The views expressed in this column are the author's own and not those of the paper."),
    ("stock_phrase", "This transcript was produced by a machine and may contain errors."),
    ("stock_phrase", "If you have been affected by issues in this story, help is available from Samaritans."),
    ("stock_phrase", "Wir und unsere Partner verwenden Cookies, um Inhalte zu personalisieren."),
    ("stock_phrase", "Use precise geolocation data (Legitimate interest)"),
    ("stock_phrase", "The Quiet Ledger is a reader-supported publication. Consider becoming a paid subscriber."),
    ("stock_phrase", "Archived post. New comments cannot be posted and votes cannot be cast."),
    ("stock_phrase", "Readers are cautioned not to place undue reliance on these forward-looking statements."),
    ("stock_phrase", "Republished with permission from The Observer Post, where it first ran last week."),
    ("stock_phrase", "Top comment: Nobody asked the people who actually use the ferry what they wanted."),
    ("stock_phrase", "Reply from the owner (2 days ago) - Thank you for your kind words, we hope to see you soon."),
    ("chat_log", "harbour_watcher wrote: the same thing happened on the coast road last winter."),
    ("stock_phrase", "This poll is not scientific and reflects only the views of those who chose to take part."),
    ("stock_phrase", "Send us your photos of the snow and the best will appear in our weekend gallery."),
    ("stock_phrase", "Still to come on the programme: the choir that sings in six languages, and the weather."),
    ("stock_phrase", "You're listening to Harbour Radio, with the news at the top of the hour."),
    ("timestamp", "Mis à jour le 13 novembre 2019 à 1h12"),
    ("data_strip", "FTSE 100 6,867.29 ▲ +0.18% | Gold 2,121.88 +2.22% | Bitcoin 39,739.37 −1.96%"),
    ("data_strip", "Now 9°C · Wind 40 mph SW · Rain 61%"),
    ("stock_phrase", "We believe this constitutes a 'fair use' of copyrighted material under US copyright law."),
    ("shortcode", "[caption id=\"attachment_33382\" align=\"aligncenter\" width=\"750\"]"),
    ("stock_phrase", "For more news like this, make us your preferred source on Google News."),
    ("stock_phrase", "THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED."),
    ("stock_phrase", "Story Source: Materials provided by a university. Note: Content may be edited for style and "
                     "length."),
    ("stock_phrase", "Give the gift of great writing: a gift subscription starts from just £3 an issue."),
    ("stock_phrase", "Notice is hereby given that the creditors of Harbour Bakes Limited are required to prove their "
                     "debts by 4 March."),
    ("stock_phrase", "Any person having a claim against the estate of JOAN PELL, late of 4 Mill Lane, should write to "
                     "the solicitors."),
    ("stock_phrase", "The council is not bound to accept the lowest or any tender."),
    ("foreign_language", "Mit einem Klick auf „Alle akzeptieren“ willigen Sie in die Verarbeitung Ihrer Daten durch "
                         "uns und unsere Partner ein."),
    # the quoted button label is no quote: a stock phrase of cookie banners knows it before the language pass does
    ("stock_phrase", "En cliquant sur « Tout accepter », vous consentez à l'utilisation de cookies par nos "
                     "partenaires."),
    ("appeal", "Membership is how we stay independent: no shareholders and no owner telling us what to write."),
    ("appeal", "Good journalism is not cheap, but it is good value: all of it for $12 a month."),
    ("publisher_voice", "Our newsroom is small, and readers like you keep the lights on."),
    ("publisher_voice", "Unlike many others, this site has no paywall. We want to keep it that way for our readers."),
    ("markup", "summary: The decision follows months of pressure from residents and campaigners."),
    ("markup", 'media:content medium="image" width="640" height="576"'),
    ("markup", "application/rss+xml"),
    ("page_code", "<description><![CDATA[Campaigners say the plans do not go far enough"),
    ("page_code", 'img src="/media/harbour.jpg" width="640" height="360"'),
    ("chat_log", "[23/08/2021, 21:06] Nico: Can someone tell Sam the meeting is at the church hall?"),
    ("chat_log", "13/04/2021, 17:43 - Verity (next door): Has anyone heard whether the bins are being collected?"),
    ("chat_log", "<Media omitted>"),
    ("document_residue", "Commented [SS9]: I think this section repeats the intro."),
    ("document_residue", "harbour_release_v7_FINAL.docx"),
    ("document_residue", "Word count: 437"),
    ("scholarly", "Yeardley, A. (2002). Local variation in the private rented sector. Journal of Regional Studies."),
    ("scholarly", "[11] Grimshaw BD. Household energy arrears and emergency care. Rev Lab Mkt Dyn. 2021;42(8):346-52."),
    ("scholarly", "[2] Figures exclude households living in temporary accommodation."),
    ("scholarly", "Thaddeus Gillingham¹*, Anouk Kettleborough², Wilfred Dimmock³"),
    ("scholarly", "Executive summary .......... 9"),
    ("scholarly", "Threlfall, Ingrid. 2007. “Who pays for small-business lending?” Horizons in Community Health."),
    ("scholarly", "Competing interests: the authors declare none."),
    ("parliament", "1 November 2014 : Column 1284W"),
    ("parliament", "Sir Yusuf Grimshaw (Brackwater and Lowdale) (Ind): Is the Minister aware of the waiting list?"),
    ("parliament", "Clause 7 ordered to stand part of the Bill."),
    ("fixture_list", "Court listings: 10.30 R v Ambrose Tregunna – Mention 11.15 Vowles v Larkworthy – Trial"),
    ("editorial_note", "An article headlined “Council tax rise approved” (15 March) gave the wrong figure."),
    ("stock_phrase", "Notifications are currently switched off for this device, so you may miss updates."),
    ("stock_phrase", "Good morning and welcome to our live coverage of the storm, with updates through the day."),
    ("page_code", 'aria-expanded="false" Close dialog Next slide'),
    ("stock_phrase", "Please be aware that anything you post about a live trial could amount to contempt of court."),
    ("stock_phrase", "Follow Small Print Hours in your usual podcast app, and new episodes will land every week."),
    ("email_header", "Sent: Friday, 3 May 2024 09:14"),
    ("email_header", "Subject: Press release: harbour wall repairs to start in May"),
    ("chat_log", "13:45 +44 7700 900123: Missed voice call"),
    ("editorial_note", "Some words in this Welsh article could not be translated automatically."),
    ("rating", "Wystan Sallow (Right-back) 5/10 – Took his goal superbly and should have had a second."),
    ("rating", "Zinnia Bellringer, 8: Struggled against the pace of the winger all afternoon."),
    ("fixture_list", "NEXT MATCHES · Wed 19 Jul 16:30 Bramholt Town v Wyndmoor Athletic · 20:00 Garrowby Harriers v "
                     "Merrifield Orient"),
    ("stock_phrase", "This release does not constitute an offer to sell or the solicitation of an offer to buy any "
                     "securities."),
    ("stock_phrase", "Please send this on to as many groups as you can before the weekend."),
    ("stock_phrase", "Translated automatically from the Norwegian original, with names left as they were."),
    ("stock_phrase", "Your home may be repossessed if you do not keep up repayments on your mortgage."),
    ("stock_phrase", "Please bet responsibly: set a deposit limit and never chase your losses."),
    ("lifestyle_box", "Libra (23 September – 22 October): An old contact gets in touch with an offer."),
    ("editorial_note", "Correction: we originally said the drug had been approved; it is still being assessed."),
    ("family_notice", "PENNOCK Joyce. Died peacefully at home on 5 February, aged 65. She will be sadly missed."),
    ("update_log", "13.11.2023 23:01: Headline updated"),
    ("update_log", "10 April 2022, 23:27 WIB: Updated casualty figures"),
    ("scoreboard", "LIVE | KTC 106/2 (17.2) vs QDF"),
    ("scoreboard", "CRR 6.92 · RRR 7.29"),
    ("related", "Also read — Ferry fares to rise again in spring"),
    ("stock_phrase", "This is a developing story and will be updated as more information becomes available."),
    ("stock_phrase", "This machine-written brief is meant to help you catch up; it is no substitute for reporting."),
    ("stock_phrase", "Reader content is moderated but not edited, and we cannot accept responsibility for it."),
    ("archive_note", "From our archive, 1967: the carnival committee said the event would go ahead."),
    ("listing", "Lumb Pharmacy, Lime Tree Drive, Saltwick – 10am–6pm"),
    ("listing", "B6138 Chapel Way, Harwick – convoy working, Sunday only (sewer survey)"),
    ("listing", "Rudgeford Church of England Academy – partially open (staff shortage)"),
    ("court_result", "Joyce Hepplewhite, 69, of Weavers Street, Bramcote End: drink-driving. Fined £81, costs £85."),
    ("court_result", "WAYNE BAIRSTOW (47), Hollins Bank – fly-tipping – Fined £241, £110 victim surcharge"),
    ("letter_signoff", "Keith Entwhistle-Rao, by email"),
    ("editorial_note", "Why we wrote this: readers asked us how far they now travel to a bank."),
    ("editorial_note", "How we tested them"),
    ("stock_phrase", "Have your say: should the old library be sold? Send your views to the editor."),
    ("broadcast_residue", "00:15:06.626 --> 00:15:09.714 align:start position:0%"),
    ("broadcast_residue", "we've<00:15:07.018><c> run</c><00:15:07.335><c> this</c><00:15:07.537><c> stall</c>"),
    ("broadcast_residue", ">> THANKS, DELYTH. RESIDENTS HERE TELL ME THEY HAD LESS THAN AN HOUR'S WARNING."),
    ("broadcast_residue", "(BEGIN VIDEOTAPE)"),
    ("broadcast_residue", "[MUSIC]"),
    ("broadcast_residue", "right so first [Music] thing in the"),
    ("broadcast_residue", "the council is um basically saying the car park is going to"),
    ("broadcast_residue", "JUST IN Rail fares to rise | Gritty return for Prince of Persia | FTSE 7,803 ▲ 0.4%"),
    ("stock_phrase", "Tonight on Crosscurrents: ferry fares. I'm Fenella Treharne, and this is Crosscurrents."),
    ("scholarly", "The mill was converted to steam power in 1863 and employed 400 people by 1900.[20][47]"),
    ("forum", "Re: Best value secateurs?"),
    ("forum", "Posts: 1,508 Joined: Oct 2022 Location: Marrowgate"),
    ("forum", "TurnipTheorist said:"),
    ("chat_log", "19:11 rustbucket77 who's here after the clip went round"),
    ("chat_log", "KettleCrew_Jo raining here too"),
    ("chat_log", "bramble.and.byte is the audio out of sync for anyone else"),
    ("broadcast_residue", "LIVE Ireland 19-13 England ▪ Attack prompts site block ▪ Cairn shares slump on oil setback"),
    ("stock_phrase", "Don't go anywhere. After these messages we'll be talking to the author of a new book."),
    ("stock_phrase", "This rush transcript is unedited and may still change before it is archived."),
    ("stock_phrase", "We'll take a short break now. When we return, a look at the weekend weather."),
    ("stock_phrase", "To license this clip for broadcast or commercial use, contact Coastline Pictures."),
    ("stock_phrase", "This episode wouldn't be possible without Fernway Mattress, who have backed the channel."),
    ("broadcast_residue", "<i>- It's the last ferry tonight.</i>"),
    ("broadcast_residue", "0:00 / 14:52"),
    ("broadcast_residue", "Premiered 3 May 2021 212K subscribers"),
    ("forum", "Which hedge grows fastest? Replies: 31 Views: 2,044"),
    ("forum", "Support. Two regional papers covered it in depth. Wrenfield42 (talk) 09:12, 4 May 2019 (UTC)"),
    ("forum", "u/lamp_post_larry · 3 hours ago"),
    ("forum", "412 points · 2 days ago"),
    ("forum", "level 3 ↑ 95 ↓ Vote"),
    ("forum", "edited Mar 3 '21 at 10:15"),
    ("forum", "Same here after the update, thanks. – bolt_and_nut Jun 2, 2020 at 18:40"),
    ("forum", "Tamsin Greaves 4,210 ●3 ●21 ●40"),
    ("scholarly", "The pier was rebuilt in concrete after the storm of 1953.[citation needed]"),
    ("interface", "Subtitles | Playback speed | Full screen | Share clip | Report a problem"),
    ("chart_axis", "40 30 20 10 0"),
    ("chart_axis", "2016 2017 2018 2019 2020 2021"),
    ("chart_axis", "0 25 50 miles"),
    ("data_strip", "LAB 31.2 ▼0.8"),
    ("results_strip", "LD 12 (+3) GRN 4 (-1) IND 7 REF 2 (+2)"),
    ("results_strip", "Harbour First 41% (+6) | Green Coast 22% (-3) | Others 9% (+1)"),
    ("election_box", "64% reporting · Last updated 01:12"),
    ("election_box", "Turnout: 58.3% (+2.1) Electorate: 71,402"),
    ("election_box", "GRN GAIN FROM LAB"),
    ("election_box", "LD GAIN from CON Majority: 1,204 Turnout: 61.0% Declared 02:41"),
    ("election_box", "Imelda Fairclough Harbour First 18,305 41.2 +5.3"),
    ("chart_legend", "Under 5 5-10 10-20 Over 20 No data"),
    ("chart_legend", "◆ Regional average ■ Penmore — Last year"),
    ("chart_legend", "Tollard Bay 4,210 3,866 -8%"),
    ("factcheck_box", "Accuracy meter: ■■□□□ (2/5)"),
    ("market_box", "412.80p ▼ 6.20 (-1.48%) · Mkt cap: £2.1bn"),
    ("market_box", "Penmore 50 8,114.2 ▲ 0.41% Tollard All-Share 4,020.7 ▼ 0.12%"),
    ("market_box", "(PNX: TRGR)"),
    ("market_box", "1 EUR = 0.8571 GBP"),
    ("quiz", "Question 4 of 12"),
    ("quiz", "You got 9/12 - share your score"),
    ("departure_board", "07:42 Penmore Harbour Plat 2 Exp 07:51"),
    ("departure_board", "TW 208 Tollard 14:05 Diverted"),
    ("factcheck_box", "Who said it: Councillor Amos Tregear, on a local radio phone-in"),
    ("factcheck_box", "○ Accurate ○ Partly accurate ● Missing context ○ Inaccurate"),
    ("edition_switch", "Leer en español | Read in Welsh"),
    ("edition_switch", "Original story in Portuguese"),
    ("lifestyle_box", "Getting there: Coastway Air flies from Penmore from £64 return"),
    ("lifestyle_box", "Where to stay: The Netloft, doubles from £118 B&B"),
    ("lifestyle_box", "Blazer, £140, wrenandloom.com; Boots, £95, Tollard"),
    ("lifestyle_box", "Seabuckthorn Day Serum, £24 for 30ml"),
    ("lifestyle_box", "Agent: Pellow & Daye, 01632 960118"),
    ("lifestyle_box", "Per serving: kcal 412, fat 9g, carbs 51g, protein 22g"),
    ("lifestyle_box", "Virgo 23 August - 22 September"),
    ("lifestyle_box", "Best for: small kitchens | Price when reviewed: £89"),
    ("lifestyle_box", "Jump to recipe | Print recipe"),
    ("email_header", "On 5 May 2020, at 20:42, Jo Bloggs wrote:"),
    ("email_header", "---------- Message transféré ---------"),
    ("email_header", "Automatic reply: Out of office until Monday"),
    ("email_header", "Sent from Outlook for Android"),
    ("email_header", "(she/her)"),
    ("mailing_list", "Previous message: Harbour wall repairs to start in May"),
    ("mailing_list", "Messages sorted by: [ date ] [ thread ] [ subject ] [ author ]"),
    ("mailing_list", "Reply to sender | Reply to group | Start a new topic"),
    ("chat_log", "Jo Bloggs created group “Street Watch”"),
    ("chat_log", "Forwarded from Harbour Alerts"),
    ("document_residue", "IMG_2551.jpg (1.0 MB)"),
    ("document_residue", "Download logo (PNG, 240 KB)"),
    ("press_release", "-ENDS-"),
    ("press_release", "*** END ***"),
    ("press_release", "Notes to editors:"),
    ("press_release", "Media enquiries"),
    ("press_release", "Ref: PR/2024/061"),
    ("press_release", "Multimedia gallery available: https://www.example.com/gallery/043191"),
    ("contact", "Tel: +44 1632 960 388"),
    ("rating", "Average rating 4.4 / 5. Vote count: 323"),
    ("rating", "4.5 out of 5 stars"),
    ("summary_box", "Contents [hide]"),
    ("summary_box", "People also ask"),
    ("summary_box", "In today's issue:"),
    ("data_strip", "6.4 9.9 11.6 3.2 2.4"),
    ("market_box", "€1 = £0.8312"),
    ("document_residue", "— 12 —"),
    ("letter_spaced", "T H E   K E S T R E L   C O U R I E R"),
    ("letter_spaced", "w w w . kestrelcourier . co . uk"),
    ("editorial_note", 'A report headlined "Harbour plan approved" (B4, 3 May) gave the wrong figure for its cost.'),
    ("editorial_note", "In our edition of Thursday we stated that the manager had resigned. In fact she remains."),
    ("document_residue", "Vol. XCI No. 31,402"),
    ("advertisement", "READER OFFER: Save £10 on tickets to the summer show. Call 0123 456 quoting KC10."),
    ("stock_phrase", "Five lucky readers will win a weekend pass to the harbour festival, including camping."),
    ("stock_phrase", "We have ten pairs of tickets to give away for the opening night at the Corn Hall."),
    ("data_strip", "Metals & energy Silver: 23.12 (-0.3%) Crude oil: 81.20 (+1.1%) Coffee: 140 (-2.0%) Wheat: 512"),
    ("data_strip", "Pods 2 – £89 (save 30%) @ Gadgetory Duo 5L air fryer – £59 (save 25%) @ Homestore › Deal ends"),
    ("stock_phrase", "Intraday data delayed at least 15 minutes or per exchange requirements."),
    ("stock_phrase", "Market data provided by Tickerline, a partner of this site"),
    ("stock_phrase", "Operator: Thank you for standing by, and welcome to the Brackwater first-quarter results call."),
    ("stock_phrase", "This concludes today's conference call; thank you all for participating."),
    ("stock_phrase", "Every product in this guide has been chosen by our editors, not by advertisers, and we may earn."),
    ("stock_phrase", "Prices were correct at 11:58 on 20 September, but deals change quickly and items sell out."),
    ("disclosure", "Our journalism is paid for partly by affiliate commissions from partners such as Gadgetory."),
    ("stock_phrase", 'Words such as "expect", "intend" and "plan" identify forward-looking statements.'),
    ("data_strip", "FX · USD/CHF: 0.9306 (-0.80%) · USD/CAD: 1.3512 (-0.21%)"),
    ("data_strip", "GBP/EUR: 1.1218 (+0.70%)"),
    ("data_strip", "Odds (Betmarsh): Penmore Town 7/2, draw 12/5, Carrick Rovers 9/4 · Both teams to score: Yes 4/6"),
    ("data_strip", "Tonight on Channel 9: 19:00 News 19:30 Quiz Night 20:00 Harbour Lives 21:00 Film"),
    ("publisher_voice", "If you think one of our posts has treated you unfairly, write to the editor within a month."),
    ("publisher_voice", "All of our writers and photographers are volunteers who live in the villages they cover."),
    ("glued_list", "10:00 | Courtroom 2 | DALE ROE | 34 | Theft from a shop"),
    ("glued_list", "Public Notices / Legal / Licensing / Roads and Traffic / Probate / Family Notices"),
    ("glued_list", "Sunday services · Holy Communion at eight · Family Eucharist with the choir · Evensong and sermon"),
]


@pytest.mark.parametrize(("rule", "line"), INLINE_NOISE, ids=[f"{r}:{l[:25]}" for r, l in INLINE_NOISE])
def test_each_rule_removes_its_line_and_nothing_else(rule: str, line: str) -> None:
    text = wrap(line)
    assert rule_of(text, line) == rule
    assert_body_intact(text)


def test_a_subtitle_cue_s_text_goes_with_its_timing() -> None:
    """Cue text is broken over cues like a wrapped sentence, and a story's words do not keep it (a video about the
    story carries them too); the short lines after a timing, up to a blank line, are the cue's, and the body
    paragraph after the blank line stays."""
    cue = "188\n00:05:59,978 --> 00:06:04,391\nthe council approved the housing plan\nafter a long debate about the costs"
    text = wrap(cue)
    for line in cue.split("\n"):
        assert rule_of(text, line) is not None, line
    assert_body_intact(text)


def test_an_automatic_caption_track_goes() -> None:
    """Speech recognition writes neither capitals nor stops and breaks its text into caption-sized lines; a run of
    such lines is a caption track even where no line has an "um" in it."""
    track = ("so what we're seeing here is the\nold car park is going to be turned\n"
             "into housing and a lot of people\nare not happy about that")
    text = wrap(track)
    for line in track.split("\n"):
        assert rule_of(text, line) == "broadcast_residue", line
    assert_body_intact(text)


@pytest.mark.parametrize("block", [
    "200g plain flour\n2 tbsp olive oil\n1 tsp ground ginger\n1 tsp mixed spice",
    "the council said it would publish the full plans for the\nsite next month after a consultation with residents",
    "Councillor Jo Hale said\nthe scheme was not dead\nbut needed more money",
])
def test_lower_case_lines_that_are_not_a_caption_track_stay(block: str) -> None:
    """A recipe's quantities open with digits, a wire story hard-wrapped at 60-70 characters has lines longer than a
    caption's, and a line with a capital breaks the run."""
    text = wrap(block)
    kept = clean_article(text).clean_text
    for line in block.split("\n"):
        assert line in kept, line


def test_a_chart_axis_laid_out_a_tick_to_a_line_goes() -> None:
    """An extraction of a chart puts each tick label on its own line: numbers that rise or fall throughout."""
    axis = ("£300", "£200", "£100", "£0", "2014", "2016", "2018", "2020")  # a value axis, then a time axis
    text = wrap(*axis)
    for line in axis:
        assert rule_of(text, line) == "chart_axis", line
    assert_body_intact(text)


def test_a_quiz_s_lettered_options_go_and_a_lettered_list_of_clauses_stays() -> None:
    options = ("A) 48kg", "B) 61kg", "C) 75kg", "D) 92kg")
    text = wrap(*options)
    for line in options:
        assert rule_of(text, line) == "quiz", line
    assert_body_intact(text)
    clauses = ("(a) the council must publish its plans for the whole district by June;",
               "(b) residents may object within six weeks of the plans being published;",
               "(c) the minister may call in any plan that affects a national park.")
    kept = clean_article(wrap(*clauses)).clean_text
    assert all(line in kept for line in clauses)


def test_doubled_caption_loses_both_copies() -> None:
    caption = "Residents look at the plans in the town hall on Monday."
    text = wrap(caption, caption)
    assert rule_of(text, caption) == "repeated_caption"
    assert_body_intact(text)


@pytest.mark.parametrize("line", [
    '"Yes": that was the one word the inspector wrote on the form.',
    "#MeToo campaigners {and their supporters} marched in the town.",
    "@media reporters gathered outside the court.",
    "Twitter: the company said it would review the posts.",
    "The video shows the moment the wall collapsed, police said.",
    "Residents said the footage could not be shown in court because of a legal dispute.",
    "Something went wrong with the engine shortly after take-off, the airline said.",
    "The owner replied that he had no plans to sell the land.",
    "Johnson wrote: the plan was dead before it reached the committee.",
    "A response from the business secretary is expected next week.",
    "Later tonight: the fireworks over the bay are expected to draw thousands.",
    "You're watching the best side in the league, the manager told fans.",
    "Source: the council's planning department, which says the figures are provisional.",
    "Arsenal v Chelsea kicks off at 17:30 on Sunday, with the return leg at 19:45.",
    "Arsenal 2 – 1 Chelsea: the visitors led until the last ten minutes.",
    "To: the council, from the residents of Mill Lane, was how the petition began.",
    "Smith, 42, of Leeds, was sentenced in 2019 to three years.",
    "The Prime Minister (pictured) said: the plan would go ahead.",
    "Funding for the scheme runs out in March, the council said.",
    "Hotel rooms were rated 7/10 on average by the inspectors, the report said.",
    "Cancer: the number of new cases in the county rose by a tenth last year.",
    "The offer to sell the land was withdrawn in March, the council said.",
    "Deleted messages were recovered from the councillor's phone, the court heard.",
    "KABUL, Afghanistan (AP) -- Two soldiers died when their vehicle hit a mine, officials said.",
    "JONES Mary, who died in 1998, left her house to the village, the trust said.",
    "At 14:05: the minister updated MPs on the talks, officials said.",
    "India made 191-6 in their 20 overs, with Sharma scoring 64.",
    "Also read the small print, the regulator told customers.",
    "The council said it cannot accept responsibility for damage caused by the storm.",
    "The library is open 9am-5pm on weekdays.",
    "Why We Stayed took the documentary award at the Brackwater film festival.",
    "Residents were asked to send their views to the council by March.",
    "MARTA ELLERBY, BYLINE: Good to be with you, Tom.",
    "A12 Quantum chipset",
    "the council, um, said it would look again at the plans,",
    "LIVE music returns to the park this summer, organisers said.",
    "McDonald said:",
    "i.e. the council's own figures, which were published last week.",
    "The first element, array[0], holds the count.",
    "The visitors pressed hard after the break and levelled in the last minute.",
    "The worst of the storm is still to come, forecasters said.",
    "BRK BRACKWATER HOLDINGS INC. 118.40 -10.25 -3.12%",
    "The M6 southbound was closed for six hours after the crash – the third closure this month.",
    "Parents at Saltwick Junior School: closed doors and no answers, they said.",
])
def test_body_lines_that_look_like_code_player_or_comment_text_stay(line: str) -> None:
    text = wrap(line)
    assert rule_of(text, line) is None
    assert line in clean_article(text).clean_text


def test_page_code_goes_at_any_length() -> None:
    """A one-line JSON-LD object runs far past the length pattern rules stop at (MAX_PATTERN_WORDS)."""
    fields = ", ".join(f'"field{k}": "value number {k} of the structured data block"' for k in range(12))
    line = '{"@context": "https://schema.org", ' + fields + "}"
    text = wrap(line)
    assert rule_of(text, line) == "page_code"
    assert_body_intact(text)


def test_body_text_left_in_paragraph_tags_is_not_markup() -> None:
    line = "<p>The inspector will visit the depot site on Monday.</p>"
    assert rule_of(wrap(line), line) != "markup"


def test_a_short_sentence_that_only_repeats_part_of_a_paragraph_is_not_taken_for_a_pull_quote() -> None:
    """Too few words to be sure (7 < PULL_QUOTE_MIN_WORDS): it may be a real one-line paragraph."""
    text = wrap("The council approved the new housing plan.")
    assert rule_of(text, "The council approved the new housing plan.") is None


def test_a_sentence_that_repeats_a_phrase_in_a_list_is_not_keyword_stuffing() -> None:
    line = ("Each defendant is charged with conspiracy, Noel is charged with fraud, Thomas is charged with theft, "
            "and both deny it.")
    assert rule_of(wrap(line), line) is None


def test_a_table_glued_under_noise_keeps_its_rows() -> None:
    """Noise spreads through a box's short lines, not into a table that happens to touch it."""
    rows = ["NORTH 2.40 2.65 2.512", "SOUTH 1.95 1.90 1.874", "EAST 1.05 1.30 0.967"]
    text = wrap("\n".join(["Advertisement", *rows]))
    kept = clean_article(text).clean_text
    assert all(row in kept for row in rows) and "Advertisement" not in kept


def test_caption_after_bare_caption_label() -> None:
    text = wrap("Image source, Getty Images", "Image caption,", "Residents look at the plans.")
    assert rule_of(text, "Residents look at the plans.") == "caption"
    assert_body_intact(text)


def test_related_header_takes_its_links_but_not_the_body() -> None:
    text = wrap("More on this story", "Bus lanes approved", "School places row grows")
    assert rule_of(text, "Bus lanes approved") == "link_list"
    assert_body_intact(text)


def test_kickers_go_from_the_head_but_match_details_stay() -> None:
    text = wrap(head=("WORLD", "Analysis", "Headingley", "2000 GMT"))
    assert rule_of(text, "WORLD") == rule_of(text, "Analysis") == "head_fragment"
    assert rule_of(text, "Headingley") is None and rule_of(text, "2000 GMT") is None


def test_noise_box_lines_go_with_their_box() -> None:
    box = "The Morning Brief\nAll the local news before breakfast.\nEnter your email address\nSign up"
    text = wrap(box)
    assert rule_of(text, "The Morning Brief") == "noise_block"
    assert_body_intact(text)


def test_head_and_tail_fragments_beyond_noise() -> None:
    text = wrap(head=("Menu", "Local", "Politics", "Share this article"),
                tail=("Copyright 2024 Example Media", "Contact Us", "Local Football Results Page"))
    assert rule_of(text, "Local") == "head_fragment"
    assert rule_of(text, "Local Football Results Page") == "tail_fragment"
    assert_body_intact(text)


def test_interface_words_mark_head_lines_without_other_noise() -> None:
    text = wrap(head=("Jump to comments", "Ewood Park"))
    assert rule_of(text, "Jump to comments") == "head_fragment"
    assert rule_of(text, "Ewood Park") is None


def test_line_sandwiched_between_noise_goes_with_it() -> None:
    text = wrap("Advertisement", "Saturday Highlights", "Sign up for our weekend newsletter")
    assert rule_of(text, "Saturday Highlights") == "noise_block"
    assert_body_intact(text)


def test_several_weak_signals_together_mark_a_widget() -> None:
    """Short + interface words + next to noise: no named rule knows this line, the signals together do."""
    text = wrap("Briefing audio", "Advertisement")
    assert rule_of(text, "Briefing audio") == "weak_signals"
    assert rule_of(wrap("Briefing audio"), "Briefing audio") is None  # one or two signs: kept
    assert rule_of(wrap("Ewood Park", "Advertisement"), "Ewood Park") is None


def test_full_page_header_before_headline_repeat_is_cut() -> None:
    page = "\n".join(["Council backs housing plan - City Herald", "Home", "Local news", "Weather alert for Friday",
                      "Rail strike called off after late talks with the union, officials confirm today.",
                      "Council backs housing plan", "", P1, "", P2, "", P3])
    art = clean_article(page)
    assert art.title == "Council backs housing plan - City Herald"
    assert art.clean_text == "\n\n".join([P1, P2, P3])
    assert [r.rule for r in art.removals].count("head_cut") == 4


def test_teasers_after_end_of_article_marker_are_cut_but_a_last_paragraph_is_not() -> None:
    teasers = ["Related Articles", "Bus lanes approved", "The plan was welcomed by cyclists, who had campaigned for "
               "years to get safer routes into the city centre.", "2H ago", "School places row grows",
               "Parents say the new estate will need a primary school", "Trains return",
               "Commuters face delays as the rail line closes for repairs"]
    art = clean_article(wrap(tail=tuple(teasers)))
    assert art.clean_text == "\n\n".join([P1, P2, P3])
    assert any(r.rule == "tail_cut" for r in art.removals)
    boxed = "\n\n".join(["Council backs housing plan", P1, P2, "Related Articles", "Bus lanes approved", P3])
    assert clean_article(boxed).clean_text == "\n\n".join([P1, P2, P3])
    body = "\n\n".join([P1, P2, P3, *teasers])  # an extracted body is not a page: no page-level cut
    assert not any(r.rule == "tail_cut" for r in clean_article(body, has_title_line=False).removals)


def test_a_long_paragraph_that_goes_on_with_the_story_survives_the_tail_cut() -> None:
    """A noise box with an end-of-article marker dropped in before the last paragraph must not take it."""
    last = ("Council officers said the housing plan would also fund repairs to school buildings and new traffic "
            "lights near the site, with costs shared between the council and the developer.")
    page = "\n\n".join(["Council backs housing plan", P1, P2, P3, "Related Articles", "Bus lanes approved", "2H ago",
                         "Trains return", "Rail strike talks collapse", last, "Most Popular", "Star signs record deal"])
    art = clean_article(page)
    assert art.clean_text == "\n\n".join([P1, P2, P3, last])
    assert any(r.rule == "tail_cut" for r in art.removals)


def test_clean_closing_list_is_kept() -> None:
    """Without noise around it, a short unpunctuated list after the last paragraph is body (fixtures, winners)."""
    text = wrap(tail=("Best actor - Jane Doe", "Best film - The Long Road"))
    assert clean_article(text).clean_text.endswith("Best actor - Jane Doe\n\nBest film - The Long Road")


BODY_LINES = [
    "Turnout was 70%, the highest since the window for postal votes was widened.",
    "Background: the council first opened the depot in 1998.",
    "Washington said on Monday it would not comment on the report, officials confirmed.",
    "By the end of the year, the council hopes to have agreed the final design.",
    "Support for the scheme has fallen over the past five years, a poll suggests.",
    "Residents can now download the plans from the council website, a spokesman said.",
    "I agree with the inspector's views, said one councillor after the vote.",
    "WORLD OF WARCRAFT",
    "What happens next",
    # the page's own vocabulary about the world, or in a quote or an author's own voice
    "A snack maker will cut back on advertising biscuits and cookies to children in a healthy eating drive.",
    "Hackers are feared to have stolen personal data from millions of customers of the credit firm.",
    "\"Our journalists were detained for two days,\" the editor told the BBC.",
    "In this article I want to show you how to become more comfortable in front of a camera.",
    "The report's authors said the views expressed by the panel were mixed.",
    "A retired businessman has made a £2m donation to the party for its election fund, filings show.",
    "Shares in the chipmaker rose 4% to 512p, while the FTSE 100 closed 0.3% higher at 6,867.",
    "Temperatures reached 41°C in the capital on Tuesday, the highest since records began.",
    "Netflix's basic plan will cost subscribers $8.99 a month, up from $7.99, from the start of next year.",
    "The US will fund independent journalism projects in the region over the next five years.",
    "Anyone wishing to comment on the plans has until the end of the month to write to the council.",
    "Her family said a claim against the estate had been settled out of court last year.",
    "\"Nous ne céderons jamais devant la menace, jamais,\" a déclaré le ministre devant les députés.",
    "Its video channel passed 1.2M subscribers in May, the firm said.",
    "Shortlisted: Ayr | Troon | Largs | Girvan | Irvine, and the winner is named in June.",
    "Turnout was 58.3%, up from 56.2% at the last election, with 71,402 people on the register.",
    "Labour won 31% of the vote (up 2 points), the Conservatives 29% and the Liberal Democrats 12%.",
    "Getting there was the hard part, said the climbers, who waited three days for the weather to clear.",
    "Read in full, the report is far more critical of the board than its summary suggests.",
    "The 3 4 5 triangle was used by the builders to set out the foundations.",
    "Best for business was the verdict of the panel, which ranked the city first of 40.",
    "She won 6-4 7-6 6-3 and said afterwards that the wind had made every service game a fight.",
    "Turnout: that was the word on every canvasser's lips as the polls closed.",
    "The 07:42 from Penmore was cancelled twice last week, passengers said.",
    "Shares in the group closed 1.5% lower at 412.8p, valuing it at £2.1bn.",
    "On his blog that night the minister wrote:",
    "The end of the line came in 2019, when the last train ran.",
    "Media relations were strained for the rest of the campaign, aides said.",
    "In this issue of the magazine, the editor apologised for the error.",
    "Phone lines were down for most of the day, the company said.",
    "Previous attempts to reform the system have failed, ministers admit.",
    "R Ashby, B Dunmore, N Hale, J Corrie, M Bain, G Ross, B Hinton.",
    "1,204",
    "Volume 3 of the report was published on Monday.",
    "Reader offers and competitions were cut when the paper went online only, staff said.",
    "\"We were lucky winners in the end,\" the captain said after the final whistle.",
    "Shares rose 5%, 6% and 7% on three successive days before the results.",
    "Tickets: adults £12, children £6, families £30.",
    "The bookmakers had them at 7/2 in August, 5/2 by Christmas and 11/10 on the morning of the final.",
    "Trains left at 07:42, 08:15 and 09:03, and every one of them was late.",
    "\"Our volunteers were out until midnight clearing the paths,\" the organiser said.",
    "Gold +2.1%, oil -0.4%, the pound +0.2%: the markets barely moved on the news.",
    "The match was delayed by 10 minutes because of fog.",
    '"We have no forward-looking statements to make," the chief executive said.',
]


@pytest.mark.parametrize("line", BODY_LINES)
def test_body_lines_that_look_a_bit_like_noise_are_kept(line: str) -> None:
    text = wrap(line)
    assert rule_of(text, line) is None
    assert line in clean_article(text).clean_text.split("\n\n")


def test_short_repeats_far_apart_are_kept() -> None:
    text = wrap("Winners meet in final match", "Norway v Spain", "Winners meet in final match",
                "Norway and Spain, the winners of the housing design contest, meet in the final next month.")
    assert clean_article(text).clean_text.count("Winners meet in final match") == 2


# --- title, metadata, structure -----------------------------------------------------------------------------------


def test_title_line_and_given_title() -> None:
    text = wrap()
    art = clean_article(text)
    assert art.title == "Council backs housing plan"
    assert art.removals[0].rule == "title" and art.removals[0].line_index == 0
    body = "\n\n".join(["Council backs housing plan", P1, P2])
    html_body = clean_article(body, title="Council backs housing plan", has_title_line=False)
    assert html_body.title == "Council backs housing plan"
    assert html_body.clean_text == f"{P1}\n\n{P2}"
    assert clean_article(f"{P1}\n\n{P2}", has_title_line=False).clean_text == f"{P1}\n\n{P2}"


def test_byline_and_timestamp_lines_become_fields() -> None:
    text = wrap(head=("By Jane Doe and John Smith", "Published 10:32 AM EST, Mon March 4, 2024"))
    art = clean_article(text)
    assert art.byline == "Jane Doe and John Smith"
    assert art.published_at == datetime(2024, 3, 4, 15, 32)
    assert [r.rule for r in art.removals[1:3]] == ["byline", "timestamp"]
    assert_body_intact(text)


def test_combined_metadata_line() -> None:
    art = clean_article(wrap(head=("by Jane Doe | Reuters | Nov 12, 2018 at 8:24 pm ET • 3 min read",)))
    assert (art.byline, art.outlet) == ("Jane Doe", "Reuters")
    assert art.published_at == datetime(2018, 11, 13, 1, 24)


@pytest.mark.parametrize(("line", "byline", "outlet"), [
    ("By Jane Doe, Reuters", "Jane Doe", "Reuters"),
    ("By JANE DOE Associated Press", "JANE DOE", "AP"),
    ("By Jane Doe", "Jane Doe", None),
])
def test_outlet_from_byline(line: str, byline: str, outlet: str | None) -> None:
    art = clean_article(wrap(head=(line,)))
    assert (art.byline, art.outlet) == (byline, outlet)


def test_dateline_outlet_beats_copyright_outlet() -> None:
    text = wrap(tail=("© 2024 The Associated Press. All rights reserved.",))
    assert clean_article(text).outlet == "AP"
    assert clean_article(text.replace(P1, "LONDON (Reuters) - " + P1)).outlet == "Reuters"


def test_name_and_affiliation_lines_are_a_byline_but_match_details_are_not() -> None:
    art = clean_article(wrap(head=("Sofia Hernandez", "BBC News, Madrid")))
    assert art.byline == "Sofia Hernandez"
    assert_body_intact(wrap(head=("Sofia Hernandez", "BBC News, Madrid")))
    fixture = wrap(MATCH, head=("Ewood Park", "Tuesday, 1 March", "2000 GMT"))
    assert clean_article(fixture).byline is None
    assert clean_article(fixture).clean_text.startswith("Ewood Park\n\nTuesday, 1 March")


#: Ties match details to the housing story (a stadium and clubs it names), as a sports report's own text would.
MATCH = ("Blackburn will play Burnley at Ewood Park while the plan is debated, and Everton, Newcastle and Chelsea "
         "have all asked to use the new training ground next to the homes.")


def test_updated_only_fills_published_at_and_published_wins() -> None:
    assert clean_article(wrap(head=("Updated: March 5, 2024",))).published_at == datetime(2024, 3, 5)
    both = wrap(head=("Updated: March 5, 2024", "Published: March 4, 2024"))
    assert clean_article(both).published_at == datetime(2024, 3, 4)


@pytest.mark.parametrize(("text", "expected"), [
    ("2024-03-04T10:32:00+01:00", datetime(2024, 3, 4, 9, 32)),
    ("Last updated on 4 March 2024 at 10:32 GMT", datetime(2024, 3, 4, 10, 32)),
    ("Mar. 4, 2024 / 1:05 p.m.", datetime(2024, 3, 4, 13, 5)),
    ("25/12/2023", datetime(2023, 12, 25)),
])
def test_parse_datetime(text: str, expected: datetime) -> None:
    assert parse_datetime(text) == expected


def test_timestamp_needs_a_date_only_line() -> None:
    assert parse_timestamp("Published 10:32 AM EST, Mon March 4, 2024") is not None
    assert parse_timestamp("He was born on March 4, 1960 in Leeds and moved to London.") is None
    assert parse_timestamp("3 hours ago").value is None
    assert parse_timestamp("Posted 5h ago") is not None
    assert parse_timestamp("Published 3 October").value is None
    assert parse_timestamp("Tuesday, 1 March") is None  # no label, no year: a fixture date in a body


def test_parse_byline_rejects_sentences() -> None:
    assert parse_byline("By JANE DOE") == "JANE DOE"
    assert parse_byline("Written by Jane Doe, Senior Correspondent") == "Jane Doe"
    assert parse_byline("— Jane Doe, Staff Reporter") == "Jane Doe"
    assert parse_byline("– Man**") is None
    assert parse_byline("By the end of the year") is None
    assert parse_byline("By Monday, prices had risen sharply.") is None


@pytest.mark.parametrize(("paragraph", "dateline", "outlet"), [
    ("(CNSNews.com) – The Biden administration said", "(CNSNews.com)", "CNSNews.com"),
    ("WASHINGTON (Reuters) - The U.S. Senate voted", "WASHINGTON (Reuters)", "Reuters"),
    ("Washington (AFP) – The United States said", "Washington (AFP)", "AFP"),
    ("BEIJING -- China's exports rose in March", "BEIJING", None),
    ("LONDON, March 4 (Reuters) - British house prices fell", "LONDON, March 4 (Reuters)", "Reuters"),
    ("HAYWARD, Calif. (AP) — A man was arrested", "HAYWARD, Calif. (AP)", "AP"),
])
def test_datelines(paragraph: str, dateline: str, outlet: str | None) -> None:
    found = find_dateline(paragraph)
    assert found is not None and found.text == dateline and found.outlet == outlet
    assert paragraph.endswith(found.rest) and found.rest[0].isupper()


@pytest.mark.parametrize("paragraph", [
    "Washington said on Monday that talks would resume.",
    "The Trades Union Congress (TUC) has called for a rise.",
    "DEAR ABBY: My husband and I disagree about money.",
    "General Motors (GM) said profits fell.",
])
def test_not_datelines(paragraph: str) -> None:
    assert find_dateline(paragraph) is None


def test_dateline_is_cut_from_first_paragraph_only() -> None:
    art = clean_article(wrap().replace(P1, "WASHINGTON (AP) — " + P1, 1))
    assert (art.dateline, art.outlet) == ("WASHINGTON (AP)", "AP")
    assert art.clean_text.startswith(P1)
    assert any(r.rule == "dateline" and r.text == "WASHINGTON (AP)" for r in art.removals)


def test_crlf_line_indices_and_paragraph_separator() -> None:
    text = "Title\r\n\r\n6 min read\r\n" + P1 + "\r\n\r\n\u00a0\r\n\r\n" + P2 + "\r"
    art = clean_article(text)
    assert [(r.line_index, r.rule) for r in art.removals] == [(0, "title"), (2, "read_time")]
    assert art.clean_text == f"{P1}\n\n{P2}"


def test_hard_wrapped_paragraph_is_rejoined_but_lists_are_not() -> None:
    wrapped = ("The council approved the new housing plan on Tuesday\n"
               "after a long debate about costs, traffic and the\n"
               "shortage of school places in the area.")
    art = clean_article("Title\n\n" + wrapped + "\n\n" + P2)
    assert art.clean_text.split("\n\n")[0] == wrapped.replace("\n", " ")
    listed = "- Raised the tax threshold\n- Cut duty on capital goods"
    assert clean_article("Title\n\n" + P1 + "\n" + listed + "\n\n" + P2).clean_text.count("\n\n") == 3


#: A court list's rows: similar lengths, none ending a sentence, but each opens with a capital, as a list's items do.
COURT_ROWS = ("Court 2 9:30 Dale Roe (29) of 12 Mill Road, Penmore – burglary",
              "Court 3 9:45 Ann Hale (58) from Carrick Bay – speeding offence",
              "Court 1 10:00 Ian Bain (41) of Troon Lane, Ayr – criminal damage")


def test_a_block_of_rows_that_each_open_with_a_capital_is_a_list_not_wrapped_prose() -> None:
    body = "\n\n".join([P1, "\n".join(COURT_ROWS), P2])
    assert clean_article(body, has_title_line=False).clean_text.split("\n\n") == [P1, *COURT_ROWS, P2]
    rows_below = "\n\n".join([*STORY, "\n".join(COURT_ROWS)]) + "\n"  # so off_topic judges them, as any line
    assert [rule_of(rows_below, row) for row in COURT_ROWS] == ["off_topic"] * 3


def test_removals_point_at_their_input_lines_once() -> None:
    """cleaning_removals is keyed by (article_id, line_index, rule): one removal per removed line, text as it was in
    the input."""
    text = wrap("Advertisement", "Share", head=("By Jane Doe", "6 min read"),
                tail=("Tags: Housing", "© 2024 Example")).replace(P1, "LONDON (Reuters) - " + P1)
    raw = split_lines(text)
    removals = clean_article(text).removals
    assert len({r.line_index for r in removals}) == len(removals)
    for r in removals:
        assert r.text == raw[r.line_index] or (r.rule == "dateline" and raw[r.line_index].startswith(r.text))


def test_the_lines_a_reply_quotes_go_unless_they_are_the_story() -> None:
    """An e-mail reply quotes the thread's earlier messages with ">"; those are not the story.  When most of the text
    is quoted, the story itself came quoted, and it stays."""
    quoted = ["> > The bus depot will close for a week from Monday for repairs to its roof.", "> Thanks, will do."]
    text = wrap(*quoted)
    assert [rule_of(text, line) for line in quoted] == ["email_quote", "email_quote"]
    assert_body_intact(text)
    forwarded = "Council backs housing plan\n\n" + "\n\n".join("> " + p for p in (P1, P2, P3)) + "\n\nSee below.\n"
    assert clean_article(forwarded).clean_text.split("\n\n")[:3] == ["> " + p for p in (P1, P2, P3)]


def test_furniture_glued_onto_a_body_line_is_cut_and_logged() -> None:
    """Inline elements flattened into a paragraph ("Advertisement", a photo credit, a read-more link) are cut from
    its end; the sentence stays, and each cut is logged against the line it came from, once per rule."""
    glued = P2 + " Photo: Getty Images"
    lede = "LONDON (Reuters) - " + P1 + " Read more"
    text = wrap().replace(P2, glued).replace(P1, lede).replace(P3, P3 + " Advertisement")
    art = clean_article(text)
    assert art.clean_text.split("\n\n") == [P1, P2, P3] and art.dateline == "LONDON (Reuters)"
    raw = split_lines(text)
    cuts = {(raw[r.line_index], r.rule, r.text) for r in art.removals if r.rule != "title"}
    assert cuts == {(glued, "photo_credit", "Photo: Getty Images"),
                    (P3 + " Advertisement", "advertisement", "Advertisement"),
                    (lede, "read_more", "Read more"), (lede, "dateline", "LONDON (Reuters)")}


COLUMN = ["The ferry to the outer islands will run", "twice a day from next month, after the oper-",
          "ator agreed a new contract with the", "county council, which had threatened to", "end the subsidy."]


@pytest.mark.parametrize("full_page", [True, False])
def test_another_page_s_narrow_column_goes_from_a_text_with_a_paragraph_to_a_line(full_page: bool) -> None:
    """A PDF or print extraction pastes another article's column, wrapped at forty characters, between paragraphs
    that each fill a line: its lines run on mid-sentence and fill the width, so they go together."""
    text = wrap("\n".join(COLUMN))
    art = clean_article(text, has_title_line=True, full_page=full_page)
    assert art.clean_text == "\n\n".join([P1, P2, P3])
    assert [rule_of(text, line) for line in COLUMN] == ["narrow_column"] * len(COLUMN)


@pytest.mark.parametrize("block", [
    ["Foods allowed on the diet:", "any fish (sea or river)", "any poultry (including game)",
     "eggs of any kind (hen or quail)", "hard cheese (in small amounts)", "fresh mushrooms of any kind"],
    ["Tour dates:", "June 29 - Arts Center, Holmdel, NJ", "July 2 - Harbour Arena, Uncasville, CT",
     "July 19 - Lakeside Stage, Toronto, ON"],
    ["I walked the long road down to the", "Harbour where the boats come in, and",
     "Waited there for you to bring me", "Home across the water on the tide."],  # verse capitalises its lines
])
def test_a_story_s_own_lists_and_verse_are_not_a_narrow_column(block: list[str]) -> None:
    text = wrap("\n".join(block))
    kept = clean_article(text).clean_text
    assert all(line in kept for line in block if len(line) >= 20), kept


def test_a_glued_clock_time_is_cut_from_full_pages_only() -> None:
    """A live blog's entry stamp is page furniture on a scraped page but a section head an extractor kept in a body
    (PAGE_ONLY_RULES), so it is cut from a line's end only where it would go as a line of its own."""
    line = P2 + " 4:14 p.m."
    body = "\n\n".join([P1, line, P3])
    assert clean_article(body, has_title_line=False, full_page=True).clean_text.split("\n\n")[1] == P2
    assert clean_article(body, has_title_line=False, full_page=False).clean_text.split("\n\n")[1] == line


@pytest.mark.parametrize("ending", [
    ' He added: "Share this with everyone you know."',  # a quote is someone speaking
    " He said the plan was a mistake.",  # a sentence of the body, not furniture
    " \u201cWhat do you think?\u201d",
    " :-)",  # an emoticon ends the writer's sentence
])
def test_a_body_line_keeps_its_own_last_sentence(ending: str) -> None:
    text = wrap().replace(P2, P2 + ending)
    assert (P2 + ending) in clean_article(text).clean_text.split("\n\n")


def test_hard_wrapped_wire_lines_are_not_cut() -> None:
    """In wire copy wrapped at a fixed width a line's last words run on into the next line: never cut there."""
    wire = ("The ferry operator confirmed its winter timetable on Friday and said\n"
            "the early sailing to the islands would be kept for now. Read more\n"
            "about the later crossings will follow next week, a spokesman said.")
    art = clean_article("Ferry timetable\n\n" + wire + "\n\n" + P2 + "\n\n" + P3 + "\n")
    assert "for now. Read more about" in art.clean_text and all(r.rule == "title" for r in art.removals)


# --- real inputs --------------------------------------------------------------------------------------------------


@pytest.mark.corpus
def test_seed_article(seed_text: str) -> None:
    art = clean_article(seed_text)
    assert art.title == ("State Dept. Sidesteps ‘Hypothetical’ About Alleged Iranian Involvement in Iraq "
                         "Drone Attack")
    assert (art.dateline, art.outlet) == ("(CNSNews.com)", "CNSNews.com")
    assert art.clean_text.startswith("The Biden administration strongly condemned")
    for junk in ("6 mins read", "Source link", "Getty Images", "Simorgh drone"):
        assert junk not in art.clean_text
    paragraphs = art.clean_text.split("\n\n")
    expected = [l.strip() for l in seed_text.split("\n")[9:] if l.strip() and l.strip() != "Source link"]
    assert len(paragraphs) == len(expected) == 22
    assert all(p.strip() for p in paragraphs)
    assert paragraphs[1:] == expected[1:]
    rules = {r.rule for r in art.removals}
    assert {"title", "read_time", "dateline", "source_link"} <= rules
    assert sum(r.rule in ("photo_credit", "repeated_caption") for r in art.removals) == 2


@pytest.mark.corpus
@pytest.mark.slow
def test_noise_bars_on_fixed_bbc_subset() -> None:
    """The plan's bars on 300 fixed-seed BBC articles, for every noise split tuned to them (bench AT_BAR_SPLITS;
    the newest held-out splits are measured by the bench, not held to the bar yet)."""
    from bench.clean_noise import AT_BAR_SPLITS, load_bbc, score_clean_bbc, score_noisy

    articles = load_bbc(shared_path("corpus", "bbc-news-2225"), limit=300)
    for split in AT_BAR_SPLITS:
        score = score_noisy(articles, split)
        assert score.precision >= 0.995, (split, score.precision)
        assert score.recall >= 0.99, (split, score.recall)
    assert 1 - score_clean_bbc(articles).recall < 0.005


#: One file at a time the splits of heavy, unseen noise sit at 0.99 and above; printed-page data boxes (thirteenth),
#: local papers' notices and listings (twentyfirst), newsletter prose (twentysecond), press offices and comment threads
#: (twentythird, twentyfourth), saved pages and commercial verticals (twentyfifth, twentysixth) and CMS debris
#: (twentyeighth), re-reading wrappers (twentyninth), public notices (thirtieth), live blogs (thirtyfirst), sponsored
#: content (thirtysecond), reader comments and embedded posts (thirtythird), broadcast pages (thirtyfourth), copy that
#: came by e-mail, feed or chat (thirtysixth) and legal notices, podcast and app chrome (thirtyeighth), the SEO era's
#: boxes with the furniture of outlets across Asia, Africa and the Caribbean (fortieth), subtitles, transcripts and
#: video pages (fortyfirst), wiki, forum and Q&A pages (fortysecond) and the lifestyle and commerce desks (fortyfourth),
#: science, health, weather and travel-information desks (fortyfifth), markets desks and news quizzes (fortysixth), news
#: that came by e-mail, mailing list and chat (fortyseventh), press releases, wires and content farms (fortyeighth),
#: the culture desks (fortyninth), captured copies of pages (fiftieth), business and affiliate pages (fiftyfirst,
#: fiftysecond), crime and courts desks (fiftythird) and independent and community publishing (fiftyfourth) stay
#: below; reports' and parliaments' apparatus (thirtyseventh), local papers' notices, listings and round-ups
#: (thirtyninth), fact-check, data and election desks (fortythird), specialist desks' disclaimers, tips and listings
#: (thirtyfifth) and other stories' summaries and explainers (twentyseventh) far below.
ALONE_FLOORS = {"thirteenth": 0.965, "twentyfirst": 0.955, "twentysecond": 0.975, "twentythird": 0.965,
                "twentyfourth": 0.975, "twentyfifth": 0.965, "twentysixth": 0.958, "twentyseventh": 0.89,
                "twentyeighth": 0.983, "twentyninth": 0.96, "thirtieth": 0.945, "thirtyfirst": 0.95,
                "thirtysecond": 0.965, "thirtythird": 0.955, "thirtyfourth": 0.97, "thirtyfifth": 0.925,
                "thirtysixth": 0.965, "thirtyseventh": 0.945, "thirtyeighth": 0.965, "thirtyninth": 0.935,
                "fortieth": 0.965, "fortyfirst": 0.96, "fortysecond": 0.95, "fortythird": 0.945, "fortyfourth": 0.96,
                "fortyfifth": 0.96, "fortysixth": 0.945, "fortyseventh": 0.925, "fortyeighth": 0.94,
                "fortyninth": 0.945, "fiftieth": 0.955, "fiftyfirst": 0.945, "fiftysecond": 0.955,
                "fiftythird": 0.945, "fiftyfourth": 0.97}


@pytest.mark.corpus
@pytest.mark.slow
def test_the_batch_rule_helps_on_every_noise_split_and_costs_clean_text_almost_nothing() -> None:
    """Cleaning as one batch (lines many stories share are boilerplate) on 300 fixed-seed BBC articles: never worse
    precision than cleaning each file alone, recall still at the bar, floors on every split alone and as a batch,
    and the clean corpus keeps its words.  The
    absolute figures at full size are in bench/clean_noise.py (small batches hold less repetition)."""
    from bench.clean_noise import all_splits, load_bbc, score_clean_bbc, score_noisy

    articles = load_bbc(shared_path("corpus", "bbc-news-2225"), limit=300)
    gains = {}
    for split in all_splits():
        alone, batch = score_noisy(articles, split), score_noisy(articles, split, batch=True)
        assert batch.precision >= alone.precision - 0.0005, (split, alone.precision, batch.precision)
        assert batch.recall >= 0.99, (split, batch.recall)
        # floors under the figures of the last measurement (bench docstring), so that a change that loses what
        # the general features won on the blind splits fails here
        assert batch.precision >= 0.989, (split, batch.precision)  # lowest: thirteenth, 0.990
        assert alone.precision >= ALONE_FLOORS.get(split, 0.99), (split, alone.precision)
        gains[split] = batch.precision - alone.precision
    assert sum(g > 0.01 for g in gains.values()) >= 4, gains  # the unseen splits gain several points
    assert 1 - score_clean_bbc(articles, batch=True).recall < 0.005


RUN_OF_100_FLOORS = {"fiftyfirst": 0.98}


@pytest.mark.corpus
@pytest.mark.slow
def test_a_run_of_a_hundred_files_already_cleans_every_noise_split() -> None:
    """A template recurs only a few times in a small run, so there a sentence needs three stories on different
    events (pipeline.shared_lines.prose_need), and a line off its story goes when two stories on other events carry
    it (rule shared_off_topic): at 100 files every split is cleaned to 0.985 or better as a run (the heavy blind
    splits scored 0.964-0.994 when five stories were needed, 0.980-0.999 before shared_off_topic)."""
    from bench.clean_noise import all_splits, load_bbc, score_noisy

    articles = load_bbc(shared_path("corpus", "bbc-news-2225"), limit=100)
    for split in all_splits():
        batch = score_noisy(articles, split, batch=True)
        # lowest: fiftyfirst, 0.983 (other companies' news and releases in prose; a hundred runs of it repeat
        # little), then twenty-seventh, 0.987
        assert batch.precision >= RUN_OF_100_FLOORS.get(split, 0.985), (split, batch.precision)
        assert batch.recall >= 0.985, (split, batch.recall)  # as alone: these hundred hold a few list-like bodies


@pytest.mark.corpus
@pytest.mark.slow
@pytest.mark.parametrize(("split", "floor"), [("thirteenth", 0.993), ("fiftieth", 0.995)])
def test_print_and_pdf_columns_between_paragraphs_go_as_a_run(split: str, floor: float) -> None:
    """Printed pages (thirteenth) and PDF or archive captures (fiftieth) paste other articles' columns, wrapped at
    their narrow width, and rows of bare figures between a story's paragraphs.  Laid out untidily, 300 files cleaned
    as a run: 0.9935 and 0.9964 with narrow_column and the figures row, 0.9921 and 0.9914 without narrow_column."""
    from bench.clean_noise import load_bbc, score_noisy

    score = score_noisy(load_bbc(shared_path("corpus", "bbc-news-2225"), limit=300), split, batch=True,
                        layout="untidy")
    assert score.precision >= floor, score.precision
    assert score.recall >= 0.99, score.recall


@pytest.mark.corpus
@pytest.mark.slow
@pytest.mark.parametrize("split", ["fifteenth", "seventeenth", "nineteenth", "twentyninth", "fortyseventh"])
def test_furniture_glued_onto_paragraphs_is_cut_from_them(split: str) -> None:
    """A text extraction flattens inline elements into their paragraph: an ad label, a credit, a share button, a
    read-more link end up after its last sentence (bench.noise_unseen.make_noisy_inline).  Cut from the paragraph,
    the one-line blocks of these splits leave 100 files at 0.988-0.995 precision with nothing else to clean; kept
    with it, they left them at 0.981-0.987."""
    from bench.clean_noise import load_bbc, score_noisy

    score = score_noisy(load_bbc(shared_path("corpus", "bbc-news-2225"), limit=100), split, layout="inline")
    assert score.precision >= 0.9875, score.precision
    assert score.recall >= 0.985, score.recall  # as alone: these hundred hold a few list-like bodies


@pytest.mark.corpus
@pytest.mark.slow
def test_the_batch_rule_leaves_wire_copy_and_shared_quotes_mostly_alone() -> None:
    """Reuters-21578 is hard-wrapped wire copy with tables; giveme5w1h has several outlets quoting one event.
    Neither has noise to speak of, so what cleaning removes there is mostly body: keep it small."""
    from bench.clean_noise import newsplease_texts, removed_share, reuters_texts

    shared_path("corpus", "reuters21578-sample")
    reuters, newsplease = reuters_texts(), newsplease_texts()
    assert len(reuters) > 1000 and len(newsplease) > 400
    assert removed_share(reuters, batch=False) < 0.01  # 0.4 points of it are the "Reuter" sign-off (off_topic)
    assert removed_share(reuters, batch=True) < 0.04  # 0.6 points of it are the "Reuter" sign-off
    assert removed_share(newsplease, batch=True) - removed_share(newsplease, batch=False) < 0.01
    # one file at a time: photo captions, promos and tip lines, with some one-sentence paragraphs (about 4.0%)
    assert removed_share(newsplease, batch=False) < 0.045


@pytest.mark.corpus
def test_gold_article_bodies_lose_almost_nothing() -> None:
    """Human-verified article bodies (HTML-extracted) are almost all body: cleaning must keep > 99% of words."""
    from bench.clean_noise import WordScore, _aeb_json

    shared_path("corpus", "scrapinghub-aeb", "ground-truth.json")
    score = WordScore()
    for body in _aeb_json("ground-truth.json").values():
        score.add(clean_article(body, has_title_line=False).clean_text, body)
    assert score.recall > 0.99


def test_wire_file_photo_caption_is_a_caption_not_a_dateline() -> None:
    text = ("Headline\n\nFILE - In this May 18, 2017 file photo, actress Jane Roe poses for photographers during "
            "the photo call for the jury at the 40th Riverside film festival, Nice, southern France, on "
            "a warm and crowded afternoon by the sea.\n\nJane Roe said on Saturday that she had waited years to "
            "speak about what happened on the set.")
    cleaned = clean_article(text)
    assert cleaned.dateline is None
    assert cleaned.clean_text.startswith("Jane Roe said on Saturday")
    assert [r.rule for r in cleaned.removals if r.text.startswith("FILE")] == ["caption"]


def test_upper_case_labels_are_not_datelines() -> None:
    cleaned = clean_article("Headline\n\nUPDATE - The council met again on Monday and voted to keep the library open.")
    assert cleaned.dateline is None


def test_caption_ending_in_its_photo_credit_goes_and_the_dateline_after_it_is_found() -> None:
    text = ("This photo released by the Public Safety Ministry shows smoke rising where a light aircraft came down "
            "near Playa Verde on Sunday, with rescue teams at the edge of the woods and a helicopter overhead. "
            "(Public Safety Ministry via AP) ( /Associated Press)\n"
            "SAN JOSE, Costa Rica — Investigators said Monday that strong winds most likely caused the crash.\n"
            "The families accounted for nine of the dead.")
    cleaned = clean_article(text, title="Plane crash", has_title_line=False)
    assert cleaned.clean_text.startswith("Investigators said Monday")
    assert cleaned.dateline == "SAN JOSE, Costa Rica"
    assert "caption" in {r.rule for r in cleaned.removals}


# --- features added with the ninth noise set ---------------------------------------------------------------------

def test_editorial_note_about_the_page_itself() -> None:
    note = "This article was amended on 3 May 2024 to correct a spelling."
    text = wrap(tail=(note,))
    assert rule_of(text, note) == "editorial_note"
    assert_body_intact(text)


def test_editorial_note_needs_the_page_as_subject() -> None:
    line = "The report was published on Tuesday by the committee, which found the council had been too slow."
    text = wrap(line)
    assert rule_of(text, line) is None


def test_pictograph_label_is_interface() -> None:
    text = wrap("🎧 Hear the hosts")
    assert rule_of(text, "🎧 Hear the hosts") == "interface"
    assert_body_intact(text)


@pytest.mark.parametrize("line", ["⬇️⬇️⬇️ https://t.co/hopPjqa95w", "© Reuters", "🎧 The hosts discuss it at length."])
def test_pictograph_label_needs_a_pictograph_and_a_short_label(line: str) -> None:
    assert not is_pictograph_label(line)


def test_numeric_stub_is_one_weak_signal_next_to_noise() -> None:
    text = wrap("Advertisement", "38 min · Episode 12")
    assert rule_of(text, "38 min · Episode 12") == "weak_signals"
    assert_body_intact(text)


@pytest.mark.parametrize("line", ["3. Stay hydrated", "2000 GMT", "Arsenal 2-1 Chelsea", "The 3 of us"])
def test_numeric_stub_shape(line: str) -> None:
    assert not is_numeric_stub(line)


def test_short_line_cluster_around_noise_outside_the_body_goes_on_full_pages() -> None:
    head = ("Share this article", "Compartir", "Leer más", "Suscríbete")
    text = wrap(head=head)
    assert [rule_of(text, line) for line in head[1:]] == ["fragment_cluster"] * 3
    assert_body_intact(text)
    body_only = "\n\n".join([*head, P1, P2, P3])
    assert "Leer más" in clean_article(body_only, has_title_line=False).clean_text


def test_short_line_cluster_without_noise_stays() -> None:
    tail = ("Everton v Manchester United", "Newcastle v Chelsea", "Burnley v Blackburn")
    text = wrap(MATCH, tail=tail)
    assert [rule_of(text, line) for line in tail] == [None] * 3


def test_tool_bar_in_any_language_is_interface() -> None:
    text = wrap(head=("Artikel teilen · Merken · Drucken",))
    assert rule_of(text, "Artikel teilen · Merken · Drucken") == "interface"
    assert_body_intact(text)


def test_tool_bar_needs_short_items() -> None:
    """Items of several words are no tool bar; a fact box flattened onto one line still goes, as a glued list."""
    line = "Venue: Millennium Stadium | Kick-off: Saturday afternoon | Referee: Nigel Owens from Wales"
    assert rule_of(wrap(line), line) == "glued_list"
    assert not is_tool_bar(line)


def test_link_only_line_is_one_weak_signal_next_to_noise() -> None:
    text = wrap("Advertisement", "pic.twitter.com/x7Ab9")
    assert rule_of(text, "pic.twitter.com/x7Ab9") == "weak_signals"
    assert_body_intact(text)


def test_clock_time_goes_from_full_pages_only() -> None:
    text = wrap("9:41 am")
    assert rule_of(text, "9:41 am") == "clock_time"
    assert_body_intact(text)
    body_only = "\n\n".join([P1, "9:41 am", P2])
    assert "9:41 am" in clean_article(body_only, has_title_line=False).clean_text
    assert rule_of(wrap("2000 GMT"), "2000 GMT") is None
    for stamp in ("14:05 GMT", "07:29 BST", "19:03 ET", "1:33 PM"):  # zones and AM/PM as live blogs print them
        assert rule_of(wrap(stamp), stamp) == "clock_time", stamp


def test_place_and_role_line_above_the_body_is_a_byline() -> None:
    text = wrap(head=("Dayton, Ohio — Staff Writer",))
    assert rule_of(text, "Dayton, Ohio — Staff Writer") == "byline"
    assert rule_of(wrap(head=("Staff Reports",)), "Staff Reports") is None


def test_correction_notice_about_an_earlier_version() -> None:
    note = "Correction: An earlier version of this story gave the wrong date for the vote."
    text = wrap(tail=(note,))
    assert rule_of(text, note) == "editorial_note"
    assert_body_intact(text)


def test_line_in_another_script_outside_the_body_goes() -> None:
    text = wrap(head=("シェア ツイート",))
    assert rule_of(text, "シェア ツイート") == "head_fragment"
    assert_body_intact(text)


def test_other_script_inside_the_body_and_latin_lines_stay() -> None:
    assert rule_of(wrap("ما أحببت"), "ما أحببت") is None
    assert not in_foreign_script("player.setav health", "CYRILLIC")
    assert in_foreign_script("シェア ツイート", "LATIN")


# --- off-topic lines: nothing in common with the story ---------------------------------------------------------

#: A story whose lines come back to its names and subject (Oakfield, the depot, housing), as news does.
STORY = [
    "Council backs housing plan",
    P1,
    "Opponents of the Oakfield housing scheme said they would keep campaigning, and promised to take the matter to "
    "the regional planning inspector.",
    "The first Oakfield homes are expected to be finished in two years, according to a timetable published by the "
    "council's planning department.",
    "The plan sets aside land for 400 homes, a third of them affordable, on the site of the old Oakfield depot.",
    "Councillors also asked planning officers to look again at traffic on the roads around the depot site.",
    "A public meeting on the housing plan and the school places will be held at the town hall next month.",
]


def story_with(*lines: str) -> str:
    return "\n\n".join([*STORY[:4], *lines, *STORY[4:]]) + "\n"


def test_a_line_sharing_no_word_with_the_story_goes_as_off_topic() -> None:
    line = "Enjoyed the crossword? Try tomorrow's cryptic puzzle in the weekend magazine."
    assert rule_of(story_with(line), line) == "off_topic"


@pytest.mark.parametrize("line", [
    "Terms of the deal were not disclosed.",  # the news's own stock sentence
    "\"It will be a great day for everyone,\" one resident said.",  # a quote
    "Two passers-by were treated for minor injuries, a local radio station reported.",  # attributed
    "Builders expect the first homes to be ready in the spring.",  # shares "homes" with the story
])
def test_off_topic_guards(line: str) -> None:
    assert rule_of(story_with(line), line) is None


#: Around the story (above its first line, below its last) a line needs a specific word or three plain ones.
#: Shares only two common words with STORY ("plan", "town"); the two quiz lines share "rivers" with each other.
OFF_TOPIC_BOX = ("Plan your weekend: the best things to do in town, picked by our critics.",
                 "Quiz night: how well do you know the rivers of Europe?",
                 "Answers to the rivers quiz are printed on page 41.")


def page(*, head: tuple[str, ...] = (), tail: tuple[str, ...] = ()) -> str:
    return "\n\n".join([STORY[0], *head, *STORY[1:], *tail]) + "\n"


@pytest.mark.parametrize("where", ["head", "tail"])
def test_a_box_above_or_below_the_story_tied_to_it_by_no_specific_word_goes_as_off_topic(where: str) -> None:
    text = page(**{where: OFF_TOPIC_BOX})
    assert [rule_of(text, line) for line in OFF_TOPIC_BOX] == ["off_topic"] * 3
    assert clean_article(text).clean_text == "\n\n".join(STORY[1:])


#: A sentence tied to STORY by two plain words ("town", "public") and no specific one.
BOX_SENTENCE = ("The weekend market will move to the town square in the spring, and the public will be able to vote on "
                "its new name.")


def test_a_long_sentence_beside_furniture_inside_the_story_is_the_box_s_unless_it_reports() -> None:
    """Inside the story a sentence that only plain words tie to it is an aside between paragraphs, but beside a
    removed line it is the prose of that box; a reported one stays (the story's own, or a quote)."""
    assert rule_of(story_with(BOX_SENTENCE), BOX_SENTENCE) is None
    assert rule_of(story_with("Advertisement", BOX_SENTENCE), BOX_SENTENCE) == "off_topic"
    assert rule_of(story_with(BOX_SENTENCE, "Advertisement"), BOX_SENTENCE) == "off_topic"
    reported = BOX_SENTENCE.removesuffix(".") + ", the organisers said."
    assert rule_of(story_with("Advertisement", reported), reported) is None
    short = "The public will be able to vote on a name for the town square."
    assert rule_of(story_with("Advertisement", short), short) is None


def test_a_list_s_items_stay_with_the_items_the_story_names() -> None:
    """A seeding or results list: the items that name the story's people tie to it, and the others of the same shape
    belong to the same list."""
    items = ("1 Oakfield Rovers (Penmore)", "2 Ayr Athletic (Troon)", "3 Largs Town (Irvine)",
             "4 Oakfield Wanderers (Penmore)")
    text = story_with(*items)
    assert [rule_of(text, item) for item in items] == [None] * 4


def test_list_items_that_finish_a_story_sentence_stay() -> None:
    """A lead-in that stops mid-sentence and the items that finish it are one sentence, however few words the
    items share with the story."""
    items = ("- ignored three reports from engineers", "- cut the number of trees")
    text = story_with("Opponents say the Oakfield developers", "\n".join(items))
    assert [rule_of(text, item) for item in items] == [None, None]


def test_off_topic_leaves_asides_inside_the_story_and_lines_a_specific_word_ties_to_it() -> None:
    text = story_with(OFF_TOPIC_BOX[0])
    assert rule_of(text, OFF_TOPIC_BOX[0]) is None  # between paragraphs it shares a word: an aside of the story
    tied = "Tours of the depot site start next month."  # "depot" is specific and in the story
    assert rule_of(page(tail=(tied,)), tied) is None


def test_one_middling_word_does_not_pull_a_box_into_the_story() -> None:
    """"regional" (Zipf 4.7) is specific but not rare: one such word shared with the story is not a link, so the
    box, whose two lines share their own rare names, stays a group of its own."""
    box = ("Brackwater Rowing Club results: the regional sculls went to Brackwater.",
           "Brackwater Rowing Club meets on the river every Sunday.")
    assert [rule_of(page(tail=box), line) for line in box] == ["off_topic"] * 2


@pytest.mark.parametrize("line", [
    "Shr 17 cts vs 18 cts",  # figures only: no content word, no evidence either way
    "Terms of the deal were not disclosed.",
    "\"We expect a lot of interest in the rivers walk,\" a spokeswoman said.",
    "Dates for the next public meeting will be posted at the town hall.",  # three plain words shared with the story
])
def test_off_topic_guards_around_the_story(line: str) -> None:
    assert rule_of(page(tail=(line,)), line) is None


#: Shares only plain words with STORY ("council", "public", "meeting", "month"), none specific.
PLAIN_TIE = "The council will hold a public meeting next month on its budget."
#: Shares "depot", a specific word of STORY.
SPECIFIC_TIE = "Tours of the old depot will start next month, once the buildings have been made safe for visitors."
#: Another story's news in a full sentence, attributed and long: next to the story that could be its own last word.
OTHER_NEWS = ("Revenue at Quillbury Foods fell 12% to £412m in the first half, the frozen and chilled foods group said "
              "on Monday, blaming higher energy costs, a wet summer and weaker demand from restaurants and pubs across "
              "the north of the country, and warning that the second half would be no easier.")


def test_a_line_beyond_removed_furniture_goes_though_it_is_attributed_long_or_shares_plain_words() -> None:
    """Quotes, attributed lines and long lines stay next to the story, untied or not: a story can end on another
    voice; and there three plain words shared with the story tie a line to it.  With removed lines between the
    story and them they are the page's, not the story's: other stories' news, a release's quotes, a newsletter's
    greeting beyond the share bar; only a specific word shared with the story keeps them."""
    assert rule_of(page(tail=(OTHER_NEWS,)), OTHER_NEWS) is None
    text = page(tail=("Share this article", OTHER_NEWS))
    assert rule_of(text, OTHER_NEWS) == "off_topic"
    assert clean_article(text).clean_text == "\n\n".join(STORY[1:])
    quoted = '"We are delighted to welcome the team at Brackwater to the family," said Imogen Belgrove.'
    assert rule_of(page(head=(quoted, "Advertisement")), quoted) == "off_topic"
    assert rule_of(page(head=(quoted,)), quoted) is None
    assert rule_of(page(tail=(PLAIN_TIE,)), PLAIN_TIE) is None
    assert rule_of(page(tail=("Share this article", PLAIN_TIE)), PLAIN_TIE) == "off_topic"
    assert rule_of(page(tail=("Share this article", SPECIFIC_TIE)), SPECIFIC_TIE) is None


def test_inside_the_story_a_line_between_removed_lines_needs_a_specific_word() -> None:
    """Between two paragraphs a line sharing plain words with the story is one of its asides; between two removed
    lines (an inline box: a label above, a share bar below) it is the box's, unless a specific word ties it."""
    assert rule_of(story_with(PLAIN_TIE), PLAIN_TIE) is None
    assert rule_of(story_with("Advertisement", PLAIN_TIE, "Share this article"), PLAIN_TIE) == "off_topic"
    assert clean_article(story_with("Advertisement", PLAIN_TIE, "Share this article")).clean_text == \
        "\n\n".join(STORY[1:])
    assert rule_of(story_with("Advertisement", SPECIFIC_TIE, "Share this article"), SPECIFIC_TIE) is None


def test_off_topic_needs_a_full_page_and_a_story_holding_most_of_the_text() -> None:
    body = page(tail=OFF_TOPIC_BOX).partition("\n\n")[2]
    assert OFF_TOPIC_BOX[1] in clean_article(body, title=STORY[0], has_title_line=False).clean_text
    scattered = "\n\n".join([STORY[0], *(f"{w} went up." for w in  # one plain word in common: no story
                                          ["Butter", "Cheese", "Coffee", "Sugar", "Flour", "Petrol", "Diesel"])]) + "\n"
    assert not [r for r in clean_article(scattered).removals if r.rule == "off_topic"]


#: Other stories' summaries in full sentences, sharing no specific word with STORY: together they outweigh it.
HEAVY_FURNITURE = (
    "Elsewhere, a lifeboat crew rescued two kayakers who were swept beyond the harbour wall at Pellmouth on Sunday.",
    "In other news, the Greywick cricket pavilion was badly damaged by fire weeks before the new season began.",
    "In context: thousands of commuters rely on the Tolland Valley railway line, which closes in March.",
    "Meanwhile, forecasters have issued a yellow warning for thunderstorms across the Fenshire hills from Saturday.",
    "Separately, a driver who was using a mobile phone when he hit a cyclist near Ambermouth has been jailed.",
    "Visiting has been restricted on four wards at Rivenhall Community Hospital after an outbreak of norovirus.",
    "Witnesses are sought after a van was driven through the window of a Marrowby bakery in the early hours.",
    "Tickets for the Lanterne Bay folk festival go on sale on Friday, with the headline acts still to be announced.",
)


def test_full_sentences_around_a_story_they_outweigh_go_but_not_its_asides() -> None:
    """Furniture may hold more words than the story; around a story whose lines hang together its full sentences
    still go as off_topic, while between the story's lines they are left to it."""
    text = "\n\n".join([STORY[0], *HEAVY_FURNITURE[:4], *STORY[1:], *HEAVY_FURNITURE[4:]]) + "\n"
    assert [rule_of(text, line) for line in HEAVY_FURNITURE] == ["off_topic"] * 8
    assert clean_article(text).clean_text == "\n\n".join(STORY[1:])
    aside = "\n\n".join([STORY[0], *HEAVY_FURNITURE[:3], *STORY[1:4], HEAVY_FURNITURE[3], *STORY[4:],
                          *HEAVY_FURNITURE[4:]]) + "\n"
    assert rule_of(aside, HEAVY_FURNITURE[3]) is None


def test_a_text_whose_lines_link_to_nothing_keeps_them_when_the_story_is_outweighed() -> None:
    """A Q&A or a product list has no story to put boxes around: where the linked lines are few among the rest
    (below OFF_TOPIC_WEAK_DENSITY), nothing goes as off-topic."""
    qa = ["Q: Where did you grow up?", "A: In a small fishing village on the north coast, with three brothers.",
          "Q: What was your first job?", "A: Washing dishes in a seafront cafe every summer holiday.",
          "Q: Favourite book?", "A: Anything by a crime writer, read on a long train journey."]
    text = "\n\n".join([STORY[0], STORY[1], STORY[2], *qa, STORY[3], *HEAVY_FURNITURE[:3]]) + "\n"
    assert not [r for r in clean_article(text).removals if r.rule == "off_topic"]


def test_a_list_of_names_stays_when_it_names_someone_in_the_story() -> None:
    names = "Alan Pryce (Devon), Colin Marsh (Kent), Pierre Aubry (France)"
    assert rule_of(story_with(names), names) == "off_topic"  # the known cost: a team sheet of strangers goes
    text = story_with(names).replace(STORY[2], STORY[2] + " The inspector, Colin Marsh, will decide by June.")
    assert rule_of(text, names) is None


def test_off_topic_needs_a_full_page_and_a_story_long_enough_to_have_a_topic() -> None:
    line = "Enjoyed the crossword? Try tomorrow's cryptic puzzle in the weekend magazine."
    body = story_with(line).partition("\n\n")[2]
    assert line in clean_article(body, title=STORY[0], has_title_line=False).clean_text
    assert rule_of(wrap(line), line) is None  # four paragraphs: too little to tell what the story is about


def test_inside_the_story_one_common_word_is_no_tie_but_one_specific_word_is() -> None:
    """Between two lines of the story a line stays when it shares a word with it, unless that word is common
    ("month", Zipf 5.3): every text says "month"; "homes" (4.7) is the story's own."""
    common = "Tickets for the summer fair go on sale this month."
    assert rule_of(story_with(common), common) == "off_topic"
    specific = "Builders expect homes to be ready in the spring."
    assert rule_of(story_with(specific), specific) is None


def test_around_the_story_three_very_common_words_are_no_tie() -> None:
    """"take", "first", "look" and "around" (Zipf 5.8-6.1) come back in any text; the story's "public meeting" and
    "town hall" (test_off_topic_guards_around_the_story) do tie."""
    line = "Visitors will take a first look around the gallery on Friday."
    assert rule_of(page(tail=(line,)), line) == "off_topic"


def brief(*tail: str) -> str:
    """The headline and three lines of STORY, then `tail`: a short text, fewer than OFF_TOPIC_BRIEF_LINES lines."""
    return "\n\n".join([*STORY[:4], *tail]) + "\n"


def test_a_brief_loses_what_shares_nothing_with_it_and_keeps_what_shares_a_word_or_a_figure() -> None:
    """Four lines still make a story, but a weak one: at its ends a line goes only when it shares no word with it
    (as inside a longer story), and a short line with a figure is one of its facts (a dividend notice's dates)."""
    box = "Enjoyed the crossword? Try tomorrow's cryptic puzzle in the weekend magazine."
    assert rule_of(brief(box), box) == "off_topic"
    tied = "Builders expect homes to be ready in the spring."
    assert rule_of(brief(tied), tied) is None
    assert rule_of(page(tail=(tied,)), tied) == "off_topic"  # a longer story asks more of its ends
    assert rule_of(brief("Pay April 30"), "Pay April 30") is None


def test_a_table_box_inside_a_prose_story_goes_but_a_table_story_keeps_its_rows() -> None:
    """Figures alone do not make a line the story's: a league table dropped between the paragraphs of a housing
    story goes.  In a text that is mostly rows of figures (an earnings report), the rows are the story."""
    table = ("1 Kestrel Rovers 19 12 0 7 36", "2 Brackwater United 19 11 3 5 36", "3 Fenwick Albion 19 10 4 5 34")
    text = "\n\n".join([*STORY[:4], *table, *STORY[4:]]) + "\n"
    assert [rule_of(text, row) for row in table] == ["off_topic"] * 3
    report = ["Quill Systems year net", "Shr 2.16 dlrs vs 2.07 dlrs", "Oper net 8,037,000 vs 7,710,000",
              "Revs 136.4 mln vs 133.3 mln", "Avg shrs 5,165,000 vs 4,277,000",
              "Note: the year's net excludes a gain of 13 mln dlrs from the sale of the Quill printing unit.",
              "Quill said net for the year included 1.1 mln dlrs of one-off gains."]
    text = "\n".join(report) + "\n"
    assert clean_article(text).clean_text == "\n\n".join(report[1:])


def test_a_lower_case_line_after_a_full_stop_is_a_handle_not_the_rest_of_a_sentence() -> None:
    thread = ("level 2", "Totally agree with every word.", "u/quietharbour")
    assert [rule_of(page(tail=thread), line) for line in thread] == ["off_topic"] * 3
    broken = ("The council will publish the final Oakfield plan in", "the spring, after a last round of talks.")
    text = "\n".join([STORY[0], *STORY[1:], *broken]) + "\n"
    assert rule_of(text, broken[1]) is None  # shares no word with the story, but ends the sentence above


@pytest.mark.parametrize("line", ["Estimated jackpot: £25m on Saturday.",
                                  "Errors of fact are noted at the foot of each article online."])
def test_a_verb_of_attribution_with_no_one_doing_it_is_no_guard(line: str) -> None:
    assert rule_of(page(tail=(line,)), line) == "off_topic"


def test_inside_the_story_a_line_that_points_back_goes_on_with_it() -> None:
    line = "It failed the inspection."  # shares no word with the story, but "It" is something the story named
    assert rule_of(story_with(line), line) is None
    assert rule_of(story_with("The lift failed the inspection."), "The lift failed the inspection.") == "off_topic"


def test_a_reported_sentence_in_a_box_of_noise_is_another_story_s_teaser() -> None:
    """A news-like sentence that shares nothing with the story stays on its own ("..., the operator said" is how
    the story's own reports read), but in a box with noise around it, it is another story's summary."""
    teaser = "Hundreds of homes in Brackwater lost power overnight, the network operator said."
    assert rule_of(page(tail=(teaser,)), teaser) is None
    boxed = "\n".join(["More on this story", teaser, "Share this article"])
    assert rule_of(page(tail=(boxed,)), teaser) == "off_topic"


@pytest.mark.parametrize("line", [
    "Drivers on the Fenwick bypass were told to expect long delays after a lorry shed its load.",  # passive
    "A Brackwater man, 26, admitted shoplifting and was given a community order by magistrates.",  # a plea
    "Two brothers from Fenwick have denied arson and will stand trial in July.",
    "Alfie Dacre reported from the public gallery of Brackwater Crown Court.",  # where a reporter was
])
def test_verbs_of_saying_that_name_no_source_do_not_keep_another_story_s_line(line: str) -> None:
    """"were told to", "admitted shoplifting" and "reported from" attribute the line to no one: below the story,
    sharing nothing with it, such a line is another story's news, while "..., police said" keeps its line."""
    assert rule_of(page(tail=(line,)), line) == "off_topic"
    attributed = line.rstrip(".") + ", police said."
    assert rule_of(page(tail=(attributed,)), attributed) is None


def test_a_league_table_set_into_a_story_in_words_goes_though_it_makes_the_page_mostly_rows() -> None:
    """Rows of figures inside a story are kept when the story is told in figures (an earnings report); a league
    table boxed into a story in words outnumbers its lines too, but none of the story's own lines is a row."""
    rows = tuple(f"{k} {club} {18 + k} {12 - k} {k} {6 + k} {37 - k} {24 + k} {36 - 2 * k}" for k, club in enumerate(
        ["Mysuru Town", "Kilkenny Wanderers", "Tralee Harriers", "Nanaimo Albion", "Whitby Rovers", "Carlow Town",
         "Ballarat Athletic", "Peterhead Harriers", "Wanganui Town"], start=1))
    text = story_with("\n".join(rows))
    assert [rule_of(text, row) for row in rows] == ["off_topic"] * len(rows)
    assert clean_article(text).clean_text == "\n\n".join(STORY[1:])


def test_around_the_story_grammar_words_are_no_tie() -> None:
    """Below the story this line shares "would", "also", "after" (Zipf 6 and above: grammar) and "month" with it:
    four words, one of them less than very common, but only one that is not grammar."""
    line = "The gallery would also welcome more volunteers after the summer, starting this month."
    assert rule_of(page(tail=(line,)), line) == "off_topic"
    line = "The gallery would also welcome more volunteers for the housing survey this month."  # + "housing"
    assert rule_of(page(tail=(line,)), line) is None


def test_a_list_of_other_stories_below_the_story_goes_though_its_items_report_speech() -> None:
    items = ("• Hundreds of homes in Brackwater lost power overnight, the network operator said.",
             "• Two men have denied arson at a Fenwick warehouse, a court heard.")
    assert [rule_of(page(tail=items), item) for item in items] == ["off_topic"] * 2
    assert rule_of(story_with(items[0]), items[0]) is None  # inside the story a reported item is the story's
