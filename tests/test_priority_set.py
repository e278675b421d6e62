"""The worklist priority on its labeled sets (issue 20, tests/data/priority/): the thresholds the model card
reports. labeled.jsonl (439 positives, used while the extractor was written): >= 95 % of critical graded
critical and <= 5 % of routine graded critical. heldout.jsonl (48 positives written after the extractor was
frozen): no routine graded critical beyond 5 % (its critical recall is reported in the model card, not
asserted). The whole chain runs: rule tier → attributes → priority policy."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from triage.priority.evaluation import evaluate, read_set
from triage.rules.shared import shared_engine

DATA = Path(__file__).resolve().parent / "data" / "priority"


def _script_rows(name: str) -> list[dict]:
    """The rows the writer script `name` (tests/data/priority) writes."""
    spec = importlib.util.spec_from_file_location(Path(name).stem, DATA / name)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.rows()


@pytest.fixture(scope="module")
def engine():
    return shared_engine(None)


def test_the_labeled_set_is_what_the_issue_asks_for() -> None:
    rows = read_set(DATA / "labeled.jsonl")
    assert len(rows) >= 200 and all(r["priority"] in ("critical", "urgent", "routine") for r in rows)
    pairs = {(s, r["change"]) for r in rows if r["kind"] == "composed" for s in r["subtypes"]}
    subtypes = {s for r in rows for s in r["subtypes"]}
    assert len(subtypes) == 8 and len(pairs) == 8 * 6  # every subtype x change
    tricky = " ".join(r["text"].lower() for r in rows if r["kind"] == "tricky")
    for wording in (
        "slightly increased",
        "unchanged size but new ivh",
        "evolving",
        "redistribution",
        "postoperative",
    ):
        assert wording in tricky


def _meets_the_bar(result: dict) -> None:
    """Issue 20's bar: >= 95 % of critical graded critical, <= 5 % of routine graded critical."""
    assert result["critical_recall"] >= 0.95, result["wrong"]
    assert result["routine_as_critical"] <= 0.05, result["wrong"]


def test_critical_recall_and_routine_overcall_on_the_labeled_set(engine) -> None:
    _meets_the_bar(evaluate(read_set(DATA / "labeled.jsonl"), engine))


def test_routine_is_not_overcalled_on_the_held_out_set(engine) -> None:
    result = evaluate(read_set(DATA / "heldout.jsonl"), engine)
    assert result["n"] == 48 and result["routine_as_critical"] <= 0.05, result["wrong"]


# the development probes (README-probes-7.md; round H: README-probes-8.md), tuned on: their script's output,
# and a regression guard for the wording kinds they hold, not evidence
PROBES = [pytest.param("7", 150, id="probes-7"), pytest.param("8", 80, id="probes-8-round-h")]


@pytest.mark.parametrize(("n", "at_least"), PROBES)
def test_the_probes_are_what_their_script_writes(n: str, at_least: int) -> None:
    """probes-N.jsonl is probesN.py's output, and its gold priority the policy table."""
    rows = read_set(DATA / f"probes-{n}.jsonl")
    assert rows == _script_rows(f"probes{n}.py") and len(rows) >= at_least


@pytest.mark.parametrize(("n", "at_least"), PROBES)
def test_critical_recall_and_routine_overcall_on_the_probes(engine, n: str, at_least: int) -> None:
    _meets_the_bar(evaluate(read_set(DATA / f"probes-{n}.jsonl"), engine))
