"""Stage 5: publish the warehouse as the next versioned Parquet release, when its content changed."""


import json

import dagster as dg
from filelock import FileLock

from assets.resources import NewsquotesSettings
from assets.warehouse import warehouse
from pipeline.publish import latest_version, publish_release, verify_release
from pipeline.storage import declared_schema, table_counts
from pipeline.validation_results import collect_validation


@dg.asset(
    deps=[warehouse],
    group_name="publish",
    kinds={"parquet"},
    description="DATA_DIR/releases/vX.Y.Z/: one zstd Parquet file per table, manifest.json with checksums, "
    "datapackage.json, DATASHEET.md, CHANGELOG.md and the validation results; LATEST names the newest. "
    "Publishes only when the content changed, and only after every blocking check passed.",
    check_specs=[dg.AssetCheckSpec("release_verifies", asset="release",
                                   description="Checksums, row counts (= warehouse) and schema (= sql/schema.sql).")],
)
def release(context: dg.AssetExecutionContext, settings: NewsquotesSettings) -> dg.MaterializeResult:
    s = settings.load()
    validation, validation_md = collect_validation(s.stages_dir)
    with FileLock(str(s.data_dir / ".warehouse.lock"), timeout=600):
        outcome = publish_release(warehouse_path=s.warehouse_path, releases_dir=s.releases_dir,
                                  dataset=s.dataset_name, spacy_model=s.spacy_model,
                                  validation=validation, validation_md=validation_md)
    context.log.info(outcome.message)
    version = outcome.version or latest_version(s.releases_dir)
    problems = verify_release_against_warehouse(s) if version else ["no release exists"]
    return dg.MaterializeResult(
        metadata={"version": version or "none", "published": outcome.published, "message": outcome.message,
                  "path": dg.MetadataValue.path(str(outcome.path or s.releases_dir))},
        check_results=[dg.AssetCheckResult(check_name="release_verifies", passed=not problems,
                                           metadata={"problems": dg.MetadataValue.json(problems[:20])})],
    )


def verify_release_against_warehouse(s) -> list[str]:
    """The latest release verifies on its own, matches the warehouse's row counts and the declared schema."""
    version = latest_version(s.releases_dir)
    release_dir = s.releases_dir / f"v{version}"
    problems = verify_release(release_dir)
    manifest = json.loads((release_dir / "manifest.json").read_text(encoding="utf-8"))
    schema = declared_schema()
    counts = table_counts(s.warehouse_path)
    for table, info in manifest["tables"].items():
        rows = counts.get(table)
        if rows != info["rows"]:
            problems.append(f"{table}: release has {info['rows']} rows, warehouse {rows}")
        if [(c["name"], c["type"]) for c in info["schema"]] != schema[table]:
            problems.append(f"{table}: release schema differs from sql/schema.sql")
    return problems
