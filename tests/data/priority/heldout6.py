# ruff: noqa: E501  (report texts are kept on one line each)
"""Writes heldout-6.jsonl: the worklist-priority held-out set 6 (issue 20), written by hand by `pblind6`.

Every text was invented for this set in its author's own words, blind: without opening the rule tier, the priority
code, the synthetic generator, the priority tests or the texts of any other labeled set (read for the format only:
make_set.py's `gold_priority`, `CRITICAL_SIGNS` and `_me`, heldout5.py's docstring and helpers, README-heldout-5.md,
the first line of heldout-5.jsonl and the priority-set tests in tests/test_heldout_set.py). Measured once, by the
lead, after the extractor/policy freeze; never used to change either (if it is, it is spent: say so in its README).

Labels by hand (attributes); gold priority by make_set.gold_priority. Each row states the priority its author meant
(`want`); the script stops if the table disagrees. Conventions (heldout5.py's, plus the ones marked *):
- change: of the bleed as a whole; a new component (new IVH, a new acute layer, a second new bleed) makes it new;
  * with several bleeds of different change the report's change is the most urgent one stated (new, then
  increased, then stable / decreased); a bleed the same size with a new or worse sign keeps change `stable` and the
  sign is not `known`; "no_prior" only when the text says there is nothing to compare with; * "redistributed"
  without more blood is stable; "same size, less dense" is stable.
- acuity: the word the text uses (hyperacute / fresh = acute, old = chronic, acute-on-chronic / mixed density =
  mixed, T1-bright methaemoglobin called subacute = subacute); a density or signal alone states no acuity.
- size_mm: the largest current dimension or thickness stated (cm converted), * the findings' number where the
  impression rounds it differently; a volume in mL / cc, an aneurysm or a tonsillar descent is no size.
- mass_effect.known: signs stated unchanged; mild: shift called mild without mm; a dilated or trapped ventricle,
  ventriculomegaly, enlarging ventricles, is hydrocephalus; compression of the fourth ventricle alone is not; a
  shift stated "resolved" is absent; blood reaching the ventricles from another compartment is extension and adds
  the intraventricular subtype; * a subfalcine herniation measured in mm is also a midline shift of that size.
- hedged: the bleed itself is hedged ("possible", "?", "cannot exclude", "probable", "likely", "suspicion of",
  "may represent", "equivocal"); an uncertain cause of a certain bleed is not hedged; "epidural or subdural" /
  "compartment uncertain" is subtype `other`, not hedged; * haemorrhagic foci of diffuse axonal injury are
  intraparenchymal; * two bleeds of different stated acuity (a chronic one and an acute one) are `mixed`.

Run: python tests/data/priority/heldout6.py
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

HERE = Path(__file__).parent
OUT = HERE / "heldout-6.jsonl"


def _make_set():
    spec = importlib.util.spec_from_file_location("make_set", HERE / "make_set.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


MAKE_SET = _make_set()

EDH, SDH, SAH, IPH, IVH = "epidural", "subdural", "subarachnoid", "intraparenchymal", "intraventricular"
CON, HT, OTH = "contusion", "hemorrhagic_transformation", "other"
NS = "not_stated"
C, U, RT = "critical", "urgent", "routine"
YES = "yes"  # a midline shift stated without a number


def M(shift=None, mild=False, hern=False, cist=False, hydro=False, ive=False, known=()) -> dict:
    """The mass-effect record: shift None (absent), YES (no mm) or its mm; known = the signs stated unchanged."""
    return MAKE_SET._me(
        midline_shift=shift is not None,
        midline_shift_mm=None if shift in (None, YES) else float(shift),
        mild=mild,
        herniation=hern,
        cistern_effacement=cist,
        hydrocephalus=hydro,
        intraventricular_extension=ive,
        known=list(known),
    )


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


# fmt: off
ROWS = [
    # --- growth, new bleeds and new or worse signs (critical) ---
    R("NCCT brain. Comparison: CT 14:10 today. The left frontal intraparenchymal haematoma measures 4.2 x 3.1 cm, previously 3.0 x 2.6 cm. Surrounding oedema. Midline shift 0.7 cm to the right. IMPRESSION: Expansion of the left frontal ICH with 7 mm rightward shift.", [IPH], NS, "increased", C, M(7), 42),
    R("CT head without contrast, compared with the study at 06:40. The right temporal contusion is larger than on the earlier exam, now 3.4 cm (previously 2.1 cm). Perilesional edema. No midline shift. Cisterns open.", [CON], NS, "increased", C, size=34),
    R("Interval enlargement of the acute left convexity SDH, maximal thickness 1.3 cm (was 0.8 cm on yesterday's CT). 9 mm rightward midline shift. Early left uncal herniation.", [SDH], "acute", "increased", C, M(9, hern=True), 13),
    R("Subarachnoid blood in the basal cisterns and both sylvian fissures; the CT of this morning showed only a thin film in the right sylvian fissure, so the amount of blood has clearly gone up. The temporal horns are now dilated.", [SAH], NS, "increased", C, M(hydro=True)),
    R("ED note 23:40. 71M on apixaban, mechanical fall at home. CT: new small R frontal ICH 1.5 cm. No shift. GCS 15. Plan: reversal, NSGY aware, repeat CT 6h.", [IPH], NS, "new", C, size=15),
    R("Unchanged in size but new IVH: the right thalamic haemorrhage (1.8 cm) is the same as at 02:00, but blood now layers in the occipital horns of both lateral ventricles. Ventricles not enlarged.", [IPH, IVH], NS, "new", C, M(ive=True), 18),
    R("Left EDH, biconvex, 2.4 cm in thickness, deep to a squamous temporal fracture. Mass effect with 6 mm midline shift. No comparison available.", [EDH], NS, "no_prior", C, M(6), 24),
    R("Acute-on-chronic right SDH measuring 19 mm. Subfalcine herniation with 11 mm leftward shift. Effacement of the right ambient cistern. Compared with the outside CT of three weeks ago (chronic collection of 10 mm) this has increased.", [SDH], "mixed", "increased", C, M(11, hern=True, cist=True), 19),
    R("CTH f/u: L SDH ↑ 6→10mm. MLS 4mm (prev 2). no herniation.", [SDH], NS, "increased", C, M(4), 10),
    R("Large right MCA territory infarct with haemorrhagic transformation, now a parenchymal haematoma occupying more than a third of the infarct; on the 24-hour post-thrombolysis CT there were only scattered petechiae. Midline shift 8 mm.", [HT], NS, "increased", C, M(8)),
    R("Trapped left temporal horn, new since the prior, adjacent to the left temporal intraparenchymal haemorrhage, which itself is unchanged.", [IPH], NS, "stable", C, M(hydro=True)),
    R("Slightly increased size of the left occipital IPH, 2.9 cm versus 2.6 cm. No new hemorrhage elsewhere.", [IPH], NS, "increased", C, size=29),
    R("Minimally more conspicuous hyperdensity along the right tentorial leaflet compared with the CT from 08:15, compatible with a small amount of additional subdural blood.", [SDH], NS, "increased", C),
    R("Diffuse SAH, modified Fisher 4, with blood in both lateral ventricles. Ventriculomegaly out of proportion to the sulci, concerning for acute hydrocephalus. CTA: 7 mm anterior communicating artery aneurysm. No prior imaging.", [SAH, IVH], NS, "no_prior", C, M(hydro=True, ive=True)),
    R("The right extradural haematoma has enlarged since the CT performed at the referring hospital at 19:30, now 22 mm in maximal depth, with effacement of the basal cisterns and 5 mm of midline displacement.", [EDH], NS, "increased", C, M(5, cist=True), 22),
    R("Hemorrhagic transformation of the left PCA infarct has developed since the MRI of 2 days ago: SWI blooming within the infarct that was not there before.", [HT], NS, "new", C),
    R("Interval development of a small left frontal contusion (8 mm) not seen on the admission CT; the known right temporal contusion is unchanged.", [CON], NS, "new", C, size=8),
    R("Post-evacuation day 1 CT: residual left SDH 6 mm, down from 21 mm preoperatively. Pneumocephalus. However there is a new 2.2 cm haematoma in the left frontal lobe along the drain tract.", [SDH, IPH], NS, "new", C, size=22),
    R("Neuro ICU progress note, day 3. SAH from a basilar tip aneurysm, coiled. More lethargic overnight; repeat CT shows the ventricles enlarging vs yesterday, while the SAH itself has redistributed with less blood in the cisterns. EVD placed at 04:00.", [SAH], NS, "decreased", C, M(hydro=True)),
    R("IMPRESSION: 1. Large acute intraparenchymal hemorrhage in the right basal ganglia, volume approximately 45 mL (ABC/2), extending into the right lateral and third ventricles. 2. 6 mm leftward midline shift. 3. No prior for comparison.", [IPH, IVH], "acute", "no_prior", C, M(6, ive=True)),
    R("Cerebellar haemorrhage of 3.5 cm compressing the fourth ventricle, with dilatation of the temporal horns and third ventricle: obstructive hydrocephalus. The tonsils reach the foramen magnum but do not descend below it.", [IPH], NS, NS, C, M(hydro=True), 35),
    R("Neurosurgery consult. 34F, MVC. CT: R temporal EDH 1.9 cm, no shift, cisterns OK; GCS fell from 14 to 11 in ED. Repeat CT 30 min later: EDH now 2.6 cm with 4 mm shift. To theatre for craniotomy.", [EDH], NS, "increased", C, M(4), 26),
    R("Compared with CT 2026-11-30: the chronic left subdural collection has a new hyperdense dependent component, consistent with acute rebleeding; total thickness 17 mm (previously 15 mm). Midline shift 7 mm, previously 4 mm.", [SDH], "mixed", "increased", C, M(7), 17),
    R("multifocal bifrontal contusions, larger than on the 2 am study, R frontal now 3 cm. effaced suprasellar and quadrigeminal cisterns.", [CON], NS, "increased", C, M(cist=True), 30),
    R("Intraventricular haemorrhage filling and casting the third and fourth ventricles; the lateral ventricles are dilated. Primary IVH, no parenchymal source seen. No previous imaging.", [IVH], NS, "no_prior", C, M(hydro=True)),
    R("Intraventricular blood has increased since 6 h ago: now in both occipital horns and the third ventricle, previously only the left occipital horn. Ventricular size unchanged, not dilated.", [IVH], NS, "increased", C),
    R("Right parietal lobar hemorrhage, 5.1 x 3.8 cm, with subfalcine herniation of 1.2 cm.", [IPH], NS, NS, C, M(12, hern=True), 51),
    R("Acute SDH along the falx and left tentorium, 5 mm thick. Transtentorial herniation with effacement of the perimesencephalic cisterns; the midbrain is compressed.", [SDH], "acute", NS, C, M(hern=True, cist=True), 5),
    R("Compared to the outside CT from 16:00 there is a new thin layer of subdural blood over the right convexity, 4 mm. The bifrontal contusions look the same.", [SDH, CON], NS, "new", C, size=4),
    R("Cannot exclude a thin left subdural haematoma along the falx. There is 6 mm left-to-right midline shift.", [SDH], NS, NS, C, M(6), hedged=True),
    R("Questionable hyperdensity in the left sylvian fissure, may represent SAH versus volume averaging. The temporal horns are dilated, which is new from yesterday.", [SAH], NS, NS, C, M(hydro=True), hedged=True),
    R("Hemorrhagic conversion of the left MCA stroke, HI2, progressing when compared with the 0600 CT. Local mass effect with 3 mm midline shift.", [HT], NS, "increased", C, M(3)),
    R("findings colon there is an acute right subdural hematoma measuring one point four centimeters in thickness period there is eight millimeters of leftward midline shift period no prior studies period", [SDH], "acute", "no_prior", C, M(8), 14),
    R("SAH: unchanged distribution vs. CT 09:12. However, the lateral and third ventricles have enlarged (temporal horn width 6 mm, previously 3 mm), i.e. developing hydrocephalus.", [SAH], NS, "stable", C, M(hydro=True)),
    R("The left thalamic bleed is unchanged at 15 mm. Effacement of the ambient cistern, not present before.", [IPH], NS, "stable", C, M(cist=True), 15),
    R("EXAMINATION: CT head without contrast. CLINICAL: Post-op day 2 after craniotomy for right SDH evacuation, new left-sided weakness. COMPARISON: CT 2026-12-05 (immediate post-op). FINDINGS: Right craniotomy. The mixed-density extra-axial collection under the flap measures 11 mm, previously 7 mm, and contains new hyperdense foci. Pneumocephalus has decreased. Midline shift 4 mm to the left (previously 2 mm). The ventricles are normal in size. No haemorrhage elsewhere. IMPRESSION: Re-accumulating right subdural collection with acute components, larger than yesterday, and mildly increased midline shift.", [SDH], "mixed", "increased", C, M(4), 11),
    R("Spot sign on CTA within the left putaminal ICH, which measures 3.3 cm; haematoma expansion since the NCCT 40 minutes earlier (then 2.7 cm).", [IPH], NS, "increased", C, size=33),
    R("Known diffuse axonal injury. New small haemorrhagic focus in the splenium of the corpus callosum compared with the admission CT.", [IPH], NS, "new", C),
    R("Bilateral chronic subdural haematomas, right 18 mm and left 12 mm, sizes as on the September CT, but the right now contains a layer of fresh blood and there is 6 mm midline shift (previously none).", [SDH], "mixed", "new", C, M(6), 18),
    R("Brain MRI: the left parietal haemorrhagic metastasis has bled further, the haematoma now 2.8 cm (was 1.9 cm on the MRI of 12 Nov), with surrounding oedema and left uncal herniation.", [IPH], NS, "increased", C, M(hern=True), 28),
    R("Right convexity acute SDH 9 mm without shift on the first CT. The repeat four hours later measures 9 mm (unchanged), but the basal cisterns are now effaced and there is 7 mm shift.", [SDH], "acute", "stable", C, M(7, cist=True), 9),
    R("ICU progress: L IPH 38 mL on admission → 52 mL today. MLS 5 mm. Continue hypertonic saline, SBP < 140.", [IPH], NS, "increased", C, M(5)),
    R("Hydrocephalus with IVH. Blood in the fourth ventricle and aqueduct; the lateral ventricles are larger than on the 8 a.m. scan.", [IVH], NS, NS, C, M(hydro=True)),
    R("Large posterior fossa extradural haematoma crossing the transverse sinus, 1.6 cm thick, effacing the fourth ventricle, with upward transtentorial herniation. No comparison.", [EDH], NS, "no_prior", C, M(hern=True), 16),
    R("R SDH with 1.2 cm MLS.", [SDH], NS, NS, C, M(12)),
    R("The left temporal haematoma is unchanged in size at 3.0 cm; the midline shift has increased from 3 to 6 mm.", [IPH], NS, "stable", C, M(6), 30),
    R("A new fluid level (hyperdense below, hypodense above) in the right subdural collection since the previous CT (11/02), in keeping with acute haemorrhage into a chronic SDH.", [SDH], "mixed", "new", C),
    R("New SAH in the right central sulcus compared with the CT of the day before yesterday; the left frontal contusion is smaller.", [SAH, CON], NS, "new", C),
    R("Interval increase in the hemorrhage within the left frontal resection cavity (glioma resection yesterday), now 2.4 cm; previously a thin rim of blood only.", [IPH], NS, "increased", C, size=24),
    R("Haemorrhage in the fourth ventricle has spread into the lateral ventricles since the first scan, with dilatation of the lateral ventricles.", [IVH], NS, "increased", C, M(hydro=True)),
    R("Acute left SDH expanding quickly: 5 mm at 09:00, 12 mm at 11:30. The uncus herniates into the tentorial notch.", [SDH], "acute", "increased", C, M(hern=True), 12),
    R("ICH, left cerebellum, 2.7 cm. 4th ventricle effaced; lateral and 3rd ventricles dilated. Compared with the outside head CT (Dec 6, 21:14) it is more extensive.", [IPH], NS, "increased", C, M(hydro=True), 27),
    R("MRI brain: new subacute hematoma in the right parietal lobe (T1 hyperintense), 2.0 cm, absent on the MRI from August.", [IPH], "subacute", "new", C, size=20),
    R("Extensive SAH with clot in the interhemispheric fissure, redistributed compared with the initial CT, now with blood entering the ventricles and new dilatation of the temporal horns.", [SAH, IVH], NS, "new", C, M(hydro=True, ive=True)),
    R("Epidural hematoma, left parieto-occipital: previously 8 mm, today 11 mm. No shift.", [EDH], NS, "increased", C, size=11),
    R("Neurosurgical consult note. Asked to see re: L chronic SDH. CT today vs 3 months ago: collection has grown from 9 to 16 mm, mixed density with hyperdense septations. 4 mm midline shift. Neuro intact. Plan burr holes Thursday.", [SDH], "mixed", "increased", C, M(4), 16),
    R("Trapped right lateral ventricle from clot at the foramen of Monro in this patient with known IVH; the amount of intraventricular blood is stable.", [IVH], NS, "stable", C, M(hydro=True)),
    R("Haemorrhagic transformation of the right MCA infarct, PH-1 on the 24 h scan, slightly larger on today's scan. No midline shift.", [HT], NS, "increased", C),
    R("IMPRESSION: Enlarging right frontal contusion (2.3 → 3.1 cm) and a new small subdural haematoma along the falx.", [CON, SDH], NS, "new", C, size=31),
    R("Acute SAH in the basal cisterns with early hydrocephalus (temporal horns 5 mm); a CT three hours ago, done for the same headache, was normal.", [SAH], "acute", "new", C, M(hydro=True)),
    R("Left SDH 7 mm, same as 18:00. NEW: shift 2 mm → now 5 mm.", [SDH], NS, "stable", C, M(5), 7),
    R("Haemorrhagic contusion of the right temporal pole with uncal herniation; the CT of last night showed the contusion but no herniation.", [CON], NS, NS, C, M(hern=True)),
    R("Acute epidural haematoma at the vertex, visible on the coronal reformats and not present on the admission CT five hours earlier, 12 mm thick.", [EDH], "acute", "new", C, size=12),
    R("Primary pontine haemorrhage 2.2 cm, extending into the fourth ventricle, with hydrocephalus. No comparison.", [IPH, IVH], NS, "no_prior", C, M(hydro=True, ive=True), 22),
    R("Haemorrhagic transformation within the left frontal infarct, new since the CT of 3 December.", [HT], NS, "new", C),
    R("Small amount of blood in the right occipital horn, new compared to 8 hours ago.", [IVH], NS, "new", C),
    R("Extra-axial haematoma of uncertain compartment (epidural or subdural) over the left temporal convexity, 15 mm, larger than on the CT from the referring hospital (11 mm). Midline shift 6 mm.", [OTH], NS, "increased", C, M(6), 15),
    R("Thin hyperdense extra-axial blood along the right frontal convexity, unclear whether subdural or subarachnoid, new compared with the prior.", [OTH], NS, "new", C),
    R("Note that the layering blood in the dependent left lateral ventricle has increased in volume in comparison with the scan of 12/06 at 02:15.", [IVH], NS, "increased", C),
    R("Follow-up: left frontal intraparenchymal haemorrhage measuring the same (2.5 cm), slightly less dense. New intraventricular extension into the left frontal horn.", [IPH, IVH], NS, "new", C, M(ive=True), 25),
    R("Acute on chronic bilateral SDHs, L 22mm R 8mm, with severe L→R MLS 1.4cm and L uncal herniation.", [SDH], "mixed", NS, C, M(14, hern=True), 22),
    R("Small left parietal convexity SAH. Mild effacement of the adjacent sulci. No other mass effect. This was not present on the CT performed two days ago for dizziness.", [SAH], NS, "new", C),
    R("Increasing contusional haemorrhage in both inferior frontal lobes (right 2.8 cm, left 1.6 cm; previously 1.9 and 1.0 cm). No shift. The basal cisterns are patent.", [CON], NS, "increased", C, size=28),
    R("Blood in the dependent lateral ventricles; the mild ventriculomegaly is stable. However, a new 9 mm right caudate haemorrhage is present.", [IPH, IVH], NS, "new", C, M(hydro=True, known=["hydrocephalus"]), 9),
    R("CT 0200 vs 2300: L occipital ICH grew 1.2 → 2.0 cm", [IPH], NS, "increased", C, size=20),
    R("The previously described subacute left subdural haematoma is again seen and is larger, now 14 mm versus 10 mm on 23/11. Mass effect on the left lateral ventricle; no midline shift.", [SDH], "subacute", "increased", C, size=14),
    R("HT of R MCA infarct, PH2, with midline shift of 1 cm and effacement of the right ambient cistern. The CT 12 h ago showed no haemorrhage.", [HT], NS, "new", C, M(10, cist=True)),
    R("Right cerebellar contusion effacing the fourth ventricle and the prepontine cistern; the lateral ventricles are not dilated.", [CON], NS, NS, C, M(cist=True)),
    R("Probable small acute SDH along the left tentorium; the lateral ventricles are larger than on the CT from Friday.", [SDH], "acute", NS, C, M(hydro=True), hedged=True),
    R("?SAH interpeduncular cistern. Effaced basal cisterns with downward herniation.", [SAH], NS, NS, C, M(hern=True, cist=True), hedged=True),
    R("Addendum: on review of the sagittal reformats there is tonsillar herniation 7 mm below the foramen magnum, associated with the cerebellar haemorrhage described above; this was not mentioned in the original report.", [IPH], NS, NS, C, M(hern=True)),
    R("Dear Dr Okafor, thank you for referring Mrs H. Her CT today shows that the right chronic subdural collection has thickened to 21 mm from 13 mm in October, still of low density, with 8 mm of midline shift. I have listed her for drainage.", [SDH], "chronic", "increased", C, M(8), 21),
    R("Right posterior temporal ICH reaching the trigone. Compared with the CT obtained 90 min ago, the IVH is new and the haematoma is unchanged.", [IPH, IVH], NS, "new", C, M(ive=True)),
    R("Mixed density left SDH. Increased midline shift 4 → 8 mm. Collection size unchanged at 17 mm.", [SDH], "mixed", "stable", C, M(8), 17),
    R("Blood-fluid levels in the occipital horns. The third ventricle and temporal horns are now dilated; on the CT from yesterday evening they were normal.", [IVH], NS, NS, C, M(hydro=True)),
    R("EXAMINATION: CT brain. INDICATION: Headache and vomiting, known left cerebellar haemorrhage. COMPARISON: 12/06/2026 08:10. FINDINGS: The left cerebellar haematoma measures 3.2 x 2.9 cm, previously 3.1 x 2.8 cm, a difference within measurement variability. Surrounding oedema has increased. The fourth ventricle is now effaced and the temporal horns of the lateral ventricles are dilated, measuring 6 mm (previously 2 mm). The prepontine cistern is narrowed. No supratentorial haemorrhage. IMPRESSION: 1. Left cerebellar haemorrhage, not significantly changed in size. 2. Increasing posterior fossa mass effect with new obstructive hydrocephalus, discussed with Dr Rahman at 10:42.", [IPH], NS, "stable", C, M(hydro=True), 32),
    R("Comparison with CT at 02:10. The right frontal contusion has increased from 1.5 to 2.3 cm. The left temporal contusion is unchanged. The thin left SDH is thinner (4 → 2 mm). The SAH has redistributed. No midline shift.", [CON, SDH, SAH], NS, "increased", C, size=23),
    # --- other new, unknown-change or hedged bleeds without a critical sign (urgent) ---
    R("Small acute right frontal convexity SAH. No mass effect. No prior imaging available.", [SAH], "acute", "no_prior", U),
    R("Left frontal intraparenchymal haemorrhage 1.2 cm with a thin rim of oedema. No midline shift.", [IPH], NS, NS, U, size=12),
    R("Possible tiny subdural haematoma along the falx, 2 mm; no prior for comparison.", [SDH], NS, "no_prior", U, size=2, hedged=True),
    R("ED provider note: 82F, fall from standing, on aspirin. CTH: small L parafalcine SDH ~3mm, no MLS. D/w NSGY: admit, repeat CT in 6h, neuro obs hourly.", [SDH], NS, NS, U, size=3),
    R("Cannot exclude a small epidural hematoma beneath the right parietal fracture versus a prominent venous sinus. CT venogram suggested.", [EDH], NS, NS, U, hedged=True),
    R("Hyperdense focus in the left thalamus, 9 mm, consistent with haemorrhage. Nothing to compare with.", [IPH], NS, "no_prior", U, size=9),
    R("Hemorrhagic transformation (HI-1) of the left MCA infarct. No mass effect.", [HT], NS, NS, U),
    R("Small-volume IVH in the occipital horns; no hydrocephalus.", [IVH], NS, NS, U),
    R("Bifrontal contusions, the largest 1.4 cm on the right. Basal cisterns are clear. No midline shift. No earlier studies.", [CON], NS, "no_prior", U, size=14),
    R("Equivocal trace SAH in the left sylvian fissure; real or not? Cisterns normal. Recommend MRI with FLAIR/SWI if clinically relevant.", [SAH], NS, NS, U, hedged=True),
    R("Extra-axial haemorrhage along the right temporal convexity, 5 mm; cannot tell whether it is epidural or subdural. No shift.", [OTH], NS, NS, U, size=5),
    R("MRI: subacute haematoma in the left occipital lobe with methaemoglobin signal on T1, 1.7 cm. No prior imaging.", [IPH], "subacute", "no_prior", U, size=17),
    R("Acute SDH, right, 4 mm. Cisterns OK. NO MLS.", [SDH], "acute", NS, U, size=4),
    R("Likely haemorrhagic transformation in the right caudate, versus contrast staining after thrombectomy. Repeat CT at 24 h.", [HT], NS, NS, U, hedged=True),
    R("tSAH bilat frontal sulci. no shift. no hydro. c-spine neg.", [SAH], NS, NS, U),
    R("Sub-centimetre right parietal contusion with a hyperdense core and a little surrounding oedema.", [CON], NS, NS, U),
    R("Suspicion of a thin acute subdural along the left tentorium; it is more conspicuous than on the head CT of 6 h ago.", [SDH], "acute", "increased", U, hedged=True),
    R("Mild midline shift (3 mm) from a right frontal intraparenchymal haemorrhage measuring 2.1 x 1.8 cm. No comparison studies.", [IPH], NS, "no_prior", U, M(3), 21),
    R("Left subdural haematoma with mild midline shift, without herniation. This is the first imaging of this patient.", [SDH], NS, "no_prior", U, M(YES, mild=True)),
    R("Neurosurgery consult: 58M, headache. CT shows a small L occipital IPH, 1.3 cm, likely hypertensive. No hydro, no IVH, no shift. No neurosurgical intervention; BP control, repeat CT in the morning.", [IPH], NS, NS, U, size=13),
    R("Blood products in the fourth ventricle, small volume, acute. Ventricular system of normal size. No prior.", [IVH], "acute", "no_prior", U),
    R("Possible haemorrhagic transformation of the recent right occipital infarct on SWI; the infarct is otherwise as on the MRI last week.", [HT], NS, NS, U, hedged=True),
    R("Haemorrhage in the pons, 8 mm, perhaps from a cavernoma.", [IPH], NS, NS, U, size=8),
    R("Hyperdense material in the interpeduncular cistern, may represent subarachnoid blood or normal dense vessels.", [SAH], NS, NS, U, hedged=True),
    R("Acute right temporal EDH 7 mm, without mass effect.", [EDH], "acute", NS, U, size=7),
    R("Contusions of the left temporal pole and orbitofrontal gyri, acute. No herniation. No comparison.", [CON], "acute", "no_prior", U),
    R("Left lentiform nucleus hemorrhage, volume 12 cc. No intraventricular extension. No midline shift. No prior CT.", [IPH], NS, "no_prior", U),
    R("Petechial haemorrhagic transformation in the right MCA infarct; no prior for comparison.", [HT], NS, "no_prior", U),
    R("Traumatic SAH in the right sylvian fissure and along the tentorium; small left convexity SDH, 3 mm. Ventricles normal. Cisterns patent.", [SAH, SDH], NS, NS, U, size=3),
    R("Small acute SDH left tentorial leaflet. no previous to compare.", [SDH], "acute", "no_prior", U),
    R("Indeterminate hyperdense lesion in the right frontal lobe: haemorrhage or a calcified lesion? MRI recommended.", [IPH], NS, NS, U, hedged=True),
    R("Hemorrhage at the gray-white junction of the left parietal lobe (1.1 cm) in a patient with known melanoma; a haemorrhagic metastasis is likely. No prior head imaging.", [IPH], NS, "no_prior", U, size=11),
    R("ED triage note: CT head shows small R IVH + SAH, neurosurgery notified.", [IVH, SAH], NS, NS, U),
    R("An extra-axial collection of mixed density over the right convexity, 9 mm, compartment not certain. No comparison. No shift.", [OTH], "mixed", "no_prior", U, size=9),
    R("?small SDH L frontal vs beam hardening. no MLS.", [SDH], NS, NS, U, hedged=True),
    R("Hyperacute haematoma in the right putamen with a fluid-fluid level in this anticoagulated patient, 2.6 cm. No mass effect beyond local sulcal effacement. First study.", [IPH], "acute", "no_prior", U, size=26),
    R("Small amount of SAH in the quadrigeminal cistern. The basal cisterns are otherwise patent.", [SAH], NS, NS, U),
    R("ICU progress note, post-op day 0 after AVM resection. CT: small amount of blood in the resection bed, 1 cm, no shift, no hydro. No preoperative comparison in our system.", [IPH], NS, "no_prior", U, size=10),
    R("MRI brain with SWI: acute haemorrhage within a left frontal tumour, 2.3 cm; no comparison.", [IPH], "acute", "no_prior", U, size=23),
    R("Subgaleal haematoma with a thin underlying left frontal SDH (2 mm). No mass effect.", [SDH], NS, NS, U, size=2),
    R("There is likely an 8 mm acute epidural haematoma in the left middle cranial fossa, partly hidden by streak artefact; comparison is not possible as this is the first study.", [EDH], "acute", "no_prior", U, size=8, hedged=True),
    R("Posterior fossa: small right cerebellar haemorrhage, 1.5 cm. Fourth ventricle patent. No hydrocephalus.", [IPH], NS, NS, U, size=15),
    R("Hemorrhagic transformation of the left PCA infarct: parenchymal hematoma type 1. Midline shift: none.", [HT], NS, NS, U),
    R("FINDINGS: Right frontal intraparenchymal hemorrhage measuring 2.0 x 1.6 cm with mild surrounding vasogenic edema. Mild local mass effect on the frontal horn. No midline shift. No intraventricular extension. The basal cisterns are patent. No hydrocephalus. No skull fracture. IMPRESSION: 1.7 cm right frontal intraparenchymal hemorrhage without significant mass effect.", [IPH], NS, NS, U, size=20),
    R("Acute contusion in the left temporal lobe with overlying SAH.", [CON, SAH], "acute", NS, U),
    R("Possibly a small IVH in the left occipital horn (tiny dependent hyperdensity) versus choroid plexus.", [IVH], NS, NS, U, hedged=True),
    R("Hemorrhagic conversion within the right cerebellar infarct, 1.1 cm. The fourth ventricle is compressed, but the lateral ventricles are not dilated.", [HT], NS, NS, U, size=11),
    R("Small SDH anterior to the right temporal lobe, 5 mm; compared with the CT one hour ago, motion makes it impossible to say whether it has changed.", [SDH], NS, NS, U, size=5),
    R("Blood in the left sylvian and interhemispheric fissures, probably from the 6 mm left MCA aneurysm seen on CTA. First imaging; no hydrocephalus.", [SAH], NS, "no_prior", U),
    R("MRI: a few foci of susceptibility in the corpus callosum compatible with haemorrhagic diffuse axonal injury. No prior MRI.", [IPH], NS, "no_prior", U),
    R("Trace IVH. Nothing else.", [IVH], NS, NS, U),
    R("Right frontal haemorrhagic contusion, 2.2 cm, with a little overlying subarachnoid blood. No shift; cisterns patent.", [CON, SAH], NS, NS, U, size=22),
    R("Spontaneous lobar haemorrhage, L occipital, acute, 24 mm. No earlier study on PACS.", [IPH], "acute", "no_prior", U, size=24),
    R("HT right basal ganglia, petechial. Check CT at 24h.", [HT], NS, NS, U),
    R("Cannot exclude SAH in the right frontal sulci; the appearance is similar to the CT of this morning.", [SAH], NS, "stable", U, hedged=True),
    R("impression number one small left convexity subdural hematoma measuring four millimeters number two no midline shift", [SDH], NS, NS, U, size=4),
    R("Possible new small SDH along the right tentorium compared with two days ago; it may be volume averaging.", [SDH], NS, "new", U, hedged=True),
    R("Questionable additional blood in the left frontal sulci compared with the 10:00 CT; could be a small subarachnoid haemorrhage or artefact.", [SAH], NS, "increased", U, hedged=True),
    R("Suspected hemorrhagic transformation, new compared with yesterday's CT, versus contrast staining after thrombectomy.", [HT], NS, "new", U, hedged=True),
    R("Possible small contusion at the left frontal pole, new since the admission CT, versus partial volume of the orbital roof.", [CON], NS, "new", U, hedged=True),
    R("Tiny focus of IVH, possibly new since the prior scan, possibly artefact.", [IVH], NS, "new", U, hedged=True),
    R("Equivocal extra-axial blood over the left convexity, compartment indeterminate, perhaps slightly thicker than yesterday.", [OTH], NS, "increased", U, hedged=True),
    R("Subacute left convexity SDH, 11 mm, isodense to cortex. No midline shift. No prior.", [SDH], "subacute", "no_prior", U, size=11),
    R("Mixed-density right SDH, 12 mm, with 3 mm shift. No prior CT.", [SDH], "mixed", "no_prior", U, M(3), 12),
    R("Acute-on-chronic left SDH, thickness 8 mm, mild shift.", [SDH], "mixed", NS, U, M(YES, mild=True), 8),
    R("Hyperdense components within a mostly hypodense right subdural collection measuring 1.0 cm; no priors.", [SDH], NS, "no_prior", U, size=10),
    R("CTA: 1.9 cm left putaminal haematoma with a punctate spot sign. No prior.", [IPH], NS, "no_prior", U, size=19),
    R("EMERGENCY DEPARTMENT NOTE. HPI: 45-year-old woman, worst headache of her life starting during exercise 3 hours ago, vomited twice. Exam: GCS 15, neck stiffness, no focal deficit. Imaging: non-contrast CT head shows thin subarachnoid blood in the anterior interhemispheric fissure and the right sylvian fissure; ventricles normal in size; no parenchymal haematoma. CTA pending. Assessment: aneurysmal SAH until proven otherwise, Hunt-Hess 2. Plan: neurosurgery and neuro-IR paged, nimodipine, SBP < 160, hourly neuro checks.", [SAH], NS, NS, U),
    R("ICU day 1 note: spontaneous L thalamic ICH with a small IVH component. Only the CT on arrival so far; repeat due at 18:00. No EVD needed at present.", [IPH, IVH], NS, NS, U, M(ive=True)),
    R("Intraventricular haemorrhage, small, in the right frontal horn, in a premature neonate on cranial ultrasound; ventricles not dilated. First scan.", [IVH], NS, "no_prior", U),
    R("Right sided EDH c. 6mm, no midline shift, no herniation, acute. GCS 15. Obs.", [EDH], "acute", NS, U, size=6),
    R("Acute traumatic SDH over the left frontal convexity (0.5 cm) and small right temporal contusion; no earlier imaging.", [SDH, CON], "acute", "no_prior", U, size=5),
    # --- stable, decreasing, or chronic known bleeds without a new sign (routine) ---
    R("Right convexity SDH unchanged in thickness at 8 mm compared with 12/05. No midline shift.", [SDH], NS, "stable", RT, size=8),
    R("Left frontal contusion slightly less dense but same size (1.9 cm), consistent with evolution.", [CON], NS, "stable", RT, size=19),
    R("Residual SAH in the left sylvian fissure, decreased compared with two days ago.", [SAH], NS, "decreased", RT),
    R("Chronic bilateral subdural haematomas, 7 mm each, unchanged from the MRI of June.", [SDH], "chronic", "stable", RT, size=7),
    R("Evolving right parietal haematoma, now 2.4 cm (was 3.0 cm), with a hypodense periphery. Less local mass effect.", [IPH], NS, "decreased", RT, size=24),
    R("The IVH has nearly cleared; trace residual in the left occipital horn.", [IVH], NS, "decreased", RT),
    R("Chronic left SDH, 10 mm, low density. No comparison.", [SDH], "chronic", "no_prior", RT, size=10),
    R("Haemorrhagic transformation of the left MCA infarct, HI-2, similar to 48 h ago.", [HT], NS, "stable", RT),
    R("The known 6 mm left-to-right midline shift is stable, as is the left SDH (15 mm).", [SDH], NS, "stable", RT, M(6, known=["midline_shift"]), 15),
    R("The EDH is stable at 9 mm on today's follow-up (previously 9 mm). No shift.", [EDH], NS, "stable", RT, size=9),
    R("Post evacuation of a left acute SDH: small residual subdural collection of 4 mm with expected postoperative pneumocephalus. The midline shift has resolved. Compared with the preoperative CT the haematoma is much smaller.", [SDH], NS, "decreased", RT, size=4),
    R("Stable ventriculomegaly in this patient with previous SAH and a VP shunt; the residual blood in the sylvian fissure has decreased.", [SAH], NS, "decreased", RT, M(hydro=True, known=["hydrocephalus"])),
    R("Follow-up SAH, day 7: near-complete resolution of the subarachnoid blood. Ventricles normal. No infarct from vasospasm.", [SAH], NS, "decreased", RT),
    R("Contusions decreasing in attenuation and size: right frontal 1.1 cm (was 1.6 cm).", [CON], NS, "decreased", RT, size=11),
    R("The right temporal EDH is resorbing: 5 mm today, 8 mm on the 3rd.", [EDH], NS, "decreased", RT, size=5),
    R("Unchanged appearance of the left thalamic IPH with a small IVH component, CT vs CT of 06:00.", [IPH, IVH], NS, "stable", RT, M(ive=True)),
    R("Redistributed intraventricular blood, now in the dependent occipital horns, without increase in total volume. Ventricular size stable and normal.", [IVH], NS, "stable", RT),
    R("Stable haemorrhagic transformation: the petechial blood in the left lentiform nucleus is no different from Monday's scan.", [HT], NS, "stable", RT),
    R("Burr-hole drainage of a right CSDH two weeks ago; small residual collection of 6 mm, less than on the post-op scan (9 mm). No rebleed.", [SDH], NS, "decreased", RT, size=6),
    R("Extra-axial haematoma of uncertain compartment over the left occipital convexity, unchanged (8 mm).", [OTH], NS, "stable", RT, size=8),
    R("Small chronic right frontal SDH. 5 mm.", [SDH], "chronic", NS, RT, size=5),
    R("The haemorrhagic transformation in the left MCA territory is becoming isodense and is barely perceptible now.", [HT], NS, "decreased", RT),
    R("Mass effect from the right frontal IPH has lessened; midline shift 3 mm (was 6 mm). The haematoma is smaller at 3.2 cm.", [IPH], NS, "decreased", RT, M(3), 32),
    R("ICU progress note: SAH day 10, EVD clamped. CT this morning: ventricles stable, the residual SAH minimal and decreasing. Plan: remove EVD.", [SAH], NS, "decreased", RT),
    R("Left parietal contusion, same as before; no new haemorrhage.", [CON], NS, "stable", RT),
    R("Mixed-density left SDH, unchanged in size (14 mm) and density vs. one week ago; stable 4 mm midline shift.", [SDH], "mixed", "stable", RT, M(4, known=["midline_shift"]), 14),
    R("Compared to 9/12: resolving right EDH, 4 mm, no mass effect.", [EDH], NS, "decreased", RT, size=4),
    R("Interval decrease in the primary IVH; the ventricles, mildly dilated before, are now normal in size.", [IVH], NS, "decreased", RT),
    R("Follow-up of the left basal ganglia haemorrhage: it has become smaller, hypodense at the edges, 1.6 cm (from 2.4 cm). The intraventricular extension seen before has cleared.", [IPH], NS, "decreased", RT, size=16),
    R("Stable chronic subdural collections bilaterally, the right with a membrane; no acute component.", [SDH], "chronic", "stable", RT),
    R("Chronic right convexity subdural haematoma of 1.2 cm; no prior available. No significant mass effect.", [SDH], "chronic", "no_prior", RT, size=12),
    R("The traumatic SAH is less conspicuous than on admission, now confined to a couple of sulci.", [SAH], NS, "decreased", RT),
    R("Bifrontal haemorrhagic contusions show the expected evolution with surrounding oedema; no enlargement since the scan of 4 December.", [CON], NS, "stable", RT),
    R("The haemorrhagic transformation (PH1) in the right MCA territory is smaller, with early resorption.", [HT], NS, "decreased", RT),
    R("Extra-axial blood, either subdural or epidural, along the right tentorium, less than before.", [OTH], NS, "decreased", RT),
    R("Follow-up MRI: the left frontal haematoma is now late subacute (T1-bright rim) and has decreased from 2.8 to 2.0 cm.", [IPH], "subacute", "decreased", RT, size=20),
    R("Hydrocephalus stable after EVD placement. IVH decreasing.", [IVH], NS, "decreased", RT, M(hydro=True, known=["hydrocephalus"])),
    R("Post-craniotomy: the right temporal EDH has been evacuated; thin residual extradural blood of 3 mm beneath the bone flap, as expected. Midline shift 2 mm (previously 8 mm).", [EDH], NS, "decreased", RT, M(2), 3),
    R("Left cerebellar haemorrhage unchanged, 2.1 cm. Known mild dilatation of the temporal horns, also unchanged.", [IPH], NS, "stable", RT, M(hydro=True, known=["hydrocephalus"]), 21),
    R("CT head, compared with the prior of 3 days ago. No change in the small left parietal SAH.", [SAH], NS, "stable", RT),
    R("Chronic SDH, right, 9mm. Stable. No MLS.", [SDH], "chronic", "stable", RT, size=9),
    R("Same-size (1.3 cm) left occipital IPH, slightly less dense. No new bleed.", [IPH], NS, "stable", RT, size=13),
    R("Dear Dr Patel, Mr K's six-week scan shows that the left chronic subdural haematoma has largely resolved, leaving a 3 mm rim only. No further imaging follow-up is needed.", [SDH], "chronic", "decreased", RT, size=3),
    R("Small IVH in the right occipital horn, same as on the last CT.", [IVH], NS, "stable", RT),
    R("Stable mild subfalcine herniation (4 mm) from the unchanged left SDH (13 mm).", [SDH], NS, "stable", RT, M(4, hern=True, known=["midline_shift", "herniation"]), 13),
    R("Unchanged effacement of the right ambient cistern; the right temporal contusion is slightly smaller.", [CON], NS, "decreased", RT, M(cist=True, known=["cistern_effacement"])),
    R("Left SDH 11 mm with 7 mm midline shift, both unchanged from 12/04.", [SDH], NS, "stable", RT, M(7, known=["midline_shift"]), 11),
    R("Small chronic left parafalcine SDH with no change.", [SDH], "chronic", "stable", RT),
    R("Right frontal ICH evolving as expected: density decreased, size similar at 3 cm, oedema slightly more; no shift.", [IPH], NS, "stable", RT, size=30),
    R("SAH day 14: ventricular size stable (shunted); the subarachnoid blood has cleared except for a little in the interpeduncular cistern.", [SAH], NS, "decreased", RT, M(hydro=True, known=["hydrocephalus"])),
    R("No change in the left temporal contusion (1.5 cm) compared to the CT of 12/05 21:30.", [CON], NS, "stable", RT, size=15),
    R("The intraventricular extension of the right thalamic haemorrhage has diminished; the thalamic haematoma is smaller (1.4 cm).", [IPH, IVH], NS, "decreased", RT, M(ive=True), 14),
    R("Subacute left SDH, unchanged.", [SDH], "subacute", "stable", RT),
    R("Haemorrhagic transformation of the right PCA infarct, stable, with decreasing oedema.", [HT], NS, "stable", RT),
    R("f/u CTH: R EDH 6mm (prev 6), stable. no shift.", [EDH], NS, "stable", RT, size=6),
    R("Blood in the left frontal horn, less than yesterday; ventricles not enlarged.", [IVH], NS, "decreased", RT),
    R("Haemorrhage of uncertain compartment at the right vertex, unchanged from last night.", [OTH], NS, "stable", RT),
    R("Chronic-appearing left SDH (8 mm) found incidentally on this first head CT; no acute blood.", [SDH], "chronic", "no_prior", RT, size=8),
    R("Old, chronic subdural haematoma over the right hemisphere, 15 mm; no earlier imaging.", [SDH], "chronic", "no_prior", RT, size=15),
    R("Chronic left convexity SDH, unchanged in size, its membrane minimally more conspicuous. No new blood.", [SDH], "chronic", "stable", RT),
    R("CT HEAD WITHOUT CONTRAST. HISTORY: 79-year-old, known right subdural, follow-up. TECHNIQUE: Axial 5 mm with coronal and sagittal reformats. COMPARISON: 26 November 2026 and 1 December 2026. FINDINGS: A crescentic right holohemispheric subdural collection, predominantly hypodense with a few thin internal septations, measures up to 13 mm in thickness today, compared with 14 mm on 1 December and 13 mm on 26 November. No hyperdense acute component. Midline shift 3 mm, previously 4 mm. The basal cisterns are patent. The ventricles are normal in size for age. No new intracranial haemorrhage. Mild chronic small vessel ischaemic change. IMPRESSION: Stable chronic right subdural haematoma. No acute haemorrhage.", [SDH], "chronic", "stable", RT, M(3), 13),
    R("NSGY consult f/u: known chronic R SDH 11 mm, CT today stable, neuro intact, no surgical indication. Clinic in 4 weeks with CT.", [SDH], "chronic", "stable", RT, size=11),
    R("MICU/Neuro progress note HD#4. S: sedated. O: ICP 14, EVD open at 10. CT head this AM: R BG ICH 4.1 cm, unchanged from HD#2; IVH unchanged. Midline shift 6 mm (HD#2: 6 mm). A/P: stable haematoma; continue EVD, wean sedation.", [IPH, IVH], NS, "stable", RT, M(6, ive=True, known=["midline_shift"]), 41),
    # --- more of each, harder wording ---
    R("Right occipital haematoma: 2.2 cm on the Tuesday scan, 2.2 cm today. Oedema similar.", [IPH], NS, "stable", RT, size=22),
    R("Left SDH. On the 06:00 CT it measured 7 mm; today it measures 12 mm.", [SDH], NS, "increased", C, size=12),
    R("SAH along the left tentorium and within the ambient cistern which is now effaced; on the study at 13:05 the cistern was open.", [SAH], NS, NS, C, M(cist=True)),
    R("Progress note (neurology, stroke unit): day 2 post-tPA. Repeat CT at 24 h shows petechial haemorrhagic transformation, HI-1, in the right insula; the 6 h scan was clear. NIHSS unchanged at 6. Hold antiplatelets, repeat imaging in 1 week.", [HT], NS, "new", C),
    R("Contusion L frontal 2.5cm -- unchanged vs yesterday. SAH a bit less. no shift.", [CON, SAH], NS, "stable", RT, size=25),
    R("Chronic subdural, left, 14 mm, with a 5 mm shift of the midline. No comparison available.", [SDH], "chronic", "no_prior", C, M(5), 14),
    R("Bilateral isodense subdural collections, 11 and 9 mm, described as chronic. Mild midline shift toward the right. No herniation.", [SDH], "chronic", NS, RT, M(YES, mild=True), 11),
    R("The extradural haematoma seen on the scan from the district hospital (1 cm) is now 5 mm after evacuation; small extradural drain in place.", [EDH], NS, "decreased", RT, size=5),
    R("Less intraventricular blood than at 04:00; the third ventricle has cleared. Ventricles unchanged in size and not dilated.", [IVH], NS, "decreased", RT),
    R("Bleed in the right frontal lobe is a bit bigger than the scan this morning, about 3.5 cm now against 3 cm. Still no midline shift, no blood in ventricles.", [IPH], NS, "increased", C, size=35),
    R("Interval evolution of the haemorrhagic transformation in the left temporal lobe, which now appears as confluent parenchymal haematoma (PH-2) rather than the petechial pattern of 12/05.", [HT], NS, "increased", C),
    R("CT brain: small acute subdural haematoma anterior to the right middle cranial fossa; no shift; no comparison; neurosurgery informed by telephone.", [SDH], "acute", "no_prior", U),
    R("SWI shows blooming in the left thalamus consistent with haemorrhage, 6 mm, age indeterminate. No earlier MRI.", [IPH], NS, "no_prior", U, size=6),
    R("Haemorrhage within both lateral ventricles and the third ventricle (from a presumed AVM); no hydrocephalus yet.", [IVH], NS, NS, U),
    R("Extra-axial haematoma, compartment uncertain, left frontal, 7 mm, hyperdense. No priors to compare.", [OTH], NS, "no_prior", U, size=7),
    R("Chronic left SDH, 10 mm, now with new hyperdense components compared with the CT of 2 weeks ago, in keeping with a fresh bleed. No shift.", [SDH], "mixed", "new", C, size=10),
    R("The previously seen right temporal contusion has faded to a hypodense area with only a faint hyperdense centre.", [CON], NS, "decreased", RT),
    R("Post-op check after right frontal tumour resection: small amount of blood in the cavity, 8 mm, similar to the immediate post-op scan. No shift. No hydrocephalus.", [IPH], NS, "stable", RT, size=8),
    R("Compared with the CT done at the outside hospital on 12/04 at 22:00, the right parietal SAH appears redistributed into the adjacent sulci with no new blood.", [SAH], NS, "stable", RT),
    R("Left temporal haematoma, 4 cm, with uncal herniation and effacement of the ambient and suprasellar cisterns. Midline shift 9 mm.", [IPH], NS, NS, C, M(9, hern=True, cist=True), 40),
    R("The small SDH along the falx has not changed since admission (3 mm).", [SDH], NS, "stable", RT, size=3),
    R("No midline shift, no herniation. Tiny acute SAH in a left parietal sulcus.", [SAH], "acute", NS, U),
    R("The left occipital IPH is the same size but has now ruptured into the left lateral ventricle; ventricular size normal.", [IPH, IVH], NS, "new", C, M(ive=True)),
    R("Acute SDH left convexity 9 mm and left temporal contusion 2 cm, both new since the 09:30 scan; 3 mm midline shift.", [SDH, CON], "acute", "new", C, M(3), 20),
    R("Haemorrhagic transformation right MCA, HI-2; CT from this morning shows the same degree of haemorrhage.", [HT], NS, "stable", RT),
    R("L EDH 1.1cm. MLS nil. Prev CT (referring hosp, 2h ago): 0.6cm.", [EDH], NS, "increased", C, size=11),
    R("Cerebellar contusion, left, 1.6 cm, smaller than on the scan of 6/12 (2.0 cm). The fourth ventricle is patent.", [CON], NS, "decreased", RT, size=16),
    R("IVH with casting of the left lateral ventricle, unchanged vs 12 h ago; temporal horns unchanged in calibre and mildly dilated.", [IVH], NS, "stable", RT, M(hydro=True, known=["hydrocephalus"])),
    R("Right parafalcine SDH thickness 6 mm (prior 6 mm); new subarachnoid blood in the left sylvian fissure.", [SDH, SAH], NS, "new", C, size=6),
    R("Probable haemorrhagic contusion in the right temporal lobe, 1 cm, no comparison.", [CON], NS, "no_prior", U, size=10, hedged=True),
    R("Haemorrhagic transformation, left frontal infarct: no earlier non-contrast CT available; PH-1, 1.8 cm, no mass effect.", [HT], NS, "no_prior", U, size=18),
    R("Chronic subdural hygroma with blood products on the left, 6 mm, no prior.", [SDH], "chronic", "no_prior", RT, size=6),
    R("Postoperative CT after clipping of a right MCA aneurysm: residual SAH, less than on the preoperative scan. Clip artefact. No hydrocephalus.", [SAH], NS, "decreased", RT),
    R("Biconvex extradural collection, right frontal, 14 mm, with a swirl of low density within it. No midline shift. No prior imaging.", [EDH], NS, "no_prior", U, size=14),
    R("Hemorrhagic transformation of a right cerebellar infarct with a trapped fourth ventricle and dilated lateral ventricles, not seen on the study of 12/05.", [HT], NS, "new", C, M(hydro=True)),
    R("The chronic right SDH (16 mm) is unchanged, but a thin acute left tentorial SDH is new. No shift.", [SDH], "mixed", "new", C, size=16),
    R("Left convexity acute SDH, 10 mm, pushing the midline to the right (not measurable on this motion-degraded study). No prior.", [SDH], "acute", "no_prior", C, M(YES), 10),
]
# fmt: on


def rows() -> list[dict]:
    gold = MAKE_SET.gold_priority
    out = []
    for i, r in enumerate(ROWS):
        row = {"id": f"p6-{i:03d}", "kind": "heldout-6", **{k: v for k, v in r.items() if k != "want"}}
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
