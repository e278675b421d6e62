"""HL7 parsing tolerance found on public messages: `PID |` (blank after the segment id) and files cut off
mid-message (a `truncated:*` warning; the daemon decides what a damaged message becomes)."""

from __future__ import annotations

import pytest

from triage.core import Report
from triage.hl7 import parse_record
from triage.hl7.framing import split_messages, unwrap

try:
    from tests.test_hl7_parse import SEGMENTS, message, only_report
except ImportError:  # rootdir-less import mode
    from test_hl7_parse import SEGMENTS, message, only_report  # type: ignore[no-redef]


def _spaced(segments: list[str], ids: tuple[str, ...], blank: str = " ") -> list[str]:
    return [s[:3] + blank + s[3:] if s[:3] in ids else s for s in segments]


@pytest.mark.parametrize("blank", [" ", "  ", "\t"], ids=["space", "two-spaces", "tab"])
def test_segment_id_followed_by_a_blank_parses_as_that_segment(blank: str) -> None:
    reference = only_report(message())
    report = only_report(message(segments=_spaced(SEGMENTS, ("PID", "OBR", "OBX"), blank)))
    assert report.hl7_version == "2.5.1"  # before: "2.5.1\nPID |1||..." glued onto MSH-12
    assert report.patient_id == "MRN-1"
    assert report.accession == "ACC-1"
    assert report.impression == reference.impression
    assert "continuation_lines:1" not in report.warnings and not any(
        w.startswith("continuation") for w in report.warnings
    )


def test_msh_followed_by_a_blank_keeps_the_pipe_as_field_separator() -> None:
    report = only_report(message(segments=_spaced(SEGMENTS, ("MSH", "PID"))))
    assert (report.control_id, report.hl7_version, report.patient_id) == ("CTRL-1", "2.5.1", "MRN-1")


def test_narrative_line_that_only_looks_like_an_id_stays_text() -> None:
    segs = [*SEGMENTS[:4], "OBX|2|TX|&IMP^Impression||Acute bleed\nSEE note.||||||F"]
    report = only_report(message(segments=segs))
    assert report.impression == "Acute bleed\nSEE note."


def test_blank_after_segment_id_in_split_messages_is_dropped() -> None:
    data, _, _ = unwrap(b"MSH|^~\\&|A|B|||x||ORU^R01|1|P|2.3\rPID |1||X\r")
    (chunk,) = split_messages(data).chunks
    assert chunk.lines[1] == b"PID|1||X"


# ---- truncation ------------------------------------------------------------------------------------------
def _warnings(raw: bytes) -> list[str]:
    results = parse_record(raw)
    last = results[-1]
    return list(last.warnings) if isinstance(last, Report) else []


def test_complete_messages_get_no_truncated_warning() -> None:
    full = message()
    assert not [w for w in _warnings(full) if w.startswith("truncated")]
    assert not [w for w in _warnings(full.rstrip(b"\r")) if w.startswith("truncated")]  # no final CR: fine
    assert not [w for w in _warnings(b"\x0b" + full + b"\x1c\r") if w.startswith("truncated")]


def test_file_cut_off_inside_the_last_segment_is_truncated() -> None:
    full = message()
    cut = full[: full.rindex(b"||||||F")]  # OBX without its result status (OBX-11)
    assert "truncated:segment" in _warnings(cut)


def test_file_cut_off_inside_a_segment_id_is_truncated() -> None:
    cut = message() + b"OB"
    assert "truncated:segment" in _warnings(cut)


def test_mllp_frame_without_end_block_is_truncated() -> None:
    assert "truncated:mllp_frame" in _warnings(b"\x0b" + message())


def test_batch_without_trailer_is_truncated() -> None:
    batch = b"FHS|^~\\&|RIS\rBHS|^~\\&|RIS\r" + message() + message().replace(b"CTRL-1", b"CTRL-2")
    assert "truncated:batch" in _warnings(batch)
    assert not [w for w in _warnings(batch + b"BTS|2\rFTS|1\r") if w.startswith("truncated")]


def test_truncated_message_keeps_what_it_has() -> None:
    full = message()
    cut = full[: full.rindex(b"Acute subdural hematoma.") + 5]
    results = parse_record(cut)
    assert len(results) == 1
    assert "truncated:segment" in results[0].warnings


@pytest.mark.parametrize("utf16", [False, True])
def test_msh18_free_text_never_reaches_a_warning(utf16: bool) -> None:
    """MSH-18 holding a name and a birth date (a misplaced field) is named ``other`` in the warning: warnings
    reach audit records. A real charset name is still quoted."""
    from triage.core import Report
    from triage.hl7.parse import parse_record

    def oru(msh18: str) -> bytes:
        msh = "MSH|^~\\&|RIS|H|TRIAGE|H|20260101120000||ORU^R01|MSGCS1|P|2.5.1" + "|" * 6 + msh18
        segs = [
            msh,
            "PID|1||MRN1",
            "OBR|1|||CTHEAD||||||||||||||ACC1",
            "OBX|1|TX|RPT||IMPRESSION: No bleed.||||||F",
        ]
        text = "\r".join(segs)
        return ("\ufeff" + text).encode("utf-16-le") if utf16 else text.encode("ascii")

    (phi,) = parse_record(oru("JOHN DOE DOB 1965-03-04"))
    assert isinstance(phi, Report)
    joined = " ".join(phi.warnings)
    assert "JOHN" not in joined and "1965" not in joined and "charset_" in joined
    (named,) = parse_record(oru("8859/1"))
    assert isinstance(named, Report) and not any("other" in w for w in named.warnings if "charset" in w)


def test_implausible_timestamps_are_dropped_with_a_warning() -> None:
    """OBR-7 9999-12-31 (a filler) is not used as the observation time: OBR-22 is, with warnings saying so."""
    from triage.core import Report
    from triage.hl7.parse import parse_record

    fields = [""] * 26
    fields[1], fields[4], fields[7], fields[18], fields[22], fields[25] = (
        "1",
        "CTHEAD",
        "99991231235959+1400",
        "ACC1",
        "20260101120000",
        "F",
    )
    obr = "OBR" + "|".join(fields)
    msh = "MSH|^~\\&|RIS|H|TRIAGE|H|20260101120500||ORU^R01|MSGT1|P|2.5.1"
    raw = "\r".join([msh, "PID|1||MRN1", obr, "OBX|1|TX|RPT||IMPRESSION: No bleed.||||||F"]).encode()
    (report,) = parse_record(raw)
    assert isinstance(report, Report)
    assert (
        "implausible_timestamp:OBR-7" in report.warnings and "observation_time_from:OBR-22" in report.warnings
    )
    assert report.observation_time is not None and report.observation_time.year == 2026
