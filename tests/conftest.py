"""Shared fixtures: the ../shared corpora (skip cleanly without them) and one loaded spaCy pipeline per worker."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")

REPO_ROOT = Path(__file__).resolve().parent.parent
TEST_DATA = Path(__file__).resolve().parent / "data"
SHARED = Path(os.environ.get("NEWSQUOTES_SHARED_DIR", REPO_ROOT.parent / "shared"))
SEED_ARTICLE = SHARED / "samples" / "seed-article.txt"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test when that material is not on this machine."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"needs {path} (../shared is not on this machine)")
    return path


@pytest.fixture(scope="session")
def seed_text() -> str:
    return shared_path("samples", "seed-article.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def nlp():
    """The configured spaCy pipeline, loaded once per test worker."""
    from pipeline.nlp import load_nlp
    from pipeline.settings import Settings

    return load_nlp(Settings.load().spacy_model)
