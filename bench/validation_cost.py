"""What validation adds to a full BBC-corpus run: all suites on synthetic tables of that size.

Why: validation must stay cheap (target: <= 5% of a full run), so this times every suite on generated tables the
size of a BBC run (~2,200 articles, ~60k mentions, ~15k quotes) and prints the ratio to a full-run time you state.
GX's one-off import is timed separately: it is paid once per process that runs checks.

    .venv/bin/python -m bench.validation_cost --full-run-seconds 240
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import time
from datetime import datetime

import polars as pl

os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")

from pipeline import validation as v  # noqa: E402
from pipeline.validation_schema import load_schema  # noqa: E402

WORDS = ("the minister said on monday that prices would rise again after talks in café zürich with "
         "officials from the union who rejected plans for new taxes and more spending on schools").split()
LABELS = ("PERSON", "ORG", "GPE", "DATE", "CARDINAL", "NORP")


def synthetic_tables(articles: int, mentions: int, quotes: int, seed: int = 7) -> dict[str, pl.DataFrame]:
    """Deterministic tables with valid offsets, sized like a real run (mentions/quotes spread over articles)."""
    rng = random.Random(seed)
    per_mention, per_quote = mentions // articles, quotes // articles
    art_rows, src_rows, men_rows, quo_rows = [], [], [], []
    for a in range(articles):
        words = [rng.choice(WORDS) for _ in range(420)] + [f"w{a}"]
        paragraphs = [" ".join(words[i:i + 60]) + "." for i in range(0, len(words), 60)]
        text = "\n\n".join(paragraphs)
        aid = "a" + hashlib.sha256(text.encode()).hexdigest()[:16]
        path = f"bbc/{a:04d}.txt"
        art_rows.append({
            "article_id": aid, "source_path": path, "source_record": None, "format": "txt", "url": None,
            "title": f"Title {a}", "byline": None, "published_at": datetime(2005, 1, 1), "dateline": None,
            "outlet": "BBC", "language": "en", "clean_text": text, "paragraph_count": len(paragraphs),
            "word_count": len(text.split()), "content_sha256": hashlib.sha256(text.encode()).hexdigest(),
            "pipeline_version": "0.1.0"})
        src_rows.append({
            "source_path": path, "sha256": hashlib.sha256(path.encode()).hexdigest(), "bytes": len(text.encode()),
            "format": "txt", "compression": None, "encoding": "utf-8", "status": "ok", "reason": None,
            "detail": None, "duplicate_of": None, "records_total": 1, "records_ok": 1, "article_ids": [aid]})
        starts = [i for i, ch in enumerate(text) if ch != " " and (i == 0 or text[i - 1] == " ")]
        for m, s in enumerate(sorted(rng.sample(starts, per_mention))):
            e = text.find(" ", s)
            e = len(text) if e < 0 else e
            men_rows.append({
                "mention_id": f"m{a}_{m}", "article_id": aid, "start_char": s, "end_char": e, "text": text[s:e],
                "label": rng.choice(LABELS), "sentence_index": 0, "canonical_name": text[s:e], "role": None,
                "entity_id": f"e_{text[s:e]}"})
        for q in range(per_quote):
            s = rng.choice(starts[:-20])
            e = s + 80
            named = q % 3 == 0
            ss = rng.choice(starts[-20:]) if named else None
            se = (text.find(" ", ss) % (len(text) + 1)) if named else None
            quo_rows.append({
                "quote_id": f"q{a}_{q}", "article_id": aid, "quote_text": text[s:e], "quote_type": "direct",
                "start_char": s, "end_char": e, "speaker_text": text[ss:se] if named else None,
                "speaker_start_char": ss, "speaker_end_char": se, "speaker_name": "Jane Doe" if named else None, "speaker_entity_id": None,
                "speaker_label": None, "cue": "say", "attribution": "adjacent_cue", "paragraph_index": 0,
                "sentence_index": 0})
    schema = load_schema()
    men = pl.DataFrame(men_rows, schema=schema["entity_mentions"].polars_schema())
    ent = (men.group_by("entity_id", maintain_order=True)
           .agg(pl.col("canonical_name").first(), pl.col("label").first(), pl.len().alias("mention_count"),
                pl.col("article_id").n_unique().alias("article_count"), pl.col("text").unique().alias("aliases"))
           .cast(schema["entities"].polars_schema()))
    art = pl.DataFrame(art_rows, schema=schema["articles"].polars_schema())
    removals = art.select("article_id").with_columns(pl.lit(0).alias("line_index"), pl.lit("share_links")
                                                      .alias("rule"), pl.lit("Share this").alias("text"))
    return {
        "source_files": pl.DataFrame(src_rows, schema=schema["source_files"].polars_schema()),
        "articles": art, "entity_mentions": men, "entities": ent,
        "quotes": pl.DataFrame(quo_rows, schema=schema["quotes"].polars_schema()),
        "cleaning_removals": removals.cast(schema["cleaning_removals"].polars_schema()),
    }


def run_all(t: dict[str, pl.DataFrame]) -> list[tuple[str, float, list[v.SuiteResult]]]:
    """Each table's suites with wall time, in the order the pipeline produces the tables."""
    calls = [
        ("source_files", lambda: v.validate_source_files(t["source_files"], discovered=t["source_files"].height)),
        ("articles", lambda: v.validate_articles(t["articles"], t["source_files"], languages=("en",))),
        ("cleaning_removals", lambda: v.validate_cleaning_removals(t["cleaning_removals"], t["articles"])),
        ("entity_mentions", lambda: v.validate_entity_mentions(t["entity_mentions"], t["articles"])),
        ("entities", lambda: v.validate_entities(t["entities"], t["entity_mentions"])),
        ("quotes", lambda: v.validate_quotes(t["quotes"], t["articles"], named_speaker_floor=0.3)),
    ]
    out = []
    for name, call in calls:
        start = time.perf_counter()
        results = call()
        out.append((name, time.perf_counter() - start, results))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--full-run-seconds", type=float, required=True,
                        help="wall time of a full BBC-corpus pipeline run to compare against")
    parser.add_argument("--articles", type=int, default=2200)
    parser.add_argument("--mentions", type=int, default=60_000)
    parser.add_argument("--quotes", type=int, default=15_000)
    args = parser.parse_args()

    start = time.perf_counter()
    tables = synthetic_tables(args.articles, args.mentions, args.quotes)
    print(f"generated tables in {time.perf_counter() - start:.1f}s: "
          + ", ".join(f"{k}={df.height}" for k, df in tables.items()))

    start = time.perf_counter()
    from pipeline.validation_gx import _context

    _context()
    import_s = time.perf_counter() - start
    timings = run_all(tables)
    suites_s = sum(s for _, s, _ in timings)
    for name, seconds, results in timings:
        status = ", ".join(f"{r.name}={'PASS' if r.success else 'FAIL'}({r.rows_evaluated} rows"
                           f"{', sampled' if r.sampled else ''})" for r in results)
        print(f"  {name:18s} {seconds:6.2f}s  {status}")
    print(f"GX import + context (once per process): {import_s:.2f}s")
    print(f"all suites: {suites_s:.2f}s")
    print(f"ratio suites / full run      = {suites_s / args.full_run_seconds:.3%}")
    print(f"ratio (suites + import) / run = {(suites_s + import_s) / args.full_run_seconds:.3%}  (target <= 5%)")


if __name__ == "__main__":
    main()
