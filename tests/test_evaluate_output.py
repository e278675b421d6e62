"""What `triage evaluate` prints, as a newcomer reads it: the first lines are the network's own numbers and
say so, before the decision policies' table (which decides the same reports by the rule tier too, so its
numbers differ: unnamed, the two looked like a contradiction). Run on the shipped model and five reports
written for this test in a site export's shape (semicolons, own column names, yes/no labels)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from triage.cli import main

SHIPPED = Path(__file__).resolve().parents[1] / "model_artifacts"

# written for this test, not by the generator: a scalp haematoma, a sinus bleed, a known bleed that shrinks
EXPORT = """\
Acc No;Report Body;Bleed?
Z-001;"Head CT after a fall from a ladder. Large right frontoparietal scalp haematoma, calvarium intact. \
No intra- or extra-axial blood. Opinion: scalp haematoma only.";no
Z-002;"On warfarin, sudden headache. 9 mm crescentic hyperdense collection along the left convexity \
in keeping with acute subdural haemorrhage; 3 mm midline shift. Neurosurgery paged.";yes
Z-003;"Conclusion: small volume blood in the fourth ventricle, layering in both occipital horns.";yes
Z-004;"Sinus CT. Air-fluid level and blood products in the right maxillary antrum after nasal trauma. \
Visualised brain normal.";no
Z-005;"Follow-up: the left basal ganglia bleed known from last week is smaller, now 2 cm, \
oedema around it.";yes
"""


def test_evaluate_names_the_network_alone_before_the_policies(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "export.csv"
    data.write_text(EXPORT, encoding="utf-8")
    argv = ["evaluate", str(SHIPPED), str(data), "--out", str(tmp_path / "ev"), "-q", "--device", "cpu"]
    argv += ["--text-field", "Report Body", "--label-field", "Bleed?"]
    with pytest.raises(SystemExit) as stop:
        main(argv)
    out = capsys.readouterr().out
    assert not stop.value.code
    metrics = json.loads((tmp_path / "ev" / "metrics.json").read_text())
    lines = out.splitlines()
    first = lines[0]
    assert first.startswith(
        "network alone (CNN-LSTM probability at its threshold; the decision policies below)"
    )
    assert f"ROC AUC {metrics['auc']:.4f}  threshold {metrics['threshold']:.4f}  (n=5)" in first
    table_one = lines.index("| class | precision | recall | F1 | support |")
    policies = next(i for i, line in enumerate(lines) if line.startswith("| policy |"))
    assert 0 < table_one < policies
