"""triage.hl7.parse_record: framing, separators, batches and whole-record failures."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from triage.core import MessageError, NonReport, Report
from triage.errors import HL7Error
from triage.hl7 import parse_record

DATA = Path(__file__).parent / "data" / "hl7"

SEGMENTS = [
    r"MSH|^~\&|RIS|MERCY|TRIAGE|MERCY|20240315143012||ORU^R01|CTRL-1|P|2.5.1",
    r"PID|1||MRN-1^^^MERCY^MR||DOE^JANE",
    "OBR|"
    + "|".join(
        {1: "1", 2: "PL-1", 3: "FL-1", 4: "CTHEAD^CT HEAD^L", 7: "20240315134500", 18: "ACC-1", 25: "F"}.get(
            i, ""
        )
        for i in range(1, 26)
    ),
    r"OBX|1|TX|&GDT^Findings||Small acute subdural hematoma.||||||F",
    r"OBX|2|TX|&IMP^Impression||Acute subdural hematoma.||||||F",
]


def message(sep: str = "\r", segments: list[str] = SEGMENTS) -> bytes:
    return (sep.join(segments) + sep).encode()


def only_report(raw: bytes) -> Report:
    results = parse_record(raw)
    assert len(results) == 1, results
    assert isinstance(results[0], Report), results[0]
    return results[0]


def error_of(raw: bytes, **kwargs: int) -> HL7Error:
    results = parse_record(raw, **kwargs)
    assert len(results) == 1, results
    result = results[0]
    assert isinstance(result, MessageError), result
    assert isinstance(result.error, HL7Error)
    return result.error


@pytest.mark.parametrize("sep", ["\r", "\n", "\r\n"], ids=["CR", "LF", "CRLF"])
def test_segment_separators_give_the_same_report(sep: str) -> None:
    reference = only_report(message("\r"))
    report = only_report(message(sep))
    assert report == reference
    assert report.impression == "Acute subdural hematoma."
    assert report.accession == "ACC-1"
    assert report.warnings == ()


def test_mixed_separators_in_one_message() -> None:
    seps = ["\r", "\n", "\r\n", "\n"]
    raw = "".join(seg + seps[i % 4] for i, seg in enumerate(SEGMENTS)).encode()
    assert only_report(raw) == only_report(message())


def test_mllp_framing_is_removed() -> None:
    raw = b"\x0b" + message() + b"\x1c\x0d"
    assert only_report(raw) == only_report(message())


def test_several_mllp_frames_in_one_record_become_several_messages() -> None:
    second = message(segments=[SEGMENTS[0].replace("CTRL-1", "CTRL-2"), *SEGMENTS[1:]])
    raw = b"\x0b" + message() + b"\x1c\x0d\x0b" + second + b"\x1c\x0d"
    results = parse_record(raw)
    assert [(r.message_index, r.control_id) for r in results] == [(0, "CTRL-1"), (1, "CTRL-2")]


def test_utf8_bom_is_ignored_and_means_utf8() -> None:
    segs = [*SEGMENTS[:4], r"OBX|2|TX|&IMP^Impression||Hématome sous-dural aigu.||||||F"]
    report = only_report(codecs.BOM_UTF8 + message(segments=segs).replace(b"\r", b"\r\n"))
    assert report.impression == "Hématome sous-dural aigu."
    assert report.warnings == ()


def test_utf16_record_with_bom_is_transcoded() -> None:
    raw = message().decode().encode("utf-16")  # Python writes a BOM
    report = only_report(raw)
    assert report.impression == "Acute subdural hematoma."


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("mllp", [False, True])
def test_utf16_without_bom_and_mllp_framed_utf16(codec: str, mllp: bool) -> None:
    segs = [*SEGMENTS[:4], "OBX|2|TX|&IMP^Impression||Hématome \u0b1c aigu.||||||F"]
    raw = message(segments=segs).decode().encode(codec)
    if mllp:
        raw = b"\x0b" + raw + b"\x1c\r"
    report = only_report(raw)
    assert report.impression == "Hématome \u0b1c aigu."  # U+0B1C holds the MLLP bytes 0x0B and 0x1C
    assert report.control_id == "CTRL-1"


def test_consecutive_msh_segments_are_separate_messages() -> None:
    adt = [r"MSH|^~\&|ADT|MERCY|||20240315090000||ADT^A08|ADT-9|P|2.5", r"PID|1||MRN-1"]
    raw = message(segments=[*SEGMENTS, *adt, SEGMENTS[0].replace("CTRL-1", "CTRL-3"), *SEGMENTS[1:]])
    results = parse_record(raw)
    assert [type(r).__name__ for r in results] == ["Report", "NonReport", "Report"]
    assert [r.message_index for r in results] == [0, 1, 2]
    assert [r.control_id for r in results] == ["CTRL-1", "ADT-9", "CTRL-3"]


def test_fhs_bhs_batch_file_fixture() -> None:
    results = parse_record((DATA / "batch_fhs_bhs.hl7").read_bytes())
    assert [type(r).__name__ for r in results] == ["Report", "NonReport", "Report"]
    first, adt, last = results
    assert (first.control_id, first.accession, first.message_index) == ("B-1", "ACC-B1", 0)
    assert adt == NonReport("B-2", "ADT^A01", 1)
    assert (last.control_id, last.accession, last.message_index) == ("B-3", "ACC-B3", 2)
    assert last.impression_source == "obx_impression"  # LOINC 19005-8
    assert "subdural" in last.impression
    assert first.warnings == last.warnings == ()


def test_a_bad_message_in_a_batch_does_not_spoil_the_others() -> None:
    no_text = [SEGMENTS[0].replace("CTRL-1", "EMPTY-2"), SEGMENTS[1], SEGMENTS[2]]
    results = parse_record(message(segments=[*SEGMENTS, *no_text, *SEGMENTS]))
    assert [type(r).__name__ for r in results] == ["Report", "MessageError", "Report"]
    err = results[1]
    assert (err.message_index, err.control_id, err.error.reason) == (1, "EMPTY-2", "no_report_text")


def test_raw_line_break_inside_narrative_is_kept_as_text() -> None:
    segs = [*SEGMENTS[:4], "OBX|2|TX|&IMP^Impression||Acute subdural\nhematoma, right.||||||F"]
    report = only_report(message(sep="\r", segments=segs))
    assert report.impression == "Acute subdural\nhematoma, right."
    assert report.result_status is not None and report.result_status.value == "F"
    assert "continuation_lines:1" in report.warnings


def test_junk_lines_before_the_first_msh_are_counted_not_fatal() -> None:
    report = only_report(b"garbage header line\r\n" + message())
    assert "junk_lines:1" in report.warnings


# --- whole-record failures: one MessageError(0, None, ...) with a precise reason --------------------


@pytest.mark.parametrize("raw", [b"", b"\x0b\x1c\x0d", b"  \r\n\r\n  "], ids=["empty", "mllp-only", "blank"])
def test_empty_record(raw: bytes) -> None:
    results = parse_record(raw)
    assert len(results) == 1
    assert results[0].message_index == 0 and results[0].control_id is None
    assert results[0].error.reason == "empty"


def test_garbage_bytes_have_no_msh() -> None:
    err = error_of(bytes(range(256)) * 4)
    assert err.reason == "no_msh"
    err = error_of(b"this is not an HL7 message\r\nneither is this")
    assert err.reason == "no_msh"
    assert "no MSH" in str(err)


def test_binary_content_after_msh_is_an_encoding_error() -> None:
    raw = message() + b"\x00\x01\x02\x03" * 50
    err = error_of(raw)
    assert err.reason == "encoding"
    assert type(err).__name__ == "EncodingError"


def test_oversize_record() -> None:
    raw = message()
    err = error_of(raw, max_bytes=len(raw) - 1)
    assert err.reason == "oversize"
    assert str(len(raw)) in str(err)
    assert isinstance(parse_record(raw, max_bytes=len(raw))[0], Report)


def test_no_report_text_fixture() -> None:
    err = error_of((DATA / "oru_no_text_v25.hl7").read_bytes())
    assert err.reason == "no_report_text"
    assert "NOTEXT-1" in str(err)


def test_empty_message_type_is_unparseable() -> None:
    raw = message(segments=[SEGMENTS[0].replace("ORU^R01", ""), *SEGMENTS[1:]])
    err = error_of(raw)
    assert err.reason == "unparseable"


@pytest.mark.parametrize(
    "raw",
    [
        b"MSH",
        b"MSH|",
        b"MSH|^~\\&",
        b"MSH|^~\\&|||||||ORU^R01",
        b"MSH|^~\\&|||||||ORU^R01|X|P|2.5\rOBX",
        b"MSH|^~\\&|||||||ORU^R01|X|P|2.5\rOBX|1|TX|\\X\\|\\|" + b"\\" * 100,
        b"MSH^~|\\&\rPID|1",
        b"\xff\xfe\x00\x00garbage",
        b"\xfe\xffM",
        b"MSH|^~\\&|||||||ORU^R01|X|P|2.5|||||||\xff\xfe",
    ],
)
def test_malformed_input_never_raises(raw: bytes) -> None:
    results = parse_record(raw)
    assert results
    for result in results:
        assert isinstance(result, Report | NonReport | MessageError)
        if isinstance(result, MessageError):
            assert isinstance(result.error, HL7Error) and result.error.reason


def test_error_messages_carry_no_report_text_or_names() -> None:
    segs = [SEGMENTS[0], SEGMENTS[1], SEGMENTS[2], "OBX|1|NM|DLP||845|mGy*cm|||||F"]
    err = error_of(message(segments=segs) + b"\x00" * 40)
    assert "DOE" not in str(err) and "JANE" not in str(err)
    err = error_of(message(segments=segs))
    assert "DOE" not in str(err) and "hematoma" not in str(err)


@pytest.mark.parametrize("declared", ["base64", "zlib", "rot13", "utf-7", "x\x00y"])
def test_odd_charset_names_never_break_decoding(declared: str) -> None:
    raw = message(segments=[SEGMENTS[0] + "||||||" + declared, *SEGMENTS[1:]])
    (result,) = parse_record(raw)
    assert isinstance(result, Report)
    assert result.impression == "Acute subdural hematoma."


def test_mutated_fixtures_never_raise_or_hit_an_internal_error() -> None:
    """A small deterministic fuzz: random byte edits of the fixtures give typed results, never a bug."""
    import random

    seeds = [p.read_bytes() for p in sorted(DATA.glob("*.hl7"))]
    rng = random.Random(20240315)
    alphabet = b"|^~\\&\r\n\x0b\x1cMSHOBXNTE019.XFTSRE \xff\xc3\xa9\x00#"
    for _ in range(3000):
        data = bytearray(rng.choice(seeds))
        for _ in range(rng.randint(1, 6)):
            pos = rng.randrange(len(data) + 1)
            op = rng.random()
            if op < 0.4 and data:
                data[min(pos, len(data) - 1)] = rng.choice(alphabet)
            elif op < 0.7:
                data[pos:pos] = bytes(rng.choice(alphabet) for _ in range(rng.randint(1, 4)))
            elif op < 0.9:
                del data[pos : pos + rng.randint(1, 10)]
            else:
                data[pos:pos] = rng.choice(seeds)[: rng.randint(0, 200)]
        results = parse_record(bytes(data))
        assert results
        coords = [(r.message_index, getattr(r, "order_index", 0)) for r in results]
        assert coords == sorted(set(coords))  # each result its own coordinates, in record order
        assert sorted({m for m, _ in coords}) == list(range(coords[-1][0] + 1))  # messages by position
        for result in results:
            assert isinstance(result, Report | NonReport | MessageError)
            if isinstance(result, MessageError):
                assert "internal parser error" not in str(result.error), (
                    bytes(data)[:200],
                    result.error.__cause__,
                )


def test_each_order_of_a_multi_order_message_is_its_own_report() -> None:
    """ORU_R01 ORDER_OBSERVATION groups: each OBR reads its own procedure, accession, status and only the
    OBX after it; a spine order's text never decides the head order (nor the other way round)."""
    spine, head = parse_record((DATA / "oru_two_orders_spine_head_v251.hl7").read_bytes())
    assert isinstance(spine, Report) and isinstance(head, Report)
    assert [(r.message_index, r.order_index) for r in (spine, head)] == [(0, 0), (0, 1)]
    assert (spine.accession, spine.procedure_code, spine.placer_order_number) == (
        "ACC5551",
        "CTCSPINE",
        "PA1",
    )
    assert (head.accession, head.procedure_code, head.filler_order_number) == ("ACC5552", "CTHEADWO", "FA2")
    assert "subdural" not in spine.text and "fracture" not in head.text
    assert "subdural hematoma" in head.impression
    assert spine.control_id == head.control_id == "CS1" and spine.patient_id == head.patient_id == "MRN1"
    assert ("order:1/2" in spine.warnings, "order:2/2" in head.warnings) == (True, True)


def test_orders_without_obx_share_the_next_orders_obx_and_a_trailing_one_is_noted() -> None:
    """RIS send one report for grouped procedures as OBR, OBR, OBX…: both orders get that report."""
    first, second = parse_record((DATA / "oru_two_orders_shared_obx_v251.hl7").read_bytes())
    assert isinstance(first, Report) and isinstance(second, Report)
    assert (first.accession, second.accession) == ("ACC100016", "ACCOTHER99")
    assert first.text == second.text and "subdural" in first.text
    assert "order_text_shared" in first.warnings and "order_text_shared" not in second.warnings
    # an order after the last OBX has no report: a skipped result of its own (its accession findable), with
    # a note on the others; the message is not dead-lettered. message_index stays the message's position
    raw = (DATA / "oru_two_orders_spine_head_v251.hl7").read_bytes().rstrip(b"\r\n")
    raw += b"\rOBR|3|PA3^RIS|FA3^PACS|CTA^CTA HEAD^L|||20261206110000|||||||||||ACC5553||||||CT|F\r"
    *results, textless = parse_record(raw)
    assert [r.accession for r in results] == ["ACC5551", "ACC5552"]  # type: ignore[union-attr]
    assert all("order_without_text:3" in r.warnings for r in results)  # type: ignore[union-attr]
    assert isinstance(textless, MessageError) and textless.skipped and textless.accession == "ACC5553"
    assert textless.error.reason == "no_report_text"  # type: ignore[attr-defined]
    assert [(r.message_index, r.order_index) for r in [*results, textless]] == [(0, 0), (0, 1), (0, 2)]
    # a message after a multi-order one keeps its position in the record (message_index 1, not 3)
    after = b"MSH|^~\\&|RIS|H|T|H|20260101||ORU^R01|X2|P|2.5.1\rOBR|1|||CTHEADWO^CT HEAD||||||||||||||ACC9\r"
    after += b"OBX|1|TX|IMP^Impression||No acute hemorrhage.||||||F\r"
    last = parse_record(raw + after)[-1]
    assert (last.message_index, last.order_index, last.control_id) == (1, 0, "X2")  # type: ignore[union-attr]
    # no order has text: one dead letter for the whole message, as for a single order
    bare = b"MSH|^~\\&|RIS|H|T|H|20260101||ORU^R01|X9|P|2.5.1\rOBR|1|||CT^CT HEAD\rOBR|2|||CT^CT HEAD\r"
    [err] = parse_record(bare)
    assert isinstance(err, MessageError)


def test_orc_belongs_to_the_order_it_precedes() -> None:
    raw = (
        b"MSH|^~\\&|RIS|H|T|H|20260101||ORU^R01|X8|P|2.5.1\rPID|1||M1\r"
        b"ORC|RE|P1|F1-100\rOBR|1|||CTHEAD^CT HEAD\rOBX|1|TX|||First report.\r"
        b"ORC|RE|P2|F2-200\rOBR|2|||CTHEAD^CT HEAD\rOBX|1|TX|||Second report.\r"
    )
    first, second = parse_record(raw, accession_sources=("ORC-3",))
    assert (first.accession, second.accession) == ("F1-100", "F2-200")  # type: ignore[union-attr]
    assert (first.text, second.text) == ("First report.", "Second report.")  # type: ignore[union-attr]
