"""MDM (HL7 v2.5 chapter 9, medical records / document management): a signed radiology report sent as
a document (TXA + OBX TX/FT text) instead of an ORU^R01, as many transcription/dictation systems and some
RIS do.

Triggers with content (T02 original, T04 status change, T06 addendum, T08 edit/replace) carry the report text
and are read like an ORU (the same OBX text extraction). A T06 carries only the addendum's own text, so it is
additive (``is_addendum``): positive, it creates, reactivates or raises the Flag; negative, it leaves the Flag
as it is (only a T08 replacement, a corrected ORU or a TXA-17 CA withdraws), and a signed one keeps status F:
it never marks the report corrected (C); after a cancellation (TXA-17 CA, OBR-25 X) an addendum changes
nothing (triage.pipeline.decide.is_stale). The notifications without content (T01, T03, T05, T07, T09-T11) are
skipped (``mdm_without_content``): there is nothing to score. TXA-17
(document completion status, table 0271) maps onto the OBR-25 lifecycle (``document_status``); a document
marked OB (obsolete: replaced by a newer one, which arrives with its own content) is skipped
(``mdm_obsolete``): its old text must never move the Flag the replacement set. Where the OBR fields live in an
MDM without OBR: TXA-2 (document type, table 0270) is the procedure code, OBX-3.2 (the observation text, e.g.
``CT HEAD WO CONTRAST``) the procedure text when TXA-2 has none, TXA-4 (activity date/time: the exam) the
observation time, TXA-14/TXA-15 the placer/filler order numbers (triage.hl7.accession says why those, never
TXA-12, identify the study). OBR-22 has no equivalent (result_time stays empty: the Flag's time falls back as
for an ORU without it).
"""

from __future__ import annotations

from triage.core import ResultStatus
from triage.hl7.message import Message, Segment
from triage.hl7.sections import carries_text

MDM = "MDM"
CONTENT_TRIGGERS = frozenset({"T02", "T04", "T06", "T08"})
# a replacement of a signed document is a correction of the report (ranks as OBR-25 C); an addendum is not:
# it adds a document and keeps its own status (triage.pipeline.decide applies it after the original's F)
AMENDING_TRIGGERS = frozenset({"T08"})
# an addendum carries only its own text (ch. 9), not the report: it can raise a Flag, never withdraw one
ADDENDUM_TRIGGER = "T06"
OBSOLETE = "OB"
# TXA-17 (table 0271) -> the OBR-25 status with the same place in the report's lifecycle
_COMPLETION: dict[str, ResultStatus] = {
    "DO": ResultStatus.FINAL,  # documented
    "AU": ResultStatus.FINAL,  # authenticated (signed)
    "LA": ResultStatus.FINAL,  # legally authenticated
    "IP": ResultStatus.PRELIMINARY,  # in progress (being dictated)
    "IN": ResultStatus.PRELIMINARY,  # incomplete
    "PA": ResultStatus.PRELIMINARY,  # pre-authenticated
    "DI": ResultStatus.PRELIMINARY,  # dictated
    "CA": ResultStatus.CANCELLED,  # canceled: withdrawn as OBR-25 X
}


def trigger_of(message_type: str | None) -> tuple[str, str]:
    """(message code, trigger event), upper case, "" where absent: ``MDM^T02^MDM_T02`` -> ("MDM", "T02")."""
    parts = (message_type or "").split("^")
    return parts[0].strip().upper(), (parts[1].strip().upper() if len(parts) > 1 else "")


def is_mdm(message_type: str | None) -> bool:
    return trigger_of(message_type)[0] == MDM


def has_content(message_type: str | None) -> bool:
    """Whether an MDM's trigger carries the document's content (T02, T04, T06, T08)."""
    code, trigger = trigger_of(message_type)
    return code == MDM and trigger in CONTENT_TRIGGERS


def is_addendum(message_type: str | None) -> bool:
    """Whether the message is an MDM^T06 addendum: its text is the addendum alone ("Findings communicated to
    Dr X"), negative by itself, so it adds to the study's Flag and never withdraws it (``transition``)."""
    return trigger_of(message_type) == (MDM, ADDENDUM_TRIGGER)


def is_obsolete(message: Message) -> bool:
    txa = message.first("TXA")
    value = txa.get(17) if txa is not None else None
    return (value or "").strip().upper() == OBSOLETE


def document_status(raw: str | None, message_type: str) -> ResultStatus | None:
    """TXA-17 -> ResultStatus (module docstring); a final document sent as a replacement (T08) is a
    correction (C), so it is applied after the original's F; a final addendum (T06) stays F (additive, it
    corrects nothing: ``is_addendum``); None for an unknown value."""
    status = _COMPLETION.get((raw or "").strip().upper())
    if status is ResultStatus.FINAL and trigger_of(message_type)[1] in AMENDING_TRIGGERS:
        return ResultStatus.CORRECTED
    return status


def procedure(message: Message, txa: Segment) -> tuple[str | None, str | None, str | None]:
    """(code, text, coding system) for the procedure filter: TXA-2 (document type) when it has a text,
    else TXA-2's code with the first text OBX's OBX-3 text and coding system (the document's observation,
    e.g. ``CT HEAD WO CONTRAST``; OBX-3.1 is not read: feeds put an account number there)."""
    code, text, system = txa.get(2), txa.get(2, 2), txa.get(2, 3)
    if text:
        return code, text, system
    obx = next((seg for seg in message.all("OBX") if carries_text(seg)), None)
    if obx is None:
        return code, None, None
    return code, obx.get(3, 2), obx.get(3, 3)
