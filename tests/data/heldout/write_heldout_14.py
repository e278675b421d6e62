# ruff: noqa: E501  (report texts are kept on one line each)
"""Held-out set 14 (set 13's 23 kinds), written by hand by `blind14`; run to rebuild heldout-14.jsonl.

Every text was invented for this set, blind to the rule tier, the text layer and every other set's texts. Each
entry is (style, text) or (style, text, assertion) where the assertion differs from the kind's default. The style
says which kind of author wrote it; ``doc_type`` (report or note) is derived from it. ``LONG_TEXTS`` holds the
long notes, letters and reports (150 words or more), kept apart only for readability. The order in the JSONL is a
fixed shuffle (seed 14).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from heldout_writer import numbered, write

OUT = Path(__file__).with_name("heldout-14.jsonl")

# styles written as radiology reports (a radiologist's own report, dictation or preliminary read); every other
# style is a note, handover, run sheet, letter, transcript or portal message
REPORT_STYLES = {
    "uk_nhs_report",
    "north_eu_report",
    "fr_it_report",
    "canada_bilingual",
    "us_academic_template",
    "resident_prelim",
    "legacy_caps",
    "speech_to_text",
    "gulf_africa_report",
    "jp_kr_report",
}

UK = "uk_nhs_report"  # UK NHS reports ("Clinical details:", "Conclusion:", "Discussed with")
EU = "north_eu_report"  # German / Dutch / Scandinavian radiologists writing English
FI = "fr_it_report"  # French / Italian-trained radiologists writing English
CB = "canada_bilingual"  # Canadian bilingual English / French reports
US = "us_academic_template"  # US academic structured templates, numbered impressions
RP = "resident_prelim"  # resident overnight preliminary reads with attending discrepancy notes
LC = "legacy_caps"  # legacy all-caps reports broken into short lines
ST = "speech_to_text"  # speech-to-text with no punctuation
GA = "gulf_africa_report"  # Middle-East / Gulf and West / East-African reports in English
JK = "jp_kr_report"  # Japanese / Korean-trained authors' English
SB = "sbar_handover"  # SBAR nursing handovers
EM = "ems_run_sheet"  # paramedic / EMS run sheets
NS = "neurosurgery_note"  # neurosurgery operative notes and post-op checks
AC = "anticoag_clinic"  # anticoagulation clinic notes
RH = "rehab_admission"  # rehabilitation admission notes
ML = "medicolegal_letter"  # medicolegal / insurance letters
TS = "telestroke_transcript"  # telestroke video-consult transcripts
PP = "portal_question"  # patient-portal questions in lay words
SP = "specialty_clinic"  # ophthalmology / dermatology / obstetric / GI notes
DS = "discharge_summary"  # long discharge summaries with sections

TEXTS: dict[str, list[tuple]] = {
    "pos_plain": [
        (
            UK,
            "CT head. Clinical details: fall down stairs, GCS 13. Findings: acute subdural haematoma over the left convexity, maximum depth 9 mm, with 4 mm midline shift. Conclusion: acute left SDH. Discussed with the on-call neurosurgical registrar at 02:40.",
        ),
        (
            EU,
            "CT cerebrum without contrast. There is an acute intracerebral bleeding in the right putamen, volume about 22 ml, with perifocal oedema. Ventricles free. Assessment: hypertensive putaminal haemorrhage right.",
        ),
        (
            FI,
            "Cerebral CT scan without injection. We observe a spontaneous haematoma of the left cerebellar hemisphere measuring 3 cm, compressing the fourth ventricle. Conclusion: cerebellar haemorrhage with beginning hydrocephalus.",
        ),
        (
            US,
            "EXAM: CT HEAD WO. FINDINGS: Acute subarachnoid hemorrhage in the basal cisterns and bilateral Sylvian fissures. Temporal horns are dilated. IMPRESSION: 1. Diffuse acute subarachnoid hemorrhage, aneurysmal pattern. 2. Early hydrocephalus.",
        ),
        (
            LC,
            "CT BRAIN\nACUTE EPIDURAL HEMATOMA\nRIGHT TEMPORAL\n1.8 CM THICK\nOVERLYING FRACTURE\nCALLED TO DR OKAFOR",
        ),
        (
            ST,
            "ct head without contrast there is an acute parenchymal hemorrhage in the left parietal lobe measuring 2.5 by 2 cm with surrounding edema no intraventricular extension impression acute left parietal hemorrhage",
        ),
        (
            GA,
            "NON CONTRAST CT BRAIN. Findings: Left thalamic haemorrhage with extension into the lateral and third ventricles. Mild hydrocephalus. Impression: Acute thalamic bleed with intraventricular rupture. Findings conveyed to the treating physician by telephone.",
        ),
        (
            JK,
            "Brain CT plain. High density area is seen at right frontal lobe subcortex, it is considered as acute intracerebral hemorrhage about 15 mm. Amyloid angiopathy is one possibility. No midline shift.",
        ),
        (
            SB,
            "SBAR. S: Bed 12 more drowsy since 14:00. B: admitted yesterday with a small right frontal bleed on CT. A: repeat CT now shows the haemorrhage has grown to 30 ml, GCS 11. R: neurosurgery reviewing, keep BP under 140.",
        ),
        (
            EM,
            "Run sheet: 68M found on floor at home. GCS 9 on scene, L pupil sluggish. Transported to stroke centre. Hospital update to crew: CT showed large left basal ganglia haemorrhage.",
        ),
        (
            TS,
            "Telestroke consult transcript. Remote neurologist: I have your CT up now. There is an intraparenchymal hemorrhage in the right temporal lobe, roughly 20 cc. So no alteplase. Bedside nurse: understood, stopping the tPA prep.",
        ),
        (
            CB,
            "CT cérébral sans contraste / CT head non-contrast. Hématome sous-dural aigu frontopariétal droit de 7 mm. Acute right frontoparietal subdural hematoma, 7 mm. Conclusion: SDH aigu / acute SDH.",
        ),
        (
            RP,
            "Preliminary resident read 03:15: acute intraventricular hemorrhage layering in both occipital horns with a small left caudate source. Attending final 07:30: agree, acute IVH from caudate hemorrhage, no discrepancy.",
        ),
        (
            NS,
            "Neurosurgery post-op check day 1: s/p right craniotomy for evacuation of acute subdural haematoma. Post-op CT shows a small residual subdural haematoma 4 mm and pneumocephalus. Drain output 40 ml.",
        ),
        (
            PP,
            "Portal message from patient's son: The doctor said Dad's scan shows bleeding on the brain, a subarachnoid bleed they called it. Will he need an operation and can we visit tonight?",
        ),
    ],
    "pos_findings_only": [
        (
            UK,
            "CT head, findings: Hyperacute left frontal intraparenchymal haematoma 4 x 3 cm with surrounding oedema and effacement of the left lateral ventricle. Midline shift 6 mm to the right.",
        ),
        (
            EU,
            "Findings: small acute subdural blood along the tentorium on the left and along the falx posteriorly. Brain parenchyma otherwise normal for age. Ventricles normal size.",
        ),
        (
            FI,
            "Findings: presence of blood in the fourth ventricle and in the occipital horns. The cisterns are free. Bone windows without fracture.",
        ),
        (
            US,
            "FINDINGS:\nBrain: Acute hemorrhage centered in the right caudate head measuring 1.6 cm.\nVentricles: Blood extends into the right lateral ventricle.\nExtra-axial: No collection.\nBones: Unremarkable.",
        ),
        (
            LC,
            "FINDINGS:\nSMALL ACUTE SUBARACHNOID BLOOD\nRIGHT FRONTAL SULCI\nNO HYDROCEPHALUS\nNO FRACTURE SEEN",
        ),
        (
            ST,
            "findings there is a thin acute subdural hematoma along the right convexity about 5 mm thick with no shift the ventricles are normal the basal cisterns are open",
        ),
        (
            GA,
            "Findings: Bilateral frontal haemorrhagic contusions, larger on the right at 2 cm. Thin layer of traumatic subarachnoid haemorrhage in the interhemispheric fissure. Linear occipital fracture.",
        ),
        (
            JK,
            "Findings: There is acute hematoma in the pons, 12 mm size. Fourth ventricle is slightly compressed. Other area shows old lacunar infarcts in bilateral basal ganglia.",
        ),
        (
            CB,
            "Constatations / Findings: hémorragie intraventriculaire dans le quatrième ventricule; blood in the fourth ventricle. Ventricles slightly enlarged.",
        ),
        (
            RP,
            "Overnight prelim findings: acute right occipital lobar hemorrhage 2.2 cm; no extra-axial collection. (Impression to follow by attending.)",
        ),
        (
            EU,
            "Findings: In the left temporal lobe, a fresh haemorrhage of 35 x 25 mm with a fluid level and mass effect on the temporal horn. No herniation.",
        ),
        (
            US,
            "FINDINGS: There is an acute epidural hematoma in the posterior fossa on the right measuring 11 mm, associated with a nondisplaced occipital fracture. Fourth ventricle patent.",
        ),
        (
            UK,
            "Findings only (conclusion awaiting consultant): hyperdense blood in the interpeduncular and ambient cisterns, consistent with acute perimesencephalic subarachnoid haemorrhage.",
        ),
        (
            GA,
            "Findings: Acute on chronic subdural haematoma on the left with mixed density, 14 mm thick. Sulcal effacement. Midline shift 5 mm.",
        ),
        (
            JK,
            "Findings: Small hemorrhage at left frontal cortex, about 8 mm, with surrounding low density. Suspect cortical contusion by trauma. Skull fracture is not found.",
        ),
    ],
    "pos_hedged_query": [
        (
            UK,
            "CT head. Clinical details: headache after exertion. Findings: Possible small amount of subarachnoid blood in the right Sylvian fissure. Conclusion: ? early SAH; recommend CT angiography and discussion with neurosurgery.",
        ),
        (
            EU,
            "Suspicion of small subdural haematoma along the left tentorium, 3 mm, differential diagnosis normal tentorial density. Control examination in 24 hours advised.",
        ),
        (
            FI,
            "Doubtful small hyperdensity of the left frontal sulcus; a minimal subarachnoid haemorrhage cannot be excluded. To correlate with the clinic.",
        ),
        (
            US,
            "IMPRESSION: 1. Questionable trace intraventricular hemorrhage in the occipital horns; this may represent early IVH. 2. No mass effect.",
        ),
        (
            ST,
            "there is a subtle hyperdensity in the left parietal sulcus which could represent a small amount of subarachnoid hemorrhage versus volume averaging suggest follow up",
        ),
        (
            RP,
            "Prelim: probable small right frontal contusion with possible hemorrhagic component. Attending addendum not yet available; low confidence read.",
        ),
        (
            GA,
            "Impression: Likely small acute subdural haematoma along the right frontal convexity, measuring about 4 mm. Suggest follow-up CT.",
        ),
        (
            JK,
            "There is suspicious high density at right Sylvian fissure. Subarachnoid hemorrhage is suspected. Please recommend MR or CTA for confirm.",
        ),
        (
            TS,
            "Telestroke transcript. Neurologist: there's something in the left basal ganglia, could be a small bleed, could be calcium. I'd treat it as a possible hemorrhage and hold the thrombolysis until the radiologist reads it.",
        ),
        (
            SB,
            "SBAR: S: post-fall patient in bay 3. B: on apixaban. A: CT report says possible thin subdural haematoma on the left, radiology unsure. R: neuro obs hourly, medical team to discuss reversal.",
        ),
        (
            CB,
            "Impression: Hémorragie sous-arachnoïdienne possible dans le sillon frontal gauche / possible small left frontal subarachnoid hemorrhage. Suggest follow-up CT in 6 hours.",
        ),
        (
            US,
            "IMPRESSION:\n1. Findings suspicious for small acute left temporal contusion with hemorrhage.\n2. Consider MRI for further characterization.",
        ),
        (LC, "? SMALL SDH\nLEFT FRONTAL\nVS ARTEFACT\nSUGGEST REPEAT CT"),
        (
            EM,
            "Run sheet addendum from receiving ED: initial CT read as probable small subarachnoid haemorrhage, awaiting CTA. Crew informed at handover.",
        ),
        (
            EU,
            "Conclusion: Presumably small haemorrhagic transformation within the known right MCA infarct, petechial type; MRI with SWI recommended for confirmation.",
        ),
    ],
    "pos_imaging_descriptor_mri_cta": [
        (
            US,
            "CTA HEAD AND NECK. FINDINGS: Right frontal intraparenchymal hematoma 3.5 cm with a focal contrast spot sign within it. No aneurysm. IMPRESSION: 1. Acute right frontal hematoma with spot sign, risk of expansion.",
        ),
        (
            EU,
            "MRI brain with SWI: a 2 cm lesion in the left parietal lobe with T1 hyperintense rim and marked susceptibility blooming, corresponding to a subacute haematoma. Diffusion restriction absent.",
        ),
        (
            FI,
            "MRI encephalon: subacute hematoma of the right frontal lobe, hyperintense on T1 and T2 (late subacute phase), with a hemosiderin rim on SWI. Moderate perilesional oedema.",
        ),
        (
            UK,
            "MRI head. Clinical details: new seizure. Findings: FLAIR hyperintensity in the left frontal sulci with corresponding low signal on SWI, in keeping with acute convexity subarachnoid haemorrhage. Conclusion: convexity SAH; consider RCVS or CAA.",
        ),
        (
            JK,
            "MRI T2* shows hypointense lesion at right thalamus with blooming, it is acute stage hemorrhage about 10 mm. DWI is not high signal. Many microbleeds are also seen in bilateral basal ganglia.",
        ),
        (
            GA,
            "CT angiography brain: acute left Sylvian subarachnoid haemorrhage with a 6 mm aneurysm of the left MCA bifurcation. Impression: ruptured MCA aneurysm.",
        ),
        (
            CB,
            "IRM cérébrale / MRI brain: Hématome sous-dural subaigu gauche, hyperintense en T1. Left subacute subdural hematoma, T1 hyperintense, 8 mm.",
        ),
        (
            RP,
            "Resident prelim CT perfusion/CTA: left MCA occlusion. Attending discrepancy note: resident missed a 1 cm acute hematoma in the left caudate on the non-contrast series; thrombectomy team informed of the hemorrhage.",
        ),
        (
            US,
            "MRI BRAIN WITH AND WITHOUT: FINDINGS: Gradient echo shows blooming hypointensity layering in the dependent occipital horns, consistent with intraventricular hemorrhage. IMPRESSION: 1. Intraventricular hemorrhage.",
        ),
        (
            EU,
            "Post-thrombectomy flat-panel CT: hyperdensity in the left basal ganglia which persists on dual-energy virtual non-contrast images, therefore haemorrhage rather than contrast staining.",
        ),
        (
            ST,
            "mri brain with susceptibility weighted imaging there is an acute hematoma in the right cerebellar hemisphere with blooming artifact measuring 2.4 cm and mild mass effect on the fourth ventricle",
        ),
        (
            NS,
            "Neurosurgery note: MRA and DSA reviewed. The right temporal haematoma sits next to an arteriovenous malformation nidus with an intranidal aneurysm; this AVM bleed is the cause. Plan embolisation then resection.",
        ),
        (
            JK,
            "CTA: Active extravasation of contrast is seen inside left putaminal hematoma, 25 ml. Hematoma enlargement risk is high.",
        ),
        (LC, "MRI BRAIN\nSWI: ACUTE RIGHT PARIETAL HEMATOMA\nWITH BLOOMING\nNO ENHANCING MASS"),
        (
            GA,
            "MRI brain: Right occipital haemorrhage in the early subacute stage, T1 isointense and T2 hypointense, with blooming on gradient echo. Underlying cavernoma not excluded; follow-up advised.",
        ),
    ],
    "pos_described_unnamed": [
        (
            UK,
            "CT head. Clinical details: assault. Findings: a biconvex hyperdense extra-axial collection over the right temporal lobe, 12 mm deep, beneath a fracture. Conclusion: as above; discussed with neurosurgery.",
        ),
        (
            EU,
            "A crescent-shaped hyperdense collection along the left hemispheric convexity, up to 7 mm, with slight compression of the sulci. No further abnormality.",
        ),
        (
            FI,
            "Spontaneous hyperdensity filling the suprasellar and ambient cisterns and the anterior interhemispheric fissure. Ventricles slightly enlarged.",
        ),
        (
            US,
            "FINDINGS: Dependent hyperdense material layers in the occipital horns of both lateral ventricles with a fluid-fluid level. IMPRESSION: 1. As described; clinical correlation.",
        ),
        (LC, "HYPERDENSE LENTIFORM\nEXTRA-AXIAL COLLECTION\nLEFT PARIETAL\n1.4 CM\nMASS EFFECT"),
        (
            ST,
            "there is a hyperattenuating crescentic extra axial collection along the right frontoparietal convexity measuring 6 mm with subtle effacement of the underlying sulci",
        ),
        (
            GA,
            "A heterogeneous extra-axial collection along the left convexity with a hyperdense dependent component and a hematocrit level, 15 mm thick. Midline shift 7 mm to the right.",
        ),
        (
            JK,
            "Spontaneous high density in bilateral Sylvian fissures and basal cistern is seen. Lateral ventricles temporal horns are dilated.",
        ),
        (
            CB,
            "Collection extra-axiale hyperdense biconvexe temporale gauche / biconvex hyperdense extra-axial collection, left temporal, 10 mm, adjacent to a fracture line.",
        ),
        (
            RP,
            "Prelim: 2.5 cm rounded hyperdense focus in the left frontal white matter with a rim of low attenuation and local sulcal effacement. Attending to review.",
        ),
        (
            EU,
            "Linear hyperdensity in several sulci of the right frontal lobe and along the falx, new compared with yesterday. Brain otherwise unremarkable.",
        ),
        (
            US,
            "FINDINGS: 1.2 cm hyperdense focus in the right cerebellar hemisphere with surrounding hypodensity, new since the prior exam of 2 days ago. IMPRESSION: 1. New hyperdense cerebellar focus, see above.",
        ),
        (
            UK,
            "MRI head. Findings: a 9 mm focus of marked susceptibility blooming in the left frontal cortex with a surrounding T2 bright rim, new compared with last month.",
        ),
        (
            JK,
            "Hematic density collection is seen along right tentorium and posterior falx, thickness 4 mm. Compared with previous CT, it is new.",
        ),
        (
            GA,
            "Crescentic high-attenuation collection in the right subdural space measuring 8 mm with inward displacement of the cortical veins.",
        ),
    ],
    "pos_indication_then_finding": [
        (
            UK,
            "CT head. Clinical details: on warfarin, fell, ? intracranial bleed. Findings: acute right frontal subdural haematoma 6 mm. Conclusion: yes, acute SDH. Discussed with Dr Patel, medical registrar.",
        ),
        (
            EU,
            "Question: intracranial haemorrhage? Answer: yes, there is an acute haemorrhage in the left occipital lobe of 2 cm with surrounding oedema.",
        ),
        (
            FI,
            "Indication: sudden headache, exclude a subarachnoid haemorrhage. Result: presence of subarachnoid blood in the left Sylvian fissure and the basal cisterns.",
        ),
        (
            US,
            "INDICATION: Rule out hemorrhage in 81F on apixaban after fall.\nFINDINGS: Small acute subdural hematoma along the left tentorium.\nIMPRESSION: 1. Acute small left tentorial subdural hematoma.",
        ),
        (LC, "HX: R/O BLEED\nFINDINGS: ACUTE RIGHT THALAMIC HEMORRHAGE\n1.5 CM\nNO IVH"),
        (
            ST,
            "indication evaluate for intracranial hemorrhage after motor vehicle collision findings there is a small acute epidural hematoma in the left frontal region measuring 7 mm",
        ),
        (
            GA,
            "Clinical information: RTA, query intracranial bleed. Findings: haemorrhagic contusion in the right temporal pole and thin traumatic SAH. Impression: positive for intracranial haemorrhage.",
        ),
        (
            JK,
            "Purpose: headache, bleeding check. Result: subarachnoid hemorrhage is seen in basal cistern and prepontine cistern, Fisher grade 3.",
        ),
        (
            CB,
            "Indication: rule out hemorrhage / éliminer une hémorragie. Findings: small acute intraventricular hemorrhage in the left occipital horn.",
        ),
        (
            RP,
            "Reason for study: r/o ICH, sudden left-sided weakness. Prelim: acute right putaminal hemorrhage 18 cc. Attending agrees.",
        ),
        (
            TS,
            "Telestroke transcript. Spoke: the CT was done to exclude bleeding before lysis. Neurologist: unfortunately it doesn't exclude it; there is a small acute haemorrhage in the left frontal lobe, so we won't lyse.",
        ),
        (
            US,
            "CLINICAL HISTORY: Headache; evaluate for bleed. FINDINGS: There is acute subarachnoid hemorrhage in the right frontal convexity sulci. IMPRESSION: 1. Right frontal convexity SAH.",
        ),
        (
            UK,
            "Clinical details: head injury on clopidogrel, ? bleed. Conclusion: small acute left parietal contusional haemorrhage. No skull fracture.",
        ),
        (
            EU,
            "Clinical question: bleeding after fall from ladder? Findings: acute epidural haematoma right parietal, thickness 14 mm, with fracture. Neurosurgery informed by phone.",
        ),
        (
            GA,
            "Indication: to rule out ICH, hypertensive emergency. Findings: acute left cerebellar haemorrhage, 2.8 cm, effacing the fourth ventricle.",
        ),
    ],
    "pos_known_no_veto": [
        (
            UK,
            "CT head. Clinical details: known left acute SDH, 24 h follow-up. Findings: the left subdural haematoma is unchanged at 8 mm. No new haemorrhage elsewhere. Conclusion: stable known SDH.",
        ),
        (
            EU,
            "Follow-up: the known right frontal intracerebral haemorrhage is stable in size, 3 cm, with slightly increased perifocal oedema. No new bleeding.",
        ),
        (
            FI,
            "Control CT: the known subarachnoid haemorrhage is decreasing but still visible in the right Sylvian fissure. No new haemorrhagic lesion.",
        ),
        (
            US,
            "IMPRESSION: 1. Known left thalamic hemorrhage, unchanged in size. 2. No new hemorrhage. 3. Stable ventricular size.",
        ),
        (LC, "FOLLOW UP\nKNOWN RIGHT SDH\nINTERVAL LAYERING\nHEMATOCRIT LEVEL\nNO NEW HEMORRHAGE ELSEWHERE"),
        (
            ST,
            "follow up ct the known intraventricular hemorrhage is slightly less dense but persists in the occipital horns no new areas of hemorrhage the drain is in good position",
        ),
        (
            GA,
            "Repeat CT: The previously seen left temporal contusion haemorrhage persists with evolving oedema. No new intracranial bleed is identified.",
        ),
        (
            JK,
            "Follow-up CT: Hematoma at right putamen is unchanged compared with the previous day CT. There is no new bleeding. Perihematomal edema is slightly increased.",
        ),
        (
            CB,
            "Contrôle / Follow-up: hématome sous-dural gauche connu, stable à 10 mm. Known left subdural hematoma, stable at 10 mm. No new hemorrhage.",
        ),
        (
            NS,
            "Post-op check day 3: known residual right subdural blood 5 mm, unchanged. No new haemorrhage on today's CT. Drain removed.",
        ),
        (
            RP,
            "Resident prelim: stable known left cerebellar hemorrhage; no new hemorrhage. Attending: agree, hematoma 2.1 cm unchanged.",
        ),
        (
            SB,
            "SBAR: S: bed 4 routine repeat scan done. B: known subarachnoid haemorrhage day 5 after coiling. A: radiology says the SAH is still there but less, no new bleed. R: continue nimodipine, TCD tomorrow.",
        ),
        (
            US,
            "FINDINGS: Redemonstrated acute-on-chronic right subdural hematoma with dependent hyperdense component, similar to prior. No new site of hemorrhage.\nIMPRESSION: 1. Persistent right acute-on-chronic SDH.",
        ),
        (
            EU,
            "Comparison with CT of 3 days ago: the haemorrhagic contusions in both frontal lobes are still present, partially resorbed. Absence of new bleeding. No hydrocephalus.",
        ),
        (
            AC,
            "Anticoagulation clinic: warfarin remains on hold because last week's CT still shows the known small left parietal haemorrhage, although no new bleeding was seen. Review again after next scan.",
        ),
    ],
    "pos_mimic_with_blood": [
        (
            UK,
            "CT head. Findings: bilateral frontal subdural hygromas of CSF density, unchanged. In addition there is a new acute hyperdense subdural haematoma over the left parietal convexity, 6 mm. Conclusion: new acute left SDH on a background of hygromas.",
        ),
        (
            EU,
            "Physiological calcifications of the falx and pineal gland. Separately, an acute haemorrhage of 1.5 cm in the right caudate nucleus with ventricular extension.",
        ),
        (
            FI,
            "The hyperdense left MCA sign is noted. Moreover there is a parenchymal haematoma in the left lenticular nucleus of 20 ml; this is a true haemorrhage, not contrast.",
        ),
        (
            US,
            "IMPRESSION: 1. Subdural empyema along the right convexity with rim enhancement. 2. Additionally, acute hemorrhage in the adjacent right frontal lobe, 1.8 cm, likely venous infarct with hemorrhage.",
        ),
        (
            ST,
            "post thrombectomy ct shows contrast staining in the right caudate but also a separate dense hematoma in the right frontal lobe which persists on the 24 hour scan consistent with hemorrhagic transformation",
        ),
        (
            GA,
            "Bilateral basal ganglia calcifications noted. There is also an acute haemorrhage in the right thalamus measuring 12 mm, distinct from the calcification.",
        ),
        (
            JK,
            "Old infarct with low density at left MCA territory. In addition, new acute hemorrhage is seen at right frontal lobe, 20 mm. Different from the old infarct.",
        ),
        (
            CB,
            "Hygroma sous-dural bilatéral stable; nouvel hématome sous-dural aigu droit de 5 mm. Stable bilateral hygromas; new acute right subdural hematoma 5 mm.",
        ),
        (
            RP,
            "Prelim: diffuse cerebral edema with pseudo-subarachnoid appearance. Attending discrepancy: in addition to the pseudo-SAH pattern there is true subarachnoid blood in the left Sylvian fissure, denser than the vessels; hemorrhage is present.",
        ),
        (
            NS,
            "Neurosurgery note: known frontal meningioma with calcification; today's CT shows fresh haemorrhage within the tumour, 2 cm, with new oedema. Urgent surgery planned.",
        ),
        (LC, "DENSE SINUSES NOTED\nALSO ACUTE LEFT\nFRONTAL CONTUSION\nWITH HEMORRHAGE\n1.2 CM"),
        (
            EU,
            "MRI: developmental venous anomaly in the right cerebellum; adjacent there is an acute haematoma of 15 mm with blooming on SWI, likely from an associated cavernoma.",
        ),
        (
            US,
            "FINDINGS: Chronic subdural CSF-density collections bilaterally. New hyperdense blood layers within the left collection. IMPRESSION: 1. Acute hemorrhage into a chronic left subdural collection.",
        ),
        (
            UK,
            "CT head after coiling. Findings: expected coil artefact at the basilar tip. There is new intraventricular haemorrhage in the fourth ventricle, not artefact. Conclusion: new IVH, discussed with interventional neuroradiology.",
        ),
        (
            GA,
            "Brain abscess in the left temporal lobe with ring enhancement. Internal hyperdense component with blooming on gradient echo confirms haemorrhage within the abscess cavity.",
        ),
    ],
    "pos_non_english_accents": [
        (
            EU,
            "CCT nativ: Akute subdurale Blutung links frontoparietal, Breite 9 mm, Mittellinienverlagerung 5 mm. Beurteilung / Assessment: acute left subdural haemorrhage (akutes Subduralhämatom).",
        ),
        (
            EU,
            "CT hersenen: verse intracerebrale bloeding rechts in de basale kernen, ca. 25 ml, met doorbraak naar het ventrikelsysteem; patiënt opgenomen op de stroke unit. Conclusie: acute intracerebral haemorrhage right basal ganglia, ventricular rupture.",
        ),
        (
            EU,
            "DT hjärna: Akut subaraknoidalblödning i basala cisterner och båda Sylviska fåror. Bedömning: acute subarachnoid haemorrhage, remiss till neurokirurgi.",
        ),
        (
            FI,
            "TDM cérébrale: hématome intraparenchymateux frontal droit de 35 mm avec effet de masse. Conclusion: acute right frontal intraparenchymal haemorrhage.",
        ),
        (
            FI,
            "TC encefalo senza mdc: emorragia subaracnoidea nelle cisterne della base e nella scissura silviana sinistra. Conclusione: acute subarachnoid haemorrhage; è consigliata angio-TC.",
        ),
        (
            CB,
            "TDM tête: hémorragie intraventriculaire aiguë dans les cornes occipitales, épanchement sanguin déclive. Acute intraventricular hemorrhage in the occipital horns.",
        ),
        (
            JK,
            "頭部CT: 右被殻出血 (right putaminal hemorrhage), approx 18 ml. 脳室穿破なし, no ventricular rupture. Blood pressure control is recommended.",
        ),
        (
            JK,
            "뇌 CT: 좌측 경막하 출혈 (acute left subdural hemorrhage) 7 mm, midline shift 3 mm. 신경외과 협진 요청.",
        ),
        (
            GA,
            "CT الدماغ: نزيف داخل الدماغ في الفص الجداري الأيسر. Acute left parietal intracerebral haemorrhage, 2.5 cm, with surrounding oedema.",
        ),
        (
            GA,
            "CT ya kichwa: damu ndani ya ubongo upande wa kulia. Impression: acute right temporal haemorrhagic contusion and thin subdural haematoma — patient referred to neurosurgery.",
        ),
        (
            EU,
            "MR caput: Blödning i vänster thalamus med blooming på SWI, cirka 14 mm. Impression: subacute left thalamic haemorrhage; jämfört med föregående är den ny.",
        ),
        (
            TS,
            "Téléconsultation AVC / telestroke: le scanner montre une hémorragie cérébelleuse gauche. Neurologist in English: left cerebellar bleed about 3 cm, thrombolysis contraindicated, transfer to neurosurgery.",
        ),
        (
            FI,
            "Referto: ematoma extradurale temporale destro di 15 mm con frattura della squama temporale. Acute right temporal epidural haematoma with fracture; il neurochirurgo è stato avvisato.",
        ),
        (
            EU,
            "Befund: Frische Kontusionsblutungen beidseits frontobasal, rechts größer als links. Conclusion: bilateral frontal haemorrhagic contusions, acute.",
        ),
        (
            PP,
            'Mensaje del portal / portal message: ¿Qué significa "hemorragia subaracnoidea"? The hospital told my mother she has a bleed around the brain (subarachnoid hemorrhage) and is in intensive care.',
        ),
    ],
    "pos_not_purely_historical": [
        (
            UK,
            "CT head. Clinical details: previous right SDH evacuated 2023, now new confusion. Findings: recurrent acute-on-chronic right subdural haematoma 14 mm. Conclusion: recurrence of right SDH.",
        ),
        (
            EU,
            "History of left occipital haemorrhage in 2021 due to amyloid angiopathy. Today a new acute lobar haemorrhage in the right frontal lobe, 3 cm.",
        ),
        (
            FI,
            "Patient with a past history of aneurysmal SAH treated by clipping. Today, new subarachnoid haemorrhage in the left Sylvian fissure, suspecting rebleeding from another aneurysm.",
        ),
        (
            US,
            "HISTORY: Remote hemorrhagic stroke.\nFINDINGS: Encephalomalacia in the left basal ganglia from the prior bleed. New acute hemorrhage in the right thalamus, 1.4 cm.\nIMPRESSION: 1. New acute right thalamic hemorrhage.",
        ),
        (
            RH,
            "Rehab admission: known left subdural haematoma from March; the follow-up scan before transfer showed it is still present at 8 mm and has not resolved. Mobilising with frame.",
        ),
        (
            ST,
            "patient has a history of a prior intracerebral hemorrhage in the left temporal lobe today there is re bleeding into the same region with a new 2 cm acute hematoma",
        ),
        (
            GA,
            "Known case of chronic subdural haematoma drained last year. Current CT shows re-accumulation with fresh hyperdense blood, left side, 11 mm.",
        ),
        (
            JK,
            "Past history: right putaminal hemorrhage 5 years ago. Current CT shows new hemorrhage at left thalamus with ventricle rupture.",
        ),
        (
            AC,
            "Anticoag clinic: she had a subdural bleed two years ago on warfarin; this month's CT shows a new small acute subdural haematoma on the other side. Apixaban stopped today.",
        ),
        (
            DS,
            "Discharge summary excerpt. PMH: SAH 2019. Hospital course: admitted with thunderclap headache; CT showed recurrent subarachnoid haemorrhage from a new posterior communicating aneurysm, which was coiled.",
        ),
        (
            NS,
            "Neurosurgery clinic: previous cerebellar haemorrhage in 2022. The scan this week shows a fresh bleed in the same cavernoma, 12 mm. Plan resection.",
        ),
        (
            CB,
            "Antécédent d'hémorragie cérébrale / prior ICH 2020. Today: nouvelle hémorragie lobaire droite / new right lobar hemorrhage 2.2 cm.",
        ),
        (
            SB,
            "SBAR: S: Mr K more confused. B: old SDH treated with burr holes in 2024. A: CT today shows the subdural has come back with new blood. R: neurosurgery aware.",
        ),
        (LC, "HX OLD ICH\nNEW ACUTE HEMORRHAGE\nRIGHT PARIETAL\n2 CM\nNOT PRESENT ON PRIOR"),
        (
            ML,
            "Insurance letter: our client had a brain bleed in 2018. Since then, a scan performed on 3 November this year showed a further, new intracerebral haemorrhage in the left frontal lobe, for which he remains in hospital.",
        ),
    ],
    "pos_note_sections": [
        (
            RH,
            "Rehab admission note.\nReason for admission: rehabilitation after left thalamic haemorrhage.\nHPI: admitted 10 days ago with right weakness; CT showed a left thalamic haemorrhage.\nExamination: right hemiparesis 3/5.\nPlan: PT/OT.",
        ),
        (
            NS,
            "Operative note.\nPre-operative diagnosis: acute left subdural haematoma.\nProcedure: left frontotemporoparietal craniotomy.\nFindings: thick clotted subdural blood, bridging vein bleeding.\nPost-op diagnosis: acute left SDH, evacuated.",
        ),
        (
            AC,
            "Anticoagulation clinic note.\nIndication for anticoagulation: AF.\nEvent: admitted last week with a right frontal intracerebral haemorrhage on rivaroxaban.\nPlan: rivaroxaban stopped; left atrial appendage occlusion referral.",
        ),
        (
            SB,
            "SBAR handover.\nSituation: new left pupil dilation.\nBackground: admitted with traumatic brain injury.\nAssessment: urgent CT shows expanding left epidural haematoma.\nRecommendation: theatre now.",
        ),
        (
            EM,
            "PCR.\nChief complaint: collapse.\nHistory: sudden headache at gym.\nAssessment: GCS 12, vomiting.\nOutcome (hospital feedback): CT positive for subarachnoid haemorrhage.",
        ),
        (
            TS,
            "Telestroke note.\nHPI: 59F with aphasia for 40 minutes.\nImaging: NCCT shows acute left temporal ICH 15 ml.\nAssessment: intracerebral haemorrhage, not a candidate for lysis.\nPlan: BP target, transfer.",
        ),
        (
            DS,
            "Discharge summary.\nDiagnosis: traumatic subarachnoid haemorrhage and right frontal contusion.\nHospital course: observed in HDU, repeat CT stable.\nFollow-up: head injury clinic 6 weeks.",
        ),
        (
            SP,
            "Obstetric note.\nHPI: 34 weeks, severe headache, BP 180/110.\nInvestigations: CT head shows a right parietal intracerebral haemorrhage.\nAssessment: eclampsia with ICH.\nPlan: magnesium, delivery.",
        ),
        (
            RH,
            "Assessment: Day 14 after spontaneous cerebellar haemorrhage (right, 2.5 cm) treated conservatively. Ataxia persists.\nGoals: walking with stick.",
        ),
        (
            AC,
            "Subjective: no bleeding at home.\nObjective: INR 1.2.\nAssessment: current admission for a small left parietal subdural haematoma on warfarin; reversed with PCC.\nPlan: no anticoagulation for 4 weeks.",
        ),
        (
            NS,
            "Post-op check.\nProcedure: EVD insertion for intraventricular haemorrhage.\nNeuro: GCS 13.\nImaging: IVH casts the third and fourth ventricles; EVD tip in the right frontal horn.\nPlan: ICP monitoring.",
        ),
        (
            SB,
            "S: GCS dropped 14 to 11.\nB: day 2 after aneurysmal SAH, coiled.\nA: CT shows SAH with new hydrocephalus.\nR: EVD tonight.",
        ),
        (
            ML,
            "Medicolegal report.\nSection 4, Injuries: the CT on the day of the accident showed an acute right subdural haematoma and a temporal contusion.\nSection 5, Treatment: craniotomy the same night.",
        ),
        (
            EM,
            "Run sheet.\nMechanism: cyclist vs car, no helmet.\nPrimary survey: GCS 8.\nReceiving hospital CT (per trauma call): bifrontal contusions with haemorrhage and thin SDH.",
        ),
        (
            PP,
            "Question for my GP:\nWhat happened: I fell last Tuesday.\nWhat the hospital said: a small bleed under the skull on the left, a subdural haematoma, which they are watching.\nMy question: can I drive?",
        ),
    ],
    "pos_structured_template": [
        (
            US,
            "EXAM: CT HEAD WITHOUT CONTRAST\nCOMPARISON: None\nHEMORRHAGE: Present - acute left frontal intraparenchymal, 2.8 cm\nMASS EFFECT: Mild\nHYDROCEPHALUS: No\nIMPRESSION: 1. Acute left frontal ICH.",
        ),
        (
            US,
            "Intracranial hemorrhage [x] yes [ ] no\nType: subdural\nSide: right\nThickness (mm): 9\nMidline shift (mm): 4",
        ),
        (
            UK,
            "Head CT proforma | Haemorrhage: yes (SAH, basal cisterns) | Fracture: no | Hydrocephalus: early | Conclusion: acute SAH | Discussed with: neurosurgery SpR",
        ),
        (
            EU,
            "Structured report stroke CT:\nBleeding = yes, left putamen, 14 ml\nEarly ischaemia = not assessable\nASPECTS = n/a\nVessel occlusion = no",
        ),
        (
            GA,
            "Brain CT checklist:\nICH: Positive\nLocation: right cerebellum\nSize: 3.1 cm\nFourth ventricle: compressed\nRecommendation: urgent neurosurgical review",
        ),
        (
            TS,
            "Telestroke template: LKW: 08:10 | CT: acute hemorrhage, right lobar, 22 cc | tPA: NOT given (ICH) | Disposition: transfer to comprehensive stroke center",
        ),
        (
            SB,
            "Handover form: Diagnosis .... traumatic SDH (left)\nObs .... GCS 15, pupils equal\nConcern .... repeat CT shows SDH slightly larger\nAction .... neurosurgery review",
        ),
        (
            EM,
            "EMS pre-alert:\nAge: 75\nGCS: 10\nBGL: 6.2\nHospital outcome (later): ICH left basal ganglia on CT",
        ),
        (
            CB,
            "Gabarit / Template:\nHémorragie / Hemorrhage: OUI / YES\nType: intraventricular\nHydrocéphalie / Hydrocephalus: oui / yes",
        ),
        (
            JK,
            "Structured CT report:\n- Hemorrhage: present (subarachnoid, diffuse)\n- WFNS: 3\n- Fisher: 3\n- Aneurysm on CTA: Acom, 5 mm",
        ),
        (
            RP,
            "Overnight prelim template:\nCritical finding? YES\nFinding: acute right temporal EDH, 13 mm\nCalled to: ED attending 01:52\nAttending review: agree",
        ),
        (
            NS,
            "Post-op check list:\nWound: dry\nDrain: 60 ml\nCT: residual SDH 6 mm, pneumocephalus small\nNeuro: improving",
        ),
        (
            AC,
            "Anticoag clinic form:\nAgent: dabigatran\nEvent: intracranial bleed (SAH, traumatic) - current admission\nReversal: idarucizumab given [x]\nRestart: not before 4 weeks",
        ),
        (LC, "HEAD CT TEMPLATE\nBLEED: YES\nSITE: LEFT OCCIPITAL LOBE\nSIZE: 2.1 CM\nSHIFT: NONE"),
        (
            RH,
            "Rehab intake form:\nPrimary diagnosis: intracerebral haemorrhage (right frontal), onset 3 weeks ago\nMobility: 2 assist\nSwallow: modified diet",
        ),
    ],
    "pos_addendum_correction": [
        (
            UK,
            "ADDENDUM: On review at the neuroradiology meeting, there is a small acute subdural haematoma along the left tentorium that was not mentioned in the original report. Discussed with the ED consultant.",
        ),
        (
            EU,
            "Addendum to the report of yesterday: on re-reading, a small subarachnoid haemorrhage in the right frontal sulci is present. The conclusion is corrected to acute traumatic SAH.",
        ),
        (
            FI,
            "Corrected report: the initially described calcification in the right thalamus is in fact an acute haematoma of 11 mm (density 65 HU, absent on the prior CT).",
        ),
        (
            US,
            "AMENDED REPORT\nReason for amendment: omitted finding.\nIMPRESSION: 1. Small acute intraventricular hemorrhage in the left occipital horn.",
        ),
        (
            RP,
            "Resident prelim: no acute intracranial abnormality. Attending final (revised): discrepancy - a 5 mm acute right convexity subdural hematoma is present. Major discrepancy logged; ED notified.",
        ),
        (
            CB,
            "Rapport révisé / Revised report: hémorragie sous-arachnoïdienne présente dans la fissure sylvienne gauche; subarachnoid hemorrhage is present in the left Sylvian fissure.",
        ),
        (
            LC,
            "ADDENDUM\nACUTE SUBDURAL HEMATOMA\nLEFT FRONTAL 4 MM\nNOT IN ORIGINAL REPORT\nCALLED TO DR SMITH",
        ),
        (
            ST,
            "addendum after comparison with the outside study the right parietal density is new and represents an acute hemorrhage not a calcification as originally stated",
        ),
        (
            GA,
            "Addendum: the follow-up CT was compared; the left frontal lesion enlarged and is now clearly a haemorrhagic contusion. Correction of the prior impression of 'artefact'.",
        ),
        (
            JK,
            "Corrected: previous report said no hemorrhage. On second read, small subarachnoid hemorrhage at left parietal sulcus is seen. Sorry for correction.",
        ),
        (
            SB,
            "SBAR correction: earlier handover said CT normal; radiology has now amended it to a small right subdural bleed. R: neuro obs 1-hourly, stop enoxaparin.",
        ),
        (
            PP,
            "Portal message (corrected): Sorry, my last message was wrong. The radiologist updated the report: it does show a small bleed in the brain after all, and Mum is being kept in.",
        ),
        (
            TS,
            "Telestroke addendum: after the call the final radiology read came back as a small left frontal hemorrhage; the patient had not received tPA. Recommendations revised: BP below 140, repeat CT at 6 h.",
        ),
        (
            NS,
            "Neurosurgery addendum: the post-op scan was first reported as expected post-surgical change; on my review and the radiologist's amended report there is a new 15 mm haematoma in the resection cavity.",
        ),
        (
            EU,
            "Revised conclusion after MRI: the previously reported 'hyperdense vessel' is in fact a small cortical haemorrhage with blooming on SWI.",
        ),
    ],
    "neg_plain": [
        (
            UK,
            "CT head. Clinical details: syncope, occipital bump. Findings: no intracranial haemorrhage, mass or infarct. Ventricles and sulci normal for age. Conclusion: normal CT head.",
        ),
        (
            EU,
            "CT cerebrum native: no signs of intracranial bleeding. No space-occupying lesion. Normal grey-white differentiation. Ventricles symmetric.",
        ),
        (
            FI,
            "Cerebral CT without injection: absence of intracranial haemorrhage. Absence of mass effect. Ventricular system of normal size.",
        ),
        (
            US,
            "IMPRESSION:\n1. No acute intracranial hemorrhage, mass effect, or territorial infarct.\n2. Mild chronic small vessel ischemic change.",
        ),
        (LC, "CT HEAD\nNO BLEED\nNO MASS\nNO SHIFT\nNORMAL STUDY"),
        (
            ST,
            "ct head without contrast there is no evidence of hemorrhage no extra axial collection no midline shift the gray white differentiation is preserved impression negative head ct",
        ),
        (
            GA,
            "NON CONTRAST CT BRAIN: Brain parenchyma shows normal attenuation. No haemorrhage seen. No extra-axial collection. Impression: Normal study.",
        ),
        (
            JK,
            "Brain CT: No abnormal high density area suggesting hemorrhage. Ventricles are not dilated. Impression: no intracranial hemorrhage.",
        ),
        (
            CB,
            "TDM cérébrale: aucune hémorragie intracrânienne. No intracranial hemorrhage. Pas d'effet de masse / no mass effect.",
        ),
        (
            RP,
            "Resident prelim: no intracranial hemorrhage or acute abnormality. Attending final: agree, normal head CT.",
        ),
        (
            SB,
            "SBAR: S: bed 7 fell at 03:00, hit head. B: on aspirin only. A: CT head reported as showing no bleed, GCS 15. R: neuro obs 4-hourly for 24 h.",
        ),
        (
            EM,
            "Run sheet follow-up: patient transported after fall; ED notified crew later that the head CT was clear of any bleed and the patient went home.",
        ),
        (
            TS,
            "Telestroke transcript. Neurologist: I've looked at the non-contrast CT. I see no haemorrhage at all. Given the deficit and timing, I'd recommend tenecteplase now.",
        ),
        (
            AC,
            "Anticoag clinic: presented after minor head knock on warfarin, INR 2.6; CT brain showed no intracranial haemorrhage. Warfarin continued, target 2-3.",
        ),
        (
            PP,
            "Portal question: The ER said my CT scan showed no bleeding in my head after I hit it on the cupboard. Is it normal that I still have a headache three days later?",
        ),
        (
            NS,
            "Neurosurgery on-call advice: images reviewed remotely. No intracranial haemorrhage, no fracture. No neurosurgical input needed; discharge per head injury advice.",
        ),
        (
            EU,
            "MRI brain including SWI: no microbleeds, no haemosiderin, no signs of haemorrhage. White matter normal for age.",
        ),
    ],
    "neg_site_extracranial": [
        (
            UK,
            "CT head. Clinical details: fall onto face. Findings: large left frontal scalp haematoma. No skull fracture. No intracranial haemorrhage. Conclusion: soft tissue injury only.",
        ),
        (
            EU,
            "Subgaleal haematoma parietal on both sides, up to 2 cm thick, in this infant after vacuum delivery. Intracranial no bleeding. Bones intact.",
        ),
        (
            FI,
            "Right retrobulbar haematoma with proptosis and stretching of the optic nerve. The intracranial structures are normal, without haemorrhage.",
        ),
        (
            US,
            "CT ORBITS: IMPRESSION: 1. Left preseptal and intraconal hematoma. 2. No intracranial hemorrhage on included images.",
        ),
        (LC, "CT HEAD\nLARGE RIGHT OCCIPITAL\nSCALP HEMATOMA\nBRAIN NORMAL\nNO INTRACRANIAL BLEED"),
        (
            ST,
            "cephalohematoma over the right parietal bone in this newborn no underlying fracture no intracranial hemorrhage",
        ),
        (
            GA,
            "CT face: Haemorrhage fills the right maxillary sinus with a fluid level, secondary to zygomaticomaxillary fracture. Brain: no bleed.",
        ),
        (
            JK,
            "Cervical spine MRI: spinal epidural hematoma at C5-C7 dorsal side, cord compression mild. Brain images not included.",
        ),
        (
            SP,
            "Ophthalmology clinic: subconjunctival haemorrhage right eye after coughing; vision 6/6, pressure normal. No further tests needed.",
        ),
        (
            SP,
            "Dermatology note: splinter haemorrhages in several fingernails, likely trauma from gardening; endocarditis screen negative.",
        ),
        (
            EM,
            "Run sheet: 40F kicked by horse to the face. Heavy nosebleed controlled with pressure, orbital swelling left. GCS 15 throughout.",
        ),
        (
            CB,
            "TDM cervicale / neck CT: hématome du muscle sterno-cléido-mastoïdien gauche; left sternocleidomastoid hematoma after jugular line. Pas d'anomalie intracrânienne.",
        ),
        (
            SP,
            "Ophthalmology: vitreous haemorrhage left eye in proliferative diabetic retinopathy. Plan: PRP laser; vitrectomy if not clearing.",
        ),
        (
            PP,
            "Portal question: my baby was born with a big soft swelling on top of her head, the midwife called it a cephalohaematoma. Does this mean bleeding inside her brain?",
        ),
        (
            RP,
            "Resident prelim: right temporalis muscle hematoma after craniofacial trauma; intracranial compartment clear. Attending: agree.",
        ),
        (
            US,
            "FINDINGS: Hemotympanum on the left with a longitudinal temporal bone fracture. Brain parenchyma and extra-axial spaces are normal.",
        ),
    ],
    "neg_mimic": [
        (
            UK,
            "CT head. Findings: bilateral frontal subdural hygromas of CSF density, reduced compared with previous. No acute blood. Conclusion: improving hygromas, no haemorrhage.",
        ),
        (
            EU,
            "Dense falx and tentorium, physiological in this young patient. No subdural or subarachnoid bleeding.",
        ),
        (
            FI,
            "Diffuse cerebral oedema after cardiac arrest with relative hyperdensity of the basal cisterns (pseudo-subarachnoid haemorrhage). No true haemorrhage.",
        ),
        (
            US,
            "IMPRESSION: 1. Left convexity subdural empyema with rim enhancement. 2. No intracranial hemorrhage.",
        ),
        (LC, "BASAL GANGLIA\nCALCIFICATION BILAT\nNO HEMORRHAGE"),
        (
            ST,
            "post thrombectomy ct hyperdensity in the left lentiform nucleus that washes out on the follow up scan consistent with contrast staining not hemorrhage",
        ),
        (
            GA,
            "Hyperdense right MCA sign suggesting thrombus. No intracranial haemorrhage. Early ischaemic change in the right insula.",
        ),
        (
            JK,
            "Beam hardening artifact is seen at posterior fossa. There is no true hemorrhage. Re-scan is not necessary.",
        ),
        (
            CB,
            "Épanchement sous-dural de densité LCR / subdural effusion of CSF density, bilateral, after shunting. No blood.",
        ),
        (
            RP,
            "Prelim: possible hyperdensity left tentorium. Attending final: normal tentorial density, no hemorrhage; discrepancy minor.",
        ),
        (
            EU,
            "Dual-energy CT after intra-arterial therapy: the hyperdense area in the right caudate is pure iodine on the iodine map, no haemorrhage on virtual non-contrast images.",
        ),
        (
            US,
            "FINDINGS: Coil mass at the anterior communicating artery with streak artifact. No hemorrhage. IMPRESSION: 1. Post-coiling change without hemorrhage.",
        ),
        (
            UK,
            "MRI head. Findings: a 6 mm focus of low signal on SWI in the left frontal lobe that is dense on the earlier CT, in keeping with a calcified granuloma; no blood products. Conclusion: calcified granuloma, no haemorrhage.",
        ),
        (
            GA,
            "Brain abscess in the right frontal lobe with ring enhancement and diffusion restriction. No haemorrhagic component.",
        ),
        (
            JK,
            "Opacified sphenoid sinus with high density suggesting fungal sinusitis. Intracranial there is no hemorrhage.",
        ),
        (
            NS,
            "Post-op check: CSF-density subdural collection after shunt, stable, no blood in it. Shunt valve setting unchanged.",
        ),
        (
            FI,
            "Dense hyperattenuation of the dural venous sinuses due to polycythaemia. No venous thrombosis, no haemorrhage.",
        ),
    ],
    "neg_ruled_out": [
        (
            UK,
            "Discharge letter: admitted with sudden headache; CT head and lumbar puncture excluded a subarachnoid haemorrhage. Diagnosis: migraine. Discharged with GP follow-up.",
        ),
        (
            EU,
            "The CT performed in the emergency room ruled out intracranial bleeding; the patient was admitted to the stroke unit for ischaemic stroke and received thrombolysis.",
        ),
        (
            FI,
            "The haemorrhage was eliminated by the cerebral CT; the diagnosis of transient ischaemic attack was retained.",
        ),
        (
            SB,
            "SBAR: S: Mrs L back from CT. B: fall on warfarin. A: scan came back clear, no bleed on the brain. R: continue neuro obs overnight, restart warfarin in the morning per team.",
        ),
        (
            EM,
            "Follow-up note for crew: suspected stroke patient; bleed ruled out on CT at the hospital, thrombectomy performed.",
        ),
        (
            TS,
            "Telestroke: CT reviewed together on video; haemorrhage is excluded. Proceeding with alteplase at 0.9 mg/kg.",
        ),
        (
            AC,
            "Anticoag clinic: ED attendance after fall last week, CT excluded intracranial bleeding. Warfarin dose unchanged.",
        ),
        (
            RH,
            "Rehab admission: stroke work-up on arrival excluded haemorrhage (CT and MRI); ischaemic right MCA stroke treated with thrombectomy.",
        ),
        (
            ML,
            "Medicolegal letter: the claimant's head CT on the day of the collision ruled out any intracranial bleed or fracture. His ongoing symptoms are consistent with post-concussion syndrome.",
        ),
        (
            PP,
            "Portal message: Thanks for calling. Just so I understand: the scan ruled out bleeding in the brain, and the dizziness is from my inner ear?",
        ),
        (
            DS,
            "Hospital course: thunderclap headache; CT within 6 hours negative for subarachnoid haemorrhage, so SAH was ruled out. Diagnosed with RCVS on CTA.",
        ),
        (
            NS,
            "Neurosurgery reply: asked to see regarding possible bleed; CT and CTA reviewed and haemorrhage has been excluded. Not for neurosurgical intervention.",
        ),
        (
            SP,
            "GI note: presented with melaena and confusion; CT head done to exclude intracranial haemorrhage, which it did. Confusion attributed to hepatic encephalopathy.",
        ),
        (US, "IMPRESSION: 1. Intracranial hemorrhage excluded. 2. Acute infarct in the left PICA territory."),
        (RP, "Prelim and final agree: ICH ruled out; subtle left insular hypodensity, early infarct."),
        (
            GA,
            "The clinical concern of intracranial bleed was excluded by this CT. Chronic lacunes in both basal ganglia.",
        ),
        (JK, "Result: Hemorrhage is ruled out. Cerebral atrophy appropriate for age."),
    ],
    "neg_indication_only": [
        (
            UK,
            "CT head. Clinical details: fall on apixaban, ? bleed. Findings: no intracranial haemorrhage. Conclusion: no acute abnormality.",
        ),
        (EU, "Clinical question: subarachnoid haemorrhage? Answer: no subarachnoid blood, cisterns free."),
        (
            FI,
            "Indication: suspicion of subdural haematoma in elderly patient after fall. Result: no extra-axial collection.",
        ),
        (
            US,
            "INDICATION: Evaluate for hemorrhage.\nFINDINGS: No hemorrhage. No mass effect.\nIMPRESSION: 1. Negative.",
        ),
        (LC, "HX: ?SAH\nNO SAH\nNO HYDROCEPHALUS"),
        (
            ST,
            "indication rule out intracranial bleed in patient on anticoagulation findings no acute intracranial process",
        ),
        (
            GA,
            "Clinical information: RTA with loss of consciousness, query ICH. Impression: No intracranial haemorrhage.",
        ),
        (JK, "Purpose: check for bleeding after fall. Result: No bleeding."),
        (CB, "Indication: r/o hémorragie / r/o hemorrhage. Conclusion: négatif / negative."),
        (RP, "Reason: r/o SDH. Prelim: none seen. Attending: agree."),
        (TS, "Telestroke: the question for the CT was bleeding before lysis. The CT shows none."),
        (EM, "Pre-alert: ?head bleed in elderly faller on clopidogrel. ED feedback: CT negative."),
        (SB, "S: scan requested to rule out bleed after fall. B: on DOAC. A: scan normal. R: routine obs."),
        (
            US,
            "CLINICAL HISTORY: Worst headache of life, assess for SAH.\nIMPRESSION: 1. No acute intracranial abnormality.",
        ),
        (
            EU,
            "Question: haemorrhage after minor trauma under anticoagulation? Findings: no pathological findings.",
        ),
        (
            UK,
            "Clinical details: severe headache, ?SAH ?SDH. Conclusion: normal CT head; LP advised if clinical suspicion persists.",
        ),
        (
            GA,
            "Referral: to exclude intracranial haemorrhage in a hypertensive patient. Impression: normal brain CT.",
        ),
    ],
    "neg_note_past_history": [
        (
            RH,
            "Rehab admission. PMH: right SDH 2019 evacuated, full recovery. Current admission: left knee replacement rehabilitation.",
        ),
        (
            AC,
            "Anticoag clinic: history of subarachnoid haemorrhage in 2010. Now on apixaban for DVT after neurology approval. No neurological symptoms.",
        ),
        (
            DS,
            "Discharge summary. Past medical history: intracerebral haemorrhage 2016, hypertension. Admission: community-acquired pneumonia, treated with amoxicillin.",
        ),
        (
            SB,
            "SBAR: S: bed 9 for pneumonia. B: past brain bleed years ago, residual left weakness. A: chest improving. R: oral antibiotics.",
        ),
        (
            EM,
            "Run sheet: 72F fall, no head injury. History: brain haemorrhage in 2015, hypertension. Hip pain only.",
        ),
        (
            TS,
            "Telestroke: history obtained: she had a cerebral haemorrhage in 2017 from which she recovered. Current CT shows a new ischaemic stroke only.",
        ),
        (
            ML,
            "Insurance letter: the applicant disclosed a subarachnoid haemorrhage in 2005 with complete recovery and no later events.",
        ),
        (
            NS,
            "Neurosurgery clinic: 5-year review after clipping of ruptured aneurysm in 2020. Well, working. Plan: discharge from follow-up.",
        ),
        (PP, "Portal question: I had a brain bleed eight years ago. Is it safe for me to have a tooth out?"),
        (
            SP,
            "Obstetric booking: previous pregnancy complicated by intracerebral haemorrhage in 2021; now 12 weeks, well.",
        ),
        (
            RH,
            "Family history: mother died of a brain haemorrhage at 60. Admitting for rehab after hip fracture.",
        ),
        (
            DS,
            "Family history: two siblings with subarachnoid haemorrhage from aneurysms. Current admission: screening MRA organised, elective.",
        ),
        (
            AC,
            "Indication for LAAO referral: previous ICH in 2022 while on warfarin. Currently no anticoagulant.",
        ),
        (
            SB,
            "Background: traumatic subdural treated conservatively in 2018. Current issue: urine infection.",
        ),
        (
            TS,
            "Video consult: patient reports a previous brain bleed decades ago. Today: vertigo, normal examination.",
        ),
        (EM, "Past history per wife: 'bleed in the brain' in 2012. Current call: chest pain."),
        (ML, "Medicolegal summary: history of cerebral haemorrhage (2014) unrelated to the index accident."),
    ],
    "neg_no_acute_named": [
        (
            UK,
            "CT head. Clinical details: confusion. Findings: generalised involutional change and periventricular low attenuation. Conclusion: no acute intracranial abnormality.",
        ),
        (
            EU,
            "No acute intracranial pathology. Old lacunar infarct in the left internal capsule. Age-appropriate atrophy.",
        ),
        (
            FI,
            "No recent intracranial lesion. Sequelae of ischaemia in the left frontal cortex. Sinuses clear.",
        ),
        (US, "IMPRESSION: 1. No acute intracranial process. 2. Chronic right MCA territory infarct."),
        (LC, "NO ACUTE\nINTRACRANIAL\nABNORMALITY\nOLD LACUNES"),
        (ST, "impression no acute intracranial findings stable chronic microvascular changes"),
        (GA, "Impression: No acute intracranial abnormality detected. Mild cerebral atrophy."),
        (JK, "No acute intracranial lesion. Old infarct at right cerebellum. Atrophy is mild."),
        (
            CB,
            "Aucune anomalie intracrânienne aiguë / no acute intracranial abnormality. Leucoaraïose légère.",
        ),
        (
            RP,
            "Prelim: no acute intracranial abnormality. Attending: concur; small chronic left parietal infarct.",
        ),
        (
            US,
            "IMPRESSION: 1. No acute intracranial findings. 2. Meningioma along the left falx, 1.2 cm, unchanged.",
        ),
        (EU, "No acute abnormality intracranially. Arachnoid cyst in the left middle cranial fossa, known."),
        (
            UK,
            "Conclusion: No acute intracranial finding. Small vessel disease. Mucosal thickening in the ethmoids.",
        ),
        (GA, "No acute intracranial process is seen. Prominent CSF spaces consistent with age."),
        (
            NS,
            "Post-op check 6 weeks after shunt revision: CT shows no acute intracranial abnormality; ventricles smaller.",
        ),
        (TS, "Telestroke: CT shows no acute abnormality; no early ischaemic change, ASPECTS 10."),
        (JK, "MRI brain: No acute lesion on DWI. Some nonspecific white matter high signal spots."),
    ],
    "neg_other_organ_bleed": [
        (
            SP,
            "GI clinic: upper GI bleed from a duodenal ulcer last month, endoscopic clips placed. Haemoglobin recovering. Neurologically intact.",
        ),
        (
            SP,
            "Obstetric note: postpartum haemorrhage 1.8 L after delivery, uterine atony, treated with oxytocin and balloon tamponade.",
        ),
        (AC, "Anticoag clinic: haematuria while on warfarin, INR 4.1. Dose held one day; urology referral."),
        (
            SB,
            "SBAR: S: bed 2 vomiting blood. B: known oesophageal varices. A: HR 115, BP 95/60. R: GI team, 2 units crossmatched.",
        ),
        (
            EM,
            "Run sheet: 25M stab wound to the abdomen, active bleeding controlled with packing. GCS 15, no head injury.",
        ),
        (
            US,
            "CT ABDOMEN: IMPRESSION: 1. Right rectus sheath hematoma, 8 cm, in a patient on enoxaparin. 2. No active extravasation.",
        ),
        (GA, "CT abdomen: splenic laceration grade 3 with haemoperitoneum. No head CT requested."),
        (JK, "Chest CT: Hemothorax on right side with rib fractures. Lungs otherwise clear."),
        (
            UK,
            "CT abdomen. Clinical details: falling Hb on heparin. Findings: large left retroperitoneal haematoma around the psoas. Conclusion: retroperitoneal bleed.",
        ),
        (EU, "Ultrasound: intramuscular haematoma in the right thigh, 6 x 3 cm, after fall."),
        (
            RH,
            "Rehab admission: course complicated by a lower GI bleed from diverticula, requiring transfusion. Now stable.",
        ),
        (
            ML,
            "Insurance letter: the insured was hospitalised for a bleeding gastric ulcer in May; full recovery.",
        ),
        (
            PP,
            "Portal question: I keep getting nosebleeds since starting my blood thinner. Should I stop the tablets?",
        ),
        (
            DS,
            "Discharge summary: admitted with haemoptysis from bronchiectasis; bronchial artery embolisation performed.",
        ),
        (SP, "Gynaecology: heavy menstrual bleeding with anaemia, Hb 84; iron infusion and tranexamic acid."),
        (
            CB,
            "Hémorragie digestive haute / upper GI hemorrhage from a gastric ulcer, treated endoscopically. No neurological concern.",
        ),
        (
            TS,
            "Telestroke: bedside nurse reports blood in the urine after catheterisation; tPA given an hour ago. Neuro exam improving.",
        ),
    ],
    "neg_structured_template": [
        (
            US,
            "EXAM: CT HEAD WO\nHEMORRHAGE: None\nMASS EFFECT: None\nHYDROCEPHALUS: None\nIMPRESSION: 1. No acute intracranial abnormality.",
        ),
        (US, "Intracranial hemorrhage [ ] yes [x] no\nFracture [ ] yes [x] no\nMidline shift (mm): 0"),
        (
            UK,
            "Head CT proforma | Haemorrhage: no | Fracture: no | Infarct: no | Conclusion: normal | Discussed with: n/a",
        ),
        (
            EU,
            "Structured stroke CT:\nBleeding = no\nEarly ischaemia = left insula\nASPECTS = 9\nVessel occlusion = left M1",
        ),
        (GA, "Brain CT checklist:\nICH: Negative\nMass: None\nHydrocephalus: None"),
        (
            TS,
            "Telestroke template: LKW: 11:20 | CT: no hemorrhage | tPA: given 12:05 | Disposition: stroke unit",
        ),
        (
            SB,
            "Handover form: Diagnosis .... fall, head injury\nObs .... GCS 15\nCT head .... no bleed\nAction .... obs 24 h",
        ),
        (EM, "EMS pre-alert:\nAge: 66\nFAST: positive\nBGL: 7.1\nHospital outcome: CT no ICH, thrombolysed"),
        (
            CB,
            "Gabarit / Template:\nHémorragie / Hemorrhage: NON / NO\nAVC ischémique / ischemic stroke: oui / yes",
        ),
        (JK, "Structured CT report:\n- Hemorrhage: absent\n- Infarct: absent\n- Atrophy: mild"),
        (RP, "Overnight prelim template:\nCritical finding? NO\nHemorrhage: none\nAttending review: agree"),
        (NS, "Post-op check list:\nWound: clean\nCT: no haematoma, expected post-op change\nNeuro: intact"),
        (
            AC,
            "Anticoag clinic form:\nAgent: apixaban\nBleeding events since last visit: none [x]\nHead injury: minor, CT negative for bleed",
        ),
        (LC, "HEAD CT TEMPLATE\nBLEED: NO\nMASS: NO\nSHIFT: NO"),
        (
            RH,
            "Rehab intake form:\nPrimary diagnosis: ischaemic stroke (left MCA), no haemorrhagic transformation on repeat CT\nMobility: independent",
        ),
        (
            UK,
            "Trauma CT head checklist: Extra-axial blood: absent. Parenchymal blood: absent. SAH: absent. Conclusion: no intracranial injury.",
        ),
        (
            US,
            "ICH SCREEN:\nSubdural: negative\nEpidural: negative\nSAH: negative\nIPH: negative\nIVH: negative",
        ),
    ],
    "neg_addendum_correction": [
        (
            UK,
            "ADDENDUM: The 'possible small subdural haematoma' described in the original report is, on review of the thin sections, normal tentorial density. There is no intracranial haemorrhage.",
        ),
        (
            EU,
            "Correction: the earlier report mentioned a subarachnoid haemorrhage by mistake (dictation error). There is no subarachnoid haemorrhage; the cisterns are free.",
        ),
        (
            FI,
            "Amended report: the hyperdensity of the right lentiform nucleus is a calcification (density 180 HU, present on older CT). No haemorrhage.",
        ),
        (
            US,
            "AMENDED REPORT\nReason for amendment: wrong patient history.\nIMPRESSION: 1. No intracranial hemorrhage.",
        ),
        (
            RP,
            "Resident prelim: possible right frontal SAH. Attending final (revised): no hemorrhage; finding represents a cortical vein. Discrepancy logged as overcall.",
        ),
        (
            CB,
            "Rapport corrigé / corrected report: pas d'hémorragie; no hemorrhage. The previous mention of SDH was an error.",
        ),
        (LC, "ADDENDUM\nPRIOR REPORT OF SAH\nIS INCORRECT\nNO HEMORRHAGE"),
        (
            ST,
            "addendum on review the suspected intraventricular hemorrhage is choroid plexus calcification there is no hemorrhage",
        ),
        (
            GA,
            "Addendum: the follow-up MRI shows that the suspected bleed was beam-hardening artefact. No haemorrhage. Previous impression corrected.",
        ),
        (
            JK,
            "Corrected: the previous report with hemorrhage was for another patient. For this patient there is no hemorrhage.",
        ),
        (
            SB,
            "SBAR correction: earlier handover said bleed on CT; that was the neighbouring bed's result. This patient's CT is clear. Stop 1-hourly obs.",
        ),
        (
            PP,
            "Portal message (corrected): I wrote earlier that my dad had a brain bleed; the doctor explained that the final report says no bleed at all, only old changes.",
        ),
        (
            TS,
            "Telestroke addendum: final radiology read agrees there is no haemorrhage; the hyperdensity was calcification. tPA decision stands.",
        ),
        (
            NS,
            "Neurosurgery addendum: the 'new haematoma' on the first read is expected gelfoam in the cavity; the radiologist has amended the report. No haemorrhage.",
        ),
        (EU, "Revised conclusion after MRI: no haemorrhage; the CT finding was a dense dural venous sinus."),
        (
            DS,
            "Discharge summary addendum: the diagnosis 'subdural haematoma' was entered in error from another patient's record; this patient had no intracranial bleed.",
        ),
        (
            AC,
            "Anticoag clinic addendum: the letter of 2 June wrongly listed an intracranial bleed; corrected to gastrointestinal bleed. No history of brain haemorrhage.",
        ),
    ],
}

LONG_TEXTS: dict[str, list[tuple]] = {
    "pos_note_sections": [
        (
            DS,
            "DISCHARGE SUMMARY\nPresenting complaint: sudden severe occipital headache while lifting boxes, followed by vomiting and neck stiffness.\nHPI: 52-year-old woman, previously well apart from treated hypertension, presented four hours after onset with GCS 14. No trauma.\nPMH: hypertension, appendicectomy, no previous neurological illness.\nFamily history: father had a stroke in his seventies; no known aneurysms in the family.\nInvestigations: non-contrast CT head on arrival showed acute subarachnoid haemorrhage in the basal cisterns and both Sylvian fissures with early dilatation of the temporal horns. CT angiography showed a 7 mm anterior communicating artery aneurysm.\nHospital course: the aneurysm was coiled on day 1 without complication. She received nimodipine for 21 days. On day 6 she developed transient right arm weakness attributed to vasospasm, treated with induced hypertension, with full recovery. An external ventricular drain was not required. Repeat CT on day 10 showed the subarachnoid blood largely cleared.\nDiagnosis: aneurysmal subarachnoid haemorrhage, WFNS 2, Fisher 3, treated by endovascular coiling.\nFollow-up: neurovascular clinic in 6 weeks, MRA at 6 months, no driving for now, blood pressure target under 130/80.",
        ),
    ],
    "pos_not_purely_historical": [
        (
            RH,
            "Rehabilitation admission note\nReason for referral: inpatient neurorehabilitation after intracerebral haemorrhage.\nBackground: 67-year-old retired teacher with atrial fibrillation, type 2 diabetes and a previous small right occipital haemorrhage in 2020 that left a partial visual field defect but no other deficit. He had been taken off anticoagulation after that event and had a left atrial appendage occlusion device fitted in 2021.\nThis admission: three weeks ago he developed sudden left-sided weakness and slurred speech at home. The CT at the acute hospital showed a new acute haemorrhage in the right basal ganglia of about 20 ml with mild mass effect, separate from the old occipital scar. The repeat CT before transfer last week still shows the right basal ganglia haematoma, now resolving, with surrounding oedema.\nExamination today: left hemiparesis, arm 2/5 and leg 3/5, left inattention, mild dysarthria, swallow safe for soft diet.\nGoals: transfers with one assist, standing balance, upper limb programme, speech therapy.\nPlan: blood pressure target below 130 systolic, no antiplatelets until reviewed by stroke team, repeat imaging only if he deteriorates.",
        ),
    ],
    "pos_plain": [
        (
            ML,
            "Dear Sirs,\nRe: your client, road traffic collision of 14 March.\nYou asked for my opinion on the nature of the head injury sustained. I have reviewed the ambulance record, the emergency department notes and the imaging reports from the receiving hospital, and I examined your client on 2 September.\nThe ambulance crew found him confused with a laceration over the left temple. On arrival his Glasgow Coma Scale was 13. The CT of the head performed within one hour of arrival showed an acute left temporal extradural haematoma of 16 mm thickness beneath a fracture of the squamous temporal bone, together with a small contusion in the left temporal lobe. He was transferred to the regional neurosurgical unit and the extradural haematoma was evacuated through a craniotomy the same evening. The post-operative scan showed satisfactory evacuation.\nIn my opinion, on the balance of probabilities, the extradural haematoma and contusion were caused by the collision. His present word-finding difficulty and fatigue are consistent with that injury. I would expect further modest improvement over the next twelve months, and I recommend a neuropsychological assessment before the prognosis is finalised.\nYours faithfully,",
        ),
    ],
    "pos_known_no_veto": [
        (
            NS,
            "Neurosurgery ward round, day 4 after right burr-hole drainage of chronic subdural haematoma.\nSubjective: headache improving, no vomiting, mobilising to the toilet with a frame. Wife reports he is less muddled than before surgery.\nObjective: GCS 15, pupils equal and reactive, no pronator drift, wound clean and dry, drain removed on day 2 after 180 ml of dark fluid.\nImaging: today's CT shows the known right subdural collection is smaller, now 9 mm compared with 22 mm pre-operatively, with a small amount of residual acute blood along the frontal convexity and some pneumocephalus. There is no new haemorrhage elsewhere and the midline shift has resolved.\nAssessment: residual right chronic subdural haematoma with a small acute component, clinically improving after drainage.\nPlan: continue mobilisation, hold aspirin for two more weeks, repeat CT in six weeks in clinic, return if headache, drowsiness or new weakness. Discussed with the patient and his wife, who are happy with the plan. Discharge home tomorrow if he remains well, with written head injury advice and the ward's number.",
        ),
    ],
    "pos_structured_template": [
        (
            US,
            "EXAM: CT HEAD WITHOUT CONTRAST\nCLINICAL HISTORY: 44M, found down, intoxicated, GCS 10.\nTECHNIQUE: Axial images with sagittal and coronal reformats.\nCOMPARISON: None available.\nFINDINGS:\n1. Extra-axial: Acute right convexity subdural hematoma measuring up to 11 mm in thickness, extending along the right tentorium.\n2. Parenchyma: Hemorrhagic contusions in the inferior right frontal lobe (1.8 cm) and left temporal pole (1.1 cm).\n3. Subarachnoid: Thin subarachnoid hemorrhage in the right frontal and parietal sulci.\n4. Ventricles: Mild effacement of the right lateral ventricle. No hydrocephalus.\n5. Midline: 6 mm leftward shift of the septum pellucidum.\n6. Cisterns: Basal cisterns patent.\n7. Calvarium: Nondisplaced left occipital fracture extending toward the foramen magnum.\n8. Soft tissues: Left occipital scalp hematoma.\nIMPRESSION:\n1. Acute right subdural hematoma with 6 mm midline shift.\n2. Bifrontotemporal hemorrhagic contusions and traumatic subarachnoid hemorrhage, coup-contrecoup pattern.\n3. Left occipital skull fracture.\nCRITICAL RESULT: Communicated to Dr. Alvarez (trauma surgery) at 23:41 by telephone, read-back confirmed.",
        ),
    ],
    "neg_note_past_history": [
        (
            DS,
            "DISCHARGE SUMMARY\nAdmitting diagnosis: community-acquired pneumonia, right lower lobe.\nHPI: 74-year-old man with three days of fever, productive cough and breathlessness. CURB-65 score 2.\nPMH: left thalamic intracerebral haemorrhage in 2015 with residual mild right-sided sensory loss; hypertension; chronic kidney disease stage 3; gout.\nFamily history: his brother had a subarachnoid haemorrhage at 50; mother with dementia.\nSocial: lives with wife, independent, ex-smoker.\nHospital course: treated with intravenous co-amoxiclav and clarithromycin, switched to oral antibiotics on day 3. Oxygen was weaned by day 4. Creatinine rose slightly and recovered with fluids. No neurological change during admission; his chronic right-sided sensory symptoms were unchanged and no brain imaging was needed. Blood pressure was well controlled on his usual amlodipine and ramipril.\nMedications on discharge: amoxicillin to complete 7 days, amlodipine, ramipril, allopurinol.\nFollow-up: GP review in one week, chest X-ray in six weeks to confirm resolution. The patient was advised to return if fever or breathlessness recurs.",
        ),
    ],
    "neg_ruled_out": [
        (
            ML,
            "Dear Ms Okonkwo,\nRe: insurance claim following the fall at work on 9 January.\nYou asked whether the fall caused any injury to the brain. I have read the emergency department records and the radiology reports. On arrival your client complained of headache and had a bruise on the right side of the forehead; she did not lose consciousness and her Glasgow Coma Scale was 15 throughout. Because she takes aspirin, a CT scan of the head was performed within two hours. The radiologist reported no intracranial haemorrhage, no skull fracture and no other acute abnormality, so a brain bleed was ruled out. A repeat scan was not considered necessary and she was discharged the same evening with written advice.\nShe later reported dizziness and poor concentration for about six weeks, which in my opinion is typical of a mild concussion and resolved without treatment. An MRI performed privately in March was also normal. In my opinion there is no structural brain injury and no lasting neurological consequence of this accident. I do not expect any future complication arising from it.\nYours sincerely,",
        ),
    ],
    "neg_other_organ_bleed": [
        (
            SP,
            "Obstetric postnatal ward note, day 1 after emergency caesarean section at 38 weeks for fetal distress.\nEvents: estimated blood loss at operation 1,900 ml from uterine atony, managed with oxytocin infusion, carboprost, tranexamic acid and an intrauterine balloon; two units of red cells transfused in theatre. A small rectus sheath haematoma was noted on ultrasound this morning after the patient reported abdominal wall pain; it measures 5 cm and is not expanding.\nObservations: BP 118/72, pulse 96, afebrile, urine output adequate. Haemoglobin 86 this morning, from 121 before delivery. She complains of mild frontal headache, which settled with paracetamol; no visual disturbance, reflexes normal, no proteinuria, and she is alert and oriented with a normal neurological examination. No head imaging is indicated.\nBaby: well, breastfeeding, on the postnatal ward with mother.\nPlan: remove balloon at 24 hours if bleeding settled, repeat haemoglobin tomorrow, oral iron, thromboprophylaxis to start once the haematoma is confirmed stable, midwife review of the wound, encourage mobilisation, debrief about the postpartum haemorrhage before discharge.",
        ),
    ],
    "neg_plain": [
        (
            TS,
            "Telestroke video consultation transcript, 02:14.\nRemote neurologist: Can you hear me? Good. Tell me about the patient.\nBedside doctor: 71-year-old man, woke at 01:30 with left arm weakness and a droop. Last known well 23:00 when he went to bed. BP 176/94, glucose 7.8. Takes metformin and atorvastatin, no anticoagulants.\nRemote neurologist: I'm looking at his plain CT now through the portal. I see no haemorrhage anywhere, no subdural, no subarachnoid blood, no parenchymal bleed. There's some old small-vessel change but nothing acute that I can see, and the CT angiogram shows a right M2 occlusion.\nBedside doctor: So he's a wake-up stroke, outside the usual window?\nRemote neurologist: Yes, the perfusion study shows a good mismatch, so I'd recommend tenecteplase now and transfer for thrombectomy. Keep blood pressure under 180 over 105. Repeat the examination every fifteen minutes for the first two hours.\nBedside doctor: Understood. Family is here, I'll explain.\nRemote neurologist: Thanks. I'll write the consult note and call the thrombectomy centre.",
        ),
    ],
}


def rows() -> list[dict]:
    return numbered((TEXTS, LONG_TEXTS), REPORT_STYLES, 14, "h14")


def main() -> None:
    write(OUT, rows())


if __name__ == "__main__":
    main()
