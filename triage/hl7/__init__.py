"""triage.hl7: Kafka record bytes → Report / NonReport / MessageError. Pure, fast, never raises on bad input.

    from triage.hl7 import parse_record
    results = parse_record(raw, max_bytes=1_000_000)   # one entry per HL7 message in the record

Tolerated (with a note in ``Report.warnings`` where it is a degradation): CR, LF, CRLF or mixed segment
separators; MLLP framing (0x0B … 0x1C 0x0D, one or several frames); UTF-8 / UTF-16 byte-order marks;
several messages per record (FHS/BHS batches or consecutive MSH); raw line breaks inside narrative;
escape sequences; MSH-18 character sets with fallbacks for mislabelled bytes (see ``charset``);
versions 2.2-2.8; report text in OBX (TX/FT/ST/CE) and NTE; result status as words. Read as the standard says
(``sections``): ``~`` repetitions are lines, the HL7 null ``""`` is no value, coded values give their text.
Not tolerated: MSH-2 that is not 4-5 distinct separators (``escape.encoding_problem``: unparseable). The
accession comes from a site's ordered list of fields, only as a value that can be an identifier
(``accession``).

Why a hand-rolled splitter instead of hl7apy on the hot path — measured with ``benchmarks/parse.py``
(messages per CPU second, one process, on the 2-core dev machine; 13-segment head-CT ORU fixture):
hl7apy ``parse_message`` ≈ 84/s (≈ 12 ms: it builds and types a full tree), python-hl7 ``parse`` ≈ 2,200/s
for the split alone, this parser ≈ 11,500/s for the whole job (frame, decode, split, extract, choose the
impression; ≈ 17,000/s on the 9-segment fixture whose impression is in its own OBX). It splits each segment
once and decodes only the ~25 fields a Report needs. hl7apy stays the reference: it validates messages in
``triage parse --validate`` (``triage.hl7.validate``), and the tests check that our field access agrees
with hl7apy's element tree on the same messages. Strict hl7apy rejects common real-feed habits (``&IMP`` in
OBX-3, raw ``&`` in narrative), another reason it is not the hot-path parser.

Module map: ``framing`` (MLLP, BOM, lines, batches) → ``charset`` (MSH-18, fallbacks) → ``message``
(segments/fields, lazy components) + ``escape`` → ``sections`` (OBX/NTE text, OBX-3 sections) →
``extract`` (Report fields, impression choice, ``accession``, ``timestamps``, ``status``) ; ``parse`` ties
them together.
"""

from triage.hl7.errors import (
    EmptyRecordError,
    EncodingError,
    HL7Error,
    NoMessageHeaderError,
    NoReportTextError,
    OversizeError,
    UnparseableError,
)
from triage.hl7.parse import parse_messages, parse_record
from triage.hl7.timestamps import parse_hl7_time

__all__ = [
    "EmptyRecordError",
    "EncodingError",
    "HL7Error",
    "NoMessageHeaderError",
    "NoReportTextError",
    "OversizeError",
    "UnparseableError",
    "parse_hl7_time",
    "parse_messages",
    "parse_record",
]
