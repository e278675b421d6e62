"""Rule tier (issue 9): medspaCy TargetMatcher + ConText over a report's extracted text.

Public API::

    from triage.rules import RuleEngine, RuleResult, Evidence
    engine = RuleEngine.load(extra_terms_file=None)   # RulesError on a bad resource
    engine.version                                   # "rules-3" or "rules-3+site.ab12cd34"
    engine.assess(text) -> RuleResult
    engine.assess_batch(texts) -> list[RuleResult]

``RuleResult``/``Evidence``/``RuleSet`` import without spaCy; ``RuleEngine`` imports medspaCy (≈2 s, once)
on first access.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from triage.rules.resources import RuleSet
from triage.rules.result import ASSERTIONS, NON_POSITIVE_ORDER, Assertion, Evidence, RuleResult, combine

if TYPE_CHECKING:
    from triage.rules.engine import RuleEngine

__all__ = [
    "ASSERTIONS",
    "NON_POSITIVE_ORDER",
    "Assertion",
    "Evidence",
    "RuleEngine",
    "RuleResult",
    "RuleSet",
    "combine",
]


def __getattr__(name: str) -> Any:
    if name == "RuleEngine":
        from triage.rules.engine import RuleEngine

        return RuleEngine
    raise AttributeError(f"module 'triage.rules' has no attribute {name!r}")
