"""Stage 2: clean each article (boilerplate out, metadata into fields), detect its language."""


import dagster as dg
import polars as pl

from assets.ingest import records_from_frame, source_files
from assets.metadata import counts_by, table_metadata
from assets.resources import NewsquotesSettings
from pipeline.articles import build_articles
from pipeline.storage import read_stage, write_stage


@dg.asset(
    deps=[source_files],
    group_name="clean",
    kinds={"python", "parquet"},
    description="One row per unique article: clean_text (paragraphs kept, boilerplate removed), title, byline, "
    "published_at, dateline, outlet, language. What was removed and why is in cleaning_removals.",
)
def articles(context: dg.AssetExecutionContext, settings: NewsquotesSettings) -> dg.MaterializeResult:
    s = settings.load()
    records = records_from_frame(read_stage(s.stages_dir, "raw_records"))
    context.log.info(f"cleaning {len(records):,} articles")
    arts, removals, quarantine = build_articles(records, shared_boilerplate=s.shared_boilerplate)
    write_stage(s.stages_dir, "articles", arts)
    write_stage(s.stages_dir, "cleaning_removals", removals)
    write_stage(s.stages_dir, "quarantine_clean", quarantine)
    return dg.MaterializeResult(metadata=table_metadata(
        arts, arts.select("article_id", "title", "dateline", "outlet", "published_at", "language", "word_count"),
        words=int(arts["word_count"].sum() or 0), languages=counts_by(arts, "language"),
        removed_lines=len(removals), removed_by_rule=counts_by(removals, "rule"),
        quarantined=len(quarantine),
    ))
