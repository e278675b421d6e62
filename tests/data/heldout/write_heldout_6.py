# ruff: noqa: E501  (report texts are kept on one line each)
"""Held-out set 6 (issue 18 kinds), written by hand by `writer6`; run to rebuild heldout-6.jsonl.

Every text was invented for this set. Each entry is (style, text) or (style, text, assertion) where the
assertion differs from the kind's default. The style says how the text is written; ``doc_type`` (report or
note) is derived from it and written to the JSONL. The order in the JSONL is a fixed shuffle (seed 6).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from heldout_writer import numbered, write

OUT = Path(__file__).with_name("heldout-6.jsonl")

# styles written as radiology reports; every other style is a note, letter or teaching text
REPORT_STYLES = {
    "report",
    "report_caps",
    "report_numbered",
    "report_addendum",
    "dictation",
    "mri_report",
    "cta_report",
    "us_report",
    "postop_report",
}

TEXTS: dict[str, list[tuple]] = {
    "neg_site_extracranial": [
        (
            "ed_note",
            "Triage 14:20. 34M, jammed L index finger in car door. Subungual haematoma ~60% of nail. Trephined, relief. No head injury, GCS 15. d/c.",
        ),
        (
            "clinical_note",
            "Rheumatology clinic. Subjective: new painful fingertip lesions. Examination: linear dark-red streaks under three fingernails, no Janeway lesions. Plan: echo to look for endocarditis, blood cultures x3.",
        ),
        (
            "report",
            "NON-CONTRAST CT BRAIN. Clinical: toddler fell from changing table. Findings: boggy right parietal scalp swelling of mixed density consistent with a subgaleal blood collection, 14 mm thick. Sutures normal, no fracture. Brain, ventricles and extra-axial spaces unremarkable for age. Conclusion: extracranial soft-tissue haematoma only.",
        ),
        (
            "us_report",
            "Cranial ultrasound, day 2, ventouse delivery. Firm fluctuant swelling over the right parietal bone, not crossing the sagittal suture, anechoic-to-echogenic fluid beneath the periosteum: cephalohaematoma. Ventricles normal size, no intraventricular or parenchymal echogenicity. Normal study otherwise.",
        ),
        (
            "report_caps",
            "CT FACIAL BONES. FINDINGS: COMMINUTED LEFT ZYGOMATICOMAXILLARY COMPLEX FRACTURE. HIGH-DENSITY FLUID FILLS THE LEFT MAXILLARY ANTRUM (HAEMOSINUS). PERIORBITAL SOFT TISSUE SWELLING. THE VISUALISED INTRACRANIAL CONTENTS ARE NORMAL. IMPRESSION: LEFT ZMC FRACTURE WITH BLOOD IN THE MAXILLARY SINUS.",
        ),
        (
            "report",
            "CT orbits. Findings: Elongated hyperdense collection along the roof of the right orbit, extraconal, beneath the periosteum, with inferior displacement of the globe. No orbital roof fracture extending to the anterior cranial fossa. Brain within the field normal. Impression: right subperiosteal orbital haematoma.",
        ),
        (
            "consult",
            "Ophthalmology consult. Reason: sudden proptosis after blepharoplasty. Findings: tense orbit, IOP 48. Bedside CT reviewed: retrobulbar blood posterior to the right globe. Lateral canthotomy and cantholysis performed at bedside, IOP now 19. Intracranial imaging not indicated.",
        ),
        (
            "clinical_note",
            "ENT ward note. Day 1 after septoplasty. Overnight: large septal haematoma noted, drained under LA this morning. Nasal packs in situ. Obs stable. Plan: antibiotics, review in clinic 1/52.",
        ),
        (
            "report",
            "CT neck with contrast. Indication: swelling after thyroidectomy. Findings: 4.5 x 3.2 cm heterogeneous hyperdense collection in the thyroid bed with mild tracheal deviation to the right; no active contrast extravasation. Impression: post-thyroidectomy neck haematoma. Surgical team informed.",
        ),
        (
            "ed_note",
            "ED resus. 71F on warfarin, INR 5.8, woke with stridor and large swollen tongue/floor of mouth, purple. CT: sublingual and submandibular haematoma tracking to the retropharynx. Anaesthetics for awake fibreoptic intubation. Vit K + PCC given.",
        ),
        (
            "mri_report",
            "MRI CERVICAL SPINE. Findings: A posterior epidural collection extends from C4 to C7, T1 isointense and T2 heterogeneous, compressing the cord with cord signal change at C5-6. No enhancement to suggest abscess. Conclusion: acute spinal epidural haematoma, cord compression. Spinal surgeons contacted.",
        ),
        (
            "report",
            "MRI thoracolumbar spine post lumbar puncture: a small ventral subdural haematoma in the lumbar canal at L2-L3 with mild displacement of the cauda equina roots. The conus is normal. No intracranial imaging was performed.",
        ),
        (
            "report_numbered",
            "CT CHEST/ABDOMEN. Impression: 1. Right haemothorax, moderate, with fractures of ribs 6-9. 2. No pneumothorax. 3. Small splenic laceration with perisplenic haematoma, grade II. 4. No free gas.",
        ),
        (
            "report",
            "CT abdomen. Indication: painful abdominal mass after coughing fit, on enoxaparin. Findings: Lenticular hyperdense collection within the left rectus sheath below the arcuate line measuring 11 cm craniocaudally with a haematocrit level. No active extravasation. Conclusion: rectus sheath haematoma.",
        ),
        (
            "cta_report",
            "CT angiography abdomen and pelvis. Large left retroperitoneal haematoma centred on the iliopsoas with a focus of active arterial extravasation from a lumbar artery branch. IR notified for embolisation.",
        ),
        (
            "discharge_letter",
            "Dear Dr Hussain, Your patient was admitted after a femoral angiogram complicated by a groin haematoma and a small pseudoaneurysm, treated with ultrasound-guided thrombin injection. Haemoglobin fell from 128 to 101 and recovered. She was discharged on day 3. Yours sincerely, Vascular team.",
        ),
        (
            "report",
            "ULTRASOUND LEFT CALF. Findings: 6 x 2 cm heterogeneous collection between the medial gastrocnemius and soleus, consistent with an intramuscular haematoma (tennis leg). Deep veins compressible. Impression: no DVT; calf muscle haematoma.",
        ),
        (
            "clinical_note",
            "Haematology clinic. Haemophilia A, severe. Since last visit: right knee haemarthrosis x2, treated with factor VIII at home. No head knocks, no headaches. Plan: increase prophylaxis, physio referral.",
        ),
        (
            "ed_note",
            "ED. 52M, L eye red since coughing, no pain, vision normal. Subconjunctival haemorrhage, BP 168/94. Reassured, BP to GP. No head CT needed.",
        ),
        (
            "consult",
            "Retina consult, infant 4 months, referred by paediatrics for possible NAI. Fundoscopy: multilayered retinal haemorrhages in both eyes extending to the ora serrata. Report to the safeguarding team. Neuroimaging was reported by radiology separately; this consult concerns the eyes only.",
        ),
        (
            "report",
            "CT head and cervical spine. Head: large left frontal and periorbital soft-tissue haematoma; the calvarium and the brain are intact with no intracranial collection. Cervical spine: no fracture.",
        ),
        (
            "dictation",
            "CT brain without contrast comma trauma period findings colon left occipital scalp hematoma measuring 2 centimetres period no skull fracture period no intracranial abnormality period impression colon scalp hematoma only period end of dictation",
        ),
        (
            "report",
            "CT NECK: Dissection flap is not seen. Haematoma in the left sternocleidomastoid muscle after central line attempts, 3 cm, with no airway compromise. Posterior fossa on the included images is normal.",
        ),
        (
            "gp_letter",
            "Dear colleague, thank you for seeing Mrs A, 66, who has a spontaneous large bruise in the right thigh. CT thigh showed an intramuscular haematoma in the vastus lateralis. She takes rivaroxaban for AF. No falls, no head injury. Kind regards.",
        ),
        (
            "clinical_note",
            "ICU day 4 progress. CVS: pericardial effusion with haemopericardium post cardiac surgery, drained, 250 ml blood-stained. Neuro: sedation hold, moves all 4 limbs, pupils equal. Renal: stable. Plan: repeat echo.",
        ),
        (
            "report_caps",
            "MRI LUMBAR SPINE. FOLLOWING EPIDURAL ANAESTHESIA THERE IS A DORSAL EPIDURAL HAEMATOMA AT L3-L4 WITH SEVERE THECAL SAC COMPRESSION. THE DISTAL CORD AND CONUS APPEAR NORMAL. URGENT NEUROSURGICAL REVIEW.",
        ),
    ],
    "neg_mimic": [
        (
            "report",
            "CT HEAD. Comparison: 3 weeks ago. Findings: Bilateral frontal subdural fluid collections, isodense to CSF (4 HU), now 5 mm, smaller than before. No hyperdense component. Impression: resolving bilateral subdural hygromas; no blood in them.",
        ),
        (
            "mri_report",
            "MRI brain with gadolinium. Findings: Diffuse smooth pachymeningeal enhancement and thickening, sagging of the brainstem, engorged venous sinuses and a thin CSF-signal subdural fluid layer over both convexities that follows CSF on every sequence. No blood products on SWI. Impression: intracranial hypotension with subdural effusions.",
        ),
        (
            "report",
            "CT head with contrast. Indication: fever after sinusitis. Findings: A lentiform fluid collection along the left frontal convexity with a thick enhancing rim, density 22 HU, restricting diffusion on the subsequent MRI. Frontal sinus opacification. Impression: subdural empyema, not a haematoma. Neurosurgery informed.",
        ),
        (
            "teaching",
            "Pitfall of the week: after cardiac arrest, diffuse cerebral swelling makes the basal cisterns and sulci look bright because the brain around them is dark and the dura is engorged. Density measurements were 32-38 HU in the cisterns. This is pseudo-subarachnoid haemorrhage; the patient in today's case had no blood at autopsy.",
        ),
        (
            "report",
            "CT brain. Findings: Coarse dense foci in both globi pallidi and the dentate nuclei measuring 400-600 HU. Physiological calcification of the pineal gland and choroid plexus. No acute intracranial abnormality; no haemorrhage.",
        ),
        (
            "cta_report",
            "CT post thrombectomy (dual-energy). Hyperattenuation in the left lentiform nucleus and insular cortex. On the iodine map it is entirely iodine and it disappears on the virtual non-contrast image. Conclusion: contrast staining after thrombectomy; no haemorrhagic transformation.",
        ),
        (
            "ed_note",
            "Stroke call 09:12. Sudden L hemiplegia, NIHSS 17. CT: dense R MCA (M1) sign, ASPECTS 9, no bleed. CTA: R M1 occlusion. Alteplase given 09:40, transfer for thrombectomy.",
        ),
        (
            "report",
            "CT HEAD. The dural venous sinuses and the cortical veins are diffusely dense (HU 65) with matching dense arteries; haematocrit 0.62. No parenchymal or extra-axial abnormality. Impression: dense vessels from polycythaemia; not thrombosis or haemorrhage.",
        ),
        (
            "mri_report",
            "MRI brain. A 9 mm mulberry-like lesion in the right pons with a complete hemosiderin rim and no surrounding oedema, no change from two years ago. No evidence of recent bleeding. Impression: stable cavernous malformation, no new haemorrhage.",
        ),
        (
            "report",
            "CT head. Hyperdense well-circumscribed dural-based mass along the falx, 2.1 cm, with a broad dural base and adjacent hyperostosis; it enhances homogeneously after contrast. No perilesional oedema. Impression: probable meningioma. No intracranial haemorrhage.",
        ),
        (
            "report_numbered",
            "CT BRAIN. Impression: 1. A hyperdense 8 mm lesion at the foramen of Monro, smooth and round, no hydrocephalus: most likely a colloid cyst. 2. Streak artefact through the posterior fossa from the petrous bones. 3. No haemorrhage.",
        ),
        (
            "cta_report",
            "CT venogram: The superior sagittal sinus and right transverse sinus are dense on the plain images and show filling defects after contrast, in keeping with venous sinus thrombosis. No venous infarct, no parenchymal haemorrhage, no subarachnoid blood.",
        ),
        (
            "clinical_note",
            "Neurosurgery ward round. Subjective: headache improving. Imaging: repeat CT shows the bilateral CSF-density subdural collections (hygromas) are decreasing; no hyperdense component. Plan: continue conservative, mobilise, CT in 6 weeks only if symptoms.",
        ),
        (
            "report",
            "CT head, day 5 post bypass. Bilateral thin frontal extra-axial collections of water density, typical of subdural effusions after the CSF shift at surgery. No blood-density component, no mass effect.",
        ),
        (
            "mri_report",
            "MRI brain, pre and post contrast. Findings: left temporal intra-axial ring-enhancing lesion with a smooth, thin capsule, central diffusion restriction and surrounding vasogenic oedema. No susceptibility artefact in the wall. Impression: cerebral abscess; no haemorrhagic component.",
        ),
        (
            "report",
            "CT head. Curvilinear hyperdensity along the tentorium and falx, symmetric, measuring 50 HU, in a 14-year-old. This is normal dense dura in a young patient and not subdural blood. No other finding.",
        ),
        (
            "dictation",
            "CT head period findings colon there is a rounded calcified density in the right occipital lobe new line it measures 1 point 2 centimetres with 300 Hounsfield units comma consistent with a calcified granuloma period no haemorrhage period end",
        ),
        (
            "report_caps",
            "CT HEAD FOLLOWING MYELOGRAPHY. DENSE MATERIAL IN THE BASAL CISTERNS AND SYLVIAN FISSURES MEASURING OVER 200 HU IS INTRATHECAL CONTRAST FROM THIS MORNING'S MYELOGRAM. NO SUBARACHNOID HAEMORRHAGE. NO HYDROCEPHALUS.",
        ),
        (
            "mri_report",
            "MRI brain SWI. Multiple punctate foci of susceptibility in the basal ganglia which are bright on the phase map (diamagnetic), corresponding to calcification on the prior CT. They are not microbleeds. No blood products.",
        ),
        (
            "consult",
            "Neurology consult, ICU. Question: is the CT dense area a bleed? Answer: the left MCA bright segment is thrombus in the artery (hyperdense artery sign); parenchyma is intact; no haemorrhage. Recommend CTA and thrombectomy discussion.",
        ),
        (
            "report",
            "CT head follow-up after subdural drain removal, 3 months. Residual bilateral CSF-density subdural collections 3 mm, i.e. small hygromas, improving. No acute or recurrent blood.",
        ),
        (
            "us_report",
            "Cranial ultrasound at 32 weeks corrected. Bilateral linear branching echogenic stripes in the thalami and basal ganglia: lenticulostriate vasculopathy. The germinal matrix and ventricles are normal with no haemorrhage.",
        ),
        (
            "report",
            "CT head contrast-enhanced for staging. Tiny dense focus at the choroid plexus of the left atrium and a thin enhancing dural rim over the right convexity following recent craniotomy; dura thickening is post-surgical. No intra- or extra-axial blood.",
        ),
        (
            "teaching",
            "Case conference: 58-year-old with a dural-based mass and diffuse dural thickening seen on MRI with smooth enhancement; biopsy showed IgG4-related pachymeningitis. Teaching point: dural thickening and enhancement are not a subdural haematoma; there was no blood on any sequence.",
        ),
    ],
    "neg_note_past_history": [
        (
            "clinical_note",
            "Pre-op assessment clinic. PMH: 1. Aneurysmal subarachnoid haemorrhage 2014, coiled, no deficit. 2. Hypertension. 3. Asthma. Drugs: amlodipine, salbutamol. Airway: Mallampati 2. Plan: fit for laparoscopic cholecystectomy.",
        ),
        (
            "gp_letter",
            "Dear Dr Okafor, I saw Mr T in the memory clinic. His background includes a right thalamic intracerebral haemorrhage in 2018 with a mild residual left hemisensory loss. MoCA today 24/30. I have requested a routine MRI and will see him after it. Yours sincerely, Dr L. Brandt.",
        ),
        (
            "clinical_note",
            "Family history: mother died of a brain haemorrhage (ruptured aneurysm) at 48; maternal aunt had polycystic kidneys. Patient 32F, asymptomatic, asking about screening. Plan: MR angiogram for aneurysm screening, discuss results at follow-up.",
        ),
        (
            "consult",
            "Cardiology consult for AF. Anticoagulation question. Background: previous subdural haematoma after a fall in 2020, evacuated via burr holes, none since. CHA2DS2-VASc 5, HAS-BLED 3. Recommend left atrial appendage occlusion rather than long-term anticoagulation.",
        ),
        (
            "discharge_letter",
            "DISCHARGE SUMMARY. Diagnosis: community-acquired pneumonia. Past history: cerebral amyloid angiopathy with lobar haemorrhage 2019 (left occipital), hypertension, osteoarthritis. Course: IV co-amoxiclav then oral; no neurological events. Discharged home day 5.",
        ),
        (
            "ed_note",
            "ED. 45M, back pain after lifting. PMHx: EDH age 19 (MVA, craniotomy), nil else. Exam: paraspinal tenderness, neuro intact. Plan: analgesia, physio leaflet.",
        ),
        (
            "clinical_note",
            "Neurology clinic, epilepsy review. History: focal seizures since a traumatic left temporal contusion and subdural bleed in 2009 (motorbike). Seizure-free 14 months on lamotrigine. Plan: continue, driving advice reiterated.",
        ),
        (
            "case_summary",
            "Case summary: 61-year-old woman, known to the service since a grade 2 SAH from a posterior communicating aneurysm 9 years ago (clipped). Presents now with a fractured wrist after slipping on ice. No head injury. Managed in plaster.",
        ),
        (
            "clinical_note",
            "Obstetric booking. Past medical: AVM bleed at 16 treated with radiosurgery, obliterated on 2021 angiogram. Para 0. Plan: joint neuro-obstetric review, no contraindication to vaginal delivery per neurosurgery letter.",
        ),
        (
            "gp_letter",
            "Re: driving licence medical. Mr B suffered a spontaneous cerebellar haemorrhage in March 2022 and made a full recovery. There have been no further events and no seizures. I support the return of his licence.",
        ),
        (
            "clinical_note",
            "Stroke rehab MDT. History of presenting complaint (original admission, 6 months ago): left basal ganglia haemorrhage. Today's MDT: independent with stick, speech therapy discharged. Goals met. Discharge from rehab caseload.",
        ),
        (
            "consult",
            "Anaesthetic review before spinal anaesthesia. Relevant history: intraventricular haemorrhage as a premature neonate (grade II), shunt never needed. No neurological deficit. Spinal is not contraindicated.",
        ),
        (
            "clinical_note",
            "Psychiatry liaison note. Background: depression since her husband's death; personal history of a subarachnoid bleed in 2016 (perimesencephalic, angiogram negative). Mental state today: low mood, no suicidal ideation. Plan: sertraline titration.",
        ),
        (
            "discharge_letter",
            "Dear GP, Ms K (74) attended the falls clinic. Previous history of chronic subdural haematoma 2021 drained. Today: orthostatic drop of 30 mmHg; we have stopped doxazosin. No head injury in the recent falls. Plan: review in 8 weeks.",
        ),
        (
            "teaching",
            "Genetics teaching case: a family in which three relatives (father, paternal uncle, grandmother) died from intracranial haemorrhage in their fifties. The proband, 29, has normal MRA and MRI and is counselled about familial aneurysm screening.",
        ),
        (
            "ed_note",
            "ED. 80F, UTI symptoms. Hx: AF (not anticoagulated because of a past ICH in 2017), CKD3. Urine dip +ve. Rx nitrofurantoin, home with district nurses.",
        ),
        (
            "clinical_note",
            "Vascular surgery clinic. Past history of haemorrhagic stroke 2015 noted. Current problem: 5.8 cm abdominal aortic aneurysm. Plan: EVAR workup, anaesthetic assessment.",
        ),
        (
            "case_summary",
            "Morning report. Presenting problem: 38-year-old with diabetic ketoacidosis. Background list: type 1 diabetes, hypothyroidism, traumatic subdural in childhood (non-accidental, in care since age 2). Management of DKA per protocol; recovered.",
        ),
        (
            "clinical_note",
            "NEUROSURGERY OUTPATIENTS. Reason for visit: annual surveillance. History: left frontal extradural haematoma evacuated in 2019 after an assault; cranioplasty 2020. Current: no complaints, wound healed. Plan: discharge from follow-up. Examination: GCS 15, no focal deficit. Imaging: none requested today. Social: back at work as a builder, drives. Medications: none. Allergies: penicillin (rash). Impression: fully recovered from the old injury; no new neurological concern. Letter to GP copied. Safety-net advice: return if severe headache, vomiting, drowsiness or new weakness. Counselled about helmet use when cycling and about alcohol intake, which is now within recommended limits. The patient asked whether the titanium plate would set off airport security; reassured that it usually does not, and given a letter. He also asked about contact sports; advised to avoid boxing and rugby tackles. Follow-up: none planned; GP to re-refer if any concern. Time spent: 20 minutes, most of it on counselling and on completing the driving and occupational health forms he brought.",
        ),
        (
            "discharge_letter",
            "DISCHARGE SUMMARY - GENERAL MEDICINE. Admission reason: hyponatraemia (Na 118) with confusion. Past medical history: (1) Subarachnoid haemorrhage 2012 from an anterior communicating aneurysm, clipped, with mild executive dysfunction since. (2) Type 2 diabetes. (3) Depression on citalopram. Hospital course: the confusion was attributed to SIADH secondary to citalopram; sodium was corrected slowly with fluid restriction, rising to 131 by day 6. A CT head on admission was ordered by the admitting team because of the confusion and was reported as showing the old clip artefact and mild frontal encephalomalacia from the 2012 surgery with no acute change. The confusion resolved in parallel with the sodium. Citalopram was changed to mirtazapine after discussion with the patient and her daughter. Medications on discharge: metformin, mirtazapine 15 mg nocte. Follow-up: sodium check with the GP in one week, memory clinic referral already in place. The patient and family understand the plan. Signed, FY2 for Dr Ansari, consultant physician.",
        ),
    ],
    "neg_ruled_out": [
        (
            "ed_note",
            "Thunderclap headache 2 days ago, now settled. CTH at 5 h from onset negative for blood, LP at 12 h: no xanthochromia. SAH excluded. d/c with migraine plan.",
        ),
        (
            "discharge_letter",
            "Dear Dr Patel, Mrs N was admitted with a sudden severe headache during exercise. A CT brain and a CT angiogram ruled out an intracranial bleed and an aneurysm. The diagnosis is primary exertional headache. She may return to the gym gradually.",
        ),
        (
            "clinical_note",
            "Medical SHO note, 02:30. Asked to see: fall from bed, on apixaban. Hit forehead. CT head performed and reviewed with radiology: intracranial haemorrhage excluded. Plan: neuro obs 4 hourly for 24 h, continue apixaban.",
        ),
        (
            "case_summary",
            "A 27-year-old man had a generalised seizure after sleep deprivation. Imaging in the ED ruled out haemorrhage, mass and stroke; the EEG showed generalised spike-wave. Diagnosis: juvenile myoclonic epilepsy. Started on levetiracetam.",
        ),
        (
            "consult",
            "Haematology consult. Thrombocytopenia (plt 12) with a headache. Q: intracranial bleed? A: CT head this afternoon showed no intracranial haemorrhage; bleed excluded. Recommend platelet transfusion only if active bleeding or procedure; start steroids for ITP.",
        ),
        (
            "gp_letter",
            "Thank you for referring this 55-year-old with a worst-ever headache. He had a CT within 6 hours in our ED, which excluded subarachnoid bleeding according to the NICE pathway; no LP was needed. We think this was a migrainous event. No follow-up arranged.",
        ),
        (
            "clinical_note",
            "ICU handover. Bed 4: post-cardiac arrest day 2. Neuroprognostication: CT brain yesterday ruled out any haemorrhage or large infarct; some loss of grey-white differentiation. EEG today. Target temp 36. Family meeting at 4.",
        ),
        (
            "ed_note",
            "Paeds ED. 10mo rolled off sofa onto carpet (~45 cm). Cried at once, feeding well. PECARN low risk. No imaging; clinically a bleed is unlikely and observation 4h was normal. Home with advice.",
        ),
        (
            "discharge_letter",
            "Discharge summary. Presenting complaint: post-partum headache day 3. Investigations: MRI brain and MR venography - no venous thrombosis, no haemorrhage, no PRES. Diagnosis: post-dural puncture headache, treated with an epidural blood patch with resolution.",
        ),
        (
            "clinical_note",
            "Neurology ward round: 63M admitted with vertigo. MRI with DWI/SWI: no cerebellar infarct, no bleed found. Head impulse test positive. Dx: vestibular neuritis. Plan: vestibular rehab.",
        ),
        (
            "teaching",
            "Quiz answer: the 40-year-old with a 'worst headache' and a normal CT at 3 hours from onset on a modern scanner read by a neuroradiologist has had subarachnoid haemorrhage effectively excluded; the sensitivity within 6 hours approaches 100%. In this case the diagnosis was reversible cerebral vasoconstriction, with no bleed on any study.",
        ),
        (
            "consult",
            "Neurosurgery phone advice: CT reviewed remotely — no intracranial blood, no fracture. Haemorrhage ruled out; not for neurosurgical input. Please manage the scalp laceration locally.",
        ),
        (
            "ed_note",
            "Minor injuries. Assault, punched x2, no LOC. GCS 15. CT head done as per guideline (age >65): negative, no bleed. Facial abrasions cleaned. Discharged with head injury advice.",
        ),
        (
            "case_summary",
            "Summary: 72-year-old with new confusion on warfarin (INR 3.1). CT head negative for hemorrhage. Confusion attributed to urinary sepsis, resolved with antibiotics.",
        ),
        (
            "clinical_note",
            "Obstetrics: 36/40, severe headache and BP 172/110. Neuro exam normal. MRI brain: no haemorrhage, no PRES - intracranial bleeding was excluded. Magnesium started; delivery planned.",
        ),
        (
            "report",
            "CT head. History: syncope with head strike. Findings: Normal brain parenchyma. No extra-axial collection. Ventricles normal. Conclusion: no intracranial haemorrhage — bleed ruled out.",
        ),
        (
            "gp_letter",
            "Dear Dr Mensah, Your patient with haemophilia B fell off his bicycle last week. In view of the bleeding disorder we performed a CT brain, which was normal — there was no intracranial bleed. Factor IX was given as prophylaxis. Best wishes, Haemophilia Centre.",
        ),
        (
            "ed_note",
            "ED re-attender. Headache since yesterday's fall. Yesterday's CT (reviewed): ruled out haemorrhage. Today neuro exam normal; post-concussion symptoms. Advice, GP review.",
        ),
        (
            "clinical_note",
            "Geriatric medicine progress note. Problem list: 1) Delirium - improving. 2) Fall with head strike Monday - CT head Monday excluded intracranial haemorrhage, repeat at 24 h (on DOAC) also no bleed. 3) Constipation. Plan: continue.",
        ),
        (
            "consult",
            "NEUROLOGY CONSULT NOTE. Reason for consult: sudden left arm weakness, resolved in 40 minutes. History of presenting illness: 68-year-old right-handed man, hypertensive, smoker, on no antithrombotic, developed clumsiness and weakness of the left arm while gardening; it lasted about 40 minutes and then recovered completely. No headache, no vomiting, no loss of consciousness. Examination: normal, NIHSS 0. Investigations: CT brain on arrival excluded haemorrhage and showed no established infarct; CT angiogram showed 70% stenosis of the right internal carotid origin; ECG sinus rhythm. Bloods: LDL 4.2, HbA1c 44. Assessment: right hemisphere TIA due to symptomatic carotid stenosis; an intracranial bleed has been ruled out, so antiplatelet therapy is safe to start. Plan: aspirin 300 mg for 2 weeks then clopidogrel 75 mg; atorvastatin 80 mg; urgent vascular surgery referral for carotid endarterectomy within 2 weeks; smoking cessation; driving advice given (no driving for one month). Thank you for the referral; we will follow him in the TIA clinic.",
        ),
    ],
    "neg_indication_only": [
        (
            "report",
            "CT HEAD. Clinical question: ?SAH, sudden occipital headache 4 h. Technique: axial non-contrast. Findings: Cisterns and sulci are clear. No parenchymal abnormality. Ventricles normal size. Conclusion: normal CT head.",
        ),
        (
            "report_caps",
            "CT BRAIN. INDICATION: EVALUATE FOR INTRACRANIAL BLEED, FALL ON ANTICOAGULATION. FINDINGS: AGE-APPROPRIATE VOLUME LOSS. NO ACUTE ABNORMALITY. IMPRESSION: NO ACUTE INTRACRANIAL FINDING.",
        ),
        (
            "report",
            "Request: 'please exclude haemorrhage - GCS dropped 15 to 13'. CT head: small vessel changes; no acute intracranial abnormality; no collection. Comment: a metabolic cause for the GCS drop should be considered.",
        ),
        (
            "qa_note",
            "Q: Bleed on the CT? A: No. Q: Fracture? A: No. Q: Safe to restart rivaroxaban? A: From an imaging view yes; clinical decision for the team.",
        ),
        (
            "mri_report",
            "MRI brain. Clinical details: new seizure; assess for haemorrhage or cavernoma. Findings: normal brain; no susceptibility abnormality on SWI; no cavernoma identified. Impression: normal MRI; no haemorrhage.",
        ),
        (
            "dictation",
            "CT head without contrast period indication colon rule out bleed comma patient on clopidogrel fell at nursing home period findings colon no acute intracranial abnormality period mild periventricular white matter change period end of report",
        ),
        (
            "report",
            "CT angiogram circle of Willis. Indication: thunderclap headache, r/o aneurysm or SAH. Findings: no aneurysm ≥2 mm; no vascular malformation. Non-contrast images: no subarachnoid blood. Impression: negative study.",
        ),
        (
            "us_report",
            "Cranial ultrasound, preterm 27+2 weeks, day 3. Indication: screening for intraventricular haemorrhage. Findings: ventricles normal size; germinal matrix normal echogenicity bilaterally; no IVH; no periventricular echodensity. Impression: normal scan; repeat day 7.",
        ),
        (
            "report_numbered",
            "CT HEAD - Indication: ?subdural, increasing confusion. Impression: 1. No extra-axial collection. 2. Generalised atrophy. 3. Old right cerebellar lacune.",
        ),
        ("ed_note", "? bleed — CT requested. CT: nil acute. Plan d/c w/ head injury advice, carer present."),
        (
            "report",
            "CT HEAD AND C-SPINE (trauma protocol). Reason: fall down stairs, assess for intracranial hemorrhage and spinal fracture. Brain: no hemorrhage, no contusion, no mass effect. C-spine: degenerative, no fracture.",
        ),
        (
            "clinical_note",
            "Neurosurgical referral (telephone). Question asked by the referring team: 'Is there any haemorrhage around the tumour?' Our review of the MRI: the left frontal glioma is unchanged; no blood products on SWI or T1. Answer: no haemorrhage. Continue oncology plan.",
        ),
        (
            "report",
            "MRI head (stroke protocol). Indication: evaluate for hemorrhagic transformation before anticoagulation. Findings: subacute left MCA cortical infarct, evolving as expected. No susceptibility blooming, no hemorrhagic transformation. Impression: safe from an imaging standpoint to start anticoagulation.",
        ),
        (
            "report",
            "CT head. Clinical: 'exclude ICH pre-thrombolysis'. Findings: no intracranial haemorrhage; early hypodensity not seen; ASPECTS 10. Vessels: see separate CTA.",
        ),
        (
            "qa_note",
            "Radiology hotline log. Caller: ED registrar. Query: any blood on the head CT of bed 12? Reply: none; scan normal. Reported at 03:14.",
        ),
        (
            "mri_report",
            "MRI BRAIN WITH SWI — INDICATION: cognitive decline, question microbleeds / amyloid angiopathy. FINDINGS: no microbleeds, no superficial siderosis, no lobar haemorrhage. Moderate hippocampal atrophy. CONCLUSION: no features of cerebral amyloid angiopathy.",
        ),
        (
            "report",
            "Head CT, 16-year-old, rugby collision. Question: intracranial injury? bleed? Findings: normal. Impression: no intracranial injury.",
        ),
        (
            "us_report",
            "Neonatal head ultrasound via anterior fontanelle. Reason: difficult forceps delivery, ?intracranial bleed. Findings: normal ventricles, normal echogenicity of the parenchyma, no extra-axial fluid. Conclusion: no haemorrhage seen.",
        ),
        (
            "cta_report",
            "CT venogram. Indication: headache, papilloedema, rule out venous sinus thrombosis and associated haemorrhage. Findings: all sinuses opacify normally; no thrombus; brain parenchyma normal without haemorrhage.",
        ),
        (
            "report",
            "CT HEAD WITHOUT CONTRAST. CLINICAL HISTORY: 79-year-old woman on apixaban for atrial fibrillation found on the floor of her bathroom by her son, unknown downtime, bruise over the right brow; the request asks us to look for an intracranial haemorrhage and for a skull fracture, and mentions that she has had two similar falls this year. COMPARISON: CT head 14 months ago. TECHNIQUE: helical non-contrast acquisition with axial, coronal and sagittal reformats in brain and bone windows. FINDINGS: Right periorbital soft-tissue swelling without underlying fracture. The brain parenchyma shows moderate generalised volume loss and confluent periventricular white matter low density, both unchanged from the comparison. No acute infarct is seen. Ventricles are proportionate to the sulci; no hydrocephalus. No extra-axial collection. Basal cisterns clear. Mastoids and paranasal sinuses clear. IMPRESSION: 1. No acute intracranial abnormality; specifically no intracranial haemorrhage and no skull fracture. 2. Stable chronic small vessel disease and atrophy. 3. Right periorbital soft-tissue swelling.",
        ),
    ],
    "neg_plain": [
        (
            "report",
            "CT HEAD. Findings: Established left MCA territory infarct with ex vacuo dilatation of the left lateral ventricle. No acute change. No haemorrhage.",
        ),
        (
            "mri_report",
            "MRI BRAIN/SPINE with contrast. Multiple ovoid periventricular T2-hyperintense lesions perpendicular to the ventricles, juxtacortical lesions, two enhancing (active). Cervical cord lesion at C3. Impression: demyelination, in keeping with multiple sclerosis with active disease.",
            "none",
        ),
        (
            "report",
            "CT brain. Small lacunar infarcts in the right internal capsule and left thalamus of indeterminate age. Moderate small vessel disease. No intracranial haemorrhage or mass.",
        ),
        (
            "mri_report",
            "MRI brain with gadolinium. A 3.4 cm heterogeneously enhancing mass in the right parietal lobe with central necrosis and extensive vasogenic oedema, 5 mm midline shift. No susceptibility to suggest blood. Impression: high-grade glioma most likely.",
            "negated",
        ),
        (
            "report",
            "CT NECK WITH CONTRAST. Enlarged necrotic left level II lymph node, 3.1 cm, and an asymmetric left tonsillar mass. Airway patent. Impression: suspected tonsillar carcinoma with nodal metastasis.",
            "none",
        ),
        (
            "report_caps",
            "CT HEAD: NO ACUTE INTRACRANIAL ABNORMALITY. NO HAEMORRHAGE, INFARCT OR SPACE-OCCUPYING LESION. SINUSES CLEAR.",
        ),
        (
            "report",
            "CT head. Moderate communicating hydrocephalus with temporal horn dilatation and periventricular lucency, compared with 6 months ago the ventricles are larger. VP shunt catheter tip in the right frontal horn. No haemorrhage along the catheter tract.",
        ),
        (
            "us_report",
            "Cranial ultrasound, term neonate, day 1, hypoxic-ischaemic encephalopathy being cooled. Diffusely increased parenchymal echogenicity with slit-like ventricles, in keeping with cerebral oedema. No haemorrhage.",
        ),
        (
            "cta_report",
            "CTA head and neck. 6 mm saccular aneurysm of the left MCA bifurcation, unruptured, incidental. No subarachnoid blood on the non-contrast images. Carotids normal. Recommendation: neurovascular MDT.",
        ),
        (
            "postop_report",
            "CT head, post-operative day 1 after right pterional craniotomy for aneurysm clipping. Expected post-surgical pneumocephalus and soft tissue swelling. Clip artefact. No haemorrhage at the operative bed. No infarct. Ventricles normal.",
        ),
        (
            "dictation",
            "MRI brain period findings colon symmetrical T2 high signal in the medial thalami and mamillary bodies comma periaqueductal grey matter also affected period no restricted diffusion period no blood products period impression colon Wernicke encephalopathy pattern period",
        ),
        (
            "mri_report",
            "MRI pituitary with dynamic contrast. A 6 mm hypoenhancing lesion in the left side of the adenohypophysis, no T1 hyperintensity, no fluid level, optic chiasm clear. Impression: pituitary microadenoma, no haemorrhage.",
        ),
        (
            "report",
            "CT head (epilepsy). Left mesial temporal atrophy. Otherwise normal. No mass, no haemorrhage, no calcified lesion.",
            "negated",
        ),
        (
            "ed_note",
            "ED. 29F, migraine with aura, typical of her usual. Neuro exam normal. No imaging. Metoclopramide + paracetamol, improved. Home.",
            "none",
        ),
        (
            "clinical_note",
            "Stroke unit day 2. Imaging: MRI DWI confirms a small right pontine infarct; SWI shows no haemorrhage. Exam: mild L facial and arm weakness. Plan: dual antiplatelet 21 days, statin, BP control, swallow assessment passed.",
        ),
        (
            "report_numbered",
            "MRI BRAIN. Impression: 1. Chiari I malformation, tonsils 8 mm below the foramen magnum. 2. No syrinx in the visualised cord. 3. No intracranial haemorrhage. 4. Normal ventricles.",
        ),
        (
            "report",
            "CT sinuses. Complete opacification of the right maxillary and ethmoid sinuses with obstruction of the ostiomeatal unit. No bony erosion. Orbits and intracranial contents normal.",
            "none",
        ),
        (
            "teaching",
            "Teaching file: posterior reversible encephalopathy syndrome in a child on chemotherapy. MRI shows symmetric parieto-occipital cortical and subcortical vasogenic oedema. In this case there was no haemorrhage, which occurs in a minority of PRES cases. Learning point: PRES can be atypical in distribution.",
        ),
        (
            "report",
            "MRI brain. Mild global atrophy, more pronounced in the medial temporal lobes (MTA score 2). Scattered white matter hyperintensities (Fazekas 1). No microbleeds, no infarcts.",
            "negated",
        ),
        (
            "postop_report",
            "CT head after left frontal EVD insertion. Catheter tip in the third ventricle. Small amount of pneumocephalus at the burr hole. No tract haemorrhage. Ventricular size decreased compared with yesterday.",
        ),
        (
            "clinical_note",
            "Paediatric neurology clinic. 7-year-old with headaches. MRI brain normal (no tumour, no hydrocephalus, no vascular lesion). Headache diary shows migraine without aura. Plan: lifestyle measures, review in 6 months.",
            "none",
        ),
        (
            "report",
            "CT HEAD, post-contrast. Ring-enhancing lesions at the grey-white junction in both hemispheres (five lesions, largest 14 mm in the left cerebellum) with surrounding oedema; none is hyperdense before contrast. Impression: metastases; no haemorrhagic component.",
        ),
        (
            "case_summary",
            "CASE SUMMARY (neuro-oncology MDT). Patient: 58-year-old woman, non-smoker, presenting with six weeks of word-finding difficulty and two focal seizures with speech arrest. Examination: mild expressive dysphasia, otherwise normal. Imaging: CT on presentation showed a left frontal low-density lesion without calcification or haemorrhage and with mild mass effect; MRI showed a 4.1 cm non-enhancing T2/FLAIR-hyperintense lesion in the left inferior frontal gyrus with a T2-FLAIR mismatch sign, no diffusion restriction and no susceptibility on SWI; perfusion showed low rCBV. Spectroscopy: raised choline/NAA. Discussion: the imaging favours an IDH-mutant astrocytoma, lower grade. Differential included a focal cortical dysplasia and an oligodendroglioma; the absence of calcification makes the latter less likely. Functional MRI and tractography requested. Plan: awake craniotomy for maximal safe resection, levetiracetam continued, neuropsychology assessment pre-operatively, driving restrictions explained. Outcome recorded in this summary: referral to the awake surgery list accepted; clinic letter to the GP and the patient. The patient's husband attended and his questions about prognosis were answered.",
        ),
    ],
    "pos_described_unnamed": [
        (
            "report",
            "CT HEAD. Findings: A biconvex extra-axial collection of 62 HU overlies the left temporal lobe beneath a squamous temporal bone fracture, 16 mm thick, with 4 mm of midline shift. Impression: as above; neurosurgical referral made.",
        ),
        (
            "report_caps",
            "CT HEAD. THERE IS A CRESCENTIC HIGH-ATTENUATION COLLECTION ALONG THE RIGHT CEREBRAL CONVEXITY, MAXIMUM THICKNESS 9 MM, EXTENDING ALONG THE TENTORIUM. EFFACEMENT OF THE RIGHT SULCI. NO FRACTURE.",
        ),
        (
            "report",
            "CT brain: dependent high-density material (58 HU) layers in the occipital horns of both lateral ventricles and in the fourth ventricle. Ventricles mildly enlarged.",
        ),
        (
            "report",
            "Non-contrast CT head. Hyperattenuating material fills the suprasellar, ambient and quadrigeminal cisterns and both Sylvian fissures. Early dilatation of the temporal horns. Conclusion: urgent CTA recommended.",
        ),
        (
            "dictation",
            "CT head period there is a lens shaped dense collection against the inner table of the right parietal bone comma pushing the brain away comma measuring 1 point 4 cm in depth period correction 1 point 3 cm period small air bubble nearby period impression colon urgent neurosurgical review",
        ),
        (
            "mri_report",
            "MRI brain. Right frontal lobar lesion, 2.8 cm, T1 hyperintense periphery with a T2 hypointense rim and marked blooming on SWI, surrounding oedema; a fluid-fluid level is present. No enhancing nodule.",
        ),
        (
            "report",
            "CT head after fall from ladder. Cortical and subcortical contusions of both frontal poles and the left temporal tip, largest 2.2 cm, with surrounding oedema.",
            "affirmed",
        ),
        (
            "report",
            "CT head (Spanish-trained reporter, translated): left thalamic focal lesion of hematic density, 2 cm, with opening into the third ventricle.",
            "affirmed",
        ),
        (
            "us_report",
            "Cranial ultrasound, 26-week preterm, day 2. Globular echogenic material fills and distends the right lateral ventricle, extending into the adjacent periventricular parenchyma as a fan-shaped echodensity. Left side normal.",
        ),
        (
            "report",
            "CT HEAD. Mixed density extra-axial collection over the left convexity with a swirl of high and low attenuation, 18 mm, effacing the left lateral ventricle; 9 mm rightward shift.",
        ),
        (
            "mri_report",
            "MRI brain, SWI/GRE: a 15 mm area of marked susceptibility blooming in the right basal ganglia that was not on last month's study, with surrounding T2 high signal; it is T1 isointense centrally with a T1 bright rim.",
        ),
        (
            "ed_note",
            "Trauma call. CT: dense fluid tracking along the falx and L tentorium, thin. Also scalp lac. Neuro obs, repeat scan 6h, NSx aware.",
        ),
        (
            "report",
            "CT head in a 3-month-old, inconsistent history. Bilateral extra-axial collections over the frontal lobes of differing densities, one hyperdense and one isodense to brain, plus a thin high-density layer along the posterior interhemispheric fissure. Skeletal survey and ophthalmology advised; safeguarding informed.",
        ),
        (
            "teaching",
            "Image of the week: see the dense triangle at the posterior horn of the lateral ventricle in this CT — the fluid is heavier than CSF and lies on the dependent side. Unknown case: answer next week.",
        ),
        (
            "report",
            "CT head: a rounded 3 cm hyperdense (65 HU) focus in the left cerebellar hemisphere with surrounding low-density rim, compressing the fourth ventricle; early hydrocephalus.",
        ),
        (
            "clinical_note",
            "NSx registrar note. Scan reviewed: right frontal and temporal contusions with small surrounding oedema, no extra-axial collection. GCS 14. Plan: repeat CT 12 h, hold enoxaparin.",
            "affirmed",
        ),
        (
            "cta_report",
            "CTA head. On the non-contrast phase a 4 cm hyperdense lobar focus in the left parietal lobe with a fluid level; on the arterial phase a punctate focus of contrast within it (spot sign). No underlying aneurysm or AVM.",
        ),
    ],
    "pos_indication_then_finding": [
        (
            "report",
            "CT HEAD. Clinical question: ?bleed, on warfarin, fell. Findings: Acute left frontoparietal subdural haematoma, 7 mm, with 3 mm midline shift. Impression: acute SDH; INR reversal advised.",
        ),
        (
            "report_caps",
            "CT BRAIN. INDICATION: RULE OUT HAEMORRHAGE. SUDDEN HEADACHE AND VOMITING. FINDINGS: SUBARACHNOID BLOOD IN THE BASAL CISTERNS AND THE ANTERIOR INTERHEMISPHERIC FISSURE. EARLY HYDROCEPHALUS. IMPRESSION: ACUTE SAH - CTA TO FOLLOW.",
        ),
        (
            "qa_note",
            "Q: Is there intracranial haemorrhage? A: Yes — a 2 cm right putaminal haematoma with no intraventricular extension. Q: Mass effect? A: Minimal.",
        ),
        (
            "mri_report",
            "MRI brain. Indication: evaluate for hemorrhagic transformation, day 3 after right MCA infarct. Findings: petechial hemorrhagic transformation in the right insular cortex (HI1) with blooming on SWI. Impression: hemorrhagic transformation type HI1.",
        ),
        (
            "us_report",
            "Cranial ultrasound, 25+6 weeks, day 4. Reason: IVH screen. Findings: left germinal matrix haemorrhage with blood filling less than half of the left lateral ventricle, ventricle not dilated (grade II). Right side normal. Plan: repeat in 3 days.",
        ),
        (
            "dictation",
            "CT head indication colon assess for bleed after assault period findings colon small acute extradural haematoma in the right occipital region comma 6 millimetres comma underlying linear fracture period no mass effect period",
        ),
        (
            "report",
            "Request: 'please exclude ICH - thrombolysis candidate'. CT: a left lobar intracerebral haemorrhage (3.5 x 2.8 cm) is present — not a thrombolysis candidate. Stroke team phoned 10:42.",
        ),
        (
            "report",
            "CTA head and neck. Indication: r/o aneurysm in patient with headache. Non-contrast: thin subarachnoid blood in the right Sylvian fissure. Angiographic: 5 mm right MCA bifurcation aneurysm. Impression: aneurysmal SAH.",
        ),
        (
            "ed_note",
            "? SDH — CT done: yes, small R convexity acute SDH 4mm. NSx: conservative, repeat CT 24h, stop aspirin.",
        ),
        (
            "report",
            "CT head. Reason for exam: evaluate for intracranial injury, 2-year-old, fall down 12 stairs. Findings: thin acute subdural haemorrhage along the left tentorium, 2 mm. No fracture. Impression: small tentorial SDH.",
        ),
        (
            "report_numbered",
            "MRI HEAD — Clinical details: ?microbleeds ?CAA. Impression: 1. Acute left occipital lobar haemorrhage, 2.5 cm. 2. Numerous lobar microbleeds and cortical superficial siderosis. 3. Findings in keeping with probable cerebral amyloid angiopathy.",
        ),
        (
            "clinical_note",
            "Reason for imaging as written on the request: 'exclude bleed pre LP'. CT result reviewed with the consultant: there is blood in the fourth ventricle and a small amount in the basal cisterns. LP cancelled, CTA requested.",
        ),
        (
            "cta_report",
            "CT venogram. Indication: rule out venous sinus thrombosis (headache, OCP). Findings: thrombosis of the left transverse and sigmoid sinuses. A 2 cm left temporal intraparenchymal haemorrhage adjacent to the occluded sinus (venous haemorrhagic infarct).",
        ),
        (
            "report",
            "CT head. Clinical: assess for haemorrhage, confusion post fall. Findings: there may be a small amount of subarachnoid blood in a left parietal sulcus; no other abnormality. Impression: possible small traumatic SAH; a repeat CT is suggested.",
            "uncertain",
        ),
        (
            "mri_report",
            "MRI pituitary. Indication: sudden headache and visual loss; question apoplexy. Findings: enlarged pituitary macroadenoma with a T1-hyperintense component and a fluid-fluid level, compressing the chiasm. Impression: pituitary apoplexy with haemorrhage into the adenoma.",
        ),
        (
            "report",
            "Head CT. History: question bleed, seizure on dabigatran. Result: acute intraventricular hemorrhage in the left lateral ventricle and a small left caudate head hemorrhage. No hydrocephalus.",
        ),
        (
            "consult",
            "NEUROSURGERY CONSULT. Reason for consult (ED): 'CT for ?bleed - please advise'. History: 84-year-old woman, on edoxaban for AF, found at home confused with new right-sided weakness after an unwitnessed fall two days ago; son reports a headache since then. Examination: GCS 13 (E3 V4 M6), right pronator drift, pupils equal and reactive. Imaging reviewed personally: left hemispheric subdural haematoma of mixed density, 14 mm thick, with 7 mm of left-to-right midline shift and effacement of the left lateral ventricle. No contusion. Bloods: Hb 121, platelets 240, creatinine 98. Assessment: subacute-on-acute left subdural haematoma with mass effect causing her confusion and right weakness. Plan: reverse edoxaban with andexanet alfa after discussion with haematology; consent obtained from the patient (with capacity for this decision) and her son for left burr-hole drainage; theatre tonight; keep nil by mouth; levetiracetam not routinely started; neuro obs hourly; post-operative CT in 24 hours. Thank you for the referral.",
        ),
    ],
    "pos_known_no_veto": [
        (
            "report",
            "CT HEAD, interval follow-up. The known left convexity subdural haematoma now shows layering with a haematocrit effect, thickness unchanged at 11 mm. No new haemorrhage elsewhere. Midline shift 3 mm, as before.",
        ),
        (
            "report_caps",
            "CT HEAD: STABLE RIGHT FRONTAL INTRAPARENCHYMAL HAEMATOMA, 2.1 CM, WITH MILD PERILESIONAL OEDEMA. NO NEW BLEED. NO HYDROCEPHALUS.",
        ),
        (
            "report_numbered",
            "CT HEAD (24 h follow-up). Impression: 1. Unchanged small traumatic SAH in the left Sylvian fissure. 2. No new intracranial haemorrhage. 3. No fracture.",
        ),
        (
            "ed_note",
            "Known SDH (seen last week, conservative). Re-attends with headache. CT: SDH same size 8mm, no fresh blood elsewhere. NSx happy, home.",
        ),
        (
            "mri_report",
            "MRI brain, follow-up. The right temporal haematoma is evolving (late subacute, T1 bright rim) with a similar size of 2.4 cm. No further bleeding and no new lesion. No underlying mass identified.",
        ),
        (
            "clinical_note",
            "Stroke ward round day 5. ICH (L putamen 18 ml) - repeat CT: no expansion, stable. BP 132/78. No new haemorrhage. Plan: mobilise, rehab referral.",
        ),
        (
            "report",
            "CT head. The bilateral chronic subdural collections persist with no change in thickness (right 12 mm, left 9 mm). There is no acute component and no new haemorrhage. No midline shift.",
        ),
        (
            "report",
            "Follow-up CT brain. Known intraventricular blood in the occipital horns, slightly less. No new bleeding. EVD in situ, ventricles decompressed.",
        ),
        (
            "dictation",
            "CT head follow up period the known right parietal contusion is unchanged in size with mild surrounding oedema period no new haemorrhage is seen period no other new finding period",
        ),
        (
            "clinical_note",
            "ICU neuro note. SAH day 7 (WFNS 2), coiled. TCD: mild MCA velocity rise. Repeat CT: residual subarachnoid blood in the basal cisterns, no rebleed, no new infarct. Plan: nimodipine, euvolaemia.",
        ),
        (
            "report",
            "CT head. The previously described acute subdural haematoma along the falx is again noted and measures 5 mm, unchanged. Negative for new intracranial haemorrhage. No herniation.",
        ),
        (
            "us_report",
            "Cranial ultrasound follow-up day 14, 28-week infant. Known right grade III IVH: clot retracting in the right lateral ventricle, ventricular index stable just above the 97th centile. No new haemorrhage; left side remains clear.",
        ),
        (
            "report",
            "CT head, 6 hours after the first study. Left temporal extradural haematoma unchanged (9 mm). Nothing new: no further haemorrhage, no contusion.",
        ),
        (
            "report",
            "MRI brain. Known left cerebellar haemorrhage, now early subacute, unchanged in size. No new blood products elsewhere on SWI. Fourth ventricle mildly compressed, unchanged.",
        ),
        (
            "postop_report",
            "CT head, day 1 after right burr holes for chronic SDH. Expected post-operative air and residual subdural fluid of mixed density, 8 mm, with a little fresh blood in the collection. Drain tip in place. No haemorrhage elsewhere.",
        ),
        (
            "report",
            "CT head. Stable small foci of haemorrhagic contusion in both frontal lobes. No new bleed. Ventricles and cisterns unchanged.",
        ),
        (
            "report",
            "CT HEAD WITHOUT CONTRAST — FOLLOW-UP. CLINICAL INFORMATION: 70-year-old man with a left acute subdural haematoma diagnosed 3 days ago after a fall, managed conservatively after reversal of his apixaban; nursing staff report a new mild headache but no change in GCS. COMPARISON: CT head 3 days ago and 24 hours after that. TECHNIQUE: axial non-contrast images with multiplanar reformats. FINDINGS: The known left frontoparietal subdural collection has become more heterogeneous, with interval layering of denser material posteriorly and a fluid-fluid (haematocrit) level. Its maximal thickness is 10 mm, compared with 10 mm previously. Midline shift is 4 mm, unchanged. The left lateral ventricle remains mildly effaced. No new haemorrhage elsewhere. No infarct. The basal cisterns are patent. The calvarium is intact. IMPRESSION: Evolving left subdural haematoma, stable in size, with a haematocrit level consistent with its age; no new bleeding elsewhere and no increase in mass effect. Continued conservative management and clinical observation are reasonable from an imaging standpoint; a further CT is suggested only if the clinical state changes.",
        ),
    ],
    "pos_mimic_with_blood": [
        (
            "report",
            "CT head. Bilateral frontal subdural hygromas, previously CSF density, now contain a new dependent hyperdense layer on the right with a fluid level: acute haemorrhage into the right hygroma. Left side unchanged.",
        ),
        (
            "cta_report",
            "Dual-energy CT 1 h after thrombectomy. Hyperdensity in the left caudate and putamen. Iodine overlay explains most of it as contrast staining, but a 12 mm focus persists on the virtual non-contrast image at 58 HU in the posterior putamen, representing haemorrhage. Impression: contrast staining plus a small parenchymal haematoma (PH1).",
        ),
        (
            "mri_report",
            "MRI brain. Left frontal cavernous malformation with a new surrounding T1-hyperintense rim and perilesional oedema, 2.2 cm, larger than the 8 mm lesion 1 year ago. Impression: acute haemorrhage from the known cavernoma.",
        ),
        (
            "report",
            "CT HEAD. A partly calcified right temporal mass (meningioma likely) and separate from it an acute intraparenchymal haematoma in the right temporal lobe, 2 cm, with oedema. Calcification alone does not explain the new hyperdensity (HU 60 vs 350 in the calcified rim).",
        ),
        (
            "mri_report",
            "MRI with contrast: multiple enhancing metastases from melanoma; the largest in the right occipital lobe shows T1 shortening and SWI blooming with a fluid level, consistent with intratumoural haemorrhage. Mild mass effect.",
        ),
        (
            "report_caps",
            "CT HEAD. SUDDEN HEADACHE AND OPHTHALMOPLEGIA. ENLARGED SELLA WITH A 2.6 CM SELLAR-SUPRASELLAR MASS CONTAINING HYPERDENSE BLOOD. IMPRESSION: PITUITARY APOPLEXY - HAEMORRHAGE INTO A MACROADENOMA.",
        ),
        (
            "cta_report",
            "CTA head. Hyperdense left MCA sign on non-contrast CT due to an M1 thrombus confirmed on CTA; in addition there is true subarachnoid blood in the left Sylvian fissure and over the convexity sulci (convexity SAH). Impression: M1 occlusion with a small convexity SAH.",
        ),
        (
            "teaching",
            "Teaching case: post-arrest brain swelling with 'pseudo-SAH' was suspected, but the cisternal density measured 68 HU, far above the 30s of pseudo-SAH, and CTA later showed a ruptured basilar tip aneurysm. The diagnosis was genuine aneurysmal subarachnoid haemorrhage.",
        ),
        (
            "mri_report",
            "MRI brain and spine. Intracranial hypotension pattern: diffuse dural thickening and enhancement, brainstem sag. Bilateral subdural collections, now T1 hyperintense, representing subacute subdural haematomas (8 mm each) rather than the simple effusions seen previously.",
        ),
        (
            "report",
            "CT head with contrast. Left frontal subdural empyema with a rim-enhancing lentiform collection; in addition a hyperdense crescentic component along its deep margin consistent with haemorrhage within the empyema cavity. Neurosurgery aware.",
        ),
        (
            "report",
            "CT head. Choroid plexus calcification noted bilaterally. Beyond this, fresh blood layers in the dependent occipital horns bilaterally, i.e. intraventricular haemorrhage, with a small left thalamic haematoma as the source.",
        ),
        (
            "mri_report",
            "MRI brain (glioblastoma follow-up). The left temporal enhancing tumour has enlarged and now contains an acute haematoma, 3 cm, dark on SWI, with increased mass effect and 6 mm midline shift. Impression: tumour progression with intratumoural haemorrhage.",
        ),
        (
            "report",
            "CT head, 3 weeks after evacuation. The left subdural space still contains a hygroma-like CSF-density collection, but with a new 6 mm hyperdense acute component along the convexity: rebleed into the residual collection.",
        ),
        (
            "mri_report",
            "MRI brain with venography. Cortical vein thrombosis with a dense cord sign in a right frontal vein, and a 1.5 cm adjacent juxtacortical haemorrhage with SWI blooming. Sinuses patent.",
        ),
        (
            "report",
            "CT head. Hyperdense dural venous sinuses (haematocrit 0.58) were noted before, but today there is also a new acute subdural haemorrhage over the right tentorium, 4 mm, distinct from the dense sinus.",
        ),
        (
            "clinical_note",
            "Neuro-oncology note. Known renal cell carcinoma brain metastases. Today: sudden worse headache. CT: bleed into the right frontal metastasis, 2.5 cm, with oedema. Plan: dexamethasone, NSx opinion, hold SRS.",
        ),
        (
            "report",
            "CT HEAD. Post-myelogram contrast is still present in the basal cisterns (HU 180). Separately, there is a 7 mm acute subdural haematoma along the left convexity (HU 62) not attributable to contrast.",
        ),
    ],
    "pos_not_purely_historical": [
        (
            "report",
            "CT head. Prior right frontal haematoma cavity from 2021 is present; new acute haemorrhage in the left occipital lobe, 2.7 cm.",
        ),
        (
            "clinical_note",
            "ICU note. SAH from AComm aneurysm 2 days ago, coiled. Overnight sudden GCS drop. CT: re-bleed with new blood in the interhemispheric fissure and ventricles. NSx informed.",
        ),
        (
            "report",
            "CT HEAD. Acute-on-chronic right subdural haematoma: chronic hypodense collection with a new dependent hyperdense acute component; total thickness 19 mm, midline shift 8 mm.",
        ),
        (
            "mri_report",
            "MRI brain. Previous or recent haemorrhagic transformation of the right MCA infarct: SWI shows blood products in the infarct which were not present on the admission study two weeks ago. Impression: haemorrhagic transformation in the interval.",
        ),
        (
            "discharge_letter",
            "Dear Dr Ng, Mr F, who had a cerebellar haemorrhage in 2019, was admitted this time with a new right basal ganglia intracerebral haemorrhage (12 ml). He was managed on the stroke unit and discharged to rehabilitation. Regards.",
        ),
        (
            "report",
            "CT head follow-up. The previously evacuated left subdural haematoma has recollected: 14 mm mixed-density collection with fresh blood. Midline shift 5 mm.",
        ),
        (
            "report_numbered",
            "CT BRAIN. Impression: 1. Old left parietal encephalomalacia from prior haemorrhage. 2. New acute intraventricular haemorrhage in the right lateral ventricle. 3. No hydrocephalus.",
        ),
        (
            "ed_note",
            "Hx of SDH 2 yrs ago. Now fall on apixaban. CT: new thin acute SDH R side (old L SDH gone). NSx: obs, reverse.",
        ),
        (
            "mri_report",
            "MRI. A known left pontine cavernoma has bled again: it has doubled in size with new surrounding oedema and T1 bright methaemoglobin.",
        ),
        (
            "us_report",
            "Cranial ultrasound day 10, 24-week preterm. Previous bilateral grade II IVH; today new echogenic clot has appeared in the dilated left ventricle with a periventricular parenchymal echodensity: extension to a periventricular haemorrhagic infarction.",
        ),
        (
            "clinical_note",
            "Haemophilia clinic: past intracranial bleed at age 3. This week: fell at school, new small extradural haematoma on CT, admitted for factor cover and observation.",
        ),
        (
            "report",
            "CT head. Old blood products and new: the chronic left subdural collection is unchanged, and there is a fresh small right parafalcine acute subdural haematoma (3 mm).",
        ),
        (
            "case_summary",
            "Summary: 66F, amyloid angiopathy with lobar ICH in 2020 (right frontal), re-presents with aphasia; CT showed a new left temporal lobar haemorrhage. Anticoagulation remains contraindicated.",
        ),
        (
            "report",
            "CT head. Residual haemosiderin-stained cavity at the site of the 2018 thalamic bleed. There is recent bleeding into the same area with a new 1.5 cm hyperdense haematoma.",
        ),
        (
            "mri_report",
            "MRI brain post AVM radiosurgery (2019). The nidus is smaller but there is a new subacute haematoma adjacent to it in the right occipital lobe (T1 bright), i.e. AVM rebleed.",
        ),
        (
            "report",
            "CT head, day 2 after thrombolysis. The haemorrhagic transformation described yesterday has enlarged into a parenchymal haematoma (PH2), 4 cm, with mass effect.",
        ),
        (
            "gp_letter",
            "RE: MRS V, 59. HISTORY: aneurysmal SAH in 2015 (coiled). PRESENTING NOW: sudden headache at work. ED CT showed fresh subarachnoid blood around the previously coiled aneurysm with coil compaction; she has had a recurrence and re-bleed. She was re-treated with stent-assisted coiling. PLAN: nimodipine for 21 days; neurovascular clinic in 6 weeks; please check sodium twice weekly. Kind regards, Neurovascular nurse specialist, on behalf of Mr Adeyemi.",
        ),
    ],
    "pos_note_sections": [
        (
            "clinical_note",
            "Progress note, neurology. S: headache better. O: GCS 15, mild R arm drift. Imaging: CT day 1 - L frontal lobar haemorrhage 20 ml; CTA no vascular lesion. A: lobar ICH, ?CAA. P: BP <140, MRI in 6 weeks.",
        ),
        (
            "discharge_letter",
            "DISCHARGE LETTER. Diagnosis: traumatic acute subdural haematoma (left, 6 mm), managed conservatively. Hospital course: admitted after a fall; warfarin reversed with PCC and vitamin K; repeat CT at 24 h stable. Discharge: warfarin withheld until neurosurgery clinic review.",
        ),
        (
            "icu_note",
            "NEURO ICU DAILY NOTE. Neuro: WFNS 4 SAH (Fisher 4), EVD open at 10 cm; ICP 12-18. Resp: ventilated, FiO2 0.35. CVS: nimodipine, noradrenaline for MAP > 90. Plan: CT today, TCDs.",
        ),
        (
            "ed_note",
            "HPI: 19M, punched, LOC 1 min, lucid then vomiting x3. CT: R temporal EDH 11mm + skull #. NSx accepted, theatre.",
        ),
        (
            "clinical_note",
            "Hospital course (copied to problem list): #1 Right cerebellar haemorrhage 3 cm with fourth ventricular compression — suboccipital decompression day 1. #2 Aspiration pneumonia — antibiotics. #3 Hypertension — amlodipine.",
        ),
        (
            "consult",
            "Stroke team consult. Impression section: left thalamic hypertensive intracerebral haemorrhage, ICH score 1, volume 9 ml with small IVH extension. Recommendations: SBP 130-140, reverse none (not anticoagulated), repeat CT 6 h.",
        ),
        (
            "gp_letter",
            "Dear Dr Fraser, Diagnosis: small subacute subdural haematoma on the left, found on the CT requested for her headaches. Neurosurgeons advise conservative management and a repeat scan in 4 weeks; please stop her aspirin until then.",
        ),
        (
            "case_summary",
            "Case summary. Presentation: 5-week-old with vomiting and a bulging fontanelle. Investigations: CT showed bilateral subdural haemorrhages of different ages; skeletal survey showed rib fractures. Outcome: child protection procedures, admitted.",
        ),
        (
            "clinical_note",
            "Paediatric neonatal unit note. Problems: 1. Prematurity 26/40. 2. Left grade III intraventricular haemorrhage on day 3 head scan with ventricular dilatation - daily OFC, weekly scans. 3. Ventilation weaning.",
        ),
        (
            "teaching",
            "Morning report, case 2. A 45-year-old cocaine user with sudden left weakness. Key image: a right putaminal haemorrhage of 25 ml. Teaching point: screen all young ICH patients for drugs and for a vascular lesion.",
        ),
        (
            "clinical_note",
            "OT note. Reason for referral: functional assessment after intracerebral bleed (right parietal, this admission). Findings: left neglect, needs supervision for transfers. Plan: neglect strategies, kitchen assessment next week.",
        ),
        (
            "discharge_letter",
            "Transfer summary to rehabilitation. Diagnosis this admission: aneurysmal subarachnoid haemorrhage (ruptured posterior communicating aneurysm, clipped day 1), complicated by hydrocephalus treated with a lumbar drain. Current function: walks with a frame.",
        ),
        (
            "ed_note",
            "Stroke call. 77F, warfarin, sudden dysphasia. INR 3.4. CT: 40 ml L temporal ICH. Beriplex + vit K given, SBP target <140, stroke unit.",
        ),
        (
            "icu_note",
            "Imaging section of today's ICU note: CT this morning shows the known diffuse axonal injury plus a new small haemorrhage in the corpus callosum splenium and intraventricular blood in the occipital horns. Plan: ICP monitoring.",
        ),
        (
            "clinical_note",
            "Major trauma ward note, day 2. Diagnosis: traumatic brain injury with bifrontal haemorrhagic contusions on yesterday's CT, today's repeat scan unchanged. Goals: early mobilisation; behaviour plan for disinhibition.",
        ),
        (
            "discharge_letter",
            "DISCHARGE SUMMARY — NEUROSURGERY. Patient: 58-year-old man. Admission date: 2 weeks ago. Presenting complaint: sudden severe occipital headache while lifting weights, followed by vomiting and brief loss of consciousness. Past medical history: hypertension, smoker. Investigations: CT head on admission showed diffuse subarachnoid haemorrhage in the basal cisterns and both Sylvian fissures with a small amount of intraventricular blood (modified Fisher 3) and early hydrocephalus; CTA demonstrated a 7 mm anterior communicating artery aneurysm. Procedures: external ventricular drain day 0; endovascular coiling day 1 with complete occlusion. Hospital course: nimodipine for 21 days; transcranial Dopplers showed mild vasospasm on day 6 treated with induced hypertension, without delayed ischaemia; the EVD was weaned and removed on day 10. Sodium fell to 129 on day 7 and responded to fludrocortisone. Condition at discharge: GCS 15, mild fatigue, independent. Medications: amlodipine, paracetamol. Follow-up: neurovascular clinic 6 weeks, MR angiography at 6 months. Advice: no driving until reviewed; stop smoking.",
        ),
        (
            "clinical_note",
            "GENERAL MEDICINE WARD ROUND — DAY 3. Presenting complaint: 81-year-old woman admitted with falls and confusion. History of presenting complaint: two falls in a week at her care home; on clopidogrel after a TIA. Examination today: GCS 14, disorientated in time, no focal weakness, bruise over the left occiput. Investigations: bloods show a mild AKI (creatinine 142) and CRP 12. Imaging: CT head on admission demonstrated a thin left-sided acute subdural haematoma over the convexity, 5 mm, with no midline shift; neurosurgical advice was conservative management with clopidogrel withheld and a repeat scan only if deterioration. Assessment: delirium multifactorial — subdural haematoma, AKI and possible constipation. Plan: 1. Withhold clopidogrel; neurosurgery to advise on restarting at 2 weeks. 2. IV fluids, repeat renal function tomorrow. 3. Laxatives. 4. Neuro obs 4-hourly; escalate if GCS falls by 2 or new focal signs. 5. Falls assessment and physiotherapy. 6. Update daughter by phone this afternoon.",
        ),
    ],
    "pos_plain": [
        (
            "report",
            "CT HEAD. Acute left occipital extradural haematoma, 12 mm, with an overlying undisplaced fracture. No midline shift. Impression: EDH — neurosurgery informed at 23:10.",
        ),
        (
            "report_caps",
            "CT HEAD: ACUTE SUBARACHNOID HAEMORRHAGE IN THE PREPONTINE AND PERIMESENCEPHALIC CISTERNS. VENTRICLES NORMAL. CTA ADVISED.",
        ),
        (
            "mri_report",
            "MRI brain. FLAIR hyperintensity in several sulci over the right convexity with corresponding SWI signal loss: acute convexity subarachnoid haemorrhage. No infarct. MRA normal.",
        ),
        (
            "us_report",
            "Cranial ultrasound, 29-week preterm infant, day 2. Bilateral germinal matrix haemorrhages confined to the caudothalamic grooves (grade I). Ventricles normal size.",
        ),
        (
            "report",
            "CT head. Large right basal ganglia intracerebral haemorrhage (45 ml) with intraventricular extension into both lateral and the third ventricles; acute hydrocephalus; 9 mm midline shift.",
        ),
        (
            "dictation",
            "CT head period findings colon acute subdural hematoma along the left hemisphere measuring 9 millimeters in thickness with 5 millimeter midline shift period um also small amount of blood along the falx period impression colon acute left subdural hematoma period",
        ),
        (
            "report_numbered",
            "CT HEAD. Impression: 1. Small left frontal subcortical haemorrhage, 1.2 cm. 2. Chronic small vessel disease. 3. Left maxillary sinus mucosal thickening.",
        ),
        (
            "postop_report",
            "CT head day 1 after resection of a right frontal glioma. Post-operative cavity with air and a 2.8 cm acute haematoma in the resection bed, larger than expected, with mass effect on the frontal horn. Surgeon informed.",
        ),
        (
            "report_addendum",
            "CT head. Findings: No acute abnormality. ADDENDUM (after second review with the neuroradiologist): a small acute subdural haematoma, 3 mm, along the right tentorium was missed on the first read. The referring team was informed by phone.",
        ),
        (
            "cta_report",
            "CTA head: left frontal AVM with a 3 cm acute intraparenchymal haemorrhage adjacent to the nidus and a small intranidal aneurysm, the likely rupture point.",
        ),
        (
            "mri_report",
            "MRI brain, neonate day 5 after traumatic ventouse delivery: small posterior fossa subdural haemorrhage along the tentorium and the occipital convexity, T1 bright. Brain parenchyma normal.",
        ),
        (
            "report",
            "Head CT: numerous hemorrhagic foci at the grey-white junction and in the corpus callosum consistent with diffuse axonal injury, plus a thin right convexity subdural hemorrhage.",
        ),
        (
            "report",
            "CT head with contrast (staging lung cancer): two enhancing metastases, the left parietal one hyperdense on the pre-contrast images with fluid level — haemorrhagic metastasis.",
        ),
        (
            "report_numbered",
            "MRI BRAIN. 1. Small chronic lacunes. 2. Meningioma 9 mm left convexity, stable. 3. Acute haemorrhage in the right pons, 1.4 cm, new. 4. Mild atrophy. Only item 3 is acute; stroke team contacted.",
        ),
        (
            "report",
            "CT HEAD: chronic right subdural haematoma 16 mm, hypodense, with 7 mm midline shift. Recommend neurosurgical referral.",
        ),
        (
            "report_addendum",
            "MRI brain. Impression: subacute left occipital infarct. ADDENDUM: On review of the SWI, there is a haemorrhagic component within the infarct (petechial haemorrhage, HI2); this changes anticoagulation timing. Discussed with Dr Chen.",
        ),
        (
            "report",
            "CT HEAD WITHOUT CONTRAST. HISTORY: 34-year-old woman, 2 days postpartum, sudden severe headache and a focal seizure; preeclampsia on this pregnancy. COMPARISON: none. FINDINGS: A 3.2 x 2.1 cm acute intraparenchymal haemorrhage in the right parietal lobe with a thin rim of surrounding oedema. A small amount of subarachnoid blood over the adjacent right parietal convexity sulci. Symmetric low density in the parieto-occipital white matter of both hemispheres, in keeping with vasogenic oedema. Ventricles normal size, no hydrocephalus. Midline shift 2 mm. Basal cisterns patent. No fracture; sinuses and mastoids clear. The dural venous sinuses appear normal in density. IMPRESSION: 1. Acute right parietal intraparenchymal haemorrhage with adjacent convexity subarachnoid blood. 2. Bilateral parieto-occipital oedema suggesting posterior reversible encephalopathy syndrome in this postpartum patient with preeclampsia; reversible cerebral vasoconstriction is a differential. 3. Recommend CT venography or MR venography to exclude venous sinus thrombosis and MRI with angiography when stable. Findings telephoned to the obstetric registrar.",
        ),
    ],
}


def rows() -> list[dict]:
    return numbered((TEXTS,), REPORT_STYLES, 6, "h6")


def main() -> None:
    write(OUT, rows())


if __name__ == "__main__":
    main()
