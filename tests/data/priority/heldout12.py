# ruff: noqa: E501  (report texts are kept on one line each)
"""Writes heldout-12.jsonl: the worklist-priority held-out set 12 (issue 20), written by `pblind12`.

Every phrase and frame was invented for this set in its author's own words, blind: without opening the rule tier,
the text layer, the priority code, the synthetic generator, the priority / rules tests or the texts of any other
labeled set (read for the format only: make_set.py's docstring, `gold_priority`, `CRITICAL_SIGNS` and `_me`,
heldout11.py's docstring and helper code, README-heldout-11.md up to "How to measure", the first line of
heldout-11.jsonl, priority_writer.py and the priority-set tests in tests/test_heldout_set.py). Measured once, by
the lead, on the final release; never used to change the extractor or the policy (if it is, it is spent: say so
in its README).

Two parts. Part A (240 rows): for every subtype x change cell, five reports composed from hand-written pieces (a
bleed phrase per subtype, a change sentence per change, a mass-effect sentence) inside one of eighteen author
frames unlike sets 8-11's (UK NHS reports, neurosurgical referral letters, German / Dutch / Scandinavian / French /
Italian / Japanese / Korean / Gulf / West-African-trained authors' English, Canadian bilingual, US academic numbered
impressions, resident prelim vs attending final, legacy ALL CAPS, unpunctuated dictation, SBAR handovers,
EMS / retrieval notes, neuro-ICU flowsheet narrative, post-op checks, medicolegal letters, clinic letters with
serial measurements, yes/no checklists). The labels come from the pieces chosen (seeded, deterministic), never
from triage. Part B (27 rows): whole reports written one by one (several bleeds, acute-on-chronic, tables of
serial CTs, "unchanged size but new IVH", "redistribution", "evolving", re-bleed after surgery).

Labels by hand (attributes); gold priority by make_set.gold_priority. Each row states the priority its author meant
(`want`: for Part A from the piece's intent: a sign meant critical, a hedge, the change, a chronic collection);
the script stops if the table disagrees. Conventions (those of set 11):
- the label follows the final word (attending over resident, consultant over referrer); with several priors the
  change is against the most recent one (a table's last row).
- change: "no previous imaging" / "first scan" / "no comparison" is no_prior; no word on a prior is not_stated;
  several bleeds take the most urgent change; "slightly increased", "expanding", "re-bleed" are increased;
  "evolving" with the bleed not larger is stable; "redistribution" takes the change stated with it; a 1 mm
  difference called "no significant interval change" is stable.
- acuity only from the words acute, subacute, chronic and mixed (acute-on-chronic); density alone is not_stated.
- subtypes: blood in the ventricles beside another bleed is `intraventricular` with intraventricular_extension;
  alone, `intraventricular` without it; a bleed into a tumour or a cavernoma is `other`.
- hedged: the bleed itself is uncertain ("possible", "?", "cannot exclude", "equivocal", "may represent").
- mass effect: "mild shift" with no number is mild; `known` = a sign stated unchanged from the prior.
- size_mm: the largest current linear size stated (cm x 10); none when only a volume or nothing.

Run: python tests/data/priority/heldout12.py
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from priority_writer import *  # noqa: F403  (the label shorthands, R, numbered, write)
from priority_writer import M as mass_effect

OUT = Path(__file__).with_name("heldout-12.jsonl")

AC, SUB, CHR, MIX = "acute", "subacute", "chronic", "mixed"


def M(shift=None, mild=False, **signs) -> dict:
    """priority_writer's mass-effect record, where a mild shift is a shift even without its mm."""
    return mass_effect(YES if shift is None and mild else shift, mild, **signs)


# fmt: off
BLEED = {
    EDH: ["{a}extradural haematoma over the {s} temporal convexity, {z} thick", "{a}epidural collection, lentiform, {s} parietal, maximal depth {z}"],
    SDH: ["{a}subdural haematoma along the {s} hemispheric convexity measuring {z} in depth", "{a}subdural collection over the {s} fronto-parietal convexity, {z} maximal thickness"],
    SAH: ["{a}subarachnoid haemorrhage in the {s} sylvian fissure and adjacent sulci, {z} at its thickest", "{a}subarachnoid blood in the {s} parafalcine and convexity sulci, up to {z}"],
    IPH: ["{a}intracerebral haematoma in the {s} basal ganglia measuring {z}", "{a}intraparenchymal haemorrhage of the {s} frontal lobe, {z} in greatest diameter"],
    IVH: ["{a}intraventricular haemorrhage layering in the occipital horn of the {s} lateral ventricle, {z} deep", "{a}blood confined to the {s} lateral ventricle, a cast of {z}"],
    CON: ["{a}haemorrhagic contusion of the {s} temporal pole, {z}", "{a}contusional haemorrhage of the {s} orbitofrontal gyri measuring {z}"],
    HT: ["{a}haemorrhagic transformation of the {s} MCA territory infarct, haematoma {z}", "{a}haemorrhagic conversion within the {s} PCA infarct, a focus of {z}"],
    OTH: ["{a}haemorrhage into the {s} frontal metastasis, {z}", "{a}bleed confined to the {s} pontine cavernoma, {z}"],
}
SHORT = {EDH: "extradural haematoma", SDH: "subdural haematoma", SAH: "subarachnoid haemorrhage", IPH: "intracerebral haemorrhage",
         IVH: "intraventricular haemorrhage", CON: "haemorrhagic contusion", HT: "haemorrhagic transformation", OTH: "haemorrhage into a lesion"}
ACU = {AC: "acute ", SUB: "subacute ", CHR: "chronic ", MIX: "acute-on-chronic ", NS: ""}
PLAIN = ["There is {b}.", "Demonstrated: {b}.", "We see {b}.", "Findings include {b}."]
HEDGE = ["Possible {b}.", "Query {b}.", "Equivocal hyperdensity which may represent {b}.", "Cannot exclude {b}."]
WHEN = ["yesterday's CT", "the CT of two days ago", "the scan from last week", "this morning's scan", "the study of 03/11"]
CHANGE = {
    NEW: ["This is new compared with {w}.", "Not seen on {w}.", "Absent on {w}; this is new.", "Interval appearance since {w}."],
    INC: ["Increased from {p} on {w}.", "Slightly increased compared with {w} (previously {p}).", "Haematoma expansion since {w}, previously {p}.", "Enlarging: it measured {p} on {w}."],
    STB: ["No significant interval change since {w} (previously {p}).", "Unchanged compared with {w}.", "Evolving in density but not larger than on {w} ({p} then).", "Stationary compared with {w}, {p} then."],
    DEC: ["Smaller than on {w} (previously {p}).", "Resolving; it measured {p} on {w}.", "Decreased since {w}, previously {p}.", "Regressing in size and density compared with {w}."],
    NP: ["No previous imaging for comparison.", "First scan; no prior available.", "Comparison: none available.", "No earlier examination on PACS."],
    NS: [""],
}
CHWORD = {NEW: ", new", INC: ", increased", STB: ", unchanged", DEC: ", decreasing", NP: "", NS: ""}
CLIN = ["fall down stairs, on apixaban", "sudden severe headache at the gym", "confused after a fall at home", "GCS drop on the ward",
        "headache and vomiting", "assaulted, brief loss of consciousness", "found on the floor by her son", "weakness of the arm since lunch"]
# mass-effect pieces: key -> (sentence templates, mass-effect builder of n, an intended critical sign)
MASS = {
    "none": (["No midline shift.", "No mass effect.", "Basal cisterns patent, ventricles normal in size.", ""], lambda n: M(), False),
    "shift_hi": (["Midline shift {n} mm to the {o}.", "{n} mm of subfalcine shift to the {o}."], lambda n: M(n), True),
    "shift5": (["Midline shift of 5 mm.", "5 mm subfalcine shift to the {o}."], lambda n: M(5), True),
    "shift_lo": (["Midline shift {k} mm.", "Minimal shift of the midline, {k} mm."], lambda n: M(n - 5), False),
    "mild": (["Mild midline shift.", "Mild shift of the septum to the {o}."], lambda n: M(mild=True), False),
    "shift_un": (["Midline shift to the {o}, not measured."], lambda n: M(YES), True),
    "hydro": (["Hydrocephalus with dilated temporal horns.", "Obstructive hydrocephalus."], lambda n: M(hydro=True), True),
    "hern": (["Uncal herniation on the {s}.", "Subfalcine herniation."], lambda n: M(hern=True), True),
    "cist": (["Effacement of the basal cisterns.", "The perimesencephalic cisterns are effaced."], lambda n: M(cist=True), True),
    "ive": (["Extension into the ventricular system.", "Blood has ruptured into the lateral ventricles."], lambda n: M(ive=True), False),
    "k_shift": (["The {n} mm midline shift is unchanged.", "Unchanged midline shift of {n} mm."], lambda n: M(n, known=[SHIFT]), False),
    "k_hydro": (["Hydrocephalus is unchanged.", "Ventricular dilatation (hydrocephalus) as before."], lambda n: M(hydro=True, known=[HYDRO]), False),
    "k_hern": (["Subfalcine herniation unchanged from before."], lambda n: M(hern=True, known=[HERN]), False),
    "k_cist": (["Partial effacement of the ambient cistern, unchanged."], lambda n: M(cist=True, known=[CIST]), False),
    "new_hydro": (["However, new hydrocephalus has developed.", "But the temporal horns are now dilated: new hydrocephalus."], lambda n: M(hydro=True), True),
    "new_shift": (["But midline shift is now {n} mm (previously 2 mm)."], lambda n: M(n), True),
}
HAND: list[dict] = [
    R("Referral (neurosurgery, Oslo-trained author): CT caput after a bicycle fall shows a thin layer of traumatic subarachnoid blood in the left central sulcus and a 9 mm haemorrhagic contusion in the left frontal lobe. No earlier imaging exists. Ventricles and cisterns normal. We suggest observation at the local hospital.", [SAH, CON], NS, NP, U, M(), 9),
    R("MVC, 33M. CT: small acute subdural haematoma 4 mm along the right tentorial leaf and a thin sliver of extradural blood under the right temporal fracture, 3 mm. No shift. Obs and repeat scan in 6 h.", [SDH, EDH], AC, NS, U, M(), 4),
    R("CT brain plain as per ER. Small hyperdense focus in the left thalamus, 8 mm, could represent a haemorrhage or calcification; there may also be dependent blood in the occipital horns. No comparison study. Advise MRI.", [IPH, IVH], NS, NP, U, M(ive=True), 8, True),
    R("dictation begins ct head patient on warfarin inr 4 point 2 there is acute subdural blood along the falx 6 millimetres and further small subarachnoid blood in the right frontal sulci no midline shift no hydrocephalus no prior imaging dictation ends", [SDH, SAH], AC, NP, U, M(), 6),
    R("S: Mrs K, bed 12, new confusion.\nB: day 3 after coiling of a PComm aneurysm.\nA: repeat CT: radiologist says a subtle density near the coil mass, not there on Monday, may be a small fresh subarachnoid bleed vs streak artefact. No hydrocephalus.\nR: registrar to review, CTA discussed.", [SAH], NS, NEW, U, M(), None, True),
    R("EXAM: CT head without contrast.\nCOMPARISON: CT 11/29.\nFINDINGS: 6 mm hyperdensity in the right cerebellar hemisphere, not visible before, questionable hemorrhage versus calcified granuloma.\nIMPRESSION:\n1. Questionable small new right cerebellar hemorrhage. MRI recommended.", [IPH], NS, NEW, U, M(), 6, True),
    R("Plain head CT. Slight high density at the left sylvian fissure. We cannot deny subarachnoid haemorrhage. No ventricle enlargement.", [SAH], NS, NS, U, M(), None, True),
    R("Brain CT. Acute SDH, Lt. convexity, thickness 7 mm, with small amount of SAH at Lt. sylvian fissure. Midline shift 3 mm. Compared with: none.", [SDH, SAH], AC, NP, U, M(3), 7),
    R("Hémorragie sous-arachnoïdienne périmésencéphalique aiguë / acute perimesencephalic subarachnoid haemorrhage, without hydrocephalus. Pas d'examen antérieur / no prior examination.", [SAH], AC, NP, U),
    R("HEMS pre-alert: 70F, fall from horse, GCS 13. Local CT (prelim from their reg): small right frontal contusions with an overlying thin subdural 3 mm and a little blood in the interpeduncular cistern. Pupils equal and reactive.", [CON, SDH, SAH], NS, NS, U, M(), 3),
    R("Neuro-ICU 14:00, day 0. Admission CT shows acute left cerebellar haemorrhage 2.8 cm, fourth ventricle partially effaced, ventricles not enlarged; no previous scan. EVD not required at present.", [IPH], AC, NP, U, M(), 28),
    R("Brain CT control 24 h after thrombolysis. In the right MCA ischaemic area there is a spotty hyperdensity which may represent petechial haemorrhagic transformation or contrast staining after the angiography. No mass effect.", [HT], NS, NS, U, M(), None, True),
    R("CCT native: subacute subdural haematomas on both sides, right 8 mm, left 6 mm. No previous images for comparison. Midline centred.", [SDH], SUB, NP, U, M(), 8),
    R("Cerebral scanner: acute intraventricular haemorrhage of the third and fourth ventricles, without dilatation of the ventricular system. First examination.", [IVH], AC, NP, U),
    R("Cranial CT. There is an acute haematoma in the left cerebellar hemisphere measuring 22 x 18 mm with extension into the fourth ventricle. No hydrocephalus at present. Managing team to note.", [IPH, IVH], AC, NS, U, M(ive=True), 22),
    R("Re: the claimant. The emergency CT of 14 March demonstrates, in my opinion, a small acute subdural haematoma at the right tentorial leaf and a small contusion in the right temporal lobe, each less than five millimetres. There was no earlier scan with which to compare. There was no mass effect. These findings are consistent with the mechanism described.", [SDH, CON], AC, NP, U),
    R("CT HEAD. ? SMALL ACUTE EDH RIGHT PARIETAL 4MM UNDER THE FRACTURE. NO SHIFT. NO PREVIOUS.", [EDH], AC, NP, U, M(), 4, True),
    R("Dear Dr Ansari, her MRI today shows the known left temporal cavernoma with its rim of haemosiderin; there may be a small fresh bleed within it, of uncertain age. I have no earlier scan here for comparison. No mass effect.", [OTH], NS, NP, U, M(), None, True),
    R("Follow-up CT at 6 h: the right thalamic haematoma is unchanged in size at 18 mm but there is new intraventricular haemorrhage in the third ventricle and both occipital horns. No hydrocephalus.", [IPH, IVH], NS, NEW, C, M(ive=True), 18),
    R("NICU: repeat CT shows redistribution of the intraventricular blood, overall amount not increased, but the temporal horns are now dilated: new hydrocephalus. EVD discussed with the neurosurgeon.", [IVH], NS, STB, C, M(hydro=True)),
    R("Serial CT, left acute-on-chronic SDH (thickness / shift):\n01/12: 11 mm / 3 mm\n03/12: 14 mm / 5 mm\n05/12: 17 mm / 8 mm\nRe-bleed with hematoma expansion; listed for evacuation.", [SDH], MIX, INC, C, M(8), 17),
    R("Post-op check CT, day 1 after right burr-hole drainage: the subdural collection has re-accumulated to 15 mm with fresh acute blood, compared with the immediate post-op scan (6 mm). Midline shift 6 mm.", [SDH], AC, INC, C, M(6), 15),
    R("PRELIM (resident): small left SDH 5 mm, no shift.\nFINAL (attending): left acute subdural haematoma 9 mm with 4 mm shift and early left uncal herniation, plus a thin layer of SAH in the left sylvian fissure. No prior. Discrepancy phoned to Dr Amin at 03:10.", [SDH, SAH], AC, NP, C, M(4, hern=True), 9),
    R("Serial CT, right frontal contusion and thin SAH:\n02/12: contusion 21 mm, SAH thin\n04/12: contusion 20 mm, SAH fading\nNo significant interval change; evolving, not larger. No shift.", [CON, SAH], NS, STB, RT, M(), 20),
    R("Dear Dr Okafor, Mr T's six-week CT shows the chronic left subdural collection decreased from 19 mm to 11 mm; the midline shift has reduced from 7 mm to 2 mm. He may return to driving after review in clinic.", [SDH], CHR, DEC, RT, M(2), 11),
    R("Neurosurgery post-op day 3: CT after evacuation of the right frontal haematoma shows expected postoperative blood in the cavity, 12 mm, smaller than on the day 1 scan (25 mm), and a little intraventricular blood which has redistributed and decreased. Shift 3 mm unchanged.", [IPH, IVH], NS, DEC, RT, M(3, ive=True, known=[SHIFT]), 12),
    R("CT HEAD. CHRONIC BILATERAL SUBDURAL HAEMATOMAS, RIGHT 8 MM, LEFT 6 MM. CHRONIC BLOOD PRODUCTS ALSO LINE THE RIGHT FRONTAL SULCI (OLD SAH). NO SHIFT.", [SDH, SAH], CHR, NS, RT, M(), 8),
]
# fmt: on


def _frames(r: random.Random, f: str, c: str, m: str, imp: str, me: dict) -> list[str]:
    """Eighteen author frames; each takes the finding, change and mass-effect sentences and an impression."""
    cl, age = r.choice(CLIN), r.randint(24, 91)
    boxes = "" if me["herniation"] or me["hydrocephalus"] else "\n[ ] Herniation  [ ] Hydrocephalus"
    return [
        f"CT HEAD (NON-CONTRAST)\nClinical details: {cl}.\nFindings: {f} {c} {m}\nConclusion: {imp}. Discussed with the ED registrar.",
        f"Dear Neurosurgical Registrar, re: {age}-year-old referred from the district general hospital ({cl}). The scan report reads: {f} {c} {m} We would be grateful for your advice on transfer. Yours sincerely, ED SHO.",
        f"Native CCT. {f} {c} {m} Assessment: {imp}. The neurosurgical colleagues were informed by telephone.",
        f"CT cerebrum without contrast, indication {cl}. {f} {c} {m} Conclusion: {imp}.",
        f"CT caput. {f} {c} {m} Summary: {imp}.",
        f"Cerebral scanner without injection. We observe that: {f} {c} {m} In conclusion: {imp}.",
        f"Brain CT basal examination. {f} {c} {m} Conclusions: {imp}.",
        f"TDM cérébrale / CT head. {f} {c} {m} Opinion / Impression: {imp}.",
        f"EXAM: CT head without contrast.\nINDICATION: {cl}.\nFINDINGS: {f} {m}\nIMPRESSION:\n1. {imp}. {c}\n2. No calvarial fracture.",
        f"PRELIMINARY (resident, overnight): no acute intracranial abnormality.\nFINAL (attending): {f} {c} {m}\nMajor discrepancy, discussed with the ordering team.",
        f"CT BRAIN. {f} {c} {m} IMP: {imp}.".upper(),
        "ct head findings " + _unpunct(f"{f} {c} {m} impression {imp}").lower() + " end of dictation",
        f"Plain head CT was performed. {f} {c} {m} We think {imp}. Please consider neurosurgery consultation.",
        f"Brain CT (non-enhanced) result. {f} {c} {m} Imp) {imp}.",
        f"CT brain plain done as per ER request. {f} {c} {m} Opinion: {imp}. To be correlated with clinical findings.",
        f"Non-contrast cranial CT. Findings are as follows: {f} {c} {m} Impression: {imp}. Managing team notified accordingly.",
        f"S: {age} y/o, {cl}.\nB: admitted to the ward this evening.\nA: CT reported as: {f} {c} {m}\nR: neuro obs hourly, neurosurgery aware.",
        f"RETRIEVAL NOTE. PT COLLECTED FROM RURAL SITE, GCS {r.randint(6, 14)}. SENDING SITE CT (VERBAL FROM THEIR RADIOLOGIST): {f} {c} {m} EN ROUTE STABLE.".upper(),
        f"NICU 02:00, ICP {r.randint(8, 24)}, CPP {r.randint(55, 80)}. Repeat CT: {f} {c} {m} Plan: continue hourly neuro observations.",
        f"Dear Sirs, you have asked me, as an independent consultant neuroradiologist, to comment on the CT head performed on the night in question. Having reviewed the images myself I can confirm the following. {f} {c} {m} In my opinion the findings are fairly summarised as: {imp}. I have no financial interest in the outcome of this matter. Yours faithfully.",
        f"Dear Dr Hollis, I reviewed this {age}-year-old in the neurosurgical follow-up clinic today. There are intermittent headaches but no new weakness. The repeat scan shows: {f} {c} {m} We discussed the findings at length with the family, and I will see them again in clinic with a further scan. Kind regards.",
        f"Checklist CT head\nHaemorrhage present: YES\nFinding: {f}\nComparison: {c}\nMass effect: {m}{boxes}\n[x] ED informed",
    ]


def _unpunct(text: str) -> str:
    """Dictation without punctuation: drop sentence marks but keep decimal points."""
    return re.sub(r"[.,;:](\s|$)", r"\1", text)


def _size(r: random.Random, mm: int) -> str:
    return f"{mm} mm" if r.random() < 0.55 else f"{mm / 10:.1f} cm"


def _plan() -> list[tuple[str, str, str, str, bool]]:
    """(subtype, change, mass key, acuity, hedged) for the 240 composed rows: five per subtype x change."""
    plan = []
    for si, s in enumerate((EDH, SDH, SAH, IPH, IVH, CON, HT, OTH)):
        for c in (NEW, INC, STB, DEC, NP, NS):
            j = si + len(plan)
            if c in (NEW, INC):
                keys = [
                    "shift_un" if s in (CON, OTH) and c == NEW else "shift_hi",
                    "none",
                    ("hydro", "hern", "cist")[j % 3],
                    "none",
                    ("shift_lo", "ive", "mild", "shift5")[j % 4],
                ]
                acu, hed = [AC, NS, MIX if s == SDH else AC, SUB, NS], [False, False, False, True, False]
            elif c in (STB, DEC):
                k4_hedged = c == STB and si % 2 == 0
                keys = [
                    "none",
                    "k_shift",
                    ("k_hydro", "k_hern", "k_cist")[j % 3],
                    ("new_hydro", "new_shift", "hern", "cist")[j % 4],
                    "none" if k4_hedged else "shift_lo",
                ]
                acu, hed = [NS, CHR, SUB, AC if c == STB else NS, NS], [False, False, False, False, k4_hedged]
            else:
                keys = [
                    "shift_hi" if si % 2 else "shift5",
                    "none",
                    "none",
                    "shift_hi" if si % 3 == 0 else "none",
                    "mild" if s == IVH else "ive",
                ]
                acu, hed = [MIX if s == SDH else AC, AC, CHR, NS, SUB], [False, False, False, True, False]
            if s == IVH:
                keys = ["hydro" if k == "ive" else k for k in keys]
            plan += [(s, c, k, a, h) for k, a, h in zip(keys, acu, hed, strict=True)]
    return plan


def composed() -> list[dict]:
    r = random.Random(12)
    out = []
    for i, (s, c, key, acu, hedged) in enumerate(_plan()):
        side = r.choice(["right", "left"])
        other = "left" if side == "right" else "right"
        cur = r.randint(5, 38)
        prev = {INC: cur - r.randint(2, 4), STB: cur + r.choice([-1, 0, 1]), DEC: cur + r.randint(3, 9)}.get(
            c, cur
        )
        b = r.choice(BLEED[s]).format(a=ACU[acu], s=side, z=_size(r, cur))
        f = r.choice(HEDGE if hedged else PLAIN).format(b=b)
        f = f[0].upper() + f[1:]
        ch = r.choice(CHANGE[c]).format(w=r.choice(WHEN), p=_size(r, prev))
        templates, build, crit = MASS[key]
        n = r.randint(6, 12) if key in ("shift_hi", "new_shift") else r.randint(6, 9)
        me = build(n if key != "k_shift" else r.randint(3, 9))
        if key == "shift_lo":
            me = M(float(r.randint(1, 4)))
        m = r.choice(templates).format(
            n=int(me["midline_shift_mm"] or 0), k=int(me["midline_shift_mm"] or 0), o=other, s=side
        )
        imp = ("possible " if hedged else "") + f"{side} {ACU[acu]}{SHORT[s]}{CHWORD[c]}"
        subs = [s, IVH] if me["intraventricular_extension"] else [s]
        text = _frames(r, f, ch, m, imp, me)[i % 22]
        text = re.sub(r" *\n *", "\n", re.sub(r" +", " ", text)).strip()
        if crit:
            want = C
        elif hedged:
            want = U
        elif c in (NEW, INC):
            want = C
        elif c in (STB, DEC) or acu == CHR:
            want = RT
        else:
            want = U
        out.append(R(text, subs, acu, c, want, me, cur, hedged))
    return out


def rows() -> list[dict]:
    return numbered(composed() + HAND, "p12", "heldout-12")


def main() -> None:
    write(OUT, rows())


if __name__ == "__main__":
    main()
