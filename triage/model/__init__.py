"""triage.model: what the runtime loads: the paper's CNN-LSTM (network), its word2vec vocabulary encoding
(embeddings, windowing), the TorchScript artifact and the `Scorer` that loads a verified artifact for the
daemon and `triage label`. Training and evaluation are offline tools (triage.offline).

Only `Scorer` is imported eagerly.
"""

from triage.model.scorer import Scorer

__all__ = ["Scorer"]
