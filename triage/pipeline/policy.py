"""The decision policy: one pure function that turns the network's score and the rule tier's assertion into
the report's decision. Used by the daemon, replay, ``triage label`` and ``triage evaluate``, so none of them
can decide differently from the others.

Policies (``Settings.decision_policy``, ``--policy``):

* ``model`` — the network alone: positive when probability ≥ threshold (Paper 1).
* ``rules`` — the ConText rule tier alone: positive when the report-level assertion is ``affirmed`` or
  ``uncertain``.
* ``ensemble`` (default) — the rules decide whenever they found an ICH mention, the network only when they
  found none:

  ======================================================  ==========  ===============================
  rule assertion                                          decision    decided_by
  ======================================================  ==========  ===============================
  ``affirmed``                                            positive    ``rules`` (``both`` if model +)
  ``uncertain`` (hedged: "cannot exclude a small SDH")    positive    ``rules`` / ``both``
  ``negated`` / ``historical`` / ``hypothetical`` /       negative    ``rules`` (``rules_veto`` if the
  ``extracranial``                                                    model was positive)
  ``none`` (no ICH concept mentioned)                     model       ``model``
  ``none`` in the conclusion, ``affirmed`` / ``uncertain``  positive    ``findings``
  in the FINDINGS it leaves out
  ======================================================  ==========  ===============================

  Why: sensitivity first — an affirmed or hedged mention is flagged even when the network scores it low
  (the network has only ever read synthetic text; a hedge is positive for triage and carried as ``uncertain``
  in the Flag). An explicit negation, history, indication or extracranial site vetoes the network: on
  independent real reports the network's false alarms were exactly these and non-ICH pathology described in
  the same words, and a rule veto on a fixed network raised specificity from 0.33 to 0.91 (issue "Second
  opinion").
  With no ICH mention at all the network is the only signal for unusual wording ("hyperdensity in the basal
  cisterns"), so it keeps the decision there — unless the report's FINDINGS, which the conclusion leaves
  out, affirm or hedge a bleed (the decision core reads them only then: triage.pipeline.decision): an
  impression that omits a finding is a reporting error, not a negation, so the rules decide from the
  FINDINGS (``findings``: a worklist and an auditor can tell the decision rests on text outside the
  impression). A conclusion that negates, dates, hypothesizes or places the bleed outside the head is the
  final word: the FINDINGS are then never read.

Worklist priority of a positive: triage.priority (one pure policy beside this one, on the bleed's attributes:
critical / urgent / routine, and ``review`` for a positive that rests on the network alone, i.e. the rule
tier found no positive mention). Why ``review`` and not an ordinary Flag: on independent real text the
network's solo positives were 2 true of 7 (issue 18: it found 2 of the 9 bleeds the rules missed and raised 5
false alarms, all scored 0.95-0.99), far below a rule-backed Flag; why not only a review record: those 2 were
real bleeds, and a worklist entry is the only place a radiologist is sure to see them (sensitivity first).

Ranking score (for ROC/AUC of each policy; the decision is always the table above, and equals
``ranking score ≥ ranking threshold``): ``model`` = probability; ``rules`` = 1 affirmed, 0.75 uncertain,
0.25 none, 0 other; ``ensemble`` = (tier + probability) / 4 with tier 3 affirmed, 2 uncertain, 1 none,
0 other, and threshold (1 + t) / 4.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Policy = Literal["model", "rules", "ensemble"]
POLICIES: tuple[Policy, ...] = ("model", "rules", "ensemble")
DecidedBy = Literal["model", "rules", "both", "rules_veto", "findings"]

POSITIVE_ASSERTIONS = frozenset({"affirmed", "uncertain"})
NEGATIVE_ASSERTIONS = frozenset({"negated", "historical", "hypothetical", "extracranial"})
_ENSEMBLE_TIER = {"affirmed": 3, "uncertain": 2, "none": 1}
_RULES_SCORE = {"affirmed": 1.0, "uncertain": 0.75, "none": 0.25}


@dataclass(frozen=True, slots=True)
class PolicyDecision:
    """`positive` the decision; `decided_by` which component decided (table above); `assertion` what the Flag
    carries (``affirmed``/``uncertain`` for positives decided by rules, ``affirmed`` for a model-only positive
    is not claimed: it is ``none``); `disagreement` True when network and rules point different ways (the
    rules found a positive or negative mention and the network said the opposite)."""

    positive: bool
    decided_by: DecidedBy
    assertion: str
    disagreement: bool


def decide(
    policy: Policy, probability: float, threshold: float, assertion: str, source: str = "scored"
) -> PolicyDecision:
    """Apply `policy` (module docstring). `probability`, `threshold` in [0, 1]; `assertion` one of the rule
    tier's report-level assertions, read from `source` (``scored``, or ``findings`` when the conclusion
    mentioned no bleed and its FINDINGS did). Raises ValueError for an unknown policy or assertion."""
    if assertion not in POSITIVE_ASSERTIONS | NEGATIVE_ASSERTIONS | {"none"}:
        raise ValueError(f"unknown rule assertion {assertion!r}")
    model_positive = probability >= threshold
    rules_positive = assertion in POSITIVE_ASSERTIONS
    disagreement = assertion != "none" and model_positive != rules_positive
    if policy == "model":
        return PolicyDecision(model_positive, "model", assertion, disagreement)
    if rules_positive and source == "findings" and policy in ("rules", "ensemble"):
        return PolicyDecision(True, "findings", assertion, disagreement)
    if policy == "rules":
        return PolicyDecision(rules_positive, "rules", assertion, disagreement)
    if policy != "ensemble":
        raise ValueError(f"unknown decision policy {policy!r} (one of: {', '.join(POLICIES)})")
    if assertion == "none":
        return PolicyDecision(model_positive, "model", assertion, False)
    if rules_positive:
        return PolicyDecision(True, "both" if model_positive else "rules", assertion, disagreement)
    return PolicyDecision(False, "rules_veto" if model_positive else "rules", assertion, disagreement)


def ranking_score(policy: Policy, probability: float, assertion: str) -> float:
    """The policy's continuous score, for ROC curves (module docstring)."""
    if policy == "model":
        return float(probability)
    if policy == "rules":
        return _RULES_SCORE.get(assertion, 0.0)
    return (_ENSEMBLE_TIER.get(assertion, 0) + float(probability)) / 4.0


def ranking_threshold(policy: Policy, threshold: float) -> float:
    """The ranking-score threshold equivalent to `decide` for `policy`."""
    if policy == "model":
        return threshold
    if policy == "rules":
        return 0.5
    return (1.0 + threshold) / 4.0
