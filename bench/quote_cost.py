"""Cost of quote extraction relative to the NLP parse, on a deterministic sample of BBC articles.

Run: .venv/bin/python bench/quote_cost.py [--n 300] [--corpus ../shared/corpus/bbc-news-2225]

Prints parse seconds, extract_quotes seconds and their ratio (goal: extraction <= 10% of the parse). Mentions are
computed outside both timings (they belong to the entity step). Single process, so the two timings are comparable.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline.entities import article_mentions  # noqa: E402
from pipeline.nlp import load_nlp  # noqa: E402
from pipeline.quote_eval import SHARED_DIR, article_texts  # noqa: E402
from pipeline.quotes import extract_quotes  # noqa: E402
from pipeline.settings import Settings  # noqa: E402


def sample(corpus: Path, n: int) -> list[Path]:
    """Every k-th file of the sorted corpus, so all topics are represented and the sample is stable."""
    files = sorted(corpus.glob("*/*.txt"))
    step = max(1, len(files) // n)
    return files[::step][:n]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--corpus", type=Path, default=SHARED_DIR / "corpus" / "bbc-news-2225")
    args = ap.parse_args()
    nlp = load_nlp(Settings.load().spacy_model)
    texts = [t for p in sample(args.corpus, args.n) for t in article_texts(p)]
    nlp("warm up")
    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=32))
    parse_s = time.perf_counter() - t0
    mentions = [article_mentions(d) for d in docs]
    t0 = time.perf_counter()
    n_quotes = sum(len(extract_quotes(d, m)) for d, m in zip(docs, mentions))
    quote_s = time.perf_counter() - t0
    words = sum(len(t.split()) for t in texts)
    print(f"articles {len(texts)}  words {words}  quotes {n_quotes}")
    print(f"parse {parse_s:.2f} s   extract_quotes {quote_s:.2f} s   ratio {quote_s / parse_s:.3f} (goal <= 0.10)")


if __name__ == "__main__":
    main()
