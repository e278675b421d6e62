"""word2vec (gensim CBOW) embeddings and the token → id vocabulary that goes into the artifact.

Id 0 is reserved: padding and every word word2vec did not keep (below min_count, or never seen) map to it, and
its row of the embedding matrix is the zero vector, as in the paper.
"""

from __future__ import annotations

import logging
import zlib
from collections.abc import Sequence

import numpy as np
from gensim.models import Word2Vec

from triage.model.config import TrainConfig

PAD_ID = 0


def _stable_hash(text: str) -> int:
    """gensim seeds per-word vectors with `hash`, which Python randomizes per process; this does not."""
    return zlib.crc32(text.encode("utf-8"))


def train_word2vec(
    corpus: Sequence[Sequence[str]], cfg: TrainConfig, callbacks: Sequence[object] = ()
) -> Word2Vec:
    """CBOW with the paper's settings; one worker so that the same seed gives the same vectors."""
    logging.getLogger("gensim").setLevel(logging.WARNING)
    return Word2Vec(
        sentences=[list(doc) for doc in corpus],
        vector_size=cfg.w2v_dim,
        window=cfg.w2v_window,
        min_count=cfg.w2v_min_count,
        epochs=cfg.w2v_epochs,
        sg=0,
        workers=1,
        seed=cfg.seed,
        hashfxn=_stable_hash,
        callbacks=list(callbacks),
    )


def build_vocab(w2v: Word2Vec) -> tuple[dict[str, int], np.ndarray]:
    """Vocabulary (most frequent first, ids from 1) and the float32 matrix with the zero row 0."""
    words = list(w2v.wv.index_to_key)
    vocab = {word: i + 1 for i, word in enumerate(words)}
    matrix = np.zeros((len(words) + 1, w2v.wv.vector_size), dtype=np.float32)
    if words:
        matrix[1:] = w2v.wv.vectors[[w2v.wv.key_to_index[w] for w in words]]
    return vocab, matrix


def encode(tokens: Sequence[str], vocab: dict[str, int], max_tokens: int = 50) -> list[int]:
    """Token ids, truncated to `max_tokens` and zero-padded on the LEFT.

    Left padding (Keras' `pad_sequences` default) keeps the real tokens next to the many-to-one LSTM's last
    step, so its final state is not diluted by a tail of padding.
    """
    ids = [vocab.get(t, PAD_ID) for t in tokens[:max_tokens]]
    return [PAD_ID] * (max_tokens - len(ids)) + ids


def encode_batch(docs: Sequence[Sequence[str]], vocab: dict[str, int], max_tokens: int = 50) -> np.ndarray:
    return np.asarray([encode(d, vocab, max_tokens) for d in docs], dtype=np.int64).reshape(-1, max_tokens)


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
    sims[PAD_ID] = -np.inf
    sims[vocab[word]] = -np.inf
    words = {i: w for w, i in vocab.items()}
    best = np.argsort(-sims)[:topn]
    return [(words[int(i)], float(sims[i])) for i in best if np.isfinite(sims[i])]
