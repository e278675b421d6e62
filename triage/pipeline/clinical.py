"""A clinician's reading of a labeled set at the shipped operating point (pure; `triage evaluate` writes it).

What a radiologist or a safety reviewer asks of a triage tool, beside the ROC:

* **sensitivity** with its Wilson score 95 % interval (Wilson 1927; the interval stays inside [0, 1] and is
  honest for the small counts of a challenge set, where the normal approximation is not), **specificity**
  (with its interval) and **PPV** (how many Flags are real), overall, per kind and per document type
  (``report``: a radiology report; ``note``: a clinical note or case summary with note sections);
* **the decisions each component made alone**: one row per ``decided_by`` value of the policy
  (``model``: the network decided, the rules found no mention; ``rules``: the rules decided and the network
  did not agree or was not asked; ``both``: they agreed on a positive; ``rules_veto``: the rules overruled
  a network positive; ``findings``: the rules found the bleed in the FINDINGS the conclusion leaves out),
  with how many of those decisions were right.

A rate with an empty denominator is ``None`` (printed "—"), never 0 or NaN.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from typing import Any

__all__ = ["DOC_TYPES", "clinical_report", "clinical_report_markdown", "document_type", "rates", "wilson"]

DOC_TYPES = ("report", "note")

#: Headings that only clinical notes carry (HPI, PMH, hospital course, SOAP, assessment/plan ...), at a line
#: start or after a sentence end, followed by a colon.
_NOTE_HEADING = re.compile(
    r"(?im)(?:^|(?<=[.;]))[ \t*#-]*(?:chief complaint|cc|hpi|history of present illness|past medical history|"
    r"pmhx?|past history|family history|social history|hospital course|brief hospital course|ed course|"
    r"course|assessment and plan|assessment/plan|a/p|assessment|plan|subjective|objective|s|o|a|p|"
    r"reason for consult|reason for transfer|events overnight|discharge diagnos[ie]s|medications|"
    r"allergies|disposition|hx|physical exam)[ \t]*:"
)


#: How a clinical note, letter or case text opens (its first words), where a radiology report opens with the
#: examination: a salutation or reference line, or a note's own name ("ED note", "Neurology consult",
#: "Discharge summary", "Stroke call", "Teaching case", "Q:") in the first few words.
_NOTE_OPENING = re.compile(
    r"(?i)^[\W_]*(?:(?:dear|re|q|ed|a&e|resus|triage|hx)\b|(?:\S+\s+){0,3}?(?:note|notes|consult|consultation|"
    r"letter|handover|referral|ward round|mdt|clinic|teaching|case|quiz|pitfall|image of the week|"
    r"morning report|stroke call|trauma call|hotline|phone advice|minor injuries|re-attender|conference|"
    r"discharge summary|transfer summary|case summary)\b)"
)
#: Note headings that a radiology report does not carry, anywhere in the text.
_NOTE_ONLY_HEADING = re.compile(
    r"(?i)\b(?:presenting complaint|history of presenting complaint|background|problems|investigations|"
    r"diagnosis this admission|reason for referral|nsx|neuro obs)\s*[:\-—]"
)


def document_type(text: str) -> str:
    """``note`` when the text has a heading only a clinical note carries (at least one) or opens as a note,
    letter or case text does (``_NOTE_OPENING``), else ``report``. A guess from the whole text: a labeled
    file's own ``doc_type`` column, when it has one, is what ``triage evaluate`` groups by."""
    if _NOTE_HEADING.search(text) or _NOTE_ONLY_HEADING.search(text):
        return "note"
    return "note" if _NOTE_OPENING.match(text) else "report"


def wilson(successes: int, n: int, z: float = 1.959964) -> tuple[float, float] | None:
    """Wilson score interval for a proportion (95 % by default); None when ``n == 0``."""
    if n <= 0:
        return None
    p = successes / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    # at 0/n and n/n the bound is exactly 0 or 1 (floating point leaves 1e-16 off)
    lo = 0.0 if successes == 0 else max(0.0, centre - half)
    hi = 1.0 if successes == n else min(1.0, centre + half)
    return lo, hi


def _rate(k: int, n: int) -> dict[str, Any]:
    return {"value": k / n if n else None, "k": k, "n": n, "ci95": wilson(k, n)}


def rates(labels: Sequence[int], predictions: Sequence[bool | int]) -> dict[str, Any]:
    """Confusion counts, sensitivity, specificity and PPV (each with its Wilson 95 % interval)."""
    tp = sum(1 for y, p in zip(labels, predictions, strict=True) if y and p)
    fn = sum(1 for y, p in zip(labels, predictions, strict=True) if y and not p)
    fp = sum(1 for y, p in zip(labels, predictions, strict=True) if not y and p)
    tn = sum(1 for y, p in zip(labels, predictions, strict=True) if not y and not p)
    return {
        "n": tp + fn + fp + tn,
        "tp": tp,
        "fn": fn,
        "fp": fp,
        "tn": tn,
        "sensitivity": _rate(tp, tp + fn),
        "specificity": _rate(tn, tn + fp),
        "ppv": _rate(tp, tp + fp),
    }


def clinical_report(
    labels: Sequence[int],
    predictions: Sequence[bool | int],
    decided_by: Sequence[str],
    *,
    kinds: Sequence[str] | None = None,
    doc_types: Sequence[str] | None = None,
    policy: str = "ensemble",
    threshold: float | None = None,
) -> dict[str, Any]:
    """Overall, per-kind and per-document-type rates and the per-component table (module docstring). All
    sequences are per report, in the same order."""
    n = len(labels)
    if not (len(predictions) == len(decided_by) == n):
        raise ValueError("labels, predictions and decided_by must have one entry per report")

    def grouped(keys: Sequence[str]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key in sorted(set(keys)):
            idx = [i for i, k in enumerate(keys) if k == key]
            out[key] = rates([labels[i] for i in idx], [predictions[i] for i in idx])
        return out

    components: dict[str, Any] = {}
    for who in sorted(set(decided_by)):
        idx = [i for i, d in enumerate(decided_by) if d == who]
        pos = [i for i in idx if predictions[i]]
        neg = [i for i in idx if not predictions[i]]
        components[who] = {
            "n": len(idx),
            "positive": len(pos),
            "tp": sum(1 for i in pos if labels[i]),
            "fp": sum(1 for i in pos if not labels[i]),
            "negative": len(neg),
            "tn": sum(1 for i in neg if not labels[i]),
            "fn": sum(1 for i in neg if labels[i]),
        }
    report: dict[str, Any] = {
        "policy": policy,
        "threshold": threshold,
        "overall": rates(labels, predictions),
        "components": components,
    }
    if kinds is not None:
        report["per_kind"] = grouped(kinds)
    if doc_types is not None:
        report["per_doc_type"] = grouped(doc_types)
    return report


def _fmt(rate: dict[str, Any]) -> str:
    if rate["value"] is None:
        return "—"
    lo, hi = rate["ci95"]
    return f"{rate['value']:.3f} ({lo:.2f}–{hi:.2f})"


def _row(name: str, r: dict[str, Any]) -> str:
    return (
        f"| {name} | {r['n']} | {r['tp']} | {r['fn']} | {r['fp']} | {r['tn']} | {_fmt(r['sensitivity'])} "
        f"| {_fmt(r['specificity'])} | {_fmt(r['ppv'])} |"
    )


def clinical_report_markdown(report: dict[str, Any]) -> str:
    """The report as Markdown tables: overall, per document type, per kind, then each component alone."""
    head = [
        "| | n | TP | FN | FP | TN | sensitivity (95 % CI) | specificity (95 % CI) | PPV (95 % CI) |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    threshold = report.get("threshold")
    lines = [
        f"Policy `{report['policy']}`"
        + (f" at network threshold {threshold:.4f}" if threshold is not None else "")
        + " (the shipped operating point); intervals are Wilson 95 %.",
        "",
        *head,
        _row("**all**", report["overall"]),
    ]
    for title, key in (("document type", "per_doc_type"), ("kind", "per_kind")):
        if key in report:
            source = (
                f" ({report['doc_type_source']})"
                if key == "per_doc_type" and "doc_type_source" in report
                else ""
            )
            lines += ["", f"Per {title}{source}:", "", *head]
            lines += [_row(f"`{name}`", r) for name, r in report[key].items()]
    lines += [
        "",
        "Decisions by component (`decided_by`): what each one decided, and how often it was right:",
        "",
        "| decided_by | n | positive | TP | FP | negative | TN | FN |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for who, c in report["components"].items():
        lines.append(
            f"| `{who}` | {c['n']} | {c['positive']} | {c['tp']} | {c['fp']} | {c['negative']} "
            f"| {c['tn']} | {c['fn']} |"
        )
    return "\n".join(lines) + "\n"
