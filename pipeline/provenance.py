"""What built a release: pipeline version, git commit, lock file checksum, library and model versions."""

from __future__ import annotations

import hashlib
import importlib.metadata
import subprocess
from pathlib import Path

from pipeline import __version__

REPO_ROOT = Path(__file__).resolve().parent.parent
LIBRARIES = ("dagster", "duckdb", "polars", "pyarrow", "spacy", "great-expectations", "trafilatura", "wordfreq")

#: Bumped when the meaning of any output changes; part of every article row and every release manifest.
PIPELINE_VERSION = __version__


def git_sha() -> str | None:
    try:
        out = subprocess.run(
            ["git", "rev-parse", "HEAD"], cwd=REPO_ROOT, capture_output=True, text=True, timeout=10, check=True
        )
        return out.stdout.strip() or None
    except (OSError, subprocess.SubprocessError):
        return None


def lock_sha256() -> str | None:
    lock = REPO_ROOT / "requirements.lock"
    return hashlib.sha256(lock.read_bytes()).hexdigest() if lock.exists() else None


def library_versions() -> dict[str, str]:
    versions = {}
    for name in LIBRARIES:
        try:
            versions[name] = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            versions[name] = "not installed"
    return versions


def spacy_model_version(model_name: str) -> str | None:
    for dist in (model_name, model_name.replace("_", "-")):
        try:
            return importlib.metadata.version(dist)
        except importlib.metadata.PackageNotFoundError:
            continue
    return None
