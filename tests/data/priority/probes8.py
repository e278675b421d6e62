# ruff: noqa: E501  (report texts are kept on one line each)
"""Writes probes-8.jsonl: worklist-priority development probes round H (issue 20), written by `prio21` to find the
KINDS of wording the extractor misses. Tuned on (README-probes-8.md): never a held-out measurement.

Written in styles no earlier round (probes-7 rounds A-G, sets 2-6) used: templated / structured reports ("Change
from prior: increased", "Midline shift: 6 mm"), pager and phone critical-result messages, tele-radiology preliminary
+ final pairs (the final read governs), neurosurgical ward-round and neuro-ICU notes, comparisons against several
priors (the change is against the most recent one: "smaller than yesterday but larger than on admission" is a
decrease), mm and cm mixed in one comparison, ALL CAPS, typos, British and American spelling, numbers written as
words ("five millimetres"), and the two leftovers of round G: the prior exam named more than 40 characters before
its number, and a hedged growth ("? slightly larger", "possibly slightly larger").

Labels by hand; the gold priority is make_set.gold_priority on them, and the script stops where it disagrees with
the priority meant for the text (`want`). Conventions are heldout5.py's (change is the bleed's as a whole, against
the most recent prior when several are named; the most urgent when several bleeds change differently; acuity is the
word the report uses, a density alone states none; size_mm the largest current linear dimension, a volume is no
size; `known` = signs stated unchanged; blood reaching the ventricles adds the intraventricular subtype).

Run: python tests/data/priority/probes8.py
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

HERE = Path(__file__).parent
OUT = HERE / "probes-8.jsonl"


def _make_set():
    spec = importlib.util.spec_from_file_location("make_set", HERE / "make_set.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


MAKE_SET = _make_set()
M = MAKE_SET._me

EDH, SDH, SAH, IPH, IVH = "epidural", "subdural", "subarachnoid", "intraparenchymal", "intraventricular"
CON, HT, OTH = "contusion", "hemorrhagic_transformation", "other"
NS = "not_stated"
NEW, INC, ST, DEC, NP = "new", "increased", "stable", "decreased", "no_prior"
C, U, RT = "critical", "urgent", "routine"
HEDGED_CHANGE = (False, True)  # (hedged, change_hedged): the bleed is stated, its growth is hedged


def S(mm=None, **kw):
    """A midline shift (with its mm when stated) and any other signs."""
    return M(midline_shift=True, midline_shift_mm=None if mm is None else float(mm), **kw)


# (text, subtypes, acuity, change, want, mass effect, size_mm, [hedged, change_hedged])
ROWS_H = [
    # --- templated / structured reports ----------------------------------------------------------------------
    (
        "FINDINGS (structured):\nHaemorrhage: yes\nType: subdural, left convexity\nAcuity: acute\nMaximum thickness: 11 mm\nChange from prior: increased\nMidline shift: 6 mm\nHerniation: none\nHydrocephalus: none",
        [SDH],
        "acute",
        INC,
        C,
        S(6),
        11,
    ),
    (
        "Hemorrhage type: intraparenchymal (right basal ganglia)\nVolume: 18 mL\nChange from prior: stable\nIntraventricular extension: no\nMidline shift: none",
        [IPH],
        NS,
        ST,
        RT,
        None,
        None,
    ),
    (
        "ICH present: Yes\nLocation: left temporal lobe, haemorrhagic contusion\nSize: 2.1 cm\nCompared with prior: new\nMass effect: local sulcal effacement, no shift",
        [CON],
        NS,
        NEW,
        C,
        None,
        21,
    ),
    (
        "Blood products: subarachnoid, basal cisterns and both sylvian fissures\nInterval change: decreased\nVentricles: normal size",
        [SAH],
        NS,
        DEC,
        RT,
        None,
        None,
    ),
    (
        "Extra-axial collection: right subdural haematoma\nDensity: hypodense, chronic\nThickness: 9 mm (prior 9 mm)\nChange from prior: no change\nMidline shift: 2 mm (unchanged)",
        [SDH],
        "chronic",
        ST,
        RT,
        S(2, known=["midline_shift"]),
        9,
    ),
    (
        "Epidural haematoma: present, right temporal\nMaximal depth: 14 mm\nComparison: none available\nMidline shift: 4 mm\nUncal herniation: no",
        [EDH],
        NS,
        NP,
        U,
        S(4),
        14,
    ),
    (
        "Intraventricular haemorrhage: present (third and lateral ventricles)\nHydrocephalus: yes, new\nChange from prior: increased",
        [IVH],
        NS,
        INC,
        C,
        M(hydrocephalus=True),
        None,
    ),
    (
        "Haemorrhagic transformation: yes (ECASS PH1)\nChange from prior: new\nMidline shift: nil",
        [HT],
        NS,
        NEW,
        C,
        None,
        None,
    ),
    (
        "Subdural haematomas: L 7 mm (prior 7 mm), R 4 mm (prior 6 mm)\nMidline shift: none\nImpression: bilateral SDH, stable on the left and smaller on the right.",
        [SDH],
        NS,
        ST,
        RT,
        None,
        7,
    ),
    (
        "Structured report - CT head, trauma\n1. Skull fracture: none\n2. Extra-axial blood: thin left tentorial subdural haematoma, 3 mm\n3. Parenchyma: no contusion\n4. Comparison: first examination",
        [SDH],
        NS,
        NP,
        U,
        None,
        3,
    ),
    (
        "Finding: haematoma, left cerebellar hemisphere. Size: 3.4 x 2.9 cm. Prior: 2.6 x 2.2 cm. Fourth ventricle: effaced. Lateral ventricles: enlarged.",
        [IPH],
        NS,
        INC,
        C,
        M(hydrocephalus=True),
        34,
    ),
    (
        "Bleed: intraventricular, lateral ventricles\nAcuity: acute\nChange from prior: n/a - no prior\nHydrocephalus: absent",
        [IVH],
        "acute",
        NP,
        U,
        None,
        None,
    ),
    (
        "Compared to prior: INCREASED\nSubtype: epidural haematoma\nLocation: L parietal\nMax thickness: 13 mm",
        [EDH],
        NS,
        INC,
        C,
        None,
        13,
    ),
    (
        "Structured follow-up:\nLesion: chronic left subdural haematoma\nThickness: 16 mm (prior 17 mm)\nChange from prior: none\nMidline shift: 3 mm (prior 3 mm)",
        [SDH],
        "chronic",
        ST,
        RT,
        S(3, known=["midline_shift"]),
        16,
    ),
    (
        "Hemorrhage: subarachnoid, right sylvian fissure\nChange vs prior: worse\nHydrocephalus: no",
        [SAH],
        NS,
        INC,
        C,
        None,
        None,
    ),
    (
        "Contusion: right frontal, 18 mm\nInterval change: smaller (prior 25 mm)\nMidline shift: 0 mm",
        [CON],
        NS,
        DEC,
        RT,
        None,
        18,
    ),
    # --- pager / phone critical-result messages ---------------------------------------------------------------
    (
        "CRITICAL RESULT - CT HEAD: new 9mm L SDH w 6mm MLS. Called to Dr Okafor (NSGY) 02:14, read back OK.",
        [SDH],
        NS,
        NEW,
        C,
        S(6),
        9,
    ),
    (
        "PAGE TO ED: ICH increased vs 1800 scan, now 45cc, IVH extension. Pls call rads x4412.",
        [IPH, IVH],
        NS,
        INC,
        C,
        M(intraventricular_extension=True),
        None,
    ),
    (
        "Crit value notification: SAH basal cisterns, acute, no prior. Discussed with ED attending at 23:05.",
        [SAH],
        "acute",
        NP,
        U,
        None,
        None,
    ),
    (
        "URGENT FINDING paged 04:40: EDH R temporal 1.6cm, uncal herniation. Surgeon aware.",
        [EDH],
        NS,
        NS,
        C,
        M(herniation=True),
        16,
    ),
    (
        "Critical result comms: known R SDH stable at 8 mm. Not a new critical finding; ward informed as a courtesy.",
        [SDH],
        NS,
        ST,
        RT,
        None,
        8,
    ),
    (
        "PAGER: pt bed 12 - IPH L thalamus bigger than AM CT (22 vs 15 mm), vents now dilated. Called NCCU fellow.",
        [IPH],
        NS,
        INC,
        C,
        M(hydrocephalus=True),
        22,
    ),
    (
        "Result communicated by phone: small R frontal haemorrhagic contusion, new since the admission scan, no mass effect.",
        [CON],
        NS,
        NEW,
        C,
        None,
        None,
    ),
    (
        "CRITICAL: trapped L temporal horn, IVH increased. Paged EVD team.",
        [IVH],
        NS,
        INC,
        C,
        M(hydrocephalus=True),
        None,
    ),
    (
        "Communication log 03:12 - Dr Singh informed: haemorrhagic transformation L MCA infarct, ? slightly larger than yesterday.",
        [HT],
        NS,
        INC,
        U,
        None,
        None,
        *HEDGED_CHANGE,
    ),
    (
        "ACR cat 1 paged: 7 millimetre left-to-right shift, L acute SDH 15 mm. First imaging.",
        [SDH],
        "acute",
        NP,
        C,
        S(7),
        15,
    ),
    (
        "STAT PAGE: PT IN CT1 - LG L ICH 5.5CM, LARGER THAN 0200 CT, W/ 6MM MLS. NSGY NOTIFIED.",
        [IPH],
        NS,
        INC,
        C,
        S(6),
        55,
    ),
    (
        "Callback 21:40 re bed 7: the L frontal bleed is the same as this morning, 3 cm, no new blood. No action needed.",
        [IPH],
        NS,
        ST,
        RT,
        None,
        30,
    ),
    # --- tele-radiology preliminary + final pairs (the final read governs) -------------------------------------
    (
        "PRELIMINARY (teleradiology, 01:30): possible small left SDH.\nFINAL (attending, 08:10): Thin left convexity subdural haematoma, 4 mm, new compared with the CT of 2 days ago. No midline shift.",
        [SDH],
        NS,
        NEW,
        C,
        None,
        4,
    ),
    (
        "PRELIM: acute R SDH 10 mm.\nFINAL REPORT: Right subdural haematoma is chronic, 10 mm, unchanged from the MRI of last month. Agree with size; disagree with acuity.",
        [SDH],
        "chronic",
        ST,
        RT,
        None,
        10,
    ),
    (
        "Nighthawk preliminary: no acute intracranial abnormality.\nFinal read: There is a small acute subarachnoid haemorrhage in the right central sulcus, missed on the preliminary read. No prior imaging.",
        [SAH],
        "acute",
        NP,
        U,
        None,
        None,
    ),
    (
        "Preliminary report (vRad): IPH L parietal 25 mm, increased from 18 mm.\nFinal: Agree. Left parietal haematoma has enlarged, now 26 mm; new 3 mm rightward shift.",
        [IPH],
        NS,
        INC,
        C,
        S(3),
        26,
    ),
    (
        "Preliminary interpretation: stable bifrontal contusions.\nFinal interpretation: Bifrontal haemorrhagic contusions have enlarged since yesterday (right 19 mm, previously 11 mm), with new surrounding oedema.",
        [CON],
        NS,
        INC,
        C,
        None,
        19,
    ),
    (
        "Prelim: R EDH 8 mm, no prior. Final: right temporal extradural haematoma, 8 mm, no comparison available. 2 mm midline shift. Agree with prelim.",
        [EDH],
        NS,
        NP,
        U,
        S(2),
        8,
    ),
    (
        "TELERADIOLOGY PRELIM 02:55: IVH, ? new.\nFINAL 07:40: Intraventricular blood in the occipital horns is new since the CT of yesterday evening.",
        [IVH],
        NS,
        NEW,
        C,
        None,
        None,
    ),
    (
        "Preliminary: large L ICH.\nFinal: Large left frontal intracerebral haemorrhage, 5.2 cm, smaller than the outside CT measurement of 5.8 cm; 8 mm subfalcine herniation.",
        [IPH],
        NS,
        DEC,
        C,
        S(8, herniation=True),
        52,
    ),
    (
        "Prelim read: SDH stable.\nFinal read (addendum): the right SDH is 3 mm thicker than on 4 March (13 vs 10 mm).",
        [SDH],
        NS,
        INC,
        C,
        None,
        13,
    ),
    (
        "Preliminary (overnight teleradiology): new right SDH.\nFinal (with the outside prior now available): the right SDH is chronic and unchanged, 6 mm.",
        [SDH],
        "chronic",
        ST,
        RT,
        None,
        6,
    ),
    (
        "Telerad prelim: hyperdense R tentorial SDH 4mm.\nFinal: Agree; first imaging, no comparison.",
        [SDH],
        NS,
        NP,
        U,
        None,
        4,
    ),
    (
        "PRELIMINARY: SAH unchanged.\nFINAL: Disagree with the preliminary: the subarachnoid haemorrhage has extended into the left sylvian fissure since the scan at 06:00.",
        [SAH],
        NS,
        INC,
        C,
        None,
        None,
    ),
    # --- neurosurgical ward-round and neuro-ICU notes ----------------------------------------------------------
    (
        "NSGY ward round day 2. CT overnight: L ASDH now 14mm (was 9), MLS 7mm. Plan theatre for craniotomy.",
        [SDH],
        "acute",
        INC,
        C,
        S(7),
        14,
    ),
    (
        "Neuro-ICU note 06:00: Pt GCS 14. Repeat CTH: SAH unchanged, no hydro. EVD clamped. Continue nimodipine.",
        [SAH],
        NS,
        ST,
        RT,
        None,
        None,
    ),
    (
        "NCCU progress note: day 5 post SAH (Fisher 3). CTH today: subarachnoid blood clearing from the basal cisterns.",
        [SAH],
        NS,
        DEC,
        RT,
        None,
        None,
    ),
    (
        "Ward round (neurosurgery): POD1 after R burr-hole evacuation of cSDH. CT: expected postop pneumocephalus, residual subdural haematoma 8 mm, smaller than pre-op (22 mm).",
        [SDH],
        "chronic",
        DEC,
        RT,
        None,
        8,
    ),
    (
        "Neuro ICU: new onset drowsiness. Urgent CTH: L cerebellar ICH expanded, 4th ventricle effaced, hydrocephalus. Paged NSGY for EVD.",
        [IPH],
        NS,
        INC,
        C,
        M(hydrocephalus=True),
        None,
    ),
    (
        "NS ward round - Bed 4: tSAH + small R temporal contusion on admission; today's CT: contusion blossomed to 2.5 cm, SAH static.",
        [SAH, CON],
        NS,
        INC,
        C,
        None,
        25,
    ),
    (
        "NICU daily note. Imaging: CT this AM - IVH layering, volume decreased c/w yesterday, EVD in situ.",
        [IVH],
        NS,
        DEC,
        RT,
        None,
        None,
    ),
    (
        "Post-op day 3 L craniotomy for EDH: CT shows no re-accumulation, small residual 3 mm extradural haematoma, unchanged.",
        [EDH],
        NS,
        ST,
        RT,
        None,
        3,
    ),
    (
        "Neurosurg review 14:00: CT - interval increase in L frontal contusion (now 32mm), new 5mm shift. Plan: repeat CT 6h, hold anticoag.",
        [CON],
        NS,
        INC,
        C,
        S(5),
        32,
    ),
    (
        "Neuro ICU event note: pupils unequal. CTH: R acute-on-chronic SDH thicker than on Monday, MLS 11mm, uncal herniation.",
        [SDH],
        "mixed",
        INC,
        C,
        S(11, herniation=True),
        None,
    ),
    (
        "Ward round: L ASDH post craniotomy day 4. CT: small residual acute subdural blood along the falx, less than post-op, no shift.",
        [SDH],
        "acute",
        DEC,
        RT,
        None,
        None,
    ),
    (
        "Neuro-ICU: Day 7 aSAH. CT: SAH washing out, new hypodensity L MCA territory (vasospasm infarct), no new bleed.",
        [SAH],
        NS,
        DEC,
        RT,
        None,
        None,
    ),
    (
        "Neuro-ICU admission CT: acute L basal ganglia ICH, 3.1 cm, no prior imaging, no IVH, midline shift 2 mm.",
        [IPH],
        "acute",
        NP,
        U,
        S(2),
        31,
    ),
    (
        "NSx WR: R thalamic ICH - repeat scan shows it has got bigger, now 28 mm, with blood now in the third ventricle. Plan EVD.",
        [IPH, IVH],
        NS,
        INC,
        C,
        M(intraventricular_extension=True),
        28,
    ),
    # --- comparisons against several priors (the most recent governs) ------------------------------------------
    (
        "The right putaminal haematoma is smaller than yesterday but larger than on admission, now 27 mm.",
        [IPH],
        NS,
        DEC,
        RT,
        None,
        27,
    ),
    (
        "Left SDH is larger than on yesterday's CT, although still thinner than on the admission scan: 9 mm today.",
        [SDH],
        NS,
        INC,
        C,
        None,
        9,
    ),
    (
        "Compared with the scans of 1, 3 and 5 May, the left frontal haemorrhagic contusion is unchanged from the most recent and smaller than the first.",
        [CON],
        NS,
        ST,
        RT,
        None,
        None,
    ),
    (
        "Subarachnoid blood: less than on admission, but more than on the day-3 scan.",
        [SAH],
        NS,
        INC,
        C,
        None,
        None,
    ),
    (
        "Intraventricular haemorrhage - versus CT 1 (admission): less; versus CT 2 (yesterday): unchanged.",
        [IVH],
        NS,
        ST,
        RT,
        None,
        None,
    ),
    (
        "Relative to the CT two days ago the EDH is stable; relative to this morning's CT it has grown by 4 mm to 15 mm.",
        [EDH],
        NS,
        INC,
        C,
        None,
        15,
    ),
    (
        "The haemorrhagic transformation has increased since the first post-thrombectomy scan but is stable compared with the scan at 24 hours.",
        [HT],
        NS,
        ST,
        RT,
        None,
        None,
    ),
    (
        "Right cerebellar haematoma: 31 mm today, 24 mm yesterday, 30 mm on admission.",
        [IPH],
        NS,
        INC,
        C,
        None,
        31,
    ),
    ("Left convexity SDH 12 mm today, 16 mm on Monday and 14 mm on Wednesday.", [SDH], NS, DEC, RT, None, 12),
    (
        "Versus admission the left temporal haematoma is bigger; versus the 6-hour scan it is the same size.",
        [IPH],
        NS,
        ST,
        RT,
        None,
        None,
    ),
    # --- mm and cm mixed -----------------------------------------------------------------------------------------
    ("Left parietal EDH has increased from 0.9 cm to 14 mm. No midline shift.", [EDH], NS, INC, C, None, 14),
    ("Right frontal IPH 2.4 cm (previously 24 mm).", [IPH], NS, ST, RT, None, 24),
    ("Subdural haematoma thickness 1.1 cm; prior 8 mm. Midline shift 0.6 cm.", [SDH], NS, INC, C, S(6), 11),
    ("Temporal haemorrhagic contusion measures 15 mm, previously 2 cm.", [CON], NS, DEC, RT, None, 15),
    (
        "Midline shift 0.3 cm, previously 3 mm; left SDH 0.7 cm, unchanged.",
        [SDH],
        NS,
        ST,
        RT,
        S(3, known=["midline_shift"]),
        7,
    ),
    (
        "Right occipital haematoma 19 mm on the previous study, 2.6 cm on this one.",
        [IPH],
        NS,
        INC,
        C,
        None,
        26,
    ),
    # --- ALL CAPS -----------------------------------------------------------------------------------------------
    (
        "IMPRESSION: 1. NEW ACUTE LEFT SUBDURAL HEMATOMA MEASURING 8 MM. 2. 4 MM MIDLINE SHIFT TO THE RIGHT.",
        [SDH],
        "acute",
        NEW,
        C,
        S(4),
        8,
    ),
    (
        "FINDINGS: STABLE CHRONIC RIGHT SUBDURAL HEMATOMA, 12 MM. NO MIDLINE SHIFT. NO HYDROCEPHALUS.",
        [SDH],
        "chronic",
        ST,
        RT,
        None,
        12,
    ),
    (
        "INTERVAL ENLARGEMENT OF RIGHT THALAMIC HEMORRHAGE WITH NEW INTRAVENTRICULAR EXTENSION AND EARLY HYDROCEPHALUS.",
        [IPH, IVH],
        NS,
        NEW,  # corrected after the first reading: a new IVH component makes it new (heldout5 convention)
        C,
        M(hydrocephalus=True, intraventricular_extension=True),
        None,
    ),
    (
        "DECREASING SUBARACHNOID BLOOD IN THE BASAL CISTERNS. VENTRICLES NORMAL IN SIZE.",
        [SAH],
        NS,
        DEC,
        RT,
        None,
        None,
    ),
    (
        "LARGE ACUTE EPIDURAL HEMATOMA RIGHT TEMPORAL REGION, 2.3 CM, WITH 9 MM MIDLINE SHIFT AND EFFACEMENT OF THE BASAL CISTERNS. NO PRIOR.",
        [EDH],
        "acute",
        NP,
        C,
        S(9, cistern_effacement=True),
        23,
    ),
    ("LEFT FRONTAL CONTUSION HAS GROWN SINCE THE 0600 STUDY, NOW 2 CM.", [CON], NS, INC, C, None, 20),
    # --- typos --------------------------------------------------------------------------------------------------
    ("Left subdural haematoma has incresed in thickness, now 10mm (prev 6mm).", [SDH], NS, INC, C, None, 10),
    (
        "Right frontal haemorrhagic contusion enlagred since yesterday, midlien shift 5mm.",
        [CON],
        NS,
        INC,
        C,
        S(5),
        None,
    ),
    ("Stable apperance of the left thalamic hemorrhage, 14 mm.", [IPH], NS, ST, RT, None, 14),
    ("Interval decrase in the size of the SAH.", [SAH], NS, DEC, RT, None, None),
    ("New IVH in the 4th ventrical with hydrocephalous.", [IVH], NS, NEW, C, M(hydrocephalus=True), None),
    ("Right SDH unchaged since the prior, 5 mm.", [SDH], NS, ST, RT, None, 5),
    # --- British / American spelling ----------------------------------------------------------------------------
    (
        "Haemorrhagic contusions in both frontal lobes have increased in size; the largest now measures 23 millimetres.",
        [CON],
        NS,
        INC,
        C,
        None,
        23,
    ),
    (
        "Left temporal intracerebral haematoma, unchanged in size; surrounding oedema unchanged. Midline centred.",
        [IPH],
        NS,
        ST,
        RT,
        None,
        None,
    ),
    (
        "Ventricular dilatation has increased (hydrocephalus) with intraventricular haemorrhage layering in the occipital horns, new since the last examination.",
        [IVH],
        NS,
        NEW,
        C,
        M(hydrocephalus=True),
        None,
    ),
    ("Subdural haemorrhage along the tentorium is resolving.", [SDH], NS, DEC, RT, None, None),
    (
        "Hemorrhagic transformation of the right MCA infarct, which has enlarged since the prior; edema increased, 4 mm leftward shift.",
        [HT],
        NS,
        INC,
        C,
        S(4),
        None,
    ),
    # --- numbers written as words --------------------------------------------------------------------------------
    (
        "There is a new left convexity subdural haematoma, five millimetres thick, with three millimetres of midline shift.",
        [SDH],
        NS,
        NEW,
        C,
        S(3),
        5,
    ),
    ("The epidural haematoma now measures fifteen millimeters, up from nine.", [EDH], NS, INC, C, None, 15),
    (
        "Midline shift has increased to seven millimetres. The right frontoparietal subdural haematoma is larger.",
        [SDH],
        NS,
        INC,
        C,
        S(7),
        None,
    ),
    ("Subarachnoid haemorrhage, two days old, decreased in amount.", [SAH], NS, DEC, RT, None, None),
    (
        "Right parietal haematoma, twenty-two millimetres, unchanged compared with two prior studies.",
        [IPH],
        NS,
        ST,
        RT,
        None,
        22,
    ),
    (
        "Intraparenchymal haemorrhage of four centimetres in the left frontal lobe, no comparison available, ten millimetre midline shift.",
        [IPH],
        NS,
        NP,
        C,
        S(10),
        40,
    ),
    ("Left SDH measures eight millimetres, previously twelve.", [SDH], NS, DEC, RT, None, 8),
    # --- round G's leftovers: the prior far before its number; a hedged growth ----------------------------------
    (
        "In comparison with the MRI performed on 14 February at St Mary's Hospital, the left occipital intraparenchymal haemorrhage now measures 4.1 cm (previously 3.2 cm).",
        [IPH],
        NS,
        INC,
        C,
        None,
        41,
    ),
    (
        "When compared with the outside hospital CT obtained two days ago in the emergency department, the right SDH measures 7 mm, previously 12 mm.",
        [SDH],
        NS,
        DEC,
        RT,
        None,
        7,
    ),
    (
        "On review of the comparison study from the referring hospital dated 2 March, the cerebellar haematoma measures 35 mm today and measured 22 mm then.",
        [IPH],
        NS,
        INC,
        C,
        None,
        35,
    ),
    (
        "Left temporal haemorrhagic contusion, ? slightly larger than on the morning scan.",
        [CON],
        NS,
        INC,
        U,
        None,
        None,
        *HEDGED_CHANGE,
    ),
    (
        "The right subdural haematoma is possibly slightly larger than yesterday.",
        [SDH],
        NS,
        INC,
        U,
        None,
        None,
        *HEDGED_CHANGE,
    ),
    (
        "The intraventricular blood ?minimally increased compared with the 06:00 CT.",
        [IVH],
        NS,
        INC,
        U,
        None,
        None,
        *HEDGED_CHANGE,
    ),
    (
        "Left frontal haematoma, perhaps slightly bigger than on admission; no shift.",
        [IPH],
        NS,
        INC,
        U,
        None,
        None,
        *HEDGED_CHANGE,
    ),
    (
        "Subarachnoid haemorrhage ?new in the right frontal sulci compared with the CT of this morning.",
        [SAH],
        NS,
        NEW,
        U,
        None,
        None,
        *HEDGED_CHANGE,
    ),
]


def rows() -> list[dict]:
    gold = MAKE_SET.gold_priority
    out = []
    for i, r in enumerate(ROWS_H):
        text, subtypes, acuity, change, want, me, size, *flags = r
        hedged, change_hedged = [*flags, False, False][:2]
        row = {
            "id": f"q8-{i:03d}",
            "kind": "probes-8",
            "text": text,
            "subtypes": subtypes,
            "acuity": acuity,
            "change": change,
            "hedged": bool(hedged),
            "mass_effect": me or M(),
            "size_mm": None if size is None else float(size),
        }
        if change_hedged:  # the change word is hedged, the bleed is not (round G kind 1)
            row["change_hedged"] = True
        row["priority"] = gold(row)
        if row["priority"] != want:
            raise SystemExit(f"{row['id']}: table says {row['priority']}, author meant {want}: {text}")
        out.append(row)
    return out


def main() -> None:
    with OUT.open("w", encoding="utf-8") as f:
        for row in rows():
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
