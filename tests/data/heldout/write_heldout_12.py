# ruff: noqa: E501  (report texts are kept on one line each)
"""Held-out set 12 (set 10's 23 kinds), written by hand by `blind12`; run to rebuild heldout-12.jsonl.

Every text was invented for this set, blind to the rule tier, the text layer and every other set's texts. Each
entry is (style, text) or (style, text, assertion) where the assertion differs from the kind's default. The style
says which kind of author wrote it; ``doc_type`` (report or note) is derived from it. ``LONG_TEXTS`` holds the
long notes, letters and reports (150 words or more), kept apart only for readability. The order in the JSONL is a
fixed shuffle (seed 12).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from heldout_writer import numbered, write

OUT = Path(__file__).with_name("heldout-12.jsonl")

# styles written as radiology reports (a radiologist's own report, template or prelim/final pair); every other
# style is a note, letter, email, meeting summary or checklist
REPORT_STYLES = {
    "euro_nonnative_report",
    "sea_report",
    "va_template",
    "bullet_report",
    "neonatal_us",
    "resident_attending",
}

TEXTS: dict[str, list[tuple]] = {
    "pos_plain": [
        (
            "euro_nonnative_report",
            "CT cerebrum without contrast. There is a fresh bleeding in the left basal ganglia, ca 3 x 2 cm, with some oedema around. Small break-through to the left lateral ventricle. No herniation. Conclusion: Acute intracerebral haemorrhage left basal ganglia with ventricular break-in.",
        ),
        (
            "sea_report",
            "NON-CONTRAST CT BRAIN\nHistory: Fall at the void deck, GCS 14.\nThere is an acute right frontotemporal subdural haematoma measuring up to 9 mm in thickness with 4 mm leftward midline shift.\nImpression: Acute right subdural haematoma. Neurosurgery informed by phone.",
        ),
        (
            "va_template",
            "EXAM: CT HEAD W/O CONTRAST\nIMPRESSION:\n1. Acute subarachnoid hemorrhage in the basal cisterns and bilateral sylvian fissures, thick, Fisher grade 3 pattern.\n2. Mild hydrocephalus.\nResults were communicated via telephone to Dr. Hallorann by Dr. Vance at 0312 on the date of the exam, with read-back.",
        ),
        (
            "bullet_report",
            "CT head:\n• acute left parietal lobar haemorrhage, about 28 mL (ABC/2)\n• surrounding low-density oedema\n• 3 mm midline shift\n• no hydrocephalus",
        ),
        (
            "neonatal_us",
            "CRANIAL ULTRASOUND (day 3), 26+4 weeks GA. Bilateral germinal matrix haemorrhage: left grade II with blood filling less than half of the ventricle, right grade I. No parenchymal involvement. Ventricular index within normal limits.",
        ),
        (
            "resident_attending",
            "PRELIMINARY (PGY-2, 02:10): Small acute SDH along the left tentorium, ~3 mm. FINAL (attending, 08:05): Agree. Thin acute left tentorial subdural hematoma. No other intracranial hemorrhage.",
        ),
        (
            "ringside_note",
            "Ringside physician note, bout 6, round 4: fighter (blue corner) down after a right hook, slow to rise, vomited once in the locker room. Transferred by ambulance; CT at the receiving hospital shows a 7 mm acute left convexity subdural hematoma. Neurosurgery consulted, licence suspension recommended.",
        ),
        (
            "hemonc_note",
            "Heme/Onc progress: AML day 12 of induction, plt 6k this morning despite transfusion. New headache overnight. CT head: acute right occipital intraparenchymal hemorrhage 2.4 cm. Platelet goal >50k, FFP/cryo per protocol, neurosurgery aware.",
        ),
        (
            "ed_mdm",
            "MDM: 71M on apixaban, ground-level fall. Non-con CT head shows acute SAH in the right central sulcus, traumatic pattern, no IPH. Andexanet given per protocol, NSGY consulted, admitted to neuro ICU for repeat imaging in 6 h.",
        ),
        (
            "email_quoted",
            "Hi Priya, see the CT read for bed 14 below, the family is asking:\n> IMPRESSION: Acute hemorrhage within the fourth ventricle and a small left cerebellar hematoma.\n> No hydrocephalus at this time.\nCan you call them after rounds? Thanks, Mark",
        ),
        (
            "tumor_board",
            "Neuro-oncology tumour board, case 4: 58F metastatic melanoma. Today's MRI: new 14 mm left frontal lesion with intrinsic T1 shortening and surrounding oedema, an acute haemorrhagic metastasis; two further non-haemorrhagic lesions. Plan: SRS to all three, hold dabrafenib.",
        ),
        (
            "euro_nonnative_report",
            "MRT Schädel / MRI head. Finding: In the right thalamus a 12 mm acute intracerebral bleeding with a small rim of oedema. No further bleedings. Assessment: Fresh thalamic bleeding right, most likely hypertensive origin.",
        ),
        (
            "occ_health_letter",
            "Dear Dr Lindqvist, re fitness to drive (HGV). Mr Aalto collapsed at the depot on 3 March with a spontaneous left cerebellar haemorrhage. His repeat CT on 20 March still shows the haematoma, now 1.6 cm and resolving. He must not drive a heavy goods vehicle and must inform the licensing authority; I will review him at six months.",
        ),
        (
            "palliative_note",
            "Hospice admission note: 88F, advanced dementia, brought from the nursing home after a fall. CT at the outside ED: large acute-on-chronic right subdural hematoma with 11 mm shift; family and neurosurgery agreed no surgery. Goals: comfort only, morphine PRN, chaplain visit.",
        ),
        (
            "va_template",
            "IMPRESSION:\n1. 1.1 cm acute hemorrhage in the left pons.\n2. Chronic small vessel ischemic change.\nResults were communicated via secure chat to ED attending Dr. Ruiz at 1422.",
        ),
    ],
    "pos_described_unnamed": [
        (
            "euro_nonnative_report",
            "CT head. Along the right convexity a crescent-shaped hyperdense extra-axial collection, maximal 8 mm, with effacement of the sulci. Slight shift of the midline to the left, 3 mm. Ventricles otherwise normal.",
        ),
        (
            "sea_report",
            "NCCT BRAIN: Hyperdense material is seen filling the suprasellar and ambient cisterns and extending into both Sylvian fissures. Early temporal horn dilatation. Suggest CT angiography of the circle of Willis.",
        ),
        (
            "va_template",
            "FINDINGS: Biconvex hyperattenuating extra-axial collection overlying the left temporal lobe measuring 1.3 cm, with an overlying nondisplaced temporal bone fracture crossing the groove of the middle meningeal artery.\nIMPRESSION:\n1. Lentiform hyperdense left temporal extra-axial collection, as above.\nResults were communicated via phone to trauma surgery at 0145.",
        ),
        (
            "bullet_report",
            "Findings –\n– dependent hyperdense layering in both occipital horns\n– no hydrocephalus\n– grey-white differentiation preserved",
        ),
        (
            "neonatal_us",
            "Cranial US: echogenic material fills the right lateral ventricle, which is dilated, with an adjacent fan-shaped echogenic area in the right periventricular white matter. Left side: small echogenic focus at the caudothalamic groove.",
        ),
        (
            "resident_attending",
            "Resident prelim: no acute findings. Attending final: I disagree with the prelim. There is a thin hyperdense crescent along the posterior falx and the left tentorial leaf, new since the outside CT of 2 days ago. Discussed with the resident and with the ED.",
        ),
        (
            "ed_mdm",
            "MDM: CT head read by radiology as a hyperdense focus in the left frontal sulci, 6 mm, at the site of the scalp swelling. Given the mechanism and his anticoagulation, treating it as traumatic and admitting for observation and a repeat CT.",
        ),
        (
            "ringside_note",
            "Ringside: after the TKO the fighter complained of the worst headache of his life; CT at the partner hospital reads linear high attenuation in the interpeduncular cistern and along the right sylvian fissure. Medical suspension indefinite pending neurosurgical review.",
        ),
        (
            "hemonc_note",
            "Onc note: ITP flare, plt 3. MRI this morning: a 2 cm right parietal lesion with a fluid–fluid level and a T1-hyperintense rim, no enhancement, new since the staging MRI.",
        ),
        (
            "sea_report",
            "CRANIAL CT SCAN (PLAIN): There is an ovoid hyperdense focus (62 HU) in the left thalamus measuring 1.8 x 1.2 cm with perifocal hypodensity. The third ventricle is slightly compressed. IMPRESSION: Left thalamic hyperdense lesion with perifocal edema, as described, in this hypertensive patient.",
        ),
        (
            "email_quoted",
            "> FINDINGS: Hyperdense fluid layers in the dependent portions of the lateral ventricles and a hyperdense cast fills the fourth ventricle.\nPaul, this is the lady from the stroke alert, I'm calling neurosurgery now.",
        ),
        (
            "rehab_admission",
            "Rehab admission. Imaging from the acute hospital: CT day 1 a 4 cm hyperdense mass in the right putamen with surrounding hypodensity and 5 mm shift; repeat CT day 5 unchanged in size, density decreasing. Deficits: dense left hemiparesis.",
        ),
        (
            "euro_nonnative_report",
            "CT hersenen. In the left cerebellar hemisphere a spontaneous hyperdense area of 2.5 cm, with slight compression of the fourth ventricle. No hydrocephalus yet.",
        ),
        (
            "va_template",
            "FINDINGS: Increased attenuation within several sulci of the bilateral frontal lobes and along the anterior interhemispheric fissure, new compared to 6 hours earlier.\nIMPRESSION:\n1. Sulcal hyperattenuation as above in this trauma patient.\nResults were communicated via telephone to PA Lorne at 1920.",
        ),
        (
            "nicu_note",
            "NICU day 4, 25-weeker: head US today shows new echogenic material in both lateral ventricles with ventricular dilatation; parents updated by Dr Mbeki, repeat US in 48 h, head circumference daily.",
        ),
    ],
    "pos_findings_only": [
        (
            "euro_nonnative_report",
            "Findings: Acute subdural bleeding over the left hemisphere, 6 mm. Small contusion bleedings in the right temporal pole. The ventricles are normal in size. No fractures.",
        ),
        (
            "sea_report",
            "FINDINGS:\nThere is a small acute intraventricular haemorrhage in the occipital horn of the left lateral ventricle.\nNo intraparenchymal haematoma.\nThe basal cisterns are patent.\nThe calvarium is intact.",
        ),
        (
            "va_template",
            "FINDINGS:\nBrain: Acute hemorrhage in the right caudate head with intraventricular extension into the frontal horn.\nVentricles: mild enlargement.\nExtra-axial: none.\nBones: unremarkable.",
        ),
        (
            "bullet_report",
            "* Acute SAH in the left sylvian fissure\n* Small SDH along the falx, 3 mm\n* Orbits: normal\n* Paranasal sinuses: clear",
        ),
        (
            "neonatal_us",
            "Cranial ultrasound, coronal and sagittal views through the anterior fontanelle: right germinal matrix haemorrhage, grade I, measuring 5 mm at the caudothalamic notch. Ventricles of normal size. Normal midline structures.",
        ),
        (
            "resident_attending",
            "Prelim (resident): acute epidural hematoma, right parietal, 1.4 cm thick. Final (attending): acute right parietal epidural hematoma, 14 mm, with an underlying linear fracture and 5 mm leftward shift.",
        ),
        (
            "sea_report",
            "FINDINGS: Acute haemorrhage in the left external capsule measuring 3.2 x 1.5 cm with mild mass effect on the left lateral ventricle. Old lacunes in both thalami. Atherosclerotic calcification of the carotid siphons.",
        ),
        (
            "email_quoted",
            "> FINDINGS:\n> Small amount of acute subarachnoid blood in the right frontal convexity sulci.\n> No midline shift.\n(forwarded to the trauma team list)",
        ),
        (
            "va_template",
            "FINDINGS: There is a 2.8 x 2.3 cm acute intraparenchymal hematoma in the left occipital lobe with a thin rim of edema. No intraventricular extension. Ventricles are normal in size. Mastoid air cells clear.",
        ),
        (
            "euro_nonnative_report",
            "Findings: Subacute subdural haematoma on the right side, mixed density, thickness 15 mm, midline shift 7 mm to the left. The left side is without collection.",
        ),
        (
            "bullet_report",
            "Findings: acute SDH left frontoparietal, 9 mm; midline shift 4 mm; no herniation; right frontal scalp swelling; no fracture.",
        ),
        (
            "neonatal_us",
            "Head ultrasound (term neonate, forceps delivery): echogenic crescentic collection along the right tentorium and in the posterior fossa, a small subdural haemorrhage; brain parenchyma normal; Doppler RI 0.72.",
        ),
        (
            "va_template",
            "FINDINGS:\nMRI brain: Susceptibility artifact and T1 hyperintense signal in a 1.9 cm left frontal hematoma, early subacute stage. Surrounding T2/FLAIR edema. No restricted diffusion elsewhere.",
        ),
        (
            "sea_report",
            "FINDINGS: Hyperdense acute blood in the interhemispheric fissure and both Sylvian fissures. Temporal horns prominent. No infarct.",
        ),
        (
            "euro_nonnative_report",
            "Findings: Small bleeding in the right lateral ventricle, occipital horn, layering. Periventricular white-matter changes. No infarct.",
        ),
    ],
    "pos_hedged_query": [
        (
            "euro_nonnative_report",
            "Conclusion: Small hyperdensity in a left frontal sulcus, can be a small subarachnoid bleeding, differential diagnosis a vessel. Control CT recommended.",
        ),
        (
            "sea_report",
            "IMPRESSION: Subtle hyperdensity along the left tentorium, possibly a thin subdural haematoma. Suggest clinical correlation and a follow-up CT.",
        ),
        (
            "va_template",
            "IMPRESSION:\n1. Questionable tiny focus of subarachnoid hemorrhage in the right parietal sulcus versus volume averaging. Recommend short-interval follow-up.\nResults were communicated via telephone to Dr. Feld at 2210.",
        ),
        (
            "resident_attending",
            "RESIDENT PRELIM: ?small SAH L sylvian. ATTENDING FINAL: Subtle hyperdensity in the left Sylvian fissure; a small subarachnoid haemorrhage cannot be excluded. CTA suggested.",
        ),
        (
            "ed_mdm",
            "MDM: CT equivocal, radiology reports a possible small right temporal contusion and cannot exclude artifact from the petrous ridge. Will repeat CT at 6 h, neuro checks q1h, hold aspirin.",
        ),
        (
            "neonatal_us",
            "Cranial US: slightly increased echogenicity at the left caudothalamic groove, possible small germinal matrix haemorrhage (grade I). Repeat scan in one week.",
        ),
        (
            "hemonc_note",
            "Heme note: plt 9, new confusion. CT read as probable small left parietal hemorrhage, cannot be distinguished from a hyperdense metastasis without contrast. MRI ordered, transfuse to >50.",
        ),
        (
            "email_quoted",
            "> IMPRESSION: Findings suspicious for a small acute subdural haematoma along the right frontal convexity.\n> Clinical correlation.\nSeems borderline to me, can we discuss at 4?",
        ),
        (
            "ringside_note",
            "Post-fight: CT reported as equivocal, ?thin SDH over the left convexity. Fighter admitted for observation; suspended pending MRI.",
        ),
        (
            "sea_report",
            "IMPRESSION: Small hyperdensity in the right basal ganglia, to consider a small hemorrhage versus calcification. Suggest repeat CT.",
        ),
        (
            "va_template",
            "IMPRESSION:\n1. Findings may represent early hemorrhagic transformation of the left MCA infarct.\n2. No midline shift.\nResults were communicated via the critical results system to Dr. Osei at 1105.",
        ),
        (
            "euro_nonnative_report",
            "Assessment: Suspicion of a small bleeding in the left cerebellar hemisphere; MR is recommended for clarification.",
        ),
        (
            "palliative_note",
            "Palliative review: son asks why mum is drowsier. CT last night: possibly a small new bleed on the right, not certain. We agreed not to repeat scanning; focus on comfort.",
        ),
        (
            "bullet_report",
            "Impression:\n• likely small acute SAH, right frontal sulci (trauma)\n• no mass effect\n• consider repeat CT in 24 h",
        ),
        (
            "nicu_note",
            "NICU: head US reported as query small right-sided IVH, radiologist to review with a repeat scan tomorrow; Hb stable, fontanelle not bulging.",
        ),
    ],
    "pos_imaging_descriptor_mri_cta": [
        (
            "euro_nonnative_report",
            "MR caput. SWI shows blooming with a rim in the left temporal lobe, 11 mm, with T1 hyperintense centre in keeping with a subacute bleeding (methaemoglobin). No enhancement.",
        ),
        (
            "va_template",
            "CTA HEAD/NECK\nIMPRESSION:\n1. Left putaminal intraparenchymal hematoma with a positive spot sign (contrast extravasation), predictive of expansion.\n2. No aneurysm or AVM.\nResults were communicated via telephone to the stroke team at 0540.",
        ),
        (
            "sea_report",
            "MRI BRAIN: Multiple foci of susceptibility blooming in the corpus callosum and at the grey-white junction, consistent with haemorrhagic diffuse axonal injury after the motorcycle accident.",
        ),
        (
            "bullet_report",
            "MRI findings:\n– T1 hyperintense, T2 hypointense right frontal lesion: early subacute haematoma (intracellular methaemoglobin)\n– surrounding FLAIR oedema\n– no underlying mass on post-contrast",
        ),
        (
            "tumor_board",
            "Tumour board summary: 44M glioblastoma, post-resection MRI day 2. Within the resection cavity there is T1-hyperintense blood product and a thin fluid–blood level; no residual enhancing tumour. Discussed: chemoradiation once the postoperative haematoma is stable.",
        ),
        (
            "resident_attending",
            "Prelim: CTA negative for LVO. Final (attending): CTA negative for large-vessel occlusion; however, there is a 9 mm right parietal cortical hematoma next to a cortical vein that does not opacify, suggesting venous thrombosis with a hemorrhagic venous infarct.",
        ),
        (
            "va_template",
            "MRI BRAIN W/WO\nIMPRESSION:\n1. Gradient-echo shows a 7 mm pontine cavernous malformation with a dark hemosiderin rim and surrounding T1-bright signal, consistent with recent hemorrhage.\nResults were communicated via EHR message to Dr. Bhat.",
        ),
        (
            "neonatal_us",
            "Term-equivalent MRI after the cranial US series: SWI signal loss lining the right lateral ventricle and a T1-bright clot in the occipital horn, indicating intraventricular haemorrhage; periventricular white matter normal.",
        ),
        (
            "euro_nonnative_report",
            "MRI: In the left occipital lobe a lesion with T2* signal loss and peripheral T1 hyperintensity, typical for a subacute intracerebral haematoma, about 2 cm. Underlying cause not visible; CTA without vascular malformation.",
        ),
        (
            "sea_report",
            "CT ANGIOGRAM: There is a 7 mm aneurysm at the anterior communicating artery. Non-contrast images show subarachnoid haemorrhage in the interhemispheric fissure and a small frontal haematoma adjacent to the aneurysm dome.",
        ),
        (
            "hemonc_note",
            "Onc: staging MRI today shows three metastases, the right occipital one with blooming on SWI and T1 shortening consistent with intratumoral haemorrhage. Holding bevacizumab.",
        ),
        (
            "ed_mdm",
            "MDM: CTA shows extravasation of contrast into a 3 cm right temporal hematoma (spot sign positive). BP target below 140, reversal given, NSGY at the bedside.",
        ),
        (
            "email_quoted",
            "> MRI: Superficial siderosis along the cerebellar folia and new T1-hyperintense subarachnoid signal in the right sylvian fissure consistent with recent subarachnoid hemorrhage.\nNeurology wants this added to the case list.",
        ),
        (
            "va_template",
            "IMPRESSION:\n1. More than 20 peripheral lobar microhemorrhages and a new 2.4 cm right parietal lobar hematoma on SWI and FLAIR, in a pattern suggestive of cerebral amyloid angiopathy.\nResults were communicated via phone to the neurology resident at 1640.",
        ),
        (
            "rehab_admission",
            "Rehab admission: MRI before transfer showed the left thalamic haematoma in the late subacute phase (T1-bright rim, T2-hyperintense centre), 14 mm, with no new haemorrhage. Deficits: right hemiparesis, sensory loss.",
        ),
    ],
    "pos_indication_then_finding": [
        (
            "va_template",
            "CLINICAL HISTORY: Fall, on warfarin, evaluate for intracranial hemorrhage.\nIMPRESSION:\n1. Acute left convexity subdural hematoma, 7 mm, with 2 mm shift.\nResults were communicated via telephone to Dr. Sato at 0930.",
        ),
        (
            "euro_nonnative_report",
            "Question: Bleeding? Anticoagulated patient with headache. Answer: Yes, a 2 cm fresh bleeding in the right occipital lobe without mass effect.",
        ),
        (
            "sea_report",
            "CLINICAL INFORMATION: ?SAH, thunderclap headache while exercising at the gym.\nIMPRESSION: Diffuse acute subarachnoid haemorrhage, most prominent in the basal cisterns.",
        ),
        (
            "bullet_report",
            "Indication: r/o ICH after assault.\nResult:\n• small acute left temporal contusion with haemorrhagic foci\n• thin left frontal SDH, 3 mm",
        ),
        (
            "neonatal_us",
            "Indication: IVH screening, 27 weeks, day 3. Result: left grade II intraventricular haemorrhage; right side normal.",
        ),
        (
            "email_quoted",
            "Subject: CT result for Mrs K\n> Reason for exam: assess for bleed, on rivaroxaban, fell.\n> Impression: Small acute right parietal subarachnoid hemorrhage.\nPlease let her GP know.",
        ),
        (
            "ed_mdm",
            "MDM: differential for headache and vomiting included SAH, migraine and CO exposure. CT head obtained: acute SAH in the prepontine cistern. CTA pending, NSGY consulted, nimodipine started.",
        ),
        (
            "anaesthesia_preop",
            "Pre-op assessment: booked for urgent craniotomy. The CT was requested to exclude an intracranial bleed after collapse; it shows a 4 cm left frontal intracerebral haematoma with 8 mm shift. ASA 4E, Mallampati II, last meal 6 h ago, RSI planned.",
        ),
        (
            "resident_attending",
            "INDICATION: eval for hemorrhage. PRELIM: negative. FINAL: small acute hemorrhage layering in the right occipital horn, not seen on the preliminary read; team notified by the attending at 0720.",
        ),
        (
            "sea_report",
            "HISTORY: R/O intracranial bleed, post-MVA.\nFINDINGS: Acute extradural haematoma in the right temporal region, 11 mm, with an underlying squamous temporal bone fracture.",
        ),
        (
            "va_template",
            "REASON FOR STUDY: Rule out bleed, new left weakness.\nIMPRESSION:\n1. Acute right thalamic hemorrhage with intraventricular extension.\nResults were communicated via direct conversation with the stroke fellow at 1712.",
        ),
        (
            "euro_nonnative_report",
            "Clinical question: Intracranial bleeding after fall from a horse? Answer: Contusion bleedings in both frontal lobes, the largest 15 mm on the right. No subdural bleeding.",
        ),
        (
            "ringside_note",
            "Reason for CT: rule out bleed after the knockout. CT: small acute subdural haematoma along the falx. Fighter suspended 180 days, neurosurgery follow-up.",
        ),
        (
            "hemonc_note",
            "Reason for CT: exclude ICH, plt 4, headache. Result: acute left frontal ICH 1.5 cm, no IVH. Platelets transfused to >100, heme consult to ICU.",
        ),
        (
            "nicu_note",
            "NICU: head US done to exclude IVH after a rough transfer from the referring hospital. It shows bilateral grade I–II IVH, right larger than left. Repeat scan Friday.",
        ),
    ],
    "pos_known_no_veto": [
        (
            "va_template",
            "IMPRESSION:\n1. Known left subdural hematoma, slightly decreased, now 8 mm, with interval layering and a hematocrit level.\n2. No new hemorrhage elsewhere.\nResults were communicated via EHR message to the ordering provider.",
        ),
        (
            "euro_nonnative_report",
            "Control CT. The known subdural bleeding on the right is unchanged, 10 mm. No new bleedings. Midline is now normal.",
        ),
        (
            "sea_report",
            "COMPARISON: CT 2 days ago.\nThe known right basal ganglia haematoma is stable in size at 2.5 cm with expected evolution. No new intracranial haemorrhage. No hydrocephalus.",
        ),
        (
            "bullet_report",
            "Follow-up CT:\n– known SAH, less dense, still in the left sylvian fissure\n– no new bleed\n– no hydrocephalus\n– EVD tip in the right frontal horn",
        ),
        (
            "neonatal_us",
            "Repeat cranial US (day 10): the known left grade III IVH is still present, the clot now retracting; ventricles stable in size. No new haemorrhage; no periventricular haemorrhagic infarction.",
        ),
        (
            "rehab_admission",
            "Rehab admission note, A/P: 1. Right frontal traumatic ICH (known); CT on transfer day shows a residual 1.2 cm haematoma and no new hemorrhage. Levetiracetam to day 7, PT/OT daily.",
        ),
        (
            "neurosurg_letter",
            "Dear Dr Moreno, I reviewed Mrs Dale in clinic. Her CT today shows the known left chronic subdural haematoma, 12 mm, unchanged from last month, with no new bleeding and no shift. She is well; I have not offered surgery and will repeat the CT in six weeks.",
        ),
        (
            "ed_mdm",
            "MDM: return visit, known small traumatic SAH from 3 days ago. Repeat CT today: the right parietal SAH is still visible, decreasing; no new intracranial bleed. Discharged with concussion instructions.",
        ),
        (
            "hemonc_note",
            "Heme progress: known left parietal haemorrhage (thrombocytopenic) stable on repeat CT, no new bleeding; plt 41 post-transfusion.",
        ),
        (
            "email_quoted",
            "> COMPARISON: 3/14.\n> Stable 6 mm right subdural hematoma. No new hemorrhage. No midline shift.\nSo no change, OK to restart his aspirin?",
        ),
        (
            "va_template",
            "IMPRESSION:\n1. Evolving left cerebellar hemorrhage, decreased in density, unchanged in size.\n2. No new intracranial hemorrhage. No hydrocephalus.\nResults were communicated via phone to Dr. Amaro at 0815.",
        ),
        (
            "euro_nonnative_report",
            "Control after 24 hours: the small contusion bleeding in the left temporal lobe has become a little bigger, now 14 mm. Otherwise no new bleeding.",
        ),
        (
            "palliative_note",
            "Palliative note: her known large left ICH is unchanged on yesterday's CT, no further bleeding. Comfort care continues; family at the bedside.",
        ),
        (
            "sea_report",
            "IMPRESSION: Known bilateral chronic subdural haematomas with an acute component on the left, thickness 14 mm. No new haemorrhage elsewhere.",
        ),
        (
            "resident_attending",
            "PRELIM: stable SDH, no new bleed. FINAL: agree; the right convexity subdural hematoma is stable at 7 mm. No new hemorrhage.",
        ),
    ],
    "pos_mimic_with_blood": [
        (
            "va_template",
            "IMPRESSION:\n1. Bilateral frontal subdural hygromas with a new hyperdense component on the right, representing acute hemorrhage into the hygroma.\nResults were communicated via telephone to Dr. Kline at 1530.",
        ),
        (
            "euro_nonnative_report",
            "Calcified falx and choroid plexus (normal). However, there is also a fresh bleeding in the left caudate nucleus, 1.5 cm.",
        ),
        (
            "sea_report",
            "Dense basal ganglia calcifications bilaterally. Separately, there is a small acute subdural haematoma along the left tentorium.",
        ),
        (
            "bullet_report",
            "• contrast staining of the left caudate after thrombectomy, as expected\n• PLUS a separate acute SAH in the right sylvian fissure, not contrast: it persists on the 24 h scan",
        ),
        (
            "tumor_board",
            "Tumour board: subdural empyema drained last week; follow-up MRI shows residual empyema AND a new acute subdural haemorrhage along the left convexity, confirmed at re-exploration.",
        ),
        (
            "email_quoted",
            "> Hyperdense basilar artery sign (thrombus) is present.\n> In addition, acute subarachnoid hemorrhage in the prepontine cistern.\nStroke team, FYI.",
        ),
        (
            "va_template",
            "FINDINGS: Diffuse cerebral edema with apparent hyperdensity of the basal cisterns, partly pseudo-subarachnoid; however, true subarachnoid blood is present in the right sylvian fissure (68 HU).\nIMPRESSION:\n1. Diffuse anoxic edema.\n2. Small-volume true subarachnoid hemorrhage, right sylvian fissure.\nResults were communicated via phone to the MICU.",
        ),
        (
            "neonatal_us",
            "Cranial US: bilateral choroid plexus cysts (benign variant). In addition, left germinal matrix haemorrhage, grade I.",
        ),
        (
            "euro_nonnative_report",
            "Post-thrombectomy CT: hyperdensity in the left putamen that persists on the dual-energy iodine-subtracted images, so this is a haemorrhage and not only contrast. Small haemorrhagic transformation left.",
        ),
        (
            "sea_report",
            "IMPRESSION: Right subdural hygroma with layering acute haemorrhage (haematohygroma). 4 mm midline shift.",
        ),
        (
            "hemonc_note",
            "Onc note: known calcified meningioma, stable. New finding on CT today: acute right parietal intraparenchymal haemorrhage, unrelated to the meningioma; plt 12.",
        ),
        (
            "resident_attending",
            "Prelim: likely calcification, no bleed. Final (attending): the hyperdensity in the left frontal sulci is not calcification; it is acute subarachnoid haemorrhage, absent on the admission CT.",
        ),
        (
            "ed_mdm",
            "MDM: CT shows a hyperdense MCA sign on the left but ALSO a small left frontal ICH, so tPA is contraindicated. Neurosurgery and stroke aware.",
        ),
        (
            "bullet_report",
            "Impression: subdural effusion right (CSF density) – and a new hyperdense acute bleed in the same collection since yesterday; 5 mm shift.",
        ),
        (
            "va_template",
            "IMPRESSION:\n1. Left frontal abscess with ring enhancement.\n2. Internal susceptibility and a blood-fluid level within the abscess cavity, consistent with hemorrhage.\nResults were communicated via the critical results line.",
        ),
    ],
    "pos_non_english_accents": [
        (
            "euro_nonnative_report",
            "DT hjärna: Akut blödning i vänster thalamus, 15 mm. / CT brain: acute haemorrhage in the left thalamus, 15 mm, no ventricular breakthrough.",
        ),
        (
            "euro_nonnative_report",
            "CT cerebrum: Akut subduralt hæmatom højresidigt, 9 mm. English summary: acute right subdural haematoma, 9 mm, with 3 mm midline shift.",
        ),
        (
            "euro_nonnative_report",
            "CCT nativ: Frische Subarachnoidalblutung, basal betont, Befund telefonisch übermittelt. — Acute subarachnoid haemorrhage, predominantly basal (Fisher 3).",
        ),
        (
            "euro_nonnative_report",
            "CT hersenen: intracerebrale bloeding rechts frontaal, ca. 3 × 2 cm. Patiënt gebruikt een DOAC. — Right frontal intracerebral haemorrhage, approx. 3 × 2 cm.",
        ),
        (
            "euro_nonnative_report",
            "Pään TT: vasemmalla akuutti subduraalivuoto, paksuus 8 mm. In English: acute left subdural haematoma, 8 mm.",
        ),
        (
            "euro_nonnative_report",
            "TS höfuð: bráð blæðing í hægra hnakkablaði. Acute intracerebral bleeding in the right occipital lobe, 2 cm.",
        ),
        (
            "sea_report",
            "Imbasan CT otak: pendarahan intraserebral akut di talamus kiri — acute left thalamic intracerebral haemorrhage, 1.7 cm, no hydrocephalus.",
        ),
        (
            "sea_report",
            "Sa CT scan ni Lola, may pagdurugo sa utak — IMPRESSION: acute right basal ganglia hemorrhage with intraventricular extension. Ipinaliwanag sa pamilya.",
        ),
        (
            "ed_mdm",
            "MDM: outside CT from Izmir, translated: 'BT beyin: sol frontal akut subaraknoid kanama' — acute subarachnoid haemorrhage in the left frontal sulci. Repeat CT here, NSGY consulted.",
        ),
        (
            "euro_nonnative_report",
            "CT brein: akute subdurale bloeding links — ’n 7 mm acute left subdural haematoma with no shift.",
        ),
        (
            "euro_nonnative_report",
            "KT pea: äge intratserebraalne verejooks paremas väikeajus. Acute right cerebellar haemorrhage, 2 cm, fourth ventricle patent.",
        ),
        (
            "euro_nonnative_report",
            "Koponya CT: friss vérzés a bal temporális lebenyben (contusio). Acute haemorrhagic contusion, left temporal lobe.",
        ),
        (
            "email_quoted",
            "> Αξονική εγκεφάλου: οξεία ενδοεγκεφαλική αιμορραγία αριστερά βρεγματικά.\nTranslation from the family's report: acute intracerebral haemorrhage in the left parietal lobe, 2.2 cm. He flies in tonight.",
        ),
        (
            "email_quoted",
            "> 頭部CT：右被殻出血、約20 mL、正中偏位なし。\nEnglish from the Osaka hospital: right putaminal hemorrhage, about 20 mL, no midline shift. Transfer accepted.",
        ),
        (
            "tumor_board",
            "Tumour board, case from Cluj: 'CT cerebral: hemoragie intratumorală acută' — acute haemorrhage into the right frontal metastasis, 2 cm. SRS deferred.",
        ),
    ],
    "pos_not_purely_historical": [
        (
            "va_template",
            "HISTORY: Prior left frontal ICH 2019.\nIMPRESSION:\n1. New acute right cerebellar hemorrhage.\n2. Encephalomalacia at the site of the old left frontal hemorrhage.\nResults were communicated via phone to Dr. Yoon at 2301.",
        ),
        (
            "euro_nonnative_report",
            "Right MCA infarct with haemorrhagic transformation (petechial bleeding in the insula), previous or recent: it was not there on the CT of Monday, so it is new within four days.",
        ),
        (
            "rehab_admission",
            "PMH: SAH from an ACom aneurysm, coiled 2018. This admission: fall on the ward at the acute hospital; the CT then showed a small new left frontal contusion, still visible on the pre-transfer CT.",
        ),
        (
            "anaesthesia_preop",
            "Pre-op: history of IVH as a premature neonate (shunted). Current CT for shunt malfunction shows new intraventricular blood in the right occipital horn after a fall. Discussed with NSGY: proceed with shunt revision.",
        ),
        (
            "sea_report",
            "CLINICAL: Known old right putaminal haemorrhage (2021), now new left-sided weakness.\nIMPRESSION: Acute left thalamic haemorrhage. Chronic slit-like cavity in the right putamen.",
        ),
        (
            "occ_health_letter",
            "Re: Mr Jansen, crane operator. He had a small left frontal haemorrhage in 2022 and returned to work. His MRI this month, for new headaches, shows a new 8 mm right parietal lobar haemorrhage with multiple microbleeds. He is unfit for safety-critical work at present.",
        ),
        (
            "hemonc_note",
            "PMH: ICH in 2020 during chemotherapy. Today: platelets dropped to 7 and CT shows a fresh 1 cm left occipital haemorrhage.",
        ),
        (
            "palliative_note",
            "Hospice: prior ICH last year (left parietal). Admitted to the hospice now after a second, large right lobar haemorrhage on CT two days ago; GCS 7. Comfort focus.",
        ),
        (
            "bullet_report",
            "History: old SDH (2020), burr holes.\nCT today:\n• recurrent acute-on-chronic left SDH, 16 mm\n• midline shift 6 mm\n• old burr-hole defects",
        ),
        (
            "email_quoted",
            "> HISTORY: prior SAH 2015 (MCA aneurysm, clipped).\n> IMPRESSION: New subarachnoid hemorrhage in the left sylvian fissure adjacent to the clip. Recommend CTA.\nForwarding to vascular neurosurgery.",
        ),
        (
            "ed_mdm",
            "MDM: hx hemorrhagic stroke 2017, on no anticoagulant. Today's CT: acute 2 cm left lobar ICH, separate from the old right-sided cavity. Admit neuro ICU.",
        ),
        (
            "va_template",
            "COMPARISON: CT 2 days ago showing a left SDH.\nIMPRESSION:\n1. Persistent left subdural hematoma, now 9 mm, previously 11 mm.\nResults were communicated via EHR.",
        ),
        (
            "neonatal_us",
            "Follow-up US (day 21): the previously reported left grade III IVH has evolved; residual clot persists in the left occipital horn and there is post-haemorrhagic ventricular dilatation.",
        ),
        (
            "euro_nonnative_report",
            "Earlier bleeding 2019 in the right occipital lobe (now a scar). New since then: a fresh bleeding in the left temporal lobe of 25 mm.",
        ),
    ],
    "pos_note_sections": [
        (
            "anaesthesia_preop",
            "PRE-ANAESTHETIC ASSESSMENT\nProcedure: evacuation of right acute SDH (CT today: 12 mm, 7 mm shift).\nPMH: AF on apixaban, reversed with andexanet at 10:40.\nAirway: Mallampati III, beard.\nPlan: GA, arterial line, avoid hypertension.",
        ),
        (
            "palliative_note",
            "HOSPICE ADMISSION NOTE\nDiagnosis: massive left intracerebral haemorrhage with intraventricular extension (CT 2 days ago)\nSymptoms: noisy breathing, agitation\nPlan: glycopyrronium, midazolam PRN, mouth care",
        ),
        (
            "hemonc_note",
            "S: headache since last night. O: plt 8k, fibrinogen 0.9. CT head: 3 cm right frontal ICH with IVH. A: APL with DIC and ICH. P: ATRA, cryo, platelets, NSGY consult.",
        ),
        (
            "nicu_note",
            "NICU PROGRESS NOTE\nResp: CPAP 6, FiO2 0.28\nCVS: PDA closed\nNeuro: head US this morning, bilateral grade III IVH with ventricular dilatation; OFC up 1 cm\nPlan: neurosurgery review regarding a reservoir",
        ),
        (
            "neurosurg_letter",
            "NEUROSURGERY CLINIC\nDiagnosis: left frontal cavernoma with recent haemorrhage (MRI 2 weeks ago: 1.5 cm haematoma around the cavernoma)\nExamination: mild expressive dysphasia\nPlan: elective resection discussed with the patient",
        ),
        (
            "ed_mdm",
            "HPI: 45F thunderclap headache at the gym.\nExam: GCS 15, neck stiffness.\nMDM: CT head shows acute SAH in the basal cisterns; CTA pending. Neurosurgery consulted, nimodipine, BP <160.\nDisposition: neuro ICU.",
        ),
        (
            "ringside_note",
            "RINGSIDE MEDICAL REPORT\nEvent: amateur boxing, bout 11\nIncident: knockdown in round 2, confused afterwards\nImaging: CT at the county ED shows a thin acute left SDH\nOutcome: admitted; suspended indefinitely",
        ),
        (
            "occ_health_letter",
            "OCCUPATIONAL HEALTH REVIEW\nRole: commercial pilot\nHistory: found collapsed at the crew hotel last week\nInvestigations: CT and MRI show a small right parietal convexity subarachnoid haemorrhage, still present on the MRI\nOpinion: unfit to fly; referred to the aviation medical assessor",
        ),
        (
            "rehab_admission",
            "Assessment/Plan:\n1. Traumatic SAH and small bifrontal contusions on CT of 10/2; repeat CT 10/4 stable.\n2. Post-traumatic amnesia: orientation log daily.\n3. DVT prophylaxis: hold enoxaparin until NSGY clears.",
        ),
        (
            "hemonc_note",
            "HEMATOLOGY CONSULT\nReason: thrombocytopenia and new ICH\nImaging: CT 06:30, acute left temporal intraparenchymal hemorrhage 2 cm\nLabs: plt 14, INR 1.1\nRecommendations: transfuse platelets, keep >100k for 72 h",
        ),
        (
            "palliative_note",
            "Family meeting note\nPresent: wife, two daughters, Dr Okonkwo\nMedical update: the CT showed a large bleed in the brainstem (pontine haemorrhage); prognosis very poor\nOutcome: comfort care, DNACPR signed",
        ),
        (
            "anaesthesia_preop",
            "Pre-op (EVD insertion). Indication: acute hydrocephalus from intraventricular haemorrhage on CT this morning. NBM since 02:00. Airway: normal. Plan: GA, TIVA.",
        ),
        (
            "nicu_note",
            "Neuro: day 2 head US shows a left grade I GMH. Plan: repeat on day 7. Social: parents updated at the bedside.",
        ),
        (
            "ed_mdm",
            "Chief complaint: fall\nHPI: 92F on clopidogrel, found on the floor at her care home\nMDM: CT head, acute left subdural haematoma 6 mm without shift; discussed with NSGY (non-operative); admit medicine, hold clopidogrel\nDisposition: admitted",
        ),
    ],
    "pos_structured_template": [
        (
            "va_template",
            "EXAM: CT HEAD WITHOUT CONTRAST\nCOMPARISON: None\nFINDINGS:\nHemorrhage: Yes - acute right temporal intraparenchymal, 2.1 cm\nMass effect: Mild\nVentricles: Normal\nIMPRESSION:\n1. Acute right temporal intraparenchymal hemorrhage.\nResults were communicated via telephone to Dr. Ngata at 0455.",
        ),
        (
            "sea_report",
            "Intracranial haemorrhage : PRESENT (acute left frontal EDH, 10 mm)\nMidline shift : 2 mm\nHydrocephalus : Absent\nFracture : Left frontal, non-depressed",
        ),
        (
            "neonatal_us",
            "CRANIAL ULTRASOUND REPORT\nGMH-IVH right: Grade [II]\nGMH-IVH left: Grade [0]\nPVL: [none]\nVentricular index R/L: 11/10 mm",
        ),
        (
            "bullet_report",
            "ICH: [x] yes [ ] no\nType: SDH | SAH | IPH -> SDH\nLocation: left frontal convexity\nThickness: 5 mm",
        ),
        (
            "va_template",
            "CT HEAD STROKE PROTOCOL\nASPECTS: 9\nHemorrhage: PRESENT, left lobar, 35 mL\nLVO: none\nIMPRESSION:\n1. Acute left parietal lobar hemorrhage. Not a thrombolysis candidate.\nResults were communicated via stroke pager to Dr. Kim at 1149.",
        ),
        (
            "tumor_board",
            "Case | Imaging | Decision\n7 | MRI: haemorrhagic renal-cell metastasis, R frontal, 2.3 cm, acute blood | SRS, hold TKI",
        ),
        (
            "euro_nonnative_report",
            "Blødning / bleeding: yes ....... left cerebellar hemisphere, 2 cm\nMidline shift: no\nHydrocephalus: beginning",
        ),
        (
            "ringside_note",
            "Post-bout checklist\nLOC: yes (20 s)\nCT head: ABNORMAL, acute SDH L 4 mm\nSuspension: indefinite\nNeurosurgery notified: yes",
        ),
        (
            "resident_attending",
            "PRELIM | FINAL\nSAH: possible | present, right ambient cistern\nSDH: no | no\nIPH: no | no",
        ),
        (
            "sea_report",
            "IMPRESSION:\n[ ] No acute intracranial abnormality\n[X] Acute intracranial haemorrhage: subarachnoid, perimesencephalic\n[ ] Infarct",
        ),
        (
            "va_template",
            "Hemorrhage ..... present (IVH, both lateral ventricles)\nHydrocephalus ..... mild\nIMPRESSION: 1. Intraventricular hemorrhage with mild hydrocephalus. Results were communicated via phone.",
        ),
        (
            "hemonc_note",
            "Bleeding assessment (WHO grade): grade 4, CNS haemorrhage (CT: right occipital ICH 1.8 cm). Platelet threshold = 50.",
        ),
        (
            "email_quoted",
            "> Acute blood: Y\n> Compartment: subdural (right convexity)\n> Max thickness (mm): 7\n> Shift (mm): 2\nPlease file to the trauma registry.",
        ),
        (
            "ed_mdm",
            "Canadian CT Head Rule: high risk (age >65). CT result: acute SAH = yes; SDH = no; fracture = no. Plan: admit, repeat CT.",
        ),
    ],
    "pos_addendum_correction": [
        (
            "va_template",
            "IMPRESSION:\n1. No acute intracranial abnormality.\nADDENDUM (0810): On review of the coronal reformats there is a small acute subdural hematoma along the left tentorium. Results were communicated via telephone to Dr. Burke at 0815.",
        ),
        (
            "euro_nonnative_report",
            "Supplement/addendum: on second reading with the thin slices, a small subarachnoid bleeding in the right central sulcus is seen. The earlier answer 'no bleeding' is hereby corrected.",
        ),
        (
            "sea_report",
            "AMENDED REPORT: The previously reported 'calcification' in the left frontal lobe measures 55 HU on the non-contrast series and represents a small acute haemorrhage.",
        ),
        (
            "resident_attending",
            "Resident prelim (01:45): No acute intracranial process. Attending final, corrected (07:30): small acute subarachnoid hemorrhage in the interpeduncular cistern. The ED was called and the patient recalled for CTA.",
        ),
        (
            "email_quoted",
            "> ADDENDUM: Comparison with the outside CT shows that the left frontal hyperdensity is new and represents an acute contusion with haemorrhage.\nThat changes the plan, Sam, please bring him back.",
        ),
        (
            "neonatal_us",
            "Addendum to the cranial ultrasound of 12/05: review of the cine clips shows a small left germinal matrix haemorrhage (grade I), not mentioned in the original report.",
        ),
        (
            "bullet_report",
            "REVISED IMPRESSION:\n• acute right SDH 4 mm (missed on the first read)\n• no shift",
        ),
        (
            "va_template",
            "ADDENDUM: Correction to the impression: item 1 should read 'acute right parietal epidural hematoma' (not subdural). Thickness 9 mm. Results were communicated via phone.",
        ),
        (
            "ed_mdm",
            "MDM addendum 14:20: radiology called with a corrected read, there IS a small left frontal SAH. Patient called back, returned, admitted for observation.",
        ),
        (
            "sea_report",
            "ADDENDUM: On the delayed post-contrast images the lesion does not enhance; the right temporal hyperdensity is therefore an acute haematoma rather than a tumour.",
        ),
        (
            "euro_nonnative_report",
            "Corrected report: the side was wrong in the first version. The subdural bleeding is on the LEFT side, 7 mm.",
        ),
        (
            "tumor_board",
            "Tumour board, amended minutes: case 3's MRI was re-reviewed; the new lesion is a haemorrhagic metastasis (SWI blooming, T1 bright), not a cavernoma as minuted last week.",
        ),
        (
            "hemonc_note",
            "Addendum to today's note: CT result back, small acute right occipital intraparenchymal haemorrhage. Platelet threshold raised to 50.",
        ),
        (
            "va_template",
            "ADDENDUM #2: After discussion with neuroradiology, the hyperdensity in the fourth ventricle is confirmed as intraventricular hemorrhage (not choroid plexus). Results were communicated via Vocera to the neuro ICU at 2040.",
        ),
    ],
    "neg_plain": [
        (
            "euro_nonnative_report",
            "CT cerebrum. No signs of bleeding or infarction. Normal ventricles. No midline shift. Conclusion: Normal CT.",
        ),
        (
            "sea_report",
            "NCCT BRAIN: No intracranial haemorrhage, mass effect or midline shift. Grey-white matter differentiation is preserved. IMPRESSION: Normal study.",
        ),
        (
            "va_template",
            "IMPRESSION:\n1. No acute intracranial hemorrhage, mass effect, or territorial infarct.\n2. Mild chronic microvascular ischemic change.\nResults were communicated via EHR to the ordering provider (non-urgent).",
        ),
        (
            "bullet_report",
            "• no intracranial bleed\n• no fracture\n• ventricles normal for age\n• mucosal thickening, left maxillary sinus",
        ),
        (
            "neonatal_us",
            "Cranial US (day 7), 29 weeks: no germinal matrix or intraventricular haemorrhage. No periventricular echogenicity. Normal ventricular size.",
        ),
        (
            "resident_attending",
            "PRELIM: no ICH. FINAL: agree, no intracranial hemorrhage; mild global volume loss.",
        ),
        (
            "email_quoted",
            "> IMPRESSION: No acute intracranial hemorrhage or fracture.\nGood news for Mr Osei, he can go home today.",
        ),
        (
            "euro_nonnative_report",
            "Finding: No intracranial bleeding, no signs of fresh ischaemia. Inner and outer CSF spaces age-appropriate. Assessment: No pathology.",
        ),
        (
            "sea_report",
            "IMPRESSION: No evidence of acute intracranial bleed. Small old lacunar infarct in the right corona radiata.",
        ),
        (
            "va_template",
            "FINDINGS: No intra-axial or extra-axial hemorrhage. No hydrocephalus.\nIMPRESSION:\n1. Negative noncontrast head CT.\nResults were communicated via EHR.",
        ),
        (
            "neonatal_us",
            "Head US day 3 (26 weeks): no IVH on either side; normal choroid plexus.",
        ),
        (
            "euro_nonnative_report",
            "MR caput with SWI: no blood products, no microbleeds, no pathological enhancement. Normal MRI of the brain.",
        ),
        (
            "bullet_report",
            "CT head: no haemorrhage; no extra-axial collection; no infarct; sinuses clear.",
        ),
        (
            "sea_report",
            "CRANIAL CT SCAN (PLAIN): No intracranial hemorrhage. The ventricles and sulci are normal. Impression: Normal cranial CT scan.",
        ),
        (
            "va_template",
            "IMPRESSION:\n1. No CT evidence of acute hemorrhage or large vascular territory infarct.\nResults were communicated via the stroke pager at 0201.",
        ),
        (
            "resident_attending",
            "Prelim (PGY-3): no acute bleed. Final: concur; no intracranial hemorrhage. Incidental pineal cyst, 8 mm.",
        ),
    ],
    "neg_site_extracranial": [
        (
            "euro_nonnative_report",
            "CT head after fall: big subgaleal bleeding over the right parietal bone, 2 cm thick. Intracranial: no signs of bleeding.",
        ),
        (
            "sea_report",
            "IMPRESSION: Left periorbital and preseptal haematoma. Retrobulbar fat clear. No intracranial haemorrhage.",
        ),
        (
            "va_template",
            "IMPRESSION:\n1. Large left frontal scalp hematoma without underlying fracture.\n2. No acute intracranial abnormality.\nResults were communicated via EHR.",
        ),
        (
            "neonatal_us",
            "Cranial US: large right parietal cephalohaematoma after vacuum delivery. No intracranial haemorrhage. Ventricles normal.",
        ),
        (
            "ringside_note",
            "Ringside: deep cut over the left eyebrow, bleeding controlled with an adrenaline swab, and a swollen right ear (auricular haematoma) drained after the bout. Neuro exam normal; no CT needed.",
        ),
        (
            "ed_mdm",
            "MDM: epistaxis on warfarin, INR 4.2, posterior bleed packed by ENT. No head injury. Neuro exam normal; CT head not indicated.",
        ),
        (
            "bullet_report",
            "• right orbital floor fracture\n• blood in the right maxillary sinus\n• retrobulbar haematoma right, with proptosis\n• brain: no bleed",
        ),
        (
            "hemonc_note",
            "Onc: petechiae on the legs and gum bleeding, plt 11; subconjunctival haemorrhage in the left eye. No headache, neuro exam normal.",
        ),
        (
            "va_template",
            "CT CERVICAL SPINE\nIMPRESSION:\n1. Posterior spinal epidural hematoma from C5 to T1, compressing the cord.\nResults were communicated via phone to NSGY at 0340.",
        ),
        (
            "sea_report",
            "CT NECK: Large haematoma in the right sternocleidomastoid with active extravasation after central line insertion. Brain not imaged.",
        ),
        (
            "email_quoted",
            "> Right temporal bone fracture with haemotympanum and blood in the mastoid air cells.\n> No intracranial haemorrhage.\nENT to see him about his hearing.",
        ),
        (
            "euro_nonnative_report",
            "CT facial bones: bleeding in both maxillary sinuses and a haematoma in the left masseter. The brain is without bleeding.",
        ),
        (
            "nicu_note",
            "NICU: large subgaleal haemorrhage after ventouse, Hb fell from 165 to 118, transfused; head US shows no intracranial bleeding.",
        ),
        (
            "palliative_note",
            "Hospice: tumour in the neck (SCC) oozing blood, dark towels at the bedside, midazolam prescribed in case of a catastrophic carotid bleed. Alert, comfortable.",
        ),
        (
            "neonatal_us",
            "Head ultrasound: subgaleal fluid collection over the vertex consistent with haemorrhage; normal intracranial appearances.",
        ),
        (
            "rehab_admission",
            "Rehab: large haematoma over the right orbit and cheek from the fall, settling; orbital CT showed a retrobulbar bleed managed conservatively; brain normal.",
        ),
    ],
    "neg_mimic": [
        (
            "euro_nonnative_report",
            "CT: Bilateral frontal hygromas (CSF density), 6 mm, not changed. No signs of bleeding.",
        ),
        (
            "sea_report",
            "IMPRESSION: Dense calcification of both globus pallidi (physiological). No intracranial haemorrhage.",
        ),
        (
            "va_template",
            "IMPRESSION:\n1. Diffuse cerebral edema with a pseudo-subarachnoid hemorrhage appearance of the basal cisterns; no true subarachnoid blood.\nResults were communicated via phone to the MICU at 0620.",
        ),
        (
            "bullet_report",
            "• hyperdensity in the left caudate = contrast staining after thrombectomy (resolved on the 24 h CT)\n• no haemorrhagic transformation",
        ),
        (
            "tumor_board",
            "Tumour board: left frontal subdural empyema after sinusitis, drained; no haemorrhage on the follow-up MRI. Continue IV ceftriaxone and metronidazole for 6 weeks.",
        ),
        (
            "resident_attending",
            "PRELIM: ?SAH in the sulci. FINAL: the sulcal hyperdensity is dense cortical veins in a polycythaemic patient (Hct 0.61); no subarachnoid haemorrhage.",
        ),
        (
            "neonatal_us",
            "Cranial US: bilateral choroid plexus cysts and echogenic lenticulostriate vessels (mineralising vasculopathy). No haemorrhage.",
        ),
        (
            "va_template",
            "IMPRESSION:\n1. Hyperdense left MCA sign, consistent with thrombus.\n2. No intracranial hemorrhage. ASPECTS 8.\nResults were communicated via stroke pager at 1034.",
        ),
        (
            "euro_nonnative_report",
            "MR: subdural effusions on both sides after the meningitis, CSF-like signal on all sequences, no blood products.",
        ),
        (
            "sea_report",
            "IMPRESSION: Ring-enhancing right parietal lesion with restricted diffusion, in keeping with an abscess. No haemorrhage within.",
        ),
        (
            "email_quoted",
            "> Hyperdense dural venous sinuses, likely haemoconcentration; no intracranial haemorrhage; no venous thrombosis on CTV.\nOK to discharge after fluids.",
        ),
        (
            "hemonc_note",
            "Onc: MRI shows two enhancing metastases without haemorrhage (no SWI blooming) and a calcified falx. Plan SRS.",
        ),
        (
            "euro_nonnative_report",
            "CT after coiling: the hyperdensity around the coil pack is artefact from the platinum coils; no new bleeding.",
        ),
        (
            "ed_mdm",
            "MDM: radiology says the 'hyperdense falx' is normal calcification, no bleed. Discharged.",
        ),
        (
            "bullet_report",
            "Findings: bilateral subdural hygromas, CSF density, slowly improving; no hyperdense component; no mass effect.",
        ),
        (
            "neonatal_us",
            "Cranial US: increased periventricular echogenicity (flaring) on both sides, no haemorrhage; repeat in 1 week.",
        ),
    ],
    "neg_ruled_out": [
        (
            "ed_mdm",
            "MDM: CT head obtained to rule out ICH given age and anticoagulation; negative. Symptoms attributed to vestibular neuritis. Discharged with meclizine.",
        ),
        (
            "anaesthesia_preop",
            "Pre-op: fell last week; a CT head at that time ruled out intracranial bleeding. Cleared for hip hemiarthroplasty today, spinal anaesthesia planned.",
        ),
        (
            "rehab_admission",
            "Rehab: fall on the ward on day 3; CT brain excluded a bleed. Continue mobility with supervision.",
        ),
        (
            "occ_health_letter",
            "Fitness to drive: Ms Paulsen fainted at the wheel. CT and MRI of the brain came back clear, with no bleed or tumour; cardiology found vasovagal syncope. I consider her fit to drive a car.",
        ),
        (
            "ringside_note",
            "Post-bout: headache resolved; CT at the hospital ruled out a brain bleed. Standard 30-day suspension for the KO.",
        ),
        (
            "hemonc_note",
            "Heme: plt 7, mild headache; CT head done, no intracranial haemorrhage. Headache settled with paracetamol.",
        ),
        (
            "palliative_note",
            "Palliative: new confusion; CT brain excluded haemorrhage and new metastases; likely opioid toxicity, morphine reduced.",
        ),
        (
            "neurosurg_letter",
            "Dear Dr Hahn, your patient's MRI excludes subarachnoid haemorrhage and aneurysm; her headaches are consistent with migraine. I have discharged her from neurosurgical follow-up.",
        ),
        (
            "nicu_note",
            "NICU: head US to rule out IVH after the apnoeic episode; normal. Caffeine increased.",
        ),
        (
            "email_quoted",
            "Team, following up from the huddle: CT for bed 7 ruled out any bleed, so heparin can restart at 18:00. Thanks, Lena",
        ),
        (
            "ed_mdm",
            "MDM: CT within 6 h negative and LP without xanthochromia, so SAH excluded. Treated as primary headache.",
        ),
        (
            "rehab_admission",
            "Rehab week 2: brief episode of drowsiness; urgent CT ruled out new intracranial hemorrhage; sodium was 124 and has been corrected.",
        ),
        (
            "anaesthesia_preop",
            "Anaesthetic note: head strike on the ambulance trolley; CT head negative for bleed; proceed.",
        ),
        (
            "occ_health_letter",
            "Return to work: the scaffolder's head injury from the fall was investigated; CT brain showed no bleeding and no fracture. Fit for restricted duties, no work at height for 4 weeks.",
        ),
        (
            "hemonc_note",
            "Onc: concerned about a CNS bleed with the new headache on anticoagulation; CT head negative. Continue enoxaparin at treatment dose.",
        ),
        (
            "palliative_note",
            "The family asked whether Dad had a 'bleed in the brain'; the CT done in the ED ruled this out, and we explained that the drowsiness is from his liver failure.",
        ),
    ],
    "neg_indication_only": [
        (
            "va_template",
            "CLINICAL HISTORY: Headache, rule out subarachnoid hemorrhage.\nIMPRESSION:\n1. No acute intracranial abnormality.\nResults were communicated via EHR.",
        ),
        (
            "euro_nonnative_report",
            "Question: bleeding? Answer: No bleeding. Normal CT.",
        ),
        (
            "sea_report",
            "CLINICAL: ?ICH, fall on the MRT escalator. IMPRESSION: No intracranial haemorrhage. Right frontal scalp swelling.",
        ),
        (
            "bullet_report",
            "Indication: exclude bleed (on DOAC)\nResult: • no ICH • no fracture",
        ),
        (
            "neonatal_us",
            "Indication: IVH screen, 28 weeks. Result: no germinal matrix or intraventricular haemorrhage.",
        ),
        (
            "email_quoted",
            "> Reason for exam: assess for intracranial hemorrhage.\n> Impression: No acute intracranial findings.\nHe can go home.",
        ),
        (
            "resident_attending",
            "INDICATION: eval for SDH after fall. PRELIM: negative. FINAL: negative; no subdural or other hemorrhage.",
        ),
        (
            "sea_report",
            "History: ? SAH, sudden severe headache. Impression: No subarachnoid haemorrhage. No hydrocephalus.",
        ),
        (
            "va_template",
            "REASON FOR STUDY: Evaluate for intracranial bleed, patient on apixaban.\nIMPRESSION:\n1. No intracranial hemorrhage.\nResults were communicated via EHR.",
        ),
        (
            "euro_nonnative_report",
            "Clinical question: Intracranial bleeding after trauma? Answer: No bleeding. No fracture.",
        ),
        (
            "ringside_note",
            "CT requested to rule out a subdural bleed after the KO. CT normal.",
        ),
        (
            "nicu_note",
            "Request: head US to evaluate for IVH. Result: normal.",
        ),
        (
            "hemonc_note",
            "Indication for CT: exclude ICH, plt 5. Result: normal brain CT.",
        ),
        (
            "sea_report",
            "CLINICAL DATA: t/c hemorrhagic stroke. IMPRESSION: Acute left MCA territory infarct; no hemorrhage.",
        ),
        (
            "bullet_report",
            "Clinical question: ?bleed ?infarct; Findings: no haemorrhage; no infarct; age-related atrophy.",
        ),
        (
            "anaesthesia_preop",
            "Indication for the pre-op CT: exclude intracranial haemorrhage before heparin for bypass. Result: no haemorrhage.",
        ),
    ],
    "neg_note_past_history": [
        (
            "rehab_admission",
            "Rehab admission: PMH SAH 2011 (coiled), HTN, T2DM. Current admission: right TKR. Mobilising with a frame.",
        ),
        (
            "anaesthesia_preop",
            "Pre-op: PMH includes a subdural haematoma evacuated in 2016, no residual deficit. For elective cholecystectomy. ASA 2.",
        ),
        (
            "occ_health_letter",
            "Driver medical: history of intracerebral haemorrhage in 2014, fully recovered, no seizures since. Current medication amlodipine. Fit for Group 1.",
        ),
        (
            "neurosurg_letter",
            "Dear Dr Ito, Mrs Vale is seen 10 years after clipping of her ruptured PCom aneurysm (SAH 2015). She is well. I have discharged her.",
        ),
        (
            "palliative_note",
            "Hospice: background of two strokes, one haemorrhagic (2019). Now admitted with end-stage COPD.",
        ),
        (
            "hemonc_note",
            "Onc history: ICH in 2021 while thrombocytopenic during induction, resolved. Now in remission; routine follow-up.",
        ),
        (
            "nicu_note",
            "Follow-up clinic discharge: ex-26-weeker, grade II IVH in the neonatal period, now 2 years old with normal development.",
        ),
        (
            "ed_mdm",
            "MDM: PMHx traumatic SDH 2018. Presents today with UTI symptoms; no head injury. Treated with nitrofurantoin.",
        ),
        (
            "rehab_admission",
            "PMH: remote left putaminal haemorrhage (1999) with mild residual right hand weakness. Admitted for cardiac rehab after CABG.",
        ),
        (
            "anaesthesia_preop",
            "Past history: SAH 2008 with a VP shunt since. For dental extractions under GA; shunt working, no current neurological symptoms.",
        ),
        (
            "email_quoted",
            "Hi all, quick background for the MDT: she had a cerebellar haemorrhage in 2013, no residual deficit. Today's question is the breast lump. Thanks, Ana",
        ),
        (
            "occ_health_letter",
            "Pre-employment: brain bleed from an AVM at 19, treated with radiosurgery, obliterated on MRI in 2018. Fit for the role.",
        ),
        (
            "ringside_note",
            "Pre-fight medical: history of SDH in 2020 (amateur bout); under commission rules he is ineligible to compete. Not cleared.",
        ),
        (
            "palliative_note",
            "Family history: mother died of a brain haemorrhage. Patient admitted for symptom control of pancreatic cancer.",
        ),
        (
            "neurosurg_letter",
            "Family history: two siblings with SAH from aneurysms. Screening MRA today: no aneurysm. Repeat in 5 years.",
        ),
        (
            "hemonc_note",
            "PMH: haemophilia A with an intracranial bleed at age 4. On emicizumab prophylaxis; routine review, no bleeds this year.",
        ),
    ],
    "neg_no_acute_named": [
        (
            "euro_nonnative_report",
            "CT cerebrum: Normal findings for age. No acute pathology.",
        ),
        (
            "sea_report",
            "IMPRESSION: No acute intracranial abnormality. Chronic small vessel disease.",
        ),
        (
            "va_template",
            "IMPRESSION:\n1. No acute intracranial process.\nResults were communicated via EHR to the ordering provider.",
        ),
        (
            "neonatal_us",
            "Cranial US: normal study for gestational age.",
        ),
        (
            "resident_attending",
            "PRELIM: unremarkable. FINAL: agree; unremarkable non-contrast head CT.",
        ),
        (
            "email_quoted",
            "> Impression: Normal MRI brain.\nLet's tell her at the clinic on Thursday.",
        ),
        (
            "ringside_note",
            "Post-bout CT: normal. Fighter cleared after the standard suspension.",
        ),
        (
            "occ_health_letter",
            "Dear Dr Said, her MRI brain was normal and her neurological examination today is normal. She is fit to return to driving.",
        ),
        (
            "rehab_admission",
            "Imaging: CT brain on admission unremarkable. Plan: gait training.",
        ),
        (
            "bullet_report",
            "• no acute abnormality\n• stable atrophy\n• old right occipital infarct",
        ),
        (
            "hemonc_note",
            "Onc: staging MRI brain negative for metastases; no acute findings.",
        ),
        (
            "anaesthesia_preop",
            "Pre-op: recent CT head (for a fall) normal; proceed.",
        ),
        (
            "euro_nonnative_report",
            "MRI: Age-appropriate findings, no evidence of acute ischaemia, no space-occupying lesion.",
        ),
        (
            "nicu_note",
            "Head US day 28: normal, no PVL. Discharge planning.",
        ),
        (
            "va_template",
            "IMPRESSION:\n1. No acute findings.\n2. Sinus disease.\nResults were communicated via EHR.",
        ),
        (
            "sea_report",
            "IMPRESSION: Unremarkable CT brain.",
        ),
    ],
    "neg_other_organ_bleed": [
        (
            "hemonc_note",
            "Heme: melaena overnight, Hb 68, plt 22; upper GI bleed suspected, endoscopy today. Neuro intact.",
        ),
        (
            "va_template",
            "CT ABDOMEN/PELVIS\nIMPRESSION:\n1. Left retroperitoneal hematoma with active extravasation.\nResults were communicated via phone to IR at 2215.",
        ),
        (
            "ed_mdm",
            "MDM: massive haemoptysis in a patient with bronchiectasis, intubated, bronchial artery embolisation arranged. Head CT not indicated.",
        ),
        (
            "palliative_note",
            "Hospice: ongoing rectal bleeding from the tumour; tranexamic acid started; dark towels.",
        ),
        (
            "rehab_admission",
            "Rehab: right rectus sheath haematoma after enoxaparin injections, Hb stable; anticoagulation paused.",
        ),
        (
            "euro_nonnative_report",
            "CT thorax: haemothorax right with a bleeding from an intercostal artery; active contrast leakage.",
        ),
        (
            "sea_report",
            "CT ABDOMEN: Grade III splenic laceration with perisplenic haematoma. No active contrast extravasation.",
        ),
        (
            "bullet_report",
            "• haematuria after TURP\n• clot retention, 3-way catheter\n• Hb 101",
        ),
        (
            "anaesthesia_preop",
            "Pre-op: postpartum haemorrhage 1.8 L, for EUA and balloon; Hb 72, 2 units crossmatched.",
        ),
        (
            "nicu_note",
            "NICU: pulmonary haemorrhage on day 2, PEEP increased, surfactant given. Head US normal.",
        ),
        (
            "email_quoted",
            "> IMPRESSION: Hemorrhagic left ovarian cyst, 4 cm.\nNot urgent, follow up in clinic.",
        ),
        (
            "hemonc_note",
            "Onc: haematuria and gum bleeding, plt 5; transfuse. No neurological symptoms.",
        ),
        (
            "va_template",
            "IMPRESSION:\n1. Hemorrhagic renal cyst, Bosniak II.\nResults were communicated via EHR.",
        ),
        (
            "ed_mdm",
            "MDM: variceal bleed, Glasgow-Blatchford 14, terlipressin, ceftriaxone, GI for banding.",
        ),
        (
            "occ_health_letter",
            "Return to work: admitted in May with a bleeding duodenal ulcer, treated endoscopically; Hb now normal. Fit for full duties.",
        ),
        (
            "tumor_board",
            "Tumour board: HCC with spontaneous rupture and intraperitoneal haemorrhage, embolised; discuss resection.",
        ),
    ],
    "neg_structured_template": [
        (
            "va_template",
            "EXAM: CT HEAD W/O\nFINDINGS:\nHemorrhage: None\nMass effect: None\nVentricles: Normal\nIMPRESSION:\n1. No acute intracranial abnormality.\nResults were communicated via EHR.",
        ),
        (
            "sea_report",
            "Intracranial haemorrhage : ABSENT\nMidline shift : NIL\nInfarct : NIL\nFracture : NIL",
        ),
        (
            "neonatal_us",
            "GMH-IVH right: Grade [0]\nGMH-IVH left: Grade [0]\nPVL: [none]\nVentricles: normal",
        ),
        (
            "bullet_report",
            "ICH: [ ] yes [x] no\nFracture: [ ] yes [x] no",
        ),
        (
            "va_template",
            "CT HEAD STROKE PROTOCOL\nASPECTS: 10\nHemorrhage: ABSENT\nLVO: none\nIMPRESSION: 1. No hemorrhage; tPA not contraindicated by imaging. Results were communicated via stroke pager.",
        ),
        (
            "ringside_note",
            "Post-bout checklist\nLOC: no\nCT head: normal\nSuspension: 30 days\nNeurosurgery notified: n/a",
        ),
        (
            "euro_nonnative_report",
            "Bleeding: no ....... Infarct: no ....... Tumour: no ....... Conclusion: normal",
        ),
        (
            "resident_attending",
            "PRELIM | FINAL\nSAH: no | no\nSDH: no | no\nIPH: no | no",
        ),
        (
            "sea_report",
            "IMPRESSION:\n[X] No acute intracranial abnormality\n[ ] Acute intracranial haemorrhage\n[ ] Infarct",
        ),
        (
            "hemonc_note",
            "Bleeding assessment (WHO): grade 1 (petechiae); CNS bleeding = none; CT head = not done.",
        ),
        (
            "email_quoted",
            "> Acute blood: N\n> Shift (mm): 0\n> Fracture: N\nNo registry entry needed.",
        ),
        (
            "ed_mdm",
            "Canadian CT Head Rule: high risk (dangerous mechanism). CT result: acute SAH = no; SDH = no; fracture = no. Discharged.",
        ),
        (
            "va_template",
            "Hemorrhage ..... absent\nHydrocephalus ..... absent\nIMPRESSION: 1. Negative. Results were communicated via EHR.",
        ),
        (
            "neonatal_us",
            "Papile grade: R = 0, L = 0. Cerebellar haemorrhage: none. Impression: normal cranial ultrasound.",
        ),
        (
            "tumor_board",
            "Case | Imaging | Decision\n9 | MRI: 2 metastases, no haemorrhage, no oedema | SRS",
        ),
        (
            "nicu_note",
            "Neuro checklist: head US day 7 [normal]; IVH [none]; PVL [none]; OFC [50th centile]",
        ),
    ],
    "neg_addendum_correction": [
        (
            "va_template",
            "IMPRESSION:\n1. Possible small right frontal subdural hematoma.\nADDENDUM: On thin-section review this is a prominent bridging vein; no subdural hematoma. Results were communicated via phone to Dr. Lutz at 1120.",
        ),
        (
            "euro_nonnative_report",
            "Addendum: the suspected small bleeding in the left sylvian fissure is on review a vessel. No bleeding. The earlier answer is corrected.",
        ),
        (
            "sea_report",
            "AMENDED REPORT: The 'hyperdense focus' described in the left basal ganglia is a calcification (150 HU). There is no intracranial haemorrhage.",
        ),
        (
            "resident_attending",
            "Resident prelim: ?small SAH R frontal. Attending final, corrected: no subarachnoid haemorrhage; the finding is beam-hardening artefact. No acute abnormality.",
        ),
        (
            "email_quoted",
            "> ADDENDUM: The previously described hyperdensity was motion artifact; repeat images show no intracranial hemorrhage.\nFalse alarm, sorry team.",
        ),
        (
            "neonatal_us",
            "Addendum: the echogenic focus reported as a grade I haemorrhage on the left is the choroid plexus on review of the sagittal views. No germinal matrix haemorrhage.",
        ),
        (
            "bullet_report",
            "REVISED IMPRESSION:\n• no acute SDH (the first read called a tentorial density; it is the normal tentorium)\n• no other bleed",
        ),
        (
            "ed_mdm",
            "MDM addendum: radiology revised the CT read, no SAH after review by the neuroradiologist; the patient was already discharged, GP informed.",
        ),
        (
            "va_template",
            "ADDENDUM: Correction: the original report was dictated on the wrong patient. For this patient: no acute intracranial hemorrhage. Results were communicated via phone to the ED charge nurse.",
        ),
        (
            "sea_report",
            "ADDENDUM: After MRI correlation the right temporal 'contusion' is partial volume of the petrous ridge. No intracranial injury.",
        ),
        (
            "euro_nonnative_report",
            "Corrected report: not a bleeding but a dense falx calcification. No signs of bleeding.",
        ),
        (
            "tumor_board",
            "Amended minutes: case 5's 'haemorrhagic' metastasis was mis-minuted; the MRI shows no blood products (no SWI blooming). Treatment unchanged.",
        ),
        (
            "hemonc_note",
            "Addendum: the final CT read is negative for ICH (the prelim had queried a small occipital bleed). Continue platelet transfusions to >10.",
        ),
        (
            "va_template",
            "ADDENDUM: Comparison with the MRI from 2 days prior shows the frontal hyperdensity is a stable calcified meningioma. No acute hemorrhage. Results were communicated via EHR.",
        ),
        (
            "resident_attending",
            "PRELIM (resident): possible thin SDH along the falx. FINAL (amended): normal falx; no subdural hemorrhage.",
        ),
        (
            "nicu_note",
            "Correction to yesterday's note: this baby's head US is normal; the grade I IVH was entered in error from another infant's result. No IVH.",
        ),
    ],
}

LONG_TEXTS: dict[str, list[tuple]] = {
    "pos_note_sections": [
        (
            "rehab_admission",
            "INPATIENT REHABILITATION ADMISSION NOTE\nReason for admission: comprehensive rehabilitation after a right parietal lobar intracerebral haemorrhage (onset 11 days ago).\nHPI: 74-year-old retired postman with hypertension and probable cerebral amyloid angiopathy, found by his wife with left-sided weakness and neglect. Transferred today from the stroke unit.\nImaging: CT on day 1 showed a 32 mL right parietal lobar haematoma with a thin subarachnoid extension; the repeat CT on day 9, before transfer, shows the haematoma still present, now 26 mL and less dense, with no hydrocephalus.\nFunctional status: transfers with the assistance of two, sitting balance poor, left inattention on line bisection, swallow cleared for a soft diet by speech therapy.\nMedications: amlodipine 10 mg, atorvastatin stopped by the stroke team (lobar bleed), paracetamol, laxatives.\nRisk: falls high, pressure areas intact, mood low but engaging.\nPlan: PT, OT and SLP three hours daily; BP target below 130/80; no antithrombotics; team goal-setting meeting on Thursday; estimated length of stay four weeks; family meeting next week.",
        ),
        (
            "nicu_note",
            "NICU ATTENDING NOTE, day of life 3\nBaby girl, born at 24+6 weeks by emergency caesarean section for chorioamnionitis, birth weight 690 g. Antenatal steroids incomplete (one dose), magnesium given.\nResp: intubated, conventional ventilation, FiO2 0.35, two doses of surfactant; blood gas acceptable.\nCVS: hypotension on day 1 requiring dopamine, now weaned; haemodynamically significant PDA on echo, not yet treated.\nNeuro: the screening head ultrasound today shows a left grade III germinal matrix–intraventricular haemorrhage, with blood distending the left lateral ventricle, and a right grade I haemorrhage confined to the caudothalamic groove. There is no periventricular haemorrhagic infarction at present. Fontanelle soft; no clinical seizures.\nID: on ampicillin and gentamicin, CRP rising.\nFEN: TPN, trophic colostrum.\nSocial: both parents updated at the incubator by the attending and the bedside nurse; the scan findings, what they may mean for development, and the plan for serial scanning were explained.\nPlan: head ultrasound twice weekly to watch for post-haemorrhagic ventricular dilatation; OFC daily; minimal handling; avoid rapid fluid boluses; neurosurgical review if the ventricular index crosses the 97th centile plus 4 mm.",
        ),
    ],
    "pos_not_purely_historical": [
        (
            "neurosurg_letter",
            "Dear Dr Fairbairn,\nThank you for referring Mr Halvorsen, a 79-year-old retired ferry engineer, whom I saw in the neurosurgical outpatient clinic today with his daughter.\nAs you know, he underwent left-sided burr-hole drainage of a chronic subdural haematoma at our unit in February of last year and made a full recovery. Over the past three weeks his daughter has noticed slowness, word-finding pauses and two near-falls. He takes clopidogrel after a coronary stent.\nOn examination he is alert, oriented in person and place but not to the date, with a mild right pronator drift and a slightly broad-based gait.\nThe CT he had on Monday shows a recurrent left-sided chronic subdural haematoma of mixed density, maximally 17 mm, with a small acute component layering posteriorly and 6 mm of midline shift to the right. The old burr holes are visible.\nI have discussed the options with him and his daughter, and he would like to proceed with repeat drainage. Clopidogrel has been stopped today with the cardiologists' agreement, and he is booked for surgery on Friday. I will also refer him for middle meningeal artery embolisation afterwards to lower the chance of a further recurrence.\nYours sincerely,\nConsultant Neurosurgeon",
        ),
    ],
    "pos_addendum_correction": [
        (
            "resident_attending",
            "NON-CONTRAST CT HEAD: PRELIMINARY AND FINAL REPORTS\nClinical history: 57-year-old man, cyclist hit by a car door, brief loss of consciousness, GCS 14, vomited once.\nPRELIMINARY REPORT (radiology resident, PGY-2, 23:48): No acute intracranial hemorrhage. No calvarial fracture. Left parietal scalp swelling. Paranasal sinuses and mastoids clear. Communicated to the ED physician by phone.\nFINAL REPORT (attending neuroradiologist, 07:55): I have reviewed the study with the resident. There is a discrepancy with the preliminary report. On the thin bone-algorithm images there is a nondisplaced linear fracture of the left parietal bone beneath the scalp swelling. Deep to it there is a small acute left parietal epidural hematoma, 6 mm thick, lentiform, without mass effect. There is also a trace of traumatic subarachnoid blood in two adjacent sulci. No subdural collection. The ventricles and basal cisterns are normal.\nIMPRESSION: 1. Small acute left parietal epidural hematoma with an underlying fracture. 2. Trace traumatic subarachnoid hemorrhage.\nThis is a major discrepancy; the final report was called to Dr. Abara in the ED at 08:02, who confirmed that the patient is still in the department, and the corrected result was logged for departmental discrepancy review.",
        ),
    ],
    "pos_structured_template": [
        (
            "va_template",
            "EXAM: CT HEAD WITHOUT CONTRAST\nCLINICAL HISTORY: 81 YO VETERAN, FALL AT THE COMMUNITY LIVING CENTER, ON WARFARIN (INR 2.9). EVALUATE FOR BLEED.\nCOMPARISON: CT HEAD 14 MONTHS AGO.\nTECHNIQUE: CONTIGUOUS AXIAL IMAGES FROM THE SKULL BASE TO THE VERTEX WITHOUT IV CONTRAST; CORONAL AND SAGITTAL REFORMATS. DOSE REDUCTION TECHNIQUES WERE USED (AUTOMATED EXPOSURE CONTROL).\nFINDINGS:\nEXTRA-AXIAL: ACUTE RIGHT CONVEXITY SUBDURAL HEMATOMA, MAXIMUM THICKNESS 11 MM, EXTENDING ALONG THE RIGHT TENTORIUM.\nBRAIN PARENCHYMA: NO INTRAPARENCHYMAL HEMORRHAGE. CHRONIC SMALL VESSEL ISCHEMIC CHANGE.\nMIDLINE: 5 MM LEFTWARD SHIFT.\nVENTRICLES: MILD EFFACEMENT OF THE RIGHT LATERAL VENTRICLE.\nBASAL CISTERNS: PATENT.\nCALVARIUM: NO FRACTURE. RIGHT PARIETAL SCALP SWELLING.\nIMPRESSION:\n1. ACUTE RIGHT CONVEXITY SUBDURAL HEMATOMA, 11 MM, WITH 5 MM LEFTWARD MIDLINE SHIFT.\n2. NO OTHER ACUTE INTRACRANIAL ABNORMALITY.\nRESULTS WERE COMMUNICATED VIA TELEPHONE TO DR. PELLETIER (CLC PHYSICIAN) BY DR. ARNOLD AT 1512 ON THE DATE OF THE EXAM, WITH READ-BACK CONFIRMATION. CRITICAL RESULT.",
        ),
    ],
    "neg_note_past_history": [
        (
            "anaesthesia_preop",
            "PRE-ANAESTHETIC ASSESSMENT, elective right total hip replacement\nPatient: 68-year-old woman, ASA 3.\nPast medical history: aneurysmal subarachnoid haemorrhage in 2012 treated with endovascular coiling of an anterior communicating artery aneurysm; follow-up angiography in 2015 showed stable occlusion and she was discharged from neurovascular follow-up. No seizures, no residual deficit apart from mild word-finding difficulty when tired. Hypertension on ramipril; osteoarthritis; previous PONV.\nCurrent: no headaches, no new neurological symptoms; she has had no head imaging since 2015 and none is indicated.\nAirway: Mallampati I, good mouth opening, full neck movement, own teeth.\nInvestigations: Hb 128, creatinine 71, ECG sinus rhythm, no echo needed.\nDiscussion: spinal anaesthesia with light sedation discussed and preferred by the patient; general anaesthesia as backup. Blood pressure to be kept within 20 % of baseline throughout. Ramipril to be omitted on the morning of surgery.\nConsent: risks of spinal explained, including headache and nerve damage; questions answered.\nPlan: proceed; dexamethasone and ondansetron for PONV prophylaxis.",
        ),
    ],
    "neg_ruled_out": [
        (
            "email_quoted",
            "Subject: RE: RE: Bed 22, can we restart the heparin?\nHi Jonas,\nShort answer: yes. Longer answer below, because nights asked the same question.\n> On Tue, the night registrar wrote:\n> Patient became confused at 02:00 after a fall from the bed. On therapeutic heparin for the PE. Worried about a bleed, heparin paused, CT head requested.\nThe CT was done at 03:10 and reported by the on-call consultant this morning: no intracranial haemorrhage, no fracture, no acute infarct. There is a small bruise on the left forehead, soft tissue only. Her confusion has settled and the delirium screen points to the new tramadol, which we have stopped. Neuro obs have been normal since 04:00.\nSo a head bleed has been ruled out and the PE still needs treating: please restart the heparin infusion without a bolus at the previous rate, APTT in six hours, and put her on the falls bundle (low bed, sensor mat). If she falls again on heparin a repeat CT is reasonable, but I would not rescan otherwise.\nI'll update her daughter at visiting time.\nThanks,\nRuth (medical registrar)",
        ),
        (
            "occ_health_letter",
            "Dear Dr Verhoeven,\nRe: fitness to drive and return to work, Mr Kasper Lindholm, forklift and HGV driver\nThank you for asking me to see Mr Lindholm following his fall from a loading bay on 2 September. He struck the back of his head on the concrete and was briefly dazed but did not lose consciousness. He attended the emergency department the same day, where a CT of the head was performed because of persistent vomiting; this showed no intracranial bleeding and no skull fracture, and he was discharged with head-injury advice. An occipital scalp laceration was glued.\nHe now reports mild post-concussion symptoms, headaches in the late afternoon and poor concentration, which are improving. There have been no seizures, no episodes of altered awareness and no visual disturbance. Neurological examination today was normal, including visual fields.\nOpinion: he is fit to drive a car now. For HGV and forklift duties I recommend a phased return: two weeks of non-driving warehouse work, then forklift duties, and HGV driving from week four if his headaches have settled. He does not need to notify the licensing agency about this injury.\nYours sincerely,\nOccupational Physician",
        ),
    ],
    "neg_mimic": [
        (
            "tumor_board",
            "NEURO-ONCOLOGY MULTIDISCIPLINARY MEETING: RADIOLOGY SUMMARY\nCase 6: 39-year-old woman, right frontal oligodendroglioma (IDH-mutant, 1p/19q co-deleted), resected in 2021, on surveillance.\nQuestion from the clinic: new focal seizures; is there a bleed or progression?\nImaging reviewed: CT from the ED last week and MRI with perfusion and SWI from Monday, compared with the MRI of six months ago.\nRadiology summary: The dense foci at the margin of the resection cavity on CT are coarse calcifications, unchanged since 2022 and typical of this tumour type; on SWI phase images they behave as calcium, not as blood. There are no blood products anywhere and no new susceptibility. The FLAIR abnormality posterior to the cavity has enlarged slightly (from 18 to 23 mm), without enhancement and with low relative blood volume. A small extra-axial CSF-density collection over the cavity is a stable postoperative hygroma.\nDiscussion: the findings favour slow non-enhancing progression rather than haemorrhage; the seizures are likely related to it.\nDecision: levetiracetam dose increased; discuss PCV chemotherapy versus re-resection at the next clinic; repeat MRI in three months.",
        ),
    ],
    "neg_other_organ_bleed": [
        (
            "hemonc_note",
            "HEMATOLOGY-ONCOLOGY PROGRESS NOTE, hospital day 6\nS: 63-year-old man with myelodysplastic syndrome transformed to AML, cycle 1 of azacitidine and venetoclax. Overnight he passed two large maroon stools and felt light-headed on standing. No headache, no visual change, no confusion, no falls.\nO: HR 108, BP 98/60 lying, 84/52 standing. Alert and oriented, no focal neurological deficit, pupils equal. Petechiae over both shins; oozing from the PICC site. Labs: Hb 61 g/L (from 84), platelets 9, INR 1.3, fibrinogen 2.4.\nA: 1. Lower GI haemorrhage with symptomatic anaemia in severe thrombocytopenia; probable neutropenic colitis versus a bleeding angiodysplasia. 2. Neutropenia (ANC 0.1), afebrile. 3. No features of a CNS bleed at present; neurological examination normal, so no head imaging today.\nP: 2 units of red cells and 2 adult doses of platelets now, keeping platelets above 30 while bleeding; tranexamic acid; hold venetoclax; CT angiography of the abdomen if bleeding continues; GI consult; posaconazole prophylaxis continues; daily neuro checks and a low threshold for CT head if he develops a headache.",
        ),
    ],
}


def rows() -> list[dict]:
    return numbered((TEXTS, LONG_TEXTS), REPORT_STYLES, 12, "h12")


def main() -> None:
    write(OUT, rows())


if __name__ == "__main__":
    main()
