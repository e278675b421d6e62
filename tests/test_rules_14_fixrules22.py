# ruff: noqa: E501  (test texts are kept on one line each)
"""fixrules22: the rules-14 cues (set 13 kinds A, E, F) narrowed to what they were for, so that none of them
loses a bleed rules-13 caught. Each item's reviewer probes, more of our own in other words, and the controls
that must keep the rules-14 reading. Real packaged rules, read with and without the prefilters."""

from __future__ import annotations

import pytest

try:
    from tests.fixtures_rules import read_assertion as _read
except ImportError:  # tests/ itself on sys.path (pytest's default import mode; `tests` may be taken)
    from fixtures_rules import read_assertion as _read  # type: ignore[no-redef]
from triage.rules.engine import RuleEngine

# 1: a withdrawal cue ('wrongly stated', 'retracted') negates only a bleed it withdraws, not one of which a
# detail was wrong ('stated to be stable', 'noted as absent', 'not been retracted', 'withdrawn from the differential')
WITHDRAWN_DETAIL = [
    ("The bleed was incorrectly stated to be stable; it has enlarged to 30 mm.", "affirmed"),
    ("The IVH was incorrectly noted as absent on the preliminary read; it is present.", "affirmed"),
    ("The haemorrhage was wrongly described as chronic; it is acute.", "affirmed"),
    ("The SAH that was erroneously reported as resolved is still present.", "affirmed"),
    ("The subdural haematoma previously reported has not been retracted; it persists.", "affirmed"),
    ("The finding of acute SDH is now withdrawn from the differential as it is clearly real.", "affirmed"),
    ("The extradural haematoma was mistakenly reported as 6 mm; it measures 11 mm.", "affirmed"),
    ("Left SDH, its size was incorrectly reported on the outside study, now 9 mm.", "affirmed"),
    ("The contusion was wrongly documented on the left; it lies in the right temporal lobe.", "affirmed"),
    ("The parenchymal haemorrhage was erroneously labelled as subacute, it is hyperacute.", "affirmed"),
    (
        "Intraventricular blood, incorrectly described as resolving on the prior report, has increased.",
        "affirmed",
    ),
    ("The SDH was falsely reported to be smaller; it measures 7 mm.", "affirmed"),
    ("Acute subdural haematoma. This finding was never retracted and is confirmed today.", "affirmed"),
    ("The subarachnoid haemorrhage is not withdrawn; it is well seen on the CTA source images.", "affirmed"),
    ("Subdural haematoma: the thickness was incorrectly stated; it is 12 mm, not 8 mm.", "affirmed"),
    (
        "Haemorrhage in the left basal ganglia, erroneously stated to be a calcification by the night reader.",
        "affirmed",
    ),
    ("The IVH was not wrongly reported; it is unchanged.", "affirmed"),
    # controls: the bleed itself withdrawn stays negated
    ("The report wrongly implied a new bleed.", "negated"),
    ("The preliminary report wrongly stated a subdural haematoma.", "negated"),
    ("Haemorrhage was erroneously reported on the preliminary read.", "negated"),
    ("The finding of IVH has been retracted.", "negated"),
    ("The calcification was erroneously described as an acute bleed.", "negated"),
    ("The choroid plexus was mistakenly reported as intraventricular haemorrhage.", "negated"),
    ("The falx was incorrectly stated to be a subdural haematoma.", "negated"),
    ("Addendum: the SAH mentioned in the preliminary report is withdrawn.", "negated"),
    ("The subdural haematoma was wrongly reported.", "negated"),
    ("The night reader erroneously called a left SDH; the density is beam hardening.", "negated"),
]
# 2: a past year dates only the bleed it modifies ('since the 2020 cerebral haemorrhage'), not one after an
# event of that year, one without a determiner ('since 2025 SDH growing') or a second bleed
DATED_BY_YEAR = [
    ("After the 2024 fall, SDH on the left.", "affirmed"),
    ("Following the 2023 SAH a further subarachnoid haemorrhage has occurred.", "affirmed"),
    ("Since 2025 subdural haematoma growing slowly, now 14 mm.", "affirmed"),
    ("Since 2024 right convexity SDH slowly enlarging, now 10 mm.", "affirmed"),
    ("After the 2022 accident, left frontal contusion with haemorrhage.", "affirmed"),
    ("Following the 2021 craniotomy, a subdural haematoma has developed.", "affirmed"),
    ("Since the 2020 surgery, SDH has reaccumulated to 15 mm.", "affirmed"),
    (
        "Following her 2019 SAH there is now a second subarachnoid haemorrhage in the left sylvian fissure.",
        "affirmed",
    ),
    ("After the 2023 assault, extradural haematoma in the right temporal region.", "affirmed"),
    ("From 2024 the left SDH has been followed and is now larger.", "affirmed"),
    ("Post the 2025 collision, small subarachnoid haemorrhage in the right frontal sulci.", "affirmed"),
    ("Since the 2018 admission an intraventricular haemorrhage has appeared.", "affirmed"),
    # controls: a bleed dated by its own year stays historical
    ("On levetiracetam since the 2020 cerebral haemorrhage.", "historical"),
    ("Dysphasia following her 2017 intracerebral haemorrhage, stable.", "historical"),
    ("Shunt inserted after the 2011 intraventricular haemorrhage.", "historical"),
    ("Headaches since the 2015 subarachnoid haemorrhage, managed by GP.", "historical"),
    ("Left hemiparesis from his 2016 right capsular bleed.", "historical"),
    ("Anticoagulation stopped after the 2021 subdural haematoma.", "historical"),
    ("Memory impairment since the 2018 traumatic SAH.", "historical"),
    # a document of a past year read now (the event-year pseudo does not hide it)
    ("Letter from 2021 reviewed: left SDH, evacuated.", "historical"),
    ("Discharge summary from the 2019 admission: subarachnoid haemorrhage, coiled.", "historical"),
    ("Report from 2022 admission: acute subdural haematoma now enlarging on today's CT.", "affirmed"),
]
# 3: 'background of an old X' with a new, acute, fresh or hyperdense part or a rebleed is a bleed of now
BACKGROUND_OLD = [
    ("Background of an old SDH with a new hyperdense component.", "affirmed"),
    ("On a background of an old left SDH there is an acute component layering posteriorly.", "affirmed"),
    ("Background of a previous right frontal haemorrhage with fresh blood at its margin.", "affirmed"),
    ("Backdrop of an old subdural collection, now with a hyperdense rebleed.", "affirmed"),
    ("On a background of old SDH with acute-on-chronic change.", "affirmed"),
    ("Background of a remote left SDH with superimposed acute haemorrhage.", "affirmed"),
    ("Background of an old parenchymal haematoma with new blood in the left ventricle.", "affirmed"),
    ("Background of an old chronic subdural collection with hyperacute haemorrhage.", "affirmed"),
    ("On a background of a prior SAH with rebleeding today.", "affirmed"),
    ("Against a background of old subdural blood, fresh haemorrhage along the tentorium.", "affirmed"),
    # controls: the old bleed alone stays historical
    ("On a background of an old haemorrhagic stroke, presents with sepsis.", "historical"),
    (
        "Background of an old left parietal haemorrhage. Admitted with a fall, CT shows no acute intracranial abnormality.",
        "historical",
    ),
    ("Against a background of an old right thalamic haemorrhage he walks with a frame.", "historical"),
    ("On a background of a remote SAH, clipped, now with a chest infection.", "historical"),
    ("Background of an old cerebellar haemorrhage, new onset of atrial fibrillation.", "historical"),
]
# 4: a course stated of a known bleed under an indication heading is a result; a question stays a request
INDICATION_COURSE = [
    ("Clinical data: post-op day 1, SDH reaccumulated.", "affirmed"),
    ("Clinical data: known SDH with new left weakness.", "affirmed"),
    ("Clinical details: enlarging left SDH, for repeat CT.", "affirmed"),
    ("Clinical notes: the SDH has grown, GCS 13.", "affirmed"),
    ("Clinical data: SDH now enlarged to 12 mm, anticoagulated.", "affirmed"),
    ("Request: subdural haematoma increasing on serial imaging, please repeat.", "affirmed"),
    ("Indication: post-op day 2, subdural haematoma re-accumulating.", "affirmed"),
    ("Reason for scan: known SAH with new drowsiness.", "affirmed"),
    ("Clinical information: expanding right temporal contusion, on dabigatran.", "affirmed"),
    ("Indication for repeat CT: IVH progressing, EVD in situ.", "affirmed"),
    ("Clinical data: known left SDH with new confusion, on apixaban.", "affirmed"),
    ("Clinical details: evolving bifrontal contusions, GCS 12.", "affirmed"),
    # controls: a question or a request stays hypothetical
    ("Clinical data: fall on warfarin, ?SDH", "hypothetical"),
    ("Clinical data: ?SDH reaccumulation", "hypothetical"),
    ("Indication: known SDH, rule out expansion.", "hypothetical"),
    ("Clinical data: assess enlarging SDH", "hypothetical"),
    ("Indication: known SAH, ?vasospasm, ?rebleed.", "hypothetical"),
    ("Indication: increasing headache, SAH", "hypothetical"),
    ("Indication for repeat CT: ?new bleed.", "hypothetical"),
    ("Clinical data: known SDH, ?enlarging.", "hypothetical"),
    ("Reason for exam: evaluate for increasing SDH", "hypothetical"),
    ("Indication: query enlarging haematoma", "hypothetical"),
    ("Clinical details: headache, r/o SAH.", "hypothetical"),
]


@pytest.mark.parametrize(("text", "want"), WITHDRAWN_DETAIL)
def test_withdrawal_negates_only_the_bleed_withdrawn(
    engine: RuleEngine, full: RuleEngine, text: str, want: str
) -> None:
    assert _read(engine, full, text) == want


@pytest.mark.parametrize(("text", "want"), DATED_BY_YEAR)
def test_a_year_dates_only_its_own_bleed(engine: RuleEngine, full: RuleEngine, text: str, want: str) -> None:
    assert _read(engine, full, text) == want


@pytest.mark.parametrize(("text", "want"), BACKGROUND_OLD)
def test_background_of_old_ends_at_a_new_part(
    engine: RuleEngine, full: RuleEngine, text: str, want: str
) -> None:
    assert _read(engine, full, text) == want


@pytest.mark.parametrize(("text", "want"), INDICATION_COURSE)
def test_indication_stating_a_course_is_a_result(
    engine: RuleEngine, full: RuleEngine, text: str, want: str
) -> None:
    assert _read(engine, full, text) == want
