# Every target does its own setup: a fresh machine needs only python3 (>= 3.11).
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup browser demo test lint format bench model clean

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	# CPU build of torch first (local wheel here; a GPU host installs its CUDA torch before `make setup`).
	$(BIN)/python -c "import torch" 2>/dev/null || $(BIN)/pip install --quiet "torch==2.13.0"
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $(STAMP)

setup: $(STAMP) browser

# Debian's chromium + chromium-driver for the labeling page's browser test (tests/test_review_browser.py).
# Best effort: as root with apt-get; where they cannot be had the test skips and says why.
browser:
	@command -v chromedriver >/dev/null 2>&1 || [ -x /usr/lib/chromium/chromedriver ] || { \
	  if command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
	    (apt-get update -q && apt-get install -y -q chromium chromium-driver) \
	      || echo "chromium/chromium-driver not installed: the browser test will skip"; \
	  else echo "chromium-driver missing (needs root and apt-get): the browser test will skip"; fi; }

demo: $(STAMP)
	$(BIN)/triage demo

test: $(STAMP) browser
	$(BIN)/ruff check triage tests benchmarks
	$(BIN)/python -m pytest -q

# the daily tier (< 60 s on 2 idle cores): no broker, no training, no child processes; `make test` runs all.
# On an idle machine two pytest-xdist workers, one test file each at a time (a module's fixtures are built
# once): the tier's sleeps and socket waits overlap the other worker's work. Each worker imports torch and
# spaCy and builds its own rule engine (≈ +45 % CPU), a loss where other processes hold the cores: with a
# 1-minute load average of 1 or more it runs in one process. FAST_WORKERS=0 or 2 forces either.
FAST_WORKERS ?= $(shell $(PY) -c "import os; print(2 if os.cpu_count() >= 2 and os.getloadavg()[0] < 1 else 0)")
test-fast: $(STAMP)
	$(BIN)/ruff check triage tests benchmarks
	$(BIN)/python -m pytest -q -p no:cacheprovider -n $(FAST_WORKERS) --dist loadfile \
	  -m "not kafka and not trained and not slow and not process"

lint: $(STAMP)
	$(BIN)/ruff check triage tests benchmarks
	$(BIN)/ruff format --check triage tests benchmarks
	$(BIN)/lint-imports --no-cache

format: $(STAMP)
	$(BIN)/ruff format triage tests benchmarks
	$(BIN)/ruff check --fix triage tests benchmarks

schemas: $(STAMP)
	$(BIN)/python -m triage.pipeline.schemas

bench: $(STAMP)
	$(BIN)/python benchmarks/scoring.py

model: $(STAMP)
	bash model_artifacts/rebuild.sh

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
