"""Cross-validated site performance (`triage train --site-labels FILE --site-cv K`), an offline
measurement for the site-validation room (it drives training and the decision core; neither imports it).

One held-out split of a few hundred site labels measures the candidate on a few dozen reports: the number
moves with the split more than with the model. K-fold cross-validation uses every label once as a test report:
the site's studies are dealt into K folds (sklearn's StratifiedGroupKFold: by accession, else id, so no
study — a preliminary and its final read included — is in two folds; stratified by label so every fold holds
bleeds), and for each fold a model is trained on DATA plus the other folds' site labels (split into training
and validation by accession, as `run_training` does) and tested on the fold. Per fold: the network's ROC AUC,
and the sensitivity and specificity of the shipped decision policy (the decision core: network and rule tier,
each fold model at its own threshold chosen on its validation split). Summary: mean, standard deviation and a
95 % t interval over the folds, and the out-of-fold reports pooled (one AUC; sensitivity and specificity with
Wilson intervals).

The folds estimate how the recipe does on the site's labels, not the exact candidate (which trained on another
share of them); with ``geometry="small"`` they also use triage.model.config.SMALL_GEOMETRY, so K folds cost
about K small trainings instead of K full ones. The fold models are trained in a private temporary directory
and deleted.
"""

from __future__ import annotations

import math
import tempfile
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from scipy import stats as scipy_stats
from sklearn.model_selection import StratifiedGroupKFold
from tqdm.auto import tqdm

from triage.config import PipelineSettings
from triage.errors import ConfigError
from triage.model.config import SMALL_GEOMETRY, TrainConfig
from triage.model.scorer import Scorer
from triage.offline.datasets import Dataset, Split, group_keys, group_part, read_dataset
from triage.offline.progress import Log, quiet
from triage.offline.runs import run_training
from triage.offline.tables import DEFAULT_READ, ReadOptions
from triage.offline.training import safe_auc
from triage.pipeline.clinical import wilson
from triage.pipeline.decision import DecisionCore, Failure

GEOMETRIES = ("small", "same")
DEFAULT_FOLDS = 5


def site_folds(keys: list[str], labels: np.ndarray, k: int, seed: int) -> np.ndarray:
    """The fold (0..k-1) of each site row: StratifiedGroupKFold on the group keys (accession, else id),
    shuffled with `seed`. ConfigError when there are fewer studies than folds or fewer bleeds than folds."""
    if k < 2:
        raise ConfigError(f"--site-cv {k}: cross-validation needs at least 2 folds (0 turns it off)")
    groups = sorted(set(keys))
    group_label = {g: 0 for g in groups}
    for key, label in zip(keys, labels.tolist(), strict=True):
        group_label[key] = max(group_label[key], int(label))
    per_class = np.bincount([group_label[g] for g in groups], minlength=2)
    if per_class.min() < k:
        raise ConfigError(
            f"--site-cv {k}: the site labels hold {per_class[1]} study(ies) with a bleed and {per_class[0]} "
            f"without; each of the {k} folds needs one of each (use fewer folds, or label more)"
        )
    folds = np.full(len(keys), -1, dtype=np.int64)
    splitter = StratifiedGroupKFold(n_splits=k, shuffle=True, random_state=seed)
    with warnings.catch_warnings():  # "least populated class has only n members": checked above per group
        warnings.simplefilter("ignore", UserWarning)
        for fold, (_, test) in enumerate(splitter.split(np.zeros(len(keys)), labels, groups=keys)):
            folds[test] = fold
    return folds


def plan_folds(
    site_path: Path, cfg: TrainConfig, k: int, read_options: ReadOptions = DEFAULT_READ
) -> tuple[Dataset, list[str], np.ndarray]:
    """The site labels, their group keys and folds (`site_folds`); `triage train` calls it before training
    too, so a file that cannot be cross-validated fails in a second, not after the first model."""
    site = read_dataset(site_path, cfg.text_field, cfg.label_field, options=read_options)
    keys = group_keys(site_path, options=read_options)
    return site, keys, site_folds(keys, site.labels, k, cfg.seed)


@dataclass(frozen=True)
class FoldSplit:
    """A site split for `run_training(site_split=...)`: the fold's rows are the test split, the other rows
    are split into training and validation by accession (sha256(seed:key), the validation share of
    `run_training`'s own site split among the non-test rows)."""

    folds: np.ndarray
    fold: int
    seed: int
    val_share: float

    @property
    def rule(self) -> str:
        return (
            f"cross-validation fold {self.fold + 1} of {int(self.folds.max()) + 1} (StratifiedGroupKFold by "
            f"accession, else id) is the test split; the rest by sha256(seed:key), validation share "
            f"{self.val_share:.3f}"
        )

    def split(self, keys: list[str]) -> Split:
        parts: dict[str, list[int]] = {"train": [], "val": [], "test": []}
        for i, key in enumerate(keys):
            name = "test" if self.folds[i] == self.fold else group_part(key, self.seed, self.val_share, 0.0)
            parts[name].append(i)
        return Split(*(np.asarray(parts[n], dtype=np.int64) for n in ("train", "val", "test")))


def _interval(values: list[float]) -> dict[str, Any]:
    """Mean, sample standard deviation and 95 % t interval of per-fold values (None ones left out)."""
    kept = [v for v in values if v is not None and not math.isnan(v)]
    if not kept:
        return {"mean": None, "sd": None, "ci95": None, "folds": 0}
    mean = float(np.mean(kept))
    if len(kept) < 2:
        return {"mean": mean, "sd": None, "ci95": None, "folds": len(kept)}
    sd = float(np.std(kept, ddof=1))
    half = float(scipy_stats.t.ppf(0.975, len(kept) - 1)) * sd / math.sqrt(len(kept))
    return {"mean": mean, "sd": sd, "ci95": [mean - half, mean + half], "folds": len(kept)}


def _proportion(successes: int, n: int) -> dict[str, Any]:
    interval = wilson(successes, n)
    return {"value": successes / n if n else None, "n": n, "wilson95": list(interval) if interval else None}


def cross_validate_site(
    data_path: Path,
    site_path: Path,
    cfg: TrainConfig,
    k: int = DEFAULT_FOLDS,
    *,
    geometry: str = "small",
    settings: PipelineSettings | None = None,
    read_options: ReadOptions = DEFAULT_READ,
    site_weight: float = 5.0,
    progress: bool = True,
    log: Log = quiet,
) -> dict[str, Any]:
    """K-fold site cross-validation (module docstring) with `run_training`'s data, options and site weight;
    returns the JSON-ready summary the manifest records as ``site_cv``."""
    if geometry not in GEOMETRIES:
        raise ConfigError(f"--site-cv-geometry {geometry!r}: one of {', '.join(GEOMETRIES)}")
    site, keys, folds = plan_folds(site_path, cfg, k, read_options)
    fold_cfg = cfg.model_copy(update=SMALL_GEOMETRY) if geometry == "small" else cfg
    settings = settings or PipelineSettings()
    val_share = cfg.val_fraction / (cfg.train_fraction + cfg.val_fraction)
    rows: list[dict[str, Any]] = []
    labels_all: list[int] = []
    probs_all: list[float] = []
    calls_all: list[int] = []
    with tempfile.TemporaryDirectory(prefix="triage-site-cv-") as tmp:  # fold models: deleted at the end
        for fold in tqdm(range(k), desc="site CV", unit="fold", disable=None if progress else True):
            out = Path(tmp) / f"fold-{fold + 1}"
            run_training(
                data_path,
                out,
                fold_cfg,
                progress=False,
                read_options=read_options,
                site_labels_path=site_path,
                site_weight=site_weight,
                site_split=FoldSplit(folds, fold, cfg.seed, val_share),
            )
            test = site.subset(np.flatnonzero(folds == fold))
            scorer = Scorer.load(out, device="cpu")
            core = DecisionCore(scorer, settings, threshold=scorer.threshold)
            labels, probs, calls = [], [], []
            undecided = 0
            decisions = core.decide_texts(test.texts or [], test.findings)
            for label, decision in zip(test.labels.tolist(), decisions, strict=True):
                if isinstance(decision, Failure):  # the daemon dead-letters it: no decision to count
                    undecided += 1
                    continue
                labels.append(int(label))
                probs.append(decision.probability)
                calls.append(int(decision.positive))
            y, c = np.asarray(labels), np.asarray(calls)
            tp, fn = int(((c == 1) & (y == 1)).sum()), int(((c == 0) & (y == 1)).sum())
            tn, fp = int(((c == 0) & (y == 0)).sum()), int(((c == 1) & (y == 0)).sum())
            row = {
                "fold": fold + 1,
                "reports": len(test),
                "positives": int(test.labels.sum()),
                "studies": len({keys[i] for i in np.flatnonzero(folds == fold)}),
                "undecided": undecided,
                "network_auc": safe_auc(y, np.asarray(probs)) if len(set(labels)) == 2 else None,
                "threshold": scorer.threshold,
                "sensitivity": tp / (tp + fn) if tp + fn else None,
                "specificity": tn / (tn + fp) if tn + fp else None,
                "confusion_matrix": {"tp": tp, "fn": fn, "tn": tn, "fp": fp},
            }
            rows.append(row)
            labels_all += labels
            probs_all += probs
            calls_all += calls
            log(
                f"site CV fold {fold + 1}/{k}: {row['reports']} report(s) ({row['positives']} bleeds), "
                f"network AUC {_fmt(row['network_auc'])}, {settings.decision_policy} sensitivity "
                f"{_fmt(row['sensitivity'])}, specificity {_fmt(row['specificity'])}"
            )
    y, c = np.asarray(labels_all), np.asarray(calls_all)
    summary = {
        "folds": k,
        "grouping": "StratifiedGroupKFold by accession (else id), shuffled with the training seed",
        "seed": cfg.seed,
        "geometry": geometry,
        "fold_hyperparameters": {name: getattr(fold_cfg, name) for name in SMALL_GEOMETRY},
        "policy": settings.decision_policy,
        "policy_threshold": "each fold model's own (chosen on its validation split)",
        "per_fold": rows,
        "network_auc": _interval([r["network_auc"] for r in rows]),
        "sensitivity": _interval([r["sensitivity"] for r in rows]),
        "specificity": _interval([r["specificity"] for r in rows]),
        "pooled": {
            "reports": len(labels_all),
            "network_auc": safe_auc(y, np.asarray(probs_all)) if len(set(labels_all)) == 2 else None,
            "sensitivity": _proportion(int(((c == 1) & (y == 1)).sum()), int((y == 1).sum())),
            "specificity": _proportion(int(((c == 0) & (y == 0)).sum()), int((y == 0).sum())),
        },
    }
    log(summary_line(summary))
    return summary


def _fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def summary_line(cv: dict[str, Any]) -> str:
    """One line: mean ± sd [95 % interval] of each measure over the folds."""

    def part(name: str, label: str) -> str:
        s = cv[name]
        if s["mean"] is None:
            return f"{label} n/a"
        if s["sd"] is None:
            return f"{label} {s['mean']:.3f}"
        lo, hi = s["ci95"]
        return f"{label} {s['mean']:.3f} ± {s['sd']:.3f} [{lo:.3f}, {hi:.3f}]"

    pooled = cv["pooled"]
    return (
        f"site CV ({cv['folds']} folds by accession, {cv['geometry']} geometry): "
        + ", ".join(
            (
                part("network_auc", "network AUC"),
                part("sensitivity", f"{cv['policy']} sensitivity"),
                part("specificity", "specificity"),
            )
        )
        + f"; pooled over {pooled['reports']} report(s): AUC {_fmt(pooled['network_auc'])}"
    )


def markdown(cv: dict[str, Any]) -> str:
    """The per-fold table and the summary (written beside the manifest as site_cv.md)."""
    lines = [
        f"# Site cross-validation: {cv['folds']} folds by accession ({cv['geometry']} geometry, seed "
        f"{cv['seed']}, policy {cv['policy']})",
        "",
        "| fold | reports | bleeds | network AUC | sensitivity | specificity | threshold |",
        "|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in cv["per_fold"]:
        lines.append(
            f"| {r['fold']} | {r['reports']} | {r['positives']} | {_fmt(r['network_auc'])} | "
            f"{_fmt(r['sensitivity'])} | {_fmt(r['specificity'])} | {r['threshold']:.4f} |"
        )
    row = ["**mean ± sd [95 % t]**", "", ""]
    for name in ("network_auc", "sensitivity", "specificity"):
        s = cv[name]
        if s["mean"] is None:
            row.append("n/a")
        elif s["sd"] is None:
            row.append(f"{s['mean']:.3f}")
        else:
            row.append(f"{s['mean']:.3f} ± {s['sd']:.3f} [{s['ci95'][0]:.3f}, {s['ci95'][1]:.3f}]")
    lines.append("| " + " | ".join(row) + " | |")
    pooled = cv["pooled"]
    pooled_cells = [_fmt(pooled["network_auc"])]
    for name in ("sensitivity", "specificity"):
        p = pooled[name]
        ci = p["wilson95"]
        pooled_cells.append(_fmt(p["value"]) + (f" [{ci[0]:.3f}, {ci[1]:.3f}]" if ci else ""))
    lines.append(f"| **pooled (Wilson 95 %)** | {pooled['reports']} | | " + " | ".join(pooled_cells) + " | |")
    return "\n".join(lines) + "\n"
