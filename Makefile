# The two commands a user needs: `make run` and `make test`. Both set up .venv from the lock file first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
UV_VERSION := 0.13.8
STAMP := $(VENV)/.installed
export GX_ANALYTICS_ENABLED := false
export DAGSTER_HOME ?= $(CURDIR)/data/dagster_home

.PHONY: setup run test test-fast ui bench lock clean

setup: $(STAMP)

$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet "uv==$(UV_VERSION)"
	$(BIN)/uv pip install --quiet --python $(BIN)/python -r requirements.lock
	$(BIN)/uv pip install --quiet --python $(BIN)/python --no-deps -e .
	touch $(STAMP)

run: setup
	$(BIN)/newsquotes run

test: setup
	$(BIN)/python -m pytest -n 2 --dist loadgroup

test-fast: setup
	$(BIN)/python -m pytest -m "not slow" -n 2

ui: setup
	$(BIN)/python -c "from pathlib import Path; from pipeline.dagster_home import ensure_dagster_home; ensure_dagster_home(Path('data'))"
	$(BIN)/dagster dev -w workspace.yaml -h 127.0.0.1 -p 3000

bench: setup
	$(BIN)/python -m bench.run_all

# Re-pin after editing pyproject.toml dependencies.
lock:
	$(BIN)/uv pip compile pyproject.toml --extra dev --python-version 3.11 -o requirements.lock

clean:
	rm -rf data/stages data/releases data/warehouse.duckdb data/dagster_home
