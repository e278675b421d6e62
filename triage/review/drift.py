"""Drift outliers for the active queue (`triage review init`): reports whose words are unlike the baseline
the drift monitor compares the feed with (the topic model shipped beside the classifier, `<model>/topics`,
and its reference mixture: triage.drift).

A report's drift score is its surprise under that baseline, in bits per word: the mean over its normalized
tokens (triage.drift.topics.report_tokens, as the monitor reads them) of -log2 p(w), where p(w) =
sum_k reference_k * phi_k(w) is the word's probability under the reference topic mixture; a word outside the
topic model's dictionary counts as the rarest word it knows. It rises both with an unusual topic profile
(words of topics the baseline rarely uses) and with unknown tokens, which is what the feed-level drift gauges
watch (topic JSD, unknown-token share), read per report. One JSD per report does not work: a single report's
topic mixture is peaked, so its JSD from the reference is ~0.6 bits whatever its wording (measured on 1,000
generator reports and the 40 site-style reports: the same medians).

Report text is read here and never kept or logged.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import numpy as np

from triage.review.sampling import Candidate


def baseline_surprise(topics_dir: Path, texts: Sequence[str]) -> list[float | None]:
    """Each text's surprise in bits per word under the topic model's reference mixture (module docstring);
    None for a text without a token. ArtifactError for a topic model that does not verify or whose
    manifest has no reference mixture."""
    from triage.drift.store import load_topic_model, reference_shares
    from triage.drift.topics import report_tokens

    lda, dictionary, manifest = load_topic_model(topics_dir)
    reference = reference_shares(manifest, topics_dir)
    word_p = np.asarray(reference, dtype=np.float64) @ lda.get_topics()  # (vocabulary,)
    bits = -np.log2(np.maximum(word_p, np.finfo(np.float64).tiny))
    unknown = float(bits.max())
    out: list[float | None] = []
    for text in texts:
        tokens = report_tokens(text)
        if not tokens:
            out.append(None)
            continue
        ids = (dictionary.token2id.get(token) for token in tokens)
        total = sum(unknown if i is None else float(bits[i]) for i in ids)
        out.append(round(total / len(tokens), 4) if math.isfinite(total) else None)
    return out


def with_drift(candidates: Sequence[Candidate], topics_dir: Path) -> list[Candidate]:
    """The candidates with their drift score (`baseline_surprise` of the whole report text)."""
    scores = baseline_surprise(topics_dir, [c.text for c in candidates])
    return [replace(c, drift=score) for c, score in zip(candidates, scores, strict=True)]
