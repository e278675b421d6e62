"""The rule engine's sentence memo must not make a report's result depend on the reports read before it:
the challenge set (texts the generator did not write) read in two different orders by engines with the memo
on gives, text by text, what an engine without the memo gives."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from triage.rules.engine import RuleEngine

CHALLENGE = Path(__file__).parent / "data" / "challenge" / "challenge.jsonl"


# the daily tier reads every third text (the same property, a third of the time); `make test` reads them all
@pytest.mark.parametrize(
    "step", [pytest.param(1, marks=pytest.mark.slow, id="all"), pytest.param(3, id="third")]
)
def test_memo_results_do_not_depend_on_what_was_read_before(step: int) -> None:
    texts = [json.loads(line)["text"] for line in CHALLENGE.read_text(encoding="utf-8").splitlines() if line]
    assert len(texts) >= 400
    texts = texts[::step]
    forward = RuleEngine.load()  # the default: memo on
    expected = RuleEngine(forward.ruleset, memo=0).assess_batch(texts)
    shuffled = list(range(len(texts)))
    random.Random(7).shuffle(shuffled)
    other = RuleEngine(forward.ruleset)
    # one engine reads the set in file order, one by one (each text after the previous ones), then again
    assert [forward.assess(t) for t in texts] == expected
    assert forward.assess_batch(texts) == expected  # every sentence now from the memo
    # another reads it in a shuffled order, in batches: the same texts after different earlier texts
    got = dict(zip(shuffled, other.assess_batch([texts[i] for i in shuffled], batch_size=16), strict=True))
    assert [got[i] for i in range(len(texts))] == expected
    # and the first, warm from file order, reads the shuffled order
    again = forward.assess_batch([texts[i] for i in shuffled])
    assert [r for _, r in sorted(zip(shuffled, again, strict=True))] == expected
