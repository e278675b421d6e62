# ruff: noqa: E501  (report texts are kept on one line each)
"""Writes heldout-2.jsonl: the worklist-priority held-out set 2 (issue 20), written by hand after the rules freeze.

Every text was invented for this set by a helper session in its own words, without looking at the rule tier, the
priority code, the synthetic generator or the texts of labeled.jsonl / heldout.jsonl (their first two lines and the
helpers below only, for the schema). Measured once, by the lead; never used to change the extractor or the policy.

Labels by hand (attributes); gold priority by make_set.gold_priority (the policy table on gold attributes). Each row
also states the priority its author meant (`want`); the script stops if the table disagrees, so a slip in the
attributes cannot pass silently. Conventions (README in this folder):
- change: of the bleed as a whole; one new or growing component makes it new/increased ("unchanged size but new
  IVH" is new); "redistribution" without growth is stable (or decreased when less blood is stated);
  "no_prior" only when the report says there is nothing to compare with.
- size_mm: the largest current dimension or thickness stated (cm converted; the later number of "7 -> 11 mm").
- mass_effect.known: signs stated as unchanged from the prior exam; mild: a shift called mild/slight without mm.
- hedged: the bleed itself is hedged ("possible", "cannot exclude", "probable"), not only its cause.

Run: python tests/data/priority/heldout2.py
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from make_set import _me, _t, gold_priority

OUT = Path(__file__).with_name("heldout-2.jsonl")
SDH, EDH, SAH, IPH, IVH = "subdural", "epidural", "subarachnoid", "intraparenchymal", "intraventricular"
CON, HT, OTH = "contusion", "hemorrhagic_transformation", "other"


def r(want, text, subtypes, acuity="not_stated", change="not_stated", me=None, size=None, hedged=False):
    return {**_t(text, subtypes, acuity, change, me, size, hedged), "kind": "heldout-2", "_want": want}


def shift(mm=None, known=False, mild=False, **kw):
    """A midline shift (mm when stated), optionally stated unchanged (known) or mild."""
    k = ["midline_shift"] if known else []
    return _me(midline_shift=True, midline_shift_mm=mm, mild=mild, known=k + kw.pop("known", []), **kw)


C, U, R = "critical", "urgent", "routine"

ROWS = [
    # ---- critical: new or increasing, or a critical sign (herniation, shift >= 5 mm, hydrocephalus, effaced cisterns)
    r(
        C,
        "The right frontal intraparenchymal haematoma has grown from 7 to 11 mm since the 02:00 scan.",
        [IPH],
        change="increased",
        size=11.0,
    ),
    r(
        C,
        "Left convexity subdural hematoma 6 -> 10 mm; midline shift now 0.7 cm.",
        [SDH],
        change="increased",
        me=shift(7.0),
        size=10.0,
    ),
    r(
        C,
        "Slightly increased right temporal contusion compared with the admission CT.",
        [CON],
        change="increased",
    ),
    r(
        C,
        "The subdural haematoma is of unchanged size, but there is new intraventricular haemorrhage layering in the occipital horns.",
        [SDH, IVH],
        change="new",
    ),
    r(
        C,
        "The left thalamic bleed is unchanged in size, but there is new extension into the third ventricle and early hydrocephalus.",
        [IPH, IVH],
        change="new",
        me=_me(hydrocephalus=True, intraventricular_extension=True),
    ),
    r(
        C,
        "Evolving bifrontal contusions, larger than on admission with more surrounding oedema (left 14 -> 22 mm).",
        [CON],
        change="increased",
        size=22.0,
    ),
    r(
        C,
        "Acute extradural haematoma in the right temporal fossa, 2.1 cm thick, with uncal herniation.",
        [EDH],
        "acute",
        me=_me(herniation=True),
        size=21.0,
    ),
    r(
        C,
        "New haemorrhagic conversion of the right MCA infarct, parenchymal haematoma type 2.",
        [HT],
        change="new",
    ),
    r(
        C,
        "Large left basal ganglia intracerebral haemorrhage with subfalcine herniation and 1.2 cm of rightward shift.",
        [IPH],
        me=shift(12.0, herniation=True),
    ),
    r(
        C,
        "Diffuse subarachnoid haemorrhage with acute hydrocephalus; the temporal horns are dilated.",
        [SAH],
        "acute",
        me=_me(hydrocephalus=True),
    ),
    r(
        C,
        "Postoperative study: new acute subdural collection beneath the craniotomy flap, 12 mm, with 5 mm midline shift.",
        [SDH],
        "acute",
        "new",
        me=shift(5.0),
        size=12.0,
    ),
    r(
        C,
        "Postoperative haemorrhage in the resection cavity has increased and now measures 3.5 cm.",
        [IPH],
        change="increased",
        size=35.0,
    ),
    r(
        C,
        "Acute subdural haematoma over the right hemisphere measuring 9 mm, with effacement of the basal cisterns.",
        [SDH],
        "acute",
        me=_me(cistern_effacement=True),
        size=9.0,
    ),
    r(C, "Left temporal lobe haematoma causing 0.5 cm of midline shift to the right.", [IPH], me=shift(5.0)),
    r(
        C,
        "Large right cerebellar haemorrhage with tonsillar herniation through the foramen magnum.",
        [IPH],
        me=_me(herniation=True),
    ),
    r(
        C,
        "Dear Dr Walsh, his repeat scan shows that the chronic subdural collection has enlarged to 19 mm and now contains fresh blood, so we have readmitted him under neurosurgery. Yours sincerely",
        [SDH],
        "mixed",
        "increased",
        size=19.0,
    ),
    r(
        C,
        "Interval increase in subarachnoid blood in the basal cisterns, in keeping with rebleeding.",
        [SAH],
        change="increased",
    ),
    r(
        C,
        "Haemorrhagic transformation of the left PCA infarct, increased in extent since yesterday.",
        [HT],
        change="increased",
    ),
    r(
        C,
        "Increasing intraventricular blood with enlarging temporal horns (hydrocephalus).",
        [IVH],
        change="increased",
        me=_me(hydrocephalus=True),
    ),
    r(
        C,
        "The haemorrhagic metastasis in the right frontal lobe has bled further: 28 mm, previously 19 mm.",
        [OTH],
        change="increased",
        size=28.0,
    ),
    r(C, "Pituitary apoplexy: new haemorrhage within the known macroadenoma.", [OTH], change="new"),
    r(C, "L SDH 12mm, MLS 8mm.", [SDH], me=shift(8.0), size=12.0),
    r(
        C,
        "Descending transtentorial herniation with Duret haemorrhages in the pons.",
        [IPH],
        me=_me(herniation=True),
    ),
    r(
        C,
        "Bilateral acute-on-chronic subdural haematomas: the right now 18 mm (was 11 mm), the left unchanged.",
        [SDH],
        "mixed",
        "increased",
        size=18.0,
    ),
    r(
        C,
        "Extradural haematoma slightly larger on the 6-hour scan, 11 mm versus 9 mm.",
        [EDH],
        change="increased",
        size=11.0,
    ),
    r(
        C,
        "Contusions in both temporal lobes have blossomed; the right now measures 3 cm.",
        [CON],
        change="increased",
        size=30.0,
    ),
    r(C, "Newly seen small subarachnoid haemorrhage in the left sylvian fissure.", [SAH], change="new"),
    r(
        C,
        "Intraventricular haemorrhage casting the lateral ventricles, with acute obstructive hydrocephalus.",
        [IVH],
        "acute",
        me=_me(hydrocephalus=True),
    ),
    r(
        C,
        "Redistribution of the intraventricular blood; however, the ventricles are larger than yesterday, in keeping with developing hydrocephalus.",
        [IVH],
        change="stable",
        me=_me(hydrocephalus=True),
    ),
    r(
        C,
        "Evolving hemorrhagic transformation of the right MCA territory infarct with increasing mass effect; midline shift 6 mm (previously 3 mm).",
        [HT],
        change="increased",
        me=shift(6.0),
    ),
    r(
        C,
        "Cerebellar hematoma, 3.2 cm, compressing the fourth ventricle, with upstream hydrocephalus.",
        [IPH],
        me=_me(hydrocephalus=True),
        size=32.0,
    ),
    r(
        C,
        "The left subdural haematoma is unchanged in thickness at 15 mm, but the midline shift is now 1.1 cm (0.4 cm before).",
        [SDH],
        change="stable",
        me=shift(11.0),
        size=15.0,
    ),
    r(C, "ACUTE LEFT FRONTAL EXTRADURAL HAEMATOMA, NEW SINCE THE CT OF THIS MORNING.", [EDH], "acute", "new"),
    r(
        C,
        "Further haemorrhage into the right frontal contusion, which has expanded from 1.5 cm to 2.6 cm.",
        [CON],
        change="increased",
        size=26.0,
    ),
    r(
        C,
        "Right temporal intracerebral haemorrhage with effacement of the basal cisterns and 7 mm of midline shift.",
        [IPH],
        me=shift(7.0, cistern_effacement=True),
    ),
    r(
        C,
        "Right hemispheric subdural hematoma with subfalcine herniation; the shift cannot be measured on this motion-degraded study.",
        [SDH],
        me=shift(None, herniation=True),
    ),
    r(
        C,
        "Interval development of a left parietal intraparenchymal hemorrhage in this patient on ECMO.",
        [IPH],
        change="new",
    ),
    r(C, "Small new acute subdural haemorrhage along the falx.", [SDH], "acute", "new"),
    r(
        C,
        "Haemorrhagic conversion within the left temporal venous infarct, new since the MRI two days ago.",
        [HT],
        change="new",
    ),
    r(
        C,
        "Postoperative: the evacuation cavity has reaccumulated acute blood, now 14 mm thick (was 4 mm).",
        [SDH],
        "acute",
        "increased",
        size=14.0,
    ),
    r(
        C,
        "Increasing traumatic SAH in the basal cisterns, with new intraventricular blood.",
        [SAH, IVH],
        change="increased",
    ),
    r(
        C,
        "Large left frontal lobar haemorrhage with uncal and subfalcine herniation.",
        [IPH],
        me=_me(herniation=True),
    ),
    r(
        C,
        "Interval enlargement of the left temporal contusion, 9 mm -> 16 mm, with a mild increase in oedema.",
        [CON],
        change="increased",
        size=16.0,
    ),
    r(
        C,
        "The subdural haematoma itself is unchanged, but the midline shift has increased from 4 to 7 mm.",
        [SDH],
        change="stable",
        me=shift(7.0),
    ),
    r(
        C,
        "Dear Dr Evans, I am writing to let you know that your patient's CT this week shows a new bleed in the right frontal lobe, and we have admitted her for blood pressure control. Kind regards, Stroke Registrar",
        [IPH],
        change="new",
    ),
    r(C, "Right convexity EDH 16 mm. Midline shift 0.9 cm.", [EDH], me=shift(9.0), size=16.0),
    r(
        C,
        "Haemorrhagic transformation of the large right MCA infarct, with effacement of the ambient and quadrigeminal cisterns.",
        [HT],
        me=_me(cistern_effacement=True),
    ),
    r(
        C,
        "Interval increase in the size of the haemorrhagic metastases, the largest now 2.4 cm.",
        [OTH],
        change="increased",
        size=24.0,
    ),
    r(
        C,
        "Possible thin subdural haemorrhage along the tentorium; there is, however, definite downward transtentorial herniation from the swollen right MCA infarct.",
        [SDH],
        me=_me(herniation=True),
        hedged=True,
    ),
    r(
        C,
        "ACUTE INTRAVENTRICULAR HAEMORRHAGE WITH DILATATION OF THE THIRD VENTRICLE AND TEMPORAL HORNS IN KEEPING WITH HYDROCEPHALUS.",
        [IVH],
        "acute",
        me=_me(hydrocephalus=True),
    ),
    r(C, "The epidural hematoma has increased from 0.8 to 1.3 cm.", [EDH], change="increased", size=13.0),
    r(
        C,
        "The right frontal intracerebral haemorrhage has expanded from 18 to 31 mL, with new intraventricular extension.",
        [IPH, IVH],
        change="increased",
        me=_me(intraventricular_extension=True),
    ),
    r(C, "Slight increase in the left tentorial subdural haemorrhage.", [SDH], change="increased"),
    r(
        C,
        "The previously small left frontal contusion has become a 25 mm haematoma (delayed traumatic intracerebral haemorrhage).",
        [CON, IPH],
        change="increased",
        size=25.0,
    ),
    r(
        C,
        "there is a new left subdural hematoma measuring one point two centimeters with five millimeters of midline shift period",
        [SDH],
        change="new",
        me=shift(5.0),
        size=12.0,
    ),
    r(
        C,
        "R parietal ICH: unchanged size but new IVH in the R lateral ventricle.",
        [IPH, IVH],
        change="new",
        me=_me(intraventricular_extension=True),
    ),
    # ---- routine: stable, decreasing or chronic known bleed, no new critical sign
    r(R, "Stable chronic left subdural haematoma, 9 mm.", [SDH], "chronic", "stable", size=9.0),
    r(
        R,
        "The right frontal haematoma is decreasing in size and density, now 18 mm (previously 25 mm).",
        [IPH],
        change="decreased",
        size=18.0,
    ),
    r(
        R,
        "Expected evolution of the left basal ganglia haemorrhage, which is now largely hypodense and smaller; no new blood.",
        [IPH],
        change="decreased",
    ),
    r(
        R,
        "Redistribution of intraventricular blood to the occipital horns, with less blood overall. Ventricles stable in size.",
        [IVH],
        change="decreased",
    ),
    r(
        R,
        "Postoperative changes after evacuation of a right subdural haematoma; a small residual collection of 4 mm, smaller than before surgery.",
        [SDH],
        change="decreased",
        size=4.0,
    ),
    r(
        R,
        "Resolving subarachnoid haemorrhage, with a little residual blood in the left sylvian fissure.",
        [SAH],
        change="decreased",
    ),
    r(
        R,
        "Chronic right SDH unchanged at 11 mm, with unchanged 5 mm midline shift.",
        [SDH],
        "chronic",
        "stable",
        me=shift(5.0, known=True),
        size=11.0,
    ),
    r(R, "Haemorrhagic transformation of the left MCA infarct is unchanged.", [HT], change="stable"),
    r(R, "Unchanged petechial hemorrhagic conversion in the right parietal infarct.", [HT], change="stable"),
    r(
        R,
        "Dear Dr Morgan, Mrs Adams' repeat scan at three months shows that her chronic subdural collection has almost completely resolved. No further imaging is needed. Yours sincerely",
        [SDH],
        "chronic",
        "decreased",
    ),
    r(
        R,
        "Bifrontal contusions are evolving as expected: smaller, with less surrounding oedema.",
        [CON],
        change="decreased",
    ),
    r(R, "Left extradural haematoma stable at 7 mm on the 6-hour scan.", [EDH], change="stable", size=7.0),
    r(
        R,
        "Chronic left subdural haematoma, 8 mm. No previous imaging for comparison.",
        [SDH],
        "chronic",
        "no_prior",
        size=8.0,
    ),
    r(
        R,
        "Intraventricular haemorrhage decreasing; hydrocephalus unchanged with the external ventricular drain in place.",
        [IVH],
        change="decreased",
        me=_me(hydrocephalus=True, known=["hydrocephalus"]),
    ),
    r(R, "The subdural haematoma is thinner, 8 -> 5 mm.", [SDH], change="decreased", size=5.0),
    r(R, "The subarachnoid blood has largely washed out.", [SAH], change="decreased"),
    r(R, "No change in the small right frontal subarachnoid haemorrhage.", [SAH], change="stable"),
    r(
        R,
        "Haemorrhagic metastasis in the left occipital lobe, stable at 14 mm after radiosurgery.",
        [OTH],
        change="stable",
        size=14.0,
    ),
    r(R, "STABLE APPEARANCE OF THE RIGHT TEMPORAL CONTUSION. NO NEW HAEMORRHAGE.", [CON], change="stable"),
    r(
        R,
        "Subacute right parietal haematoma, smaller than before, now 2 cm.",
        [IPH],
        "subacute",
        "decreased",
        size=20.0,
    ),
    r(
        R,
        "Mixed-density left subdural haematoma after burr holes, decreasing; midline shift reduced from 6 to 2 mm.",
        [SDH],
        "mixed",
        "decreased",
        me=shift(2.0),
    ),
    r(
        R,
        "Postoperative: the expected small amount of blood in the resection cavity is less than on the immediate postoperative scan.",
        [IPH],
        change="decreased",
    ),
    r(
        R,
        "Chronic left SDH with unchanged mild midline shift.",
        [SDH],
        "chronic",
        "stable",
        me=shift(None, known=True, mild=True),
    ),
    r(R, "Stable appearance of the intraventricular hemorrhage; no hydrocephalus.", [IVH], change="stable"),
    r(
        R,
        "Evolving subacute haemorrhage in the right thalamus, no change in size.",
        [IPH],
        "subacute",
        "stable",
    ),
    r(
        R,
        "Dear Dr Cho, I saw Mr Ryan in clinic today. His MRI shows that the small haemorrhage in the left frontal lobe is resolving, leaving a rim of haemosiderin. With best wishes",
        [IPH],
        change="decreased",
    ),
    r(R, "Tentorial subdural haemorrhage, unchanged.", [SDH], change="stable"),
    r(R, "Decreasing size of the right frontal contusion, 12 -> 7 mm.", [CON], change="decreased", size=7.0),
    r(
        R,
        "Cranial ultrasound: resolving grade 2 intraventricular haemorrhage on the left; ventricles not dilated.",
        [IVH],
        change="decreased",
    ),
    r(R, "The known epidural haematoma is unchanged at 1.0 cm.", [EDH], change="stable", size=10.0),
    r(
        R,
        "Haemorrhagic transformation decreasing in density; less mass effect than before.",
        [HT],
        change="decreased",
    ),
    r(
        R,
        "Old chronic right subdural haematoma with calcified membranes, unchanged since 2019.",
        [SDH],
        "chronic",
        "stable",
    ),
    r(
        R,
        "Stable right SDH, 7 mm, and stable 4 mm midline shift.",
        [SDH],
        change="stable",
        me=shift(4.0, known=True),
        size=7.0,
    ),
    r(
        R,
        "the left frontal haematoma is slightly smaller full stop no new haemorrhage full stop",
        [IPH],
        change="decreased",
    ),
    r(R, "Slightly decreased intraventricular blood in the occipital horns.", [IVH], change="decreased"),
    r(
        R,
        "Three-month follow-up: chronic left subdural haematoma, 14 mm, unchanged.",
        [SDH],
        "chronic",
        "stable",
        size=14.0,
    ),
    r(
        R,
        "Redistribution of subarachnoid blood into the posterior fossa cisterns, with an overall decrease.",
        [SAH],
        change="decreased",
    ),
    r(
        R,
        "Postoperative change after clot evacuation: residual haematoma 8 mm, decreased.",
        [IPH],
        change="decreased",
        size=8.0,
    ),
    r(
        R,
        "Stable hydrocephalus with the shunt in place; the intraventricular haemorrhage is resolving.",
        [IVH],
        change="decreased",
        me=_me(hydrocephalus=True, known=["hydrocephalus"]),
    ),
    r(R, "Haemorrhagic contusions unchanged in size and number.", [CON], change="stable"),
    r(R, "The extradural haematoma is smaller on follow-up, now 4 mm.", [EDH], change="decreased", size=4.0),
    r(R, "The haemorrhage from the pontine cavernoma is stable.", [IPH], change="stable"),
    r(
        R,
        "Subarachnoid haemorrhage decreased; the known mild hydrocephalus is unchanged.",
        [SAH],
        change="decreased",
        me=_me(hydrocephalus=True, known=["hydrocephalus"]),
    ),
    r(
        R,
        "Stable chronic-appearing left convexity SDH with unchanged 6 mm midline shift.",
        [SDH],
        "chronic",
        "stable",
        me=shift(6.0, known=True),
    ),
    r(
        R,
        "Near-complete resolution of the previously noted SAH, with a trace of blood in the right occipital sulcus.",
        [SAH],
        change="decreased",
    ),
    r(R, "chronic L SDH 6mm, stable vs last wk", [SDH], "chronic", "stable", size=6.0),
    r(
        R,
        "Dear Dr Iqbal, the follow-up MRI shows the small haemorrhagic transformation of her right MCA infarct is resolving, so we are happy for apixaban to start. Best wishes, Stroke Team",
        [HT],
        change="decreased",
    ),
    r(
        R,
        "The right frontoparietal contusions are evolving with expected decrease in attenuation and no new haemorrhage.",
        [CON],
        change="decreased",
    ),
    # ---- urgent: other new or hedged bleeds (change not stated or no prior; no critical sign)
    r(
        U,
        "Hyperacute right putaminal haemorrhage with a swirl sign, about 40 mL. No prior imaging.",
        [IPH],
        "acute",
        "no_prior",
    ),
    r(
        U,
        "Small acute left frontal subarachnoid haemorrhage. No comparison available.",
        [SAH],
        "acute",
        "no_prior",
    ),
    r(U, "Possible small subdural haematoma along the left tentorium.", [SDH], hedged=True),
    r(U, "Cannot exclude a tiny subarachnoid haemorrhage in the right frontal sulcus.", [SAH], hedged=True),
    r(
        U,
        "Acute right subdural haematoma, 5 mm, with mild midline shift.",
        [SDH],
        "acute",
        me=shift(None, mild=True),
        size=5.0,
    ),
    r(
        U,
        "Left temporal contusion with a small amount of traumatic SAH; 2 mm midline shift.",
        [CON, SAH],
        me=shift(2.0),
    ),
    r(U, "Subacute left subdural haematoma, 8 mm.", [SDH], "subacute", size=8.0),
    r(U, "Mixed-density right subdural haematoma, 10 mm, without midline shift.", [SDH], "mixed", size=10.0),
    r(U, "Intraventricular haemorrhage in the occipital horns; ventricles normal in size.", [IVH]),
    r(U, "Petechial haemorrhagic transformation in the left MCA infarct, without mass effect.", [HT]),
    r(
        U,
        "Findings suspicious for a small haemorrhagic metastasis in the right cerebellum.",
        [OTH],
        hedged=True,
    ),
    r(U, "Probable small epidural hematoma beneath the fracture, 3 mm.", [EDH], size=3.0, hedged=True),
    r(
        U,
        "Postoperative: small amount of blood in the surgical bed; no earlier postoperative imaging to compare.",
        [IPH],
        change="no_prior",
    ),
    r(U, "Postoperative thin subdural blood products, 3 mm, along the craniotomy site.", [SDH], size=3.0),
    r(
        U,
        "Acute right frontal intracerebral haemorrhage, 15 mm, with 3 mm midline shift.",
        [IPH],
        "acute",
        me=shift(3.0),
        size=15.0,
    ),
    r(
        U,
        "Lobar haemorrhage in the left occipital lobe, 2.5 cm, with surrounding oedema; no hydrocephalus and no herniation.",
        [IPH],
        size=25.0,
    ),
    r(U, "Thin acute subdural haemorrhage along the falx, 3 mm.", [SDH], "acute", size=3.0),
    r(U, "Traumatic subarachnoid haemorrhage in the left parietal sulci.", [SAH]),
    r(U, "Small haemorrhagic contusion in the left temporal pole, 8 mm.", [CON], size=8.0),
    r(
        U,
        "Isodense right subdural haematoma, 9 mm, with slight effacement of the sulci; no midline shift.",
        [SDH],
        "subacute",
        size=9.0,
    ),
    r(
        U,
        "Haemorrhage in the right cerebellar hemisphere, 12 mm; the fourth ventricle is patent and there is no hydrocephalus.",
        [IPH],
        size=12.0,
    ),
    r(
        U,
        "Equivocal hyperdensity in the interpeduncular fossa: small subarachnoid haemorrhage versus volume averaging.",
        [SAH],
        hedged=True,
    ),
    r(
        U,
        "Mild midline shift from an acute left subdural haematoma 6 mm thick.",
        [SDH],
        "acute",
        me=shift(None, mild=True),
        size=6.0,
    ),
    r(
        U,
        "Extradural haematoma of 5 mm under a linear fracture, without mass effect. First imaging of this patient.",
        [EDH],
        change="no_prior",
        size=5.0,
    ),
    r(
        U,
        "Blood in the fourth ventricle and the right lateral ventricle, likely from a small caudate haemorrhage.",
        [IVH, IPH],
        me=_me(intraventricular_extension=True),
    ),
    r(
        U,
        "Haemorrhagic transformation of the right MCA infarct cannot be excluded; a repeat CT is suggested.",
        [HT],
        hedged=True,
    ),
    r(
        U,
        "Pituitary macroadenoma with haemorrhagic components (apoplexy). No comparison.",
        [OTH],
        change="no_prior",
    ),
    r(U, "Acute intraparenchymal hemorrhage in the pons, 11 mm.", [IPH], "acute", size=11.0),
    r(
        U,
        "Probable subacute subdural haematoma, 7 mm, on the right.",
        [SDH],
        "subacute",
        size=7.0,
        hedged=True,
    ),
    r(U, "Multifocal small cortical haemorrhages in the setting of PRES, without mass effect.", [IPH]),
    r(
        U,
        "Possible new small subarachnoid haemorrhage in the right central sulcus.",
        [SAH],
        change="new",
        hedged=True,
    ),
    r(
        U,
        "Slight midline shift of 3 mm from a subacute contusion in the left frontal lobe.",
        [CON],
        "subacute",
        me=shift(3.0),
    ),
]


def main() -> None:
    bad = []
    with OUT.open("w", encoding="utf-8") as fh:
        for i, row in enumerate(ROWS):
            want = row.pop("_want")
            row["priority"] = gold_priority(row)
            if row["priority"] != want:
                bad.append((i, want, row["priority"], row["text"][:60]))
            fh.write(json.dumps({"id": f"h2-{i:03d}", **row}, ensure_ascii=False) + "\n")
    if bad:
        raise SystemExit(f"attributes disagree with the intended priority: {bad}")
    print(len(ROWS), dict(Counter(r["priority"] for r in ROWS)))
    print(dict(Counter(s for r in ROWS for s in r["subtypes"])))


if __name__ == "__main__":
    main()
