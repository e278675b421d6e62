# ruff: noqa: E501  (report texts are kept on one line each)
"""Held-out set 13 (set 12's 23 kinds), written by hand by `blind13`; run to rebuild heldout-13.jsonl.

Every text was invented for this set, blind to the rule tier, the text layer and every other set's texts. Each
entry is (style, text) or (style, text, assertion) where the assertion differs from the kind's default. The style
says which kind of author wrote it; ``doc_type`` (report or note) is derived from it. ``LONG_TEXTS`` holds the
long notes, letters and reports (150 words or more), kept apart only for readability. The order in the JSONL is a
fixed shuffle (seed 13).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from heldout_writer import numbered, write

OUT = Path(__file__).with_name("heldout-13.jsonl")

# styles written as radiology reports (a radiologist's own report or dictation); every other style is a note,
# letter, checklist, review record, summary or portal message
REPORT_STYLES = {
    "indpak_telerad",
    "latam_report",
    "anz_report",
    "dictation_report",
    "mri_swi_report",
    "cta_ctv_report",
}

IP = "indpak_telerad"  # Indian / Pakistani teleradiology reports
LA = "latam_report"  # Latin-American reports in non-native English
AU = "anz_report"  # Australian / New Zealand reports
VR = "dictation_report"  # voice-recognition dictations with their artefacts
MR = "mri_swi_report"  # MRI with SWI / GRE
CA = "cta_ctv_report"  # CTA, CTV and post-thrombectomy reports
SC = "stroke_code_checklist"  # stroke-code / thrombolysis checklists
TT = "trauma_tertiary"  # trauma-team tertiary surveys
NC = "neuro_consult"  # neurology consult notes
FC = "falls_clinic_letter"  # geriatric falls clinic letters
PE = "paeds_ed_nai"  # paediatric ED and non-accidental-injury notes
IC = "icu_ward_round"  # ICU ward-round notes with systems lists
DS = "discharge_summary"  # discharge summaries with problem lists
QA = "qa_peer_review"  # radiology QA / peer-review discrepancy records
PH = "pharmacy_anticoag"  # pharmacy anticoagulation notes
ML = "medicolegal_summary"  # insurance / medicolegal summaries
PP = "patient_portal"  # patient-portal plain-language summaries

TEXTS: dict[str, list[tuple]] = {
    "pos_plain": [
        (
            IP,
            "NCCT HEAD\nFindings: Acute intraparenchymal haemorrhage of approx 3.2 x 2.8 cm in right gangliocapsular region with perilesional oedema. Mild mass effect on right lateral ventricle. Midline shift of 4 mm towards left.\nImpression: Right gangliocapsular acute bleed, likely hypertensive. Kindly correlate clinically.",
        ),
        (
            AU,
            "CT BRAIN (NON-CONTRAST)\nClinical: fall at residential aged care, on apixaban.\nReport: There is a thin acute left convexity subdural haematoma measuring 6 mm in maximal thickness. No midline shift. Ventricles normal in calibre. No skull fracture.\nComment: Acute left subdural haematoma. Discussed with the ED registrar at 0214 hrs.",
        ),
        (
            LA,
            "Computed tomography of skull without contrast. It is observed a hemorrhage intraparenchymal in the left thalamus of 12 mm with opening to the ventricular system. Rest of parenchyma without alterations. Conclusion: Thalamic hemorrhage left with ventricular extension.",
        ),
        (
            VR,
            "CT head without contrast period new paragraph findings colon there is an acute epidural hematoma over the right temporal convexity measuring 1.4 cm comma with an overlying nondisplaced fracture of the squamous temporal bone period new paragraph impression colon acute right temporal epidural hematoma period",
        ),
        (
            PP,
            "Your test result, explained: The CT scan of your head showed a small bleed inside your skull, on the surface of the brain on the left side. Doctors call this a subdural haematoma. It is small and your team plans to repeat the scan tomorrow to make sure it is not getting bigger. Please ask your nurse if you have questions.",
        ),
        (
            TT,
            "TERTIARY SURVEY (day 2), MVC driver, restrained.\nHead: CT brain reviewed with radiology: small right frontal haemorrhagic contusions, unchanged on the 6-hour repeat. GCS 15.\nSpine: C-spine cleared clinically.\nChest: right ribs 4-6 fractures, analgesia adequate.\nPlan: neuro obs 2-hourly, hold enoxaparin 24 h per neurosurgery.",
        ),
        (
            NC,
            "Neurology consult. Asked to see 71M with acute word-finding difficulty. CT head shows a 25 mL left temporal lobar intracerebral haemorrhage without intraventricular extension. Exam: fluent aphasia, right homonymous hemianopia. Impression: lobar ICH, cerebral amyloid angiopathy likely given age and site. Recs: SBP target under 140, MRI with SWI when stable.",
        ),
        (
            AU,
            "CT Head: Small volume acute subarachnoid haemorrhage within the left central sulcus, likely traumatic. No other intracranial injury. Nil fracture.",
        ),
        (
            IP,
            "PLAIN CT BRAIN: Acute intraventricular haemorrhage is seen in occipital horns of both lateral ventricles and in third ventricle. No hydrocephalus at present. IMPRESSION: Primary IVH. Suggested CT angiography to r/o vascular malformation.",
        ),
        (
            DS,
            "DISCHARGE SUMMARY\nProblem list:\n1. Right parietal intracerebral haemorrhage (this admission), managed conservatively\n2. Hypertension, poorly controlled\n3. Type 2 diabetes\nCourse: presented with left arm weakness; CT confirmed an 18 mL right parietal haematoma. BP brought under control with labetalol. Discharged to inpatient rehab.",
        ),
        (
            PE,
            "Paeds ED, 14-month-old, rolled off a change table onto tiles. CT head: small left parietal extradural haematoma beneath a linear parietal fracture, no midline shift. Neurosurgery: conservative management. Admit under surgeons for neuro obs.",
        ),
        (
            MR,
            "MRI BRAIN: There is an acute haematoma in the right cerebellar hemisphere measuring 2.1 cm, isointense on T1 and hypointense on T2 centrally, blooming on SWI, with surrounding oedema. The fourth ventricle is mildly effaced. Impression: acute right cerebellar haemorrhage.",
        ),
        (
            CA,
            "CT head and CT angiogram of the circle of Willis: left frontal intracerebral haemorrhage of about 30 mL. The CTA shows no underlying arteriovenous malformation or aneurysm. Impression: left frontal ICH without a vascular cause on CTA.",
        ),
        (
            QA,
            "Peer review record 2231: CT head of 4/12. Original report: acute left subdural haematoma 5 mm. Reviewer: agree, acute left subdural haematoma 5 mm, no shift. Score 1 (concur). No action.",
        ),
        (
            VR,
            "Impression colon acute subarachnoid hemorrhage in the basal cisterns and bilateral Sylvian fissures comma with early hydrocephalus period findings were called to doctor Patel at 0310 period end of dictation",
        ),
    ],
    "pos_described_unnamed": [
        (
            IP,
            "NCCT HEAD: A biconvex hyperdense extra-axial collection is seen in right temporal region measuring 11 mm in thickness, causing effacement of adjacent sulci. Overlying linear fracture of right temporal bone. IMPRESSION: As described above. Neurosurgical opinion is advised.",
        ),
        (
            AU,
            "CT Brain: Crescentic hyperdense extra-axial collection along the left cerebral convexity, maximal depth 8 mm, with 3 mm rightward midline shift. Comment: Findings as above, ED consultant informed by phone.",
        ),
        (
            LA,
            "Non contrast CT of skull: Is observed hyperdensity occupying the suprasellar and ambient cisterns and the interhemispheric fissure. Ventricles are slightly dilated. Conclusion: Hyperdense material in basal cisterns, to correlate with angiotomography.",
        ),
        (
            VR,
            "Findings colon dependent hyper dense layering in the occipital horns of the lateral ventricles period no hydrocephalus period impression colon dependent hyperdense layering in both occipital horns period",
        ),
        (
            MR,
            "MRI brain with SWI, 2 days after a high-speed collision: multiple foci of blooming susceptibility at the grey-white junction of both frontal lobes and in the splenium of the corpus callosum. Impression: pattern of diffuse axonal injury with susceptibility foci.",
        ),
        (
            CA,
            "Pre-contrast CT head before CTA: lentiform high-attenuation collection over the right parietal convexity, 14 mm deep, with 6 mm midline shift. CTA: no vascular abnormality demonstrated.",
        ),
        (
            TT,
            "Trauma tertiary survey, fall from ladder. Head: radiology describe a hyperattenuating extra-axial collection along the left tentorium, stable on the repeat scan; neurosurgery aware, no operation. Chest/abdo: no new findings. Limbs: right distal radius in cast.",
        ),
        (
            PE,
            "NAI work-up, 4-month-old with irritability and vomiting. CT head: thin hyperdense collections along the posterior falx and over both convexities, of mixed density. Skeletal survey: classic metaphyseal lesion of the distal left femur. Child protection team and social work informed.",
        ),
        (
            IC,
            "ICU ward round, bed 7.\nNeuro: repeat CT this morning, the hyperdense material in the left Sylvian fissure and basal cisterns is fainter; ventricles stable; EVD draining 8 mL/h. Nimodipine day 3.\nResp: FiO2 0.3.\nCVS: MAP target 80.\nRenal: Na 138.",
        ),
        (
            AU,
            "CT Head: A 35 mm left frontal parenchymal lesion contains a hyperdense fluid-fluid level and is surrounded by vasogenic oedema. Comment: Urgent MRI with contrast recommended.",
        ),
        (
            QA,
            "Discrepancy review: the overnight preliminary read was no acute abnormality. On review there is a 4 mm hyperdense crescent along the right frontal convexity, best seen on the coronal reformats. Discrepancy category 2b; the referring team was contacted.",
        ),
        (
            NC,
            "Neurology consult: CT personally reviewed; there is hyperdensity within several left high-convexity frontal sulci and no parenchymal abnormality. Thunderclap headache 2 days ago while lifting. Recs: CTA and CTV, consider RCVS, avoid triptans.",
        ),
        (
            IP,
            "CT BRAIN PLAIN: Well defined hyperdense focus (HU 65) of 2.5 x 2.0 cm in left putamen with thin hypodense rim. Minimal mass effect on frontal horn. IMPRESSION: Acute hyperdense lesion left putamen. Please correlate clinically.",
        ),
        (
            DS,
            "Discharge summary. Problem list: 1. Fall with head strike. 2. Atrial fibrillation on apixaban, withheld. Imaging: admission CT showed an extra-axial hyperdense collection over the right convexity, 5 mm, unchanged at 24 hours; managed conservatively. Follow-up: GP review in 1 week.",
        ),
        (
            MR,
            "MRI BRAIN: In the right thalamus there is a 14 mm focus with a T1 hyperintense centre and a markedly hypointense rim on GRE, without enhancement. Mild surrounding oedema. Conclusion: subacute-appearing right thalamic lesion as described.",
        ),
    ],
    "pos_findings_only": [
        (
            IP,
            "CT SCAN BRAIN (PLAIN)\nFINDINGS:\nAcute subdural haematoma along right fronto-parietal convexity, max thickness 9 mm.\nMidline shift of 5 mm to left.\nEffacement of right lateral ventricle.\nBasal cisterns are patent.\nCalvarium intact.",
        ),
        (
            AU,
            "Findings: There is an acute haematoma centred in the left putamen measuring 28 x 22 mm with mild surrounding oedema and effacement of the frontal horn. No intraventricular extension. No hydrocephalus.",
        ),
        (
            LA,
            "FINDINGS: The cerebral parenchyma shows a hematoma in the right frontal lobe of 3 cm with halo of edema. The ventricular system is of normal size. The sulci are effaced on the right.",
        ),
        (
            VR,
            "Findings colon there is acute hemorrhage in the fourth ventricle and in the dependent portions of both lateral ventricles period the ventricles are mildly enlarged period no parenchymal hemorrhage is identified period",
        ),
        (
            MR,
            "Findings: Acute subarachnoid haemorrhage is present in the right Sylvian fissure, hyperintense on FLAIR and dark on SWI. No parenchymal lesion. Flow voids preserved.",
        ),
        (
            CA,
            "Findings: Non-contrast images show acute haemorrhage in the basal cisterns. CTA: 7 mm saccular aneurysm of the anterior communicating artery pointing anteriorly. No vasospasm.",
        ),
        (
            AU,
            "FINDINGS\nAcute extradural haematoma over the left parietal convexity, 12 mm, with underlying undisplaced parietal fracture.\nGrey-white differentiation preserved.\nNo midline shift.",
        ),
        (
            IP,
            "Findings - Hyperdense acute bleed in pons measuring 1.8 x 1.5 cm. Fourth ventricle compressed. Mild dilatation of temporal horns.",
        ),
        (
            VR,
            "Findings colon small acute subdural hematoma along the falx period mild right frontal scalp swelling period ventricles and sulci are age appropriate period",
        ),
        (
            MR,
            "FINDINGS: Left occipital lobar haematoma of 3.5 cm with fluid-fluid level, surrounded by oedema. SWI shows numerous lobar microbleeds and cortical superficial siderosis over the right frontal convexity.",
        ),
        (
            LA,
            "Findings: Hemorrhage in the cerebellar vermis of 2 cm that compresses the fourth ventricle. Temporal horns are dilated. Rest without particular findings.",
        ),
        (
            CA,
            "FINDINGS: Following mechanical thrombectomy of the left M1, there is parenchymal haemorrhage in the left lentiform nucleus with mass effect, confirmed as blood on the dual-energy virtual non-contrast images. The M1 remains patent.",
        ),
        (
            AU,
            "Findings: Intraventricular haemorrhage layers in both occipital horns. Moderate hydrocephalus with transependymal oedema. Right frontal EVD absent.",
        ),
        (
            IP,
            "Findings: Acute SAH in bilateral sylvian fissures, basal cisterns and interhemispheric fissure. Early dilatation of temporal horns. No parenchymal bleed.",
        ),
        (
            VR,
            "Findings colon acute hematoma in the right caudate head with rupture into the right lateral ventricle period mild hydrocephalus period",
        ),
    ],
    "pos_hedged_query": [
        (
            IP,
            "NCCT HEAD: Subtle hyperdensity in right sylvian fissure, ? early SAH. No hydrocephalus. IMPRESSION: Possibility of subtle subarachnoid haemorrhage in right sylvian fissure cannot be ruled out. Advised CTA / LP correlation.",
        ),
        (
            AU,
            "CT Brain: Ill-defined hyperdensity in the left frontal sulci could represent a small amount of traumatic subarachnoid haemorrhage. Comment: Possible small traumatic SAH. Repeat CT suggested if clinical concern.",
        ),
        (
            LA,
            "Conclusion: Image suggestive of small hemorrhage in the right frontal lobe, probable, to correlate with MRI. Cannot exclude hemorrhagic contusion.",
        ),
        (
            VR,
            "Impression colon question of a small left tentorial subdural hematoma comma versus dense tentorium period recommend follow up CT in 6 hours period",
        ),
        (
            MR,
            "MRI brain: A focus of susceptibility in the right temporal lobe may represent a small haemorrhagic contusion. Clinical correlation.",
        ),
        (
            CA,
            "CTA head: Post-thrombectomy hyperdensity in the right caudate may be contrast staining or haemorrhage; a component of haemorrhage cannot be excluded. Suggest repeat CT in 24 hours.",
        ),
        (
            NC,
            "Neurology: CT report mentions a possible small right cerebellar haemorrhage; I think the appearance is suspicious for bleed given the acute vertigo and vomiting. Plan MRI today, hold aspirin until clarified.",
        ),
        (
            IP,
            "IMPRESSION: 1. Small hyperdense area in left thalamus - ? haemorrhagic focus, t/c calcification. Follow-up NCCT advised after 24 hrs.",
        ),
        (
            TT,
            "Tertiary survey: head CT read as 'probable small right frontal contusion'; patient GCS 15 with headache. Plan: repeat CT if any deterioration, no chemical DVT prophylaxis for now.",
        ),
        (
            AU,
            "Comment: Equivocal thin subdural haemorrhage along the left tentorium is favoured over normal tentorial density. Follow-up scan may help.",
        ),
        (
            PE,
            "Paeds ED: 9 mo, fall from bed. CT: thin extra-axial density over the right occipital convexity, possibly a small subdural haemorrhage; no fracture. Radiology suggests MRI. NAI screen initiated per protocol.",
        ),
        (
            QA,
            "QA note: second reader considers the left parietal sulcal hyperdensity likely a small subarachnoid haemorrhage rather than partial volume; prelim did not mention it. Result communicated to the treating team.",
        ),
        (
            VR,
            "Impression colon findings concerning for early hemorrhagic transformation of the right MCA territory infarct period correlate with MRI period",
        ),
        (
            LA,
            "Impression: Probable subdural hematoma laminar in left hemisphere, of 3 mm, versus artefact of beam hardening. We suggest control.",
        ),
        (
            PP,
            "Message from your care team: the radiologist who read your head scan thinks there may be a very small bleed on the surface of the brain, but is not certain. To be sure, we have booked an MRI scan for Thursday. Until then, please do not take aspirin or ibuprofen.",
        ),
    ],
    "pos_imaging_descriptor_mri_cta": [
        (
            CA,
            "CTA head: Acute right basal ganglia haematoma of 32 mL. There is a CTA spot sign: a focus of contrast within the haematoma on the arterial phase, enlarging on the delayed phase. Impression: right basal ganglia ICH with spot sign, high risk of expansion.",
        ),
        (
            MR,
            "MRI BRAIN (SWI, FLAIR, DWI): FLAIR sulcal hyperintensity with corresponding SWI hypointensity in the right parietal sulci, in keeping with acute convexity subarachnoid haemorrhage. No infarct on DWI.",
        ),
        (
            MR,
            "GRE: The left temporal lesion blooms markedly, confirming a haemorrhagic component. Impression: haemorrhagic metastasis favoured given the known melanoma; two further smaller enhancing lesions.",
        ),
        (
            CA,
            "CT venogram: Non-filling of the superior sagittal sinus and right transverse sinus with empty delta sign. Right parietal haemorrhagic venous infarct, 3 cm, with surrounding oedema. Impression: dural venous sinus thrombosis with venous haemorrhage.",
        ),
        (
            CA,
            "Post-thrombectomy CT (dual energy), 2 hours after TICI 2b recanalisation of the right M1: hyperdensity in the right putamen persists on the virtual non-contrast image and is absent on the iodine map, indicating haemorrhage rather than contrast. Heidelberg PH1.",
        ),
        (
            MR,
            "MRI brain: In the left frontal white matter the known cavernoma shows a new rim of T1-hyperintense methaemoglobin and perilesional oedema, consistent with recent haemorrhage from the cavernoma.",
        ),
        (
            CA,
            "CTA circle of Willis: 5 mm aneurysm of the right posterior communicating artery origin. Non-contrast series: thin subarachnoid haemorrhage in the right ambient cistern. Impression: aneurysmal SAH, likely from the PComm aneurysm.",
        ),
        (
            MR,
            "MRI with SWI: acute haematoma of the left pons 12 mm, hyperintense on DWI rim, blooming on SWI. No underlying mass on contrast series. Hypertensive pattern with scattered deep microbleeds.",
        ),
        (
            CA,
            "CTA neck and head: left vertebral artery dissection with intramural haematoma of the V4 segment extending intradurally; associated subarachnoid haemorrhage in the prepontine cistern and fourth ventricle.",
        ),
        (
            MR,
            "MRI brain after assault: the bifrontal contusions bloom on SWI and are T1 hyperintense centrally, i.e. haemorrhagic contusions, larger on the right (2.4 cm). Small amount of subarachnoid blood in the right Sylvian fissure on FLAIR and SWI.",
        ),
        (
            CA,
            "CT perfusion and CTA: large left MCA territory core. Non-contrast: established left MCA infarct with petechial haemorrhagic transformation in the insular cortex (HI2).",
        ),
        (
            MR,
            "SWI shows blooming along the right convexity subdural space, and FLAIR shows a thin hyperintense subdural collection; these confirm a small subacute subdural haematoma not seen on the initial CT.",
        ),
        (
            AU,
            "MRI Brain with SWI: The right frontal lesion demonstrates peripheral blooming and a central T1 bright component consistent with intratumoural haemorrhage within the known glioblastoma. Mass effect increased since prior.",
        ),
        (
            IP,
            "MRI BRAIN WITH SWI: Blooming on SWI in right parietal lobe with T1 hyperintensity, s/o late subacute haemorrhage, 2.2 cm. No enhancement. IMPRESSION: Late subacute right parietal bleed.",
        ),
        (
            LA,
            "Magnetic resonance of brain with sequence SWI: There is hemorrhage in the left caudate with blooming artefact in SWI and hyperintensity in T1. Conclusion: Intraparenchymal hemorrhage subacute in left caudate.",
        ),
    ],
    "pos_indication_then_finding": [
        (
            IP,
            "CLINICAL DETAILS: H/o fall, LOC, ? ICH.\nNCCT HEAD: Acute subdural haematoma along left tentorium and falx, 4 mm. No midline shift.\nIMPRESSION: Small acute left SDH along tentorium and falx.",
        ),
        (
            AU,
            "Clinical notes: sudden severe headache, ?SAH.\nReport: There is subarachnoid haemorrhage in the suprasellar cistern and the anterior interhemispheric fissure. Mild hydrocephalus.\nComment: SAH as queried; CTA advised.",
        ),
        (
            LA,
            "Clinical data: headache and vomit, rule out hemorrhage. Findings: Hemorrhage intraparenchymal right temporal of 4 cm with edema and 5 mm of deviation of the midline. Conclusion: Positive for intraparenchymal hemorrhage.",
        ),
        (
            VR,
            "Indication colon evaluate for intracranial hemorrhage after fall on warfarin period findings colon there is a 7 millimeter acute right subdural hematoma period impression colon acute right subdural hematoma period",
        ),
        (
            CA,
            "Indication: code stroke, exclude haemorrhage before thrombolysis. Non-contrast CT: acute left thalamic haemorrhage 10 mL. CTA not performed. Stroke team informed immediately; alteplase not given.",
        ),
        (
            SC,
            "Stroke code: LKW 13:20. Q: haemorrhage on NCCT? A: YES, right lobar ICH (radiology call 13:58). Thrombolysis: contraindicated, not given. BP: target <140. Anticoagulant reversal: n/a.",
        ),
        (
            PE,
            "Reason for scan: ?non-accidental injury, bruising to ears. CT head result: bilateral subdural haemorrhages of different ages over the convexities. Skeletal survey booked, safeguarding team informed.",
        ),
        (
            IP,
            "Indication: RTA, r/o intracranial bleed.\nFindings: Haemorrhagic contusions in bilateral frontal lobes, largest 2 cm on right. Thin SDH left frontal. Fracture of left frontal bone.\nImpression: Bifrontal contusions with left frontal SDH.",
        ),
        (
            MR,
            "Indication: query haemorrhage versus infarct, left hemiparesis. MRI: acute haemorrhage in the right internal capsule, 9 mm, dark on SWI. No acute infarct on DWI elsewhere.",
        ),
        (
            AU,
            "Clinical question: ? bleed, on dabigatran, fall. Result: Small acute left frontal intraparenchymal haemorrhage. Nil other. Comment: Answer yes, small left frontal ICH.",
        ),
        (
            TT,
            "Trauma call indication for CT head: exclude intracranial bleed, GCS 13. Result on tertiary survey: thin right temporal SDH and traumatic SAH, neurosurgery conservative, repeat CT stable.",
        ),
        (
            QA,
            "Clinical indication on the request: rule out bleed post fall. Prelim and final both report an acute left occipital contusion with haemorrhage. Audit: turnaround 38 minutes, within target.",
        ),
        (
            NC,
            "Reason for consult: ?ICH versus seizure. CT shows a right frontal lobar haemorrhage of about 15 mL; EEG not needed acutely. Recs: levetiracetam only if seizures recur, repeat CT at 24 h.",
        ),
        (
            VR,
            "Clinical history colon headache comma rule out bleed period findings colon there is a small amount of subarachnoid hemorrhage in the right frontal sulci period no aneurysm visible on this non contrast study period",
        ),
        (
            DS,
            "Discharge summary. Reason for admission: collapse, CT to exclude haemorrhage. Diagnosis: CT confirmed a small left cerebellar haemorrhage. Problem list: 1. Cerebellar ICH. 2. AF on rivaroxaban, reversed with andexanet. 3. CKD 3.",
        ),
    ],
    "pos_known_no_veto": [
        (
            IP,
            "FOLLOW UP NCCT HEAD: Known right frontoparietal SDH shows interval layering with hematocrit level, thickness 10 mm (previously 10 mm). No fresh haemorrhage elsewhere. IMPRESSION: Stable right SDH with layering.",
        ),
        (
            AU,
            "CT Head comparison 24 h prior: The known left temporal haematoma is unchanged at 22 mm. No new haemorrhage elsewhere. No hydrocephalus. Comment: Stable left temporal ICH.",
        ),
        (
            LA,
            "Control CT: Persists the subdural hematoma right of 8 mm, similar to previous. There is not new hemorrhage in other location. Conclusion: Subdural hematoma stable.",
        ),
        (
            VR,
            "Comparison prior day period the previously described right parietal intraparenchymal hemorrhage is unchanged in size period no new hemorrhage period impression colon stable right parietal hemorrhage period",
        ),
        (
            IC,
            "ICU ward round.\nNeuro: repeat CT: the known SAH is redistributing, still present in the basal cisterns; no new bleed; EVD clamped trial today. GCS 14.\nResp: self-ventilating, room air.\nCVS: nimodipine, BP stable.\nID: afebrile.",
        ),
        (
            MR,
            "MRI follow-up: the known right occipital haematoma is now late subacute with T1 bright rim; no new haemorrhage elsewhere on SWI. Impression: evolving right occipital haemorrhage, no new bleed.",
        ),
        (
            NC,
            "Neurology follow-up: repeat CT shows the left thalamic haemorrhage is stable at 9 mL, with no new haemorrhage and no hydrocephalus. Continue BP control, begin physiotherapy.",
        ),
        (
            AU,
            "CT Brain: Bilateral chronic subdural haematomas again seen, right 14 mm, left 9 mm, with small acute components on the right. No acute haemorrhage elsewhere. Comment: Bilateral subdurals, acute-on-chronic on the right.",
        ),
        (
            IP,
            "NCCT HEAD (follow up day 3): Known IVH in both lateral ventricles, decreasing in density. No fresh bleed. No hydrocephalus. IMPRESSION: Resolving intraventricular haemorrhage, no new haemorrhage.",
        ),
        (
            CA,
            "Post-coiling CT: subarachnoid haemorrhage in the basal cisterns persists, less dense than on admission. Coil mass in the basilar tip aneurysm. No new haemorrhage and no infarct.",
        ),
        (
            TT,
            "Tertiary survey day 3: known right frontal contusion with haemorrhage stable on repeat CT, no new intracranial bleeding. Cleared for mobilisation with physio.",
        ),
        (
            DS,
            "Discharge summary. Problem list: 1. Left acute subdural haematoma (admission), not operated, still present at 6 mm on discharge CT, no new bleed. 2. Alcohol excess. Follow-up CT in 4 weeks.",
        ),
        (
            VR,
            "The known left frontal contusion remains with a hemorrhagic component measuring 1.5 centimeters period there is no new hemorrhage elsewhere in the brain period no midline shift period",
        ),
        (
            PH,
            "Anticoagulation pharmacist note: patient with known acute right SDH (stable on today's CT, no new haemorrhage). Warfarin remains on hold; INR 1.2 after PCC. Do not restart until neurosurgery agrees, expected 4-6 weeks.",
        ),
        (
            LA,
            "Comparison with study of 2 days: The hemorrhage in the left basal ganglia is similar in dimension, 3 cm, with more edema. There are no new hemorrhages. Conclusion: Hemorrhage left basal ganglia without changes.",
        ),
    ],
    "pos_mimic_with_blood": [
        (
            IP,
            "NCCT HEAD: Bilateral frontal subdural hygromas with a hyperdense acute haemorrhagic component on the left, 4 mm. IMPRESSION: Subdural hygromas with fresh bleed on left side.",
        ),
        (
            AU,
            "CT Brain: Dense basal ganglia calcification bilaterally, as before. Separately, there is a new acute haematoma in the right thalamus of 15 mm with oedema. Comment: Acute right thalamic haemorrhage; calcification unchanged.",
        ),
        (
            CA,
            "Post-thrombectomy CT: hyperdensity in the left caudate and putamen. Dual-energy analysis: partly contrast staining on the iodine map, with a persistent hyperdense haemorrhagic component on virtual non-contrast. Impression: mixed contrast staining and haemorrhage.",
        ),
        (
            MR,
            "MRI: Right convexity subdural empyema with restricted diffusion, and a separate acute subdural haematoma component along the tentorium (SWI dark, T1 isointense). Impression: empyema with a superimposed haemorrhagic collection.",
        ),
        (
            LA,
            "CT skull: Hyperdense sign of the right middle cerebral artery. In addition hemorrhage intraparenchymal right frontal of 2 cm. Conclusion: Hemorrhage right frontal; hyperdense vessel.",
        ),
        (
            VR,
            "Findings colon diffuse cerebral edema with relative hyperdensity of the cisterns comma but in addition true subarachnoid hemorrhage is seen layering in the interpeduncular cistern with high attenuation blood period",
        ),
        (
            AU,
            "CT Head: Left convexity collection of CSF density consistent with hygroma, now with a new layer of hyperdense blood along its dependent margin. Comment: Hygroma with new haemorrhage into it.",
        ),
        (
            IP,
            "NCCT: Calcified meningioma in right parafalcine region. Acute haematoma seen adjacent to it in right frontal lobe, 2.5 cm. IMPRESSION: Haemorrhage adjacent to calcified meningioma.",
        ),
        (
            CA,
            "CTA: hyperdense basilar artery sign with occlusion. Non-contrast: a small acute haemorrhage in the left cerebellar hemisphere in addition. Impression: basilar occlusion; small cerebellar haemorrhage.",
        ),
        (
            MR,
            "MRI brain: Cerebral abscess in the left temporal lobe with a haemorrhagic rim confirmed on SWI and intralesional blood products. Ventriculitis not seen.",
        ),
        (
            NC,
            "Neurology: CT shows both subdural effusions after meningitis and, on the left, hyperdense blood within the collection. Impression: haemorrhage into a subdural effusion. Neurosurgery asked.",
        ),
        (
            QA,
            "Peer review: the prelim called the right falx hyperdensity calcification; on review it is acute interhemispheric subdural blood adjacent to the falx. Upgraded to discrepancy 2a; team informed.",
        ),
        (
            PE,
            "Paeds ED: term 3-week-old with benign enlargement of the subarachnoid spaces on previous ultrasound; now CT shows acute subdural haemorrhage within those enlarged spaces. Child protection consulted.",
        ),
        (
            DS,
            "Discharge summary. Problem list: 1. Right chronic subdural hygroma with acute haemorrhage into it (CT day 1), managed with burr hole. 2. Parkinson's disease. 3. Falls.",
        ),
        (
            AU,
            "CT Brain post-contrast (from CT chest staging): contrast enhancement of the dural sinuses as expected; additionally a 9 mm hyperdense lesion in the left occipital lobe is haemorrhage on the pre-contrast series. Comment: small left occipital haemorrhage.",
        ),
    ],
    "pos_non_english_accents": [
        (
            LA,
            "TC de cráneo simple / non-contrast CT head: Hemorragia subaracnoidea en cisternas basales y ambas cisuras de Silvio (subarachnoid hemorrhage in the basal cisterns and both Sylvian fissures), Fisher 4. Conclusión / conclusion: subarachnoid hemorrhage; se sugiere angiotomografía (CTA suggested).",
        ),
        (
            LA,
            "Tomografia computadorizada de crânio: hematoma subdural agudo à esquerda, com 10 mm de espessura e desvio da linha média de 6 mm. Impression in English: acute left subdural hematoma, 10 mm, with 6 mm midline shift.",
        ),
        (
            LA,
            "Resonancia magnética de encéfalo: hemorragia intraparenquimatosa subaguda en el lóbulo occipital derecho. English: subacute intraparenchymal hemorrhage in the right occipital lobe, 2.7 cm, with blooming on SWI.",
        ),
        (
            IP,
            "NCCT HEAD: Acute intracerebral haemorrhage in left basal ganglia, 20 mL (दिमाग में खून / bleeding in the brain explained to the attendants in Hindi). IMPRESSION: Left basal ganglia bleed.",
        ),
        (
            IP,
            "NCCT HEAD: Acute extradural haematoma right parietal, 13 mm, with fracture. Attendants informed in Urdu (دماغ میں خون جمع ہے, blood collection over the brain) and referred to neurosurgery, Lahore.",
        ),
        (
            AU,
            "CT Head, Whangārei: small acute right frontal subdural haematoma, 4 mm. Whānau informed of the bleed on the brain; patient prefers te reo Māori, interpreter arranged.",
        ),
        (
            LA,
            "Tomografía de cráneo: contusión hemorrágica temporal izquierda de 2 cm (haemorrhagic contusion left temporal, 2 cm) y hemorragia subaracnoidea traumática. Conclusión: hemorrhagic contusion with traumatic SAH.",
        ),
        (
            LA,
            "Conclusão / conclusion: hemorragia intraventricular (intraventricular hemorrhage) nos cornos occipitais, com hidrocefalia leve. Sugiro correlação clínica — clinical correlation suggested.",
        ),
        (
            NC,
            "Interconsulta de neurología / neurology consult: paciente de 62 años, afasia súbita. TC: hemorragia lobar frontal izquierda (left frontal lobar haemorrhage), 18 mL. Plan: control de presión arterial, SBP under 140.",
        ),
        (
            PP,
            "Resumen para el paciente / summary for the patient: su tomografía mostró un pequeño sangrado dentro de la cabeza (a small bleed inside the head, a subdural hematoma). El equipo lo vigilará y repetirá la tomografía mañana.",
        ),
        (
            PE,
            "Urgencias pediátricas / paediatric ED: lactante de 5 meses, caída del sofá. TC: hematoma epidural parietal derecho de 9 mm con fractura (right parietal epidural haematoma, 9 mm, with fracture). Neurocirugía avisada.",
        ),
        (
            CA,
            "Angio-TC / CTA: aneurisma de la arteria comunicante anterior de 6 mm; hemorragia subaracnoidea difusa (diffuse subarachnoid haemorrhage). Conclusión: aneurysmal SAH from an AComm aneurysm.",
        ),
        (
            DS,
            "Alta hospitalar / discharge summary: Diagnóstico principal: hemorragia intracerebral talâmica direita (right thalamic intracerebral haemorrhage), tratamento conservador. Problem list: 2. hipertensão / hypertension. 3. diabetes.",
        ),
        (
            MR,
            "MRI cerebro: microsangrados no; hay un hematoma agudo cerebeloso izquierdo de 2 cm (acute left cerebellar haematoma, 2 cm), con efecto de masa sobre el cuarto ventrículo.",
        ),
    ],
    "pos_not_purely_historical": [
        (
            IP,
            "NCCT HEAD: H/o right SDH evacuated 2 months back. Now re-accumulation of acute-on-chronic SDH at same site, 15 mm, midline shift 7 mm. IMPRESSION: Recurrent right SDH.",
        ),
        (
            AU,
            "CT Brain: Known previous left frontal haemorrhage (2019) with encephalomalacia. New acute haematoma in the right parietal lobe, 20 mm. Comment: New right parietal ICH; old left frontal change.",
        ),
        (
            NC,
            "Neurology: PMH of SAH in 2015 (coiled). Presents with a new thunderclap headache; today's CT shows fresh subarachnoid haemorrhage around the coil mass. Impression: re-bleed from recanalised aneurysm.",
        ),
        (
            LA,
            "Antecedent of hemorrhage in left putamen 3 years ago. Actual study: new hemorrhage in right thalamus of 1.5 cm and the old cavity in left putamen. Conclusion: Acute hemorrhage right thalamic.",
        ),
        (
            MR,
            "MRI: Previous or recent haemorrhagic transformation of the left MCA infarct: SWI blooming and T1 hyperintense blood products in the left insula, which were not present on the CT of 10 days ago. Impression: haemorrhagic transformation has occurred since the last CT.",
        ),
        (
            VR,
            "History colon prior subdural hematoma drained last year period findings colon there is a new acute subdural hematoma on the left measuring 9 millimeters period the old right sided collection has resolved period",
        ),
        (
            FC,
            "Falls clinic letter: Dear Dr Harris, I saw Mrs K (84) following her third fall. She had a left subdural haematoma after a fall in March that was managed conservatively; the CT we arranged today shows that it is still present at 7 mm, with a new acute component. I have asked the neurosurgeons to see her this week.",
        ),
        (
            DS,
            "Discharge summary. Past history: right cerebellar haemorrhage 2021. This admission: recurrent right cerebellar haemorrhage 12 mL confirmed on CT day 1, no hydrocephalus. Problem list: 1. Recurrent cerebellar ICH. 2. Hypertension.",
        ),
        (
            CA,
            "CTA follow-up of a known left occipital AVM that bled in 2020. New non-contrast finding: fresh haemorrhage at the nidus, 2 cm, with intraventricular extension. Impression: AVM re-haemorrhage.",
        ),
        (
            IC,
            "ICU ward round, day 6 post SAH.\nNeuro: new drowsiness; CT shows a new left frontal haemorrhage around the EVD tract in addition to the residual SAH. EVD kept open.\nResp: intubated for airway.\nCVS: triple-H not used.",
        ),
        (
            PH,
            "Anticoagulation pharmacist: history of warfarin-associated ICH 2018; today's CT (ordered for headache) shows a new small left parietal haemorrhage while on apixaban. Apixaban stopped, andexanet discussed with haematology.",
        ),
        (
            QA,
            "QA discrepancy: comparison with the 2022 CT was made, and the right temporal haemorrhagic scar was called old. The final review finds fresh blood adjacent to the scar on this exam. Discrepancy grade 3 (clinically significant).",
        ),
        (
            TT,
            "Tertiary survey: PMH traumatic SAH (2023 fall). Today's trauma CT shows new acute right temporal contusion with haemorrhage and thin SDH. Neurosurgery consulted.",
        ),
        (
            IP,
            "MRI BRAIN: Old haemorrhagic foci in bilateral basal ganglia (hypertensive). Additionally an acute bleed in left pons, 1.2 cm, with perilesional oedema. IMPRESSION: Acute pontine haemorrhage on background of old microhaemorrhages.",
        ),
    ],
    "pos_note_sections": [
        (
            NC,
            "NEUROLOGY CONSULT\nHPI: 59F, sudden severe occipital headache at the gym, vomited twice.\nPMH: migraine, smoker.\nExam: GCS 15, neck stiffness, no focal deficit.\nImaging: CT head today shows diffuse subarachnoid haemorrhage, WFNS 1.\nAssessment/Plan: aneurysmal SAH until proven otherwise; CTA now, nimodipine, neurosurgery.",
        ),
        (
            TT,
            "TERTIARY TRAUMA SURVEY\nMechanism: pedestrian vs car.\nPrimary/secondary: GCS 12 on arrival.\nImaging: CT head left temporal contusion with haemorrhage and thin left SDH; CT C-spine negative; CT chest left haemothorax with drain.\nMissed injuries: left 5th metacarpal fracture found today.\nPlan: repeat CT head 24 h.",
        ),
        (
            FC,
            "Falls and Syncope Clinic\nPresenting problem: recurrent falls.\nHistory: 3 falls in 2 months; the last with head strike.\nInvestigations: CT brain (ordered from clinic) shows a right chronic subdural haematoma of 11 mm with mass effect.\nPlan: urgent referral to neurosurgery; aspirin stopped today.",
        ),
        (
            PE,
            "PAEDIATRIC ED NOTE\nPC: 2-year-old, fall down stairs.\nExam: boggy left parietal swelling, GCS 14.\nInvestigations: CT head: left parietal fracture with underlying extradural haematoma 8 mm.\nDisposition: neurosurgery accepted, transfer to PICU.",
        ),
        (
            IC,
            "ICU WARD ROUND\nNeuro: sedated, pupils equal; CT: right basal ganglia haemorrhage 35 mL with IVH; EVD in situ, ICP 18.\nResp: ventilated, PEEP 8.\nCVS: SBP target 130-150.\nRenal/fluids: Na target 145-155.\nHaem: plt 210.\nPlan: family meeting 14:00.",
        ),
        (
            DS,
            "DISCHARGE SUMMARY\nDiagnoses: 1. Left frontal intracerebral haemorrhage. 2. Cerebral amyloid angiopathy (probable).\nHospital course: confusion and right arm weakness; CT showed a 14 mL left frontal lobar haematoma, MRI confirmed multiple lobar microbleeds.\nMedications on discharge: amlodipine; aspirin stopped.\nFollow-up: stroke clinic 6 weeks.",
        ),
        (
            PH,
            "PHARMACY NOTE (anticoagulation)\nIndication for review: new intracranial bleed.\nFindings: CT head today, acute left subdural haematoma 8 mm.\nCurrent therapy: rivaroxaban 20 mg, last dose 08:00.\nRecommendation: andexanet alfa per protocol; hold rivaroxaban; recheck anti-Xa.",
        ),
        (
            NC,
            "S: Woke with left-sided weakness.\nO: BP 210/115, left hemiparesis 3/5. CT: right putaminal haemorrhage 22 mL, no IVH.\nA: Hypertensive ICH.\nP: IV labetalol to SBP 140, repeat CT 6 h, NIHSS hourly.",
        ),
        (
            TT,
            "Trauma team note\nSurvey: tertiary, day 1.\nHead/neuro: traumatic SAH in the left frontal sulci on CT, GCS 15, mild headache.\nFace: nasal bone fracture.\nAbdomen: FAST negative.\nTertiary plan: no chemical VTE prophylaxis 24 h, repeat CT only if worse.",
        ),
        (
            IC,
            "Ward round (ICU), day 2 of admission for status epilepticus.\nNeuro: seizures controlled; CT yesterday showed a left temporal haemorrhage 10 mL thought secondary to venous thrombosis; CTV confirmed transverse sinus thrombosis.\nHaem: heparin infusion started despite the haemorrhage, per neurology.\nResp: extubated.",
        ),
        (
            PE,
            "NAI review note\nHistory: 3-month-old, 'found floppy'.\nExamination: bulging fontanelle, no external bruises.\nImaging: CT head: bilateral acute subdural haemorrhage and interhemispheric blood. Skeletal survey: two posterior rib fractures. Ophthalmology: retinal haemorrhages.\nPlan: strategy meeting with police and social care.",
        ),
        (
            DS,
            "Discharge summary\nPresenting complaint: sudden headache.\nProblem list: 1. Perimesencephalic subarachnoid haemorrhage, angiogram-negative. 2. Anxiety.\nCourse: CT showed blood confined to the perimesencephalic cisterns; DSA normal; uneventful stay.\nDischarged home day 7.",
        ),
        (
            FC,
            "Geriatric medicine clinic letter\nDiagnosis: 1. Falls. 2. Right-sided subdural haematoma, acute, found on today's CT. 3. Osteoporosis.\nManagement: admitted directly via ED; clopidogrel held.",
        ),
        (
            NC,
            "Neuro consult note\nCC: confusion after fall.\nHx: on dual antiplatelets.\nImaging: CT shows small bifrontal haemorrhagic contusions.\nImpression: traumatic brain injury with contusions.\nRecommendations: hold antiplatelets 7 days after discussion with cardiology.",
        ),
    ],
    "pos_structured_template": [
        (
            SC,
            "STROKE CODE CHECKLIST\nOnset/LKW: 09:40\nNIHSS: 14\nGlucose: 6.8\nNCCT result: [x] haemorrhage  [ ] no haemorrhage\nType: left putaminal ICH\nThrombolysis: [ ] given  [x] contraindicated (ICH)\nBP plan: SBP <140",
        ),
        (
            IP,
            "NCCT HEAD (TELERADIOLOGY TEMPLATE)\nHaemorrhage: Present, acute SDH left frontoparietal, 7 mm\nInfarct: Nil\nMidline shift: 3 mm\nVentricles: Normal\nFracture: Nil\nImpression: Acute left SDH",
        ),
        (
            AU,
            "CT HEAD TRAUMA PROTOCOL\nExtra-axial: acute right subdural haematoma 5 mm\nParenchyma: no contusion\nSAH: none\nVentricles: normal\nSkull/face: no fracture\nCanadian CT head rule: n/a",
        ),
        (
            CA,
            "CTA STROKE TEMPLATE\nNCCT ASPECTS: n/a (haemorrhage)\nICH: yes | location: right lobar | volume: 24 mL\nSpot sign: present\nLVO: none\nImpression: right lobar ICH with spot sign",
        ),
        (
            TT,
            "TERTIARY SURVEY FORM\nHead CT: [x] abnormal - traumatic SAH right Sylvian fissure\nC-spine: [x] cleared\nChest: [ ] abnormal\nAbdomen/pelvis: [ ] abnormal\nNew injuries found: none\nVTE prophylaxis: withheld 24 h (SAH)",
        ),
        (
            IC,
            "ICU DAILY GOALS\nNeuro: GCS 9T | CT: left SDH 12 mm post-craniotomy, residual acute blood | ICP: 14\nResp: SIMV, FiO2 0.4\nCVS: noradrenaline 0.05\nRenal: UO 1 mL/kg/h\nLines: EVD, art line\nGoals: CPP >60",
        ),
        (
            PH,
            "ANTICOAGULATION REVERSAL FORM\nBleed site: intracranial (acute right SDH on CT)\nAgent: warfarin | INR: 3.4\nReversal given: PCC 50 IU/kg, vitamin K 10 mg IV\nRepeat INR: 1.3\nRestart plan: review in 4 weeks",
        ),
        (
            PE,
            "SKELETAL SURVEY / NAI PROTOCOL\nAge: 6 months\nCT head: abnormal = bilateral subdural haemorrhages, mixed density\nSkeletal survey: no fractures\nOphthalmology: pending\nSafeguarding referral: yes",
        ),
        (
            VR,
            "CT head without contrast period new paragraph\nHemorrhage: yes comma acute left cerebellar hematoma 2 centimeters period\nMass effect: mild effacement of the fourth ventricle period\nHydrocephalus: no period\nFracture: none period end of template",
        ),
        (
            DS,
            "DISCHARGE SUMMARY\nPrincipal diagnosis: Intraventricular haemorrhage (primary) | ICD-10: I61.5\nSecondary: Hypertension | I10\nProcedures: EVD insertion\nDischarge destination: rehab\nFollow-up: neurosurgery 6 weeks",
        ),
        (
            LA,
            "CT BRAIN REPORT\nHemorrhage: YES, subarachnoid, basal cisterns\nIschemia: NO\nHydrocephalus: mild\nMidline deviation: 0 mm\nConclusion: subarachnoid hemorrhage, Fisher 3",
        ),
        (
            QA,
            "PEER REVIEW FORM\nExam: CT head 17/03\nOriginal finding: small left occipital ICH\nReviewer finding: small left occipital ICH\nScore: 1 = concur\nLearning point: none",
        ),
        (
            MR,
            "MRI BRAIN STRUCTURED REPORT\nHaemorrhage: yes, late subacute haematoma left temporal lobe, 2 cm, blooming on SWI\nInfarct (DWI): none\nEnhancement: none\nMicrobleeds: 0\nImpression: left temporal haemorrhage, no underlying lesion seen; repeat MRI in 3 months",
        ),
        (
            AU,
            "NEUROSURGERY REFERRAL TEMPLATE (CT)\nHaematoma type: acute-on-chronic SDH\nSide: left\nThickness: 18 mm\nMidline shift: 9 mm\nGCS: 13\nAnticoagulant: apixaban, last dose 07:00",
        ),
    ],
    "pos_addendum_correction": [
        (
            IP,
            "NCCT HEAD: No acute intracranial abnormality.\nADDENDUM (after review with consultant): A thin acute SDH of 3 mm is seen along the left tentorium on the coronal images. Revised impression: Small acute left tentorial SDH. Clinician informed.",
        ),
        (
            AU,
            "CT Brain: No acute intracranial findings.\nAddendum: On review of the thin sections there is a small volume of subarachnoid haemorrhage in the right parietal sulci. Amended comment: small traumatic SAH. Discussed with ED.",
        ),
        (
            VR,
            "Addendum colon correction to the above report period the impression should read acute right frontal subdural hematoma measuring 5 millimeters comma not chronic period the remainder of the report is unchanged period",
        ),
        (
            QA,
            "Discrepancy record: Prelim (registrar): no haemorrhage. Final (consultant), amended: 6 mm acute left convexity subdural haematoma missed on prelim. Category 3. Patient recalled, neurosurgery informed.",
        ),
        (
            CA,
            "Post-thrombectomy CT, revised report: initially called contrast staining only; follow-up DECT shows persistent hyperdensity on virtual non-contrast in the left putamen. Corrected impression: haemorrhagic transformation (PH1) with some contrast staining.",
        ),
        (
            MR,
            "MRI brain, ADDENDUM: on reviewing the SWI sequence (not available at first report), there is an acute haemorrhage in the right caudate, 8 mm. Revised conclusion: small caudate haemorrhage, rather than a small infarct.",
        ),
        (
            LA,
            "Addendum to the report: Reviewed by the attending, there is a hemorrhage subarachnoid small in the left frontal sulcus that was not mentioned. Corrected conclusion: traumatic subarachnoid hemorrhage minimal.",
        ),
        (
            PP,
            "Corrected result (portal): An earlier message said your head scan was normal. The radiologist has revised the report: it shows a small bleed on the surface of the brain. Your doctor will call you today to discuss what happens next.",
        ),
        (
            IP,
            "AMENDED REPORT. Previous impression 'age related atrophy' is corrected. Findings: There is acute on chronic SDH along right fronto-parietal convexity, 12 mm. Impression: Right acute-on-chronic SDH.",
        ),
        (
            NC,
            "Neurology addendum: CT report was revised by neuroradiology at 16:00 to show a small left thalamic haemorrhage (initially read as a lacune). Revised plan: no antiplatelet, BP control, repeat imaging.",
        ),
        (
            AU,
            "ADDENDUM: Comparison with the outside study now available. The right temporal density is acute haemorrhage, new since the outside scan, not calcification as first suggested. Revised comment: acute right temporal haemorrhage.",
        ),
        (
            VR,
            "Addendum period the word hemorrhage was omitted in the impression due to a dictation error period corrected impression colon small acute intraventricular hemorrhage in the left occipital horn period",
        ),
        (
            PE,
            "Paeds ED, addendum 22:10: radiology consultant has amended the CT head report to include a thin right parietal subdural haemorrhage beneath the fracture. Plan changed: admit, NAI pathway started.",
        ),
        (
            DS,
            "Discharge summary, corrected version: Diagnosis corrected from 'concussion' to 'concussion with small left frontal traumatic subarachnoid haemorrhage' after final radiology report. Follow-up CT not required per neurosurgery.",
        ),
    ],
    "neg_plain": [
        (
            IP,
            "NCCT HEAD: No evidence of intracranial haemorrhage, infarct or space occupying lesion. Ventricles and cisterns normal. Calvarium intact. IMPRESSION: Normal study.",
        ),
        (
            AU,
            "CT Brain: No intracranial haemorrhage. No extra-axial collection. Grey-white differentiation preserved. Comment: No acute intracranial abnormality.",
        ),
        (
            LA,
            "CT of skull without contrast: There is not hemorrhage, there is not lesions occupying space. Midline centered. Conclusion: Study without hemorrhagic alterations.",
        ),
        (
            VR,
            "Impression colon no acute intracranial hemorrhage period no mass effect period no fracture period",
        ),
        (
            MR,
            "MRI brain including SWI: no intracranial haemorrhage, no microbleeds, no restricted diffusion. Normal study for age.",
        ),
        (
            CA,
            "Non-contrast CT head and CTA: no intracranial haemorrhage; no large vessel occlusion; no aneurysm.",
        ),
        (
            PP,
            "Your head CT result: good news, the scan did not show any bleeding in or around the brain, and no broken bones in the skull. Your doctor will talk to you about the headache plan.",
        ),
        (
            AU,
            "CT Head: Nil intracranial haemorrhage or fracture. Mild small vessel change. Comment: No acute findings.",
        ),
        (
            IP,
            "PLAIN CT BRAIN: No intra or extra axial bleed. No midline shift. Age related cerebral atrophy. IMPRESSION: No acute bleed.",
        ),
        (
            TT,
            "Tertiary survey: CT head negative for haemorrhage or contusion; GCS 15, no headache. Head injury advice given.",
        ),
        (
            NC,
            "Neurology consult: CT shows no haemorrhage; MRI shows a small acute left pontine infarct. Recs: dual antiplatelets 21 days, statin.",
        ),
        (
            VR,
            "Findings colon there is no intracranial hemorrhage comma extra axial collection comma or mass effect period the ventricles are normal in size period",
        ),
        (LA, "Conclusion: Absence of hemorrhage intracranial. Absence of fractures. Normal study."),
        (
            MR,
            "GRE and SWI: no blooming foci; no blood products anywhere in the brain. Conclusion: no haemorrhage.",
        ),
        (
            PE,
            "Paeds ED, 3-year-old, head strike on coffee table: CT head, no intracranial bleed, no fracture. Discharged with head injury advice.",
        ),
        (
            QA,
            "Peer review 4410: original 'no intracranial haemorrhage'; reviewer agrees, no haemorrhage or fracture. Score 1.",
        ),
        (CA, "CTV: patent dural venous sinuses. No haemorrhage, no venous infarct."),
    ],
    "neg_site_extracranial": [
        (
            IP,
            "NCCT HEAD: Large left parietal scalp haematoma with subgaleal extension. No intracranial haemorrhage. No fracture. IMPRESSION: Scalp haematoma only.",
        ),
        (
            AU,
            "CT Facial bones: Left orbital floor fracture with retrobulbar haematoma and proptosis. Intracranial contents unremarkable, no intracranial haemorrhage. Comment: Retrobulbar haematoma, ophthalmology informed.",
        ),
        (
            PE,
            "Newborn check, day 2: right parietal cephalohaematoma, not crossing sutures, soft. Cranial ultrasound: no intracranial haemorrhage. Plan: bilirubin monitoring.",
        ),
        (
            MR,
            "MRI thoracic spine: Acute spinal epidural haematoma from T4 to T7 compressing the cord. Brain not imaged.",
        ),
        (
            VR,
            "Findings colon there is a large left frontal subgaleal hematoma period the brain is normal without intracranial hemorrhage period",
        ),
        (
            CA,
            "CTA neck: Right sternocleidomastoid and parapharyngeal haematoma following jugular line attempts; no active extravasation. Intracranial vessels normal; no intracranial haemorrhage.",
        ),
        (
            LA,
            "CT of face: Hemosinus (blood) in the right maxillary sinus with fracture of the anterior wall. Brain without hemorrhage.",
        ),
        (
            TT,
            "Tertiary survey: large occipital scalp laceration with haematoma, stapled; CT head no intracranial injury. Right hemotympanum noted on otoscopy; ENT follow-up.",
        ),
        (
            PE,
            "Skeletal survey note, 7-month-old: bilateral retinal haemorrhages on ophthalmology exam; CT and MRI head show no intracranial haemorrhage. Subconjunctival haemorrhage right eye. Safeguarding referral continues.",
        ),
        (
            AU,
            "CT Brain: Right frontal scalp haematoma with underlying soft tissue swelling. Nil intracranial blood. Nil fracture.",
        ),
        (
            IP,
            "CT ORBITS: Left preseptal haematoma and subperiosteal haematoma along the medial wall of left orbit. Intracranial study: no bleed.",
        ),
        (
            NC,
            "Neurology consult: back pain and leg weakness on warfarin; MRI shows a lumbar spinal epidural haematoma L2-L4. Head CT normal, no intracranial haemorrhage. Spinal surgery consulted.",
        ),
        (
            DS,
            "Discharge summary. Problem list: 1. Nasal fracture with epistaxis (packed). 2. Periorbital haematoma left. CT head: no intracranial haemorrhage.",
        ),
        (
            VR,
            "Impression colon left temporal scalp hematoma period no acute intracranial abnormality period no calvarial fracture period",
        ),
        (
            FC,
            "Falls clinic: fell onto her face last week, extensive bilateral periorbital bruising and a forehead haematoma. CT brain performed in ED: no intracranial bleed.",
        ),
        (
            LA,
            "Ultrasound of neck: Hematoma in the thyroid bed post thyroidectomy of 4 cm. No compression of the trachea.",
        ),
    ],
    "neg_mimic": [
        (
            IP,
            "NCCT HEAD: Bilateral frontal subdural hygromas (CSF density), 6 mm. No hyperdense component. No haemorrhage. IMPRESSION: Subdural hygromas, no bleed.",
        ),
        (
            AU,
            "CT Brain: Dense calcification of the falx and the basal ganglia bilaterally, physiological. No haemorrhage. Comment: No acute findings.",
        ),
        (
            CA,
            "Post-thrombectomy DECT: hyperdensity in the left caudate disappears on the virtual non-contrast image and is bright on the iodine map, in keeping with contrast staining, not haemorrhage.",
        ),
        (
            MR,
            "MRI brain: Left convexity subdural empyema with restricted diffusion and enhancing margins after frontal sinusitis. No blood products on SWI. Impression: subdural empyema; no haemorrhage.",
        ),
        (
            VR,
            "Findings colon diffuse cerebral edema with effacement of the sulci and relative hyperdensity of the basal cisterns consistent with pseudo subarachnoid hemorrhage period no true subarachnoid blood period",
        ),
        (
            LA,
            "Hyperdense sign of the left middle cerebral artery by thrombus. There is no hemorrhage. Conclusion: Hyperdense MCA sign, acute ischemia probable.",
        ),
        (
            AU,
            "CT Head: Relative hyperdensity of the dural venous sinuses in keeping with haemoconcentration (Hb 190). CTV not required. No haemorrhage, no venous infarct.",
        ),
        (
            NC,
            "Neurology: post-meningitis subdural effusions bilaterally, CSF density, stable. No blood in them on CT. Continue antibiotics.",
        ),
        (
            IP,
            "CT BRAIN: Right frontal abscess with ring enhancement and perilesional oedema. No haemorrhagic component. IMPRESSION: Cerebral abscess.",
        ),
        (
            CA,
            "CT head after coiling: streak artefact from the coil mass mimics hyperdensity in the suprasellar cistern; no haemorrhage on the reformats.",
        ),
        (
            QA,
            "Peer review: prelim called a small right frontal SDH; the reviewer considers it normal dural calcification on the thin sections. Final: no haemorrhage. Concur with final.",
        ),
        (
            PE,
            "Paeds ED: MRI shows benign enlargement of the subarachnoid spaces in a 7-month-old with macrocephaly. No subdural collection, no haemorrhage.",
        ),
        (
            MR,
            "MRI brain: the dark foci on SWI in both globi pallidi are diamagnetic on the phase images and match calcification on the prior CT; they are not blood products. No haemorrhage.",
        ),
        (
            AU,
            "CT Brain post contrast: normal enhancement of the dural sinuses and choroid plexus. No haemorrhage.",
        ),
        (
            TT,
            "Tertiary survey: radiology review of the head CT: the hyperdensity along the tentorium is normal tentorial density, not blood. No intracranial injury.",
        ),
        (
            IC,
            "ICU ward round. Neuro: hypoxic brain injury after arrest; CT shows diffuse oedema with pseudo-SAH appearance; radiology confirm no true subarachnoid haemorrhage. Resp: ventilated.",
        ),
        (
            VR,
            "Impression colon calcified dural plaques along the falx and the tentorium comma not blood period no acute hemorrhage period",
        ),
    ],
    "neg_ruled_out": [
        (
            NC,
            "Neurology consult: thunderclap headache; CT head ruled out subarachnoid haemorrhage and the LP at 12 h showed no xanthochromia. Impression: primary headache, likely migraine.",
        ),
        (
            DS,
            "Discharge summary: admitted after a collapse. CT head excluded bleed. Diagnosis: vasovagal syncope. Problem list: 1. Syncope. 2. Dehydration.",
        ),
        (
            TT,
            "Tertiary survey: CT head excluded intracranial bleeding and fracture. Main injury: right tibial plateau fracture, for ORIF.",
        ),
        (
            FC,
            "Falls clinic letter: Dear Dr Okafor, your patient's CT brain after the fall last month came back clear, with no bleeding. We have reviewed her medications and reduced the antihypertensive.",
        ),
        (
            PE,
            "Paeds ED: fall from scooter, helmet on. CT head done given vomiting: no intracranial haemorrhage found; bleed ruled out. Home with advice.",
        ),
        (
            PH,
            "Pharmacy note: apixaban held on admission pending imaging; CT head ruled out intracranial haemorrhage. Apixaban restarted tonight at 5 mg BD.",
        ),
        (
            IC,
            "ICU ward round: Neuro: drowsy on sedation hold, CT this morning excluded haemorrhage or new infarct; likely septic encephalopathy.",
        ),
        (
            SC,
            "Stroke code note: NCCT - haemorrhage excluded. Alteplase given at 14:32, door-to-needle 31 minutes.",
        ),
        (
            ML,
            "Medicolegal summary: Following the incident, the claimant attended ED where a CT scan of the brain ruled out any intracranial bleeding. The claimed post-concussion symptoms are discussed below.",
        ),
        (
            PP,
            "About your scan: the CT of your head was done to make sure there was no bleeding inside the skull. It did not show any bleeding. Your headache is most likely from the fall and should settle over the next weeks.",
        ),
        (
            QA,
            "QA note: referrer asked whether the CT had excluded haemorrhage; both readers agree there is no intracranial haemorrhage. No discrepancy.",
        ),
        (
            NC,
            "Neurology clinic: the ED CT ruled out a bleed and the MRI shows only a few nonspecific white matter hyperintensities. Diagnosis: transient global amnesia.",
        ),
        (
            DS,
            "Discharge diagnosis: concussion. Intracranial haemorrhage was excluded by CT on admission and again at 24 hours. Problem list: 1. Concussion. 2. Scalp laceration (sutured).",
        ),
        (
            TT,
            "Trauma note: intracranial injury ruled out on CT; the only head finding is a frontal scalp wound.",
        ),
        (
            FC,
            "Geriatrics falls letter: The CT head arranged by the GP after the fall excluded a subdural haematoma. She is on aspirin only.",
        ),
        (
            PH,
            "Warfarin clinic note: INR 4.8 after a fall; ED CT head showed no intracranial bleed. Dose reduced, INR recheck in 3 days.",
        ),
    ],
    "neg_indication_only": [
        (
            IP,
            "Indication: ? ICH, sudden headache.\nNCCT HEAD: No intracranial haemorrhage. Normal ventricles. IMPRESSION: No bleed.",
        ),
        (
            AU,
            "Clinical notes: fall on anticoagulant, ?bleed.\nReport: No intracranial haemorrhage. No fracture.\nComment: No acute abnormality.",
        ),
        (
            LA,
            "Clinical data: to rule out hemorrhage. Findings: Not identified hemorrhage. Conclusion: Normal CT.",
        ),
        (
            VR,
            "Indication colon rule out intracranial hemorrhage period findings colon no intracranial hemorrhage period impression colon negative study period",
        ),
        (
            CA,
            "Indication: code stroke, exclude haemorrhage. NCCT: no haemorrhage, ASPECTS 9. CTA: right M2 occlusion.",
        ),
        (
            MR,
            "Clinical question: microbleeds? haemorrhage? Findings: SWI shows no microbleeds and no haemorrhage. Normal MRI.",
        ),
        (SC, "Stroke code: Q: haemorrhage on NCCT? A: NO. ASPECTS 10. Thrombolysis given 10:05."),
        (PE, "Reason for CT: ?intracranial bleed after fall from a bunk bed. CT: no bleed, no fracture."),
        (
            IP,
            "CLINICAL DETAILS: RTA, ? SDH / EDH.\nFindings: No extra-axial collection. No parenchymal bleed.\nIMPRESSION: Normal NCCT head.",
        ),
        (
            AU,
            "Question: Subarachnoid haemorrhage? Answer: No. There is no subarachnoid haemorrhage and the cisterns are clear.",
        ),
        (
            NC,
            "Reason for consult: evaluate for ICH vs stroke. CT: no haemorrhage; MRI small right frontal infarct. Recs: aspirin.",
        ),
        (
            VR,
            "History colon evaluate for bleed period findings colon the brain parenchyma is normal period no hemorrhage period",
        ),
        (TT, "Indication for repeat CT: ?delayed bleed. Result: no intracranial haemorrhage on repeat."),
        (
            QA,
            "Request audit: CT head request 'r/o SAH'. Reported: no SAH, no haemorrhage. Appropriate request.",
        ),
        (
            LA,
            "Indication: suspicion of hemorrhage subarachnoid. Result: There is not hemorrhage subarachnoid nor intraparenchymal.",
        ),
        (
            CA,
            "Indication: ?haemorrhagic transformation 24 h after thrombectomy. CT: no haemorrhage; evolving left MCA infarct.",
        ),
        (
            MR,
            "Indication: rule out haemorrhage before anticoagulation for AF. MRI with SWI: no haemorrhage. Old right cerebellar lacune.",
        ),
    ],
    "neg_note_past_history": [
        (
            NC,
            "Neurology clinic. PMH: SAH 2016 from a right MCA aneurysm, clipped. Now referred with tension-type headache. Exam normal. CT today: clip artefact, old right frontal encephalomalacia, nothing new. Plan: amitriptyline.",
        ),
        (
            DS,
            "Discharge summary. Problem list: 1. Community-acquired pneumonia (this admission). 2. Previous left basal ganglia haemorrhage 2019 with residual right hemiparesis. 3. Hypertension. Course: IV antibiotics, switched to oral day 3.",
        ),
        (
            FC,
            "Falls clinic letter: Mr D has a history of a right subdural haematoma drained in 2021. He is now referred for unsteadiness. No head injury with the recent falls, so no imaging was needed. Plan: strength and balance programme.",
        ),
        (
            PH,
            "Anticoagulation note: AF, CHA2DS2-VASc 5. Past history of traumatic SAH in 2020, fully resolved. Decision with neurology: apixaban started, history of bleed noted.",
        ),
        (
            IC,
            "ICU ward round. Background: ICH 2017 (right thalamic), epilepsy. Admitted now with urosepsis. Neuro: alert, no new deficit. Resp: 2 L O2. Renal: AKI improving.",
        ),
        (
            AU,
            "Clinical notes: previous left SDH evacuated 2022. CT Brain: Left burr holes. No recurrent collection, no haemorrhage. Comment: Postoperative changes only.",
        ),
        (
            TT,
            "Tertiary survey. PMH: intracerebral haemorrhage 10 years ago. This admission: fall from standing, CT head negative for new injury. Injuries: left neck of femur fracture.",
        ),
        (
            PE,
            "Paeds ED: ex-27-week preterm with grade II IVH in the neonatal period, now 4 years old with gastroenteritis. Neuro exam normal. Plan: oral rehydration.",
        ),
        (
            ML,
            "Insurance medical summary: the applicant reports a subarachnoid haemorrhage in 2012, treated with coiling, and no events since. Current neurological examination normal. Underwriting opinion: standard rates after 10 years.",
        ),
        (
            NC,
            "Neurology follow-up: the right occipital haemorrhage of last year has resolved; MRI today shows only a small slit-like cavity with haemosiderin. New symptom: visual aura, likely migraine.",
        ),
        (
            DS,
            "Discharge summary. Past medical history: (1) subdural haematoma 2018, (2) COPD, (3) osteoarthritis. This admission: COPD exacerbation. Discharged on a steroid taper.",
        ),
        (
            FC,
            "Family history: mother died of a brain haemorrhage at 55 and a brother had a ruptured aneurysm. Mrs T attends the falls clinic after two trips in the garden; she has no head injury.",
        ),
        (
            PP,
            "Visit summary: you told us you had a bleed on the brain in 2015. Today we talked about your blood pressure, which is well controlled. No scan was needed today.",
        ),
        (
            PH,
            "Pharmacy discharge reconciliation: on levetiracetam since the 2020 cerebral haemorrhage. No anticoagulant. Aspirin not restarted per stroke team letter.",
        ),
        (
            IC,
            "ICU admission note. PMH: haemorrhagic stroke 2014, CKD 4. Admitted with DKA. Neuro: GCS 15. Plan: insulin infusion, potassium replacement.",
        ),
        (
            QA,
            "QA note: the report wrongly implied a new bleed; the history of SAH (2019) was copied from the request into the findings. The images show no haemorrhage. Report reissued with history under 'clinical details'.",
        ),
    ],
    "neg_no_acute_named": [
        (IP, "NCCT HEAD: Normal study. No acute intracranial abnormality detected."),
        (AU, "CT Brain: Age-appropriate appearances. Nil acute intracranial pathology."),
        (
            LA,
            "CT skull: Parenchyma of normal density. Ventricles and cisterns of normal size. Conclusion: Normal tomographic study.",
        ),
        (VR, "Impression colon no acute intracranial process period"),
        (MR, "MRI brain: Unremarkable. No acute abnormality. Mild chronic small vessel ischaemic change."),
        (
            CA,
            "CTA head and neck: No large vessel occlusion, stenosis or aneurysm. Unremarkable non-contrast brain.",
        ),
        (PP, "Your MRI scan of the brain was normal. There was nothing worrying on the scan."),
        (TT, "Tertiary survey: CT head unremarkable. GCS 15 throughout. No new injuries found."),
        (
            NC,
            "Neurology: CT and MRI brain normal. EEG normal. Impression: first unprovoked seizure, no driving 6 months.",
        ),
        (AU, "CT Head: No acute intracranial abnormality. Chronic left cerebellar infarct."),
        (
            IP,
            "CT BRAIN: Brain parenchyma shows normal attenuation. Ventricular system normal. No midline shift. IMPRESSION: No significant abnormality.",
        ),
        (PE, "Paeds ED: CT head normal, no acute findings. Child alert and playing. Discharged."),
        (
            DS,
            "Discharge summary: CT brain on admission was normal. Problem list: 1. Alcohol withdrawal. 2. Hyponatraemia.",
        ),
        (LA, "Conclusion: Without acute intracranial findings. Cortical atrophy according to age."),
        (
            VR,
            "Findings colon the ventricles and sulci are normal for age period gray white differentiation is preserved period no acute abnormality period",
        ),
        (
            FC,
            "Falls clinic letter: the CT brain done in ED was normal for her age, with no acute changes. Cause of falls: orthostatic hypotension.",
        ),
        (
            SC,
            "Stroke code: NCCT normal, no early ischaemic change, ASPECTS 10. CTA no LVO. Impression: stroke mimic, functional.",
        ),
    ],
    "neg_other_organ_bleed": [
        (
            DS,
            "Discharge summary. Problem list: 1. Upper GI bleed from duodenal ulcer, endoscopic clipping. 2. AF, anticoagulation paused. CT head (for confusion): no intracranial abnormality.",
        ),
        (
            PH,
            "Anticoagulation note: rectus sheath haematoma on enoxaparin, 8 cm on CT abdomen. Enoxaparin stopped. Haemoglobin stable.",
        ),
        (
            IC,
            "ICU ward round. GI: lower GI haemorrhage, 4 units transfused, mesenteric angiography planned. Neuro: GCS 15, no focal signs. Resp: room air.",
        ),
        (
            AU,
            "CT Abdomen: Large left retroperitoneal haematoma with active extravasation from a lumbar artery. Comment: For IR embolisation.",
        ),
        (
            NC,
            "Neurology: splinter haemorrhages in the nail beds and a new murmur; endocarditis suspected. MRI brain shows small embolic infarcts without haemorrhage.",
        ),
        (
            TT,
            "Tertiary survey: splenic laceration grade 3 with haemoperitoneum, embolised. Liver normal. CT head normal.",
        ),
        (
            PP,
            "Your test results: the scope of your stomach found a small bleeding ulcer, which was treated. Your blood count is improving.",
        ),
        (
            PE,
            "Paeds ED: 6-year-old with epistaxis and petechiae; platelets 8. Diagnosis: immune thrombocytopenia. No head injury, no neuro signs.",
        ),
        (
            DS,
            "Discharge summary. Diagnosis: postpartum haemorrhage 1.8 L, uterine atony, treated with oxytocin and balloon. Problem list: 2. Anaemia, iron infusion.",
        ),
        (
            IC,
            "ICU day 3. Resp: diffuse alveolar haemorrhage, on high-flow, plasmapheresis day 2. Renal: creatinine rising. Neuro: intact.",
        ),
        (AU, "CT KUB: Left renal angiomyolipoma with perinephric haemorrhage. No other abnormality."),
        (
            ML,
            "Medicolegal summary: the claimant sustained a haemothorax and liver laceration in the collision; CT brain was normal; no head injury was reported.",
        ),
        (
            QA,
            "QA discrepancy: the CT chest report missed a small haemopericardium after pacemaker insertion. Discrepancy 2a. Not related to the brain.",
        ),
        (
            FC,
            "Falls clinic letter: the recent fall caused a large thigh haematoma on rivaroxaban; no head injury. Hb dropped to 92.",
        ),
        (
            PH,
            "Warfarin clinic note: haematuria with INR 5.1, urology cystoscopy booked. No other bleeding. Dose withheld 2 days.",
        ),
        (
            VR,
            "Impression colon hemorrhagic cyst of the right ovary measuring 4 centimeters period no free fluid period",
        ),
    ],
    "neg_structured_template": [
        (
            IP,
            "NCCT HEAD (TELERADIOLOGY TEMPLATE)\nHaemorrhage: Nil\nInfarct: Nil\nMass: Nil\nMidline shift: Nil\nVentricles: Normal\nImpression: Normal NCCT head",
        ),
        (
            AU,
            "CT HEAD TRAUMA PROTOCOL\nExtra-axial: none\nParenchyma: normal\nSAH: none\nVentricles: normal\nSkull: no fracture",
        ),
        (
            CA,
            "CTA STROKE TEMPLATE\nNCCT ICH: no\nASPECTS: 8\nLVO: left M1 | collaterals: good\nCTP core: 12 mL | penumbra: 80 mL\nRecommend: thrombectomy",
        ),
        (
            TT,
            "TERTIARY SURVEY FORM\nHead CT: [ ] abnormal [x] normal\nC-spine: [x] cleared\nChest: [x] abnormal - left ribs 6-8\nAbdomen: [ ] abnormal\nNew injuries: none",
        ),
        (
            IC,
            "ICU DAILY GOALS\nNeuro: GCS 15 | CT head: no haemorrhage\nResp: HFNO 40 L\nCVS: off pressors\nRenal: CRRT\nGoals: mobilise",
        ),
        (
            PE,
            "NAI PROTOCOL CHECKLIST\nCT head: normal, no subdural or other haemorrhage\nSkeletal survey: no fractures\nOphthalmology: no retinal haemorrhage\nCoagulation screen: normal\nOutcome: no further safeguarding action",
        ),
        (
            PH,
            "ANTICOAGULATION START FORM\nIndication: AF\nCT/MRI intracranial haemorrhage: none\nCrCl: 62 mL/min\nAgent: apixaban 5 mg BD\nInteractions: nil",
        ),
        (
            VR,
            "Template fields:\nHemorrhage: none period\nMass effect: none period\nFracture: none period\nImpression: negative head CT period",
        ),
        (
            DS,
            "DISCHARGE SUMMARY\nPrincipal diagnosis: Transient ischaemic attack | G45.9\nImaging: CT/MRI brain - no infarct, no haemorrhage\nDischarge medications: clopidogrel, atorvastatin",
        ),
        (
            LA,
            "REPORT CT BRAIN\nHemorrhage: NO\nIschemia: NO\nHydrocephalus: NO\nMidline deviation: 0 mm\nConclusion: normal study",
        ),
        (
            QA,
            "PEER REVIEW FORM\nExam: CT head 22/09\nOriginal finding: no haemorrhage\nReviewer finding: no haemorrhage\nScore: 1 = concur",
        ),
        (
            MR,
            "MRI BRAIN STRUCTURED REPORT\nHaemorrhage (SWI): none\nMicrobleeds: 0\nInfarct (DWI): none\nWhite matter: Fazekas 1\nImpression: no acute abnormality",
        ),
        (
            NC,
            "NEURO CHECKLIST (headache)\nRed flags: thunderclap = no | papilloedema = no\nCT: no SAH | LP: not needed\nDiagnosis: migraine without aura",
        ),
        (
            AU,
            "NEUROSURGERY REFERRAL TEMPLATE (CT)\nHaematoma: none\nMidline shift: 0 mm\nHydrocephalus: yes, obstructive, from a posterior fossa mass\nGCS: 14",
        ),
        (
            FC,
            "FALLS CLINIC PROFORMA\nHead injury: yes | CT brain: no bleed\nLying/standing BP: drop 30 mmHg\nGait: wide-based\nFRAX: high\nActions: deprescribe doxazosin",
        ),
        (
            ML,
            "INSURANCE CLAIM SUMMARY\nDate of injury: 14/08\nCT brain: no intracranial injury, no haemorrhage\nDiagnosis: soft tissue neck strain\nCausation: accepted",
        ),
    ],
    "neg_addendum_correction": [
        (
            IP,
            "NCCT HEAD: ? thin SDH along left tentorium.\nADDENDUM (consultant review): The density along the left tentorium is normal tentorial enhancement/density, no SDH. Revised impression: No intracranial haemorrhage.",
        ),
        (
            AU,
            "CT Brain: Possible small right frontal SAH.\nAddendum: Reviewed with neuroradiology; the appearance is partial volume from the skull vault. No subarachnoid haemorrhage. Amended comment: no acute intracranial abnormality.",
        ),
        (
            VR,
            "Addendum colon correction colon the word hemorrhage in the impression was a voice recognition error for hemangioma period there is no hemorrhage period the impression should read right parietal calvarial hemangioma period",
        ),
        (
            QA,
            "Discrepancy record: prelim reported a left SDH; final (consultant), amended: no SDH, the density is a dural venous sinus. No haemorrhage. Category 2a over-call. Patient not recalled.",
        ),
        (
            CA,
            "Post-thrombectomy CT, revised report: the left putaminal hyperdensity initially described as haemorrhage resolves on the 24 h CT and was contrast staining. Corrected impression: no haemorrhagic transformation.",
        ),
        (
            MR,
            "MRI ADDENDUM: the SWI focus in the right frontal lobe described as a microhaemorrhage is a cortical vein on review of the phase images. Revised: no haemorrhage.",
        ),
        (
            LA,
            "Addendum: After revision with the attending, the image in the left sylvian fissure corresponds to vessel, not hemorrhage. Corrected conclusion: without hemorrhage.",
        ),
        (
            PP,
            "Corrected result: a message yesterday mentioned a possible bleed on your head scan. After a second specialist review, the report was amended: there is no bleed. We are sorry for the worry this caused.",
        ),
        (
            IP,
            "AMENDED REPORT: Earlier impression of 'acute SDH' is withdrawn. The crescentic density is beam hardening artefact from the skull base, confirmed on repeat. Impression: No intracranial haemorrhage.",
        ),
        (
            NC,
            "Neurology addendum: neuroradiology revised the CT overnight; the 'small cerebellar bleed' is streak artefact. No haemorrhage. Plan revised: start aspirin today.",
        ),
        (
            AU,
            "ADDENDUM: Comparison now available; the left parietal density is a stable calcified meningioma, not haemorrhage. Revised comment: No acute intracranial abnormality.",
        ),
        (
            DS,
            "Discharge summary, corrected version: an earlier version listed 'subarachnoid haemorrhage' in error (from another patient's record). This patient's CT showed no haemorrhage. Diagnosis: migraine.",
        ),
        (
            VR,
            "Addendum period please disregard the sentence stating small subdural hematoma period this was dictated in error period the study is negative for intracranial hemorrhage period",
        ),
        (
            TT,
            "Tertiary survey addendum: radiology has revised the trauma CT head report; the suspected right frontal contusion is volume averaging. No intracranial injury, no haemorrhage. VTE prophylaxis started.",
        ),
        (
            PE,
            "Paeds ED addendum: final CT report revised, the 'possible subdural' is a prominent extra-axial space with normal CSF density; no haemorrhage. NAI pathway stood down after consultant review.",
        ),
        (
            SC,
            "Stroke code, addendum 11:20: initial call 'possible ICH' corrected after neuroradiology review to calcified choroid plexus; no haemorrhage. Thrombolysis given at 11:31.",
        ),
        (
            MR,
            "Addendum to MRI: the earlier report's 'subacute haemorrhage' in the left basal ganglia is corrected to T1-bright calcification (manganese deposition in liver disease). No haemorrhage.",
        ),
    ],
}

# the long notes, letters and reports (150 words or more); each kind's count in the README includes them
LONG_TEXTS: dict[str, list[tuple]] = {
    "pos_note_sections": [
        (
            IC,
            "ICU WARD ROUND, bed 12, day 4\nSummary: 48-year-old man, motorcyclist, helmeted, high-speed collision; intubated at scene. Injuries: traumatic brain injury, left femoral shaft fracture (intramedullary nail day 1), right pneumothorax (drain out yesterday).\nNeuro: sedation held at 07:00; localises on the left, extends on the right; pupils 3 mm and reactive. Today's CT head: the left frontal and temporal haemorrhagic contusions have blossomed, the largest now 32 mm with surrounding oedema; thin left convexity subdural haematoma unchanged at 4 mm; 3 mm midline shift; basal cisterns open. ICP bolt 16-22 mmHg, CPP 65-70.\nResp: SIMV, FiO2 0.35, PEEP 8, P/F ratio 260; secretions moderate.\nCVS: noradrenaline 0.08 mcg/kg/min to hold CPP.\nRenal: creatinine 88, urine output adequate; sodium 146 on hypertonic saline.\nGI: NG feed at goal.\nHaem: Hb 86, platelets 140; VTE prophylaxis held because of the intracranial haemorrhage, calf compressors on.\nID: temperature 38.4, sputum sent.\nLines: right IJ CVC day 4, arterial line.\nFamily: wife and brother updated by the consultant at the bedside.\nPlan: neurosurgery to review the repeat CT; repeat CT in 24 h or sooner if ICP is sustained above 22; consider tracheostomy next week.",
        ),
    ],
    "pos_structured_template": [
        (
            SC,
            "ACUTE STROKE / THROMBOLYSIS CHECKLIST (completed by the stroke registrar)\nPatient arrival: 16:02 | Stroke team paged: 16:03\nLast known well: 15:10 (witnessed by daughter)\nPresenting deficit: sudden right face and arm weakness, expressive dysphasia\nNIHSS on arrival: 11 (LOC 0, gaze 1, visual 0, facial 2, right arm 3, right leg 1, ataxia 0, sensory 1, language 2, dysarthria 1, extinction 0)\nGlucose: 7.2 mmol/L | Weight: 82 kg (estimated)\nAnticoagulants: none reported; aspirin 100 mg daily\nBP on arrival: 196/104\nNon-contrast CT head (read by on-call radiology at 16:19): [x] haemorrhage present  [ ] no haemorrhage\nDetails: acute left lentiform nucleus haemorrhage, approximately 14 mL, no intraventricular extension, no hydrocephalus\nCTA: not required for thrombolysis decision; spot sign not assessed\nThrombolysis: [ ] eligible  [x] contraindicated, reason = intracerebral haemorrhage on CT\nThrombectomy: not applicable\nHaemorrhage pathway started: [x] yes | BP target: systolic 130-140 within 1 hour (GTN infusion)\nAspirin: withheld\nNeurosurgery: informed at 16:31, no intervention advised\nDisposition: acute stroke unit, neuro observations hourly, swallow screen before oral intake\nTime checklist completed: 16:40 | Signed: stroke registrar",
        ),
    ],
    "pos_not_purely_historical": [
        (
            DS,
            "DISCHARGE SUMMARY, General Medicine\nPatient: 79-year-old woman, lives alone with daily carers.\nProblem list:\n1. Recurrent left subdural haematoma (this admission): presented with 5 days of increasing confusion and right hand clumsiness. She had a left acute subdural haematoma after a fall in August, managed conservatively, and the follow-up CT in October showed it had almost resolved. The CT on this admission showed a re-accumulated left mixed-density subdural haematoma, 16 mm thick, with acute blood layering within a chronic collection and 8 mm of midline shift. Neurosurgery performed two burr holes on day 2; the post-operative CT showed a small residual collection with air. Confusion resolved by day 5.\n2. Atrial fibrillation: apixaban had been restarted in September; it is now stopped indefinitely after discussion with the patient, her son and cardiology. Left atrial appendage occlusion will be considered in clinic.\n3. Hypertension: amlodipine continued.\n4. Osteoarthritis of both knees, falls risk: physiotherapy assessment completed, walking frame supplied.\nMedications changed: apixaban stopped.\nFollow-up: neurosurgery clinic with CT head in 6 weeks; GP to check blood pressure in 2 weeks.",
        ),
    ],
    "pos_addendum_correction": [
        (
            QA,
            "RADIOLOGY DISCREPANCY MEETING, case 7 of 11 (anonymised)\nExam: non-contrast CT head, emergency department, 02:40 on a Sunday; indication: 'fall at home, on clopidogrel, headache, ?bleed'.\nPreliminary report (on-call registrar, 03:05): 'No intracranial haemorrhage. No fracture. Mild generalised atrophy.'\nFinal report (neuroradiology consultant, 08:50), amended: 'On the thin-section coronal and sagittal reformats there is a thin acute subdural haematoma along the right side of the falx and extending over the right tentorium, up to 4 mm thick. No mass effect. The remainder of the preliminary report stands.'\nOutcome: the ED was telephoned at 08:55; the patient had already been discharged home and was recalled, re-examined (GCS 15) and admitted for observation; clopidogrel was held. A repeat CT at 24 hours showed the subdural haematoma unchanged.\nDiscussion: the collection is thin and parallel to the falx, where it is easily taken for normal dural density on axial images alone. The meeting agreed on a learning point for all registrars: review coronal reformats of the falx and tentorium in every head CT for trauma.\nClassification: discrepancy, clinically significant (recall), no harm. Reviewed and agreed by the department's quality lead.",
        ),
    ],
    "pos_non_english_accents": [
        (
            LA,
            "Hospital de Clínicas, Servicio de Imágenes. INFORME / REPORT (written in Spanish with an English version for the referring team abroad)\nEstudio: tomografía computada de cráneo sin contraste. Study: non-contrast CT of the head.\nDatos clínicos: varón de 67 años, hipertenso, con hemiparesia izquierda de 3 horas de evolución. Clinical data: 67-year-old hypertensive man with three hours of left-sided weakness.\nHallazgos: se observa un hematoma intraparenquimatoso agudo en el núcleo lenticular derecho, de 4,1 × 3,0 cm (volumen estimado 25 mL), con edema perilesional y apertura al ventrículo lateral derecho. Desviación de la línea media de 5 mm hacia la izquierda. Cisternas basales permeables. No hay hidrocefalia.\nFindings: there is an acute intraparenchymal haematoma in the right lentiform nucleus, 4.1 × 3.0 cm (about 25 mL), with surrounding oedema and rupture into the right lateral ventricle. Midline shift of 5 mm to the left. Basal cisterns open. No hydrocephalus.\nConclusión: hemorragia intraparenquimatosa aguda ganglio-basal derecha con volcado ventricular, de probable origen hipertensivo.\nConclusion: acute right basal ganglia intraparenchymal haemorrhage with intraventricular extension, probably hypertensive. Se comunicó al médico tratante a las 14:20 h (the treating physician was told at 14:20).",
        ),
    ],
    "neg_note_past_history": [
        (
            FC,
            "Falls and Bone Health Clinic, Department of Geriatric Medicine\nDear Dr Whitcombe,\nRe: Mr A, aged 86\nThank you for referring Mr A, whom I saw today with his daughter. He has fallen four times since June, always indoors, usually when getting up at night to pass urine; he has not hit his head with any of these falls and has never lost consciousness.\nPast medical history: right intracerebral haemorrhage in 2016 (hypertensive, treated conservatively) with a mild residual left hemiparesis; benign prostatic hyperplasia; hypertension; osteoporosis with a previous wrist fracture.\nMedications: tamsulosin, amlodipine, perindopril, alendronate, vitamin D. No anticoagulant or antiplatelet since the 2016 haemorrhage.\nOn examination: lying BP 148/82, standing at 3 minutes 118/70 with dizziness; Timed Up and Go 19 seconds; mild left leg weakness unchanged from previous letters; cognition intact (MoCA 27).\nAssessment: recurrent falls from orthostatic hypotension, worsened by tamsulosin at night, on a background of an old haemorrhagic stroke. I did not think brain imaging was needed because there has been no head injury and no new neurological change.\nPlan: tamsulosin moved to the morning and perindopril stopped; night light and urinal; physiotherapy for strength and balance; review in 8 weeks.\nYours sincerely,\nConsultant Geriatrician",
        ),
    ],
    "neg_ruled_out": [
        (
            ML,
            "MEDICOLEGAL REPORT SUMMARY (prepared for the claimant's solicitors; records review, no examination)\nIncident: rear-end road traffic collision on 14 February; the claimant, aged 41, was the restrained driver of the stationary vehicle. She reports striking the left side of her head on the window frame without loss of consciousness.\nEmergency department records: seen 2 hours later, GCS 15, headache and neck pain. Because of persistent vomiting a CT scan of the head and cervical spine was performed. The CT head ruled out intracranial bleeding and skull fracture, and the CT cervical spine showed no fracture. She was discharged with a head injury leaflet and soft-tissue neck injury advice.\nGeneral practice records: three visits over the following 10 weeks for headaches, poor concentration and sleep disturbance, consistent with post-concussion symptoms. A GP referral letter in April notes 'scan excluded any bleed on the brain'. No further imaging was requested.\nOpinion: the records support a mild traumatic brain injury (concussion) without intracranial haemorrhage or structural brain injury, and a whiplash-associated disorder grade II. The post-concussion symptoms are consistent with the mechanism and timing. On the balance of probabilities, recovery is expected within 12 to 18 months of the incident. No neurosurgical opinion is required.",
        ),
    ],
    "neg_structured_template": [
        (
            SC,
            "ACUTE STROKE / THROMBOLYSIS CHECKLIST (code stroke, emergency department)\nArrival: 08:47 | Stroke team: 08:48 | CT: 08:58\nLast known well: 07:55 (woke normal, symptoms at breakfast, witnessed)\nDeficit: left hemiplegia, left neglect, right gaze preference\nNIHSS: 16\nGlucose: 5.9 mmol/L | INR: 1.0 | Platelets: 231\nAnticoagulants: none; no DOAC in the last 48 h\nBP: 172/94, below 185/110 without treatment\nNon-contrast CT head: [ ] haemorrhage present  [x] no haemorrhage\nEarly ischaemic change: subtle right insular hypodensity, ASPECTS 8\nCTA: right M1 occlusion, good collaterals\nCT perfusion: core 18 mL, mismatch ratio 4\nContraindications checked: [x] none (no recent surgery, no GI bleed, no prior intracranial haemorrhage)\nThrombolysis: [x] tenecteplase 0.25 mg/kg given at 09:09 (door-to-needle 22 min)\nThrombectomy: [x] accepted by neurointerventional team, groin puncture planned 09:35\nPost-lysis plan: neuro obs and BP every 15 minutes for 2 hours; any headache, vomiting or worsening of more than 4 NIHSS points, stop and repeat CT\nConsent: discussed with patient's husband\nChecklist signed: stroke consultant, 09:12",
        ),
    ],
    "neg_other_organ_bleed": [
        (
            PH,
            "CLINICAL PHARMACY NOTE, anticoagulation stewardship\nReason for review: bleeding on a direct oral anticoagulant.\nPatient: 74-year-old man, weight 68 kg, creatinine clearance 38 mL/min (Cockcroft-Gault).\nIndications: non-valvular atrial fibrillation (CHA2DS2-VASc 4) and a provoked left leg DVT 5 months ago.\nEvent: admitted last night with melaena and a haemoglobin fall from 128 to 84 g/L. Gastroscopy this morning found a bleeding gastric ulcer, treated with adrenaline and clips. He also has a large right forearm haematoma after a fall onto the arm, and microscopic haematuria. He did not hit his head, and he has no headache or neurological symptoms; no head imaging was indicated.\nCurrent medicines: rivaroxaban 20 mg daily (too high for his renal function; the correct dose would have been 15 mg), naproxen bought over the counter, omeprazole not prescribed.\nActions taken: rivaroxaban withheld (last dose 18:00 yesterday); reversal not needed because haemostasis was achieved endoscopically; IV pantoprazole infusion; naproxen stopped and the patient counselled.\nRecommendations: restart anticoagulation on day 7 if no re-bleeding, as apixaban 5 mg twice daily with lifelong PPI; repeat haemoglobin daily; H. pylori result to follow; GP letter to explain the dose error and the NSAID interaction.",
        ),
    ],
    "neg_site_extracranial": [
        (
            TT,
            "TERTIARY TRAUMA SURVEY (day 1, 09:30), trauma registrar\nMechanism: 23-year-old cyclist struck by a van door at about 30 km/h, thrown onto the kerb, helmet cracked. Brief loss of consciousness reported by bystanders. GCS 14 on ambulance arrival, 15 since.\nPrimary and secondary surveys reviewed. Imaging reviewed with the radiology consultant:\nCT head: large left parietal subgaleal haematoma with scalp swelling; no skull fracture; no intracranial haemorrhage, contusion or extra-axial collection.\nCT face: left orbital floor blowout fracture with a small retrobulbar haematoma, no globe injury; left maxillary sinus full of blood.\nCT cervical spine: no fracture; soft tissues normal.\nCT chest, abdomen and pelvis: no injury.\nX-rays: left clavicle mid-shaft fracture.\nTertiary examination head to toe today: left periorbital bruising with diplopia on upward gaze; tender left clavicle; abrasions to both knees and the left hip; no other tenderness; neurological examination normal.\nNew findings this survey: none beyond the above.\nPlan: ophthalmology and maxillofacial reviews today for the orbital fracture and retrobulbar haematoma; sling for the clavicle, orthopaedic clinic in 2 weeks; head injury advice and concussion leaflet; chemical VTE prophylaxis may start now as there is no intracranial injury; discharge planned tomorrow.",
        ),
    ],
}


def rows() -> list[dict]:
    return numbered((TEXTS, LONG_TEXTS), REPORT_STYLES, 13, "h13")


def main() -> None:
    write(OUT, rows())


if __name__ == "__main__":
    main()
