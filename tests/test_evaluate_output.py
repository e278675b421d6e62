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


def test_evaluate_refuses_an_existing_out_unless_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An earlier run's results are never silently mixed with a new one's: a non-empty --out is one error
    line (exit 2) before the model loads, nothing written; --force writes the new files in (the same names
    replaced, the user's other files kept), through OUT.partial/."""
    data = tmp_path / "export.csv"
    data.write_text(EXPORT, encoding="utf-8")
    out = tmp_path / "ev"
    out.mkdir()
    (out / "metrics.json").write_text('{"auc": "old run"}\n')
    (out / "notes.md").write_text("mine\n")
    argv = ["evaluate", str(SHIPPED), str(data), "--out", str(out), "-q", "--device", "cpu"]
    argv += ["--text-field", "Report Body", "--label-field", "Bleed?"]
    with pytest.raises(SystemExit) as stop:
        main(argv)
    err = capsys.readouterr().err
    assert stop.value.code == 2
    assert err.strip().splitlines() == [
        f"triage: error: --out {out} already holds files; choose a new directory, "
        "or pass --force to replace the files of the same names"
    ]
    assert sorted(p.name for p in out.iterdir()) == ["metrics.json", "notes.md"]
    assert (out / "metrics.json").read_text() == '{"auc": "old run"}\n'
    with pytest.raises(SystemExit) as stop:
        main([*argv, "--force"])
    capsys.readouterr()
    assert not stop.value.code
    assert json.loads((out / "metrics.json").read_text())["n"] == 5
    assert (out / "notes.md").read_text() == "mine\n"
    assert not (tmp_path / "ev.partial").exists()
