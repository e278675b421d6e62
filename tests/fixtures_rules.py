"""The rule-tier fixtures the rule regression files share (pytest finds fixtures by name: import them).

`engine` is the packaged rules as the daemon, `label` and replay get them; `full` the same rules read without
the prefilters and sentence pieces, the reference every fast path must equal."""

from __future__ import annotations

import pytest

from triage.rules.engine import RuleEngine


@pytest.fixture(scope="module")
def engine() -> RuleEngine:
    from triage.rules.shared import shared_engine

    return shared_engine(None)


@pytest.fixture(scope="module")
def full(engine: RuleEngine) -> RuleEngine:
    """The same rules read without the prefilters (spaCy reads every text whole)."""
    return RuleEngine(engine.ruleset, prefilter=False)


def read_assertion(engine: RuleEngine, full: RuleEngine, text: str) -> str:
    """The assertion `engine` gives `text`, after checking the full reading agrees and every evidence span
    lies inside the text."""
    got = engine.assess(text)
    assert got == full.assess(text)  # the prefilters and sentence pieces change nothing
    for ev in got.evidence:
        assert 0 <= ev.start < ev.end <= len(text)
    return got.assertion
