# ruff: noqa: E501  (test texts are kept on one line each)
"""fixrules23: three regressions of rules-15 (review23) and one older kind, each a real bleed read negative
because a cue meant for something else vetoed it. New words per kind, with controls that keep rules-15's
readings. Real packaged rules, read with and without the prefilters."""

from __future__ import annotations

import pytest

try:
    from tests.fixtures_rules import read_assertion as _read
except ImportError:  # tests/ itself on sys.path (pytest's default import mode; `tests` may be taken)
    from fixtures_rules import read_assertion as _read  # type: ignore[no-redef]
from triage.rules.engine import RuleEngine

NEG = ("negated", "historical", "hypothetical", "none")
POS = ("affirmed", "uncertain")

# 1: something else eliminated / excluded / ruled out as the bleed's cause: the bleed stays
CAUSE_ELIMINATED = [
    ("Trauma was eliminated as the cause of the subarachnoid haemorrhage; aneurysm suspected.", POS),
    (
        "Hypertension has been eliminated as the source of the acute parenchymal haematoma in the left thalamus.",
        POS,
    ),
    ("Coagulopathy was eliminated as a contributor to the acute subdural haematoma.", POS),
    ("Aneurysm eliminated on CTA as the source of the subarachnoid bleed.", POS),
    ("Trauma was excluded as the cause of the SAH.", POS),
    ("Trauma was ruled out as the cause of the SAH.", POS),
    (
        "Anticoagulation has been ruled out as the explanation for the right frontal intracerebral haemorrhage.",
        POS,
    ),
    ("Venous thrombosis was excluded as the origin of the left temporal haematoma.", POS),
    # controls: the bleed itself eliminated / excluded / ruled out; eliminated said of another thing
    ("Vascular malformation eliminated. Intraparenchymal haemorrhage likely hypertensive.", POS),
    ("Haemorrhage was excluded.", NEG),
    ("SAH ruled out.", NEG),
    ("Subdural haematoma has been eliminated as a diagnosis on the repeat scan.", NEG),
    ("SAH was ruled out as the cause of the headache.", NEG),
    ("Intracranial bleeding was excluded as a source of her confusion.", NEG),
]

# 2: a screen's title answered with presence: the answer is the finding
SCREEN_ANSWERED = [
    ("ICH screen: positive", POS),
    ("ICH screening: POSITIVE", POS),
    ("SAH screen: positive, xanthochromia noted", POS),
    ("SDH screen: yes", POS),
    ("Haemorrhage screen:\nPositive", POS),
    ("Bleed screen: detected", POS),
    ("Intracranial haemorrhage checklist: present", POS),
    # controls: the title with its lines answered no, or answered negative itself
    ("HAEMORRHAGE SCREEN:\nSDH: negative\nSAH: negative", NEG),
    ("ICH screen: negative", NEG),
    ("Bleed screen:\nNo", NEG),
    ("SAH screen: yes / no", NEG),
    # review23c: a blank choice, or a presence word that answers something else, is no finding
    ("ICH screen: Yes No", NEG),
    ("SAH screen: Y N", NEG),
    ("ICH screen: Y/N", NEG),
    ("ICH screen: Yes No N/A", NEG),
    ("SAH screen: positive thunderclap features. CT: no subarachnoid blood.", NEG),
    ("ICH screen: positive anticoagulation history. CT head: no intracranial haemorrhage.", NEG),
    ("Haemorrhage screen: present on warfarin, CT normal.", NEG),
    ("Bleed screen: seen by registrar. No haemorrhage on CT.", NEG),
    ("SAH screen: positive if xanthochromia present on LP.", NEG),
]

# review23c: an acute subdural collection beside a separate hygroma is still the collection
COLLECTION_AND_HYGROMA = [
    ("Acute left subdural collection but chronic right hygroma.", POS),
    ("Acute subdural collection layering posteriorly whereas hygroma anteriorly.", POS),
    ("Acute subdural collection which shows a hygroma component anteriorly.", POS),
]

# 3: this patient's own bed or bay named: not another patient's reading
OWN_BED = [
    ("Large acute SAH with hydrocephalus; this is the patient in bed 7, neurosurgery informed.", POS),
    ("Acute SDH confirmed. Scan is for the patient in bay 3, please action urgently.", POS),
    ("Acute SDH, 12 mm, midline shift; was the patient in bay 2 at handover.", POS),
    (
        "Acute left SDH 10 mm. Results were for the next patient on the list? No - confirmed correct patient.",
        POS,
    ),
    ("Right parietal haemorrhage 3 cm; these images are for the patient in room 12.", POS),
    # controls: the reading given to another patient
    ("The SDH reported earlier was for the patient in bed 4, not this patient. Her CT is normal.", NEG),
    ("Correction: the SAH belonged to the patient in bay 5. This scan is normal.", NEG),
    ("The ICH on the worklist was actually for the wrong patient; this CT head is normal.", NEG),
    ("The SDH result was for the next patient, not this patient. No haemorrhage here.", NEG),
]

CASES = CAUSE_ELIMINATED + SCREEN_ANSWERED + OWN_BED + COLLECTION_AND_HYGROMA


@pytest.mark.parametrize(("text", "want"), CASES)
def test_fixrules23_kinds_read_as_labelled(
    engine: RuleEngine, full: RuleEngine, text: str, want: tuple[str, ...]
) -> None:
    assert _read(engine, full, text) in want
