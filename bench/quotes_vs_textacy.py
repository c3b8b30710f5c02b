"""Our quote extractor vs textacy's extract.triples.direct_quotations on the same dev gold, same parsed Docs.

Run: .venv/bin/python bench/quotes_vs_textacy.py [--gold tests/data/quotes_gold.jsonl]

textacy only extracts direct quotes, so both systems are also scored on the direct-only part of the gold.
textacy raises ValueError on an odd number of quotation marks; such articles count as no output (its real behaviour).
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from textacy import extract  # noqa: E402

from pipeline.entities import article_mentions  # noqa: E402
from pipeline.nlp import load_nlp  # noqa: E402
from pipeline.quote_eval import article_texts, load_gold, resolve_gold_path, score  # noqa: E402
from pipeline.quotes import extract_quotes  # noqa: E402
from pipeline.settings import Settings  # noqa: E402

REPO = Path(__file__).resolve().parent.parent


def textacy_rows(doc) -> tuple[list[dict], bool]:
    """textacy's triples as prediction rows; (rows, gave_up)."""
    try:
        triples = list(extract.triples.direct_quotations(doc))
    except ValueError:
        return [], True
    rows = []
    for t in triples:
        content = t.content.text.strip("\"'\u201c\u201d\u2018\u2019 ")
        rows.append({"quote_text": content, "quote_type": "direct",
                     "speaker_name": " ".join(tok.text for tok in t.speaker) or None})
    return rows, False


def line(name: str, r: dict) -> str:
    o = r["overall"]
    return (f"{name:<10} P {o['precision']:.3f}  R {o['recall']:.3f}  F1 {o['f1']:.3f}  "
            f"speaker acc {r['speaker_accuracy']:.3f} ({r['speaker_pairs']} pairs)  end-to-end {r['end_to_end_accuracy']:.3f}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", type=Path, default=REPO / "tests" / "data" / "quotes_gold.jsonl")
    args = ap.parse_args()
    gold = load_gold(args.gold)
    nlp = load_nlp(Settings.load().spacy_model)
    ours: dict[str, list[dict]] = {}
    theirs: dict[str, list[dict]] = {}
    gave_up = 0
    files = sorted({g["file"] for g in gold})
    for f in files:
        ours[f], theirs[f] = [], []
        for text in article_texts(resolve_gold_path(f)):
            doc = nlp(text)  # parsed once, used by both
            ours[f] += [asdict(q) for q in extract_quotes(doc, article_mentions(doc))]
            rows, failed = textacy_rows(doc)
            theirs[f] += rows
            gave_up += failed
    direct_gold = [g for g in gold if g.get("quote") is None or g.get("type") == "direct"]
    ours_direct = {k: [r for r in v if r["quote_type"] == "direct"] for k, v in ours.items()}
    print(f"dev gold: {args.gold} ({len(files)} files); textacy gave up on {gave_up} article(s) (odd quote marks)")
    print("-- all gold quotes (direct + mixed + indirect)")
    print(line("ours", score(gold, ours)))
    print(line("textacy", score(gold, theirs)))
    print("-- direct quotes only (textacy's scope; our direct rows only)")
    print(line("ours", score(direct_gold, ours_direct)))
    print(line("textacy", score(direct_gold, theirs)))


if __name__ == "__main__":
    main()
