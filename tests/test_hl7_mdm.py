"""MDM documents (HL7 v2.5 chapter 9: TXA + OBX text) as radiology reports: messages written here in the
style of a dictation system's MDM feed (not by the synthetic ORU generator), through the real parser,
routing and Processor (KeywordScorer stand-in), and one through the daemon on a real Tansu broker with the
tiny trained model. The peer MDM^T04 file is tested in test_hl7_peer.py."""

from __future__ import annotations

import json
from typing import Any

from fhir.resources.R4B.flag import Flag
from test_pipeline_support import KeywordScorer

from triage.config import DEFAULT_HEAD_CT_PATTERN, Settings
from triage.core import NonReport, Report, ResultStatus, SourceRecord
from triage.hl7 import parse_record
from triage.pipeline.decide import ProcedureFilter, route
from triage.pipeline.process import Processor
from triage.pipeline.state import FlagState

HEAD_CT = ProcedureFilter.from_settings((), DEFAULT_HEAD_CT_PATTERN)
ICH = [
    "EXAM: CT HEAD WITHOUT CONTRAST",
    "FINDINGS: Crescentic hyperdense extra-axial collection over the left convexity, 9 mm, 4 mm shift.",
    "IMPRESSION: Acute subdural hemorrhage along the left convexity with mild midline shift.",
]
CLEAR = [
    "EXAM: CT HEAD WITHOUT CONTRAST",
    "IMPRESSION: No acute intracranial abnormality. No hemorrhage, mass or infarct.",
]


def mdm(
    trigger: str,
    status: str = "AU",
    lines: list[str] = ICH,
    *,
    control_id: str = "DOC-MSG-1",
    doc_type: str = "DI",
    observation: str = "CTHEAD^CT HEAD WITHOUT CONTRAST^L",
    filler: str = "RIS-778812",
    placer: str = "EPIC-55120",
    document: str = "DOC-0001",
    parent: str = "",
) -> bytes:
    """One MDM as a dictation system sends it: MSH, EVN, PID, PV1, TXA, the report one OBX TX per line."""
    # TXA-4 activity (the exam), TXA-6 origination (dictation), TXA-9 originator, TXA-12 unique document
    # number, TXA-13 parent document, TXA-14/15 placer/filler order number, TXA-17 completion status
    txa = [
        "TXA",
        "1",
        doc_type,
        "TX",
        "20240315142000",
        "",
        "20240315150500",
        "",
        "",
        "1095^VOSS^ADA",
        "",
        "",
    ]
    txa += [document, parent, placer, filler, "", status, "U", "AV"]
    segs = [
        f"MSH|^~\\&|DICTATE|MERCY|RIS|MERCY|20240315151000||MDM^{trigger}^MDM_{trigger}|{control_id}|P|2.5",
        f"EVN|{trigger}|20240315151000",
        "PID|1||MRN-4411^^^MERCY^MR||DOE^JANE||19500101|F",
        "PV1|1|E|ED^01^01||||||||||||||||V-9001",
        "|".join(txa),
    ]
    segs += [f"OBX|{i}|TX|{observation}|1|{line}||||||F" for i, line in enumerate(lines, 1)]
    return ("\r".join(segs) + "\r").encode()


def parsed(raw: bytes) -> Report | NonReport:
    [result] = parse_record(raw)
    assert isinstance(result, Report | NonReport), result
    return result


def test_a_signed_head_ct_document_is_a_report_with_its_txa_fields() -> None:
    r = parsed(mdm("T02"))
    assert isinstance(r, Report) and r.message_type == "MDM^T02"
    assert (r.result_status, r.accession, r.accession_source) == (ResultStatus.FINAL, "RIS-778812", "TXA-15")
    assert (r.filler_order_number, r.placer_order_number) == ("RIS-778812", "EPIC-55120")
    assert (r.procedure_code, r.procedure_text, r.procedure_coding_system) == (
        "DI",
        "CT HEAD WITHOUT CONTRAST",
        "L",
    )
    assert "subdural hemorrhage" in r.impression and r.text.splitlines() == ICH
    assert r.observation_time is not None and r.observation_time.isoformat() == "2024-03-15T14:20:00+00:00"
    assert not any(w.startswith("missing:") for w in r.warnings)
    assert route(r, HEAD_CT).action == "score"


def test_txa17_maps_onto_the_result_status_lifecycle() -> None:
    statuses = {
        (trigger, code): parsed(mdm(trigger, code)).result_status  # type: ignore[union-attr]
        for trigger in ("T02", "T04", "T06", "T08")
        for code in ("DO", "AU", "LA", "IP", "IN", "PA", "DI", "CA")
    }
    for trigger in ("T02", "T04"):
        assert {statuses[trigger, c] for c in ("DO", "AU", "LA")} == {ResultStatus.FINAL}
    # a signed replacement is a correction of the report; a signed addendum is not (it adds, it keeps F)
    assert {statuses["T08", c] for c in ("DO", "AU", "LA")} == {ResultStatus.CORRECTED}
    assert {statuses["T06", c] for c in ("DO", "AU", "LA")} == {ResultStatus.FINAL}
    for trigger in ("T02", "T04", "T06", "T08"):
        assert {statuses[trigger, c] for c in ("IP", "IN", "PA", "DI")} == {ResultStatus.PRELIMINARY}
        assert statuses[trigger, "CA"] == ResultStatus.CANCELLED


def test_notifications_without_content_and_obsolete_documents_are_skipped_with_their_reason() -> None:
    for trigger in ("T01", "T03", "T05", "T07", "T09", "T10", "T11"):
        r = parsed(mdm(trigger))
        assert isinstance(r, NonReport), trigger
        assert route(r, HEAD_CT).reason == "mdm_without_content"
    obsolete = parsed(mdm("T04", "OB"))
    assert isinstance(obsolete, NonReport) and route(obsolete, HEAD_CT).reason == "mdm_obsolete"
    assert route(parsed(mdm("T02").replace(b"MDM^T02", b"ADT^A08")), HEAD_CT).reason == "not_oru"


def test_a_discharge_summary_document_is_skipped_by_the_procedure_filter() -> None:
    r = parsed(mdm("T02", doc_type="DS", observation="DS^Discharge summary^L", lines=CLEAR))
    assert isinstance(r, Report)
    decision = route(r, HEAD_CT)
    assert decision.reason == "procedure_filter" and "TXA-2" in decision.detail
    coded = ProcedureFilter.from_settings(("DI",), None)  # a site filtering on the document type
    assert route(r, coded).reason == "procedure_filter" and route(parsed(mdm("T02")), coded).action == "score"


def test_a_document_without_order_numbers_is_a_dead_letter_not_a_document_number_accession() -> None:
    r = parsed(mdm("T02", filler="", placer=""))
    assert isinstance(r, Report) and r.accession is None  # TXA-12 DOC-0001 is never the study's accession
    assert route(r, HEAD_CT).reason == "no_accession"


def _run(*values: bytes) -> tuple[list[Any], dict[str, FlagState]]:
    proc = Processor.from_settings(KeywordScorer(), Settings())  # type: ignore[arg-type]
    state: dict[str, FlagState] = {}
    outcomes = []
    for i, value in enumerate(values):  # one batch per message: the lifecycle in arrival order
        outcomes += proc.process_batch([SourceRecord("hl7.mdm", 0, i, value, key=b"k")], state)
    return [o.audit_json()[0] for o in outcomes], state


def test_mdm_lifecycle_flag_addendum_and_cancellation() -> None:
    """T02 signed ICH → Flag created; a preliminary T04 after it is stale; a T08 replacement (the whole
    document again) that takes the finding back withdraws it; a positive T06 addendum (a new document, same
    order) reactivates it; a T04 CA (canceled) enters the Flag in error."""
    audits, state = _run(
        mdm("T02", "AU", control_id="M1"),
        mdm("T04", "IP", CLEAR, control_id="M2"),
        mdm("T08", "AU", [*CLEAR[:1], "IMPRESSION: No hemorrhage; artifact."], control_id="M3"),
        mdm("T06", "LA", ICH, control_id="M4", document="D3", parent="DOC-0001"),
        mdm("T04", "CA", ICH, control_id="M5"),
    )
    assert [(a["decision"], a["flag_action"]) for a in audits] == [
        ("positive", "created"),
        ("negative", "stale"),
        ("negative", "withdrawn"),
        ("positive", "reactivated"),
        ("skipped", "entered-in-error"),
    ]
    assert [a["result_status"] for a in audits] == ["F", "P", "C", "F", "X"]
    # the positive addendum after the C reactivates without stepping the rank back to F
    assert [a["flag_result_status"] for a in audits] == ["F", "F", "C", "C", "X"]
    assert {a["accession"] for a in audits} == {"RIS-778812"}
    assert {a["procedure_code"] for a in audits} == {"DI"}
    assert state["RIS-778812"].status == "entered-in-error"
    blob = json.dumps(audits)
    for phi in ("DOE", "JANE", "19500101", "Crescentic", "midline shift", "artifact"):
        assert phi not in blob


ADDENDUM_ONLY = ["ADDENDUM: Findings communicated to Dr Smith at 15:20 by telephone; read back confirmed."]


def test_a_negative_addendum_leaves_the_flag_and_only_a_replacement_withdraws_it() -> None:
    """A T06 carries only the addendum's own text (HL7 v2.5 ch. 9), negative by itself: it must not take the
    study's ICH Flag off the worklist. A T08 (edit/replace: the whole document) that is negative does."""
    addendum = mdm("T06", "AU", ADDENDUM_ONLY, control_id="M2", document="D2", parent="DOC-0001")
    audits, state = _run(mdm("T02", "AU", control_id="M1"), addendum)
    rows = [(a["decision"], a["flag_action"], a["result_status"], a["flag_result_status"]) for a in audits]
    assert rows == [
        ("positive", "created", "F", "F"),
        ("negative", "unchanged", "F", "F"),  # an addendum corrects nothing: never recorded as C
    ]
    assert (state["RIS-778812"].status, state["RIS-778812"].result_status) == ("active", "F")
    audits, state = _run(
        mdm("T02", "AU", control_id="M1"), addendum, mdm("T08", "AU", CLEAR, control_id="M3")
    )
    assert [a["flag_action"] for a in audits] == ["created", "unchanged", "withdrawn"]
    assert state["RIS-778812"].status == "inactive"


def test_a_negative_addendum_leaves_the_rank_so_a_final_status_change_still_applies() -> None:
    """F positive → negative T06 → T04 (status change with content, the signed document again, now negative):
    the T04 is final like the original and arrives later, so it withdraws the Flag. Had the addendum been
    recorded as a correction (C), the T04 would rank below it and be dropped as stale, leaving a withdrawn
    finding on the worklist."""
    addendum = mdm("T06", "AU", ADDENDUM_ONLY, control_id="M2", document="D2", parent="DOC-0001")
    audits, state = _run(
        mdm("T02", "AU", control_id="M1"), addendum, mdm("T04", "AU", CLEAR, control_id="M3")
    )
    assert [(a["flag_action"], a["result_status"]) for a in audits] == [
        ("created", "F"),
        ("unchanged", "F"),
        ("withdrawn", "F"),
    ]
    assert (state["RIS-778812"].status, state["RIS-778812"].result_status) == ("inactive", "F")


def test_a_positive_addendum_flag_says_final_not_corrected() -> None:
    """The Flag a positive addendum creates carries the addendum's own status (F) in its hl7v2-result-status
    extension: a worklist or auditor must not read the report as corrected."""
    late = ["ADDENDUM: On review, a small acute subdural hemorrhage along the left convexity."]
    proc = Processor.from_settings(KeywordScorer(), Settings())  # type: ignore[arg-type]
    [out] = proc.process_batch([SourceRecord("hl7.mdm", 0, 0, mdm("T06", "LA", late), key=b"k")], {})
    [flag] = [m for m in out.outputs if m.topic == Settings().topics.worklist]
    codes = [e["valueCode"] for e in json.loads(flag.value)["extension"] if "result-status" in e["url"]]
    assert codes == ["F"]


def test_a_positive_addendum_creates_the_flag() -> None:
    """An addendum that reports the bleed (a finding added after a negative report) creates the Flag."""
    late = ["ADDENDUM: On review, a small acute subdural hemorrhage along the left convexity."]
    audits, state = _run(
        mdm("T02", "AU", CLEAR, control_id="M1"), mdm("T06", "AU", late, control_id="M2", document="D2")
    )
    assert [(a["decision"], a["flag_action"]) for a in audits] == [
        ("negative", "none"),
        ("positive", "created"),
    ]
    assert state["RIS-778812"].status == "active"


def test_an_addendum_to_a_cancelled_document_never_brings_the_flag_back() -> None:
    """T02 ICH → Flag; T04 CA (the RIS cancels the document) → entered-in-error; a positive T06 addendum to
    the cancelled document is stale (scored and audited, no Flag: the worklist was told to drop the study);
    a T08 replacement (a new report of the study, C) still reactivates it. With no Flag before the CA, the
    addendum creates none."""
    late = ["ADDENDUM: On review, a small acute subdural hemorrhage along the left convexity."]
    addendum = mdm("T06", "LA", late, control_id="M3", document="D3", parent="DOC-0001")
    audits, state = _run(
        mdm("T02", "AU", control_id="M1"),
        mdm("T04", "CA", ICH, control_id="M2"),
        addendum,
        mdm("T08", "AU", ICH, control_id="M4"),
    )
    rows = [(a["decision"], a["flag_action"], a["reason"], a["flag_result_status"]) for a in audits]
    assert rows == [
        ("positive", "created", None, "F"),
        ("skipped", "entered-in-error", "cancelled", "X"),
        ("positive", "stale", "stale_result_status", "X"),
        ("positive", "reactivated", None, "C"),
    ]
    assert state["RIS-778812"].status == "active"
    audits, state = _run(
        mdm("T02", "AU", CLEAR, control_id="M1"), mdm("T04", "CA", CLEAR, control_id="M2"), addendum
    )
    assert [(a["flag_action"], a["flag_id"]) for a in audits][-1] == ("stale", None)
    assert state["RIS-778812"].status is None


def test_a_signed_mdm_flag_is_valid_fhir() -> None:
    proc = Processor.from_settings(KeywordScorer(), Settings())  # type: ignore[arg-type]
    [out] = proc.process_batch([SourceRecord("hl7.mdm", 0, 0, mdm("T02"), key=b"k")], {})
    flags = [m for m in out.outputs if m.topic == Settings().topics.worklist]
    assert len(flags) == 1 and flags[0].key == b"RIS-778812"
    flag = Flag.model_validate_json(flags[0].value)
    assert flag.status == "active"


def test_mdm_through_the_daemon_on_a_real_broker(kafka: Any) -> None:
    """A head-CT report the tiny model calls positive, sent as MDM^T02 → a Flag on the worklist topic; an
    MDM^T01 notification → skipped `mdm_without_content`; both audited."""
    settings = kafka.settings()
    [pos], _ = kafka.pick_reports(1, 0)
    records = {
        "t02": (
            pos.accession.encode(),
            mdm("T02", lines=pos.text.splitlines(), control_id="MDMPOS", filler=pos.accession),
        ),
        "t01": (b"n1", mdm("T01", control_id="MDMT01", filler="RIS-1")),
    }
    coords = dict(zip(records, kafka.produce(settings.topics.input, records.values()), strict=True))
    daemon = kafka.start_thread_daemon(settings)
    try:
        audits = kafka.audits_until(settings, len(records))
    finally:
        kafka.stop_thread_daemon(daemon)
    by_coord = {}
    for rec in audits:
        a = json.loads(rec.value)
        by_coord[(a["source"]["partition"], a["source"]["offset"])] = a
    t02, t01 = by_coord[coords["t02"]], by_coord[coords["t01"]]
    assert (t02["decision"], t02["flag_action"], t02["accession"]) == ("positive", "created", pos.accession)
    assert (t01["decision"], t01["reason"]) == ("skipped", "mdm_without_content")
    flags = kafka.read(settings.topics.worklist, until=lambda recs: len(recs) >= 1)
    assert [f.key for f in flags] == [pos.accession.encode()]
    assert Flag.model_validate_json(flags[0].value).status == "active"
