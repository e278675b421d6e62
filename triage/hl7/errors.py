"""HL7 error types added by the parser (all `triage.errors.HL7Error` subclasses, so the dead-letter code
needs only `error.reason` and the class name). Messages carry ids and counts, never report text or names."""

from __future__ import annotations

from triage.errors import EncodingError, HL7Error, NoReportTextError, OversizeError


class EmptyRecordError(HL7Error):
    """The record holds no bytes (or only framing bytes and whitespace)."""

    reason = "empty"


class NoMessageHeaderError(HL7Error):
    """No line of the record starts with an MSH segment."""

    reason = "no_msh"


class UnparseableError(HL7Error):
    """An MSH was found but the message cannot be read (e.g. empty MSH-9 message type)."""

    reason = "unparseable"


__all__ = [
    "EmptyRecordError",
    "EncodingError",
    "HL7Error",
    "NoMessageHeaderError",
    "NoReportTextError",
    "OversizeError",
    "UnparseableError",
]
