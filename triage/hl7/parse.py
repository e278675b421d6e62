"""parse_record: one Kafka record's bytes → one result per HL7 message. Never raises for bad input."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import tzinfo
from functools import lru_cache

from triage.core import MessageError, MessageResult
from triage.errors import EncodingError, HL7Error, OversizeError
from triage.hl7.accession import DEFAULT_ACCESSION_SOURCES, DEFAULT_REFS, FieldRef, field_refs
from triage.hl7.charset import charset_label, decode
from triage.hl7.errors import EmptyRecordError, NoMessageHeaderError, UnparseableError
from triage.hl7.extract import extract
from triage.hl7.framing import MessageChunk, split_messages, truncation, unwrap
from triage.hl7.message import Message, split_message


def parse_record(
    raw: bytes,
    *,
    max_bytes: int | None = None,
    conclusion_headings: Sequence[str] = (),
    hl7_timezone: tzinfo | None = None,
    accession_sources: Sequence[str] = DEFAULT_ACCESSION_SOURCES,
) -> list[MessageResult]:
    """Parse every HL7 v2 message in `raw` (see the triage.hl7 docstring for what is tolerated).
    `conclusion_headings`: a site's extra conclusion heading names (triage.text.sections);
    `hl7_timezone`: the zone of timestamps sent without an offset (None: UTC; Settings.hl7_tzinfo);
    `accession_sources`: the fields that may carry the accession, in order (triage.hl7.accession).

    Returns one Report / NonReport / MessageError per message, `message_index` 0, 1, 2 … in record order;
    a message with several orders (OBR) gives one Report per order that has report text (extract.orders).
    A failure of the whole record (empty, larger than `max_bytes`, undecodable, no MSH) is a single
    ``MessageError(0, None, <HL7Error>)``.
    """
    try:
        return _parse_record(
            raw, max_bytes, tuple(conclusion_headings), hl7_timezone, _refs(tuple(accession_sources))
        )
    except HL7Error as exc:
        return [MessageError(0, None, exc)]
    except Exception as exc:  # a bug must not stop the daemon: dead-letter the record, keep the cause
        err = UnparseableError(f"internal parser error: {type(exc).__name__}")
        err.__cause__ = exc
        return [MessageError(0, None, err)]


def parse_messages(
    raw: bytes,
    *,
    max_bytes: int | None = None,
    conclusion_headings: Sequence[str] = (),
    hl7_timezone: tzinfo | None = None,
    accession_sources: Sequence[str] = DEFAULT_ACCESSION_SOURCES,
) -> list[tuple[Message | None, MessageResult]]:
    """Like parse_record, but also returns each decoded Message (None where decoding failed), for tools
    such as `triage parse --validate` that need the message itself."""
    try:
        return _parse(
            raw, max_bytes, tuple(conclusion_headings), hl7_timezone, _refs(tuple(accession_sources))
        )
    except HL7Error as exc:
        return [(None, MessageError(0, None, exc))]


@lru_cache(maxsize=16)
def _refs(sources: tuple[str, ...]) -> tuple[FieldRef, ...]:
    return field_refs(sources)


def _parse_record(
    raw: bytes,
    max_bytes: int | None,
    headings: tuple[str, ...],
    zone: tzinfo | None = None,
    sources: tuple[FieldRef, ...] = DEFAULT_REFS,
) -> list[MessageResult]:
    return [result for _, result in _parse(raw, max_bytes, headings, zone, sources)]


def _parse(
    raw: bytes,
    max_bytes: int | None,
    headings: tuple[str, ...] = (),
    zone: tzinfo | None = None,
    sources: tuple[FieldRef, ...] = DEFAULT_REFS,
) -> list[tuple[Message | None, MessageResult]]:
    if not isinstance(raw, bytes | bytearray | memoryview):
        raise UnparseableError(f"record value is {type(raw).__name__}, not bytes")
    raw = bytes(raw)
    if max_bytes is not None and len(raw) > max_bytes:
        raise OversizeError(f"record is {len(raw)} bytes, larger than the {max_bytes}-byte limit")
    try:
        data, forced_codec, bom = unwrap(raw)
    except UnicodeDecodeError as exc:
        raise EncodingError(f"record starts like UTF-16/32 but does not decode ({exc.reason})") from None
    if not data.strip():
        raise EmptyRecordError(
            "record is empty" if not raw else f"record holds only framing/whitespace ({len(raw)} bytes)"
        )
    framing = split_messages(data)
    if not framing.chunks:
        raise NoMessageHeaderError(f"no MSH segment in record ({len(raw)} bytes){_packed(raw)}")
    if framing.junk_lines:
        framing.chunks[0].warnings.append(f"junk_lines:{framing.junk_lines}")
    mllp_open = forced_codec is None and raw.rfind(b"\x0b") > raw.rfind(b"\x1c")
    cut = truncation(data, framing, mllp_open=mllp_open)
    if cut is not None:
        framing.chunks[-1].warnings.append(cut)
    results: list[tuple[Message | None, MessageResult]] = []
    for index, chunk in enumerate(framing.chunks):  # each order of a message is a result (extract.orders)
        results.extend(_parse_chunk(chunk, index, forced_codec, bom, headings, zone, sources))
    return results


def _parse_chunk(
    chunk: MessageChunk,
    index: int,
    forced_codec: str | None,
    bom: bool,
    headings: tuple[str, ...] = (),
    zone: tzinfo | None = None,
    sources: tuple[FieldRef, ...] = DEFAULT_REFS,
) -> list[tuple[Message | None, MessageResult]]:
    warnings = list(chunk.warnings)
    msh = chunk.lines[0]
    declared = _msh18(msh)
    try:
        if forced_codec is not None:
            text, codec = b"\r".join(chunk.lines).decode("utf-8"), forced_codec
            if declared and "UTF" not in declared.upper() and "UNICODE" not in declared.upper():
                warnings.append(f"charset_mismatch:{charset_label(declared)}->{forced_codec}")
        else:
            text, codec, more = decode(b"\r".join(chunk.lines), declared, utf8_bom=bom)
            warnings.extend(more)
        message = split_message(text, codec)
    except HL7Error as exc:
        return [(None, MessageError(index, _msh10(msh), exc))]
    try:
        return [(message, r) for r in extract(message, index, warnings, headings, zone, sources)]
    except HL7Error as exc:
        return [(message, MessageError(index, _msh10(msh), exc))]
    except Exception as exc:
        err = UnparseableError(f"internal parser error: {type(exc).__name__}")
        err.__cause__ = exc
        return [(message, MessageError(index, _msh10(msh), err))]


# what a record compressed or archived by its producer starts with (Kafka's own compression is undone by the
# client: these are values packed before they were produced, or files sent as they were archived)
# (the offline readers tell files by the same bytes: triage.offline.compressed)
PACKED_MAGIC = {
    "gzip": b"\x1f\x8b",
    "zip": b"PK\x03\x04",
    "bzip2": b"BZh",
    "xz": b"\xfd7zXZ\x00",
    "zstd": b"\x28\xb5\x2f\xfd",
    "lz4": b"\x04\x22\x4d\x18",
}


def _packed(raw: bytes) -> str:
    """What a record without MSH is instead, when its first bytes tell: ``; it is gzip-compressed ...``
    (a compressed format's magic bytes), ``; it is a FHIR resource ...`` (JSON naming a resourceType)..."""
    for name, magic in PACKED_MAGIC.items():
        if raw.startswith(magic):
            return (
                f"; it is {name}-compressed: the producer packed the value itself (let the Kafka "
                f"client compress: compression.type), or sent an archived file"
            )
    head = raw[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"{") and b'"resourceType"' in head:
        return "; it is a FHIR resource (JSON): this topic takes HL7 v2 messages"
    if head.startswith((b"{", b"[")):
        return "; it is JSON: this topic takes HL7 v2 messages"
    if head.startswith(b"<"):
        return "; it is XML (HL7 v2 XML, CDA or FHIR XML?): this topic takes HL7 v2 messages in ER7 (pipes)"
    return ""


def _msh_field(msh: bytes, n: int) -> str:
    """MSH-n read straight from the bytes (ASCII), before the message is decoded."""
    sep = msh[3:4] or b"|"
    parts = msh.split(sep)
    if n - 1 >= len(parts):
        return ""
    value = parts[n - 1]
    enc = parts[1] if len(parts) > 1 else b""
    for delim in (enc[1:2], enc[0:1]):  # first repetition, first component
        if delim:
            value = value.split(delim)[0]
    return value.decode("ascii", errors="replace").strip()


def _msh18(msh: bytes) -> str:
    return _msh_field(msh, 18)


def _msh10(msh: bytes) -> str | None:
    return _msh_field(msh, 10) or None
