"""The README's first commands set themselves up through the Makefile on a fresh machine: an interpreter too
old for the package is refused in one line before a virtual environment or torch is installed (pip would
otherwise download torch, then refuse the package), and `TORCH_INDEX` picks where torch comes from (PyPI's
Linux torch is the CUDA build). Run on a copy of the Makefile in a temporary folder with `make`."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")


def _copy(tmp_path: Path) -> Path:
    """The Makefile and what its setup target depends on, in a folder of their own."""
    folder = tmp_path / "clone"
    folder.mkdir()
    for name in ("Makefile", "pyproject.toml"):
        shutil.copy(REPO / name, folder / name)
    return folder


def _python_reporting(tmp_path: Path, version: tuple[int, int, int]) -> Path:
    """An interpreter that says it is `version`: this one, `sys.version_info` replaced before `-c CODE`."""
    fake = tmp_path / "fake-python"
    fake.write_text(
        "#!/bin/sh\n"
        'if [ "$1" != "-c" ]; then echo "fake-python: only -c is expected, got $*" >&2; exit 99; fi\n'
        f"exec {sys.executable} -c 'import sys; sys.version_info = {version!r}; "
        'exec(sys.argv[1])\' "$2"\n'
    )
    fake.chmod(0o755)
    return fake


def _make(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["make", "--no-print-directory", "-C", str(folder), *args],
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_setup_refuses_a_python_older_than_the_package_needs_before_creating_anything(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    old = _python_reporting(tmp_path, (3, 10, 12))
    done = _make(folder, ".venv/.installed", f"PY={old}")
    assert done.returncode != 0
    assert f"triage needs Python >= 3.11; {old} is 3.10: run make with PY=python3.11" in done.stderr
    assert not (folder / ".venv").exists()
    assert "venv" not in done.stdout and "pip" not in done.stdout


@pytest.mark.parametrize("version", [(3, 11, 0), (3, 13, 1)])
def test_the_version_check_passes_a_python_the_package_accepts(
    tmp_path: Path, version: tuple[int, int, int]
) -> None:
    """The check line alone, as make runs it (the next line, creating .venv, is not run)."""
    folder = _copy(tmp_path)
    fake = _python_reporting(tmp_path, version)
    check = next(
        line.strip().lstrip("@").replace("$(PY)", str(fake))
        for line in (folder / "Makefile").read_text().splitlines()
        if "sys.version_info" in line
    )
    assert subprocess.run(check, shell=True, capture_output=True, timeout=30).returncode == 0
    too_old = _python_reporting(folder, (3, 10, 0))
    assert subprocess.run(check.replace(str(fake), str(too_old)), shell=True, timeout=30).returncode != 0


def _torch_line(folder: Path, *args: str) -> str:
    done = _make(folder, "-n", "-B", ".venv/.installed", *args)
    assert done.returncode == 0, done.stderr
    return next(line for line in done.stdout.splitlines() if '"torch==' in line)


def test_torch_index_picks_where_torch_comes_from(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    assert "--index-url" not in _torch_line(folder)
    line = _torch_line(folder, "TORCH_INDEX=https://download.pytorch.org/whl/cpu")
    assert line.endswith('"torch==2.13.0" --index-url https://download.pytorch.org/whl/cpu')
    # the package itself still comes from pip's own indexes
    done = _make(folder, "-n", "-B", ".venv/.installed", "TORCH_INDEX=https://download.pytorch.org/whl/cpu")
    assert not any("--index-url" in line for line in done.stdout.splitlines() if '-e ".[dev]"' in line)
