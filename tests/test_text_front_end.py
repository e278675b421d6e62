"""norm-2: conclusion headings wherever they stand, windows over the whole text, calibration."""

from __future__ import annotations

import numpy as np
import pytest

from triage.model.embeddings import UNK_ID
from triage.model.windowing import WindowSpec, encode_windows, reduce_max
from triage.offline.calibration import fit_platt, saturated
from triage.text import extract_conclusion, extract_impression, split_sections, window_starts, windows
from triage.text.sections import SOURCE_FALLBACK_FINDINGS, SOURCE_FALLBACK_FULL, SOURCE_HEADING


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # comma-glued sections, the conclusion heading followed by ":,"
        (
            "TECHNIQUE:, Axial images.,FINDINGS:, Ventricles normal.,IMPRESSION:, Normal study.",
            "Normal study.",
        ),
        # inline after a period, heading with a space before the colon and a comma after
        (
            "Fell from a ladder.,IMPRESSION : , Thin left subdural collection.",
            "Thin left subdural collection.",
        ),
        # lower case, inline
        ("findings: stable. impression: no change.", "no change."),
        # dash instead of colon
        ("Findings unremarkable.\nCONCLUSION - Normal brain.", "Normal brain."),
        # bare capitals without punctuation
        ("Ventricles normal. IMPRESSION Tiny right SDH.", "Tiny right SDH."),
        # markdown
        ("**Findings:** ok\n\n**Impression:** Small IVH.\n\n**Recommendation:** none", "Small IVH."),
        ("## IMP\n1. Acute EDH.\n2. Skull fracture.", "1. Acute EDH.\n2. Skull fracture."),
        # plural and FINAL forms
        ("FINAL IMPRESSIONS: Stable.", "Stable."),
        # an addendum after the conclusion belongs to it
        (
            "IMPRESSION: Normal.\nADDENDUM: On review a small SAH is present.",
            "Normal.\nAddendum: On review a small SAH is present.",
        ),
        # ... and so does one written above the original report
        (
            "ADDENDUM: On re-review a thin right SDH is present.\n\nORIGINAL REPORT:\nFINDINGS: Normal."
            "\nIMPRESSION: No acute abnormality.",
            "On re-review a thin right SDH is present.\nNo acute abnormality.",
        ),
    ],
)
def test_conclusion_headings_are_found_wherever_they_stand(text: str, expected: str) -> None:
    assert extract_impression(text) == (expected, SOURCE_HEADING)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "IMPRESSION: No fracture.\nICH: small left frontal hemorrhage.",
            "ICH: small left frontal hemorrhage.",
        ),
        ("IMPRESSION: Normal ventricles. NOTE: thin SDH on coronals.", "NOTE: thin SDH on coronals."),
        ("IMPRESSION: SAH: Negative. SDH: Positive, right. EDH: Negative.", "SDH: Positive, right."),
    ],
)
def test_capital_labels_inside_a_conclusion_stay_in_it(text: str, expected: str) -> None:
    found, source = extract_impression(text + "\nRECOMMENDATION: follow-up CT.")
    assert source == SOURCE_HEADING and expected in found and "follow-up" not in found


def test_a_conclusion_that_refers_back_reads_the_findings() -> None:
    text = "FINDINGS: Thin right subdural collection, hyperdense.\nIMPRESSION: As described above."
    found, source = extract_impression(text)
    assert source == "heading+findings" and found.startswith("Thin right subdural") and "above" in found
    assert extract_impression("FINDINGS: x.\nIMPRESSION: Small SAH.")[1] == SOURCE_HEADING


@pytest.mark.timeout(60)
@pytest.mark.parametrize("blank", [" ", "\n", " \t", ". "])
def test_long_blank_runs_do_not_hang_the_section_finder(blank: str) -> None:
    """A run of blanks once made the heading regexes backtrack quadratically (a 2 KB HL7 message stalled the
    consumer for minutes; 200,000 blanks would take hours). Linear now: it finishes at once, or times out."""
    text = "IMPRESSION: Acute subdural hematoma." + blank * 100_000 + "Stable. IMPRESSION" + blank * 100_000
    found, source = extract_impression(text)
    assert source == SOURCE_HEADING and found.startswith("Acute subdural hematoma.")


def test_prose_is_not_a_heading() -> None:
    # "impression" in prose, and capital HISTORY without a colon, must not cut the text
    text = "The clinical impression of the team was migraine. HISTORY OF PRIOR SAH NOTED."
    assert extract_impression(text) == (text, SOURCE_FALLBACK_FULL)
    assert extract_impression("Clinical impression: headache. Findings: small SDH.") == (
        "small SDH.",
        SOURCE_FALLBACK_FINDINGS,
    )


def test_site_headings_are_configurable() -> None:
    text = "Findings: stable.\nASSESSMENT: New parenchymal bleed."
    assert extract_impression(text)[1] == SOURCE_FALLBACK_FINDINGS
    assert extract_impression(text, ["Assessment"]) == ("New parenchymal bleed.", SOURCE_HEADING)


def test_case_summaries_without_conclusion_are_read_whole() -> None:
    text = "CC: Dizziness. HX: None. EXAM: Normal. COURSE: CT then showed a small bleed."
    assert extract_impression(text) == (text, SOURCE_FALLBACK_FULL)


@pytest.mark.parametrize("n", [0, 1, 49, 50, 51, 75, 76, 120, 1000])
def test_windows_cover_every_token_and_every_short_run(n: int) -> None:
    starts = window_starts(n, 50, 25, 64)
    covered = set()
    for s in starts:
        covered.update(range(s, min(n, s + 50)))
    assert covered == set(range(n))
    if n > 50:
        assert starts[-1] == n - 50  # the last window ends at the end (conclusions come last)
        # any run of 26 consecutive tokens lies inside one window
        for first in range(n - 25):
            assert any(s <= first and first + 26 <= s + 50 for s in starts)


def test_window_cap_keeps_the_first_and_the_last() -> None:
    starts = window_starts(10_000, 50, 25, 8)
    assert len(starts) == 8 and starts[:7] == [0, 25, 50, 75, 100, 125, 150] and starts[-1] == 9_950
    with pytest.raises(ValueError):
        window_starts(10, 50, 60, 4)
    assert [list(w) for w in windows(["a", "b", "c"], 2, 1, 10)] == [["a", "b"], ["b", "c"]]


def test_encoded_windows_unknown_words_are_not_padding_and_the_max_decides() -> None:
    vocab = {"bleed": 2, "no": 3}
    docs = [["no", "zebra"], ["zebra"] * 60 + ["bleed"], []]
    data = encode_windows(docs, vocab, WindowSpec(50, 25, 64))
    assert data.counts.tolist() == [1, 2, 1]  # 61 tokens: windows at 0 and 11
    assert data.ids[0].tolist()[-2:] == [3, UNK_ID] and data.ids[0][:48].tolist() == [0] * 48
    assert data.ids[-1].tolist() == [0] * 50  # an empty report is one all-padding window
    assert UNK_ID in data.ids[2].tolist() and 2 in data.ids[2].tolist()  # the last window holds "bleed"
    scores = np.array([0.1, 0.2, 0.9, 0.4], dtype=np.float32)
    best, which = reduce_max(scores, data.offsets)
    assert best.tolist() == pytest.approx([0.1, 0.9, 0.4]) and which.tolist() == [0, 1, 0]
    # an artifact without a window geometry reads its first window only (the paper)
    assert WindowSpec.from_manifest({"max_tokens": 50}) == WindowSpec(50, 50, 1)


def test_platt_calibration_keeps_order_and_stops_saturation_on_separable_scores() -> None:
    rng = np.random.default_rng(0)
    labels = np.r_[np.ones(100), np.zeros(900)].astype(np.int64)
    logits = np.r_[rng.normal(12, 1, 100), rng.normal(-12, 1, 900)]  # perfectly separable, huge margin
    a, b = fit_platt(logits, labels)
    assert a > 0
    calibrated = 1 / (1 + np.exp(-(a * logits + b)))
    raw = 1 / (1 + np.exp(-logits))
    assert saturated(raw) >= 90 and saturated(calibrated) == 0
    assert np.all(np.diff(calibrated[np.argsort(logits)]) >= 0)
    with pytest.raises(ValueError):
        fit_platt(logits[:100], labels[:100])


@pytest.mark.parametrize(
    "text",
    [
        "CT brain\nThere is a 7 mm acute subdural haematoma over the right convexity.\nImpression: As above.",
        "Head CT.\nIndication: fall.\nSmall left frontal contusion.\nCONCLUSION: see above",
        "Brain CT\nAcute SAH in the interpeduncular cistern.\nOPINION: As detailed.",
    ],
)
def test_a_pointer_conclusion_without_findings_heading_reads_the_body(text: str) -> None:
    """rules-11: "Impression: as above" with no FINDINGS heading was the whole scored text (no tokens: dead
    letter no_report_text); the body it points at is read with it."""
    found, source, findings = extract_conclusion(text)
    assert source == "heading+findings" and findings == ""
    assert (
        found.splitlines()[0] == text.splitlines()[0] and text.splitlines()[-1].split(":")[1].strip() in found
    )


def test_the_body_without_a_findings_heading_is_the_text_the_conclusion_leaves_out() -> None:
    text = (
        "Patient: DOE^JANE\nCT head 3/4.\nHistory: confusion.\n\n"  # a field ends at a blank line (fix3)
        "A 9 mm mixed-density subdural haematoma on the left.\n"
        "IMPRESSION: Atrophy.\nNOTE: unchanged.\nADDENDUM: none.\nElectronically signed by X"
    )
    found, source, body = extract_conclusion(text)
    assert source == SOURCE_HEADING and found == "Atrophy.\nNOTE: unchanged.\nAddendum: none."
    assert body == "CT head 3/4.\nA 9 mm mixed-density subdural haematoma on the left."
    # with a FINDINGS heading only the FINDINGS are the left-out text, as before
    assert extract_conclusion("History: x.\nFINDINGS: Small SDH.\nIMPRESSION: Atrophy.")[2] == "Small SDH."


@pytest.mark.parametrize("verb", ["TELEPHONED TO", "DISCUSSED WITH", "WERE CALLED TO", "COMMUNICATED TO"])
def test_a_capitals_communication_line_is_not_a_findings_heading(verb: str) -> None:
    text = (
        f"CT HEAD\nACUTE LEFT SUBDURAL HEMATOMA, 9 MM.\nFINDINGS {verb} DR X AT 0215.\nIMPRESSION: AS ABOVE."
    )
    names = [s.name for s in split_sections(text)]
    assert "findings" not in names and "impression" in names
    found, source, _ = extract_conclusion(text)
    assert source == "heading+findings" and "SUBDURAL HEMATOMA" in found
    assert [s.name for s in split_sections("FINDINGS\nNormal.\nIMPRESSION Small EDH")] == [
        "findings",
        "impression",
    ]


@pytest.mark.parametrize(
    ("text", "left_out"),
    [
        ("History: fall, bleed?\n\nVentricles normal.\nConclusion: normal CT.", "Ventricles normal."),
        (
            "Indication: ?SAH\nComparison: CT 2019 showed SDH.\n\nNormal brain.\nIMPRESSION: Normal.",
            "Normal brain.",
        ),
        ("EXAM: CT head for bleed\nNo mass.\nImpression: normal", "No mass."),
    ],
)
def test_the_body_leaves_out_the_request_lines(text: str, left_out: str) -> None:
    """The heading line of a history, indication, exam or comparison is the request, not the body; a
    history, indication or comparison runs on to a blank line (fix3: "Comparison: CT 2019.\nThat study
    showed SDH." is the prior study), the text after it is the body."""
    assert extract_conclusion(text)[2] == left_out


def test_an_addendum_after_the_conclusion_keeps_its_name() -> None:
    """rules-11: the rule tier reads a correction in an addendum as one ("Addendum: ... no haemorrhage"); an
    addendum standing first (above the report) has nothing before it to correct and stays bare."""
    text = "FINDINGS: x.\nIMPRESSION: Possible SDH.\nADDENDUM: artefact; no haemorrhage."
    assert extract_impression(text)[0] == "Possible SDH.\nAddendum: artefact; no haemorrhage."
    assert extract_impression("ADDENDUM: SAH seen.\nIMPRESSION: Normal.")[0] == "SAH seen.\nNormal."
