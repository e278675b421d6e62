# ruff: noqa: E501  (report texts are kept on one line each)
"""Writes heldout-8.jsonl: the worklist-priority held-out set 8 (issue 20), written by hand by `pblind8`.

Every text was invented for this set in its author's own words, blind: without opening the rule tier, the text
layer, the priority code, the synthetic generator, the priority / rules tests or the texts of any other labeled set
(read for the format only: make_set.py's docstring, `gold_priority`, `CRITICAL_SIGNS` and `_me`, heldout7.py's
docstring and helpers, README-heldout-7.md up to its measurement sections, the first line of heldout-7.jsonl and
the priority-set tests in tests/test_heldout_set.py). Measured once, by the lead, on the final release; never used
to change the extractor or the policy (if it is, it is spent: say so in its README).

Styles unlike set 7's: a US community radiologist's quick dictation, a UK on-call registrar's preliminary,
Australian / NZ report style, an overseas teleradiology company's templated report, verbose neuroradiology MRI
(SWI, FLAIR, DWI), trauma-surgery progress notes, paediatric reports (NAI, neonatal IVH grades), stroke-team
post-thrombolysis notes (HI-1 / HI-2 / PH-1 / PH-2, ECASS / Heidelberg wording), neurosurgical operative follow-up
("post-evacuation", "residual", "re-accumulation", "drain in situ"), comparisons in tables, volumes in mL beside
mm, relative sizes ("about a third smaller"), dates written many ways.

Labels by hand (attributes); gold priority by make_set.gold_priority. Each row states the priority its author meant
(`want`); the script stops if the table disagrees. Conventions: heldout7.py's, plus these (*):
- * haemorrhagic transformation of an infarct of any grade (HI-1, HI-2, PH-1, PH-2, "parenchymal haematoma type 2",
  Heidelberg 1a-3c) is `hemorrhagic_transformation`, never intraparenchymal; its change is against the stated
  pre-thrombolysis / pre-thrombectomy / 24 h scan; "converted from HI-2 to PH-1" is increased.
- * after an operation, the change is against the last scan named (usually the post-operative one):
  "residual ... smaller" is decreased, "re-accumulation" / "recollection" is increased, "expected post-operative
  appearance, residual unchanged" is stable; a drain in situ or pneumocephalus changes nothing.
- * a volume in mL with no linear size leaves `size_mm` empty; with both, `size_mm` is the linear maximum.
- * relative sizes ("about a third smaller", "roughly doubled") set the change like a number would.
- * neonatal grades: grade I (germinal matrix only) is `other`; grade II is intraventricular; grade III
  (ventricular dilatation) is intraventricular with hydrocephalus; grade IV (periventricular haemorrhagic
  infarction) is intraventricular + intraparenchymal; a grade that rises (I -> II, II -> III) is increased.
- * NAI: subdural collections "of differing density / ages" are `mixed` acuity; a retinal or scalp finding is not a
  subtype.
- * several bleeds with different changes: the row takes the most urgent (new > increased > stable > decreased).
- * a trauma note's "repeat CT" / "rescan" is the comparison; "first scan" / "no prior imaging" is no_prior.

Run: python tests/data/priority/heldout8.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from priority_writer import *  # noqa: F403  (the label shorthands, R, numbered, write)
from priority_writer import M

OUT = Path(__file__).with_name("heldout-8.jsonl")

# fmt: off
ROWS = [
    # --- US community radiologist, quick dictation ---
    R("CT head noncon. Compared to 12/4. Left SDH now 14 mm, was 8. Shift 6 mm to the right. Called Dr. Patel 0215.", [SDH], NS, INC, C, M(shift=6), size=14),
    R("Noncon head. No old films. Small acute right parietal SDH, 4 mm, no shift. ED aware.", [SDH], "acute", NP, U, size=4),
    R("CT brain wo. Comparison Dec 3rd. Chronic bilateral SDHs, left 9 mm right 6 mm, essentially unchanged. No shift.", [SDH], "chronic", STB, RT, size=9),
    R("Head CT. Vs 11/30/26: the left subdural is smaller, 5 mm from 10 mm. Nothing new.", [SDH], NS, DEC, RT, size=5),
    R("Noncontrast head CT, no priors. Thin subdural along the tentorium, maybe 3 mm. Otherwise negative.", [SDH], NS, NP, U, size=3),
    R("CT head. Prior from this AM. New right frontal IPH, 2.5 cm, surrounding edema, 3 mm leftward shift. Called to Dr. Ortiz, read back.", [IPH], NS, NEW, C, M(shift=3), size=25),
    R("Head CT wo. Compared 12-05-2026. Left putaminal bleed about the same, 3.1 cm (3.0). No IVH, no hydro.", [IPH], NS, STB, RT, size=31),
    R("CT head. Known thalamic hemorrhage, a little smaller than Monday, 1.8 cm now vs 2.2. Mild residual IVH in the occipital horns, less.", [IPH, IVH], NS, DEC, RT, size=18),
    R("Noncon CT head. Left cerebellar hemorrhage 3.5 cm. Fourth ventricle effaced, early hydro with temporal horn dilation. No comparison.", [IPH], NS, NP, C, M(hydro=True), size=35),
    R("CT head. No prior. Acute SAH, basal cisterns and both sylvian fissures. No hydro yet. Recommend CTA.", [SAH], "acute", NP, U),
    R("Head CT compared w/ 12/6. SAH has mostly washed out; trace left in the right sylvian fissure. Ventricles stable.", [SAH], NS, DEC, RT),
    R("CT head. Compared to yesterday. Interval increase in SAH, now filling the interhemispheric fissure, with new hydrocephalus. Neurosurg called.", [SAH], NS, INC, C, M(hydro=True)),
    R("Head CT no contrast. 12/5 comparison. Small convexity SAH right frontal sulci, same as before.", [SAH], NS, STB, RT),
    R("CT head wo. Right temporal EDH 1.6 cm, no prior. Shift 4 mm. Skull fracture overlying. Surgeon at bedside.", [EDH], NS, NP, U, M(shift=4), size=16),
    R("Head CT. EDH left parietal bigger than on the 0300 scan, 2.4 cm vs 1.5 cm, shift 7 mm now.", [EDH], NS, INC, C, M(shift=7), size=24),
    R("CT head. Small frontal EDH, 6 mm, stable vs Dec 5. No mass effect.", [EDH], NS, STB, RT, size=6),
    R("Noncon head CT. Bifrontal contusions, no priors, largest 1.2 cm left. No shift.", [CON], NS, NP, U, size=12),
    R("CT head f/u. Contusions have blossomed since the trauma scan, right temporal now 3 cm from 1.5, with 5 mm shift and effacement of the ambient cistern.", [CON], NS, INC, C, M(shift=5, cist=True), size=30),
    R("CT head. Contusions look about the same as 12/06. No new blood.", [CON], NS, STB, RT),
    R("Head CT. Isolated IVH in the right lateral ventricle. Ventricles normal size. Nothing to compare.", [IVH], NS, NP, U),
    R("CT head. IVH now casts the third and fourth ventricles, new since 6 pm, with hydro. EVD requested.", [IVH], NS, INC, C, M(hydro=True)),
    R("CT head. Hemorrhagic conversion of the L MCA stroke, new compared to yesterday's CT, small petechial. No mass effect.", [HT], NS, NEW, C),
    R("CT head. Known hemorrhagic conversion R MCA territory, stable. No shift.", [HT], NS, STB, RT),
    R("Head CT: possible tiny SDH along the falx, 2 mm, vs artifact. No prior.", [SDH], NS, NP, U, size=2, hedged=True),
    R("Head CT: ? trace SAH left sylvian fissure, new vs the 12/4 scan. Could be volume averaging.", [SAH], NS, NEW, U, hedged=True),
    R("CT head. Extra-axial blood over the left convexity, can't say subdural vs epidural, 8 mm, no prior, no shift.", [OTH], NS, NP, U, size=8),
    # --- UK on-call registrar, preliminary ---
    R("Prelim report (StR on call, to be verified by consultant): Acute L SDH 11mm with 7mm MLS to the R. No previous imaging on PACS. Discussed with NSx reg.", [SDH], "acute", NP, C, M(shift=7), size=11),
    R("Registrar preliminary: compared with CT 04/12/26, the R chronic SDH is unchanged at 13 mm. Midline shift 4 mm as before. No acute component.", [SDH], "chronic", STB, RT, M(shift=4, known=[SHIFT]), size=13),
    R("Prelim (on-call registrar): acute-on-chronic R SDH, 16mm, was 10mm on 2nd Dec. MLS 9mm, subfalcine herniation. Urgent NSx referral made.", [SDH], "mixed", INC, C, M(shift=9, hern=True), size=16),
    R("On-call prelim: small L frontal SDH 5mm. Previous CT 05.12.2026 similar. No MLS.", [SDH], NS, STB, RT, size=5),
    R("Prelim: the L convexity SDH has reduced to 4mm (previously 8mm on 3/12). No new haemorrhage.", [SDH], NS, DEC, RT, size=4),
    R("Registrar prelim, CT head: large L MCA territory infarct with new haemorrhagic transformation compared with the admission scan, 5mm midline shift. Stroke team informed.", [HT], NS, NEW, C, M(shift=5)),
    R("On-call registrar: R lentiform haematoma 35 mL (ABC/2), no comparison available. IVH extension into R lateral ventricle, no hydrocephalus.", [IPH], NS, NP, U, M(ive=True)),
    R("Prelim: L lobar haematoma slightly larger than the scan of 06/12, 4.2cm vs 3.8cm. Some oedema. MLS 3mm.", [IPH], NS, INC, C, M(shift=3), size=42),
    R("Registrar prelim: diffuse SAH, modified Fisher 3. No prior imaging. Early hydrocephalus - temporal horns prominent.", [SAH], NS, NP, C, M(hydro=True)),
    R("Prelim: perimesencephalic SAH, small volume. No previous. No hydrocephalus.", [SAH], NS, NP, U),
    R("Prelim report: traumatic SAH in R parietal sulci - less conspicuous than on CT 05/12, consistent with clearance.", [SAH], NS, DEC, RT),
    R("On-call prelim: R EDH, 2.0 cm max depth, no prior CT. Uncal herniation on the R with effaced basal cisterns. NSx aware, going to theatre.", [EDH], NS, NP, C, M(hern=True, cist=True), size=20),
    R("Registrar: small posterior fossa EDH, 7 mm, appears slightly smaller than yesterday's. 4th ventricle patent.", [EDH], NS, DEC, RT, size=7),
    R("Prelim: bifrontal contusions, increased in size and surrounding oedema since CT 06/12/2026 (L 2.6 cm from 1.7 cm). Basal cisterns remain patent, no MLS.", [CON], NS, INC, C, size=26),
    R("Prelim: R temporal contusion, unchanged from 04/12. No MLS.", [CON], NS, STB, RT),
    R("Prelim: IVH layering in the occipital horns, ?source. No previous imaging. Ventricles not dilated.", [IVH], NS, NP, U),
    R("Registrar prelim: query small L SDH, ?beam hardening. No previous. Suggest review by consultant in the morning.", [SDH], NS, NP, U, hedged=True),
    R("Prelim: possible subtle haemorrhagic transformation in the infarct, new compared with yesterday - MRI SWI would clarify. No mass effect.", [HT], NS, NEW, U, hedged=True),
    R("PRELIM REPORT - ON CALL REGISTRAR. ACUTE R SUBDURAL HAEMATOMA 9MM. NO PREVIOUS. MIDLINE SHIFT 3MM. NO HERNIATION.", [SDH], "acute", NP, U, M(shift=3), size=9),
    R("PRELIM: L CEREBELLAR HAEMATOMA, INCREASED SINCE 05/12, NOW 3.2CM. 4TH VENTRICLE EFFACED WITH OBSTRUCTIVE HYDROCEPHALUS.", [IPH], NS, INC, C, M(hydro=True), size=32),
    R("Prelim: intraventricular blood in the 3rd ventricle is less than on CT of 4th Dec. Ventricular size improved but still dilated.", [IVH], NS, DEC, C, M(hydro=True)),
    R("Prelim: L SDH 8mm unchanged from 05/12/26. Hydrocephalus unchanged. MLS none.", [SDH], NS, STB, RT, M(hydro=True, known=[HYDRO]), size=8),
    # --- Australian / NZ report style ---
    R("CT BRAIN. Clinical notes: fall, on apixaban. Report: Comparison 5/12/26. The right subdural haematoma measures 12 mm (previously 7 mm), with midline shift now 6 mm. Conclusion: enlarging right SDH. Result phoned to Dr Nguyen.", [SDH], NS, INC, C, M(shift=6), size=12),
    R("CT Brain. Findings: there is a thin left holohemispheric subdural collection of fluid density, maximal 6 mm, consistent with a chronic subdural haematoma. No previous imaging for comparison. No mass effect. Comment: chronic SDH, suggest clinical correlation.", [SDH], "chronic", NP, RT, size=6),
    R("CT Brain: Comparison made with study of 3 December. Bilateral chronic subdural haematomas are stable in size. Thank you for referring this patient.", [SDH], "chronic", STB, RT),
    R("CT Brain. Post fall. The previously noted left SDH has largely resolved, with only a 2 mm residual rind. Conclusion: resolving SDH.", [SDH], NS, DEC, RT, size=2),
    R("CT Brain. Clinical notes: headache, ?SAH. Report: Hyperdense blood in the basal cisterns and Sylvian fissures bilaterally in keeping with acute subarachnoid haemorrhage. No prior. Ventricles normal calibre. Conclusion: acute SAH; CT angiogram recommended.", [SAH], "acute", NP, U),
    R("CT Brain. Comparison 6/12. Subarachnoid haemorrhage has redistributed, with less blood in the basal cisterns. Temporal horns remain dilated, slightly less than before.", [SAH], NS, DEC, C, M(hydro=True)),
    R("CT Brain, day 3 post clipping. SAH is stable. External ventricular drain in situ, ventricles decompressed. No new haemorrhage.", [SAH], NS, STB, RT),
    R("CT Brain. Right basal ganglia intracerebral haemorrhage, 3.4 x 2.2 cm, unchanged from the study of 06.12.2026. Perihaematomal oedema slightly more. No hydrocephalus.", [IPH], NS, STB, RT, size=34),
    R("CT Brain: Right frontal intracerebral haematoma measuring 28 mm, no comparison. Surrounding oedema with 2 mm midline shift. Conclusion: acute ICH, ?underlying lesion, MRI suggested.", [IPH], "acute", NP, U, M(shift=2), size=28),
    R("CT Brain. Comparison 4/12/26. The left occipital haematoma has reduced in density and size, now 19 mm (previously 25 mm). Conclusion: evolving, decreasing haematoma.", [IPH], NS, DEC, RT, size=19),
    R("CT Brain. Left temporal extradural haematoma, 14 mm, associated with a squamous temporal fracture. No previous imaging. No midline shift. Conclusion: EDH, neurosurgical opinion.", [EDH], NS, NP, U, size=14),
    R("CT Brain. The extradural haematoma is unchanged from the study of yesterday evening, 9 mm thick. No mass effect.", [EDH], NS, STB, RT, size=9),
    R("CT Brain: Haemorrhagic contusions in the inferior frontal lobes, new since the CT of 5th December (which showed only a small SDH). No midline shift.", [CON], NS, NEW, C),
    R("CT Brain: the frontal contusions are smaller and less dense than on 04/12. No new haemorrhage.", [CON], NS, DEC, RT),
    R("CT Brain: intraventricular haemorrhage within both lateral ventricles, similar to 6/12. Ventricles unchanged in size, not hydrocephalic.", [IVH], NS, STB, RT),
    R("CT Brain. Haemorrhagic transformation of the right MCA infarct, now with a parenchymal component not present on 5/12/26, 30 mm. Midline shift 6 mm. Conclusion: PH-type haemorrhagic transformation, discussed with stroke registrar.", [HT], NS, NEW, C, M(shift=6), size=30),
    R("CT Brain. Petechial haemorrhage within the left MCA infarct, appearances unchanged from 04/12/2026. No mass effect.", [HT], NS, STB, RT),
    R("CT Brain. Comparison nil. Small volume subarachnoid haemorrhage versus cortical contrast staining following angiography - cannot be differentiated on this study. Repeat in 24 hours.", [SAH], NS, NP, U, hedged=True),
    R("CT Brain. Hyperdensity along the right tentorium probably reflects a small subdural haematoma, not definitely seen on 5/12. No mass effect.", [SDH], NS, NEW, U, hedged=True),
    R("CT Brain. Mixed density collection at the left vertex, subdural vs extradural, 11 mm, with 3 mm midline shift. No comparison.", [OTH], "mixed", NP, U, M(shift=3), size=11),
    # --- overseas teleradiology company, templated ---
    R("TELERAD REPORT #TR-88213\nEXAM: CT HEAD WITHOUT CONTRAST\nPRIOR: NOT AVAILABLE\nFINDINGS: ACUTE SUBDURAL HEMATOMA RIGHT FRONTOPARIETAL 10 MM. MIDLINE SHIFT 6 MM.\nIMPRESSION: ACUTE SDH WITH MASS EFFECT. CRITICAL FINDING COMMUNICATED.", [SDH], "acute", NP, C, M(shift=6), size=10),
    R("TELERAD REPORT #TR-88240\nEXAM: CT HEAD\nPRIOR: 2026-12-05\nFINDINGS: LEFT SUBDURAL HEMATOMA 7 MM, PREVIOUSLY 7 MM.\nIMPRESSION: STABLE LEFT SDH.", [SDH], NS, STB, RT, size=7),
    R("Teleradiology Services Pvt Ltd | Site: Mercy Valley | Exam: CT Brain plain\nComparison: Dec 4, 2026\nFindings: Interval increase in right SDH to 15 mm (prior 9 mm). Midline shift 8 mm. Uncal herniation.\nImpression: Worsening SDH. Called to ED physician at 03:40 EST.", [SDH], NS, INC, C, M(shift=8, hern=True), size=15),
    R("Teleradiology Services | Exam: CT Brain plain\nComparison: none\nFindings: Small SAH in left frontal sulci. Ventricles normal.\nImpression: Small traumatic SAH.", [SAH], NS, NP, U),
    R("Teleradiology Services | Exam: CT Brain plain\nComparison: 12/06/2026\nFindings: SAH in the basal cisterns, increased compared to prior. Dilated temporal horns, new.\nImpression: Increasing SAH with new hydrocephalus.", [SAH], NS, INC, C, M(hydro=True)),
    R("Teleradiology Services | Exam: CT Brain plain\nComparison: 12/05/2026\nFindings: Left thalamic hemorrhage 2.0 cm with intraventricular extension, both unchanged. No hydrocephalus.\nImpression: No interval change.", [IPH, IVH], NS, STB, RT, M(ive=True), size=20),
    R("NIGHTHAWK PRELIMINARY READ\nCT HEAD\nCOMPARISON: NONE\nFINDINGS: RIGHT CAUDATE HEMORRHAGE 1.5 CM WITH BLOOD IN ALL VENTRICLES AND HYDROCEPHALUS.\nIMPRESSION: ICH WITH IVH AND HYDROCEPHALUS. DISCUSSED WITH DR. KIM.", [IPH, IVH], NS, NP, C, M(hydro=True, ive=True), size=15),
    R("Nighthawk preliminary read | CT head | Comparison: 12/04/2026 | Findings: new left frontal parenchymal hemorrhage 1.1 cm. No shift. | Impression: new ICH.", [IPH], NS, NEW, C, size=11),
    R("Nighthawk preliminary read | CT head | Comparison: 12/05/2026 | Findings: epidural hematoma left frontal, smaller, 5 mm (prior 9 mm). | Impression: decreasing EDH.", [EDH], NS, DEC, RT, size=5),
    R("Nighthawk preliminary read | CT head | Comparison: 12/06/2026 08:00 | Findings: epidural hematoma right parietal now 18 mm (prior 11 mm) with 5 mm shift. | Impression: enlarging EDH, critical.", [EDH], NS, INC, C, M(shift=5), size=18),
    R("Nighthawk preliminary read | CT head | Comparison: none | Findings: right frontal hemorrhagic contusion 1.8 cm, small adjacent SDH 3 mm. No shift. | Impression: contusion and SDH.", [CON, SDH], NS, NP, U, size=18),
    R("Nighthawk preliminary read | CT head | Comparison: 12/05 | Findings: frontal contusions stable. Thin right SDH stable 4 mm. | Impression: stable.", [CON, SDH], NS, STB, RT, size=4),
    R("TELERAD REPORT #TR-88301\nEXAM: CT HEAD\nPRIOR: 2026-12-06\nFINDINGS: HEMORRHAGIC TRANSFORMATION OF RIGHT MCA INFARCT, INCREASED, NOW CONFLUENT. MIDLINE SHIFT 4 MM.\nIMPRESSION: INCREASING HEMORRHAGIC TRANSFORMATION.", [HT], NS, INC, C, M(shift=4)),
    R("TELERAD REPORT #TR-88302\nEXAM: CT HEAD\nPRIOR: 2026-12-05\nFINDINGS: HEMORRHAGIC TRANSFORMATION LEFT PCA INFARCT, DECREASED DENSITY, NO MASS EFFECT.\nIMPRESSION: EVOLVING, DECREASING.", [HT], NS, DEC, RT),
    R("TELERAD REPORT #TR-88333\nEXAM: CT HEAD\nPRIOR: NOT AVAILABLE\nFINDINGS: INTRAVENTRICULAR HEMORRHAGE, FOURTH VENTRICLE. NO HYDROCEPHALUS.\nIMPRESSION: ISOLATED IVH.", [IVH], NS, NP, U),
    R("Teleradiology Services | CT Brain plain | Comparison: 12/05/2026 | Findings: questionable new thin SDH along the left tentorium; may be dural. | Impression: possible new SDH, short-interval follow-up advised.", [SDH], NS, NEW, U, hedged=True),
    R("Teleradiology Services | CT Brain plain | Comparison: 12/06/2026 | Findings: possible small amount of blood layering in the occipital horns, not seen on prior; vs choroid plexus calcification. Ventricles unchanged in size. | Impression: possible new IVH.", [IVH], NS, NEW, U, hedged=True),
    # --- verbose neuroradiology MRI (SWI, FLAIR, DWI) ---
    R("MRI BRAIN WITHOUT AND WITH CONTRAST. Comparison: MRI of November 28, 2026. Technique: multiplanar multisequence imaging including DWI, SWI and FLAIR. Findings: There is a 2.3 cm lobar hemorrhage in the right parietal lobe with blooming on SWI and T1 shortening at its rim, compatible with the early subacute stage; this was not present on the prior examination. Surrounding FLAIR hyperintense vasogenic edema. Numerous peripheral cortical microhemorrhages on SWI, stable. No midline shift. Impression: new subacute right parietal lobar hemorrhage in a pattern suggestive of cerebral amyloid angiopathy.", [IPH], "subacute", NEW, C, size=23),
    R("MRI BRAIN. Comparison: CT of 12/05/2026. Findings: On SWI there is susceptibility along the left frontal convexity sulci consistent with subarachnoid blood, corresponding to the hyperdensity on CT, not larger. FLAIR sulcal hyperintensity in the same distribution. DWI without restricted diffusion. Impression: convexity SAH, unchanged from CT; consider RCVS or CAA.", [SAH], NS, STB, RT),
    R("MRI brain. No prior imaging available. DWI demonstrates an acute right MCA territory infarct. Within the infarct, SWI demonstrates confluent susceptibility in the lentiform nucleus consistent with hemorrhagic transformation measuring approximately 2.1 cm, with mild local mass effect and no midline shift. FLAIR shows corresponding edema. Impression: acute right MCA infarct with hemorrhagic transformation.", [HT], "acute", NP, U, size=21),
    R("MRI brain with SWI. Compared with the MRI performed on 1 December 2026. The late subacute left temporal hematoma has decreased in size, now 1.6 cm (previously 2.4 cm), with a hemosiderin rim developing on SWI. Resolving surrounding FLAIR signal. No hydrocephalus. Impression: evolving and decreasing left temporal hematoma.", [IPH], "subacute", DEC, RT, size=16),
    R("MRI brain. Comparison 12/03/2026. Bilateral subdural collections measure up to 8 mm on the left, with T1 and T2 signal indicating blood products of differing ages; the left collection has a new T1-hyperintense component and is larger than before (previously 5 mm). FLAIR hyperintense. No shift. Impression: enlarging mixed-age bilateral subdural hematomas.", [SDH], "mixed", INC, C, size=8),
    R("MRI brain. Comparison: none available. On SWI there are numerous punctate foci of susceptibility at the grey-white junction and in the splenium of the corpus callosum, with corresponding DWI restriction in the splenium, in keeping with haemorrhagic diffuse axonal injury. Small amount of blood layering in the occipital horns. No hydrocephalus. Impression: haemorrhagic DAI with intraventricular haemorrhage.", [CON, IVH], NS, NP, U),
    R("MRI brain. Comparison: CT 12/04/2026 and MRI 11/20/2026. The right cerebellar hematoma is unchanged in size from the CT at 2.8 cm. SWI shows blooming. The fourth ventricle is effaced and the lateral ventricles are dilated, unchanged from the CT. Impression: stable cerebellar hematoma with persistent, unchanged hydrocephalus.", [IPH], NS, STB, RT, M(hydro=True, known=[HYDRO]), size=28),
    R("MRI brain. Comparison: MRI 12/01/2026. Intraventricular blood products are again seen on SWI within the occipital horns, reduced in amount. The ventricles are normal in caliber. No new hemorrhage. DWI negative.", [IVH], NS, DEC, RT),
    R("MRI brain. Comparison: CT 12/06/2026. FLAIR demonstrates sulcal hyperintensity in the right sylvian fissure and high convexity sulci, new in the high convexity region, which may represent subarachnoid blood, though supplemental oxygen can produce similar signal; SWI is equivocal. Impression: possible new subarachnoid hemorrhage; correlate with CT.", [SAH], NS, NEW, U, hedged=True),
    R("MRI brain. Comparison: 12/05/2026 MRI. SWI: the known small susceptibility focus within the left basal ganglia infarct (HI-1) is unchanged. DWI evolution of the infarct as expected. No new hemorrhage.", [HT], NS, STB, RT),
    R("MRI brain. Compared with MRI dated 30.11.2026. The right frontal epidural collection, with T1 hyperintense blood products and displaced dura, measures 6 mm, previously 11 mm. No underlying parenchymal abnormality on FLAIR or DWI. Impression: decreasing epidural hematoma.", [EDH], NS, DEC, RT, size=6),
    R("MRI brain. Prior: none. T1 and T2 hypointense collection along the left convexity with blooming on SWI, measuring 12 mm, consistent with an acute subdural hematoma, and a 7 mm rightward midline shift with subfalcine herniation. FLAIR and DWI show no infarct. Impression: acute left SDH with subfalcine herniation.", [SDH], "acute", NP, C, M(shift=7, hern=True), size=12),
    R("MRI brain, 48 hours after the trauma CT. Comparison: CT 12/05/2026. Hemorrhagic contusions of both temporal poles have enlarged since the CT: the right temporal lesion measures 2.9 cm versus 2.0 cm. FLAIR edema increased. Basal cisterns patent. No shift.", [CON], NS, INC, C, size=29),
    # --- trauma-surgery progress notes ---
    R("Trauma Surgery Progress Note HD#2. 45M MVC. Neuro: GCS 14. Repeat CT head this AM: R frontal contusion stable, small L SDH 4 mm stable. Plan: continue Keppra, SBP < 160, no chemo DVT ppx until 72h.", [CON, SDH], NS, STB, RT, size=4),
    R("Trauma progress note, HD 1. Repeat head CT at 6 h: interval increase of bifrontal contusions with new small SAH, no shift. NSGY following; hold anticoagulation, repeat CT in 12 h.", [CON, SAH], NS, INC, C),
    R("Trauma tertiary survey. Head CT from admission (first scan): small L temporal contusion, trace tSAH. No shift. Neuro checks q1h.", [CON, SAH], NS, NP, U),
    R("Trauma PN HD3: Rescan head shows the L SDH now 12 mm from 6 mm with 6 mm shift. Pt to OR with NSGY for crani.", [SDH], NS, INC, C, M(shift=6), size=12),
    R("Trauma progress note. A: TBI with L EDH 8 mm (no prior imaging), GCS 15, neurosurgery recommends nonoperative mgmt, repeat CT in 6 h.", [EDH], NS, NP, U, size=8),
    R("Trauma PN HD#2: repeat CT - EDH unchanged, 8 mm. Neuro exam stable. Advance diet.", [EDH], NS, STB, RT, size=8),
    R("Trauma surgery PN, HD 5: CT head shows evolving bifrontal contusions, smaller than on HD 2, no new bleed. Ok for chemical DVT prophylaxis per NSGY.", [CON], NS, DEC, RT),
    R("Trauma PN HD#1 overnight event: pt more somnolent, stat CT: new IVH in the R lateral ventricle and worsening hydrocephalus vs the 2200 scan. EVD placed by NSGY at bedside.", [IVH], NS, NEW, C, M(hydro=True)),
    R("Trauma progress note HD 4. Head CT: tSAH resolving, contusion unchanged. Neurosurgery signed off.", [SAH, CON], NS, STB, RT),
    R("TRAUMA PN HD#2. NEURO: REPEAT CTH WITH SLIGHTLY LARGER R TEMPORAL CONTUSION (2.1 FROM 1.8 CM), NO SHIFT. NSGY AWARE, SERIAL NEURO CHECKS.", [CON], NS, INC, C, size=21),
    R("Trauma PN: CT head on arrival (no priors) showed 3 mm R convexity SDH and a few punctate contusions. Repeat pending.", [SDH, CON], NS, NP, U, size=3),
    R("Trauma progress note HD 3. Repeat head CT: IVH smaller, ventricles normal. Plan: transfer to floor.", [IVH], NS, DEC, RT),
    R("Trauma PN HD 2: Repeat CT head - ?small new SAH in the L sylvian fissure per rads, possibly artifact. Pt neuro intact. Will repeat in AM.", [SAH], NS, NEW, U, hedged=True),
    R("Trauma surgery PN HD#6: Head CT today: small SDH unchanged, contusion less dense. Cleared for discharge planning.", [SDH, CON], NS, STB, RT),
    R("Trauma PN: 82F GLF on warfarin. CTH (no priors): acute R SDH 6 mm, 2 mm MLS. INR 3.4, reversed with 4F-PCC. Repeat CTH 6 h.", [SDH], "acute", NP, U, M(shift=2), size=6),
    R("Trauma PN: repeat CTH on HD1 after PCC - R SDH now 6 mm, same as on arrival. MLS 2 mm, same.", [SDH], NS, STB, RT, M(shift=2, known=[SHIFT]), size=6),
    R("Trauma PN HD#1: CTH at 6 h: EDH increased from 8 mm to 13 mm, new 4 mm shift. To OR.", [EDH], NS, INC, C, M(shift=4), size=13),
    # --- paediatric: NAI, neonatal IVH grades ---
    R("Cranial ultrasound, day 3, 26+4 weeks. No previous scan. Left germinal matrix haemorrhage without intraventricular extension (grade I). Right normal. Ventricles not dilated.", [OTH], NS, NP, U),
    R("Cranial US day 5 (compared with day 3): the left germinal matrix haemorrhage has extended into the ventricle, now grade II; ventricles normal in size.", [IVH], NS, INC, C),
    R("Cranial ultrasound, day 7. Compared with day 5. Bilateral grade III IVH with ventricular dilatation, VI above the 97th centile; previously grade II without dilatation.", [IVH], NS, INC, C, M(hydro=True)),
    R("Cranial US, week 2. Previous 30/11. Right grade IV haemorrhage (periventricular haemorrhagic infarction) with IVH; appearances unchanged, ventricular index stable above the 97th centile.", [IVH, IPH], NS, STB, RT, M(hydro=True, known=[HYDRO])),
    R("Cranial US, 4 weeks. Compared with 2 weeks: the intraventricular clot has retracted and is smaller; ventricles normal in size now.", [IVH], NS, DEC, RT),
    R("Cranial ultrasound day 1, 25 weeks. First scan. Bilateral IVH filling the lateral ventricles, grade III on the right with ventricular dilatation.", [IVH], NS, NP, C, M(hydro=True)),
    R("Cranial US day 2: small echogenic focus at the right caudothalamic groove, possibly a small germinal matrix haemorrhage vs choroid plexus; no previous. Repeat day 7.", [OTH], NS, NP, U, hedged=True),
    R("NICU cranial US, day 10, vs day 3: bilateral grade II IVH, unchanged. No ventricular dilatation.", [IVH], NS, STB, RT),
    R("Skeletal survey and CT head for suspected NAI, 4 months. No prior imaging. Bilateral subdural collections of differing density over the convexities and along the falx, up to 6 mm, consistent with blood of different ages. No shift. Findings discussed with the child protection team.", [SDH], "mixed", NP, U, size=6),
    R("MRI brain, suspected NAI, 7 months. Comparison: CT 12/04/2026. Bilateral mixed-age subdural haematomas as on CT, unchanged in size; SWI also shows a small focus of subarachnoid blood in the right parietal sulci, which was not present on the CT. DWI: no infarct.", [SDH, SAH], "mixed", NEW, C),
    R("CT head, 9 weeks old, fall from a changing table per history. No previous. Left parietal fracture with an underlying 5 mm EDH. No mass effect. Child protection review recommended given age.", [EDH], NS, NP, U, size=5),
    R("CT head (paeds), day 2 of admission, compared with admission CT. The interhemispheric subdural blood is less dense and slightly thinner. No new haemorrhage.", [SDH], NS, DEC, RT),
    R("CT head, 3 yo, headache and vomiting. No comparison. Acute left cerebellar haemorrhage 2.6 cm with effacement of the fourth ventricle and hydrocephalus; possible underlying AVM. Paediatric neurosurgery informed.", [IPH], "acute", NP, C, M(hydro=True), size=26),
    R("MRI head, 8 months, NAI follow-up. Compared with MRI 6 weeks ago: chronic subdural hygromas / haematomas bilaterally, smaller. No new blood products on SWI.", [SDH], "chronic", DEC, RT),
    R("CT head, 5 months, NAI query. Previous CT 02/12/2026. The right convexity subdural haematoma has enlarged from 4 to 9 mm with new 5 mm midline shift. Urgent neurosurgical review requested.", [SDH], NS, INC, C, M(shift=5), size=9),
    R("Cranial US day 4: right grade IV haemorrhage with periventricular parenchymal involvement, new since day 1 (which showed a grade II bleed). Ventricles mildly dilated.", [IVH, IPH], NS, NEW, C, M(hydro=True)),
    R("Paediatric CT head, 12 yo, bike accident. No previous imaging. Small right frontal contusion, trace SAH. No shift.", [CON, SAH], NS, NP, U),
    # --- stroke team, post-thrombolysis / thrombectomy ---
    R("Stroke team note, 24 h post-alteplase. Follow-up CT: HI-1 haemorrhagic transformation in the left insula, not on the pre-lysis CT. No mass effect. NIHSS improved 14 -> 9. Not sICH per ECASS II. Start aspirin deferred to 48 h.", [HT], NS, NEW, C),
    R("Stroke registrar, 24 h scan post TNK: HI-2 confluent petechiae in the R MCA infarct, new compared with the pre-thrombolysis CT. No mass effect. NIHSS unchanged.", [HT], NS, NEW, C),
    R("Stroke team post-thrombectomy day 1. CT: PH-1 haematoma in the left caudate, < 30% of infarct volume, mild mass effect, no shift. Compared with the post-procedure CT: new. Neurology consultant informed.", [HT], NS, NEW, C),
    R("Stroke team: 36 h post-lysis, patient deteriorated (NIHSS 8 -> 17). CT: PH-2 parenchymal haematoma in the right frontal infarct, > 30% of the infarct, 8 mm midline shift. Symptomatic ICH per ECASS III. Cryoprecipitate given.", [HT], NS, NEW, C, M(shift=8)),
    R("Stroke team review day 3: repeat CT shows the known HI-2 transformation unchanged from the 24 h scan. No mass effect. Plan: start apixaban day 6.", [HT], NS, STB, RT),
    R("Stroke team day 2 post-EVT: the haemorrhagic transformation has converted from HI-2 to PH-1 since the 24 h CT, with 3 mm midline shift. Hold antiplatelets.", [HT], NS, INC, C, M(shift=3)),
    R("Stroke note, day 5 post tPA: CT - PH-1 haematoma smaller and less dense than on day 1. No shift. Commence aspirin.", [HT], NS, DEC, RT),
    R("Heidelberg Bleeding Classification, 24 h CT post thrombectomy: class 1b (HI-2). Compared with the immediate post-EVT flat-panel CT, which showed contrast staining only. No mass effect.", [HT], NS, NEW, C),
    R("Heidelberg classification 3c: SDH after thrombectomy, 5 mm, new vs pre-procedure CT. No shift. Stroke team aware.", [SDH], NS, NEW, C, size=5),
    R("Heidelberg 3a: subarachnoid blood in the left sylvian fissure on the post-EVT CT; no pre-procedure SAH. Dual-energy CT confirms blood rather than contrast extravasation.", [SAH], NS, NEW, C),
    R("Stroke team, 24 h CT post-alteplase: possible subtle petechial haemorrhage in the infarct core (HI-1?) vs contrast staining after angiography; new versus pre-lysis CT. Repeat CT at 48 h.", [HT], NS, NEW, U, hedged=True),
    R("Stroke team: repeat CT 72 h: PH-2 haematoma unchanged in size, 35 mm; midline shift unchanged at 6 mm. No hydrocephalus. Continue conservative management.", [HT], NS, STB, RT, M(shift=6, known=[SHIFT]), size=35),
    R("Stroke fellow note: MRI day 2 post-lysis. SWI: small hemorrhagic transformation (HI-1) within the right corona radiata infarct; no MRI or CT with SWI before lysis to compare (pre-lysis CT was negative for blood).", [HT], NS, NEW, C),
    R("Stroke team: HT of L MCA infarct (type not graded in the CT report), no prior imaging at our site (transferred from spoke, images not available). No shift.", [HT], NS, NP, U),
    R("Stroke handover: known PH-1 transformation - the report of today's CT says 'haemorrhagic transformation, no significant change'. Neuro stable.", [HT], NS, STB, RT),
    R("STROKE TEAM 24H POST-TNK CT: PH-2 HAEMATOMA R MCA TERRITORY WITH IVH EXTENSION AND EARLY HYDROCEPHALUS. PRE-LYSIS CT: NO HAEMORRHAGE. SICH. NEUROSURGERY CONSULTED.", [HT, IVH], NS, NEW, C, M(hydro=True, ive=True)),
    R("Stroke note: CT at 24 h post-thrombolysis. Haemorrhagic transformation HI-1, small; grade not changed since the 12 h scan. Unremarkable otherwise.", [HT], NS, STB, RT),
    # --- neurosurgical operative follow-up ---
    R("Neurosurgery POD1 post L burr-hole evacuation of CSDH. CT: residual L subdural collection 9 mm (pre-op 24 mm), pneumocephalus, subdural drain in situ. MLS 3 mm from 11 mm. Plan: drain out today, mobilise.", [SDH], "chronic", DEC, RT, M(shift=3), size=9),
    R("NSx POD 2 post-evacuation of R ASDH. CT: re-accumulation of acute subdural blood over the R convexity, 10 mm (post-op CT 4 mm), MLS 6 mm. Back to theatre.", [SDH], "acute", INC, C, M(shift=6), size=10),
    R("Neurosurgery follow-up, 6 weeks post bilateral burr holes. CT: small residual bilateral subdural collections, L 5 mm, R 4 mm, unchanged from the 2-week scan. No MLS. Discharge from clinic.", [SDH], "chronic", STB, RT, size=5),
    R("NSx ward round POD3 post craniotomy for EDH. CT: no residual extradural collection; small amount of blood in the surgical bed, expected post-operative appearance, unchanged from POD1. Drain removed.", [EDH], NS, STB, RT),
    R("Post-op CT day 1 after craniotomy and evacuation of R frontal ICH: residual haematoma 12 mL (pre-op 48 mL), cavity with air, drain in situ. MLS 2 mm (pre-op 7 mm).", [IPH], NS, DEC, RT, M(shift=2)),
    R("NSx POD1 post evacuation of cerebellar haematoma and EVD insertion. CT: small residual haematoma, less than pre-op. EVD in situ, ventricles now normal size. No new bleed.", [IPH], NS, DEC, RT),
    R("Neurosurgery note POD 4 post-clipping of ACom aneurysm: CT shows SAH redistributing, no larger; new small haemorrhage along the EVD tract in the right frontal lobe, 8 mm. Ventricles stable with EVD.", [SAH, IPH], NS, NEW, C, size=8),
    R("NSx: day 1 post mini-craniotomy for subdural. CT shows a recollection of the L subdural, 14 mm (immediate post-op 6 mm), with new uncal herniation. Emergency return to theatre.", [SDH], NS, INC, C, M(hern=True), size=14),
    R("Neurosurgical clinic, 3 months post craniotomy for traumatic EDH. CT brain: no residual collection, small area of encephalomalacia. Previous CT 6 weeks ago showed a 3 mm residual, now resolved.", [EDH], NS, DEC, RT),
    R("NSx POD2 post burr holes: subdural drain in situ. CT: residual collection 12 mm, similar to the POD1 scan (13 mm), mixed density with post-operative air. MLS 4 mm, unchanged.", [SDH], "mixed", STB, RT, M(shift=4, known=[SHIFT]), size=12),
    R("Neurosurgery: post-operative CT after decompressive craniectomy for contusions. Compared with the pre-op CT: contusions larger, R temporal now 4.4 cm (was 3.2), transcalvarial herniation through the defect.", [CON], NS, INC, C, M(hern=True), size=44),
    R("Neurosurgery day 5 post-craniectomy: contusions unchanged. External herniation through the craniectomy defect as before. Flap site soft.", [CON], NS, STB, RT, M(hern=True, known=[HERN])),
    R("NSx post-op check, EVD day 3 for IVH: CT - IVH reduced, third ventricle clearing. EVD tip in R frontal horn. Ventricles small. Plan clamp trial.", [IVH], NS, DEC, RT),
    R("NSx: EVD clamp trial failed; CT shows ventricles enlarged again compared with yesterday (hydrocephalus), IVH unchanged. Re-open EVD.", [IVH], NS, STB, C, M(hydro=True)),
    R("Post-op CT after evacuation of L temporal EDH: small residual extradural blood, 4 mm, unchanged from the immediate post-op scan. No shift.", [EDH], NS, STB, RT, size=4),
    R("Neurosurgical note: post-op day 1 after endoscopic evacuation of R thalamic ICH. CT: residual clot ~5 mL (pre-op 22 mL), IVH less, no hydrocephalus. Drain in situ.", [IPH, IVH], NS, DEC, RT),
    R("NSx WR: CT this morning vs post-op: the residual SDH is about a third smaller, now ~8 mm. Drain removed. Happy for ward.", [SDH], NS, DEC, RT, size=8),
    R("Neurosurgery: burr-hole drainage 10 days ago. Readmitted with headache. CT: recurrent L subdural collection, 18 mm, hypodense with hyperdense layering (acute-on-chronic), MLS 7 mm; post-discharge CT showed 6 mm residual.", [SDH], "mixed", INC, C, M(shift=7), size=18),
    # --- comparisons in tables (mm beside mL, dates written many ways) ---
    R("CT head, comparison table:\nFinding | 5 Dec 2026 | Today\nL SDH thickness | 6 mm | 11 mm\nMidline shift | 0 | 5 mm\nBasal cisterns | patent | partly effaced", [SDH], NS, INC, C, M(shift=5, cist=True), size=11),
    R("Serial measurements\nDate | R SDH (mm) | MLS (mm)\n03/12/26 | 10 | 4\n05/12/26 | 9 | 3\n07/12/26 | 9 | 3\nImpression: stable right SDH.", [SDH], NS, STB, RT, M(shift=3, known=[SHIFT]), size=9),
    R("ICH volumetry (ABC/2)\nScan | Volume | Max diameter\nAdmission 06-Dec 21:10 | 22 mL | 38 mm\nToday 07-Dec 05:30 | 31 mL | 44 mm\nIVH: new, both lateral ventricles\nHydrocephalus: no", [IPH, IVH], NS, INC, C, M(ive=True), size=44),
    R("Haematoma volume\nSun 6/12: 14 mL\nMon 7/12: 13 mL\nMax diameter 30 mm (was 31 mm). No IVH. MLS 1 mm.\nConclusion: stable left lobar haematoma.", [IPH], NS, STB, RT, M(shift=1), size=30),
    R("Table: contusion sizes\nSite | 2026-12-04 | 2026-12-07\nR frontal | 25 mm | 14 mm\nL temporal | 18 mm | 10 mm\nNo midline shift. Conclusion: resolving contusions.", [CON], NS, DEC, RT, size=14),
    R("Compartment | 4th December | 7th December\nEpidural (L temporal) | 12 mm | 12 mm\nSubarachnoid | trace | trace\nShift | nil | nil", [EDH, SAH], NS, STB, RT, size=12),
    R("Compartment | Dec-5 | Dec-6\nSubarachnoid (basal cisterns) | moderate | moderate\nIntraventricular | trace | filling 3rd and 4th\nHydrocephalus | no | yes (temporal horns 7 mm)", [SAH, IVH], NS, INC, C, M(hydro=True)),
    R("EXAM COMPARISON TABLE\nITEM | PRIOR 12/05 | CURRENT 12/07\nHT GRADE | HI-1 | HI-1\nMASS EFFECT | NONE | NONE\nIMPRESSION: UNCHANGED HEMORRHAGIC TRANSFORMATION.", [HT], NS, STB, RT),
    R("HT grade on serial CT\n24 h: HI-2\n48 h: PH-2 with 6 mm shift\nConclusion: progression to PH-2, neurology notified.", [HT], NS, INC, C, M(shift=6)),
    R("Measurement table\nLesion | Previous (2/12) | Now\nIVH (casting) | 3rd + 4th ventricles | 4th ventricle only\nVentricular size | dilated | normal\nConclusion: IVH clearing, hydrocephalus resolved.", [IVH], NS, DEC, RT),
    R("Collection | Prior (Nov 30) | Current\nL frontal extra-axial (SDH vs EDH) | 6 mm | 6 mm\nMass effect | none | none", [OTH], NS, STB, RT, size=6),
    R("Series\n1) 5.12.26 - small R SDH 4 mm\n2) 6.12.26 - 4 mm\n3) 7.12.26 - 8 mm\nImpression: enlarging SDH on the latest study.", [SDH], NS, INC, C, size=8),
    R("CT head. Prior: 12 hrs ago.\nFinding | then | now\nSAH | Fisher 2 | Fisher 2\nHydrocephalus | mild | mild, unchanged\nConclusion: no change.", [SAH], NS, STB, RT, M(hydro=True, known=[HYDRO])),
    R("Summary table (trauma)\nDay 0: L EDH 9 mm, trace SAH\nDay 1: EDH 9 mm, SAH resolved\nPlan: conservative.", [EDH, SAH], NS, STB, RT, size=9),
    R("Cerebellar ICH\nPrior (yesterday 14:00) | today 06:00\n2.4 cm | 3.3 cm\n4th ventricle | patent | compressed\nHydrocephalus | no | yes\nTonsils | normal | 4 mm below foramen magnum, tonsillar herniation", [IPH], NS, INC, C, M(hydro=True, hern=True), size=33),
    R("Volumes (software)\nprevious 6 December: 9.5 mL\ncurrent: 4.0 mL\nThat is less than half. Right putaminal haemorrhage, decreasing.", [IPH], NS, DEC, RT),
    R("Subdural haematoma follow-up\nPrevious: 18 mm, MLS 6 mm, cisterns effaced\nToday: 18 mm, MLS 6 mm, cisterns effaced as before\nNo new haemorrhage. Conservative management per NSx.", [SDH], NS, STB, RT, M(shift=6, cist=True, known=[SHIFT, CIST]), size=18),
    # --- change not stated, across the styles ---
    R("Impression: 1. Acute right holohemispheric SDH, 13 mm, with 9 mm leftward shift and subfalcine and early uncal herniation. 2. Effaced suprasellar and ambient cisterns. Dr. Lee notified 01:12 12/7/26.", [SDH], "acute", NS, C, M(shift=9, hern=True, cist=True), size=13),
    R("Quick read: small SDH L, 5 mm. Mild mass effect on the L lateral ventricle, no real shift.", [SDH], NS, NS, U, size=5),
    R("Conclusion: chronic left SDH with mild midline shift. Outpatient neurosurgical review.", [SDH], "chronic", NS, RT, M(shift=YES, mild=True)),
    R("Impression: subacute right SDH, 8 mm, mild midline shift.", [SDH], "subacute", NS, U, M(shift=YES, mild=True), size=8),
    R("Findings: right convexity subdural haematoma with midline shift to the left and dilatation of the contralateral temporal horn (trapped). Impression: SDH with shift and trapped ventricle - NSx to see.", [SDH], NS, NS, C, M(shift=YES, hydro=True)),
    R("Prelim (reg): EDH L parietal 15 mm, MLS 5 mm, effacement of the L ambient cistern.", [EDH], NS, NS, C, M(shift=5, cist=True), size=15),
    R("CT head: small EDH beneath the occipital fracture, 4 mm. No mass effect.", [EDH], NS, NS, U, size=4),
    R("Conclusion: acute EDH right frontal, 22 mm, with 6 mm MLS. Discussed with on-call neurosurgeon, for evacuation.", [EDH], "acute", NS, C, M(shift=6), size=22),
    R("Impression: SAH in the interpeduncular and prepontine cisterns with IVH in the fourth ventricle. Ventricles not enlarged. CTA to follow.", [SAH, IVH], NS, NS, U),
    R("CT head: diffuse SAH (modified Fisher 4) with hydrocephalus and effaced basal cisterns. Page to NSGY returned.", [SAH], NS, NS, C, M(hydro=True, cist=True)),
    R("Impression: left basal ganglia haemorrhage 3.0 cm with intraventricular extension and hydrocephalus.", [IPH], NS, NS, C, M(hydro=True, ive=True), size=30),
    R("Impression: small right occipital intraparenchymal haemorrhage, 1.2 cm. No IVH.", [IPH], NS, NS, U, size=12),
    R("Right thalamic ICH with IVE into the third ventricle. No hydrocephalus. Volume 6 mL.", [IPH], NS, NS, U, M(ive=True)),
    R("Findings: blood layers in both occipital horns and the third ventricle. Ventriculomegaly, disproportionate to sulci, with transependymal oedema. Impression: IVH with acute hydrocephalus.", [IVH], NS, NS, C, M(hydro=True)),
    R("Impression: small IVH in the right occipital horn, no hydrocephalus.", [IVH], NS, NS, U),
    R("Conclusion: multiple haemorrhagic contusions, largest left frontal 2.3 cm, effacement of the basal cisterns and 4 mm shift.", [CON], NS, NS, C, M(shift=4, cist=True), size=23),
    R("Impression: small left temporal pole contusion, 9 mm.", [CON], NS, NS, U, size=9),
    R("Impression: haemorrhagic transformation of the known right MCA infarct with mild mass effect, no shift.", [HT], NS, NS, U),
    R("CT: left MCA infarct with PH-2 haemorrhagic transformation, 7 mm midline shift and subfalcine herniation.", [HT], NS, NS, C, M(shift=7, hern=True)),
    R("Impression: intracranial haemorrhage along the left tentorium, subdural or subarachnoid, small. No mass effect.", [OTH], NS, NS, U),
    R("Extra-axial haematoma right frontal, compartment indeterminate, 14 mm, with 6 mm shift and uncal herniation.", [OTH], NS, NS, C, M(shift=6, hern=True), size=14),
    R("Impression: probable small right frontal contusion versus volume averaging of the orbital roof. No mass effect.", [CON], NS, NS, U, hedged=True),
    R("Impression: likely acute SAH in the left sylvian fissure; CTA advised. No hydrocephalus.", [SAH], "acute", NS, U, hedged=True),
    R("Impression: suspected tiny IVH in the left occipital horn vs choroid plexus. No hydrocephalus.", [IVH], NS, NS, U, hedged=True),
    R("Impression: possible early haemorrhagic transformation within the infarct. No mass effect.", [HT], NS, NS, U, hedged=True),
    R("Impression: possible EDH adjacent to the left temporal fracture, 5 mm.", [EDH], NS, NS, U, size=5, hedged=True),
    R("Impression: a hyperdense focus in the right frontal white matter could represent a small haemorrhage or calcification; no mass effect.", [IPH], NS, NS, U, hedged=True),
    R("Impression: possible subdural haematoma along the falx, with obstructive hydrocephalus from a separate posterior fossa mass.", [SDH], NS, NS, C, M(hydro=True), hedged=True),
    R("Conclusion: chronic bilateral subdural haematomas, 10 mm each side. No shift.", [SDH], "chronic", NS, RT, size=10),
    R("Impression: chronic right subdural collection with a subacute component; no shift.", [SDH], "mixed", NS, U),
    # --- relative sizes, dates many ways, long notes ---
    R("CT head vs the study of Thursday 3rd Dec: the left SDH has roughly doubled in thickness, now about 12 mm, with 4 mm midline shift.", [SDH], NS, INC, C, M(shift=4), size=12),
    R("Compared with the scan dated 2026.12.05, the right temporal EDH is new; that study showed only the fracture. EDH 11 mm, no shift.", [EDH], NS, NEW, C, size=11),
    R("CT 7-XII-2026 vs 6-XII-2026: new left frontal extradural haematoma, 9 mm, under the depressed fracture. Basal cisterns effaced on the left.", [EDH], NS, NEW, C, M(cist=True), size=9),
    R("Compared to last Tuesday's scan, a new left frontal contusion, 1.5 cm, has appeared adjacent to the known subdural, which itself is the same.", [CON, SDH], NS, NEW, C, size=15),
    R("CT 12/7 vs 12/6: a new hyperdense extra-axial collection over the left convexity, epidural or subdural, 7 mm. No shift.", [OTH], NS, NEW, C, size=7),
    R("Compared with 5 Dec: the indeterminate extra-axial collection (subdural vs epidural) at the vertex is thicker, 10 mm from 6 mm.", [OTH], NS, INC, C, size=10),
    R("CT 07.12.26. The left parafalcine haemorrhage (subdural versus subarachnoid) is about half the size it was on 04.12.26.", [OTH], NS, DEC, RT),
    R("Right cerebellar haematoma: about a third larger than on the 06/12 scan, now 3.1 cm, with compression of the fourth ventricle and new hydrocephalus.", [IPH], NS, INC, C, M(hydro=True), size=31),
    R("Left lobar ICH approximately 50% larger by volume than yesterday (26 mL vs 17 mL). New IVH extension into the left lateral ventricle. MLS 4 mm.", [IPH, IVH], NS, INC, C, M(shift=4, ive=True)),
    R("Since the CT of 6 Dec 2026 at 23:40 the SAH has spread into the interhemispheric fissure and the fourth ventricle, with IVE; ventricles slightly larger, early hydrocephalus.", [SAH, IVH], NS, INC, C, M(ive=True, hydro=True)),
    R("CT (07/12/2026) compared with (05/12/2026): intraventricular haemorrhage is more extensive, now in the third ventricle, with mild ventricular enlargement in keeping with early hydrocephalus.", [IVH], NS, INC, C, M(hydro=True)),
    R("CT brain, late evening 6 Dec. Compared to the morning scan the contusions are a little bigger (largest 2.0 cm, was 1.6 cm); the prepontine cistern is now effaced.", [CON], NS, INC, C, M(cist=True), size=20),
    R("CT head, 12/07/26 0400 vs 12/06/26 1800: haemorrhagic transformation in the right MCA territory has grown into a PH-2 haematoma with IVH extension; 6 mm shift.", [HT], NS, INC, C, M(shift=6, ive=True)),
    R("Neuro ICU admission note, 07-Dec-2026, 02:10. 61-year-old woman with hypertension and atrial fibrillation on apixaban, found on the floor at home by her husband with slurred speech and right-sided weakness. CT head at the referring hospital at 23:50 showed a left putaminal intracerebral haemorrhage of 18 mL. Our repeat CT at 01:30 shows the haematoma has expanded to 33 mL, 4.6 cm in maximum diameter, with new extension into the left lateral and third ventricles, early hydrocephalus, and 6 mm of rightward midline shift. Andexanet given. Neurosurgery consulted for EVD.", [IPH, IVH], NS, INC, C, M(shift=6, hydro=True, ive=True), size=46),
    R("Neurosurgery consult note, 12/07/2026. 74M with a history of falls, on clopidogrel, two weeks of worsening headache and confusion. CT head today, with no previous imaging available in our system or the regional PACS: left holohemispheric subdural collection of mixed density, 21 mm, with hyperdense dependent components indicating acute-on-chronic haemorrhage, 10 mm rightward midline shift, subfalcine herniation and effacement of the left ambient cistern. Plan: stop clopidogrel, platelet transfusion, burr-hole drainage on the emergency list tonight; consent obtained from the son.", [SDH], "mixed", NP, C, M(shift=10, hern=True, cist=True), size=21),
    R("Stroke unit day 4 ward round, 7/12/26. 68-year-old man admitted with a left MCA syndrome, thrombolysed with tenecteplase at 2 hours and thrombectomised (TICI 2b). The 24 hour CT showed HI-1 petechial haemorrhagic transformation in the left insular cortex. Today's repeat CT, performed for a two-point drop in NIHSS, shows the petechial change is unchanged in extent, without any parenchymal haematoma or mass effect; the deterioration is attributed to infarct swelling and hypoactive delirium. Plan: continue aspirin, repeat imaging not required.", [HT], NS, STB, RT),
    R("Paediatric neurosurgery ward round, Monday 7 December. Eleven-year-old boy, day 2 after a fall from a trampoline with a right parietal skull fracture and extradural haematoma, managed conservatively. The repeat CT this morning was compared with the admission CT of Saturday night: the extradural haematoma is a little thicker, now 13 mm from 10 mm, without midline shift, and the child remains GCS 15 with no headache. Plan: discuss with the consultant, low threshold for evacuation, neuro obs hourly.", [EDH], NS, INC, C, size=13),
    R("CT head, first imaging for this patient: large L SDH, 17 mm, with 11 mm shift, uncal herniation and effaced ambient and quadrigeminal cisterns. Dilated contralateral temporal horn.", [SDH], NS, NP, C, M(shift=11, hern=True, cist=True, hydro=True), size=17),
    R("No prior imaging available. Right temporal contusion 3.6 cm with effacement of the right ambient cistern, no shift.", [CON], NS, NP, C, M(cist=True), size=36),
    R("Imaging at 02:00 (no earlier scans): pontine haemorrhage 2.0 cm, fourth ventricle compressed with hydrocephalus.", [IPH], NS, NP, C, M(hydro=True), size=20),
    R("CT head, no old studies: traumatic SAH and IVH, both lateral ventricles, with IVE from a right frontal contusion; no hydrocephalus, no shift.", [SAH, IVH, CON], NS, NP, U, M(ive=True)),
    R("First CT: R MCA HT with 6 mm shift and effacement of the R ambient cistern.", [HT], NS, NP, C, M(shift=6, cist=True)),
    # --- more urgent and critical across the styles ---
    R("TELERAD REPORT #TR-88410\nEXAM: CT HEAD\nPRIOR: NONE\nFINDINGS: SUBACUTE LEFT SUBDURAL HEMATOMA, ISODENSE, 9 MM. NO MIDLINE SHIFT.\nIMPRESSION: SUBACUTE SDH.", [SDH], "subacute", NP, U, size=9),
    R("Teleradiology Services | CT Brain plain\nComparison: not available\nFindings: small right frontal intraparenchymal hemorrhage 1.4 cm with mild surrounding edema.\nImpression: small ICH, MRI suggested.", [IPH], NS, NP, U, size=14),
    R("Nighthawk preliminary read\nCT head\nComparison: none\nFindings: thin SAH in the right parietal convexity sulci; no fracture.\nImpression: small convexity SAH.", [SAH], NS, NP, U),
    R("Teleradiology Services | CT Brain plain\nComparison: 12/06/2026\nFindings: left SDH, 10 mm (prior 8 mm), probably slightly larger although partly due to different angulation; vs stable. No shift.\nImpression: possibly slightly increased SDH.", [SDH], NS, INC, U, size=10, hedged=True),
    R("Prelim: ?small contusion R frontal pole, may be slightly bigger than on 05/12 - difficult given beam hardening. No MLS.", [CON], NS, INC, U, hedged=True),
    R("Registrar prelim: possible thin L SDH, 3mm, similar to the scan of 04/12/26 where it was also equivocal. No MLS.", [SDH], NS, STB, U, size=3, hedged=True),
    R("MRI brain. Comparison 11/29/2026. A few foci of susceptibility in the left frontal cortex on SWI may represent small haemorrhagic contusions or cavernomas; they are unchanged.", [CON], NS, STB, U, hedged=True),
    R("CT head: possible small EDH vs venous sinus hyperdensity at the vertex, no prior. No midline shift. Basal cisterns effaced by diffuse swelling.", [EDH], NS, NP, C, M(cist=True), hedged=True),
    R("Trauma PN HD#1: head CT (first scan) with L frontal contusion 1.1 cm and small L SDH 3 mm. GCS 15. Repeat CT in AM.", [CON, SDH], NS, NP, U, size=11),
    R("Impression: acute right parietal SDH 6 mm, no comparison, no mass effect.", [SDH], "acute", NP, U, size=6),
    R("Stroke team: PH-1 haematoma in the L MCA infarct on the outside CT; no previous imaging to compare. NIHSS 12. No shift.", [HT], NS, NP, U),
    R("Neuro-radiology MRI: subacute haematoma in the right temporal lobe, 2.2 cm, T1 bright on the periphery; no prior imaging.", [IPH], "subacute", NP, U, size=22),
    R("CT brain: L frontal EDH 6 mm. No comparison. No shift.", [EDH], NS, NP, U, size=6),
    R("Conclusion: subacute SDH bilaterally, L 7 mm, R 5 mm; no midline shift as they are balanced.", [SDH], "subacute", NS, U, size=7),
    R("Impression: IVH in both lateral ventricles, no hydrocephalus; source probably the right caudate.", [IVH], NS, NS, U),
    R("CT head: left posterior temporal contusion 1.7 cm with a little SAH. No shift.", [CON, SAH], NS, NS, U, size=17),
    R("Quick read: tiny SAH R frontal, isolated. Nothing else.", [SAH], NS, NS, U),
    R("Impression: acute left frontal lobar haemorrhage 2.9 cm, surrounding oedema, 3 mm midline shift.", [IPH], "acute", NS, U, M(shift=3), size=29),
    R("Prelim: small R MCA territory haemorrhagic transformation, petechial. No shift.", [HT], NS, NS, U),
    R("Findings: acute SDH over the L convexity, 7 mm. Separate small IVH in the L occipital horn. No hydrocephalus.", [SDH, IVH], "acute", NS, U, size=7),
    R("NSx POD1 post-evacuation of ASDH: residual SDH 6 mm but new contralateral R EDH 14 mm under the pin site with 4 mm shift. Back to theatre.", [SDH, EDH], NS, NEW, C, M(shift=4), size=14),
    R("CT: IVH re-accumulated since the EVD was removed yesterday, ventricles larger again, hydrocephalus recurred.", [IVH], NS, INC, C, M(hydro=True)),
    R("Stroke team day 2: the 24 h CT PH-1 has enlarged to a PH-2, now 40 mm; uncal herniation.", [HT], NS, INC, C, M(hern=True), size=40),
    R("CT 07/12: new SAH in the basal cisterns compared with 06/12, after the coiling procedure.", [SAH], NS, NEW, C),
    R("UK reg prelim: new R frontal ICH 2.1 cm since CT 05/12/26, IVE into R frontal horn.", [IPH], NS, NEW, C, M(ive=True), size=21),
    R("Cranial US day 6 vs day 2: new left grade II IVH; right side clear.", [IVH], NS, NEW, C),
    R("Dictation: definite acute SDH, 8 mm, new since yesterday's CT. MLS 2 mm.", [SDH], "acute", NEW, C, M(shift=2), size=8),
]
# fmt: on


def rows() -> list[dict]:
    return numbered(ROWS, "p8", "heldout-8")


def main() -> None:
    write(OUT, rows())


if __name__ == "__main__":
    main()
