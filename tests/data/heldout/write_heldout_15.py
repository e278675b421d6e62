# ruff: noqa: E501  (report texts are kept on one line each)
"""Held-out set 15 (set 14's 23 kinds), written by hand by `blind15`; run to rebuild heldout-15.jsonl.

Every text was invented for this set, blind to the rule tier, the text layer and every other set's texts. Each
entry is (style, text) or (style, text, assertion) where the assertion differs from the kind's default. The style
says which kind of author wrote it; ``doc_type`` (report or note) is derived from it. ``LONG_TEXTS`` holds the
long notes, letters and reports (150 words or more), kept apart only for readability. The order in the JSONL is a
fixed shuffle (seed 15).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from heldout_writer import numbered, write

OUT = Path(__file__).with_name("heldout-15.jsonl")

# styles written as radiology reports (a radiologist's own report, second opinion or the report as its result
# message carries it); every other style is a note, form, call log, presentation or review
REPORT_STYLES = {
    "chinese_trained_report",
    "east_europe_report",
    "second_opinion_neuro",
    "template_leftovers",
    "interface_result_message",
    "thai_indo_report",
    "west_indies_report",
}

CN = "chinese_trained_report"  # Chinese-trained radiologists' English (with Chinese)
EE = "east_europe_report"  # Polish / Czech / Ukrainian / Balkan-trained radiologists' English
SO = "second_opinion_neuro"  # outside-images neuroradiology second-opinion reports
TL = "template_leftovers"  # dictations with unfilled template fields ("[***]", "___", "{{...}}")
IF = "interface_result_message"  # the report as a flattened HL7 result message (OBR/OBX lines)
TI = "thai_indo_report"  # Thai / Indonesian radiologists' English (with Thai, Indonesian)
WI = "west_indies_report"  # Caribbean (Jamaica, Trinidad, Barbados) reports
CF = "emr_copy_forward"  # EMR notes with copied-forward blocks and stale text
TT = "phone_triage"  # nurse telephone triage notes (protocol, disposition)
MS = "student_presentation"  # medical-student case presentations on rounds
UR = "utilisation_review"  # payer / utilisation-review notes (criteria, level of care)
HP = "hospitalist_progress"  # hospitalist problem-based daily progress notes
MM = "mm_conference"  # morbidity & mortality conference case summaries
CR = "trial_sae_form"  # clinical-trial adverse-event report forms (CTCAE, relatedness)
NF = "care_home_transfer"  # nursing-home / aged-care transfer forms and notes
TC = "transfer_center_call"  # transfer-centre acceptance call logs
PC = "psych_liaison"  # psychiatry consultation-liaison notes
MF = "military_role3"  # military field-hospital and TBI-screen notes
ED = "ed_wet_read"  # emergency physician's own preliminary read of the CT
PT = "protocol_tech_note"  # CT technologist and protocoling notes

TEXTS: dict[str, list[tuple[str, ...]]] = {}
LONG_TEXTS: dict[str, list[tuple[str, ...]]] = {}

TEXTS["pos_plain"] = [
    (
        CN,
        "Plain CT of skull. Right basal ganglia region shows a high-density focus about 3.1 x 2.4 cm, CT value 62 HU, with low-density ring around. Diagnosis: right basal ganglia cerebral hemorrhage, hypertensive type suggested.",
    ),
    (
        EE,
        "CT of the head without contrast. In the left temporal lobe a fresh intracerebral haematoma of 18 ml is seen, with perifocal oedema. Midline is not shifted. Conclusion: acute intracerebral haemorrhage, left temporal.",
    ),
    (
        WI,
        "CT HEAD (NON-CONTRAST)\nHistory: fell from mango tree.\nAcute left-sided subdural haematoma measuring 9 mm in maximum thickness with 4 mm of midline shift.\nOpinion: acute SDH. Neurosurgery at KPH informed.",
    ),
    (
        TT,
        "Caller is daughter. Pt was seen at urgent care yesterday, CT done there showed a small bleed in the brain per discharge paper, told to follow up. Now more sleepy. Disposition: call 911 / go to ED now. Caller agrees.",
    ),
    (
        HP,
        "#Subarachnoid haemorrhage, aneurysmal, Hunt-Hess 2 — day 4. Nimodipine continued. TCD velocities acceptable. Plan as per neurosurgery.",
    ),
    (
        MF,
        "Role 3 note: blast-exposed soldier, GCS 13. CT head shows a left frontal contusion with haemorrhage and a thin acute SDH. For CASEVAC to Role 4 once stable.",
    ),
    (
        TC,
        "Transfer centre log 02:14. Accepting: neuro ICU. Sending facility reports R parietal ICH ~25 cc on CT, BP 210/115, on nicardipine. Accepted, ETA by air 55 min.",
    ),
    (
        PC,
        "Psych C-L asked to see for agitation. Note that CT head this admission demonstrated an acute intraparenchymal haemorrhage in the right frontal lobe, which likely explains the disinhibition. Recommend low-dose antipsychotic PRN, neurology following.",
    ),
    (
        TI,
        "Non-contrast brain CT. There is intraventricular haemorrhage filling the fourth ventricle and both occipital horns, with mild hydrocephalus. Impression: intraventricular hemorrhage with early hydrocephalus.",
    ),
    (
        SO,
        "Second opinion, outside CT dated 3 March. We agree with the outside reader: there is a small acute subarachnoid hemorrhage in the right sylvian fissure and adjacent sulci. CTA is recommended if not already performed.",
    ),
    (
        ED,
        "My read (ED attending, pre-radiology): obvious bleed in L thalamus, maybe 1.5 cm, no IVH that I can see. Neurosurg paged, BP lowering started. Await official read.",
    ),
    (
        IF,
        "OBR|1||CT HEAD WO|\nOBX|1|TX|IMPRESSION||Acute epidural hematoma, right temporal, 11 mm, with overlying skull fracture.||||||F",
    ),
    (
        NF,
        "Transfer back from hospital to Sunrise Lodge: resident had a fall on 12/3; hospital CT showed a small subdural bleed on the right, managed conservatively. Aspirin stopped. Neuro obs 4-hourly for 48 h please.",
    ),
    (
        MS,
        "So this is a 67-year-old man who came in with sudden worst headache of his life; the CT head showed blood in the basal cisterns — a subarachnoid haemorrhage — and the CTA found a 6 mm PComm aneurysm, coiled yesterday.",
    ),
    (
        TL,
        "EXAM: CT brain without contrast\nCOMPARISON: [***]\nFINDINGS: Acute hemorrhage in the left cerebellar hemisphere measuring 2.8 cm with effacement of the fourth ventricle.\nIMPRESSION: Left cerebellar hemorrhage. [Critical result communicated to ___ at ___.]",
    ),
]

TEXTS["pos_findings_only"] = [
    (
        CN,
        "Findings: High-density shadow in the right frontal-parietal subdural space, crescent shaped, thickness about 8 mm; the right lateral ventricle is compressed; midline shifts left 5 mm. Acute subdural hematoma.",
    ),
    (
        EE,
        "Findings: acute blood in the interhemispheric fissure and along the tentorium. Ventricles normal width. Bones intact.",
    ),
    (
        WI,
        "FINDINGS:\nSmall volume of subarachnoid blood in the left frontal sulci. No hydrocephalus. Mastoids clear.",
    ),
    (
        TI,
        "FINDINGS: Hyperacute hematoma in the pons, 1.4 cm, with blood extending into the fourth ventricle.",
    ),
    (
        SO,
        "Findings on review of the submitted images: a left occipital lobar haemorrhage of approximately 30 mL with surrounding oedema and a few peripheral microbleeds.",
    ),
    (
        TL,
        "FINDINGS:\nBrain parenchyma: [***] acute hemorrhage in the right caudate head extending into the right lateral ventricle.\nVentricles: blood layering in the right lateral ventricle.\nExtra-axial: [***]\nBones: intact.",
    ),
    (
        IF,
        "OBX|2|TX|FINDINGS||Acute right subdural hematoma along the convexity, 7 mm. Trace subdural blood along the falx.||||||F",
    ),
    (
        ED,
        "Wet read findings: blood along the R convexity, thin, and some in the sulci posteriorly. No shift. (Formal report to follow.)",
    ),
    (
        PT,
        "Tech note: CT head done, pt cooperative. Radiologist reviewed on console before pt left scanner — findings: L frontal contusional haemorrhage; requested extra thin recons of skull base.",
    ),
    (
        CN,
        "Findings only (no conclusion yet): left thalamus hematoma, about 12 mm diameter, ruptured into third ventricle.",
    ),
    (
        EE,
        "Description: In the right cerebellar hemisphere hyperdense haemorrhagic focus 22 x 19 mm. The IV ventricle is compressed. Supratentorially without pathology.",
    ),
    (
        WI,
        "Findings: There is a small acute extradural haemorrhage in the left parietal region underlying a linear fracture. No other abnormality.",
    ),
    (
        TI,
        "Findings:\n- acute subdural hemorrhage left frontotemporal, 6 mm\n- no midline shift\n- paranasal sinuses clear",
    ),
    (
        SO,
        "Findings: thin acute subdural blood layering along the left tentorium leaf and posterior falx; the remainder of the brain is unremarkable for age.",
    ),
    (
        IF,
        "OBX|1|TX|GDT||Findings: Multiple small hemorrhagic contusions in both frontal lobes and the right temporal pole.||||||P",
    ),
]

TEXTS["pos_hedged_query"] = [
    (
        CN,
        "A small patchy slightly high density in the left sylvian fissure; subarachnoid hemorrhage can not be excluded, suggest follow-up or CTA.",
    ),
    (EE, "Suspicion of a small subdural haematoma on the right, max 3 mm. Recommend control CT in 24 hours."),
    (
        WI,
        "Possible thin subdural haemorrhage along the left tentorium. Correlate; short-interval repeat advised.",
    ),
    (
        TI,
        "Questionable tiny hemorrhage in the right frontal sulcus — ? early SAH versus partial volume. Suggest MRI FLAIR.",
    ),
    (
        SO,
        "The focus in the left parietal cortex most likely represents a small hemorrhagic contusion, although a cavernoma cannot be fully excluded without MRI.",
    ),
    (TL, "IMPRESSION: Probable small acute subdural hematoma along the right convexity. [Recommend ***.]"),
    (
        ED,
        "My read: maybe a sliver of blood by the falx?? Not sure. Radiology to confirm — treating as a possible bleed for now, holding heparin.",
    ),
    (HP, "#?SAH — CT equivocal for trace sulcal blood, LP pending. Keep BP < 160."),
    (
        MF,
        "TBI screen positive. CT shows a possible small contusion with blood at the left temporal tip. Repeat CT in 6 h ordered.",
    ),
    (
        IF,
        "OBX|1|TX|IMPRESSION||Suspected small intraventricular hemorrhage in the occipital horns; correlate with repeat imaging.||||||P",
    ),
    (
        TC,
        "Call log: sending ED says CT 'could be a small bleed' in L frontal lobe, radiology there not certain. Accepted for neurosurgical review.",
    ),
    (
        CN,
        "Right occipital lobe small high-density focus, hemorrhage likely, please combine clinical and re-examine.",
    ),
    (
        EE,
        "Hyperdense content in the left frontal sulci, possibly subarachnoid blood. To consider CT angiography.",
    ),
    (WI, "Impression: Likely small intraparenchymal bleed in the left caudate. Follow-up recommended."),
    (
        PT,
        "Protocol note: radiologist queried possible layering blood in the occipital horns; added delayed thin-slice reconstructions as requested.",
    ),
]

TEXTS["pos_imaging_descriptor_mri_cta"] = [
    (
        CN,
        "MRI brain: right temporal lobe lesion with T1 high signal and T2 low signal rim, SWI obvious blooming; subacute hemorrhage (methemoglobin stage).",
    ),
    (
        EE,
        "CT angiography: spot sign within the left putaminal haematoma, indicating active extravasation. No aneurysm.",
    ),
    (
        WI,
        "MRI: GRE shows marked signal loss in the left frontal lobe corresponding to the known parenchymal haemorrhage, now early subacute.",
    ),
    (
        TI,
        "CTA brain: contrast extravasation into the right frontal intracerebral hematoma (positive spot sign); hematoma volume about 22 mL.",
    ),
    (
        SO,
        "Outside MRI reviewed: the right cerebellar lesion shows SWI blooming and T1 hyperintensity, in keeping with a subacute haemorrhage rather than tumour.",
    ),
    (
        TL,
        "MRI BRAIN W/WO\nSWI: blooming focus in the left pons consistent with acute/subacute hemorrhage, [size ***].\nDWI: [***]\nIMPRESSION: Pontine hemorrhage.",
    ),
    (
        IF,
        "OBX|1|TX|IMPRESSION||CTA: active extravasation (spot sign) in the right thalamic hemorrhage. No vascular malformation identified.||||||F",
    ),
    (
        CN,
        "MR: bilateral frontal subdural collections T1 high, T2 high signal, consistent with late subacute subdural hematoma.",
    ),
    (
        EE,
        "MRI with SWI: numerous punctate haemorrhagic foci at the grey-white junction and in the corpus callosum — diffuse axonal injury with microhaemorrhages.",
    ),
    (
        HP,
        "#ICH — MRI today: T2* hypointense rim, haemorrhage in left occipital lobe, no underlying mass on post-contrast. Amyloid angiopathy favoured.",
    ),
    (
        SO,
        "CTV and CTA reviewed: thrombosed superior sagittal sinus with an adjacent left parasagittal venous haemorrhage.",
    ),
    (
        TI,
        "MRI FLAIR shows sulcal hyperintensity in the right parietal convexity with matching GRE hypointensity: convexity subarachnoid hemorrhage.",
    ),
    (
        WI,
        "CT ANGIOGRAM: 5 mm anterior communicating artery aneurysm; the subarachnoid haemorrhage seen on the plain study is centred on the interhemispheric fissure.",
    ),
    (
        CN,
        "SWI sequence: a round low-signal focus with obvious blooming in the right basal ganglia, about 9 mm; T1 slightly high signal, T2 low signal centre.",
        "uncertain",
    ),
    (
        EE,
        "MRI: a lentiform extra-axial collection over the right frontal lobe, T1 hyperintense, with marked susceptibility on SWI.",
        "uncertain",
    ),
]

TEXTS["pos_indication_then_finding"] = [
    (
        CN,
        "Clinical information: headache, vomiting, rule out cerebral hemorrhage.\nCT: left frontal lobe hematoma 2.0 x 1.6 cm.\nConclusion: left frontal cerebral hemorrhage.",
    ),
    (
        EE,
        "Indication: exclusion of intracranial bleeding after fall on warfarin. Result: acute subdural haematoma on the left, 6 mm.",
    ),
    (
        WI,
        "Clinical history: ?bleed, GCS dropped.\nReport: acute right parietal intracerebral haemorrhage with intraventricular extension.",
    ),
    (
        TI,
        "Indication: to rule out ICH.\nResult: small acute subarachnoid hemorrhage in the left parietal sulci.",
    ),
    (
        SO,
        "Reason for consultation: the referring team asked us to rule out bleeding. On review there is an acute left subdural haematoma of 4 mm that was not mentioned on the outside report.",
    ),
    (
        TL,
        "INDICATION: [***] evaluate for intracranial hemorrhage.\nIMPRESSION: Yes — acute hemorrhage in the right occipital lobe, 1.8 cm.",
    ),
    (
        IF,
        "OBR|1||CT HEAD|||||||||r/o ICH\nOBX|1|TX|IMPRESSION||Acute left frontal intraparenchymal hemorrhage.||||||F",
    ),
    (
        PT,
        "Order reason 'r/o bleed, fall, on apixaban'. Scan done 14:02. Radiologist called ward from console: positive — right SDH. Patient returned with nurse escort.",
    ),
    (
        TT,
        "Reason for call: caller asks whether the CT his mother had 'to check for a brain bleed' was OK. Result in chart: small bleed on the left side, team to call. Escalated to on-call physician.",
    ),
    (
        CN,
        "Purpose of examination: exclude intracranial hemorrhage (patient on anticoagulant).\nImpression: a small subdural hematoma in the left tentorium region.",
    ),
    (
        EE,
        "Question from clinician: bleeding? Answer: yes, subarachnoid haemorrhage in the basal cisterns, Fisher 3.",
    ),
    (
        WI,
        "Indication: rule out intracranial haemorrhage post-RTA. Findings: there is a 5 mm acute epidural haematoma in the right frontal region.",
    ),
    (
        TI,
        "Clinical: post-thrombolysis neurological worsening, r/o hemorrhagic transformation.\nFinding: hemorrhagic transformation of the left MCA infarct, parenchymal hematoma type 1.",
    ),
    (
        ED,
        "Ordered CT to r/o bleed after syncope + head strike. My read: yes there is a bleed — R frontal contusion. Radiology concurs on the phone.",
    ),
    (
        MF,
        "MACE positive, CT requested to exclude intracranial bleed. Result: small acute left temporal extradural haematoma. Neurosurgical consult by telemedicine.",
    ),
]

TEXTS["pos_known_no_veto"] = [
    (
        CN,
        "Re-examination: the known left frontal hematoma is slightly smaller, now 2.1 cm, edema unchanged. No new hemorrhage elsewhere.",
    ),
    (EE, "Control CT: known subdural haematoma on the right, unchanged 7 mm. No new bleeding foci."),
    (
        WI,
        "Follow-up CT: known left thalamic haemorrhage, stable. No new intracranial haemorrhage. Ventricles unchanged.",
    ),
    (
        TI,
        "Follow-up: the known subarachnoid hemorrhage is decreasing; residual blood in the left sylvian fissure. No new haemorrhage. No hydrocephalus.",
    ),
    (
        SO,
        "Interval study: the known right subdural collection shows layering with a hematocrit level, unchanged in width. No new hemorrhage is seen elsewhere.",
    ),
    (
        TL,
        "COMPARISON: [***]\nIMPRESSION: 1. Known right parietal hemorrhage, slight evolution. 2. No new hemorrhage. 3. [***]",
    ),
    (
        IF,
        "OBX|1|TX|IMPRESSION||Stable known intraventricular hemorrhage in the occipital horns. No new hemorrhage. No hydrocephalus.||||||F",
    ),
    (
        HP,
        "#R SDH (known, conservative) — repeat CT stable, no new bleed. Restart DVT prophylaxis per NSGY at 72 h.",
    ),
    (
        CF,
        "Imaging (copied from 3/2, updated today): CT 3/2 — L SDH 5 mm. CT today — L SDH unchanged 5 mm, no new hemorrhage.",
    ),
    (
        NF,
        "Known chronic-on-acute subdural, stable on last hospital CT, no new bleed. Returns to facility; falls precautions.",
    ),
    (
        CN,
        "Comparing with previous: the residual hematoma of the right basal ganglia is still seen, density reduced. No new hemorrhage found.",
    ),
    (
        EE,
        "Kontrola: the intraventricular blood in the III ventricle is less, still present. No fresh haemorrhage elsewhere. EVD tip in the right frontal horn.",
    ),
    (
        WI,
        "Repeat CT day 3: the known bifrontal contusions persist with slight blossoming. No new haemorrhagic foci.",
    ),
    (
        TI,
        "Known acute subdural hematoma on the left, now 8 mm (was 8 mm). No new hemorrhage. Midline shift 3 mm, unchanged.",
    ),
]

TEXTS["pos_mimic_with_blood"] = [
    (
        CN,
        "Bilateral frontal subdural effusion with a new high-density component on the left, indicating acute bleeding into the effusion.",
    ),
    (
        EE,
        "Subdural hygroma on the right with a layering hyperdense component — acute haemorrhage within the hygroma.",
    ),
    (
        WI,
        "Calcification in the pineal gland, physiological. Separately there is an acute haemorrhage in the right occipital lobe, 1.5 cm.",
    ),
    (
        TI,
        "Dense falx calcification noted. In addition a thin acute subdural hemorrhage is seen along the left convexity.",
    ),
    (
        SO,
        "What was called a calcified meningioma on the outside study is in fact a haemorrhage: HU 58, no calcification on bone window, surrounding oedema. Acute intraparenchymal haemorrhage.",
    ),
    (
        TL,
        "FINDINGS: Right frontal mass with internal hemorrhage (fluid-blood level), likely hemorrhagic metastasis. [***]\nIMPRESSION: Hemorrhagic mass.",
    ),
    (
        IF,
        "OBX|1|TX|IMPRESSION||Beam-hardening artefact in the posterior fossa; separate from this there is true acute subarachnoid hemorrhage in the left sylvian fissure.||||||F",
    ),
    (
        HP,
        "#Subdural empyema s/p evacuation — post-op CT shows a small amount of acute blood in the cavity. Neurosurg aware, expected.",
    ),
    (CN, "Left frontal lobe glioma with intratumoral bleeding, new since previous, hematoma about 2 cm."),
    (
        EE,
        "Hyperdense dural sinuses from high hematocrit, a mimic; however real subarachnoid blood is present in the right frontal sulci.",
    ),
    (
        WI,
        "Chronic left subdural hygroma; new hyperdense blood within it compatible with acute-on-chronic subdural haemorrhage.",
    ),
    (
        TI,
        "Coil artefact from previous aneurysm coiling; despite the streaks, new acute subarachnoid hemorrhage is present in the prepontine cistern.",
    ),
    (
        SO,
        "Hyperdense MCA sign on the left (thrombus). In addition, there is a small haemorrhagic transformation in the left insula.",
    ),
    (
        PT,
        "Tech note: metal streak from dental work limited views; radiologist confirmed on repeat angled scan that the hyperdensity is real blood — right frontal ICH.",
    ),
]

TEXTS["pos_not_purely_historical"] = [
    (
        CN,
        "History of right putamen hemorrhage 2019. Now: new hemorrhage in the left thalamus, 1.7 cm, acute.",
    ),
    (
        EE,
        "Status post evacuation of left chronic subdural haematoma (2023). Today recurrence of the subdural collection with fresh blood, 11 mm.",
    ),
    (
        WI,
        "PMH: SAH 2015 (clipped MCA aneurysm). Presents with new thunderclap headache; CT shows recurrent subarachnoid haemorrhage around the clip.",
    ),
    (
        TI,
        "Known cerebral amyloid angiopathy with prior lobar bleeds. Current CT: new acute right parietal lobar hemorrhage.",
    ),
    (
        HP,
        "#Recurrent ICH — had L lobar bleed 2021; admitted with new R occipital bleed on CT 12/4. Anticoagulation permanently contraindicated.",
    ),
    (
        CF,
        "PMH (copied forward): chronic SDH drained 2022.\nInterval: re-accumulation of the right subdural haematoma with acute component on CT this morning. NSGY to re-drain.",
    ),
    (
        MS,
        "Past history is significant for an intracerebral haemorrhage two years ago from which she recovered fully; this time she presented with left arm weakness and the CT shows a new small bleed in the right internal capsule.",
    ),
    (
        NF,
        "Resident had a brain bleed last year. Hospital letter today: she has bled again — a new small subdural on the left. Back to us on comfort-focused plan.",
    ),
    (
        TC,
        "Call: pt with hx of AVM bleed 2018 (embolised) now with re-bleed — CT shows new L parietal ICH 15 cc. Accepted.",
    ),
    (
        UR,
        "Prior admission 2024 for SAH. Current admission criteria met: new intraventricular haemorrhage on CT with hydrocephalus requiring EVD. ICU level of care approved.",
    ),
    (
        EE,
        "Anamnesis: condition after haemorrhagic stroke 2020. Now: rebleeding into the old cavity in the left basal ganglia with fresh haematoma 14 ml.",
    ),
    (
        SO,
        "Prior haemorrhage in the left frontal lobe (2022) is now a slit-like cavity; there is also a new acute haemorrhage in the right cerebellum.",
    ),
    (
        CN,
        "Past cerebral hemorrhage left side; the old focus is encephalomalacia. New finding: acute subdural hematoma on the right, thickness 6 mm.",
    ),
    (
        PC,
        "Background of traumatic SDH in 2023 with cognitive sequelae. Re-admitted after another fall; CT shows a fresh small left subdural bleed. Capacity assessment deferred until neurologically settled.",
    ),
]

TEXTS["pos_note_sections"] = [
    (
        HP,
        "S: headache improved, no vomiting.\nO: GCS 15, BP 142/80.\nA: Acute R cerebellar ICH, day 2, stable on repeat CT.\nP: continue SBP target, PT/OT, neuro checks q2h.",
    ),
    (
        CF,
        "HPI: [copied from H&P] 81F on rivaroxaban, fall at home.\nHospital course: CT showed acute L SDH 8 mm; andexanet given; repeat CT stable.\nPlan: hold anticoagulation 4 weeks.",
    ),
    (
        MS,
        "Chief complaint: collapse. HPI: found down by husband. Imaging: CT head — left parietal intracerebral haemorrhage with intraventricular extension. Assessment: hypertensive ICH. Plan: BP control, EVD discussion.",
    ),
    (
        UR,
        "Clinical summary for review: Diagnosis — acute traumatic subdural hematoma, right. Treatment — craniotomy and evacuation 11/3. Continued stay criteria met (post-op neuro ICU).",
    ),
    (
        MM,
        "Case: 58M, ED visit for headache, discharged. Returned 2 days later. Imaging on return: aneurysmal SAH, Fisher 4. Discussion: missed sentinel headache. Outcome: coiled, mRS 2.",
    ),
    (
        TC,
        "HISTORY: fall down stairs, intoxicated.\nIMAGING: outside CT — acute epidural haematoma L temporal 1.2 cm with fracture.\nDISPOSITION: accepted to trauma/neurosurgery, direct to OR.",
    ),
    (
        PC,
        "Reason for referral: low mood.\nHistory: admitted 5 days ago with subarachnoid haemorrhage; aneurysm coiled.\nMental state: tearful, oriented.\nImpression: adjustment disorder after SAH.",
    ),
    (
        MF,
        "Mechanism: IED blast, mounted.\nPrimary survey: intact.\nCT: small right frontal subdural haematoma and SAH.\nPlan: neuro obs, repeat CT 6 h, evacuate.",
    ),
    (
        NF,
        "REASON FOR TRANSFER: new confusion.\nHOSPITAL DIAGNOSIS (on return): acute left subdural haematoma, non-operative.\nMEDICATIONS CHANGED: apixaban stopped.",
    ),
    (
        TT,
        "Symptoms: worsening headache since discharge.\nHistory: discharged 3 days ago after a small brain bleed (subdural).\nProtocol: Headache — red flag.\nDisposition: ED now.",
    ),
    (
        CF,
        "Assessment/Plan (carried forward, reviewed):\n1. Acute SAH s/p coiling — day 6, vasospasm window, nimodipine.\n2. Hyponatraemia — fluid restriction NOT advised, salt tabs.",
    ),
    (
        HP,
        "Problem list:\n1) Traumatic contusions bifrontal with small SAH — repeat CT stable.\n2) Alcohol withdrawal — CIWA.\n3) Rib fractures — analgesia.",
    ),
    (
        MS,
        "Hospital course so far: day 3 for an intraventricular haemorrhage secondary to a thalamic bleed; EVD in situ draining blood-stained CSF.",
    ),
]

TEXTS["pos_structured_template"] = [
    (
        TL,
        "Intracranial hemorrhage: [X] Present [ ] Absent\nType: [X] subdural [ ] epidural [ ] SAH\nSide: left\nThickness: 7 mm\nMidline shift: [***] mm",
    ),
    (IF, "OBX|1|CE|ICH_PRESENT||Y||||||F\nOBX|2|ST|ICH_TYPE||intraparenchymal, right frontal||||||F"),
    (
        CR,
        "SAE REPORT FORM\nEvent term (MedDRA): Haemorrhage intracranial\nCTCAE grade: 4\nSerious: [x] Yes\nRelated to study drug: possibly\nOnset: day 14",
    ),
    (CN, "Hemorrhage: yes | Location: right basal ganglia | Volume (ABC/2): 19 mL | IVH: no"),
    (
        EE,
        "Bleeding ........ present (left temporal, intracerebral)\nIschaemia ........ none\nMidline shift ........ 2 mm",
    ),
    (
        NF,
        "Transfer form\nFall in last 72h? Y\nHead injury? Y\nHospital CT result: small subdural bleed = YES\nAnticoagulant held? Y",
    ),
    (
        UR,
        "Criteria: Acute ICH on imaging = met | GCS < 13 = not met | Neurosurgical intervention = no | Level: step-down.",
    ),
    (MF, "TBI CLASSIFICATION\nCT positive: YES\nFinding: EDH, R temporal\nGCS: 14\nEvac category: URGENT"),
    (
        TI,
        "Structured report\nIntracranial haemorrhage: present\nSubtype: subarachnoid\nFisher grade: 2\nHydrocephalus: no",
    ),
    (
        WI,
        "ICH SCORE WORKSHEET\nGCS 5-12: 1\nICH volume >= 30 mL: 1\nIVH: 1\nInfratentorial: 0\nAge >= 80: 0\nTotal = 3 (left lobar ICH confirmed on CT)",
    ),
    (
        CR,
        "Adverse event log | Day 9 | Subdural haematoma (CT confirmed) | Grade 3 | Expected? N | Action: drug interrupted",
    ),
    (
        PT,
        "Protocol checklist\nPrior imaging reviewed? Y\nAcute bleed on current scan? Y — L SDH\nCTA added? N\nRadiologist notified? Y",
    ),
    (
        SO,
        "Second-opinion summary table\nOutside read: no acute abnormality\nOur read: acute subdural haematoma, right, 3 mm\nAgreement: [ ] yes [x] no",
    ),
    (
        CF,
        "Daily goals (copied forward template)\nNeuro: R ICH, stable — SBP < 140: [x]\nResp: RA\nLines: [ ]\nDVT ppx: held (bleed) [x]",
    ),
    (
        TL,
        "Hemorrhage: {{present}} — left occipital, 2.4 cm\nMass effect: {{mild}}\nIVH: {{absent}}\nVascular: [***]",
    ),
]

TEXTS["pos_addendum_correction"] = [
    (
        CN,
        "Addendum: on re-review of thin slices, the small high density in the left sylvian fissure is subarachnoid hemorrhage, not vessel. Clinician informed by phone.",
    ),
    (
        EE,
        "Corrected report: the first description 'no pathology' is revised — there is an acute subdural haematoma on the left of 4 mm along the tentorium.",
    ),
    (
        WI,
        "ADDENDUM: The density initially called falcine calcification is re-interpreted as acute interhemispheric subdural haemorrhage. Discussed with the on-call surgeon.",
    ),
    (
        TI,
        "Revised impression: the hyperdense focus in the right frontal lobe is a small acute hemorrhage (previously reported as calcified granuloma). Bone window confirms no calcification.",
    ),
    (
        SO,
        "Amended second opinion: after receipt of the outside CTA, the right temporal lesion is an acute haematoma rather than a tumour.",
    ),
    (
        TL,
        "ADDENDUM [***]: Preliminary read of no acute findings is corrected: small acute subarachnoid hemorrhage in the right parietal sulci. Critical result called to Dr. [***].",
    ),
    (
        IF,
        "OBX|1|TX|ADDENDUM||Correction: acute left subdural hematoma 5 mm, missed on preliminary report.||||||C",
    ),
    (
        ED,
        "Correction to my earlier wet read (normal): radiology found a small R frontal SAH. Patient recalled, re-admitted, neurosurgery consulted.",
    ),
    (
        CF,
        "** Amended note ** Earlier today documented 'CT head negative' — this was copied forward from yesterday. Today's CT shows a new L SDH 6 mm.",
    ),
    (
        TT,
        "Callback: correcting advice given at 10:05. The CT result was reviewed again with the doctor — it does show a small bleed on the brain. Caller advised to return to ED now.",
    ),
    (
        PT,
        "Tech note (amended): scan initially flagged motion artefact; radiologist reviewed the repeat scan and confirmed a true left parietal haemorrhage.",
    ),
    (
        CN,
        "Correction: the previous report wrote 'left' by mistake; the subdural hematoma is on the RIGHT side, 7 mm. Addendum issued.",
    ),
    (
        EE,
        "Addendum after MRI: the CT finding described as 'artefact' in the posterior fossa corresponds to a small acute cerebellar haematoma.",
    ),
    (
        WI,
        "Revised report: the first read of 'chronic small vessel change only' is amended. There is a small acute haemorrhage in the left caudate.",
    ),
    (
        MM,
        "Discrepancy case: initial report said normal; the corrected report identified a 3 mm subdural haematoma along the right convexity. Patient recalled.",
    ),
]

TEXTS["pos_non_english_accents"] = [
    (CN, "印象：右侧基底节区脑出血 (right basal ganglia intracerebral hemorrhage), 约 15 mL，破入脑室。"),
    (CN, "左侧额颞部硬膜下血肿 — left frontotemporal acute subdural haematoma, 9 mm, midline shift 4 mm."),
    (CN, "蛛网膜下腔出血 (subarachnoid haemorrhage) in the basal cisterns; 建议 CTA."),
    (
        EE,
        "Wniosek: ostry krwiak podtwardówkowy po stronie lewej (acute left subdural haematoma), 8 mm; przesunięcie linii środkowej 3 mm.",
    ),
    (
        EE,
        "Závěr: akutní subdurální hematom vpravo — acute right subdural haematoma, 6 mm. Doporučena neurochirurgická konzultace.",
    ),
    (
        EE,
        "Висновок: внутрішньомозковий крововилив у правій скроневій частці (intracerebral haemorrhage, right temporal lobe), ~20 мл.",
    ),
    (EE, "Закључак: субдурални хематом лево — acute left subdural haematoma, 5 mm."),
    (EE, "Заключение: остър субдурален хематом вдясно (acute subdural haematoma, right), 7 mm."),
    (
        TI,
        "สรุป: เลือดออกในสมอง — acute intracerebral hemorrhage, left thalamus, 12 mm, with intraventricular extension.",
    ),
    (
        TI,
        "Kesan: perdarahan subaraknoid — subarachnoid hemorrhage in the right sylvian fissure; ukuran ±3 mm. Saran: CTA.",
    ),
    (
        TI,
        "Kesimpulan: perdarahan intraserebral lobus parietal kiri (left parietal intracerebral hemorrhage) ≈ 18 mL.",
    ),
    (
        SO,
        "Hebrew summary as sent by the family's hospital: דימום מוחי — our reading: acute left frontal intracerebral haemorrhage, 2 cm.",
    ),
    (
        SO,
        "Persian outside report: خونریزی مغزی. Our reading in English: acute right cerebellar haemorrhage, 2.5 cm, fourth ventricle effaced.",
    ),
    (
        WI,
        "Outside report from Martinique: « hématome extradural temporal droit » — i.e. acute right temporal extradural haemorrhage, 10 mm.",
    ),
    (EE, "Záver: subarachnoidálne krvácanie v bazálnych cisternách — subarachnoid haemorrhage, Fisher 3."),
]

TEXTS["pos_described_unnamed"] = [
    (
        CN,
        "Right frontal-temporal crescent high-density shadow under the skull, thickness 7 mm, CT value 65 HU; adjacent sulci narrowed.",
    ),
    (
        EE,
        "Biconvex hyperdense extra-axial collection in the left temporal region, 13 mm, beneath a fracture line.",
    ),
    (WI, "Dependent hyperdense layering in both occipital horns. Ventricles mildly enlarged."),
    (TI, "Hyperdensity filling the suprasellar and ambient cisterns and the left sylvian fissure."),
    (
        SO,
        "A lentiform hyperattenuating collection over the right parietal convexity, 9 mm, not crossing sutures, with mass effect.",
    ),
    (
        TL,
        "FINDINGS: Crescentic hyperdense extra-axial collection along the left convexity measuring [***] mm, with effacement of the sulci.\nIMPRESSION: As above.",
    ),
    (
        IF,
        "OBX|1|TX|IMPRESSION||Hyperdense fluid-fluid level within a right convexity extra-axial collection, 12 mm, with 5 mm leftward shift.||||||F",
    ),
    (
        ED,
        "My look at the CT: white crescent over the left side of the brain, squashing the ventricle a bit. Radiology read pending.",
    ),
    (
        CN,
        "Left cerebellar patchy high density about 2.0 x 1.8 cm, CT value 58 HU, surrounding low density halo.",
    ),
    (
        EE,
        "Hyperdense material in the interhemispheric fissure and along the tentorium; sulci in the high convexity hyperdense bilaterally.",
    ),
    (
        WI,
        "A 3 cm hyperattenuating focus in the right putamen with a rim of low attenuation and 3 mm of midline shift.",
    ),
    (
        TI,
        "High-density content in the third and fourth ventricles with a dependent level in the lateral ventricles.",
    ),
    (
        SO,
        "Thin hyperdense extra-axial rim along the left tentorial leaflet, new compared with the outside scan of the day before.",
    ),
    (
        MF,
        "CT: hyperdense biconvex collection R temporal under the fracture; 4 mm shift. Neurosurgeon on video agrees — prepare for evacuation.",
    ),
    (
        PT,
        "Tech note: radiologist asked for coronal reformats to show the new high-density crescent along the right convexity before calling the team.",
    ),
]

TEXTS["neg_plain"] = [
    (
        CN,
        "Plain CT skull: no abnormal density in brain parenchyma. No hemorrhage. Ventricles and sulci normal. Midline structures centred.",
    ),
    (EE, "CT of the head: no intracranial haemorrhage, no focal lesions. Ventricular system symmetric."),
    (
        WI,
        "CT HEAD: No intracranial haemorrhage or mass lesion. Grey-white differentiation preserved. Opinion: normal study.",
    ),
    (TI, "Impression: no intracranial hemorrhage. No acute infarct. No mass effect."),
    (SO, "On review of the outside CT we see no intracranial haemorrhage; we agree with the outside report."),
    (TL, "IMPRESSION: No acute intracranial hemorrhage. [***]"),
    (IF, "OBX|1|TX|IMPRESSION||No intracranial hemorrhage. No skull fracture.||||||F"),
    (
        ED,
        "Wet read: no bleed, no shift, ventricles fine. D/w radiology — agree. Discharge with head-injury advice.",
    ),
    (HP, "#Fall — CT head negative for bleed. PT eval, orthostatics."),
    (
        TT,
        "Caller's husband had a CT head yesterday after a fall; chart shows no bleeding on the brain. Advised home care, return precautions given.",
    ),
    (NF, "Hospital CT head after the fall: no bleed. Resident back to usual self, returning to room 14."),
    (
        MF,
        "TBI screen: CT head no haemorrhage, no fracture. Concussion protocol, rest 24 h, re-MACE tomorrow.",
    ),
    (CN, "Brain CT shows no hemorrhage or infarction; bilateral ventricles not enlarged."),
    (EE, "No signs of bleeding intracranially. Mild cortical atrophy appropriate for age."),
    (WI, "There is no evidence of intracranial bleeding. Paranasal sinuses are clear."),
    (
        PC,
        "CT head done for new confusion shows no haemorrhage; delirium work-up otherwise ongoing. Recommend sleep hygiene, avoid benzodiazepines.",
    ),
    (
        MS,
        "His CT head on admission was normal — no bleed, no infarct — so we are thinking of this as a seizure with a post-ictal state.",
    ),
]

TEXTS["neg_site_extracranial"] = [
    (
        CN,
        "Left frontal scalp soft tissue swelling with subgaleal hematoma. Intracranial: no abnormal density.",
    ),
    (EE, "Right orbital retrobulbar haematoma with proptosis. Brain without pathology."),
    (WI, "Large left parietal scalp haematoma. No fracture. Intracranial contents normal."),
    (TI, "Haemorrhage in the right maxillary sinus with a fracture of the anterior wall. Brain normal."),
    (
        SO,
        "The hyperdensity on the outside CT is in the subgaleal space, outside the skull; there is no intracranial blood.",
    ),
    (
        TL,
        "FINDINGS: Right periorbital soft tissue hematoma. [***] No intracranial hemorrhage.\nIMPRESSION: Extracranial soft tissue injury only.",
    ),
    (IF, "OBX|1|TX|IMPRESSION||Cephalohematoma over the right parietal bone. Normal brain.||||||F"),
    (ED, "Wet read: big goose-egg hematoma on the forehead, nothing inside the skull. Wound glued."),
    (NF, "Fall with a skin tear and a bruise (haematoma) over the left eyebrow. Hospital CT: brain fine."),
    (
        TT,
        "Child bumped head on a table edge: swollen bruise (haematoma) on the back of the scalp, behaving normally. Disposition: home care, watch for vomiting.",
    ),
    (MF, "Facial shrapnel with haematoma of the left cheek; CT head no intracranial injury."),
    (
        CN,
        "Neck soft tissue: right sternocleidomastoid region hematoma after line placement. Brain scan portion normal.",
    ),
    (EE, "Epidural haematoma in the spinal canal at C5–C6 after manipulation. Head CT unremarkable."),
    (WI, "Subconjunctival haemorrhage noted clinically; CT orbits and brain normal."),
    (TI, "Hemotympanum on the left with a temporal bone fracture. No intracranial bleed."),
    (HP, "#Epistaxis — packed by ENT, Hb stable. No head CT needed."),
    (
        PT,
        "Tech note: patient has a large occipital scalp haematoma; positioned on foam to avoid pressure. Scan otherwise routine.",
    ),
]

TEXTS["neg_mimic"] = [
    (CN, "Bilateral frontal subdural effusion (hygroma), CT value 8 HU, no high density. No hemorrhage."),
    (EE, "Physiological calcifications of the choroid plexus and the pineal gland. No haemorrhage."),
    (WI, "Dense dural venous sinuses in keeping with polycythaemia. No true intracranial haemorrhage."),
    (TI, "Hyperdense left MCA sign suggesting thrombus. No hemorrhage. ASPECTS 9."),
    (
        SO,
        "The apparent subarachnoid density on the outside study represents pseudo-SAH in diffuse cerebral oedema after cardiac arrest; no true haemorrhage.",
    ),
    (
        TL,
        "FINDINGS: Contrast staining of the left caudate after thrombectomy, HU falls on dual-energy virtual non-contrast. No hemorrhage. [***]",
    ),
    (IF, "OBX|1|TX|IMPRESSION||Right frontal subdural empyema. No hemorrhage.||||||F"),
    (HP, "#Subdural collection — MRI: CSF-like hygroma, no blood products. Observe."),
    (CN, "Left basal ganglia calcification, symmetrical on the right; not hemorrhage."),
    (EE, "Tentorium appears dense, normal finding. No blood collections."),
    (WI, "Streak artefact from the patient's dental fillings across the posterior fossa. No haemorrhage."),
    (TI, "Right frontal brain abscess with ring enhancement. No haemorrhagic component."),
    (SO, "The 'hyperdense' falx reported outside is normal falcine density; no interhemispheric blood."),
    (
        MF,
        "CT: metallic fragment artefact over R frontal area; no intracranial blood behind it on angled views.",
    ),
    (
        PT,
        "Tech note: iodinated contrast given at outside hospital 2 h before; radiologist says hyperdensity is contrast, not blood.",
    ),
    (CN, "Calcified meningioma, left convexity, 1.5 cm. No hemorrhage."),
    (EE, "Small calcified granuloma in the right frontal lobe, 190 HU, unchanged from 2021. No haemorrhage."),
]

TEXTS["neg_ruled_out"] = [
    (HP, "#Headache — SAH ruled out (CT + LP negative). Likely migraine; triptan given."),
    (CF, "HPI (copied forward): seen in ED 3/1, CT head ruled out bleed. Today: headache resolved."),
    (
        MS,
        "We were worried about a subarachnoid haemorrhage, but the CT within six hours was clear, so that is excluded.",
    ),
    (
        UR,
        "ED visit for head injury. Intracranial bleed excluded by CT. Observation status criteria not met; discharge appropriate.",
    ),
    (
        MM,
        "Case 2: elderly faller on warfarin; CT excluded intracranial haemorrhage; later found to have a hip fracture. Learning point: secondary survey.",
    ),
    (
        TT,
        "Caller asks about her father: he had a scan at hospital to check for bleeding and it came back clear. Advised GP follow-up.",
    ),
    (
        TC,
        "Transfer declined: sending hospital's CT has excluded ICH; the stroke is ischaemic and within their own capability.",
    ),
    (
        PC,
        "Medical team report that an intracranial bleed has been ruled out; the presentation is considered functional. Psych to follow.",
    ),
    (NF, "Back from ED: hospital ruled out a brain bleed; bruising to the arm only."),
    (
        MF,
        "Post-blast headache. CT ruled out intracranial bleeding. Return to duty after concussion protocol.",
    ),
    (
        ED,
        "Concern for bleed excluded — my read and radiology's: negative. Diagnosis: post-concussive headache.",
    ),
    (
        CR,
        "Narrative: subject reported severe headache day 21. CT head excluded intracranial haemorrhage. Event recorded as headache, grade 2, unrelated.",
    ),
    (
        HP,
        "Neuro: intracranial bleed was ruled out yesterday; new weakness now attributed to hypoglycaemia, resolved.",
    ),
    (CF, "A/P (carried over): CT brain no hemorrhage — ICH excluded, anticoagulation may resume."),
    (
        TT,
        "Symptom: headache after fall. Previous visit (2 days ago) CT excluded a brain bleed. No new red flags. Disposition: see GP within 24 h.",
    ),
    (
        MS,
        "The team ruled out an intracranial bleed with a CT head, and now the main question is whether this is syncope or a seizure.",
    ),
]

TEXTS["neg_indication_only"] = [
    (CN, "Clinical: dizziness, exclude cerebral hemorrhage.\nCT: no abnormal findings in the brain."),
    (EE, "Indication: suspicion of intracranial bleeding. Result: no pathological changes."),
    (WI, "History: ?SAH, sudden headache. Report: normal CT brain within 6 hours of onset."),
    (TI, "Indication: r/o ICH after fall. Impression: normal study."),
    (
        SO,
        "The referring neurologist asked whether there is a haemorrhage; the outside CT shows no abnormality.",
    ),
    (
        TL,
        "INDICATION: Evaluate for intracranial hemorrhage. [***]\nIMPRESSION: No acute intracranial abnormality.",
    ),
    (
        IF,
        "OBR|1||CT HEAD WO|||||||||eval bleed on anticoag\nOBX|1|TX|IMPRESSION||Normal non-contrast CT head.||||||F",
    ),
    (
        PT,
        "Order reason: 'rule out bleed'. Protocol: non-contrast head. Radiologist: no acute findings, patient cleared to leave scanner.",
    ),
    (ED, "Indication for CT: headache + on apixaban, ?bleed. My read: normal. Official: normal."),
    (
        CN,
        "Purpose: exclude intracranial hemorrhage (trauma). Impression: brain CT scan shows no obvious abnormality.",
    ),
    (EE, "Clinical question: haemorrhage? Answer: no."),
    (WI, "Clinical details: query intracranial bleed, seizure. Opinion: no acute intracranial abnormality."),
    (TI, "Clinical data: headache, ? bleeding. Conclusion: CT brain within normal limits."),
    (SO, "Question posed: intracranial haemorrhage? Our answer after review: none."),
    (TL, "HISTORY: [***] fall, r/o intracranial hemorrhage.\nIMPRESSION: Negative."),
    (IF, "OBR|1||CT BRAIN|||||||||?SAH\nOBX|1|TX|IMPRESSION||Unremarkable.||||||F"),
    (MF, "CT requested to exclude intracranial haemorrhage after vehicle rollover. Report: normal."),
]

TEXTS["neg_note_past_history"] = [
    (HP, "PMH: SAH 2010 (coiled), HTN, DM2.\n#CAP — on ceftriaxone, improving."),
    (
        CF,
        "PMH (copied forward): L thalamic ICH 2019 with residual R hemiparesis.\nToday: UTI, afebrile, eating well.",
    ),
    (
        MS,
        "He has a history of a subdural haematoma that was drained five years ago; he is here today for a COPD exacerbation.",
    ),
    (
        UR,
        "Past history: traumatic SDH (2021). Current admission: cellulitis of the leg, IV antibiotics. Acute criteria met for cellulitis.",
    ),
    (NF, "History: brain bleed 2018 (in notes). Transferred for a chest infection, oxygen 2 L."),
    (
        TT,
        "Caller has history of a brain bleed several years ago. Calling today about a sore throat and fever. Advice: GP tomorrow.",
    ),
    (TC, "PMH incl. remote ICH (2016). Transfer request is for STEMI — accepted to cath lab."),
    (PC, "Background: SAH in 2014 with good recovery. Referred for anxiety about driving."),
    (MF, "Medical history: EDH evacuated 2019 (training accident). Presents today with an ankle sprain."),
    (
        CR,
        "Medical history (baseline CRF): prior intracranial haemorrhage 2017 = Yes. Current visit: no adverse events.",
    ),
    (
        HP,
        "FHx: mother died of a brain haemorrhage at 52. #Chest pain — troponin negative, stress test tomorrow.",
    ),
    (
        MS,
        "Family history is notable — her brother had a subarachnoid haemorrhage from an aneurysm — which is why she's asking about screening.",
    ),
    (
        CF,
        "Hx (unchanged): R parietal ICH 2015.\nROS: no headache, no weakness.\nA/P: HTN — amlodipine up-titrated.",
    ),
    (
        NF,
        "Resident's past medical history includes an old subdural bleed. Today: constipation, bowels opened with laxative.",
    ),
    (ED, "PMH: ICH years ago. Today: laceration to hand, sutured. No head injury, no CT."),
    (TC, "History: old cerebellar haemorrhage 2012. Current: GI bleed, transferred for endoscopy."),
]

TEXTS["neg_no_acute_named"] = [
    (CN, "Old lacunar infarcts in bilateral basal ganglia. Brain atrophy. No acute abnormality."),
    (EE, "Chronic ischaemic changes of the white matter. No acute intracranial pathology."),
    (WI, "Opinion: no acute intracranial process. Age-related volume loss."),
    (TI, "Impression: no acute intracranial finding. Old right MCA territory infarct."),
    (
        SO,
        "We find no acute intracranial abnormality on the outside CT; the old left occipital infarct is noted.",
    ),
    (TL, "IMPRESSION: No acute intracranial abnormality. [Comparison: ***]"),
    (
        IF,
        "OBX|1|TX|IMPRESSION||No acute intracranial abnormality. Chronic microvascular ischemic change.||||||F",
    ),
    (ED, "Wet read: nothing acute. Some old stroke on the right. Radiology concurs."),
    (HP, "#Syncope — CT head no acute findings. Telemetry overnight."),
    (NF, "Hospital CT: 'no acute changes'. Resident returned after fall, mild bruising to hip."),
    (MF, "CT head: no acute intracranial findings. MACE 28/30."),
    (CN, "Brain white matter degeneration, no acute lesion seen."),
    (EE, "Condition after old infarction in the left cerebellum. Without acute changes."),
    (WI, "No acute intracranial abnormality demonstrated. Mucosal thickening in the ethmoid air cells."),
    (TI, "No acute intracranial abnormality. Mild sinusitis."),
    (PT, "Tech note: study complete, no acute findings per radiologist on console; pt back to ED bay 4."),
]

TEXTS["neg_other_organ_bleed"] = [
    (HP, "#Upper GI bleed — duodenal ulcer, clipped. Hb 7.9 → 8.6 after 1 unit. PPI infusion."),
    (
        CF,
        "Postpartum haemorrhage (EBL 1.4 L), uterotonics given (copied from L&D note). Today Hb stable, breastfeeding well.",
    ),
    (MS, "She came in with haematemesis, we scoped her and found oesophageal varices which were banded."),
    (
        UR,
        "Diagnosis: retroperitoneal haematoma on anticoagulation. CT abdomen confirmed. Inpatient criteria met.",
    ),
    (
        MM,
        "Case 4: post-op haemorrhage after thyroidectomy with airway compromise; neck re-explored. Learning: clip removal kit at bedside.",
    ),
    (
        TT,
        "Caller has blood in urine since this morning, no pain, on warfarin. Disposition: same-day clinic, INR check.",
    ),
    (TC, "Transfer request: massive haemoptysis, for bronchial artery embolisation. Accepted to ICU."),
    (NF, "Transfer for rectal bleeding, fresh blood per rectum x3 today. BP 98/60."),
    (
        CR,
        "AE term: Gastrointestinal haemorrhage. Grade 3. Transfusion required. Related: probable. Head CT not indicated.",
    ),
    (
        PC,
        "Patient self-harmed with lacerations to the forearm causing significant bleeding; wounds sutured in ED. Risk assessment follows.",
    ),
    (MF, "GSW to thigh with femoral haemorrhage; tourniquet applied at point of injury. No head injury."),
    (
        ED,
        "Splenic laceration grade III with haemoperitoneum on CT abdomen. CT head normal. Surgery consulted.",
    ),
    (HP, "#Haematuria — clots, 3-way catheter, irrigation. Urology: cystoscopy tomorrow."),
    (CN, "CT abdomen: right renal subcapsular hematoma after biopsy. Brain not scanned."),
    (EE, "Haemothorax on the left after rib fractures; chest drain placed. Head CT without pathology."),
    (WI, "Ruptured ectopic pregnancy with haemoperitoneum. Transferred to theatre."),
]

TEXTS["neg_structured_template"] = [
    (
        TL,
        "Intracranial hemorrhage: [ ] Present [X] Absent\nInfarct: [ ] Acute [X] None\nMass: [X] None\nOther: [***]",
    ),
    (IF, "OBX|1|CE|ICH_PRESENT||N||||||F\nOBX|2|ST|OTHER||old left MCA infarct||||||F"),
    (
        CR,
        "Neurological AE screen\nIntracranial haemorrhage: [ ] Yes [x] No\nHeadache: [x] Yes, grade 1\nImaging performed: Y (negative)",
    ),
    (CN, "Hemorrhage: no | Infarct: lacunar, old | Midline shift: 0 mm | Ventricles: normal"),
    (EE, "Bleeding ........ none\nIschaemia ........ old, left cerebellum\nMass effect ........ none"),
    (
        NF,
        "Transfer form\nFall in last 72h? Y\nHead injury? Y\nHospital CT result: bleed = NO\nAnticoagulant held? N",
    ),
    (
        UR,
        "Criteria: Acute ICH on imaging = not met | Neuro deficit = not met | Level of care: observation not indicated.",
    ),
    (MF, "TBI CLASSIFICATION\nCT positive: NO\nGCS: 15\nMACE: 29\nEvac category: ROUTINE / RTD"),
    (TI, "Structured report\nIntracranial haemorrhage: absent\nAcute infarct: absent\nHydrocephalus: no"),
    (
        WI,
        "STROKE PROTOCOL CT\nHaemorrhage: NO\nEarly ischaemic change: left insula\nASPECTS = 8\nThrombolysis: not contraindicated by imaging",
    ),
    (CR, "Adverse event log | Day 30 | Fall | Grade 1 | CT head: no haemorrhage | Action: none"),
    (
        PT,
        "Protocol checklist\nPrior imaging reviewed? Y\nAcute bleed on current scan? N\nCTA added? Y (stroke code)\nRadiologist notified? Y",
    ),
    (
        SO,
        "Second-opinion summary table\nOutside read: possible SDH\nOur read: no intracranial haemorrhage\nAgreement: [ ] yes [x] no",
    ),
    (
        CF,
        "Daily goals (copied forward template)\nNeuro: ischaemic stroke, no haemorrhagic conversion on CT: [x]\nDVT ppx: enoxaparin [x]",
    ),
    (TL, "Hemorrhage: {{absent}}\nMass effect: {{none}}\nIVH: {{absent}}\nVascular: hyperdense vessel [***]"),
    (
        HP,
        "ICH risk checklist before heparin: recent bleed? N | CT head today = no haemorrhage | Platelets: 210",
    ),
    (IF, "OBX|1|ST|HEMORRHAGE||absent||||||F\nOBX|2|ST|FRACTURE||none||||||F"),
]

TEXTS["neg_addendum_correction"] = [
    (
        CN,
        "Addendum: the high density in the left sylvian fissure described previously is a vessel (MCA branch) on thin slices, not hemorrhage. No intracranial hemorrhage.",
    ),
    (
        EE,
        "Corrected report: 'subdural haematoma' in the first version was a dictation error; it should read 'no subdural haematoma'.",
    ),
    (
        WI,
        "ADDENDUM: The suspected interhemispheric haemorrhage is normal falcine density on coronal reformats. No bleed.",
    ),
    (
        TI,
        "Revised impression: what was called a small right frontal hemorrhage is a calcified granuloma (HU 180 on bone window). No hemorrhage.",
    ),
    (
        SO,
        "Amended: the outside 'subarachnoid haemorrhage' is pseudo-SAH from diffuse oedema; there is no true subarachnoid blood.",
    ),
    (
        TL,
        "ADDENDUM [***]: Hemorrhage reported in the preliminary read is streak artefact; repeat scan negative. No intracranial hemorrhage.",
    ),
    (
        IF,
        "OBX|1|TX|ADDENDUM||Correction: report previously filed to this patient in error (belonged to another patient). This patient's CT: no hemorrhage.||||||C",
    ),
    (
        ED,
        "Correction to my wet read: what I thought was blood in the L frontal sulci radiology says is volume averaging. No bleed.",
    ),
    (
        CF,
        "** Amended note ** 'Acute SDH' in today's problem list was copied from a previous admission in error; current CT shows no haemorrhage.",
    ),
    (
        TT,
        "Correction to earlier call: the 'bleed' mentioned was on the scan of a different family member. Caller's CT: no bleed. Advice unchanged.",
    ),
    (
        PT,
        "Tech note (corrected): earlier note flagged 'bleed?' — radiologist confirmed it is beam-hardening artefact. No haemorrhage.",
    ),
    (
        CN,
        "Correction: preliminary report 'hemorrhagic transformation' is revised to contrast staining after thrombectomy; dual-energy confirms iodine, no hemorrhage.",
    ),
    (EE, "Addendum: the suspected subdural collection is a hygroma of CSF density (7 HU). No haemorrhage."),
    (
        WI,
        "Revised report: the hyperdensity in the right orbit region is a retrobulbar haematoma, outside the cranium. No intracranial haemorrhage.",
        "extracranial",
    ),
    (
        MM,
        "Discrepancy case: the preliminary report called a subdural haematoma; the corrected report recognised the normal tentorium. No bleed. Learning: use coronal views.",
    ),
    (
        SO,
        "Amended opinion: the template field 'haemorrhage: present' was pre-filled in error; there is no intracranial haemorrhage.",
    ),
    (
        HP,
        "Correction to yesterday's note: I wrote 'SAH' — should have read 'SAH excluded'. CT and LP negative.",
    ),
]

LONG_TEXTS["pos_note_sections"] = [
    (
        MS,
        "Good morning, this is Mr. K., a 74-year-old retired bus driver. Chief complaint: sudden right-sided weakness and slurred speech at breakfast yesterday. History of present illness: his wife noticed his coffee cup falling from his right hand at about 07:30, and by the time the ambulance arrived he could not lift the arm. He takes apixaban for atrial fibrillation, last dose the evening before. Past history: hypertension, type 2 diabetes, a knee replacement. Examination on arrival: blood pressure 196/104, GCS 14, dense right hemiparesis, expressive dysphasia, NIHSS 14. Investigations: CT head showed an acute left putaminal intracerebral haemorrhage of about 24 mL with no intraventricular extension; CTA had no spot sign and no vascular malformation. Anti-Xa level was raised. Hospital course so far: he received andexanet alfa, his systolic pressure was brought below 140 with a labetalol infusion, and a repeat CT at 24 hours showed no expansion. Assessment: anticoagulant-associated hypertensive ICH. Plan: stroke unit, swallow screen, physiotherapy, and a decision about left atrial appendage occlusion instead of restarting anticoagulation.",
    ),
    (
        CF,
        "PROGRESS NOTE — HD#5\n[Copied forward from HD#4, edited where marked]\nHPI: 63M, cyclist, struck by car, helmeted. GCS 12 at scene.\nHospital course (updated today): Initial CT showed a right frontal contusion with surrounding haemorrhage and a 4 mm right convexity subdural haematoma. Day 2 CT: contusion blossomed slightly. Day 4 CT (today, new): contusion haemorrhage stable at 2.6 cm, subdural 4 mm unchanged, no midline shift.\nMedications (copied): levetiracetam 500 mg BD, paracetamol regular, enoxaparin HELD.\nExam (today): GCS 15, oriented, mild left pronator drift, pupils equal.\nAssessment/Plan (updated):\n1. Traumatic brain injury with right frontal haemorrhagic contusion and small SDH — stable. Neurosurgery: non-operative; start enoxaparin 40 mg tomorrow if tomorrow's exam unchanged.\n2. Right clavicle fracture — sling, ortho clinic 2 weeks.\n3. Possible alcohol use — AUDIT-C 7, brief intervention done.\n4. Disposition: rehab referral sent; anticipate transfer day 7.\n[Block below copied from HD#2, not reviewed today]\nSocial: lives alone, two flights of stairs, works as an electrician.",
    ),
]

LONG_TEXTS["pos_not_purely_historical"] = [
    (
        MM,
        "MORBIDITY AND MORTALITY CONFERENCE — Neurology, case 3\nSummary: A 70-year-old woman with cerebral amyloid angiopathy, known since a right frontal lobar haemorrhage in 2022, was started on dual antiplatelet therapy after a coronary stent in September. She had recovered well from the 2022 event with only mild left hand clumsiness. In November she presented with headache and new left homonymous hemianopia. CT showed a new acute right occipital lobar haemorrhage of 31 mL with a small subarachnoid component; MRI later showed more than 40 lobar microbleeds and cortical superficial siderosis. Antiplatelets were stopped after discussion with cardiology; platelet transfusion was not given. She deteriorated on day 2 from haematoma expansion and was managed palliatively, dying on day 6. Discussion: the 2022 haemorrhage and the siderosis were in the notes but not in the cardiology referral; the stent decision did not weigh the rebleeding risk. Learning points: flag CAA on the problem list with a bleeding-risk alert, involve neurology before dual antiplatelets in CAA, and consider a bare-metal or short-course strategy. Classification: potentially preventable, system issue (communication).",
    ),
]

LONG_TEXTS["pos_known_no_veto"] = [
    (
        SO,
        "NEURORADIOLOGY SECOND OPINION\nMaterial received: outside non-contrast CT head of 9 and 11 May, MRI of 12 May, on disc; referral letter from Dr. A.\nQuestion: has the known subdural collection changed, and is surgery needed?\nFindings: The left hemispheric subdural haematoma known from 9 May is again seen. It measures 14 mm in maximum thickness on 11 May compared with 13 mm on 9 May, a difference within measurement error. On 11 May there is layering of denser material posteriorly with a hematocrit level, as expected in a mixed-age collection. The MRI confirms a subdural haematoma with mixed signal, acute-on-chronic, and a few thin internal membranes. Midline shift is 6 mm on both CT studies, unchanged. The basal cisterns are open. No new haemorrhage is seen elsewhere; in particular no contusion, no subarachnoid blood and no intraventricular blood. There is no underlying skull fracture.\nOpinion: Known left acute-on-chronic subdural haematoma, stable in size, with moderate unchanged mass effect. Membranes would favour craniotomy over burr holes if evacuation is chosen; middle meningeal artery embolisation is an alternative to discuss with the treating neurosurgeon.",
    ),
]

LONG_TEXTS["pos_mimic_with_blood"] = [
    (
        HP,
        "HOSPITALIST PROGRESS NOTE, day 8\nInterval events: neurosurgery re-imaged overnight for new drowsiness.\nProblem 1 — Right frontal subdural empyema after sinusitis, drained 5 days ago. Post-drain MRI yesterday showed the residual collection with restricted diffusion, as before, but in addition a new acute haemorrhage within the drainage tract and a thin layer of fresh subdural blood over the right frontal lobe, about 4 mm, confirmed on CT last night (hyperdense, 62 HU). Neurosurgery attribute the bleeding to the drain removal and do not plan a further operation. Platelets 88, INR 1.4 — vitamin K given, platelets to be transfused if below 50. Antibiotics: ceftriaxone and metronidazole to continue for six weeks, ID following.\nProblem 2 — Thrombocytopenia, likely sepsis-related; smear without schistocytes.\nProblem 3 — Seizure risk: levetiracetam 750 mg BD, no events.\nProblem 4 — Nutrition: eating 50 %, dietitian review.\nPlan for today: neuro obs hourly overnight, repeat CT at 24 h, hold enoxaparin, mechanical prophylaxis only. Family updated by phone (daughter) about the new bleed and the plan.",
    ),
]

LONG_TEXTS["neg_ruled_out"] = [
    (
        MM,
        "MORBIDITY AND MORTALITY CONFERENCE — Emergency Medicine, case 1\nSummary: A 44-year-old man presented at 23:00 with a sudden severe occipital headache during exercise, peak within one minute, with vomiting. Examination was normal apart from mild neck stiffness. Non-contrast CT at 3 hours from onset was read as normal, and subarachnoid haemorrhage was considered ruled out by the six-hour rule. Because the neck stiffness persisted, the registrar also performed a lumbar puncture at 12 hours: no xanthochromia, red cells 4, so a bleed was excluded with confidence. He was admitted overnight, and the next day the headache returned twice during straining. CT angiography and then MRI showed multifocal segmental narrowing of the intracranial arteries, reversible cerebral vasoconstriction syndrome, with no haemorrhage and no infarct. He was treated with nimodipine and advised to avoid triggers; repeat angiography at 10 weeks was normal. Discussion: thunderclap headache with a negative work-up for SAH still needs vascular imaging when the history is typical of RCVS. Learning points: ask about recurrence and triggers; a negative CT and LP exclude bleeding but not vasoconstriction. Classification: no harm, good catch.",
    ),
]

LONG_TEXTS["neg_note_past_history"] = [
    (
        UR,
        "UTILISATION REVIEW — continued stay request, day 4\nMember: 68-year-old female.\nAdmitting diagnosis: community-acquired pneumonia, right lower lobe, with sepsis (lactate 3.1 on arrival).\nRelevant past history (from the admission H&P): aneurysmal subarachnoid haemorrhage in 2016, clipped, with mild residual word-finding difficulty; hypertension; osteoarthritis; depression. No neurological change during this admission; no head imaging has been performed or requested.\nClinical status today: febrile to 38.4 overnight, oxygen 3 L by nasal cannula (down from 5 L), white cell count 14.2, creatinine back to baseline. Still requiring IV piperacillin–tazobactam pending sputum culture; unable to mobilise beyond the chair.\nCriteria applied: acute inpatient — met (IV antibiotics, supplemental oxygen above baseline, fever within 24 h).\nDetermination: continued stay approved for 2 further days. Anticipated discharge: home with family once on oral antibiotics and on room air; physiotherapy to assess stairs.\nReviewer comment: the 2016 history does not change the level of care. Next review due on day 6 or earlier if status changes.",
    ),
]

LONG_TEXTS["neg_no_acute_named"] = [
    (
        TL,
        "EXAMINATION: CT HEAD WITHOUT CONTRAST\nCLINICAL HISTORY: [***] 79-year-old, confusion, fall. [Prior: ***]\nTECHNIQUE: Axial 5 mm and 0.625 mm images from skull base to vertex; coronal and sagittal reformats. DLP: ___ mGy·cm.\nFINDINGS:\nBrain parenchyma: Moderate periventricular and deep white matter hypoattenuation, in keeping with chronic small vessel ischaemic change. Old lacunar infarct in the left lentiform nucleus. Grey–white differentiation is otherwise preserved.\nExtra-axial spaces: Prominent for age, symmetric; no collection.\nVentricles: Mildly enlarged in proportion to the sulci, consistent with involution; no hydrocephalus.\nPosterior fossa: Unremarkable.\nVessels: Atherosclerotic calcification of both cavernous carotid arteries.\nOrbits: Normal globes and retrobulbar fat.\nCalvarium: Mild hyperostosis frontalis interna, a normal variant.\nBones and soft tissues: No fracture. Small right frontal scalp swelling without underlying abnormality. Mastoids and sinuses clear. Bilateral lens replacements.\nIMPRESSION:\n1. No acute intracranial abnormality.\n2. Chronic small vessel ischaemic change and an old left lentiform lacune.\n3. [Dictated by ___ / signed ___ ] [***]",
    ),
]

LONG_TEXTS["neg_other_organ_bleed"] = [
    (
        CR,
        "SERIOUS ADVERSE EVENT NARRATIVE\nProtocol: oral factor XIa inhibitor, phase 2, randomised, double-blind.\nSubject: 0412-017, male, 71 years, randomised 14 days before the event.\nEvent: lower gastrointestinal haemorrhage (MedDRA PT), CTCAE grade 3, serious (hospitalisation).\nNarrative: On study day 14 the subject reported three episodes of dark red blood per rectum with light-headedness. In the emergency department his heart rate was 112 and blood pressure 96/58; haemoglobin had fallen from 13.4 g/dL at baseline to 8.9 g/dL. He received two units of packed red cells. Colonoscopy on day 15 found bleeding diverticula in the sigmoid colon, treated with clips. Because he had struck his head when he felt faint, a CT head was obtained and showed no intracranial injury. Study drug was interrupted on day 14 and not restarted. The event resolved on day 18 and the subject was discharged home.\nRelatedness (investigator): possibly related.\nExpectedness: expected per the investigator's brochure (bleeding events).\nOutcome: recovered without sequelae. Reported to sponsor within 24 hours.",
    ),
]


def rows() -> list[dict]:
    return numbered((TEXTS, LONG_TEXTS), REPORT_STYLES, 15, "h15")


def main() -> None:
    write(OUT, rows())


if __name__ == "__main__":
    main()
