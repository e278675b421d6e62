"""`triage review init` as a function: score the source, choose the plan, write the review database."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from triage.errors import InputFileError
from triage.review.sampling import DRIFT_MIN_BITS, Candidate, make_plan
from triage.review.source import explain
from triage.review.store import ReviewStore

if TYPE_CHECKING:
    from triage.pipeline.decision import DecisionCore


def create_plan(
    core: DecisionCore,
    candidates: Sequence[Candidate],
    db: Path,
    source_name: str,
    *,
    sample_size: int = 200,
    positive_share: float = 0.5,
    active_size: int = 100,
    double_read_share: float = 0.1,
    seed: int = 0,
    drift_min_bits: float = DRIFT_MIN_BITS,
) -> tuple[ReviewStore, str]:
    """Choose the plan among `candidates` (triage.review.source.collect, decided by `core`) and write it to
    `db` (a new file); returns the store and a one-line summary (no text). `source_name`: what the database
    records as the source."""
    if not candidates:
        raise InputFileError(f"{source_name} holds no report that could be scored")
    threshold = core.threshold
    plan = make_plan(
        candidates,
        threshold,
        sample_size=sample_size,
        positive_share=positive_share,
        active_size=active_size,
        double_read_share=double_read_share,
        seed=seed,
        drift_min_bits=drift_min_bits,
    )
    explained = explain(core, [p.candidate for p in plan.items])
    rows: list[dict[str, Any]] = []
    for number, (planned, why) in enumerate(zip(plan.items, explained, strict=True), start=1):
        c = planned.candidate
        rows.append(
            {
                "id": number,
                "report_key": c.key,
                "accession": c.accession,
                "procedure_code": c.procedure_code,
                "document_type": c.document_type,
                "text": c.text,
                "scored_text": c.scored_text,
                "probability": c.probability,
                "rule_assertion": c.rule_assertion,
                "prediction": c.prediction,
                "decided_by": c.decided_by,
                "unknown_share": c.unknown_share,
                "evidence": why.evidence,
                "window_start": why.window[0] if why.window else None,
                "window_end": why.window[1] if why.window else None,
                "queue": planned.queue,
                "stratum": planned.stratum,
                "weight": None,
                "reason": planned.reason,
                "readers": planned.readers,
                "priority": c.priority,
                "drift": c.drift,
                "findings_evidence": None
                if c.findings_sentence is None
                else {"sentence": c.findings_sentence, "evidence": [list(e) for e in c.findings_evidence]},
            }
        )
    meta = {
        "source": source_name,
        "policy": core.policy,
        "model_version": core.scorer.model_version,
        "model_sha256": core.scorer.sha256,
        "rules_version": core.rules.version,
        "threshold": threshold,
        "strata": plan.strata,
        "plan": {
            "sample_size": sample_size,
            "positive_share": positive_share,
            "active_size": active_size,
            "double_read_share": double_read_share,
            "seed": seed,
            "drift_min_bits": drift_min_bits,
        },
        "reports_scored": len(candidates),
    }
    store = ReviewStore.create(db, meta, rows)
    n_random = sum(1 for p in plan.items if p.queue == "random")
    double = sum(1 for p in plan.items if p.readers == 2)
    summary = (
        f"review plan -> {db}: {len(candidates)} report(s) scored ({plan.strata['positive']} positive, "
        f"{plan.strata['negative']} negative; {core.policy} policy, {core.scorer.model_version}, "
        f"{core.rules.version}); "
        f"{n_random} in the random sample ({double} double-read), {len(plan.items) - n_random} in the active "
        f"queue"
    )
    return store, summary
