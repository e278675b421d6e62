"""A few hundred seeded mutants (triage.offline.synth.mutate, every kind) through the Processor with a really
trained model: no exception, every record has an audit record, every dead-letter audit has its dead letter
with the same reason and a PHI-free error text. benchmarks/fuzz.py runs 100,000 of them and the daemon."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from triage.config import DEFAULT_MODEL_DIR, Settings
from triage.core import SourceRecord
from triage.offline.synth.mutate import KINDS, MUTATIONS, mutant, mutants
from triage.offline.synth.oru import synth_stream

# 20 of each kind; the fast tier (`make test-fast`, --tier fast) the first 6 of each (the first 108 of the
# same seeded sequence: the mutants cycle through the kinds), ≈ 7 s less of its CPU
PER_KIND = {"full": 20, "fast": 6}
# the rule tier's time grows about quadratically with a text's length (benchmarks/fuzz.py, STALL): keep the
# always-on test to texts it reads in well under a second
MAX_SCORED_CHARS = 4000


@pytest.fixture(scope="module")
def processor(request: pytest.FixtureRequest) -> Any:
    from triage.model.scorer import Scorer
    from triage.pipeline.process import Processor

    if (DEFAULT_MODEL_DIR / "manifest.json").is_file():
        model_dir = DEFAULT_MODEL_DIR
    else:
        model_dir = Path(request.getfixturevalue("tiny_artifact"))
    return Processor.from_settings(
        Scorer.load(model_dir, device="cpu", threads=1), Settings(max_message_bytes=300_000)
    )


@pytest.fixture(scope="module")
def bases() -> list[tuple[bytes | None, bytes]]:
    return [(k, v) for k, v, _ in synth_stream(60, seed=5, lifecycle_rate=0.3, cancel_rate=0.2)]


def test_mutants_are_deterministic_and_cover_every_kind(bases: list[tuple[bytes | None, bytes]]) -> None:
    first = mutants(bases, len(KINDS) * 2, seed=9)
    assert [m.kind for m in first[: len(KINDS)]] == list(KINDS)
    assert first == mutants(bases, len(KINDS) * 2, seed=9)
    assert mutant(bases, 7, seed=9) == first[7]
    assert mutants(bases, 40, seed=10) != mutants(bases, 40, seed=9)
    changed = sum(m.value != bases[m.base][1] for m in first)
    assert changed >= len(first) - 2  # a mutation may, rarely, give the same bytes back
    assert set(MUTATIONS) | {"stacked"} == set(KINDS)


def test_seeded_mutants_are_decided_or_dead_lettered_with_a_reason(
    processor: Any, bases: list[tuple[bytes | None, bytes]], tier: str
) -> None:
    n = len(KINDS) * PER_KIND[tier]
    batch = mutants(bases, n, seed=1)
    prepared = processor.prepare([SourceRecord("fuzz", 0, m.index, m.value, m.key) for m in batch])
    keep = [
        m
        for m, items in zip(batch, prepared.items, strict=True)
        if all(len(prepared.texts[i.score_row]) <= MAX_SCORED_CHARS for i in items if i.score_row >= 0)
    ]
    assert len(keep) >= n * 0.9
    records = [SourceRecord("fuzz", 0, m.index, m.value, m.key) for m in keep]
    state: dict[str, Any] = {}
    outcomes = []
    for i in range(0, len(records), 64):  # the daemon's way: batches, one state across them
        outcomes += processor.process_batch(records[i : i + 64], state)
    assert len(outcomes) == len(records)

    decisions: set[str] = set()
    for m, outcome in zip(keep, outcomes, strict=True):
        assert outcome.audit_json(), (m.index, m.kind)
        dead = {
            (int(dict(x.headers)["triage-message-index"]), int(dict(x.headers)["triage-order-index"])): dict(
                x.headers
            )
            for x in outcome.outputs
            if "triage-dlq-reason" in dict(x.headers)
        }
        for audit in outcome.audit_json():
            decisions.add(audit["decision"])
            assert audit["decision"] in ("positive", "negative", "skipped", "dead_letter"), audit
            if audit["decision"] != "dead_letter":
                continue
            headers = dead[(audit["source"]["message_index"], audit["source"]["order_index"])]
            assert audit["reason"] and headers["triage-dlq-reason"].decode() == audit["reason"], m.index
            error = headers["triage-dlq-error"].decode("utf-8", "replace")
            assert not error.startswith("internal parser error"), (m.index, m.kind, error)
            assert headers["triage-dlq-reason"] != b"internal_error", (m.index, m.kind, error)
    assert decisions == {"positive", "negative", "skipped", "dead_letter"}
