"""The records that flow through the pipeline (see README "Data flow").

    bytes -> Report -> tokens -> probability -> decision
    decision -> Flag (positives, status changes) | AuditRecord (every decision) | DeadLetter (failures)

Everything here is plain data: no Kafka, torch or file system.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any


@dataclass(frozen=True, slots=True)
class SourceRecord:
    """One Kafka record as consumed (or read back by replay). `value` is never modified; a null value
    (tombstone) is ``b""`` with `null_value` set, so a dead letter can give it back as null. A header whose
    value is null (Kafka's length -1, which librdkafka and the Java client can send) is ``b""`` in `headers`
    with its position in `null_headers`, so a dead letter says which were null, not empty."""

    topic: str
    partition: int
    offset: int
    value: bytes
    key: bytes | None = None
    timestamp_ms: int | None = None
    headers: tuple[tuple[str, bytes], ...] = ()
    null_value: bool = False
    null_headers: tuple[int, ...] = ()  # positions in `headers` whose value was null (kept there as b"")

    def created_at(self) -> datetime | None:
        """The record's Kafka timestamp as a UTC datetime; None when it has none (-1) or when it lies outside
        what a datetime holds: any producer may set any int64 (librdkafka's `timestamp=`), year 10000 too."""
        if self.timestamp_ms is None or self.timestamp_ms < 0:
            return None
        try:  # exact milliseconds (a float division drops the last one near year 9999)
            return datetime(1970, 1, 1, tzinfo=UTC) + timedelta(milliseconds=self.timestamp_ms)
        except OverflowError:
            return None


@dataclass(frozen=True, slots=True)
class SourceRef:
    """Coordinates of one HL7 message: the Kafka record plus its index inside that record
    (a record may carry several messages: FHS/BHS batches or consecutive MSH segments)."""

    topic: str
    partition: int
    offset: int
    message_index: int = 0  # the message's position inside the record
    order_index: int = 0  # the order's (OBR group's) position inside a multi-order message, 0 for one order


class ResultStatus(StrEnum):
    """OBR-25 result status, normalized (HL7 table 0123). Words such as "Final" are mapped to codes."""

    PRELIMINARY = "P"
    FINAL = "F"
    CORRECTED = "C"
    CANCELLED = "X"
    RESULTS_STORED = "R"
    SOME_RESULTS = "I"
    ORDER_RECEIVED = "O"
    SPECIMEN = "S"
    AMENDED = "A"
    NO_RESULTS = "N"
    UNKNOWN = "U"


@dataclass(frozen=True, slots=True)
class Report:
    """What the pipeline needs from one ORU^R01 message. `text` and `impression` are PHI: never log them."""

    control_id: str  # MSH-10
    message_type: str  # MSH-9, e.g. "ORU^R01"
    hl7_version: str  # MSH-12
    sending_application: str | None  # MSH-3.1
    sending_facility: str | None  # MSH-4.1
    message_time: datetime | None  # MSH-7, tz-aware (UTC when the message carries no offset)
    patient_id: str | None  # PID-3.1 (first identifier)
    patient_id_authority: str | None  # PID-3.4.1
    visit_number: str | None  # PV1-19.1
    placer_order_number: str | None  # ORC-2 / OBR-2
    filler_order_number: str | None  # ORC-3 / OBR-3
    accession: str | None  # the first identifier among the site's accession sources (triage.hl7.accession)
    procedure_code: str | None  # OBR-4.1
    procedure_text: str | None  # OBR-4.2
    procedure_coding_system: str | None  # OBR-4.3
    observation_time: datetime | None  # OBR-7 (falls back to OBR-22 result time, then MSH-7)
    result_time: datetime | None  # OBR-22
    result_status: ResultStatus | None  # OBR-25 (normalized)
    text: str  # the whole report, OBX/NTE text joined in order, escapes decoded
    impression: str  # the text chosen for scoring (impression/conclusion/summary + addenda)
    impression_source: str  # where `impression` came from: "obx_impression", "heading", "fallback_..."
    message_index: int = 0  # position of this message inside its Kafka record (orders share it)
    order_index: int = 0  # position of this order (OBR group) inside its message (hl7.extract.orders)
    # graceful-degradation notes from the parser (no PHI): e.g. "charset_fallback:UTF-8->cp1252",
    # "status_word:Final->F", "continuation_lines:2". Empty for a clean message.
    warnings: tuple[str, ...] = ()
    accession_source: str | None = None  # the field the accession came from, e.g. "OBR-18"
    # the FINDINGS text when `impression` leaves it out (a heading or OBX impression), else "": a positive's
    # mass effect stated only there counts for its priority (triage.priority.attributes). PHI.
    findings: str = ""
    # how much of `observation_time` was sent (a TS of year, month or day precision: "2024", "202401",
    # "20240102"), so the Flag's period.start keeps it instead of a made-up midnight (triage.hl7.timestamps)
    observation_time_precision: str = "time"


@dataclass(frozen=True, slots=True)
class NonReport:
    """A message that parsed but is not a report to score (ADT, ORM, ACK ...); `reason` is its skip reason
    (``not_oru``; an MDM without content ``mdm_without_content`` or marked obsolete ``mdm_obsolete``)."""

    control_id: str | None
    message_type: str
    message_index: int = 0
    reason: str = "not_oru"


class DecisionKind(StrEnum):
    POSITIVE = "positive"
    NEGATIVE = "negative"
    SKIPPED = "skipped"
    DEAD_LETTER = "dead_letter"


class FlagAction(StrEnum):
    """What happened to the study's Flag because of this decision."""

    NONE = "none"  # no flag exists and none was published
    CREATED = "created"  # first positive for this accession and model: Flag published, status active
    UNCHANGED = "unchanged"  # still positive (e.g. P -> F) with the same priority: no second Flag
    UPDATED = "updated"  # still positive, worklist priority changed: the same Flag re-published (same id)
    REACTIVATED = "reactivated"  # a withdrawn flag turned positive again (corrected report)
    WITHDRAWN = "withdrawn"  # corrected report turned negative: Flag re-published with status inactive
    ENTERED_IN_ERROR = "entered-in-error"  # cancelled report: Flag re-published, status entered-in-error
    # a report whose OBR-25 steps back behind the one the Flag rests on (a late P after the F): Flag left as
    # it was (triage.pipeline.decide.is_stale)
    STALE = "stale"


@dataclass(frozen=True, slots=True)
class KafkaMessage:
    """One output to produce: topic, key, value and headers. Built by pure code, sent by stream/. A None
    value is a null value (only a dead letter of a null-value input has one). `record`: the typed record
    `value` serializes (a flag-state record's FlagState), so the process that built it never parses its own
    bytes back; not part of the message (no effect on equality), None when not kept."""

    topic: str
    key: bytes | None
    value: bytes | None
    headers: tuple[tuple[str, bytes], ...] = ()
    record: Any = field(default=None, compare=False, repr=False)


@dataclass(slots=True)
class RecordOutcome:
    """Everything one input record produced. The record's offset may be committed only when every
    message in `outputs` has been acknowledged by the broker."""

    source: SourceRecord
    outputs: list[KafkaMessage] = field(default_factory=list)
    # typed audit records (triage.pipeline.audit.AuditRecord; this module imports nothing above it), each
    # serialized once into `outputs`
    audits: list[Any] = field(default_factory=list)

    def audit_json(self) -> list[dict[str, Any]]:
        """The audit records in their JSON form (what the audit topic carries)."""
        return [a.to_json() for a in self.audits]


@dataclass(frozen=True, slots=True)
class MessageError:
    """A message (or a whole record, message_index 0) that cannot be processed: goes to the dead-letter
    topic with `error.reason`, the exception type and the source coordinates."""

    message_index: int
    control_id: str | None
    error: Exception  # normally an triage.errors.HL7Error subclass
    accession: str | None = None  # when the message got far enough to name its study (e.g. no report text)
    order_index: int = 0
    # an order without text of its own beside orders with text (hl7.extract): skipped, not a dead letter
    skipped: bool = False


MessageResult = Report | NonReport | MessageError
