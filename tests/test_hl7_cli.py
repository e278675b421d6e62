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
    assert any("OBR_27" in p for p in validation["problems"])


def test_bad_file_is_one_error_line_and_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, str(DATA / "oru_no_text_v25.hl7"))
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1
    assert err.startswith("triage: error: ") and "no_report_text" in err and "NOTEXT-1" in err


def test_garbage_and_oversize_files(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    junk = tmp_path / "junk.hl7"
    junk.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    code, _, err = run(capsys, str(junk))
    assert code == 2 and err.startswith("triage: error: ") and "no_msh" in err and err.count("\n") == 1
    code, _, err = run(capsys, str(DATA / "adt_a01_v25.hl7"), "--max-bytes", "10")
    assert code == 2 and "oversize" in err


def test_batch_with_a_failing_message_prints_json_then_exits_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    mixed = tmp_path / "mixed.hl7"
    mixed.write_bytes((DATA / "adt_a01_v25.hl7").read_bytes() + (DATA / "oru_no_text_v25.hl7").read_bytes())
    code, out, err = run(capsys, str(mixed))
    assert code == 2
    docs = json.loads(out)
    assert docs[1]["kind"] == "error" and docs[1]["reason"] == "no_report_text"
    assert "1 of 2 messages failed" in err


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
