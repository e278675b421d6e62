"""fixprio23: three regressions of tune23p's tuning (issue 20), probed in our own words; each probe failed on
main before the fix, each control held before and after.

1. A growth said with the bleed as the noun of its change ("Haematoma expansion since ...") was hedged by any
   hedged mention in the report, even of another bleed said after it ("Possible SAH in the sylvian fissure").
2. A bleed joined to the oedema by a plain "and" before the comparison ("increased oedema and haematoma
   since yesterday") lost its growth to the oedema's.
3. "New:" and a number or "it" after a stable bleed joined the next finding to the bleed ("New: 2 small
   infarcts")."""

from __future__ import annotations

import pytest

from triage.priority import extract_attributes, grade
from triage.rules.shared import shared_engine


@pytest.fixture(scope="module")
def engine():
    return shared_engine(None)


def _read(engine, text: str):
    rules = engine.assess(text)
    attrs = extract_attributes(text, rules)
    return attrs, grade(attrs, rules.assertion).priority


# 1. another bleed hedged after the growth: the growth stays plain
_GROWTH_THEN_OTHER_HEDGED = [
    "Haematoma expansion since the CT at 08:00, now 45 mL. Possible subarachnoid haemorrhage in the right "
    "sylvian fissure.",
    "Haematoma expansion since the CT at 08:00, 45 mm from 30 mm. Possible small subdural haematoma "
    "on the left.",
    "Hemorrhage enlargement compared with the CT of this morning. Questionable intraventricular "
    "hemorrhage in the occipital horns.",
    "Haematoma expansion since the CT at 08:00, now 45 mm. Small subarachnoid haemorrhage cannot be "
    "excluded.",
    "Interval hemorrhage growth since the morning CT, 35 mm from 20 mm. Possible subarachnoid blood in "
    "the left sylvian fissure.",
    # own variants
    "Haemorrhage expansion compared with the scan at noon, 52 mm from 38 mm. Probable thin subdural "
    "haematoma along the tentorium.",
    "Hematoma growth since the CT at 07:30, now 40 mL. Equivocal intraventricular blood in the left "
    "occipital horn.",
]


@pytest.mark.parametrize("text", _GROWTH_THEN_OTHER_HEDGED)
def test_a_growth_is_not_hedged_by_another_bleed_hedged_after_it(engine, text) -> None:
    attrs, priority = _read(engine, text)
    assert attrs.change in ("increased", "new")
    assert not attrs.change_hedged
    assert priority == "critical"


# the intended kind stays: the same bleed hedged just before its change noun
_SAME_BLEED_HEDGED = [
    "Possible EDH. Haematoma expansion since the CT at 08:00, now 45 mm.",
    "Query small left subdural haematoma. Haematoma expansion compared with the CT of 06:00.",
]


@pytest.mark.parametrize("text", _SAME_BLEED_HEDGED)
def test_a_growth_of_the_bleed_hedged_just_before_stays_hedged(engine, text) -> None:
    attrs, priority = _read(engine, text)
    assert attrs.change_hedged
    assert priority == "urgent"


# 2. oedema and the bleed joined by "and" before the comparison: the bleed grew too
_OEDEMA_AND_BLEED = [
    "Right frontal haematoma. Increase in the surrounding oedema and in the haematoma since the prior CT.",
    "Right frontal haematoma. Increased oedema and haematoma since yesterday.",
    "Right frontal haematoma. Increase in perihaematomal oedema and haematoma volume since the prior CT.",
    "Large right frontal haematoma. Increase in the surrounding oedema and the haematoma since the prior CT.",
    # own variants
    "Left parietal haematoma. Increased vasogenic oedema and haematoma size compared with the CT of Monday.",
    "Right temporal haematoma. Increase in swelling and in the haematoma compared with the scan at 09:00.",
]


@pytest.mark.parametrize("text", _OEDEMA_AND_BLEED)
def test_oedema_and_bleed_grown_since_the_prior(engine, text) -> None:
    attrs, priority = _read(engine, text)
    assert attrs.change == "increased"
    assert priority == "critical"


_OEDEMA_ONLY = [
    "Left temporal contusion. Increased surrounding oedema since the prior CT.",
    "Right frontal haematoma. Increased oedema around the haematoma since yesterday.",
    "Right frontal haematoma. Increased oedema and the haematoma is unchanged since yesterday.",
]


@pytest.mark.parametrize("text", _OEDEMA_ONLY)
def test_oedema_alone_growing_is_not_the_bleeds_growth(engine, text) -> None:
    attrs, priority = _read(engine, text)
    assert attrs.change != "increased"
    assert priority != "critical"


# 3. "New:" after a stable bleed opens another finding
_NEW_COLON_OTHER = [
    "Right SDH 6 mm, unchanged since yesterday. New: 2 small acute infarcts in the left cerebellum.",
    "Right SDH 6 mm, unchanged since yesterday. New: it is a small infarct in the left cerebellum.",
    # own variants
    "Left SDH 5 mm, stable since the prior CT. New: 3 lacunes in the right basal ganglia.",
    "Chronic right SDH 7 mm, unchanged compared with last week. New: they are two foci of gliosis.",
]


@pytest.mark.parametrize("text", _NEW_COLON_OTHER)
def test_new_and_a_colon_after_a_stable_bleed_is_another_finding(engine, text) -> None:
    attrs, priority = _read(engine, text)
    assert attrs.change == "stable"
    assert priority == "routine"


_SIZE_COLON_BLEED = [
    "Left parietal haematoma. Growing: it was 9 mm on the prior CT, now 14 mm.",
    "Right SDH, 11 mm. Increasing: 7 mm on the CT of yesterday.",
]


@pytest.mark.parametrize("text", _SIZE_COLON_BLEED)
def test_a_size_trend_and_a_colon_before_the_size_is_the_bleeds(engine, text) -> None:
    attrs, priority = _read(engine, text)
    assert attrs.change == "increased"
    assert priority == "critical"
