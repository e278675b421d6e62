# ruff: noqa: E501  (report texts are kept on one line each)
"""Writes heldout-3.jsonl: the worklist-priority held-out set 3 (issue 20), written by hand by `writer5`.

Every text was invented for this set in its author's own words, without looking at the rule tier, the priority code,
the synthetic generator or the texts of labeled.jsonl / heldout.jsonl / heldout-2.jsonl (the first two lines of
heldout-2.jsonl, make_set.py's `gold_priority` and schema, and heldout2.py's docstring only). Measured once, by the
lead; never used to change the extractor or the policy.

Labels by hand (attributes); gold priority by make_set.gold_priority. Each row states the priority its author meant
(`want`); the script stops if the table disagrees. Conventions are those of heldout2.py:
- change: of the bleed as a whole; a new or growing component makes it new/increased; "no_prior" only when the
  report says there is nothing to compare with.
- size_mm: the largest current dimension or thickness stated (cm converted).
- mass_effect.known: signs stated unchanged from the prior exam; mild: a shift called mild/slight without mm.
- hedged: the bleed itself is hedged, not only its cause.

Run: python tests/data/priority/heldout3.py
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

HERE = Path(__file__).parent
OUT = HERE / "heldout-3.jsonl"


def _make_set():
    spec = importlib.util.spec_from_file_location("make_set", HERE / "make_set.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


MAKE_SET = _make_set()
M = MAKE_SET._me  # the mass-effect record with every sign absent, as the first sets write it

EDH, SDH, SAH, IPH, IVH = "epidural", "subdural", "subarachnoid", "intraparenchymal", "intraventricular"
CON, HT, OTH = "contusion", "hemorrhagic_transformation", "other"


def R(text, subtypes, acuity, change, want, me=None, size=None, hedged=False) -> dict:
    return {
        "text": text,
        "subtypes": subtypes,
        "acuity": acuity,
        "change": change,
        "hedged": hedged,
        "mass_effect": me or M(),
        "size_mm": None if size is None else float(size),
        "want": want,
    }


ROWS = [
    # --- critical: new or growing, or a fresh critical sign ---------------------------------------------------
    R(
        "Compared with the 14:10 CT, the left putaminal haematoma has expanded, now 4.6 x 3.1 cm (was 3.2 x 2.4 cm).",
        [IPH],
        "not_stated",
        "increased",
        "critical",
        size=46,
    ),
    R(
        "NEW RIGHT TEMPORAL EXTRADURAL HAEMATOMA 13 MM, NOT PRESENT ON THE ADMISSION SCAN.",
        [EDH],
        "not_stated",
        "new",
        "critical",
        size=13,
    ),
    R(
        "Interval enlargement of the acute right SDH to 11 mm thick (previously 7 mm). Midline shift 3 mm.",
        [SDH],
        "acute",
        "increased",
        "critical",
        me=M(midline_shift=True, midline_shift_mm=3.0),
        size=11,
    ),
    R(
        "The subarachnoid blood has increased in volume and now extends into the fourth ventricle.",
        [SAH, IVH],
        "not_stated",
        "increased",
        "critical",
        me=M(intraventricular_extension=True),
    ),
    R(
        "Contusions in both frontal lobes have blossomed since yesterday, the left now 3.4 cm.",
        [CON],
        "not_stated",
        "increased",
        "critical",
        size=34,
    ),
    R(
        "New haemorrhagic conversion of the right MCA infarct, parenchymal haematoma type 2, 3.8 cm.",
        [HT],
        "not_stated",
        "new",
        "critical",
        size=38,
    ),
    R(
        "Impression: 1. Acute left subdural haematoma 15 mm. 2. Midline shift 9 mm to the right. 3. Early left uncal herniation.",
        [SDH],
        "acute",
        "not_stated",
        "critical",
        me=M(midline_shift=True, midline_shift_mm=9.0, herniation=True),
        size=15,
    ),
    R(
        "Large right cerebellar haemorrhage (4 cm) compressing the fourth ventricle with obstructive hydrocephalus; no previous imaging for comparison.",
        [IPH],
        "not_stated",
        "no_prior",
        "critical",
        me=M(hydrocephalus=True),
        size=40,
    ),
    R(
        "Acute subarachnoid haemorrhage filling the basal cisterns with dilated temporal horns indicating early hydrocephalus.",
        [SAH],
        "acute",
        "not_stated",
        "critical",
        me=M(hydrocephalus=True),
    ),
    R(
        "CT post lysis: there is a newly developed 2 cm haematoma within the infarcted left caudate.",
        [HT],
        "not_stated",
        "new",
        "critical",
        size=20,
    ),
    R(
        "Since the morning study the intraventricular blood has increased, with casting of the third ventricle.",
        [IVH],
        "not_stated",
        "increased",
        "critical",
    ),
    R(
        "the chronic left sdh is unchanged in size but there is a new acute component along its inner margin.",
        [SDH],
        "mixed",
        "new",
        "critical",
    ),
    R(
        "Right frontal ICH stable at 2.5 cm; however the ventricles have enlarged since yesterday, new hydrocephalus.",
        [IPH],
        "not_stated",
        "stable",
        "critical",
        me=M(hydrocephalus=True),
        size=25,
    ),
    R(
        "Bilateral subdural haematomas, slightly larger on the left (now 9 mm vs 8 mm).",
        [SDH],
        "not_stated",
        "increased",
        "critical",
        size=9,
    ),
    R(
        "Epidural haematoma left parietal, 2.2 cm thick, with effacement of the ambient and quadrigeminal cisterns.",
        [EDH],
        "not_stated",
        "not_stated",
        "critical",
        me=M(cistern_effacement=True),
        size=22,
    ),
    R(
        "Dear Dr Adeyemi, the repeat scan at 6 hours shows that the right temporal contusion has grown from 12 to 25 mm, and we have transferred him to neurosurgery.",
        [CON],
        "not_stated",
        "increased",
        "critical",
        size=25,
    ),
    R(
        "Unchanged size of the left thalamic bleed, but new intraventricular haemorrhage in the left lateral ventricle.",
        [IPH, IVH],
        "not_stated",
        "new",
        "critical",
        me=M(intraventricular_extension=True),
    ),
    R(
        "Acute right SDH with midline shift of 1.1 cm and subfalcine herniation.",
        [SDH],
        "acute",
        "not_stated",
        "critical",
        me=M(midline_shift=True, midline_shift_mm=11.0, herniation=True),
    ),
    R(
        "Evolving right frontal contusion, enlarged from 15 mm to 21 mm with more surrounding oedema.",
        [CON],
        "not_stated",
        "increased",
        "critical",
        size=21,
    ),
    R(
        "Postoperative: new 18 mm haematoma in the resection bed with 6 mm shift.",
        [OTH],
        "not_stated",
        "new",
        "critical",
        me=M(midline_shift=True, midline_shift_mm=6.0),
        size=18,
    ),
    R(
        "CT HEAD: Tonsillar herniation secondary to a large acute cerebellar haemorrhage.",
        [IPH],
        "acute",
        "not_stated",
        "critical",
        me=M(herniation=True),
    ),
    R(
        "Blood in the interhemispheric fissure and both sylvian fissures, new compared with the outside CT.",
        [SAH],
        "not_stated",
        "new",
        "critical",
    ),
    R(
        "Haemorrhagic metastasis in the right occipital lobe has bled further and now measures 3 cm (previously 1.8 cm).",
        [OTH],
        "not_stated",
        "increased",
        "critical",
        size=30,
    ),
    R(
        "Interval increase in the left frontal haemorrhagic transformation with now 7 mm midline shift.",
        [HT],
        "not_stated",
        "increased",
        "critical",
        me=M(midline_shift=True, midline_shift_mm=7.0),
    ),
    R(
        "Mixed-density left SDH with a new hyperdense acute portion, 21 mm in total, 11 mm shift.",
        [SDH],
        "mixed",
        "new",
        "critical",
        me=M(midline_shift=True, midline_shift_mm=11.0),
        size=21,
    ),
    R(
        "ED: CT - acute EDH R frontal ~2cm, shift, pupil blown. To theatre.",
        [EDH],
        "acute",
        "not_stated",
        "critical",
        me=M(midline_shift=True),
        size=20,
    ),
    R(
        "There is a small new focus of subarachnoid blood in the right parietal sulci after the second fall.",
        [SAH],
        "not_stated",
        "new",
        "critical",
    ),
    R(
        "Pontine haemorrhage 2.4 cm, larger than on the prior study, with effacement of the prepontine cistern.",
        [IPH],
        "not_stated",
        "increased",
        "critical",
        me=M(cistern_effacement=True),
        size=24,
    ),
    R(
        "The volume of the right basal ganglia haematoma has risen from 22 mL to 35 mL.",
        [IPH],
        "not_stated",
        "increased",
        "critical",
    ),
    R(
        "Intraventricular haemorrhage is newly seen in the occipital horns, with the known SAH.",
        [IVH, SAH],
        "not_stated",
        "new",
        "critical",
    ),
    R(
        "FOLLOW-UP: THE RIGHT SUBDURAL COLLECTION HAS REACCUMULATED AFTER DRAINAGE, NOW 14 MM WITH 4 MM SHIFT.",
        [SDH],
        "not_stated",
        "increased",
        "critical",
        me=M(midline_shift=True, midline_shift_mm=4.0),
        size=14,
    ),
    R(
        "Large left temporoparietal lobar haematoma, 6 x 5 cm, with 1.3 cm rightward shift and trapping of the right temporal horn.",
        [IPH],
        "not_stated",
        "not_stated",
        "critical",
        me=M(midline_shift=True, midline_shift_mm=13.0, hydrocephalus=True),
        size=60,
    ),
    R(
        "Acute SAH, Fisher 4, with intraventricular extension and communicating hydrocephalus; no prior imaging.",
        [SAH, IVH],
        "acute",
        "no_prior",
        "critical",
        me=M(hydrocephalus=True, intraventricular_extension=True),
    ),
    R(
        "compared to 3 days ago the bifrontal contusions are slightly increased and there is new effacement of the suprasellar cistern.",
        [CON],
        "not_stated",
        "increased",
        "critical",
        me=M(cistern_effacement=True),
    ),
    R(
        "Hemorrhagic transformation of the left PCA infarct, new since 24 hours ago, petechial in type.",
        [HT],
        "not_stated",
        "new",
        "critical",
    ),
    R(
        "Right convexity subdural haematoma, 19 mm, acute, with descending transtentorial herniation.",
        [SDH],
        "acute",
        "not_stated",
        "critical",
        me=M(herniation=True),
        size=19,
    ),
    R(
        "Haematoma in the left cerebellum unchanged at 2.9 cm; fourth ventricle now effaced with new dilatation of the lateral ventricles.",
        [IPH],
        "not_stated",
        "stable",
        "critical",
        me=M(hydrocephalus=True),
        size=29,
    ),
    R(
        "Known small tentorial SDH, now thicker at 6 mm and extending along the falx.",
        [SDH],
        "not_stated",
        "increased",
        "critical",
        size=6,
    ),
    R(
        "Dictated: new left frontal intraparenchymal hemorrhage, one point five centimetres, period.",
        [IPH],
        "not_stated",
        "new",
        "critical",
        size=15,
    ),
    R(
        "Cavernoma of the right pons has re-bled, with a new 10 mm haematoma around it.",
        [OTH],
        "not_stated",
        "new",
        "critical",
        size=10,
    ),
    R(
        "The post-operative extradural collection under the bone flap has enlarged to 16 mm.",
        [EDH],
        "not_stated",
        "increased",
        "critical",
        size=16,
    ),
    R(
        "IVH: the lateral ventricles now contain more blood than on the 6-hour scan; EVD in situ, ventricles not enlarged.",
        [IVH],
        "not_stated",
        "increased",
        "critical",
    ),
    R(
        "Acute left hemispheric SDH 8 mm. Midline shift: 5 mm.",
        [SDH],
        "acute",
        "not_stated",
        "critical",
        me=M(midline_shift=True, midline_shift_mm=5.0),
        size=8,
    ),
    R(
        "Impression: new right occipital lobar bleed (compared with the MRI of 2 weeks ago), 2.6 cm.",
        [IPH],
        "not_stated",
        "new",
        "critical",
        size=26,
    ),
    R(
        "Contusional haemorrhage in the left temporal lobe with uncal herniation and effaced ambient cistern.",
        [CON],
        "not_stated",
        "not_stated",
        "critical",
        me=M(herniation=True, cistern_effacement=True),
    ),
    R(
        "Perimesencephalic subarachnoid haemorrhage, slightly increased since the first CT.",
        [SAH],
        "not_stated",
        "increased",
        "critical",
    ),
    R(
        "Haemorrhagic transformation with a space-occupying haematoma, rightward shift of the septum pellucidum.",
        [HT],
        "not_stated",
        "not_stated",
        "critical",
        me=M(midline_shift=True),
    ),
    R(
        "Possible small new subdural haematoma along the left tentorium, with new obstructive hydrocephalus from the known posterior fossa mass.",
        [SDH],
        "not_stated",
        "new",
        "critical",
        me=M(hydrocephalus=True),
        hedged=True,
    ),
    R(
        "Increase of the extra-axial haematoma over the left convexity to 12 mm.",
        [SDH],
        "not_stated",
        "increased",
        "critical",
        size=12,
    ),
    R(
        "Following tPA: new multifocal parenchymal bleeds in the right MCA territory.",
        [HT],
        "not_stated",
        "new",
        "critical",
    ),
    # --- urgent: not compared, hedged, or acute without a change stated ------------------------------------------
    R(
        "Small acute subdural haematoma along the right convexity, 4 mm. No mass effect.",
        [SDH],
        "acute",
        "not_stated",
        "urgent",
        size=4,
    ),
    R(
        "Probable small haemorrhagic contusion in the right frontal pole.",
        [CON],
        "not_stated",
        "not_stated",
        "urgent",
        hedged=True,
    ),
    R(
        "Trace subarachnoid blood in a left frontal sulcus cannot be excluded.",
        [SAH],
        "not_stated",
        "not_stated",
        "urgent",
        hedged=True,
    ),
    R(
        "Acute intracerebral haemorrhage in the left caudate, 1.2 cm. No previous imaging available.",
        [IPH],
        "acute",
        "no_prior",
        "urgent",
        size=12,
    ),
    R("Thin left tentorial subdural haemorrhage; no comparison.", [SDH], "not_stated", "no_prior", "urgent"),
    R(
        "Possible new petechial haemorrhagic transformation in the infarct; MRI with SWI suggested.",
        [HT],
        "not_stated",
        "new",
        "urgent",
        hedged=True,
    ),
    R(
        "Subacute right parietal haematoma, 2 cm, with mild oedema.",
        [IPH],
        "subacute",
        "not_stated",
        "urgent",
        size=20,
    ),
    R("Small amount of layering blood in the occipital horns.", [IVH], "not_stated", "not_stated", "urgent"),
    R(
        "Equivocal thin extradural collection under the fracture, possibly a small EDH, 3 mm.",
        [EDH],
        "not_stated",
        "not_stated",
        "urgent",
        size=3,
        hedged=True,
    ),
    R(
        "Convexity SAH in the left central sulcus, isolated; no midline shift.",
        [SAH],
        "not_stated",
        "not_stated",
        "urgent",
    ),
    R(
        "Focus of haemorrhage in a right temporal lesion, likely a haemorrhagic metastasis, 8 mm.",
        [OTH],
        "not_stated",
        "not_stated",
        "urgent",
        size=8,
    ),
    R(
        "ACUTE LEFT FRONTAL CONTUSION, 9 MM. NO EXTRA-AXIAL COLLECTION.",
        [CON],
        "acute",
        "not_stated",
        "urgent",
        size=9,
    ),
    R(
        "Possibly slightly increased left SDH, difficult to compare owing to different slice thickness; mild midline shift.",
        [SDH],
        "not_stated",
        "increased",
        "urgent",
        me=M(midline_shift=True, mild=True),
        hedged=True,
    ),
    R(
        "Subacute subdural haematoma over the right hemisphere, 7 mm, first imaging.",
        [SDH],
        "subacute",
        "no_prior",
        "urgent",
        size=7,
    ),
    R(
        "Small intraventricular haemorrhage in the left frontal horn, possibly from the EVD insertion.",
        [IVH],
        "not_stated",
        "not_stated",
        "urgent",
    ),
    R(
        "MRI: Late subacute haematoma in the left external capsule, 1.6 cm, T1 bright rim.",
        [IPH],
        "subacute",
        "not_stated",
        "urgent",
        size=16,
    ),
    R(
        "pt on warfarin, ct: small acute sdh left, 5mm, slight shift.",
        [SDH],
        "acute",
        "not_stated",
        "urgent",
        me=M(midline_shift=True, mild=True),
        size=5,
    ),
    R(
        "Suspected haemorrhagic transformation of the left MCA infarct, not clearly present on the previous study.",
        [HT],
        "not_stated",
        "not_stated",
        "urgent",
        hedged=True,
    ),
    R(
        "Acute-on-chronic right subdural haematoma, 10 mm; no comparison is available.",
        [SDH],
        "mixed",
        "no_prior",
        "urgent",
        size=10,
    ),
    R(
        "Intracranial blood in the prepontine cistern, small volume.",
        [SAH],
        "not_stated",
        "not_stated",
        "urgent",
    ),
    # --- routine: stable, decreasing/resolving, or chronic known -----------------------------------------------
    R(
        "The left chronic subdural haematoma is unchanged at 12 mm; no new acute component. Midline shift unchanged at 4 mm.",
        [SDH],
        "chronic",
        "stable",
        "routine",
        me=M(midline_shift=True, midline_shift_mm=4.0, known=["midline_shift"]),
        size=12,
    ),
    R(
        "Resolving right frontal contusion, now small and predominantly hypodense.",
        [CON],
        "not_stated",
        "decreased",
        "routine",
    ),
    R(
        "Redistribution of subarachnoid blood into the dependent sulci, overall less than before.",
        [SAH],
        "not_stated",
        "decreased",
        "routine",
    ),
    R(
        "Dear Dr Moss, her three-month follow-up CT shows the small chronic left SDH is stable at 6 mm, no further action needed.",
        [SDH],
        "chronic",
        "stable",
        "routine",
        size=6,
    ),
    R(
        "Intraventricular blood has largely cleared; residual trace in the right occipital horn.",
        [IVH],
        "not_stated",
        "decreased",
        "routine",
    ),
    R(
        "Known left thalamic haemorrhage unchanged in size (1.9 cm), evolving density with peripheral hypoattenuation.",
        [IPH],
        "not_stated",
        "stable",
        "routine",
        size=19,
    ),
    R(
        "POSTOPERATIVE CT: DECREASING RIGHT SUBDURAL COLLECTION AFTER BURR HOLE, NOW 6 MM, PNEUMOCEPHALUS RESOLVING.",
        [SDH],
        "not_stated",
        "decreased",
        "routine",
        size=6,
    ),
    R(
        "Haemorrhagic transformation of the right MCA infarct is stable in extent.",
        [HT],
        "not_stated",
        "stable",
        "routine",
    ),
    R(
        "Bilateral chronic subdural haematomas, hypodense, 8 mm right and 6 mm left. Compared with last month: no significant change.",
        [SDH],
        "chronic",
        "stable",
        "routine",
        size=8,
    ),
    R(
        "Epidural haematoma smaller (9 mm from 13 mm), no shift.",
        [EDH],
        "not_stated",
        "decreased",
        "routine",
        size=9,
    ),
    R(
        "Chronic subdural haematoma over the left convexity, 7 mm, without mass effect.",
        [SDH],
        "chronic",
        "not_stated",
        "routine",
        size=7,
    ),
    R(
        "Stable appearance of the bifrontal haemorrhagic contusions, no new haemorrhage. Ventricles unchanged in size.",
        [CON],
        "not_stated",
        "stable",
        "routine",
    ),
    R(
        "Right basal ganglia haematoma regressing, 2.1 cm from 2.8 cm; the known mild hydrocephalus is unchanged with the EVD in situ.",
        [IPH],
        "not_stated",
        "decreased",
        "routine",
        me=M(hydrocephalus=True, known=["hydrocephalus"]),
        size=21,
    ),
    R(
        "Subarachnoid haemorrhage, day 6: much less blood in the basal cisterns. No hydrocephalus.",
        [SAH],
        "not_stated",
        "decreased",
        "routine",
    ),
    R(
        "Old haemorrhage in the cavernoma with a haemosiderin ring, no change from 2023.",
        [OTH],
        "chronic",
        "stable",
        "routine",
    ),
    R(
        "the left cerebellar haematoma is involuting (now 1.4 cm), fourth ventricle patent.",
        [IPH],
        "not_stated",
        "decreased",
        "routine",
        size=14,
    ),
    R(
        "Evolving right temporal contusion, reduced in density and size.",
        [CON],
        "not_stated",
        "decreased",
        "routine",
    ),
    R(
        "Chronic left SDH unchanged in size; known 6 mm midline shift is stable.",
        [SDH],
        "chronic",
        "stable",
        "routine",
        me=M(midline_shift=True, midline_shift_mm=6.0, known=["midline_shift"]),
    ),
    R(
        "Intraventricular haemorrhage: stable small amount in the occipital horns, no hydrocephalus.",
        [IVH],
        "not_stated",
        "stable",
        "routine",
    ),
    R(
        "Postoperative day 3: the resection-cavity blood products are diminishing.",
        [OTH],
        "not_stated",
        "decreased",
        "routine",
    ),
    R(
        "MRI: Chronic haemorrhage (haemosiderin) at the site of the previous right parietal bleed.",
        [IPH],
        "chronic",
        "not_stated",
        "routine",
    ),
    R(
        "Follow-up CT 6 weeks: the extradural haematoma has almost resolved, 3 mm residual.",
        [EDH],
        "not_stated",
        "decreased",
        "routine",
        size=3,
    ),
    R(
        "Haemorrhagic transformation within the left frontal infarct is resolving.",
        [HT],
        "not_stated",
        "decreased",
        "routine",
    ),
    R(
        "Perimesencephalic SAH unchanged on day 2 CT; the small amount of blood around the midbrain is stable.",
        [SAH],
        "not_stated",
        "stable",
        "routine",
    ),
    R(
        "SDH R 9 mm -> 9 mm (no change), chronic, on 3-month follow up.",
        [SDH],
        "chronic",
        "stable",
        "routine",
        size=9,
    ),
    R(
        "Right frontal lobar haematoma continues to decrease, 1.6 cm; the previously noted effacement of the frontal horn is unchanged.",
        [IPH],
        "not_stated",
        "decreased",
        "routine",
        size=16,
    ),
    R(
        "CT at 48 h: the contusions are unchanged; known subfalcine herniation is also unchanged.",
        [CON],
        "not_stated",
        "stable",
        "routine",
        me=M(herniation=True, known=["herniation"]),
    ),
]


def rows() -> list[dict]:
    gold = MAKE_SET.gold_priority
    out = []
    for i, r in enumerate(ROWS):
        row = {"id": f"p3-{i:03d}", "kind": "heldout-3", **{k: v for k, v in r.items() if k != "want"}}
        row["priority"] = gold(row)
        if row["priority"] != r["want"]:
            raise SystemExit(
                f"{row['id']}: table says {row['priority']}, author meant {r['want']}: {r['text']}"
            )
        out.append(row)
    return out


def main() -> None:
    with OUT.open("w", encoding="utf-8") as f:
        for row in rows():
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
