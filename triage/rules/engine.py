"""The rule engine: spaCy blank English + sentence splitting + medspaCy TargetMatcher + ConText.

Pipeline (built once per engine; no model is downloaded, nothing is read at run time):

1. ``spacy.blank("en")`` tokenizer;
2. spaCy's rule-based ``sentencizer`` (``.``/``!``/``?``...) — chosen over medspaCy's PyRuSH splitter on
   measured cost (``benchmarks/rules.py``: PyRuSH dominates the default medspaCy pipeline);
3. ``triage_line_breaks``: a line break starts a new sentence unless the next line begins with a lower-case
   letter (a wrapped line), so "No mass\\nSmall SAH" does not carry the negation into the second line;
4. ``triage_targets``: medspaCy's ``TargetMatcher`` with the compiled target rules (ents, overlapping
   matches pruned to the longest), then drops a target whose rule has ``sentence_requires`` when its
   sentence lacks such a word, or ``not_before`` when such a word follows it; then adds the matches of the
   ``clause_final`` rules that end a clause and overlap no target (see ``triage.rules.resources``);
5. medspaCy ``ConText`` (Harkema et al. 2009) with the compiled modifier rules, scope = sentence unless a
   rule sets ``max_scope``; skipped for a Doc without targets (its result cannot depend on modifiers then).

Inside medspaCy's TargetMatcher, ConText and Sectionizer (and the clause-final step) spaCy's token
``Matcher`` is split by each pattern's first word (``_FirstWordMatcher``): a pattern can only match in a doc
holding its first word and a word of each of its required tokens, so only those words' patterns are tried,
on the tokens they can reach; the matches are the same. A later token's finite regex is its word list
(``_in_c``: spaCy tests an exact word in C, a list or a regex in Python).

Mention assertion: the ConText categories (``triage.rules.result.mention_assertion``), except that the site
rule (``triage.rules.resources.SiteRule``) makes a generic bleed mention ``extracranial`` when its clause
names an extracranial organ and no intracranial anatomy.

Target patterns (and modifier *patterns*) allow a whitespace token between their tokens, so a term wrapped
over two lines still matches; modifier *phrases* go through medspaCy's PhraseMatcher, which does not (known
gap: a multi-word cue split by a line break, e.g. "no evidence\nof", is not matched). A rule result is a
pure function of the text and the rule set. Text is never logged.
"""

from __future__ import annotations

import bisect
import re
import re._constants as _sre_c  # the regex parser: a token regex's finite language (_regex_words)
import re._parser as _sre
import threading
import unicodedata
import warnings
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, Literal, NamedTuple

import structlog

from triage.rules.resources import LOCATION_CONCEPT, RuleSet, SiteRule, TokenSpec
from triage.rules.result import POSITIVE, Assertion, Evidence, RuleResult, combine, mention_assertion

_saved_filters = list(warnings.filters)
try:
    import numpy
    import spacy
    from medspacy.common.util import prune_overlapping_matches
    from medspacy.context import ConText, ConTextRule
    from medspacy.context.context_graph import ConTextGraph
    from medspacy.context.context_modifier import ConTextModifier
    from medspacy.section_detection import Sectionizer, SectionRule
    from medspacy.target_matcher import TargetMatcher, TargetRule
    from spacy.attrs import IS_SPACE, LOWER, ORTH
    from spacy.language import Language
    from spacy.matcher import Matcher
    from spacy.tokens import Doc, Span, Token
finally:
    # medspacy.common.medspacy_matcher calls warnings.filterwarnings("ignore") at import: undo that global
    # side effect so the rest of the process keeps its warnings.
    warnings.filters[:] = _saved_filters

log = structlog.get_logger("triage.rules")

__all__ = ["BATCH_SIZE", "CHUNK_CHARS", "MEMO_SIZE", "RuleEngine", "chunk_spans"]

#: Longest text the pipeline accepts (characters); longer ones are cut here (the daemon's own input limit is
#: far below this by default).
MAX_TEXT_CHARS = 50_000_000


def _clean(text: str) -> str:
    """Lone UTF-16 surrogates (from JSON escapes or bad decoders) crash spaCy's tokenizer: each becomes U+FFFD
    (not "?", a hedge cue), one character for one, so evidence offsets still index the caller's text. Accented
    Latin letters are folded to their base letter, one for one too ("hématome" → "hematome", "HÉMORRAGIE"
    → "HEMORRAGIE"): the lexicons are written without accents (rules-11). A compartment word in two
    ("sub dural") is joined, its blank moved after it (``_SPLIT_PREFIX``: same length; the evidence of such a
    word is one character short of it)."""
    text = _SURROGATE.sub("\ufffd", text[:MAX_TEXT_CHARS])
    if not text.isascii():
        text = text.translate(_ACCENTS)
    return _SPLIT_PREFIX.sub(_joined, text) if _SPLIT_HINT.search(text) else text


#: a compartment word dictated or typed in two ("sub dural", "intra cranial", "extra axial"): read as the one
#: word, the blank moved after it so offsets keep ("sub dural" -> "subdural "; rules-12)
_SPLIT_PREFIX = re.compile(
    r"\b(sub|intra|extra|epi)([ \t])(dural|arachnoid|cranial|ventricular|parenchymal|cerebral|axial)\b",
    re.IGNORECASE,
)
#: its cheap test (written out in three cases: a case-blind search costs four times as much)
_SPLIT_HINT = re.compile(r"(?:sub|intra|extra|epi|Sub|Intra|Extra|Epi|SUB|INTRA|EXTRA|EPI)[ \t]")


def _joined(m: re.Match[str]) -> str:
    return m.group(1) + m.group(3) + m.group(2)


_SURROGATE = re.compile("[\ud800-\udfff]")


def _accent_table() -> dict[int, str]:
    """Latin-1 Supplement and Latin Extended-A/B letters whose canonical decomposition is an ASCII letter and
    combining marks → that letter (one character for one)."""
    table = {}
    for code in range(0xC0, 0x250):
        parts = unicodedata.normalize("NFD", chr(code))
        base, marks = parts[0], parts[1:]
        if marks and base.isascii() and base.isalpha() and all(unicodedata.combining(c) for c in marks):
            table[code] = base
    # rules-13: typographic dashes and the minus sign read as the hyphen the lexicons are written with
    # ("fluid–fluid level", "Haemorrhage — none"), one character for one
    table.update(dict.fromkeys((0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212), "-"))
    return table


_ACCENTS = _accent_table()


def _aligned_lower(text: str) -> str:
    """``text.lower()`` one character for one, so offsets into ``text`` index it too: a character whose lower
    form is longer ("İ" → "i̇") stays as it is."""
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    return "".join(c if len(low := c.lower()) != 1 else low for c in text)


_LOWER = re.compile("[a-z]")
#: ``Doc.user_data`` key: whether the whole text (not just this piece of it) has a lower-case letter
_HAS_LOWER = "triage_has_lower"
#: ``Doc.user_data`` key: the doc's text when the engine made it (``doc.text`` joins every token anew)
_TEXT = "triage_text"
#: a word of the exam a heading names before its colon ("Indication for repeat CT:"), and the probe's form of
#: "for"/"of" and one to three such words (``SectionGroup.headers_with_object``, rules-14)
_OBJECT_WORD = r"[a-z0-9][a-z0-9/'-]*$"
_OBJECT_PROBE = r"\s+(?:for|of)(?:\s+[a-z0-9][a-z0-9/'-]*){1,3}\s*:"
#: pieces of a section heading: any tokenization of it is a sequence of these, with or without blanks between
_HEADER_PIECE = re.compile(r"[a-z0-9]+|[^a-z0-9\s]")

#: Longest text handed to spaCy in one piece. medspaCy's ConText compares every modifier with every target of
#: a doc and spaCy re-sets ``doc.ents`` per match, so a doc's cost grows with the square of its mentions (a
#: 37 KB impression of repeated negated sentences took 9 s, 148 KB 171 s, stalling the daemon's partitions).
CHUNK_CHARS = 2_000


def chunk_spans(text: str, sentence_starts: Sequence[int], size: int = CHUNK_CHARS) -> list[tuple[int, int]]:
    """``[(start, end), ...]`` covering ``text`` in order, each at most ``size`` characters, cut only where a
    sentence starts (`sentence_starts`: character offsets from the engine's own sentence splitter, so a cut
    never falls where spaCy sees no sentence end, e.g. after "vs." or "i.e."). A sentence longer than ``size``
    is cut at its last space inside the window (or at ``size``): the one place a chunk can part a negation
    from its target, in a sentence of over 2,000 characters. Linear in ``len(text)``."""
    spans: list[tuple[int, int]] = []
    starts = sorted(set(sentence_starts) | {len(text)})
    start, n, k = 0, len(text), 0
    while n - start > size:
        limit = start + size
        while k < len(starts) and starts[k] <= start:
            k += 1
        cut = -1
        while k < len(starts) and starts[k] <= limit:
            cut = starts[k]
            k += 1
        if cut <= start:
            space = text.rfind(" ", start + 1, limit)
            cut = space + 1 if space > start else limit
        spans.append((start, cut))
        start = cut
    spans.append((start, n))
    return spans


#: nlp.pipe batch size (the daemon's batch size).
BATCH_SIZE = 64
#: Sentence pieces whose mentions the engine remembers (least recently used out): a feed repeats its normal
#: phrases ("No acute intracranial hemorrhage."), and a piece's mentions depend on nothing else. 0: none.
MEMO_SIZE = 4_096


class _Mention(NamedTuple):
    """One mention in a doc: character offsets in the doc, concept, assertion before the note section
    (``RuleEngine._assertion``) and the doc token its section is looked up by."""

    start: int
    end: int
    concept: str
    assertion: Assertion
    token: int
    #: an affirmed mention placed on an imaging study in its own sentence ("IVH on CT this morning"): a
    #: result, which an indication heading does not make a question (rules-13)
    result: bool = False


class _Part(NamedTuple):
    """A text, or a chunk of a long one, read by sentence: its text's index, its start in the text, its
    text and its pieces (``RuleEngine._sentence_pieces``)."""

    index: int
    start: int
    text: str
    pieces: list[tuple[int, int]]


#: words a line can end in only when the sentence goes on in the next line (a report wrapped at a fixed
#: width): articles, prepositions, conjunctions and the negation cues' own words ("negative for", "no acute")
_WRAP_WORDS = frozenset(
    {"a", "an", "the", "of", "for", "or", "and", "nor", "with", "without", "in", "on", "at", "to", "by"}
    | {"from", "into", "within", "along", "over", "no", "not", "any", "acute"}
)
_Memo = OrderedDict[tuple[str, bool], tuple[_Mention, ...]]
Splitter = Literal["sentencizer", "pyrush"]
_SPACE = {"IS_SPACE": True, "OP": "?"}  # spaCy keeps a run of whitespace in one token


@Language.component("triage_line_breaks")
def _line_breaks(doc: Doc) -> Doc:
    """A whitespace token containing a newline starts a sentence at the next token, unless that token begins
    with a lower-case letter or the line before ends in a word no sentence ends in (``_WRAP_WORDS``: "Negative
    for\nSAH", "No acute\nICH", "SDH or\nEDH": a wrapped line continues the sentence); a capitals heading
    before a colon starts one too (``_heading_starts_sentence``)."""
    if len(doc) < 2:
        return doc
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.text
    if "\n" in text or ":" in text:  # else neither step has a token to act on (most sentences)
        _breaks_and_headings(doc, text)
    _dictated_breaks(doc, text)
    return doc


def _breaks_and_headings(doc: Doc, text: str) -> None:
    """``_line_breaks``' first two steps: a line break, and a capitals heading before a colon."""
    lower = doc.user_data.get(_HAS_LOWER)  # set for a piece of a text: the whole text decides
    if lower is None:
        lower = _LOWER.search(text) is not None
    # only whitespace and colon tokens act: find them in C (a Python loop over every token was ~10 % of a
    # note's cost); the two steps touch different tokens' starts, so their order does not matter
    attrs = doc.to_array([IS_SPACE, ORTH])[:-1]
    for i in numpy.flatnonzero(attrs[:, 0]).tolist():
        if "\n" in doc[i].text:
            nxt = doc[i + 1]
            first = nxt.text[0]
            nxt.is_sent_start = not (
                (first.isalpha() and first.islower())
                or (i and doc[i - 1].lower_ in _WRAP_WORDS)
                or _answer_line(doc, i)
            )
    if lower:  # all caps: "X OF Y BLEED:" is prose
        for i in numpy.flatnonzero(attrs[:, 1] == doc.vocab.strings[":"]).tolist():
            if i:
                _heading_starts_sentence(doc, i)


#: a checklist's answer on the line after its label's colon ("Haemorrhage:\n- none"), rules-13
_ANSWERS = frozenset({"none", "nil", "no", "negative", "neg", "absent", "not"})
_BULLETS = frozenset({"-", "*", "•", "–", "·", ">"})


def _answer_line(doc: Doc, i: int) -> bool:
    """Whether the line after the line break at token ``i`` answers the label before it: the line before ends
    in a colon and an answer word (behind a bullet or not) opens this one. It goes on the label's sentence."""
    j = i + 1
    if doc[j].text in _BULLETS and j + 1 < len(doc):
        j += 1
    if i > 0 and doc[i - 1].text == ":" and doc[j].lower_ in _ANSWERS:
        return True
    return _alone_answer(doc, i, j) or _negated_list_line(doc, i)


#: the first words of a heading over a list of what is absent ("Negative for:\n- SDH\n- SAH"), rules-14
_LIST_NEGATIONS = frozenset({"negative", "no", "nil", "absent", "without", "none", "neg", "excluded", "not"})


def _alone_answer(doc: Doc, i: int, j: int) -> bool:
    """An answer word alone on its line under a label line with no colon ("Intracranial haemorrhage\nNone"):
    the label line ends in a word, this line holds only the answer (and a full stop), rules-14."""
    if i == 0 or not doc[i - 1].is_alpha or doc[j].lower_ not in _ANSWERS or doc[j].lower_ in ("no", "not"):
        return False
    k = j + 1
    if k < len(doc) and doc[k].text == ".":
        k += 1
    return k >= len(doc) or (doc[k].is_space and "\n" in doc[k].text)


#: a form's answers of absence, in English and in the languages bilingual forms write beside it ("NON /
#: NO", "NEIN / NO"), and the marks between them (rules-15)
_FORM_NO = frozenset(
    {"no", "non", "nein", "nee", "nej", "nao", "não", "none", "nil", "negative", "neg", "absent"}
)
_FORM_MARKS = frozenset({"/", ".", ",", "|", "-"})
#: a leader between a form's label and its answer ("CT head .... no bleed"), rules-15
_LEADER = re.compile(r"^(?:\.{2,}|…+|_{2,})$")
_LEADER_NO = frozenset({"no", "nil", "without"})


def _form_answered_no(ent: Span) -> bool:
    """A form's label answered "no" on its own line ("Haemorrhage: No", "Hémorragie / Haemorrhage: NON /
    NO"): after the mention, at most three words of an alternate label behind a slash, a colon, then only
    answers of absence and their marks up to the line's end; or the mention right after a leader and a
    "no" ("CT head .... no bleed", whose backward leader cue hid the forward "no"), rules-15."""
    doc, n = ent.doc, len(ent.doc)
    prev = _previous_word(doc, ent.start)
    if (
        prev is not None
        and prev.lower_ == "for"
        and prev.i > 1
        and doc[prev.i - 1].lower_ in {"negative", "neg"}
    ):
        prev = doc[prev.i - 1]  # "Head CT .... negative for bleed"
    if (
        prev is not None
        and prev.lower_ in _LEADER_NO | {"negative", "neg"}
        and prev.i > 0
        and _LEADER.match(doc[prev.i - 1].text)
    ):
        return True
    i = ent.end
    if i < n and doc[i].text == "(":  # "Subdural (SDH): No" (spaCy keeps "):" one token)
        k = next((k for k in range(i + 1, min(i + 5, n)) if doc[k].text in (")", "):")), None)
        i = i if k is None else k + (doc[k].text == ")")
    if i < n and doc[i].text == "/":
        k = i + 1
        while k < n and k <= i + 3 and doc[k].is_alpha:
            k += 1
        i = k
    if i >= n or doc[i].text not in (":", "):"):
        return False
    answers = 0
    for tok in doc[i + 1 :]:
        if tok.is_space:
            if "\n" in tok.text:
                break
            continue
        if tok.lower_ in _FORM_NO:
            answers += 1
        elif tok.text not in _FORM_MARKS:
            return False
    return answers > 0


#: what a "?" right after a named bleed may ask about instead of the bleed: its cause ("Acute SDH (?
#: traumatic)", "SAH ?aneurysmal"), rules-15
_CAUSE_WORDS = frozenset(
    {"traumatic", "trauma", "aneurysmal", "aneurysm", "hypertensive", "amyloid", "spontaneous", "secondary"}
    | {"nai", "non-accidental", "coagulopathic", "coagulopathy", "anticoagulant", "anticoagulation", "venous"}
    | {"tumoural", "tumoral", "cause", "aetiology", "etiology", "source", "underlying", "mechanism"}
    | {"related"}
)


def _asks_the_cause(ent: Span, modifiers: Sequence[Any]) -> bool:
    """Whether every hedge of the mention is a "?" after it that asks about the bleed's cause, not about
    the bleed ("Acute SDH (? traumatic), 8 mm"): the bleed stays affirmed, rules-15."""
    doc, seen = ent.doc, False
    for m in modifiers:
        if m.category != "POSSIBLE_EXISTENCE":
            continue
        a, b = m.modifier_span
        if b - a != 1 or doc[a].text != "?" or a < ent.end:
            return False
        if not (doc[a - 1].whitespace_ or doc[a - 1].text == "("):
            return False  # "haematoma?" written on its word is the hedge of the bleed
        k = b
        while k < len(doc) and (doc[k].is_space or doc[k].text in ("(", "-")):
            k += 1
        if k >= len(doc):
            return False
        word = doc[k].lower_
        if k + 2 < len(doc) and doc[k + 1].text == "-" and not doc[k].whitespace_:
            word = f"{word}-{doc[k + 2].lower_}"  # "?non-accidental" is three tokens
        if word not in _CAUSE_WORDS:
            return False
        seen = True
    return seen


#: a withdrawal's words ("wrongly stated", "has been retracted") and the details of a bleed that a
#: withdrawal may be about instead of the bleed ("the size of the SDH was wrongly stated"), rules-15
_WITHDRAW_WORDS = frozenset(
    {"wrongly", "erroneously", "incorrectly", "mistakenly", "falsely", "wrongfully", "retracted", "withdrawn"}
)
_DETAIL_WORDS = frozenset(
    {"size", "sizes", "side", "laterality", "location", "site", "measurement", "measurements", "dimension"}
    | {"dimensions", "thickness", "age", "acuity", "density", "extent", "volume", "width", "depth", "level"}
    | {"position", "chronicity", "timing", "stage", "diameter", "grade"}
)


#: a title's answers of presence ("ICH screen: positive"), fixrules23
_FORM_YES = frozenset(
    {"positive", "pos", "yes", "present", "detected", "confirmed", "identified", "demonstrated"}
)


def _title_answered_yes(ent: Span, modifiers: Sequence[Any], titles: frozenset[str]) -> bool:
    """Whether every HYPOTHETICAL cue of the mention is a form's title ("ICH screen:"; `titles`, the
    FORM_TITLE word set of modifiers.json that the title cue matches) and the title is
    answered with presence after its colon, on its line or the next ("ICH screen: positive", "Haemorrhage
    screen:\nPositive"): the answer is the finding, the counterpart of ``_form_answered_no``. A title whose
    lines answer the bleeds one by one ("SCREEN:\nSDH: negative"), a choice left open ("yes / no", "Y/N")
    or an answer that runs on into another subject ("positive thunderclap features") stays the question
    (fixrules23, narrowed after review23c)."""
    doc, n, end = ent.doc, len(ent.doc), None
    for m in modifiers:
        if m.category != "HYPOTHETICAL":
            continue
        a, b = m.modifier_span
        if doc[a].lower_ not in titles or b <= a + 1:
            return False
        end = b if end is None else max(end, b)
    if end is None:
        return False
    last = doc[end - 1]
    breaks = last.text.count("\n") if last.is_space else 0  # the title's line break (a cue's second token)
    k = end
    while k < n and (doc[k].is_space or doc[k].text == ":"):
        breaks += doc[k].text.count("\n")
        k += 1
    if k >= n or breaks > 1 or doc[k].lower_ not in _FORM_YES:
        return False
    # the answer ends its line or clause ("positive, xanthochromia noted"): "Yes No" / "Y/N" is a blank
    # choice; "positive thunderclap features", "present on warfarin", "positive if" answer something else
    j = k + 1
    return j >= n or "\n" in doc[j].text or doc[j].text in (",", ";", ".")


def _detail_withdrawn(ent: Span, modifiers: Sequence[Any]) -> bool:
    """Whether every negation of the mention is a withdrawal after it and a detail of the bleed is what was
    withdrawn: the detail heads the mention's phrase ("the 3 mm size of the SDH was wrongly stated; it is
    5 mm", "the thickness of the left SDH was incorrectly reported") or follows the mention with words
    between ("the SDH measurement in the first report was wrongly stated"). The detail was wrong, the bleed
    stays (rules-15; the rules-14 PSEUDO cue reads only a detail right before the withdrawal)."""
    doc, first, seen = ent.doc, None, False
    for m in modifiers:
        if m.category != "NEGATED_EXISTENCE":
            continue
        a, b = m.modifier_span
        if a < ent.end or not any(t.lower_ in _WITHDRAW_WORDS for t in doc[a:b]):
            return False
        first = a if first is None else min(first, a)
        seen = True
    if not seen:
        return False
    after = doc[ent.end] if ent.end < len(doc) else None
    if after is not None and after.lower_ in ("'s", "\u2019s"):
        after = doc[ent.end + 1] if ent.end + 1 < len(doc) else None
    if after is not None and after.i < first and after.lower_ in _DETAIL_WORDS:
        return True  # "the SDH measurement in the first report was wrongly stated"
    # "the <detail> of (the) (left) <mention>": at most four words between the detail's "of" and the mention
    start = max(ent.sent.start, ent.start - 7)
    for t in doc[start : ent.start]:
        if t.lower_ in _DETAIL_WORDS and t.i + 1 < ent.start and doc[t.i + 1].lower_ == "of":
            between = [w for w in doc[t.i + 2 : ent.start] if not w.is_space]
            if len(between) <= 4 and not any(w.is_punct or w.lower_ in _CLAUSE_PARTS for w in between):
                return True
    return False


#: a lay question about what a finding means ("Does this mean bleeding in her brain?"), rules-15
_MEAN_ASK = frozenset({"does", "do", "did", "could", "can", "would", "will", "might"})
_MEAN_WORDS = frozenset({"mean", "means", "indicate"})
#: words before a mention that take the bleed as given, not asked about ("does this mean the bleed is worse?")
_GIVEN = frozenset({"the", "this", "that", "my", "her", "his", "their", "our", "its"})


def _lay_question(ent: Span) -> bool:
    """Whether the mention is what a patient's or relative's question asks about, not a hedge: a question
    that opens "does this / that mean" with the mention after "mean", not as a given ("Does that mean a
    bleed in his head?"; "Does this mean the bleed is growing?" keeps it). A portal question is labelled
    like the report it asks about, and the mention in it is the asker's guess (rules-15)."""
    sent = ent.sent
    first = next((t for t in sent if not t.is_space and not t.is_punct), None)
    if first is None or first.lower_ not in _MEAN_ASK or not _ends_in_question(sent):
        return False  # the cheap word test first: most sentences are no question
    words = [t for t in sent if not t.is_space and not t.is_punct]
    if len(words) < 4 or words[2].lower_ not in _MEAN_WORDS:
        return False
    if ent.start <= words[2].i:
        return False
    prev = _previous_word(ent.doc, ent.start)
    return prev is None or prev.lower_ not in _GIVEN


_EARLIER = frozenset({"on", "in", "at", "before", "previously", "prior", "earlier", "until", "since", "then"})
_SEEN_WORDS = frozenset(
    {"identified", "seen", "observed", "detected", "demonstrated", "visualised", "visualized", "found"}
)


def _not_seen_first(ent: Span) -> bool:
    """ "Not identified X" opening its sentence (or its heading's line, rules-15: "Findings: Not seen
    haemorrhage."), in non-native order without a colon ("Not identified hemorrhage.", "Not seen
    intracranial bleeding or mass"): the mention within three words after the cue and no comma between
    ("Not identified on the prior, the haemorrhage is new" keeps it), rules-14. The
    backward "not identified" cue of the same words reads nothing before it here."""
    doc, i = ent.doc, ent.sent.start
    while i < ent.start and (doc[i].is_space or doc[i].text in _BULLETS):
        i += 1
    colon = next((k for k in range(i, min(i + 4, ent.start)) if doc[k].text == ":"), None)
    if colon is not None and all(t.is_alpha or t.is_space for t in doc[i:colon]):
        i = colon + 1  # rules-15: after its heading ("Findings: Not seen haemorrhage.")
        while i < ent.start and doc[i].is_space:
            i += 1
    if i + 1 >= ent.start or doc[i].lower_ != "not" or doc[i + 1].lower_ not in _SEEN_WORDS:
        return False
    between = [t for t in doc[i + 2 : ent.start] if not t.is_space]
    return len(between) <= 3 and not any(t.text in (",", ";", ":") or t.lower_ in _EARLIER for t in between)


def _answered_below(ent: Span) -> bool:
    """Whether the mention ends its line and the next line, kept on its sentence (``_alone_answer``), is a
    bare answer of absence ("Intracranial haemorrhage\nNone"), rules-14."""
    doc, i = ent.doc, ent.end
    if i + 1 >= ent.sent.end or not (doc[i].is_space and "\n" in doc[i].text):
        return False
    return _alone_answer(doc, i, i + 1)


def _negated_list_line(doc: Doc, i: int) -> bool:
    """A bulleted line of a list under a heading of absence ("Negative for:\n- SDH\n- SAH", "No evidence
    of:\n* bleed"): it goes on the heading's sentence, so the heading's negation reads every item
    (rules-14). Walks back over the list's bullet lines (at most 30) to the heading line."""
    if i + 1 >= len(doc) or doc[i + 1].text not in _BULLETS:
        return False
    k = i - 1
    for _ in range(30):
        start = k
        while start >= 0 and not (doc[start].is_space and "\n" in doc[start].text):
            start -= 1
        first = start + 1
        if first > k:
            return False
        if doc[first].text in _BULLETS:
            k = start - 1
            if k < 0:
                return False
            continue
        return doc[k].text == ":" and doc[first].lower_ in _LIST_NEGATIONS
    return False


#: dictated punctuation spoken as words: a text without any is not looked at further
_DICTATED = re.compile(
    r"\b(?:period|full stop|new paragraph|next paragraph|new line|next line|colon)\b", re.IGNORECASE
)
#: the word before "stop" / "paragraph" / "line" that makes it dictation ("full stop", "new paragraph")
_DICTATED_LEAD = {
    "stop": frozenset({"full"}),
    "paragraph": frozenset({"new", "next"}),
    "line": frozenset({"new", "next"}),
}
#: words before "period" that make it a span of time ("the postoperative period", "a 24 hour period")
_TIME_PERIOD = frozenset(
    """a an the this that same short long brief postoperative post-operative perioperative postpartum
    neonatal perinatal ictal postictal refractory incubation observation window time trial latent recovery
    study interval waiting menstrual hour day week month year hours days weeks months years follow-up
    followup early late initial entire whole given - prior previous""".split()  # noqa: SIM905 (a word list, read as prose)
)
#: words after "period" that make it a span of time ("period of observation")
_AFTER_PERIOD = frozenset(
    {"of", "when", "after", "before", "since", "between", "during", "following", "from"}
)
#: a past-history section's undated end phrase ("presented", "admitted with") followed within this many words
#: by a year, a date, "ago" or "previously" tells the past and does not end it (``RuleEngine._section_end``)
_PAST_WINDOW = 8
_PAST_WORDS = frozenset({"ago", "previously", "formerly", "childhood", "remotely"})
_PAST_DATE = re.compile(
    r"(?:19[3-9]\d|20[0-4]\d|\d{1,2}[/.-]\d{1,2}[/.-](?:\d\d)?\d\d|\d{1,2}/(?:19|20)\d\d)s?"
)


def _past_marker(word: str) -> bool:
    return word in _PAST_WORDS or _PAST_DATE.fullmatch(word) is not None


#: a protocol named by its absence ("sans injection", "sin contraste", "without injection"): the word after
#: "sans" is no extracranial site (``_clause_words``, rules-11)
_PROTOCOL_WITHOUT = frozenset({"sans", "sin", "without", "senza", "sem", "ohne", "w/o"})
_PROTOCOL_WORDS = frozenset(
    {"injection", "contrast", "contraste", "contrasto", "produit", "kontrastmittel", "iv"}
)
#: a route of giving or withholding food and drugs ("nil by mouth", "200 mg per os"): the word after "by" /
#: "per" is no extracranial site (``_clause_words``, rules-11 set 10); "bleeding per rectum" stays a site
_ROUTE_BEFORE = frozenset({"by", "per"})
_ROUTE_WORDS = frozenset({"mouth", "os"})
#: the last word of a metastasis mention whose organ words name the primary (``_extracranial_site``)
_METASTASIS_WORDS = frozenset(
    {"metastasis", "metastases", "met", "mets", "deposit", "deposits", "secondary", "secondaries"}
)
#: the scalp words a region word before them names a part of (``RuleEngine._extracranial_site``)
_SCALP_WORDS = frozenset({"scalp", "scalps", "subgaleal", "galea", "galeal", "skin", "subcutaneous", "soft"})
#: the scalp in languages that put the region word after it ("cuir chevelu parietal", "cuero cabelludo
#: frontal", rules-12): a region word right after one of these names the part of the scalp
_SCALP_WORDS_BEFORE_REGION = frozenset({"chevelu", "cabelludo", "cabeludo", "capelluto"})
#: spinal bleeds (``RuleEngine._spinal_site``): words that end the mention's clause, procedures named by a
#: spine word, the words around a vertebral level that make it a level ("at C5", "C4 to C6", "T11-L1")
_SPINAL_STOPS = frozenset({"and", "with", "after", "following", "post", "plus", "since", "but"})
_SPINAL_PROCEDURES = frozenset({"puncture", "punctures", "drain", "drains", "drainage", "tap", "catheter"})
_LEVEL_BEFORE = frozenset({"at", "from", "to", "-", "–", "through", "level", "levels", "of"})
_LEVEL_AFTER = frozenset({"-", "–", "to", "through", "level", "levels", "vertebra", "vertebral", "body"})
_LEVEL_RANGE = re.compile(r"^[ctls]\d{1,2}[-–/][ctls]?\d{1,2}$")
#: a heading word before a dictated "colon" ("impression colon ..."): the colon is punctuation, not the organ
_DICTATED_HEADINGS = frozenset(
    """impression impressions findings finding history indication comparison technique conclusion
    conclusions opinion exam examination summary result results""".split()  # noqa: SIM905
)


def _dictated_breaks(doc: Doc, text: str) -> None:
    """Dictation transcribed without punctuation ("no mass effect period acute SDH ..."): a spoken "period",
    "full stop" or "new paragraph" ends the sentence, so a negation before it does not reach the finding after
    it; "period" as a span of time ("the postoperative period", "period of observation") stays a word. A
    spoken "colon" after a heading word ends the heading ("impression colon SAH"), so the site rule does not
    read it as the bowel."""
    if _DICTATED.search(text) is None:
        return
    words = [t for t in doc if not t.is_space]
    for k in range(len(words) - 1):
        word, nxt = words[k].lower_, words[k + 1]
        # a sentence-end mark before counts as no word: a sentence piece starts there (same result either way)
        prev = words[k - 1].lower_ if k and not words[k - 1].is_punct else ""
        if word == "period":
            if (
                prev in _TIME_PERIOD
                or prev.isdigit()
                or not prev
                or nxt.lower_ in _AFTER_PERIOD
                or nxt.is_punct
            ):
                continue
        elif word in _DICTATED_LEAD:
            if prev not in _DICTATED_LEAD[word]:
                continue
        elif word != "colon" or prev not in _DICTATED_HEADINGS:
            continue
        nxt.is_sent_start = True


def _heading_starts_sentence(doc: Doc, colon: int) -> None:
    """An ALL-CAPS label of one to four words before a colon ("FINDINGS:", "CT HEAD:") in a text that also has
    lower-case letters (in an all-caps text such a label is prose) starts a sentence, so a
    cue before it ("INDICATION: evaluate for bleed FINDINGS: acute SDH") does not reach past the heading."""
    start = colon
    while start > 0 and colon - start < 4:
        prev = doc[start - 1]
        if not (prev.is_upper and prev.text[0].isalpha()) and prev.text not in ("/", "&"):
            break
        start -= 1
    if start < colon and start > 0 and doc[start].is_upper:
        before = doc[start - 1]
        if before.is_upper and before.text[0].isalpha():  # five or more capitals words: prose, not a label
            return
        doc[start].is_sent_start = True


#: tokenizer exceptions that also hold in capitals (spaCy lists "cannot", "Cannot", "vs.", never "CANNOT")
_CAPITALS_KEEP = frozenset({"vs.", "v.s.", "w/o"})
_NOT_PIECES = frozenset({"not", "n't", "n\u2019t", "nt"})


def _capitals_exceptions(nlp: Language) -> None:
    """spaCy's English tokenizer exceptions are case-sensitive: "cannot" and "Cannot" become "can" "not",
    "CANNOT" stays one token, so an all-caps report lost every hedge and negation spelled with a contraction
    ("CANNOT BE EXCLUDED" read as negated by "EXCLUDED", "DOESN'T SHOW ANY HEMORRHAGE" as affirmed), and
    "VS." ended a sentence. The capitals form of each negation contraction and of "vs."/"v.s."/"w/o" is
    added, split the way the lower-case form is; other exceptions stay as they are ("IM", "ID", "WED" are
    words in a report, not "I'm", "I'd", "we'd")."""
    rules = nlp.tokenizer.rules
    for key, pieces in list(rules.items()):
        upper = key.upper()
        if key != key.lower() or upper == key or upper in rules:
            continue
        if key not in _CAPITALS_KEEP and not any(p[ORTH].lower() in _NOT_PIECES for p in pieces):
            continue
        nlp.tokenizer.add_special_case(upper, [{**p, ORTH: p[ORTH].upper()} for p in pieces])


#: a Romance article or preposition elided before a word ("d'hémorragie", "l'hématome", "dell'emorragia"):
#: spaCy's English tokenizer keeps it glued, so the bleed word was never a token; alone ("pas d'", a cue
#: phrase) it is one token too (rules-12)
_ELISION = r"(?:[dl]|qu|dell|nell|all|dall|sull|un)['\u2019](?=[^\W\d_]|$)"


def _elision_prefixes(nlp: Language) -> None:
    """The elided article splits off as a prefix token ("d'" "hemorragie"), so "pas d'hémorragie" reads as
    the negation cue "pas d'" before the bleed word."""
    prefixes = [*nlp.Defaults.prefixes, "(?i:" + _ELISION + ")"]
    nlp.tokenizer.prefix_search = spacy.util.compile_prefix_regex(prefixes).search


def _placed(
    only_after: Sequence[str], not_before: Sequence[str], only_concepts: Sequence[str], not_in_capitals: bool
) -> Callable[[Span, Span, Span], bool] | None:
    """A modifier's ``on_modifies`` test (``ModifierGroup.only_after`` / ``not_before`` / ``only_concepts``):
    where its trigger stands, a dictated "know" for "no" starts its sentence or clause ("Know acute
    hemorrhage.", "with know new bleed"), the verb does not ("will let them know about the acute SDH"); and
    which targets it reaches (a tumour word is a mimic of a described dense lesion only); a trigger in
    capitals that is an abbreviation ("NI"). rules-12."""
    if not only_after and not not_before and not only_concepts and not not_in_capitals:
        return None
    after, before, concepts = frozenset(only_after), frozenset(not_before), frozenset(only_concepts)

    def placed(target: Span, modifier: Span, _between: Span) -> bool:
        if not_in_capitals and modifier.text.isupper():
            return False
        if concepts:
            rule = target._.target_rule
            if rule is None or rule.metadata.get("concept") not in concepts:
                return False
        doc, start, end = modifier.doc, modifier.start, modifier.end
        prev = start - 1
        while prev >= 0 and doc[prev].is_space:
            prev -= 1
        nxt = end
        while nxt < len(doc) and doc[nxt].is_space:
            nxt += 1
        if nxt < len(doc) and doc[nxt].lower_ in before:
            return False
        return not after or prev < 0 or doc[start].is_sent_start or doc[prev].lower_ in after

    return placed


def _compile_spec(spec: TokenSpec, sets: dict[str, frozenset[str]]) -> dict[str, Any]:
    if spec.word is not None:
        tok: dict[str, Any] = {"LOWER": spec.word}
    elif spec.set is not None:
        tok = {"LOWER": {"IN": sorted(sets[spec.set])}}
    else:
        tok = {"LOWER": {"REGEX": spec.regex}}
    if spec.op is not None:
        tok["OP"] = spec.op
    return tok


def _compile(pattern: Sequence[TokenSpec], sets: dict[str, frozenset[str]]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for i, spec in enumerate(pattern):
        if i:
            out.append(dict(_SPACE))
            out.append(_in_c(_compile_spec(spec, sets)))
        else:  # a first token as written: the first-word split reads its words (``_first_words``)
            out.append(_compile_spec(spec, sets))
    return out


def _in_c(tok: dict[str, Any]) -> dict[str, Any]:
    """The same token test, made cheaper: spaCy checks an exact ``LOWER`` in C but calls Python for an ``IN``
    list or a ``REGEX`` (per token and pattern; most of a group matcher's cost on a sentence). A regex of a
    finite language (``_regex_words``) whose strings are words, no blanks, becomes that ``IN`` list, a list
    of one word that word. The same tokens pass: a token's ``LOWER`` is a run of non-blanks or of blanks
    (spaCy cuts at every change), so no word token ends in the line break ``$`` would also accept."""
    value = tok.get("LOWER")
    if not isinstance(value, dict) or len(value) != 1:
        return tok
    words: frozenset[str] | list[str] | None = value.get("IN")
    if isinstance(value.get("REGEX"), str):
        words = _regex_words(value["REGEX"])
    if not words or not all(isinstance(w, str) and w and not any(c.isspace() for c in w) for w in words):
        return tok
    return {**tok, "LOWER": next(iter(words)) if len(words) == 1 else {"IN": sorted(words)}}


def _expand_first(pattern: list[dict[str, Any]], limit: int = 40) -> list[list[dict[str, Any]]]:
    """Split a leading ``{"LOWER": {"IN": [...]}}`` into one pattern per word. spaCy's Matcher tests every
    pattern's first token against every token: an exact LOWER value is checked in C, an IN set calls a Python
    predicate (measured: the predicate calls were ~80 % of the matcher's time on 136-word notes)."""
    first = pattern[0]
    words = first.get("LOWER", {}).get("IN") if isinstance(first.get("LOWER"), dict) else None
    if words is None or "OP" in first or len(words) > limit:
        return [pattern]
    return [[{"LOWER": w}, *pattern[1:]] for w in words]


def _first_words(spec: dict[str, Any]) -> frozenset[str] | None:
    """Every ``LOWER`` value a (required) pattern token accepts, when they are few: an exact word, an ``IN``
    list, or an anchored regex of a finite language (``_regex_words``; spaCy's regex predicate *searches*,
    and ``$`` also matches before a final line break, so each word also stands with one); else None."""
    value = spec.get("LOWER")
    if len(spec) != 1 or value is None:
        return None
    if isinstance(value, str):
        return frozenset({value})
    if not isinstance(value, dict) or len(value) != 1:
        return None
    if "IN" in value and all(isinstance(w, str) for w in value["IN"]):
        return frozenset(value["IN"])
    words = _regex_words(value["REGEX"]) if isinstance(value.get("REGEX"), str) else None
    return None if words is None else words | {w + "\n" for w in words}


#: medspaCy 1.3's name-mangled token Matcher inside its ``MedspacyMatcher`` (``self.__matcher``)
_INNER = "_MedspacyMatcher__matcher"
#: and the TargetMatcher's and ConText's ``MedspacyMatcher`` (``self.__matcher``)
_TARGET_MATCHER = "_TargetMatcher__matcher"
_CONTEXT_MATCHER = "_ConText__matcher"
_SECTION_MATCHER = "_Sectionizer__matcher"
_split_unavailable_logged = False
#: and its PhraseMatcher and RegexMatcher
_PHRASES = "_MedspacyMatcher__phrase_matcher"
_REGEX = "_MedspacyMatcher__regex_matcher"


def _match(matcher: Any, doc: Doc) -> list[tuple[int, int, int]]:
    """``MedspacyMatcher.__call__`` (medspaCy 1.3): its token matcher's matches, then its PhraseMatcher's
    (not called when it holds no phrase) and its RegexMatcher's (none here: a matcher with regex rules, or
    a medspaCy laid out otherwise, is called itself), pruned to the longest (``_prune_overlapping``)."""
    inner = getattr(matcher, _INNER, None)
    phrases = getattr(matcher, _PHRASES, None)
    prune = getattr(matcher, "_prune", None)
    if inner is None or phrases is None or getattr(getattr(matcher, _REGEX, None), "_patterns", True):
        return matcher(doc)  # type: ignore[no-any-return]
    if not isinstance(prune, bool):
        return matcher(doc)  # type: ignore[no-any-return]
    matches = inner(doc)
    if len(phrases):
        matches += phrases(doc)
    return _prune_overlapping(matches) if prune else matches


def _start_end(match: tuple[int, int, int]) -> tuple[int, int]:
    return match[1], match[2]


def _prune_overlapping(matches: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """medspaCy's ``prune_overlapping_matches`` (strategy "longest"), the same steps without its
    ``list.pop(0)``, recursion and per-pair calls: sort by (start, end); walk the pairs, keeping the longer
    of two that overlap (``tuple_overlaps``, one-sided as medspaCy's; the first of two as long) and skipping
    to the match after them; repeat until a pass drops nothing."""
    if not matches:
        return matches
    while True:
        ordered = sorted(matches, key=_start_end)
        count = len(ordered)
        pruned = []
        current = ordered[0]
        i = 1
        while True:
            if i == count:
                pruned.append(current)
                break
            following = ordered[i]
            i += 1
            a0, a1, b0, b1 = current[1], current[2], following[1], following[2]
            if a0 <= b0 < a1 or a0 < b1 <= a1:
                pruned.append(following if b1 - b0 > a1 - a0 else current)
                if i == count:
                    break
                current = ordered[i]
                i += 1
            else:
                pruned.append(current)
                current = following
        if len(pruned) == len(matches):
            return pruned
        matches = pruned


#: Canary texts (ours, synthetic) read by the whole and the split matcher at build time (``verified``): the
#: rule tier's kinds of wording, ties of one span, line breaks, numbers, a query, a heading.
CANARY_TEXTS = (
    "No acute intracranial hemorrhage. Small right SDH is new.",
    "Negative for SAH.\nEvaluate for bleed.",
    "FINDINGS: 8 mm left subdural hematoma, previously 6 mm. IMPRESSION: Can't exclude SAH.",
    "Scalp hematoma without intracranial extension; no sdh/edh.",
    "History of SAH, now resolved vs. stable. Possible intraventricular blood.",
    "No bleed. No acute bleed. Without bleed, 8 mm SDH. Left frontal and parietal SAH, small sah.",
    "Hemorrhage? Likely hemorrhagic contusion versus calcification; no mass effect or midline shift.",
    "IMPRESSION:\n1. Interval decrease of the\nsubdural collection.\n2. No new hemorrhage identified.",
    "Intraparenchymal hemorrhage in the left basal ganglia with intraventricular extension, 12 x 9 mm.",
    "",
)


class _FirstWordMatcher:
    """spaCy's ``Matcher`` split by each pattern's first word, same matches. spaCy tries every pattern at
    every token (measured: ~5 us a token for medspaCy's 267 target and 226 ConText patterns, most of the
    rule tier's cost on a sentence); a pattern whose first token takes a few exact ``LOWER`` words
    (``_first_words``; whatever else the token tests) can only match in a doc holding one of them, so it
    joins the group of each word (as one pattern per word), which runs only then, and only when one of its
    patterns finds a word of each of its required later tokens (``_needs``); a word's patterns that are that
    word alone match at each occurrence without spaCy; the other patterns (``rest``) run when a doc holds a
    word one of their required tokens must be.

    A group's matches come in the order the whole matcher gives them (each pattern's states evolve alone and
    spaCy keeps their relative order), so the merged list differs from the whole matcher's only in how
    groups interleave. medspaCy's ``MedspacyMatcher`` sorts the matches by ``(start, end)`` (stable) before
    pruning, so the interleaving matters only between matches of one span from two groups: such a doc is
    matched again by the whole matcher (``full``)."""

    def __init__(self, full: Matcher, rules: Sequence[tuple[str, list[dict[str, Any]]]]) -> None:
        """`rules`: ``(key, pattern)`` in the order they were added to `full`, one pattern each."""
        self._full = full
        vocab = full.vocab
        patterns: dict[int, list[tuple[str, list[dict[str, Any]]]]] = {}
        rest: list[tuple[str, list[dict[str, Any]]]] = []
        for rule_id, whole in rules:
            words = _lower_words(whole[0])
            if words is None:
                rest.append((rule_id, whole))
                continue
            for word in sorted(words):  # one exact-word pattern per word it can start from
                pattern = [{**whole[0], "LOWER": word}, *whole[1:]]
                patterns.setdefault(vocab.strings.add(word), []).append((rule_id, pattern))
        # per first word: the keys of its patterns that are that word alone (each matches at every
        # occurrence, in this order), and the matcher of its other patterns, the most tokens a match of
        # them can take (None: unbounded) and the words each needs (``_needs``)
        self._groups: dict[int, _Group] = {}
        self._words: dict[int, list[int]] = {}
        for key, entries in patterns.items():
            alone = [vocab.strings.add(rule_id) for rule_id, pattern in entries if _word_alone(pattern)]
            if alone:
                self._words[key] = alone
            longer = [(rule_id, pattern) for rule_id, pattern in entries if not _word_alone(pattern)]
            if not longer:
                continue
            matcher = Matcher(vocab)
            for rule_id, pattern in longer:
                matcher.add(rule_id, [pattern])
            lengths = [_longest(pattern) for _, pattern in longer]
            needs = [_needs(pattern, vocab) for _, pattern in longer]
            self._groups[key] = _Group(
                matcher,
                None if None in lengths else max(lengths),  # type: ignore[type-var]
                None if () in needs else tuple(needs),
            )
        self._rest: Matcher | None = None
        # the rest runs only in a doc holding one of the words some token of each of its patterns must be
        # (None: a pattern without such a token, the rest always runs)
        self._rest_words: frozenset[int] | None = frozenset()
        if rest:
            self._rest = Matcher(vocab)
            for rule_id, pattern in rest:
                self._rest.add(rule_id, [pattern])
                required = next((w for w in map(_first_words, pattern) if w is not None), None)
                if required is None or self._rest_words is None:
                    self._rest_words = None
                else:
                    self._rest_words |= {vocab.strings.add(word) for word in required}
        self._keys = frozenset(self._groups) | frozenset(self._words)

    @classmethod
    def verified(
        cls, full: Matcher, rules: Sequence[tuple[str, list[dict[str, Any]]]], docs: Sequence[Doc]
    ) -> Matcher | _FirstWordMatcher:
        """The split of `full`, or `full` itself when the two disagree on one of `docs` (the canaries, read
        at build time): the same matches, and the same ones left after medspaCy's pruning. A spaCy whose
        Matcher orders or finds matches otherwise than the tested one (3.7) so keeps the rule results."""
        split = cls(full, rules)
        for doc in docs:
            want, got = full(doc), split(doc)
            if sorted(got) != sorted(want) or prune_overlapping_matches(
                list(got)
            ) != prune_overlapping_matches(list(want)):
                log.warning("rules_matcher_split_disagrees")  # no text: the canaries are ours, still
                return full
        return split

    @classmethod
    def install(cls, matcher: Any, docs: Sequence[Doc]) -> bool:
        """Replace the token ``Matcher`` inside a medspaCy ``MedspacyMatcher`` (after its last ``add``) by
        its split, when the split agrees with it on `docs`. It reaches medspaCy's private attributes
        (medspaCy is pinned, spaCy to a minor range): any one missing keeps spaCy's matcher, logged once."""
        inner = getattr(matcher, _INNER, None) if matcher is not None else None
        prune = getattr(matcher, "_prune", None)
        rules = [r for r in getattr(matcher, "rule_map", {}).values() if isinstance(r.pattern, list)]
        ids = [getattr(r, "_rule_id", None) for r in rules]
        if not isinstance(inner, Matcher) or not isinstance(prune, bool) or None in ids:
            global _split_unavailable_logged
            if not _split_unavailable_logged:
                _split_unavailable_logged = True
                log.warning("rules_matcher_split_unavailable")
            return False
        if not rules or not prune or any(r.on_match is not None for r in rules):
            return False  # unsorted matches, or a callback that sees the whole match list: keep spaCy's
        split = cls.verified(inner, list(zip(ids, (r.pattern for r in rules), strict=True)), docs)
        setattr(matcher, _INNER, split)
        return split is not inner

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        lower, present = _lower_ids(doc)
        runs = []
        for key in self._keys.intersection(present):
            ids = self._words.get(key)
            if ids is not None:
                runs.append([(match_id, i, i + 1) for i in _positions(doc, lower)[key] for match_id in ids])
            group = self._groups.get(key)
            if group is not None and (group.needs is None or _can_match(group.needs, present)):
                runs.append(self._run(doc, lower, key, group))
        if self._rest is not None and (self._rest_words is None or not self._rest_words.isdisjoint(present)):
            runs.append(self._rest(doc))
        runs = [run for run in runs if run]
        if len(runs) < 2:
            return runs[0] if runs else []
        owner: dict[tuple[int, int], int] = {}
        for n, run in enumerate(runs):
            for _, start, end in run:
                if owner.setdefault((start, end), n) != n:
                    return self._full(doc)  # one span from two groups: their order decides the pruning
        return [match for run in runs for match in run]

    @staticmethod
    def _run(doc: Doc, lower: list[int], key: int, group: _Group) -> list[tuple[int, int, int]]:
        """One group's matches. Its matcher reads only the tokens a match can reach: each occurrence of its
        word and the tokens after it up to the longest match (overlapping windows joined), or, when a match
        can be unbounded, from the first occurrence on. A state can start only at an occurrence and ends
        within its pattern's length, so the same states run, in the same order for each start (spaCy's
        matcher makes a Python token for every token of what it reads, twice: most of its cost on a note)."""
        n = len(lower)
        if group.longest is None:
            first = lower.index(key)
            if first == 0:
                return group.matcher(doc)
            return [(match_id, first + a, first + b) for match_id, a, b in group.matcher(doc[first:])]
        longest = group.longest
        windows: list[list[int]] = []
        for i in _positions(doc, lower)[key]:
            end = min(n, i + longest)
            if windows and i < windows[-1][1]:
                windows[-1][1] = end
            else:
                windows.append([i, end])
        if len(windows) == 1 and windows[0][0] == 0 and windows[0][1] == n:
            return group.matcher(doc)
        return [
            (match_id, first + a, first + b)
            for first, end in windows
            for match_id, a, b in group.matcher(doc[first:end])
        ]


class _Group(NamedTuple):
    """A first word's patterns of more than one token (``_FirstWordMatcher``): their matcher, the most tokens
    a match can take (None: unbounded), and per pattern the word sets of its required tokens (``_needs``;
    None: some pattern needs none, the matcher always runs)."""

    matcher: Matcher
    longest: int | None
    needs: tuple[tuple[frozenset[int], ...], ...] | None


#: ``Doc.user_data`` key: the doc's tokens' ``LOWER`` ids and their set (``_lower_ids``)
_LOWER_IDS = "triage_lower_ids"


def _lower_ids(doc: Doc) -> tuple[list[int], set[int]]:
    """The doc's tokens' ``LOWER`` ids, in order, and as a set; kept in the doc, as every matcher step reads
    them (a doc's tokens do not change after the tokenizer: no step merges or splits them)."""
    known = doc.user_data.get(_LOWER_IDS)
    if known is None or len(known[0]) != len(doc):
        lower = doc.to_array(LOWER).tolist()
        known = doc.user_data[_LOWER_IDS] = (lower, set(lower))
    return known


#: ``Doc.user_data`` key: each ``LOWER`` id's token indices (``_positions``)
_POSITIONS = "triage_positions"


def _positions(doc: Doc, lower: list[int]) -> dict[int, list[int]]:
    """``{LOWER id: [token index, ...]}`` of the doc (`lower`: ``_lower_ids``), found once per doc."""
    known = doc.user_data.get(_POSITIONS)
    if known is None or known[0] is not lower:
        where: dict[int, list[int]] = {}
        for i, word in enumerate(lower):
            where.setdefault(word, []).append(i)
        known = doc.user_data[_POSITIONS] = (lower, where)
    return known[1]


def _can_match(needs: tuple[tuple[frozenset[int], ...], ...], present: set[int]) -> bool:
    """Whether some pattern of a group (``_Group.needs``) finds a word of each of its required tokens."""
    for need in needs:
        for words in need:
            if words.isdisjoint(present):
                break
        else:
            return True
    return False


def _word_alone(pattern: list[dict[str, Any]]) -> bool:
    """A pattern of one token that is one ``LOWER`` test alone: it matches at every occurrence of its word."""
    return len(pattern) == 1 and list(pattern[0]) == ["LOWER"]


def _lower_words(spec: dict[str, Any]) -> frozenset[str] | None:
    """The few words a pattern token's ``LOWER`` can be (``_first_words``) when the token must be taken (no
    operator), whatever else it tests ("IS_UPPER": a capitals heading); else None."""
    if "LOWER" not in spec or "OP" in spec:
        return None
    return _first_words({"LOWER": spec["LOWER"]})


def _needs(pattern: list[dict[str, Any]], vocab: Any) -> tuple[frozenset[int], ...]:
    """The word sets (``LOWER`` ids) of a pattern's tokens after the first that a match must take at least
    once (no operator or ``+``) and that accept only a few words (``_first_words``): a doc missing every
    word of one of them holds no match of the pattern, so its group's matcher need not run (the patterns
    run independently: leaving one that cannot match out changes no other's matches)."""
    out = []
    for tok in pattern[1:]:
        if tok.get("OP") not in (None, "+"):
            continue
        words = _lower_words({k: v for k, v in tok.items() if k != "OP"})
        if words is not None:
            out.append(frozenset(vocab.strings.add(w) for w in words))
    return tuple(out)


def _longest(pattern: list[dict[str, Any]]) -> int | None:
    """The most tokens a match of a token pattern can take; None when a token may repeat (``*``, ``+``,
    ``{n,m}``: any operator but none, ``?`` and ``!``, each of which takes at most one token)."""
    if any(tok.get("OP") not in (None, "?", "!") for tok in pattern):
        return None
    return len(pattern)


class _Targets:
    """Pipeline step: medspaCy's ``TargetMatcher`` (``target_matcher``: its rules, its matcher, its pruning),
    then the ``sentence_requires``/``after``/``not_before`` checks and the ``clause_final`` target rules.

    The TargetMatcher's own step sets ``doc.ents += (span,)`` per match, each a read and a write of every
    token's entity tag; its matches, once pruned, do not overlap and come sorted, so this step makes the same
    spans (label, ``span._.target_rule``) from its matcher and sets ``doc.ents`` once, after the checks (the
    same ents as the two steps before). A medspaCy without the private matcher attribute, or a rule with
    attributes or a callback, keeps medspaCy's own step."""

    def __init__(self, nlp: Language, name: str) -> None:
        self._vocab = nlp.vocab
        self.target_matcher = TargetMatcher(nlp, name=name, result_type="ents")
        self._targets: Any = None  # the TargetMatcher's MedspacyMatcher, once ``configure``d
        self._matcher: Matcher | _FirstWordMatcher | None = None
        self._pairs: list[tuple[str, list[dict[str, Any]]]] = []
        self._rules: dict[str, TargetRule] = {}
        self._sets: dict[str, frozenset[str]] = {}

    def configure(
        self, targets: list[TargetRule], clause_final: list[TargetRule], sets: dict[str, frozenset[str]]
    ) -> None:
        self.target_matcher.add(targets)
        inner = getattr(self.target_matcher, _TARGET_MATCHER, None)
        if (
            callable(inner)
            and isinstance(getattr(inner, "rule_map", None), dict)
            and all(r.attributes is None and r.on_match is None for r in inner.rule_map.values())
        ):
            self._targets = inner
        if clause_final:
            # matches sorted by (start, -length), stable: only the order of one span's matches counts
            full = Matcher(self._vocab)
            for rule in clause_final:
                full.add(rule.literal, [rule.pattern])
                self._rules[rule.literal] = rule
            self._matcher = full  # split by ``split`` once the pipeline is built
            self._pairs = [(r.literal, r.pattern) for r in clause_final]
        self._sets = sets

    def split(self, docs: Sequence[Doc]) -> None:
        """Split the target and clause-final matchers by first word where each agrees with its whole on
        `docs`."""
        _FirstWordMatcher.install(getattr(self.target_matcher, _TARGET_MATCHER, None), docs)
        if isinstance(self._matcher, Matcher):
            self._matcher = _FirstWordMatcher.verified(self._matcher, self._pairs, docs)

    def _matched(self, doc: Doc) -> list[tuple[Span, TargetRule]]:
        """The TargetMatcher's spans, in order, with their rules."""
        if self._targets is None:
            return [(e, e._.target_rule) for e in self.target_matcher(doc).ents]
        rules, strings = self._targets.rule_map, doc.vocab.strings
        spans = []
        for rule_id, start, end in _match(self._targets, doc):
            rule = rules[strings[rule_id]]
            span = Span(doc, start, end, label=rule.category)
            span._.target_rule = rule
            spans.append((span, rule))
        return spans

    def __call__(self, doc: Doc) -> Doc:
        ents = self._matched(doc)
        kept = [e for e, rule in ents if self._sentence_ok(e, rule.metadata)]
        if len(kept) != len(ents):
            kept = self._given_way(doc, ents, kept)
        added: list[Span] = []
        if self._matcher is not None:
            taken = {i for e in kept for i in range(e.start, e.end)}
            for match_id, start, end in sorted(self._matcher(doc), key=lambda m: (m[1], -(m[2] - m[1]))):
                if taken.intersection(range(start, end)):
                    continue
                rule = self._rules[doc.vocab.strings[match_id]]
                if not self._clause_end(doc, end, self._sets[rule.metadata["clause_final"]]):
                    continue
                span = Span(doc, start, end, label="ICH")
                span._.target_rule = rule
                if not self._sentence_ok(span, rule.metadata):
                    continue
                added.append(span)
                taken.update(range(start, end))
        # medspaCy's step set ``ents`` already, unless this step made them (``_matched``)
        if added or len(kept) != len(ents) or (ents and self._targets is not None):
            doc.ents = sorted(kept + added, key=lambda e: e.start)
        return doc

    def _given_way(self, doc: Doc, ents: list[tuple[Span, TargetRule]], kept: list[Span]) -> list[Span]:
        """A target its checks refuse gives way to the longest other target (no longer) that starts where it
        starts and passes its own ("fresh haemorrhage in the lesion" outside a pituitary sentence is the bleed
        word, not nothing: medspaCy's pruning kept only the longer pituitary match); a match that starts
        later inside it stays hidden ("micro-haemorrhages" without a trauma word stays unread). rules-12."""
        inner = getattr(self._targets, _INNER, None) if self._targets is not None else None
        if inner is None:
            return kept
        rules, strings = self._targets.rule_map, doc.vocab.strings
        raw = inner(doc)
        taken = {i for e in kept for i in range(e.start, e.end)}
        out = list(kept)
        for ent, refused in ents:
            if ent in kept:
                continue
            best: Span | None = None
            for rule_id, start, end in raw:
                if start != ent.start or end > ent.end or (best is not None and end <= best.end):
                    continue
                if end == ent.end and rules[strings[rule_id]] is refused:
                    continue
                if taken.intersection(range(start, end)):
                    continue
                rule = rules[strings[rule_id]]
                span = Span(doc, start, end, label=rule.category)
                span._.target_rule = rule
                if self._sentence_ok(span, rule.metadata):
                    best = span
            if best is not None:
                out.append(best)
                taken.update(range(best.start, best.end))
        return sorted(out, key=lambda e: e.start)

    def _sentence_ok(self, ent: Span, meta: dict[str, Any]) -> bool:
        need = meta.get("sentence_requires")
        if need is not None and not any(t.lower_ in self._sets[need] for t in ent.sent):
            return False
        after = meta.get("after")
        if after is not None:
            prev = _previous_word(ent.doc, ent.start)
            if prev is None or prev.lower_ not in self._sets[after]:
                return False
        stop = meta.get("not_before")
        if stop is not None:
            nxt = _next_word(ent.doc, ent.end)
            return nxt is None or nxt.lower_ not in self._sets[stop]
        return True

    @staticmethod
    def _clause_end(doc: Doc, end: int, links: frozenset[str]) -> bool:
        nxt = _next_word(doc, end)
        return nxt is None or nxt.is_punct or nxt.lower_ in links


#: words that part two clauses or two coordinated bleeds between a mention and a resolution cue
_CLAUSE_PARTS = frozenset({",", ";", "and", "with", "but", "while", "whereas", "plus", "&"})


def _predicated(ent: Span, modifier: Any) -> bool:
    """Whether a RESOLVED cue is said of this mention: nothing that parts clauses or coordinated bleeds
    (``_CLAUSE_PARTS``) stands between them. Decides a mention that also has an ACUITY cue: "the acute SDH
    seen on the prior has resolved" is history, "new right SDH, left SDH has resolved" keeps the new one."""
    start, end = modifier.modifier_span
    between = ent.doc[ent.end : start] if start >= ent.end else ent.doc[end : ent.start]
    return not any(t.lower_ in _CLAUSE_PARTS for t in between)


#: the organ a request's "?" names with its bleed word ("?head bleed", "? brain bleed"): part of the noun,
#: not a grade or place, so the mark is still the request's (rules-15)
_QUERY_ORGAN = frozenset({"head", "brain", "cerebral", "intracranial", "cranial", "skull"})


def _queried(
    ent: Span, graded: frozenset[str], place: frozenset[str], finding: frozenset[str] = frozenset()
) -> Literal["request", "hedge"] | None:
    """A question mark written before the finding ("CT head ?SAH", "fall, ? intracranial haemorrhage",
    "Indication - ?bleed") is the request's query, as radiology requests write it: ``"request"``
    (hypothetical). With a word of size or conspicuity between them (`graded`, with words of age and place
    beside it, `place`: "?tiny IVH", "? small left SDH") it is the radiologist's hedge on what is seen,
    which a request never grades: ``"hedge"`` (uncertain). One written after a word ("haemorrhage?") is the
    hedge of ``modifiers.json`` instead. The sentencizer ends a sentence at the mark, so ConText cannot
    scope it forward; the tokens before the mention decide. A mark after a described finding in its own
    sentence (`finding`: "Hyperdense focus in the right thalamus ? haemorrhage", "high density - ?SAH") is
    the radiologist's hedge on that finding too (rules-14); an indication heading still makes it a request
    (the section's say comes after)."""
    doc, i, grade, words = ent.doc, ent.start - 1, False, False
    while i >= 0 and (
        doc[i].is_space or doc[i].lower_ in graded or doc[i].lower_ in place or doc[i].lower_ in _QUERY_ORGAN
    ):
        grade = grade or doc[i].lower_ in graded
        words = words or not (doc[i].is_space or doc[i].lower_ in _QUERY_ORGAN)
        i -= 1
    if i < 0 or doc[i].text != "?" or (words and not grade):
        return None
    before = doc[i - 1] if i else None
    if before is None or bool(before.whitespace_) or before.is_space or before.is_punct:
        if grade or (finding and any(t.lower_ in finding for t in doc[doc[i].sent.start : i])):
            return "hedge"
        return "request"
    return None


#: words of an imaging result: with one in its sentence a hedged mention is a finding even beside an order
#: (``ORDERED`` in modifiers.json); read only for a mention with such a cue, so ConText does not carry them
_RESULT_WORDS = frozenset(
    {"shows", "showed", "show", "demonstrates", "demonstrated", "reveals", "revealed", "done", "reviewed"}
    | {"reported", "result", "results", "findings", "finding", "seen", "noted", "confirms", "confirmed"}
    | {"identified", "called"}
)
#: the first word of an answer after a question mark: "Hemorrhage? No." / "Bleed? Yes, left frontal."
_ANSWER_NO = frozenset({"no", "none", "negative", "nil", "absent", "neg", "not"})
_ANSWER_YES = frozenset({"yes", "present", "positive", "confirmed"}) | frozenset(
    # tune20 (priority set-10 kind): a change stated as the answer presupposes the bleed ("> EDH? Smaller:
    # 6 mm, from 10 mm"); "resolved" / "gone" does not (the bleed is no longer there)
    {
        "smaller",
        "larger",
        "bigger",
        "unchanged",
        "stable",
        "increased",
        "decreased",
        "enlarged",
        "improved",
        "improving",
        "worse",
        "same",
        "similar",
        "shrinking",
        "growing",
        "grown",
        "thinner",
        "thicker",
    }
)
#: an answer's label ("Q: ... ? A: no") and the words that leave the question open ("Not excluded.")
_ANSWER_LABEL = frozenset({"a", "answer", "ans", ":", "-", "\u2013"})
_OPEN_AFTER_NOT = frozenset({"excluded", "ruled", "certain", "sure", "known"})


def _answered(ent: Span) -> Literal["no", "yes"] | None:
    """A question answered in the text ("Hemorrhage? No.", "Is there a subdural haematoma? A: yes"): the
    mention's sentence ends in "?" within four words after it and the next word is the answer; None
    when there is none. A question left unanswered stays the hedge of ``modifiers.json``."""
    doc, i, words = ent.doc, ent.end, 0
    while i < ent.sent.end and doc[i].text != "?":
        words += not doc[i].is_space
        if words > 4:
            return None
        i += 1
    if i >= ent.sent.end:
        return None
    i += 1
    while i < len(doc) and (doc[i].is_space or doc[i].lower_ in _ANSWER_LABEL):
        i += 1
    if i >= len(doc):
        return None
    word = doc[i].lower_
    if word in _ANSWER_YES:
        return "yes"
    if word not in _ANSWER_NO:
        return None
    nxt = _next_word(doc, i + 1) if i + 1 < len(doc) else None
    return None if word == "not" and nxt is not None and nxt.lower_ in _OPEN_AFTER_NOT else "no"


def _previous_word(doc: Doc, i: int) -> Token | None:
    """The last non-space token before ``i`` in the same sentence, or None."""
    if doc[i].is_sent_start:
        return None
    i -= 1
    while i >= 0 and doc[i].is_space:
        if doc[i].is_sent_start:
            return None
        i -= 1
    return doc[i] if i >= 0 else None


def _next_word(doc: Doc, i: int) -> Token | None:
    """The first non-space token at or after ``i`` in the same sentence, or None."""
    while i < len(doc) and doc[i].is_space:
        i += 1
    if i >= len(doc) or doc[i].is_sent_start:
        return None
    return doc[i]


#: an imaging study named right after a mention ("IVH on CT this morning", "SDH seen on today's head CT"):
#: the words between, and the study words (rules-13, ``_on_imaging``)
_ON_STUDY_LEAD = frozenset({"seen", "shown", "found", "confirmed", "demonstrated", "identified", "on", "at"})
_ON_STUDY_FILLER = frozenset(
    {"the", "a", "an", "this", "today", "today's", "yesterday's", "admission", "initial", "outside", "plain"}
    | {"repeat", "recent", "latest", "head", "brain", "non", "-", "contrast", "noncontrast", "'s", "’s"}
)
_STUDY = frozenset(
    {"ct", "cta", "cts", "cth", "mri", "mr", "scan", "imaging", "ultrasound", "us", "angiogram"}
)


def _on_imaging(ent: Span) -> bool:
    """Whether an imaging study follows the mention in its sentence, placed by "on" ("IVH on CT", "SDH seen
    on today's head CT"): the mention is a result of that study."""
    doc, end = ent.doc, ent.sent.end
    i = ent.end
    while i < end and doc[i].lower_ in _ON_STUDY_LEAD and doc[i].lower_ not in ("on", "at"):
        i += 1
    if i >= end or doc[i].lower_ not in ("on", "at"):
        return False
    i += 1
    while i < end and i < ent.end + 8 and doc[i].lower_ in _ON_STUDY_FILLER:
        i += 1
    return i < end and doc[i].lower_ in _STUDY


#: request headings that are HYPOTHETICAL cues ("Indication: ..."): an imaging result under them stays a
#: result (``_only_headings``)
_REQUEST_HEADINGS = frozenset(
    {"indication", "indications", "clinical indication", "clinical history"}
    # rules-14: the request headings that are also HYPOTHETICAL phrases ("Reason for exam: acute SDH seen on
    # CT this morning, pre-op" reports a result)
    | {"reason for exam", "reason for study", "reason for examination", "clinical question"}
)
_REQUEST_WORDS = frozenset(
    {"?", "exclude", "excl", "query", "suspected", "suspect", "suspicion", "concern", "possible"}
)


#: a course stated of a bleed already known ("Clinical data: post-op day 1, SDH reaccumulated", "known SDH
#: with new weakness"): a result under a request heading, as an imaging result is (fixrules22,
#: ``_stated_result``)
_COURSE_WORDS = frozenset(
    {"reaccumulated", "re-accumulated", "reaccumulating", "re-accumulating", "reaccumulation"}
    | {"re-accumulation", "enlarging", "enlarged", "expanding", "expanded", "increasing", "increased"}
    | {"grown", "growing", "progressed", "progressing", "rebled", "re-bled", "evolving", "evolved"}
    | {"accumulated", "accumulating"}
)
#: a request written in words beside such a course ("assess enlarging SDH", "rule out expansion")
_ASKING_WORDS = _REQUEST_WORDS | frozenset(
    {"rule", "r/o", "ro", "assess", "assessment", "evaluate", "evaluation", "eval", "excluding", "check"}
    | {"exclusion", "vs", "versus", "or", "whether", "if"}
)


def _stated_result(ent: Span) -> bool:
    """Whether the mention's sentence states the course of a known bleed as a fact: a course word
    (``_COURSE_WORDS``) up to three words before the mention in its clause or three after it, or "known"
    right before it with "new" after it; and no request in words ("?", "rule out", "assess")."""
    sent = ent.sent
    words = [t.lower_ for t in sent]
    if any(w in _ASKING_WORDS for w in words):
        return False
    doc = ent.doc
    before = list(doc[max(sent.start, ent.start - 3) : ent.start])
    while any(t.is_punct for t in before):  # "increasing headache, SAH": the course is another's
        before = before[1:]
    if any(t.lower_ in _COURSE_WORDS for t in [*before, *doc[ent.end : min(sent.end, ent.end + 3)]]):
        return True
    return "known" in (t.lower_ for t in before) and "new" in (t.lower_ for t in doc[ent.end : sent.end])


def _only_headings(ent: Span, modifiers: Sequence[Any]) -> bool:
    """Whether every HYPOTHETICAL cue of the mention is a request heading, not a request ("rule out")."""
    doc = ent.doc
    if any(t.lower_ in _REQUEST_WORDS for t in ent.sent):
        return False  # "Indication: headache, exclude SAH on CT": the request is in the words
    return all(
        m.category != "HYPOTHETICAL"
        or doc[m.modifier_span[0] : m.modifier_span[1]].text.lower() in _REQUEST_HEADINGS
        for m in modifiers
    )


#: the first words of a generic sentence's cues: a risk ("may cause", rules-12) or a teaching cue ("typically
#: presents"), rules-14
_GENERIC_FIRST = frozenset(
    {"may", "can", "could", "might", "would", "typically", "classically", "characteristically", "usually"}
    | {"commonly", "often", "frequently", "generally", "classicaly"}
)
#: units of a measurement that ties a bleed to this patient ("8 mm thick")
_UNITS = frozenset({"mm", "cm", "ml", "cc", "mls"})
_TIE_WORDS = frozenset({"left", "right", "bilateral", "now"})
#: words after a bleed that say it is going but still there ("SAH washing out", "IVH redistributing")
_GOING_WORDS = frozenset(
    {"washing", "washes", "clearing", "redistributing", "redistributed", "resolving", "decreasing"}
    | {"reducing", "fading", "evolving", "persisting", "persists", "layering", "smaller", "less"}
)


def _only_generic(ent: Span, modifiers: Sequence[Any]) -> bool:
    """Whether every HYPOTHETICAL cue of the mention is a generic sentence's ("may cause", "typically
    presents"), not a request."""
    doc = ent.doc
    return all(
        m.category != "HYPOTHETICAL" or doc[m.modifier_span[0]].lower_ in _GENERIC_FIRST for m in modifiers
    )


def _ties_to_patient(ent: Span) -> bool:
    """Whether a generic sentence names this patient's bleed (rules-14): a measurement ("8 mm"), a side, "now"
    or "is present" / "which is present" / "present here" in the mention's sentence."""
    toks = [t for t in ent.sent if not t.is_space]
    for k, t in enumerate(toks):
        word = t.lower_
        if word in _TIE_WORDS:
            return True
        if word in _UNITS and k and toks[k - 1].like_num:
            return True
        if word[:-2].replace(".", "").isdigit() and word[-2:] in ("mm", "cm", "ml"):
            return True
        if word == "present" and (
            (k and toks[k - 1].lower_ in ("is", "are", "now"))
            or (k + 1 < len(toks) and toks[k + 1].lower_ in ("here", "today"))
        ):
            return True
    return False


def _going_on(ent: Span, modifiers: Sequence[Any]) -> bool:
    """A known bleed said to be going, after a negation of something new in the clause before ("No new blood,
    SAH washing out"): every negation cue stands before a comma or semicolon that comes before the mention,
    and the word after the mention says it is still going (``_GOING_WORDS``), rules-14."""
    doc = ent.doc
    nxt = _next_word(doc, ent.end) if ent.end < len(doc) else None
    if nxt is None or nxt.lower_ not in _GOING_WORDS:
        return False
    for m in modifiers:
        if m.category == "NEGATED_EXISTENCE":
            between = doc[m.modifier_span[1] : ent.start]
            if not any(t.text in (",", ";") for t in between):
                return False
    return True


@Language.factory("triage_targets", default_config={})
def _make_targets(nlp, name):  # type: ignore[no-untyped-def]
    return _Targets(nlp, name)


class _WindowModifier(ConTextModifier):
    """medspaCy's modifier, with a terminator tested against a window scope (``max_scope``) as against a
    sentence scope (rules-11). medspaCy limits a scope only when the other modifier's scope starts or ends
    inside it (``tuple_overlaps``), and a TERMINATE cue's scope is its whole sentence: it contains a window
    that lies inside the sentence, so "whereas", "which" or ";" inside the window of a windowed cue
    ("Hemorrhage - none" ... ) never cut it. Here either scope holding the other's start or end counts.

    Built with its scope (``_scope``: medspaCy's ``__set_scope`` from the doc's sentence starts, found once
    per doc, not by walking the doc per modifier), and its rule's fields kept as plain attributes, as
    ``update_scopes`` and ``apply_modifiers`` read them for every pair."""

    def __init__(self, rule: ConTextRule, start: int, end: int, scope: tuple[int, int]) -> None:
        super().__init__(rule, start, end, None, scope_start=scope[0], scope_end=scope[1])
        direction = rule.direction
        self._terminates = direction == "TERMINATE"
        self._inert = direction in ("TERMINATE", "PSEUDO")  # modifies no target (``modifies``)
        self._forward = direction.lower() in ("forward", "bidirectional")
        self._backward = direction.lower() in ("backward", "bidirectional")
        self._category_upper = rule.category.upper()

    @staticmethod
    def _scope(rule: ConTextRule, start: int, end: int, sent: tuple[int, int]) -> tuple[int, int]:
        """medspaCy's ``ConTextModifier.__set_scope`` (no global ``max_scope``) for a modifier at
        ``[start, end)`` in the sentence `sent` (its first token's): forward to the sentence end, backward to
        its start, else both, each cut at the rule's ``max_scope``."""
        max_scope = rule.max_scope
        direction = rule.direction.lower()
        if direction == "forward":
            scope_start, scope_end = end, sent[1]
            if max_scope is not None and scope_end - scope_start > max_scope:
                scope_end = end + max_scope
        elif direction == "backward":
            scope_start, scope_end = sent[0], start
            if max_scope is not None and scope_end - scope_start > max_scope:
                scope_start = start - max_scope
        else:
            scope_start, scope_end = sent
            if max_scope is not None and start - scope_start > max_scope:
                scope_start = start - max_scope
            if max_scope is not None and scope_end - end > max_scope:
                scope_end = end + max_scope
        return scope_start, scope_end

    def limit_scope(self, other: ConTextModifier) -> bool:
        """medspaCy's ``ConTextModifier.limit_scope`` with the overlap test both ways."""
        a0, a1 = self._scope_start, self._scope_end
        if not (a0 < other._scope_end and other._scope_start < a1) or self._terminates:
            return False
        rule = self._context_rule
        if (
            not other._terminates
            and other._category_upper not in rule.terminated_by
            and other._category_upper != self._category_upper
        ):
            return False
        other_rule = other._context_rule
        if rule.category == other_rule.category and (
            rule.allowed_types != other_rule.allowed_types or rule.excluded_types != other_rule.excluded_types
        ):
            return False
        if self._forward and other._start > self._start:
            self._scope_end = min(a1, other._start)
        if self._backward and other._end < self._end:
            self._scope_start = max(a0, other._end)
        return self._scope_start != a0 or self._scope_end != a1


#: the stems of "haemorrhagic" as descriptors spell it ("haemorrhagic collection": blood stated)
_BLOOD_STEMS = ("haemorrh", "hemorrh", "hemorh", "haemorh", "hemmor", "hemorag", "haemorag")


def _says_blood(ent: Span) -> bool:
    """Whether a descriptor's own words state blood ("empyema with a superimposed haemorrhagic collection"):
    a mimic named beside it then does not make it the mimic (rules-14)."""
    return any(t.lower_.startswith(_BLOOD_STEMS) for t in ent)


def _ends_in_question(span: Span) -> bool:
    """Whether `span` (a sentence) is a question: a question mark ends one of its words or marks (the
    sentencizer may keep a mark after it in the sentence: "bleed? (")."""
    return any(tok.text.endswith("?") for tok in span)


class _TriageContext(ConText):
    """medspaCy ConText building ``_WindowModifier`` modifiers (its ``__call__``, the same graph: scopes,
    ``update_scopes``, ``apply_modifiers``, edges; the pair loops read the modifiers' plain attributes)."""

    def __call__(self, doc: Doc, targets: str | None = None) -> Doc:
        found = doc.ents if not targets else getattr(doc._, targets)
        graph = ConTextGraph(prune_on_modifier_overlap=self.prune_on_target_overlap)
        graph.targets = found
        matcher = self._ConText__matcher  # type: ignore[attr-defined]
        matches = _match(matcher, doc)
        if matches:
            rule_map, strings = matcher.rule_map, self.nlp.vocab.strings
            starts = _sentence_starts(doc)
            modifiers = []
            for match_id, start, end in matches:
                rule = rule_map[strings[match_id]]
                k = bisect.bisect_right(starts, start)  # >= 1: starts[0] == 0 <= start
                sent = (starts[k - 1], starts[k] if k < len(starts) else len(doc))
                modifiers.append(
                    _WindowModifier(rule, start, end, _WindowModifier._scope(rule, start, end, sent))
                )
            graph.modifiers = modifiers
            for i in range(len(modifiers) - 1):  # ConTextGraph.update_scopes
                first = modifiers[i]
                for second in modifiers[i + 1 :]:
                    first.limit_scope(second)
                    second.limit_scope(first)
            if self.prune_on_target_overlap:
                graph.apply_modifiers()
            else:
                _apply_modifiers(graph, found, modifiers)
        for target, modifier in graph.edges:
            target._.modifiers += (modifier,)
        if self.context_attributes_mapping:
            self.set_context_attributes(graph.edges)
        doc._.context_graph = graph
        return doc


def _sentence_starts(doc: Doc) -> list[int]:
    """The doc's sentences' first tokens, in order (the first is 0): ``Span.sent`` of a token runs from the
    last of them at or before it to the next one after it (else the doc's end)."""
    return [sent.start for sent in doc.sents]


def _apply_modifiers(graph: ConTextGraph, targets: Sequence[Span], modifiers: list[_WindowModifier]) -> None:
    """``ConTextGraph.apply_modifiers`` (no pruning on overlap): each modifier that ``modifies`` a target
    takes it, then ``reduce_targets``; the same tests in the same order (``tuple_overlaps`` is one-sided)."""
    active = [m for m in modifiers if not m._inert]
    for target in targets:
        t0, t1 = target.start, target.end
        label = target.label_.upper()
        for m in active:
            m0, m1 = m._start, m._end
            if m0 <= t0 < m1 or m0 < t1 <= m1:
                continue
            if not m.allows(label):
                continue
            s0, s1 = m._scope_start, m._scope_end
            if (s0 <= t0 < s1 or s0 < t1 <= s1) and m.on_modifies(target):
                m.modify(target)
    edges = []
    for m in modifiers:
        m.reduce_targets()
        for target in m._targets:
            edges.append((target, m))
    graph.edges = edges


@Language.factory("triage_context", default_config={})
def _make_context(nlp, name):  # type: ignore[no-untyped-def]  # spaCy validates real (not string) annotations
    return _ContextIfTargets(_TriageContext(nlp, name=name, rules=None, span_attrs=None))


class _ContextIfTargets:
    """medspaCy ConText, run only on a Doc that has targets (most text has none; ConText's cost grows with the
    number of modifier matches, quadratically in ``update_scopes``)."""

    def __init__(self, context: ConText) -> None:
        self.context = context

    def __call__(self, doc: Doc) -> Doc:
        return self.context(doc) if doc.ents else doc


#: words that mark a correction of an earlier reading (``_corrected``)
_CORRECTION = re.compile(
    r"\b(?:addend(?:um|a)|amended|corrected|correction|revised|revision|reviews?|reviewed|disagree[sd]?"
    r"|in error|recognition error|dictation error|wrong patient|should read|not confirmed|withdrawn|retracted"
    r"|artefact|artifact)\b"
    # rules-15: the final reading after a resident's or a preliminary one ("Attending final: normal", "Final
    # read: no haemorrhage")
    r"|\bfinal(?:\s+(?:attending|consultant|radiologist|staff))?(?:\s+(?:read|reading|report|review))?\s*:"
    r"|\b(?:attending|consultant|staff)\s+final\b"
)
#: a negation's scope words: it negates a part, not the earlier reading ("no new haemorrhage elsewhere")
_PART_SCOPE = re.compile(r"\b(?:new|other|elsewhere|further|additional|remaining|residual|else|interval)\b")


#: words that refer a mention to the earlier reading a correction withdraws ("the 'SDH' on the prelim", "the
#: previously described IVH is ...", "the finding I called a haemorrhage")
_EARLIER_READING = re.compile(
    r"\b(?:previously (?:described|reported|called)|original|prelim(?:inary)?|first (?:summary|report|read)"
    r"|initial (?:report|read)|stating|called)\b"
)
#: a quoted phrase ('SDH', "haemorrhage", curly quotes); a quote after "to" / "read" is the new reading
_QUOTED = re.compile(
    r"(?<![a-z0-9])(?<!\bto )(?<!\bread )(?<!\breads )"
    r"['\"\u2018\u201c]([^'\"\u2019\u201d\n]{1,80})['\"\u2019\u201d](?![a-z])"
)


def _refers_to_earlier(lower: str, e: Evidence) -> bool:
    """Whether a mention after a correction word is the earlier reading it withdraws: quoted, or in a clause
    that names it as the earlier one (``_EARLIER_READING``)."""
    start = max(lower.rfind(c, 0, e.start) for c in ".!;\n") + 1
    end = _clause_end(lower, e.end)
    if any(m.start(1) < e.end and e.start < m.end(1) for m in _QUOTED.finditer(lower, start, end)):
        return True
    return bool(_EARLIER_READING.search(lower, start, e.start))


#: a reading named as an error or as a normal structure: "'SDH' was a typing error", "the word haemorrhage in
#: the prior version was a dictation error", "the 'haematoma' described is the normal sinus" (rules-12)
_WITHDRAWN = re.compile(
    r"\b(?:was|is|were)\s+(?:actually\s+|in fact\s+|only\s+|just\s+|simply\s+)?(?:an?\s+|the\s+)?"
    r"(?:(?:typing|typographical|dictation|transcription|spelling|voice[- ]recognition|speech[- ]recognition)"
    r"\s+(?:error|mistake)|typo|normal"
    # rules-13: named as an imaging artefact ("the 'contusion' is partial volume of the petrous ridge")
    r"|(?:(?:partial[- ]volume|volume[- ]averaging|beam[- ]hardening|streak|motion)\s+)?(?:artefact|artifact)"
    r"|partial[- ]volume|volume[- ]averaging|beam[- ]hardening)\b"
)
#: words that name a mention as a word of the text ("the word haemorrhage", "the term SDH")
_AS_A_WORD = re.compile(r"\b(?:word|words|term|phrase|abbreviation|acronym)\s+$")


def _withdrawn(text: str, found: list[Evidence]) -> list[Evidence]:
    """A reading withdrawn in its own clause after a correction word (rules-12): a positive mention after an
    addendum / correction word (``_CORRECTION``) that is quoted or named as a word ("the word X") and that its
    clause then calls an error or a normal structure (``_WITHDRAWN``) is negated; the new reading stays."""
    if not any(e.assertion in POSITIVE for e in found):
        return found
    lower = _aligned_lower(text)
    first = _CORRECTION.search(lower, 0, max(e.start for e in found if e.assertion in POSITIVE))
    if first is None:
        return found
    out = []
    for e in found:
        if e.assertion in POSITIVE and e.start > first.start():
            start = max(lower.rfind(c, 0, e.start) for c in ".!;\n") + 1
            quoted = any(m.start(1) <= e.start and e.end <= m.end(1) for m in _QUOTED.finditer(lower, start))
            named = quoted or _AS_A_WORD.search(lower, max(start, e.start - 30), e.start) is not None
            if named and _WITHDRAWN.search(lower, e.end, _clause_end(lower, e.end)):
                e = Evidence(e.start, e.end, e.concept, "negated", e.source)
        out.append(e)
    return out


#: a reading said to be another patient's ("that was the neighbouring bed's result", "the SAH referred to a
#: different patient", "belonged to the patient in bay 4"), rules-15
_OTHER_VERB = r"belong(?:s|ed)?|refer(?:s|red)?|relat(?:es|ed)"
_OTHER_COPULA = r"(?:was|were|is|are)(?:\s+(?:actually|in\s+fact))?(?:\s+(?:for|from|about|of))?"
_OTHER_TAIL = (
    r"\s+(?:to\s+|for\s+)?(?:the\s+|a\s+|an\s+)?"
    r"(?:(?:result|results|scan|scans|finding|findings|report|ct|image|images|study)\s+(?:for|of|from)\s+"
    r"(?:the\s+|a\s+|an\s+)?)?"
)
#: a patient set against this one by a contrast word ("a different patient", "the neighbouring bed")
_OTHER_CONTRAST = r"(?:another|different|other|wrong|neighbou?ring)\s+(?:patient|person|bed|bay|cubicle)"
#: a patient or bed named without contrast ("the patient in bed 7", "the next patient", "bay 2's"): this
#: patient's own bed may be named so ("this is the patient in bed 7"), fixrules23
_OTHER_NAMED = (
    r"(?:next|adjacent)\s+(?:patient|person|bed|bay|cubicle)"
    r"|(?:patient|man|woman|lady|gentleman|person|child)\s+in\s+(?:bed|bay|cubicle|room)\s*\d+"
    r"|(?:bed|bay)\s*\d+(?:'s|\u2019s)"
)
_OTHER_PATIENT = re.compile(
    rf"\b(?:(?:{_OTHER_VERB}){_OTHER_TAIL}(?:{_OTHER_CONTRAST}|{_OTHER_NAMED})"
    rf"|(?:{_OTHER_COPULA}){_OTHER_TAIL}{_OTHER_CONTRAST})"
)
#: "was for the patient in bed 4": another patient's only beside "not this patient" / "wrong patient"
_OTHER_PATIENT_NAMED = re.compile(rf"\b(?:{_OTHER_COPULA}){_OTHER_TAIL}(?:{_OTHER_NAMED})")
_NOT_THIS_PATIENT = re.compile(
    r"\bnot\s+(?:for\s+)?(?:this|our|my|the\s+same|the\s+right|the\s+correct)\s+patient\b|\bwrong\s+patient\b"
)


def _other_patient_in(lower: str, start: int = 0, end: int | None = None) -> bool:
    """Whether ``lower[start:end]`` gives a reading to another patient: after belong / refer / relate, any
    other patient or bed; after a bare "is" / "was" ("was for"), a patient set against this one by a
    contrast word, or one named by bed or as "next" only beside "not this patient" ("this is the patient in
    bed 7" names her own bed), fixrules23."""
    end = len(lower) if end is None else end
    if _OTHER_PATIENT.search(lower, start, end) is not None:
        return True
    return (
        _OTHER_PATIENT_NAMED.search(lower, start, end) is not None
        and _NOT_THIS_PATIENT.search(lower, start, end) is not None
    )


def _other_patients(text: str, found: list[Evidence]) -> list[Evidence]:
    """A reading that the next words give to another patient (a handover or message corrected: "the summary
    said a bleed; that was the neighbouring bed's result") is not this patient's: a positive mention whose
    clause or the clause after it says so (``_other_patient_in``) is negated (rules-15). A diagnosis listed in
    error from another patient's record is negative for this patient."""
    if not any(e.assertion in POSITIVE for e in found):
        return found
    lower = _aligned_lower(text)
    if not _other_patient_in(lower):
        return found
    out = []
    for e in found:
        if e.assertion in POSITIVE:
            end = _clause_end(lower, _clause_end(lower, e.end) + 1)
            if _other_patient_in(lower, e.end, end):
                e = Evidence(e.start, e.end, e.concept, "negated", e.source)
        out.append(e)
    return out


def _corrected(text: str, found: list[Evidence]) -> list[Evidence]:
    """A reading corrected later in the text (rules-11: addenda, amended and corrected reports, a second
    review, an AI or preliminary call not confirmed): after a correction word (``_CORRECTION``) that follows
    every positive mention, a negated mention (a mimic included) whose sentence negates the whole (none of
    ``_PART_SCOPE``: "no new haemorrhage elsewhere" is about the rest) makes the positive mentions before
    that word negated. A positive mention after the correction word keeps them (an addendum adding one)."""
    positive = [e for e in found if e.assertion in POSITIVE]
    if not positive or not any(e.assertion == "negated" for e in found):
        return found
    lower = _aligned_lower(text)
    last = max(e.end for e in positive)
    marks = [m.start() for m in _CORRECTION.finditer(lower, last)]
    if marks:
        mark = marks[0]
    else:  # rules-11 (set 10): a correction word before the earlier reading it quotes or refers to
        first = min(e.start for e in positive)
        mark = next((m.start() for m in _CORRECTION.finditer(lower, 0, first)), -1)
        if mark < 0 or not all(_refers_to_earlier(lower, e) for e in positive if e.start > mark):
            return found
    for e in found:
        if e.start >= max(mark, last) and e.assertion == "negated":
            start = max(lower.rfind(c, 0, e.start) for c in ".!;\n") + 1
            if not _PART_SCOPE.search(lower, start, _clause_end(lower, e.end)):
                break
    else:
        return found
    return [
        Evidence(e.start, e.end, e.concept, "negated", e.source) if e.assertion in POSITIVE else e
        for e in found
    ]


#: a differential's words between a suspicion and a mimic ("?SAH, t/c calcification"), rules-14
_DIFFERENTIAL = re.compile(
    r"(?<![a-z0-9])(?:t\s*/\s*c|ddx|d/d|dd|vs\.?|versus|differential|to consider|or)(?![a-z0-9])"
)
#: a word of a suspicion's clauses (``RuleEngine._follow_on``); "?" is a word there ("?SAH. CT ordered.")
_FOLLOW_WORD = re.compile(r"[a-z0-9]+|\?")


#: words that place a finding on a test ("on the CT", "in today's MRI", "from the scan")
_ON_TEST = frozenset({"on", "in", "from", "at", "by"})


def _clause_end(lower: str, start: int) -> int:
    """Offset of the first clause end (". " "! " "? " ";" or a line break) at or after ``start``, else
    the text's length."""
    m = _CLAUSE_END.search(lower, start)
    return m.start() if m else len(lower)


_CLAUSE_END = re.compile(r"[.!?](?=\s|$)|[;\n]")
#: word set (modifiers.json) of the size and conspicuity words that make a "?" before a finding a hedge
_QUERY_GRADE_SET = "QUERY_GRADE"
_QUERY_PLACE_SET = "QUERY_PLACE"
_QUERY_FINDING_SET = "QUERY_FINDING"
_FORM_TITLE_SET = "FORM_TITLE"  # the form-title HYPOTHETICAL cue's words (_title_answered_yes)
#: word sets (modifiers.json) of a suspicion answered by the next clause (``_follow_on``)
_FOLLOW_ON_SETS = ("CONCERN_CUE", "TEST_WORD", "ORDER_WORD", "RESULT_WORD", "RESULT_NEGATIVE")
#: word set (targets.json) of the words that carry a bleed from one compartment into the next
_EXTENSION_SET = "EXTENSION"
_COMPARTMENT_SET = "INTRACRANIAL_COMPARTMENT"


def _clause_words(span: Span) -> list[str]:
    """Lower-case words of a span; a hyphenated compound ("intra-abdominal", tokens intra/-/abdominal) also
    gives its joined forms ("intra-abdominal", "intraabdominal")."""
    toks = [t for t in span if not t.is_space]
    # "sans injection", "sin contraste": the exam's protocol, not an injection site; "nil by mouth": a route
    words = [
        t.lower_
        for i, t in enumerate(toks)
        if not (i and toks[i - 1].lower_ in _PROTOCOL_WITHOUT and t.lower_ in _PROTOCOL_WORDS)
        and not (i and toks[i - 1].lower_ in _ROUTE_BEFORE and t.lower_ in _ROUTE_WORDS)
    ]
    for i in range(1, len(toks) - 1):
        if toks[i].text == "-" and not toks[i].whitespace_ and not toks[i - 1].whitespace_:
            a, b = toks[i - 1].lower_, toks[i + 1].lower_
            words += (f"{a}-{b}", a + b)
    return words


def _anchor_pattern(ruleset: RuleSet) -> re.Pattern[str] | None:
    """A text can hold a target only if it holds, as a whole token, one word of each target rule's first
    required word/word-set token: this regex finds any of those words (searched in the lower-cased text,
    as the matcher compares ``LOWER``; a hit where spaCy would cut the word differently only costs a normal
    read). None when some rule has no such token (a site's phrase, or a rule of regexes only): then every
    text is read."""
    words: set[str] = set()
    for rule in ruleset.target_rules:
        if rule.pattern is None:  # a site's phrase: its first word as spaCy would cut it is not known here
            return None
        for spec in rule.pattern:
            if spec.op in ("?", "*"):
                continue
            if spec.word is not None:
                words.add(spec.word)
                break
            if spec.set is not None:
                words.update(ruleset.word_sets[spec.set])
                break
        else:
            return None
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![a-z0-9])(?:{alternatives})(?![a-z0-9])")


_ALNUM = re.compile("[a-z0-9]+")
#: where a sentence piece may start (``RuleEngine._sentence_pieces``): after a word whose last character is
#: no letter or digit (only such a word can end in a sentence-end token), one space or blanks holding a line
#: break (group 2), before a letter or digit
_CUT = re.compile(r"(\S*(?:[^\w\s]|_))(?: |([ \t\r]*\n[ \t\r\n]*))(?=[^\W_])")
#: ``_CUT`` from its word's last character: opening with a class (``[\W_]`` without blanks: the lookbehind),
#: sre searches it from one such character to the next instead of trying ``\S*`` at each one (``_cuts``)
_CUT_END = re.compile(r"[\W_](?<!\s)(?: |([ \t\r]*\n[ \t\r\n]*))(?=[^\W_])")


def _cuts(text: str) -> Iterator[tuple[str, int, bool]]:
    r"""``(group 1, end, whether group 2 matched)`` of every ``_CUT`` match in ``text``, in order: a match of
    ``_CUT`` starts at its word's start (the text's start or the character after a blank: ``\S*`` cannot
    start inside a word that a match's word does not end), so the word is the run of non-blanks that
    ends at a ``_CUT_END`` match's first character."""
    for m in _CUT_END.finditer(text):
        end = m.start() + 1
        start = m.start()
        while start and not text[start - 1].isspace():
            start -= 1
        yield text[start:end], m.end(), m.group(1) is not None


def _required_words(ruleset: RuleSet) -> list[list[frozenset[str]]]:
    """Per target rule, the word sets of its required word/word-set tokens (``op`` not ``?``/``*``): every
    match of the rule holds one word of each. ``_may_match`` reads runs of ``[a-z0-9]``, so a word with other
    characters ("pseudo-sah") stands for its first such run; a regex spec stands for the words it can match
    when they are few (``_regex_words``); a spec with a word of none, or another regex, is left out, which
    only makes the test looser."""
    out: list[list[frozenset[str]]] = []
    for rule in ruleset.target_rules:
        required: list[frozenset[str]] = []
        for spec in rule.pattern or ():
            if spec.op in ("?", "*"):
                continue
            words = frozenset({spec.word}) if spec.word is not None else None
            if spec.set is not None:
                words = ruleset.word_sets[spec.set]
            elif spec.regex is not None:
                words = _regex_words(spec.regex)
            runs = [_ALNUM.findall(w) for w in words or ()]
            if runs and all(runs):
                required.append(frozenset(r[0] for r in runs))
        out.append(required)
    return out


def _regex_words(regex: str, limit: int = 256) -> frozenset[str] | None:
    """Every string a token regex can match, when it is anchored at both ends (``^...$``), has no flags and
    its language is finite and at most `limit` strings ("^(staining|stains?)$", "^levels?$"); else None."""
    try:
        tree = _sre.parse(regex)
    except re.error:
        return None
    items = list(tree)
    if (
        tree.state.flags & ~re.UNICODE
        or len(items) < 3
        or items[0] != (_sre_c.AT, _sre_c.AT_BEGINNING)
        or items[-1] != (_sre_c.AT, _sre_c.AT_END)
    ):
        return None
    words = _finite_language(items[1:-1], limit)
    return frozenset(words) if words is not None else None


def _finite_language(items: Sequence[tuple[Any, Any]], limit: int) -> set[str] | None:
    """The strings a parsed regex sequence matches: literals, small classes, groups, alternatives and
    ``?``; None for anything else (repeats, negated classes, look-arounds ...) or past `limit` strings."""
    out = {""}
    for op, arg in items:
        alts: set[str] | None
        if op is _sre_c.LITERAL:
            alts = {chr(arg)}
        elif op is _sre_c.IN:
            alts = set()
            for kind, value in arg:
                if kind is _sre_c.LITERAL:
                    alts.add(chr(value))
                elif kind is _sre_c.RANGE and value[1] - value[0] < 64:
                    alts.update(chr(c) for c in range(value[0], value[1] + 1))
                else:
                    return None
        elif op is _sre_c.SUBPATTERN:
            alts = _finite_language(arg[-1], limit)
        elif op is _sre_c.BRANCH:
            alts = set()
            for branch in arg[1]:
                words = _finite_language(branch, limit)
                if words is None:
                    return None
                alts |= words
        elif op is _sre_c.MAX_REPEAT and arg[1] == 1:
            inner = _finite_language(arg[2], limit)
            alts = None if inner is None else inner | ({""} if arg[0] == 0 else set())
        else:
            return None
        if alts is None:
            return None
        out = {a + b for a in out for b in alts}
        if len(out) > limit:
            return None
    return out


def _phrase(nlp: Language, phrase: str) -> list[TokenSpec]:
    return [TokenSpec(word=t.lower_) for t in nlp.make_doc(phrase.strip()) if not t.is_space]


class RuleEngine:
    """Scores report text with the rule tier.

    ``RuleEngine.load(extra_terms_file=None)`` → engine; ``engine.assess(text)`` → :class:`RuleResult`;
    ``engine.assess_batch(texts)`` → ``list[RuleResult]`` (same order); ``engine.version`` → the rules
    version.
    Raises :class:`triage.errors.RulesError` when a resource is invalid (at load, never per report)."""

    def __init__(
        self,
        ruleset: RuleSet,
        *,
        splitter: Splitter = "sentencizer",
        prefilter: bool = True,
        sentences: bool = True,
        memo: int = MEMO_SIZE,
    ) -> None:
        self._rules = ruleset
        # a bounded LRU of sentence pieces already read: (piece, whole text has lower case) -> mentions
        self._memo_size = memo
        self._memo: _Memo | None = OrderedDict() if memo else None
        self._memo_lock = threading.Lock()  # one engine may serve the loop thread and a replay at once
        self._split = memo > 0  # with a memo, one piece per sentence: a sentence repeats more than a run
        self._anchor = _anchor_pattern(ruleset) if prefilter else None
        self._by_sentence = sentences and self._anchor is not None
        # _may_match: one bit per required token of a rule; a word sets the bits of the tokens it can be
        required = _required_words(ruleset)
        self._word_bits: dict[str, int] = {}
        self._rule_bits: list[int] = []
        bit = 0
        for rule in required:
            mask = 0
            for words in rule:
                for word in words:
                    self._word_bits[word] = self._word_bits.get(word, 0) | 1 << bit
                mask |= 1 << bit
                bit += 1
            self._rule_bits.append(mask)
        self._words = frozenset(self._word_bits)
        # a rule of one required token is met by any of its words: those rules' bits in one mask
        self._one_token_rules = 0
        for mask in self._rule_bits:
            if not mask & (mask - 1):
                self._one_token_rules |= mask
        self._many_token_rules = tuple({mask for mask in self._rule_bits if mask & (mask - 1)})
        self._no_token_rule = 0 in self._rule_bits  # a rule of optional tokens only: any piece may match
        self._sentence_end_words: dict[str, bool] = {}
        self._may_match_known: dict[frozenset[str], bool] = {}
        self._version = ruleset.version
        self._location_words = ruleset.location_words
        site: SiteRule | None = ruleset.targets.site_rule
        self._site_concepts = frozenset(site.concepts) if site else frozenset()
        sets = ruleset.word_sets
        self._extracranial = sets[site.extracranial] if site else frozenset()
        self._intracranial = sets[site.intracranial] if site else frozenset()
        self._clause_breaks = sets[site.clause_breaks] if site else frozenset()
        self._extension = sets.get(_EXTENSION_SET, frozenset()) if site else frozenset()
        self._compartment = sets.get(_COMPARTMENT_SET, frozenset()) if site else frozenset()
        self._spinal_concepts = frozenset(site.spinal_concepts) if site else frozenset()
        self._spinal = sets[site.spinal] if site and site.spinal else frozenset()
        self._spinal_levels = sets[site.spinal_levels] if site and site.spinal_levels else frozenset()
        self._descriptors = frozenset(ruleset.targets.descriptor_concepts)
        self._capped = self._descriptors - frozenset(ruleset.targets.affirmed_descriptor_concepts)
        self._mimics = frozenset(ruleset.targets.mimic_concepts)
        self._query_grade = ruleset.word_sets.get(_QUERY_GRADE_SET, frozenset())
        self._query_place = ruleset.word_sets.get(_QUERY_PLACE_SET, frozenset())
        self._query_finding = ruleset.word_sets.get(_QUERY_FINDING_SET, frozenset())
        self._form_titles = ruleset.word_sets.get(_FORM_TITLE_SET, frozenset())
        self._follow_on_sets = tuple(ruleset.word_sets.get(n, frozenset()) for n in _FOLLOW_ON_SETS)
        self._section_assertion: dict[str, Assertion | None] = {
            g.category: g.assertion for g in ruleset.modifiers.sections
        }
        self._same_sentence = frozenset(g.category for g in ruleset.modifiers.sections if g.same_sentence)
        # A cheap superset test: the Sectionizer can only change an assertion when a heading of a category
        # with an assertion (past history, indication ...) is in the text; most texts have none.
        headers = sorted(
            (h for g in ruleset.modifiers.sections if g.assertion is not None for h in g.headers), key=len
        )
        with_object = sorted(
            (h for g in ruleset.modifiers.sections if g.assertion is not None for h in g.headers_with_object),
            key=len,
        )
        self._section_probe = (
            re.compile(
                r"(?i)(?<![a-z0-9])(?:(?:"
                + "|".join(r"\s*".join(map(re.escape, _HEADER_PIECE.findall(h))) for h in reversed(headers))
                + r")\s*(?::|\n)"
                + "".join(
                    "|" + r"\s*".join(map(re.escape, _HEADER_PIECE.findall(h))) + _OBJECT_PROBE
                    for h in reversed(with_object)
                )
                + ")"
            )
            if headers or with_object
            else None
        )
        self._nlp = self._build(ruleset, splitter)
        # the pipeline's steps, called in turn on each doc (``_read``); those before the target matcher
        # (``_front_end``)
        self._steps = [component for _, component in self._nlp.pipeline]
        self._front_steps = self._steps[: self._nlp.pipe_names.index("triage_targets")]
        # a section's end words (``SectionGroup.ends_at`` / ``ends_at_undated`` / ``ends_at_present``):
        # category -> {first word: [(phrase words, "" | "undated" | "present"), ...]}
        self._section_ends: dict[str, dict[str, list[tuple[tuple[str, ...], str]]]] = {}
        for g in ruleset.modifiers.sections:
            kinds = [(g.ends_at, ""), (g.ends_at_undated, "undated"), (g.ends_at_present, "present")]
            for phrase, kind in [(p, k) for phrases, k in kinds for p in phrases]:
                words = tuple(t.lower_ for t in self._nlp.make_doc(phrase) if not t.is_space)
                self._section_ends.setdefault(g.category, {}).setdefault(words[0], []).append((words, kind))
        self._sectionizer = self._build_sectionizer(self._nlp, ruleset)
        self._split_sectionizer()
        self._punct_chars: frozenset[str] = frozenset()
        if "sentencizer" in self._nlp.pipe_names:
            self._punct_chars = frozenset(self._nlp.get_pipe("sentencizer").punct_chars)
        else:  # another splitter (the benchmark's PyRuSH): whole texts only
            self._by_sentence = False

    @classmethod
    def load(cls, extra_terms_file: Path | None = None) -> RuleEngine:
        """Packaged rules (+ a site's extra-terms file). Raises RulesError with a reason."""
        return cls(RuleSet.load(extra_terms_file))

    @property
    def version(self) -> str:
        return self._version

    @property
    def ruleset(self) -> RuleSet:
        return self._rules

    def clear_memo(self) -> None:
        """Forget the sentence pieces read so far (benchmarks time a cold memo)."""
        if self._memo is not None:
            with self._memo_lock:
                self._memo.clear()

    # -- building
    # ---------------------------------------------------------------------------------------------
    @staticmethod
    def _build(ruleset: RuleSet, splitter: Splitter) -> Language:
        from triage.errors import RulesError

        sets = ruleset.word_sets
        if splitter == "pyrush":  # only for the benchmark comparison (medspaCy's default splitter)
            import medspacy
            from loguru import logger

            logger.disable("PyRuSH")
            nlp = medspacy.load(medspacy_enable=["medspacy_tokenizer", "medspacy_pyrush"], load_rules=False)
        else:
            nlp = spacy.blank("en")
            _capitals_exceptions(nlp)
            _elision_prefixes(nlp)
            nlp.add_pipe("sentencizer")
        nlp.add_pipe("triage_line_breaks")
        # spaCy refuses texts over nlp.max_length (1,000,000 characters; a guard for parsers, which this
        # pipeline has none of): the daemon's input limit is a setting, so any report it accepts must fit
        nlp.max_length = MAX_TEXT_CHARS
        targets: list[TargetRule] = []
        clause_final: list[TargetRule] = []
        for i, rule in enumerate(ruleset.target_rules):
            specs = rule.pattern if rule.pattern is not None else _phrase(nlp, rule.phrase or "")
            meta = {"concept": rule.concept}
            if rule.sentence_requires is not None:
                meta["sentence_requires"] = rule.sentence_requires
            if rule.clause_final is not None:
                meta["clause_final"] = rule.clause_final
            if rule.not_before is not None:
                meta["not_before"] = rule.not_before
            if rule.after is not None:
                meta["after"] = rule.after
            for k, pattern in enumerate(_expand_first(_compile(specs, sets))):
                target = TargetRule(f"t{i}.{k}", "ICH", pattern=pattern, metadata=dict(meta))
                (clause_final if rule.clause_final is not None else targets).append(target)
        modifiers = []
        for group in ruleset.modifiers.modifiers:
            # Phrases go to medspaCy's PhraseMatcher (LOWER; a trie, ~10x cheaper than hundreds of token
            # patterns), patterns to the token Matcher.
            entries: list[tuple[str, list[dict[str, Any]] | None]] = [(p, None) for p in group.phrases]
            entries += [
                (f"{group.category.lower()}#{j}.{k}", expanded)
                for j, p in enumerate(group.patterns)
                for k, expanded in enumerate(_expand_first(_compile(p, sets)))
            ]
            for literal, pattern in entries:
                modifiers.append(
                    ConTextRule(
                        literal,
                        group.category,
                        pattern=pattern,
                        direction=group.direction,
                        max_scope=group.max_scope,
                        max_targets=group.max_targets,
                        terminated_by=set(group.terminated_by) or None,
                        on_modifies=_placed(
                            group.only_after, group.not_before, group.only_concepts, group.not_in_capitals
                        ),
                        # every target is "ICH": the same targets, but a group limited to some concepts must
                        # not cut the scope of its category's other triggers (medspaCy's limit_scope skips
                        # same-category modifiers of different allowed types)
                        allowed_types={"ICH"} if group.only_concepts else None,
                    )
                )
        # Check every pattern compiles before medspaCy hides it inside its matchers.
        probe = Matcher(nlp.vocab)
        for rule in (*targets, *clause_final, *modifiers):
            if rule.pattern is None:
                continue
            try:
                probe.add(rule.literal, [rule.pattern])
            except (ValueError, KeyError) as exc:
                raise RulesError(
                    f"rule {rule.literal!r} is not a valid spaCy pattern: {exc}", reason="bad_pattern"
                ) from exc
        nlp.add_pipe("triage_targets").configure(targets, clause_final, sets)
        context = nlp.add_pipe("triage_context").context
        context.add(modifiers)
        canaries = list(nlp.pipe(CANARY_TEXTS, disable=["triage_targets", "triage_context"]))
        nlp.get_pipe("triage_targets").split(canaries)
        _FirstWordMatcher.install(getattr(context, _CONTEXT_MATCHER, None), canaries)
        return nlp

    @staticmethod
    def _build_sectionizer(nlp: Language, ruleset: RuleSet) -> Sectionizer | None:
        """medspaCy's Sectionizer with the note headings of ``modifiers.json`` (each followed by a colon).
        Not a pipeline step: it runs only on a doc that has targets (and on every chunk of a long text, whose
        section carries into the next chunk)."""
        if not ruleset.modifiers.sections:
            return None
        sectionizer = Sectionizer(nlp, name="triage_sections", rules=None, span_attrs=None)
        rules = []
        for group in ruleset.modifiers.sections:
            for header in group.headers:
                words = [{"LOWER": t.lower_} for t in nlp.make_doc(header) if not t.is_space]
                caps = [{**w, "IS_UPPER": True} for w in words]
                line_end = {"IS_SPACE": True, "TEXT": {"REGEX": "\n"}}
                for literal, pattern in (
                    (f"{header}:", [*words, {"LOWER": ":"}]),
                    (
                        f"{header.upper()} (own line)",
                        [*caps, line_end],
                    ),  # a capitals heading alone on its line
                ):
                    rules.append(
                        SectionRule(literal, group.category, pattern=pattern, max_scope=group.max_scope)
                    )
            # rules-14: "Indication for repeat CT:", "Reason for the scan:" (``headers_with_object``)
            not_first = "|".join(map(re.escape, group.object_not))
            first = {"LOWER": {"REGEX": (f"^(?!(?:{not_first})$)" if not_first else "^") + _OBJECT_WORD}}
            more = {"LOWER": {"REGEX": "^" + _OBJECT_WORD}, "OP": "?"}
            for header in group.headers_with_object:
                words = [{"LOWER": t.lower_} for t in nlp.make_doc(header) if not t.is_space]
                pattern = [*words, {"LOWER": {"IN": ["for", "of"]}}, first, more, more, {"LOWER": ":"}]
                literal = f"{header} for ...:"
                rules.append(SectionRule(literal, group.category, pattern=pattern, max_scope=group.max_scope))
        sectionizer.add(rules)
        return sectionizer

    def _split_sectionizer(self) -> None:
        """The Sectionizer's matcher split by first word (``_FirstWordMatcher``; it reads a note's text up to
        its last positive mention with all its headings' patterns), where the split agrees with it on the
        canary texts."""
        if self._sectionizer is not None:
            canaries = [self._front_end(text) for text in CANARY_TEXTS]
            _FirstWordMatcher.install(getattr(self._sectionizer, _SECTION_MATCHER, None), canaries)

    # -- scoring
    # ----------------------------------------------------------------------------------------------
    def _sections(
        self, doc: Doc, carried: str | None
    ) -> tuple[list[tuple[int, int, str | None]], str | None]:
        """``[(first token, end token, category), ...]`` of the doc's note sections (the text before the first
        heading is in section `carried`, the last one of the previous chunk) and the category that carries on
        into the next chunk."""
        if self._sectionizer is None:
            return [], None
        out: list[tuple[int, int, str | None]] = []
        for heading, title_start, body_start, body_end in self._section_bodies(doc):
            category = heading if heading is not None else carried
            if heading is not None and title_start and doc[title_start - 1].lower_ == "no":
                category = None  # "No prior imaging: acute SDH": no comparison, its text a finding (rules-13)
            end = body_end
            if category in self._same_sentence and heading is not None:
                first = body_start  # the first word of the body ("?SAH": the sentencizer ends one at "?")
                while first < len(doc) - 1 and (doc[first].is_punct or doc[first].is_space):
                    first += 1
                if first < len(doc):
                    end = min(end, self._questions_end(doc, doc[first].sent, end))
            if category in self._section_ends:
                end = self._section_end(doc, body_start, end, self._section_ends[category])
            out.append((body_start, end, category))
        last = out[-1] if out else None
        return out, (last[2] if last is not None and last[1] == len(doc) else None)

    def _section_bodies(self, doc: Doc) -> list[tuple[str | None, int, int, int]]:
        """``[(category, title start, body start, body end), ...]``: medspaCy's ``Sectionizer`` sections of
        the doc (``doc._.sections``; its options here: no parents, no line requirements, no sentence
        boundaries set, no ``max_section_length``) from its matcher's matches, without its per-token
        ``token._.section`` (a Python attribute write for every token of a note, most of the Sectionizer's
        cost)."""
        assert self._sectionizer is not None
        matcher = getattr(self._sectionizer, _SECTION_MATCHER, None)
        if matcher is None or not isinstance(getattr(matcher, "rule_map", None), dict):
            self._sectionizer(doc)  # a medspaCy without the private matcher: its own step
            return [(sec.category, sec.title_start, sec.body_start, sec.body_end) for sec in doc._.sections]
        matches = _match(matcher, doc)
        if not matches:
            return [(None, 0, 0, len(doc))]
        out: list[tuple[str | None, int, int, int]] = []
        if matches[0][1] != 0:
            out.append((None, 0, 0, matches[0][1]))
        strings = doc.vocab.strings
        for k, (match_id, start, end) in enumerate(matches):
            rule = matcher.rule_map[strings[match_id]]
            stop = len(doc) if k == len(matches) - 1 else matches[k + 1][1]
            if rule.max_scope is not None:
                stop = min(end + rule.max_scope, stop)
            out.append((rule.category, start, end, stop))
        return out

    @staticmethod
    def _questions_end(doc: Doc, sent: Span, limit: int) -> int:
        """The end of a heading's own sentence, carried on over the questions that follow it: a question
        list ("Clinical question: aneurysm? bleed? (sentinel headache)") is one request (rules-11)."""
        end = sent.end
        while end < limit and _ends_in_question(doc[sent.start : end]):
            nxt = doc[end].sent
            if not _ends_in_question(nxt):
                # rules-14: a mark written apart before its word ("hyperdense focus on outside CT ? bleed")
                # asks about the next sentence's first words: they are the question's
                mark = end - 1
                while mark > sent.start and doc[mark].is_space:
                    mark -= 1
                if doc[mark].text == "?" and mark > sent.start and doc[mark - 1].whitespace_:
                    end = nxt.end
                break
            end = nxt.end
        return end

    @staticmethod
    def _section_end(
        doc: Doc, start: int, end: int, ends: dict[str, list[tuple[tuple[str, ...], str]]]
    ) -> int:
        """The token where a section's end phrase (`ends`: first word -> phrases) first stands in
        ``doc[start:end]``, else `end`. An undated-only phrase ("presented", "admitted with") followed by a
        past marker in its sentence ("presented in 2019 with a SAH", "admitted 3 years ago") tells the past,
        and ends nothing; so does a present-tense result ("shows") after a past marker in its sentence
        ("fall in 2019, CT shows small SDH": the history's own scan, rules-12)."""
        for i in range(start, end):
            for words, kind in ends.get(doc[i].lower_, ()):
                if i + len(words) <= len(doc) and all(doc[i + k].lower_ == w for k, w in enumerate(words)):
                    if kind == "undated":
                        near = doc[
                            i + len(words) : min(len(doc), doc[i].sent.end, i + len(words) + _PAST_WINDOW)
                        ]
                    elif kind == "present":
                        near = doc[max(start, doc[i].sent.start) : i]
                    else:
                        return i
                    if not any(_past_marker(t.lower_) for t in near):
                        return i
        return end

    def _section_of(self, sections: list[tuple[int, int, str | None]], token: int) -> str | None:
        for start, end, category in sections:
            if start <= token < end:
                return category
        return None

    def _extracranial_site(self, ent: Span) -> bool:
        """The site rule (``SiteRule``) for a generic mention: an extracranial organ word in the span, or in
        its clause (the sentence cut at ``clause_breaks``) with no intracranial anatomy word there. An organ
        word inside a span that ends in a metastasis word names the primary ("haemorrhagic breast
        metastasis"): only its clause decides then (rules-12)."""
        if any(t.lower_ in self._extracranial for t in ent) and ent[-1].lower_ not in _METASTASIS_WORDS:
            return True
        sent = ent.sent
        start = ent.start
        while start > sent.start and ent.doc[start - 1].lower_ not in self._clause_breaks:
            start -= 1
        end = ent.end
        while end < sent.end and ent.doc[end].lower_ not in self._clause_breaks:
            end += 1
        # a bleed word that ends its heading ("Bleeding: gums and nose") takes the site of the clause after
        # the colon (rules-12)
        if end == ent.end < sent.end - 1 and ent.doc[end].text == ":":
            end += 1
            while end < sent.end and ent.doc[end].lower_ not in self._clause_breaks:
                end += 1
        # a region heading of up to four words ("Scalp: boggy haematoma", "Breast ultrasound: ...") names the
        # site of its clause
        if start > sent.start and ent.doc[start - 1].text == ":":
            head = start - 1
            while head > sent.start and start - 1 - head < 4 and ent.doc[head - 1].is_alpha:
                head -= 1
            heading = list(_clause_words(ent.doc[head : start - 1]))
            # an extracranial region heading names the site of all its clause ("Scalp: left frontal
            # haematoma"): the region words after it name the part of that site (rules-11)
            if any(w in self._extracranial for w in heading) and not any(
                w in self._intracranial for w in heading
            ):
                return True
            start = head
        extra = False
        words = list(_clause_words(ent.doc[start:end]))
        for k, word in enumerate(words):
            # a region word naming a part of the scalp ("the left frontal scalp", "occipital soft tissues")
            # is not intracranial anatomy (rules-11); "temporal bone" still is (an EDH lies under it)
            if (
                word in self._intracranial
                and not (k + 1 < len(words) and words[k + 1] in _SCALP_WORDS)
                and not (k and words[k - 1] in _SCALP_WORDS_BEFORE_REGION)
            ):
                return False
            extra = extra or word in self._extracranial
        return extra

    def _spinal_site(self, ent: Span) -> bool:
        """``SiteRule.spinal_concepts``: an epidural or subdural bleed in the spine ("epidural hematoma in the
        cervical spinal canal at C5", "dorsal epidural hematoma from C4 to C6", "lumbar subdural hematoma"):
        a spine word two words before the mention, in it or after it in its clause (up to "and", "with",
        "after" ...), or a vertebral level in a level phrase ("at C5", "C4 to C6", "T11-L1", "C5 level";
        a bare "T1" is an MRI weighting), and no intracranial anatomy word there. "Lumbar puncture" / "lumbar
        drain" name a procedure, not the site ("SDH after lumbar puncture" stays inside)."""
        if not self._spinal:
            return False
        doc, sent = ent.doc, ent.sent
        start = max(sent.start, ent.start - 2)
        end = ent.end
        while end < sent.end and end - ent.end < 12:
            word = doc[end].lower_
            if word in self._clause_breaks or word in _SPINAL_STOPS:
                break
            end += 1
        spine = False
        for k in range(start, end):
            word = doc[k].lower_
            if word in self._intracranial and not ent.start <= k < ent.end:  # "subdural" is one
                return False
            after = doc[k + 1].lower_ if k + 1 < len(doc) else ""
            before = doc[k - 1].lower_ if k > 0 else ""
            level = word in self._spinal_levels and (before in _LEVEL_BEFORE or after in _LEVEL_AFTER)
            spine = spine or level or (word in self._spinal and after not in _SPINAL_PROCEDURES)
            spine = spine or _LEVEL_RANGE.match(word) is not None
        return spine

    def _extends_inward(self, ent: Span) -> bool:
        """A bleed that extends from an extracranial site into an intracranial compartment ("orbital hematoma
        extending through the fissure into the middle cranial fossa") is intracranial: after the mention, in
        its clause, an extension word (word set ``EXTENSION``) and then an intracranial compartment
        (``INTRACRANIAL_COMPARTMENT``: not a lobe name, "extending over the frontal bone" stays outside)."""
        if not self._extension:
            return False
        sent, doc = ent.sent, ent.doc
        extends = False
        for t in doc[ent.end : sent.end]:
            word = t.lower_
            if word in self._clause_breaks:
                return False
            if extends and word in self._compartment:
                return True
            extends = extends or word in self._extension
        return False

    def _assertion(self, ent: Span, concept: str, modifiers: Sequence[Any]) -> Assertion:
        """One mention's assertion before its note section (``_in_section``): ConText's categories
        (``mention_assertion``), then the site rule, then the concept class (a mimic is never ICH:
        ``negated``; a descriptor is at most ``uncertain``, and ``negated`` beside a MIMIC cue). A function
        of the mention's sentence piece alone (``_queried`` reads the tokens before the sentence, which the
        piece keeps: ``_ends_sentence``), so it can be remembered (``_memo``). `modifiers`: ConText's
        modifiers of the mention (``ent._.modifiers``)."""
        if ent[-1].lower_ in _METASTASIS_WORDS and any(t.lower_ in self._intracranial for t in ent.sent):
            # an organ inside "haemorrhagic breast metastasis in the cerebellum" is the primary, not the
            # site: its EXTRACRANIAL cue does not count where the sentence names the brain (rules-12)
            modifiers = [
                m
                for m in modifiers
                if not (m.category == "EXTRACRANIAL" and ent.start <= m.modifier_span[0] < ent.end)
            ]
        cats = {m.category for m in modifiers}
        if (
            "RESOLVED" in cats
            and "ACUITY" in cats
            and not any(_predicated(ent, m) for m in modifiers if m.category == "RESOLVED")
        ):
            # "New right SDH, left SDH has resolved": the resolution is said of the other bleed
            cats = (cats - {"RESOLVED"}) | {"HISTORICAL"}
        if "ORDERED" in cats and any(t.lower_ in _RESULT_WORDS for t in ent.sent):
            cats = cats - {"ORDERED"}  # "CT shows hyperdensity, concern for SAH; CTA ordered": a finding
        if "HYPOTHETICAL" in cats and _only_generic(ent, modifiers) and _ties_to_patient(ent):
            # "Anticoagulants may cause ICH, now present in the left thalamus": this patient's (rules-14)
            cats = cats - {"HYPOTHETICAL"}
        if "NEGATED_EXISTENCE" in cats and _going_on(ent, modifiers):
            # "No new blood, SAH washing out": the known bleed is still there (rules-14)
            cats = cats - {"NEGATED_EXISTENCE"}
        if (
            "HYPOTHETICAL" in cats
            and (_on_imaging(ent) or _stated_result(ent))
            and _only_headings(ent, modifiers)
        ):
            # "Indication: hydrocephalus from IVH on CT this morning": a result (rules-13)
            cats = cats - {"HYPOTHETICAL"}
        if "HYPOTHETICAL" in cats and _title_answered_yes(ent, modifiers, self._form_titles):
            cats = cats - {"HYPOTHETICAL"}  # "ICH screen: positive": the title answered (fixrules23)
        if "NEGATED_EXISTENCE" in cats and _detail_withdrawn(ent, modifiers):
            cats = cats - {"NEGATED_EXISTENCE"}  # "the size of the SDH was wrongly stated" (rules-15)
        if "POSSIBLE_EXISTENCE" in cats and _asks_the_cause(ent, modifiers):
            cats = cats - {"POSSIBLE_EXISTENCE"}  # "Acute SDH (? traumatic)": the cause is asked (rules-15)
        assertion = mention_assertion(cats)
        if assertion in POSITIVE and (_answered_below(ent) or _not_seen_first(ent) or _form_answered_no(ent)):
            return "negated"  # "Intracranial haemorrhage\nNone" (rules-14); "Bleed: NON / NO" (rules-15)
        if assertion in POSITIVE and _lay_question(ent):
            return "hypothetical"  # "Does this mean a bleed in her brain?" (rules-15)
        if assertion == "uncertain" and "POSSIBLE_EXISTENCE" in cats:
            answer = _answered(ent)
            if answer == "no":
                return "negated"
            if answer == "yes":
                assertion = mention_assertion(cats - {"POSSIBLE_EXISTENCE"})
        if assertion in POSITIVE:
            query = _queried(ent, self._query_grade, self._query_place, self._query_finding)
            if query == "request":
                assertion = "hypothetical"
            elif query == "hedge":
                assertion = "uncertain"
        if concept in self._site_concepts and assertion == "extracranial" and self._extends_inward(ent):
            assertion = mention_assertion(cats - {"EXTRACRANIAL"})  # "orbital hematoma extending into ..."
        elif concept in self._site_concepts and assertion != "extracranial" and self._extracranial_site(ent):
            assertion = "extracranial"
        elif concept in self._spinal_concepts and assertion in POSITIVE and self._spinal_site(ent):
            assertion = "extracranial"  # "epidural hematoma in the cervical spinal canal at C5"
        if assertion not in POSITIVE:
            return assertion
        mimic = concept in self._descriptors and "MIMIC" in cats and not _says_blood(ent)
        if concept in self._mimics or mimic:
            return "negated"
        if concept in self._capped:
            assertion = "uncertain"
        return assertion

    def _in_section(self, assertion: Assertion, section: str | None, result: bool = False) -> Assertion:
        """The note section's say: a positive mention under a past-history heading is ``historical``, under
        an indication heading ``hypothetical`` unless it is an affirmed imaging result (``_Mention.result``:
        "Indication: hydrocephalus from IVH on CT this morning", rules-13); any other assertion stays."""
        if assertion not in POSITIVE or section is None:
            return assertion
        forced = self._section_assertion.get(section)
        if forced == "hypothetical" and result:
            return assertion
        return forced if forced is not None else assertion

    def _evidence(
        self, doc: Doc, offset: int = 0, carried: str | None = None, *, always_sections: bool = False
    ) -> tuple[list[Evidence], str | None]:
        """The mentions of one doc, offsets shifted by `offset` (the doc's start in the caller's text), and
        the note section that carries into the next chunk of the same text (`carried` came from the chunk
        before; `always_sections` for a text read in chunks, so a heading in a chunk without mentions still
        carries)."""
        sections: list[tuple[int, int, str | None]] = []
        if always_sections or (
            doc.ents and self._section_probe is not None and self._section_probe.search(doc.text)
        ):
            sections, carried = self._sections(doc, carried)
        return self._placed(self._mentions(doc), offset, sections), carried

    def _mentions(self, doc: Doc) -> tuple[_Mention, ...]:
        """The doc's mentions with their assertions before the note section (``_Mention``)."""
        out: list[_Mention] = []
        for ent in doc.ents:
            extensions = ent._
            concept = extensions.target_rule.metadata["concept"]
            assertion = self._assertion(ent, concept, extensions.modifiers)
            result = assertion == "affirmed" and (_on_imaging(ent) or _stated_result(ent))
            if concept != LOCATION_CONCEPT:
                out.append(_Mention(ent.start_char, ent.end_char, concept, assertion, ent.start, result))
                continue
            found = False
            for tok in ent:
                loc = self._location_words.get(tok.lower_)
                if loc is not None:  # "subarachnoid and intraventricular hemorrhage": one per location
                    out.append(_Mention(tok.idx, ent.end_char, loc, assertion, ent.start, result))
                    found = True
            if not found:
                out.append(_Mention(ent.start_char, ent.end_char, "hemorrhage", assertion, ent.start, result))
        return tuple(out)

    def _placed(
        self,
        mentions: Sequence[_Mention],
        offset: int,
        sections: list[tuple[int, int, str | None]],
        first_token: int = 0,
    ) -> list[Evidence]:
        """Mentions of a doc that starts at character `offset` and token `first_token` of its text →
        evidence, each assertion under its note section (`sections` in the text's token indices)."""
        return [
            Evidence(
                offset + m.start,
                offset + m.end,
                m.concept,
                self._in_section(m.assertion, self._section_of(sections, first_token + m.token), m.result)
                if sections
                else m.assertion,
            )
            for m in mentions
        ]

    def _sentence_starts(self, text: str) -> list[int]:
        """Character offsets where the pipeline's own splitter (the components before the target matcher:
        tokenizer, sentencizer, line breaks; all linear) starts a sentence."""
        return [sent.start_char for sent in self._front_end(text).sents]

    def _front_end(self, text: str, has_lower: bool | None = None) -> Doc:
        """``text`` through the components before the target matcher; `has_lower`: whether the whole text
        (of which ``text`` is a part) has a lower-case letter."""
        doc = self._nlp.make_doc(text) if has_lower is None else self._piece_doc(text, has_lower)
        for step in self._front_steps:
            doc = step(doc)
        return doc

    def _read(self, docs: Iterable[Doc]) -> Iterator[Doc]:
        """``nlp.pipe(docs)``: each doc through every step in turn (a step's batch ``pipe`` gives each doc
        what its call does; ``Language.pipe``'s generators, error handlers and batching cost ~40 us a doc,
        a tenth of a sentence's reading)."""
        steps = self._steps
        for doc in docs:
            for step in steps:
                doc = step(doc)
            yield doc

    def _sentence_pieces(self, text: str, lower: str | None = None) -> list[tuple[int, int]]:
        """``[(start, end), ...]``: the pieces of ``text`` (`lower`: ``text.lower()`` when the caller has it)
        that can hold a mention. The text is cut only where the pipeline surely starts a sentence and
        tokenizes alike either side: after a word whose tokens end in a sentence-end token
        (``_ends_sentence``), then one space and a letter or digit (the sentencizer starts a sentence there;
        the line-break and heading steps only act after a line break or before a colon), or blanks holding a
        line break and a capital or digit (the line-break step starts one there). A run of sentences where no
        target rule finds all its required words (``_may_match``) is left out. ConText scopes, the target
        checks and the site rule end at the sentence, and no target or modifier pattern reads past a
        sentence-end token into the next sentence, so every mention gets the assertion and offsets it gets
        in the whole text (``benchmarks/rules_sentences.py`` checks it)."""
        cuts = []
        for word, start, line_break in _cuts(text):  # start: the next token starts here
            if line_break and text[start].islower():
                continue  # a wrapped line: the line-break step continues the sentence
            if self._ends_sentence(word):
                cuts.append(start)
        if lower is None or len(lower) != len(text):  # lower-casing changed a length ("İ"): piece by piece
            lower = None
        pieces: list[tuple[int, int]] = []
        for start, end in zip([0, *cuts], [*cuts, len(text)], strict=True):
            if not (
                self._may_match(text[start:end].lower())
                if lower is None
                else self._may_match(lower, start, end)
            ):
                continue
            if not self._split and pieces and pieces[-1][1] == start:
                pieces[-1] = (pieces[-1][0], end)
            else:
                pieces.append((start, end))
        return pieces

    def _may_match(self, lower: str, start: int = 0, end: int | None = None) -> bool:
        """Whether some target rule could match in ``lower[start:end]`` (lower-cased text, cut between
        words): each of its required tokens' words occurs there as a whole token, i.e. as a run of
        ``[a-z0-9]`` (the anchor prefilter's test, for every required token instead of the first)."""
        if self._no_token_rule:
            return True
        found = self._words.intersection(_ALNUM.findall(lower, start, len(lower) if end is None else end))
        known = self._may_match_known.get(found)
        if known is None:
            known = self._may_match_words(found)
            if len(self._may_match_known) >= 65_536:
                self._may_match_known.clear()
            self._may_match_known[found] = known
        return known

    def _may_match_words(self, found: frozenset[str]) -> bool:
        """``_may_match`` for the rule words a piece holds (a function of them alone: remembered)."""
        have = 0
        for word in found:
            have |= self._word_bits[word]
        if have & self._one_token_rules:
            return True
        return any(rule & have == rule for rule in self._many_token_rules)

    def _ends_sentence(self, word: str) -> bool:
        """Whether the sentencizer starts a sentence at the word after ``word`` (a whitespace-free string,
        tokenized alone as the tokenizer cuts text at spaces first): a sentence-end token ("." "?" ...) after
        its last other token, so the state before the word does not matter ("Dr." is one token: no). Never
        after a "?": the next mention may be a query ("Fall,? SAH": ``_queried`` reads the tokens before it,
        across the sentence end), and a question's answer is read with it ("Hemorrhage? No.": ``_answered``),
        so both stay in one piece."""
        known = self._sentence_end_words.get(word)
        if known is not None:
            return known
        seen = content = False
        toks = list(self._nlp.tokenizer(word))
        for tok in toks:
            if tok.text in self._punct_chars:
                seen = True
            elif not tok.is_punct:
                seen, content = False, True
        ends = seen and content and toks[-1].text != "?"
        if len(self._sentence_end_words) > 100_000:
            self._sentence_end_words.clear()
        self._sentence_end_words[word] = ends
        return ends

    def _piece_doc(self, piece: str, has_lower: bool) -> Doc:
        doc = self._nlp.make_doc(piece)
        doc.user_data[_HAS_LOWER] = has_lower
        doc.user_data[_TEXT] = piece
        return doc

    def assess(self, text: str) -> RuleResult:
        """One report's extracted text → RuleResult (offsets index ``text``)."""
        return self.assess_batch([text])[0]

    def assess_batch(self, texts: Sequence[str], *, batch_size: int = BATCH_SIZE) -> list[RuleResult]:
        """Many texts → results in the same order (``nlp.pipe`` in batches of ``batch_size``). A text longer
        than ``CHUNK_CHARS`` is cut in chunks at sentence ends (``chunk_spans``), so the cost stays linear in
        its length (ConText scopes and the target checks end at the sentence, so chunks change nothing); a
        text, or each chunk of a long one, is read by sentence (``_read_sentences``) unless the engine reads
        whole texts."""
        evidence: list[list[Evidence]] = [[] for _ in texts]
        chunks: list[tuple[int, int, str]] = []  # (text index, chunk start, chunk): texts read whole
        chunked: dict[int, str] = {}  # text index -> text, for a text read in chunks
        by_sentence: list[_Part] = []
        for i, text in enumerate(texts):
            cleaned = _clean(text)
            lower = cleaned.lower() if self._anchor is not None else ""
            if self._anchor is not None and not (
                self._may_match(lower)  # every required word of some rule (a stricter test)
                if self._by_sentence
                else self._anchor.search(lower)
            ):
                continue  # no word any target starts from: no mention, nothing for spaCy to do
            if len(cleaned) > CHUNK_CHARS:
                spans = chunk_spans(cleaned, self._sentence_starts(cleaned))
                chunked[i] = cleaned
            else:
                spans = [(0, len(cleaned))]
            if self._by_sentence:  # only the sentences that can hold a target, chunk by chunk
                aligned = len(lower) == len(cleaned)  # else lower-casing changed a length ("İ")
                for a, b in spans:
                    part = cleaned[a:b]
                    pieces = self._sentence_pieces(part, lower[a:b] if aligned else None)
                    by_sentence.append(_Part(i, a, part, pieces))
                continue
            chunks.extend((i, a, cleaned[a:b]) for a, b in spans)
        carried: dict[int, str | None] = {}
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message=r".*\[W036\]")
            if by_sentence:
                self._read_sentences(by_sentence, evidence, batch_size, chunked)
            docs = self._read(self._nlp.make_doc(chunk) for _, _, chunk in chunks)
            for (i, start, _), doc in zip(chunks, docs, strict=True):
                found, carried[i] = self._evidence(doc, start, carried.get(i), always_sections=i in chunked)
                evidence[i].extend(found)
        return [
            combine(
                _other_patients(text, _corrected(text, _withdrawn(text, self._follow_on(text, found)))),
                self._version,
            )
            for text, found in zip(texts, evidence, strict=True)
        ]

    def _follow_on(self, text: str, found: list[Evidence]) -> list[Evidence]:
        """A suspicion in a note answered by the clause after it: "Concern for SAH. CT head ordered." is the
        request's question (``hypothetical``), "Concern for SAH. CT negative." / "... CT showed no bleed."
        ruled out (``negated``). Read for a hedged (``uncertain``) named bleed whose own clause (ended by
        . ! ? ; or a line break) opens with a suspicion cue (CONCERN_CUE: "concern for", "worried about",
        "suspect"; not a report's "concerning for") and names no test or result before it; the words after
        it up to the end of the next clause then decide: a negated mention or a test with a negative word
        (RESULT_NEGATIVE) → negated; a result word (RESULT_WORD: "CT shows ...") → unchanged; a test with
        an order word (TEST_WORD + ORDER_WORD) → hypothetical. Read on the whole text after every mention is
        found, so whole, chunked and by-sentence reads agree; the same-sentence order is ConText's ORDERED."""
        if not any(e.assertion == "uncertain" and e.concept not in self._descriptors for e in found):
            return found
        concern, tests, orders, results, negative = self._follow_on_sets
        lower = _aligned_lower(text)
        out = []
        for e in found:
            if e.assertion == "uncertain" and e.concept not in self._descriptors:
                start = max(lower.rfind(c, 0, e.start) for c in ".!;\n") + 1
                head = set(_FOLLOW_WORD.findall(lower, start, e.start))
                own = _clause_end(lower, e.end)
                if head & concern and not head & (tests | results) and not self._seen_on(lower, e.end, own):
                    end = _clause_end(lower, own + 1)
                    rest = set(_FOLLOW_WORD.findall(lower, e.end, end))
                    if any(
                        o.assertion == "negated" and e.end <= o.start < end and not self._offered(lower, e, o)
                        for o in found
                    ) or (rest & tests and rest & negative):
                        e = Evidence(e.start, e.end, e.concept, "negated")
                    elif rest & tests and rest & orders and not rest & results:
                        e = Evidence(e.start, e.end, e.concept, "hypothetical")
            out.append(e)
        return out

    def _offered(self, lower: str, e: Evidence, other: Evidence) -> bool:
        """Whether `other` is a mimic offered as the differential of the suspicion `e` ("? haemorrhagic
        contusion, t/c calcification", "?SAH vs dense vessels"): a hedge between the two, no answer that
        rules it out (rules-14)."""
        return other.concept in self._mimics and _DIFFERENTIAL.search(lower, e.end, other.start) is not None

    def _seen_on(self, lower: str, start: int, end: int) -> bool:
        """Whether ``lower[start:end]`` places the finding on a test ("concern for SAH on the CT")."""
        words = _FOLLOW_WORD.findall(lower, start, end)
        tests = self._follow_on_sets[1]
        return any(
            w in tests and (words[k - 1] in _ON_TEST or (k > 1 and words[k - 2] in _ON_TEST))
            for k, w in enumerate(words)
            if k
        )

    def _read_sentences(
        self,
        parts: list[_Part],
        evidence: list[list[Evidence]],
        batch_size: int,
        chunked: dict[int, str],
    ) -> None:
        """Texts, or chunks of a long text (`chunked`: text index -> text), read in sentence pieces
        (``_sentence_pieces``) → their mentions, appended to ``evidence[text index]``. A piece's mentions
        before the note section are a function of the piece and of whether its text (its chunk) has a
        lower-case letter (``_line_breaks``): they come from the memo when the piece was read before, else
        from spaCy in one ``nlp.pipe`` over the batch. The note sections are found only for a text with a
        positive mention after a heading that can change an assertion (``_piece_sections``,
        ``_chunk_sections``)."""
        jobs: list[tuple[int, int, tuple[str, bool]]] = []  # (part index, piece start, (piece, has lower))
        for k, part in enumerate(parts):
            has_lower = _LOWER.search(part.text) is not None
            jobs.extend((k, a, (part.text[a:b], has_lower)) for a, b in part.pieces)
        memo = self._memo
        if memo is None:
            docs = self._read(self._piece_doc(*key) for _, _, key in jobs)
            found = [self._mentions(doc) for doc in docs]
        else:
            known: dict[tuple[str, bool], tuple[_Mention, ...]] = {}
            with self._memo_lock:
                for _, _, key in jobs:
                    hit = memo.get(key)
                    if hit is not None:
                        memo.move_to_end(key)
                        known[key] = hit
            todo = list(dict.fromkeys(key for _, _, key in jobs if key not in known))
            docs = self._read(self._piece_doc(*key) for key in todo)
            for key, doc in zip(todo, docs, strict=True):
                known[key] = self._mentions(doc)
            with self._memo_lock:
                for key in todo:
                    memo[key] = known[key]
                while len(memo) > self._memo_size:
                    memo.popitem(last=False)
            found = [known[key] for _, _, key in jobs]
        read: dict[int, list[tuple[int, int, tuple[_Mention, ...]]]] = {}  # pieces with mentions, per part
        for (k, start, (piece, _)), mentions in zip(jobs, found, strict=True):
            if mentions:
                read.setdefault(k, []).append((start, start + len(piece), mentions))
        long: dict[int, list[tuple[_Part, list[tuple[int, int, tuple[_Mention, ...]]]]]] = {}
        for k, part in enumerate(parts):
            got = read.get(k, [])
            if part.index in chunked:
                long.setdefault(part.index, []).append((part, got))
            elif got:
                sections, tokens = self._piece_sections(part.text, got)
                for start, _, mentions in got:
                    evidence[part.index].extend(self._placed(mentions, start, sections, tokens.get(start, 0)))
        for i, text_parts in long.items():
            placed = self._chunk_sections(chunked[i], text_parts)
            for (part, got), (sections, tokens) in zip(text_parts, placed, strict=True):
                for start, _, mentions in got:
                    evidence[i].extend(
                        self._placed(mentions, part.start + start, sections, tokens.get(start, 0))
                    )

    def _chunk_sections(
        self, text: str, parts: list[tuple[_Part, list[tuple[int, int, tuple[_Mention, ...]]]]]
    ) -> list[tuple[list[tuple[int, int, str | None]], dict[int, int]]]:
        """The note sections of each chunk of a long text read in pieces (`parts`: each chunk and its
        pieces' mentions, in text order), as reading the chunks whole finds them: the Sectionizer on each
        chunk in turn, a section carrying into the next chunk (``_sections``); in each chunk's token indices,
        with its tokens' ``{character offset: index}``. None when no heading that changes an assertion
        comes before the last positive mention (every section's category comes from a heading before it,
        carried or not), and none after that mention's chunk (no positive mention there)."""
        last: tuple[int, int] | None = None  # (last positive mention's start in the text, its chunk)
        for n, (part, got) in enumerate(parts):
            for start, _, mentions in got:
                positive = [m.start for m in mentions if m.assertion in POSITIVE]
                if positive:
                    last = (part.start + start + max(positive), n)
        out: list[tuple[list[tuple[int, int, str | None]], dict[int, int]]] = [([], {}) for _ in parts]
        if last is None or self._section_probe is None or not self._section_probe.search(text, 0, last[0]):
            return out
        carried: str | None = None
        for n, (part, _) in enumerate(parts[: last[1] + 1]):
            doc = self._front_end(part.text)  # as nlp.pipe reads a chunk: its own lower-case test
            sections, carried = self._sections(doc, carried)
            out[n] = (sections, {tok.idx: tok.i for tok in doc})
        return out

    def _piece_sections(
        self, text: str, read: list[tuple[int, int, tuple[_Mention, ...]]]
    ) -> tuple[list[tuple[int, int, str | None]], dict[int, int]]:
        """The note sections of a text read in pieces (``read``: (start, end, mentions) in text order), in
        the whole text's token indices as ``_sections`` on the whole doc gives them, and its tokens'
        ``{character offset: index}``; none when no heading that changes an assertion comes before the last
        positive mention (a section only changes a positive assertion, and a heading only the text after it).
        The Sectionizer reads the text up to the end of that mention's piece: a piece ends where a sentence
        surely starts and no heading holds a sentence-end token, so every heading and sentence before it is
        the whole text's."""
        if self._section_probe is None:
            return [], {}
        last: tuple[int, int] | None = None  # (last positive mention's start, its piece's end)
        for start, end, mentions in read:
            positive = [m.start for m in mentions if m.assertion in POSITIVE]
            if positive:
                last = (start + max(positive), end)
        if last is None or not self._section_probe.search(text, 0, last[0]):
            return [], {}
        doc = self._front_end(text[: last[1]], _LOWER.search(text) is not None)
        return self._sections(doc, None)[0], {tok.idx: tok.i for tok in doc}
