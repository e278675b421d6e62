"""The topic-model directory on disk (report files are read by triage.offline.tables.iter_texts).

A topic-model directory (written by ``triage mine fit``, read by ``triage mine describe`` and drift):

  lda.gensim (+ gensim's side files)  the LDA model, refitted on every document with the chosen k (every file
                                       hashed in the manifest)
  dictionary.gensim                    the word ids (built on the training 80 %)
  perplexity.png                       held-out perplexity per number of topics, the chosen k marked
  topics.tsv                           top words per topic (topic, rank, word, probability)
  manifest.json                        written last: kind, versions, data sha256, normalization version, k,
                                       grid, perplexities, fit settings, reference topic shares (the mean
                                       topic mixture of the fitted documents: what drift is measured against),
                                       sha256 of the model and dictionary files; with
                                       ``mine fit --classifier`` also the classifier it was fitted
                                       beside and ``reference_unknown_share`` (mean share of scored
                                       tokens outside that classifier's vocabulary)

A directory whose manifest is missing or whose files do not match the manifest's hashes refuses to load.
"""

from __future__ import annotations

import json
import platform
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from triage.digest import file_sha256
from triage.errors import ArtifactError
from triage.text import NORMALIZATION_VERSION

if TYPE_CHECKING:
    from gensim.corpora import Dictionary
    from gensim.models import LdaModel

MANIFEST_FILE = "manifest.json"
MODEL_FILE = "lda.gensim"
DICTIONARY_FILE = "dictionary.gensim"
PLOT_FILE = "perplexity.png"
TOPICS_FILE = "topics.tsv"
MANIFEST_KIND = "lda-topic-model"
FORMAT_VERSION = 1


def versions() -> dict[str, str]:
    """Versions of what shaped the model (recorded in the manifest)."""
    import gensim
    import numpy

    from triage import __version__

    return {
        "triage": str(__version__),
        "gensim": gensim.__version__,
        "numpy": numpy.__version__,
        "python": platform.python_version(),
    }


def topics_table(words: Sequence[Sequence[tuple[str, float]]]) -> str:
    """TSV: topic, rank, word, probability (top words only; words are vocabulary, not report text)."""
    lines = ["topic\trank\tword\tprobability"]
    for t, topic in enumerate(words):
        lines += [f"{t}\t{r}\t{w}\t{p:.5f}" for r, (w, p) in enumerate(topic, start=1)]
    return "\n".join(lines) + "\n"


def save_topic_model(
    out_dir: Path,
    model: LdaModel,
    dictionary: Dictionary,
    *,
    words: Sequence[Sequence[tuple[str, float]]],
    grid: Sequence[int],
    perplexities: Sequence[float],
    manifest_extra: dict[str, Any],
    plot: Callable[[Path, Sequence[int], Sequence[float], int], None] | None = None,
) -> dict[str, Any]:
    """Write the directory (manifest last) and return the manifest. `plot(path, grid, perplexities, k)` draws
    the perplexity curve (triage.offline.drift_report.write_perplexity_plot: matplotlib stays offline)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    model.save(str(out_dir / MODEL_FILE))
    dictionary.save(str(out_dir / DICTIONARY_FILE))
    k = int(model.num_topics)
    if plot is not None:
        plot(out_dir / PLOT_FILE, grid, perplexities, k)
    (out_dir / TOPICS_FILE).write_text(topics_table(words), encoding="utf-8")
    manifest: dict[str, Any] = {
        "kind": MANIFEST_KIND,
        "format_version": FORMAT_VERSION,
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "normalization_version": NORMALIZATION_VERSION,
        "versions": versions(),
        "k": k,
        "grid": list(grid),
        "perplexities": {str(g): round(float(p), 4) for g, p in zip(grid, perplexities, strict=True)},
        "dictionary_size": len(dictionary),
        # the model, gensim's side files (lda.gensim.state, .expElogbeta.npy ...) and the dictionary
        "files": {
            path.name: file_sha256(path)
            for path in sorted(out_dir.iterdir())
            if path.name.startswith(MODEL_FILE) or path.name == DICTIONARY_FILE
        },
        "top_words": [[w for w, _ in topic] for topic in words],
        **manifest_extra,
    }
    (out_dir / MANIFEST_FILE).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return manifest


def load_topic_model(model_dir: Path) -> tuple[LdaModel, Dictionary, dict[str, Any]]:
    """Model, dictionary and manifest of a directory written by :func:`save_topic_model`, verified."""
    from gensim.corpora import Dictionary
    from gensim.models import LdaModel

    path = model_dir / MANIFEST_FILE
    if not path.is_file():
        raise ArtifactError(f"{model_dir}: no {MANIFEST_FILE} (not a topic-model directory, or a failed fit)")
    manifest = json.loads(path.read_text(encoding="utf-8"))
    if manifest.get("kind") != MANIFEST_KIND:
        raise ArtifactError(
            f"{model_dir}: manifest kind {manifest.get('kind')!r}, expected {MANIFEST_KIND!r}"
        )
    if manifest.get("normalization_version") != NORMALIZATION_VERSION:
        raise ArtifactError(
            f"{model_dir}: topics fitted on normalization {manifest.get('normalization_version')!r}, "
            f"this code produces {NORMALIZATION_VERSION!r}"
        )
    for name, sha in manifest.get("files", {}).items():
        if not (model_dir / name).is_file() or file_sha256(model_dir / name) != sha:
            raise ArtifactError(f"{model_dir}: {name} is missing or does not match the manifest's sha256")
    return (
        LdaModel.load(str(model_dir / MODEL_FILE)),
        Dictionary.load(str(model_dir / DICTIONARY_FILE)),
        manifest,
    )


def reference_shares(manifest: dict[str, Any], model_dir: Path) -> list[float]:
    """The topic model's reference mixture (what drift is measured against); ArtifactError when its manifest
    has none: the artifact is incomplete, whichever command reads it."""
    shares = manifest.get("reference_shares")
    if not shares:
        raise ArtifactError(
            f"{model_dir}: the topic model's manifest has no reference_shares (refit with `triage mine fit`)"
        )
    return [float(x) for x in shares]


def classifier_vocab(model_dir: Path) -> tuple[dict[str, int], str]:
    """(vocabulary, model_version) of a classifier artifact directory (manifest.json + vocab.json), the
    vocabulary's sha256 checked against the manifest. ArtifactError when either is missing or differs."""
    manifest_path = model_dir / "manifest.json"
    if not manifest_path.is_file():
        raise ArtifactError(f"{model_dir}: no manifest.json (not a classifier artifact directory)")
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    vocab_path = model_dir / str(manifest.get("vocab_file", "vocab.json"))
    if not vocab_path.is_file() or file_sha256(vocab_path) != manifest.get("vocab_sha256"):
        raise ArtifactError(f"{model_dir}: the vocabulary is missing or does not match the manifest's sha256")
    return json.loads(vocab_path.read_text(encoding="utf-8")), str(manifest.get("model_version"))
