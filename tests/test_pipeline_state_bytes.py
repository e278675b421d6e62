"""The flag-state record's serialization (`FlagState.to_json`, written key by key) is byte for byte
json.dumps(sort_keys=True, separators=(",", ":")) of its JSON form, on the records the Processor writes and on
values the synthetic stream never holds (non-ASCII and escaped characters, an enum status, nulls)."""

from __future__ import annotations

import json
from dataclasses import replace

from test_pipeline_support import KeywordScorer

from triage.config import Settings
from triage.core import ResultStatus, SourceRecord
from triage.offline.synth.oru import synth_stream
from triage.pipeline.process import Processor
from triage.pipeline.state import FlagState


def _reference(state: FlagState) -> bytes:
    return json.dumps(state.json_body(), sort_keys=True, separators=(",", ":")).encode("utf-8")


def test_written_records_match_the_json_encoder() -> None:
    processor = Processor.from_settings(KeywordScorer(), Settings())  # type: ignore[arg-type]
    values = [v for _, v, _ in synth_stream(200, seed=6, cancel_rate=0.05, correction_rate=0.5)]
    state: dict[str, FlagState] = {}
    outcomes = processor.process_batch([SourceRecord("t", 0, i, v) for i, v in enumerate(values)], state)
    written = [m for o in outcomes for m in o.outputs if m.topic == processor.topics.flag_state]
    assert len(written) > 100 and any(s.has_flag for s in state.values())
    for msg in written:
        assert msg.value == _reference(msg.record)  # type: ignore[arg-type]


def test_odd_values_match_the_json_encoder() -> None:
    base = FlagState("A1", "ich-" + "0" * 32, "active", "m", control_id="C1", result_status="P")
    odd = [
        base,
        replace(base, flag_id=None, status=None, priority="critical"),
        replace(base, accession='Zoë "☃" \\ \n\x01 \U0001f600', control_id="\u2028", key="A1^F2"),
        replace(base, result_status=ResultStatus("F"), placer_order_number="P", filler_order_number=""),
    ]
    for state in odd:
        assert state.to_json() == _reference(state)
        assert state.to_json().isascii()
