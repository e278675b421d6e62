# ruff: noqa: E501  (report texts are kept on one line each)
"""Held-out set 8 (issue 18 kinds + five new ones), written by hand by `blind8`; run to rebuild heldout-8.jsonl.

Every text was invented for this set. Each entry is (style, text) or (style, text, assertion) where the
assertion differs from the kind's default. The style says how the text is written; ``doc_type`` (report or
note) is derived from it and written to the JSONL. The order in the JSONL is a fixed shuffle (seed 8).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from heldout_writer import numbered, write

OUT = Path(__file__).with_name("heldout-8.jsonl")

# styles written as radiology reports; every other style is a note, letter, summary or teaching text
REPORT_STYLES = {
    "report",
    "report_caps",
    "report_abbrev",
    "report_typos",
    "report_numbered",
    "report_nonnative",
    "dictation",
    "addendum",
    "followup_report",
    "mri_report",
    "cta_report",
    "us_report",
}

TEXTS: dict[str, list[tuple]] = {
    "pos_plain": [
        (
            "report",
            "CT brain without contrast. History: fell from a stepladder, GCS 13 at scene. Findings: right frontotemporal acute subdural hematoma, 9 mm at its thickest, with 5 mm leftward displacement of the septum pellucidum. Basal cisterns remain patent. Impression: acute right SDH with mild mass effect. Neurosurgery paged 02:14.",
        ),
        (
            "report_abbrev",
            "NCCT hd: L parietal IPH 2.3 cm w/ surrounding edema. No IVH. No HCP. Imp: acute L parietal IPH, ?amyloid vs HTN.",
        ),
        (
            "dictation",
            "findings comma there is a thin rim of acute subarachnoid blood in the right sylvian fissure and along the anterior interhemispheric fissure period no hydrocephalus period impression colon diffuse subarachnoid haemorrhage comma recommend CT angiogram period end of dictation",
        ),
        (
            "report_caps",
            "CT HEAD: LARGE ACUTE LEFT TEMPORAL EPIDURAL HEMATOMA BENEATH A SQUAMOUS TEMPORAL BONE FRACTURE. 7 MM MIDLINE SHIFT. EARLY LEFT UNCAL HERNIATION. FINDINGS TELEPHONED TO DR OKAFOR AT 04:02.",
        ),
        (
            "report",
            "Non-enhanced CT head. Acute intraventricular haemorrhage casts the third ventricle and both frontal horns; the temporal horns are dilated in keeping with early hydrocephalus. No parenchymal source is identified. Conclusion: primary intraventricular haemorrhage with early hydrocephalus; CT angiography is advised.",
        ),
        (
            "report_typos",
            "CT HEAD W/O. Findings: Acute cerebellar hemorhage in the right hemisphere measuring 3.4 cm with effacement of the fourth ventrical and early obstructive hydrocephalous. Impression: right cerebellar hemmorhage with mass effect, urgent neurosurgical review reccomended.",
        ),
        (
            "mri_report",
            "MRI brain with SWI. A 14 mm lobar haematoma in the left occipital lobe is T1 hyperintense and T2 hypointense, in keeping with early subacute blood. Numerous cortical microbleeds and a strip of superficial siderosis over the right frontal convexity. Impression: early subacute left occipital lobar haemorrhage on a background of probable cerebral amyloid angiopathy.",
        ),
        (
            "report",
            "Head CT, 6-week-old boy, non-accidental injury protocol. Bilateral mixed-density subdural collections over both convexities with hyperdense acute components along the posterior falx and right tentorium. Impression: bilateral subdural haematomas of differing ages. Safeguarding paediatrician informed in person.",
        ),
        (
            "ed_note",
            "ED attending note 23:40. 81F, mechanical fall at home, on aspirin. CT head read by radiology: small right frontal contusion plus a 4 mm acute SDH layering along the tentorium. Neuro exam nonfocal. Plan: admit to trauma service, repeat CT in 6 h, hold aspirin, neuro checks q1h.",
        ),
        (
            "report_numbered",
            "CTH NONCON. IMPRESSION: 1. Acute subarachnoid hemorrhage centered in the suprasellar and ambient cisterns, thick, Fisher 3 pattern. 2. Mild dilatation of the temporal horns. 3. No intraparenchymal hematoma. 4. Chronic left maxillary sinusitis.",
        ),
        (
            "report",
            "Portable CT head (ICU). Interval development of an acute intracerebral hemorrhage in the right basal ganglia, approximately 28 mL, rupturing into the right lateral ventricle. The patient is on a heparin infusion. Critical result phoned to the ICU fellow, read back confirmed.",
        ),
        (
            "report_abbrev",
            "CTH post MVC: tSAH L frontal sulci + small L temporal EDH 6mm. No shift. L temporal squamous fx. Imp: tSAH and small EDH, NSGY aware.",
        ),
        (
            "report",
            "Noncontrast head CT. 1.2 cm focus of hemorrhage in the left thalamus with a thin halo of vasogenic edema. No intraventricular extension. Old lacunar infarcts in the right corona radiata. IMPRESSION: Left thalamic hemorrhage, probably hypertensive.",
        ),
        (
            "us_report",
            "Cranial ultrasound, preterm infant born at 27 weeks, day 3 of life. Echogenic material fills the left lateral ventricle, which is dilated, and there is an echogenic wedge in the left parietal periventricular white matter. Impression: left grade IV germinal matrix-intraventricular haemorrhage (periventricular haemorrhagic infarction).",
        ),
        (
            "addendum",
            "ADDENDUM 09:15: On review of the thin coronal reformats there is a small acute subdural hematoma, 3 mm, along the left tentorial leaflet, not described in the original report. The clinical team has been told. The remainder of the report stands.",
        ),
        (
            "report",
            "Head CT for sudden 'worst ever' headache at the gym. Hyperdense blood fills the basal cisterns, both sylvian fissures and the fourth ventricle. Conclusion: extensive SAH with intraventricular extension, aneurysmal pattern; CTA to follow on the same table.",
        ),
    ],
    "pos_described_unnamed": [
        (
            "report",
            "CT head after assault. A biconvex extra-axial collection of high attenuation (70 HU) lies over the right parietal convexity, 14 mm thick, respecting the coronal suture, deep to a linear parietal fracture. 6 mm leftward shift. Conclusion: as above; neurosurgical opinion requested urgently.",
        ),
        (
            "report",
            "Crescentic hyperdense extra-axial collection along the left hemispheric convexity, 8 mm, tracking along the falx. Mild effacement of the left-sided sulci. No midline shift. The ventricles are normal in size.",
        ),
        (
            "followup_report",
            "Comparison with yesterday's CT. There is now dependent hyperdense layering in the occipital horns of both lateral ventricles, which was not present before. The ventricles are otherwise unchanged in size.",
        ),
        (
            "report",
            "CT head: lentiform high-density collection in the left middle cranial fossa with mass effect on the anterior temporal lobe; there is an overlying fracture through the greater wing of the sphenoid.",
        ),
        (
            "report",
            "Unenhanced CT: hyperattenuating material fills the suprasellar and quadrigeminal cisterns and extends into the right sylvian fissure. The temporal horns are prominent. Impression: findings as described, CTA recommended.",
        ),
        (
            "followup_report",
            "Follow-up CT at 6 hours: high-density material in the interpeduncular cistern and along the tentorium, not seen on the admission scan; the rest of the brain is unchanged.",
        ),
        (
            "report",
            "A rounded 3 cm hyperdense lesion (62 HU) occupies the right putamen with a rim of low attenuation and compression of the adjacent frontal horn. It was not present on the CT from March. No other abnormality.",
        ),
        (
            "report_typos",
            "Hyperdence crescentic colection over the R convexity, 11mm, with a fluid-fluid level and a hyperdense dependant component. 5mm shift to the left.",
        ),
        (
            "report_caps",
            "NEW HIGH ATTENUATION WITHIN THE SULCI OF THE LEFT FRONTAL CONVEXITY, NOT PRESENT ON THE PRIOR STUDY. NO MASS EFFECT. NO FRACTURE.",
        ),
        (
            "report_abbrev",
            "Hyperdense material layering in 4th vent + both occipital horns. Ventricles bigger vs prior (temporal horns 6mm). Imp: as above, ?EVD.",
        ),
        (
            "consult",
            "Neurosurgery consult: CT reviewed personally - crescent-shaped bright collection over the L hemisphere, about 1 cm, with 4 mm shift. GCS 14, drowsy. Plan: reverse warfarin with PCC now, theatre for craniotomy if he drops a point.",
        ),
        (
            "report",
            "A convex hyperdense extra-axial collection beneath the right squamous temporal bone contains swirls of lower density; the underlying temporal lobe is compressed and the right uncus is medially displaced.",
        ),
        (
            "report_nonnative",
            "Is seen extra-axial collection of high density in right frontal region, shape like a lens, 12 mm, with compression of the right frontal horn. Fracture of frontal bone on the same side.",
        ),
        (
            "followup_report",
            "Dense material tracking along the falx and both tentorial leaflets is thicker than on the study of this morning (now 4 mm); new since the admission scan. Otherwise unchanged.",
        ),
        (
            "report",
            "Coup-contrecoup pattern: patchy cortical areas of increased density in the right frontal pole with surrounding low density, and a similar focus at the left occipital pole opposite the scalp swelling.",
        ),
        (
            "report",
            "Extra-axial fluid of 55 HU layers over the left tentorial leaflet and the left occipital convexity, 5 mm. Brain parenchyma otherwise normal for age.",
        ),
    ],
    "pos_not_purely_historical": [
        (
            "report",
            "History of SAH from an ACom aneurysm, coiled 2019. Now thunderclap headache. CT: new subarachnoid blood in the left sylvian fissure and interhemispheric fissure. Impression: recurrent subarachnoid haemorrhage; ? aneurysm recanalisation, CTA advised.",
        ),
        (
            "discharge_summary",
            "DISCHARGE SUMMARY. Past medical history: left chronic SDH evacuated via burr holes 2024; AF on apixaban. Presenting complaint: three days of confusion. CT on admission: re-accumulated left subdural collection with acute hyperdense components, 15 mm, 6 mm shift. Hospital course: apixaban held, redo burr-hole drainage day 2, uneventful recovery. Discharge diagnosis: recurrent acute-on-chronic left subdural haematoma.",
        ),
        (
            "followup_report",
            "Comparison CT two weeks ago showed a resolving right frontal contusion. Today there is a new 8 mm acute subdural hematoma over the right convexity. The old contusion is now barely visible. Impression: new right SDH.",
        ),
        (
            "report",
            "Known previous haemorrhagic stroke in the right thalamus (2021), now a slit-like gliotic cavity. New finding: a 2.5 cm acute left cerebellar haematoma with mild compression of the fourth ventricle.",
        ),
        (
            "report",
            "Staging CT of the head in known melanoma. The left frontal metastasis, previously solid, now contains a 1.5 cm hyperdense haemorrhagic component with increased surrounding oedema. Impression: interval haemorrhage into the left frontal metastasis.",
        ),
        (
            "followup_report",
            "Residual subdural blood persists along the left tentorium after last week's fall; slightly less dense and thinner (2 mm). No new collection.",
        ),
        (
            "ed_note",
            "Pt w/ hx of SAH 2015 (clipped R MCA aneurysm) presents after a fall down 4 stairs. Today's CT: small acute SDH R frontal, 4 mm; old clip artefact L. Plan: admit neurosurgery obs.",
        ),
        (
            "followup_report",
            "Evolving subacute right parietal haemorrhage, first seen ten days ago, now isodense centrally with a hyperdense rim and peripheral oedema. No new bleed.",
        ),
        (
            "report_nonnative",
            "Patient operated before for EDH in 2022. Now again is seen small epidural haematoma in same place, right parietal, 6 mm, under the craniotomy flap.",
        ),
        (
            "report",
            "Day-2 CT after thrombectomy for a left M1 occlusion. Previous or recent haemorrhagic transformation of the left MCA infarct: petechial hyperdensity throughout the left lentiform nucleus, without mass effect (HI1).",
        ),
        (
            "mri_report",
            "MRI: haemosiderin staining in the right temporal pole from the 2018 contusion, as before. NEW: an acute haemorrhagic contusion in the left frontal pole with surrounding oedema, after yesterday's fall.",
        ),
        (
            "clinical_note",
            "Background: two prior lobar ICHs (2020 left, 2023 right), probable CAA. Admitted today with new expressive aphasia; CT shows a third lobar haemorrhage, left temporal, about 20 ml. Plan: stroke unit, BP target < 140 systolic.",
        ),
        (
            "followup_report",
            "Follow-up CT, day 5 after aneurysmal SAH: subarachnoid blood is still present in the basal cisterns, less than on day 1. Right frontal EVD in place, ventricles smaller.",
        ),
        (
            "report_abbrev",
            "Hx bilat cSDH s/p drainage 6/12 ago. Now: R collection again, mixed density w/ acute component, 13mm. Imp: recurrent R SDH, acute-on-chronic.",
        ),
        (
            "report",
            "History of a right parietal AVM treated with radiosurgery in 2017. Current CT: acute intraparenchymal haemorrhage at the former nidus site, 3 cm, with small intraventricular extension.",
        ),
    ],
    "pos_note_sections": [
        (
            "ed_note",
            "EMERGENCY DEPARTMENT NOTE. CHIEF COMPLAINT: headache and vomiting. HPI: 47-year-old woman, sudden occipital headache during intercourse at 21:00, vomited twice, neck stiffness. No trauma. PMH: migraine, smoker. MEDS: sumatriptan prn. EXAM: GCS 15, photophobic, no focal deficit. RESULTS: CT head (prelim by radiology): subarachnoid haemorrhage in the basal cisterns and left sylvian fissure. ASSESSMENT: aneurysmal SAH until proven otherwise, WFNS 1. PLAN: CTA now, nimodipine, neurosurgery aware, BP < 160.",
        ),
        (
            "icu_note",
            "ICU PROGRESS NOTE day 3. S: sedation lightened, following commands intermittently. O: HR 88, BP 142/80, ICP 14. CT head this am: stable 12 mL left intraparenchymal hemorrhage, edema slightly increased, no hydrocephalus. A/P: left IPH, stable; continue hypertonic saline, repeat CT if ICP > 22, SBP < 160.",
        ),
        (
            "consult",
            "Neurology consult. Reason: new left arm weakness on the cardiology ward. History: 72M, day 1 post-PCI, on ticagrelor and heparin. Examination: left arm 3/5, mild dysarthria. Investigations: CT head 14:20 shows an acute right frontal lobar haemorrhage, 2.8 cm. Impression: ICH on dual antiplatelet and anticoagulation. Recommendations: stop heparin, platelet transfusion discussion with haematology, BP control.",
        ),
        (
            "discharge_summary",
            "Discharge diagnosis: traumatic subarachnoid haemorrhage and right rib fractures. Admission: cyclist vs car, helmet on. CT head: small volume traumatic SAH in the left frontal sulci, no contusion, no skull fracture. Hospital course: observed 48 h, repeat CT stable, analgesia for ribs. Follow-up: trauma clinic 2 weeks; no driving for 6 months per DVLA.",
        ),
        (
            "gp_letter",
            "Dear Dr Hassan, I saw Mrs Peters (82) in the falls clinic today. Her CT head from the ED on 3 March showed a small right-sided chronic subdural haematoma, 6 mm, without mass effect. She remains well and neurologically intact. We have stopped her clopidogrel and will repeat the CT in 4 weeks. Yours sincerely, Dr A. Mensah, Geriatric Medicine",
        ),
        (
            "clinical_note",
            "Ward round, neurosurgery. Problem list: 1) Left acute SDH 11 mm, conservative, GCS 15. 2) AF, anticoagulation held. 3) Hyponatraemia 129. Plan: repeat CT head tomorrow, sodium 8-hourly, physio.",
        ),
        (
            "ed_note",
            "TRIAGE/ED NOTE. Mechanism: 19M punched, fell backwards onto concrete, brief LOC. Exam: boggy occipital swelling, GCS 14 (V4). Imaging: CT head - right frontal contrecoup contusions with small haemorrhagic foci, thin left occipital EDH 4 mm beneath a linear fracture. Disposition: admitted under neurosurgery for observation.",
        ),
        (
            "discharge_summary",
            "HOSPITAL DISCHARGE SUMMARY\nPatient: 66M\nAdmitting diagnosis: collapse\nPrincipal diagnosis: left basal ganglia intracerebral haemorrhage\nHistory of presenting complaint: found on the floor by his wife with right-sided weakness and word-finding difficulty; last seen well at 06:00. BP on arrival 215/118.\nPast medical history: hypertension (poor adherence), type 2 diabetes, CKD 3a.\nInvestigations: CT head on arrival - acute left basal ganglia haemorrhage, 18 ml, with minor intraventricular extension; CTA without spot sign or vascular lesion. MRI at day 6 - evolving haematoma, no underlying mass.\nHospital course: admitted to the hyperacute stroke unit, IV labetalol to SBP 140, swallow assessed, NG feeding for 5 days, physio and speech therapy. Repeat CT day 2 showed no expansion.\nFunctional status at discharge: mRS 3, walking with a frame.\nMedications on discharge: amlodipine, ramipril, indapamide, metformin. Aspirin not restarted.\nFollow-up: stroke clinic 6 weeks, BP checks weekly with practice nurse, community rehabilitation team referral made.",
        ),
        (
            "consult",
            "PAEDIATRIC NEUROSURGERY CONSULT. HPI: 3-year-old, fell 1.5 m from a bunk bed onto a wooden floor, vomited 3 times. Exam: GCS 15, right parietal scalp haematoma. CT: thin right parietal extradural haematoma, 5 mm, beneath a non-depressed parietal fracture. Plan: admit, neuro obs hourly, repeat CT if any deterioration.",
        ),
        (
            "icu_note",
            "Neuro ICU - night events. Acute rise in ICP to 30 at 02:00, left pupil sluggish. Stat CT: expansion of the right temporal contusion to 4 cm with new surrounding haemorrhage and 7 mm shift. Neurosurgery called, taken for decompressive craniectomy at 03:30.",
        ),
        (
            "clinical_note",
            "SOAP note, stroke unit. S: headache better. O: NIHSS 4 (was 6). Imaging: MRI today confirms a small left pontine haemorrhage, 9 mm, no underlying cavernoma seen. A: small pontine ICH, improving. P: keep SBP < 140, start rehab, hold aspirin 4 weeks.",
        ),
        (
            "case_summary",
            "Case summary for M&M meeting. A 58-year-old man on warfarin (INR 4.1) presented with headache and was discharged from the ED without imaging. He returned 18 hours later with GCS 9; CT then showed a large right acute subdural haematoma with 12 mm shift. Learning point: a low threshold for CT in anticoagulated patients.",
        ),
        (
            "ed_note",
            "ED course: 34F, 32/40 pregnant, severe headache + BP 178/112. CT head (shielded) showed a small area of convexity subarachnoid hemorrhage in the right central sulcus. Impression: cSAH in the setting of pre-eclampsia, ? RCVS/PRES. Obstetrics and neurology at bedside.",
        ),
        (
            "consult",
            "Haematology advice note. Question from neurosurgery: reversal for a patient on dabigatran with an acute traumatic subdural haematoma (8 mm) on CT this evening. Advice: idarucizumab 5 g IV now, check TT and dTT after, no indication for FFP.",
        ),
        (
            "clinical_note",
            "Rehab admission note. Reason for admission: inpatient rehabilitation after right cerebellar intracerebral haemorrhage three weeks ago (suboccipital decompression day 1). Current: ataxic gait, dysmetria right arm. Latest CT (last week) shows the resolving right cerebellar haematoma, 1.8 cm, no hydrocephalus. Goals: independent transfers.",
        ),
    ],
    "pos_known_no_veto": [
        (
            "followup_report",
            "Known left convexity subdural haematoma, unchanged at 7 mm. No new haemorrhage elsewhere. No midline shift. Impression: stable left SDH.",
        ),
        (
            "followup_report",
            "Comparison 24 h. Stable right thalamic intraparenchymal hemorrhage, 11 mm, with slightly lower density. No new bleed. Ventricles stable. IMPRESSION: stable right thalamic hemorrhage.",
        ),
        (
            "followup_report",
            "CT head vs yesterday: interval layering of the known right subdural collection, now with a hematocrit level. No new hemorrhage elsewhere. Midline shift 3 mm, unchanged.",
        ),
        (
            "followup_report",
            "The known subarachnoid haemorrhage is a little less conspicuous in the left sylvian fissure. No fresh haemorrhage. No hydrocephalus. Conclusion: improving SAH.",
        ),
        (
            "report_abbrev",
            "F/u CTH: known L frontal IPH 2.0cm, no change. No new ICH. No IVH. Imp: stable IPH.",
        ),
        (
            "followup_report",
            "Post-evacuation day 1: small residual acute subdural blood beneath the left craniotomy flap, 4 mm. Pneumocephalus expected. There is no new intracranial haemorrhage and no infarct.",
        ),
        (
            "report_caps",
            "FOLLOW UP CT. THE KNOWN BILATERAL FRONTAL CONTUSIONS ARE STABLE IN SIZE WITH EXPECTED EVOLUTION OF SURROUNDING OEDEMA. NO NEW HAEMORRHAGE. NO HYDROCEPHALUS. IMPRESSION: STABLE HAEMORRHAGIC CONTUSIONS.",
        ),
        (
            "followup_report",
            "Interval CT. The right cerebellar hematoma measures 2.6 cm (2.7 cm prior). No new areas of hemorrhage are identified. The fourth ventricle remains patent.",
        ),
        (
            "report_nonnative",
            "In comparison with previous study the subdural haematoma on the left side is same size, 9 mm. Nowhere else new bleeding is seen. Midline is not shifted.",
        ),
        (
            "followup_report",
            "Repeat CT at 6 h for tSAH: the traumatic subarachnoid haemorrhage in the right parietal sulci is unchanged. No new haemorrhage, no contusion, no extra-axial collection.",
        ),
        (
            "report",
            "Follow-up head CT, intraventricular haemorrhage: the blood in the occipital horns is less dense and smaller in volume. No new parenchymal haemorrhage. The EVD tip lies in the right frontal horn. Impression: resolving IVH.",
        ),
        (
            "dictation",
            "comparison is made to the study of the fourth period the known left epidural hematoma is unchanged at 5 millimeters period no new hemorrhage is seen elsewhere period no shift period impression stable small left epidural hematoma",
        ),
        (
            "followup_report",
            "Chronic left subdural haematoma, 14 mm, unchanged from the outpatient scan 3 weeks ago; no acute component and no new bleeding elsewhere. Impression: stable chronic SDH, for clinic review.",
        ),
        (
            "followup_report",
            "MRI follow-up of the right temporal haematoma from last month's cavernoma bleed: subacute blood products (T1 bright), 16 mm, slightly smaller. No new haemorrhage elsewhere.",
        ),
        (
            "report_numbered",
            "IMPRESSION: 1. Known left parieto-occipital ICH, stable (3.1 cm). 2. No new hemorrhage. 3. Mild hydrocephalus, unchanged. 4. No herniation.",
        ),
    ],
    "pos_indication_then_finding": [
        (
            "report",
            "Indication: fall on rivaroxaban, rule out intracranial bleed. Findings: a 6 mm acute subdural haematoma over the left frontal convexity. Impression: acute left SDH; please discuss with neurosurgery.",
        ),
        (
            "report_abbrev",
            "Clin: ?SAH, thunderclap HA. CTH: SAH in basal cisterns + R sylvian fissure. Imp: SAH, CTA recommended.",
        ),
        (
            "report",
            "Reason for exam: evaluate for hemorrhage; sudden left hemiparesis. Findings: acute right putaminal hemorrhage, 22 mL, with mild mass effect. No IVH. Impression: right putaminal ICH.",
        ),
        (
            "report",
            "CLINICAL QUESTION: ? bleed post-thrombolysis (alteplase at 10:40), new drop in GCS. CT: large haematoma in the left MCA territory infarct with fluid level and 8 mm shift. CONCLUSION: parenchymal haematoma (PH2) after thrombolysis. Stroke consultant informed.",
        ),
        (
            "report_typos",
            "Indication: r/o ICH, head strike on table edge, on warfrain. Findings: small acute subdural heamatoma along the falx, 3 mm. Impression: small interhemispheric SDH.",
        ),
        (
            "report",
            "History: exclude extradural haematoma - lucid interval after a blow to the temple. Findings: 16 mm biconvex acute extradural haematoma in the left temporal region under a fracture. Impression: left EDH, theatre alerted.",
        ),
        (
            "cta_report",
            "Indication: assess for intracranial bleed and vessel injury after hanging attempt. Noncontrast: small SAH in the left frontal sulci. CTA: no dissection, no aneurysm. Impression: small-volume SAH, no vascular injury.",
        ),
        (
            "report",
            "Query subdural? Elderly man, progressive confusion over 2 weeks. CT: left hemispheric chronic subdural haematoma, 18 mm, with 8 mm midline shift. Conclusion: yes - large chronic left SDH.",
        ),
        (
            "report",
            "Request: CT head to exclude haemorrhage before starting anticoagulation for PE. Findings: unexpected 9 mm haemorrhage in the right occipital cortex. Conclusion: small acute right occipital ICH; anticoagulation should be deferred.",
        ),
        (
            "report_nonnative",
            "Clinical information: to exclude bleeding after fall. Result: is found acute subdural hematoma on the right, 5 mm, and small contusion in right temporal lobe.",
        ),
        (
            "us_report",
            "Cranial US, indication: screening for IVH in a 26-week preterm. Findings: bilateral echogenic germinal matrix with blood extending into both lateral ventricles, ventricles not dilated. Impression: bilateral grade II germinal matrix-intraventricular haemorrhage.",
        ),
        (
            "report",
            "Indication: ? delayed bleed, repeat scan 24 h after head injury on apixaban. Findings: a new thin left frontal subdural haematoma, 4 mm, not present on the first scan. Impression: delayed acute SDH.",
        ),
        (
            "report",
            "Indication: please rule out SAH (headache 3 days, LP refused). Findings: subtle but definite subarachnoid blood in the posterior horn of the right lateral ventricle and in the right sylvian fissure. Impression: subarachnoid haemorrhage.",
        ),
        (
            "report_caps",
            "INDICATION: EVALUATE FOR BLEED, ANTICOAGULATED, GCS 15. FINDINGS: SMALL LEFT PARIETAL CONTUSION WITH PUNCTATE HAEMORRHAGE. NO EXTRA-AXIAL COLLECTION. IMPRESSION: SMALL HAEMORRHAGIC CONTUSION.",
        ),
        (
            "mri_report",
            "Indication: ?haemorrhage into known pituitary macroadenoma, sudden headache and diplopia. MRI: the macroadenoma contains T1-hyperintense blood with a fluid level. Impression: pituitary apoplexy (haemorrhagic).",
        ),
    ],
    "pos_mimic_with_blood": [
        (
            "report",
            "Bilateral frontal subdural hygromas, previously simple CSF density, now contain dependent hyperdense blood on the right. Impression: haemorrhage into the right hygroma.",
        ),
        (
            "mri_report",
            "MRI with contrast: left frontal subdural empyema with rim enhancement and restricted diffusion, and a small acute subdural haemorrhage layering posteriorly on the same side. Impression: empyema with associated subdural haemorrhage.",
        ),
        (
            "report",
            "Calcified right sphenoid wing meningioma, 3 cm, as before; new acute haemorrhage within its lateral margin with perilesional oedema. Conclusion: haemorrhage into meningioma.",
        ),
        (
            "mri_report",
            "Known left frontal cavernoma: now larger with fresh T1-hyperintense blood and surrounding oedema, i.e., a recent bleed. No other lesions. Impression: acute haemorrhage from the left frontal cavernous malformation.",
        ),
        (
            "report",
            "Post-thrombectomy CT: hyperdensity in the left caudate and putamen is partly contrast staining, but the dual-energy iodine map shows persistent high density on the virtual non-contrast image in the putamen, consistent with haemorrhage. Impression: small haemorrhagic transformation in addition to contrast staining.",
        ),
        (
            "report",
            "Bilateral basal ganglia calcification (physiological). Separate from this there is an acute haemorrhage in the right thalamus, 1.4 cm, with intraventricular extension.",
        ),
        (
            "report",
            "Diffuse cerebral oedema after cardiac arrest with pseudo-subarachnoid appearance of the basal cisterns; however, a true layer of subarachnoid blood is present over the left convexity, 62 HU, and in the left sylvian fissure. Impression: hypoxic injury with genuine traumatic SAH (fall at collapse).",
        ),
        (
            "mri_report",
            "MRI: ring-enhancing right parietal abscess with a haemorrhagic component (T1 bright, SWI blooming) along its medial wall. Impression: abscess with internal haemorrhage.",
        ),
        (
            "report",
            "Hyperdense left MCA (thrombus) and, separately, a hyperdense haematoma in the left frontal operculum, 2 cm, which was not visible on the pre-thrombolysis scan. Impression: symptomatic intracerebral haemorrhage.",
        ),
        (
            "report_abbrev",
            "Colloid cyst 3rd vent, known. New: blood in both lat ventricles w/ fluid levels, HCP. Imp: IVH ?from cyst, urgent NSGY.",
        ),
        (
            "report",
            "Intracranial hypotension: bilateral thin subdural effusions and pachymeningeal thickening; the right effusion now contains acute blood (hyperdense, 6 mm). Impression: subdural haematoma complicating intracranial hypotension.",
        ),
        (
            "mri_report",
            "MRI: cerebral venous sinus thrombosis of the superior sagittal sinus with a left parasagittal venous haemorrhagic infarct, 2.5 cm. Impression: CVST with venous haemorrhage.",
        ),
        (
            "report",
            "Glioblastoma, right temporal, post-operative. Dense material in the cavity is not only Surgicel: a new 2 cm haematoma extends into the surrounding parenchyma. Impression: postoperative haemorrhage in the resection bed.",
        ),
        (
            "report",
            "Right frontal arachnoid cyst (stable). Adjacent thin acute subdural haematoma over the right convexity after a football header injury, 4 mm. Impression: SDH associated with arachnoid cyst.",
        ),
        (
            "mri_report",
            "Neonatal MRI: choroid plexus cysts bilaterally (incidental). T1-hyperintense, SWI-dark blood in the left caudothalamic groove and occipital horn. Impression: left germinal matrix haemorrhage with intraventricular blood.",
        ),
    ],
    "pos_hedged_query": [
        (
            "ed_note",
            "EMERGENCY DEPARTMENT RECORD - HEAD INJURY. Time of arrival 01:12. Presenting complaint: 67-year-old man, slipped on ice outside a pub about 23:30, struck the back of his head, no witnessed loss of consciousness, one episode of vomiting in the ambulance. He takes warfarin for a mechanical mitral valve; INR on arrival 3.1. Past history: hypertension, gout, mitral valve replacement 2014. Social: lives with his wife, drinks around 30 units a week. Examination: GCS 14 (E4 V4 M6), mildly confused to time, 3 cm occipital laceration, pupils equal and reactive, moves all limbs, no C-spine tenderness. Investigations: CT head at 01:50. Verbal report from the on-call registrar: a questionable thin subdural haematoma along the right tentorium, 2 mm, possibly real but could be normal dura; formal report to follow after consultant review in the morning. Assessment: possible small traumatic SDH in an anticoagulated patient with a metallic valve. Plan: discussed with haematology - partial reversal with vitamin K 1 mg and no PCC unless the bleed is confirmed or he deteriorates; hourly neuro observations; repeat CT head at 07:00; laceration closed with staples; admit under the surgical team.",
        ),
        (
            "report",
            "Subtle hyperdensity in the depth of the right sylvian fissure, possibly a small volume of subarachnoid haemorrhage; partial volume from the MCA is an alternative. Recommend CTA.",
        ),
        (
            "report_abbrev",
            "CTH: ?tiny SDH along L tentorium (2mm) vs normal dural enhancement - cannot exclude. No shift. Suggest repeat in 6h.",
        ),
        (
            "report",
            "Findings: a faint 5 mm focus of high density at the grey-white junction of the left frontal lobe could represent a small haemorrhagic contusion. Impression: possible small contusion; follow-up CT advised.",
        ),
        (
            "dictation",
            "impression colon questionable trace subarachnoid blood in the interpeduncular cistern comma cannot be excluded on this study period correlation with lumbar puncture is suggested period",
        ),
        (
            "report",
            "Thin hyperdense crescent along the right frontal convexity, 2-3 mm, probable small subdural haematoma, though beam-hardening is a consideration. Conclusion: probable small acute right SDH.",
        ),
        (
            "report_caps",
            "QUERY SMALL VOLUME INTRAVENTRICULAR BLOOD IN THE LEFT OCCIPITAL HORN (DEPENDENT DENSITY). SUGGEST SHORT INTERVAL FOLLOW-UP.",
        ),
        (
            "mri_report",
            "MRI: a single focus of susceptibility in the splenium with subtle surrounding T2 signal after a high-speed MVC; this may represent a shear injury microhaemorrhage. Impression: possible diffuse axonal injury.",
        ),
        (
            "report",
            "Conclusion: findings are suspicious for an acute haemorrhage in the left cerebellar hemisphere (1 cm ill-defined hyperdensity), although a hyperdense mass cannot be excluded. MRI recommended.",
        ),
        (
            "report_nonnative",
            "Maybe there is small bleeding in the right parietal sulci, not sure because of movement artefact. Repeat of examination is proposed.",
        ),
        (
            "report",
            "The right tentorial leaflet appears thicker and denser than the left; a small tentorial subdural haemorrhage is suspected. No mass effect. Impression: suspected small right tentorial SDH.",
        ),
        (
            "ed_note",
            "ED reg note: radiology wet read 'equivocal tiny SAH L frontal sulcus ?artefact'. GCS 15, anticoagulated. Plan: treat as possible tSAH, repeat CT at 6 h, neuro obs, inform on-call neurosurgeon.",
        ),
        (
            "report",
            "Impression: 1. Likely haemorrhagic transformation of the right MCA infarct (new patchy hyperdensity in the infarcted cortex), although contrast staining after thrombectomy is also possible. Dual-energy not available. 2. No mass effect.",
        ),
        (
            "report_typos",
            "Equivocal hyperdensity in the left sylvian fisure, ?early subarrachnoid haemorrhage vs vessel. Can not exclude. CTA reccommended.",
        ),
        (
            "report",
            "Findings compatible with, but not diagnostic of, a small extradural haematoma at the vertex (lentiform density 6 mm, hard to separate from the sagittal sinus on axial images). Coronal reformats suggested; neurosurgery made aware.",
        ),
        (
            "report",
            "Impression: cannot exclude a small acute subdural haematoma along the posterior falx; a faintly hyperdense line is present that was not seen on the previous study.",
        ),
    ],
    "pos_findings_only": [
        (
            "report",
            "CT HEAD AND CERVICAL SPINE WITHOUT CONTRAST. CLINICAL HISTORY: 88-year-old woman found at the foot of the stairs by a carer, unknown downtime, bruising over the left face, on edoxaban for AF. TECHNIQUE: helical acquisition with 0.6 mm slices, brain and bone kernels, sagittal and coronal reformats of the cervical spine. COMPARISON: CT head from a previous admission 14 months ago. FINDINGS, HEAD: generalised cerebral volume loss and confluent periventricular white matter low attenuation, both progressed modestly since the prior study. Old right occipital infarct. There is a small acute subdural haematoma along the left frontal convexity measuring 4 mm, without mass effect. Ventricles proportionate to the sulci. Left periorbital and malar soft tissue swelling; no facial fracture on the included images. FINDINGS, CERVICAL SPINE: multilevel degenerative change with C5-C6 and C6-C7 disc space narrowing; there is a minimally displaced fracture through the anterior arch of C1 on the left and a non-displaced fracture of the left lateral mass of C1. Prevertebral soft tissues mildly thickened at C1-C2. Alignment maintained. IMPRESSION: 1. Fractures of the anterior arch and left lateral mass of C1 (Jefferson-type variant); recommend collar and spinal surgical opinion. 2. Chronic small vessel disease and atrophy, progressed. 3. Left facial soft tissue injury.",
        ),
        (
            "report",
            "CT head and facial bones. FINDINGS: Comminuted fracture of the left orbital floor with herniation of fat into the maxillary sinus. Left maxillary haemosinus. A thin 3 mm acute subdural haematoma lies along the left frontal convexity. IMPRESSION: 1. Left orbital blowout fracture. 2. Left maxillary sinus fluid.",
        ),
        (
            "report",
            "Findings: depressed fracture of the right parietal bone, 7 mm depression, with a small underlying haemorrhagic contusion. Large scalp haematoma. Impression: depressed right parietal skull fracture; neurosurgical referral.",
        ),
        (
            "report_numbered",
            "FINDINGS: 1. Small SAH in the right frontal sulci. 2. Non-displaced left occipital fracture extending to the foramen magnum. IMPRESSION: Left occipital condyle-adjacent fracture, CT cervical spine recommended.",
        ),
        (
            "report",
            "CT head. Chronic small-vessel ischaemia. Small acute right parietal intraparenchymal haemorrhage, 8 mm. Generalised volume loss. Conclusion: age-related changes and small vessel disease.",
        ),
        (
            "report",
            "FINDINGS: The ventricles are enlarged out of proportion to the sulci, with transependymal oedema; a small amount of intraventricular blood layers in the left occipital horn. IMPRESSION: Acute obstructive hydrocephalus; EVD recommended.",
        ),
        (
            "report_abbrev",
            "Findings: L temporal bone fx through mastoid, opacified mastoid air cells. Thin L temporal EDH 3mm. Imp: L temporal bone fx, longitudinal; ENT f/u.",
        ),
        (
            "report",
            "Trauma CT head. Findings: large right frontal subgaleal haematoma. Right frontal sinus anterior wall fracture. There is a small contusion with blood in the right gyrus rectus. Impression: right frontal sinus fracture; scalp haematoma.",
        ),
        (
            "report",
            "MRI brain for memory decline. Findings: moderate hippocampal atrophy (MTA 3 bilaterally). Incidental 5 mm subacute haemorrhage in the right frontal subcortical white matter. Impression: pattern consistent with Alzheimer's disease.",
        ),
        (
            "report",
            "CT head before lumbar puncture. Findings: no mass or midline shift. There is a tiny amount of subarachnoid blood in the right central sulcus. Impression: no contraindication to lumbar puncture.",
        ),
        (
            "report",
            "CT of the head and cervical spine, trauma. Head: small left frontal extra-axial haematoma, 3 mm. Cervical spine: type II odontoid fracture with 3 mm posterior displacement. Impression: type II dens fracture; spinal precautions, spinal surgery referral.",
        ),
        (
            "report_caps",
            "FINDINGS: ACUTE SMALL VOLUME INTRAVENTRICULAR HAEMORRHAGE IN BOTH OCCIPITAL HORNS. EVD TRACT RIGHT FRONTAL. IMPRESSION: EVD IN SATISFACTORY POSITION.",
        ),
        (
            "report",
            "Findings: hyperdense left MCA. Loss of grey-white differentiation in the left insula, ASPECTS 7. A 1 cm haemorrhage in the left caudate head. Impression: acute left MCA infarct, ASPECTS 7.",
        ),
        (
            "report",
            "CT head, post VP shunt revision. Findings: shunt catheter tip in the right lateral ventricle. Slit-like ventricles. Small acute subdural haematoma over the right convexity, 4 mm, along the burr hole. Impression: shunt in satisfactory position; ventricles decompressed.",
        ),
        (
            "report_typos",
            "Findings: extensive sinus disease. Small acute hemmorhage in the left frontal lobe at the site of previous biopsy, 9mm. Impression: pansinusitis, recommend ENT.",
        ),
        (
            "report",
            "Findings: Right frontal craniotomy changes. Post-operative pneumocephalus. Small haematoma at the operative site in the right frontal lobe, 1.5 cm. No midline shift. Conclusion: expected post-operative appearances.",
        ),
    ],
    "pos_imaging_descriptor_mri_cta": [
        (
            "mri_report",
            "MRI brain 2 days after a motorbike crash, GCS 7 at scene. Innumerable foci of susceptibility blooming at the grey-white junction, in the corpus callosum and dorsolateral midbrain, in keeping with diffuse axonal injury with microhaemorrhages (grade 3).",
        ),
        (
            "cta_report",
            "CTA head: a spot sign is present within the known right basal ganglia haematoma (contrast focus 1.5 mm), indicating a high risk of haematoma expansion. No aneurysm.",
        ),
        (
            "cta_report",
            "CT angiogram: active contrast extravasation into the left frontal lobar haematoma on the delayed phase; no underlying AVM. Impression: actively bleeding left frontal ICH.",
        ),
        (
            "report",
            "Unenhanced CT: hyperdense material in the basal cisterns, the interhemispheric fissure and both sylvian fissures, with early hydrocephalus.",
            "uncertain",
        ),
        (
            "mri_report",
            "SWI: multiple blooming foci in the splenium of the corpus callosum and both frontal subcortical regions after a fall from height; these represent haemorrhagic shearing injuries.",
        ),
        (
            "cta_report",
            "CTA: two foci of contrast pooling within the right cerebellar haematoma that grow on the delayed acquisition (spot sign positive). The haematoma measures 3.8 cm.",
        ),
        (
            "mri_report",
            "MRI: a 2 cm lesion in the left thalamus with a dark hemosiderin rim and central T1 hyperintensity, blooming on GRE, after new-onset hemisensory loss yesterday; consistent with acute-subacute haemorrhage.",
        ),
        (
            "cta_report",
            "CTA head and neck, trauma: pseudoaneurysm of the left middle meningeal artery with contrast extravasation into an adjacent extradural haematoma, 9 mm.",
        ),
        (
            "mri_report",
            "MRI (FLAIR, SWI) on day 4 of aneurysmal SAH: FLAIR hyperintensity in the sulci of both frontal lobes with blooming on SWI, consistent with residual subarachnoid blood.",
        ),
        (
            "report",
            "CT: the basal cisterns and the fourth ventricle are filled with high-density material (measuring 60-65 HU); the sulci are effaced.",
            "uncertain",
        ),
        (
            "mri_report",
            "MRI: punctate susceptibility foci in the left frontal white matter and the genu of the corpus callosum, new compared with the MRI 3 months ago, after this week's assault.",
            "uncertain",
        ),
        (
            "cta_report",
            "CT perfusion/CTA for code stroke: no large vessel occlusion. On the non-contrast component there is a 2.5 cm hyperdense haematoma in the right frontal lobe; on CTA a punctate enhancing focus within it (spot sign).",
        ),
        (
            "mri_report",
            "MRI: layering susceptibility signal in the dependent occipital horns and FLAIR-bright sulcal signal over the right convexity, blooming on SWI; findings represent intraventricular and subarachnoid blood products.",
        ),
        (
            "cta_report",
            "Delayed-phase CTA: extravasated contrast accumulating in the dependent part of a right temporal haematoma, which has enlarged since the plain scan 20 min ago.",
        ),
        (
            "report",
            "Non-contrast CT, day 1 post-coiling: hyperdense material persists in the suprasellar cistern and along the anterior interhemispheric fissure, similar in extent to the pre-coiling study; coil pack in the ACom aneurysm.",
            "uncertain",
        ),
    ],
    "neg_plain": [
        (
            "report",
            "CT head without contrast. Clinical: syncope on the bus. Findings: grey-white differentiation is preserved. No haemorrhage, mass or extra-axial collection. Ventricles and sulci normal for age. Impression: normal CT head.",
        ),
        ("report_abbrev", "CTH: no ICH, no mass effect, no fx. Mild small vessel change. Imp: nil acute."),
        (
            "report_caps",
            "CT BRAIN: NO INTRACRANIAL HAEMORRHAGE. NO INFARCT. NO SPACE-OCCUPYING LESION. VENTRICLES NORMAL. CONCLUSION: NORMAL STUDY.",
        ),
        (
            "dictation",
            "findings colon there is no intracranial hemorrhage period no midline shift period the basal cisterns are clear period impression colon negative head CT period thank you for this referral",
        ),
        (
            "mri_report",
            "MRI brain with SWI for first seizure. No susceptibility artefact to suggest blood products. Hippocampi symmetric. No cortical malformation. Impression: normal MRI brain.",
        ),
        (
            "report",
            "Noncontrast head CT. No evidence of intracranial hemorrhage, territorial infarct, hydrocephalus or mass. Paranasal sinuses clear. Impression: unremarkable.",
        ),
        (
            "report_nonnative",
            "Brain structures are without pathological changes. Bleeding is not found. Ventricular system is not dilated, midline structures are not shifted.",
        ),
        (
            "report_typos",
            "CT head: No intracranial hemmorhage or extra-axial colection. No acute infract. Impression: no acute intracranial abnormallity.",
        ),
        (
            "us_report",
            "Cranial ultrasound, term neonate, difficult ventouse delivery. Ventricles normal size, no echogenic material in the germinal matrix or ventricles, no extra-axial fluid. Impression: no intraventricular or parenchymal haemorrhage.",
        ),
        (
            "report",
            "CT head, headache for 3 weeks. The brain is normal. There is no blood, no mass and no hydrocephalus. Conclusion: normal; if symptoms persist consider MRI.",
            "negated",
        ),
        (
            "report_numbered",
            "IMPRESSION: 1. No acute intracranial process; specifically no hemorrhage. 2. Mucosal thickening of the ethmoid air cells. 3. Incidental cavum septum pellucidum.",
        ),
        (
            "cta_report",
            "CTA head and neck for dizziness. Non-contrast images show no haemorrhage. Arteries patent without stenosis or aneurysm. Impression: normal CTA.",
        ),
        (
            "report",
            "CT head, anxious 24-year-old after minor bump to forehead. Skull intact. Brain normal. Impression: normal study.",
            "none",
        ),
        (
            "report",
            "Head CT: age-appropriate atrophy, periventricular white matter hypodensity, a remote left occipital lacune. No new abnormality. Impression: chronic small vessel disease only.",
            "none",
        ),
        (
            "mri_report",
            "MRI brain and orbits for optic neuritis: two periventricular T2 lesions, one juxtacortical, none enhancing. Optic nerves: right nerve enhances. Impression: findings compatible with demyelination; clinical correlation.",
            "none",
        ),
        (
            "report",
            "CT: there is neither haemorrhage nor extra-axial fluid. Ventricles are symmetrical. Impression: no intracranial injury.",
        ),
        (
            "clinical_note",
            "Medical admission note: 70M with vomiting and vertigo. Examination: horizontal nystagmus, HINTS peripheral. CT head: no bleed, no posterior fossa lesion. Plan: vestibular sedatives, physio.",
            "negated",
        ),
        (
            "report",
            "Postoperative CT after right frontal tumour resection: expected pneumocephalus and a small amount of fluid in the cavity, no haemorrhage in or around the resection bed. Impression: satisfactory postoperative appearance.",
        ),
    ],
    "neg_site_extracranial": [
        (
            "report",
            "CT head after fall: large left parietal subgaleal haematoma, 2 cm thick. Calvarium intact. The brain is normal, without intracranial haemorrhage. Conclusion: scalp haematoma only.",
        ),
        (
            "report",
            "CT orbits: right retrobulbar haematoma with proptosis and tenting of the posterior globe. No intracranial extension. Impression: retrobulbar haematoma; lateral canthotomy advised.",
        ),
        (
            "mri_report",
            "MRI cervical and thoracic spine: dorsal spinal epidural haematoma from C6 to T2 compressing the cord. MRI brain component normal. Impression: spinal epidural haematoma.",
        ),
        (
            "report",
            "CT neck with contrast after thyroidectomy: haematoma in the thyroid bed, 4 cm, deviating the trachea to the left. Impression: postoperative neck haematoma.",
        ),
        (
            "us_report",
            "Ultrasound of the neonatal skull swelling: a fluid collection confined by the right parietal suture lines, consistent with cephalohaematoma. Brain parenchyma and ventricles normal on transfontanelle views.",
        ),
        (
            "report_abbrev",
            "CT face: L periorbital soft tissue haematoma, no fx. Globe intact. Intracranial: nil. Imp: soft tissue injury only.",
        ),
        (
            "report",
            "CT head: right frontal forehead haematoma with a small laceration. No fracture. No intracranial haematoma or haemorrhage. Impression: superficial injury.",
        ),
        (
            "mri_report",
            "MRI lumbar spine after LP for suspected meningitis: small dorsal spinal subdural haematoma at L3-L4, 4 mm, no cauda equina compression. Impression: spinal subdural haematoma post LP.",
        ),
        (
            "report",
            "CT sinuses: blood-fluid level in the left maxillary sinus after blunt trauma, with a fracture of its anterior wall. No intracranial injury. Conclusion: left maxillary haemosinus.",
        ),
        (
            "report_caps",
            "CT TEMPORAL BONES: HAEMOTYMPANUM ON THE RIGHT WITH A LONGITUDINAL PETROUS FRACTURE. OSSICLES IN NORMAL POSITION. NO INTRACRANIAL ABNORMALITY.",
        ),
        (
            "report",
            "CT cervical spine: prevertebral soft tissue haematoma at C2-C4 anterior to a hyperextension teardrop fracture. Impression: C2 teardrop fracture with prevertebral haematoma.",
        ),
        (
            "clinical_note",
            "Plastics review: subungual haematoma of the left index finger after door trauma, >50% of the nail. Trephined. Head injury excluded clinically, no CT indicated.",
        ),
        (
            "report",
            "CT head: the intracranial contents are normal. Large left temporalis muscle haematoma after a kick to the side of the head. Conclusion: no intracranial injury; intramuscular haematoma.",
        ),
        (
            "report",
            "CT chest/abdomen/pelvis: rectus sheath haematoma on the right with active extravasation from the inferior epigastric artery; patient on enoxaparin. Brain not imaged.",
        ),
        (
            "mri_report",
            "MRI orbits: subperiosteal haematoma along the roof of the left orbit displacing the globe inferiorly, after a fall onto a table corner. No intracranial extension. Impression: left orbital subperiosteal haematoma.",
        ),
        (
            "report_nonnative",
            "On CT of head is visible big soft tissue swelling with blood in occipital scalp. Bones are intact. In brain no bleeding, no contusion.",
        ),
        (
            "report",
            "CT neck angiogram: left sternocleidomastoid haematoma after internal jugular line insertion, without active extravasation. No vascular injury. Intracranial vessels unremarkable.",
        ),
        (
            "report",
            "CT head in a 4-month-old with a boggy swelling: large subgaleal haematoma crossing the sutures. No skull fracture. No intracranial blood. Impression: subgaleal haematoma only; safeguarding review as per protocol.",
        ),
    ],
    "neg_mimic": [
        (
            "report",
            "Bilateral frontal subdural hygromas, CSF density, slightly smaller than last month. No hyperdense component. Impression: improving hygromas.",
        ),
        (
            "report",
            "Dense basal ganglia and dentate calcification, symmetrical, in a patient with hypoparathyroidism. No haemorrhage. Conclusion: metabolic calcification.",
        ),
        (
            "report",
            "Diffuse cerebral oedema after out-of-hospital arrest with loss of grey-white differentiation; the basal cisterns appear relatively dense (pseudo-subarachnoid haemorrhage), no true subarachnoid blood. Impression: global hypoxic-ischaemic injury.",
        ),
        (
            "report",
            "Hyperdense left MCA sign in keeping with thrombus. No intracranial haemorrhage. ASPECTS 9. Impression: left MCA occlusion, thrombectomy candidate.",
        ),
        (
            "report",
            "Post-thrombectomy CT: hyperdensity in the right lentiform nucleus which resolves on the dual-energy virtual non-contrast image, in keeping with contrast staining and not haemorrhage.",
        ),
        (
            "mri_report",
            "MRI with gadolinium: left convexity subdural empyema, 7 mm, with peripheral enhancement and restricted diffusion, secondary to frontal sinusitis. No blood products. Impression: subdural empyema.",
        ),
        (
            "mri_report",
            "MRI: right temporal cavernoma with a complete haemosiderin rim and a popcorn core, unchanged from 2023. No evidence of recent bleeding. Impression: stable cavernous malformation.",
        ),
        (
            "report",
            "Polycythaemia (Hb 212): the dural venous sinuses and cortical veins appear hyperdense, attributed to the high haematocrit. No intracranial haemorrhage. No venous infarct.",
        ),
        (
            "report",
            "Calcified falx and tentorium, prominent in this 78-year-old. Granulomatous calcification in the right frontal lobe. No acute haemorrhage.",
        ),
        (
            "report",
            "Intracranial hypotension: smooth pachymeningeal thickening and thin bilateral subdural effusions of CSF density, brain sagging. No haematoma. Impression: features of spontaneous intracranial hypotension.",
        ),
        (
            "report",
            "Known right frontal meningioma, densely calcified, 2.4 cm, stable since 2022. No oedema, no haemorrhage.",
        ),
        (
            "mri_report",
            "MRI: colloid cyst at the foramen of Monro, T1 hyperintense due to proteinaceous contents, 8 mm, no hydrocephalus. No blood products anywhere.",
        ),
        (
            "report",
            "CT head day after myelography: contrast is present in the basal cisterns and sylvian fissures (intrathecal iodinated contrast), not blood. No other abnormality.",
        ),
        (
            "mri_report",
            "MRI: ring-enhancing left frontal abscess with a smooth T2-dark rim and central restricted diffusion; no susceptibility to suggest haemorrhage. Impression: cerebral abscess.",
        ),
        (
            "report",
            "Superior sagittal sinus thrombosis (dense delta sign, empty delta on the CTV). Parenchyma normal; no venous haemorrhage or infarct.",
        ),
        (
            "report_abbrev",
            "Bilat BG calcs + falx calc. Tiny hyperdense focus R frontal = calcified granuloma (250 HU), unchanged. No ICH.",
        ),
        (
            "us_report",
            "Neonatal cranial ultrasound: linear echogenic branching lines in both thalami consistent with lenticulostriate vasculopathy. Germinal matrix and ventricles normal, no haemorrhage.",
        ),
        (
            "report",
            "CT head in a child: the falx and tentorium look mildly dense, a normal appearance at this age given the high haematocrit of infancy; no subdural blood. Impression: normal for age.",
        ),
    ],
    "neg_ruled_out": [
        (
            "consult",
            "GERIATRIC MEDICINE LIAISON CONSULT. Reason for referral: recurrent falls and a new decline in mobility in an 86-year-old woman admitted under orthopaedics with a fractured neck of femur. Background: hypertension, osteoporosis, mild cognitive impairment (MoCA 23 last year), macular degeneration. Medications: amlodipine, alendronate, calcium and vitamin D, plus apixaban started by her GP for paroxysmal AF six months ago. Collateral history from her son: three falls since the summer, two with a head strike, and more forgetfulness over the last month. Examination: alert, oriented to place but not date, no focal neurological signs, postural drop of 28 mmHg. Investigations: a CT head on admission was reported as showing established small vessel disease only; a subdural bleed, which was our main concern given the falls on apixaban and the cognitive change, was excluded, and there was no fracture. Sodium 131, B12 normal. Impression: multifactorial falls with orthostatic hypotension and probable early dementia. Recommendations: reduce amlodipine to 5 mg, lying and standing BP daily, continue apixaban after surgery with a falls-risk discussion, memory clinic referral on discharge, occupational therapy home visit.",
        ),
        (
            "clinical_note",
            "Follow-up clinic note: referred after a 'thunderclap' headache in August. CT at 3 h and CTA were normal and SAH was ruled out at the time. Diagnosis: primary exertional headache. Discharged.",
        ),
        (
            "ed_note",
            "ED discharge note: head injury on apixaban, CT head came back clear - no bleed. Safety-netted, head injury advice sheet given.",
        ),
        (
            "discharge_summary",
            "Discharge summary: admitted with confusion and a fall. Intracranial haemorrhage was excluded on CT. Delirium secondary to urinary tract infection, treated with nitrofurantoin.",
        ),
        (
            "consult",
            "Stroke team note: thrombolysis considered. CT head excluded haemorrhage and showed no early ischaemic change; alteplase given at 13:20 (door to needle 34 min).",
        ),
        (
            "gp_letter",
            "Dear Dr Llewellyn, your patient attended with a sudden headache; a CT brain and lumbar puncture (no xanthochromia) excluded a subarachnoid haemorrhage. We think this was a migraine with atypical onset. Kind regards, Medical SpR.",
        ),
        (
            "clinical_note",
            "Neuro obs stopped. The repeat CT at 24 h ruled out delayed intracranial bleeding. Plan: restart rivaroxaban tomorrow, home when mobile.",
        ),
        (
            "ed_note",
            "ED: 6-year-old, fell off a scooter, PECARN high risk. CT head: no intracranial injury, no fracture; bleed ruled out. Discharged with parents.",
        ),
        (
            "report",
            "Comparison with the outside CT from this morning (reviewed on PACS): no haemorrhage was present then, and none is present now. Impression: no intracranial haemorrhage on either study.",
        ),
        (
            "consult",
            "Cardiology consult: anticoagulation for new AF. A CT head done last month for a fall was negative for bleed. HAS-BLED 2. Recommend apixaban 5 mg twice daily.",
        ),
        (
            "discharge_summary",
            "Reason for admission: seizure. Investigations: CT head - haemorrhage, mass and infarct all excluded; MRI normal; EEG left temporal sharp waves. Diagnosis: new focal epilepsy, levetiracetam started.",
        ),
        (
            "clinical_note",
            "Telephone note: I rang the patient's daughter to explain that yesterday's scan did not show any bleeding in the brain and that the headache is likely from high blood pressure.",
        ),
        (
            "teaching",
            "Tutorial case: a 40-year-old with headache, CT within 6 h of onset read by a neuroradiologist as normal. Bleeding into the subarachnoid space was confidently ruled out and no LP was performed; the final diagnosis was RCVS.",
        ),
        (
            "ed_note",
            "Reassessment 04:00: intracranial bleed has been excluded on CT (reported by Dr Y). Pain controlled. D/c with GP follow-up.",
        ),
        (
            "discharge_summary",
            "Transfer letter from district hospital: CT head on arrival demonstrated no intracranial haemorrhage or fracture. Transferred for ophthalmology review of the globe injury.",
        ),
        (
            "clinical_note",
            "MDT outcome: subdural haematoma was considered but excluded by MRI; the imaging appearance is pachymeningeal enhancement from IgG4 disease. Plan: rituximab.",
        ),
        (
            "consult",
            "Anaesthetic pre-op note: CT head from admission reviewed - no haemorrhage. Neurosurgery confirmed no contraindication to spinal anaesthesia for the hip fracture.",
        ),
        (
            "addendum",
            "ADDENDUM: The hyperdensity queried in the initial report has been reviewed with thin sections and is a vessel in cross-section; haemorrhage is excluded.",
            "negated",
        ),
        (
            "clinical_note",
            "Post-thrombolysis 24 h check: CT head negative for haemorrhage. Start aspirin 300 mg. NIHSS improved from 9 to 3.",
        ),
    ],
    "neg_indication_only": [
        (
            "report",
            "Indication: fall on clopidogrel, exclude intracranial bleed. Findings: no acute intracranial abnormality. The ventricles and sulci are age-appropriate. Impression: normal CT head for age.",
        ),
        (
            "report_abbrev",
            "Clin: ?SDH, confusion 2/52. CTH: no extra-axial collection. Mod atrophy. Imp: no SDH.",
        ),
        (
            "report",
            "Reason for study: rule out haemorrhage prior to thrombolysis. Findings: no haemorrhage; ASPECTS 10. Impression: no contraindication on imaging.",
        ),
        (
            "report_caps",
            "CLINICAL: ?SAH. SUDDEN HEADACHE 2 HOURS AGO. FINDINGS: NORMAL CT BRAIN. NO HYPERDENSITY IN THE CISTERNS OR SULCI. NO HYDROCEPHALUS.",
        ),
        (
            "report",
            "Request: 'query bleed, GCS drop'. Findings: established right MCA infarct, evolving as expected, with no haemorrhagic transformation. Impression: evolving infarct.",
        ),
        (
            "report_typos",
            "Indicaton: evalute for intracranial hemmorhage, on eliquis, head strike. Findings: No acute intracranial findings. Impression: negtive.",
        ),
        (
            "cta_report",
            "Clinical question: aneurysm? bleed? (sentinel headache). Non-contrast CT normal. CTA: 3 mm unruptured left PCOM aneurysm. No subarachnoid blood. Impression: small unruptured aneurysm.",
        ),
        (
            "report",
            "History: to exclude EDH, struck by a cricket ball on the temple. Findings: no fracture, no extradural or subdural collection, no parenchymal injury. Conclusion: no intracranial injury.",
        ),
        (
            "us_report",
            "Indication: screening cranial ultrasound for IVH, 29-week infant, day 7. Findings: normal ventricular size, no echogenic germinal matrix or ventricular material. Impression: no haemorrhage.",
        ),
        (
            "report",
            "Indication: assess for delayed haemorrhage 24 h after a minor head injury on warfarin. Findings: unchanged normal appearance. Impression: no delayed bleed.",
        ),
        (
            "report_nonnative",
            "Clinical data: to exclude bleeding in brain after syncope. Conclusion: pathologic changes of brain are not found.",
        ),
        (
            "dictation",
            "clinical history colon question subdural hematoma in a patient on dialysis with headache period findings colon no extra axial fluid collection period no mass effect period impression colon no subdural hematoma",
        ),
        (
            "report",
            "CLINICAL DETAILS: Headache in pregnancy, r/o CVST or haemorrhage. CT venogram: sinuses opacify normally. No haemorrhage. CONCLUSION: normal study.",
        ),
        (
            "mri_report",
            "Indication: ?microbleeds / amyloid, cognitive decline. MRI SWI: no microbleeds, no superficial siderosis. Moderate global atrophy. Impression: no evidence of amyloid angiopathy.",
        ),
        (
            "report",
            "Question: intracranial haemorrhage after assault? Answer: no. Findings: nasal bone fracture only, brain normal.",
            "hypothetical",
        ),
        (
            "report",
            "Indication: post-op check, rule out post-operative haematoma after left frontal meningioma resection. Findings: expected post-surgical changes with a little pneumocephalus; no haematoma in the operative bed. Impression: satisfactory.",
        ),
        (
            "ed_note",
            "ED note: CT head requested to exclude ICH in a 90-year-old with a fall and LOC; result: no acute findings. Discharged with family.",
        ),
        (
            "report",
            "Reason for exam: Evaluate for hemorrhagic conversion (day 2 post stroke). Findings: evolving left PCA infarct, no hemorrhagic conversion, no mass effect. Impression: as above.",
        ),
    ],
    "neg_note_past_history": [
        (
            "clinical_note",
            "Pre-assessment clinic for knee replacement. PMH: subarachnoid haemorrhage 2009 (coiled), hypertension, gout. Functionally independent. Plan: proceed, continue amlodipine.",
        ),
        (
            "discharge_summary",
            "Discharge summary. Admitted with community-acquired pneumonia, treated with co-amoxiclav. Background: right chronic subdural haematoma drained 2021, no recurrence; COPD. Discharged home day 5.",
        ),
        (
            "clinical_note",
            "Family history: mother died of a brain haemorrhage aged 55; brother had an aneurysm clipped. Patient referred for screening MRA (results pending). Current: well.",
        ),
        (
            "consult",
            "Cardiology consult. PMH: intracerebral haemorrhage in 2018 (left basal ganglia), residual right hemiparesis; AF. Question: anticoagulation? Recommendation: LAA occlusion referral.",
        ),
        (
            "gp_letter",
            "Dear Dr Stone, thank you for seeing Mr Ali, 61, in the diabetes clinic. His history includes a traumatic EDH evacuated in 1998 after a motorcycle accident and type 2 diabetes. Today HbA1c 64. Please increase metformin.",
        ),
        (
            "clinical_note",
            "Psychiatry clerking. Past medical hx: SAH (2017) with residual memory problems, epilepsy since then on lamotrigine. Presenting with low mood. MSE: ... Plan: sertraline.",
        ),
        (
            "ed_note",
            "ED note: 44M with renal colic, 6 mm left VUJ stone on CT KUB. PMHx: IVH as a premature baby, shunted, shunt removed age 10. Analgesia, tamsulosin, urology f/u.",
        ),
        (
            "discharge_summary",
            "ADMISSION: 12/11 - 15/11. Diagnosis: cellulitis left leg. PMH: hypertension; hemorrhagic stroke 2015 (right putamen), left hemiparesis; dysphagia. Treated with IV flucloxacillin.",
        ),
        (
            "clinical_note",
            "Ophthalmology clinic: cataract listing. Medical history notable for a remote subdural hematoma (2012, fall), now on no antiplatelets. Plan: right phaco under local.",
        ),
        (
            "consult",
            "Obstetric anaesthesia clinic: 30/40 primigravida with a history of a ruptured AVM at age 19 (SAH and parenchymal bleed, treated by excision, follow-up angiogram clear). Plan: regional anaesthesia acceptable, vaginal delivery.",
        ),
        (
            "clinical_note",
            "Social history/PMH update: PMH includes ICH (cerebellar, 2020) managed conservatively; lives alone, independent. Attended today for flu vaccination.",
        ),
        (
            "discharge_summary",
            "Discharge letter, orthopaedics. Procedure: ORIF right ankle. Comorbidities: subdural haematoma 4 years ago after a fall, AF (not anticoagulated since). Uncomplicated post-operative course.",
        ),
        (
            "clinical_note",
            "History of present illness: 55F with 3 days of dysuria and fever. Past history: aneurysmal subarachnoid haemorrhage 2016 treated with clipping, hydrocephalus shunted. Exam: suprapubic tenderness. Plan: urine culture, cefalexin.",
        ),
        (
            "consult",
            "Haematology note: history of intracranial haemorrhage on warfarin in 2019 (left frontal lobar). Now DVT. Plan: apixaban 2.5 mg BD after discussion of risks; IVC filter not needed.",
        ),
        (
            "ed_note",
            "ED: child 7y with wrist fracture after fall from monkey bars. PMH: neonatal intraventricular haemorrhage (born 28/40), mild cerebral palsy. Backslab applied.",
        ),
        (
            "clinical_note",
            "Neurology clinic, epilepsy review. Background: seizures since a traumatic contusion and subdural bleed in 2010. Seizure-free 18 months on levetiracetam. Driving discussed.",
        ),
        (
            "discharge_summary",
            "DISCHARGE SUMMARY\nName withheld. Age 79.\nReason for admission: fast atrial fibrillation with breathlessness.\nPast medical history: (1) Hypertension. (2) Previous left chronic subdural haematoma drained via burr holes in 2022, no recurrence on the CT from 2023. (3) Osteoarthritis of both knees. (4) Cataracts.\nHistory: two days of palpitations and exertional breathlessness, no chest pain, no syncope. On examination irregularly irregular pulse at 148, bibasal crepitations, mild ankle oedema.\nInvestigations: ECG AF 148; troponin normal; chest X-ray small effusions; echo LVEF 45 percent.\nHospital course: rate controlled with bisoprolol and digoxin; diuresed with IV furosemide for 48 h; weight down 2.1 kg. Anticoagulation discussed at length given the subdural history: the patient chose apixaban after the risks were explained, neurosurgical advice obtained by telephone (no objection).\nDischarge medications: bisoprolol 5 mg, digoxin 62.5 micrograms, apixaban 5 mg twice daily, furosemide 40 mg.\nFollow-up: heart failure nurse 1 week, cardiology clinic 6 weeks.",
        ),
        (
            "clinical_note",
            "Memory clinic. History: previous subarachnoid and intraventricular bleed in 2011 after a fall, good recovery; now 2 years of gradual forgetfulness. MoCA 21. Plan: MRI and bloods.",
        ),
    ],
    "neg_no_acute_named": [
        ("report", "No acute subdural. No acute fracture. Impression: unremarkable CT head."),
        ("report", "Brain: no acute intracranial bleed is seen. Orbits and sinuses: unremarkable."),
        ("report_abbrev", "No acute ICH. No acute infarct. No mass. Imp: neg."),
        (
            "report_caps",
            "NO ACUTE INTRACRANIAL HEMORRHAGE. NO ACUTE TERRITORIAL INFARCT. CHRONIC MICROVASCULAR CHANGES.",
        ),
        (
            "report",
            "There is no acute haemorrhage, no acute extra-axial collection and no acute cortical infarct. The ventricles are normal.",
        ),
        ("report", "Impression: No acute SAH or IPH. Mild generalised involution."),
        (
            "dictation",
            "impression colon no acute intracranial haemorrhage period no acute fracture of the calvarium period",
        ),
        (
            "report",
            "FINDINGS: No evidence of acute epidural or subdural hematoma. No acute intraparenchymal hemorrhage. IMPRESSION: No acute intracranial traumatic injury.",
        ),
        (
            "report_typos",
            "No acute intracrainal bleed. No accute infarct. Moderate sinus mucosal thickening.",
        ),
        ("report", "CT head: nothing acute - no acute bleed, no acute stroke, no hydrocephalus."),
        (
            "report_numbered",
            "IMPRESSION:\n1) No acute intracranial blood.\n2) No acute osseous injury.\n3) Scalp swelling over the right occiput.",
        ),
        (
            "report",
            "No acutely hyperdense extra-axial collection. No acute intraventricular blood. Normal ventricular size.",
        ),
        (
            "report_nonnative",
            "Acute bleeding in brain is not present. Acute ischemic changes are not present.",
        ),
        (
            "report",
            "Conclusion: No acute intracranial haemorrhage or acute ischaemia identified. Old right cerebellar infarct (known).",
        ),
        ("report", "no acute SDH/EDH/SAH. no acute abnormality. old lacune L internal capsule."),
        (
            "followup_report",
            "Repeat CT at 24 h (anticoagulated, fall): no acute intracranial haemorrhage, unchanged from the first scan which was also normal.",
        ),
        (
            "report",
            "Negative for acute intracranial hemorrhage. Negative for acute calvarial fracture. Remainder unremarkable.",
        ),
        (
            "ed_note",
            "CT head result (ED): no acute intracranial haemorrhage, no acute fracture. Plan: discharge with head-injury advice, return if vomiting.",
            "negated",
        ),
    ],
    "neg_other_organ_bleed": [
        (
            "trauma_summary",
            "MAJOR TRAUMA DISCHARGE SUMMARY. Patient: 42-year-old male, restrained driver in a head-on collision at about 50 mph, prolonged extrication. Injuries identified: (1) bilateral haemothoraces with multiple rib fractures, left chest drain 1.1 L; (2) grade IV liver laceration with active bleeding on the arterial phase, treated by hepatic artery embolisation; (3) open right tibial fracture, debridement and external fixation then intramedullary nail; (4) left knee haemarthrosis, aspirated in the ED; (5) nasal bone fracture with brisk epistaxis, anterior packs for 48 hours; (6) bilateral subconjunctival haemorrhages. Head and spine: CT head on arrival and repeat at 24 hours showed no intracranial haemorrhage, contusion or skull fracture; CT whole spine without injury. Course: 3 days in critical care, 12 units of red cells in the first 24 hours, stress ulcer prophylaxis, no further bleeding. Transferred to the orthopaedic ward on day 6 and discharged home on day 15 with crutches. Follow-up: fracture clinic 2 weeks, hepatobiliary clinic 6 weeks, ENT clinic for the nasal fracture.",
        ),
        (
            "ed_note",
            "ED note: 78M, anterior epistaxis from the left Little's area for 2 h, on warfarin (INR 3.4). Nasal packing inserted. Fell while bleeding - CT head: no intracranial haemorrhage. Plan: ENT review, INR correction.",
        ),
        (
            "clinical_note",
            "Ophthalmology: dense vitreous haemorrhage in the right eye from proliferative diabetic retinopathy; B-scan shows attached retina. Plan: anti-VEGF injection, vitrectomy if not clearing.",
        ),
        (
            "clinical_note",
            "Eye casualty: spontaneous subconjunctival haemorrhage, left eye, after a bout of coughing. BP 148/90. Vision 6/6. Reassured, no treatment needed.",
        ),
        (
            "ent_note",
            "ENT on-call note: day 7 post-tonsillectomy secondary haemorrhage from the left tonsillar fossa, clot removed, bleeding point cauterised under GA. Hb 118. Observe overnight.",
        ),
        (
            "trauma_summary",
            "TRAUMA TEAM SUMMARY. Mechanism: motorcyclist vs lorry, 60 mph. Primary survey: A patent, B left haemothorax (chest drain 800 ml), C upper GI bleed with haematemesis (stress ulcer suspected later), D GCS 15. CT head: no intracranial injury. CT chest/abdomen: splenic laceration grade III. Plan: OGD, splenic embolisation.",
        ),
        (
            "clinical_note",
            "Rheumatology: right knee haemarthrosis in a patient with haemophilia A, aspirated 60 ml of blood. Factor VIII given. No head injury.",
        ),
        (
            "clinical_note",
            "Fundoscopy in hypertensive emergency: flame haemorrhages and cotton wool spots bilaterally, papilloedema. CT head normal. Diagnosis: grade 4 hypertensive retinopathy.",
        ),
        (
            "ed_note",
            "ED: 30F, head-butted, bleeding from the nose and a swollen eye. Subconjunctival haemorrhage on the right. CT facial bones: nasal bone fracture. CT head: no intracranial abnormality. Discharged with ENT follow-up.",
        ),
        (
            "discharge_summary",
            "Discharge summary: upper gastrointestinal haemorrhage from a duodenal ulcer (Rockall 5), OGD with clips and adrenaline, 3 units transfused. Incidentally a CT head for a fall on day 2 was normal.",
        ),
        (
            "consult",
            "Paediatric ophthalmology consult: bilateral multilayered retinal haemorrhages extending to the ora serrata in a 4-month-old. CT head and skeletal survey have been requested by the team; results to follow.",
            "extracranial",
        ),
        (
            "report",
            "CT head and neck: post-tonsillectomy haemorrhage with a 2 cm clot in the right tonsillar bed, no active contrast blush. The brain is normal.",
        ),
        (
            "clinical_note",
            "Haemophilia clinic: left elbow haemarthrosis after a minor bump, treated with home factor. Ankle target joint. No other bleeds this quarter.",
        ),
        (
            "ent_note",
            "ENT clinic: recurrent posterior epistaxis in a man with hereditary haemorrhagic telangiectasia; nasal telangiectasias seen. MRI brain screening for AVMs showed none. Plan: laser therapy.",
        ),
        (
            "trauma_summary",
            "Polytrauma tertiary survey day 2: injuries - pelvic fracture with retroperitoneal haematoma (embolised), right femur fracture (nailed), haemarthrosis of the left knee (aspirated). Head: CT brain normal, no intracranial bleed. Spine cleared.",
        ),
        (
            "ed_note",
            "ED: 55M coughing up blood (haemoptysis ~50 ml), then a syncopal episode with head strike. CT head no bleed, CT chest cavitating lesion right upper lobe. Plan: respiratory admission.",
        ),
        (
            "clinical_note",
            "Retina clinic: branch retinal vein occlusion with intraretinal haemorrhages and macular oedema, left eye. Start aflibercept. BP and lipids to GP.",
        ),
        (
            "discharge_summary",
            "Case summary: 68F on rivaroxaban with melaena and Hb 64. Colonoscopy: bleeding angiodysplasia in the caecum, treated with argon plasma coagulation. A CT head for confusion on admission showed only small vessel disease.",
        ),
        (
            "clinical_note",
            "Obstetric note: postpartum haemorrhage 1.8 L from uterine atony after vaginal delivery, managed with oxytocin and balloon tamponade. Headache day 2 - CT head normal, post-dural-puncture headache considered.",
        ),
    ],
}


def rows() -> list[dict]:
    return numbered((TEXTS,), REPORT_STYLES, 8, "h8")


def main() -> None:
    write(OUT, rows())


if __name__ == "__main__":
    main()
