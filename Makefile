# Every target does its own setup: a fresh machine needs only python3 (>= 3.11).
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup demo test lint format bench model clean

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	# CPU build of torch first (local wheel here; a GPU host installs its CUDA torch before `make setup`).
	$(BIN)/python -c "import torch" 2>/dev/null || $(BIN)/pip install --quiet "torch==2.13.0"
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $(STAMP)

setup: $(STAMP)

demo: $(STAMP)
	$(BIN)/triage demo

test: $(STAMP)
	$(BIN)/ruff check triage tests benchmarks
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check triage tests benchmarks
	$(BIN)/ruff format --check triage tests benchmarks

format: $(STAMP)
	$(BIN)/ruff format triage tests benchmarks
	$(BIN)/ruff check --fix triage tests benchmarks

bench: $(STAMP)
	$(BIN)/python benchmarks/scoring.py

model: $(STAMP)
	bash model_artifacts/rebuild.sh

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
