"""One rule keeps a blind held-out set out of every benchmark (benchmarks/blind_sets.py): its README says how
to measure it and has no first measurement yet. Checked on sets written here (a blind one is not even valid
JSON: reading it would fail), never on the repository's own sets."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

import blind_sets  # noqa: E402

HOW = "# Held-out\n\n## How to measure\nrun it once.\n"
MEASURED = HOW + "\n## First measurement\nrecall 0.8\n"


def _set(folder: Path, name: str, texts: list[str], readme: str | None = None, readme_name: str = "") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.jsonl"
    path.write_text("".join(json.dumps({"text": t, "label": 1}) + "\n" for t in texts), encoding="utf-8")
    if readme is not None:
        (folder / (readme_name or f"README-{name.removeprefix('heldout-')}.md")).write_text(readme)
    return path


def _blind_set(folder: Path, name: str, readme_name: str = "") -> Path:
    path = _set(folder, name, [], HOW, readme_name)
    path.write_text("not JSON: a blind set is never read\n", encoding="utf-8")
    return path


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """tests/data's layout: challenge, detection held-out sets (README-N.md), priority sets
    (README-heldout-N.md)."""
    _set(tmp_path / "challenge", "challenge", ["challenge text"])
    _set(tmp_path / "heldout", "heldout-1", ["measured set"], MEASURED)
    _blind_set(tmp_path / "heldout", "heldout-2")
    _set(tmp_path / "heldout", "heldout-3", ["set without a README"])
    _set(tmp_path / "priority", "heldout-4", ["measured priority set"], MEASURED, "README-heldout-4.md")
    _blind_set(tmp_path / "priority", "heldout-5", "README-heldout-5.md")
    return tmp_path


def test_readable_leaves_out_the_blind_sets_and_the_skipped(data: Path) -> None:
    paths = sorted(data.glob("*/*.jsonl"))
    names = [f"{p.parent.name}/{p.stem}" for p in blind_sets.readable(paths)]
    assert names == ["challenge/challenge", "heldout/heldout-1", "heldout/heldout-3", "priority/heldout-4"]
    skipped = blind_sets.readable(paths, ["heldout-3", "heldout-4"])
    assert [f"{p.parent.name}/{p.stem}" for p in skipped] == ["challenge/challenge", "heldout/heldout-1"]


def test_rules_benchmarks_read_no_blind_set_without_skip(data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import rules_sentences  # rules.py and rules_identity.py read the texts through it

    monkeypatch.setattr(rules_sentences, "SETS", sorted(data.glob("*/*.jsonl")))
    monkeypatch.setattr(rules_sentences, "_SKIPPED", [])
    assert sorted(rules_sentences.written()) == sorted(
        ["challenge text", "measured set", "set without a README", "measured priority set"]
    )
    rules_sentences.skip_sets(["heldout-3"])  # --skip still leaves out more
    assert "set without a README" not in rules_sentences.written()


def test_output_digest_reads_no_blind_set(data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import output_digest

    monkeypatch.setattr(output_digest, "DATA", data)
    rendered = output_digest.corpora(0)["hand-written"]
    assert len(rendered) == 4 * len(output_digest.LAYOUTS)
