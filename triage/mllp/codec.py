"""MLLP framing (HL7 v2 Minimal Lower Layer Protocol, release 2): ``0x0B <message> 0x1C 0x0D``.

`FrameDecoder` is incremental and bounded: it is fed whatever the socket returns and yields whole frames;
a frame larger than ``max_frame_bytes`` is not buffered but discarded up to its end block, and reported as
`Oversize` with the first bytes kept (enough to read MSH-10 for the AR). Bytes outside a frame (the CR after
an end block, keep-alive newlines) are skipped; other stray bytes are counted (`junk`) so the server can
drop a peer that is not speaking MLLP at all.

A start block followed by a message header (``MSH``, or a batch's ``FHS``/``BHS``; blank lines or a UTF-8
byte-order mark between them allowed) inside a frame means the sender abandoned the frame half-written and
started another on the same connection (Apache Camel's MLLP reader refuses such a frame: "Received
START_OF_BLOCK before END_OF_BLOCK"). The abandoned part is reported
as `Abandoned` (never a `Frame`: it is no whole message, so it is neither stored nor acknowledged, and the
sender, without its ACK, sends it again) and the frame restarts there. A 0x0B byte followed by anything else
stays data (half of a UTF-16 character, say).

In a UTF-16/32 frame (told by the daemon's rule, triage.hl7.framing: a byte-order mark or the NUL pattern of
"MSH") a 0x1C byte is half of a character as often as not (U+4E1C, U+041C Cyrillic EM, U+AC1C Hangul...):
there the end block is a 0x1C on a character boundary followed by the CR, and any other 0x1C is data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from triage.hl7.framing import wide_codec

START_BLOCK = b"\x0b"
END_BLOCK = b"\x1c"
CARRIAGE_RETURN = b"\r"
HEAD_KEEP = 4096  # bytes of an oversized frame kept for its MSH segment
_SKIPPED = b"\r\n\t "


@dataclass(frozen=True, slots=True)
class Frame:
    payload: bytes  # the message bytes between the start and end blocks, untouched


@dataclass(frozen=True, slots=True)
class Oversize:
    size: int  # bytes of the whole frame, all discarded
    head: bytes  # its first HEAD_KEEP bytes


@dataclass(frozen=True, slots=True)
class Abandoned:
    size: int  # bytes of the abandoned part (after its start block), all discarded
    head: bytes  # its first HEAD_KEEP bytes (for its MSH-10 in the log)


Event = Frame | Oversize | Abandoned
# a start block that begins a message or batch header: the frame before it was abandoned by its sender
# (blank lines or a UTF-8 byte-order mark between them allowed, as before a frame's first header)
_RESTART = re.compile(rb"\x0b[\r\n\t ]*(?:\xef\xbb\xbf)?(?:MSH|FHS|BHS)")
# what may follow a UTF-16/32 frame's 0x1C 0x0D for it to be the end block (b"": nothing yet): U+0D1C, say,
# is 1C 0D in UTF-16LE too, but then the next character follows
_AFTER_END = (b"", START_BLOCK, CARRIAGE_RETURN, b"\n")


def frame(payload: bytes) -> bytes:
    """Wrap one message in MLLP start/end blocks."""
    return START_BLOCK + payload + END_BLOCK + CARRIAGE_RETURN


class FrameDecoder:
    def __init__(self, max_frame_bytes: int) -> None:
        self.max_frame_bytes = max_frame_bytes
        self._buf = bytearray()
        self._in_frame = False
        self._oversize = 0  # > 0 while discarding an oversized frame: its size so far
        self._head = b""
        self._unit = 0  # bytes per character of the current frame: 1, 2 (UTF-16), 4 (UTF-32); 0 unknown yet
        self._held = False  # a UTF-16/32 frame's 0x1C ended the last read: the next byte tells if it ends it
        self.junk = 0  # stray bytes outside frames (not whitespace)

    @property
    def pending(self) -> int:
        """Bytes of an unfinished frame (buffered or discarded): > 0 means a sender stopped mid-frame."""
        return self._oversize or len(self._buf) + (1 if self._in_frame else 0)

    def feed(self, data: bytes) -> list[Event]:
        events: list[Event] = []
        pos, n = 0, len(data)
        if self._held and n:
            self._held = False
            if data[:1] == CARRIAGE_RETURN and data[1:2] in _AFTER_END:
                self._finish(events)  # the CR itself is skipped outside the frame below
            else:
                self._add(END_BLOCK)
        while pos < n:
            if not self._in_frame:
                start = data.find(START_BLOCK, pos)
                stray = data[pos : n if start < 0 else start]
                self.junk += len(stray.translate(None, _SKIPPED))
                if start < 0:
                    break
                self._in_frame, pos = True, start + 1
                continue
            end = self._end(data, pos)
            if end == n - 1 and self._unit > 1 and data[end:] == END_BLOCK:  # undecided until the next byte
                self._add(data[pos:end])
                self._held = True
                break
            self._add(data[pos : n if end < 0 else end])
            if end < 0:
                break
            self._finish(events)
            pos = end + 1
        return events

    def _end(self, data: bytes, pos: int) -> int:
        """Where the current frame's end block is in `data` (from `pos`), or -1. In a UTF-16/32 frame only a
        0x1C on a character boundary, followed by CR and then nothing, a start block, CR or LF, counts (or a
        0x1C ending `data`: the caller holds it)."""
        end = data.find(END_BLOCK, pos)
        if end < 0 or self._frame_unit(data, pos, end) == 1:
            return end
        size = self._oversize or len(self._buf)
        while end >= 0:
            aligned = (size + end - pos) % self._unit == 0
            if (
                aligned
                and data[end + 1 : end + 2] in (CARRIAGE_RETURN, b"")
                and data[end + 2 : end + 3] in _AFTER_END
            ):
                return end
            end = data.find(END_BLOCK, end + 1)
        return -1

    def _frame_unit(self, data: bytes, pos: int, end: int) -> int:
        """Bytes per character of the current frame, from its first bytes (1 while too few are known)."""
        if not self._unit:
            first = bytes(self._head if self._oversize else self._buf[:8]) + data[pos : min(end, pos + 8)]
            codec = wide_codec(first)
            if codec is None and len(first) < 6:
                return 1  # not yet told (an unmarked UTF-16 "MSH" needs 6 bytes)
            self._unit = 1 if codec is None else 4 if "32" in codec else 2
        return self._unit

    def _add(self, chunk: bytes) -> None:
        """Buffer `chunk` of the current frame, or count it once the frame is over the limit."""
        if self._oversize:
            self._oversize += len(chunk)
        elif len(self._buf) + len(chunk) > self.max_frame_bytes:
            self._head = (
                bytes(self._buf[:HEAD_KEEP])
                if len(self._buf) >= HEAD_KEEP
                else (bytes(self._buf) + chunk[: HEAD_KEEP - len(self._buf)])
            )
            self._oversize = len(self._buf) + len(chunk)
            self._buf.clear()
        else:
            self._buf += chunk

    def _finish(self, events: list[Event]) -> None:
        """The current frame ended: its event(s), and the decoder outside a frame again."""
        if self._oversize:
            events.append(Oversize(self._oversize, self._head))
            self._oversize, self._head = 0, b""
        else:
            payload = bytes(self._buf)
            self._buf.clear()
            restart = max((m.start() for m in _RESTART.finditer(payload)), default=-1)
            if restart > 0:
                events.append(Abandoned(restart, payload[: min(restart, HEAD_KEEP)]))
            if restart >= 0:  # (at 0: a doubled start block, nothing abandoned)
                payload = payload[restart + 1 :]
            events.append(Frame(payload))
        self._in_frame, self._unit = False, 0
