"""The GX suites pass clean tables and fail the right expectation, with the right count, on each corruption.

Frames are built by hand with the columns of sql/schema.sql; span offsets come from Python `str.find`, so they are
code-point offsets over text with accents, combining marks and emoji.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime

import polars as pl
import pytest

from pipeline import validation as v
from pipeline.validation_schema import load_schema

NOW = datetime(2026, 1, 1, 12, 0, 0)
BODIES = [
    "Ce\u0301line Dion sang in Zürich on Monday. 😀 Fans cheered.\n\n"
    "\u201cIt was magical,\u201d said Anna Müller, a fan from Bern.",
    "The Senate voted 52-48 on Tuesday.\n\n\u201cWe will keep fighting,\u201d Sen. Bill Hagerty said in Washington.",
]
FILLER = ("\n\nOfficials said the plan would be reviewed again next year by the committee that oversees regional "
          "transport, housing and the budget for public events across the country.")
BODIES = [body + FILLER for body in BODIES]


def _aid(text: str) -> str:
    return "a" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def make_articles() -> pl.DataFrame:
    rows = []
    for i, text in enumerate(BODIES):
        rows.append({
            "article_id": _aid(text), "source_path": f"news/{i}.txt", "source_record": None, "format": "txt",
            "url": None, "title": f"Title {i}", "byline": None, "published_at": datetime(2025, 5, i + 1, 9, 30),
            "dateline": None, "outlet": "Test", "language": "en", "clean_text": text,
            "paragraph_count": len([p for p in text.split("\n\n") if p.strip()]), "word_count": len(text.split()),
            "content_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(), "pipeline_version": "0.1.0",
        })
    return pl.DataFrame(rows, schema=load_schema()["articles"].polars_schema())


def make_source_files(n_quarantined: int = 1) -> pl.DataFrame:
    rows = [
        {"source_path": f"news/{i}.txt", "sha256": hashlib.sha256(t.encode()).hexdigest(), "bytes": len(t.encode()),
         "format": "txt", "compression": None, "encoding": "utf-8", "status": "ok", "reason": None, "detail": None,
         "duplicate_of": None, "records_total": 1, "records_ok": 1, "article_ids": [_aid(t)]}
        for i, t in enumerate(BODIES)
    ]
    rows.append({"source_path": "news/0-copy.txt", "sha256": rows[0]["sha256"], "bytes": rows[0]["bytes"],
                 "format": "txt", "compression": None, "encoding": "utf-8", "status": "duplicate",
                 "reason": "duplicate_content", "detail": None, "duplicate_of": _aid(BODIES[0]),
                 "records_total": 1, "records_ok": 0, "article_ids": []})
    for k in range(n_quarantined):
        rows.append({"source_path": f"bad/{k}.bin", "sha256": None, "bytes": 10, "format": None,
                     "compression": None, "encoding": None, "status": "quarantined", "reason": "binary",
                     "detail": "control characters", "duplicate_of": None, "records_total": 1, "records_ok": 0,
                     "article_ids": []})
    return pl.DataFrame(rows, schema=load_schema()["source_files"].polars_schema())


def _span(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


MENTION_SPECS = [  # (article index, surface, label, canonical)
    (0, "Ce\u0301line Dion", "PERSON", "Céline Dion"), (0, "Zürich", "GPE", "Zürich"), (0, "Monday", "DATE", "Monday"),
    (0, "Anna Müller", "PERSON", "Anna Müller"), (0, "Bern", "GPE", "Bern"), (1, "Senate", "ORG", "Senate"),
    (1, "Tuesday", "DATE", "Tuesday"), (1, "Bill Hagerty", "PERSON", "Bill Hagerty"), (1, "Washington", "GPE",
                                                                                       "Washington"),
]


def make_mentions() -> pl.DataFrame:
    rows = []
    for i, (a, surface, label, canonical) in enumerate(MENTION_SPECS):
        start, end = _span(BODIES[a], surface)
        rows.append({"mention_id": f"m{i}", "article_id": _aid(BODIES[a]), "start_char": start, "end_char": end,
                     "text": surface, "label": label, "sentence_index": 0, "canonical_name": canonical,
                     "role": "Sen." if surface == "Bill Hagerty" else None, "entity_id": "e_" + canonical})
    return pl.DataFrame(rows, schema=load_schema()["entity_mentions"].polars_schema())


def make_entities(mentions: pl.DataFrame) -> pl.DataFrame:
    return (
        mentions.group_by("entity_id", maintain_order=True)
        .agg(pl.col("canonical_name").first(), pl.col("label").first(), pl.len().alias("mention_count"),
             pl.col("article_id").n_unique().alias("article_count"), pl.col("text").unique().alias("aliases"))
        .cast(load_schema()["entities"].polars_schema())
    )


def make_quotes() -> pl.DataFrame:
    specs = [(0, "It was magical,", "Anna Müller", "Anna Müller"), (1, "We will keep fighting,", "Bill Hagerty",
                                                                     "Bill Hagerty")]
    rows = []
    for i, (a, quote, speaker, name) in enumerate(specs):
        qs, qe = _span(BODIES[a], quote)
        ss, se = _span(BODIES[a], speaker)
        rows.append({"quote_id": f"q{i}", "article_id": _aid(BODIES[a]), "quote_text": quote, "quote_type": "direct",
                     "start_char": qs, "end_char": qe, "speaker_text": speaker, "speaker_start_char": ss,
                     "speaker_end_char": se, "speaker_name": name, "speaker_entity_id": "e_" + name,
                     "speaker_label": "PERSON", "cue": "say", "attribution": "adjacent_cue", "paragraph_index": 1,
                     "sentence_index": 1})
    return pl.DataFrame(rows, schema=load_schema()["quotes"].polars_schema())


def _failed(results: list[v.SuiteResult], suite: str) -> dict[tuple[str, str], dict]:
    """Failed expectations of one suite keyed by (expectation type, column)."""
    result = next(r for r in results if r.name == suite)
    assert not result.success, f"{suite} should fail"
    return {(e["expectation"], str(e["kwargs"].get("column", e["kwargs"].get("column_list")))): e
            for e in result.failed()}


def _by_name(results: list[v.SuiteResult]) -> dict[str, v.SuiteResult]:
    return {r.name: r for r in results}


# --- clean data passes --------------------------------------------------------------------------------------------------


def test_polars_slices_by_code_point_like_python():
    text = "e\u0301t\u00e9 \U0001F600 caf\u00e9 \U0001F468\u200d\U0001F469\u200d\U0001F467 end"
    spans = [(0, 3), (5, 6), (7, 11), (12, 17), (18, 21)]
    frame = pl.DataFrame({"t": [text] * len(spans), "s": [s for s, _ in spans], "e": [e for _, e in spans]})
    got = frame.select(pl.col("t").str.slice(pl.col("s"), pl.col("e") - pl.col("s"))).to_series().to_list()
    assert got == [text[s:e] for s, e in spans]
    assert frame.select(pl.col("t").str.len_chars()).item(0, 0) == len(text)


def test_clean_tables_pass_every_suite():
    articles, sources, mentions, quotes = make_articles(), make_source_files(), make_mentions(), make_quotes()
    results = [
        *v.validate_source_files(sources, discovered=sources.height, quarantine_budget=0.5),
        *v.validate_articles(articles, sources, languages=["en"], now=NOW),
        *v.validate_entity_mentions(mentions, articles),
        *v.validate_entities(make_entities(mentions), mentions),
        *v.validate_quotes(quotes, articles, named_speaker_floor=0.5),
        *v.validate_cleaning_removals(pl.DataFrame({"article_id": [_aid(BODIES[0])], "line_index": [3],
                                                    "rule": ["share_links"], "text": ["Share this"]}), articles),
    ]
    failures = {r.name: r.failed() for r in results if not r.success}
    assert failures == {}
    assert all(not r.sampled and r.rows_evaluated > 0 for r in results)
    assert {r.severity for r in results} == {"ERROR", "WARN"}


# --- corruptions ---------------------------------------------------------------------------------------------------------


def test_null_and_duplicate_article_ids_fail_the_contract():
    articles = make_articles()
    broken = pl.concat([articles, articles.head(1)]).with_columns(
        pl.when(pl.int_range(pl.len()) == 1).then(None).otherwise(pl.col("article_id")).alias("article_id"))
    failed = _failed(v.validate_articles(broken, make_source_files(), now=NOW), "articles_contract")
    assert failed[("expect_column_values_to_not_be_null", "article_id")]["unexpected_count"] == 1
    assert failed[("expect_column_values_to_be_unique", "article_id")]["unexpected_count"] == 2
    # The article with the null id is no longer found under the id its source file lists.
    assert failed[("expect_column_values_to_be_in_set", "listed_article_id_exists")]["unexpected_count"] == 1


def test_duplicate_mention_id_is_reported_with_the_offending_ids():
    mentions = make_mentions().with_columns(
        pl.when(pl.col("mention_id") == "m3").then(pl.lit("m2")).otherwise(pl.col("mention_id")).alias("mention_id"))
    failed = _failed(v.validate_entity_mentions(mentions, make_articles()), "entity_mentions_contract")
    unique = failed[("expect_column_values_to_be_unique", "mention_id")]
    assert unique["unexpected_count"] == 2
    assert {row["mention_id"] for row in unique["sample"]} == {"m2"}
    assert list(failed) == [("expect_column_values_to_be_unique", "mention_id")]


def test_offsets_past_the_end_of_clean_text_fail_bounds_and_surface():
    articles = make_articles()
    end = len(BODIES[1])
    mentions = make_mentions().with_columns(
        pl.when(pl.col("mention_id") == "m8").then(pl.lit(end - 2)).otherwise(pl.col("start_char")).alias("start_char"),
        pl.when(pl.col("mention_id") == "m8").then(pl.lit(end + 8)).otherwise(pl.col("end_char")).alias("end_char"))
    failed = _failed(v.validate_entity_mentions(mentions, articles), "entity_mentions_contract")
    assert failed[("expect_column_values_to_be_in_set", "offsets_in_bounds")]["unexpected_count"] == 1
    assert failed[("expect_column_values_to_be_in_set", "offset_ok")]["sample"][0]["mention_id"] == "m8"


def test_reversed_and_negative_offsets_fail_without_crashing():
    mentions = make_mentions().with_columns(
        pl.when(pl.col("mention_id") == "m0").then(pl.lit(-5)).otherwise(pl.col("start_char")).alias("start_char"),
        pl.when(pl.col("mention_id") == "m2").then(pl.col("start_char") - 3).otherwise(pl.col("end_char"))
        .alias("end_char"))
    failed = _failed(v.validate_entity_mentions(mentions, make_articles()), "entity_mentions_contract")
    bounds = failed[("expect_column_values_to_be_in_set", "offsets_in_bounds")]
    assert bounds["unexpected_count"] == 2 and [r["mention_id"] for r in bounds["sample"]] == ["m0", "m2"]
    good, quarantined = v.isolate_offset_mismatches(mentions, make_articles(), text_col="text", id_col="mention_id",
                                                    stage="nlp")
    assert quarantined.get_column("item").to_list() == ["m0", "m2"] and good.height == len(MENTION_SPECS) - 2


def test_surface_text_mismatch_fails_offset_ok_only():
    mentions = make_mentions().with_columns(
        pl.when(pl.col("mention_id") == "m1").then(pl.col("end_char") - 1).otherwise(pl.col("end_char")))
    failed = _failed(v.validate_entity_mentions(mentions, make_articles()), "entity_mentions_contract")
    assert set(failed) == {("expect_column_values_to_be_in_set", "offset_ok")}
    sample = failed[("expect_column_values_to_be_in_set", "offset_ok")]["sample"]
    assert sample == [{"mention_id": "m1", "offset_ok": False, "start_char": sample[0]["start_char"],
                       "end_char": sample[0]["end_char"], "text": "Zürich", "found_text": "Züric"}]


def test_quote_offset_shift_and_bad_quote_type_fail_quotes_contract():
    quotes = make_quotes().with_columns(
        pl.when(pl.col("quote_id") == "q0").then(pl.col("start_char") + 1).otherwise(pl.col("start_char")),
        pl.when(pl.col("quote_id") == "q1").then(pl.lit("paraphrase")).otherwise(pl.col("quote_type"))
        .alias("quote_type"))
    failed = _failed(v.validate_quotes(quotes, make_articles(), named_speaker_floor=0.5), "quotes_contract")
    assert failed[("expect_column_values_to_be_in_set", "offset_ok")]["unexpected_count"] == 1
    assert failed[("expect_column_values_to_be_in_set", "quote_type")]["sample"][0]["quote_type"] == "paraphrase"


def test_start_char_as_string_is_a_clear_schema_error_not_a_crash():
    mentions = make_mentions().with_columns(pl.col("start_char").cast(pl.String))
    results = v.validate_entity_mentions(mentions, make_articles())
    failed = _failed(results, "entity_mentions_contract")
    type_ok = failed[("expect_column_values_to_be_in_set", "type_ok")]
    assert type_ok["unexpected_count"] == 1
    assert type_ok["sample"] == [{"column": "start_char", "type_ok": False, "declared": True, "actual": "String"}]
    # The digits still parse, so the value checks ran and passed: only the type is reported.
    assert list(failed) == [("expect_column_values_to_be_in_set", "type_ok")]


def test_missing_and_undeclared_columns_are_reported():
    mentions = make_mentions().drop("entity_id").with_columns(pl.lit(1).alias("debug_score"))
    failed = _failed(v.validate_entity_mentions(mentions, make_articles()), "entity_mentions_contract")
    assert failed[("expect_column_values_to_be_in_set", "present")]["sample"][0]["column"] == "entity_id"
    assert failed[("expect_column_values_to_be_in_set", "declared")]["sample"][0]["column"] == "debug_score"
    assert failed[("expect_column_values_to_not_be_null", "entity_id")]["unexpected_count"] == len(MENTION_SPECS)


def test_too_many_quarantined_inputs_exceed_the_budget():
    sources = make_source_files(n_quarantined=3)  # 3 of 6 inputs
    results = _by_name(v.validate_source_files(sources, discovered=6, quarantine_budget=0.2))
    failed = {e["kwargs"].get("column"): e for e in results["source_files_contract"].failed()}
    assert list(failed) == ["is_quarantined"]
    assert failed["is_quarantined"]["unexpected_count"] == 3
    assert failed["is_quarantined"]["unexpected_percent"] == pytest.approx(50.0)
    assert {row["source_path"] for row in failed["is_quarantined"]["sample"]} == {"bad/0.bin", "bad/1.bin", "bad/2.bin"}
    assert v.validate_source_files(sources, discovered=6, quarantine_budget=0.5)[0].success


def test_source_files_row_count_reason_and_ok_rules():
    sources = make_source_files().with_columns(
        pl.when(pl.col("source_path") == "bad/0.bin").then(pl.lit("bad_vibes")).otherwise(pl.col("reason"))
        .alias("reason"),
        pl.when(pl.col("source_path") == "news/1.txt").then(pl.lit("late")).otherwise(pl.col("reason"))
        .alias("reason2"),
    ).drop("reason2")
    sources = sources.with_columns(
        pl.when(pl.col("source_path") == "news/1.txt").then(pl.lit([], dtype=pl.List(pl.String)))
        .otherwise(pl.col("article_ids")).alias("article_ids"))
    failed = _failed(v.validate_source_files(sources, discovered=5, quarantine_budget=0.5), "source_files_contract")
    assert failed[("expect_table_row_count_to_equal", "None")]["observed_value"] == 4
    assert failed[("expect_column_values_to_be_in_set", "reason")]["sample"][0]["reason"] == "bad_vibes"
    assert failed[("expect_column_values_to_be_in_set", "ok_has_articles")]["unexpected_count"] == 1


def test_published_at_in_the_future_fails():
    articles = make_articles().with_columns(
        pl.when(pl.int_range(pl.len()) == 0).then(pl.lit(datetime(2026, 1, 2))).otherwise(pl.col("published_at"))
        .alias("published_at"))
    failed = _failed(v.validate_articles(articles, make_source_files(), now=NOW), "articles_contract")
    assert set(failed) == {("expect_column_values_to_be_in_set", "published_not_in_future")}
    assert failed[("expect_column_values_to_be_in_set", "published_not_in_future")]["unexpected_count"] == 1


def test_word_count_and_hash_must_match_the_text():
    articles = make_articles().with_columns(pl.col("word_count") * 3, pl.lit("0" * 64).alias("content_sha256"))
    failed = _failed(v.validate_articles(articles, make_source_files(), now=NOW), "articles_contract")
    assert failed[("expect_column_values_to_be_in_set", "word_count_matches_text")]["unexpected_count"] == 2
    assert failed[("expect_column_values_to_be_in_set", "content_sha256_matches")]["unexpected_count"] == 2


def test_article_from_a_non_ok_source_fails_and_language_is_only_a_warning():
    articles = make_articles().with_columns(pl.lit("de").alias("language"))
    sources = make_source_files().with_columns(
        pl.when(pl.col("source_path") == "news/1.txt").then(pl.lit("quarantined")).otherwise(pl.col("status"))
        .alias("status"))
    results = _by_name(v.validate_articles(articles, sources, languages=["en"], now=NOW))
    contract = {e["kwargs"]["column"]: e for e in results["articles_contract"].failed()}
    assert list(contract) == ["listed_by_ok_source"]
    assert contract["listed_by_ok_source"]["sample"][0]["source_path"] == "news/1.txt"
    quality = {e["kwargs"]["column"]: e for e in results["articles_quality"].failed()}
    assert list(quality) == ["language"] and results["articles_quality"].severity == "WARN"


def test_entity_counts_must_agree_with_mentions_and_mentions_must_reference_entities():
    mentions = make_mentions()
    entities = make_entities(mentions).with_columns(
        pl.when(pl.col("entity_id") == "e_Zürich").then(pl.lit(7)).otherwise(pl.col("mention_count"))
        .alias("mention_count")).filter(pl.col("entity_id") != "e_Bern")
    failed = _failed(v.validate_entities(entities, mentions), "entities_contract")
    assert failed[("expect_column_values_to_be_in_set", "mention_count_matches")]["sample"][0]["entity_id"] == "e_Zürich"
    dangling = failed[("expect_column_values_to_be_in_set", "mention_entity_id_exists")]
    assert dangling["unexpected_count"] == 1 and dangling["sample"][0]["mention_entity_id"] == "e_Bern"


def test_named_speaker_share_is_a_warning():
    quotes = make_quotes().with_columns(pl.lit(None, dtype=pl.String).alias("speaker_name"))
    results = _by_name(v.validate_quotes(quotes, make_articles(), named_speaker_floor=0.5))
    assert results["quotes_contract"].success
    failed = results["quotes_quality"].failed()
    assert [e["kwargs"]["column"] for e in failed] == ["speaker_name"] and failed[0]["unexpected_count"] == 2


def test_speaker_span_must_reproduce_speaker_text():
    quotes = make_quotes().with_columns(pl.col("speaker_end_char") + 2)
    failed = _failed(v.validate_quotes(quotes, make_articles()), "quotes_contract")
    assert failed[("expect_column_values_to_be_in_set", "speaker_offset_ok")]["unexpected_count"] == 2


# --- isolation, sampling, report -------------------------------------------------------------------------------------------


def test_isolate_offset_mismatches_splits_rows_and_the_rest_passes():
    articles = make_articles()
    mentions = make_mentions().with_columns(
        pl.when(pl.col("mention_id").is_in(["m1", "m6"])).then(pl.col("start_char") + 1).otherwise(
            pl.col("start_char")))
    good, quarantined = v.isolate_offset_mismatches(mentions, articles, text_col="text", id_col="mention_id",
                                                    stage="nlp")
    assert good.columns == mentions.columns and good.schema == mentions.schema
    assert good.get_column("mention_id").to_list() == [f"m{i}" for i in range(9) if i not in (1, 6)]
    assert quarantined.columns == list(load_schema()["quarantine"].column_names)
    assert quarantined.get_column("item").to_list() == ["m1", "m6"]
    assert set(quarantined.get_column("reason")) == {"offset_mismatch"}
    assert quarantined.get_column("source_path").to_list() == ["news/0.txt", "news/1.txt"]
    assert "Zürich" in quarantined.get_column("detail")[0]
    assert v.validate_entity_mentions(good, articles)[0].success
    assert v.validate_quarantine(quarantined)[0].success


def test_isolate_keeps_rows_whose_article_is_missing_for_the_suite_to_block():
    quotes = make_quotes().with_columns(pl.lit("a0000000000000000").alias("article_id"))
    good, quarantined = v.isolate_offset_mismatches(quotes, make_articles(), text_col="quote_text",
                                                    id_col="quote_id", stage="nlp")
    assert good.height == 2 and quarantined.height == 0
    assert not v.validate_quotes(good, make_articles())[0].success


def test_large_tables_are_sampled_but_every_failing_row_is_still_counted(monkeypatch):
    articles = make_articles()
    mentions = pl.concat([make_mentions()] * 30).with_columns(
        (pl.lit("m") + pl.int_range(pl.len()).cast(pl.String)).alias("mention_id"))
    mentions = mentions.with_columns(
        pl.when(pl.col("mention_id").is_in(["m101", "m202"])).then(pl.col("end_char") + 1).otherwise(
            pl.col("end_char")))
    monkeypatch.setattr(v, "MAX_FULL_ROWS", 50)
    contract = v.validate_entity_mentions(mentions, articles)[0]
    assert contract.sampled and contract.rows_evaluated < mentions.height
    failed = {e["kwargs"]["column"]: e for e in contract.failed()}
    assert failed["offset_ok"]["unexpected_count"] == 2


def test_report_is_deterministic_json_and_readable_markdown():
    sources = make_source_files(n_quarantined=3)
    results = [*v.validate_source_files(sources, discovered=6, quarantine_budget=0.2),
               *v.validate_quotes(make_quotes(), make_articles())]
    summary, markdown = v.validation_report(results)
    assert json.dumps(summary, sort_keys=False) == json.dumps(v.validation_report(results)[0], sort_keys=False)
    assert summary["publishable"] is False and summary["blocking_failures"] == ["source_files_contract"]
    assert summary["suites"][0]["expectations"][0].keys() >= {"expectation", "kwargs", "success", "unexpected_count",
                                                                "unexpected_percent", "sample"}
    assert "NOT publishable" in markdown and "| **FAIL** | expect_column_values_to_be_in_set | column=is_quarantined" in markdown
    assert results[0].to_markdown().startswith("### source_files_contract — ERROR — FAIL")


def test_empty_and_columnless_tables_do_not_crash():
    schema = load_schema()
    empty = {t: pl.DataFrame(schema=schema[t].polars_schema()) for t in schema}
    results = [*v.validate_source_files(empty["source_files"], discovered=0),
               *v.validate_articles(empty["articles"], empty["source_files"], now=NOW),
               *v.validate_entity_mentions(empty["entity_mentions"], empty["articles"]),
               *v.validate_entities(empty["entities"], empty["entity_mentions"]),
               *v.validate_quotes(empty["quotes"], empty["articles"]),
               *v.validate_cleaning_removals(empty["cleaning_removals"], empty["articles"]),
               *v.validate_quarantine(empty["quarantine"])]
    assert [r.name for r in results if not r.success] == []
    contract = v.validate_quotes(pl.DataFrame(), make_articles())[0]
    failed = {e["kwargs"].get("column"): e for e in contract.failed()}
    assert set(failed) == {"present"} and failed["present"]["unexpected_count"] == len(schema["quotes"].columns)


def test_schema_sql_is_parsed_into_all_tables():
    schema = load_schema()
    assert set(schema) == {"source_files", "articles", "cleaning_removals", "entity_mentions", "entities", "quotes",
                           "quarantine"}
    assert schema["cleaning_removals"].primary_key == ("article_id", "line_index", "rule")
    assert schema["quotes"].primary_key == ("quote_id",)
    assert [c.name for c in schema["quarantine"].columns if c.not_null] == ["stage", "reason"]


# --- real inputs: the contracts hold on what the pipeline actually produces --------------------------------------------


@pytest.mark.slow
@pytest.mark.corpus
def test_real_corpus_output_passes_every_contract(tmp_path, nlp):
    import shutil

    from pipeline.annotate import annotate_articles
    from pipeline.articles import build_articles, source_files_with_quarantine
    from pipeline.ingest import discover, ingest
    from pipeline.nlp import parse_texts
    from pipeline.settings import Settings
    from pipeline.storage import frame
    from tests.conftest import shared_path

    bbc = shared_path("corpus", "bbc-news-2225")
    html = shared_path("corpus", "fundus-eval-80", "dataset", "html")
    for topic in ("business", "politics", "sport"):
        for f in sorted((bbc / topic).glob("*.txt"))[:4]:
            shutil.copy(f, tmp_path / f"{topic}_{f.name}")
    for f in sorted(html.glob("*.html*"))[:4]:
        shutil.copy(f, tmp_path / f.name)
    settings = Settings.load(raw_dir=tmp_path)
    ingested = ingest(tmp_path, settings)
    articles, removals, quarantine = build_articles(ingested.records)
    sources = source_files_with_quarantine(frame("source_files", ingested.source_files), quarantine)
    annotated = annotate_articles(articles, parse=lambda texts: parse_texts(nlp, texts, n_process=1, batch_size=8),
                                  key="test")
    results = [
        *v.validate_source_files(sources, discovered=len(discover(tmp_path)), quarantine_budget=0.2),
        *v.validate_articles(articles, sources, languages=settings.languages, now=datetime.now()),
        *v.validate_cleaning_removals(removals, articles),
        *v.validate_entity_mentions(annotated.mentions, articles),
        *v.validate_entities(annotated.entities, annotated.mentions),
        *v.validate_quotes(annotated.quotes, articles, named_speaker_floor=0.0),
    ]
    assert articles.height >= 12 and annotated.mentions.height > 100
    assert {r.name: r.failed() for r in results if r.severity == "ERROR" and not r.success} == {}
