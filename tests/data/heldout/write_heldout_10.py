# ruff: noqa: E501  (report texts are kept on one line each)
"""Held-out set 10 (set 9's 23 kinds), written by hand by `blind10`; run to rebuild heldout-10.jsonl.

Every text was invented for this set, blind to the rule tier, the text layer and every other set's texts. Each
entry is (style, text) or (style, text, assertion) where the assertion differs from the kind's default. The style
says which kind of author wrote it; ``doc_type`` (report or note) is derived from it. ``LONG_TEXTS`` holds the
long notes and summaries (150 words or more), kept apart only for readability. The order in the JSONL is a fixed
shuffle (seed 10).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from heldout_writer import numbered, write

OUT = Path(__file__).with_name("heldout-10.jsonl")

# styles written as radiology reports (or a reporting company's template); every other style is a note, letter,
# handover or summary
REPORT_STYLES = {
    "us_dictation",
    "uk_oncall_prelim",
    "anz_report",
    "telerad_template",
    "neuro_fellow_mri",
    "forensic_ct",
}

TEXTS: dict[str, list[tuple]] = {
    "pos_plain": [
        (
            "us_dictation",
            "CT head wo contrast. Impression: Acute R frontal IPH approx 2.1 x 1.8 cm w/ trace surrounding edema. No shift. Findings d/w Dr. Okafor 0214h.",
        ),
        (
            "uk_oncall_prelim",
            "ON-CALL PRELIM (StR): CT head. Acute left convexity SDH, max depth 7mm, 3mm midline shift. Ventricles not trapped. Neurosurgery referral advised. Consultant to verify in the morning.",
        ),
        (
            "anz_report",
            "CT BRAIN\nClinical notes: Fall at nursing home, on apixaban.\nReport: There is an acute subdural haematoma along the right tentorium and posterior falx. No mass effect. Remainder unremarkable.\nConclusion: Small acute right tentorial/falcine SDH.",
        ),
        (
            "telerad_template",
            "STUDY: NCCT BRAIN | OBSERVATIONS: Acute hemorrhage noted in the left thalamus measuring 14 x 11 mm with extension into the third ventricle. | IMPRESSION: LEFT THALAMIC BLEED WITH IVH. Kindly correlate clinically.",
        ),
        (
            "neuro_fellow_mri",
            "MRI brain with and without gadolinium, including SWI and DWI. There is a 9 mm focus of acute intraparenchymal hemorrhage within the left caudate head, hyperintense on T1 centrally and markedly hypointense on SWI, with a thin rim of vasogenic edema. No underlying enhancing lesion is identified on this examination, though follow-up to exclude an occult lesion is recommended once the blood products evolve. Impression: acute left caudate hemorrhage.",
        ),
        (
            "forensic_ct",
            "Post-mortem CT head (coronial case). Extensive acute subarachnoid haemorrhage throughout the basal cisterns and both Sylvian fissures with intraventricular blood. Skull intact. Findings to be correlated at autopsy.",
        ),
        (
            "trauma_progress",
            "Trauma surgery PN HD2. S: c/o HA, nausea. O: GCS 15, HR 88. Repeat CTH this AM shows the small L temporal contusion with a thin rim of SAH in adjacent sulci. A/P: TBI w/ contusion + tSAH, keppra x7d, neuro checks q2h, NSGY following.",
        ),
        (
            "peds_ed_note",
            "Paeds ED: 6yo fell off trampoline onto head, vomited x3. CT: small R parietal extradural haematoma 6mm with overlying undisplaced fracture. Neurosurgery aware, admitted to PICU for obs.",
        ),
        (
            "stroke_team_note",
            "Stroke call 1120. L hemiparesis onset 1040. CT: R putaminal ICH ~18 mL. Thrombolysis contraindicated. BP target SBP <140, andexanet not required (no anticoag). Admit stroke unit.",
        ),
        (
            "us_dictation",
            "Head CT. Impression: 1. Small volume acute SAH L sylvian fissure. 2. No hydrocephalus. 3. CTA to follow for aneurysm eval. Called to ED attending at 2231.",
        ),
        (
            "nursing_handover",
            "Bed 4 handover: Mr T, 71, admitted overnight with a right sided subdural bleed seen on CT, on hourly neuro obs, GCS 14 (E4V4M6), pupils equal, BP 150s, reversal given for warfarin at 0300.",
        ),
        (
            "anz_report",
            "CT head non-contrast. Findings: Hyperacute to acute haemorrhage centred on the left occipital lobe, 3.4 cm, with fluid-fluid level. Surrounding oedema, effacement of the occipital horn. No IVH. Comment: Lobar ICH; in this age group CAA is a consideration.",
        ),
        (
            "uk_oncall_prelim",
            "Prelim report (reg on call): small volume intraventricular haemorrhage layering in both occipital horns, no parenchymal source seen, ventricles normal calibre. Suggest CTA. D/w ED registrar.",
        ),
        (
            "concussion_clinic_letter",
            "Dear Dr Hale, I reviewed Jack, a 19-year-old rugby player, today. His CT on the day of injury showed a small right frontal haemorrhagic contusion, so he is NOT in the graded return-to-play pathway yet; I have stood him down from contact for a minimum of three months pending repeat MRI.",
        ),
        (
            "telerad_template",
            "Brain CT plain\n- Midline structures: shifted 4 mm to right\n- Left fronto-parietal acute SDH, thickness 9 mm\n- Ventricles: left lateral ventricle effaced\nOPINION: Acute left SDH with mass effect. Urgent neurosurgical consult recommended.",
        ),
    ],
    "pos_findings_only": [
        (
            "us_dictation",
            "CT head. Findings: 4 mm acute SDH along the L tentorium. Chronic small vessel ischemic change. Impression: Chronic microvascular disease, otherwise stable head CT.",
        ),
        (
            "anz_report",
            "CT brain. Report: There is a small focus of subarachnoid haemorrhage in a right frontal sulcus. Mild generalised atrophy. Paranasal sinuses clear. Conclusion: Age-appropriate atrophy.",
        ),
        (
            "telerad_template",
            "OBSERVATIONS:\n- Small acute hematoma in right cerebellar hemisphere 12 mm\n- Age related cerebral atrophy\n- Mucosal thickening in maxillary sinuses\nIMPRESSION: Cerebral atrophy. Sinusitis.",
        ),
        (
            "uk_oncall_prelim",
            "CT head prelim. Findings: thin acute SDH over the left convexity, 3mm, no mass effect. Old right MCA infarct. Impression: old right MCA territory infarct, no change from 2024.",
        ),
        (
            "neuro_fellow_mri",
            "Findings: On the gradient echo and SWI sequences there is a new 7 mm acute hemorrhage in the right pons, with corresponding T2 hyperintensity. Multiple scattered T2/FLAIR white matter hyperintensities consistent with moderate small vessel disease. Normal flow voids. Impression: 1. Moderate chronic small vessel ischemic disease. 2. No acute infarct on diffusion.",
        ),
        (
            "forensic_ct",
            "PMCT head: Fractures of the left occipital bone extending to the foramen magnum. Contrecoup haemorrhagic contusions of both frontal poles. Gas in the scalp soft tissues. Summary: Skull fracture, left occipital.",
        ),
        (
            "us_dictation",
            "Noncontrast head CT. Findings: Hyperdense blood in the fourth ventricle and dependent occipital horns, compatible with IVH. No hydrocephalus. Impression: No acute large territory infarct.",
        ),
        (
            "anz_report",
            "CT head (trauma). Findings: Small left temporal extradural haematoma, 5 mm, beneath a non-displaced squamous temporal fracture. Soft tissue swelling overlying. Impression: Left temporal bone fracture.",
        ),
        (
            "telerad_template",
            "Findings: Acute subarachnoid hemorrhage is seen in the interpeduncular cistern. Ventricles and sulci are normal. Bony calvarium intact. Impression: Normal ventricular system. No fracture.",
        ),
        (
            "uk_oncall_prelim",
            "Findings: small right parafalcine subdural haematoma 4 mm. Mild periventricular low attenuation. Conclusion: chronic small vessel change only. Consultant to review.",
        ),
        (
            "neuro_fellow_mri",
            "Findings: There is a crescentic subdural collection over the left hemisphere that is T1 hyperintense and shows blooming on SWI, representing a subacute subdural hematoma measuring 6 mm. Ventricles are normal in size. No restricted diffusion. Impression: No acute infarct. Normal MR angiogram of the circle of Willis.",
        ),
        (
            "us_dictation",
            "CT head/C-spine. Head findings: punctate hemorrhagic contusion R frontal lobe. C-spine: no fx. Impression: No acute cervical spine fracture.",
        ),
        (
            "anz_report",
            "CT brain post fall. Findings: Thin film of acute subdural blood along the posterior falx. Moderate atrophy. Mastoids clear. Conclusion: No fracture. Atrophy.",
        ),
        (
            "forensic_ct",
            "Post-mortem CT summary: bilateral rib fractures; haemothorax right. Head: a small acute subdural haematoma over the right convexity; no skull fracture. Cause-of-death opinion deferred to autopsy. Main findings: chest trauma with right haemothorax.",
        ),
        (
            "telerad_template",
            "FINDINGS: Intraparenchymal bleed 1.5 cm in left frontal lobe. Lacunar infarct in right basal ganglia (old). IMPRESSION: Old lacunar infarct right basal ganglia. Age related changes.",
        ),
    ],
    "pos_hedged_query": [
        (
            "us_dictation",
            "Head CT. Impression: Subtle hyperdensity L sylvian fissure, could represent small SAH vs volume averaging. Recommend CTA / short interval f/u. D/w ED.",
        ),
        (
            "uk_oncall_prelim",
            "Prelim: ?tiny acute SDH along left tentorium — cannot be confidently excluded on this study. Suggest repeat CT at 24h if on anticoagulation. Consultant review pending.",
        ),
        (
            "anz_report",
            "CT head. Conclusion: Possible small right frontal contusion; hyperdense focus 5 mm at the grey-white junction. MRI suggested to clarify.",
        ),
        (
            "telerad_template",
            "IMPRESSION: Equivocal hyperdensity along the right convexity — early acute SDH not ruled out. Clinical correlation and follow-up CT advised.",
        ),
        (
            "neuro_fellow_mri",
            "On SWI there is a single new focus of susceptibility in the left frontal subcortical white matter, 4 mm, not present on the prior examination. This may represent a new microhemorrhage, although a small thrombosed cortical vein cannot be entirely excluded. Impression: probable new microhemorrhage, left frontal.",
        ),
        (
            "stroke_team_note",
            "Stroke team 0905: pre-lysis CT reviewed with radiology — query small hyperdensity L caudate, ?petechial bleed vs calcification. Lysis withheld pending further imaging. MRI GRE requested urgently.",
        ),
        (
            "trauma_progress",
            "Trauma PN: repeat CTH read as 'possible trace SAH L parietal sulci, unchanged'. Continue neuro checks, hold chemical DVT ppx 24h per NSGY.",
        ),
        (
            "peds_ed_note",
            "PED: 14mo, fall from change table ~1m, boggy R parietal swelling. CT: R parietal fracture, questionable thin underlying EDH (2mm). Admitted for observation, surgical team informed.",
        ),
        (
            "us_dictation",
            "CT head. Impression: Hyperdense L basal ganglia focus, likely small acute hemorrhage; mineralization less likely given asymmetry. Recommend follow-up.",
        ),
        (
            "forensic_ct",
            "Post-mortem CT: equivocal high attenuation in the right Sylvian fissure; post-mortem hypostasis versus subarachnoid haemorrhage. Histology at autopsy to clarify.",
        ),
        (
            "anz_report",
            "CT brain.\nReport: Subtle increased density within the interhemispheric fissure posteriorly. Could be a small amount of subdural blood. No mass effect.\nConclusion: ?Small interhemispheric SDH. Suggest follow up CT.",
        ),
        (
            "concussion_clinic_letter",
            "Dear Dr Mbeki, Ellie (netball, 22) attended after her second concussion. The MRI report raises the possibility of a tiny haemosiderin focus in the left frontal lobe that could reflect a small traumatic microbleed. Until this is clarified she will not return to contact training.",
        ),
        (
            "uk_oncall_prelim",
            "CT head prelim ?SAH — questionable small volume blood in the prepontine cistern, cannot exclude. LP or CTA recommended if clinical suspicion high.",
        ),
        (
            "telerad_template",
            "Brain NCCT\nFindings: Hyperdense area in left temporal lobe 8 mm - likely haemorrhagic contusion.\nOpinion: Suspected left temporal contusion. Correlate with trauma history.",
        ),
        (
            "nursing_handover",
            "Handover bay 2: lady post fall, CT head this afternoon 'possible small bleed on the left side, not definite', neuro team to review, hourly obs, GCS 15, keep nil by mouth in case of repeat scan.",
        ),
    ],
    "pos_described_unnamed": [
        (
            "us_dictation",
            "CT head. Impression: Biconvex hyperdense extra-axial collection R temporal, 11 mm, with underlying fracture. 5 mm leftward shift. Neurosurgery paged.",
        ),
        (
            "uk_oncall_prelim",
            "Prelim: crescentic high-density extra-axial collection over the left hemisphere, 8mm, effacing sulci, 4mm midline shift. Refer NSx.",
        ),
        (
            "anz_report",
            "CT head. Report: Dependent high attenuation layering in both occipital horns with a fluid-fluid level. Ventricles mildly dilated. Conclusion: As above, with early hydrocephalus.",
        ),
        (
            "telerad_template",
            "OBSERVATIONS: Hyperdensity filling the suprasellar and ambient cisterns and extending into both Sylvian fissures. Temporal horns prominent. IMPRESSION: As described. Urgent clinical correlation.",
        ),
        (
            "neuro_fellow_mri",
            "There is a lentiform extra-axial collection along the right frontal convexity that is T1 hyperintense and T2 hypointense, displacing the dura inward, measuring up to 10 mm in depth. The adjacent cortex is compressed. Impression: lentiform right frontal extra-axial collection with mass effect, see above.",
        ),
        (
            "forensic_ct",
            "Post-mortem CT: hyperattenuating crescentic collection over the left cerebral convexity measuring 14 mm in maximal thickness, with 9 mm midline displacement and uncal herniation. Opinion: findings as described; to be examined at autopsy.",
        ),
        (
            "trauma_progress",
            "Trauma PN HD1: CTH overnight — high-density lens-shaped collection L parietal beneath the fracture, 9mm, unchanged on 6h repeat. NSGY: non-op for now.",
        ),
        (
            "peds_ed_note",
            "Paeds ED: 3yo, fall down stairs. CT: small lens-shaped hyperdense collection under the occipital fracture, crosses no sutures, 5mm. Transfer to tertiary paediatric neurosurgery arranged.",
        ),
        (
            "us_dictation",
            "Head CT. Findings: Hyperdense material layering in the dependent portions of the lateral ventricles. No parenchymal abnormality identified. Impression: see findings; recommend CTA.",
        ),
        (
            "anz_report",
            "CT brain. Conclusion: Increased attenuation in several sulci over the left frontal convexity with hyperdense material in the adjacent subdural space, in keeping with recent trauma.",
        ),
        (
            "telerad_template",
            "FINDINGS: Hematic density seen along the falx and left tentorial leaf measuring 5 mm. No midline shift. IMPRESSION: Hematic density along falx and tentorium as described.",
        ),
        (
            "uk_oncall_prelim",
            "CT head (on call): mixed density crescentic extra-axial collection over the right convexity with a dependent hyperdense component (hematocrit level), 12mm, 6mm shift. Urgent NSx discussion.",
        ),
        (
            "neuro_fellow_mri",
            "Axial SWI demonstrates marked blooming in the left temporal lobe over a 2.5 cm region, with a T2 hypointense rim and central T1 hyperintensity, surrounded by edema. Impression: left temporal lesion with the signal pattern described above, with mass effect; correlation with the admission CT and follow-up recommended.",
        ),
        (
            "stroke_team_note",
            "Stroke reg note: CT shows a 3 cm hyperdense lesion in the R basal ganglia with surrounding low attenuation and effacement of the frontal horn. Lysis not given. BP lowering commenced, NSx informed.",
        ),
        (
            "forensic_ct",
            "PMCT head: hyperdense fluid levels in the occipital horns and a cast of high attenuation in the fourth ventricle. Skull intact. Interpretation deferred to autopsy.",
        ),
    ],
    "pos_known_no_veto": [
        (
            "us_dictation",
            "CT head f/u. Known R convexity SDH, 8 mm, unchanged; interval layering with a hematocrit level. No new hemorrhage elsewhere. Impression: Stable R SDH.",
        ),
        (
            "uk_oncall_prelim",
            "Repeat CT (24h): the known left frontal contusion is slightly larger with more surrounding oedema. No new bleed elsewhere. No hydrocephalus.",
        ),
        (
            "anz_report",
            "CT brain follow-up. Comparison 2 days ago. Report: The left cerebellar haematoma is stable at 2.2 cm. No new intracranial haemorrhage. Fourth ventricle remains patent. Conclusion: Stable cerebellar haematoma.",
        ),
        (
            "telerad_template",
            "COMPARISON: Previous CT dated yesterday.\nFINDINGS: Previously noted right thalamic hemorrhage shows no interval change (13 mm). No fresh hemorrhage elsewhere. No hydrocephalus.\nIMPRESSION: Stable right thalamic bleed.",
        ),
        (
            "neuro_fellow_mri",
            "Compared with the CT of three days ago, the known right parietal intraparenchymal hematoma now demonstrates early subacute signal, T1 hyperintense peripherally, with unchanged size of 2.8 cm. There is no new hemorrhage or infarct elsewhere in the brain, and no abnormal enhancement to suggest an underlying mass. Impression: evolving right parietal hematoma; no new hemorrhage.",
        ),
        (
            "trauma_progress",
            "Trauma PN HD3: repeat CTH stable — known bifrontal contusions and small L SDH unchanged, no new blood. Restart enoxaparin tomorrow per NSGY.",
        ),
        (
            "stroke_team_note",
            "Stroke ward round D2: 24h CT — known L lobar ICH unchanged at 22 mL, no new haemorrhage elsewhere, no IVH. Continue BP control.",
        ),
        (
            "us_dictation",
            "CTH. Impression: 1. Redemonstrated thin L tentorial SDH, no change. 2. No new hemorrhage. 3. No mass effect.",
        ),
        (
            "anz_report",
            "CT head (day 1 post fall). The small right subdural haematoma is again seen, now with a dependent hyperdense layer. No new haemorrhage. Conclusion: Known right SDH, unchanged in thickness.",
        ),
        (
            "uk_oncall_prelim",
            "CT head interval: the known IVH in the occipital horns has redistributed; ventricular size unchanged. No new haemorrhage elsewhere. Impression: persistent IVH, no hydrocephalus.",
        ),
        (
            "telerad_template",
            "Impression:\n1. Known subarachnoid haemorrhage in the basal cisterns, reduced in density compared to prior.\n2. No new area of haemorrhage.\n3. No hydrocephalus.",
        ),
        (
            "forensic_ct",
            "Second PMCT after 48 h storage: the right acute subdural haematoma seen on the first scan persists; sedimentation now present. No new findings elsewhere.",
        ),
        (
            "nursing_handover",
            "Handover: Bed 12, known small left-sided brain bleed (SDH), repeat scan today 'same size, nothing new', obs 2-hourly now, mobilising with physio.",
        ),
        (
            "neuro_fellow_mri",
            "The known left frontal hemorrhagic contusion is again seen, with surrounding T2 hyperintense edema that has slightly increased. Diffusion imaging shows no new infarction. No additional foci of microhemorrhage are seen compared with the initial SWI. Impression: known left frontal contusion, no new hemorrhage.",
        ),
        (
            "us_dictation",
            "Head CT follow-up SAH. Known diffuse SAH, less dense today. Interval EVD placement, tip in R frontal horn. No new hemorrhage along the tract. Impression: Evolving SAH, EVD in place.",
        ),
    ],
    "pos_not_purely_historical": [
        (
            "us_dictation",
            "CT head. Hx prior L SDH evacuated 2023. Impression: New acute R SDH 6 mm. Postop changes L craniotomy.",
        ),
        (
            "uk_oncall_prelim",
            "Prelim CT: history of SAH 2019 (coiled ACom aneurysm). Today there is fresh subarachnoid blood in the left Sylvian fissure — new since last imaging. Coil mass stable. ?rebleed, refer NSx.",
        ),
        (
            "anz_report",
            "CT brain. History: previous right frontal ICH 2021. Report: Encephalomalacia at the site of the old haematoma. New acute haemorrhage in the left parietal lobe, 2 cm. Conclusion: New left parietal ICH.",
        ),
        (
            "telerad_template",
            "CLINICAL HISTORY: Old case of left basal ganglia bleed.\nFINDINGS: Chronic gliotic area left basal ganglia. Fresh hyperdense bleed in right thalamus 11 mm.\nIMPRESSION: Fresh right thalamic hemorrhage. Old left basal ganglia infarct/bleed sequelae.",
        ),
        (
            "neuro_fellow_mri",
            "Known cerebral amyloid angiopathy with numerous lobar microhemorrhages and superficial siderosis, as before. In addition, there is a new acute 1.3 cm hemorrhage in the right occipital lobe, T2 hypointense centrally with surrounding edema, not present on the study of six months ago. Impression: new acute right occipital lobar hemorrhage on a background of CAA.",
        ),
        (
            "stroke_team_note",
            "Stroke review: previous or recent haemorrhagic transformation in the L MCA infarct — on today's CT there is petechial haemorrhage within the infarct core (HI1). Hold aspirin 48h, repeat CT.",
        ),
        (
            "trauma_progress",
            "Trauma PN: PMH SDH after MVC 2020. This admission, new small R frontal contusion w/ tSAH on CTH. Neuro checks, repeat CT 6h.",
        ),
        (
            "anticoag_letter",
            "Dear Dr Patel, Mr Ruiz had an intracerebral haemorrhage in 2018 while on warfarin; he was later restarted on apixaban. He presented last week with headache and CT showed a new small left frontal subdural haematoma. Apixaban has been stopped and I do not recommend restarting it at present.",
        ),
        (
            "discharge_summary",
            "Discharge summary (brief). Dx: recurrent SAH. Background: SAH 2015, aneurysm clipped. This admission: thunderclap headache, CT confirmed new SAH from a second (untreated) PCom aneurysm, coiled day 1.",
        ),
        (
            "us_dictation",
            "Head CT. Comparison 2022 (old R cerebellar hemorrhage). Now acute hemorrhage again within the R cerebellum, 1.6 cm, new. Impression: Recurrent R cerebellar ICH.",
        ),
        (
            "uk_oncall_prelim",
            "CT head: known chronic left SDH (previously documented). New hyperdense component within it today = acute-on-chronic SDH, 15mm, 7mm shift. Urgent NSx.",
        ),
        (
            "peds_ed_note",
            "PED: 9yo with known AVM (bled age 6, embolised). Today sudden headache + vomiting. CT: new acute R occipital ICH near the treated nidus. PICU + neurosurgery.",
        ),
        (
            "anz_report",
            "MRI brain. Old haemosiderin staining right temporal lobe from prior haemorrhage. There is also an acute-subacute haematoma in the left frontal lobe which was not present previously. Conclusion: New left frontal haematoma.",
        ),
        (
            "nursing_handover",
            "Bed 7: Mrs L, history of brain bleed years ago, admitted today with a NEW bleed on the right side of the brain on CT, neuro obs hourly, BP target under 140.",
        ),
        (
            "telerad_template",
            "COMPARISON: MRI 2024 (old microbleeds).\nFINDINGS: Recent hemorrhagic transformation noted in the right MCA infarct with parenchymal hematoma.\nIMPRESSION: Hemorrhagic transformation right MCA infarct (PH1).",
        ),
    ],
    "pos_indication_then_finding": [
        (
            "us_dictation",
            "Indication: fall on Eliquis, eval for bleed. Impression: Small acute R frontal SDH 4 mm. No shift.",
        ),
        (
            "uk_oncall_prelim",
            "Request: ?SAH, thunderclap headache 4h. Prelim: yes — diffuse subarachnoid blood in basal cisterns, Fisher 3 pattern. CTA requested. NSx referral made.",
        ),
        (
            "anz_report",
            "CT head.\nClinical notes: Exclude intracranial haemorrhage. Head strike, warfarin, INR 3.2.\nReport: Acute left subdural haematoma 6 mm along the convexity.\nConclusion: Acute left SDH.",
        ),
        (
            "telerad_template",
            "CLINICAL INDICATION: R/O ICH.\nFINDINGS: Acute intraparenchymal bleed right frontal lobe 2.3 cm with perilesional edema.\nIMPRESSION: Right frontal ICH.",
        ),
        (
            "neuro_fellow_mri",
            "Indication: evaluate for hemorrhagic transformation after thrombectomy. Findings: within the left MCA territory infarct there is confluent susceptibility and T1 shortening in the lentiform nucleus compatible with hemorrhagic transformation, parenchymal hematoma type 1, with mild mass effect. Impression: hemorrhagic transformation of the left MCA infarct.",
        ),
        (
            "stroke_team_note",
            "Code stroke CT to exclude haemorrhage prior to thrombolysis: CT shows L putaminal haemorrhage 12 mL. Not for lysis. Stroke unit admission.",
        ),
        (
            "peds_ed_note",
            "Paeds ED: CT ordered to rule out intracranial bleed (PECARN high risk, 8yo, bike crash no helmet). Result: small L frontal contusion with thin SAH. Neurosurgery consulted.",
        ),
        (
            "us_dictation",
            "CTH. Reason: ? SAH vs migraine. Findings: Thin SAH in the L central sulcus, convexity pattern. Impression: Convexity SAH; consider RCVS, CTA/MRV recommended.",
        ),
        (
            "trauma_progress",
            "Trauma tertiary survey: CTH done to r/o bleed given LOC — shows small R temporal EDH 5mm. NSGY non-op, repeat CT 6h.",
        ),
        (
            "anz_report",
            "CT brain. Clinical notes: ?bleed ?stroke, acute confusion. Report: Acute intraventricular haemorrhage in the left lateral ventricle, no parenchymal source. Conclusion: IVH.",
        ),
        (
            "uk_oncall_prelim",
            "Clinical Q: exclude EDH (hit by cricket ball). Answer: small left temporal EDH 7mm beneath a linear fracture. NSx aware.",
        ),
        (
            "telerad_template",
            "History: To rule out bleed. Patient on dual antiplatelets.\nObservations: Acute subdural hematoma over left convexity, 5 mm.\nOpinion: Left SDH.",
        ),
        (
            "concussion_clinic_letter",
            "Dear Dr Chen, Sam (boxer, 26) had an MRI to exclude structural injury before clearance. Unfortunately it shows a small subacute left frontal subdural haematoma, so he is not cleared to spar and I have referred him to neurosurgery.",
        ),
        (
            "forensic_ct",
            "Referral question (coroner): exclude intracranial injury. PMCT: acute subdural haematoma over the right hemisphere, 10 mm, with midline shift. Finding reported to the pathologist.",
        ),
        (
            "us_dictation",
            "Reason: headache, r/o hemorrhage. Impression: 1.1 cm acute hemorrhage L occipital lobe. MRI w/wo to eval for underlying lesion.",
        ),
    ],
    "pos_note_sections": [
        (
            "trauma_progress",
            "TRAUMA SURGERY PROGRESS NOTE\nSubjective: Headache improving.\nObjective: GCS 15. Pupils 3mm reactive.\nImaging: CTH today — R frontal hemorrhagic contusion 1.2 cm, stable.\nAssessment: TBI with contusion.\nPlan: keppra, neuro checks q4h.",
        ),
        (
            "peds_ed_note",
            "PAEDIATRIC ED NOTE\nHPC: 4yo fell from monkey bars.\nExam: GCS 14, R parietal haematoma of scalp.\nInvestigations: CT head — small R parietal EDH (5mm) under fracture.\nPlan: admit, neurosurgery review.",
        ),
        (
            "stroke_team_note",
            "STROKE TEAM NOTE\nPresenting complaint: R arm weakness, dysarthria.\nCT: L thalamic ICH 9 mL, small IVH.\nDecision: no thrombolysis.\nPlan: SBP 130-150, repeat CT 24h.",
        ),
        (
            "nursing_handover",
            "SBAR\nS: Bed 3, GCS dropped 15 to 13.\nB: admitted with left SDH on CT yesterday.\nA: pupils equal, new drowsiness.\nR: urgent medical review, repeat CT requested.",
        ),
        (
            "anticoag_letter",
            "ANTICOAGULATION CLINIC\nIndication for anticoagulation: AF.\nCurrent event: admitted 3/12 with acute subdural haematoma (right, 8mm), conservatively managed.\nPlan: rivaroxaban suspended; review after repeat CT in 4 weeks.",
        ),
        (
            "discharge_summary",
            "Discharge Summary\nDiagnosis: Aneurysmal SAH (Hunt-Hess 2).\nProcedures: Coiling of ACom aneurysm.\nCourse: nimodipine 21 days, no vasospasm.\nFollow-up: neurosurgery clinic 6 weeks.",
        ),
        (
            "concussion_clinic_letter",
            "Diagnosis: Traumatic SAH (small), resolving concussion.\nImaging: CT on day of injury showed a thin film of subarachnoid blood in the left frontal sulci.\nPlan: no contact sport for 3 months.",
        ),
        (
            "trauma_progress",
            "HD2 PN\nA/P:\n# TBI — small L SDH 3mm + tSAH on CTH, stable on repeat\n# L rib fx 4-6 — IS, analgesia\n# ETOH — CIWA",
        ),
        (
            "peds_ed_note",
            "Assessment: 11mo with parietal swelling and a parietal fracture on CT with a small underlying SDH.\nSocial: mechanism inconsistent.\nPlan: admit, child protection team, skeletal survey, ophthalmology.",
        ),
    ],
    "pos_mimic_with_blood": [
        (
            "us_dictation",
            "CT head. Bilateral subdural hygromas with a new hyperdense component on the L, c/w acute hemorrhage into the hygroma. Impression: Acute SDH superimposed on L hygroma.",
        ),
        (
            "uk_oncall_prelim",
            "Prelim: dense basal cisterns — pseudo-SAH was considered given diffuse oedema, but the hyperdensity is 65 HU and asymmetric in the left Sylvian fissure; true subarachnoid haemorrhage is favoured. D/w ITU.",
        ),
        (
            "anz_report",
            "MRI brain. Right frontal subdural empyema with a haemorrhagic component (T1 bright, SWI blooming) within the collection. Conclusion: Subdural empyema with internal haemorrhage.",
        ),
        (
            "telerad_template",
            "FINDINGS: Calcified lesion left frontal lobe (likely old granuloma) with adjacent fresh hemorrhage 1.1 cm.\nIMPRESSION: Acute bleed adjacent to calcified granuloma.",
        ),
        (
            "neuro_fellow_mri",
            "There is an enhancing mass in the right temporal lobe with internal blood-fluid levels and marked susceptibility, consistent with intratumoral hemorrhage. Given the patient's history of melanoma, a hemorrhagic metastasis is favored. Impression: hemorrhagic metastasis right temporal lobe.",
        ),
        (
            "stroke_team_note",
            "Post-thrombectomy CT: hyperdensity in the L basal ganglia — contrast staining vs haemorrhage. DECT iodine map: persistent hyperdensity on the virtual non-contrast image = haemorrhage. Hold antiplatelets.",
        ),
        (
            "us_dictation",
            "Head CT 24h after cath. Previously hyperdense L caudate thought to be contrast stain persists at 62 HU with new mass effect; c/w hemorrhage rather than contrast. Impression: L caudate hemorrhage.",
        ),
        (
            "anz_report",
            "CT brain. Bilateral chronic subdural collections (CSF density) with a new layering hyperdense component on the right, consistent with acute rebleed. Conclusion: Acute-on-chronic right SDH.",
        ),
        (
            "telerad_template",
            "OBSERVATIONS: Hyperdense MCA sign on left. Also an acute intraparenchymal hemorrhage in the left frontal operculum 1.8 cm.\nIMPRESSION: Left hyperdense MCA with frontal hemorrhage.",
        ),
        (
            "forensic_ct",
            "PMCT: diffuse cerebral oedema with relative hyperdensity of the basal cisterns, but focal high-density clot is present in the left Sylvian fissure, in keeping with genuine subarachnoid haemorrhage rather than pseudo-SAH.",
        ),
        (
            "uk_oncall_prelim",
            "CT head: the right convexity collection previously called a hygroma now has a fluid-haematocrit level — blood within the collection. 8mm shift. NSx referral.",
        ),
        (
            "neuro_fellow_mri",
            "The cavernous malformation in the left pons shows a new rim of extralesional T1 hyperintense signal and surrounding edema, consistent with acute hemorrhage beyond the lesion margin. Impression: symptomatic hemorrhage from a left pontine cavernoma.",
        ),
        (
            "peds_ed_note",
            "PED: 7wk old, enlarged head circumference. US/CT: benign enlargement of the subarachnoid spaces, BUT a small subdural collection with hyperdense blood on the left. Child protection consult.",
        ),
        (
            "us_dictation",
            "CT head. Dural calcification along the falx noted. Separate from this, crescentic acute SDH along the R tentorium, 4 mm. Impression: Acute R tentorial SDH.",
        ),
        (
            "trauma_progress",
            "Trauma PN: initial CTH read as possible streak artifact at the vertex; repeat CTH confirms a thin acute SDH at the vertex. NSGY: non-op.",
        ),
    ],
    "pos_imaging_descriptor_mri_cta": [
        (
            "us_dictation",
            "CTA head. Impression: R frontal IPH with a contrast spot sign, indicating active extravasation; high risk of expansion. Called to stroke attending.",
        ),
        (
            "neuro_fellow_mri",
            "SWI demonstrates a 1.5 cm blooming lesion in the left temporal lobe with a T2 hypointense rim and surrounding vasogenic edema; on T1 the center is hyperintense, consistent with an early subacute intraparenchymal hemorrhage. Impression: early subacute left temporal hematoma.",
        ),
        (
            "anz_report",
            "MRI brain. Curvilinear susceptibility along the right frontal sulci with FLAIR sulcal hyperintensity, consistent with acute convexity subarachnoid haemorrhage. Conclusion: Right frontal cSAH.",
        ),
        (
            "telerad_template",
            "MRI BRAIN\nSWI: Blooming in left cerebellar hemisphere with hematoma 1.7 cm.\nDWI: No restriction.\nIMPRESSION: Left cerebellar hematoma.",
        ),
        (
            "uk_oncall_prelim",
            "CTA prelim: active extravasation of contrast into the right basal ganglia haematoma (spot sign). No aneurysm seen. Inform stroke consultant.",
        ),
        (
            "neuro_fellow_mri",
            "FLAIR shows hyperintensity filling the sulci of the right parietal lobe, and the gradient echo sequence demonstrates corresponding hypointensity, most in keeping with subarachnoid hemorrhage rather than proteinaceous fluid given the recent trauma. Impression: right parietal traumatic SAH.",
        ),
        (
            "stroke_team_note",
            "CTA: spot sign in L lobar ICH. High expansion risk — BP aggressive target, repeat CT 6h, NSx aware.",
        ),
        (
            "anz_report",
            "MRI/MRV. Thrombosis of the superior sagittal sinus with venous haemorrhagic infarction in the left parietal lobe (SWI blooming, T1 hyperintense blood). Conclusion: Venous sinus thrombosis with haemorrhagic venous infarct.",
        ),
        (
            "us_dictation",
            "MRI brain. Impression: Numerous foci of SWI blooming at the grey-white junction and corpus callosum, c/w hemorrhagic diffuse axonal injury.",
        ),
        (
            "telerad_template",
            "CT ANGIOGRAM\nFINDINGS: 6 mm aneurysm at left MCA bifurcation. Subarachnoid hemorrhage in left Sylvian fissure.\nIMPRESSION: Ruptured left MCA aneurysm.",
        ),
        (
            "neuro_fellow_mri",
            "On MRI, the right cerebellar lesion has T1 hyperintense methemoglobin signal and a hemosiderin rim on SWI, typical of a late subacute hematoma, 2 cm, with mild mass effect on the fourth ventricle. Impression: late subacute right cerebellar hematoma.",
        ),
        (
            "uk_oncall_prelim",
            "MRI (GRE): new blooming focus left thalamus 8mm with surrounding oedema — acute haemorrhage. Inform stroke team.",
        ),
        (
            "forensic_ct",
            "PMCT angiography: contrast extravasation from a ruptured basilar tip aneurysm into the subarachnoid space; extensive SAH. Opinion: ruptured aneurysm with SAH.",
        ),
        (
            "anz_report",
            "CTA circle of Willis. Leakage of contrast into the left frontal haematoma on the delayed phase (spot sign). No AVM. Conclusion: Active bleeding within left frontal haematoma.",
        ),
        (
            "neuro_fellow_mri",
            "Susceptibility-weighted images reveal hemosiderin-rimmed blooming in the left occipital lobe with surrounding T2 hyperintensity, suggestive of a subacute hemorrhage; an underlying cavernous malformation cannot be excluded.",
            "uncertain",
        ),
    ],
    "pos_structured_template": [
        (
            "telerad_template",
            "NCCT BRAIN REPORT\nIntracranial haemorrhage: YES\nType: Subdural (left)\nMax thickness: 7 mm\nMidline shift: 2 mm\nInfarct: No\nFracture: No\nRecommendation: Neurosurgical opinion.",
        ),
        (
            "us_dictation",
            "HEAD CT TEMPLATE. Hemorrhage: [X] present [ ] absent -- R frontal IPH 1.9 cm. Mass effect: mild. Hydrocephalus: none. Fracture: none. Critical result called 1702.",
        ),
        (
            "anz_report",
            "Structured CT head (trauma): Skull: intact | Extra-axial: small L SDH 4 mm | Parenchyma: normal | Ventricles: normal | Midline: central. Summary: small left subdural.",
        ),
        (
            "stroke_team_note",
            "THROMBOLYSIS CHECKLIST\nLast known well: 0815\nNIHSS: 12\nCT haemorrhage? YES (L frontal lobar ICH)\nLVO: no\nDecision: tPA NOT given\nSigned: stroke reg.",
        ),
        (
            "telerad_template",
            "Parameter | Finding\nEDH | Absent\nSDH | Absent\nSAH | Present - basal cisterns, Fisher 3\nIVH | Present - 4th ventricle\nHydrocephalus | Mild\nOPINION: SAH with IVH. CTA advised.",
        ),
        (
            "forensic_ct",
            "PMCT CHECKLIST — HEAD: scalp haematoma Y; skull fracture Y (R parietal); extradural blood Y (R, 12 mm); subdural N; SAH N; brain swelling Y. Summary for pathologist attached.",
        ),
        (
            "us_dictation",
            "ICH SCORE WORKSHEET: GCS 9 (1) | ICH volume 34 mL (1) | IVH yes (1) | infratentorial no (0) | age 82 (1) | total 4. Source: R putaminal hemorrhage on today's CT.",
        ),
        (
            "uk_oncall_prelim",
            "NICE head injury CT pathway — result: ABNORMAL. Finding: acute SDH right convexity 5mm. Action: NSx referral via portal (done 0320).",
        ),
        (
            "nursing_handover",
            "Handover sheet — Bed 9 | Dx: L SDH (acute, 6mm) | Neuro obs: 1-hrly | GCS: 14 | Anticoag: warfarin reversed (PCC) | Plan: repeat CT 0800.",
        ),
        (
            "telerad_template",
            "AI TRIAGE: ICH suspected (intraparenchymal) — confidence HIGH.\nRadiologist verification: CONFIRMED. Acute right occipital intraparenchymal hemorrhage 2.0 cm.\nPriority: STAT.",
        ),
        (
            "anz_report",
            "Modified Fisher grade: 4 ... thick SAH with bilateral IVH. Aneurysm on CTA: yes (ACom, 5 mm). Hydrocephalus: early. Report verified.",
        ),
        (
            "peds_ed_note",
            "PECARN: age <2, GCS 15, palpable skull fracture = YES. CT done. Result: fracture + underlying EDH = YES (4mm). Disposition: admit PICU.",
        ),
        (
            "stroke_team_note",
            "Stroke proforma: Imaging result = ICH (R cerebellar, 3 cm, 4th ventricle compressed). Anticoag? none. Reversal required? N/A. NSx contacted? Y — for decompression.",
        ),
        (
            "telerad_template",
            "Findings checklist:\n1) Gray-white differentiation: maintained\n2) Hemorrhage: present - thin left tentorial SDH\n3) Mass effect: nil\n4) Calvarium: intact\nImpression: Left tentorial SDH.",
        ),
        (
            "us_dictation",
            "Result flag: CRITICAL. Finding = acute intraventricular hemorrhage (bilateral lateral ventricles). Communicated to = Dr. Ruiz. Time = 0407. Read back = yes.",
        ),
    ],
    "pos_addendum_correction": [
        (
            "us_dictation",
            "ADDENDUM: On re-review with thin sections there is a 3 mm acute SDH along the L tentorium not mentioned in the original report. Discussed with Dr. Lin 1510.",
        ),
        (
            "uk_oncall_prelim",
            "Consultant addendum to on-call prelim: the prelim stated no acute abnormality. On review there is a small amount of subarachnoid blood in the right Sylvian fissure. Please recall for CTA.",
        ),
        (
            "anz_report",
            "AMENDED REPORT. The previously reported 'calcification' in the left frontal lobe measures 58 HU and is new compared with 2023; this represents a small acute haemorrhage. Referring doctor notified.",
        ),
        (
            "telerad_template",
            "REVISED REPORT (supersedes earlier version): Hyperdensity in the right parietal lobe earlier called artifact is reproducible in coronal reconstructions and represents a contusion with hemorrhage, 9 mm.",
        ),
        (
            "neuro_fellow_mri",
            "ADDENDUM after attending review: the signal in the left occipital horn initially described as flow artifact is dependent, T1 hyperintense and present on every sequence, consistent with a small intraventricular hemorrhage. This changes the impression; the team was informed.",
        ),
        (
            "forensic_ct",
            "Corrected PMCT summary: the first summary listed 'no intracranial haemorrhage'. Re-review of thin slices shows a thin acute subdural haematoma over the left convexity. Pathologist informed.",
        ),
        (
            "us_dictation",
            "CORRECTED REPORT: Impression previously read 'No acute intracranial abnormality' due to a dictation error. Correct impression: small acute R frontal SAH.",
        ),
        (
            "uk_oncall_prelim",
            "Discrepancy addendum (consultant): the hyperdense right MCA called on the prelim is in fact a haematoma in the Sylvian fissure — acute SAH/ICH. Stroke team aware, thrombolysis NOT to be given.",
        ),
        (
            "anz_report",
            "ADDENDUM. Comparison with the outside MRI shows that the left temporal lesion reported as meningioma is a subacute extra-axial haematoma. Neurosurgical review advised.",
        ),
        (
            "telerad_template",
            "ADDENDUM: Final report after senior review — acute on chronic left SDH (previous report mentioned chronic only). Hyperdense component 6 mm. Kindly correlate.",
        ),
        (
            "trauma_progress",
            "Trauma PN addendum 1600: radiology amended the CTH read — small R frontal contusion with hemorrhage now reported (initially 'no acute'). Keppra started, NSGY consulted.",
        ),
        (
            "stroke_team_note",
            "Addendum: final radiology report revised from 'no haemorrhage' to 'small left caudate haemorrhage'. Lysis was not given (out of window) — no harm. Aspirin withheld.",
        ),
        (
            "us_dictation",
            "Addendum #2: Per CTA review, the 'dense vessel' described in the basilar cistern is extravascular blood: acute SAH in the prepontine cistern. Findings called to ED.",
        ),
        (
            "anz_report",
            "Report amended: the left occipital finding initially called beam-hardening artefact persists on repeat CT and is a 6 mm acute haemorrhagic contusion.",
        ),
        (
            "neuro_fellow_mri",
            "Corrected report: the original impression listed the right frontal blooming focus as a mineralized granuloma. Phase imaging shows paramagnetic (blood) rather than diamagnetic (calcium) behavior, and the surrounding edema is new; this is an acute microhemorrhage-sized hemorrhage. Impression revised accordingly.",
        ),
    ],
    "pos_non_english_accents": [
        (
            "anz_report",
            "CT cerebral (traducción del informe): hematoma subdural agudo frontoparietal izquierdo de 8 mm — acute left SDH 8 mm. Desviación de línea media 3 mm.",
        ),
        (
            "telerad_template",
            "Rapport préliminaire — TDM cérébrale : hémorragie méningée (SAH) dans la vallée sylvienne droite. Pas d'hydrocéphalie. Avis neurochirurgical conseillé.",
        ),
        (
            "uk_oncall_prelim",
            "Prelim (registrar, German trained): akutes Subduralhämatom rechts, 6 mm — acute right SDH, no shift. NSx informed.",
        ),
        (
            "neuro_fellow_mri",
            "MRI read by visiting fellow (São Paulo): hemorragia intraparenquimatosa subaguda no lobo temporal esquerdo — subacute left temporal intraparenchymal hemorrhage, 2 cm, com edema perilesional.",
        ),
        (
            "us_dictation",
            "Head CT. Impression: Acute SDH L convexity ≈ 5 mm; hematoma subdural agudo. Pt’s family (Spanish speaking) updated via interpreter.",
        ),
        (
            "anz_report",
            "CT head. Māori whānau present. Report: acute subarachnoid haemorrhage in the basal cisterns – aneurysmal pattern. CTA to follow.",
        ),
        (
            "stroke_team_note",
            "Stroke note — pt Czech speaking, interpreter used. CT: intracerebrální krvácení (ICH) right thalamus 10 mL. Not for lysis. Admitted SU.",
        ),
        (
            "telerad_template",
            "Befund CT Schädel: Subarachnoidalblutung in den basalen Zisternen (SAH), Hydrozephalus beginnend. Impression: SAH with early hydrocephalus.",
        ),
        (
            "forensic_ct",
            "Rapport médico-légal (TDM post-mortem) : hématome extradural temporal droit de 15 mm — right temporal extradural haematoma — avec fracture du rocher.",
        ),
        (
            "peds_ed_note",
            "PED: niña de 2 años, caída de la litera. CT: small left parietal EDH 4 mm (hematoma epidural) with fracture. Admitted; family informed in Spanish.",
        ),
        (
            "uk_oncall_prelim",
            "CT head prelim (Dr Ø. Nørgaard): akutt subduralt hematom venstre side — acute L SDH 5mm, no mass effect.",
        ),
        (
            "anz_report",
            "CT brain — Dr Nguyễn. Xuất huyết nội sọ (intracerebral haemorrhage) in the right basal ganglia × 2.4 cm. Mild mass effect.",
        ),
        (
            "us_dictation",
            "CTH: “small acute SDH”, R frontal, 3 mm — per radiology’s final read; ematoma subdurale acuto per the Italian-speaking attending’s note.",
        ),
        (
            "neuro_fellow_mri",
            "IRM cérébrale : hémorragie intraventriculaire minime dans la corne occipitale gauche (small IVH), sans hydrocéphalie. Rédigé par l’interne de neuroradiologie.",
        ),
        (
            "trauma_progress",
            "Trauma PN — Polish speaking pt: CTH shows krwiak podtwardówkowy (SDH) L 4mm, stable. Interpreter for family meeting 1400.",
        ),
    ],
    "neg_plain": [
        (
            "us_dictation",
            "CT head wo. Impression: No acute intracranial hemorrhage, mass effect or territorial infarct. Mild chronic microvascular changes.",
        ),
        (
            "uk_oncall_prelim",
            "Prelim CT head: no intracranial haemorrhage. No fracture. Normal appearances for age. Consultant to verify.",
        ),
        (
            "anz_report",
            "CT brain.\nReport: No intra- or extra-axial haemorrhage. Grey-white differentiation preserved. Ventricles normal.\nConclusion: Normal CT brain.",
        ),
        (
            "telerad_template",
            "OBSERVATIONS: No evidence of intracranial bleed. Ventricles and cisterns normal. No midline shift. IMPRESSION: No significant abnormality detected.",
        ),
        (
            "neuro_fellow_mri",
            "MRI brain with SWI and DWI. There is no intracranial hemorrhage and no abnormal susceptibility to suggest prior microhemorrhage. Diffusion imaging is normal. Scattered nonspecific white matter hyperintensities are within normal limits for age. Impression: no hemorrhage, infarct or mass.",
        ),
        (
            "trauma_progress",
            "Trauma PN: CTH neg for bleed, CT C-spine neg. Cleared collar clinically. Concussion education given, d/c home with family.",
        ),
        (
            "peds_ed_note",
            "PED: 5yo, fell off scooter, brief LOC. CT head: no bleed, no fracture. Discharged with head injury advice sheet.",
        ),
        (
            "stroke_team_note",
            "Stroke call: CT no haemorrhage, ASPECTS 10, CTA no LVO. Thrombolysed with tenecteplase at 1352. Post-lysis obs.",
        ),
        (
            "nursing_handover",
            "Bed 11: post fall, CT head came back clear (no bleed), obs stable, for d/c tomorrow if mobilising safely.",
        ),
        (
            "forensic_ct",
            "PMCT head: no skull fracture, no intracranial haemorrhage, no significant brain swelling. Head excluded as a site of fatal injury on imaging.",
        ),
        (
            "us_dictation",
            "Head CT. Impression: 1. No acute hemorrhage. 2. Old L cerebellar lacune. 3. Opacified R mastoid air cells.",
        ),
        (
            "anz_report",
            "CT head (post fall, on dabigatran). No acute intracranial haemorrhage. No skull fracture. Soft tissues unremarkable.",
        ),
        (
            "telerad_template",
            "Brain CT\n- No hemorrhage\n- No infarct\n- No SOL\n- Ventricles: normal\nOPINION: Normal study.",
        ),
        (
            "uk_oncall_prelim",
            "On-call prelim: no evidence of haemorrhage, mass or established infarct. Mild atrophy. Discharge per ED if clinically appropriate.",
        ),
        (
            "concussion_clinic_letter",
            "Dear Dr Walsh, Mia (hockey, 17) is recovering well from her concussion. Her CT was normal with no bleeding, and she has now completed stage 4 of the graded return-to-sport protocol without symptoms.",
        ),
        (
            "anticoag_letter",
            "Dear Dr Osei, Mrs Kaur was seen in anticoagulation clinic after her fall. The ED head CT showed no bleeding in or around the brain. Her INR is 2.6 and I have made no change to her warfarin.",
        ),
    ],
    "neg_site_extracranial": [
        (
            "us_dictation",
            "CT head. Impression: Large L frontal scalp hematoma. No intracranial hemorrhage or fracture.",
        ),
        (
            "uk_oncall_prelim",
            "Prelim: right periorbital and retrobulbar haematoma with mild proptosis. Intracranial appearances normal — no intracranial haemorrhage.",
        ),
        (
            "anz_report",
            "CT head. Report: Subgaleal haematoma over the vertex, 12 mm. Brain parenchyma and extra-axial spaces normal. Conclusion: Subgaleal haematoma only.",
        ),
        (
            "telerad_template",
            "CT FACE/ORBITS: Left orbital floor fracture with blood in the left maxillary sinus. Brain visualised portions normal, no intracranial bleed.",
        ),
        (
            "neuro_fellow_mri",
            "MRI cervical and thoracic spine: there is a dorsal spinal epidural hematoma extending from C6 to T2, causing mild cord compression, T1 isointense and T2 heterogeneous. Intracranial structures included on the sagittal localizer are normal. Impression: cervicothoracic spinal epidural hematoma.",
        ),
        (
            "trauma_progress",
            "Trauma PN: L forehead laceration with underlying hematoma, sutured. CTH neg. Rectus sheath hematoma on CT abd from enoxaparin, stable Hgb.",
        ),
        (
            "peds_ed_note",
            "PED: newborn (vacuum delivery) with cephalohaematoma over R parietal bone. Cranial US: no intracranial haemorrhage. Reassurance, GP f/u.",
        ),
        (
            "nursing_handover",
            "Bed 2: big egg on his forehead from the fall (forehead haematoma), CT head NAD, orbital bruising L eye, obs fine.",
        ),
        (
            "forensic_ct",
            "PMCT: extensive scalp haemorrhage and bilateral periorbital haematomas; neck soft tissue haemorrhage around the left sternocleidomastoid. Cranial cavity: no haemorrhage.",
        ),
        (
            "us_dictation",
            "CT orbits. Impression: R retrobulbar hematoma with stretching of the optic nerve, ? compartment syndrome. Ophtho paged. Brain unremarkable.",
        ),
        (
            "anz_report",
            "CT facial bones. Le Fort II fractures with haemosinus of both maxillary sinuses and blood in the nasal cavity. Included brain: no intracranial haemorrhage.",
        ),
        (
            "telerad_template",
            "CT TEMPORAL BONE: Longitudinal fracture of right temporal bone with hemotympanum. No intracranial bleed. IMPRESSION: Right temporal bone fracture with hemotympanum.",
        ),
        (
            "uk_oncall_prelim",
            "CT C-spine: prevertebral soft tissue haematoma C2-4 with C2 fracture. Head CT done same sitting: no intracranial injury.",
        ),
        (
            "concussion_clinic_letter",
            "Dear Dr Ahmed, Luca sustained a nasal fracture with septal haematoma in the collision; this was drained by ENT. His CT brain showed no intracranial injury and his concussion symptoms have settled.",
        ),
        (
            "peds_ed_note",
            "Paeds ED: 10yo, dental injury and lip haematoma after fall from bike, orbital swelling R. CT head + orbits: no intracranial bleed, no fracture.",
        ),
        (
            "stroke_team_note",
            "Stroke call cancelled: ED CT shows no stroke and no haemorrhage; symptoms due to large neck haematoma after carotid endarterectomy compressing the airway — vascular surgery took to theatre.",
        ),
        (
            "anticoag_letter",
            "Dear Dr Brown, Mr Novak on rivaroxaban had a spontaneous retroperitoneal haematoma after a fall. CT brain at the time showed no intracranial bleeding. We have paused rivaroxaban for 4 weeks.",
        ),
    ],
    "neg_mimic": [
        (
            "us_dictation",
            "CT head. Bilateral frontal subdural hygromas, CSF density, decreased since prior. No hemorrhage. Impression: Improving hygromas.",
        ),
        (
            "uk_oncall_prelim",
            "Prelim: diffuse cerebral oedema post arrest with apparent hyperdensity of the basal cisterns — pseudo-subarachnoid haemorrhage. No true SAH. ITU aware.",
        ),
        (
            "anz_report",
            "MRI brain with contrast. Left frontal subdural empyema, 8 mm, with rim enhancement and restricted diffusion. No haemorrhage. Conclusion: Subdural empyema complicating frontal sinusitis.",
        ),
        (
            "telerad_template",
            "FINDINGS: Dense calcification in bilateral basal ganglia (Fahr pattern). Calcified pineal and choroid plexus. No hemorrhage.\nIMPRESSION: Physiological/basal ganglia calcification. No bleed.",
        ),
        (
            "neuro_fellow_mri",
            "Post-thrombectomy dual-energy CT: the hyperdensity in the right lentiform nucleus disappears on the virtual non-contrast image and is bright on the iodine map, consistent with contrast staining rather than hemorrhage. Impression: contrast staining, no hemorrhagic transformation.",
        ),
        (
            "stroke_team_note",
            "Stroke call: CT shows hyperdense L MCA sign (clot), no haemorrhage. Thrombolysed 1512, for thrombectomy.",
        ),
        (
            "us_dictation",
            "CT head. Impression: Dense dural venous sinuses related to polycythemia (Hct 58%). No intracranial hemorrhage; no venous thrombosis on CTV.",
        ),
        (
            "anz_report",
            "CT brain. Hyperdense falx, calcified, unchanged from 2019. No acute haemorrhage. Conclusion: Falcine calcification only.",
        ),
        (
            "uk_oncall_prelim",
            "Prelim: bilateral chronic subdural effusions (CSF density) after shunt overdrainage, smaller than last month. No acute blood.",
        ),
        (
            "telerad_template",
            "Impression: Hyperdense choroid plexus calcification in the trigones — physiological. No intraventricular haemorrhage.",
        ),
        (
            "neuro_fellow_mri",
            "There are numerous punctate foci of susceptibility in the basal ganglia bilaterally, which on phase imaging behave as diamagnetic mineralization (calcification) rather than hemosiderin; no microhemorrhages are identified. Impression: basal ganglia mineralization; no hemorrhage.",
        ),
        (
            "peds_ed_note",
            "PED: 9mo, large head. US/MRI: benign enlargement of subarachnoid spaces, no subdural blood. Reassured, head circumference f/u.",
        ),
        (
            "forensic_ct",
            "PMCT head: diffuse hypoxic brain swelling with pseudo-subarachnoid haemorrhage appearance; no true subarachnoid blood identified at autopsy correlation. No skull fracture.",
        ),
        (
            "us_dictation",
            "MRI brain. Impression: R frontal cerebral abscess w/ smooth rim enhancement and central diffusion restriction. No hemorrhage. Neurosurgery aware.",
        ),
        (
            "trauma_progress",
            "Trauma PN: repeat CTH — the 'hyperdensity' at the vertex on initial read was streak artifact from the head holder; no hemorrhage. Cleared by NSGY.",
        ),
        (
            "anz_report",
            "CT head. Left cerebellar hygroma post posterior fossa surgery, fluid density, unchanged. No haemorrhage. Conclusion: Stable postoperative hygroma.",
        ),
        (
            "telerad_template",
            "OBSERVATIONS: Dense cavernous carotid calcification and hyperdense tentorium (normal variant). No hemorrhage seen.\nIMPRESSION: No acute intracranial abnormality.",
        ),
    ],
    "neg_ruled_out": [
        (
            "trauma_progress",
            "Trauma PN: CT ruled out intracranial bleed on arrival. Managed for rib fx + pulmonary contusion. Tolerating diet.",
        ),
        (
            "peds_ed_note",
            "PED: infant fall from bed. Subdural or skull injury excluded on CT. Feeding normally, discharged with advice.",
        ),
        (
            "stroke_team_note",
            "Stroke: ICH excluded on CT; thrombolysed 0930. 24h CT: no haemorrhagic transformation.",
        ),
        (
            "nursing_handover",
            "Handover: head CT done for the fall — bleeding on the brain was ruled out. Wound on scalp dressed, obs 4-hourly.",
        ),
        (
            "anticoag_letter",
            "Dear Dr Singh, after the fall in June a CT excluded any intracranial haemorrhage, so dabigatran was continued. INR not applicable; renal function stable.",
        ),
        (
            "concussion_clinic_letter",
            "Dear Dr Fox, Tom's CT in ED ruled out a bleed or fracture. He had ongoing headaches for two weeks which have now resolved; he has started the return-to-learn programme.",
        ),
        (
            "discharge_summary",
            "Discharge summary: Syncope. CT brain excluded haemorrhage. Echo normal. Holter showed paroxysmal AF — apixaban started. Home.",
        ),
        (
            "us_dictation",
            "Head CT. Impression: Hemorrhage excluded. No acute findings. Incidental L frontal osteoma.",
        ),
        (
            "uk_oncall_prelim",
            "Prelim: clinical concern for SAH — no subarachnoid blood seen at 4 hours from ictus; SAH excluded on CT within 6h per local protocol.",
        ),
        (
            "trauma_progress",
            "Trauma tertiary survey: head injury cleared — CT excluded intracranial injury; C-spine cleared; R wrist fx for ortho.",
        ),
        (
            "peds_ed_note",
            "PED discharge: NAI concern addressed — skeletal survey normal, CT head without intracranial bleed, child protection satisfied.",
        ),
        (
            "stroke_team_note",
            "Stroke mimic: hypoglycaemia. CT done, haemorrhage and early ischaemia ruled out. Symptoms resolved with dextrose.",
        ),
        (
            "anticoag_letter",
            "Dear colleague, Mr Addo hit his head on a cupboard. ED performed CT which showed no intracranial bleeding, and apixaban was restarted the same evening.",
        ),
        (
            "nursing_handover",
            "Bed 15: came in yesterday ?bleed on brain, CT negative, neuro obs stopped, now waiting for OT assessment.",
        ),
        (
            "forensic_ct",
            "Summary for coroner: intracranial haemorrhage excluded on PMCT and at autopsy; cause of death: pulmonary thromboembolism.",
        ),
        ("ed_note", "ED note: bleed ruled out on CTH. Dx: post-concussive syndrome. Tylenol, d/c."),
    ],
    "neg_indication_only": [
        (
            "us_dictation",
            "Indication: fall, on Plavix, eval for hemorrhage. Impression: No acute intracranial abnormality.",
        ),
        (
            "uk_oncall_prelim",
            "Request: ?SDH ?bleed, confused post fall. Prelim: no acute intracranial abnormality. Small vessel change.",
        ),
        (
            "anz_report",
            "CT head.\nClinical notes: Exclude ICH, headache on anticoagulation.\nReport: Normal intracranial appearances.\nConclusion: No acute abnormality.",
        ),
        (
            "telerad_template",
            "CLINICAL HISTORY: To rule out intracranial hemorrhage.\nFINDINGS: Brain parenchyma normal. Ventricles normal.\nIMPRESSION: Normal NCCT brain.",
        ),
        (
            "neuro_fellow_mri",
            "Indication: evaluate for hemorrhagic transformation after tenecteplase. Findings: the small right insular infarct shows restricted diffusion as expected. No susceptibility artifact or T1 shortening within it. Impression: evolving right insular infarct.",
        ),
        (
            "stroke_team_note",
            "CT requested to exclude haemorrhage pre-lysis: ASPECTS 9, otherwise normal. Lysis given 1108.",
        ),
        (
            "peds_ed_note",
            "PED: CT head ordered to r/o intracranial bleed (fall 2m). Result: normal, no fracture. Home with advice.",
        ),
        (
            "us_dictation",
            "Reason for exam: ? SAH, worst headache. Impression: Normal noncontrast head CT within 6 hrs of onset.",
        ),
        (
            "trauma_progress",
            "Trauma PN: CTH obtained given LOC to r/o EDH/SDH — read as normal. Neuro intact. Clear for d/c.",
        ),
        (
            "anz_report",
            "CT brain. Clinical notes: ?bleed, INR 5. Report: No intracranial abnormality. Conclusion: Normal study.",
        ),
        (
            "uk_oncall_prelim",
            "Request: exclude intracranial haemorrhage — headbutted by a cow. Prelim: no intracranial injury, no fracture.",
        ),
        (
            "telerad_template",
            "HISTORY: H/o fall, evaluate for bleed.\nOBSERVATIONS: Mild diffuse cerebral atrophy. Periventricular white matter hypodensities.\nIMPRESSION: Atrophy with small vessel ischemic changes.",
        ),
        (
            "forensic_ct",
            "Coroner's question: was there a head injury with bleeding? PMCT: no fracture, no intracranial blood collection, no contusion.",
        ),
        (
            "concussion_clinic_letter",
            "Dear Dr Lee, I requested an MRI to evaluate for microhaemorrhage given Owen's prolonged symptoms. The MRI with SWI was entirely normal.",
        ),
        ("us_dictation", "CT head for ?ICH in setting of HTN urgency. Impression: No acute findings."),
        (
            "nursing_handover",
            "Bed 5: scan this morning to check for any bleeding after the fall — reported normal. Back to usual obs.",
        ),
        (
            "anticoag_letter",
            "Dear Dr Gupta, we arranged a CT head to look for a bleed because of the new headaches on warfarin; it was normal. INR today 2.4, no dose change.",
        ),
    ],
    "neg_no_acute_named": [
        ("us_dictation", "CT head. Impression: No acute intracranial process. Chronic L MCA infarct."),
        (
            "uk_oncall_prelim",
            "Prelim: no acute intracranial abnormality. Involutional change. Nothing to suggest a mass.",
        ),
        ("anz_report", "CT brain. Conclusion: No acute intracranial pathology. Stable old lacunes."),
        ("telerad_template", "IMPRESSION: No acute intracranial findings. Chronic sinusitis."),
        (
            "neuro_fellow_mri",
            "MRI brain. There is a chronic right cerebellar infarct with ex vacuo dilatation of the fourth ventricle. No acute infarct on diffusion. No mass, no abnormal enhancement. Impression: no acute intracranial abnormality; chronic right cerebellar infarct.",
        ),
        (
            "trauma_progress",
            "Trauma PN: CTH no acute traumatic findings. Pan-scan: L clavicle fx only. Sling, d/c.",
        ),
        ("peds_ed_note", "PED: CT head NAD (nothing abnormal detected). Mild concussion. Discharged."),
        (
            "stroke_team_note",
            "Stroke call 0410: CT no acute changes, CTA no occlusion. Presentation likely migraine with aura. Not lysed.",
        ),
        (
            "forensic_ct",
            "PMCT head: no acute intracranial abnormality; old healed nasal fracture. Decomposition gas in the cerebral vessels.",
        ),
        ("us_dictation", "Head CT. Impression: Negative for acute intracranial abnormality."),
        (
            "anz_report",
            "CT head. Report: The brain appears normal for age. No acute abnormality. Conclusion: Normal.",
        ),
        (
            "telerad_template",
            "Brain CT — Opinion: No acute intracranial event. Old infarct in right occipital lobe.",
        ),
        (
            "uk_oncall_prelim",
            "CT head: no acute intracranial finding. Small vessel disease. Old right frontal burr hole.",
        ),
        ("nursing_handover", "Bed 8: CT head normal, nothing acute. Delirium likely UTI, on antibiotics."),
        (
            "concussion_clinic_letter",
            "Dear Dr Park, Ava's MRI brain showed no acute abnormality. Her vestibular symptoms are improving with physiotherapy.",
        ),
        (
            "neuro_fellow_mri",
            "MRI brain with contrast for seizure. Mesial temporal structures are symmetric in size and signal. No acute infarct. No cortical malformation identified. Impression: unremarkable MRI brain; no acute intracranial process.",
        ),
        ("ed_note", "ED: 78F, mechanical fall, no LOC. CTH no acute. Hip XR neg. Home with daughter."),
    ],
    "neg_other_organ_bleed": [
        (
            "us_dictation",
            "CT abd/pelvis. Impression: Large R retroperitoneal hematoma with active extravasation. IR consulted.",
        ),
        (
            "trauma_progress",
            "Trauma PN: splenic laceration grade III with hemoperitoneum, managed non-op; Hgb stable x3. CTH neg.",
        ),
        ("nursing_handover", "Bed 6: GI bleed, melaena x2 overnight, Hb 72, 2 units in, scope this morning."),
        (
            "anticoag_letter",
            "Dear Dr Ali, Mrs Green had a significant lower GI bleed from diverticular disease in October while on apixaban. After colonoscopy we restarted at the reduced dose.",
        ),
        (
            "stroke_team_note",
            "Stroke unit D3: not lysed (LVO thrombectomy only). Complication: haematuria post catheter, resolved. Groin site haematoma, small.",
        ),
        (
            "peds_ed_note",
            "PED: 12yo recurrent epistaxis, bleeding controlled with packing. FBC normal. ENT f/u.",
        ),
        (
            "concussion_clinic_letter",
            "Dear Dr Ito, Ben also had subconjunctival haemorrhage in the right eye from the blow; this settled. No intracranial abnormality on imaging.",
        ),
        (
            "discharge_summary",
            "Discharge summary. Dx: haemoptysis secondary to bronchiectasis; bronchial artery embolisation. Brain imaging not performed.",
        ),
        ("us_dictation", "CT chest. Impression: Hemothorax R, moderate. Multiple R rib fractures."),
        (
            "anz_report",
            "CT abdomen. Report: Rectus sheath haematoma left, 9 cm, no active bleeding. Conclusion: Left rectus sheath haematoma.",
        ),
        (
            "telerad_template",
            "USG ABDOMEN: Hemorrhagic ovarian cyst right, 4 cm. IMPRESSION: Right hemorrhagic cyst.",
        ),
        (
            "forensic_ct",
            "PMCT: haemopericardium with aortic dissection extending into the pericardial sac. Head: normal.",
        ),
        (
            "trauma_progress",
            "Trauma PN: liver laceration with subcapsular hematoma, stable; pelvic fx w/ extraperitoneal bleed, embolized. Head CT normal.",
        ),
        (
            "nursing_handover",
            "Bed 10: post-op bleeding from the hip wound, dressing changed x2, Hb checked, surgeons aware.",
        ),
        (
            "anticoag_letter",
            "Dear Dr Jones, Mr Kemp's INR was 6.8 with gum bleeding and a large thigh haematoma. Vitamin K given; warfarin withheld 2 days.",
        ),
        (
            "stroke_team_note",
            "Stroke ward round: haematemesis overnight (Mallory-Weiss likely), Hb stable. Aspirin held. Brain CT unchanged infarct, no bleed.",
        ),
        ("us_dictation", "Renal US. Impression: Perinephric hematoma post biopsy, 3 cm, stable."),
    ],
    "neg_structured_template": [
        (
            "telerad_template",
            "NCCT BRAIN REPORT\nIntracranial haemorrhage: NO\nInfarct: Chronic right occipital\nMass: No\nMidline shift: 0 mm\nFracture: No\nRecommendation: Clinical correlation.",
        ),
        (
            "us_dictation",
            "HEAD CT TEMPLATE. Hemorrhage: [ ] present [X] absent. Mass effect: none. Hydrocephalus: none. Fracture: none. Other: R parietal scalp hematoma.",
        ),
        (
            "anz_report",
            "Structured CT head (trauma): Skull: intact | Extra-axial: nil | Parenchyma: normal | Ventricles: normal | Midline: central | Scalp: L frontal haematoma. Summary: no intracranial injury.",
        ),
        (
            "stroke_team_note",
            "THROMBOLYSIS CHECKLIST\nLKW: 1340\nNIHSS: 7\nCT haemorrhage? NO\nHyperdense vessel: YES (R MCA)\nLVO on CTA: YES\nDecision: tPA given 1422, for ECR.",
        ),
        (
            "telerad_template",
            "Parameter | Finding\nEDH | Absent\nSDH | Absent\nSAH | Absent\nIVH | Absent\nInfarct | Old left lacune\nOPINION: No intracranial bleed.",
        ),
        (
            "forensic_ct",
            "PMCT CHECKLIST — HEAD: scalp haematoma N; skull fracture N; extradural N; subdural N; SAH N; brain swelling N. Head: negative.",
        ),
        (
            "uk_oncall_prelim",
            "NICE head injury CT pathway — result: NORMAL. No fracture, no intracranial haemorrhage. Action: discharge per ED with head injury advice.",
        ),
        (
            "nursing_handover",
            "Handover sheet — Bed 14 | Dx: fall, CT head = no bleed | Neuro obs: 4-hrly | GCS: 15 | Anticoag: apixaban (held tonight) | Plan: physio.",
        ),
        (
            "telerad_template",
            "AI TRIAGE: ICH suspected (subdural) — confidence LOW.\nRadiologist verification: NOT CONFIRMED — dense falx/tentorium, no haemorrhage.\nPriority: routine.",
        ),
        (
            "peds_ed_note",
            "PECARN: age >2, GCS 15, no LOC, no vomiting, mechanism not severe = very low risk. CT: not indicated / not done. Intracranial injury: clinically excluded.",
        ),
        (
            "stroke_team_note",
            "Stroke proforma: Imaging result = no ICH; early ischaemic change L insula (ASPECTS 8). Anticoag? none. Lysis: given. NSx contacted? N/A.",
        ),
        (
            "telerad_template",
            "Findings checklist:\n1) Gray-white differentiation: maintained\n2) Hemorrhage: none\n3) Mass effect: nil\n4) Calvarium: intact\n5) Calcification: physiological pineal\nImpression: Normal study.",
        ),
        (
            "us_dictation",
            "Result flag: NON-CRITICAL. ICH = negative. Incidental 8 mm R frontal meningioma. Communicated via routine report.",
        ),
        (
            "anz_report",
            "Modified Fisher grade: 0 ... no SAH or IVH. Aneurysm on CTA: yes (unruptured L MCA 3 mm, incidental). Report verified.",
        ),
        (
            "uk_oncall_prelim",
            "Code: CT HEAD | Bleed: none | Infarct: none | Mass: none | Comparison: none | Report status: prelim (registrar).",
        ),
        (
            "anticoag_letter",
            "Bleeding risk review (HAS-BLED 3)\nPrior major bleed: none\nIntracranial haemorrhage ever: no\nLabile INR: yes\nPlan: switch warfarin to apixaban.",
        ),
        (
            "telerad_template",
            "ICH: N | SDH: N | EDH: N | SAH: N | Fracture: Y (left nasal bone) | Sinus: blood in left maxillary antrum.\nOPINION: Nasal fracture; no intracranial injury.",
        ),
    ],
    "neg_addendum_correction": [
        (
            "us_dictation",
            "ADDENDUM: The 'small L tentorial SDH' in the original report represents normal dense tentorium on coronal reformats. No intracranial hemorrhage. Dr. Cole notified.",
        ),
        (
            "uk_oncall_prelim",
            "Consultant addendum to on-call prelim: the suspected right frontal contusion is beam-hardening artefact from the orbital roof. No haemorrhage. Patient may be discharged.",
        ),
        (
            "anz_report",
            "AMENDED REPORT. The previously described intraventricular haemorrhage is choroid plexus calcification. No intracranial haemorrhage.",
        ),
        (
            "telerad_template",
            "REVISED REPORT (supersedes earlier version): Earlier report mentioned SAH in error (voice recognition). Correct: No subarachnoid haemorrhage. Study normal.",
        ),
        (
            "neuro_fellow_mri",
            "ADDENDUM after attending review: the focus of SWI hypointensity in the right frontal lobe initially called a microhemorrhage is a cortical vein seen in cross-section; it is tubular on adjacent slices. There is no hemorrhage. Impression revised: normal MRI brain.",
        ),
        (
            "forensic_ct",
            "Corrected PMCT summary: the subdural 'haematoma' on the first summary is post-mortem sedimentation in the dural sinuses and hypostasis. No intracranial haemorrhage confirmed at autopsy.",
        ),
        (
            "us_dictation",
            "CORRECTED REPORT: Wrong patient. The report stating acute SDH belonged to another patient and has been removed from this record. This patient's head CT: no acute abnormality.",
        ),
        (
            "uk_oncall_prelim",
            "Discrepancy addendum: the prelim 'SAH' in the basal cisterns is pseudo-SAH due to diffuse oedema post arrest (HU 38). No true subarachnoid haemorrhage.",
        ),
        (
            "anz_report",
            "ADDENDUM. On contrast-enhanced follow up the hyperdensity thought to be haemorrhage in the left basal ganglia has washed out — iodine staining after thrombectomy. No haemorrhagic transformation.",
        ),
        (
            "telerad_template",
            "ADDENDUM: Template field 'Hemorrhage: present' was pre-filled in error. Final: Hemorrhage absent. No acute intracranial abnormality.",
        ),
        (
            "trauma_progress",
            "Trauma PN addendum: radiology amended the CTH — the 'EDH' was the transverse sinus; no intracranial hemorrhage. Neuro checks discontinued, keppra stopped.",
        ),
        (
            "stroke_team_note",
            "Addendum: radiology corrected the prelim — the 'haemorrhage' in the L MCA territory is a hyperdense vessel (thrombus). No ICH. Thrombolysis now given 1045.",
        ),
        (
            "us_dictation",
            "Addendum: Prior read of R frontal IPH corrected — represents a calcified meningioma (CT number 400 HU) unchanged since 2021. No acute hemorrhage.",
        ),
        (
            "anz_report",
            "Report amended: the left convexity collection is CSF density (hygroma), not subdural haematoma as first reported. No acute blood.",
        ),
        (
            "neuro_fellow_mri",
            "Corrected report: the original described hemorrhage in the right orbit as intracranial. On review this is a retrobulbar (intraorbital) hematoma only; the intracranial compartment is normal without hemorrhage.",
            "extracranial",
        ),
        (
            "peds_ed_note",
            "PED addendum: final radiology report revised — the 'possible thin SDH' on prelim is a normal prominent extra-axial space in infancy. No bleed. CP team stood down.",
        ),
        (
            "concussion_clinic_letter",
            "Dear Dr Reid, I must correct my last letter: the radiologist's amended report confirms that the finding I called a haemorrhage on Zoe's MRI is a normal venous structure. There is no bleed and she may progress through return-to-play.",
        ),
    ],
}

TEXTS["pos_note_sections"] += [
    (
        "ed_note",
        "ED NOTE\nCC: headache, vomiting\nPMH: HTN, non-adherent\nExam: BP 220/120, GCS 14, L pronator drift\nResults: CTH — R basal ganglia hemorrhage ~15 mL\nMDM: hypertensive ICH; nicardipine started; NSGY + stroke consulted.",
    ),
    (
        "discharge_summary",
        "DISCHARGE LETTER\nPrincipal diagnosis: Acute-on-chronic left subdural haematoma.\nProcedure: Left burr hole drainage (day 2).\nPost-op CT: small residual subdural collection with air, expected.\nMedications: aspirin stopped.\nFollow-up: CT in 6 weeks.",
    ),
]

TEXTS["neg_note_past_history"] = [
    (
        "ed_note",
        "ED: 66M, PMH SAH 2012 (clipped), HTN. Today: chest pain, troponin neg, ECG normal. No neuro sx. Dx: musculoskeletal chest pain.",
    ),
    (
        "anticoag_letter",
        "Dear Dr Evans, Mrs Dunn had an intracerebral haemorrhage in 2016 and has not been anticoagulated since. For her AF we have now referred her for left atrial appendage occlusion.",
    ),
    (
        "nursing_handover",
        "Bed 1: Mr P, background old brain bleed 2019 with mild L weakness, admitted with pneumonia, on IV abx, sats 94% on 2L.",
    ),
    (
        "trauma_progress",
        "Trauma PN: PMH TBI w/ SDH s/p crani 2017. Current admission: R ankle fx after fall, ORIF tomorrow. CTH this adm neg.",
    ),
    (
        "stroke_team_note",
        "Stroke clinic: 6 months after L thalamic ICH (2025). Residual R sensory loss. BP controlled. Driving: may resume.",
    ),
    (
        "peds_ed_note",
        "PED: 8yo, hx neonatal IVH grade 2 (prem 29wk), now presents with gastroenteritis. Hydrated, home.",
    ),
    (
        "concussion_clinic_letter",
        "Dear Dr Harris, Kai (AFL, 24) had a traumatic subarachnoid haemorrhage as a teenager in 2017, fully recovered. He now attends after a minor knock with brief headache; examination is normal and he can follow the standard return-to-play protocol.",
    ),
    (
        "discharge_summary",
        "Discharge summary. PMHx: SDH 2020 (evacuated), epilepsy since. This admission: breakthrough seizure from missed levetiracetam doses; CT brain showed old left craniotomy changes only.",
    ),
    (
        "us_dictation",
        "Hx: prior R cerebellar hemorrhage 2018. Indication: dizziness. Impression: Encephalomalacia R cerebellum (old). No acute findings.",
    ),
    (
        "anz_report",
        "CT brain. History: previous left frontal ICH (2021). Report: Gliosis and encephalomalacia at the site of the prior haematoma. No new abnormality.",
    ),
    (
        "telerad_template",
        "CLINICAL HISTORY: K/c/o old left thalamic bleed 3 years back.\nFINDINGS: Chronic hypodense gliotic area in left thalamus. No fresh bleed.\nIMPRESSION: Sequelae of old left thalamic bleed.",
    ),
    (
        "neuro_fellow_mri",
        "History of aneurysmal subarachnoid hemorrhage in 2014 treated with coiling. There is mild superficial siderosis over the cerebellar folia consistent with the remote hemorrhage. The coil mass shows no recanalization on MRA. No new hemorrhage, infarct or hydrocephalus. Impression: stable post-coiling appearance.",
    ),
    (
        "anticoag_letter",
        "Anticoagulation review. Family history: father died of a brain haemorrhage aged 60. Personal history of bleeding: none. Plan: continue edoxaban 60 mg.",
    ),
    (
        "nursing_handover",
        "Bed 16: history of a bleed on the brain many years ago, no ongoing issues, admitted for elective knee replacement, day 1 post-op, walking with frame.",
    ),
    (
        "uk_oncall_prelim",
        "Prelim CT head: history of SAH 2010. Old right frontal craniotomy and aneurysm clip; no acute intracranial abnormality.",
    ),
]

LONG_TEXTS: dict[str, list[tuple]] = {
    "pos_note_sections": [
        (
            "discharge_summary",
            "DISCHARGE SUMMARY — Neurosurgery. Patient: 74-year-old man. Admission date: 1 December. Discharge date: 6 December. Presenting complaint: two weeks of worsening headache and new word-finding difficulty after a minor fall at home while on apixaban for atrial fibrillation. Past medical history: atrial fibrillation, type 2 diabetes, hypertension, cataract surgery. Investigations: CT head on admission showed a mixed-density left convexity subdural haematoma measuring 18 mm with 7 mm of rightward midline shift and effacement of the left lateral ventricle. Coagulation: apixaban level 140 ng/mL; andexanet not given, surgery deferred by 12 hours. Hospital course: left frontal and parietal burr holes with drainage of dark altered blood and irrigation on day 1; a subdural drain was removed on day 3. Post-operative CT showed a small residual collection with pneumocephalus and resolution of the shift. His speech returned to normal. Medications on discharge: apixaban withheld, to be reviewed in clinic at 4 weeks; metformin and ramipril continued. Follow-up: neurosurgical clinic with repeat CT in 6 weeks. Advice given on driving and signs of recurrence.",
        ),
        (
            "trauma_progress",
            "TRAUMA SURGERY — HOSPITAL DAY 4 PROGRESS NOTE. Events overnight: none; slept well, pain controlled. Subjective: mild frontal headache, no vomiting, tolerating diet, ambulating to the bathroom with a walker. Objective: T 37.1, HR 82, BP 138/76, RR 16, SpO2 97% on room air. GCS 15, pupils equal and reactive, moving all four limbs, no pronator drift. Chest: decreased breath sounds at the left base, chest tube removed yesterday. Abdomen soft. Labs: Hgb 10.9 (stable), Plt 210, INR 1.1, Na 137. Imaging: repeat CT head this morning demonstrates the right temporal hemorrhagic contusion, now 2.0 cm with more surrounding edema, and the thin traumatic subarachnoid hemorrhage in the right Sylvian fissure, both without new blood or midline shift. Chest X-ray: small left apical pneumothorax unchanged after tube removal. Assessment and plan: 58-year-old pedestrian struck. 1. TBI with right temporal contusion and tSAH — neurosurgery following, continue levetiracetam 7 days, neuro checks every 4 hours, chemical DVT prophylaxis to start tomorrow if stable. 2. Left rib fractures 5 to 8 — incentive spirometry, multimodal analgesia. 3. Disposition: PT/OT evaluation, likely inpatient rehab.",
        ),
        (
            "stroke_team_note",
            "STROKE TEAM ASSESSMENT (code stroke, registrar). Time called: 22:14. Last known well: 21:30, witnessed by wife. History: 61-year-old right-handed man, sudden right arm and face weakness and expressive dysphasia while watching television. Background: hypertension on three agents with poor adherence, smoker, no anticoagulant or antiplatelet use, independent. Examination: BP 212/118, HR 90 regular, glucose 7.2. NIHSS 11 (facial palsy 2, right arm 3, right leg 1, language 2, dysarthria 1, sensory 1, inattention 1). Imaging: non-contrast CT at 22:31 shows an acute intracerebral haemorrhage in the left putamen and external capsule, approximately 24 mL by ABC/2, with no intraventricular extension and 2 mm of midline shift. CTA: no spot sign, no underlying vascular malformation. Decision: thrombolysis contraindicated; not a thrombectomy candidate. Management: intravenous labetalol then GTN infusion to a systolic target of 140 within the hour, head of bed 30 degrees, swallow screen before oral intake, neuro observations hourly for 24 hours. Neurosurgery informed, no surgical intervention planned. Repeat CT at 6 hours or earlier if GCS falls by 2 points. Family updated at the bedside.",
        ),
        (
            "peds_ed_note",
            "PAEDIATRIC EMERGENCY DEPARTMENT NOTE. Patient: 15-month-old girl brought by both parents. History of presenting complaint: found at the bottom of a flight of carpeted stairs by her father about 90 minutes before arrival; cried immediately, then was sleepy in the car and vomited twice. No seizure. Past history: term delivery, immunisations up to date, no previous injuries, no bleeding disorder in the family. Examination: alert now, GCS 15 (paediatric), fontanelle soft, large boggy swelling over the left parietal region, no other bruises, retinae not examined. Observations normal for age. Investigations: CT head performed under the high-risk PECARN criteria shows a left parietal linear skull fracture with a small acute extradural haematoma beneath it, 6 mm in depth, with no midline shift and normal basal cisterns. Full blood count and coagulation screen normal. Assessment: isolated head injury with skull fracture and small extradural haematoma; mechanism consistent with the history and developmental stage. Plan: admit to the paediatric ward under neurosurgery for neuro observations every hour, repeat CT if any deterioration, analgesia with paracetamol, parents updated and comfortable with plan. Safeguarding checklist completed: no concerns identified.",
        ),
    ],
    "neg_note_past_history": [
        (
            "discharge_summary",
            "DISCHARGE SUMMARY — General Medicine. Patient: 79-year-old woman. Reason for admission: community-acquired pneumonia of the right lower lobe with delirium. Past medical history: left occipital lobar intracerebral haemorrhage in 2019 attributed to cerebral amyloid angiopathy, with a residual right homonymous hemianopia; hypertension; osteoarthritis of both knees; previous right hip replacement. She has not taken anticoagulants or antiplatelets since the 2019 haemorrhage. Hospital course: treated with intravenous amoxicillin and oral clarithromycin, switched to oral antibiotics on day 3; oxygen weaned by day 4. Delirium settled as the infection improved, and a CT head on day 2, done because of the confusion, showed the old encephalomalacia in the left occipital lobe and moderate small vessel disease with no acute abnormality. She was reviewed by physiotherapy and is mobilising with a stick as before. Medications on discharge: amlodipine, paracetamol, seven more days of amoxicillin. Follow-up: GP review in one week; chest X-ray in six weeks to confirm resolution. The hemianopia is unchanged and she is not driving.",
        ),
        (
            "anticoag_letter",
            "ANTICOAGULATION CLINIC LETTER. Dear Dr Moreno, thank you for asking us to see Mr Haddad, a 70-year-old man with permanent atrial fibrillation (CHA2DS2-VASc 4) and no valve disease. His history is important: in 2020 he had a traumatic subdural haematoma after a fall from a ladder while taking warfarin, which was evacuated through a craniotomy, and he made a full recovery; there was no recurrence on the follow-up scans in 2021. Since then he has been on no anticoagulation. He has had no falls in the last three years, drinks no alcohol, and his renal function is normal (eGFR 78). After discussion of the balance between stroke risk and the risk of a further bleed, and with his neurosurgeon's agreement, we have started apixaban 5 mg twice daily today. We have given written information on symptoms of bleeding, and he knows to attend the emergency department after any head injury. We will review him in the clinic in eight weeks with a full blood count and renal function. Yours sincerely, anticoagulation nurse specialist.",
        ),
    ],
    "neg_plain": [
        (
            "concussion_clinic_letter",
            "SPORTS CONCUSSION CLINIC — CLINIC LETTER. Dear Dr Whitfield, I saw Noah, a 20-year-old rugby union flanker, today, eleven days after a head clash in a club match. He was not knocked out but was dazed for about a minute and had headache, fogginess and light sensitivity that evening. He was assessed in the emergency department the same night, where a CT brain was performed because of persistent vomiting; it showed no intracranial haemorrhage, no contusion and no skull fracture. Since then his symptom score has fallen from 38 to 4, mostly mild headache after screen time. On examination today his neurological examination, balance testing and vestibular-ocular screen are normal, and his computerised cognitive testing is back to his pre-season baseline. Plan: he will continue the graded return-to-learn and return-to-sport stages, moving to non-contact training once he has been symptom-free for 48 hours at each stage, and he will need medical clearance from our clinic before full-contact training. I have discussed the warning signs that should prompt an urgent review. Kind regards, sports physician.",
        ),
    ],
    "neg_ruled_out": [
        (
            "discharge_summary",
            "DISCHARGE SUMMARY — Emergency Short-Stay Unit. Patient: 84-year-old man on warfarin for a mechanical aortic valve (target INR 2.5 to 3.5). Reason for admission: unwitnessed fall at home at night with a laceration to the right eyebrow; uncertain whether he lost consciousness. Investigations: INR 3.1 on arrival. CT head on arrival and a second CT head at 24 hours, performed under the local anticoagulated head-injury protocol, both excluded intracranial haemorrhage and skull fracture; a small right periorbital soft-tissue swelling was noted. ECG showed sinus rhythm with first-degree heart block; 24-hour telemetry captured no pauses. Lying and standing blood pressures showed a postural drop of 30 mmHg, which was attributed to his recently increased doxazosin dose. Hospital course: the laceration was closed with adhesive strips, doxazosin was stopped, and he was reviewed by the falls team and physiotherapy, who were satisfied with his mobility with a frame. Warfarin was continued without interruption. Follow-up: INR check in five days at the anticoagulation clinic; GP to review blood pressure in two weeks; outpatient falls clinic. Return advice for head injury given to him and his son.",
        ),
    ],
}


def rows() -> list[dict]:
    return numbered((TEXTS, LONG_TEXTS), REPORT_STYLES, 10, "h10")


def main() -> None:
    write(OUT, rows())


if __name__ == "__main__":
    main()
