"""`triage review promote-check`: refuse a candidate model that is worse on the site's labels.

Both artifacts score the site's labeled reports through `triage label`'s own entry point
(triage.offline.labeling.label_file) under one decision policy. Compared only on reports the candidate never
trained on: when the candidate was trained with ``--site-labels``, the reports of its site *test* split
(recomputed from each report's accession and the candidate's seed: triage.offline.datasets.group_part), else
all of them.

Refused when: fewer than `min_reports` comparable reports or one class only (nothing to decide on); or the
candidate's sensitivity under the policy is lower than the current model's; or its network AUC is lower by
more than `tolerance`. Specificity is reported, not gated: sensitivity first, as the product's policy.
"""

from __future__ import annotations

import json
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from triage.offline.datasets import group_part
from triage.offline.labeling import label_file

if TYPE_CHECKING:
    from triage.pipeline.decision import DecisionCore

MIN_REPORTS = 20
PREFIX = "triage_check_"


@dataclass(frozen=True, slots=True)
class PromotionResult:
    accepted: bool
    reasons: list[str]
    n: int
    bleeds: int
    current: dict[str, Any]
    candidate: dict[str, Any]

    def as_dict(self) -> dict[str, Any]:
        return {
            "accepted": self.accepted,
            "reasons": self.reasons,
            "n": self.n,
            "bleeds": self.bleeds,
            "current": self.current,
            "candidate": self.candidate,
        }


def comparable_keys(manifest: dict[str, Any], rows: list[dict[str, Any]]) -> set[str]:
    """ids of the rows the candidate never trained on (module docstring)."""
    site = (manifest.get("training_data") or {}).get("site_labels")
    split = (site or {}).get("split_params") or {}
    keys = set()
    for row in rows:
        key = next((str(row[f]) for f in ("accession", "id") if row.get(f) not in (None, "")), "")
        if site is None or (
            group_part(key, int(split["seed"]), float(split["val_fraction"]), float(split["test_fraction"]))
            == "test"
        ):
            keys.add(str(row.get("id")))
    return keys


def _score(core: DecisionCore, labels: Path, text_field: str) -> list[dict]:
    with tempfile.TemporaryDirectory(prefix="triage-promote-") as tmp:
        out = Path(tmp) / "scored.jsonl"
        label_file(core, labels, out, text_field=text_field, out_fmt="jsonl", prefix=PREFIX, progress=False)
        return [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines() if x.strip()]


def _metrics(rows: list[dict], label_field: str, threshold: float, version: str) -> dict[str, Any]:
    from sklearn.metrics import roc_auc_score

    y = np.asarray([int(r[label_field]) for r in rows])
    p = np.asarray([float(r[PREFIX + "probability"]) for r in rows])
    pred = np.asarray([int(r[PREFIX + "prediction"]) for r in rows])
    return {
        "model_version": version,
        "threshold": threshold,
        "auc": float(roc_auc_score(y, p)) if len(set(y.tolist())) == 2 else None,
        "sensitivity": float(pred[y == 1].mean()) if (y == 1).any() else None,
        "specificity": float(1 - pred[y == 0].mean()) if (y == 0).any() else None,
    }


def promotion_check(
    current: DecisionCore,
    candidate: DecisionCore,
    labels: Path,
    *,
    tolerance: float = 0.0,
    min_reports: int = MIN_REPORTS,
    text_field: str = "text",
    label_field: str = "label",
) -> PromotionResult:
    """Compare `candidate` with `current` on the site's labels (module docstring); each core holds its own
    model's threshold, both the same policy and rules."""
    policy = candidate.policy
    scored = {
        "current": _score(current, labels, text_field),
        "candidate": _score(candidate, labels, text_field),
    }
    keep = comparable_keys(candidate.scorer.manifest, scored["candidate"])
    rows = {k: [r for r in v if str(r.get("id")) in keep] for k, v in scored.items()}
    m_cur = _metrics(rows["current"], label_field, current.threshold, current.scorer.model_version)
    m_new = _metrics(rows["candidate"], label_field, candidate.threshold, candidate.scorer.model_version)
    n = len(rows["candidate"])
    bleeds = sum(int(r[label_field]) for r in rows["candidate"])
    reasons = []
    if n < min_reports or bleeds == 0 or bleeds == n:
        reasons.append(
            f"only {n} comparable site report(s) ({bleeds} bleeds) the candidate never trained on: at least "
            f"{min_reports} reports with both classes are needed to compare"
        )
    else:
        if m_new["sensitivity"] < m_cur["sensitivity"]:
            reasons.append(
                f"{policy} sensitivity {m_new['sensitivity']:.3f} < current {m_cur['sensitivity']:.3f}"
            )
        if m_new["auc"] is not None and m_cur["auc"] is not None and m_new["auc"] < m_cur["auc"] - tolerance:
            reasons.append(f"network AUC {m_new['auc']:.4f} < current {m_cur['auc']:.4f} - {tolerance}")
    return PromotionResult(not reasons, reasons, n, bleeds, m_cur, m_new)
