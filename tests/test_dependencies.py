"""pyproject's base dependencies admit what is installed and tested here, and the floors name versions that
have what the code uses (a floor below them installs a library the daemon cannot run on)."""

from __future__ import annotations

import tomllib
from importlib.metadata import version
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[1]
REQUIREMENTS = {
    Requirement(line).name.lower(): Requirement(line)
    for line in tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
}


@pytest.mark.parametrize("name", sorted(REQUIREMENTS))
def test_installed_version_is_admitted(name: str) -> None:
    assert REQUIREMENTS[name].specifier.contains(version(name), prereleases=True), name


@pytest.mark.parametrize(
    ("name", "floor", "why"),
    [
        ("tenacity", "8.3", "stop_before_delay (triage.stream.kafka_io)"),
        ("spacy", "3.7", "the Matcher split checked in triage.rules.engine"),
    ],
)
def test_floor_covers_what_the_code_uses(name: str, floor: str, why: str) -> None:
    lowest = min(Version(s.version) for s in REQUIREMENTS[name].specifier if s.operator in (">=", "=="))
    assert lowest >= Version(floor), why


@pytest.mark.parametrize(
    ("name", "untested"),
    [("spacy", "3.8.0"), ("fhir.resources", "9.0.0"), ("fhir-core", "1.2.0"), ("medspacy", "1.3.2")],
)
def test_untested_versions_the_code_reaches_into_are_refused(name: str, untested: str) -> None:
    """spaCy/medspaCy and fhir-core internals are read (triage.rules.engine, triage.fhir.flag)."""
    assert not REQUIREMENTS[name].specifier.contains(untested)


def test_kafka_io_uses_stop_before_delay() -> None:
    import tenacity

    assert "stop_before_delay" in (ROOT / "triage/stream/kafka_io.py").read_text()
    assert hasattr(tenacity, "stop_before_delay")
