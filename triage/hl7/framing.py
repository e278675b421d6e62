"""Record bytes → message chunks: MLLP framing, byte-order marks, line separators, batches.

Works on bytes, before any decoding, so every message of a record can be decoded with its own MSH-18
character set. Splitting on CR / LF is safe for every ASCII-compatible charset HL7 allows (the multi-byte
ones never use 0x0D or 0x0A inside a character); UTF-16/32 records are transcoded to UTF-8 first.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

MLLP_START = 0x0B
MLLP_END = 0x1C
BATCH_SEGMENTS = frozenset({b"FHS", b"BHS", b"BTS", b"FTS"})
_HEADERS = (b"MSH", b"FHS", b"BHS")
_SEGMENT_ID = re.compile(rb"[A-Z][A-Z0-9]{2}")
# "PID |..." (a space or tab between the segment id and the field separator), seen in hand-edited messages
_SPACED_ID = re.compile(rb"([A-Z][A-Z0-9]{2})[ \t]+")
# the start of a segment id cut off by the end of the file ("...\rOB")
_ID_PREFIX = re.compile(rb"[A-Z][A-Z0-9]{0,2}")
# parts (split on the field separator, the id included) a segment needs for its required fields to be there:
# MSH-12 version, PID-5 name, PV1-2 class, ORC-1 control, OBR-4 service, OBX-11 status. Only applied to
# the last segment of a record that ends without a segment terminator (a file cut off mid-segment).
MIN_PARTS = {b"MSH": 12, b"PID": 6, b"PV1": 3, b"ORC": 2, b"OBR": 5, b"OBX": 12}
_UTF16_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass(slots=True)
class MessageChunk:
    """The segment lines of one message (MSH first), still bytes, plus what framing noticed."""

    lines: list[bytes]
    warnings: list[str] = field(default_factory=list)
    forced_codec: str | None = None  # set when the record was transcoded (UTF-16/32) before splitting
    utf8_bom: bool = False


@dataclass(slots=True)
class Framing:
    chunks: list[MessageChunk]
    junk_lines: int = 0  # non-segment lines outside any message (before the first MSH, after BTS/FTS)
    open_batch: bool = False  # an FHS/BHS header without its BTS/FTS trailer
    last_continuation: bytes | None = None  # the record's last line, when it was glued on as a continuation


def unwrap(raw: bytes) -> tuple[bytes, str | None, bool]:
    """Remove MLLP framing and byte-order marks. Returns (data, forced_codec, had_utf8_bom).

    MLLP start/end bytes (0x0B, 0x1C) become line breaks, so several MLLP frames in one record simply
    become consecutive messages. A UTF-16/32 record (BOM, or NUL bytes around "MSH") is transcoded to
    UTF-8 here and `forced_codec` names the original encoding.
    """
    # UTF-16/32 first: there a 0x0B or 0x1C byte can be half of a character, so only the outer frame goes.
    head = raw.lstrip(b"\x0b\r\n\t ")
    wide = wide_codec(head)
    if wide is not None:
        tail = head.rstrip(b"\r\n")
        body = tail[:-1] if tail.endswith(b"\x1c") else head
        return _transcode(body, wide), wide, False
    data = raw
    if MLLP_START in data or MLLP_END in data:
        data = data.replace(b"\x0b", b"\r").replace(b"\x1c", b"\r")
    data = data.lstrip(b"\r\n\t ")
    bom = data.startswith(codecs.BOM_UTF8)
    if bom:
        data = data[3:]
    return data, None, bom


def wide_codec(data: bytes) -> str | None:
    """UTF-16/32 by byte-order mark, or by the NUL pattern of an unmarked UTF-16 "MSH"/"FHS"/"BHS"."""
    for bom, codec in _UTF16_BOMS:
        if data.startswith(bom):
            return codec
    if data[1:6:2] == b"\x00\x00\x00" and data[0:6:2] in _HEADERS:
        return "utf-16-le"
    if data[0:6:2] == b"\x00\x00\x00" and data[1:6:2] in _HEADERS:
        return "utf-16-be"
    return None


def _transcode(data: bytes, codec: str) -> bytes:
    """UTF-16/32 → UTF-8; a decoding failure is left to the caller (it raises UnicodeDecodeError)."""
    text = data.decode(codec)
    return text.replace("\x0b", "\r").replace("\x1c", "\r").encode("utf-8")


def message_records(raw: bytes) -> list[bytes]:
    """The messages of `raw` (a file, a batch, an MLLP capture) as one record each: MLLP blocks and
    FHS/BHS/BTS/FTS envelopes removed, each message's segments as split here, terminated by CR (so a batch of
    CR-terminated segments gives each message's bytes as they stand in it; a UTF-16/32 batch gives UTF-8).
    What `triage send` and the MLLP listener store; UnicodeDecodeError for a wide record that does not
    decode."""
    data, _, _ = unwrap(raw)
    return [b"\r".join(chunk.lines) + b"\r" for chunk in split_messages(data).chunks]


def batch_count_mismatch(raw: bytes) -> str | None:
    """Why the batch envelope of `raw` disagrees with what it holds, or None (also when it has no envelope).

    HL7 v2.5.1 chapter 2, section 2.10.3 (HL7 batch protocol): BTS-1 (batch message count, item 00093) is
    the count of the messages in its batch (MSH segments since its BHS) and FTS-1 (file batch count, item
    00079) the count of the batches in its file (BHS segments since its FHS; a file whose messages stand in
    no BHS is one batch). A count that disagrees means the batch received is not the batch sent (cut off,
    spliced, a message lost on the way): the receiver cannot tell which part is missing, so nothing of it is
    stored and the batch is refused as a whole (`triage send`: an error). The MLLP listener answers AE, not
    AR: in original-mode acknowledgment (v2.5.1 section 2.9.2, table 0008) AE is an error found in the
    message's content, AR a rejection for MSH-9/MSH-11/MSH-12 or for reasons unrelated to content (receiver
    down); and AE is this listener's "not stored: send again", the remedy for a batch cut on the way. An
    empty or absent count is not checked (both fields are optional); one that is not a whole number is."""
    try:
        data, _, _ = unwrap(raw)
    except UnicodeDecodeError:
        return None  # the caller reports the record itself as undecodable
    messages = batches = 0
    in_batch = loose = False  # loose: a message outside any BHS of the file (an implicit batch)
    for line in data.splitlines():
        line = line.strip().removeprefix(codecs.BOM_UTF8)
        head, sep = line[:3], line[3:4]
        if head == b"MSH":
            messages += 1
            loose = loose or not in_batch
        elif head in BATCH_SEGMENTS and (sep == b"" or not (sep.isalnum() or sep.isspace())):
            if head == b"FHS":
                batches, loose = 0, False
            elif head == b"BHS":
                in_batch, messages = True, 0
                batches += 1
            else:
                if head == b"BTS":
                    found, counted, what = messages, "messages", "BTS-1 (batch message count)"
                    in_batch = False
                else:
                    found, counted, what = batches + loose, "batches", "FTS-1 (file batch count)"
                count = line.split(sep)[1].strip() if sep else b""
                if not count:
                    continue
                if not count.isdigit():
                    return f"{what} {count[:20].decode('ascii', 'replace')!r} is not a count"
                holder = "batch" if head == b"BTS" else "file"
                if int(count) != found:
                    return f"{what} says {int(count)}, the {holder} holds {found} {counted}"
    return None


def split_messages(data: bytes) -> Framing:
    """Group lines into messages: each MSH starts one; FHS/BHS/BTS/FTS batch envelopes are dropped.

    A line that does not start with a segment id and the field separator continues the previous segment
    (a raw line break inside narrative text): it is re-attached with "\\n" and counted in the message's
    warnings, so no text is lost. A segment id followed by blanks before the separator (``PID |``) is read as
    that segment, the blanks dropped.
    """
    chunks: list[MessageChunk] = []
    current: list[bytes] | None = None
    continuations = 0
    junk = 0
    batch_depth = 0
    last_continuation: bytes | None = None
    sep = b"|"
    bom = codecs.BOM_UTF8
    for line in data.splitlines():
        if not line or line.isspace():
            continue
        last_continuation = None
        if line[:1] != b"M" and line.startswith(bom):
            line = line[3:]
        if line[3:4] in (b" ", b"\t"):
            line = _unspace(line, b"|" if line[:3] == b"MSH" else sep)
        head = line[:3]
        if head == b"MSH":
            if current is not None and continuations:
                chunks[-1].warnings.append(f"continuation_lines:{continuations}")
            continuations = 0
            sep = line[3:4] or b"|"
            current = [line]
            chunks.append(MessageChunk(current))
            continue
        if head in BATCH_SEGMENTS and line[3:4] in (sep, b""):
            batch_depth += 1 if head in (b"FHS", b"BHS") else -1
            if current is not None and continuations:
                chunks[-1].warnings.append(f"continuation_lines:{continuations}")
            continuations = 0
            current = None
            continue
        if current is None:
            junk += 1
            continue
        if (len(line) == 3 or line[3:4] == sep) and _SEGMENT_ID.match(line):
            current.append(line)
        else:
            stripped = line.lstrip()
            if stripped is not line and stripped[3:4] == sep and _SEGMENT_ID.match(stripped):
                current.append(stripped)
            else:
                current[-1] = current[-1] + b"\n" + line
                continuations += 1
                last_continuation = line
    if current is not None and continuations:
        chunks[-1].warnings.append(f"continuation_lines:{continuations}")
    return Framing(chunks, junk, open_batch=batch_depth > 0, last_continuation=last_continuation)


def _unspace(line: bytes, sep: bytes) -> bytes:
    """``PID |a|b`` → ``PID|a|b`` when blanks separate a segment id and the field separator; else as is."""
    match = _SPACED_ID.match(line)
    if match and line[match.end() : match.end() + 1] == sep:
        return match.group(1) + line[match.end() :]
    return line


def truncation(data: bytes, framing: Framing, *, mllp_open: bool = False) -> str | None:
    """Why the record looks cut off mid-message, as a warning (``truncated:<where>``), or None.

    ``truncated:mllp_frame``: an MLLP start block (0x0B) without its end block; ``truncated:batch``: an
    FHS/BHS header without its trailer; ``truncated:segment``: the record ends, without a segment terminator,
    inside a segment id or in a segment that lacks a required field (MIN_PARTS). An incomplete segment is the
    one case where the message itself is damaged (the others may only have lost an envelope)."""
    tail = data.rstrip(b" \t")
    if framing.chunks and not tail.endswith((b"\r", b"\n")):
        fragment = framing.last_continuation
        if fragment is not None:
            if _ID_PREFIX.fullmatch(fragment.strip()):
                return "truncated:segment"
        else:
            last = framing.chunks[-1].lines[-1]
            sep = framing.chunks[-1].lines[0][3:4] or b"|"
            need = MIN_PARTS.get(last[:3])
            if len(last) < 3 or (need is not None and len(last.split(sep)) < need):
                return "truncated:segment"
    if mllp_open:
        return "truncated:mllp_frame"
    if framing.open_batch:
        return "truncated:batch"
    return None
