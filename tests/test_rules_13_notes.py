# ruff: noqa: E501  (test texts are kept on one line each)
"""rules-13 (tune18b, issue 18): the rule tier reads notes, case summaries and teaching texts the way a
clinician does. Each kind found with the development probes (tests/data/challenge/probes-18b.jsonl, tuned
on: README-probes-18b.md) in new words, with the controls that must keep their reading. Real packaged rules,
no mocks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

try:
    from tests.fixtures_rules import read_assertion as _read
except ImportError:  # tests/ itself on sys.path (pytest's default import mode; `tests` may be taken)
    from fixtures_rules import read_assertion as _read  # type: ignore[no-redef]
from triage.rules.engine import RuleEngine
from triage.rules.result import POSITIVE

PROBES = Path(__file__).parent / "data" / "challenge" / "probes-18b.jsonl"


# teaching prose ('classically / typically', 'can be complicated by', 'may arise / present', a symptom's
# differential) is no longer a cue (fixrules: each read this patient's bleed as hypothetical, see
# test_rules_13_fixrules.py); what stays: a finding reasoned about, a lesion's differential, contusions that may grow
@pytest.mark.parametrize(
    ("text", "want"),
    [
        # controls: a finding reasoned about, a lesion's differential, contusions that may grow
        ("Lobar haemorrhage in the left occipital lobe, typically seen with amyloid angiopathy.", "affirmed"),
        ("Enhancing mass with blood products; differential includes haemorrhagic metastasis.", "affirmed"),
        ("Possible haemorrhagic metastasis; differential includes cavernoma.", "uncertain"),
        ("Bifrontal contusions, which may enlarge over the next day.", "affirmed"),
        ("Small SAH in the sylvian fissure; vasospasm may occur from day 4.", "affirmed"),
        (
            "CT shows a 6 mm subdural haematoma, which can present a risk if anticoagulation restarts.",
            "affirmed",
        ),
    ],
)
def test_teaching_prose_is_no_finding(engine: RuleEngine, full: RuleEngine, text: str, want: str) -> None:
    assert _read(engine, full, text) == want


# the 'learning points' section was dropped (fixrules: a peer-learning addendum names this patient's missed
# bleed under it); what follows such a heading is read as written
@pytest.mark.parametrize(
    ("text", "want"),
    [
        # controls: the text turns to the patient; a findings heading after the pearls
        ("Learning points: SDH crosses sutures. In this patient CT showed a 7 mm left SDH.", "affirmed"),
        (
            "Key learning: a normal CT does not exclude SAH. Our patient's LP showed xanthochromia and CTA a ruptured aneurysm with SAH.",
            "affirmed",
        ),
        (
            "Pearls: subdural haematoma crosses sutures.\nFindings: acute right subdural haematoma, 5 mm.",
            "affirmed",
        ),
        ("Learning points from this case: the repeat CT showed a delayed subdural haematoma.", "affirmed"),
    ],
)
def test_learning_points_name_bleeds_generically(
    engine: RuleEngine, full: RuleEngine, text: str, want: str
) -> None:
    assert _read(engine, full, text) == want


# a transfer or referral for a specialist's evaluation / management of a named bleed refers a finding
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Sent from the district hospital for neurosurgical evaluation of a right EDH with fracture.",
            "affirmed",
        ),
        ("Accepted for neurocritical care of her left thalamic haemorrhage.", "affirmed"),
        ("Referred for neurosurgical review of the bilateral chronic subdural haematomas.", "affirmed"),
        ("Transferred for neurosurgical assessment of SAH.", "affirmed"),
        # controls: a hedged or requested bleed stays the question
        ("Transferred for neurosurgical evaluation of a suspected SDH; CT pending.", "hypothetical"),
        ("Sent for neurosurgical review of ?SDH, no scanner at the referring site.", "hypothetical"),
        ("Referred for evaluation of possible subarachnoid haemorrhage.", "hypothetical"),
        ("CT to evaluate for SDH.", "hypothetical"),
    ],
)
def test_specialist_evaluation_of_a_named_bleed(
    engine: RuleEngine, full: RuleEngine, text: str, want: str
) -> None:
    assert _read(engine, full, text) == want


# a problem-list entry or sentence that names the bleed and then what the scan shows of it
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("#L chronic SDH - follow-up CT demonstrates complete resolution.", "historical"),
        ("3. Right frontal contusion: MRI today shows interval resorption.", "historical"),
        ("Small traumatic SAH: the 6-week scan confirmed resolution.", "historical"),
        # controls: another bleed resolved, a partial resolution, a named object
        ("Left SDH: CT shows resolution of the SAH.", "affirmed"),
        ("#R SDH - repeat CT shows partial resolution.", "affirmed"),
        ("#SDH - stable on repeat CT, 6 mm.", "affirmed"),
    ],
)
def test_problem_entry_then_resolution(engine: RuleEngine, full: RuleEngine, text: str, want: str) -> None:
    assert _read(engine, full, text) == want


# a scan 'clear for' / 'clear of' a bleed found none
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("His CT was clear for bleed, so he went home.", "negated"),
        ("CT brain clean of any haemorrhage.", "negated"),
        ("Repeat imaging clear of subdural blood.", "negated"),
        # controls: a clear-of clause ended before the bleed, a clear CSF
        ("Ventricles clear of blood; acute SAH in the basal cisterns.", "affirmed"),
        ("LP: clear CSF. CT shows a small SAH.", "affirmed"),
    ],
)
def test_clear_for_a_bleed(engine: RuleEngine, full: RuleEngine, text: str, want: str) -> None:
    assert _read(engine, full, text) == want


# a risk counselled about or listed is no finding; a finding told to the family stays one
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Thrombolysis consent: risks include intracranial haemorrhage (about 6 %) and angio-oedema.",
            "hypothetical",
        ),
        ("The main hazards are infection and haemorrhage along the catheter tract.", "hypothetical"),
        # controls
        ("Family informed of the acute subdural haematoma and the plan for surgery.", "affirmed"),
        ("Patient advised on the new SAH and its treatment.", "affirmed"),
        ("CT shows a small SAH; the risks of angiography were discussed.", "affirmed"),
    ],
)
def test_a_risk_listed_is_no_finding(engine: RuleEngine, full: RuleEngine, text: str, want: str) -> None:
    assert _read(engine, full, text) == want


# an earlier scan of a named date told in the past tense tells the past ('since her <bleed>' was dropped:
# 'day 5 since her SAH' is this admission's bleed)
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Old notes: prior MRI (2017) demonstrated a right cerebellar haemorrhage.", "historical"),
        ("The outside CT from 12/03/2020 showed a thin left SDH.", "historical"),
        # controls: an undated earlier scan (often the same bleed, still there), a bleed still there
        ("Previous CT showed a left SDH, now 9 mm.", "affirmed"),
        ("Prior CT (2023) showed a left SDH; the SDH is unchanged today.", "affirmed"),
        ("Since his fall the right SDH has enlarged.", "affirmed"),
    ],
)
def test_an_earlier_dated_scan_tells_the_past(
    engine: RuleEngine, full: RuleEngine, text: str, want: str
) -> None:
    assert _read(engine, full, text) == want


#: probes the rule tier still reads wrong (README-probes-18b.md "Left wrong"): subdural collections "possibly
#: blood of different ages" (no bleed word read; the network finds it), a clinical differential with
#: no symptom named ("Differential includes SAH, dissection and migraine": a hedge, read positive), an SDH
#: found and evacuated in this admission ("evacuated": RESOLVED), a rehabilitation note's cause of admission
#: ("after L basal ganglia ICH (Oct)", read affirmed), "SAH precautions not required" (read affirmed).
#: fixrules (reviewer's rules-13 regression): the teaching cues, the learning-points section and 'since her
#: <bleed>' were removed because they read a patient's own bleed as hypothetical / historical; the teaching
#: probes they were tuned on (053-057: learning points, a thunderclap differential, 'classically presents',
#: 'typically occurs', 'may present with / can be complicated by') and 'since her SAH in March' (143) miss again
KNOWN_WRONG = {
    "p18b-005",
    "p18b-041",
    "p18b-047",
    "p18b-053",
    "p18b-054",
    "p18b-055",
    "p18b-056",
    "p18b-057",
    "p18b-093",
    "p18b-133",
    "p18b-143",
}


def test_probes_read_by_the_rule_tier(engine: RuleEngine) -> None:
    """Every development probe but the known misses: the rule tier's assertion agrees with the label."""
    rows = [json.loads(line) for line in PROBES.read_text(encoding="utf-8").splitlines()]
    assert len(rows) >= 60
    results = engine.assess_batch([r["text"] for r in rows])
    wrong = {
        r["id"]
        for r, got in zip(rows, results, strict=True)
        if (got.assertion in POSITIVE) != (r["label"] == 1)
    }
    assert wrong == KNOWN_WRONG
