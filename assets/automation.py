"""When runs start: a daily schedule, and a sensor that starts a run when the raw folder changes."""


import hashlib

import dagster as dg

from assets.jobs import all_assets_job
from assets.resources import NewsquotesSettings
from pipeline.ingest import discover

daily_schedule = dg.ScheduleDefinition(
    name="daily_refresh",
    job=all_assets_job,
    cron_schedule="0 3 * * *",
    execution_timezone="UTC",
    description="Re-run the pipeline every night; unchanged articles are not re-parsed and an unchanged dataset "
    "publishes no new release.",
)


def raw_folder_fingerprint(raw_dir) -> tuple[str, int]:
    """A hash of every file's relative path, size and mtime: it changes when files land, change or go."""
    h = hashlib.sha256()
    paths = discover(raw_dir)
    for p in paths:
        st = p.lstat()
        # surrogateescape: file names that are not valid UTF-8 still hash (ingest records them too).
        h.update(f"{p.relative_to(raw_dir).as_posix()}\0{st.st_size}\0{st.st_mtime_ns}\n".encode("utf-8", "surrogateescape"))
    return h.hexdigest()[:16], len(paths)


@dg.sensor(job=all_assets_job, minimum_interval_seconds=60, default_status=dg.DefaultSensorStatus.STOPPED,
           description="Starts a run when files land in, change in or leave the raw folder.")
def new_raw_files_sensor(context: dg.SensorEvaluationContext, settings: NewsquotesSettings):
    s = settings.load()
    if not s.raw_dir.is_dir():
        return dg.SkipReason(f"raw folder {s.raw_dir} does not exist")
    fingerprint, n = raw_folder_fingerprint(s.raw_dir)
    if fingerprint == context.cursor:
        return dg.SkipReason(f"no change in {s.raw_dir} ({n} files)")
    context.update_cursor(fingerprint)
    return dg.RunRequest(run_key=fingerprint, tags={"newsquotes/raw_files": str(n)})
