"""Versioned Parquet releases: export, describe, publish atomically, verify.

A release is `releases/vX.Y.Z/` holding one zstd Parquet file per table (rows in key order, written single-threaded
so the bytes are a pure function of the data and the pipeline version), `manifest.json`, `datapackage.json`,
`DATASHEET.md`, `CHANGELOG.md` and the validation results. It is built in a staging folder, fsynced and renamed into
place; only then is `releases/LATEST` replaced. A published version is never modified.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import shutil
import stat
from dataclasses import dataclass
from pathlib import Path

import duckdb

from pipeline import provenance
from pipeline.faults import fault_point
from pipeline.storage import TABLE_KEYS, TABLES, atomic_write_bytes, declared_schema, fsync_dir, fsync_file

VERSION_RE = re.compile(r"^(\d+)\.(\d+)\.(\d+)$")
FIRST_VERSION = "1.0.0"
#: The column that identifies a row, for the changelog's added/removed counts.
ROW_IDS = {
    "source_files": "source_path",
    "articles": "article_id",
    "entity_mentions": "mention_id",
    "entities": "entity_id",
    "quotes": "quote_id",
}
FRICTIONLESS_TYPES = {"VARCHAR": "string", "INTEGER": "integer", "BIGINT": "integer", "DOUBLE": "number",
                      "BOOLEAN": "boolean", "TIMESTAMP": "datetime", "VARCHAR[]": "array"}


class ReleaseError(RuntimeError):
    """A release could not be published; the message names the path and the reason."""


@dataclass(frozen=True)
class PublishOutcome:
    published: bool
    version: str | None  # the new version, or the unchanged latest one
    path: Path | None
    message: str


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def parse_version(version: str) -> tuple[int, int, int]:
    m = VERSION_RE.match(version.removeprefix("v"))
    if not m:
        raise ReleaseError(f"version {version!r} is not of the form X.Y.Z")
    return int(m[1]), int(m[2]), int(m[3])


def latest_version(releases_dir: Path) -> str | None:
    latest = releases_dir / "LATEST"
    if not latest.exists():
        return None
    version = latest.read_text(encoding="utf-8").strip()
    return version or None


def newest_version(releases_dir: Path) -> str | None:
    """The highest version folder present, whether or not LATEST names it yet."""
    versions = [d.name[1:] for d in releases_dir.glob("v*") if d.is_dir() and VERSION_RE.match(d.name[1:])]
    return max(versions, key=parse_version) if versions else None


def next_version(previous: str | None, bump: str = "minor") -> str:
    if previous is None:
        return FIRST_VERSION
    major, minor, patch = parse_version(previous)
    if bump == "major":
        return f"{major + 1}.0.0"
    if bump == "patch":
        return f"{major}.{minor}.{patch + 1}"
    return f"{major}.{minor + 1}.0"


# ---------------------------------------------------------------- export


def export_tables(warehouse_path: Path, out_dir: Path) -> dict[str, dict]:
    """Write each warehouse table to `out_dir/<table>.parquet`; returns rows, bytes and sha256 per table."""
    out_dir.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(str(warehouse_path), read_only=True)
    tables: dict[str, dict] = {}
    try:
        # One thread: row groups and their order, hence the file bytes, do not depend on the machine.
        con.execute("SET threads = 1")
        for table in TABLES:
            path = out_dir / f"{table}.parquet"
            order = ", ".join(f"{c} NULLS FIRST" for c in TABLE_KEYS[table])
            con.execute(
                f"COPY (SELECT * FROM {table} ORDER BY {order}) TO '{_sql_path(path)}' "
                "(FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 100000)"
            )
            fault_point("publish.mid_parquet")
            rows = con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            tables[table] = {"rows": rows, "bytes": path.stat().st_size, "sha256": sha256_file(path)}
    finally:
        con.close()
    return tables


def _sql_path(path: Path) -> str:
    return str(path).replace("'", "''")


def input_counts(warehouse_path: Path) -> dict:
    con = duckdb.connect(str(warehouse_path), read_only=True)
    try:
        by_status = dict(con.execute("SELECT status, count(*) FROM source_files GROUP BY 1 ORDER BY 1").fetchall())
        by_reason = dict(
            con.execute(
                "SELECT reason, count(*) FROM source_files WHERE reason IS NOT NULL GROUP BY 1 ORDER BY 1"
            ).fetchall()
        )
        quarantined_records = dict(
            con.execute("SELECT stage || ':' || reason, count(*) FROM quarantine GROUP BY 1 ORDER BY 1").fetchall()
        )
    finally:
        con.close()
    return {"files": sum(by_status.values()), "by_status": by_status, "by_reason": by_reason,
            "quarantine_by_stage_reason": quarantined_records}


# ---------------------------------------------------------------- documents


def build_manifest(*, dataset: str, version: str, previous: str | None, tables: dict[str, dict],
                   inputs: dict, spacy_model: str, extra_files: dict[str, Path], validation: dict | None) -> dict:
    schema = declared_schema()
    files = [{"path": f"{t}.parquet", "bytes": info["bytes"], "sha256": info["sha256"]} for t, info in tables.items()]
    files += [{"path": name, "bytes": p.stat().st_size, "sha256": sha256_file(p)} for name, p in extra_files.items()]
    return {
        "dataset": dataset,
        "version": version,
        "created_utc": dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z"),
        "previous_version": previous,
        "pipeline": {"version": provenance.PIPELINE_VERSION, "git_sha": provenance.git_sha(),
                     "lock_sha256": provenance.lock_sha256()},
        "libraries": provenance.library_versions(),
        "spacy_model": {"name": spacy_model, "version": provenance.spacy_model_version(spacy_model)},
        "inputs": inputs,
        "tables": {
            t: {"path": f"{t}.parquet", "rows": info["rows"],
                "schema": [{"name": n, "type": k} for n, k in schema[t]]}
            for t, info in tables.items()
        },
        "validation": None if validation is None else {"success": validation.get("success"),
                                                       "file": "validation.json"},
        "files": sorted(files, key=lambda f: f["path"]),
    }


def datapackage(manifest: dict) -> dict:
    files = {f["path"]: f for f in manifest["files"]}
    return {
        "profile": "data-package",
        "name": manifest["dataset"],
        "version": manifest["version"],
        "created": manifest["created_utc"],
        "licenses": [{"name": "CC-BY-4.0", "title": "Annotations: Creative Commons Attribution 4.0",
                      "path": "https://creativecommons.org/licenses/by/4.0/"}],
        "resources": [
            {
                "name": t,
                "path": info["path"],
                "format": "parquet",
                "mediatype": "application/vnd.apache.parquet",
                "bytes": files[info["path"]]["bytes"],
                "hash": "sha256:" + files[info["path"]]["sha256"],
                "schema": {"fields": [{"name": c["name"], "type": FRICTIONLESS_TYPES.get(c["type"], "any"),
                                       "duckdbType": c["type"]} for c in info["schema"]]},
            }
            for t, info in manifest["tables"].items()
        ],
    }


def datasheet(manifest: dict, validation_md: str | None) -> str:
    rows = "\n".join(f"| {t} | {info['rows']:,} |" for t, info in manifest["tables"].items())
    inputs = manifest["inputs"]
    status = ", ".join(f"{k}: {v:,}" for k, v in inputs["by_status"].items()) or "none"
    reasons = ", ".join(f"{k}: {v:,}" for k, v in inputs["by_reason"].items()) or "none"
    libs = ", ".join(f"{k} {v}" for k, v in manifest["libraries"].items())
    model = manifest["spacy_model"]
    return f"""# Datasheet: {manifest['dataset']} v{manifest['version']}

## What it is
Cleaned news articles, their named entities (with canonical entities across the corpus) and their quotations
attributed to speakers, built by the newsquotes pipeline from a folder of raw article files.

## Contents
| table | rows |
|---|---|
{rows}

Inputs: {inputs['files']:,} files ({status}). Set-aside reasons: {reasons}.
Every input file has a row in `source_files`; everything set aside is in `quarantine` with its reason.

## How it was built
newsquotes {manifest['pipeline']['version']} (git {manifest['pipeline']['git_sha'] or 'unknown'}), spaCy model
{model['name']} {model['version'] or ''}; {libs}. Lock file sha256 {manifest['pipeline']['lock_sha256']}.
Ingest (format and encoding detection, content-derived ids, exact-duplicate removal) → cleaning (boilerplate lines
removed and logged in `cleaning_removals`, byline/dateline/timestamps moved to fields) → spaCy named entities with
within-article canonical names → quotations (direct, mixed, indirect) with speakers → Great Expectations checks →
this release. Offsets (`start_char`, `end_char`) index `articles.clean_text` in Unicode code points.

## Known limits
- Speaker attribution and entity canonicalisation are rule-based over a small statistical model; expect errors on
  unusual constructions, nested quotations and pronouns far from their antecedent.
- Duplicates are exact (after whitespace normalisation); near-duplicates (syndicated rewrites) are kept.
- Cleaning looks at the whole run: lines many different stories share, and lines carrying another article's
  headline, are removed as boilerplate (rule `shared_line` in `cleaning_removals`), so adding articles to a corpus
  can change how earlier ones are cleaned. This works best on large runs: on BBC bodies wrapped in synthetic
  scraper noise, a run of a few hundred files from the same sites kept 0.99 or more of its words from the true
  bodies, a run of a hundred 0.98 or more, a run of thirty 0.95 or more, while a file cleaned alone kept 0.90-0.99
  under heavy noise.
- On plain-text pages a short line that no specific word ties to its story is removed when it sits above or below
  the story, and one that shares at most one common word with it when it sits inside (rule `off_topic`); this holds
  for full sentences above or below the story even where the page's furniture outweighs it; a quote or
  an attributed line stays unless it sits in a box of removed lines, or two other stories of the run on other
  events carry it (rule `shared_off_topic`). A verb of saying that names no source ("residents were told to",
  "admitted shoplifting") does not count as attribution. A one-line aside, a short quote that names
  nothing from the story, or a team sheet or results list naming no one in it, can go with the page furniture (on
  the BBC corpus: about 0.2% of the words; more on articles written in one-sentence paragraphs). Check
  `cleaning_removals`.
- Lines in the shape of another medium's furniture go whatever they say: a chat export's stamped messages
  (`chat_log`), e-mail headers (`email_header`), reference entries and footnotes (`scholarly`), a parliament's
  record (`parliament`), and a local paper's rows: family notices, magistrates' results, opening hours, roadworks
  and school-closure lists (`family_notice`, `court_result`, `listing`). A story that reproduces such messages,
  references or rows in that shape loses them; check `cleaning_removals`.
- On plain-text pages a long line in another language than the page's (a consent banner in the reader's
  language) is removed (rule `foreign_language`) unless it opens with a quotation; an untranslated sentence of the
  story's own goes with it.
- Language detection is per article; non-English articles are kept but the English model annotates them poorly.

## Licence
The annotations (entities, quotations, speakers, metadata fields and this documentation) are released under
CC-BY-4.0. The article texts (`articles.clean_text`, `quotes.quote_text` and other excerpts) remain the copyright of
their publishers: the release carries them for research use; check your rights before redistributing them.

## Validation
{validation_md or 'No validation results were attached.'}
"""


def changelog(manifest: dict, previous_dir: Path | None, new_dir: Path) -> str:
    lines = [f"# Changelog: v{manifest['version']}", ""]
    if previous_dir is None:
        lines.append("First release.")
        lines += [f"- {t}: {info['rows']:,} rows" for t, info in manifest["tables"].items()]
        return "\n".join(lines) + "\n"
    lines.append(f"Compared with v{manifest['previous_version']}.")
    lines.append("")
    lines.append("| table | rows | added | removed |")
    lines.append("|---|---|---|---|")
    con = duckdb.connect()
    try:
        for table, info in manifest["tables"].items():
            old_file, new_file = previous_dir / f"{table}.parquet", new_dir / f"{table}.parquet"
            key = ROW_IDS.get(table)
            if key is None or not old_file.exists():
                lines.append(f"| {table} | {info['rows']:,} | | |")
                continue
            added, removed = con.execute(
                f"""SELECT
                    (SELECT count(*) FROM (SELECT {key} FROM read_parquet(?) EXCEPT SELECT {key} FROM read_parquet(?))),
                    (SELECT count(*) FROM (SELECT {key} FROM read_parquet(?) EXCEPT SELECT {key} FROM read_parquet(?)))""",
                [str(new_file), str(old_file), str(old_file), str(new_file)],
            ).fetchone()
            lines.append(f"| {table} | {info['rows']:,} | {added:,} | {removed:,} |")
    finally:
        con.close()
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- publish


def remove_stale_staging(releases_dir: Path) -> None:
    """Half-built releases left by a killed run live only under `.staging-*`; delete them."""
    if releases_dir.exists():
        for p in releases_dir.glob(".staging-*"):
            shutil.rmtree(p, ignore_errors=True)


def publish_release(*, warehouse_path: Path, releases_dir: Path, dataset: str, spacy_model: str,
                    validation: dict | None = None, validation_md: str | None = None,
                    version: str | None = None, bump: str = "minor") -> PublishOutcome:
    """Publish the warehouse as the next version, unless its content equals the latest release's.

    An explicit `version` always publishes (refused if that version exists or is not newer than LATEST).
    """
    if not warehouse_path.exists():
        raise ReleaseError(f"no warehouse at {warehouse_path}: run the pipeline first")
    try:
        releases_dir.mkdir(parents=True, exist_ok=True)
        remove_stale_staging(releases_dir)
        previous = latest_version(releases_dir)
        previous_dir = releases_dir / f"v{previous}" if previous else None
        staging = releases_dir / f".staging-{os.getpid()}"
        staging.mkdir()
        tables = export_tables(warehouse_path, staging)
    except OSError as exc:
        raise ReleaseError(f"cannot write a release under {releases_dir}: {exc.strerror or exc}") from exc

    if version is None and previous_dir is not None and _same_content(tables, previous_dir):
        shutil.rmtree(staging, ignore_errors=True)
        return PublishOutcome(False, previous, previous_dir, f"content unchanged since v{previous}: nothing published")

    newest = newest_version(releases_dir)
    if version is None and newest and newest != previous:
        # A run killed after renaming its release into place but before updating LATEST: finish its job if that
        # release is complete and holds this very content; otherwise publish after it.
        newest_dir = releases_dir / f"v{newest}"
        if not verify_release(newest_dir) and _same_content(tables, newest_dir):
            shutil.rmtree(staging, ignore_errors=True)
            atomic_write_bytes(releases_dir / "LATEST", f"{newest}\n".encode())
            return PublishOutcome(True, newest, newest_dir, f"completed the interrupted publication of v{newest}")
    new_version = version.removeprefix("v") if version else next_version(newest or previous, bump)
    parse_version(new_version)
    target = releases_dir / f"v{new_version}"
    if target.exists():
        shutil.rmtree(staging, ignore_errors=True)
        raise ReleaseError(f"release v{new_version} already exists at {target}; a published version is never modified")
    if previous and parse_version(new_version) <= parse_version(previous):
        shutil.rmtree(staging, ignore_errors=True)
        raise ReleaseError(f"version {new_version} is not newer than the latest release v{previous}")

    try:
        fault_point("publish.after_data")
        extra: dict[str, Path] = {}
        if validation is not None:
            extra["validation.json"] = _write(staging / "validation.json", json.dumps(validation, indent=2, sort_keys=True))
            extra["VALIDATION.md"] = _write(staging / "VALIDATION.md", validation_md or "")
        inputs = input_counts(warehouse_path)
        # DATASHEET and CHANGELOG are described by the manifest, so they are written first.
        draft = build_manifest(dataset=dataset, version=new_version, previous=previous, tables=tables, inputs=inputs,
                               spacy_model=spacy_model, extra_files={}, validation=validation)
        extra["DATASHEET.md"] = _write(staging / "DATASHEET.md", datasheet(draft, validation_md))
        extra["CHANGELOG.md"] = _write(staging / "CHANGELOG.md", changelog(draft, previous_dir, staging))
        manifest = build_manifest(dataset=dataset, version=new_version, previous=previous, tables=tables,
                                  inputs=inputs, spacy_model=spacy_model, extra_files=extra, validation=validation)
        _write(staging / "datapackage.json", json.dumps(datapackage(manifest), indent=2))
        _write(staging / "manifest.json", json.dumps(manifest, indent=2))
        for p in staging.iterdir():
            fsync_file(p)
            p.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
        fsync_dir(staging)
        fault_point("publish.before_rename")
        os.rename(staging, target)
        fsync_dir(releases_dir)
        fault_point("publish.after_rename")
        atomic_write_bytes(releases_dir / "LATEST", f"{new_version}\n".encode())
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise ReleaseError(f"cannot write release v{new_version} under {releases_dir}: {exc.strerror or exc}") from exc
    return PublishOutcome(True, new_version, target, f"published v{new_version} at {target}")


def _same_content(tables: dict[str, dict], previous_dir: Path) -> bool:
    manifest_path = previous_dir / "manifest.json"
    if not manifest_path.exists():
        return False
    old = {f["path"]: f["sha256"] for f in json.loads(manifest_path.read_text(encoding="utf-8"))["files"]}
    return all(old.get(f"{t}.parquet") == info["sha256"] for t, info in tables.items()) and \
        {p for p in old if p.endswith(".parquet")} == {f"{t}.parquet" for t in tables}


def _write(path: Path, text: str) -> Path:
    path.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")
    return path


# ---------------------------------------------------------------- verify


def verify_release(release_dir: Path) -> list[str]:
    """Problems found re-checking a release's checksums, row counts and schema; empty when it verifies."""
    manifest_path = release_dir / "manifest.json"
    if not manifest_path.exists():
        return [f"{manifest_path}: missing"]
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        return [f"{manifest_path}: not valid JSON ({exc})"]
    problems: list[str] = []
    for f in manifest.get("files", []):
        path = release_dir / f["path"]
        if not path.exists():
            problems.append(f"{path}: listed in the manifest but missing")
        elif path.stat().st_size != f["bytes"]:
            problems.append(f"{path}: {path.stat().st_size} bytes, manifest says {f['bytes']}")
        elif sha256_file(path) != f["sha256"]:
            problems.append(f"{path}: sha256 does not match the manifest")
    con = duckdb.connect()
    try:
        for table, info in manifest.get("tables", {}).items():
            path = release_dir / info["path"]
            if not path.exists():
                continue
            rows = con.execute("SELECT count(*) FROM read_parquet(?)", [str(path)]).fetchone()[0]
            if rows != info["rows"]:
                problems.append(f"{path}: {rows} rows, manifest says {info['rows']}")
            actual = [(r[0], r[1]) for r in con.execute("DESCRIBE SELECT * FROM read_parquet(?)", [str(path)]).fetchall()]
            declared = [(c["name"], c["type"]) for c in info["schema"]]
            if actual != declared:
                problems.append(f"{path}: schema {actual} differs from the manifest's {declared}")
    finally:
        con.close()
    return problems
