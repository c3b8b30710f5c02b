"""HTML main-text and metadata quality of pipeline.html_extract against the shared gold corpora.

Main text: mean over documents of per-document F1 between word-4-gram shingle multisets (pipeline.textmetrics).
Tokens are the lowercased whitespace split (punctuation stays attached, our stricter measure); the upstream
article-extraction-benchmark tokenisation (\\w+ runs) is printed next to it. trafilatura 2.3.1's default
``extract()`` is run in the same process on the same pages as the baseline.

Metadata: title (exact after whitespace normalisation), byline (same set of names after ``normalise_byline`` on both
sides, case-insensitive), published date (same calendar day; our value is UTC, gold is taken as written).

Usage: .venv/bin/python bench/html_f1.py [--only aeb,fundus,readability,wcxb] [--worst N]
Reads ../shared/corpus (NEWSQUOTES_SHARED_DIR overrides); never copies corpus text anywhere.
"""

from __future__ import annotations

import argparse
import glob
import gzip
import json
import os
import re
import sys
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Callable, Iterator

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from pipeline.clean import clean_article  # noqa: E402
from pipeline.html_extract import extract_html, normalise_byline, parse_datetime  # noqa: E402
from pipeline.textmetrics import shingle_prf  # noqa: E402

SHARED = Path(os.environ.get("NEWSQUOTES_SHARED_DIR", REPO_ROOT.parent / "shared"))
CORPUS = SHARED / "corpus"
BAR = 0.96


@dataclass(frozen=True)
class GoldPage:
    key: str
    html: str
    url: str | None
    body: str


def _gunzip(path: Path) -> str:
    return gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace")


def aeb_pages() -> Iterator[GoldPage]:
    root = CORPUS / "scrapinghub-aeb"
    gold = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    for key, item in sorted(gold.items()):
        yield GoldPage(key, _gunzip(root / "html" / f"{key}.html.gz"), item.get("url"), item["articleBody"])


def fundus_pages() -> Iterator[GoldPage]:
    root = CORPUS / "fundus-eval-80" / "dataset"
    gold = json.loads((root / "ground_truth.json").read_text(encoding="utf-8"))
    for key, item in sorted(gold.items()):
        yield GoldPage(key, _gunzip(root / "html" / key), item.get("url"), "\n\n".join(item["body"]))


def trafilatura_default(html: str, url: str | None) -> str:
    import trafilatura

    return trafilatura.extract(html, url=url) or ""


def ours(html: str, url: str | None) -> str:
    return extract_html(html, url).text


def ours_clean_text(html: str, url: str | None) -> str:
    """What lands in articles.clean_text: the extracted body after the plain-text cleaner (page by page here;
    the pipeline also applies what the batch shares, which changes nothing on these 181 pages' score)."""
    page = extract_html(html, url)
    return clean_article(page.text, title=page.title, has_title_line=False).clean_text


def score_text(name: str, pages: list[GoldPage], extractors: dict[str, Callable[[str, str | None], str]], worst: int) -> dict:
    results = {}
    print(f"\n== {name}: {len(pages)} pages")
    for label, extractor in extractors.items():
        started = time.perf_counter()
        rows = []
        for page in pages:
            predicted = extractor(page.html, page.url)
            ws = shingle_prf(predicted, page.body)
            word = shingle_prf(predicted, page.body, tokenizer="word")
            rows.append((page.key, ws, word))
        elapsed = time.perf_counter() - started
        n = len(rows)
        mean = lambda get: sum(get(r) for r in rows) / n  # noqa: E731
        summary = {
            "P": mean(lambda r: r[1].precision),
            "R": mean(lambda r: r[1].recall),
            "F1": mean(lambda r: r[1].f1),
            "F1_word": mean(lambda r: r[2].f1),
        }
        results[label] = summary
        print(
            f"  {label:<22} mean per-doc F1 (whitespace tokens) = {summary['F1']:.4f}  "
            f"[P {summary['P']:.4f} R {summary['R']:.4f}]   (\\w+ tokens: {summary['F1_word']:.4f})   "
            f"{elapsed / n * 1000:.0f} ms/page"
        )
        if worst and label == "ours":
            for key, ws, _ in sorted(rows, key=lambda r: r[1].f1)[:worst]:
                print(f"      worst {key[:40]:<40} P {ws.precision:.2f} R {ws.recall:.2f} F1 {ws.f1:.2f}")
    return results


# ---------------------------------------------------------------------------------------------------------------- meta


@dataclass(frozen=True)
class GoldMeta:
    key: str
    html: str
    url: str | None
    title: str | None
    byline: str | None
    date: str | None


def readability_meta() -> Iterator[GoldMeta]:
    for folder in sorted((CORPUS / "readability-testpages-news" / "pages").iterdir()):
        gold = json.loads((folder / "expected-metadata.json").read_text(encoding="utf-8"))
        html = (folder / "source.html").read_text(encoding="utf-8", errors="replace")
        yield GoldMeta(folder.name, html, None, gold.get("title"), gold.get("byline"), gold.get("publishedTime"))


def wcxb_meta() -> Iterator[GoldMeta]:
    root = CORPUS / "wcxb-articles-meta"
    for path in sorted(glob.glob(str(root / "*" / "ground-truth" / "*.json"))):
        item = json.loads(Path(path).read_text(encoding="utf-8"))
        gold = item["ground_truth"]
        html_path = Path(path).parent.parent / "html" / (Path(path).stem + ".html.gz")
        key = f"{Path(path).parent.parent.name}/{Path(path).stem}"
        yield GoldMeta(key, _gunzip(html_path), item.get("url"), gold.get("title"), gold.get("author"), gold.get("publish_date"))


def _ws(text: str | None) -> str:
    return " ".join((text or "").split())


def _names(byline: str | None) -> frozenset[str]:
    normalised = normalise_byline(byline)
    return frozenset(n.strip().lower() for n in normalised.split(",")) if normalised else frozenset()


def _gold_day(value: str | None) -> str | None:
    if not value:
        return None
    match = re.search(r"\d{4}-\d{2}-\d{2}", value)
    if match and "T" in value and re.search(r"(Z|[+-]\d{2}:?\d{2})$", value.strip()):
        parsed = parse_datetime(value)  # zone given: compare in UTC like our output
        return parsed.date().isoformat() if parsed else match.group(0)
    return match.group(0) if match else None


def _within_a_day(moment: datetime | None, gold_day: str | None) -> bool:
    """Our value is UTC while a date-only gold is the outlet's local day, so a late-evening story can shift a day."""
    if moment is None or gold_day is None:
        return False
    return abs((moment.date() - datetime.fromisoformat(gold_day).date()).days) <= 1


def score_meta(name: str, pages: list[GoldMeta], show: bool) -> dict:
    counts = {"title": [0, 0], "byline": [0, 0], "date": [0, 0], "date±1d": [0, 0]}
    for page in pages:
        article = extract_html(page.html, page.url)
        checks = {
            "title": (page.title, _ws(article.title) == _ws(page.title)),
            "byline": (page.byline, _names(article.byline) == _names(page.byline)),
            "date": (
                _gold_day(page.date),
                article.published_at is not None and article.published_at.date().isoformat() == _gold_day(page.date),
            ),
            "date±1d": (_gold_day(page.date), _within_a_day(article.published_at, _gold_day(page.date))),
        }
        for field, (gold, ok) in checks.items():
            if gold:
                counts[field][0] += ok
                counts[field][1] += 1
                if show and not ok:
                    got = {"title": article.title, "byline": article.byline}.get(field, article.published_at)
                    print(f"      miss {field:<6} {page.key:<24} gold={_ws(str(gold))[:60]!r} got={_ws(str(got))[:60]!r}")
    print(f"\n== {name} metadata ({len(pages)} pages; accuracy over pages whose gold has the field)")
    result = {}
    for field, (ok, total) in counts.items():
        result[field] = ok / total if total else None
        print(f"  {field:<7} {ok:>3}/{total:<3} = {ok / total if total else float('nan'):.3f}")
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", default="aeb,fundus,readability,wcxb")
    parser.add_argument("--worst", type=int, default=0, help="list the N worst pages of our extractor")
    parser.add_argument("--show-misses", action="store_true", help="print metadata mismatches")
    args = parser.parse_args()
    if not CORPUS.exists():
        print(f"needs {CORPUS}")
        return 2
    wanted = set(args.only.split(","))
    extractors = {"ours": ours, "ours, clean_text": ours_clean_text, "trafilatura default": trafilatura_default}
    status = 0
    if "aeb" in wanted:
        res = score_text("scrapinghub-aeb", list(aeb_pages()), extractors, args.worst)
        ratio = res["ours"]["F1"] / res["trafilatura default"]["F1"]
        verdict = "MEETS" if min(res["ours"]["F1"], res["ours, clean_text"]["F1"]) >= BAR else "BELOW"
        print(f"  ours / trafilatura default F1 ratio = {ratio:.3f};  bar {BAR}: {verdict}")
        status = 0 if verdict == "MEETS" else 1
    if "fundus" in wanted:
        res = score_text("fundus-eval-80", list(fundus_pages()), extractors, args.worst)
        print(f"  ours / trafilatura default F1 ratio = {res['ours']['F1'] / res['trafilatura default']['F1']:.3f}")
    if "readability" in wanted:
        score_meta("readability-testpages-news", list(readability_meta()), args.show_misses)
    if "wcxb" in wanted:
        score_meta("wcxb-articles-meta", list(wcxb_meta()), args.show_misses)
    return status


if __name__ == "__main__":
    raise SystemExit(main())
