"""The handed examples: labeled texts of each failure kind found on real text (`../shared/examples/*.jsonl`
beside the repository, or HANDED_EXAMPLES_DIR; written by the people who measure the product independently).

Every one must be decided right by the checkout's shipped model and rule tier under the default policy — the
same check the before-stop review runs. The files live outside the repository, so a clean clone without them
skips (and says so); where they exist, a rule-tier change that breaks one fails here, not after the stop.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from triage.config import PipelineSettings
from triage.offline.labeling import label_reports

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = Path(os.environ.get("HANDED_EXAMPLES_DIR") or ROOT.parent / "shared" / "examples")
SHIPPED = ROOT / "model_artifacts"
FILES = sorted(EXAMPLES.glob("*.jsonl")) if EXAMPLES.is_dir() else []

pytestmark = pytest.mark.skipif(not FILES, reason=f"no handed examples at {EXAMPLES}")


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_every_handed_example_is_decided_right(path: Path, tmp_path: Path) -> None:
    """`triage label` on the file (shipped model, default policy and settings), as the check does."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert rows, f"{path} holds no example"
    out = tmp_path / "labeled.jsonl"
    label_reports(SHIPPED, path, out, PipelineSettings(), device="cpu", progress=False)
    decided = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(decided) == len(rows)
    wrong = [
        f"{r.get('kind', '?')} (label {r['label']}, got {d['prediction']}, rules {d['rule_assertion']})"
        for r, d in zip(rows, decided, strict=True)
        if int(d["prediction"]) != int(r["label"])
    ]
    assert not wrong, f"{len(wrong)} of {len(rows)} handed examples wrong in {path.name}: {wrong}"
