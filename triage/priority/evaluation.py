"""Measure the attributes and the priority on a labeled set (tests/data/priority/labeled.jsonl, issue 20):
per-attribute accuracy and the priority confusion matrix, as JSON and as the model card's markdown table.

The set's rows: ``text`` and gold ``subtypes``, ``acuity``, ``change``, ``hedged``, ``mass_effect``
(midline_shift, midline_shift_mm, herniation, cistern_effacement, hydrocephalus, intraventricular_extension),
``size_mm``, ``priority``. The chain measured is the product's own: the rule tier's assertion and mentions,
then :func:`extract_attributes`, then :func:`grade` under the default policy.

Run: ``python -m triage.priority.evaluation tests/data/priority/labeled.jsonl [--json OUT] [--errors
[--show-text]]`` (``--errors`` lists each row graded or read wrong; the text only with ``--show-text``).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from triage.priority.attributes import MASS_EFFECT_SIGNS, extract_attributes
from triage.priority.policy import DEFAULT_POLICY, PRIORITIES, PriorityPolicy, grade

__all__ = ["evaluate", "markdown", "read_set"]


def read_set(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def evaluate(
    rows: Sequence[dict[str, Any]], engine: Any, policy: PriorityPolicy = DEFAULT_POLICY
) -> dict[str, Any]:
    """Accuracy of each attribute, the priority confusion matrix (gold row → graded column), the rows graded
    wrong (ids only) and every row with a wrong grade or attribute (``errors``: id, grade, assertion, reasons,
    the attributes misread with the value read and the gold one; never text)."""
    texts = [row["text"] for row in rows]
    results = engine.assess_batch(texts)
    hits: dict[str, list[bool]] = {}
    confusion = {g: dict.fromkeys(PRIORITIES, 0) for g in PRIORITIES}
    wrong: list[dict[str, str]] = []
    errors: list[dict[str, Any]] = []

    def score(name: str, ok: bool) -> None:
        hits.setdefault(name, []).append(ok)

    for row, rules in zip(rows, results, strict=True):
        attrs = extract_attributes(row["text"], rules)
        grade_ = grade(attrs, rules.assertion, policy)
        graded = grade_.priority
        confusion[row["priority"]][graded] += 1
        gold_me = row["mass_effect"]
        checks: list[tuple[str, object, object]] = [
            ("detected (rule-backed positive)", rules.positive, True),
            ("subtypes (exact set)", sorted(attrs.subtypes), sorted(row["subtypes"])),
            ("acuity", attrs.acuity, row["acuity"]),
            ("change", attrs.change, row["change"]),
            *((f"mass effect: {s}", getattr(attrs, s), bool(gold_me[s])) for s in MASS_EFFECT_SIGNS),
        ]
        if gold_me.get("midline_shift_mm") is not None:
            checks.append(
                ("midline shift mm (when stated)", attrs.midline_shift_mm, gold_me["midline_shift_mm"])
            )
        if row.get("size_mm") is not None:
            checks.append(("size mm (when stated)", attrs.size_mm, row["size_mm"]))
        for name, got, want in checks:
            score(name, got == want)
        misread = {name: {"got": got, "gold": want} for name, got, want in checks if got != want}
        if graded != row["priority"] or misread:
            errors.append(
                {"id": row["id"], "gold": row["priority"], "graded": graded, "assertion": rules.assertion}
                | {"reasons": list(grade_.reasons), "attributes": misread}
            )
        if graded != row["priority"]:
            wrong.append({"id": row["id"], "gold": row["priority"], "graded": graded})
    accuracy = {
        name: {"correct": sum(v), "n": len(v), "accuracy": sum(v) / len(v)} for name, v in hits.items()
    }
    gold_critical = sum(confusion["critical"].values())
    gold_routine = sum(confusion["routine"].values())
    return {
        "n": len(rows),
        "gold": {g: sum(confusion[g].values()) for g in PRIORITIES},
        "attributes": accuracy,
        "confusion": confusion,
        "critical_recall": confusion["critical"]["critical"] / gold_critical if gold_critical else None,
        "routine_as_critical": confusion["routine"]["critical"] / gold_routine if gold_routine else None,
        "priority_accuracy": sum(confusion[g][g] for g in PRIORITIES) / len(rows) if rows else None,
        "wrong": wrong,
        "errors": errors,
    }


def markdown(result: dict[str, Any], kinds: Iterable[str] = ()) -> str:
    """The model card's tables."""
    lines = [
        f"Rows: {result['n']} positives ({', '.join(f'{g} {n}' for g, n in result['gold'].items() if n)})"
        + (f"; kinds: {', '.join(kinds)}" if kinds else ""),
        "",
        "| attribute | correct / n | accuracy |",
        "|---|---|---|",
    ]
    for name, a in result["attributes"].items():
        lines.append(f"| {name} | {a['correct']} / {a['n']} | {a['accuracy']:.3f} |")
    lines += ["", "| gold \\ graded | " + " | ".join(PRIORITIES) + " |", "|---" * (len(PRIORITIES) + 1) + "|"]
    for gold, row in result["confusion"].items():
        if sum(row.values()):
            lines.append(f"| **{gold}** | " + " | ".join(str(row[g]) for g in PRIORITIES) + " |")
    lines += [
        "",
        f"Critical graded critical: {result['critical_recall']:.3f}; routine graded critical: "
        f"{result['routine_as_critical']:.3f}; priority accuracy: {result['priority_accuracy']:.3f}.",
    ]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("set", type=Path)
    parser.add_argument("--json", type=Path, default=None, help="write the full result here")
    parser.add_argument(
        "--errors", action="store_true", help="list each row graded or read wrong (ids and values, no text)"
    )
    parser.add_argument("--show-text", action="store_true", help="with --errors: print each row's text too")
    args = parser.parse_args(argv)
    from triage.rules.shared import shared_engine

    rows = read_set(args.set)
    result = evaluate(rows, shared_engine(None))
    if args.json is not None:
        args.json.write_text(json.dumps(result, indent=1) + "\n")
    kinds = sorted({str(r.get("kind")) for r in rows})
    print(markdown(result, kinds))
    if args.errors:
        texts = {r["id"]: r["text"] for r in rows}
        print()
        for err in result["errors"]:
            print(
                f"{err['id']}: gold {err['gold']}, graded {err['graded']} (assertion {err['assertion']}; "
                f"{'; '.join(err['reasons'])})"
            )
            if args.show_text:
                print(f"    {texts[err['id']]}")
            for name, v in err["attributes"].items():
                print(f"    {name}: read {v['got']!r}, gold {v['gold']!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
