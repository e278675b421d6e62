"""The paper's normalization, one step at a time (triage.text)."""

from __future__ import annotations

import re

import pytest

from triage.text import (
    MAX_TOKENS,
    NORMALIZATION_VERSION,
    STOP_WORDS,
    extract_impression,
    normalize_impression,
    normalize_report,
    split_sections,
    strip_identifiers,
)

REPORT = """PATIENT: DOE, JOHN    MRN: 1234567
AGE: 67    SEX: M
RADIOLOGIST: Jane Roe, MD    DATE: 03/04/2024    TIME: 14:32

CLINICAL HISTORY: fall, anticoagulated.
TECHNIQUE: Axial CT of the head without contrast.
FINDINGS: The ventricles are normal in size. Extensive calcification.
IMPRESSION:
1. Acute left subdural hematoma measuring 8 mm.
2. Mild mass effect.
Electronically signed by: Jane Roe, MD on 03/04/2024 15:02
"""


# ---- section extraction ------------------------------------------------------------------------------
def test_only_impression_text_is_kept():
    text, source = extract_impression(REPORT)
    assert source == "heading"
    assert "subdural hematoma" in text and "mass effect" in text
    for other in ("ventricles", "calcification", "anticoagulated", "Axial", "DOE", "signed"):
        assert other not in text


@pytest.mark.parametrize(
    "heading",
    ["IMPRESSION:", "Impression:", "IMPRESSIONS:", "CONCLUSION:", "Conclusions:", "SUMMARY:", "impression"],
)
def test_impression_heading_variants(heading):
    report = f"FINDINGS: normal ventricles.\n{heading}\nSmall right SAH.\nCOMPARISON: none."
    text, source = extract_impression(report)
    assert (text, source) == ("Small right SAH.", "heading")


def test_heading_text_on_same_line_and_next_heading_ends_it():
    text, _ = extract_impression("IMPRESSION: No bleed.\nRECOMMENDATION: clinical follow-up.")
    assert text == "No bleed."


def test_flattened_one_line_report():
    text, source = extract_impression("FINDINGS: Normal ventricles. IMPRESSION: Acute SDH. ")
    assert (text, source) == ("Acute SDH.", "heading")


def test_addenda_before_and_after_the_impression_are_included():
    """Many RIS put the addendum above the original report; one that changes the impression must count."""
    report = (
        "ADDENDUM: Small left SDH is seen.\nFINDINGS: x.\nIMPRESSION: No hemorrhage.\nADDENDUM: Called to ED."
    )
    text, _ = extract_impression(report)
    assert text.splitlines() == ["Small left SDH is seen.", "No hemorrhage.", "Addendum: Called to ED."]
    assert "x." not in text


def test_fallback_to_findings_then_full_text():
    assert extract_impression("TECHNIQUE: CT.\nFINDINGS: Small SAH.") == ("Small SAH.", "fallback_findings")
    assert extract_impression("Small SAH in the left sylvian fissure.") == (
        "Small SAH in the left sylvian fissure.",
        "fallback_full",
    )


def test_all_caps_prose_with_colon_is_not_a_heading():
    report = "IMPRESSION:\nACUTE SUBDURAL HEMATOMA: 8 MM THICK."
    text, _ = extract_impression(report)
    assert "8 MM THICK" in text


def test_split_sections_names():
    names = [s.name for s in split_sections(REPORT)]
    assert names[:3] == ["patient", "age", "radiologist"]
    assert "findings" in names and "impression" in names and names[-1] == "signature"


# ---- token steps -------------------------------------------------------------------------------------
def test_punctuation_removed_and_lowercased():
    assert normalize_impression("Acute SDH; (left)! Hemorrhage?:") == ["acute", "sdh", "left", "hemorrhage"]


def test_stop_words_removed_but_no_and_not_kept():
    tokens = normalize_impression("There is no evidence of a bleed and it is not seen in the brain")
    assert tokens == ["no", "evidence", "bleed", "not", "seen", "brain"]
    assert "no" not in STOP_WORDS and "not" not in STOP_WORDS and "the" in STOP_WORDS


def test_contracted_negation_becomes_not():
    assert normalize_impression("Hemorrhage isn't seen; we can't exclude it") == [
        "hemorrhage",
        "not",
        "seen",
        "not",
        "exclude",
    ]


def test_names_removed():
    cases = {
        "Findings discussed with Dr. John Smith, MD by phone": ["findings", "discussed", "phone"],
        "Called to DR. J. SMITH in the ED": ["called", "ed"],
        "Results communicated to Mary Jones": ["results", "communicated"],
        "Acute SDH. Electronically signed by Jane Roe, MD": ["acute", "sdh"],
        "Patient DOE^JANE has SAH": ["patient", "sah"],
    }
    for text, expected in cases.items():
        assert normalize_impression(text) == expected, text


def test_mr_and_ms_without_period_are_not_names():
    assert normalize_impression("MR Angiography recommended; MS Plaques") == [
        "mr",
        "angiography",
        "recommended",
        "ms",
        "plaques",
    ]


def test_dates_and_times_removed():
    text = (
        "Compared to 03/04/2024, 2023-11-02T10:30:00, March 4, 2024, 4 Mar 2024 and Jan 2020 "
        "at 14:32 and 2:30 p.m. on Monday at 1430 hours"
    )
    assert normalize_impression(text) == ["compared"]


def test_may_the_verb_is_not_a_date():
    assert normalize_impression("This may represent hemorrhage") == ["may", "represent", "hemorrhage"]


def test_ages_removed():
    for text in (
        "45-year-old man",
        "45 year old man",
        "45 yo man",
        "man age 45",
        "man aged 45 years",
        "45M man",
    ):
        assert normalize_impression(text) == ["man"], text
    assert strip_identifiers("a 45 years of age").split() == ["a"]


def test_numbers_dropped_units_kept():
    assert normalize_impression("SDH 8mm, 3.2 x 2.1 cm") == ["sdh", "mm", "x", "cm"]


def test_truncation_at_max_tokens():
    words = [f"word{chr(97 + i % 26)}{chr(97 + i // 26)}" for i in range(120)]
    assert MAX_TOKENS == 50
    assert normalize_impression(" ".join(words)) == words[:50]
    assert normalize_impression(" ".join(words[:7])) == words[:7]  # shorter input: no padding here


def test_normalize_report_combines_extraction_and_tokens():
    assert normalize_report(REPORT) == [
        "acute",
        "left",
        "subdural",
        "hematoma",
        "measuring",
        "mm",
        "mild",
        "mass",
        "effect",
    ]


def test_fallback_full_still_strips_identifiers():
    tokens = normalize_report(
        "Patient: John Doe\nDOB: 01/02/1950\nSmall SAH seen by Dr. Jones on 03/04/2024."
    )
    assert tokens == ["small", "sah", "seen"]


def test_version_is_a_string_and_output_is_deterministic():
    assert isinstance(NORMALIZATION_VERSION, str) and NORMALIZATION_VERSION
    assert normalize_report(REPORT) == normalize_report(REPORT)


# ---- the rules' shortcuts change nothing ----------------------------------------------------------------
def _strip_every_rule(text: str) -> str:
    """strip_identifiers without any shortcut: every rule run on every text (the reference)."""
    from triage.text import normalize as n

    text = n._SIGNATURE_LINE.sub(" ", text)
    text = n._FIELD_LINE.sub(" ", text)
    text = n._CARET_NAME.sub(" ", text)
    text = n._TITLED_NAME.sub(" ", text)
    text = n._COMM_NAME.sub(lambda m: m.group("verb") + " ", text)
    text = n._DATE.sub(" ", text)
    text = n._TIME.sub(" ", text)
    return n._AGE.sub(" ", text)


SHORTCUT_CASES = [
    "Discussed with Dr. Jane Smith, MD at 14:32 on 03/04/2024.",
    "FINDINGS DISCUSSED WITH JOHN DOE MD. NOTIFIED MARY ROE.",
    "Findings d/w Bob Jones RN; paged Dr Who; spoke with Ann Lee.",
    "Electronically signed by: Jane Roe, MD on 03/04/2024 15:02",
    "Report read by Dr. A. Smith. Thread-like density.",
    "E-SIGNED ON 2024-03-04",
    "Mrs. Smith and MRS. JONES; Miss Lee; Prof. Kahn; DOCTOR NO",
    "Patient: DOE^JOHN\nMRN: 123",
    # non-ASCII letters that IGNORECASE matches to ASCII ones: the lower-cased look-up must not skip them
    "Di\u017fcu\u017f\u017fed with John Doe.",  # long s
    "\u212anown finding. Notified Jane Roe.",  # Kelvin sign
    "\u0130nformed John Doe. Electronically \u017figned by Jane Roe",
    "Communicated to Jane Doe \u2014 no acute hemorrhage.",
    "no names, no dates: acute subdural hematoma",
    # the date regex without its month or weekday alternatives where they cannot match (normalize._dates)
    "Seen on March 4, 2024 and 4 Mar 2024; Sept. 2023, 1st of june 2022; decreased 5 mm since 12 Dec",
    "MAY 2024 and May 3rd; may 5 stays; JAN. 3; 2 FEBRUARY, 2021",
    "On Monday 3/4 and sunday 5/6; MONDAY 14:00; 3 days ago; 4 mm",
    "\u017fept 4, 2024 (long s); 3 \u017fEP 2023; Oct 4",
    "",
]


@pytest.mark.parametrize("text", SHORTCUT_CASES)
def test_strip_identifiers_shortcuts_give_what_every_rule_gives(text: str) -> None:
    """A rule is skipped only when the text lacks a word every one of its matches holds (looked for in
    the lower-cased text only when it is ASCII): the output is the reference's, to the character."""
    assert strip_identifiers(text) == _strip_every_rule(text)
    assert strip_identifiers(text.upper()) == _strip_every_rule(text.upper())


def test_strip_identifiers_shortcuts_on_the_synthetic_feed_and_the_held_out_texts() -> None:
    import json
    import sys
    from pathlib import Path

    from triage.offline.synth.corpus import generate_reports

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    from blind_sets import readable  # a blind held-out set is read by nothing before its measurement

    texts = [r.text for r in generate_reports(600, seed=3)]
    for path in readable(sorted((Path(__file__).parent / "data").glob("**/*.jsonl"))):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line) if line.strip() else {}
            texts += [v for v in row.values() if isinstance(v, str) and len(v) > 20]
    assert len(texts) > 2000
    assert [strip_identifiers(t) for t in texts] == [_strip_every_rule(t) for t in texts]


@pytest.mark.parametrize(
    "text", ["ACUTE SDH: 8 MM", "ACUTE SDH: 8 mm", "\u01c5 NOTE: X", "\u00aa NOTE: X", "123: 4", "É NOTE: x"]
)
def test_a_lower_case_letter_is_found_as_str_islower_finds_it(text: str) -> None:
    from triage.text.sections import _has_lower

    assert _has_lower(text) is any(c.islower() for c in text)


def test_the_date_rule_without_the_alternatives_a_text_cannot_match_matches_as_the_whole() -> None:
    """normalize._dates drops `_DATE`'s month-name alternatives from a text that holds no month word's first
    letters (lower-cased, ASCII text only) nor "May"/"MAY", and its weekday one from a text without "day":
    the same replacements as the whole rule on random texts of dates, numbers, month and weekday words."""
    import random
    import re

    from triage.text import normalize as n

    words = ["Jan", "january", "FEB", "Mar.", "march", "apr", "May", "MAY", "may", "Jun", "JULY", "aug"]
    words += ["Sept", "sep.", "oct", "Nov", "DEC", "december", "decreased", "marked", "\u017fept", "Monday"]
    words += ["tuesday", "SUNDAY", "day", "days", "4", "12", "2024", "03/04/2024", "2024-03-04", "1st", "of"]
    words += ["the", "mm", "x", "of", "\u212a", "5th", "20240304", "T10:30", " ", ", ", ". ", "\n", "\t"]
    words += ["xjan", "_dec", "Decem", "marching", "june4", "4june", "Sept_", "octo", "-nov", "NOVA"]
    rng = random.Random(23)
    texts = [
        "".join(rng.choice(words) + rng.choice(" ,.") for _ in range(rng.randint(1, 14)))
        for _ in range(20_000)
    ]
    skipped = 0
    for text in texts:
        assert n._dates(text).sub(" ", text) == n._DATE.sub(" ", text), text
        skipped += n._dates(text) is not n._DATE
    assert skipped > 5_000
    months = (
        "jan january feb february mar march apr april may june jun july jul aug august sep sept september"
    )
    for word in (months + " oct october nov november dec december").split():
        for form in (word, word.title(), word.upper()):
            if re.fullmatch(n._MONTH, form):
                assert n._dates(f"{form} 4, 2024") in (n._DATES[True, True], n._DATES[True, False]), form


def test_the_month_prefilter_is_derived_from_the_month_words() -> None:
    """`_MONTH_HINTS` (the cheap test that lets a text skip the month alternatives) comes from the same month
    words as `_MONTH`: a month added to one is in the other, so no date in a new month can slip past."""
    from triage.text import normalize

    for word in normalize._MONTH_WORDS:
        full = re.sub(r"\(\?:|\)\?|\?", "", word)  # the longest spelling: "sept?(?:ember)?" -> "september"
        assert normalize._MONTH_HINTS.search(full[:3]), word
        assert re.fullmatch(normalize._MONTH, full.capitalize()), word
    assert normalize._dates("seen in Sept 2023").search("seen in Sept 2023")  # the month alternatives kept


@pytest.mark.parametrize(
    ("fast", "reference"), [("_TIME_FAST", "_TIME"), ("_AGE_FAST", "_AGE"), ("_DATE_DIGITS_FAST", None)]
)
def test_the_fast_forms_of_the_digit_rules_match_as_the_rules(fast: str, reference: str | None) -> None:
    """`strip_identifiers` applies the time, age and digit-only date rules in a form that consumes their first
    character (a digit, or the "a" of "age") and asserts the word boundary before it in a lookbehind: the
    same replacements as the rules as written, on random texts of the pieces they are made of (Unicode digits,
    word characters glued on either side, both cases)."""
    import random

    from triage.text import normalize as n

    fast_rx = getattr(n, fast)
    reference_rx = getattr(n, reference) if reference else n._date_without(months=True, weekday=True)
    pieces = [
        "1",
        "4",
        "12",
        "123",
        "1430",
        "2024",
        "19991231",
        "20240304",
        "202403041030",
        "\u0663",
        "\u0661\u0669",
    ]
    pieces += ["_", "a", "x", "Z", "T", ":", "/", ".", "-", "+", ":30", ":05", "03/04/2024", "2024-03-04"]
    pieces += ["am", "AM", "p.m.", "P.M", "pm", "h", "hr", "HRS", "hours", "yo", "y/o", "y.o.", "YOA", "year"]
    pieces += [
        "years",
        "yrs",
        "old",
        "OLD",
        "of age",
        "age",
        "Age",
        "AGED",
        "aged",
        "M",
        "F",
        "m",
        "f",
        "T10:30",
    ]
    pieces += ["Z", "+0100", "-05:00", ".123", " ", " ", "\t", "\n", ", ", "(", "\u212a", "\u017f"]
    rng = random.Random(17)
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 16))) for _ in range(30_000)]
    matched = 0
    for text in texts:
        expected = [m.span() for m in reference_rx.finditer(text)]
        assert [m.span() for m in fast_rx.finditer(text)] == expected, text
        matched += bool(expected)
    assert matched > 2_000  # the texts exercise the rules, not only their misses
