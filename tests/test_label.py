"""`triage label`: JSONL, CSV and HL7 in, one scored row per report out, bad rows reported."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import numpy as np
import pytest

from triage.cli import main
from triage.config import PipelineSettings
from triage.errors import InputFileError
from triage.model import Scorer
from triage.offline.labeling import OUTPUT_FIELDS, label_file
from triage.offline.synth.corpus import generate_reports
from triage.pipeline.decision import DecisionCore
from triage.pipeline.policy import decide, ranking_score
from triage.text import extract_impression, normalize_impression, normalize_report


@pytest.fixture(scope="module")
def scorer(tiny_artifact: Path) -> Scorer:
    return Scorer.load(tiny_artifact, device="cpu")


@pytest.fixture(scope="module")
def reports() -> list:
    return generate_reports(40, seed=21)


def _core(scorer: Scorer, **kw: object) -> DecisionCore:
    return DecisionCore(scorer, PipelineSettings(), **kw)  # type: ignore[arg-type]


def _run_cli(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    out, err = capsys.readouterr()
    return int(exit_info.value.code or 0), out, err


def test_jsonl_rows_keep_fields_and_bad_rows_are_reported(
    scorer: Scorer, reports: list, tmp_path: Path
) -> None:
    src = tmp_path / "in.jsonl"
    lines = [
        json.dumps({"id": r.id, "text": r.text, "label": "user-label", "extra": {"k": [1]}}) for r in reports
    ]
    lines.insert(3, "{not json")  # line 4
    lines.insert(7, json.dumps({"id": "no-text", "label": 1}))  # line 8
    lines.insert(9, "")  # blank line 10: not a row
    lines.insert(12, json.dumps(["a list"]))  # line 13
    src.write_text("\n".join(lines) + "\n")
    problems: list[str] = []
    summary = label_file(
        _core(scorer), src, tmp_path / "out.jsonl", progress=False, on_problem=problems.append
    )
    assert (summary.scored, summary.bad) == (40, 3)
    assert [p.split(":")[1] for p in problems] == ["4", "8", "13"]
    rows = [json.loads(x) for x in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert [r["id"] for r in rows] == [r.id for r in reports]
    assert all(r["label"] == "user-label" and r["extra"] == {"k": [1]} for r in rows)
    expected = scorer.score_tokens([normalize_report(r.text) for r in reports])
    got = np.array([r["probability"] for r in rows])
    assert np.abs(got - expected).max() < 1e-6
    assert {r["model_version"] for r in rows} == {scorer.model_version}
    # the daemon's decision function, on the network's score and the rules' assertion
    assert {r["policy"] for r in rows} == {"ensemble"}
    expected_pred = [
        int(decide("ensemble", r["probability"], round(scorer.threshold, 6), r["rule_assertion"]).positive)
        for r in rows
    ]
    assert [r["prediction"] for r in rows] == expected_pred
    assert [r["policy_score"] for r in rows] == [
        round(ranking_score("ensemble", r["probability"], r["rule_assertion"]), 6) for r in rows
    ]
    assert {r["threshold"] for r in rows} == {round(scorer.threshold, 6)}
    assert {r["decided_by"] for r in rows} <= {"model", "rules", "both", "rules_veto", "findings"}


def test_model_policy_predicts_at_the_artifacts_threshold(
    scorer: Scorer, reports: list, tmp_path: Path
) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"text": r.text}) + "\n" for r in reports))
    label_file(_core(scorer, policy="model"), src, tmp_path / "out.jsonl", progress=False)
    rows = [json.loads(x) for x in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert [r["prediction"] for r in rows] == [
        int(r["probability"] >= round(scorer.threshold, 6)) for r in rows
    ]
    assert {r["decided_by"] for r in rows} == {"model"}


def test_csv_with_a_short_and_a_long_row(scorer: Scorer, reports: list, tmp_path: Path) -> None:
    src = tmp_path / "in.csv"
    with src.open("w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["accession", "report", "label"])
        for r in reports[:10]:
            writer.writerow([r.accession, r.text, r.label])  # multi-line quoted text
        fh.write("short-row-only-one-field\n")
        writer.writerow(["A1", "IMPRESSION: no bleed", 0, "surplus"])
    problems: list[str] = []
    summary = label_file(
        _core(scorer),
        src,
        tmp_path / "out.csv",
        text_field="report",
        progress=False,
        on_problem=problems.append,
    )
    assert (summary.scored, summary.bad) == (10, 2)
    assert all("in.csv:" in p and "skipped" in p for p in problems)
    with (tmp_path / "out.csv").open(newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0]) == ["accession", "report", "label", *OUTPUT_FIELDS]
    assert {"probability", "prediction", "policy_score", "threshold", "decided_by"} <= set(OUTPUT_FIELDS)
    assert [row["accession"] for row in rows] == [r.accession for r in reports[:10]]
    assert [row["report"] for row in rows] == [r.text for r in reports[:10]]
    assert [row["label"] for row in rows] == [str(r.label) for r in reports[:10]]


def test_existing_output_column_needs_a_prefix(scorer: Scorer, tmp_path: Path) -> None:
    src = tmp_path / "in.csv"
    src.write_text("text,prediction\nIMPRESSION: acute subdural hematoma,mine\n")
    with pytest.raises(InputFileError, match="--prefix"):
        label_file(_core(scorer), src, tmp_path / "out.csv", progress=False)
    label_file(_core(scorer), src, tmp_path / "out.csv", prefix="ich_", progress=False)
    row = next(csv.DictReader((tmp_path / "out.csv").open()))
    assert row["prediction"] == "mine" and row["ich_prediction"] in ("0", "1")


def _oru(control_id: str, accession: str, impression: str, status: str = "F") -> bytes:
    segments = [
        f"MSH|^~\\&|RIS|HOSP|TRIAGE|HOSP|20240315143012||ORU^R01^ORU_R01|{control_id}|P|2.5.1",
        "PID|1||MRN1^^^HOSP^MR||DOE^JANE||19600101|F",
        f"OBR|1|PLC1|FIL1|CTHEAD^CT HEAD WITHOUT CONTRAST^L|||20240315134500|||||||||||{accession}"
        f"||||20240315142900|||{status}",
        f"OBX|1|TX|&GDT^Findings||FINDINGS: see impression.||||||{status}",
        f"OBX|2|TX|&IMP^Impression||{impression}||||||{status}",
    ]
    return ("\r".join(segments) + "\r").encode()


def test_hl7_files_directory_and_batch(scorer: Scorer, tmp_path: Path) -> None:
    folder = tmp_path / "hl7"
    folder.mkdir()
    pos = "Acute subdural hematoma along the left convexity with 6 mm midline shift."
    neg = "No acute intracranial hemorrhage."
    (folder / "a.hl7").write_bytes(_oru("M1", "ACC1", pos))
    (folder / "b.hl7").write_bytes(_oru("M2", "ACC2", neg) + _oru("M3", "ACC3", pos, "P"))  # batch of two
    (folder / "c.hl7").write_bytes(b"this is not hl7 at all")
    (folder / "d.hl7").write_bytes(b"MSH|^~\\&|ADT|H|T|H|20240101||ADT^A01|ADT1|P|2.5\rPID|1||X\r")
    (folder / "notes.txt").write_text("ignored: not an HL7 extension")
    problems: list[str] = []
    summary = label_file(
        _core(scorer), folder, tmp_path / "out.jsonl", progress=False, on_problem=problems.append
    )
    assert (summary.scored, summary.bad, summary.skipped) == (3, 1, 1)
    assert any(p.startswith("c.hl7: message 0") for p in problems)
    assert any(p.startswith("d.hl7: message 0") and "ADT" in p for p in problems)
    rows = [json.loads(x) for x in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert [(r["file"], r["message_index"], r["control_id"], r["accession"]) for r in rows] == [
        ("a.hl7", 0, "M1", "ACC1"),
        ("b.hl7", 0, "M2", "ACC2"),
        ("b.hl7", 1, "M3", "ACC3"),
    ]
    assert [r["result_status"] for r in rows] == ["F", "F", "P"]
    assert all("text" not in r and "impression" not in r for r in rows)  # no report text in the output
    expected = scorer.score_tokens([normalize_impression(t) for t in (pos, neg, pos)])
    assert np.abs(np.array([r["probability"] for r in rows]) - expected).max() < 1e-6


def test_label_cli_reports_bad_rows_and_count(
    tiny_artifact: Path, reports: list, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join([json.dumps({"text": reports[0].text}), "oops", json.dumps({"text": 7})]) + "\n")
    code, _, err = _run_cli(
        ["label", str(src), "--out", str(tmp_path / "o.csv"), "--model", str(tiny_artifact), "-q"], capsys
    )
    assert code == 0
    assert "in.jsonl:2: invalid JSON" in err and "in.jsonl:3: field 'text' is not text (int)" in err
    assert "labeled 1 report(s)" in err and "2 bad row(s)" in err
    assert len(list(csv.DictReader((tmp_path / "o.csv").open()))) == 1


def test_label_cli_errors_are_one_line(
    tiny_artifact: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = _run_cli(
        [
            "label",
            str(tmp_path / "missing.jsonl"),
            "--out",
            str(tmp_path / "o.jsonl"),
            "--model",
            str(tiny_artifact),
        ],
        capsys,
    )
    assert code == 2 and err.strip().startswith("triage: error:") and len(err.strip().splitlines()) == 1
    code, _, err = _run_cli(
        ["label", str(tmp_path), "--out", str(tmp_path / "o.jsonl"), "--model", str(tmp_path / "no-model")],
        capsys,
    )
    assert code == 2 and "no-model" in err and "triage train" in err


def test_label_of_a_file_with_no_readable_report_is_one_error_line(
    tiny_artifact: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Before: a text file named .hl7 was exit 0, an empty output and a "1 bad row" note (`triage parse` on
    it: one error line, exit 2). Now one line, exit 2, no output, none of the file's words; a file with one
    good message among bad ones is still labeled (exit 0, the bad one noted)."""
    notes = tmp_path / "notes.hl7"
    notes.write_text("Dear Dr Smith, Jane Roe was seen today.\r\nPlan: MRI.\r\n")
    out = tmp_path / "o.csv"
    code, stdout, err = _run_cli(
        ["label", str(notes), "--out", str(out), "--model", str(tiny_artifact)], capsys
    )
    assert (code, stdout) == (2, "")
    assert err.count("\n") == 1 and err.startswith(f"triage: error: {notes}: no report could be read"), err
    assert "no_msh" in err and "nothing written" in err
    assert not any(word in err for word in ("Smith", "Roe", "MRI"))
    assert not out.exists() and not (tmp_path / "o.csv.partial").exists()

    mixed = tmp_path / "mixed"  # a folder: the text file and one good message
    mixed.mkdir()
    (mixed / "notes.hl7").write_bytes(notes.read_bytes())
    (mixed / "good.hl7").write_bytes(_oru("M1", "ACC1", "No acute intracranial hemorrhage."))
    code, _, err = _run_cli(["label", str(mixed), "--out", str(out), "--model", str(tiny_artifact)], capsys)
    assert code == 0, err
    assert "labeled 1 report(s)" in err and "1 bad row(s)" in err and "no_msh" in err
    assert len(list(csv.DictReader(out.open()))) == 1


def test_hl7_from_the_synthetic_feed_scores_like_the_jsonl_text(
    scorer: Scorer, reports: list, tmp_path: Path
) -> None:
    """The synthetic ORU feed (three OBX layouts, a FHS/BHS batch with an ADT inside) scores exactly like the
    same reports' plain text: the HL7 path extracts the impression the JSONL path normalizes."""
    from triage.offline.synth.oru import LAYOUTS, narrative, render_adt, render_batch, render_oru, write_hl7

    folder = tmp_path / "feed"
    write_hl7(reports[:20], folder)  # one file per report
    batch = [
        render_oru(r, control_id=r.id, layout=LAYOUTS[i % len(LAYOUTS)]) for i, r in enumerate(reports[20:])
    ]
    batch.insert(5, render_adt(reports[0], control_id="ADT-1"))
    (folder / "zz_batch.hl7").write_bytes(render_batch(batch))
    summary = label_file(_core(scorer), folder, tmp_path / "out.csv", progress=False)
    assert (summary.scored, summary.bad, summary.skipped) == (40, 0, 1)
    with (tmp_path / "out.csv").open(newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [row["control_id"] for row in rows] == [r.id for r in reports]
    assert [row["accession"] for row in rows] == [r.accession for r in reports]
    # the ORU carries the narrative (demographics go to PID, not OBX): score the same text as JSONL. Where
    # the narrative has no conclusion heading (notes), the HL7 path reads the feed's own OBX sections (the
    # findings OBX, an addendum OBX appended after the main text: its documented rule), so only those may
    # differ.
    via_text = scorer.score_tokens([normalize_report(narrative(r)) for r in reports])
    got = np.array([float(row["probability"]) for row in rows])
    same = np.abs(got - via_text) < 1e-6
    assert same.sum() >= 36, same
    for r, ok in zip(reports, same, strict=True):
        if not ok:
            assert extract_impression(narrative(r))[1] == "fallback_full"


def test_label_reads_the_site_conclusion_headings_like_the_daemon(
    tiny_artifact: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    src = tmp_path / "in.jsonl"
    text = "FINDINGS: Dense focus, possible hemorrhage vs calcium.\nASSESSMENT: Calcified. No hemorrhage."
    src.write_text(json.dumps({"text": text}) + "\n")
    for headings, assertion in ((None, "uncertain"), ("ASSESSMENT", "negated")):
        if headings:
            monkeypatch.setenv("TRIAGE_CONCLUSION_HEADINGS", headings)
        out = tmp_path / f"out-{assertion}.jsonl"
        code, _, err = _run_cli(
            ["label", str(src), "--out", str(out), "--model", str(tiny_artifact), "-q"], capsys
        )
        assert code == 0, err
        assert json.loads(out.read_text())["rule_assertion"] == assertion


def test_label_huge_cells_and_deep_json_are_rows_not_tracebacks(
    tiny_artifact: Path, reports: list, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from triage.config import Settings
    from triage.offline.tables import CSV_FIELD_LIMIT

    # the cap is the daemon's largest message: what the daemon decides can be labeled
    assert Settings.model_fields["max_message_bytes"].default == CSV_FIELD_LIMIT
    long_report = reports[0].text + " no acute findings." * (200_000 // 19)  # 200 K: past csv's 131,072
    src = tmp_path / "in.csv"
    with src.open("w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["id", "text"])
        writer.writerows([["a", reports[1].text], ["b", long_report], ["c", "x" * (CSV_FIELD_LIMIT + 1)]])
        writer.writerow(["d", reports[2].text])
    code, _, err = _run_cli(
        ["label", str(src), "--out", str(tmp_path / "o.csv"), "--model", str(tiny_artifact), "-q"], capsys
    )
    assert code == 0 and "Traceback" not in err, err
    line = 2 + reports[1].text.count("\n") + 1 + long_report.count("\n") + 1  # the line row c starts on
    assert f"in.csv:{line}: a field is longer than {CSV_FIELD_LIMIT:,} characters" in err
    assert "labeled 3 report(s)" in err and "1 bad row(s)" in err
    assert [r["id"] for r in csv.DictReader((tmp_path / "o.csv").open())] == ["a", "b", "d"]

    deep = tmp_path / "deep.jsonl"
    deep.write_text(json.dumps({"text": reports[1].text}) + "\n" + "[" * 100_000 + "]" * 100_000 + "\n")
    code, _, err = _run_cli(
        ["label", str(deep), "--out", str(tmp_path / "d.csv"), "--model", str(tiny_artifact), "-q"], capsys
    )
    assert code == 0 and "Traceback" not in err, err
    assert "deep.jsonl:2: JSON nested too deeply" in err and "1 bad row(s)" in err
    deep.write_text("[" * 100_000 + "]" * 100_000 + "\n")  # no readable row at all: one error line on it
    code, _, err = _run_cli(
        ["label", str(deep), "--out", str(tmp_path / "e.csv"), "--model", str(tiny_artifact), "-q"], capsys
    )
    assert (
        code == 2
        and err.strip()
        == f"triage: error: {deep}:1: JSON nested too deeply; the rest of the array is not read "
        "(no readable row in the file)"  # a file that starts with "[" is one JSON array (tables)
    )


@pytest.mark.process
@pytest.mark.timeout(120)
@pytest.mark.parametrize("bad", ["policy", "exists", "folder"])
def test_label_refuses_a_bad_policy_or_output_before_importing_the_model(
    bad: str, tiny_artifact: Path, reports: list, tmp_path: Path
) -> None:
    """`--policy bogus` and an existing `--out` were told only after torch/gensim were imported and the model
    loaded (10-14 s); `-o /nonexistent/dir/x.csv` silently created the folders."""
    import subprocess
    import sys

    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"text": reports[0].text}) + "\n")
    out = tmp_path / ("missing/deeper/o.csv" if bad == "folder" else "o.csv")
    if bad == "exists":
        out.write_text("keep me\n")
    policy = "bogus" if bad == "policy" else "ensemble"
    code = (
        "import sys\n"
        "from triage.cli import main\n"
        "try:\n"
        f"    main(['label', {str(src)!r}, '-o', {str(out)!r}, '--model', {str(tiny_artifact)!r},"
        f" '--policy', {policy!r}])\n"
        "except SystemExit as exc:\n"
        "    print('exit', exc.code, 'torch' in sys.modules, flush=True)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=100)
    assert done.stdout.strip() == "exit 2 False", (done.stdout, done.stderr)
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("triage: error:"), done.stderr
    assert {"policy": "bogus", "exists": "already exists", "folder": "does not exist"}[bad] in lines[0]
    assert not (tmp_path / "missing").exists()
    if bad == "exists":
        assert out.read_text() == "keep me\n"


@pytest.mark.process
@pytest.mark.timeout(120)
@pytest.mark.parametrize("sig", ["SIGTERM", "SIGINT"])
def test_label_sigterm_removes_its_partial_output_and_a_stale_one_does_not_block(
    tiny_artifact: Path, reports: list, tmp_path: Path, sig: str
) -> None:
    """SIGTERM left `OUT.partial` (0 bytes) behind. Now: exit 143, one line, no partial; a `.partial` a
    SIGKILL left behind is overwritten by the next run."""
    import os
    import signal
    import subprocess
    import sys
    import time

    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"text": r.text}) + "\n" for r in reports) * 500)  # 20000 rows
    out = tmp_path / "o.csv"
    partial = tmp_path / "o.csv.partial"
    argv = [
        sys.executable,
        "-m",
        "triage.cli",
        "label",
        str(src),
        "-o",
        str(out),
        "--model",
        str(tiny_artifact),
    ]
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRIAGE_")}
    # a suite started in the background ignores SIGINT and so would the child: it gets the default back
    # (Python then installs its KeyboardInterrupt handler), as a terminal's Ctrl-C finds it
    proc = subprocess.Popen(
        [*argv, "-q", "--batch-size", "8"],
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    try:
        # signal once rows are being written (the first buffered rows reached the file): a signal that
        # arrives while a library is still being imported can be swallowed by that library's own
        # `except:` around an optional import, which is not what this test is about
        deadline = time.monotonic() + 60
        while proc.poll() is None and time.monotonic() < deadline:
            if partial.exists() and partial.stat().st_size > 0:
                break
            time.sleep(0.05)
        assert partial.exists() and partial.stat().st_size > 0 and proc.poll() is None
        t0 = time.monotonic()
        proc.send_signal(signal.Signals[sig])  # SIGINT: Ctrl-C ended it at 130 without a word
        _, err = proc.communicate(timeout=30)
        took = time.monotonic() - t0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 128 + signal.Signals[sig], err
    assert err.strip() == f"triage: stopped ({sig}); {out} not written", err
    assert took < 10, took
    assert not partial.exists() and not out.exists()
    partial.write_text("")  # as a SIGKILL leaves it
    src.write_text(json.dumps({"text": reports[0].text}) + "\n")
    done = subprocess.run([*argv, "-q"], capture_output=True, text=True, env=env, timeout=100)
    assert done.returncode == 0, done.stderr
    assert not partial.exists() and len(list(csv.DictReader(out.open()))) == 1


def test_invalid_jsonl_row_names_the_column_once(tmp_path: Path) -> None:
    """json's own message may end in "at" ("Invalid control character at"): one "at" in the reason."""
    from triage.offline.tables import iter_rows

    src = tmp_path / "in.jsonl"
    src.write_text('{"text": "a\tb"}\n{"text": "open', encoding="utf-8")  # the last line unterminated
    reasons = [row.error for row in iter_rows(src, "jsonl")]
    assert reasons == [
        "invalid JSON (Invalid control character at column 12)",
        "invalid JSON (Unterminated string starting at column 10)",
    ]


def test_problem_lines_wait_for_a_decided_report(scorer: Scorer, tmp_path: Path) -> None:
    """Problem lines are passed on only once a report is decided: rows read fine that the core then refuses
    (report_too_long) do not count, so a file of which no report is decided is one error and no lines."""
    long = "Acute subdural hematoma along the left convexity."
    core = DecisionCore(scorer, PipelineSettings(max_report_chars=len("No hemorrhage.")))
    rows = ["{not json", json.dumps({"text": long}), json.dumps({"text": long})]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(rows) + "\n")
    problems: list[str] = []
    with pytest.raises(InputFileError, match="no report could be read, all 3 row"):
        label_file(core, src, tmp_path / "none.jsonl", progress=False, on_problem=problems.append)
    assert problems == []
    src.write_text("\n".join([*rows, json.dumps({"text": "No hemorrhage."}), "{bad"]) + "\n")
    summary = label_file(core, src, tmp_path / "one.jsonl", progress=False, on_problem=problems.append)
    assert summary.scored == 1
    assert [p.split(":")[1] for p in problems] == ["1", "5", "2", "3"], problems  # read, then decided


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (b"MSH|^~\\&|RIS|H|TRIAGE|H|20240101||ORU^R01|C1|P|2.5.1\r", "hl7"),
        (b"\x0bMSH|^~\\&|RIS|H\r", "hl7"),  # an MLLP capture
        (b"\xef\xbb\xbf\r\nFHS|^~\\&|RIS\rBHS|^~\\&|RIS\r", "hl7"),  # a batch file with a byte-order mark
        (b'{"text": "IMPRESSION: invented, no bleed.", "label": 0}\n', "jsonl"),
        (b"MSH10,text,label\nC1,IMPRESSION: invented,0\n", "csv"),  # a column named MSH10 is no HL7
        (b"text;label\nIMPRESSION: invented;0\n", "csv"),
    ],
)
def test_standard_input_redirected_from_a_file_is_told_by_its_first_bytes(
    tmp_path: Path, head: bytes, kind: str
) -> None:
    """`triage label - --out x.jsonl < msg.hl7`: a redirected file has no extension, and HL7 was read as a
    CSV ("has no column 'text' ... its first line does not read as column names"); its first bytes tell."""
    import gzip

    from triage.offline.labeling import input_format

    stdin = tmp_path / "stdin"  # what `-` is when a file is redirected into it: a regular file, no extension
    stdin.write_bytes(head)
    assert input_format(stdin) == kind
    stdin.write_bytes(gzip.compress(head))  # `< feed.hl7.gz`: read as the file it holds
    assert input_format(stdin) == kind
