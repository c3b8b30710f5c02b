"""Fingerprints of the code and rule files a stage depends on, so cached stage results are reused only while that
code is unchanged (a rule edit re-runs the stage even without a version bump)."""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path

from pipeline import provenance

PIPELINE_DIR = Path(__file__).resolve().parent

#: The files each cached stage depends on, as globs under pipeline/.
INGEST_CODE = ("ingest.py", "readers.py", "decode.py", "html_extract.py", "textmetrics.py", "rules/html_*")
CLEAN_CODE = ("articles.py", "clean.py", "clean_*.py", "shared_lines.py", "language.py", "rules/boilerplate*")
NLP_CODE = ("nlp.py", "entities.py", "quote*.py", "annotate.py", "rules/entity_*", "rules/quote_*",
            "rules/speech_verbs*")


@functools.cache
def code_fingerprint(patterns: tuple[str, ...]) -> str:
    h = hashlib.sha256(provenance.PIPELINE_VERSION.encode())
    files = sorted({p for pattern in patterns for p in PIPELINE_DIR.glob(pattern) if p.is_file()})
    for path in files:
        h.update(path.relative_to(PIPELINE_DIR).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()[:16]
