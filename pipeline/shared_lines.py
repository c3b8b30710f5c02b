"""Site boilerplate found across a batch: lines that many *different* articles share.

Why: scraper noise is written by templates, so the same prompt, share bar or footer recurs in article after article
("Share this article", "Sign up for our newsletter", "Photo: 0 of 00"), in wordings no rule list can foresee.
Body text does not: two different stories almost never share a line.  So a line whose shape (lower case, digits as
0) turns up in several articles with different bodies is boilerplate, whatever its language or wording.  This is
the corpus-level signal web-text pipelines use for template removal; the per-line rules in `pipeline/clean.py`
still do the work for a lone file or a one-off line.

"Different bodies" matters: a wire story syndicated by three sites shares all its paragraphs, and those are body.
Articles are therefore counted by a fingerprint of their longest line (the main paragraph); copies of one story
share it and count once.  Errors in that fingerprint (a short article whose longest line is itself noise) only
lower the counts, so they make the rule more cautious, never less.

The result depends on the whole batch (as a reader's judgement of a site's template would); it is a pure function
of the set of texts, so identical inputs still give identical outputs.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable

from pipeline.clean import is_prose, line_shape, normalise_line, split_lines
from pipeline.rules import boilerplate as R


def _candidate(line: str) -> bool:
    """Lines the rule may judge: some letters (number-only lines are table data), not too long to be a template."""
    return any(c.isalpha() for c in line) and len(line.split()) <= R.SHARED_MAX_WORDS


def shared_lines(texts: Iterable[tuple[str, bool]]) -> frozenset[str]:
    """Shapes of the lines that articles with different bodies share often enough to be boilerplate.

    `texts` are (raw text, has_title_line) pairs; a title line is left out (a headline is never boilerplate, and
    a story's copies repeat it).  Sentence-like lines need more articles (SHARED_MIN_ARTICLES_PROSE) than short
    labels (SHARED_MIN_ARTICLES), because a formula such as a contributor's bio may recur in a real body.
    """
    bodies_by_shape: dict[str, set[str]] = defaultdict(set)
    for text, has_title_line in texts:
        lines = [line_shape(normalise_line(line)) for line in split_lines(text)]
        lines = [line for line in lines if line]
        if has_title_line:
            lines = lines[1:]
        if not lines:
            continue
        body = hashlib.blake2b(max(lines, key=len).encode("utf-8"), digest_size=8).hexdigest()
        for line in set(lines):
            if _candidate(line):
                bodies_by_shape[line].add(body)
    return frozenset(
        shape for shape, bodies in bodies_by_shape.items()
        if len(bodies) >= (R.SHARED_MIN_ARTICLES_PROSE if is_prose(shape) else R.SHARED_MIN_ARTICLES)
    )
