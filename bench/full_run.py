"""Time a whole `newsquotes run` on a corpus and report each step's share of the run.

    .venv/bin/python -m bench.full_run ../shared/corpus/bbc-news-2225 [--n-process 1]

Reports, from the Dagster instance's own step statistics: seconds per step, the validation checks' share of the
run (target ≤ 5%), and a second, unchanged run's time as a ratio of the first (re-runs do only new work).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def run(raw: Path, data: Path, n_process: int) -> tuple[float, str]:
    env = {**os.environ, "NEWSQUOTES_N_PROCESS": str(n_process), "GX_ANALYTICS_ENABLED": "false",
           "DAGSTER_HOME": str(data / "dagster_home")}
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-m", "pipeline.cli", "run", "--raw-dir", str(raw), "--data-dir", str(data)],
                         capture_output=True, text=True, env=env)
    elapsed = time.perf_counter() - start
    if out.returncode != 0:
        sys.exit(f"run failed:\n{out.stdout[-3000:]}\n{out.stderr[-3000:]}")
    return elapsed, out.stdout


def step_seconds(data: Path) -> dict[str, float]:
    os.environ["DAGSTER_HOME"] = str(data / "dagster_home")
    import dagster as dg

    with dg.DagsterInstance.get() as instance:
        record = instance.get_run_records(limit=1, ascending=True)[0]
        stats = instance.get_run_step_stats(record.dagster_run.run_id)
        return {s.step_key: (s.end_time or 0) - (s.start_time or 0) for s in stats}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("raw_dir", type=Path)
    parser.add_argument("--n-process", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        first, stdout = run(args.raw_dir.resolve(), data, args.n_process)
        steps = step_seconds(data)
        second, _ = run(args.raw_dir.resolve(), data, args.n_process)
    total_steps = sum(steps.values())
    checks = sum(v for k, v in steps.items() if k.endswith("_expectations"))
    print(stdout.strip().splitlines()[-5])
    print(f"first run {first:.1f} s wall (steps {total_steps:.1f} s); second, unchanged run {second:.1f} s "
          f"= {second / first:.2f} of the first")
    for key, secs in sorted(steps.items(), key=lambda kv: -kv[1]):
        print(f"  {key:<32} {secs:8.1f} s  {secs / total_steps:6.1%}")
    print(f"validation checks: {checks:.1f} s = {checks / first:.1%} of the run (target ≤ 5%)")


if __name__ == "__main__":
    main()
