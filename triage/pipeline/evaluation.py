"""The three decision policies side by side on one labeled set, overall and per kind (pure; the command
`triage evaluate` reads the data, scores it and prints/writes what this returns)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from triage.model.training import safe_auc
from triage.pipeline.policy import POLICIES, Policy, decide, ranking_score, ranking_threshold


def policy_metrics(
    labels: np.ndarray,
    probabilities: np.ndarray,
    threshold: float,
    assertions: Sequence[str],
    kinds: Sequence[str] | None = None,
    policies: Sequence[Policy] = POLICIES,
) -> dict[str, Any]:
    """For each policy: AUC (of its ranking score), sensitivity, specificity, accuracy, the confusion counts
    and, when `kinds` is given, accuracy and n per kind. Shapes: labels int [N], probabilities float [N],
    assertions [N], kinds [N]."""
    labels = np.asarray(labels).astype(np.int64)
    out: dict[str, Any] = {
        "n": len(labels),
        "positives": int(labels.sum()),
        "threshold": threshold,
        "policies": {},
    }
    for policy in policies:
        decided = [
            decide(policy, float(p), threshold, a) for p, a in zip(probabilities, assertions, strict=True)
        ]
        pred = np.asarray([d.positive for d in decided], dtype=np.int64)
        score = np.asarray(
            [ranking_score(policy, float(p), a) for p, a in zip(probabilities, assertions, strict=True)]
        )
        tp = int(((pred == 1) & (labels == 1)).sum())
        tn = int(((pred == 0) & (labels == 0)).sum())
        fp = int(((pred == 1) & (labels == 0)).sum())
        fn = int(((pred == 0) & (labels == 1)).sum())
        entry: dict[str, Any] = {
            "auc": safe_auc(labels, score),
            "sensitivity": tp / (tp + fn) if tp + fn else float("nan"),
            "specificity": tn / (tn + fp) if tn + fp else float("nan"),
            "accuracy": (tp + tn) / len(labels) if len(labels) else float("nan"),
            "tp": tp,
            "tn": tn,
            "fp": fp,
            "fn": fn,
            "disagreements": int(sum(d.disagreement for d in decided)),
        }
        if kinds is not None:
            per: dict[str, dict[str, float]] = {}
            for kind in sorted(set(kinds)):
                mask = np.asarray([k == kind for k in kinds])
                per[kind] = {"n": int(mask.sum()), "accuracy": float((pred[mask] == labels[mask]).mean())}
            entry["per_kind"] = per
        out["policies"][policy] = entry
    return out


def plot_policy_roc(
    labels: np.ndarray,
    probabilities: np.ndarray,
    threshold: float,
    assertions: Sequence[str],
    path: Path,
    title: str,
) -> None:
    """The three policies' ROC curves (their ranking scores, triage.pipeline.policy) with each operating point
    marked, as one PNG."""
    from triage.model.evaluation import plot_roc

    curves = {
        policy: (
            labels,
            np.asarray(
                [ranking_score(policy, float(p), a) for p, a in zip(probabilities, assertions, strict=True)]
            ),
        )
        for policy in POLICIES
    }
    points = {policy: ranking_threshold(policy, threshold) for policy in POLICIES}
    plot_roc(curves, path, title, points)


def policy_table_markdown(metrics: dict[str, Any]) -> str:
    """Overall rows per policy, then a per-kind accuracy table with one column per policy."""
    policies = list(metrics["policies"])
    lines = [
        f"{metrics['n']} reports, {metrics['positives']} positive; "
        f"model threshold {metrics['threshold']:.4f}",
        "",
        "| policy | AUC | sensitivity | specificity | accuracy | FP | FN | disagreements |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name in policies:
        m = metrics["policies"][name]
        lines.append(
            f"| {name} | {m['auc']:.4f} | {m['sensitivity']:.3f} | {m['specificity']:.3f} "
            f"| {m['accuracy']:.3f} | {m['fp']} | {m['fn']} | {m['disagreements']} |"
        )
    first = metrics["policies"][policies[0]]
    if "per_kind" in first:
        lines += ["", "| kind | n | " + " | ".join(policies) + " |", "|---|---|" + "---|" * len(policies)]
        for kind, cell in first["per_kind"].items():
            accs = " | ".join(f"{metrics['policies'][p]['per_kind'][kind]['accuracy']:.3f}" for p in policies)
            lines.append(f"| {kind} | {cell['n']} | {accs} |")
    return "\n".join(lines) + "\n"
