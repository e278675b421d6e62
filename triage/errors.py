"""Typed exceptions. Each message says what went wrong and what the user can do about it."""

from __future__ import annotations


class TriageError(Exception):
    """Base class for every error the project raises on purpose."""


class ConfigError(TriageError):
    """A setting, flag or config file is invalid."""


class InputFileError(TriageError):
    """A file given on the command line cannot be read or has the wrong format."""


class HL7Error(TriageError):
    """An HL7 v2 record cannot be turned into a report. `reason` is a short machine-readable code
    that goes into the dead-letter headers (e.g. ``unparseable``, ``no_report_text``, ``encoding``,
    ``report_too_long``)."""

    reason: str = "unparseable"

    def __init__(self, message: str, *, reason: str | None = None) -> None:
        super().__init__(message)
        if reason is not None:
            self.reason = reason


class EncodingError(HL7Error):
    reason = "encoding"


class NoReportTextError(HL7Error):
    reason = "no_report_text"


class OversizeError(HL7Error):
    reason = "oversize"


class ReportTooLongError(HL7Error):
    """A report whose text is longer than the pipeline's ``max_report_chars``: not decided (its cost is
    unbounded), never truncated (a cut report may lose the sentence that makes it positive)."""

    reason = "report_too_long"


class ArtifactError(TriageError):
    """A model artifact is missing, tampered with, or does not match this code's normalization."""


class FlagValidationError(TriageError):
    """A FHIR Flag failed fhir.resources validation (a bug: it is never sent)."""


class LifecycleError(TriageError):
    """A decided report the Flag lifecycle must not apply to its study's state (triage.pipeline.decide).
    `reason` is the dead-letter code."""

    reason: str = "lifecycle_refused"


class PatientMismatchError(LifecycleError):
    """The report names another patient (PID-3 digest) than the flag state of its accession and order:
    applied, it would withdraw or re-point that patient's Flag (a numbering collision between two sites, a
    misfiled message). Its text names digests only, never PID-3."""

    reason = "patient_mismatch"


class DeliveryError(TriageError):
    """Outputs of a batch could not be acknowledged by the broker; the batch is not committed."""


class UndecodableInputError(TriageError):
    """A Kafka record batch a reader (replay, fetch) cannot decode. `reason`: ``corrupt_batch``,
    ``bad_header`` or ``codec_unavailable`` (triage.stream.undecodable)."""

    def __init__(self, message: str, *, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


class RulesError(TriageError):
    """A rule resource (the packaged ``triage/rules/data/*.json`` or a site's extra-terms file) cannot be
    read or is invalid. `reason` is a short machine-readable code: ``unreadable``, ``invalid_json``,
    ``invalid_rules``, ``unknown_word_set``, ``bad_pattern`` or ``version_mismatch``."""

    reason: str = "invalid_rules"

    def __init__(self, message: str, *, reason: str | None = None) -> None:
        super().__init__(message)
        if reason is not None:
            self.reason = reason
