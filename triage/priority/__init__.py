"""Worklist priority (issue 20): what a positive report says about the bleed (``extract_attributes``: subtype,
acuity, change since the prior exam, mass effect, size, with evidence offsets) and the pure priority policy
(``grade``: critical / urgent / routine, or review for a network-alone positive; ACR Actionable Reporting Work
Group, Larson et al., JACR 2014). Pure functions of the text and the rule tier's result; no I/O."""

from triage.priority.attributes import (
    ACUITIES,
    CHANGES,
    MASS_EFFECT_SIGNS,
    NO_ATTRIBUTES,
    SUBTYPES,
    AttributeEvidence,
    BleedAttributes,
    extract_attributes,
)
from triage.priority.policy import (
    DEFAULT_POLICY,
    PRIORITIES,
    PRIORITY_ORDER,
    Priority,
    PriorityGrade,
    PriorityPolicy,
    grade,
)

__all__ = [
    "ACUITIES",
    "CHANGES",
    "DEFAULT_POLICY",
    "MASS_EFFECT_SIGNS",
    "NO_ATTRIBUTES",
    "PRIORITIES",
    "PRIORITY_ORDER",
    "SUBTYPES",
    "AttributeEvidence",
    "BleedAttributes",
    "Priority",
    "PriorityGrade",
    "PriorityPolicy",
    "extract_attributes",
    "grade",
]
