"""Stage 1: discover raw files, decode, give content ids, drop exact duplicates, quarantine bad input."""


from dataclasses import asdict, fields

import dagster as dg
import polars as pl

from assets.metadata import counts_by, table_metadata
from assets.progress import progress_logger
from assets.resources import NewsquotesSettings
from pipeline.fingerprint import INGEST_CODE, code_fingerprint
from pipeline.ingest import RawRecord, cache_key, ingest
from pipeline.ingest_cache import load_cache, save_cache
from pipeline.storage import frame, write_stage

RAW_RECORD_SCHEMA = {
    "article_id": pl.String(), "source_path": pl.String(), "source_record": pl.Int32(), "format": pl.String(),
    "body": pl.String(), "has_title_line": pl.Boolean(), "title": pl.String(), "byline": pl.String(),
    "published_at": pl.Datetime("us"), "outlet": pl.String(), "url": pl.String(), "language": pl.String(),
}


def records_frame(records: list[RawRecord]) -> pl.DataFrame:
    return pl.DataFrame([asdict(r) for r in records], schema=RAW_RECORD_SCHEMA, orient="row") if records \
        else pl.DataFrame(schema=RAW_RECORD_SCHEMA)


def records_from_frame(df: pl.DataFrame) -> list[RawRecord]:
    names = {f.name for f in fields(RawRecord)}
    return [RawRecord(**{k: v for k, v in row.items() if k in names}) for row in df.iter_rows(named=True)]


@dg.asset(
    group_name="ingest",
    kinds={"python", "parquet"},
    description="Every file under the raw folder, with its format, encoding, content-derived article ids and a "
    "status (ok | duplicate | quarantined) with the reason. Symlinks are recorded, never followed.",
)
def source_files(context: dg.AssetExecutionContext, settings: NewsquotesSettings) -> dg.MaterializeResult:
    s = settings.load()
    fingerprint = code_fingerprint(INGEST_CODE)
    cache_path = s.stages_dir / "ingest_cache.jsonl"
    cache = load_cache(cache_path, fingerprint)
    known = set(cache)
    result = ingest(s.raw_dir, s, progress=progress_logger(context, "ingest"), cache=cache)
    kept = save_cache(cache_path, fingerprint, cache, result.source_files)
    reused = sum(1 for r in result.source_files if r["sha256"] and cache_key(r["sha256"], r["source_path"]) in known)
    context.log.info(f"read {len(result.source_files):,} files: {reused:,} unchanged since the last run were not parsed again")
    files = frame("source_files", result.source_files).sort("source_path")
    records = records_frame(result.records).sort("article_id")
    write_stage(s.stages_dir, "source_files", files)
    write_stage(s.stages_dir, "raw_records", records)
    write_stage(s.stages_dir, "quarantine_ingest", frame("quarantine", result.quarantine))
    return dg.MaterializeResult(metadata=table_metadata(
        files, files.select("source_path", "format", "encoding", "status", "reason", "detail"),
        raw_dir=str(s.raw_dir), articles=len(records), by_status=counts_by(files, "status"),
        quarantined_by_reason=counts_by(files.filter(pl.col("status") == "quarantined"), "reason"),
        quarantined_records=len(result.quarantine), reused_files=reused, cached_files=kept,
    ))
