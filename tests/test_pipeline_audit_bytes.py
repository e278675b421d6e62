"""The audit record's one serialization (`AuditRecord.to_bytes`, written straight from the record) is byte for
byte the contract's: json.JSONEncoder with sorted keys and compact separators on the record's JSON form
(`audit_json_bytes(record.to_json())`), on every kind of record the Processor makes and on values the
synthetic stream never holds (non-ASCII ids, NaN and infinite floats, an empty tuple, nested evidence)."""

from __future__ import annotations

import json
import math
from dataclasses import replace
from pathlib import Path

from test_pipeline_support import KeywordScorer

from triage.config import Settings
from triage.core import SourceRecord
from triage.offline.synth.oru import synth_stream
from triage.pipeline.audit import AuditRecord, audit_json_bytes
from triage.pipeline.process import Processor

DATA = Path(__file__).parent / "data"


def _audits() -> list[AuditRecord]:
    processor = Processor.from_settings(KeywordScorer(), Settings(publish_review=True))  # type: ignore[arg-type]
    values = [v for _, v, _ in synth_stream(300, seed=5, cancel_rate=0.05, correction_rate=0.5)]
    values += [p.read_bytes() for d in ("hl7", "peer") for p in sorted((DATA / d).glob("*.hl7"))]
    values += [b"", b"not hl7", b"MSH|^~\\&|\rPID|1"]
    records = [SourceRecord("hl7.oru", 1, i, v, None) for i, v in enumerate(values)]
    out = [a for o in processor.process_batch(records, {}) for a in o.audits]
    out += processor.internal_error(records[0], RuntimeError("boom"), total_ms=1.5).audits
    out += [
        a
        for o in processor.undecodable(records[:2], reason="corrupt_batch", error_type="X", error_text="t")
        for a in o.audits
    ]
    return out


def test_every_record_is_written_as_the_json_encoder_writes_its_json_form() -> None:
    audits = _audits()
    kinds = {a.decision for a in audits}
    assert {"positive", "negative", "skipped", "dead_letter"} <= {str(k) for k in kinds}
    assert any(a.attributes is not None for a in audits) and any(a.rules and a.rules.evidence for a in audits)
    for audit in audits:
        assert audit.to_bytes() == audit_json_bytes(audit.to_json())


def test_values_outside_the_stream_are_written_as_the_json_encoder_writes_them() -> None:
    base = next(a for a in _audits() if a.rules is not None and a.rules.evidence)
    odd = [
        replace(base, patient_id='Zoë ☃ "q" \\ \n\t\x01 \U0001f600', accession="\u2028x"),
        replace(base, score=math.nan, policy_score=math.inf, threshold=-math.inf),
        replace(base, score=1e-07, policy_score=1e16, unknown_share=0.0, window=0, windows=10**20),
        replace(base, parser_warnings=(), priority_reasons=("a", "é"), key_images=()),
        replace(base, rules=replace(base.rules, concepts=(), evidence=()), disagreement=True),
    ]
    for audit in odd:
        written = audit.to_bytes()
        assert written == audit_json_bytes(audit.to_json())
        assert written.isascii()
        json.loads(written)  # NaN / Infinity as Python's json reads them
