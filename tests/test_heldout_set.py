"""Integrity of the held-out sets: 2-10 (tests/data/heldout/) and priority sets 2-8 (tests/data/priority/).

Fast structural checks only: each set is measured once per model/rules release and is never
trained or tuned on, so nothing here scores it (no rule tier, model or priority code runs).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest
from test_challenge_set import ISSUE18_KINDS

HERE = Path(__file__).parent / "data" / "heldout"
SET = HERE / "heldout-2.jsonl"
README = HERE / "README.md"

FIELDS = {"id", "text", "label", "kind", "assertion"}
POSITIVE_ASSERTIONS = {"affirmed", "uncertain"}
NEGATIVE_ASSERTIONS = {"negated", "historical", "hypothetical", "extracranial", "none"}
KINDS = {
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


def _read_set(path: Path) -> list[dict]:
    lines = path.read_text(encoding="utf-8").splitlines()
    assert all(line.strip() for line in lines), f"blank line in {path.name}"
    return [json.loads(line) for line in lines]


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def _readme_kind_table(path: Path) -> dict[str, int]:
    table = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.fullmatch(r"\|\s*`?(pos_\w+|neg_\w+)`?\s*\|\s*(\d+)\s*\|", line.strip())
        if m:
            table[m.group(1)] = int(m.group(2))
    return table


def _check_readme_counts(rows: list[dict], readme: Path) -> str:
    """README kind table, total and label/assertion table match the file (sets 4 to 6); returns its text."""
    assert _readme_kind_table(readme) == dict(Counter(r["kind"] for r in rows))
    text = readme.read_text(encoding="utf-8")
    pos = sum(r["label"] for r in rows)
    assert f"Total: {len(rows)} reports, {pos} positive" in text
    for (label, assertion), n in Counter((r["label"], r["assertion"]) for r in rows).items():
        assert f"| {label} | {assertion} | {n} |" in text
    return text


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return _read_set(SET)


def test_size(rows):
    assert len(rows) >= 220


def test_fields_and_types(rows):
    for r in rows:
        assert set(r) == FIELDS, r.get("id")
        assert isinstance(r["text"], str) and r["text"].strip(), r["id"]
        assert type(r["label"]) is int and r["label"] in (0, 1), r["id"]
        assert r["kind"] in KINDS, r["id"]


def test_ids_unique_and_well_formed(rows):
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"h2-\d{4}", i) for i in ids)


def test_no_duplicate_texts(rows):
    norm = Counter(" ".join(r["text"].lower().split()) for r in rows)
    assert [t for t, n in norm.items() if n > 1] == []


def test_label_agrees_with_kind_and_assertion(rows):
    for r in rows:
        allowed = POSITIVE_ASSERTIONS if r["label"] == 1 else NEGATIVE_ASSERTIONS
        assert r["assertion"] in allowed, r["id"]
        assert r["kind"].startswith("pos_" if r["label"] == 1 else "neg_"), r["id"]
        if r["kind"] == "pos_hedged":
            assert r["assertion"] == "uncertain", r["id"]


def test_every_kind_has_at_least_ten(rows):
    counts = Counter(r["kind"] for r in rows)
    assert set(counts) == KINDS
    assert min(counts.values()) >= 10, counts


def test_readme_counts_match_file(rows):
    assert _readme_kind_table(README) == dict(Counter(r["kind"] for r in rows))


# --- held-out set 3 (issue 18 kinds, written after rules-4) -------------------------------------------------
SET3 = HERE / "heldout-3.jsonl"
README3 = HERE / "README-3.md"
KINDS3 = ISSUE18_KINDS  # the same ten kinds as the challenge set's issue-18 additions


@pytest.fixture(scope="module")
def rows3() -> list[dict]:
    return _read_set(SET3)


def test_set3_schema_ids_and_labels(rows3):
    assert len(rows3) >= 150
    ids = [r["id"] for r in rows3]
    assert len(ids) == len(set(ids)) and all(re.fullmatch(r"h3-\d{4}", i) for i in ids)
    for r in rows3:
        assert set(r) == FIELDS and r["kind"] in KINDS3, r["id"]
        assert type(r["label"]) is int and r["label"] == (1 if r["kind"].startswith("pos_") else 0), r["id"]
        allowed = POSITIVE_ASSERTIONS if r["label"] == 1 else NEGATIVE_ASSERTIONS
        assert r["assertion"] in allowed, r["id"]


def test_set3_every_kind_has_fifteen_and_no_text_repeats_another_set(rows3):
    counts = Counter(r["kind"] for r in rows3)
    assert set(counts) == KINDS3 and min(counts.values()) >= 15, counts
    norm = lambda t: " ".join(t.lower().split())  # noqa: E731
    own = Counter(norm(r["text"]) for r in rows3)
    assert [t for t, n in own.items() if n > 1] == []
    others = {norm(json.loads(line)["text"]) for line in SET.read_text(encoding="utf-8").splitlines()}
    challenge = HERE.parent / "challenge" / "challenge.jsonl"
    others |= {norm(json.loads(line)["text"]) for line in challenge.read_text(encoding="utf-8").splitlines()}
    assert set(own) & others == set()


def test_set3_readme_counts_match_file(rows3):
    assert _readme_kind_table(README3) == dict(Counter(r["kind"] for r in rows3))


# --- held-out set 4 (issue 18 kinds + plain ones, written before the rules freeze, measured once after it) --
SET4 = HERE / "heldout-4.jsonl"
README4 = HERE / "README-4.md"
KINDS4 = ISSUE18_KINDS | {"neg_indication_only", "neg_plain", "pos_plain"}


@pytest.fixture(scope="module")
def rows4() -> list[dict]:
    return _read_set(SET4)


def _check_issue18_rows(
    rows: list[dict], id_pattern: str, fields: set[str] = FIELDS, kinds: set[str] = KINDS4
) -> None:
    """Fields, ids, label = kind's sign, assertion allowed for the label (held-out sets 4 to 8)."""
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)) and all(re.fullmatch(id_pattern, i) for i in ids)
    for r in rows:
        assert set(r) == fields and r["kind"] in kinds, r["id"]
        assert isinstance(r["text"], str) and r["text"].strip(), r["id"]
        assert type(r["label"]) is int and r["label"] == (1 if r["kind"].startswith("pos_") else 0), r["id"]
        allowed = POSITIVE_ASSERTIONS if r["label"] == 1 else NEGATIVE_ASSERTIONS
        assert r["assertion"] in allowed, r["id"]
        if r["kind"] == "neg_site_extracranial":
            assert r["assertion"] == "extracranial", r["id"]


def test_set4_schema_ids_and_labels(rows4):
    _check_issue18_rows(rows4, r"h4-\d{4}")


def test_set4_size_balance_and_long_notes(rows4):
    assert len(rows4) >= 230
    share = sum(r["label"] for r in rows4) / len(rows4)
    assert 0.40 <= share <= 0.50, share
    long_ = [r for r in rows4 if len(r["text"].split()) >= 150]
    assert len(long_) >= 12 and {r["label"] for r in long_} == {0, 1}


def test_set4_every_kind_has_fifteen_and_no_text_repeats_another_set(rows4):
    counts = Counter(r["kind"] for r in rows4)
    assert set(counts) == KINDS4 and min(counts.values()) >= 15, counts
    own = Counter(_norm(r["text"]) for r in rows4)
    assert [t for t, n in own.items() if n > 1] == []
    others = set()
    for path in (SET, SET3, HERE.parent / "challenge" / "challenge.jsonl"):
        others |= {_norm(json.loads(line)["text"]) for line in path.read_text(encoding="utf-8").splitlines()}
    assert set(own) & others == set()


def test_set4_readme_counts_match_file(rows4):
    _check_readme_counts(rows4, README4)


def test_set4_file_is_what_its_writer_script_writes(rows4):
    """The JSONL was not hand-edited away from its source (the script keeps each text's document style)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("write_heldout_4", HERE / "write_heldout_4.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    written = [{k: v for k, v in r.items() if k != "_style"} for r in module.rows()]
    assert written == rows4


# --- priority held-out set 2 (issue 20; structure only, the lead measures it once) -------------------------
PRIORITY = HERE.parent / "priority"
PSET2 = PRIORITY / "heldout-2.jsonl"
PREADME2 = PRIORITY / "README-heldout-2.md"
# the subtypes the first priority sets use (the schema), read from their labels
SUBTYPES = {
    s
    for name in ("labeled.jsonl", "heldout.jsonl")
    for line in (PRIORITY / name).read_text(encoding="utf-8").splitlines()
    if line.strip()
    for s in json.loads(line)["subtypes"]
}
ACUITY = {"acute", "subacute", "chronic", "mixed", "not_stated"}
CHANGE = {"new", "increased", "stable", "decreased", "no_prior", "not_stated"}
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


@pytest.fixture(scope="module")
def prows2() -> list[dict]:
    return _read_set(PSET2)


@pytest.fixture(scope="module")
def make_set():
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_set", PRIORITY / "make_set.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _check_priority_rows(rows: list[dict], id_pattern: str, kind: str) -> None:
    """The schema of the first priority held-out set, row by row (shared by priority sets 2 and 3)."""
    first = json.loads(next(iter((PRIORITY / "heldout.jsonl").read_text(encoding="utf-8").splitlines())))
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)) and all(re.fullmatch(id_pattern, i) for i in ids)
    for r in rows:
        assert list(r) == list(first), r["id"]
        assert r["kind"] == kind and r["text"].strip(), r["id"]
        assert r["subtypes"] and set(r["subtypes"]) <= SUBTYPES, r["id"]
        assert r["acuity"] in ACUITY and r["change"] in CHANGE and type(r["hedged"]) is bool, r["id"]
        me = r["mass_effect"]
        assert set(me) == set(MASS_EFFECT), r["id"]
        assert all(isinstance(me[k], t) for k, t in MASS_EFFECT.items()), r["id"]
        assert set(me["known"]) <= {"midline_shift", "hydrocephalus", "herniation", "cistern_effacement"}
        assert all(me[k] for k in me["known"]), r["id"]  # a sign stated unchanged is a sign present
        assert me["midline_shift_mm"] is None or me["midline_shift"], r["id"]
        assert r["size_mm"] is None or isinstance(r["size_mm"], float), r["id"]
        assert r["priority"] in ("critical", "urgent", "routine"), r["id"]


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


def test_priority_set2_has_the_fields_of_the_first_held_out_set(prows2):
    _check_priority_rows(prows2, r"h2-\d{3}", "heldout-2")


def test_priority_set2_gold_priority_is_the_policy_table_on_its_labels(prows2, make_set):
    assert [r["id"] for r in prows2 if make_set.gold_priority(r) != r["priority"]] == []


def test_priority_set2_size_mix_and_wording(prows2):
    counts = Counter(r["priority"] for r in prows2)
    assert len(prows2) >= 120 and counts["critical"] >= 50 and counts["routine"] >= 40
    assert counts["urgent"] >= 20
    assert {s for r in prows2 for s in r["subtypes"]} == SUBTYPES
    text = " ".join(r["text"].lower() for r in prows2)
    for wording in ("slightly increased", "unchanged size but new ivh", "evolving", "redistribution"):
        assert wording in text, wording
    for wording in ("postoperative", "conversion", "haemorrhage", "hemorrhage", "herniation", "dear dr"):
        assert wording in text, wording
    assert re.search(r"\d cm of (rightward )?shift|shift now \d\.\d cm|shift \d\.\d cm", text)


def test_priority_set2_texts_are_new(prows2):
    own = Counter(_norm(r["text"]) for r in prows2)
    assert [t for t, n in own.items() if n > 1] == []
    others = set()
    for name in ("labeled.jsonl", "heldout.jsonl"):
        lines = (PRIORITY / name).read_text(encoding="utf-8").splitlines()
        others |= {_norm(json.loads(line)["text"]) for line in lines if line.strip()}
    assert set(own) & others == set()


def test_priority_set2_readme_counts_match_file(prows2):
    assert _priority_readme_table(PREADME2) == _priority_counts(prows2)


# --- held-out set 5 and priority set 3 (writer5; structure only, the lead measures each once) --------------
SET5 = HERE / "heldout-5.jsonl"
README5 = HERE / "README-5.md"
PSET3 = PRIORITY / "heldout-3.jsonl"
PREADME3 = PRIORITY / "README-heldout-3.md"


def _all_other_texts(own: Path) -> set[str]:
    """Every text of every other labeled set in tests/data (challenge, held-out, priority, site)."""
    data = HERE.parent
    paths = [
        p
        for sub in ("heldout", "challenge", "priority", "site")
        for p in sorted((data / sub).glob("*.jsonl"))
    ]
    assert len(paths) >= 10
    texts = set()
    for path in paths:
        if path != own:
            lines = path.read_text(encoding="utf-8").splitlines()
            texts |= {_norm(json.loads(line)["text"]) for line in lines if line.strip()}
    return texts


def _check_texts_new(rows: list[dict], own_path: Path) -> None:
    """No text repeats another of the same set or any text of another labeled set in tests/data."""
    own = Counter(_norm(r["text"]) for r in rows)
    assert [t for t, n in own.items() if n > 1] == []
    assert set(own) & _all_other_texts(own_path) == set()


def _load_module(path: Path):
    import importlib.util

    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def rows5() -> list[dict]:
    return _read_set(SET5)


@pytest.fixture(scope="module")
def prows3() -> list[dict]:
    return _read_set(PSET3)


def test_set5_schema_ids_and_labels(rows5):
    _check_issue18_rows(rows5, r"h5-\d{4}")
    assert [r["id"] for r in rows5] == [f"h5-{i:04d}" for i in range(1, len(rows5) + 1)]
    assert all(r["assertion"] == "historical" for r in rows5 if r["kind"] == "neg_note_past_history")


def test_set5_size_balance_kinds_and_long_notes(rows5):
    assert len(rows5) >= 200
    share = sum(r["label"] for r in rows5) / len(rows5)
    assert 0.40 <= share <= 0.50, share
    counts = Counter(r["kind"] for r in rows5)
    assert set(counts) == KINDS4 and min(counts.values()) >= 15, counts
    long_ = [r for r in rows5 if len(r["text"].split()) >= 150]
    assert len(long_) >= 6 and {r["label"] for r in long_} == {0, 1}


def test_set5_no_text_repeats_itself_or_another_set(rows5):
    _check_texts_new(rows5, SET5)


def test_set5_readme_counts_match_file(rows5):
    _check_readme_counts(rows5, README5)


def test_set5_file_is_what_its_writer_script_writes(rows5):
    """The JSONL was not hand-edited away from its source; the README's style table matches the script."""
    written = _load_module(HERE / "write_heldout_5.py").rows()
    assert [{k: v for k, v in r.items() if k != "_style"} for r in written] == rows5
    text = README5.read_text(encoding="utf-8")
    for style, n in Counter(r["_style"] for r in written).items():
        assert f"| {style} | {n} |" in text


def test_priority_set3_has_the_fields_of_the_first_held_out_set(prows3):
    _check_priority_rows(prows3, r"p3-\d{3}", "heldout-3")


def test_priority_set3_gold_priority_is_the_policy_table_on_its_labels(prows3, make_set):
    assert [r["id"] for r in prows3 if make_set.gold_priority(r) != r["priority"]] == []


def test_priority_set3_size_and_mix(prows3):
    counts = Counter(r["priority"] for r in prows3)
    assert (
        len(prows3) >= 90 and counts["critical"] >= 45 and counts["routine"] >= 25 and counts["urgent"] >= 15
    )
    assert {s for r in prows3 for s in r["subtypes"]} == SUBTYPES


def test_priority_set3_texts_are_new(prows3):
    own = Counter(_norm(r["text"]) for r in prows3)
    assert [t for t, n in own.items() if n > 1] == []
    assert set(own) & _all_other_texts(PSET3) == set()


def test_priority_set3_file_is_what_its_writer_script_writes(prows3):
    assert _load_module(PRIORITY / "heldout3.py").rows() == prows3


def test_priority_set3_readme_counts_match_file(prows3):
    assert _priority_readme_table(PREADME3) == _priority_counts(prows3)


# --- priority set 4 (pwriter4; blind, structure only, the lead measures it once after the freeze) -----------
PSET4 = PRIORITY / "heldout-4.jsonl"
PREADME4 = PRIORITY / "README-heldout-4.md"


@pytest.fixture(scope="module")
def prows4() -> list[dict]:
    return _read_set(PSET4)


def test_priority_set4_has_the_fields_of_the_first_held_out_set(prows4):
    _check_priority_rows(prows4, r"p4-\d{3}", "heldout-4")
    assert [r["id"] for r in prows4] == [f"p4-{i:03d}" for i in range(len(prows4))]


def test_priority_set4_gold_priority_is_the_policy_table_on_its_labels(prows4, make_set):
    assert [r["id"] for r in prows4 if make_set.gold_priority(r) != r["priority"]] == []


def test_priority_set4_size_mix_and_every_subtype_by_change(prows4):
    counts = Counter(r["priority"] for r in prows4)
    assert (
        len(prows4) >= 100 and counts["critical"] >= 55 and counts["routine"] >= 25 and counts["urgent"] >= 20
    )
    cells = {(s, r["change"]) for r in prows4 for s in r["subtypes"]}
    assert cells == {(s, c) for s in SUBTYPES for c in CHANGE}, sorted(
        {(s, c) for s in SUBTYPES for c in CHANGE} - cells
    )


def test_priority_set4_mass_effect_and_wording(prows4):
    me = [r["mass_effect"] for r in prows4]
    assert sum(m["midline_shift_mm"] is not None for m in me) >= 10
    assert any(m["midline_shift"] and m["midline_shift_mm"] is None and not m["mild"] for m in me)
    assert any(m["mild"] for m in me)
    for sign in ("herniation", "cistern_effacement", "hydrocephalus", "intraventricular_extension"):
        assert sum(m[sign] for m in me) >= 3, sign
    assert {k for m in me for k in m["known"]} == {
        "midline_shift",
        "hydrocephalus",
        "herniation",
        "cistern_effacement",
    }
    assert sum(r["hedged"] for r in prows4) >= 8 and {r["acuity"] for r in prows4} == ACUITY
    text = " ".join(r["text"].lower() for r in prows4)
    for wording in (
        "slightly increased",
        "unchanged size but new ivh",
        "evolving",
        "redistribution",
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
    ):
        assert wording in text, wording
    assert re.search(r"\d\.\d cm (leftward )?midline shift", text)


def test_priority_set4_texts_are_new(prows4):
    own = Counter(_norm(r["text"]) for r in prows4)
    assert [t for t, n in own.items() if n > 1] == []
    assert set(own) & _all_other_texts(PSET4) == set()


def test_priority_set4_file_is_what_its_writer_script_writes(prows4):
    assert _load_module(PRIORITY / "heldout4.py").rows() == prows4


def test_priority_set4_readme_counts_match_file(prows4):
    assert _priority_readme_table(PREADME4) == _priority_counts(prows4)


# --- priority held-out set 5 (pwriter5; structure only, the lead measures it once after the freeze) --------
PSET5 = PRIORITY / "heldout-5.jsonl"
PREADME5 = PRIORITY / "README-heldout-5.md"


@pytest.fixture(scope="module")
def prows5() -> list[dict]:
    return _read_set(PSET5)


def test_priority_set5_has_the_fields_of_the_first_held_out_set(prows5):
    _check_priority_rows(prows5, r"p5-\d{3}", "heldout-5")
    assert [r["id"] for r in prows5] == [f"p5-{i:03d}" for i in range(len(prows5))]


def test_priority_set5_gold_priority_is_the_policy_table_on_its_labels(prows5, make_set):
    assert [r["id"] for r in prows5 if make_set.gold_priority(r) != r["priority"]] == []


def test_priority_set5_size_mix_and_every_subtype_by_change(prows5):
    counts = Counter(r["priority"] for r in prows5)
    assert (
        len(prows5) >= 100 and counts["critical"] >= 50 and counts["routine"] >= 25 and counts["urgent"] >= 20
    )
    cells = {(s, r["change"]) for r in prows5 for s in r["subtypes"]}
    assert cells == {(s, c) for s in SUBTYPES for c in CHANGE}, sorted(
        {(s, c) for s in SUBTYPES for c in CHANGE} - cells
    )


def test_priority_set5_mass_effect_and_wording(prows5):
    me = [r["mass_effect"] for r in prows5]
    assert sum(m["midline_shift_mm"] is not None for m in me) >= 10
    assert any(m["midline_shift"] and m["midline_shift_mm"] is None and not m["mild"] for m in me)
    assert any(m["mild"] for m in me)
    for sign in ("herniation", "cistern_effacement", "hydrocephalus", "intraventricular_extension"):
        assert sum(m[sign] for m in me) >= 3, sign
    assert {k for m in me for k in m["known"]} == {
        "midline_shift",
        "hydrocephalus",
        "herniation",
        "cistern_effacement",
    }
    assert sum(r["hedged"] for r in prows5) >= 8 and {r["acuity"] for r in prows5} == ACUITY
    text = " ".join(r["text"].lower() for r in prows5)
    for wording in (
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
    ):
        assert wording in text, wording


def test_priority_set5_texts_are_new(prows5):
    own = Counter(_norm(r["text"]) for r in prows5)
    assert [t for t, n in own.items() if n > 1] == []
    assert set(own) & _all_other_texts(PSET5) == set()


def test_priority_set5_file_is_what_its_writer_script_writes(prows5):
    assert _load_module(PRIORITY / "heldout5.py").rows() == prows5


def test_priority_set5_readme_counts_match_file(prows5):
    assert _priority_readme_table(PREADME5) == _priority_counts(prows5)


# --- priority held-out set 6 (pblind6; blind, structure only, the lead measures it once after the freeze) --
PSET6 = PRIORITY / "heldout-6.jsonl"
PREADME6 = PRIORITY / "README-heldout-6.md"


@pytest.fixture(scope="module")
def prows6() -> list[dict]:
    return _read_set(PSET6)


def test_priority_set6_has_the_fields_of_the_first_held_out_set(prows6):
    _check_priority_rows(prows6, r"p6-\d{3}", "heldout-6")
    assert [r["id"] for r in prows6] == [f"p6-{i:03d}" for i in range(len(prows6))]


def test_priority_set6_gold_priority_is_the_policy_table_on_its_labels(prows6, make_set):
    assert [r["id"] for r in prows6 if make_set.gold_priority(r) != r["priority"]] == []


def test_priority_set6_size_mix_and_every_subtype_by_change(prows6):
    counts = Counter(r["priority"] for r in prows6)
    assert len(prows6) >= 220
    for priority, share in (("critical", 0.40), ("urgent", 0.30), ("routine", 0.30)):
        assert abs(counts[priority] / len(prows6) - share) <= 0.05, (priority, counts)
    cells = {(s, r["change"]) for r in prows6 for s in r["subtypes"]}
    assert cells == {(s, c) for s in SUBTYPES for c in CHANGE}, sorted(
        {(s, c) for s in SUBTYPES for c in CHANGE} - cells
    )
    assert sum(len(r["subtypes"]) > 1 for r in prows6) >= 15  # several bleeds in one report
    assert sum(len(r["text"].split()) >= 60 for r in prows6) >= 4  # long reports and notes


def test_priority_set6_mass_effect_and_wording(prows6):
    me = [r["mass_effect"] for r in prows6]
    assert sum(m["midline_shift_mm"] is not None for m in me) >= 20
    assert any(m["midline_shift"] and m["midline_shift_mm"] is None and not m["mild"] for m in me)
    assert any(m["mild"] for m in me)
    assert any(m["midline_shift_mm"] is not None and m["midline_shift_mm"] < 5 for m in me)
    assert any(m["midline_shift_mm"] == 5.0 for m in me)
    for sign in ("herniation", "cistern_effacement", "hydrocephalus", "intraventricular_extension"):
        assert sum(m[sign] for m in me) >= 8, sign
    assert {k for m in me for k in m["known"]} == {
        "midline_shift",
        "hydrocephalus",
        "herniation",
        "cistern_effacement",
    }
    assert sum(r["hedged"] for r in prows6) >= 15 and {r["acuity"] for r in prows6} == ACUITY
    # hedged rows in every priority: with a critical sign, alone, and with a stated change
    assert {r["priority"] for r in prows6 if r["hedged"]} == {"critical", "urgent"}
    assert {r["change"] for r in prows6 if r["hedged"]} >= {"new", "increased", "stable"}
    text = " ".join(r["text"].lower() for r in prows6)
    for wording in (
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
    ):
        assert wording in text, wording


def test_priority_set6_texts_are_new(prows6):
    _check_texts_new(prows6, PSET6)


def test_priority_set6_file_is_what_its_writer_script_writes(prows6):
    assert _load_module(PRIORITY / "heldout6.py").rows() == prows6


def test_priority_set6_readme_counts_match_file(prows6):
    assert _priority_readme_table(PREADME6) == _priority_counts(prows6)


# --- priority held-out set 7 (pblind7; blind, structure only, the lead measures it once after the freeze) --
PSET7 = PRIORITY / "heldout-7.jsonl"
PREADME7 = PRIORITY / "README-heldout-7.md"


@pytest.fixture(scope="module")
def prows7() -> list[dict]:
    return _read_set(PSET7)


def test_priority_set7_has_the_fields_of_the_first_held_out_set(prows7):
    _check_priority_rows(prows7, r"p7-\d{3}", "heldout-7")
    assert [r["id"] for r in prows7] == [f"p7-{i:03d}" for i in range(len(prows7))]


def test_priority_set7_gold_priority_is_the_policy_table_on_its_labels(prows7, make_set):
    assert [r["id"] for r in prows7 if make_set.gold_priority(r) != r["priority"]] == []


def test_priority_set7_size_mix_and_every_subtype_by_change(prows7):
    counts = Counter(r["priority"] for r in prows7)
    assert len(prows7) >= 250
    for priority, share in (("critical", 0.40), ("urgent", 0.30), ("routine", 0.30)):
        assert abs(counts[priority] / len(prows7) - share) <= 0.03, (priority, counts)
    cells = Counter((s, r["change"]) for r in prows7 for s in r["subtypes"])
    assert set(cells) == {(s, c) for s in SUBTYPES for c in CHANGE}, sorted(
        {(s, c) for s in SUBTYPES for c in CHANGE} - set(cells)
    )
    # every subtype but `other` in each change at least twice
    assert [k for k, n in cells.items() if k[0] != "other" and n < 2] == []
    assert sum(len(r["subtypes"]) > 1 for r in prows7) >= 20  # several bleeds in one report
    assert sum(len(r["text"].split()) >= 60 for r in prows7) >= 4  # long notes
    assert sum("\n" in r["text"] for r in prows7) >= 30  # templates; preliminary + final
    assert sum(r["text"] == r["text"].upper() for r in prows7) >= 10  # ALL CAPS


def test_priority_set7_mass_effect_and_wording(prows7):
    me = [r["mass_effect"] for r in prows7]
    assert sum(m["midline_shift_mm"] is not None for m in me) >= 40
    assert any(m["midline_shift"] and m["midline_shift_mm"] is None and not m["mild"] for m in me)
    assert sum(m["mild"] for m in me) >= 2
    assert any(m["midline_shift_mm"] is not None and m["midline_shift_mm"] < 5 for m in me)
    assert any(m["midline_shift_mm"] == 5.0 for m in me)
    for sign in ("herniation", "cistern_effacement", "hydrocephalus", "intraventricular_extension"):
        assert sum(m[sign] for m in me) >= 10, sign
    assert {k for m in me for k in m["known"]} == {
        "midline_shift",
        "hydrocephalus",
        "herniation",
        "cistern_effacement",
    }
    assert sum(r["hedged"] for r in prows7) >= 20 and {r["acuity"] for r in prows7} == ACUITY
    assert {r["priority"] for r in prows7 if r["hedged"]} == {"critical", "urgent"}
    assert {r["change"] for r in prows7 if r["hedged"]} >= {"new", "increased", "stable", "no_prior"}
    # a stable / decreased bleed with a critical sign; a sign stated unchanged on a routine bleed
    assert any(r["change"] in ("stable", "decreased") and r["priority"] == "critical" for r in prows7)
    assert any(r["mass_effect"]["known"] and r["priority"] == "routine" for r in prows7)
    text = " ".join(r["text"].lower() for r in prows7)
    for wording in (
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
    ):
        assert wording in text, wording


def test_priority_set7_texts_are_new(prows7):
    _check_texts_new(prows7, PSET7)


def test_priority_set7_file_is_what_its_writer_script_writes(prows7):
    assert _load_module(PRIORITY / "heldout7.py").rows() == prows7


def test_priority_set7_readme_counts_match_file(prows7):
    assert _priority_readme_table(PREADME7) == _priority_counts(prows7)


# --- held-out set 6 (writer6; structure only, the lead measures it once after the rules freeze) ------------
SET6 = HERE / "heldout-6.jsonl"
README6 = HERE / "README-6.md"


@pytest.fixture(scope="module")
def rows6() -> list[dict]:
    return _read_set(SET6)


def test_set6_schema_ids_labels_and_doc_type(rows6):
    _check_issue18_rows(rows6, r"h6-\d{4}", FIELDS | {"doc_type"})
    assert [r["id"] for r in rows6] == [f"h6-{i:04d}" for i in range(1, len(rows6) + 1)]
    assert all(r["assertion"] == "historical" for r in rows6 if r["kind"] == "neg_note_past_history")
    assert {r["doc_type"] for r in rows6} == {"report", "note"}


def test_set6_size_balance_kinds_and_long_notes(rows6):
    assert len(rows6) >= 240
    share = sum(r["label"] for r in rows6) / len(rows6)
    assert 0.45 <= share <= 0.50, share
    counts = Counter(r["kind"] for r in rows6)
    assert set(counts) == KINDS4 and min(counts.values()) >= 15, counts
    long_ = [r for r in rows6 if len(r["text"].split()) >= 150]
    assert len(long_) >= 8 and {r["label"] for r in long_} == {0, 1}
    for doc_type in ("report", "note"):  # both labels in both document types, so each can be scored
        assert {r["label"] for r in rows6 if r["doc_type"] == doc_type} == {0, 1}


def test_set6_no_text_repeats_itself_or_another_set(rows6):
    _check_texts_new(rows6, SET6)


def test_set6_readme_counts_match_file(rows6):
    text = _check_readme_counts(rows6, README6)
    for (doc_type, label), n in Counter((r["doc_type"], r["label"]) for r in rows6).items():
        assert f"| {doc_type} | {label} | {n} |" in text


def test_set6_file_is_what_its_writer_script_writes(rows6):
    """The JSONL was not hand-edited away from its source; doc_type follows the style; README styles match."""
    module = _load_module(HERE / "write_heldout_6.py")
    written = module.rows()
    assert [{k: v for k, v in r.items() if k != "_style"} for r in written] == rows6
    for r in written:
        assert r["doc_type"] == ("report" if r["_style"] in module.REPORT_STYLES else "note"), r["id"]
    text = README6.read_text(encoding="utf-8")
    for style, n in Counter(r["_style"] for r in written).items():
        assert f"| {style} | {n} |" in text


# --- held-out set 7 (writer7; blind, structure only, the lead measures it once after the rules freeze) ------
SET7 = HERE / "heldout-7.jsonl"
README7 = HERE / "README-7.md"


@pytest.fixture(scope="module")
def rows7() -> list[dict]:
    return _read_set(SET7)


def test_set7_schema_ids_labels_and_doc_type(rows7):
    _check_issue18_rows(rows7, r"h7-\d{4}", FIELDS | {"doc_type"})
    assert [r["id"] for r in rows7] == [f"h7-{i:04d}" for i in range(1, len(rows7) + 1)]
    assert all(r["assertion"] == "historical" for r in rows7 if r["kind"] == "neg_note_past_history")
    assert {r["doc_type"] for r in rows7} == {"report", "note"}


def test_set7_size_balance_kinds_and_long_texts(rows7):
    assert len(rows7) >= 200
    share = sum(r["label"] for r in rows7) / len(rows7)
    assert 0.45 <= share <= 0.50, share
    counts = Counter(r["kind"] for r in rows7)
    assert set(counts) == KINDS4 and min(counts.values()) >= 15, counts
    long_ = [r for r in rows7 if len(r["text"].split()) >= 150]
    assert len(long_) >= 4 and {r["label"] for r in long_} == {0, 1}
    for doc_type in ("report", "note"):
        assert {r["label"] for r in rows7 if r["doc_type"] == doc_type} == {0, 1}


def test_set7_no_text_repeats_itself_or_another_set(rows7):
    _check_texts_new(rows7, SET7)


def test_set7_readme_counts_match_file(rows7):
    text = _check_readme_counts(rows7, README7)
    for (doc_type, label), n in Counter((r["doc_type"], r["label"]) for r in rows7).items():
        assert f"| {doc_type} | {label} | {n} |" in text


def test_set7_file_is_what_its_writer_script_writes(rows7):
    """The JSONL was not hand-edited away from its source; doc_type follows the style; README styles match."""
    module = _load_module(HERE / "write_heldout_7.py")
    written = module.rows()
    assert [{k: v for k, v in r.items() if k != "_style"} for r in written] == rows7
    for r in written:
        assert r["doc_type"] == ("report" if r["_style"] in module.REPORT_STYLES else "note"), r["id"]
    text = README7.read_text(encoding="utf-8")
    for style, n in Counter(r["_style"] for r in written).items():
        assert f"| {style} | {n} |" in text


# --- held-out set 8 (blind8; blind, structure only, the lead measures it once after the rules freeze) -------
SET8 = HERE / "heldout-8.jsonl"
README8 = HERE / "README-8.md"
KINDS8 = KINDS4 | {
    "neg_no_acute_named",
    "neg_other_organ_bleed",
    "pos_hedged_query",
    "pos_findings_only",
    "pos_imaging_descriptor_mri_cta",
}


@pytest.fixture(scope="module")
def rows8() -> list[dict]:
    return _read_set(SET8)


def test_set8_schema_ids_labels_and_doc_type(rows8):
    _check_issue18_rows(rows8, r"h8-\d{4}", FIELDS | {"doc_type"}, KINDS8)
    assert [r["id"] for r in rows8] == [f"h8-{i:04d}" for i in range(1, len(rows8) + 1)]
    assert all(r["assertion"] == "historical" for r in rows8 if r["kind"] == "neg_note_past_history")
    assert all(r["assertion"] == "extracranial" for r in rows8 if r["kind"] == "neg_other_organ_bleed")
    assert all(r["assertion"] == "uncertain" for r in rows8 if r["kind"] == "pos_hedged_query")
    assert {r["doc_type"] for r in rows8} == {"report", "note"}


def test_set8_size_balance_kinds_and_long_texts(rows8):
    assert len(rows8) >= 280
    share = sum(r["label"] for r in rows8) / len(rows8)
    assert 0.45 <= share <= 0.55, share
    counts = Counter(r["kind"] for r in rows8)
    assert set(counts) == KINDS8 and min(counts.values()) >= 15, counts
    long_ = [r for r in rows8 if len(r["text"].split()) >= 150]
    assert len(long_) >= 4 and {r["label"] for r in long_} == {0, 1}
    for doc_type in ("report", "note"):
        assert {r["label"] for r in rows8 if r["doc_type"] == doc_type} == {0, 1}


def test_set8_no_text_repeats_itself_or_another_set(rows8):
    _check_texts_new(rows8, SET8)


def test_set8_readme_counts_match_file(rows8):
    text = _check_readme_counts(rows8, README8)
    for (doc_type, label), n in Counter((r["doc_type"], r["label"]) for r in rows8).items():
        assert f"| {doc_type} | {label} | {n} |" in text


def test_set8_file_is_what_its_writer_script_writes(rows8):
    """The JSONL was not hand-edited away from its source; doc_type follows the style; README styles match."""
    module = _load_module(HERE / "write_heldout_8.py")
    written = module.rows()
    assert [{k: v for k, v in r.items() if k != "_style"} for r in written] == rows8
    for r in written:
        assert r["doc_type"] == ("report" if r["_style"] in module.REPORT_STYLES else "note"), r["id"]
    text = README8.read_text(encoding="utf-8")
    for style, n in Counter(r["_style"] for r in written).items():
        assert f"| {style} | {n} |" in text


# --- held-out set 9 (blind9; blind, structure only, the lead measures it once after the rules freeze) -------
SET9 = HERE / "heldout-9.jsonl"
README9 = HERE / "README-9.md"
KINDS9 = KINDS8 | {
    "pos_structured_template",
    "neg_structured_template",
    "pos_addendum_correction",
    "neg_addendum_correction",
    "pos_non_english_accents",
}


@pytest.fixture(scope="module")
def rows9() -> list[dict]:
    return _read_set(SET9)


def test_set9_schema_ids_labels_and_doc_type(rows9):
    _check_issue18_rows(rows9, r"h9-\d{4}", FIELDS | {"doc_type"}, KINDS9)
    assert [r["id"] for r in rows9] == [f"h9-{i:04d}" for i in range(1, len(rows9) + 1)]
    assert all(r["assertion"] == "historical" for r in rows9 if r["kind"] == "neg_note_past_history")
    assert all(r["assertion"] == "extracranial" for r in rows9 if r["kind"] == "neg_other_organ_bleed")
    assert all(r["assertion"] == "uncertain" for r in rows9 if r["kind"] == "pos_hedged_query")
    assert {r["doc_type"] for r in rows9} == {"report", "note"}


def test_set9_size_balance_kinds_and_long_texts(rows9):
    assert len(rows9) >= 300
    share = sum(r["label"] for r in rows9) / len(rows9)
    assert 0.45 <= share <= 0.55, share
    counts = Counter(r["kind"] for r in rows9)
    assert set(counts) == KINDS9 and min(counts.values()) >= 15, counts
    long_ = [r for r in rows9 if len(r["text"].split()) >= 150]
    assert len(long_) >= 8 and {r["label"] for r in long_} == {0, 1}
    for doc_type in ("report", "note"):
        assert {r["label"] for r in rows9 if r["doc_type"] == doc_type} == {0, 1}


def test_set9_new_kinds_carry_what_they_name(rows9):
    """Templates look templated, corrections say so, the non-English positives carry non-ASCII text."""
    for r in rows9:
        if r["kind"].endswith("_structured_template"):
            assert re.search(r"[:|\[\]?=]|\.{4}", r["text"]), r["id"]
        if r["kind"].endswith("_addendum_correction"):
            assert re.search(r"addendum|correct|amended|revised", r["text"], re.I), r["id"]
        if r["kind"] == "pos_non_english_accents":
            assert any(ord(c) > 127 for c in r["text"]), r["id"]


def test_set9_no_text_repeats_itself_or_another_set(rows9):
    _check_texts_new(rows9, SET9)


def test_set9_readme_counts_match_file(rows9):
    text = _check_readme_counts(rows9, README9)
    for (doc_type, label), n in Counter((r["doc_type"], r["label"]) for r in rows9).items():
        assert f"| {doc_type} | {label} | {n} |" in text


def test_set9_file_is_what_its_writer_script_writes(rows9):
    """The JSONL was not hand-edited away from its source; doc_type follows the style; README styles match."""
    module = _load_module(HERE / "write_heldout_9.py")
    written = module.rows()
    assert [{k: v for k, v in r.items() if k != "_style"} for r in written] == rows9
    for r in written:
        assert r["doc_type"] == ("report" if r["_style"] in module.REPORT_STYLES else "note"), r["id"]
    text = README9.read_text(encoding="utf-8")
    for style, n in Counter(r["_style"] for r in written).items():
        assert f"| {style} | {n} |" in text


# --- priority held-out set 8 (pblind8; blind, structure only, measured once by the lead on the final release)
PSET8 = PRIORITY / "heldout-8.jsonl"
PREADME8 = PRIORITY / "README-heldout-8.md"


@pytest.fixture(scope="module")
def prows8() -> list[dict]:
    return _read_set(PSET8)


def test_priority_set8_has_the_fields_of_the_first_held_out_set(prows8):
    _check_priority_rows(prows8, r"p8-\d{3}", "heldout-8")
    assert [r["id"] for r in prows8] == [f"p8-{i:03d}" for i in range(len(prows8))]


def test_priority_set8_gold_priority_is_the_policy_table_on_its_labels(prows8, make_set):
    assert [r["id"] for r in prows8 if make_set.gold_priority(r) != r["priority"]] == []


def test_priority_set8_size_mix_and_every_subtype_by_change(prows8):
    counts = Counter(r["priority"] for r in prows8)
    assert len(prows8) >= 250
    for priority, share in (("critical", 0.40), ("urgent", 0.30), ("routine", 0.30)):
        assert abs(counts[priority] / len(prows8) - share) <= 0.03, (priority, counts)
    cells = Counter((s, r["change"]) for r in prows8 for s in r["subtypes"])
    assert set(cells) == {(s, c) for s in SUBTYPES for c in CHANGE}, sorted(
        {(s, c) for s in SUBTYPES for c in CHANGE} - set(cells)
    )
    assert [k for k, n in cells.items() if k[0] != "other" and n < 2] == []
    assert sum(len(r["subtypes"]) > 1 for r in prows8) >= 25  # several bleeds in one report
    assert sum(len(r["text"].split()) >= 60 for r in prows8) >= 4  # long notes
    assert sum("\n" in r["text"] for r in prows8) >= 30  # templates and tables
    assert sum(r["text"] == r["text"].upper() for r in prows8) >= 10  # ALL CAPS


def test_priority_set8_mass_effect_and_wording(prows8):
    me = [r["mass_effect"] for r in prows8]
    assert sum(m["midline_shift_mm"] is not None for m in me) >= 50
    assert any(m["midline_shift"] and m["midline_shift_mm"] is None and not m["mild"] for m in me)
    assert sum(m["mild"] for m in me) >= 2
    assert any(m["midline_shift_mm"] is not None and m["midline_shift_mm"] < 5 for m in me)
    assert sum(m["midline_shift_mm"] == 5.0 for m in me) >= 5
    for sign in ("herniation", "cistern_effacement", "hydrocephalus", "intraventricular_extension"):
        assert sum(m[sign] for m in me) >= 10, sign
    assert {k for m in me for k in m["known"]} == {
        "midline_shift",
        "hydrocephalus",
        "herniation",
        "cistern_effacement",
    }
    assert sum(r["hedged"] for r in prows8) >= 20 and {r["acuity"] for r in prows8} == ACUITY
    assert {r["priority"] for r in prows8 if r["hedged"]} == {"critical", "urgent"}
    assert {r["change"] for r in prows8 if r["hedged"]} >= {
        "new",
        "increased",
        "stable",
        "no_prior",
        "not_stated",
    }
    assert any(r["change"] in ("stable", "decreased") and r["priority"] == "critical" for r in prows8)
    assert any(r["mass_effect"]["known"] and r["priority"] == "routine" for r in prows8)
    assert sum(r["size_mm"] is not None for r in prows8) >= 100
    text = " ".join(r["text"].lower() for r in prows8)
    for wording in (
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
    ):
        assert wording in text, wording


def test_priority_set8_texts_are_new(prows8):
    _check_texts_new(prows8, PSET8)


def test_priority_set8_file_is_what_its_writer_script_writes(prows8):
    assert _load_module(PRIORITY / "heldout8.py").rows() == prows8


def test_priority_set8_readme_counts_match_file(prows8):
    assert _priority_readme_table(PREADME8) == _priority_counts(prows8)


# --- held-out set 10 (blind10; blind, structure only, the lead measures it once on the final release) ------
SET10 = HERE / "heldout-10.jsonl"
README10 = HERE / "README-10.md"
KINDS10 = KINDS9


@pytest.fixture(scope="module")
def rows10() -> list[dict]:
    return _read_set(SET10)


def test_set10_schema_ids_labels_and_doc_type(rows10):
    _check_issue18_rows(rows10, r"h10-\d{4}", FIELDS | {"doc_type"}, KINDS10)
    assert [r["id"] for r in rows10] == [f"h10-{i:04d}" for i in range(1, len(rows10) + 1)]
    assert all(r["assertion"] == "historical" for r in rows10 if r["kind"] == "neg_note_past_history")
    assert all(r["assertion"] == "extracranial" for r in rows10 if r["kind"] == "neg_other_organ_bleed")
    assert all(r["assertion"] == "uncertain" for r in rows10 if r["kind"] == "pos_hedged_query")
    assert {r["doc_type"] for r in rows10} == {"report", "note"}


def test_set10_size_balance_kinds_and_long_texts(rows10):
    assert 350 <= len(rows10) <= 380
    share = sum(r["label"] for r in rows10) / len(rows10)
    assert 0.50 <= share <= 0.55, share
    counts = Counter(r["kind"] for r in rows10)
    assert set(counts) == KINDS10 and min(counts.values()) >= 15, counts
    long_ = [r for r in rows10 if len(r["text"].split()) >= 150]
    assert len(long_) >= 8 and {r["label"] for r in long_} == {0, 1}
    for doc_type in ("report", "note"):
        assert {r["label"] for r in rows10 if r["doc_type"] == doc_type} == {0, 1}


def test_set10_kinds_carry_what_they_name(rows10):
    """Templates look templated, corrections say so, the non-English positives carry non-ASCII text."""
    test_set9_new_kinds_carry_what_they_name(rows10)


def test_set10_no_text_repeats_itself_or_another_set(rows10):
    _check_texts_new(rows10, SET10)


def test_set10_readme_counts_match_file(rows10):
    text = _check_readme_counts(rows10, README10)
    for (doc_type, label), n in Counter((r["doc_type"], r["label"]) for r in rows10).items():
        assert f"| {doc_type} | {label} | {n} |" in text
    assert "## First measurement" in text and "never tuned on" in text


def test_set10_file_is_what_its_writer_script_writes(rows10):
    """The JSONL was not hand-edited away from its source; doc_type follows the style; README styles match."""
    module = _load_module(HERE / "write_heldout_10.py")
    written = module.rows()
    assert [{k: v for k, v in r.items() if k != "_style"} for r in written] == rows10
    for r in written:
        assert r["doc_type"] == ("report" if r["_style"] in module.REPORT_STYLES else "note"), r["id"]
    text = README10.read_text(encoding="utf-8")
    for style, n in Counter(r["_style"] for r in written).items():
        assert f"| {style} | {n} |" in text
