"""rules-13 (fixnil), held-out set 13's narrow kinds (set 13 spent by diag13): B 'Nil X', C 'Not seen: X'
and a copula's 'they are not X', D 'Term (qualifier): none', H '<test>-negative', and the reviewer's risk
list; each in new words, never the set's own texts, with controls that must keep their reading. Real
packaged rules, read with and without the prefilters."""

from __future__ import annotations

import pytest

from triage.rules.engine import RuleEngine

try:
    from tests.fixtures_rules import read_assertion as _read
except ImportError:  # tests/ itself on sys.path (pytest's default import mode; `tests` may be taken)
    from fixtures_rules import read_assertion as _read  # type: ignore[no-redef]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # B: AU/NZ "Nil X"
        ("Nil acute intracranial bleed.", "negated"),
        ("Nil subdural or extradural haematoma. Nil fracture.", "negated"),
        ("Nil haemorrhage, nil mass effect or hydrocephalus.", "negated"),
        ("Nil change in the known left subdural haematoma.", "affirmed"),
        ("Nil interval change of the small SAH in the sylvian fissure.", "affirmed"),
        ("Nil significant change to the right convexity SDH.", "affirmed"),
        ("Nil else of note. Small left SDH.", "affirmed"),
        # C: "Not seen: X" and a copula's negation right before the bleed word
        ("Not seen: extra-axial haematoma.", "negated"),
        ("Not identified: intraventricular blood.", "negated"),
        ("The dense foci are not blood products; they are calcified granulomas.", "negated"),
        ("This is not haemorrhage but dense calcification.", "negated"),
        ("The SDH is not seen on the follow-up scan.", "negated"),
        ("Not identified on the previous study, the parenchymal haemorrhage is new.", "affirmed"),
        ("The subdural haematoma is not acute.", "affirmed"),
        # D: a qualifier in brackets between the term and the colon
        ("Haemorrhage (GRE): none", "negated"),
        ("Intracranial bleed (CT): negative", "negated"),
        ("Head CT (plain): no acute intracranial bleed.", "negated"),
        ("Subarachnoid haemorrhage (FLAIR): absent", "negated"),
        ("Haemorrhage (right parietal): 15 mm", "affirmed"),
        ("Subdural haematoma (left): 7 mm, no shift", "affirmed"),
        # H: a test's "-negative" result is not the bleed's absence
        ("Diffuse SAH, angiogram-negative.", "affirmed"),
        ("Angiogram-negative perimesencephalic subarachnoid haemorrhage.", "affirmed"),
        ("Small sulcal SAH; CTA-negative and DSA-negative for aneurysm.", "affirmed"),
        ("CT negative for haemorrhage.", "negated"),
        ("Head CT: negative for intracranial bleed.", "negated"),
    ],
)
def test_set13_kinds(engine: RuleEngine, full: RuleEngine, text: str, want: str) -> None:
    assert _read(engine, full, text) == want


# the reviewer's find: a risk list with its cause between "risks" and "include" is no finding
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Risks of anticoagulation include intracranial hemorrhage. No hemorrhage is seen.", "hypothetical"),
        ("The risks of long term warfarin include a brain bleed.", "hypothetical"),
        ("Hazards of thrombolysis are angio-oedema and intracranial haemorrhage.", "hypothetical"),
        ("Risks of anticoagulation were discussed. Acute left SDH, 9 mm.", "affirmed"),
        ("Risks of surgery include infection. Acute right SDH.", "affirmed"),
    ],
)
def test_risk_list_with_its_cause(engine: RuleEngine, full: RuleEngine, text: str, want: str) -> None:
    assert _read(engine, full, text) == want
