"""The rule engine's sentence memo must not make a report's result depend on the reports read before it:
the challenge set (texts the generator did not write) read in two different orders, each with a cold and a
warm memo, gives, text by text, what an engine without the memo gives."""

from __future__ import annotations

import json
import random
from pathlib import Path

from triage.rules.engine import RuleEngine

CHALLENGE = Path(__file__).parent / "data" / "challenge" / "challenge.jsonl"


def test_memo_results_do_not_depend_on_what_was_read_before() -> None:
    texts = [json.loads(line)["text"] for line in CHALLENGE.read_text(encoding="utf-8").splitlines() if line]
    assert len(texts) >= 400
    engine = RuleEngine.load()  # the default: memo on
    expected = RuleEngine(engine.ruleset, memo=0).assess_batch(texts)
    shuffled = list(range(len(texts)))
    random.Random(7).shuffle(shuffled)
    # file order, one by one (each text after the previous ones), then again with every sentence from the memo
    assert [engine.assess(t) for t in texts] == expected
    assert engine.assess_batch(texts) == expected
    # warm from file order, the shuffled order: the same texts after different earlier texts
    again = engine.assess_batch([texts[i] for i in shuffled])
    assert [r for _, r in sorted(zip(shuffled, again, strict=True))] == expected
    # a cold memo (the engine has read everything once: a history beyond the memo), shuffled, in batches
    engine.clear_memo()
    got = dict(zip(shuffled, engine.assess_batch([texts[i] for i in shuffled], batch_size=16), strict=True))
    assert [got[i] for i in range(len(texts))] == expected
