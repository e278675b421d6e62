"""Messages from other HL7 libraries' test suites (tests/data/peer/SOURCES.md), and our own small messages of
each kind the peer corpus showed: the accession source, ``~`` repetitions, malformed MSH-2, coded text."""

from __future__ import annotations

from pathlib import Path

import hl7
import pytest
from hl7apy.exceptions import InvalidEncodingChars
from hl7apy.parser import parse_message

from triage.config import DEFAULT_HEAD_CT_PATTERN
from triage.core import MessageError, NonReport, Report, ResultStatus
from triage.hl7 import parse_record
from triage.pipeline.decide import ProcedureFilter, route

PEER = Path(__file__).parent / "data" / "peer"


def one(raw: bytes, **kw: object) -> Report | NonReport | MessageError:
    (result,) = parse_record(raw, **kw)  # type: ignore[arg-type]
    return result


def report(raw: bytes, **kw: object) -> Report:
    result = one(raw, **kw)
    assert isinstance(result, Report), result
    return result


# --- the peer files -----------------------------------------------------------------------------------------


def test_peer_imaging_report_takes_its_accession_from_obr3() -> None:
    r = report((PEER / "lfh_oru_multiline_short.hl7").read_bytes())
    assert (r.accession, r.accession_source) == ("FON_0d70c6c8", "OBR-3")
    assert (r.placer_order_number, r.filler_order_number) == ("PON_0d70c6c8", "FON_0d70c6c8")
    assert r.text.splitlines() == [
        "[PII] Emergency Department",
        "ED Encounter Arrival Date: [ADDRESS] [PERSONALNAME]:",
    ]


def test_peer_tx_repetitions_are_lines_as_the_peer_and_python_hl7_read_them() -> None:
    raw = (PEER / "lfh_oru_tx_repetition.hl7").read_bytes()
    parts = ["HYPERDYNAMIC LV SYSTOLIC FUNCTION, VISUAL EF 80%", "Fifth line, as part of a repeated field"]
    assert report(raw).text.splitlines() == parts
    obx = hl7.parse(raw.decode().replace("\n", "\r")).segment("OBX")
    assert [str(rep) for rep in obx[5]] == parts  # python-hl7 sees the same two repetitions


def test_peer_coded_value_is_its_text_component() -> None:
    assert report((PEER / "lfh_oru_ce_text.hl7").read_bytes()).text == "No significant change was found"


@pytest.mark.parametrize(
    "name", ["hl7apy_duplicate_encoding_chars.hl7", "hl7apy_too_many_encoding_chars.hl7"]
)
def test_peer_malformed_msh2_is_unparseable_as_hl7apy_says(name: str) -> None:
    raw = (PEER / name).read_bytes()
    with pytest.raises(InvalidEncodingChars):
        parse_message(raw.decode())
    result = one(raw)
    assert isinstance(result, MessageError) and result.error.reason == "unparseable"
    assert "MSH-2" in str(result.error)


def test_peer_numeric_oru_is_a_report_without_text() -> None:
    result = one((PEER / "python_hl7_sample_oru.hl7").read_bytes())
    assert isinstance(result, MessageError) and result.error.reason == "no_report_text"
    assert result.control_id == "CNTRL-3456"


def test_peer_lab_oru_reads_escapes_coded_text_and_no_value_types_as_python_hl7_does() -> None:
    """break1: microsoft/FHIR-Converter's ORU-R01-01 (SOURCES.md)."""
    raw = (PEER / "ms_fhir_converter_oru_r01_01.hl7").read_bytes()
    r = report(raw)
    assert (r.accession, r.accession_source, r.placer_order_number) == ("986", "OBR-3", "845439")
    assert (r.result_status, r.procedure_code) == (ResultStatus.FINAL, "625-4")
    lines = r.text.splitlines()
    message = hl7.parse(raw.decode().replace("\n", "\r"))
    assert lines[0] == message.unescape(str(message.segments("NTE")[0][3]))  # \T\ -> &
    assert lines == [
        lines[0],
        "Allergy to peanuts observed.",
        "Salmonella",
        "Submission of serum",
        "No Antibodies Detected",
    ]
    assert "&" in lines[0] and "\\T\\" not in r.text
    head_ct_only = ProcedureFilter.from_settings((), DEFAULT_HEAD_CT_PATTERN)
    assert route(r, head_ct_only).reason == "procedure_filter"  # a lab test, not a head CT


def test_peer_ft_breaks_and_repetitions_are_lines_as_nhapi_and_python_hl7_read_them() -> None:
    """breakhl7: nHapi's v2.5.1 ORU (SOURCES.md): MSH-18 ASCII, three FT OBX, each with two ``\\.br\\`` and
    two ``~`` repetitions, the last segment unterminated. nHapi reads three FT observations; python-hl7
    three repetitions of OBX-5 each."""
    raw = (PEER / "nhapi_oru_ft_escapes_repetitions.hl7").read_bytes()
    r = report(raw)
    assert r.text.splitlines() == ["This", "is", "A Test", "MoreText", "SomeMoreText"] * 3
    assert "\\" not in r.text and not [w for w in r.warnings if w.startswith("truncated")]
    message = hl7.parse(raw.decode("ascii"))
    assert [len(obx[5]) for obx in message.segments("OBX")] == [3, 3, 3]
    assert r.accession is None  # OBR-2/3/18/20 and ORC-3 are all empty
    # not a head CT: skipped, as it needs no Flag; a head CT without accession would be a dead letter
    assert route(r, ProcedureFilter.from_settings((), DEFAULT_HEAD_CT_PATTERN)).reason == "procedure_filter"
    assert route(r, ProcedureFilter.from_settings(("ehipack",), "")).reason == "no_accession"


def test_peer_nte_table_unescapes_its_field_separators_as_python_hl7_does() -> None:
    """breakhl7: the OLIS lab ORU of nHapi's escape round-trip test (copied there from HAPI): an NTE of 40
    ``\\.br\\`` lines drawing a table with ``\\F\\`` (the field separator as text). Every ``\\F\\`` is
    a ``|`` in the text, as python-hl7 unescapes it, and the table stays one NTE: its ``|`` cut no field."""
    raw = (PEER / "nhapi_olis_oru_nte_escapes.hl7").read_bytes()
    r = report(raw)
    message = hl7.parse(raw.decode("ascii"))
    nte = message.unescape(str(message.segment("NTE")[3]))
    assert nte.count("|") == r.text.count("|") == raw.count(b"\\F\\") > 40
    row = "|High*    |      >=20%       | Primary:   LDL-C    <2.0 mmol/L |"
    assert row in [line.strip() for line in r.text.splitlines()]  # one table row, one line
    assert "\\F\\" not in r.text and "\\.br\\" not in r.text
    assert r.text.splitlines()[-1] == "Lab STP"  # the FT OBX; the NM result is no text
    assert (r.accession, r.accession_source, r.result_status) == ("10015716", "OBR-18", ResultStatus.FINAL)
    head_ct_only = ProcedureFilter.from_settings((), DEFAULT_HEAD_CT_PATTERN)
    assert route(r, head_ct_only).reason == "procedure_filter"  # cholesterol, not a head CT


def test_peer_mdm_radiology_document_is_read_and_its_text_never_printed(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """breakhl7: node-hl7-complete's MDM^T04 (a chest film report as 44 TX OBX, LF line ends, raw line breaks
    inside segments and segments run together on one line, a page footer between two OBX): read as a report
    (TXA-17 LA: final; TXA-2 `06` the document type; its text from the OBX), then skipped by the head-CT
    procedure filter (a chest film, no procedure text) — before MDM support, skipped unread as `not_oru`. It
    carries only TXA-12 (a document number, never the study's accession), so a site without a filter
    dead-letters it `no_accession`. `triage parse` without --show-text prints none of its text."""
    from triage.cli import main

    raw = (PEER / "node_hl7_complete_mdm_t04.hl7").read_bytes()
    result = one(raw)
    assert isinstance(result, Report) and result.message_type == "MDM^T04"
    assert (result.result_status, result.procedure_code, result.accession) == (ResultStatus.FINAL, "06", None)
    # the OBX text, read as for an ORU (the OBX run together on one line with another stay that OBX's fields)
    assert "CHEST, PORTABLE" in result.text and "IMPRESSION/ASSESSMENT:" in result.text
    assert (
        route(result, ProcedureFilter.from_settings((), DEFAULT_HEAD_CT_PATTERN)).reason == "procedure_filter"
    )
    assert route(result, ProcedureFilter.from_settings((), None)).reason == "no_accession"
    try:
        main(["parse", str(PEER / "node_hl7_complete_mdm_t04.hl7")])
    except SystemExit as exc:
        assert exc.code in (0, None)
    out, err = capsys.readouterr()
    assert '"procedure_filter"' in out
    for phi in ("pneumothorax", "SMITH", "JOHNSON", "Graber", "355281", "chest tube"):
        assert phi not in out and phi not in err


# --- our own messages: MSH-2 --------------------------------------------------------------------------------


def _oru(
    msh2: str = "^~\\&", obr18: str = "", obr3: str = "FL-1", obr2: str = "PL-1", extra: str = ""
) -> bytes:
    obr = ["OBR", "1", obr2, obr3, "CTHEAD^CT HEAD^L"] + [""] * 13 + [obr18]
    segs = [
        f"MSH|{msh2}|RIS|MERCY|||20240315143012||ORU^R01|CTRL-1|P|2.5.1",
        "PID|1||MRN-1^^^MERCY",
        "|".join(obr),
        "OBX|1|TX|&IMP||Acute subdural hematoma.||||||F",
    ]
    if extra:
        segs.insert(2, extra)
    return "\r".join(segs).encode()


@pytest.mark.parametrize(
    ("msh2", "problem"),
    [
        ("~\\&", "3 characters"),  # ^~\& shifted by one: the case
        ("^~", "2 characters"),
        ("^~\\&#$", "6 characters"),
        ("^^\\&", "repeat"),
        ("^~\\^", "repeat"),
        ("^~A&", "letter, digit or space"),
        ("^ \\&", "letter, digit or space"),
    ],
)
def test_malformed_msh2_is_an_unparseable_message_not_a_skip(msh2: str, problem: str) -> None:
    result = one(_oru(msh2))
    assert isinstance(result, MessageError), result
    assert result.error.reason == "unparseable" and problem in str(result.error)
    assert result.control_id == "CTRL-1"  # findable by MSH-10


@pytest.mark.parametrize("msh2", ["^~\\&", "^~\\&#", "^~\\&!"])
def test_well_formed_msh2_parses(msh2: str) -> None:
    assert report(_oru(msh2)).accession == "FL-1"


def test_malformed_msh2_of_a_non_report_is_unparseable_too() -> None:
    raw = b"MSH|~\\&|ADT|MERCY|||20240315090000||ADT^A08|ADT-9|P|2.5\rPID|1||MRN-1"
    result = one(raw)
    assert isinstance(result, MessageError) and result.error.reason == "unparseable"


# --- our own messages: the accession source -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("obr18", "accession", "source"),
    [
        ("ACC20240315001", "ACC20240315001", "OBR-18"),  # IHE: the accession in OBR-18
        ("CHEST", "FL-1", "OBR-3"),  # a body part: refused
        ("HEAD", "FL-1", "OBR-3"),
        ("CT", "FL-1", "OBR-3"),  # a modality
        ("XR CHEST 2 VIEWS", "FL-1", "OBR-3"),  # a description with a digit: white space
        ("000000", "FL-1", "OBR-3"),  # a filler of zeros
        ("0-0", "FL-1", "OBR-3"),
        ("ACC-0", "ACC-0", "OBR-18"),  # letters and a 0: numbered
        ('""', "FL-1", "OBR-3"),  # the HL7 null is empty, not refused
        ("", "FL-1", "OBR-3"),
    ],
)
def test_obr18_is_the_accession_only_when_it_can_be_an_identifier(
    obr18: str, accession: str, source: str
) -> None:
    r = report(_oru(obr18=obr18))
    assert (r.accession, r.accession_source) == (accession, source)
    refused = obr18 not in ("", '""') and source != "OBR-18"
    assert ("accession_refused:OBR-18" in r.warnings) is refused
    assert obr18 not in "".join(r.warnings) or not obr18  # a warning names the field, never the value


def test_ipc1_is_the_accession_by_default() -> None:
    r = report(_oru(obr18="PLACERFIELD-1", extra="IPC|ACC-77^RIS|REQ-1|1.2.3.4|SPS-1"))
    assert (r.accession, r.accession_source) == ("ACC-77", "IPC-1")


def test_a_site_orders_its_own_accession_sources() -> None:
    raw = _oru(obr18="ACC-18", obr3="FL-3").replace(b"|ACC-18", b"|ACC-18||RAD-20", 1)  # OBR-20 = RAD-20
    assert report(raw).accession_source == "OBR-18"
    r = report(raw, accession_sources=("OBR-20", "OBR-3"))
    assert (r.accession, r.accession_source) == ("RAD-20", "OBR-20")
    r = report(raw, accession_sources=("OBR-19",))  # empty field: no accession (the daemon dead-letters)
    assert r.accession is None and r.accession_source is None


def test_no_identifier_anywhere_is_no_accession() -> None:
    r = report(_oru(obr18="CHEST", obr3="PENDING", obr2="STAT"))
    assert r.accession is None
    assert [w for w in r.warnings if w.startswith("accession_refused")] == [
        "accession_refused:OBR-18",
        "accession_refused:OBR-3",
        "accession_refused:OBR-2",
    ]


def test_the_input_key_uses_the_sites_accession_sources() -> None:
    from triage.mllp.keys import message_key

    raw = _oru(obr18="CHEST", obr3="FL-3").replace(b"PID|1||MRN-1^^^MERCY\r", b"")  # no PID-3: by accession
    assert message_key(raw) == (b"FL-3", "accession")
    assert message_key(raw, ("OBR-18",)) == (b"CTRL-1", "control_id")  # CHEST is no identifier: MSH-10


def test_a_trusted_source_takes_any_value() -> None:
    """``OBR-18!``: a feed whose accession numbers have no digit or hold a space."""
    raw = _oru(obr18="RAD ABC", obr3="FL-3")
    assert report(raw).accession == "FL-3"
    r = report(raw, accession_sources=("OBR-18!", "OBR-3"))
    assert (r.accession, r.accession_source) == ("RAD ABC", "OBR-18")
    assert not [w for w in r.warnings if w.startswith("accession_refused")]
