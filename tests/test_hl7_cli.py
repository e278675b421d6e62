"""`triage parse FILE`: JSON for good files, one error line and exit 2 for bad ones."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from triage.cli import main

DATA = Path(__file__).parent / "data" / "hl7"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        main(["parse", *args])
        code = 0
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    out, err = capsys.readouterr()
    return code, out, err


def test_good_file_prints_fields_as_json_without_text(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, str(DATA / "oru_ct_head_sections_v251.hl7"))
    assert code == 0, err
    doc = json.loads(out)
    assert doc["kind"] == "report"
    assert (doc["control_id"], doc["accession"], doc["result_status"]) == ("MSG00001", "ACC20240315001", "F")
    assert doc["procedure_code"] == "CTHEADWO"
    assert doc["observation_time"] == "2024-03-15T13:45:00+01:00"
    assert doc["impression_source"] == "obx_impression"
    assert doc["rules"]["assertion"] == "affirmed" and "intraparenchymal" in doc["rules"]["concepts"]
    assert all(ev["end"] > ev["start"] and "text" not in ev for ev in doc["rules"]["evidence"])
    assert doc["warnings"] == []
    assert "text" not in doc and "impression" not in doc and "impression_tokens" not in doc
    assert "intraparenchymal hemorrhage in the right basal ganglia" not in out
    assert "DOE" not in out  # patient name never printed


def test_show_text_includes_report_text(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, str(DATA / "oru_latin1_8859_v24.hl7"), "--show-text")
    assert code == 0
    doc = json.loads(out)
    assert doc["impression"] == "Unauffälliger Befund; Größe der Ventrikel regelrecht."
    assert doc["text"].startswith("Keine intrakranielle Blutung.")
    assert doc["impression_tokens"][0] == "unauffälliger"


def test_show_text_prints_the_evidence_spans(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, str(DATA / "oru_ct_head_sections_v251.hl7"), "--show-text")
    assert code == 0
    doc = json.loads(out)
    for ev in doc["rules"]["evidence"]:
        assert ev["text"] == doc["impression"][ev["start"] : ev["end"]] and "hemorrhage" in ev["text"].lower()


def test_batch_file_prints_a_list(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, str(DATA / "batch_fhs_bhs.hl7"))
    assert code == 0
    docs = json.loads(out)
    assert [(d["message_index"], d["kind"], d["control_id"]) for d in docs] == [
        (0, "report", "B-1"),
        (1, "non_report", "B-2"),
        (2, "report", "B-3"),
    ]
    assert docs[1]["message_type"] == "ADT^A01"


def test_validate_reports_hl7apy_problems_and_exits_1(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, str(DATA / "adt_a01_v25.hl7"), "--validate")
    assert code == 0
    assert json.loads(out)["validation"]["valid"] is True
    code, out, _ = run(capsys, str(DATA / "oru_narrative_headings_v23.hl7"), "--validate")
    assert code == 1
    validation = json.loads(out)["validation"]
    assert validation["valid"] is False
    assert any(p["where"] == "OBR-27" for p in validation["problems"])


# A message whose PHI hl7apy quotes in its own messages: a birth date it cannot read (PID-7), a patient name
# longer than the standard's 194 characters (PID-5), a table value, and report text in OBX-5.
PHI_NAME = "ZEBULONSECRETFAMILY" * 12
PHI_BIRTH = "1950010199"
PHI_TEXT = "Acute subdural hematoma. Discussed with Zebulonia Secretwife at 12 Hidden Lane."


def phi_message(birth: str = PHI_BIRTH, name: str = PHI_NAME) -> bytes:
    segments = [
        "MSH|^~\\&|RIS|HOSP|TRIAGE|HOSP|20240101120000||ORU^R01^ORU_R01|CTL123|P|2.5.1",
        f"PID|1||MRN123^^^HOSP^MR||{name}^JOHN||{birth}|M|||12 Hidden Lane^^TOWN",
        "OBR|1|P1|F1|CTHEADWO^CT HEAD WITHOUT CONTRAST^L|||20240101110000|||||||||||ACC9||||"
        "20240101115900|||F",
        f"OBX|1|TX|IMP^Impression||IMPRESSION: {PHI_TEXT}||||||F",
    ]
    return ("\r".join(segments) + "\r").encode()


def test_validate_redacts_what_hl7apy_quotes_unless_show_text(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "phi.hl7"
    path.write_bytes(phi_message())
    code, out, err = run(capsys, str(path), "--validate")
    assert code == 1, err
    secrets = ("ZEBULONSECRETFAMILY", PHI_BIRTH, "Zebulonia", "Secretwife", "Hidden Lane", "Acute subdural")
    for secret in secrets:
        assert secret not in out and secret not in err, secret
    problems = json.loads(out)["validation"]["problems"]
    assert {"severity": "error", "kind": "invalid_value", "where": "PID-7"} in problems  # the birth date
    assert all(set(p) <= {"severity", "kind", "where", "table"} for p in problems)
    code, out, _ = run(capsys, str(path), "--validate", "--show-text")
    assert code == 1
    assert PHI_BIRTH in out  # hl7apy's own words, with the user's consent
    assert all("detail" in p for p in json.loads(out)["validation"]["problems"])


def test_validate_length_problems_are_warnings(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "long.hl7"
    path.write_bytes(phi_message(birth="19500101"))
    code, out, err = run(capsys, str(path), "--validate")
    validation = json.loads(out)["validation"]
    assert "ZEBULONSECRETFAMILY" not in out + err
    assert {"severity": "warning", "kind": "max_length", "where": "PID-5"} in validation["problems"]
    assert not [p for p in validation["problems"] if p["kind"] == "max_length" and p["severity"] == "error"]
    # the name is the only structural oddity hl7apy sees apart from OBX-11 missing (an error)
    assert validation["warnings"] >= 1
    assert code == (0 if validation["valid"] else 1)


def test_a_message_the_daemon_dead_letters_is_json(capsys: pytest.CaptureFixture[str]) -> None:
    """HL7 that the daemon would dead-letter (no report text) is described, not refused: exit 0."""
    code, out, err = run(capsys, str(DATA / "oru_no_text_v25.hl7"))
    assert (code, err) == (0, "")
    doc = json.loads(out)
    assert doc["daemon"]["action"] == "dead_letter" and doc["daemon"]["reason"] == "no_report_text"
    assert "no report text" in doc["daemon"]["detail"]
    assert (doc["control_id"], doc["accession"], doc["message_type"]) == ("NOTEXT-1", "F1", "ORU^R01")
    assert (doc["sending_application"], doc["hl7_version"]) == ("RIS", "2.5")
    assert "MRN1" not in out and "845" not in out  # no PID-3 in clear, no OBX value


def test_a_file_that_is_not_hl7_is_one_error_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bad = tmp_path / "bad.hl7"
    bad.write_bytes(b"PID|1||MRN1^^^MERCY||DOE^JANE\r")
    code, out, err = run(capsys, str(bad))
    assert (code, out) == (2, "")
    assert err.count("\n") == 1 and err.startswith("triage: error: ") and "no_msh" in err
    assert "DOE" not in err and "MRN1" not in err


def test_garbage_and_oversize_files(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    junk = tmp_path / "junk.hl7"
    junk.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    code, _, err = run(capsys, str(junk))
    assert code == 2 and err.startswith("triage: error: ") and "no_msh" in err and err.count("\n") == 1
    code, _, err = run(capsys, str(DATA / "adt_a01_v25.hl7"), "--max-bytes", "10")
    assert code == 2 and "oversize" in err


def test_batch_with_a_dead_letter_message_prints_json_and_exits_0(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    mixed = tmp_path / "mixed.hl7"
    mixed.write_bytes((DATA / "adt_a01_v25.hl7").read_bytes() + (DATA / "oru_no_text_v25.hl7").read_bytes())
    code, out, err = run(capsys, str(mixed))
    assert (code, err) == (0, "")
    docs = json.loads(out)
    assert docs[1]["kind"] == "error" and docs[1]["reason"] == "no_report_text"
    assert docs[1]["daemon"]["action"] == "dead_letter"


def test_missing_file_and_directory(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, err = run(capsys, str(tmp_path / "nope.hl7"))
    assert (code, out) == (2, "")
    assert err == f"triage: error: {tmp_path / 'nope.hl7'}: no such file\n"
    code, _, err = run(capsys, str(tmp_path))
    assert code == 2 and "is a directory" in err and err.count("\n") == 1


def test_installed_entry_point(tmp_path: Path) -> None:
    exe = Path(sys.executable).with_name("triage")
    proc = subprocess.run(
        [str(exe), "parse", str(DATA / "oru_nte_utf8_v28.hl7")], capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["result_status"] == "P"
    proc = subprocess.run(
        [str(exe), "parse", str(tmp_path / "x.hl7")], capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 2
    assert proc.stderr.strip().startswith("triage: error:") and "Traceback" not in proc.stderr


def test_validate_locates_every_invalid_value(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Two bad dates (PID-7, OBR-7): both reported, each with its position, neither value printed."""
    path = tmp_path / "dates.hl7"
    segs = [
        "MSH|^~\\&|A|B|C|D|20240101||ORU^R01|X|P|2.5.1",
        "PID|1||123||DOE^JOHN||NOTADATEVALUE",
        "OBR|1|||CT|||Wolfgang Amadeus",
        "OBX|1|TX|RPT||No bleed||||||F",
    ]
    path.write_bytes("\r".join(segs).encode())
    code, out, err = run(capsys, str(path), "--validate")
    assert code == 1, err
    assert "NOTADATEVALUE" not in out + err and "Wolfgang" not in out + err
    wheres = {p["where"] for p in json.loads(out)["validation"]["problems"] if p["kind"] == "invalid_value"}
    assert wheres == {"PID-7", "OBR-7"}


def test_validate_blanks_the_field_that_failed_not_the_first_equal_text(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """PID-7 = "MERCY" (also the facility in MSH-4, PID-3.4, PV1-19): one error at PID-7, not six at PID-3."""
    fixture = Path(__file__).parent / "data" / "hl7" / "oru_ct_head_sections_v251.hl7"
    raw = fixture.read_bytes()
    assert b"||19600101|F|" in raw and raw.count(b"MERCY") >= 2
    path = tmp_path / "mercy.hl7"
    path.write_bytes(raw.replace(b"||19600101|F|", b"||MERCY|F|"))
    code, out, err = run(capsys, str(path), "--validate")
    assert code == 1, err
    invalid = [p for p in json.loads(out)["validation"]["problems"] if p["kind"] == "invalid_value"]
    assert invalid == [{"severity": "error", "kind": "invalid_value", "where": "PID-7"}]


def test_parse_says_what_the_daemon_would_do_and_why(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The procedure filter, checked offline with the site's own settings (TRIAGE_PROCEDURE_*)."""
    chest = tmp_path / "chest.hl7"
    chest.write_text(
        "MSH|^~\\&|RIS|MERCY|||20240315143012||ORU^R01|CTRL-9|P|2.5.1\r"
        "OBR|1|PL-9|FL-9|XRCH2^XR CHEST 2 VIEWS^L||||||||||||||CHEST||||||||F\r"
        "OBX|1|TX|&IMP||IMPRESSION:~1. No pneumothorax.~2. Clear lungs.||||||F"
    )
    code, out, err = run(capsys, str(chest))
    assert code == 0, err
    doc = json.loads(out)
    assert (doc["accession"], doc["accession_source"]) == ("FL-9", "OBR-3")
    assert "accession_refused:OBR-18" in doc["warnings"]
    assert doc["daemon"] == {
        "action": "skip",
        "reason": "procedure_filter",
        "detail": "OBR-4.2 does not match TRIAGE_PROCEDURE_PATTERN",
    }
    monkeypatch.setenv("TRIAGE_PROCEDURE_CODES", "CTHEAD,XRCH2")
    doc = json.loads(run(capsys, str(chest))[1])
    detail = "OBR-4.1 is one of TRIAGE_PROCEDURE_CODES"
    assert doc["daemon"] == {"action": "score", "reason": None, "detail": detail}
    monkeypatch.setenv("TRIAGE_PROCEDURE_CODES", "CTHEAD")
    monkeypatch.setenv("TRIAGE_PROCEDURE_PATTERN", "")
    doc = json.loads(run(capsys, str(chest))[1])
    assert doc["daemon"]["detail"] == "OBR-4.1 is not one of TRIAGE_PROCEDURE_CODES (1 listed)"
    monkeypatch.setenv("TRIAGE_ACCESSION_SOURCES", "OBR-18")
    doc = json.loads(run(capsys, str(chest))[1])
    assert doc["accession"] is None  # a report the filter skips needs none: skipped (breakhl7)
    assert (doc["daemon"]["action"], doc["daemon"]["reason"]) == ("skip", "procedure_filter")
    monkeypatch.setenv("TRIAGE_PROCEDURE_CODES", "CTHEAD,XRCH2")
    doc = json.loads(run(capsys, str(chest))[1])
    assert (doc["daemon"]["action"], doc["daemon"]["reason"]) == ("dead_letter", "no_accession")


def test_parse_shows_the_daemon_route_of_every_message_in_a_batch(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, str(DATA / "batch_fhs_bhs.hl7"))
    docs = json.loads(out)
    assert code in (0, 2) and isinstance(docs, list)
    for doc in docs:
        assert doc["daemon"]["action"] in ("score", "skip", "cancel", "dead_letter")
        if doc["kind"] == "non_report":
            assert doc["daemon"]["reason"] == "not_oru"


def test_parse_says_an_impression_of_stop_words_is_a_dead_letter(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("TRIAGE_PROCEDURE_PATTERN", "")  # every report passes the filter
    empty = tmp_path / "empty.hl7"
    empty.write_text(
        "MSH|^~\\&|RIS|MERCY|||20240315143012||ORU^R01|CTRL-5|P|2.5.1\r"
        "OBR|1|PL-5|FL-5|CTHEAD^CT HEAD^L||||||||||||||ACC-5||||||||F\r"
        "OBX|1|TX|&IMP||It is, and was.||||||F"
    )
    code, out, err = run(capsys, str(empty))
    assert code == 0, err
    daemon = json.loads(out)["daemon"]
    assert (daemon["action"], daemon["reason"]) == ("dead_letter", "no_report_text")


def test_parse_shows_pid3_as_tail_does_a_digest_unless_show_text(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`triage tail` shows PID-3 only as its input-key digest; `parse` printed it in clear: now the same
    digest (pid-hmac: under TRIAGE_KEY_SECRET), the identifier itself only with --show-text."""
    from triage.hl7 import parse_record
    from triage.mllp.keys import patient_key

    path = DATA / "oru_ct_head_sections_v251.hl7"
    (report,) = parse_record(path.read_bytes())
    assert report.patient_id  # the file has a PID-3
    monkeypatch.delenv("TRIAGE_KEY_SECRET", raising=False)
    code, out, err = run(capsys, str(path))
    assert code == 0, err
    doc = json.loads(out)
    assert doc["patient_id"] == patient_key(report.patient_id, report.patient_id_authority)
    assert doc["patient_id"].startswith("pid-sha256:") and f'"{report.patient_id}"' not in out
    monkeypatch.setenv("TRIAGE_KEY_SECRET", "site-secret-for-this-test")
    doc = json.loads(run(capsys, str(path))[1])
    assert doc["patient_id"].startswith("pid-hmac:")
    assert json.loads(run(capsys, str(path), "--show-text")[1])["patient_id"] == report.patient_id


def test_daemon_entry_says_oversize_per_message_as_send_stores_it(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """break1: a message over TRIAGE_MAX_MESSAGE_BYTES is dead-lettered `oversize` by the daemon before it is
    parsed; `parse` said `score` (or `report_too_long`) for it. Per message, as `triage send` stores each
    message of a batch file as its own record: the small message beside it is still scored."""
    from triage.hl7 import parse_record
    from triage.hl7.framing import message_records

    monkeypatch.setenv("TRIAGE_MAX_MESSAGE_BYTES", "2048")

    def oru(control: str, text: str) -> str:
        return (
            f"MSH|^~\\&|RIS|H|T|H|20240101120000||ORU^R01|{control}|P|2.5.1\rPID|1||MRN1^^^H\r"
            f"OBR|1|PL|FL|CTHEAD^CT HEAD|||20240101110000|||||||||||ACC-{len(control)}{control}|||||||F\r"
            f"OBX|1|TX|IMP||{text}||||||F\r"
        )

    raw = (oru("SMALL", "Acute subdural hematoma.") + oru("BIG", "No acute hemorrhage. " * 120)).encode()
    path = tmp_path / "batch.hl7"
    path.write_bytes(raw)
    code, out, err = run(capsys, str(path))
    assert code == 0, err
    small, big = json.loads(out)
    assert small["daemon"]["action"] == "score"
    assert (big["daemon"]["action"], big["daemon"]["reason"]) == ("dead_letter", "oversize")
    assert "TRIAGE_MAX_MESSAGE_BYTES" in big["daemon"]["detail"]
    # what the daemon does with the records `triage send` would write
    (first,), (second,) = (parse_record(r, max_bytes=2048) for r in message_records(raw))
    assert first.accession == "ACC-5SMALL" and second.error.reason == "oversize"  # type: ignore[union-attr]
