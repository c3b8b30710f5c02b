"""Text-overlap metrics shared by the HTML-extraction tests and bench scripts.

The measure mirrors the one used by the Zyte article-extraction-benchmark: documents are compared as multisets of
word 4-gram shingles, so both missing paragraphs (recall) and extra boilerplate (precision) cost points, while
differences in whitespace and line breaking do not.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Literal

SHINGLE_SIZE = 4
_WORD = re.compile(r"\w+")

Tokenizer = Literal["whitespace", "word"]


def tokenize(text: str, tokenizer: Tokenizer = "whitespace") -> list[str]:
    """Lowercased tokens. "whitespace": split on whitespace, punctuation stays attached (our stricter default).
    "word": runs of \\w characters, as the upstream article-extraction-benchmark evaluate.py does."""
    lowered = text.lower()
    return lowered.split() if tokenizer == "whitespace" else _WORD.findall(lowered)


def shingles(text: str, n: int = SHINGLE_SIZE, tokenizer: Tokenizer = "whitespace") -> Counter[tuple[str, ...]]:
    """Multiset of word n-grams over ``tokenize(text, tokenizer)``.

    A text shorter than ``n`` tokens yields one shingle holding all its tokens, so short texts still compare.
    """
    tokens = tokenize(text, tokenizer)
    if not tokens:
        return Counter()
    if len(tokens) < n:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


@dataclass(frozen=True)
class OverlapScore:
    precision: float
    recall: float
    f1: float


def counts_prf(matched: int, n_predicted: int, n_gold: int) -> OverlapScore:
    """Precision, recall and F1 from counts (0 where a side is empty): the one formula every evaluation uses."""
    precision = matched / n_predicted if n_predicted else 0.0
    recall = matched / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return OverlapScore(precision, recall, f1)


def shingle_prf(predicted: str, gold: str, n: int = SHINGLE_SIZE, tokenizer: Tokenizer = "whitespace") -> OverlapScore:
    """Precision, recall and F1 of predicted vs gold shingle multisets (multiset intersection).

    Conventions for empty sides: both empty is a perfect match; exactly one empty scores 0.
    """
    pred, ref = shingles(predicted, n, tokenizer), shingles(gold, n, tokenizer)
    if not pred and not ref:
        return OverlapScore(1.0, 1.0, 1.0)
    if not pred or not ref:
        return OverlapScore(0.0, 0.0, 0.0)
    common = sum((pred & ref).values())
    precision = common / sum(pred.values())
    recall = common / sum(ref.values())
    f1 = 0.0 if common == 0 else 2 * precision * recall / (precision + recall)
    return OverlapScore(precision, recall, f1)


def shingle_f1(predicted: str, gold: str, n: int = SHINGLE_SIZE, tokenizer: Tokenizer = "whitespace") -> float:
    """Per-document F1 of word-4-gram shingle multisets (see ``shingle_prf``)."""
    return shingle_prf(predicted, gold, n, tokenizer).f1
