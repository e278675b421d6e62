"""Shortcut audit (triage.offline.synth.shortcuts, `triage shortcuts`): corpus v2 passes, a planted shortcut
fails."""

from __future__ import annotations

import json
import math

import pytest

from triage.cli import main
from triage.offline.synth.corpus import generate_reports, write_jsonl
from triage.offline.synth.shortcuts import audit, format_table, load_lexicon


@pytest.fixture(scope="module")
def balanced():
    """6,000 reports, half positive: enough documents per class that a 1 % word is not noise."""
    return generate_reports(6000, positive_rate=0.5, seed=2024)


def test_v2_corpus_has_no_shortcut(balanced):
    offenders = audit([r.text for r in balanced], [r.true_label for r in balanced])
    assert offenders == [], "\n" + format_table(offenders)


def test_the_former_shortcuts_are_balanced(balanced):
    """v1 had sizes in 66 % vs 3 %, calls 55 % vs 4 %; v2 draws them before the label."""
    import re

    size = re.compile(r"\d\s*(?:mm|cm)\b")
    call = re.compile(r"(?i)discussed with|called to|communicated to|notified|relayed to|conveyed to")
    pos = [r.text for r in balanced if r.true_label]
    neg = [r.text for r in balanced if not r.true_label]
    for pattern in (size, call):
        p = sum(bool(pattern.search(t)) for t in pos) / len(pos)
        n = sum(bool(pattern.search(t)) for t in neg) / len(neg)
        assert p > 0.1 and n > 0.1 and max(p, n) / min(p, n) < 1.5, (pattern.pattern, p, n)


def test_audit_catches_a_planted_shortcut():
    texts = [f"IMPRESSION: No acute hemorrhage. Report {i}." for i in range(100)]
    texts += [f"IMPRESSION: Acute subdural hematoma, zebra. Report {i}." for i in range(100)]
    labels = [0] * 100 + [1] * 100
    offenders = audit(texts, labels)
    assert [o.token for o in offenders] == ["zebra"]
    (zebra,) = offenders
    assert zebra.df_positive == 1.0 and zebra.df_negative == 0.0 and math.isinf(zebra.ratio)
    assert zebra.favours == 1
    # the lexicon words differ between the classes too, and are allowed
    assert {"acute", "subdural", "hematoma"} - load_lexicon().tokens == {"acute"}


def test_thresholds_ratio_and_min_df():
    texts = ["apple"] * 4 + ["x"] * 96 + ["apple"] * 1 + ["x"] * 99
    labels = [1] * 100 + [0] * 100
    assert [o.token for o in audit(texts, labels, allowed=frozenset())] == ["apple"]  # 4 % vs 1 %
    assert audit(texts, labels, allowed=frozenset(), ratio=4.0) == []  # ratio must be exceeded
    assert audit(texts, labels, allowed=frozenset(), min_df=0.05) == []


def test_one_class_is_an_error():
    with pytest.raises(ValueError):
        audit(["a", "b"], [1, 1])


def test_lexicon_is_versioned_and_explains_its_cues():
    raw = json.loads(
        (__import__("importlib").resources.files("triage.data") / "ich_lexicon.json").read_text()
    )
    lex = load_lexicon()
    assert lex.version == raw["version"] and "hemorrhage" in lex.concepts
    assert all(isinstance(why, str) and why for why in raw["cues"].values())


def test_cli_passes_on_v2_and_fails_on_planted(tmp_path, capsys, balanced):
    good = tmp_path / "good.jsonl"
    write_jsonl(balanced, good)
    with pytest.raises(SystemExit) as exc:
        main(["shortcuts", str(good)])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    assert "0 offender(s)" in out and "df_pos" in out
    bad = tmp_path / "bad.jsonl"
    rows = [{"text": f"No bleed. case {i}", "label": 0} for i in range(50)]
    rows += [{"text": f"Acute bleed, measuring 9 mm. case {i}", "label": 1} for i in range(50)]
    bad.write_text("".join(json.dumps(r) + "\n" for r in rows))
    with pytest.raises(SystemExit) as exc:
        main(["shortcuts", str(bad)])
    assert exc.value.code == 1
    out = capsys.readouterr().out
    assert "mm" in out.split() and "acute" in out.split() and "bleed" not in out.split()
    assert "case" not in out  # never prints report text


@pytest.mark.parametrize("content", ["not json\n", '{"text": "x"}\n', '{"text": "x", "label": 1}\n', "\xff"])
def test_cli_bad_file_is_one_line(tmp_path, capsys, content):
    path = tmp_path / "c.jsonl"
    path.write_bytes(content.encode("latin-1"))
    with pytest.raises(SystemExit) as exc:
        main(["shortcuts", str(path)])
    assert exc.value.code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("triage: error:"), err


def test_cli_reads_csv_and_gzip_as_train_does(tmp_path, capsys):
    """A hospital's CSV export (here gzip'd, with Excel's byte-order mark and yes/no labels) is read by the
    shared table reader, as `triage train` reads it; before: "not JSON lines"."""
    import gzip

    path = tmp_path / "export.csv.gz"
    rows = "".join(f'"No bleed, case {i}.",no\r\n"Acute SDH, case {i}.",yes\r\n' for i in range(3))
    path.write_bytes(gzip.compress(("\ufefftext,label\r\n" + rows).encode("utf-8")))
    with pytest.raises(SystemExit) as exc:
        main(["shortcuts", str(path)])
    out = capsys.readouterr().out
    assert exc.value.code in (0, 1) and "6 reports (3 positive, 3 negative)" in out, out
    assert "case" not in out  # never prints report text
