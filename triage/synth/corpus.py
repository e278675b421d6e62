"""Synthetic head-CT reports with known labels: no real report can ship, yet tests, benchmarks and the demo
model need text that looks like the paper's data (three subsections; conclusion under
IMPRESSION/CONCLUSION/SUMMARY).

Deterministic: one ``random.Random(seed)`` drives everything; the same arguments give identical reports.
Prevalence is exact: ``round(n * positive_rate)`` reports are positive, shuffled among the rest.
``label_noise`` flips ``label`` on exactly ``round(n * label_noise)`` reports picked at random (one
imperfect annotator); ``true_label`` always keeps the truth, so "the model beats its labeler" can be
measured.

Content: positives over nine subtypes with locations, sizes, mass effect, secondary bleeds, hedged
("probable small SDH") and follow-up ("decreased size of the known SDH") wording, and rare positives that
only an addendum reveals; hard negatives (``category``): ``negated``, ``extracranial``, ``history``,
``other_pathology``, ``normal``, ``hedged``. Noise: abbreviations (SAH, SDH, IPH, IVH, EDH, ICH),
misspellings and random typos, capitals, punctuation and layout variants (numbered impressions,
FINDINGS-only reports, a one-line narrative).

Known difference from the paper: normalized impressions average about 15 tokens (sd about 10) against the
paper's 41 (sd 36); FINDINGS-only reports are the long ones and the only ones truncated at 50.

JSONL fields (one object per line, written by :func:`write_jsonl`; CSV has the same columns): ``id`` (str,
unique within a corpus), ``accession`` (str, unique within a corpus), ``text`` (full report), ``label``
(0/1, possibly noisy), ``true_label`` (0/1), ``subtype`` (positive subtype or ``"none"``), ``category``
(``"positive"`` or the negative category), ``layout`` (``impression``, ``conclusion``, ``summary``,
``numbered``, ``findings_only``, ``one_line``), ``hard`` (bool: hedged, follow-up, addendum-only, or a
FINDINGS-only positive), ``patient_name`` ("Given Family"), ``patient_family``, ``patient_given``,
``patient_id``, ``birth_date`` (YYYY-MM-DD), ``age`` (years), ``sex`` (M/F), ``exam_time`` (ISO 8601, local
time, no offset), ``radiologist`` ("Given Family, MD").
"""

from __future__ import annotations

import csv
import json
import random
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, fields
from datetime import date, datetime, timedelta
from pathlib import Path

from triage.errors import ConfigError
from triage.synth import vocab as V

PAPER_POSITIVE_RATE = 0.147  # the paper's 1,886 / 12,852 positives, rounded

SUBTYPE_WEIGHTS: dict[str, float] = {
    "subdural_acute": 20,
    "subarachnoid": 20,
    "intraparenchymal": 18,
    "subdural_chronic": 10,
    "contusion": 8,
    "transformation": 7,
    "subdural_subacute": 6,
    "intraventricular": 6,
    "epidural": 5,
}
NEGATIVE_WEIGHTS: dict[str, float] = {
    "normal": 33,
    "negated": 22,
    "other_pathology": 22,
    "extracranial": 8,
    "history": 8,
    "hedged": 7,
}
SUBTYPES = tuple(SUBTYPE_WEIGHTS)
NEGATIVE_CATEGORIES = tuple(NEGATIVE_WEIGHTS)


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


class _Filler:
    """Fills template placeholders with random but coherent values for one report."""

    def __init__(self, rng: random.Random, exam_time: datetime, doctor: tuple[str, str]) -> None:
        self.rng = rng
        self.side = rng.choice(("left", "right"))
        self.exam_time = exam_time
        self.doctor = doctor

    def __call__(self, template: str, *, prior: bool = False) -> str:
        rng = self.rng
        side = self.side if rng.random() < 0.85 else rng.choice(("left", "right"))
        prior_day = (self.exam_time - timedelta(days=rng.randrange(1, 900))).date()
        call_time = self.exam_time + timedelta(minutes=rng.randrange(5, 90))
        cm = round(rng.uniform(0.4, 6.5), 1)
        values = {
            "side": side,
            "Side": side.capitalize(),
            "lobe": rng.choice(V.LOBES),
            "deep": rng.choice(V.DEEP),
            "convexity": rng.choice(V.CONVEXITY),
            "cistern": rng.choice(V.CISTERNS),
            "horn": rng.choice(V.HORNS),
            "territory": rng.choice(V.TERRITORIES),
            "degree": rng.choice(V.DEGREES),
            "Degree": rng.choice(V.DEGREES).capitalize(),
            "when": rng.choice(V.WHENS),
            "mm": rng.randint(2, 25),
            "shift": rng.randint(2, 14),
            "cm": cm,
            "Cm": cm,
            "cm2": round(rng.uniform(0.3, cm), 1),
            "date": _fmt_date(rng, prior_day if prior else call_time.date()),
            "time": _fmt_time(rng, call_time),
            "doctor": f"{self.doctor[0]} {self.doctor[1]}" if rng.random() < 0.5 else self.doctor[1],
            "first": self.doctor[0],
            "last": self.doctor[1],
        }
        return template.format(**values)


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


def _add_noise(rng: random.Random, text: str) -> str:
    """Abbreviations, misspellings and random typos: what one radiologist's dictation looks like."""
    for full, short in V.ABBREVIATIONS:
        if full in text and rng.random() < 0.3:
            text = text.replace(full, short, 1)
    if rng.random() < 0.08:
        right, wrong = rng.choice(V.MISSPELLINGS)
        text = text.replace(right, wrong, 1)
    if rng.random() < 0.12:
        words = text.split(" ")
        j = rng.randrange(len(words))
        words[j] = _typo(rng, words[j])
        text = " ".join(words)
    return text


# ---- content -------------------------------------------------------------------------------------------
@dataclass(slots=True)
class _Content:
    findings: list[str]
    impression: list[str]
    addendum: str | None
    hard: bool
    history: str


def _normal_findings(rng: random.Random, fill: _Filler, k: int, *, positive: bool) -> list[str]:
    pool = [s for s in V.NORMAL_FINDINGS if not (positive and ("mass" in s or "extra-axial" in s))]
    return [fill(s) for s in rng.sample(pool, k)]


def _decorate(rng: random.Random, fill: _Filler, impression: list[str], *, positive: bool) -> None:
    """Add what real impressions carry besides the main finding: incidental findings and recommendations
    (shared by both classes, so no single word gives the label away)."""
    for _ in range(rng.choices((0, 1, 2, 3), weights=(45, 30, 17, 8))[0]):
        impression.insert(rng.randrange(1, len(impression) + 1), fill(rng.choice(V.INCIDENTAL_IMPRESSION)))
    if rng.random() < 0.3:
        pool = V.RECOMMENDATION_POSITIVE if positive == (rng.random() < 0.8) else V.RECOMMENDATION_NEGATIVE
        impression.append(fill(rng.choice(pool)))


def _positive(rng: random.Random, fill: _Filler, subtype: str, call: str | None) -> _Content:
    history = rng.choice(V.HISTORIES)
    bleed = [fill(rng.choice(V.POSITIVE_FINDINGS[subtype]))]
    impression: list[str] = []
    hard = False
    addendum = None
    style = rng.random()
    if style < 0.07:  # hedged wording, still a bleed
        impression.append(fill(rng.choice(V.HEDGED_POSITIVE_IMPRESSION)))
        hard = True
    elif style < 0.12:  # wording shared with hedged negatives: text alone cannot decide
        impression.append(fill(rng.choice(V.AMBIGUOUS_IMPRESSION)))
        hard = True
    elif style < 0.20:  # follow-up of a known, still present bleed
        impression.append(fill(rng.choice(V.FOLLOWUP_POSITIVE_IMPRESSION)))
        history = rng.choice(V.HISTORY_CLINICAL)
        hard = True
    elif style < 0.22:  # the first read missed it; an addendum reports the bleed
        impression.append(fill(rng.choice(V.NORMAL_IMPRESSION)))
        addendum = "On further review, " + fill(rng.choice(V.POSITIVE_IMPRESSION[subtype])).lower()
        hard = True
    else:
        impression.append(fill(rng.choice(V.POSITIVE_IMPRESSION[subtype])))
        if subtype == "subdural_chronic" and rng.random() < 0.4:
            impression.append("No acute hemorrhage.")
    if rng.random() < 0.25:
        extra = fill(rng.choice(V.SECONDARY_POSITIVE))
        bleed.append(extra)
        if rng.random() < 0.6:
            impression.append(extra)
    if subtype not in ("subarachnoid", "intraventricular") and rng.random() < 0.6:
        effect = fill(rng.choice(V.MASS_EFFECT))
        bleed.append(effect)
        if rng.random() < 0.7:
            impression.append(effect)
    if rng.random() < 0.3:
        impression.append(fill(rng.choice(V.NEGATED_IN_POSITIVE)))
    _decorate(rng, fill, impression, positive=True)
    findings = _normal_findings(rng, fill, rng.randint(2, 8), positive=True)
    at = rng.randrange(len(findings) + 1)
    findings[at:at] = bleed
    if call is not None and addendum is None:
        impression.append(call)
    return _Content(findings, impression, addendum, hard, history)


def _negative(rng: random.Random, fill: _Filler, category: str, call: str | None) -> _Content:
    history = rng.choice(V.HISTORIES)
    findings = _normal_findings(rng, fill, rng.randint(3, 9), positive=False)
    if category == "normal":
        impression = [fill(rng.choice(V.NORMAL_IMPRESSION))]
    elif category == "negated":
        impression = [fill(rng.choice(V.NEGATED_IMPRESSION))]
        if rng.random() < 0.3:
            impression.append(fill(rng.choice(V.NORMAL_IMPRESSION)))
    elif category == "extracranial":
        findings.insert(rng.randrange(len(findings) + 1), fill(rng.choice(V.EXTRACRANIAL_FINDINGS)))
        impression = [fill(rng.choice(V.EXTRACRANIAL_IMPRESSION))]
    elif category == "history":
        history = rng.choice(V.HISTORY_CLINICAL)
        impression = [fill(rng.choice(V.HISTORY_IMPRESSION))]
    elif category == "other_pathology":
        impression = [fill(rng.choice(V.OTHER_PATHOLOGY_IMPRESSION))]
        if rng.random() < 0.3:
            impression.append(fill(rng.choice(V.OTHER_PATHOLOGY_IMPRESSION)))
        if rng.random() < 0.4:
            impression.append(fill(rng.choice(V.NEGATED_IMPRESSION)))
    elif category == "hedged":
        pool = V.AMBIGUOUS_IMPRESSION if rng.random() < 0.45 else V.HEDGED_NEGATIVE_IMPRESSION
        impression = [fill(rng.choice(pool))]
    else:  # pragma: no cover - guarded by NEGATIVE_WEIGHTS
        raise ValueError(category)
    findings.extend(s for s in impression if rng.random() < 0.3)
    _decorate(rng, fill, impression, positive=False)
    if call is not None:
        impression.append(call)
    return _Content(findings, impression, None, category == "hedged", history)


# ---- layout --------------------------------------------------------------------------------------------
_HEADER_STYLES = 3


def _header(rng: random.Random, r: dict[str, object]) -> str:
    style = rng.randrange(_HEADER_STYLES)
    exam: datetime = r["exam_dt"]  # type: ignore[assignment]
    if style == 0:
        return (
            f"PATIENT: {str(r['patient_family']).upper()}, {str(r['patient_given']).upper()}    "
            f"MRN: {r['patient_id']}\n"
            f"AGE: {r['age']}    SEX: {r['sex']}    DOB: {r['birth_date_fmt']}\n"
            f"RADIOLOGIST: {r['radiologist']}    DATE: {exam.strftime('%m/%d/%Y')}    "
            f"TIME: {exam.strftime('%H:%M')}\n"
        )
    if style == 1:
        gender = "Male" if r["sex"] == "M" else "Female"
        return (
            f"Patient Name: {r['patient_name']}\nPatient ID: {r['patient_id']}\n"
            f"Age/Gender: {r['age']} years / {gender}\n"
            f"Reading Radiologist: Dr. {r['radiologist']}\n"
            f"Date/Time of Report: {exam.strftime('%Y-%m-%d %H:%M')}\n"
        )
    return (
        f"Name: {r['patient_family']}^{r['patient_given']}  DOB: {r['birth_date_fmt']}  "
        f"Age: {r['age']}Y  Sex: {r['sex']}\n"
        f"Radiologist: {r['radiologist']}  Signed: {exam.strftime('%d %b %Y %H:%M')}\n"
    )


def _join(rng: random.Random, sentences: list[str]) -> str:
    sep = " " if rng.random() < 0.8 else "\n"
    return sep.join(sentences)


def _render(
    rng: random.Random, c: _Content, r: dict[str, object], fill: _Filler, force_layout: str | None
) -> tuple[str, str]:
    """Lay the report out; returns (text, layout)."""
    sex_word = "male" if r["sex"] == "M" else "female"
    age_phrase = rng.choice(
        (
            f"{r['age']}-year-old {sex_word}",
            f"{r['age']} yo {sex_word[0].upper()}",
            f"{r['age']} year old {sex_word}",
        )
    )
    parts = [_header(rng, r), ""]
    parts.append(
        f"EXAM: {rng.choice(('CT HEAD WITHOUT CONTRAST', 'CT BRAIN WO CONTRAST', 'CT HEAD/BRAIN NONCON'))}"
    )
    parts.append(f"CLINICAL HISTORY: {age_phrase}, {c.history}.")
    parts.append(f"TECHNIQUE: {rng.choice(V.TECHNIQUES)}")
    parts.append(f"COMPARISON: {fill(rng.choice(V.COMPARISONS), prior=True)}")
    findings = _add_noise(rng, _join(rng, c.findings))
    impression_items = [_add_noise(rng, s) for s in c.impression]
    layout = (
        force_layout
        or rng.choices(
            ("impression", "conclusion", "summary", "numbered", "findings_only", "one_line"),
            weights=(52, 11, 8, 17, 7, 5),
        )[0]
    )
    if layout == "numbered" and len(impression_items) < 2:
        layout = "impression"
    if rng.random() < 0.04:
        impression_items = [s.upper() for s in impression_items]
    if rng.random() < 0.1:
        impression_items = [s.rstrip(".") for s in impression_items]
    heading = {
        "impression": rng.choice(("IMPRESSION", "IMPRESSION", "IMPRESSION", "Impression", "IMPRESSIONS")),
        "conclusion": rng.choice(("CONCLUSION", "Conclusion", "CONCLUSIONS")),
        "summary": rng.choice(("SUMMARY", "Summary")),
        "numbered": rng.choice(("IMPRESSION", "IMPRESSIONS", "CONCLUSION")),
        "one_line": "IMPRESSION",
    }.get(layout, "")
    if layout == "findings_only":
        findings = _join(rng, [findings, *impression_items])
        parts.append(f"\nFINDINGS:\n{findings}")
    elif layout == "one_line":
        parts.append(f"\nFINDINGS: {findings} {heading}: {' '.join(impression_items)}")
    else:
        parts.append(f"\nFINDINGS:\n{findings}\n")
        if layout == "numbered":
            body = "\n".join(f"{i}. {s}" for i, s in enumerate(impression_items, 1))
            parts.append(f"{heading}:\n{body}")
        elif rng.random() < 0.5:
            parts.append(f"{heading}:\n{' '.join(impression_items)}")
        else:
            parts.append(f"{heading}: {' '.join(impression_items)}")
    if c.addendum:
        parts.append(f"\nADDENDUM: {c.addendum}")
    exam: datetime = r["exam_dt"]  # type: ignore[assignment]
    sign_time = exam + timedelta(minutes=rng.randrange(10, 240))
    parts.append(f"\nElectronically signed by: {r['radiologist']} on {sign_time.strftime('%m/%d/%Y %H:%M')}")
    text = "\n".join(parts)
    if rng.random() < 0.03:
        text = text.upper()
    return text, layout


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
    fill = _Filler(rng, exam_dt, (rng.choice(V.FIRST_NAMES), rng.choice(V.LAST_NAMES)))
    if truth:
        subtype, category = _weighted(rng, SUBTYPE_WEIGHTS), "positive"
        call = fill(rng.choice(V.CRITICAL_CALL)) if rng.random() < 0.55 else None
        content = _positive(rng, fill, subtype, call)
    else:
        subtype, category = "none", _weighted(rng, NEGATIVE_WEIGHTS)
        call = fill(rng.choice(V.CRITICAL_CALL)) if rng.random() < 0.04 else None
        content = _negative(rng, fill, category, call)
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
    text, layout = _render(rng, content, info, fill, None)
    hard = content.hard or (truth == 1 and layout == "findings_only")
    return SynthReport(
        id=f"s{seed}-{i:07d}",
        accession=f"A{accession}",
        text=text,
        label=(1 - truth) if flip else truth,
        true_label=truth,
        subtype=subtype,
        category=category,
        layout=layout,
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
    )


def generate_reports(
    n: int, *, positive_rate: float = PAPER_POSITIVE_RATE, label_noise: float = 0.0, seed: int = 0
) -> list[SynthReport]:
    """``n`` labeled synthetic head-CT reports (module docstring: content, prevalence, noise rules)."""
    return list(iter_reports(n, positive_rate=positive_rate, label_noise=label_noise, seed=seed))


def write_jsonl(reports: Iterable[SynthReport], path: str | Path) -> int:
    """Write one JSON object per line (fields: module docstring); returns the number of rows."""
    count = 0
    with Path(path).open("w", encoding="utf-8") as fh:
        for r in reports:
            fh.write(json.dumps(r.as_dict(), ensure_ascii=False) + "\n")
            count += 1
    return count


def write_csv(reports: Iterable[SynthReport], path: str | Path) -> int:
    """Write a CSV with a header row (same columns as JSONL; ``text`` keeps its newlines, quoted)."""
    count = 0
    with Path(path).open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=FIELD_NAMES)
        writer.writeheader()
        for r in reports:
            writer.writerow(r.as_dict())
            count += 1
    return count


def read_jsonl(path: str | Path) -> list[SynthReport]:
    """Read back a file written by :func:`write_jsonl` (for tests and the demo)."""
    with Path(path).open(encoding="utf-8") as fh:
        return [SynthReport(**json.loads(line)) for line in fh if line.strip()]


__all__ = [
    "FIELD_NAMES",
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
