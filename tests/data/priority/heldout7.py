# ruff: noqa: E501  (report texts are kept on one line each)
"""Writes heldout-7.jsonl: the worklist-priority held-out set 7 (issue 20), written by hand by `pblind7`.

Every text was invented for this set in its author's own words, blind: without opening the rule tier, the priority
code, the synthetic generator, the priority tests or the texts of any other labeled set (read for the format only:
make_set.py's docstring, `gold_priority`, `CRITICAL_SIGNS` and `_me`, heldout6.py's docstring and helpers,
README-heldout-6.md, the first line of heldout-6.jsonl and the priority-set tests in tests/test_heldout_set.py).
Measured once, by the lead, after the extractor/policy freeze; never used to change either (if it is, it is
spent: say so in its README).

Styles unlike set 6's: templated / structured reports ("Change from prior: increased", tables of prior vs
current), pager and critical-result messages, tele-radiology preliminaries followed by a final, neurosurgical
ward-round notes, neuro-ICU notes, comparisons against several priors, ALL CAPS, typos, abbreviations.

Labels by hand (attributes); gold priority by make_set.gold_priority. Each row states the priority its author meant
(`want`); the script stops if the table disagrees. Conventions: heldout6.py's, plus these (*):
- * several priors: the change is against the most recent one ("smaller than yesterday, larger than on
  admission" is decreased; "unchanged since 12/06, larger than 12/01" is stable).
- * a preliminary and a final in one text: the final's words govern (a hedge the final confirms is not hedged;
  a compartment the final corrects is the final's).
- * a template field ("Change from prior: increased") counts like a sentence; "Comparison: none" / "no prior
  available" / "first imaging" is no_prior; a pre-treatment scan stated without haemorrhage makes the bleed new.
- * "similar to slightly smaller" is decreased (the direction stated, the figures agree); "more conspicuous" of
  the blood itself is increased, unless the text says it is no larger; "evolving" / "redistribution" with no stated growth is stable; more SAH in
  another cistern is increased, not new; a tract haemorrhage along a new EVD is a new intraparenchymal bleed.
- * a sign stated smaller but still present (shift 7 -> 6 mm) is not `known`: only "unchanged" / "as before" is.
- * a germinal-matrix haemorrhage with blood in the ventricle is intraventricular; an intracranial bleed whose
  compartment the text leaves open ("EDH vs SDH", "SDH vs SAH", "extra-axial, compartment unclear") is `other`.

Run: python tests/data/priority/heldout7.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from priority_writer import *  # noqa: F403  (the label shorthands, R, numbered, write)
from priority_writer import M

OUT = Path(__file__).with_name("heldout-7.jsonl")

# fmt: off
ROWS = [
    # --- templated / structured reports -----------------------------------------------------------------
    R("CT HEAD W/O. Comparison: CT head 12/05/2026 08:12.\nHemorrhage present: YES\nCompartment: subdural (right convexity)\nMax thickness: 9 mm (prior 5 mm)\nChange from prior: increased\nMidline shift: 4 mm\nHerniation: none\nHydrocephalus: none", [SDH], NS, "increased", C, M(shift=4), size=9),
    R("Structured neuro CT report\nFinding 1: Epidural hematoma, left temporal, 2.1 x 0.9 cm\nChange from prior: no prior study available\nMass effect: midline shift 6 mm; left uncal herniation\nCisterns: ambient cistern effaced on the left\nCritical result: YES", [EDH], NS, "no_prior", C, M(shift=6, hern=True, cist=True), size=21),
    R("Template: ICH follow-up\nLocation: right basal ganglia, intraparenchymal\nVolume (ABC/2): 18 mL (prior 17 mL)\nChange from prior: stable\nIVH: none\nMLS: 2 mm\nHydrocephalus: no\nImpression: stable right basal ganglia hemorrhage.", [IPH], NS, "stable", RT, M(shift=2)),
    R("Exam: CT brain, trauma day 5. Findings by category. Contusions: bifrontal, largest left 1.4 cm (previously 2.2 cm). Change from prior: decreased. Mass effect: none. Extra-axial spaces: clear.", [CON], NS, "decreased", RT, size=14),
    R("Exam: MRI brain. Comparison: none.\nHemorrhage: yes - subacute hemorrhagic transformation of the left MCA infarct (T1 hyperintense, confluent, 3.0 cm)\nChange from prior: N/A\nMidline shift: none\nHydrocephalus: none", [HT], "subacute", "no_prior", U, size=30),
    R("Comparison: CT 6 h earlier.\nSubarachnoid hemorrhage: yes, diffuse basal, modified Fisher 4\nIntraventricular: yes, layering in both occipital horns, unchanged\nHydrocephalus: yes, temporal horns 6 mm (prior 3 mm)\nChange from prior: SAH stable; hydrocephalus new", [SAH, IVH], NS, "stable", C, M(hydro=True, ive=True)),
    R("ACUTE STROKE PROTOCOL - post-thrombectomy day 1 CT\nHemorrhagic transformation: yes, HI-2 petechial in the left caudate and putamen\nChange from prior (immediate post-procedure CT): new\nParenchymal hematoma: no\nMass effect: local sulcal effacement only, no shift", [HT], NS, "new", C),
    R("Comparison: MRI 2026-11-02.\nExtra-axial collection: left chronic subdural hematoma, 11 mm\nChange from prior: no significant interval change\nMidline shift: 3 mm, unchanged\nMembranes: present", [SDH], "chronic", "stable", RT, M(shift=3, known=[SHIFT]), size=11),
    R("Hemorrhage: Yes | Type: intraventricular, isolated, fourth ventricle and right lateral ventricle | Hydrocephalus: No | Midline shift: No | Source: not identified, CTA recommended", [IVH], NS, NS, U),
    R("RESULT CATEGORY: ACR Cat 1\nFinding: acute left convexity subdural hematoma, 1.2 cm, with 8 mm rightward midline shift and effacement of the suprasellar cistern.\nComparison: none available.", [SDH], "acute", "no_prior", C, M(shift=8, cist=True), size=12),
    R("Study: CT head. Indication: fall on anticoagulation. COMPARISON: 12/04/2026.\nSUBDURAL: left frontoparietal, 7 mm (was 7 mm)\nSUBARACHNOID: new small focus in the right sylvian fissure\nCHANGE FROM PRIOR: SDH unchanged; SAH new\nMLS: none", [SDH, SAH], NS, "new", C, size=7),
    R("Findings (structured):\n- Intraparenchymal hemorrhage: right occipital lobar, 2.8 x 2.4 cm\n- Prior 2026-12-06: 2.9 x 2.5 cm\n- Change from prior: similar to slightly smaller\n- Edema: mild\n- Midline shift: none\nImpression: lobar hemorrhage similar to slightly smaller; consider amyloid angiopathy.", [IPH], NS, "decreased", RT, size=28),
    R("CHANGE FROM PRIOR: INCREASED\nFINDING: acute-on-chronic right subdural hematoma, now 14 mm (previously 9 mm, chronic component only)\nMIDLINE SHIFT: 7 mm leftward (prior 3 mm)\nSUBFALCINE HERNIATION: yes", [SDH], "mixed", "increased", C, M(shift=7, hern=True), size=14),
    R("Exam: CTA head and neck. Comparison: non-contrast CT from 2 h earlier.\nHemorrhage: left thalamic intraparenchymal hemorrhage, 2.4 cm, with a spot sign.\nChange from prior: minimally larger (2.1 cm on the non-contrast CT)\nIntraventricular extension: yes, into the third ventricle\nHydrocephalus: not present", [IPH, IVH], NS, "increased", C, M(ive=True), size=24),
    R("Reporting template v3\nBleed: subarachnoid, convexity (right central sulcus), small\nAcuity: acute\nChange from prior: no prior\nMass effect: none\nVascular: no aneurysm on CTA", [SAH], "acute", "no_prior", U),
    R("Hemorrhage: POSSIBLE. Type: possible thin left tentorial subdural versus dense tentorium. Change from prior: no prior imaging. Mass effect: none.", [SDH], NS, "no_prior", U, hedged=True),
    R("SCORES - Marshall III, Rotterdam 3.\nContusions: right temporal pole, 1.9 cm, hemorrhagic.\nBasal cisterns: compressed.\nShift: 3 mm.\nChange from prior: not applicable (first scan).", [CON], NS, "no_prior", C, M(shift=3, cist=True), size=19),
    R("Follow-up template - CSDH after burr holes, POD 2\nResidual collection: left, 10 mm, mixed density, with pneumocephalus\nChange from prior (pre-op CT): decreased from 22 mm\nMLS: 2 mm (pre-op 9 mm)\nImpression: expected postoperative appearance.", [SDH], "mixed", "decreased", RT, M(shift=2), size=10),
    R("Change from prior: increased. Intraventricular hemorrhage now casts the right lateral ventricle (previously layering only). Ventricular size: enlarged, hydrocephalus worse. EVD tip in the left frontal horn.", [IVH], NS, "increased", C, M(hydro=True)),
    R("Exam: CT head. Comparison: 12/01/2026.\nEpidural: right parietal, 6 mm, previously 6 mm.\nChange from prior: stable.\nSkull: nondisplaced right parietal fracture.\nMass effect: none.", [EDH], NS, "stable", RT, size=6),
    R("Extra-axial hemorrhage: yes, left frontal, shape indeterminate - epidural versus subdural, 8 mm\nChange from prior: new (CT 12/03 normal)\nMidline shift: 2 mm", [OTH], NS, "new", C, M(shift=2), size=8),
    R("Hemorrhagic transformation: present, PH-1, right MCA territory\nChange from prior: less dense, same extent\nMass effect: effacement of the right lateral ventricle, midline shift 3 mm (unchanged)\nComparison: 24 h CT", [HT], NS, "stable", RT, M(shift=3, known=[SHIFT])),
    R("Findings template:\nIntraparenchymal: none.\nSAH: resolving, trace in the left sylvian fissure only.\nIVH: resolved.\nHydrocephalus: resolved, EVD removed.\nChange from prior: decreased.", [SAH], NS, "decreased", RT),
    R("Structured report. Clinical: thunderclap headache. Comparison: none.\nIntracranial hemorrhage: indeterminate - a small hyperdensity in a left occipital sulcus may represent subarachnoid blood versus a vessel.\nMass effect: none.", [SAH], NS, "no_prior", U, hedged=True),
    R("Quantitative ICH report (automated volumetry, reviewed)\nIPH volume: 34 mL, prior 21 mL (+13 mL)\nPerihematomal edema: 22 mL\nIVH volume: 0 mL\nMidline shift: 4.5 mm", [IPH], NS, "increased", C, M(shift=4.5)),
    R("Change from prior: stable\nSubdural: bilateral chronic, left 8 mm, right 6 mm\nMass effect: no midline shift; mild sulcal effacement on both sides\nNote: no acute component", [SDH], "chronic", "stable", RT, size=8),
    R("Comparison: outside CT 12/06 02:30.\nSubarachnoid: diffuse, thick in the basal cisterns\nChange from prior: increased - more blood in the interhemispheric fissure\nHydrocephalus: early, temporal horns dilating\nAneurysm: 7 mm anterior communicating on CTA", [SAH], NS, "increased", C, M(hydro=True)),
    R("Impression (structured):\n1. Contusion: left frontal, evolving, now 3.1 cm with surrounding edema (was 1.8 cm).\n2. Change from prior: increased (blossoming).\n3. Midline shift: 5 mm.\n4. Cisterns: patent.", [CON], NS, "increased", C, M(shift=5), size=31),
    R("Neonatal cranial ultrasound\nGerminal matrix-intraventricular hemorrhage: right, grade II (blood within the ventricle, no dilatation)\nChange from prior (day 3 scan): no change\nVentricular index: normal for age", [IVH], NS, "stable", RT),
    R("Hemorrhage: yes. Type: intraparenchymal, pontine, 1.6 cm. Change from prior: comparison unavailable (no prior imaging in PACS). Fourth ventricle: compressed. Hydrocephalus: none.", [IPH], NS, "no_prior", U, size=16),
    R("CT HEAD - FOLLOW-UP\nCompartment | Prior (12/05) | Current | Change\nSubdural L | 4 mm | 4 mm | none\nSAH | trace | none | resolved\nMLS | 0 | 0 | -", [SDH], NS, "stable", RT, size=4),
    R("Compartment | Prior | Today\nEpidural R temporal | 9 mm | 16 mm\nMLS | 2 mm | 6 mm\nUncal herniation | no | early", [EDH], NS, "increased", C, M(shift=6, hern=True), size=16),
    R("Hemorrhage location: right cerebellar hemisphere, intraparenchymal, 3.2 cm.\nChange from prior: stable size.\nFourth ventricle: effaced.\nLateral ventricles: enlarging, temporal horns 7 mm (prior 4 mm).\nImpression: stable cerebellar hemorrhage with worsening obstructive hydrocephalus.", [IPH], NS, "stable", C, M(hydro=True), size=32),
    R("Exam: MR brain with SWI. Comparison: CT 12/02.\nHemorrhage: left parietal lobar hematoma, late subacute, 2.6 cm, decreasing in size (3.0 cm on CT).\nSWI: scattered cortical microbleeds.\nMass effect: none.", [IPH], "subacute", "decreased", RT, size=26),
    R("Hemorrhagic transformation grade: HI-1\nTiming: 24 h after IV thrombolysis\nChange from prior: the baseline (pre-tPA) CT showed no hemorrhage\nMass effect: none", [HT], NS, "new", C),
    R("Hemorrhage type: intraventricular (primary), casting the right lateral ventricle\nChange from prior: no prior\nHydrocephalus: yes\nRecommendation: EVD", [IVH], NS, "no_prior", C, M(hydro=True)),
    R("Summary table - Subdural L: 13 mm -> 13 mm; MLS 6 mm -> 6 mm (unchanged); Hydrocephalus: none. Impression: no significant interval change in the left acute subdural hematoma, with unchanged 6 mm shift.", [SDH], "acute", "stable", RT, M(shift=6, known=[SHIFT]), size=13),
    R("Type: other - intracranial hemorrhage along the left tentorial incisura, compartment indeterminate (subdural versus subarachnoid). Change from prior: unchanged. Mass effect: none.", [OTH], NS, "stable", RT),
    R("Type: other - extra-axial hematoma in the posterior fossa, compartment unclear (EDH vs SDH), 1.1 cm.\nChange from prior: increased from 0.6 cm.\nFourth ventricle: compressed.\nHydrocephalus: new, mild.", [OTH], NS, "increased", C, M(hydro=True), size=11),
    R("Intraparenchymal: right frontal resection cavity with blood products, 1.5 cm\nChange from prior (immediate postoperative CT): decreased\nPneumocephalus: resolving\nMidline shift: none", [IPH], NS, "decreased", RT, size=15),
    # --- pager and critical-result messages -------------------------------------------------------------
    R("PAGE 03:14 to Dr. Okafor x4471: CRITICAL RESULT - CT head bed 12: new R SDH 8mm w/ 5mm MLS. Prior CT 12/05 neg. Read back by RN Lee.", [SDH], NS, "new", C, M(shift=5), size=8),
    R("Critical results call: acute L EDH 1.7 cm with uncal herniation, pt to OR. No prior imaging. Called to ED attending 22:40, read back.", [EDH], "acute", "no_prior", C, M(hern=True), size=17),
    R("Pager: pls call back re CT - small L frontal contusion ~6 mm, no shift, no prior for comparison. Non-critical, FYI.", [CON], NS, "no_prior", U, size=6),
    R("TEXT PAGE: CTH stable - R IPH 3.1cm unchanged vs AM scan, no new IVH, MLS 3mm same. -neurorad", [IPH], NS, "stable", RT, M(shift=3, known=[SHIFT]), size=31),
    R("PAGE: repeat head CT shows interval increase of SAH, now filling the suprasellar cistern, + new IVH in the 4th vent. ventricles bigger. calling NSGY", [SAH, IVH], NS, "new", C, M(hydro=True, ive=True)),
    R("Pager msg, not critical: chronic L SDH 9 mm, similar to 11/20, no MLS.", [SDH], "chronic", "stable", RT, size=9),
    R("CRIT RESULT: ? tiny SAH L sylvian vs vessel, no prior, recommend CTA. Discussed w/ Dr Ruiz 04:05.", [SAH], NS, "no_prior", U, hedged=True),
    R("Page from CT: pt in CT3 - HT of the R MCA infarct now PH-2 with 6 mm shift (was petechial on this morning's scan). Stroke team aware.", [HT], NS, "increased", C, M(shift=6)),
    R("CRITICAL VALUE NOTIFICATION\nExam: CT head w/o\nFinding: intraventricular hemorrhage, new since 12/06, with acute hydrocephalus\nCommunicated to: Dr. Baptiste (ICU) at 01:52 by phone\nRead-back: yes", [IVH], NS, "new", C, M(hydro=True)),
    R("page: re bed 7 follow-up CT - bifrontal contusions show redistribution/evolution, no enlargement, cisterns open, MLS 0. routine.", [CON], NS, "stable", RT),
    R("CRITICAL: pt on anticoag - L parafalcine SDH 4 mm, new vs CT 3 days ago. No shift.", [SDH], NS, "new", C, size=4),
    R("Urgent (not critical) call: subacute R convexity SDH 7mm, no comparison available, no mass effect. Pls arrange f/u.", [SDH], "subacute", "no_prior", U, size=7),
    R("PAGE 2nd attempt: CT = acute cerebellar hemorrhage 3.4 cm, 4th ventricle effaced, early hydrocephalus, no priors. Call 5-2210.", [IPH], "acute", "no_prior", C, M(hydro=True), size=34),
    R("crit result pg: EDH L occipital now 1.3cm (8mm at 14:00), extends below the tentorium, no hydro yet", [EDH], NS, "increased", C, size=13),
    R("Pager: POD0 CT after R frontal craniotomy - small blood products in the resection bed, unchanged from the immediate post-op CT, no shift. Routine.", [IPH], NS, "stable", RT),
    R("STAT page: bed 4 repeat CT - L temporal contusion blossomed 1.1 -> 2.6 cm, basal cisterns now effaced, MLS 7mm. NSGY paged.", [CON], NS, "increased", C, M(shift=7, cist=True), size=26),
    R("Critical result communication (ACR category 1): new right parietal intraparenchymal hemorrhage, 2.0 x 1.8 cm, in a patient on apixaban. MRI 3 months ago showed no hemorrhage.", [IPH], NS, "new", C, size=20),
    R("Secure message radiology -> ED: hemorrhagic transformation of the L PCA stroke, small, petechial, no mass effect. Nothing to compare with (first imaging here). Non-urgent callback fine.", [HT], NS, "no_prior", U),
    R("PAGE: bed 14 CT - R caudate ICH unchanged size but new IVH in the third ventricle; ventricles not enlarged.", [IPH, IVH], NS, "new", C, M(ive=True)),
    R("PAGER 0217: pls review CT now - large L MCA infarct, possible petechial haemorrhagic transformation, 8 mm shift, cisterns effaced. Comparison CT yesterday.", [HT], NS, NS, C, M(shift=8, cist=True), hedged=True),
    R("Pager: small extra-axial bleed R frontal, can't tell EDH from SDH, no prior imaging, no shift.", [OTH], NS, "no_prior", U),
    R("RADIOLOGY CRITICAL RESULT: possible acute left convexity SDH, 3 mm, new since the CT of 4 December; no mass effect. Called to Dr. Finch 11:20.", [SDH], "acute", "new", U, size=3, hedged=True),
    # --- tele-radiology preliminary and final -----------------------------------------------------------
    R("PRELIMINARY REPORT (teleradiology, 02:10): acute right SDH, about 6 mm, no significant mass effect. No priors available at time of read.\nFINAL REPORT (08:30, Dr. Haas): agree with the preliminary. Prior CT from 11/29 now available: the subdural is new since then. Thickness 6 mm, no midline shift.", [SDH], "acute", "new", C, size=6),
    R("Prelim read: no acute intracranial abnormality.\nFinal read (major discrepancy): small acute left frontal convexity subarachnoid hemorrhage, missed on the preliminary. No prior exam. Referring physician notified 09:15.", [SAH], "acute", "no_prior", U),
    R("Teleradiology preliminary: large L MCA infarct with hemorrhagic transformation, PH-2, 4.5 cm, midline shift 9 mm. Comparison: CT 18 h ago showed the infarct only.\nFinal: concur; subfalcine herniation also present.", [HT], NS, "new", C, M(shift=9, hern=True), size=45),
    R("PRELIM: stable R thalamic ICH with IVH.\nFINAL (attending): the thalamic hemorrhage is stable at 2.0 cm. However the intraventricular component is larger, now reaching the contralateral occipital horn, and the temporal horns have enlarged since the prior. Hydrocephalus.", [IPH, IVH], NS, "increased", C, M(hydro=True, ive=True), size=20),
    R("Preliminary (outside teleradiology): possible subdural hematoma, left.\nFinal report: confirmed thin left holohemispheric chronic subdural hematoma, 5 mm, unchanged from MRI 2026-10-14. No mass effect.", [SDH], "chronic", "stable", RT, size=5),
    R("PRELIMINARY: acute right frontal contusion 1.2 cm with a small overlying SDH 3 mm. No priors.\nFINAL: agree with the contusion. Correction: the extra-axial collection is epidural (lentiform, beneath the fracture), 3 mm.", [CON, EDH], "acute", "no_prior", U, size=12),
    R("Prelim (tele, 23:50): acute left basal ganglia hemorrhage 2.5 cm with 3 mm shift, no comparison.\nFinal (07:40): agree with the preliminary; no change to the report.", [IPH], "acute", "no_prior", U, M(shift=3), size=25),
    R("Prelim: stable SDH.\nFinal: the left SDH is stable in width (11 mm) but now contains a new acute hyperdense layer: acute-on-chronic hemorrhage. MLS 4 mm, previously 4 mm.", [SDH], "mixed", "new", C, M(shift=4, known=[SHIFT]), size=11),
    R("TELERAD PRELIM 01:30 - ?IVH layering in the occipital horns, cannot exclude. No priors.\nFINAL 08:00 - yes, small IVH layering in both occipital horns, otherwise normal. Ventricles normal in size. No prior for comparison.", [IVH], NS, "no_prior", U),
    R("Prelim: hyperdense R MCA, no hemorrhage.\nFinal (24-hour follow-up CT): petechial hemorrhagic transformation (HI-1) in the right insula, not present on the admission CT.", [HT], NS, "new", C),
    R("Preliminary report (teleradiology): bilateral subdural hygromas versus chronic SDH.\nFinal: bilateral chronic subdural hematomas, 7 mm right and 9 mm left, slightly smaller than on the CT 3 weeks ago (9 and 12 mm). No shift.", [SDH], "chronic", "decreased", RT, size=9),
    R("Prelim (tele): SAH in the basal cisterns, Fisher 4 with IVH, ventricles normal.\nFinal: agree; the outside CT from 4 h earlier (now uploaded) shows the SAH is unchanged and the IVH similar.", [SAH, IVH], NS, "stable", RT, M(ive=True)),
    R("PRELIMINARY (overnight teleradiology): right temporal contusion 1.5 cm.\nFINAL: compared with the CT at 19:00, the right temporal contusion has enlarged to 2.3 cm and a new left frontal contusion is present. Ambient cistern narrowed on the right, MLS 3 mm.", [CON], NS, "new", C, M(shift=3, cist=True), size=23),
    R("Teleradiology preliminary: possible left cerebellar hemorrhage.\nFinal: probable small left cerebellar hemorrhage, 9 mm, versus calcification; MRI advised. No previous imaging.", [IPH], NS, "no_prior", U, size=9, hedged=True),
    R("PRELIM 04:00: small R EDH 5 mm, no shift.\nFINAL 09:10: agree - right temporal EDH 5 mm over a nondisplaced squamous temporal fracture, no mass effect. Repeat CT advised at 6 h.", [EDH], NS, NS, U, size=5),
    R("Preliminary (tele): hemorrhagic transformation, left frontal.\nFinal: hemorrhagic transformation (PH-1) in the left frontal infarct, decreasing compared with the CT of 12/03; no midline shift.", [HT], NS, "decreased", RT),
    # --- neurosurgical ward-round notes -----------------------------------------------------------------
    R("NSGY ward round 07:30 - Mr K, POD3 L craniotomy for ASDH. Neuro: GCS 14, moving all 4. CT this AM: residual 4 mm subdural, smaller than on the post-op CT, MLS resolved. Plan: mobilise, drain out, levetiracetam 7 days.", [SDH], NS, "decreased", RT, size=4),
    R("Neurosurgery WR. 68F, conservatively managed R CSDH. Repeat CT: collection 14 mm vs 12 mm two weeks ago, MLS 6 mm (prev 4). Headache worse. Plan: list for burr holes tomorrow.", [SDH], "chronic", "increased", C, M(shift=6), size=14),
    R("NSx round: bed 22, traumatic SAH + small L frontal contusion. Repeat CT stable, no new bleed. Plan: step down, neuro obs 2-hourly, repeat CT only if GCS drops.", [SAH, CON], NS, "stable", RT),
    R("Ward round (neurosurgical registrar): 34M, R temporal EDH 9 mm managed non-operatively. 6 h CT: EDH 9 mm, unchanged; no shift. Plan: obs, repeat CT if he deteriorates.", [EDH], NS, "stable", RT, size=9),
    R("WR - 80M post burr hole L CSDH, day 1. CT: post-op pneumocephalus, residual collection 12 mm (pre-op 25 mm), with a new small acute hyperdensity within it. MLS 3 mm. Plan: hold enoxaparin, repeat CT 24h.", [SDH], "mixed", "new", C, M(shift=3), size=12),
    R("NSGY round: aneurysmal SAH day 7 (WFNS 2), coiled. CT today: SAH largely washed out, small residual IVH, ventricles stable with EVD clamp trial. Plan: continue nimodipine, daily TCD.", [SAH, IVH], NS, "decreased", RT, M(ive=True)),
    R("Ward round neurosurgery. 51F, spontaneous cerebellar ICH 2.8 cm. Today's CT: haematoma same size, fourth ventricle patent, no hydrocephalus. Plan: no surgery, back to the stroke unit.", [IPH], NS, "stable", RT, size=28),
    R("NSGY WR bed 9 - contusions evolving, R temporal now 2.2 cm (was 1.6), surrounding oedema up, MLS 2 mm, cisterns open. Plan: hypertonic saline, repeat CT 12h.", [CON], NS, "increased", C, M(shift=2), size=22),
    R("Neurosurgery post-take ward round: 45M assault, no prior imaging here. CT: small R frontal EDH 5 mm and a L temporal contusion 1 cm, no shift. Plan: obs, repeat CT at 6h.", [EDH, CON], NS, "no_prior", U, size=10),
    R("Round note (NSx): Mrs P, POD 2 after clipping of a L MCA aneurysm. CT: expected postoperative changes, a small amount of SAH in the L sylvian fissure, less than pre-op. No hydrocephalus. Plan: HDU, nimodipine.", [SAH], NS, "decreased", RT),
    R("WR: IVH from a R caudate ICH; EVD in situ, draining. CT today: IVH clearing, ventricles smaller than on admission. Plan: wean EVD.", [IPH, IVH], NS, "decreased", RT, M(ive=True)),
    R("NSGY round: 72M on warfarin, L acute SDH 8 mm, INR reversed. Repeat CT this am: slightly increased to 10 mm, MLS 4mm. Plan: discuss craniotomy with consultant.", [SDH], "acute", "increased", C, M(shift=4), size=10),
    R("Neurosurgical ward round, bed 3. Haemorrhagic transformation of the R MCA infarct after hemicraniectomy; CT: HT unchanged, flap soft, no new haemorrhage. Plan: rehab referral.", [HT], NS, "stable", RT),
    R("WR 08:00. New referral overnight: ?small SDH L frontal on outside CT, images not yet linked, report says 'possible thin subdural'. Plan: get images, repeat CT.", [SDH], NS, NS, U, hedged=True),
    R("NSGY WR - day 2 after a fall, small R convexity SAH; repeat CT: the blood is more conspicuous, with further blood in the interpeduncular cistern. Plan: CTA today.", [SAH], NS, "increased", C),
    R("Neurosurgery ward round, Sunday. 59M, L frontal glioma resected Friday. CT: resection cavity with a thin rim of blood, postoperative, no mass effect; nothing to compare since the pre-op MRI only. Plan: dex wean, mobilise.", [IPH], NS, NS, U),
    R("NSGY WR. 22M, skull fracture with R parietal EDH. Today's CT: EDH 7 mm, similar to yesterday; mild mass effect on the underlying sulci, no midline shift. Plan: home tomorrow if well, no flying 6 weeks.", [EDH], NS, "stable", RT, size=7),
    R("Ward round - neurosurgery. 77F, L acute SDH managed conservatively on day 4: CT shows the collection evolving to mixed density, 9 mm, thinner than on admission (12 mm). No shift. Plan: restart aspirin in 2 weeks.", [SDH], "mixed", "decreased", RT, size=9),
    R("NSx WR: pt with HT post-thrombectomy; repeat CT: PH-2 hematoma 3.8 cm in L basal ganglia, expanding since yesterday (2.9 cm), MLS 5mm, L lateral ventricle effaced. Plan: NSGY discussion re decompression.", [HT], NS, "increased", C, M(shift=5), size=38),
    R("Neurosurgical round, 06:45. Pt s/p R frontal EVD for IVH; post-placement CT: new 1 cm tract haemorrhage along the catheter, IVH unchanged, ventricles smaller. Plan: keep EVD at 15 cmH2O.", [IPH, IVH], NS, "new", C, size=10),
    # --- neuro-ICU notes -------------------------------------------------------------------------------
    R("Neuro-ICU progress note, HD#3. 58M, L putaminal ICH with IVH. Overnight ICP 12-18. CT 05:00: ICH 3.0 cm (stable), IVH slightly less, ventricles decompressed with EVD, no hydrocephalus; MLS 4 mm, unchanged. A/P: EVD at 10 cmH2O, SBP < 140, glucose control, DVT prophylaxis from tomorrow if the next CT is stable.", [IPH, IVH], NS, "stable", RT, M(shift=4, ive=True, known=[SHIFT]), size=30),
    R("NICU note 02:00: acute change, R pupil 5 mm and sluggish. Stat CT: R SDH increased 12 -> 19 mm, MLS 11 mm, uncal herniation, ambient cistern effaced. NSGY at bedside, to OR.", [SDH], NS, "increased", C, M(shift=11, hern=True, cist=True), size=19),
    R("Neuro ICU daily note. Day 5 aSAH (Hunt-Hess 3, AComm coiled). Head CT today: no new hemorrhage, SAH washing out as expected, ventricles stable in size with the EVD open. Plan: TCDs, euvolemia, watch for DCI.", [SAH], NS, "decreased", RT),
    R("NeuroICU: 67F, pontine hemorrhage 1.8 cm, intubated. CT: hemorrhage unchanged; fourth ventricle partly effaced; no hydrocephalus. Goals of care meeting with family today.", [IPH], NS, "stable", RT, size=18),
    R("Neuro-ICU admission note. Transfer from an outside hospital; outside CT not available to us. Our CT: acute L temporal EDH 2.3 cm thick, L uncal herniation, R ambient cistern effaced, MLS 8mm. Taken straight to theatre.", [EDH], "acute", "no_prior", C, M(shift=8, hern=True, cist=True), size=23),
    R("NICU progress: post-tPA stroke, 24h CT: a few HI-1 petechiae in the L insula. Comparison: pre-tPA CT (no hemorrhage). Hold antiplatelets another 24h.", [HT], NS, "new", C),
    R("NICU note, TBI day 3. CT: R frontal contusion 2.4 cm - smaller than yesterday (2.9 cm), larger than on admission (1.5 cm). Cisterns patent, MLS 3mm. ICP < 20 overnight.", [CON], NS, "decreased", RT, M(shift=3), size=24),
    R("NICU note, 39M, MVC, GCS 7. MRI today (first imaging here, no prior): numerous small hemorrhagic foci on SWI in the splenium and at both gray-white junctions, in keeping with diffuse axonal injury. No mass effect.", [IPH], NS, "no_prior", U),
    R("Neuro-ICU, HD#2: repeat CT for GCS drop. L SDH 10 mm (yesterday 10 mm), but now 6 mm rightward MLS (previously 2 mm) and effacement of the L lateral ventricle.", [SDH], NS, "stable", C, M(shift=6), size=10),
    R("NeuroICU: cerebellar ICH s/p suboccipital decompression, POD1. CT: postoperative changes, small residual hematoma 1.2 cm (pre-op 3.5 cm), fourth ventricle reopened, hydrocephalus resolved, EVD removed.", [IPH], NS, "decreased", RT, size=12),
    R("NICU: IVH, intraventricular alteplase via EVD, day 3. CT: IVH clot volume decreasing, third ventricle now open, ventricular size decreased.", [IVH], NS, "decreased", RT),
    R("Neuro-ICU night note: pt with known L frontal contusions, ICP up to 28. CT: contusions 2.5 cm and 1.1 cm, similar to 18:00; new effacement of the basal cisterns; no shift. Osmotherapy given.", [CON], NS, "stable", C, M(cist=True), size=25),
    R("NICU progress note HD 6, aSAH. CT: hydrocephalus unchanged with EVD in place; SAH less dense; no new hemorrhage. Plan: EVD challenge tomorrow.", [SAH], NS, "decreased", RT, M(hydro=True, known=["hydrocephalus"])),
    R("Neuro ICU: 81M on apixaban, acute R SDH 15 mm, MLS 9 mm, found down, no previous scans on record. DNACPR per family; comfort focus discussed.", [SDH], "acute", "no_prior", C, M(shift=9), size=15),
    R("Neuro-ICU day 4: L hemispheric SDH after decompressive craniectomy, stable; transcalvarial herniation through the defect unchanged. Plan: continue.", [SDH], NS, "stable", RT, M(hern=True, known=["herniation"])),
    R("NICU note - GCS 9 -> 6. Repeat CT: R BG haemorrhage 4.1 cm (3.0 cm at 10:00), new IVH in both lateral ventricles, early hydrocephalus, MLS 7mm.", [IPH, IVH], NS, "new", C, M(shift=7, hydro=True, ive=True), size=41),
    R("Neuro-ICU progress: subacute L SDH 11 mm, no MLS, no comparison CT in our system (transferred without images). Neuro exam stable. Plan: CT in 48 h.", [SDH], "subacute", "no_prior", U, size=11),
    R("NICU: HT day 3 after R MCA stroke: hemorrhage within infarct (PH-1) 2.0 cm, unchanged; edema peaked, MLS 4 mm unchanged; ambient cistern narrowed but patent.", [HT], NS, "stable", RT, M(shift=4, known=[SHIFT]), size=20),
    R("Neuro ICU, 19F, AVM rupture: R parietal ICH 3.3 cm with IVH, first imaging at our centre, prior outside imaging not sent. MLS 5 mm. No hydrocephalus.", [IPH, IVH], NS, "no_prior", C, M(shift=5, ive=True), size=33),
    R("NeuroICU progress: aSAH day 9, vasospasm on CTA; no new hemorrhage; the SAH itself is similar to 48 h ago. Ventricles normal.", [SAH], NS, "stable", RT),
    # --- several priors ---------------------------------------------------------------------------------
    R("CT head. Comparisons: 12/04 (admission) and 12/06. The L frontal IPH measures 3.4 cm: larger than on admission (2.0 cm), similar to 12/06 (3.3 cm). No IVH. MLS 4 mm, unchanged from 12/06.", [IPH], NS, "stable", RT, M(shift=4, known=[SHIFT]), size=34),
    R("Compared with CTs of 12/01, 12/03 and 12/05: the R subdural measured 5, 7 and 7 mm; today 10 mm. MLS now 5 mm (none before).", [SDH], NS, "increased", C, M(shift=5), size=10),
    R("Several priors reviewed (day 0, day 1, day 3). The contusions peaked on day 1; today they are smaller than on day 3 though still larger than on day 0; right frontal 2.0 cm. Cisterns patent.", [CON], NS, "decreased", RT, size=20),
    R("Compared to yesterday the convexity SAH is less; compared with the outside scan of 12/02 it is similar. No hydrocephalus.", [SAH], NS, "decreased", RT),
    R("COMPARISON: MRI 10/2026, CT 11/30, CT 12/06. CHRONIC R SDH: 8 MM (10/2026: 12 MM; 11/30: 9 MM; 12/06: 8 MM). NO SHIFT. IMPRESSION: SLOW RESORPTION OVERALL, STABLE SINCE 12/06.", [SDH], "chronic", "stable", RT, size=8),
    R("vs the 08:00 CT: EDH unchanged at 11 mm; vs the 02:00 CT: larger (7 mm then). MLS 3 mm.", [EDH], NS, "stable", RT, M(shift=3), size=11),
    R("Hemorrhagic transformation of the L MCA infarct: PH-1 on day 1, PH-2 on day 2, today slightly smaller than day 2 but larger than day 1. Edema past its peak; MLS 6 mm, previously 7 mm.", [HT], NS, "decreased", C, M(shift=6)),
    R("Three priors: 12/02 no hemorrhage; 12/04 small L occipital IPH 1.0 cm; 12/05 1.1 cm. Today 1.1 cm. No mass effect.", [IPH], NS, "stable", RT, size=11),
    R("Comparison with the CTs of this morning and of last night: the intraventricular blood is unchanged from this morning but more than last night; the ventricles are now enlarging (temporal horns 5 mm, previously 2 mm).", [IVH], NS, "stable", C, M(hydro=True)),
    R("Interval comparison with three prior studies (12/01, 12/03, 12/05): the extra-axial collection along the right convexity, epidural versus subdural, has decreased on each, today 4 mm. No mass effect.", [OTH], NS, "decreased", RT, size=4),
    R("Compared with the CT 6 hours ago and the admission CT: the right frontal contusion is bigger than on both (1.2 cm on admission, 1.6 cm at 6 h, 2.4 cm today); perilesional edema increased; MLS 3 mm.", [CON], NS, "increased", C, M(shift=3), size=24),
    R("Against yesterday's scan: SDH unchanged (6 mm). Against the scan of 3 days ago: SDH smaller (9 mm). No midline shift.", [SDH], NS, "stable", RT, size=6),
    # --- ALL CAPS ---------------------------------------------------------------------------------------
    R("CT HEAD WITHOUT CONTRAST. COMPARISON: NONE. FINDINGS: ACUTE RIGHT CONVEXITY SUBDURAL HEMATOMA MEASURING 1.1 CM WITH 9 MM LEFTWARD MIDLINE SHIFT AND RIGHT UNCAL HERNIATION. IMPRESSION: CRITICAL FINDING DISCUSSED WITH DR. AMADI AT 0312.", [SDH], "acute", "no_prior", C, M(shift=9, hern=True), size=11),
    R("IMPRESSION: 1. NO SIGNIFICANT INTERVAL CHANGE IN THE SMALL LEFT PARIETAL SUBARACHNOID HEMORRHAGE. 2. NO NEW HEMORRHAGE. 3. NO HYDROCEPHALUS.", [SAH], NS, "stable", RT),
    R("FINDINGS: INTERVAL DEVELOPMENT OF INTRAVENTRICULAR HEMORRHAGE IN THE OCCIPITAL HORNS. THE LEFT THALAMIC HEMATOMA IS UNCHANGED AT 1.8 CM. NO HYDROCEPHALUS.", [IPH, IVH], NS, "new", C, M(ive=True), size=18),
    R("EPIDURAL HEMATOMA, RIGHT FRONTAL, DECREASING IN SIZE, NOW 4 MM (PREVIOUSLY 7 MM). NO MASS EFFECT.", [EDH], NS, "decreased", RT, size=4),
    R("CONTUSIONS: BIFRONTAL, INCREASED IN SIZE AND NUMBER SINCE THE PRIOR. NEW SMALL RIGHT TENTORIAL SUBDURAL. BASAL CISTERNS PATENT.", [CON, SDH], NS, "new", C),
    R("MODERATE ACUTE SUBARACHNOID HEMORRHAGE IN THE INTERPEDUNCULAR AND AMBIENT CISTERNS, NOT SEEN ON THE CT OF 12/05. TEMPORAL HORNS DILATED, IN KEEPING WITH HYDROCEPHALUS.", [SAH], "acute", "new", C, M(hydro=True)),
    R("CHRONIC BILATERAL SUBDURAL HEMATOMAS, UNCHANGED. NO ACUTE BLOOD. NO SHIFT.", [SDH], "chronic", "stable", RT),
    R("LARGE LEFT TEMPOROPARIETAL EPIDURAL HEMATOMA, 3.0 CM, WITH 12 MM MIDLINE SHIFT, SUBFALCINE AND LEFT UNCAL HERNIATION.", [EDH], NS, NS, C, M(shift=12, hern=True), size=30),
    R("HEMORRHAGIC TRANSFORMATION OF THE RIGHT MCA INFARCT (HI-2). NO MIDLINE SHIFT. NO PRIOR IMAGING FOR COMPARISON.", [HT], NS, "no_prior", U),
    R("SMALL LEFT FRONTAL CONTUSION, 7 MM. NO MASS EFFECT.", [CON], NS, NS, U, size=7),
    R("PERSISTENT BUT UNCHANGED MILD VENTRICULOMEGALY. THE SMALL INTRAVENTRICULAR HEMORRHAGE IS DECREASING, NOW TRACE IN THE RIGHT OCCIPITAL HORN.", [IVH], NS, "decreased", RT, M(hydro=True, known=["hydrocephalus"])),
    R("ADDENDUM: ON REVIEW, THE SUBDURAL HEMATOMA IS SLIGHTLY INCREASED (7 MM, PREVIOUSLY 5 MM). NO OTHER CHANGE TO THE REPORT. FINDINGS PHONED TO DR. LI.", [SDH], NS, "increased", C, size=7),
    # --- typos and dictation slips ----------------------------------------------------------------------
    R("CT hed: left subdurl hematoma 7mm, increesed from 4mm, no midlne shift.", [SDH], NS, "increased", C, size=7),
    R("Redemonstrated rigth temporal contusoin, slighlty smaller, 1.3 cm. no mass efect.", [CON], NS, "decreased", RT, size=13),
    R("Acute intraparenchymal hemorhage in the left basal ganglai, 2.7 cm, with intraventricualr extension. No priors.", [IPH, IVH], "acute", "no_prior", U, M(ive=True), size=27),
    R("Subarachnoid heamorrhage in the rt sylvian fisure, stabel compared with yestreday.", [SAH], NS, "stable", RT),
    R("Hemorrahgic transformaton of left MCA infarct, increassed, now with 6mm mls.", [HT], NS, "increased", C, M(shift=6)),
    R("epidrual hematoma L parietal 1.2cm no prior studys avialable", [EDH], NS, "no_prior", U, size=12),
    R("Intraventicular hemmorhage casting the 3rd and 4th ventriles with hydrocephalis.", [IVH], NS, NS, C, M(hydro=True)),
    R("Cronic subdral hematoma on the rihgt, 1.5 cm, no chnage since last month. MLS 4 mm.", [SDH], "chronic", "stable", RT, M(shift=4), size=15),
    R("Hemoragic contsuion L frontl lobe 2.1cm new compard to CT 12/05, small effacment of the adjacent sulci.", [CON], NS, "new", C, size=21),
    R("extra axial hemorrhage L convexity, epidural vs subdral, 6mm, no shfit.", [OTH], NS, NS, U, size=6),
    # --- British spelling -------------------------------------------------------------------------------
    R("CT head: acute extradural haematoma, right temporal, 14 mm maximal depth, with effacement of the right lateral ventricle and 4 mm midline shift. No previous imaging. Discussed with the on-call neurosurgical registrar.", [EDH], "acute", "no_prior", U, M(shift=4), size=14),
    R("Right-sided chronic subdural haematoma, 17 mm, effacing the sulci and the right lateral ventricle; the 6 mm midline shift is as before. Appearances unchanged from the CT of 1 December.", [SDH], "chronic", "stable", RT, M(shift=6, known=[SHIFT]), size=17),
    R("Interval haemorrhagic change within the left occipital infarct, now a confluent haematoma (PH-1) where there were petechiae on the previous study. No significant mass effect.", [HT], NS, "increased", C),
    R("Small-volume subarachnoid haemorrhage over the left convexity, likely traumatic. No comparison imaging. Ventricular calibre normal.", [SAH], NS, "no_prior", U),
    R("Intraventricular haemorrhage layering in the occipital horns; the ventricles are dilated out of keeping with the sulci: hydrocephalus. No previous imaging available.", [IVH], NS, "no_prior", C, M(hydro=True)),
    R("Resolving left parietal haematoma, now of mixed density, 2.0 cm (2.9 cm on the CT of 28 November). Nil mass effect.", [IPH], "mixed", "decreased", RT, size=20),
    R("Follow-up CT: the right cerebellar haematoma is unchanged (3.0 cm); the hydrocephalus is unchanged with the external ventricular drain in place.", [IPH], NS, "stable", RT, M(hydro=True, known=["hydrocephalus"]), size=30),
    R("The bifrontal haemorrhagic contusions are similar in size, the largest 2.5 cm on the left; effacement of the perimesencephalic cisterns is unchanged from yesterday.", [CON], NS, "stable", RT, M(cist=True, known=["cistern_effacement"]), size=25),
    R("Acute subdural haematoma along the left tentorium and falx, 4 mm, not present on the CT performed on arrival. Grey-white differentiation preserved.", [SDH], "acute", "new", C, size=4),
    R("Extradural haematoma in the left posterior fossa, 12 mm, compressing the fourth ventricle; the temporal horns are dilated. No earlier imaging.", [EDH], NS, "no_prior", C, M(hydro=True), size=12),
    R("Subarachnoid haemorrhage in the basal cisterns with effacement of the perimesencephalic cisterns and early hydrocephalus. Aneurysm not identified on this non-contrast study.", [SAH], NS, NS, C, M(cist=True, hydro=True)),
    R("Left thalamic haemorrhage, 1.4 cm, with a little intraventricular extension into the third ventricle. Ventricles normal in calibre.", [IPH, IVH], NS, NS, U, M(ive=True), size=14),
    R("Haemorrhagic transformation in the right MCA infarct (PH-2), 3.2 cm, with 7 mm midline shift to the left.", [HT], NS, NS, C, M(shift=7), size=32),
    # --- abbreviations ----------------------------------------------------------------------------------
    R("NCCT: L SDH 6mm, up from 3mm, MLS 0, no IVH, no hydro. Cf CT 12/06.", [SDH], NS, "increased", C, size=6),
    R("aSAH f/u: SAH less, IVH less, no hydro, EVD in situ. Cf yest.", [SAH, IVH], NS, "decreased", RT, M(ive=True)),
    R("ICH R BG 24cc, IVE +, MLS 3, hydro neg. No prev.", [IPH, IVH], NS, "no_prior", U, M(shift=3, ive=True)),
    R("tSAH + R temporal cx + L frontal SDH 3mm; cf 0600 CT: all stable; MLS nil.", [SAH, CON, SDH], NS, "stable", RT, size=3),
    R("HT L MCA: PH2 ~4cm, MLS 7, subfalc herniation; cf post-EVT CT: HI-1 only", [HT], NS, "increased", C, M(shift=7, hern=True), size=40),
    R("EDH R temp 1.1cm, MLS 2mm, cisterns OK, no prev imgs.", [EDH], NS, "no_prior", U, M(shift=2), size=11),
    R("IPH L occ 1.9cm, no IVE, no MLS. Cf MRI 11/2026: new.", [IPH], NS, "new", C, size=19),
    R("b/l CSDH L 14 R 9, MLS 2 L->R, cf 3/12: same.", [SDH], "chronic", "stable", RT, M(shift=2), size=14),
    R("IVH 4th vent + aqueduct, hydro +, s/p EVD. cf pre-EVD CT: IVH same, hydro better but still there.", [IVH], NS, "stable", C, M(hydro=True)),
    R("cx L temp 2cm + thin SDH, no MLS, cf CT @ 10h: cx unchg, SDH new.", [CON, SDH], NS, "new", C, size=20),
    # --- tricky wording ---------------------------------------------------------------------------------
    R("Slightly increased thickness of the left subdural haematoma, 6 mm versus 5 mm on the prior. No shift.", [SDH], NS, "increased", C, size=6),
    R("Unchanged size of the right frontal intraparenchymal haematoma (2.2 cm) but new intraventricular haemorrhage in the right lateral ventricle.", [IPH, IVH], NS, "new", C, M(ive=True), size=22),
    R("Evolving left temporal contusion with expected surrounding oedema; its haemorrhagic component is unchanged at 1.5 cm. No midline shift.", [CON], NS, "stable", RT, size=15),
    R("Redistribution of the subarachnoid blood into the posterior sulci and along the tentorium; overall amount not increased. No hydrocephalus.", [SAH], NS, "stable", RT),
    R("Postoperative: right frontal craniotomy for EDH evacuation. Small residual extradural blood 3 mm, less than pre-op. No shift. Pneumocephalus.", [EDH], NS, "decreased", RT, size=3),
    R("No significant interval change in the hemorrhagic transformation of the right MCA territory infarct.", [HT], NS, "stable", RT),
    R("The left occipital subarachnoid blood is more conspicuous than on yesterday's CT. No hydrocephalus.", [SAH], NS, "increased", C),
    R("Intraparenchymal hematoma minimally larger, 3.1 cm from 2.9 cm. No intraventricular extension.", [IPH], NS, "increased", C, size=31),
    R("Left convexity subdural hematoma similar to slightly smaller, 8 mm (9 mm). No shift.", [SDH], NS, "decreased", RT, size=8),
    R("The haematoma is evolving: same dimensions (2.6 cm), now isodense centrally with a hypodense rim. No IVH.", [IPH], NS, "stable", RT, size=26),
    R("Contusions are more conspicuous today, as expected on day 2, and larger: left frontal 1.9 cm (1.2 cm).", [CON], NS, "increased", C, size=19),
    R("Postoperative CT after left craniotomy and evacuation of an acute SDH: residual subdural 5 mm; new left frontal intraparenchymal haematoma 2 cm beneath the flap, not present pre-op.", [SDH, IPH], "acute", "new", C, size=20),
    R("Hemorrhagic transformation of the left MCA infarct is evolving, with the hematoma now larger (2.8 cm vs 2.0 cm) and new effacement of the left ambient cistern.", [HT], NS, "increased", C, M(cist=True), size=28),
    R("Stable appearance of the intraventricular blood; no significant interval change. Ventricles not enlarged.", [IVH], NS, "stable", RT),
    R("Interval redistribution of intraventricular blood to the occipital horns, without increase in quantity; ventricular size unchanged and normal.", [IVH], NS, "stable", RT),
    R("Bilateral subdural hematomas: the left is slightly increased (11 mm from 9 mm), the right is smaller (4 mm from 6 mm). No midline shift.", [SDH], NS, "increased", C, size=11),
    R("Small right frontal SAH, now more conspicuous, but no larger in extent; likely due to better technique. No hydrocephalus.", [SAH], NS, "stable", RT),
    # --- hedged bleeds ----------------------------------------------------------------------------------
    R("Possible new thin left frontal epidural haematoma under the fracture, not seen on the first CT; it may be a venous sinus. No mass effect.", [EDH], NS, "new", U, hedged=True),
    R("Cannot exclude a small amount of intraventricular blood in the occipital horns, unchanged from the 06:00 study.", [IVH], NS, "stable", U, hedged=True),
    R("Cannot exclude a thin left tentorial subdural; unchanged from yesterday. No hydrocephalus.", [SDH], NS, "stable", U, hedged=True),
    R("Equivocal subarachnoid blood in a right frontal sulcus versus artefact, no change from the prior.", [SAH], NS, "stable", U, hedged=True),
    R("Suspected intraventricular hemorrhage: a dependent hyperdensity in the left occipital horn may represent blood; ventricles enlarged, hydrocephalus.", [IVH], NS, NS, C, M(hydro=True), hedged=True),
    R("Possible posterior fossa epidural haematoma versus transverse sinus; the fourth ventricle is compressed and the lateral ventricles are dilated.", [EDH], NS, NS, C, M(hydro=True), hedged=True),
    R("Probable contusion at the right temporal pole, 8 mm. No prior imaging.", [CON], NS, "no_prior", U, size=8, hedged=True),
    R("Likely small intraparenchymal haemorrhage, left frontal, new compared with the MRI of 20 November (versus calcification; follow-up advised).", [IPH], NS, "new", U, hedged=True),
    R("Possible haemorrhagic transformation of the left PCA infarct, more extensive than on the prior.", [HT], NS, "increased", U, hedged=True),
    R("Probable small hemorrhagic transformation in the right caudate head versus contrast staining after thrombectomy; not present before the procedure.", [HT], NS, "new", U, hedged=True),
    R("Possible small extra-axial haemorrhage (epidural or subdural) along the right middle cranial fossa; no previous imaging.", [OTH], NS, "no_prior", U, hedged=True),
    R("Questionable thin subdural along the left tentorium, perhaps a little more prominent than before.", [SDH], NS, "increased", U, hedged=True),
    R("?haemorrhagic transformation L MCA infarct - subtle hyperdensity in the basal ganglia, may be contrast staining. No prior post-procedure scan.", [HT], NS, "no_prior", U, hedged=True),
    R("Suspicion of a small epidural haematoma at the vertex, incompletely assessed on axial images; coronal reformats advised. No comparison.", [EDH], NS, "no_prior", U, hedged=True),
    R("May represent a small intraparenchymal haemorrhage in the right pons versus beam-hardening artefact; unchanged from the earlier CT.", [IPH], NS, "stable", U, hedged=True),
    R("Likely subacute subdural haematoma on the right, 6 mm, isodense; no comparison images.", [SDH], "subacute", "no_prior", U, size=6, hedged=True),
    R("Possible tiny contusion in the right orbitofrontal gyrus; otherwise normal. No previous CT.", [CON], NS, "no_prior", U, hedged=True),
    R("Probable isodense subdural haematoma on the left, 10 mm, with 6 mm midline shift; MRI advised.", [SDH], NS, NS, C, M(shift=6), size=10, hedged=True),
    # --- more reports, bleeds without a stated change ---------------------------------------------------
    R("Repeat CT 4 h after admission: new left parietal epidural haematoma, 9 mm, beneath the fracture, absent on the admission CT. MLS 3 mm.", [EDH], NS, "new", C, M(shift=3), size=9),
    R("Acute right frontal epidural hematoma, 1.0 cm, lentiform, beneath a depressed fracture. No midline shift.", [EDH], "acute", NS, U, size=10),
    R("Thin acute left frontoparietal subdural haematoma, 4 mm. No mass effect.", [SDH], "acute", NS, U, size=4),
    R("Subacute right subdural hematoma, isodense to cortex, 9 mm, effacing the sulci, midline shift 3 mm.", [SDH], "subacute", NS, U, M(shift=3), size=9),
    R("Chronic left convexity subdural haematoma, 12 mm, hypodense, with mild mass effect on the left lateral ventricle; no midline shift.", [SDH], "chronic", NS, RT, size=12),
    R("Mixed-density right subdural haematoma, 2.2 cm, with 12 mm leftward shift and a trapped left temporal horn.", [SDH], "mixed", NS, C, M(shift=12, hydro=True), size=22),
    R("Acute interhemispheric subdural along the falx, 5 mm, with mild midline shift.", [SDH], "acute", NS, U, M(shift=YES, mild=True), size=5),
    R("Acute perimesencephalic subarachnoid haemorrhage anterior to the pons; CTA shows no aneurysm.", [SAH], "acute", NS, U),
    R("Left frontal lobar haemorrhage, 2.0 cm, with a fluid-fluid level; consider coagulopathy.", [IPH], NS, NS, U, size=20),
    R("Haemorrhagic contusions at both temporal poles, the larger 1.8 cm on the right, with effaced ambient cisterns.", [CON], NS, NS, C, M(cist=True), size=18),
    R("Hemorrhagic transformation (HI-2) in the left MCA infarct; no midline shift.", [HT], NS, NS, U),
    R("Extra-axial blood in the posterior fossa, compartment unclear, compressing the fourth ventricle, with dilated lateral ventricles.", [OTH], NS, NS, C, M(hydro=True)),
    R("Intracranial haemorrhage along the falx and tentorium, subdural versus subarachnoid, in a toddler after a fall. Ventricles normal.", [OTH], NS, NS, U),
    R("ED physician note 23:10. 71M, sudden right hemiparesis and aphasia at 21:30 while watching television, BP 212/118 on arrival, on no anticoagulants. NIHSS 14. CT head (read by radiology): acute left putaminal intracerebral haemorrhage, 3.1 x 2.2 cm, estimated 14 mL, no intraventricular extension, no midline shift. Plan: IV labetalol to SBP 140, stroke unit, repeat CT at 6 h, neurosurgery aware.", [IPH], "acute", NS, U, size=31),
    R("Neuro-ICU admission, 49F, worst headache of her life at the gym, brief loss of consciousness, GCS 14 on arrival, Hunt-Hess 2. CT: diffuse acute subarachnoid haemorrhage in the basal cisterns and both sylvian fissures, thick, modified Fisher 3, no intraventricular blood, ventricles normal. CTA: 6 mm left PComm aneurysm. Plan: coiling in the morning, nimodipine, SBP < 160, no EVD needed at present.", [SAH], "acute", NS, U),
    R("Neurosurgery ward round, 84F admitted after several falls with increasing confusion, on clopidogrel. CT on admission: left chronic subdural haematoma 14 mm, hypodense, with mild sulcal effacement and 3 mm midline shift. GCS 15, no focal deficit. Plan: stop clopidogrel, no surgery for now, clinic review with a CT in six weeks; discussed with her daughter, who agrees.", [SDH], "chronic", NS, RT, M(shift=3), size=14),
    R("PRELIMINARY REPORT (teleradiology, 03:40, for emergency care; the final report follows): small acute subdural haematoma along the right tentorium, no mass effect.\nFINAL REPORT (09:05): agree with the preliminary. Additional finding: a small right frontal contusion, 8 mm. No comparison study available. No mass effect, basal cisterns patent, ventricles normal in size, no fracture on bone windows.", [SDH, CON], "acute", "no_prior", U, size=8),
    R("Critical result log entry. Date 2026-12-07 05:58. Exam: CT head without contrast, accession 88213. Finding communicated: acute right subdural haematoma 11 mm with 7 mm leftward midline shift and effacement of the right ambient cistern; compared with the CT of 2026-12-06 at 22:00 the haematoma has increased from 6 mm. Recipient: Dr. Novak, neurosurgery, by telephone, read-back verified. Communicated by the on-call radiologist.", [SDH], "acute", "increased", C, M(shift=7, cist=True), size=11),
    R("Page: ICH L cerebellum 1.5 cm, no hydro, 4th vent patent, no old films.", [IPH], NS, "no_prior", U, size=15),
    R("Hemorrhage: present\nLocation: right occipital, intraparenchymal, 1.7 cm\nAcuity: hyperacute (swirl sign)\nIVH: none\nMidline shift: none", [IPH], "acute", NS, U, size=17),
    R("Intraventricular hemorrhage, small, layering in the right occipital horn; no hydrocephalus.", [IVH], NS, NS, U),
    R("SUBACUTE LEFT CEREBELLAR HEMATOMA, 2.0 CM, WITH MILD LOCAL MASS EFFECT ON THE FOURTH VENTRICLE. NO HYDROCEPHALUS.", [IPH], "subacute", NS, U, size=20),
    R("Stroke MRI, first study of this patient: acute left MCA infarct with petechial haemorrhagic transformation on SWI.", [HT], NS, "no_prior", U),
    R("Hemorrhagic transformation, HI-1, left frontal, within an infarct about 48 h old. No mass effect.", [HT], NS, NS, U),
    R("Coup-contrecoup contusions: left occipital 9 mm and right frontal 1.3 cm, with a little right frontal traumatic SAH.", [CON, SAH], NS, NS, U, size=13),
    R("Acute left frontal epidural haematoma, 1.3 cm, with mild midline shift.", [EDH], "acute", NS, U, M(shift=YES, mild=True), size=13),
    R("Acute left SDH with midline shift; basal cisterns patent. Neurosurgery informed.", [SDH], "acute", NS, C, M(shift=YES)),
    R("Right temporal lobar hemorrhage 4.0 cm with 5 mm midline shift.", [IPH], NS, NS, C, M(shift=5), size=40),
    R("Pager 06:12: CT shows small R parietal SAH after a fall, no prev imaging. Not a critical result per policy, FYI to ED.", [SAH], NS, "no_prior", U),
    R("PRELIM: subacute SDH left 8 mm.\nFINAL: agree - subacute left convexity subdural, 8 mm, slight mass effect on the sulci, no shift. No comparison on file.", [SDH], "subacute", "no_prior", U, size=8),
    R("NSGY WR: 30M post-ictal fall, small L temporal contusion 9 mm on the arrival CT, no shift. Plan: levetiracetam, obs, home if the repeat CT is ok.", [CON], NS, NS, U, size=9),
    R("Neuro ICU note: 62M on warfarin, INR 3.4, reversed with PCC. CT: acute R frontal IPH 3.2 cm with surrounding oedema, 4 mm shift. Repeat CT at 6h.", [IPH], "acute", NS, U, M(shift=4), size=32),
    R("Mixed-density left subdural collection in keeping with an acute-on-chronic haematoma, 10 mm, 3 mm midline shift.", [SDH], "mixed", NS, U, M(shift=3), size=10),
    R("Punctate haemorrhagic foci in the corpus callosum and left frontal white matter, in keeping with diffuse axonal injury. No extra-axial collection.", [IPH], NS, NS, U),
    R("Primary intraventricular haemorrhage in the fourth ventricle, no hydrocephalus; a vascular malformation should be excluded.", [IVH], NS, NS, U),
    R("Small convexity subarachnoid haemorrhage in the right central sulcus of an elderly patient, suggesting amyloid angiopathy; no prior imaging.", [SAH], NS, "no_prior", U),
    R("Chronic right subdural, 6 mm, no mass effect.", [SDH], "chronic", NS, RT, size=6),
    R("Haemorrhagic transformation resorbing, now faint, on the 10-day CT compared with day 2.", [HT], NS, "decreased", RT),
    # --- more critical ----------------------------------------------------------------------------------
    R("NEW LEFT FRONTAL INTRAPARENCHYMAL HEMORRHAGE, 1.2 CM, COMPARED WITH THE NORMAL CT OF YESTERDAY.", [IPH], NS, "new", C, size=12),
    R("Intraventricular blood increased since the 04:00 CT, now filling the third ventricle; the ventricles are larger.", [IVH], NS, "increased", C, M(hydro=True)),
    R("Acute SAH, modified Fisher 4, with blood in both lateral ventricles and acute hydrocephalus. No prior imaging.", [SAH, IVH], "acute", "no_prior", C, M(hydro=True, ive=True)),
    R("Multiple haemorrhagic contusions, bifrontal and left temporal, the largest 3.2 cm, with effaced basal cisterns and 7 mm midline shift. No prior imaging.", [CON], NS, "no_prior", C, M(shift=7, cist=True), size=32),
    R("MRI, first study: hemorrhagic transformation PH-2 of the right MCA infarct, 5 cm, with subfalcine herniation.", [HT], NS, "no_prior", C, M(hern=True), size=50),
    R("PRELIMINARY (tele): SDH L 7 mm, no shift.\nFINAL: left SDH 7 mm, no shift; compared with the CT earlier today (4 mm) it is larger.", [SDH], NS, "increased", C, size=7),
    R("Acute right SDH 7 mm with 5 mm midline shift.", [SDH], "acute", NS, C, M(shift=5), size=7),
    R("The cerebellar haemorrhage is smaller (2.1 cm from 2.6 cm) but the lateral ventricles have enlarged since then.", [IPH], NS, "decreased", C, M(hydro=True), size=21),
    R("Chronic left SDH, unchanged at 16 mm, but now with subfalcine herniation that was not seen previously.", [SDH], "chronic", "stable", C, M(hern=True), size=16),
    R("NSGY WR - R temporal EDH 1.4cm, was 0.9cm yesterday evening; GCS 15 still. Plan: to theatre this morning.", [EDH], NS, "increased", C, size=14),
    R("NICU: new L SDH 6mm after a fall on the unit; prior CT 2 days ago normal.", [SDH], NS, "new", C, size=6),
    R("24 h CT: new right temporal contusion, 1.1 cm, not visible on the admission CT.", [CON], NS, "new", C, size=11),
    R("Repeat CT: new SAH in the left sylvian fissure compared with the morning CT, suspicious for re-rupture of the known aneurysm.", [SAH], NS, "new", C),
    R("Epidural haematoma resolving, 2 mm, on the 2-week follow-up.", [EDH], NS, "decreased", RT, size=2),
    # --- long notes -------------------------------------------------------------------------------------
    R("Neurosurgical ward round (consultant), Tuesday. 57M, cyclist hit by a car on Sunday, helmet on, GCS 15 throughout. Admission CT: small left frontal contusion 1.0 cm and a thin film of traumatic subarachnoid blood in the left sylvian fissure; cervical spine cleared. No follow-up imaging has been done yet. Plan: repeat CT head today, hourly neuro obs, analgesia, physiotherapy, and no chemical thromboprophylaxis for 48 h.", [CON, SAH], NS, NS, U, size=10),
    R("Neuro-ICU progress note, day 2. 44F, postpartum, severe headache and a seizure yesterday, BP now controlled on a labetalol infusion. MRI brain overnight (the first imaging of her head): posterior white matter oedema in keeping with PRES; possible tiny subarachnoid haemorrhage in a right parietal sulcus on SWI, which could also be a vessel. No mass effect, ventricles normal. Plan: magnesium, BP targets, repeat MRI in a week.", [SAH], NS, "no_prior", U, hedged=True),
]
# fmt: on


def rows() -> list[dict]:
    return numbered(ROWS, "p7", "heldout-7")


def main() -> None:
    write(OUT, rows())


if __name__ == "__main__":
    main()
