"""Where the model comes from, checked before a command that scores (`run`, `label`, `demo`) starts: a
missing artifact directory is one line saying where triage looked and how to get a model.

The default (`triage.config.DEFAULT_MODEL_DIR`) is ``model_artifacts/`` beside the ``triage`` package,
which exists in a source checkout (and in the container image, via TRIAGE_MODEL_DIR). A wheel does not
ship the model (3 MB, retrained per site), so an installed package without the source tree needs one of
the three ways named in the message.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from triage.errors import ArtifactError

GET_A_MODEL = (
    "get one with `make model` in a source checkout (writes model_artifacts/), or with"
    " `triage train DATA --out DIR` (pip install 'triage[train]'); then pass --model DIR or set"
    " TRIAGE_MODEL_DIR=DIR"
)


def model_source(model_dir: Path, flag: Path | None) -> str:
    """Which setting chose `model_dir`: the --model flag, TRIAGE_MODEL_DIR, the default, or a config file."""
    from triage.config import DEFAULT_MODEL_DIR

    if flag is not None:
        return "--model"
    if os.environ.get("TRIAGE_MODEL_DIR"):
        return "TRIAGE_MODEL_DIR"
    if Path(model_dir) == DEFAULT_MODEL_DIR:
        return "the default: model_artifacts/ of the source tree"
    return "model_dir in the config file"


class FirstProblems:
    """A bad-row callback: the first `limit` lines written (`write`), every one counted (`count`), so that a
    file with thousands of bad rows is a screenful and a count, not a flood."""

    def __init__(self, write: Callable[[str], None], limit: int) -> None:
        self.write, self.limit, self.count = write, limit, 0

    def __call__(self, message: str) -> None:
        self.count += 1
        if self.count <= self.limit:
            self.write(message)


def require_model_option(model: Path) -> None:
    """require_model_dir for a command's `--model` (envvar TRIAGE_MODEL_DIR, default the shipped model): the
    error names the flag only when the user gave it on the command line."""
    from triage.config import DEFAULT_MODEL_DIR

    given = model != DEFAULT_MODEL_DIR and not os.environ.get("TRIAGE_MODEL_DIR")
    require_model_dir(model, model if given else None)


def require_model_dir(model_dir: Path, flag: Path | None = None) -> None:
    """Raise ArtifactError (one line, exit 2) when `model_dir` is not a directory. The artifact's contents
    (hashes, manifest) are checked later by triage.model.Scorer.load."""
    if Path(model_dir).is_dir():
        return
    raise ArtifactError(f"no model at {model_dir} ({model_source(model_dir, flag)}); {GET_A_MODEL}")
