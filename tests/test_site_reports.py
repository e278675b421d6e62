"""Integrity of the synthetic "site" report sets (tests/data/site/): fields, ids, accession grouping,
label/kind agreement, prevalence, no text shared with the other hand-written sets, README counts = file.

Structural checks only: nothing here scores the reports.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from pathlib import Path

import pytest

HERE = Path(__file__).parent / "data" / "site"
SET2 = HERE / "site_reports_2.jsonl"
README = HERE / "README.md"
FIELDS2 = {"id", "accession", "procedure_code", "document_type", "text", "truth", "kind"}
CODES = {"CTHEAD", "MRBRAIN", "CTA", "CTVEN", "CTFACE"}
OTHER_SETS = [
    HERE / "site_reports.jsonl",
    HERE.parent / "heldout" / "heldout-2.jsonl",
    HERE.parent / "heldout" / "heldout-3.jsonl",
    HERE.parent / "challenge" / "challenge.jsonl",
]


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    lines = SET2.read_text(encoding="utf-8").splitlines()
    assert all(line.strip() for line in lines), "blank line in site_reports_2.jsonl"
    return [json.loads(line) for line in lines]


def test_fields_types_and_ids(rows):
    assert len(rows) >= 300
    for n, r in enumerate(rows, 1):
        assert set(r) == FIELDS2, r.get("id")
        assert r["id"] == f"site2-{n:04d}"
        assert re.fullmatch(r"RAD8\d{4}", r["accession"]), r["id"]
        assert r["procedure_code"] in CODES and r["document_type"] in {"prelim", "final"}, r["id"]
        assert isinstance(r["text"], str) and r["text"].strip() == r["text"] and r["text"], r["id"]
        assert type(r["truth"]) is int and r["truth"] == (1 if r["kind"].startswith("pos_") else 0), r["id"]
        assert r["kind"].startswith(("pos_", "neg_")), r["id"]


def test_accessions_group_a_prelim_before_its_final(rows):
    """An accession carries a preliminary and a final of one study, or two studies (a CT head, its CTA)."""
    docs = defaultdict(list)
    for r in rows:
        docs[r["accession"], r["procedure_code"]].append(r["document_type"])
    for key, kinds in docs.items():
        assert kinds in (["prelim"], ["final"], ["prelim", "final"]), key
    per_accession = Counter(r["accession"] for r in rows)
    assert sum(n > 1 for n in per_accession.values()) >= 15, "grouping by accession must matter"


def test_prevalence_is_a_sites(rows):
    share = sum(r["truth"] for r in rows) / len(rows)
    assert 0.35 <= share <= 0.45, share


def test_texts_unique_and_not_in_other_sets(rows):
    own = Counter(_norm(r["text"]) for r in rows)
    assert [t for t, n in own.items() if n > 1] == []
    others = set()
    for path in OTHER_SETS:
        if path.exists():
            others |= {_norm(json.loads(x)["text"]) for x in path.read_text(encoding="utf-8").splitlines()}
    assert set(own) & others == set()


def test_no_patient_header(rows):
    """The site writes no header; an MRN/DOB/name block is the generator's style, and PHI-shaped."""
    for r in rows:
        assert not re.search(r"\b(MRN|DOB|Patient Name|PATIENT:)", r["text"]), r["id"]


def test_readme_counts_match_file(rows):
    text = README.read_text(encoding="utf-8")
    section = text[text.index("# Site reports 2") :]
    table = {}
    for line in section.splitlines():
        m = re.fullmatch(r"\|\s*`(pos_\w+|neg_\w+)`\s*\|\s*(\d+)\s*\|", line.strip())
        if m:
            table[m.group(1)] = int(m.group(2))
    assert table == dict(Counter(r["kind"] for r in rows))
    m = re.search(r"\*\*Counts:\*\* (\d+) reports, (\d+) with `truth` 1", section)
    assert m and (int(m.group(1)), int(m.group(2))) == (len(rows), sum(r["truth"] for r in rows))
