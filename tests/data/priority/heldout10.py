# ruff: noqa: E501  (report texts are kept on one line each)
"""Writes heldout-10.jsonl: the worklist-priority held-out set 10 (issue 20), written by hand by `pblind10`.

Every text was invented for this set in its author's own words, blind: without opening the rule tier, the text
layer, the priority code, the synthetic generator, the priority / rules tests or the texts of any other labeled set
(read for the format only: make_set.py's docstring, `gold_priority`, `CRITICAL_SIGNS` and `_me`, heldout8.py's
docstring and helpers, README-heldout-8.md up to "How to measure", the first line of heldout-8.jsonl and the
priority-set tests in tests/test_heldout_set.py). Measured once, by the lead, on the final release; never used to
change the extractor or the policy (if it is, it is spent: say so in its README).

Styles unlike set 8's: emergency-medicine MDM paragraphs, hospitalist daily notes, nursing neuro-obs / SBAR
handovers, a resident's preliminary with the attending's addendum in one text, Canadian bilingual reports (French
with its English beside it), Irish and South African reports, academic "COMPARISON: / IMPRESSION:" reports with
numbered impressions, telegraphic ALL CAPS reports, long ICU summaries telling the bleed over several days, emails
with quoted lines, bullet lists (•, –). Themes: falls on DOACs, hypertensive basal-ganglia / thalamic / pontine
bleeds with IVH, cerebellar bleeds and the fourth ventricle, amyloid lobar bleeds, AVM / cavernoma bleeds,
traumatic SAH "stable on repeat", contusions "evolving" / "blossoming", EDH "expanding", "decrease in size but new
hydrocephalus", chronic SDH "with an acute component".

Labels by hand (attributes); gold priority by make_set.gold_priority. Each row states the priority its author meant
(`want`); the script stops if the table disagrees. Conventions:
- the label follows the final word of the text: an attending's addendum overrides the resident's preliminary, a
  reply overrides the quoted lines of an email; a history told over several days is labeled by today's scan
  against the scan it names (a sign told only of an earlier day is not present now).
- change: "no priors" / "first scan" / "no comparison" / "COMPARISON: None" is no_prior; no word on a prior exam is
  not_stated; several bleeds with different changes take the most urgent (new > increased > stable > decreased);
  "slightly increased", "blossoming", "expanding", "enlarging", "recollection" are increased; "evolving" alone
  (density, oedema) with the bleed "not larger" is stable, "evolving" with growth is increased; "redistribution"
  takes the change stated with it (no increase: stable; less overall: decreased); after an operation the change
  is against the scan named (residual smaller than pre-op: decreased); growing oedema alone changes nothing.
- acuity only from the words acute / hyperacute, subacute (isodense "subacute"), chronic, and mixed (acute on
  chronic, "with an acute component", mixed density stated as acute and chronic); density alone is not_stated.
- subtypes: blood in the ventricles beside any other bleed is `intraventricular` with intraventricular_extension;
  blood in the ventricles alone is `intraventricular` without it; a bleed around an AVM or out of a cavernoma
  into the brain is intraparenchymal; a bleed confined to a cavernoma, into a tumour or the pituitary (apoplexy),
  or a germinal-matrix bleed is `other`; haemorrhagic transformation / conversion of an infarct (HI, PH) is
  `hemorrhagic_transformation`; blood in a resection cavity is intraparenchymal.
- hedged: the bleed itself is uncertain ("possible", "?", "query", "equivocal", "cannot exclude", "suspicious
  for", "vs"); an addendum that confirms it is not hedged.
- mass effect: hydrocephalus also from "ventricles enlarging" / "dilated temporal horns" stated as obstruction;
  a fourth ventricle effaced is none of the signs (only hydrocephalus, cisterns or herniation count); "mild shift"
  with no number is mild; `known` = a sign stated unchanged from the prior (a shift that changed is not known).
- size_mm: the largest current linear size stated of any bleed (cm x 10); none when only a volume or nothing.

Run: python tests/data/priority/heldout10.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from priority_writer import *  # noqa: F403  (the label shorthands, R, numbered, write)
from priority_writer import M as mass_effect

OUT = Path(__file__).with_name("heldout-10.jsonl")

AC, SUB, CHR, MIX = "acute", "subacute", "chronic", "mixed"


def M(shift=None, mild=False, **signs) -> dict:
    """priority_writer's mass-effect record, where a mild shift is a shift even without its mm."""
    return mass_effect(YES if shift is None and mild else shift, mild, **signs)


# fmt: off
ROWS = [
    # --- emergency-medicine MDM paragraphs ---
    R("MDM: 84F on apixaban, mechanical fall at home, struck occiput. CT head shows a 9 mm acute left convexity subdural hematoma with 4 mm rightward midline shift; no prior imaging in our system. Reversal with andexanet discussed with neurosurgery, admit to neuro ICU.", [SDH], AC, NP, U, M(4), 9),
    R("MDM: 79M on rivaroxaban found on the floor of his nursing home. CTH: acute right frontal SDH 12 mm, 7 mm leftward shift, effacement of the right lateral ventricle. No priors. Kcentra given, NSGY at bedside for evacuation.", [SDH], AC, NP, C, M(7), 12),
    R("MDM: patient returned 6 h after the initial CT because of worsening headache. Repeat CT head: the small right temporal contusion seen this morning has blossomed, now 2.8 cm (previously 1.1 cm), with new surrounding edema and 3 mm midline shift. Admit to trauma surgery, repeat imaging in 6 h.", [CON], NS, INC, C, M(3), 28),
    R("MDM: 23M, assault. CT head: thin traumatic subarachnoid hemorrhage in two left frontal sulci. No fracture, no mass effect. No prior imaging. Per our TBI pathway this is a mild TBI with isolated tSAH; observe 6 h with neuro checks.", [SAH], NS, NP, U),
    R("MDM: here for a repeat head CT after yesterday's fall (dabigatran held, idarucizumab given). The tiny traumatic SAH in the right sylvian fissure is stable on repeat, no new hemorrhage. Safe for discharge with return precautions.", [SAH], NS, STB, RT),
    R("ED course: 61M, BP 232/128, sudden right hemiparesis. CT head: 3.4 cm acute left basal ganglia hemorrhage with intraventricular extension into the left lateral and third ventricles; early dilatation of the temporal horns in keeping with hydrocephalus. No priors. Nicardipine drip started, neurosurgery consulted for EVD.", [IPH, IVH], AC, NP, C, M(hydro=True, ive=True), 34),
    R("MDM: 70F with headache, fall 2 weeks ago, on warfarin (INR 3.4). CT head: bilateral chronic subdural hematomas, 11 mm on the left and 8 mm on the right, without midline shift. No old films. Vitamin K given; neurosurgery aware, burr holes to be decided.", [SDH], CHR, NP, RT, None, 11),
    R("MDM: 45F, thunderclap headache at the gym. CT head: diffuse subarachnoid hemorrhage in the basal cisterns and both sylvian fissures with early hydrocephalus (temporal horns 4 mm). CTA to follow for aneurysm, nimodipine started.", [SAH], NS, NS, C, M(hydro=True)),
    R("Medical decision making: CT head negative for fracture. Possible trace subarachnoid blood in the interpeduncular cistern versus volume averaging; radiology recommends short-interval repeat. No prior imaging. Will repeat CT in 6 hours.", [SAH], NS, NP, U, hedged=True),
    R("MDM: transfer from an outside hospital with a 'small EDH'. Our CT at 4 h shows the right temporal epidural hematoma is expanding, 19 mm thick now from 11 mm at the outside hospital, with 6 mm midline shift and effacement of the ambient cistern. Straight to OR.", [EDH], NS, INC, C, M(6, cist=True), 19),
    R("ED note, MDM: 88M on edoxaban, fall from standing. CT head compared with CT 2 months ago: chronic left subdural collection unchanged at 7 mm, no acute blood. Anticoagulation plan per primary team; discharged home with his daughter.", [SDH], CHR, STB, RT, None, 7),
    R("MDM: 67F with a known left parietal AVM, new seizure. CT head: acute hemorrhage around the AVM nidus, 2.2 cm, new compared with the MRI from March, mild local mass effect, no midline shift. Neuro IR consulted.", [IPH], AC, NEW, C, None, 22),
    R("MDM: 34M, motorbike crash. CT: left temporal bone fracture with an underlying 6 mm epidural hematoma, no shift, no prior imaging. Trauma surgery and NSGY aware; repeat CT in 6 h to look for expansion.", [EDH], NS, NP, U, None, 6),
    R("MDM: 6 h repeat CT after a head strike on apixaban: the small left frontal contusion is unchanged, no new bleed. Apixaban held 48 h per neurosurgery; discharged.", [CON], NS, STB, RT),
    R("ED MDM: 76M on aspirin and clopidogrel, confused after a fall. CT head: scattered tiny hyperdensities at the grey-white junction of the right frontal lobe, possibly small contusions versus calcifications; no comparison available. MRI suggested.", [CON], NS, NP, U, hedged=True),
    R("Medical decision making: 58F, day 5 after clipping of an ACOM aneurysm, acutely confused. Stat CT: the subarachnoid blood has largely cleared since the day 2 scan, but the ventricles are larger with new transependymal flow, consistent with hydrocephalus. Neurosurgery called for EVD.", [SAH], NS, DEC, C, M(hydro=True)),
    R("MDM: 19F thrown from a horse. CTH: small 3 mm left tentorial subdural, no mass effect. Compared with the outside CT from 3 h ago (read there as negative): on review the tentorial blood was present then and is not larger. Obs admit.", [SDH], NS, STB, RT, None, 3),
    R("MDM: 81M on warfarin, INR 2.9, GCS 9. CT: large acute right hemispheric subdural hematoma, 21 mm, 13 mm midline shift, right uncal herniation and effaced basal cisterns. No priors. PCC given; family meeting about surgery.", [SDH], AC, NP, C, M(13, hern=True, cist=True), 21),
    R("ED MDM, second visit this week: CT today versus CT 3 days ago shows new acute hemorrhage layering within the previously chronic right subdural collection, now mixed density and 14 mm (was 10 mm), with 5 mm midline shift.", [SDH], MIX, INC, C, M(5), 14),
    R("MDM: 72M found down. CT head: right cerebellar hemorrhage 3.6 cm effacing the fourth ventricle, with dilated lateral and third ventricles (obstructive hydrocephalus). No prior. NSGY for suboccipital decompression.", [IPH], NS, NP, C, M(hydro=True), 36),
    # --- hospitalist daily notes ---
    R("Hospitalist progress note, HD 3. A/P: #Left lobar ICH, likely amyloid angiopathy. Repeat CT this morning: left occipital hematoma stable at 3.1 cm, no IVH, no hydrocephalus. Continue SBP goal < 160, PT/OT, hold anticoagulation indefinitely.", [IPH], NS, STB, RT, None, 31),
    R("Hospital day 2. #Traumatic SDH on apixaban: repeat CT overnight reviewed with radiology, right SDH slightly increased from 6 to 8 mm, no shift. Neurosurgery re-consulted, andexanet given at 0100.", [SDH], NS, INC, C, None, 8),
    R("Daily progress note. S: headache better. #Cerebellar hemorrhage (left hemisphere, 2.4 cm on admission): follow-up CT today shows decreased density and size, now 2.0 cm; fourth ventricle patent, no hydrocephalus. Transfer to floor.", [IPH], NS, DEC, RT, None, 20),
    R("HD 5 note: #Right thalamic hemorrhage with IVH. CT today: thalamic clot unchanged; intraventricular blood redistributing into the occipital horns with no increase in the overall amount; ventricular size stable, EVD clamped yesterday and tolerated.", [IPH, IVH], NS, STB, RT, M(ive=True)),
    R("Progress note, hospital day 4. #Multiple hemorrhagic contusions after a fall: repeat CT shows the bifrontal contusions evolving as expected with surrounding edema; the hemorrhagic components are not larger. Midline shift unchanged at 2 mm.", [CON], NS, STB, RT, M(2, known=[SHIFT])),
    R("Hospitalist note: #Chronic SDH s/p right burr hole drainage, POD 2. Post-op CT: expected postoperative pneumocephalus, residual right subdural fluid 9 mm, decreased from 18 mm pre-op; shift improved from 7 to 2 mm. Drain removed.", [SDH], CHR, DEC, RT, M(2), 9),
    R("A/P: #Hemorrhagic transformation of left MCA infarct. Follow-up CT day 3 shows a new confluent hematoma within the infarct (PH-1 pattern), not present on the 24 h scan, with 4 mm midline shift. Holding aspirin; neurology following.", [HT], NS, NEW, C, M(4)),
    R("HD#6. #SAH (Hunt-Hess 2, s/p coiling). Surveillance CT: subarachnoid blood decreasing, ventricles unchanged in size with EVD in place, no new hemorrhage.", [SAH], NS, DEC, RT),
    R("Hospitalist daily note: #Fall with a small right parietal SDH, no prior imaging at admission. Overnight more drowsy, repeat CT ordered and pending. Neuro checks q1h.", [SDH], NS, NP, U),
    R("Day 3 note. Repeat head CT: bilateral frontal contusions have increased in size (right 2.6 cm from 1.5 cm) with a new 3 mm leftward shift; neurosurgery favours medical management for now.", [CON], NS, INC, C, M(3), 26),
    R("Progress note. #Left basal ganglia ICH, hypertensive. CT today: hematoma 2.9 cm, stable; surrounding edema slightly increased as expected at day 4; midline shift stable at 3 mm. Continue nicardipine wean.", [IPH], NS, STB, RT, M(3, known=[SHIFT]), 29),
    R("HD 2. #Tiny left convexity SAH, probably CAA-related. MRI today shows superficial siderosis and the known convexity SAH, unchanged; no new hemorrhage. Neurology: avoid antithrombotics.", [SAH], NS, STB, RT),
    R("Hospitalist note: admitted with diplopia; known cavernous malformation of the pons. MRI: acute hemorrhage extending beyond the cavernoma into the surrounding pons, new since the 2024 MRI, now 14 mm across (lesion was 8 mm); no hydrocephalus. Neurosurgery: conservative.", [IPH], AC, NEW, C, None, 14),
    R("Daily progress note. #EDH, managed conservatively: CT day 2 shows the left parietal epidural hematoma unchanged at 9 mm, no shift. Mobilise; home tomorrow if the neuro exam stays stable.", [EDH], NS, STB, RT, None, 9),
    R("Hospital day 7: #Pituitary apoplexy. Repeat MRI: hemorrhagic pituitary macroadenoma with decreasing blood products and less suprasellar extension; chiasm less compressed. Endocrine: continue hydrocortisone.", [OTH], NS, DEC, RT),
    R("Progress note, HD1 (overnight cross-cover): RN reports a new headache. Stat CT: new small left frontal intraparenchymal hemorrhage (1.2 cm) beside the known metastasis, not seen on the admission CT. Heparin drip stopped.", [IPH], NS, NEW, C, None, 12),
    R("HD 4. #Traumatic SAH + right temporal contusion: repeat CT compared with CT 2 days ago: the SAH is redistributing and slightly less conspicuous; the contusion is evolving with surrounding edema but its hemorrhagic core is smaller (1.4 cm from 1.9 cm).", [SAH, CON], NS, DEC, RT, None, 14),
    R("Hospitalist note: elderly woman on apixaban, admitted for a UTI, fell on the ward. CT head: small acute right parafalcine subdural hematoma, 4 mm. No prior head imaging this admission or on file. Apixaban held.", [SDH], AC, NP, U, None, 4),
    R("A/P HD3: #Primary intraventricular hemorrhage (no parenchymal source found). CT: IVH in both lateral ventricles slightly decreased; ventricular size now normal after the EVD.", [IVH], NS, DEC, RT),
    R("Progress note. #ICH on warfarin. Stat CT for a drop in GCS: right frontal hematoma expanded from 3.0 to 4.6 cm with new intraventricular extension and 8 mm leftward shift. Family updated; goals-of-care discussion.", [IPH, IVH], NS, INC, C, M(8, ive=True), 46),
    # --- nursing neuro-obs / SBAR handovers ---
    R("Neuro obs handover 0700: Bed 12, 82 y/o lady, fall on rivaroxaban, small R SDH on admission CT (no previous scans). GCS 15 overnight, pupils 3 mm equal and reactive. Repeat CT booked 1000. Escalate if GCS drops by 2.", [SDH], NS, NP, U),
    R("SBAR handover. S: Mr K, left thalamic bleed with blood in the ventricles. B: admitted yesterday, EVD in situ. A: GCS 11 (E3V3M5); repeat CT this morning shows the ventricles larger than yesterday, team says hydrocephalus is worse, the bleed itself no bigger. R: EVD reset to 10 cmH2O, NSGY reviewing.", [IPH, IVH], NS, STB, C, M(hydro=True, ive=True)),
    R("Nursing handover (neuro step-down): pt with traumatic SAH, repeat CT stable per radiology; neuro obs now 4-hourly, can mobilise with physio.", [SAH], NS, STB, RT),
    R("Handover: bed 4, 67M, left temporal EDH, craniotomy yesterday. Post-op CT: haematoma evacuated, small residual extradural collection 4 mm, no re-accumulation, drain in situ. GCS 15, pupils equal.", [EDH], NS, DEC, RT, None, 4),
    R("Neuro obs handover 1900: Mrs D, 91, chronic SDH with an acute component on yesterday's CT, no shift; it is the first scan we have of her. Apixaban held. GCS 14 (confused at baseline). Repeat CT if any deterioration.", [SDH], MIX, NP, U),
    R("Handover: pupils now unequal, R 5 mm sluggish, L 3 mm. Stat CT done: R SDH bigger than this morning (now 17 mm, was 10) with 9 mm shift and uncal herniation. Theatre called.", [SDH], NS, INC, C, M(9, hern=True), 17),
    R("SBAR. S: Mr T, cerebellar haemorrhage. B: day 3, conservative management. A: repeat CT, haematoma unchanged, 4th ventricle still partly effaced but no hydrocephalus; GCS 15. R: hourly obs, BP < 140.", [IPH], NS, STB, RT),
    R("Nursing neuro handover: post-tPA for L MCA stroke. 24 h CT: small petechial haemorrhagic transformation (HI-1) in the infarct, new compared with the pre-tPA scan. No clinical change, NIHSS 6. Antiplatelets on hold per stroke reg.", [HT], NS, NEW, C),
    R("Handover 0700: Bed 9, amyloid bleed R parietal. Overnight CT for new confusion: no change in the haematoma, no new bleed. Confusion likely delirium; obs 2-hourly.", [IPH], NS, STB, RT),
    R("Neuro obs: 55M, traumatic contusions in both frontal lobes, 'blossoming' on the 6 h rescan per the NSGY reg; GCS down 14 to 12. Mannitol given, for ICP monitor.", [CON], NS, INC, C),
    R("Handover: 30F, SAH from a ruptured PCOM aneurysm, day 7 after coiling. Routine CT this am: less subarachnoid blood, ventricles unchanged, no new infarct. TCD velocities rising, watch for vasospasm.", [SAH], NS, DEC, RT),
    R("SBAR. S: Mrs A, 77, fall on dabigatran. B: first CT 'query tiny left frontal SDH vs artefact', no priors. A: GCS 15, no focal deficit. R: repeat CT at 6 h, idarucizumab given.", [SDH], NS, NP, U, hedged=True),
    R("Neuro-obs handover: primary IVH patient (no parenchymal source) with EVD. CT this morning: more blood in the third and fourth ventricles than yesterday and the ventricles enlarging (hydrocephalus), EVD not draining well. Neurosurgery to replace the EVD.", [IVH], NS, INC, C, M(hydro=True)),
    R("Handover: 62M, R basal ganglia bleed, 'unchanged size but new IVH' on this morning's CT per the registrar: blood now in the R lateral ventricle, no hydrocephalus. BP labile.", [IPH, IVH], NS, NEW, C, M(ive=True)),
    R("Night handover: Mr P, bilateral chronic subdurals, known, for elective burr holes on Friday. Today's CT the same as last week's, 2 mm shift unchanged. GCS 15.", [SDH], CHR, STB, RT, M(2, known=[SHIFT])),
    R("Handover: R frontal EDH, 9 y/o boy off a trampoline. CT at 1400: 7 mm extradural, no shift, first scan. Paeds neurosurgery aware, repeat CT at 2000 if obs change.", [EDH], NS, NP, U, None, 7),
    R("SBAR. S: post-thrombectomy, L MCA. B: recanalised TICI 2b. A: post-procedure CT shows a hyperdensity in the left basal ganglia, contrast staining vs haemorrhagic transformation, cannot be told apart yet. R: repeat CT at 24 h.", [HT], NS, NS, U, hedged=True),
    R("Handover 0700: Bed 3, SAH with blood refluxed into the ventricles, EVD clamp trial since 0200. Repeat CT: ventricles stable in size, no hydrocephalus, residual blood in the occipital horns decreasing.", [SAH, IVH], NS, DEC, RT, M(ive=True)),
    R("Neuro obs: 86F fell, on edoxaban; CT shows a small L occipital contusion and thin SAH, no previous imaging. GCS 15. Edoxaban held, repeat scan tomorrow.", [CON, SAH], NS, NP, U),
    R("Handover: Mr R, right SDH drained 3 days ago. Today's CT: recollection of the right subdural, now 12 mm (post-op scan 5 mm), with 5 mm shift. Back on the theatre list.", [SDH], NS, INC, C, M(5), 12),
    # --- resident preliminary + attending addendum ---
    R("PRELIMINARY (resident): Possible small acute subdural along the left tentorium. No priors.\nATTENDING ADDENDUM: Agree. Definite 3 mm acute left tentorial subdural hematoma. No mass effect. No prior imaging available.", [SDH], AC, NP, U, None, 3),
    R("Resident prelim: New small SAH in the right sylvian fissure compared to yesterday.\nAddendum (attending): I disagree with the preliminary read. Side by side, the right sylvian subarachnoid blood was present yesterday and is unchanged. No new hemorrhage. Discussed with ED at 03:40.", [SAH], NS, STB, RT),
    R("PRELIM: Stable left frontal contusion.\nFINAL ADDENDUM: On review the left frontal contusion has increased in size, now 2.1 cm versus 1.3 cm on the CT 8 hours earlier. Called to Dr. Okafor.", [CON], NS, INC, C, None, 21),
    R("Overnight resident preliminary: No acute intracranial abnormality.\nAttending addendum: Discrepancy. There is a thin acute subdural hematoma along the right convexity measuring 4 mm, without midline shift. No prior head CT for comparison. Discussed with Dr. Lin.", [SDH], AC, NP, U, None, 4),
    R("Prelim (PGY-3): Right parietal IPH 2.5 cm with IVH. ?hydrocephalus.\nAttending: Agree with the parenchymal hemorrhage and its intraventricular extension. The ventricles are normal in size for age; no hydrocephalus. No comparison.", [IPH, IVH], NS, NP, U, M(ive=True), 25),
    R("Resident preliminary report: Interval increase in the left SDH.\nAttending addendum: Agree; the left SDH measures 15 mm (previously 11 mm). Midline shift 6 mm, previously 3 mm.", [SDH], NS, INC, C, M(6), 15),
    R("PRELIMINARY: EDH unchanged.\nADDENDUM BY ATTENDING: Agree, unchanged 8 mm right temporal epidural hematoma. Midline structures central.", [EDH], NS, STB, RT, None, 8),
    R("Resident prelim: Hemorrhagic transformation of the right MCA infarct, increased.\nAttending addendum: Correction. The hyperdensity in the right MCA territory is unchanged from the 24-hour scan (petechial HI-2 pattern). Not increased.", [HT], NS, STB, RT),
    R("Prelim: Small SAH, likely traumatic. No priors.\nAttending addendum: Agree. There is also a small left temporal contusion (9 mm) not mentioned in the preliminary report.", [SAH, CON], NS, NP, U, None, 9),
    R("Resident prelim: Large right cerebellar hemorrhage, mass effect on the fourth ventricle, no hydrocephalus.\nAttending addendum: Agree with the hemorrhage (3.8 cm). The temporal horns are dilated, indicating early obstructive hydrocephalus. Communicated urgently to neurosurgery.", [IPH], NS, NS, C, M(hydro=True), 38),
    R("Preliminary report by resident: Decreased SDH.\nAttending addendum: Agree that the left subdural hematoma has decreased (9 mm from 13 mm); however there is new blood in the right subdural space, 4 mm, not present on the prior.", [SDH], NS, NEW, C, None, 9),
    R("Prelim: possible IVH in the occipital horns.\nAttending: Agree, a small amount of dependent intraventricular blood in the occipital horns, new compared with yesterday's CT. No hydrocephalus.", [IVH], NS, NEW, C),
    R("Resident preliminary: Acute on chronic left SDH.\nAttending addendum: Agree with acute-on-chronic left subdural hematoma, 16 mm, with 5 mm rightward midline shift. No prior for comparison.", [SDH], MIX, NP, C, M(5), 16),
    R("PRELIM: No change in intraventricular hemorrhage.\nATTENDING ADDENDUM: Agree that the volume of intraventricular blood is similar. New since yesterday: enlargement of the lateral and third ventricles, consistent with developing hydrocephalus. Dr. Ruiz notified.", [IVH], NS, STB, C, M(hydro=True)),
    R("Preliminary (resident): Small bilateral frontal SDH.\nAttending addendum: These are bilateral chronic subdural hematomas of low density, unchanged from the CT 6 weeks ago. No acute hemorrhage.", [SDH], CHR, STB, RT),
    R("Resident prelim: Question of subtle SAH in the left sylvian fissure.\nAttending addendum: Equivocal. Possible trace subarachnoid blood in the left sylvian fissure, not definitely seen on this morning's CT; recommend CTA or short-interval follow-up.", [SAH], NS, NEW, U, hedged=True),
    R("Prelim read: Post-op changes after right craniotomy for AVM resection.\nAttending addendum: Expected postoperative changes. A small amount of blood in the resection cavity, less than on the immediate post-op CT. No new hemorrhage, no midline shift.", [IPH], NS, DEC, RT),
    R("Prelim: R frontal IPH 3.0 cm, stable.\nAttending addendum: Agree with the measurement; the hematoma now measures 3.0 x 2.4 cm, previously 2.6 x 2.0 cm, which is a slight interval increase rather than stability.", [IPH], NS, INC, C, None, 30),
    # --- Canadian bilingual reports (French with its English) ---
    R("TDM cérébrale / CT head. Comparaison / Comparison: 2026-12-04. Hématome sous-dural aigu gauche de 10 mm, augmenté (auparavant 6 mm) / Acute left subdural hematoma, 10 mm, increased (previously 6 mm). Déviation de la ligne médiane de 4 mm / Midline shift 4 mm.", [SDH], AC, INC, C, M(4), 10),
    R("Conclusion / Impression : Hémorragie sous-arachnoïdienne traumatique stable / Stable traumatic subarachnoid hemorrhage. Aucune nouvelle hémorragie / No new hemorrhage.", [SAH], NS, STB, RT),
    R("Rapport / Report: Hémorragie intraparenchymateuse lobaire droite de 4,1 cm avec extension intraventriculaire et hydrocéphalie / Right lobar intraparenchymal hemorrhage, 4.1 cm, with intraventricular extension and hydrocephalus. Pas d'examen antérieur / No prior examination.", [IPH, IVH], NS, NP, C, M(hydro=True, ive=True), 41),
    R("Opinion / Impression : 1. Hématome épidural temporal droit en diminution (7 mm vs 12 mm) / Right temporal epidural hematoma decreasing (7 mm vs 12 mm). 2. Pas d'effet de masse / No mass effect.", [EDH], NS, DEC, RT, None, 7),
    R("TDM / CT : Hématomes sous-duraux chroniques bilatéraux, sans changement depuis le 2026-11-20 / Bilateral chronic subdural hematomas, unchanged since 2026-11-20. Déviation de la ligne médiane inchangée de 3 mm / Unchanged 3 mm midline shift.", [SDH], CHR, STB, RT, M(3, known=[SHIFT])),
    R("Impression : Possible petite contusion frontale gauche / Possible small left frontal contusion. Aucun examen antérieur / No previous examination. Suivi recommandé / Follow-up recommended.", [CON], NS, NP, U, hedged=True),
    R("Impression / Opinion : Nouvelle transformation hémorragique de l'infarctus sylvien gauche, type PH-2, avec engagement sous-falcoriel / New hemorrhagic transformation of the left MCA infarct, PH-2 type, with subfalcine herniation.", [HT], NS, NEW, C, M(hern=True)),
    R("Hémorragie intraventriculaire en résorption / Resolving intraventricular hemorrhage. Taille ventriculaire normale / Normal ventricular size. Comparaison avec la TDM d'hier / Compared with yesterday's CT.", [IVH], NS, DEC, RT),
    R("Hématome sous-dural aigu droit, premier examen / Acute right subdural hematoma, first examination. 6 mm, sans déviation de la ligne médiane / 6 mm, no midline shift.", [SDH], AC, NP, U, None, 6),
    R("Conclusion : Contusions bifrontales en évolution, légèrement augmentées / Bifrontal contusions evolving, slightly increased. Effacement des citernes de la base / Effacement of the basal cisterns.", [CON], NS, INC, C, M(cist=True)),
    R("Hémorragie au sein d'une métastase pariétale droite connue, stable / Hemorrhage within a known right parietal metastasis, stable. Pas de nouvel effet de masse / No new mass effect.", [OTH], NS, STB, RT),
    R("Impression / Opinion : Hématome cérébelleux gauche de 3,2 cm, nouveau par rapport à l'IRM de 2025, comprimant le quatrième ventricule, avec hydrocéphalie obstructive / Left cerebellar hematoma 3.2 cm, new compared with the 2025 MRI, compressing the fourth ventricle, with obstructive hydrocephalus.", [IPH], NS, NEW, C, M(hydro=True), 32),
    R("Hémorragie sous-arachnoïdienne aiguë de la convexité droite; examen antérieur non disponible / Acute right convexity subarachnoid hemorrhage; prior examination not available.", [SAH], AC, NP, U),
    R("Hématome épidural frontal gauche en augmentation : 14 mm (auparavant 8 mm), déviation de 5 mm / Left frontal epidural hematoma increasing: 14 mm (previously 8 mm), 5 mm shift.", [EDH], NS, INC, C, M(5), 14),
    # --- Irish and South African reports ---
    R("CT Brain (non-contrast). Referrer: ED registrar. Clinical details: fall, on apixaban, GCS 15. Findings: small acute left frontal subdural haematoma measuring 5 mm. No midline shift. No previous imaging on NIMIS. Conclusion: small acute left frontal SDH. Discussed with the NCHD on call.", [SDH], AC, NP, U, None, 5),
    R("CT Brain. Comparison is made with the study of Tuesday. The right temporal extradural haematoma is larger, measuring 16 mm (previously 10 mm), with a new 6 mm midline shift. Urgent neurosurgical referral advised; findings phoned to the registrar.", [EDH], NS, INC, C, M(6), 16),
    R("Casualty referral, 28-year-old male, assault. CT brain: acute subdural haematoma right fronto-parietal, 13 mm, with 8 mm midline shift and effacement of the right lateral ventricle. No previous imaging.", [SDH], AC, NP, C, M(8), 13),
    R("CT BRAIN FOLLOW-UP: Compared with the admission scan (2 days ago). The left parietal contusion has matured with surrounding oedema; the haemorrhagic component is unchanged. No new haemorrhage. Sister in charge informed.", [CON], NS, STB, RT),
    R("Follow-up CT brain: the small volume of traumatic subarachnoid haemorrhage in the right frontal sulci has almost completely resolved since the CT of 3 days ago. No new abnormality.", [SAH], NS, DEC, RT),
    R("CT Brain. Clinical: 74 y/o, AF on rivaroxaban, found collapsed. Findings: large left basal ganglia haemorrhage (45 mm) extending into the lateral and third ventricles, with hydrocephalus and 9 mm midline shift. No previous imaging. Conclusion: large left BG haemorrhage with IVH, hydrocephalus and midline shift.", [IPH, IVH], NS, NP, C, M(9, hydro=True, ive=True), 45),
    R("CT brain: query small extradural haematoma under the right parietal fracture vs venous sinus. Suggest a repeat scan at 6 hours. No prior.", [EDH], NS, NP, U, hedged=True),
    R("Follow-up CT brain after right-sided mini-craniotomy for chronic SDH. Comparison: the pre-operative CT. Expected post-operative appearances with pneumocephalus. Residual subdural collection 8 mm (pre-op 22 mm). Midline shift reduced from 10 mm to 3 mm.", [SDH], CHR, DEC, RT, M(3), 8),
    R("CT BRAIN: hypertensive bleed, right thalamus, 18 mm, with rupture into the third ventricle. The ventricles are not dilated. No prior imaging for comparison. Recommend BP control.", [IPH, IVH], NS, NP, U, M(ive=True), 18),
    R("CT Brain: known chronic right subdural haematoma, previously 9 mm, now 14 mm with a new hyperdense acute component. Midline shift 4 mm (previously 1 mm). Conclusion: enlarging chronic SDH with acute-on-chronic haemorrhage.", [SDH], MIX, INC, C, M(4), 14),
    R("CT brain: subacute left subdural haematoma (isodense), 10 mm, unchanged compared with last week's scan from the referring hospital. No shift.", [SDH], SUB, STB, RT, None, 10),
    R("CT Brain: left occipital lobar haemorrhage, 3.5 cm, in a 79-year-old with known cerebral amyloid angiopathy; new since the CT of 2025. Small amount of adjacent subarachnoid blood. No midline shift.", [IPH, SAH], NS, NEW, C, None, 35),
    R("CT BRAIN: multiple haemorrhagic contusions (left frontal 2.0 cm, right temporal 1.5 cm) and a little blood in the occipital horns of the lateral ventricles. No previous imaging. Basal cisterns effaced.", [CON, IVH], NS, NP, C, M(cist=True, ive=True), 20),
    R("CT Brain: no acute haemorrhage. Stable appearance of the small chronic left parafalcine subdural haematoma (4 mm) compared with the CT of 3 months ago.", [SDH], CHR, STB, RT, None, 4),
    R("CT BRAIN POST-TRAUMA: right frontal contusion 1.6 cm. Thin right convexity subdural haematoma, 3 mm. No shift. This is the first imaging.", [CON, SDH], NS, NP, U, None, 16),
    R("CT Brain: right cerebellar haematoma 2.9 cm, smaller than on the CT of 5 days ago (3.4 cm); however the lateral and third ventricles are now dilated with periventricular low density, in keeping with hydrocephalus, which is new.", [IPH], NS, DEC, C, M(hydro=True), 29),
    R("CT brain: subarachnoid haemorrhage, Fisher grade 4, with intraventricular blood and early hydrocephalus. No previous scan. CT angiogram recommended.", [SAH, IVH], NS, NP, C, M(hydro=True, ive=True)),
    # --- academic FINDINGS / IMPRESSION, numbered ---
    R("EXAM: CT head without contrast.\nCOMPARISON: CT 3 days ago.\nFINDINGS: The left frontal intraparenchymal hemorrhage measures 2.4 cm, previously 2.5 cm. Surrounding vasogenic edema is slightly increased. No intraventricular extension. Midline shift 2 mm, unchanged.\nIMPRESSION:\n1. Stable left frontal intraparenchymal hemorrhage.\n2. Slightly increased perihematomal edema, expected evolution.", [IPH], NS, STB, RT, M(2, known=[SHIFT]), 24),
    R("COMPARISON: CT 3 days ago.\nIMPRESSION:\n1. Interval development of acute subdural hemorrhage along the left falx, 5 mm, new.\n2. Unchanged right frontal contusion.\n3. No midline shift.", [SDH, CON], AC, NEW, C, None, 5),
    R("COMPARISON: None.\nFINDINGS: 1.8 cm acute hematoma in the right caudate head with rupture into the right lateral ventricle. Blood layers in the occipital horns. The temporal horns are not dilated.\nIMPRESSION:\n1. Acute right caudate hemorrhage with intraventricular extension.\n2. No hydrocephalus.", [IPH, IVH], AC, NP, U, M(ive=True), 18),
    R("COMPARISON: MRI brain 2026-06-02.\nFINDINGS: SWI shows innumerable lobar microhemorrhages and cortical superficial siderosis, unchanged. A new 1.1 cm acute left parietal lobar hemorrhage is present.\nIMPRESSION:\n1. New small left parietal lobar hemorrhage in the setting of probable cerebral amyloid angiopathy.\n2. Stable microhemorrhages and siderosis.", [IPH], AC, NEW, C, None, 11),
    R("COMPARISON: CT head 2026-12-05 at 02:10.\nIMPRESSION:\n1. Interval increase in size of the right temporal epidural hematoma, now 2.3 cm thick (previously 1.4 cm).\n2. New 7 mm right-to-left midline shift.\n3. Effacement of the right ambient cistern.\nCritical result communicated to Dr. Haddad at 04:12 with read-back.", [EDH], NS, INC, C, M(7, cist=True), 23),
    R("COMPARISON: CT head from an outside hospital, 2 days ago (images available).\nIMPRESSION:\n1. Decreased size of the left convexity subdural hematoma, now 6 mm (previously 10 mm).\n2. Resolved midline shift.", [SDH], NS, DEC, RT, None, 6),
    R("COMPARISON: No prior imaging.\nIMPRESSION:\n1. Subacute left frontal subdural hematoma, 8 mm, with mild mass effect on the adjacent sulci.\n2. No midline shift or herniation.", [SDH], SUB, NP, U, None, 8),
    R("COMPARISON: CT 3 days ago.\nIMPRESSION:\n1. Redistribution of the intraventricular hemorrhage into the dependent occipital horns, with overall decreased volume.\n2. Ventricular size unchanged; no hydrocephalus.", [IVH], NS, DEC, RT),
    R("COMPARISON: CT angiogram of 2026-12-01.\nFINDINGS: The right frontal arteriovenous malformation is again seen. There is a new 2.6 cm acute parenchymal hematoma beside the nidus, extending into the right lateral ventricle, with 6 mm leftward shift.\nIMPRESSION:\n1. Acute AVM-related intraparenchymal hemorrhage with intraventricular extension.\n2. 6 mm midline shift.", [IPH, IVH], AC, NEW, C, M(6, ive=True), 26),
    R("COMPARISON: CT head 3 days ago.\nIMPRESSION:\n1. Left basal ganglia hemorrhage of unchanged size, but new intraventricular hemorrhage in the left lateral ventricle.\n2. No hydrocephalus.", [IPH, IVH], NS, NEW, C, M(ive=True)),
    R("COMPARISON: CT 2026-11-30.\nIMPRESSION:\n1. Chronic left subdural hematoma with a small acute component layering dependently, new since the prior study.\n2. The collection measures 17 mm (previously 16 mm).\n3. 5 mm midline shift, previously 4 mm.", [SDH], MIX, NEW, C, M(5), 17),
    R("COMPARISON: None available.\nIMPRESSION:\n1. Equivocal hyperdensity along the right tentorial leaflet, which may represent a thin subdural hematoma versus a normal dural appearance. No mass effect.\n2. Recommend follow-up CT.", [SDH], NS, NP, U, hedged=True),
    R("TECHNIQUE: Non-contrast CT. COMPARISON: CT 3 days ago.\nIMPRESSION:\n1. Evolving right frontal and temporal hemorrhagic contusions; the temporal contusion has enlarged to 3.0 cm (from 2.2 cm).\n2. Increased effacement of the right perimesencephalic cistern.\n3. 4 mm midline shift (previously 2 mm).", [CON], NS, INC, C, M(4, cist=True), 30),
    R("COMPARISON: CT head 24 hours after thrombolysis (2026-12-05).\nIMPRESSION:\n1. Hemorrhagic transformation of the right MCA infarct, HI-2, unchanged.\n2. Evolving infarct with mild mass effect, no midline shift.", [HT], NS, STB, RT),
    R("COMPARISON: MRI 2026-10-12.\nIMPRESSION:\n1. Pituitary macroadenoma with new intralesional hemorrhage (pituitary apoplexy), T1-hyperintense blood-fluid level.\n2. New mild compression of the optic chiasm.", [OTH], NS, NEW, C),
    R("COMPARISON: None.\nIMPRESSION:\n1. Perimesencephalic subarachnoid hemorrhage, small volume, acute.\n2. No hydrocephalus.\n3. CTA recommended to exclude an aneurysm.", [SAH], AC, NP, U),
    R("COMPARISON: CT 3 days ago.\nIMPRESSION:\n1. Decrease in size of the right thalamic hemorrhage (1.5 cm from 2.1 cm), but new hydrocephalus with enlargement of the lateral and third ventricles.\n2. Residual intraventricular blood in the third ventricle, decreased.", [IPH, IVH], NS, DEC, C, M(hydro=True, ive=True), 15),
    R("COMPARISON: CT head 2026-12-06.\nIMPRESSION:\n1. Stable subarachnoid hemorrhage in the basal cisterns.\n2. Stable mild hydrocephalus, external ventricular drain in place.\n3. No new infarct.", [SAH], NS, STB, RT, M(hydro=True, known=[HYDRO])),
    R("COMPARISON: CT head 2026-12-01.\nFINDINGS: Status post left frontotemporal craniectomy. The subdural hemorrhage beneath the craniectomy defect has slightly increased, now 9 mm. Transcalvarial herniation of the left frontal lobe through the defect, unchanged.\nIMPRESSION:\n1. Slightly increased left subdural hemorrhage under the craniectomy flap.\n2. Unchanged transcalvarial herniation.", [SDH], NS, INC, C, M(hern=True, known=[HERN]), 9),
    R("COMPARISON: None.\nIMPRESSION:\n1. Hyperdense right cerebellar hematoma, 4.0 cm, effacing the fourth ventricle and the prepontine cistern, with upward transtentorial herniation.\n2. Dilated temporal horns consistent with hydrocephalus.", [IPH], NS, NP, C, M(hern=True, cist=True, hydro=True), 40),
    R("COMPARISON: CT 3 days ago.\nIMPRESSION:\n1. The left convexity subdural hematoma has evolved to a subacute, isodense appearance and is slightly smaller (7 mm, previously 9 mm).\n2. No new hemorrhage.", [SDH], SUB, DEC, RT, None, 7),
    R("COMPARISON: CT 3 days ago.\nIMPRESSION:\n1. No significant change in the left temporal epidural hematoma (10 mm).\n2. Left temporal bone fracture, unchanged.", [EDH], NS, STB, RT, None, 10),
    R("COMPARISON: Head CT 3 days ago.\nIMPRESSION:\n1. Hemorrhagic transformation of the left PCA infarct has increased: now a parenchymal hematoma (PH-1), previously petechial (HI-1).\n2. No midline shift.", [HT], NS, INC, C),
    R("COMPARISON: None.\nIMPRESSION:\n1. Findings suspicious for a small intraventricular hemorrhage in the left occipital horn; differential includes choroid plexus calcification. No hydrocephalus.", [IVH], NS, NP, U, hedged=True),
    R("COMPARISON: CT 3 days ago.\nIMPRESSION:\n1. Interval resolution of the previously seen subarachnoid hemorrhage.\n2. Persistent small right frontal contusion, decreasing in density and size.", [SAH, CON], NS, DEC, RT),
    R("COMPARISON: CT head 3 days ago.\nIMPRESSION:\n1. Interval decrease of the left hemispheric subdural hematoma (11 mm from 15 mm).\n2. Midline shift decreased to 5 mm from 9 mm.", [SDH], NS, DEC, C, M(5), 11),
    R("COMPARISON: CT 2026-12-04.\nIMPRESSION:\n1. Subacute right occipital intraparenchymal hemorrhage with expected peripheral decrease in density; size stable at 2.7 cm.\n2. No hydrocephalus.", [IPH], SUB, STB, RT, None, 27),
    R("COMPARISON: None.\nIMPRESSION:\n1. Intraventricular hemorrhage filling the third and fourth ventricles with acute obstructive hydrocephalus.\n2. No parenchymal source identified; CTA recommended.", [IVH], NS, NP, C, M(hydro=True)),
    # --- telegraphic ALL CAPS ---
    R("CT HEAD: ACUTE L SDH 8MM. NO MLS. NO PRIORS.", [SDH], AC, NP, U, None, 8),
    R("CTH: R EDH 18MM, INCREASED FROM 12MM. MLS 5MM. NSGY AWARE.", [EDH], NS, INC, C, M(5), 18),
    R("CT HEAD F/U: SAH UNCHANGED. NO HYDRO. NO NEW BLEED.", [SAH], NS, STB, RT),
    R("NCCT: ?SMALL R FRONTAL CONTUSION VS BEAM HARDENING. NO PRIOR. SUGGEST REPEAT.", [CON], NS, NP, U, hedged=True),
    R("CT HEAD: L BG ICH 3.2CM W/ IVH EXT, HYDROCEPHALUS. MLS 6MM. NO OLD FILMS.", [IPH, IVH], NS, NP, C, M(6, hydro=True, ive=True), 32),
    R("REPEAT CTH: CONTUSIONS SL SMALLER. MLS RESOLVED. NO NEW HEMORRHAGE.", [CON], NS, DEC, RT),
    R("CT HEAD: CHRONIC B/L SDH, STABLE VS 11/20. NO ACUTE BLEED.", [SDH], CHR, STB, RT),
    R("CT HEAD: HEMORRHAGIC CONVERSION L MCA INFARCT, NEW VS 24H SCAN. NO MLS.", [HT], NS, NEW, C),
    R("CTH: IVH DECREASED. VENTRICLES STABLE, NO HYDRO. EVD IN SITU.", [IVH], NS, DEC, RT),
    R("CTH STAT: R SDH ENLARGING 11→19MM, MLS 10MM, UNCAL HERNIATION. CALLED TO DR AHN 0312.", [SDH], NS, INC, C, M(10, hern=True), 19),
    R("CT HEAD: SMALL ACUTE SAH L SYLVIAN FISSURE. NO COMPARISON.", [SAH], AC, NP, U),
    R("CT HEAD: NEW HYDROCEPHALUS. SAH DECREASING. NSGY CALLED FOR EVD.", [SAH], NS, DEC, C, M(hydro=True)),
    R("CT HEAD: CEREBELLAR HEMATOMA 2.1CM, UNCHANGED. 4TH VENT PATENT.", [IPH], NS, STB, RT, None, 21),
    R("CTH POST TPA: PH-2 HEMATOMA R MCA TERRITORY, NEW. MLS 7MM.", [HT], NS, NEW, C, M(7)),
    R("CT HEAD: SUBACUTE R SDH 9MM. NO PRIORS. NO SHIFT.", [SDH], SUB, NP, U, None, 9),
    R("CT HEAD: MIXED DENSITY L SDH (ACUTE ON CHRONIC) 21MM, MLS 8MM, EFFACED BASAL CISTERNS.", [SDH], MIX, NS, C, M(8, cist=True), 21),
    R("CTH: TINY R PARIETAL EDH, STABLE ON REPEAT (6H). NO FRACTURE DISPLACEMENT.", [EDH], NS, STB, RT),
    R("CT HEAD: EQUIVOCAL TRACE IVH OCCIPITAL HORNS, UNCHANGED VS PRIOR. NO HYDRO.", [IVH], NS, STB, U, hedged=True),
    R("MRI BRAIN: CAVERNOMA L TEMPORAL WITH SMALL ACUTE BLEED CONFINED TO THE LESION. NO PRIOR MRI.", [OTH], AC, NP, U),
    R("CT HEAD: TRAUMATIC SAH + L TEMPORAL CONTUSION, BOTH INCREASED VS 0200 SCAN. NO MLS.", [SAH, CON], NS, INC, C),
    R("CT HEAD: CHRONIC L SDH 12MM, NO PRIORS, NO MLS.", [SDH], CHR, NP, RT, None, 12),
    # --- long ICU summaries ---
    R("Neuro ICU summary, day 5. 66M admitted with a 3.8 cm right putaminal hemorrhage (SBP 210) with intraventricular extension; the day 1 CT showed early hydrocephalus and an EVD was placed. Day 2 CT: stable hematoma, EVD in the right frontal horn. Day 3: febrile, EVD culture negative. Day 5 CT today: hematoma decreased to 3.2 cm, intraventricular blood decreasing, ventricles now normal in size with the EVD clamped for 24 h. Plan: EVD removal tomorrow, PEG discussion.", [IPH, IVH], NS, DEC, RT, M(ive=True), 32),
    R("ICU progress summary, day 3 of admission: 47F, grade IV SAH from a ruptured basilar tip aneurysm, coiled on day 1. Day 1 CT: diffuse SAH with IVH and hydrocephalus, EVD placed. Day 2 CT after coiling: as expected. Overnight ICP rose to 28 despite drainage; CT this morning shows a new left frontal intraparenchymal hemorrhage along the EVD tract (1.9 cm) and persistent, unchanged hydrocephalus. Neurosurgery reviewing; hypertonic saline running.", [IPH, SAH, IVH], NS, NEW, C, M(hydro=True, ive=True, known=[HYDRO]), 19),
    R("MICU summary, day 4: 83F on apixaban for AF, fall, right SDH 9 mm at admission (no prior imaging), andexanet given on day 1. Day 2 repeat CT unchanged. Today's CT (day 4): right SDH now 8 mm and becoming isodense, no shift, no new hemorrhage. Mental status at baseline. Plan: restart apixaban in about 2 weeks per NSGY, discharge planning under way.", [SDH], NS, DEC, RT, None, 8),
    R("Trauma ICU day 2 summary: 31M, high-speed MVC, GCS 7 at scene. Admission CT: bifrontal contusions (left 1.8 cm, right 1.2 cm), thin left SDH 4 mm, traumatic SAH. ICP monitor placed; overnight ICP 25-30. Repeat CT at 0500: bifrontal contusions blossoming (left now 3.3 cm) with surrounding edema, SDH unchanged, basal cisterns now effaced, midline shift 3 mm. Plan: escalate to tier 2 therapy; NSGY discussing decompressive craniectomy.", [CON, SDH, SAH], NS, INC, C, M(3, cist=True), 33),
    R("Neurocritical care note, hospital day 9. Background: 59F, spontaneous left cerebellar hemorrhage 3.0 cm on day 1 with fourth ventricle compression and hydrocephalus, treated with an EVD and suboccipital decompression on day 1. Days 2-7 uneventful. Today's CT (day 9) compared with day 6: postoperative changes of the suboccipital craniectomy, residual cerebellar hematoma smaller (1.6 cm), fourth ventricle re-expanded, ventricular size normal after EVD removal. No new hemorrhage. Transfer to the ward.", [IPH], NS, DEC, RT, None, 16),
    R("ICU summary: 72M, post-op day 1 after evacuation of an acute left SDH (pre-op 19 mm with 11 mm shift). Extubated on POD 0. Overnight new right pupil asymmetry. CT this morning: small residual left subdural blood 4 mm, but a new right-sided epidural hematoma (contrecoup, 14 mm) with 6 mm shift toward the left. Back to OR.", [SDH, EDH], NS, NEW, C, M(6), 14),
    R("Step-down unit weekly summary, day 8: 84M with probable CAA, admitted with a right frontal lobar hemorrhage of 4.0 cm and cortical SAH. Serial CTs on day 2 and day 5 were stable. Today's MRI: the right frontal hematoma is in the late subacute phase and smaller (3.1 cm), with superficial siderosis but no new bleeding; the cortical SAH is resolving. No midline shift. Aspirin not restarted; rehab bed requested.", [IPH, SAH], SUB, DEC, RT, None, 31),
    R("ICU summary day 3: 56M, hypertensive pontine hemorrhage (2.2 cm) on admission, intubated for airway protection. Day 2 CT: unchanged. Today's CT: the hemorrhage now extends into the fourth ventricle with new obstructive hydrocephalus, and the pontine clot is slightly larger (2.6 cm). EVD placed at the bedside at 1100. Family meeting tomorrow about prognosis and tracheostomy.", [IPH, IVH], NS, INC, C, M(hydro=True, ive=True), 26),
    # --- emails with quoted lines ---
    R("From: Radiology reading room\nTo: Stroke team\nSubject: RE: bed 14 follow-up CT\n\n> Has the bleed grown since this morning?\n\nNo. The left putaminal hemorrhage is 2.1 cm, the same as on this morning's CT. No IVH, no hydrocephalus.\n\nRegards, neuroradiology", [IPH], NS, STB, RT, None, 21),
    R("Subject: RE: RE: urgent - CT head Mr. Vasquez\n> > Can you compare with the outside scan?\n> Outside scan now loaded.\nThanks. Compared with the outside CT from 3 hours ago the right SDH has increased from 7 to 12 mm and there is now 5 mm midline shift. I have paged neurosurgery.", [SDH], NS, INC, C, M(5), 12),
    R("Hi Dr. Mensah,\n> Quick question on yesterday's head CT: is that an epidural?\nYes: a small 5 mm right frontal epidural hematoma beneath a non-displaced fracture. There is no prior imaging to compare with. No mass effect. Happy to discuss.\n(reading radiologist)", [EDH], NS, NP, U, None, 5),
    R("Subject: FW: CT follow-up\n> Prior report (12/3): left SDH 11 mm, 4 mm shift.\nToday's CT: the left SDH is now 7 mm and less dense; the shift has resolved. No new bleed.", [SDH], NS, DEC, RT, None, 7),
    R("Subject: Re: patient in CT2\n> is there any bleed?\nPossibly. There is a questionable small focus of subarachnoid blood in a right parietal sulcus; no prior imaging. I would suggest a repeat CT in 6 h or an MRI.", [SAH], NS, NP, U, hedged=True),
    R("To: ICU consultant\nSubject: RE: repeat CT bed 2\n> Any change in the contusions?\nYes, unfortunately. The right temporal contusion has increased (now 3.4 cm from 2.0 cm) and there is new effacement of the right ambient and crural cisterns with early uncal herniation. Discussed with neurosurgery on call.", [CON], NS, INC, C, M(hern=True, cist=True), 34),
    R("> Please could you compare the CT from 11/28 with today's for the chronic SDH\nDone. The left chronic SDH measures 13 mm today and 13 mm on 11/28. No acute component. Midline shift 3 mm on both studies.", [SDH], CHR, STB, RT, M(3, known=[SHIFT]), 13),
    R("Subject: RE: RE: HT?\n> > Is there hemorrhagic transformation on the 24 h scan?\n> Looking now.\nThere is a small area of petechial hemorrhagic transformation (HI-1) in the right insula, new compared with the pre-thrombolysis CT. No mass effect.", [HT], NS, NEW, C),
    R("Re: outpatient MRI\n> Known left frontal cavernoma, headaches worse.\nThe left frontal cavernous malformation shows a small acute hemorrhage extending beyond the lesion into the adjacent white matter (1.5 cm), new since the MRI in 2024.", [IPH], AC, NEW, C, None, 15),
    R("Subject: RE: CT head result\n> Fall at the care home, on apixaban, is the scan OK?\nNot entirely: there is a thin chronic left subdural collection (5 mm) with no acute blood. No previous head imaging on PACS. No shift.", [SDH], CHR, NP, RT, None, 5),
    R("From: neuroradiology fellow\n> Any hydrocephalus on today's CT? SAH day 4.\nNo. The ventricles are unchanged from day 2 and normal in size. The subarachnoid blood is less dense and reduced in volume. No new hemorrhage.", [SAH], NS, DEC, RT),
    R("> IVH patient, EVD blocked overnight, CT done at 0600.\nThanks. The intraventricular blood is slightly increased compared with yesterday, with casting of the third ventricle and increasing hydrocephalus. EVD tip in the right frontal horn. Called Dr. Chen.", [IVH], NS, INC, C, M(hydro=True)),
    # --- bullet lists ---
    R("Impression:\n• Acute right frontal contusion 1.4 cm\n• Small amount of overlying subarachnoid hemorrhage\n• No midline shift\n• No prior imaging for comparison", [CON, SAH], AC, NP, U, None, 14),
    R("Summary of findings\n– Left subdural hematoma: 10 mm, was 10 mm on CT 2 days ago\n– Midline shift: 3 mm, unchanged\n– No new hemorrhage", [SDH], NS, STB, RT, M(3, known=[SHIFT]), 10),
    R("Key findings:\n• New hemorrhage in the right cerebellar hemisphere, 2.7 cm (not present on the CT 3 days ago)\n• Effacement of the fourth ventricle\n• Lateral ventricles not dilated", [IPH], NS, NEW, C, None, 27),
    R("CT head, repeat at 6 h:\n• Right temporal EDH 9 mm → 9 mm\n• No shift\n• Skull fracture as before", [EDH], NS, STB, RT, None, 9),
    R("Findings:\n– Hemorrhagic transformation, left MCA territory (PH-1), smaller than on day 2\n– Mass effect decreasing, shift now 2 mm\n– No IVH", [HT], NS, DEC, RT, M(2)),
    R("Impression:\n• Possible hemorrhagic transformation of the right frontal infarct vs contrast staining (post-thrombectomy)\n• Compared with the pre-procedure CT: new hyperdensity\n• Recommend follow-up CT in 24 h", [HT], NS, NEW, U, hedged=True),
    R("Problem list:\n• ICH: right lobar, 3.6 cm, slightly increased (3.2 cm yesterday)\n• IVH: none\n• Hydrocephalus: none\n• Shift: 4 mm (yesterday 4 mm)", [IPH], NS, INC, C, M(4, known=[SHIFT]), 36),
    R("Findings (bullet form):\n– Bilateral chronic subdural hematomas with acute components, left 15 mm, right 9 mm\n– Midline shift 4 mm to the right\n– No prior studies", [SDH], MIX, NP, U, M(4), 15),
    R("Impression:\n• Traumatic SAH, stable on repeat\n• Small left frontal contusion, stable\n• No new intracranial hemorrhage", [SAH, CON], NS, STB, RT),
    R("• Diffuse SAH in the basal cisterns\n• Blood in the fourth ventricle\n• Tonsillar herniation\n• No prior imaging", [SAH, IVH], NS, NP, C, M(hern=True, ive=True)),
    R("Findings:\n– Left parietal lobar hemorrhage 2.0 cm, unchanged\n– New small right occipital lobar hemorrhage 0.8 cm (cerebral amyloid angiopathy pattern)\n– No mass effect", [IPH], NS, NEW, C, None, 20),
    R("Impression\n• Chronic right SDH, smaller after burr holes (6 mm from 15 mm)\n• Small pneumocephalus, expected\n• Subdural drain in situ", [SDH], CHR, DEC, RT, None, 6),
    R("• Intraventricular hemorrhage in both lateral ventricles\n• No parenchymal hematoma\n• Ventricles normal in size\n• Comparison: none", [IVH], NS, NP, U),
    R("Findings\n– Acute SDH right 6 mm (prior 6 mm)\n– New SAH in the right sylvian fissure\n– No shift", [SDH, SAH], AC, NEW, C, None, 6),
    # --- other: tumour, pituitary, cavernoma, germinal matrix ---
    R("MRI brain: known left frontal glioblastoma with new intratumoral hemorrhage compared with the MRI 3 weeks ago; no extension beyond the tumor. Mild mass effect, unchanged.", [OTH], NS, NEW, C),
    R("Hemorrhagic melanoma metastases: the hemorrhage within the right parietal metastasis has increased (now 2.4 cm from 1.7 cm) with 5 mm midline shift.", [OTH], NS, INC, C, M(5), 24),
    R("CT head: hemorrhagic pituitary macroadenoma (apoplexy) with suprasellar extension compressing the chiasm. Neurosurgery and endocrinology to review.", [OTH], NS, NS, U),
    R("Neonatal cranial ultrasound, day 3, first scan: bilateral germinal matrix hemorrhage (grade I), no intraventricular blood, ventricles normal in size.", [OTH], NS, NP, U),
    # --- more of each style: no comparison stated, hedges, mild / unmeasured shifts, signs ---
    R("MDM: 68M, syncope with head strike. CT head: acute left subdural hematoma 7 mm along the convexity with mild midline shift. Neurosurgery consulted; repeat CT in 6 h, platelets ordered.", [SDH], AC, NS, U, M(mild=True), 7),
    R("SBAR. S: new admission from ED, Mr B, 59. B: hypertensive, found with slurred speech. A: CT shows a left putaminal bleed with mild shift of the midline; no hydrocephalus. R: BP target < 140, hourly neuro obs.", [IPH], NS, NS, U, M(mild=True)),
    R("CT Brain: acute haemorrhage in the right parietal lobe, 2.2 cm, with surrounding oedema. No intraventricular extension. No hydrocephalus. Conclusion: right parietal intracerebral haemorrhage; ?underlying lesion, MRI with contrast suggested.", [IPH], AC, NS, U, None, 22),
    R("CT HEAD: ACUTE SAH BASAL CISTERNS. NO HYDROCEPHALUS. CTA TO FOLLOW.", [SAH], AC, NS, U),
    R("Hémorragie intraventriculaire isolée du ventricule latéral droit, sans hydrocéphalie / Isolated intraventricular hemorrhage in the right lateral ventricle, without hydrocephalus.", [IVH], NS, NS, U),
    R("• Small amount of intraventricular blood, left occipital horn\n• Ventricles normal in size\n• Neurology to review", [IVH], NS, NS, U),
    R("Hospitalist admission note: 77F found on the bathroom floor, on apixaban. CT head: right frontal hemorrhagic contusion 1.7 cm with a small amount of traumatic SAH. Apixaban reversed. Neurosurgery: nonoperative, repeat CT in the morning.", [CON, SAH], NS, NS, U, None, 17),
    R("> what did the CT show?\nA small left temporal contusion (1 cm) and a thin layer of subarachnoid blood along the left tentorium. No fracture. Repeat imaging per the trauma protocol.", [CON, SAH], NS, NS, U, None, 10),
    R("CT brain: acute extradural haematoma, left temporal, 9 mm, biconvex, with an overlying fracture. No midline shift. Referred to neurosurgery.", [EDH], AC, NS, U, None, 9),
    R("FINDINGS: Biconvex extra-axial hematoma in the right parietal region, 8 mm, beneath a nondisplaced fracture. Midline structures central.\nIMPRESSION:\n1. Right parietal epidural hematoma, 8 mm.", [EDH], NS, NS, U, None, 8),
    R("Stroke team note: the 24 h post-alteplase CT shows haemorrhagic transformation (HI-2) within the right MCA infarct. No mass effect. Aspirin deferred.", [HT], NS, NS, U),
    R("CT head, outside-hospital transfer, no prior imaging available to us: left MCA infarct with petechial hemorrhagic transformation (HI-1). No shift.", [HT], NS, NP, U),
    R("COMPARISON: None.\nIMPRESSION:\n1. Right occipital infarct, several days old, with hemorrhagic conversion (HI-2).\n2. No hydrocephalus.", [HT], NS, NP, U),
    R("Resident prelim: ?small SAH.\nAttending addendum: A questionable focus of subarachnoid blood in a left frontal sulcus, slightly more conspicuous than on the CT 6 hours ago; this may be volume averaging. Follow-up suggested.", [SAH], NS, INC, U, hedged=True),
    R("CT brain: the possible tiny left tentorial subdural haematoma described on Tuesday is unchanged; it may be dural thickening. No other findings.", [SDH], NS, STB, U, hedged=True),
    R("CT HEAD: ?TINY EDH R TEMPORAL, CAN'T EXCLUDE. FRACTURE R TEMPORAL BONE.", [EDH], NS, NS, U, hedged=True),
    R("• Cannot exclude a small left parietal contusion\n• Scalp haematoma, left parietal\n• MRI if symptoms persist", [CON], NS, NS, U, hedged=True),
    R("Hospitalist note: CT read as 'possible small subarachnoid hemorrhage versus streak artifact in the right sylvian fissure'. No prior imaging. Plan: repeat CT in 6 h and neuro checks.", [SAH], NS, NP, U, hedged=True),
    R("> any change post-thrombectomy?\nThere is a new hyperdensity in the left caudate that may represent hemorrhagic transformation or contrast staining; it was not on the pre-procedure CT. Repeat at 24 h.", [HT], NS, NEW, U, hedged=True),
    R("CT head: questionable layering blood in the occipital horns, slightly more than on the prior CT; could be choroid plexus. No hydrocephalus.", [IVH], NS, INC, U, hedged=True),
    R("Neuro obs handover: Mr F, 71, acute L SDH on the CT this afternoon (7 mm, no shift). NSGY: conservative, repeat CT tomorrow. Aspirin held.", [SDH], AC, NS, U, None, 7),
    R("CT Brain: left fronto-parietal subdural collection of mixed density, acute on chronic, 10 mm, with mild midline shift.", [SDH], MIX, NS, U, M(mild=True), 10),
    R("ED MDM: 82F, known amyloid angiopathy, new aphasia. CT head: left temporal lobar hemorrhage 3.0 cm with 4 mm midline shift; no intraventricular extension. Admit to the stroke unit.", [IPH], NS, NS, U, M(4), 30),
    R("Handover: Mrs G, caudate bleed with blood in the ventricles on the CT at 1600, no hydrocephalus. EVD not needed per NSGY. Hourly obs.", [IPH, IVH], NS, NS, U, M(ive=True)),
    R("MRI brain: late subacute hemorrhage in the right temporal lobe, 2.0 cm, with a rim of hemosiderin. No underlying mass. No prior imaging.", [IPH], SUB, NP, U, None, 20),
    R("CT HEAD TRAUMA: L PARIETAL EDH 11MM, NO MLS, NO PRIORS. NSGY NOTIFIED.", [EDH], NS, NP, U, None, 11),
    R("CT Brain: acute right subdural haematoma, 8 mm, with 3 mm midline shift. No previous imaging available. Conclusion: acute right SDH with minor mass effect.", [SDH], AC, NP, U, M(3), 8),
    R("ICU admission summary: 64M found collapsed at home by his wife, unknown down time, GCS 10 on arrival, intubated for airway protection. History: poorly controlled hypertension, alcohol excess. CT head on arrival: left thalamic hemorrhage 1.6 cm extending into the third ventricle; the ventricles are not enlarged. No previous imaging in this hospital or on the regional PACS. Plan: SBP < 140, repeat CT in 6 h, EVD if the ventricles enlarge.", [IPH, IVH], NS, NP, U, M(ive=True), 16),
    R("Contusion hémorragique temporale droite de 1,5 cm / Right temporal hemorrhagic contusion, 1.5 cm. Pas de déviation / No shift.", [CON], NS, NS, U, None, 15),
    R("> CT head on the fall from bed 7?\nThin subarachnoid blood over the left frontal convexity, nothing else. No mass effect.", [SAH], NS, NS, U),
    R("Stroke review:\n– Haemorrhagic transformation (HI-1) in the left MCA infarct\n– No mass effect\n– Hold anticoagulation for 2 weeks", [HT], NS, NS, U),
    R("CT head: suspicious for a small subdural hematoma along the falx, 3 mm, versus a dense falx. No prior for comparison.", [SDH], NS, NP, U, None, 3, hedged=True),
    R("MRI brain: right frontal metastasis with intratumoral hemorrhage and surrounding edema; no hemorrhage outside the tumor.", [OTH], NS, NS, U),
    R("Hospitalist note: #Subacute left SDH (9 mm) found on a CT done for confusion; neurosurgery: no surgery now, repeat CT in 1 week.", [SDH], SUB, NS, U, None, 9),
    R("CT HEAD: R SDH, MIXED ACUTE AND CHRONIC, 9MM, NO SHIFT, NO PRIORS.", [SDH], MIX, NP, U, None, 9),
    R("CT head: cannot exclude a small amount of intraventricular blood in the occipital horns. The ventricles are dilated with periventricular low density, in keeping with acute hydrocephalus.", [IVH], NS, NS, C, M(hydro=True), hedged=True),
    R("PRELIM (resident, no attending review yet): possible acute left subdural hematoma versus subdural hygroma, 12 mm, with 7 mm midline shift and subfalcine herniation. No prior imaging.", [SDH], AC, NP, C, M(7, hern=True), 12, hedged=True),
    R("MDM: 39M fell from a ladder. CT: right temporal EDH with midline shift and an overlying fracture. No prior imaging. To the OR now.", [EDH], NS, NP, C, M(YES)),
    R("CT HEAD: LARGE L SDH WITH SHIFT OF MIDLINE STRUCTURES. NO PRIOR.", [SDH], NS, NP, C, M(YES)),
    R("Repeat CT 12 h after admission: new left temporal contusion (1.8 cm), not present on the admission CT; the right frontal contusion is unchanged.", [CON], NS, NEW, C, None, 18),
    R("Resident prelim: Stable scalp hematoma.\nAttending addendum: In addition there is a new 6 mm left parietal epidural hematoma beneath the fracture, not present on the CT 4 hours earlier. Called to trauma surgery.", [EDH], NS, NEW, C, None, 6),
    R("Handover: L MCA stroke post tPA; the 24 h scan showed HI-1, and on today's scan the bleed in the infarct is bigger, now PH-1 per the stroke reg. No shift.", [HT], NS, INC, C),
    R("Hospitalist: #IVH from a caudate bleed. CT: decrease in size but new hydrocephalus. Caudate hematoma 1.2 cm (was 1.6 cm), less intraventricular blood, temporal horns now dilated. NSGY for EVD.", [IPH, IVH], NS, DEC, C, M(hydro=True, ive=True), 12),
    R("CT Brain: acute left subdural haematoma 18 mm with left uncal herniation, effacement of the basal cisterns and 11 mm midline shift. No previous imaging. Phoned to the neurosurgical registrar.", [SDH], AC, NP, C, M(11, hern=True, cist=True), 18),
    R("COMPARISON: CT 3 days ago.\nIMPRESSION:\n1. Slightly increased bifrontal contusions (left 2.7 cm, previously 2.3 cm).\n2. Persistent effacement of the basal cisterns, unchanged.", [CON], NS, INC, C, M(cist=True, known=[CIST]), 27),
    R("CT brain follow-up: right temporal contusion stable at 2.0 cm; the basal cisterns remain partially effaced, no change from the previous scan. No new bleed.", [CON], NS, STB, RT, M(cist=True, known=[CIST]), 20),
    R("CTH: R CEREBELLAR BLEED 3.5CM, TONSILLAR HERNIATION, HYDROCEPHALUS. NEW VS MRI 2024.", [IPH], NS, NEW, C, M(hern=True, hydro=True), 35),
    R("> is the EDH expanding?\nYes. The left temporal extradural is now 15 mm (8 mm at 0100), with early uncal herniation and 6 mm shift. Theatre informed.", [EDH], NS, INC, C, M(6, hern=True), 15),
    R("CT HEAD: NEW IVH R LATERAL VENTRICLE, SAH UNCHANGED. NO HYDRO.", [IVH, SAH], NS, NEW, C, M(ive=True)),
    R("Hospitalist note: #Warfarin-associated fall. Repeat CT for headache: new left convexity subarachnoid hemorrhage, not on yesterday's scan; the small right SDH is unchanged at 4 mm.", [SAH, SDH], NS, NEW, C, None, 4),
    R("SBAR. S: Mrs L, traumatic SAH. A: the rescan shows more subarachnoid blood than the first scan, now in both sylvian fissures; GCS 14. R: NSGY aware.", [SAH], NS, INC, C),
    R("EMERGENCY DEPARTMENT MDM: 55M, GCS 6, unequal pupils. CT head: massive right putaminal hemorrhage with intraventricular extension, 12 mm midline shift and uncal herniation. Neurosurgery: not a surgical candidate; palliative discussion with family.", [IPH, IVH], NS, NS, C, M(12, hern=True, ive=True)),
    R("CT Brain: acute subdural haematoma, left, 15 mm; midline shift 9 mm; effaced ambient cistern.", [SDH], AC, NS, C, M(9, cist=True), 15),
    R("Hématome épidural temporal gauche de 20 mm avec déviation de la ligne médiane de 8 mm / Left temporal epidural hematoma, 20 mm, with 8 mm midline shift.", [EDH], NS, NS, C, M(8), 20),
    R("Neuro-obs: Mr J, bifrontal contusions with effaced basal cisterns on this evening's CT; GCS 8. ICP bolt going in.", [CON], NS, NS, C, M(cist=True)),
    R("Stroke team note: large right MCA infarct with a PH-2 parenchymal haematoma and 9 mm midline shift; decompressive hemicraniectomy discussed with the family.", [HT], NS, NS, C, M(9)),
    R("Neuro ICU summary, day 2: 77F on dabigatran, fall; the admission CT showed a 6 mm acute left SDH without shift (no prior imaging) and idarucizumab was given. Overnight she became drowsy with a new right pronator drift. Repeat CT at 0400: the left SDH is now 13 mm with 6 mm rightward midline shift and new effacement of the left ambient cistern. Taken for craniotomy at 0600; post-op CT pending.", [SDH], AC, INC, C, M(6, cist=True), 13),
    R("Findings:\n– Haemorrhagic transformation, right MCA infarct: HI-2 at 24 h, now PH-2 (confluent haematoma 3.5 cm)\n– Midline shift 5 mm (none at 24 h)", [HT], NS, INC, C, M(5), 35),
    R("CT HEAD: STABLE HYDROCEPHALUS, SHUNT IN SITU. NEW SMALL R SDH 4MM.", [SDH], NS, NEW, C, M(hydro=True, known=[HYDRO]), 4),
    R("CT Brain: chronic left subdural haematoma, 9 mm, low density. No acute blood, no midline shift.", [SDH], CHR, NS, RT, None, 9),
    R("CT HEAD: CHRONIC R SDH 6MM. NO MASS EFFECT.", [SDH], CHR, NS, RT, None, 6),
    R("MRI brain: chronic right putaminal hemorrhage (hemosiderin-lined cavity) from the 2022 event; no new hemorrhage.", [IPH], CHR, NS, RT),
    R("Stroke clinic letter: the follow-up CT 3 weeks after her left MCA stroke shows the haemorrhagic transformation has largely resorbed. Apixaban started.", [HT], NS, DEC, RT),
    R("Hospitalist: incidental chronic right SDH, 5 mm, on a CT for confusion; no prior imaging; 2 mm shift.", [SDH], CHR, NP, RT, M(2), 5),
    R("> follow-up EDH?\nSmaller: 5 mm, from 9 mm on the scan 4 days ago. No shift.", [EDH], NS, DEC, RT, None, 5),
    R("CTH 24H: B/L FRONTAL CONTUSIONS UNCHANGED. NO NEW BLEED. NO MLS.", [CON], NS, STB, RT),
    R("Hospitalist note: #Primary IVH. CT on day 3 unchanged from day 2; ventricles normal in size.", [IVH], NS, STB, RT),
    R("CT Brain: right SDH 11 mm, unchanged; mild midline shift, also unchanged.", [SDH], NS, STB, RT, M(mild=True, known=[SHIFT]), 11),
    R("CTH DAY 5: SAH MUCH LESS. VENTRICLES NORMAL.", [SAH], NS, DEC, RT),
    R("MRI: right frontal cavernoma with blood products, unchanged since 2025; no new hemorrhage.", [OTH], NS, STB, RT),
    R("Transformation hémorragique pétéchiale (HI-1) inchangée / Petechial hemorrhagic transformation (HI-1), unchanged. Pas d'effet de masse / No mass effect.", [HT], NS, STB, RT),
]
# fmt: on


def rows() -> list[dict]:
    return numbered(ROWS, "p10", "heldout-10")


def main() -> None:
    write(OUT, rows())


if __name__ == "__main__":
    main()
