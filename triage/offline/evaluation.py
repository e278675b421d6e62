"""Metrics in the paper's layout, the operating threshold, and the files `triage evaluate` writes.

Threshold policy (chosen on the VALIDATION split, never on the test split):
- ``max_f1`` (default): the score that maximizes F1 of the positive class;
- ``youden``: the ROC point maximizing sensitivity + specificity - 1;
- ``sensitivity``: the HIGHEST threshold whose recall (sensitivity) reaches the target, e.g. 0.95. For triage
  a missed bleed costs more than a false alarm, so a site can trade precision for a guaranteed recall on
  validation data (recall on new data will scatter around the target).
A report is positive when probability >= threshold.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.metrics import (
    confusion_matrix,
    precision_recall_curve,
    precision_recall_fscore_support,
    roc_curve,
)

from triage.errors import ConfigError
from triage.offline.training import safe_auc


def choose_threshold(
    labels: np.ndarray, scores: np.ndarray, policy: str = "max_f1", target_sensitivity: float = 0.95
) -> float:
    """Operating threshold for `policy` (see module docstring)."""
    if len(np.unique(labels)) < 2:
        raise ConfigError("choosing a threshold needs both classes in the validation data")
    if policy == "max_f1":
        precision, recall, thresholds = precision_recall_curve(labels, scores)
        f1 = 2 * precision * recall / np.maximum(precision + recall, 1e-12)
        return float(thresholds[int(np.argmax(f1[:-1]))])
    fpr, tpr, thresholds = roc_curve(labels, scores, drop_intermediate=False)
    finite = np.isfinite(thresholds)
    if policy == "youden":
        j = np.where(finite, tpr - fpr, -np.inf)
        return float(thresholds[int(np.argmax(j))])
    if policy == "sensitivity":
        reach = np.flatnonzero(finite & (tpr >= target_sensitivity))
        return float(thresholds[reach[0]])  # thresholds decrease: the first that reaches is the highest
    raise ConfigError(f"unknown threshold policy {policy!r} (max_f1, youden or sensitivity)")


def table_one(labels: np.ndarray, predictions: np.ndarray) -> dict[str, dict[str, float]]:
    """Precision / recall / F1 / support per class and averaged (support-weighted, as the paper's Table I)."""
    p, r, f, s = precision_recall_fscore_support(labels, predictions, labels=[0, 1], zero_division=0)
    table = {
        str(c): {"precision": float(p[c]), "recall": float(r[c]), "f1": float(f[c]), "support": int(s[c])}
        for c in (0, 1)
    }
    wp, wr, wf, _ = precision_recall_fscore_support(
        labels, predictions, labels=[0, 1], average="weighted", zero_division=0
    )
    table["avg"] = {"precision": float(wp), "recall": float(wr), "f1": float(wf), "support": int(s.sum())}
    return table


def table_one_markdown(table: dict[str, dict[str, float]], title: str = "") -> str:
    rows = [f"### {title}", ""] if title else []
    rows += ["| class | precision | recall | F1 | support |", "|---|---:|---:|---:|---:|"]
    names = {"0": "0 (no ICH)", "1": "1 (ICH)", "avg": "avg / total"}
    for key in ("0", "1", "avg"):
        m = table[key]
        rows.append(
            f"| {names[key]} | {m['precision']:.2f} | {m['recall']:.2f} | {m['f1']:.2f} | {m['support']} |"
        )
    return "\n".join(rows) + "\n"


def evaluate_scores(
    labels: np.ndarray, scores: np.ndarray, threshold: float, true_labels: np.ndarray | None = None
) -> dict[str, Any]:
    """AUC, Table I, confusion matrix at `threshold`; plus the same against the true labels when known."""
    predictions = (scores >= threshold).astype(np.int64)
    tn, fp, fn, tp = confusion_matrix(labels, predictions, labels=[0, 1]).ravel()
    metrics: dict[str, Any] = {
        "n": len(labels),
        "positives": int(labels.sum()),
        "auc": safe_auc(labels, scores),
        "threshold": float(threshold),
        "table_1": table_one(labels, predictions),
        "confusion_matrix": {"tn": int(tn), "fp": int(fp), "fn": int(fn), "tp": int(tp)},
        "sensitivity": float(tp / max(tp + fn, 1)),
        "specificity": float(tn / max(tn + fp, 1)),
    }
    if true_labels is not None:
        metrics["vs_true_labels"] = {
            "auc": safe_auc(true_labels, scores),
            "table_1": table_one(true_labels, predictions),
            # how often the annotator is right: the bar that "the model beats its labeler" must clear
            "labeler_accuracy": float((labels == true_labels).mean()),
            "model_accuracy": float((predictions == true_labels).mean()),
        }
    return metrics


def plot_roc(
    curves: dict[str, tuple[np.ndarray, np.ndarray]],
    path: Path,
    title: str,
    operating_points: dict[str, float] | None = None,
) -> None:
    """ROC curve(s) as a PNG (matplotlib Agg backend: works headless). `operating_points`: per curve, the
    threshold in force; its (1 - specificity, sensitivity) is marked on the curve, since a reader judges the
    model at that point, not over the whole curve."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(5, 5), dpi=110)
    for name, (labels, scores) in curves.items():
        fpr, tpr, _ = roc_curve(labels, scores)
        label = f"{name} (AUC {safe_auc(labels, scores):.3f})"
        point = None
        if operating_points and name in operating_points and len(np.unique(labels)) == 2:
            pred = np.asarray(scores) >= operating_points[name]
            labels_arr = np.asarray(labels)
            point = (float(pred[labels_arr == 0].mean()), float(pred[labels_arr == 1].mean()))
            label += f"\n  at its threshold: sens {point[1]:.3f}, spec {1 - point[0]:.3f}"
        (line,) = ax.plot(fpr, tpr, label=label)
        if point is not None:
            ax.plot([point[0]], [point[1]], marker="o", color=line.get_color(), markersize=7)
    ax.plot([0, 1], [0, 1], linestyle="--", color="grey", linewidth=0.8)
    ax.set(
        xlabel="1 - specificity (false positive rate)", ylabel="sensitivity (true positive rate)", title=title
    )
    ax.legend(loc="lower right", fontsize=7)
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)


def write_evaluation(
    out_dir: Path,
    metrics: dict[str, Any],
    labels: np.ndarray,
    scores: np.ndarray,
    true_labels: np.ndarray | None,
    header: dict[str, Any],
) -> None:
    """metrics.json, table1.md, table1.json, confusion_matrix.json and roc.png in `out_dir`."""
    out_dir.mkdir(parents=True, exist_ok=True)
    document = {**header, **metrics}
    (out_dir / "metrics.json").write_text(json.dumps(document, indent=2) + "\n")
    (out_dir / "table1.json").write_text(json.dumps(metrics["table_1"], indent=2) + "\n")
    (out_dir / "confusion_matrix.json").write_text(json.dumps(metrics["confusion_matrix"], indent=2) + "\n")
    cm = metrics["confusion_matrix"]
    md = [
        f"# Evaluation of {header.get('model_version', 'model')}",
        "",
        f"Data: `{header.get('data')}` ({header.get('split')}), {metrics['n']} reports, "
        f"{metrics['positives']} positive. ROC AUC **{metrics['auc']:.4f}**. "
        f"Threshold {metrics['threshold']:.4f} ({header.get('threshold_policy')}).",
        "",
        table_one_markdown(metrics["table_1"], "Table I (against the data's labels)"),
        "Confusion matrix (rows: label, columns: prediction)",
        "",
        "| | pred 0 | pred 1 |",
        "|---|---:|---:|",
        f"| label 0 | {cm['tn']} | {cm['fp']} |",
        f"| label 1 | {cm['fn']} | {cm['tp']} |",
        "",
    ]
    curves = {"labels": (labels, scores)}
    if "vs_true_labels" in metrics:
        vt = metrics["vs_true_labels"]
        md += [
            f"Against the synthetic TRUE labels: ROC AUC **{vt['auc']:.4f}**; model accuracy "
            f"{vt['model_accuracy']:.4f} vs annotator accuracy {vt['labeler_accuracy']:.4f}.",
            "",
            table_one_markdown(vt["table_1"], "Table I (against the true labels)"),
        ]
        assert true_labels is not None
        curves["true labels"] = (true_labels, scores)
    (out_dir / "table1.md").write_text("\n".join(md))
    plot_roc(
        curves,
        out_dir / "roc.png",
        f"ROC — {header.get('model_version', 'model')}",
        {name: float(metrics["threshold"]) for name in curves},
    )
