#!/usr/bin/env bash
# Rebuild the shipped demo model from scratch with the project's own commands:
#   bash model_artifacts/rebuild.sh          (or: make model)
# 1. a synthetic corpus of 12,852 head-CT reports (the paper's size, 14.7 % positive), fixed seed;
# 2. the paper's recipe with its defaults (word2vec CBOW 300-d, Conv1D 32x3, LSTM 300, 25 epochs, seed 0),
#    threshold chosen on the validation split (max F1), export to model_artifacts/, evaluation on the test split.
# About 5 minutes on 2 CPU cores. Same seeds + same torch thread count -> same metrics (see MODEL_CARD.md).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN="${BIN:-.venv/bin}"
CORPUS_SEED="${CORPUS_SEED:-2017}"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/triage-model.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

"$BIN/triage" synth --n 12852 --positive-rate 0.147 --seed "$CORPUS_SEED" --out "$WORK/head-ct-synthetic.jsonl"
"$BIN/triage" train "$WORK/head-ct-synthetic.jsonl" --out model_artifacts --seed 0 --threads 2 "$@"
