"""`make bench`: every benchmark in one go, each printing its own ratios."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
BENCHES = [
    ["bench/html_f1.py"],
    ["-m", "bench.clean_noise"],
    ["-m", "bench.quotes_vs_textacy"],
    ["-m", "bench.quote_cost", "--n", "300"],
    ["-m", "bench.nlp_throughput", "200", "32"],
    ["-m", "bench.full_run", str(SHARED / "bbc-news-2225")],
]


def main() -> int:
    if not SHARED.exists():
        print(f"benchmarks need {SHARED}", file=sys.stderr)
        return 1
    failed = 0
    for args in BENCHES:
        print(f"\n=== {' '.join(args)}", flush=True)
        failed += subprocess.run([sys.executable, *args]).returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
