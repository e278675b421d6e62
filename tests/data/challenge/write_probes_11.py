# ruff: noqa: E501  (report texts are kept on one line each)
"""Development probes for rules-11 (``probes-11.jsonl``), written by ``rules11`` on 2026-12-07 in its own
words, in styles unlike the synthetic generator's and unlike the challenge and held-out sets. Read while the
rule tier was tuned: development material, never evidence (see README-probes-11.md). Run to rebuild."""

from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).with_name("probes-11.jsonl")

# (kind, label, assertion, text)
P: list[tuple[str, int, str, str]] = [
    # ---- templated / structured fields -------------------------------------------------------------------
    (
        "pos_template_field",
        1,
        "affirmed",
        "CT HEAD WITHOUT CONTRAST - STRUCTURED\nIntracranial hemorrhage: present (left frontal, 14 mm)\nMass effect: mild\nMidline shift: none\nFracture: none",
    ),
    (
        "pos_template_field",
        1,
        "affirmed",
        "Stroke protocol template\nHaemorrhage: YES - right basal ganglia\nLarge vessel occlusion: not assessed\nASPECTS: n/a",
    ),
    (
        "pos_template_field",
        1,
        "affirmed",
        "Acute findings checklist\n[x] Subdural haematoma\n[ ] Epidural haematoma\n[ ] Subarachnoid haemorrhage\n[ ] Infarct\nComment: thin left tentorial SDH.",
    ),
    (
        "pos_template_field",
        1,
        "uncertain",
        "Head CT quick-read form\nICH: equivocal, possible small SAH in the right sylvian fissure\nHydrocephalus: no\nRecommend: CTA",
    ),
    (
        "pos_template_field",
        1,
        "affirmed",
        "Trauma head CT (structured)\nExtra-axial blood: present, left convexity subdural, 6 mm\nParenchymal contusion: absent\nSkull: nondisplaced left parietal fracture",
    ),
    (
        "pos_template_field",
        1,
        "affirmed",
        "CT brain — structured report\nBleed: Yes (intraventricular, 4th ventricle)\nHydrocephalus: early\nOther: nil",
    ),
    (
        "neg_template_field",
        0,
        "negated",
        "CT HEAD WITHOUT CONTRAST - STRUCTURED\nIntracranial hemorrhage: none\nMass effect: none\nMidline shift: none\nFracture: none",
    ),
    (
        "neg_template_field",
        0,
        "negated",
        "Stroke protocol template\nHaemorrhage: NO\nEarly ischaemic change: left insular ribbon loss\nASPECTS: 8",
    ),
    (
        "neg_template_field",
        0,
        "negated",
        "Acute findings checklist\n[ ] Subdural haematoma\n[ ] Epidural haematoma\n[ ] Subarachnoid haemorrhage\n[x] Infarct\nComment: old right MCA territory infarct only.",
    ),
    (
        "neg_template_field",
        0,
        "negated",
        "Head CT quick-read form\nICH: absent\nHydrocephalus: no\nRecommend: none",
    ),
    (
        "neg_template_field",
        0,
        "negated",
        "Trauma head CT (structured)\nExtra-axial blood: absent\nParenchymal contusion: absent\nSkull: intact",
    ),
    (
        "neg_template_field",
        0,
        "negated",
        "CT brain — structured report\nBleed: No\nInfarct: No\nMass: No\nOther: age-appropriate volume loss",
    ),
    # ---- addenda and corrections that reverse a reading --------------------------------------------------
    (
        "pos_addendum_reverses",
        1,
        "affirmed",
        "FINDINGS: No acute abnormality.\nIMPRESSION: Normal non-contrast CT head.\nADDENDUM (09:40): On review of the thin sections there is a small acute subdural haematoma along the left tentorium. This changes the impression. Discussed with the ED.",
    ),
    (
        "pos_addendum_reverses",
        1,
        "affirmed",
        "CORRECTED REPORT\nThe earlier version of this report stated no haemorrhage. That was wrong: a 5 mm parenchymal haemorrhage sits in the right cerebellar hemisphere.\nImpression: right cerebellar haemorrhage.",
    ),
    (
        "pos_addendum_reverses",
        1,
        "affirmed",
        "Impression: No intracranial bleed.\n\nAddendum by the consultant: I disagree with the preliminary impression. There is subarachnoid blood in the interpeduncular cistern.",
    ),
    (
        "pos_addendum_reverses",
        1,
        "affirmed",
        "Revised report - please disregard the previous version.\nConclusion: acute extradural haematoma in the right temporal region, 9 mm thick.",
    ),
    (
        "pos_addendum_reverses",
        1,
        "uncertain",
        "IMPRESSION: Unremarkable CT head.\nADDENDUM: Subtle hyperdensity in the left sylvian fissure may represent a small amount of subarachnoid haemorrhage; CTA suggested.",
    ),
    (
        "neg_addendum_reverses",
        0,
        "negated",
        "IMPRESSION: Possible small right frontal contusion.\nADDENDUM: Comparison with the MRI from this morning shows this to be beam-hardening artefact. No intracranial haemorrhage.",
    ),
    (
        "neg_addendum_reverses",
        0,
        "negated",
        "CORRECTED REPORT\nThe preliminary read of a subdural haematoma is withdrawn: the density is the normal falx and tentorium. No intracranial haemorrhage.",
    ),
    (
        "neg_addendum_reverses",
        0,
        "negated",
        "Impression: suspected subarachnoid haemorrhage.\nAddendum: the lumbar puncture and CTA were normal and on second review the sulcal density is pseudo-subarachnoid from diffuse oedema; no true haemorrhage.",
    ),
    (
        "neg_addendum_reverses",
        0,
        "negated",
        "Revised report.\nThe hyperdense focus in the left basal ganglia is calcification (190 HU, unchanged from 2019), not haemorrhage.\nConclusion: no acute intracranial abnormality.",
    ),
    (
        "neg_addendum_reverses",
        0,
        "negated",
        "FINDINGS: High density in the right occipital horn.\nIMPRESSION: ?intraventricular haemorrhage.\nADDENDUM: This is calcified choroid plexus. There is no intraventricular haemorrhage.",
    ),
    # ---- accents, loanwords, typography ------------------------------------------------------------------
    (
        "pos_accents_loanwords",
        1,
        "affirmed",
        "Impression: acute subdural hématome over the left convexity, 8 mm.",
    ),
    (
        "pos_accents_loanwords",
        1,
        "affirmed",
        "Conclusion: hémorragie sous-arachnoïdienne in the basal cisterns (Fisher 3).",
    ),
    (
        "pos_accents_loanwords",
        1,
        "affirmed",
        "IMPRESSION: Right thalamic hémorrhage with intraventricular extension.",
    ),
    (
        "pos_accents_loanwords",
        1,
        "affirmed",
        "Impresión: hematoma subdural agudo izquierdo, 7 mm, con efecto de masa leve.",
    ),
    (
        "pos_accents_loanwords",
        1,
        "affirmed",
        "Impression: hématoma in the left temporal lobe with surrounding oedema.",
    ),
    (
        "pos_accents_loanwords",
        1,
        "affirmed",
        "Opinion: small emorragia subaracnoidea (subarachnoid haemorrhage) in the right frontal sulci.",
    ),
    ("neg_accents_loanwords", 0, "negated", "Impression: no hémorragie intracrânienne; no mass effect."),
    (
        "neg_accents_loanwords",
        0,
        "extracranial",
        "Impression: large hématome of the left frontal scalp; the brain is normal.",
    ),
    (
        "neg_accents_loanwords",
        0,
        "negated",
        "IMPRESSION: No intracranial hémorrhage. Mild periventricular leukoaraiosis.",
    ),
    (
        "neg_accents_loanwords",
        0,
        "negated",
        "Impresión: sin hemorragia intracraneal. Sinusitis maxilar izquierda.",
    ),
    ("neg_accents_loanwords", 0, "negated", "Impression: no hématoma, no contusion; normal CT brain."),
    (
        "pos_typography",
        1,
        "affirmed",
        "IMPRESSION:\u00a0Acute\u00a0subdural\u00a0haematoma \u2013 left frontoparietal, 11\u00a0mm; midline shift 4\u00a0mm.",
    ),
    (
        "pos_typography",
        1,
        "affirmed",
        "Impression: \u201cnew\u201d subarachnoid haemorrhage \u2014 basal cisterns; query aneurysm.",
    ),
    (
        "pos_typography",
        1,
        "affirmed",
        "Impression:\u2002small intraventricular\u2011haemorrhage in the occipital horns\u2026",
    ),
    (
        "pos_typography",
        1,
        "affirmed",
        "IMPRESSION \u2014 Left cerebellar ICH (\u2248 2 cm) with 4th\u2011ventricle effacement.",
    ),
    (
        "neg_typography",
        0,
        "negated",
        "IMPRESSION:\u00a0No\u00a0acute\u00a0intracranial\u00a0haemorrhage \u2013 normal study.",
    ),
    (
        "neg_typography",
        0,
        "negated",
        "Impression: \u201cbleed\u201d excluded \u2014 no intracranial haemorrhage seen\u2026",
    ),
    ("neg_typography", 0, "negated", "Impression:\u2002no\u2011haemorrhage, no\u2011infarct, no\u2011mass."),
    (
        "neg_typography",
        0,
        "extracranial",
        "IMPRESSION \u2014 Right periorbital soft\u2011tissue haematoma \u2248 9 mm; intracranial appearances normal.",
    ),
    # ---- pager / critical-result messages ----------------------------------------------------------------
    (
        "pos_pager",
        1,
        "affirmed",
        "CRIT RESULT >> CT HD: new L convexity SDH 9mm, 3mm MLS. Pls call rads ext 4417. Sent 03:12",
    ),
    (
        "pos_pager",
        1,
        "affirmed",
        "PAGE: Bed 14 CT head shows SAH basal cisterns, neurosurg aware. -rad on call",
    ),
    (
        "pos_pager",
        1,
        "affirmed",
        "Critical result notification: large right putaminal haemorrhage with IVH. Read back confirmed by RN.",
    ),
    (
        "pos_pager",
        1,
        "uncertain",
        "STAT msg from CT: ?small SDH L tentorium on head CT, formal report to follow",
    ),
    (
        "pos_pager",
        1,
        "affirmed",
        "Urgent finding: CT head pt in resus 2 - acute EDH R temporal w/ skull #. NSx paged.",
    ),
    ("neg_pager", 0, "negated", "CODE STROKE CT >> no bleed, no early ischaemia. OK for lysis. -rad 02:48"),
    ("neg_pager", 0, "negated", "PAGE: Bed 9 CT head neg for blood, neg for fracture. -rad on call"),
    (
        "neg_pager",
        0,
        "negated",
        "Critical result notification: large left MCA infarct with swelling; no haemorrhagic transformation. Read back confirmed.",
    ),
    ("neg_pager", 0, "negated", "STAT msg from CT: head CT no ICH; C-spine pending"),
    (
        "neg_pager",
        0,
        "extracranial",
        "Urgent finding: CT abdomen - splenic laceration with active bleed. CT head clear.",
    ),
    # ---- tele-radiology preliminaries --------------------------------------------------------------------
    (
        "pos_telerad",
        1,
        "affirmed",
        "TELERADIOLOGY PRELIMINARY REPORT (overnight service)\nPrelim read: acute SAH in the basal cisterns and both sylvian fissures. Final report by the day radiologist.",
    ),
    (
        "pos_telerad",
        1,
        "affirmed",
        "Wet read (remote): R frontal IPH 2.5 x 2 cm with surrounding oedema; no IVH. Preliminary only.",
    ),
    (
        "pos_telerad",
        1,
        "affirmed",
        "Preliminary interpretation - Nighthawk reader\nHEAD: thin left hemispheric subdural hematoma, 4 mm. No shift.\nCHEST: not imaged.",
    ),
    (
        "pos_telerad",
        1,
        "uncertain",
        "Prelim (remote reader): probable small contusion/haemorrhage at the right frontal pole; final read to follow.",
    ),
    (
        "pos_telerad",
        1,
        "affirmed",
        "TELERAD PRELIM: IVH in both lateral ventricles, likely from the thalamic bleed; final to follow",
    ),
    (
        "neg_telerad",
        0,
        "negated",
        "TELERADIOLOGY PRELIMINARY REPORT (overnight service)\nPrelim read: no intracranial haemorrhage, no mass effect. Final report by the day radiologist.",
    ),
    ("neg_telerad", 0, "negated", "Wet read (remote): negative head CT. No bleed. Preliminary only."),
    (
        "neg_telerad",
        0,
        "negated",
        "Preliminary interpretation - Nighthawk reader\nHEAD: no acute intracranial process; no haemorrhage.\nC-SPINE: no fracture.",
    ),
    (
        "neg_telerad",
        0,
        "hypothetical",
        "Prelim (remote reader) requested to exclude haemorrhage before lysis: none identified.",
    ),
    ("neg_telerad", 0, "negated", "TELERAD PRELIM: chronic small vessel change, no bleed; final to follow"),
    # ---- neonatal cranial ultrasound ---------------------------------------------------------------------
    (
        "pos_neonatal",
        1,
        "affirmed",
        "Cranial ultrasound, day 3, 26 weeks' gestation: bilateral grade II germinal matrix haemorrhage.",
    ),
    (
        "pos_neonatal",
        1,
        "affirmed",
        "Head US (preterm): left grade III IVH with ventricular dilatation; right GMH grade I.",
    ),
    (
        "pos_neonatal",
        1,
        "affirmed",
        "Neonatal head ultrasound: echogenic clot in the right caudothalamic groove consistent with a germinal matrix bleed.",
    ),
    (
        "pos_neonatal",
        1,
        "affirmed",
        "Cranial US: left periventricular haemorrhagic infarction (grade IV, Papile) with associated IVH.",
    ),
    ("pos_neonatal", 1, "affirmed", "Impression: Papile grade 2 intraventricular haemorrhage on the left."),
    ("pos_neonatal", 1, "affirmed", "Cranial ultrasound day 5: GM-IVH grade 1 right, evolving."),
    (
        "neg_neonatal",
        0,
        "negated",
        "Cranial ultrasound, day 3, 27 weeks' gestation: no germinal matrix or intraventricular haemorrhage. Ventricles normal.",
    ),
    (
        "neg_neonatal",
        0,
        "none",
        "Head US (preterm): bilateral choroid plexus cysts; periventricular flaring, no cystic change.",
    ),
    (
        "neg_neonatal",
        0,
        "extracranial",
        "Neonatal head ultrasound is normal. Large left parietal cephalohaematoma noted clinically.",
    ),
    (
        "neg_neonatal",
        0,
        "none",
        "Cranial US: cystic periventricular leukomalacia bilaterally; ventricles mildly enlarged.",
    ),
    ("neg_neonatal", 0, "negated", "Impression: normal cranial ultrasound; no GMH-IVH."),
    (
        "neg_neonatal",
        0,
        "extracranial",
        "Newborn after vacuum delivery: subgaleal haemorrhage of the scalp on ultrasound; intracranial appearance normal.",
    ),
    # ---- maxillofacial / orbit / ENT CTs that mention the brain ------------------------------------------
    (
        "pos_maxfac_brain",
        1,
        "affirmed",
        "CT FACIAL BONES\nFindings: Left zygomaticomaxillary complex fracture. Blood in the left maxillary sinus. Partly imaged brain: small right frontal contusion with a thin overlying subdural haematoma.\nImpression: left ZMC fracture; right frontal contusion and small SDH - dedicated head CT advised.",
    ),
    (
        "pos_maxfac_brain",
        1,
        "affirmed",
        "CT ORBITS: Intact globes. Blow-out fracture of the left orbital floor. The included anterior cranial fossa shows subarachnoid blood in the left frontal sulci.",
    ),
    (
        "pos_maxfac_brain",
        1,
        "affirmed",
        "CT temporal bones: longitudinal right temporal bone fracture with haemotympanum. Adjacent small extradural haematoma in the right middle cranial fossa.",
    ),
    (
        "pos_maxfac_brain",
        1,
        "affirmed",
        "CT sinuses: mucosal thickening. Incidental: right parietal intracerebral haemorrhage at the top of the field of view - ED informed.",
    ),
    (
        "pos_maxfac_brain",
        1,
        "affirmed",
        "CT neck soft tissue: no abscess. The imaged posterior fossa contains a left cerebellar haematoma; urgent head CT recommended.",
    ),
    (
        "neg_maxfac_brain",
        0,
        "extracranial",
        "CT FACIAL BONES\nFindings: Left zygomaticomaxillary complex fracture. Blood in the left maxillary sinus (haemosinus). Partly imaged brain unremarkable.\nImpression: left ZMC fracture with haemosinus.",
    ),
    (
        "neg_maxfac_brain",
        0,
        "extracranial",
        "CT ORBITS: Right retrobulbar haematoma with proptosis; the optic nerve is stretched. Visualised brain normal.",
    ),
    (
        "neg_maxfac_brain",
        0,
        "extracranial",
        "CT temporal bones: longitudinal right temporal bone fracture with haemotympanum and blood in the mastoid air cells. No intracranial complication.",
    ),
    (
        "neg_maxfac_brain",
        0,
        "extracranial",
        "CT sinuses: blood-fluid level in the sphenoid sinus after the skull base fracture; the brain is normal.",
    ),
    (
        "neg_maxfac_brain",
        0,
        "extracranial",
        "CT neck: large haematoma in the left sternocleidomastoid after line placement. Included brain unremarkable.",
    ),
    (
        "neg_maxfac_brain",
        0,
        "extracranial",
        "CT orbit: subperiosteal haematoma along the roof of the right orbit; no intracranial extension.",
    ),
    # ---- conclusion is only a pointer ('as above') without a FINDINGS heading ----------------------------
    (
        "pos_as_above",
        1,
        "affirmed",
        "CT HEAD\nClinical: fall on warfarin.\nThere is an acute subdural haematoma along the left convexity measuring 10 mm with 5 mm of midline shift.\nImpression: as above.",
    ),
    (
        "pos_as_above",
        1,
        "affirmed",
        "MRI brain.\nHistory: headache.\nThere is a small amount of subarachnoid blood in the right parietal sulci on FLAIR and SWI.\nConclusion: See above. Discussed with the team.",
    ),
    (
        "pos_as_above",
        1,
        "affirmed",
        "CT head non contrast\nThe right basal ganglia contain a 3 cm haematoma extending into the lateral ventricle.\nOPINION: As described.",
    ),
    (
        "pos_as_above",
        1,
        "affirmed",
        "CT head.\nComparison: none.\nLeft temporal extradural haematoma 12 mm thick under a squamous temporal fracture.\nImpression: findings as described above; neurosurgery informed.",
    ),
    (
        "pos_as_above",
        1,
        "uncertain",
        "Head CT.\nA biconvex hyperdense collection lies over the right parietal convexity, 8 mm thick.\nImpression: as above, ?EVD not required.",
    ),
    (
        "neg_as_above",
        0,
        "negated",
        "CT HEAD\nClinical: fall on warfarin.\nNo intracranial haemorrhage. No fracture. Ventricles normal.\nImpression: as above.",
    ),
    (
        "neg_as_above",
        0,
        "none",
        "MRI brain.\nHistory: headache.\nA few punctate white matter hyperintensities, nonspecific.\nConclusion: See above.",
    ),
    (
        "neg_as_above",
        0,
        "negated",
        "CT head non contrast\nNo haematoma, no midline shift, no hydrocephalus.\nOPINION: As described.",
    ),
    (
        "neg_as_above",
        0,
        "historical",
        "CT head.\nComparison: 2021.\nOld left frontal haemorrhage cavity, unchanged; no new blood.\nImpression: findings as described above.",
    ),
    (
        "neg_as_above",
        0,
        "extracranial",
        "Head CT.\nLarge left frontal scalp haematoma. Brain normal.\nImpression: as above.",
    ),
    # ---- ALL CAPS with a telephone/communication line ----------------------------------------------------
    (
        "pos_caps_telephoned",
        1,
        "affirmed",
        "CT HEAD WITHOUT CONTRAST\nTHERE IS AN ACUTE LEFT SUBDURAL HEMATOMA MEASURING 9 MM.\nFINDINGS TELEPHONED TO DR OKAFOR AT 0215.\nIMPRESSION: AS ABOVE.",
    ),
    (
        "pos_caps_telephoned",
        1,
        "affirmed",
        "CT BRAIN\nSUBARACHNOID HEMORRHAGE IN THE BASAL CISTERNS.\nFINDINGS DISCUSSED WITH DR LUND BY PHONE.\nIMPRESSION: SEE ABOVE.",
    ),
    (
        "pos_caps_telephoned",
        1,
        "affirmed",
        "HEAD CT\nRIGHT CEREBELLAR HEMORRHAGE 2 CM WITH EARLY HYDROCEPHALUS.\nRESULTS CALLED TO DR ABARA 14:05.\nIMPRESSION: AS ABOVE.",
    ),
    (
        "neg_caps_telephoned",
        0,
        "negated",
        "CT HEAD WITHOUT CONTRAST\nNO ACUTE INTRACRANIAL HEMORRHAGE.\nFINDINGS TELEPHONED TO DR OKAFOR AT 0215.\nIMPRESSION: AS ABOVE.",
    ),
    (
        "neg_caps_telephoned",
        0,
        "none",
        "CT BRAIN\nLARGE LEFT MCA INFARCT WITH 6 MM SHIFT.\nFINDINGS DISCUSSED WITH DR LUND BY PHONE.\nIMPRESSION: SEE ABOVE.",
    ),
    (
        "neg_caps_telephoned",
        0,
        "negated",
        "HEAD CT\nNO BLEED. NO FRACTURE.\nRESULTS CALLED TO DR ABARA 14:05.\nIMPRESSION: AS ABOVE.",
    ),
    # ---- past-history heading that runs on into today's finding on the same line -------------------------
    (
        "pos_history_runon",
        1,
        "affirmed",
        "PMH: hypertension, AF on apixaban. Presented today after a fall; CT head shows an acute right subdural haematoma.",
    ),
    (
        "pos_history_runon",
        1,
        "affirmed",
        "Past history: SAH 2014 (coiled) - now admitted with a new left lobar haemorrhage on today's CT.",
    ),
    (
        "pos_history_runon",
        1,
        "affirmed",
        "Background: diabetes, CKD. This admission: CT brain shows a pontine haemorrhage.",
    ),
    (
        "pos_history_runon",
        1,
        "affirmed",
        "PMHx: prostate cancer. Today: sudden headache, CT confirms subarachnoid haemorrhage.",
    ),
    (
        "pos_history_runon",
        1,
        "affirmed",
        "Hx: prior ischaemic stroke 2019. Current CT shows acute haemorrhagic transformation of a new right MCA infarct.",
    ),
    (
        "neg_history_runon",
        0,
        "historical",
        "PMH: hypertension, subdural haematoma 2018 evacuated. Presented today with a chest infection; no head imaging.",
    ),
    ("neg_history_runon", 0, "historical", "Past history: SAH 2014 (coiled). Now admitted with pneumonia."),
    (
        "neg_history_runon",
        0,
        "historical",
        "Background: diabetes, intracerebral haemorrhage in 2020 with residual weakness. This admission: urinary sepsis.",
    ),
    (
        "neg_history_runon",
        0,
        "negated",
        "PMHx: prostate cancer. Today: headache, CT head showed no haemorrhage.",
    ),
    (
        "neg_history_runon",
        0,
        "historical",
        "Hx: previous left thalamic bleed (2017). Current problem: fall with hip fracture.",
    ),
    # ---- body text under no heading or unusual headings --------------------------------------------------
    (
        "pos_body_unheaded",
        1,
        "affirmed",
        "CT head without contrast 12/03.\nThe left frontal lobe contains an acute intraparenchymal haemorrhage measuring 2.1 cm with mild oedema. No hydrocephalus.\nImpression: no skull fracture.",
    ),
    (
        "pos_body_unheaded",
        1,
        "affirmed",
        "CT HEAD\nREPORT: Acute subarachnoid haemorrhage fills the suprasellar cistern.\nCOMMENT: CTA recommended.",
    ),
    (
        "pos_body_unheaded",
        1,
        "affirmed",
        "MRI brain with SWI.\nDISCUSSION: There is a small acute left parietal haematoma with a fluid level.\nCOMMENT: follow-up in 6 weeks.",
    ),
    (
        "pos_body_unheaded",
        1,
        "affirmed",
        "Head CT\nHistory: confusion\nThere is a mixed-density subdural haematoma over the right hemisphere, 14 mm.\nIMPRESSION: Atrophy.",
    ),
    (
        "pos_body_unheaded",
        1,
        "affirmed",
        "CT head.\nTechnique: axial 5 mm.\nAcute intraventricular haemorrhage layers in both occipital horns.\nCOMMENT: EVD in satisfactory position.",
    ),
    (
        "pos_body_unheaded",
        1,
        "affirmed",
        "Brain CT, portable.\nThe ventricles are enlarged. A right thalamic haemorrhage extends into the third ventricle.\nOPINION: Hydrocephalus.",
    ),
    (
        "neg_body_unheaded",
        0,
        "negated",
        "CT head without contrast 12/03.\nNo intracranial haemorrhage. No mass. Ventricles normal.\nImpression: no skull fracture.",
    ),
    (
        "neg_body_unheaded",
        0,
        "negated",
        "CT HEAD\nREPORT: No acute intracranial haemorrhage.\nCOMMENT: no further imaging needed.",
    ),
    (
        "neg_body_unheaded",
        0,
        "none",
        "MRI brain with SWI.\nDISCUSSION: A small developmental venous anomaly in the left cerebellum.\nCOMMENT: no follow-up needed.",
    ),
    (
        "neg_body_unheaded",
        0,
        "historical",
        "Head CT\nHistory: previous subdural haematoma evacuated 2020.\nBurr holes on the right; no recurrent collection.\nIMPRESSION: Atrophy.",
    ),
    (
        "neg_body_unheaded",
        0,
        "extracranial",
        "CT head.\nTechnique: axial 5 mm.\nLarge right occipital subgaleal haematoma. No intracranial abnormality.\nCOMMENT: none.",
    ),
    (
        "neg_body_unheaded",
        0,
        "none",
        "Brain CT, portable.\nThe ventricles are enlarged without a cause seen.\nOPINION: Hydrocephalus.",
    ),
    # ---- extra-axial / epidural collections described without a bleed word -------------------------------
    (
        "pos_collection_described",
        1,
        "uncertain",
        "Impression: hyperdense biconvex extra-axial collection over the left temporal lobe, 11 mm, with mass effect.",
    ),
    (
        "pos_collection_described",
        1,
        "uncertain",
        "Impression: right frontal epidural collection of high attenuation, lentiform, under a fracture.",
    ),
    (
        "pos_collection_described",
        1,
        "uncertain",
        "Conclusion: extra-axial collection of 60 HU along the left convexity, crescentic, new since yesterday.",
    ),
    (
        "pos_collection_described",
        1,
        "uncertain",
        "IMPRESSION: A dense epidural collection in the posterior fossa beneath the occipital fracture.",
    ),
    (
        "pos_collection_described",
        1,
        "uncertain",
        "Impression: acute hyperdense extra-axial collection along the falx.",
    ),
    (
        "neg_collection_described",
        0,
        "negated",
        "Impression: epidural abscess over the right frontal lobe adjacent to frontal sinusitis.",
    ),
    (
        "neg_collection_described",
        0,
        "negated",
        "Impression: rim-enhancing epidural collection in keeping with empyema after craniotomy.",
    ),
    (
        "neg_collection_described",
        0,
        "negated",
        "Conclusion: low density extra-axial collection along the left frontal convexity, CSF density - hygroma.",
    ),
    (
        "neg_collection_described",
        0,
        "negated",
        "IMPRESSION: subdural empyema along the falx with restricted diffusion.",
    ),
    (
        "neg_collection_described",
        0,
        "negated",
        "Impression: small extra-axial fluid collections, CSF attenuation, benign enlargement of the subarachnoid spaces of infancy.",
    ),
    # ---- long notes with sections ------------------------------------------------------------------------
    (
        "pos_long_note",
        1,
        "affirmed",
        "NEUROSURGERY CONSULT NOTE\nReason for consult: head injury\nHPI: 71-year-old cyclist, helmet on, hit by a car door. GCS 14 on scene, vomited twice. Anticoagulated for a mechanical valve.\nPMH: AVR 2016, hypertension, gout.\nMeds: warfarin, amlodipine, allopurinol.\nExam: GCS 14 (E3V5M6), pupils equal and reactive, no focal deficit.\nImaging: CT head today demonstrates a 7 mm acute left frontotemporal subdural haematoma with 2 mm midline shift and no fracture.\nLabs: INR 3.4.\nPlan: reverse with PCC and vitamin K, repeat CT in 6 hours, neuro obs hourly, no surgery now.",
    ),
    (
        "pos_long_note",
        1,
        "affirmed",
        "DISCHARGE SUMMARY\nDiagnosis: aneurysmal subarachnoid haemorrhage (WFNS 2)\nPresenting complaint: thunderclap headache at the gym.\nInvestigations: CT on arrival showed diffuse basal subarachnoid haemorrhage; CTA a 6 mm anterior communicating artery aneurysm, coiled on day 1.\nCourse: nimodipine for 21 days, no vasospasm, EVD not needed.\nFollow-up: MRA at 6 months.",
    ),
    (
        "pos_long_note",
        1,
        "affirmed",
        "ED NOTE\nS: 80F found on floor, unknown downtime.\nO: GCS 12, bruise over the right temple.\nCT head result: right temporal contusions with haemorrhage and a thin right SDH.\nA: traumatic brain injury with haemorrhagic contusions.\nP: admit under neurosurgery, hold aspirin.",
    ),
    (
        "pos_long_note",
        1,
        "affirmed",
        "ICU progress note, day 2\nNeuro: sedation held, localising.\nImaging: repeat CT this morning - the left basal ganglia ICH has grown from 18 to 25 ml with new IVH.\nCVS: labetalol infusion, SBP 150.\nPlan: neurosurgical review re EVD.",
    ),
    (
        "pos_long_note",
        1,
        "affirmed",
        "Stroke team assessment\nHistory: 64M, left arm weakness 40 minutes.\nBackground: hypertension, previous TIA.\nCT: right putaminal haemorrhage 12 ml, spot sign on CTA.\nDecision: not for thrombolysis; BP lowering to 140 systolic.",
    ),
    (
        "neg_long_note",
        0,
        "negated",
        "NEUROSURGERY CONSULT NOTE\nReason for consult: head injury\nHPI: 71-year-old cyclist, helmet on, hit by a car door. GCS 15, no vomiting. Anticoagulated for a mechanical valve.\nPMH: AVR 2016, hypertension, gout.\nMeds: warfarin, amlodipine, allopurinol.\nExam: GCS 15, pupils equal and reactive, no focal deficit.\nImaging: CT head today shows no intracranial haemorrhage and no fracture.\nLabs: INR 2.8.\nPlan: discharge with head injury advice; no neurosurgical input needed.",
    ),
    (
        "neg_long_note",
        0,
        "historical",
        "DISCHARGE SUMMARY\nDiagnosis: community-acquired pneumonia\nPast history: subarachnoid haemorrhage 2009 (clipped), epilepsy.\nInvestigations: chest x-ray right lower lobe consolidation.\nCourse: amoxicillin, improved.\nFollow-up: GP in 2 weeks.",
    ),
    (
        "neg_long_note",
        0,
        "negated",
        "ED NOTE\nS: 80F found on floor, unknown downtime.\nO: GCS 15, bruise over the right temple.\nCT head result: no bleed, no fracture.\nA: mechanical fall, soft tissue injury.\nP: physio, home with family.",
    ),
    (
        "neg_long_note",
        0,
        "historical",
        "ICU progress note, day 9\nNeuro: awake, obeying.\nBackground this admission: SAH day 9 after coiling, now resolved on CT.\nCVS: off vasopressors.\nPlan: step down to the ward.",
    ),
    (
        "neg_long_note",
        0,
        "negated",
        "Stroke team assessment\nHistory: 64M, left arm weakness 40 minutes.\nBackground: hypertension, previous TIA.\nCT: no haemorrhage, ASPECTS 9; CTA right M2 occlusion.\nDecision: thrombolysis given at 10:42.",
    ),
]


def rows() -> list[dict[str, object]]:
    out = []
    for n, (kind, label, assertion, text) in enumerate(P, 1):
        out.append({"id": f"p11-{n:04d}", "text": text, "label": label, "kind": kind, "assertion": assertion})
    return out


def main() -> None:
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows()), encoding="utf-8")


if __name__ == "__main__":
    main()
