"""The Kafka key of one HL7 message on the input topic: the accession (per-study order, as the daemon
expects), else MSH-10, else none. Shared by `triage mllp` and `triage send`.

The accession is taken whenever the parser could read it, also from a message the daemon will dead-letter
(a report without text): its dead letter and audit record are then keyed, like every other message of
the study, by the accession. MSH-10 is the key only of a message whose accession cannot be read (not an
ORU, no OBR, an undecodable message)."""

from __future__ import annotations

from collections.abc import Sequence

from triage.core import MessageError, Report
from triage.hl7.accession import DEFAULT_ACCESSION_SOURCES


def message_key(
    message: bytes, accession_sources: Sequence[str] = DEFAULT_ACCESSION_SOURCES
) -> tuple[bytes | None, str]:
    """(key, what it is: "accession" | "control_id" | "none") for the first message in `message`; the
    accession read from the site's `accession_sources` (Settings.accession_sources) as the daemon reads it."""
    from triage.hl7 import parse_record

    results = parse_record(message, accession_sources=accession_sources)
    first = results[0] if results else None
    if isinstance(first, Report | MessageError) and first.accession:
        return first.accession.encode("utf-8"), "accession"
    control_id = first.control_id if first is not None else None
    if control_id:
        return control_id.encode("utf-8"), "control_id"
    return None, "none"
