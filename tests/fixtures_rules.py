"""The rule-tier fixtures the rule regression files share (pytest finds fixtures by name: import them).

`engine` is the packaged rules as the daemon, `label` and replay get them; `full` the same rules read without
the prefilters and sentence pieces, the reference every fast path must equal; `whole` the same rules reading
whole texts. Session-scoped: an engine is read-only once built (triage.rules.shared), and each costs ≈ 0.7 s
of CPU to build, once per test module before (≈ 7 s of the fast tier's CPU)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # spaCy, medspaCy and torch load with the first test module that needs them: conftest
    # imports this file, and pytest-xdist's controller process, which runs no test, imports conftest
    from triage.rules.engine import RuleEngine


@pytest.fixture(scope="session")
def engine() -> RuleEngine:
    from triage.rules.shared import shared_engine

    return shared_engine(None)


@pytest.fixture(scope="session")
def full(engine: RuleEngine) -> RuleEngine:
    """The same rules read without the prefilters (spaCy reads every text whole)."""
    from triage.rules.engine import RuleEngine

    return RuleEngine(engine.ruleset, prefilter=False)


@pytest.fixture(scope="session")
def whole(engine: RuleEngine) -> RuleEngine:
    """The same rules reading whole texts (not sentence by sentence)."""
    from triage.rules.engine import RuleEngine

    return RuleEngine(engine.ruleset, sentences=False)


def read_assertion(engine: RuleEngine, full: RuleEngine, text: str) -> str:
    """The assertion `engine` gives `text`, after checking the full reading agrees and every evidence span
    lies inside the text."""
    got = engine.assess(text)
    assert got == full.assess(text)  # the prefilters and sentence pieces change nothing
    for ev in got.evidence:
        assert 0 <= ev.start < ev.end <= len(text)
    return got.assertion
