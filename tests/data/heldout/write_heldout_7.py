# ruff: noqa: E501  (report texts are kept on one line each)
"""Held-out set 7 (issue 18 kinds), written by hand by `writer7`; run to rebuild heldout-7.jsonl.

Every text was invented for this set. Each entry is (style, text) or (style, text, assertion) where the
assertion differs from the kind's default. The style says how the text is written; ``doc_type`` (report or
note) is derived from it and written to the JSONL. The order in the JSONL is a fixed shuffle (seed 7).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from heldout_writer import numbered, write

OUT = Path(__file__).with_name("heldout-7.jsonl")

# styles written as radiology reports; every other style is a note, letter or teaching text
REPORT_STYLES = {
    "report",
    "report_caps",
    "report_numbered",
    "report_typos",
    "report_nonnative",
    "dictation",
    "mri_report",
    "cta_report",
    "us_report",
    "report_abbrev",
}

TEXTS: dict[str, list[tuple]] = {
    "pos_plain": [
        (
            "report",
            "CT HEAD NON-CONTRAST, EMERGENCY. CLINICAL DETAILS: 69 year old man, sudden right-sided weakness and slurred speech at 07:10, on dual antiplatelets after a coronary stent, BP 196/104. TECHNIQUE: axial 5 mm and thin 0.625 mm slices with reformats. COMPARISON: none. FINDINGS: In the left external capsule and putamen there is a 4.1 x 2.6 x 3.0 cm oval area of increased attenuation, 58-64 HU, with irregular margins and a thin hypodense rim; estimated volume about 16 ml by ABC/2. It extends into the body of the left lateral ventricle, with a small amount of dense material in the left occipital horn. The left lateral ventricle is compressed and there is 4 mm of rightward midline shift. No hydrocephalus at present. Remote lacunes in the right thalamus. No extra-axial collection. No fracture. IMPRESSION: Acute left putaminal intracerebral haemorrhage (approximately 16 ml) with intraventricular extension and mild mass effect; typical location for a hypertensive bleed. Result discussed with the stroke registrar at 07:52.",
        ),
        (
            "report",
            "NCCT head. There is a 2.8 cm area of high attenuation (62 HU) centred in the left putamen with a low-density halo; it represents an acute bleed. Mild effacement of the left frontal horn. No hydrocephalus. Conclusion: acute left putaminal haemorrhage.",
        ),
        (
            "report_abbrev",
            "CT brain: R frontal IPH 18 mm, small IVH in R occipital horn. No MLS. Impr: acute IPH w/ IVH extension, likely hypertensive.",
        ),
        (
            "report_nonnative",
            "CT of head is made without contrast. In right cerebellum hemisphere is seen hyperdense focus 3 cm which is fresh bleeding, fourth ventricle is compressed a little. Conclusion: acute haemorrhage in the right cerebellum, please neurosurgical consult.",
        ),
        (
            "report_typos",
            "CT HEAD FINDINGS: acute subdrual heamatoma along the left convexty, max thicknes 9mm, with 4mm midlne shift to the rigth. IMPRESION: acute left SDH with mass efect.",
        ),
        (
            "report_caps",
            "NON-CONTRAST CT BRAIN. THERE IS ACUTE CLOT IN THE SYLVIAN FISSURES AND INTERHEMISPHERIC FISSURE, DIFFUSE. TEMPORAL HORNS ARE DILATED. IMPRESSION: DIFFUSE SUBARACHNOID BLEEDING WITH EARLY HYDROCEPHALUS, FISHER 3 PATTERN.",
        ),
        (
            "mri_report",
            "MRI brain with SWI. A 14 mm lobar bleed in the left parietal lobe, T1 bright rim and T2 dark core, consistent with early subacute blood products. Multiple cortical microbleeds and superficial siderosis suggest amyloid angiopathy. Impression: early subacute left parietal lobar haemorrhage.",
        ),
        (
            "dictation",
            "CT head period the study shows extravasated blood in the right thalamus comma about one point five centimetres comma with rupture into the third ventricle period impression colon thalamic bleed with intraventricular extension period",
        ),
        (
            "report_numbered",
            "IMPRESSION: 1. Chronic small vessel ischaemic change. 2. Old right occipital infarct. 3. New 6 mm haemorrhagic focus in the left pons. 4. Mucosal thickening of the right maxillary sinus.",
        ),
        (
            "report",
            "CT head following fall. Thin sliver of acute blood along the tentorium on the right and a few drops layering along the falx. No fracture. Summary: small-volume traumatic subdural bleeding (tentorial and parafalcine).",
        ),
        (
            "report_abbrev",
            "CTH: thin tSAH in L frontal sulci + 3mm R frontal EDH beneath non-displaced #. GCS 15. Impr: tSAH and small EDH.",
        ),
        (
            "cta_report",
            "CT angiogram circle of Willis. The non-contrast series shows basal subarachnoid blood with a focal clot in the anterior interhemispheric fissure. The angiographic series shows a 6 mm anterior communicating artery aneurysm. Impression: aSAH, most likely from the AComA aneurysm.",
        ),
        (
            "report",
            "Head CT, anticoagulated patient (apixaban). Extensive high-density material fills the left hemisphere subdural space, 14 mm, with 9 mm of rightward shift and uncal herniation. Summary: large acute haemorrhagic subdural collection with herniation.",
        ),
        (
            "report_caps",
            "CT HEAD. HYPERDENSE BLOOD CAST OF THE LATERAL AND THIRD VENTRICLES. NO PARENCHYMAL SOURCE IDENTIFIED. IMPRESSION: PRIMARY INTRAVENTRICULAR HAEMORRHAGE. CTA RECOMMENDED.",
        ),
        (
            "mri_report",
            "MR head. On gradient echo there is a 9 mm focus of marked signal loss in the right frontal white matter which was not present on the MRI 8 months ago; FLAIR shows surrounding oedema. Impression: new small acute-subacute intracerebral bleed, right frontal.",
        ),
        (
            "report_nonnative",
            "Brain CT: On left side is there a crescent shape collection with acute blood density, 6 mm, no shift of midline. Small contusion bleeding in the left temporal pole too. Conclusion: acute SDH left and haemorrhagic contusion.",
        ),
    ],
    "pos_described_unnamed": [
        (
            "report",
            "CT head after assault. A lentiform extra-axial collection measuring 68 HU lies beneath a right temporal squamous fracture, 11 mm thick, with mass effect on the temporal horn. Impression: lens-shaped dense extra-axial collection deep to the fracture; urgent neurosurgical review.",
        ),
        (
            "report",
            "CT brain. There is dependent high-attenuation material in both occipital horns forming a level with the CSF above it. Remainder unremarkable. Impression: dependent dense layering in the occipital horns.",
        ),
        (
            "report_caps",
            "CT HEAD. THE SUPRASELLAR AND AMBIENT CISTERNS ARE FILLED WITH HYPERDENSE MATERIAL (55-60 HU). THE SYLVIAN FISSURES ARE ALSO DENSE. MILD VENTRICULOMEGALY. IMPRESSION: DENSE BASAL CISTERNS, URGENT CTA.",
        ),
        (
            "report_nonnative",
            "CT scan of brain: in left frontal lobe is lesion of hematic density 2 x 2 cm with perilesional oedema. Ventricles not dilated. Conclusion: hematic density left frontal.",
            "affirmed",
        ),
        (
            "report",
            "Head CT. Multiple foci of mixed high and low density in the inferior frontal lobes and temporal poles bilaterally, typical of contusions from a coup-contrecoup injury. No extra-axial collection. Impression: bifrontal and bitemporal contusions.",
            "affirmed",
        ),
        (
            "mri_report",
            "MRI brain. A 2 cm right occipital lesion shows a fluid-fluid level on T2 and marked blooming on SWI; T1 hyperintense dependent component. No enhancement. Impression: right occipital lesion with blooming and fluid-fluid level, see recommendations.",
        ),
        (
            "report",
            "CT head. A thin crescentic collection of 58 HU lies along the left frontoparietal convexity, 5 mm, with no midline shift. Impression: thin dense crescentic left convexity collection.",
        ),
        (
            "report_abbrev",
            "CTH: hyperattenuating material in L sylvian fissure + several L frontal sulci, ~55 HU. No MLS. ?source. Impr: sulcal hyperdensity L hemisphere, recommend CTA.",
        ),
        (
            "dictation",
            "CT head period there is a swirled collection of mixed attenuation over the right hemisphere comma hypodense swirls within denser material comma measuring 16 millimetres comma with 8 millimetres of shift period impression colon large right convexity collection with a swirl sign period",
        ),
        (
            "report_typos",
            "CT HEAD: biconvex hyperdnese collection in left parietal region, 14 mm, underlyng linear fracure. Mass efect with efacement of left lateral ventricel. Impression: biconvex dense collection, call to neurosurgery placed.",
        ),
        (
            "us_report",
            "Cranial ultrasound, day 3, 26 weeks gestation. An echogenic focus fills the right caudothalamic groove and extends into the right lateral ventricle, which is mildly dilated. Impression: echogenic material in the right germinal matrix region and ventricle.",
        ),
        (
            "cta_report",
            "CTA head. The non-contrast phase shows a 3.5 cm right basal ganglia hyperdensity; on the arterial phase there are two foci of contrast extravasation within it (spot sign). Impression: right basal ganglia hyperdense lesion with active extravasation.",
        ),
        (
            "report",
            "CT head, 80 year old on warfarin. Hyperdense material layering in the fourth ventricle and in the dependent parts of both lateral ventricles; the ventricles are enlarged. Impression: dependent intraventricular hyperdensity with hydrocephalus.",
        ),
        (
            "mri_report",
            "MRI brain trauma protocol. SWI shows numerous punctate foci of susceptibility at the grey-white junction of both frontal lobes and in the splenium of the corpus callosum, not present on the admission CT. Impression: diffuse axonal injury pattern with susceptibility foci in a shearing distribution.",
        ),
        (
            "report_nonnative",
            "CT head: contusional foci in the right temporal lobe, 1.5 cm, with small oedema around. No collection extraaxial. Conclusion: cerebral contusion right temporal.",
            "affirmed",
        ),
        (
            "report",
            "CT head. In the interpeduncular and prepontine cisterns there is material of 50 HU where CSF should be, more than in the comparison study 6 hours ago. Impression: increasing cisternal hyperdensity.",
        ),
    ],
    "pos_mimic_with_blood": [
        (
            "report",
            "CT head. Bilateral frontal CSF-density subdural hygromas as before, now with a new dependent hyperdense component on the left (62 HU) in keeping with fresh blood. Impression: acute haemorrhage into a left subdural hygroma.",
        ),
        (
            "report",
            "Dual-energy CT head after thrombectomy. Hyperdensity in the left caudate and insula; on the iodine map part of it is contrast, but on the virtual non-contrast image a 12 mm focus stays dense. Impression: contrast staining plus a small true haematoma in the left caudate (haemorrhagic transformation).",
        ),
        (
            "mri_report",
            "MRI brain. Known right frontal cavernoma, now larger, with a rim of T1 bright signal and surrounding oedema that was absent last year. Impression: cavernous malformation with recent intralesional and perilesional bleeding.",
        ),
        (
            "report",
            "CT head. Two hyperdense masses in the cerebral hemispheres in this patient with melanoma, the right parietal one with a fluid-blood level and oedema. Impression: bleeding metastatic deposits.",
        ),
        (
            "mri_report",
            "MRI pituitary. Enlarged sellar mass with T1 hyperintense content and a fluid level, patient with sudden headache and ophthalmoplegia. Impression: apoplexy of a pituitary macroadenoma with haemorrhage.",
        ),
        (
            "report",
            "CT head. Physiological calcification of the pineal gland and choroid plexus. Separately, a new 1.2 cm hyperdensity (70 HU) in the left thalamus with oedema, not calcific. Impression: acute left thalamic haemorrhage; calcifications incidental.",
        ),
        (
            "report_abbrev",
            "CT/CTA: hyperdense L MCA sign, M1 occlusion. Also a thin cSAH in L central sulcus. Impr: L MCA occlusion with small convexity SAH.",
        ),
        (
            "report",
            "CT head in septic patient. Right convexity subdural empyema with rim enhancement; within it a dense 66 HU dependent component and a small adjacent right frontal intraparenchymal bleed. Impression: subdural empyema complicated by haemorrhage.",
        ),
        (
            "cta_report",
            "CT venogram. Filling defect of the superior sagittal sinus and a left parietal cortical vein (thrombosis). Beneath it a 2.5 cm left parietal cortical haematoma. Impression: cerebral venous thrombosis with venous haemorrhagic infarct.",
        ),
        (
            "mri_report",
            "MRI brain with contrast. Right temporal glioblastoma with necrosis; new areas of SWI blooming and T1 hyperintensity within the tumour compared with last month. Impression: interval intratumoural haemorrhage.",
        ),
        (
            "report_caps",
            "CT HEAD. DENSE DURAL VENOUS SINUSES, ATTRIBUTED TO HIGH HAEMATOCRIT. IN ADDITION A SMALL AMOUNT OF ACUTE BLOOD IN THE RIGHT PARIETAL SULCI. IMPRESSION: FOCAL ACUTE SUBARACHNOID HAEMORRHAGE, RIGHT PARIETAL.",
        ),
        (
            "mri_report",
            "MRI brain. Left frontal AVM with a nidus of flow voids; adjacent 3 cm haematoma with early subacute signal. Impression: ruptured arteriovenous malformation.",
        ),
        (
            "report",
            "Post-myelogram CT head: contrast within the basal cisterns from the recent myelogram, expected. Separate from it, a 9 mm dense collection along the right tentorium that persists on the 24 h study while the contrast has cleared. Impression: small right tentorial subdural haematoma.",
        ),
        (
            "report_nonnative",
            "CT brain: Hypodense subdural effusion bilateral known from before after shunt, and now in right side new hyperdense part with sedimentation, this is bleeding inside the effusion. Conclusion: acute haemorrhage into right subdural effusion.",
        ),
        (
            "report",
            "CT head. Calcified left frontal meningioma unchanged; however along its posterior margin there is a new crescent of acute subdural blood 5 mm thick. Impression: acute subdural haematoma adjacent to a known meningioma.",
        ),
    ],
    "pos_indication_then_finding": [
        (
            "report",
            "Clinical question: ?bleed, fall on clopidogrel. CT head: small acute left frontal subdural haematoma, 4 mm, no shift. Answer: yes, small acute SDH.",
        ),
        (
            "report_abbrev",
            "Indication: r/o ICH, thunderclap HA. Findings: SAH in basal cisterns + B sylvian fissures. Impr: aSAH pattern, CTA recommended.",
        ),
        (
            "report",
            "Reason for request: please exclude haemorrhage, new left-sided weakness. Findings: a 3 cm right lentiform nucleus haematoma with oedema. Conclusion: haemorrhage not excluded — acute right basal ganglia bleed present.",
        ),
        (
            "report_caps",
            "INDICATION: EVALUATE FOR INTRACRANIAL HEMORRHAGE. FINDINGS: ACUTE RIGHT PARIETAL EPIDURAL HEMATOMA 9 MM WITH OVERLYING FRACTURE. IMPRESSION: ACUTE EDH.",
        ),
        (
            "report_nonnative",
            "Question of doctor: is there bleeding in brain? Answer of CT: yes, small bleeding in the left occipital lobe 1 cm, fresh. No shift.",
        ),
        (
            "dictation",
            "history colon rule out subarachnoid haemorrhage period findings colon there is subarachnoid blood in the right sylvian fissure period impression colon positive for subarachnoid haemorrhage period",
        ),
        (
            "report",
            "History: head injury; assess for ICH. Findings: hyperdense blood along the falx posteriorly and a small left occipital contusion. Impression: parafalcine subdural haematoma and small contusion.",
        ),
        (
            "report_typos",
            "Indicaton: ? intracranial bleed post fall. Findngs: acute SDH right convexiy 6mm. Impresion: as above, positive for bleed.",
        ),
        (
            "cta_report",
            "Request: query aneurysmal SAH, sudden headache 4 h ago. Non-contrast: blood in the basal cisterns and fourth ventricle. CTA: 4 mm posterior communicating aneurysm on the left. Impression: SAH, left PComA aneurysm.",
        ),
        (
            "mri_report",
            "Clinical details: ?haemorrhagic transformation of the known right MCA infarct. MRI: petechial blooming in the right insular infarct on SWI, plus a 1 cm confluent haematoma in the right putamen. Impression: haemorrhagic transformation, PH1 type.",
        ),
        (
            "report",
            "Indication: query subdural, falls and confusion, 88 years. Findings: bilateral mixed-density subdural collections, right 13 mm and left 8 mm, acute-on-chronic on the right. Impression: bilateral subdural haematomas.",
        ),
        (
            "report",
            "Indication: rule out bleed before thrombolysis. Findings: small hyperdense focus in the left caudate head, 8 mm, 65 HU; this is haemorrhage. Impression: intracerebral haemorrhage present - thrombolysis contraindicated. Stroke team informed.",
        ),
        (
            "report_abbrev",
            "Ind: eval for IVH, preterm neonate, drop in Hb. US head: echogenic clot in L lateral ventricle, ventricle not dilated. Impr: grade 2 GMH-IVH L.",
        ),
        (
            "report",
            "Reason: exclude cerebellar bleed, vomiting and ataxia. Findings: 2.5 cm acute haematoma in the left cerebellar hemisphere with effacement of the fourth ventricle. Impression: acute cerebellar haemorrhage, neurosurgery aware.",
        ),
        (
            "report_nonnative",
            "Indication: suspicion for SAH. CT: blood in the interhemispheric fissure and in the sulci of the frontal lobes both sides. Conclusion: subarachnoidal bleeding confirmed.",
        ),
    ],
    "pos_known_no_veto": [
        (
            "report",
            "CT head follow-up. The known left convexity subdural haematoma is unchanged at 8 mm with interval layering and a haematocrit level. No new haemorrhage elsewhere. Impression: stable left SDH.",
        ),
        (
            "report",
            "Comparison with yesterday. The right thalamic haemorrhage is the same size, 2.1 cm. No further bleeding has occurred. No hydrocephalus. Impression: stable right thalamic bleed.",
        ),
        (
            "report_abbrev",
            "F/u CTH: known R frontal IPH stable 22 mm, surrounding oedema slightly more. No new ICH. Impr: stable IPH.",
        ),
        (
            "report_nonnative",
            "Control CT after 24 hours: the subdural haematoma in left side is same like before, 7 mm, no progression. Nowhere new bleeding. Conclusion: SDH stable, without progression.",
        ),
        (
            "report_caps",
            "FOLLOW UP CT HEAD. PERSISTENT SMALL VOLUME SUBARACHNOID BLOOD IN THE RIGHT SYLVIAN FISSURE, SLIGHTLY LESS DENSE. NO NEW FOCUS OF HAEMORRHAGE. IMPRESSION: RESOLVING BUT STILL PRESENT SAH.",
        ),
        (
            "report",
            "Repeat CT at 6 hours. The small left temporal contusions are unchanged. There is no evidence of new or expanding haematoma and no extra-axial collection. Impression: stable haemorrhagic contusions, no progression.",
        ),
        (
            "mri_report",
            "MRI brain, day 5. The left occipital lobar haematoma now has a T1 bright periphery (early subacute), same size. No additional foci of bleeding on SWI. Impression: evolving left occipital haematoma, no new haemorrhage.",
        ),
        (
            "report_typos",
            "Folow-up CT: known bifrontal contusons with small haemorhagic components, not changed. No new bleding, no midline shfit. Impr: stabel.",
        ),
        (
            "report",
            "CT head. The intraventricular haemorrhage in the occipital horns is redistributing and less dense, but still present. The EVD tip is in the right frontal horn. No new haemorrhage along the catheter tract. Impression: decreasing IVH, still present.",
        ),
        (
            "report_numbered",
            "IMPRESSION: 1. Known right acute subdural haematoma, 10 mm, no change. 2. No new intracranial bleed. 3. No hydrocephalus. 4. Left maxillary sinus fluid.",
        ),
        (
            "dictation",
            "follow up head CT period the known left cerebellar haematoma measures twenty millimetres comma unchanged period fourth ventricle remains patent period no new bleed period impression colon stable cerebellar haematoma period",
        ),
        (
            "report",
            "Interval CT. The chronic right subdural collection is again seen, 12 mm, hypodense with a thin dense dependent layer indicating a small recent component. Negative for new haemorrhage on the left. Impression: right chronic SDH with a small acute component, stable.",
        ),
        (
            "report_abbrev",
            "CTH d2: tSAH L parietal sulci essentially unchanged, small L EDH 4 mm unchanged. No new bleed, no # progression. Impr: stable tSAH + EDH.",
        ),
        (
            "report_nonnative",
            "Comparison with CT from morning: the bleeding in right basal ganglia is not bigger, volume around 15 ml same as before. No new bleedings. Ventricles same. Conclusion: haematoma stable.",
        ),
        (
            "report",
            "Follow-up CT brain at 48 hours. Unchanged 9 mm hyperdense focus in the right frontal lobe representing the known haemorrhagic contusion. No evidence of new intracranial haemorrhage, no midline shift. Impression: stable contusion.",
        ),
    ],
    "pos_not_purely_historical": [
        (
            "report",
            "CT head. History of left chronic subdural evacuated in March. Today there is a new recollection on the left, 14 mm, of mixed density with fresh hyperdense blood. Impression: recurrent left subdural haematoma with acute component.",
        ),
        (
            "report",
            "CT head. The right frontal infarct from last week now contains previous or recent haemorrhagic transformation: a 1.5 cm dense focus not seen on the prior study. Impression: haemorrhagic transformation of the right frontal infarct.",
        ),
        (
            "report_abbrev",
            "CTH: known cSDH R, now acute-on-chronic with new hyperdense layer + MLS 6mm (was 2mm). Impr: acute-on-chronic R SDH, progression.",
        ),
        (
            "report_nonnative",
            "CT brain: Patient had before bleeding in left parietal two years ago, there is old cavity. But now new fresh haematoma in right frontal lobe 2.5 cm. Conclusion: new acute ICH right frontal, old postbleeding cavity left parietal.",
        ),
        (
            "report",
            "MRI brain. Old haemosiderin-stained cavity from a prior right putaminal haemorrhage. In addition, new early subacute blood in the left thalamus, 1 cm. Impression: new left thalamic haemorrhage on a background of an old bleed.",
        ),
        (
            "report_caps",
            "CT HEAD. PRIOR SAH COILING. NEW SUBARACHNOID BLOOD IN THE SUPRASELLAR CISTERN AND AROUND THE COIL MASS, NOT PRESENT ON THE STUDY OF LAST MONTH. IMPRESSION: RE-BLEED FROM THE TREATED ANEURYSM.",
        ),
        (
            "report",
            "CT head in patient with previous subdural haematoma 2 years ago, treated conservatively. Current study: a new acute left convexity subdural haematoma, 7 mm. Impression: new acute SDH.",
        ),
        (
            "mri_report",
            "MRI brain. Multiple old microbleeds in the basal ganglia (hypertensive pattern). New since last MRI: a 2 cm acute haematoma in the pons with restricted diffusion and susceptibility. Impression: acute pontine haemorrhage on a background of chronic microbleeds.",
        ),
        (
            "report",
            "CT head post evacuation of right acute SDH two days ago. Residual subdural blood 6 mm with pneumocephalus; small new contusion in the right temporal lobe. Impression: residual postoperative SDH and new contusion.",
        ),
        (
            "report_typos",
            "CT hed: hx of SAH 2019 (clipped). Now acute hemorhage in L frontal lobe around the clip, 3 cm, w/ edema. Impresion: new acute ICH.",
        ),
        (
            "report",
            "Follow-up CT. The previously reported small subarachnoid haemorrhage has not yet resolved; residual blood persists in the left sylvian fissure. Impression: residual SAH.",
        ),
        (
            "report_nonnative",
            "CT control: the old bleeding from last year in left temporal is now hypodense scar. But there is also new hyperdense area in same region 1.5 cm, which is recent bleeding again. Conclusion: rebleeding left temporal.",
        ),
        (
            "report",
            "CT head. Chronic right subdural collection as previously, now with a new hyperdense dependent component and increased mass effect. Impression: acute haemorrhage into the known chronic subdural.",
        ),
        (
            "report_numbered",
            "IMPRESSION: 1. Old left MCA territory infarct with encephalomalacia. 2. Old lacunes. 3. Recent haemorrhage in the right occipital lobe, 2 cm, subacute in age. 4. No hydrocephalus.",
        ),
        (
            "mri_report",
            "MRI brain. Patient with previous haemorrhagic stroke (2021). The previous right parietal haematoma is a slit-like haemosiderin scar. New: multiple subacute blood products in a new left frontal lobar haematoma. Impression: new left frontal lobar haemorrhage, cerebral amyloid angiopathy likely.",
        ),
    ],
    "pos_note_sections": [
        (
            "clinical_note",
            "HPI: 71M found on floor at home, last seen well the evening before, on rivaroxaban for AF. PMH: AF, T2DM, CKD 3. Exam: GCS 13, right pronator drift. Investigations: CT head shows a 12 mm acute left subdural haematoma with 5 mm shift. Plan: reverse anticoagulation with andexanet, neurosurgical referral, hourly neuro obs. Problem list: 1. Acute left SDH. 2. AF on DOAC.",
        ),
        (
            "ed_note",
            "ED course: pt 23F, bicycle vs car, helmet on, brief LOC. GCS 14 on arrival. CTH: small L frontal contusion w/ trace tSAH. C-spine clear. Dispo: admit trauma, repeat CTH 6h, neuro obs q1h.",
        ),
        (
            "discharge_letter",
            "Discharge summary. Diagnosis: aneurysmal subarachnoid haemorrhage (WFNS 2) from a right MCA aneurysm, coiled on day 1. Hospital course: admitted with sudden occipital headache; CT showed diffuse subarachnoid blood; course complicated by hydrocephalus needing an EVD, removed day 9, and mild vasospasm on day 7 treated with induced hypertension. Medication on discharge: nimodipine to complete 21 days. Follow-up: angiogram at 6 months.",
        ),
        (
            "icu_note",
            "ICU progress note. Assessment: day 3 of a left basal ganglia ICH (30 ml) with IVH; EVD draining blood-stained CSF. Overnight: ICP 12-18. Plan: keep SBP < 140, continue EVD at 10 cmH2O, repeat CT tomorrow.",
        ),
        (
            "consult",
            "Neurosurgery consult. Reason: traumatic brain injury. History: 45 year old, fall from ladder 3 m. Imaging: CT head reviewed - right temporal EDH 15 mm with a temporal bone fracture and 4 mm shift. Impression/Recommendation: surgical evacuation tonight; consent obtained; theatre booked.",
        ),
        (
            "clinical_note",
            "Subjective: headache improving, no vomiting. Objective: GCS 15, pupils equal, mild left hand weakness. Results: repeat CT brain unchanged right frontal haemorrhage 2 cm. Assessment: stable right frontal lobar intracerebral haemorrhage, day 2. Plan: physio, BP control, MRI with contrast to look for an underlying lesion.",
        ),
        (
            "gp_letter",
            "Dear Dr Okafor, I saw Mrs Lindqvist (82) in the falls clinic today. Her CT head last week, requested for new confusion, showed bilateral chronic subdural haematomas (right 15 mm, left 9 mm). She has been referred to neurosurgery and her aspirin has been stopped. Kind regards, Dr H. Mensah, Geriatric Medicine.",
        ),
        (
            "case_summary",
            "Case summary: a 58 year old woman with poorly controlled hypertension presented with vomiting and a reduced conscious level. Examination showed a left gaze deviation and right hemiplegia. CT brain demonstrated a large left putaminal haemorrhage with intraventricular extension. She was managed in the stroke unit and discussed with neurosurgery, who advised conservative care.",
        ),
        (
            "ed_note",
            "Triage note 02:14 - 67yo M, sudden worst headache + vomiting, BP 210/110. 03:05 CT head: SAH in basal cisterns (rad phone call). Neurosurg + ICU paged. Labetalol started. Nimodipine charted.",
        ),
        (
            "teaching",
            "Teaching case 12. A 30-year-old boxer collapsed after a bout. The CT shows a thin acute subdural haematoma over the left convexity with disproportionate midline shift and brain swelling. Learning point: the amount of shift can exceed the collection's thickness when there is underlying swelling.",
        ),
        (
            "clinical_note",
            "Ward round note, stroke unit, day 4. Background: admitted with right MCA infarct, thrombolysed. Today: drowsier. Repeat CT this morning shows haemorrhagic transformation with a 3 cm parenchymal haematoma and 5 mm shift (PH2). Plan: stop antiplatelet, neurosurgical opinion, family meeting this afternoon.",
        ),
        (
            "discharge_letter",
            "DISCHARGE SUMMARY. PRINCIPAL DIAGNOSIS: TRAUMATIC SUBDURAL HAEMATOMA, LEFT, MANAGED CONSERVATIVELY. SECONDARY: RIB FRACTURES 5-7 RIGHT. HOSPITAL COURSE: CT ON ADMISSION SHOWED A 6 MM ACUTE LEFT SDH WITHOUT SHIFT, UNCHANGED AT 24 H. DISCHARGED HOME WITH HEAD INJURY ADVICE.",
        ),
        (
            "clinical_note",
            "Neurology clinic note. Presenting complaint: 3 weeks of worsening headache and word-finding difficulty in a 76 year old man who fell in his garden a month ago. Past medical history: hypertension, prostate cancer in remission, left knee replacement. Medications: amlodipine, apixaban for a DVT in September. Social history: lives with wife, independent, drives. Examination: alert, mild expressive dysphasia, subtle right pronator drift, no papilloedema. Investigations: bloods normal apart from eGFR 58; INR not applicable. Imaging: CT head done today in the clinic shows a left-sided mixed-density subdural collection measuring 17 mm with areas of fresh hyperdense blood and 7 mm of midline shift to the right; no skull fracture. Assessment: subacute-on-chronic left subdural haematoma, symptomatic, on anticoagulation. Plan: apixaban held, discussed with the neurosurgical registrar who accepts the patient for burr hole drainage tomorrow; admitted directly to the neurosurgical ward; wife informed and in agreement. Follow-up: neurology clinic in 8 weeks after surgery.",
        ),
        (
            "consult",
            "Paediatric consult. Background: 7 month old brought with irritability and a bulging fontanelle, no history of trauma given. Exam: tense fontanelle, no bruises. Imaging: CT - bilateral subdural collections of different densities and a small interhemispheric acute subdural bleed. Impression: subdural haemorrhages of varied age; safeguarding team and ophthalmology consulted for retinal exam.",
        ),
        (
            "icu_note",
            "Neuro-ICU daily note. Diagnosis: severe TBI (GCS 6 at scene) after a motorcycle crash. Imaging: admission CT - right frontal and temporal haemorrhagic contusions, thin right tentorial SDH, intraventricular blood in the occipital horns; 12 h CT - contusions have blossomed (right frontal now 3.4 cm). Neuro: ICP bolt 22-25 mmHg, hypertonic saline given twice overnight, sedation with propofol and fentanyl. Resp: ventilated, PaCO2 target 4.5-5.0 kPa. CVS: noradrenaline 0.1 mcg/kg/min to keep CPP > 60. Renal: sodium 149. Plan: repeat CT today, discuss decompressive craniectomy with neurosurgery if ICP stays above 22, continue seizure prophylaxis with levetiracetam, VTE chemoprophylaxis held because of the contusions.",
        ),
    ],
    "neg_site_extracranial": [
        (
            "report",
            "CT abdomen after a motorbike crash. Grade 3 splenic laceration with perisplenic haematoma and haemoperitoneum; no active bleeding. The head CT from the same session is reported separately as normal.",
        ),
        (
            "report",
            "X-ray left hand after crush injury. Tuft fracture of the distal phalanx of the middle finger with subungual haematoma. No dislocation.",
        ),
        (
            "clinical_note",
            "Cardiology clinic. Endocarditis work-up: splinter haemorrhages under three fingernails, Janeway lesions on the soles. Echo: vegetation on the mitral valve. Brain imaging normal. Plan: IV antibiotics.",
        ),
        (
            "report",
            "CT head after a fall. Large right parietal subgaleal haematoma 2.5 cm thick with soft-tissue swelling. The brain, ventricles and extra-axial spaces are normal. No fracture. Impression: scalp haematoma only.",
        ),
        (
            "report_abbrev",
            "CT orbits: L retrobulbar haematoma w/ proptosis + tenting of globe. Intracranial contents normal. Impr: retrobulbar bleed, ophthalmology for lateral canthotomy.",
        ),
        (
            "report",
            "MRI thoracic spine. Acute spinal epidural haematoma from T4 to T7 posterior to the cord with cord compression, patient on enoxaparin. Brain not imaged. Impression: spinal epidural bleed, urgent neurosurgical review.",
        ),
        (
            "report",
            "CT abdomen. Left rectus sheath haematoma 8 x 5 cm with a small focus of active contrast extravasation, patient anticoagulated. No free fluid. Impression: rectus sheath bleed with active extravasation.",
        ),
        (
            "report_nonnative",
            "CT of face: fracture of the left maxillary sinus wall with blood in sinus (haemosinus) and fluid level. Brain in the scanned part normal without bleeding. Conclusion: maxillary fracture with haemosinus.",
        ),
        (
            "us_report",
            "Ultrasound scalp, newborn day 2, vacuum delivery. A fluid collection confined by the sutures over the right parietal bone, consistent with cephalohaematoma. Cranial ultrasound through the fontanelle normal.",
        ),
        (
            "report_caps",
            "CT NECK WITH CONTRAST. POST THYROIDECTOMY HAEMATOMA IN THE THYROID BED 4 CM WITH MILD TRACHEAL DEVIATION. NO ACTIVE EXTRAVASATION. IMPRESSION: NECK HAEMATOMA.",
        ),
        (
            "report",
            "CT chest. Large right haemothorax with fluid-fluid level and high-attenuation dependent clot after chest drain insertion. Impression: haemothorax.",
        ),
        (
            "ed_note",
            "ED: 8yo fell off trampoline, boggy swelling on the forehead (goose egg), no LOC, GCS 15, acting normally. PECARN low risk, no CT. Dx: forehead haematoma. Home with advice.",
        ),
        (
            "report",
            "MRI lumbar spine after lumbar puncture. A small subdural haematoma in the lumbar spinal canal at L3-L4, no nerve root compression. Impression: spinal subdural haematoma, lumbar.",
        ),
        (
            "clinical_note",
            "Ophthalmology note: dot-and-blot retinal haemorrhages in both eyes, consistent with diabetic retinopathy. Subconjunctival haemorrhage in the right eye after coughing. Plan: laser clinic.",
        ),
        (
            "report",
            "CT abdomen and pelvis. Left psoas haematoma with a haematocrit level, 9 cm, in a patient on heparin. Impression: retroperitoneal bleed.",
        ),
        (
            "report_abbrev",
            "US thigh: R anterior thigh intramuscular haematoma 6cm after fall, on warfarin. No DVT. Impr: muscle haematoma.",
        ),
        ("report_typos", "MRI knee: large haemarthrosis with fluid-fluid levle, ACL tear. No fracure seen."),
        (
            "report",
            "CT pericardium/chest for post-op cardiac surgery patient: hyperdense pericardial collection 2 cm, in keeping with haemopericardium. Impression: haemopericardium, cardiothoracic team informed.",
        ),
        (
            "report",
            "CT facial bones. Nasal bone fracture with a septal haematoma and blood in the nasal cavity. The orbits and the brain within the field of view are normal.",
        ),
    ],
    "neg_mimic": [
        (
            "report",
            "CT head. Bilateral symmetrical hyperdense dentate nuclei and basal ganglia, 180-250 HU, in keeping with calcification (known hypoparathyroidism). No acute blood. Impression: metabolic calcification.",
        ),
        (
            "report",
            "CT head, 6 weeks after a mild head injury. Bilateral frontal subdural hygromas of CSF density, smaller than on the previous study. No hyperdense component. Impression: improving hygromas, no blood.",
        ),
        (
            "report",
            "CT head post cardiac arrest. Diffuse loss of grey-white differentiation with effaced sulci; the basal cisterns appear relatively dense against the swollen brain (pseudo-subarachnoid haemorrhage). No true subarachnoid blood. Impression: global hypoxic-ischaemic injury.",
        ),
        (
            "report_caps",
            "CT HEAD. DENSE CALCIFICATION OF THE BASAL GANGLIA BILATERALLY (HU 300+), SYMMETRIC, LIKELY PHYSIOLOGICAL OR FAHR TYPE. NO HAEMORRHAGE. IMPRESSION: BASAL GANGLIA CALCIFICATION.",
        ),
        (
            "report",
            "Post-thrombectomy CT: hyperdensity in the left lentiform nucleus which fades completely on the 24 hour CT; on dual-energy it is iodine only. Impression: contrast staining, not haematoma.",
        ),
        (
            "mri_report",
            "MRI brain with contrast. Right frontal convexity subdural empyema with restricted diffusion and rim enhancement, related to frontal sinusitis. No blood products on SWI. Impression: subdural empyema.",
        ),
        (
            "report",
            "CT head. The left MCA is hyperdense (dense artery sign) with early loss of the insular ribbon. No parenchymal or extra-axial blood. Impression: left MCA occlusion, no haemorrhage, thrombolysis not contraindicated on imaging.",
        ),
        (
            "report_nonnative",
            "CT head: the venous sinuses are hyperdense, but the haematocrit of patient is 62 % (polycythaemia). Compare with arteries also dense. No thrombosis and not bleeding. Conclusion: physiologic dense sinuses.",
        ),
        (
            "mri_report",
            "MRI brain. Small right temporal cavernoma with a complete haemosiderin rim and no perilesional oedema or T1 hyperintensity, unchanged from 3 years ago. No evidence of recent bleeding. Impression: stable cavernous malformation.",
            "negated",
        ),
        (
            "report",
            "CT head after myelography. Intrathecal contrast fills the basal cisterns and sylvian fissures; it is iodinated contrast (HU 180) rather than blood. Impression: expected post-myelogram appearance.",
        ),
        (
            "report",
            "CT head in a child of 2. The falx and tentorium look slightly dense, a normal appearance in young children given the relatively high haematocrit. No extra-axial collection. Impression: normal.",
        ),
        (
            "mri_report",
            "MRI brain with contrast. Smooth diffuse pachymeningeal enhancement, sagging brainstem and bilateral thin subdural fluid collections of CSF signal. Impression: spontaneous intracranial hypotension; the subdural collections are effusions, not haematomas.",
        ),
        (
            "report",
            "CT head. A 1.5 cm hyperdense round lesion at the foramen of Monro, 55 HU, with mild lateral ventricle dilatation - colloid cyst. No haemorrhage.",
        ),
        (
            "report_abbrev",
            "CTH: punctate calcified granulomas L frontal + R occipital (>200 HU), old neurocysticercosis. No ICH, no oedema.",
        ),
        (
            "mri_report",
            "MRI brain. Left frontal abscess 2.5 cm with a smooth enhancing capsule and central restricted diffusion. The dual rim sign is present. No blood products. Impression: cerebral abscess.",
        ),
        (
            "report",
            "CT venogram. Non-contrast images: dense cord sign in the straight sinus; CTV confirms a filling defect (thrombosis). No parenchymal haemorrhage or venous infarct. Impression: straight sinus thrombosis without haemorrhage.",
        ),
        (
            "us_report",
            "Cranial ultrasound term neonate. Linear echogenic branching stripes in both thalami - lenticulostriate vasculopathy. No germinal matrix or intraventricular haemorrhage.",
        ),
        (
            "report",
            "CT head. A homogeneously dense extra-axial mass with a broad dural base along the left sphenoid wing and calcification, typical of meningioma. No blood. Impression: meningioma, no acute finding.",
        ),
        (
            "report_typos",
            "CT hed: bilateral frontal subdural colections of CSF density (hygromas) post shunt, stabel. No acute blod. Impresion: no hemorrhage.",
        ),
    ],
    "neg_note_past_history": [
        (
            "clinical_note",
            "PMH: SAH 2015 (coiled ACom aneurysm), hypertension. Presents today with a urinary tract infection and mild confusion. Neuro exam at baseline. Plan: antibiotics, fluids.",
        ),
        (
            "ed_note",
            "Pt 66F, c/o chest pain. PMHx: R parietal ICH 2020 with residual L arm weakness, HTN, hyperlipidaemia. ECG: ST depression V4-6. Troponin pending. Dx: NSTEMI.",
        ),
        (
            "clinical_note",
            "Family history: mother died of a brain haemorrhage at 52; brother had an aneurysm coiled. The patient is asymptomatic and attends for screening advice. Plan: MR angiogram.",
        ),
        (
            "gp_letter",
            "Dear Dr Rahman, Mr Ekwueme (74) has a history of a left subdural haematoma drained in 2019. He attended today for a diabetic review; HbA1c 58. No neurological symptoms. Yours sincerely, Practice Nurse.",
        ),
        (
            "discharge_letter",
            "Discharge summary. Admission reason: community-acquired pneumonia. Past history: traumatic SDH in 2018 (conservative), epilepsy since, COPD. Hospital course: IV co-amoxiclav, improved. Discharged on oral antibiotics.",
        ),
        (
            "consult",
            "Anaesthetic pre-assessment. PMH: subarachnoid haemorrhage 10 years ago, clipped, no deficit. Airway: Mallampati 2. Plan: general anaesthetic for hip replacement, no contraindication.",
        ),
        (
            "clinical_note",
            "Past medical history: 1. Hypertension. 2. Intracerebral haemorrhage (left thalamus) in 2021, residual right-sided sensory loss. 3. Type 2 diabetes. Today seen for foot ulcer review, healing well.",
        ),
        (
            "case_summary",
            "Case: a 40 year old with a remote history of EDH after a road accident as a teenager presents with low back pain radiating to the left leg. MRI lumbar spine shows an L5/S1 disc protrusion. Managed with physiotherapy.",
        ),
        (
            "clinical_note",
            "Social and family history: father had ICH on warfarin at 80. Patient on no anticoagulants. Presenting complaint: tension-type headaches for 2 years, no red flags. Plan: analgesic review, headache diary.",
        ),
        (
            "ed_note",
            "Hx: prior IVH as a premie (born 27/40), VP shunt since infancy. Now 14 y, fever + cough x3 days. Shunt working per parents, no headache or vomiting. CXR: RLL pneumonia. Dx: pneumonia. Abx.",
        ),
        (
            "discharge_letter",
            "Reason for admission: elective knee replacement. Comorbidities: previous haemorrhagic stroke (2016), hypertension. Recovery uncomplicated. VTE prophylaxis with mechanical devices only given the previous brain bleed.",
        ),
        (
            "clinical_note",
            "Memory clinic. Background: cSDH evacuated 2022. MoCA today 24/30, stable. CT head not repeated. Impression: mild cognitive impairment. Follow-up 12 months.",
        ),
        (
            "consult",
            "Haematology consult: patient with a previous SDH on apixaban two years ago, now new AF. Question: safe to anticoagulate? Advice: left atrial appendage occlusion preferred given the prior bleed.",
        ),
        (
            "gp_letter",
            "Dear colleague, thank you for seeing Ms Haddad, 35, for migraine. Her grandmother and an aunt both had subarachnoid bleeds. She has no personal history of bleeding. I wonder whether screening is indicated. Best wishes.",
        ),
        (
            "clinical_note",
            "History of presenting complaint: 62 year old man referred by his GP with 3 months of progressive breathlessness on exertion and ankle swelling. He denies chest pain or palpitations. Past medical history: hypertension for 15 years; a right cerebellar haemorrhage in 2017 treated conservatively, with mild residual unsteadiness; gout; benign prostatic hyperplasia. Medications: ramipril, allopurinol, tamsulosin. Allergies: none known. Social: ex-smoker, 20 pack-years, retired electrician, lives with his wife. Family history: father with heart failure. Examination: JVP raised 4 cm, bibasal crackles, pitting oedema to mid-shins, BP 158/92, irregular pulse 104. Investigations: ECG atrial fibrillation; NT-proBNP 3,400; echo shows LVEF 35 % with dilated left atrium. Assessment: new heart failure with reduced ejection fraction and new atrial fibrillation. Plan: furosemide, bisoprolol, start guideline therapy; anticoagulation decision deferred to the next clinic given the previous brain bleed, HAS-BLED 3; discuss left atrial appendage occlusion.",
        ),
        (
            "ed_note",
            "HPI: 55M, hx of tSAH after assault 2021, now presents with a sprained ankle. No head injury today. Ottawa rules negative. Dx: ankle sprain.",
        ),
        (
            "clinical_note",
            "Rehabilitation discharge note from 2023 admission reviewed: right basal ganglia haemorrhage, discharged to home. Current visit: annual review, blood pressure 128/78, independent, no new symptoms.",
        ),
    ],
    "neg_ruled_out": [
        (
            "ed_note",
            "ED physician note. HPI: 84 year old woman on warfarin (INR 2.6 today) tripped over a rug at her care home and struck the back of her head on a door frame. No loss of consciousness witnessed, no vomiting, no amnesia per staff, but she is more muddled than usual according to the night carer. PMH: atrial fibrillation, osteoarthritis, hypothyroidism, cataract surgery. Medications: warfarin, levothyroxine, paracetamol. Exam: GCS 14 (E4 V4 M6), which staff say is her baseline; 3 cm occipital laceration, no boggy swelling; pupils equal and reactive; moving all four limbs; no spinal tenderness. Investigations: CT head and cervical spine under the NICE anticoagulant pathway - reported by the on-call radiologist as showing involutional change and old white matter disease, with a bleed inside the skull excluded and no fracture of the skull or neck. Urine dip positive for leucocytes and nitrites. Assessment: head injury on warfarin without intracranial injury; confusion likely due to a urinary tract infection. Plan: laceration closed with glue, nitrofurantoin, warfarin continued, return to care home with written head injury advice and a GP review in 48 hours.",
        ),
        (
            "report_nonnative",
            "CT head native: no signs for haemorrhage intracranial, no fresh ischaemia, the ventricle system is in midline. Conclusion: CT without acute pathological findings.",
        ),
        (
            "report",
            "CT head. No evidence was found of intracranial haemorrhage, mass effect or fracture. Conclusion: normal.",
        ),
        (
            "clinical_note",
            "Headache after a minor bump, on aspirin. CT head came back clear. Discharged with head injury advice.",
        ),
        (
            "ed_note",
            "Syncope, struck occiput. CTH done - bleed was excluded. ECG sinus. Discharge with GP follow-up.",
        ),
        (
            "report_nonnative",
            "CT head: there is not seen any bleeding in the brain, ventricles are normal, no collection. Conclusion: without pathology.",
        ),
        (
            "discharge_letter",
            "Hospital course: admitted after a fall. CT ruled out intracranial bleeding and cervical fracture. Mobilised with physio. Discharged on day 2.",
        ),
        (
            "report",
            "Non-contrast CT brain. Absence of any acute high-attenuation material in the parenchyma, ventricles or extra-axial spaces. Grey-white differentiation maintained. Impression: no acute intracranial process.",
        ),
        ("report_abbrev", "CTH: no ICH / SDH / EDH / SAH. No #. Impr: NAD."),
        (
            "consult",
            "Neurology consult. Thunderclap headache 12 h ago. CT head negative for SAH; LP: no xanthochromia. Impression: SAH has been excluded. Likely primary thunderclap headache; consider RCVS if recurs.",
        ),
        (
            "mri_report",
            "MRI brain with SWI. Susceptibility-weighted images show no microbleeds or blood products anywhere. Impression: no haemorrhage detected.",
        ),
        (
            "ed_note",
            "Elderly pt on apixaban, fall, small forehead abrasion. CT head reported: nothing acute, specifically no bleed. Observed 4 h, home.",
        ),
        (
            "report_caps",
            "CT HEAD. BLEED NOT DEMONSTRATED. NO SPACE-OCCUPYING LESION. NORMAL VENTRICLES. IMPRESSION: NEGATIVE STUDY.",
        ),
        (
            "clinical_note",
            "Stroke call note: left arm weakness, onset 1 h. CT: haemorrhage excluded, ASPECTS 10. CTA: no LVO. Thrombolysis given at 14:32.",
        ),
        (
            "report_typos",
            "CT hed: no evidnce of intracrainal haemorhage. Ventricals normal. Impresion: no acute abnormailty.",
        ),
        (
            "gp_letter",
            "Dear Dr Tanaka, your patient attended ED after a fall at home. A CT head showed no sign of any intracranial bleeding and she was discharged the same day. Please review her medication for falls risk.",
        ),
        (
            "dictation",
            "CT head period no hyperdense blood anywhere period no midline shift period impression colon no bleed period",
        ),
        (
            "report",
            "CT head, 24 hours after tPA. No haemorrhagic transformation; the evolving right MCA infarct is unchanged. Impression: no post-thrombolysis bleed.",
        ),
        (
            "teaching",
            "Teaching point: in a patient with a classic thunderclap headache, a normal CT within 6 hours of onset reliably rules out subarachnoid haemorrhage when read by an experienced radiologist. In this case the CT at 3 hours was normal and no bleed was found.",
        ),
    ],
    "neg_indication_only": [
        (
            "report",
            "CT HEAD WITHOUT CONTRAST. CLINICAL INFORMATION: 52 year old man, found slumped in his car, smelling of alcohol, GCS 12, small laceration over the right eyebrow; query intracranial haemorrhage, query skull fracture, query any other injury. TECHNIQUE: helical acquisition from the foramen magnum to the vertex, bone and soft-tissue kernels, multiplanar reformats. COMPARISON: none available. FINDINGS: The brain parenchyma is of normal attenuation with preserved grey-white matter differentiation. There is no intra-axial or extra-axial collection and no abnormal high density anywhere in the cranium. The ventricles, sulci and basal cisterns are normal for age. No midline shift. The posterior fossa is normal. The calvarium and skull base are intact; there is soft-tissue swelling over the right supraorbital region without underlying fracture. The orbits, visualised paranasal sinuses and mastoid air cells are clear. IMPRESSION: No intracranial injury and no fracture; right supraorbital soft-tissue swelling only. The reduced conscious level is not explained by the CT; consider toxicology.",
        ),
        (
            "report",
            "Clinical question: ?SDH, elderly, fall, on apixaban. Findings: age-related volume loss, no extra-axial collection. Answer: no.",
        ),
        ("report_abbrev", "Ind: ?ICH, sudden HA. CTH: normal. Impr: no acute abnormality."),
        (
            "report_nonnative",
            "Question from doctor: exclude bleeding in head after fall. CT: brain normal for age, no fractures, no collections. Conclusion: normal CT.",
        ),
        (
            "report_caps",
            "INDICATION: R/O INTRACRANIAL HEMORRHAGE. FINDINGS: NO ACUTE ABNORMALITY. IMPRESSION: NEGATIVE HEAD CT.",
        ),
        (
            "report",
            "Reason for exam: evaluate for haemorrhagic conversion of known infarct. Findings: the left occipital infarct is evolving as expected, without dense foci. Impression: no conversion.",
        ),
        (
            "qa_note",
            "Q: Does the CT show any bleed? A: No. Q: Fracture? A: No. Q: Any other finding? A: Old lacune in the right internal capsule.",
        ),
        (
            "ed_note",
            "CT requested to rule out EDH after fall from bunk bed, 6yo, vomited twice. CT: normal. Home after observation.",
        ),
        (
            "report",
            "History: worst headache of life, query aneurysmal bleed. CT head: no abnormality. CTA: no aneurysm. Impression: normal CT and CTA.",
        ),
        (
            "dictation",
            "indication colon question subarachnoid haemorrhage period findings colon normal study period impression colon normal non contrast head CT period",
        ),
        (
            "mri_report",
            "Indication: ?microbleeds, cognitive decline. MRI with SWI: moderate white matter hyperintensities (Fazekas 2), hippocampal atrophy. Impression: small vessel disease and medial temporal atrophy.",
        ),
        (
            "report_typos",
            "Indicaton: ?bleed post anticoagulaton. CT: no acute intracrainal findings. Impr: normal.",
        ),
        (
            "clinical_note",
            "Plan: CT head to exclude an intracranial bleed before starting anticoagulation for the PE. Result: CT head normal. Start apixaban.",
        ),
        (
            "us_report",
            "Please exclude IVH (preterm, apnoeas). Cranial ultrasound: normal ventricles, no echogenic material in the germinal matrix or ventricles. Impression: normal scan.",
            "hypothetical",
        ),
        (
            "us_report",
            "Indication: routine screening for germinal matrix haemorrhage, 29 weeks. Findings: ventricles normal size, no abnormal echogenicity, periventricular white matter normal. Conclusion: normal cranial ultrasound.",
        ),
        (
            "report_abbrev",
            "Clinical: ?tSAH, MVC. CTH + C-spine: no intracranial abnormality, no #. Impr: negative trauma CT.",
        ),
        (
            "report",
            "Request: follow-up CT to assess for delayed bleeding after minor head injury on warfarin. Findings: unchanged from the first scan; nothing acute. Impression: no delayed bleed.",
        ),
        (
            "consult",
            "Question to radiology: is there any evidence of subdural haematoma to explain her confusion? Radiology reply: No. The CT shows generalised atrophy and chronic small vessel changes only.",
        ),
    ],
    "neg_plain": [
        (
            "report_caps",
            "CT HEAD. MILD CEREBRAL ATROPHY. SMALL ARACHNOID CYST IN THE LEFT MIDDLE CRANIAL FOSSA, INCIDENTAL. IMPRESSION: NO ACUTE ABNORMALITY.",
            "none",
        ),
        (
            "report_abbrev",
            "MRI IAMs: 8mm R vestibular schwannoma, intracanalicular. Brain otherwise nl. Impr: R VS.",
            "none",
        ),
        (
            "report",
            "CT head. Old right MCA territory infarct with encephalomalacia and ex vacuo dilatation. Chronic small vessel disease. Impression: no acute findings.",
            "none",
        ),
        (
            "mri_report",
            "MRI brain with contrast. Multiple ovoid periventricular and juxtacortical T2 lesions perpendicular to the ventricles, two enhancing. Impression: demyelination, active, consistent with multiple sclerosis.",
            "none",
        ),
        (
            "report_abbrev",
            "CTH: multiple lacunes BG + thalami, Fazekas 3. No acute. Impr: chronic SVD.",
            "none",
        ),
        (
            "mri_report",
            "MRI brain. 3 cm enhancing mass in the left frontal lobe with irregular rim, central necrosis and oedema, no susceptibility. Impression: high-grade glioma likely.",
            "none",
        ),
        (
            "report",
            "CT neck soft tissues with contrast. Enlarged level II lymph nodes on the right, tonsillar asymmetry. The imaged brain is unremarkable. Impression: suspicious right tonsillar mass with nodal disease.",
            "none",
        ),
        (
            "report",
            "MRI brain. Symmetric T2 hyperintensity in the parieto-occipital white matter without diffusion restriction in a hypertensive patient. No blood products on SWI. Impression: PRES.",
        ),
        (
            "cta_report",
            "CTA circle of Willis. 4 mm unruptured left MCA bifurcation aneurysm. No subarachnoid blood. Impression: incidental unruptured aneurysm.",
        ),
        (
            "report_caps",
            "CT HEAD. ACUTE LEFT MCA TERRITORY INFARCT WITH LOSS OF GREY-WHITE DIFFERENTIATION. NO HAEMORRHAGIC COMPONENT. IMPRESSION: ACUTE INFARCT.",
        ),
        (
            "report_nonnative",
            "MRI of brain: in right hippocampus is increased signal on FLAIR and restriction of diffusion, maybe encephalitis herpetic. Not seen blood. Conclusion: suspicious herpes encephalitis.",
        ),
        (
            "report",
            "CT head. Enlarged ventricles out of proportion to sulci, with periventricular low density and rounded frontal horns. Impression: hydrocephalus, likely normal pressure; no haemorrhage.",
        ),
        (
            "report_typos",
            "MRI brian: small pituitry microadenoma 5mm, no haemorhage within. Otherwise normal.",
        ),
        (
            "report",
            "CT head. Multiple calvarial lytic lesions in a patient with myeloma. Brain normal. Impression: myeloma deposits in the skull vault.",
            "none",
        ),
        (
            "clinical_note",
            "Neuro clinic: migraine with aura, normal exam, MRI brain last month normal (few non-specific white matter foci). Plan: propranolol prophylaxis.",
            "none",
        ),
        (
            "report_numbered",
            "IMPRESSION: 1. No acute intracranial abnormality. 2. Mild generalised volume loss. 3. Chronic right maxillary sinusitis. 4. Bilateral lens replacements.",
        ),
        (
            "mri_report",
            "MRI brain for vertigo. Normal internal auditory meati, no cerebellopontine angle lesion. A few punctate white matter foci, non-specific. No haemorrhage, no infarct.",
        ),
        (
            "report",
            "CT head, 79 year old with delirium, long structured report. TECHNIQUE: axial non-contrast CT from skull base to vertex with coronal and sagittal reformats. COMPARISON: CT 2 years ago. FINDINGS: Brain parenchyma: moderate generalised volume loss, proportionate to age and slightly progressed. Periventricular and deep white matter hypoattenuation consistent with chronic small vessel ischaemic change, similar. Old lacunar infarct in the left lentiform nucleus, unchanged. No acute territorial infarct; grey-white differentiation preserved. No intra-axial or extra-axial haemorrhage, no collection, no mass effect. Ventricles and sulci: prominent in keeping with volume loss, no hydrocephalus. Basal cisterns patent. Posterior fossa: normal. Vessels: atherosclerotic calcification of both carotid siphons and vertebral arteries. Skull and scalp: no fracture, no scalp swelling. Sinuses and mastoids: mucosal thickening in the left maxillary sinus; mastoids clear. Orbits: bilateral lens implants. IMPRESSION: 1. No acute intracranial abnormality; specifically no bleed, infarct or mass. 2. Chronic small vessel disease and age-related volume loss, slowly progressive.",
        ),
        (
            "discharge_letter",
            "Discharge letter. Diagnosis: transient global amnesia. Investigations: CT head normal, MRI brain at 48 hours with a tiny left hippocampal DWI focus typical of TGA, no other abnormality. Follow-up: none required. Driving: no restriction.",
            "none",
        ),
    ],
}


def rows() -> list[dict]:
    return numbered((TEXTS,), REPORT_STYLES, 7, "h7")


def main() -> None:
    write(OUT, rows())


if __name__ == "__main__":
    main()
