"""Integrity of the hand-written challenge set (tests/data/challenge/challenge.jsonl).

The set measures the model on text nobody generated; it must never be used for training. These checks are
fast and need no model: schema, label/assertion consistency, kind coverage, both classes in every layout
group, and no duplicates (exact or after the model's own tokenization).
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from triage.text import tokenize

CHALLENGE = Path(__file__).parent / "data" / "challenge" / "challenge.jsonl"
README = CHALLENGE.parent / "README.md"

POSITIVE_ASSERTIONS = {"affirmed", "uncertain"}
NEGATIVE_ASSERTIONS = {"negated", "historical", "hypothetical", "extracranial", "none"}
#: kinds added for rules-6 (the gaps found after held-out set 5): at least 15 each
RULES6_POSITIVE = (
    "pos_pituitary_apoplexy",
    "pos_simile_density",
    "pos_density_hu",
    "pos_history_heading",
    "pos_dictation_tokens",
    "pos_question_answer",
    "pos_concern_note",
)
RULES6_NEGATIVE = ("neg_history_heading", "neg_dictation_tokens", "neg_question_answer", "neg_concern_note")
#: kinds added for rules-7 (the gaps found after held-out set 6): at least 15 each
RULES7_POSITIVE = ("pos_rebleed",)
RULES7_NEGATIVE = ("neg_bleeding_tendency",)
POSITIVE_KINDS = {
    "pos_plain",
    "pos_wording",
    "pos_acronym",
    "pos_subtype_rare",
    "pos_hedged",
    "pos_late",
    "pos_layout",
    "pos_with_distractors",
    "pos_described_unnamed",
    "pos_known_no_veto",
    "pos_not_purely_historical",
    "pos_indication_then_finding",
    "pos_note_sections",
    "pos_mimic_with_blood",
    *RULES6_POSITIVE,
    *RULES7_POSITIVE,
}
NEGATIVE_KINDS = {
    "neg_normal",
    "neg_negated",
    "neg_size_mass",
    "neg_mass_effect",
    "neg_infarct_call",
    "neg_history",
    "neg_hypothetical",
    "neg_extracranial",
    "neg_offtopic",
    "neg_other_head",
    "neg_late",
    "neg_layout",
    "neg_site_extracranial",
    "neg_mimic",
    "neg_note_past_history",
    "neg_ruled_out",
    *RULES6_NEGATIVE,
    *RULES7_NEGATIVE,
}
#: kinds added for issue 18 (rule tier context): at least 15 each
ISSUE18_KINDS = {
    "pos_described_unnamed",
    "pos_known_no_veto",
    "pos_not_purely_historical",
    "pos_indication_then_finding",
    "pos_note_sections",
    "pos_mimic_with_blood",
    "neg_site_extracranial",
    "neg_mimic",
    "neg_note_past_history",
    "neg_ruled_out",
}
MIN_PER_KIND = 10
MIN_TOTAL = 260
ID_RE = re.compile(r"^ch-\d{4}$")

# Layout groups are recognised from the text itself, so a class that only ever appears in one layout
# (a shortcut the model could learn) is caught whatever kind the report was filed under.
_HEADING = r"(?:IMPRESSIONS?|FINDINGS|CONCLUSIONS?|IMP|SUMMARY|OPINION|FINAL IMPRESSION|EXAM|HISTORY)"
_NOTE_HEADING = re.compile(r"\b(?:CC|HX|HPI|COURSE|Subjective|Chief complaint)\s*:")
LAYOUTS = {
    "glued_commas": lambda t: re.search(rf"(?i)(?:^|[.,])\s*{_HEADING}\s*:\s*,", t) is not None,
    "all_caps": lambda t: sum(c.isalpha() for c in t) >= 20 and t == t.upper(),
    "lower_case": lambda t: t == t.lower(),
    "numbered": lambda t: re.search(r"(?m)(?:^|\s)1[.)]\s", t) is not None,
    "markdown": lambda t: "**" in t or "##" in t,
    "tilde_breaks": lambda t: "~" in t,
    "hl7_br_escapes": lambda t: "\\.br\\" in t,
    "multi_line": lambda t: "\n" in t,
    "single_line": lambda t: "\n" not in t,
    "impression_heading": lambda t: re.search(r"(?i)\b(?:final\s+)?impressions?\s*[:\-]", t) is not None,
    "no_conclusion_heading": lambda t: (
        re.search(r"(?i)\b(?:impressions?|conclusions?|imp|summary|opinion)\b", t) is None
    ),
    "long_over_60_words": lambda t: len(t.split()) > 60,
    "clinical_note": lambda t: _NOTE_HEADING.search(t) is not None,
}


def _rows() -> list[dict]:
    rows = []
    for n, line in enumerate(CHALLENGE.read_text(encoding="utf-8").splitlines(), 1):
        assert line.strip(), f"blank line {n}"
        rows.append(json.loads(line))
    return rows


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return _rows()


def test_size_and_schema(rows: list[dict]) -> None:
    assert len(rows) >= MIN_TOTAL
    for r in rows:
        assert set(r) == {"id", "text", "label", "kind", "assertion"}, r.get("id")
        assert ID_RE.match(r["id"]), r["id"]
        assert isinstance(r["text"], str) and r["text"].strip(), r["id"]
        assert r["label"] in (0, 1) and not isinstance(r["label"], bool), r["id"]
        assert r["kind"] in POSITIVE_KINDS | NEGATIVE_KINDS, (r["id"], r["kind"])


def test_ids_unique(rows: list[dict]) -> None:
    ids = Counter(r["id"] for r in rows)
    assert [i for i, c in ids.items() if c > 1] == []


def test_assertion_consistent_with_label(rows: list[dict]) -> None:
    for r in rows:
        allowed = POSITIVE_ASSERTIONS if r["label"] == 1 else NEGATIVE_ASSERTIONS
        assert r["assertion"] in allowed, (r["id"], r["label"], r["assertion"])


def test_kind_prefix_matches_label(rows: list[dict]) -> None:
    for r in rows:
        assert r["label"] == (1 if r["kind"] in POSITIVE_KINDS else 0), (r["id"], r["kind"])
    hedged = [r for r in rows if r["kind"] == "pos_hedged"]
    assert all(r["assertion"] == "uncertain" for r in hedged)


def test_every_kind_has_enough_reports(rows: list[dict]) -> None:
    counts = Counter(r["kind"] for r in rows)
    for kind in sorted(POSITIVE_KINDS | NEGATIVE_KINDS):
        later = RULES6_POSITIVE + RULES6_NEGATIVE + RULES7_POSITIVE + RULES7_NEGATIVE
        at_least = 15 if kind in ISSUE18_KINDS or kind in later else MIN_PER_KIND
        assert counts[kind] >= at_least, (kind, counts[kind])


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_both_classes_in_every_layout_group(rows: list[dict], layout: str) -> None:
    labels = Counter(r["label"] for r in rows if LAYOUTS[layout](r["text"]))
    assert labels[0] >= 1 and labels[1] >= 1, (layout, dict(labels))


def test_late_kinds_are_long(rows: list[dict]) -> None:
    for r in rows:
        if r["kind"].endswith("_late"):
            assert len(r["text"].split()) > 60, r["id"]


def test_no_exact_duplicates(rows: list[dict]) -> None:
    texts = Counter(r["text"].strip() for r in rows)
    assert [t for t, c in texts.items() if c > 1] == []


def test_no_duplicates_after_tokenization(rows: list[dict]) -> None:
    seen: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for r in rows:
        tokens = tuple(tokenize(r["text"]))
        assert tokens, r["id"]
        seen[tokens].append(r["id"])
    assert [ids for ids in seen.values() if len(ids) > 1] == []


def test_readme_counts_match(rows: list[dict]) -> None:
    readme = README.read_text(encoding="utf-8")
    assert "never train on this file" in readme.lower()
    counts = Counter(r["kind"] for r in rows)
    for kind, n in counts.items():
        assert re.search(rf"\|\s*`?{kind}`?\s*\|\s*{n}\s*\|", readme), f"README count for {kind} is not {n}"
