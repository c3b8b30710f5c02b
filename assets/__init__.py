"""The thin Dagster layer over `pipeline/`: assets, checks, resources, jobs, schedules, sensors."""
