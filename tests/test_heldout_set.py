"""Integrity of held-out set 2 (tests/data/heldout/heldout-2.jsonl).

Fast structural checks only: the set is measured once per model/rules release and is never
trained or tuned on, so nothing here scores it.
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


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    lines = SET.read_text(encoding="utf-8").splitlines()
    assert all(line.strip() for line in lines), "blank line in the set"
    return [json.loads(line) for line in lines]


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
    table = {}
    for line in README.read_text(encoding="utf-8").splitlines():
        m = re.fullmatch(r"\|\s*`?(pos_\w+|neg_\w+)`?\s*\|\s*(\d+)\s*\|", line.strip())
        if m:
            table[m.group(1)] = int(m.group(2))
    assert table == dict(Counter(r["kind"] for r in rows))


# --- held-out set 3 (issue 18 kinds, written after rules-4) -------------------------------------------------
SET3 = HERE / "heldout-3.jsonl"
README3 = HERE / "README-3.md"
KINDS3 = ISSUE18_KINDS  # the same ten kinds as the challenge set's issue-18 additions


@pytest.fixture(scope="module")
def rows3() -> list[dict]:
    lines = SET3.read_text(encoding="utf-8").splitlines()
    assert all(line.strip() for line in lines), "blank line in set 3"
    return [json.loads(line) for line in lines]


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
    table = {}
    for line in README3.read_text(encoding="utf-8").splitlines():
        m = re.fullmatch(r"\|\s*`?(pos_\w+|neg_\w+)`?\s*\|\s*(\d+)\s*\|", line.strip())
        if m:
            table[m.group(1)] = int(m.group(2))
    assert table == dict(Counter(r["kind"] for r in rows3))
