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
from triage.rules.engine import (
    CANARY_TEXTS,
    CHUNK_CHARS,
    RuleEngine,
    _first_words,
    _FirstWordMatcher,
    _in_c,
    _longest,
)

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
    ("caps", [{"LOWER": "findings", "IS_UPPER": True}, {"LOWER": ":"}]),  # a word and another test
    ("plus", [{"LOWER": "sdh"}, SPACE, {"LOWER": {"IN": ["and", ","]}, "OP": "+"}, SPACE, {"LOWER": "sah"}]),
]
TEXTS = [
    "No bleed. No acute bleed. Without bleed, 8 mm SDH.",
    "left frontal and parietal SAH, small sah, no\nbleed",
    "SDH sdh. Nothing here at all.",
    "",
    "no",
    "8 mm 9mm 10 mm left sah left",
    "12 and 34 cm",  # numbers, no "mm" "bleed" "sah": the rest does not run
    "FINDINGS: SDH and, SAH. Findings: sdh sah. FINDINGS no bleed",
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


def test_missing_private_attribute_keeps_spacys_matcher(monkeypatch, engine: RuleEngine) -> None:
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
    assert plain.assess_batch(list(CANARY_TEXTS)) == engine.assess_batch(list(CANARY_TEXTS))  # split


def test_a_group_runs_only_when_one_of_its_patterns_can_match() -> None:
    """The "no" group's patterns all need "bleed": without it its matcher does not run (same matches: none);
    with it, it runs. "sdh" alone is matched without spaCy beside its longer pattern ("plus")."""
    full, split = _matchers()
    nlp = spacy.blank("en")
    key = nlp.vocab.strings["no"]
    runs: list[int] = []
    group = split._groups[key]
    split._groups[key] = group._replace(matcher=lambda d: runs.append(1) or group.matcher(d))
    for text, ran in (("No mass, no shift.", 0), ("No acute bleed.", 1), ("No mass. Bleed later.", 2)):
        doc = nlp(text)
        assert sorted(split(doc)) == sorted(full(doc)), text
        assert len(runs) == ran, text
    sdh = nlp.vocab.strings["sdh"]
    assert len(split._words[sdh]) == 2 and split._groups[sdh].needs is not None


def test_a_finite_regex_or_a_one_word_list_is_tested_in_c() -> None:
    assert _in_c({"LOWER": {"REGEX": "^(be|been)$"}}) == {"LOWER": {"IN": ["be", "been"]}}
    assert _in_c({"LOWER": {"REGEX": "^levels?$"}, "OP": "?"}) == {
        "LOWER": {"IN": ["level", "levels"]},
        "OP": "?",
    }
    assert _in_c({"LOWER": {"IN": ["mm"]}}) == {"LOWER": "mm"}
    assert _in_c({"LOWER": {"REGEX": "^[:=-]$"}}) == {"LOWER": {"IN": ["-", ":", "="]}}
    for kept in (
        {"LOWER": {"REGEX": "^[0-9]+$"}},  # infinite
        {"LOWER": {"REGEX": "neg"}},  # unanchored
        {"LOWER": {"REGEX": "^(a|a b)$"}},  # a word with a blank: a token never is
        {"LOWER": {"REGEX": "^(x)?$"}},  # the empty string
        {"IS_SPACE": True, "OP": "?"},
    ):
        assert _in_c(kept) == kept
    # the same matches, in the same order, as the regex patterns
    nlp = spacy.blank("en")
    regex, words = Matcher(nlp.vocab), Matcher(nlp.vocab)
    for key, tokens in (
        ("a", [{"LOWER": "not"}, SPACE, {"LOWER": {"REGEX": "^(be|been)$"}, "OP": "?"}, {"LOWER": "seen"}]),
        ("b", [{"LOWER": {"REGEX": "^[:=-]$"}}, SPACE, {"LOWER": {"REGEX": "^(none|nil)$"}}]),
    ):
        regex.add(key, [tokens])
        words.add(key, [[tokens[0], *map(_in_c, tokens[1:])]])
    doc = nlp("Not be seen. Not seen; not been\nseen. Bleed: none - nil = NIL: no : \nnone")
    assert words(doc) == regex(doc) and len(regex(doc)) == 6


def test_the_sectionizer_matcher_is_split_and_sections_unchanged() -> None:
    engine = RuleEngine(RuleSet.load(), memo=0)
    matcher = engine._sectionizer._Sectionizer__matcher
    split = matcher._MedspacyMatcher__matcher
    assert isinstance(split, _FirstWordMatcher)
    notes = [
        "PAST MEDICAL HISTORY:\nSAH in 2019.\nFINDINGS: acute SDH.\nINDICATION\nfall. Comparison: none.",
        "Indication: headache. History: old SDH. Impression: no bleed. FAMILY HISTORY: aneurysm.",
    ]
    docs = [engine._front_end(text) for text in notes]
    got = [engine._sections(doc, None) for doc in docs]
    matcher._MedspacyMatcher__matcher = split._full
    want = [engine._sections(engine._front_end(text), None) for text in notes]
    assert got == want and all(len(sections) >= 3 for sections, _ in got)


def test_a_long_text_is_read_by_sentence_chunk_by_chunk(full: RuleEngine) -> None:
    """A text over CHUNK_CHARS: each chunk read by sentence gives what reading the chunks whole gives, the
    note section carried from chunk to chunk and each chunk's own lower-case test (an all-capitals chunk
    reads a capitals label as prose); and only the sentences with a target go to spaCy."""
    whole, by_sentence = full, RuleEngine(full.ruleset, memo=0)
    filler = "The ventricles are normal in size. " * 60
    texts = [
        "PAST MEDICAL HISTORY:\n" + filler + "Subdural hematoma 2015. " + filler + "Now acute SAH.",
        "INDICATION: fall.\n" + filler + "FINDINGS: Small SDH. " + filler + "Hemorrhage? No.",
        filler + "NO ACUTE SDH. FAMILY HISTORY OF BRAIN BLEED: SAH. " * 50 + filler.lower() + "SAH: yes.",
        ("Hemorrhage? No. " + filler) * 3,
    ]
    assert all(len(text) > 2 * CHUNK_CHARS for text in texts)
    want = whole.assess_batch(texts)
    read: list[str] = []
    make_doc = by_sentence._piece_doc
    by_sentence._piece_doc = lambda piece, lower: read.append(piece) or make_doc(piece, lower)  # type: ignore[method-assign]
    assert by_sentence.assess_batch(texts) == want
    assert {r.assertion for r in want} >= {"historical", "affirmed"}
    assert read and not any("ventricles" in piece and "SAH" not in piece for piece in read)


def test_prune_overlapping_is_medspacys() -> None:
    """``_prune_overlapping`` keeps exactly what medspaCy's ``prune_overlapping_matches`` keeps, in its order,
    on random match lists (ties of one span from two rules, nested and chained overlaps, one-sided ones)."""
    import random

    rnd = random.Random(5)
    for _ in range(3_000):
        matches = []
        for _ in range(rnd.randint(0, 12)):
            start = rnd.randint(0, 15)
            matches.append((rnd.randint(1, 4), start, start + rnd.randint(1, 5)))
        assert engine_module._prune_overlapping(list(matches)) == prune_overlapping_matches(list(matches))


def test_match_is_medspacys_matcher_call(engine: RuleEngine) -> None:
    """``_match`` (the token matcher, the phrase matcher when it has phrases, the pruning) gives what
    ``MedspacyMatcher.__call__`` gives for the engine's target, ConText and Sectionizer matchers."""
    nlp = engine._nlp
    matchers = [
        getattr(nlp.get_pipe("triage_targets").target_matcher, engine_module._TARGET_MATCHER),
        getattr(nlp.get_pipe("triage_context").context, engine_module._CONTEXT_MATCHER),
        getattr(engine._sectionizer, engine_module._SECTION_MATCHER),
    ]
    for text in (*TEXTS, *CANARY_TEXTS):
        doc = engine._front_end(text)
        for matcher in matchers:
            assert engine_module._match(matcher, doc) == matcher(doc)


def test_section_bodies_are_the_sectionizers(engine: RuleEngine) -> None:
    """The note sections read from the Sectionizer's matches are medspaCy's ``doc._.sections`` (category,
    title start, body start, body end), also for a heading with a ``max_scope``."""
    texts = [
        *CANARY_TEXTS,
        "HISTORY: fall. Past medical history: SAH in 2019.\nFINDINGS: small SDH. IMPRESSION: acute SDH.",
        "INDICATION: ?bleed\nCOMPARISON: none\nFINDINGS: no hemorrhage",
        "Past medical history:\nHypertension.\nHISTORY OF PRESENT ILLNESS:\nHeadache. CT: SAH.",
        "no headings at all, subdural hematoma",
    ]
    for text in texts:
        doc = engine._front_end(text)
        got = engine._section_bodies(doc)
        engine._sectionizer(doc)
        assert got == [(s.category, s.title_start, s.body_start, s.body_end) for s in doc._.sections]


def test_context_scopes_are_medspacys(engine: RuleEngine) -> None:
    """A ConText modifier's scope from the doc's sentence starts (``_WindowModifier._scope``) is the one
    medspaCy's ``ConTextModifier`` finds walking the doc, for every modifier rule matched in these texts."""
    from medspacy.context import ConTextModifier

    context = engine._nlp.get_pipe("triage_context").context
    matcher = getattr(context, engine_module._CONTEXT_MATCHER)
    texts = [
        *TEXTS,
        *CANARY_TEXTS,
        "Hemorrhage - none.\nNo acute bleed, but history of SAH; rule out SDH? Resolved EDH, new SAH.",
        "Evaluate for bleed whereas prior SAH has resolved. Cannot exclude small SDH which is new.",
    ]
    seen = 0
    for text in texts:
        doc = engine._front_end(text)
        starts = engine_module._sentence_starts(doc)
        for match_id, start, end in matcher(doc):
            rule = matcher.rule_map[engine._nlp.vocab.strings[match_id]]
            sent = doc[start].sent
            assert (sent.start, sent.end) == next(
                (a, b) for a, b in zip(starts, [*starts[1:], len(doc)], strict=True) if a <= start < b
            )
            want = ConTextModifier(rule, start, end, doc).scope_span
            assert engine_module._WindowModifier._scope(rule, start, end, (sent.start, sent.end)) == want
            seen += 1
    assert seen > 20
