"""Random fills the blind noise splits share (bench/noise_blind10.py onwards): generic, with no vocabulary of their
own, so a split written blind can use them without seeing any other split's templates."""

from __future__ import annotations

import random


def some(rng: random.Random, items: list[str], lo: int, hi: int) -> list[str]:
    """A random run of `items` kept in their order (widgets lose different parts in different scrapes)."""
    k = rng.randint(lo, min(hi, len(items)))
    return [items[i] for i in sorted(rng.sample(range(len(items)), k))]


def glue(rng: random.Random, lines: list[str], p: float, seps: tuple[str, ...] = (" | ", "  ", " · ")) -> list[str]:
    """With probability p the lines come out glued onto one line, as flattened toolbars do."""
    if len(lines) > 1 and rng.random() < p:
        return [rng.choice(seps).join(lines)]
    return lines


def headline(rng: random.Random, ctx: dict, fallback: list[str]) -> str:
    """Another article's headline from the renderer (ctx["headlines"]), or one of the split's own when it gave none."""
    return rng.choice(ctx.get("headlines") or fallback)


def headlines(rng: random.Random, ctx: dict, fallback: list[str], k: int) -> list[str]:
    """Up to k distinct other headlines, from the renderer's or, when it gave none, the split's own."""
    pool = ctx.get("headlines") or fallback
    return rng.sample(pool, min(k, len(pool)))
