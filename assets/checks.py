"""Great Expectations suites as Dagster asset checks: ERROR checks block the release, WARN checks report.

Each table has two checks: `<table>_contract` (ERROR, blocking) and `<table>_quality` (WARN). Both come from one
run of the table's suites in `pipeline/validation.py`.
"""


import datetime as dt
from collections.abc import Callable, Iterable

import dagster as dg
import polars as pl

from assets.resources import NewsquotesSettings
from assets.warehouse import load_tables
from pipeline.articles import source_files_with_quarantine
from pipeline.ingest import discover
from pipeline.settings import Settings
from pipeline.storage import read_stage
from pipeline.validation_results import save_results

Suites = Callable[[Settings], list]  # returns SuiteResults


def _suites_source_files(s: Settings) -> list:
    from pipeline.validation import validate_source_files
    files = read_stage(s.stages_dir, "source_files", "source_files")
    return validate_source_files(files, discovered=len(discover(s.raw_dir)), quarantine_budget=s.quarantine_budget)


def _suites_articles(s: Settings) -> list:
    from pipeline.validation import validate_articles, validate_cleaning_removals
    arts = read_stage(s.stages_dir, "articles", "articles")
    # Files whose only article cleaning set aside are quarantined from here on, as the warehouse records them.
    files = source_files_with_quarantine(read_stage(s.stages_dir, "source_files", "source_files"),
                                         read_stage(s.stages_dir, "quarantine_clean", "quarantine"))
    return (validate_articles(arts, files, languages=s.languages, now=dt.datetime.now(dt.UTC).replace(tzinfo=None))
            + validate_cleaning_removals(read_stage(s.stages_dir, "cleaning_removals", "cleaning_removals"), arts))


def _suites_entity_mentions(s: Settings) -> list:
    from pipeline.validation import validate_entity_mentions
    return validate_entity_mentions(read_stage(s.stages_dir, "entity_mentions", "entity_mentions"),
                                    read_stage(s.stages_dir, "articles", "articles"))


def _suites_entities(s: Settings) -> list:
    from pipeline.validation import validate_entities
    return validate_entities(read_stage(s.stages_dir, "entities", "entities"),
                             read_stage(s.stages_dir, "entity_mentions", "entity_mentions"))


def _suites_quotes(s: Settings) -> list:
    from pipeline.validation import validate_quotes
    return validate_quotes(read_stage(s.stages_dir, "quotes", "quotes"),
                           read_stage(s.stages_dir, "articles", "articles"),
                           named_speaker_floor=s.named_speaker_floor)


def _suites_warehouse(s: Settings) -> list:
    from pipeline.validation import validate_quarantine
    return validate_quarantine(load_tables(s.stages_dir)["quarantine"])


SUITES: dict[str, Suites] = {
    "source_files": _suites_source_files,
    "articles": _suites_articles,
    "entity_mentions": _suites_entity_mentions,
    "entities": _suites_entities,
    "quotes": _suites_quotes,
    "warehouse": _suites_warehouse,
}


def _result(table: str, severity: str, suites: list) -> dg.AssetCheckResult:
    chosen = [r for r in suites if r.severity == severity]
    failed = [dict(e, suite=r.name) for r in chosen for e in r.failed()]
    return dg.AssetCheckResult(
        asset_key=table,
        check_name=f"{table}_{'contract' if severity == 'ERROR' else 'quality'}",
        passed=not failed,
        severity=dg.AssetCheckSeverity.ERROR if severity == "ERROR" else dg.AssetCheckSeverity.WARN,
        metadata={
            "checked": dg.MetadataValue.md("\n\n".join(r.to_markdown() for r in chosen) or "_no expectations_"),
            "failed_expectations": dg.MetadataValue.json(failed[:20]),
            "unexpected_rows": sum(int(e.get("unexpected_count") or 0) for e in failed),
            "rows_evaluated": max((r.rows_evaluated for r in chosen), default=0),
            "sampled": any(r.sampled for r in chosen),
        },
    )


def _make_check(table: str, run_suites: Suites) -> dg.AssetChecksDefinition:
    @dg.multi_asset_check(
        name=f"{table}_expectations",
        specs=[
            dg.AssetCheckSpec(f"{table}_contract", asset=table, blocking=True,
                              description=f"Great Expectations contract for {table}; a failure blocks the release."),
            dg.AssetCheckSpec(f"{table}_quality", asset=table,
                              description=f"Softer Great Expectations quality signals for {table} (warnings)."),
        ],
    )
    def _check(context: dg.AssetCheckExecutionContext, settings: NewsquotesSettings) -> Iterable[dg.AssetCheckResult]:
        s = settings.load()
        suites = run_suites(s)
        save_results(s.stages_dir, table, context.run.run_id, [r.to_dict() for r in suites],
                     "\n\n".join(r.to_markdown() for r in suites))
        yield _result(table, "ERROR", suites)
        yield _result(table, "WARN", suites)

    return _check


table_checks = [_make_check(table, fn) for table, fn in SUITES.items()]
