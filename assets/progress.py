"""Progress on long stages, logged to the run (and so to the terminal of `newsquotes run`)."""


import time
from collections.abc import Callable

import dagster as dg


def progress_logger(context: dg.AssetExecutionContext, stage: str,
                    every_s: float = 5.0) -> Callable[[int, int], None]:
    """A callback taking (items done, total); logs at most every `every_s` seconds, and at the end."""
    start = time.monotonic()
    last = [start]

    def report(done: int, total: int) -> None:
        now = time.monotonic()
        if done < total and now - last[0] < every_s:
            return
        last[0] = now
        rate = done / max(now - start, 1e-9)
        eta = (total - done) / rate if rate > 0 else float("inf")
        context.log.info(f"{stage}: {done:,}/{total:,} ({done / max(total, 1):.0%}), {rate:,.1f}/s, eta {eta:,.0f}s")

    return report
