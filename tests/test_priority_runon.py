"""A run-on report with no full stop (one ~50 KB sentence: a malformed or dictated message) must not block
the daemon's partition: the priority extractor bounds each mention's clause, so its cost is linear. The
timings (old code ≈ 8 s of CPU, 14-28 s wall on the 2-core dev box; now ≈ 0.45 s of CPU) are in
benchmarks/runon_priority.py; this is a bound on CPU time (what the code costs, not what the other
processes of a loaded box add), generous for a 2-core box."""

from __future__ import annotations

import time

import pytest

from triage.priority import extract_attributes
from triage.rules.shared import shared_engine

BOUND_S = 3.0
UNIT = (
    "acute subdural hematoma along the left convexity measuring 8 mm "
    "with 5 mm midline shift, no hydrocephalus, "
)


#: a clause full of change cues and a hedge (the change cues' overlap check and the "claimed" look-back)
CHANGES = (
    "chronic subdural collection (unchanged) not seen on the prior exam however questionable new "
    "hyperdense component, "
)


def runon(chars: int, unit: str = UNIT) -> str:
    """One sentence of `chars` characters: the same clause again and again, joined by commas."""
    return (unit * (chars // len(unit) + 1))[:chars].rstrip(", ")


@pytest.fixture(scope="module")
def engine():
    return shared_engine(None)


def test_runon_report_extracts_within_bound(engine) -> None:
    text = runon(50_000)
    rules = engine.assess(text)
    assert rules.positive
    t0 = time.process_time()
    attrs = extract_attributes(text, rules)
    elapsed = time.process_time() - t0
    assert elapsed < BOUND_S, f"extract_attributes took {elapsed:.1f} s of CPU on a 50 KB sentence"
    # still read, not skipped: the bleed and its signs as any one of its clauses states them
    assert attrs.subtypes == ("subdural",)
    assert attrs.midline_shift and not attrs.hydrocephalus


def test_runon_report_of_change_cues_within_bound(engine) -> None:
    text = runon(100_000, CHANGES)
    rules = engine.assess(text)
    assert rules.positive
    t0 = time.process_time()
    attrs = extract_attributes(text, rules, text)
    elapsed = time.process_time() - t0
    assert elapsed < BOUND_S, f"extract_attributes took {elapsed:.1f} s of CPU on a 100 KB sentence"
    assert "subdural" in attrs.subtypes


def test_clause_reach_keeps_a_long_real_sentence(engine) -> None:
    """A negation far back in a long (but real-sized, ~400 characters) clause still reaches its sign."""
    filler = ", ".join(["the basal cisterns and sulci appear within the expected range for age"] * 5)
    text = f"Acute subdural hematoma. No {filler} or midline shift."
    assert len(text) > 300
    attrs = extract_attributes(text, engine.assess(text))
    assert not attrs.midline_shift
