# ruff: noqa: E501  (report texts are kept on one line each)
"""Writes heldout.jsonl: 48 positives written one by one AFTER the extractor was frozen (commit "priority:
labeled set ..."), never used to change it; their misses are reported in the model card as they are.

Labels by hand; gold priority by make_set.gold_priority (the policy table on gold attributes).
Run: python tests/data/priority/heldout.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from make_set import _me, _t, gold_priority

OUT = Path(__file__).with_name("heldout.jsonl")


def r(text, subtypes, acuity="not_stated", change="not_stated", me=None, size=None, hedged=False):
    return {**_t(text, subtypes, acuity, change, me, size, hedged), "kind": "heldout"}


ROWS = [
    r(
        "Findings compatible with an acute subdural haematoma overlying the left cerebral hemisphere, maximal thickness 11 mm, producing 7 mm of midline deviation.",
        ["subdural"],
        "acute",
        me=_me(midline_shift=True, midline_shift_mm=7.0),
        size=11.0,
    ),
    r(
        "There has been interval growth of the right frontal lobe haematoma.",
        ["intraparenchymal"],
        change="increased",
    ),
    r("The subarachnoid haemorrhage has largely cleared.", ["subarachnoid"], change="decreased"),
    r("Thin left tentorial subdural hemorrhage, not significantly changed.", ["subdural"], change="stable"),
    r(
        "Conclusion: small volume SAH in the interpeduncular cistern; the CTA is negative for aneurysm. No prior head imaging.",
        ["subarachnoid"],
        change="no_prior",
    ),
    r(
        "Moderate-sized right parietal intracerebral hemorrhage, approximately 25 mL, with surrounding vasogenic edema and 3 mm leftward shift.",
        ["intraparenchymal"],
        me=_me(midline_shift=True, midline_shift_mm=3.0),
    ),
    r(
        "1. Large left MCA infarct with new hemorrhagic transformation.\n2. Mass effect with 6 mm rightward midline shift.",
        ["hemorrhagic_transformation"],
        change="new",
        me=_me(midline_shift=True, midline_shift_mm=6.0),
    ),
    r(
        "Interval increase in bilateral subdural hematomas, now up to 14 mm on the right.",
        ["subdural"],
        change="increased",
        size=14.0,
    ),
    r(
        "Bilateral chronic subdural hygromas versus chronic subdural hematomas, stable.",
        ["subdural"],
        "chronic",
        "stable",
    ),
    r(
        "Pontine hemorrhage with rupture into the fourth ventricle and dilatation of the lateral and third ventricles, in keeping with hydrocephalus.",
        ["intraparenchymal"],
        me=_me(intraventricular_extension=True, hydrocephalus=True),
    ),
    r("Left frontal contusion is slightly more conspicuous today.", ["contusion"], change="increased"),
    r(
        "Unchanged appearance of the small right frontal subarachnoid hemorrhage.",
        ["subarachnoid"],
        change="stable",
    ),
    r(
        "A small amount of intraventricular hemorrhage is new in the right occipital horn.",
        ["intraventricular"],
        change="new",
    ),
    r(
        "Resolution of the previously seen subdural hemorrhage; only a thin rim remains.",
        ["subdural"],
        change="decreased",
    ),
    r(
        "Acute epidural hematoma in the posterior fossa with compression of the fourth ventricle and early obstructive hydrocephalus.",
        ["epidural"],
        "acute",
        me=_me(hydrocephalus=True),
    ),
    r(
        "Cerebellar tonsillar herniation secondary to a large right cerebellar hemorrhage.",
        ["intraparenchymal"],
        me=_me(herniation=True),
    ),
    r(
        "Small left parafalcine SDH, stable compared with CT from this morning.",
        ["subdural"],
        change="stable",
    ),
    r(
        "Acute right temporal lobe hemorrhage measuring 4.1 cm, increased from 3.0 cm on the initial scan, with effacement of the right ambient cistern.",
        ["intraparenchymal"],
        "acute",
        "increased",
        _me(cistern_effacement=True),
        size=41.0,
    ),
    r("Questionable trace subarachnoid blood in the right sylvian fissure.", ["subarachnoid"], hedged=True),
    r(
        "Mixed attenuation left convexity subdural collection of blood, new compared to 2019.",
        ["subdural"],
        "mixed",
        "new",
    ),
    r(
        "Status post left frontal hematoma evacuation. Small amount of residual hemorrhage in the surgical bed, decreased.",
        ["intraparenchymal"],
        change="decreased",
    ),
    r(
        "Stable postoperative appearance with a small subdural hematoma beneath the craniotomy flap.",
        ["subdural"],
        change="stable",
    ),
    r(
        "Hyperdense blood in the left sylvian fissure and basal cisterns, consistent with acute subarachnoid haemorrhage. Temporal horns are prominent, suspicious for early hydrocephalus.",
        ["subarachnoid"],
        "acute",
        me=_me(hydrocephalus=True),
    ),
    r(
        "IMPRESSION: Evolving right occipital hemorrhage. No new bleed.",
        ["intraparenchymal"],
        change="stable",
    ),
    r(
        "Impression:\n- Acute left subdural hematoma, 9 mm.\n- 5 mm midline shift to the right.",
        ["subdural"],
        "acute",
        me=_me(midline_shift=True, midline_shift_mm=5.0),
        size=9.0,
    ),
    r("Chronic right SDH with a small acute component.", ["subdural"], "mixed"),
    r(
        "There is a new 1.2 cm hematoma in the right caudate head with intraventricular extension.",
        ["intraparenchymal"],
        change="new",
        me=_me(intraventricular_extension=True),
        size=12.0,
    ),
    r(
        "Traumatic SAH along the left frontal sulci, redistributed since the prior exam.",
        ["subarachnoid"],
        change="stable",
    ),
    r(
        "Multiple bifrontal contusions, some of which have enlarged. No midline shift.",
        ["contusion"],
        change="increased",
    ),
    r(
        "Diffuse cerebral edema with effacement of the basal cisterns and diffuse SAH.",
        ["subarachnoid"],
        me=_me(cistern_effacement=True),
    ),
    r(
        "Subacute left occipital intraparenchymal hematoma measuring 2.2 cm, smaller than before.",
        ["intraparenchymal"],
        "subacute",
        "decreased",
        size=22.0,
    ),
    r("small acute sdh along the falx. no prior imaging available.", ["subdural"], "acute", "no_prior"),
    r(
        "Small focus of hemorrhage in the left frontal lobe may represent a hemorrhagic contusion.",
        ["intraparenchymal", "contusion"],
        hedged=True,
    ),
    r(
        "RIGHT EPIDURAL HEMATOMA HAS INCREASED IN SIZE AND NOW MEASURES 2.0 CM WITH 8 MM MIDLINE SHIFT.",
        ["epidural"],
        change="increased",
        me=_me(midline_shift=True, midline_shift_mm=8.0),
        size=20.0,
    ),
    r(
        "Decreased mass effect from the known left SDH; midline shift now 2 mm (previously 6 mm).",
        ["subdural"],
        change="decreased",
        me=_me(midline_shift=True, midline_shift_mm=2.0, known=["midline_shift"]),
    ),
    r(
        "Blood products within the right lateral ventricle are unchanged. Ventricular size is stable without hydrocephalus.",
        ["intraventricular"],
        change="stable",
    ),
    r(
        "Interval hemorrhagic conversion of the right PCA infarct.",
        ["hemorrhagic_transformation"],
        change="new",
    ),
    r(
        "Probable small acute subdural hematoma along the right tentorial leaflet.",
        ["subdural"],
        "acute",
        hedged=True,
    ),
    r(
        "Large left thalamic hemorrhage with extension into the ventricular system and transtentorial herniation.",
        ["intraparenchymal"],
        me=_me(intraventricular_extension=True, herniation=True),
    ),
    r(
        "Old left frontal hemorrhage, now chronic with hemosiderin staining, unchanged.",
        ["intraparenchymal"],
        "chronic",
        "stable",
    ),
    r(
        "Acute right convexity subdural hematoma. Comparison: outside CT 1 day prior, where it measured 5 mm; it now measures 9 mm.",
        ["subdural"],
        "acute",
        "increased",
        size=9.0,
    ),
    r(
        "Impression: There is redemonstration of a right frontal intraparenchymal hemorrhage with surrounding edema.",
        ["intraparenchymal"],
        change="stable",
    ),
    r(
        "Punctate hemorrhages at the grey-white junction in keeping with diffuse axonal injury, new since admission.",
        ["other"],
        change="new",
    ),
    r(
        "Acute subarachnoid hemorrhage with hydrocephalus that has progressed since the previous CT.",
        ["subarachnoid"],
        "acute",
        "increased",
        _me(hydrocephalus=True),
    ),
    r(
        "Right subdural hematoma with 1.1 cm midline shift and uncal herniation.",
        ["subdural"],
        me=_me(midline_shift=True, midline_shift_mm=11.0, herniation=True),
    ),
    r(
        "Slightly decreased density of the left convexity SDH, consistent with evolution; size unchanged.",
        ["subdural"],
        change="stable",
    ),
    r(
        "Right cerebellar haemorrhage, stable. The fourth ventricle is patent and there is no hydrocephalus.",
        ["intraparenchymal"],
        change="stable",
    ),
    r(
        "Acute intraventricular hemorrhage casting the third and fourth ventricles.",
        ["intraventricular"],
        "acute",
    ),
]


def main() -> None:
    with OUT.open("w") as fh:
        for i, row in enumerate(ROWS):
            row["priority"] = gold_priority(row)
            fh.write(json.dumps({"id": f"h{i:03d}", **row}) + "\n")
    print(len(ROWS))


if __name__ == "__main__":
    main()
