"""MLLP framing (HL7 v2 Minimal Lower Layer Protocol, release 2): ``0x0B <message> 0x1C 0x0D``.

`FrameDecoder` is incremental and bounded: it is fed whatever the socket returns and yields whole frames;
a frame larger than ``max_frame_bytes`` is not buffered but discarded up to its end block, and reported as
`Oversize` with the first bytes kept (enough to read MSH-10 for the AR). Bytes outside a frame (the CR after
an end block, keep-alive newlines) are skipped; other stray bytes are counted (`junk`) so the server can
drop a peer that is not speaking MLLP at all.

A start block followed by a message header (``MSH``, or a batch's ``FHS``/``BHS``) inside a frame means the
sender abandoned the frame half-written and started another on the same connection (Apache Camel's MLLP
reader refuses such a frame: "Received START_OF_BLOCK before END_OF_BLOCK"). The abandoned part is reported
as `Abandoned` (never a `Frame`: it is no whole message, so it is neither stored nor acknowledged, and the
sender, without its ACK, sends it again) and the frame restarts there. A 0x0B byte followed by anything else
stays data (half of a UTF-16 character, say).
"""

from __future__ import annotations

from dataclasses import dataclass

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
_RESTARTS = tuple(START_BLOCK + header for header in (b"MSH", b"FHS", b"BHS"))


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
        self.junk = 0  # stray bytes outside frames (not whitespace)

    @property
    def pending(self) -> int:
        """Bytes of an unfinished frame (buffered or discarded): > 0 means a sender stopped mid-frame."""
        return self._oversize or len(self._buf) + (1 if self._in_frame else 0)

    def feed(self, data: bytes) -> list[Event]:
        events: list[Event] = []
        pos, n = 0, len(data)
        while pos < n:
            if not self._in_frame:
                start = data.find(START_BLOCK, pos)
                stray = data[pos : n if start < 0 else start]
                self.junk += len(stray.translate(None, _SKIPPED))
                if start < 0:
                    break
                self._in_frame, pos = True, start + 1
                continue
            end = data.find(END_BLOCK, pos)
            chunk = data[pos : n if end < 0 else end]
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
            if end < 0:
                break
            if self._oversize:
                events.append(Oversize(self._oversize, self._head))
                self._oversize, self._head = 0, b""
            else:
                payload = bytes(self._buf)
                self._buf.clear()
                restart = max(payload.rfind(mark) for mark in _RESTARTS)
                if restart > 0:
                    events.append(Abandoned(restart, payload[: min(restart, HEAD_KEEP)]))
                if restart >= 0:  # (at 0: a doubled start block, nothing abandoned)
                    payload = payload[restart + 1 :]
                events.append(Frame(payload))
            self._in_frame, pos = False, end + 1
        return events
