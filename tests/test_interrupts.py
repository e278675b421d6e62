"""Ctrl-C (SIGINT) and SIGTERM on the offline commands that write an output, `synth`, `evaluate`, `train`
(`label`: test_label): typer ended them at 130 without a word and left a half-written OUT under its final
name. Now one line ``triage: stopped (SIGINT); OUT not written``, exit 130 (143), no OUT and no OUT.partial.

Real subprocesses, signalled only once the work loop runs (its OUT.partial exists: the heavy imports are
done; a signal that lands during an import can be swallowed by a library's own `except:` around an optional
import). A suite started in the background inherits an ignored SIGINT, and so would the child: the child
gets the default disposition back before it starts (Python then installs its KeyboardInterrupt handler)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
pytestmark = [pytest.mark.process, pytest.mark.timeout(240)]


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRIAGE_")}
    env.update(PYTHONPATH=str(REPO), OMP_NUM_THREADS="1")
    return env


def _stop_in_work_loop(argv: list[str], partial: Path, sig: signal.Signals) -> tuple[int, str, float]:
    """Run `triage ARGV`, signal it once `partial` holds something (a file with bytes, a folder that
    exists), return (exit code, stderr, seconds from the signal to the exit)."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "triage.cli", *argv],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(),
        cwd=REPO,
        preexec_fn=_default_sigint,
    )
    try:
        deadline = time.monotonic() + 180
        while proc.poll() is None and time.monotonic() < deadline:
            if partial.is_dir() or (partial.exists() and partial.stat().st_size > 0):
                break
            time.sleep(0.02)
        assert proc.poll() is None, proc.communicate()[1]
        assert partial.exists(), "the work loop was not reached"
        t0 = time.monotonic()
        proc.send_signal(sig)
        _, err = proc.communicate(timeout=60)
        return proc.returncode, err, time.monotonic() - t0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def _assert_stopped(code: int, err: str, took: float, out: Path, sig: signal.Signals) -> None:
    assert code == 128 + sig, err
    assert err.strip().splitlines()[-1] == f"triage: stopped ({sig.name}); {out} not written", err
    assert "Traceback" not in err
    assert took < 10, took
    assert not out.exists(), "a half-written output under its final name"
    assert not out.with_name(out.name + ".partial").exists()


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
@pytest.mark.parametrize("name", ["corpus.jsonl", "corpus.csv", "batch.hl7", "feed"])
def test_synth_stopped_leaves_no_output(tmp_path: Path, sig: signal.Signals, name: str) -> None:
    out = tmp_path / name
    fmt = {"": "hl7", ".hl7": "hl7", ".csv": "csv", ".jsonl": "jsonl"}[out.suffix]
    code, err, took = _stop_in_work_loop(
        ["synth", "--n", "400000", "--format", fmt, "--out", str(out)], out.with_name(name + ".partial"), sig
    )
    _assert_stopped(code, err, took, out, sig)


def _synth(*args: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "triage.cli", "synth", *args],
        capture_output=True,
        text=True,
        env=_env(),
        cwd=REPO,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr


def test_synth_into_a_folder_keeps_the_folders_other_files_and_completes(tmp_path: Path) -> None:
    """The folder output is built beside and moved in: a file of the user's stays, the reports arrive."""
    feed = tmp_path / "feed"
    feed.mkdir()
    (feed / "mine.txt").write_text("keep me\n")
    _synth("--n", "3", "--format", "hl7", "--out", str(feed))
    assert (feed / "mine.txt").read_text() == "keep me\n"
    assert len(list(feed.glob("*.hl7"))) == 3 and not (tmp_path / "feed.partial").exists()


def _corpus(tmp_path: Path, n: int) -> Path:
    data = tmp_path / "reports.jsonl"
    _synth("--n", str(n), "--out", str(data))
    return data


def test_evaluate_ctrl_c_leaves_the_output_folder_as_it_was(tmp_path: Path) -> None:
    """An existing OUT (--force) with a file of the user's: untouched by a stopped evaluation (written in
    OUT.partial/, moved in only once every file is)."""
    data = _corpus(tmp_path, 12000)
    out = tmp_path / "eval"
    out.mkdir()
    (out / "notes.md").write_text("mine\n")
    argv = ["evaluate", str(REPO / "model_artifacts"), str(data), "--out", str(out), "-q", "--force"]
    code, err, took = _stop_in_work_loop(argv, tmp_path / "eval.partial", signal.SIGINT)
    assert code == 130, err
    assert err.strip().splitlines()[-1] == f"triage: stopped (SIGINT); {out} not written", err
    assert took < 10, took
    assert sorted(p.name for p in out.iterdir()) == ["notes.md"]  # nothing half-written added
    assert not (tmp_path / "eval.partial").exists()


def test_train_ctrl_c_leaves_no_artifact(tmp_path: Path) -> None:
    data = _corpus(tmp_path, 3000)
    out = tmp_path / "model"
    argv = [
        "train",
        str(data),
        "--out",
        str(out),
        "-q",
        "--epochs",
        "30",
        "--w2v-dim",
        "50",
        "--lstm-units",
        "32",
    ]
    code, err, took = _stop_in_work_loop(argv, tmp_path / "model.partial", signal.SIGINT)
    _assert_stopped(code, err, took, out, signal.SIGINT)
