"""Random fills the blind noise splits share (bench/noise_blind5.py onwards): generic, with no vocabulary of their
own beyond bench/clean_noise.py's month and weekday names, so a split written blind can use them without seeing any
other split's templates."""

from __future__ import annotations

import datetime
import random

from bench.clean_noise import MONTHS, WEEKDAYS


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


def pick(rng: random.Random, frames: list[str], **fills: object) -> str:
    """One of a template's wordings, its slots filled in."""
    return rng.choice(frames).format(**fills)


def digits(rng: random.Random, n: int) -> str:
    """n random digits (reference numbers, phone numbers, codes), leading zeros allowed."""
    return "".join(rng.choice("0123456789") for _ in range(n))


def day_month(rng: random.Random) -> str:
    """A date without a year ("14 March"), days 1-28 so that every month has it."""
    return f"{rng.randint(1, 28)} {rng.choice(MONTHS)}"


def weekday(rng: random.Random) -> str:
    return rng.choice(WEEKDAYS)


def clock(rng: random.Random) -> str:
    """A 24-hour clock time ("07:42")."""
    return f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"


def domain(name: str, tld: str = ".com") -> str:
    """A made-up site's address from a name ("Lowe & Carrack" -> "loweandcarrack.com")."""
    return "".join(ch for ch in name.lower().replace("&", "and") if ch.isalnum()) + tld


def slug(text: str) -> str:
    """Lower-case words joined by hyphens, as URL paths are written."""
    return "-".join("".join(ch if ch.isalnum() else " " for ch in text.lower()).split())


def long_date(d: datetime.date) -> str:
    """A date as British copy writes it ("3 March 2021")."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def pack(sentences: list[str], width: int = 300) -> list[str]:
    """Sentences run together into paragraph lines, a new line whenever one would grow past `width` characters."""
    out: list[str] = []
    for s in sentences:
        if out and len(out[-1]) + 1 + len(s) <= width:
            out[-1] += " " + s
        else:
            out.append(s)
    return out
