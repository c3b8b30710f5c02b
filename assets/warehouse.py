"""Stage 4: load every table into a fresh DuckDB warehouse and swap it into place (the only DuckDB writer)."""


import dagster as dg
import polars as pl
from filelock import FileLock

from assets.clean import articles
from assets.ingest import source_files
from assets.resources import NewsquotesSettings
from pipeline.articles import source_files_with_quarantine
from pipeline.storage import build_warehouse, read_stage

QUARANTINE_STAGES = ("quarantine_ingest", "quarantine_clean", "quarantine_nlp")


def load_tables(stages_dir) -> dict[str, pl.DataFrame]:
    """The warehouse tables as the stages left them, with the stage quarantines gathered into one table."""
    quarantine = pl.concat([read_stage(stages_dir, q, "quarantine") for q in QUARANTINE_STAGES],
                           how="vertical_relaxed")
    files = source_files_with_quarantine(read_stage(stages_dir, "source_files", "source_files"), quarantine)
    tables = {"source_files": files, "quarantine": quarantine}
    for name in ("articles", "cleaning_removals", "entity_mentions", "entities", "quotes"):
        tables[name] = read_stage(stages_dir, name, name)
    return tables


@dg.asset(
    deps=[source_files, articles, "entity_mentions", "entities", "quotes"],
    group_name="warehouse",
    kinds={"duckdb"},
    description="DATA_DIR/warehouse.duckdb: every table of sql/schema.sql plus the views of sql/views.sql. Rebuilt "
    "into a new file and renamed into place, so readers never see a half-written warehouse.",
)
def warehouse(context: dg.AssetExecutionContext, settings: NewsquotesSettings) -> dg.MaterializeResult:
    s = settings.load()
    tables = load_tables(s.stages_dir)
    with FileLock(str(s.data_dir / ".warehouse.lock"), timeout=600):
        counts = build_warehouse(s.warehouse_path, tables)
    context.log.info(f"warehouse at {s.warehouse_path}: {counts}")
    return dg.MaterializeResult(metadata={
        "path": dg.MetadataValue.path(str(s.warehouse_path)),
        **{f"rows/{t}": n for t, n in counts.items()},
    })

