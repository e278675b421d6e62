# ruff: noqa: E501  (report texts are kept on one line each)
"""Writes heldout-13.jsonl: the worklist-priority held-out set 13 (issue 20), written by `blindp13`.

Every phrase and frame was invented for this set in its author's own words, blind: without opening the rule tier,
the text layer, the priority code, the synthetic generator, the priority / rules tests or the texts of any other
labeled set (read for the format only: README-heldout-12.md up to its measurement, the "Styles" sections of
README-heldout-8..12.md, the first two lines of heldout-12.jsonl, heldout12.py's docstring and scaffolding,
priority_writer.py and the priority-set tests in tests/test_heldout_set.py). Measured once, by the lead, on the
final release; never used to change the extractor or the policy (if it is, it is spent: say so in its README).

Two parts. Part A (240 rows): for every subtype x change cell, five reports composed from hand-written pieces (a
bleed phrase per subtype, a change sentence per change, a mass-effect sentence, sometimes a second bleed) inside
one of sixteen author frames unlike sets 8-12's (Eastern-European-, Chinese- and Filipino-trained authors'
English, EMR copy-forward ICU progress notes, dictation with template leftovers, QA peer-review comments,
emergency theatre bookings, transfer-centre intake forms and deployed field-hospital notes in capitals,
anaesthetic pre-op assessments, trainee overnight handover lists, registry abstraction forms, rehabilitation
admission notes, obstetric HDU notes, remote telemedicine consults, insurance pre-authorisation letters). Each
cell's five rows follow a hand-written intent string (the CELL table); the labels come from the pieces chosen
(deterministic), never from triage. Part B (HAND): whole reports written one by one (several bleeds, serial
numbers across dates, "unchanged size but new IVH", "redistribution", "evolving", postoperative expected blood vs a
new bleed, denied mass effect, hedged shift).

Labels by hand (attributes); gold priority by make_set.gold_priority. Each row states the priority its author meant
(`want`); the script stops if the table disagrees. Conventions (those of set 12):
- the label follows the final word; with several priors the change is against the most recent one.
- change: "no prior" / "no previous imaging" / "first scan" / "comparison: nil" is no_prior; no word on a prior is
  not_stated; several bleeds take the most urgent change; "slightly increased", "expanding", "larger", growth
  stated only by numbers across dates are increased; "evolving" with the bleed not larger is stable;
  "redistribution" takes the change stated with it; a 1 mm difference called "no significant change" is stable.
- acuity only from the words acute, subacute, chronic and mixed (acute-on-chronic); density alone is not_stated.
- subtypes: blood in the ventricles beside another bleed is `intraventricular` with intraventricular_extension;
  alone, `intraventricular` without it; a bleed into a tumour or a cavernoma is `other`; blood in a resection or
  evacuation cavity is the cavity's compartment.
- hedged: the bleed itself is uncertain ("possible", "query", "?", "cannot exclude", "equivocal", "questionable").
- mass effect: "mild shift" with no number is mild; `known` = a sign stated unchanged from the prior (a shift that
  changed is not known).
- size_mm: the largest current linear size stated of any bleed (cm x 10); none when only a volume or nothing.

Run: python tests/data/priority/heldout13.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from priority_writer import *  # noqa: F403  (the label shorthands, R, numbered, write)
from priority_writer import M as mass_effect

OUT = Path(__file__).with_name("heldout-13.jsonl")

AC, SUB, CHR, MIX = "acute", "subacute", "chronic", "mixed"
SUBS = [EDH, SDH, SAH, IPH, IVH, CON, HT, OTH]
CHANGES = [NEW, INC, STB, DEC, NP, NS]


def M(shift=None, mild=False, **signs) -> dict:
    """priority_writer's mass-effect record, where a mild shift is a shift even without its mm."""
    return mass_effect(YES if shift is None and mild else shift, mild, **signs)


# fmt: off
# the bleed phrases: (phrase with {a} for the acuity word, short name for an impression, typical sizes in mm)
BLEED = {
    EDH: [("{a}extradural haematoma over the left temporal squama", "extradural haematoma", (14, 19, 24, 31, 11)),
          ("biconvex {a}epidural hematoma, right frontoparietal", "epidural hematoma", (17, 22, 12, 27, 9))],
    SDH: [("{a}subdural haematoma along the right hemispheric convexity", "subdural haematoma", (9, 13, 7, 18, 11)),
          ("crescentic {a}subdural collection, left fronto-temporal", "subdural collection", (12, 6, 16, 10, 21))],
    SAH: [("{a}subarachnoid haemorrhage in the left sylvian fissure and adjacent sulci", "subarachnoid haemorrhage", (4, 6, 3, 5, 7)),
          ("{a}SAH filling the interpeduncular and ambient cisterns", "SAH", (5, 8, 4, 6, 3))],
    IPH: [("{a}intraparenchymal haemorrhage centred on the right putamen", "putaminal haemorrhage", (28, 35, 22, 41, 19)),
          ("{a}lobar intracerebral hematoma, left parieto-occipital", "lobar ICH", (33, 24, 46, 18, 29))],
    IVH: [("{a}intraventricular haemorrhage, blood layering in both occipital horns", "intraventricular haemorrhage", (5, 8, 4, 6, 9)),
          ("{a}IVH casting the third ventricle and the left lateral ventricle", "IVH", (11, 7, 13, 6, 10))],
    CON: [("{a}haemorrhagic contusions of both inferior frontal lobes", "frontal contusions", (18, 14, 22, 11, 16)),
          ("{a}contusion in the right temporal pole", "temporal contusion", (13, 21, 9, 17, 25))],
    HT: [("{a}haemorrhagic transformation within the known left MCA infarct", "haemorrhagic transformation", (21, 32, 17, 26, 38)),
         ("{a}hemorrhagic conversion of the right PCA-territory infarct", "hemorrhagic conversion", (15, 24, 29, 19, 12))],
    OTH: [("{a}haemorrhage into the known right frontal melanoma metastasis", "haemorrhagic metastasis", (19, 26, 14, 31, 22)),
          ("{a}bleed within the left temporal cavernoma", "cavernoma bleed", (12, 9, 16, 14, 20))],
}
ACU = {AC: "acute ", SUB: "subacute ", CHR: "chronic ", MIX: "acute-on-chronic ", NS: ""}
SIZE = ["measuring {x}", "{x} in maximal thickness", "up to {x}", "{x} across", "approx. {x}"]
PLAIN = ["There is {b}.", "Demonstrated is {b}.", "Seen: {b}.", "Visualised {b}.", "Shows {b}."]
HEDGE = ["Possible {b}.", "Query {b}.", "? {b}.", "Equivocal hyperdensity, questionable {b}.", "Cannot exclude {b}, versus beam-hardening."]
WHEN = ["the CT of 04.12", "yesterday's scan", "the 02:10 study", "CT dated 3/12/26", "the outside CT on Friday", "the admission scan", "the scan six hours earlier", "the study of 1 Dec"]
CHG = {
    NEW: ["Not present on {w}.", "This is new since {w}.", "{W} was clear; interval development.", "Absent on {w} - new finding."],
    INC: ["Slightly increased from {p} on {w}.", "On {w} it measured {p}.", "Interval expansion since {w} (was {p}).", "Evolving and enlarging compared with {w}, then {p}.", "Larger than {w} ({p})."],
    STB: ["Unchanged from {w} ({p} then).", "Evolving in attenuation but no larger than on {w}.", "No significant change since {w} ({p} then).", "Stable when compared to {w}.", "Same dimension on {w}."],
    DEC: ["Smaller than on {w}, when it measured {p}.", "Resolving; {p} on {w}.", "Decreasing in size and density since {w}.", "Partially resorbed since {w}.", "It measured {p} on {w}."],
    NP: ["No prior imaging for comparison.", "First cranial imaging; nothing to compare.", "Comparison: nil on PACS.", "No previous study available."],
    NS: [""],
}
CHWORD = {NEW: ", new", INC: ", increased", STB: ", stable", DEC: ", regressing", NP: "", NS: ""}
CLIN = ["fall from ladder, on warfarin", "sudden thunderclap headache", "found down at home, GCS 11", "motorbike crash, helmeted",
        "drowsy since morning, on apixaban", "hypertensive, left weakness", "post-thrombectomy day 1", "known metastatic melanoma, new seizure",
        "assault, brief LOC", "vomiting and confusion overnight", "elderly, recurrent falls", "eclampsia, seizure at 33 weeks"]

# the cells: for each subtype x change, five intents (hand-written)
# c critical by the change, C critical by a sign (H: hedged with a critical sign), h hedged urgent, u urgent,
# r routine, k routine with a sign stated unchanged, o routine chronic collection with no prior / no word on one
CELL = {
    NEW: {EDH: "ccchh", SDH: "ccchH", SAH: "cccch", IPH: "ccchh", IVH: "cccch", CON: "ccchH", HT: "ccchh", OTH: "ccchh"},
    INC: {EDH: "ccccc", SDH: "ccccH", SAH: "ccccc", IPH: "ccccc", IVH: "ccccc", CON: "ccccc", HT: "ccccH", OTH: "ccccc"},
    STB: {EDH: "rrrkh", SDH: "rrkCh", SAH: "rrrCh", IPH: "rrkCh", IVH: "rrrCh", CON: "rrkCh", HT: "rrrkh", OTH: "rrkCr"},
    DEC: {EDH: "rrrkr", SDH: "rrkCr", SAH: "rrrCr", IPH: "rrkCr", IVH: "rrrCr", CON: "rrkCr", HT: "rrrkC", OTH: "rrkrC"},
    NP: {EDH: "uuuCo", SDH: "uuoCo", SAH: "uuuuh", IPH: "uuCho", IVH: "uuuuh", CON: "uuCho", HT: "uuCuo", OTH: "uuCho"},
    NS: {EDH: "uuuCo", SDH: "uuoCo", SAH: "uuuuh", IPH: "uuCho", IVH: "uuuuh", CON: "uuCho", HT: "uuCuo", OTH: "uuCho"},
}
# mass-effect sentences: (text, record kwargs)
ME_C = [("", {}), ("No midline shift or herniation.", {}), ("Midline shift {s} mm.", {"shift": 3}), ("{s} mm of leftward subfalcine shift.", {"shift": 8}),
        ("Basal cisterns effaced, midline displaced {s} mm.", {"shift": 6, "cist": True}), ("Mild midline shift.", {"mild": True}),
        ("Temporal horns ballooned - acute hydrocephalus.", {"hydro": True}), ("Midline shift {s} mm.", {"shift": 5}),
        ("Early right uncal herniation.", {"hern": True}), ("Some midline shift, not measured on this series.", {"shift": YES}),
        ("No mass effect.", {}), ("Shift of the septum pellucidum 1.1 cm.", {"shift": 11})]
ME_BIG = [("Midline shift {s} mm.", {"shift": 5}), ("Obstructive hydrocephalus, third ventricle compressed.", {"hydro": True}),
          ("Descending transtentorial herniation with {s} mm shift.", {"shift": 9, "hern": True}), ("Ambient and quadrigeminal cisterns effaced; shift {s} mm.", {"shift": 7, "cist": True}),
          ("Septum deviated {s} mm to the right.", {"shift": 5}), ("Tonsillar herniation at the foramen magnum, hydrocephalus.", {"hern": True, "hydro": True}),
          ("0.6cm midline shift.", {"shift": 6})]
ME_NEWSIGN = [("New hydrocephalus since {w}.", {"hydro": True}), ("Shift now {s} mm, was 2 mm on {w}.", {"shift": 6}),
              ("New left uncal herniation compared to {w}.", {"hern": True}), ("Midline shift increased to {s} mm (3 mm on {w}).", {"shift": 5}),
              ("Cisterns newly effaced with {s} mm shift.", {"shift": 7, "cist": True})]
ME_U = [("", {}), ("No mass effect.", {}), ("Midline shift {s} mm.", {"shift": 2}), ("Minimal {s} mm shift.", {"shift": 4}), ("", {}), ("No midline shift.", {})]
ME_R = [("", {}), ("No mass effect.", {}), ("Residual shift {s} mm.", {"shift": 2}), ("", {}), ("Cisterns patent.", {})]
ME_K = [("Midline shift {s} mm, unchanged from {w}.", {"shift": 6, "known": [SHIFT]}), ("Ventriculomegaly - hydrocephalus as on {w}, not progressed.", {"hydro": True, "known": [HYDRO]}),
        ("Uncal herniation unchanged since {w}.", {"hern": True, "known": [HERN]}), ("Suprasellar cistern effaced, as before.", {"cist": True, "known": [CIST]}),
        ("Shift {s} mm and effaced cisterns, both as on {w}.", {"shift": 7, "cist": True, "known": [SHIFT, CIST]})]
# second bleeds: (sentence, subtype, record kwargs)
IVE = ("Blood extends into the lateral ventricles.", IVH, {"ive": True})
TSAH = ("Thin traumatic subarachnoid blood in the high convexity sulci.", SAH, {})


def _f_ee(p):
    return f"CT of the brain without contrast enhancement.\nOn the series of axial tomograms is visualised: {p['body']}\nCONCLUSION: CT-picture of {p['imp']}."


def _f_cn(p):
    return f"Plain CT scan of brain showed: {p['body']} Diagnostic opinion: {p['imp']}. Suggest dynamic review and clinical correlation."


def _f_ph(p):
    return f"NON-CONTRAST CRANIAL CT\nHistory: {p['clin']}\nFindings: {p['body']}\nImpression:\n{p['imp'][0].upper() + p['imp'][1:]}.\nSuggest correlation with clinical findings."


def _f_copy(p):
    return (f"ICU PROGRESS NOTE (copied forward from previous day, edited)\nS: {p['clin']}; overnight events reviewed with the bedside nurse, pupils equal and reactive, sedation held for a neuro exam at 0600.\n"
            f"O: MAP 85-95 on low-dose noradrenaline, Na 141, platelets 188, INR corrected.\nImaging today (updated): {p['body']}\nA/P: {p['imp']}. Neurosurgery aware; continue hourly neuro-obs, BP target per neurosurgical plan, repeat imaging if GCS falls.")


def _f_tpl(p):
    return f"EXAM: CT HEAD WO CONTRAST\nINDICATION: [***] {p['clin']}\nTECHNIQUE: Axial images, [SELECT: 5 mm / 2.5 mm] reconstructions.\nFINDINGS: {p['body']} <<ventricles/extra-axial: see above>>\nIMPRESSION: {p['imp'][0].upper() + p['imp'][1:]}. [END TEMPLATE]"


def _f_qa(p):
    return f"Peer review (QA) - case selected at random. Reviewer's read: {p['body']} Reviewer agrees with the original report: {p['imp']}. Score 1, no discrepancy."


def _f_theatre(p):
    return f"EMERGENCY THEATRE BOOKING\nUrgency category: per on-call consultant\nIndication: {p['clin']}\nImaging: {p['body']}\nSummary: {p['imp']}."


def _f_transfer(p):
    return f"TRANSFER CENTRE INTAKE\nREFERRING SITE: RURAL ED\nREASON: {p['clin']}\nCT AS READ BY REFERRING RADIOLOGIST: {p['body']}\nCALL SUMMARY: {p['imp']}.".upper()


def _f_mil(p):
    return f"ROLE 3 MTF - NEURO IMAGING NOTE\nMOI: {p['clin']}\nCT: {p['body']}\nASSESSMENT: {p['imp']}. FOR AE REVIEW.".upper()


def _f_preop(p):
    return f"Anaesthetic pre-op assessment. ASA 4E. Airway: Mallampati 2. Indication for theatre / context: {p['clin']}. Relevant imaging: {p['body']} Anaesthetic plan: avoid hypertension and hypercapnia; invasive arterial line. Imaging summary: {p['imp']}."


def _f_handover(p):
    return f"Overnight trainee handover list, item {p['i'] % 9 + 1}:\n- {p['clin']}\n- {p['body']}\n- Issued: {p['imp']}; consultant to countersign in the morning."


def _f_registry(p):
    return f"Registry abstraction form\nField 4 (source): CT head report\nField 5 (verbatim findings): {p['body']}\nField 6 (reported diagnosis): {p['imp']}"


def _f_rehab(p):
    return (f"Rehabilitation unit admission note. Transferred from the acute neurosurgical ward for inpatient rehabilitation; background {p['clin']}. Goals discussed with family: mobility, swallowing, "
            f"cognition. Most recent head imaging before transfer: {p['body']} Summary for the team: {p['imp']}. Plan: physiotherapy, speech therapy, falls precautions, review of antithrombotics with the medical team.")


def _f_obs(p):
    return f"Obstetric HDU note - G2P1, postpartum day 1.\nContext: {p['clin']}.\nCT head: {p['body']}\nImpression: {p['imp']}. Magnesium continues; BP 150/95."


def _f_tele(p):
    return f"Telemedicine consult (remote mine-site clinic). Local medic transmitted images; reading clinician reports: {p['body']} Opinion: {p['imp']}. Evacuation discussed."


def _f_preauth(p):
    return f"Re: request for prior authorisation of inpatient neurosurgical admission. Dear Reviewer, the patient ({p['clin']}) had CT imaging showing: {p['body']} Diagnosis: {p['imp']}. Kind regards, admitting physician."


FRAMES = [_f_ee, _f_cn, _f_ph, _f_copy, _f_tpl, _f_qa, _f_theatre, _f_transfer, _f_mil, _f_preop, _f_handover, _f_registry, _f_rehab, _f_obs, _f_tele, _f_preauth]
# fmt: on


def _size(mm: int, k: int) -> str:
    """A size written in mm or in cm (one decimal), with or without the space."""
    return [f"{mm} mm", f"{mm / 10:.1f} cm", f"{mm}mm", f"{mm / 10:.1f}cm"][k % 4]


def _acuity(code: str, sub: str, k: int) -> str:
    """Acuity for a row: chronic collections for 'o'; else a rotation that fits the subtype."""
    if code == "o":
        return CHR
    if code in "rk":
        cyc = [NS, SUB, AC, NS, CHR if sub in (SDH, IPH, CON) else SUB]
    else:
        cyc = [AC, NS, AC, SUB, NS, MIX if sub == SDH else AC]
    return cyc[k % len(cyc)]


def _pick_me(code: str, change: str, k: int, nk: int):
    """The mass-effect sentence and record for an intent; nk counts the 'k' rows so each known sign comes in turn."""
    if code == "c":
        return ME_C[k % len(ME_C)]
    if code in "CH":
        return (ME_NEWSIGN if change in (STB, DEC) else ME_BIG)[k % (5 if change in (STB, DEC) else 7)]
    if code in "uh":
        return ME_U[k % len(ME_U)]
    if code == "k":
        return ME_K[nk % len(ME_K)]
    if code == "r":
        return ME_R[k % len(ME_R)] if change == DEC else ME_R[(0, 1, 4)[k % 3]]
    return ("", {})


def composed() -> list[dict]:
    """Part A: five composed rows per subtype x change cell, from the CELL intents."""
    out = []
    k = nk = 0
    for change in CHANGES:
        for sub in SUBS:
            for j, code in enumerate(CELL[change][sub]):
                k += 1
                phrase, short, sizes = BLEED[sub][(j + k) % 2]
                acu = _acuity(code, sub, k)
                mm = sizes[j]
                sized = k % 7 != 3
                b = phrase.format(a=ACU[acu])
                if sized:
                    b += ", " + SIZE[k % len(SIZE)].format(x=_size(mm, k))
                hedged = code in "hH"
                find = (HEDGE if hedged else PLAIN)[k % 5].format(b=b)
                find = find[0].upper() + find[1:]
                w = WHEN[k % len(WHEN)]
                tpl = CHG[change][k % len(CHG[change])]
                if change == INC:
                    prev = max(2, mm - (2 + k % 5))
                elif change == DEC:
                    prev = mm + 3 + k % 6
                else:
                    prev = mm + (1 if "significant" in tpl else 0)
                if not sized and "{p}" in tpl:  # a numbers-only sentence needs the current size
                    tpl = CHG[change][0] if change != INC else "Slightly increased since {w}."
                    if "{p}" in tpl:
                        tpl = {
                            STB: "Stable when compared to {w}.",
                            DEC: "Decreasing in size and density since {w}.",
                        }[change]
                chg = tpl.format(w=w, W=w[0].upper() + w[1:], p=_size(prev, k + 1))
                subtypes = [sub]
                me_text, me_kw = _pick_me(code, change, k, nk)
                nk += code == "k"
                me_kw = dict(me_kw)
                second = ""
                if code in "cC" and sub in (IPH, HT, SAH) and k % 3 == 0:
                    second, extra, kw = IVE
                    subtypes.append(extra)
                    me_kw.update(kw)
                elif code == "c" and sub in (SDH, EDH, CON) and k % 4 == 1:
                    second, extra, kw = TSAH
                    subtypes.append(extra)
                s = me_kw.get("shift")
                me_line = me_text.format(s=s if isinstance(s, int) else "", w=w)
                body = " ".join(x for x in (find, second, chg, me_line) if x)
                imp = ("possible " if hedged else "") + ACU[acu] + short + CHWORD[change]
                if change == INC and tpl.startswith("On "):
                    imp = ACU[acu] + short  # growth stated only by the numbers
                want = {"c": C, "C": C, "H": C, "h": U, "u": U, "r": RT, "k": RT, "o": RT}[code]
                p = {"body": body, "imp": imp, "clin": CLIN[k % len(CLIN)], "i": k}
                text = FRAMES[k % len(FRAMES)](p)
                out.append(R(text, subtypes, acu, change, want, M(**me_kw), mm if sized else None, hedged))
    return out


# fmt: off
HAND = [
    R("CT head, post-op day 1 after left craniotomy and evacuation of acute subdural haematoma.\nExpected postoperative pneumocephalus and a thin 4 mm rim of residual subdural blood under the flap, less than the preoperative 19 mm collection. No new haemorrhage. Midline shift 3 mm (was 9 mm pre-op).\nImpression: satisfactory post-evacuation appearances.",
      [SDH], AC, DEC, RT, M(shift=3), 4),
    R("Post-op check after right frontal glioma resection: blood products lining the resection cavity as expected, but there is also a new 2.3 cm haematoma within the cavity, not present on the immediate post-op scan, with 6 mm midline shift. Neurosurgery informed by phone.",
      [IPH], NS, NEW, C, M(shift=6), 23),
    R("Serial CT, right thalamic bleed:\n02/12  16 mm\n03/12  16 mm\n05/12  22 mm\nNo shift on any study. No hydrocephalus.",
      [IPH], NS, INC, C, M(), 22),
    R("Follow-up CT. The left caudate haemorrhage is unchanged in size at 14 mm compared with yesterday, but there is new intraventricular haemorrhage in the frontal horns. Ventricles not enlarged.",
      [IPH, IVH], NS, NEW, C, M(ive=True), 14),
    R("Repeat CTB day 3 post-aneurysm coiling: subarachnoid blood has redistributed into the dependent occipital horns and posterior fossa cisterns; overall volume decreasing. No hydrocephalus, the EVD is in a good position.",
      [SAH, IVH], NS, DEC, RT, M(ive=True)),
    R("Repeat CT: redistribution of the intraventricular blood into the occipital horns, and the temporal horns are now dilated - new hydrocephalus compared with the morning scan. Parenchymal bleed itself 27 mm, similar.",
      [IPH, IVH], NS, STB, C, M(hydro=True, ive=True), 27),
    R("TELEPHONE RESULT CALLBACK LOG 23:40. CALLER READ BACK: BILATERAL ACUTE-ON-CHRONIC SUBDURAL COLLECTIONS, RIGHT 11 MM, LEFT 8 MM, NO PRIOR IMAGING. MIDLINE SHIFT 2 MM. ACKNOWLEDGED BY ED REGISTRAR.",
      [SDH], MIX, NP, U, M(shift=2), 11),
    R("Stroke unit handover, bed 7: right MCA infarct day 2 after tenecteplase. Today's CT: petechial haemorrhagic transformation along the insular cortex, HI-1 type, not present on the 24 h scan. No mass effect. Continue to withhold antiplatelets pending stroke consultant review.",
      [HT], NS, NEW, C, M()),
    R("Neurosurgical MDT outcome list, item 3: 81-year-old, chronic subdural haematoma left 18 mm, follow-up CT shows no significant change (17 mm previously), midline shift 5 mm unchanged from last month. Outcome: conservative, repeat CT in 6 weeks, no theatre.",
      [SDH], CHR, STB, RT, M(shift=5, known=[SHIFT]), 18),
    R("Discharge summary. Diagnosis: traumatic SAH and left frontal contusion after a fall. Admission CT showed contusion 1.2 cm with thin convexity SAH; repeat CT at 24 h showed the contusion evolving with surrounding oedema, not larger, and the SAH less conspicuous. No shift. Discharged home day 3 with GP follow-up and head-injury advice.",
      [CON, SAH], NS, STB, RT, M(), 12),
    R("Teleradiology night read 03:15 (provisional). Hyperdense focus in the right sylvian fissure, questionable small subarachnoid haemorrhage versus vessel. Questionable minimal leftward shift, perhaps 1-2 mm, if real. No previous imaging. Suggest CTA.",
      [SAH], NS, NP, U, M(shift=2), None, True),
    R("Telephone callback to the ward: the CT shows a 3.1 cm acute right cerebellar haematoma with the fourth ventricle effaced and early obstructive hydrocephalus; no prior scan to compare. Neurosurgery on-call paged.",
      [IPH], AC, NP, C, M(hydro=True), 31),
    R("QA comment: original report called the extra-axial collection 'stable'. On review, the right acute EDH measures 1.6 cm today against 1.1 cm on the scan 4 hours earlier; reviewer's final opinion: increasing epidural haematoma, discrepancy communicated to the treating team.",
      [EDH], AC, INC, C, M(), 16),
    R("MDT list item 7 - chronic SDH, R, 14 mm, surgery declined by patient. No comparison available in our system. No midline shift. Outcome: GP review, CT only if symptomatic.",
      [SDH], CHR, NP, RT, M(), 14),
    R("EMR note (copy-forward, not updated since admission - please verify): 'small L parietal ICH 9 mm'. TODAY'S CT (verified): left parietal haemorrhage 9 mm, stable, evolving in density. Small subdural collection on the right 4 mm, also stable. No mass effect.",
      [IPH, SDH], NS, STB, RT, M(), 9),
    R("Neuro-ICU handover (stroke/neuro ICU, night to day): pontine haemorrhage 17 mm, first imaging done at the referring hospital is not available to us. GCS 8, intubated. Fourth ventricle partly compressed, no hydrocephalus yet. BP target SBP < 140.",
      [IPH], NS, NP, U, M(), 17),
    R("CT brain (Sri Lankan district hospital, read by visiting consultant): large acute left temporal EDH 3.4 cm with subfalcine herniation and uncal herniation, midline shift 1.2 cm. Fracture of the squamous temporal bone. Advised urgent transfer for craniotomy.",
      [EDH], AC, NS, C, M(shift=12, hern=True), 34),
    R("Trauma CT head: multiple foci - acute right frontal contusion 2.2 cm, thin acute left convexity subdural 5 mm, and traumatic SAH in the interhemispheric fissure. No previous imaging. No shift, cisterns open.",
      [CON, SDH, SAH], AC, NP, U, M(), 22),
    R("Repeat trauma CT at 6 h: the right frontal contusion has blossomed from 2.2 cm to 3.0 cm; the left subdural and the interhemispheric SAH are unchanged. Shift 4 mm.",
      [CON, SDH, SAH], NS, INC, C, M(shift=4), 30),
    R("Outpatient MRI (SWI) for follow-up: superficial siderosis and 12 chronic lobar microbleeds; the known left occipital lobar haematoma is now a 9 mm slit-like cavity with hemosiderin, smaller than the 3.3 cm haematoma six months ago.",
      [IPH], NS, DEC, RT, M(), 9),
    R("INTERVAL CT: BIFRONTAL CONTUSIONS AND LAYERING IVH, BOTH DECREASING. VENTRICULAR SIZE STABLE WITH EVD. NO NEW BLEED.",
      [CON, IVH], NS, DEC, RT, M(ive=True)),
    R("Ward-round note (Dr K., Latin-American trained): patient with haemorrhage into a known renal cell metastasis of the cerebellum, 2.0 cm, and small intraventricular blood in the fourth ventricle. Compared with CT from 2 days ago: similar size. Early hydrocephalus unchanged as before.",
      [OTH, IVH], NS, STB, RT, M(hydro=True, ive=True, known=[HYDRO]), 20),
    R("Polish-trained consultant's report: CT examination of the head, native. A hyperdense area in the right basal ganglia 2.7 x 1.9 cm, with perifocal oedema, and blood in the lateral ventricles. The ventricular system is not widened. Without previous examinations.",
      [IPH, IVH], NS, NP, U, M(ive=True), 27),
    R("Discharge summary (neurosurgery). Admitted with acute-on-chronic right SDH 21 mm, midline shift 8 mm; burr-hole drainage day 1. Post-op CT: expected pneumocephalus, residual collection 7 mm, shift now 3 mm, decreasing. Drain removed day 2. Discharged day 5.",
      [SDH], MIX, DEC, RT, M(shift=3), 7),
    R("Recollection: right SDH after burr holes two weeks ago now 15 mm, acute-on-chronic with a fresh hyperdense component, up from 8 mm on the discharge scan. Shift 5 mm. For re-drainage.",
      [SDH], MIX, INC, C, M(shift=5), 15),
    R("Registry form, stroke database. Field: haemorrhage after thrombolysis - ? PH-1 within the left frontal infarct, cannot exclude contrast staining after thrombectomy. Field: comparison - not recorded. Field: mass effect - none.",
      [HT], NS, NS, U, M(), None, True),
    R("Neonatal cranial ultrasound (NICU): grade II germinal matrix-intraventricular haemorrhage on the left, unchanged since the day-3 scan; ventricles within normal limits.",
      [IVH], NS, STB, RT, M()),
    R("NICU US: grade III IVH on the right, similar in extent to last week's scan, now with ventricular dilatation - posthaemorrhagic hydrocephalus, new since last week. Neurosurgery review requested.",
      [IVH], NS, STB, C, M(hydro=True)),
    R("Plain CT head reveals acute left SDH 8 mm and a small acute SAH in the right sylvian fissure. No old films to compare. No shift, ventricles normal. Kindly review with neurosurgery in the morning if stable clinically.",
      [SDH, SAH], AC, NP, U, M(), 8),
    R("Tomography of skull without contrast: hematic collection epidural, right parietal, 13 mm thick, and a contusive focus frontal left of 9 mm. Comparison is not available, no previous study. Midline structures centred.",
      [EDH, CON], NS, NP, U, M(), 13),
    R("Stroke-code debrief, 04:30.\nCT #2: left thalamic bleed 2.4 cm with blood in the third and lateral ventricles and early hydrocephalus.\nCT #1 (3 h earlier, in ED) was negative for haemorrhage, so all of this is new.\nAction: EVD discussed with neurosurgery.",
      [IPH, IVH], NS, NEW, C, M(hydro=True, ive=True), 24),
]
# fmt: on


def rows() -> list[dict]:
    return numbered(composed() + HAND, "p13", "heldout-13")


def main() -> None:
    write(OUT, rows())


if __name__ == "__main__":
    main()
