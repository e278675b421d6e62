"""Which reports a radiologist reads (`triage review init`): a stratified random sample plus an active queue.

* **Random sample** (the estimate): stratified by the product's decision, because positives are rare and a
  plain random sample of a few hundred reports holds too few bleeds to measure sensitivity. A share
  (``positive_share``) of the sample is drawn from the reports the product called positive, the rest from the
  negatives; each stratum's size in the feed is kept (``strata``) so that the report weights every labeled
  report by ``N_h / n_h`` (triage.review.stats). Labeled in random order, any prefix of it is itself a
  stratified random sample: the report computes n_h from what has been labeled.
* **Active queue** (learning): reports the product is least sure of, taken in turn from four lists so that
  none starves the others: network-rules *disagreements* (the rule tier found a mention and the network said
  the opposite: the cases the review topic carries), scores *near the threshold* (on the logit scale), a
  high *unknown-word share* (text unlike the training corpus: where a site's wording differs), and *drift
  outliers* (reports far from the drift monitor's baseline: triage.review.drift; only those above
  ``drift_min_bits``, most surprising first). Active reports never enter the estimate: they are chosen for
  being hard.
* **Double reading**: a share of the random sample is shown to two reviewers (``readers = 2``); the report
  gives their agreement as Cohen's kappa.

Pure: the caller hands candidates in and stores what comes out.
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Candidate:
    """One scored report of the source (see triage.review.source), before sampling."""

    key: str
    accession: str | None
    procedure_code: str | None
    document_type: str | None
    text: str
    scored_text: str
    probability: float
    rule_assertion: str
    prediction: int
    decided_by: str
    disagreement: bool
    unknown_share: float
    priority: str | None = None  # a positive's worklist priority (triage.priority); None for a negative
    evidence: tuple[
        tuple[int, int, str, str], ...
    ] = ()  # the rule tier's mentions: start, end, concept, assertion
    window: int = 0  # the network's deciding window (index among the report's windows)
    drift: float | None = (
        None  # distance of the report's topic profile from the drift baseline (review.drift)
    )
    # decided_by "findings": the FINDINGS sentence that decided and the rule evidence in it (start, end,
    # concept, assertion, offsets into that sentence); None otherwise (triage.review.source)
    findings_sentence: str | None = None
    findings_evidence: tuple[tuple[int, int, str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Planned:
    """A candidate chosen for review, with its place in the plan."""

    candidate: Candidate
    queue: str  # random | active
    stratum: str  # positive | negative (the product's decision)
    reason: str | None  # active queue: disagreement | near_threshold | unknown_words | drift_outlier
    readers: int  # 1, or 2 for a double-read report


@dataclass(frozen=True, slots=True)
class Plan:
    items: list[Planned]
    strata: dict[str, int]  # reports of the source per stratum (N_h)


# A drift outlier's least surprise under the baseline, bits per word (triage.review.drift): the 95th
# percentile of 1,000 generator reports under the shipped topic model is 10.6 (median 9.3); the 40
# site-style reports of tests/data/site have median 11.5 (docs/validation.md). A site with its own topic
# model sets its own (`triage review init --drift-min-bits`).
DRIFT_MIN_BITS = 10.6


def _logit(p: float) -> float:
    p = min(max(p, 1e-6), 1 - 1e-6)
    return math.log(p / (1 - p))


def stratum_of(candidate: Candidate) -> str:
    return "positive" if candidate.prediction else "negative"


def make_plan(
    candidates: Sequence[Candidate],
    threshold: float,
    *,
    sample_size: int = 200,
    positive_share: float = 0.5,
    active_size: int = 100,
    double_read_share: float = 0.1,
    seed: int = 0,
    drift_min_bits: float = DRIFT_MIN_BITS,
) -> Plan:
    """The review plan (module docstring): random sample items in random order, the active queue's items
    interleaved one for one."""
    if sample_size < 0 or active_size < 0:
        raise ValueError("sample and active sizes must be >= 0")
    if not 0.0 <= positive_share <= 1.0 or not 0.0 <= double_read_share <= 1.0:
        raise ValueError("shares must lie in [0, 1]")
    rng = random.Random(seed)
    strata: dict[str, list[Candidate]] = {"positive": [], "negative": []}
    for c in candidates:
        strata[stratum_of(c)].append(c)
    want_pos = min(round(sample_size * positive_share), len(strata["positive"]))
    want_neg = min(sample_size - want_pos, len(strata["negative"]))
    want_pos = min(sample_size - want_neg, len(strata["positive"]))  # a short stratum gives its share away
    sample = rng.sample(strata["positive"], want_pos) + rng.sample(strata["negative"], want_neg)
    rng.shuffle(sample)
    double = set(rng.sample(range(len(sample)), round(len(sample) * double_read_share)))
    random_items = [
        Planned(c, "random", stratum_of(c), None, 2 if i in double else 1) for i, c in enumerate(sample)
    ]

    taken = {c.key for c in sample}
    rest = [c for c in candidates if c.key not in taken]
    t = _logit(threshold)
    lists = {
        "disagreement": sorted(
            (c for c in rest if c.disagreement), key=lambda c: -abs(_logit(c.probability) - t)
        ),
        "near_threshold": sorted(rest, key=lambda c: abs(_logit(c.probability) - t)),
        "unknown_words": sorted(
            (c for c in rest if c.unknown_share > 0), key=lambda c: (-c.unknown_share, c.key)
        ),
        "drift_outlier": sorted(
            (c for c in rest if c.drift is not None and c.drift >= drift_min_bits),
            key=lambda c: (-(c.drift or 0.0), c.key),
        ),
    }
    active: list[Planned] = []
    cursors = dict.fromkeys(lists, 0)
    while len(active) < active_size and any(cursors[r] < len(lists[r]) for r in lists):
        for reason, ranked in lists.items():
            while cursors[reason] < len(ranked) and ranked[cursors[reason]].key in taken:
                cursors[reason] += 1
            if cursors[reason] < len(ranked) and len(active) < active_size:
                c = ranked[cursors[reason]]
                taken.add(c.key)
                active.append(Planned(c, "active", stratum_of(c), reason, 1))
    items: list[Planned] = []
    for i in range(max(len(random_items), len(active))):
        items.extend(x[i] for x in (random_items, active) if i < len(x))
    return Plan(items, {k: len(v) for k, v in strata.items()})
