"""Great Expectations suites for every warehouse table, returned as plain data.

Why: a release is only published when its contracts hold (ERROR suites, run as blocking Dagster asset checks);
softer quality signals are WARN suites. The contract of each table is the declared schema in sql/schema.sql (column
presence and type, NOT NULL, PRIMARY KEY) plus the cross-table rules that make the dataset trustworthy: every span's
offsets reproduce its text in clean_text, every row points at something that exists, counts add up.

How: facts GX has no expectation for are computed in Polars as derived boolean columns (e.g. `offset_ok`), then GX
expects them true, so GX stays the one reporting layer. Each table gets one suite and one GX `validate` call on the
columns it needs (plus a tiny schema batch). Tables up to MAX_FULL_ROWS rows are validated in full; larger ones on a
deterministic sample that always keeps every row failing a Polars-derived flag, a NOT NULL or a uniqueness check, so
those counts stay exact (see `_prepare`). Each result records `rows_evaluated` and `sampled`.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Collection, Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone

import polars as pl

from pipeline.validation_gx import Batch, Check, jsonable, preload, run_batch
from pipeline.validation_schema import TableSpec, conform, load_schema, schema_report

# --- rules as data ----------------------------------------------------------------------------------------------------
ERROR = "ERROR"
WARN = "WARN"

SOURCE_STATUSES = ("ok", "duplicate", "quarantined")
SOURCE_FORMATS = ("txt", "html", "json", "jsonl")
COMPRESSIONS = ("gzip",)
# OntoNotes labels produced by the English spaCy pipelines.
ENTITY_LABELS = (
    "CARDINAL", "DATE", "EVENT", "FAC", "GPE", "LANGUAGE", "LAW", "LOC", "MONEY", "NORP", "ORDINAL", "ORG",
    "PERCENT", "PERSON", "PRODUCT", "QUANTITY", "TIME", "WORK_OF_ART",
)
SPEAKER_LABELS = ("PERSON", "ORG", "GPE", "NORP")
QUOTE_TYPES = ("direct", "mixed", "indirect")
QUARANTINE_STAGES = ("ingest", "clean", "nlp", "validate")
OFFSET_MISMATCH_REASON = "offset_mismatch"

ARTICLE_ID_REGEX = r"^a[0-9a-f]{16}$"
SHA256_REGEX = r"^[0-9a-f]{64}$"
WORD_COUNT_RANGE = (1, 100_000)
# word_count is len(clean_text.split()); Polars counts \S+ runs, which differs only on exotic whitespace.
WORD_COUNT_TOLERANCE = (3, 0.02)  # (absolute words, share of the recount), whichever is larger
LANGUAGE_SHARE_FLOOR = 0.95
TITLE_SHARE_FLOOR = 0.90
SHORT_ARTICLE_WORDS = 30
SHORT_ARTICLE_SHARE_CEILING = 0.05

# Validate in full up to this many rows; above, on a deterministic sample of about this many rows (plus every row
# that fails a Polars-computable check). A BBC-sized run (~60k mentions) is far below it.
MAX_FULL_ROWS = 300_000

# Which offset columns belong to which text column (for the span checks and isolate_offset_mismatches).
SPAN_COLUMNS = {
    "text": ("start_char", "end_char"),
    "quote_text": ("start_char", "end_char"),
    "speaker_text": ("speaker_start_char", "speaker_end_char"),
}


__all__ = [
    "SuiteResult", "validate_source_files", "validate_articles", "validate_entity_mentions", "validate_entities",
    "validate_quotes", "validate_cleaning_removals", "validate_quarantine", "isolate_offset_mismatches",
    "validation_report", "span_flags", "preload",
]


# --- result -------------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class SuiteResult:
    name: str
    table: str
    severity: str
    success: bool
    rows_evaluated: int
    sampled: bool
    expectations: list[dict] = field(default_factory=list)

    def failed(self) -> list[dict]:
        return [e for e in self.expectations if not e["success"]]

    def to_dict(self) -> dict:
        return json.loads(json.dumps(asdict(self), default=str))

    def to_markdown(self) -> str:
        status = "PASS" if self.success else "FAIL"
        how = f"{self.rows_evaluated} rows" + (" (deterministic sample)" if self.sampled else " (full table)")
        lines = [
            f"### {self.name} — {self.severity} — {status}",
            f"table `{self.table}`, {how}, {len(self.failed())} of {len(self.expectations)} expectations failed",
            "",
            "| | expectation | column / args | unexpected | observed / sample |",
            "|---|---|---|---|---|",
        ]
        for e in sorted(self.expectations, key=lambda e: e["success"]):
            mark = "ok" if e["success"] else "**FAIL**"
            unexpected = "" if e["unexpected_count"] is None else f"{e['unexpected_count']} ({e['unexpected_percent']}%)"
            evidence = e["exception"] or (e["sample"] if not e["success"] and e["sample"] else e["observed_value"])
            lines.append(f"| {mark} | {e['expectation']} | {_md(_args(e['kwargs']))} | {unexpected} | "
                         f"{_md(_short(evidence))} |")
        return "\n".join(lines) + "\n"


def _args(kwargs: dict) -> str:
    return ", ".join(f"{k}={_short(v, 60)}" for k, v in kwargs.items())


def _short(value: object, limit: int = 160) -> str:
    if value is None or value == "":
        return ""
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


# --- shared machinery -----------------------------------------------------------------------------------------------------
def _spec(table: str) -> TableSpec:
    return load_schema()[table]


def _schema_batch(frame: pl.DataFrame, spec: TableSpec) -> Batch:
    """Columns present with a fitting type, and no undeclared columns; one row per column in the report."""
    report = schema_report(frame, spec)
    extra = [c for c in frame.columns if c not in spec.column_names]
    report = report.with_columns(pl.lit(True).alias("declared"))
    if extra:
        report = pl.concat([
            report,
            pl.DataFrame({"column": extra, "declared": [False] * len(extra)}).with_columns(
                actual=pl.Series([str(frame.schema[c]) for c in extra])),
        ], how="diagonal_relaxed")
    checks = [
        Check("ExpectColumnValuesToBeInSet", {"column": "present", "value_set": [True]}, show=("declared",)),
        Check("ExpectColumnValuesToBeInSet", {"column": "type_ok", "value_set": [True]}, show=("declared", "actual")),
        Check("ExpectColumnValuesToBeInSet", {"column": "declared", "value_set": [True]}, show=("actual",)),
    ]
    return Batch(report.with_columns(pl.col("present", "type_ok").fill_null(True)), checks, key=("column",))


def _declared_checks(spec: TableSpec) -> list[Check]:
    """NOT NULL and PRIMARY KEY from sql/schema.sql."""
    checks = [Check("ExpectColumnValuesToNotBeNull", {"column": c.name}) for c in spec.columns if c.not_null]
    if len(spec.primary_key) == 1:
        checks.insert(0, Check("ExpectColumnValuesToBeUnique", {"column": spec.primary_key[0]}))
    elif spec.primary_key:
        checks.insert(0, Check("ExpectCompoundColumnsToBeUnique", {"column_list": list(spec.primary_key)}))
    return checks


def _flag(column: str, *show: str) -> Check:
    """Expect a derived boolean column to be true on every row."""
    return Check("ExpectColumnValuesToBeInSet", {"column": column, "value_set": [True]}, show=show)


def _share_at_most(column: str, share: float, *show: str) -> Check:
    """Expect at most `share` of rows to have the boolean `column` true (an empty table passes).

    Expressed as "at least 1 - share are false" so GX reports the count and a sample of the true rows.
    """
    return Check("ExpectColumnValuesToBeInSet", {"column": column, "value_set": [False],
                                                 "mostly": round(1.0 - float(share), 10)}, show=show)


def _must_keep(frame: pl.DataFrame, checks: Sequence[Check]) -> pl.Expr:
    """Rows whose failure Polars can see directly: they always go into a sample, so those counts are exact."""
    keep = pl.lit(False)
    for check in checks:
        col = check.kwargs.get("column")
        if col not in frame.columns and check.expectation != "ExpectCompoundColumnsToBeUnique":
            continue
        if check.expectation == "ExpectColumnValuesToNotBeNull" and "mostly" not in check.kwargs:
            keep = keep | pl.col(col).is_null()
        elif check.expectation == "ExpectColumnValuesToBeUnique":
            keep = keep | pl.col(col).is_duplicated()
        elif check.expectation == "ExpectCompoundColumnsToBeUnique":
            keep = keep | pl.struct(check.kwargs["column_list"]).is_duplicated()
        elif check.expectation == "ExpectColumnValuesToBeInSet" and check.kwargs["value_set"] == [True]:
            keep = keep | ~pl.col(col).fill_null(False)
    return keep


def _prepare(frame: pl.DataFrame, checks: Sequence[Check], max_rows: int) -> tuple[pl.DataFrame, bool]:
    """The frame GX will see: the whole table, or a stride sample plus every row Polars already knows fails."""
    if frame.height <= max_rows:
        return frame, False
    stride = -(-frame.height // max_rows)
    picked = (pl.int_range(pl.len()) % stride == 0) | _must_keep(frame, checks)
    return frame.filter(picked), True


def _suite(name: str, table: str, severity: str, main: Batch, *extra: Batch) -> SuiteResult:
    """Run the main batch (possibly sampled) and any extra small batches as one suite result."""
    frame, sampled = _prepare(main.frame, main.checks, MAX_FULL_ROWS)
    expectations: list[dict] = []
    for batch in extra:
        expectations += run_batch(name, batch)
    expectations += run_batch(name, Batch(frame, main.checks, main.key))
    return SuiteResult(name, table, severity, all(e["success"] for e in expectations), frame.height, sampled,
                       expectations)


def _article_texts(articles: pl.DataFrame) -> pl.DataFrame:
    """article_id -> clean_text (first copy if ids repeat, so joins never multiply rows)."""
    art = conform(articles, _spec("articles"))
    return art.select("article_id", "clean_text", "source_path", "source_record").unique(
        "article_id", keep="first", maintain_order=True)


def span_flags(rows: pl.DataFrame, articles: pl.DataFrame, *, text_col: str, prefix: str = "") -> pl.DataFrame:
    """Add `{prefix}article_exists`, `{prefix}offsets_in_bounds` and `{prefix}offset_ok` to rows.

    Offsets are Python code-point offsets; Polars `str.len_chars`/`str.slice` count code points too (checked in the
    tests with combining marks and emoji). A span whose text and both offsets are null claims nothing and passes.
    """
    start_col, end_col = SPAN_COLUMNS[text_col]
    texts = _article_texts(articles).select(
        "article_id", pl.col("clean_text").alias("_clean_text"), pl.lit(True).alias("_article_found"))
    joined = rows.join(texts, on="article_id", how="left", maintain_order="left")
    start, end, text = pl.col(start_col), pl.col(end_col), pl.col(text_col)
    in_bounds = (start >= 0) & (start < end) & (end <= pl.col("_clean_text").str.len_chars())
    # Clip so reversed or negative offsets cannot crash the slice; in_bounds already marks such rows as failing.
    found = pl.col("_clean_text").str.slice(start.clip(0), (end - start).clip(0))
    reproduces = found == text
    no_span = start.is_null() & end.is_null() & text.is_null()
    no_offsets = start.is_null() & end.is_null()
    return joined.with_columns(
        pl.col("_article_found").fill_null(False).alias(f"{prefix}article_exists"),
        (no_offsets | in_bounds).fill_null(False).alias(f"{prefix}offsets_in_bounds"),
        (no_span | (in_bounds & reproduces)).fill_null(False).alias(f"{prefix}offset_ok"),
        pl.when(in_bounds.fill_null(False)).then(found).alias(f"{prefix}found_text"),
    ).drop("_clean_text", "_article_found")


def _exists_batch(ids: pl.Series, known: pl.Series, name: str) -> Batch:
    """Referential integrity as a batch of the distinct referenced ids, each flagged as found or not."""
    frame = pl.DataFrame({name: ids.drop_nulls().unique(maintain_order=True)})
    frame = frame.with_columns(pl.col(name).is_in(known.drop_nulls().implode()).alias(f"{name}_exists"))
    return Batch(frame, [_flag(f"{name}_exists")], key=(name,))


# --- source_files -----------------------------------------------------------------------------------------------------------
def _default_reasons() -> frozenset[str]:
    from pipeline.reasons import REASONS

    return frozenset(REASONS)


def validate_source_files(source_files: pl.DataFrame, *, discovered: int, quarantine_budget: float = 0.20,
                          reasons: Collection[str] | None = None) -> list[SuiteResult]:
    """ERROR: one row per discovered input, a valid status/reason per row, ok rows produced articles, and the
    quarantined share within budget. (inputs = ok + duplicate + quarantined follows from row count == discovered
    and status not null and in that set.) WARN: bookkeeping that should agree (records_ok vs article_ids)."""
    spec = _spec("source_files")
    reasons = frozenset(reasons) if reasons is not None else _default_reasons()
    sf = conform(source_files, spec)
    status, reason = pl.col("status"), pl.col("reason")
    n_ids = pl.col("article_ids").list.len().fill_null(0)
    derived = sf.with_columns(
        ((status != "ok") | reason.is_null()).fill_null(True).alias("ok_has_no_reason"),
        ((status != "ok") | (n_ids > 0)).fill_null(True).alias("ok_has_articles"),
        ((status == "ok") | (n_ids == 0)).fill_null(True).alias("not_ok_has_no_articles"),
        ((status != "quarantined") | reason.is_not_null()).fill_null(True).alias("quarantined_has_reason"),
        (status == "quarantined").fill_null(False).alias("is_quarantined"),
        ((status != "ok") | (n_ids == pl.col("records_ok"))).fill_null(True).alias("article_ids_match_records_ok"),
        ((status != "duplicate") | pl.col("duplicate_of").is_not_null()).fill_null(True).alias(
            "duplicate_names_original"),
    )
    contract = [
        Check("ExpectTableRowCountToEqual", {"value": int(discovered)}),
        *_declared_checks(spec),
        Check("ExpectColumnValuesToBeInSet", {"column": "status", "value_set": list(SOURCE_STATUSES)}),
        Check("ExpectColumnValuesToBeInSet", {"column": "reason", "value_set": sorted(reasons)}),
        Check("ExpectColumnValuesToBeInSet", {"column": "format", "value_set": list(SOURCE_FORMATS)}),
        Check("ExpectColumnValuesToBeInSet", {"column": "compression", "value_set": list(COMPRESSIONS)}),
        Check("ExpectColumnValuesToMatchRegex", {"column": "sha256", "regex": SHA256_REGEX}),
        Check("ExpectColumnValuesToBeBetween", {"column": "bytes", "min_value": 0}),
        Check("ExpectColumnValuesToBeBetween", {"column": "records_ok", "min_value": 0}),
        Check("ExpectColumnPairValuesAToBeGreaterThanB",
              {"column_A": "records_total", "column_B": "records_ok", "or_equal": True}),
        _flag("ok_has_no_reason", "status", "reason"),
        _flag("ok_has_articles", "status"),
        _flag("not_ok_has_no_articles", "status"),
        _flag("quarantined_has_reason", "status"),
        _share_at_most("is_quarantined", quarantine_budget),
    ]
    quality = [
        _flag("article_ids_match_records_ok", "status", "records_ok"),
        _flag("duplicate_names_original", "status"),
    ]
    key = ("source_path",)
    return [
        _suite("source_files_contract", "source_files", ERROR, Batch(derived, contract, key),
               _schema_batch(source_files, spec)),
        _suite("source_files_quality", "source_files", WARN, Batch(derived, quality, key)),
    ]


# --- articles ---------------------------------------------------------------------------------------------------------------
def validate_articles(articles: pl.DataFrame, source_files: pl.DataFrame, *, languages: Sequence[str] = ("en",),
                      now: datetime | None = None) -> list[SuiteResult]:
    """ERROR: ids, non-empty text, word_count plausible and matching the text, content hash matching, no future
    dates, and articles <-> ok source files agree both ways. WARN: language share, titles, short articles,
    duplicate content, one pipeline_version."""
    spec = _spec("articles")
    now = now or datetime.now(timezone.utc).replace(tzinfo=None)
    art = conform(articles, spec)
    sf = conform(source_files, _spec("source_files"))
    ok_sources = sf.filter(pl.col("status") == "ok")
    listed = ok_sources.select("source_path", pl.col("article_ids").alias("article_id")).explode("article_id")
    listed = listed.drop_nulls("article_id").with_columns(pl.lit(True).alias("listed_by_ok_source")).unique(
        ["source_path", "article_id"])
    recount = pl.col("clean_text").str.count_matches(r"\S+")
    tolerance = pl.max_horizontal(pl.lit(WORD_COUNT_TOLERANCE[0]), recount * WORD_COUNT_TOLERANCE[1])
    hashes = [None if t is None else hashlib.sha256(t.encode("utf-8")).hexdigest()
              for t in art.get_column("clean_text").to_list()]
    paragraphs = pl.col("clean_text").str.split("\n\n").list.eval(
        pl.element().str.strip_chars().str.len_chars() > 0).list.sum()
    derived = (
        art.join(listed, on=["source_path", "article_id"], how="left", maintain_order="left")
        .with_columns(
            pl.col("listed_by_ok_source").fill_null(False),
            (pl.col("clean_text").str.strip_chars().str.len_chars() > 0).fill_null(False).alias("clean_text_nonblank"),
            ((pl.col("word_count") - recount).abs() <= tolerance).fill_null(False).alias("word_count_matches_text"),
            (pl.col("content_sha256") == pl.Series(hashes, dtype=pl.String)).fill_null(False).alias(
                "content_sha256_matches"),
            (pl.col("published_at").is_null() | (pl.col("published_at") <= pl.lit(now))).fill_null(False).alias(
                "published_not_in_future"),
            (pl.col("paragraph_count") == paragraphs).fill_null(False).alias("paragraph_count_matches_text"),
            (pl.col("word_count") < SHORT_ARTICLE_WORDS).fill_null(False).alias("is_short"),
        )
    )
    contract = [
        *_declared_checks(spec),
        Check("ExpectColumnValuesToMatchRegex", {"column": "article_id", "regex": ARTICLE_ID_REGEX}),
        Check("ExpectColumnValuesToBeBetween", {"column": "word_count", "min_value": WORD_COUNT_RANGE[0],
                                                "max_value": WORD_COUNT_RANGE[1]}),
        Check("ExpectColumnValuesToBeBetween", {"column": "paragraph_count", "min_value": 1}),
        _flag("clean_text_nonblank"),
        _flag("word_count_matches_text", "word_count"),
        _flag("content_sha256_matches", "content_sha256"),
        _flag("published_not_in_future", "published_at"),
        _flag("listed_by_ok_source", "source_path"),
    ]
    listed_ids = listed.get_column("article_id")
    known = art.get_column("article_id")
    quality = [
        Check("ExpectColumnValuesToBeInSet", {"column": "language", "value_set": list(languages),
                                              "mostly": LANGUAGE_SHARE_FLOOR}),
        Check("ExpectColumnValuesToNotBeNull", {"column": "title", "mostly": TITLE_SHARE_FLOOR}),
        _share_at_most("is_short", SHORT_ARTICLE_SHARE_CEILING, "word_count"),
        Check("ExpectColumnValuesToBeUnique", {"column": "content_sha256"}),
        Check("ExpectColumnUniqueValueCountToBeBetween", {"column": "pipeline_version", "max_value": 1}),
        _flag("paragraph_count_matches_text", "paragraph_count"),
    ]
    key = ("article_id",)
    missing = _exists_batch(listed_ids.rename("listed_article_id"), known, "listed_article_id")
    return [
        _suite("articles_contract", "articles", ERROR, Batch(derived, contract, key),
               _schema_batch(articles, spec), missing),
        _suite("articles_quality", "articles", WARN, Batch(derived, quality, key)),
    ]


# --- entity mentions and entities ------------------------------------------------------------------------------------------
def validate_entity_mentions(mentions: pl.DataFrame, articles: pl.DataFrame) -> list[SuiteResult]:
    """ERROR: ids unique, every span inside its article and reproducing its text exactly, closed label set,
    article exists. WARN: one label per span."""
    spec = _spec("entity_mentions")
    men = conform(mentions, spec)
    derived = span_flags(men, articles, text_col="text")
    contract = [
        *_declared_checks(spec),
        Check("ExpectColumnValuesToBeInSet", {"column": "label", "value_set": list(ENTITY_LABELS)}),
        Check("ExpectColumnValuesToBeBetween", {"column": "sentence_index", "min_value": 0}),
        _flag("article_exists", "article_id"),
        _flag("offsets_in_bounds", "start_char", "end_char"),
        _flag("offset_ok", "start_char", "end_char", "text", "found_text"),
    ]
    quality = [Check("ExpectCompoundColumnsToBeUnique", {"column_list": ["article_id", "start_char", "end_char"]})]
    key = ("mention_id",)
    return [
        _suite("entity_mentions_contract", "entity_mentions", ERROR, Batch(derived, contract, key),
               _schema_batch(mentions, spec)),
        _suite("entity_mentions_quality", "entity_mentions", WARN, Batch(derived, quality, key)),
    ]


def validate_entities(entities: pl.DataFrame, mentions: pl.DataFrame) -> list[SuiteResult]:
    """ERROR: ids unique, closed labels, mention_count/article_count equal what the mentions table says, and every
    mention's entity_id exists. WARN: one entity per (canonical_name, label)."""
    spec = _spec("entities")
    ent = conform(entities, spec)
    men = conform(mentions, _spec("entity_mentions"))
    counts = men.group_by("entity_id").agg(
        pl.len().alias("_mentions"), pl.col("article_id").n_unique().alias("_articles"))
    derived = ent.join(counts, on="entity_id", how="left", maintain_order="left").with_columns(
        (pl.col("mention_count") == pl.col("_mentions").fill_null(0)).fill_null(False).alias("mention_count_matches"),
        (pl.col("article_count") == pl.col("_articles").fill_null(0)).fill_null(False).alias("article_count_matches"),
    )
    contract = [
        *_declared_checks(spec),
        Check("ExpectColumnValuesToBeInSet", {"column": "label", "value_set": list(ENTITY_LABELS)}),
        Check("ExpectColumnValuesToBeBetween", {"column": "mention_count", "min_value": 1}),
        Check("ExpectColumnValuesToBeBetween", {"column": "article_count", "min_value": 1}),
        Check("ExpectColumnPairValuesAToBeGreaterThanB",
              {"column_A": "mention_count", "column_B": "article_count", "or_equal": True}),
        _flag("mention_count_matches", "mention_count", "_mentions"),
        _flag("article_count_matches", "article_count", "_articles"),
    ]
    # entity_id is derived from (canonical_name, label): two ids for one pair means the id recipe drifted.
    quality = [Check("ExpectCompoundColumnsToBeUnique", {"column_list": ["canonical_name", "label"]})]
    key = ("entity_id",)
    dangling = _exists_batch(men.get_column("entity_id").rename("mention_entity_id"), ent.get_column("entity_id"),
                             "mention_entity_id")
    return [
        _suite("entities_contract", "entities", ERROR, Batch(derived, contract, key),
               _schema_batch(entities, spec), dangling),
        _suite("entities_quality", "entities", WARN, Batch(derived, quality, key)),
    ]


# --- quotes ---------------------------------------------------------------------------------------------------------------------
def validate_quotes(quotes: pl.DataFrame, articles: pl.DataFrame, *, named_speaker_floor: float = 0.5
                    ) -> list[SuiteResult]:
    """ERROR: ids unique, quote and speaker spans reproduce their text, closed quote_type and speaker_label sets,
    article exists. WARN: share of quotes with a named speaker >= named_speaker_floor."""
    spec = _spec("quotes")
    quo = conform(quotes, spec)
    derived = span_flags(span_flags(quo, articles, text_col="quote_text"), articles, text_col="speaker_text",
                         prefix="speaker_")
    derived = derived.with_columns(
        (pl.col("speaker_name").is_null() | pl.col("speaker_text").is_not_null()).alias("named_speaker_has_text"))
    contract = [
        *_declared_checks(spec),
        Check("ExpectColumnValuesToBeInSet", {"column": "quote_type", "value_set": list(QUOTE_TYPES)}),
        Check("ExpectColumnValuesToBeInSet", {"column": "speaker_label", "value_set": list(SPEAKER_LABELS)}),
        Check("ExpectColumnValuesToBeBetween", {"column": "paragraph_index", "min_value": 0}),
        Check("ExpectColumnValuesToBeBetween", {"column": "sentence_index", "min_value": 0}),
        _flag("article_exists", "article_id"),
        _flag("offsets_in_bounds", "start_char", "end_char"),
        _flag("offset_ok", "start_char", "end_char", "quote_text", "found_text"),
        _flag("speaker_offsets_in_bounds", "speaker_start_char", "speaker_end_char"),
        _flag("speaker_offset_ok", "speaker_start_char", "speaker_end_char", "speaker_text", "speaker_found_text"),
    ]
    quality = [
        Check("ExpectColumnValuesToNotBeNull", {"column": "speaker_name", "mostly": float(named_speaker_floor)}),
        _flag("named_speaker_has_text", "speaker_name"),
    ]
    key = ("quote_id",)
    return [
        _suite("quotes_contract", "quotes", ERROR, Batch(derived, contract, key), _schema_batch(quotes, spec)),
        _suite("quotes_quality", "quotes", WARN, Batch(derived, quality, key)),
    ]


# --- cleaning_removals and quarantine ----------------------------------------------------------------------------------------
def validate_cleaning_removals(removals: pl.DataFrame, articles: pl.DataFrame) -> list[SuiteResult]:
    """ERROR: declared schema and key, line_index >= 0, every removal belongs to an article."""
    spec = _spec("cleaning_removals")
    rem = conform(removals, spec)
    known = conform(articles, _spec("articles")).get_column("article_id")
    derived = rem.with_columns(pl.col("article_id").is_in(known.drop_nulls().implode()).fill_null(False)
                               .alias("article_exists"))
    contract = [
        *_declared_checks(spec),
        Check("ExpectColumnValuesToBeBetween", {"column": "line_index", "min_value": 0}),
        _flag("article_exists", "article_id"),
    ]
    return [_suite("cleaning_removals_contract", "cleaning_removals", ERROR,
                   Batch(derived, contract, spec.primary_key), _schema_batch(removals, spec))]


def validate_quarantine(quarantine: pl.DataFrame, *, reasons: Collection[str] | None = None) -> list[SuiteResult]:
    """ERROR: declared schema, stage and reason from the closed lists, every row says where it came from."""
    spec = _spec("quarantine")
    reasons = frozenset(reasons) if reasons is not None else _default_reasons()
    q = conform(quarantine, spec)
    derived = q.with_columns(
        pl.any_horizontal(pl.col("source_path", "article_id", "item").is_not_null()).alias("has_origin"))
    contract = [
        *_declared_checks(spec),
        Check("ExpectColumnValuesToBeInSet", {"column": "stage", "value_set": list(QUARANTINE_STAGES)}),
        Check("ExpectColumnValuesToBeInSet", {"column": "reason", "value_set": sorted(reasons)}),
        _flag("has_origin", "stage", "reason"),
    ]
    return [_suite("quarantine_contract", "quarantine", ERROR, Batch(derived, contract, ("item",)),
                   _schema_batch(quarantine, spec))]


# --- isolating row-level defects -----------------------------------------------------------------------------------------------
QUARANTINE_COLUMNS = {
    "stage": pl.String, "source_path": pl.String, "source_record": pl.Int32, "article_id": pl.String,
    "item": pl.String, "reason": pl.String, "detail": pl.String,
}


def isolate_offset_mismatches(rows: pl.DataFrame, articles: pl.DataFrame, *, text_col: str, id_col: str,
                              stage: str) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Split rows into (good rows, quarantine rows) on whether their span reproduces `text_col` in clean_text.

    Why: one bad quote or mention is a row-level defect; set it aside with a reason so the batch goes on, instead of
    letting the contract suite block the whole release. Rows whose article is missing are NOT isolated: that is a
    batch-level break (articles and NLP out of step) the suites must block. Good rows keep their columns and order.
    """
    flagged = span_flags(rows.with_row_index("_row"), articles, text_col=text_col, prefix="_")
    bad = flagged.filter(pl.col("_article_exists") & ~pl.col("_offset_ok"))
    good = rows.with_row_index("_row").join(bad.select("_row"), on="_row", how="anti", maintain_order="left")
    texts = _article_texts(articles).select("article_id", "source_path", "source_record")
    start_col, end_col = SPAN_COLUMNS[text_col]
    bad = bad.select("_row", "article_id", id_col, text_col, start_col, end_col, "_found_text").join(
        texts, on="article_id", how="left", maintain_order="left")
    quarantine = pl.DataFrame(
        {
            "stage": [stage] * bad.height,
            "source_path": bad.get_column("source_path"),
            "source_record": bad.get_column("source_record"),
            "article_id": bad.get_column("article_id"),
            "item": bad.get_column(id_col).cast(pl.String),
            "reason": [OFFSET_MISMATCH_REASON] * bad.height,
            "detail": [_mismatch_detail(r, text_col, start_col, end_col) for r in bad.iter_rows(named=True)],
        },
        schema=QUARANTINE_COLUMNS,
    )
    return good.drop("_row"), quarantine


def _mismatch_detail(row: dict, text_col: str, start_col: str, end_col: str) -> str:
    expected, found = row[text_col], row["_found_text"]
    where = f"[{row[start_col]}:{row[end_col]}]"
    if found is None:
        return f"{text_col} {where} is out of bounds or empty; expected {_short(expected, 80)!r}"
    return f"{text_col} {where} reads {_short(found, 80)!r}, expected {_short(expected, 80)!r}"


# --- report -----------------------------------------------------------------------------------------------------------------------
def validation_report(results: Sequence[SuiteResult]) -> tuple[dict, str]:
    """(JSON for the release manifest, VALIDATION.md text). `publishable` is false when any ERROR suite failed."""
    blocking = [r.name for r in results if r.severity == ERROR and not r.success]
    warnings = [r.name for r in results if r.severity == WARN and not r.success]
    summary = {
        "publishable": not blocking,
        "blocking_failures": blocking,
        "warnings": warnings,
        "suites": [r.to_dict() for r in results],
    }
    lines = [
        "# Validation",
        "",
        f"**{'Publishable' if not blocking else 'NOT publishable'}**: {len(results)} suites, "
        f"{len(blocking)} blocking failures, {len(warnings)} warnings.",
        "",
        "| suite | table | severity | result | rows evaluated | sampled | failed expectations |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in results:
        lines.append(f"| {r.name} | {r.table} | {r.severity} | {'PASS' if r.success else 'FAIL'} | "
                     f"{r.rows_evaluated} | {'yes' if r.sampled else 'no'} | {len(r.failed())} |")
    lines.append("")
    lines += [r.to_markdown() for r in results]
    return jsonable(summary), "\n".join(lines)
