"""`triage train`, `triage evaluate`, `triage embeddings similar` through the real CLI entry point."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from triage.cli import main
from triage.model import Scorer


def run_cli(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    out, err = capsys.readouterr()
    return int(exit_info.value.code or 0), out, err


def test_embeddings_similar(tiny_artifact: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(
        ["embeddings", "similar", "hemorrhage", "--model", str(tiny_artifact), "--topn", "5", "--json"],
        capsys,
    )
    assert code == 0
    neighbours = json.loads(out)
    vocab = Scorer.load(tiny_artifact, device="cpu").vocab
    assert len(neighbours) == 5
    assert all(n["word"] in vocab and n["word"] != "hemorrhage" for n in neighbours)
    sims = [n["similarity"] for n in neighbours]
    assert sims == sorted(sims, reverse=True) and -1.0 <= sims[-1] <= sims[0] <= 1.0
    code, _, err = run_cli(["embeddings", "similar", "qwertyuiop", "--model", str(tiny_artifact)], capsys)
    assert code == 2 and err.startswith("triage: error:") and "vocabulary" in err


def test_evaluate_recomputes_the_test_split(
    tiny_artifact: Path, tiny_corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run_cli(
        ["evaluate", str(tiny_artifact), str(tiny_corpus), "--out", str(tmp_path / "ev"), "-q"], capsys
    )
    assert code == 0 and "ROC AUC" in out
    metrics = json.loads((tmp_path / "ev" / "metrics.json").read_text())
    manifest = json.loads((tiny_artifact / "manifest.json").read_text())
    # same file → the same stratified test split as at training time → the same numbers as the manifest
    assert metrics["split"].startswith("test") and metrics["n"] == manifest["training_data"]["split"]["test"]
    assert metrics["auc"] == pytest.approx(manifest["metrics"]["test"]["auc"], abs=1e-9)
    assert metrics["table_1"] == manifest["metrics"]["test"]["table_1"]
    assert (tmp_path / "ev" / "roc.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "| 1 (ICH) |" in (tmp_path / "ev" / "table1.md").read_text()


def test_evaluate_with_a_sensitivity_target(
    tiny_artifact: Path,
    tiny_corpus: Path,
    heldout_corpus: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, _, err = run_cli(
        [
            "evaluate",
            str(tiny_artifact),
            str(heldout_corpus),
            "--out",
            str(tmp_path / "a"),
            "--target-sensitivity",
            "0.95",
            "-q",
        ],
        capsys,
    )
    assert code == 2 and "validation" in err  # never chosen on the data being scored
    code, _, _ = run_cli(
        [
            "evaluate",
            str(tiny_artifact),
            str(heldout_corpus),
            "--out",
            str(tmp_path / "b"),
            "--target-sensitivity",
            "0.95",
            "--validation",
            str(tiny_corpus),
            "-q",
        ],
        capsys,
    )
    assert code == 0
    metrics = json.loads((tmp_path / "b" / "metrics.json").read_text())
    assert metrics["split"].startswith("all") and metrics["n"] == 600
    assert "sensitivity>=0.95" in metrics["threshold_policy"]
    assert "vs_true_labels" in metrics  # heldout corpus carries true labels


def test_train_cli_and_its_errors(
    heldout_corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run_cli(
        ["train", str(heldout_corpus), "--out", str(tmp_path / "m"), "--dropout", "2"], capsys
    )
    assert code == 2 and err.startswith("triage: error: invalid training option(s): dropout")
    code, _, err = run_cli(["train", str(tmp_path / "none.jsonl"), "--out", str(tmp_path / "m")], capsys)
    assert code == 2 and "none.jsonl" in err and len(err.strip().splitlines()) == 1
    args = [
        "train",
        str(heldout_corpus),
        "--out",
        str(tmp_path / "m"),
        "--epochs",
        "1",
        "--lstm-units",
        "8",
        "--w2v-dim",
        "16",
        "--w2v-min-count",
        "2",
        "--w2v-epochs",
        "2",
        "--threads",
        "1",
        "--device",
        "cpu",
        "--threshold-policy",
        "youden",
        "-q",
    ]
    code, out, _ = run_cli(args, capsys)
    assert code == 0 and out.startswith("ich-cnnlstm-")
    manifest = json.loads((tmp_path / "m" / "manifest.json").read_text())
    assert (
        manifest["hyperparameters"]["lstm_units"] == 8 and manifest["threshold_policy"]["policy"] == "youden"
    )
    Scorer.load(tmp_path / "m", device="cpu")  # the exported artifact verifies
