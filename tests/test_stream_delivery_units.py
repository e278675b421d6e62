"""Pure parts of triage.stream.delivery: which flag-state records wait for a Flag of the batch, and the typed
state the Processor hands along with a flag-state record (no broker here; test_stream_faults.py delivers)."""

from __future__ import annotations

import itertools

from test_pipeline_support import KeywordScorer, oru

from triage.config import Settings
from triage.core import SourceRecord
from triage.pipeline.process import Processor
from triage.pipeline.state import FlagState
from triage.stream.delivery import rests_on_flag


def _reference(state_key: bytes | None, flag_keys: set[bytes | None]) -> bool:
    """The rule as its docstring states it: equal to a Flag's key, or that key then ``^``."""
    if state_key is None or None in flag_keys:
        return bool(flag_keys)
    return any(state_key == k or state_key.startswith(k + b"^") for k in flag_keys)  # type: ignore[operator]


def test_rests_on_flag_is_the_prefix_rule_for_every_key_shape() -> None:
    parts = [b"A1", b"A1^", b"A1^F9", b"A1^F9^X", b"A", b"^", b"^F9", b"A1^^", b"B2", b"A1F9", b""]
    keys: list[bytes | None] = [*parts, None]
    for size in range(0, 4):
        for flag_keys in itertools.combinations(keys, size):
            for state_key in keys:
                assert rests_on_flag(state_key, set(flag_keys)) == _reference(state_key, set(flag_keys)), (
                    state_key,
                    flag_keys,
                )


def test_a_flag_state_record_carries_the_state_it_serializes() -> None:
    """The delivery keeps the acknowledged state without parsing the bytes back: the typed record must be
    exactly what the bytes say (a restarted daemon reads the bytes from the compacted topic)."""
    processor = Processor.from_settings(KeywordScorer(), Settings())  # type: ignore[arg-type,call-arg]
    statuses = ["P", "F", "C", "F", "P"]
    records = [
        SourceRecord(
            "hl7.oru", 0, i, oru(control_id=f"M{i}", accession=f"A{i % 2}", status=s, filler=f"F{i % 3}")
        )
        for i, s in enumerate(statuses)
    ]
    messages = [
        m for o in processor.process_batch(records, {}) for m in o.outputs if m.topic.endswith("state")
    ]
    assert messages
    for m in messages:
        assert isinstance(m.record, FlagState)
        assert m.record.to_json() == m.value and FlagState.from_json(m.value) == m.record
    processor.close()
