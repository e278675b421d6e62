r"""Mutated HL7 v2 records for fuzzing the daemon's pass (benchmarks/fuzz.py, tests/test_fuzz_processor.py).

Each mutation takes the bytes of a Kafka record value (normally a valid ORU^R01 from
``triage.offline.synth.oru.synth_stream``) and a ``random.Random`` and returns new bytes; ``KINDS`` names
them all:

* ``byte_flip``       1-16 random bits flipped anywhere (delimiters, segment ids, text);
* ``truncate``        cut at a random byte (also inside a multi-byte character; sometimes to nothing);
* ``separator_swap``  CR→LF/CRLF/none, ``|``↔``^``, odd MSH-1/MSH-2 encoding characters, stray separators;
* ``huge_field``      one field (text, accession, MSH-10, patient name, …) grown to 20 KB-1.2 MB;
* ``deep_repetition`` thousands of repetitions/components/subcomponents, OBX segments or escape sequences;
* ``bad_encoding``    wrong MSH-18, Latin-1 / cp1252 / UTF-16 / EBCDIC bytes, invalid UTF-8, BOMs;
* ``mllp_framing``    MLLP start/end bytes (0x0B, 0x1C 0x0D) at random places, nested or half frames;
* ``nul_bytes``       NULs inserted (a few, or a UTF-16-like pattern, or a binary block);
* ``lone_surrogate``  text that decodes to a lone UTF-16 surrogate (raw ``ED A0 80``, ``\XEDA080\``, UTF-16);
* ``escape_garbage``  unterminated / huge / odd HL7 escape sequences (``\X..\``, ``\.sp 99999\`` …);
* ``segment_chaos``   segments dropped, duplicated, shuffled, renamed; MSH missing or repeated;
* ``field_chaos``     identifiers emptied, odd result status, impossible timestamps, odd message types;
* ``batch_wrap``      FHS/BHS/BTS/FTS envelopes, broken ones, several messages in one record;
* ``unicode_text``    emoji, RTL marks, combining and zero-width characters, full-width digits;
* ``control_chars``   C0/C1 control characters and DEL in fields;
* ``splice``          the head of this record glued to the tail of another;
* ``degenerate``      empty, whitespace, a bare ``MSH|``, a lone separator, random bytes;
* ``stacked``         2-4 of the above in sequence.

Pure and deterministic: ``mutants(bases, n, seed=s)`` gives the same list for the same inputs, and mutant
``i`` is reproducible alone with ``mutant(bases, i, seed=s)`` (each has its own ``random.Random``).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass

Mutation = Callable[[bytes, random.Random], bytes]

_SEGMENT_IDS = (b"MSH", b"PID", b"PV1", b"ORC", b"OBR", b"OBX", b"NTE", b"EVN", b"ZZZ")


@dataclass(frozen=True, slots=True)
class Mutant:
    """One fuzz input: `kind` (a name in KINDS), the record key and value, `base` = index of the base record
    it was made from, `index` = its position in the seeded sequence (reproduce with `mutant`)."""

    kind: str
    key: bytes | None
    value: bytes
    base: int
    index: int


# ---- helpers -------------------------------------------------------------------------------------------
def _segments(data: bytes) -> list[bytes]:
    return data.replace(b"\r\n", b"\r").replace(b"\n", b"\r").split(b"\r")


def _join(segments: Sequence[bytes]) -> bytes:
    return b"\r".join(segments)


def _pick_segment(segs: list[bytes], rng: random.Random, prefer: bytes | None = None) -> int:
    idx = [i for i, s in enumerate(segs) if prefer is not None and s.startswith(prefer)]
    if idx and rng.random() < 0.7:
        return rng.choice(idx)
    return rng.randrange(len(segs)) if segs else 0


def _set_field(data: bytes, segment: bytes, field: int, value: bytes) -> bytes:
    """Set field `field` of the first `segment` (MSH counts MSH-1 as the separator); adds the segment/fields
    when missing."""
    segs = _segments(data)
    for i, seg in enumerate(segs):
        if seg.startswith(segment):
            parts = seg.split(b"|")
            pos = field - 1 if segment == b"MSH" else field
            while len(parts) <= pos:
                parts.append(b"")
            parts[pos] = value
            segs[i] = b"|".join(parts)
            return _join(segs)
    return _join([*segs, segment + b"|" * field + value])


def _insert(data: bytes, rng: random.Random, chunk: bytes) -> bytes:
    pos = rng.randrange(len(data) + 1)
    return data[:pos] + chunk + data[pos:]


def _random_text(rng: random.Random, size: int) -> bytes:
    style = rng.randrange(4)
    if style == 0:  # one word over and over (cheap to tokenize, long to read)
        word = rng.choice((b"hemorrhage ", b"no ", b"subdural ", b"normal ", b"bleed. "))
        return (word * (size // len(word) + 1))[:size]
    if style == 1:  # no spaces at all (one giant token)
        return b"x" * size
    if style == 2:  # sentences
        sentence = b"Acute subdural hematoma along the left convexity. No midline shift. "
        return (sentence * (size // len(sentence) + 1))[:size]
    block = bytes(rng.randrange(32, 127) for _ in range(2048))  # printable noise
    return (block * (size // 2048 + 1))[:size]


# ---- mutations -----------------------------------------------------------------------------------------
def byte_flip(data: bytes, rng: random.Random) -> bytes:
    if not data:
        return bytes([rng.randrange(256)])
    buf = bytearray(data)
    for _ in range(rng.randint(1, 16)):
        buf[rng.randrange(len(buf))] ^= 1 << rng.randrange(8)
    return bytes(buf)


def truncate(data: bytes, rng: random.Random) -> bytes:
    if rng.random() < 0.05 or len(data) < 2:
        return data[: rng.randrange(4)]
    return data[: rng.randrange(1, len(data))]


def separator_swap(data: bytes, rng: random.Random) -> bytes:
    choice = rng.randrange(8)
    if choice == 0:
        return data.replace(b"\r", rng.choice((b"\n", b"\r\n", b"\n\r", b"", b"\r\r\r")))
    if choice == 1:
        return data.replace(b"|", b"\x00TMP").replace(b"^", b"|").replace(b"\x00TMP", b"^")
    if choice == 2:  # odd MSH-1 (the field separator) and MSH-2 (encoding characters)
        sep = rng.choice((b"^", b"~", b"\\", b"&", b"#", b"A", b" ", b"\xc3\xa9", b"\x00", b"\r", b""))
        rest = data[4:] if data.startswith(b"MSH|") else data
        return b"MSH" + sep + rest
    if choice == 3:
        enc = rng.choice((b"", b"^", b"^~", b"||||", b"^^^^", b"\\\\\\\\", b"^~\\&#%$", b"\xff\xfe", b"abcd"))
        segs = _segments(data)
        if segs and segs[0].startswith(b"MSH|"):
            parts = segs[0].split(b"|")
            if len(parts) > 1:
                parts[1] = enc
            segs[0] = b"|".join(parts)
        return _join(segs)
    if choice == 4:  # stray separators sprinkled
        out = data
        for _ in range(rng.randint(1, 30)):
            out = _insert(out, rng, rng.choice((b"|", b"^", b"~", b"&", b"\\", b"\r", b"\n")))
        return out
    if choice == 5:  # one delimiter everywhere replaced by another
        a, b = rng.sample((b"|", b"^", b"~", b"&", b"\\"), 2)
        return data.replace(a, b)
    if choice == 6:  # separators removed
        return data.replace(rng.choice((b"|", b"^", b"\r")), b"")
    return data.replace(b"\r", b"\r" * rng.randint(2, 50))


def huge_field(data: bytes, rng: random.Random) -> bytes:
    big = rng.random() < 0.03
    size = rng.randint(1_000_000, 1_200_000) if big else int(rng.triangular(20_000, 200_000, 20_000))
    blob = _random_text(rng, size).replace(b"|", b" ").replace(b"\r", b" ")
    target = rng.randrange(7)
    if target == 0:
        return _set_field(data, b"OBR", 18, blob[: rng.choice((300, 5_000, size))])  # accession
    if target == 1:
        return _set_field(data, b"MSH", 10, blob[: rng.choice((300, 5_000, size))])  # control id
    if target == 2:
        return _set_field(data, b"PID", 5, blob)  # patient name
    if target == 3:
        return _set_field(data, b"OBR", 4, b"CTHEAD^" + blob)  # procedure text
    if target == 4:
        return _set_field(data, b"MSH", 18, blob[:50_000])  # charset name
    segs = _segments(data)
    obx = [i for i, s in enumerate(segs) if s.startswith(b"OBX")]
    if obx:  # the report text (scored, read by the rule tier)
        i = rng.choice(obx)
        parts = segs[i].split(b"|")
        while len(parts) <= 5:
            parts.append(b"")
        parts[5] = b"IMPRESSION: " + blob
        segs[i] = b"|".join(parts)
        return _join(segs)
    return data + b"\rOBX|1|TX|||" + blob + b"||||||F\r"


def deep_repetition(data: bytes, rng: random.Random) -> bytes:
    n = rng.choice((100, 1_000, 10_000, 50_000))
    choice = rng.randrange(7)
    if choice == 0:
        return _set_field(data, b"PID", 3, b"~".join([b"123^^^H^MR"] * n))
    if choice == 1:
        return _set_field(data, b"OBR", 18, b"^" * n + b"A1")
    if choice == 2:
        return _set_field(data, b"OBR", 4, b"&" * n)
    if choice == 3:  # many OBX segments
        segs = _segments(data)
        obx = [s for s in segs if s.startswith(b"OBX")] or [b"OBX|1|TX|||no bleed||||||F"]
        return _join(segs + obx * max(1, min(n, 5_000) // len(obx)))
    if choice == 4:  # many messages in one record
        return (data.rstrip(b"\r") + b"\r") * rng.choice((2, 10, 60))
    if choice == 5:
        return _set_field(data, b"OBX", 5, b"\\E\\" * n)
    return _set_field(data, b"OBX", 5, b"~".join([b"no acute hemorrhage"] * min(n, 10_000)))


def bad_encoding(data: bytes, rng: random.Random) -> bytes:
    choice = rng.randrange(9)
    if choice == 0:  # a charset name that does not match the bytes
        name = rng.choice(
            (
                b"UNICODE UTF-16",
                b"UNICODE UTF-32",
                b"GB 18030-2000",
                b"ISO IR87",
                b"BIG-5",
                b"8859/1",
                b"KS X 1001",
                b"NOT A CHARSET",
                b"ISO IR14",
                b"UTF-7",
                b"rot13",
                b"base64",
            )
        )
        return _set_field(data, b"MSH", 18, name)
    if choice == 1:  # Latin-1 / cp1252 bytes in a UTF-8 message
        out = data
        for _ in range(rng.randint(1, 20)):
            out = _insert(out, rng, bytes([rng.randrange(0x80, 0x100)]))
        return _set_field(out, b"MSH", 18, rng.choice((b"UNICODE UTF-8", b"", b"ASCII")))
    if choice == 2:
        return data.decode("latin-1").encode(rng.choice(("utf-16", "utf-16-le", "utf-16-be", "utf-32")))
    if choice == 3:
        return data.decode("latin-1").encode("cp500")  # EBCDIC
    if choice == 4:  # invalid UTF-8 sequences
        bad = rng.choice(
            (b"\xc3", b"\xe2\x82", b"\xf0\x9f\x98", b"\xc0\xaf", b"\xf8\x88\x80\x80\x80", b"\xff")
        )
        return _insert(data, rng, bad)
    if choice == 5:  # a BOM in the wrong place
        return _insert(
            data, rng, rng.choice((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\xff\xfe\x00\x00"))
        )
    if choice == 6:  # multi-byte charset declared and garbage bytes
        return _set_field(
            _insert(data, rng, bytes(rng.randrange(256) for _ in range(8))),
            b"MSH",
            18,
            rng.choice((b"GB 18030-2000", b"ISO IR87", b"KS X 1001", b"BIG-5")),
        )
    if choice == 7:  # UTF-16 without a BOM
        return data.decode("latin-1").encode(rng.choice(("utf-16-le", "utf-16-be")))
    return data.decode("latin-1").encode("utf-8")  # double-encoded (mojibake of any high byte)


def mllp_framing(data: bytes, rng: random.Random) -> bytes:
    choice = rng.randrange(6)
    if choice == 0:
        return b"\x0b" + data + b"\x1c\r"
    if choice == 1:
        return b"\x0b" + data  # start block only
    if choice == 2:
        return data + b"\x1c\r"  # end block only
    if choice == 3:  # nested / repeated frames
        return b"\x0b\x0b" + data + b"\x1c\r\x0b" + data + b"\x1c\r\x1c\r"
    out = data
    for _ in range(rng.randint(1, 10)):
        out = _insert(out, rng, rng.choice((b"\x0b", b"\x1c", b"\x1c\r", b"\x0b\x1c")))
    return out


def nul_bytes(data: bytes, rng: random.Random) -> bytes:
    choice = rng.randrange(4)
    if choice == 0:
        out = data
        for _ in range(rng.randint(1, 5)):
            out = _insert(out, rng, b"\x00")
        return out
    if choice == 1:
        return _insert(data, rng, b"\x00" * rng.choice((16, 1_000, 100_000)))
    if choice == 2:  # NUL between every byte around MSH (looks like UTF-16 without a BOM)
        head = bytes(b for c in data[:40] for b in (c, 0))
        return head + data[40:]
    return data.replace(b"|", b"|\x00")


def lone_surrogate(data: bytes, rng: random.Random) -> bytes:
    choice = rng.randrange(5)
    if choice == 0:  # raw CESU-8 / WTF-8 surrogate bytes in the text
        payload = rng.choice((b"\xed\xa0\x80", b"\xed\xbf\xbf", b"\xed\xa0\xbd\xed\xb8\x80"))
        return _set_field(data, b"OBX", 5, b"IMPRESSION: acute bleed " + payload + b" here")
    if choice == 1:  # HL7 hex escape of the same bytes
        return _set_field(data, b"OBX", 5, b"IMPRESSION: acute bleed \\XEDA080\\ \\XD800\\ here")
    if choice == 2:  # a lone surrogate in a UTF-16 message
        text = data.decode("latin-1") + "OBX|9|TX|||IMPRESSION: \ud800 bleed||||||F\r"
        return text.encode("utf-16-le", "surrogatepass")
    if choice == 3:  # in an identifier
        return _set_field(data, b"OBR", 18, b"A12\xed\xa0\x8034")
    return _set_field(data, b"MSH", 10, b"\\XEDB080\\")


def escape_garbage(data: bytes, rng: random.Random) -> bytes:
    garbage = rng.choice(
        (
            b"\\",
            b"\\X",
            b"\\X0\\",
            b"\\XZZ\\",
            b"\\X" + b"41" * 500 + b"\\",
            b"\\.sp 999999999\\",
            b"\\.sk -99999\\",
            b"\\.sp\\" * 1000,
            b"\\E\\E\\E\\",
            b"\\C2842\\",
            b"\\M244041\\",
            b"\\Z" * 100,
            b"\\H\\\\N\\" * 200,
            b"\\" * 5000,
            b"\\.br\\" * 20_000,
            b"\\X00\\",
            b"\\X0D0A\\",
            b"\\F\\\\S\\\\R\\" * 50,
        )
    )
    return _set_field(
        data, rng.choice((b"OBX", b"OBR", b"PID", b"MSH")), rng.choice((3, 4, 5, 10, 18)), garbage
    )


def segment_chaos(data: bytes, rng: random.Random) -> bytes:
    segs = [s for s in _segments(data) if s]
    if not segs:
        return data
    choice = rng.randrange(7)
    if choice == 0:
        del segs[_pick_segment(segs, rng)]
    elif choice == 1:
        i = _pick_segment(segs, rng)
        segs.insert(i, segs[i])
    elif choice == 2:
        rng.shuffle(segs)
    elif choice == 3:  # a renamed segment id
        i = _pick_segment(segs, rng)
        segs[i] = rng.choice((*_SEGMENT_IDS, b"msh", b"M", b"", b"OB", b"\xc3\xa9XX")) + segs[i][3:]
    elif choice == 4:  # MSH gone
        segs = [s for s in segs if not s.startswith(b"MSH")]
    elif choice == 5:  # MSH twice in one message with nothing between
        segs.insert(0, segs[0])
    else:  # only MSH and OBX, or only MSH
        segs = [s for s in segs if s.startswith((b"MSH", b"OBX"))][: rng.choice((1, 3, 50))]
    return _join(segs) + b"\r"


def field_chaos(data: bytes, rng: random.Random) -> bytes:
    choice = rng.randrange(8)
    if choice == 0:  # no accession anywhere
        out = _set_field(data, b"OBR", 18, b"")
        out = _set_field(out, b"OBR", 3, b"")
        return _set_field(out, b"OBR", 2, b"")
    if choice == 1:
        status = rng.choice((b"Z", b"", b"FF", b"f", b"\xc3\x89", b"C~F", b"X^Y", b"1"))
        return _set_field(data, b"OBR", 25, status)
    if choice == 2:
        ts = rng.choice(
            (
                b"99999999999999",
                b"20240230",
                b"00000000",
                b"2024",
                b"20241301+9999",
                b"1",
                b"-1",
                b"2024-01-01T00:00:00Z",
                b"20240101120000.123456789-2500",
                b"\xff\xff",
            )
        )
        return _set_field(data, rng.choice((b"MSH", b"OBR")), rng.choice((7, 22)), ts)
    if choice == 3:
        mtype = rng.choice((b"", b"ORU", b"ORU^R01^ORU_R01^X^Y", b"ADT^A08", b"ACK", b"oru^r01", b"ORU~ADT"))
        return _set_field(data, b"MSH", 9, mtype)
    if choice == 4:
        return _set_field(data, b"MSH", 12, rng.choice((b"", b"9.9", b"2.3~2.5", b"\xff", b"2.5.1" * 1000)))
    if choice == 5:  # empty MSH-10
        return _set_field(data, b"MSH", 10, b"")
    if choice == 6:  # a procedure code that is or is not a head CT
        return _set_field(data, b"OBR", 4, rng.choice((b"", b"^", b"CTHEAD", b"XR^CHEST", b"^^^^^^^^")))
    return _set_field(data, b"OBX", 2, rng.choice((b"ED", b"NM", b"", b"RP", b"FT")))


def batch_wrap(data: bytes, rng: random.Random) -> bytes:
    body = data.rstrip(b"\r") + b"\r"
    choice = rng.randrange(4)
    head = b"FHS|^~\\&|RIS\rBHS|^~\\&|RIS\r"
    tail = b"BTS|1\rFTS|1\r"
    if choice == 0:
        return head + body + tail
    if choice == 1:
        return head + body  # no trailer
    if choice == 2:
        return body + tail  # no header
    return head + body * rng.randint(2, 5) + b"BTS|999\rFTS|\r" + body


def unicode_text(data: bytes, rng: random.Random) -> bytes:
    junk = rng.choice(
        (
            "🧠🩸",
            "\u202eegahrromeh\u202c",
            "he\u0301\u0301\u0301morrhage",
            "bl\u200beed",
            "ＡＣＵＴＥ",
            "\ufeff",
            "\U0010ffff",
            "ß" * 100,
            "ǅ",
            "Ⅻ",
            "\u0000",
            "\u2028\u2029",
            "ﬁ" * 50,
        )
    )
    target = rng.choice(((b"OBX", 5), (b"OBR", 18), (b"MSH", 10), (b"PID", 5), (b"OBR", 4)))
    return _set_field(data, target[0], target[1], ("IMPRESSION: " + junk).encode("utf-8"))


def control_chars(data: bytes, rng: random.Random) -> bytes:
    out = data
    for _ in range(rng.randint(1, 40)):
        out = _insert(out, rng, bytes([rng.choice((*range(1, 9), 0x0C, *range(0x0E, 0x20), 0x7F))]))
    return out


def splice(data: bytes, rng: random.Random) -> bytes:
    cut = rng.randrange(len(data) + 1)
    other = data[::-1] if rng.random() < 0.3 else data
    return data[:cut] + other[rng.randrange(len(other) + 1) :]


def degenerate(data: bytes, rng: random.Random) -> bytes:
    return rng.choice(
        (
            b"",
            b" ",
            b"\r\n\r\n",
            b"MSH|",
            b"MSH",
            b"|",
            b"MSH|^~\\&",
            b"\x0b\x1c\r",
            b"\x00",
            bytes(rng.randrange(256) for _ in range(rng.choice((1, 64, 4096)))),
            b"MSH|^~\\&|||||||ORU^R01|1|P|2.5.1\r",
            b"MSH|^~\\&|||||||ORU^R01|1|P|2.5.1\rOBR|1\rOBX|1|TX|||\r",
        )
    )


MUTATIONS: dict[str, Mutation] = {
    "byte_flip": byte_flip,
    "truncate": truncate,
    "separator_swap": separator_swap,
    "huge_field": huge_field,
    "deep_repetition": deep_repetition,
    "bad_encoding": bad_encoding,
    "mllp_framing": mllp_framing,
    "nul_bytes": nul_bytes,
    "lone_surrogate": lone_surrogate,
    "escape_garbage": escape_garbage,
    "segment_chaos": segment_chaos,
    "field_chaos": field_chaos,
    "batch_wrap": batch_wrap,
    "unicode_text": unicode_text,
    "control_chars": control_chars,
    "splice": splice,
    "degenerate": degenerate,
}
KINDS: tuple[str, ...] = (*MUTATIONS, "stacked")


def mutate(data: bytes, kind: str, rng: random.Random) -> bytes:
    """`data` mutated by `kind` (a name in KINDS). Raises KeyError for an unknown kind."""
    if kind == "stacked":
        simple = [k for k in MUTATIONS if k != "degenerate"]
        for name in rng.sample(simple, rng.randint(2, 4)):
            data = MUTATIONS[name](data, rng)
            if len(data) > 3_000_000:  # stacked growth: keep one input within a few MB
                data = data[:3_000_000]
        return data
    return MUTATIONS[kind](data, rng)


def _mutate_key(key: bytes | None, rng: random.Random) -> bytes | None:
    roll = rng.random()
    if roll < 0.9:
        return key
    return rng.choice((None, b"", b"\x00\xff", b"K" * 50_000, "ключ".encode(), b"\xed\xa0\x80"))


def mutant(bases: Sequence[tuple[bytes | None, bytes]], index: int, *, seed: int = 0) -> Mutant:
    """Mutant number `index` of the sequence for `seed`: kinds in turn (even counts), a base record, the
    mutation and (1 in 10) an odd key, all drawn from a Random seeded with (seed, index)."""
    if not bases:
        raise ValueError("mutant() needs at least one base record")
    rng = random.Random(f"mutate:{seed}:{index}")
    kind = KINDS[index % len(KINDS)]
    base = rng.randrange(len(bases))
    key, value = bases[base]
    return Mutant(kind, _mutate_key(key, rng), mutate(value, kind, rng), base, index)


def mutants(
    bases: Sequence[tuple[bytes | None, bytes]], n: int, *, seed: int = 0, start: int = 0
) -> list[Mutant]:
    """`n` mutants (`mutant(bases, i, seed=seed)` for i in start .. start+n-1)."""
    return [mutant(bases, i, seed=seed) for i in range(start, start + n)]
