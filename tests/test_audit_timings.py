"""The audit's score_ms, as its description (triage.pipeline.audit, the audit-record schema) says: the
scoring call that scored the record; process_batch takes a large batch in parts and finishes each part as
its call returns, so a record's score_ms is its part's call."""

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


def _score_ms(n: int) -> tuple[list[float], list[int]]:
    scorer = SlowScorer()
    processor = Processor.from_settings(scorer, Settings())  # type: ignore[arg-type,call-arg]
    records = [SourceRecord("hl7.oru", 0, i, oru(control_id=f"M{i}", accession=f"A{i}")) for i in range(n)]
    audits = [a for o in processor.process_batch(records, {}) for a in o.audit_json()]
    assert len(audits) == n
    return [a["timings"]["score_ms"] for a in audits], scorer.calls


def test_score_ms_is_the_call_that_scored_the_record() -> None:
    small, calls = _score_ms(3)
    assert calls == [3] and len(set(small)) == 1 and SLEEP_S * 1000 <= small[0] < 3 * SLEEP_S * 1000
    large, calls = _score_ms(2 * PREPARE_PART + 5)
    assert calls == [PREPARE_PART, PREPARE_PART, 5]
    parts = [large[:PREPARE_PART], large[PREPARE_PART : 2 * PREPARE_PART], large[2 * PREPARE_PART :]]
    for part in parts:  # one value per part: its own call, never the three summed
        assert len(set(part)) == 1 and SLEEP_S * 1000 <= part[0] < 3 * SLEEP_S * 1000
    assert "its part's call" in SCHEMA.read_text()
