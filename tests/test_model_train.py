"""Training: split, class weights, thresholds, reproducibility, the tiny end-to-end run and the grid."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
import torch
from sklearn.metrics import roc_auc_score

try:  # fixtures (tiny_artifact, ...) come from tests/conftest.py, which imports tests/fixtures_model.py
    from tests.fixtures_model import tiny_cfg
except ImportError:  # bare `pytest` puts tests/ itself on sys.path
    from fixtures_model import tiny_cfg  # type: ignore[no-redef]
from triage.errors import ConfigError, InputFileError
from triage.model.config import TrainConfig, make_config, validate_grid
from triage.model.scorer import Scorer
from triage.model.windowing import WindowedIds
from triage.offline.datasets import read_dataset, stratified_split
from triage.offline.evaluation import choose_threshold, evaluate_scores, table_one
from triage.offline.training import class_weights, predict_reports, train_network
from triage.text import NORMALIZATION_VERSION


def test_paper_recipe_is_the_papers() -> None:
    cfg = make_config(None, recipe="paper")
    assert (cfg.w2v_dim, cfg.w2v_window, cfg.w2v_min_count, cfg.w2v_epochs) == (300, 7, 10, 25)
    assert (cfg.max_tokens, cfg.max_windows, cfg.unk_vector, cfg.word_dropout) == (50, 1, "zero", 0.0)
    assert (cfg.calibration, cfg.threshold_policy) == ("none", "max_f1")
    assert (cfg.filters, cfg.kernel_size, cfg.pool_size, cfg.lstm_units, cfg.dropout) == (32, 3, 2, 300, 0.6)
    assert (cfg.learning_rate, cfg.beta1, cfg.beta2, cfg.batch_size, cfg.epochs) == (1e-3, 0.9, 0.999, 64, 25)
    assert cfg.test_fraction == pytest.approx(0.20)


def test_triage_recipe_differs_from_the_paper_only_where_documented() -> None:
    paper, ours = make_config(None, recipe="paper").model_dump(), make_config(None).model_dump()
    changed = {k for k in ours if ours[k] != paper[k]}
    assert changed == {
        "recipe", "max_windows", "w2v_min_count", "unk_vector", "word_dropout", "label_smoothing",
        "calibration", "threshold_policy",
    }  # fmt: skip
    with pytest.raises(ConfigError, match="unknown recipe"):
        make_config(None, recipe="fancy")


def test_bad_override_is_one_clear_error() -> None:
    with pytest.raises(ConfigError, match="dropout"):
        make_config(None, dropout=1.5)
    with pytest.raises(ConfigError, match="not a training option"):
        validate_grid({"colour": [1]}, TrainConfig())


def test_split_is_stratified_68_12_20_and_deterministic() -> None:
    labels = np.array([1] * 1886 + [0] * 10966)
    cfg = TrainConfig(seed=3)
    split = stratified_split(labels, cfg)
    sizes = (len(split.train), len(split.val), len(split.test))
    assert sum(sizes) == len(labels)
    assert set(split.train).isdisjoint(split.val) and set(split.val).isdisjoint(split.test)
    # the paper's 8,738 / 1,543 / 2,571 within rounding
    assert abs(sizes[0] - 8738) <= 2 and abs(sizes[1] - 1543) <= 2 and abs(sizes[2] - 2571) <= 2
    for part in (split.train, split.val, split.test):
        assert labels[part].mean() == pytest.approx(1886 / 12852, abs=0.002)
    again = stratified_split(labels, cfg)
    assert np.array_equal(split.test, again.test)


def test_balanced_class_weights() -> None:
    w_neg, w_pos = class_weights(np.array([0] * 90 + [1] * 10), "balanced")
    assert (w_neg * 90, w_pos * 10) == pytest.approx((50.0, 50.0))


def test_threshold_policies() -> None:
    rng = np.random.default_rng(0)
    labels = np.array([0] * 800 + [1] * 200)
    scores = np.clip(labels * 0.35 + rng.normal(0.3, 0.15, len(labels)), 0, 1)
    t95 = choose_threshold(labels, scores, "sensitivity", 0.95)
    recall = ((scores >= t95) & (labels == 1)).sum() / 200
    assert recall >= 0.95
    # it is the HIGHEST such threshold: the next higher score loses the target
    higher = np.unique(scores[scores > t95]).min()
    assert ((scores >= higher) & (labels == 1)).sum() / 200 < 0.95
    t_f1 = choose_threshold(labels, scores, "max_f1")
    f1 = lambda t: table_one(labels, (scores >= t).astype(int))["1"]["f1"]  # noqa: E731
    assert all(f1(t_f1) >= f1(t) - 1e-12 for t in np.linspace(0.05, 0.95, 37))
    t_j = choose_threshold(labels, scores, "youden")
    assert 0 < t_j < 1 and t95 <= t_j
    with pytest.raises(ConfigError):
        choose_threshold(labels, scores, "coin-flip")


def test_training_is_reproducible_with_a_seed() -> None:
    rng = np.random.default_rng(1)
    matrix = rng.normal(size=(40, 8)).astype(np.float32)
    x = rng.integers(0, 40, (300, 20))
    y = (x[:, -1] < 8).astype(np.int64)  # learnable: depends on the last token
    cfg = tiny_cfg(epochs=2, lstm_units=8, max_tokens=20, batch_size=32)
    train, val = WindowedIds.one_each(x[:240]), WindowedIds.one_each(x[240:])
    a = train_network(cfg, matrix, train, y[:240], val, y[240:], progress=False)
    b = train_network(cfg, matrix, train, y[:240], val, y[240:], progress=False)
    for (name, p), (_, q) in zip(a.model.state_dict().items(), b.model.state_dict().items(), strict=True):
        assert torch.equal(p, q), name
    c = train_network(
        cfg.model_copy(update={"seed": 1}), matrix, train, y[:240], val, y[240:], progress=False
    )
    assert not torch.equal(a.model.out.weight, c.model.out.weight)


def test_multiple_instance_training_finds_the_one_window_that_carries_the_label() -> None:
    """Each report is 1-4 windows of noise; a positive report hides one marker token (id 39) in one random
    window. Trained on report labels only, the maximum over windows must separate held-out reports."""
    rng = np.random.default_rng(2)
    matrix = rng.normal(size=(40, 8)).astype(np.float32)
    counts = rng.integers(1, 5, 400)
    labels = (rng.random(400) < 0.4).astype(np.int64)
    rows = []
    for n, label in zip(counts, labels, strict=True):
        windows = rng.integers(2, 39, (n, 10))
        if label:
            windows[rng.integers(n), rng.integers(10)] = 39
        rows.append(windows)
    offsets = np.concatenate([[0], np.cumsum(counts)])
    data = WindowedIds(np.concatenate(rows), offsets)
    cfg = tiny_cfg(
        epochs=20,
        lstm_units=16,
        max_tokens=10,
        batch_size=32,
        word_dropout=0.0,
        learning_rate=1e-2,
        dropout=0.0,
    )
    train, val = data.subset(np.arange(300)), data.subset(np.arange(300, 400))
    result = train_network(cfg, matrix, train, labels[:300], val, labels[300:], progress=False)
    scores = predict_reports(result.model, val, torch.device("cpu"))
    assert roc_auc_score(labels[300:], scores) > 0.95


def test_tiny_training_run_reaches_auc_090(tiny_artifact: Path, heldout_corpus: Path) -> None:
    manifest = json.loads((tiny_artifact / "manifest.json").read_text())
    assert manifest["metrics"]["test"]["auc"] >= 0.9
    assert manifest["normalization_version"] == NORMALIZATION_VERSION
    assert set(manifest["training_data"]["split"].values()) == {2040, 360, 600}
    assert manifest["threshold_policy"]["chosen_on"] == "validation split"
    # reports from another seed, never seen, scored through the exported artifact
    scorer = Scorer.load(tiny_artifact, device="cpu")
    held = read_dataset(heldout_corpus)
    scores = scorer.score_tokens(held.tokens)
    metrics = evaluate_scores(held.labels, scores, scorer.threshold, held.true_labels)
    assert metrics["vs_true_labels"]["auc"] >= 0.9
    # the paper's claim on noisy labels: the model agrees with the truth more often than the annotator
    assert metrics["vs_true_labels"]["model_accuracy"] > metrics["vs_true_labels"]["labeler_accuracy"]
    for name in ("roc.png", "table1.md", "table1.json", "metrics.json", "confusion_matrix.json"):
        assert (tiny_artifact / "evaluation" / name).stat().st_size > 0


def test_grid_records_every_trial(tmp_path: Path, tiny_corpus: Path) -> None:
    from triage.offline.runs import run_training

    cfg = tiny_cfg(epochs=1, w2v_epochs=2)
    grid = validate_grid({"learning_rate": [1e-3, 3e-3], "lstm_units": [8, 16]}, cfg)
    manifest = run_training(tiny_corpus, tmp_path / "g", cfg, grid=grid, progress=False)
    record = json.loads((tmp_path / "g" / "grid.json").read_text())
    assert len(record["trials"]) == 4
    assert {tuple(t["params"].values()) for t in record["trials"]} == {
        (1e-3, 8),
        (1e-3, 16),
        (3e-3, 8),
        (3e-3, 16),
    }
    best = max(record["trials"], key=lambda t: t["val_auc"])
    assert record["best_params"] == best["params"]
    assert manifest["hyperparameters"]["lstm_units"] == best["params"]["lstm_units"]


def test_training_data_errors_carry_the_line(tmp_path: Path) -> None:
    data = tmp_path / "bad.jsonl"
    data.write_text('{"text": "IMPRESSION: no hemorrhage", "label": 0}\n{"text": "x", "label": "maybe"}\n')
    with pytest.raises(InputFileError, match=r"bad.jsonl: 1 bad row\(s\)") as info:
        read_dataset(data)
    assert [d.split(": label")[0] for d in info.value.details] == [f"{data}:2"]  # type: ignore[attr-defined]
