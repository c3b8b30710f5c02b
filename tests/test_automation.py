"""The sensor starts a run when files land in the raw folder, and only then; the schedule targets the whole flow."""

from __future__ import annotations

import dagster as dg

from assets.automation import daily_schedule, new_raw_files_sensor
from assets.resources import NewsquotesSettings
from tests.helpers import write_articles


def _tick(raw, cursor):
    ctx = dg.build_sensor_context(cursor=cursor, resources={"settings": NewsquotesSettings(raw_dir=str(raw))})
    result = new_raw_files_sensor(ctx)
    return result, ctx.cursor


def test_sensor_requests_a_run_for_new_files_and_skips_when_nothing_changed(tmp_path):
    raw = tmp_path / "raw"
    write_articles(raw, 2)
    first, cursor = _tick(raw, None)
    assert isinstance(first, dg.RunRequest) and first.run_key == cursor

    same, cursor_after = _tick(raw, cursor)
    assert isinstance(same, dg.SkipReason) and cursor_after == cursor

    write_articles(raw, 1, start=2)
    landed, new_cursor = _tick(raw, cursor)
    assert isinstance(landed, dg.RunRequest) and new_cursor != cursor


def test_sensor_skips_with_a_reason_when_the_raw_folder_is_missing(tmp_path):
    result, _ = _tick(tmp_path / "nowhere", None)
    assert isinstance(result, dg.SkipReason) and "does not exist" in str(result.skip_message)


def test_daily_schedule_runs_the_whole_flow():
    assert daily_schedule.job_name == "newsquotes_all"
    assert daily_schedule.cron_schedule == "0 3 * * *"
