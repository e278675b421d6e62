"""Synthetic corpus: exact prevalence, determinism, label noise, coverage, writers and CLI
(triage.offline.synth)."""

from __future__ import annotations

import csv
import json
from collections import Counter

import pytest

from triage.cli import main
from triage.errors import ConfigError
from triage.offline.synth import body as B
from triage.offline.synth import findings as F
from triage.offline.synth import layouts as L
from triage.offline.synth import vocab as V
from triage.offline.synth.corpus import (
    FIELD_NAMES,
    KINDS,
    LAYOUTS,
    NEGATIVE_CATEGORIES,
    SUBTYPES,
    generate_reports,
    read_jsonl,
    write_csv,
    write_jsonl,
)
from triage.text import extract_impression, normalize_impression, normalize_report


@pytest.fixture(scope="module")
def corpus():
    return generate_reports(3000, seed=11)


@pytest.mark.parametrize(("n", "rate"), [(3000, 0.147), (1001, 0.5), (7, 0.147), (10, 0.0), (10, 1.0)])
def test_prevalence_is_exact(n, rate):
    reports = generate_reports(n, positive_rate=rate, seed=2)
    assert len(reports) == n
    assert sum(r.true_label for r in reports) == round(n * rate)
    assert all(r.label == r.true_label for r in reports)


def test_default_prevalence_is_the_papers(corpus):
    assert sum(r.true_label for r in corpus) == round(3000 * 0.147)


def test_same_seed_same_output_other_seed_differs():
    a, b, c = (generate_reports(300, seed=s) for s in (5, 5, 6))
    assert a == b
    assert [r.text for r in a] != [r.text for r in c]
    assert [r.true_label for r in a] != [r.true_label for r in c]


def test_label_noise_flips_labels_and_keeps_truth():
    clean = generate_reports(2000, seed=9)
    noisy = generate_reports(2000, seed=9, label_noise=0.1)
    assert [r.text for r in clean] == [r.text for r in noisy]  # noise touches labels only
    assert [r.true_label for r in clean] == [r.true_label for r in noisy]
    flipped = sum(r.label != r.true_label for r in noisy)
    assert flipped == 200
    assert all(r.label in (0, 1) for r in noisy)


def test_all_subtypes_categories_and_kinds_present(corpus):
    positives = Counter(r.subtype for r in corpus if r.true_label)
    negatives = Counter(r.category for r in corpus if not r.true_label)
    assert set(positives) == set(SUBTYPES)
    assert set(negatives) == set(NEGATIVE_CATEGORIES)
    assert all(r.subtype == "none" for r in corpus if not r.true_label)
    assert all(r.category == "positive" for r in corpus if r.true_label)
    assert {r.kind for r in corpus if r.true_label} == set(KINDS) - {"body"}  # non-head: negatives only
    assert {r.kind for r in corpus if not r.true_label} == set(KINDS)
    assert all(r.category == "non_head" for r in corpus if r.kind == "body")


def _share(reports, pred) -> float:
    return sum(map(pred, reports)) / len(reports)


def test_layouts_and_kinds_do_not_depend_on_the_label(corpus):
    pos = [r for r in corpus if r.true_label and r.kind != "body"]
    neg = [r for r in corpus if not r.true_label and r.kind != "body"]
    assert set(Counter(r.layout for r in corpus)) == set(LAYOUTS)
    for layout in LAYOUTS:
        p = sum(r.layout == layout for r in pos) / len(pos)
        n = sum(r.layout == layout for r in neg) / len(neg)
        assert abs(p - n) < 0.05, (layout, p, n)
    for kind in ("head", "multi", "note"):
        p = sum(r.kind == kind for r in pos) / len(pos)
        n = sum(r.kind == kind for r in neg) / len(neg)
        assert abs(p - n) < 0.06, (kind, p, n)


def test_headed_layouts_are_found_and_findings_only_falls_back(corpus):
    """The classic layouts keep the paper's headings (a sentence such as "FINDINGS CONSISTENT WITH ..." in an
    all-caps report can still confuse a splitter, so: nearly all); FINDINGS-only has no conclusion heading."""
    headed = [r for r in corpus if r.layout in L.HEADED_LAYOUTS]
    found = _share(headed, lambda r: extract_impression(r.text)[1] == "heading")
    assert found > 0.97, found
    for r in corpus:
        if r.layout == "findings_only":
            assert extract_impression(r.text)[1] != "heading", (r.id, r.layout)


def test_layout_shapes(corpus):
    by_layout = {r.layout: r.text for r in corpus}
    assert ",FINDINGS:, " in by_layout["glued"] or ",findings:, " in by_layout["glued"].lower()
    assert "**" in by_layout["markdown"] or "## " in by_layout["markdown"]
    assert "\nIMP: " in by_layout["imp"] and "CONCLUSION" in by_layout["conclusion_dash"].upper()
    narrative = by_layout["single_line"].split("\n\n", 1)[1].splitlines()
    assert len(narrative) == 2  # the narrative, then the signature
    assert "HX:" in by_layout["note"].upper() and "COURSE" in by_layout["note"].upper()


def test_note_results_come_late(corpus):
    """Notes put the imaging result after a long history: beyond the paper's first 50 tokens."""
    from triage.text import tokenize

    notes = [r for r in corpus if r.kind == "note"]
    assert len(notes) > 200
    late = 0
    for r in notes:
        tokens = tokenize(r.text.split("\n\n", 1)[1])
        first = next(i for i, t in enumerate(tokens) if t in ("ct", "mri", "radiology", "imaging"))
        late += first >= 50
    assert late / len(notes) > 0.5


def test_reports_have_identifiers(corpus):
    for r in corpus[:200]:
        assert r.patient_family.upper() in r.text.upper() or r.patient_family in r.text
        assert r.radiologist.split(",")[0].upper() in r.text.upper()
        assert r.sex in "MF" and 18 <= r.age <= 99
    assert len({r.accession for r in corpus}) == len(corpus)
    assert len({r.id for r in corpus}) == len(corpus)


def test_noise_present(corpus):
    text = "\n".join(r.text for r in corpus)
    for abbreviation in ("SAH", "SDH", "IPH", "IVH", "EDH", "BGH (basal ganglia hemorrhage)"):
        assert abbreviation in text
    assert any(w in text for w in ("hemorrage", "hemmorhage", "hemorhage"))
    for wording in ("haemorrhage", "bleeding", "blood products", "hyperdense extra-axial collection"):
        assert wording in text.lower(), wording


def _phrase_bank_words() -> set[str]:
    """Every word the report templates themselves use (a surname like Gray is also a word: gray matter)."""
    words: set[str] = set()

    def add(value: object) -> None:
        if isinstance(value, str):
            words.update(normalize_impression(value.replace("{", " ").replace("}", " ")))
        elif isinstance(value, dict):
            for v in value.values():
                add(v)
        elif isinstance(value, tuple | list):
            for v in value:
                add(v)

    for module in (V, F, B, L):
        for name, value in vars(module).items():
            if name.isupper() and "NAMES" not in name:
                add(value)
    return words


def test_identifiers_do_not_survive_normalization(corpus):
    bank = _phrase_bank_words()
    checked = 0
    for r in corpus[:500]:
        tokens = set(normalize_report(r.text))
        for name in (r.patient_family, r.patient_given, *r.radiologist.replace(",", "").split()[:2]):
            if name.lower() not in bank:
                checked += 1
                assert name.lower() not in tokens, (r.id, name)
    assert checked > 1500


def test_bad_arguments_raise_config_error():
    for kwargs in ({"positive_rate": 1.5}, {"positive_rate": -0.1}, {"label_noise": 2.0}):
        with pytest.raises(ConfigError):
            generate_reports(10, **kwargs)
    with pytest.raises(ConfigError):
        generate_reports(-1)


def test_jsonl_and_csv_writers_round_trip(tmp_path, corpus):
    sample = corpus[:50]
    assert write_jsonl(sample, tmp_path / "c.jsonl") == 50
    assert read_jsonl(tmp_path / "c.jsonl") == sample
    first = json.loads((tmp_path / "c.jsonl").read_text().splitlines()[0])
    assert tuple(first) == FIELD_NAMES
    assert write_csv(sample, tmp_path / "c.csv") == 50
    with (tmp_path / "c.csv").open(newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [row["text"] for row in rows] == [r.text for r in sample]
    assert [int(row["label"]) for row in rows] == [r.label for r in sample]


def test_cli_writes_corpus(tmp_path):
    out = tmp_path / "corpus.jsonl"
    with pytest.raises(SystemExit) as exc:
        main(
            [
                "synth",
                "--n",
                "40",
                "--positive-rate",
                "0.25",
                "--label-noise",
                "0.1",
                "--seed",
                "4",
                "--out",
                str(out),
            ]
        )
    assert exc.value.code == 0
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(rows) == 40 and sum(r["true_label"] for r in rows) == 10
    assert sum(r["label"] != r["true_label"] for r in rows) == 4
    assert [r["text"] for r in rows] == [r.text for r in generate_reports(40, positive_rate=0.25, seed=4)]


def test_cli_bad_values_give_one_line(tmp_path, capsys):
    for args in (["--positive-rate", "1.2"], ["--label-noise", "-1"], ["--n", "-3"]):
        with pytest.raises(SystemExit) as exc:
            main(["synth", *args, "--out", str(tmp_path / "x.jsonl")])
        assert exc.value.code == 2
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and err[0].startswith("triage: error:"), err
    with pytest.raises(SystemExit) as exc:
        main(["synth", "--n", "3", "--out", str(tmp_path / "missing" / "x.jsonl")])
    assert exc.value.code == 2


@pytest.mark.parametrize("name", ["corpus.csv.gz", "corpus.jsonl.gz", "corpus.csv"])
def test_cli_writes_what_the_name_says_and_train_reads_it_back(tmp_path, name):
    """`--out x.csv.gz` was plain JSON lines: the format now follows the name (as `label` names its output)
    when --format is not given, and a name ending in .gz is written gzip'd; the shared table reader (what
    `train` reads) gets the same reports back."""
    import gzip

    from triage.offline.tables import iter_texts, table_format

    out = tmp_path / name
    with pytest.raises(SystemExit) as exc:
        main(["synth", "--n", "30", "--seed", "5", "--out", str(out)])
    assert exc.value.code == 0
    raw = out.read_bytes()
    assert raw.startswith(b"\x1f\x8b") == name.endswith(".gz")
    text = gzip.decompress(raw).decode() if name.endswith(".gz") else raw.decode()
    assert text.startswith("{" if table_format(out) == "jsonl" else "id,")
    back = list(iter_texts(out, labeled=True))
    want = generate_reports(30, seed=5)
    assert [(r.text, r.label) for r in back] == [(r.text, r.true_label) for r in want]


def test_cli_refuses_gzip_hl7(tmp_path, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["synth", "--n", "3", "--format", "hl7", "--out", str(tmp_path / "feed.hl7.gz")])
    assert exc.value.code == 2 and "not gzip'd" in capsys.readouterr().err
