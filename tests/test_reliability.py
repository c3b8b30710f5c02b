"""Nothing lost, nothing corrupted: kill -9 at each step, failures, concurrency, full disks, hostile input.

Real processes (`newsquotes run` via subprocess), SIGKILL through the fault points of pipeline/faults.py, a real
Dagster instance and DuckDB file. Small original articles keep each run to seconds.
"""

from __future__ import annotations

import json
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from filelock import FileLock, Timeout

from pipeline.publish import latest_version, verify_release
from tests.conftest import REPO_ROOT
from tests.helpers import logical_hashes, newsquotes, write_articles

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("reliability")]


def snapshot(release_dir: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(release_dir.iterdir())}


@pytest.fixture(scope="module")
def baseline(tmp_path_factory) -> tuple[Path, Path]:
    """A data folder with one published release (v1.0.0) built from three articles."""
    root = tmp_path_factory.mktemp("baseline")
    raw, data = root / "raw", root / "data"
    write_articles(raw, 3)
    newsquotes("run", "--raw-dir", str(raw), data_dir=data)
    assert latest_version(data / "releases") == "1.0.0"
    return raw, data


@pytest.fixture
def copy_of_baseline(baseline, tmp_path) -> tuple[Path, Path]:
    raw, data = baseline
    shutil.copytree(raw, tmp_path / "raw")
    shutil.copytree(data, tmp_path / "data", symlinks=True)
    return tmp_path / "raw", tmp_path / "data"


@pytest.fixture(scope="module")
def clean_four(tmp_path_factory) -> dict[str, str]:
    """Logical content of an uninterrupted run on four articles, to compare interrupted runs against."""
    root = tmp_path_factory.mktemp("clean")
    write_articles(root / "raw", 4)
    newsquotes("run", "--raw-dir", str(root / "raw"), data_dir=root / "data")
    return logical_hashes(root / "data" / "warehouse.duckdb")


@pytest.mark.parametrize("point", ["publish.mid_parquet", "publish.after_data", "publish.before_rename",
                                   "publish.after_rename"])
def test_kill_during_publish_never_exposes_a_broken_release(copy_of_baseline, point):
    raw, data = copy_of_baseline
    releases = data / "releases"
    before = snapshot(releases / "v1.0.0")
    write_articles(raw, 1, start=3)

    killed = newsquotes("run", "--raw-dir", str(raw), data_dir=data, check=False,
                        extra_env={"NEWSQUOTES_FAULT_AT": point})
    assert killed.returncode == -signal.SIGKILL

    latest = latest_version(releases)
    assert latest == "1.0.0"
    assert verify_release(releases / f"v{latest}") == []
    assert snapshot(releases / "v1.0.0") == before
    for version_dir in releases.glob("v*"):  # anything visible outside staging is complete
        assert verify_release(version_dir) == []

    newsquotes("run", "--raw-dir", str(raw), data_dir=data)
    assert latest_version(releases) == "1.1.0"
    assert verify_release(releases / "v1.1.0") == []
    assert not list(releases.glob(".staging-*"))
    assert snapshot(releases / "v1.0.0") == before


def test_kill_during_warehouse_write_then_rerun_equals_clean_run(copy_of_baseline, clean_four):
    raw, data = copy_of_baseline
    write_articles(raw, 1, start=3)
    killed = newsquotes("run", "--raw-dir", str(raw), data_dir=data, check=False,
                        extra_env={"NEWSQUOTES_FAULT_AT": "warehouse.mid_build"})
    assert killed.returncode == -signal.SIGKILL
    assert list(data.glob("warehouse.duckdb.building-*")), "the fault should have hit mid-build"
    newsquotes("run", "--raw-dir", str(raw), data_dir=data)
    assert not list(data.glob("warehouse.duckdb.building-*"))
    assert logical_hashes(data / "warehouse.duckdb") == clean_four


def test_failure_in_nlp_once_then_rerun_equals_clean_run(copy_of_baseline, clean_four):
    raw, data = copy_of_baseline
    write_articles(raw, 1, start=3)
    failed = newsquotes("run", "--raw-dir", str(raw), data_dir=data, check=False,
                        extra_env={"NEWSQUOTES_FAULT_AT": "nlp.before_parse:raise"})
    assert failed.returncode == 1
    assert latest_version(data / "releases") == "1.0.0"
    newsquotes("run", "--raw-dir", str(raw), data_dir=data)
    hashes = logical_hashes(data / "warehouse.duckdb")
    assert hashes == clean_four  # no orphan rows from the failed attempt


def test_same_input_twice_is_idempotent(copy_of_baseline):
    raw, data = copy_of_baseline
    first = logical_hashes(data / "warehouse.duckdb")
    release_before = snapshot(data / "releases" / "v1.0.0")
    newsquotes("run", "--raw-dir", str(raw), data_dir=data)
    assert logical_hashes(data / "warehouse.duckdb") == first
    assert [p.name for p in (data / "releases").glob("v*")] == ["v1.0.0"]
    assert snapshot(data / "releases" / "v1.0.0") == release_before


def test_quarantine_over_budget_blocks_the_release(copy_of_baseline):
    raw, data = copy_of_baseline
    for i in range(3):
        (raw / f"empty-{i}.txt").write_bytes(b"")
    write_articles(raw, 1, start=3)  # new content that would otherwise be published
    out = newsquotes("run", "--raw-dir", str(raw), data_dir=data, check=False)
    assert out.returncode == 1
    assert "source_files_contract" in out.stdout + out.stderr
    assert latest_version(data / "releases") == "1.0.0"
    assert [p.name for p in (data / "releases").glob("v*")] == ["v1.0.0"]


def test_republishing_an_existing_version_is_refused(copy_of_baseline):
    _, data = copy_of_baseline
    out = newsquotes("release", "--version", "1.0.0", data_dir=data, check=False)
    assert out.returncode != 0 and "already exists" in out.stderr


def test_second_concurrent_run_fails_fast_and_first_completes(tmp_path):
    raw, data = tmp_path / "raw", tmp_path / "data"
    write_articles(raw, 3)
    data.mkdir()
    env = {"NEWSQUOTES_N_PROCESS": "1", "GX_ANALYTICS_ENABLED": "false", "DAGSTER_HOME": str(data / "dagster_home")}
    import os
    first = subprocess.Popen([sys.executable, "-m", "pipeline.cli", "run", "--raw-dir", str(raw), "--data-dir", str(data)],
                             cwd=REPO_ROOT, env={**os.environ, **env}, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:  # wait until the first run holds the data-folder lock
        try:
            with FileLock(str(data / ".newsquotes.lock"), timeout=0):
                pass
        except Timeout:
            break
        time.sleep(0.1)
    else:
        pytest.fail("the first run never took the lock")
    started = time.monotonic()
    second = newsquotes("run", "--raw-dir", str(raw), data_dir=data, check=False)
    assert second.returncode != 0
    assert "another newsquotes run" in second.stderr
    assert time.monotonic() - started < 60  # it did not wait for the first run
    out, err = first.communicate(timeout=900)
    assert first.returncode == 0, out[-2000:] + err[-2000:]
    assert verify_release(data / "releases" / "v1.0.0") == []


def _mount_tmpfs(path: Path, size: str) -> None:
    path.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here (needs root): {done.stderr.decode().strip()}")


def test_full_disk_gives_a_clear_error_and_keeps_the_previous_release(tmp_path):
    raw, data = tmp_path / "raw", tmp_path / "small"
    write_articles(raw, 3)
    _mount_tmpfs(data, "64m")
    try:
        newsquotes("run", "--raw-dir", str(raw), data_dir=data)
        before = snapshot(data / "releases" / "v1.0.0")
        filler = data / "filler"
        subprocess.run(["dd", "if=/dev/zero", f"of={filler}", "bs=1M", "count=80"], capture_output=True)
        write_articles(raw, 1, start=3)
        out = newsquotes("run", "--raw-dir", str(raw), data_dir=data, check=False)
        assert out.returncode != 0
        assert "No space left on device" in out.stdout + out.stderr
        assert latest_version(data / "releases") == "1.0.0"
        assert snapshot(data / "releases" / "v1.0.0") == before
    finally:
        subprocess.run(["umount", str(data)], capture_output=True)


def test_read_only_target_gives_a_clear_error_naming_the_path(tmp_path):
    raw, data = tmp_path / "raw", tmp_path / "ro"
    write_articles(raw, 2)
    _mount_tmpfs(data, "64m")
    try:
        newsquotes("run", "--raw-dir", str(raw), data_dir=data)
        before = snapshot(data / "releases" / "v1.0.0")
        subprocess.run(["mount", "-o", "remount,ro", str(data)], check=True)
        out = newsquotes("run", "--raw-dir", str(raw), data_dir=data, check=False)
        assert out.returncode != 0
        assert str(data) in out.stderr and "Read-only file system" in out.stderr
        assert snapshot(data / "releases" / "v1.0.0") == before
    finally:
        subprocess.run(["umount", str(data)], capture_output=True)


def test_environment_does_not_change_the_output(tmp_path):
    raw = tmp_path / "raw"
    write_articles(raw, 3)
    hashes, parquet = [], []
    envs = [{"TZ": "UTC", "LC_ALL": "C.UTF-8", "PYTHONHASHSEED": "0", "OMP_NUM_THREADS": "1"},
            {"TZ": "Pacific/Chatham", "LC_ALL": "C", "PYTHONHASHSEED": "12345", "OMP_NUM_THREADS": "2",
             "NEWSQUOTES_N_PROCESS": "2"}]
    for i, env in enumerate(envs):
        data = tmp_path / f"data{i}"
        newsquotes("run", "--raw-dir", str(raw), data_dir=data, extra_env=env)
        hashes.append(logical_hashes(data / "warehouse.duckdb"))
        manifest = json.loads((data / "releases" / "v1.0.0" / "manifest.json").read_text())
        parquet.append({f["path"]: f["sha256"] for f in manifest["files"] if f["path"].endswith(".parquet")})
    assert hashes[0] == hashes[1]
    assert parquet[0] == parquet[1]


def test_hostile_inputs_run_succeeds_and_accounts_for_every_file(tmp_path):
    import gzip

    raw, data, outside = tmp_path / "raw", tmp_path / "data", tmp_path / "outside-secret.txt"
    write_articles(raw, 2)
    outside.write_text("Secret headline\n\nTOP-SECRET-CONTENT must never be read.\n", encoding="utf-8")
    (raw / "empty.txt").write_bytes(b"")
    (raw / "blank.txt").write_bytes(b"  \n\t\n")
    (raw / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (raw / "nul.txt").write_bytes(b"Title\n\nText with a \x00 NUL byte inside it.\n")
    (raw / "bad-utf8.txt").write_bytes("Caf\u00e9 prices rise\n\nThe caf\u00e9 said prices rise.\n".encode("utf-8")[:-5] + b"\xff\xfe\xfa")
    (raw / "utf16.txt").write_bytes("Utf sixteen headline\n\nAn article saved as UTF-16 with a BOM said \u201chello\u201d.\n".encode("utf-16"))
    (raw / "cp1252.txt").write_bytes("Price headline\n\nIt costs \u00a35 and the caf\u00e9 \u2013 said \u201cno\u201d.\n".encode("cp1252"))
    (raw / "page-as.txt").write_text("<!DOCTYPE html><html><head><title>Saved page</title></head><body><article>"
                                     "<p>This page was saved as text but is HTML, and the mayor said so plainly.</p>"
                                     "</article></body></html>", encoding="utf-8")
    (raw / "truncated.txt.gz").write_bytes(gzip.compress(b"Headline\n\nBody text here.\n" * 50)[:-20])
    with open(raw / "huge.txt", "wb") as fh:  # a single 60 MB line, over the 10 MB cap, made sparse
        fh.truncate(60 * 1024 * 1024)
    (raw / "bad.json").write_text("{not json", encoding="utf-8")
    (raw / "mixed.jsonl").write_text(
        json.dumps({"title": "Good one", "maintext": "The first good record says the port reopened on Monday."}) + "\n"
        + "{broken\n"
        + json.dumps({"title": "Good two", "maintext": "The second good record says the ferry sailed again."}) + "\n",
        encoding="utf-8")
    shutil.copy(raw / "article-000.txt", raw / "same bytes, other name.txt")
    (raw / "link.txt").symlink_to(outside)
    (raw / "Zürich café notes.txt").write_text("Zürich headline\n\nThe café in Zürich said it would stay open.\n",
                                              encoding="utf-8")
    (raw / "only-boilerplate.txt").write_text("Headline here\n\n6 mins read\n\nSource link\n", encoding="utf-8")

    newsquotes("run", "--raw-dir", str(raw), data_dir=data, extra_env={"NEWSQUOTES_QUARANTINE_BUDGET": "1.0"})
    import duckdb
    con = duckdb.connect(str(data / "warehouse.duckdb"), read_only=True)
    rows = {r[0]: r[1:] for r in con.execute("SELECT source_path, status, reason FROM source_files").fetchall()}
    texts = "\n".join(r[0] for r in con.execute("SELECT clean_text FROM articles").fetchall())
    con.close()
    on_disk = sorted(p.name for p in raw.iterdir())
    assert sorted(rows) == on_disk
    from pipeline.reasons import REASONS
    for path, (status, reason) in rows.items():
        assert status in {"ok", "duplicate", "quarantined"}, path
        assert (reason is None) == (status == "ok"), path
        assert reason is None or reason in REASONS, (path, reason)
    assert rows["link.txt"] == ("quarantined", "symlink")
    assert rows["huge.txt"] == ("quarantined", "too_large")
    assert rows["same bytes, other name.txt"][0] == "duplicate"
    assert rows["mixed.jsonl"][0] == "ok"
    assert rows["only-boilerplate.txt"][0] == "quarantined"
    assert "TOP-SECRET-CONTENT" not in texts
    assert "£5" in texts and "café" in texts and "Zürich" in texts
    assert "first good record" in texts and "second good record" in texts
