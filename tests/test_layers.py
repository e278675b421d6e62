"""The layout's contract (pyproject.toml [tool.importlinter]), checked by import-linter over the import graph
grimp builds from the source (nothing imported): no import arrow points back up the data flow, offline tools
and site review stay apart (the runtime never imports them), and the runtime never imports the training-only
packages (`train` extra: sklearn, matplotlib)."""

from __future__ import annotations

from pathlib import Path

import pytest

importlinter = pytest.importorskip("importlinter", reason="import-linter (dev extra) is not installed")
from importlinter.application.use_cases import lint_imports  # noqa: E402
from importlinter.configuration import configure  # noqa: E402

configure()  # the readers and printer the `lint-imports` command sets up

PYPROJECT = Path(__file__).resolve().parents[1] / "pyproject.toml"


def test_no_import_points_back_up(capsys: pytest.CaptureFixture[str]) -> None:
    kept = lint_imports(config_filename=str(PYPROJECT), cache_dir=None, no_logo=True)
    report = capsys.readouterr().out
    assert kept, report


def test_the_contract_catches_an_arrow_back_up(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The check can fail: the same layers with two rooms swapped (text above hl7, which imports it) break."""
    text = PYPROJECT.read_text(encoding="utf-8")
    swapped = text.replace('  "triage.hl7",\n  "triage.text",\n', '  "triage.text",\n  "triage.hl7",\n')
    assert swapped != text, "the layers in pyproject.toml no longer list hl7 directly above text"
    config = tmp_path / "pyproject.toml"
    config.write_text(swapped, encoding="utf-8")
    assert not lint_imports(config_filename=str(config), cache_dir=None, no_logo=True)
    assert "triage.hl7" in capsys.readouterr().out
