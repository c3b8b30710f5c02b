"""The newsquotes code location: the flow from raw files to a release, as Dagster loads it.

    source_files ──► articles ──► entity_mentions, entities, quotes ──► warehouse ──► release
     (ingest)        (clean)            (nlp, one spaCy parse)           (DuckDB)     (Parquet)

Every table asset carries Great Expectations checks; ERROR checks are blocking, so a contract violation stops the
release and the previous release stays as it was.
"""

import dagster as dg

from assets.automation import daily_schedule, new_raw_files_sensor
from assets.checks import table_checks
from assets.clean import articles
from assets.ingest import source_files
from assets.jobs import all_assets_job
from assets.nlp import nlp_annotations
from assets.release import release
from assets.resources import NewsquotesSettings
from assets.warehouse import warehouse

defs = dg.Definitions(
    assets=[source_files, articles, nlp_annotations, warehouse, release],
    asset_checks=table_checks,
    jobs=[all_assets_job],
    schedules=[daily_schedule],
    sensors=[new_raw_files_sensor],
    resources={"settings": NewsquotesSettings()},
)
