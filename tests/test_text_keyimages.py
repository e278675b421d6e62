"""Key-image reference extraction (triage.text.keyimages): the paper's written forms and range rule."""

from __future__ import annotations

import pytest

from triage.text.keyimages import (
    MAX_KEY_IMAGES,
    ImageRef,
    expand_range,
    extract_image_refs,
    refs_view,
    sentence_spans,
    unique_images,
)


def _triples(text: str) -> list[tuple[int | None, int, int]]:
    return [(r.series, r.first_image, r.last_image) for r in extract_image_refs(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mild fat stranding (series 1001, image 32).", [(1001, 32, 32)]),
        ("(series 3, image 45)", [(3, 45, 45)]),
        ("series 1001 image 32", [(1001, 32, 32)]),
        ("se 4 im 112", [(4, 112, 112)]),
        ("Se 4 Im 112", [(4, 112, 112)]),
        ("SERIES 2 IMAGE 7", [(2, 7, 7)]),
        ("Series 5, images 10-14", [(5, 10, 14)]),
        ("series 3: image 45", [(3, 45, 45)]),
        ("series #3 image #45", [(3, 45, 45)]),
        ("series no. 3, image no. 45", [(3, 45, 45)]),
        ("ser. 6 img 20", [(6, 20, 20)]),
        ("series 3/image 45", [(3, 45, 45)]),
        ("se/im 3/45", [(3, 45, 45)]),
        ("series/image 3/40-2", [(3, 40, 42)]),
        ("image 45 of series 3", [(3, 45, 45)]),
        ("image 45, series 3", [(3, 45, 45)]),
        ("image 12 on series 601", [(601, 12, 12)]),
        ("images 1013-78", [(None, 1013, 1078)]),
        ("image 1013-78", [(None, 1013, 1078)]),
        ("images 10 to 14", [(None, 10, 14)]),
        ("images 10 through 14", [(None, 10, 14)]),
        ("images 10–14", [(None, 10, 14)]),
        ("series 3 image 88-95", [(3, 88, 95)]),
        ("(image 45)", [(None, 45, 45)]),
        ("ims 3 and 5", [(None, 3, 3), (None, 5, 5)]),
    ],
)
def test_written_forms(text: str, expected: list[tuple[int | None, int, int]]) -> None:
    assert _triples(text) == expected


def test_the_papers_list_example() -> None:
    text = "Scattered lumbar vertebra foci (e.g. series 3 image 55, 60, 80, 84-7, 96) possibly metastases."
    assert _triples(text) == [(3, 55, 55), (3, 60, 60), (3, 80, 80), (3, 84, 87), (3, 96, 96)]
    assert {r.sentence for r in extract_image_refs(text)} == {0}


@pytest.mark.parametrize(
    ("first", "last", "expected"),
    [
        ("1013", "78", (1013, 1078)),  # the paper's example
        ("84", "7", (84, 87)),  # Figure 1
        ("88", "95", (88, 95)),
        ("998", "12", (998, 1012)),  # crosses a thousand
        ("95", "3", (95, 103)),  # crosses a hundred
        ("1998", "5", (1998, 2005)),
        ("190", "5", (190, 195)),
        ("1013", "1078", (1013, 1078)),
        ("45", "40", (40, 45)),  # written backwards: both written images, ascending
        ("12", "12", (12, 12)),
        ("120", "20", (120, 120)),
        ("9", "12", (9, 12)),
    ],
)
def test_range_expansion(first: str, last: str, expected: tuple[int, int]) -> None:
    assert expand_range(first, last) == expected


def test_ranges_crossing_a_hundred_or_thousand_in_text() -> None:
    assert _triples("hematoma on images 998-12.") == [(None, 998, 1012)]
    assert _triples("series 2 images 95-3") == [(2, 95, 103)]


def test_several_per_sentence_with_sentence_index_and_offsets() -> None:
    text = (
        "Acute subdural hematoma (series 3, image 45) and (series 4, image 12). "
        "No midline shift. Small SAH, series 2 image 9; see also se 5 im 30-2."
    )
    refs = extract_image_refs(text)
    assert [(r.series, r.first_image, r.last_image, r.sentence) for r in refs] == [
        (3, 45, 45, 0),
        (4, 12, 12, 0),
        (2, 9, 9, 2),
        (5, 30, 32, 2),
    ]
    assert text[refs[0].start : refs[0].end] == "series 3, image 45"
    assert text[refs[3].start : refs[3].end] == "se 5 im 30-2"
    assert all(0 <= r.start < r.end <= len(text) for r in refs)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "No acute intracranial hemorrhage.",
        "3 images were degraded by motion.",  # the number before the keyword
        "series 3 was reconstructed",  # a series without an image
        "image quality is limited",
        "image 4 mm slices",  # a measurement
        "images 2.5 mm apart",
        "given 5 mg IM 2 hours ago",
        "CT head 12/03/2020 series",
        "imaging 45 days ago",
        "sentence with sense 3",
    ],
)
def test_never_invents_a_reference(text: str) -> None:
    assert extract_image_refs(text) == []


def test_list_stops_before_a_count() -> None:
    assert _triples("image 45, 2 lesions are seen") == [(None, 45, 45)]
    assert _triples("image 45, 3 cm hematoma") == [(None, 45, 45)]


def test_series_is_never_carried_over() -> None:
    assert _triples("series 3 image 45. Also image 50.") == [(3, 45, 45), (None, 50, 50)]
    assert _triples("image 45, series 3 image 46") == [(None, 45, 45), (3, 46, 46)]


def test_sentence_spans_keep_abbreviations_and_split_lists() -> None:
    text = "Foci (e.g. series 3 image 5) here. Next one!\n1. Item one\n2. Item two\n\nLast"
    spans = sentence_spans(text)
    parts = [text[s:e].strip() for s, e in spans]
    assert parts == [
        "Foci (e.g. series 3 image 5) here.",
        "Next one!",
        "1. Item one",
        "2. Item two",
        "Last",
    ]


def test_unique_and_bounded_views() -> None:
    text = " ".join(f"series 1 image {i % 40}." for i in range(100))
    refs = extract_image_refs(text)
    assert len(refs) == 100
    uniq = unique_images(refs)
    assert len(uniq) == MAX_KEY_IMAGES
    assert len({(r.series, r.first_image) for r in uniq}) == MAX_KEY_IMAGES
    view = refs_view(refs)
    assert view is not None and len(view) == MAX_KEY_IMAGES
    assert set(view[0]) == {"series", "first_image", "last_image", "sentence", "start", "end"}
    assert refs_view(None) is None
    assert isinstance(refs[0], ImageRef)


def test_the_word_prefilter_drops_only_texts_without_a_reference(monkeypatch: pytest.MonkeyPatch) -> None:
    """`extract_image_refs` skips an ASCII text in which no word starts "im"; the same references come out
    with the prefilter and without it (every regex run), on the synthetic stream's scored texts and on
    forms that put "im" inside a word, after a slash or at the text's start."""
    import re

    from triage.hl7.parse import parse_record
    from triage.offline.synth.oru import synth_stream
    from triage.text import keyimages

    texts = [
        r.impression
        for _, value, _ in synth_stream(600, seed=8)
        for r in parse_record(value)
        if getattr(r, "impression", None)
    ]
    texts += [
        "im 45 shows it",
        "ser/im 3/45",
        "Se/Im 3/45",
        "trim 5 and sim 4, shim 12",
        "(SERIES 2,IM 7)",
        "x/im5",
        "claim 3",
        "minimal 2 mm",
        "IMG 12-14",
    ]
    with_filter = [extract_image_refs(t) for t in texts]
    monkeypatch.setattr(keyimages, "_IM_WORD", re.compile(""))  # every text read by the regexes
    assert [extract_image_refs(t) for t in texts] == with_filter
    assert sum(1 for refs in with_filter if refs) >= 5
