"""The first-word split of spaCy's token Matcher (``triage.rules.engine._FirstWordMatcher``) gives the matches
spaCy's whole Matcher gives, once medspaCy has sorted and pruned them; and the engine that uses it gives the
results of one that does not (the ``benchmarks/rules_sentences.py --against`` proof, here on a few texts)."""

from __future__ import annotations

import spacy
from medspacy.common.util import prune_overlapping_matches
from spacy.matcher import Matcher
from structlog.testing import capture_logs

import triage.rules.engine as engine_module
from triage.rules import RuleSet
from triage.rules.engine import CANARY_TEXTS, RuleEngine, _first_words, _FirstWordMatcher, _longest

SPACE = {"IS_SPACE": True, "OP": "?"}
PATTERNS = [
    (
        "neg",
        [{"LOWER": "no"}, SPACE, {"LOWER": {"IN": ["acute", "new"]}, "OP": "?"}, SPACE, {"LOWER": "bleed"}],
    ),
    ("neg_rx", [{"LOWER": {"REGEX": "^(no|without)$"}}, SPACE, {"LOWER": "bleed"}]),  # group "no" too
    ("neg_any", [{"LOWER": {"REGEX": "^n"}}, SPACE, {"LOWER": "bleed"}]),  # unanchored: the rest
    ("word", [{"LOWER": "sdh"}]),
    ("word2", [{"LOWER": "sdh"}]),  # the same span as "word": order inside one group
    ("star", [{"LOWER": "left"}, {"IS_ALPHA": True, "OP": "*"}, {"LOWER": "sah"}]),
    ("num", [{"LOWER": {"REGEX": "^[0-9]+$"}}, SPACE, {"LOWER": "mm"}]),  # infinite: runs with "mm"
    ("opt_first", [{"LOWER": "small", "OP": "?"}, {"LOWER": "sah"}]),
]
TEXTS = [
    "No bleed. No acute bleed. Without bleed, 8 mm SDH.",
    "left frontal and parietal SAH, small sah, no\nbleed",
    "SDH sdh. Nothing here at all.",
    "",
    "no",
    "8 mm 9mm 10 mm left sah left",
    "12 and 34 cm",  # numbers, no "mm" "bleed" "sah": the rest does not run
]


def _matchers() -> tuple[Matcher, _FirstWordMatcher]:
    nlp = spacy.blank("en")
    full = Matcher(nlp.vocab)
    for key, pattern in PATTERNS:
        full.add(key, [pattern])
    return full, _FirstWordMatcher(full, PATTERNS)


def test_split_matches_equal_the_whole_matcher_after_pruning() -> None:
    full, split = _matchers()
    nlp = spacy.blank("en")
    found = 0
    for text in TEXTS:
        doc = nlp(text)
        want = full(doc)
        got = split(doc)
        assert sorted(got) == sorted(want), text
        assert prune_overlapping_matches(list(got)) == prune_overlapping_matches(list(want)), text
        found += len(want)
    assert found > 10


def test_one_span_from_two_groups_is_left_to_the_whole_matcher() -> None:
    full, split = _matchers()
    nlp = spacy.blank("en")
    calls: list[object] = []
    split._full = lambda d: calls.append(d) or full(d)  # type: ignore[assignment,method-assign]
    doc = nlp("No bleed.")  # "neg" and "neg_rx" (group "no") and "neg_any" (the rest) match 0..2
    assert split(doc) == full(doc)
    assert len(calls) == 1
    doc = nlp("Without bleed.")  # "neg_rx" alone (group "without"): no tie, no fallback
    assert split(doc) == full(doc) == [(nlp.vocab.strings["neg_rx"], 0, 2)]
    assert len(calls) == 1


def test_first_words() -> None:
    assert _first_words({"LOWER": "no"}) == {"no"}
    assert _first_words({"LOWER": {"IN": ["a", "b"]}}) == {"a", "b"}
    # spaCy's regex predicate searches and "$" also matches before a final line break
    assert _first_words({"LOWER": {"REGEX": "^(neg|negative)$"}}) == {
        "neg",
        "negative",
        "neg\n",
        "negative\n",
    }
    assert _first_words({"LOWER": {"REGEX": "^[0-9]+$"}}) is None
    assert _first_words({"LOWER": {"REGEX": "neg"}}) is None  # unanchored: any word holding it
    assert _first_words({"LOWER": "no", "OP": "?"}) is None
    assert _first_words({"IS_SPACE": True}) is None
    assert _longest([{"LOWER": "a"}, SPACE, {"LOWER": "b", "OP": "!"}]) == 3
    assert _longest([{"LOWER": "a"}, {"IS_ALPHA": True, "OP": "*"}]) is None
    assert _longest([{"LOWER": "a"}, {"IS_ALPHA": True, "OP": "{1,3}"}]) is None


def test_engine_matchers_are_split_and_results_unchanged() -> None:
    ruleset = RuleSet.load()
    split = RuleEngine(ruleset, memo=0)
    whole = RuleEngine(ruleset, memo=0)
    context = whole._nlp.get_pipe("triage_context").context._ConText__matcher
    target = whole._nlp.get_pipe("triage_targets").target_matcher._TargetMatcher__matcher
    for matcher in (context, target):
        assert isinstance(matcher._MedspacyMatcher__matcher, _FirstWordMatcher)
        matcher._MedspacyMatcher__matcher = matcher._MedspacyMatcher__matcher._full
    checks = whole._nlp.get_pipe("triage_targets")
    if checks._matcher is not None:
        checks._matcher = checks._matcher._full
    texts = [
        "No acute intracranial hemorrhage. Small right SDH is new.",
        "Negative for SAH.\nEvaluate for bleed.",
        "FINDINGS: 8 mm left subdural hematoma, previously 6 mm. IMPRESSION: Can't exclude SAH.",
        "Scalp hematoma without intracranial extension; no sdh/edh.",
        "History of SAH, now resolved vs. stable. Possible intraventricular blood.",
    ]
    assert split.assess_batch(texts) == whole.assess_batch(texts)


def test_split_disagreeing_on_a_canary_keeps_the_whole_matcher(monkeypatch) -> None:
    """The build-time self-check: a split that loses a match on one canary is not installed."""
    full, _ = _matchers()
    nlp = spacy.blank("en")
    docs = [nlp(text) for text in TEXTS]
    assert isinstance(_FirstWordMatcher.verified(full, PATTERNS, docs), _FirstWordMatcher)
    original = _FirstWordMatcher.__call__
    monkeypatch.setattr(_FirstWordMatcher, "__call__", lambda self, doc: original(self, doc)[1:])
    with capture_logs() as logs:
        assert _FirstWordMatcher.verified(full, PATTERNS, docs) is full
    assert [e["event"] for e in logs] == ["rules_matcher_split_disagrees"]


def test_missing_private_attribute_keeps_spacys_matcher(monkeypatch) -> None:
    """A medspaCy/spaCy without the attributes the install reaches into: spaCy's own matcher, one event, no
    text, and the same results."""
    monkeypatch.setattr(engine_module, "_INNER", "_NoSuchMatcher__matcher")
    monkeypatch.setattr(engine_module, "_split_unavailable_logged", False)
    with capture_logs() as logs:
        plain = RuleEngine(RuleSet.load(), memo=0)
    assert [e["event"] for e in logs] == ["rules_matcher_split_unavailable"]
    assert all(set(e) == {"event", "log_level"} for e in logs)
    target = plain._nlp.get_pipe("triage_targets").target_matcher._TargetMatcher__matcher
    assert isinstance(target._MedspacyMatcher__matcher, Matcher)
    split = RuleEngine(RuleSet.load(), memo=0)
    assert plain.assess_batch(list(CANARY_TEXTS)) == split.assess_batch(list(CANARY_TEXTS))
