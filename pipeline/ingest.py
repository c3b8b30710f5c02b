"""Discover, read, decode, identify and de-duplicate raw article files, with guardrails.

Contract: every discovered path gets exactly one `source_files` row (status ok | duplicate | quarantined, a reason
from pipeline.reasons, a detail in words); good records become `RawRecord`s; record-level set-asides become
`quarantine` rows. Bad input never raises: the only exceptions are programming errors and a missing raw folder.

Guardrails, in the order they apply: symlinks are recorded and never followed; FIFOs, sockets and devices are never
opened; paths resolving outside the raw folder are not read; the size cap is checked with stat() before reading;
files are opened with O_NOFOLLOW|O_NONBLOCK and re-checked with fstat(); gzip is decompressed incrementally with its
own cap.

Bookkeeping: `records_total` counts the records parsed out of a file (1 for txt/html/json, one per non-blank line for
.jsonl, one per element for a JSON array) and is 0 when the file could not be read, decoded or parsed at all.
`source_record` is None for one-record files, the 0-based *line* index for .jsonl (blank lines are skipped but keep
their numbers, so `sed -n "$((r+1))p"` finds the record) and the element index for a JSON array. The quarantine rows
from this stage are: one row per quarantined file (item "file", source_record None; the same reason and detail as
its source_files row) and one per set-aside record (item "record": a bad .jsonl line, a repeated record inside a
file that has other good records). Whole-file duplicates are not quarantine rows: status "duplicate" says it all.

Article ids: `content_id` of the article's identity text, which is its title line + "\\n" + body. For .txt the body
already starts with the headline, so the identity text is the body itself; for HTML/JSON it is title + "\\n" + body.
Because content_id collapses whitespace, the same article as a .txt ("Title\\n\\nBody") and as a JSON record
({"title": "Title", "text": "Body"}) gets the same id, and identical content under another file name is a duplicate.
"""

from __future__ import annotations

import hashlib
import os
import stat
import unicodedata
from collections import Counter
from collections.abc import Callable, MutableMapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from pipeline.decode import InputProblem, declared_charset, decode_bytes, gunzip, is_blank, normalise_text
from pipeline.readers import (
    Item,
    Parsed,
    Problem,
    format_of,
    looks_like_html,
    parse_html,
    parse_json,
    parse_jsonl,
    parse_txt,
)
from pipeline.reasons import check_reason
from pipeline.settings import Settings

STAGE = "ingest"
READ_CHUNK = 1 << 20


@dataclass(frozen=True)
class RawRecord:
    """One article as ingested: text for the cleaner plus whatever metadata the source format carried."""

    article_id: str
    source_path: str
    source_record: int | None  # 0-based line index inside .jsonl / element index in a JSON array; None otherwise
    format: str
    body: str  # NFC text for the cleaner, LF line ends
    has_title_line: bool  # True for .txt (first line is the headline)
    title: str | None
    byline: str | None
    published_at: datetime | None  # naive UTC
    outlet: str | None
    url: str | None
    language: str | None


@dataclass(frozen=True)
class FileResult:
    source_file: dict  # one row of the source_files table, columns exactly as sql/schema.sql
    records: list[RawRecord]  # before cross-file dedupe
    quarantine: list[dict]  # rows of the quarantine table (stage="ingest")


@dataclass(frozen=True)
class IngestResult:
    source_files: list[dict]
    records: list[RawRecord]
    quarantine: list[dict] = field(default_factory=list)


# ------------------------------------------------------------------------------------------------------------ ids


def normalise_for_id(text: str) -> str:
    """NFC, every whitespace run collapsed to one space, stripped: layout differences do not change identity."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def content_id(text: str) -> str:
    """'a' + first 16 hex of sha256 of the normalised content: stable and content-derived, no sequence numbers."""
    return "a" + hashlib.sha256(normalise_for_id(text).encode("utf-8")).hexdigest()[:16]


def identity_text(parsed: Parsed) -> str:
    """What an article id is computed from: title line + body (the .txt body already starts with its title)."""
    return parsed.body if parsed.has_title_line else f"{parsed.title or ''}\n{parsed.body}"


# ------------------------------------------------------------------------------------------------------ discovery


def discover(raw_dir: Path) -> list[Path]:
    """Every entry under raw_dir that is not a directory, sorted by relative posix path.

    Symlinks (to files or directories) are listed but never followed or descended into; FIFOs, sockets and devices
    are listed too so that they get a row. Directories that cannot be listed are listed themselves (as unreadable).
    """
    root = _existing_dir(raw_dir)
    found: list[Path] = []
    failed: list[Path] = []

    def on_error(exc: OSError) -> None:
        if exc.filename and Path(exc.filename) != root:
            failed.append(Path(exc.filename))

    for dirpath, dirnames, filenames in os.walk(root, followlinks=False, onerror=on_error):
        base = Path(dirpath)
        found.extend(base / name for name in filenames)
        found.extend(base / name for name in dirnames if (base / name).is_symlink())
    found.extend(failed)
    return sorted(set(found), key=lambda p: relative_path(p, root))


def _existing_dir(raw_dir: Path) -> Path:
    if not Path(raw_dir).is_dir():
        raise FileNotFoundError(f"raw folder {raw_dir} does not exist or is not a directory")
    return Path(raw_dir)


def relative_path(path: Path, raw_dir: Path) -> str:
    """source_path: relative to the raw folder, '/'-separated; the absolute path when it is not under it.

    File names that are not valid UTF-8 (bytes smuggled in as lone surrogates by os.fsdecode) are shown with
    backslash escapes ('caf\\xe9.txt'): unique, readable, and encodable by every writer downstream.
    """
    try:
        rel = Path(path).relative_to(raw_dir).as_posix()
    except ValueError:
        try:
            rel = Path(os.path.realpath(Path(path).parent), Path(path).name).relative_to(raw_dir.resolve()).as_posix()
        except ValueError:
            rel = Path(path).absolute().as_posix()
    return rel.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


# ------------------------------------------------------------------------------------------------------- reading


#: Results of reading earlier files, by `cache_key`: the same bytes under the same kind of name read the same way.
ReadCache = MutableMapping[str, FileResult]


def cache_key(sha256: str, name: str) -> str:
    return f"{sha256}:{''.join(Path(name).suffixes[-2:]).lower()}"


def read_file(path: Path, raw_dir: Path, settings: Settings, cache: ReadCache | None = None) -> FileResult:
    """One file -> its source_files row, its records and record-level quarantine rows. Never raises for bad input.

    With a `cache`, a file whose bytes were read before (in this or an earlier run) is not decoded and parsed again.
    """
    path, raw_dir = Path(path), Path(raw_dir)
    row = _new_row(relative_path(path, raw_dir))
    try:
        return _read(path, raw_dir, settings, row, cache)
    except InputProblem as problem:
        return _quarantined(row, problem.reason, problem.detail)


def relocated(result: FileResult, source_path: str) -> FileResult:
    """A cached result, as read from the file at `source_path`."""
    return FileResult(
        source_file={**result.source_file, "source_path": source_path},
        records=[replace(r, source_path=source_path) for r in result.records],
        quarantine=[{**q, "source_path": source_path} for q in result.quarantine],
    )


def _read(path: Path, raw_dir: Path, settings: Settings, row: dict, cache: ReadCache | None = None) -> FileResult:
    try:
        info = os.lstat(path)
    except OSError as exc:
        raise InputProblem("unreadable", f"cannot stat the file: {exc.strerror or exc}") from None
    _check_kind(path, info)
    if not _inside(path, raw_dir):
        raise InputProblem("outside_raw_dir", f"the path resolves outside the raw folder {raw_dir}; not read")
    row["bytes"] = info.st_size
    fmt, compression = format_of(path.name)
    row["format"], row["compression"] = fmt, compression
    if info.st_size > settings.max_file_bytes:
        raise InputProblem(
            "too_large", f"{info.st_size:,} bytes exceeds max_file_bytes={settings.max_file_bytes:,}; not read"
        )
    data = _read_bytes(path, settings.max_file_bytes)
    row["bytes"], row["sha256"] = len(data), hashlib.sha256(data).hexdigest()
    if fmt is None:
        raise InputProblem("unsupported_format", f"extension of {path.name!r} is not a supported article format")
    if not data:
        raise InputProblem("empty_file", "the file has zero bytes")
    key = cache_key(row["sha256"], path.name)
    if cache is not None and key in cache:
        return relocated(cache[key], row["source_path"])
    result = _decode_and_parse(data, fmt, compression, settings, row)
    if cache is not None:
        cache[key] = result
    return result


def _decode_and_parse(data: bytes, fmt: str, compression: str | None, settings: Settings,
                      row: dict) -> FileResult:
    if compression == "gzip":
        data = gunzip(data, settings.max_decompressed_bytes)
        if not data:
            raise InputProblem("empty_file", "the gzip content decompresses to zero bytes")
    decoded = decode_bytes(data, declared_charset(data) if fmt in ("html", "txt") else None)
    row["encoding"] = decoded.encoding
    notes = [decoded.note] if decoded.note else []
    text = normalise_text(decoded.text)
    if is_blank(text):
        raise InputProblem("whitespace_only", f"the text ({len(text):,} characters) is only whitespace")
    if fmt == "txt" and looks_like_html(text):
        fmt = row["format"] = "html"
        notes.append("HTML content in a .txt file (detected by content sniffing); read as HTML")
    row["detail"] = "; ".join(notes) or None
    return _build(row, fmt, _parse(fmt, text))


def _check_kind(path: Path, info: os.stat_result) -> None:
    """Refuse anything that is not a regular file, before opening it (a FIFO would block, a link would escape)."""
    mode = info.st_mode
    if stat.S_ISLNK(mode):
        try:
            target = os.readlink(path)
        except OSError:
            target = "?"
        raise InputProblem("symlink", f"symbolic link (to {target}); links are never followed")
    if stat.S_ISDIR(mode):
        raise InputProblem("unreadable", "a directory that could not be listed")
    if not stat.S_ISREG(mode):
        kind = "FIFO" if stat.S_ISFIFO(mode) else "socket" if stat.S_ISSOCK(mode) else "device or special file"
        raise InputProblem("not_regular_file", f"a {kind}, not a regular file; never opened")


def _inside(path: Path, raw_dir: Path) -> bool:
    """Containment after resolving every directory component (the last one is known not to be a link)."""
    real = Path(os.path.realpath(path.parent), path.name)
    return real.is_relative_to(Path(os.path.realpath(raw_dir)))


def _read_bytes(path: Path, limit: int) -> bytes:
    """Read at most limit + 1 bytes, without following a link swapped in after lstat, re-checking via fstat."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise InputProblem("unreadable", f"cannot open the file: {exc.strerror or exc}") from None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise InputProblem("not_regular_file", "changed into a non-regular file while being read; not read")
        chunks: list[bytes] = []
        size = 0
        while size <= limit:
            chunk = os.read(fd, min(READ_CHUNK, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as exc:
        raise InputProblem("unreadable", f"reading failed: {exc.strerror or exc}") from None
    finally:
        os.close(fd)
    if size > limit:
        raise InputProblem("too_large", f"grew beyond max_file_bytes={limit:,} while being read; not read")
    return b"".join(chunks)


def _parse(fmt: str, text: str) -> list[tuple[int | None, Item]]:
    """(source_record, item) pairs; source_record is None for one-record files."""
    if fmt == "txt":
        return [(None, parse_txt(text))]
    if fmt == "html":
        return [(None, parse_html(text))]
    if fmt == "jsonl":
        return list(parse_jsonl(text))
    items = parse_json(text)
    if isinstance(items, Problem):
        raise InputProblem(items.reason, items.detail)
    if len(items) == 1:
        return [(None, items[0])]
    return list(enumerate(items))


def _build(row: dict, fmt: str, items: list[tuple[int | None, Item]]) -> FileResult:
    """Turn parsed items into records and quarantine rows, and settle the file's status."""
    source_path = row["source_path"]
    records: list[RawRecord] = []
    quarantine: list[dict] = []
    problems: list[Problem] = []
    for index, item in items:
        if isinstance(item, Problem):
            problems.append(item)
            if index is not None:  # record-level problem inside a multi-record file
                quarantine.append(quarantine_row(source_path, index, None, "record", item.reason, item.detail))
            continue
        records.append(
            RawRecord(article_id=content_id(identity_text(item)), source_path=source_path, source_record=index,
                      format=fmt, body=item.body, has_title_line=item.has_title_line, title=item.title,
                      byline=item.byline, published_at=item.published_at, outlet=item.outlet, url=item.url,
                      language=item.language)
        )
    row["records_total"] = len(items)
    row["records_ok"] = len(records)
    row["article_ids"] = [r.article_id for r in records]
    if not records:
        if not problems:
            raise InputProblem("no_text", "the file holds no records")
        reason = Counter(p.reason for p in problems).most_common(1)[0][0]
        detail = problems[0].detail
        if len(problems) > 1:
            detail = f"all {len(problems)} records set aside; first: {detail}"
        row.update(status="quarantined", reason=check_reason(reason), detail=_join(row["detail"], detail))
        quarantine.insert(0, quarantine_row(source_path, None, None, "file", reason, row["detail"]))
        return FileResult(row, [], quarantine)
    if problems:
        row["detail"] = _join(row["detail"], f"{len(problems)} of {len(items)} records set aside (see quarantine)")
    return FileResult(row, records, quarantine)


def _join(first: str | None, second: str) -> str:
    return f"{first}; {second}" if first else second


def _new_row(source_path: str) -> dict:
    return {
        "source_path": source_path, "sha256": None, "bytes": 0, "format": None, "compression": None, "encoding": None,
        "status": "ok", "reason": None, "detail": None, "duplicate_of": None, "records_total": 0, "records_ok": 0,
        "article_ids": [],
    }


def _quarantined(row: dict, reason: str, detail: str) -> FileResult:
    row.update(status="quarantined", reason=check_reason(reason), detail=_join(row["detail"], detail),
               records_ok=0, article_ids=[])
    return FileResult(row, [], [quarantine_row(row["source_path"], None, None, "file", reason, row["detail"])])


def quarantine_row(source_path: str | None, source_record: int | None, article_id: str | None, item: str,
                   reason: str, detail: str | None) -> dict:
    """One row of the quarantine table for this stage."""
    return {"stage": STAGE, "source_path": source_path, "source_record": source_record, "article_id": article_id,
            "item": item, "reason": check_reason(reason), "detail": detail}


# ------------------------------------------------------------------------------------------------------- dedupe


def dedupe(results: Sequence[FileResult]) -> tuple[list[dict], list[RawRecord], list[dict]]:
    """Drop repeated content across and within files; the first occurrence in sorted path order wins.

    A file whose every record repeats earlier content becomes status 'duplicate' (duplicate_of = the first copy's
    article id); repeated records in a file that still has other good records are quarantined one by one.
    """
    first_seen: dict[str, str] = {}  # article_id -> source_path of its first copy
    rows: list[dict] = []
    records: list[RawRecord] = []
    quarantine: list[dict] = []
    for result in sorted(results, key=lambda r: r.source_file["source_path"]):
        row = dict(result.source_file)
        quarantine.extend(result.quarantine)
        fresh: list[RawRecord] = []
        repeats: list[RawRecord] = []
        for record in result.records:
            (repeats if record.article_id in first_seen else fresh).append(record)
            first_seen.setdefault(record.article_id, record.source_path)
        if repeats and not fresh:
            first = repeats[0].article_id
            row.update(status="duplicate", reason="duplicate_content", duplicate_of=first, records_ok=0,
                       article_ids=[], detail=_join(row["detail"], f"same content as {first_seen[first]}"))
        elif repeats:
            for record in repeats:
                detail = f"same content as {first_seen[record.article_id]}"
                quarantine.append(quarantine_row(record.source_path, record.source_record, record.article_id,
                                                 "record", "duplicate_content", detail))
            row.update(records_ok=len(fresh), article_ids=[r.article_id for r in fresh],
                       detail=_join(row["detail"], f"{len(repeats)} duplicate record(s) set aside"))
        records.extend(fresh)
        rows.append(row)
    return rows, records, quarantine


# ------------------------------------------------------------------------------------------------------- ingest


def ingest(raw_dir: Path, settings: Settings, progress: Callable[[int, int], None] | None = None,
           cache: ReadCache | None = None) -> IngestResult:
    """discover + read_file + dedupe over the whole raw folder; progress(done, total) after each file.

    `cache` (see read_file) is read and filled in: pass the previous run's to re-read only new or changed files."""
    raw_dir = _existing_dir(Path(raw_dir))
    paths = discover(raw_dir)
    results: list[FileResult] = []
    for done, path in enumerate(paths, start=1):
        results.append(read_file(path, raw_dir, settings, cache))
        if progress is not None:
            progress(done, len(paths))
    rows, records, quarantine = dedupe(results)
    return IngestResult(source_files=rows, records=records, quarantine=quarantine)


__all__ = ["FileResult", "IngestResult", "RawRecord", "content_id", "dedupe", "discover", "ingest", "read_file"]
