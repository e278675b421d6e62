"""HL7 v2 original-mode acknowledgements: the incoming message's MSH → ``ACK`` bytes.

Only the MSH segment is read (never a patient field). The ACK keeps the sender's delimiters, swaps sending and
receiving application/facility, echoes MSH-9.2 (``ACK^R01^ACK``), MSH-11, MSH-12 and MSH-18 (the character set
of the bytes it echoes; ``UNICODE UTF-8`` for a UTF-16/32 frame, whose ACK is UTF-8), and carries ``MSA-1``
(AA accepted and stored, AE error: try again, AR rejected: do not resend as is; an FHS/BHS batch whose BTS-1
or FTS-1 count disagrees with what it holds is AE, nothing of it stored: hl7.framing.batch_count_mismatch)
and ``MSA-2`` = the message's MSH-10 (for an FHS/BHS batch sent in one frame: its batch control id, BHS-11
else FHS-11, else its first MSH-10). AE/AR also carry the reason in MSA-3 (until v2.7, which withdrew it:
ERR-8 then) and, for v2.5 and later, an ERR segment (ERR-3 from HL7 table 0357, ERR-4 severity E). MSH-9.3
(the message structure, ``ACK``) only from v2.3.1, which introduced it.

Enhanced acknowledgment mode (HL7 v2.5 chapter 2, 2.9.3; ``acknowledgments``): a message whose MSH-15
(accept acknowledgment type) or MSH-16 (application acknowledgment type) is valued is answered under the
conditions of HL7 table 0155 (AL always, NE never, ER only on an error or reject, SU only on success), with
at most ONE frame per message: clients that read one response per message (python-hl7's MLLPClient, Mirth's
LLP sender) would fall out of step with two. When MSH-15's condition holds, the accept (commit) ACK alone
goes out: MSA-1 CA (committed: the broker acknowledged the write), CE (not committed this time: resend) or CR
(never storable as sent), HL7 table 0008; it says all the listener knows, since its "processing" is that
write (the daemon decides later and answers nobody), and an application ACK after CE/CR would acknowledge a
message that was never stored. Only when MSH-15 asks for nothing (NE, or its condition is not met) is MSH-16
answered, under its own condition, with the original-mode code (AA, AE, AR). An unknown or empty condition in
enhanced mode is AL: the sender is told rather than left waiting. Both fields empty: original mode, one ACK
(AA/AE/AR), as before. The ACK carries no MSH-15 or MSH-16 (an acknowledgment is never acknowledged).
"""

from __future__ import annotations

import codecs
import itertools
import os
import re
import time
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from enum import StrEnum

# the daemon's rule for UTF-16/32 records (byte-order mark, or the NUL pattern of an unmarked UTF-16 "MSH"):
# the header check must accept exactly what the daemon parses
from triage.hl7.escape import encoding_problem
from triage.hl7.framing import wide_codec

DEFAULT_ENCODING = b"^~\\&"
DEFAULT_VERSION = b"2.5.1"
UTF8_CHARSET = b"UNICODE UTF-8"  # HL7 table 0211
_BOM = b"\xef\xbb\xbf"
_BATCH_HEADERS = (b"FHS", b"BHS")
_FIRST_MSH = re.compile(rb"(?:^|[\r\n])MSH")
_SEGMENT_END = re.compile(rb"\r\n|\r|\n")
WIDE_HEAD_BYTES = 16384  # of a UTF-16/32 frame, decoded to find its MSH segment (the rest is never decoded)


class AckCode(StrEnum):
    """MSA-1, HL7 table 0008: the original-mode / application codes and the enhanced-mode commit codes."""

    ACCEPT = "AA"  # stored: the broker acknowledged the write
    ERROR = "AE"  # not stored this time (broker down, timeout): the sender should resend
    REJECT = "AR"  # never storable as sent (not HL7, frame too large, no MSH-10)
    COMMIT_ACCEPT = "CA"  # enhanced mode, accept ACK: committed (the broker acknowledged the write)
    COMMIT_ERROR = "CE"  # enhanced mode, accept ACK: not committed this time, resend
    COMMIT_REJECT = "CR"  # enhanced mode, accept ACK: never storable as sent


# the accept (commit) ACK's code for an outcome
COMMIT_CODE = {
    AckCode.ACCEPT: AckCode.COMMIT_ACCEPT,
    AckCode.ERROR: AckCode.COMMIT_ERROR,
    AckCode.REJECT: AckCode.COMMIT_REJECT,
}
# HL7 table 0155 (accept/application acknowledgment conditions): whether an ACK goes out on success / failure
ACK_CONDITIONS = {
    b"AL": (True, True),  # always
    b"NE": (False, False),  # never
    b"ER": (False, True),  # error/reject conditions only
    b"SU": (True, False),  # successful completion only
}


# HL7 table 0357 (message error condition codes) used in ERR-3
ERR_CODES = {
    "not_hl7": (b"100", b"Segment sequence error"),
    "no_control_id": (b"101", b"Required field missing"),
    # a BTS-1/FTS-1 count that disagrees with the batch: its segments are not the sequence it declares
    "batch_count_mismatch": (b"100", b"Segment sequence error"),
    "frame_too_large": (b"207", b"Application internal error"),
    "broker_unavailable": (b"207", b"Application internal error"),
    "shutting_down": (b"207", b"Application internal error"),
}


@dataclass(frozen=True, slots=True)
class MshHeader:
    """The MSH fields an ACK needs, as raw bytes (in the sender's character set, passed back untouched; for a
    UTF-16/32 frame, transcoded to UTF-8: the ACK is 8-bit)."""

    field_sep: bytes
    encoding: bytes
    sending_application: bytes  # MSH-3
    sending_facility: bytes  # MSH-4
    receiving_application: bytes  # MSH-5
    receiving_facility: bytes  # MSH-6
    message_type: bytes  # MSH-9
    control_id: bytes  # MSH-10
    processing_id: bytes  # MSH-11
    version: bytes  # MSH-12
    charset: bytes = b""  # MSH-18, echoed in the ACK (for a UTF-16/32 frame: UNICODE UTF-8, the ACK's own)
    accept_ack_type: bytes = b""  # MSH-15 (table 0155): with MSH-16, empty both = original mode
    application_ack_type: bytes = b""  # MSH-16 (table 0155)
    empty_batch: bool = False  # an FHS/BHS batch holding no message: its fields come from the BHS/FHS
    batch: bool = False  # an FHS/BHS batch in one frame: its messages are stored one record each

    @property
    def control_id_text(self) -> str:
        """MSH-10 for logs and metrics (ASCII, at most 64 characters)."""
        return self.control_id.decode("ascii", errors="replace")[:64]


def read_header(payload: bytes) -> MshHeader | None:
    """The MSH of a framed message, or None when the payload does not start with an MSH segment (after an
    optional byte-order mark and blank lines). UTF-16/32 frames (by the daemon's rule, `triage.hl7.framing`)
    have their first WIDE_HEAD_BYTES decoded and the header read from that, as UTF-8; the payload itself is
    not changed."""
    data = payload.lstrip(b"\r\n\t ")
    wide = wide_codec(data)
    if wide is not None:
        data = _wide_head(data, wide).lstrip(b"\r\n\t ")
    elif data.startswith(_BOM):
        data = data[3:]
    header = _batch_header(data) if data[:3] in _BATCH_HEADERS else _msh_header(data)
    if header is not None and wide is not None:
        header = replace(header, charset=UTF8_CHARSET)  # the ACK is UTF-8: MSH-18 says what it is
    return header


def _batch_header(data: bytes) -> MshHeader | None:
    """An FHS/BHS batch in one frame (HL7 v2 2.10.3; the listener stores its messages one record each, as
    `triage send` does; marked `batch`): the ACK's fields come from the batch's first MSH, MSA-2 is the
    batch control id (BHS-11, else FHS-11) the sender filed the batch under, else that MSH-10. A batch
    without any MSH (an empty batch, BTS-1 = 0) takes its fields from its BHS (else
    FHS) and is marked `empty_batch`."""
    start = _FIRST_MSH.search(data)
    header = _msh_header(data[start.end() - 3 :]) if start else None
    if start is not None and header is None:
        return None
    control = b""
    batch_header = None
    for segment in _SEGMENT_END.split(data[: start.start()] if start else data):
        parts = segment.split(segment[3:4]) if segment[:3] in _BATCH_HEADERS and len(segment) > 3 else []
        if parts and header is None:  # an empty batch (BTS-1 = 0, legal): its header is the BHS (FHS)
            batch_header = _msh_header(b"MSH" + segment[3:])
        if len(parts) > 10 and parts[10].strip():  # XHS-11: parts[n - 1], as for MSH
            control = parts[10].strip()  # the BHS follows the FHS: the batch's own id wins
    if header is None:  # XHS-3..6 sit where MSH-3..6 do; XHS-9/10 are no type/control id: none read
        if batch_header is None:
            return None
        header = replace(
            batch_header, message_type=b"", control_id=b"", processing_id=b"", version=b"", empty_batch=True
        )
    return replace(header, control_id=control or header.control_id, batch=True)


def _msh_header(data: bytes) -> MshHeader | None:
    if not data.startswith(b"MSH") or len(data) < 8:
        return None
    sep = data[3:4]
    if sep.isalnum() or sep in b"\r\n\t ":
        return None
    end = min((i for i in (data.find(b"\r"), data.find(b"\n")) if i >= 0), default=len(data))
    parts = data[:end].split(sep)
    if len(parts) < 2 or not 1 <= len(parts[1]) <= 5:
        return None

    def msh(n: int) -> bytes:  # MSH-n: MSH-1 is the separator itself, so MSH-n is parts[n - 1]
        return parts[n - 1].strip() if n - 1 < len(parts) else b""

    return MshHeader(
        field_sep=sep,
        encoding=parts[1],
        sending_application=msh(3),
        sending_facility=msh(4),
        receiving_application=msh(5),
        receiving_facility=msh(6),
        message_type=msh(9),
        control_id=msh(10),
        processing_id=msh(11),
        version=msh(12),
        charset=msh(18),
        accept_ack_type=msh(15).upper(),
        application_ack_type=msh(16).upper(),
    )


def _wide_head(data: bytes, codec: str) -> bytes:
    """The start of a UTF-16/32 message as UTF-8 (a BOM is consumed by the codec; a character cut by the
    prefix is left out, undecodable units become U+FFFD: only the MSH segment is read from it)."""
    decoder = codecs.getincrementaldecoder(codec)(errors="replace")
    return decoder.decode(data[:WIDE_HEAD_BYTES], final=False).encode("utf-8")


_counter = itertools.count(1)
_PREFIX = f"{os.getpid() % 100_000:05d}{int(time.time()) % 100_000:05d}"


def next_control_id() -> str:
    """MSH-10 of an ACK: unique within the process, ≤ 20 characters (the v2.3 length of MSH-10)."""
    return f"TA{_PREFIX}{next(_counter) % 100_000_000:08d}"


def _escape(text: str, enc: bytes, sep: bytes) -> bytes:
    """Plain text → an HL7 field value (delimiters escaped; non-ASCII replaced: reasons are ASCII anyway)."""
    return _escape_bytes(text.encode("ascii", errors="replace"), enc, sep)


def _escape_bytes(value: bytes, enc: bytes, sep: bytes) -> bytes:
    """Literal bytes → an HL7 field value for these delimiters (v2.x 2.7: ``\\F\\ \\S\\ \\R\\ \\E\\ \\T\\``,
    ``\\P\\`` for v2.7 truncation, a line break ``\\.br\\``): one pass, no escape escaped twice."""
    esc = enc[2:3] or b"\\"
    codes = {sep: b"F", enc[0:1]: b"S", enc[1:2]: b"R", esc: b"E", enc[3:4]: b"T", enc[4:5]: b"P"}
    codes = {char: esc + code + esc for char, code in codes.items() if char}
    codes.update({b"\r\n": esc + b".br" + esc, b"\r": esc + b".br" + esc, b"\n": esc + b".br" + esc})
    pattern = re.compile(b"|".join(re.escape(char) for char in sorted(codes, key=len, reverse=True)))
    return pattern.sub(lambda m: codes[m.group(0)], value)


# the escape sequences other than delimiters (v2.x 2.7.2-2.7.6: hex data, highlighting, formatting, charset
# switches, local escapes), passed back as they came
_OTHER_ESCAPE = re.compile(
    rb"X[0-9A-Fa-f]+|[HN]|\.(?:br|fi|nf|ce)|\.(?:sp|sk|in|ti) ?[+-]?\d*|[CM][0-9A-Fa-f]{4,6}|Z.+"
)


def _recode(value: bytes, header: MshHeader, enc: bytes, sep: bytes) -> bytes:
    """A value echoed from the message as one ACK field value (MSA-2's MSH-10, an ST): the message's own
    escape sequences for delimiters (``\\S\\`` ...) become the character, any other escape (``\\X41\\``) is
    kept, and every delimiter left, raw in the message (``CTRL^1``) or unescaped here, is escaped with the
    ACK's characters, so the sender's engine reads MSA-2 as the one value it sent, not as components. A
    message whose own delimiters are malformed (the ACK falls back to the standard ones) has no escapes."""
    src_sep, src_enc = header.field_sep, header.encoding
    src_esc = src_enc[2:3]
    if not src_esc or encoding_problem(src_sep.decode("latin-1"), src_enc.decode("latin-1")) is not None:
        return _escape_bytes(value, enc, sep)
    chars = {b"F": src_sep, b"S": src_enc[0:1], b"R": src_enc[1:2], b"E": src_esc, b"T": src_enc[3:4]}
    chars[b"P"] = src_enc[4:5]
    dst_esc = enc[2:3] or b"\\"
    e = re.escape(src_esc)
    sequence = re.compile(e + b"([^" + e + b"\r\n]{1,64})" + e)
    out, pos = [], 0
    while (m := sequence.search(value, pos)) is not None:
        body = m.group(1)
        literal = chars.get(body)
        if literal:
            out += [_escape_bytes(value[pos : m.start()], enc, sep), _escape_bytes(literal, enc, sep)]
        elif _OTHER_ESCAPE.fullmatch(body):
            out += [_escape_bytes(value[pos : m.start()], enc, sep), dst_esc + body + dst_esc]
        else:  # ``C:\\ids\\9``: a backslash that starts no escape sequence is text; the next may start one
            out.append(_escape_bytes(value[pos : m.end() - 1], enc, sep))
            pos = m.end() - 1
            continue
        pos = m.end()
    out.append(_escape_bytes(value[pos:], enc, sep))
    return b"".join(out)


_ECHOED_MSH_FIELDS = (
    "sending_application",
    "sending_facility",
    "receiving_application",
    "receiving_facility",
    "processing_id",
    "version",
    "charset",
)


def build_ack(
    header: MshHeader | None,
    code: AckCode,
    *,
    reason: str | None = None,
    text: str | None = None,
    application: str = "TRIAGE",
    now: datetime | None = None,
    control_id: str | None = None,
) -> bytes:
    """ACK bytes (segments terminated by CR, not MLLP-framed). `reason` is a key of ERR_CODES (AE/AR only),
    `text` the human-readable MSA-3."""
    sep, enc = _delimiters(header)
    comp = enc[0:1] or b"^"
    if header is not None and (sep, enc) != (header.field_sep, header.encoding):
        # the message's delimiters are malformed and the ACK uses the standard ones: what it echoes in the
        # MSH is literal text to the ACK, escaped (a component split by garbled characters means nothing)
        header = replace(
            header,
            **{name: _escape_bytes(getattr(header, name), enc, sep) for name in _ECHOED_MSH_FIELDS},
        )
    app = application.encode("ascii", errors="replace")
    when = (now or datetime.now(UTC)).strftime("%Y%m%d%H%M%S+0000").encode()
    trigger = b""
    if header is not None:
        type_parts = header.message_type.split(comp)
        trigger = type_parts[1] if len(type_parts) > 1 else b""
    version = (header.version if header else b"") or DEFAULT_VERSION
    number = _version_number(version)
    if not trigger:
        msh9 = b"ACK"
    elif number is not None and number < (2, 3, 1):  # MSH-9.3, the message structure, came in v2.3.1
        msh9 = b"ACK" + comp + trigger
    else:
        msh9 = b"ACK" + comp + trigger + comp + b"ACK"
    msh = [
        b"MSH",
        enc,
        (header.receiving_application if header else b"") or app,
        (header.receiving_facility if header else b""),
        header.sending_application if header else b"",
        header.sending_facility if header else b"",
        when,
        b"",
        msh9,
        (control_id or next_control_id()).encode("ascii"),
        (header.processing_id if header else b"") or b"P",
        version,
    ]
    if header is not None and header.charset:
        # MSH-13..17 empty, MSH-18 the message's character set: the ACK echoes the message's bytes (MSH-3..6,
        # MSH-10), so it is in that set, and engines that pick a decoder by MSH-18 (HAPI's and NHapi's MLLP
        # readers) would read it as ASCII without it (HL7 v2.5 2.15.9.18: absent means ASCII)
        msh += [b""] * 5 + [header.charset]
    msa = [b"MSA", code.value.encode(), _recode(header.control_id, header, enc, sep) if header else b""]
    # MSA-3 (text message) was withdrawn in v2.7: from then on the text is ERR-8 (user message)
    text_in_err = number is not None and number >= (2, 7)
    if text and not text_in_err:
        msa.append(_escape(text, enc, sep))
    segments = [sep.join(msh), sep.join(msa)]
    failed = code not in (AckCode.ACCEPT, AckCode.COMMIT_ACCEPT)
    if failed and reason in ERR_CODES and number is not None and number >= (2, 5):
        err_code, label = ERR_CODES[reason]
        err3 = comp.join(_escape_bytes(part, enc, sep) for part in (err_code, label, b"HL70357"))
        err = [b"ERR", b"", b"", err3, b"E"]
        if text and text_in_err:
            err += [b"", b"", b"", _escape(text, enc, sep)]
        segments.append(sep.join(err))
    return b"\r".join(segments) + b"\r"


def is_enhanced(header: MshHeader | None) -> bool:
    """Enhanced acknowledgment mode: MSH-15 or MSH-16 valued (HL7 v2.5 2.9.3); else original mode."""
    return header is not None and bool(header.accept_ack_type or header.application_ack_type)


def _wanted(condition: bytes, success: bool) -> bool:
    """Whether table 0155 `condition` asks for an ACK of this outcome (unknown or empty: AL)."""
    on_success, on_failure = ACK_CONDITIONS.get(condition, (True, True))
    return on_success if success else on_failure


def acknowledgments(
    header: MshHeader | None,
    code: AckCode,
    *,
    reason: str | None = None,
    text: str | None = None,
    application: str = "TRIAGE",
    now: datetime | None = None,
) -> list[bytes]:
    """The ACK that answers a message whose outcome is `code` (AA, AE or AR), as a list of none or one:
    at most one frame per message on an MLLP connection. Original mode: the ACK. Enhanced mode: the accept ACK
    (CA/CE/CR) when MSH-15's condition asks for it, else the application ACK (`code`) when MSH-16's does, else
    none (module docstring)."""
    answer = answer_code(header, code)
    if answer is None:
        return []
    return [build_ack(header, answer, reason=reason, text=text, application=application, now=now)]


def answer_code(header: MshHeader | None, code: AckCode) -> AckCode | None:
    """MSA-1 of the ACK that answers an outcome `code` (AA, AE or AR): `code` itself in original mode; in
    enhanced mode the accept code (CA/CE/CR) when MSH-15's condition holds, else `code` when MSH-16's does,
    else None (no ACK is sent). What `acknowledgments` sends and the listener's metric counts."""
    if not is_enhanced(header):
        return code
    assert header is not None
    success = code is AckCode.ACCEPT
    if _wanted(header.accept_ack_type, success):
        return COMMIT_CODE[code]
    if _wanted(header.application_ack_type, success):
        return code
    return None


def _delimiters(header: MshHeader | None) -> tuple[bytes, bytes]:
    """(field separator, encoding characters) of the ACK: the message's own, unless they are malformed
    (triage.hl7.escape.encoding_problem, e.g. MSH-2 ``~\\&``: the daemon dead-letters such a message as
    unparseable); then the standard ``|`` and ``^~\\&``, so the sender can read its ACK."""
    if header is None or not header.encoding:
        return b"|", DEFAULT_ENCODING
    sep, enc = header.field_sep.decode("latin-1"), header.encoding.decode("latin-1")
    if encoding_problem(sep, enc) is not None:
        return b"|", DEFAULT_ENCODING
    return header.field_sep, header.encoding


def _version_number(version: bytes) -> tuple[int, ...] | None:
    """MSH-12.1 as numbers (``2.3.1`` → (2, 3, 1)), or None when it is not a version number."""
    head = version.split(b"^")[0].decode("ascii", errors="replace").strip()
    try:
        return tuple(int(x) for x in head.split("."))
    except ValueError:
        return None
