"""Message → Report / NonReport / MessageError: field extraction and the impression choice."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, tzinfo

from triage.core import MessageError, MessageResult, NonReport, Report, ResultStatus
from triage.errors import NoReportTextError
from triage.hl7 import document
from triage.hl7.accession import DEFAULT_REFS, FieldRef, pick_accession
from triage.hl7.errors import UnparseableError
from triage.hl7.escape import encoding_problem
from triage.hl7.message import Message, Segment
from triage.hl7.sections import (
    ADDENDUM,
    FINDINGS,
    IMPRESSION,
    TextLine,
    carries_text,
    collect_text,
    note_once,
    retracted,
)
from triage.hl7.status import normalize_status, strongest
from triage.hl7.timestamps import Precision, fhir_offset, parse_hl7_time_precision
from triage.text import SOURCE_HEADING, extract_conclusion
from triage.text.clean import MARKUP_RTF, brace_balance, clean_text, markup_of
from triage.text.sections import ADDENDUM_NAMES, FINDINGS_NAMES, has_words, split_sections

SUPPORTED_VERSIONS = (
    "2.2",
    "2.3",
    "2.3.1",
    "2.4",
    "2.5",
    "2.5.1",
    "2.6",
    "2.7",
    "2.7.1",
    "2.8",
    "2.8.1",
    "2.8.2",
)
REPORT_MESSAGE_CODES = frozenset({"ORU", document.MDM})
# Years a radiology timestamp can carry (HL7 DTM accepts 0001-9999): outside them it is a typo or a filler
# (e.g. 99991231) that would make the Flag period and the clinical-latency metric meaningless. Fixed, not
# relative to today, so a replay decides as the live run did.
PLAUSIBLE_YEARS = (1900, 2199)
SOURCE_OBX_IMPRESSION = "obx_impression"
SOURCE_OBX_FINDINGS = "fallback_obx_findings"
ADDENDUM_SUFFIX = "+obx_addendum"
# PID-3 identifier types (CX-5, HL7 table 0203) the Flag's subject is read from, best first: medical record
# number, patient internal identifier, temporary medical record number, patient external identifier
PATIENT_ID_TYPES = ("MR", "PI", "MRT", "PT")
# never the subject while another repetition is sent: person-level identifiers of governments and payers
# (SSN, driver's licence, passport, national person and health numbers, Medicare/Medicaid, pension) and
# numbers of an account or a visit, not of the patient
OTHER_ID_TYPES = frozenset({"SS", "DL", "PPN", "NI", "NH", "HC", "JHN", "MA", "MC", "PEN", "CZ", "AN", "VN"})


def extract(
    message: Message,
    message_index: int,
    warnings: list[str],
    conclusion_headings: tuple[str, ...] = (),
    hl7_timezone: tzinfo | None = None,
    accession_sources: tuple[FieldRef, ...] = DEFAULT_REFS,
) -> list[MessageResult]:
    """Build the results of one message: one per order (OBR), each with this ``message_index`` and its
    ``order_index`` 0, 1 … (see `orders`); an order without text beside orders with text is a skipped
    MessageError (no_report_text). `warnings` already holds what
    framing/decoding noticed; `conclusion_headings` are a site's extra conclusion heading names;
    `hl7_timezone` the zone of timestamps sent without an offset (None: UTC; triage.hl7.timestamps);
    `accession_sources` the fields tried for the accession, in order (triage.hl7.accession).

    A message with several orders whose orders all lack text is one MessageError, as a single-order one."""
    msh = message.msh
    control_id = msh.get(10)
    malformed = encoding_problem(msh.raw(1), msh.raw(2))
    if malformed is not None:  # every field would be split with the wrong delimiters, MSH-9 too
        raise UnparseableError(malformed)
    code = msh.get(9, 1)
    trigger = msh.get(9, 2)
    if not code:
        return [
            MessageError(
                message_index, control_id, UnparseableError(_ids("MSH-9 message type is empty", msh))
            )
        ]
    message_type = f"{code}^{trigger}" if trigger else code
    if code.upper() not in REPORT_MESSAGE_CODES:
        return [NonReport(control_id, message_type, message_index)]
    if document.is_mdm(message_type) and not document.has_content(message_type):
        return [NonReport(control_id, message_type, message_index, "mdm_without_content")]
    if document.is_mdm(message_type) and document.is_obsolete(message):
        return [NonReport(control_id, message_type, message_index, "mdm_obsolete")]

    if control_id is None:
        warnings.append("missing:MSH-10")
    version = msh.get(12) or ""
    if version not in SUPPORTED_VERSIONS:
        warnings.append(f"version_unsupported:{_version_code(version)}")

    groups = orders(message)
    if len(groups) == 1:
        return [
            _order(
                groups[0][0],
                message_index,
                warnings,
                message_type,
                conclusion_headings,
                hl7_timezone,
                accession_sources,
            )
        ]
    results = [
        _order(
            group,
            message_index,
            [*warnings, f"order:{k}/{len(groups)}", *(["order_text_shared"] if shared else [])],
            message_type,
            conclusion_headings,
            hl7_timezone,
            accession_sources,
        )
        for k, (group, shared) in enumerate(groups, 1)
    ]
    if not any(isinstance(r, Report) for r in results):  # no order can be read: one dead letter
        return [results[0]]
    textless = [str(k) for k, r in enumerate(results, 1) if not isinstance(r, Report)]
    extra = (f"order_without_text:{','.join(textless)}",) if textless else ()
    # every order its own result, numbered by order_index; one without text is skipped (its audit record
    # makes its accession findable), not dead-lettered: its sibling orders carry the report
    return [
        replace(r, order_index=k, warnings=r.warnings + extra)
        if isinstance(r, Report)
        else replace(r, order_index=k, skipped=isinstance(r.error, NoReportTextError))
        for k, r in enumerate(results)
    ]


def orders(message: Message) -> list[tuple[Message, bool]]:
    """The message split into its orders (HL7 v2 ORU_R01 ORDER_OBSERVATION groups): each OBR (with the ORC
    just before it) and the segments after it up to the next ORC/OBR, behind the segments that precede the
    first order (MSH, PID, PV1 …). Each order thus reads its own OBR-4 procedure, OBR-25 status, accession
    (OBR-18/OBR-3/ORC-3 …) and only its own OBX text. Orders without OBX of their own that come straight
    before an order with OBX share its OBX: RIS send one report for grouped procedures (CT head + CT
    cervical spine read together) as ORC/OBR, ORC/OBR, OBX…, and a head order must not lose its report to
    the spine order's accession. Returns (order, whether its OBX are shared); a message with at most one OBR
    is returned whole, unchanged.

    A PID after an order starts the next PATIENT_RESULT group (ORU_R01 repeats it: one message may carry
    several patients' results): the orders after it read that PID (and its PV1), never the first patient's,
    and share no OBX across patients. A PID repeated for the same patient (same PID-3) changes nothing."""
    if sum(1 for seg in message.segments if seg.fields[0] == "OBR") <= 1:
        return [(message, False)]
    common: list[Segment] = []  # the segments before the orders of the current patient (MSH, PID, PV1 …)
    head: list[Segment] | None = None  # the segments before the first PID (MSH, SFT …)
    patient = ""  # PID-3 of the current patient, as sent
    groups: list[tuple[list[Segment], list[Segment]]] = []  # (the patient's common segments, the order)
    current: list[Segment] | None = None
    for seg in message.segments:
        name = seg.fields[0]
        if name == "PID" and current is not None:
            if head is None:  # the first PID, after orders (out of the standard's order): all of them read it
                head, patient = list(common), seg.raw(3)
                current.append(seg)
                common.append(seg)
            elif seg.raw(3) != patient:  # the next patient's results
                common, current, patient = [*head, seg], None, seg.raw(3)
            # (the same patient's PID repeated: the PID and PV1 already read stay)
            continue
        if name == "PID" and head is None:
            head, patient = list(common), seg.raw(3)
        if name == "ORC" or (name == "OBR" and not (current and current[-1].fields[0] == "ORC")):
            current = [seg]
            groups.append((common, current))
        elif current is None:
            common.append(seg)
        else:
            current.append(seg)
    groups = [(c, g) for c, g in groups if any(seg.fields[0] == "OBR" for seg in g)]
    shared: list[Segment] = []  # the OBX of the next order that has some, for the orders without
    shared_common: list[Segment] | None = None
    out: list[tuple[Message, bool]] = []
    for common, group in reversed(groups):
        if common is not shared_common:  # another patient: no OBX of theirs
            shared, shared_common = [], common
        own = [seg for seg in group if seg.fields[0] == "OBX"]
        if own:
            shared = group[next(i for i, seg in enumerate(group) if seg.fields[0] == "OBX") :]
            segments = [*common, *group]
        else:
            segments = [*common, *group, *shared]
        out.append(
            (Message(segments, message.delims, message.codec, message.unescape), bool(shared) and not own)
        )
    return out[::-1]


def _order(
    message: Message,
    message_index: int,
    warnings: list[str],
    message_type: str,
    conclusion_headings: tuple[str, ...],
    hl7_timezone: tzinfo | None,
    accession_sources: tuple[FieldRef, ...],
) -> MessageResult:
    """One order's Report (or MessageError when it has no report text). An MDM without OBR reads the OBR
    fields' equivalents from TXA (triage.hl7.document)."""
    msh = message.msh
    control_id = msh.get(10)
    version = msh.get(12) or ""
    lines = _plain_lines(collect_text(message, warnings), warnings)
    text = _join(lines)

    pid = message.first("PID")
    pv1 = message.first("PV1")
    orc = message.first("ORC")
    obr = message.first("OBR")
    txa = message.first("TXA") if obr is None and document.is_mdm(message_type) else None
    if obr is None and txa is None:
        warnings.append("missing:TXA" if document.is_mdm(message_type) else "missing:OBR")

    placer = _first_of(obr, 2) or _first_of(orc, 2) or _first_of(txa, 14)
    filler = _first_of(obr, 3) or _first_of(orc, 3) or _first_of(txa, 15)
    accession, accession_source = pick_accession(message, accession_sources, warnings)
    # after the ids, so the dead letter and its audit record can be found by accession. A cancellation needs
    # no text: RIS send OBR-25 X (or OBX-11 D/W) without the report body, and it must still withdraw the Flag
    if not text and _status(message, obr, [], txa, message_type) is not ResultStatus.CANCELLED:
        return MessageError(
            message_index,
            control_id,
            NoReportTextError(
                _ids(
                    f"{message_type.split('^')[0]} message has no report text in OBX (TX/FT/ST/CE) or NTE "
                    "segments",
                    msh,
                )
            ),
            accession=accession,
        )
    impression, source, findings = choose_impression(lines, text, conclusion_headings)

    message_time, message_precision = _time(msh, 7, "MSH-7", warnings, hl7_timezone)
    result_time, result_precision = _time(obr, 22, "OBR-22", warnings, hl7_timezone)
    if txa is not None:  # TXA-4 activity date/time: when the documented exam took place
        observation_time, precision = _time(txa, 4, "TXA-4", warnings, hl7_timezone)
    else:
        observation_time, precision = _time(obr, 7, "OBR-7", warnings, hl7_timezone)
    if observation_time is None:
        observation_time = result_time or message_time
        precision = result_precision if result_time else message_precision
        if observation_time is not None:
            warnings.append("observation_time_from:" + ("OBR-22" if result_time else "MSH-7"))

    if txa is not None:
        procedure = document.procedure(message, txa)
    else:
        procedure = (_first_of(obr, 4), obr.get(4, 2) if obr else None, obr.get(4, 3) if obr else None)
    return Report(
        control_id=control_id or "",
        message_type=message_type,
        hl7_version=version,
        sending_application=msh.get(3),
        sending_facility=msh.get(4),
        message_time=message_time,
        patient_id=pid.get(3, repetition=(rep := patient_repetition(pid))) if pid else None,
        patient_id_authority=pid.get(3, 4, repetition=rep) if pid else None,
        visit_number=_first_of(pv1, 19),
        placer_order_number=placer,
        filler_order_number=filler,
        accession=accession,
        accession_source=accession_source,
        procedure_code=procedure[0],
        procedure_text=procedure[1],
        procedure_coding_system=procedure[2],
        observation_time=observation_time,
        observation_time_precision=precision,
        result_time=result_time,
        result_status=_status(message, obr, warnings, txa, message_type),
        text=text,
        impression=impression,
        impression_source=source,
        findings=findings,
        message_index=message_index,
        warnings=tuple(warnings),
    )


def _plain_lines(lines: list[TextLine], warnings: list[str]) -> list[TextLine]:
    """Report lines without markup (``triage.text.clean``): an RTF document spread over several OBX values is
    converted whole (from the line that opens it to the one that closes its outer group; its lines take the
    opening line's section, and the lines after it keep their own, e.g. a plain ADDENDUM OBX); HTML and
    Unicode formatting are cleaned line by line. Adds ``markup:rtf`` / ``markup:html`` (never any text)."""
    out: list[TextLine] = []
    i = 0
    while i < len(lines):
        ln = lines[i]
        markup = markup_of(ln.text)
        if markup:
            note_once(warnings, "markup:" + markup)
        if markup == MARKUP_RTF:
            depth, j = brace_balance(ln.text), i + 1
            while depth > 0 and j < len(lines):
                depth += brace_balance(lines[j].text)
                j += 1
            whole = clean_text("\n".join(x.text for x in lines[i:j]))
            out.extend(TextLine(t, ln.section, ln.segment) for t in whole.split("\n"))
            i = j
            continue
        cleaned = clean_text(ln.text)
        out.append(ln if cleaned == ln.text else TextLine(cleaned, ln.section, ln.segment))
        i += 1
    return out


def choose_impression(
    lines: list[TextLine], text: str, conclusion_headings: tuple[str, ...] = ()
) -> tuple[str, str, str]:
    """Impression OBX (+ addendum OBX) when the feed labels sections; else the heading rules of
    `triage.text.extract_impression` on the non-addendum text; when those find no impression heading but
    the feed labels findings OBX, the findings narrative. Addendum OBX text is appended in every case.
    Third: the findings text when the scored text leaves it out (`Report.findings`), else ""."""
    impression = _join([ln for ln in lines if ln.section == IMPRESSION])
    addendum = _join([ln for ln in lines if ln.section == ADDENDUM])
    if has_words(impression):
        findings = _findings_text([ln for ln in lines if ln.section == FINDINGS])
        return _join_parts(impression, _named_addendum(addendum)), SOURCE_OBX_IMPRESSION, findings
    main = _join([ln for ln in lines if ln.section != ADDENDUM]) if addendum else text
    chosen, source, findings = extract_conclusion(main, conclusion_headings) if main else ("", "none", "")
    if source != SOURCE_HEADING:
        obx_findings = _findings_text([ln for ln in lines if ln.section == FINDINGS])
        if obx_findings:
            chosen, source = obx_findings, SOURCE_OBX_FINDINGS
    if addendum:
        return (
            _join_parts(chosen, _named_addendum(addendum) if chosen else addendum),
            source + ADDENDUM_SUFFIX,
            findings,
        )
    return chosen, source, findings


# a text that opens with an addendum heading name (triage.text.sections), longest first
_ADDENDUM_HEAD = re.compile(
    rf"\s*(?:{'|'.join(re.escape(n) for n in sorted(ADDENDUM_NAMES, key=lambda n: (-len(n), n)))})\b",
    re.IGNORECASE,
)


def _named_addendum(addendum: str) -> str:
    """An addendum OBX after other text keeps its name, as an "Addendum:" heading does in a text report
    (triage.text.sections): it may correct what stands before it (rules-11), and the same report must give
    the same scored text whichever layout carries it."""
    if not addendum or _ADDENDUM_HEAD.match(addendum):
        return addendum
    return f"Addendum: {addendum}"


def _findings_text(lines: list[TextLine]) -> str:
    """Findings OBX lines without the ones that are other headed parts (EXAM:, TECHNIQUE:, a signature):
    feeds tag the whole body as findings, the paper keeps only the findings narrative as a fallback."""
    kept = []
    for ln in lines:
        for section in split_sections(ln.text) if ln.text else ():
            if section.text and (section.name == "" or section.name in FINDINGS_NAMES):
                kept.append(section.text)
    return "\n".join(kept)


def _join(lines: list[TextLine]) -> str:
    return "\n".join(ln.text for ln in lines).strip("\n").rstrip()


def _join_parts(*parts: str) -> str:
    return "\n".join(p for p in parts if p)


def patient_repetition(pid: Segment) -> int:
    """The repetition of PID-3 that names the patient (1-based): the first whose identifier type (CX-5) is
    MR, else PI, MRT, PT (PATIENT_ID_TYPES); else the first that is no government or payer person
    identifier nor an account or visit number (OTHER_ID_TYPES, NNxxx); else the first. A feed that sends
    the SSN first (``123-45-6789^^^SSA^SS~MRN-1^^^HOSP^MR``) is read as MRN-1 at HOSP, never as the SSN."""
    n = pid.repetitions(3)
    if n <= 1:
        return 1
    types = [(kind or "").upper() for kind in pid.get_each(3, 5)]
    for wanted in PATIENT_ID_TYPES:
        if wanted in types:
            return types.index(wanted) + 1
    for r, kind in enumerate(types, start=1):
        if kind not in OTHER_ID_TYPES and not (kind.startswith("NN") and len(kind) == 5):
            return r
    return 1


def _first_of(seg: Segment | None, field: int) -> str | None:
    return seg.get(field) if seg is not None else None


def _time(
    seg: Segment | None, field: int, label: str, warnings: list[str], zone: tzinfo | None = None
) -> tuple[datetime | None, Precision]:
    """The field's time and the precision it was sent with (`hl7_time_precision`); (None, "time") when
    absent, unreadable or dropped (a warning says which)."""
    if seg is None:
        return None, "time"
    value = seg.get(field)
    if value is None:
        return None, "time"
    parsed, precision = parse_hl7_time_precision(value, zone)
    if parsed is None:
        warnings.append(f"bad_timestamp:{label}")
    elif not PLAUSIBLE_YEARS[0] <= parsed.year <= PLAUSIBLE_YEARS[1]:
        warnings.append(f"implausible_timestamp:{label}")  # dropped: the fallback (OBR-22, MSH-7) applies
    elif precision == "time" and not fhir_offset(parsed):
        # a time the Flag's period cannot carry (an offset in seconds): dropped, the fallback applies
        warnings.append(f"unrepresentable_timestamp:{label}")
    else:
        return parsed, precision
    return None, "time"


def _status(
    message: Message,
    obr: Segment | None,
    warnings: list[str],
    txa: Segment | None = None,
    message_type: str = "",
) -> ResultStatus | None:
    """OBR-25 (an MDM without OBR: TXA-17, triage.hl7.document), else the OBX-11 values."""
    if txa is not None:
        raw = txa.get(17)
        status, was_word = document.document_status(raw, message_type), False
    else:
        raw = obr.get(25) if obr is not None else None
        status, was_word = normalize_status(raw)
    if status is not None:
        if was_word:
            warnings.append(f"status_word:{status.value}")  # the word itself is not quoted (PHI-free codes)
        texts = [obx for obx in message.all("OBX") if carries_text(obx)]
        if status is not ResultStatus.CANCELLED and texts and all(retracted(obx) for obx in texts):
            # every result of the report deleted or posted as wrong (OBX-11 D/W: e.g. the wrong patient),
            # whatever OBR-25 says (often C): the report is withdrawn, so its Flag is entered-in-error
            warnings.append(f"status_from:OBX-11->{ResultStatus.CANCELLED.value}")
            return ResultStatus.CANCELLED
        return status
    if raw:
        warnings.append("status_unknown")
    # OBX-11 D/W withdraws one result, not the report: it cancels only when every text OBX is withdrawn (as
    # above); one wrong line beside a final one leaves the report standing (its text is read without it)
    texts = [obx for obx in message.all("OBX") if carries_text(obx)]
    withdrawn = bool(texts) and all(retracted(obx) for obx in texts)
    found = []
    for obx in message.all("OBX"):
        if retracted(obx) and not withdrawn:
            continue
        s, _ = normalize_status(obx.get(11), obx=True)
        if s is not None:
            found.append(s)
    chosen = strongest(found)
    if chosen is not None:
        warnings.append(f"status_from:OBX-11->{chosen.value}")
    return chosen


# HL7 v2 versions (table 0104): a version from this list is a code, anything else is not quoted
_KNOWN_VERSIONS = frozenset(SUPPORTED_VERSIONS) | {"2.0", "2.0D", "2.1", "2.9", "2.9.1"}


def _version_code(version: str) -> str:
    """MSH-12 as a warning code: the version when it is a known HL7 version, else `none` or `other` (a
    free-text MSH-12 is never quoted: parser warnings reach audit records)."""
    if not version:
        return "none"
    return version if version in _KNOWN_VERSIONS else "other"


def _ids(problem: str, msh: Segment) -> str:
    control_id = msh.get(10)
    return f"{problem} (MSH-10={control_id})" if control_id else problem
