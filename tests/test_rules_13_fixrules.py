# ruff: noqa: E501  (test texts are kept on one line each)
"""fixrules: the rules-13 regression a reviewer found (tune18b's teaching, risk, 'clear of' and 'since her'
cues read a patient's own bleed as hypothetical, negated or historical, and the rule tier then vetoed the
model). The reviewer's texts (/tmp/reviewer21/adv, base a9b990c read each affirmed) and variants in other
words for every kind; real packaged rules, no mocks."""

from __future__ import annotations

import pytest

from triage.rules.engine import RuleEngine
from triage.rules.result import POSITIVE

# this patient's bleed, written beside a word tune18b had made a teaching / risk / negation / history cue
AFFIRMED = [
    # 'warned of / about' a critical result to a clinician
    "Critical result: Dr Patel warned of the acute epidural hematoma at 0310 by telephone.",
    "Dr Khan was warned about the acute subdural haematoma at 14:05.",
    "Urgent finding: the on-call neurosurgeon was warned of a 12 mm acute subdural haematoma at 0140.",
    "Result phoned; ED registrar warned about the new intraventricular haemorrhage, 16:20.",
    # 'side / adverse effects / events include' a complication found on this scan
    "Post-thrombolysis CT. Adverse events include hemorrhagic transformation of the left MCA infarct, now present as a 2 cm parenchymal hematoma.",
    "Complication check after tPA: adverse events include a new 3 cm right frontal parenchymal haematoma.",
    "After coiling, adverse effects include acute subarachnoid haemorrhage along the right sylvian fissure.",
    # a peer-learning addendum names the bleed that was missed
    "ADDENDUM (peer learning). Learning points: small acute subdural haematoma along the left tentorium, not mentioned on the preliminary read.",
    "Peer review. Learning point: the 5 mm right frontal extradural haematoma was missed on the overnight read.",
    "Discrepancy meeting - teaching points: acute SAH in the left sylvian fissure, subtle on the first images.",
    # 'typically / classically' beside this patient's bleed
    "Acute left putaminal hemorrhage, a site where hypertensive hemorrhage typically occurs.",
    "Crescentic acute subdural hematoma that characteristically crosses the coronal suture, 8 mm thick.",
    "Acute lobar haemorrhage in the right occipital lobe, 4 cm, where amyloid bleeds commonly arise.",
    "Hyperdense biconvex extradural collection, 15 mm, which typically follows a temporal bone fracture.",
    # 'may / can arise / present / occur' about a bleed that is there
    "Diffuse subarachnoid blood may arise from the 7 mm anterior communicating artery aneurysm.",
    "The intraventricular hemorrhage may present a risk of hydrocephalus",
    "Basal cistern subarachnoid haemorrhage could arise from the left MCA bifurcation aneurysm.",
    "The 2 cm left thalamic haematoma can present a risk of ventricular extension.",
    # 'clear of' something else, then the bleed after a comma
    "The ventricles are clear of blood, the acute subdural collection measures 9 mm.",
    "Airway clear of obstruction, acute subdural hematoma over the right convexity.",
    "Mastoid air cells clear of fluid, acute right temporal extradural haematoma 11 mm.",
    "Sinuses are clear of secretions, there is a 7 mm acute subdural haematoma.",
    # a symptom's differential, then the bleed the scan confirms
    "The differential for her headache includes SAH, and CT confirms acute SAH in the basal cisterns.",
    "The differential for his collapse includes ICH, and CT shows a 3 cm acute right thalamic haemorrhage.",
    "Eclampsia can be complicated by haemorrhage, and there is a 2 cm acute left parietal haematoma.",
    # 'since her / his <bleed>' with a time near: this admission's bleed
    "Worse headache since his intraventricular hemorrhage yesterday; ventricles now larger.",
    "Day 5 since her subarachnoid haemorrhage.",
    "Third day since her subdural haematoma; the drain is still in situ.",
    "Seizures since his intracerebral haemorrhage on Tuesday; CT today shows the haematoma unchanged at 3 cm.",
]


@pytest.mark.parametrize("text", AFFIRMED)
def test_a_patients_own_bleed_stays_a_finding(engine: RuleEngine, full: RuleEngine, text: str) -> None:
    got = engine.assess(text)
    assert got == full.assess(text)  # the prefilters and sentence pieces change nothing
    assert got.assertion in POSITIVE, got.assertion


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # base read these so; kept (a risk listed, a scan clear of a bleed, a hedged complication)
        ("CT brain clear of haemorrhage.", "negated"),
        ("Thrombolysis consent: risks include intracranial haemorrhage and angio-oedema.", "hypothetical"),
        (
            "Venous sinus thrombosis may be followed by hemorrhagic venous infarction, which is present in the left temporal lobe.",
            "uncertain",
        ),
    ],
)
def test_controls_keep_their_reading(engine: RuleEngine, full: RuleEngine, text: str, want: str) -> None:
    got = engine.assess(text)
    assert got == full.assess(text)
    assert got.assertion == want
