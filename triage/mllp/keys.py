"""The Kafka key of one HL7 message on the input topic: the patient (PID-3), else the accession, else MSH-10,
else none. Shared by `triage mllp` and `triage send`.

Why the patient: Kafka keeps order only within a partition, and the lifecycle (P → F → C) needs every message
of a study decided in order. An accession cannot key a message with several orders (each order has its own
accession and is decided on its own, `order_index`): keyed by its first order's accession, a later message
for its second order, keyed by that order's accession, could land on another partition and be decided
before it. Every order of a message, and every later message about any of them, shares the patient, so
keyed by PID-3 (ID and assigning authority, as the Flag's `subject` reads it) one patient's messages stay
on one partition in arrival order, whatever the grouping of orders into messages. The patient is taken
also from a message the daemon will dead-letter (a report without text), so its dead letter sits with the
rest of the patient's messages. The accession is the key of a message without PID-3, MSH-10 of one whose
accession cannot be read either (not an ORU, no OBR, an undecodable message)."""

from __future__ import annotations

from collections.abc import Sequence

from triage.core import MessageError, Report
from triage.hl7.accession import DEFAULT_ACCESSION_SOURCES


def message_key(
    message: bytes, accession_sources: Sequence[str] = DEFAULT_ACCESSION_SOURCES
) -> tuple[bytes | None, str]:
    """(key, what it is: "patient" | "accession" | "control_id" | "none") for the first message in
    `message`. The patient key is PID-3.1, with `^^^` and PID-3.4.1 when the assigning authority is sent
    (CX notation: `12345^^^HOSP`); the accession is read from the site's `accession_sources`
    (Settings.accession_sources) as the daemon reads it."""
    from triage.hl7 import parse_messages

    parsed = parse_messages(message, accession_sources=accession_sources)
    decoded, first = parsed[0] if parsed else (None, None)
    pid = decoded.first("PID") if decoded is not None else None
    if pid is not None and (patient := pid.get(3)):
        authority = pid.get(3, 4)
        return (f"{patient}^^^{authority}" if authority else patient).encode("utf-8"), "patient"
    if isinstance(first, Report | MessageError) and first.accession:
        return first.accession.encode("utf-8"), "accession"
    control_id = first.control_id if first is not None else None
    if control_id:
        return control_id.encode("utf-8"), "control_id"
    return None, "none"
