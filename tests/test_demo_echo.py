"""`triage demo`'s FLAG lines: each shows the worklist priority the Flag was published with (its
triage-priority header), the first thing an on-call engineer watching the demo wants to see."""

from __future__ import annotations

from typing import Any

from kafka import TopicPartition
from test_pipeline_support import KeywordScorer, oru

from triage.config import Settings
from triage.core import SourceRecord
from triage.offline.demo import DemoSummary, _consume
from triage.pipeline.process import Processor


class _Reader:
    """Hands the daemon's own output records to the demo's reader loop, once."""

    def __init__(self, records: list[Any]) -> None:
        self.records = records

    def poll(self, timeout_ms: int = 0) -> dict[Any, list[Any]]:
        out, self.records = self.records, []
        return {TopicPartition(out[0].topic, 0): out} if out else {}


def test_flag_lines_show_the_priority_header() -> None:
    settings = Settings()  # type: ignore[call-arg]
    proc = Processor.from_settings(KeywordScorer(), settings)  # type: ignore[arg-type]
    texts = ["Acute subdural hematoma with 7 mm midline shift.", "Small acute subdural hematoma."]
    records = [
        SourceRecord("hl7.oru", 0, i, oru(impression=t, accession=f"A{i}1")) for i, t in enumerate(texts)
    ]
    flags = [m for o in proc.process_batch(records, {}) for m in o.outputs if m.topic == settings.flag_topic]
    assert len(flags) == 2
    lines: list[str] = []
    _consume(_Reader(flags), settings.flag_topic, DemoSummary(), set(), lines.append)  # type: ignore[arg-type]
    expected = [dict(f.headers)["triage-priority"].decode() for f in flags]
    assert [line.split()[2] for line in lines] == expected
    assert set(expected) <= {"critical", "urgent", "routine", "review"}
    assert all(line.split()[:2] == ["FLAG", "active"] for line in lines)
