"""What the rule tier says about one report: pure data and the two documented combination rules.

Mention level (one target span, its ConText modifier categories → one assertion), first match wins:

1. ``EXTRACRANIAL``  → ``extracranial`` (a bleed outside the head is never ICH, whatever else is said about
   it);
2. ``NEGATED_EXISTENCE`` → ``negated``;
3. ``HYPOTHETICAL`` → ``hypothetical`` ("rule out hemorrhage", an indication);
4. ``RESOLVED`` (the bleed is gone: "has resolved", "no longer seen", "resolution of", "evacuated"), unless a
   ``PERSISTENT`` cue ("residual", "partially resolved", "again seen") also modifies the mention →
   ``historical``: the age the bleed had ("the acute SDH seen on the prior has resolved") does not keep it;
   ``HISTORICAL`` (narrative: "history of", "prior", "s/p"), unless a ``PERSISTENT`` or ``ACUITY`` cue
   ("acute", "new", "recent") also modifies the mention, or ``FAMILY`` → ``historical`` (the assertion set
   has no experiencer value; a relative's bleed is history);
5. ``POSSIBLE_EXISTENCE`` → ``uncertain`` (a hedge is the weakest modifier: "possible prior hemorrhage"
   is historical, "evaluate for possible hemorrhage" is hypothetical);
6. otherwise ``affirmed``.

Report level (:func:`combine`): any affirmed mention → ``affirmed``; else any uncertain → ``uncertain``
(sensitivity first: a hedged mention is positive for triage, marked uncertain, per the labeling guideline of
issue 8); else the first of ``historical > hypothetical > extracranial > negated`` that occurs, else
``none``. The non-positive order runs from the assertion closest to a current bleed to the farthest, so the
label shown to a reviewer carries the strongest residual signal: a *historical* mention says this patient
has bled (and "known" / "prior" follow-up wording is where rules most often miss a bleed that is still
there); a *hypothetical* one says a clinician suspects one now; an *extracranial* one is a real bleed but
outside the head; *negated* is an explicit absence, the commonest and least informative. All four are
negative for triage.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

__all__ = [
    "ASSERTIONS",
    "NON_POSITIVE_ORDER",
    "POSITIVE",
    "Assertion",
    "Evidence",
    "RuleResult",
    "combine",
    "mention_assertion",
]

Assertion = Literal["affirmed", "uncertain", "negated", "historical", "hypothetical", "extracranial", "none"]
ASSERTIONS: tuple[Assertion, ...] = (
    "affirmed",
    "uncertain",
    "negated",
    "historical",
    "hypothetical",
    "extracranial",
    "none",
)
#: The assertions that are positive for triage.
POSITIVE: frozenset[Assertion] = frozenset({"affirmed", "uncertain"})
#: Report-level precedence among the non-positive mention assertions (see module docstring).
NON_POSITIVE_ORDER: tuple[Assertion, ...] = ("historical", "hypothetical", "extracranial", "negated")


@dataclass(frozen=True, slots=True)
class Evidence:
    """One matched mention: ``text[start:end]`` is the target span (character offsets into the text given to
    the engine), its concept code and its mention-level assertion. Never holds text. ``source`` names the text
    the offsets index: ``scored`` (the report's scored text, what the engine is given) or ``findings`` (the
    FINDINGS the scored text leaves out, read by the decision core only when the scored text mentions no
    bleed: triage.pipeline.decision)."""

    start: int
    end: int
    concept: str
    assertion: Assertion
    source: Literal["scored", "findings"] = "scored"


@dataclass(frozen=True, slots=True)
class RuleResult:
    """The rule tier's output for one report.

    - ``assertion``: report-level assertion (one of :data:`ASSERTIONS`);
    - ``concepts``: sorted, distinct concept codes of the mentions that carry the report-level assertion
      (so for "No SDH. Small right SAH." it is ``("subarachnoid",)``); empty for ``none``;
    - ``evidence``: every mention, sorted by ``(start, end, concept)``;
    - ``rules_version``: e.g. ``rules-3`` or ``rules-3+site.ab12cd34``.
    """

    assertion: Assertion
    concepts: tuple[str, ...]
    evidence: tuple[Evidence, ...]
    rules_version: str

    @property
    def positive(self) -> bool:
        """True for ``affirmed`` and ``uncertain`` (positive for triage)."""
        return self.assertion in POSITIVE


def mention_assertion(categories: Iterable[str]) -> Assertion:
    """ConText modifier categories of one target span → its assertion (order in the module docstring)."""
    cats = set(categories)
    if "EXTRACRANIAL" in cats:
        return "extracranial"
    if "NEGATED_EXISTENCE" in cats:
        return "negated"
    if "HYPOTHETICAL" in cats:
        return "hypothetical"
    if "POSSIBLE_EXISTENCE" in cats and "ORDERED" in cats:
        return "hypothetical"  # "concern for SAH, CT head ordered": the request's question, no result yet
    if "PAST_EPISODE" in cats and "PERSISTENT" not in cats:
        return "historical"  # "admitted in 2022 with an acute SDH": the acuity was then's
    if "PERSISTENT" not in cats and ("RESOLVED" in cats or ("HISTORICAL" in cats and "ACUITY" not in cats)):
        return "historical"
    if "FAMILY" in cats:
        return "historical"
    if "POSSIBLE_EXISTENCE" in cats:
        return "uncertain"
    return "affirmed"


def combine(evidence: Iterable[Evidence], rules_version: str) -> RuleResult:
    """Mentions → report-level :class:`RuleResult` (order in the module docstring). Pure."""
    ev = tuple(sorted(set(evidence), key=lambda e: (e.start, e.end, e.concept, e.assertion)))
    present = {e.assertion for e in ev}
    assertion: Assertion = "none"
    for candidate in ("affirmed", "uncertain", *NON_POSITIVE_ORDER):
        if candidate in present:
            assertion = candidate
            break
    concepts = tuple(sorted({e.concept for e in ev if e.assertion == assertion}))
    return RuleResult(assertion=assertion, concepts=concepts, evidence=ev, rules_version=rules_version)
