# ruff: noqa: E501  (report texts are kept on one line each)
"""Writes heldout-4.jsonl: held-out set 4 (issue 18), every text invented for it by hand, in its author's words.

Written without looking at the rule tier, the priority code, the synthetic generator or the texts of the challenge
and earlier held-out sets (their first two lines only, for the format). Measured once, by the lead, after the
rules freeze; never trained or tuned on. Each text carries a document style (report, note, letter, teaching...)
that is kept here, not in the JSONL (whose fields match heldout-3.jsonl); README-4.md tabulates both.

Run: python tests/data/heldout/write_heldout_4.py   (deterministic order: seed 4)
"""

from __future__ import annotations

import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from heldout_writer import write

OUT = Path(__file__).with_name("heldout-4.jsonl")


SITE = [
    # nail bed / splinter
    (
        "clinical_note",
        "Rheumatology clinic. Examination: splinter haemorrhages under three fingernails on the right hand, no Janeway lesions or Osler nodes. Echo requested to exclude endocarditis. Neurologically intact.",
    ),
    (
        "ed_note",
        "pt jammed finger in car door. subungual hematoma L thumb, trephined in ED w/ relief. no head injury. d/c home w/ analgesia.",
    ),
    (
        "teaching",
        "Teaching point: linear dark streaks beneath the nail plate (splinter hemorrhages) are nonspecific, and trauma in manual workers is the commonest cause. In this patient with fever they prompted three sets of blood cultures, which grew Streptococcus mitis.",
    ),
    # scalp / subgaleal / forehead
    (
        "report",
        "CT HEAD WITHOUT CONTRAST. Findings: Large left parietal subgaleal hematoma measuring 2.1 cm in thickness. The underlying calvarium is intact. Brain parenchyma, ventricles and extra-axial spaces are normal. Impression: Subgaleal hematoma without intracranial injury.",
    ),
    (
        "report_caps",
        "IMPRESSION: 1. RIGHT FRONTAL SCALP HAEMATOMA AND SOFT TISSUE SWELLING. 2. NO SKULL FRACTURE. 3. NO INTRACRANIAL ABNORMALITY.",
    ),
    (
        "dictation",
        "boggy hematoma over the left brow and forehead period the intracranial contents are unremarkable period no fracture of the frontal sinus walls full stop end of dictation",
    ),
    # orbit / retrobulbar
    (
        "report",
        "CT orbits: there is a retrobulbar hematoma in the right orbit with proptosis and stretching of the optic nerve. The globe is intact. Intracranial structures included in the field of view are unremarkable.",
    ),
    (
        "ed_note",
        "Fall onto face. L periorbital ecchymosis + subconjunctival haemorrhage. VA 6/6 both eyes. CT: orbital floor intact, no retrobulbar haematoma, brain normal.",
    ),
    (
        "consult",
        "Ophthalmology consult: post-blepharoplasty orbital haemorrhage on the left, tense orbit, lateral canthotomy and cantholysis performed at the bedside. IOP now 18 mmHg. No neurological deficit.",
    ),
    # face
    (
        "report",
        "CT maxillofacial: comminuted fracture of the right zygomatic arch with an overlying soft tissue hematoma of the cheek. Blood fills the right maxillary sinus. The visualized brain is normal.",
    ),
    (
        "case_summary",
        "Case summary: a 19-year-old amateur boxer presented with a swollen, blocked nose. A septal haematoma was drained the same evening to prevent cartilage necrosis. Neurological examination and CT of the brain were normal.",
    ),
    (
        "dictation",
        "facial CT um there is a hematoma in the left masseter and buccal space uh no fracture seen, correction, minimally displaced nasal bone fracture. brain windows colon no acute abnormality",
    ),
    # neck
    (
        "report",
        "CT NECK WITH CONTRAST: Post-thyroidectomy hematoma in the thyroid bed measuring 4 x 3 cm with mild tracheal deviation to the right. No active extravasation. Airway patent.",
    ),
    (
        "ed_note",
        "On apixaban. Neck swelling after central line attempt R IJ. US: 3 cm haematoma around R IJ, no airway compromise. Surgical r/v requested.",
    ),
    (
        "clinical_note",
        "Post-op day 1 after carotid endarterectomy: wound haematoma in the left neck, expanding, returned to theatre for evacuation. GCS 15 throughout, no new deficit, drain removed on day 3.",
    ),
    # spinal epidural
    (
        "mri_report",
        "MRI thoracic spine: posterior epidural hematoma from T4 to T7 compressing the cord, with T2 signal change at T6. Findings discussed with neurosurgery at 02:10. The brain was not imaged.",
    ),
    (
        "report",
        "MRI LUMBAR SPINE after lumbar puncture: small ventral epidural hematoma at L3-L4 without thecal sac compression. Conus normal.",
    ),
    (
        "discharge_letter",
        "Dear Dr Patel, your patient was admitted with sudden interscapular pain and leg weakness while on warfarin. MRI showed a spinal epidural haematoma from C6 to T1, which was decompressed urgently. His CT head on admission was normal. He is now mobilising with a frame. Yours sincerely, Spinal Registrar",
    ),
    # chest
    (
        "report",
        "CT chest: left hemothorax, a large pleural collection of high attenuation (45 HU), following fractures of ribs 5 to 8. Small pulmonary contusion in the left lower lobe.",
    ),
    (
        "ed_note",
        "MVC, steering wheel. CXR wide mediastinum -> CTA: mediastinal hematoma around the aortic isthmus, minimal aortic injury. CT head neg.",
    ),
    (
        "case_summary",
        "Case: 67F on dual antiplatelet therapy developed a spontaneous breast haematoma after minor trauma; managed conservatively with compression. No neurological symptoms at any point.",
    ),
    # abdominal wall / rectus sheath
    (
        "report",
        "CT ABDOMEN/PELVIS: Left rectus sheath hematoma measuring 9 cm craniocaudally with a fluid-fluid level. No intraperitoneal free fluid.",
    ),
    (
        "clinical_note",
        "Anticoagulated for AF, presented with a painful abdominal wall mass after a coughing fit. Ultrasound: rectus sheath haematoma. Hb stable over 24 h. Anticoagulation held for 48 hours.",
    ),
    (
        "dictation",
        "abdominal wall hematoma at the site of enoxaparin injections comma right lower quadrant comma small period no other acute findings period",
    ),
    # retroperitoneum
    (
        "report",
        "CTA abdomen: large right retroperitoneal hematoma involving the iliopsoas, with active contrast extravasation from a lumbar artery branch. Interventional radiology notified.",
    ),
    (
        "ed_note",
        "post cath, groin + flank pain, hypotensive. CT: retroperitoneal bleed from R femoral access. 2 units PRBC. Vascular aware.",
    ),
    (
        "discharge_letter",
        "Discharge summary: admitted with a spontaneous retroperitoneal haemorrhage on a heparin infusion; embolised on day 2; no further bleeding. Neurology reviewed an unrelated headache: CT brain normal.",
    ),
    # extremity
    (
        "mri_report",
        "MRI left thigh: intramuscular hematoma within the vastus lateralis, 6 x 4 x 3 cm, with subacute signal. No underlying mass.",
    ),
    (
        "ed_note",
        "Haemophilia A, fell off bike. Swollen R knee - haemarthrosis. Factor VIII given. No head strike, GCS 15.",
    ),
    (
        "teaching",
        "Teaching note: a forearm hematoma after arterial line removal in an anticoagulated patient can cause compartment syndrome; pain out of proportion is the earliest sign. This patient needed a fasciotomy on day 1.",
    ),
]

MIMIC = [
    # hygroma
    (
        "report",
        "CT head follow-up: bilateral frontal subdural hygromas of CSF density, slightly smaller than before. No hyperdense component. Ventricles stable.",
    ),
    (
        "report_caps",
        "FINDINGS: BILATERAL SUBDURAL HYGROMAS MEASURING UP TO 6 MM, IMPROVING. NO ACUTE HAEMORRHAGE. IMPRESSION: IMPROVING HYGROMAS.",
    ),
    (
        "teaching",
        "Teaching case: after a shunt revision a 3-year-old developed thin frontal extra-axial fluid matching CSF on every sequence: hygromas from overdrainage, not haematomas. Raising the valve setting resolved them.",
    ),
    (
        "clinical_note",
        "Neurosurgery clinic review. Post-traumatic left hygroma, now 4 mm (was 9 mm), homogeneous CSF attenuation. Plan: no further imaging unless symptomatic.",
    ),
    # CSF effusion
    (
        "mri_report",
        "MRI brain: small right subdural effusion following meningitis; signal follows CSF on all sequences, no membrane enhancement and no blood products.",
    ),
    (
        "dictation",
        "there is a thin left convexity subdural effusion of fluid density period no hemorrhage period likely related to the recent ventriculostomy period",
    ),
    (
        "case_summary",
        "Case summary: infant, 5 months, macrocephaly. Ultrasound and MRI: benign enlargement of the subarachnoid spaces with crossing cortical veins; no subdural collections, no blood products.",
    ),
    (
        "report",
        "Impression: post-craniotomy subdural fluid collection of CSF density, decreasing; no hyperdense component to suggest haemorrhage.",
    ),
    # empyema / abscess
    (
        "mri_report",
        "MRI brain with gadolinium: crescentic left frontal extra-axial collection with restricted diffusion and rim enhancement, consistent with subdural empyema in the setting of frontal sinusitis.",
    ),
    (
        "clinical_note",
        "ID consult: ring-enhancing right temporal lesion with central diffusion restriction, i.e. cerebral abscess, likely otogenic. Started ceftriaxone and metronidazole. Neurosurgery to aspirate.",
    ),
    (
        "ed_note",
        "fever, headache, R frontal swelling (Pott's puffy tumour). CT: epidural empyema under the frontal bone + subgaleal abscess. ENT & NSx aware.",
    ),
    (
        "teaching",
        "Teaching point: an epidural abscess can be lentiform just like a haematoma. In this febrile child the collection was hypodense with an enhancing dural rim, and pus was drained at surgery.",
    ),
    # pseudo-SAH
    (
        "report",
        "CT head after cardiac arrest: diffuse cerebral oedema with loss of grey-white differentiation and effaced sulci. Relative hyperdensity along the tentorium and basal cisterns represents pseudo-subarachnoid haemorrhage rather than true blood.",
    ),
    (
        "report",
        "Impression: global hypoxic-ischemic injury. Apparent hyperdensity in the sylvian fissures is a pseudo-SAH appearance from the surrounding edema; no true subarachnoid hemorrhage.",
    ),
    (
        "teaching",
        "Pitfall: in severe brain swelling the basal cisterns can look dense (pseudo-subarachnoid hemorrhage). Here the measured attenuation was 32 HU, below that of acute blood, and the lumbar puncture was clear.",
    ),
    # calcification
    (
        "report",
        "Punctate hyperdensities in both globi pallidi and dentate nuclei measuring over 200 HU, consistent with physiological calcification. No haemorrhage.",
    ),
    (
        "report_caps",
        "DENSE FOCUS IN THE LEFT FRONTAL LOBE, 350 HU, REPRESENTS A CALCIFIED GRANULOMA. NO ACUTE INTRACRANIAL PROCESS.",
    ),
    (
        "dictation",
        "falcine calcification noted comma not to be confused with interhemispheric blood comma unchanged since two thousand nineteen period",
    ),
    # contrast staining
    (
        "report",
        "Post-thrombectomy non-contrast CT: hyperdensity in the left basal ganglia measuring 160 HU, with iodine on the dual-energy map, consistent with contrast staining. Virtual non-contrast images show no hemorrhage.",
    ),
    (
        "clinical_note",
        "Stroke unit note, day 2. The post-thrombectomy CT showed sulcal hyperdensity that dual-energy CT attributed to contrast extravasation, not blood. Aspirin started today after discussion with neuroradiology.",
    ),
    (
        "report",
        "Follow-up CT: the previously noted dense left caudate has cleared entirely, confirming iodinated contrast staining. No hemorrhagic transformation.",
    ),
    # hyperdense vessel / sinus
    (
        "report",
        "Hyperdense right MCA sign in keeping with acute thrombus. Early loss of the insular ribbon. No intracranial haemorrhage. ASPECTS 8.",
    ),
    ("ed_note", "code stroke. CT: dense L MCA, no bleed. alteplase given 14:32."),
    (
        "report",
        "Hyperdense basilar artery consistent with basilar thrombosis. No parenchymal or subarachnoid haemorrhage.",
    ),
    (
        "mri_report",
        "Dense right transverse sinus on CT with absent flow on MR venography: venous sinus thrombosis. No venous infarct or haemorrhage at present.",
    ),
]


PAST = [
    (
        "clinical_note",
        "HISTORY OF PRESENT ILLNESS: 72-year-old woman with two days of productive cough, fever and pleuritic pain on the right. She lives alone and is independent with a stick.\nPAST MEDICAL HISTORY: hypertension; type 2 diabetes; subarachnoid haemorrhage in 2009 treated with coiling of a posterior communicating aneurysm; hypothyroidism.\nMEDICATIONS: metformin, levothyroxine, amlodipine.\nEXAMINATION: temperature 38.4, respiratory rate 24, crackles at the right base, alert and oriented, no focal neurology.\nINVESTIGATIONS: chest radiograph shows right lower lobe consolidation; CRP 180; urea 8.1.\nASSESSMENT AND PLAN: community-acquired pneumonia, CURB-65 score 2. Oral amoxicillin and clarithromycin, fluids, repeat bloods in 48 hours, physiotherapy review. Discussed with her daughter by telephone.",
    ),
    (
        "discharge_letter",
        "FAMILY HISTORY: father died of a brain haemorrhage aged 58; sister has polycystic kidney disease.\nREASON FOR REFERRAL: screening for intracranial aneurysm.\nRESULT: MR angiography shows no aneurysm.\nPLAN: repeat screening in five years. Yours sincerely, Neurovascular Clinic",
    ),
    (
        "ed_note",
        "PMH: ICH 2018 (L basal ganglia), residual R hemiparesis, AF not anticoagulated. Today: mechanical fall, wrist pain. XR distal radius #. No head strike. Cast, fracture clinic.",
    ),
    (
        "clinical_note",
        "Past medical history\n- Traumatic subdural haematoma 2016, evacuated via burr holes\n- COPD\n- Alcohol excess (abstinent 3 years)\nPresenting complaint\nBreathlessness and wheeze for four days. Peak flow 180.\nInvestigations\nCXR: hyperinflation, no consolidation.\nPlan\nNebulisers, prednisolone 40 mg for 5 days, review inhaler technique.",
    ),
    (
        "consult",
        "Cardiology consult regarding anticoagulation. Relevant history: lobar intracerebral hemorrhage in 2020 attributed to cerebral amyloid angiopathy. New AF found on telemetry. Recommendation: left atrial appendage occlusion rather than an oral anticoagulant.",
    ),
    (
        "discharge_letter",
        "Dear Dr Okafor,\nDiagnosis: urinary tract infection with delirium, resolved.\nBackground: vascular dementia; remote history of a cerebellar bleed (2011); osteoarthritis.\nShe improved on nitrofurantoin and her confusion settled by day 3. She returns to her care home today.\nKind regards, Care of the Elderly team",
    ),
    (
        "clinical_note",
        "SOCIAL HISTORY: retired bus driver, lives with wife. FAMILY HISTORY: two brothers with ruptured berry aneurysms and subarachnoid hemorrhage in their forties. HPI: seen in genetics clinic to discuss familial aneurysm screening. He has no headaches. Neurological examination normal. Plan: MRA head, counselling.",
    ),
    (
        "ed_note",
        "HX: prior SDH (2019, conservative). NOW: c/o sore throat x3d, febrile 38.2, tonsillar exudate. Centor 4. Pen V. Safety-netted.",
    ),
    (
        "case_summary",
        "Case summary. A 45-year-old man with a past history of a hypertensive putaminal haemorrhage ten years ago presented with crushing chest pain. ECG showed inferior ST elevation; primary PCI to the right coronary artery. Recovery was uneventful.",
    ),
    (
        "clinical_note",
        "PAST HISTORY:\n1. Aneurysmal SAH (2005), clipped\n2. Epilepsy, on levetiracetam\n3. GORD\nHISTORY OF PRESENTING COMPLAINT: breakthrough seizure after missed doses. Post-ictal, now back to baseline.\nIMAGING: CT head today, no acute abnormality, old right frontal craniotomy and aneurysm clip.\nPLAN: restart levetiracetam, DVLA advice given.",
    ),
    (
        "teaching",
        "Teaching case for the ward round: a 60-year-old with a history of intraventricular haemorrhage as a premature neonate and a VP shunt since infancy now presents with abdominal pain. The learning point is shunt-related pseudocyst; his brain imaging today is unchanged from 2015 and shows no new abnormality.",
    ),
    (
        "discharge_letter",
        "Past medical history: 1) Subarachnoid haemorrhage 2014 with no residual deficit. 2) Migraine. Admission: elective laparoscopic cholecystectomy, uncomplicated. Discharged day 1 with analgesia.",
    ),
    (
        "clinical_note",
        "FHx: mother - haemorrhagic stroke at 70. Father - MI. PMHx: nil significant. HPC: 34F, tension-type headaches for 3 months, no red flags, normal fundi and neuro exam. Plan: headache diary, amitriptyline 10 mg, no imaging needed.",
    ),
    (
        "ed_note",
        "ANTICOAG HX: warfarin stopped 2021 after a subdural bleed. today: cellulitis R leg, spreading, febrile. IV flucloxacillin, marked margins.",
    ),
    (
        "consult",
        "Pre-operative assessment. Previous medical history includes a traumatic extradural haematoma in 1998 (evacuated, full recovery), asthma and hypertension. Airway Mallampati 2. Fit for general anaesthesia for knee replacement.",
    ),
    (
        "clinical_note",
        "History: admitted in March with an intracerebral haemorrhage, rehabilitated on the stroke ward and discharged home in May. Today's visit (October): review of blood pressure, now 128/76 on ramipril and indapamide; mood good; walking 500 m. No new neurological symptoms. Plan: continue, review in 6 months.",
    ),
    (
        "report_caps",
        "CLINICAL HISTORY: PREVIOUS RIGHT SUBDURAL HAEMATOMA EVACUATED 2022. NEW HEADACHE. FINDINGS: RIGHT FRONTOPARIETAL CRANIOTOMY. NO EXTRA-AXIAL COLLECTION. NO ACUTE HAEMORRHAGE. VENTRICLES NORMAL. CONCLUSION: NO RECURRENT COLLECTION.",
    ),
    (
        "discharge_letter",
        "To the GP: Mr Hale attended the memory clinic. Background includes a small left thalamic bleed in 2017. Today's MoCA 24/30; MRI shows moderate small vessel disease and a small old cavity in the left thalamus, with no new lesion. Diagnosis: mild cognitive impairment, vascular type.",
    ),
]

RULED_OUT = [
    (
        "clinical_note",
        "She had a CT head in the emergency department which ruled out an intracranial bleed, and she was admitted for syncope work-up. Telemetry showed sinus pauses of 4 seconds; pacemaker implanted on day 3.",
    ),
    (
        "ed_note",
        "sudden worst headache. CT <6 h from onset ruled out SAH (3rd gen scanner, read by consultant). LP not needed per pathway. d/c with GP f/u.",
    ),
    (
        "case_summary",
        "Case summary: a 58-year-old man presented with right arm weakness 90 minutes after onset. Haemorrhage was excluded on CT, so intravenous thrombolysis was given, and his power recovered fully by the next morning.",
    ),
    (
        "discharge_letter",
        "Dear Colleague, your patient was seen after a fall from standing height on rivaroxaban. A CT scan of the head ruled out intracranial haemorrhage and he was discharged with advice. Yours faithfully, ED Consultant",
    ),
    (
        "dictation",
        "history colon head injury on aspirin period impression colon CT brain excludes acute intracranial haemorrhage or fracture period",
    ),
    (
        "clinical_note",
        "HOSPITAL COURSE: presented with confusion; the admitting team obtained a CT head that ruled out a bleed, and the confusion was attributed to hyponatraemia (Na 118), corrected slowly over 72 hours with fluid restriction. Discharged home at baseline.",
    ),
    (
        "teaching",
        "Teaching point: the first task in acute stroke is to rule out haemorrhage with non-contrast CT; in this patient the CT was negative for haemorrhage and the CT angiogram showed an M1 occlusion, which was treated by thrombectomy.",
    ),
    (
        "ed_note",
        "Thunderclap HA during exercise. CT neg for bleed, LP 12 h: no xanthochromia, RBC 2. Dx: exertional headache. Home.",
    ),
    (
        "consult",
        "Neurology consult: the bleed that the referring team worried about has been excluded by CT and MRI; the episode was a complex migraine aura. No further imaging needed.",
    ),
    (
        "report",
        "Clinical question: subarachnoid haemorrhage? Answer: No. There is no subarachnoid, intraventricular or parenchymal haemorrhage. The basal cisterns are clear.",
    ),
    (
        "clinical_note",
        "Baby, 6 weeks, brought in after a short fall from a sofa. Skeletal survey normal. CT head was performed and ruled out any intracranial haemorrhage or skull fracture. Safeguarding discussed, no concerns. Discharged with parents.",
    ),
    (
        "discharge_letter",
        "Summary: alcohol withdrawal seizure. Intracranial bleeding was ruled out by CT on arrival. Chlordiazepoxide reducing regime, thiamine; referred to the alcohol liaison team.",
    ),
    (
        "case_summary",
        "CASE: 80-year-old on warfarin, INR 4.2, found on the floor. CT brain to exclude a subdural: none seen. Vitamin K given, warfarin withheld for two days.",
    ),
    (
        "ed_note",
        "triage note: GCS 15, small occipital lac. Canadian CT head rule positive (age >65) -> CT done -> no ICH, no #. Lac glued.",
    ),
    (
        "clinical_note",
        "Assessment: dizziness with vomiting; posterior circulation stroke and cerebellar haemorrhage were both ruled out (CT and MRI with DWI negative). Likely vestibular neuritis. Prochlorperazine, vestibular rehab leaflet.",
    ),
    (
        "teaching",
        "In the journal club case the authors stress that the negative CT had already ruled out a subdural haematoma before the diagnosis of idiopathic intracranial hypertension was made on the lumbar puncture opening pressure.",
    ),
    (
        "report",
        "COMPARISON: none. REASON: exclude haemorrhage before anticoagulation for pulmonary embolism. RESULT: haemorrhage excluded; no intracranial abnormality.",
    ),
    (
        "dictation",
        "this is a repeat CT requested by ICU to rule out bleed after thrombolysis for PE period no intracranial hemorrhage is seen period ventricles are normal in size period",
    ),
]

INDICATION = [
    (
        "report",
        "INDICATION: Fall on warfarin, evaluate for intracranial hemorrhage.\nFINDINGS: No acute intracranial abnormality. No extra-axial collection. No fracture.\nIMPRESSION: Negative.",
    ),
    (
        "report_caps",
        "CLINICAL DETAILS: ?SAH, SUDDEN HEADACHE.\nREPORT: NORMAL APPEARANCES OF THE BRAIN. NO EVIDENCE OF SUBARACHNOID BLOOD.",
    ),
    (
        "report",
        "Reason for exam: assess for bleed, new confusion on apixaban. Technique: non-contrast CT head. Findings: age-appropriate volume loss, periventricular low attenuation. Impression: chronic small vessel change only.",
    ),
    (
        "dictation",
        "indication evaluate for hemorrhage period findings the gray white differentiation is preserved comma ventricles normal comma no midline shift comma no extra axial fluid period impression no acute findings",
    ),
    ("report", "History: RTC, query subdural. Findings: normal brain. Impression: no intracranial injury."),
    (
        "mri_report",
        "MRI brain. Indication: rule out microbleeds before starting anticoagulation. SWI: no microhaemorrhages. No acute infarct. Conclusion: normal study.",
    ),
    (
        "report",
        "Indication: 'r/o ICH' per ED. Findings: the brain is normal; the mastoid air cells and sinuses are clear. Impression: unremarkable CT head.",
    ),
    (
        "report_numbered",
        "Clinical indication: evaluate for hematoma after craniotomy.\nImpression:\n1. Expected postoperative changes with a small amount of pneumocephalus.\n2. No extra-axial collection.\n3. Stable ventricular size.",
    ),
    (
        "report",
        "Request: ?intracranial haemorrhage, thrombocytopenia (platelets 9). Opinion: no intracranial haemorrhage.",
    ),
    ("ed_note", "CT head req - eval for bleed (fall + ETOH). Result: neg. Obs 4 h, sober, d/c."),
    (
        "report",
        "CLINICAL QUESTION: Evaluate for hemorrhagic transformation. COMPARISON: CT yesterday. FINDINGS: evolving left MCA territory infarct with expected edema. No hemorrhagic transformation. IMPRESSION: Evolving infarct without hemorrhage.",
    ),
    (
        "report",
        "Indication: neonatal screening cranial ultrasound, assess for germinal matrix haemorrhage (born 28 weeks). Findings: normal ventricles, no germinal matrix or intraventricular haemorrhage, no periventricular echogenicity.",
    ),
    (
        "report",
        "Indication: hypertensive emergency, evaluate for intracranial bleed or PRES. Findings: no haemorrhage, no vasogenic oedema. Impression: normal CT head.",
    ),
    (
        "dictation",
        "clinical details query bleed query stroke new paragraph report the brain parenchyma is normal in attenuation there is no haemorrhage no infarct is seen new paragraph conclusion normal",
    ),
    (
        "report",
        "EXAM: CT HEAD. HISTORY: Assault, evaluate for epidural hematoma. FINDINGS: Left temporal scalp swelling. No skull fracture. No intracranial collection. IMPRESSION: Scalp soft tissue swelling only.",
    ),
    (
        "mri_report",
        "MRI brain, indication: evaluate for hemorrhagic metastases (melanoma). Findings: no enhancing lesion, no blood products on SWI. Impression: no intracranial metastatic disease.",
    ),
]

NEG_PLAIN = [
    ("report", "CT head: no acute intracranial abnormality. Mild generalised involutional change."),
    (
        "report",
        "IMPRESSION: Acute left MCA territory infarct involving the insula and frontal operculum. No hemorrhage. No mass effect.",
    ),
    (
        "mri_report",
        "MRI brain: multiple periventricular and juxtacortical T2 hyperintense lesions perpendicular to the ventricles, two enhancing, consistent with active demyelination. No haemorrhage.",
    ),
    ("report", "Old lacunar infarcts in the left internal capsule and right thalamus. No acute abnormality."),
    (
        "mri_report",
        "MRI brain with contrast: a 2.4 cm enhancing extra-axial mass along the right sphenoid wing with a dural tail, consistent with meningioma. No surrounding edema, no blood products.",
    ),
    (
        "report",
        "CT NECK SOFT TISSUE: enlarged right level II lymph node, 2.2 cm, necrotic centre. Tonsils symmetrical. No collection.",
    ),
    (
        "report_caps",
        "CT BRAIN: NO INTRACRANIAL HAEMORRHAGE, MASS OR ACUTE INFARCT. VENTRICLES AND SULCI NORMAL FOR AGE.",
    ),
    ("ed_note", "HI, no LOC, GCS 15, CT head nil acute. D/C with head injury advice."),
    (
        "dictation",
        "CT of the head without contrast period there is no intracranial hemorrhage comma mass effect comma or midline shift period the ventricles are normal period impression normal noncontrast head CT period",
    ),
    (
        "teaching",
        "Teaching case: normal pressure hydrocephalus. Ventriculomegaly out of proportion to sulcal enlargement, a callosal angle of 70 degrees and disproportionately enlarged subarachnoid spaces; no haemorrhage. Gait improved after a tap test.",
    ),
    (
        "report",
        "Findings: small chronic infarct in the right cerebellar hemisphere. No intracranial hemorrhage, no hydrocephalus. Impression: no acute intracranial process.",
    ),
    (
        "mri_report",
        "MRI pituitary: 6 mm hypoenhancing microadenoma on the left of the gland. The stalk is midline. No apoplexy, no haemorrhagic component.",
    ),
    (
        "discharge_letter",
        "Dear Dr Lee, Mrs Grant was admitted with a transient episode of left arm numbness. CT and MRI of the brain were normal and carotid Dopplers showed less than 30% stenosis. Diagnosis: TIA. Started clopidogrel and atorvastatin.",
    ),
    (
        "report_numbered",
        "IMPRESSION:\n1. No acute intracranial hemorrhage or territorial infarct.\n2. Chronic left maxillary sinusitis.\n3. Incidental pineal cyst, 8 mm.",
    ),
    (
        "clinical_note",
        "Neuro-oncology note. Left frontal glioblastoma, post-resection day 30. MRI: thin rim of enhancement at the cavity margin, no new nodular enhancement, no restricted diffusion, no blood products. Plan: start chemoradiation Monday.",
    ),
    (
        "report",
        "CT angiogram head: no aneurysm, no vascular malformation, no large vessel occlusion. Non-contrast images: no intracranial haemorrhage.",
    ),
    (
        "ed_note",
        "Seizure, known epileptic, usual semiology. No injury. CT not indicated. Bloods ok. Home with family.",
    ),
    (
        "case_summary",
        "Case summary: 30-year-old woman 10 days postpartum with headache and visual blurring. MRI: symmetric parieto-occipital vasogenic oedema typical of PRES, without haemorrhage or infarction. Blood pressure controlled; MRI normal at 6 weeks.",
    ),
]


POS_PLAIN = [
    (
        "report",
        "CT HEAD: Acute right convexity subdural hematoma measuring 8 mm with 4 mm leftward midline shift. Impression: Acute right subdural hematoma.",
    ),
    (
        "report_caps",
        "IMPRESSION: LEFT TEMPORAL EXTRADURAL HAEMATOMA WITH OVERLYING SQUAMOUS TEMPORAL BONE FRACTURE. NEUROSURGERY INFORMED.",
    ),
    (
        "report",
        "Diffuse subarachnoid haemorrhage in the basal cisterns and both sylvian fissures, Fisher grade 3, with early hydrocephalus. CTA: 7 mm anterior communicating artery aneurysm.",
    ),
    (
        "ed_note",
        "75M, on DOAC, GCS 13. CT: R frontal ICH 30 mL + IVH. Reversal (andexanet) given. NSx + ICU.",
    ),
    (
        "dictation",
        "there is an acute intraparenchymal hemorrhage in the left thalamus measuring two point five centimeters with extension into the third ventricle period",
    ),
    (
        "mri_report",
        "MRI brain: a 12 mm right occipital lobar haemorrhage with a fluid level, and numerous cortical microbleeds with superficial siderosis, suggesting cerebral amyloid angiopathy.",
    ),
    (
        "report_numbered",
        "Impression:\n1. Small acute subdural hemorrhage along the falx and left tentorium.\n2. No midline shift.\n3. Left parietal scalp hematoma.",
    ),
    (
        "discharge_letter",
        "Dear Dr Murray, your patient was admitted after a seizure. CT showed a small left parietal intracerebral haemorrhage, thought to be hypertensive. Blood pressure was controlled and there was no expansion on the 24-hour scan. He is discharged on amlodipine and levetiracetam.",
    ),
    (
        "case_summary",
        "Case summary: a 4-month-old infant was brought in with irritability and vomiting. CT head showed bilateral subdural haematomas of different densities; ophthalmology found multilayered retinal haemorrhages. Safeguarding procedures were started.",
    ),
    (
        "report",
        "Small volume traumatic subarachnoid hemorrhage in the right frontal sulci. No other intracranial injury.",
    ),
    (
        "report",
        "Findings: acute blood in the occipital horns of both lateral ventricles and in the fourth ventricle. No hydrocephalus. Conclusion: intraventricular haemorrhage.",
    ),
    (
        "report",
        "Impression: findings are suspicious for a tiny subarachnoid haemorrhage in the left central sulcus; a motion artefact is less likely. Correlate clinically or repeat.",
    ),
    (
        "ed_note",
        "GCS 8 post assault. CT: bifrontal contusions + thin L SDH, ? early uncal. Intubated, NSx for ICP bolt.",
    ),
    (
        "teaching",
        "Teaching case: a 22-year-old cyclist without a helmet had a lucid interval before deteriorating. CT showed a right temporoparietal extradural haematoma crossing no sutures, with a swirl sign. He made a good recovery after emergency craniotomy.",
    ),
    (
        "report",
        "IMPRESSION: Chronic left hemispheric subdural haematoma, 14 mm, with 6 mm midline shift. Recommend neurosurgical referral.",
    ),
    (
        "report",
        "Possible small acute subdural haemorrhage along the right tentorium; partial volume averaging cannot be excluded. Suggest a follow-up CT.",
    ),
]

MIMIC_BLOOD = [
    (
        "report",
        "Bilateral subdural hygromas, as before, but the right-sided collection now contains dependent hyperdense blood, in keeping with a hemorrhagic conversion of the hygroma.",
    ),
    (
        "mri_report",
        "MRI brain: left frontal subdural empyema with an area of T1 hyperintensity and blooming on SWI along its inner margin, indicating a haemorrhagic component.",
    ),
    (
        "report",
        "The right subdural collection is mostly CSF density (effusion) with a new layering hyperdense component posteriorly, representing acute blood.",
    ),
    (
        "report",
        "Known calcified cavernous malformation in the left pons, now with surrounding acute haemorrhage measuring 11 mm.",
    ),
    (
        "report",
        "Post-thrombectomy: hyperdensity in the right lentiform nucleus persisted on the 24-hour CT at 58 HU with new mass effect, so it represents hemorrhage rather than contrast staining.",
    ),
    (
        "report",
        "Hyperdense left MCA sign, unchanged. New parenchymal hematoma (PH1) in the left basal ganglia within the infarct.",
    ),
    (
        "teaching",
        "Teaching point: diffuse oedema can mimic subarachnoid blood, but in this case the dense material in the interpeduncular cistern measured 68 HU and extended into the fourth ventricle: true subarachnoid haemorrhage, confirmed by xanthochromia.",
    ),
    (
        "clinical_note",
        "Neurosurgery ward round: right temporal abscess drained 3 days ago. Today's CT shows fresh haemorrhage in the abscess cavity, about 2 cm, with more surrounding oedema. Platelets 60. Plan: platelet transfusion, repeat CT tomorrow.",
    ),
    (
        "report",
        "Dual-energy CT after thrombectomy: in addition to contrast staining in the caudate, there is true hemorrhage in the left frontal sulci on the virtual non-contrast images.",
    ),
    (
        "report_caps",
        "SUBDURAL HYGROMA WITH A NEW ACUTE HAEMORRHAGIC COMPONENT ON THE LEFT. MASS EFFECT INCREASED.",
    ),
    (
        "mri_report",
        "MRI: ring-enhancing left parietal lesion with restricted diffusion, likely abscess; there are also blood products within the lesion with a fluid-fluid level, so a haemorrhagic metastasis is an alternative.",
    ),
    (
        "report",
        "Dense calcification in the left frontal oligodendroglioma, with new adjacent acute intratumoral hemorrhage.",
    ),
    (
        "dictation",
        "the hyperdensity in the basal cisterns was initially thought to be pseudo SAH however the attenuation is sixty five hounsfield units and it is asymmetric so this is real subarachnoid blood period",
    ),
    (
        "report",
        "Impression: dense right transverse sinus consistent with venous sinus thrombosis, with an associated right temporal venous haemorrhage of 3 cm.",
    ),
    (
        "case_summary",
        "Case: 9-year-old with mastoiditis. CT showed a left posterior fossa epidural empyema; MRI three days later showed blood products within it and an acute subdural haemorrhage along the tentorium after sigmoid sinus thrombosis.",
    ),
]

KNOWN = [
    (
        "report",
        "Known right subdural collection with interval layering of hyperdense material dependently and a hematocrit level. No new hemorrhage elsewhere.",
    ),
    (
        "report",
        "FINDINGS: The left convexity subdural hematoma is again seen, now 12 mm, with a blood-fluid level. No new intracranial hemorrhage elsewhere. No hydrocephalus.",
    ),
    (
        "report_caps",
        "RIGHT PARIETAL INTRAPARENCHYMAL HAEMATOMA IS UNCHANGED IN SIZE. NO NEW FOCUS OF HAEMORRHAGE.",
    ),
    (
        "report_numbered",
        "1. Stable bilateral chronic subdural haematomas, 7 mm on each side.\n2. No acute haemorrhage elsewhere.\n3. No midline shift.",
    ),
    (
        "report",
        "Follow-up of a known aneurysmal SAH: blood in the basal cisterns is decreasing. No new haemorrhage. Ventricles stable after the EVD.",
    ),
    (
        "clinical_note",
        "ICU day 4. Repeat CT: the left frontal contusion has blossomed slightly (now 3 cm). There is no new haemorrhage anywhere else. ICP 14 on the bolt. Continue hypertonic saline.",
    ),
    (
        "report",
        "The known intraventricular hemorrhage persists in the occipital horns, decreasing in volume. No new bleeding. No hydrocephalus.",
    ),
    (
        "dictation",
        "comparison yesterday period the right frontal subdural hematoma is unchanged at six millimeters period no new hemorrhage elsewhere period no midline shift period",
    ),
    (
        "report",
        "Impression: 1) Persistent left tentorial subdural hemorrhage, slightly thinner. 2) No new intracranial hemorrhage. 3) No fracture.",
    ),
    (
        "discharge_letter",
        "Dear Dr Hughes, the follow-up CT before discharge showed that his small left frontal haemorrhage is stable and that there is no new bleeding. Please check his blood pressure in a week.",
    ),
    (
        "report",
        "Known acute-on-chronic right subdural haematoma with a fluid-fluid level, measuring 16 mm, unchanged. There is no other intracranial haemorrhage.",
    ),
    (
        "mri_report",
        "MRI follow-up: the known left cerebellar haemorrhage is now in the late subacute stage with T1 hyperintensity. No new haemorrhage or infarct.",
    ),
    ("ed_note", "re-scan 6 h (on DOAC): SDH L unchanged 5 mm, nil new bleed. obs q1h neuro."),
    (
        "report",
        "There has been interval layering of the known left occipital intraventricular blood. No new haemorrhage elsewhere. Ventricular size is stable.",
    ),
    (
        "report",
        "COMPARISON: 12/3. Unchanged thin acute subdural haematoma along the falx. No new focus of haemorrhage and no new mass effect.",
    ),
]

RECENT = [
    (
        "report",
        "Large right MCA infarct with previous or recent hemorrhagic transformation in the basal ganglia (petechial hyperdensity); mass effect is unchanged.",
    ),
    (
        "mri_report",
        "MRI brain: subacute left parietal infarct with recent haemorrhagic transformation evident as blooming on SWI and T1 shortening.",
    ),
    (
        "report",
        "History of SAH in 2019. Today: new acute subarachnoid blood in the right sylvian fissure, consistent with rebleeding.",
    ),
    (
        "report",
        "Previously evacuated left subdural haematoma has reaccumulated, now 11 mm, with mixed density.",
    ),
    (
        "mri_report",
        "Old haemosiderin staining from the 2016 right frontal bleed, and a new acute haematoma adjacent to it in the right frontal lobe measuring 2 cm.",
    ),
    (
        "report",
        "Chronic subdural haematoma on the right, known from the previous admission, is still present at 9 mm.",
    ),
    (
        "clinical_note",
        "Stroke team note: left PCA infarct 10 days ago. Today's MRI shows haemorrhagic transformation of the infarct (HI2), which may be recent or may date from the first days. Apixaban postponed until 14 days.",
    ),
    (
        "report",
        "Remote right frontal craniotomy for a previous haematoma. Now there is a recurrent acute extra-axial haemorrhage beneath the bone flap, 7 mm.",
    ),
    (
        "report_caps",
        "PREVIOUS OR RECENT HAEMORRHAGIC TRANSFORMATION OF THE LEFT TEMPORAL INFARCT. NO NEW INFARCT.",
    ),
    (
        "discharge_letter",
        "Summary for the GP: she had a cerebellar haemorrhage in 2015. On this admission the CT shows a new small haemorrhage in the right occipital lobe; anticoagulation has been stopped permanently.",
    ),
    (
        "mri_report",
        "Multiple chronic microbleeds in the basal ganglia, and a recent (subacute) haemorrhage in the left thalamus, 9 mm.",
    ),
    (
        "report",
        "Prior hemorrhagic contusions in the frontal lobes are evolving, with residual hyperdense blood in the right gyrus rectus.",
    ),
    (
        "dictation",
        "previous or recent bleed in the right caudate head with intraventricular extension period recommend MRI to date it period",
    ),
    (
        "case_summary",
        "Case: a man with a history of intraventricular haemorrhage in childhood presented with headache. CT showed fresh blood in the fourth ventricle from a cerebellar AVM, which was embolised.",
    ),
    (
        "report",
        "Left MCA territory infarct with hemorrhagic transformation that was already present on the CT of 3 days ago, slightly more conspicuous now.",
    ),
]


INDICATION_FINDING = [
    (
        "report",
        "INDICATION: Fall on apixaban, evaluate for bleed.\nFINDINGS: Acute left frontal subdural hematoma, 6 mm. No midline shift.\nIMPRESSION: Acute left subdural hematoma.",
    ),
    (
        "report_caps",
        "CLINICAL DETAILS: ?SAH. THUNDERCLAP HEADACHE.\nREPORT: SUBARACHNOID BLOOD IN THE PREPONTINE AND INTERPEDUNCULAR CISTERNS. CTA ADVISED.",
    ),
    (
        "report",
        "Reason for exam: rule out intracranial hemorrhage. Findings: there is a 2 cm hyperdense hematoma in the right cerebellar hemisphere with partial effacement of the fourth ventricle.",
    ),
    (
        "dictation",
        "clinical indication query bleed period findings there is a small acute hemorrhage in the left occipital lobe period no hydrocephalus period",
    ),
    (
        "report",
        "History: assess for haemorrhagic transformation after thrombolysis. Findings: there is haemorrhagic transformation within the right MCA infarct, parenchymal haematoma type 1.",
    ),
    (
        "mri_report",
        "Indication: evaluate for microbleeds / amyloid. SWI: numerous lobar microbleeds and a small acute cortical haemorrhage in the left parietal lobe.",
    ),
    (
        "report",
        "EXAM: CT head. HISTORY: Assault, evaluate for epidural hematoma. FINDINGS: Right temporal skull fracture with an underlying acute epidural hematoma 9 mm thick.",
    ),
    (
        "report",
        "Request: ?ICH - thrombocytopenia. Opinion: thin acute subdural haemorrhage along the left tentorium.",
    ),
    (
        "report_numbered",
        "Clinical indication: evaluate for hematoma after craniotomy.\nImpression:\n1. Postoperative changes.\n2. New 9 mm acute subdural hematoma beneath the bone flap with 3 mm shift.",
    ),
    (
        "ed_note",
        "CT req: eval for bleed (fall, ETOH, GCS 14). Result: small R frontal SAH + contusion. Adm for obs, rpt CT 6 h.",
    ),
    (
        "report",
        "Clinical question: evaluate for hemorrhage in a patient on ECMO. Findings: large left parietal intraparenchymal hemorrhage with intraventricular extension.",
    ),
    (
        "report",
        "Indication: neonatal screening ultrasound, assess for germinal matrix haemorrhage (born 26 weeks). Findings: bilateral germinal matrix haemorrhages with blood in the lateral ventricles, no ventricular dilatation (grade 2).",
    ),
    (
        "report",
        "Indication: r/o bleed. Comparison: none. Findings: hyperdense blood in the right sylvian fissure and overlying sulci, likely traumatic. Impression: traumatic subarachnoid hemorrhage.",
    ),
    (
        "consult",
        "Request from ED: please assess for intracranial bleed after a seizure. Neuroradiology opinion: there is a 15 mm haemorrhage in the left frontal lobe with a fluid level, suspicious for an underlying lesion; MRI recommended.",
    ),
    (
        "report",
        "CLINICAL HISTORY: headache, evaluate for pituitary apoplexy. FINDINGS: enlarged pituitary mass with internal acute haemorrhage and a fluid level. IMPRESSION: haemorrhagic pituitary macroadenoma.",
    ),
]

UNNAMED = [
    (
        "report",
        "Biconvex hyperdense extra-axial collection in the right temporal region measuring 14 mm, with 5 mm midline shift.",
    ),
    (
        "report_caps",
        "LENTIFORM HYPERDENSE COLLECTION OVERLYING THE LEFT FRONTAL LOBE DEEP TO A NON-DISPLACED FRACTURE.",
    ),
    (
        "report",
        "Crescentic hyperdense extra-axial collection along the left cerebral convexity, 7 mm thick, with effacement of the adjacent sulci.",
    ),
    ("report", "Dependent hyperdense layering in the occipital horns of both lateral ventricles."),
    (
        "report",
        "Hyperdensity fills the basal cisterns and the interhemispheric fissure. Temporal horns are dilated.",
    ),
    (
        "clinical_note",
        "Neurosurgery note: CT shows hematic density in the right frontal lobe, 3 x 2 cm, with surrounding edema. Plan: repeat imaging in 6 hours, reverse anticoagulation.",
    ),
    ("report", "Bifrontal contusions, largest 18 mm on the left, with surrounding oedema."),
    (
        "dictation",
        "there is a crescent shaped high density collection along the right convexity measuring nine millimeters period mass effect on the right lateral ventricle period",
    ),
    (
        "report",
        "Impression: hyperattenuating material (60 HU) in the right sylvian fissure and adjacent sulci, new since the CT of this morning.",
    ),
    (
        "mri_report",
        "MRI: left temporal lesion with marked blooming on SWI, T1 hyperintense rim and a fluid-fluid level, in a patient on anticoagulation.",
    ),
    (
        "report",
        "Fluid-fluid level with a hyperdense dependent component in a left convexity extra-axial collection, 13 mm.",
    ),
    (
        "teaching",
        "Teaching case: the CT showed a lens-shaped dense collection beneath the right parietal bone, limited by the coronal and lambdoid sutures, with a fracture above it. Diagnosis and management are discussed below.",
    ),
    ("ed_note", "CT: hyperdense R convexity collection 10 mm, sulcal effacement. NSx consult."),
    (
        "report",
        "Hyperdense material layering in the dependent portion of the fourth ventricle and in the occipital horns. Mild ventricular enlargement.",
    ),
    (
        "report_numbered",
        "Findings:\n1. Cortical contusions in both temporal poles.\n2. Small focus of high attenuation in the left frontal sulci.\n3. No skull fracture.",
    ),
    (
        "report",
        "Spontaneous 25 mm focus of acute high attenuation (70 HU) in the right parietal lobe with a thin rim of oedema; positive spot sign on the CT angiogram.",
    ),
    (
        "case_summary",
        "Case summary: 70-year-old found on the floor. CT: mixed-density crescentic extra-axial collection over the left hemisphere with a hyperdense dependent component, 15 mm, and 8 mm midline shift. Burr-hole drainage was performed.",
    ),
    ("report", "Hematic content in the right lateral ventricle and in the third ventricle."),
    (
        "report",
        "Hyperdense lentiform collection in the posterior fossa adjacent to the left transverse sinus, associated with an occipital bone fracture.",
    ),
    (
        "clinical_note",
        "Trauma team: CT brain shows contusions in the right frontal and temporal lobes; GCS 12; admitted to HDU with hourly neuro observations.",
    ),
]

NOTES = [
    (
        "clinical_note",
        "HISTORY OF PRESENT ILLNESS: 81-year-old man on warfarin for a mechanical mitral valve, found by his wife confused on the bathroom floor this morning. She thinks he fell in the night. He has vomited twice.\nPAST MEDICAL HISTORY: mitral valve replacement 2004, type 2 diabetes, chronic kidney disease stage 3.\nEXAMINATION: GCS 13 (E3 V4 M6), left pronator drift, bruise over the right occiput.\nINVESTIGATIONS: INR 3.8. CT head: acute right frontotemporal subdural haematoma, 11 mm, with 6 mm midline shift to the left.\nPLAN: prothrombin complex concentrate and vitamin K given at 09:40; discussed with the neurosurgical registrar, who accepts him for evacuation; cardiology to advise on restarting anticoagulation given the mechanical valve.",
    ),
    (
        "discharge_letter",
        "DISCHARGE SUMMARY\nDiagnosis: aneurysmal subarachnoid haemorrhage (WFNS grade 2) from a right posterior communicating artery aneurysm.\nHospital course: she presented with sudden occipital headache and neck stiffness. CT showed subarachnoid blood in the basal cisterns and right sylvian fissure. The aneurysm was coiled on day 1. Nimodipine was given for 21 days. On day 7 she developed transcranial Doppler evidence of vasospasm, treated with induced hypertension, without infarction. An external ventricular drain was weaned and removed on day 10.\nDischarge medications: paracetamol, laxatives.\nFollow-up: neurovascular clinic at 6 weeks, MRA at 6 months.",
    ),
    (
        "clinical_note",
        "ICU NURSING/MEDICAL HANDOVER\nPresenting problem: 34M motorcyclist, high-speed collision, intubated on scene.\nInjuries: right femur fracture (external fixator), splenic laceration grade 2 (conservative).\nHead: CT shows multiple small haemorrhagic contusions in both frontal lobes and a thin layer of traumatic subarachnoid blood over the right convexity; no mass lesion requiring surgery.\nICP monitor inserted; ICP 12-16. Sedation: propofol and fentanyl. Targets: CPP > 60, Na 145-150.\nFamily updated by the consultant at 18:00.\nOvernight plan: repeat CT at 06:00 or sooner if ICP > 22 for 5 minutes.",
    ),
    (
        "teaching",
        "Morning report case. A 58-year-old woman with poorly controlled hypertension developed sudden right-sided weakness and slurred speech at work. On arrival her blood pressure was 220/120. Non-contrast CT showed a 20 mL haemorrhage in the left putamen extending into the internal capsule, without intraventricular extension. Teaching points discussed: the ICH score (hers was 1), the target systolic pressure of 140 within the first hour, the lack of benefit of routine surgery for deep haemorrhages, and the role of a delayed MRI to look for an underlying lesion in younger patients. She was discharged to inpatient rehabilitation on day 9.",
    ),
    (
        "clinical_note",
        "Neurology consult note.\nReason for consult: new headache and confusion in a 66-year-old on day 5 after mitral valve surgery, on heparin.\nHistory: previously independent, former smoker, no prior neurological history. Surgery was uncomplicated.\nExamination: disorientated to time, right homonymous hemianopia, no weakness.\nImaging: CT head this afternoon shows an acute left occipital lobar haemorrhage measuring 3.5 cm with surrounding oedema; no intraventricular extension.\nImpression: heparin-associated lobar intracerebral haemorrhage, possibly with septic emboli given the valve surgery.\nRecommendations: stop heparin, protamine, blood cultures, transthoracic echo, repeat CT in 24 h.",
    ),
    (
        "discharge_letter",
        "Dear Dr Fraser,\nRe: baby boy Kowalski, born at 27+3 weeks.\nHe has been with us for ten weeks on the neonatal unit. Course: ventilated for 5 days for surfactant deficiency; treated for presumed sepsis. Cranial ultrasound on day 3 showed a left-sided grade 3 intraventricular haemorrhage with ventricular dilatation, which was followed weekly; the ventricles stabilised without intervention and the latest scan shows resolving blood in the left ventricle. Hearing screen passed. Feeding fully on breast milk.\nFollow-up: neonatal clinic at 6 weeks, neurodevelopmental assessment at 2 years.\nYours sincerely, Neonatal Registrar",
    ),
    (
        "clinical_note",
        "S: 45F, 3 days after a fall down the stairs, worsening headache and drowsiness since last night.\nO: GCS 14, pupils equal, no focal signs. Platelets 42 (ITP).\nImaging: today's CT head shows a subacute left convexity subdural haematoma of 9 mm, slightly hypodense to cortex, with mild effacement of the left lateral ventricle. The initial CT in the emergency department three days ago was reported as normal.\nA: delayed subdural haematoma in ITP.\nP: IVIG and platelet transfusion, neurosurgical opinion, neurological observations hourly, hold all antiplatelet drugs.",
    ),
    (
        "case_summary",
        "Clinical case for the journal club\nPresentation: a 29-year-old woman, 34 weeks pregnant, with headache, seizures and a blood pressure of 170/110.\nImaging: MRI showed parieto-occipital vasogenic oedema in keeping with PRES and, in addition, a small haemorrhage in the right occipital cortex with blooming on SWI.\nManagement: magnesium sulphate, labetalol, urgent caesarean section.\nOutcome: the oedema resolved on MRI at 4 weeks; a haemosiderin focus remained in the right occipital lobe.\nDiscussion: haemorrhage occurs in a minority of PRES cases and is more frequent with coagulopathy and after transplantation.",
    ),
    (
        "clinical_note",
        "PROGRESS NOTE, day 3, stroke unit\nSubjective: more drowsy since the morning, daughter at bedside.\nObjective: NIHSS up from 9 to 15. BP 168/92. Glucose 7.2.\nImaging: repeat CT at 11:00 shows haemorrhagic transformation of the right MCA infarct, a parenchymal haematoma occupying about half of the infarct, with 4 mm midline shift.\nAssessment: symptomatic haemorrhagic transformation (PH2) after thrombectomy.\nPlan: stop aspirin, BP target below 160 systolic, neurosurgical review for possible hemicraniectomy, update family.",
    ),
    (
        "discharge_letter",
        "Dear Dr Ahmed,\nI saw Mr Kelly in the neurosurgery clinic today, eight weeks after his right burr-hole drainage. He feels well and has returned to golf. His wife reports no confusion.\nToday's CT shows a small residual right chronic subdural haematoma of 5 mm, smaller than on the postoperative scan, with no new blood.\nPlan: no further imaging unless symptoms return; he may restart aspirin now; no driving restriction beyond the DVLA guidance already given.\nYours sincerely, Consultant Neurosurgeon",
    ),
    (
        "clinical_note",
        "EMERGENCY DEPARTMENT NOTE\nChief complaint: headache after a fall.\nHPI: 88-year-old woman with dementia, fell at the nursing home yesterday, struck her head, now more sleepy per staff. On clopidogrel.\nExam: GCS 14, bruise on the left forehead, moving all limbs.\nCT head: small acute subdural hematoma along the left frontal convexity, 4 mm, no shift. Bilateral chronic small vessel changes.\nMDM: discussed with neurosurgery, no operative intervention; hold clopidogrel, repeat CT in 6 hours, admit to the medical service for observation. Goals of care discussed with her son (health care proxy).",
    ),
    (
        "teaching",
        "Case-based discussion (registrar teaching):\nA 40-year-old man collapsed at the gym. GCS 7 on arrival.\nCT: extensive blood in the basal cisterns, both sylvian fissures and the fourth ventricle, with acute hydrocephalus (modified Fisher 4).\nCTA: 6 mm basilar tip aneurysm.\nQuestions for the group: timing of the external ventricular drain, coiling versus clipping, and the prevention of delayed cerebral ischaemia.\nAnswer key: EVD placed at 02:00, coiled the same morning, nimodipine started.",
    ),
    (
        "clinical_note",
        "Paediatric ward round\nBackground: 7-year-old, haemophilia A, on prophylaxis.\nEvents: fell off a trampoline yesterday; vomited twice overnight.\nImaging this morning: CT head shows an acute right parietal extradural haematoma, 8 mm, beneath an undisplaced fracture; no midline shift.\nPlan: factor VIII to 100%, neurosurgery aware (non-operative), neuro obs hourly, repeat CT if any change, haematology leading on factor levels.",
    ),
    (
        "discharge_letter",
        "Transfer letter to the rehabilitation unit\nDiagnosis: left thalamic intracerebral haemorrhage with intraventricular extension (admitted 2 weeks ago).\nHospital course: external ventricular drain for 6 days for hydrocephalus, removed after a successful clamp trial; follow-up CT on day 12 showed the haemorrhage decreasing and no hydrocephalus.\nCurrent status: right hemiparesis (arm 2/5, leg 3/5), mild dysphasia, swallow safe for soft diet.\nMedications: amlodipine, lisinopril, levetiracetam, enoxaparin prophylaxis started day 7.\nGoals: transfers, speech therapy, blood pressure below 130/80.",
    ),
    (
        "consult",
        "Haematology consult.\nQuestion: anticoagulation in a patient with a new bleed and a DVT.\nHistory: 52-year-old with metastatic melanoma; proximal DVT diagnosed last week, started on enoxaparin. Yesterday: headache.\nImaging: MRI brain shows three haemorrhagic metastases, the largest a 2 cm right frontal lesion with acute haemorrhage and surrounding oedema.\nRecommendation: stop enoxaparin; IVC filter for now; oncology to consider stereotactic radiosurgery; revisit anticoagulation in 2 weeks.",
    ),
]


LONG = [
    (
        "neg_site_extracranial",
        "clinical_note",
        "EMERGENCY DEPARTMENT TRAUMA NOTE\nMechanism: 52-year-old roofer fell about 3 metres from a ladder onto a concrete path, landing on his back and striking the back of his head. No loss of consciousness reported by his colleague.\nPrimary survey: airway patent, breathing normal, HR 96, BP 142/88, GCS 15, pupils equal and reactive.\nSecondary survey: large boggy swelling over the occiput, tenderness over the mid-thoracic spine, bilateral leg power 5/5, saddle sensation normal.\nImaging: CT head shows a large occipital subgaleal haematoma; the brain, ventricles and extra-axial spaces are normal and there is no skull fracture. CT spine shows a stable T7 wedge fracture. MRI of the thoracic spine shows a small posterior epidural haematoma at T7 without cord compression or cord signal change.\nPlan: spinal surgeons consulted, who advise a thoracolumbar brace and a repeat MRI in 48 hours; log roll until reviewed; analgesia with paracetamol and morphine; admit under the spinal team; tetanus booster given.",
    ),
    (
        "neg_mimic",
        "clinical_note",
        "INTENSIVE CARE DAILY REVIEW, DAY 2\nBackground: 61-year-old man admitted after an out-of-hospital ventricular fibrillation arrest; bystander CPR for 12 minutes, return of spontaneous circulation after three shocks. Coronary angiography showed a chronic total occlusion but no acute lesion.\nNeurology: no sedation since 08:00, GCS remains E1 VT M1, pupils fixed at 5 mm, absent corneal reflexes. Bilaterally absent N20 responses on somatosensory evoked potentials.\nImaging: CT head this morning shows diffuse cerebral oedema with complete loss of grey-white differentiation and effacement of the basal cisterns. The dense appearance of the tentorium and of the cisterns is a pseudo-subarachnoid haemorrhage caused by the swollen brain; the attenuation measured is 30 HU and there is no true subarachnoid, subdural or parenchymal haemorrhage.\nAssessment: severe hypoxic-ischaemic brain injury with a very poor prognosis.\nPlan: multidisciplinary family meeting at 15:00 with the neurology consultant; discuss organ donation with the specialist nurse; continue supportive care in the meantime.",
    ),
    (
        "neg_note_past_history",
        "clinical_note",
        "GENERAL MEDICINE ADMISSION CLERKING\nPresenting complaint: three days of dysuria, rigors and left loin pain.\nHistory of presenting complaint: 68-year-old woman, usually independent, with increasing frequency and offensive urine. No headache, no confusion, no falls.\nPast medical history: (1) acute subdural haematoma in 2017 after a fall on warfarin, evacuated by craniotomy, warfarin stopped permanently; (2) paroxysmal atrial fibrillation, now rate controlled with bisoprolol; (3) type 2 diabetes on sitagliptin; (4) osteoporosis.\nFamily history: her brother died of a ruptured cerebral aneurysm aged 49.\nDrug history: bisoprolol, sitagliptin, alendronic acid. No anticoagulant or antiplatelet.\nExamination: temperature 38.9, HR 108 irregular, BP 104/62, left renal angle tenderness, neurologically intact.\nInvestigations: WCC 18, CRP 240, creatinine 142 (baseline 90), lactate 2.6; urine dipstick nitrites positive. Renal ultrasound: no hydronephrosis.\nImpression: left pyelonephritis with sepsis and acute kidney injury.\nPlan: sepsis six completed, IV co-amoxiclav and gentamicin (one dose), fluids, hold sitagliptin, repeat renal function in the morning.",
    ),
    (
        "neg_ruled_out",
        "discharge_letter",
        "DISCHARGE SUMMARY\nPatient: 74-year-old man. Admitted: 3 days.\nDiagnosis: syncope secondary to complete heart block.\nPresentation: two episodes of sudden loss of consciousness at home, the second while seated, with a cut to the forehead. He takes apixaban for atrial fibrillation.\nInvestigations: because of the head injury on an anticoagulant, a CT of the head was performed in the emergency department and ruled out an intracranial haemorrhage or skull fracture. The ECG showed complete heart block with a ventricular rate of 34. Troponin was normal. Echocardiogram: preserved left ventricular function, mild aortic sclerosis.\nHospital course: temporary pacing wire on day 1, dual-chamber permanent pacemaker on day 2 without complications. Apixaban was withheld for 48 hours around the procedure and restarted on the day of discharge. The forehead laceration was closed with adhesive strips.\nFollow-up: pacing clinic at 6 weeks, wound check with the practice nurse in 5 days. He must not drive for one week, as advised by the DVLA guidance.",
    ),
    (
        "neg_indication_only",
        "report",
        "EXAMINATION: CT HEAD WITHOUT INTRAVENOUS CONTRAST\nCLINICAL INDICATION: 79-year-old woman on rivaroxaban, unwitnessed fall at home, now with a headache. Please evaluate for intracranial haemorrhage or fracture.\nTECHNIQUE: axial images from the skull base to the vertex, with coronal and sagittal reformats in brain and bone windows. Dose-length product 890 mGy.cm.\nCOMPARISON: CT head from 2 years ago.\nFINDINGS: There is no intracranial haemorrhage. There is no extra-axial collection over either convexity or along the falx and tentorium. Grey-white matter differentiation is preserved. Periventricular and deep white matter low attenuation is unchanged and consistent with chronic small vessel disease. Ventricles and sulci are enlarged in proportion, stable. No midline shift; the basal cisterns are patent. Calvarium intact; small left frontal scalp swelling. Paranasal sinuses and mastoid air cells are clear.\nIMPRESSION: 1. No acute intracranial abnormality; no haemorrhage or fracture. 2. Chronic small vessel disease and atrophy, unchanged. 3. Left frontal soft tissue swelling.",
    ),
    (
        "neg_plain",
        "consult",
        "STROKE TEAM CONSULTATION\nReason for referral: sudden onset of left-sided weakness and dysarthria at 07:15, last seen well at 06:30.\nHistory: 63-year-old man with hypertension and hyperlipidaemia, smoker of 30 pack-years, no anticoagulants. No head trauma, no seizure at onset.\nExamination: NIHSS 7 (left facial weakness, left arm drift, mild left leg drift, dysarthria, left sensory loss). Glucose 6.4. BP 176/94.\nImaging: non-contrast CT shows no intracranial haemorrhage and an ASPECTS of 9 with subtle right insular hypoattenuation. CT angiography shows occlusion of an M2 branch of the right middle cerebral artery; the carotid bifurcations show moderate atheroma without significant stenosis. CT perfusion shows a small core with a larger region of delayed perfusion in the right frontal operculum.\nAssessment: acute ischaemic stroke, right MCA territory, within the thrombolysis window.\nPlan: tenecteplase given at 08:02 after consent; discussed with the interventional neuroradiologist, who will proceed to thrombectomy; blood pressure below 180/105; repeat CT at 24 hours before any antiplatelet drug.",
    ),
    (
        "neg_site_extracranial",
        "discharge_letter",
        "Dear Dr Ramsay,\nRe: Mrs Elaine Porter, aged 77.\nThank you for your referral. Mrs Porter was admitted to the haematology ward for 6 days with a large spontaneous haematoma of the left rectus sheath, which developed after a bout of coughing while her INR was 5.6 on warfarin for a pulmonary embolism last year.\nCT of the abdomen and pelvis confirmed a 12 cm rectus sheath haematoma with a small extension into the pre-vesical space, and also a small left retroperitoneal haematoma around the psoas, without active bleeding. Her haemoglobin fell from 121 to 84 g/L and she received two units of red cells. Warfarin was reversed with vitamin K and prothrombin complex concentrate.\nShe had no headache or neurological symptoms during the admission and no brain imaging was required.\nAfter discussion with the thrombosis team, we have changed her anticoagulant to apixaban 2.5 mg twice daily, started on day 5.\nPlease check a full blood count in one week.\nYours sincerely, Haematology Registrar",
    ),
    (
        "neg_mimic",
        "discharge_letter",
        "Neurosurgical clinic letter\nDear Dr Singh,\nI reviewed Mr Daniel Osei, 58, in clinic today, 3 months after the removal of his left frontal meningioma. He has returned to work as an accountant and has no headaches, seizures or weakness. His wife has noticed no change in his personality.\nExamination: the wound has healed well; neurological examination is normal.\nImaging: his MRI from last week shows no residual tumour. The thin subdural fluid collection beneath the craniotomy, which measured 8 mm on the first postoperative scan, is now 3 mm and follows cerebrospinal fluid on all sequences, consistent with a resolving postoperative hygroma. There are no blood products and no enhancement of the membranes.\nPlan: he may stop levetiracetam gradually over 4 weeks as he has never had a seizure; a further MRI in 12 months; I have explained the DVLA rules, which allow him to drive now.\nWith kind regards,\nConsultant Neurosurgeon",
    ),
    (
        "pos_known_no_veto",
        "report",
        "EXAMINATION: CT HEAD WITHOUT CONTRAST\nCLINICAL HISTORY: 83-year-old man, known right subdural collection managed conservatively, now more drowsy.\nCOMPARISON: CT head 9 days ago.\nFINDINGS: The known right frontoparietal subdural collection has increased in maximal thickness from 12 mm to 16 mm. There is interval layering of hyperdense material in its dependent posterior portion with a hematocrit level, indicating fresh bleeding into the collection. Leftward midline shift has increased from 4 mm to 8 mm, and there is effacement of the right lateral ventricle. The basal cisterns remain patent. No new hemorrhage elsewhere. No acute territorial infarct. Chronic small vessel ischemic change is unchanged. Calvarium intact.\nIMPRESSION:\n1. Acute-on-chronic right subdural hematoma, increased, with a hematocrit level and 8 mm midline shift.\n2. No new hemorrhage elsewhere.\nRECOMMENDATION: urgent neurosurgical review; correct any coagulopathy and repeat the CT if the clinical state changes.\nCOMMUNICATION: discussed with the on-call neurosurgery registrar by telephone at 03:20.",
    ),
    (
        "pos_not_purely_historical",
        "discharge_letter",
        "DISCHARGE SUMMARY - HYPERACUTE STROKE UNIT\nDiagnosis: left middle cerebral artery territory infarct (cardioembolic, atrial fibrillation), with haemorrhagic transformation.\nPresentation: found with aphasia and right-sided weakness on waking; outside the window for thrombolysis; thrombectomy not performed because of a large established infarct.\nProgress: on day 4 he became more drowsy. The repeat CT showed previous or recent haemorrhagic transformation in the left basal ganglia and insula, more conspicuous than on admission, with 3 mm of midline shift. MRI on day 6 confirmed blood products within the infarct on susceptibility-weighted imaging. He improved gradually with supportive care.\nSecondary prevention: atorvastatin 80 mg. Anticoagulation with apixaban is deferred until day 14 and must be preceded by a repeat CT to confirm that the haemorrhage has not enlarged.\nFunction at discharge: modified Rankin 4; swallow safe on a modified diet.\nFollow-up: stroke clinic at 6 weeks; community neurorehabilitation. A copy of this letter goes to his daughter, who holds lasting power of attorney for health.",
    ),
    (
        "pos_indication_then_finding",
        "report",
        "EXAMINATION: CT BRAIN, NON-CONTRAST\nCLINICAL DETAILS: 46-year-old man, alcohol excess, found at the bottom of a flight of stairs. GCS 13. Evaluate for bleed and for skull fracture.\nTECHNIQUE: helical acquisition with multiplanar reformats.\nCOMPARISON: none available.\nFINDINGS: There is an acute left frontotemporal subdural haematoma with a maximal thickness of 9 mm, extending along the left tentorium. There are haemorrhagic contusions in the inferior right frontal lobe measuring up to 14 mm and a small amount of subarachnoid blood in the right sylvian fissure, in a contrecoup pattern. Midline shift to the right measures 4 mm. The basal cisterns are patent and there is no hydrocephalus. There is an undisplaced fracture of the left occipital bone extending towards the foramen magnum, with a small overlying scalp haematoma. The paranasal sinuses are clear.\nCONCLUSION: Acute left subdural haematoma, right frontal contusions and traumatic subarachnoid haemorrhage; left occipital fracture. Neurosurgery informed at 22:45.",
    ),
    (
        "pos_described_unnamed",
        "clinical_note",
        "TRAUMA TEAM LEADER NOTE\nMechanism: 17-year-old struck on the right side of the head by a cricket ball during a school match. Brief loss of consciousness, then talking normally for about an hour.\nDeterioration: on arrival in the department at 16:40 he became drowsy, GCS falling from 15 to 11, with a dilating right pupil.\nImaging at 16:55: CT shows a biconvex hyperdense extra-axial collection beneath the right temporal squamous bone, 22 mm thick, with a linear fracture crossing the groove of the middle meningeal artery. There is 9 mm of leftward midline shift and effacement of the right ambient cistern. No other intracranial abnormality.\nActions: intubated for airway protection at 17:05; mannitol 1 g/kg; tranexamic acid; transferred directly to theatre with the neurosurgical team at 17:20.\nFamily: his parents are in the relatives' room and have been updated by the emergency consultant.\nReceiving team: neurosurgery; post-operative bed booked on paediatric intensive care.",
    ),
    (
        "pos_mimic_with_blood",
        "clinical_note",
        "NEUROSURGERY WARD ROUND, DAY 6\nBackground: 14-year-old with left frontal sinusitis complicated by a left frontal subdural empyema, drained through a craniotomy on day 1; on ceftriaxone, metronidazole and vancomycin.\nOvernight: new headache, a focal seizure of the right arm at 04:00 treated with lorazepam, now drowsy but obeying commands; pupils equal and reactive, moving all four limbs. Platelets 210, coagulation normal.\nImaging: CT this morning shows a small residual empyema with rim enhancement, and in addition a new area of acute haemorrhage in the left frontal cortex, 2 cm, with surrounding oedema, thought to be a venous haemorrhage from cortical vein thrombosis. CT venography confirms thrombosis of a superior frontal cortical vein.\nPlan: load levetiracetam; discuss anticoagulation with haematology and the consultant, balancing the new haemorrhage against the venous thrombosis; continue antibiotics; repeat imaging in 48 hours or earlier if he deteriorates; update his mother after the ward round.",
    ),
    (
        "pos_note_sections",
        "clinical_note",
        "MEDICAL ADMISSIONS UNIT - POST-TAKE WARD ROUND\nHistory of present illness: 59-year-old woman with a week of fever, night sweats and a new murmur; this morning she developed sudden difficulty finding words.\nPast medical history: rheumatic fever in childhood, mitral regurgitation under surveillance, hypothyroidism.\nHospital course so far: blood cultures from the admitting team grew Staphylococcus aureus in 3 of 3 bottles within 14 hours. Transthoracic echocardiography shows a 14 mm vegetation on the anterior mitral leaflet. After the speech disturbance, a CT head was obtained and shows a 2.5 cm acute haemorrhage in the left temporal lobe with a small amount of adjacent subarachnoid blood; CT angiography raises the possibility of a small distal mycotic aneurysm of a left middle cerebral artery branch.\nPlan: flucloxacillin as per microbiology; no anticoagulation; urgent cardiothoracic opinion regarding valve surgery; interventional neuroradiology review of the CTA; neurological observations two-hourly; keep her nil by mouth until speech and language therapy assessment.",
    ),
    (
        "pos_plain",
        "teaching",
        "Radiology teaching file entry (written for the residents' conference)\nHistory: 71-year-old man with mild cognitive decline and gait disturbance over six weeks, on aspirin for ischaemic heart disease. No definite trauma recalled, although his wife thinks he may have bumped his head on a cupboard.\nImaging findings: non-contrast CT shows bilateral mixed-density subdural collections over the frontoparietal convexities, 15 mm on the left and 10 mm on the right, with internal septations and dependent hyperdense components. The gyri are compressed on both sides but the midline is central because the collections balance each other.\nDiagnosis: bilateral chronic subdural haematomas with acute components.\nDiscussion points: the absence of midline shift in bilateral collections can be falsely reassuring; look for effacement of the sulci and compression of the lateral ventricles. Middle meningeal artery embolisation is an emerging alternative to repeated burr-hole drainage for recurrent collections.\nOutcome: bilateral burr-hole drainage, with improved gait at 6 weeks.",
    ),
    (
        "pos_note_sections",
        "discharge_letter",
        "Dear Dr Lindqvist,\nRe: Mr Tomas Berg, aged 64 - discharge from the neurosurgical unit.\nDiagnosis: spontaneous right cerebellar haemorrhage, 3.5 cm, with compression of the fourth ventricle and obstructive hydrocephalus.\nBackground: hypertension (poorly controlled), type 2 diabetes, a remote subarachnoid haemorrhage in 1998 without residual deficit.\nHospital course: he presented with vertigo, vomiting and ataxia, and became drowsy within six hours. CT confirmed the haemorrhage and early hydrocephalus, and he underwent suboccipital craniectomy and evacuation on the day of admission, with an external ventricular drain that was removed on day 5. Follow-up CT on day 8 shows the expected postoperative changes, a small residual haematoma and normal ventricular size.\nOn discharge: walking with a frame, mild right-sided ataxia, eating normally.\nMedication changes: amlodipine and indapamide added; aspirin stopped.\nFollow-up: neurosurgery clinic in 6 weeks; please aim for a blood pressure below 130/80. He has been advised not to drive for at least six months.\nYours sincerely, Neurosurgical Registrar",
    ),
]


# kind -> (label, default assertion, texts as (style, text))
KINDS: dict[str, tuple[int, str, list[tuple[str, str]]]] = {
    "neg_site_extracranial": (0, "extracranial", SITE),
    "neg_mimic": (0, "negated", MIMIC),
    "neg_note_past_history": (0, "historical", PAST),
    "neg_ruled_out": (0, "negated", RULED_OUT),
    "neg_indication_only": (0, "hypothetical", INDICATION),
    "neg_plain": (0, "negated", NEG_PLAIN),
    "pos_plain": (1, "affirmed", POS_PLAIN),
    "pos_mimic_with_blood": (1, "affirmed", MIMIC_BLOOD),
    "pos_known_no_veto": (1, "affirmed", KNOWN),
    "pos_not_purely_historical": (1, "affirmed", RECENT),
    "pos_indication_then_finding": (1, "affirmed", INDICATION_FINDING),
    "pos_described_unnamed": (1, "uncertain", UNNAMED),
    "pos_note_sections": (1, "affirmed", NOTES),
}
HEDGED = re.compile(r"\b(possible|suspicious for|cannot be excluded)\b", re.I)
NAMED = re.compile(r"contusion|hematic", re.I)  # a lesion named, though not with a bleed word
BLEED_WORD = re.compile(r"haemorrh|hemorrh|bleed|blood|hematoma|haematoma|\bICH\b|\bSAH\b", re.I)
DOC_STYLES = {"report", "report_caps", "report_numbered", "mri_report", "dictation"}  # the rest are notes


def assertion(kind: str, default: str, text: str) -> str:
    """The expected rule-tier assertion: hedges are uncertain; descriptors are uncertain unless a lesion is named."""
    if kind == "pos_described_unnamed":
        return "affirmed" if NAMED.search(text) else "uncertain"
    if kind == "pos_plain" and HEDGED.search(text):
        return "uncertain"
    if kind == "neg_plain" and not BLEED_WORD.search(text):
        return "none"
    return default


def rows() -> list[dict]:
    out = []
    for kind, (label, default, texts) in KINDS.items():
        out += [(kind, label, default, style, text) for style, text in texts]
    for kind, style, text in LONG:
        label, default, _ = KINDS[kind]
        out.append((kind, label, default, style, text))
    random.Random(4).shuffle(out)
    return [
        {
            "id": f"h4-{i:04d}",
            "text": text,
            "label": label,
            "kind": kind,
            "assertion": assertion(kind, default, text),
            "_style": style,
        }
        for i, (kind, label, default, style, text) in enumerate(out, 1)
    ]


def main() -> None:
    table = rows()
    write(OUT, table)
    pos = sum(r["label"] for r in table)
    print(f"total {len(table)}, positive {pos} ({pos / len(table):.0%}), negative {len(table) - pos}")
    for kind, n in sorted(Counter(r["kind"] for r in table).items()):
        print(f"| `{kind}` | {n} |")
    for (label, a), n in sorted(Counter((r["label"], r["assertion"]) for r in table).items()):
        print(f"| {label} | {a} | {n} |")
    for style, n in Counter(r["_style"] for r in table).most_common():
        print(f"| {style} | {n} |")
    long_ = [r for r in table if len(r["text"].split()) >= 150]
    notes = sum(r["_style"] not in DOC_STYLES for r in table)
    print(
        f"long (>= 150 words): {len(long_)} ({sum(r['label'] for r in long_)} positive); "
        f"notes/letters/teaching/consult/ED: {notes}; reports: {len(table) - notes}"
    )


if __name__ == "__main__":
    main()
