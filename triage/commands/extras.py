"""Optional package groups (pyproject ``[project.optional-dependencies]``): a command that needs a group
that is not installed stops with one line naming the pip command, instead of an ImportError traceback.

``train``: scikit-learn (splits, calibration, metrics) and matplotlib (ROC and perplexity plots), used by
`triage train`, `triage evaluate` and `triage mine fit`; the daemon (`triage run`) and the container image
do without them.
"""

from __future__ import annotations

import importlib

from triage.errors import ConfigError

# extra → (import name, distribution name) of each package it adds
EXTRAS: dict[str, tuple[tuple[str, str], ...]] = {
    "train": (("sklearn", "scikit-learn"), ("matplotlib", "matplotlib")),
}


def missing(extra: str) -> list[str]:
    """Distribution names of `extra` that cannot be imported here."""
    absent = []
    for module, dist in EXTRAS[extra]:
        try:
            importlib.import_module(module)
        except ImportError:
            absent.append(dist)
    return absent


def require_extra(extra: str, command: str) -> None:
    """Raise ConfigError (one ``triage: error:`` line, exit 2) when a package of `extra` is missing."""
    absent = missing(extra)
    if absent:
        raise ConfigError(
            f"`triage {command}` needs the {extra} packages ({', '.join(absent)}), which are not installed:"
            f" pip install 'triage[{extra}]'"
        )
