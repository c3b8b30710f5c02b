"""Run a list of checks on a Polars frame with Great Expectations 1.x and return plain per-expectation dicts.

Why this module exists: GX is only the evaluation and reporting layer. Every derived fact (offsets reproduce text,
referential integrity, shares) is computed in Polars first; here each check becomes one GX expectation, all of a
table's checks go into one ExpectationSuite and one `validate` call on an in-memory pandas batch of only the columns
the checks read. GX is imported lazily (its import takes seconds and the Dagster code location must load fast), and
one ephemeral context per process is reused.
"""

from __future__ import annotations

import math
import os
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

import polars as pl

SAMPLE_SIZE = 5
MAX_SAMPLE_CHARS = 120

_LOCK = threading.Lock()
_VALIDATE_LOCK = threading.Lock()  # one shared context and batch definition: validate one batch at a time
_STATE: dict[str, Any] = {}


@dataclass(frozen=True)
class Check:
    """One expectation as data: a GX 1.x expectation class name and its keyword arguments.

    `show` names extra columns printed for offending rows; `evidence` is pre-computed evidence for aggregate checks
    (for example the ids that a referential check found missing), used as the sample when GX has no row list.
    """

    expectation: str
    kwargs: Mapping[str, Any]
    show: tuple[str, ...] = ()
    evidence: tuple[Any, ...] = ()

    def columns(self) -> list[str]:
        """Columns of the batch this check reads."""
        cols = [self.kwargs.get(k) for k in ("column", "column_A", "column_B")]
        cols += list(self.kwargs.get("column_list", ()))
        return [c for c in cols if c] + list(self.show)


@dataclass(frozen=True)
class Batch:
    """A frame plus the checks to run on it; `key` columns identify offending rows in samples."""

    frame: pl.DataFrame
    checks: Sequence[Check]
    key: tuple[str, ...] = field(default=())


def _context() -> tuple[Any, Any, Any]:
    """The per-process ephemeral GX context, with progress bars off, and a whole-dataframe batch definition."""
    with _LOCK:
        if not _STATE:
            os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
            import great_expectations as gx
            import great_expectations.expectations as gxe
            from great_expectations.data_context.types.base import ProgressBarsConfig

            context = gx.get_context(mode="ephemeral")
            context.variables.progress_bars = ProgressBarsConfig(globally=False, metric_calculations=False)
            asset = context.data_sources.add_pandas("newsquotes").add_dataframe_asset("frame")
            _STATE.update(gx=gx, gxe=gxe, batch_definition=asset.add_batch_definition_whole_dataframe("whole"))
        return _STATE["gx"], _STATE["gxe"], _STATE["batch_definition"]


def preload() -> threading.Thread:
    """Start importing GX in a background thread and return it.

    Why: importing GX costs ~7-13 s of CPU on our machines (scipy, altair, pandas...), paid once per process. A run
    that calls this at its start overlaps that cost with ingest/NLP instead of adding it to the checks at the end.
    """
    thread = threading.Thread(target=_context, name="gx-preload", daemon=True)
    thread.start()
    return thread


def run_batch(suite_name: str, batch: Batch) -> list[dict]:
    """Validate one batch in a single GX call; one result dict per check, in check order."""
    if not batch.checks:
        return []
    gx, gxe, batch_definition = _context()
    needed = list(dict.fromkeys([*batch.key, *(c for check in batch.checks for c in check.columns())]))
    present = [c for c in needed if c in batch.frame.columns]
    pdf = batch.frame.select(present).to_pandas()
    suite = gx.ExpectationSuite(name=suite_name)
    for i, check in enumerate(batch.checks):
        suite.add_expectation(getattr(gxe, check.expectation)(**dict(check.kwargs), meta={"check": i}))
    with _VALIDATE_LOCK:
        result = batch_definition.get_batch(batch_parameters={"dataframe": pdf}).validate(
            suite, result_format={"result_format": "SUMMARY", "partial_unexpected_count": SAMPLE_SIZE}
        )
    by_index = {int(r.expectation_config.meta["check"]): r for r in result.results}
    return [_result_dict(batch.checks[i], by_index[i], pdf, batch.key) for i in range(len(batch.checks))]


def _result_dict(check: Check, r: Any, pdf: Any, key: Sequence[str]) -> dict:
    res = dict(r.result or {})
    exc = r.exception_info or {}
    message = None
    if isinstance(exc, Mapping) and exc.get("raised_exception"):
        message = exc.get("exception_message")
    elif isinstance(exc, Mapping):  # several metrics failed: {metric_id: {...}}
        message = next((v.get("exception_message") for v in exc.values() if isinstance(v, Mapping)
                        and v.get("raised_exception")), None)
    sample = _sample(check, res, pdf, key)
    return {
        "expectation": r.expectation_config.type,
        "kwargs": jsonable({k: v for k, v in check.kwargs.items()}),
        "success": bool(r.success),
        "unexpected_count": _int_or_none(res.get("unexpected_count")),
        "unexpected_percent": _float_or_none(res.get("unexpected_percent")),
        "observed_value": jsonable(res.get("observed_value")),
        "sample": sample,
        "exception": message,
    }


def _sample(check: Check, res: Mapping[str, Any], pdf: Any, key: Sequence[str]) -> list:
    """Up to SAMPLE_SIZE offending rows (key + checked + shown columns), else the check's own evidence."""
    index = res.get("partial_unexpected_index_list")
    if index:
        cols = list(dict.fromkeys([*key, *check.columns()]))
        cols = [c for c in cols if c in pdf.columns]
        rows = pdf.loc[list(index)[:SAMPLE_SIZE], cols]
        return [jsonable(dict(zip(cols, row))) for row in rows.itertuples(index=False, name=None)]
    if res.get("partial_unexpected_list"):
        return jsonable(list(res["partial_unexpected_list"])[:SAMPLE_SIZE])
    return jsonable(list(check.evidence)[:SAMPLE_SIZE])


def _int_or_none(v: Any) -> int | None:
    return None if v is None else int(v)


def _float_or_none(v: Any) -> float | None:
    if v is None:
        return None
    f = float(v)
    return None if math.isnan(f) else round(f, 4)


def jsonable(value: Any) -> Any:
    """Plain JSON types only: numpy/pandas scalars unwrapped, NaN/NaT -> None, datetimes ISO, long strings cut."""
    if isinstance(value, Mapping):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        items = sorted(value, key=str) if isinstance(value, (set, frozenset)) else value
        return [jsonable(v) for v in items]
    if value is None or isinstance(value, bool):
        return value
    if hasattr(value, "item") and not isinstance(value, (str, bytes)) and getattr(value, "ndim", 0) == 0:
        try:
            value = value.item()
        except (ValueError, AttributeError):
            pass
    if isinstance(value, float):
        return None if math.isnan(value) else value
    if isinstance(value, (int, str)):
        return value if not isinstance(value, str) or len(value) <= MAX_SAMPLE_CHARS else value[:MAX_SAMPLE_CHARS] + "…"
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    try:
        import pandas as pd

        if value is pd.NaT or (not hasattr(value, "__len__") and pd.isna(value)):
            return None
        if isinstance(value, pd.Timestamp):
            return value.isoformat()
    except (ImportError, TypeError, ValueError):
        pass
    if hasattr(value, "tolist"):
        return jsonable(value.tolist())
    return str(value)
