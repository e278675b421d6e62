"""Synthetic reports rendered as HL7 v2: hl7apy parses them, fields hold what was rendered, escaping
round-trips, and the feed (synth_stream) has the promised mix and ordering."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import replace
from datetime import datetime

import hl7
import pytest
from hl7apy.parser import parse_message

from triage.cli import main
from triage.errors import ConfigError
from triage.hl7.parse import parse_record
from triage.offline.synth.corpus import generate_reports
from triage.offline.synth.layouts import HEADED_LAYOUTS
from triage.offline.synth.oru import (
    LAYOUTS,
    OTHER_PROCEDURES,
    render_adt,
    render_batch,
    render_oru,
    result_datetime,
    synth_stream,
)
from triage.text import normalize_report, tokenize


@pytest.fixture(scope="module")
def reports():
    """Reports in the classic layouts (headings at line starts), whose sections every OBX layout keeps (not
    all-caps: there a sentence "FINDINGS CONSISTENT WITH ..." reads as a heading to the splitter)."""
    everything = generate_reports(400, positive_rate=0.3, seed=21)
    return [r for r in everything if r.layout in (HEADED_LAYOUTS - {"caps"}) | {"findings_only"}][:60]


@pytest.fixture(scope="module")
def every_layout():
    """One report per corpus-v2 layout (glued, single line, markdown, notes ...)."""
    out: dict[str, object] = {}
    for r in generate_reports(1500, positive_rate=0.3, seed=22):
        out.setdefault(r.layout, r)
    return list(out.values())


def _apy(raw: bytes):
    return parse_message(raw.replace(b"\n", b"\r").decode(), find_groups=False)


def _segments(msg, name):
    return [c for c in msg.children if c.name == name]


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("status", ["P", "F", "C"])
def test_oru_parses_with_hl7apy_and_fields_hold_values(reports, layout, status):
    r = reports[7]
    raw = render_oru(r, control_id="CTRL-7", result_status=status, layout=layout)
    msg = _apy(raw)
    assert msg.msh.msh_9.value == "ORU^R01^ORU_R01"
    assert msg.msh.msh_10.value == "CTRL-7"
    assert msg.msh.msh_12.value == "2.5.1"
    assert msg.pid.pid_3.value == f"{r.patient_id}^^^SYNTH_HOSP^MR"
    assert msg.pid.pid_5.value == f"{r.patient_family}^{r.patient_given}"
    assert msg.pid.pid_7.value == r.birth_date.replace("-", "")
    assert msg.obr.obr_18.value == r.accession
    assert msg.obr.obr_25.value == status
    assert msg.obr.obr_4.value == "CTHEADWO^CT HEAD WITHOUT CONTRAST^L"
    assert msg.obr.obr_7.value == datetime.fromisoformat(r.exam_time).strftime("%Y%m%d%H%M%S")
    assert msg.pv1.pv1_19.value.startswith("V")
    obx = _segments(msg, "OBX")
    assert len(obx) >= 5  # report text spread over several OBX
    assert {o.obx_2.value for o in obx} == {"TX"}
    assert {o.obx_11.value for o in obx} == {status}
    assert [o.obx_1.value for o in obx] == [str(i) for i in range(1, len(obx) + 1)]


def test_impression_obx_layout_marks_sections(reports):
    r = next(x for x in reports if x.layout == "inline")
    msg = _apy(render_oru(r, control_id="1", layout="impression_obx"))
    codes = Counter(o.obx_3.value for o in _segments(msg, "OBX"))
    assert codes["&GDT^Findings"] >= 1 and codes["&IMP^Impression"] >= 1
    msg = _apy(render_oru(r, control_id="1", layout="loinc"))
    codes = Counter(o.obx_3.value.split("^")[0] for o in _segments(msg, "OBX"))
    assert codes["18782-3"] >= 1 and codes["19005-8"] >= 1


@pytest.mark.parametrize("layout", LAYOUTS)
def test_every_layout_gives_the_corpus_impression_through_the_project_parser(reports, layout):
    for r in reports:
        (parsed,) = parse_record(render_oru(r, control_id=r.id, layout=layout))
        assert parsed.accession == r.accession
        assert tokenize(parsed.impression) == normalize_report(r.text), (r.id, r.layout)


@pytest.mark.parametrize("layout", LAYOUTS)
def test_every_v2_layout_round_trips_through_the_parser(every_layout, layout):
    """Whatever the corpus layout, the ORU carries the narrative: same accession, and in the plain "headings"
    OBX layout the parsed text has exactly the narrative's tokens (sections may be regrouped otherwise)."""
    assert len(every_layout) >= 15
    for r in every_layout:
        (parsed,) = parse_record(render_oru(r, control_id=r.id, layout=layout))
        assert parsed.accession == r.accession
        assert parsed.impression.strip(), (r.id, r.layout)
        narrative = r.text.split("\n\n", 1)[1]
        if layout == "headings":
            assert tokenize(parsed.text) == tokenize(narrative), (r.id, r.layout)
        assert r.patient_family not in parsed.text


def test_escaping_round_trips(reports):
    nasty = "EXAM: CT\nFINDINGS: a|b^c~d\\e&f.\nIMPRESSION: SDH R&L | ^ ~ \\ done."
    r = replace(reports[0], text=nasty, patient_family="O|Brien^X")
    raw = render_oru(r, control_id="A|B", layout="headings")
    msg = _apy(raw)  # the delimiters inside the text did not break the structure
    assert len(_segments(msg, "OBX")) == 3
    assert msg.msh.msh_12.value == "2.5.1"
    h = hl7.parse(raw.decode())
    lines = [h.unescape(str(seg[5])) for seg in h.segments("OBX")]
    assert lines == nasty.splitlines()
    assert h.unescape(str(h.segment("MSH")[10])) == "A|B"
    (parsed,) = parse_record(raw)
    assert parsed.text == nasty and parsed.control_id == "A|B"


def test_newline_separators_and_custom_procedure_and_time(reports):
    when = datetime(2024, 3, 15, 14, 30, 12)
    raw = render_oru(
        reports[1],
        control_id="N1",
        segment_separator="\n",
        procedure=("30799-1", "CT Head WO contrast", "LN"),
        message_time=when,
        version="2.4",
    )
    assert b"\r" not in raw and raw.count(b"\n") >= 6
    msg = _apy(raw)
    assert msg.msh.msh_7.value == "20240315143012"
    assert msg.obr.obr_4.value == "30799-1^CT Head WO contrast^LN"
    assert msg.msh.msh_12.value == "2.4"


def test_bad_layout_is_a_config_error(reports):
    with pytest.raises(ConfigError):
        render_oru(reports[0], control_id="1", layout="nope")


def test_adt_and_batch(reports):
    adt = render_adt(reports[2], control_id="ADT-1")
    msg = _apy(adt)
    assert msg.msh.msh_9.value == "ADT^A01^ADT_A01" and msg.evn.evn_1.value == "A01"
    assert msg.pid.pid_3.value.startswith(reports[2].patient_id)
    oru = render_oru(reports[3], control_id="ORU-1")
    batch = render_batch([oru, adt])
    assert batch.startswith(b"FHS|^~\\&") and batch.endswith(b"BTS|2\rFTS|1\r")
    results = parse_record(batch)
    assert [type(x).__name__ for x in results] == ["Report", "NonReport"]
    assert results[0].control_id == "ORU-1" and results[1].control_id == "ADT-1"


# ---- the feed ------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def stream():
    return synth_stream(800, seed=3, lifecycle_rate=0.3, correction_rate=0.5, other_procedure_rate=0.08)


def test_stream_is_deterministic_and_sized(stream):
    assert len(stream) == 800
    again = synth_stream(800, seed=3, lifecycle_rate=0.3, correction_rate=0.5, other_procedure_rate=0.08)
    assert [v for _, v, _ in again] == [v for _, v, _ in stream]
    other = synth_stream(800, seed=4, lifecycle_rate=0.3, correction_rate=0.5, other_procedure_rate=0.08)
    assert [v for _, v, _ in other] != [v for _, v, _ in stream]


def test_stream_mix(stream):
    kinds = Counter(m["kind"] for _, _, m in stream)
    assert kinds["head_ct"] > 600 and kinds["other_procedure"] > 20 and kinds["adt"] > 0
    statuses = Counter(m["status"] for _, _, m in stream if m["kind"] == "head_ct")
    assert statuses["P"] > 50 and statuses["F"] > 500 and statuses["C"] > 10
    assert {m["true_label"] for _, _, m in stream if m["kind"] == "head_ct"} == {0, 1}
    assert all(m["true_label"] is None for _, _, m in stream if m["kind"] != "head_ct")
    other_codes = {c for c, _, _ in OTHER_PROCEDURES}
    assert {m["procedure_code"] for _, _, m in stream if m["kind"] == "other_procedure"} <= other_codes


def test_stream_keys_ids_and_version_order(stream):
    assert len({m["control_id"] for _, _, m in stream}) == len(stream)
    by_accession = defaultdict(list)
    for key, value, meta in stream:
        assert key == meta["accession"].encode()
        if meta["kind"] != "adt":
            by_accession[meta["accession"]].append((meta["sequence"], meta["status"], meta["true_label"]))
        if meta["kind"] != "head_ct":
            continue
        (parsed,) = parse_record(value)
        assert parsed.accession == meta["accession"] and parsed.control_id == meta["control_id"]
        assert parsed.result_status.value == meta["status"]
    lifecycles = [v for v in by_accession.values() if len(v) > 1]
    assert lifecycles
    for versions in lifecycles:
        assert [s for s, _, _ in versions] == list(range(len(versions)))  # arrival order = version order
        assert [st for _, st, _ in versions][:2] == ["P", "F"]
    flips = [v for v in lifecycles if len(v) == 3 and v[2][2] != v[1][2]]
    assert flips, "some corrections change the label"


def test_stream_message_times_follow_versions(stream):
    times = defaultdict(list)
    for _, value, meta in stream:
        if meta["kind"] == "head_ct":
            (parsed,) = parse_record(value)
            times[meta["accession"]].append(parsed.message_time)
    assert all(t == sorted(t) for t in times.values())
    assert any(len(t) > 1 for t in times.values())


def test_stream_samples_parse_with_hl7apy(stream):
    for _, value, meta in stream[:: len(stream) // 15]:
        msg = _apy(value)  # hl7apy is slow (~12 ms/message): a sample
        assert msg.msh.msh_10.value == meta["control_id"]


def test_stream_bad_rate():
    with pytest.raises(ConfigError):
        synth_stream(10, lifecycle_rate=1.5)


def test_result_time_after_exam(reports):
    assert all(result_datetime(r) > datetime.fromisoformat(r.exam_time) for r in reports)


# ---- CLI -----------------------------------------------------------------------------------------------
def test_cli_hl7_directory_and_batch_file(tmp_path):
    out_dir = tmp_path / "msgs"
    with pytest.raises(SystemExit) as exc:
        main(["synth", "--n", "12", "--seed", "2", "--format", "hl7", "--out", str(out_dir)])
    assert exc.value.code == 0
    files = sorted(out_dir.glob("*.hl7"))
    assert len(files) == 12
    expected = generate_reports(12, seed=2)
    for f, r in zip(files, expected, strict=True):
        (parsed,) = parse_record(f.read_bytes())
        assert parsed.accession == r.accession and parsed.control_id == r.id
    batch = tmp_path / "all.hl7"
    with pytest.raises(SystemExit) as exc:
        main(["synth", "--n", "12", "--seed", "2", "--format", "hl7", "--out", str(batch)])
    assert exc.value.code == 0
    results = parse_record(batch.read_bytes())
    assert [x.accession for x in results] == [r.accession for r in expected]
