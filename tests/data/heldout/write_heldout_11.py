# ruff: noqa: E501  (report texts are kept on one line each)
"""Held-out set 11 (set 10's 23 kinds), written by hand by `blind11`; run to rebuild heldout-11.jsonl.

Every text was invented for this set, blind to the rule tier, the text layer and every other set's texts. Each
entry is (style, text) or (style, text, assertion) where the assertion differs from the kind's default. The style
says which kind of author wrote it; ``doc_type`` (report or note) is derived from it. ``LONG_TEXTS`` holds the
long notes, letters and summaries (150 words or more), kept apart only for readability. The order in the JSONL is
a fixed shuffle (seed 11).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from heldout_writer import numbered, write

OUT = Path(__file__).with_name("heldout-11.jsonl")

# report styles: speech-recognition dictation left uncorrected, Canadian bilingual (English + French) reports,
# South African and Irish reports, structured "macro" reports with pick-lists, and reports written in another
# language with an English summary
SR = "speech_recognition"
CA = "canada_bilingual"
ZA = "south_african"
IE = "irish"
MAC = "macro_template"
INTL = "international_report"
REPORT_STYLES = {SR, CA, ZA, IE, MAC, INTL}

# note styles: ICU daily progress notes, neurology consults, geriatric falls-clinic letters, clinician-to-clinician
# secure messages, ambulance handovers, radiology discrepancy (QA) meeting minutes, oncology and haematology notes,
# ophthalmology / ENT / dental / maxillofacial notes, obstetric and neonatal notes, medicolegal summaries
ICU = "icu_progress"
NEU = "neurology_consult"
FALLS = "falls_clinic_letter"
MSG = "secure_message"
AMB = "ambulance_handover"
QA = "qa_minutes"
ONC = "oncology_note"
HAEM = "haematology_note"
HN = "head_neck_note"
OBS = "obstetric_neonatal"
ML = "medicolegal"

TEXTS: dict[str, list[tuple]] = {
    "pos_plain": [
        (
            SR,
            "ct head without contrast period findings colon their is acute sub dural hematoma along the right convexity measuring 8 mm new paragraph impression acute right sub dural hematoma with 3 mm of midline shift period",
        ),
        (
            ZA,
            "CT BRAIN (NON-CONTRAST). Clinical: assaulted with a knobkerrie, GCS 12/15. Report: Left temporal extradural haematoma, 14 mm thick, beneath an undisplaced squamous temporal fracture. Comment: Extradural haematoma. Neurosurgery registrar informed telephonically at 02h40.",
        ),
        (
            IE,
            "CT Brain (ED, out of hours). Subarachnoid haemorrhage is present in the basal cisterns and both Sylvian fissures. No hydrocephalus at present. Discussed with the neurosurgical NCHD on call at 21:15.",
        ),
        (
            ICU,
            "ICU day 3. Neuro: sedated, RASS -2, pupils 3 mm and brisk. Repeat CT this am: the R basal ganglia intracerebral haemorrhage (~30 mL) is unchanged, with intraventricular extension; EVD draining 8 mL/h. CVS: norad 0.05. Resp: SIMV. Plan: SBP < 160.",
        ),
        (
            MSG,
            "hi - bed 14 ct just back, small L parietal SDH 4mm, no shift. nsgy aware, holding apixaban. repeat ct in 6h pls",
        ),
        (
            AMB,
            "ATMIST handover update: 78F, fell down 6 stairs at 19:15 head first, GCS 13 on scene, boggy occiput. CT on arrival shows an acute left subdural haematoma; neurosurgery on the way down.",
        ),
        (
            NEU,
            "Neurology consult. Asked to see re sudden aphasia. CT shows a left temporal lobar haemorrhage, 3 x 2 cm. Not a candidate for thrombolysis. Impression: lobar ICH, probably amyloid angiopathy given age and site.",
        ),
        (
            ONC,
            "Oncology review. Known metastatic melanoma. Today's CT head: new bleed into the right occipital metastasis, 22 mm of acute haemorrhage. Dexamethasone started; referred for stereotactic radiosurgery.",
        ),
        (
            FALLS,
            "Dear Dr Okafor, thank you for referring Mrs Nolan, 84, to the Falls and Syncope Clinic. The CT brain arranged after her fall on the 3rd showed a thin left chronic subdural haematoma of 6 mm without mass effect, and I have written to the neurosurgeons.",
        ),
        (
            HAEM,
            "Haem r/v: ITP, plt 4. CT head for headache: small right frontal intraparenchymal haemorrhage. IVIg, methylprednisolone and platelets given. Target plt > 50.",
        ),
        (
            OBS,
            "Neonatal unit, day 2, 27+3 weeks. Cranial ultrasound: bilateral germinal matrix haemorrhage, grade II on the left with blood in the ventricle, grade I on the right. Ventricles not dilated.",
        ),
        (
            IE,
            "CT brain: Acute haemorrhage in the right cerebellar hemisphere, 3.1 cm, effacing the fourth ventricle. Urgent neurosurgical referral is advised.",
        ),
        (
            ML,
            "Summary for the insurer: the claimant's CT brain on the day of the collision (images reviewed by me) demonstrates a small traumatic subarachnoid haemorrhage in the right frontal sulci, consistent with the mechanism described.",
        ),
        (
            SR,
            "MRI brain period there is a small acute intra ventricular hemorrhage in the left occipital horn period no hydro cephalus period",
        ),
        (
            CA,
            "CT HEAD / TDM CÉRÉBRALE: Left frontal intraparenchymal hemorrhage, 2.5 cm, with surrounding edema. Hémorragie intraparenchymateuse frontale gauche. Neurosurgery consulted.",
        ),
    ],
    "pos_findings_only": [
        (
            SR,
            "findings colon hyper dense blood in the left sylvian fissure and adjacent sulci compatible with subarachnoid hemorrhage period ventricles normal in size period no fracture period",
        ),
        (
            ZA,
            "FINDINGS: There is a right parietal intracerebral haematoma measuring 35 x 28 mm with perilesional oedema. 4 mm midline shift to the left. Basal cisterns patent. No skull fracture.",
        ),
        (
            CA,
            "Findings / Constatations: Small acute subdural hematoma along the falx, 3 mm. Petit hématome sous-dural aigu le long de la faux. Ventricles normal.",
        ),
        (
            IE,
            "Findings: Blood is seen in the occipital horns of both lateral ventricles. Normal ventricular calibre. Grey-white differentiation is preserved.",
        ),
        (
            SR,
            "findings the there is a acute hemorrhage within the pons measuring 1.4 cm new line no hydro cephalus new line remainder of the brain parenchyma is unremarkable",
        ),
        (
            ZA,
            "Findings: Left frontotemporal acute-on-chronic subdural haematoma, maximum depth 19 mm, mixed density. Midline shift 8 mm. No uncal herniation.",
        ),
        (
            IE,
            "FINDINGS\nSmall volume haemorrhage within the atrium of the left lateral ventricle.\nNo parenchymal haematoma.\nNo hydrocephalus.",
        ),
        (
            CA,
            "FINDINGS: Hemorrhagic contusions in both inferior frontal lobes, largest 2 cm on the right. Trace subarachnoid blood over the right convexity.",
        ),
        (
            SR,
            "findings colon large left thalamic hemorrhage with intra ventricular extension into the third and lateral ventricles comma early hydro cephalus period",
        ),
        (
            IE,
            "Findings: There is an extradural haematoma in the right posterior fossa adjacent to an occipital bone fracture, 9 mm in maximal thickness.",
        ),
        (
            ZA,
            "MRI BRAIN. FINDINGS: Subacute haematoma in the left putamen with a T1 hyperintense periphery and surrounding vasogenic oedema. No restricted diffusion.",
        ),
        (
            ICU,
            "CT reviewed with the radiologist at the bedside, findings: right convexity SDH about 10 mm, 5 mm shift, no IVH.",
        ),
        (
            CA,
            "Findings: Diffuse subarachnoid hemorrhage in the basal cisterns, interhemispheric fissure and both Sylvian fissures. Temporal horns mildly dilated.",
        ),
        (
            SR,
            "findings number one a small amount of subarachnoid blood in the right parietal sulcus number 2 scalp hematoma right parietal number 3 no fracture",
        ),
        (
            ZA,
            "FINDINGS:\n- Right occipital lobar haemorrhage 22 mm.\n- Mild surrounding oedema.\n- No hydrocephalus.",
        ),
    ],
    "pos_hedged_query": [
        (
            SR,
            "impression colon questionable small sub dural along the left tentorium comma versus normal dural thickening period recommend follow up CT period",
        ),
        (
            CA,
            "Possible small subarachnoid hemorrhage in a right frontal sulcus; cannot be excluded. Hémorragie sous-arachnoïdienne possible. Suggest repeat CT in 6 hours.",
        ),
        (
            IE,
            "Subtle hyperdensity in the left Sylvian fissure may represent a small volume of subarachnoid haemorrhage. Lumbar puncture suggested if clinical concern persists.",
        ),
        (MSG, "?tiny sdh R frontal on ct, rad not sure, could be partial volume. repeating in am"),
        (
            ZA,
            "Comment: A small intraventricular haemorrhage in the left occipital horn cannot be excluded. Recommend follow-up imaging.",
        ),
        (
            ICU,
            "Neuro: CT overnight — ?early haemorrhagic transformation of the L MCA infarct, reported as 'probable petechial haemorrhage'. Holding heparin pending repeat.",
        ),
        (
            NEU,
            "Impression: probable small convexity SAH in the right central sulcus, RCVS vs CAA. MRI with SWI requested.",
        ),
        (
            HAEM,
            "Plt 12, headache. CT head: possible tiny left occipital haemorrhage, radiology equivocal. Transfuse platelets and repeat CT.",
        ),
        (
            ONC,
            "MRI: the new right frontal metastasis may have a haemorrhagic component (T1 bright foci). SWI to clarify.",
        ),
        (
            FALLS,
            "Her CT showed what the radiologist described as a possible thin subdural haematoma over the right hemisphere; we will repeat the scan in 4 weeks.",
        ),
        (
            OBS,
            "Cranial US day 3: echogenic focus in the left caudothalamic groove, suspicious for germinal matrix haemorrhage. Repeat scan day 7.",
        ),
        (
            SR,
            "question of a tiny focus of intra parenchymal hemorrhage in the write frontal lobe versus beam hardening artifact period short interval follow up recommended",
        ),
        (
            IE,
            "Appearances are suspicious for a small extradural haematoma beneath the left parietal fracture. Repeat imaging advised.",
        ),
        (
            AMB,
            "Handover from the transferring hospital: their CT ?small bleed right side, report not finalised. GCS 14 throughout the transfer.",
        ),
        (
            ML,
            "The CT on the day of the accident was reported as showing possible trace subarachnoid haemorrhage in the left frontal region; on my review of the images this cannot be excluded.",
        ),
    ],
    "pos_described_unnamed": [
        (
            SR,
            "their is a crescentic hyper dense extra axial collection along the right convexity measuring 7 mm with mild effacement of the sulci period",
        ),
        (
            ZA,
            "Biconvex hyperdense extra-axial collection in the left temporal region, 12 mm, deep to a linear fracture, with 3 mm midline shift.",
        ),
        (IE, "Dependent hyperdense material layering in the occipital horns of both lateral ventricles."),
        (
            CA,
            "Hyperdensity filling the suprasellar and ambient cisterns and the interpeduncular fossa. Hyperdensité remplissant les citernes de la base. Ventricles slightly prominent.",
        ),
        (
            ICU,
            "CT: hyperdense lentiform collection R frontal, ~9 mm, new since the admission scan. Neurosurgery reviewing.",
        ),
        (
            NEU,
            "CT shows a rounded 3 cm hyperattenuating lesion (about 65 HU) in the left basal ganglia with a low-density rim; no enhancement on CTA.",
        ),
        (
            QA,
            "Case 4: head CT called normal overnight; on review there is a thin hyperdense crescent along the left tentorium, about 60 HU, not seen at the first read. Category 2 discrepancy.",
        ),
        (
            SR,
            "mixed density extra axial collection over the left hemisphere with a hematocrit level comma maximum thickness 15 mm",
        ),
        (
            ZA,
            "High-density fluid-fluid level within a 4 cm right temporal parenchymal lesion, with surrounding low density and mass effect.",
        ),
        (
            IE,
            "Hyperdense material within the sulci of the right frontal and parietal lobes, not present on the scan of last month.",
        ),
        (
            OBS,
            "Cranial ultrasound: an echogenic mass filling and distending the right lateral ventricle and extending into the adjacent periventricular parenchyma.",
        ),
        (
            ICU,
            "Repeat CT: new dependent hyperdensity in both occipital horns and the fourth ventricle, EVD in situ.",
        ),
        (
            ML,
            "On the images I reviewed there is a crescentic high-attenuation rim of about 5 mm over the right parietal convexity that is not present on the earlier scan.",
        ),
        (
            ONC,
            "MRI: the left parietal metastasis now contains intrinsic T1 hyperintensity with a fluid level and susceptibility blooming, new since March.",
        ),
        (
            CA,
            "Collection extra-axiale lenticulaire hyperdense / hyperdense lentiform extra-axial collection, left frontal, 11 mm, effacing the frontal horn.",
        ),
    ],
    "pos_imaging_descriptor_mri_cta": [
        (
            NEU,
            "MRI brain: SWI blooming in the left frontal sulci with matching FLAIR hyperintensity, consistent with convexity subarachnoid haemorrhage.",
        ),
        (
            SR,
            "CTA head period there is a spot sign within the right putaminal hematoma indicating active extravasation period no aneurysm",
        ),
        (
            IE,
            "MR: The right temporal lesion shows T1 hyperintense methaemoglobin and a T2 hypointense rim, in keeping with a late subacute haematoma.",
        ),
        (
            ZA,
            "CT angiogram: contrast extravasation into the left frontal intracerebral haematoma (positive spot sign). No underlying AVM demonstrated.",
        ),
        (
            CA,
            "MRI: T2* gradient-echo susceptibility lining the left lateral ventricle, consistent with intraventricular hemorrhage.",
        ),
        (
            ONC,
            "MRI: the right cerebellar metastasis contains blood products (SWI blooming, T1 bright), consistent with intratumoral haemorrhage.",
        ),
        (
            FALLS,
            "The MRI showed a thin right subdural collection that is bright on T1 and FLAIR, which the neuroradiologist reports as a subacute subdural haematoma.",
        ),
        (
            SR,
            "MRI period FLAIR hyper intense subarachnoid signal with corresponding susceptibility on SWI in the left sylvian fissure compatible with subarachnoid hemorrhage",
        ),
        (
            ICU,
            "MRI overnight: SWI blooming in the splenium and right frontal white matter in keeping with haemorrhagic diffuse axonal injury; small haemorrhagic contusion right frontal lobe.",
        ),
        (
            NEU,
            "CTA: dot of contrast pooling within the left lobar haematoma, spot sign positive; high risk of expansion.",
        ),
        (
            IE,
            "MRI/MRV: thrombosed superior sagittal sinus with an adjacent left parietal venous haemorrhage showing T2* blooming.",
        ),
        (
            CA,
            "IRM / MRI: bilateral chronic subdural hematomas, T1 and FLAIR hyperintense, 8 mm each side. Hématomes sous-duraux chroniques bilatéraux.",
        ),
        (
            ZA,
            "MRI: pontine cavernoma with a rim of fresh T1-bright blood and surrounding oedema, in keeping with recent haemorrhage.",
        ),
        (
            HAEM,
            "MRI for headache on anticoagulation: SWI confirms a 12 mm acute left occipital haemorrhage (dark on T2*, DWI bright).",
        ),
        (
            SR,
            "CT perfusion and CTA stroke protocol period the left MCA is patent period there is a 2 cm acute hemorrhage in the left caudate with an active contrast blush on the delayed phase",
        ),
    ],
    "pos_indication_then_finding": [
        (
            SR,
            "indication colon fall on warfarin comma rule out bleed period findings colon there is a 6 mm acute left sub dural hematoma period",
        ),
        (
            IE,
            "Clinical details: ?SAH, thunderclap headache at the gym. Report: There is subarachnoid haemorrhage in the anterior interhemispheric fissure and the suprasellar cistern.",
        ),
        (
            ZA,
            "Clinical information: MVA, exclude intracranial bleed. Findings: Right frontal haemorrhagic contusion 18 mm and a thin acute subdural haematoma along the falx.",
        ),
        (
            CA,
            "Indication: évaluer pour saignement / evaluate for bleed after a fall. Findings: Small acute intraventricular hemorrhage in the left occipital horn.",
        ),
        (
            ICU,
            "Indication for CT today: r/o rebleed after GCS drop. Result: new 2 cm right frontal ICH along the EVD tract.",
        ),
        (NEU, "Reason for consult: query haemorrhagic stroke. CT confirms a 4 cm right lobar haemorrhage."),
        (AMB, "Pre-alert: ?head bleed, on a DOAC, vomited x3. ED CT: yes — left acute SDH 9 mm."),
        (
            HAEM,
            "CT head requested to exclude ICH (plt 9, new confusion). It shows several small parenchymal haemorrhages in both frontal lobes.",
        ),
        (
            OBS,
            "Indication: postpartum day 2, severe headache, BP 170/110, ?PRES ?bleed. CT: right parietal lobar haemorrhage with surrounding oedema, and posterior PRES pattern.",
        ),
        (
            ONC,
            "Request: known lung cancer, new confusion, exclude haemorrhage into metastases. Result: haemorrhage within the left frontal metastasis, 2.5 cm, with mass effect.",
        ),
        (
            SR,
            "history colon headache evaluate for subarachnoid hemorrhage period impression colon subarachnoid hemorrhage in the basal cisterns comma CTA recommended",
        ),
        (
            IE,
            "Indication: Fall with LOC, query intracranial injury. Findings: Small left temporal extradural haematoma, 7 mm, with an overlying fracture.",
        ),
        (
            FALLS,
            "She was sent to the ED to exclude a bleed after the fall in the garden, and the CT did show a small right subdural haematoma, which has been managed conservatively.",
        ),
        (
            MSG,
            "ed asked r/o bleed in the 90yo from the nursing home - ct does show a bleed, small R frontal SAH, ok to admit under geris?",
        ),
        (
            ZA,
            "Indication: R/O ICH, intoxicated, GCS 10. Report: Left frontal contrecoup haemorrhagic contusions and traumatic SAH in the left Sylvian fissure.",
        ),
    ],
    "pos_known_no_veto": [
        (
            SR,
            "comparison yesterday period the known left sub dural hematoma is unchanged at 9 mm period no new hemorrhage elsewhere period",
        ),
        (
            IE,
            "Follow-up CT: Interval settling of the known right subdural haematoma with a fluid level between hyperdense and hypodense components, maximum thickness 12 mm. No new haemorrhage elsewhere.",
        ),
        (
            ZA,
            "Known right thalamic haematoma, stable volume about 12 mL; the intraventricular component is smaller. No new intracranial bleed.",
        ),
        (
            CA,
            "Stable right frontal hemorrhagic contusion, 15 mm. Aucune nouvelle hémorragie / no new hemorrhage.",
        ),
        (
            ICU,
            "Neuro: day 5 aneurysmal SAH. CT today: subarachnoid blood in the basal cisterns redistributing, no new haemorrhage, no hydrocephalus. TCDs pending.",
        ),
        (
            NEU,
            "Follow-up: the left parietal ICH is evolving as expected with an isodense periphery; no new bleeding, no hydrocephalus.",
        ),
        (
            SR,
            "the previously seen small intra ventricular hemorrhage in the right occipital horn persists period no new areas of hemorrhage period",
        ),
        (
            ONC,
            "MRI: the haemorrhagic melanoma metastasis in the right parietal lobe is unchanged in size; no new metastases and no new haemorrhage.",
        ),
        (
            ICU,
            "CT post evacuation: residual left SDH 5 mm, no new collection, no reaccumulation of blood elsewhere.",
        ),
        (
            IE,
            "Comparison with CT of 2 days prior. Subarachnoid haemorrhage in the right Sylvian fissure is again seen, slightly less conspicuous. No new haemorrhage. No hydrocephalus.",
        ),
        (
            HAEM,
            "Repeat CT: the known small left frontal ICH is stable. No new bleed. Continue platelet support.",
        ),
        (MSG, "repeat ct fine - known R SDH same size 6mm, no new bleed anywhere. ok for ward"),
        (
            ZA,
            "Bilateral chronic subdural haematomas again demonstrated, left 11 mm and right 8 mm, with an acute component on the left. No new extra-axial collection elsewhere.",
        ),
        (
            CA,
            "The known left temporal hematoma measures 3.2 cm (3.4 cm previously). No new hemorrhage is identified. Pas de nouvelle hémorragie.",
        ),
    ],
    "pos_mimic_with_blood": [
        (
            SR,
            "bilateral subdural hygromas with a new hyper dense component on the right consistent with acute hemorrhage into the hygroma period",
        ),
        (
            IE,
            "Basal ganglia calcification as before. Separately, there is a new acute haematoma in the right thalamus, 15 mm.",
        ),
        (
            ZA,
            "Dual-energy CT after thrombectomy: the left lentiform hyperdensity contains iodine (contrast staining) but a blood component persists on the virtual non-contrast image, consistent with haemorrhagic transformation.",
        ),
        (
            CA,
            "Left convexity subdural empyema with an internal hyperdense component: subdural empyema with a hemorrhagic component (empyème sous-dural avec composante hémorragique).",
        ),
        (
            NEU,
            "The diffuse oedema gives a pseudo-subarachnoid appearance in the cisterns, but the dense material in the right Sylvian fissure (70 HU) is true subarachnoid haemorrhage.",
        ),
        (
            ICU,
            "CT: R frontal abscess as known, now with haemorrhage into the cavity (fluid level, dense dependent part).",
        ),
        (
            SR,
            "hyper dense left MCA sign consistent with thrombus period additionally there is hemorrhagic transformation of the left insular infarct period",
        ),
        (
            ONC,
            "The calcified falcine meningioma is unchanged; next to it there is a new acute subdural haematoma of 6 mm.",
        ),
        (
            IE,
            "Bilateral CSF-density subdural effusions after shunting; the left now contains fresh blood, in keeping with a superimposed acute subdural haemorrhage.",
        ),
        (
            ZA,
            "The hyperdense straight sinus is thrombus, not dense blood pool, and there is an associated venous haemorrhage in the left thalamus.",
        ),
        (
            QA,
            "Case 7: reported as a calcified falx; on review the linear density along the posterior falx is acute interhemispheric subdural blood (55 HU, absent on the prior). Discrepancy agreed.",
        ),
        (
            OBS,
            "Neonatal MRI: incidental right choroid plexus cyst, and a small left germinal matrix haemorrhage with blood in the occipital horn.",
        ),
        (
            CA,
            "Hygroma frontal gauche stable, nouvelle composante hyperdense: saignement aigu. Stable left frontal hygroma with new acute bleeding within it.",
        ),
        (
            SR,
            "contrast staining in the right putamen after angiography versus hemorrhage period follow up CT at 24 hours colon the density persists unchanged at 60 HU comma confirming hemorrhage",
        ),
        (
            HAEM,
            "CT: old calcified granuloma L frontal. New R parietal haemorrhage 1.5 cm — this is the new finding. Plt 18.",
        ),
    ],
    "pos_non_english_accents": [
        (
            CA,
            "TDM cérébrale : hématome sous-dural aigu droit de 8 mm, déviation de la ligne médiane de 4 mm. English: acute right subdural hematoma, 8 mm, with 4 mm midline shift.",
        ),
        (
            CA,
            "Conclusion : hémorragie sous-arachnoïdienne diffuse des citernes de la base, probablement anévrismale. / Diffuse basal subarachnoid hemorrhage, likely aneurysmal; angio-TDM recommandée.",
        ),
        (
            ZA,
            "Rekenaartomografie van die brein: akute subdurale hematoom links, 10 mm, met middellynverskuiwing. Pasiënt na neurochirurgie. English summary: acute left subdural haematoma with midline shift.",
        ),
        (
            IE,
            "Tomagrafaíocht ríomhaire cinn: fuiliú fo-arachnóideach i scoilt Shylvius ar dheis. In English: subarachnoid haemorrhage in the right Sylvian fissure.",
        ),
        (
            INTL,
            "CT hersenen: intracerebrale bloeding in de linker thalamus (ca. 2 cm) met doorbraak naar de ventrikels. Patiënt naar de stroke unit. English: left thalamic intracerebral haemorrhage with ventricular extension.",
        ),
        (
            INTL,
            "DT hjärna: akut subduralhematom höger, 7 mm. Bedömning: kontakt med neurokirurg. In English: acute right subdural haematoma, 7 mm, no midline shift.",
        ),
        (
            INTL,
            "Pään TT: vasemmassa ohimolohkossa 3 cm aivoverenvuoto. Left temporal intracerebral haemorrhage, 3 cm; neurosurgical consultation requested.",
        ),
        (
            INTL,
            "Beyin BT: sağ frontal lobda 2 cm intraparankimal kanama, çevresinde ödem. Right frontal intraparenchymal haemorrhage, 2 cm, with surrounding oedema.",
        ),
        (
            INTL,
            "Αξονική εγκεφάλου: οξύ επισκληρίδιο αιμάτωμα δεξιά κροταφικά. Acute right temporal extradural (epidural) haematoma, 11 mm, with an overlying fracture.",
        ),
        (
            INTL,
            "CT cerebral: hemoragie subarahnoidiană în șanțurile frontale stângi, fără hidrocefalie. Small left frontal subarachnoid haemorrhage, no hydrocephalus.",
        ),
        (
            INTL,
            "Koponya CT: bal oldali akut subduralis vérömleny, 6 mm. Acute left subdural haematoma, 6 mm, no shift. Idegsebészeti konzílium kérve.",
        ),
        (
            INTL,
            "КТ головного мозга: внутрижелудочковое кровоизлияние в задних рогах боковых желудочков. Intraventricular haemorrhage in the occipital horns of both lateral ventricles.",
        ),
        (
            INTL,
            "頭部CT：右被殻出血、約15 mL。Right putaminal haemorrhage, approximately 15 mL, without ventricular extension.",
        ),
        (
            INTL,
            "CT af cerebrum: akut subaraknoidalblødning i de basale cisterner; pårørende informeret. Acute subarachnoid haemorrhage in the basal cisterns; CT angiography recommended.",
        ),
        (
            INTL,
            "CT mozga: krvarenje u lijevoj hemisferi malog mozga promjera 3 cm, kompresija četvrte klijetke. Left cerebellar haemorrhage, 3 cm, compressing the fourth ventricle.",
        ),
    ],
    "pos_not_purely_historical": [
        (
            SR,
            "history of prior left sub dural evacuation in 2023 period today there is a new acute right sub dural hematoma measuring 6 mm period",
        ),
        (
            NEU,
            "PMH: right putaminal ICH 2019. Now: new left lobar haemorrhage, 3 cm, in keeping with recurrent CAA-related ICH.",
        ),
        (
            FALLS,
            "Past history: subdural haematoma in 2022, evacuated. The CT after the fall on 14 November shows a recurrent right subdural haematoma of 9 mm, and I have referred him back to neurosurgery.",
        ),
        (
            ONC,
            "Treated right frontal metastasis (SRS 2024, bled once before). Today's MRI: fresh haemorrhage in the lesion with new oedema.",
        ),
        (
            IE,
            "History of aneurysmal SAH in 2015, coiled. Today: recurrent subarachnoid haemorrhage in the interhemispheric fissure next to the coil mass; coil compaction suspected.",
        ),
        (
            ICU,
            "PMH: haemorrhagic stroke 2018. Today's CT shows new haemorrhagic transformation of the L MCA infarct, not present on the admission scan.",
        ),
        (
            HAEM,
            "Haemophilia A, intracranial bleed as a child. Now: new small right frontal subdural haematoma after a minor bump; factor VIII replacement started.",
        ),
        (
            ZA,
            "Old left MCA infarct with encephalomalacia. New: acute right parietal intracerebral haemorrhage, 20 mm.",
        ),
        (
            MSG,
            "she had a SAH in 2010 but this one is new - ct today shows fresh SAH in the R sylvian. cta booked",
        ),
        (
            CA,
            "Antécédent d'hémorragie cérébrale (2021) / prior cerebral hemorrhage. Current CT: new acute left parietal intraparenchymal hemorrhage, 2.8 cm.",
        ),
        (
            SR,
            "comparison 2022 showed a resolved right frontal hemorrhage period today there is recurrent hemorrhage at the same site measuring 2.2 cm",
        ),
        (
            IE,
            "The chronic left subdural haematoma, known since March, has enlarged from 8 to 14 mm with new hyperdense components, indicating rebleeding.",
        ),
        (
            OBS,
            "Known grade II IVH on the day 3 scan. Day 10 scan: the intraventricular haemorrhage persists, with new extension into the right periventricular parenchyma.",
        ),
        (
            NEU,
            "Previous SDH evacuated in June. Today: a small amount of new acute blood within the residual subdural space on the left.",
        ),
    ],
    "pos_note_sections": [
        (
            NEU,
            "NEUROLOGY CONSULT\nReason: confusion.\nHPI: 72M on rivaroxaban, found muddled by his wife.\nExam: fluent aphasia, no weakness.\nImaging: CT — left temporal ICH, about 18 mL.\nA/P: anticoagulant-associated ICH; reversal given, stroke unit, BP target 140.",
        ),
        (
            ONC,
            "Oncology clinic\nDiagnosis: renal cell carcinoma, stage IV.\nInterval history: two weeks of headache.\nInvestigations: MRI brain — new left occipital haemorrhagic metastasis, 14 mm, with acute blood.\nPlan: SRS; hold sunitinib.",
        ),
        (
            HAEM,
            "Haematology ward round\nProblems: 1. AML, induction day 12. 2. Thrombocytopenia (plt 7). 3. Right frontal intracerebral haemorrhage on yesterday's CT, stable on repeat.\nPlan: keep plt > 50, neuro obs hourly.",
        ),
        (
            OBS,
            "Labour ward note\nS: G2P1 at 37 weeks, eclamptic seizure 03:10.\nO: BP 180/115, GCS 14.\nCT brain: small left occipital intraparenchymal haemorrhage with PRES changes.\nA: eclampsia with ICH.\nP: magnesium, BP control, delivery today.",
        ),
        (
            FALLS,
            "Diagnoses:\n1. Recurrent falls.\n2. Right chronic subdural haematoma (CT 10/11, 8 mm).\n3. Orthostatic hypotension.\nMedication changes: doxazosin stopped.\nFollow-up: repeat CT brain in 6 weeks.",
        ),
        (
            ML,
            "Background: cyclist struck by a van.\nInjuries: left clavicle fracture, facial abrasions.\nImaging: CT brain at the receiving hospital showed a left frontal haemorrhagic contusion and traumatic subarachnoid haemorrhage.\nOpinion: see below.",
        ),
        (
            OBS,
            "NICU DAILY NOTE\nResp: CPAP 6.\nCVS: PDA, on paracetamol.\nNeuro: cranial US today shows a left grade III intraventricular haemorrhage with ventricular dilatation.\nPlan: twice-weekly head circumference and US.",
        ),
        (
            ICU,
            "#1 TBI: bifrontal haemorrhagic contusions and a thin left SDH on CT (day 2); ICP 12-15.\n#2 Resp: ventilated, P/F 280.\n#3 Renal: fine.\n#4 ID: none.",
        ),
        (
            NEU,
            "Assessment: small right cerebellar haemorrhage, 2 cm, no hydrocephalus, likely hypertensive.\nPlan: neurosurgery aware, repeat CT 24 h, BP < 140.",
        ),
        (
            HN,
            "MAXFAX ADMISSION NOTE\nHPC: assault.\nInjuries: left zygomatic and orbital floor fractures.\nImaging: CT face and head — fractures as above, and a small left frontal extradural haematoma reported by the radiologist.\nPlan: neurosurgery review before ORIF.",
        ),
        (
            ICU,
            "Systems review\nNeuro — SAH day 7, repeat CT: subarachnoid blood still present in both Sylvian fissures, EVD at 10 cmH2O.\nCVS — nimodipine, euvolaemia.\nResp — self-ventilating.\nGI — NG feed.",
        ),
        (
            FALLS,
            "Geriatrics ward note\nBackground: dementia, falls.\nEvent: unwitnessed fall overnight.\nCT brain: small left parafalcine subdural haematoma.\nPlan: hold aspirin, neuro obs, bed rails review.",
        ),
        (
            OBS,
            "Postnatal ward\nIssues: headache day 4 after epidural.\nImaging: MRI — thin bilateral subdural haematomas, with features of intracranial hypotension.\nPlan: neurology and anaesthetics, consider blood patch.",
        ),
    ],
    "pos_structured_template": [
        (
            MAC,
            "CT HEAD MACRO v3\nAcute haemorrhage: [X] Yes [ ] No\nType: [ ] EDH [X] SDH [ ] SAH [ ] IPH [ ] IVH\nLocation: left convexity\nMax thickness (mm): 8\nMidline shift (mm): 3\nFracture: No",
        ),
        (
            MAC,
            "Intracranial haemorrhage = YES | Subtype = SAH | Distribution = basal cisterns, Sylvian fissures | Hydrocephalus = NO | CTA = pending",
        ),
        (
            MAC,
            "Stroke CT template. ASPECTS: N/A. Haemorrhage: Yes — right basal ganglia ICH, volume (ABC/2): 22 mL. IVH: Yes. Hydrocephalus: No.",
        ),
        (
            MAC,
            "Trauma head CT checklist. Extra-axial collection? Yes (EDH, right temporal, 10 mm). Parenchymal contusion? No. SAH? No. Skull fracture? Yes (right squamous temporal).",
        ),
        (
            CA,
            "Hémorragie / Hemorrhage: [Oui/Yes]\nType: intraventriculaire / intraventricular\nHydrocéphalie / Hydrocephalus: [Non/No]",
        ),
        (
            MAC,
            "ICH score: GCS 3-4 [ ] 5-12 [x] 13-15 [ ]; volume >= 30 mL [x]; IVH [x]; infratentorial [ ]; age >= 80 [ ]. Total = 3. CT: left thalamic haemorrhage 34 mL with IVH.",
        ),
        (
            MAC,
            "Findings.... Haemorrhage.... PRESENT (small left frontal SAH)\nMass effect.... none\nVentricles.... normal",
        ),
        (
            OBS,
            "Cranial US report form | GMH-IVH (Papile): Left = Grade II | Right = none | PVL: No | Ventricular index: normal",
        ),
        (
            MAC,
            "Hemorrhage type: {Subdural} Acuity: {Acute} Side: {Bilateral} Thickness: {R 5 mm / L 7 mm} Shift: {None}",
        ),
        (
            MAC,
            "NCCT head macro. Intracranial blood (Y/N/N/A): Y. Compartment: intraparenchymal. Site: right occipital. Size: 2.4 x 1.9 cm.",
        ),
        (
            IE,
            "Brain CT (NCHD proforma)\nAcute intracranial haemorrhage ..... Yes (right parietal extradural haematoma, 9 mm)\nFracture ..... Yes",
        ),
        (
            MAC,
            "Head CT — Canadian CT Head Rule pathway. High-risk factor [GCS < 15 at 2 h: Yes]. Result: acute right SDH, 5 mm. Neurosurgery notified [Yes].",
        ),
        (
            MAC,
            "Post-thrombolysis 24 h CT\nHaemorrhage present: [Yes]\nECASS class: [ ] HI1 [ ] HI2 [x] PH1 [ ] PH2 (confluent haematoma in under 30% of the infarct)",
        ),
        (ZA, "Neuro CT proforma: Blood? Y | Where? R frontal lobe + IVH | Size? 3 cm | Shift? 2 mm"),
        (
            ICU,
            "Daily checklist — Neuro: CT today [x]; bleed on CT [x] yes [ ] no (R temporal contusion, haemorrhagic, 12 mm); EVD [ ] n/a",
        ),
    ],
    "pos_addendum_correction": [
        (
            SR,
            "addendum colon on review with the attending a small left frontal sub dural hematoma is present measuring 3 mm which was not mentioned in the original report period referring clinician informed",
        ),
        (
            IE,
            "ADDENDUM (consultant review): In addition to the findings above, there is a small volume of subarachnoid haemorrhage in the right parietal sulci. Report amended accordingly.",
        ),
        (
            ZA,
            "Amended report: the previously reported 'calcification' in the right caudate is an acute haemorrhage (62 HU, new since 2023). Clinician informed 14h10.",
        ),
        (
            CA,
            "Addendum / Addenda: Trace intraventricular hemorrhage in the left occipital horn, not described in the preliminary report. Hémorragie intraventriculaire minime.",
        ),
        (
            QA,
            "Item 3: preliminary read 'no acute intracranial abnormality', revised after review to a 4 mm right tentorial SDH. Addendum issued, team informed, patient recalled and well.",
        ),
        (
            MSG,
            "correction to my last msg - rad has addended the CT: there IS a small L SDH 4mm. pls hold the enox",
        ),
        (
            MAC,
            "Revised report. Acute haemorrhage: [ ] No -> [X] Yes. Site: left cerebellar hemisphere, 12 mm. Reason for revision: missed on the preliminary read.",
        ),
        (
            ICU,
            "Correction to the morning note: the CT reported as negative at 02:00 has been amended by neuroradiology — subtle right frontal contusion with haemorrhage. Repeat CT in 6 h.",
        ),
        (
            SR,
            "corrected report colon the findings should read there is a 5 mm acute epidural hematoma in the right temporal region period the word no was transcribed in error",
        ),
        (
            IE,
            "Addendum: Comparison with the outside CT, now available, confirms that the left parietal haematoma is acute and new, not chronic as suggested in the original report.",
        ),
        (
            ZA,
            "ADDENDUM: The delayed images show the left frontal hyperdensity persists and is a small haemorrhagic contusion rather than contrast. Final: haemorrhagic contusion.",
        ),
        (
            ML,
            "The first report of 4 May read 'no intracranial haemorrhage'. A revised report of 6 May, after neuroradiology review, describes a 3 mm acute left subdural haematoma. I accept the revised report.",
        ),
        (
            NEU,
            "Addendum 16:40: MRI now done — SWI shows acute cortical SAH in the right central sulcus. This corrects my earlier impression of a focal seizure without a structural cause.",
        ),
        (
            ONC,
            "Addendum: the radiologist has amended the MRI report; the new left parietal lesion contains acute haemorrhage. Bevacizumab withheld.",
        ),
        (
            CA,
            "Rapport corrigé / corrected report: right frontal intraparenchymal hemorrhage, 1.8 cm (the side was reported as left in error).",
        ),
    ],
    "neg_plain": [
        (
            SR,
            "ct head without contrast period no acute intra cranial hemorrhage period no mass effect or midline shift period ventricles normal period",
        ),
        (
            ZA,
            "CT BRAIN: No intracranial haemorrhage. No extra-axial collection. No fracture. Comment: Normal study.",
        ),
        (
            IE,
            "No evidence of intracranial haemorrhage, infarction or space-occupying lesion. Ventricles and sulci age-appropriate.",
        ),
        (CA, "Pas d'hémorragie intracrânienne. No intracranial hemorrhage. Normal CT head."),
        (MSG, "ct head clear, no bleed. ok to dc with head injury advice"),
        (
            AMB,
            "Handback to crew for the transfer: CT brain done here, no bleed, no fracture. Going on to the rehab hospital.",
        ),
        (ICU, "Neuro: CT head this morning — no haemorrhage, no new infarct. Sedation hold at 10:00."),
        (
            FALLS,
            "The CT brain after her fall in September showed no bleeding and no fracture, which was reassuring for her and her daughter.",
        ),
        (NEU, "CT head negative for haemorrhage. MRI pending for the left-sided numbness."),
        (HAEM, "Plt 15, fell at home. CT head: no intracranial bleed. Platelets as per protocol."),
        (
            OBS,
            "Postnatal headache day 3: CT brain and CT venogram normal — no haemorrhage, no venous thrombosis. Likely post-dural puncture headache.",
        ),
        (ONC, "MRI brain staging: no intracranial metastases and no haemorrhage."),
        (SR, "MRI brain period no evidence of hemorrhage on SWI period no restricted diffusion period"),
        (
            IE,
            "CT Brain: No acute intracranial bleed. Mild generalised atrophy and periventricular small vessel change.",
        ),
        (ZA, "No subdural, extradural or subarachnoid haemorrhage. No intraparenchymal haematoma."),
        (
            OBS,
            "Cranial ultrasound day 7: no germinal matrix or intraventricular haemorrhage; ventricles normal in size.",
        ),
        (
            ML,
            "The CT brain on the day of the collision showed no intracranial haemorrhage and no skull fracture; in my opinion no structural brain injury was sustained.",
        ),
    ],
    "neg_site_extracranial": [
        (
            HN,
            "Ophthalmology: L retrobulbar haemorrhage after a fall, proptosis, IOP 48. Lateral canthotomy and cantholysis at the bedside. CT orbits: retrobulbar haematoma; brain unremarkable.",
        ),
        (
            HN,
            "ENT: secondary post-tonsillectomy haemorrhage day 6 from the left fossa, settled with an adrenaline swab. Hb 112.",
        ),
        (
            HN,
            "Dental: bleeding from the 36 extraction socket on apixaban; packed with oxidised cellulose and sutured; tranexamic acid mouthwash.",
        ),
        (
            HN,
            "Maxfax: Le Fort II fracture with blood in both maxillary sinuses; septal haematoma drained. No intracranial injury on CT.",
        ),
        (
            OBS,
            "Newborn check: large cephalohaematoma over the right parietal bone, well demarcated, not crossing sutures. Bilirubin monitoring.",
        ),
        (
            OBS,
            "Subgaleal haemorrhage after vacuum delivery: fluctuant swelling crossing the sutures, Hb falling. Cranial ultrasound: no intracranial haemorrhage.",
        ),
        (
            SR,
            "large right frontal scalp hematoma period no underlying fracture period the brain is normal with no intra cranial hemorrhage",
        ),
        (
            ZA,
            "MRI thoracic spine: dorsal epidural haematoma T4 to T7 compressing the cord. Brain not imaged.",
        ),
        (
            IE,
            "CT: Left haemotympanum with a longitudinal temporal bone fracture. No intracranial haemorrhage.",
        ),
        (
            AMB,
            "Pt with a nosebleed for 2 hrs, posterior epistaxis, on warfarin, INR 4.2. Nasal tampon inserted en route. No head injury.",
        ),
        (
            HN,
            "Eye casualty: spontaneous subconjunctival haemorrhage right eye, BP 150/90, no trauma, VA 6/6.",
        ),
        (
            HN,
            "Ophth: left vitreous haemorrhage from proliferative diabetic retinopathy; B-scan: retina flat.",
        ),
        (
            FALLS,
            "She sustained a large forehead haematoma and periorbital bruising in the fall; the CT showed no intracranial injury.",
        ),
        (
            CA,
            "Hématome du cuir chevelu pariétal gauche / left parietal scalp hematoma. No intracranial bleed.",
        ),
        (ICU, "Neck: post-thyroidectomy neck haematoma, re-explored, airway secure. Neuro: intact."),
        (
            ML,
            "Injuries: a septal haematoma of the nose, drained, and bruising of the left cheek. Head CT normal.",
        ),
        (
            HN,
            "Maxfax: orbital floor blow-out fracture with orbital haematoma and inferior rectus entrapment; brain windows clear.",
        ),
    ],
    "neg_mimic": [
        (
            SR,
            "bilateral frontal subdural hygromas period no hyper dense blood period unchanged from prior period",
        ),
        (IE, "Symmetrical basal ganglia calcification. No acute haemorrhage."),
        (
            ZA,
            "Hyperdense left MCA in keeping with thrombus (hyperdense vessel sign). No intracranial haemorrhage.",
        ),
        (
            CA,
            "Bilateral CSF-density subdural effusions after shunting, no blood products. Épanchements sous-duraux de densité LCR.",
        ),
        (
            ICU,
            "CT post cardiac arrest: diffuse oedema with loss of grey-white differentiation; the cisternal hyperdensity is pseudo-subarachnoid haemorrhage, not true blood.",
        ),
        (
            NEU,
            "Right convexity subdural empyema (rim enhancing, restricted diffusion) after frontal sinusitis. No haemorrhage.",
        ),
        (
            SR,
            "post thrombectomy CT shows hyper dense contrast staining in the left caudate and putamen period dual energy shows iodine only comma no hemorrhage",
        ),
        (ONC, "Dense calcified meningioma along the falx, unchanged. No haemorrhage."),
        (OBS, "Cranial US: bilateral choroid plexus cysts; the echogenic choroid plexus is normal; no IVH."),
        (
            QA,
            "Case 2: registrar called SAH; on review the density was dense dural sinuses from a high haematocrit (0.58). No SAH. Learning point: polycythaemia.",
        ),
        (
            IE,
            "Left temporal cerebral abscess with ring enhancement and restricted diffusion; no haemorrhagic component.",
        ),
        (
            ZA,
            "Falx and tentorial calcification; dense dural venous sinuses in keeping with polycythaemia. No intracranial haemorrhage.",
        ),
        (
            ICU,
            "CT: chronic CSF hygroma over the left convexity (5 HU), stable. No hyperdensity to suggest bleeding.",
        ),
        (CA, "Calcified pineal gland and choroid plexus. No hemorrhage. Aucun saignement."),
        (
            SR,
            "susceptibility foci in the basal ganglia correspond to calcification on CT period no blood products",
        ),
        (
            ONC,
            "MRI: enhancing left frontal glioblastoma; no haemorrhage on SWI; the T1 bright focus is enhancement on the post-contrast series.",
        ),
        (
            HAEM,
            "CT: hyperdense venous sinuses (Hct 0.62, polycythaemia vera); no intracranial haemorrhage, and CTV shows no thrombosis.",
        ),
    ],
    "neg_ruled_out": [
        (MSG, "bleed ruled out on ct, talking to family re dc"),
        (FALLS, "A brain bleed was excluded by CT in the emergency department on the night of the fall."),
        (NEU, "SAH ruled out (CT within 6 h, and LP without xanthochromia); headache likely migraine."),
        (ICU, "Intracranial haemorrhage excluded on CT before thrombolysis; alteplase given 14:32."),
        (AMB, "Receiving hospital confirmed the head CT came back clear; transfer for orthopaedic fixation."),
        (OBS, "Intracranial haemorrhage excluded on MRI; PRES diagnosed and treated with BP control."),
        (HAEM, "CT ruled out ICH; headache put down to anaemia. Hb 68, transfused 2 units."),
        (ONC, "Confusion: CT head excluded haemorrhage and new metastases; hypercalcaemia found (Ca 3.4)."),
        (
            SR,
            "clinical history colon headache period CT today rules out hemorrhage period no further imaging needed",
        ),
        (IE, "Summary: Acute intracranial haemorrhage excluded. No change from the prior study."),
        (ZA, "Intracranial bleed excluded. Findings in keeping with alcohol-related cerebral atrophy."),
        (
            QA,
            "Case 9: GP asked to rule out a bleed; the CT was correctly reported with no bleed. Query concerned reporting delay only. No discrepancy.",
        ),
        (FALLS, "Subdural haematoma ruled out on CT; his delirium was due to a urinary infection."),
        (OBS, "IVH excluded on serial cranial ultrasound (days 1, 3 and 7)."),
        (CA, "Hémorragie exclue / bleed excluded on CT; discharged with concussion advice."),
        (
            ML,
            "An intracranial bleed was considered and excluded by CT on the day of the accident and by MRI a week later.",
        ),
    ],
    "neg_indication_only": [
        (
            SR,
            "indication colon fall on eliquis comma evaluate for intra cranial hemorrhage period findings colon no acute intra cranial abnormality period",
        ),
        (IE, "Clinical details: ?SAH, sudden headache. Report: Normal CT brain."),
        (ZA, "Clinical: assault, R/O intracranial haematoma. Report: Normal CT brain. No fracture."),
        (CA, "Indication: r/o saignement / rule out bleed. CT head: normal."),
        (ICU, "CT ordered to exclude ICH before heparin: normal. Starting heparin infusion."),
        (NEU, "Question asked: is there a haemorrhage to explain the seizure? CT: no; MRI shows no lesion."),
        (AMB, "Pre-alert: ?bleed on the brain, elderly fall on anticoagulant. ED CT: nil acute."),
        (HAEM, "Request: CT head to exclude bleed, plt 11 with headache. CT normal."),
        (
            OBS,
            "Indication: ?ICH, postpartum eclampsia. CT: subtle posterior white matter low density in keeping with PRES; otherwise normal.",
        ),
        (ONC, "Request: ?haemorrhage into the known metastases. MRI: metastases stable, nothing new."),
        (
            SR,
            "reason for exam colon concern for subarachnoid hemorrhage period impression colon negative head CT period",
        ),
        (
            IE,
            "Query extradural haematoma, scalp laceration over the temporal region. No extradural collection. Scalp swelling only.",
        ),
        (ZA, "Indication: ? bleed, GCS 14 after a fall. Conclusion: No acute intracranial abnormality."),
        (MSG, "they want a ct to r/o sdh before starting anticoag - done, negative"),
        (OBS, "Indication: preterm 26 weeks, screening for IVH. Cranial US: normal, ventricles normal."),
        (
            FALLS,
            "I requested a CT brain to look for a chronic subdural haematoma given her cognitive decline; it was normal apart from atrophy.",
        ),
        (
            QA,
            "Query raised: request said 'exclude SAH'; CT reported as normal; consensus that the report was correct.",
        ),
    ],
    "neg_note_past_history": [
        (
            FALLS,
            "PMH: subdural haematoma 2019 (conservative), AF, OA knees. Today she walked with a frame and her lying and standing BP was normal.",
        ),
        (
            NEU,
            "Past history: SAH in 2008 (coiled ACom aneurysm). Presents with a migraine-like headache; examination normal.",
        ),
        (
            ICU,
            "PMHx: ICH 2021 with residual left hemiparesis, HTN, T2DM. Admitted with urosepsis, improving on antibiotics.",
        ),
        (ONC, "History: haemorrhagic metastasis resected 2022; surveillance MRI today shows no recurrence."),
        (HAEM, "Background: ITP, intracranial bleed aged 14. Now plt 88 on eltrombopag and well."),
        (
            OBS,
            "Booking: history of an AVM bleed at 20, treated with radiosurgery; neurosurgery happy with vaginal delivery.",
        ),
        (
            ML,
            "Past medical history includes a traumatic subdural haematoma in 2015 after a work accident, from which the claimant made a full recovery.",
        ),
        (MSG, "fyi pmh of sdh years ago, nothing acute now, just flagging for the anticoag decision"),
        (AMB, "PMH: stroke (a bleed) 2017, HTN. Today: hypoglycaemia, BM 2.1, better with glucose."),
        (
            FALLS,
            "Family history: his mother died of a brain haemorrhage aged 60. Mr Devlin's own CT was normal.",
        ),
        (OBS, "Maternal history: subarachnoid haemorrhage in 2019. Baby: term, well, normal examination."),
        (
            NEU,
            "PMH: cerebral amyloid angiopathy with a lobar haemorrhage in 2020. This episode: transient sensory spread; MRI today shows no acute haemorrhage.",
        ),
        (ICU, "Hx: cerebellar haemorrhage 2016, evacuated. Now: DKA, improving."),
        (HN, "PMH: extradural haematoma 2010. Today: lower right first molar extracted uneventfully."),
        (
            HAEM,
            "History of intracerebral bleed on warfarin (2018), now has a left atrial appendage occluder. Today: blood count normal.",
        ),
    ],
    "neg_no_acute_named": [
        (SR, "impression colon no acute intra cranial process period"),
        (IE, "Normal CT brain."),
        (ZA, "No acute intracranial pathology demonstrated."),
        (CA, "Examen normal. Normal study, no acute intracranial findings."),
        (ICU, "CT head: nil acute."),
        (FALLS, "Her CT brain was unremarkable for her age."),
        (NEU, "MRI brain normal."),
        (MSG, "ct head nad"),
        (AMB, "CT done at the base hospital, nothing acute."),
        (ONC, "MRI brain: no evidence of intracranial disease."),
        (HAEM, "CT head: no acute intracranial abnormality."),
        (OBS, "MRI brain: no acute abnormality; venous sinuses normal."),
        (OBS, "Cranial ultrasound: normal."),
        (ML, "Imaging of the head was normal."),
        (
            QA,
            "Case 5: scan correctly reported as normal; the 'missed finding' raised was a cavum septum pellucidum, a normal variant.",
        ),
        (SR, "no acute intra cranial abnormality period mild chronic small vessel ischemic change period"),
        (ZA, "Brain parenchyma, ventricles and extra-axial spaces normal. Bone windows normal."),
    ],
    "neg_other_organ_bleed": [
        (HAEM, "Splinter haemorrhages in several fingernails; endocarditis work-up under way."),
        (ICU, "GI bleed: melaena, OGD showed a DU with a visible vessel, clipped. Hb 71 -> 84."),
        (HAEM, "Haemophilia B: right knee haemarthrosis, factor IX given."),
        (ONC, "Haemoptysis from the right upper lobe tumour; bronchial artery embolisation planned."),
        (OBS, "PPH 1.8 L from uterine atony, managed with oxytocin, carboprost and a balloon tamponade."),
        (SR, "CT abdomen period large left retro peritoneal hematoma with active extravasation period"),
        (ZA, "CT chest: right haemothorax, about 600 mL, with fractures of ribs 5 to 8."),
        (ICU, "Rectus sheath haematoma on enoxaparin; CT angio no active bleed; enoxaparin stopped."),
        (AMB, "Lacerated forearm, arterial bleed controlled with a tourniquet at 14:05."),
        (HAEM, "DIC with oozing from cannula sites and haematuria; fibrinogen 0.8."),
        (ML, "The claimant sustained a splenic laceration with haemoperitoneum requiring splenectomy."),
        (OBS, "Vitamin K deficiency bleeding: umbilical stump oozing and a GI bleed; cranial US normal."),
        (FALLS, "Large haematoma over the left hip after the fall; Hb stable."),
        (IE, "CT abdomen: Acute haemorrhage into a right adrenal adenoma."),
        (QA, "Case 11: a small haemopericardium was missed on the CT chest. Minor discrepancy."),
        (CA, "Hématurie macroscopique / gross hematuria from a bladder tumour; cystoscopy planned."),
    ],
    "neg_structured_template": [
        (
            MAC,
            "CT HEAD MACRO v3\nAcute haemorrhage: [ ] Yes [X] No\nExtra-axial collection: No\nMidline shift (mm): 0\nFracture: No",
        ),
        (MAC, "Intracranial haemorrhage = NO | Infarct = NO | Mass = NO | Hydrocephalus = NO"),
        (
            MAC,
            "Stroke CT template. ASPECTS: 10. Haemorrhage: No. Hyperdense vessel: No. Suitable for thrombolysis: Yes.",
        ),
        (MAC, "Trauma checklist: EDH? No. SDH? No. SAH? No. Contusion? No. Fracture? No."),
        (CA, "Hémorragie / Hemorrhage: [Non/No]\nEffet de masse / Mass effect: [Non/No]\nFracture: [Non/No]"),
        (MAC, "Findings.... Haemorrhage.... ABSENT\nMass effect.... none\nVentricles.... normal"),
        (
            OBS,
            "Cranial US report form | GMH-IVH (Papile): Left = none | Right = none | PVL: No | Ventricular index: normal",
        ),
        (MAC, "Hemorrhage type: {None} Acuity: {N/A} Side: {N/A} Shift: {None}"),
        (
            MAC,
            "NCCT head macro. Intracranial blood (Y/N/N/A): N. Infarct: N. Other: chronic small vessel change.",
        ),
        (MAC, "Q: bleed? A: No. Q: fracture? A: No. Q: neurosurgery needed? A: No."),
        (
            MAC,
            "Head CT — Canadian CT Head Rule pathway. High-risk factor [age >= 65: Yes]. Result: no intracranial haemorrhage [confirmed].",
        ),
        (
            MAC,
            "Post-thrombolysis 24 h CT\nHaemorrhage present: [No]\nECASS class: [x] none [ ] HI1 [ ] HI2 [ ] PH1 [ ] PH2\nInfarct: left MCA, evolving as expected",
        ),
        (ZA, "Neuro CT proforma: Blood? N | Infarct? N | Mass? N | Hydro? N"),
        (IE, "Brain CT (NCHD proforma)\nAcute intracranial haemorrhage ..... No\nFracture ..... No"),
        (ICU, "Daily checklist — Neuro: CT today [x]; bleed on CT [ ] yes [x] no; EVD [ ] n/a"),
        (MAC, "ICH score: not applicable (no haemorrhage on CT) = 0."),
        (
            HAEM,
            "Bleeding assessment (WHO): Intracranial: none | Mucosal: grade 1 (gum oozing) | Overall: grade 1",
        ),
    ],
    "neg_addendum_correction": [
        (
            SR,
            "addendum colon the reported left sub dural hematoma is not present period on review this is beam hardening artifact period no intra cranial hemorrhage",
        ),
        (
            IE,
            "ADDENDUM: On consultant review the density in the left Sylvian fissure is a normal vessel, not subarachnoid haemorrhage. No intracranial haemorrhage. Report amended.",
        ),
        (
            ZA,
            "Amended report: the hyperdensity described in the right basal ganglia is calcification (unchanged since 2021, 180 HU). No haemorrhage.",
        ),
        (
            CA,
            "Addenda / Addendum: la densité décrite est une calcification — the described density is calcification, not hemorrhage. No bleed.",
        ),
        (
            QA,
            "Case 1: prelim read 'small left SDH'; consultant revised to no SDH, dural thickening only. Addendum issued and anticoagulation restarted.",
        ),
        (MSG, "correction - the 'bleed' on the ct was artifact per neurorad, no SDH. ok to restart apixaban"),
        (
            MAC,
            "Revised report. Acute haemorrhage: [X] Yes -> [ ] No. Reason for revision: motion artefact mistaken for SAH.",
        ),
        (
            ICU,
            "Correction to the overnight note: CT does NOT show haemorrhagic transformation; the radiologist has amended it to contrast staining (iodine on dual-energy). Restart aspirin.",
        ),
        (
            SR,
            "corrected report colon the impression should read no acute intra cranial hemorrhage period the word hemorrhage in the prior version was a dictation error",
        ),
        (
            IE,
            "Addendum: With the outside MRI now available, the linear density in the left frontal lobe is a developmental venous anomaly. No haemorrhage. The earlier suggestion of a bleed is withdrawn.",
        ),
        (
            ZA,
            "ADDENDUM: The 'extradural haematoma' described is the normal transverse sinus. No extradural collection.",
        ),
        (
            ML,
            "The initial radiology report suggested a small subdural haematoma; after neuroradiology review it was amended to 'no intracranial haemorrhage'. I rely on the amended report.",
        ),
        (
            NEU,
            "Addendum: MRI shows no blood on FLAIR or SWI, so the SAH queried on CT is not present. Diagnosis revised to migraine.",
        ),
        (
            ONC,
            "Addendum: the radiologist has corrected the MRI report — the T1 bright focus is melanin in the metastasis, not haemorrhage.",
        ),
        (
            OBS,
            "Addendum to the cranial US: the echogenicity on the right was choroid plexus; no IVH. Report amended.",
        ),
        (
            FALLS,
            "Correction to my letter of 2 October: Mrs Hegarty's CT did not show a subdural haematoma; 'SDH' in that letter was a typing error for 'SOB'. Her CT brain was normal.",
        ),
        (
            CA,
            "Rapport révisé / revised report: no subarachnoid hemorrhage; the finding was pseudo-SAH from diffuse edema.",
        ),
    ],
}

LONG_TEXTS: dict[str, list[tuple]] = {
    "pos_note_sections": [
        (
            ICU,
            "ICU DAILY PROGRESS NOTE — day 4\nSummary: 58-year-old man, fall from scaffolding, severe traumatic brain injury.\nOvernight: one episode of ICP 28 mmHg for ten minutes, settled with 250 mL of 3% saline. Propofol and fentanyl continued.\nNeuro: pupils 3 mm, equal and reactive. ICP 14-18, CPP 65-75. Repeat CT head at 05:30: the bifrontal haemorrhagic contusions are slightly larger (right 28 mm, left 17 mm), with a thin left tentorial subdural haematoma of 3 mm and trace subarachnoid blood in the left Sylvian fissure. No hydrocephalus; basal cisterns open.\nCVS: noradrenaline 0.08 mcg/kg/min for the CPP target; sinus rhythm.\nResp: SIMV, FiO2 0.4, PEEP 8. CXR: right lower lobe consolidation.\nRenal/FEN: Na 148 (target 145-155), creatinine 74, NG feed at goal.\nHaem: Hb 96, plt 142, INR 1.1. Chemical VTE prophylaxis held for 24 h after the contusion growth; mechanical only.\nID: suspected VAP, piperacillin-tazobactam started, sputum sent.\nLines: right IJ CVC day 4, left radial arterial line.\nFamily: wife updated by the consultant at 11:00.\nPlan: repeat CT in 24 h or sooner if ICP rises; neurosurgery aware; continue tier 1-2 ICP measures.",
        ),
        (
            NEU,
            "NEUROLOGY CONSULTATION NOTE\nRequesting team: General Medicine, Ward 6B. Reason for consultation: acute confusion and word-finding difficulty since this morning.\nHistory of presenting illness: 81-year-old retired teacher admitted two days ago with community-acquired pneumonia. At 07:00 the nurses found her unable to name objects and mixing up words. No headache reported and no seizure activity witnessed.\nPast medical history: hypertension, mild cognitive impairment, atrial fibrillation on apixaban 2.5 mg twice daily (last dose 20:00 yesterday), osteoporosis.\nExamination: alert, fluent paraphasic speech, poor naming and repetition, mild right pronator drift, no visual field defect to confrontation. NIHSS 5.\nInvestigations: CT brain at 09:10 — acute left temporo-parietal lobar intracerebral haemorrhage, approximately 24 mL, with a finger-like projection into the adjacent sulcus and mild surrounding oedema. No intraventricular extension.\nAssessment: apixaban-associated lobar intracerebral haemorrhage, probably on a background of cerebral amyloid angiopathy.\nPlan: andexanet alfa as per protocol (discussed with haematology), target systolic BP 140, repeat CT in 6 hours, stroke unit bed, speech and language therapy, hold all antithrombotics, MRI when stable, and a conversation with her son this afternoon about prognosis and ceilings of care.",
        ),
    ],
    "pos_not_purely_historical": [
        (
            ML,
            "MEDICO-LEGAL REPORT — SUMMARY OF RECORDS AND OPINION\nPrepared for the solicitors acting for the claimant, a 67-year-old man. Index event: road traffic collision on 12 March, when his stationary car was struck from behind at speed.\nPre-accident history: the general practice records show that in 2019 he had a spontaneous right cerebellar haemorrhage, treated conservatively, from which he made a good recovery and returned to driving. A CT in 2021 showed only a small area of old low density in the right cerebellum.\nPost-accident course: he attended the emergency department on the evening of the collision with headache and vomiting. A CT brain that night showed a new acute left frontal intracerebral haemorrhage measuring 2.5 cm, with a small amount of adjacent subarachnoid blood, remote from the old cerebellar scar. He was admitted under neurosurgery and managed without an operation.\nOpinion: the 2019 haemorrhage is a pre-existing condition; the left frontal haemorrhage is a new and separate bleed shown on the post-accident scan, and on the balance of probabilities it was caused by the collision. His present memory and concentration complaints are, in my opinion, attributable in part to this new injury, and I would expect further recovery over the next twelve months.",
        ),
    ],
    "pos_known_no_veto": [
        (
            FALLS,
            "Dear Dr Ní Bhriain,\nRe: Mr Seamus Tierney, 88\nI saw Mr Tierney in the Falls Clinic today, six weeks after the fall at home in which he struck the back of his head on a radiator. As you know, the CT at the time showed a left chronic subdural haematoma of 12 mm, and the neurosurgeons advised conservative management with his clopidogrel held.\nHis follow-up CT brain last week shows that the left subdural haematoma is still present, now 9 mm, with no new haemorrhage elsewhere and no mass effect. He is brighter, his gait is steadier with a four-wheeled walker, and his daughter reports no further falls. Lying and standing blood pressure today was 142/80 and 128/74 without symptoms. His vision has been checked and his slippers replaced.\nPlan: continue to hold clopidogrel until the neurosurgical review in four weeks; physiotherapy for strength and balance twice weekly; a pendant alarm has been arranged; vitamin D level is pending. I would be grateful if you could review his bisoprolol dose if his heart rate stays under 55. I will see him again in three months.\nYours sincerely,\nConsultant Geriatrician",
        ),
    ],
    "neg_note_past_history": [
        (
            FALLS,
            "Dear Dr Mahlangu,\nRe: Mrs Thandiwe Khumalo, 79\nThank you for referring Mrs Khumalo after two falls in the last month. Her past medical history includes a left subdural haematoma in 2018, which was evacuated through burr holes with a good recovery, type 2 diabetes, hypertension and cataracts. She lives alone in a ground-floor flat and uses a stick outdoors.\nBoth falls happened at night on the way to the toilet; she did not hit her head and did not lose consciousness. Examination today showed a postural drop of 28 mmHg with dizziness on standing, mild peripheral neuropathy and a slow timed up-and-go of 19 seconds. Her cognition screen was normal.\nShe was worried that the old bleed had come back, so I reassured her that nothing today suggests it, and no brain imaging is needed for these falls.\nPlan: reduce amlodipine to 5 mg, a night light and commode for the bedroom, physiotherapy referral for balance, podiatry review, and a repeat postural BP in four weeks with the practice nurse. Her bone protection will be reviewed once the DXA result is back.\nYours sincerely,\nFalls Clinic Registrar",
        ),
        (
            OBS,
            "ANTENATAL CLINIC NOTE — high-risk obstetrics\nG3P2, 32 weeks, attending with her partner.\nBackground: aneurysmal subarachnoid haemorrhage in 2016, treated by endovascular coiling of a right posterior communicating artery aneurysm, with a full recovery and no residual deficit. The follow-up angiogram in 2018 showed stable complete occlusion and the neurovascular team discharged her from follow-up. Two uncomplicated vaginal deliveries since, in 2019 and 2022.\nCurrent pregnancy: uncomplicated so far. Growth scan today on the 50th centile, liquor normal. BP 118/72, urine clear. No headaches, no visual disturbance.\nDiscussion: she asked whether pushing in labour could cause another bleed. We explained that the treated aneurysm is considered secure and that the neurovascular team have previously advised that no special mode of delivery is needed. She is happy with a plan for a spontaneous vaginal delivery with an early epidural if she wishes.\nPlan: routine antenatal care, anaesthetic review at 36 weeks, and a letter to her GP. She knows to attend the labour ward urgently with any sudden severe headache.",
        ),
    ],
    "neg_ruled_out": [
        (
            ML,
            "REPORT FOR THE COURT — NEUROLOGICAL INJURY\nThe claimant, a 34-year-old scaffolder, fell about three metres from a ladder on 2 February and struck the right side of his head. He was briefly dazed but did not lose consciousness, according to the ambulance record, which documents a GCS of 15 throughout.\nIn the emergency department he complained of headache and nausea, and a CT brain was performed to exclude an intracranial bleed or skull fracture. The report, which I have read and whose images I have reviewed, is normal: there was no intracranial haemorrhage and no fracture. An MRI brain arranged by his general practitioner in April for persisting headaches was also normal, with no evidence of blood products or of diffuse axonal injury.\nHe has since had headaches three or four times a week, poor concentration and irritability, which are in my opinion consistent with a post-concussion syndrome. A structural brain injury, including any bleed, has been excluded by the imaging. I expect his symptoms to improve substantially within eighteen months with graded return to work and headache management, and I do not anticipate any long-term neurological deficit.",
        ),
    ],
    "neg_other_organ_bleed": [
        (
            HAEM,
            "HAEMATOLOGY CLINIC — immune thrombocytopenia\n24-year-old woman, ITP diagnosed three years ago, referred back by her GP with more bruising.\nBleeding history since the last visit: recurrent nosebleeds lasting up to 20 minutes, gum bleeding when brushing her teeth, heavy menstrual bleeding needing double protection, and a crop of petechiae on both shins. One episode of blood-stained urine last week, not repeated. No melaena, no haemoptysis, no headache, no visual change and no neurological symptoms.\nExamination: scattered petechiae on the legs, a few bruises on the arms, no wet purpura in the mouth, no lymphadenopathy or splenomegaly. Neurological examination normal.\nBloods: platelets 9, Hb 104 (iron deficient), film confirms isolated thrombocytopenia.\nAssessment: relapsed ITP with mucocutaneous and menstrual bleeding (WHO grade 2), no features of organ-threatening bleeding.\nPlan: prednisolone 1 mg/kg with a taper, IV iron, tranexamic acid for the menorrhagia and the nosebleeds, referral to gynaecology, repeat count in one week, and she will start eltrombopag if there is no response. She has the bleeding card and knows to come in with any severe headache.",
        ),
    ],
}


def rows() -> list[dict]:
    return numbered((TEXTS, LONG_TEXTS), REPORT_STYLES, 11, "h11")


def main() -> None:
    write(OUT, rows())


if __name__ == "__main__":
    main()
