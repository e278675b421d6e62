# ruff: noqa: E501  (test texts are kept on one line each)
"""The FAMILY cue 'relative' is the noun (a family member), never the comparison 'relative to the prior CT' or
the adjective 'relative hyperdensity': a growing bleed 'increased relative to the prior CT' was read historical
and vetoed by rules-14 (found by fixprio23's probes, 2026-12-07). Texts in our own words; controls keep a
relative's bleed historical."""

from __future__ import annotations

import pytest

try:
    from tests.fixtures_rules import read_assertion as _read
except ImportError:  # tests/ itself on sys.path (pytest's default import mode; `tests` may be taken)
    from fixtures_rules import read_assertion as _read  # type: ignore[no-redef]
from triage.rules.engine import RuleEngine

NEG = ("negated", "historical", "hypothetical", "none")
POS = ("affirmed", "uncertain")

CASES = [
    # the comparison and the adjective: not a family member (each read historical before)
    ("Right temporal haematoma, increased relative to yesterday.", POS),
    ("Impression: Right temporal haematoma, increased relative to the prior CT.", POS),
    ("Left convexity subdural haematoma, larger relative to the outside study, now 9 mm.", POS),
    ("Intraventricular blood in the occipital horns, slightly more relative to this morning.", POS),
    ("Acute left SDH with relative hyperdensity of its dependent part.", POS),
    # controls: a relative's bleed is history, whoever is named
    (
        "Family history: a relative with subarachnoid haemorrhage. CT head: no acute intracranial abnormality.",
        NEG,
    ),
    ("Relatives report an aneurysmal subarachnoid haemorrhage in the family. CT head normal.", NEG),
    ("His relative had an intracerebral haemorrhage. Today no haemorrhage.", NEG),
    ("Her mother had a subarachnoid haemorrhage at 50. CT: no acute intracranial haemorrhage.", NEG),
    # review23c: a relative after a degree, a possessive or a number is still a relative
    (
        "First-degree relative with aneurysmal subarachnoid haemorrhage. CT head: no acute intracranial abnormality.",
        NEG,
    ),
    ("History: first degree relative had a subarachnoid haemorrhage aged 40.", NEG),
    ("Patient's relative suffered an intracerebral haemorrhage.", NEG),
    ("Two relatives with SAH from ruptured aneurysms; screening CTA requested.", NEG),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_relative_is_a_family_member_only_as_a_noun(
    engine: RuleEngine, full: RuleEngine, text: str, want: tuple[str, ...]
) -> None:
    assert _read(engine, full, text) in want
