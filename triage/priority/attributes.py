"""What a positive report says about the bleed: subtype, acuity, change since the prior exam, mass effect,
size.

A pure function of the scored text and the rule tier's result (:func:`extract_attributes`); every value it
reports has evidence (character offsets into the text, like the rule tier's :class:`Evidence`; never text).

Scope. The *bleed sentences* are the sentences holding a positive (affirmed or uncertain) rule-tier mention,
each with the next sentence when that one refers back ("This has increased", "It measures 9 mm", "The
hematoma is unchanged") or opens with the change and the exam compared with ("Interval development since
the CT of Monday", "Missing on the prior scan", "Regressing in density relative to ..."). Subtype, acuity,
change and size are read there only, so "Acute SDH. Ventricles are stable." is not a stable bleed. Mass
effect is read in the whole text (it is often its own sentence), each
cue with its own negation ("No midline shift or herniation") and trend ("stable 6 mm shift"), and in the
report's FINDINGS when the scored text is the conclusion without them (``findings``: radiologists often
measure the shift there and write only "with mass effect" in the impression); never in the history,
indication or comparison sections. Its evidence says which text its offsets index (``source``:
``scored`` or ``findings``). Change and size stay with the bleed sentences of the scored text: the findings
have no rule-tier mention to anchor them, and a sentence there may be about another structure.

* **subtypes** (:data:`SUBTYPES`): the concepts of the positive mentions, mapped (a generic "hemorrhage",
  "blood products", an extra-axial collection, a hemorrhagic lesion, a described collection → ``other``).
* **acuity** (:data:`ACUITIES`): acute / hyperacute / hyperdense / fresh → ``acute``; subacute / isodense →
  ``subacute``; chronic / old / hypodense → ``chronic``; "acute on chronic", "mixed density", "of varying
  ages", or two different acuities → ``mixed``; else ``not_stated``. A negated cue ("without acute
  component") does not count.
* **change** (:data:`CHANGES`), most urgent first when a report states several ("stable SDH, new IVH" →
  ``new``): ``new`` (new, newly, interval development/appearance, recurrent, rebleed, additional; not a
  grown bleed's new extension or component: "expanded to 41 mm with new IVH" is ``increased``);
  ``increased`` (increased, enlarging, larger, expanding, progression, worsening; "slightly increased" too);
  ``stable`` (stable, unchanged, stationary, no (significant) change, similar, again seen, persistent,
  redemonstrated; "evolving" and "redistribution": blood of a known bleed aging or moving, not new bleeding;
  "no increase"); oedema growing around the bleed is not the bleed's change;
  ``decreased`` (decreased, smaller, resolving, improving, regressing, resorbing, washed out, less blood, less
  than before; beside "evolving" / "redistribution" an explicit decrease wins); "has become a 25 mm hematoma"
  is ``increased``. Numbers alone tell a change
  too: a size of the prior exam ("previously 7 mm", "5 mm on the prior exam", "from 6 to 10 mm", "4 -> 8 mm")
  beside a current one is growth or shrinkage at a difference of 2 mm (or 1 mm and a fifth), stable under
  1 mm; "interval hemorrhagic conversion / transformation" and "interval hemorrhage" are ``new``. When the
  bleed sentences say nothing: the sentence right before a bleed sentence when it compares with the prior
  exam ("Previously no blood was seen. Now a thin SDH."), two sizes in bleed sentences far apart, then a
  sentence "no new/additional hemorrhage" elsewhere → ``stable``; "no prior",
  "comparison: none", "no previous imaging" → ``no_prior``; else ``not_stated``.
  A growth stated only hedged ("possibly new", "? slightly larger", "may have increased") keeps its value and
  its hedge is evidence (``change_hedge``; :attr:`BleedAttributes.change_hedged`): the policy grades it.
  So does the growth of a bleed named hedged everywhere but as the noun of its change ("Possible EDH.
  Haematoma expansion since ...": the rule tier affirms that noun, the reader never affirmed the bleed).
  With several priors the latest governs: a comparison with the first exam ("than on admission", a size pair
  dated by it) counts only when no later exam's comparison is stated, and of two clock-timed exams the later.
* **A preliminary read and the final read** in one text ("PRELIM: ... FINAL: ..."): only the final is read
  (the preliminary is blanked, so offsets still index the text), unless the final agrees with it.
  A templated report's fields ("Change from prior (day 3 scan): no change", "Type: subdural", "Maximum
  thickness: 11 mm") and a note's "CT:" line read with the bleed's sentence.
* **mass effect**: midline shift ("MLS" too; with its millimetres when stated: "6 mm", "0.8 cm", "six
  millimeters", never the bleed's own size beside it: "SDH, 5 mm, with mild shift";
  ``midline_shift_mild`` when called mild/minimal/slight/trace/small and not measured), herniation
  (subfalcine, uncal, transtentorial, tonsillar), effacement of the basal/perimesencephalic cisterns,
  hydrocephalus (ventricular entrapment too; not "ex vacuo"), intraventricular extension. Each sign whose
  clause calls it stable/unchanged/improving/decreasing is also listed in ``mass_effect_known`` (a known sign
  from the prior exam; the priority policy decides what that means).
* **size**: the largest linear dimension stated in a bleed sentence (mm; a "1.2 x 0.8 cm" size gives 12) and
  a stated volume (mL), the shift's own millimetres excepted.

Written for this project from the ACR Actionable Reporting Work Group's categories (Larson et al., J Am Coll
Radiol 2014) and ordinary CT-report wording; the labeled set it is measured on is tests/data/priority/
(model card, "Worklist priority"). Known limits there.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Literal, get_args

from triage.priority.prefilter import Prefiltered, prefiltered
from triage.rules.result import POSITIVE, Evidence, RuleResult

__all__ = [
    "ACUITIES",
    "CHANGES",
    "EVIDENCE_SOURCES",
    "MASS_EFFECT_SIGNS",
    "NO_ATTRIBUTES",
    "SUBTYPES",
    "Acuity",
    "AttributeEvidence",
    "BleedAttributes",
    "Change",
    "EvidenceSource",
    "Subtype",
    "extract_attributes",
]

Subtype = Literal[
    "epidural",
    "subdural",
    "subarachnoid",
    "intraparenchymal",
    "intraventricular",
    "contusion",
    "hemorrhagic_transformation",
    "other",
]
SUBTYPES: tuple[Subtype, ...] = get_args(Subtype)
Acuity = Literal["acute", "subacute", "chronic", "mixed", "not_stated"]
ACUITIES: tuple[Acuity, ...] = get_args(Acuity)
Change = Literal["new", "increased", "stable", "decreased", "no_prior", "not_stated"]
CHANGES: tuple[Change, ...] = get_args(Change)
MassEffectSign = Literal[
    "midline_shift", "herniation", "cistern_effacement", "hydrocephalus", "intraventricular_extension"
]
MASS_EFFECT_SIGNS: tuple[MassEffectSign, ...] = get_args(MassEffectSign)

_SUBTYPE_OF_CONCEPT: dict[str, Subtype] = {
    "epidural": "epidural",
    "subdural": "subdural",
    "subarachnoid": "subarachnoid",
    "intraparenchymal": "intraparenchymal",
    "intraventricular": "intraventricular",
    "contusion": "contusion",
    "described_contusion": "contusion",
    "hemorrhagic_transformation": "hemorrhagic_transformation",
    # a bleeding tumour or lesion is its own kind of bleed, wherever it sits ("haemorrhagic metastasis in the
    # right occipital lobe" is not an intraparenchymal hematoma)
    "hemorrhagic_metastasis": "other",
    "hemorrhagic_lesion": "other",
}


#: the evidence attribute of a hedged change's hedge (BleedAttributes.change_hedged)
CHANGE_HEDGE = "change_hedge"
EvidenceSource = Literal["scored", "findings"]
EVIDENCE_SOURCES: tuple[EvidenceSource, ...] = get_args(EvidenceSource)
SCORED: EvidenceSource = "scored"
FINDINGS: EvidenceSource = "findings"


@dataclass(frozen=True, slots=True)
class AttributeEvidence:
    """``text[start:end]`` is the cue for `attribute` (``acuity``, ``change``, a mass-effect sign, ``size``)
    having `value`, where `text` is the scored text (``source="scored"``) or the report's findings
    (``"findings"``: mass effect only). Never holds text."""

    start: int
    end: int
    attribute: str
    value: str
    source: EvidenceSource = "scored"  # the text the offsets index: the scored text or the findings


@dataclass(frozen=True, slots=True)
class BleedAttributes:
    """What the report says about the bleed (module docstring). Empty (``BleedAttributes()``) for a report
    without a positive rule-tier mention."""

    subtypes: tuple[Subtype, ...] = ()
    acuity: Acuity = "not_stated"
    change: Change = "not_stated"
    midline_shift: bool = False
    midline_shift_mm: float | None = None
    midline_shift_mild: bool = False
    herniation: bool = False
    cistern_effacement: bool = False
    hydrocephalus: bool = False
    intraventricular_extension: bool = False
    mass_effect_known: tuple[MassEffectSign, ...] = ()  # signs stated stable or improving
    size_mm: float | None = None
    volume_ml: float | None = None
    evidence: tuple[AttributeEvidence, ...] = ()

    @property
    def change_hedged(self) -> bool:
        """Whether the change (new/increased) is stated only hedged ("possibly slightly larger"): its hedge
        is in the evidence (``change_hedge``; round G kind 1)."""
        return any(ev.attribute == CHANGE_HEDGE for ev in self.evidence)

    @property
    def mass_effect(self) -> tuple[MassEffectSign, ...]:
        """The mass-effect signs present, in :data:`MASS_EFFECT_SIGNS` order."""
        return tuple(s for s in MASS_EFFECT_SIGNS if getattr(self, s))


NO_ATTRIBUTES = BleedAttributes()

# ---- sentences -----------------------------------------------------------------------------------------
# a "?" ends a sentence only attached to its word: " ? slightly larger", ", ?new" hedge the words after them
# (round H)
_SENTENCE_END = re.compile(r"(?<=[.!;])\s+(?=\S)|(?<=[^\s,(?]\?)\s+(?=\S)|\n\s*(?=\S)|(?<=[a-z])\.(?=[A-Z])")
_ABBREVIATION = re.compile(
    # set-9 kind: a dotted initialism ("the left M.C.A. infarct", "the E.V.D. is in place") ends no sentence
    r"\b(?:approx|vs|e\.g|i\.e|cf|etc|no|nos|img|ser|fig|dr|st|c|ca|(?:[a-z]\.){1,3}[a-z])\.$",
    re.IGNORECASE,
)
_ABBREVIATION_LOOKBACK = 16  # > len("approx.") + 1, the longest _ABBREVIATION match and its boundary
#: round H: the label of a templated report's field about the bleed (its change, acuity, size or subtype)
_FIELD_LABEL = (
    r"(?:(?:interval |overall )?change(?: (?:from|since|vs\.?|versus|compared (?:with|to)|relative to) "
    r"(?:the )?(?:prior|previous|last|comparison)(?: (?:ct|mri?|scan|study|exam\w*|imaging))?)?|"
    r"(?:compared (?:with|to)|comparison (?:with|to)|vs\.?|versus|relative to) (?:the )?"
    r"(?:prior|previous|last)"
    r"(?: (?:ct|mri?|scan|study|exam\w*|imaging))?|interval (?:change|evolution)|trend|evolution|"
    r"comparison|acuity|age|density|attenuation|type|subtype|compartment|location|site|side|laterality|status|"
    r"timing|grade|score|classification|extent|distribution|morphology|"
    r"(?:hemorrhage|haemorrhage|bleed) type|"
    r"(?:max(?:imum|imal)?\.? |greatest |largest )?(?:size|thickness|depth|diameter|width|dimensions?|"
    r"measurements?)(?: \((?:mm|cm)\))?|volume|prior|previous)"
)
_ANAPHORA = re.compile(
    # an optional comparison phrase first ("Compared to yesterday it is larger", "On the prior it measured
    # 8 mm")
    r"\s*(?:\d+[.)]\s*)?(?:(?:compared (?:with|to)|relative to|versus|since|on|at|in) "
    r"(?:[^,.;:()]|\([^()]{0,40}\)|(?<=\d)[:.](?=\d)){0,60}?[,:]?\s+"
    r"(?=(?:this|it|these|they|the)\b))?(?:this|it|its|their|these|they|which|that|there has been|"
    r"the (?:\w+ )?"
    r"(?:hematoma|haematoma|hemorrhage|haemorrhage|bleed|blood|clot|collection|contusion|focus|foci|"
    r"component|extension|subdural|sdh|sah|ivh|edh)s?|"
    # "Bifrontal contusions. Several have enlarged.": a quantifier standing for the bleeds just named
    r"(?:several|some|many|all|both|each|most|one|two|three)(?: of (?:them|these|those|the \w+))?\s+"
    r"(?:have|has|are|is|were|was|show|shows|appear|appears)\b|"
    # telegraphic sizes per side after "Bilat SDH, R>L.": "R 12mm (prev 8)", "Lt 5 mm"
    r"(?:r|l|rt|lt|right|left)\.?:?\s+\d+(?:\.\d+)?\s*(?:mm|cm)\b|"
    # probes-7 kinds: "; thickness unchanged at 7 mm", "; today it measures 9 mm", "; comparison CT 24/11:
    # 7 mm", "Small residual collections ..."
    r"(?:maximal |max |overall |total )?(?:thickness|size|volume|diameter|depth|width|dimensions?)\b|"
    r"(?:today|now|currently|at present)\b[,:]?\s+(?:(?=(?:it|they|this|these|the)\b)\w+|(?=\d))|"
    r"comparison (?:ct|mri?|scan|study|exam)\b|(?:small |thin |minimal |a )?residual\b|"
    # a sentence about the prior exam: "; the admission CT showed none", "The prior scan measured it at 5 mm."
    r"(?:the |on the )?(?:prior|previous|prev|last|earlier|admission|initial|preceding|outside) "
    r"(?:ct|cta|mri?|scan|study|exam\w*|imaging)\b|"
    # set-6 kinds: an earlier study named by its time ("; the 6 h scan was clear", "; a CT three hours ago
    # was normal", "; the CT of this morning showed only a film"), a comparison header before the bleed
    # word ("CT today vs 3 months ago: collection has grown")
    r"(?=[^.;]{0,60}?\b(?:ago|earlier|before|yesterday|morning|night|evening|previously|\d+\s*h|"
    r"\d{1,2}:\d{2})\b)(?:the |an? |on the )?(?:[\w:/-]+ ){0,2}?(?:ct|cta|mri?|scan|study)\b"
    r"(?=[^.;]{0,60}?\b(?:showed|demonstrated|was|were|had)\b)|"
    # the study of today ("The repeat four hours later measures 9 mm"), the bleed's appearance ("; the
    # appearance is similar to ..."), a bare size ("SDH. 5 mm."), an HT grade ("; PH-1, 1.8 cm"), the bleed
    # word without an article ("Collection size unchanged at 17 mm")
    r"the (?:repeat|follow-?up|current|present|today['\u2019]s)\b|"
    # set-9 kind: "today's CT shows that it ...", only when what it shows is the bleed (a pronoun, a bleed
    # word, a size), not another finding ("Today's CT also shows new sinus opacification")
    r"today['\u2019]s (?:ct|cta|mri?|scan|study|imaging)\b(?=\s+(?:[\w-]+\s+){0,3}?(?:it|they|them|\d|"
    r"(?:the |a |an )?(?:[\w-]+ ){0,2}?(?:hematoma|haematoma|hemorrhage|haemorrhage|bleed\w*|blood|clot|"
    r"collection|contusion|(?-i:SDH|SAH|EDH|ICH|IVH|IPH))s?)\b)|"
    r"the (?:appearance|findings?|distribution|density|extent)\b|the (?:amount|volume|quantity) of\b|"
    r"(?:density|attenuation)\b|"
    r"\d+(?:\.\d+)?\s*(?:mm|cm)\b(?=\s*(?:[.;]|$))|(?-i:PH-?[12]|HI-?[12])\b|"
    r"(?:hematoma|haematoma|bleed|clot|collection|contusion)s? (?:size|thickness|is|are|has|have|remains?)\b|"
    r"(?:ct|cta|mri?|scan|study)\b[^.;:]{0,30}?\b(?:vs\.?|versus|compared (?:with|to))[^.;:]{0,30}?:\s*"
    r"(?:the\s+)?(?:\w+\s+)?(?:hematoma|haematoma|hemorrhage|haemorrhage|bleed|blood|clot|collection|"
    r"contusion)s?\b|"
    r"the (?:\w+ ){0,3}?ones?\b|"
    # round H kinds: a templated report's fields about the bleed ("Change from prior: increased", "Interval
    # change: smaller", "Acuity: acute", "Maximum thickness: 11 mm", "Prior: 2.6 x 2.2 cm"), a bare prior
    # size ("; prior 8 mm"), "the largest now measures 23 mm"
    + _FIELD_LABEL
    # set-7 kind: the compared exam in brackets ("Change from prior (day 3 scan):")
    + r"(?=(?:\s*\([^()\n]{0,60}\))?\s*:)|(?:prior|previous|prev|previously|was)\b\.?\s*:?\s*(?=\.?\d)|"
    r"the (?:largest|biggest|dominant|main|larger|bigger)\b|"
    # set-7 kinds: a note's imaging line ("CT: residual collection 12 mm", "Repeat CT this am: slightly
    # increased"), a comparison header with a colon ("Cf MRI 11/2026: new.", "cf 0600 CT: all stable")
    r"(?:repeat |follow-?up |today['\u2019]s |this )?(?:ct|cth|mri?|scan|imaging)(?: (?:head|brain))?"
    r"(?: (?:today|this (?:am|morning|afternoon|evening)|overnight))?(?=\s*[:\u2013-])|"
    r"(?:cf\.?|c/f|compared (?:with|to)|vs\.?|versus)\s+[^.;:\n]{0,40}(?=:))\b",
    re.IGNORECASE,
)


#: a sentence that is a comparison and nothing else ("Compared with last month: no significant change.",
#: "Unchanged from the prior exam.", "Stable."): about the bleed just named
_COMPARISON_ONLY = re.compile(
    # tune20c kind: a conclusion's label first ("Impression: unchanged since 03/12.")
    r"\s*(?:\d+[.)]\s*)?(?:(?:impression|conclusion|comment|summary|opinion)\s*:\s*)?"
    r"(?:(?:compared (?:with|to)|versus|vs\.?|since|relative to) [^.;:]{0,40}?[:,]?\s*)?"
    r"(?:no (?:significant |appreciable |definite )?(?:interval )?change|unchanged|stable|stationary|"
    r"not changed|no interval change|similar|"
    # tune20c kind: a trend word alone after the sizes ("... 8, then 12, now 16 mm. Enlarging.")
    r"(?:(?:slightly|mildly|further|progressively|gradually) )?"
    r"(?:enlarging|increasing|increased|larger|bigger|growing|resolving|decreasing|decreased|smaller|improving|evolving|regressing|shrinking))"
    r"(?:\s+(?:from|since|compared (?:with|to)|versus|relative to|to)\b[^.;:]{0,40})?\s*[.;!]?\s*",
    re.IGNORECASE,
)


#: set-9 kind: a sentence or clause that opens with a trend word and names the exam compared with ("; new
#: since the CT of Monday", "; redistribution along the falx since yesterday"): about the bleed just named.
#: tune23p kinds: the trend word in any form ("Interval development since ...", "Shrinking compared with
#: ..."), with the aspect it is said of ("Smaller in size and density than ...", "Evolving in density, no
#: bigger than ..."), an absence on the earlier exam ("Not visible on the examination of Friday", "Missing on
#: the prior scan"), or a trend word and a colon before the prior's size ("Growing: it was 9 mm on ...")
_TREND_WORD = (
    r"(?:new|newly (?:seen|appeared|visible|present)|interval (?:appearance|development)|appeared|"
    r"increased|increasing|increase|enlarg(?:ed|ing|ement)|larger|bigger|expand(?:ed|ing)|expansion|"
    r"grow(?:n|ing|th)|progress(?:ed|ing|ion)|"
    r"smaller|decreas(?:ed|ing|e)|regress(?:ed|ing|ion)|resolv(?:ed|ing)|resolution|reduc(?:ed|ing|tion)|"
    r"shrinking|shrunk(?:en)?|evolv(?:ed|ing)|unchanged|stable|stationary|constant|similar|"
    r"not (?:present|seen|visible|there|evident|identified)|absent|missing)"
)
#: the trend words of a size alone (fixprio23): before a colon, "new"/"stable" may open another finding
_SIZE_TREND_WORD = (
    r"(?:increased|increasing|enlarg(?:ed|ing)|larger|bigger|expand(?:ed|ing)|grow(?:n|ing)|smaller|"
    r"decreas(?:ed|ing)|regress(?:ed|ing)|shrinking|shrunk(?:en)?|reduc(?:ed|ing))"
)
_TREND_ASPECT = r"(?:size|extent|density|attenuation|thickness|volume|appearance|configuration)"
#: the words that compare with an earlier exam ("since", "relative to", ...): the trend's, a redistribution's
#: and the bleed's named with its oedema (``_ALSO_BLEED``)
_COMPARED_WORDS = r"since|compared|than|vs\.?|versus|from|relative to|yesterday"
#: the exam a trend compares with, right after the trend word (no noun of its own between: "New fracture
#: since the prior" is another finding's); "on/at/in" only before an exam's name ("on the CT of 3/12")
_TREND_COMPARED = (
    rf"(?:{_COMPARED_WORDS}|"
    r"(?:on|at|in|to)(?=\s+(?:the |an? |that )?(?:[\w'\u2019/:-]+ ){0,3}?"
    r"(?:ct|cta|mri?|scan|study|exam\w*|imaging|film)\b))\b"
)
_TREND_OPENER = re.compile(
    r"\s*(?:(?:slightly|mildly|minimally|markedly|further|overall|interval|progressively|gradually)\s+)?"
    rf"{_TREND_WORD}(?:\s+in {_TREND_ASPECT}(?:\s+(?:and|or|&)\s+{_TREND_ASPECT})?)?"
    # "Evolving in density, but no larger than on the prior": the denied growth compares too
    r"(?:,?\s+(?:but\s+)?(?:not|no)\s+(?:\w+\s+)?(?:larger|bigger|smaller|thicker|wider|increased|enlarged|"
    r"grown|expanded))?"
    rf",?\s+{_TREND_COMPARED}"
    # ... and the comparison ends its clause or gives today's size ("New since the prior: right frontal EVD"
    # names a device; "Increased since the prior CT: now 9 mm" is the bleed's)
    r"(?:[^.;:\n]|(?<=\d)[.:](?=\d)){0,60}?(?=[ \t]*(?:[.;\n]|$|:\s*(?:now\b|\d)))|"
    # "Growing: it was 9 mm on ...": only a size's trend before a colon and a size or the bleed's sizes
    # ("New: 2 small infarcts", "New: it is an infarct" name another finding; fixprio23)
    rf"\s*{_SIZE_TREND_WORD}\s*:\s*(?=(?:(?:it|they)\s+)?(?:was|were|measured|measures?|now|previously)\b|"
    r"\d+(?:[.,]\d+)?\s*(?:mm|cm)\b)|"
    r"\s*(?:redistribut\w*|regredient|progredient)\b"
    rf"(?=[^.;\n]{{0,60}}?\b(?:{_COMPARED_WORDS}|prior|previous)\b)",
    re.IGNORECASE,
)


def _sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence: ends at . ! ? ; before a space (not after an abbreviation such as
    "approx."), and at a line break."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        # the abbreviation ends at the full stop: look back only its longest form (its \b sees one more)
        if text[m.start() - 1 : m.start()] == "." and _ABBREVIATION.search(
            text, max(0, m.start() - _ABBREVIATION_LOOKBACK), m.start()
        ):
            continue
        if m.start() > start:
            spans.append((start, m.start()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


#: a sentence that states mass effect and nothing else ("Mild effacement of the adjacent sulci.", "No other
#: mass effect.", "MLS nil."): a sentence about the bleed may follow it ("This was not present on the CT ...")
_SIGN_SENTENCE = re.compile(
    r"\s*(?:(?:no|nil|mild|moderate|minimal|slight|marked|severe|small)\s+)?"
    r"(?:(?:other|significant|local|adjacent)\s+)?(?:\w+\s+){0,3}?(?:midline shift|shift|mls|mass effect|"
    r"effacement|herniation|hydrocephalus|cisterns?|ventricles?|o?edema|oedema|sulci)\b[^.;!?\n]{0,120}[.;!?]?\s*",
    re.IGNORECASE,
)
_SIGN_SKIP = 2  # sign-only sentences read past, at most (a bound: linear)
_SIGN_GAP_MAX = 300  # characters: two sign-only sentences, at most
_SIGN_GAP = re.compile(rf"(?:{_SIGN_SENTENCE.pattern}){{1,{_SIGN_SKIP}}}", re.IGNORECASE)


#: tune20c kind: a growth that is another's view, not the reader's finding: a referrer's or clinical team's
#: ("ED thinks the SDH is bigger", "the registrar queried an increase", "Registrar's impression: larger",
#: "Referrer reports it looks bigger"), or the request's own question ("Clinical question: ?enlarging")
_CLAIM = re.compile(
    r"\b(?:thinks?|thought|felt|feels|believes?|believed|quer(?:y|ies|ied)|suspects|wonder(?:s|ed)?|"
    r"worried|concerned|asks?|asked|says|said)\b|"
    r"\b(?:referrer|referring|requesting|registrar|resident|ED|ward|team|clinicians?|spoke site|GP|family|"
    r"nurses?|staff)(?:['\u2019]s)?\s+(?:\w+\s+)?(?:impression|opinion|view|read|query|question|concern|"
    r"reports?|reported)\b|"
    r"^\s*(?:A\s*:\s*)?(?:indication|clinical (?:question|query|details|indication|information)|request|"
    r"reason for (?:referral|request|scan|study|exam)|query|referral|concern|referrer|"
    r"referring (?:team|doctor|clinician|physician|hospital)|ED|clinical team|ward)\s*:",
    re.IGNORECASE,
)


def _claimed(text: str, sentences: Sequence[tuple[int, int]], start: int) -> bool:
    """The change cue at `start` is another's view (see above): its sentence says so before it."""
    i = _sentence_index(sentences, start)
    return (
        i is not None and _CLAIM.search(text[max(sentences[i][0], start - _CLAUSE_REACH) : start]) is not None
    )


_REPLY_REACH = 2  # sentences after a claim read for the reply to it


def _reply_change(
    text: str, sentences: Sequence[tuple[int, int]], claims: Sequence[tuple[int, int]]
) -> tuple[str, tuple[int, int]] | None:
    """The reader's own "stable" or "decreased" in the sentences right after a claimed growth (a negated
    growth, "not bigger", is stable), else None."""
    for start, _ in claims:
        i = _sentence_index(sentences, start)
        if i is None:
            continue
        for lo, hi in sentences[i + 1 : i + 1 + _REPLY_REACH]:
            for value, pattern in _CHANGE_CUES:
                for m in pattern.finditer(text, lo, hi):
                    if _claimed(text, sentences, m.start()) or _other_subject(
                        text, max(lo, m.start() - 60), m.start()
                    ):
                        continue
                    negated = _change_negated(
                        text, m.start(), m.end(), _clause(text, m.start(), m.end(), [(lo, hi)])
                    )
                    if value in ("stable", "decreased") and not negated:
                        return value, (m.start(), m.end())
                    if value == "increased" and negated:
                        return "stable", (m.start(), m.end())
    return None


#: a referral form's question about the change since the prior exam ("Q: Change?", "Compared with previous
#: imaging?", "Q: Interval change since the CT at 02:00?"): its answer is the bleed's change
_CHANGE_QUESTION = re.compile(
    r"\s*(?:Q\s*:\s*)?(?:any\s+)?(?:interval\s+)?(?:change|progression|growth|comparison|"
    r"compared (?:with|to) (?:the )?(?:previous|prior|earlier|last))\b[^?\n.;]{0,40}\?\s*",
    re.IGNORECASE,
)
_ANSWER_OPENER = re.compile(r"A\s*:", re.IGNORECASE)


#: the reader's reply to another's view that opens a sentence ("Referrer says it is smaller; I disagree, it
#: has grown"): the sentence goes on about the bleed when what follows the reply does
_DISAGREE_OPENER = re.compile(
    r"\s*(?:(?:I|we)\s+(?:disagree|do not agree|don['\u2019]t agree)|disagree|however|on (?:my|our) review)"
    r"\s*[,:;-]?\s*",
    re.IGNORECASE,
)


def _disagree_end(text: str, start: int) -> int:
    """Where the sentence at `start` goes on after a reply opener (see above), else `start`."""
    m = _DISAGREE_OPENER.match(text, start)
    return m.end() if m else start


def _bleed_spans(
    text: str, positive: Sequence[Evidence], sentences: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The bleed sentences (module docstring) of the `positive` mentions among `sentences` (the text's),
    merged and in order."""
    chosen: set[int] = set()
    for ev in positive:
        i = _sentence_index(sentences, ev.start)
        if i is None or i in chosen:
            continue  # a sentence already chosen has had the sentences after it read
        chosen.add(i)
        nxt = i + 1
        # the sentences that go on about it ("It has grown.", "R 7mm (prev 7). L 12mm (prev 6)."), past at
        # most two sentences that state mass effect only ("SAH. No other mass effect. This was not present
        # on the CT of Monday.")
        while nxt < len(sentences) and nxt not in chosen:
            k = nxt
            while (
                k < len(sentences)
                and k - nxt < _SIGN_SKIP
                and not _ANAPHORA.match(text, sentences[k][0])
                and _SIGN_SENTENCE.fullmatch(text, *sentences[k])
            ):
                k += 1
            if (
                k >= len(sentences)
                or k in chosen
                or not (
                    _ANAPHORA.match(text, _disagree_end(text, sentences[k][0]))
                    or _COMPARISON_ONLY.fullmatch(text, *sentences[k])
                    or _TREND_OPENER.match(text, sentences[k][0])
                    # set-10 kind: the answer to a question about the bleed ("> EDH? Smaller: 6 mm")
                    or (k == nxt and text[sentences[k - 1][0] : sentences[k - 1][1]].rstrip().endswith("?"))
                )
            ):
                break
            chosen.add(k)
            nxt = k + 1
    if chosen:  # tune20c kind: a form's change question answers for the bleed ("Q: Change? A: new bleed")
        for k in range(1, len(sentences)):
            q0, q1 = sentences[k - 1]
            if (
                k not in chosen
                and _CHANGE_QUESTION.fullmatch(text, q0, q1)
                and ("\n" not in text[q1 : sentences[k][0]] or _ANSWER_OPENER.match(text, sentences[k][0]))
            ):
                chosen.add(k)
    return [sentences[i] for i in sorted(chosen)]


#: tune23p kind: a bleed word that is only the noun before the change it names ("Haematoma expansion since
#: the CT at 08:00", "hemorrhage enlargement"): it refers to the bleed already named, asserting nothing itself
_CHANGE_NOUN_AFTER = re.compile(
    r"\s+(?:growth|expansion|enlargement|progression|increase|extension|re-?accumulation)\b", re.IGNORECASE
)


def _hedged_bleed(
    text: str, positive: Sequence[Evidence], sentences: Sequence[tuple[int, int]]
) -> tuple[int, int] | None:
    """The hedged mention of the bleed that the report names hedged everywhere but as the noun of its
    change (tune23p kind: "Possible left EDH, 14 mm. Haematoma expansion since the CT at 08:00": the rule
    tier affirms the second "haematoma", the reader never did), else None. A growth said there is as hedged
    as the bleed (``change_hedge``); a plain bleed named anywhere keeps every growth plain. The change noun
    refers back to the bleed just named, so only a hedged mention before it counts, and only of the same
    bleed (its concept) or in its own or the sentence just before: "Haematoma expansion since ... Possible
    SAH in the sylvian fissure" hedges another bleed, not the growth (fixprio23)."""
    scored = [m for m in positive if m.source == "scored"]
    referring = [m for m in scored if m.assertion == "affirmed"]
    if not referring or any(not _CHANGE_NOUN_AFTER.match(text, m.end) for m in referring):
        return None
    for h in scored:
        if h.assertion == "affirmed":
            continue
        for r in referring:
            if h.end > r.start:
                continue
            hi, ri = _sentence_index(sentences, h.start), _sentence_index(sentences, r.start)
            if h.concept == r.concept or (hi is not None and ri is not None and ri - hi <= 1):
                return (h.start, h.end)
    return None


def _sentence_index(sentences: Sequence[tuple[int, int]], offset: int) -> int | None:
    """The index of the sentence holding `offset` (the last one also holds what follows it), by bisection:
    a text of thousands of sentences with a mention in each must stay linear (a 900 KB report held its
    partition for minutes when every mention scanned every sentence)."""
    i = bisect.bisect_right(sentences, offset, key=lambda b: b[0]) - 1
    if i < 0:
        return None
    s, e = sentences[i]
    return i if s <= offset < e or (i + 1 == len(sentences) and offset >= s) else None


# ---- cue tables ----------------------------------------------------------------------------------------
#: set-9 kind: speech recognition writes a dictated "no" as "know" ("Know midline shift.", "with know new
#: hemorrhage", "Know priors."): it negates like "no" only where a clause starts (after a sentence start,
#: ":", ";", ",", "with", "and"), never as the verb ("let them know: ...", "so they would know about ...")
_DICTATED_NO = (
    r"(?:(?<![\w'\u2019])(?<![\w'\u2019]\s)(?<![\w'\u2019]\s\s)|(?<=\bwith )|(?<=\band ))"
    r"know(?!\s+(?:about|of|that)\b)"
)
_NEG_BEFORE = re.compile(
    # "(no change), chronic", "no change in the 6 mm shift": a "no/without change" negates only the change
    r"(?:\b(?:no|not|without|negative for|nor|free of|absence of|resolution of|resolved|rather than|"
    r"no evidence of|no definite|no significant|no signs? of|" + _DICTATED_NO + r")\b"
    r"(?!\s+(?:significant\s+|interval\s+|appreciable\s+|definite\s+)?change)|n['\u2019]t\b)[^.;:]*$",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r"\b(?:but|however|although|though|while|whereas|except)\b|[;:]", re.IGNORECASE)
_NEG_AFTER = re.compile(
    r"^[\s,:]*(?:is|are|has|have|was|were)?\s*(?:now\s+)?(?:been\s+)?(?:nil|none|zero|"
    r"not\s+(?:seen|present|identified|"
    r"evident|demonstrated|appreciated)"
    # set-6 kind: "Effacement of the ambient cistern, not present before": absent then, so new now
    r"(?!\s+(?:before|previously|earlier|(?:on|at|in)\s+(?:the\s+)?(?:[\w:/-]+\s+){0,2}?"
    r"(?:ct|cta|mri?|scan|study|exam\w*|prior|previous)\b))|absent|resolved|"
    r"no longer (?:seen|present|evident|identified)|"
    r"decompressed(?!\s+into))\b",  # "the trapped horn has decompressed" (not "decompressed into")
    re.IGNORECASE,
)
_KNOWN_NEAR = re.compile(
    r"\b(?:stable|unchanged|similar|persistent|again|redemonstrat\w*|re-demonstrat\w*|decreas\w*|improv\w*|"
    r"less|smaller|resolving|regress\w*|reduced|no (?:significant |interval )?change|not changed|"
    r"as before|as previously|unaltered|the same|persists|static|remain|remains|remained|still|"
    r"regredient|constant|stationary)\b",
    re.IGNORECASE,
)
_WORSE_NEAR = re.compile(
    r"\b(?:increas\w*|worse\w*|worsen\w*|progress\w*|progredient|new|newly|larger|more|greater|"
    r"enlarg\w*)\b",
    re.IGNORECASE,
)
#: set-9 kind: a worse word that is negated ("hydrocephalus stable, no new hemorrhage") says nothing worse
_NEGATED_WORSE = re.compile(r"\b(?:no|not|without|nor)\s+(?:\w+\s+)?$", re.IGNORECASE)
#: set-9 kind: a trend word closing the sign's clause after a comma ("herniation of swollen brain through
#: the defect, unchanged;") qualifies the sign however far before it
_KNOWN_CLOSES = re.compile(
    r"(?:,|\s[-\u2013])\s*(?:(?:all|both|essentially|otherwise|again|overall)\s+)?"
    r"(?:stable|unchanged|unaltered|constant|stationary|"
    r"static|as before|regredient|improv\w*|decreas\w*|smaller|less)"
    r"(?:\s+(?:since|from|compared|vs\.?|versus|to|on)\b[^,]*)?\s*$",
    re.IGNORECASE,
)
#: ... unless a bleed is named between them: the trend is then the bleed's ("..., due to the hematoma, as
#: before")
_BLEED_WORD = r"(?:blood|bleed\w*|ha?emorrhag\w*|ha?ematoma|(?-i:SAH|SDH|EDH|ICH|IVH|IPH))"
_BLEED_BETWEEN = re.compile(rf"\b(?:{_BLEED_WORD}s?|contusions?|collections?)\b", re.IGNORECASE)

_ACUITY_CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "mixed",
        re.compile(
            r"\bacute[\s-]+on[\s-]+chronic\b|\bmixed[\s-]+(?:density|attenuation|age|acuity)\b|"
            r"\bof (?:varying|different|various) ages?\b|\bvarying (?:ages|acuity)\b|"
            r"\bacute and chronic\b|\bchronic and acute\b|\bhyperdense and hypodense components\b",
            re.IGNORECASE,
        ),
    ),
    (
        "subacute",
        re.compile(r"\b(?:early |late )?sub-?acute\b|\bisodense\b|\bisoattenuating\b", re.IGNORECASE),
    ),
    (
        "acute",
        re.compile(
            r"(?-i:\b[aA](?=SDH\b|EDH\b))|\bhyper-?acute\b|\bacute\b|\bhyperdense\b|\bhyperattenuating\b|\bfresh\b",
            re.I,
        ),
    ),
    (
        "chronic",
        re.compile(
            r"(?-i:\b[cC](?=SDH\b))|\bchronic\b|"
            r"(?<!days )(?<!day )(?<!hours )(?<!hour )(?<!weeks )\bold\b|"  # not "two days old"
            r"\bhypodense\b|\bhypoattenuating\b|\blow[- ]density\b",
            re.I,
        ),
    ),
)
#: an acuity word that dates another finding, not the bleed ("an old right MCA infarct", "chronic small
#: vessel ischemic change", "acute left rib fracture")
_ACUITY_OF_OTHER = re.compile(
    r"[\s,-]+(?:\w+[\s-]+){0,3}?(?:infarcts?|infarction|fractures?|ischemi\w*|ischaemi\w*|lacun\w*|strokes?|"
    r"sinusitis|small[\s-]vessel|white matter|encephalomalacia|gliosis)\b|"
    # set-9 kinds: a dense venous sinus or mass right after it ("hyperdense superior sagittal sinus",
    # "a hyperdense mass in the posterior fossa"), not the blood
    r"[\s,-]+(?:(?:superior|inferior|sagittal|transverse|sigmoid|straight|dural|venous|left|right|l|r)[\s-]+)"
    r"{0,3}sinus(?:es)?\b|[\s,-]+(?:\w+[\s-]+)?(?:mass(?![\s-]+effect)|tumou?r)s?\b",
    re.IGNORECASE,
)
_AGE_BEFORE_OLD = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|few|several)[\s-]*(?:h|hrs?|hours?|days?|d)[\s-]*$",
    re.IGNORECASE,
)
_INFARCT_WORD = re.compile(r"infarct|ischemi|ischaemi|stroke", re.IGNORECASE)
#: what follows "than" in a comparison with an earlier exam: a study, a time or a day within a few words
#: ("than on the CT of 2/7", "than yesterday", "than at 06:00"), never a size ("larger than 3 cm")
_THAN_EARLIER = (
    r"\s+(?:[\w'\u2019/-]+\s+){0,4}?(?:on|at|in|before|previous\w*|prior|yesterday|earlier|last|admission|"
    r"initial|first|ct|cta|mri?|scan|study|exam\w*|imaging|\d{1,2}[/:.]\d{1,2}|\w+day|morning|night|"
    r"evening|preop\w*|pre-op\w*)\b"
)
#: a difference the reader calls measurement noise ("within measurement error", "not a real change"): a
#: "stable" change cue, and what makes a small numeric growth stable (``_WITHIN_ERROR``)
_WITHIN_ERROR_WORDS = (
    r"\bwithin (?:the )?(?:limits of )?(?:measurement|inter-?observer|intra-?observer|technical)\b|"
    r"\bnot an? (?:real|true|significant|meaningful) (?:change|difference|increase)\b"
)
_CHANGE_CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "new",
        re.compile(
            r"(?<!nothing )\bnew(?:ly)?\b|"  # not "nothing new since the last scan"
            r"\binterval (?:development|appearance)\b|\bhas developed\b|\brecurren\w*\b|"
            # set-5 kind: "not present on the CT two days before", "not there on the MRI from March"
            r"\bnot (?:seen|present|visible|there) on (?:the |an? )?(?:ct|mri|mr|scan|study|exam)\b|"
            # probes-7 kinds: absent on a named earlier study in any words ("wasn't there on the morning
            # scan", "not visible on the CT of 13 June", "not present previously", "which was clear on the
            # immediate postoperative scan", "previous CT 10/10 normal"), a bleed that "has appeared" / "first
            # appearing on this study", "there is now a small haemorrhage"
            r"(?:(?:\bnot|n['\u2019]t|\bnever) (?:been )?"
            r"(?:seen|present|visible|there|evident|identified|apparent|described|reported|detected|shown)|"
            r"\babsent|\bmissing|\bnot(?= (?:on|at|in) ))"
            # set-9 kinds: "not described in the previous examination", "not present 12/04/2026"
            r"(?: (?:previously|before|earlier)\b| (?:on )?\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?\b|"
            r" (?:on|at|in) "
            r"(?!(?:the )?(?:current|present|today|this|follow)\w*\b)(?:the |an? |that )?"
            r"(?:[\w'\u2019/:-]+ ){0,3}?"
            r"(?:ct|cta|mri?|scan|study|exam\w*|imaging|film)\b)|"
            r"\b(?:was|were) (?:clear|normal|negative|unremarkable|blood-free) (?:on|at|in) (?:the |an? )?"
            r"(?:[\w'\u2019/:-]+ ){0,3}?(?:ct|cta|mri?|scan|study|exam\w*|imaging)\b|"
            r"\b(?:prior|previous|preceding|earlier) (?:ct|mri?|scan|study|exam\w*)\b[^.;()]{0,15}?"
            r"\b(?:was )?(?:normal|negative|clear|unremarkable)\b|"
            r"\b(?:has|have) (?:since |now |newly |subsequently )?(?:appeared|emerged)\b"
            r"(?! (?:stable|unchanged|similar|smaller|larger|less|more|to|as|slightly)\b)|"
            r"\bappeared since\b|"
            # set-6 kind: an earlier study named by its time that was normal ("a CT three hours ago, done for
            # the same headache, was normal", "the 6 h scan was clear"; not "CTA was negative for aneurysm")
            r"(?:\b(?:ago|earlier|before|yesterday|morning|night|evening|admission|initial|first)\b|"
            r"\b\d+\s*h\b|\b\d{1,2}:\d{2}\b)[^.;]{0,40}?\b(?:(?:was|were) "
            r"(?:clear|normal|negative|unremarkable|blood-free)\b(?! for\b)|"
            r"(?:(?:had |has )?(?:showed|shown|demonstrated)|had) (?:no|none|nothing)\b)|"
            r"\bfirst (?:appear\w*|seen|visible|evident|demonstrated) (?:on|in) (?:this|today|the current)\b|"
            r"\bthere (?:is|are) now (?!(?:an? |some )?(?:less|only|residual|no|minimal|smaller|decreas\w*|"
            r"reduc\w*|resolv\w*|(?:a )?(?:little|trace))\b)(?:an? |some |several |multiple )?(?:\w+ ){0,3}?"
            r"(?=(?:sdh|sah|ivh|edh|iph|ich|bleed|blood|ha?emorrhag\w*|ha?ematoma|contusion)s?\b)|"
            # a conversion dated by the study it followed ("haemorrhagic conversion ... since the CT at 14h")
            r"\b(?:hemorrhagic|haemorrhagic) (?:conversion|transformation)\b"
            r"(?=[^.;]{0,40}\bsince (?:the |an? )?"
            r"(?:[\w'\u2019/:-]+ ){0,2}?(?:ct|mri?|scan|study|exam\w*|imaging)\b)|"
            r"\bre-?bleed\w*\b|\bre-?bled\b|\bde novo\b|"
            # probes-7 round D: "previously unseen", "where the last CT showed none"
            r"\bpreviously (?:unseen|undetected|absent|not (?:seen|visible|present|identified))\b|"
            r"\b(?:last|prior|previous|earlier|preceding|initial|admission|baseline) (?:\([^()]{0,20}\) )?"
            r"(?:ct|mri?|scan|study|exam\w*)\b"
            r"[^.;]{0,20}?\b(?:showed|demonstrated|had|was) (?:none|nothing|no\b)|"
            r"\bhas (?:since |now )?occurred\b|\bdevelopment of\b|"
            # "is now seen along the tentorium as well": present now, so not before
            r"\bnow (?:also )?(?:seen|visible|present|evident|noted|demonstrated|identified|appreciated)\b"
            r"(?! (?:only|as (?:a |an )?(?:thin |small )?residual)\b)|"
            r"\bre-?hemorrhage\b|\badditional\b(?!\s+(?:findings?|notes?|comments?|information|imaging|views?|images?|"
            r"sequences?|history|details?)\b)|\bnot (?:seen|present|visible) on (?:the )?"
            r"(?:prior|previous)\b|"
            # a bleed that appeared since the prior exam: "interval hemorrhagic conversion", "has undergone
            # hemorrhagic transformation", "interval hemorrhage into the tumour", "has become hemorrhagic"
            r"\binterval (?:hemorrhagic|haemorrhagic) (?:conversion|transformation|change)s?\b|"
            r"\binterval (?:\w+ )?(?:hemorrhage|haemorrhage|bleed|bleeding|hematoma|haematoma)\b|"
            r"\bundergone (?:hemorrhagic|haemorrhagic) (?:conversion|transformation)\b|"
            r"\b(?:has|have) (?:since |now )?(?:become|turned) (?:hemorrhagic|haemorrhagic)\b|"
            # "has ruptured into the ventricular system since the earlier scan": a bleed that reached the
            # ventricles since the prior exam (the cue ends before the extension sign's own words); tune23p
            # kind: only with its time ("has now ruptured", "... since the earlier scan"), else it describes
            # the bleed's extent ("a thalamic haematoma which has ruptured into the third ventricle")
            r"\b(?:has|have) (?:since |now |subsequently )"
            r"(?=(?:ruptured|decompressed|broken) (?:through )?into\b)|"
            r"\b(?:has|have) (?=(?:ruptured|decompressed|broken) (?:through )?into\b[^.;]{0,80}?"
            r"\b(?:since|compared|than|versus|vs|relative to|in the interval)\b)",
            re.IGNORECASE,
        ),
    ),
    (
        "increased",
        re.compile(
            # tune20c kind: "the larger now 21 mm" names one of several bleeds, not a growth
            r"\bincreas\w*\b|\benlarg\w*\b|(?<!\bthe )\blarger\b|(?<!\bthe )\bbigger\b|"
            r"\bexpan\w*\b|\bgrow\w*\b|"
            r"(?<!icu )(?<!daily )(?<!ward )\bprogress(?!\s*:)\w*\b(?! notes?\b)"  # "ICU progress note"
            # tune20c kind: "in progressive reabsorption" is a bleed going away
            r"(?!\s+(?:re-?absor\w*|resorption|resolution|decrease|reduction|involution|regression|shrinkage|"
            r"improvement|clearing)\b)|"
            r"\bprogredient\b|\bgrew\b|"  # set-9 kinds: the continental "progredient", "EDH grew"
            # set-6 kinds: "the amount of blood has gone up", "went up"; a petechial transformation now
            # confluent or a parenchymal haematoma (HI -> PH)
            r"\b(?:gone|went|going|goes) up\b|\bcoalesc\w*\b|"
            r"\b(?:petechia\w*|HI-?[12])\b[^.;]{0,80}?\b(?:to|into|now)\b[^.;]{0,25}?"
            r"(?:\bconfluent\b|\bPH-?[12]\b|\bparenchymal ha?ematoma\b)|"
            r"(?:\bconfluent\b|\bPH-?[12]\b)[^.;]{0,50}?\b(?:rather than|where|whereas|instead of|"
            r"compared (?:with|to)|versus|vs)\b[^.;]{0,40}?\bpetechia\w*|"
            r"\bworse\w*\b|\bworsen\w*\b|\bmore (?:extensive|prominent|conspicuous|pronounced)\b|"
            r"\bblossom\w*\b|\bexpand\w*\b|"
            # probes-7 kinds: "more widespread / numerous", "roughly doubled", "more than on the prior"
            r"\bmore (?:widespread|numerous|diffuse|confluent|voluminous|extensive|marked|bulky)\b|"
            r"\b(?:doubled|doubling|tripled|trebled)\b|\bthicken\w*\b|\bbloomed\b|\bre-?collect\w*\b|"
            # probes-7 round D: "up 3 mm on this morning", "extends further", an up arrow
            r"\bup (?:by )?\d|\bextends? further\b|[\u2191\u2b06]|"
            # a comparative against an earlier study or time, in general: "slightly more than on the 08:00
            # exam", "of greater thickness than on 2/7", "bigger than yesterday"
            r"\b(?:more|greater|larger|bigger|thicker|wider|higher|longer|further|farther)\b(?=[^.;]{0,30}?\bthan"
            + _THAN_EARLIER
            + r")|"
            r"\bmore than (?:on |in |at )?(?:the )?"
            r"(?:prior|previous|last|earlier|before|initial|first|admission|"
            r"yesterday|preop\w*|pre-op\w*)\b|"
            # set-3 kinds: a thicker/wider collection, "more blood than on the 6-hour scan", "has risen",
            # "bled further", "now extends along the falx" (a bleed reaching a new space has grown)
            r"\b(?:thicker|wider|broader)\b|"
            r"\bmore (?:\w+ ){0,2}?(?:blood|ha?emorrhag\w*|hematoma|haematoma|clot)\b|"
            r"\b(?:risen|rising)\b|\brise in\b|\b(?:bled|bleeding|hemorrhaged|haemorrhaged) further\b|"
            r"\bfurther (?:bleeding|hemorrhage|haemorrhage|growth|enlargement|extension|expansion)\b|"
            r"\bnow (?:extend\w*|spread\w*|reach\w*|track\w*)\b|"
            r"\bre-?accumulat\w*\b|"  # a drained collection that has filled again
            r"(?<![\w+])\+\s?\d+(?:\.\d+)?\s?(?:mm|cm)\b|"  # set-5 kind: "IPH +4 mm vs 6 h ago"
            # set-5 kinds: "has extended and now involves several sulci", "has spread", "went up to"
            r"\b(?:has|have) (?:since |now |further )?(?:extended|spread)\b|"
            # "the small contusion has become a 25 mm haematoma": grown into a measured bleed
            r"\b(?:has|have) (?:now |since )?(?:become|grown into|turned into|evolved into) (?:an? )?\d",
            re.IGNORECASE,
        ),
    ),
    (
        "stable",
        re.compile(
            r"\bstable\b|\bunchanged\b|\bno (?:significant |appreciable |definite )?(?:interval )?change\b|"
            # tune20c kind: a difference the reader calls noise ("within measurement error", "not a real
            # change", "allowing for technique")
            + _WITHIN_ERROR_WORDS
            + "|"
            r"\ballowing for (?:the )?(?:technique|differences? in technique|slice|angulation|different)\b|"
            r"(?:\bnot|n['\u2019]t) (?:significantly )?changed\b|"
            r"\bwithout (?:significant |interval )?change\b|\bsimilar\b|"
            r"\bagain (?:seen|noted|demonstrated|identified|visualized)\b|\bpersist\w*\b|"
            r"\bre-?demonstrat\w*\b|\bevolv\w*\b|\bevolution\b|\bredistribut\w*\b|\bremains?\b|"
            r"\bexpected (?:postoperative|post-operative|postsurgical)\b|"
            # set-5 kinds: "unaltered from Tuesday", "10 mm as before", "the same size", "essentially the
            # same", "nothing new since the last scan", "shows the same distribution"
            r"\bunaltered\b|\bstationary\b|"  # tune23p: the continental "stationary"
            r"\bconstant\b(?!\s+(?:headaches?|pain|infusion|rate|observation))|"  # set 9
            r"\bas (?:before|previously|on the (?:prior|previous|last)"
            r"(?: (?:scan|exam|study|ct))?)\b|"
            r"\b(?:the|essentially|about|much) (?:the )?same(?: (?:size|extent|distribution|appearance|"
            r"thickness|dimensions?))?\b|\bnothing new\b|\bno interval (?:growth|enlargement)\b|"
            # probes-7 kinds: "static", "no interim change", "no appreciable interval difference", "same size"
            # without an article, "looks the way it did on Friday", "as expected"
            r"\bstatic\b|\bno (?:significant |appreciable |definite |real |measurable )?"
            r"(?:interval |interim )?"
            r"(?:change|difference|alteration)\b|\bsame[- ](?:size|sized|extent|thickness|dimensions?)\b|"
            r"\b(?:the way|as) (?:it|they) (?:did|was|were|looked)\b|\bas expected\b|"
            r"\b(?:no|not) (?:\w+ )?different\b|\bcomparable\b|\bidentical\b|\bsame as\b|"
            r"\bnot (?:significantly |substantially |materially |appreciably )?altered\b|"
            # round H: a templated report's change field answered "none" ("Interval change: none")
            r"\b(?:interval )?change(?: (?:from|since|vs\.?|versus) (?:the )?(?:prior|previous|last)\w*)?"
            r"(?:\s*\([^()\n]{0,60}\))?\s*:\s*(?:none|nil|no|zero)\b(?!\s*(?:prior|previous|comparison))|"
            # set-7 kinds: "cf 3/12: same.", "IVH same"
            r"(?<=[:,] )same\b(?=\s*[.;,]|\s*$)|(?-i:\b(?:SAH|IVH|SDH|EDH|ICH|IPH)) same\b",
            re.IGNORECASE,
        ),
    ),
    (
        "decreased",
        re.compile(
            r"\bdecreas\w*\b|\bsmaller\b|\bregredient\b|"  # set 9: the continental "regredient"
            r"\bless (?:prominent|conspicuous|extensive|dense|pronounced)\b|"
            r"\bresolv\w*\b|\bresolution\b|\bimprov\w*\b|\bdiminish\w*\b|\bregress\w*\b|\breduc\w*\b|"
            r"\bresorb\w*\b|\bresorption\b|\bre-?absor\w*\b|\binvolut\w*\b|\bwaning\b|\bshrunk\b|\bshrinking\b|"
            r"\bclear(?:ed|ing|ance)\b|"  # "intraventricular blood has largely cleared"
            # set-5 kinds: "is going away", "fading", "absorbing", "shrunk", "has shrunk", "less hyperdense"
            r"\bgo(?:ing|ne) away\b|\bfad(?:ing|ed|es)\b|\babsorb(?:ing|ed|s)\b|\bshr(?:u|a)nk(?:en)?\b|"
            r"\bless (?:hyperdense|bright|thick|large|big)\b|"
            r"\b(?:thinner|narrower)\b|"
            # probes-7 kinds: "is thinning", "less than preoperatively", "overall less"
            r"\bthinn(?:ing|ed)\b|\bthins\b|\bless than (?:pre|post)-?op\w*\b|"
            r"\bdown (?:by )?\d|[\u2193\u2b07]|"
            # probes-7 round D: "less bulky", "has largely gone", "barely perceptible"
            r"\bless (?:bulky|voluminous|apparent|evident|visible|obvious|marked|hyperdense|bright|thick|"
            r"wide)\b|"
            r"\bgone\b|\bbarely (?:perceptible|visible|seen|detectable|discernible)\b|"
            r"\bonly (?:faintly|just|barely) (?:visible|seen|perceptible)\b|"
            # "less evident than on the previous study", "less subarachnoid blood than yesterday"
            r"\b(?:less|smaller|thinner|narrower|fewer|lower)\b(?=[^.;]{0,30}?\bthan" + _THAN_EARLIER + r")|"
            r"\b(?:overall|now|much|far) less\b(?= *[.;,]|$)|"
            r"(?-i:\b(?:SAH|IVH|SDH|EDH|ICH|IPH)) less\b(?= *[.;,]|$)|"  # set-7 kind: "SAH less, IVH less"
            # what is left of a known bleed after surgery or resorption: "interval evacuation ... residual
            # subdural blood", "a thin residual rim" (a worsening word beside it still wins)
            r"\bevacuat\w*\b|\bresidual\b|"
            # "has largely washed out", "less blood overall", "less than on the prior scan"
            # set-10 kind: a compartment between ("less subarachnoid blood", "less intraventricular bleeding")
            r"\bwash(?:ed|es|ing)?[\s-]?out\b|"
            r"\bless (?:(?!than\b)[a-z-]+ ){0,2}?(?:blood|hemorrhage|haemorrhage|hematoma|haematoma)\b|"
            r"\bless than (?:on |in |at )?(?:the )?"
            r"(?:prior|previous|last|earlier|before|immediate|initial|first)\b",
            re.IGNORECASE,
        ),
    ),
)
#: a change cue that qualifies a mass-effect sign ("new effacement of the suprasellar cistern", "increased
#: perihematomal edema"), not the bleed: the bleed's change only when its sentences state no other
_ON_SIGN = re.compile(
    # tune20c kind: "slight increase in perilesional edema", "increase of the surrounding oedema"
    r"(?:\s+(?:in|of)(?:\s+the)?)?"
    r"\s+(?:(?:mild|moderate|severe|marked|mass|midline|subfalcine|uncal|transtentorial|tonsillar|rightward|"
    r"leftward|right|left|perihematomal|perihaematomal|perilesional|surrounding|vasogenic|cerebral|"
    r"obstructive|communicating|basal|cisternal|sulcal|ventricular|\d+(?:\.\d+)?\s*mm)\s+){0,2}"
    r"(?:effacement|effaced|shift|herniation|hydrocephal\w*|mass effect|edema|oedema|compression|"
    r"dilat\w*|ventriculomegaly|entrapment|swelling)\b",
    re.IGNORECASE,
)
#: the oedema or swelling a change cue qualifies (``_ON_SIGN``'s last word): the brain's reaction around the
#: bleed, which grows for days after it; no mass-effect sign, so never read as the bleed's change (tune23p)
_OEDEMA_END = re.compile(r"(?:edema|oedema|swelling)$", re.IGNORECASE)
#: round H: a change word on a finding that is no bleed ("new hypodensity in the left MCA territory", "new
#: infarct", "new shunt catheter"): neither the bleed's change nor a sign's
_ON_OTHER_FINDING = re.compile(
    r"\s+(?:(?!(?:ha?emorrhag\w*|to|into|as|a|an|the|with|in|of)\b)[\w-]+\s+){0,2}?(?:hypodens\w*|hypoattenuat\w*|infarct\w*|ischa?emi\w*|"
    r"vasospasm|lacun\w*|encephalomalaci\w*|gliosis|calcifications?|aneurysms?|fractures?|catheters?|"
    r"shunts?|drains?|EVD|coils?|clips?|lesions? (?:of|in) (?:the )?white matter|"
    # set-10 kind: a new symptom is the reason for the scan, not the bleed's change ("CT for new confusion")
    r"confusion|agitation|delirium|headaches?|seizures?|weakness|drowsiness|deficits?|symptoms?|vomiting|"
    r"aphasia|dysphasia|hemiparesis|numbness|pupils?|anisocoria|ataxia|dizziness|diplopia)\b|"
    r"\s+(?:pt|patient)s?\b",  # set-9 kind: "new pt bed 11, CT shows EDH": the patient is new
    re.IGNORECASE,
)
#: the words between a mass-effect sign and a change cue that is its predicate ("hydrocephalus persists",
#: "the ventricles have decreased in size")
_SIGN_VERB_GAP = re.compile(
    r"(?:,?\s+(?:is|are|has|have|was|were|remains?|been|now|also|slightly|further))*,?\s+$", re.IGNORECASE
)
#: a change cue whose subject is another structure, not the bleed ("the surrounding oedema is more marked",
#: "the midline shift has increased", "cisterns remain patent", "the ventricles have decreased in size")
_OTHER_SUBJECT = re.compile(
    # tune23p kind: the oedema named with the bleed it surrounds ("the oedema around the haematoma has
    # increased", "swelling related to the contusion is worse"): still the oedema's change
    r"\b(?:(?:o?edema|oedema|swelling)(?:\s+(?:surrounding|around|about|adjacent to|related to|due to|"
    r"secondary to|associated with|of|from|near)\s+(?:the\s+|this\s+|its\s+)?(?:[\w-]+\s+){0,2}?"
    rf"(?:{_BLEED_WORD}s?|contusions?|collections?|lesions?|focus|foci))?|mass effect|ventricles?|"
    r"ventricular system|"
    r"shift|herniation|hydrocephalus|effacement|cisterns?|pneumocephalus|sulci|"
    # set-6 kind: a chronic collection's own structures ("its membrane minimally more conspicuous")
    r"membranes?|septations?|septa|capsule|density|attenuation|ventricular size)"
    r"(?:\s+(?:is|are|has|have|was|were|now|also|slightly|somewhat|mildly|minimally|marginally|further|"
    r"become|been|remains?|not|"  # set-9 kind: "ventricles not enlarged"
    # tune20c kind: "edema perilesional a little more extensive" (the adjective after the noun)
    r"perilesional|peri-?ha?ematomal|perifocal|surrounding|vasogenic|a little|a bit|"
    r"appears?|looks?|itself|themselves|in size|size))*\s+(?:re-)?$",  # set 10: "the ventricle re-expanded"
    re.IGNORECASE,
)
#: a change said of another structure that the same sentence says of the bleed too ("Perilesional oedema is
#: a little more extensive, as is the haematoma", "the oedema has increased, and the haematoma too",
#: "increase in the oedema as well as in the haematoma"): the bleed's change as well
_ALSO_BLEED = re.compile(
    # the words before the bleed's name no bleed nor a place of the change's ("around", "related to the SDH")
    r"(?:(?!\b(?:around|about|surrounding|adjacent|related|due|secondary|associated|from|by|within|"
    rf"unchanged|stable|but|while|whereas|although|{_BLEED_WORD}s?|contusions?|collections?)\b)[^.;:]){{0,40}}?"
    r"(?:,\s*|\s+)(?:"
    r"(?:(?:and\s+)?(?:as|so)\s+(?:is|are|has|have|does|do|was|were|did)|as\s+well\s+as|together\s+with|along\s+with)"
    r"\s+(?:(?:in|of)\s+)?(?:the\s+|its\s+|this\s+)?(?:[\w-]+\s+){0,2}?"
    rf"(?:{_BLEED_WORD}s?|contusions?|collections?)\b|"
    r"and\s+(?:(?:in|of)\s+)?(?:the\s+|its\s+|this\s+)?(?:[\w-]+\s+){0,2}?"
    rf"(?:{_BLEED_WORD}s?|contusions?|collections?)(?:\s+(?:itself|themselves))?"
    # the bleed's name then its comparison: "increased oedema and haematoma (volume) since yesterday"
    r"(?:\s+(?:too|also|as well|likewise)\b|\s*(?:[.;]|$)|"
    rf"(?:\s+(?:volume|size|extent))?,?\s+(?:{_COMPARED_WORDS})\b))",
    re.IGNORECASE,
)
#: a place, not a subject: "haemorrhage in the fourth ventricle is new"
_LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|within|into|inside|along|around|from|to|of|near|beside|by|adjacent to|over|under|at|abutting)"
    r"\s+(?:the\s+)?(?:\w+\s+){0,3}$",
    re.IGNORECASE,
)


def _other_subject(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] ends with another structure as the subject of the change cue at `end`."""
    m = _OTHER_SUBJECT.search(text, start, end)
    return m is not None and not _LOCATIVE_BEFORE.search(text, max(0, m.start() - 40), m.start())


#: round H: a change word misspelt by one letter ("enlagred", "decrase", "unchaged", "incresed"): one edit
#: (a letter left out, added, changed or two swapped) from one of these; not words that are other words one
#: letter away ("expanded" / "expander", "reduced" / "deduced", "stable" / "staple")
_TYPO_TARGETS: dict[str, tuple[str, ...]] = {
    "increased": (
        "increased",
        "increasing",
        "increase",
        "enlarged",
        "enlarging",
        "enlargement",
        "larger",
        "bigger",
        "progressed",
        "worsened",
        "worsening",
    ),
    "stable": ("unchanged", "persistent", "persisting"),
    "decreased": (
        "decreased",
        "decreasing",
        "decrease",
        "smaller",
        "resolving",
        "resolved",
        "improved",
        "improving",
        "regressed",
        "regressing",
    ),
}
_WORD = re.compile(r"[a-z]{6,}", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Span:
    """A cue found without a regular expression (a typo), read like a match."""

    a: int
    b: int

    def start(self) -> int:
        return self.a

    def end(self) -> int:
        return self.b


def _one_edit(word: str, target: str) -> bool:
    """Whether `word` is one deletion, insertion, substitution or adjacent transposition from `target`."""
    if word == target or abs(len(word) - len(target)) > 1:
        return False
    i = 0
    while i < min(len(word), len(target)) and word[i] == target[i]:
        i += 1
    if len(word) == len(target):
        return word[i + 1 :] == target[i + 1 :] or (
            word[i : i + 2] == target[i : i + 2][::-1] and word[i + 2 :] == target[i + 2 :]
        )
    longer, shorter = (word, target) if len(word) > len(target) else (target, word)
    return longer[i + 1 :] == shorter[i:]


_TYPO_VOCABULARY = frozenset(w for words in _TYPO_TARGETS.values() for w in words)


@functools.lru_cache(maxsize=16384)
def _is_typo_of(word: str, value: str) -> bool:
    """Whether the lower-cased `word` is a change word of `value` misspelt by one edit (a report's words
    repeat, within it and across reports: each is compared with the targets once)."""
    return word not in _TYPO_VOCABULARY and any(_one_edit(word, t) for t in _TYPO_TARGETS[value])


def _typo_cues(text: str, start: int, end: int, value: str) -> Iterable[_Span]:
    """The words of text[start:end] one edit from a change word of `value` (`_TYPO_TARGETS`)."""
    for m in _WORD.finditer(text, start, end) if _TYPO_TARGETS.get(value) else ():
        if _is_typo_of(m.group().lower(), value):
            yield _Span(m.start(), m.end())


#: round H: a comparison with the first exam of several ("than on admission", "since the initial CT", "versus
#: admission"), and a comparison with any exam
_INITIAL_EXAM = re.compile(
    r"\b(?:admission|admitting|first|initial|original|baseline|presentation|arrival|index|day (?:0|zero))\b"
    r"(?! of\b)",
    re.IGNORECASE,
)
_COMPARED = re.compile(
    r"\b(?:than|since|compared|versus|vs\.?|relative to|from|as on|on the (?:prior|previous|last)|"
    r"yesterday|this morning|last night|"
    r"to (?:the )?(?:\d{1,2}/\d{1,2}|prior|previous|last|yesterday\w*|\w+day))\b",  # "similar to 12/06"
    re.IGNORECASE,
)


_CONSPICUOUS = re.compile(
    r"more (?:conspicuous|prominent|pronounced|apparent|visible|evident)", re.IGNORECASE
)
_CLOCK = re.compile(
    r"\b([01]?\d|2[0-3]):?([0-5]\d)\b(?=\s*(?:h\b|hrs?\b|ct\b|cta\b|mri?\b|scan|study|exam))", re.IGNORECASE
)


#: set-9 kind: what a grown bleed newly reaches or shows ("with new IVH", "new blood in the fourth ventricle",
#: "new intraventricular extension", "a new hyperdense acute component"): its growth, not a second bleed
_NEW_EXTENSION = re.compile(
    r"[\s-]+(?:[\w-]+\s+){0,2}?(?:(?-i:IVH|IVE)|intraventricular|ventricular|tamponade|components?|"
    r"blood in the (?:\w+\s+){0,2}?(?:ventricles?|horns?))\b",
    re.IGNORECASE,
)
_CONVERSION = re.compile(r"(?:hemorrhagic|haemorrhagic) (?:conversion|transformation)", re.IGNORECASE)


#: the extension's initialisms as words ("interval IVE"), not letters inside "massive" or "extensive"
_IVE_WORD = re.compile(r"\b(?:ive|ivh)\b", re.IGNORECASE)


def _extends(text: str, start: int, end: int) -> bool:
    """Whether the "new" cue text[start:end] names a grown bleed's extension or component (or is the
    extension sign itself, or the transformation that grew), not a second bleed."""
    cue = text[start:end]
    return (
        not cue.lower().startswith("new")
        and (
            _CONVERSION.match(cue) is not None
            or "ventric" in cue.lower()
            or _IVE_WORD.search(cue) is not None
        )
    ) or (cue.lower().startswith("new") and _NEW_EXTENSION.match(text, end) is not None)


def _comma_phrase(text: str, start: int, end: int, clause: tuple[int, int]) -> tuple[int, int]:
    """The comma phrase of text[start:end] within its clause ("larger than on the initial CT, smaller than on
    yesterday's": each comparison its own)."""
    lo = text.rfind(",", clause[0], start)
    hi = text.find(",", end, clause[1])
    return (clause[0] if lo < 0 else lo + 1), (clause[1] if hi < 0 else hi)


_CHANGE_RANK = {"new": 0, "increased": 1, "stable": 2, "decreased": 3}
#: a "stable" cue that only says the blood is aging or moving, or is as expected after surgery: an explicit
#: decrease beside it wins
#: a "stable" cue that compares with no exam: with no prior exam stated, the change is ``no_prior``
_AS_EXPECTED_CUE = r"expected (?:postoperative|post-operative|postsurgical)|as expected"
_AS_EXPECTED = re.compile(_AS_EXPECTED_CUE, re.IGNORECASE)
_AGING_ONLY = re.compile(
    rf"evolv\w*|evolution|redistribut\w*|{_AS_EXPECTED_CUE}|"
    r"remains?|remained",  # set-9 kind: "a small component remains, smaller than on the prior": it is there
    re.IGNORECASE,
)
_NO_NEW_BLEED = re.compile(
    r"\bno (?:new|additional|further|interval|recurrent|increase in)\b[^.;\n]{0,60}?"
    r"\b(?:hemorrhage|haemorrhage|bleed\w*|blood|hematoma|haematoma|sdh|sah|ivh|edh|iph)\b",
    re.IGNORECASE,
)
_NO_PRIOR = re.compile(
    r"\b(?:no|" + _DICTATED_NO + r") (?:prior|previous|earlier|comparison|old|preoperative|pre-?op|"
    r"pre-?exam\w*)"
    r"(?: (?:exams?|studies|study|imaging|images|ct|scans?|"
    r"comparison))?(?: (?:is|are))?(?: available)?\b(?! (?:hemorrhage|bleed|history|trauma|surgery|"
    r"intracranial|ich|sdh|sah))|\bcomparisons?: ?(?:none|n/?a)\b|"
    # tune23p kind: the comparison line answered none ("Compared with: none", "Comparison to: nil")
    r"\b(?:compared|comparison|cf\.?) (?:with|to)\s*:\s*(?:none|nil|n/?a|nothing)\b|"
    r"\bfirst (?:imaging|scan|study|exam\w*)\b|\bthis first (?:head |brain )?(?:ct|mri)\b|"
    r"\bwithout (?:a )?(?:prior|comparison)"
    r"(?: (?:exam|study|imaging))?\b|\b(?:none|not) available for comparison\b|"
    r"\bbaseline (?:exam|study|ct)\b|"
    # set-5 kinds: "No priors available", "nothing prior to compare", "nothing to compare"
    r"\b(?:no|" + _DICTATED_NO + r") priors\b|\bnothing (?:prior |previous |earlier )?(?:to|for) compar\w*\b|"
    # probes-7 kinds: "Prior nil.", "no prev for comparison", "not previously imaged"
    r"\b(?:priors?|comparison|previous):? (?:nil|none|n/?a)\b|\bno prev\b|"
    r"\bnot previously (?:imaged|scanned|studied|examined)\b|"
    # set-10 kind: the earlier exam said to be missing ("prior examination not available", "previous imaging
    # unavailable")
    r"\b(?:prior|previous|earlier|old) (?:exam\w*|stud(?:y|ies)|imaging|images|ct|mri|scans?)"
    r"(?: (?:is|are|was|were))? (?:not available|unavailable)\b",
    re.IGNORECASE,
)

_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen")
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
#: numbers written as words, to ninety-nine ("five millimetres", "twenty-two millimetres": round H)
_NUMBER_WORDS: dict[str, int] = (
    {w: i for i, w in enumerate(_UNITS, 1)}
    | {w: i for i, w in enumerate((*_TEENS, "nineteen"), 10)}
    | {t: 10 * i for i, t in enumerate(_TENS, 2)}
    | {f"{t}-{u}": 10 * i + j for i, t in enumerate(_TENS, 2) for j, u in enumerate(_UNITS, 1)}
)
_WORD_NUM = (
    rf"(?<![\w-])(?:(?:{'|'.join(_TENS)})(?:[\s-](?:{'|'.join(_UNITS)}))?|"
    rf"{'|'.join((*_TEENS, 'nineteen'))}|{'|'.join(_UNITS)})(?![\w-])"
)
_NUM = rf"(?:\d+(?:\.\d+)?|\.\d+|(?:{_WORD_NUM})(?: point (?:{_WORD_NUM}|zero))?)"
_UNIT = r"(?:mm|millimet(?:er|re)s?|cm|centimet(?:er|re)s?)\b"
_MEASURE = re.compile(
    rf"(?P<dims>{_NUM}(?:\s*(?:{_UNIT})?\s*(?:x|×|by)\s*{_NUM})*)\s*-?\s*(?P<unit>{_UNIT})",
    re.IGNORECASE,
)
_UNIT_TAIL = re.compile(rf"\s*{_UNIT}\s*$", re.IGNORECASE)
_TIMES = re.compile(r"\s*(?:(?<![a-z])x(?![a-z])|×|\bby\b)\s*", re.IGNORECASE)
_VOLUME_UNIT = r"(?:ml|cc|cm3|cubic centimet(?:er|re)s?)\b"
_VOLUME_WORDS = ("ml", "cc", "cm3", "cubic")  # every _VOLUME_UNIT contains one
_VOLUME = re.compile(rf"(?P<num>{_NUM})\s*-?\s*{_VOLUME_UNIT}", re.IGNORECASE)

_MASS_CUES: tuple[tuple[MassEffectSign, re.Pattern[str]], ...] = (
    (
        "herniation",
        re.compile(
            r"\bherniat\w*\b|\bdownward (?:transtentorial )?displacement\b|\bconing\b|"
            # set-5 kinds: the typo "hernation", "tonsils sit 6 mm below the foramen magnum", "the uncus is
            # pushed medially"
            r"\bhernat\w*\b|\btonsils? (?:\w+ ){0,4}below (?:the )?foramen magnum\b|"
            r"\bunc(?:us|al) (?:is |are |now )*(?:pushed|displaced|shifted) medially\b",
            re.IGNORECASE,
        ),
    ),
    (
        "midline_shift",
        re.compile(
            r"\bmidline shift\b|\bshift of (?:the )?midline(?: structures)?\b|"
            r"\b(?:rightward|leftward|right|left)(?:ward)?[\s-]+(?:midline[\s-]+)?shift\b|"
            r"\b(?:septal|septum pellucidum) (?:shift|deviation)\b|"
            r"\b(?:shift|deviation|displacement) of (?:the )?septum(?: pellucidum)?\b|"
            r"\bmidline (?:deviation|displacement)\b|\b(?:displacement|deviation) of (?:the )?midline\b|"
            r"\bMLS\b|"
            r"\bmidline (?:is |was )?shifted\b|"
            # "pushes the midline 7 mm to the left", "displacing the midline by 6 mm"
            r"\b(?:push\w*|displac\w*|deviat\w*|shift\w*) (?:the )?midline\b|"
            # set-5 kinds: "midline displaced 7 mm to the left", "septum pellucidum deviated 8 mm", "the
            # septum shifted 6 mm leftward", "midline moved 5 mm", "the midline going to the right 8 mm"
            r"\b(?:midline|septum(?: pellucidum)?) (?:is |was |has |now |been ){0,3}"
            r"(?:displaced|deviated|shifted|moved|going|pushed)\b|"
            # a bare "shift" in a head CT is the midline's ("6 mm shift", "EDH, shift, pupil blown"), not
            # a device's or a work shift's
            r"(?<!night )(?<!day )(?<!fluid )\bshift\b(?!\s+(?:in|of)\s+(?:the\s+)?(?:position|catheter|"
            r"shunt|drain|tube|electrode|lead|tip|valve|setting|fluid)s?\b)",
            re.IGNORECASE,
        ),
    ),
    (
        "cistern_effacement",
        re.compile(
            r"\b(?:effac\w*|compress\w*|obliterat\w*|crowd\w*|narrow\w*|attenuat\w*) of (?:the )?"
            r"(?:\w+,? ){0,4}cisterns?\b|"
            r"\b(?:basal|basilar|perimesencephalic|ambient|suprasellar|quadrigeminal|prepontine|"
            r"mesencephalic|cerebellopontine|cisterna magna)(?: \w+){0,2} cisterns?[,:]? (?:(?:is|are) )?"
            r"(?:(?!not\b|no\b)\w+ )?(?:effaced|compressed|obliterated|crowded|narrowed)\b|"  # not "not"
            r"\beffaced (?:\w+,? ){0,4}cisterns?\b|"
            r"\bcisterns? (?:(?:which|that) )?(?:are |is )?(?:now )?(?:effaced|obliterated)\b|"
            r"\b(?:basal|basilar|perimesencephalic|ambient|suprasellar|quadrigeminal|prepontine|"
            r"mesencephalic) cisterns? (?:effacement|obliteration|compression)\b|"
            # set-6 kinds: a verb ("contusion effacing the fourth ventricle and the prepontine cistern")
            r"\b(?:effac|compress|obliterat)(?:es|ing)\b(?:[\s,]+(?:the|and|\w+)){0,7}?\s+cisterns?\b",
            re.IGNORECASE,
        ),
    ),
    (
        "hydrocephalus",
        re.compile(
            r"\bhydro[\s-]?cephal\w*\b(?! ex vacuo)|\bventricular (?:entrapment|trapping)\b|"
            # set-8 kinds: the short form ("with hydro"), a horn's dilatation named as a noun ("temporal
            # horn dilatation"), a dilatation that remains ("the horns remain dilated": a known sign)
            r"\bhydro\b(?![-/])|\btemporal horns? (?:dilat\w*|enlargement)\b|"
            # described, not named: "new dilatation of the lateral ventricles", "the ventricles are now
            # enlarged", "ventriculomegaly" (not from atrophy: _NOT_HYDRO_CLAUSE)
            r"\b(?:dilat\w*|enlarg\w*|distension|distention|ballooning) of (?:the )?(?:both |all )?"
            r"(?:\w+ ){0,3}(?:ventricles?|ventricular system|temporal horns?)\b|"
            # round H: "Lateral ventricles: enlarged", "vents now dilated"
            r"\b(?:ventricles?|vents|ventricular system|temporal horns?):? "
            r"(?:is |are |has |have |remains? |stays? |still )?"
            r"(?:now |become |newly |increasingly |further |more |still )*"
            r"(?:dilated|enlarged|enlarging|distended|prominent|ballooned)\b|"
            # set-6 kind: "the lateral ventricles are larger than on the CT from Friday"
            r"\b(?:ventricles|ventricular system|temporal horns) (?:are |is |have |has )?"
            r"(?:now |become |been )*"
            r"(?:larger|bigger|wider)\b|"
            r"\b(?:dilated|enlarging|enlarged|trapped|entrapped) (?:(?:lateral|third|fourth|right|left|"
            r"r|l|rt|lt|contralateral|ipsilateral|both|bilateral) ){0,2}(?:ventricles?|temporal horns?)\b|"
            r"(?-i:\bHCP\b)|"  # probes-7 kind: the abbreviation
            r"\bventricular (?:dilat\w*|enlargement)\b|\bventriculomegaly\b|"
            r"\b(?:entrap\w*|trapp\w*) (?:of )?(?:the )?(?:right |left )?(?:temporal horn|lateral ventricle|"
            r"fourth ventricle|ventricle)s?\b|"
            r"\b(?:temporal horn|ventricle)s? (?:is |are |has |have )?(?:now |newly |become |been )*"
            r"(?:entrapped|trapped)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "intraventricular_extension",
        re.compile(
            r"\b(?:intraventricular|ventricular) (?:extension|spread|rupture|decompression|component|"
            r"break-?in|breakthrough)\b|"  # set-9 kind: the continental "ventricular break-in"
            r"(?-i:\bIVH) (?:extension|component)\b|"
            # set-6 kind: "now with blood entering the ventricles" (not "the IVH now reaches the fourth
            # ventricle": a ventricular bleed that spread within the ventricles)
            r"\b(?:enter\w*|invad\w*) (?:the )?(?:\w+ ){0,3}(?:ventric\w*|"
            r"(?:temporal|occipital|frontal) horns?)\b|"  # set-6 kind: "ICH with a small IVH component"
            r"\b(?:extend\w*|extension|ruptur\w*|decompress\w*|dissect\w*|spread\w*|track\w*|burst\w*) "
            r"(?:(?:now|also|further) )?into (?:the )?"
            r"(?:\w+ ){0,4}(?:ventric\w*|(?:temporal|occipital|frontal) horns?)\b|"
            # set-5 kind: the abbreviation "+IVE" ("blood now layers in the horns" is left out: it is as often
            # a primary IVH that grew)
            r"(?<![\w-])\+\s?IVE\b|(?-i:\bIVE\b)",
            re.IGNORECASE,
        ),
    ),
)
#: A word every match of a sign's pattern contains (a prefilter before the regular expression).
_MASS_WORDS: dict[str, tuple[str, ...]] = {
    "herniation": ("herniat", "downward", "coning", "hernat", "foramen magnum", "medially"),
    "midline_shift": ("shift", "deviation", "displacement", "mls", "midline", "septum"),
    "cistern_effacement": ("cistern",),
    "hydrocephalus": ("hydro", "entrap", "trapp", "ventric", "vents", "horn", "hcp"),
    "intraventricular_extension": ("ventric", "horn", "ive", "ivh"),
}
_MILD = re.compile(r"\b(?:mild|minimal|minor|slight|trace|small|subtle|minimally|mildly|slightly)\b", re.I)
_OF_SHIFT = re.compile(r"[^,;.\d]{0,20}\b(?:shift|deviation|displacement|mls)\b", re.IGNORECASE)
_SUBFALCINE = re.compile(r"\bsubfalcine\b", re.IGNORECASE)
_NOT_SHIFT_GAP = re.compile(
    r";|\b(?:with|due|caused|secondary|related|hematoma|haematoma|hemorrhage|haemorrhage|"
    r"collection|sdh|edh|ich|bleed|thick)\b",
    re.IGNORECASE,
)
_NOT_SHIFT_GAP_BEFORE = re.compile(
    # "... to 14 mm and now pushes the midline 7 mm": a new clause whose verb carries the shift
    r",|\band (?:now |also |further )?(?:(?:push|displac|deviat|shift|caus|produc)\w*|\s*$)|" + _MILD.pattern,
    re.IGNORECASE,
)
_BARE_SHIFT_MM = re.compile(
    r"\s*:?\s*(?P<n>\d{1,2}(?:\.\d)?)(?![\d.:/%]|\s*(?:x\b|×|mm|cm|ml|cc|h\b|hrs?\b))"
)
#: set 7: "ambient cistern narrowed but patent", "ventricles prominent but not dilated"
_BUT_PATENT = re.compile(
    r"\s*,?\s*but\s+(?:still\s+|remains?\s+|is\s+|are\s+)?(?:patent|open|preserved|normal|"
    r"not (?:effaced|dilated|enlarged|obliterated))\b",
    re.IGNORECASE,
)
#: set-11 kind: a referral form's answer after the question ("Shift? A: 4 mm") is the colon's answer
_COLON_AFTER = re.compile(r"\s*(?::|\?\s*(?:A\s*:)?)\s*(?=\d|\.\d)")
#: set-6 kind: a sign answered after a colon ("Midline shift: none", "Herniation: no"), past the clause
_NONE_AFTER_COLON = re.compile(
    r"\s*:\s*(?:none|nil|no|absent|negative|not (?:seen|present)|resolved|neg)\b|"
    r"\s+(?:neg|nil)\b|"  # set-7 kinds: "Hydrocephalus: resolved", "hydro neg"
    r"\s*:?\s*(?:of\s+)?0(?:\.0+)?(?:\s*(?:mm|cm)\b|(?!\d|\.\d))|"  # round H: "Midline shift: 0 mm" is none
    r"\.?\s*(?:status|present)\s*:\s*(?:none|nil|no|absent|negative)\b",  # "Midline shift. Status: none"
    re.I,
)
#: tune20c kind: a checklist's box: "[ ] Hydrocephalus", "Midline shift [ ]", "☐ Midline shift" is not
#: stated (an unticked box), "[x]" / "☑" is; "Midline shift: [ ] yes [x] no" answers no
_BOX = re.compile(r"\[\s?\]|\[[xX\u2713\u2714]\]|[\u2610\u2611\u2612]")
_TICKED = re.compile(r"\[[xX\u2713\u2714]\]|[\u2611\u2612]")
_BOX_ANSWER = re.compile(r"\s*(?P<a>yes|no|present|absent)\b", re.IGNORECASE)
_BOX_ANSWER_BEFORE = re.compile(r"\b(?P<a>yes|no|present|absent)\s*$", re.IGNORECASE)
_BOX_LABEL = re.compile(r"[\w\s,/'():-]{0,40}")  # a box's own label: words, no sentence stop
_LINE_REACH = 200
_BOX_FIRST = re.compile(r"[\s*\u2022-]*(?:\[|[\u2610\u2611\u2612])")


def _unticked(text: str, start: int, end: int) -> bool:
    """The sign text[start:end] is a checklist item whose box is left empty (see above). Reads its line, at
    most `_LINE_REACH` characters either side (a bound: linear in a text without line breaks)."""
    lo = max(text.rfind("\n", 0, start) + 1, start - _LINE_REACH)
    hi = text.find("\n", end, end + _LINE_REACH)
    hi = min(len(text), end + _LINE_REACH) if hi < 0 else hi
    if not _BOX.search(text, lo, hi):
        return False
    ticked = _TICKED.search(text, end, min(hi, end + 40))
    if ticked is not None and (  # "Midline shift: [ ] yes [x] no", "yes [ ] no [x]": the ticked answer
        (yn := _BOX_ANSWER.match(text, ticked.end()))
        or (yn := _BOX_ANSWER_BEFORE.search(text, end, ticked.start()))
    ):
        return yn.group("a").lower() in ("no", "absent")
    last_box = max(_BOX.finditer(text, lo, hi), key=lambda b: b.start())
    if _BOX_FIRST.match(text, lo) or text[last_box.end() : hi].strip(" \t"):
        # the boxes come first on the line ("[ ] Midline shift", "Compared with prior: [ ] unchanged [ ]
        # larger -> not completed"): the nearest one before is the sign's
        box = max(_BOX.finditer(text, lo, start), key=lambda b: b.start(), default=None)
        label = (box.end(), start) if box is not None else None
    else:  # the boxes come after their labels ("Midline shift [ ]  Hydrocephalus [ ]")
        box = _BOX.search(text, end, hi)
        label = (end, box.start()) if box is not None else None
    return (
        box is not None
        and label is not None
        and not _TICKED.fullmatch(box.group())
        and _BOX_LABEL.fullmatch(text, *label) is not None
    )


#: tune20c kind: a form's question naming one or several signs and its answers in the same order ("Q: Shift /
#: hydrocephalus? A: No / No", "Midline shift / hydrocephalus / herniation: no / no / no", "Hydrocephalus?
#: N"): each sign takes its own answer, or the one answer given for all
_ASKED_SIGNS = re.compile(r"[\w \t/,&-]{0,60}?(\?|:)[ \t]*(?:A[ \t]*:[ \t]*)?", re.IGNORECASE)
_QUESTION_HEAD = re.compile(r"(?:^|[.;?\n]|\bQ\s*:)[ \t]*", re.IGNORECASE)
_QUESTION_ITEM_SEP = re.compile(r"\s*(?:/|,|&|\band\b|\bor\b)\s*", re.IGNORECASE)
_ANSWER_END = re.compile(r"\n|\bQ\s*:|(?<=\w)\.(?:\s|$)", re.IGNORECASE)
_ANSWER_REACH = 80  # characters of an answer read (a bound: linear)
_ANSWER_SEP = re.compile(r"\s*[/,;&]\s*")
_ANSWER_NO = re.compile(
    r"(?:no|none|nil|n|neg|negative|absent|not (?:seen|present|identified)|0(?:\.0+)?(?:\s*mm)?)\.?",
    re.IGNORECASE,
)


def _answered_no(text: str, start: int, end: int) -> bool:
    """The sign text[start:end] is one of a form's asked signs and its answer is no (see above)."""
    asked = _ASKED_SIGNS.match(text, end)
    if asked is None:
        return False
    head = 0
    for h in _QUESTION_HEAD.finditer(text, max(0, start - 60), start):
        head = h.end()
    if not _BOX_LABEL.fullmatch(text, head, start):
        return False
    reach = min(len(text), asked.end() + _ANSWER_REACH)
    stop = _ANSWER_END.search(text, asked.end(), reach)
    answers = _ANSWER_SEP.split(text[asked.end() : stop.start() if stop else reach].strip())
    if len(answers) == 1:
        return _ANSWER_NO.fullmatch(answers[0]) is not None
    seps = list(_QUESTION_ITEM_SEP.finditer(text, head, asked.start(1)))
    if len(seps) + 1 != len(answers):
        return False
    k = sum(1 for s in seps if s.end() <= start)  # the sign's place in the question
    return _ANSWER_NO.fullmatch(answers[k]) is not None


#: set-6 kind: the first of two shifts joined by an arrow or "to" is the earlier ("shift 2 mm -> now 5 mm")
_TO_AFTER = re.compile(r"\s*(?:->|\u2192|-->|to)\s*(?:now\s+)?(?=\d|\.\d)", re.IGNORECASE)
#: a new intraventricular extension, anywhere in the report, is new blood ("New intraventricular extension
#: into the left frontal horn", "IVH component, new since ..."): the bleed's change is new
_NEW_BEFORE = re.compile(r"\bnew(?:ly)?\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_NEW_AFTER = re.compile(r"\s*,?\s*(?:(?:is|are|which is|that is)\s+)?new\b", re.IGNORECASE)
_NOT_HYDRO = re.compile(r"\bnormal[- ]pressure\b|\bex vacuo\b", re.IGNORECASE)
#: described ventricular enlargement from volume loss is not hydrocephalus ("ventriculomegaly proportional to
#: the sulcal prominence", "enlarged ventricles from atrophy")
_NOT_HYDRO_CLAUSE = re.compile(
    r"\batroph\w*|\bvolume loss\b|\bproportion\w*|\bsulc\w*|\bage[- ]related\b|\binvolutional\b|"
    r"\bex vacuo\b|\bnormal[- ]pressure\b",
    re.IGNORECASE,
)
#: set-10 kind: the ventricles stated normal today deny a hydrocephalus stated earlier in the text
_VENTRICLES_NORMAL = re.compile(
    r"\b(?:ventricles|ventricular (?:size|system))\b(?:\s+(?:are|is|have|has|remain|now|again|returned|"
    r"become|to|\w+ed|unchanged|from|day|\d+|and))*\s+(?:normal|normali[sz]ed)\b",
    re.IGNORECASE,
)
#: a clause about an earlier exam or day, not today's ("on admission the ventricles were normal")
_PAST_CLAUSE = re.compile(
    r"\b(?:was|were|had|showed|previously|prior|initial(?:ly)?|admission|pre-?op\w*|before)\b", re.IGNORECASE
)
#: a clause that asks ("Any hydrocephalus on today's CT?", "Is there herniation?")
_ASKED = re.compile(
    r"\s*(?:>\s*)*(?:any|is there|are there|has there|does|did|do we see|could there)\b[^?.;\n]*\?",
    re.IGNORECASE,
)
_HYDRO_NAMED = re.compile(r"hydroceph|\bhydro\b|entrap|trapp|HCP", re.IGNORECASE)


_PARENCHYMA = re.compile(
    r"[^.;:\n]{0,25}?\b(?:in|within|of|involving|centred|centered)\b[^.;:\n]{0,25}?\b"
    r"(?:lobes?|basal ganglia|putam\w*|thalam\w*|caudate|capsule|pons|pontine|brainstem|midbrain|"
    r"cerebell\w*|centrum semiovale|parenchyma|white matter|corona radiata|hemispher\w*|brain tissue)\b|"
    # probes-7 kind: the site right after the bleed, no preposition ("Haematoma R thalamus", "ICH right
    # thalamus", "Hematoma right basal ganglia")
    r"[\s,:]+(?:(?:right|left|r|l|rt|lt|bilateral)\.?\s+)?(?:frontal |parietal |temporal |occipital )?"
    r"(?:lobes?|basal ganglia|putam\w*|thalam\w*|caudate|internal capsule|pons|pontine|brainstem|midbrain|"
    r"cerebell\w*|centrum semiovale)\b",
    re.IGNORECASE,
)
#: the cavity of a resected or evacuated lesion ("blood in the resection cavity", "in the surgical bed", "in
#: the evacuated left frontal haematoma cavity"): parenchymal, as the labeled sets read it
_CAVITY = re.compile(
    r"\b(?:resection|surgical|operative|evacuation|haematoma|hematoma|tumou?r|post-?operative) "
    r"(?:cavity|bed)\b",
    re.IGNORECASE,
)
_CAVITY_AFTER = re.compile(
    r"[^.;:\n]{0,12}?\b(?:in|within|into)\b[^.;:\n]{0,40}?" + _CAVITY.pattern, re.IGNORECASE
)
_VENTRICLE = re.compile(r"[^.;:\n]{0,25}?\b(?:in|within)\b[^.;:\n]{0,15}?\bventric\w*", re.IGNORECASE)


#: a bleed in an infarct ("haematoma within the infarcted left caudate", "hemorrhage into the known stroke")
#: or after reperfusion therapy ("Following tPA: new parenchymal bleeds"): hemorrhagic transformation
_IN_INFARCT = re.compile(
    r"[^.;:\n]{0,30}?\b(?:in|within|inside|into|of)\b(?:\s+(?:the|a|an|known|recent|acute|subacute|left|right|\w+))"
    r"{0,4}?\s+(?:infarct\w*|ischemic|ischaemic|stroke)\b",
    re.IGNORECASE,
)
_AFTER_LYSIS = re.compile(
    r"\b(?:post[- ]?(?:lysis|thrombolysis|tpa|alteplase|thrombectomy)|"
    r"(?:after|following) (?:iv )?(?:lysis|thrombolysis|tpa|alteplase|tenecteplase|thrombectomy))"
    r"\b[^.;\n]{0,60}$",
    re.IGNORECASE,
)
#: blood in a CSF space outside the ventricles ("blood in the prepontine cistern", "in the sylvian fissure"):
#: subarachnoid
_IN_CSF_SPACE = re.compile(
    r"[^.;:\n]{0,20}?\b(?:in|within|filling|along)\b[^.;:\n]{0,30}?\b(?:cisterns?|sulci|sylvian fissures?|"
    r"interhemispheric fissure)\b",
    re.IGNORECASE,
)
_CSF_SPACE_WORD = re.compile(r"\b(?:cisterns?|cisternal|sulci|sulcal|sylvian|interhemispheric)\b", re.I)
_PARENCHYMA_BEFORE = re.compile(
    r"\b(?:frontal|parietal|temporal|occipital|frontoparietal|temporoparietal|parietooccipital|"
    r"parieto-occipital|fronto-parietal|thalamic|putaminal|capsular|caudate|cerebellar|pontine|lobar|"
    r"ganglia|ganglionic|intraparenchymal|intracerebral|parenchymal|lobe|cortical|subcortical|juxtacortical|"
    r"thalamus|putamen|pons|cerebellum|brainstem|midbrain|caudate nucleus|"
    r"(?-i:BG)|"
    # round G kind 6: an arterial territory ("R MCA bleed", "left PCA territory haematoma", "MCA-territory")
    r"(?-i:MCA|ACA|PCA|PICA|AICA|SCA|LSA)(?:[- ](?:territory|distribution))?)\s+"
    # an acuity or size word between ("left frontal subacute haematoma", "right parietal small bleed")
    r"(?:(?:hyper-?acute|acute|sub-?acute|chronic|old|fresh|small|large|tiny|massive|hyperdense)\s+){0,2}$",
    re.IGNORECASE,
)


#: round G kind 6: "haemorrhage in the left ACA territory", "bleed in the right MCA distribution"
_TERRITORY_AFTER = re.compile(
    r"\s+(?:in|within|involving)\s+(?:the\s+)?(?:(?:left|right|l|r|lt|rt)\.?\s+)?"
    r"(?-i:MCA|ACA|PCA|PICA|AICA|SCA)[- ](?:territory|distribution)\b",
    re.IGNORECASE,
)


#: "subdural collection of", "epidural accumulation containing" right before a mention ("blood along the left
#: convexity"): the rule tier's longest match took the blood and its convexity, the space word names the bleed
_SPACE_BEFORE = re.compile(
    r"\b(subdural|epidural|extradural|subarachnoid)\s+(?:fluid\s+)?(?:collections?|accumulations?|layers?)\s+"
    r"(?:of|containing|with)\s+(?:(?:acute|fresh|new|hyperdense|subacute|chronic)\s+)?$",
    re.IGNORECASE,
)
#: the space named after the mention ("blood has re-accumulated in the left subdural space")
_SPACE_AFTER = re.compile(
    r"[^.;:\n]{0,30}?\b(?:in|within|into)\s+(?:the\s+)?(?:\w+\s+){0,2}?(subdural|epidural|extradural|"
    r"subarachnoid)\s+spaces?\b",
    re.IGNORECASE,
)
#: set-9 kind: a compartment adjective split by dictation right before a generic bleed word ("left sub dural
#: hematoma", "intra ventricular hemorrhage", "epi dural")
_SPLIT_BEFORE = re.compile(
    r"\b(sub|epi|extra|intra)[\s-]+(dural|arachnoid|ventricular|parenchymal|cerebral)\s+"
    r"(?:(?:hyper-?acute|acute|sub-?acute|chronic|small|large|thin|tiny)\s+){0,2}$",
    re.IGNORECASE,
)
_SPLIT_SUBTYPE: dict[str, Subtype] = {
    "subdural": "subdural",
    "epidural": "epidural",
    "extradural": "epidural",
    "subarachnoid": "subarachnoid",
    "intraventricular": "intraventricular",
    "intraparenchymal": "intraparenchymal",
    "intracerebral": "intraparenchymal",
}
#: the bleeds whose blood reaches the ventricles as an extension (a beside IVH is theirs)
_EXTENDS_TO_VENTRICLES = frozenset(
    {"intraparenchymal", "subarachnoid", "contusion", "hemorrhagic_transformation"}
)
#: set-9 kind: a bleed named right after its infarct ("venous infarct hemorrhage", "infarcts with new
#: petechial hemorrhage"): the infarct's hemorrhagic transformation
_INFARCT_BEFORE = re.compile(r"\binfarct(?:s|ion)?\s+(?:with\s+(?:\w+\s+){0,2})?$", re.IGNORECASE)
#: the space word inside a described mention ("acute subdural collection", rule tier rules-5)
_SPACE_IN = re.compile(r"\b(subdural|epidural|extradural|subarachnoid)\b", re.IGNORECASE)
_SPACE_SUBTYPE: dict[str, Subtype] = {
    "subdural": "subdural",
    "epidural": "epidural",
    "extradural": "epidural",
    "subarachnoid": "subarachnoid",
}


#: an ECASS grade of a transformed infarct (haemorrhagic infarction HI1/2, parenchymal haematoma PH1/2)
_HT_GRADE = re.compile(r"(?<![\w-])(?:PH|HI)-?[12]\b")


#: round H: a templated report's field names the compartment of a generic bleed word ("Hemorrhage type:
#: intraparenchymal", "Blood products: subarachnoid, ...", "Haemorrhage: yes / Type: subdural")
_FIELD_SUBTYPE = re.compile(
    r"(?:\s+(?:type|products?))?\s*:\s*(?:(?:yes|present|positive)\b[^\n]{0,40}\n\s*"
    r"(?:type|subtype|compartment)\s*:\s*)?(?:[\w-]+\s+){0,2}?(subdural|epidural|extradural|subarachnoid|"
    r"intraparenchymal|intracerebral|parenchymal|intraventricular|contusion\w*)\b",
    re.IGNORECASE,
)
_FIELD_SUBTYPE_OF: dict[str, Subtype] = _SPACE_SUBTYPE | {
    "intraparenchymal": "intraparenchymal",
    "intracerebral": "intraparenchymal",
    "parenchymal": "intraparenchymal",
    "intraventricular": "intraventricular",
}


#: the bare "ICH": intracerebral (intraparenchymal) unless the report names the bleed's compartment elsewhere
#: ("ICH present: yes / Location: ... haemorrhagic contusion": the ICH is that contusion; round H)
_ICH: Subtype = "intraparenchymal"
_ICH_GENERIC = "intracranial"


#: tune20c kind: a bleed from an AVM or a dural fistula into the brain around it is a parenchymal haematoma
#: ("haemorrhage from the left occipital AVM into the adjacent parenchyma"); one confined to the lesion stays
#: ``other``. A cavernoma's bleed stays ``other`` even where it spreads beyond the lesion: the labeled sets'
#: writers (sets 3, 4, 11) read it so.
_VASCULAR_LESION = re.compile(
    r"\b(?:AVMs?|arteriovenous malformations?|(?:dural )?(?:AV|arteriovenous) fistulas?|DAVFs?|nidus|"
    r"perinidal)\b",
    re.IGNORECASE,
)
_BRAIN_SITE = re.compile(
    # around the nidus is in the brain ("haemorrhage around the AVM nidus", "the perinidal haematoma")
    r"\bperinidal\b|\b(?:around|surrounding|adjacent to|abutting) (?:the |an |a )?(?:\w+ )?(?:AVM|nidus)\b|"
    r"\b(?:lobes?|lobar|parenchyma\w*|brain|hemispher\w*|pons|pontine|thalam\w*|basal ganglia|putam\w*|"
    r"caudate|cerebell\w*|brainstem|midbrain|frontal|parietal|temporal|occipital|white matter)\b",
    re.IGNORECASE,
)
_CONFINED = re.compile(
    r"\b(?:confined|limited|restricted) (?:to|within) (?:the |a |an |this )?(?:[\w-]+ ){0,3}?"
    r"(?:lesion|cavernoma|malformation|nidus)\b|"
    r"\bintralesional\b|\bwithin (?:the|a|an|this) (?:[\w-]+ ){0,3}?(?:cavernoma|malformation)\b",
    re.IGNORECASE,
)
_LESION_REACH = 80  # characters either side of the bleed word read for the lesion and the site


def _from_vascular_lesion_into_brain(text: str, start: int, end: int) -> bool:
    """The bleed text[start:end] comes from a vascular lesion into the brain (see above)."""
    stop = _SENTENCE_STOP.search(text, end, end + _LESION_REACH)
    lo = max(0, start - _LESION_REACH)
    lo = max(lo, *(m.end() for m in _SENTENCE_STOP.finditer(text, lo, start)), lo)
    hi = stop.start() if stop else min(len(text), end + _LESION_REACH)
    return (
        _VASCULAR_LESION.search(text, lo, hi) is not None
        and _BRAIN_SITE.search(text, lo, hi) is not None
        and _CONFINED.search(text, lo, hi) is None
    )


def _subtype_by_site(text: str, start: int, end: int) -> Subtype:
    """A generic bleed word takes its subtype from the space whose collection it fills ("subdural collection
    of blood along the convexity"), the site named right after it ("hemorrhage in the left occipital lobe")
    or from a brain-region adjective right before it ("left frontal hematoma", "temporal lobe hematoma": a
    lobar hematoma); a described collection from the space word in it ("acute subdural collection"); else
    ``other``."""
    space = (
        _SPACE_BEFORE.search(text[max(0, start - 60) : start])
        or _SPACE_IN.search(text, start, end)
        or _SPACE_AFTER.match(text, end)
    )
    if space:
        return _SPACE_SUBTYPE[space.group(1).lower()]
    split = _SPLIT_BEFORE.search(text, max(0, start - 40), start)
    if split is not None and (joined := (split.group(1) + split.group(2)).lower()) in _SPLIT_SUBTYPE:
        return _SPLIT_SUBTYPE[joined]
    if field := _FIELD_SUBTYPE.match(text, end):
        word = field.group(1).lower()
        return "contusion" if word.startswith("contusion") else _FIELD_SUBTYPE_OF[word]
    if (
        _IN_INFARCT.match(text, end)
        or _INFARCT_BEFORE.search(text, max(0, start - 40), start)
        or _AFTER_LYSIS.search(text[max(0, start - 80) : start])
        or _HT_GRADE.search(text, max(0, start - 60), end + 60)  # "petechial bleed ... now a PH-1 haematoma"
    ):
        return "hemorrhagic_transformation"
    if _IN_CSF_SPACE.match(text, end) or _CSF_SPACE_WORD.search(text, start, end):
        return "subarachnoid"
    if (
        _PARENCHYMA.match(text, end)
        or _PARENCHYMA_BEFORE.search(text[max(0, start - 40) : start])
        or _CAVITY.search(text, start, end)
        or _CAVITY.search(text, max(0, start - 30), start)
        or _CAVITY_AFTER.match(text, end)
        or _TERRITORY_AFTER.match(text, end)
    ):
        return "intraparenchymal"
    if _VENTRICLE.match(text, end):
        return "intraventricular"
    if _from_vascular_lesion_into_brain(text, start, end):
        return "intraparenchymal"
    if text[start:end] == "ICH":  # the abbreviation, where no site says otherwise: intracerebral
        return _ICH
    return "other"


#: characters a clause reaches either side of its mention: a bound, so a run-on report with no full stop
#: (one 50 KB sentence) costs linear time, not a scan of its whole sentence per mention (quadratic). Far
#: above any real sentence (the longest in every priority set is 326 characters); only a longer one is cut.
_CLAUSE_REACH = 500


def _clause(text: str, start: int, end: int, bounds: Sequence[tuple[int, int]]) -> tuple[int, int]:
    """The clause around text[start:end]: its sentence, cut at clause breaks (but, however, ;), at most
    `_CLAUSE_REACH` characters either side."""
    i = bisect.bisect_right(bounds, start, key=lambda b: b[0]) - 1
    s0, e0 = bounds[i] if i >= 0 and bounds[i][0] <= start < bounds[i][1] else (0, len(text))
    s0, e0 = max(s0, start - _CLAUSE_REACH), min(e0, end + _CLAUSE_REACH)
    before = text[s0:start]
    cut = [m.end() for m in _CLAUSE_BREAK.finditer(before)]
    s1 = s0 + cut[-1] if cut else s0
    after = _CLAUSE_BREAK.search(text, end, e0)
    e1 = after.start() if after else e0
    return s1, e1


#: a closed parenthesis: its negation stays inside ("Compared with the outside CT (images not available),
#: there is a new SDH")
_PARENTHETICAL = re.compile(r"\([^()]*\)")


def _negated(text: str, start: int, end: int, clause: tuple[int, int]) -> bool:
    before = _NO_PRIOR.sub(" ", _PARENTHETICAL.sub(" ", text[clause[0] : start]))
    return bool(_NEG_BEFORE.search(before) or _NEG_AFTER.match(text[end : clause[1]]))


#: round G kind 3: a "not" that ends its comma phrase ("not enlarged, unchanged in size", "not operated,
#: larger than ...") negates its own predicate, not the change word of the next phrase (a "no" before a
#: list still does: "no haemorrhage, new or old")
_NOT_PHRASE = re.compile(
    # tune20c kind: "... lesion 0.9 cm without blood products, so new haemorrhage"
    r"(?:\bnot|n['\u2019]t|\bwithout)(?:\s+[\w-]+){1,5}\s*,\s*(?=(?:[\w-]+\s+){0,3}$)|"
    # an answer's "No," before the reader's own statement ("A: No, the left SDH is stable")
    r"(?<![\w\s,;-])\s*no\s*,\s*(?=(?:[\w-]+\s+){0,6}$)",
    re.IGNORECASE,
)
_NOT_PHRASE_REACH = 80  # characters looked back for it (a bound: linear)


def _change_negated(text: str, start: int, end: int, clause: tuple[int, int]) -> bool:
    """`_negated` for a change cue: a "not" phrase closed by a comma before it does not reach it."""
    lo = max(clause[0], start - _NOT_PHRASE_REACH)
    cut = None
    for m in _NOT_PHRASE.finditer(text, lo, start):
        cut = m.end()
    return _negated(text, start, end, (cut, clause[1]) if cut is not None else clause)


#: round G kind 1: a change word hedged ("possibly new", "? slightly larger", "may have increased", "could
#: have grown a little"): the bleed is stated, its growth is not (the policy grades it like a hedged bleed)
_HEDGE_BEFORE = re.compile(
    r"(?:\b(?:possibl[ey]|perhaps|questionabl[ey]|equivocal(?:ly)?|query|presumabl[ey]|suspected|"
    r"(?:may|might|could)(?: well)?(?: (?:have|be))?(?: been)?)|\?)\s*"
    r"(?:(?:slightly|minimally|mildly|subtly|marginally|somewhat|a little|now|also|be|been|have)\s+){0,2}$",
    re.IGNORECASE,
)
_HEDGE_LOOKBACK = 40
_HEDGE_AFTER = re.compile(r"\s*(?:\(\?\)|\?)", re.IGNORECASE)


def _hedge(text: str, lo: int, start: int, end: int) -> tuple[int, int] | None:
    """The span of the hedge on the change cue text[start:end] (within its clause from `lo`), or None."""
    m = _HEDGE_BEFORE.search(text[max(lo, start - _HEDGE_LOOKBACK) : start])
    if m is not None:
        base = max(lo, start - _HEDGE_LOOKBACK)
        return base + m.start(), base + m.end()
    m = _HEDGE_AFTER.match(text, end)
    return (m.start(), m.end()) if m is not None and m.end() > m.start() else None


def _overlaps(starts: Sequence[int], reach: Sequence[int], start: int, end: int) -> bool:
    """Whether [start, end) overlaps a span of the sorted spans whose starts and running maximum of ends are
    `starts` and `reach` (bisection: linear in a report with a sign in every sentence)."""
    k = bisect.bisect_left(starts, end)  # the spans starting before `end`
    return k > 0 and reach[k - 1] > start


def _number(token: str) -> float | None:
    word = token.lower()
    whole, _, tenth = word.partition(" point ")  # "one point four"
    whole = re.sub(r"[\s-]+", "-", whole)  # "twenty two", "twenty-two"
    word = whole if not tenth else word
    if tenth and whole in _NUMBER_WORDS and (tenth == "zero" or _NUMBER_WORDS.get(tenth, 10) < 10):
        return _NUMBER_WORDS[whole] + (0 if tenth == "zero" else _NUMBER_WORDS[tenth]) / 10
    if word in _NUMBER_WORDS:
        return float(_NUMBER_WORDS[word])
    try:
        return float(token)
    except ValueError:
        return None


def _in_mm(value: float, unit: str) -> float:
    return value * 10.0 if unit.lower().startswith(("cm", "centim")) else value


def _measures(text: str, start: int, end: int) -> Iterable[tuple[int, int, float]]:
    """(start, end, largest dimension in mm) of every linear measurement in text[start:end]."""
    for m in _MEASURE.finditer(text, start, end):
        dims = [_number(_UNIT_TAIL.sub("", d)) for d in _TIMES.split(m.group("dims"))]  # "31mm x 22mm"
        known = [d for d in dims if d is not None]
        if known:
            yield m.start(), m.end(), round(_in_mm(max(known), m.group("unit")), 1)


#: a measurement of the prior exam: the word before it ("previously 7 mm", "(was 5 mm)", "compared with 6 mm",
#: "versus 5 mm", "from 4 mm") ...
_THEN_BEFORE = re.compile(
    r"\b(?:previously|prior|before|was|were|earlier|initially|formerly|compared (?:with|to)|versus|vs\.?|"
    r"pre-?op\w*|from|then|against|cf\.?|prev\.?|(?:it|they|this|which) measured)\s*[(:]?\s*"
    r"(?:measur\w+\s+|of\s+|about\s+|approximately\s+|~\s*)?$|"
    # a clause about the prior exam: "on the prior it measured 8 mm", "at admission the SDH was 6 mm"
    r"\b(?:on|at|in) (?:the )?(?:prior|previous|earlier|initial|admission|last|first)\b"
    r"(?:(?!\b(?:now|today|currently|presently|current)\b)[^.;\d]){0,30}$|"
    r"\bcomparison(?: (?:ct|mri?|scan|study|exam))?\b[^.;]{0,12}?[:,]?\s*$|"
    # set-6 kind: the earlier exam as a label in brackets after today's value: "6 mm (HD#2: 6 mm)", "(12/05:
    # 9 mm)"; not a side ("(right: 6 mm)")
    r"\((?!\s*(?:r|l|rt|lt|right|left|ap|tr|cc)\b)[^():]{1,20}:\s*$|"
    r"\b(?:on|at|in) the (?:scan|ct|mri?|study|exam) (?:from|of|at)\b"
    r"(?:(?!\b(?:now|today|currently|current)\b)[^.;()]){0,30}\(\s*$|"
    # "Prev CT (referring hosp, 2h ago): 0.6cm"
    r"\b(?:prev\w*|prior|earlier|initial|admission|outside|first) (?:ct|cta|mri?|scan|study|exam\w*)\b"
    r"(?:(?!\b(?:now|today|currently|current)\b)[^.;]){0,30}:\s*(?:[a-z]+\s+){0,2}$|"
    # round G kind 2: "Six weeks ago the SDH measured 18 mm", "at the outside hospital the haematoma was"
    # round H: "smaller than the outside CT measurement of 5.8 cm", "smaller than pre-op (22 mm)"
    r"\bthan (?:on |at |in )?(?:the )?(?:[\w'\u2019-]+ ){0,3}?(?:ct|mri?|scan|study|exam\w*|measurement|"
    r"pre-?op\w*|preoperative\w*|admission|prior|previous|yesterday|\w+day|morning|night|day \d+)\b"
    r"(?:(?!\b(?:now|today|currently|current)\b)[^.;\d]){0,25}$|"
    r"\b(?:ago|outside hospital|referring hospital)\b"
    r"(?:(?!\b(?:now|today|currently|current)\b)[^.;\d()]){0,30}$|"
    # set-10 kind: the size the patient came in with ("admitted with a 3.8 cm putaminal haemorrhage")
    r"\b(?:admitted|presented|presenting|transferred|arrived) with\b"
    r"(?:(?!\b(?:now|today|currently|current)\b)[^.;\d()]){0,30}$",
    re.IGNORECASE,
)
#: ... or the words after it ("5 mm on the prior exam", "6 mm yesterday", "7 mm previously")
_THEN_AFTER = re.compile(
    r"^\s*\)?\s*(?:prev\b\.?|(?:on|at|in)\s+(?:the\s+)?(?:prior|previous|preceding|earlier|last|initial|admission|"
    r"outside|baseline|first|original|arrival|presentation)\b|(?:previously|before|earlier|yesterday|"
    r"at baseline|on admission|initially|then|prior)\b(?!\s*[(:]?\s*(?:measur\w+\s+)?\d)|"
    # probes-7 kind: the prior exam named by its date or day ("(8 mm on 3/3)", "9 mm on Monday")
    r"(?:on|at)\s+(?:the\s+)?(?:\d{1,2}/\d{1,2}(?:/\d{2,4})?|(?!today)\w+day|day \d+|"
    r"\d{1,2}(?:st|nd|rd|th))\b|"
    r"last (?:week|night|month|time)\b|"
    r"(?:on|at)\s+\d{1,2}[:.]?\d{2}\s*(?:h\b|hrs?\b)?\s*\))",  # set 7: "now 1.3cm (8mm at 14:00)"
    re.IGNORECASE,
)
#: "from 5 to 9 mm", "5 -> 9 mm", "5 mm → 9 mm"
_FROM_TO = re.compile(
    rf"(?:\bfrom\s+(?P<a>{_NUM})\s*(?P<ua>{_UNIT})?\s*(?:to|->|→|-->)|(?P<b>{_NUM})\s*(?P<ub>{_UNIT})?\s*"
    rf"(?:->|→|-->))\s*(?P<c>{_NUM})\s*(?P<uc>{_UNIT})",
    re.IGNORECASE,
)
#: "from 22 mL to 35 mL", "20 -> 31 cc"
_FROM_TO_VOLUME = re.compile(
    rf"(?:\bfrom\s+(?P<a>{_NUM})\s*(?:{_VOLUME_UNIT})?\s*(?:to|->|→|-->)|(?P<b>{_NUM})\s*(?:{_VOLUME_UNIT})?\s*"
    rf"(?:->|→|-->))\s*(?P<c>{_NUM})\s*-?\s*{_VOLUME_UNIT}",
    re.IGNORECASE,
)
_SHIFT_NEAR = re.compile(r"\b(?:shift|deviation|displacement|mls)\b", re.IGNORECASE)
#: a size and the prior exam's without its unit, telegraphic: "R 12mm (prev 8)", "9 mm (was 6)"
_NOW_THEN_BARE = re.compile(
    rf"(?P<c>{_NUM})\s*(?P<uc>{_UNIT})\s*\(\s*(?:prev(?:ious(?:ly)?)?|prior|was|before|previously)\.?:?\s*"
    rf"(?P<a>{_NUM})\s*\)",
    re.IGNORECASE,
)


#: round H: the prior size after today's, its unit left out and no brackets: "fifteen millimetres, up from
#: nine", "8 mm, previously 12"
_NOW_THEN_UNITLESS = re.compile(
    rf"(?P<c>{_NUM})\s*(?P<uc>{_UNIT})\s*[,;]?\s*(?:(?:up|down|increased|decreased)\s+from|previously|prev\.?|"
    rf"prior|was|before|formerly)\s*:?\s*(?P<a>{_NUM})(?!\s*-?\s*(?:{_UNIT}|x\b|×|ml\b|cc\b|\.\d|[\d:/]))",
    re.IGNORECASE,
)


#: the current size and the prior one sharing the unit after them: "(13 vs 9 mm)", "5 versus 3 mm"
_VS_BARE = re.compile(
    rf"(?<![\d.])(?P<c>\d+(?:\.\d+)?)\s*(?:vs\.?|versus|against)\s*(?P<a>\d+(?:\.\d+)?)\s*(?P<uc>{_UNIT})",
    re.IGNORECASE,
)


#: round G kind 2: a size of the repeat exam in a later sentence ("Repeat CT: EDH now 2.6 cm")
_NOW_BEFORE = re.compile(
    r"\b(?:now|today|currently|repeat|follow-?up)\b(?:(?!\b(?:previously|prior|was)\b)[^.;\d]){0,30}$",
    re.IGNORECASE,
)


#: round G kind 4: the sentence right before the bleed's that compares with the prior exam ("Previously no
#: blood was seen. Now a thin left SDH.", "Compared with the morning study, interval worsening. Right SDH
#: 14 mm.")
_PRIOR_REF = re.compile(
    r"\b(?:previous\w*|prior|earlier|before|last|admission|initial|first|yesterday\w*|morning|outside|"
    r"preceding|compared (?:with|to)|since|interval)\b",
    re.IGNORECASE,
)
#: ... that says the prior exam had no blood ("Prior CT: no intracranial blood", "No haemorrhage on the
#: admission scan"): the bleed is new
_PRE_TREATMENT = (
    r"pre-?(?:lysis|thrombolysis|thrombolytic|procedur\w*|thrombectomy|evt|intervention\w*|tpa|tnk)"
)
_PRIOR_NO_BLEED = re.compile(
    r"(?:\bpreviously\b|(?<!no )(?<!without )"
    r"\b(?:prior|previous|earlier|admission|initial|outside|last|first|"
    + _PRE_TREATMENT
    + r")\s+(?:\w+\s+)?(?:ct|cta|mri?|scan|study|exam\w*|imaging)\b:?)[^.;]{0,30}?"
    r"\b(?:no|negative for)\s+(?:\w+\s+)?" + _BLEED_WORD + r"\b|"
    # set-8 kinds: "no pre-procedure SAH", "no pre-lysis haemorrhage"
    r"\bno\s+" + _PRE_TREATMENT + r"\s+(?:\w+\s+)?" + _BLEED_WORD + r"\b|"
    r"\bno\s+(?:\w+\s+)?(?:blood|bleed\w*|ha?emorrhag\w*|ha?ematoma)\b[^.;]{0,20}?\b(?:on|in|at)\s+(?:the\s+)?"
    r"(?:prior|previous|earlier|admission|initial|outside|last|first)\b",
    re.IGNORECASE,
)

#: set-8 kind: the report's appearances or grade stated unchanged in the bleed's sentence or the next one
#: ("...with IVH; appearances unchanged", "HI-2; grade not changed since the 12 h scan")
_APPEARANCES_STABLE = re.compile(
    r"\b(?:appearances?|grade|grading|findings)\s+(?:(?:are|is|remains?|essentially|otherwise)\s+){0,2}"
    r"(?:unchanged|not changed|unaltered|stable|static|the same)\b|"
    # set-10 kind: the exam itself compared with an earlier one ("CT on day 4 unchanged from day 3", "today's
    # CT the same as last week's")
    r"\b(?:ct|mri?|scan|study)\s+(?:(?:(?:on|of|from)\s+)?(?:day\s+\d+|\w+day|today|this morning)\s+)?"
    r"(?:(?:is|was|are|appears?|looks?|essentially|otherwise)\s+){0,2}"
    r"(?:unchanged|unaltered|stable|static|the same as|similar to|identical to)\b",
    re.IGNORECASE,
)


def _distant_change(text: str, spans: Sequence[tuple[int, int]]) -> tuple[str, int, int] | None:
    """Round G kind 2: the change told by two sizes in bleed sentences far apart ("EDH 1.9 cm. ... Repeat CT:
    EDH now 2.6 cm", "Contusion 14 mm. ... The contusion previously measured 9 mm"): the first current size
    of the report against a later sentence's prior-exam size, or against a later size marked as today's.
    One pass over the bleed sentences' measurements (linear)."""
    first: tuple[int, int, float, int] | None = None  # the first current size and its sentence's index
    for k, (s, e) in enumerate(spans):
        measures = [
            (a, b, mm)
            for a, b, mm in _measures(text, s, e)
            if not _shift_near(text, max(s, a - 30), a, b, min(e, b + 30))
        ]
        for i, (a, b, mm) in enumerate(measures):
            lo = measures[i - 1][1] if i else s
            hi = measures[i + 1][0] if i + 1 < len(measures) else e
            then = _is_then(text, lo, a, b, hi)
            if first is None:
                if not then:
                    first = (a, b, mm, k)
                continue
            if first[3] == k:
                continue
            if then:
                change = _compare(mm, first[2])
            elif _NOW_BEFORE.search(text[max(lo, a - 40) : a]):
                change = _compare(first[2], mm)
            else:
                continue
            if change is not None:
                return change, first[0], b
    return None


def _compare(then: float, now: float) -> str | None:
    """Two sizes of the same bleed (mm) → its change: a difference of 2 mm, or of 1 mm and a fifth, is
    growth or shrinkage; under 1 mm, or 1 mm of a bleed over 10 mm, is stable; between is left to the words
    (measurement noise)."""
    diff = round(now - then, 6)  # 16.1 - 15.1 is 1.0000000000000018 in binary floating point
    if abs(diff) < 1.0 or (abs(diff) <= 1.0 and abs(diff) < 0.1 * then):  # "3.4 cm, was 3.3 cm"
        return "stable"
    if abs(diff) >= 2.0 or abs(diff) >= 0.2 * then:
        return "increased" if diff > 0 else "decreased"
    return None


#: tune20c kind: sizes a reader calls "no significant change" may differ by measurement noise (caliper
#: placement and slice angle move a CT measurement by 1-2 mm): the reader's word then wins over the numbers
_NOISE_MM = 2.0
_WITHIN_ERROR = re.compile(_WITHIN_ERROR_WORDS, re.IGNORECASE)  # the stable cue's noise words
_NOISE_SHARE = 0.1


def _compare_within_error(then: float, now: float) -> str | None:
    """`_compare` where the reader calls the bleed unchanged: up to 2 mm or a tenth is noise."""
    diff = abs(round(now - then, 6))
    return "stable" if diff <= _NOISE_MM or diff <= _NOISE_SHARE * then else _compare(then, now)


def _compare_volume(then: float, now: float) -> str | None:
    """Two volumes of the same bleed (mL) → its change: hematoma expansion as the ICH trials define it (a
    growth of more than 6 mL or a third; Davis et al., Neurology 2006), the same for shrinkage; a change under
    1 mL and a tenth is stable; between is left to the words."""
    diff = round(now - then, 6)  # 3.3 - 2.3 is 0.9999999999999998
    if abs(diff) < max(1.0, 0.1 * then):
        return "stable"
    if abs(diff) > 6.0 or abs(diff) > then / 3:
        return "increased" if diff > 0 else "decreased"
    return None


def _numeric_change(
    text: str, start: int, end: int, compare: Callable[[float, float], str | None] = _compare
) -> tuple[str, int, int] | None:
    """The change told by numbers only in text[start:end] (a bleed sentence): "5 mm on the prior exam, now
    9 mm", "measures 12 mm, previously 7 mm", "from 6 to 10 mm". Each measurement of the prior exam (a
    ``_THEN_BEFORE`` word before it or ``_THEN_AFTER`` words after it) is compared with the nearest current
    one; a midline shift's millimetres are left out. The most urgent result, with its span, or None."""
    found: list[tuple[str, int, int]] = []
    pairs = itertools.chain(
        _FROM_TO.finditer(text, start, end),
        _NOW_THEN_BARE.finditer(text, start, end),
        _NOW_THEN_UNITLESS.finditer(text, start, end),
        _VS_BARE.finditer(text, start, end),
    )
    for m in pairs:
        then, now = _number(m.group("a") or m.groupdict().get("b") or ""), _number(m.group("c"))
        if then is None or now is None or _SHIFT_NEAR.search(text, max(start, m.start() - 30), m.start()):
            continue  # "the midline shift has increased from 3 to 6 mm": the shift's, not the bleed's
        unit = m.group("uc")
        given = m.groupdict().get("ua") or m.groupdict().get("ub")
        change = compare(_in_mm(then, given or unit), _in_mm(now, unit))
        if change is not None:
            found.append((change, m.start(), m.end()))
    lower = text[start:end].lower()
    volumed = any(unit in lower for unit in _VOLUME_WORDS)  # cheap: most bleeds give no volume
    for m in _FROM_TO_VOLUME.finditer(text, start, end) if volumed else ():
        then, now = _number(m.group("a") or m.group("b")), _number(m.group("c"))
        change = _compare_volume(then, now) if then is not None and now is not None else None
        if change is not None:
            found.append((change, m.start(), m.end()))
    measures = [
        (a, b, mm)
        for a, b, mm in _measures(text, start, end)
        if not _shift_near(text, max(start, a - 30), a, b, min(end, b + 30))
        and not any(f[1] <= a < f[2] for f in found)
    ]
    found += _paired_change(text, start, end, measures, compare)
    if not volumed:
        return min(found, key=lambda f: _CHANGE_RANK[f[0]]) if found else None
    volumes = [
        (m.start(), m.end(), ml)
        for m in _VOLUME.finditer(text, start, end)
        if (ml := _number(m.group("num"))) is not None and not any(f[1] <= m.start() < f[2] for f in found)
    ]
    found += _paired_change(text, start, end, volumes, _compare_volume)
    return min(found, key=lambda f: _CHANGE_RANK[f[0]]) if found else None


#: "(14 mm vs 10 mm)": the first of a "versus" pair is today's, whatever precedes it
_VS_AFTER = re.compile(r"\s*(?:vs\.?|versus)\s", re.IGNORECASE)


def _is_then(text: str, lo: int, a: int, b: int, hi: int) -> bool:
    """Whether the measurement text[a:b] (within lo..hi) is the prior exam's ("previously 7 mm", "5 mm on
    the prior exam")."""
    if _VS_AFTER.match(text, b) or _NOW_AFTER.match(text, b, hi):
        return False
    if _SERIES_THEN_AFTER.match(text, b):
        return (
            True  # set-11 kind: "measured 30 mm, then 26 mm, and now 22 mm": the first of a series is earlier
        )
    before = _THEN_BEFORE.search(text[max(lo, a - 40) : a])
    if (
        before is not None
        and before.group().lower().startswith(("on ", "at ", "in "))
        and _MEASURE_END.search(text, max(lo, a - 70), max(lo, a - 40) + before.start())
    ):
        # round H: "19 mm on the previous study, 2.6 cm on this one": the prior phrase is the number's before
        before = None
    if before is None and (opener := _PRIOR_OPENER.match(text, lo, a)) and opener.end() == a:
        return not _NOWISH.search(text, lo, a)  # "At the referring hospital scan ... , it measured 12 mm"
    return bool(before or _THEN_AFTER.match(text[b:hi]))


#: round H (a prior exam named far before its number): a clause opening with an earlier exam ("At the
#: referring hospital scan obtained late yesterday evening after the fall, the contusion measured 12 mm, and
#: today 21 mm") dates the first number after it, when nothing between marks today's exam
_PRIOR_OPENER = re.compile(
    r"\s*(?:\d+[.)]\s*)?(?:on|at|in)\s+(?:the\s+|an?\s+)?(?:[\w'\u2019/:-]+\s+){0,8}?"
    r"(?:ct|cta|mri?|scan|study|exam\w*|imaging)\b[^.;,\d]{0,60},\s*[^.;,\d]{0,40}",
    re.IGNORECASE,
)
_NOWISH = re.compile(
    r"\b(?:now|today|today['\u2019]s|currently|current|present|repeat|follow-?up|latest|"
    r"this (?:ct|scan|study|exam\w*|mri?|examination))\b",
    re.IGNORECASE,
)
#: a value followed by the next of a series ("30 mm, then 26 mm", "12 mm and then 10 mm")
_SERIES_THEN_AFTER = re.compile(r"\s*,?\s*(?:and\s+)?then\s+(?=\d|\.\d)", re.IGNORECASE)
#: round H: today's size marked after it ("9 mm today", "2.6 cm on this one", "12 mm now")
_NOW_AFTER = re.compile(
    r"\s*(?:today|now|currently|at present|on (?:this|the current|today['\u2019]?s?))\b", re.IGNORECASE
)
_MEASURE_END = re.compile(rf"(?:{_NUM})\s*-?\s*{_UNIT}\s*$", re.IGNORECASE)
_SENTENCE_STOP = re.compile(r"[.;!?](?=\s)")
_SHIFT_PHRASE_BACK = 120  # characters looked back for the measurement's comma phrases (a bound: linear)


def _shift_near(text: str, lo: int, a: int, b: int, hi: int) -> bool:
    """Whether a midline-shift word is near the measurement text[a:b] (within lo..hi), in its own sentence:
    "L EDH 1.1cm. MLS nil. Prev CT: 0.6cm" measures the bleed, not the shift."""
    after = _SENTENCE_STOP.search(text, b, hi)
    hi = after.start() if after else hi
    # round H: its comma phrase and the one before, however long ("SDH 12 mm, 5 mm shift, previously 8 mm",
    # "(10 mm), but midline shift has increased to 7 mm from 4 mm"), not the one after ("R SDH now 14mm (prev
    # 8mm), MLS 6mm")
    back = max(0, min(lo, a - _SHIFT_PHRASE_BACK))
    stops = [m.end() for m in _SENTENCE_STOP.finditer(text, back, a)]
    back = stops[-1] if stops else back
    commas = [i for i in range(back, a) if text[i] == ","]
    back = commas[-2] + 1 if len(commas) >= 2 else back
    comma = text.find(",", b, hi)
    return _SHIFT_NEAR.search(text, back, comma if comma >= 0 else hi) is not None


def _paired_change(
    text: str,
    start: int,
    end: int,
    measures: Sequence[tuple[int, int, float]],
    compare: Callable[[float, float], str | None],
) -> list[tuple[str, int, int]]:
    """Each measurement of the prior exam among `measures` (a ``_THEN_BEFORE`` word before it or
    ``_THEN_AFTER`` words after it) compared by `compare` with the nearest current one: (change, start,
    end) each."""
    found: list[tuple[str, int, int]] = []
    then_flags = []
    for i, (a, b, _) in enumerate(measures):
        lo = measures[i - 1][1] if i else start
        hi = measures[i + 1][0] if i + 1 < len(measures) else end
        then_flags.append(_is_then(text, lo, a, b, hi))
    for i, (a, b, mm) in enumerate(measures):
        if not then_flags[i]:
            continue
        partners = [j for j in (i - 1, i + 1) if 0 <= j < len(measures) and not then_flags[j]]
        if not partners:
            continue
        j = partners[0]
        change = compare(mm, measures[j][2])
        if change is not None:
            found.append((change, min(a, measures[j][0]), max(b, measures[j][1])))
    return found


@dataclass(slots=True)
class _MassEffect:
    """The mass-effect signs one text states (``extract_attributes``'s own; merged across texts by `add`)."""

    signs: dict[str, bool]
    known: list[MassEffectSign]
    shift_mm: float | None
    shift_mild: bool
    evidence: list[AttributeEvidence]

    def add(self, other: _MassEffect) -> None:
        """`other`'s signs too; a sign stays known only if each text stating it calls it stable/improving."""
        self.known = [
            s
            for s in MASS_EFFECT_SIGNS
            if (s in self.known or s in other.known)
            and (s not in self.signs or s in self.known)
            and (s not in other.signs or s in other.known)
        ]
        self.signs.update(other.signs)
        if other.shift_mm is not None:
            self.shift_mm = other.shift_mm if self.shift_mm is None else max(self.shift_mm, other.shift_mm)
        self.shift_mild = self.shift_mild or other.shift_mild
        self.evidence += other.evidence


#: a shift's own measurement in its comma phrase ("7 mm", "MLS 6")
_SHIFT_MEASURED = re.compile(
    r"(?<![\d.])(?!0+(?:\.0+)?\b)\d+(?:\.\d+)?\s*(?:mm|cm)\b|\bMLS\s*:?\s*(?!0+(?:\.0+)?\b)\d", re.IGNORECASE
)


#: a threshold, not a measurement ("no midline shift > 5 mm", "greater than 5 mm", "at least 3 mm")
_THRESHOLD_BEFORE = re.compile(
    r"(?:[<>\u2264\u2265]=?|\b(?:greater|more|less|fewer) than|\bexceed\w*|\bover|\bat least|\bup to|"
    r"\bunder|\bbelow|\babove)\s*$",
    re.IGNORECASE,
)
#: a comma phrase that goes on with the denied list before it ("no hydrocephalus, herniation, or shift")
_LIST_GOES_ON = re.compile(r"\s*(?:or|nor)\b", re.IGNORECASE)


def _measured_phrase(text: str, start: int, end: int, clause: tuple[int, int], sign: str) -> tuple[int, int]:
    """The span whose negation reaches the sign text[start:end]: its clause, or for a midline shift measured
    in its own comma phrase only that phrase on ("no hydrocephalus, midline shift 7 mm": set-9 kind, a
    measured shift is stated, whatever the list before it denies). A threshold is no measurement ("no
    hydrocephalus, or midline shift > 5 mm"), and a phrase opening with "or"/"nor" goes on with the list."""
    if sign != "midline_shift":
        return clause
    comma = text.rfind(",", clause[0], start)
    if comma < 0 or _LIST_GOES_ON.match(text, comma + 1, start):
        return clause
    hi = text.find(",", end, clause[1])
    measured = any(
        not _THRESHOLD_BEFORE.search(text, max(comma + 1, n.start() - 20), n.start())
        for n in _SHIFT_MEASURED.finditer(text, comma + 1, clause[1] if hi < 0 else hi)
    )
    return (comma + 1, clause[1]) if measured else clause


#: tune20c kinds: a shift's values on several exams in one line or sentence ("Midline shift: 01/12: 6 mm |
#: 03/12: 3 mm | today: 3 mm", "9 mm at presentation and 6 mm on day 2, now measures 3 mm", "6 MM ON 02/12,
#: 4 MM ON 04/12, 2 MM TODAY"): today's is the one called today/now/current, else the last; the others are
#: earlier exams'. Values joined by a bleed's or another sign's words are not a series.
_SERIES_END = re.compile(r"\n|[.!?](?:\s|$)")
_SERIES_BREAK = re.compile(
    rf"\b(?:{_BLEED_WORD}s?|contusions?|collections?|thickness|hydro\w*|cisterns?|herniat\w*|ventric\w*)\b",
    re.IGNORECASE,
)
#: a label before or after a value is its own only within its clause: no comma, semicolon or bar between them
#: ("8 mm today, 3 mm yesterday": 'today' is the 8 mm's, not the 3 mm's; "7 mm, then 5 mm, now 2 mm" and
#: "2 mm -> now 5 mm": the value's after it)
_SERIES_NOW_BEFORE = re.compile(
    r"\b(?:today|now|current(?:ly)?|this (?:scan|study|exam|ct))\b[^\w,;|]*(?:\w+[^\w,;|]+){0,2}$|\bto\s*$",
    re.I,
)
_SERIES_NOW_AFTER = re.compile(
    r"^[^\w,;|>\u2192]*(?:\(\s*)?(?:today|now|current(?:ly)?|on this (?:scan|study|exam|ct))\b", re.I
)
_LIST_JOIN = re.compile(r"\s*(?:,|,?\s*and|,?\s*or)\s*", re.IGNORECASE)
#: tune20c kind: a shift's values with the unit in its label ("Midline shift (mm): 9 / 6 / 3"), oldest first
_LABELLED_SERIES = re.compile(
    r"[ \t]*\((?P<u>mm|cm)\)[ \t]*:?[ \t]*"
    r"(?P<vals>\d{1,2}(?:\.\d)?(?:[ \t]*(?:/|,|\||;|->|\u2192)[ \t]*\d{1,2}(?:\.\d)?){0,5})"
    r"(?!\d|\.\d|[ \t]*(?:mm|cm|x\b|\u00d7))",
    re.IGNORECASE,
)
_SERIES_NUMBER = re.compile(r"\d+(?:\.\d+)?")
#: tune20c kind: a table with the shift as a column ("Date | SDH (mm) | MLS (mm)" over dated rows); its cells'
#: values in the header's unit, or their own
_CELL_VALUE = re.compile(r"\s*(?P<n>\d{1,2}(?:\.\d)?)\s*(?P<u>mm|cm)?\s*$", re.IGNORECASE)
_HEADER_UNIT = re.compile(r"\((mm|cm)\)", re.IGNORECASE)
_TABLE_ROWS = 12  # rows read under a header (a bound: linear)


def _table_column(text: str, cue: int) -> list[tuple[int, int, float]] | None:
    """(start, end, mm) of each row's value in the table column whose header holds the shift cue at `cue`,
    oldest first, or None (not a table, no unit, fewer than one value)."""
    lo = max(text.rfind("\n", 0, cue) + 1, cue - _LINE_REACH)
    hi = text.find("\n", cue, cue + _LINE_REACH)
    if hi < 0 or "|" not in text[lo:hi]:
        return None
    header = text[lo:hi].split("|")
    col = text.count("|", lo, cue)
    unit = _HEADER_UNIT.search(header[col])
    values: list[tuple[int, int, float]] = []
    pos = hi + 1
    for _ in range(_TABLE_ROWS):
        end = text.find("\n", pos, pos + _LINE_REACH)
        end = min(len(text), pos + _LINE_REACH) if end < 0 else end
        cells = text[pos:end].split("|")
        if len(cells) != len(header):
            break
        start = pos + sum(len(c) + 1 for c in cells[:col])
        cell = _CELL_VALUE.fullmatch(cells[col])
        if cell is None or not (cell.group("u") or unit):
            return None
        mm = _in_mm(float(cell.group("n")), cell.group("u") or unit.group(1))
        values.append((start + cell.start("n"), start + cell.end("n"), mm))
        if end >= len(text):
            break
        pos = end + 1
    return values or None


_SERIES_REACH = 200  # characters after the shift cue read for the series (a bound: linear)
_SERIES_FIRST_GAP = 25  # characters from the shift cue to the series' first value, at most


def _shift_series(
    text: str, cue_end: int
) -> tuple[list[tuple[int, int, int, float]], list[tuple[int, int, int, float]]] | None:
    """(today's value, the earlier ones) of a series of shift values after the cue (see above), else None;
    each value as `_mass_effect`'s (distance, start, end, mm). A value named the prior exam's ("was 7 mm",
    "from 4 mm", "6 mm on day 2") is earlier; of the rest, the one called today's, else the last."""
    reach = min(len(text), cue_end + _SERIES_REACH)
    stop = _SERIES_END.search(text, cue_end, reach)
    hi = stop.start() if stop else reach
    values: list[tuple[int, int, int, float]] = []
    last = cue_end
    for a, b, mm in _measures(text, cue_end, hi):
        if _SERIES_BREAK.search(text, last, a) or (not values and a - cue_end > _SERIES_FIRST_GAP):
            break
        values.append((a - cue_end, a, b, mm))
        last = b
    if len(values) < 2:
        return None
    labelled_after = [bool(_SERIES_NOW_AFTER.match(text[v[2] : min(hi, v[2] + 15)])) for v in values]
    # a label before a value is looked for after the value before it, and not one that value has taken as
    # its own ("9 mm now, was 4 mm", "8 mm today 3 mm yesterday")
    today = [
        v
        for k, v in enumerate(values)
        if labelled_after[k]
        or (
            not (k and labelled_after[k - 1])
            and _SERIES_NOW_BEFORE.search(text, max(cue_end, values[k - 1][2] if k else 0, v[1] - 25), v[1])
        )
    ]
    earlier = [
        v
        for k, v in enumerate(values)
        if v not in today
        and (
            _THEN_BEFORE.search(text, max(cue_end, v[1] - 40), v[1])
            or _TO_AFTER.match(text, v[2])
            or _THEN_AFTER.match(text[v[2] : hi])
            # "6 mm (3 mm in November)": a value in brackets after another
            or (k and text.rfind("(", values[k - 1][2], v[1]) > text.rfind(")", values[k - 1][2], v[1]))
        )
    ]
    for k in range(1, len(values)):  # "was 5 mm and 8 mm on the two earlier scans": the list goes on
        if (
            values[k - 1] in earlier
            and values[k] not in today
            and _LIST_JOIN.fullmatch(text, values[k - 1][2], values[k][1])
        ):
            earlier.append(values[k])
    now = today[-1] if today else next((v for v in reversed(values) if v not in earlier), None)
    if now is None:
        return None
    before = [v for v in values if v[1] < now[1]]
    return [now], before[-1:] or [v for v in values if v is not now]


#: a shift's value followed by a word that it is as before ("5 mm, same as before", "6 mm (unchanged)")
_KNOWN_AFTER = re.compile(
    r"[\s,(-]*(?:(?:all|both|essentially|also)\s+)?(?:stable|unchanged|unaltered|the same|same as (?:before|"
    r"previously|prior)|as before|as previously|not changed|no change|static|constant|persist\w*)\b",
    re.IGNORECASE,
)


def _shift_known_after(text: str, value_end: int) -> bool:
    """The shift's value at text[..value_end] is stated unchanged right after it (see above)."""
    return _KNOWN_AFTER.match(text, value_end) is not None


def _mass_effect(text: str, sentences: list[tuple[int, int]], source: EvidenceSource) -> _MassEffect:
    """The mass-effect signs stated anywhere in `text` (module docstring), each cue with its own negation
    and trend; evidence marked with `source` (the text its offsets index)."""
    signs: dict[str, bool] = {}
    known: list[MassEffectSign] = []
    shift_mm: float | None = None
    shift_mild = False
    shift_spans: set[tuple[int, int]] = set()
    evidence: list[AttributeEvidence] = []
    lower = text.lower()
    hydro_last = -1  # set-10 kind: the last hydrocephalus stated, and the last one denied today
    hydro_denied = -1
    if "ventric" in lower:
        for m in _VENTRICLES_NORMAL.finditer(text):
            if not _PAST_CLAUSE.search(text, *_clause(text, m.start(), m.end(), sentences)):
                hydro_denied = m.start()
    for sign, pattern in _MASS_CUES:
        if not any(word in lower for word in _MASS_WORDS[sign]):
            continue  # cheap: most reports name no sign at all
        for m in pattern.finditer(text):
            clause = _clause(text, m.start(), m.end(), sentences)
            if sign == "midline_shift" and clause in shift_spans:
                continue  # a set: a report with a shift in every sentence stays linear
            if (
                _negated(text, m.start(), m.end(), _measured_phrase(text, m.start(), m.end(), clause, sign))
                or _NONE_AFTER_COLON.match(text, m.end())
                or _BUT_PATENT.match(text, m.end())
                or _unticked(text, m.start(), m.end())
                or _answered_no(text, m.start(), m.end())
            ):
                if sign == "hydrocephalus" and not _PAST_CLAUSE.search(text, *clause):
                    hydro_denied = max(hydro_denied, m.start())
                continue
            if _ASKED.match(text, *clause):
                continue  # set-10 kind: "Any hydrocephalus on today's CT?": asked, not stated
            if sign == "hydrocephalus" and _NOT_HYDRO.search(
                text, max(clause[0], m.start() - 25), m.end() + 12
            ):
                continue
            if (
                sign == "hydrocephalus"
                and not _HYDRO_NAMED.search(m.group())
                and _NOT_HYDRO_CLAUSE.search(text, *clause)
            ):
                continue
            window = text[max(clause[0], m.start() - 40) : min(clause[1], m.end() + 40)]
            if sign == "herniation" and _SUBFALCINE.search(window):
                signs["midline_shift"] = True  # subfalcine herniation is midline shift under another name
            signs[sign] = True
            evidence.append(AttributeEvidence(m.start(), m.end(), sign, "present", source))
            if sign == "hydrocephalus":
                hydro_last = m.start()
            closes = _KNOWN_CLOSES.search(text, m.end(), clause[1])
            w0 = max(clause[0], m.start() - 40)
            known_near = any(
                # set-10 kind: a trend word with a bleed named between it and the sign is the bleed's ("less
                # intraventricular blood, temporal horns now dilated")
                not _BLEED_BETWEEN.search(text, w0 + k.end(), m.start())
                if w0 + k.end() <= m.start()
                else not _BLEED_BETWEEN.search(text, m.end(), w0 + k.start())
                for k in _KNOWN_NEAR.finditer(window)
            ) or (closes is not None and not _BLEED_BETWEEN.search(text, m.end(), closes.start()))
            worse_near = any(
                not _NEGATED_WORSE.search(window, 0, w.start()) for w in _WORSE_NEAR.finditer(window)
            )
            if known_near and not worse_near and sign not in known:
                known.append(sign)
                if sign == "herniation" and _SUBFALCINE.search(window) and "midline_shift" not in known:
                    known.append("midline_shift")  # a known subfalcine herniation is a known shift
            if sign == "midline_shift" or (sign == "herniation" and _SUBFALCINE.search(window)):
                end = clause[1]
                # "Midline shift: 5 mm", "6 mm (HD#2: 6 mm)": the clause ends at the colon
                colon = _COLON_AFTER.match(text, m.end())
                if colon or (text.rfind("(", clause[0], end) > text.rfind(")", clause[0], end)):
                    i = _sentence_index(sentences, m.start())
                    end = sentences[i][1] if i is not None else len(text)
                if colon and "?" in colon.group():  # the answer's sentence: on to the line's end
                    line_end = text.find("\n", colon.end())
                    end = len(text) if line_end < 0 else line_end
                lo, hi = max(clause[0], m.start() - 30), min(end, m.end() + 45)
                near = [
                    (min(abs(a - m.end()), abs(m.start() - b)), a, b, mm)
                    for a, b, mm in _measures(text, lo, hi)
                ]
                # a size of the bleed itself is not the shift's ("SDH, 5 mm, with mild midline shift",
                # "mild shift from an acute SDH 6 mm thick"): the words between name the lesion or link to it;
                # before the shift, a comma or a "mild" between ends the number's phrase ("SDH 5mm, slight
                # shift")
                near = [
                    n
                    for n in near
                    if not _NOT_SHIFT_GAP.search(text, min(n[2], m.end()), max(n[1], m.start()))
                    and not (n[2] <= m.start() and _NOT_SHIFT_GAP_BEFORE.search(text, n[2], m.start()))
                ]
                # "5 mm midline shift, previously 8 mm": the prior exam's shift is not today's; a shift
                # smaller than before is improving (known), a larger one is not
                then = [
                    n
                    for n in near
                    if _THEN_BEFORE.search(text[max(lo, n[1] - 40) : n[1]])
                    or _TO_AFTER.match(text, n[2])
                    or _THEN_AFTER.match(text[n[2] : hi])  # "MLS 6 mm (6 mm previously)"
                ]
                now = [n for n in near if n not in then]
                if (series := _shift_series(text, m.end())) is not None:
                    now, then = series  # "Midline shift: 01/12 6 mm | 03/12 3 mm | today 3 mm"
                if now and then:
                    grew = min(now)[3] > min(then)[3]
                    if not grew and sign not in known:
                        known.append(sign)
                    elif grew and sign in known:
                        known.remove(sign)
                near = now or near
                if near or sign == "midline_shift":
                    # a later shift cue in this clause is the same shift; a subfalcine herniation whose clause
                    # measured nothing leaves it to the shift cue ("1.2 cm midline shift and subfalcine
                    # herniation")
                    shift_spans.add(clause)
                column = None if near or sign != "midline_shift" else _table_column(text, m.start())
                if column is not None:  # tune20c kind: a table's shift column: the last row is today's
                    near = [(0, *column[-1])]
                    if len(column) > 1 and column[-1][2] <= column[-2][2] and sign not in known:
                        known.append(sign)
                labelled = None if near or sign != "midline_shift" else _LABELLED_SERIES.match(text, m.end())
                if labelled is not None:  # tune20c kind: "Midline shift (mm): 9 / 6 / 3": the last is today's
                    nums = list(_SERIES_NUMBER.finditer(text, labelled.start("vals"), labelled.end("vals")))
                    vals = [_in_mm(float(n.group()), labelled.group("u")) for n in nums]
                    near = [(0, nums[-1].start(), nums[-1].end(), vals[-1])]
                    if len(vals) > 1 and vals[-1] <= vals[-2] and sign not in known:
                        known.append(sign)
                bare = None if near or sign != "midline_shift" else _BARE_SHIFT_MM.match(text, m.end())
                if bare is not None:  # set 7: "MLS 3, hydro neg", "MLS 2 L->R": millimetres without the unit
                    near = [(0, bare.start("n"), bare.end("n"), float(bare.group("n")))]
                if near:
                    _, a, b, mm = min(near)
                    shift_mm = mm if shift_mm is None else max(shift_mm, mm)
                    evidence.append(AttributeEvidence(a, b, "midline_shift_mm", f"{mm:g}", source))
                    if sign not in known and _shift_known_after(text, b):
                        known.append(sign)  # "Midline shift: 5 mm, same as before"
                elif _MILD.search(text, max(clause[0], m.start() - 25), m.start()):
                    shift_mild = True
    if signs.get("hydrocephalus") and hydro_denied > hydro_last:
        # set-10 kind: the report's last word on the ventricles denies it ("day 1: hydrocephalus, EVD placed
        # ... today the ventricles are normal in size"; an attending's "no hydrocephalus" after a "?hydro")
        del signs["hydrocephalus"]
        known = [k for k in known if k != "hydrocephalus"]
        evidence = [ev for ev in evidence if ev.attribute != "hydrocephalus"]
    return _MassEffect(signs, known, shift_mm, shift_mild, evidence)


#: round H: a preliminary read (tele-radiology, resident, "wet read") and the final read after it in one text
_PRELIM = re.compile(
    r"^\s*(?:[\w-]+\s+){0,2}?(?:prelim\w*|wet read|nighthawk)\b", re.IGNORECASE | re.MULTILINE
)
_FINAL = re.compile(
    # set-10 kind: the attending's addendum is the final read too ("Addendum (attending):", "Attending:")
    r"(?:^|(?<=[.;]\s))\s*(?:[\w-]+\s+)?(?:final|addendum|attending)\b"
    r"(?:\s+(?:report|read|interpretation|impression|reading|addendum))?"
    r"\s*(?:\([^()\n]{0,80}\))?\s*(?:\d{1,2}:\d{2}\s*)?:",
    re.IGNORECASE | re.MULTILINE,
)


_AGREE = re.compile(r"\bagree[sd]?\b|\bconcur\w*\b|\bconfirm\w*\b", re.IGNORECASE)
#: set-10 kind: a final read that corrects the preliminary replaces it even where it names the bleed in words
#: the rule tier does not count ("Correction. The hyperdensity is unchanged ... Not increased.")
_CORRECTS = re.compile(r"\b(?:disagree\w*|correct(?:ion|ed)|amend(?:ed|ment)|revised)\b", re.IGNORECASE)
#: a final-read heading that is an addendum or the attending's line, not a "FINAL:" report
#: ("Addendum (attending):", "Final addendum:", "Attending:"; "Attending final read:" is a final report)
_ADDENDUM = re.compile(r"\baddendum\b|^(?:(?!\bfinal\b).)*\battending\b(?:(?!\bfinal\b).)*$", re.IGNORECASE)
#: an addendum that agrees with the preliminary or records a call, so a "correction" in it is no correction
#: of the read ("correction: the dictated time; findings discussed with Dr X"): both are read, which errs
#: towards the preliminary's larger priority
_AGREE_ADDENDUM = re.compile(
    r"\bagree[sd]?\b|\bconcur\w*\b|\bas (?:described|reported|stated)\b|\bdiscussed\b|\bcommunicated\b",
    re.IGNORECASE,
)


def _final_read(text: str) -> int | None:
    """Where the final read begins when a preliminary read comes before it in the same text (it replaces
    the preliminary: "PRELIM: acute SDH. FINAL: chronic SDH, unchanged"), else None."""
    prelim = _PRELIM.search(text)
    if prelim is None:
        return None
    final = _FINAL.search(text, prelim.end())
    if final is None:
        return None
    if _ADDENDUM.search(final.group()):
        # an addendum or the attending's line replaces the preliminary only where it corrects it; one that
        # agrees, repeats or only records a call ("ADDENDUM: findings discussed with Dr X", "Attending: acute
        # SDH as described") keeps the preliminary's size and signs: both are read
        if not _CORRECTS.search(text, final.end()) or _AGREE_ADDENDUM.search(text, final.end()):
            return None
        return final.start()
    if _AGREE.search(text, final.end()):
        return None  # "FINAL: agree with the preliminary. Additional finding: ...": both are read (set 7)
    return final.start()


# the cue tables behind their keyword tests (triage.priority.prefilter): most bleed sentences hold no word a
# cue needs, and the test is read from each pattern, so a tuned pattern keeps its test right
_ACUITY_CUES = prefiltered(_ACUITY_CUES)  # type: ignore[assignment]
_CHANGE_CUES = prefiltered(_CHANGE_CUES)  # type: ignore[assignment]
_MASS_CUES = prefiltered(_MASS_CUES)  # type: ignore[assignment]
# the measures and prior-value phrases too: each needs a unit or a comparison word most sentences lack
_MEASURE, _VOLUME, _FROM_TO, _NOW_THEN_BARE, _NOW_THEN_UNITLESS, _VS_BARE = (  # type: ignore[assignment]
    Prefiltered(p) for p in (_MEASURE, _VOLUME, _FROM_TO, _NOW_THEN_BARE, _NOW_THEN_UNITLESS, _VS_BARE)
)


class _Taken:
    """The disjoint cue spans taken so far, sorted: an overlap is one bisection, so a run-on sentence with a
    cue in every clause stays linear (not a scan of every cue taken before)."""

    def __init__(self) -> None:
        self._spans: list[tuple[int, int]] = []

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self._spans, (end,))  # the spans starting before `end`; the last ends latest
        return i > 0 and self._spans[i - 1][1] > start

    def add(self, start: int, end: int) -> None:
        bisect.insort(self._spans, (start, end))


def extract_attributes(text: str, rules: RuleResult, findings: str = "") -> BleedAttributes:
    """The bleed's attributes in `text` (the rule tier's input, so its evidence offsets index it; module
    docstring), and the mass effect `findings` states (the report's FINDINGS when the scored text leaves
    them out: triage.text.extract_conclusion; evidence ``source="findings"`` indexes it). Pure; empty for a
    report without a positive mention (`findings` is then never read)."""
    positive = [e for e in rules.evidence if e.assertion in POSITIVE]
    if not positive:
        return NO_ATTRIBUTES
    final = _final_read(text)
    corrected: int | None = None  # a correcting final read that names no bleed the rule tier counts
    if final is not None and (later := [e for e in positive if e.start >= final]):
        # the final read alone: the preliminary's words are blanked, so every offset still indexes `text`
        positive, text = later, " " * final + text[final:]
    elif final is not None and _CORRECTS.search(text, final):
        corrected = final
    evidence: list[AttributeEvidence] = []
    subtypes: set[str] = {
        _SUBTYPE_OF_CONCEPT.get(e.concept)
        or (_ICH_GENERIC if text[e.start : e.end] == "ICH" else _subtype_by_site(text, e.start, e.end))
        for e in positive
    }
    if _ICH_GENERIC in subtypes:  # a bare "ICH" beside a named compartment is that bleed
        subtypes.discard(_ICH_GENERIC)
        if not subtypes - {"other", "intraventricular"}:
            subtypes.add(
                _subtype_by_site(
                    text, *next((e.start, e.end) for e in positive if text[e.start : e.end] == "ICH")
                )
            )
    # a specific subtype makes a generic "hemorrhage" elsewhere in the report the same bleed, not "other"
    if len(subtypes) > 1:
        subtypes.discard("other")
    if corrected is not None:
        # the subtypes are the preliminary's bleed; everything else is read from the final read alone, each
        # of its sentences about that bleed
        text = " " * corrected + text[corrected:]
        sentences = _sentences(text)
        spans = [(s, e) for s, e in sentences if s >= corrected]
    else:
        sentences = _sentences(text)
        spans = _bleed_spans(text, positive, sentences)
    hedged_bleed = _hedged_bleed(text, positive, sentences)

    # acuity
    acuities: dict[str, tuple[int, int]] = {}
    transformed = "hemorrhagic_transformation" in subtypes  # the infarct's age is the transformed bleed's
    for s, e in spans:
        taken = _Taken()
        for value, pattern in _ACUITY_CUES:
            for m in pattern.finditer(text, s, e):
                if taken.overlaps(m.start(), m.end()):
                    continue
                if _negated(text, m.start(), m.end(), _clause(text, m.start(), m.end(), spans)):
                    continue
                if m.group().lower() == "old" and _AGE_BEFORE_OLD.search(
                    text, max(s, m.start() - 20), m.start()
                ):
                    continue  # set 7: "an infarct about 48 h old" dates, it is no age
                other = _ACUITY_OF_OTHER.match(text, m.end())
                if other and not (transformed and _INFARCT_WORD.search(other.group())):
                    continue  # "and an old right MCA infarct": the age of another finding
                taken.add(m.start(), m.end())
                acuities.setdefault(value, (m.start(), m.end()))
    mixed = "mixed" in acuities or len(acuities) > 1
    acuity: Acuity = "mixed" if mixed else next(iter(acuities), "not_stated")  # type: ignore[assignment]
    for value, (a, b) in acuities.items():
        evidence.append(AttributeEvidence(a, b, "acuity", value))

    # mass effect: the whole scored text, then the findings the scored text leaves out
    me = _mass_effect(text, sentences, SCORED)
    if findings:
        me.add(_mass_effect(findings, _sentences(findings), FINDINGS))
    evidence += me.evidence
    signs, known, shift_mm = me.signs, me.known, me.shift_mm
    # blood reaching the ventricles from another compartment is intraventricular blood too; a parenchymal
    # haematoma in a transformed infarct is the transformation's (PH1/PH2), not a second bleed
    if signs.get("intraventricular_extension"):
        subtypes.add("intraventricular")
    elif subtypes & _EXTENDS_TO_VENTRICLES and (
        ivh := next((e for e in positive if _SUBTYPE_OF_CONCEPT.get(e.concept) == "intraventricular"), None)
    ):
        # set-9 kind: an IVH named beside a parenchymal or subarachnoid bleed ("ICH 3 cm with IVH", "SAH and
        # IVH") is that bleed's extension into the ventricles
        signs["intraventricular_extension"] = True
        evidence.append(AttributeEvidence(ivh.start, ivh.end, "intraventricular_extension", "present"))
    if "hemorrhagic_transformation" in subtypes:
        subtypes.discard("intraparenchymal")
    shift_mild = me.shift_mild and shift_mm is None

    # change
    changes: dict[str, tuple[int, int]] = {}
    sign_changes: dict[str, tuple[int, int]] = {}  # "new effacement of the cistern": the bleed's if alone
    sign_spans = [(ev.start, ev.end) for ev in me.evidence if ev.source == SCORED]
    sign_ends = {b for _, b in sign_spans}
    sign_spans.sort()
    sign_starts = [a for a, _ in sign_spans]
    sign_reach = list(itertools.accumulate((b for _, b in sign_spans), max))  # the furthest end so far
    hedges: dict[str, tuple[int, int]] = {}  # a change stated only hedged: its hedge's span
    initial_changes: dict[str, tuple[int, int]] = {}  # a change against the first exam ("than on admission")
    numeric_spans: set[tuple[int, int]] = set()  # the changes told by numbers alone
    boxed = "[" in text or "\u2610" in text  # a checklist's boxes (tune20c kind: an unticked change option)
    claimed: dict[str, tuple[tuple[int, int], tuple[int, int] | None]] = {}  # a referrer's growth, its hedge
    no_growth: list[tuple[int, int]] = []  # bleed sentences stating "no larger", "not enlarged"
    cue_times: dict[str, tuple[int, tuple[int, int]]] = {}  # set 7: the clock time of the exam compared with
    new_cues: list[tuple[int, int]] = []  # each "new" cue on the bleed (set 9: a grown bleed's new extension)
    for s, e in spans:
        taken = _Taken()
        for value, pattern in _CHANGE_CUES:
            for m in itertools.chain(pattern.finditer(text, s, e), _typo_cues(text, s, e, value)):
                if taken.overlaps(m.start(), m.end()):
                    continue
                taken.add(m.start(), m.end())
                clause = _clause(text, m.start(), m.end(), spans)
                if _change_negated(text, m.start(), m.end(), clause):
                    if value != "increased":
                        continue
                    value_ = "stable"  # "no increase", "not enlarged": stable
                    no_growth.append((s, e))
                elif (
                    value == "increased"
                    and _WITHIN_ERROR.search(text, *clause)
                    and _hedge(text, clause[0], m.start(), m.end()) is None  # "?larger, within error"
                ):
                    value_ = "stable"  # tune20c kind: "slightly thicker, probably within measurement error"
                else:
                    value_ = value
                if _overlaps(sign_starts, sign_reach, m.start(), m.end()):
                    continue  # "enlarged temporal horns", "ventricular enlargement": the sign itself
                if boxed and _unticked(text, m.start(), m.end()):
                    continue  # tune20c kind: "Compared with prior: [ ] unchanged [ ] larger": not chosen
                if _ON_OTHER_FINDING.match(text, m.end()):
                    continue  # "new hypodensity (vasospasm infarct)", "new fracture": another finding
                # "new effacement of ...", and the sign named right before its verb: "Hydrocephalus persists"
                gap = _SIGN_VERB_GAP.search(text, max(s, m.start() - 40), m.start())
                sign_m = _ON_SIGN.match(text, m.end())
                on_sign = sign_m or (gap is not None and gap.start() in sign_ends)
                # "the oedema is more extensive, as is the haematoma": said of the bleed too
                also_bleed = _ALSO_BLEED.match(text, sign_m.end() if sign_m else m.end(), e) is not None
                on_sign = on_sign and not also_bleed
                if sign_m and not also_bleed and _OEDEMA_END.search(sign_m.group()):
                    continue  # tune23p kind: "increase in the oedema around the haematoma": not the bleed's
                if not on_sign and not also_bleed and _other_subject(text, max(s, m.start() - 60), m.start()):
                    continue  # "the oedema is more marked", "cisterns remain patent": not the bleed
                hedge = (
                    (_hedge(text, clause[0], m.start(), m.end()) or hedged_bleed)
                    if value_ in ("new", "increased")
                    else None
                )
                target = sign_changes if on_sign else changes
                if not on_sign and value_ in ("new", "increased") and _claimed(text, sentences, m.start()):
                    # tune20c kind: "the referrer thinks it is bigger": another's view, which the reader's
                    # own word on the change overrules ("not bigger on my review, 1.2 cm on both scans")
                    claimed.setdefault(value_, ((m.start(), m.end()), hedge))
                    continue
                if not on_sign and _INITIAL_EXAM.search(
                    text, *_comma_phrase(text, m.start(), m.end(), clause)
                ):
                    # round H: "smaller than yesterday but larger than on admission": the first exam's
                    # comparison counts only when no later exam's is stated
                    initial_changes.setdefault(value_, (m.start(), m.end()))
                    if hedge is not None and value_ not in changes:
                        hedges.setdefault(value_, hedge)
                    continue
                if not on_sign and value_ not in changes:
                    times = _CLOCK.findall(text, s, m.start())
                    if times:
                        cue_times[value_] = (int(times[-1][0]) * 60 + int(times[-1][1]), (m.start(), m.end()))
                if hedge is None and not on_sign and value_ in hedges:
                    del hedges[value_]  # a plain statement of the same change wins over a hedged one
                    target[value_] = (m.start(), m.end())
                elif value_ not in target:
                    target[value_] = (m.start(), m.end())
                    if hedge is not None and not on_sign:
                        hedges[value_] = hedge
                if value_ == "new" and not on_sign:
                    new_cues.append((m.start(), m.end()))
        numeric = _numeric_change(text, s, e)
        if numeric is not None:
            numeric_spans.add((numeric[1], numeric[2]))
            # set 7: "smaller than yesterday (2.9 cm), larger than on admission (1.5 cm)": a pair dated by the
            # first exam counts only when no later exam's comparison is stated
            first_exam = _INITIAL_EXAM.search(text, numeric[1], min(e, numeric[2] + 25))
            target = initial_changes if first_exam else changes
            if numeric[0] not in target and numeric[0] == "increased" and hedged_bleed is not None:
                hedges.setdefault(numeric[0], hedged_bleed)  # a hedged bleed's sizes
            target.setdefault(numeric[0], (numeric[1], numeric[2]))
    # "Left SDH measures 12 mm today; on the prior it measured 8 mm.": two sizes in adjacent bleed sentences
    # (or with sign-only sentences between: "L EDH 1.1cm. MLS nil. Prev CT: 0.6cm.")
    for (s1, e1), (s2, e2) in itertools.pairwise(spans):
        gap = not text[e1:s2].strip() or (s2 - e1 < _SIGN_GAP_MAX and _SIGN_GAP.fullmatch(text, e1, s2))
        if gap and (numeric := _numeric_change(text, s1, e2)) is not None:
            if numeric[0] not in changes and numeric[0] == "increased" and hedged_bleed is not None:
                hedges.setdefault(numeric[0], hedged_bleed)
            changes.setdefault(numeric[0], (numeric[1], numeric[2]))
            numeric_spans.add((numeric[1], numeric[2]))
    if (
        changes.get("increased") in numeric_spans
        and changes.get("stable") not in (None, *numeric_spans)
        and not any(
            (n := _numeric_change(text, s, e, _compare_within_error)) and n[0] == "increased"
            for s, e in spans
        )
    ):
        del changes["increased"]  # tune20c kind: "6 mm (5 mm yesterday); no significant change": noise
    for ev in me.evidence:
        if (
            ev.attribute == "intraventricular_extension"
            and ev.source == SCORED
            and "new" not in changes
            and (_NEW_BEFORE.search(text[max(0, ev.start - 30) : ev.start]) or _NEW_AFTER.match(text, ev.end))
        ):
            changes["new"] = (ev.start, ev.end)
            new_cues.append((ev.start, ev.end))
    if not changes:  # round G kind 4: the sentence before a bleed sentence, when that compares with the prior
        span_starts = {s for s, _ in spans}
        for s, _ in spans:
            i = _sentence_index(sentences, s)
            if i is None or i == 0 or sentences[i - 1][0] in span_starts:
                continue
            ps, pe = sentences[i - 1]
            if not _PRIOR_REF.search(text, ps, pe):
                continue
            if (m := _PRIOR_NO_BLEED.search(text, ps, pe)) is not None:
                changes.setdefault("new", (m.start(), m.end()))
            for value, pattern in _CHANGE_CUES:
                for m in pattern.finditer(text, ps, pe):
                    if _change_negated(
                        text, m.start(), m.end(), _clause(text, m.start(), m.end(), [(ps, pe)])
                    ):
                        continue
                    if _ON_SIGN.match(text, m.end()) or _other_subject(
                        text, max(ps, m.start() - 60), m.start()
                    ):
                        continue
                    if _overlaps(sign_starts, sign_reach, m.start(), m.end()):
                        continue
                    if _hedge(text, ps, m.start(), m.end()) is None:
                        changes.setdefault(value, (m.start(), m.end()))
    if not changes:  # set-8 kind: the bleed's sentence or the next says the pre-treatment exam had none
        for s, _ in spans:
            i = _sentence_index(sentences, s)
            if i is None:
                continue
            lo, hi = sentences[i][0], sentences[min(i + 1, len(sentences) - 1)][1]
            if (m := _PRIOR_NO_BLEED.search(text, lo, hi)) is not None and not _NO_PRIOR.search(text, lo, hi):
                changes.setdefault("new", (m.start(), m.end()))
                break
            if (m := _APPEARANCES_STABLE.search(text, lo, hi)) is not None:
                changes.setdefault("stable", (m.start(), m.end()))
                break
    if not changes and len(spans) > 1 and (distant := _distant_change(text, spans)) is not None:
        changes[distant[0]] = (distant[1], distant[2])
    if "increased" in changes and "new" in changes and new_cues and all(_extends(text, *c) for c in new_cues):
        del changes["new"]  # set 9: "expanded to 4.6 cm with new IVH": the bleed grew, into the ventricles
    change: Change = "not_stated"
    grew = changes.get("increased")
    if grew and _CONSPICUOUS.fullmatch(text, *grew) and any(a <= grew[0] < b for a, b in no_growth):
        del changes[
            "increased"
        ]  # set 7: "now more conspicuous, but no larger in extent": seen better, not grown
    if len({t for t, _ in cue_times.values()}) > 1:  # "vs the 08:00 CT: unchanged; vs the 02:00 CT: larger"
        latest = max(t for t, _ in cue_times.values())
        for value, (t, span) in cue_times.items():
            if t < latest and changes.get(value) == span:
                del changes[value]  # an earlier exam's comparison beside the latest one's
    if initial_changes and not any(
        _COMPARED.search(text, *_comma_phrase(text, a, b, _clause(text, a, b, spans)))
        for a, b in changes.values()
    ):
        for value, span in initial_changes.items():  # no later exam compared with: the first one's counts
            changes.setdefault(value, span)
    else:
        for value in initial_changes:
            if value not in changes:
                hedges.pop(value, None)
    if claimed and not changes:  # the reply after a claim ("Reply: not bigger on my review. Stable.")
        replied = _reply_change(text, sentences, [span for span, _ in claimed.values()])
        if replied is not None:
            changes[replied[0]] = replied[1]
    if not changes:  # no word of the reader's own: the referrer's claim is all the text says of a change
        for value, (span, hedge) in claimed.items():
            changes[value] = span
            if hedge is not None:
                hedges[value] = hedge
    changes = changes or sign_changes
    if "stable" in changes and "decreased" in changes and _AGING_ONLY.fullmatch(text, *changes["stable"]):
        del changes["stable"]  # "evolving as expected: smaller", "redistribution, less blood overall"
    if (
        list(changes) == ["stable"]
        and _AS_EXPECTED.fullmatch(text, *changes["stable"])
        and _NO_PRIOR.search(text) is not None
    ):
        del changes["stable"]  # set 9: "expected postoperative appearance; no earlier postoperative scan"
    if changes:
        plain = [c for c in changes if c not in hedges]
        worse = [c for c in plain if c in ("new", "increased")]  # a plain growth beats a hedged one
        change = min(worse or changes, key=_CHANGE_RANK.__getitem__)  # type: ignore[assignment]
        evidence.append(AttributeEvidence(*changes[change], "change", change))
        if change in hedges and changes is not sign_changes:
            evidence.append(AttributeEvidence(*hedges[change], CHANGE_HEDGE, "uncertain"))
    else:
        for pattern, value in ((_NO_NEW_BLEED, "stable"), (_NO_PRIOR, "no_prior")):
            m = pattern.search(text)
            if m is not None and boxed and _unticked(text, m.start(), m.end()):
                m = None  # "Compared with prior: [ ] no prior [ ] unchanged": not chosen
            if m is not None:
                change = value  # type: ignore[assignment]
                evidence.append(AttributeEvidence(m.start(), m.end(), "change", value))
                break

    # size: in the bleed sentences, not the shift's own millimetres
    size_mm: float | None = None
    volume_ml: float | None = None
    shift_measures = {
        (ev.start, ev.end) for ev in evidence if ev.attribute == "midline_shift_mm" and ev.source == SCORED
    }
    for s, e in spans:
        for a, b, mm in _measures(text, s, e):
            if (a, b) in shift_measures or _OF_SHIFT.match(text, b):
                continue
            if _is_then(text, s, a, b, e):
                continue  # the prior exam's size ("now 6 mm, previously 10 mm")
            if size_mm is None or mm > size_mm:
                size_mm = mm
                evidence.append(AttributeEvidence(a, b, "size", f"{mm:g} mm"))
        for m in _VS_BARE.finditer(text, s, e):  # "(13 vs 9 mm)": the first is today's, in the unit after
            mm = _in_mm(float(m.group("c")), m.group("uc"))
            if not _SHIFT_NEAR.search(text, max(s, m.start() - 30), min(e, m.end() + 30)) and (
                size_mm is None or mm > size_mm
            ):
                size_mm = mm
                evidence.append(AttributeEvidence(m.start("c"), m.end("c"), "size", f"{mm:g} mm"))
        for m in _VOLUME.finditer(text, s, e):
            if _THEN_BEFORE.search(text[max(s, m.start() - 40) : m.start()]) or _THEN_AFTER.match(
                text[m.end() : e]
            ):
                continue  # the prior exam's volume ("35 mL, previously 22 mL")
            ml = _number(m.group("num"))
            if ml is not None and (volume_ml is None or ml > volume_ml):
                volume_ml = ml
                evidence.append(AttributeEvidence(m.start(), m.end(), "volume", f"{ml:g} mL"))
    return BleedAttributes(
        subtypes=tuple(s for s in SUBTYPES if s in subtypes),
        acuity=acuity,
        change=change,
        midline_shift=signs.get("midline_shift", False),
        midline_shift_mm=shift_mm,
        midline_shift_mild=shift_mild,
        herniation=signs.get("herniation", False),
        cistern_effacement=signs.get("cistern_effacement", False),
        hydrocephalus=signs.get("hydrocephalus", False),
        intraventricular_extension=signs.get("intraventricular_extension", False),
        mass_effect_known=tuple(s for s in MASS_EFFECT_SIGNS if s in known),
        size_mm=size_mm,
        volume_ml=volume_ml,
        evidence=tuple(sorted(evidence, key=lambda x: (x.source != SCORED, x.start, x.end, x.attribute))),
    )
