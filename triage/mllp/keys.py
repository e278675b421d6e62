"""The Kafka key of one HL7 message on the input topic: the patient (PID-3), else the accession, else MSH-10,
else none. Shared by `triage mllp` and `triage send`.

Why the patient: Kafka keeps order only within a partition, and the lifecycle (P → F → C) needs every message
of a study decided in order. An accession cannot key a message with several orders (each order has its own
accession and is decided on its own, `order_index`): keyed by its first order's accession, a later message
for its second order, keyed by that order's accession, could land on another partition and be decided
before it. Every order of a message, and every later message about any of them, shares the patient, so
keyed by PID-3 (ID and assigning authority of its first repetition: stable across releases, while the Flag's
`subject` reads the medical record number's repetition) one patient's messages stay
on one partition in arrival order, whatever the grouping of orders into messages. The key is not PID-3
itself but ``pid-sha256:`` + the SHA-256 hex digest of it (``patient_key``): a Kafka key is stored, copied
to the dead-letter topic, shown by every consumer tool and kept by compaction and mirroring, and an MRN (or
an SSN sent as PID-3) must not travel in clear where the value's access controls do not reach. The digest
keeps the partitioning (one patient, one key) but is a pseudonym, not anonymity: an MRN space is small
enough to enumerate (hash every MRN, compare), so key access still needs the topic's ACLs. With a site secret
(TRIAGE_KEY_SECRET, Settings.kafka.key_secret) the key is ``pid-hmac:`` + HMAC-SHA256(secret, PID-3) instead,
which cannot be enumerated without the secret; every writer of the topic (mllp, send, the interface engine)
and `triage tail` must then share it, and setting or changing it re-keys every patient (drain the input
first, deploy/README "Topics"). The patient is taken
also from a message the daemon will dead-letter (a report without text), so its dead letter sits with the
rest of the patient's messages. The accession is the key of a message without PID-3, MSH-10 of one whose
accession cannot be read either (not an ORU, no OBR, an undecodable message)."""

from __future__ import annotations

from collections.abc import Sequence

from pydantic import SecretStr

from triage.core import MessageError, Report
from triage.hl7.accession import DEFAULT_ACCESSION_SOURCES
from triage.hl7.patient import (  # noqa: F401 (re-exported: mllp, send and tail name them here)
    PATIENT_HMAC_PREFIX,
    PATIENT_KEY_PREFIX,
    PATIENT_KEY_PREFIXES,
    patient_identifier,
    patient_key,
)


def message_key(
    message: bytes,
    accession_sources: Sequence[str] = DEFAULT_ACCESSION_SOURCES,
    secret: SecretStr | None = None,
) -> tuple[bytes | None, str]:
    """(key, what it is: "patient" | "accession" | "control_id" | "none") for the first message in
    `message`. The patient key is ``patient_key`` of PID-3.1, with `^^^` and PID-3.4.1 when the assigning
    authority is sent (CX notation: `12345^^^HOSP`), a digest, never the identifier; the accession is read
    from the site's `accession_sources` (Settings.accession_sources) as the daemon reads it; `secret` the
    site's key secret (Settings.kafka.key_secret)."""
    from triage.hl7 import parse_messages

    parsed = parse_messages(message, accession_sources=accession_sources)
    decoded, first = parsed[0] if parsed else (None, None)
    pid = decoded.first("PID") if decoded is not None else None
    if pid is not None and (patient := pid.get(3)):
        return patient_key(patient, pid.get(3, 4), secret).encode("ascii"), "patient"
    if isinstance(first, Report | MessageError) and first.accession:
        return first.accession.encode("utf-8"), "accession"
    control_id = first.control_id if first is not None else None
    if control_id:
        return control_id.encode("utf-8"), "control_id"
    return None, "none"


def clear_patient_keys(message: bytes) -> frozenset[str]:
    """The keys a record of `message` had before keys were digests: PID-3 in clear (``ID^^^AUTHORITY`` and
    ``ID``) of each of its messages. What `triage tail` hides in an old record's key."""
    from triage.hl7 import parse_messages

    keys = set()
    for decoded, _ in parse_messages(message):
        pid = decoded.first("PID") if decoded is not None else None
        if pid is not None and (patient := pid.get(3)):
            keys |= {patient, patient_identifier(patient, pid.get(3, 4))}
    return frozenset(keys)
