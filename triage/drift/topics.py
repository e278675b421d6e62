"""LDA topic models of the report stream, the number of topics chosen by held-out perplexity.

Source: the second paper (Shin et al., "Interleaved Text/Image Deep Mining on a Large-Scale Radiology
Database"; "Document topic learning with latent Dirichlet allocation"): reports are modelled with LDA,
and "the number of topics can be chosen by
evaluating each model's perplexity score (Equation 1) ... on a held-out test set"; perplexity(D_test) =
exp(-sum log p(w_d) / sum N_d), "a lower perplexity score generally implies a better fit"; the models are
fitted on 80 % of the documents and scored on the remaining 20 %; "the number of topics with low perplexity
score is selected as the optimal" (80 document-level topics there).

Here:

* Documents are whole reports (all sections, not only the impression), normalized by the product's own
  ``triage.text.tokenize`` (names, dates and ages removed, stop words and numbers dropped), so the topics see
  what the classifier's normalization sees.
* The held-out set is a seeded random 20 % of the documents (:func:`heldout_split`); the dictionary is built
  on the training 80 % only (words seen only in held-out documents count as unseen, as the paper's held-out
  likelihood does).
* Perplexity is gensim's held-out per-word bound turned into a perplexity: ``2 ** -log_perplexity`` (gensim's
  bound is in bits per word; the base does not change which k is lowest).
* ``choose_k`` fits one model per k of the grid on the 80 %, scores each on the 20 % and keeps the k with the
  lowest perplexity (ties: the smaller k); the final model is then refitted on every document with that k.

gensim is imported inside the functions, so importing this module costs nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from triage.text import tokenize

if TYPE_CHECKING:
    from gensim.corpora import Dictionary
    from gensim.models import LdaModel

__all__ = [
    "DEFAULT_GRID",
    "HELDOUT_FRACTION",
    "FitConfig",
    "TopicSelection",
    "choose_k",
    "document_topics",
    "dominant_topics",
    "fit_lda",
    "heldout_split",
    "make_dictionary",
    "perplexity",
    "report_tokens",
    "top_words",
    "topic_shares",
]

DEFAULT_GRID: tuple[int, ...] = (5, 10, 20, 40, 80)  # the paper ends at 80 document-level topics
HELDOUT_FRACTION = 0.2  # the paper: perplexity evaluated on a held-out 20 %


@dataclass(frozen=True, slots=True)
class FitConfig:
    """LDA and dictionary settings (recorded in the manifest). ``no_below``/``no_above``: a word is kept
    when at least ``no_below`` training documents and at most the share ``no_above`` of them contain it."""

    seed: int = 0
    passes: int = 5
    iterations: int = 100
    no_below: int = 2
    no_above: float = 0.9
    heldout: float = HELDOUT_FRACTION

    def as_dict(self) -> dict[str, Any]:
        return {
            "seed": self.seed,
            "passes": self.passes,
            "iterations": self.iterations,
            "no_below": self.no_below,
            "no_above": self.no_above,
            "heldout_fraction": self.heldout,
        }


@dataclass(frozen=True)
class TopicSelection:
    """What ``choose_k`` measured: held-out perplexity per k (grid order), the chosen k and the split."""

    grid: tuple[int, ...]
    perplexities: tuple[float, ...]
    k: int
    train: tuple[int, ...]
    heldout: tuple[int, ...]


def report_tokens(text: str) -> list[str]:
    """One document for the topic model: the whole report, normalized by ``triage.text.tokenize``."""
    return tokenize(text)


def heldout_split(n: int, fraction: float = HELDOUT_FRACTION, seed: int = 0) -> tuple[list[int], list[int]]:
    """Indexes (train, held-out): a seeded random `fraction` of `n` documents is held out (at least one and
    at least one left to train on when n >= 2). Both lists are sorted."""
    if n < 2:
        raise ValueError(f"need at least 2 documents for a held-out split, got {n}")
    if not 0.0 < fraction < 1.0:
        raise ValueError(f"held-out fraction must be between 0 and 1, got {fraction}")
    order = np.random.default_rng(seed).permutation(n)
    n_test = min(n - 1, max(1, round(n * fraction)))
    return sorted(order[n_test:].tolist()), sorted(order[:n_test].tolist())


def make_dictionary(docs: Iterable[list[str]], cfg: FitConfig = FitConfig()) -> Dictionary:
    """gensim Dictionary of the documents, rare and ubiquitous words filtered (``cfg.no_below/no_above``)."""
    from gensim.corpora import Dictionary

    dictionary = Dictionary(docs)
    dictionary.filter_extremes(no_below=cfg.no_below, no_above=cfg.no_above, keep_n=None)
    dictionary.compactify()
    return dictionary


def fit_lda(
    dictionary: Dictionary, docs: Sequence[list[str]], k: int, cfg: FitConfig = FitConfig()
) -> LdaModel:
    """One LDA model with `k` topics on `docs` (deterministic for one seed and gensim version)."""
    from gensim.models import LdaModel

    if k < 1:
        raise ValueError(f"number of topics must be >= 1, got {k}")
    corpus = [dictionary.doc2bow(d) for d in docs]
    return LdaModel(
        corpus=corpus,
        id2word=dictionary,
        num_topics=k,
        passes=cfg.passes,
        iterations=cfg.iterations,
        random_state=cfg.seed,
        eval_every=None,
    )


def perplexity(model: LdaModel, dictionary: Dictionary, docs: Sequence[list[str]]) -> float:
    """Held-out perplexity of `docs` (lower is better): ``2 ** -model.log_perplexity(bow)``."""
    corpus = [dictionary.doc2bow(d) for d in docs]
    corpus = [bow for bow in corpus if bow]  # documents without a known word carry no likelihood
    if not corpus:
        raise ValueError("no held-out document has a word of the dictionary")
    return float(2.0 ** (-model.log_perplexity(corpus)))


def choose_k(
    docs: Sequence[list[str]], grid: Sequence[int] = DEFAULT_GRID, cfg: FitConfig = FitConfig()
) -> TopicSelection:
    """The paper's model selection: fit each k of `grid` on 80 % of `docs`, keep the k whose held-out 20 %
    perplexity is lowest (ties: the smaller k)."""
    ks = tuple(sorted(set(int(k) for k in grid)))
    if not ks:
        raise ValueError("the grid of topic numbers is empty")
    train, test = heldout_split(len(docs), cfg.heldout, cfg.seed)
    train_docs = [docs[i] for i in train]
    test_docs = [docs[i] for i in test]
    dictionary = make_dictionary(train_docs, cfg)
    if len(dictionary) == 0:
        raise ValueError("no word is left in the dictionary (too few or too similar documents)")
    scores = tuple(perplexity(fit_lda(dictionary, train_docs, k, cfg), dictionary, test_docs) for k in ks)
    best = min(range(len(ks)), key=lambda i: (scores[i], ks[i]))
    return TopicSelection(ks, scores, ks[best], tuple(train), tuple(test))


def top_words(model: LdaModel, n: int = 10) -> list[list[tuple[str, float]]]:
    """The `n` most probable words of each topic, with their probabilities, topic by topic."""
    return [[(word, float(p)) for word, p in model.show_topic(t, topn=n)] for t in range(model.num_topics)]


def document_topics(model: LdaModel, dictionary: Dictionary, docs: Iterable[list[str]]) -> np.ndarray:
    """(n documents, k) topic shares, each row summing to 1 (a document without a known word gets the
    uniform mixture, as gensim's inference does)."""
    k = model.num_topics
    rows: list[np.ndarray] = []
    for doc in docs:
        row = np.zeros(k, dtype=np.float64)
        for topic, share in model.get_document_topics(dictionary.doc2bow(doc), minimum_probability=0.0):
            row[topic] = share
        total = row.sum()
        rows.append(row / total if total > 0 else np.full(k, 1.0 / k))
    return np.vstack(rows) if rows else np.zeros((0, k))


def dominant_topics(shares: np.ndarray) -> np.ndarray:
    """Index of each document's largest topic share (ties: the lower topic)."""
    return np.argmax(shares, axis=1) if len(shares) else np.zeros(0, dtype=np.int64)


def topic_shares(shares: np.ndarray) -> np.ndarray:
    """Topic mixture of a set of documents: the mean of their topic shares (sums to 1)."""
    if len(shares) == 0:
        raise ValueError("no documents")
    mean = shares.mean(axis=0)
    return mean / mean.sum()
