"""The replay summary: enough to reproduce the audit (exact offsets, model versions and hashes, normalization
version, how the lifecycle state was seeded) and the comparisons. Stable JSON: no wall-clock values, so the
same replay gives the same summary file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from triage.digest import file_sha256  # noqa: F401 (re-exported: callers name it here)
from triage.errors import InputFileError
from triage.replay.compare import Comparison
from triage.replay.engine import ReplayResult

SUMMARY_VERSION = 1


def build_summary(
    result: ReplayResult,
    *,
    bounds: dict[str, str],
    output: dict[str, Any],
    comparisons: list[Comparison],
) -> dict[str, Any]:
    return {
        "summary_version": SUMMARY_VERSION,
        "range": result.topic_range.to_json(),
        "bounds": bounds,
        "complete": result.complete,
        "next_offsets": {str(p): o for p, o in sorted(result.next_offsets.items())},
        "records": result.records,
        "state": result.state_origin,
        "models": result.models,
        "normalization_versions": sorted({m["normalization_version"] for m in result.models}),
        "decisions": [
            {"model_version": m["model_version"], "counts": counts}
            for m, counts in zip(result.models, result.counts, strict=True)
        ],
        "output": output,
        "comparisons": [c.to_json() for c in comparisons],
    }


def write_summary(path: Path, summary: dict[str, Any]) -> None:
    try:
        path.write_text(json.dumps(summary, sort_keys=True, indent=2) + "\n", encoding="utf-8")
    except OSError as exc:
        raise InputFileError(f"cannot write summary {path}: {exc.strerror}") from exc


def render_replay(result: ReplayResult) -> str:
    """Short text for a person: what was covered, by which models, with what decisions."""
    lines = [
        f"replayed {result.topic_range.describe()} ({result.records:,} records"
        f"{'' if result.complete else ', INCOMPLETE'})",
        f"lifecycle state: {result.state_origin}",
    ]
    for model, counts in zip(result.models, result.counts, strict=True):
        parts = ", ".join(f"{k} {v:,}" for k, v in sorted(counts.items())) or "no records"
        lines.append(
            f"model {model['model_version']} (sha256 {model['model_sha256'][:12]}, "
            f"normalization {model['normalization_version']}, threshold {model['threshold']:g}): {parts}"
        )
    return "\n".join(lines)
