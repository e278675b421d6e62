"""triage.model: the paper's CNN-LSTM (word2vec embeddings, training, evaluation, TorchScript artifact) and
the `Scorer` that loads a verified artifact for the daemon and `triage label`.

Only `Scorer` is imported eagerly; training code (gensim, sklearn) is imported where it is used.
"""

from triage.model.scorer import Scorer

__all__ = ["Scorer"]
