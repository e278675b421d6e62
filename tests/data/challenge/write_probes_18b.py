# ruff: noqa: E501  (note texts are kept on one line each)
"""Development probes for issue 18's notes (``probes-18b.jsonl``), written by ``tune18b`` on 2026-12-07 in
its own words: case summaries, clinical notes and teaching-style case descriptions in styles unlike the
synthetic generator's. Read while the rule tier was tuned: development material, never evidence (see
README-probes-18b.md). Run to rebuild."""

from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).with_name("probes-18b.jsonl")

# (kind, label, assertion, text)
P: list[tuple[str, int, str, str]] = [
    # ---- teaching-style case summaries ------------------------------------------------------------------
    (
        "pos_case_summary",
        1,
        "affirmed",
        "A 67-year-old man on apixaban presented after a ground-level fall with worsening confusion over two days. Non-contrast CT showed a 12 mm mixed-density left hemispheric subdural collection with 6 mm of midline shift. Anticoagulation was reversed with andexanet and he underwent burr-hole evacuation the following morning, recovering to his baseline.",
    ),
    (
        "pos_case_summary",
        1,
        "affirmed",
        "Case 3: A 24-year-old cyclist struck by a car arrived with a GCS of 9. Imaging demonstrated a right temporal extradural haematoma with an overlying squamous fracture. He was taken straight to theatre for craniotomy.",
    ),
    (
        "pos_case_summary",
        1,
        "affirmed",
        "We describe a 58-year-old woman with thunderclap headache during exertion. The initial scan revealed diffuse basal subarachnoid blood (modified Fisher 3), and angiography located a 7 mm anterior communicating artery aneurysm, which was coiled on day one.",
    ),
    (
        "pos_case_summary",
        1,
        "affirmed",
        "Case presentation. An 81-year-old with poorly controlled hypertension developed abrupt right hemiparesis and aphasia. CT of the head disclosed a 35 mL left putaminal haemorrhage extending into the lateral ventricle. Given her advance directive, the family chose comfort-focused care.",
    ),
    (
        "pos_case_summary",
        1,
        "uncertain",
        "Case 7. A 3-month-old infant was brought in for irritability and poor feeding. Head CT raised concern for thin bilateral subdural collections of differing density, possibly blood of different ages; the skeletal survey and ophthalmology review were arranged and safeguarding was informed.",
    ),
    (
        "pos_case_summary",
        1,
        "affirmed",
        "Clinical vignette: a 45-year-old woman with metastatic melanoma presented with a first seizure. MRI showed three enhancing lesions, the largest in the right parietal lobe with internal haemorrhage and surrounding oedema. She received dexamethasone and stereotactic radiosurgery.",
    ),
    (
        "neg_case_summary",
        0,
        "negated",
        "A 67-year-old man on apixaban presented after a ground-level fall with a scalp laceration. Non-contrast CT of the head was unremarkable, with no fracture and no intracranial haemorrhage. The wound was closed with staples and he went home with his daughter.",
    ),
    (
        "neg_case_summary",
        0,
        "negated",
        "Case 4: A 31-year-old woman presented with the worst headache of her life. CT within six hours of onset showed no subarachnoid blood and CT angiography showed no aneurysm. A diagnosis of reversible cerebral vasoconstriction syndrome was made after vessel imaging showed segmental narrowing.",
    ),
    (
        "neg_case_summary",
        0,
        "none",
        "We present a 72-year-old man with sudden left arm weakness. CT was normal at 90 minutes and CT perfusion showed a right frontal penumbra; he received tenecteplase and made a full recovery. Follow-up MRI confirmed a small cortical infarct.",
    ),
    (
        "neg_case_summary",
        0,
        "extracranial",
        "Case 2. A 19-year-old rugby player took an elbow to the eye. CT of the orbits showed a retrobulbar haematoma with proptosis; the brain was normal. Lateral canthotomy was performed in the department and vision recovered.",
    ),
    (
        "neg_case_summary",
        0,
        "negated",
        "Clinical vignette: a 54-year-old woman with a known meningioma presented with headache. MRI showed a stable 2 cm dural-based enhancing mass with a dural tail, with no haemorrhage, no oedema and no hydrocephalus. She was reassured and booked for annual imaging.",
    ),
    (
        "neg_case_summary",
        0,
        "historical",
        "A 63-year-old man with a subarachnoid haemorrhage from a coiled basilar tip aneurysm eleven years ago attended for routine surveillance. MR angiography showed stable coil compaction without residual neck, and the brain parenchyma was otherwise unremarkable.",
    ),
    # ---- hospital course over several days -------------------------------------------------------------
    (
        "pos_hospital_course",
        1,
        "affirmed",
        "Hospital course: Day 1 - admitted after a fall, initial head CT showed a small right frontal contusion. Day 2 - more drowsy; repeat CT showed blossoming of the contusion with a new 4 mm subdural component. Day 3 - neurologically stable, seen by neurosurgery, managed non-operatively. Day 5 - transferred to rehab.",
    ),
    (
        "pos_hospital_course",
        1,
        "affirmed",
        "Brief hospital course. Mr K was admitted to the stroke unit with a left thalamic haemorrhage. His blood pressure was brought under 140 systolic with labetalol. On hospital day 3 he became less responsive and CT demonstrated intraventricular extension with early hydrocephalus, so an EVD was placed. He was extubated on day 6.",
    ),
    (
        "pos_hospital_course",
        1,
        "affirmed",
        "Course in hospital: She was admitted for a hip fracture and anticoagulated with enoxaparin. On postoperative day 4 she developed new confusion and a right gaze preference. An urgent head CT showed an acute left parietal intraparenchymal haemorrhage; enoxaparin was stopped and protamine given.",
    ),
    (
        "pos_hospital_course",
        1,
        "affirmed",
        "HOSPITAL COURSE\n12/1: presented with headache, neck stiffness; CT head read as normal; LP declined.\n12/2: headache worse, vomiting; repeat CT now shows a thin layer of subarachnoid blood in the interpeduncular cistern.\n12/3: CTA with a small basilar tip aneurysm; coiled.\n12/6: nimodipine continued, TCDs unremarkable.",
    ),
    (
        "pos_hospital_course",
        1,
        "affirmed",
        "Over the admission the patient's chronic subdural was managed with a middle meningeal artery embolisation on day 2. Post-procedure CT on day 3 showed the collection unchanged at 14 mm. Dexamethasone was not used. She was discharged on day 5 with outpatient imaging in six weeks.",
    ),
    (
        "neg_hospital_course",
        0,
        "negated",
        "Hospital course: Day 1 - admitted after a syncopal episode with a head strike; CT head negative for bleed or fracture. Day 2 - telemetry showed runs of complete heart block. Day 3 - permanent pacemaker implanted. Day 4 - discharged home.",
    ),
    (
        "neg_hospital_course",
        0,
        "negated",
        "Brief hospital course. Ms T was admitted with a right MCA stroke and treated with thrombectomy (TICI 3). The 24-hour post-procedure CT showed an evolving infarct without haemorrhagic transformation, and aspirin was started on day 2. She was discharged to inpatient rehabilitation on day 7.",
    ),
    (
        "neg_hospital_course",
        0,
        "negated",
        "Course in hospital: He was admitted with a GI bleed from a duodenal ulcer requiring 4 units of blood. On day 3 he was confused and a head CT was done, which showed no acute intracranial abnormality; the confusion settled with treatment of his hepatic encephalopathy.",
    ),
    (
        "neg_hospital_course",
        0,
        "negated",
        "HOSPITAL COURSE\n3/4: admitted with fever and headache.\n3/5: CT head unremarkable; LP showed lymphocytic pleocytosis.\n3/6: HSV PCR positive; acyclovir continued.\n3/9: MRI showed left temporal signal change without haemorrhage.",
    ),
    (
        "neg_hospital_course",
        0,
        "negated",
        "Over the admission his chronic subdural hygroma was followed with serial imaging. Each CT showed the same CSF-density collection over the right frontal convexity with no blood products and no mass effect. He was discharged without intervention.",
    ),
    # ---- problem lists ---------------------------------------------------------------------------------
    (
        "pos_problem_list",
        1,
        "affirmed",
        "Assessment/Plan:\n#SDH - stable on repeat CT, 6 mm, no shift. Neuro checks q4h. Keppra x7 days.\n#AF - hold apixaban, rate control with metoprolol.\n#HTN - SBP goal < 160.",
    ),
    (
        "pos_problem_list",
        1,
        "affirmed",
        "Problems:\n1. Traumatic SAH, small volume, bilateral frontal sulci - repeat CT 6 h unchanged.\n2. Rib fractures L 5-7 - analgesia, incentive spirometry.\n3. EtOH use - CIWA protocol.",
    ),
    (
        "pos_problem_list",
        1,
        "affirmed",
        "A/P\n# R cerebellar ICH (3 cm) - neurosurgery following, no EVD for now\n# Obstructive hydrocephalus risk - repeat CT if GCS drops\n# DM2 - SSI",
    ),
    (
        "pos_problem_list",
        1,
        "affirmed",
        "Active issues\n- Acute on chronic L SDH: s/p burr holes POD1, drain out today\n- Hyponatraemia: 129, fluid restrict\n- Deconditioning: PT/OT",
    ),
    (
        "pos_problem_list",
        1,
        "affirmed",
        "IMP/PLAN: 1) Intraventricular haemorrhage with casting of the 4th ventricle - EVD at 15 cm H2O. 2) Aneurysm not yet identified - DSA tomorrow. 3) Hyperglycaemia - insulin sliding scale.",
    ),
    (
        "neg_problem_list",
        0,
        "historical",
        "Problem list:\n- Remote SAH (2012), coiled ACom aneurysm - no current issue\n- T2DM on metformin\n- OSA on CPAP\nPlan: routine follow-up in 6 months.",
    ),
    (
        "neg_problem_list",
        0,
        "negated",
        "Assessment/Plan:\n#Fall with head strike on warfarin - CT head neg for ICH, INR 2.4; observe overnight, no repeat imaging needed.\n#UTI - nitrofurantoin.\n#CKD3 - stable.",
    ),
    (
        "neg_problem_list",
        0,
        "extracranial",
        "A/P\n# Scalp haematoma R occiput - ice, observe\n# Epistaxis - resolved with packing\n# Intracranial injury - none on CT",
    ),
    (
        "neg_problem_list",
        0,
        "hypothetical",
        "Problems:\n1. Headache with vomiting ? SAH - CT head booked, LP if CT negative.\n2. Hypertension - continue amlodipine.\n3. Anxiety.",
    ),
    (
        "neg_problem_list",
        0,
        "negated",
        "Active issues\n- R chronic subdural collection: repeat CT shows complete resolution, no residual fluid or blood\n- Gait: improving with PT\n- Restart aspirin per neurosurgery",
    ),
    # ---- MDM and consult notes -------------------------------------------------------------------------
    (
        "pos_mdm_consult",
        1,
        "affirmed",
        "MDM: 79F on rivaroxaban, mechanical fall, brief LOC. Given anticoagulation and age, CT head obtained and shows a 5 mm right tentorial subdural. Reversal with andexanet initiated, neurosurgery paged, admit to neuro ICU.",
    ),
    (
        "pos_mdm_consult",
        1,
        "affirmed",
        "Neurosurgery consult note\nReason for consult: traumatic brain injury.\nHPI: 33M assaulted, GCS 13 at scene.\nPMH: none.\nImaging: CT head - bifrontal haemorrhagic contusions, largest 2 cm on the right, trace SAH.\nAssessment: moderate TBI with contusions. Non-operative; repeat CT in 6 h.",
    ),
    (
        "pos_mdm_consult",
        1,
        "affirmed",
        "Neurology consult. HPI: 66 yo woman with sudden vertigo and vomiting, unable to walk. Exam: right dysmetria, nystagmus. Data: CT brain shows a 2.5 cm right cerebellar hematoma with effacement of the fourth ventricle. Impression: cerebellar ICH with early mass effect; recommend neurosurgical review for decompression.",
    ),
    (
        "pos_mdm_consult",
        1,
        "uncertain",
        "Medical decision making: 50M with headache after a bout of heavy lifting. CT head reviewed with radiology: questionable subtle hyperdensity in the left sylvian fissure, cannot exclude a small subarachnoid haemorrhage. Will obtain CTA and keep NPO.",
    ),
    (
        "pos_mdm_consult",
        1,
        "affirmed",
        "ED course / MDM: Presented 40 min after a fall from a ladder, vomiting twice. CT head: 18 mm left temporal epidural hematoma with 4 mm shift. Discussed with neurosurgery, who will take him to the OR emergently. Consent obtained from wife.",
    ),
    (
        "pos_mdm_consult",
        1,
        "affirmed",
        "Geriatrics consult\nHPI: 88 year old man admitted with pneumonia; incidental CT for confusion demonstrated bilateral chronic subdural haematomas (R 9 mm, L 7 mm) without shift.\nAssessment: bilateral chronic SDH, likely contributing to falls. Neurosurgery: conservative. Avoid antiplatelets.",
    ),
    (
        "neg_mdm_consult",
        0,
        "negated",
        "MDM: 79F on rivaroxaban, mechanical fall, no LOC. Given anticoagulation and age, CT head obtained and shows no acute intracranial process. Canadian CT head rule reviewed. Discharged with head injury advice and return precautions.",
    ),
    (
        "neg_mdm_consult",
        0,
        "negated",
        "Neurosurgery consult note\nReason for consult: ?subdural on outside CT.\nHPI: 70F fall 2 days ago.\nImaging: Outside CT reviewed with our neuroradiologist - no subdural or other intracranial haemorrhage; the apparent collection is a prominent subdural space from atrophy.\nAssessment: no neurosurgical lesion. Sign off.",
    ),
    (
        "neg_mdm_consult",
        0,
        "hypothetical",
        "Medical decision making: 36F with sudden severe occipital headache at rest. Differential includes subarachnoid haemorrhage, cervical artery dissection and migraine. CT head and CTA ordered, results pending; analgesia given.",
    ),
    (
        "neg_mdm_consult",
        0,
        "none",
        "Neurology consult. HPI: 61 yo man with transient right face and arm numbness lasting 20 min. Exam normal. Data: CT brain normal; MRI DWI negative. Impression: TIA, ABCD2 score 4. Plan: DAPT for 21 days, carotid Doppler, Holter.",
    ),
    (
        "neg_mdm_consult",
        0,
        "negated",
        "ED course / MDM: Presented after syncope on standing. CT head was performed because of a forehead laceration and showed no intracranial bleed or fracture. Orthostatic vitals positive. Fluids given and discharged.",
    ),
    (
        "neg_mdm_consult",
        0,
        "extracranial",
        "MDM: 4-year-old fell from a trampoline onto the back of his head. Large boggy occipital scalp haematoma. PECARN high risk so CT obtained: no skull fracture and no intracranial injury. Discharged with parents.",
    ),
    # ---- discharge summaries ---------------------------------------------------------------------------
    (
        "pos_discharge",
        1,
        "affirmed",
        "DISCHARGE SUMMARY\nAdmission diagnosis: fall.\nDischarge diagnosis: small traumatic subarachnoid haemorrhage, right frontal; left distal radius fracture.\nProcedures: closed reduction of the wrist.\nFollow-up: trauma clinic 2 weeks.",
    ),
    (
        "pos_discharge",
        1,
        "affirmed",
        "Discharge summary - Principal diagnosis: spontaneous intracerebral haemorrhage (right lobar, 22 mL), probable cerebral amyloid angiopathy. Secondary: hypertension, atrial fibrillation. Anticoagulation withheld pending multidisciplinary review at 4 weeks.",
    ),
    (
        "pos_discharge",
        1,
        "affirmed",
        "Discharge note: Admitted 11/28 with confusion; found to have a left chronic subdural haematoma, evacuated via burr holes on 11/29. Post-op CT with expected pneumocephalus and small residual collection. Discharged home 12/3 with staple removal at GP.",
    ),
    (
        "pos_discharge",
        1,
        "affirmed",
        "Reason for admission: intraventricular haemorrhage in a 27-week preterm infant (grade III on the left) found on day-3 cranial ultrasound. Course: serial scans showed progressive ventricular dilatation; neurosurgery reviewed. Discharged to the level 2 unit.",
    ),
    (
        "neg_discharge",
        0,
        "negated",
        "DISCHARGE SUMMARY\nAdmission diagnosis: fall, rule out intracranial haemorrhage.\nDischarge diagnosis: concussion; CT head negative for haemorrhage.\nFollow-up: GP in one week.",
    ),
    (
        "neg_discharge",
        0,
        "historical",
        "Discharge summary - Principal diagnosis: community-acquired pneumonia. Past history: intracerebral haemorrhage 2019 with residual left hemiparesis, hypertension. Treated with amoxicillin; CT head not performed this admission.",
    ),
    (
        "neg_discharge",
        0,
        "negated",
        "Discharge note: Admitted with a seizure in the setting of alcohol withdrawal. CT head showed generalised atrophy only, no bleed. Seen by neurology; no antiepileptic started. Discharged to a detox programme.",
    ),
    (
        "neg_discharge",
        0,
        "extracranial",
        "Reason for admission: rectus sheath haematoma while on enoxaparin, managed conservatively with transfusion of 2 units. A head CT for a fall on day 2 was normal. Anticoagulation switched to apixaban at discharge.",
    ),
    # ---- teaching: differential, learning points --------------------------------------------------------
    (
        "neg_teaching_point",
        0,
        "hypothetical",
        "Learning points: In an anticoagulated older adult, even a trivial head injury warrants imaging because a subdural haematoma may declare itself late. In this patient the CT was normal and she was discharged.",
    ),
    (
        "neg_teaching_point",
        0,
        "hypothetical",
        "Discussion. The differential for a thunderclap headache includes subarachnoid haemorrhage, reversible cerebral vasoconstriction, pituitary apoplexy and cervical artery dissection. Our patient's CT, lumbar puncture and CTA were all normal, and her headache was attributed to primary exertional headache.",
    ),
    (
        "neg_teaching_point",
        0,
        "none",
        "Teaching point: an epidural haematoma classically presents with a lucid interval and is lens-shaped because it is bounded by the sutures, whereas a subdural haematoma is crescentic and crosses sutures. Our patient had a simple linear parietal fracture only.",
    ),
    (
        "neg_teaching_point",
        0,
        "hypothetical",
        "Key learning: hypertensive haemorrhage typically occurs in the putamen, thalamus, pons and cerebellum, while lobar bleeds in the elderly suggest amyloid angiopathy. In this case MRI showed an ischaemic lacune in the thalamus rather than a bleed.",
    ),
    (
        "neg_teaching_point",
        0,
        "negated",
        "Case 5 discussion: Venous sinus thrombosis may present with headache and papilloedema and can be complicated by venous haemorrhagic infarction. In our patient, MR venography confirmed transverse sinus thrombosis without parenchymal haemorrhage, and she was anticoagulated.",
    ),
    (
        "neg_teaching_point",
        0,
        "hypothetical",
        "Pearls: Always consider non-accidental injury when an infant has subdural collections of different ages. This infant's cranial ultrasound and CT were normal; the vomiting was due to pyloric stenosis.",
    ),
    (
        "pos_teaching_point",
        1,
        "affirmed",
        "Discussion. Cerebral amyloid angiopathy typically causes lobar haemorrhage in older adults. Our patient's MRI showed an acute right occipital lobar haematoma with multiple cortical microbleeds and superficial siderosis, fulfilling the Boston criteria for probable CAA.",
    ),
    (
        "pos_teaching_point",
        1,
        "affirmed",
        "Learning points from this case: the patient's 'migraine' was in fact a sentinel bleed. On the second presentation CT showed diffuse subarachnoid haemorrhage with early hydrocephalus from a ruptured PComm aneurysm. Any new worst headache warrants imaging.",
    ),
    (
        "pos_teaching_point",
        1,
        "affirmed",
        "Teaching case: a 9-year-old boy hit on the side of the head by a cricket ball walked and talked, then deteriorated after three hours. The repeat CT showed an expanding left temporal extradural haematoma, evacuated emergently. This is the classical lucid interval.",
    ),
    (
        "pos_teaching_point",
        1,
        "affirmed",
        "Comment: In this patient the haemorrhage arose within a previously undiagnosed glioblastoma - the CT showed a right frontal haematoma with an irregular enhancing rim on the subsequent MRI. Tumoural bleeding should be suspected when oedema is disproportionate.",
    ),
    # ---- earlier CT negative, repeat positive / repeat still negative ---------------------------------
    (
        "pos_repeat_ct",
        1,
        "affirmed",
        "Initial CT head at 14:00 showed no acute intracranial abnormality. Because of a drop in GCS from 15 to 12 a repeat CT was performed at 20:30, demonstrating a new 9 mm acute left subdural haematoma.",
    ),
    (
        "pos_repeat_ct",
        1,
        "affirmed",
        "Her first scan on arrival was negative for haemorrhage. Twelve hours later she became aphasic and the repeat study showed a new left frontal intraparenchymal bleed, thought to be a delayed traumatic intracerebral haemorrhage.",
    ),
    (
        "pos_repeat_ct",
        1,
        "affirmed",
        "CT at the outside hospital reportedly without bleed. On arrival here repeat imaging shows small bilateral frontal contusions and a thin right convexity subdural haematoma, not seen before.",
    ),
    (
        "pos_repeat_ct",
        1,
        "affirmed",
        "Progress note 12/5: The CT on admission was clear. Tonight's CT (done for new headache after starting heparin) now shows a small amount of blood layering in the occipital horns. Heparin held.",
    ),
    (
        "pos_repeat_ct",
        1,
        "uncertain",
        "S: more headache today. O: repeat CT compared with yesterday's normal study shows a new subtle hyperdensity along the right tentorium, possibly a small subdural. A: possible evolving SDH. P: hold enoxaparin, repeat CT in 6 h.",
    ),
    (
        "neg_repeat_ct",
        0,
        "negated",
        "Initial CT head at 14:00 showed no acute intracranial abnormality. Because of ongoing vomiting a repeat CT was performed at 20:30, again showing no haemorrhage, no fracture and no swelling.",
    ),
    (
        "neg_repeat_ct",
        0,
        "negated",
        "Her first scan was reported as a possible small subdural along the falx. The repeat study the next morning, reviewed with neuroradiology, showed this to be normal falcine density with no haemorrhage.",
    ),
    (
        "neg_repeat_ct",
        0,
        "negated",
        "CT at the outside hospital reportedly showed a small SAH. On arrival here the images were reviewed and repeat CT shows no subarachnoid blood; the outside finding was streak artefact.",
    ),
    (
        "neg_repeat_ct",
        0,
        "negated",
        "Progress note 12/5: The CT on admission was clear. Tonight's CT (done for new headache after starting heparin) is again clear with no bleed. Heparin continued.",
    ),
    # ---- transfers ---------------------------------------------------------------------------------------
    (
        "pos_transfer",
        1,
        "affirmed",
        "Transfer note: 72M transferred from St Mary's for neurosurgical evaluation of a left acute-on-chronic SDH with 7 mm midline shift. Received 2 units of FFP en route. GCS 14 on arrival.",
    ),
    (
        "pos_transfer",
        1,
        "affirmed",
        "Accepted in transfer from the community hospital for management of aneurysmal SAH (Hunt-Hess 2) found on their CT this afternoon. Plan: CTA on arrival, nimodipine, neuro ICU bed.",
    ),
    (
        "pos_transfer",
        1,
        "affirmed",
        "Reason for transfer: right basal ganglia ICH with intraventricular extension, requiring neurocritical care not available locally. Airway secured prior to transfer.",
    ),
    (
        "pos_transfer",
        1,
        "affirmed",
        "Interfacility transfer summary. Diagnosis: traumatic EDH, right parietal, 11 mm. Sending physician Dr A spoke with neurosurgery on call, who accepted. ETA 40 minutes by helicopter.",
    ),
    (
        "neg_transfer",
        0,
        "hypothetical",
        "Transfer note: 72M transferred from St Mary's for neurosurgical evaluation of a possible SDH after a fall; no CT scanner was available there. CT head on arrival here is pending.",
    ),
    (
        "neg_transfer",
        0,
        "negated",
        "Accepted in transfer for evaluation of suspected SAH. Repeat CT and CTA here show no subarachnoid haemorrhage and no aneurysm; the outside scan was misread. Returned to the referring hospital.",
    ),
    (
        "neg_transfer",
        0,
        "none",
        "Reason for transfer: acute basilar occlusion for thrombectomy. CT at the sending site showed no bleed and a hyperdense basilar artery; tenecteplase given prior to transfer.",
    ),
    # ---- imaging pending / ordered -------------------------------------------------------------------------
    (
        "neg_imaging_pending",
        0,
        "hypothetical",
        "Nursing note 02:00: Pt more drowsy, pupils equal and reactive. On-call doctor informed, concerned about a possible bleed given INR 4.8; urgent CT head requested. Awaiting porter.",
    ),
    (
        "neg_imaging_pending",
        0,
        "hypothetical",
        "Plan: CT head tonight to exclude subdural haematoma given recurrent falls on clopidogrel. If negative, mobilise with physio tomorrow.",
    ),
    (
        "neg_imaging_pending",
        0,
        "hypothetical",
        "A: acute headache with vomiting in a hypertensive patient; intracranial haemorrhage must be excluded. P: non-contrast CT head stat, BP control, neuro obs hourly. CT result to follow.",
    ),
    (
        "neg_imaging_pending",
        0,
        "hypothetical",
        "Family updated. We explained that the scan is to look for bleeding in or around the brain and that results will be available this afternoon.",
    ),
    (
        "neg_imaging_pending",
        0,
        "hypothetical",
        "Telephone advice: GP asked whether an 84-year-old on warfarin who bumped her head needs a scan. Advised same-day CT head to rule out intracranial bleed; ED notified to expect her.",
    ),
    # ---- round 2: ICU / SOAP / rehab / nursing notes, abbreviations ------------------------------------------
    (
        "pos_soap_icu",
        1,
        "affirmed",
        "Neuro ICU day 4. S: intubated, sedation hold this am. O: GCS E2VTM5, ICP 12-16, EVD draining 8 mL/h blood-tinged. Imaging: CTH this am - stable L frontal IPH 28 cc, IVH decreasing, no new bleed. A/P: ICH with IVH, hydrocephalus improving; clamp trial tomorrow.",
    ),
    (
        "pos_soap_icu",
        1,
        "affirmed",
        "SOAP - POD 2 s/p R crani for ASDH. S: c/o incisional pain. O: A&Ox3, no drift. Post-op CTH: small residual subdural blood, pneumocephalus, shift improved to 2 mm. A: doing well. P: mobilise, drain out.",
    ),
    (
        "pos_soap_icu",
        1,
        "affirmed",
        "Day 7 post-ictus aSAH (Fisher 4, ACom coiled). New R arm weakness this afternoon; TCD velocities up in L MCA. Plan: CTA/CTP for vasospasm, induced hypertension.",
    ),
    (
        "pos_soap_icu",
        1,
        "affirmed",
        "24h post-tPA check: CT head done per protocol, shows petechial haemorrhagic transformation in the left MCA infarct (HI1), no mass effect. Antiplatelets deferred 24 h more.",
    ),
    (
        "pos_soap_icu",
        1,
        "uncertain",
        "Overnight event: became agitated, R pupil 4 mm sluggish. Stat CTH prelim per rads: possible increase in size of the known R temporal contusion, final read pending. Mannitol given, NSGY at bedside.",
    ),
    (
        "neg_soap_icu",
        0,
        "negated",
        "Neuro ICU day 2. S: sedated. O: GCS E3VTM6. Imaging: repeat CTH this am - no haemorrhage, early oedema in the R MCA territory, no shift. A/P: large R MCA stroke post thrombectomy; hemicraniectomy discussion with family.",
    ),
    (
        "neg_soap_icu",
        0,
        "negated",
        "SOAP - POD 1 s/p L temporal lobectomy for epilepsy. Post-op CTH: expected post-surgical changes, no haematoma in the resection bed, no hydrocephalus. Plan: step down.",
    ),
    (
        "neg_soap_icu",
        0,
        "hypothetical",
        "Overnight event: new confusion at 03:00. Bleeding risk high (platelets 11). CTH ordered to look for ICH; platelets transfused. Will follow up the scan.",
    ),
    (
        "neg_soap_icu",
        0,
        "negated",
        "24h post-tPA check: CT head done per protocol, no haemorrhagic transformation, infarct core unchanged. Start aspirin 300 mg.",
    ),
    (
        "neg_soap_icu",
        0,
        "historical",
        "Rehab admission note. Dx: R hemiparesis after L basal ganglia ICH (Oct), treated at County General. Now: transfers with min assist, aphasia improving. Goals: home with family in 3 weeks.",
    ),
    # ---- ruled out narratives ---------------------------------------------------------------------------------
    (
        "neg_ruled_out_note",
        0,
        "negated",
        "Head injury on warfarin; CT ruled out a bleed and she was sent home the same evening.",
    ),
    (
        "neg_ruled_out_note",
        0,
        "negated",
        "SAH was excluded by CT and LP (no xanthochromia); discharged with a migraine diagnosis.",
    ),
    (
        "neg_ruled_out_note",
        0,
        "negated",
        "Intracranial haemorrhage was ruled out on imaging, so thrombolysis was given at 13:42.",
    ),
    (
        "neg_ruled_out_note",
        0,
        "negated",
        "The scan came back clear for any bleeding, which reassured the family.",
    ),
    ("neg_ruled_out_note", 0, "negated", "Bleed excluded. Likely vasovagal syncope; to follow up with GP."),
    (
        "pos_ruled_out_note",
        1,
        "affirmed",
        "Initially thought to be a migraine, but CT confirmed a subarachnoid haemorrhage in the basal cisterns.",
    ),
    (
        "pos_ruled_out_note",
        1,
        "affirmed",
        "Stroke mimic was ruled out: the CT showed a left thalamic bleed of 12 mL.",
    ),
    (
        "pos_ruled_out_note",
        1,
        "affirmed",
        "Infection and tumour were excluded; the lesion proved to be a cavernoma with acute haemorrhage.",
    ),
    # ---- narrative hospital courses with imaging told in the past tense --------------------------------------
    (
        "pos_narrative_past",
        1,
        "affirmed",
        "Mrs P, 84, was brought in by ambulance after being found on the floor. A CT of her head showed bilateral subacute subdural haematomas. She was reviewed by the neurosurgical registrar who advised conservative management, and she is now back to baseline.",
    ),
    (
        "pos_narrative_past",
        1,
        "affirmed",
        "He had a witnessed seizure at work. On arrival the CT brain demonstrated a haemorrhagic lesion in the left frontal lobe, later confirmed on MRI as a bleeding cavernous malformation.",
    ),
    (
        "pos_narrative_past",
        1,
        "affirmed",
        "The baby was born at 26 weeks. Her day-5 head ultrasound showed bilateral grade II intraventricular haemorrhages, which were stable on the day-10 scan.",
    ),
    (
        "pos_narrative_past",
        1,
        "affirmed",
        "Admitted with a headache that began during sex. CT negative at 8 hours but the LP showed xanthochromia, and CTA then found a 4 mm PComm aneurysm; diagnosis: CT-negative subarachnoid haemorrhage.",
    ),
    (
        "neg_narrative_past",
        0,
        "negated",
        "Mrs P, 84, was brought in by ambulance after being found on the floor. A CT of her head showed only atrophy and old lacunes. She was reviewed by the orthogeriatric team and is now back to baseline.",
    ),
    (
        "neg_narrative_past",
        0,
        "none",
        "He had a witnessed seizure at work. On arrival the CT brain demonstrated a low-density lesion in the left frontal lobe, later confirmed on MRI as a low-grade glioma without enhancement.",
    ),
    (
        "neg_narrative_past",
        0,
        "negated",
        "The baby was born at 26 weeks. Her day-5 and day-10 head ultrasounds were normal, with no intraventricular haemorrhage and no periventricular echogenicity.",
    ),
    (
        "neg_narrative_past",
        0,
        "negated",
        "Admitted with a headache that began during sex. CT at 3 hours and CTA were both normal, the LP was declined as outside guidance; diagnosis: primary headache associated with sexual activity.",
    ),
    # ---- round 3: handoffs, medication-driven notes, oncology, paediatric, brief lines -----------------------
    (
        "pos_handoff",
        1,
        "affirmed",
        "SBAR. S: Bed 12, 70M, worsening headache. B: admitted yesterday with small R convexity SDH after fall, on aspirin (held). A: GCS 15, pupils equal, BP 168/90. R: recheck neuro obs hourly, call NSGY if drop; repeat CT at 06:00.",
    ),
    (
        "pos_handoff",
        1,
        "affirmed",
        "Handover: Cot 4 - ex-28/40, known bilateral grade II IVH, scan today unchanged, ventricles not dilated. Feeds going up.",
    ),
    (
        "pos_handoff",
        1,
        "affirmed",
        "Sign-out: 58F SAH day 5, coiled, on nimodipine. Watch Na (SIADH), TCDs tomorrow. Code status full.",
    ),
    (
        "pos_handoff",
        1,
        "affirmed",
        "Anticoagulation clinic note: apixaban permanently stopped because of the subdural haematoma found on last week's CT; LAA occlusion referral made.",
    ),
    (
        "neg_handoff",
        0,
        "negated",
        "SBAR. S: Bed 12, 70M, headache. B: admitted after fall on aspirin; CT no bleed. A: GCS 15. R: neuro obs 4-hourly, mobilise.",
    ),
    (
        "neg_handoff",
        0,
        "none",
        "Handover: Cot 4 - ex-28/40, head scans all normal so far, next scan day 28. Feeds going up.",
    ),
    (
        "neg_handoff",
        0,
        "hypothetical",
        "Sign-out: 58F, thunderclap headache, CT pending at change of shift; if negative needs LP at 12 h.",
    ),
    (
        "neg_handoff",
        0,
        "hypothetical",
        "Anticoagulation clinic note: apixaban continued; counselled about bleeding risks including intracranial haemorrhage and to attend ED after any head injury.",
    ),
    # ---- oncology / haematology notes ---------------------------------------------------------------------------
    (
        "pos_onc_haem",
        1,
        "affirmed",
        "Heme-onc progress note: AML day 12 of induction, plts 6. Overnight headache; CT showed a 2 cm L frontal IPH. Platelets transfused to > 100, TXA started, NSGY aware.",
    ),
    (
        "pos_onc_haem",
        1,
        "affirmed",
        "Melanoma follow-up: restaging MRI brain shows two new haemorrhagic metastases (R frontal 9 mm, L cerebellar 6 mm). Refer for SRS.",
    ),
    (
        "pos_onc_haem",
        1,
        "uncertain",
        "Oncology note: new R parietal lesion on MRI with T1 hyperintensity, possibly haemorrhage within a metastasis. Discussed at tumour board next week.",
    ),
    (
        "neg_onc_haem",
        0,
        "negated",
        "Heme-onc progress note: AML day 12 of induction, plts 6. Overnight headache; CT head showed no bleed. Platelets transfused.",
    ),
    (
        "neg_onc_haem",
        0,
        "negated",
        "Melanoma follow-up: restaging MRI brain shows no intracranial metastases and no haemorrhage. Continue nivolumab.",
    ),
    (
        "neg_onc_haem",
        0,
        "hypothetical",
        "Oncology note: bevacizumab discussed; main risks are hypertension, proteinuria and, rarely, intracranial haemorrhage. Patient consents.",
    ),
    (
        "neg_onc_haem",
        0,
        "extracranial",
        "Haematology note: severe haemophilia A, presenting with a spontaneous iliopsoas haematoma; factor VIII given. Head CT not indicated.",
    ),
    # ---- paediatric / safeguarding ---------------------------------------------------------------------------------
    (
        "pos_paeds",
        1,
        "affirmed",
        "Child protection medical: 5-month-old with a torn frenulum and bruising to the ear. CT head shows thin bilateral subdural haemorrhages over the convexities and along the falx; skeletal survey shows a healing rib fracture. Strategy meeting called.",
    ),
    (
        "pos_paeds",
        1,
        "affirmed",
        "PICU note: 6yo hit by a car, GCS 7. CT - diffuse axonal injury pattern with petechial haemorrhages at the grey-white junction and in the corpus callosum. ICP monitor inserted.",
    ),
    (
        "neg_paeds",
        0,
        "negated",
        "Child protection medical: 5-month-old with a bruise on the cheek. CT head normal (no subdural or other bleed), skeletal survey normal, eyes normal. No safeguarding concerns.",
    ),
    (
        "neg_paeds",
        0,
        "extracranial",
        "PICU note: 6yo hit by a car. Large subgaleal haematoma and liver laceration grade 3; CT head shows no intracranial injury. Liver managed non-operatively.",
    ),
    # ---- brief one-liners from notes ---------------------------------------------------------------------------------
    ("pos_oneliner", 1, "affirmed", "Keppra x 7 days for seizure prophylaxis given the SAH."),
    ("pos_oneliner", 1, "affirmed", "Holding enoxaparin because of the new subdural."),
    ("pos_oneliner", 1, "affirmed", "ICH score 2 (GCS 11, volume 34 mL, IVH present)."),
    ("pos_oneliner", 1, "affirmed", "Pt with known R SDH, no further bleeding on today's CT."),
    ("neg_oneliner", 0, "hypothetical", "SAH precautions not required; CT head and LP both negative."),
    ("neg_oneliner", 0, "negated", "No further bleeding from the scalp wound; CT head negative."),
    ("neg_oneliner", 0, "hypothetical", "Bleeding precautions given platelets of 14."),
    ("neg_oneliner", 0, "historical", "Restart apixaban - SDH from 2022 fully resolved on last scan."),
    # ---- round 4: problem-list headings, letters, interval histories, dated earlier scans, results told ----------
    (
        "neg_problem_list",
        0,
        "historical",
        "Active problems: atrial fibrillation, hypertension.\nResolved problems: left subdural haematoma (2021), drained.\nPlan: continue apixaban.",
    ),
    (
        "neg_problem_list",
        0,
        "historical",
        "Problem list\nActive: T2DM, CKD 3\nInactive: subarachnoid haemorrhage 2015, coiled\nAllergies: penicillin",
    ),
    (
        "neg_discharge",
        0,
        "hypothetical",
        "Admitting diagnosis: r/o intracranial haemorrhage.\nDischarge diagnosis: vasovagal syncope.\nCT head: no acute abnormality.",
    ),
    (
        "pos_discharge",
        1,
        "affirmed",
        "Admitting diagnosis: fall.\nDischarge diagnosis: traumatic subdural haematoma, right, 5 mm, managed conservatively.",
    ),
    (
        "neg_clinic_letter",
        0,
        "historical",
        "Dear Dr Shah,\nI reviewed Mrs Lee in the neurosurgical clinic today. Her subdural haematoma has completely resolved on the CT performed last week, and she may restart her clopidogrel.\nYours sincerely",
    ),
    (
        "pos_clinic_letter",
        1,
        "affirmed",
        "Dear Dr Shah,\nI reviewed Mrs Lee in the neurosurgical clinic today. Her CT last week shows that the left subdural haematoma has enlarged to 14 mm, so I have listed her for burr-hole drainage.\nYours sincerely",
    ),
    (
        "neg_clinic_letter",
        0,
        "historical",
        "Interval history: since her SAH in March she has had no further headaches; the follow-up angiogram showed the aneurysm remains occluded.",
    ),
    (
        "pos_clinic_letter",
        1,
        "affirmed",
        "Interval history: since the last visit she has had two falls; the CT done by her GP yesterday shows a new right chronic subdural haematoma of 11 mm.",
    ),
    (
        "neg_mdm_consult",
        0,
        "none",
        "ROS: negative for headache, vomiting, weakness. Exam: no focal deficit. Assessment: minor head injury, CT not indicated by the Canadian rule.",
    ),
    (
        "neg_mdm_consult",
        0,
        "historical",
        "HPI: 80F on warfarin, fall today, hit head. PMH: ICH 2018 (R thalamic), AF. Imaging: CT head today - old R thalamic cavity, no new haemorrhage. A/P: discharge.",
    ),
    (
        "pos_mdm_consult",
        1,
        "affirmed",
        "HPI: 80F on warfarin, fall today, hit head. PMH: AF. Imaging: CT head today - acute R SDH 6 mm. A/P: reverse INR, admit.",
    ),
    (
        "pos_problem_list",
        1,
        "affirmed",
        "Impression/Plan: Acute on chronic subdural haematoma, symptomatic - for theatre in the morning. Consent signed.",
    ),
    (
        "neg_imaging_pending",
        0,
        "hypothetical",
        "Impression/Plan: headache, likely tension type. No red flags, so no imaging. Safety-netted for thunderclap onset, which would need a CT to exclude SAH.",
    ),
    ("neg_oneliner", 0, "negated", "Dx: concussion. CT: negative. Return to play protocol."),
    (
        "pos_oneliner",
        1,
        "affirmed",
        "Dx: cerebral contusions (bifrontal) with small tSAH. Admit to trauma, neuro checks.",
    ),
    (
        "neg_repeat_ct",
        0,
        "negated",
        "Radiology was consulted and re-reviewed the head CT: the suspected subdural was a beam-hardening artefact; no haemorrhage.",
    ),
    (
        "pos_handoff",
        1,
        "affirmed",
        "Radiology called with a critical result: the CT head shows a new 8 mm subdural haematoma with 3 mm shift. Team informed at 14:05.",
    ),
    (
        "neg_narrative_past",
        0,
        "historical",
        "Outside records reviewed: previous CT (2019) showed a small SAH from a fall; MRI today shows only a few haemosiderin deposits and no acute blood.",
    ),
    (
        "neg_narrative_past",
        0,
        "negated",
        "Discussed the scan result with the patient: no bleeding in the brain was found, and the dizziness is likely vestibular.",
    ),
    (
        "pos_narrative_past",
        1,
        "affirmed",
        "Discussed the scan result with the patient: a small bleed in the brain was found, and we will keep her in for observation.",
    ),
]


def main() -> None:
    rows = [
        {"id": f"p18b-{i:03d}", "text": text, "label": label, "kind": kind, "assertion": assertion}
        for i, (kind, label, assertion, text) in enumerate(P, 1)
    ]
    with OUT.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
