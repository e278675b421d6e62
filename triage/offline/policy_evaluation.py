"""The three decision policies side by side on one labeled set, overall and per kind (pure; the command
`triage evaluate` drives the decision core on the data and prints/writes what this returns). Every figure is
computed from the core's Decisions: the prediction is `Decision.positive`, the ROC is drawn from
`Decision.policy_score` (the ranking score of the policy that decided), so a site's ROC is the ROC of what
the product does."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from triage.offline.training import safe_auc
from triage.pipeline.decision import Decision
from triage.pipeline.policy import ranking_threshold

if TYPE_CHECKING:
    from triage.config import PipelineSettings
    from triage.offline.runs import EvaluationRun
    from triage.rules import RuleEngine


def policy_metrics(
    labels: np.ndarray,
    decisions: Mapping[str, Sequence[Decision]],
    kinds: Sequence[str] | None = None,
) -> dict[str, Any]:
    """For each policy (`decisions`: policy -> one Decision per report, the same reports in the same order):
    AUC of its policy_score, sensitivity, specificity, accuracy, the confusion counts and, when `kinds` is
    given, accuracy and n per kind. Shapes: labels int [N], kinds [N]."""
    labels = np.asarray(labels).astype(np.int64)
    thresholds = {d.threshold for decided in decisions.values() for d in decided}
    out: dict[str, Any] = {
        "n": len(labels),
        "positives": int(labels.sum()),
        "threshold": thresholds.pop() if len(thresholds) == 1 else None,
        "policies": {},
    }
    for policy, decided in decisions.items():
        if len(decided) != len(labels):
            raise ValueError(f"{len(decided)} decisions for {len(labels)} labels ({policy})")
        pred = np.asarray([d.positive for d in decided], dtype=np.int64)
        score = np.asarray([d.policy_score for d in decided], dtype=np.float64)
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
            "disagreements": int(sum(d.verdict.disagreement for d in decided)),
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
    labels: np.ndarray, decisions: Mapping[str, Sequence[Decision]], path: Path, title: str
) -> None:
    """Each policy's ROC curve (its Decisions' policy_score) with its operating point marked, as one PNG."""
    from triage.offline.evaluation import plot_roc

    curves = {
        policy: (labels, np.asarray([d.policy_score for d in decided], dtype=np.float64))
        for policy, decided in decisions.items()
    }
    points = {
        policy: ranking_threshold(policy, decided[0].threshold)  # type: ignore[arg-type]
        for policy, decided in decisions.items()
        if decided
    }
    plot_roc(curves, path, title, points)


def policy_table_markdown(metrics: dict[str, Any]) -> str:
    """Overall rows per policy, then a per-kind accuracy table with one column per policy."""
    policies = list(metrics["policies"])
    threshold = metrics["threshold"]
    lines = [
        f"{metrics['n']} reports, {metrics['positives']} positive; model threshold "
        + (f"{threshold:.4f}" if threshold is not None else "n/a"),
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


@dataclass(frozen=True, slots=True)
class PolicyReport:
    """What :func:`write_policy_reports` wrote: the policies table and the clinician's reading (markdown)."""

    policies_md: str
    clinical_md: str


def write_policy_reports(
    run: EvaluationRun, pipeline: PipelineSettings, rules: RuleEngine, out: Path
) -> PolicyReport:
    """`triage evaluate`'s second half: the three policies side by side on the reports `run` scored, each
    decision the decision core's (the daemon's and label's) at the threshold evaluated (policies.json/.md,
    policies_roc.png; reports the daemon would dead-letter, empty text or a rule-tier failure, counted
    apart), then the clinician's view at the shipped operating point, the site's policy and threshold
    (clinical.json/.md)."""
    from triage.pipeline.clinical import clinical_report, clinical_report_markdown
    from triage.pipeline.decision import DecisionCore, Failure
    from triage.pipeline.policy import POLICIES

    assert run.data.texts is not None
    core = DecisionCore(run.scorer, pipeline, rules=rules, threshold=run.threshold)
    outcomes = core.decide_texts(run.data.texts, run.data.findings)
    keep = [i for i, o in enumerate(outcomes) if not isinstance(o, Failure)]
    decisions = {p: [core.decide_as(outcomes[i], p) for i in keep] for p in POLICIES}  # type: ignore[arg-type,union-attr]
    kinds = [run.data.kinds[i] for i in keep] if run.data.kinds is not None else None
    labels = run.data.labels[np.asarray(keep, dtype=np.int64)]
    compared = policy_metrics(labels, decisions, kinds)
    compared["rules_version"] = rules.version
    compared["site_policy"] = core.policy
    compared["undecided"] = Counter(o.reason for o in outcomes if isinstance(o, Failure))
    table = policy_table_markdown(compared)
    (out / "policies.json").write_text(json.dumps(compared, indent=2) + "\n")
    (out / "policies.md").write_text(f"# Decision policies side by side ({rules.version})\n\n" + table)
    plot_policy_roc(
        labels, decisions, out / "policies_roc.png", f"Policies — {run.scorer.model_version}, {rules.version}"
    )
    shipped = decisions[core.policy]
    # the data's own `doc_type` column when it has one; else the product's guess from each whole text
    doc_types = None if run.data.doc_types is None else [run.data.doc_types[i] for i in keep]
    doc_source = {
        "column": "the data's doc_type column",
        "guess": "guessed from each whole text (triage.pipeline.clinical.document_type)",
    }.get(run.data.doc_type_source, run.data.doc_type_source)
    clinical = clinical_report(
        [int(y) for y in labels],
        [d.positive for d in shipped],
        [d.verdict.decided_by for d in shipped],
        kinds=kinds,
        doc_types=doc_types,
        policy=core.policy,
        threshold=shipped[0].threshold if shipped else None,
    )
    clinical["rules_version"] = rules.version
    clinical["doc_type_source"] = doc_source
    clinical_md = clinical_report_markdown(clinical)
    (out / "clinical.json").write_text(json.dumps(clinical, indent=2) + "\n")
    (out / "clinical.md").write_text(f"# Clinical reading ({rules.version})\n\n" + clinical_md)
    return PolicyReport(table, clinical_md)
