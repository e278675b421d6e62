"""Every synthetic ORU (triage.offline.synth.oru) parses back to the fields it was rendered from, in every
layout, version and separator, and the three OBX layouts of one report give the same normalized impression."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from triage.core import NonReport, Report, ResultStatus
from triage.hl7 import parse_record
from triage.offline.synth.corpus import generate_reports
from triage.offline.synth.layouts import HEADED_LAYOUTS
from triage.offline.synth.oru import HEAD_CT, LAYOUTS, render_adt, render_batch, render_oru, synth_stream
from triage.text import normalize_impression

# Classic layouts (headings at line starts): the OBX layouts split them into the same sections. All-caps
# reports are left out: a sentence "FINDINGS CONSISTENT WITH ..." reads as a heading to the splitter there.
REPORTS = [
    r for r in generate_reports(600, seed=11) if r.layout in (HEADED_LAYOUTS - {"caps"}) | {"findings_only"}
][:120]


def _digits(accession: str) -> str:
    return "".join(c for c in accession if c.isdigit())


def _aware(iso: str) -> datetime:
    dt = datetime.fromisoformat(iso)
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


@pytest.mark.parametrize(
    ("version", "sep", "status"),
    [("2.5.1", "\r", "F"), ("2.3", "\n", "P"), ("2.8", "\r\n", "C"), ("2.2", "\r", "X")],
)
def test_rendered_oru_parses_to_its_fields(version: str, sep: str, status: str) -> None:
    for i, synth in enumerate(REPORTS):
        layout = LAYOUTS[i % len(LAYOUTS)]
        raw = render_oru(
            synth,
            control_id=f"SYN-{i}",
            result_status=status,
            layout=layout,
            version=version,
            segment_separator=sep,
        )
        (r,) = parse_record(raw)
        assert isinstance(r, Report), (i, r)
        acc = _digits(synth.accession)
        assert (r.control_id, r.hl7_version, r.message_type) == (f"SYN-{i}", version, "ORU^R01")
        assert (r.patient_id, r.patient_id_authority) == (synth.patient_id, "SYNTH_HOSP")
        assert r.visit_number == f"V{acc}"
        assert (r.placer_order_number, r.filler_order_number, r.accession) == (
            f"P{acc}",
            f"F{acc}",
            synth.accession,
        )
        assert (r.procedure_code, r.procedure_text, r.procedure_coding_system) == HEAD_CT
        assert r.observation_time == _aware(synth.exam_time)
        assert r.result_status is ResultStatus(status)
        assert r.warnings == ()
        # the conclusion's first line is text of the message (an addendum may be appended to it)
        assert r.impression and r.impression.splitlines()[0] in r.text
        if layout != "headings":
            assert r.impression_source in (
                "obx_impression",
                "fallback_obx_findings",
                "fallback_obx_findings+obx_addendum",
            )


def test_layouts_agree_on_the_normalized_impression() -> None:
    for i, synth in enumerate(REPORTS):
        tokens = set()
        for layout in LAYOUTS:
            (r,) = parse_record(render_oru(synth, control_id=f"L-{i}", layout=layout))
            tokens.add(tuple(normalize_impression(r.impression)))
        assert len(tokens) == 1, (i, synth.layout, tokens)


def test_rendered_batch_and_adt() -> None:
    msgs = [
        render_oru(REPORTS[0], control_id="B-0"),
        render_adt(REPORTS[1], control_id="B-1"),
        render_oru(REPORTS[2], control_id="B-2", layout="loinc"),
    ]
    results = parse_record(render_batch(msgs, segment_separator="\r\n"))
    assert [type(r) for r in results] == [Report, NonReport, Report]
    assert [r.control_id for r in results] == ["B-0", "B-1", "B-2"]
    assert results[1].message_type == "ADT^A01"


def test_synthetic_stream_records_match_their_metadata() -> None:
    for key, value, meta in synth_stream(300, seed=5, adt_rate=0.05, other_procedure_rate=0.1):
        (r,) = parse_record(value)
        if meta["kind"] == "adt":
            assert isinstance(r, NonReport)
            continue
        assert isinstance(r, Report), meta
        assert r.accession == meta["accession"] and key == r.accession.encode()
        assert r.control_id == meta["control_id"]
        assert r.result_status is ResultStatus(meta["status"])
        assert r.procedure_code == meta["procedure_code"]
