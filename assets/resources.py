"""Resources: the one Settings object, exposed to Dagster as configurable fields (run config > env > defaults)."""


from typing import Optional

import dagster as dg

from pipeline.settings import Settings


class NewsquotesSettings(dg.ConfigurableResource):
    """Overrides for `pipeline.settings.Settings`; unset fields fall back to NEWSQUOTES_* variables, then defaults."""

    raw_dir: Optional[str] = None
    data_dir: Optional[str] = None
    spacy_model: Optional[str] = None
    n_process: Optional[int] = None
    batch_size: Optional[int] = None
    quarantine_budget: Optional[float] = None
    shared_boilerplate: Optional[bool] = None

    def load(self) -> Settings:
        return Settings.load(
            raw_dir=self.raw_dir, data_dir=self.data_dir, spacy_model=self.spacy_model, n_process=self.n_process,
            batch_size=self.batch_size, quarantine_budget=self.quarantine_budget,
            shared_boilerplate=self.shared_boilerplate,
        )


def run_config_for(**overrides: object) -> dict:
    """Run config that sets the settings resource's fields (None values are left to env/defaults)."""
    config = {k: (str(v) if k in ("raw_dir", "data_dir") else v) for k, v in overrides.items() if v is not None}
    return {"resources": {"settings": {"config": config}}} if config else {}
