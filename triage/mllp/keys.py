"""The Kafka key of one HL7 message on the input topic: the accession (per-study order, as the daemon
expects), else MSH-10, else none. Shared by `triage mllp` and `triage send`."""

from __future__ import annotations

from triage.core import Report


def message_key(message: bytes) -> tuple[bytes | None, str]:
    """(key, what it is: "accession" | "control_id" | "none") for the first message in `message`."""
    from triage.hl7 import parse_record

    results = parse_record(message)
    first = results[0] if results else None
    if isinstance(first, Report) and first.accession:
        return first.accession.encode("utf-8"), "accession"
    control_id = first.control_id if first is not None else None
    if control_id:
        return control_id.encode("utf-8"), "control_id"
    return None, "none"
