"""The worklist priority policy: one pure function from a positive decision and the bleed's attributes to the
Flag's priority. Beside the decision policy (triage.pipeline.policy), which says *whether* a report is
positive; this one says *how soon* a radiologist should read it.

Source: the ACR Actionable Reporting Work Group (Larson PA, Berland LL, Griffith B, Kahn CE Jr, Liebscher LA.
"Actionable findings and the role of IT support: report of the ACR Actionable Reporting Work Group." J Am
Coll Radiol 2014;11(6):552-558). Its Category 1 (communicate within minutes) lists a new or increasing
intracranial hemorrhage; a known, stable or resolving finding is not critical. Mass effect that threatens
herniation is treated the same way (it is the reason a new bleed is Category 1).

One vocabulary (``PRIORITIES``, the Flag's worklist-priority code and the ``triage-priority`` Kafka header),
for a positive report, first match wins:

=========  =============================================================================================
critical   a critical mass-effect sign that is not stated stable/improving (default: herniation,
           hydrocephalus, effaced basal cisterns; ``critical_signs``), or a midline shift ≥ ``shift_mm``
           (5 mm), or a midline shift stated without millimetres and not called mild (``unmeasured_shift``)
           — also for a hedged bleed: the sign itself is stated;
urgent     a hedged bleed (rule assertion ``uncertain``: "cannot exclude a small SAH"), whatever the change;
urgent     a stated bleed whose growth is hedged ("possibly new", "? slightly larger", "may have increased":
           ``BleedAttributes.change_hedged``): ACR Category 1 is a new or increasing bleed, a hedged one is
           not stated, so it reads like a hedged bleed;
critical   change ``new`` or ``increased`` ("slightly increased" too);
routine    change ``stable`` or ``decreased`` ("evolving", "redistribution" read as stable);
routine    acuity ``chronic`` and no change stated (a known chronic collection; ``chronic_unstated``);
urgent     any other affirmed bleed: acute, subacute, mixed or unstated acuity with no prior exam or no
           change stated (``first_seen``; the issue's "other new" bleeds: a first-found acute bleed is new to
           the care team, a site that reads it so sets ``first_seen=critical``);
review     the positive rests on the network alone (no positive rule-tier mention, so no attributes): the
           numbers behind it are in the model card (issue 18: 2 true of 7 on independent text).
=========  =============================================================================================

A worklist sorts critical > urgent > review > routine; every priority is a positive that must be read.
``routine`` says "a known bleed, not changing for the worse", never "not a bleed". Each grade carries its
reasons (``PriorityGrade.reasons``, shown by ``triage audit explain``).

Judgement calls (model card, "Worklist priority"):

* **A stable acute bleed is routine** ("stable acute SDH" on a short-interval follow-up). The ACR's Category 1
  is a *new or increasing* hemorrhage; one the care team already knows from the prior exam and that is not
  growing is a known finding, and "acute" dates the blood, not its course. A critical sign beside it (shift
  >= ``shift_mm``, herniation, hydrocephalus, effaced cisterns, not stated stable) still makes it critical.
* **A critical sign that is shrinking on a resolving known bleed is routine** ("interval decrease of the SDH
  (11 mm from 15 mm); midline shift decreased to 5 mm from 9 mm"). The ACR puts a *resolving* finding outside
  Category 1; the shift is the known bleed's mass effect and it is receding, so nothing new asks for a call
  within minutes (``known_mass_effect=ignore`` reads "improving" like "stable"). A sign that grows, appears or
  is stated without a trend still counts. Priority held-out set 10's writer labeled only an *unchanged* sign
  known, so its one such row is gold critical: a documented disagreement (README-heldout-10.md), not a bug;
  a site that wants every shift >= ``shift_mm`` critical sets ``known_mass_effect=critical``.
* **A subdural collection dated by its age is a bleed stated** ("chronic left subdural collection, 7 mm"): the
  rule tier affirms it (tune20; a CSF density or hygroma word still negates it, a hedge word hedges it), so a
  known chronic one is routine like a chronic SDH, not urgent like a hedged bleed.
* **review is not a lower-confidence critical**: with no positive rule-tier mention there is no bleed sentence
  to read a change, subtype or acuity from, so the policy does not guess. Where a report names the bleed in
  words the rule tier does not count (a postoperative "subdural collection" without a blood word, read as a
  possible hygroma by design), the fix belongs to the rule tier, not here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal, get_args

from triage.priority.attributes import MASS_EFFECT_SIGNS, BleedAttributes, MassEffectSign
from triage.rules.result import POSITIVE

__all__ = [
    "PRIORITIES",
    "PRIORITY_ORDER",
    "Priority",
    "PriorityGrade",
    "PriorityPolicy",
    "grade",
]

Priority = Literal["critical", "urgent", "routine", "review"]
PRIORITIES: tuple[Priority, ...] = get_args(Priority)
#: Worklist order, most urgent first (module docstring).
PRIORITY_ORDER: tuple[Priority, ...] = ("critical", "urgent", "review", "routine")
CRITICAL_SIGN_CHOICES: tuple[MassEffectSign, ...] = tuple(
    s for s in MASS_EFFECT_SIGNS if s != "midline_shift"
)


# The knobs' value types: one source for PriorityPolicy and the settings slice that builds it
# (triage.config.PrioritySettings, ``TRIAGE_PRIORITY__*``).
UnmeasuredShift = Literal["critical", "urgent"]
KnownMassEffect = Literal["critical", "ignore"]
FirstSeen = Literal["critical", "urgent"]
ChronicUnstated = Literal["urgent", "routine"]
MAX_SHIFT_MM = 50.0  # a larger threshold would never be met: a typo, not a policy


@dataclass(frozen=True, slots=True)
class PriorityPolicy:
    """A site's knobs (``TRIAGE_PRIORITY__*``, Settings.priority); the defaults are the table above. The
    checks live here only: the settings slice validates by building one."""

    shift_mm: float = 5.0
    critical_signs: tuple[MassEffectSign, ...] = ("herniation", "hydrocephalus", "cistern_effacement")
    unmeasured_shift: UnmeasuredShift = "critical"
    known_mass_effect: KnownMassEffect = "ignore"  # a sign stated stable/improving
    first_seen: FirstSeen = "urgent"
    chronic_unstated: ChronicUnstated = "routine"

    def __post_init__(self) -> None:
        check_critical_signs(self.critical_signs)
        check_shift_mm(self.shift_mm)


def check_critical_signs(signs: Sequence[str]) -> None:
    """ValueError naming the first sign that cannot make a positive critical (the shift has its own knob)."""
    bad = [s for s in signs if s not in CRITICAL_SIGN_CHOICES]
    if bad:
        raise ValueError(f"unknown critical sign {bad[0]!r} (one of: {', '.join(CRITICAL_SIGN_CHOICES)})")


def check_shift_mm(shift_mm: float) -> None:
    if not 0 < shift_mm <= MAX_SHIFT_MM:
        raise ValueError(f"shift_mm must be > 0 and <= {MAX_SHIFT_MM:g}, got {shift_mm:g}")


DEFAULT_POLICY = PriorityPolicy()


@dataclass(frozen=True, slots=True)
class PriorityGrade:
    """The priority of one positive and why (short phrases in the policy's terms; never report text)."""

    priority: Priority
    reasons: tuple[str, ...]


def _critical_mass_effect(attrs: BleedAttributes, policy: PriorityPolicy) -> list[str]:
    def counts(sign: MassEffectSign) -> bool:
        return policy.known_mass_effect == "critical" or sign not in attrs.mass_effect_known

    out = [sign.replace("_", " ") for sign in policy.critical_signs if getattr(attrs, sign) and counts(sign)]
    if attrs.midline_shift and counts("midline_shift"):
        if attrs.midline_shift_mm is not None:
            if attrs.midline_shift_mm >= policy.shift_mm:
                out.append(f"midline shift {attrs.midline_shift_mm:g} mm >= {policy.shift_mm:g} mm")
        elif not attrs.midline_shift_mild and policy.unmeasured_shift == "critical":
            out.append("midline shift, not measured")
    return out


def grade(attrs: BleedAttributes, assertion: str, policy: PriorityPolicy = DEFAULT_POLICY) -> PriorityGrade:
    """The priority of a positive report (module docstring's table). `assertion` is the rule tier's
    report-level assertion; anything but ``affirmed``/``uncertain`` means the network alone decided."""
    if assertion not in POSITIVE:
        return PriorityGrade("review", ("network alone: no positive rule-tier mention",))
    signs = _critical_mass_effect(attrs, policy)
    if signs:  # the change, when it is critical too, is named beside the signs
        growth = (
            [f"change: {attrs.change}"]
            if assertion == "affirmed" and attrs.change in ("new", "increased") and not attrs.change_hedged
            else []
        )
        return PriorityGrade("critical", (*signs, *growth))
    if assertion == "uncertain":
        return PriorityGrade("urgent", ("hedged mention",))
    if attrs.change_hedged and attrs.change in ("new", "increased"):
        return PriorityGrade("urgent", (f"hedged change: possibly {attrs.change}",))
    if attrs.change in ("new", "increased"):
        return PriorityGrade("critical", (f"change: {attrs.change}",))
    if attrs.change in ("stable", "decreased"):
        return PriorityGrade("routine", (f"change: {attrs.change}",))
    if attrs.acuity == "chronic":
        return PriorityGrade(policy.chronic_unstated, ("chronic, no change stated",))
    why = "no prior exam" if attrs.change == "no_prior" else "no change stated"
    return PriorityGrade(policy.first_seen, (f"acuity: {attrs.acuity.replace('_', ' ')}, {why}",))
