"""Training hyper-parameters. Two recipes (`triage train --recipe triage|paper`) and two word2vec presets
(`--embeddings cbow|paper2`, see EMBEDDINGS), then any option can be overridden from the CLI
(`triage train --epochs 5 ...`) or a JSON/YAML file (`--config`).

* ``paper`` — Paper 1 exactly (paper-notes.md): the first 50 tokens of the impression only (one window),
  word2vec CBOW 300-d with min_count 10, unknown words as the zero vector, no word dropout, no calibration,
  threshold at maximum F1 on validation. Kept one flag away so the paper's numbers can be reproduced.
* ``triage`` (default, the shipped model) — the paper's network and optimiser, changed where real text
  showed the paper's setting fails outside its own data (issue "Real reports"): the whole text in 50-token
  windows (stride 25, report score = the maximum window, trained as multiple-instance learning); min_count 3
  so rarer words keep their vectors; a distinct unknown-word vector and 15 % word dropout to it, so words the
  corpus never had carry no signal; label smoothing 0.05 and Platt calibration on validation so scores do not
  saturate at 0/1; threshold for 0.95 sensitivity on validation (a missed bleed costs more than a look).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from triage.errors import ConfigError

ThresholdPolicy = Literal["max_f1", "youden", "sensitivity"]

# The grid searched by `triage train --grid` (validation AUC decides). Values around the paper's choice.
DEFAULT_GRID: dict[str, list[Any]] = {
    "learning_rate": [1e-3, 3e-4],
    "dropout": [0.4, 0.6],
    "filters": [32, 64],
    "kernel_size": [3, 5],
    "lstm_units": [100, 300],
}


Recipe = Literal["triage", "paper"]
RECIPES: dict[str, dict[str, Any]] = {
    "triage": {},  # the field defaults below
    "paper": {
        "max_windows": 1,
        "w2v_min_count": 10,
        "unk_vector": "zero",
        "word_dropout": 0.0,
        "label_smoothing": 0.0,
        "calibration": "none",
        "threshold_policy": "max_f1",
    },
}


# word2vec presets (`triage train --embeddings`), applied after the recipe and before file/CLI overrides:
# * ``cbow`` (default) — Paper 1: CBOW, the recipe's 300 dimensions and window, negative sampling (gensim's
#   5 noise words) and gensim's frequent-word sub-sampling 1e-3: the shipped model's embeddings;
# * ``paper2`` — Paper 2 (interleaved text/image deep mining, paper-notes.md): skip-gram, 256 dimensions,
#   hierarchical softmax (no negative sampling), window 10, frequent-word sub-sampling 1e-4.
Embeddings = Literal["cbow", "paper2"]
EMBEDDINGS: dict[str, dict[str, Any]] = {
    "cbow": {},
    "paper2": {
        "w2v_algorithm": "skipgram",
        "w2v_dim": 256,
        "w2v_hs": True,
        "w2v_window": 10,
        "w2v_sample": 1e-4,
    },
}

# A small network for the many models a measurement trains (the cross-validation folds of `triage train
# --site-cv`, benchmarks/site_labels.py): ~25 s per model on 1,500 reports on 2 CPU cores, against minutes for
# the shipped geometry. It estimates how the recipe does on a site's labels, not the exact shipped network.
SMALL_GEOMETRY: dict[str, Any] = {
    "epochs": 8,
    "learning_rate": 3e-3,
    "lstm_units": 64,
    "w2v_dim": 100,
    "w2v_epochs": 15,
}


class TrainConfig(BaseModel):
    """Everything that decides a trained model. It is written into the artifact manifest."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    # data
    text_field: str = "text"
    label_field: str = "label"
    recipe: Recipe = "triage"
    max_tokens: int = Field(50, ge=1)  # window size: the network's input length
    window_stride: int | None = Field(None, ge=1)  # None: half of max_tokens (25)
    max_windows: int = Field(64, ge=1)  # 1 = the paper's truncation to the first max_tokens tokens
    train_fraction: float = Field(0.68, gt=0, lt=1)
    val_fraction: float = Field(0.12, gt=0, lt=1)  # the rest (0.20) is the test split
    # word2vec (gensim): CBOW by default, skip-gram with --embeddings paper2 (EMBEDDINGS)
    embeddings: Embeddings = "cbow"
    w2v_algorithm: Literal["cbow", "skipgram"] = "cbow"
    w2v_hs: bool = False  # hierarchical softmax instead of negative sampling
    w2v_sample: float = Field(1e-3, ge=0, lt=1)  # frequent-word sub-sampling threshold (gensim's default)
    w2v_dim: int = Field(300, ge=1)
    w2v_window: int = Field(7, ge=1)
    w2v_min_count: int = Field(3, ge=1)
    w2v_epochs: int = Field(25, ge=1)
    unk_vector: Literal["random", "zero"] = "random"
    # network
    filters: int = Field(32, ge=1)
    kernel_size: int = Field(3, ge=1)
    pool_size: int = Field(2, ge=1)
    lstm_units: int = Field(300, ge=1)
    dropout: float = Field(0.6, ge=0, lt=1)
    # optimisation
    learning_rate: float = Field(1e-3, gt=0)
    beta1: float = Field(0.9, ge=0, lt=1)
    beta2: float = Field(0.999, ge=0, lt=1)
    batch_size: int = Field(64, ge=1)
    epochs: int = Field(25, ge=1)
    class_weight: Literal["balanced", "none"] = "balanced"
    keep_best_epoch: bool = True  # restore the epoch with the best validation AUC (else: the last epoch)
    word_dropout: float = Field(0.15, ge=0, lt=1)  # share of known words replaced by the unknown id
    label_smoothing: float = Field(0.05, ge=0, lt=0.5)  # targets 0.025 / 0.975
    calibration: Literal["platt", "none"] = "platt"
    # operating threshold, chosen on the validation split
    threshold_policy: ThresholdPolicy = "sensitivity"
    target_sensitivity: float = Field(0.95, gt=0, le=1)
    # reproducibility / hardware
    seed: int = 0
    device: Literal["auto", "cpu", "cuda"] = "auto"
    threads: int | None = Field(None, ge=1)

    @model_validator(mode="after")
    def _fractions(self) -> TrainConfig:
        if self.train_fraction + self.val_fraction >= 1:
            raise ValueError("train_fraction + val_fraction must leave room for a test split (< 1)")
        return self

    @model_validator(mode="after")
    def _window(self) -> TrainConfig:
        if self.window_stride is not None and self.window_stride > self.max_tokens:
            raise ValueError("window_stride must not exceed max_tokens (tokens would never be read)")
        return self

    @property
    def stride(self) -> int:
        return self.window_stride or max(1, self.max_tokens // 2)

    @property
    def test_fraction(self) -> float:
        return 1.0 - self.train_fraction - self.val_fraction


def load_config_file(path: Path) -> dict[str, Any]:
    """Read a JSON or YAML mapping (config overrides or a grid)."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot read {path}: {exc.strerror}") from exc
    try:
        data = json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)
    except (json.JSONDecodeError, yaml.YAMLError) as exc:
        raise ConfigError(f"{path} is not valid JSON/YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise ConfigError(f"{path} must hold a mapping of option names to values")
    return data


def make_config(base: dict[str, Any] | None = None, **overrides: Any) -> TrainConfig:
    """Build a TrainConfig: the recipe's values, then a file mapping, then CLI overrides (None = not given);
    one clear error."""
    recipe = overrides.get("recipe") or (base or {}).get("recipe") or "triage"
    if recipe not in RECIPES:
        raise ConfigError(f"unknown recipe {recipe!r} (one of: {', '.join(RECIPES)})")
    embeddings = overrides.get("embeddings") or (base or {}).get("embeddings") or "cbow"
    if embeddings not in EMBEDDINGS:
        raise ConfigError(f"unknown embeddings {embeddings!r} (one of: {', '.join(EMBEDDINGS)})")
    values = dict(RECIPES[recipe])
    values.update(EMBEDDINGS[embeddings])
    values.update(base or {})
    values.update({k: v for k, v in overrides.items() if v is not None})
    try:
        return TrainConfig(**values)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc'])) or 'config'}: {e['msg']}" for e in exc.errors())
        raise ConfigError(f"invalid training option(s): {problems}") from exc


def validate_grid(grid: dict[str, list[Any]], base: TrainConfig) -> dict[str, list[Any]]:
    """Check every grid key is a TrainConfig field and every value is valid for it."""
    out: dict[str, list[Any]] = {}
    for key, values in grid.items():
        if key not in TrainConfig.model_fields:
            raise ConfigError(f"grid key {key!r} is not a training option")
        if not isinstance(values, list) or not values:
            raise ConfigError(f"grid values for {key!r} must be a non-empty list")
        for v in values:
            make_config(base.model_dump(), **{key: v})
        out[key] = values
    return out
