"""`triage train` and `triage evaluate` end to end: data → split → word2vec → network (or grid) → threshold on
validation → TorchScript artifact → evaluation on the test split, loaded back through `Scorer` (so the numbers
in the manifest are those of the exported file, not of the in-memory model)."""

from __future__ import annotations

import itertools
import json
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import gensim
import numpy as np
import torch
from gensim.models.callbacks import CallbackAny2Vec
from tqdm.auto import tqdm

from triage.errors import ConfigError, InputFileError
from triage.model.artifact import export_artifact, update_manifest
from triage.model.config import TrainConfig
from triage.model.device import resolve_device
from triage.model.embeddings import UNK_ID, build_vocab, train_word2vec
from triage.model.scorer import Scorer
from triage.model.windowing import WindowSpec, encode_windows
from triage.offline.calibration import SATURATION, fit_platt, saturated
from triage.offline.datasets import (
    Dataset,
    Split,
    concat,
    group_keys,
    group_split,
    read_dataset,
    read_unlabeled,
    stratified_split,
)
from triage.offline.evaluation import choose_threshold, evaluate_scores, write_evaluation
from triage.offline.progress import Log, quiet
from triage.offline.tables import DEFAULT_READ, ReadOptions
from triage.offline.training import TrainResult, predict_reports, train_network
from triage.text.sections import SOURCE_FALLBACK_FINDINGS, SOURCE_FALLBACK_FULL, SOURCE_HEADING

# fewer validation reports of a class than this: the threshold chosen on them is unstable (one report moves
# recall by 1/n; a sensitivity target of 0.95 cannot even be told from 1.0 below 20 positives)
MIN_VALIDATION_PER_CLASS = 20
SOURCE_NAMES = {
    SOURCE_HEADING: "heading",
    SOURCE_FALLBACK_FINDINGS: "findings",
    SOURCE_FALLBACK_FULL: "full text",
}


# A site report's loss weight relative to a synthetic one: 260 site labels (the measured case in issue 19)
# then weigh as much as ~1,300 synthetic reports, against ~2,000 synthetic training reports of the corpus.
SITE_WEIGHT = 5.0


class SiteSplit(Protocol):
    """How a site's labeled rows are split when not by `group_split` (run_training's `site_split`)."""

    rule: str  # recorded in the manifest

    def split(self, keys: list[str]) -> Split: ...


def policy_label(policy: str, target_sensitivity: float) -> str:
    return f"sensitivity>={target_sensitivity:g}" if policy == "sensitivity" else policy


def grid_combinations(grid: dict[str, list[Any]]) -> list[dict[str, Any]]:
    keys = list(grid)
    return [dict(zip(keys, values, strict=True)) for values in itertools.product(*(grid[k] for k in keys))]


class _EpochBar(CallbackAny2Vec):
    def __init__(self, bar: tqdm) -> None:
        self.bar = bar

    def on_epoch_end(self, model: Any) -> None:
        self.bar.update(1)


def run_training(
    data_path: Path,
    out_dir: Path,
    cfg: TrainConfig,
    *,
    grid: dict[str, list[Any]] | None = None,
    progress: bool = True,
    log: Log = quiet,
    read_options: ReadOptions = DEFAULT_READ,
    unlabeled_path: Path | None = None,
    unlabeled_options: ReadOptions | None = None,
    site_labels_path: Path | None = None,
    site_weight: float = SITE_WEIGHT,
    site_split: SiteSplit | None = None,
) -> dict[str, Any]:
    """Train (optionally grid-search) and export to `out_dir`; returns the final manifest.

    `site_labels_path`: a site's labeled reports (`triage review export`), trained on together with DATA:
    split by study (accession, else id: `group_split`, so no study is in two splits); the site's training
    and validation reports join DATA's, each site report's loss weighted `site_weight` times a DATA report's
    (after the class weights); its test reports are scored apart (metrics ``site_test``). `site_split`
    replaces that split (a cross-validation fold, triage.model.sitecv; a benchmark's held-out reports): it
    maps the site rows' group keys to their Split and names its rule.

    `read_options`: encoding, delimiter and label values of the data files (triage.offline.tables).
    `unlabeled_path`: extra reports (no labels) added to word2vec's corpus only, never to the network's
    training; reports whose normalized text equals a test-split report's are left out; read with
    `unlabeled_options` (default: `read_options`)."""
    started = time.perf_counter()
    dataset = read_dataset(data_path, cfg.text_field, cfg.label_field, options=read_options)
    split = stratified_split(dataset.labels, cfg)
    weights = np.ones(len(dataset), dtype=np.float32)
    site: Dataset | None = None
    site_info: dict[str, Any] | None = None
    if site_labels_path is not None:
        site = read_dataset(site_labels_path, cfg.text_field, cfg.label_field, options=read_options)
        keys = group_keys(site_labels_path, options=read_options)
        parts = site_split.split(keys) if site_split is not None else group_split(keys, cfg)
        n = len(dataset)
        dataset = concat(dataset, site)
        weights = np.concatenate([weights, np.full(len(site), site_weight, dtype=np.float32)])
        split = Split(
            np.concatenate([split.train, n + parts.train]),
            np.concatenate([split.val, n + parts.val]),
            split.test,
        )
        site = site.subset(parts.test)
        site_info = {
            "file": Path(site_labels_path).name,
            "sha256": site.sha256,
            "n_reports": len(parts.train) + len(parts.val) + len(parts.test),
            "positives": int(dataset.labels[n:].sum()),
            "split": {"train": len(parts.train), "validation": len(parts.val), "test": len(parts.test)},
            "split_rule": site_split.rule
            if site_split is not None
            else "by accession (else id): sha256(seed:key) share vs the test/validation fractions",
            "split_params": {
                "seed": cfg.seed,
                "val_fraction": cfg.val_fraction,
                "test_fraction": cfg.test_fraction,
            },
            "weight": site_weight,
            "weight_rule": "each site report's loss x weight, after the class weights",
        }
        log(
            f"site labels: {site_info['n_reports']} report(s) ({site_info['positives']} positive) from "
            f"{site_labels_path}, weight {site_weight}; split by accession train {len(parts.train)} / "
            f"validation {len(parts.val)} / test {len(parts.test)}"
        )
    log(
        f"{len(dataset)} reports ({int(dataset.labels.sum())} positive); split "
        f"train {len(split.train)} / validation {len(split.val)} / test {len(split.test)}"
    )
    found = conclusion_sources(dataset)
    log("conclusion found by " + ", ".join(f"{name} {n}" for name, n in found.items()))
    for line in validation_warnings(dataset.labels[split.val]):
        log(line)
    corpus = [dataset.tokens[i] for i in np.concatenate([split.train, split.val])]
    unlabeled_info: dict[str, Any] | None = None
    if unlabeled_path is not None:
        extra = read_unlabeled(unlabeled_path, cfg.text_field, options=unlabeled_options or read_options)
        test_texts = {tuple(dataset.tokens[i]) for i in split.test}
        kept = [t for t in extra.tokens if tuple(t) not in test_texts]
        corpus += kept
        unlabeled_info = {
            "file": Path(extra.path).name,
            "sha256": extra.sha256,
            "n_reports": len(kept),
            "dropped_as_test_reports": len(extra.tokens) - len(kept),
            "skipped_rows": len(extra.skipped),
            "used_for": "word2vec only",
        }
        log(
            f"unlabeled: {len(kept)} report(s) from {extra.path} added to word2vec's corpus "
            f"({len(extra.tokens) - len(kept)} equal to a test report left out, "
            f"{len(extra.skipped)} row(s) without text skipped)"
        )
    with tqdm(
        total=cfg.w2v_epochs, desc="word2vec", unit="epoch", disable=None if progress else True, leave=False
    ) as bar:
        w2v = train_word2vec(corpus, cfg, callbacks=[_EpochBar(bar)])
    vocab, matrix = build_vocab(w2v, cfg.unk_vector, cfg.seed)
    log(f"word2vec: {len(vocab)} words kept (min_count {cfg.w2v_min_count}), {cfg.w2v_dim}-d")
    spec = WindowSpec(cfg.max_tokens, cfg.stride, cfg.max_windows)
    windowed = encode_windows(dataset.tokens, vocab, spec)
    x_train, y_train = windowed.subset(split.train), dataset.labels[split.train]
    x_val, y_val = windowed.subset(split.val), dataset.labels[split.val]

    trials: list[dict[str, Any]] = []
    if grid:
        combos = grid_combinations(grid)
        best: TrainResult | None = None
        best_cfg = cfg
        for n, combo in enumerate(
            tqdm(combos, desc="grid", unit="trial", disable=None if progress else True), start=1
        ):
            trial_cfg = cfg.model_copy(update=combo)
            result = train_network(
                trial_cfg,
                matrix,
                x_train,
                y_train,
                x_val,
                y_val,
                progress=progress,
                desc=f"trial {n}/{len(combos)}",
                sample_weight=weights[split.train],
            )
            trials.append(
                {
                    "trial": n,
                    "params": combo,
                    "val_auc": result.val_auc,
                    "best_epoch": result.best_epoch,
                    "seconds": round(result.seconds, 2),
                    "history": result.history,
                }
            )
            log(f"trial {n}/{len(combos)} {combo}: validation AUC {result.val_auc:.4f}")
            if best is None or result.val_auc > best.val_auc:
                best, best_cfg = result, trial_cfg
        assert best is not None
        result, cfg = best, best_cfg
        out_dir.mkdir(parents=True, exist_ok=True)
        (out_dir / "grid.json").write_text(
            json.dumps(
                {
                    "selection": "validation AUC",
                    "grid": grid,
                    "best_params": {k: getattr(cfg, k) for k in grid},
                    "trials": trials,
                },
                indent=2,
            )
            + "\n"
        )
    else:
        result = train_network(
            cfg, matrix, x_train, y_train, x_val, y_val, progress=progress, sample_weight=weights[split.train]
        )
    log(
        f"network: best epoch {result.best_epoch}, "
        f"validation AUC {result.val_auc:.4f} ({result.seconds:.0f}s)"
    )

    device = result.model.embedding.weight.device
    calibration: dict[str, Any] = {"method": "none"}
    if cfg.calibration == "platt":
        raw = predict_reports(result.model, x_val, device)
        a, b = fit_platt(predict_reports(result.model, x_val, device, logits=True), y_val)
        result.model.set_calibration(a, b)
        calibration = {
            "method": "platt",
            "a": a,
            "b": b,
            "fitted_on": "validation split",
            "rule": "probability = sigmoid(a * max window logit + b)",
            f"validation_above_{SATURATION}_before": saturated(raw),
        }
    val_scores = predict_reports(result.model, x_val, device)
    calibration[f"validation_above_{SATURATION}"] = saturated(val_scores)
    calibration["validation_reports"] = len(val_scores)
    log(
        f"calibration {calibration['method']}: {calibration[f'validation_above_{SATURATION}']} of "
        f"{len(val_scores)} validation scores above {SATURATION}"
    )
    threshold = choose_threshold(y_val, val_scores, cfg.threshold_policy, cfg.target_sensitivity)
    val_metrics = evaluate_scores(y_val, val_scores, threshold, _maybe(dataset.true_labels, split.val))
    policy = {
        "policy": cfg.threshold_policy,
        "target_sensitivity": cfg.target_sensitivity if cfg.threshold_policy == "sensitivity" else None,
        "chosen_on": "validation split",
        "rule": "positive when probability >= threshold",
    }
    manifest = export_artifact(
        result.model,
        vocab,
        out_dir,
        max_tokens=cfg.max_tokens,
        manifest_extra={
            "recipe": cfg.recipe,
            "windows": spec.as_dict(),
            "unknown_id": UNK_ID,
            "calibration": calibration,
            "threshold": threshold,
            "threshold_policy": policy,
            "hyperparameters": cfg.model_dump(),
            "training_data": {
                "file": Path(dataset.path).name,
                "sha256": dataset.sha256,
                "n_reports": len(dataset),
                "positives": int(dataset.labels.sum()),
                "split": {"train": len(split.train), "validation": len(split.val), "test": len(split.test)},
                "split_rule": "sklearn train_test_split twice, stratified on the label, random_state = seed",
                "conclusion_found_by": found,
                **({"unlabeled": unlabeled_info} if unlabeled_info else {}),
                **({"site_labels": site_info} if site_info else {}),
            },
            "training": {
                "best_epoch": result.best_epoch,
                "epochs": cfg.epochs,
                "history": result.history,
                "network_seconds": round(result.seconds, 1),
                "torch_threads": cfg.threads or torch.get_num_threads(),
                "device": resolve_device(cfg.device),
                "word2vec_vocab": len(vocab),
                "gensim_version": gensim.__version__,
                "grid_trials": len(trials),
            },
            "metrics": {"validation": val_metrics},
        },
    )
    scorer = Scorer.load(out_dir, device="cpu")
    test = dataset.subset(split.test)
    test_scores = score_dataset(scorer, test, progress=progress)
    test_metrics = evaluate_scores(test.labels, test_scores, threshold, test.true_labels)
    write_evaluation(
        out_dir / "evaluation",
        test_metrics,
        test.labels,
        test_scores,
        test.true_labels,
        _header(scorer, test, "test split", policy_label(cfg.threshold_policy, cfg.target_sensitivity)),
    )
    metrics = {"validation": val_metrics, "test": test_metrics}
    if site is not None and len(site):
        site_scores = score_dataset(scorer, site, progress=progress)
        if len(set(site.labels.tolist())) == 2:
            metrics["site_test"] = evaluate_scores(site.labels, site_scores, threshold)
            log(f"site test split: AUC {metrics['site_test']['auc']:.4f} on {len(site)} report(s)")
        else:
            log(f"site test split: {len(site)} report(s) of one class, no AUC")
    manifest = update_manifest(
        out_dir,
        metrics=metrics,
        total_seconds=round(time.perf_counter() - started, 1),
    )
    log(
        f"test: AUC {test_metrics['auc']:.4f} at threshold {threshold:.4f}; "
        f"artifact {manifest['model_version']}"
    )
    return manifest


def conclusion_sources(dataset: Dataset) -> dict[str, int]:
    """How many reports' conclusions were found under a heading, in the findings, or are the full text."""
    counts = dict.fromkeys(SOURCE_NAMES.values(), 0)
    for source in dataset.sources or []:
        name = SOURCE_NAMES.get(source, source)
        counts[name] = counts.get(name, 0) + 1
    return counts


def validation_warnings(val_labels: np.ndarray) -> list[str]:
    """A warning per class with fewer than MIN_VALIDATION_PER_CLASS validation reports."""
    counts = np.bincount(val_labels, minlength=2)
    out = []
    for cls, name in ((1, "positive"), (0, "negative")):
        n = int(counts[cls])
        if n < MIN_VALIDATION_PER_CLASS:
            out.append(
                f"warning: the validation split has only {n} {name} report(s); a threshold chosen on so few "
                f"is unstable (one report moves recall or specificity by 1/{max(n, 1)}). Use more labeled "
                f"data (at least {MIN_VALIDATION_PER_CLASS} of each class in the 12% validation split), "
                f"or check the threshold on another labeled file: "
                f"triage evaluate MODEL DATA --validation FILE --target-sensitivity 0.95"
            )
    return out


def _maybe(values: np.ndarray | None, index: np.ndarray) -> np.ndarray | None:
    return None if values is None else values[index]


def _header(scorer: Scorer, data: Dataset, split: str, policy: str) -> dict[str, Any]:
    return {
        "model_version": scorer.model_version,
        "model_sha256": scorer.sha256,
        "data": Path(data.path).name,
        "data_sha256": data.sha256,
        "split": split,
        "threshold_policy": policy,
    }


def score_dataset(scorer: Scorer, data: Dataset, batch_size: int = 512, progress: bool = True) -> np.ndarray:
    out = []
    for start in tqdm(
        range(0, len(data), batch_size),
        desc="scoring",
        unit="batch",
        disable=None if progress else True,
        leave=False,
    ):
        out.append(scorer.score_tokens(data.tokens[start : start + batch_size]))
    return np.concatenate(out) if out else np.zeros(0, dtype=np.float32)


@dataclass(frozen=True)
class EvaluationRun:
    """What `evaluate_run` scored: the metrics it wrote, the data (after the split) and its scores."""

    metrics: dict[str, Any]
    data: Dataset
    scores: np.ndarray
    threshold: float
    scorer: Scorer


def run_evaluation(*args: Any, **kwargs: Any) -> dict[str, Any]:
    """`evaluate_run`'s metrics (see there)."""
    return evaluate_run(*args, **kwargs).metrics


def evaluate_run(
    artifact_dir: Path,
    data_path: Path,
    out_dir: Path,
    *,
    split: str = "auto",
    policy: str | None = None,
    target_sensitivity: float | None = None,
    validation_path: Path | None = None,
    device: str = "auto",
    progress: bool = True,
    log: Log = quiet,
    read_options: ReadOptions = DEFAULT_READ,
    text_field: str | None = None,
    label_field: str | None = None,
    site_threshold: float | None = None,
) -> EvaluationRun:
    """Evaluate an artifact on DATA (the test split when DATA is its training file, else all of it).

    The threshold is the site's operating threshold (`site_threshold`, TRIAGE_THRESHOLD: what the daemon
    decides with), else the artifact's own, unless a policy / target sensitivity is given; then it is chosen
    again on validation data (the training file's validation split, or --validation FILE), never on the data
    scored.
    """
    scorer = Scorer.load(artifact_dir, device=device)
    cfg = TrainConfig(**scorer.manifest.get("hyperparameters", {}))
    text_field = text_field or cfg.text_field  # default: the columns the model was trained from
    label_field = label_field or cfg.label_field
    dataset = read_dataset(data_path, text_field, label_field, options=read_options)
    is_training_file = dataset.sha256 == scorer.manifest.get("training_data", {}).get("sha256")
    if split == "auto":
        split = "test" if is_training_file else "all"
    if split not in ("test", "all"):
        raise ConfigError(f"unknown split {split!r} (auto, test or all)")
    if split == "test" and not is_training_file:
        raise ConfigError(f"{data_path} is not this model's training file (sha256 differs): use --split all")
    parts = stratified_split(dataset.labels, cfg) if is_training_file else None
    data = dataset.subset(parts.test) if split == "test" and parts is not None else dataset
    if len(np.unique(data.labels)) < 2:
        raise InputFileError(
            f"{data_path}: evaluation needs reports of both classes, all {len(data)} are labeled "
            f"{int(data.labels[0])} (ROC AUC, sensitivity and specificity are undefined)"
        )

    if policy is None and target_sensitivity is not None:
        policy = "sensitivity"
    if policy is None and site_threshold is not None:
        threshold = site_threshold
        label = "the site's operating threshold (TRIAGE_THRESHOLD)"
    elif policy is None:
        threshold = scorer.threshold
        tp = scorer.manifest.get("threshold_policy") or {}
        if not isinstance(tp, dict):  # hand-built artifacts may record the policy as a plain string
            tp = {"policy": str(tp)}
        label = policy_label(tp.get("policy", "artifact"), tp.get("target_sensitivity") or 0.95)
        label += " (the artifact's threshold, chosen on its validation split)"
    else:
        target = 0.95 if target_sensitivity is None else target_sensitivity
        if validation_path is not None:
            val = read_dataset(validation_path, text_field, label_field, options=read_options)
        elif parts is not None:
            val = dataset.subset(parts.val)
        else:
            raise ConfigError(
                "choosing a new threshold needs validation data: evaluate on the model's training file "
                "(its validation split is used) or pass --validation FILE"
            )
        threshold = choose_threshold(
            val.labels, score_dataset(scorer, val, progress=progress), policy, target
        )
        label = f"{policy_label(policy, target)} on {Path(val.path).name} validation ({len(val)} reports)"
    scores = score_dataset(scorer, data, progress=progress)
    metrics = evaluate_scores(data.labels, scores, threshold, data.true_labels)
    write_evaluation(
        out_dir,
        metrics,
        data.labels,
        scores,
        data.true_labels,
        _header(scorer, data, f"{split} ({len(data)} reports)", label),
    )
    log(f"AUC {metrics['auc']:.4f} on {len(data)} reports, threshold {threshold:.4f} ({label})")
    return EvaluationRun(metrics, data, scores, threshold, scorer)
