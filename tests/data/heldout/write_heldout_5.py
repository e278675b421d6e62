# ruff: noqa: E501  (report texts are kept on one line each)
"""Held-out set 5 (issue 18 kinds), written by hand by `writer5`; run to rebuild heldout-5.jsonl.

Every text was invented for this set. Each entry is (style, text) or (style, text, assertion) where the
assertion differs from the kind's default. The order in the JSONL is a fixed shuffle (seed 5).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from heldout_writer import numbered, write

OUT = Path(__file__).with_name("heldout-5.jsonl")

TEXTS: dict[str, list[tuple]] = {
    "neg_site_extracranial": [
        (
            "report",
            "CT HEAD WITHOUT CONTRAST. Findings: Large left parieto-occipital subgaleal collection of mixed attenuation measuring 5.8 x 1.9 cm. The calvarium is intact. Brain parenchyma, ventricles and extra-axial spaces are normal. Impression: Subgaleal haematoma; intracranial appearances normal.",
        ),
        (
            "ed_note",
            "ED: 80F mechanical fall, goose egg R temple, on apixaban. CTH: soft tissue swelling/haematoma over R temporalis only, nothing inside. Neuro obs 4 hrly, home with daughter.",
        ),
        (
            "report",
            "MRI orbits: Intraconal right orbital hematoma with proptosis and stretching of the optic nerve (tenting of the posterior globe). Intracranial compartment unremarkable.",
        ),
        (
            "clinical_note",
            "Ophthalmology note: post-blepharoplasty day 1, tense left orbit. Retrobulbar bleed confirmed on CT, lateral canthotomy performed at the bedside. Brain on the same CT normal.",
        ),
        (
            "report",
            "CT cervical spine: Dorsal epidural collection from C5 to T1 with hyperdense content, compatible with spontaneous spinal epidural haematoma, compressing the cord. Visualised posterior fossa normal.",
        ),
        (
            "mri_report",
            "MRI thoracic spine: ventral epidural hematoma T4-T7, T1 hyperintense, with mild cord flattening. No intradural abnormality.",
        ),
        (
            "dictation",
            "CT face comma without contrast period. Fluid level in the right maxillary antrum compatible with hemosinus period. Depressed right zygomatic arch fracture period. Brain comma where imaged comma unremarkable period.",
        ),
        (
            "report",
            "Ultrasound neck: Complex fluid collection in the left thyroidectomy bed, 4 cm, with echogenic clot, in keeping with post-operative neck haematoma. Airway displaced slightly to the right.",
        ),
        (
            "case_summary",
            "Case: 54-year-old on warfarin with INR 6.2 and a painful abdominal wall mass after coughing. CT showed a right rectus sheath haematoma extending below the arcuate line with active extravasation; treated with reversal and embolisation.",
        ),
        (
            "report",
            "CT abdomen/pelvis: Large left retroperitoneal haematoma centred on the psoas, 11 x 7 cm, with a contrast blush from a lumbar artery. Head was not imaged.",
        ),
        (
            "report",
            "CT chest: Moderate right haemothorax with dependent hyperdense layering (blood-fluid level). Displaced fractures of right ribs 5-8.",
        ),
        (
            "clinical_note",
            "Dermatology clinic: multiple linear dark red-brown streaks beneath several fingernails, consistent with subungual splinter haemorrhages. Echo requested given the murmur.",
        ),
        (
            "teaching",
            "Teaching point: splinter hemorrhages in the nail bed are a peripheral sign of endocarditis; they tell you nothing about the brain, and in this patient the head CT was normal.",
        ),
        (
            "report",
            "XR and US left thigh: Intramuscular hematoma within vastus lateralis, 9 cm, following a fall. No fracture.",
        ),
        (
            "ed_note",
            "PT c/o swelling L forearm after venepuncture, large ecchymosis + haematoma antecubital fossa. Neurovascularly intact. Cold compress.",
        ),
        (
            "report",
            "CT HEAD: CEPHALOHAEMATOMA OVER THE RIGHT PARIETAL BONE, CONFINED BY SUTURES. NO SKULL FRACTURE. NO INTRACRANIAL ABNORMALITY.",
        ),
        (
            "clinical_note",
            "Neonatal note: day 2, boggy fluctuant swelling crossing the suture lines, HR stable, Hb dropping. Cranial US: subgaleal bleed, brain and ventricles normal. Transfuse and observe.",
        ),
        (
            "report",
            "CT soft tissue neck with contrast: Large hematoma in the left carotid space after attempted central line placement, with tracheal deviation. Intracranial structures not included.",
        ),
        (
            "report",
            "MRI lumbar spine: Post-procedural epidural hematoma at L3-L4 following epidural anaesthesia, compressing the thecal sac.",
        ),
        (
            "discharge_letter",
            "Dear Dr Okafor, Mrs T was admitted with a spontaneous iliopsoas bleed on enoxaparin. This was managed conservatively and her haemoglobin is stable. Her CT head, done for a fall on the ward, was normal. Yours sincerely, Medical Registrar.",
        ),
        (
            "report",
            "Orbit CT: Subperiosteal haematoma along the roof of the right orbit, lentiform, displacing the superior rectus inferiorly. Adjacent frontal lobe normal; no intracranial collection.",
        ),
        (
            "clinical_note",
            "Hospital course (long note). HISTORY OF PRESENTING COMPLAINT: 71-year-old man on dual antiplatelets after a coronary stent, fell forward onto his face in the bathroom. He had a large nosebleed in the ambulance and a laceration across the bridge of the nose. He denied headache, vomiting or loss of consciousness. EXAMINATION: GCS 15, bilateral periorbital bruising, swelling over the nasal bridge, no focal neurology. INVESTIGATIONS: CT head and facial bones: comminuted nasal bone fractures with septal haematoma; soft-tissue haematoma over the forehead; both maxillary sinuses partly filled with blood. The brain, ventricles and extra-axial spaces are normal, no skull vault fracture. Hb 128. PLAN: ENT drained the septal haematoma in the department. Antiplatelets continued on cardiology advice. Discharged with head injury advice and ENT clinic follow-up.",
        ),
    ],
    "neg_mimic": [
        (
            "report",
            "Follow-up CT: The bilateral frontal subdural hygromas are smaller than before, now 4 mm, CSF density throughout. No hyperdense component.",
        ),
        (
            "mri_report",
            "MRI: Thin bilateral subdural fluid collections isointense to CSF on all sequences including FLAIR, consistent with hygromas after shunting. No blood products on SWI.",
        ),
        (
            "report",
            "CT head with contrast: Rim-enhancing left convexity extra-axial collection with restricted diffusion on the prior MRI, subdural empyema in the setting of frontal sinusitis.",
        ),
        (
            "teaching",
            "Pitfall: in diffuse hypoxic-ischaemic injury the swollen brain makes the basal cisterns and tentorium look dense (pseudo-subarachnoid haemorrhage); the density was 32 HU and there was no true blood.",
        ),
        (
            "report",
            "CT HEAD POST CARDIAC ARREST: DIFFUSE LOSS OF GREY-WHITE DIFFERENTIATION WITH RELATIVE HYPERDENSITY OF THE CISTERNS, PSEUDO-SAH APPEARANCE. NO ACTUAL HAEMORRHAGE.",
        ),
        (
            "report",
            "Noncontrast CT: Punctate hyperdense foci in both globi pallidi and dentate nuclei, symmetric, 200+ HU, physiological calcification.",
        ),
        (
            "report",
            "CT after mechanical thrombectomy: Hyperdensity in the left lentiform nucleus and insula measuring up to 130 HU that has washed out on the dual-energy iodine overlay, i.e. contrast staining, not haemorrhage.",
        ),
        (
            "dictation",
            "Dual energy CT period. The hyperdense area in the right caudate resolves on the virtual non contrast images comma in keeping with iodine extravasation rather than blood period.",
        ),
        (
            "report",
            "CT head: Dense left middle cerebral artery sign (M1) with early hypodensity in the insular ribbon. The dense vessel represents thrombus.",
        ),
        (
            "report",
            "CT: Hyperdense superior sagittal sinus and straight sinus in a polycythaemic, dehydrated patient; CT venogram shows normal flow. Haematocrit 0.58.",
        ),
        (
            "consult",
            "Neurosurgery consult: the 'collection' over the right convexity is a chronic CSF effusion following the 2023 craniotomy, density 4 HU, unchanged on three studies. No surgical target, no blood.",
        ),
        (
            "clinical_note",
            "Paeds neuro note: benign enlargement of the subarachnoid spaces in infancy, macrocephaly tracking along 98th centile. US shows crossing veins through the prominent spaces; no collection of blood.",
        ),
        (
            "report",
            "MRI brain: Smooth dural enhancement and thin subdural fluid consistent with intracranial hypotension. Brain sagging. No subdural haematoma.",
        ),
        (
            "report",
            "CT: Falcine and tentorial dural calcification. Calcified choroid plexus glomera bilaterally. Otherwise normal.",
        ),
        (
            "mri_report",
            "MR: Tiny foci of susceptibility in the basal ganglia that are hyperdense on the correlating CT, calcium rather than microbleeds (phase images confirm diamagnetic).",
        ),
        (
            "report",
            "CT after coil embolisation: Linear hyperdense streak artefact from the coil mass obscures the adjacent parenchyma. No hemorrhage seen on the remainder.",
        ),
        (
            "report",
            "Head CT: Partially calcified extra-axial mass along the left sphenoid wing with a dural tail, meningioma. The hyperdensity is calcification; no bleed.",
        ),
        (
            "case_summary",
            "Case summary: a 6-month-old with meningitis developed bilateral frontal subdural effusions, sterile on tap, which were clear yellow fluid and resolved by 3 months. No haemorrhagic component was ever shown.",
        ),
        (
            "report",
            "CT: Subdural collection over the left hemisphere with an enhancing membrane and gas locule, following recent burr hole; appearances of subdural empyema. The fluid is low density.",
        ),
        (
            "teaching",
            "Teaching file: the hyperdense cerebellar tentorium on a low-haematocrit-adjusted window can mimic subdural blood; here comparison with the coronal reformats showed normal dura, so no tentorial haematoma.",
        ),
        (
            "report",
            "CT brain: Hyperdense basilar artery sign measuring 65 HU, with a clinical suspicion of basilar occlusion; CTA confirms thrombus. Brainstem attenuation preserved.",
        ),
    ],
    "neg_note_past_history": [
        (
            "clinical_note",
            "PMH: 1. Left subdural haematoma evacuated 2019. 2. AF on edoxaban. 3. CKD 3b. Today: review for leg swelling, D-dimer normal, US no DVT. Plan: continue edoxaban.",
        ),
        (
            "clinical_note",
            "PAST MEDICAL HISTORY: SAH from ruptured ACom aneurysm (clipped 2012), hypertension. PRESENTING COMPLAINT: painful right knee after gardening. X-ray: moderate OA. Plan: physio.",
        ),
        (
            "discharge_letter",
            "Dear Dr Singh, I reviewed Mr Hall in the memory clinic. Background: traumatic brain injury with bifrontal contusions in 1998; alcohol excess in the past. MoCA 22/30. MRI today shows generalised atrophy, appropriate for age. I have started donepezil.",
        ),
        (
            "clinical_note",
            "Family history: mother died of a brain haemorrhage aged 60; brother had an aneurysm coiled. Patient requests screening. Plan: MRA referral per guidance. She herself is asymptomatic.",
        ),
        (
            "consult",
            "Anaesthetic pre-assessment. Previous medical history - cerebellar bleed 2016 (hypertensive), residual mild ataxia. Current: for elective hernia repair. Airway Mallampati 2. Fit for GA.",
        ),
        (
            "ed_note",
            "Hx: prev ICH 2021 on warfarin -> now off anticoag, LAA occlusion done. Today: cellulitis R shin, febrile 38.2. Abx started.",
        ),
        (
            "clinical_note",
            "Past history: 'bleed on the brain' in childhood per mum (details unavailable, no imaging). HPI: 17yo with migraine with aura, normal exam. Plan: triptan, headache diary.",
        ),
        (
            "discharge_letter",
            "Discharge summary. Diagnosis: urosepsis. Background: intraventricular haemorrhage of prematurity (born 27 weeks), shunted hydrocephalus, cerebral palsy. Shunt series normal. Treated with IV gentamicin.",
        ),
        (
            "clinical_note",
            "Social and family hx: father had a 'stroke' that turned out to be a haemorrhage in the pons. No personal history. Presents with palpitations; ECG sinus rhythm.",
        ),
        (
            "case_summary",
            "62-year-old with a history of hypertensive putaminal haemorrhage eight years ago and residual right hemiparesis presented with a fractured neck of femur after a fall. Hemiarthroplasty uneventful.",
        ),
        (
            "clinical_note",
            "PMHx:\n- ICH (lobar, CAA-related) 2020\n- Atrial fibrillation (not anticoagulated due to above)\n- OA\nReason for visit: annual review, BP 132/78, no new neuro symptoms. Continue current meds.",
        ),
        (
            "consult",
            "Cardiology consult, question of anticoagulation. Background includes a subdural collection after a fall in 2018 that was managed conservatively. Now in AF, CHA2DS2-VASc 5. Recommend LAA occlusion referral.",
        ),
        (
            "clinical_note",
            "HISTORY: Previous subarachnoid haemorrhage (perimesencephalic, angio-negative) 2015, made full recovery. CURRENT: lower back pain for 2 weeks, no red flags. Plan: analgesia and physio.",
        ),
        (
            "discharge_letter",
            "Dear colleague, this 45-year-old woman with a past medical history significant for a left frontal AVM bleed (treated with radiosurgery 2010) attended with a first-ever generalised seizure. Levetiracetam started. DVLA advice given.",
        ),
        (
            "ed_note",
            "Background: EDH age 12 (craniotomy), epilepsy since. Today: breakthrough seizure x1, missed doses. Back to baseline. Restart meds, d/c.",
        ),
        (
            "clinical_note",
            "Rehabilitation progress note. Past medical history: right thalamic intracerebral haemorrhage 14 months ago, hypertension, type 2 diabetes. Today: working on stairs with physio, independent transfers. Mood low; starting sertraline. BP 128/76.",
        ),
        (
            "clinical_note",
            "Long clinic note. REASON FOR REFERRAL: chronic daily headache. HISTORY OF PRESENTING COMPLAINT: 39-year-old teacher with a two-year history of daily bifrontal pressure headache, worse at the end of the working day, paracetamol most days. No thunderclap onset, no positional element, no visual obscurations. PAST MEDICAL HISTORY: aneurysmal subarachnoid haemorrhage in 2017, treated with coiling of a posterior communicating aneurysm, with a short period of hydrocephalus that settled without a shunt; depression. FAMILY HISTORY: sister with migraine. EXAMINATION: normal fundi, normal neurological examination. IMPRESSION: medication-overuse headache on a background of chronic migraine. PLAN: withdraw simple analgesics, start amitriptyline 10 mg, review in three months. Her coil surveillance MRA last year was stable and she is not due another.",
        ),
        (
            "teaching",
            "Morning report case: PMH notable for a traumatic subdural decades ago. Presenting problem was hyponatraemia from thiazide; today's scan of the head was not requested and nothing intracranial was active.",
        ),
        (
            "clinical_note",
            "Prior medical conditions: Hemorrhagic stroke (L basal ganglia) 2009. HTN. Chief complaint today: chest pain, troponin negative x2, discharged with outpatient stress test.",
        ),
    ],
    "neg_ruled_out": [
        (
            "clinical_note",
            "HPI: found on floor, unknown downtime. CT in ED ruled out an intracranial bleed; CK 14,000, rhabdomyolysis. Admitted for fluids.",
        ),
        (
            "discharge_letter",
            "Dear Dr Evans, Mrs P presented after a thunderclap headache. CT within six hours of onset excluded subarachnoid haemorrhage and CTA was normal. Diagnosis: reversible cerebral vasoconstriction syndrome, treated with nimodipine.",
        ),
        (
            "ed_note",
            "Head strike on anticoag - CTH neg for bleed. Obs 24h as per protocol, no deterioration. Home.",
        ),
        (
            "clinical_note",
            "Hospital course: Delirium on day 3. A head CT was obtained to exclude haemorrhage, and none was found. Delirium attributed to UTI and opioids.",
        ),
        (
            "case_summary",
            "A 33-year-old presented with the worst headache of her life. Haemorrhage was excluded by CT and lumbar puncture at 12 hours (no xanthochromia). She was diagnosed with primary thunderclap headache.",
        ),
        (
            "consult",
            "Stroke team: thrombolysis given. Bleed excluded on the pre-lytic CT, ASPECTS 9. Post-lytic scan at 24 h also without haemorrhagic change.",
        ),
        (
            "clinical_note",
            "Progress note: INR 8.4 with confusion. Urgent CT head - intracranial hemorrhage ruled out. Vitamin K given, INR 2.1 next day.",
        ),
        (
            "discharge_letter",
            "Discharge summary: syncope. The fall caused a forehead laceration; CT brain was performed and showed no intracranial haemorrhage or fracture. Holter arranged.",
        ),
        (
            "teaching",
            "Learning case: the registrar correctly noted that a negative CT does not exclude a sentinel bleed late after onset; LP was done and was clear, so SAH was ruled out in this patient.",
        ),
        (
            "ed_note",
            "Seizure x2, post-ictal, GCS now 15. CT: no bleed, no mass. Known epileptic. Levetiracetam loaded.",
        ),
        (
            "clinical_note",
            "Neuro ICU note: MRI with SWI was used to exclude microhaemorrhages before starting lecanemab; none were seen. Proceed with infusion.",
        ),
        (
            "dictation",
            "History of present illness colon this gentleman fell from a ladder period. Intracranial haemorrhage has been excluded on the trauma CT comma spine is clear period. Admitted under orthopaedics for calcaneal fracture period.",
        ),
        (
            "clinical_note",
            "Assessment: headache with raised BP 210/120. CT did not show any haemorrhage; MRI shows PRES pattern in the occipital lobes. Plan: labetalol infusion.",
        ),
        (
            "discharge_letter",
            "To the GP: your patient had a witnessed fall on the ward. Imaging of the head ruled out bleeding or fracture. We have reduced her antihypertensives.",
        ),
        (
            "case_summary",
            "The differential at presentation included a posterior fossa haemorrhage, which CT ruled out; the final diagnosis was vestibular neuritis.",
        ),
        (
            "clinical_note",
            "ICU: pupils equal, GCS improving after sedation hold. Repeat CT brain performed to rule out evolving contusion/bleed - negative. Continue weaning.",
        ),
        (
            "consult",
            "Geriatrics: 88-year-old, falls x3 this month. CT ruled out subdural. Orthostatic drop 30 mmHg; stopping doxazosin.",
        ),
        (
            "clinical_note",
            "Long note. ADMISSION: 59-year-old woman brought in by ambulance after collapsing at a bus stop. Bystander CPR was not required. She had a brief tonic phase with urinary incontinence. PAST MEDICAL HISTORY: hypertension, hypothyroidism. EXAMINATION on arrival: GCS 13 improving to 15 within an hour, tongue bite on the left, no focal deficit. INVESTIGATIONS: glucose 6.1, sodium 121. CT head on arrival ruled out haemorrhage, infarct and mass lesion. EEG pending. HOSPITAL COURSE: sodium corrected slowly with fluid restriction; the thiazide was stopped; no further seizures. DIAGNOSIS: provoked seizure due to hyponatraemia. PLAN: no driving for six months per guidance, sodium check in one week with the GP, and the antihypertensive switched to amlodipine.",
        ),
        (
            "ed_note",
            "Pt anticoag'd, minor head injury. CT head: ruled out bleed. Safe for d/c w/ written advice.",
        ),
    ],
    "neg_indication_only": [
        (
            "report",
            "Clinical details: Sudden headache at orgasm, ?SAH. CT head: Normal. No hyperdensity in the basal cisterns or sulci. Ventricles normal size.",
        ),
        (
            "report",
            "INDICATION: Fall on rivaroxaban, assess for intracranial bleed. FINDINGS: No acute intracranial abnormality. Moderate small vessel change. IMPRESSION: Nothing acute.",
        ),
        (
            "mri_report",
            "Reason for study: query microbleeds/cavernoma in epilepsy. MRI with SWI: No susceptibility foci. Normal hippocampi.",
        ),
        (
            "report",
            "Request: ?ICH post tPA, drowsy. Findings: Evolving left MCA territory infarct, no hyperdensity within it. No haemorrhagic transformation.",
        ),
        (
            "report",
            "CLINICAL QUESTION: EXCLUDE EXTRA-AXIAL HAEMATOMA, NEW CONFUSION. REPORT: NO EXTRA-AXIAL COLLECTION. AGE-RELATED ATROPHY.",
        ),
        (
            "report",
            "History: 3-year-old, fall from bunk bed, vomited twice, please r/o bleed. Findings: No skull fracture. No intracranial blood. Normal for age.",
        ),
        (
            "dictation",
            "Indication colon headache and papilloedema comma query venous sinus thrombosis or haemorrhage period. Findings colon venous sinuses opacify normally period. The brain is normal period.",
        ),
        (
            "report",
            "Hx: ventriculostomy placement, check for tract hemorrhage. The right frontal EVD terminates in the frontal horn. Ventricles are smaller. No tract haemorrhage.",
        ),
        (
            "report",
            "Clinical: evaluate for subdural. Head CT: bilateral frontal prominence of extra-axial CSF spaces from atrophy. No subdural collection.",
        ),
        (
            "report",
            "Indication: Pre-op for DBS, exclude bleed. Findings: normal brain MRI; no blood products.",
        ),
        (
            "report",
            "Ordered for: shaken-baby concern, 4 months. Skeletal survey and CT head: no fractures; no intracranial haemorrhage of any age. MRI recommended if concern persists.",
        ),
        (
            "mri_report",
            "Clinical indication: ? haemorrhagic component to known glioma. MR: T1 hyperintensity is absent and SWI shows no blooming within the lesion.",
        ),
        ("report", "Indication: Sudden collapse in the gym, r/o SAH/ICH. CT: unremarkable."),
        (
            "report",
            "REASON: Headache on anticoagulation; ?intracranial haemorrhage? FINDINGS: Chronic lacunar infarct left thalamus. No acute haemorrhage, mass or midline shift.",
        ),
        (
            "report",
            "Indication: trauma team activation, motorbike. Query intracranial injury. CT brain: no acute intracranial abnormality. Frontal scalp haematoma.",
        ),
        (
            "report",
            "History: Hypertensive emergency, assess for hemorrhage. Comparison: none. Findings: no intra- or extra-axial blood. Mild periventricular white matter hypoattenuation.",
        ),
        (
            "report",
            "Clinical information: post-operative day 1 aneurysm clipping, rule out bleed. Findings: expected post craniotomy changes with pneumocephalus; no haematoma.",
        ),
    ],
    "neg_plain": [
        ("report", "CT head: Normal study.", "none"),
        (
            "mri_report",
            "MRI brain: Multiple ovoid periventricular T2 lesions perpendicular to the ventricles (Dawson fingers), two enhancing. Appearances of active demyelination. No haemorrhage.",
            "negated",
        ),
        (
            "report",
            "CT: Old lacunes in both lentiform nuclei and the right thalamus. Confluent white matter low attenuation. Nothing acute.",
            "none",
        ),
        (
            "mri_report",
            "Ring-enhancing right parietal mass 3.1 cm with surrounding vasogenic oedema; no blood products on SWI. Favour high-grade glioma or metastasis.",
            "negated",
        ),
        (
            "report",
            "CT neck with contrast: Reactive cervical lymph nodes. Patent vessels. No collection.",
            "none",
        ),
        ("report", "CT HEAD: NO HAEMORRHAGE. NO INFARCT. NO SPACE-OCCUPYING LESION.", "negated"),
        (
            "report",
            "Non-contrast head CT: The brain parenchyma demonstrates normal attenuation. There is no evidence of blood products within the ventricles, subarachnoid or extra-axial spaces.",
            "negated",
        ),
        (
            "dictation",
            "Impression colon one period no intracranial hemorrhage period two period chronic right maxillary sinusitis period.",
            "negated",
        ),
        (
            "report",
            "CT perfusion: matched core in left MCA territory with small penumbra. Non-contrast: no intracranial haemorrhage.",
            "negated",
        ),
        (
            "clinical_note",
            "Neuro OPD: essential tremor, bilateral postural, improved with alcohol. MRI normal. Propranolol.",
            "none",
        ),
        (
            "report",
            "MRI pituitary: 6 mm microadenoma, hypoenhancing, no apoplexy, no haemorrhagic signal.",
            "negated",
        ),
        (
            "report",
            "CT brain: Acute infarct in the left PICA territory with mild mass effect on the fourth ventricle; no hemorrhagic component; ventricles not enlarged.",
            "negated",
        ),
        (
            "report",
            "Head CT: Normal-pressure hydrocephalus pattern with disproportionately enlarged subarachnoid spaces. No blood.",
            "negated",
        ),
        (
            "ed_note",
            "Migraine typical of previous, normal neuro exam, no red flags. No imaging. Metoclopramide + IV fluids.",
            "none",
        ),
        (
            "report",
            "MRA circle of Willis: 3 mm unruptured right MCA bifurcation aneurysm. No SAH on FLAIR.",
            "negated",
        ),
        (
            "report",
            "CT head 4 hours after fall: Intracranial contents are within normal limits. Absent haemorrhage; absent fracture.",
            "negated",
        ),
        (
            "mri_report",
            "MRI: Restricted diffusion in cortical ribbon bilaterally (cortical ribboning), consistent with CJD in the right clinical context. No haemorrhage.",
            "negated",
        ),
        (
            "report",
            "CT: Chronic left MCA infarct with encephalomalacia and ex vacuo dilatation of the left lateral ventricle.",
            "none",
        ),
        (
            "report",
            "CTA head and neck: 70% stenosis right ICA origin. No intracranial occlusion. Brain unremarkable.",
            "none",
        ),
    ],
    "pos_described_unnamed": [
        (
            "report",
            "CT head: Lentiform hyperattenuating extra-axial collection over the left temporal convexity, 14 mm deep, not crossing the sutures, with a fracture of the overlying squamous temporal bone.",
        ),
        (
            "report",
            "Noncontrast CT: Crescent of high attenuation along the right frontoparietal convexity, 7 mm, extending along the falx; 4 mm leftward shift.",
        ),
        ("report", "CT BRAIN: FLUID-FLUID LEVELS WITHIN BOTH OCCIPITAL HORNS WITH DENSE DEPENDENT MATERIAL."),
        (
            "report",
            "CT: Hyperdense material fills the suprasellar and ambient cisterns and the left sylvian fissure. Temporal horns are prominent.",
        ),
        (
            "dictation",
            "Findings colon there is high density material in the interpeduncular cistern and along the anterior interhemispheric fissure period. New dilatation of the temporal horns period.",
        ),
        (
            "report",
            "Head CT: Focus of hematic density in the left frontal lobe, 2.1 cm, with a thin halo of oedema.",
            "affirmed",
        ),
        (
            "report",
            "CT: Right temporal pole and orbitofrontal cortical contusions after a fall, with small surrounding hypodensity.",
            "affirmed",
        ),
        (
            "mri_report",
            "MRI: A 16 mm right lentiform nucleus lesion with a fluid-fluid level and marked blooming on SWI, surrounded by oedema; the dependent component is T2 dark.",
        ),
        (
            "report",
            "CT head, infant: Mixed-density crescentic extra-axial collections over both hemispheres with dependent hyperdense portions, of differing ages.",
        ),
        (
            "report",
            "Non-enhanced CT: Dense sulcal material over the left high convexity (central sulcus). No fracture.",
        ),
        (
            "teaching",
            "Teaching file: note the biconvex high-density lens-shaped collection beneath the right parietal fracture, respecting the coronal suture - a classic arterial extradural appearance.",
        ),
        (
            "report",
            "CT: Intraventricular dependent high attenuation in the atria bilaterally and the fourth ventricle. Ventricular size normal.",
        ),
        (
            "report",
            "CT HEAD: Swirling mixed hyper- and hypodense extra-axial collection along the left convexity, 18 mm, with 9 mm midline shift.",
        ),
        (
            "report",
            "CT: Multiple small high-attenuation foci at the grey-white junction of both frontal lobes and the corpus callosum splenium after high-speed RTC.",
        ),
        (
            "mri_report",
            "MRI: Sulcal FLAIR hyperintensity over the right parietal convexity with corresponding linear blooming on SWI along the cortical surface; CSF elsewhere suppresses normally.",
        ),
        (
            "ed_note",
            "CT: dense stuff in basal cisterns + sylvian fissures, eyes down, GCS 12. Neurosurg aware. CTA pending.",
        ),
        (
            "report",
            "CT: Right cerebellar hemisphere ovoid hyperdensity 3 x 2.5 cm (measured 68 HU) with effacement of the fourth ventricle.",
        ),
    ],
    "pos_indication_then_finding": [
        (
            "report",
            "Indication: fall on apixaban, rule out bleed. Findings: Thin right tentorial subdural haematoma, 3 mm. No mass effect.",
        ),
        (
            "report",
            "CLINICAL QUESTION: ?SAH. FINDINGS: Blood in the right sylvian fissure and suprasellar cistern. Early hydrocephalus. 3 mm aneurysm suspected at the right MCA bifurcation.",
        ),
        (
            "mri_report",
            "Reason: evaluate for cavernoma. SWI: popcorn lesion in the left pons with a rim of haemosiderin and a recent haemorrhage with surrounding oedema.",
        ),
        (
            "report",
            "History: post thrombolysis, drowsy, ?haemorrhage. Findings: new 4 cm parenchymal haematoma in the left MCA infarct with mass effect (PH2).",
        ),
        (
            "report",
            "Clinical: assess for extra-axial blood, confusion after fall. Report: Acute on chronic left subdural haematoma, 12 mm, with 5 mm midline shift.",
        ),
        (
            "report",
            "Indication: query NAI, 5-month-old. CT: Thin interhemispheric subdural haemorrhage posteriorly and a small right convexity subdural haemorrhage.",
        ),
        (
            "dictation",
            "Indication colon rule out bleed after fall period. Findings colon small acute subdural hematoma along the left tentorium period. No shift period.",
        ),
        (
            "report",
            "REQUEST: R/O ICH, BP 230/130, R-sided weakness. FINDINGS: 3.5 CM LEFT THALAMIC HAEMORRHAGE WITH INTRAVENTRICULAR EXTENSION.",
        ),
        (
            "report",
            "Query: contusion? MVA. Findings: bifrontal haemorrhagic contusions, the left measuring 2 cm.",
        ),
        (
            "ed_note",
            "Indication for CT: r/o bleed (fall, on clopidogrel). Result: small R frontal SAH, no fracture. NSx - repeat CT 6h.",
        ),
        (
            "report",
            "Clinical details: Anticoagulated, headache. Exclude haemorrhage. Findings: Left occipital lobar haematoma 2.8 cm with fluid level, suspect coagulopathy.",
        ),
        (
            "report",
            "History: Evaluate for epidural hematoma. Findings: Yes, right temporal epidural hematoma, 11 mm, with an overlying fracture.",
        ),
        (
            "mri_report",
            "Indication: exclude haemorrhagic metastasis (melanoma). Findings: three cortical lesions with intrinsic T1 hyperintensity and SWI blooming, consistent with haemorrhagic metastases.",
        ),
        (
            "report",
            "Hx: EVD placement, look for tract bleed. Small haemorrhage along the EVD tract in the right frontal lobe, 9 mm.",
        ),
        (
            "report",
            "Indication: R/O intracranial haemorrhage, post-arrest. Findings: Diffuse oedema and a small amount of true subarachnoid blood in the left central sulcus.",
        ),
        (
            "report",
            "Question: Bleed? Answer: yes - acute right parietal intraparenchymal haemorrhage 2.2 cm, no IVH.",
        ),
    ],
    "pos_known_no_veto": [
        (
            "report",
            "Follow-up CT: The known right subdural collection shows interval layering of denser material posteriorly with a haematocrit level. No new hemorrhage elsewhere.",
        ),
        ("report", "Known left frontal ICH is unchanged in size at 3 cm. No new haemorrhage identified."),
        (
            "report",
            "The bilateral chronic subdural haematomas persist, right 14 mm, left 9 mm, with new hyperdense components on the right. No other new bleed.",
        ),
        (
            "report",
            "CT day 3: Redistribution of the subarachnoid blood, now mainly in the interpeduncular cistern. No new haemorrhage. Ventricles stable.",
        ),
        (
            "report",
            "Stable right occipital contusion. No new areas of haemorrhage. No extra-axial collection.",
        ),
        (
            "mri_report",
            "The left cerebellar haematoma is in the late subacute phase (T1 bright). No further bleeding and no new lesions.",
        ),
        (
            "report",
            "CT: Residual intraventricular blood in the occipital horns, decreasing. There is no evidence of new intracranial haemorrhage.",
        ),
        (
            "report",
            "COMPARISON 01/12. THE LEFT SUBDURAL HAEMATOMA IS AGAIN SEEN, 8 MM, NOW MIXED DENSITY WITH A LAYERING DEPENDENT COMPONENT. NO NEW HAEMORRHAGE ELSEWHERE. NO MIDLINE SHIFT.",
        ),
        (
            "dictation",
            "Comparison made with yesterday period. The right parietal hematoma measures 2.4 cm comma unchanged period. No new bleed period. No hydrocephalus period.",
        ),
        (
            "report",
            "Post-coiling day 7: Small amount of residual SAH in the right sylvian fissure. No rebleed, no new haemorrhage, no infarct.",
        ),
        (
            "report",
            "Interval follow-up: the known pontine haemorrhage is slowly resolving. No new intracranial bleed. Fourth ventricle patent.",
        ),
        (
            "clinical_note",
            "Neurosurgery ward round: repeat CT shows the L chronic SDH with a fresh hyperdense level layering posteriorly; no new bleeding elsewhere. Plan burr hole tomorrow.",
        ),
        (
            "report",
            "CT: The right convexity subdural haematoma now shows a hyperdense dependent hematocrit effect, consistent with acute bleeding into the chronic collection. Otherwise no new haemorrhage is seen.",
        ),
        (
            "report",
            "Known haemorrhagic transformation of the right MCA infarct, stable. No new hemorrhage, no hydrocephalus.",
        ),
        ("report", "Bifrontal subdural collections, stable at 6 mm. No fresh bleed."),
        (
            "mri_report",
            "MRI follow-up: The known left temporal cavernous malformation shows a new subacute bleed around its margin. No other new haemorrhage.",
        ),
    ],
    "pos_mimic_with_blood": [
        (
            "report",
            "CT: Bilateral frontal subdural hygromas, now with a new hyperdense component on the left indicating haemorrhage into the hygroma.",
        ),
        (
            "report",
            "The right subdural effusion contains a dependent level of acute blood (58 HU) along its posterior aspect.",
        ),
        (
            "report",
            "CT post-thrombectomy: Hyperdensity in the right basal ganglia persists at 24 h and measures 62 HU on the virtual non-contrast images, i.e. haemorrhage rather than contrast staining.",
        ),
        (
            "report",
            "Dural calcification along the falx. Separately, a thin acute subdural haematoma along the right side of the falx, 4 mm.",
        ),
        (
            "report",
            "Subdural empyema over the left convexity with a haemorrhagic component and a new layer of blood along the tentorium.",
        ),
        (
            "teaching",
            "Teaching case: diffuse cerebral oedema after cardiac arrest produced a pseudo-SAH appearance, but there was also true subarachnoid haemorrhage in the right sylvian fissure at 70 HU, confirmed on follow-up.",
        ),
        (
            "mri_report",
            "MRI: Calcified right frontal oligodendroglioma with a new intratumoural haemorrhage (fluid level, susceptibility, T1 hyperintense rim).",
        ),
        (
            "report",
            "Dense MCA sign on the left with a large acute infarct and a haemorrhagic transformation of its basal ganglia portion.",
        ),
        (
            "report",
            "Hyperdense transverse sinus with CT venogram showing thrombosis; associated venous haemorrhagic infarct in the left temporal lobe.",
        ),
        (
            "report",
            "Post-contrast staining in the left caudate has cleared on today's scan; however there is a new 1.5 cm haematoma in the left frontal white matter.",
        ),
        (
            "report",
            "Right convexity CSF-density subdural effusion post shunt, now with hyperdense acute subdural blood along its inner margin and 3 mm shift.",
        ),
        (
            "report",
            "CT: Physiological calcification in the pineal and choroid plexus. Acute blood within the fourth ventricle and around the brainstem.",
        ),
        (
            "report",
            "Pseudo-SAH pattern from global oedema; in addition, a genuine haematoma in the pons (72 HU) which does not fit the mimic.",
        ),
        (
            "consult",
            "NSx consult: known left subdural hygroma after decompression - now has acute blood layering within it on today's CT. Not for surgery; repeat scan in 24 h.",
        ),
        (
            "report",
            "Subdural empyema on the right with adjacent cerebritis and a small associated intraparenchymal haemorrhage in the right frontal lobe.",
        ),
        (
            "mri_report",
            "Meningioma with calcified rim; a new peritumoural haemorrhage (blood products on SWI and T1) in the adjacent parietal lobe.",
        ),
    ],
    "pos_not_purely_historical": [
        (
            "report",
            "Previous or recent haemorrhagic transformation in the left MCA infarct, now partly resorbed; small residual haematoma remains.",
        ),
        (
            "report",
            "CT: Re-accumulation of the right subdural haematoma following burr-hole evacuation, now 15 mm.",
        ),
        (
            "report",
            "Known old left putaminal slit-like haemorrhage; in addition, there is a new acute right thalamic haemorrhage.",
        ),
        (
            "clinical_note",
            "History: SAH 2014 (coiled). Now: sudden headache; CT shows a new subarachnoid bleed in the basal cisterns. Angio to check coil compaction.",
        ),
        ("report", "Recurrent haemorrhage into the known left frontal cavernoma with a fresh 12 mm bleed."),
        (
            "mri_report",
            "MRI: Chronic haemosiderin staining from the prior right temporal haematoma, plus a new subacute haematoma in the left occipital lobe (CAA pattern).",
        ),
        (
            "report",
            "Prior craniotomy for evacuation of a right acute SDH. There is a recurrent acute subdural collection beneath the bone flap, 9 mm.",
        ),
        (
            "discharge_letter",
            "Dear Dr Ahmed, Mr L, who had a lobar haemorrhage in 2022, was readmitted after a fall and his CT shows a new acute subdural haematoma over the left hemisphere. Managed conservatively.",
        ),
        (
            "report",
            "Old and new blood: encephalomalacia at the site of the 2019 right parietal bleed and a fresh 2 cm intraparenchymal haemorrhage at its anterior margin.",
        ),
        ("report", "Rebleed of the known left basal ganglia haematoma, which has expanded from 2.5 to 4 cm."),
        (
            "ed_note",
            "Known chronic L SDH (last CT 3 months ago), now acute worsening headache; CT shows acute-on-chronic SDH L with new hyperdense component.",
        ),
        (
            "report",
            "Recent haemorrhage within the resection cavity is present and appears to be in the subacute stage; prior surgical changes of the tumour resection.",
        ),
        (
            "report",
            "Previous bleed in the right frontal lobe has evolved to a cavity; a new microhaemorrhage-rich area with acute blood now noted in the left frontal lobe.",
        ),
        (
            "clinical_note",
            "PMH: prior SDH. Today's CT (reason: fall) shows the previous collection has reformed and is now acute, 10 mm.",
        ),
        (
            "report",
            "Compared with the scan from 2 weeks ago: the prior haemorrhagic contusions have resolved, but there is new subarachnoid blood in the left parietal sulci after the second fall.",
        ),
        (
            "mri_report",
            "Haemorrhagic transformation, previous or current: the infarct shows T1 shortening and SWI blooming consistent with recent blood products.",
        ),
    ],
    "pos_note_sections": [
        (
            "clinical_note",
            "HPI: 66M found confused at home. CT head in ED showed a 3 cm left temporal intracerebral haemorrhage. BP 195/100. PMH: HTN. Plan: BP to <140 systolic, neuro obs.",
        ),
        (
            "discharge_letter",
            "Dear Dr Chen, HOSPITAL COURSE: Mrs R was admitted after a fall. Her CT brain showed a small right acute subdural haematoma of 5 mm, which was stable on repeat imaging at 24 hours. Apixaban held. Yours sincerely, Geriatric Medicine.",
        ),
        (
            "consult",
            "Reason for consult: ICH. Imaging: L cerebellar haemorrhage 3.2 cm with fourth ventricle effacement. Recommendation: suboccipital decompression tonight.",
        ),
        ("ed_note", "Imaging: CT brain - traumatic SAH R frontal, small. Plan: admit obs, repeat CT mane."),
        (
            "case_summary",
            "Case: A 29-year-old cyclist without a helmet. Imaging: CT showed a right temporal extradural haematoma with a skull fracture; he was taken to theatre within the hour.",
        ),
        (
            "clinical_note",
            "Subjective: headache improving. Objective: GCS 15. Imaging: repeat CT shows the right frontal contusion unchanged. A/P: continue neuro obs, start mobilising.",
        ),
        (
            "teaching",
            "Morning report. Presentation: thunderclap headache. Investigations: CT demonstrated diffuse subarachnoid haemorrhage, Fisher grade 3, and CTA a basilar tip aneurysm. Teaching: nimodipine and early securing.",
        ),
        (
            "discharge_letter",
            "DISCHARGE SUMMARY. Diagnosis: Intraventricular haemorrhage secondary to thalamic bleed. Course: EVD for 5 days, weaned, no shunt required. Follow-up: stroke clinic.",
        ),
        (
            "clinical_note",
            "ICU progress note (long). SUMMARY: 47-year-old woman day 4 after aneurysmal subarachnoid haemorrhage from a left posterior communicating artery aneurysm, coiled on day 1. OVERNIGHT: new right arm drift at 03:00, transcranial Doppler velocities rising in the left MCA. EXAMINATION: GCS 14, mild right pronator drift. IMAGING: CT this morning shows the subarachnoid blood still present in the basal cisterns and left sylvian fissure, slightly less than on admission, with the EVD in the right frontal horn and ventricles unchanged. No new infarct yet. CTA: moderate left M1 vasospasm. ASSESSMENT: symptomatic vasospasm. PLAN: induced hypertension target MAP 100, interventional radiology for intra-arterial verapamil, continue nimodipine 60 mg four-hourly, sodium twice daily, keep EVD open at 10 cmH2O.",
        ),
        (
            "clinical_note",
            "Long note. PRESENTING COMPLAINT: left-sided weakness. HISTORY OF PRESENTING COMPLAINT: 74-year-old woman on warfarin for a mechanical mitral valve, found by her husband slumped in the chair at 07:00, last seen well at 23:00. PAST MEDICAL HISTORY: mechanical mitral valve 2008, atrial fibrillation, hypertension. EXAMINATION: GCS 13 (E3 V4 M6), dense left hemiparesis, right gaze preference. INVESTIGATIONS: INR 4.8. CT head: right frontoparietal lobar intracerebral haemorrhage 5 x 4 cm with surrounding oedema, 6 mm midline shift and a small amount of intraventricular extension. ASSESSMENT: warfarin-associated ICH. PLAN: prothrombin complex concentrate and IV vitamin K given at 08:10, repeat INR 1.3; neurosurgery consulted, not for evacuation; discussed with cardiology about timing of restarting anticoagulation; family informed of the seriousness.",
        ),
        (
            "consult",
            "Neurology consult note. Imaging review: MRI shows multiple lobar microbleeds and a new 1.8 cm acute right parietal lobar haemorrhage. Impression: probable CAA.",
        ),
        (
            "ed_note",
            "A&E: RTC passenger. CT: L frontal + temporal haemorrhagic contusions, thin L SDH. Intubated, to ICU.",
        ),
        (
            "clinical_note",
            "Paeds ward round. Problem 1: small right parietal extradural haematoma (8 mm) after fall from trampoline, stable on repeat CT, no surgery. Plan: discharge tomorrow if well.",
        ),
        (
            "discharge_letter",
            "Dear GP, Imaging during admission: CT head 3/12: acute subarachnoid haemorrhage over the left convexity (cortical SAH), CTA normal, MRI no amyloid pattern. Working diagnosis RCVS.",
        ),
        (
            "case_summary",
            "Summary: 81-year-old with a tumble at the care home. Investigations: CT brain: bilateral mixed-density subdural collections, the left with acute blood. Outcome: conservative, DNACPR in place.",
        ),
        (
            "clinical_note",
            "A/P: #1 IPH R basal ganglia 15 mL on CT this AM - SBP goal <140, repeat CT 6h. #2 DM2 - SSI.",
        ),
        (
            "teaching",
            "Radiology teaching case. Clinical history: 9-month-old with seizures. Findings: subdural haemorrhages of different densities over both convexities and retinal haemorrhages on fundoscopy. Discussion: safeguarding referral made.",
        ),
    ],
    "pos_plain": [
        ("report", "CT head: Acute left parietal intraparenchymal haemorrhage 2.5 cm."),
        (
            "report",
            "FINDINGS: Thin acute subdural haematoma along the right convexity, max 6 mm. IMPRESSION: Acute right SDH.",
        ),
        ("report", "CT: Small volume subarachnoid haemorrhage in the left frontal sulci. No fracture."),
        ("mri_report", "MRI: Acute haemorrhage in the right pons, 1.2 cm, T2 hypointense core."),
        (
            "report",
            "CT HEAD: ACUTE EXTRADURAL HAEMATOMA LEFT FRONTAL 18 MM WITH 7 MM MIDLINE SHIFT. UNDERLYING FRACTURE.",
        ),
        (
            "dictation",
            "Impression colon number one acute intraventricular hemorrhage in the third and lateral ventricles period number two hydrocephalus period.",
        ),
        (
            "report",
            "1. Acute right frontal lobar haemorrhage 3 cm.\n2. Surrounding vasogenic oedema.\n3. No midline shift.",
        ),
        ("report", "There is a 9 mm hemorrhage in the left caudate head."),
        ("report", "Subacute bilateral subdural hematomas, 11 mm on the left and 7 mm on the right."),
        (
            "mri_report",
            "MRI brain: Small acute subdural haemorrhage layering along the tentorium on the right; otherwise normal.",
        ),
        ("report", "Non contrast CT: Intracerebral bleed right cerebellum 2 cm; fourth ventricle patent."),
        ("report", "Convexity subarachnoid blood in the right central sulcus, isolated."),
        ("ed_note", "CTH: large L SDH w/ shift ~1 cm. NSx to theatre."),
        ("report", "Impression: Haemorrhagic contusion of the left temporal lobe."),
        ("report", "CT: Thalamic haemorrhage on the left with extension into the third ventricle."),
        (
            "report",
            "Acute bleed in the right occipital lobe, 1.7 cm; likely amyloid-related in this age group.",
        ),
    ],
}

EXTRA: dict[str, list[tuple]] = {
    "pos_described_unnamed": [
        (
            "case_summary",
            "Case summary for the trauma audit meeting. PRESENTATION: a 23-year-old man was struck on the left side of the head by a falling scaffolding pole at a building site. He was briefly unconscious, then talked to the paramedics and walked to the ambulance, complaining of a worsening headache. On arrival in the emergency department his GCS was 14, and over the next forty minutes it fell to 10 with a dilating left pupil. IMAGING: the CT showed a lens-shaped, uniformly high-attenuation collection between the inner table and the dura over the left temporoparietal region, 24 mm at its deepest point, with a linear fracture of the squamous temporal bone crossing the groove of the middle meningeal artery, effacement of the left lateral ventricle and 8 mm of rightward midline shift. OUTCOME: emergency craniotomy and evacuation within an hour of the scan; he was extubated the next day and discharged home on day six with no deficit. LEARNING POINT: the lucid interval, and not waiting for the formal report when the pupil changes.",
        ),
    ],
    "pos_known_no_veto": [
        (
            "clinical_note",
            "Neurosurgical ward round, long entry. BACKGROUND: 79-year-old man on clopidogrel admitted nine days ago with a left chronic subdural haematoma, 17 mm, managed conservatively because of his frailty and his wishes; clopidogrel stopped on admission. OVERNIGHT: nursing staff noticed new word-finding difficulty and a right facial droop at 02:00. EXAMINATION this morning: GCS 14, expressive dysphasia, mild right arm drift. IMAGING: repeat CT at 04:30 compared with the admission scan shows the known left convexity collection, now 20 mm, with interval layering of a hyperdense component posteriorly and a hematocrit level, in keeping with fresh bleeding into the chronic collection; midline shift has increased from 4 to 7 mm. There is no new haemorrhage elsewhere and the ventricles are not dilated. ASSESSMENT: acute-on-chronic left subdural haematoma with clinical deterioration. PLAN: discussed with the patient and his son, who agree to a left burr-hole drainage under local anaesthetic today; group and save, platelet transfusion on call to theatre, keep nil by mouth, neuro observations hourly.",
        ),
    ],
    "pos_not_purely_historical": [
        (
            "discharge_letter",
            "Discharge letter, long. Dear Dr Williams, I am writing about Mrs K, aged 70, who was under our care for ten days. DIAGNOSIS: recurrent intracerebral haemorrhage, probable cerebral amyloid angiopathy. BACKGROUND: she had a right occipital lobar haemorrhage in 2021, from which she recovered with a left homonymous field defect, and she has mild cognitive impairment. PRESENTATION: sudden confusion and right-sided weakness while gardening. INVESTIGATIONS: CT on admission showed the old right occipital cavity and a new acute left frontal lobar haemorrhage measuring 3.5 cm, with a thin rim of subarachnoid blood in the adjacent sulci and no hydrocephalus. MRI on day three showed numerous lobar microbleeds and cortical superficial siderosis. COURSE: blood pressure was brought down to a systolic below 140; her weakness improved and she walks with a frame. MEDICATION: aspirin has been stopped permanently and should not be restarted; amlodipine continued. FOLLOW-UP: stroke clinic in six weeks and memory clinic. Please avoid anticoagulants. Yours sincerely, Stroke Physician.",
        ),
    ],
    "neg_site_extracranial": [
        (
            "report",
            "CT head and C-spine: Large left occipital scalp haematoma with overlying skin staples. No fracture. No intracranial haemorrhage. Prevertebral soft tissues normal.",
        ),
        (
            "clinical_note",
            "Vascular surgery note: POD2 femoral endarterectomy, groin haematoma 6 cm, stable, no pseudoaneurysm on duplex. Keep pressure dressing.",
        ),
        (
            "report",
            "CT KUB: Perinephric haematoma around the left kidney after biopsy, 3 cm rim. No active bleeding.",
        ),
    ],
    "neg_mimic": [
        (
            "report",
            "CT: The left subdural hygroma seen after the fall is improving, now 3 mm, isodense to CSF.",
        ),
        (
            "dictation",
            "Findings colon hyperdensity along the tentorium and falx is felt to reflect dense dura in this young patient comma not blood period. Brain normal period.",
        ),
    ],
    "neg_note_past_history": [
        (
            "clinical_note",
            "Long clinic letter. Dear Dr Patel, thank you for asking me to see this 68-year-old retired engineer about his balance. PAST MEDICAL HISTORY: right cerebellar haemorrhage in 2018 treated conservatively, hypertension, gout. He has made an excellent recovery and walks without an aid. HISTORY OF PRESENTING COMPLAINT: over the last four months he has noticed unsteadiness when turning quickly, worse in the dark, with occasional brief spinning when rolling over in bed to the right. No headache, no new weakness, no hearing change. EXAMINATION: mild residual right finger-nose dysmetria, unchanged from the stroke clinic notes; right-sided positive Dix-Hallpike with torsional upbeating nystagmus of short latency. I did not feel further imaging was required. IMPRESSION: right posterior canal benign paroxysmal positional vertigo on a background of a stable old cerebellar deficit. PLAN: an Epley manoeuvre was performed in clinic with good effect; he was shown the Brandt-Daroff exercises; I have not arranged follow-up but would be happy to see him again. Yours sincerely, Consultant Neurologist.",
        ),
    ],
    "neg_ruled_out": [
        (
            "teaching",
            "Case discussion: an elderly man on aspirin fell and hit his head; CT excluded intracranial haemorrhage, but delayed subdural formation is possible, so safety-netting advice matters. In this case he did well.",
        ),
    ],
    "neg_indication_only": [
        (
            "report",
            "Clinical indication: vomiting and lethargy in a 10-week-old, ?intracranial bleed ?NAI. Findings: normal myelination for age. No extra-axial collections. Normal ventricles. No haemorrhage.",
        ),
        (
            "report",
            "Indication: head injury with amnesia, r/o haemorrhage. Conclusion: no intracranial injury identified.",
        ),
        (
            "report",
            "Long report. CLINICAL HISTORY: 72-year-old man on apixaban and aspirin for atrial fibrillation and a recent coronary stent, slipped on ice and struck the back of his head, with a brief loss of consciousness and one episode of vomiting. Please exclude intracranial haemorrhage or skull fracture. TECHNIQUE: non-contrast CT of the head with axial 5 mm and thin-section bone reconstructions, and sagittal and coronal reformats. COMPARISON: MRI brain from 2021. FINDINGS: There is a small left occipital soft-tissue swelling. The calvarium and skull base are intact. There is no intra-axial or extra-axial blood. The grey-white matter differentiation is preserved. There is mild generalised volume loss and a few periventricular white matter hypodensities in keeping with chronic small vessel change, unchanged from the MRI. The ventricles and basal cisterns are normal in size and configuration. The visualised paranasal sinuses and mastoid air cells are clear. IMPRESSION: no acute intracranial abnormality; no fracture. Occipital scalp swelling only.",
        ),
    ],
    "neg_plain": [
        (
            "report",
            "MRI brain: Mesial temporal sclerosis on the left (hippocampal atrophy and T2 hyperintensity). No haemorrhage or mass.",
            "negated",
        ),
        (
            "report",
            "CT: Arachnoid cyst in the left middle cranial fossa, CSF density, with scalloping of the temporal squama. Incidental.",
            "none",
        ),
        (
            "report",
            "CT HEAD WITHOUT CONTRAST: No intracranial hemorrhage, mass effect or acute territorial infarct. Chronic right cerebellar lacune.",
            "negated",
        ),
        (
            "clinical_note",
            "Long ward note. PROBLEM: acute confusion. HISTORY: 84-year-old woman with moderate dementia admitted two days ago from her care home with a chest infection; overnight she became agitated, pulling at her cannula and not recognising her daughter. She had not fallen, according to nursing notes and the bed sensor log. EXAMINATION: temperature 38.1, respiratory rate 22, saturations 93 % on air, coarse crackles at the right base, no new focal neurology, pupils equal and reactive, no neck stiffness. INVESTIGATIONS: CRP 180 rising, sodium 131, urea 12, chest film right lower lobe consolidation. CT head (requested by the night team because of the agitation): age-appropriate atrophy and chronic small vessel change, no acute abnormality. ASSESSMENT: hyperactive delirium due to pneumonia and dehydration. PLAN: switch to IV co-amoxiclav, IV fluids, stop the evening zopiclone, reorientation and a familiar person at the bedside, avoid antipsychotics unless she becomes a danger to herself, review in 24 hours.",
            "none",
        ),
        (
            "mri_report",
            "MR venogram: Patent dural venous sinuses. Left transverse sinus hypoplasia. No parenchymal abnormality and no blood products.",
            "negated",
        ),
    ],
}

for _kind, _items in EXTRA.items():
    TEXTS[_kind].extend(_items)


def rows() -> list[dict]:
    return numbered((TEXTS,), None, 5, "h5")


def main() -> None:
    write(OUT, rows())


if __name__ == "__main__":
    main()
