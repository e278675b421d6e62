"""`triage train --site-labels FILE --site-cv K`: folds grouped by accession and stratified by label, and a
real (small) cross-validation whose per-fold numbers land in the manifest and site_cv.md."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import numpy as np
import pytest

from triage.cli import main
from triage.errors import ConfigError
from triage.offline.crossval import FoldSplit, site_folds

SITE = Path(__file__).parent / "data" / "site" / "site_reports.jsonl"


def test_folds_keep_a_study_together_and_hold_both_classes() -> None:
    rng = np.random.default_rng(3)
    keys, labels = [], []
    for study in range(60):  # a preliminary and a final read per study, some with an addendum
        label = int(rng.random() < 0.3)
        for _ in range(2 + int(rng.random() < 0.2)):
            keys.append(f"ACC{study}")
            labels.append(label)
    folds = site_folds(keys, np.asarray(labels), 5, seed=0)
    assert set(folds.tolist()) == set(range(5))
    fold_of: dict[str, int] = {}
    for key, fold in zip(keys, folds.tolist(), strict=True):
        assert fold_of.setdefault(key, fold) == fold  # no study in two folds
    y = np.asarray(labels)
    for fold in range(5):
        assert set(y[folds == fold].tolist()) == {0, 1}
    # the validation share inside the training folds is taken by accession too
    split = FoldSplit(folds, 2, 0, 0.15).split(keys)
    assert sorted(np.concatenate([split.train, split.val, split.test]).tolist()) == list(range(len(keys)))
    assert set(split.test.tolist()) == set(np.flatnonzero(folds == 2).tolist())
    val_keys = {keys[i] for i in split.val}
    assert val_keys and not val_keys & {keys[i] for i in split.train}


def test_too_few_bleeding_studies_for_the_folds_is_one_error() -> None:
    keys = [f"A{i}" for i in range(20)]
    labels = np.asarray([1, 1] + [0] * 18)
    with pytest.raises(ConfigError, match="2 study"):
        site_folds(keys, labels, 3, seed=0)
    with pytest.raises(ConfigError, match="at least 2 folds"):
        site_folds(keys, labels, 1, seed=0)


@pytest.mark.trained  # trains a network per fold
def test_train_cross_validates_the_site_labels(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from triage.offline.synth.corpus import generate_reports, write_jsonl

    synth = tmp_path / "synth.jsonl"
    write_jsonl(generate_reports(600, seed=5), synth)
    site = tmp_path / "site.csv"
    rows = [json.loads(x) for x in SITE.read_text().splitlines()]
    with site.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=["id", "accession", "text", "label"])
        writer.writeheader()
        for row in rows:
            writer.writerow({"id": row["id"], "accession": row["accession"], "text": row["text"],
                             "label": row["truth"]})  # fmt: skip
    out = tmp_path / "candidate"
    with pytest.raises(SystemExit) as exit_info:
        main(["train", str(synth), "--out", str(out), "--site-labels", str(site), "--site-cv", "3",
              "--site-cv-geometry", "same", "--epochs", "2", "--lstm-units", "16", "--w2v-dim", "32",
              "--w2v-min-count", "2", "--w2v-epochs", "3", "--threads", "1", "--device", "cpu",
              "-q"])  # fmt: skip
    err = capsys.readouterr().err
    assert exit_info.value.code == 0, err
    cv = json.loads((out / "manifest.json").read_text())["site_cv"]
    assert cv["folds"] == 3 and cv["geometry"] == "same" and cv["policy"] == "ensemble"
    folds = cv["per_fold"]
    assert [f["fold"] for f in folds] == [1, 2, 3]
    assert sum(f["reports"] for f in folds) == 40 and sum(f["positives"] for f in folds) == 17
    for f in folds:
        assert 0 < f["positives"] < f["reports"]
        assert 0.0 <= f["network_auc"] <= 1.0
        cm = f["confusion_matrix"]
        assert cm["tp"] + cm["fn"] + cm["tn"] + cm["fp"] == f["reports"] - f["undecided"]
        assert f["sensitivity"] == pytest.approx(cm["tp"] / (cm["tp"] + cm["fn"]))
    aucs = [f["network_auc"] for f in folds]
    assert cv["network_auc"]["mean"] == pytest.approx(np.mean(aucs))
    assert cv["network_auc"]["sd"] == pytest.approx(np.std(aucs, ddof=1))
    lo, hi = cv["network_auc"]["ci95"]
    assert lo <= cv["network_auc"]["mean"] <= hi
    assert cv["pooled"]["reports"] == 40 - sum(f["undecided"] for f in folds)
    assert "site CV fold 3/3" in err and "site CV (3 folds by accession" in err
    table = (out / "site_cv.md").read_text()
    assert table.count("\n| ") >= 5 and "pooled (Wilson 95 %)" in table


def test_site_cv_that_cannot_split_fails_before_training(tmp_path: Path, capsys) -> None:
    site = tmp_path / "site.csv"
    site.write_text("id,accession,text,label\n" + "".join(
        f"r{i},A{i},{'Acute subdural haematoma.' if i < 2 else 'No haemorrhage.'},{int(i < 2)}\n"
        for i in range(12)))  # fmt: skip
    synth = tmp_path / "synth.jsonl"
    synth.write_text('{"text": "x", "label": 0}\n')
    with pytest.raises(SystemExit) as exit_info:
        main(["train", str(synth), "--out", str(tmp_path / "m"), "--site-labels", str(site), "--site-cv", "5",
              "-q"])  # fmt: skip
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("triage: error: --site-cv 5") and not (tmp_path / "m").exists()
