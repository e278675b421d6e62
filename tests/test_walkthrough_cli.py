"""A new user's walkthrough through `evaluate`, `label`, `train` and `replay`: one column rule for evaluate
and label checked before the model loads, bad rows summarized by reason, Excel-friendly CSV output, --out
protected by --force, no progress frames in logs, --unlabeled-encoding."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest

from triage.cli import main
from triage.offline.synth.corpus import generate_reports

TINY = [
    "--epochs", "1", "--lstm-units", "8", "--w2v-dim", "16", "--w2v-min-count", "2", "--w2v-epochs", "2",
    "--threads", "1", "--device", "cpu", "--threshold-policy", "youden", "-q",
]  # fmt: skip


def run_cli(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    out, err = capsys.readouterr()
    return int(exit_info.value.code or 0), out, err


@pytest.fixture
def site_model(tiny_artifact: Path, tmp_path: Path) -> Path:
    """The tiny model, as if trained with --text-field "Report Text" --label-field "ICH (Y/N)"."""
    model = tmp_path / "site-model"
    shutil.copytree(tiny_artifact, model)
    manifest = json.loads((model / "manifest.json").read_text())
    manifest.setdefault("hyperparameters", {}).update(text_field="Report Text", label_field="ICH (Y/N)")
    (model / "manifest.json").write_text(json.dumps(manifest))
    return model


def _jsonl(path: Path, n: int = 40, seed: int = 21) -> Path:
    reports = generate_reports(n, seed=seed)
    path.write_text("".join(json.dumps({"text": r.text, "label": r.label}) + "\n" for r in reports))
    return path


def test_evaluate_checks_columns_before_loading_the_model(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    model = tmp_path / "m"  # a manifest and nothing else: loading it would fail with another message
    model.mkdir()
    (model / "manifest.json").write_text(
        json.dumps({"hyperparameters": {"text_field": "Report Text", "label_field": "ICH (Y/N)"}})
    )
    data = tmp_path / "d.jsonl"
    data.write_text('{"body": "IMPRESSION: no bleed", "y": 0}\n')
    code, out, err = run_cli(["evaluate", str(model), str(data), "--out", str(tmp_path / "ev"), "-q"], capsys)
    assert code == 2 and out == "" and len(err.splitlines()) == 1
    assert "no column 'Report Text' (--text-field) and no column 'ICH (Y/N)' (--label-field)" in err
    assert "'body', 'y'" in err and not (tmp_path / "ev").exists()


def test_evaluate_and_label_share_one_column_rule(
    site_model: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # the challenge-set shape (text, label) works for a model trained on "Report Text": the fallback
    data = _jsonl(tmp_path / "challenge.jsonl")
    code, _, err = run_cli(
        ["evaluate", str(site_model), str(data), "--out", str(tmp_path / "ev"), "-q"], capsys
    )
    assert code == 0, err
    assert json.loads((tmp_path / "ev" / "metrics.json").read_text())["n"] == 40
    # label: the same rule; the model's own column when the file has it ...
    reports = generate_reports(6, seed=5)
    src = tmp_path / "todo.csv"
    with src.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Accession", "Report Text", "text"])
        writer.writerows([r.accession, r.text, "IMPRESSION: decoy"] for r in reports)
    model = ["--model", str(site_model), "-q"]
    code, _, err = run_cli(["label", str(src), "--out", str(tmp_path / "a.jsonl"), *model], capsys)
    assert code == 0, err
    rows = [json.loads(line) for line in (tmp_path / "a.jsonl").read_text().splitlines()]
    assert len(rows) == 6 and len({r["probability"] for r in rows}) > 1  # "Report Text", not the decoy
    # ... else `text`
    code, _, err = run_cli(["label", str(data), "--out", str(tmp_path / "b.jsonl"), *model], capsys)
    assert code == 0, err
    # neither: one line naming the trained column
    bare = tmp_path / "bare.jsonl"
    bare.write_text('{"body": "x"}\n')
    code, _, err = run_cli(["label", str(bare), "--out", str(tmp_path / "c.jsonl"), *model], capsys)
    assert code == 2 and err.splitlines() == [
        f"triage: error: {bare} has no column 'Report Text' (--text-field); its columns are: 'body'"
    ]


def test_many_unmapped_labels_are_summarized_with_the_values_found(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    reports = generate_reports(30, seed=3)
    path = tmp_path / "ris.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Report Text", "ICH"])
        writer.writerows([r.text.replace("\n", " "), "Y" if r.label else "N"] for r in reports)
    positives = sum(r.label for r in reports)
    code, _, err = run_cli(
        ["train", str(path), "--out", str(tmp_path / "m"), "--text-field", "Report Text",
         "--label-field", "ICH", *TINY],
        capsys,
    )  # fmt: skip
    lines = err.splitlines()
    assert code == 2
    assert [line.split(":")[1] for line in lines[:10]] == [str(n) for n in range(2, 12)]
    assert lines[10] == "... 20 more bad row(s) not listed; by reason:"
    assert lines[11] == f"{path}: 30 row(s): label ('ICH') maps to neither class"
    found = sorted([("N", 30 - positives), ("Y", positives)], key=lambda v: -v[1])
    assert lines[12] == (
        f"{path}: label values found: '{found[0][0]}' ({found[0][1]}), '{found[1][0]}' ({found[1][1]}); "
        f"pass --positive-values Y --negative-values N"
    )
    assert lines[13].startswith(f"triage: error: {path}: 30 bad row(s) (summarized above)")
    assert len(lines) == 14
    assert "IMPRESSION" not in err and "FINDINGS" not in err  # no report text


def test_label_csv_output_excel_friendly_and_out_protected(
    tiny_artifact: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    reports = generate_reports(30, seed=8)
    rows = [[r.accession, r.text] for r in reports]  # multi-line text: more lines than records
    for i in range(12, 24):
        rows[i][1] = ""  # 12 empty reports: 10 listed, then one line for the reason
    src = tmp_path / "todo.csv"
    with src.open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["Accession", "Report"])
        writer.writerows(rows)
    out = tmp_path / "labeled.csv"
    base = ["label", str(src), "--out", str(out), "--model", str(tiny_artifact), "--text-field", "Report"]
    code, _, err = run_cli(base, capsys)  # no -q: stderr is not a terminal, so no bar at all
    assert code == 0, err
    assert "\r" not in err and "labeling:" not in err
    lines = err.splitlines()
    assert sum("field 'Report' is empty; row skipped" in line for line in lines) == 10
    assert "todo.csv: 12 skipped: field 'Report' is empty" in lines
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # input had a BOM: so does the output (Excel)
    header = data[3:].split(b"\r\n")[0].decode()
    assert header.startswith("Accession;Report;probability;")
    with out.open(encoding="utf-8-sig", newline="") as handle:
        assert len(list(csv.DictReader(handle, delimiter=";"))) == 18

    # an existing --out is refused, unchanged, unless --force
    code, _, err = run_cli([*base, "-q"], capsys)
    assert code == 2 and err.splitlines() == [
        f"triage: error: --out {out} already exists; choose a new file, or pass --force to replace it"
    ]
    assert out.read_bytes() == data
    code, _, err = run_cli([*base, "-q", "--force", "--out-delimiter", "tab"], capsys)
    assert code == 0, err
    assert out.read_bytes()[3:].startswith(b"Accession\tReport\tprobability\t")

    # plain UTF-8 comma input: plain UTF-8 comma output
    plain = tmp_path / "plain.csv"
    plain.write_text("text\nIMPRESSION: no acute hemorrhage.\n", encoding="utf-8")
    plain_out = tmp_path / "p.csv"
    code, _, err = run_cli(
        ["label", str(plain), "--out", str(plain_out), "--model", str(tiny_artifact), "-q"], capsys
    )
    assert code == 0, err
    assert plain_out.read_bytes().startswith(b"text,probability,")


def test_label_progress_total_counts_records_not_lines(tmp_path: Path) -> None:
    from triage.offline.labeling import OUTPUT_FIELDS, _table_columns

    src = tmp_path / "r.csv"
    with src.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["text"])
        writer.writerows([r.text] for r in generate_reports(30, seed=2))
    assert src.read_text().count("\n") > 60
    _, total = _table_columns(src, "csv", "text", {n: n for n in OUTPUT_FIELDS})
    assert total == 30


def test_replay_out_is_not_silently_replaced(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "week.jsonl"
    out.write_text('{"kept": true}\n')
    base = ["replay", "--out", str(out), "--no-progress", "--model", str(tmp_path / "no-model")]
    code, _, err = run_cli(base, capsys)
    assert code == 2 and len(err.splitlines()) == 1
    assert f"--out {out} already exists" in err and "--resume" in err and "--force" in err
    for flag in ("--resume", "--force"):  # both get past the check (and then fail on the missing model)
        code, _, err = run_cli([*base, flag], capsys)
        assert code != 0 and "already exists" not in err
    assert out.read_text() == '{"kept": true}\n'


def test_train_unlabeled_encoding(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    labeled = _jsonl(tmp_path / "labeled.jsonl", n=80, seed=4)
    unlabeled = tmp_path / "more.csv"
    texts = [r.text.replace('"', "'") + " Dictated by Dr. Réné O’Neil." for r in generate_reports(40, seed=6)]
    unlabeled.write_bytes(("text\n" + "".join(f'"{t}"\n' for t in texts)).encode("cp1252"))
    args = ["train", str(labeled), "--out", str(tmp_path / "m"), *TINY, "--unlabeled", str(unlabeled)]
    code, _, err = run_cli(args, capsys)
    assert code == 2 and "is not UTF-8" in err
    code, _, err = run_cli([*args, "--unlabeled-encoding", "cp1252", "--force"], capsys)
    assert code == 0, err
    extra = json.loads((tmp_path / "m" / "manifest.json").read_text())["training_data"]["unlabeled"]
    assert extra["n_reports"] + extra["dropped_as_test_reports"] == 40
