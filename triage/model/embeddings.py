"""word2vec (gensim; CBOW, or skip-gram for Paper 2) embeddings and the token → id vocabulary that goes
into the artifact.

Ids 0 and 1 are reserved. 0 is padding (zero vector). 1 is the unknown word: every token word2vec did not
keep (below min_count, or never seen). Until norm-1 unknown words shared id 0 with padding, so a real report
(≈74 % unknown tokens under a 390-word vocabulary) looked to the network like an almost empty input. With its
own id the network can tell "a word I do not know" from "nothing here", and word dropout during training (a
share of known words replaced by the unknown id) teaches it that unfamiliar words carry no evidence. The
unknown row is a fixed random vector of the typical word norm (``unk_vector="random"``) or, for the paper's
recipe, the zero vector the paper prescribes (``"zero"``).
"""

from __future__ import annotations

import logging
import zlib
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:  # gensim (≈ 2 s to import) only trains: the Scorer, the daemon and `label` never load it
    from gensim.models import Word2Vec

    from triage.model.config import TrainConfig

PAD_ID = 0
UNK_ID = 1
FIRST_WORD_ID = 2


def _stable_hash(text: str) -> int:
    """gensim seeds per-word vectors with `hash`, which Python randomizes per process; this does not."""
    return zlib.crc32(text.encode("utf-8"))


def train_word2vec(
    corpus: Sequence[Sequence[str]], cfg: TrainConfig, callbacks: Sequence[object] = ()
) -> Word2Vec:
    """word2vec with the config's settings: CBOW with negative sampling (Paper 1, the default) or skip-gram
    with hierarchical softmax (Paper 2, ``--embeddings paper2``); `cfg.w2v_sample` is the frequent-word
    sub-sampling threshold. One worker so that the same seed gives the same vectors."""
    from gensim.models import Word2Vec

    logging.getLogger("gensim").setLevel(logging.WARNING)
    return Word2Vec(
        sentences=[list(doc) for doc in corpus],
        vector_size=cfg.w2v_dim,
        window=cfg.w2v_window,
        min_count=cfg.w2v_min_count,
        epochs=cfg.w2v_epochs,
        sg=1 if cfg.w2v_algorithm == "skipgram" else 0,
        hs=1 if cfg.w2v_hs else 0,
        negative=0 if cfg.w2v_hs else 5,
        sample=cfg.w2v_sample,
        workers=1,
        seed=cfg.seed,
        hashfxn=_stable_hash,
        callbacks=list(callbacks),
    )


def build_vocab(
    w2v: Word2Vec, unk_vector: str = "random", seed: int = 0
) -> tuple[dict[str, int], np.ndarray]:
    """Vocabulary (most frequent first, ids from 2) and the float32 matrix [len(vocab) + 2, dim]: row 0 zeros
    (padding), row 1 the unknown-word vector (module docstring), then the word2vec vectors."""
    words = list(w2v.wv.index_to_key)
    vocab = {word: i + FIRST_WORD_ID for i, word in enumerate(words)}
    matrix = np.zeros((len(words) + FIRST_WORD_ID, w2v.wv.vector_size), dtype=np.float32)
    if words:
        vectors = w2v.wv.vectors[[w2v.wv.key_to_index[w] for w in words]]
        matrix[FIRST_WORD_ID:] = vectors
        if unk_vector == "random":
            direction = np.random.default_rng(seed).standard_normal(w2v.wv.vector_size)
            norm = float(np.median(np.linalg.norm(vectors, axis=1)))
            matrix[UNK_ID] = (direction / np.linalg.norm(direction) * norm).astype(np.float32)
    return vocab, matrix


def encode(tokens: Sequence[str], vocab: dict[str, int], max_tokens: int = 50) -> list[int]:
    """Token ids (unknown words → ``UNK_ID``), truncated to `max_tokens` and zero-padded on the LEFT.

    Left padding (Keras' `pad_sequences` default) keeps the real tokens next to the many-to-one LSTM's last
    step, so its final state is not diluted by a tail of padding.
    """
    ids = [vocab.get(t, UNK_ID) for t in tokens[:max_tokens]]
    return [PAD_ID] * (max_tokens - len(ids)) + ids


def encode_batch(docs: Sequence[Sequence[str]], vocab: dict[str, int], max_tokens: int = 50) -> np.ndarray:
    """[len(docs), max_tokens] int64 ids, each row as `encode`."""
    out = np.zeros((len(docs), max_tokens), dtype=np.int64)
    get = vocab.get
    for row, tokens in enumerate(docs):
        ids = [get(t, UNK_ID) for t in tokens[:max_tokens]]
        if ids:
            out[row, max_tokens - len(ids) :] = ids
    return out


def unknown_share(tokens: Sequence[str], vocab: dict[str, int]) -> float:
    """Share of `tokens` outside the vocabulary (0.0 for no tokens): the first drift signal."""
    if not tokens:
        return 0.0
    return sum(1 for t in tokens if t not in vocab) / len(tokens)


def most_similar(
    word: str, vocab: dict[str, int], matrix: np.ndarray, topn: int = 10
) -> list[tuple[str, float]]:
    """Nearest words by cosine similarity (the paper's sanity check: "hemorrhage" → blood, hematoma ...)."""
    if word not in vocab:
        return []
    norms = np.linalg.norm(matrix, axis=1)
    norms[norms == 0] = 1.0
    unit = matrix / norms[:, None]
    sims = unit @ unit[vocab[word]]
    sims[PAD_ID] = sims[UNK_ID] = -np.inf
    sims[vocab[word]] = -np.inf
    words = {i: w for w, i in vocab.items()}
    best = np.argsort(-sims)[:topn]
    return [(words[int(i)], float(sims[i])) for i in best if np.isfinite(sims[i])]
