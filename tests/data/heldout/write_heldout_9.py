# ruff: noqa: E501  (report texts are kept on one line each)
"""Held-out set 9 (set 8's kinds + five new ones), written by hand by `blind9`; run to rebuild heldout-9.jsonl.

Every text was invented for this set. Each entry is (style, text) or (style, text, assertion) where the
assertion differs from the kind's default. The style says how the text is written; ``doc_type`` (report or
note) is derived from it and written to the JSONL. ``LONG_TEXTS`` holds the long notes and summaries (150
words or more) of some kinds, kept apart only for readability. The order in the JSONL is a fixed shuffle
(seed 9).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from heldout_writer import numbered, write

OUT = Path(__file__).with_name("heldout-9.jsonl")

# styles written as radiology reports (or a reporting system's output); every other style is a note, message,
# letter or summary
REPORT_STYLES = {
    "report",
    "template",
    "telerad_prelim",
    "voice_recognition",
    "report_nonnative",
    "addendum",
    "corrected_report",
    "peds_report",
    "neonatal_us",
    "neonatal_mri",
    "mri_report",
    "cta_report",
    "orbit_ct",
    "maxfac_ct",
    "sinus_ct",
    "temporal_bone_ct",
}

TEXTS: dict[str, list[tuple]] = {
    "pos_plain": [
        (
            "pager",
            "CRITICAL RESULT 14:52 - CT head bed 12 (Mr K.) - acute R frontal intraparenchymal bleed ~3cm w surrounding oedema, 4mm MLS. Rad aware, called to ward reg. Pls ack.",
        ),
        (
            "telerad_prelim",
            "PRELIMINARY READ (overnight teleradiology, final to follow by staff radiologist). Non-contrast head CT: acute subdural hematoma over the left convexity measuring 9 mm, mild effacement of the left lateral ventricle. Discussed by phone with ED physician at 03:10.",
        ),
        (
            "voice_recognition",
            "CT brain without contrast. There is an acute sub dural hematoma along the right tent oriole him measuring 5 mm. No mid line shift. Ventricles normal size. Impression acute right tentorial subdural hematoma.",
        ),
        (
            "neurosurg_note",
            "Neurosurgery on-call review 02:00. 71M, fall at home, GCS 14. CT: L temporal EDH 14 mm with overlying fracture, 5 mm shift. Plan: theatre for evacuation tonight, consent obtained from daughter, anaesthetics aware.",
        ),
        (
            "peds_report",
            "CT head, 4-year-old, fall from bunk bed. Small acute extradural haematoma in the right parietal region beneath a nondisplaced fracture, maximal depth 6 mm. No mass effect. Paediatric neurosurgery informed.",
        ),
        (
            "neurology_note",
            "Stroke team note. Code stroke activated 10:40, LKW 09:55. NIHSS 12. Plain CT shows a left putaminal haemorrhage, volume approx 18 mL, no IVH. Thrombolysis contraindicated. BP target SBP < 140. Admit to HASU.",
        ),
        (
            "report",
            "Examination: CT head. Clinical: sudden severe occipital headache during exercise. Report: diffuse subarachnoid haemorrhage in the basal cisterns, both Sylvian fissures and the interhemispheric fissure; early dilatation of the temporal horns. Conclusion: acute SAH with early hydrocephalus; CT angiogram advised.",
        ),
        (
            "orbit_ct",
            "CT orbits and brain (assault). Left medial orbital wall blowout with herniated fat; the globes are intact. Included brain: a thin acute subdural haematoma along the left frontal convexity, 3 mm, without mass effect. Please correlate clinically and alert neurosurgery.",
        ),
        (
            "icu_note",
            "ICU day 1 progress. Post-cardiac arrest, off sedation hold at 08:00. CT brain overnight: new right cerebellar haemorrhage 2.5 cm compressing the fourth ventricle. Neurosurg aware, considering posterior fossa decompression. Family meeting at 14:00.",
        ),
        (
            "mri_report",
            "MRI brain with SWI. A 2 cm left occipital lobar haematoma with T1 hyperintense rim and marked blooming on SWI, consistent with an early subacute intracerebral haemorrhage. Several cortical microbleeds in both occipital lobes suggest cerebral amyloid angiopathy.",
        ),
        (
            "report_nonnative",
            "CT of the head done without contrast. Is seen one haemorrhage inside the right thalamus, of 15 mm, with extension into the third ventricle and the lateral ventricles. The ventricular system is not dilated at this moment. Conclusion: thalamic haemorrhage with ventricular opening.",
        ),
        (
            "ed_note",
            "ED attending note: 88F on apixaban, unwitnessed fall, confused. CT head: acute-on-chronic right hemispheric subdural 11 mm with 6 mm shift. Reversal with andexanet given. Discussed with neurosurgery who accept transfer.",
        ),
        (
            "maxfac_ct",
            "CT facial bones. Comminuted fractures of the right zygomaticomaxillary complex and anterior wall of the right maxillary sinus, with haemosinus. Visible brain: small focus of traumatic subarachnoid haemorrhage in a right frontal sulcus. Findings telephoned to the maxillofacial team.",
        ),
        (
            "report",
            "NCCT head. Acute intraventricular haemorrhage layering in both occipital horns and filling the fourth ventricle; no parenchymal source identified. Ventricles mildly enlarged. IMPRESSION: Primary IVH with mild hydrocephalus. Recommend CTA to search for a vascular cause.",
        ),
        (
            "sms",
            "Reg: CT from resus pt back - small R EDH 7mm temporal, no shift, skull #. NSx said obs + rpt CT 6h. Can u review at 5?",
        ),
    ],
    "pos_described_unnamed": [
        (
            "report",
            "CT head. There is a lentiform high-attenuation extra-axial collection over the right parietal convexity, 12 mm thick, limited by the sutures, with subjacent sulcal effacement. Overlying linear parietal fracture. Midline shift 3 mm.",
        ),
        (
            "telerad_prelim",
            "Prelim: crescent-shaped hyperattenuating collection along the left hemispheric convexity extending into the interhemispheric fissure, max 7 mm. Sulcal effacement on the left. Staff to finalise.",
        ),
        (
            "voice_recognition",
            "Noncontrast head CT. Hyper dense material fills the supra sellar cistern and the ambient cisterns and extends into the left silvia and fissure. The temporal horns are slightly prominent. Recommend CT angiogram.",
        ),
        (
            "neonatal_us",
            "Cranial ultrasound, day 3, 26+4 weeks gestation. Echogenic material fills the right lateral ventricle, which is distended, and extends into the adjacent periventricular white matter as an echogenic wedge. The left germinal matrix is bulky and echogenic.",
        ),
        (
            "report",
            "CT brain. Dependent high density fluid level in both occipital horns of the lateral ventricles, not present on the study two days ago. Ventricular size unchanged. External ventricular drain tip in the right frontal horn.",
        ),
        (
            "neurosurg_note",
            "NSx ward round. Repeat CT: the right temporal lobe now shows a 3 cm area of mixed high density with surrounding low attenuation, new since admission imaging, with uncal effacement. Plan: HDU, hourly neuro obs, repeat CT if GCS drops.",
        ),
        (
            "peds_report",
            "CT head, 5-month-old, increasing head circumference and irritability. Bilateral extra-axial collections of differing attenuation: low-density fluid over both frontal lobes with a layer of dense material posteriorly on the left and along the tentorium. Skeletal survey recommended.",
        ),
        (
            "report_nonnative",
            "CT skull without contrast: there is a biconvex hyperdense collection in the left temporal region, 15 mm, with effect of mass on the ventricle and deviation of the midline 5 mm. Fracture of the squama of temporal bone on the same side.",
        ),
        (
            "report",
            "CT head. A 2.2 cm hyperdense focus centred in the left caudate head with a thin low-density halo, rupturing into the frontal horn where dense material layers. Hydrocephalus is absent.",
        ),
        (
            "mri_report",
            "MRI brain. Right frontal lesion that is T1 bright and T2 dark centrally with a T2 bright periphery and marked susceptibility artefact on gradient echo, with vasogenic oedema; new since the CT a week ago which showed a hyperdense right frontal focus.",
        ),
        (
            "neurology_note",
            "Neurology consult. Thunderclap headache 8 h ago. CT reviewed with radiology: high attenuation in the interpeduncular cistern and the anterior interhemispheric fissure, subtle. Plan CTA tonight; LP not needed given CT appearance.",
        ),
        (
            "cta_report",
            "CTA head and neck. On the non-contrast series, a 4 cm heterogeneous hyperdense collection in the left basal ganglia with a fluid-fluid level and a rim of low-density oedema, new since yesterday's normal CT; on the arterial phase a small enhancing focus lies within it. No aneurysm. No large-vessel occlusion.",
        ),
        (
            "report",
            "CT head post fall. Swirling mixed-attenuation crescentic collection over the right hemisphere measuring 16 mm, containing hyperdense and hypodense components, midline deviated 8 mm to the left, right uncus medially displaced.",
        ),
        (
            "pager",
            "URGENT: CT bed 4 - new hyperdense fluid along L tentorium + posterior falx vs prior (none before). Pt anticoag. Radiology on ext 4431.",
        ),
        (
            "report",
            "CT brain. Multiple small cortical hyperdense foci in both inferior frontal lobes and the left temporal pole with surrounding low density, coup-contrecoup pattern. Left occipital scalp swelling.",
        ),
    ],
    "pos_not_purely_historical": [
        (
            "neurology_note",
            "Clinic letter addendum. Known previous right occipital lobar haemorrhage in 2023 from probable amyloid angiopathy. Presented yesterday with new left frontal headache; CT now shows a fresh 2 cm left frontal lobar haemorrhage. Aspirin stopped.",
        ),
        (
            "report",
            "CT head. History: prior SDH evacuated March. Findings: right burr holes. New acute subdural blood over the right convexity, 8 mm, on a background of the chronic collection. Impression: recurrent acute-on-chronic right SDH.",
        ),
        (
            "discharge_summary",
            "Discharge summary. PMH: hypertension; pontine haemorrhage 2019 with residual left-sided weakness. This admission: collapsed at home; CT demonstrated a new right basal ganglia haemorrhage (12 mL) without IVH. Managed with BP control; discharged to stroke rehab.",
        ),
        (
            "telerad_prelim",
            "Prelim. Old left MCA territory infarct with encephalomalacia and prior haemorrhagic residua (haemosiderin on old MRI). New today: a small acute hyperdense haematoma in the right cerebellum, 1.5 cm.",
        ),
        (
            "neurosurg_note",
            "Neurosurgery. Pt known to us - AVM bleed 2018, treated with radiosurgery. Now new headache and vomiting. CT: acute re-haemorrhage at the nidus site in the left parietal lobe, 3 cm, with IVH. For CTA and discussion at the neurovascular MDT.",
        ),
        (
            "peds_report",
            "CT head, 7-year-old with haemophilia A, known right frontal subdural in infancy, since resolved. New today: 5 mm acute subdural haematoma along the left tentorium after a minor fall. Haematology informed.",
        ),
        (
            "report_nonnative",
            "Control CT. The patient had subarachnoid haemorrhage last year with clipping of the ACoA aneurysm. Today we see new hyperdense blood in the right sylvian fissure and the prepontine cistern; the clip is in place. Suspicion of a second aneurysm, CTA proposed.",
        ),
        (
            "ed_note",
            "ED note. Background: two previous falls with SDH (2022, 2024, both conservative). Today third fall on rivaroxaban. CT head: new acute left frontal SDH 6 mm over the old hypodense collection. NSx: admit under medicine, repeat CT 24h.",
        ),
        (
            "mri_report",
            "MRI brain. Chronic haemosiderin-stained cavity in the right temporal lobe from the 2021 haematoma. In addition a new early subacute haemorrhage in the left thalamus, 1 cm, T1 hyperintense with surrounding oedema.",
        ),
        (
            "voice_recognition",
            "CT head comparison 2 years ago. Old right front all lobe haemorrhage cavity is again noted. New acute subarachnoid blood in the left parietal sulci. Impression new small convexity subarachnoid hemorrhage. Old right frontal injury.",
        ),
        (
            "neurology_note",
            "Neurology follow-up. Had cSAH in 2024 attributed to RCVS which resolved. Readmitted with thunderclap headaches x3; CT today shows new sulcal blood over the right precentral gyrus. Recurrent RCVS suspected; nimodipine started.",
        ),
        (
            "report",
            "CT head. Comparison with the scan of last month: the previously seen left parietal haematoma has resolved to a slit-like cavity. There is, however, a new acute 1.8 cm haemorrhage in the right occipital lobe.",
        ),
        (
            "icu_note",
            "ICU. Admitted 10 days ago with Hunt-Hess 3 SAH, coiled day 1. Tonight new drop in GCS; CT: fresh intraventricular haemorrhage in both lateral ventricles, new since yesterday, and EVD blocked. EVD replaced.",
        ),
        (
            "clinic_letter",
            "Dear Dr Okafor, your patient had a small left frontal contusion after a cycling accident in 2020 which fully resolved. He attended our clinic after a recent fall, and the MRI arranged last week shows a new right frontal chronic subdural haematoma of 9 mm. I have referred him to neurosurgery.",
        ),
        (
            "report",
            "MRI head. Previous right cerebellar haemorrhage (2022) with gliosis. New: a subacute haematoma in the left pons, 8 mm, with peripheral T1 high signal, in keeping with a second hypertensive haemorrhage.",
        ),
    ],
    "pos_note_sections": [
        (
            "neurosurg_note",
            "NEUROSURGERY CONSULT\nReason for consult: fall, anticoagulated.\nHPI: 79F, tripped on stairs, struck occiput, on warfarin (INR 3.1).\nExam: GCS 15, no focal deficit.\nImaging: CT head - small R frontal contusion with 4 mm acute SDH along the falx.\nAssessment/Plan: reverse with PCC and vitamin K; repeat CT 6 h; no operative intervention.",
        ),
        (
            "neurology_note",
            "S: woke with R arm weakness and dysarthria.\nO: BP 210/115. NIHSS 7.\nInvestigations: CT brain - L internal capsule haemorrhage, 9 mL.\nA: hypertensive ICH.\nP: IV labetalol, target SBP 140, stroke unit, swallow screen.",
        ),
        (
            "discharge_summary",
            "DISCHARGE SUMMARY\nAdmitting diagnosis: head injury.\nPresenting complaint: struck by a car door, brief LOC.\nPast medical history: type 2 diabetes, hypertension, no previous head injuries.\nInvestigations: CT head on arrival showed a small left temporal epidural haematoma (5 mm) with a temporal bone fracture; repeat CT at 8 hours was stable.\nHospital course: observed on the neurosurgical ward for 48 hours, no deterioration, analgesia only.\nCondition at discharge: GCS 15, independent.\nFollow-up: neurosurgery clinic 6 weeks; no driving for 6 months; return if worsening headache, vomiting or drowsiness.\nMedications: paracetamol as required; metformin and amlodipine unchanged.\nGP actions: check blood pressure in 2 weeks and review the repeat imaging letter when it arrives; the patient and his wife were given the head injury advice leaflet and the ward telephone number. He was advised to avoid alcohol, contact sport and long-haul flights until the clinic review, and to expect some tiredness, poor concentration and irritability for several weeks, which are common after this kind of injury.",
        ),
        (
            "ed_note",
            "Triage: headache, vomiting.\nHx: sudden onset headache at 7am while lifting, 10/10.\nPMH: smoker, nil else.\nExam: neck stiffness, GCS 15.\nResults: CT head - SAH in basal cisterns, Fisher 3.\nPlan: neurosurgery referral, nimodipine, CTA.",
        ),
        (
            "icu_note",
            "ICU PROGRESS NOTE\nNeuro: sedated, pupils equal. ICP 18.\nImaging (today): CT shows blossoming of bifrontal haemorrhagic contusions, largest L 3 cm, and new thin tSAH.\nResp: ventilated, FiO2 0.35.\nCVS: noradrenaline 0.05.\nPlan: hyperosmolar therapy, repeat CT if ICP > 22.",
        ),
        (
            "peds_note",
            "Child Protection Medical\nReferral: 3-month-old, bruising on the ear and torso.\nHistory from parents: rolled off sofa.\nExamination: bruise to left pinna, two truncal bruises.\nInvestigations: CT head showed bilateral subdural haematomas of mixed density and a thin layer along the posterior falx; ophthalmology found bilateral multilayered retinal haemorrhages.\nOpinion: findings are of significant concern for inflicted injury; safeguarding strategy meeting today.",
        ),
        (
            "neurology_note",
            "Neurology inpatient note.\nProblem list: 1) new seizure 2) headache.\nImaging: MRI brain today - cortical vein thrombosis over the right parietal lobe with an adjacent 2 cm haemorrhagic venous infarct.\nPlan: LMWH despite haemorrhage (per guidance), levetiracetam, repeat MRI 1 week.",
        ),
        (
            "clinic_letter",
            "Diagnosis: right chronic subdural haematoma (10 mm).\nHistory: 3 weeks of worsening headache and word-finding difficulty.\nExamination: mild right pronator drift.\nImaging: CT last Friday shows a right hemispheric chronic subdural collection with 4 mm shift.\nPlan: listed for burr-hole drainage next week; clopidogrel stopped today.",
        ),
        (
            "discharge_summary",
            "Hospital course:\nDay 1: admitted with sudden right hemiparesis; CT showed a left frontal lobar haemorrhage (25 mL) with a small IVH component.\nDay 3: MRI suggested an underlying cavernous malformation as the source.\nDay 7: mobilising with a frame.\nDischarge plan: neurosurgical review of the cavernoma; no antithrombotics.",
        ),
        (
            "ed_note",
            "Assessment: 22M, rugby tackle, headache and vomiting x2.\nImaging: CT head - 8 mm right EDH in the temporal fossa, no shift.\nDisposition: accepted by NSx for observation on HDU; repeat CT if any change.",
        ),
        (
            "handover",
            "Night handover - Bed 7\nSituation: ICH on CT this evening (L parietal, 2 cm).\nBackground: AF on dabigatran.\nAssessment: GCS 14, stable.\nRecommendation: idarucizumab given 20:15; neuro obs hourly; repeat CT at 06:00.",
        ),
        (
            "neurosurg_note",
            "POST-OP DAY 2 (R pterional clipping of MCA aneurysm)\nNeuro: GCS 15, moving all limbs.\nCT today: small new haematoma in the right temporal lobe at the operative site, 1.5 cm, no mass effect.\nPlan: BP < 160, hold DVT prophylaxis 24 h.",
        ),
        (
            "neurology_note",
            "Impression: lobar haemorrhage, probable cerebral amyloid angiopathy.\nImaging: CT shows a fresh 3 cm right parietal haemorrhage; MRI with widespread lobar microbleeds and superficial siderosis.\nPlan: stop apixaban, MDT discussion about LAA occlusion.",
        ),
        (
            "icu_note",
            "Neuro ICU admission note\nDiagnosis: traumatic brain injury after motorcycle crash.\nCT: left acute SDH 12 mm, bifrontal contusions and a small IVH.\nIntervention: decompressive craniectomy performed.\nCurrent: ICP bolt inserted, targets CPP 60-70.",
        ),
        (
            "clinic_letter",
            "Clinic summary\nReason: review of headaches.\nResults: MRI (last week) shows a small subacute haemorrhage in the left cerebellar hemisphere, 7 mm, around a developmental venous anomaly.\nPlan: repeat MRI in 3 months; avoid antiplatelets.",
        ),
    ],
    "pos_known_no_veto": [
        (
            "report",
            "CT head follow-up. The known right convexity subdural haematoma is unchanged at 9 mm with a new dependent hematocrit level posteriorly. No new haemorrhage elsewhere. No hydrocephalus.",
        ),
        (
            "telerad_prelim",
            "Prelim: left cerebellar haematoma again seen, 2.4 cm, similar to prior. No new intracranial bleed. Fourth ventricle patent.",
        ),
        (
            "neurosurg_note",
            "NSx review: repeat CT - the L frontal contusion (haemorrhagic) now 2.8 cm, was 2.1 cm. No further bleeding elsewhere. Continue obs, repeat in 24h.",
        ),
        (
            "voice_recognition",
            "Follow up CT head. Persistent subarachnoid blood in the right silvian fissure slightly less dense. No new hemorrhage. Ventricles stable. Impression evolving right sylvian subarachnoid hemorrhage no new bleed.",
        ),
        (
            "report_nonnative",
            "Control CT after 24 hours. The haematoma of the left putamen is stable, 20 mm. There is no new haemorrhage and no ventricular opening. Oedema slightly more.",
        ),
        (
            "peds_report",
            "Repeat CT head, 2-year-old. The right parietal extradural haematoma measures 8 mm, previously 7 mm. No other intracranial haemorrhage. No new fracture.",
        ),
        (
            "icu_note",
            "ICU. Daily CT: residual IVH in the occipital horns, less than yesterday. No new haemorrhage; EVD in situ, draining 8 mL/h. Continue.",
        ),
        (
            "report",
            "MRI brain. The known left thalamic haemorrhage is now early subacute, 1.6 cm, with surrounding oedema. No further microbleeds or new areas of haemorrhage. No underlying mass.",
        ),
        ("pager", "FYI bed 22 rpt CT: R SDH same 6mm, no new bleed, no shift. No action needed per NSx."),
        (
            "neonatal_us",
            "Cranial US day 7. The known left grade II germinal matrix-intraventricular haemorrhage persists with clot in the left lateral ventricle, ventricle not dilated. No new haemorrhage. No parenchymal involvement.",
        ),
        (
            "report",
            "CT head, 72 h after trauma. Bifrontal haemorrhagic contusions are evolving with increased perilesional oedema. Subarachnoid blood has largely cleared. No new haemorrhagic foci.",
        ),
        (
            "neurology_note",
            "Stroke review: repeat CT at 24 h - L lobar ICH stable at 30 mL, no expansion, no new bleeding elsewhere, no IVH. Restart statin. Mobilise.",
        ),
        (
            "template",
            "Comparison: prior CT 2 days.\nSubdural hematoma: present, left, 7 mm (prior 7 mm).\nNew hemorrhage: none.\nMidline shift: 2 mm.\nHydrocephalus: no.",
        ),
        (
            "report",
            "CT head post coiling. Diffuse subarachnoid haemorrhage, redistributing, slightly less than on admission. Coil mass in the basilar tip. No new haemorrhage or infarct.",
        ),
        (
            "ed_note",
            "ED reassessment: repeat CT shows the known tiny R frontal tSAH unchanged; no additional haemorrhage. Observed 6 h, GCS 15 throughout. Discharged with head injury advice after NSx phone advice.",
        ),
    ],
    "pos_indication_then_finding": [
        (
            "report",
            "Clinical question: query intracranial haemorrhage after a fall on clopidogrel. Findings: small acute subdural haematoma along the right tentorial leaflet, 3 mm. No mass effect.",
        ),
        (
            "telerad_prelim",
            "Indication: r/o bleed, headache + HTN 220/120. Prelim findings: acute 2 cm right thalamic haemorrhage with small IVH. ED physician informed 01:40.",
        ),
        (
            "voice_recognition",
            "Indication evaluate for bleed. Findings there is a small acute sub arachnoid hemorrhage in the right central sulcus. Impression positive for small convexity subarachnoid hemorrhage.",
        ),
        (
            "peds_report",
            "Indication: 9-month-old, fall from changing table, exclude intracranial injury. CT: 4 mm acute subdural haematoma along the posterior interhemispheric fissure. No fracture.",
        ),
        (
            "report_nonnative",
            "Request: to exclude haemorrhage, patient fall from the ladder. Result: small contusion with haemorrhage in the right temporal pole 8 mm and thin subdural blood on the tentorium.",
        ),
        (
            "template",
            "Indication: ? ICH\nTechnique: non-contrast CT head\nFindings: acute intraparenchymal haemorrhage, left frontal, 2.5 x 1.8 cm\nImpression: left frontal ICH",
        ),
        (
            "sinus_ct",
            "CT sinuses and brain. Indication: headache, sinusitis, exclude intracranial complication. Mucosal thickening in both maxillary sinuses. No orbital extension. Intracranially there is a small acute haemorrhage in the left frontal lobe, 1 cm, which is unexpected; further imaging advised.",
        ),
        (
            "report",
            "Reason for exam: syncope on apixaban, rule out ICH. Findings: a 7 mm acute subdural haematoma over the left frontoparietal convexity. Impression: acute left SDH, result phoned.",
        ),
        (
            "neurology_note",
            "Asked to see re: ? SAH (sudden headache during sex). CT reviewed: small volume SAH in the left Sylvian fissure. For CTA; if negative, DSA.",
        ),
        (
            "mri_report",
            "MRI brain. Indication: new seizure, ?tumour, ?bleed. Findings: right temporal cavernous malformation with fresh surrounding haemorrhage, 1.4 cm, and perilesional oedema.",
        ),
        (
            "report",
            "Indication: assess for haemorrhage before thrombolysis. NCCT: hyperacute haemorrhage in the right lentiform nucleus, 1.5 cm. Thrombolysis not to be given - stroke team informed.",
        ),
        ("pager", "Re ?bleed bed 3: yes - small L occipital ICH 12mm. Rad."),
        (
            "ed_note",
            "CT requested to exclude ICH (fall, head strike, on warfarin). Result back: thin left subdural haematoma, 4 mm. NSx: no surgery, reverse INR, admit.",
        ),
        (
            "report",
            "Clinical details: ?NAI, 6 weeks old, vomiting. Findings: thin acute subdural haematomas along the falx and the left tentorium. No skull fracture. Conclusion: acute subdural haemorrhage; safeguarding team informed.",
        ),
        (
            "temporal_bone_ct",
            "CT temporal bones. Indication: hearing loss after head injury, exclude fracture and intracranial bleed. Longitudinal fracture of the left petrous temporal bone with fluid in the middle ear. Adjacent small extradural haematoma in the left middle cranial fossa, 5 mm.",
        ),
    ],
    "pos_mimic_with_blood": [
        (
            "report",
            "CT head. Bilateral frontal subdural hygromas, 6 mm each, now with a new hyperdense component on the left representing acute haemorrhage into the collection.",
        ),
        (
            "report",
            "CT brain. Dense calcification of the choroid plexus and pineal gland (physiological). Separate from this, there is a small acute haemorrhage in the right occipital horn layering dependently.",
        ),
        (
            "mri_report",
            "MRI after contrast. Right frontal ring-enhancing lesion consistent with abscess; in addition an adjacent acute subdural haematoma of 4 mm, blood signal on all sequences, following the recent aspiration.",
        ),
        (
            "report",
            "Post-thrombectomy CT. Contrast staining in the left caudate and putamen, and additionally a true parenchymal haematoma in the left insula which persists on the dual-energy virtual non-contrast images.",
        ),
        (
            "telerad_prelim",
            "Prelim: hyperdense right MCA sign (thrombus). Also a small right Sylvian subarachnoid haemorrhage adjacent to the clot. Stroke team informed - do not thrombolyse.",
        ),
        (
            "report_nonnative",
            "CT: there is an empyema subdural in the left frontal, and inside it some hyperdense part which is fresh blood (haemorrhage into the empyema) after the trauma of the craniotomy.",
        ),
        (
            "peds_report",
            "CT head, 4 months. Benign enlargement of the subarachnoid spaces (external hydrocephalus). Superimposed thin acute subdural haematoma along the right convexity, which is not explained by the enlarged spaces alone.",
        ),
        (
            "report",
            "CT brain. Diffuse cerebral oedema with loss of grey-white differentiation; the basal cisterns appear dense which is partly pseudo-subarachnoid, but the left Sylvian fissure contains frank blood of 60 HU consistent with true SAH.",
        ),
        (
            "mri_report",
            "MRI. Left parietal meningioma with calcification. Acute intratumoural haemorrhage with a fluid level and new peritumoural blood extending into the adjacent sulci.",
        ),
        (
            "neurosurg_note",
            "NSx: CSF collection at the craniotomy site (pseudomeningocele) as expected, BUT repeat CT also shows a new 10 mm acute extradural haematoma beneath the bone flap. Back to theatre.",
        ),
        (
            "report",
            "CT head. Hyperdense dural venous sinuses due to polycythaemia. In addition, a genuine small acute subdural haematoma along the left tentorium, new since the last study.",
        ),
        (
            "voice_recognition",
            "CT head. Chronic subdural hygroma right frontal unchanged. New acute blood within the hygroma measuring 60 Hounsfield units. Impression acute hemorrhage into right frontal hygroma.",
        ),
        (
            "report",
            "CT brain. Basal ganglia calcification bilaterally. A separate rounded 2 cm hyperdense lesion in the right thalamus with oedema is haemorrhage, not calcification (measured 65 HU, calcification >200 HU).",
        ),
        (
            "neurology_note",
            "Neurology: MRI shows demyelinating plaques as before and a new small cortical haemorrhage in the right frontal lobe; not a plaque - blooming on SWI and T1 bright. Anticoagulation to be reviewed.",
        ),
        (
            "report",
            "CT head post contrast-enhanced angiogram. Contrast in the subarachnoid space from extravasation was suspected but the 24 h repeat shows persistent hyperdensity in the basal cisterns, confirming subarachnoid haemorrhage rather than contrast staining.",
        ),
    ],
    "pos_hedged_query": [
        (
            "report",
            "CT head. Subtle linear hyperdensity along the left tentorium, which may represent a thin subdural haematoma; less likely dense dura. Short-interval follow-up suggested.",
        ),
        (
            "telerad_prelim",
            "Prelim: ?small SAH in the right frontal sulcus vs volume averaging. Recommend staff review and thin reformats.",
        ),
        (
            "voice_recognition",
            "CT head. Possible small subdural hemorrhage along the fox. Cannot exclude early contusion in the right temporal lobe. Recommend follow up.",
        ),
        (
            "peds_report",
            "CT head, 10-month-old. Questionable thin extra-axial hyperdensity over the right parietal convexity, possibly a small subdural haematoma. Correlation with MRI advised.",
        ),
        (
            "neonatal_us",
            "Cranial US day 2, preterm. Possible small left germinal matrix haemorrhage (echogenic focus at the caudothalamic groove); repeat scan in 48 h to confirm.",
        ),
        (
            "mri_report",
            "MRI brain. Equivocal FLAIR hyperintensity in the left parietal sulci, suspicious for a small amount of subarachnoid blood. No SWI correlate; LP could clarify.",
        ),
        (
            "report_nonnative",
            "CT. In the right frontal we see a hyperdensity cortical small, probably contusion with little haemorrhage, but not certain. Suggest control CT.",
        ),
        (
            "neurology_note",
            "Neuro: CT read as 'likely small left occipital ICH, cannot exclude haemorrhagic tumour'. MRI w contrast tomorrow.",
        ),
        ("pager", "Heads up bed 9 - CT ?tiny SDH L frontal 2mm, equivocal. Rad suggests rpt CT am."),
        (
            "report",
            "CT brain. Ill-defined area of increased attenuation in the right basal ganglia; suspect early haemorrhagic transformation of the known infarct. Clinical correlation; MRI if management depends on it.",
        ),
        (
            "template",
            "Intracranial haemorrhage: possible (see comment)\nComment: faint hyperdensity in the interpeduncular cistern, query small SAH.\nMass effect: none.",
        ),
        (
            "cta_report",
            "CTA. No aneurysm. On the non-contrast images there is a faint hyperdensity in the left Sylvian fissure suspicious for a small subarachnoid haemorrhage; not definite.",
        ),
        (
            "report",
            "CT head after assault. Probable small acute extradural haematoma under the right temporal fracture, 3 mm, partly obscured by beam hardening.",
        ),
        (
            "maxfac_ct",
            "CT face. Bilateral nasal bone fractures. At the edge of the scan, a possible thin left frontal subdural haematoma is noted; dedicated CT head recommended.",
        ),
        (
            "neurosurg_note",
            "NSx phone advice: images reviewed remotely - likely small R frontal contusion with a haemorrhagic component, equivocal. Repeat CT 6h, call back if enlarging.",
        ),
    ],
    "pos_findings_only": [
        (
            "report",
            "CT head. FINDINGS: Comminuted depressed fracture of the left parietal bone. Underlying acute subdural haematoma 5 mm. Scalp haematoma. IMPRESSION: Depressed left parietal fracture; neurosurgical opinion advised.",
        ),
        (
            "report",
            "FINDINGS: The EVD tip is in the third ventricle. Blood persists in the fourth ventricle and occipital horns. Ventricles smaller than before.\nIMPRESSION: Satisfactory EVD position; reduction in ventricular size.",
        ),
        (
            "telerad_prelim",
            "Findings: old right MCA infarct. Small acute haemorrhage in the left cerebellar hemisphere, 9 mm. Impression: chronic right MCA infarct; no large territorial infarct.",
        ),
        (
            "voice_recognition",
            "Findings. Generalized atrophy. Small left frontal sub dural hematoma 4 mm. Periventricular white matter changes. Impression. Atrophy and small vessel disease.",
        ),
        (
            "peds_report",
            "Findings: Occipital skull fracture crossing the lambdoid suture. Small acute extradural haematoma in the posterior fossa, 4 mm. Impression: occipital fracture; skeletal survey recommended.",
        ),
        (
            "report_nonnative",
            "Findings: ventricles enlarged, with periventricular oedema. Blood clot in the third ventricle. Conclusion: acute obstructive hydrocephalus.",
        ),
        (
            "mri_report",
            "FINDINGS: Multiple foci of restricted diffusion in the right MCA territory. A small haematoma in the right frontal lobe within the infarct. IMPRESSION: Acute right MCA territory infarction.",
        ),
        (
            "report",
            "Findings: Post-operative changes of left pterional craniotomy. Small amount of acute subdural blood under the flap, 3 mm. Pneumocephalus.\nImpression: Expected post-operative appearances.",
        ),
        (
            "template",
            "Findings:\n- Ventricles: normal\n- Extra-axial: thin acute SDH right tentorium\n- Parenchyma: normal\nImpression: no acute territorial infarct.",
        ),
        (
            "report",
            "Findings: Right temporal contusion with haemorrhage 1.5 cm. Bilateral occipital scalp swelling.\nImpression: No contraindication to lumbar puncture from a mass effect standpoint.",
        ),
        (
            "cta_report",
            "Findings: 6 mm aneurysm of the anterior communicating artery. Non-contrast series: subarachnoid blood in the interhemispheric fissure.\nImpression: ACoA aneurysm.",
        ),
        (
            "orbit_ct",
            "FINDINGS: Right orbital floor fracture with inferior rectus entrapment. Small right frontal lobe contusion with haemorrhage, 7 mm. IMPRESSION: Right orbital floor blowout fracture with possible entrapment; urgent ophthalmology review.",
        ),
        (
            "report",
            "Findings: Left occipital lobar haematoma, 2 cm. Moderate generalised atrophy. Impression: compared with prior, progression of atrophy.",
        ),
        (
            "neonatal_us",
            "Findings: bilateral germinal matrix haemorrhages with blood filling less than half of the left lateral ventricle (grade II on the left, grade I on the right). Impression: ventricles not dilated; routine follow-up scan in one week.",
        ),
        (
            "report",
            "Findings: acute subarachnoid haemorrhage in several left frontal sulci. Left frontal bone fracture. Impression: left frontal bone fracture, non-depressed.",
        ),
    ],
    "pos_imaging_descriptor_mri_cta": [
        (
            "mri_report",
            "MRI brain with SWI after high-speed RTC. Numerous punctate blooming foci at the grey-white junction of both frontal lobes, the genu and splenium of the corpus callosum and the left dorsal midbrain, consistent with diffuse axonal injury with microhaemorrhages.",
        ),
        (
            "cta_report",
            "CTA head. 3 cm right putaminal haematoma with two foci of contrast pooling within it on the arterial phase (spot sign), increasing on delayed images; high risk of expansion.",
        ),
        (
            "mri_report",
            "MRI. FLAIR hyperintensity filling the left frontal and parietal sulci with corresponding low signal on SWI, in keeping with subarachnoid blood.",
        ),
        (
            "cta_report",
            "CT angiogram: active extravasation of contrast into the left frontal intracerebral haematoma, with the haematoma larger than on the non-contrast CT 40 minutes earlier.",
        ),
        (
            "report",
            "CT head. High-density material fills the basal cisterns, the interhemispheric fissure and both Sylvian fissures.",
            "uncertain",
        ),
        (
            "mri_report",
            "MRI brain. New punctate foci of susceptibility in the left temporal white matter and the splenium since the admission CT after the fall.",
            "uncertain",
        ),
        (
            "peds_report",
            "MRI brain, 4-month-old. Subdural collections over both hemispheres with T1 hyperintense components and layering blood products of different ages; bridging vein thrombosis on SWI at the vertex.",
        ),
        (
            "mri_report",
            "MRI. Right cerebellar haematoma with methaemoglobin (T1 bright) and blooming on gradient echo, early subacute, 1.8 cm.",
        ),
        ("cta_report", "CTA. Spot sign positive within the left thalamic haematoma; no aneurysm or AVM."),
        (
            "mri_report",
            "SWI shows a crescent of susceptibility over the right convexity corresponding to a thin subdural haematoma not seen on the CT.",
        ),
        (
            "report",
            "CT head. Hyperdense material layers dependently in the posterior horns of both lateral ventricles.",
            "uncertain",
        ),
        (
            "mri_report",
            "MRI brain. Diffuse axonal injury: haemorrhagic shearing lesions in the corpus callosum and brainstem on SWI, with restricted diffusion in the splenium.",
        ),
        (
            "cta_report",
            "CTA/CTV. Thrombosed left transverse sinus with an adjacent temporal lobe haematoma, blood products around a venous infarct.",
        ),
        (
            "neonatal_mri",
            "MRI brain, term neonate after difficult ventouse delivery. T1 hyperintense, T2 hypointense subdural blood along the tentorium and posterior falx, with a small left cerebellar haemorrhage.",
        ),
        (
            "mri_report",
            "MRI. Residual subarachnoid blood products on FLAIR and SWI in the interpeduncular cistern, five days after the ictus; coil mass in situ.",
        ),
    ],
    "pos_structured_template": [
        (
            "template",
            "CT HEAD STRUCTURED REPORT\nIntracranial hemorrhage: Present — left SDH 6 mm\nMidline shift: 2 mm\nHydrocephalus: Absent\nSkull fracture: Absent\nCritical result communicated: Yes (Dr Lindqvist, 04:12)",
        ),
        (
            "template",
            "Hemorrhage: [ ] none  [x] subarachnoid  [ ] subdural  [ ] epidural  [ ] intraparenchymal\nLocation: right Sylvian fissure, small volume\nInfarct: [x] none\nMass: [x] none",
        ),
        ("template", "ICH: Y | Type: IPH | Site: L thalamus | Vol: 8 mL | IVH: N | MLS: 0 mm | HCP: N"),
        (
            "template",
            "Haemorrhage ........ present (right frontal contusion, 1.2 cm)\nInfarction ........ not identified\nMass lesion ....... not identified\nVentricles ........ normal\nExtra-axial ....... normal",
        ),
        (
            "template",
            "STROKE PROTOCOL CT\nASPECTS: n/a\nHaemorrhage: YES - right lobar (parietal) 35 mL\nHyperdense vessel: no\nLVO on CTA: no\nRecommendation: not a thrombolysis candidate",
        ),
        (
            "template",
            "Finding | Result | Detail\nEpidural | absent | -\nSubdural | present | right convexity, 8 mm, acute\nSubarachnoid | absent | -\nIntraventricular | absent | -\nFracture | absent | -",
        ),
        (
            "template",
            "Brain trauma template v2.\nGCS on arrival: 13.\nSkull: right temporal fracture.\nEDH: yes, 11 mm, right temporal.\nSDH: no.\nSAH: no.\nContusion: no.\nShift: 4 mm.\nAction: NSx paged.",
        ),
        (
            "template",
            "Neonatal cranial US (Papile)\nRight: Grade III (IVH with ventricular dilatation)\nLeft: Grade I (germinal matrix only)\nPVL: none\nVentricular index R 12 mm, L 9 mm",
        ),
        (
            "template",
            "AI triage result: ICH detected (probability 0.97). Radiologist confirmation: CONFIRMED - small acute SDH along the left tentorium. Worklist priority raised.",
        ),
        (
            "template",
            "Key findings:\n  intracranial_bleed = true\n  bleed_type = SAH\n  distribution = basal cisterns, bilateral Sylvian\n  hydrocephalus = early\n  aneurysm_seen = pending CTA",
        ),
        (
            "template",
            "CT HEAD (TRAUMA, ANTICOAGULATED PATHWAY)\nAcute intracranial haemorrhage ........ Yes\n  - Traumatic SAH, left parietal sulci\nFracture ........ No\nRepeat imaging advised ........ No (per pathway if GCS stable)",
        ),
        (
            "template",
            "[Findings]\nbrain_parenchyma: 2 cm haematoma, right cerebellar hemisphere\nfourth_ventricle: effaced\nhydrocephalus: mild\n[Impression]\ncerebellar haemorrhage with mass effect - urgent neurosurgical referral",
        ),
        (
            "template",
            "Hemorrhage: Present (x) Absent ( )\nIf present, type: intraventricular\nGraeb score: 4\nSource: probable left caudate",
        ),
        (
            "template",
            "RESULT FLAG: CRITICAL\nExam: CT head w/o\nBleed: positive (R subdural, 5 mm, subacute)\nCommunicated to: ED charge nurse, read-back confirmed 22:47",
        ),
        (
            "template",
            "Section 4 - Intracranial findings\n4.1 Extra-axial: acute epidural haematoma left frontal 9 mm\n4.2 Parenchyma: unremarkable\n4.3 Ventricles: unremarkable\n4.4 Midline: 3 mm shift to the right",
        ),
    ],
    "pos_addendum_correction": [
        (
            "addendum",
            "CT head. Impression: no acute intracranial abnormality.\nADDENDUM (09:20, after review at the neuroradiology meeting): on review the subtle hyperdensity along the left tentorium is a small acute subdural haematoma, 3 mm. Referring team informed by phone.",
        ),
        (
            "corrected_report",
            "CORRECTED REPORT. The original report stated 'calcified falx'. Correction: the hyperdensity along the posterior falx measures 55 HU and represents a thin acute interhemispheric subdural haematoma. The clinician has been informed of the change.",
        ),
        (
            "addendum",
            "Prelim (telerad): no acute findings.\nFinal attending addendum: disagree with preliminary read - there is a small focus of subarachnoid haemorrhage in the right frontal sulcus. Discussed with ED at 07:55.",
        ),
        (
            "addendum",
            "MRI brain. Report: small vessel disease only.\nADDENDUM: the SWI series, which arrived after the report was issued, shows a 6 mm acute haemorrhage in the left pons; this changes the impression.",
        ),
        (
            "corrected_report",
            "AMENDED REPORT - supersedes the report of 14/11. Previously reported as 'left frontal meningioma'. On comparison with the earlier outside CT, the lesion is an acute left frontal intracerebral haematoma of 2.3 cm with no underlying mass seen.",
        ),
        (
            "addendum",
            "Addendum: the 'streak artefact' described in the posterior fossa is in fact a 1 cm acute haemorrhage in the right cerebellar hemisphere, confirmed on coronal reformats.",
        ),
        (
            "addendum",
            "CT head, 6-year-old, fall from trampoline. Original: linear right parietal fracture, no intracranial injury.\nADDENDUM: thin acute extradural haematoma (3 mm) deep to the fracture is seen on bone-window review. Neurosurgery informed.",
        ),
        (
            "voice_recognition",
            "Addendum to the report of earlier today. The hyper density in the left silvian fissure which was called vessel is now felt to represent a small subarachnoid hemorrhage given the clinical history of thunderclap headache. CTA recommended.",
        ),
        (
            "corrected_report",
            "CORRECTION: in the Impression, 'no hydrocephalus, no haemorrhage' should read 'no hydrocephalus; small intraventricular haemorrhage in the left occipital horn'. The body of the report correctly described dependent blood in the occipital horn.",
        ),
        (
            "addendum",
            "Initial read: chronic small vessel ischaemia.\nAddendum after discussion with the stroke team: in view of new symptoms the 1 cm hyperdensity in the right internal capsule, previously taken as calcification, is a small acute haemorrhage (HU 62).",
        ),
        (
            "pager",
            "CORRECTION to msg 10:05 bed 14 - CT is NOT normal: small L SDH 4mm seen on second review. Pls call rad.",
        ),
        (
            "addendum",
            "CT head post-fall. Impression: chronic left subdural collection, no acute component.\nADDENDUM: on the coronal reformats a dependent hyperdense acute component is present within the left subdural collection (acute-on-chronic subdural haematoma).",
        ),
        (
            "corrected_report",
            "Revised report (original transcription error). The dictation said 'no evidence of subarachnoid haemorrhage'; the intended and correct wording is 'evidence of subarachnoid haemorrhage in the basal cisterns'. Apologies for the error; the clinical team has been notified.",
        ),
        (
            "addendum",
            "Neonatal cranial US. Original: normal.\nAddendum: re-review of the stored cine loops shows a small right germinal matrix haemorrhage (grade I). Repeat scan in 1 week.",
        ),
        (
            "addendum",
            "Teleradiology preliminary: possible left frontal contusion. Attending final addendum: confirmed - left frontal haemorrhagic contusion 1.4 cm plus thin left frontal subdural haematoma; no longer equivocal.",
        ),
    ],
    "pos_non_english_accents": [
        (
            "report_nonnative",
            "CT cerebral sin contraste. Hallazgos: hemorragia subaracnoidea en cisternas basales y ambas cisuras de Silvio — i.e. diffuse subarachnoid haemorrhage. Conclusion: HSA aguda, Fisher 4; recommend angio-TC.",
        ),
        (
            "report_nonnative",
            "CT brain: hématome sous-dural aigu hémisphérique gauche, 8 mm d’épaisseur, with 3 mm midline shift. Conclusion: acute left subdural haematoma.",
        ),
        (
            "report_nonnative",
            "CCT nativ: Intrazerebrales Hämatom links frontal, ca. 3 × 2 cm, mit perifokalem Ödem. In English: acute left frontal intracerebral haemorrhage. Keine Mittellinienverlagerung.",
        ),
        (
            "report_nonnative",
            "Head CT – “acute” epidural haematoma right temporal, 10 mm, beneath the fracture line; the patient’s GCS was 13 at the time of scan.",
        ),
        (
            "report_nonnative",
            "TC encefalo – emorragia intraparenchimale talamica destra di 2 cm, con inondazione ventricolare. English summary: right thalamic haemorrhage with intraventricular extension; è indicato un controllo a 24 ore.",
        ),
        (
            "report_nonnative",
            "CT head without contrast. Findings: there is a hematoma subdural crónico agudizado (acute on chronic subdural haematoma) on the right side, 14 mm, midline deviation 7 mm. Surgery consult recommended.",
        ),
        (
            "report_nonnative",
            "Non-contrast CT: small acute subarachnoid haemorrhage in the left frontal sulci (hémorragie sous-arachnoïdienne de la convexité). No hydrocephalus.",
        ),
        (
            "report_nonnative",
            "CT Schädel: akute Subarachnoidalblutung in den basalen Zisternen. Impression: acute SAH; CTA needed to look for an aneurysm (Aneurysma?).",
        ),
        (
            "report_nonnative",
            "Head CT\u00a0– acute intraparenchymal haemorrhage in the right occipital lobe, 22\u00a0mm, with surrounding oedema; no intraventricular extension.",
        ),
        (
            "report_nonnative",
            "Tomografia computadorizada de crânio: hematoma extradural agudo na região parietal esquerda, 12 mm, com desvio da linha média de 4 mm. (Acute left parietal epidural haematoma.)",
        ),
        (
            "report_nonnative",
            "CT brain: left putaminal haemorrhage, volume ≈ 15 mL; IVH – absent; midline shift – 2 mm. Diagnosis: hypertensive intracerebral haemorrhage (ICH).",
        ),
        (
            "report_nonnative",
            "KT hjerne: akutt subduralt hematom over venstre hemisfære, 7 mm tykt, og et lite kontusjonsblødning frontalt. In English: acute left subdural haematoma with a small frontal haemorrhagic contusion.",
        ),
        (
            "report_nonnative",
            "Findings: «fresh blood» in the fourth ventricle and both lateral ventricles — intraventricular haemorrhage; origin probably from the cerebellar vermis haematoma (1.5 cm).",
        ),
        (
            "neurology_note",
            "Note by Dr Ştefănescu: patient with hipertensiune, CT shows hemoragie intracerebrală in left basal ganglia, 20 mL, no ventricular extension. Admitted to stroke unit; BP lowering started.",
        ),
        (
            "report_nonnative",
            "CT head: acute subdural hæmorrhage along the right tentorium cerebelli, 4 mm; cerebellum otherwise normal. Impression: small right tentorial SDH.",
        ),
    ],
    "neg_plain": [
        (
            "report",
            "CT head without contrast. No intracranial haemorrhage, mass effect or extra-axial collection. Grey-white differentiation preserved. Ventricles and sulci normal for age. Conclusion: normal study.",
        ),
        (
            "telerad_prelim",
            "Prelim read: no bleed, no shift, no hydrocephalus. Sinuses clear. Final report to follow.",
        ),
        (
            "voice_recognition",
            "CT head. There is no evidence of intra cranial hemorrhage. No sub dural or epi dural collection. The ventricles are normal. Impression negative head CT.",
        ),
        ("pager", "Bed 6 CT head - NO bleed, no fracture. OK to proceed with heparin per rad. Thx"),
        (
            "peds_report",
            "CT head, 3-year-old, fall from playground slide. No skull fracture. No intracranial haemorrhage or collection. Normal appearances for age.",
        ),
        (
            "neonatal_us",
            "Cranial ultrasound, day 3, 29 weeks. Germinal matrices are normal bilaterally. No intraventricular haemorrhage. Ventricles not dilated. No periventricular echogenicity.",
        ),
        (
            "report_nonnative",
            "CT of brain was done. We don't see any haemorrhage, not in parenchyma, not in ventricles, not in the spaces around the brain. Midline is in the middle. Conclusion: no pathology.",
        ),
        (
            "neurology_note",
            "Neurology: transient word-finding difficulty 40 min, resolved. CT brain: no haemorrhage, no established infarct. CTA: no stenosis. Plan TIA pathway, start clopidogrel.",
        ),
        (
            "mri_report",
            "MRI brain with SWI. No blood products anywhere on susceptibility imaging. No restricted diffusion. A few nonspecific white matter foci. No intracranial haemorrhage.",
        ),
        ("sms", "CT head back - clear, no bleed no #. Discharge w head injury advice ok per reg."),
        (
            "maxfac_ct",
            "CT facial bones. Left mandibular angle fracture. Teeth intact. The imaged brain shows no haemorrhage or pneumocephalus.",
        ),
        (
            "report",
            "CT brain. Hemispheres symmetrical. Intracranial haemorrhage is absent. The posterior fossa is normal. Impression: no acute abnormality.",
        ),
        (
            "ed_note",
            "ED: fell off bike, helmet on, GCS 15, vomited once. CT head per guideline: no haemorrhage, no skull fracture. Discharged with a responsible adult.",
        ),
        (
            "neurosurg_note",
            "Neurosurgery phone advice: images reviewed, there is no intracranial bleed and no fracture; no neurosurgical input required. Manage per ED protocol.",
        ),
        (
            "cta_report",
            "CTA head and neck. No aneurysm, no vascular malformation. The non-contrast series shows no subarachnoid or intraparenchymal haemorrhage.",
        ),
        (
            "report",
            "Non-enhanced CT of the head. Without haemorrhage. Without ischaemic changes. Without space-occupying lesion. Age-appropriate brain volume.",
        ),
        (
            "orbit_ct",
            "CT orbits. No orbital fracture, no retrobulbar collection. Globes and optic nerves normal. Included brain: no haemorrhage.",
        ),
    ],
    "neg_site_extracranial": [
        (
            "report",
            "CT head. Large left parietal subgaleal haematoma, 2 cm thick, with no underlying fracture. No intracranial haemorrhage. Brain normal.",
        ),
        (
            "orbit_ct",
            "CT orbits. Right retrobulbar haematoma with proptosis and stretching of the optic nerve (tenting of the posterior globe). Lateral canthotomy advised urgently. The brain appears normal; no intracranial bleed.",
        ),
        (
            "neonatal_us",
            "Cranial US, day 1, after vacuum delivery. Large left parietal cephalohaematoma, not crossing sutures. Brain parenchyma and ventricles normal; no intracranial haemorrhage.",
        ),
        (
            "report",
            "MRI whole spine. Acute spinal epidural haematoma from C6 to T2 posteriorly, compressing the cord. Brain not imaged. Urgent neurosurgical review.",
        ),
        (
            "ent_note",
            "ENT note: large septal haematoma after a punch to the nose, drained in clinic. CT face shows nasal fractures; the included brain is normal with no bleed.",
        ),
        (
            "maxfac_ct",
            "CT facial bones. Haematoma in the left masseter and buccal space after a dental extraction, 3 cm. Mandible intact. No intracranial abnormality on the included slices.",
        ),
        (
            "peds_report",
            "Skull X-ray and CT, 11 months. Right parietal soft-tissue haematoma with a linear parietal fracture. No intracranial haemorrhage or extra-axial collection.",
        ),
        (
            "report",
            "CT neck. Large haematoma in the right sternocleidomastoid after central line attempts, deviating the trachea slightly. No active extravasation. Visualised posterior fossa unremarkable.",
        ),
        (
            "temporal_bone_ct",
            "CT temporal bones. Haemotympanum on the right with opacification of the mastoid air cells after head injury; no fracture seen. No intracranial haemorrhage or pneumocephalus.",
        ),
        (
            "ed_note",
            "ED: nail-bed haematoma of the left thumb after a door slam, trephined. Also bumped forehead: forehead haematoma 3 cm, CT head not indicated (Canadian CT head rule negative).",
        ),
        (
            "neurology_note",
            "Neurology: back pain and leg weakness on warfarin. MRI spine: spinal subdural/epidural haematoma at T10-L1. MRI brain normal, no intracranial haemorrhage.",
        ),
        (
            "report",
            "CT head and cervical spine, fall down stairs. Occipital scalp haematoma. No fracture. No intracranial haemorrhage. Cervical spine normal.",
        ),
        (
            "orbit_ct",
            "CT orbits: subperiosteal haematoma along the left orbital roof after a fall, displacing the globe inferiorly. Adjacent frontal lobe normal; no intracranial extension of blood.",
        ),
        (
            "sinus_ct",
            "CT paranasal sinuses. Fluid-blood level in the left maxillary sinus (haemosinus) after facial trauma. Intracranial contents unremarkable.",
        ),
        ("pager", "FYI bed 2: big scalp haematoma only, CT head no ICH. Wound needs staples."),
        (
            "report_nonnative",
            "CT: big haematoma in the soft tissues of the scalp in the occipital area, 15 mm. Intracranially no pathological findings, no bleeding in the brain.",
        ),
        (
            "discharge_summary",
            "Discharge: admitted with rectus sheath haematoma on enoxaparin, managed conservatively. A CT head done for confusion on day 2 was normal with no intracranial haemorrhage. Anticoagulation switched to apixaban at reduced dose.",
        ),
    ],
    "neg_mimic": [
        (
            "report",
            "CT head. Bilateral frontal subdural hygromas, low density (CSF attenuation), 5 mm, unchanged. No hyperdense component. No intracranial haemorrhage.",
        ),
        (
            "report",
            "CT brain after cardiac arrest. Diffuse cerebral oedema with effacement of the sulci; the basal cisterns appear relatively dense - pseudo-subarachnoid haemorrhage appearance. No true SAH.",
        ),
        (
            "report",
            "Post-thrombectomy CT. Hyperdensity in the left lentiform nucleus measures 140 HU and resolves on the dual-energy iodine map: contrast staining, not haemorrhage.",
        ),
        (
            "mri_report",
            "MRI brain with contrast. Left frontal subdural empyema, 8 mm, with restricted diffusion and dural enhancement, following frontal sinusitis. No haemorrhage.",
        ),
        (
            "report",
            "CT head. Hyperdense left MCA (thrombus) in keeping with acute occlusion. No intracranial haemorrhage. ASPECTS 9.",
        ),
        (
            "peds_report",
            "CT head, 6 months. Benign enlargement of the subarachnoid spaces over the frontal lobes, CSF density. No subdural collections and no haemorrhage.",
        ),
        (
            "report",
            "CT brain. Dense physiological calcification in the globus pallidus and dentate nuclei bilaterally (>300 HU). No haemorrhage.",
        ),
        (
            "report_nonnative",
            "CT: hyperdensity of the falx is due to calcification of the falx, normal variant. There is not haemorrhage.",
        ),
        (
            "neurosurg_note",
            "NSx: post-op CT shows expected pneumocephalus and a small CSF collection at the craniotomy site; no haematoma. Mobilise, remove drain tomorrow.",
        ),
        (
            "report",
            "CT head. Dense dural venous sinuses, consistent with the known haematocrit of 62% (polycythaemia). No venous thrombosis on CTV. No haemorrhage.",
        ),
        (
            "mri_report",
            "MRI. Right frontal cavernous malformation with a haemosiderin rim, unchanged over three years, with no sign of recent bleed and no oedema.",
        ),
        (
            "voice_recognition",
            "CT head. Density along the tentorium is normal dural enhancement following the contrast study this morning. No hemorrhage.",
        ),
        (
            "report",
            "CT head. Right chronic subdural hygroma following shunting, CSF density, decreasing. No acute blood. No mass effect.",
        ),
        (
            "report",
            "CT head. Calcified left parietal meningioma, 1.5 cm, unchanged. No haemorrhage or oedema.",
        ),
        (
            "cta_report",
            "CTA: tortuous dense basilar artery mimicking a prepontine hyperdensity on the non-contrast scan; no subarachnoid blood.",
        ),
        (
            "neonatal_us",
            "Cranial US, 31 weeks. Choroid plexus is bulky and echogenic bilaterally, normal appearance, with a smooth contour; no germinal matrix or intraventricular haemorrhage.",
        ),
        (
            "report",
            "CT brain. Beam-hardening streak artefact across the posterior fossa between the petrous ridges; no haemorrhage on repeat thin sections.",
        ),
    ],
    "neg_ruled_out": [
        (
            "ed_note",
            "ED note: 34F, migraine-like headache, worse than usual. CT head ruled out haemorrhage; LP at 12 h negative for xanthochromia. Discharged with neurology follow-up.",
        ),
        (
            "neurology_note",
            "Neurology: SAH excluded by CT within 6 hours of onset. Likely primary thunderclap headache; MRA arranged to exclude RCVS.",
        ),
        (
            "discharge_summary",
            "Discharge: collapse on apixaban; intracranial bleed excluded by CT head. Cause thought to be vasovagal. Anticoagulation continued.",
        ),
        (
            "neurosurg_note",
            "NSx referral declined: CT head came back clear - no bleed, no fracture. Refer back to the medical team for syncope work-up.",
        ),
        (
            "report",
            "CT head. Clinical concern for SAH - no subarachnoid haemorrhage is present. No hydrocephalus. If clinical suspicion remains, LP.",
        ),
        (
            "icu_note",
            "ICU: agitation after surgery; CT brain done to rule out a bleed - no haemorrhage seen. Likely delirium. Reduce opioids.",
        ),
        ("pager", "Re bed 11: ICH ruled out on CT. OK to start tPA - stroke reg."),
        (
            "clinic_letter",
            "Dear Dr Rahman, she attended ED with a severe headache last month; a CT head and CTA excluded intracranial haemorrhage and aneurysm. The headache has since settled and we have discharged her from clinic.",
        ),
        (
            "peds_note",
            "Paediatric ED: 14-month-old pulled a TV onto himself. Intracranial injury excluded by CT head. Forehead bruise only. Safeguarding check - no concerns.",
        ),
        (
            "report_nonnative",
            "Indication from emergency: exclude bleeding after fall. Result: bleeding excluded, no fracture.",
        ),
        (
            "neurology_note",
            "Reason for consult: ?ICH vs stroke. CT shows no haemorrhage; MRI DWI shows a small right pontine infarct. ICH ruled out; start aspirin.",
        ),
        (
            "ed_note",
            "Headache after minor head strike. CT ordered to exclude ICH - negative. Discharged home with analgesia.",
        ),
        (
            "discharge_summary",
            "Discharge summary. Admitted for seizures. Initial CT excluded acute haemorrhage; MRI showed mesial temporal sclerosis. Started lamotrigine.",
        ),
        (
            "sms",
            "FYI pt in cubicle 3 - CT head neg for bleed, thunderclap hx <6h so SAH excluded per protocol. Plan d/c.",
        ),
        ("telerad_prelim", "Prelim for ED: question of haemorrhage answered - none seen. No mass effect."),
        (
            "neurosurg_note",
            "Referral from GP re: EDH concern after a cricket ball injury. Outside CT reviewed: EDH ruled out, thin temporal fracture only. No NSx follow-up needed.",
        ),
        (
            "handover",
            "Handover: bed 19 fell overnight, CT head excluded bleed, obs stable; no change to warfarin plan.",
        ),
    ],
    "neg_indication_only": [
        (
            "report",
            "Clinical question: ?subdural haematoma, confusion after a fall. Findings: generalised atrophy. No extra-axial collection. Impression: atrophy only.",
        ),
        (
            "telerad_prelim",
            "Indication: r/o ICH, on rivaroxaban, fall. Prelim: no acute intracranial abnormality. Final to follow.",
        ),
        (
            "voice_recognition",
            "Indication evaluate for sub arachnoid hemorrhage. Findings the basal cisterns are clear. The ventricles are normal. Impression normal CT head.",
        ),
        (
            "peds_report",
            "Indication: ?NAI, 2-month-old with a bruise. CT head: normal brain, no fracture, no extra-axial collection. Skeletal survey as per protocol.",
        ),
        ("template", "Indication: ? ICH\nFindings: no acute intracranial findings\nImpression: negative"),
        (
            "neonatal_us",
            "Indication: preterm 27 weeks, screen for IVH. Cranial US: normal germinal matrices and ventricles.",
        ),
        (
            "mri_report",
            "Clinical details: ?haemorrhagic metastasis, known melanoma. MRI: no enhancing lesions, no susceptibility foci. Normal study.",
        ),
        (
            "report_nonnative",
            "Question of clinician: bleeding intracranial? Answer: the brain is normal for age, there are no acute changes.",
        ),
        (
            "cta_report",
            "Indication: thunderclap headache, assess for SAH and aneurysm. Non-contrast CT: normal. CTA: no aneurysm, normal intracranial vessels.",
        ),
        (
            "orbit_ct",
            "Indication: facial trauma, also exclude intracranial bleed. CT: undisplaced right zygomatic arch fracture. Orbits normal. Brain: normal.",
        ),
        (
            "report",
            "Reason for request: anticoagulated head injury - exclude haemorrhage. Report: appearances are within normal limits.",
        ),
        ("pager", "Re your ?bleed request bed 5 - CT done, normal. Rad."),
        (
            "report",
            "History: sudden headache, ?SAH ?venous sinus thrombosis. CT and CTV: patent venous sinuses, no acute abnormality.",
        ),
        (
            "neurology_note",
            "Asked to assess for possible intracranial haemorrhage as cause of vomiting. CT brain normal; likely labyrinthitis. Prochlorperazine.",
        ),
        (
            "maxfac_ct",
            "Indication: assault, exclude facial fracture and intracranial haemorrhage. Result: soft-tissue swelling over the left cheek only; facial bones and imaged brain normal.",
        ),
        (
            "temporal_bone_ct",
            "Clinical info: vertigo after head injury, ?fracture ?bleed. CT temporal bones: intact petrous bones, clear middle ears; no intracranial abnormality on the included slices.",
        ),
        (
            "report",
            "Indication: post-lysis 24 h CT to look for haemorrhagic transformation. Findings: small evolving right frontal infarct. Impression: right frontal infarct, no haemorrhagic transformation.",
        ),
    ],
    "neg_note_past_history": [
        (
            "discharge_summary",
            "Past medical history: subarachnoid haemorrhage 2015 (coiled ACoA aneurysm), hypertension, hypothyroidism. Admitted with community-acquired pneumonia, treated with co-amoxiclav. CT head not performed. Discharged day 4.",
        ),
        (
            "neurology_note",
            "Neurology clinic. Background: right frontal ICH in 2021, now on levetiracetam for post-haemorrhagic epilepsy. Seizure-free 18 months. Plan: continue; may drive per DVLA guidance.",
        ),
        (
            "clinic_letter",
            "Dear Dr Moreau, PMH includes a traumatic subdural haematoma evacuated in 2019. She attended today for knee osteoarthritis; I have listed her for a knee replacement.",
        ),
        (
            "ed_note",
            "ED: chest pain. PMH: previous cerebellar haemorrhage (2017), AF not anticoagulated because of it. ECG: AF rate 110. Troponin negative.",
        ),
        (
            "peds_note",
            "Paediatric neurology clinic. History: born at 25 weeks with bilateral grade III IVH, now 4 years old with spastic diplegia and a VP shunt. Review of tone management.",
        ),
        (
            "neurosurg_note",
            "NSx clinic: seen 5 years after clipping of a ruptured PCoA aneurysm (SAH 2020). Well. Clips stable on X-ray. Discharged from follow-up.",
        ),
        (
            "discharge_summary",
            "Hx: chronic SDH drained bilaterally in 2023. This admission: urinary tract infection with delirium; treated with nitrofurantoin; delirium resolved. No head imaging this admission.",
        ),
        (
            "gp_letter",
            "Referral to memory clinic. Relevant history: head injury with a left temporal haemorrhagic contusion in 2010. Progressive short-term memory loss over 2 years.",
        ),
        (
            "icu_note",
            "ICU admission for DKA. Background: hypertension, type 1 DM, previous pontine haemorrhage (2018) with mild ataxia. Fluids and insulin per protocol.",
        ),
        (
            "neurology_note",
            "Family history: mother died of a subarachnoid haemorrhage at 52, sister had an aneurysm clipped. Patient is asymptomatic and requests screening MRA.",
        ),
        (
            "clinic_letter",
            "Background: cavernoma of the left pons which bled in 2016, stable on serial MRI. Seen for migraine without aura; amitriptyline started.",
        ),
        (
            "discharge_summary",
            "Problem list: 1) Hip fracture - fixed. 2) History of intraventricular haemorrhage from a thalamic bleed 2012, residual right hemiparesis. 3) CKD3. Mobilising with frame.",
        ),
        (
            "ed_note",
            "PMH: EDH as a teenager requiring craniotomy. Presents with a sprained ankle. X-ray: no fracture. Discharged.",
        ),
        (
            "handover",
            "Bed 14: PMH SAH 2009, shunt-dependent hydrocephalus. Admitted with cellulitis left leg, improving on IV flucloxacillin.",
        ),
        (
            "neurology_note",
            "Past history of haemorrhagic stroke (right putamen, 2019). Now seen for a tremor; examination suggests essential tremor. Propranolol trial.",
        ),
        (
            "discharge_summary",
            "Admission: elective coronary angiography. Past history: intracerebral haemorrhage on warfarin 2014, for which left atrial appendage occlusion was performed. Angiogram: non-obstructive disease.",
        ),
        (
            "occ_health_note",
            "Occupational health note. Previous head injury with subdural haematoma in a motorcycle accident (2008), fully recovered. Fit for driving duties.",
        ),
    ],
    "neg_no_acute_named": [
        (
            "report",
            "CT head. No acute intracranial haemorrhage. Chronic lacunar infarct in the left thalamus. Moderate small vessel disease.",
        ),
        ("telerad_prelim", "Prelim: no acute SDH/EDH/SAH/IPH. Old right occipital infarct."),
        ("voice_recognition", "Impression no acute intra cranial bleed. Age-related volume loss."),
        (
            "template",
            "Acute haemorrhage: none\nAcute infarct: none\nChronic changes: periventricular white matter hypoattenuation",
        ),
        ("pager", "CT bed 8: no acute bleed, old L MCA stroke only. Rad."),
        (
            "report_nonnative",
            "No signs of acute bleeding in the brain. There are old lacunes in the basal ganglia.",
        ),
        (
            "neurology_note",
            "CT reviewed: no acute haemorrhage. Established right parietal infarct from 2022. Current symptoms likely recrudescence with UTI.",
        ),
        (
            "mri_report",
            "MRI brain. No acute haemorrhage or infarct. Chronic small vessel changes, Fazekas 2.",
        ),
        (
            "peds_report",
            "CT head, 8-year-old. No acute intracranial injury. Incidental arachnoid cyst in the left middle cranial fossa.",
        ),
        (
            "report",
            "IMPRESSION: Negative for acute intracranial bleed. Stable postoperative changes of a right frontal meningioma resection.",
        ),
        ("sms", "CT - no acute bleed, chronic microvascular change only."),
        (
            "report",
            "Non-contrast CT brain: there is no acute extra-axial haemorrhage. Mild cerebellar atrophy.",
        ),
        (
            "ed_note",
            "CT head: no acute intracranial haemorrhage or fracture. Known old left frontal infarct. Discharged with falls clinic referral.",
        ),
        (
            "cta_report",
            "Non-contrast: no acute haemorrhage. CTA: 50% stenosis of the left ICA origin, no intracranial occlusion.",
        ),
        (
            "report",
            "CT brain: no evidence of acute subarachnoid haemorrhage. Prominent CSF spaces consistent with age.",
        ),
        (
            "discharge_summary",
            "Inpatient CT head (day 2 after a fall on the ward): no acute bleed. Small vessel disease. Falls risk assessment completed.",
        ),
        (
            "neurosurg_note",
            "Post-op CT (biopsy, day 1): no acute haematoma at the biopsy tract. Expected pneumocephalus.",
        ),
    ],
    "neg_other_organ_bleed": [
        (
            "ent_note",
            "ENT: posterior epistaxis on aspirin, Rapid Rhino inserted, Hb 108. Observation overnight.",
        ),
        (
            "ophthalmology_note",
            "Eye casualty: dense vitreous haemorrhage left eye, proliferative diabetic retinopathy. B-scan: retina flat. CT head from ED yesterday (for dizziness) normal.",
        ),
        (
            "ophthalmology_note",
            "Subconjunctival haemorrhage right eye after coughing, BP 150/90. Vision normal. Reassured.",
        ),
        (
            "ophthalmology_note",
            "Fundoscopy: flame and dot-blot retinal haemorrhages in all quadrants with disc swelling in the right eye - central retinal vein occlusion. Refer to medical retina.",
        ),
        (
            "ent_note",
            "Post-tonsillectomy secondary haemorrhage day 7, clot on the right tonsillar fossa, admitted for IV antibiotics and observation.",
        ),
        (
            "discharge_summary",
            "Upper GI bleed from a duodenal ulcer on OGD, clipped; transfused 2 units. Had a CT head on admission for confusion which was normal. Discharged on PPI.",
        ),
        (
            "icu_note",
            "ICU: massive haemoptysis from right upper lobe bronchiectasis, bronchial artery embolisation done. Neuro intact; no head imaging needed.",
        ),
        (
            "report",
            "CT trauma pan-scan. Head: normal, no intracranial bleed. Chest: left haemothorax with rib fractures 4-7. Abdomen: grade III splenic laceration with haemoperitoneum.",
        ),
        (
            "maxfac_ct",
            "CT face post-extraction: haemorrhage into the right sublingual space with a haematoma, airway patent. Intracranial structures normal.",
        ),
        (
            "discharge_summary",
            "Postpartum haemorrhage 1.8 L after vaginal delivery, managed with uterotonics and balloon tamponade. Headache on day 2; CT head normal, no intracranial haemorrhage.",
        ),
        (
            "ed_note",
            "ED: haemarthrosis of the right knee in haemophilia A, factor VIII given. Minor head knock as well - no indication for CT, GCS 15.",
        ),
        (
            "report",
            "CT abdomen/pelvis: retroperitoneal haematoma around the left psoas on anticoagulation, active extravasation from a lumbar artery branch. IR informed.",
        ),
        (
            "peds_note",
            "Neonatal check: small retinal haemorrhages noted bilaterally on red reflex exam after a normal vaginal delivery, expected to resolve. Cranial US normal.",
        ),
        (
            "ent_note",
            "ENT: HHT with recurrent anterior epistaxis, coblation of telangiectasia. MRI brain screening for AVM negative.",
        ),
        ("sms", "Bed 3 - melaena + Hb drop to 72, CT head from earlier normal. Pls review for OGD."),
        (
            "ophthalmology_note",
            "Hyphaema right eye 2 mm after a squash ball injury; IOP 24. Orbits CT: no fracture; brain normal.",
        ),
        (
            "discharge_summary",
            "Lower GI bleed from diverticular disease, resolved spontaneously. On admission confused; CT head showed no intracranial haemorrhage. Warfarin restarted day 5.",
        ),
    ],
    "neg_structured_template": [
        (
            "template",
            "CT HEAD STRUCTURED REPORT\nIntracranial hemorrhage: Absent\nMidline shift: None\nHydrocephalus: Absent\nSkull fracture: Absent\nOther: mild generalised atrophy",
        ),
        (
            "template",
            "Hemorrhage: [x] none  [ ] subarachnoid  [ ] subdural  [ ] epidural  [ ] intraparenchymal\nInfarct: [x] none\nMass: [x] none",
        ),
        ("template", "ICH: N | SAH: N | SDH: N | EDH: N | MLS: 0 mm | HCP: N | Fx: N"),
        (
            "template",
            "Haemorrhage ........ not identified\nInfarction ........ not identified\nMass lesion ....... not identified\nVentricles ........ normal size\nSinuses ........... clear",
        ),
        (
            "template",
            "STROKE PROTOCOL CT\nHaemorrhage: NO\nASPECTS: 10\nHyperdense vessel: left MCA M1\nLVO on CTA: yes, left M1\nRecommendation: eligible for thrombolysis and thrombectomy",
        ),
        (
            "template",
            "Finding | Result\nEpidural | absent\nSubdural | absent\nSubarachnoid | absent\nIntraventricular | absent\nParenchymal | old right occipital infarct",
        ),
        (
            "template",
            "Brain trauma template v2.\nGCS on arrival: 15.\nSkull: intact.\nEDH: no.\nSDH: no.\nSAH: no.\nContusion: no.\nScalp: left frontal haematoma.\nAction: discharge per pathway.",
        ),
        (
            "template",
            "Neonatal cranial US (Papile)\nRight: normal\nLeft: normal\nPVL: none\nVentricular index R 8 mm, L 8 mm\nConclusion: no GMH-IVH",
        ),
        (
            "template",
            "AI triage result: ICH detected (probability 0.71). Radiologist review: NOT CONFIRMED - dense falx calcification; no haemorrhage. Priority returned to routine.",
        ),
        (
            "template",
            "Key findings:\n  intracranial_bleed = false\n  infarct = false\n  mass = false\n  atrophy = mild\n  incidental = left maxillary retention cyst",
        ),
        (
            "template",
            "CT HEAD (TRAUMA, ANTICOAGULATED PATHWAY)\nAcute intracranial haemorrhage ........ No\nFracture ........ No\nRepeat imaging advised ........ No",
        ),
        (
            "template",
            "[Findings]\nbrain_parenchyma: normal\nextra_axial_spaces: normal\nventricles: normal\nbleed: none\n[Impression]\nnormal CT head",
        ),
        (
            "template",
            "Hemorrhage: Present ( ) Absent (x)\nIf present, type: n/a\nComment: bilateral basal ganglia calcification, physiological",
        ),
        (
            "template",
            "RESULT FLAG: NORMAL\nExam: CT head w/o\nBleed: negative\nFracture: negative\nNo communication required",
        ),
        (
            "template",
            "Section 4 - Intracranial findings\n4.1 Extra-axial: no collection\n4.2 Parenchyma: no haemorrhage, no infarct\n4.3 Ventricles: unremarkable\n4.4 Midline: central",
        ),
        ("template", "Q1 Acute blood? No. Q2 Mass effect? No. Q3 Fracture? No. Q4 Needs neurosurgery? No."),
        (
            "template",
            "Intracranial haemorrhage: N/A - no haemorrhage seen\nIschaemia: chronic small vessel change\nHydrocephalus: no\nComparison: stable since 2024",
        ),
    ],
    "neg_addendum_correction": [
        (
            "corrected_report",
            "CORRECTION: the previously described 'SAH' in the right frontal sulci is streak artefact from the patient's dental amalgam, confirmed on repeat thin sections. No haemorrhage.",
        ),
        (
            "addendum",
            "CT head. Impression: possible small left tentorial subdural.\nADDENDUM: on coronal reformats the density is normal tentorium; no subdural haematoma. No intracranial haemorrhage.",
        ),
        (
            "addendum",
            "Prelim (telerad): ?small SAH interpeduncular cistern.\nFinal attending addendum: disagree - normal vessels and volume averaging; no subarachnoid haemorrhage. ED informed.",
        ),
        (
            "corrected_report",
            "AMENDED REPORT. The original report described a 'right parietal haemorrhage'; this was dictated against the wrong patient. For this patient: the CT head is normal with no intracranial haemorrhage.",
        ),
        (
            "addendum",
            "MRI brain. Initial impression: blooming focus right frontal, ?microhaemorrhage.\nADDENDUM: the focus corresponds to a calcified granuloma on the prior CT (250 HU); not haemorrhage.",
        ),
        (
            "voice_recognition",
            "Addendum. The phrase acute sub dural hematoma in the findings is a voice recognition error and should read no acute sub dural hematoma. The impression of a normal CT head is correct.",
        ),
        (
            "addendum",
            "Post-thrombectomy CT. Original: 'haemorrhagic transformation left basal ganglia'.\nADDENDUM: dual-energy reconstruction shows this is iodine staining only; no haemorrhage.",
        ),
        (
            "pager",
            "CORRECTION to page 02:14 bed 4: the 'bleed' is calcified falx on review - NO haemorrhage. Sorry for alarm. Rad.",
        ),
        (
            "corrected_report",
            "Revised report: 'left temporal EDH' in the preliminary read is a venous sinus (sigmoid) partial volume effect on review by the consultant; there is no extradural haematoma and no fracture.",
        ),
        (
            "addendum",
            "Neonatal cranial US. Original: 'small right germinal matrix haemorrhage'.\nAddendum after repeat scan: the echogenic focus is choroid plexus; germinal matrices normal, no GMH-IVH.",
        ),
        (
            "addendum",
            "CT head after cardiac arrest. Prelim: ?diffuse SAH.\nADDENDUM (consultant): pseudo-subarachnoid haemorrhage due to diffuse cerebral oedema; no true subarachnoid blood. Prognosis discussion per ICU.",
        ),
        (
            "corrected_report",
            "CORRECTED: the impression should read 'no intracranial haemorrhage', not 'intracranial haemorrhage'; the word 'no' was omitted in transcription. Findings section unchanged and normal.",
        ),
        (
            "addendum",
            "Teleradiology prelim: 'thin right SDH'.\nAttending addendum: this is a subdural hygroma of CSF density (8 HU), unchanged from the 2023 study. No acute haemorrhage.",
        ),
        (
            "addendum",
            "ADDENDUM: comparison with the outside MRI shows the 'hyperdense lesion' in the left thalamus is a known calcified cavernoma, unchanged for 6 years, with no recent bleed. Not an acute haemorrhage.",
        ),
        (
            "corrected_report",
            "Corrected report for the CT brain of 03/12: the section 'Intracranial haemorrhage: present' was pre-filled by the template in error; the radiologist's finding is: no haemorrhage.",
        ),
        (
            "addendum",
            "Orbit CT addendum: the 'retro-orbital haemorrhage' mentioned is in the right orbit only; the brain is normal and there is no intracranial haemorrhage (earlier wording was ambiguous).",
            "extracranial",
        ),
        (
            "addendum",
            "CT head, 2-year-old. Original report: 'possible thin subdural'.\nADDENDUM after paediatric neuroradiology review: normal prominent extra-axial CSF spaces; no subdural haematoma. Safeguarding team updated.",
        ),
    ],
}

LONG_TEXTS: dict[str, list[tuple]] = {
    "pos_note_sections": [
        (
            "discharge_summary",
            "DISCHARGE SUMMARY - NEUROSCIENCES\nPresenting complaint: sudden collapse at work, brief loss of consciousness, vomiting.\nHistory: 58-year-old accountant, hypertensive, poorly adherent to amlodipine; no prior neurological history.\nOn arrival: GCS 13 (E3 V4 M6), BP 205/118, right pupil 3 mm reactive, left 3 mm reactive, mild right pronator drift.\nInvestigations: CT head showed a 32 mL left putaminal haemorrhage extending into the left lateral and third ventricles, with 4 mm midline shift and early dilatation of the temporal horns. CTA showed no spot sign and no vascular malformation.\nHospital course: admitted to the neuro-HDU; intravenous labetalol brought systolic pressure below 150 within the hour. On day 2 his GCS fell to 11 and repeat CT showed increasing hydrocephalus, so an external ventricular drain was placed; it was weaned and removed on day 9. Physiotherapy and speech therapy started on day 3.\nCondition at discharge: GCS 15, moderate right hemiparesis, mild expressive dysphasia; walking with a quad stick.\nMedications: amlodipine 10 mg, ramipril 5 mg, atorvastatin 20 mg (started by the stroke team).\nFollow-up: stroke clinic 6 weeks, MRI brain at 3 months to look for an underlying cause, community neuro-rehabilitation referral sent; no driving until reviewed.",
        ),
        (
            "neurosurg_note",
            "NEUROSURGERY WARD ROUND NOTE, DAY 4\nPatient: 47-year-old woman admitted after a fall from a horse, helmet on, brief loss of consciousness at the scene.\nBackground: asthma, no anticoagulants, no previous head injury.\nProgress: GCS has been 15 since day 2; headache improving with paracetamol; no vomiting overnight. She is eating and mobilising on the ward with physiotherapy.\nExamination: alert, oriented; no focal deficit; pupils equal and reactive; neck soft; wound over the right occipital scalp clean.\nImaging: today's CT head shows the right temporal haemorrhagic contusion at 1.8 cm (2.0 cm on day 1) with a rim of oedema, and a thin layer of subdural blood along the right tentorium, stable. There is a non-displaced right occipital fracture. Ventricles normal; no midline shift.\nAssessment: stable traumatic brain injury with contusion and small tentorial subdural haematoma; no surgical indication.\nPlan: continue neuro observations four-hourly; levetiracetam for 7 days; physiotherapy and occupational therapy assessment; likely discharge day 5 or 6 with clinic follow-up at 6 weeks and advice about return to riding not before 3 months.",
        ),
    ],
    "pos_not_purely_historical": [
        (
            "discharge_summary",
            "DISCHARGE SUMMARY\nReason for admission: new confusion and left arm weakness.\nPast medical history: atrial fibrillation; chronic kidney disease stage 3; left chronic subdural haematoma in 2024 drained by burr holes, with full recovery; hypertension.\nMedications on admission: apixaban 2.5 mg twice daily (restarted three months after the 2024 surgery), bisoprolol, furosemide.\nInvestigations: CT head on admission showed a new acute right hemispheric subdural haematoma, 10 mm, with 5 mm midline shift. The old left burr holes were seen with a small residual low-density collection on the left, unchanged since last year. Bloods: eGFR 41, Hb 128.\nProgress: apixaban was stopped and andexanet given. Neurosurgery performed right burr-hole drainage on day 2 with good effect. Repeat CT on day 3 showed a small residual collection with resolution of the shift.\nDischarge: independent with a frame; confusion resolved.\nPlan: no anticoagulation for at least 6 weeks; discussion at the left atrial appendage occlusion MDT; neurosurgical clinic in 6 weeks with a CT head beforehand; GP to monitor blood pressure and renal function.",
        ),
    ],
    "pos_known_no_veto": [
        (
            "icu_note",
            "NEURO ICU DAILY REVIEW, DAY 6\nDiagnosis: aneurysmal subarachnoid haemorrhage (WFNS 2, modified Fisher 3) from a right PCoA aneurysm, coiled on day 1.\nNeuro: GCS 14, oriented to person and place; no new focal deficit. Transcranial Dopplers this morning: right MCA mean velocity 118 cm/s, up from 95.\nImaging: CT head today shows the known subarachnoid blood in the basal cisterns and right Sylvian fissure, thinner than on admission, with a small amount layering in both occipital horns. No new haemorrhage elsewhere. No hydrocephalus; EVD clamped since yesterday with stable ICP. No infarct.\nCVS: euvolaemic, sodium 134.\nResp: self-ventilating, room air.\nPlan: continue nimodipine; keep euvolaemia; daily TCDs; if velocities rise further or a new deficit appears, CT perfusion and angiography for possible spasm treatment; EVD removal tomorrow if ICP stays below 20 clamped; family updated by the consultant at the bedside this afternoon. Thromboprophylaxis with enoxaparin continues as agreed with neurosurgery after the coiling. Physiotherapy to start sitting out in the chair tomorrow if the drain is out.",
        ),
    ],
    "neg_note_past_history": [
        (
            "discharge_summary",
            "DISCHARGE SUMMARY - GENERAL MEDICINE\nPresenting complaint: two days of fever, productive cough and breathlessness.\nPast medical history: right frontal intracerebral haemorrhage in 2019 from cerebral amyloid angiopathy, with mild residual left hand weakness; subarachnoid haemorrhage in 2021 (convexity, non-aneurysmal, managed conservatively); osteoporosis; hypertension.\nSocial: lives with her husband, independent with personal care, uses a stick outdoors.\nInvestigations: chest X-ray showed right lower lobe consolidation. CRP 184, WCC 15.2. Urinary antigens negative. No head imaging was performed during this admission, as there were no new neurological symptoms.\nHospital course: treated with intravenous co-amoxiclav and clarithromycin, switched to oral on day 3. Oxygen weaned on day 2. Physiotherapy assessed her mobility, which was at baseline by day 4.\nDischarge medications: oral co-amoxiclav to complete 5 days, amlodipine, alendronic acid. Antiplatelet and anticoagulant drugs remain avoided because of her haemorrhage history.\nFollow-up: GP review in one week; repeat chest X-ray in six weeks to confirm resolution; routine memory clinic appointment as previously planned.",
        ),
    ],
    "neg_ruled_out": [
        (
            "discharge_summary",
            "DISCHARGE SUMMARY - ACUTE MEDICAL UNIT\nPresenting complaint: severe occipital headache of sudden onset while at the gym, peaking within a minute, with nausea.\nBackground: 39-year-old, migraine since adolescence, combined oral contraceptive pill, non-smoker.\nExamination on arrival: GCS 15, no meningism, no focal neurology, fundi normal, BP 148/92.\nInvestigations: CT head was performed 3 hours after onset and showed no subarachnoid haemorrhage, no intracerebral haemorrhage and no other abnormality; by the department's pathway, a normal CT within 6 hours of onset excludes subarachnoid haemorrhage and no lumbar puncture was done. CT venogram showed patent sinuses. MR angiography the next day showed no aneurysm and no segmental vasoconstriction.\nDiagnosis: exertional headache; haemorrhage, venous sinus thrombosis and aneurysm excluded.\nManagement: analgesia; headache settled within 24 hours.\nAdvice: avoid strenuous exercise for two weeks; return immediately if a similar headache recurs, since RCVS can present with repeated thunderclap headaches.\nFollow-up: neurology outpatient clinic in eight weeks; GP to review contraceptive choice given migraine history.",
        ),
    ],
    "neg_other_organ_bleed": [
        (
            "discharge_summary",
            "TRAUMA DISCHARGE SUMMARY\nMechanism: cyclist struck by a van at about 30 mph, thrown onto the bonnet; helmet worn.\nPrimary survey: airway patent; tachycardic at 124; GCS 15 throughout.\nImaging: trauma CT from vertex to pelvis. Head and cervical spine: no intracranial haemorrhage, no skull or cervical fracture; small left frontal scalp swelling. Chest: left-sided haemothorax with fractures of ribs 5 to 8 and a small pulmonary contusion. Abdomen: grade II liver laceration in segment VI with a small amount of perihepatic blood, no active extravasation. Pelvis: intact.\nManagement: left intercostal chest drain drained 600 mL of blood and was removed on day 4; liver injury managed non-operatively with serial haemoglobin checks, which stayed stable at 112-118; analgesia via an erector spinae catheter.\nCondition at discharge: mobilising independently, pain controlled with oral analgesia.\nFollow-up: fracture clinic not required; chest X-ray in 2 weeks; trauma clinic in 6 weeks; avoid contact sport for 3 months because of the liver injury.",
        ),
    ],
    "neg_plain": [
        (
            "neurology_note",
            "NEUROLOGY FIRST FIT CLINIC\nReferral: 24-year-old man, first generalised tonic-clonic seizure at home 10 days ago, witnessed by his partner; about two minutes, tongue bitten, confused for 20 minutes afterwards.\nHistory: sleep-deprived after night shifts, drinking more alcohol than usual that week. No previous events, no febrile convulsions, no head injury. No family history of epilepsy.\nExamination: normal neurological examination; no injuries apart from a healing lateral tongue bite.\nInvestigations: CT head in ED on the day showed no intracranial haemorrhage, no mass and no other abnormality. MRI brain with epilepsy protocol last week: normal hippocampi, no cortical malformation, no blood products on susceptibility imaging. EEG: normal awake and drowsy recording.\nImpression: single unprovoked-appearing seizure with provoking factors (sleep deprivation and alcohol); structural and haemorrhagic causes not found.\nPlan: no antiseizure medication at present; DVLA rules explained (no driving for 6 months); sleep hygiene and alcohol advice; safety advice about bathing and heights; re-referral if a second event occurs.",
        ),
    ],
    "neg_site_extracranial": [
        (
            "discharge_summary",
            "DISCHARGE SUMMARY - ORTHOPAEDICS AND MAXILLOFACIAL\nPresenting complaint: 61-year-old on warfarin for a mechanical mitral valve, fell down six stairs, struck face and back of head.\nFindings on arrival: large boggy occipital scalp swelling, left periorbital swelling with proptosis, reduced left eye movements; GCS 15.\nImaging: CT head showed a large occipital subgaleal haematoma and no intracranial haemorrhage, no skull fracture. CT orbits showed a left retrobulbar haematoma with mild proptosis and a non-displaced left orbital floor fracture; the optic nerve was not compressed. CT spine: normal.\nManagement: INR 3.4 partially reversed in discussion with cardiology to a target of 2.0; ophthalmology monitored visual acuity and pressures hourly overnight, which stayed normal, so lateral canthotomy was not needed. Maxillofacial team: orbital floor fracture managed without surgery.\nDischarge: vision normal, swelling improving; warfarin continued at the usual dose from day 3 with an INR check on day 5.\nFollow-up: maxillofacial clinic in one week; eye clinic in two weeks; return if visual change, worsening headache or drowsiness.",
        ),
    ],
}


def rows() -> list[dict]:
    return numbered((TEXTS, LONG_TEXTS), REPORT_STYLES, 9, "h9")


def main() -> None:
    write(OUT, rows())


if __name__ == "__main__":
    main()
