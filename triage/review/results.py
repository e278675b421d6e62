"""From answers to labels: one site label per report, the export for `triage train` / `evaluate`.

A report's label is its readers' majority answer (skips are not answers); a tie between two readers is a
*disagreement*, unresolved until a third reader answers it. ``bleed`` → 1, ``no_bleed`` → 0; ``uncertain``
follows `uncertain_as`: ``exclude`` (default: the report is left out of the export and the estimate and
counted apart), ``positive`` or ``negative``. A report planned for two readers and answered by one is
*awaiting_reader*: no label yet, left out and counted like a disagreement (what `review status` counts as not
done; an auditor reading "double-read" in the plan expects two independent answers behind each such label).
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from triage.errors import ConfigError
from triage.offline.outputs import partial_file
from triage.review.store import Item, Label, ReviewStore
from triage.spreadsheet import safe_dict_writer

AWAITING_READER = "awaiting_reader"
UncertainAs = Literal["exclude", "positive", "negative"]
UNCERTAIN_AS: tuple[UncertainAs, ...] = ("exclude", "positive", "negative")
EXPORT_COLUMNS = (
    "id",
    "accession",
    "text",
    "label",
    "answer",
    "reviewers",
    "labeled_at",
    "model_version",
    "rules_version",
    "queue",
    "stratum",
    "reason",
    "procedure_code",
    "document_type",
    "probability",
    "rule_assertion",
    "prediction",
)


@dataclass(frozen=True, slots=True)
class SiteLabel:
    item: Item
    answer: str  # bleed | no_bleed | uncertain | disagreement | awaiting_reader
    label: int | None  # 1/0, None when excluded (uncertain under `exclude`, a disagreement, awaiting_reader)
    labels: tuple[Label, ...]  # the answers behind it (skips left out)


def check_uncertain_as(value: str) -> UncertainAs:
    if value not in UNCERTAIN_AS:
        raise ConfigError(f"--uncertain-as must be one of {', '.join(UNCERTAIN_AS)}, not {value!r}")
    return value  # type: ignore[return-value]


def consensus(answers: list[str]) -> str | None:
    """The majority answer of a report's readers; 'disagreement' on a tie; None without answers."""
    if not answers:
        return None
    (top, count), *rest = Counter(answers).most_common()
    if rest and rest[0][1] == count:
        return "disagreement"
    return top


def site_labels(store: ReviewStore, uncertain_as: UncertainAs = "exclude") -> list[SiteLabel]:
    """Every answered report of the plan with its site label, in plan order."""
    by_item: dict[int, list[Label]] = {}
    for label in store.labels():
        if label.answer != "skip":
            by_item.setdefault(label.item_id, []).append(label)
    out: list[SiteLabel] = []
    for item in store.items():
        labels = by_item.get(item.id, [])
        answer = consensus([lab.answer for lab in labels])
        if answer is None:
            continue
        if len(labels) < item.readers:  # a double-read report with one answer: not done (review status)
            answer = AWAITING_READER
        value: int | None = {"bleed": 1, "no_bleed": 0}.get(answer)
        if answer == "uncertain" and uncertain_as != "exclude":
            value = 1 if uncertain_as == "positive" else 0
        out.append(SiteLabel(item, answer, value, tuple(labels)))
    return out


def labels_digest(store: ReviewStore) -> str:
    """sha256 over every answer (item, reviewer, answer, time, versions; notes excluded: PHI): printed on the
    signed report, so the labels it was computed from can be checked later."""
    rows = [
        [lab.item_id, lab.reviewer, lab.answer, lab.labeled_at, lab.model_version, lab.rules_version]
        for lab in store.labels()
    ]
    return hashlib.sha256(json.dumps(rows, separators=(",", ":")).encode()).hexdigest()


def export_csv(
    store: ReviewStore, out: Path, uncertain_as: UncertainAs = "exclude"
) -> tuple[int, Counter[str]]:
    """Write the labeled reports as CSV (`text`, `label` 0/1 and the columns above) for `triage train`
    (``--site-labels``) and `triage evaluate`; returns (rows written, reports left out by answer: uncertain,
    disagreement, awaiting_reader). Only reports with all their planned readers are written. Written to a
    temporary name and renamed: a crash never leaves half a file."""
    labeled = site_labels(store, uncertain_as)
    rows = [s for s in labeled if s.label is not None]
    left_out = Counter(s.answer for s in labeled if s.label is None)
    out.parent.mkdir(parents=True, exist_ok=True)
    with (
        partial_file(out, mode=0o600) as tmp,  # report text: PHI
        tmp.open("w", encoding="utf-8", newline="") as handle,
    ):
        write_row = safe_dict_writer(handle, EXPORT_COLUMNS)  # formula-like cells as text
        for s in rows:
            item = s.item
            write_row(
                {
                    "id": item.report_key,
                    "accession": item.accession or "",
                    "text": item.text,
                    "label": s.label,
                    "answer": s.answer,
                    "reviewers": ";".join(sorted(lab.reviewer for lab in s.labels)),
                    "labeled_at": max(lab.labeled_at for lab in s.labels),
                    "model_version": s.labels[0].model_version,
                    "rules_version": s.labels[0].rules_version,
                    "queue": item.queue,
                    "stratum": item.stratum,
                    "reason": item.reason or "",
                    "procedure_code": item.procedure_code or "",
                    "document_type": item.document_type or "",
                    "probability": item.probability,
                    "rule_assertion": item.rule_assertion,
                    "prediction": item.prediction,
                }
            )
    return len(rows), left_out
