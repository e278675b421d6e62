"""Topic drift (triage.drift.divergence): Jensen-Shannon divergence of topic shares against a reference, and a
head-CT topic model whose drift score rises on chest/abdomen reports and stays flat on head reports."""

from __future__ import annotations

import math

import numpy as np
import pytest

from triage.drift import divergence, topics
from triage.offline.synth.corpus import generate_reports


def test_js_divergence_properties() -> None:
    assert divergence.js_divergence([0.5, 0.5], [0.5, 0.5]) == 0.0
    assert divergence.js_divergence([1, 0], [0, 1]) == pytest.approx(1.0)  # no common topic: 1 bit
    p, q = [0.7, 0.2, 0.1], [0.1, 0.3, 0.6]
    assert divergence.js_divergence(p, q) == pytest.approx(divergence.js_divergence(q, p))  # symmetric
    assert 0.0 < divergence.js_divergence(p, q) < 1.0
    assert divergence.js_divergence([2, 2], [1, 1]) == 0.0  # normalized first
    # by hand: P=(1,0), Q=(½,½): M=(¾,¼); ½·log2(4/3) + ½·(½·log2(⅔) + ½·log2(2))
    expected = 0.5 * math.log2(4 / 3) + 0.5 * (0.5 * math.log2(2 / 3) + 0.5 * math.log2(2))
    assert divergence.js_divergence([1, 0], [0.5, 0.5]) == pytest.approx(expected)


@pytest.mark.parametrize(("p", "q"), [([], []), ([1, 0], [1, 0, 0]), ([-1, 2], [1, 1]), ([0, 0], [1, 1])])
def test_js_divergence_rejects_bad_mixtures(p: list[float], q: list[float]) -> None:
    with pytest.raises(ValueError):
        divergence.js_divergence(p, q)


def test_rolling_drift_windows() -> None:
    ref = [0.5, 0.5]
    rows = np.array([[0.5, 0.5]] * 4 + [[1.0, 0.0]] * 4)
    scores = divergence.rolling_drift(ref, rows, 4)
    assert len(scores) == 5 and scores[0] == 0.0
    assert scores == sorted(scores) and scores[-1] == pytest.approx(divergence.js_divergence(ref, [1, 0]))
    assert divergence.rolling_drift(ref, rows[:3], 4) == []


def test_drift_rises_on_chest_and_abdomen_reports_and_stays_flat_on_head_reports() -> None:
    cfg = topics.FitConfig(seed=0, passes=3, iterations=50)
    # the model is built for head reports (incl. notes and head+body reports), never pure body reports
    train = [topics.report_tokens(r.text) for r in generate_reports(400, seed=11) if r.kind != "body"]
    dictionary = topics.make_dictionary(train, cfg)
    model = topics.fit_lda(dictionary, train, 4, cfg)
    reference = topics.topic_shares(topics.document_topics(model, dictionary, train))

    stream = generate_reports(900, seed=12)  # new reports, never seen in the fit
    head = topics.document_topics(
        model, dictionary, (topics.report_tokens(r.text) for r in stream if r.kind != "body")
    )
    body = topics.document_topics(
        model, dictionary, (topics.report_tokens(r.text) for r in stream if r.kind == "body")
    )
    assert len(body) >= 50

    window = 50
    in_dist = divergence.rolling_drift(reference, head, window)
    off_dist = divergence.rolling_drift(reference, body, window)
    assert max(in_dist) < min(off_dist)  # every head window below every body window
    assert np.mean(off_dist) > 3 * np.mean(in_dist)

    # a stream that switches from head to body reports: flat, then rising past every in-distribution value
    switched = divergence.rolling_drift(reference, np.vstack([head[:200], body[:window]]), window)
    assert max(switched[: 200 - window + 1]) <= max(in_dist)
    assert switched[-1] > max(in_dist)
