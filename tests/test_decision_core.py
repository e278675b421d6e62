"""One decision core, every entry point: the same reports through `run` (the daemon's staged Processor calls),
`replay` (its model loader and per-batch call), `triage label`, `triage evaluate` and `triage audit drift`
give the same decisions, scores and thresholds, under a site threshold (TRIAGE_THRESHOLD) and each policy.

The reports are written here, in a radiologist's free style unlike the synthetic generator's (hedges,
history, indications, extracranial blood, unusual wording), with our own labels. The model is the shipped
artifact, the one `triage run` loads by default.
"""

from __future__ import annotations

import csv
import itertools
import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from triage.cli import main
from triage.config import DEFAULT_MODEL_DIR, PipelineSettings, Settings
from triage.core import SourceRecord
from triage.model import Scorer
from triage.pipeline.decision import Decision, DecisionCore
from triage.pipeline.policy import POLICIES

# (impression, label): label 1 = acute intracranial hemorrhage present
REPORTS: list[tuple[str, int]] = [
    ("Acute left subdural hematoma measuring 8 mm with 4 mm rightward midline shift.", 1),
    ("No intracranial hemorrhage, mass effect, or acute territorial infarct.", 0),
    (
        "Small focus of hyperdensity in the right sylvian fissure, likely subarachnoid blood. Team notified.",
        1,
    ),
    ("Chronic left frontal encephalomalacia from a prior hemorrhage. No new bleed.", 0),
    ("Cannot exclude a tiny subdural collection along the falx; short-interval follow-up CT advised.", 1),
    ("Scalp hematoma over the right parietal bone without fracture. Brain parenchyma unremarkable.", 0),
    ("Interval decrease of the known right parietal intraparenchymal hemorrhage, now 1.2 cm.", 1),
    ("Unremarkable noncontrast head CT.", 0),
    ("Layering intraventricular blood in both occipital horns.", 1),
    ("Clinical question rule out bleed. No evidence of acute intracranial abnormality.", 0),
    ("Hyperdense left MCA sign concerning for thrombus; no hemorrhage.", 0),
    ("Lentiform extra-axial collection in the left temporal region with overlying skull fracture.", 1),
    ("Age-related volume loss and small vessel ischemic change. Otherwise negative.", 0),
    ("Blood products within the fourth ventricle; hydrocephalus has progressed.", 1),
    ("Acute left basal ganglia hemorrhage with mass effect.", 1),
    ("Acute left subdural hematoma.", 1),
    ("Nondisplaced right parietal skull fracture.", 1),  # the bleed is stated only in the FINDINGS
]
# the FINDINGS beside an impression (else "See impression."): the mass effect stated only there grades it
FINDINGS: dict[int, str] = {
    14: "Large left basal ganglia hemorrhage with intraventricular extension and 7 mm rightward midline "
    "shift.",
    15: "Acute left convexity subdural hematoma, 6 mm thick; no midline shift or herniation.",
    16: "Thin acute right parietal subdural hematoma, 4 mm, beneath a nondisplaced fracture.",
}
EXPECTED_PRIORITY = {"XC14": "critical", "XC15": "urgent"}


def _findings(i: int) -> str:
    return FINDINGS.get(i, "See impression.")


def _oru(i: int, impression: str) -> bytes:  # findings and impression OBX labeled by their observation ids
    segments = [
        f"MSH|^~\\&|RIS|MERCY|TRIAGE|MERCY|20250102083000||ORU^R01^ORU_R01|XC{i}|P|2.5.1",
        f"PID|1||MRN{i}^^^MERCY^MR",
        f"OBR|1|PL{i + 1}|FI{i + 1}|CTHEAD^CT HEAD WO CONTRAST^L|||20250102080000|||||||||||ACC{101 + i}||||"
        "20250102082500|||F",
        f"OBX|1|TX|&GDT^Findings||{_findings(i)}||||||F",
        f"OBX|2|TX|&IMP^Impression||{impression}||||||F",
    ]
    return ("\r".join(segments) + "\r").encode()


def _run_cli(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    with pytest.raises(SystemExit) as info:
        main(argv)
    out, err = capsys.readouterr()
    assert int(info.value.code or 0) == 0, err
    return out


@pytest.fixture(scope="module")
def scorer() -> Scorer:
    return Scorer.load(DEFAULT_MODEL_DIR, device="cpu")


@pytest.fixture(scope="module")
def site_threshold(scorer: Scorer) -> float:
    """A site threshold between two of these reports' probabilities that moves at least one model decision
    from where the artifact's threshold puts it (else the test could not tell the two apart)."""
    core = DecisionCore(scorer, PipelineSettings())
    probabilities = sorted({d.probability for d in core.decide_texts([t for t, _ in REPORTS])})  # type: ignore[union-attr]
    artifact = core.threshold
    for low, high in itertools.pairwise(probabilities):
        candidate = round((low + high) / 2, 6)
        if (low >= artifact) != (low >= candidate) or (high >= artifact) != (high >= candidate):
            return candidate
    pytest.fail("no threshold between these reports' probabilities differs from the artifact's")


def _run_path(settings: Settings) -> dict[str, dict]:
    """`triage run`: the daemon's Processor (stream.service.load_processor) and its staged calls."""
    from triage.stream.service import load_processor

    proc = load_processor(settings)
    records = [SourceRecord("hl7.oru", 0, i, _oru(i, t)) for i, (t, _) in enumerate(REPORTS)]
    batch = proc.prepare(records)
    proc.assess_rules(proc.score_network(batch))
    return {a["control_id"]: a for o in proc.finish(batch, {}) for a in o.audit_json()}


def _replay_path(settings: Settings) -> dict[str, dict]:
    """`triage replay`: its model loader and its per-batch call."""
    from triage.replay.engine import load_models

    (run,) = load_models([settings.model_dir], settings.device, settings.pipeline, settings.outputs)
    records = [SourceRecord("hl7.oru", 0, i, _oru(i, t)) for i, (t, _) in enumerate(REPORTS)]
    return {
        a["control_id"]: a for o in run.processor.process_batch(records, run.state) for a in o.audit_json()
    }


@pytest.mark.parametrize("policy", POLICIES)
def test_every_entry_point_decides_the_same(
    policy: str,
    site_threshold: float,
    scorer: Scorer,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TRIAGE_THRESHOLD", str(site_threshold))
    monkeypatch.setenv("TRIAGE_DECISION_POLICY", policy)
    monkeypatch.setenv("TRIAGE_DEVICE", "cpu")
    settings = Settings()
    assert settings.threshold == site_threshold and settings.decision_policy == policy

    live = _run_path(settings)
    replayed = _replay_path(settings)
    assert len(live) == len(REPORTS) and {a["decision"] for a in live.values()} <= {"positive", "negative"}
    for control_id, audit in live.items():
        other = replayed[control_id]
        for key in (
            "decision",
            "score",
            "policy_score",
            "threshold",
            "decision_policy",
            "decided_by",
            "priority",
            "attributes",
            "flag_action",
        ):
            assert other[key] == audit[key], (control_id, key)
        assert audit["threshold"] == site_threshold and audit["decision_policy"] == policy
    # mass effect stated only in the findings grades the positive (not "no midline shift")
    for control_id, priority in EXPECTED_PRIORITY.items():
        assert (live[control_id]["decision"], live[control_id]["priority"]) == ("positive", priority)
    # a bleed stated only in the FINDINGS: the rules read them (the impression mentions none), and the
    # record's evidence says so, in run and replay alike
    for record in (live["XC16"], replayed["XC16"]):
        assert record["rules"]["assertion"] == "affirmed"
        assert {e["source"] for e in record["rules"]["evidence"]} == {"findings"}
        assert record["decided_by"] == ("model" if policy == "model" else "findings")
        assert record["rules"]["evidence"] == live["XC16"]["rules"]["evidence"]
    if policy != "model":
        assert live["XC16"]["decision"] == "positive"

    # the site threshold decides: under the model policy at least one decision differs from the artifact's
    if policy == "model":
        at_artifact = {c: a["score"] >= round(scorer.threshold, 6) for c, a in live.items()}
        assert at_artifact != {c: a["decision"] == "positive" for c, a in live.items()}

    # triage label: an HL7 directory (the daemon's bytes) and the same reports as JSONL text
    folder = tmp_path / "hl7"
    folder.mkdir()
    for i, (text, _) in enumerate(REPORTS):
        (folder / f"{i:02d}.hl7").write_bytes(_oru(i, text))
    jsonl = tmp_path / "reports.jsonl"
    start = date(2025, 1, 1)
    jsonl.write_text(
        "".join(
            json.dumps(
                {
                    "id": f"XC{i}",
                    "text": f"FINDINGS: {_findings(i)}\nIMPRESSION: {text}",
                    "label": label,
                    "exam_time": (
                        start + timedelta(days=i)
                    ).isoformat(),  # one report a day: drift per report
                }
            )
            + "\n"
            for i, (text, label) in enumerate(REPORTS)
        )
    )
    for source, out in ((folder, tmp_path / "hl7.csv"), (jsonl, tmp_path / "text.csv")):
        _run_cli(["label", str(source), "--out", str(out), "-q"], capsys)
        with out.open(newline="") as fh:
            rows = list(csv.DictReader(fh))
        ids = [row.get("control_id") or row["id"] for row in rows]
        assert ids == [f"XC{i}" for i in range(len(REPORTS))], source
        for control_id, row in zip(ids, rows, strict=True):
            audit = live[control_id]
            assert float(row["probability"]) == audit["score"], (source, control_id)
            assert float(row["policy_score"]) == audit["policy_score"], (source, control_id)
            assert float(row["threshold"]) == audit["threshold"]
            assert row["policy"] == policy and row["decided_by"] == audit["decided_by"]
            assert (row["priority"] or None) == audit["priority"], (source, control_id)  # one priority policy
            assert int(row["prediction"]) == (audit["decision"] == "positive"), (source, control_id)

    # triage evaluate: the policies' confusion counts at the site threshold
    ev = tmp_path / "ev"
    _run_cli(["evaluate", str(DEFAULT_MODEL_DIR), str(jsonl), "--out", str(ev), "-q"], capsys)
    compared = json.loads((ev / "policies.json").read_text())
    assert compared["threshold"] == site_threshold and compared["n"] == len(REPORTS)
    labels = {f"XC{i}": label for i, (_, label) in enumerate(REPORTS)}
    positive = {c: a["decision"] == "positive" for c, a in live.items()}
    counts = compared["policies"][policy]
    assert counts["tp"] == sum(positive[c] and labels[c] for c in labels)
    assert counts["fp"] == sum(positive[c] and not labels[c] for c in labels)
    assert counts["fn"] == sum(not positive[c] and labels[c] for c in labels)
    # evaluate's clinical reading is of the same decisions (the site's policy at the site threshold)
    clinical = json.loads((ev / "clinical.json").read_text())
    assert clinical["policy"] == policy and clinical["threshold"] == site_threshold
    assert (clinical["overall"]["tp"], clinical["overall"]["fp"]) == (counts["tp"], counts["fp"])
    assert sum(c["positive"] for c in clinical["components"].values()) == sum(positive.values())

    # triage audit drift: one report a day, so a day's share flagged is that report's decision
    from triage.drift.store import load_topic_model
    from triage.offline.audit_drift import DriftRun, file_reports, run_drift
    from triage.offline.drift_report import DriftAccumulator

    lda, dictionary, manifest = load_topic_model(DEFAULT_MODEL_DIR / "topics")
    core = DecisionCore(scorer, settings.pipeline)
    run = run_drift(
        file_reports(jsonl, core),
        lda=lda,
        dictionary=dictionary,
        reference=manifest["reference_shares"],
        core=core,
        run=DriftRun(DriftAccumulator(manifest["reference_shares"])),
    )
    assert run.reports == len(REPORTS)
    days = {d.day: d for d in run.accumulator.days()}
    for i in range(len(REPORTS)):
        day = days[start + timedelta(days=i)]
        assert day.reports == 1 and day.flagged == int(positive[f"XC{i}"]), i


def test_a_decision_carries_the_policy_score_and_threshold(scorer: Scorer) -> None:
    core = DecisionCore(scorer, PipelineSettings(decision_policy="ensemble", threshold=0.25))
    decisions = core.decide_texts([t for t, _ in REPORTS])
    assert all(isinstance(d, Decision) for d in decisions)
    for d in decisions:
        assert isinstance(d, Decision) and d.threshold == 0.25
        # the ensemble's ranking score orders a decision exactly as the decision itself (policy.py)
        assert d.positive == (d.policy_score >= round((1 + 0.25) / 4, 6))
        assert core.decide_as(d, "model").positive == (d.probability >= 0.25)


def test_label_isolates_a_report_the_rule_tier_cannot_read(scorer: Scorer, tmp_path: Path) -> None:
    """The daemon's rule-tier fallback in `label`: when the batch call raises, each text is read alone; the
    one that fails is reported (rules_failed) and skipped, the others are labeled as the core decides them."""
    from triage.offline.labeling import label_file
    from triage.rules.shared import shared_engine

    real = shared_engine(None)
    poison = REPORTS[3][0]

    class OneBadText:
        version = real.version

        def assess_batch(self, texts: list[str]) -> list:
            if poison in texts:
                raise RuntimeError("spaCy choked")
            return real.assess_batch(texts)

        def assess(self, text: str) -> object:
            if text == poison:
                raise RuntimeError("spaCy choked")
            return real.assess(text)

    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": f"R{i}", "text": t}) + "\n" for i, (t, _) in enumerate(REPORTS)))
    problems: list[str] = []
    core = DecisionCore(scorer, PipelineSettings(), rules=OneBadText())  # type: ignore[arg-type]
    summary = label_file(core, src, tmp_path / "out.jsonl", progress=False, on_problem=problems.append)
    assert (summary.scored, summary.bad) == (len(REPORTS) - 1, 1)
    assert len(problems) == 1 and "in.jsonl:4: rules_failed" in problems[0] and poison not in problems[0]
    rows = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert [r["id"] for r in rows] == [f"R{i}" for i in range(len(REPORTS)) if i != 3]
    reference = DecisionCore(scorer, PipelineSettings()).decide_texts(
        [t for i, (t, _) in enumerate(REPORTS) if i != 3]
    )
    assert [r["prediction"] for r in rows] == [int(d.positive) for d in reference]  # type: ignore[union-attr]


# ---- max_report_chars: one bound in the core, every entry point -------------------------------------------
LONG = "Acute subdural hematoma. " * 200  # 5,000 characters, positive throughout: a cut could never be seen


def test_a_report_over_max_report_chars_is_not_decided_nor_truncated(scorer: Scorer) -> None:
    core = DecisionCore(scorer, PipelineSettings(max_report_chars=len(LONG) - 1))
    too_long, at_limit, short_but_long_findings = core.decide_texts(
        [LONG, LONG[:-1], REPORTS[0][0]], ["", "", LONG]
    )
    assert not isinstance(too_long, Decision) and too_long.reason == "report_too_long"
    assert "max_report_chars=4,999" in str(too_long.error)
    assert "hematoma" not in str(too_long.error)  # the message never quotes the report
    assert isinstance(at_limit, Decision) and at_limit.positive  # exactly at the bound: decided
    assert not isinstance(short_but_long_findings, Decision)  # FINDINGS are read too: bounded too
    unbounded = DecisionCore(scorer, PipelineSettings(max_report_chars=None)).decide_texts([LONG])
    assert isinstance(unbounded[0], Decision)


def test_run_and_replay_dead_letter_a_too_long_report_and_decide_the_next(scorer: Scorer) -> None:
    from triage.pipeline.process import Processor

    settings = Settings(max_report_chars=len(LONG) - 100)  # the HL7 path strips the last blank
    proc = Processor(scorer, settings.pipeline, settings.outputs)
    records = [SourceRecord("hl7.oru", 0, i, _oru(i, t)) for i, t in enumerate([LONG, REPORTS[0][0]])]
    outcomes = proc.process_batch(records, {})
    first, second = (o.audit_json()[0] for o in outcomes)
    assert (first["decision"], first["reason"]) == ("dead_letter", "report_too_long")
    dead = [m for m in outcomes[0].outputs if m.topic == settings.run_topics.dead_letter]
    assert len(dead) == 1 and dead[0].value == records[0].value  # the original bytes, untouched
    assert dict(dead[0].headers)["triage-dlq-reason"] == b"report_too_long"
    assert second["decision"] == "positive"


def test_label_reports_a_too_long_report_as_a_bad_row(
    scorer: Scorer, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TRIAGE_MAX_REPORT_CHARS", str(len(LONG) - 100))
    src = tmp_path / "in.jsonl"
    src.write_text(
        "".join(json.dumps({"id": f"R{i}", "text": t}) + "\n" for i, t in enumerate([LONG, REPORTS[0][0]]))
    )
    with pytest.raises(SystemExit):
        main(["label", str(src), "--out", str(tmp_path / "out.jsonl"), "-q"])
    err = capsys.readouterr().err
    assert "in.jsonl:1: report_too_long" in err and "hematoma" not in err
    rows = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert [r["id"] for r in rows] == ["R1"]
