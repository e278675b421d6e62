# Every target does its own setup: a fresh machine needs only python3 (>= 3.11; `make PY=python3.12 ...` picks
# another) with its venv module (Debian/Ubuntu: the python3-venv package) and make.
PY ?= python3
# Where pip takes torch from. Empty: pip's own indexes (here a local CPU wheel; from PyPI on Linux that is the
# CUDA build with NVIDIA's libraries, several GB). `make setup TORCH_INDEX=https://download.pytorch.org/whl/cpu`
# takes the CPU build from PyTorch's own index.
TORCH_INDEX ?=
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup browser demo test test-fast test-fast-count lint format bench model clean

$(STAMP): pyproject.toml
	@$(PY) -c 'import sys; v = sys.version_info[:2]; sys.exit(0 if v >= (3, 11) else "make: triage needs Python >= 3.11; $(PY) is %d.%d: run make with PY=python3.11 (or newer)" % v)'
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	# torch first (TORCH_INDEX above; a GPU host installs its CUDA torch before `make setup`, README "GPU hosts").
	$(BIN)/python -c "import torch" 2>/dev/null || $(BIN)/pip install --quiet "torch==2.13.0" $(if $(TORCH_INDEX),--index-url $(TORCH_INDEX))
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
# 1-minute load average of 1 or more it runs in one process. FAST_WORKERS=0 or 2 forces either. --tier fast:
# the sampling tests (fuzz mutants, prefilter equivalence) check a third of their examples (tests/conftest.py).
FAST_WORKERS ?= $(shell $(PY) -c "import os; print(2 if os.cpu_count() >= 2 and os.getloadavg()[0] < 1 else 0)")
FAST_MARKERS := not kafka and not trained and not slow and not process

test-fast: $(STAMP)
	$(BIN)/ruff check triage tests benchmarks
	$(BIN)/python -m pytest -q -p no:cacheprovider -n $(FAST_WORKERS) --dist loadfile -m "$(FAST_MARKERS)" --tier fast

# How many tests `make test-fast` runs (and of how many), without running them: pytest's collection only.
test-fast-count: $(STAMP)
	@$(BIN)/python -m pytest --collect-only -q -p no:cacheprovider -m "$(FAST_MARKERS)" | tail -n 1

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
