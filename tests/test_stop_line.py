"""Ctrl-C and SIGTERM on the one-shot offline commands that do not stop themselves (triage.cli's
stop_with_one_line table): one line ``triage: stopped (SIGINT)[; OUT not written]``, exit 130 (143), and
the output they write whole or not at all (no OUT, no OUT.partial). They ended at a silent 130 (SIGTERM:
killed, -15), `mine describe --out` leaving half its lines under the final name.

In-process and deterministic: the signal is sent to this process from inside the command's work, where a
real one would land (the subprocess tests of test_interrupts cover the signal's way in from outside)."""

from __future__ import annotations

import json
import os
import signal
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from triage.cli import app, main
from triage.commands.interrupts import registered_commands

REPO = Path(__file__).resolve().parents[1]
# commands that stop themselves: stops_cleanly inside (synth, train, evaluate, label, parse), or the
# process's Shutdown (the long-running ones: a stop request they answer themselves)
STOP_THEMSELVES = {("synth",), ("train",), ("evaluate",), ("label",), ("parse",)}
OWN_SHUTDOWN = {
    ("run",),
    ("broker",),
    ("send",),
    ("mllp",),
    ("replay",),
    ("redrive",),
    ("tail",),
    ("review", "serve"),
}


def test_every_command_has_a_way_to_stop() -> None:
    """A new one-shot command joins the table in triage.cli (or stops itself) instead of ending silent."""
    silent = [
        words
        for words, callback in registered_commands(app)
        if not getattr(callback, "stops_cleanly", False) and words not in STOP_THEMSELVES | OWN_SHUTDOWN
    ]
    assert silent == []


@pytest.fixture(autouse=True)
def _ctrl_c_raises() -> Iterator[None]:
    """Python's own SIGINT handler for the test (a suite started in the background ignores SIGINT)."""
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    yield
    signal.signal(signal.SIGINT, previous)


def _first_call_signals(original: Callable[..., Any], sig: signal.Signals) -> Callable[..., Any]:
    """`original`, which sends `sig` to this process on its first call (inside the command's work)."""
    sent = []

    def call(*args: Any, **kwargs: Any) -> Any:
        if not sent:
            sent.append(sig)
            _send(sig)
        return original(*args, **kwargs)

    return call


def _send(sig: signal.Signals) -> None:
    """`sig` to this process; a SIGTERM only where a handler would turn it into an exception (the default
    action would end the test run itself)."""
    if sig == signal.SIGTERM:
        assert signal.getsignal(signal.SIGTERM) is not signal.SIG_DFL, "no SIGTERM handler: the command dies"
    os.kill(os.getpid(), sig)


def _stopped(argv: list[str], capsys: pytest.CaptureFixture[str], sig: signal.Signals) -> str:
    """Run `triage ARGV`; the exit code is 128 + sig, no traceback; returns the last stderr line."""
    with pytest.raises(SystemExit) as stop:
        main(argv)
    err = capsys.readouterr().err
    assert stop.value.code == 128 + sig, err
    assert "Traceback" not in err
    return err.strip().splitlines()[-1]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("stop") / "reports.jsonl"
    with pytest.raises(SystemExit) as done:
        main(["synth", "--n", "60", "--out", str(path)])
    assert done.value.code == 0
    return path


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM], ids=lambda s: s.name)
def test_mine_describe_stopped_writes_no_out(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, sig
) -> None:
    from triage.commands import mining_cmds

    out = tmp_path / "topics.jsonl"
    fake_json = type("Json", (), {"dumps": staticmethod(_first_call_signals(json.dumps, sig))})
    monkeypatch.setattr(mining_cmds, "json", fake_json)  # the first --out line
    argv = ["mine", "describe", str(corpus), "--model", str(REPO / "model_artifacts" / "topics")]
    line = _stopped([*argv, "--out", str(out), "--summary-only"], capsys, sig)
    assert line == f"triage: stopped ({sig.name}); {out} not written"
    assert list(tmp_path.iterdir()) == []


def test_shortcuts_stopped_says_so(
    corpus: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from triage.commands import synth_cmds

    monkeypatch.setattr(synth_cmds, "audit", _first_call_signals(synth_cmds.audit, signal.SIGINT))
    assert _stopped(["shortcuts", str(corpus)], capsys, signal.SIGINT) == "triage: stopped (SIGINT)"


@pytest.mark.slow  # scores the reports with the shipped model (about 20 s on 2 busy cores)
def test_review_init_stopped_writes_no_database(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from triage.review.store import ReviewStore

    db = tmp_path / "plan.db"
    fill = _first_call_signals(ReviewStore._fill, signal.SIGTERM)  # inside the database's partial file
    monkeypatch.setattr(ReviewStore, "_fill", staticmethod(fill))
    line = _stopped(
        ["review", "init", str(corpus), "--db", str(db), "--sample", "10"], capsys, signal.SIGTERM
    )
    assert line == f"triage: stopped (SIGTERM); {db} not written"
    assert list(tmp_path.iterdir()) == []


def test_a_kafka_query_stopped_while_the_broker_does_not_answer_says_so(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`audit explain` waits up to 15 s for a broker that is not there; Ctrl-C a second in: the line, 130."""
    timer = threading.Timer(1.0, _send, (signal.SIGINT,))
    timer.start()
    try:
        argv = ["audit", "explain", "ACC1", "--bootstrap-servers", "127.0.0.1:9"]
        assert _stopped(argv, capsys, signal.SIGINT) == "triage: stopped (SIGINT)"
    finally:
        timer.cancel()


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM], ids=lambda s: s.name)
def test_the_demo_stopped_in_its_feed_says_so(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, sig: signal.Signals
) -> None:
    """`triage demo` stopped while it runs (a new user's Ctrl-C during the feed ended 130 without a word)."""
    from triage.obs import logging as triage_logging
    from triage.offline import demo

    # the command configures logging onto this test's captured stderr, closed after it: later tests' logs
    # would then fail on a closed file
    monkeypatch.setattr(triage_logging, "configure_logging", lambda *_, **__: None)

    def feed(*_: Any, **__: Any) -> None:
        _send(sig)
        time.sleep(5)  # the signal's exception ends this wait
        raise AssertionError("the stop did not reach the demo's work")

    monkeypatch.setattr(demo, "run_demo", feed)
    assert _stopped(["demo", "--quiet"], capsys, sig) == f"triage: stopped ({sig.name})"
