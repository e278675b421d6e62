# ruff: noqa: E501  (report texts are kept on one line each)
"""Writes heldout-9.jsonl: the worklist-priority held-out set 9 (issue 20), written by hand by `pblind9`.

Every text was invented for this set in its author's own words, blind: without opening the rule tier, the text
layer, the priority code, the synthetic generator, the priority / rules tests or the texts of any other labeled set
(read for the format only: make_set.py's docstring, `gold_priority`, `CRITICAL_SIGNS` and `_me`, heldout8.py's
docstring and helpers, README-heldout-8.md up to "How to measure", the first line of heldout-8.jsonl and the
priority-set tests in tests/test_heldout_set.py; see README-heldout-9.md for one disclosure). Measured once, by the
lead, on the final release; never used to change the extractor or the policy (if it is, it is spent: say so in its
README).

Styles unlike set 8's: speech-recognition dictation with its errors ("sub dural", "know shift" for "no shift",
"write" for "right", dictated "Period."), ICU neuro-check notes, neurosurgery consult notes (GCS, plan), English
written by German / Scandinavian / Dutch radiologists ("progredient", "regredient", "ventricular break-in",
"constant", "CT caput"), Singapore reports ("CT Brain (plain)", "informed at 2315h"), VA templated impressions
("IMPRESSION: 1. 2.", "PRIMARY DIAGNOSTIC CODE"), secure clinician text messages, radiology call-log entries
("critical result called to ..., read back"), tele-stroke consult notes, clinic letters about chronic subdurals
in the elderly on anticoagulants, post-coiling / clipping SAH day-N notes (vasospasm, rebleed, EVD), haemorrhagic
metastases and tumour bleeds, haemorrhagic venous infarcts, blossoming contusions, "interval", "compared to prior
of DATE", "since yesterday", "no significant change" beside "slight interval increase".

Labels by hand (attributes); gold priority by make_set.gold_priority. Each row states the priority its author meant
(`want`); the script stops if the table disagrees. Conventions (heldout8.py's where they apply, plus these):
- acuity is the word the report gives the blood ("acute", "hyperacute" -> acute; "subacute"; "chronic", "old";
  "acute-on-chronic", "mixed density", a chronic collection "with a new acute component" -> mixed); "acute
  hydrocephalus" or "no acute hemorrhage" beside a chronic collection set nothing; otherwise not_stated.
- change: "interval development", "not present on", "rebleed" -> new; "progredient", "blossomed", "expanded",
  "slightly increased", "slight interval increase" -> increased; "no significant change", "constant", "same as",
  "evolving as expected" with no change of size, "redistribution" / "redistributed" with no new blood -> stable;
  "regredient", "resolving", "washing out", "less" -> decreased; "no priors", "first imaging", "no earlier
  examinations", "Know prior studies" (dictation for "no") -> no_prior; no comparison mentioned -> not_stated.
  Several bleeds with different changes: the most urgent (new > increased > stable > decreased).
- a bleed of the same size with new blood in the ventricles ("unchanged size but new IVH") is new, with
  intraventricular extension; intraventricular extension ("ventricular break-in") adds `intraventricular`.
- a haemorrhagic venous infarct (sinus thrombosis) is hemorrhagic_transformation, like an arterial one; a bleed
  into a metastasis or a glioma in the brain is intraparenchymal; pituitary apoplexy, a bleed into an
  extra-axial tumour, extra-axial blood whose compartment the report cannot name and blood in a resection cavity
  are `other`.
- `hedged` is a hedge on the bleed itself ("possible", "questionable", "suspicion of", "probable", "vs
  artifact", "may represent"); a hedge on its cause ("probably amyloid") or on its compartment is not.
- a sign that is stated as before or better (unchanged, improving, regredient) is `known`; a sign that is new,
  worse or not compared is not. A shift with no number and "mild" / "slight" is mild. "Ventriculomegaly" or
  enlarging temporal horns in a bleed report is hydrocephalus; "resolved" hydrocephalus is absent.
- `size_mm` is the largest linear size stated for any bleed (cm x 10), the current one when two are given.

Run: python tests/data/priority/heldout9.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from priority_writer import *  # noqa: F403  (the label shorthands, R, numbered, write)
from priority_writer import M

OUT = Path(__file__).with_name("heldout-9.jsonl")

# fmt: off
ROWS = [
    # --- speech-recognition dictation, errors left in ---
    R("CT head without contrast. Comparison 12/05/2026. There is a left sub dural hematoma measuring 11 millimeters, previously 7 millimeters. There is 6 millimeters of mid line shift to the rite. Period.", [SDH], NS, INC, C, M(shift=6), size=11),
    R("Noncontrast CT head. No prior studies for comparison. Small acute sub arachnoid hemorrhage in the write sylvian fissure. Know hydro cephalus. The basal cisterns are patent.", [SAH], "acute", NP, U),
    R("CT head. Compared with prior of 12/04/2026. Stable appearance of the right frontal intra parenchymal hemorrhage measuring 2.2 cm. Know new hemorrhage. Know midline shift.", [IPH], NS, STB, RT, size=22),
    R("CT brain. Since yesterday the bi frontal contusions have increased in size comma the largest now 2.6 cm from 1.4 cm. Mild mass effect with 3 millimeter midline shift. Period.", [CON], NS, INC, C, M(shift=3), size=26),
    R("Head CT. Interval decrease in the epi dural hematoma, now 5 mm thickness compared to 9 mm on 12/03. Know mass effect new paragraph no acute infarct.", [EDH], NS, DEC, RT, size=5),
    R("CT head without contrast. Chronic left convexity sub dural collection measuring 8 mm. Know prior imaging available. No significant mass effect.", [SDH], "chronic", NP, RT, size=8),
    R("CT head. Comparison is made to prior of 12/06/2026 at 2210 hours. Intra ventricular hemorrhage is unchanged in the occipital horns. The ventricles are larger than before compatible with early hydro cephalus. Findings discussed with doctor Nguyen.", [IVH], NS, STB, C, M(hydro=True)),
    R("Noncontrast head CT. Acute hemorrhage in the right thalamus measuring 1.9 cm with extension into the third and lateral ventricles. Know priors. Ventricular size is normal.", [IPH, IVH], "acute", NP, U, M(ive=True), size=19),
    R("CT head. Compared to prior from this morning the left cerebellar hemorrhage is slightly increased, 3.3 cm from 3.0 cm, with new effacement of the fourth ventricle and early hydrocephalus.", [IPH], NS, INC, C, M(hydro=True), size=33),
    R("CT head without. Subtle hyper density along the posterior falx may represent a small sub dural hematoma versus normal dural calcification. No comparison. Clinical correlation.", [SDH], NS, NP, U, hedged=True),
    R("CT head. Previous 12/02/2026. The acute on chronic write sub dural hematoma measures 17 mm, unchanged. Midline shift 5 mm, unchanged. Uncal herniation is not present.", [SDH], "mixed", STB, RT, M(shift=5, known=[SHIFT]), size=17),
    R("Head CT. Redistribution of sub arachnoid blood into the dependent occipital sulci since yesterday with know new hemorrhage. Ventricles stable in size.", [SAH], NS, STB, RT),
    R("CT head with out contrast. Evolving right temporal contusion, now 3.4 cm compared to 2.1 cm yesterday, with effacement of the right ambient cistern and 4 mm of mid line shift.", [CON], NS, INC, C, M(shift=4, cist=True), size=34),
    R("CT head. Hemorrhagic transformation of the known left M.C.A. infarct, new since 12/05. Petechial. No significant mass effect.", [HT], NS, NEW, C),
    R("Head CT, know comparison. Subacute hemorrhagic transformation within the right occipital infarct, 1.5 cm. No shift.", [HT], "subacute", NP, U, size=15),
    R("CT head. Interval development of a small sub arachnoid hemorrhage in the left central sulcus compared to prior of 12/04/2026.", [SAH], NS, NEW, C),
    R("CT head. Compared to 12/06/2026, no significant change in the bilateral chronic sub durals, left 10 mm, right 7 mm. Know shift.", [SDH], "chronic", STB, RT, size=10),
    R("CT head. Left epi dural hematoma 1.4 cm with overlying fracture. 7 millimeter midline shift. No priors. Called to doctor Rossi.", [EDH], NS, NP, C, M(shift=7), size=14),
    R("CT head. Intra ventricular hemorrhage has decreased since 12/05, trace remaining in the left occipital horn. The E.V.D. is in satisfactory position. Hydro cephalus has resolved.", [IVH], NS, DEC, RT),
    R("CT head. Since 12/03 there is slight interval increase in the right frontal contusion, 1.6 cm from 1.3 cm. No shift.", [CON], NS, INC, C, size=16),
    R("CT head without contrast. Know prior studies. Acute left sub dural hematoma measuring 5 millimeters along the convexity. There is mid line shift of 2 millimeters. Period. The cisterns are patent.", [SDH], "acute", NP, U, M(shift=2), size=5),
    R("CT head. There is a questionable sub arachnoid hemorrhage in the inter peduncular cistern versus normal vessel. Know comparison.", [SAH], NS, NP, U, hedged=True),
    R("CT head compared to prior of 12/01/2026. New small left frontal epi dural hematoma 6 mm beneath the burr hole site. No shift.", [EDH], NS, NEW, C, size=6),
    R("CT head. Right parietal intra parenchymal hemorrhage 2.4 cm. There is new intra ventricular extension into the atrium compared to yesterday. Size of the parenchymal component is unchanged. Know hydro cephalus.", [IPH, IVH], NS, NEW, C, M(ive=True), size=24),
    # --- ICU neuro-check notes ---
    R("Neuro ICU 0400 neuro check: GCS 14 -> 11, new R pupil sluggish. Stat CTH: L SDH 15 mm (was 9 mm at 2200), MLS 8 mm, uncal herniation. NSGY paged.", [SDH], NS, INC, C, M(shift=8, hern=True), size=15),
    R("NICU note 1600: neuro checks q1h unchanged, GCS 15. F/u CTH: R basal ganglia ICH stable in size (2.4 cm), no hydro, no IVH. Plan: SBP < 140, continue q1h checks.", [IPH], NS, STB, RT, size=24),
    R("ICU neuro check 0200: pt more somnolent. CTH vs yesterday: IVH increased, ventricles larger (hydrocephalus). EVD placed at bedside.", [IVH], NS, INC, C, M(hydro=True)),
    R("Neuro checks q2h, GCS 13 stable. Repeat CT head: bifrontal contusions blossomed (L 2.2 -> 3.1 cm), mild local mass effect, no MLS. Hold chemical DVT ppx.", [CON], NS, INC, C, size=31),
    R("0600 neuro check: GCS 15, no deficits. Routine 24 h CT: SAH unchanged, no hydrocephalus, no new hemorrhage. Transfer to stepdown.", [SAH], NS, STB, RT),
    R("NICU 2300: EVD draining 10 mL/h, ICP 12. CT tonight: IVH casting 3rd and 4th ventricles, hydrocephalus unchanged from AM with EVD in place. No new blood.", [IVH], NS, STB, RT, M(hydro=True, known=[HYDRO])),
    R("Neuro check 0800: R hemiparesis unchanged. CTH: hemorrhagic conversion of L MCA infarct has enlarged since the 24 h scan, now with 6 mm MLS. Stroke team notified.", [HT], NS, INC, C, M(shift=6)),
    R("ICU neuro q1h: pupils equal. First head CT here (no outside images): thin acute SDH R tentorium 3 mm, no shift. Repeat CT in 6 h.", [SDH], "acute", NP, U, size=3),
    R("Neuro ICU progress: POD1 L crani for EDH. Post-op CT: small residual EDH 4 mm, smaller than pre-op 22 mm; pneumocephalus expected. Shift resolved.", [EDH], NS, DEC, RT, size=4),
    R("Neuro check 0300 (SAH day 6 post coiling): GCS dropped 15 -> 12. STAT CT: new blood in the basal cisterns compared with the day 4 CT = rebleed; temporal horns enlarging. Called NSGY.", [SAH], NS, NEW, C, M(hydro=True)),
    R("ICU neuro note: sedation hold, moves all 4. CT head interval: no significant change in the R temporal contusion (1.8 cm) or the small L frontal SDH (4 mm). No shift.", [CON, SDH], NS, STB, RT, size=18),
    R("NICU 1200: GCS 8T. CTH: diffuse cerebral edema with effacement of the basal cisterns; scattered SAH and small contusions unchanged from admission. Osmotherapy continued.", [SAH, CON], NS, STB, C, M(cist=True)),
    R("Neuro check 2000: HA improving. F/u CT brain: the small R parietal IPH is less dense and slightly smaller, 1.1 cm (1.4). Resume q4h checks.", [IPH], NS, DEC, RT, size=11),
    R("ICU neuro check: new L pupil dilation 0130. CT head: EDH L temporal enlarged to 2.8 cm from 1.6 cm, 10 mm MLS, uncal herniation. OR now.", [EDH], NS, INC, C, M(shift=10, hern=True), size=28),
    R("Neuro ICU 1400: stable exam. CT: possible small IVH layering in the occipital horns vs artifact, not seen on the prior. Ventricles normal.", [IVH], NS, NEW, U, hedged=True),
    R("NICU note: day 3 ICH. CT today vs day 1: L lobar hemorrhage stable at 3.9 cm; perihematomal edema increased, MLS now 6 mm (was 3 mm).", [IPH], NS, STB, C, M(shift=6), size=39),
    R("Neuro q1h stable overnight. Repeat CTH 6h: tiny L frontal SAH, no change. Plan neuro checks q4h.", [SAH], NS, STB, RT),
    R("ICU neuro check: confused, GCS 14. CT head, no prior imaging: subacute R SDH 9 mm with 3 mm MLS. Warfarin reversed (INR 3.1).", [SDH], "subacute", NP, U, M(shift=3), size=9),
    R("ICU neuro check 0500: first CT: small L frontal contusion 1 cm, tSAH in the adjacent sulci, no shift.", [CON, SAH], NS, NP, U, size=10),
    R("ICU neuro check: post decompressive craniectomy day 2. CT: transcalvarial herniation of swollen brain through the defect, unchanged; R contusions unchanged; no new bleed.", [CON], NS, STB, RT, M(hern=True, known=[HERN])),
    R("ICU neuro check 1800: CTH with slightly increased L SDH 7mm (6). no shift. neuro stable", [SDH], NS, INC, C, size=7),
    R("ICU neuro check: CT - IVH unchanged in occipital horns, vents normal, EVD out. no hydro", [IVH], NS, STB, RT),
    R("ICU neuro check: CT shows small IVH in the 4th ventricle, no hydro, no prior CT", [IVH], NS, NP, U),
    R("ICU neuro: CT shows R SDH with midline shift, no old films. NSGY paged", [SDH], NS, NP, C, M(shift=YES)),
    R("NICU note: CTH day 5: R putaminal ICH evolving, less dense, size unchanged (3.0 cm), perihematomal edema as before.", [IPH], NS, STB, RT, size=30),
    R("Neuro ICU note: CT shows hemorrhagic contusion R frontal with surrounding edema, 2 cm. GCS 14.", [CON], NS, NS, U, size=20),
    # --- neurosurgery consult notes ---
    R("Neurosurgery consult\nHPI: 82M on apixaban, fall at home.\nExam: GCS 15, no focal deficit.\nImaging: CT head shows R chronic SDH 12 mm, no acute component, MLS 3 mm. No priors.\nA/P: nonoperative, hold apixaban, repeat CT 6 wk.", [SDH], "chronic", NP, RT, M(shift=3), size=12),
    R("NSGY consult note\nGCS 9 (E2V2M5), L pupil 5 mm sluggish.\nCTH: acute L SDH 19 mm, MLS 12 mm, effaced basal cisterns, subfalcine herniation. No prior imaging.\nPlan: emergent L craniotomy, consent from family.", [SDH], "acute", NP, C, M(shift=12, hern=True, cist=True), size=19),
    R("Neurosurgery consult - 45F thunderclap HA.\nGCS 15, Hunt-Hess 2, modified Fisher 3.\nCT: diffuse SAH in the basal cisterns, enlarged temporal horns with early hydrocephalus. CTA: 7 mm AComm aneurysm.\nPlan: EVD, coiling tomorrow AM.", [SAH], NS, NS, C, M(hydro=True)),
    R("Neurosurgery follow-up\nGCS 15. Repeat CT vs admission: the R frontal contusion and overlying thin SDH unchanged; no new hemorrhage.\nPlan: no surgical intervention; ok for SQH from NSGY standpoint.", [CON, SDH], NS, STB, RT),
    R("NSGY consult\n67M, ICH on admission CT 3.4 cm R putamen.\nRepeat CT at 6 h: expansion to 4.6 cm with new IVH into the lateral ventricles, MLS 7 mm.\nGCS 13 -> 10.\nPlan: ICU, consider EVD.", [IPH, IVH], NS, INC, C, M(shift=7, ive=True), size=46),
    R("Neurosurgery consult note\nGCS 14. Small L temporal EDH 7 mm next to a squamous temporal fracture, no shift. First imaging.\nPlan: repeat CT in 6 h, neuro checks q1h, no anticoagulation.", [EDH], NS, NP, U, size=7),
    R("Neurosurgery consult\nRepeat CT 6 h: EDH unchanged at 7 mm. Neuro intact.\nPlan: discharge from NSGY perspective, follow up PRN.", [EDH], NS, STB, RT, size=7),
    R("NSGY note\nPOD 2 s/p R burr holes for cSDH. CT: expected postoperative pneumocephalus, residual R subdural fluid 8 mm (pre-op 21 mm), subdural drain in place. MLS improved 7 -> 2 mm.\nPlan: remove drain today.", [SDH], NS, DEC, RT, M(shift=2, known=[SHIFT]), size=8),
    R("Neurosurgery consult\nGCS 15, 74F on clopidogrel.\nCT head: small traumatic SAH in a R frontal sulcus, no prior studies.\nPlan: repeat CT 6 h, hold clopidogrel.", [SAH], NS, NP, U),
    R("Neurosurgery consultation. 79-year-old man on warfarin for atrial fibrillation, INR 2.8 on arrival, fell from standing three days ago and has had worsening headache and new left arm drift since this morning. On examination GCS 14 (E4V4M6), pupils equal and reactive, left pronator drift. CT head: mixed-density right hemispheric subdural hematoma measuring 18 mm with acute components layering posteriorly, 9 mm leftward midline shift and effacement of the right lateral ventricle. No prior imaging. Plan: reverse with 4-factor PCC and vitamin K, right craniotomy for evacuation tonight, hold warfarin.", [SDH], "mixed", NP, C, M(shift=9), size=18),
    R("Neurosurgery consult\nGCS 3T, pupils fixed and dilated.\nCT: massive L lobar ICH 7 cm with IVH, 15 mm MLS, transtentorial herniation, no prior.\nPlan: not a surgical candidate; family meeting.", [IPH, IVH], NS, NP, C, M(shift=15, hern=True, ive=True), size=70),
    R("NSGY follow-up note\nHD#4, GCS 15. CT head: the L frontal contusion is evolving as expected with surrounding edema, same size as HD#2 (2.0 cm). No new hemorrhage.\nPlan: sign off.", [CON], NS, STB, RT, size=20),
    R("Neurosurgery consult\nCTH: hemorrhagic mass R parietal, 3.2 cm, in a patient with known metastatic melanoma; new compared with the staging MRI of 11/20/2026. Vasogenic edema with 5 mm MLS.\nPlan: dexamethasone, MRI, oncology.", [IPH], NS, NEW, C, M(shift=5), size=32),
    R("NSGY consult\nPost-op day 1 after R frontal glioma resection: small amount of blood in the resection cavity, expected postoperative appearance; no extra-axial collection. No earlier postoperative scan.\nPlan: routine neuro checks.", [OTH], NS, NP, U),
    R("NSGY consult\nGCS 6, R pupil fixed.\nCT: acute R SDH 22 mm, MLS 14 mm, subfalcine and uncal herniation, basal cisterns effaced; no prior.\nPlan: emergent decompressive craniectomy.", [SDH], "acute", NP, C, M(shift=14, hern=True, cist=True), size=22),
    R("Neurosurgery consult\nGCS 10. CT: diffuse SAH with early hydrocephalus and effacement of the perimesencephalic cisterns.\nPlan: EVD at bedside.", [SAH], NS, NS, C, M(hydro=True, cist=True)),
    R("NSGY consult\nGCS 15, 58M.\nCT: small acute L SDH 6 mm with 2 mm MLS, small R frontal contusion 8 mm; first imaging.\nPlan: repeat CT 6 h, levetiracetam x7d.", [SDH, CON], "acute", NP, U, M(shift=2), size=8),
    R("Neurosurgery consult\nGCS 14.\nCT head: right frontal contusion with surrounding edema and midline shift of 6 mm.\nPlan: ICU, repeat CT 6 h, hypertonic saline.", [CON], NS, NS, C, M(shift=6)),
    # --- German / Scandinavian / Dutch radiologists writing English ---
    R("CT cerebrum without contrast. Compared with the examination from 04.12.2026. The known subdural haematoma left frontoparietal is progredient, width now 14 mm (before 9 mm). Midline shift to the right 6 mm. No herniation.", [SDH], NS, INC, C, M(shift=6), size=14),
    R("CT of the head. In comparison to the preliminary examination of 05.12. the traumatic subarachnoid bleeding in the right Sylvian fissure is regredient. No new bleeding. Ventricle system not dilated.", [SAH], NS, DEC, RT),
    R("CT caput. No earlier examinations for comparison. Acute epidural haematoma temporal right with a thickness of 18 mm and midline shift 8 mm. Fracture of the temporal bone. Neurosurgeon informed by telephone.", [EDH], "acute", NP, C, M(shift=8), size=18),
    R("CT head. Constant findings compared to yesterday: intracerebral bleeding in the left basal ganglia, 28 x 19 mm, no progression. No ventricular break-in. No midline shift.", [IPH], NS, STB, RT, size=28),
    R("CT skull. Intracerebral haemorrhage right thalamus 2.1 cm with ventricular break-in into the third ventricle and both lateral ventricles. No comparison images. Ventricles not widened.", [IPH, IVH], NS, NP, U, M(ive=True), size=21),
    R("CCT native. Compared with 03.12.2026 increasing of the contusion bleedings bifrontal, largest left now 3.5 cm (previously 2.2 cm). Beginning compression of the basal cisterns.", [CON], NS, INC, C, M(cist=True), size=35),
    R("CT of the brain. Chronic subdural haematoma both sides, right 11 mm, left 8 mm, in comparison to 10.11.2026 without significant change. No midline shift. No signs of fresh bleeding.", [SDH], "chronic", STB, RT, size=11),
    R("Conclusion: compared with the previous study of 2 December the left subdural haematoma has decreased to 5 mm. No new intracranial bleeding.", [SDH], NS, DEC, RT, size=5),
    R("CT cerebrum. Conclusion: new intraventricular blood in both occipital horns, not present on the study of yesterday. No hydrocephalus.", [IVH], NS, NEW, C),
    R("CT head. Known haemorrhagic infarction right MCA territory; compared to the examination of 5/12 more haemorrhagic component, now a confluent haematoma of 3 cm. Midline shift 4 mm.", [HT], NS, INC, C, M(shift=4), size=30),
    R("CT cerebrum. Status after coiling of an aneurysm of the anterior communicating artery 4 days ago. The subarachnoid blood is regredient. Ventricle drain in situ, ventricles narrow. No new bleeding, no infarct demarcation.", [SAH], NS, DEC, RT),
    R("Cerebral CT. Small subdural haematoma along the tentorium left, 3 mm, not described in the previous examination of 01.12.2026. No mass effect.", [SDH], NS, NEW, C, size=3),
    R("CT head without contrast. Impression: suspicion of a small subarachnoid bleeding high frontal left, differential diagnosis artefact. No earlier images. Control recommended.", [SAH], NS, NP, U, hedged=True),
    R("Conclusion: acute intracerebral haemorrhage cerebellar left, 3.8 cm, with compression of the fourth ventricle and occlusive hydrocephalus. No previous images. Neurosurgeon on call informed 02:40.", [IPH], "acute", NP, C, M(hydro=True), size=38),
    R("CT head: Subacute subdural haematoma right, 10 mm, unchanged compared to 30.11.2026. The midline shift of 5 mm is also unchanged.", [SDH], "subacute", STB, RT, M(shift=5, known=[SHIFT]), size=10),
    R("CT cerebrum. In comparison to the examination of yesterday: progression of the midline shift from 4 to 8 mm, the acute subdural haematoma right has the same width (12 mm).", [SDH], "acute", STB, C, M(shift=8), size=12),
    R("CT of the head. Extensive subarachnoid haemorrhage basal and in both Sylvian fissures, with blood in the fourth ventricle. Temporal horns widened, hydrocephalus. No comparison.", [SAH, IVH], NS, NP, C, M(hydro=True, ive=True)),
    R("CT head. Sinus thrombosis of the superior sagittal sinus is known. The haemorrhagic venous infarction left parietal is larger compared to 04.12.2026 (4.2 vs 3.0 cm). Beginning subfalcine herniation.", [HT], NS, INC, C, M(hern=True), size=42),
    R("CT cerebrum. Contusion bleeding left temporal, 15 mm, no previous examination. No midline shift. The basal cisterns are free.", [CON], NS, NP, U, size=15),
    R("CT head. Finding: epidural haematoma frontal right, 9 mm, compared to the examination of 06.12 morning constant. No mass effect.", [EDH], NS, STB, RT, size=9),
    R("CT cerebrum. The intraventricular bleeding is regredient compared to 03.12.2026 with only a small residual in the posterior horns. The external ventricular drain is in situ. Ventricle width normalised.", [IVH], NS, DEC, RT),
    R("CT head. Known haemorrhagic transformation of the left MCA infarct, compared to 02.12.2026 partly resorbed. No new bleeding.", [HT], NS, DEC, RT),
    R("CT of the head. Pituitary macroadenoma with new haemorrhage (pituitary apoplexy) compared with the MRI of 20.11.2026. Compression of the chiasm.", [OTH], NS, NEW, C),
    R("CT head. Bilateral subdural haematoma of mixed density (acute on chronic), right 15 mm, left 6 mm. Midline shift 5 mm. No prior imaging.", [SDH], "mixed", NP, C, M(shift=5), size=15),
    R("CT cerebrum. Compared to yesterday: tonsillar herniation unchanged, the cerebellar haemorrhage left unchanged 3.2 cm, ventricle drain in situ, hydrocephalus regredient.", [IPH], NS, STB, RT, M(hern=True, hydro=True, known=[HERN, HYDRO]), size=32),
    R("CT head: acute subdural haematoma right 9 mm, compression of the perimesencephalic cisterns, midline shift 5 mm. No pre-examination.", [SDH], "acute", NP, C, M(shift=5, cist=True), size=9),
    R("CT cerebrum. Suspicion of a small contusion bleeding frontobasal left, 8 mm, not visible on the examination of yesterday; partial volume artefact possible.", [CON], NS, NEW, U, size=8, hedged=True),
    R("Conclusion: traumatic subarachnoid haemorrhage in the left parietal sulci and a small contusion right temporal. No earlier imaging for comparison. No midline shift.", [SAH, CON], NS, NP, U),
    R("CT caput: small acute subdural haematoma along the falx, 4 mm, no mass effect, no previous images.", [SDH], "acute", NP, U, size=4),
    R("CT cerebrum. Intracerebral haematoma right frontal regredient in size and density compared to 01.12.2026, now 18 mm.", [IPH], NS, DEC, RT, size=18),
    R("CT of the head. Extradural haematoma left occipital, 7 mm, unchanged compared to the examination of 05.12.2026. No compression of the fourth ventricle.", [EDH], NS, STB, RT, size=7),
    R("CT head. Compared to 06.12.2026 the intraventricular haemorrhage is progredient with new tamponade of the fourth ventricle and dilatation of the temporal horns (hydrocephalus).", [IVH], NS, INC, C, M(hydro=True)),
    R("CT caput. The contusions temporal both sides are progredient since the admission scan, right now 2.9 cm. The basal cisterns are narrowed. Midline shift 3 mm.", [CON], NS, INC, C, M(shift=3, cist=True), size=29),
    R("CT cerebrum. Haemorrhagic venous infarction right temporal at known transverse sinus thrombosis, constant compared to 03.12.2026, 2.5 cm.", [HT], NS, STB, RT, size=25),
    R("CT head. Epidural haematoma right parietal progredient compared to the admission examination 4 hours ago, now 16 mm (before 10 mm). Midline shift 5 mm.", [EDH], NS, INC, C, M(shift=5), size=16),
    # --- Singapore reports ---
    R("CT BRAIN (PLAIN)\nClinical history: fall, on aspirin.\nFindings: Acute left frontotemporal subdural haematoma measuring 6 mm in maximal thickness. No midline shift. The basal cisterns are preserved.\nConclusion: Acute left SDH. No previous study is available for comparison.", [SDH], "acute", NP, U, size=6),
    R("CT Brain (plain). Comparison is made with the previous CT of 05/12/2026. The right parietal intracerebral haemorrhage has increased in size, now 3.5 x 2.6 cm (previously 2.4 x 1.8 cm). There is new intraventricular extension. Midline shift of 6 mm. Dr Tan (Neurosurgery) was informed at 2315h.", [IPH, IVH], NS, INC, C, M(shift=6, ive=True), size=35),
    R("CT BRAIN\nHistory: post-craniotomy day 1.\nComparison: CT of 06/12/2026 (preoperative).\nFindings: Status post left craniotomy and evacuation of the acute subdural haematoma. Small residual subdural haematoma 5 mm. Midline shift has improved from 11 mm to 4 mm. Expected postoperative pneumocephalus.\nConclusion: Satisfactory postoperative appearances.", [SDH], "acute", DEC, RT, M(shift=4, known=[SHIFT]), size=5),
    R("CT brain (plain). There is subarachnoid haemorrhage in the perimesencephalic cisterns. No hydrocephalus. No prior imaging. CT angiogram is recommended.", [SAH], NS, NP, U),
    R("CT BRAIN. The previously seen contusions in the bilateral frontal lobes show expected evolution with no increase in size. No new haemorrhage. Comparison: 04/12/2026.", [CON], NS, STB, RT),
    R("CT brain plain\nFindings: Intraventricular haemorrhage in the right lateral ventricle, slightly increased compared with the CT of this morning. The ventricles are mildly dilated, in keeping with early hydrocephalus.\nConclusion: Slight increase in IVH with early hydrocephalus. Findings conveyed to Dr Lim at 0630h.", [IVH], NS, INC, C, M(hydro=True)),
    R("CT BRAIN (PLAIN)\nComparison: 01/12/2026.\nThe left chronic subdural haematoma has decreased in thickness (8 mm vs 12 mm). No midline shift.\nConclusion: Resolving left chronic SDH.", [SDH], "chronic", DEC, RT, size=8),
    R("CT brain. Hyperdense focus in the left caudate head, 1.0 cm, may represent a small haemorrhage or calcification. No previous imaging. Suggest MRI for further evaluation.", [IPH], NS, NP, U, size=10, hedged=True),
    R("CT BRAIN (PLAIN). Extradural haematoma in the left parietal region, 1.2 cm thickness, with an underlying skull fracture. 3 mm midline shift. No comparison available.", [EDH], NS, NP, U, M(shift=3), size=12),
    R("CT brain (plain). Comparison with CT of 03/12/2026. No significant change in the small subarachnoid haemorrhage in the right convexity sulci. No new haemorrhage.", [SAH], NS, STB, RT),
    R("CT BRAIN\nConclusion:\n1. Haemorrhagic transformation of the right MCA territory infarct, not present on the CT of 04/12/2026.\n2. Mass effect with midline shift of 5 mm.\nDr Goh (Neurology) informed.", [HT], NS, NEW, C, M(shift=5)),
    R("CT brain plain. Right cerebellar haemorrhage 2.8 cm, unchanged from yesterday. The fourth ventricle remains patent. No hydrocephalus.", [IPH], NS, STB, RT, size=28),
    R("CT Brain. Compared with the CT of 06/12/2026, the right frontal extradural haematoma has increased slightly, now 11 mm (previously 9 mm). No midline shift.", [EDH], NS, INC, C, size=11),
    R("CT brain (plain). The intraventricular haemorrhage in the fourth ventricle is unchanged. Hydrocephalus is stable with the EVD in situ. Comparison: 05/12/2026.", [IVH], NS, STB, RT, M(hydro=True, known=[HYDRO])),
    R("CT brain (plain). A tiny focus of hyperdensity in the left frontal subdural space may represent a small subdural haematoma. Comparison is made with the CT of 04/12/2026, where it was not visible. Clinical correlation is advised.", [SDH], NS, NEW, U, hedged=True),
    R("CT BRAIN (PLAIN). Large left basal ganglia haemorrhage 5.2 cm with intraventricular extension, 11 mm midline shift, subfalcine herniation and effacement of the basal cisterns. No prior study. Dr Ng informed at 0215h.", [IPH, IVH], NS, NP, C, M(shift=11, hern=True, cist=True, ive=True), size=52),
    R("CT brain (plain). The right frontal contusion is slightly increased compared with the CT of this morning (2.0 cm vs 1.7 cm). No midline shift.", [CON], NS, INC, C, size=20),
    R("CT brain (plain). The left occipital haemorrhage is resolving, now 1.5 cm (2.6 cm on 20/11/2026). No mass effect.", [IPH], NS, DEC, RT, size=15),
    R("CT BRAIN (PLAIN). Comparison: 02/12/2026. The bilateral subacute subdural haematomas are stable in thickness (right 8 mm, left 7 mm). No midline shift.", [SDH], "subacute", STB, RT, size=8),
    R("CT brain (plain). Hyperacute haematoma in the right frontal lobe with a fluid-fluid level, 3.0 cm, suggesting coagulopathy. Mild mass effect without midline shift. No comparison study.", [IPH], "acute", NP, U, size=30),
    R("CT Brain (plain)\nFindings: Subarachnoid haemorrhage along the left tentorium and in the ambient cistern. Small volume intraventricular haemorrhage in the occipital horns. Ventricles not dilated.\nConclusion: SAH with IVH. Dr Lee informed at 1140h.", [SAH, IVH], NS, NS, U, M(ive=True)),
    R("CT BRAIN. Comparison: 06/12/2026 0800h. New hyperdense haemorrhage in the right frontal resection cavity with 6 mm midline shift, previously only fluid. Neurosurgery informed.", [OTH], NS, NEW, C, M(shift=6)),
    # --- VA templated impressions ---
    R("EXAM: CT HEAD W/O CONTRAST\nCOMPARISON: 12/03/2026\nIMPRESSION:\n1. INTERVAL INCREASE IN SIZE OF LEFT SUBDURAL HEMATOMA, NOW 13 MM (PREVIOUSLY 8 MM).\n2. 4 MM RIGHTWARD MIDLINE SHIFT, NEW.\nPRIMARY DIAGNOSTIC CODE: SIGNIFICANT ABNORMALITY, ATTN NEEDED", [SDH], NS, INC, C, M(shift=4), size=13),
    R("EXAM: CT HEAD W/O CONTRAST\nCOMPARISON: NONE\nIMPRESSION:\n1. ACUTE RIGHT TEMPORAL INTRAPARENCHYMAL HEMORRHAGE, 2.7 CM, WITH SURROUNDING EDEMA.\n2. NO MIDLINE SHIFT OR HYDROCEPHALUS.\nPRIMARY DIAGNOSTIC CODE: SIGNIFICANT ABNORMALITY, ATTN NEEDED", [IPH], "acute", NP, U, size=27),
    R("IMPRESSION:\n1. STABLE BILATERAL CHRONIC SUBDURAL HEMATOMAS COMPARED TO 11/15/2026, MEASURING UP TO 9 MM.\n2. NO NEW HEMORRHAGE.\nPRIMARY DIAGNOSTIC CODE: ABNORMALITY, ATTN. NEEDED", [SDH], "chronic", STB, RT, size=9),
    R("IMPRESSION:\n1. SUBARACHNOID HEMORRHAGE IN THE BASAL CISTERNS, NEW COMPARED TO 12/05/2026.\n2. MILD HYDROCEPHALUS.\n3. FINDINGS CALLED TO DR. WILSON AT 0410.", [SAH], NS, NEW, C, M(hydro=True)),
    R("IMPRESSION:\n1. DECREASING RIGHT FRONTAL CONTUSION, NOW 1.2 CM (PRIOR 1.9 CM ON 12/02/2026).\n2. NO NEW INTRACRANIAL HEMORRHAGE.", [CON], NS, DEC, RT, size=12),
    R("IMPRESSION:\n1. POSSIBLE SMALL LEFT TENTORIAL SUBDURAL HEMATOMA, UNCHANGED FROM 12/04/2026.\n2. NO MASS EFFECT.", [SDH], NS, STB, U, hedged=True),
    R("EXAM: CT HEAD W/O\nIMPRESSION:\n1. LEFT PARIETAL EPIDURAL HEMATOMA 2.1 CM WITH 7 MM MIDLINE SHIFT AND EFFACEMENT OF THE LEFT LATERAL VENTRICLE.\n2. NONDISPLACED LEFT PARIETAL SKULL FRACTURE.\nCRITICAL RESULT DISCUSSED WITH DR. HALL 1920.", [EDH], NS, NS, C, M(shift=7), size=21),
    R("IMPRESSION:\n1. INTRAVENTRICULAR HEMORRHAGE, DECREASED SINCE 12/04/2026.\n2. VENTRICULOMEGALY UNCHANGED, SHUNT CATHETER IN PLACE.", [IVH], NS, DEC, RT, M(hydro=True, known=[HYDRO])),
    R("IMPRESSION:\n1. HEMORRHAGIC TRANSFORMATION OF LEFT PCA INFARCT, SLIGHTLY INCREASED SINCE YESTERDAY.\n2. NO MIDLINE SHIFT.", [HT], NS, INC, C),
    R("IMPRESSION:\n1. ACUTE ON CHRONIC RIGHT SUBDURAL HEMATOMA, 14 MM, NO PRIOR FOR COMPARISON.\n2. 5 MM LEFTWARD MIDLINE SHIFT.\nPRIMARY DIAGNOSTIC CODE: SIGNIFICANT ABNORMALITY, ATTN NEEDED", [SDH], "mixed", NP, C, M(shift=5), size=14),
    R("IMPRESSION:\n1. NO SIGNIFICANT CHANGE IN THE SMALL RIGHT THALAMIC HEMORRHAGE (1.3 CM) COMPARED TO 12/05/2026.\n2. NO HYDROCEPHALUS.", [IPH], NS, STB, RT, size=13),
    R("IMPRESSION:\n1. SUBACUTE LEFT CEREBELLAR HEMORRHAGE WITH MASS EFFECT ON THE FOURTH VENTRICLE AND OBSTRUCTIVE HYDROCEPHALUS, UNCHANGED SINCE 12/04/2026.", [IPH], "subacute", STB, RT, M(hydro=True, known=[HYDRO])),
    R("IMPRESSION:\n1. QUESTIONABLE TRACE INTRAVENTRICULAR HEMORRHAGE IN THE RIGHT OCCIPITAL HORN. NO PRIOR.\n2. NO HYDROCEPHALUS.", [IVH], NS, NP, U, hedged=True),
    R("Impression:\n1. Small left frontal convexity subarachnoid hemorrhage.\n2. No skull fracture.\n3. No prior imaging.", [SAH], NS, NP, U),
    R("IMPRESSION:\n1. Interval increase in the left temporal contusion with new 6 mm midline shift compared with 12/06/2026 0200.\n2. Effacement of the left ambient cistern.\nPRIMARY DIAGNOSTIC CODE: SIGNIFICANT ABNORMALITY, ATTN NEEDED", [CON], NS, INC, C, M(shift=6, cist=True)),
    R("IMPRESSION:\n1. Chronic right subdural hematoma, 7 mm.\n2. No acute hemorrhage.\n3. Generalized volume loss.", [SDH], "chronic", NS, RT, size=7),
    R("IMPRESSION:\n1. Right occipital intraparenchymal hemorrhage, probably related to amyloid angiopathy, 3.0 cm.\n2. No comparison available.\n3. Recommend MRI.", [IPH], NS, NP, U, size=30),
    R("IMPRESSION:\n1. UNCHANGED EFFACEMENT OF THE BASAL CISTERNS AND SMALL BIFRONTAL CONTUSIONS COMPARED TO 12/06/2026.\n2. NO NEW HEMORRHAGE.", [CON], NS, STB, RT, M(cist=True, known=[CIST])),
    R("IMPRESSION:\n1. NO SIGNIFICANT INTERVAL CHANGE IN THE SMALL LEFT FRONTAL INTRAPARENCHYMAL HEMORRHAGE.\n2. NO NEW HEMORRHAGE.", [IPH], NS, STB, RT),
    R("IMPRESSION:\n1. SLIGHT INTERVAL INCREASE IN THE LEFT FRONTAL INTRAPARENCHYMAL HEMORRHAGE, 2.4 CM FROM 2.1 CM.\n2. NO MIDLINE SHIFT.", [IPH], NS, INC, C, size=24),
    R("IMPRESSION:\n1. Intraventricular hemorrhage in the lateral and third ventricles.\n2. Hydrocephalus.", [IVH], NS, NS, C, M(hydro=True)),
    R("IMPRESSION:\n1. Resolving bifrontal contusions compared to 11/28/2026.\n2. Encephalomalacia developing in the left frontal pole.", [CON], NS, DEC, RT),
    R("IMPRESSION:\n1. Probable small hemorrhagic transformation in the left MCA infarct, unchanged from 12/05/2026.\n2. No mass effect.", [HT], NS, STB, U, hedged=True),
    R("IMPRESSION:\n1. Decreasing intraventricular hemorrhage.\n2. Stable ventricular size.", [IVH], NS, DEC, RT),
    R("IMPRESSION:\n1. SMALL RIGHT PARIETAL CONVEXITY SUBARACHNOID HEMORRHAGE. NO PRIOR IMAGING.\n2. NO MIDLINE SHIFT.", [SAH], NS, NP, U),
    R("IMPRESSION:\n1. CHRONIC LEFT SUBDURAL HEMATOMA, 11 MM, WITH MILD MASS EFFECT ON THE LEFT LATERAL VENTRICLE.\n2. NO ACUTE HEMORRHAGE.", [SDH], "chronic", NS, RT, size=11),
    R("IMPRESSION:\n1. NEW LEFT OCCIPITAL INTRAPARENCHYMAL HEMORRHAGE, 1.7 CM, COMPARED TO 12/02/2026.\n2. NO HYDROCEPHALUS.", [IPH], NS, NEW, C, size=17),
    R("IMPRESSION:\n1. HEMORRHAGIC TRANSFORMATION OF THE RIGHT MCA INFARCT.\n2. NO MIDLINE SHIFT.", [HT], NS, NS, U),
    R("IMPRESSION:\n1. Interval decrease in the right epidural hematoma, 6 mm from 10 mm on 12/03/2026.\n2. Healing right temporal fracture.", [EDH], NS, DEC, RT, size=6),
    # --- secure clinician text messages ---
    R("Hey - CT on bed 14 back. R SDH bigger, 12mm (was 7), shift 6mm. NSGY aware? pls call back", [SDH], NS, INC, C, M(shift=6), size=12),
    R("fyi pt in 22 rescan: SAH same as yesterday, no hydro. ok to keep on floor", [SAH], NS, STB, RT),
    R("radiology just called - new IVH on the f/u CT, ventricles bigger. paging NSGY for EVD", [IVH], NS, NEW, C, M(hydro=True)),
    R("re: Mr. K - repeat head CT stable, contusions unchanged 1.5cm, no new bleed. can start lovenox tmrw per NSGY", [CON], NS, STB, RT, size=15),
    R("CTH on rm 8 shows small L SDH 4mm, no shift, no old scans to compare. on eliquis. reversal?", [SDH], NS, NP, U, size=4),
    R("pt in bay 3: head CT might show a tiny SAH L frontal, rads not sure, ?artifact. no priors. repeat in 6h?", [SAH], NS, NP, U, hedged=True),
    R("URGENT - 4W bed 2 blown L pupil. CT: EDH 3cm, MLS 11mm. OR notified", [EDH], NS, NS, C, M(shift=11), size=30),
    R("update: ICH expanded on the 6h scan 2.1->3.4cm, now IVH too. GCS 12. ICU bed?", [IPH, IVH], NS, INC, C, M(ive=True), size=34),
    R("just fyi 80yo clinic pt: CT shows the old chronic SDH, 6mm, a bit smaller than Oct. no action", [SDH], "chronic", DEC, RT, size=6),
    R("f/u CT after TNK: small hemorrhagic conversion in the infarct, new since baseline, no mass effect. neuro aware, holding antiplatelets", [HT], NS, NEW, C),
    R("CT bed 5: cerebellar bleed 3cm, 4th vent squashed, hydro starting. no priors. NSGY coming", [IPH], NS, NP, C, M(hydro=True), size=30),
    R("rescan on the fall pt: bifrontal contusions slightly bigger than AM, no shift. NSGY says observe", [CON], NS, INC, C),
    R("pt bed 9 CT: IVH layering in the occipital horns, less than yesterday. EVD clamp trial today", [IVH], NS, DEC, RT),
    R("hi, 6h repeat CT: EDH 8mm unchanged. neuro checks fine. ok to clear c-spine separately", [EDH], NS, STB, RT, size=8),
    R("CT back: pituitary bleed? sella mass hyperdense, maybe apoplexy. no old imaging. endo + NSGY pls", [OTH], NS, NP, U, hedged=True),
    R("mr B's CT: SDH mixed acute/chronic 13mm, shift 4mm, no priors. NSGY to see", [SDH], "mixed", NP, U, M(shift=4), size=13),
    R("rescan post coil day 3: no new blood, SAH washing out, vents stable", [SAH], NS, DEC, RT),
    R("Secure msg: CT back - R EDH grew, 25mm from 15, shift 9mm, uncal herniation starting. OR called", [EDH], NS, INC, C, M(shift=9, hern=True), size=25),
    R("ICH same size on the 6h scan but new blood in the ventricles. no hydro. NSGY aware", [IPH, IVH], NS, NEW, C, M(ive=True)),
    R("text from rads: small IVH in the R occipital horn on the CT, ventricles normal", [IVH], NS, NS, U),
    R("rescan ok - thin R SDH 3mm, same as yesterday. d/c home per NSGY", [SDH], NS, STB, RT, size=3),
    R("CT this am - L frontal IPH a bit smaller, no new bleed. ok to restart aspirin?", [IPH], NS, DEC, RT),
    R("new pt bed 11, CT shows EDH 9mm R frontal, no shift, no old imaging. NSGY to eval", [EDH], NS, NP, U, size=9),
    R("pt in 6: L SDH 9mm with slight midline shift, no priors. NSGY?", [SDH], NS, NP, U, M(shift=YES, mild=True), size=9),
    R("CT tonight: SAH + small L temporal contusion + thin L SDH, all new vs the 1400 scan. GCS 13. NSGY on the way", [SAH, CON, SDH], NS, NEW, C),
    # --- radiology call-log entries ---
    R("CRITICAL RESULT LOG 12/07/2026 03:12 - NEW LEFT SUBDURAL HEMATOMA 8 MM WITH 3 MM SHIFT (NOT PRESENT 12/05/2026). CALLED TO DR. AMIN (ED), READ BACK CONFIRMED.", [SDH], NS, NEW, C, M(shift=3), size=8),
    R("Critical result called to Dr. Brennan (NSGY) at 22:47 by Dr. Ito: acute L temporal EDH 1.9 cm, 6 mm shift, no prior. Read back.", [EDH], "acute", NP, C, M(shift=6), size=19),
    R("Call log: discussed with ordering provider Dr. Shah 14:05 - interval increase in the R frontal IPH, 2.9 cm from 2.3 cm (12/06/2026). No IVH.", [IPH], NS, INC, C, size=29),
    R("CALL LOG 01:30: RESULT COMMUNICATED TO RN JONES (4 NORTH), READ BACK. SAH WITH INTRAVENTRICULAR EXTENSION AND ACUTE HYDROCEPHALUS, NO PRIOR IMAGING.", [SAH, IVH], NS, NP, C, M(hydro=True, ive=True)),
    R("Non-critical result, routine notification: chronic R SDH 9 mm, stable compared to 11/20/2026. Communicated via EMR message to Dr. Patel.", [SDH], "chronic", STB, RT, size=9),
    R("Critical result called to Dr. Olsen (stroke) at 16:20: hemorrhagic transformation of the R MCA infarct, increased since 12/06/2026, with new 7 mm midline shift. Read back confirmed.", [HT], NS, INC, C, M(shift=7)),
    R("Critical finding call 05:55 to Dr. Kim: new uncal herniation; L acute SDH unchanged at 16 mm vs the 02:10 scan; MLS 9 mm (was 7 mm).", [SDH], "acute", STB, C, M(shift=9, hern=True), size=16),
    R("Results call 11:10, Dr. Moreau (neurology): small IVH in the L lateral ventricle, new vs 12/06/2026. Ventricles normal size. Read back.", [IVH], NS, NEW, C),
    R("Call log 19:40: discussed with Dr. Ali - possible small contusion R frontal pole vs volume averaging, no priors. Follow-up CT suggested.", [CON], NS, NP, U, hedged=True),
    R("Critical result to Dr. Feld 04:30, read back: contusions blossoming bitemporal, R 3.8 cm from 2.0 cm (00:15 scan), effacement of the basal cisterns, 5 mm shift.", [CON], NS, INC, C, M(shift=5, cist=True), size=38),
    R("Call log (non-urgent): the SAH of 12/04/2026 has nearly resolved, no new hemorrhage. Left message for Dr. Reyes.", [SAH], NS, DEC, RT),
    R("CRITICAL RESULT CALLED TO DR. PARK 23:50: PITUITARY APOPLEXY, HEMORRHAGE WITHIN THE KNOWN MACROADENOMA, INCREASED SINCE MRI 11/28/2026. READ BACK.", [OTH], NS, INC, C),
    R("Call log 08:15: Dr. Singh informed of acute L cerebellar hemorrhage 2.2 cm, no hydrocephalus, no priors. Read back.", [IPH], "acute", NP, U, size=22),
    R("Critical result called 02:02 to ED attending Dr. Cole: acute R SDH 10 mm and traumatic SAH, no shift, no comparison.", [SDH, SAH], "acute", NP, U, size=10),
    R("Call log 17:30, Dr. Baker: epidural hematoma L frontal slightly increased, 13 mm vs 10 mm on the 12:00 scan. No shift. Read back.", [EDH], NS, INC, C, size=13),
    R("Call log 10:05, Dr. Lee: equivocal IVH, dependent density in the L occipital horn, not present 12/04/2026. Recommend repeat.", [IVH], NS, NEW, U, hedged=True),
    R("Call log, Dr. Ruiz 06:40: new effacement of the suprasellar and ambient cisterns; the SAH and R temporal contusion otherwise unchanged vs the 01:00 scan.", [SAH, CON], NS, STB, C, M(cist=True)),
    R("Call log (routine): contusion L temporal unchanged vs 12/05/2026, 1.7 cm. Message to Dr. Ortega.", [CON], NS, STB, RT, size=17),
    R("Call log 21:10, Dr. Hu: mixed density L SDH 12 mm (acute on chronic), 3 mm shift, no prior. Read back.", [SDH], "mixed", NP, U, M(shift=3), size=12),
    R("CRITICAL RESULT 14:22 TO DR. VOSS, READ BACK: EXTRA-AXIAL HEMORRHAGE LEFT CONVEXITY, SUBDURAL VERSUS EPIDURAL, 15 MM, 8 MM MIDLINE SHIFT. NO PRIOR.", [OTH], NS, NP, C, M(shift=8), size=15),
    R("Critical result called to Dr. Ames 03:40: SAH in the L sylvian fissure increased since 12/06/2026 22:00, with new blood in the fourth ventricle. Read back.", [SAH, IVH], NS, INC, C, M(ive=True)),
    # --- tele-stroke consult notes ---
    R("Tele-stroke follow-up: post-TNK CT at 24 h shows a small petechial hemorrhage within the L MCA infarct, new vs the pre-lysis CT. No mass effect. Hold antithrombotics 24 h.", [HT], NS, NEW, C),
    R("Telestroke consult. NIHSS 21, LKW 2 h. NCCT: R basal ganglia ICH 3.6 cm with IVH extension, no priors. ICH score 3. Not a lysis candidate; SBP to < 140, transfer to the comprehensive center.", [IPH, IVH], NS, NP, U, M(ive=True), size=36),
    R("Tele-stroke note: repeat CT 1 h post-alteplase for headache and vomiting: new hematoma 4 cm in the R frontal infarct bed with 6 mm shift (symptomatic ICH). Alteplase stopped, cryo given.", [HT], NS, NEW, C, M(shift=6), size=40),
    R("Telestroke follow-up day 2: hemorrhagic transformation in the L MCA infarct unchanged from the 24 h scan. NIHSS improving 10 -> 7. Start aspirin day 3.", [HT], NS, STB, RT),
    R("Tele-stroke consult: CT shows hyperdensity in the L caudate after thrombectomy, contrast staining vs hemorrhage; no prior non-contrast CT for comparison. Recommend repeat CT at 24 h.", [HT], NS, NP, U, hedged=True),
    R("Telestroke: 24 h CT post-thrombectomy: the contrast staining has washed out; a small hemorrhagic component in the L putamen remains, smaller than on the immediate post-procedure scan.", [HT], NS, DEC, RT),
    R("Tele-stroke consult 02:40: 77M on apixaban, acute L cerebellar ICH 2.9 cm, no hydrocephalus, no priors. Andexanet given. NSGY at the receiving hospital accepts.", [IPH], "acute", NP, U, size=29),
    R("Telestroke follow-up: repeat CT 6 h after ICH: hematoma expansion R lobar 2.5 -> 4.1 cm, new IVH; NIHSS worse by 4.", [IPH, IVH], NS, INC, C, M(ive=True), size=41),
    R("Telestroke note: NCCT shows SAH in the L central sulcus (convexity SAH), no previous imaging, no aneurysm on CTA. Consider RCVS or CAA. Admit neurology.", [SAH], NS, NP, U),
    R("Tele-stroke follow-up: post-lysis 24 h CT: hemorrhagic transformation of the R MCA infarct occupying more than 30 % of it with 7 mm shift, new vs baseline. Meets SITS-MOST sICH.", [HT], NS, NEW, C, M(shift=7)),
    R("Telestroke: repeat CT: hemorrhagic transformation R MCA expanded since this morning, 12 mm shift, uncal herniation. Family informed, comfort care discussion.", [HT], NS, INC, C, M(shift=12, hern=True)),
    R("Telestroke: NCCT L thalamic ICH 1.7 cm, small IVH. BP 210/110. Nicardipine drip.", [IPH, IVH], NS, NS, U, M(ive=True), size=17),
    R("Telestroke: NCCT: small L parietal lobar hemorrhage 1.5 cm, CAA pattern, no priors, no IVH.", [IPH], NS, NP, U, size=15),
    R("Tele-stroke: hemorrhage in the R pons 1.2 cm, no hydrocephalus, first imaging. Not a thrombolysis candidate.", [IPH], NS, NP, U, size=12),
    R("Telestroke follow-up: CT day 3: petechial hemorrhage in the R MCA infarct less conspicuous than on the 24 h CT. Start DOAC day 6.", [HT], NS, DEC, RT),
    R("Tele-stroke note: 24 h CT after thrombectomy: scattered petechial hemorrhage in the L insular infarct. No mass effect.", [HT], NS, NS, U),
    # --- clinic letters: chronic subdurals in the elderly on anticoagulants ---
    R("Dear Dr Hughes,\nI reviewed Mrs Ellis (84) in the neurosurgical clinic today. She remains on apixaban for atrial fibrillation. Her repeat CT head of 2 December shows that the left chronic subdural haematoma has reduced from 14 mm to 9 mm, with no midline shift and no new blood. She is neurologically well. I have not arranged further imaging and she may continue apixaban.\nYours sincerely", [SDH], "chronic", DEC, RT, size=9),
    R("Dear Dr Morgan,\nThank you for asking me to see Mr Price, 88, who takes warfarin. His CT of 30 November shows bilateral chronic subdural haematomas, 8 mm on the right and 6 mm on the left, unchanged from the scan in September. There is no mass effect. He is cognitively at his baseline. I suggest we continue warfarin with a target INR of 2.0-2.5 and review in six months.\nKind regards", [SDH], "chronic", STB, RT, size=8),
    R("Dear Dr Shaw,\nMrs Green, aged 79, returned to clinic with two weeks of worsening confusion. Her rivaroxaban had been restarted in October. The CT today shows that her right chronic subdural haematoma has enlarged to 19 mm (11 mm in October) with a new hyperdense acute component and 7 mm midline shift. I have admitted her for burr-hole drainage tomorrow and stopped rivaroxaban.\nYours sincerely", [SDH], "mixed", INC, C, M(shift=7), size=19),
    R("Dear Dr Wu,\nI saw Mr Hall (91) in the elderly care clinic. The CT of 1 December shows a thin chronic subdural collection over the left convexity, 5 mm; there is no earlier imaging. He is on dabigatran. No intervention is needed; I will repeat the scan in three months.\nBest wishes", [SDH], "chronic", NP, RT, size=5),
    R("Dear Dr Baird,\nFollow-up of Mrs Ross, 86, after right burr-hole drainage in October. Her CT last week shows a small residual right subdural collection of 6 mm, slightly larger than the 4 mm on the post-operative scan, without mass effect. I have asked for another CT in four weeks and for edoxaban to remain on hold.\nYours sincerely", [SDH], NS, INC, C, size=6),
    R("Dear Dr Okafor,\nMr Doyle (83, apixaban) was seen today after his fall. CT shows an acute-on-chronic left subdural haematoma, 10 mm, no midline shift, and there is no prior imaging to compare. As he is asymptomatic we will manage him conservatively with apixaban held and a repeat CT in one week.\nKind regards", [SDH], "mixed", NP, U, size=10),
    R("Dear Dr Kelly,\nMrs Young, 90, on warfarin. Her surveillance CT shows that the right chronic subdural haematoma is essentially unchanged at 12 mm, but the midline shift has increased to 6 mm (3 mm in November). She has some new left-sided weakness. I have arranged admission for drainage.\nYours sincerely", [SDH], "chronic", STB, C, M(shift=6), size=12),
    R("Dear Dr Fischer,\nMr Lane, 82, rivaroxaban. Repeat CT of 5 December: the chronic subdural haematoma has almost completely resolved, a trace of 2 mm remaining. The rivaroxaban can continue.\nBest wishes", [SDH], "chronic", DEC, RT, size=2),
    R("Dear Dr Nolan,\nMrs Ahmed (87) attended clinic. Her CT shows the known bilateral chronic subdurals, right 9 mm and left 7 mm, unchanged since August, with a mild midline shift of 2 mm as before. She remains on apixaban at a reduced dose.\nYours sincerely", [SDH], "chronic", STB, RT, M(shift=2, known=[SHIFT]), size=9),
    R("Dear Dr Price,\nMr Webb (85, warfarin) has a left chronic subdural haematoma, 14 mm, with a mild midline shift; no previous scans are available. He is asymptomatic. We will hold warfarin and rescan in two weeks.\nKind regards", [SDH], "chronic", NP, RT, M(shift=YES, mild=True), size=14),
    R("Dear Dr Roberts,\nMr Fox, 81, on apixaban: his CT shows a possible small chronic subdural collection over the right frontal lobe, 3 mm, versus a prominent subarachnoid space. There is no previous imaging. No action is required; I will rescan in three months.\nYours sincerely", [SDH], "chronic", NP, U, size=3, hedged=True),
    R("Dear Dr Lewis,\nMr Grant (78) had a traumatic subarachnoid haemorrhage in November; today's CT shows that it has resolved except for a trace of blood in one left frontal sulcus, and his headaches have settled. He may resume clopidogrel from tomorrow. I have not arranged further follow-up.\nKind regards", [SAH], NS, DEC, RT),
    R("Dear Dr Patterson,\nMrs Hill, 92, on edoxaban, was reviewed in the falls clinic. Her CT of 3 December shows a left chronic subdural haematoma of 16 mm that has grown since the 10 mm collection of September, with effacement of the left lateral ventricle and a midline shift of 8 mm. She has been referred urgently to the neurosurgeons and edoxaban is stopped.\nYours sincerely", [SDH], "chronic", INC, C, M(shift=8), size=16),
    R("Dear Dr Adams,\nMr Stone (80) on apixaban: the follow-up CT shows the right chronic subdural haematoma at 7 mm, unchanged from October, but there is now a separate thin acute subdural haematoma over the left tentorium that was not there before. I have asked for apixaban to be paused and for a repeat CT in 48 hours.\nBest wishes", [SDH], "mixed", NEW, C, size=7),
    R("Dear Dr Hart,\nMrs Wood, 88, takes warfarin for a mechanical valve. Her CT shows bilateral subacute subdural haematomas, right 9 mm and left 8 mm, smaller than in November, and no midline shift. Warfarin continues with careful INR control.\nKind regards", [SDH], "subacute", DEC, RT, size=9),
    # --- SAH after coiling / clipping, day N ---
    R("SAH day 5 post coiling of an ACOM aneurysm. CT: SAH decreasing, EVD in situ, ventricles stable. No rebleed. TCDs: rising velocities L MCA, early vasospasm suspected - on nimodipine.", [SAH], NS, DEC, RT),
    R("SAH day 7 post clipping of a R MCA aneurysm: CT for a drop in GCS shows a new L frontal hypodensity (vasospasm infarct); SAH unchanged, no new hemorrhage.", [SAH], NS, STB, RT),
    R("Day 2 post coiling (basilar tip): CT for sudden headache: new hemorrhage in the prepontine and interpeduncular cisterns and the fourth ventricle = rebleed. Acute hydrocephalus. EVD opened.", [SAH, IVH], NS, NEW, C, M(hydro=True, ive=True)),
    R("Post-clip day 1 CT: expected postoperative changes after L pterional craniotomy with pneumocephalus; SAH unchanged compared with the pre-op CT; no new hemorrhage. No hydrocephalus.", [SAH], NS, STB, RT),
    R("SAH day 9 (post coiling): CT shows resolving SAH and resolving IVH; EVD removed yesterday; ventricles larger than on day 7 with transependymal edema = hydrocephalus. VP shunt discussed.", [SAH, IVH], NS, DEC, C, M(hydro=True)),
    R("SAH D4 post coil: CT: IVH redistributed to the occipital horns, no new blood; ventricles unchanged with the EVD.", [IVH], NS, STB, RT),
    R("SAH day 3 after clipping of an AComm aneurysm. CT: gyrus rectus hematoma 2.2 cm, unchanged from post-op; SAH less. Ventricles normal.", [IPH, SAH], NS, STB, RT, size=22),
    R("SAH post coil day 6: CT today vs day 4: hydrocephalus worse after the EVD clamp trial; SAH thinner; no rebleed. EVD reopened.", [SAH], NS, DEC, C, M(hydro=True)),
    R("SAH day 1 post coiling, modified Fisher 4: CT: diffuse SAH and IVH unchanged vs pre-coiling, hydrocephalus stable with EVD, no new hemorrhage.", [SAH, IVH], NS, STB, RT, M(hydro=True, known=[HYDRO])),
    R("SAH day 8 post clip: CT: SAH mostly cleared, small residual in the L sylvian fissure; no hydrocephalus.", [SAH], NS, DEC, RT),
    R("SAH day 12 post coiling: CT for headache: no new hemorrhage; residual IVH in the occipital horns decreased; VP shunt functioning, ventricles smaller.", [IVH], NS, DEC, RT),
    R("SAH day 4 post clipping: CT: new 1.5 cm hematoma along the clip in the L frontal lobe, not on the day 1 CT; SAH unchanged. No shift.", [IPH, SAH], NS, NEW, C, size=15),
    R("SAH day 2 post coiling: CT: subarachnoid blood in the basal cisterns slightly increased vs post-procedure CT, IVH unchanged, ventricles stable with EVD.", [SAH, IVH], NS, INC, C),
    # --- haemorrhagic metastases and tumour bleeds ---
    R("CT head: known renal cell metastasis L frontal, now with intratumoral hemorrhage, new since 11/25/2026, 2.4 cm, with 4 mm shift.", [IPH], NS, NEW, C, M(shift=4), size=24),
    R("CT head in a patient with metastatic lung cancer: hemorrhagic metastases R parietal and L cerebellar, largest 1.8 cm, no prior imaging. No hydrocephalus.", [IPH], NS, NP, U, size=18),
    R("Follow-up CT: hemorrhagic melanoma metastasis R temporal, bleed component unchanged since 12/01/2026 (2.0 cm), edema unchanged, 3 mm shift as before.", [IPH], NS, STB, RT, M(shift=3, known=[SHIFT]), size=20),
    R("CT head: glioblastoma L temporal with interval intratumoral hemorrhage compared to the MRI of 11/30/2026; increased mass effect with 9 mm midline shift and uncal herniation.", [IPH], NS, NEW, C, M(shift=9, hern=True)),
    R("CT head: hyperdense component in the known L frontal metastasis, could be hemorrhage or dense tumor; not clearly changed from 12/03/2026.", [IPH], NS, STB, U, hedged=True),
    R("CT: hemorrhagic metastasis R frontal decreased in size after radiosurgery, 1.4 cm (2.0). No new bleed.", [IPH], NS, DEC, RT, size=14),
    R("CT: hemorrhage into a known R cerebellopontine angle vestibular schwannoma, new since the MRI of 10/2026; fourth ventricle compressed with hydrocephalus.", [OTH], NS, NEW, C, M(hydro=True)),
    R("CT head: hemorrhagic pituitary macroadenoma, blood-fluid level unchanged since 12/02/2026. No hydrocephalus.", [OTH], NS, STB, RT),
    R("CT: hemorrhagic L parietal metastasis with new surrounding hemorrhage extending into the L lateral ventricle since 12/04/2026; ventricles not enlarged.", [IPH, IVH], NS, INC, C, M(ive=True)),
    # --- haemorrhagic venous infarcts ---
    R("CT head: hyperdense superior sagittal sinus (thrombosis) with a L parasagittal hemorrhagic venous infarct 3.1 cm, no priors. Small adjacent convexity SAH.", [HT, SAH], NS, NP, U, size=31),
    R("CT venogram follow-up: R temporal hemorrhagic venous infarct (transverse sinus thrombosis), increased hemorrhage since yesterday despite heparin, 4 cm now, 5 mm shift.", [HT], NS, INC, C, M(shift=5), size=40),
    R("CT head: bilateral thalamic venous infarcts (straight sinus thrombosis) with new petechial hemorrhage compared to the admission CT.", [HT], NS, NEW, C),
    R("CT: L temporal hemorrhagic venous infarct unchanged since 12/04/2026. Sinus recanalizing. No shift.", [HT], NS, STB, RT),
    R("CT: hemorrhagic venous infarction in the left parietal lobe, decreasing in density and size, 2.2 cm from 2.9 cm.", [HT], NS, DEC, RT, size=22),
    R("Follow-up CT: L frontal venous infarct hemorrhage, no significant change since 12/02/2026; anticoagulation continues.", [HT], NS, STB, RT),
    R("CT head: cortical vein thrombosis with a small hemorrhagic venous infarct R frontal, 1.2 cm. No mass effect.", [HT], NS, NS, U, size=12),
    # --- blossoming contusions, interval wording, other compartments ---
    R("CT head: new R frontal contusion compared to prior of 12/04/2026 after a second fall, 1.2 cm.", [CON], NS, NEW, C, size=12),
    R("CT head: since yesterday a new contusion in the left temporal pole has appeared (contrecoup), 9 mm; the right occipital contusion is unchanged.", [CON], NS, NEW, C, size=9),
    R("CT head: contusional hemorrhages in both temporal lobes and the orbitofrontal cortex, largest 2.3 cm. Thin SDH along the falx. 4 mm shift.", [CON, SDH], NS, NS, U, M(shift=4), size=23),
    R("CT head: extra-axial hemorrhage over the right convexity, subdural vs epidural, 7 mm; unchanged since 12/05/2026.", [OTH], NS, STB, RT, size=7),
    R("CT: intracranial hemorrhage in the left posterior fossa, compartment indeterminate (tentorial subdural vs superficial cerebellar), smaller than on 12/03/2026.", [OTH], NS, DEC, RT),
    R("CT head: acute intracranial hemorrhage, extra-axial along the left tentorium, compartment uncertain. No mass effect.", [OTH], "acute", NS, U),
    R("CT head: intracranial hemorrhage layering along the right tentorium, compartment not certain, increased compared to 12/06/2026.", [OTH], NS, INC, C),
    R("CT head: blood in the left frontal resection cavity, less than on the immediate postoperative CT of 12/05/2026.", [OTH], NS, DEC, RT),
    R("CT head: subacute hemorrhage in the L occipital lobe, 2.6 cm, no mass effect.", [IPH], "subacute", NS, U, size=26),
    R("CT head: SAH in the basal cisterns and sylvian fissures, modified Fisher 3. Ventricles normal. CTA pending.", [SAH], NS, NS, U),
    R("CT head: hyperdensity in the R sylvian fissure, possibly a small SAH versus a vessel.", [SAH], NS, NS, U, hedged=True),
    R("CT head: obstructive hydrocephalus from a hyperdense mass in the posterior fossa, possibly a cerebellar hemorrhage or a hyperdense tumor. No prior.", [IPH], NS, NP, C, M(hydro=True), hedged=True),
    R("CT: possible thin R SDH, 3 mm; new 7 mm leftward midline shift from R hemispheric edema.", [SDH], NS, NS, C, M(shift=7), size=3, hedged=True),
    R("CT head: the questionable thin SDH along the L tentorium appears more conspicuous than on 12/05/2026 (3 mm vs 2 mm); may be partial volume of the tentorium.", [SDH], NS, INC, U, size=3, hedged=True),
    R("CT head: cerebellar hemorrhage 3.5 cm with effacement of the quadrigeminal cistern, no hydrocephalus; new since the CT of 12/06/2026, which was negative.", [IPH], NS, NEW, C, M(cist=True), size=35),
    R("CT head compared to prior of 12/05/2026: no significant change in the right parietal epidural hematoma, 11 mm. No shift.", [EDH], NS, STB, RT, size=11),
    R("CT head compared to prior of 12/05/2026: slight interval increase in the left parietal epidural hematoma, 12 mm from 10 mm.", [EDH], NS, INC, C, size=12),
    R("CT head: SAH slightly increased in the L sylvian fissure since 12/06/2026 23:00. Ventricles normal.", [SAH], NS, INC, C),
    R("CT head compared to prior of 12/06/2026 18:00: the left thalamic hemorrhage is unchanged in size (1.6 cm) but there is new IVH in the third and left lateral ventricles. No hydrocephalus.", [IPH, IVH], NS, NEW, C, M(ive=True), size=16),
    R("CT: subacute R SDH 6 mm, decreased since 11/29/2026 (9 mm) and now isodense, evolving as expected. No shift.", [SDH], "subacute", DEC, RT, size=6),
    R("CT: EDH L temporal decreasing, 6 mm from 10 mm on 12/03/2026. No shift.", [EDH], NS, DEC, RT, size=6),
    R("Repeat CT after an in-hospital fall: new R parietal EDH 1.1 cm with fracture, not on the admission CT of 12/05/2026. 2 mm shift.", [EDH], NS, NEW, C, M(shift=2), size=11),
    R("CT head: chronic subdural haematoma R 6 mm, no comparison. No mass effect.", [SDH], "chronic", NP, RT, size=6),
    R("CT head: small amount of intraventricular blood in the left occipital horn, redistributed since yesterday, no new hemorrhage; ventricles normal.", [IVH], NS, STB, RT),
    R("CT head: R frontal contusion 2.1 cm, blossoming compared with the trauma CT 5 hours earlier (1.3 cm); new 5 mm midline shift.", [CON], NS, INC, C, M(shift=5), size=21),
    R("CT head: interval increase in the intraventricular hemorrhage since yesterday, now filling the third ventricle. Ventricular size unchanged.", [IVH], NS, INC, C),
    R("CT head: R frontal contusions evolving, unchanged in size since 12/05/2026; unchanged 6 mm midline shift.", [CON], NS, STB, RT, M(shift=6, known=[SHIFT])),
    R("CT head: left frontal contusion, smaller than on 12/04/2026, with resolving edema.", [CON], NS, DEC, RT),
    R("CT head: new intraventricular extension of the known R caudate hemorrhage since 12/06/2026; hematoma otherwise same size, 1.9 cm. Temporal horns dilating.", [IPH, IVH], NS, NEW, C, M(hydro=True, ive=True), size=19),
    R("CT head: epidural hematoma L temporal 10 mm. No shift. Temporal bone fracture.", [EDH], NS, NS, U, size=10),
    R("CT head: thin left SDH 3 mm; redistribution along the tentorium and falx since yesterday, total volume not increased.", [SDH], NS, STB, RT, size=3),
    R("CT head: the R frontal hemorrhage has become larger since 12/05/2026, 3.0 cm from 2.2 cm, with new effacement of the R frontal horn. No shift.", [IPH], NS, INC, C, size=30),
    R("CT head: intraventricular hemorrhage with casting of the fourth ventricle, no comparison available. Lateral ventricles normal.", [IVH], NS, NP, U),
    R("CT head: small R frontal subarachnoid hemorrhage; compared to 12/04/2026 the SAH is new. No hydrocephalus.", [SAH], NS, NEW, C),
    R("CT head: large L frontal contusion 4.5 cm with 11 mm midline shift and subfalcine herniation; effaced basal cisterns. No comparison.", [CON], NS, NP, C, M(shift=11, hern=True, cist=True), size=45),
    R("CT head: intraventricular hemorrhage in the lateral ventricles, new since 12/05/2026, with hydrocephalus and effacement of the basal cisterns.", [IVH], NS, NEW, C, M(hydro=True, cist=True)),
    # --- more of the same styles: first scans, hedges, no comparison ---
    R("CT head without contrast. There is a small acute sub dural hematoma along the left tentorium measuring 3 millimeters. Know midline shift. Know hydro cephalus.", [SDH], "acute", NS, U, size=3),
    R("CT head. Intra parenchymal hemorrhage in the left external capsule measuring 2.0 cm with surrounding edema. Mild local mass effect. New paragraph. Impression colon hypertensive type hemorrhage.", [IPH], NS, NS, U, size=20),
    R("CT head without contrast. Possible trace sub arachnoid hemorrhage in the right frontal sulci, slightly more conspicuous than on 12/05/2026, versus streak artifact.", [SAH], NS, INC, U, hedged=True),
    R("Neuro check 1000: GCS 15. CT head: small R frontal EDH 5 mm under a fracture, no shift.", [EDH], NS, NS, U, size=5),
    R("NICU 0700: CT for agitation: L temporal contusion 1.4 cm with a thin overlying SDH, no shift, no hydro.", [CON, SDH], NS, NS, U, size=14),
    R("Neurosurgery consult\nGCS 15, 33M assault.\nCT: small L frontal EDH 6 mm and small bifrontal contusions, no shift, no prior.\nPlan: admit, repeat CT 6 h.", [EDH, CON], NS, NP, U, size=6),
    R("NSGY consult\nGCS 14, 70F on warfarin.\nCT: acute R tentorial SDH 4 mm and a small L parietal tSAH. No shift.\nPlan: reverse, repeat CT in the morning.", [SDH, SAH], "acute", NS, U, size=4),
    R("CT caput: subarachnoid haemorrhage in the right Sylvian fissure and the interhemispheric fissure. Ventricle system of normal width. No midline shift.", [SAH], NS, NS, U),
    R("CT cerebrum. Intracerebral haemorrhage left occipital, 24 x 16 mm, with a small ventricular break-in into the posterior horn. No hydrocephalus. No midline shift.", [IPH, IVH], NS, NS, U, M(ive=True), size=24),
    R("Conclusion: probably a small subdural haematoma right frontal, 4 mm, compared with the study of 3 December unchanged. No mass effect.", [SDH], NS, STB, U, size=4, hedged=True),
    R("CT brain (plain). Subacute right frontal intracerebral haemorrhage, 2.2 cm, with surrounding oedema. Mild mass effect on the frontal horn without midline shift.", [IPH], "subacute", NS, U, size=22),
    R("CT BRAIN (PLAIN). Possible small haemorrhagic transformation within the left MCA territory infarct. No previous study. MRI is suggested.", [HT], NS, NP, U, hedged=True),
    R("IMPRESSION:\n1. SMALL ACUTE LEFT FRONTAL CONTUSION, 9 MM.\n2. NO MIDLINE SHIFT.\n3. NO PRIOR STUDIES.", [CON], "acute", NP, U, size=9),
    R("IMPRESSION:\n1. SMALL VOLUME INTRAVENTRICULAR HEMORRHAGE IN THE OCCIPITAL HORNS.\n2. VENTRICLES NORMAL IN SIZE.", [IVH], NS, NS, U),
    R("CT back on 12: L parietal tSAH + tiny contusion, nothing to compare. GCS 15. neuro checks q1h", [SAH, CON], NS, NP, U),
    R("CT: thin SDH L convexity 4mm + small tSAH. no shift. first scan. NSGY to see in AM", [SDH, SAH], NS, NP, U, size=4),
    R("Call log 13:25, Dr. Bose: small acute R occipital IPH 1.4 cm. No comparison. Read back.", [IPH], "acute", NP, U, size=14),
    R("Call log 04:05, Dr. Yang: possible small EDH R temporal 5 mm vs venous sinus, no priors. Read back.", [EDH], NS, NP, U, size=5, hedged=True),
    R("Tele-stroke: NCCT: subacute hemorrhage in the R temporal lobe 2.3 cm, no IVH. The outside CT is not available for comparison.", [IPH], "subacute", NP, U, size=23),
    R("Telestroke consult: post-thrombectomy CT: possible small SAH in the L sylvian fissure vs contrast, not on the pre-procedure CT. Repeat CT in 24 h.", [SAH], NS, NEW, U, hedged=True),
    R("Dear Dr Clarke,\nMrs Bell, 83, on apixaban, was seen after a fall last week. The CT shows a small acute subdural haematoma over the right convexity, 5 mm, without midline shift. No earlier scans exist. We will hold apixaban for one week and repeat the CT.\nKind regards", [SDH], "acute", NP, U, size=5),
    R("SAH day 0, before coiling: CT: diffuse SAH, modified Fisher 4, IVH in both lateral ventricles, ventricles not enlarged. No prior.", [SAH, IVH], NS, NP, U, M(ive=True)),
    R("CT head: hemorrhagic metastasis L occipital 1.6 cm with surrounding edema, no midline shift. Staging study.", [IPH], NS, NS, U, size=16),
    R("CT head: hyperdense L transverse sinus with a small hemorrhagic venous infarct in the L temporal lobe, 1.8 cm, no mass effect. No prior imaging.", [HT], NS, NP, U, size=18),
    R("CT head: small extra-axial hemorrhage along the anterior falx, subdural or subarachnoid, 3 mm. No mass effect.", [OTH], NS, NS, U, size=3),
    R("CT head: questionable thin EDH L frontal, 3 mm, unchanged since 12/05/2026.", [EDH], NS, STB, U, size=3, hedged=True),
]
# fmt: on


def rows() -> list[dict]:
    return numbered(ROWS, "p9", "heldout-9")


def main() -> None:
    write(OUT, rows())


if __name__ == "__main__":
    main()
