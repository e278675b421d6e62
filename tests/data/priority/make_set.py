# ruff: noqa: E501  (report texts are kept on one line each)
"""Writes labeled.jsonl: the worklist-priority labeled set (issue 20), written for this project by hand.

Part A (``kind: composed``): sentences composed from hand-written variants — for each subtype many phrasings of
the bleed, of its acuity, of the change since the prior exam (in the bleed sentence or in a follow-on "This
..." sentence) and of mass effect (stated, measured, negated, stated stable), in report layouts unlike the
synthetic generator's (numbered impressions, lower case, British spelling, capitals, incidental findings,
wrapped lines). Every subtype x change pair occurs, mass effect rotates through them. The labels come from the
pieces chosen, never from triage. Part B (``kind: tricky``): whole reports written one by one with their labels
("slightly increased", "unchanged size but new IVH", "evolving", "redistribution", "postoperative", hedges,
stable mass effect, measurements in cm, words for numbers). Part C (``kind: round2``, appended later so the
earlier ids stay): the error kinds of the first held-out measurement in new words (growth told by numbers,
"interval hemorrhagic conversion", a bare contusion, capitals hedges, contractions, "old" on a collection).

Gold priority: the policy table of triage/priority/policy.py applied to the gold attributes by the small
function `gold_priority` below (written again here, not imported).

Run: python tests/data/priority/make_set.py  (deterministic: seed 20)
"""

from __future__ import annotations

import json
import random
from pathlib import Path

OUT = Path(__file__).with_name("labeled.jsonl")
SIDES = ["left", "right"]

BLEEDS: dict[str, list[str]] = {
    "epidural": [
        "{side} temporal epidural hematoma",
        "extradural haematoma over the {side} parietal convexity",
        "EDH along the {side} frontal convexity",
        "{side} parieto-occipital epidural hemorrhage",
        "epidural haematoma, {side} temporal",
    ],
    "subdural": [
        "{side} holohemispheric subdural hematoma",
        "SDH along the {side} convexity",
        "{side} frontoparietal subdural haemorrhage",
        "subdural hematoma layering along the {side} tentorium",
        "{side} convexity subdural hemorrhage",
        "para-falcine subdural blood",
    ],
    "subarachnoid": [
        "subarachnoid hemorrhage in the {side} sylvian fissure",
        "SAH within the basal cisterns",
        "sulcal subarachnoid blood over the {side} frontal convexity",
        "traumatic subarachnoid haemorrhage in the {side} parietal sulci",
        "scattered subarachnoid hemorrhage",
    ],
    "intraparenchymal": [
        "{side} basal ganglia hemorrhage",
        "intraparenchymal hematoma in the {side} frontal lobe",
        "{side} thalamic intraparenchymal hemorrhage",
        "lobar intracerebral haemorrhage in the {side} occipital lobe",
        "IPH in the {side} cerebellar hemisphere",
        "intracerebral hematoma centred in the {side} putamen",
    ],
    "intraventricular": [
        "intraventricular hemorrhage layering in the occipital horns",
        "IVH in the {side} lateral ventricle",
        "intraventricular blood in the fourth ventricle",
        "intraventricular haemorrhage",
    ],
    "contusion": [
        "hemorrhagic contusions of the {side} frontal lobe",
        "{side} temporal haemorrhagic contusion",
        "bifrontal hemorrhagic contusions",
        "contusional hemorrhage in the {side} temporal pole",
    ],
    "hemorrhagic_transformation": [
        "hemorrhagic transformation of the {side} MCA territory infarct",
        "haemorrhagic transformation of the known {side} frontal infarct",
        "hemorrhagic transformation within the {side} PCA infarct",
    ],
    "other": [
        "intracranial hemorrhage",
        "intracranial haemorrhage near the {side} frontal horn",
        "extra-axial hematoma along the {side} frontal convexity",
    ],
}
ACUITY = {
    "acute": ["acute", "acute", "hyperacute", "hyperdense"],
    "subacute": ["subacute", "early subacute", "isodense"],
    "chronic": ["chronic", "chronic", "old", "hypodense"],
    "mixed": ["acute-on-chronic", "mixed-density", "acute on chronic"],
    "not_stated": [""],
}
# (prefix before the bleed, suffix after it, follow-on sentence) variants; {b} = bleed phrase
CHANGE = {
    "new": [
        "New {b}.",
        "Interval development of {b}.",
        "{B}, new since the prior CT.",
        "{B}. This was not present on the previous study.",
        "Newly seen {b}.",
    ],
    "increased": [
        "{B}, increased in size since the prior exam.",
        "{B}, slightly increased compared with yesterday.",
        "Interval enlargement of the {b}.",
        "{B}. This is larger than on the earlier scan.",
        "{B} has expanded since the prior study.",
        "Worsening {b}.",
    ],
    "stable": [
        "Stable {b}.",
        "{B}, unchanged from the prior examination.",
        "{B} with no significant interval change.",
        "{B}. It is similar in size to the prior study.",
        "Again seen is the {b}, unchanged.",
        "Evolving {b}.",
    ],
    "decreased": [
        "{B}, decreased in size.",
        "Decreasing {b}.",
        "{B}. This is smaller than on the prior CT.",
        "Resolving {b}.",
        "{B}, partially resorbed since the last study.",
        "Interval decrease in the {b}.",
    ],
    "no_prior": [
        "{B}. No prior imaging for comparison.",
        "{B}.\nComparison: none.",
        "{B}. No previous studies are available.",
    ],
    "not_stated": ["{B}.", "There is {b}.", "{B} is present.", "Findings consistent with {b}."],
}
# mass-effect variants: (text, gold fields); text may hold {mm}
MASS = [
    ("", {}),
    ("No midline shift.", {}),
    ("No midline shift, herniation or hydrocephalus.", {}),
    ("The basal cisterns are patent.", {}),
    ("There is {mm} mm of rightward midline shift.", {"midline_shift": True, "mm": "big"}),
    ("Midline shift measures {mm} mm.", {"midline_shift": True, "mm": "small"}),
    ("Mild leftward midline shift.", {"midline_shift": True, "mild": True}),
    (
        "Effacement of the basal cisterns with early uncal herniation.",
        {"cistern_effacement": True, "herniation": True},
    ),
    ("Subfalcine herniation of {mm} mm.", {"herniation": True, "midline_shift": True, "mm": "big"}),
    ("Obstructive hydrocephalus.", {"hydrocephalus": True}),
    ("The ventricles are dilated, consistent with hydrocephalus.", {"hydrocephalus": True}),
    ("Perimesencephalic cisterns are effaced.", {"cistern_effacement": True}),
    ("Stable {mm} mm midline shift.", {"midline_shift": True, "mm": "big", "known": ["midline_shift"]}),
    ("Hydrocephalus is unchanged.", {"hydrocephalus": True, "known": ["hydrocephalus"]}),
]
EXTRAS = [
    "Chronic small vessel ischemic change.",
    "Paranasal sinuses are clear.",
    "Old right cerebellar infarct.",
    "No calvarial fracture.",
    "Mastoid air cells are clear.",
    "Age-appropriate volume loss.",
]
HEDGES = ["Possible {b}.", "Cannot exclude a small {b}.", "Findings suspicious for {b}."]
CRITICAL_SIGNS = ("herniation", "hydrocephalus", "cistern_effacement")


def gold_priority(row: dict) -> str:
    """The policy table (triage/priority/policy.py docstring), on gold labels."""
    me, known = row["mass_effect"], set(row["mass_effect"].get("known", []))
    crit = [s for s in CRITICAL_SIGNS if me.get(s) and s not in known]
    if me.get("midline_shift") and "midline_shift" not in known:
        mm = me.get("midline_shift_mm")
        if (mm is not None and mm >= 5) or (mm is None and not me.get("mild")):
            crit.append("shift")
    if crit:
        return "critical"
    if row["hedged"] or (row.get("change_hedged") and row["change"] in ("new", "increased")):
        return "urgent"  # a hedged bleed, or a hedged growth of a stated bleed ("possibly slightly larger")
    if row["change"] in ("new", "increased"):
        return "critical"
    if row["change"] in ("stable", "decreased"):
        return "routine"
    if row["acuity"] == "chronic":
        return "routine"
    return "urgent"


def _layout(rng: random.Random, sentences: list[str]) -> str:
    style = rng.randrange(6)
    if style == 0:
        return "IMPRESSION:\n" + "\n".join(f"{i}. {s}" for i, s in enumerate(sentences, 1))
    if style == 1:
        return " ".join(sentences).lower()
    if style == 2:
        return "Impression: " + " ".join(sentences)
    if style == 3:
        return "\n".join(sentences)
    if style == 4:
        return " ".join(sentences).upper()
    return " ".join(sentences)


def composed(rng: random.Random) -> list[dict]:
    rows = []
    mass_cycle = 0
    for subtype, phrases in BLEEDS.items():
        for change in CHANGE:
            for k in range(4):
                acuity = rng.choice(list(ACUITY))
                if change in ("new", "increased") and acuity == "chronic":
                    acuity = "acute"
                word = rng.choice(ACUITY[acuity])
                bleed = rng.choice(phrases).format(side=rng.choice(SIDES))
                if word:
                    bleed = f"{word} {bleed}"
                template = CHANGE[change][(k + mass_cycle) % len(CHANGE[change])]
                hedged = (
                    k == 3
                    and subtype in ("subarachnoid", "subdural", "intraparenchymal")
                    and change == "not_stated"
                )
                if hedged:
                    template = rng.choice(HEDGES)
                first = template.replace("{B}", bleed[:1].upper() + bleed[1:]).replace("{b}", bleed)
                text_mass, fields = MASS[mass_cycle % len(MASS)]
                mass_cycle += 1
                mm = None
                if "{mm}" in text_mass:
                    mm = (
                        rng.choice([5, 6, 7, 8, 9, 11, 12])
                        if fields.get("mm") == "big"
                        else rng.choice([2, 3, 4])
                    )
                    text_mass = text_mass.format(mm=mm)
                sentences = [first]
                if text_mass:
                    sentences.append(text_mass)
                if rng.random() < 0.4:
                    sentences.append(rng.choice(EXTRAS))
                row = {
                    "kind": "composed",
                    "text": _layout(rng, sentences),
                    "subtypes": [subtype],
                    "acuity": acuity,
                    "change": "not_stated" if hedged else change,
                    "hedged": hedged,
                    "mass_effect": {
                        "midline_shift": bool(fields.get("midline_shift")),
                        "midline_shift_mm": float(mm) if mm is not None else None,
                        "mild": bool(fields.get("mild")),
                        "herniation": bool(fields.get("herniation")),
                        "cistern_effacement": bool(fields.get("cistern_effacement")),
                        "hydrocephalus": bool(fields.get("hydrocephalus")),
                        "intraventricular_extension": False,
                        "known": list(fields.get("known", [])),
                    },
                    "size_mm": None,
                }
                rows.append(row)
    return rows


def _me(**kw: object) -> dict:
    base = {
        "midline_shift": False,
        "midline_shift_mm": None,
        "mild": False,
        "herniation": False,
        "cistern_effacement": False,
        "hydrocephalus": False,
        "intraventricular_extension": False,
        "known": [],
    }
    base.update(kw)
    return base


def _t(text, subtypes, acuity, change, me=None, size=None, hedged=False) -> dict:
    return {
        "kind": "tricky",
        "text": text,
        "subtypes": subtypes,
        "acuity": acuity,
        "change": change,
        "hedged": hedged,
        "mass_effect": me or _me(),
        "size_mm": size,
    }


TRICKY = [
    _t(
        "Right frontal intraparenchymal hematoma, unchanged size but new IVH.",
        ["intraparenchymal", "intraventricular"],
        "not_stated",
        "new",
    ),
    _t(
        "Left SDH is slightly increased, now 8 mm thick (previously 6 mm).",
        ["subdural"],
        "not_stated",
        "increased",
        size=8.0,
    ),
    _t(
        "Evolving bifrontal haemorrhagic contusions without new haemorrhage.",
        ["contusion"],
        "not_stated",
        "stable",
    ),
    _t(
        "Redistribution of intraventricular blood into the occipital horns. No hydrocephalus.",
        ["intraventricular"],
        "not_stated",
        "stable",
    ),
    _t(
        "Postoperative changes of left craniotomy for SDH evacuation. Small residual subdural hematoma, decreased.",
        ["subdural"],
        "not_stated",
        "decreased",
    ),
    _t(
        "Status post right frontal craniotomy. Expected postoperative blood products along the resection cavity, stable.",
        ["other"],
        "not_stated",
        "stable",
    ),
    _t(
        "Postoperative left subdural hematoma has increased in size with 7 mm midline shift.",
        ["subdural"],
        "not_stated",
        "increased",
        _me(midline_shift=True, midline_shift_mm=7.0),
    ),
    _t(
        "Large acute left EDH measuring 1.8 cm with 11 mm of midline shift and uncal herniation.",
        ["epidural"],
        "acute",
        "not_stated",
        _me(midline_shift=True, midline_shift_mm=11.0, herniation=True),
        size=18.0,
    ),
    _t(
        "Acute right SDH, 4 mm thick. No midline shift. No prior imaging.",
        ["subdural"],
        "acute",
        "no_prior",
        size=4.0,
    ),
    _t(
        "Chronic left subdural hematoma, 1.2 cm, with 3 mm midline shift. No acute component.",
        ["subdural"],
        "chronic",
        "not_stated",
        _me(midline_shift=True, midline_shift_mm=3.0),
        size=12.0,
    ),
    _t(
        "Acute-on-chronic right SDH with six millimeters of leftward shift.",
        ["subdural"],
        "mixed",
        "not_stated",
        _me(midline_shift=True, midline_shift_mm=6.0),
    ),
    _t(
        "Trace SAH in the right sylvian fissure, less conspicuous than before.",
        ["subarachnoid"],
        "not_stated",
        "decreased",
    ),
    _t(
        "Small amount of subarachnoid hemorrhage is again noted in the left frontal sulci.",
        ["subarachnoid"],
        "not_stated",
        "stable",
    ),
    _t(
        "Left thalamic hemorrhage with intraventricular extension. Hydrocephalus has developed since the earlier scan.",
        ["intraparenchymal"],
        "not_stated",
        "not_stated",
        _me(hydrocephalus=True, intraventricular_extension=True),
    ),
    _t(
        "Right putaminal hemorrhage measuring 3.2 x 2.5 cm (approx. 12 mL), enlarged from 2.4 cm.",
        ["intraparenchymal"],
        "not_stated",
        "increased",
        size=32.0,
    ),
    _t(
        "Hemorrhagic transformation of the left MCA infarct, more extensive than on the prior study.",
        ["hemorrhagic_transformation"],
        "not_stated",
        "increased",
    ),
    _t(
        "Petechial hemorrhagic transformation in the right MCA territory, unchanged.",
        ["hemorrhagic_transformation"],
        "not_stated",
        "stable",
    ),
    _t(
        "Cannot exclude a tiny subarachnoid hemorrhage in the left parietal sulcus.",
        ["subarachnoid"],
        "not_stated",
        "not_stated",
        hedged=True,
    ),
    _t(
        "Possible small SDH along the tentorium with obstructive hydrocephalus.",
        ["subdural"],
        "not_stated",
        "not_stated",
        _me(hydrocephalus=True),
        hedged=True,
    ),
    _t(
        "Stable chronic bilateral subdural hematomas. Ventricles unchanged in size.",
        ["subdural"],
        "chronic",
        "stable",
    ),
    _t(
        "IMPRESSION:\n1. Interval increase in the right frontal contusion.\n2. Stable small left SDH.",
        ["contusion", "subdural"],
        "not_stated",
        "increased",
    ),
    _t(
        "IMPRESSION:\n1. Decreasing left SDH.\n2. New small focus of SAH in the right frontal sulcus.",
        ["subdural", "subarachnoid"],
        "not_stated",
        "new",
    ),
    _t(
        "Known left subdural hematoma without change. Midline shift stable at 6 mm.",
        ["subdural"],
        "not_stated",
        "stable",
        _me(midline_shift=True, midline_shift_mm=6.0, known=["midline_shift"]),
    ),
    _t(
        "Subdural hematoma decreased in size; midline shift improved, now 2 mm.",
        ["subdural"],
        "not_stated",
        "decreased",
        _me(midline_shift=True, midline_shift_mm=2.0, known=["midline_shift"]),
    ),
    _t(
        "Diffuse SAH with intraventricular extension and early hydrocephalus.",
        ["subarachnoid"],
        "not_stated",
        "not_stated",
        _me(hydrocephalus=True, intraventricular_extension=True),
    ),
    _t(
        "Right cerebellar hemorrhage compressing the fourth ventricle with entrapment of the temporal horns.",
        ["intraparenchymal"],
        "not_stated",
        "not_stated",
        _me(hydrocephalus=True),
    ),
    _t(
        "Acute SDH along the left convexity. Downward transtentorial herniation.",
        ["subdural"],
        "acute",
        "not_stated",
        _me(herniation=True),
    ),
    _t(
        "Left temporal EDH, biconvex, 1.5 cm. Effacement of the ambient cistern.",
        ["epidural"],
        "not_stated",
        "not_stated",
        _me(cistern_effacement=True),
        size=15.0,
    ),
    _t("Recurrent left subdural hemorrhage after prior evacuation.", ["subdural"], "not_stated", "new"),
    _t("small right sdh, stable. no new hemorrhage. no hydrocephalus.", ["subdural"], "not_stated", "stable"),
    _t(
        "ACUTE LEFT PARIETAL INTRAPARENCHYMAL HEMORRHAGE WITH SURROUNDING EDEMA. NO PRIOR FOR COMPARISON.",
        ["intraparenchymal"],
        "acute",
        "no_prior",
    ),
    _t(
        "Subacute right subdural hematoma measuring 9 mm, similar to the outside CT.",
        ["subdural"],
        "subacute",
        "stable",
        size=9.0,
    ),
    _t(
        "Late subacute hemorrhage in the left occipital lobe, evolving as expected.",
        ["intraparenchymal"],
        "subacute",
        "stable",
    ),
    _t(
        "Blood in the fourth ventricle, decreased. Ventricular size is stable.",
        ["intraventricular"],
        "not_stated",
        "decreased",
    ),
    _t(
        "Hemorrhagic contusions in both temporal lobes have blossomed since admission.",
        ["contusion"],
        "not_stated",
        "increased",
    ),
    _t(
        "Redistribution of subarachnoid blood, now mainly in the interpeduncular cistern.",
        ["subarachnoid"],
        "not_stated",
        "stable",
    ),
    _t(
        "Mixed-density left SDH with 4 mm midline shift.",
        ["subdural"],
        "mixed",
        "not_stated",
        _me(midline_shift=True, midline_shift_mm=4.0),
    ),
    _t(
        "Right SDH, 0.9 cm, with mild mass effect and 0.6 cm of midline shift.",
        ["subdural"],
        "not_stated",
        "not_stated",
        _me(midline_shift=True, midline_shift_mm=6.0),
        size=9.0,
    ),
    _t(
        "Interval evacuation of the left SDH with expected postoperative pneumocephalus and a thin residual subdural hemorrhage.",
        ["subdural"],
        "not_stated",
        "decreased",
    ),
    _t(
        "Slight increase in the size of the intraventricular hemorrhage.",
        ["intraventricular"],
        "not_stated",
        "increased",
    ),
]


# Part C (kind ``round2``, 2026-12-06, a later session): the error kinds of the first held-out measurement
# (growth told by numbers only, "interval hemorrhagic conversion", a bare contusion, capitals hedges and
# contractions, "old" on a collection), written one by one in new words; appended so earlier ids stay.
def _r2(text, subtypes, acuity="not_stated", change="not_stated", me=None, size=None, hedged=False) -> dict:
    return {**_t(text, subtypes, acuity, change, me, size, hedged), "kind": "round2"}


ROUND2 = [
    _r2(
        "Left convexity subdural hematoma: 4 mm on the prior exam, now 9 mm.",
        ["subdural"],
        change="increased",
        size=9.0,
    ),
    _r2(
        "IMPRESSION: Right frontal intraparenchymal hematoma measures 27 mm, previously 19 mm.",
        ["intraparenchymal"],
        change="increased",
        size=27.0,
    ),
    _r2(
        "The left cerebellar haemorrhage measures 2.6 cm (was 1.9 cm). Fourth ventricle patent.",
        ["intraparenchymal"],
        change="increased",
        size=26.0,
    ),
    _r2(
        "Acute right SDH has gone from 5 mm to 11 mm in thickness.",
        ["subdural"],
        "acute",
        "increased",
        size=11.0,
    ),
    _r2(
        "Epidural hematoma over the left temporal lobe, 14 mm today versus 8 mm on the outside CT.",
        ["epidural"],
        change="increased",
        size=14.0,
    ),
    _r2(
        "THE RIGHT THALAMIC HEMORRHAGE NOW MEASURES 22 MM, PREVIOUSLY 15 MM.",
        ["intraparenchymal"],
        change="increased",
        size=22.0,
    ),
    _r2("Subdural blood along the falx: 3 -> 6 mm.", ["subdural"], change="increased", size=6.0),
    _r2(
        "Left frontal hematoma 31 x 22 mm, compared with 24 x 20 mm yesterday.",
        ["intraparenchymal"],
        change="increased",
        size=31.0,
    ),
    _r2("Left SDH measures 5 mm, previously 9 mm.", ["subdural"], change="decreased", size=5.0),
    _r2(
        "The right parietal haematoma measures 1.4 cm, previously 2.2 cm. No new bleed.",
        ["intraparenchymal"],
        change="decreased",
        size=14.0,
    ),
    _r2(
        "Bilateral subdural hematomas, 6 mm on the right (previously 6 mm) and 4 mm on the left (previously 4 mm).",
        ["subdural"],
        change="stable",
        size=6.0,
    ),
    _r2(
        "Interval hemorrhagic conversion of the known left MCA territory infarct.",
        ["hemorrhagic_transformation"],
        change="new",
    ),
    _r2(
        "There has been interval haemorrhagic transformation of the right occipital infarct, with petechial and confluent components.",
        ["hemorrhagic_transformation"],
        change="new",
    ),
    _r2(
        "The acute right frontal infarct has undergone hemorrhagic transformation since yesterday's study.",
        ["hemorrhagic_transformation"],
        "acute",
        "new",
    ),
    _r2(
        "Interval hemorrhage into the known left parietal metastasis, now 18 mm.",
        ["other"],
        change="new",
        size=18.0,
    ),
    _r2("Right temporal contusion.", ["contusion"]),
    _r2(
        "Bifrontal contusions. Several have enlarged since the admission scan.",
        ["contusion"],
        change="increased",
    ),
    _r2("Left frontal contusion, unchanged from the prior.", ["contusion"], change="stable"),
    _r2(
        "Contusions of both temporal poles with 6 mm of leftward midline shift.",
        ["contusion"],
        me=_me(midline_shift=True, midline_shift_mm=6.0),
    ),
    _r2("The left SDH hasn't increased. No midline shift.", ["subdural"], change="stable"),
    _r2(
        "Right SAH in the sylvian fissure; it hasn't changed since yesterday.",
        ["subarachnoid"],
        change="stable",
    ),
    _r2("CANNOT EXCLUDE A SMALL LEFT SUBDURAL HEMATOMA ALONG THE TENTORIUM.", ["subdural"], hedged=True),
    _r2(
        "A TINY SUBARACHNOID HEMORRHAGE IN THE RIGHT FRONTAL SULCI CAN'T BE EXCLUDED.",
        ["subarachnoid"],
        hedged=True,
    ),
    _r2(
        "There is an old left SDH measuring 7 mm, unchanged from March.",
        ["subdural"],
        "chronic",
        "stable",
        size=7.0,
    ),
    _r2("Old right subdural hematoma without mass effect.", ["subdural"], "chronic"),
    _r2("Old left SDH, now 4 mm, previously 8 mm.", ["subdural"], "chronic", "decreased", size=4.0),
    _r2(
        "Collection of blood in the right subdural space, 6 mm, new since the prior exam.",
        ["subdural"],
        change="new",
        size=6.0,
    ),
    _r2(
        "Subdural fluid collection containing acute blood over the left convexity, larger than before.",
        ["subdural"],
        "acute",
        "increased",
    ),
]


# Part D (kind ``round3``, 2026-12-07, session prio4): the error kinds of priority held-out set 3, written one
# by one in new words (never its texts): a bare "shift" and "shift: N mm"; growth told by volumes and "risen";
# thicker / wider / more blood / bled further / now extends; hydrocephalus described (dilated or enlarged
# ventricles), atrophy excepted; "cleared"; a known subfalcine herniation; "no change" negating only the change;
# a comparison-only sentence after the bleed; a change word on a mass-effect sign; "first scan" as no prior;
# subtypes: a bleed in an infarct or after lysis, blood in a cistern or the sulci, a bleeding tumour or lesion;
# an acuity word on another finding ("an old infarct"); "reaccumulated"; "residual" / "evacuation"; a comparison
# phrase before "it"; sizes across two bleed sentences; the shift's prior millimetres.
def _r3(text, subtypes, acuity="not_stated", change="not_stated", me=None, size=None, hedged=False) -> dict:
    return {**_t(text, subtypes, acuity, change, me, size, hedged), "kind": "round3"}


ROUND3 = [
    # a bare "shift", "shift: N mm"
    _r3(
        "Acute left SDH 9 mm with 7 mm shift.",
        ["subdural"],
        "acute",
        me=_me(midline_shift=True, midline_shift_mm=7.0),
        size=9.0,
    ),
    _r3("trauma call: R EDH, shift, GCS 6.", ["epidural"], me=_me(midline_shift=True)),
    _r3(
        "Right temporal contusions with a slight shift to the left.",
        ["contusion"],
        me=_me(midline_shift=True, mild=True),
    ),
    _r3(
        "Large left putaminal hemorrhage. Midline shift: 8 mm.",
        ["intraparenchymal"],
        me=_me(midline_shift=True, midline_shift_mm=8.0),
    ),
    _r3(
        "acute sdh on the right, 6mm, mild shift. no prior for comparison.",
        ["subdural"],
        "acute",
        "no_prior",
        me=_me(midline_shift=True, mild=True),
        size=6.0,
    ),
    _r3(
        "Left frontal haematoma, 4 cm, and 1 cm shift towards the right.",
        ["intraparenchymal"],
        me=_me(midline_shift=True, midline_shift_mm=10.0),
        size=40.0,
    ),
    # volumes and "risen"
    _r3(
        "The left lobar haematoma now measures 41 mL (previously 26 mL).",
        ["intraparenchymal"],
        change="increased",
    ),
    _r3("Cerebellar hemorrhage volume went from 9 cc to 17 cc.", ["intraparenchymal"], change="increased"),
    _r3(
        "Estimated volume of the right thalamic bleed has risen since this morning.",
        ["intraparenchymal"],
        change="increased",
    ),
    _r3("Left basal ganglia ICH: 30 mL -> 18 mL.", ["intraparenchymal"], change="decreased"),
    _r3(
        "Right frontal intracerebral haemorrhage, 14 mL, was 14 mL yesterday.",
        ["intraparenchymal"],
        change="stable",
    ),
    # thicker, wider, more blood, bled further, now extends
    _r3(
        "The left convexity subdural haematoma is thicker, 11 mm today.",
        ["subdural"],
        change="increased",
        size=11.0,
    ),
    _r3("Wider right EDH than on the admission scan.", ["epidural"], change="increased"),
    _r3(
        "There is more subarachnoid blood in the basal cisterns than on the first CT.",
        ["subarachnoid"],
        change="increased",
    ),
    _r3(
        "The haemorrhagic contusion in the left temporal lobe has bled further.",
        ["contusion"],
        change="increased",
    ),
    _r3("Known right parietal SDH now extends over the tentorium.", ["subdural"], change="increased"),
    _r3("Further bleeding into the resection cavity.", ["other"], change="increased"),
    # hydrocephalus described, not named (atrophy excepted)
    _r3(
        "Intraventricular haemorrhage with dilatation of the lateral and third ventricles.",
        ["intraventricular"],
        me=_me(hydrocephalus=True),
    ),
    _r3(
        "Stable cerebellar hematoma; the lateral ventricles are now enlarged.",
        ["intraparenchymal"],
        change="stable",
        me=_me(hydrocephalus=True),
    ),
    _r3(
        "Unchanged subarachnoid blood, with interval ventricular enlargement.",
        ["subarachnoid"],
        change="stable",
        me=_me(hydrocephalus=True),
    ),
    _r3(
        "SAH in the sylvian fissures; enlarging temporal horns.", ["subarachnoid"], me=_me(hydrocephalus=True)
    ),
    _r3(
        "Small left occipital ICH, stable. Ventricular enlargement in keeping with generalized atrophy.",
        ["intraparenchymal"],
        change="stable",
    ),
    _r3(
        "Old right SDH, unchanged. Enlarged ventricles proportional to the sulci.",
        ["subdural"],
        "chronic",
        "stable",
    ),
    # "cleared"
    _r3(
        "The intraventricular blood has cleared almost completely.", ["intraventricular"], change="decreased"
    ),
    _r3(
        "Subarachnoid haemorrhage is clearing, only a little left in the right sylvian fissure.",
        ["subarachnoid"],
        change="decreased",
    ),
    _r3(
        "Left SDH: partly cleared since the drain was placed, residual 5 mm.",
        ["subdural"],
        change="decreased",
        size=5.0,
    ),
    _r3("Bifrontal contusions, blood largely cleared, now hypodense.", ["contusion"], "chronic", "decreased"),
    _r3("Clearing IVH in the occipital horns.", ["intraventricular"], change="decreased"),
    # a known subfalcine herniation
    _r3(
        "Right SDH stable. Subfalcine herniation, 6 mm, unchanged from yesterday.",
        ["subdural"],
        change="stable",
        me=_me(
            herniation=True, midline_shift=True, midline_shift_mm=6.0, known=["herniation", "midline_shift"]
        ),
    ),
    _r3(
        "Left frontal contusions are unchanged, as is the known subfalcine herniation.",
        ["contusion"],
        change="stable",
        me=_me(herniation=True, midline_shift=True, known=["herniation", "midline_shift"]),
    ),
    _r3(
        "Decreasing left holohemispheric SDH; the subfalcine herniation has improved.",
        ["subdural"],
        change="decreased",
        me=_me(herniation=True, midline_shift=True, known=["herniation", "midline_shift"]),
    ),
    _r3(
        "Stable right thalamic hemorrhage. Subfalcine herniation is stable.",
        ["intraparenchymal"],
        change="stable",
        me=_me(herniation=True, midline_shift=True, known=["herniation", "midline_shift"]),
    ),
    _r3(
        "The EDH is smaller; mild subfalcine herniation persists, less than before.",
        ["epidural"],
        change="decreased",
        me=_me(herniation=True, midline_shift=True, mild=True, known=["herniation", "midline_shift"]),
    ),
    # "no change" negates only the change
    _r3("Left SDH (no change), subacute.", ["subdural"], "subacute", "stable"),
    _r3("Right parietal haematoma without change, hyperdense.", ["intraparenchymal"], "acute", "stable"),
    _r3("Bilateral SDH, no interval change, chronic.", ["subdural"], "chronic", "stable"),
    _r3("Small SAH, no significant change, no hydrocephalus.", ["subarachnoid"], change="stable"),
    _r3(
        "IVH, no change; the 4 mm shift is also unchanged.",
        ["intraventricular"],
        change="stable",
        me=_me(midline_shift=True, midline_shift_mm=4.0, known=["midline_shift"]),
    ),
    # a comparison-only sentence after the bleed
    _r3("Acute right SDH, 7 mm. No interval change.", ["subdural"], "acute", "stable", size=7.0),
    _r3(
        "Left cerebellar haemorrhage. Compared to the CT of 2 December: unchanged.",
        ["intraparenchymal"],
        change="stable",
    ),
    _r3("Small subarachnoid blood in the left frontal sulci.\nStable.", ["subarachnoid"], change="stable"),
    _r3(
        "Right temporal contusion. Versus the morning scan, no significant change.",
        ["contusion"],
        change="stable",
    ),
    _r3("Chronic left SDH 12 mm. Unchanged since August.", ["subdural"], "chronic", "stable", size=12.0),
    _r3("Acute left SDH 8 mm. Ventricles are stable in size.", ["subdural"], "acute", size=8.0),
    # a change word on a mass-effect sign is the bleed's only when nothing else is said
    _r3(
        "The right frontal contusions have enlarged, with new effacement of the ambient cistern.",
        ["contusion"],
        change="increased",
        me=_me(cistern_effacement=True),
    ),
    _r3(
        "Left SDH is unchanged in size, but with new 3 mm midline shift.",
        ["subdural"],
        change="stable",
        me=_me(midline_shift=True, midline_shift_mm=3.0),
    ),
    _r3(
        "Stable right basal ganglia bleed with increased perihematomal oedema.",
        ["intraparenchymal"],
        change="stable",
    ),
    _r3(
        "Slightly increased bifrontal contusions and new hydrocephalus.",
        ["contusion"],
        change="increased",
        me=_me(hydrocephalus=True),
    ),
    _r3(
        "Acute left SDH with new midline shift of 3 mm.",
        ["subdural"],
        "acute",
        "new",
        me=_me(midline_shift=True, midline_shift_mm=3.0),
    ),
    # "first scan" / "first imaging": no prior exam
    _r3(
        "Acute right occipital lobe hemorrhage, first imaging of this patient.",
        ["intraparenchymal"],
        "acute",
        "no_prior",
    ),
    _r3("SAH in the basal cisterns. This is the first scan.", ["subarachnoid"], change="no_prior"),
    _r3(
        "Left temporal EDH, 12 mm, on the patient's first study here.",
        ["epidural"],
        change="no_prior",
        size=12.0,
    ),
    _r3("Subacute left SDH, first exam at this hospital.", ["subdural"], "subacute", "no_prior"),
    _r3("Small IVH in the right occipital horn. First CT.", ["intraventricular"], change="not_stated"),
    # subtypes: a generic bleed in an infarct or after reperfusion therapy is hemorrhagic transformation
    _r3(
        "New hematoma within the infarcted right lentiform nucleus.",
        ["hemorrhagic_transformation"],
        change="new",
    ),
    _r3(
        "Post-thrombectomy: a 15 mm haemorrhage in the left frontal lobe.",
        ["hemorrhagic_transformation"],
        size=15.0,
    ),
    _r3(
        "After alteplase, blood products in the known left MCA infarct, unchanged.",
        ["hemorrhagic_transformation"],
        change="stable",
    ),
    _r3("Petechial haemorrhage into the subacute right occipital infarct.", ["hemorrhagic_transformation"]),
    _r3(
        "Following thrombolysis there is a new bleed in the left temporal lobe.",
        ["hemorrhagic_transformation"],
        change="new",
    ),
    # blood named by a cistern, sulci or fissure is subarachnoid
    _r3("Blood in the ambient cistern on the right.", ["subarachnoid"]),
    _r3("Hemorrhage filling the left sylvian fissure, increased.", ["subarachnoid"], change="increased"),
    _r3("Haemorrhage along the interhemispheric fissure, stable.", ["subarachnoid"], change="stable"),
    _r3("Acute blood in the quadrigeminal cistern.", ["subarachnoid"], "acute"),
    _r3(
        "Hyperdense blood within the right parietal sulci, first imaging.",
        ["subarachnoid"],
        "acute",
        "no_prior",
    ),
    # a bleeding tumour or lesion is "other" wherever it sits
    _r3(
        "Hemorrhagic metastasis in the left frontal lobe, larger than before.", ["other"], change="increased"
    ),
    _r3("Haemorrhagic metastases in both cerebellar hemispheres, unchanged.", ["other"], change="stable"),
    _r3("Hemorrhagic lesion in the right thalamus, new since the prior study.", ["other"], change="new"),
    _r3("Hemorrhagic metastasis within the left occipital lobe, 2 cm.", ["other"], size=20.0),
    _r3("Haemorrhagic lesion of the right temporal lobe, decreasing.", ["other"], change="decreased"),
    # an acuity word that dates another finding is not the bleed's
    _r3("Right cerebellar hemorrhage and an old left frontal infarct.", ["intraparenchymal"]),
    _r3("Small left SDH with chronic small vessel ischaemic change.", ["subdural"]),
    _r3("Acute right SDH, 6 mm, beside an old depressed skull fracture.", ["subdural"], "acute", size=6.0),
    _r3("SAH in the left frontal sulci; acute right occipital infarct.", ["subarachnoid"]),
    _r3("Intraventricular haemorrhage with chronic white matter ischaemia.", ["intraventricular"]),
    # a drained collection that filled again has grown; what is left after evacuation has decreased
    _r3(
        "The left SDH has reaccumulated since the burr holes, now 13 mm.",
        ["subdural"],
        change="increased",
        size=13.0,
    ),
    _r3(
        "Re-accumulation of the right frontal epidural hematoma after evacuation.",
        ["epidural"],
        change="increased",
    ),
    _r3("Subdural haematoma reaccumulating over the right convexity.", ["subdural"], change="increased"),
    _r3("Acute blood has re-accumulated in the left subdural space.", ["subdural"], "acute", "increased"),
    _r3(
        "REACCUMULATED LEFT CHRONIC SUBDURAL HEMATOMA, 15 MM.",
        ["subdural"],
        "chronic",
        "increased",
        size=15.0,
    ),
    _r3(
        "Status post evacuation of the left SDH; thin residual subdural blood.",
        ["subdural"],
        change="decreased",
    ),
    _r3("Residual right temporal contusion, now hypodense.", ["contusion"], "chronic", "decreased"),
    _r3("Small residual SAH in the left sylvian fissure.", ["subarachnoid"], change="decreased"),
    _r3(
        "Right EDH evacuated; a residual 3 mm rim of blood remains under the flap.",
        ["epidural"],
        change="decreased",
        size=3.0,
    ),
    _r3(
        "Residual IVH in the third ventricle, with new hydrocephalus.",
        ["intraventricular"],
        change="decreased",
        me=_me(hydrocephalus=True),
    ),
    # a comparison phrase before "it" / "the hematoma" in the next sentence; sizes across two bleed sentences
    _r3(
        "Right parietal contusion. Compared with the morning CT, it has enlarged.",
        ["contusion"],
        change="increased",
    ),
    _r3("Left SDH. Relative to last week the hematoma is thinner.", ["subdural"], change="decreased"),
    _r3("Small right SAH. Since yesterday it has increased.", ["subarachnoid"], change="increased"),
    _r3("Acute left EDH. On today's scan it is unchanged.", ["epidural"], "acute", "stable"),
    _r3(
        "Left frontal haematoma. Versus the prior study, it is smaller.",
        ["intraparenchymal"],
        change="decreased",
    ),
    _r3(
        "The right SDH is 11 mm thick. On the prior exam it measured 6 mm.",
        ["subdural"],
        change="increased",
        size=11.0,
    ),
    _r3(
        "Left thalamic hemorrhage, 9 mm. At admission it was 18 mm.",
        ["intraparenchymal"],
        change="decreased",
        size=9.0,
    ),
    _r3(
        "Right temporal EDH measures 14 mm; on the first CT it measured 7 mm.",
        ["epidural"],
        change="increased",
        size=14.0,
    ),
    _r3(
        "Left SDH, 8 mm today. On the previous scan it was 8 mm as well.",
        ["subdural"],
        change="stable",
        size=8.0,
    ),
    _r3(
        "Left cerebellar ICH 25 mm. In the initial study it measured 16 mm.",
        ["intraparenchymal"],
        change="increased",
        size=25.0,
    ),
    # the shift's prior millimetres are not today's; a shift smaller than before is improving
    _r3(
        "Right SDH, smaller. 4 mm midline shift, previously 9 mm.",
        ["subdural"],
        change="decreased",
        me=_me(midline_shift=True, midline_shift_mm=4.0, known=["midline_shift"]),
    ),
    _r3(
        "Left SDH stable; midline shift 6 mm, was 10 mm.",
        ["subdural"],
        change="stable",
        me=_me(midline_shift=True, midline_shift_mm=6.0, known=["midline_shift"]),
    ),
    _r3(
        "Right EDH. Midline shift was 3 mm, now 7 mm.",
        ["epidural"],
        me=_me(midline_shift=True, midline_shift_mm=7.0),
    ),
    _r3(
        "Left MCA hemorrhagic transformation, unchanged; 5 mm shift, previously 7 mm.",
        ["hemorrhagic_transformation"],
        change="stable",
        me=_me(midline_shift=True, midline_shift_mm=5.0, known=["midline_shift"]),
    ),
    _r3(
        "Bifrontal contusions with midline shift of 6 mm, previously 2 mm.",
        ["contusion"],
        me=_me(midline_shift=True, midline_shift_mm=6.0),
    ),
]


# Part E (kind ``round4``, 2026-12-07, session prio5): the error kinds of priority held-out set 4, written one
# by one in new words (never its texts): a verb on the midline ("displaces the midline 6 mm") and a bleed's
# growth before "and now ..." that is not the shift's; a negation closed inside a parenthesis; a bleed that "has
# ruptured into the ventricles" (new); telegraphic sizes per side with a unitless prior ("Rt 14mm (prev 9)");
# a horn "now trapped" and one that "has decompressed"; "no earlier imaging", "not available for comparison".
def _r4(text, subtypes, acuity="not_stated", change="not_stated", me=None, size=None, hedged=False) -> dict:
    return {**_t(text, subtypes, acuity, change, me, size, hedged), "kind": "round4"}


ROUND4 = [
    # a verb on the midline
    _r4(
        "Right SDH has grown from 7 mm to 12 mm and now displaces the midline 6 mm to the left.",
        ["subdural"],
        change="increased",
        me=_me(midline_shift=True, midline_shift_mm=6.0),
        size=12.0,
    ),
    _r4(
        "Acute left EDH, 15 mm, pushing the midline 8 mm to the right.",
        ["epidural"],
        "acute",
        me=_me(midline_shift=True, midline_shift_mm=8.0),
        size=15.0,
    ),
    _r4(
        "Large right putaminal haemorrhage displacing the midline by 9 mm.",
        ["intraparenchymal"],
        me=_me(midline_shift=True, midline_shift_mm=9.0),
    ),
    _r4(
        "Bifrontal contusions are larger and now push the midline 5 mm to the left.",
        ["contusion"],
        change="increased",
        me=_me(midline_shift=True, midline_shift_mm=5.0),
    ),
    _r4(
        "Left SDH 10 mm (was 10 mm), deviating the midline 3 mm.",
        ["subdural"],
        change="stable",
        me=_me(midline_shift=True, midline_shift_mm=3.0),
        size=10.0,
    ),
    # a negation closed inside a parenthesis
    _r4(
        "Compared with the outside scan (images not uploaded), there is a new left SDH.",
        ["subdural"],
        change="new",
    ),
    _r4(
        "Relative to the prior MRI (no contrast given), the right frontal haematoma has enlarged.",
        ["intraparenchymal"],
        change="increased",
    ),
    _r4(
        "Since the last CT (not a thin-slice study), there is new subarachnoid blood in the left sylvian fissure.",
        ["subarachnoid"],
        change="new",
    ),
    _r4(
        "Left SDH (no acute component), unchanged at 6 mm.",
        ["subdural"],
        change="stable",
        size=6.0,
    ),
    _r4(
        "The right EDH (not operated) has increased to 18 mm.",
        ["epidural"],
        change="increased",
        size=18.0,
    ),
    # "has ruptured into the ventricles": new
    _r4(
        "Left caudate haemorrhage has now ruptured into the lateral ventricle, with intraventricular blood in the occipital horns.",
        ["intraparenchymal", "intraventricular"],
        change="new",
        me=_me(intraventricular_extension=True),
    ),
    _r4(
        "The pontine haemorrhage has since decompressed into the fourth ventricle; intraventricular haemorrhage is now present.",
        ["intraparenchymal", "intraventricular"],
        change="new",
        me=_me(intraventricular_extension=True),
    ),
    _r4(
        "Right temporal lobe haematoma has ruptured into the temporal horn since the prior CT, with intraventricular haemorrhage.",
        ["intraparenchymal", "intraventricular"],
        change="new",
        me=_me(intraventricular_extension=True),
    ),
    _r4(
        "R putaminal ICH, unchanged in size, has ruptured into the ventricles since the morning scan: intraventricular blood in both frontal horns.",
        ["intraparenchymal", "intraventricular"],
        change="new",
        me=_me(intraventricular_extension=True),
    ),
    _r4(
        "Acute left thalamic haemorrhage with rupture into the third ventricle and intraventricular haemorrhage; no prior imaging.",
        ["intraparenchymal", "intraventricular"],
        "acute",
        "no_prior",
        me=_me(intraventricular_extension=True),
    ),
    # telegraphic sizes per side, the prior without its unit
    _r4(
        "Bilat SDH. Rt 14mm (prev 9). Lt 4mm (prev 4).",
        ["subdural"],
        change="increased",
        size=14.0,
    ),
    _r4(
        "L EDH 11 mm (was 11). No MLS.",
        ["epidural"],
        change="stable",
        size=11.0,
    ),
    _r4(
        "R SDH 6mm (prev 10), resolving.",
        ["subdural"],
        change="decreased",
        size=6.0,
    ),
    _r4(
        "Cerebellar IPH 22 mm (previously 15).",
        ["intraparenchymal"],
        change="increased",
        size=22.0,
    ),
    _r4(
        "SDH bilateral. R 7mm (prev 7). L 12mm (prev 6). MLS 3mm.",
        ["subdural"],
        change="increased",
        me=_me(midline_shift=True, midline_shift_mm=3.0),
        size=12.0,
    ),
    # a horn "now trapped"; one that "has decompressed" is no longer hydrocephalus
    _r4(
        "IVH in the left lateral ventricle is stable, but the left temporal horn has become trapped.",
        ["intraventricular"],
        change="stable",
        me=_me(hydrocephalus=True),
    ),
    _r4(
        "Intraventricular haemorrhage in the fourth ventricle; the right temporal horn is now trapped.",
        ["intraventricular"],
        me=_me(hydrocephalus=True),
    ),
    _r4(
        "The previously entrapped right temporal horn has decompressed after drain placement; intraventricular blood is decreasing.",
        ["intraventricular"],
        change="decreased",
    ),
    _r4(
        "Trapped left temporal horn has now decompressed. Small residual IVH.",
        ["intraventricular"],
        change="decreased",
    ),
    _r4(
        "Stable intraventricular blood; both temporal horns are now trapped.",
        ["intraventricular"],
        change="stable",
        me=_me(hydrocephalus=True),
    ),
    # no prior exam
    _r4(
        "Small acute SAH in the right frontal sulci; no earlier imaging.",
        ["subarachnoid"],
        "acute",
        "no_prior",
    ),
    _r4(
        "Left temporal contusion 8 mm. Outside head CT is not available for comparison.",
        ["contusion"],
        change="no_prior",
        size=8.0,
    ),
    _r4(
        "Acute right SDH 6 mm, no earlier scans available.",
        ["subdural"],
        "acute",
        "no_prior",
        size=6.0,
    ),
    _r4(
        "Thin left tentorial SDH; prior imaging not available for comparison.",
        ["subdural"],
        change="no_prior",
    ),
    _r4(
        "Punctate left frontal hemorrhagic contusion, no earlier study.",
        ["contusion"],
        change="no_prior",
    ),
]


# Part F (kind ``round5``, 2026-12-07, session prio6): the error kinds of priority held-out set 5, written one
# by one in new words (never its texts): stability ("unaltered", "as before", "the same size", "nothing new"),
# decrease ("going away", "fading", "absorbing", "has shrunk"), growth ("has extended", "has spread"), no prior
# ("no priors", "nothing to compare"), a shift in words ("midline displaced 7 mm", "septum deviated"),
# herniation ("hernation", tonsils below the foramen magnum, the uncus pushed medially), "+IVE" and a bleed that
# "tracks"/is "rupturing" into a ventricle, a sign "as before" (known).
def _r5(text, subtypes, acuity="not_stated", change="not_stated", me=None, size=None, hedged=False) -> dict:
    return {**_t(text, subtypes, acuity, change, me, size, hedged), "kind": "round5"}


ROUND5 = [
    # stability
    _r5("Small left parietal subdural hematoma, unaltered since Friday.", ["subdural"], change="stable"),
    _r5("Right frontal SDH 7 mm as before.", ["subdural"], change="stable", size=7.0),
    _r5(
        "The left occipital intraparenchymal hemorrhage is the same size as on the prior CT.",
        ["intraparenchymal"],
        change="stable",
    ),
    _r5(
        "Thin subarachnoid hemorrhage in the left sylvian fissure; essentially the same extent as yesterday.",
        ["subarachnoid"],
        change="stable",
    ),
    _r5(
        "Known right thalamic hematoma, nothing new since the morning study.",
        ["intraparenchymal"],
        change="stable",
    ),
    # decrease
    _r5("The subarachnoid hemorrhage over the vertex is going away.", ["subarachnoid"], change="decreased"),
    _r5("Left frontal contusion fading, only faint hyperdensity remains.", ["contusion"], change="decreased"),
    _r5("Right convexity subdural hematoma absorbing, now 4 mm.", ["subdural"], change="decreased", size=4.0),
    _r5(
        "The right cerebellar hematoma has shrunk to 12 mm.",
        ["intraparenchymal"],
        change="decreased",
        size=12.0,
    ),
    _r5(
        "Intraventricular hemorrhage is less hyperdense than on Monday.",
        ["intraventricular"],
        change="decreased",
    ),
    # growth
    _r5(
        "The subarachnoid hemorrhage has extended into the left sylvian fissure since the morning CT.",
        ["subarachnoid"],
        change="increased",
    ),
    _r5(
        "Left tentorial subdural hematoma has spread along the falx since yesterday.",
        ["subdural"],
        change="increased",
    ),
    _r5(
        "The right frontal contusion has extended posteriorly compared with admission.",
        ["contusion"],
        change="increased",
    ),
    _r5("Epidural hematoma has now extended across the coronal suture.", ["epidural"], change="increased"),
    _r5("Subarachnoid blood has further spread over both convexities.", ["subarachnoid"], change="increased"),
    # no prior exam
    _r5("Acute left SDH 5 mm. No priors.", ["subdural"], "acute", "no_prior", size=5.0),
    _r5(
        "Right parietal intraparenchymal hemorrhage 15 mm, nothing to compare with.",
        ["intraparenchymal"],
        change="no_prior",
        size=15.0,
    ),
    _r5(
        "Thin subarachnoid hemorrhage in the right frontal sulci; nothing prior for comparison.",
        ["subarachnoid"],
        change="no_prior",
    ),
    _r5("Small left frontal contusion. No priors on file.", ["contusion"], change="no_prior"),
    _r5(
        "Acute epidural hematoma right temporal, 9 mm; nothing earlier to compare.",
        ["epidural"],
        "acute",
        "no_prior",
        size=9.0,
    ),
    # a shift in words
    _r5(
        "Acute left SDH 13 mm; midline displaced 6 mm to the right.",
        ["subdural"],
        "acute",
        me=_me(midline_shift=True, midline_shift_mm=6.0),
        size=13.0,
    ),
    _r5(
        "Right frontal intraparenchymal hematoma with the septum pellucidum deviated 7 mm to the left.",
        ["intraparenchymal"],
        me=_me(midline_shift=True, midline_shift_mm=7.0),
    ),
    _r5(
        "New left epidural hematoma; the septum shifted 5 mm rightward.",
        ["epidural"],
        change="new",
        me=_me(midline_shift=True, midline_shift_mm=5.0),
    ),
    _r5(
        "Right SDH unchanged; midline moved 3 mm.",
        ["subdural"],
        change="stable",
        me=_me(midline_shift=True, midline_shift_mm=3.0),
    ),
    _r5(
        "Left temporal hematoma, midline displaced by 0.8 cm.",
        ["intraparenchymal"],
        me=_me(midline_shift=True, midline_shift_mm=8.0),
    ),
    # herniation
    _r5(
        "Acute right SDH 15 mm with uncal hernation.",
        ["subdural"],
        "acute",
        me=_me(herniation=True),
        size=15.0,
    ),
    _r5(
        "Cerebellar hemorrhage; the tonsils lie 7 mm below the foramen magnum.",
        ["intraparenchymal"],
        me=_me(herniation=True),
    ),
    _r5("Left temporal contusion with the uncus pushed medially.", ["contusion"], me=_me(herniation=True)),
    _r5("Large right EDH, right uncus displaced medially.", ["epidural"], me=_me(herniation=True)),
    _r5(
        "Posterior fossa subdural hematoma; cerebellar tonsils now 8 mm below foramen magnum.",
        ["subdural"],
        me=_me(herniation=True),
    ),
    # intraventricular extension
    _r5(
        "Left thalamic hemorrhage 2 cm, +IVE.",
        ["intraparenchymal", "intraventricular"],
        me=_me(intraventricular_extension=True),
        size=20.0,
    ),
    _r5(
        "Right putaminal hematoma that tracks into the right lateral ventricle.",
        ["intraparenchymal", "intraventricular"],
        me=_me(intraventricular_extension=True),
    ),
    _r5(
        "Caudate hemorrhage rupturing into the frontal horn.",
        ["intraparenchymal", "intraventricular"],
        me=_me(intraventricular_extension=True),
    ),
    _r5(
        "Pontine hematoma, + IVE into the fourth ventricle.",
        ["intraparenchymal", "intraventricular"],
        me=_me(intraventricular_extension=True),
    ),
    _r5(
        "Lobar hemorrhage left parietal, bursting into the left lateral ventricle.",
        ["intraparenchymal", "intraventricular"],
        me=_me(intraventricular_extension=True),
    ),
    # growth as a signed number; a bleed not present on an earlier exam named by its kind
    _r5("Left frontal IPH +5 mm since the morning CT.", ["intraparenchymal"], change="increased"),
    _r5("Right SDH +3 mm vs yesterday, now 11 mm.", ["subdural"], change="increased", size=11.0),
    _r5("Cerebellar hematoma +0.6 cm compared with admission.", ["intraparenchymal"], change="increased"),
    _r5("Left temporal contusion, +4mm since the prior study.", ["contusion"], change="increased"),
    _r5("EDH right parietal +2 mm over 6 hours.", ["epidural"], change="increased"),
    _r5(
        "Subarachnoid hemorrhage in the left sylvian fissure, not present on the CT of last week.",
        ["subarachnoid"],
        change="new",
    ),
    _r5(
        "Right occipital intraparenchymal hemorrhage, not seen on the MRI of January.",
        ["intraparenchymal"],
        change="new",
    ),
    _r5("Thin left SDH, not visible on the scan from Monday.", ["subdural"], change="new"),
    _r5("Small frontal contusion, not there on the CT at admission.", ["contusion"], change="new"),
    _r5(
        "Intraventricular hemorrhage in the occipital horns, not present on the study of two days ago.",
        ["intraventricular"],
        change="new",
    ),
    # a sign as before (known)
    _r5(
        "Right EDH 8 mm, unchanged. Effacement of the ambient cistern, as before.",
        ["epidural"],
        change="stable",
        me=_me(cistern_effacement=True, known=["cistern_effacement"]),
        size=8.0,
    ),
    _r5(
        "Left SDH stable; hydrocephalus as before.",
        ["subdural"],
        change="stable",
        me=_me(hydrocephalus=True, known=["hydrocephalus"]),
    ),
    _r5(
        "Chronic right SDH. Subfalcine herniation unaltered.",
        ["subdural"],
        "chronic",
        me=_me(herniation=True, midline_shift=True, known=["herniation", "midline_shift"]),
    ),
    _r5(
        "Known left frontal hematoma; effacement of the suprasellar cistern, the same as before.",
        ["intraparenchymal"],
        me=_me(cistern_effacement=True, known=["cistern_effacement"]),
    ),
    _r5(
        "Stable right SDH; dilated temporal horns as before.",
        ["subdural"],
        change="stable",
        me=_me(hydrocephalus=True, known=["hydrocephalus"]),
    ),
]


def main() -> None:
    rng = random.Random(20)
    rows = composed(rng) + TRICKY + ROUND2 + ROUND3 + ROUND4 + ROUND5
    for row in rows:
        row["priority"] = gold_priority(row)
    with OUT.open("w") as fh:
        for i, row in enumerate(rows):
            fh.write(json.dumps({"id": f"p{i:03d}", **row}) + "\n")
    counts: dict[str, int] = {}
    for row in rows:
        counts[row["priority"]] = counts.get(row["priority"], 0) + 1
    print(len(rows), counts)


if __name__ == "__main__":
    main()
