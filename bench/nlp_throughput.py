"""Words/second of parse_texts on N BBC articles, single process vs n_process=2, printed as a ratio.

Why: parsing is the pipeline's slowest stage; this tells whether spaCy multiprocessing pays off on this machine.
Usage: python -m bench.nlp_throughput [N] [batch_size]     (default N=200, batch_size=32; needs ../shared)
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from pipeline.entities import article_mentions
from pipeline.nlp import load_nlp, parse_texts
from pipeline.settings import REPO_ROOT, Settings

BBC = REPO_ROOT.parent / "shared" / "corpus" / "bbc-news-2225"


def bbc_texts(n: int) -> list[str]:
    """First n BBC articles (sorted paths, all topics), headline line dropped."""
    paths = sorted(BBC.glob("*/*.txt"))[:n]
    return [p.read_text(encoding="utf-8", errors="replace").split("\n", 1)[-1].strip() for p in paths]


def words_per_second(texts: list[str], n_process: int, batch_size: int) -> tuple[float, float]:
    nlp = load_nlp(Settings.load().spacy_model)
    words = sum(len(t.split()) for t in texts)
    start = time.perf_counter()
    n_mentions = sum(len(article_mentions(doc)) for doc in parse_texts(nlp, texts, n_process=n_process, batch_size=batch_size))
    elapsed = time.perf_counter() - start
    assert n_mentions > 0
    return words / elapsed, elapsed


def main(argv: list[str]) -> int:
    n = int(argv[0]) if argv else 200
    batch_size = int(argv[1]) if len(argv) > 1 else 32
    if not BBC.exists():
        print(f"needs {BBC}")
        return 1
    texts = bbc_texts(n)
    load_nlp(Settings.load().spacy_model)  # load outside the timing
    words = sum(len(t.split()) for t in texts)
    print(f"{len(texts)} BBC articles, {words} words, batch_size={batch_size}")
    single, t1 = words_per_second(texts, 1, batch_size)
    print(f"n_process=1: {single:,.0f} words/s ({t1:.1f} s)")
    multi, t2 = words_per_second(texts, 2, batch_size)
    print(f"n_process=2: {multi:,.0f} words/s ({t2:.1f} s)")
    print(f"ratio n_process=2 / n_process=1: {multi / single:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
