"""The ingest stage's memory between runs: what each file's bytes read as, so re-runs read only new files.

Stored as JSON lines under DATA_DIR/stages/, headed by the fingerprint of the reading code; a different fingerprint
(new version, edited rules) discards the whole cache.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict
from pathlib import Path

from pipeline.ingest import FileResult, RawRecord, cache_key
from pipeline.storage import atomic_write_bytes


def load_cache(path: Path, fingerprint: str) -> dict[str, FileResult]:
    if not path.exists():
        return {}
    lines = path.read_text(encoding="utf-8").splitlines()
    if not lines or json.loads(lines[0]).get("fingerprint") != fingerprint:
        return {}
    cache = {}
    for line in lines[1:]:
        entry = json.loads(line)
        records = [RawRecord(**{**r, "published_at": _datetime(r["published_at"])}) for r in entry["records"]]
        cache[entry["key"]] = FileResult(entry["source_file"], records, entry["quarantine"])
    return cache


def save_cache(path: Path, fingerprint: str, cache: dict[str, FileResult], source_files: list[dict]) -> int:
    """Keep the entries of files present in this run only; returns how many."""
    live = {cache_key(row["sha256"], row["source_path"]) for row in source_files if row.get("sha256")}
    lines = [json.dumps({"fingerprint": fingerprint})]
    for key in sorted(live & cache.keys()):
        result = cache[key]
        lines.append(json.dumps({
            "key": key,
            "source_file": result.source_file,
            "records": [{**asdict(r), "published_at": r.published_at and r.published_at.isoformat()}
                        for r in result.records],
            "quarantine": result.quarantine,
        }, ensure_ascii=False, sort_keys=True))
    atomic_write_bytes(path, ("\n".join(lines) + "\n").encode("utf-8"))
    return len(lines) - 1


def _datetime(value: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value) if value else None
