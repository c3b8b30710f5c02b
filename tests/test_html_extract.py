"""Behaviour of pipeline.html_extract on small hand-written pages, plus the main-text bar on scrapinghub-aeb."""

from __future__ import annotations

import gzip
import json
from datetime import datetime

import pytest

from pipeline.html_extract import HtmlArticle, extract_html, normalise_byline, strip_site_suffix
from pipeline.textmetrics import shingle_f1, shingle_prf
from tests.conftest import shared_path

BODY_PARAGRAPHS = [
    "The city council voted on Tuesday to expand the bus network into three new districts, a plan that has been "
    "debated for almost two years and will cost an estimated 40 million dollars over the next decade.",
    "Supporters said the expansion would cut commuting times for thousands of residents who currently rely on cars, "
    "while opponents warned that the budget did not account for rising fuel and maintenance costs.",
    "\u201cThis is the most important transport decision we have made in a generation,\u201d said council member "
    "Maria Lopez, who chaired the committee that drafted the proposal and negotiated with the unions.",
    "The first new routes are expected to open next spring, with the remaining lines following in stages through the "
    "end of the following year, according to the transport department's published timetable.",
]


def _page(head: str = "", body_extra: str = "", lang: str = "en") -> str:
    paragraphs = "\n".join(f"<p>{p}</p>" for p in BODY_PARAGRAPHS)
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><title>Council expands bus network | Springfield Gazette</title>{head}</head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/politics">Politics</a></li><li><a href="/sport">Sport</a></li>
<li><a href="/weather">Weather</a></li></ul></nav>
<header><div class="site-title">Springfield Gazette</div></header>
<main><article>
<h1>Council expands bus network</h1>
{paragraphs}
<h2>What happens next</h2>
<p>Residents can comment on the proposed routes at a series of public meetings that will be held in each district
during the coming months, the department said in a statement on its website.</p>
{body_extra}
</article></main>
<footer><p>Copyright 2024 Springfield Gazette. All rights reserved.</p>
<ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li><li><a href="/privacy">Privacy policy</a></li></ul>
</footer>
</body></html>"""


def test_paragraphs_kept_in_order_and_separated_by_blank_line():
    article = extract_html(_page())
    paragraphs = article.text.split("\n\n")
    for expected in BODY_PARAGRAPHS:
        assert expected in paragraphs
    positions = [article.text.index(p) for p in BODY_PARAGRAPHS]
    assert positions == sorted(positions)
    assert "<" not in article.text and ">" not in article.text


def test_heading_inside_article_kept_but_headline_not_repeated_in_text():
    article = extract_html(_page())
    assert "What happens next" in article.text.split("\n\n")
    assert not article.text.startswith("Council expands bus network")


def test_navigation_and_footer_dropped():
    text = extract_html(_page()).text
    for furniture in ("Home", "Politics", "Weather", "Privacy policy", "All rights reserved", "About us"):
        assert furniture not in text


def test_trailing_related_and_share_blocks_dropped():
    extra = """
<p>Like this story? Share it with a friend!</p>
<p>Read more: <a href="/a">Mayor announces new cycling lanes</a></p>
<p><a href="/b">Ten things to know about the new budget</a></p>
<p>Sign up to our newsletter for the latest news</p>
<figure><img src="x.jpg"><figcaption>A bus at the depot. Photo: Getty Images</figcaption></figure>
"""
    text = extract_html(_page(body_extra=extra)).text
    assert BODY_PARAGRAPHS[-1] in text
    for junk in ("Share it with a friend", "Read more", "Ten things to know", "newsletter", "Getty Images"):
        assert junk not in text


def test_table_rows_and_list_items_become_plain_lines():
    extra = """
<ul><li>Route 12 to the airport</li><li>Route 14 to the university campus</li></ul>
<table><thead><tr><th>Route</th><th>Stops</th></tr></thead>
<tbody><tr><td>Route 12</td><td>18</td></tr><tr><td>Route 14</td><td>22</td></tr></tbody></table>
"""
    text = extract_html(_page(body_extra=extra)).text
    lines = text.split("\n\n")
    assert "Route 12 to the airport" in lines
    assert "Route 14 22" in lines
    assert "|" not in text and "- Route" not in text


def test_metadata_from_meta_tags():
    head = """
<meta property="og:site_name" content="Springfield Gazette">
<meta name="author" content="By Jane Smith and John Doe">
<meta property="article:published_time" content="2024-03-05T18:30:00-05:00">
"""
    article = extract_html(_page(head=head), url="https://gazette.example/buses")
    assert article.title == "Council expands bus network"
    assert article.byline == "Jane Smith, John Doe"
    assert article.published_at == datetime(2024, 3, 5, 23, 30)  # -05:00 converted to naive UTC
    assert article.published_at.tzinfo is None
    assert article.outlet == "Springfield Gazette"
    assert article.url == "https://gazette.example/buses"
    assert article.language == "en"


def test_metadata_from_json_ld():
    ld = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebSite", "name": "Springfield Gazette"},
            {
                "@type": "NewsArticle",
                "headline": "Council expands bus network into three districts",
                "datePublished": "2024-03-06T08:15:00Z",
                "author": [{"@type": "Person", "name": "Jane Smith"}, {"@type": "Person", "name": "Ahmed Khan"}],
            },
        ],
    }
    head = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    article = extract_html(_page(head=head))
    assert article.title == "Council expands bus network into three districts"
    assert article.byline == "Jane Smith, Ahmed Khan"
    assert article.published_at == datetime(2024, 3, 6, 8, 15)


def test_language_from_html_lang_attribute():
    assert extract_html(_page(lang="en-GB")).language == "en"


@pytest.mark.parametrize("bad", ["", "   ", "<html><body></body></html>", "<<<>>>&&&", "\x00\x01garbage", "<p>Hi"])
def test_malformed_or_empty_input_returns_empty_text_without_raising(bad):
    article = extract_html(bad)
    assert isinstance(article, HtmlArticle)
    assert article.text == ""


def test_non_string_input_does_not_raise():
    assert extract_html(None).text == ""  # type: ignore[arg-type]
    assert extract_html(b"<p>bytes</p>").text == ""  # type: ignore[arg-type]


def test_xml_declaration_and_non_ascii_text_survive():
    paragraph = (
        "Der Bürgermeister von Köln sagte am Dienstag, die Straßenbahn werde künftig häufiger fahren, und "
        "die Stadt werde dafür in den nächsten fünf Jahren zusätzliche Fahrer einstellen — « très bien », "
        "kommentierte ein Besucher aus Orléans, während ein anderer „endlich“ rief."
    )
    html = f"""<?xml version="1.0" encoding="iso-8859-1"?>
<html><head><title>Straßenbahn</title></head><body><article>
<p>{paragraph}</p><p>{paragraph.replace("Dienstag", "Mittwoch")}</p><p>{paragraph.replace("Köln", "Bonn")}</p>
</article></body></html>"""
    text = extract_html(html).text
    assert paragraph in text
    assert "Straßenbahn werde künftig" in text and "« très bien »" in text and "„endlich“" in text


def test_url_is_only_a_hint():
    article = extract_html(_page(), url="https://nowhere.invalid/x")
    assert article.url == "https://nowhere.invalid/x"
    assert BODY_PARAGRAPHS[0] in article.text


def test_extraction_is_deterministic():
    html = _page(body_extra="<p>Read more: <a href='/x'>Other story</a></p>")
    assert extract_html(html) == extract_html(html)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("By Jane Smith", "Jane Smith"),
        ("by Jane Smith and John Doe", "Jane Smith, John Doe"),
        ("Jane Smith; Guardian staff reporter", "Jane Smith"),
        ("By GILLIAN MOHNEY March 11, 2015 3:46 PM", "GILLIAN MOHNEY"),
        ("By Brenda  Goodman, MA\n   WebMD Health News", "Brenda Goodman"),
        ("Associated Press", "Associated Press"),
        ("Username", None),
        ("", None),
        (None, None),
    ],
)
def test_normalise_byline(raw, expected):
    assert normalise_byline(raw) == expected


def test_strip_site_suffix_only_removes_site_segments():
    assert strip_site_suffix("Budget passes | Springfield Gazette", "Springfield Gazette", None) == "Budget passes"
    assert strip_site_suffix("Budget passes - Gazette", None, "www.gazette.com") == "Budget passes"
    assert strip_site_suffix("Brexit - what happens next", "BBC News", "bbc.co.uk") == "Brexit - what happens next"


def test_shingle_f1_properties():
    text = "one two three four five six seven"
    assert shingle_f1(text, text) == 1.0
    assert shingle_f1("", "") == 1.0
    assert shingle_f1(text, "") == 0.0
    partial = shingle_prf("one two three four", text)
    assert partial.precision == 1.0 and 0 < partial.recall < 1
    assert shingle_f1("One, two three four", "one two three four", tokenizer="word") == 1.0
    assert shingle_f1("One, two three four", "one two three four") < 1.0


@pytest.mark.corpus
@pytest.mark.slow
def test_main_text_bar_on_scrapinghub_aeb():
    """Mean per-document shingle F1 (whitespace tokens, lowercased) >= 0.96 over all 181 pages, for the extracted
    text and for clean_text (extracted, then cleaned as one batch, as the pipeline does)."""
    from pipeline.clean import clean_article
    from pipeline.shared_lines import shared_text

    root = shared_path("corpus", "scrapinghub-aeb")
    gold = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for key, item in gold.items():
        html = gzip.decompress((root / "html" / f"{key}.html.gz").read_bytes()).decode("utf-8", errors="replace")
        pages.append((extract_html(html, item.get("url")), item["articleBody"]))
    shared = shared_text((page.text, False) for page, _ in pages)
    extracted = [shingle_f1(page.text, body) for page, body in pages]
    cleaned = [shingle_f1(clean_article(page.text, title=page.title, has_title_line=False, shared=shared).clean_text,
                          body) for page, body in pages]
    assert len(pages) == 181
    assert sum(extracted) / len(extracted) >= 0.96
    assert sum(cleaned) / len(cleaned) >= 0.96


def test_character_references_in_metadata_are_resolved() -> None:
    """Publishers escape twice: a JSON-LD headline holding "&#x27;" must come out as an apostrophe."""
    page = (
        "<html><head><title>x</title>"
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"headline": "Agency&#x27;s HQ is &#x27;empty&#x27;, says whistleblower"}</script></head>'
        "<body><article><h1>Agency's HQ is 'empty', says whistleblower</h1>"
        + "".join(f"<p>Paragraph {i} of the story says the building stood empty for most of the year.</p>"
                  for i in range(6))
        + "</article></body></html>"
    )
    assert extract_html(page).title == "Agency's HQ is 'empty', says whistleblower"
