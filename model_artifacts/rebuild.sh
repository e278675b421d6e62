#!/usr/bin/env bash
# Rebuild the shipped demo model from scratch with the project's own commands:
#   bash model_artifacts/rebuild.sh          (or: make model)
# 1. a synthetic corpus v2 of 12,852 reports (the paper's size, 14.7 % positive), fixed seed, which must pass the
#    shortcut audit (`triage shortcuts`: no non-evidence word > 3x as frequent in one class);
# 2. the `triage` recipe (the paper's network: word2vec CBOW 300-d, Conv1D 32x3, LSTM 300, 25 epochs, seed 0; plus
#    50-token windows over the whole text, unknown-word id + word dropout, Platt calibration), threshold for 0.95
#    sensitivity on the validation split, export, evaluation of the exported file on the test split;
# 3. the new artifact replaces model.pt / vocab.json / manifest.json / evaluation/ here;
# 4. the topic model for drift (`triage mine fit`, issue 12): LDA on the same corpus's full texts, k chosen by
#    held-out perplexity over 5,10,20,40,80 (the paper's method), with the classifier's reference unknown-token
#    share; replaces topics/ (about 0.7 MB, about 2-3 minutes). TOPICS_ONLY=1 runs this step alone against the
#    classifier already here (the corpus is rebuilt from the same seed).
# One torch thread (a busy shared machine cannot stall it; about 5-8 minutes). Extra arguments go to `triage train`.
# Same corpus + seed + thread count -> bit-identical model.pt (see MODEL_CARD.md, "Reproducibility").
set -euo pipefail
cd "$(dirname "$0")/.."
BIN="${BIN:-.venv/bin}"
CORPUS_SEED="${CORPUS_SEED:-2017}"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/triage-model.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

"$BIN/triage" synth --n 12852 --positive-rate 0.147 --seed "$CORPUS_SEED" --out "$WORK/head-ct-synthetic.jsonl"

fit_topics() {
  "$BIN/triage" mine fit "$WORK/head-ct-synthetic.jsonl" --out "$WORK/topics" --grid 5,10,20,40,80 --seed 0 \
    --classifier model_artifacts >"$WORK/topics.log"
  rm -rf model_artifacts/topics
  cp -r "$WORK/topics" model_artifacts/topics
  echo "model_artifacts/topics now holds k=$(grep -m1 '"k"' model_artifacts/topics/manifest.json | tr -dc 0-9)"
}
if [ "${TOPICS_ONLY:-0}" = 1 ]; then
  fit_topics
  exit 0
fi
"$BIN/triage" shortcuts "$WORK/head-ct-synthetic.jsonl" >/dev/null
"$BIN/triage" train "$WORK/head-ct-synthetic.jsonl" --out "$WORK/model" --seed 0 --threads 1 "$@"
# swap in the finished artifact (manifest last: a reader never sees a manifest without its model)
rm -rf model_artifacts/evaluation
cp -r "$WORK/model/evaluation" model_artifacts/evaluation
cp "$WORK/model/model.pt" "$WORK/model/vocab.json" model_artifacts/
cp "$WORK/model/manifest.json" model_artifacts/manifest.json
echo "model_artifacts/ now holds $(grep -m1 '"model_version"' model_artifacts/manifest.json)"
fit_topics
