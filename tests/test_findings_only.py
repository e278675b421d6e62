"""A bleed stated only in FINDINGS (triage.pipeline.decision, precedence in its module docstring): the
conclusion mentions no bleed, the FINDINGS affirm or hedge one → positive, ``decided_by="findings"``, rule
evidence and attributes that index the FINDINGS; a conclusion that negates (or dates, asks about, places
outside the head) the bleed stays the final word.

The probes are written here, in several report styles (terse resident, dictated prose, structured
templates, British spelling, addenda-free trauma and stroke reports), with our own labels; never from a
corpus. Two shapes a generator does not make: the impression answers only the clinical question (fracture,
infarct, sinusitis), and the impression is a list that omits the bleed.
"""

from __future__ import annotations

import pytest

from triage.config import DEFAULT_MODEL_DIR, Settings
from triage.model import Scorer
from triage.pipeline.decision import DecisionCore, Failure, findings_result
from triage.pipeline.policy import decide
from triage.rules.result import Evidence, RuleResult

# (report text, label): the bleed is in FINDINGS only; the impression names something else or nothing
FINDINGS_ONLY: list[tuple[str, int]] = [
    (
        "FINDINGS: Acute right parietal subdural hematoma measuring 5 mm. Nondisplaced fracture of the "
        "right parietal bone.\nIMPRESSION: Nondisplaced right parietal skull fracture.",
        1,
    ),
    (
        "FINDINGS: There is a small amount of subarachnoid hemorrhage in the left frontal sulci. The "
        "ventricles are normal in size.\nIMPRESSION: Left frontal scalp laceration, soft tissue swelling.",
        1,
    ),
    (
        "Findings:\nThin acute subdural along the tentorium on the left. Mastoids clear.\n"
        "Impression:\nOpacified right maxillary sinus, likely sinusitis.",
        1,
    ),
    (
        "FINDINGS: Subacute infarct in the right MCA territory with petechial hemorrhagic transformation.\n"
        "IMPRESSION: 1. Subacute right MCA territory infarct. 2. No hydrocephalus.",
        1,
    ),
    (
        "FINDINGS: Small volume intraventricular hemorrhage layering in the occipital horns.\n"
        "IMPRESSION: Ventricular catheter in satisfactory position.",
        1,
    ),
    (
        "FINDINGS: Possible tiny subarachnoid haemorrhage in the right sylvian fissure.\n"
        "CONCLUSION: Right zygomatic arch fracture.",
        1,
    ),
    (
        "FINDINGS: Right temporal lobe contusion with a small intraparenchymal haematoma, 12 mm.\n"
        "OPINION: Right temporal bone fracture extending to the squamosa.",
        1,
    ),
    (
        "FINDINGS: Acute epidural hematoma in the left temporal region, 9 mm thick, 2 mm midline shift.\n"
        "IMPRESSION: Comminuted left temporal skull fracture. Findings discussed with the trauma team.",
        1,
    ),
    (
        "FINDINGS: Probable small acute subdural hematoma along the falx.\n"
        "IMPRESSION: Chronic small vessel ischemic disease.",
        1,
    ),
    (
        "FINDINGS: Intraparenchymal hemorrhage in the left thalamus measuring 2.1 cm, surrounding edema.\n"
        "IMPRESSION: Study limited by motion.",
        1,
    ),
    (
        "FINDINGS: brain: small acute sdh over the right convexity, 4mm. bones: intact.\n"
        "IMPRESSION: no fracture.",
        1,
    ),
    (
        "FINDINGS: Cannot exclude a trace of subarachnoid blood in the interpeduncular cistern.\n"
        "IMPRESSION: Old left occipital infarct.",
        1,
    ),
    (
        "FINDINGS: Acute hemorrhage within the right cerebellar hemisphere with effacement of the fourth "
        "ventricle.\nIMPRESSION: Hydrocephalus. Neurosurgery informed.",
        1,
    ),
    (
        "FINDINGS: A small subdural hematoma is present along the left tentorium.\n"
        "IMPRESSION: Left orbital floor fracture with orbital emphysema.",
        1,
    ),
    (
        "FINDINGS: Suspected subarachnoid hemorrhage in the basal cisterns.\n"
        "IMPRESSION: CT angiogram recommended.",
        1,
    ),
    (
        "FINDINGS: Hemorrhagic contusions in both frontal lobes.\n"
        "IMPRESSION: Multiple facial fractures as detailed.",
        1,
    ),
]
# the FINDINGS mention a bleed, and the conclusion is the final word (or the FINDINGS do not affirm one)
FINAL_WORD: list[tuple[str, int]] = [
    (
        "FINDINGS: Hyperdense focus in the left basal ganglia.\n"
        "IMPRESSION: No intracranial hemorrhage. The density is calcification, not blood.",
        0,
    ),
    (
        "FINDINGS: Possible small subdural hematoma along the falx.\n"
        "IMPRESSION: No acute intracranial hemorrhage; the falx is normally dense.",
        0,
    ),
    (
        "FINDINGS: Small subdural hematoma on the right.\n"
        "IMPRESSION: The previously seen right subdural hematoma has resolved.",
        0,
    ),
    (
        "FINDINGS: No intracranial hemorrhage. No mass effect.\nIMPRESSION: Unremarkable head CT.",
        0,
    ),
    (
        "FINDINGS: History of subarachnoid hemorrhage in 2019, clipped aneurysm.\n"
        "IMPRESSION: Stable postoperative appearance.",
        0,
    ),
    (
        "FINDINGS: Large left frontal scalp hematoma. Brain normal.\nIMPRESSION: Soft tissue injury only.",
        0,
    ),
]


@pytest.fixture(scope="module")
def core() -> DecisionCore:
    return DecisionCore(Scorer.load(DEFAULT_MODEL_DIR, device="cpu"), Settings().pipeline)


def _decide(core: DecisionCore, text: str):
    scored, findings = core.conclusion(text)
    assert findings, "a probe has FINDINGS the conclusion leaves out"
    out = core.decide_texts([scored], [findings])[0]
    assert not isinstance(out, Failure)
    return scored, findings, out


@pytest.mark.parametrize("text", [t for t, _ in FINDINGS_ONLY])
def test_a_bleed_only_in_findings_is_positive_with_findings_evidence(core: DecisionCore, text: str) -> None:
    scored, findings, d = _decide(core, text)
    assert core.assess([scored])[0].assertion == "none"  # the conclusion itself mentions no bleed
    assert d.positive and d.verdict.decided_by == "findings"
    assert d.rules.assertion in ("affirmed", "uncertain")
    positive = [e for e in d.rules.evidence if e.assertion == d.rules.assertion]
    assert positive and all(e.source == "findings" for e in d.rules.evidence)
    # the offsets index the FINDINGS: the span is a bleed word there (never a span of the conclusion)
    for e in positive:
        span = findings[e.start : e.end].lower()
        assert any(w in span for w in ("hem", "haem", "bleed", "blood", "subdural", "sdh", "contusion")), span
    # the attributes come from the text that decided: subtype cues index the FINDINGS
    assert d.attributes.subtypes and d.priority is not None
    assert all(
        findings[e.start : e.end] for e in d.attributes.evidence if e.source == "findings"
    )  # non-empty spans of the FINDINGS


@pytest.mark.parametrize("text,label", FINAL_WORD)
def test_the_conclusion_or_a_non_positive_finding_keeps_the_decision(
    core: DecisionCore, text: str, label: int
) -> None:
    scored, _findings, d = _decide(core, text)
    assert d.verdict.decided_by != "findings"
    assert all(e.source == "scored" for e in d.rules.evidence)
    if core.assess([scored])[0].assertion != "none":  # the conclusion negates/dates: the final word
        assert not d.positive and d.rules == core.assess([scored])[0]
    else:  # the FINDINGS' non-positive reading changes nothing: the network decides, as without FINDINGS
        alone = core.decide_texts([scored])[0]
        assert not isinstance(alone, Failure)
        assert (d.positive, d.verdict.decided_by, d.rules) == (
            alone.positive,
            alone.verdict.decided_by,
            alone.rules,
        )


def test_precedence_is_pure_and_documented() -> None:
    none = RuleResult("none", (), (), "rules-x")
    affirmed = RuleResult("affirmed", ("subdural",), (Evidence(3, 6, "subdural", "affirmed"),), "rules-x")
    hedged = RuleResult("uncertain", ("subdural",), (Evidence(0, 5, "subdural", "uncertain"),), "rules-x")
    negated = RuleResult("negated", ("subdural",), (Evidence(3, 6, "subdural", "negated"),), "rules-x")
    # conclusion affirmed / negated: the conclusion, whatever the FINDINGS say
    assert findings_result(affirmed, negated) is affirmed
    assert findings_result(negated, affirmed) is negated
    # conclusion none: a positive FINDINGS reading decides, its evidence marked as indexing the FINDINGS
    got = findings_result(none, affirmed)
    assert got.assertion == "affirmed" and [e.source for e in got.evidence] == ["findings"]
    assert findings_result(none, hedged).assertion == "uncertain"
    # a non-positive FINDINGS reading, or none read, leaves the conclusion's none
    assert findings_result(none, negated) is none and findings_result(none, None) is none
    # the policy names the text: decided_by "findings" for a positive read there (rules and ensemble)
    for policy in ("ensemble", "rules"):
        assert decide(policy, 0.01, 0.5, "affirmed", "findings").decided_by == "findings"
        assert decide(policy, 0.99, 0.5, "uncertain", "findings").positive
    assert decide("model", 0.01, 0.5, "affirmed", "findings").decided_by == "model"
    assert decide("ensemble", 0.99, 0.5, "affirmed").decided_by == "both"


def test_no_findings_section_and_fallback_findings_are_unchanged(core: DecisionCore) -> None:
    # no FINDINGS section: nothing else to read; the conclusion's none stays none
    scored, findings = core.conclusion("IMPRESSION: Right parietal skull fracture.")
    assert findings == ""
    d = core.decide_texts([scored], [findings])[0]
    assert d.rules.assertion == "none" and d.verdict.decided_by == "model"
    # no conclusion heading: the FINDINGS are the scored text already (fallback_findings), evidence 'scored'
    from triage.text import extract_conclusion

    text = "FINDINGS: Acute left subdural hematoma, 6 mm."
    scored, source, findings = extract_conclusion(text)
    assert (source, findings) == ("fallback_findings", "")
    d = core.decide_texts([scored], [findings])[0]
    assert d.positive and d.verdict.decided_by in ("rules", "both")
    assert all(e.source == "scored" for e in d.rules.evidence)


def test_a_findings_only_report_costs_one_more_rule_read_only_when_the_conclusion_is_silent(
    core: DecisionCore, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[list[str]] = []
    real = core.rules.assess_batch
    monkeypatch.setattr(core.rules, "assess_batch", lambda texts: calls.append(list(texts)) or real(texts))
    texts = [FINDINGS_ONLY[0][0], FINAL_WORD[0][0], "FINDINGS: Normal.\nIMPRESSION: Acute SDH."]
    pairs = [core.conclusion(t) for t in texts]
    core.decide_texts([p[0] for p in pairs], [p[1] for p in pairs])
    # the conclusions in one call, then only the silent conclusion's FINDINGS (one call for the batch)
    assert calls == [[p[0] for p in pairs], [pairs[0][1]]]


def _oru(control_id: str, accession: str, findings: str, impression: str) -> bytes:
    segments = [
        f"MSH|^~\\&|RIS|MERCY|TRIAGE|MERCY|20250102083000||ORU^R01^ORU_R01|{control_id}|P|2.5.1",
        f"PID|1||MRN{control_id}^^^MERCY^MR",
        f"OBR|1|PL{control_id}|FI{control_id}|CTHEAD^CT HEAD WO CONTRAST^L|||20250102080000|||||||||||"
        f"{accession}||||20250102082500|||F",
        f"OBX|1|TX|&GDT^Findings||{findings}||||||F",
        f"OBX|2|TX|&IMP^Impression||{impression}||||||F",
    ]
    return ("\r".join(segments) + "\r").encode()


@pytest.mark.kafka
def test_the_daemon_flags_a_findings_only_bleed_and_its_records_name_the_text(kafka) -> None:
    """A real broker, the daemon: the Flag says decided-by findings, the audit record's rule evidence and
    attributes index the FINDINGS (`source`), and a conclusion that negates the bleed keeps it negative."""
    from fhir.resources.R4B.flag import Flag

    findings = "Thin acute right parietal subdural hematoma, 4 mm, beneath a nondisplaced fracture."
    settings = kafka.settings(partitions=1)
    records = [
        (b"FO1", _oru("FO1", "FO1", findings, "Nondisplaced right parietal skull fracture.")),
        (b"FO2", _oru("FO2", "FO2", findings, "No intracranial hemorrhage. The density is calcification.")),
    ]
    kafka.produce(settings.topics.input, records)
    daemon = kafka.start_thread_daemon(settings)
    try:
        audits = {a["accession"]: a for a in map(_json, kafka.audits_until(settings, len(records)))}
        flags = kafka.read_json(settings.topics.worklist, until=lambda got: len(got) >= 1)
    finally:
        kafka.stop_thread_daemon(daemon)

    pos, neg = audits["FO1"], audits["FO2"]
    assert pos["decision"] == "positive" and pos["decided_by"] == "findings"
    assert pos["rules"]["assertion"] == "affirmed" and pos["rules"]["evidence"]
    for e in pos["rules"]["evidence"]:
        assert e["source"] == "findings"
        assert "subdural" in findings[e["start"] : e["end"]].lower()  # the offsets index the FINDINGS
    assert pos["attributes"]["subtypes"] == ["subdural"]
    assert {e["source"] for e in pos["attributes"]["evidence"]} == {"findings"}
    assert pos["priority"] is not None
    # the conclusion that negates the bleed is the final word
    assert neg["decision"] == "negative" and neg["rules"]["assertion"] == "negated"
    assert {e["source"] for e in neg["rules"]["evidence"]} == {"scored"}

    (flag,) = [f for f in flags if any(i["value"] == "FO1" for i in f["identifier"])]
    Flag.model_validate(flag)
    decided = [e["valueCode"] for e in flag["extension"] if e["url"].endswith("/decided-by")]
    assert decided == ["findings"]


def _json(record) -> dict:
    import json

    return json.loads(record.value)


def test_older_records_without_evidence_source_read_as_the_scored_text() -> None:
    """Replay compares an older record (no `source`) equal to its replay, and explain reads it as the
    scored text; a findings record's evidence is shown from the FINDINGS."""
    from triage.replay.compare import comparable
    from triage.replay.explain import _span, _why

    old = {
        "decision": "positive",
        "rules": {
            "assertion": "affirmed",
            "concepts": ["subdural"],
            "section": "heading",
            "evidence": [{"start": 0, "end": 3, "concept": "subdural", "assertion": "affirmed"}],
        },
        "attributes": None,
    }
    new = {
        **old,
        "rules": {**old["rules"], "evidence": [{**old["rules"]["evidence"][0], "source": "scored"}]},
    }
    assert comparable(old) == comparable(new)
    assert _span(old["rules"]["evidence"][0], "SDH here", "blood there") == ("SDH", "")
    moved = {**new["rules"]["evidence"][0], "source": "findings"}
    assert _span(moved, "SDH here", "blood there") == ("blo", " (findings)")
    why = _why({**old, "rules": {**old["rules"], "evidence": [moved]}, "decided_by": "findings"})
    assert "in the FINDINGS (heading mentions no bleed)" in why[0] and "decided by findings" in why[1]


def test_a_rule_failure_on_the_findings_fails_that_report_alone(
    core: DecisionCore, monkeypatch: pytest.MonkeyPatch
) -> None:
    pairs = [
        core.conclusion(FINDINGS_ONLY[0][0]),
        core.conclusion("FINDINGS: Normal.\nIMPRESSION: Acute SDH."),
    ]

    real = core.rules.assess_batch

    def broken(texts: list[str]):  # the tier fails on the first report's FINDINGS only
        if pairs[0][1] in texts:
            raise RuntimeError("boom")
        return real(texts)

    monkeypatch.setattr(core.rules, "assess_batch", broken)  # the batch's FINDINGS call, then each alone
    monkeypatch.setattr(core.rules, "assess", lambda text: broken([text])[0])
    first, second = core.decide_texts([p[0] for p in pairs], [p[1] for p in pairs])
    assert isinstance(first, Failure) and first.reason == "rules_failed"
    assert "boom" not in str(first.error)  # the error names the stage, never the text or its content
    assert not isinstance(second, Failure) and second.positive  # its conclusion decided; FINDINGS not read


@pytest.mark.parametrize("empty", ["—", "-", ".", " -- ", "*"])
def test_an_impression_of_only_punctuation_does_not_hide_the_findings(core: DecisionCore, empty: str) -> None:
    """'IMPRESSION: —' (a dictation template's placeholder) was the conclusion: scored as an empty text the
    report was dead-lettered no_report_text and the SDH in its FINDINGS never read."""
    text = f"FINDINGS: Small acute subdural hematoma along the right tentorium.\nIMPRESSION: {empty}"
    scored, _findings = core.conclusion(text)
    assert "subdural" in scored
    out = core.decide_texts([scored], [_findings])[0]
    assert not isinstance(out, Failure) and out.positive


@pytest.mark.parametrize("empty", ["—", "."])
def test_an_impression_obx_of_only_punctuation_falls_back_to_the_findings_obx(empty: str) -> None:
    from triage.core import Report
    from triage.hl7 import parse_record

    (report,) = parse_record(
        _oru("DASH1", "ACCDASH1", "Small acute subdural hematoma, right tentorium.", empty)
    )
    assert isinstance(report, Report)
    assert "subdural" in report.impression
