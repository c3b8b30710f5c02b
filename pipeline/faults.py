"""Named fault points for the fault-injection tests.

`NEWSQUOTES_FAULT_AT=<point>` makes the process SIGKILL itself when it reaches that point, and `<point>:raise` makes
it raise instead, so tests can prove that a kill or a failure at each step leaves nothing corrupt. Unset (always, in
normal use), it does nothing.
"""

from __future__ import annotations

import os
import signal

ENV = "NEWSQUOTES_FAULT_AT"


def fault_point(name: str) -> None:
    target = os.environ.get(ENV)
    if target == f"{name}:raise":
        raise RuntimeError(f"injected failure at {name}")
    if target == name:
        os.kill(os.getpid(), signal.SIGKILL)
