"""Integrity of the held-out sets: detection sets 2+ (tests/data/heldout/), priority sets 2+ (data/priority/).

Fast structural checks only: each set is measured once per model/rules release and is never
trained or tuned on, so nothing here scores it (no rule tier, model or priority code runs).
Each set is one entry of a registry (DETECTION_SETS, PRIORITY_SETS): a new set is a new entry with the
thresholds its README promises, and every check runs on every set that asks for it.
"""

from __future__ import annotations

import functools
import importlib.util
import json
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from test_challenge_set import ISSUE18_KINDS

DATA = Path(__file__).parent / "data"
HERE = DATA / "heldout"
PRIORITY = DATA / "priority"

FIELDS = {"id", "text", "label", "kind", "assertion"}
POSITIVE_ASSERTIONS = {"affirmed", "uncertain"}
NEGATIVE_ASSERTIONS = {"negated", "historical", "hypothetical", "extracranial", "none"}
# a kind that names its assertion carries it, in every set that has the kind
KIND_ASSERTION = {
    "pos_hedged": "uncertain",
    "pos_hedged_query": "uncertain",
    "neg_site_extracranial": "extracranial",
    "neg_other_organ_bleed": "extracranial",
    "neg_note_past_history": "historical",
}
KINDS2 = {
    "pos_ct_standard",
    "pos_mri_terms",
    "pos_followup",
    "pos_post_op",
    "pos_pediatric_trauma",
    "pos_hedged",
    "pos_notes_late",
    "pos_telegraphic",
    "neg_normal_variants",
    "neg_negated_varied",
    "neg_postop_no_bleed",
    "neg_resolved_history",
    "neg_indication_only",
    "neg_extracranial_head_neck",
    "neg_body_bleeds",
    "neg_stroke_tumor",
    "neg_vascular_no_bleed",
    "neg_notes_late",
    "neg_telegraphic",
}
KINDS3 = ISSUE18_KINDS  # the same ten kinds as the challenge set's issue-18 additions
KINDS4 = ISSUE18_KINDS | {"neg_indication_only", "neg_plain", "pos_plain"}
KINDS8 = KINDS4 | {
    "neg_no_acute_named",
    "neg_other_organ_bleed",
    "pos_hedged_query",
    "pos_findings_only",
    "pos_imaging_descriptor_mri_cta",
}
KINDS9 = KINDS8 | {
    "pos_structured_template",
    "neg_structured_template",
    "pos_addendum_correction",
    "neg_addendum_correction",
    "pos_non_english_accents",
}


# --- shared readers -----------------------------------------------------------------------------------------
@functools.cache
def _read_set(path: Path) -> tuple[dict, ...]:
    lines = path.read_text(encoding="utf-8").splitlines()
    assert all(line.strip() for line in lines), f"blank line in {path.name}"
    return tuple(json.loads(line) for line in lines)


def _rows(path: Path) -> list[dict]:
    """A fresh list of the set's rows (the rows are read once; a check must not change them)."""
    return list(_read_set(path))


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


@functools.cache
def _texts(path: Path) -> frozenset[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(_norm(json.loads(line)["text"]) for line in lines if line.strip())


def _all_other_texts(own: Path) -> set[str]:
    """Every text of every other labeled set in tests/data (challenge, held-out, priority, site)."""
    paths = [
        p
        for sub in ("heldout", "challenge", "priority", "site")
        for p in sorted((DATA / sub).glob("*.jsonl"))
    ]
    assert len(paths) >= 10
    return set().union(*(_texts(p) for p in paths if p != own))


def _check_texts_new(rows: list[dict], own_path: Path) -> None:
    """No text repeats another of the same set or any text of another labeled set in tests/data."""
    own = Counter(_norm(r["text"]) for r in rows)
    assert [t for t, n in own.items() if n > 1] == []
    assert set(own) & _all_other_texts(own_path) == set()


def _load_module(path: Path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@functools.cache
def _written(script: Path) -> tuple[object, tuple[dict, ...]]:
    """The writer script's module and the rows it writes (run once per session)."""
    module = _load_module(script)
    return module, tuple(module.rows())


# --- detection held-out sets --------------------------------------------------------------------------------
@dataclass(frozen=True)
class DetectionSet:
    """One detection held-out set (heldout-N.jsonl, README-N.md, ids hN-dddd, write_heldout_N.py) and the
    thresholds its README promises."""

    name: str  # N
    kinds: frozenset[str]
    min_rows: int
    max_rows: int | None = None
    per_kind: int = 15
    share: tuple[float, float] | None = None  # positive share, inclusive bounds
    long_min: int | None = None  # texts of >= 150 words, both labels among them
    doc_type: bool = False  # a doc_type field (report/note), both labels in each
    sequential: bool = True  # ids hN-0001, -0002, ... in file order
    script: bool = True  # the JSONL must equal what write_heldout_N.py writes
    readme_name: str | None = None  # README-N.md unless named
    readme_full: bool = True  # total and label/assertion tables too (sets 4+), not only the kind table
    style_table: bool = True  # the README's style table matches the script's _style column
    extra: tuple[Callable[[list[dict]], None], ...] = ()  # a set's own checks, on its rows
    readme_extra: tuple[str, ...] = ()  # phrases its README must hold
    kind_assertions: bool = True  # KIND_ASSERTION's kinds carry theirs (set 3's past history: hypothetical)

    @property
    def path(self) -> Path:
        return HERE / f"heldout-{self.name}.jsonl"

    @property
    def readme(self) -> Path:
        return HERE / (self.readme_name or f"README-{self.name}.md")

    @property
    def script_path(self) -> Path:
        return HERE / f"write_heldout_{self.name}.py"

    @property
    def id_prefix(self) -> str:
        return f"h{self.name}"

    @property
    def fields(self) -> set[str]:
        return FIELDS | {"doc_type"} if self.doc_type else FIELDS


def _kinds_carry_what_they_name(rows: list[dict]) -> None:
    """Templates look templated, corrections say so, the non-English positives carry non-ASCII text."""
    for r in rows:
        if r["kind"].endswith("_structured_template"):
            assert re.search(r"[:|\[\]?=]|\.{4}", r["text"]), r["id"]
        if r["kind"].endswith("_addendum_correction"):
            assert re.search(r"addendum|correct|amended|revised", r["text"], re.I), r["id"]
        if r["kind"] == "pos_non_english_accents":
            assert any(ord(c) > 127 for c in r["text"]), r["id"]


# sets 10+ (the final release): size, balance and long texts alike, the kinds of set 9
FINAL = {"max_rows": 380, "share": (0.50, 0.55), "long_min": 8, "doc_type": True}
MEASURED = ("## First measurement", "never tuned on")
DETECTION_SETS = (
    DetectionSet(
        "2",
        frozenset(KINDS2),
        220,
        per_kind=10,
        sequential=False,
        script=False,
        readme_name="README.md",
        readme_full=False,
    ),
    DetectionSet(
        "3", frozenset(KINDS3), 150, sequential=False, script=False, readme_full=False, kind_assertions=False
    ),
    DetectionSet(
        "4", frozenset(KINDS4), 230, share=(0.40, 0.50), long_min=12, sequential=False, style_table=False
    ),
    DetectionSet("5", frozenset(KINDS4), 200, share=(0.40, 0.50), long_min=6),
    DetectionSet("6", frozenset(KINDS4), 240, share=(0.45, 0.50), long_min=8, doc_type=True),
    DetectionSet("7", frozenset(KINDS4), 200, share=(0.45, 0.50), long_min=4, doc_type=True),
    DetectionSet("8", frozenset(KINDS8), 280, share=(0.45, 0.55), long_min=4, doc_type=True),
    DetectionSet(
        "9",
        frozenset(KINDS9),
        300,
        share=(0.45, 0.55),
        long_min=8,
        extra=(_kinds_carry_what_they_name,),
        doc_type=True,
    ),
    DetectionSet(
        "10", frozenset(KINDS9), 350, extra=(_kinds_carry_what_they_name,), readme_extra=MEASURED, **FINAL
    ),
    DetectionSet(
        "11", frozenset(KINDS9), 350, extra=(_kinds_carry_what_they_name,), readme_extra=MEASURED, **FINAL
    ),
    DetectionSet(
        "12",
        frozenset(KINDS9),
        350,
        extra=(_kinds_carry_what_they_name,),
        readme_extra=("never tuned on",),
        **FINAL,
    ),
    DetectionSet(
        "13",
        frozenset(KINDS9),
        350,
        extra=(_kinds_carry_what_they_name,),
        readme_extra=("never tuned on",),
        **FINAL,
    ),
    DetectionSet(
        "14",
        frozenset(KINDS9),
        350,
        extra=(_kinds_carry_what_they_name,),
        readme_extra=("never tuned on",),
        **FINAL,
    ),
    DetectionSet(
        "15",
        frozenset(KINDS9),
        350,
        extra=(_kinds_carry_what_they_name,),
        readme_extra=("never tuned on",),
        **FINAL,
    ),
)
detection_sets = pytest.mark.parametrize("spec", DETECTION_SETS, ids=lambda s: f"set{s.name}")


def _readme_kind_table(path: Path) -> dict[str, int]:
    table = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.fullmatch(r"\|\s*`?(pos_\w+|neg_\w+)`?\s*\|\s*(\d+)\s*\|", line.strip())
        if m:
            table[m.group(1)] = int(m.group(2))
    return table


def check_detection_rows(spec: DetectionSet, rows: list[dict]) -> None:
    """Fields, ids, label = kind's sign, assertion allowed for the label and named by the kind, doc types."""
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)) and all(re.fullmatch(rf"{spec.id_prefix}-\d{{4}}", i) for i in ids)
    if spec.sequential:
        assert ids == [f"{spec.id_prefix}-{i:04d}" for i in range(1, len(rows) + 1)]
    for r in rows:
        assert set(r) == spec.fields and r["kind"] in spec.kinds, r["id"]
        assert isinstance(r["text"], str) and r["text"].strip(), r["id"]
        assert type(r["label"]) is int and r["label"] == (1 if r["kind"].startswith("pos_") else 0), r["id"]
        allowed = POSITIVE_ASSERTIONS if r["label"] == 1 else NEGATIVE_ASSERTIONS
        assert r["assertion"] in allowed, r["id"]
        if spec.kind_assertions:
            assert r["assertion"] == KIND_ASSERTION.get(r["kind"], r["assertion"]), r["id"]
    if spec.doc_type:
        assert {r["doc_type"] for r in rows} == {"report", "note"}


def check_detection_size(spec: DetectionSet, rows: list[dict]) -> None:
    """Size, positive share, every kind at its minimum, long texts of both labels, both labels by doc type."""
    assert len(rows) >= spec.min_rows and (spec.max_rows is None or len(rows) <= spec.max_rows), len(rows)
    if spec.share:
        share = sum(r["label"] for r in rows) / len(rows)
        assert spec.share[0] <= share <= spec.share[1], share
    counts = Counter(r["kind"] for r in rows)
    assert set(counts) == spec.kinds and min(counts.values()) >= spec.per_kind, counts
    if spec.long_min is not None:
        long_ = [r for r in rows if len(r["text"].split()) >= 150]
        assert len(long_) >= spec.long_min and {r["label"] for r in long_} == {0, 1}
    if spec.doc_type:  # both labels in both document types, so each can be scored
        for doc_type in ("report", "note"):
            assert {r["label"] for r in rows if r["doc_type"] == doc_type} == {0, 1}


def check_detection_readme(spec: DetectionSet, rows: list[dict]) -> None:
    """README kind table (every set); total, label/assertion, doc-type tables (sets 4+); its own phrases."""
    readme = spec.readme
    assert _readme_kind_table(readme) == dict(Counter(r["kind"] for r in rows))
    text = readme.read_text(encoding="utf-8")
    if spec.readme_full:
        assert f"Total: {len(rows)} reports, {sum(r['label'] for r in rows)} positive" in text
        for (label, assertion), n in Counter((r["label"], r["assertion"]) for r in rows).items():
            assert f"| {label} | {assertion} | {n} |" in text
    if spec.doc_type:
        for (doc_type, label), n in Counter((r["doc_type"], r["label"]) for r in rows).items():
            assert f"| {doc_type} | {label} | {n} |" in text
    for phrase in spec.readme_extra:
        assert phrase in text, phrase


def check_detection_script(spec: DetectionSet, rows: list[dict]) -> None:
    """The JSONL was not hand-edited away from its source; doc_type follows the style; README styles match."""
    module, written = _written(spec.script_path)
    assert [{k: v for k, v in r.items() if k != "_style"} for r in written] == rows
    if spec.doc_type:
        for r in written:
            assert r["doc_type"] == ("report" if r["_style"] in module.REPORT_STYLES else "note"), r["id"]
    if spec.style_table:
        text = spec.readme.read_text(encoding="utf-8")
        for style, n in Counter(r["_style"] for r in written).items():
            assert f"| {style} | {n} |" in text


@detection_sets
def test_schema_ids_labels_and_doc_type(spec):
    check_detection_rows(spec, _rows(spec.path))


@detection_sets
def test_size_balance_kinds_and_long_texts(spec):
    check_detection_size(spec, _rows(spec.path))


@detection_sets
def test_no_text_repeats_itself_or_another_set(spec):
    _check_texts_new(_rows(spec.path), spec.path)


@detection_sets
def test_readme_counts_match_file(spec):
    check_detection_readme(spec, _rows(spec.path))


@pytest.mark.parametrize("spec", [s for s in DETECTION_SETS if s.script], ids=lambda s: f"set{s.name}")
def test_file_is_what_its_writer_script_writes(spec):
    check_detection_script(spec, _rows(spec.path))


@pytest.mark.parametrize("spec", [s for s in DETECTION_SETS if s.extra], ids=lambda s: f"set{s.name}")
def test_set_specific_checks(spec):
    for check in spec.extra:
        check(_rows(spec.path))


# --- priority held-out sets (issue 20; structure only, the lead measures each once) -------------------------
# the subtypes the first priority sets use (the schema), read from their labels
SUBTYPES = {
    s
    for name in ("labeled.jsonl", "heldout.jsonl")
    for r in _read_set(PRIORITY / name)
    for s in r["subtypes"]
}
ACUITY = {"acute", "subacute", "chronic", "mixed", "not_stated"}
CHANGE = {"new", "increased", "stable", "decreased", "no_prior", "not_stated"}
SIGNS = {"midline_shift", "hydrocephalus", "herniation", "cistern_effacement"}
MASS_EFFECT = {
    "midline_shift": bool,
    "midline_shift_mm": (float, type(None)),
    "mild": bool,
    "herniation": bool,
    "cistern_effacement": bool,
    "hydrocephalus": bool,
    "intraventricular_extension": bool,
    "known": list,
}


@dataclass(frozen=True)
class MassEffectMix:
    """How much mass effect, hedging and size a priority set holds (sets 4+)."""

    shift_mm: int  # rows with a measured shift
    mild: int  # rows with a mild shift
    signs: int  # rows with each of herniation, cistern effacement, hydrocephalus, IVH
    hedged: int
    shift_under_5: bool = False  # a measured shift under 5 mm
    shift_5: int = 0  # rows with exactly 5.0 mm
    hedged_priorities: bool = False  # hedged rows are critical and urgent, both
    hedged_changes: frozenset[str] = frozenset()  # changes that hedged rows carry, at least
    stable_critical: bool = (
        False  # a stable / decreased bleed with a critical sign; a known sign on a routine one
    )
    size_mm: int = 0  # rows with a size


@dataclass(frozen=True)
class PrioritySet:
    """One priority held-out set (heldout-N.jsonl, README-heldout-N.md, kind heldout-N, ids pN-ddd, written by
    heldoutN.py) and the thresholds its README promises."""

    name: str  # N
    min_rows: int
    id_prefix: str = ""  # pN unless named
    sequential: bool = True  # ids pN-000, -001, ... in file order
    script: bool = True  # the JSONL must equal what heldoutN.py writes
    min_counts: dict[str, int] = field(default_factory=dict)  # at least this many of a priority
    shares: float | None = None  # critical/urgent/routine 40/30/30 within this tolerance
    every_cell: bool = False  # every subtype in every change (else: every subtype)
    cell_min: int = 1  # each subtype but `other` in each change at least this often
    multi: int = 0  # rows with several bleeds
    long_notes: int = 0  # rows of >= 60 words
    newlines: int = 0  # rows with a line break (templates, tables)
    all_caps: int = 0
    mass: MassEffectMix | None = None
    wording: tuple[str, ...] = ()  # phrases the set's texts hold (lower-cased)
    wording_re: str | None = None

    @property
    def path(self) -> Path:
        return PRIORITY / f"heldout-{self.name}.jsonl"

    @property
    def readme(self) -> Path:
        return PRIORITY / f"README-heldout-{self.name}.md"

    @property
    def script_path(self) -> Path:
        return PRIORITY / f"heldout{self.name}.py"

    @property
    def kind(self) -> str:
        return f"heldout-{self.name}"

    @property
    def ids(self) -> str:
        return self.id_prefix or f"p{self.name}"


# sets 7+: 250 rows at least, 40/30/30 within 3 points, every subtype in every change twice (but `other`),
# long notes, templates and tables (line breaks: also preliminary + final), ALL CAPS
LATE = {
    "min_rows": 250,
    "shares": 0.03,
    "every_cell": True,
    "cell_min": 2,
    "long_notes": 4,
    "newlines": 30,
    "all_caps": 10,
}
EARLY_MIX = MassEffectMix(shift_mm=10, mild=1, signs=3, hedged=8)  # sets 4 and 5
SET8_MIX = MassEffectMix(
    shift_mm=50,
    mild=2,
    signs=10,
    hedged=20,
    shift_under_5=True,
    shift_5=5,
    hedged_priorities=True,
    hedged_changes=frozenset({"new", "increased", "stable", "no_prior", "not_stated"}),
    stable_critical=True,
    size_mm=100,
)
FOUR_SIGNS_WORDING = ("slightly increased", "unchanged size but new ivh", "evolving", "redistribution")
PRIORITY_SETS = (
    PrioritySet(
        "2",
        120,
        id_prefix="h2",
        sequential=False,
        script=False,
        min_counts={"critical": 50, "routine": 40, "urgent": 20},
        wording=(
            *FOUR_SIGNS_WORDING,
            "postoperative",
            "conversion",
            "haemorrhage",
            "hemorrhage",
            "herniation",
            "dear dr",
        ),
        wording_re=r"\d cm of (rightward )?shift|shift now \d\.\d cm|shift \d\.\d cm",
    ),
    PrioritySet(
        "3",
        90,
        sequential=False,
        min_counts={"critical": 45, "routine": 25, "urgent": 15},
    ),
    PrioritySet(
        "4",
        100,
        min_counts={"critical": 55, "routine": 25, "urgent": 20},
        every_cell=True,
        mass=EARLY_MIX,
        wording=(
            *FOUR_SIGNS_WORDING,
            "postoperative",
            "mixed density",
            "mixed-density",
            "acute-on-chronic",
            "acute component",
            "no midline shift",
            "without herniation",
            "subfalcine",
            "uncal",
            "tonsillar",
            "transtentorial",
            "trapped",
            "addendum",
            "dear dr",
            "outside",
            "cta",
            "mri",
            " ml",
            "haemorrhage",
            "hemorrhage",
        ),
        wording_re=r"\d\.\d cm (leftward )?midline shift",
    ),
    PrioritySet(
        "5",
        100,
        min_counts={"critical": 50, "routine": 25, "urgent": 20},
        every_cell=True,
        mass=EARLY_MIX,
        wording=(
            "has grown",
            "enlarged",
            "now larger",
            "bigger",
            "progressed",
            "expanded",
            "+4 mm",
            "smaller",
            "shrunk",
            "less conspicuous",
            "involuting",
            "absorbing",
            "no interval change",
            "similar",
            "unaltered",
            "as before",
            "midline displaced 7 mm",
            "septum pellucidum deviated",
            "trapped",
            "ventriculomegaly",
            "effacement of the basal cisterns",
            "compression of the fourth ventricle",
            "subfalcine",
            "uncal",
            "tonsils",
            "upward transtentorial",
            "downward transtentorial",
            "postoperative",
            "mixed density",
            "mixed-density",
            "acute-on-chronic",
            "unchanged size but new ivh",
            "redistribution",
            "evolving",
            "period",
            "dear dr",
            "addendum",
            "cta",
            "mri",
            " ml",
            "haemorrhage",
            "hemorrhage",
        ),
    ),
    PrioritySet(
        "6",
        220,
        shares=0.05,
        every_cell=True,
        multi=15,
        long_notes=4,
        mass=MassEffectMix(
            shift_mm=20,
            mild=1,
            signs=8,
            hedged=15,
            shift_under_5=True,
            shift_5=1,
            hedged_priorities=True,
            hedged_changes=frozenset({"new", "increased", "stable"}),
        ),
        wording=(
            "larger than",
            "has grown",
            "enlarged",
            "minimally more conspicuous",
            "redistributed",
            "slightly less dense but same size",
            "unchanged in size but new ivh",
            "acute-on-chronic",
            "hyperdense components",
            "0.7 cm",
            "1.4cm",
            "uncal",
            "subfalcine",
            "trapped left temporal horn",
            "effaced basal cisterns",
            "ventriculomegaly out of proportion",
            " ml ",
            " cc",
            "thickness",
            "no midline shift",
            "without herniation",
            "post-evacuation",
            "postoperative",
            "burr-hole",
            "resection cavity",
            "haemorrhage",
            "hemorrhage",
            "mls",
            "ed note",
            "neurosurgery consult",
            "icu progress",
            "dear dr",
            "addendum",
            "findings:",
            "impression:",
            "period",
        ),
    ),
    PrioritySet(
        "7",
        multi=20,
        **LATE,
        mass=MassEffectMix(
            shift_mm=40,
            mild=2,
            signs=10,
            hedged=20,
            shift_under_5=True,
            shift_5=1,
            hedged_priorities=True,
            hedged_changes=frozenset({"new", "increased", "stable", "no_prior"}),
            stable_critical=True,
        ),
        wording=(
            "change from prior: increased",
            "change from prior: no significant interval change",
            "similar to slightly smaller",
            "minimally larger",
            "more conspicuous",
            "slightly increased",
            "unchanged size but new ivh",
            "evolving",
            "redistribution",
            "postoperative",
            "no significant interval change",
            "smaller than yesterday",
            "larger than on admission",
            "page",
            "critical result",
            "read back",
            "preliminary",
            "final",
            "ward round",
            "wr",
            "neuro-icu",
            "nicu",
            "haematoma",
            "hematoma",
            "oedema",
            "edema",
            "acute-on-chronic",
            "mixed density",
            "subfalcine",
            "uncal",
            "transcalvarial",
            "trapped left temporal horn",
            "0.9 cm",
            "1.4cm",
            " ml",
            "24cc",
            "subdurl",
            "hemorhage",
            "mls",
            "pod",
            "prelim",
        ),
    ),
    PrioritySet(
        "8",
        multi=25,
        mass=SET8_MIX,
        **LATE,
        wording=(
            "hi-1",
            "hi-2",
            "ph-1",
            "ph-2",
            "ecass",
            "heidelberg",
            "swi",
            "flair",
            "dwi",
            "post-evacuation",
            "residual",
            "re-accumulation",
            "recollection",
            "drain in situ",
            "grade iii",
            "grade iv",
            "germinal matrix",
            "nai",
            "differing density",
            "about a third smaller",
            "roughly doubled",
            "less than half",
            " ml",
            "abc/2",
            "prelim",
            "registrar",
            "telerad",
            "trauma progress note",
            "hd#2",
            "ct brain",
            "thank you for referring",
            "extradural",
            " | ",
            "05.12.2026",
            "7-xii-2026",
            "2026.12.05",
            "thursday 3rd dec",
            "haematoma",
            "hemorrhage",
        ),
    ),
    *(  # blind sets written to set 8's structure (each its own wording, not checked here)
        PrioritySet(n, multi=25, mass=SET8_MIX, **LATE) for n in ("9", "10", "11", "12", "13")
    ),
)
priority_sets = pytest.mark.parametrize("spec", PRIORITY_SETS, ids=lambda s: f"priority{s.name}")


@pytest.fixture(scope="module")
def make_set():
    return _load_module(PRIORITY / "make_set.py")


def check_priority_rows(spec: PrioritySet, rows: list[dict]) -> None:
    """The schema of the first priority held-out set, row by row."""
    first = _read_set(PRIORITY / "heldout.jsonl")[0]
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)) and all(re.fullmatch(rf"{spec.ids}-\d{{3}}", i) for i in ids)
    if spec.sequential:
        assert ids == [f"{spec.ids}-{i:03d}" for i in range(len(rows))]
    for r in rows:
        assert list(r) == list(first), r["id"]
        assert r["kind"] == spec.kind and r["text"].strip(), r["id"]
        assert r["subtypes"] and set(r["subtypes"]) <= SUBTYPES, r["id"]
        assert r["acuity"] in ACUITY and r["change"] in CHANGE and type(r["hedged"]) is bool, r["id"]
        me = r["mass_effect"]
        assert set(me) == set(MASS_EFFECT), r["id"]
        assert all(isinstance(me[k], t) for k, t in MASS_EFFECT.items()), r["id"]
        assert set(me["known"]) <= SIGNS
        assert all(me[k] for k in me["known"]), r["id"]  # a sign stated unchanged is a sign present
        assert me["midline_shift_mm"] is None or me["midline_shift"], r["id"]
        assert r["size_mm"] is None or isinstance(r["size_mm"], float), r["id"]
        assert r["priority"] in ("critical", "urgent", "routine"), r["id"]


def check_priority_mix(spec: PrioritySet, rows: list[dict]) -> None:
    """Size, priority mix, subtype x change cells, several bleeds, long notes, templates, ALL CAPS."""
    counts = Counter(r["priority"] for r in rows)
    assert len(rows) >= spec.min_rows, len(rows)
    for priority, n in spec.min_counts.items():
        assert counts[priority] >= n, (priority, counts)
    if spec.shares is not None:
        for priority, share in (("critical", 0.40), ("urgent", 0.30), ("routine", 0.30)):
            assert abs(counts[priority] / len(rows) - share) <= spec.shares, (priority, counts)
    if spec.every_cell:
        cells = Counter((s, r["change"]) for r in rows for s in r["subtypes"])
        every = {(s, c) for s in SUBTYPES for c in CHANGE}
        assert set(cells) == every, sorted(every - set(cells))
        assert [k for k, n in cells.items() if k[0] != "other" and n < spec.cell_min] == []
    else:
        assert {s for r in rows for s in r["subtypes"]} == SUBTYPES
    assert sum(len(r["subtypes"]) > 1 for r in rows) >= spec.multi  # several bleeds in one report
    assert sum(len(r["text"].split()) >= 60 for r in rows) >= spec.long_notes
    assert sum("\n" in r["text"] for r in rows) >= spec.newlines
    assert sum(r["text"] == r["text"].upper() for r in rows) >= spec.all_caps


def check_priority_mass_effect(mix: MassEffectMix, rows: list[dict]) -> None:
    me = [r["mass_effect"] for r in rows]
    assert sum(m["midline_shift_mm"] is not None for m in me) >= mix.shift_mm
    assert any(m["midline_shift"] and m["midline_shift_mm"] is None and not m["mild"] for m in me)
    assert sum(m["mild"] for m in me) >= mix.mild
    if mix.shift_under_5:
        assert any(m["midline_shift_mm"] is not None and m["midline_shift_mm"] < 5 for m in me)
    assert sum(m["midline_shift_mm"] == 5.0 for m in me) >= mix.shift_5
    for sign in ("herniation", "cistern_effacement", "hydrocephalus", "intraventricular_extension"):
        assert sum(m[sign] for m in me) >= mix.signs, sign
    assert {k for m in me for k in m["known"]} == SIGNS
    assert sum(r["hedged"] for r in rows) >= mix.hedged and {r["acuity"] for r in rows} == ACUITY
    if mix.hedged_priorities:  # hedged rows in every priority: with a critical sign, alone
        assert {r["priority"] for r in rows if r["hedged"]} == {"critical", "urgent"}
    assert {r["change"] for r in rows if r["hedged"]} >= mix.hedged_changes
    if mix.stable_critical:
        assert any(r["change"] in ("stable", "decreased") and r["priority"] == "critical" for r in rows)
        assert any(r["mass_effect"]["known"] and r["priority"] == "routine" for r in rows)
    assert sum(r["size_mm"] is not None for r in rows) >= mix.size_mm


def _priority_readme_table(path: Path) -> dict[str, int]:
    table = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.fullmatch(r"\|\s*\**(\w+)\**\s*\|\s*\**(\d+)\**\s*\|", line.strip())
        if m:
            table[m.group(1)] = int(m.group(2))
    return table


def _priority_counts(rows: list[dict]) -> dict[str, int]:
    expected = dict(Counter(r["priority"] for r in rows))
    expected |= Counter(s for r in rows for s in r["subtypes"])
    expected["total"] = len(rows)
    return expected


@priority_sets
def test_priority_has_the_fields_of_the_first_held_out_set(spec):
    check_priority_rows(spec, _rows(spec.path))


@priority_sets
def test_priority_gold_priority_is_the_policy_table_on_its_labels(spec, make_set):
    assert [r["id"] for r in _rows(spec.path) if make_set.gold_priority(r) != r["priority"]] == []


@priority_sets
def test_priority_size_mix_and_every_subtype(spec):
    check_priority_mix(spec, _rows(spec.path))


@pytest.mark.parametrize("spec", [s for s in PRIORITY_SETS if s.mass], ids=lambda s: f"priority{s.name}")
def test_priority_mass_effect(spec):
    check_priority_mass_effect(spec.mass, _rows(spec.path))


@pytest.mark.parametrize("spec", [s for s in PRIORITY_SETS if s.wording], ids=lambda s: f"priority{s.name}")
def test_priority_wording(spec):
    text = " ".join(r["text"].lower() for r in _rows(spec.path))
    for wording in spec.wording:
        assert wording in text, wording
    if spec.wording_re:
        assert re.search(spec.wording_re, text)


@priority_sets
def test_priority_texts_are_new(spec):
    _check_texts_new(_rows(spec.path), spec.path)


@pytest.mark.parametrize("spec", [s for s in PRIORITY_SETS if s.script], ids=lambda s: f"priority{s.name}")
def test_priority_file_is_what_its_writer_script_writes(spec):
    assert list(_written(spec.script_path)[1]) == _rows(spec.path)


@priority_sets
def test_priority_readme_counts_match_file(spec):
    assert _priority_readme_table(spec.readme) == _priority_counts(_rows(spec.path))


# --- the checks can fail: each registry entry, broken in a copy ---------------------------------------------
@detection_sets
def test_detection_checks_fail_on_a_broken_copy(spec):
    rows = _rows(spec.path)
    flipped = [dict(r) for r in rows]
    flipped[0]["label"] = 1 - flipped[0]["label"]
    with pytest.raises(AssertionError):
        check_detection_rows(spec, flipped)
    with pytest.raises(AssertionError):
        check_detection_readme(spec, rows[:-1])
    with pytest.raises(AssertionError):
        check_detection_size(spec, [r for r in rows if r["kind"] != rows[0]["kind"]])
    other = next(p for p in sorted(HERE.glob("*.jsonl")) if p != spec.path)
    with pytest.raises(AssertionError):
        _check_texts_new([*rows, _read_set(other)[0]], spec.path)
    if spec.script:
        with pytest.raises(AssertionError):
            check_detection_script(spec, rows[:-1])


@priority_sets
def test_priority_checks_fail_on_a_broken_copy(spec):
    rows = _rows(spec.path)
    broken = [dict(r) for r in rows]
    broken[0]["acuity"] = "unknown"
    with pytest.raises(AssertionError):
        check_priority_rows(spec, broken)
    with pytest.raises(AssertionError):
        check_priority_mix(spec, rows[: len(rows) // 3])
    assert _priority_readme_table(spec.readme) != _priority_counts(rows[:-1])
    if spec.mass:
        with pytest.raises(AssertionError):
            check_priority_mass_effect(spec.mass, [{**r, "hedged": False} for r in rows])
