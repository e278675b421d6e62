"""Synthetic radiology reports with known ICH labels, v2 (decorrelated): no real report can ship, yet tests,
benchmarks and the shipped model need labeled text. v1 taught the model shortcuts (sizes, calls, mass effect
and acuity words came with one class only); v2 draws every attribute that is not evidence of a bleed from a
plan made *before* the label is looked at, so both classes carry it at the same rate.

Rules (checked by ``triage shortcuts``, see shortcuts.py):

* **Plan, then label.** Kind, layout, length, size (mm/cm), mass effect/herniation/midline shift, hedge words,
  comparison/acuity frame, incidental non-ICH findings, critical-result call, recommendation, addendum and an
  extracranial finding are drawn per report independently of the label. The main finding then honours the
  plan: a bleed (positive) or a non-ICH finding described with the same frames (negative).
* **Labels follow the guideline of issue 8.** Positive: an intracranial bleed present on this exam (any
  subtype, any wording: hemorrhage/haemorrhage, bleed, bleeding, hematoma, acronyms with or without expansion,
  "blood products", "hyperdense extra-axial collection", hemorrhagic transformation/contusion/metastasis;
  hedged ones too). Negative: normal; ``negated`` (incl. acronym lists); ``other_pathology`` (masses,
  metastases, cysts, infarcts, hydrocephalus, fractures, craniosynostosis, sinus disease, post-operative
  change, calcifications, aneurysms/coils, hygromas/effusions without blood, vascular malformations and
  vasospasm, atrophy, white-matter disease, abscess, edema); ``extracranial`` (scalp, subgaleal, orbital);
  ``history`` (treated/resolved bleeds); ``hypothetical`` (rule out / evaluate for); ``family_history``;
  ``non_head`` (chest, abdomen/pelvis, spine, neck, extremity reports, incl. extracranial bleeds).
* **Kinds** (``kind``): ``head`` report; ``multi`` (head plus chest/abdomen/spine/neck sections, both
  classes); ``note`` (CC:/HX:/EXAM:/COURSE:, the imaging result after a long history, both classes);
  ``body`` (non-head report, negatives only).
* **Layouts** (``layout``, see layouts.py) are drawn independently of the label.

Deterministic: one ``random.Random(seed)`` drives everything; the same arguments give identical reports.
Prevalence is exact: ``round(n * positive_rate)`` reports are positive, shuffled among the rest.
``label_noise`` flips ``label`` on exactly ``round(n * label_noise)`` reports picked at random (one
imperfect annotator); ``true_label`` always keeps the truth, so "the model beats its labeler" can be
measured.

JSONL fields (one object per line, written by :func:`write_jsonl`; CSV has the same columns): ``id`` (str,
unique within a corpus), ``accession`` (str, unique within a corpus), ``text`` (full report: demographics
header, blank line, narrative, signature), ``label`` (0/1, possibly noisy), ``true_label`` (0/1), ``subtype``
(positive subtype or ``"none"``), ``category`` (``"positive"`` or the negative category), ``layout``,
``hard`` (bool: hedged, follow-up, addendum-only, note-style or headingless positive; negatives with bleed
words or look-alikes), ``patient_name`` ("Given Family"), ``patient_family``, ``patient_given``,
``patient_id``, ``birth_date`` (YYYY-MM-DD), ``age`` (years), ``sex`` (M/F), ``exam_time`` (ISO 8601, local
time, no offset), ``radiologist`` ("Given Family, MD"), ``kind`` (see above).
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field, fields
from datetime import date, datetime, timedelta
from pathlib import Path

from triage.errors import ConfigError
from triage.offline.compressed import open_output
from triage.offline.synth import body as B
from triage.offline.synth import findings as F
from triage.offline.synth import layouts as L
from triage.offline.synth import vocab as V
from triage.spreadsheet import safe_dict_writer

PAPER_POSITIVE_RATE = 0.147  # the paper's 1,886 / 12,852 positives, rounded

SUBTYPE_WEIGHTS: dict[str, float] = {
    "subdural_acute": 17,
    "subarachnoid": 16,
    "intraparenchymal": 17,
    "subdural_chronic": 8,
    "subdural_subacute": 5,
    "contusion": 7,
    "transformation": 6,
    "intraventricular": 6,
    "epidural": 5,
    "hemorrhagic_metastasis": 4,
    "unspecified": 9,
}
NEGATIVE_WEIGHTS: dict[str, float] = {
    "normal": 18,
    "negated": 16,
    "other_pathology": 30,
    "extracranial": 6,
    "history": 8,
    "hypothetical": 6,
    "family_history": 2,
}
PATHOLOGY_WEIGHTS: dict[str, float] = {
    "mass": 12,
    "metastasis": 7,
    "cyst": 5,
    "infarct": 14,
    "hydrocephalus": 5,
    "fracture": 8,
    "skull": 4,
    "sinus": 5,
    "postop": 5,
    "calcification": 3,
    "aneurysm": 6,
    "hygroma": 6,
    "vascular": 5,
    "atrophy": 5,
    "white_matter": 4,
    "abscess": 3,
    "edema": 3,
}
# Document kinds. "body" (a non-head report) is negative only; "multi" (head plus other regions) carries the
# same non-head sections in both classes so that chest or abdomen words do not give the label away.
KIND_WEIGHTS: dict[str, float] = {"head": 57, "multi": 17, "note": 16, "body": 10}
SUBTYPES = tuple(SUBTYPE_WEIGHTS)
NEGATIVE_CATEGORIES = (*NEGATIVE_WEIGHTS, "non_head")
KINDS = tuple(KIND_WEIGHTS)
LAYOUTS = (*L.REPORT_LAYOUTS, *L.NOTE_LAYOUTS)


@dataclass(frozen=True, slots=True)
class SynthReport:
    """One synthetic report and its ground truth. Names, ids and dates are invented (treat them as PHI
    anyway: the same code paths handle real reports)."""

    id: str
    accession: str
    text: str
    label: int
    true_label: int
    subtype: str
    category: str
    layout: str
    hard: bool
    patient_name: str
    patient_family: str
    patient_given: str
    patient_id: str
    birth_date: str
    age: int
    sex: str
    exam_time: str
    radiologist: str
    kind: str = "head"

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


FIELD_NAMES = tuple(f.name for f in fields(SynthReport))


# ---- small helpers -------------------------------------------------------------------------------------
def _weighted(rng: random.Random, weights: dict[str, float]) -> str:
    return rng.choices(tuple(weights), weights=tuple(weights.values()))[0]


def _fmt_date(rng: random.Random, d: date) -> str:
    style = rng.randrange(4)
    if style == 0:
        return d.strftime("%m/%d/%Y")
    if style == 1:
        return d.isoformat()
    if style == 2:
        return f"{d.strftime('%B')} {d.day}, {d.year}"
    return f"{d.day} {d.strftime('%b')} {d.year}"


def _fmt_time(rng: random.Random, t: datetime) -> str:
    if rng.random() < 0.7:
        return t.strftime("%H:%M")
    return t.strftime("%I:%M %p").lstrip("0").lower().replace("am", "a.m.").replace("pm", "p.m.")


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


_SIZE_SLOTS = ("{size}", "{mm}", "{shift}")


def _has_size(template: str) -> bool:
    return any(s in template for s in _SIZE_SLOTS)


class _Slots(dict[str, str]):
    """Lazy placeholder values for one report: ``template.format_map(slots)``. The side is mostly the
    same within a report; every other value is drawn fresh at each use."""

    def __init__(self, rng: random.Random, exam_time: datetime, doctor: tuple[str, str]) -> None:
        super().__init__()
        self.rng = rng
        self.side = rng.choice(("left", "right", "left", "right", "bilateral"))
        self.exam_time = exam_time
        self.doctor = doctor

    def __missing__(self, key: str) -> str:
        rng = self.rng
        if key in ("side", "Side"):
            side = self.side if rng.random() < 0.85 else rng.choice(("left", "right"))
            return side.capitalize() if key == "Side" else side
        if key == "size":
            unit = rng.random()
            if unit < 0.4:
                return f"{rng.randint(2, 30)} mm"
            if unit < 0.65:
                return f"{round(rng.uniform(0.5, 7.5), 1)} cm"
            if unit < 0.85:
                return f"{rng.randint(4, 40)} x {rng.randint(3, 30)} mm"
            return f"{round(rng.uniform(1.0, 8.0), 1)} x {round(rng.uniform(0.6, 6.0), 1)} cm"
        if key == "mm":
            return str(rng.randint(2, 25))
        if key == "shift":
            return str(rng.randint(2, 14))
        if key in ("date", "time"):
            when = self.exam_time + timedelta(minutes=rng.randrange(5, 90))
            return _fmt_date(rng, when.date()) if key == "date" else _fmt_time(rng, when)
        if key == "doctor":
            return f"{self.doctor[0]} {self.doctor[1]}" if rng.random() < 0.5 else self.doctor[1]
        pools: dict[str, tuple[str, ...]] = {
            "lobe": V.LOBES,
            "deep": V.DEEP,
            "convexity": V.CONVEXITY,
            "cistern": V.CISTERNS,
            "horn": V.HORNS,
            "territory": V.TERRITORIES,
            "degree": V.DEGREES,
            "when": V.WHENS,
            "sinus": V.SINUSES,
            "bone": V.BONES,
            "vessel": V.VESSELS,
            "acuity": V.ACUITIES,
            "dir": V.DIRECTIONS,
            "level": B.LEVELS,
        }
        return rng.choice(pools[key])

    def fill(self, template: str) -> str:
        return template.format_map(self)


def _typo(rng: random.Random, word: str) -> str:
    if len(word) < 5:
        return word
    i = rng.randrange(1, len(word) - 2)
    kind = rng.randrange(3)
    if kind == 0:  # swap
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if kind == 1:  # drop
        return word[:i] + word[i + 1 :]
    return word[:i] + word[i] + word[i:]  # double


def _noise(rng: random.Random, text: str) -> str:
    """Abbreviations, misspellings and random typos: what one radiologist's dictation looks like."""
    for full, short in V.ABBREVIATIONS:
        if full in text and rng.random() < 0.25:
            text = text.replace(full, short, 1)
    if rng.random() < 0.05:
        right, wrong = rng.choice(V.MISSPELLINGS)
        text = text.replace(right, wrong, 1)
    if rng.random() < 0.06:
        words = text.split(" ")
        j = rng.randrange(len(words))
        words[j] = _typo(rng, words[j])
        text = " ".join(words)
    return text


# ---- plan: every attribute that is not evidence of a bleed, drawn before the label is looked at ---------
@dataclass(slots=True)
class _Plan:
    kind: str
    layout: str
    n_normal: int
    size: bool
    effect: bool
    call: bool
    hedge: bool
    followup: bool
    incidentals: int
    resolved: bool
    recommendation: bool
    addendum: str  # "", "neutral" or "reveal"
    extracranial: bool
    pathology: bool  # a non-ICH head finding besides the main one
    otherwise: bool  # "otherwise no acute abnormality" in the impression


def _plan(rng: random.Random, truth: int) -> _Plan:
    kinds = KIND_WEIGHTS if not truth else {k: w for k, w in KIND_WEIGHTS.items() if k != "body"}
    kind = _weighted(rng, kinds)
    layout = _weighted(rng, L.NOTE_LAYOUTS if kind == "note" else L.REPORT_LAYOUTS)
    r = rng.random
    return _Plan(
        kind=kind,
        layout=layout,
        n_normal=rng.choices((0, 1, 2, 3, 4, 5, 6, 8), weights=(6, 10, 14, 16, 16, 14, 12, 12))[0],
        size=r() < 0.45,
        effect=r() < 0.2,
        call=r() < 0.22,
        hedge=r() < 0.1,
        followup=r() < 0.15,
        incidentals=rng.choices((0, 1, 2), weights=(55, 33, 12))[0],
        resolved=r() < 0.05,
        recommendation=r() < 0.25,
        addendum=rng.choices(("", "neutral", "reveal"), weights=(94, 4, 2))[0],
        extracranial=r() < 0.1,
        # Positives carry a non-ICH finding more often than negatives, because a third of negatives already
        # have one as their main finding: the total rate of tumor/infarct/fracture words then matches.
        pathology=r() < (0.7 if truth else 0.15),
        otherwise=r() < 0.35,
    )


# ---- content -------------------------------------------------------------------------------------------
@dataclass(slots=True)
class _Content:
    findings: list[str]
    impression: list[str]
    result: str  # the main finding as one sentence (notes quote it)
    addendum: str | None = None
    indication: str | None = None
    subtype: str = "none"
    category: str = "positive"
    hard: bool = False
    families: set[str] = field(default_factory=set)


def _choose(rng: random.Random, entries: tuple[F.Finding, ...], plan: _Plan) -> F.Finding:
    """A finding that can carry the planned mass effect (when any entry can)."""
    if plan.effect:
        able = tuple(e for e in entries if "e" in e[1].split())
        if able:
            return rng.choice(able)
    return rng.choice(entries)


def _phrase(rng: random.Random, slots: _Slots, finding: F.Finding, plan: _Plan) -> tuple[str, str, str]:
    """(noun phrase, size clause, effect clause) of the main finding, following the plan."""
    template, caps = finding
    np = slots.fill(template)
    if plan.hedge:
        np = rng.choice(V.HEDGES).format(np=np)
    size = effect = ""
    if plan.size and "s" in caps.split():
        size = slots.fill(rng.choice(V.SIZE_CLAUSES))
    if plan.effect and "e" in caps.split():
        pool = [c for c in V.EFFECT_CLAUSES if plan.size or not _has_size(c)]
        effect = slots.fill(rng.choice(pool))
    return np, size, effect


_FINDING_FRAMES = (
    "There is {np}{size}{effect}.",
    "{Np}{size}{effect}.",
    "Noncontrast images demonstrate {np}{size}{effect}.",
    "Findings are compatible with {np}{size}{effect}.",
    "{Np} is identified{size}{effect}.",
    "Also noted is {np}{size}{effect}.",
)
_IMPRESSION_FRAMES = ("{Np}{size}{effect}.", "{Np}{effect}.", "Findings consistent with {np}{size}.", "{Np}.")


def _main_sentences(rng: random.Random, slots: _Slots, finding: F.Finding, plan: _Plan) -> tuple[str, str]:
    np, size, effect = _phrase(rng, slots, finding, plan)
    values = {"np": np, "Np": _cap(np), "size": size, "effect": effect}
    found = rng.choice(_FINDING_FRAMES).format(**values)
    if plan.followup:
        impression = _cap(rng.choice(V.FOLLOWUP_FRAMES).format(np=np, when=slots["when"]))
    else:
        impression = rng.choice(_IMPRESSION_FRAMES).format(**values)
    if plan.effect and not effect:  # a finding that cannot carry it: the effect gets its own sentence
        pool = [s for s in V.EFFECT_SENTENCES if plan.size or not _has_size(s)]
        found += " " + slots.fill(rng.choice(pool))
    return found, impression


def _families(caps: str) -> set[str]:
    return {w for w in caps.split() if len(w) > 1}


def _positive(rng: random.Random, slots: _Slots, plan: _Plan) -> _Content:
    subtype = _weighted(rng, SUBTYPE_WEIGHTS)
    if plan.effect and not any("e" in c.split() for _, c in F.BLEEDS[subtype]):
        subtype = rng.choice([s for s, es in F.BLEEDS.items() if any("e" in c.split() for _, c in es)])
    finding = _choose(rng, F.BLEEDS[subtype], plan)
    found, impression = _main_sentences(rng, slots, finding, plan)
    c = _Content([found], [impression], impression, subtype=subtype, hard=plan.hedge or plan.followup)
    c.families = _families(finding[1]) | {"effect"} if plan.effect else _families(finding[1])
    if rng.random() < 0.25:
        extra = _cap(slots.fill(rng.choice(_SECONDARY_FRAMES).format(np=rng.choice(F.SECONDARY_BLEEDS))))
        c.findings.append(extra)
        if rng.random() < 0.5:
            c.impression.append(extra)
    if plan.addendum == "reveal":  # the first read missed it; the addendum reports the bleed
        c.addendum = "On further review, " + impression[:1].lower() + impression[1:]
        c.impression = [slots.fill(rng.choice(_NORMAL_IMPRESSIONS))]
        c.hard = True
    return c


_SECONDARY_FRAMES = ("There is also {np}.", "There is {np}.", "Associated {np}.")
_OTHERWISE = (
    "Otherwise, no acute intracranial abnormality.",
    "Otherwise no acute intracranial process.",
    "Otherwise unremarkable examination.",
    "Otherwise stable appearance.",
    "No other acute findings.",
)
_NORMAL_IMPRESSIONS = (
    "No acute intracranial abnormality.",
    "Normal noncontrast head CT.",
    "No acute intracranial process.",
    "Unremarkable examination of the brain.",
    "No acute findings.",
    "Stable appearance {when}.",
)


def _pick_pathology(rng: random.Random, plan: _Plan) -> F.Finding:
    """A non-ICH head finding, chosen the same way whether it is a negative's main finding or a positive's
    second one (so the plan's mass effect does not skew which pathology words each class gets)."""
    sub = _weighted(rng, PATHOLOGY_WEIGHTS)
    if plan.effect and not any("e" in c.split() for _, c in F.PATHOLOGY[sub]):
        sub = rng.choice([s for s, es in F.PATHOLOGY.items() if any("e" in c.split() for _, c in es)])
    return _choose(rng, F.PATHOLOGY[sub], plan)


def _mirror(rng: random.Random, slots: _Slots, frames: tuple[str, ...]) -> str:
    """A bleed phrase in a negated or historical frame: the bleed's descriptors occur in negatives too."""
    if rng.random() < 0.3:
        template = rng.choice(F.SECONDARY_BLEEDS)
    else:
        template = rng.choice(F.BLEEDS[rng.choice(SUBTYPES)])[0]
    np = slots.fill(template)
    return rng.choice(frames).format(np=np, Np=_cap(np))


def _negative(rng: random.Random, slots: _Slots, plan: _Plan) -> _Content:
    weights = dict(NEGATIVE_WEIGHTS)
    if plan.effect or plan.hedge or plan.followup:  # these need a finding to modify
        weights = {k: w for k, w in weights.items() if k in ("other_pathology", "extracranial")}
        if plan.effect:
            weights = {"other_pathology": 1}
    category = _weighted(rng, weights)
    if category in ("other_pathology", "extracranial"):
        if category == "extracranial":
            finding = _choose(rng, F.EXTRACRANIAL_HEAD, plan)
        else:
            finding = _pick_pathology(rng, plan)
        found, impression = _main_sentences(rng, slots, finding, plan)
        c = _Content([found], [impression], impression, category=category, subtype="none")
        c.families = _families(finding[1]) | ({"effect"} if plan.effect else set())
        lookalike = ("hygroma", "aneurysm", "effusion", "vasospasm", "malformation", "hyperdens")
        c.hard = plan.hedge or category == "extracranial" or any(w in finding[0] for w in lookalike)
    else:
        pools = {
            "normal": _NORMAL_IMPRESSIONS,
            "negated": F.NEGATED_BLEEDS,
            "history": F.HISTORY_BLEEDS,
            "hypothetical": F.HYPOTHETICAL_BLEEDS,
            "family_history": F.FAMILY_HISTORY,
        }
        if category in ("negated", "history") and rng.random() < 0.5:
            frames = F.NEGATION_FRAMES if category == "negated" else F.HISTORY_FRAMES
            sentence = _mirror(rng, slots, frames)
        else:
            sentence = slots.fill(rng.choice(pools[category]))
        c = _Content([], [sentence], sentence, category=category, hard=category != "normal")
        if category in ("negated", "history") and rng.random() < 0.5:
            c.findings.append(sentence)
        if category == "hypothetical":
            c.indication = rng.choice(
                ("rule out hemorrhage", "evaluate for bleed", "r/o SAH", "assess for ICH")
            )
            c.impression.insert(0, slots.fill(rng.choice(_NORMAL_IMPRESSIONS)))
    return c


def _decorate(rng: random.Random, slots: _Slots, c: _Content, plan: _Plan, truth: int) -> None:
    """What reports carry besides the main finding, drawn from the plan, never from the label."""
    sized_done = any(_SIZE_RE.search(s) for s in c.findings)
    if plan.size and (not sized_done or rng.random() < 0.3):
        sentence = slots.fill(rng.choice(V.INCIDENTAL_SIZED))
        c.findings.append(sentence)
        if rng.random() < 0.5:
            c.impression.append(sentence)
    for _ in range(plan.incidentals):
        sentence = slots.fill(rng.choice(V.INCIDENTAL))
        c.findings.append(sentence)
        if rng.random() < 0.4:
            c.impression.append(sentence)
    if plan.extracranial:
        template, caps = rng.choice([e for e in F.EXTRACRANIAL_HEAD if plan.size or not _has_size(e[0])])
        c.findings.append(_cap(slots.fill(template)) + ".")
        c.families |= _families(caps)
    if plan.pathology:
        template, caps = _pick_pathology(rng, plan)
        np = slots.fill(template)
        frame = rng.choice(_FINDING_FRAMES)
        sentence = frame.format(np=np, Np=_cap(np), size="", effect="")
        c.findings.append(sentence)
        if rng.random() < 0.5:
            c.impression.append(sentence)
        c.families |= _families(caps)
    if plan.resolved:
        c.findings.append(slots.fill(rng.choice(V.RESOLVED_SENTENCES)))
    # Bleed words in negations: every negative report may say "no hemorrhage"; positives negate other types.
    if truth and rng.random() < 0.3:
        c.findings.append(rng.choice(F.NEGATED_OTHER_BLEEDS))
    elif not truth and c.category not in ("negated",) and rng.random() < 0.5:
        if rng.random() < 0.3:
            c.findings.append(rng.choice(F.NEGATED_BLEEDS))
        else:
            c.findings.append(_mirror(rng, slots, F.NEGATION_FRAMES))
    if plan.otherwise:
        c.impression.append(rng.choice(_OTHERWISE))
    normals = [s for s, fam in V.NORMAL_HEAD if not (set(fam.split()) & c.families)]
    # Positives already carry more sentences (second bleed, a non-ICH finding, negated other types): two
    # fewer normal sentences keep report length the same in both classes.
    k = max(0, min(plan.n_normal - 2 * truth, len(normals)))
    picked = [slots.fill(t) for t in rng.sample(normals, k)]
    at = rng.randrange(len(picked) + 1)
    c.findings[0:0] = picked[:at]
    c.findings.extend(picked[at:])
    if plan.recommendation:
        c.impression.append(rng.choice(V.RECOMMENDATIONS))
    if plan.call:
        c.impression.append(slots.fill(rng.choice(V.CALLS)))
    if plan.addendum == "neutral":
        c.addendum = rng.choice(
            (
                "On further review with the outside study, the findings above are confirmed.",
                "On further review of reformatted images, no change to the impression.",
                "On further review, laterality of a normal structure is corrected; impression unchanged.",
            )
        )


_SIZE_RE = re.compile(r"\d\s*(?:mm|cm)\b")


def _region_sentences(rng: random.Random, slots: _Slots, region: str, plan: _Plan, n: int) -> list[str]:
    _, normals, findings = B.REGIONS[region]
    pool = [f for f in findings if plan.size or not _has_size(f)]
    out = rng.sample(normals, min(n, len(normals)))
    out.insert(rng.randrange(len(out) + 1), _cap(slots.fill(rng.choice(pool))))
    return out


# ---- documents -----------------------------------------------------------------------------------------
def _report_sections(
    rng: random.Random, slots: _Slots, c: _Content, plan: _Plan, info: dict[str, object]
) -> list[L.Section]:
    history = c.indication or rng.choice(V.INDICATIONS)
    sex_word = "male" if info["sex"] == "M" else "female"
    who = rng.choice(
        (f"{info['age']}-year-old {sex_word}", f"{info['age']} yo {sex_word[0].upper()}", "Patient")
    )
    findings = [_noise(rng, s) for s in c.findings]
    impression = [_noise(rng, s) for s in c.impression]
    if plan.kind == "multi":
        regions = rng.sample(tuple(B.REGIONS), rng.randint(1, 2))
        exam = rng.choice(B.MULTI_REGION_EXAMS)
        if rng.random() < 0.9:
            exam = "; ".join([rng.choice(V.HEAD_EXAMS), *(rng.choice(B.REGIONS[r][0]) for r in regions)])
        extra: list[str] = []
        for region in regions:
            sentences = _region_sentences(rng, slots, region, plan, rng.randint(1, 3))
            extra.append(f"{region.capitalize()}: " + " ".join(sentences))
            if rng.random() < 0.4:
                impression.insert(len(impression) - int(plan.call), sentences[rng.randrange(len(sentences))])
        findings = ["Head: " + " ".join(findings), *extra]
    else:
        exam = rng.choice(V.HEAD_EXAMS)
    return [
        ("EXAM", [exam + "."]),
        (
            rng.choice(("CLINICAL HISTORY", "INDICATION", "HISTORY")),
            [f"{who}, {history}, {rng.choice(V.HISTORIES)}."],
        ),
        ("TECHNIQUE", [rng.choice(V.TECHNIQUES)]),
        ("COMPARISON", [slots.fill(rng.choice(V.COMPARISON_LINES))]),
        ("FINDINGS", findings),
        ("IMPRESSION", impression),
    ]


def _body_sections(rng: random.Random, slots: _Slots, plan: _Plan) -> tuple[list[L.Section], str]:
    region = rng.choice(tuple(B.REGIONS))
    exams, _, _ = B.REGIONS[region]
    findings = _region_sentences(rng, slots, region, plan, max(1, plan.n_normal))
    main = findings[rng.randrange(len(findings))]
    impression = [main]
    if plan.size and not any(_SIZE_RE.search(s) for s in findings):
        sized = [f for f in B.REGIONS[region][2] if _has_size(f)] or [
            f for r in B.REGIONS.values() for f in r[2] if _has_size(f)
        ]
        extra = _cap(slots.fill(rng.choice(sized)))
        findings.append(extra)
        impression.append(extra)
    if plan.recommendation:
        impression.append(rng.choice(V.RECOMMENDATIONS))
    if plan.call:
        impression.append(slots.fill(rng.choice(V.CALLS)))
    sections: list[L.Section] = [
        ("EXAM", [rng.choice(exams) + "."]),
        ("INDICATION", [rng.choice(V.INDICATIONS) + "."]),
        ("COMPARISON", [slots.fill(rng.choice(V.COMPARISON_LINES))]),
        ("FINDINGS", [_noise(rng, s) for s in findings]),
        ("IMPRESSION", [_noise(rng, s) for s in impression]),
    ]
    return sections, region


def _note_sections(rng: random.Random, slots: _Slots, c: _Content, plan: _Plan) -> list[L.Section]:
    hx = rng.sample(V.HX_ITEMS, rng.randint(8, 16))
    result = c.result.rstrip(".")
    result = result[:1].lower() + result[1:] if not result[:3].isupper() else result
    course = [rng.choice(V.NOTE_RESULT_FRAMES).format(result=result) + "."]
    course += [s for s in c.impression[1:] if s != c.result]
    course += rng.sample(V.PLAN_ITEMS, rng.randint(1, 3))
    if rng.random() < 0.5:
        course.insert(0, rng.choice(V.PLAN_ITEMS))
    return [
        ("CC", [rng.choice(V.CHIEF_COMPLAINTS)]),
        ("HX", [_cap(", ".join(hx)) + "."]),
        ("EXAM", [slots.fill(s) for s in rng.sample(V.EXAM_ITEMS, rng.randint(2, 4))]),
        (rng.choice(("COURSE", "HOSPITAL COURSE", "ED COURSE")), [_noise(rng, s) for s in course]),
    ]


# ---- public API ----------------------------------------------------------------------------------------
def _check(n: int, positive_rate: float, label_noise: float) -> None:
    if not isinstance(n, int) or n < 0:
        raise ConfigError(f"n must be a non-negative integer, got {n!r}")
    if not 0.0 <= positive_rate <= 1.0:
        raise ConfigError(f"positive rate must be between 0 and 1, got {positive_rate!r}")
    if not 0.0 <= label_noise <= 1.0:
        raise ConfigError(f"label noise must be between 0 and 1, got {label_noise!r}")


def iter_reports(
    n: int, *, positive_rate: float = PAPER_POSITIVE_RATE, label_noise: float = 0.0, seed: int = 0
) -> Iterator[SynthReport]:
    """Yield the same reports as :func:`generate_reports`, one at a time (for progress bars on large n)."""
    _check(n, positive_rate, label_noise)
    rng = random.Random(seed)
    n_pos = round(n * positive_rate)
    labels = [1] * n_pos + [0] * (n - n_pos)
    rng.shuffle(labels)
    # A separate stream: the noise rate changes labels only, never the text of the reports.
    flipped = set(random.Random(f"label-noise:{seed}").sample(range(n), round(n * label_noise)))
    accessions = rng.sample(range(10**9, 10**10), n)
    base = datetime(2019, 1, 1)
    for i, truth in enumerate(labels):
        yield _one(rng, i, seed, truth, i in flipped, accessions[i], base)


def _one(
    rng: random.Random, i: int, seed: int, truth: int, flip: bool, accession: int, base: datetime
) -> SynthReport:
    sex = rng.choice("MF")
    given, family = rng.choice(V.MALE_NAMES if sex == "M" else V.FEMALE_NAMES), rng.choice(V.LAST_NAMES)
    age = min(99, max(18, int(rng.gauss(62, 18))))
    exam_dt = base + timedelta(seconds=rng.randrange(5 * 365 * 86400))
    birth = exam_dt.date() - timedelta(days=age * 365 + rng.randrange(365))
    doc_given, doc_family = rng.choice(V.FIRST_NAMES), rng.choice(V.LAST_NAMES)
    radiologist = f"{doc_given} {doc_family}, MD"
    slots = _Slots(rng, exam_dt, (rng.choice(V.FIRST_NAMES), rng.choice(V.LAST_NAMES)))
    info: dict[str, object] = {
        "patient_family": family,
        "patient_given": given,
        "patient_name": f"{given} {family}",
        "patient_id": str(rng.randrange(10**6, 10**8)),
        "age": age,
        "sex": sex,
        "birth_date_fmt": birth.strftime("%m/%d/%Y"),
        "radiologist": radiologist,
        "exam_dt": exam_dt,
    }
    plan = _plan(rng, truth)
    subtype, category, hard = "none", "non_head", False
    if plan.kind == "body":
        sections, _region = _body_sections(rng, slots, plan)
        narrative = L.render_report(rng, sections, plan.layout)
    else:
        content = _positive(rng, slots, plan) if truth else _negative(rng, slots, plan)
        _decorate(rng, slots, content, plan, truth)
        subtype, category, hard = content.subtype, content.category, content.hard
        if plan.kind == "note":
            narrative = L.render_note(rng, _note_sections(rng, slots, content, plan), plan.layout)
            hard = hard or bool(truth)
        else:
            narrative = L.render_report(rng, _report_sections(rng, slots, content, plan, info), plan.layout)
            hard = hard or bool(truth and plan.layout in ("findings_only", "no_headings"))
        if content.addendum:
            narrative += f"\nADDENDUM: {content.addendum}"
    sign_time = exam_dt + timedelta(minutes=rng.randrange(10, 240))
    text = (
        f"{L.header(rng, info)}\n\n{narrative}\n"
        f"Electronically signed by: {radiologist} on {sign_time.strftime('%m/%d/%Y %H:%M')}"
    )
    return SynthReport(
        id=f"s{seed}-{i:07d}",
        accession=f"A{accession}",
        text=text,
        label=(1 - truth) if flip else truth,
        true_label=truth,
        subtype=subtype,
        category=category,
        layout=plan.layout,
        hard=hard,
        patient_name=str(info["patient_name"]),
        patient_family=family,
        patient_given=given,
        patient_id=str(info["patient_id"]),
        birth_date=birth.isoformat(),
        age=age,
        sex=sex,
        exam_time=exam_dt.isoformat(),
        radiologist=radiologist,
        kind=plan.kind,
    )


def generate_reports(
    n: int, *, positive_rate: float = PAPER_POSITIVE_RATE, label_noise: float = 0.0, seed: int = 0
) -> list[SynthReport]:
    """``n`` labeled synthetic reports (module docstring: content, prevalence, noise rules)."""
    return list(iter_reports(n, positive_rate=positive_rate, label_noise=label_noise, seed=seed))


def write_jsonl(reports: Iterable[SynthReport], path: str | Path, *, named: Path | None = None) -> int:
    """Write one JSON object per line (fields: module docstring); returns the number of rows. gzip'd when
    the output's name (`named`, else `path`) ends in ``.gz``."""
    count = 0
    with open_output(Path(path), named) as fh:
        for r in reports:
            fh.write(json.dumps(r.as_dict(), ensure_ascii=False) + "\n")
            count += 1
    return count


def write_csv(reports: Iterable[SynthReport], path: str | Path, *, named: Path | None = None) -> int:
    """Write a CSV with a header row (same columns as JSONL; ``text`` keeps its newlines, quoted; a cell a
    spreadsheet would run as a formula quoted as text, triage.spreadsheet). gzip'd as `write_jsonl`."""
    count = 0
    with open_output(Path(path), named) as fh:
        write_row = safe_dict_writer(fh, FIELD_NAMES)
        for r in reports:
            write_row(r.as_dict())
            count += 1
    return count


def read_jsonl(path: str | Path) -> list[SynthReport]:
    """Read back a file written by :func:`write_jsonl` (for tests and the demo)."""
    with Path(path).open(encoding="utf-8") as fh:
        return [SynthReport(**json.loads(line)) for line in fh if line.strip()]


__all__ = [
    "FIELD_NAMES",
    "KINDS",
    "LAYOUTS",
    "NEGATIVE_CATEGORIES",
    "PAPER_POSITIVE_RATE",
    "SUBTYPES",
    "SynthReport",
    "generate_reports",
    "iter_reports",
    "read_jsonl",
    "write_csv",
    "write_jsonl",
]
