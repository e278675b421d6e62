"""MSH-18 character set → Python codec, and decoding that degrades gracefully.

Policy (each fallback adds a warning to the Report, so a feed's mislabelled charset is visible in the audit):

* Pure 7-bit bytes decode as ASCII whatever the declaration (every ASCII-compatible charset agrees).
* Declared UTF-8 (``UNICODE UTF-8``, ``UNICODE``, a UTF-8 BOM) but invalid bytes: valid UTF-8 sequences are
  kept and each invalid byte is read as cp1252 (Windows Latin-1, which covers ISO 8859-1) →
  ``charset_fallback:UTF-8->cp1252:<n bytes>``. This recovers the common "Latin-1 text in a UTF-8 feed".
* Declared ASCII / nothing, or a single-byte 8859 charset, but the high bytes form valid multi-byte UTF-8:
  decoded as UTF-8 → ``charset_mismatch:<declared>->UTF-8`` (Latin-1 text is almost never valid UTF-8).
* Declared ASCII / nothing with other high bytes: cp1252 → ``charset_mismatch:<declared>->cp1252``.
  Declared 8859/1 with bytes 0x80-0x9F (C1 controls in 8859/1, curly quotes and dashes in cp1252): cp1252,
  as browsers do → ``charset_c1_as_cp1252``.
* Unknown MSH-18 names: Python's codec of that name if it has one, else as if nothing was declared, with
  ``charset_unknown:<name>``.
* Declared multi-byte charsets (GB 18030, Big-5, KS X 1001, ISO IR87 …) are decoded strictly: when the bytes
  do not fit there is no safe guess → EncodingError.
* After decoding, stray C0 control characters (NUL, SUB …) are removed with ``control_chars_removed:<n>``;
  more than a few of them (binary content) → EncodingError.
"""

from __future__ import annotations

import re
from functools import lru_cache

from triage.errors import EncodingError

# HL7 table 0211 (plus the DICOM-style and IANA spellings feeds actually send), keyed by a normalized name.
_TABLE_0211 = {
    "ASCII": "ascii",
    "USASCII": "ascii",
    "ISOIR6": "ascii",
    "UNICODE": "utf-8",
    "UNICODEUTF8": "utf-8",
    "UTF8": "utf-8",
    "UNICODEUTF16": "utf-16",
    "UTF16": "utf-16",
    "UNICODEUTF32": "utf-32",
    "UTF32": "utf-32",
    "ISOIR192": "utf-8",  # DICOM (0008,0005) Specific Character Set for UTF-8, sent by PACS-side feeds
    "ISOIR100": "iso8859-1",
    "ISOIR101": "iso8859-2",
    "ISOIR109": "iso8859-3",
    "ISOIR110": "iso8859-4",
    "ISOIR144": "iso8859-5",
    "ISOIR127": "iso8859-6",
    "ISOIR126": "iso8859-7",
    "ISOIR138": "iso8859-8",
    "ISOIR148": "iso8859-9",
    "ISOIR87": "iso2022_jp",
    "ISOIR159": "iso2022_jp_2",
    "ISOIR14": "shift_jis",
    "GB180302000": "gb18030",
    "GB18030": "gb18030",
    "KSX1001": "euc_kr",
    "BIG5": "big5",
    "LATIN1": "iso8859-1",
    "CP1252": "cp1252",
    "WINDOWS1252": "cp1252",
}
for _n in (1, 2, 3, 4, 5, 6, 7, 8, 9, 15):
    _TABLE_0211[f"8859{_n}"] = f"iso8859-{_n}"
    _TABLE_0211[f"ISO8859{_n}"] = f"iso8859-{_n}"

_SINGLE_BYTE = frozenset({"ascii", "cp1252"} | {f"iso8859-{n}" for n in range(1, 16)})
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_MAX_CONTROL = 3


@lru_cache(maxsize=64)
def resolve_charset(declared: str) -> tuple[str | None, bool]:
    """MSH-18 value → (python codec or None when nothing usable is declared, known to HL7 table 0211)."""
    key = re.sub(r"[^A-Z0-9]", "", declared.upper())
    if not key:
        return None, True
    codec = _TABLE_0211.get(key)
    if codec is not None:
        return codec, True
    import codecs

    try:
        info = codecs.lookup(declared.strip())
        # only text encodings: not bytes-to-bytes (base64, zlib) nor str-to-str (rot13) codecs
        if not getattr(info, "_is_text_encoding", True):
            return None, False
        b"".decode(info.name)
        return info.name, False
    except (LookupError, ValueError):  # ValueError: NUL inside the name
        return None, False


def decode(data: bytes, declared: str, *, utf8_bom: bool = False) -> tuple[str, str, list[str]]:
    """Decode one message's bytes. Returns (text, codec actually used, warnings). Raises EncodingError."""
    warnings: list[str] = []
    label = declared.strip() or "none"
    codec, known = resolve_charset(declared)
    if not known:
        warnings.append(f"charset_unknown:{charset_label(declared)}")
    if codec in ("utf-16", "utf-32"):
        # We could read MSH-18 as 8-bit text, so the bytes are not UTF-16/32 whatever MSH-18 says.
        warnings.append(f"charset_mismatch:{charset_label(label)}->8bit")
        codec = None
    if utf8_bom and codec in (None, "ascii"):
        codec = "utf-8"

    if data.isascii() and (codec is None or not codec.startswith("iso2022")):
        text, used = data.decode("ascii"), "ascii"
    elif codec is None or codec == "ascii":
        text, used = _decode_guess(data, label, warnings)
    elif codec == "utf-8":
        text, used = _decode_utf8_lenient(data, warnings)
    elif codec in _SINGLE_BYTE:
        text, used = _decode_single_byte(data, codec, label, warnings)
    else:
        try:
            text, used = data.decode(codec), codec
        except UnicodeDecodeError as exc:
            raise EncodingError(
                f"bytes are not valid {charset_label(label)} (MSH-18) at byte {exc.start}; "
                "no safe fallback for a multi-byte character set"
            ) from None
    return _strip_controls(text, warnings), used, warnings


def decode_hex(hex_bytes: bytes, codec: str) -> str:
    """Bytes from a \\X..\\ escape, decoded like the message, else as UTF-8, else cp1252."""
    for candidate in (codec, "utf-8"):
        try:
            return hex_bytes.decode(candidate)
        except (UnicodeDecodeError, LookupError):
            continue
    return _cp1252(hex_bytes)


def charset_label(value: str) -> str:
    """How MSH-18 is named in warnings and errors, never its free text (a misplaced field can hold a name or
    a birth date, and warnings reach audit records): the value itself when it is an HL7 table 0211 name,
    else Python's name of the codec it resolves to, else ``other`` (``none`` when empty)."""
    stripped = value.strip()
    if not stripped or stripped == "none":
        return "none"
    codec, known = resolve_charset(stripped)
    if known:
        return re.sub(r"[^A-Za-z0-9 /._-]", "?", stripped)[:24]
    return codec or "other"


def _has_utf8_multibyte(data: bytes) -> str | None:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _decode_guess(data: bytes, label: str, warnings: list[str]) -> tuple[str, str]:
    text = _has_utf8_multibyte(data)
    if text is not None:
        warnings.append(f"charset_mismatch:{charset_label(label)}->UTF-8")
        return text, "utf-8"
    warnings.append(f"charset_mismatch:{charset_label(label)}->cp1252")
    return _cp1252(data), "cp1252"


def _decode_single_byte(data: bytes, codec: str, label: str, warnings: list[str]) -> tuple[str, str]:
    text = _has_utf8_multibyte(data)
    if text is not None:
        warnings.append(f"charset_mismatch:{charset_label(label)}->UTF-8")
        return text, "utf-8"
    if codec == "iso8859-1" and re.search(rb"[\x80-\x9f]", data):
        warnings.append("charset_c1_as_cp1252")
        return _cp1252(data), "cp1252"
    try:
        return data.decode(codec), codec
    except UnicodeDecodeError as exc:
        raise EncodingError(
            f"byte 0x{data[exc.start]:02X} at offset {exc.start} is not defined in "
            f"{charset_label(label)} (MSH-18)"
        ) from None


def _decode_utf8_lenient(data: bytes, warnings: list[str]) -> tuple[str, str]:
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    parts: list[str] = []
    pos = 0
    bad = 0
    n = len(data)
    while pos < n:
        try:
            parts.append(data[pos:].decode("utf-8"))
            break
        except UnicodeDecodeError as exc:
            parts.append(data[pos : pos + exc.start].decode("utf-8"))
            end = pos + exc.end
            parts.append(_cp1252(data[pos + exc.start : end]))
            bad += end - (pos + exc.start)
            pos = end
    warnings.append(f"charset_fallback:UTF-8->cp1252:{bad}")
    return "".join(parts), "utf-8"


def _cp1252(data: bytes) -> str:
    """cp1252, with the five bytes cp1252 leaves undefined read as Latin-1 (so it never fails)."""
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in data)


def _strip_controls(text: str, warnings: list[str]) -> str:
    if _CONTROL.search(text) is None:
        return text
    found = len(_CONTROL.findall(text))
    if found > _MAX_CONTROL and found * 100 > len(text):
        raise EncodingError(f"message holds {found} binary control characters (NUL, SUB ...): not text")
    if found > _MAX_CONTROL * 4:
        raise EncodingError(f"message holds {found} binary control characters (NUL, SUB ...): not text")
    warnings.append(f"control_chars_removed:{found}")
    return _CONTROL.sub("", text)
