"""The audit's score_ms, as its description (triage.pipeline.audit, the audit-record schema) says: the
batch's scoring calls, the sum of the parts' calls when a large batch is scored in parts."""

from __future__ import annotations

import time
from pathlib import Path

from test_pipeline_support import KeywordScorer, oru

from triage.config import Settings
from triage.core import SourceRecord
from triage.pipeline.process import PREPARE_PART, Processor

SLEEP_S = 0.05
SCHEMA = Path(__file__).resolve().parents[1] / "schemas" / "audit-record.schema.json"


class SlowScorer(KeywordScorer):
    def score_tokens(self, batch):  # type: ignore[no-untyped-def]
        time.sleep(SLEEP_S)
        return super().score_tokens(batch)


def _score_ms(n: int) -> tuple[set[float], list[int]]:
    scorer = SlowScorer()
    processor = Processor.from_settings(scorer, Settings())  # type: ignore[arg-type,call-arg]
    records = [SourceRecord("hl7.oru", 0, i, oru(control_id=f"M{i}", accession=f"A{i}")) for i in range(n)]
    audits = [a for o in processor.process_batch(records, {}) for a in o.audit_json()]
    assert len(audits) == n
    return {a["timings"]["score_ms"] for a in audits}, scorer.calls


def test_score_ms_is_the_sum_of_the_parts_calls() -> None:
    (small,), calls = _score_ms(3)
    assert calls == [3] and SLEEP_S * 1000 <= small < 3 * SLEEP_S * 1000
    (large,), calls = _score_ms(2 * PREPARE_PART + 5)
    assert len(calls) == 3 and sum(calls) == 2 * PREPARE_PART + 5
    assert large >= 3 * SLEEP_S * 1000  # three calls summed, not one
    assert "sum of its parts' calls" in SCHEMA.read_text()
