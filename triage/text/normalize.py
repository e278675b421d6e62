r"""The paper's normalization of a report's conclusion into tokens. One versioned function is shared by
training, batch labeling and the daemon, so a model never sees text prepared differently from its training
data.

``norm-2`` (this version) differs from ``norm-1`` in what text is read, not in the token rules below:
conclusion headings are found wherever they stand (``triage.text.sections``), HL7 ``~`` repetitions and
``\.br\`` in TX/FT are line breaks, and the whole text is kept (``tokenize``): long texts are scored in
overlapping windows (``triage.text.windows``) instead of being cut at 50 tokens. ``normalize_impression``
keeps the paper's 50-token truncation for ``--recipe paper``.

Steps, in order (each one is tested on its own):

1. **Names** are removed while capitalization still tells a name from a word: titles with the capitalised
   words after them (``Dr. Jane Smith``, ``DR. J. SMITH, MD``; ``MR.``/``MS.`` only with a period, since MR
   and MS are also modalities/diseases), the capitalised words after communication verbs (``discussed with
   John Doe``), signature lines (``Electronically signed by ...``, ``Dictated by ...``), identifying field
   lines (``Patient: ...``, ``Radiologist: ...``, ``DOB: ...``) and HL7-style ``DOE^JOHN`` names.
2. **Dates** (``03/04/2024``, ``2024-03-04T10:30``, ``March 4, 2024``, ``4 Mar 2024``, ``Mar 2024``,
   weekdays, compact HL7 timestamps), **times** (``14:32``, ``2:30 p.m.``, ``1430 hours``) and **ages**
   (``45-year-old``, ``45 yo``, ``age 45``, ``45 years of age``, ``45M``) are removed.
3. ``n't`` is expanded to ``not`` (``doesn't`` → ``does not``) so the kept negation survives punctuation
   removal; other apostrophes are dropped (``patient's`` → ``patients``).
4. Lowercase; punctuation removed; tokens are runs of letters or runs of digits (``5mm`` → ``5``, ``mm``).
5. **Numbers are dropped** (sizes, list markers "1." "2.", leftover identifiers); unit words such as
   ``mm``/``cm`` and ``x`` stay, so "a measured lesion" is still visible. Rationale: digits are sparse for
   word2vec (min_count 10), can carry residual identifiers, and the paper does not use them.
6. **Stop words** from the frozen list below (NLTK's English list, copied here so a library upgrade cannot
   change normalization) are removed, except ``no`` and ``not``, which the paper keeps.
7. ``normalize_impression`` only (the paper's recipe): truncate to ``MAX_TOKENS`` (50). Padding to 50
   happens when tokens become ids (model side).

Medical abbreviations (sah, sdh, ich, ivh ...) are kept as ordinary tokens. Bump ``NORMALIZATION_VERSION``
for any change in behaviour: artifacts record it and refuse to load under a different one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from triage.text.sections import extract_impression

NORMALIZATION_VERSION = "norm-2"
MAX_TOKENS = 50

# NLTK english stop words (2018 list), frozen; apostrophe forms written as they look after step 3.
_NLTK_STOP_WORDS = """
i me my myself we our ours ourselves you youre youve youll youd your yours yourself yourselves he him his
himself she shes her hers herself it its itself they them their theirs themselves what which who whom
this that thatll these those am is are was were be been being have has had having do does did doing a an
the and but if or because as until while of at by for with about against between into through during
before after above below to from up down in out on off over under again further then once here there when
where why how all any both each few more most other some such no nor not only own same so than too very s
t can will just don dont should shouldve now d ll m o re ve y ain aren arent couldn couldnt didn didnt
doesn doesnt hadn hadnt hasn hasnt haven havent isn isnt ma mightn mightnt mustn mustnt needn neednt shan
shant shouldn shouldnt wasn wasnt weren werent won wont wouldn wouldnt
"""
KEPT_STOP_WORDS = frozenset({"no", "not"})
STOP_WORDS: frozenset[str] = frozenset(_NLTK_STOP_WORDS.split()) - KEPT_STOP_WORDS

# ---- step 1: names -------------------------------------------------------------------------------------
_NAME_WORD = r"(?:[A-Z][a-z]+(?:['-][A-Z]?[a-z]+)*|[A-Z]{2,}(?:['-][A-Z]+)*|[A-Z]\.)"
_CREDENTIALS = r"(?:,?[ \t]*(?:MD|M\.D\.|DO|D\.O\.|PhD|Ph\.D\.|FRCR|FRCPC|RN|NP|PA-C))*"
_TITLE = r"(?:\b(?:Dr|DR|Drs|Doctor|DOCTOR|Mr|Mrs|Ms|Miss|Prof|PROF)\b\.?|\b(?:MR|MRS|MS)\.)"
_TITLED_NAME = re.compile(rf"{_TITLE}[ \t]*{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,2}}{_CREDENTIALS}")
_COMM_NAME = re.compile(
    r"\b(?P<verb>(?i:discussed with|communicated to|communicated with|called to|notified|paged|spoke with|"
    r"spoken with|conveyed to|reported to|relayed to|informed|d/w))[ \t]+(?:the[ \t]+)?"
    r"[A-Z][a-z]+(?:['-][A-Z]?[a-z]+)*(?:[ \t]+[A-Z][a-z]+(?:['-][A-Z]?[a-z]+)*){0,2}" + _CREDENTIALS
)
_SIGNATURE_LINE = re.compile(
    r"(?:^|(?<=[.;]))[ \t]*(?:electronically[ \t]+signed|e-signed|signed|dictated|transcribed|read|reviewed|"
    r"verified|interpreted|finali[sz]ed|approved)[ \t]+(?:by|on)\b[^\n]*",
    re.I | re.M,
)
_FIELD_LINE = re.compile(
    r"^[ \t]*(?:patient(?:[ \t]+name)?|name|radiologist|attending|referring(?:[ \t]+physician)?|"
    r"ordering(?:[ \t]+physician)?|physician|dob|date[ \t]+of[ \t]+birth|mrn)[ \t]*:[^\n]*$",
    re.I | re.M,
)
_CARET_NAME = re.compile(r"\b[A-Za-z'-]+\^[A-Za-z'^-]+")

# ---- step 2: dates, times, ages ------------------------------------------------------------------------
# every month word but May, as a regex whose first three letters are the literal stem (`_MONTH_HINTS`)
_MONTH_WORDS = (
    "jan(?:uary)?",
    "feb(?:ruary)?",
    "mar(?:ch)?",
    "apr(?:il)?",
    "june?",
    "july?",
    "aug(?:ust)?",
    "sept?(?:ember)?",
    "oct(?:ober)?",
    "nov(?:ember)?",
    "dec(?:ember)?",
)
_MONTH = rf"(?:(?i:{'|'.join(_MONTH_WORDS)})|May|MAY)"
_DATE = re.compile(
    r"\b\d{4}[/.-]\d{1,2}[/.-]\d{1,2}(?:[T \t]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\b"
    r"|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b"
    rf"|\b{_MONTH}\.?[ \t]+\d{{1,2}}(?:st|nd|rd|th)?(?:,?[ \t]+\d{{4}})?\b"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?{_MONTH}\.?(?:,?[ \t]+\d{{4}})?\b"
    rf"|\b{_MONTH}\.?,?[ \t]+\d{{4}}\b"
    r"|\b(?i:mon|tues|wednes|thurs|fri|satur|sun)day\b"
    r"|\b(?:19|20)\d{6}(?:\d{2,6})?\b"
)
_TIME = re.compile(
    r"\b\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[AaPp]\.?[ \t]?[Mm]\b\.?)?"
    r"|\b\d{1,2}[ \t]*[AaPp]\.?[Mm]\b\.?"
    r"|\b\d{3,4}[ \t]*(?i:hours|hrs|hr|h)\b"
)
_AGE = re.compile(
    r"(?i:\b\d{1,3}[ \t]*-?[ \t]*(?:years?|yrs?|y)[ \t]*-?[ \t]*old\b"
    r"|\b\d{1,3}[ \t]*(?:y/o|y\.o\.|yo|yoa)(?![a-z])"
    r"|\bage[d]?[ \t]*:?[ \t]*\d{1,3}(?:[ \t]*(?:years?|yrs?|y)\b)?"
    r"|\b\d{1,3}[ \t]*(?:years?|yrs?)[ \t]+of[ \t]+age\b)"
    r"|\b\d{1,3}[ \t]?-?[MF]\b"
)

# The same three rules as the patterns that `strip_identifiers` applies: sre tries a pattern that opens with
# "\b" at every character of the text, but one that opens by consuming a character of a class only from one
# such character to the next (in C). Every alternative above opens with "\b" and then a digit (or the "a" of
# "age"), a word character, so "\b" there is "the character before is not a word character": the fast form
# consumes that first character and asserts it in a lookbehind (``(?<!\w\d)``), then tries the rest of each
# alternative in the same order (``\d{1,2}`` is the consumed digit and ``\d?``): the same matches at the same
# offsets. tests/test_normalize.py compares each pair on generated text.
_TIME_FAST = re.compile(
    r"\d(?<!\w\d)(?:\d?:\d{2}(?::\d{2})?(?:[ \t]*[AaPp]\.?[ \t]?[Mm]\b\.?)?"
    r"|\d?[ \t]*[AaPp]\.?[Mm]\b\.?"
    r"|\d{2,3}[ \t]*(?i:hours|hrs|hr|h)\b)"
)
_AGE_FAST = (
    re.compile(  # an alternative opening with a digit and the one opening with "age" cannot both match
        r"[\daA](?<!\w[\daA])(?:"
        r"(?<=\d)(?:(?i:\d{0,2}[ \t]*-?[ \t]*(?:years?|yrs?|y)[ \t]*-?[ \t]*old\b"
        r"|\d{0,2}[ \t]*(?:y/o|y\.o\.|yo|yoa)(?![a-z])"
        r"|\d{0,2}[ \t]*(?:years?|yrs?)[ \t]+of[ \t]+age\b)"
        r"|\d{0,2}[ \t]?-?[MF]\b)"
        r"|(?<=[aA])(?i:ge[d]?[ \t]*:?[ \t]*\d{1,3}(?:[ \t]*(?:years?|yrs?|y)\b)?))"
    )
)
# `_DATE` without its month and weekday alternatives (every one opens with "\b" and a digit), in that form
_DATE_DIGITS_FAST = re.compile(
    r"\d(?<!\w\d)(?:\d{3}[/.-]\d{1,2}[/.-]\d{1,2}"
    r"(?:[T \t]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\b"
    r"|\d?[/.-]\d{1,2}[/.-]\d{2,4}\b"
    r"|(?:(?<=1)9|(?<=2)0)\d{6}(?:\d{2,6})?\b)"
)

# ---- steps 3-4: tokens ---------------------------------------------------------------------------------
_NOT_CONTRACTION = re.compile(r"(?i)(?:\b(ca|wo|sha)(?=n['’]t\b))?n['’]t\b")
_APOSTROPHE = re.compile(r"['’`]")
_TOKEN = re.compile(r"[^\W\d_]+|\d+")
_CONTRACTION_STEMS = {"ca": "can ", "wo": "will ", "sha": "shall "}


def _expand_not(m: re.Match[str]) -> str:
    stem = m.group(1)
    return (_CONTRACTION_STEMS[stem.lower()] if stem else " ") + "not"


# A rule is skipped when the text lacks a character every one of its matches needs (the same result, about
# a third of the normalization's time on digit-free impressions): no step adds digits, ":", "^" or quotes.
_DIGIT = re.compile(r"\d")  # the rules' own \d (any Unicode digit)


# Words one of which every match of a rule holds (the title rule is case-sensitive; the signature and
# communication rules ignore case, so they are looked for in the lower-cased text, and only in ASCII text:
# under re.IGNORECASE a few non-ASCII letters match ASCII ones, e.g. the Kelvin sign matches "k").
_TITLE_WORDS = ("Dr", "DR", "Doctor", "DOCTOR", "Mr", "Ms", "Miss", "MR", "MS", "Prof", "PROF")
_SIGNATURE_WORDS = (
    "signed",
    "dictated",
    "transcribed",
    "read",
    "reviewed",
    "verified",
    "interpreted",
    "finali",
    "approved",
)
_COMM_WORDS = (
    "discussed with",
    "communicated",
    "called to",
    "notified",
    "paged",
    "spoke",
    "conveyed to",
    "reported to",
    "relayed to",
    "informed",
    "d/w",
)


# A text in which no month name can match (none of these in its lower-cased ASCII form, nor "May"/"MAY") is
# searched for dates without `_DATE`'s month alternatives, and one without "day" (the weekday alternative's
# literal) without that one: where an alternative cannot match anywhere, the others match as before (sre
# tries each alternative of `_DATE` at every character; the month names under re.IGNORECASE cost most).
_MONTH_HINTS = re.compile("|".join(word[:3] for word in _MONTH_WORDS))  # every _MONTH word's first letters


def _top_alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a regex source: split at each ``|`` outside groups and classes."""
    out, depth, in_class, start, i = [], 0, False, 0, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            i += 2 if pattern[i + 1 : i + 2] == "^" else 1  # a "]" first in a class is a literal
            i += 1 if pattern[i : i + 1] == "]" else 0
            continue
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    out.append(pattern[start:])
    return out


def _date_without(*, months: bool, weekday: bool) -> re.Pattern[str]:
    """`_DATE` without its month-name alternatives (`months`) and / or its weekday one (`weekday`)."""
    kept = [
        alt
        for alt in _top_alternatives(_DATE.pattern)
        if not (months and _MONTH in alt) and not (weekday and "day" in alt)
    ]
    return re.compile("|".join(kept), _DATE.flags)


# (month name possible, "day" in the text) -> the date regex to apply
_DATES = {
    (True, True): _DATE,
    (True, False): _date_without(months=False, weekday=True),
    (False, True): _date_without(months=True, weekday=False),
    (False, False): _DATE_DIGITS_FAST,  # _date_without(months=True, weekday=True), faster
}
# a month word of `_MONTH` (not May) as a whole word, matched at a `_MONTH_HINTS` match in lower-case text:
# every month alternative of `_DATE` has a word boundary before and after its month word
_MONTH_WORD_AT = re.compile(rf"(?:{'|'.join(_MONTH_WORDS)})\b")


def _month_word(lower: str) -> bool:
    """Whether lower-cased ASCII text holds one of `_MONTH_WORDS` as a whole word ("dec" in "decreased" or
    "mar" in "marked" is none: there `_DATE`'s month alternatives cannot match)."""
    for m in _MONTH_HINTS.finditer(lower):
        start = m.start()
        if start and (lower[start - 1].isalnum() or lower[start - 1] == "_"):
            continue  # no word boundary before it
        if _MONTH_WORD_AT.match(lower, start):
            return True
    return False


def _dates(text: str) -> re.Pattern[str]:
    """The `_DATES` regex for `text`: the same matches as `_DATE` in it."""
    month = not text.isascii() or "May" in text or "MAY" in text or _month_word(text.lower())
    return _DATES[month, "day" in text]


def _may_hold(lower: str | None, words: tuple[str, ...]) -> bool:
    """False only when the lower-cased ASCII text (`lower`; None for other text) holds none of `words`."""
    return lower is None or any(w in lower for w in words)


def strip_identifiers(text: str) -> str:
    """Steps 1-2: remove names, dates, times and ages (case-sensitive rules, so run before lowercasing)."""
    lower = text.lower() if text.isascii() else None  # no rule turns ASCII text into other text
    if _may_hold(lower, _SIGNATURE_WORDS):
        text = _SIGNATURE_LINE.sub(" ", text)
    if ":" in text:
        text = _FIELD_LINE.sub(" ", text)
    if "^" in text:
        text = _CARET_NAME.sub(" ", text)
    if any(w in text for w in _TITLE_WORDS):
        text = _TITLED_NAME.sub(" ", text)
    if _may_hold(lower, _COMM_WORDS):  # the rules above only remove text: what was absent stays absent
        text = _COMM_NAME.sub(lambda m: m.group("verb") + " ", text)
    if _DIGIT.search(text) is None:  # dates, times and ages all need a digit, except a weekday's name
        return _DATE.sub(" ", text) if "day" in text else text
    text = _dates(text).sub(" ", text)
    text = _TIME_FAST.sub(" ", text)
    return _AGE_FAST.sub(" ", text)


def tokenize(text: str) -> list[str]:
    """Steps 1-6 on any text, without truncation: every token the model may see (in windows)."""
    text = strip_identifiers(text)
    if "'" in text or "\u2019" in text:  # every contraction has an apostrophe
        text = _NOT_CONTRACTION.sub(_expand_not, text)
    text = _APOSTROPHE.sub("", text).lower()
    return [t for t in _TOKEN.findall(text) if not t.isdigit() and t not in STOP_WORDS]


def normalize_impression(text: str) -> list[str]:
    """Turn impression text into the paper's token list (at most ``MAX_TOKENS``; see module docstring)."""
    return tokenize(text)[:MAX_TOKENS]


def normalize_report(report_text: str, extra_headings: Iterable[str] = ()) -> list[str]:
    """Whole report → conclusion (or documented fallback) → all its tokens (no truncation): what training
    and labeling call on plain-text reports; the scorer reads the tokens in windows."""
    impression, _source = extract_impression(report_text, extra_headings)
    return tokenize(impression)
