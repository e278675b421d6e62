"""The decision policy (triage.pipeline.policy) and the side-by-side evaluation built on it."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from triage.offline.policy_evaluation import policy_metrics, policy_table_markdown
from triage.pipeline.decision import NetworkScore, decision_of
from triage.pipeline.policy import POLICIES, decide, ranking_score, ranking_threshold
from triage.rules.result import RuleResult

ASSERTIONS = ("affirmed", "uncertain", "negated", "historical", "hypothetical", "extracranial", "none")


@pytest.mark.parametrize(
    ("assertion", "probability", "positive", "decided_by", "disagreement"),
    [
        ("affirmed", 0.9, True, "both", False),
        ("affirmed", 0.1, True, "rules", True),
        ("uncertain", 0.1, True, "rules", True),
        ("negated", 0.9, False, "rules_veto", True),
        ("historical", 0.9, False, "rules_veto", True),
        ("hypothetical", 0.1, False, "rules", False),
        ("extracranial", 0.9, False, "rules_veto", True),
        ("none", 0.9, True, "model", False),
        ("none", 0.1, False, "model", False),
    ],
)
def test_ensemble_table(
    assertion: str, probability: float, positive: bool, decided_by: str, disagreement: bool
) -> None:
    verdict = decide("ensemble", probability, 0.5, assertion)
    assert (verdict.positive, verdict.decided_by, verdict.disagreement) == (
        positive,
        decided_by,
        disagreement,
    )
    assert verdict.assertion == assertion


def test_model_and_rules_policies_use_one_component_each() -> None:
    assert decide("model", 0.5, 0.5, "negated").positive is True  # at the threshold counts
    assert decide("model", 0.49, 0.5, "affirmed").positive is False
    assert decide("rules", 0.0, 0.5, "uncertain").positive is True
    assert decide("rules", 1.0, 0.5, "none").positive is False


@pytest.mark.parametrize("policy", POLICIES)
def test_ranking_score_reproduces_every_decision(policy: str) -> None:
    """ROC curves are drawn on the ranking score; at the ranking threshold it must decide as decide() does."""
    for assertion, p, t in itertools.product(ASSERTIONS, np.linspace(0, 1, 21), (0.05, 0.3, 0.5, 0.95)):
        expected = decide(policy, float(p), float(t), assertion).positive  # type: ignore[arg-type]
        got = ranking_score(policy, float(p), assertion) >= ranking_threshold(policy, float(t))  # type: ignore[arg-type]
        assert got == expected, (policy, assertion, p, t)


def test_bad_policy_or_assertion_is_refused() -> None:
    with pytest.raises(ValueError, match="policy"):
        decide("vote", 0.5, 0.5, "none")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="assertion"):
        decide("ensemble", 0.5, 0.5, "maybe")


def test_policy_metrics_side_by_side_and_per_kind() -> None:
    labels = np.array([1, 1, 0, 0, 0, 1])
    probabilities = np.array([0.9, 0.2, 0.8, 0.1, 0.7, 0.6])
    assertions = ["affirmed", "uncertain", "negated", "none", "none", "none"]
    kinds = ["a", "a", "b", "b", "c", "c"]
    decisions = {
        policy: [
            decision_of(policy, NetworkScore(float(p), 0, 1, 0.0), 0.5, RuleResult(a, (), (), "rules-test"))  # type: ignore[arg-type]
            for p, a in zip(probabilities, assertions, strict=True)
        ]
        for policy in POLICIES
    }
    m = policy_metrics(labels, decisions, kinds)
    model, rules, ensemble = (m["policies"][p] for p in ("model", "rules", "ensemble"))
    assert (model["tp"], model["fp"], model["fn"]) == (2, 2, 1)
    assert (rules["tp"], rules["fp"], rules["fn"]) == (2, 0, 1)
    assert (ensemble["tp"], ensemble["fp"], ensemble["fn"]) == (3, 1, 0)
    assert ensemble["per_kind"]["b"] == {"n": 2, "accuracy": 1.0}
    assert model["per_kind"]["b"]["accuracy"] == 0.5
    # the ROC is the policy score's: ensemble ranks a hedged low-probability report above a bare 0.7
    assert [d.policy_score for d in decisions["ensemble"]] == [
        round(ranking_score("ensemble", float(p), a), 6)
        for p, a in zip(probabilities, assertions, strict=True)
    ]
    assert m["threshold"] == 0.5
    table = policy_table_markdown(m)
    assert "| ensemble |" in table and "| c | 2 |" in table


def test_evaluate_refuses_a_set_with_one_class(tmp_path) -> None:
    import json

    from triage.cli import main

    src = tmp_path / "neg.jsonl"
    src.write_text("".join(json.dumps({"text": t, "label": 0}) + "\n" for t in ("Normal.", "No bleed.")))
    with pytest.raises(SystemExit) as info:
        main(["evaluate", "model_artifacts", str(src), "--out", str(tmp_path / "ev"), "-q"])
    assert info.value.code == 2 and not (tmp_path / "ev" / "metrics.json").exists()


def test_a_positive_resting_on_the_network_alone_is_review_and_a_rule_backed_one_is_graded() -> None:
    """The decision carries one priority vocabulary (triage.priority): review without rule support, else the
    priority policy's grade of the bleed's attributes; a negative has none."""
    from triage.priority import BleedAttributes

    def priority(policy, p, assertion, attributes=BleedAttributes(subtypes=("subdural",))):
        rules = RuleResult(assertion, (), (), "rules-test")
        return decision_of(policy, NetworkScore(p, 0, 1, 0.0), 0.5, rules, attributes).priority

    assert priority("ensemble", 0.99, "none", BleedAttributes()) == "review"
    assert priority("model", 0.99, "negated", BleedAttributes()) == "review"
    assert priority("ensemble", 0.99, "negated") is None
    assert priority("ensemble", 0.99, "affirmed") == "urgent"  # no change stated
    assert priority("rules", 0.1, "uncertain") == "urgent"
    new = BleedAttributes(subtypes=("subdural",), acuity="acute", change="new")
    assert priority("rules", 0.1, "affirmed", new) == "critical"
    stable = BleedAttributes(subtypes=("subdural",), acuity="chronic", change="stable")
    assert priority("ensemble", 0.9, "affirmed", stable) == "routine"
