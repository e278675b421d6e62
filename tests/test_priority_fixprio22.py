"""Reviewer's regressions after tune20c's priority changes (issue 20), in fixprio22's own words: a shift
series' today label belongs to the value beside it in its own clause; a growth said of the oedema 'as is the
haematoma' is the bleed's too; a ticked 'stable' box is the change. Each with controls that must not move."""

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


# 1. a 'today'/'now' label is the value's next to it (before or after, in its own clause), never the next
# value's: "8 mm today, 3 mm yesterday" is 8 mm today
_SHIFT_LABELS = [
    ("Acute left SDH. Midline shift 8 mm today, 3 mm yesterday.", "critical", 8.0),
    ("Acute left SDH. Midline shift 9 mm now, was 4 mm.", "critical", 9.0),
    ("Acute left SDH. Midline shift 8 mm today, 5 mm on admission.", "critical", 8.0),
    ("Acute right SDH. Midline shift 7 mm today, 2 mm yesterday.", "critical", 7.0),
    ("Acute right SDH. MLS 10 mm now, previously 4 mm.", "critical", 10.0),
    ("Acute left EDH. Midline shift 6 mm on this scan, 2 mm on the prior.", "critical", 6.0),
    ("Acute left SDH. Shift 9 mm today; 3 mm on admission.", "critical", 9.0),
    ("Acute left SDH. Midline shift 8 mm currently, 4 mm yesterday.", "critical", 8.0),
    ("Acute left SDH. Midline shift 7 mm today, was 3 mm.", "critical", 7.0),
    ("Acute left SDH. Midline shift 8 mm today, 3 mm yesterday and 1 mm on admission.", "critical", 8.0),
    ("Acute left SDH. Midline shift 6 mm (today), 3 mm (yesterday).", "critical", 6.0),
    ("Acute left SDH. Midline shift today 8 mm, yesterday 3 mm.", "critical", 8.0),
    ("Acute left SDH. Midline shift: today 9 mm | 01/12 4 mm.", "critical", 9.0),
    # a smaller shift today, the larger one earlier: routine, not the earlier value's critical
    ("Chronic left SDH, smaller. Midline shift 2 mm today, 6 mm on admission.", "routine", 2.0),
    ("Chronic left SDH, smaller. Midline shift 3 mm now, was 7 mm.", "routine", 3.0),
    ("Left SDH decreasing. Midline shift 2 mm today, 5 mm yesterday.", "routine", 2.0),
    # controls: the label after the earlier value, today's named last, or no label (the last)
    ("Acute left SDH. Midline shift 4 mm at admission and 9 mm on this scan.", "critical", 9.0),
    ("Acute left SDH. Midline shift 4, 6 and 9 mm on serial scans.", "critical", 9.0),
    ("Acute left SDH. Midline shift 5, 7 and 9 mm on serial scans.", "critical", 9.0),
    ("Acute left SDH. Midline shift 2 mm at admission, 6 mm today.", "critical", 6.0),
    ("Acute left SDH. Midline shift 3 mm yesterday, now 8 mm.", "critical", 8.0),
    ("Acute left SDH. Midline shift 3 mm yesterday and 8 mm today.", "critical", 8.0),
    ("Midline shift previously 7 mm, then 5 mm, now 2 mm. Left SDH smaller.", "routine", 2.0),
    # an arrow's 'now' is the value's after it
    ("Left SDH 7 mm, unchanged. Shift 2 mm \u2192 now 6 mm.", "critical", 6.0),
    ("Left SDH 7 mm, unchanged. Shift 2 mm -> now 6 mm.", "critical", 6.0),
    ("Left SDH. Shift 6 mm \u2192 now 2 mm. Smaller.", "routine", 2.0),
]


@pytest.mark.parametrize(("text", "priority", "shift_mm"), _SHIFT_LABELS)
def test_a_shift_label_is_its_own_values(engine, text, priority, shift_mm) -> None:
    attrs, got = _read(engine, text)
    assert (got, attrs.midline_shift_mm) == (priority, shift_mm), attrs


# 2. a growth said of the oedema that the same sentence says of the bleed too ("as is the haematoma", "and
# the haematoma too", "as well as in the haematoma") is the bleed's growth; oedema growing around an
# unchanged bleed is not
_OEDEMA_AND_BLEED = [
    ("Perilesional oedema is a little more extensive, as is the haematoma.", "critical", "increased"),
    ("Oedema increased and the haematoma has also enlarged.", "critical", "increased"),
    (
        "Increase in perilesional oedema and increase in the haematoma volume from 20 to 35 mL.",
        "critical",
        "increased",
    ),
    (
        "Left frontal haematoma. The surrounding oedema has increased, as has the haematoma.",
        "critical",
        "increased",
    ),
    (
        "Right temporal haematoma. Perihaematomal oedema is more extensive, as is the bleed itself.",
        "critical",
        "increased",
    ),
    (
        "Left basal ganglia haemorrhage. Vasogenic oedema is slightly larger and so is the haemorrhage.",
        "critical",
        "increased",
    ),
    ("Right ICH. Surrounding oedema a little more extensive, as is the ICH.", "critical", "increased"),
    ("Left parietal haematoma. The oedema has increased, and the haematoma too.", "critical", "increased"),
    ("Left parietal haematoma. Oedema is more extensive, as well as the haematoma.", "critical", "increased"),
    (
        "Right frontal contusion. Perilesional oedema is a bit larger, as is the contusion.",
        "critical",
        "increased",
    ),
    (
        "Left thalamic haemorrhage. Oedema slightly increased, as is the haemorrhage, now 3.1 cm.",
        "critical",
        "increased",
    ),
    ("Increase in perilesional oedema as well as in the haematoma.", "critical", "increased"),
    ("Haematoma and perilesional oedema both a little more extensive.", "critical", "increased"),
    ("The oedema and the haematoma have both increased.", "critical", "increased"),
    ("Left frontal haematoma. Perilesional oedema unchanged, as is the haematoma.", "routine", "stable"),
    # controls: the oedema alone grows, around a bleed stated unchanged
    ("Increase in perilesional oedema around an unchanged haematoma.", "routine", "stable"),
    ("Left frontal haematoma. Oedema has increased, but the haematoma is unchanged.", "routine", "stable"),
    (
        "Left frontal haematoma. Surrounding oedema has increased, and the haematoma is unchanged.",
        "routine",
        "stable",
    ),
    ("Left frontal haematoma. Oedema increased and haematoma stable.", "routine", "stable"),
    ("Increased oedema surrounding the haematoma, which is unchanged in size.", "routine", "stable"),
    (
        "Increase in the oedema around the haematoma. The haematoma itself is unchanged.",
        "routine",
        "stable",
    ),
    ("Increase in perilesional oedema and the haematoma is stable.", "routine", "stable"),
    (
        "Slight increase in perilesional oedema around a stable right frontal haematoma, as expected.",
        "routine",
        "stable",
    ),
    (
        "Perilesional oedema is a little more extensive around the unchanged haematoma.",
        "routine",
        "stable",
    ),
    (
        "Left frontal haematoma. Perilesional oedema is a little more extensive; the haematoma is unchanged.",
        "routine",
        "stable",
    ),
    # another sign, not the bleed, shares the growth: the bleed's change is not stated
    (
        "Left frontal haematoma. Perilesional oedema is a little more extensive, as is the mass effect.",
        "urgent",
        "not_stated",
    ),
]


@pytest.mark.parametrize(("text", "priority", "change"), _OEDEMA_AND_BLEED)
def test_a_growth_shared_with_the_bleed_is_the_bleeds(engine, text, priority, change) -> None:
    attrs, got = _read(engine, text)
    assert (got, attrs.change) == (priority, change), attrs


# 3. a checklist's ticked option is the change; the unticked one beside it is not chosen
_TICKED = [
    ("Haematoma: [x] stable [ ] increased", "routine", "stable"),
    ("Left SDH. Change: [x] stable [ ] increased [ ] decreased", "routine", "stable"),
    ("Left SDH. Change: [X] unchanged [ ] larger", "routine", "stable"),
    ("Right EDH. Compared with prior: [ ] stable [x] increased", "critical", "increased"),
    ("Left SDH. Change: [ ] stable [x] larger [ ] smaller", "critical", "increased"),
    ("Haematoma: [ ] stable [x] increased", "critical", "increased"),
    ("Left SDH. Change: [ ] increased [x] decreased", "routine", "decreased"),
    ("Contusion: [x] unchanged [ ] enlarged [ ] new", "routine", "stable"),
    ("Subdural haematoma: [ ] unchanged [ ] enlarged [x] smaller", "routine", "decreased"),
    ("SAH: [x] stable [ ] increased [ ] decreased", "routine", "stable"),
    ("Left SDH: [x] stable  [ ] increased  [ ] decreased. No midline shift.", "routine", "stable"),
]


@pytest.mark.parametrize(("text", "priority", "change"), _TICKED)
def test_a_ticked_box_is_the_change(engine, text, priority, change) -> None:
    attrs, got = _read(engine, text)
    assert (got, attrs.change) == (priority, change), attrs


# 4. a referrer's 'smaller' is overruled like its 'bigger': the reader's reply ("I disagree, it has grown")
# goes on about the bleed, and the reader's own growth wins
_SMALLER_OVERRULED = [
    (
        "Referrer says the bleed is smaller; I disagree, it has grown to 20 mm from 12 mm.",
        "critical",
        "increased",
    ),
    (
        "Referrer says the bleed is smaller. I disagree, it has grown to 20 mm from 12 mm.",
        "critical",
        "increased",
    ),
    ("Referrer says the bleed is smaller. I disagree, it has grown.", "critical", "increased"),
    ("Referrer says the bleed is smaller; I disagree, it has grown.", "critical", "increased"),
    (
        "Referrer says the SDH is smaller. I disagree: it has enlarged, 14 mm from 9 mm.",
        "critical",
        "increased",
    ),
    (
        "ED thinks the contusion is smaller. However, it has increased to 2.5 cm from 1.8 cm.",
        "critical",
        "increased",
    ),
    (
        "Team thinks the haematoma is resolving; on my review it has grown, 3.2 cm from 2.6 cm.",
        "critical",
        "increased",
    ),
    ("The ward felt the EDH was smaller. We disagree, it has enlarged.", "critical", "increased"),
    ("Referrer says the bleed is smaller. It has grown to 20 mm from 12 mm.", "critical", "increased"),
    ("Referrer says the bleed is smaller; I disagree, it is unchanged at 12 mm.", "routine", "stable"),
    ("Referrer says the SDH is bigger; I disagree, it is unchanged at 12 mm.", "routine", "stable"),
    # controls: the reader agrees, or says nothing of the change, or disagrees about something else
    (
        "Referrer says the bleed is smaller; I agree, it has decreased to 6 mm from 10 mm.",
        "routine",
        "decreased",
    ),
    ("Referrer says the bleed is smaller.", "routine", "decreased"),
    ("Left SDH smaller. I disagree with the referrer's request for surgery.", "routine", "decreased"),
]


@pytest.mark.parametrize(("text", "priority", "change"), _SMALLER_OVERRULED)
def test_a_referrers_smaller_is_overruled_by_the_readers_growth(engine, text, priority, change) -> None:
    attrs, got = _read(engine, text)
    assert (got, attrs.change) == (priority, change), attrs
