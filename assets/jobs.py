"""The one job: the whole flow, with every asset check."""

import dagster as dg

all_assets_job = dg.define_asset_job(
    "newsquotes_all",
    selection=dg.AssetSelection.all(),
    description="raw files → source_files → articles → entity_mentions, entities, quotes → warehouse → release",
    # One process for the whole run: spaCy and Great Expectations load once, and the stages are a chain anyway.
    executor_def=dg.in_process_executor,
)
