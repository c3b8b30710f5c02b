"""Language of an article's clean text, as an ISO 639-1 code, offline and deterministic.

Why py3langid: it ships its model inside the package (nothing is downloaded at run time), covers 97 languages with
ISO 639-1 codes, and gives the same answer for the same text every time.  Short texts and texts where the model is
unsure get None rather than a guess, so the caller can quarantine them instead of mislabelling them.
"""

from __future__ import annotations

import re
from functools import lru_cache

#: Fewer letters than this and language identification is a coin toss: answer None.
MIN_LETTERS = 20
#: Normalised probability the best language must reach; below it the text is mixed or unclear: answer None.
MIN_PROBABILITY = 0.5
#: Only this many characters are looked at: the head of an article is as telling as the whole, and faster.
MAX_CHARS = 5000

_URL = re.compile(r"https?://\S+|www\.\S+|\S+@\S+\.\w+")
_ISO_639_1 = re.compile(r"^[a-z]{2}$")


@lru_cache(maxsize=1)
def _identifier():
    """The py3langid model with probabilities normalised to 0..1, loaded once per process."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier  # py3langid 0.4 API (from_pickled_model is gone)

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of `text` ("en", "de", ...), or None when the text is too short or the model is unsure."""
    sample = _URL.sub(" ", (text or "")[:MAX_CHARS])
    if sum(ch.isalpha() for ch in sample) < MIN_LETTERS:
        return None
    code, probability = _identifier().classify(sample)
    if probability < MIN_PROBABILITY or not _ISO_639_1.match(code):
        return None
    return code


def line_language(line: str) -> tuple[str, float]:
    """The most likely language of one line and its probability, with no floor: the caller sets its own bar."""
    code, probability = _identifier().classify(_URL.sub(" ", line))
    return code, float(probability)
