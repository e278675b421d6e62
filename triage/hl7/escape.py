r"""HL7 v2 escape sequences (v2.x chapter 2.7): delimiters, hex bytes, formatting commands.

``\F\ \S\ \T\ \R\ \E\ \P\`` → the message's own delimiters; ``\.br\`` → newline; ``\.sp n\`` → n newlines;
``\.ce\`` → newline; ``\.sk n\`` → n spaces; other formatting (``\.in``, ``\.ti``, ``\.fi``, ``\.nf``),
highlighting (``\H\ \N\``), charset switches (``\C..\ \M..\``) and local escapes (``\Z..\``) are dropped;
``\Xhh..\`` → the bytes decoded in the message's charset. Anything else (a raw backslash in narrative,
a Windows path) is kept literally: a feed that forgot to escape must not lose text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from triage.hl7.charset import decode_hex


@dataclass(frozen=True, slots=True)
class Delimiters:
    field: str = "|"
    component: str = "^"
    repetition: str = "~"
    escape: str = "\\"
    subcomponent: str = "&"
    truncation: str = "#"

    @classmethod
    def from_msh(cls, field_sep: str, msh2: str) -> Delimiters:
        """MSH-1 and MSH-2 ("^~\\&", or "^~\\&#" from v2.7); missing characters take the defaults. One
        frozen instance per pair, shared (every message of a feed sends the same)."""
        return _delimiters(cls, field_sep, msh2[:5])

    @classmethod
    def _from_msh(cls, field_sep: str, msh2: str) -> Delimiters:
        d = cls()
        chars = [c for c in msh2[:5]]
        return cls(
            field=field_sep or d.field,
            component=chars[0] if len(chars) > 0 else d.component,
            repetition=chars[1] if len(chars) > 1 else d.repetition,
            escape=chars[2] if len(chars) > 2 else d.escape,
            subcomponent=chars[3] if len(chars) > 3 else d.subcomponent,
            truncation=chars[4] if len(chars) > 4 else d.truncation,
        )


@lru_cache(maxsize=64)
def _delimiters(cls: type[Delimiters], field_sep: str, msh2: str) -> Delimiters:
    return cls._from_msh(field_sep, msh2)


def encoding_problem(field_sep: str, msh2: str) -> str | None:
    """Why MSH-1/MSH-2 cannot be the message's delimiters, or None when they can. MSH-2 holds 4 (5 from
    v2.7: truncation) distinct characters, none of them the field separator, a letter, a digit or a space:
    ``^~\\&`` shifted by one (``~\\&``) would make ``~`` the component separator and garble every field,
    so such a message is unparseable rather than read with guessed delimiters. Never quotes the value."""
    if not field_sep or field_sep.isalnum() or field_sep.isspace():
        return "MSH-1 field separator is not a separator character"
    if not 4 <= len(msh2) <= 5:
        return f"MSH-2 encoding characters: {len(msh2)} characters, expected 4 (or 5 from v2.7)"
    if len(set(msh2)) != len(msh2) or field_sep in msh2:
        return "MSH-2 encoding characters repeat a character or the field separator"
    if any(c.isalnum() or c.isspace() for c in msh2):
        return "MSH-2 encoding characters contain a letter, digit or space"
    return None


_SP = re.compile(r"\.(sp|sk|in|ti)\s*([+-]?\d*)$")


@lru_cache(maxsize=64)
def unescaper(delims: Delimiters, codec: str) -> Callable[[str], str]:
    """A fast function that decodes escape sequences for these delimiters and charset (cached)."""
    esc = delims.escape
    if not esc:
        return lambda s: s
    e = re.escape(esc)
    pattern = re.compile(f"{e}([^{e}\r\n]{{0,64}}){e}")
    simple = {
        "F": delims.field,
        "S": delims.component,
        "T": delims.subcomponent,
        "R": delims.repetition,
        "E": delims.escape,
        "P": delims.truncation,
        "H": "",
        "N": "",
        ".br": "\n",
        ".ce": "\n",
        ".fi": "",
        ".nf": "",
    }

    def replace(m: re.Match[str]) -> str:
        body = m.group(1)
        hit = simple.get(body)
        if hit is not None:
            return hit
        lead = body[:1]
        if lead == "X" and len(body) > 1 and len(body) % 2 == 1:
            try:
                return decode_hex(bytes.fromhex(body[1:]), codec)
            except ValueError:
                return m.group(0)
        if lead in ("C", "M") and len(body) in (5, 7) and _is_hex(body[1:]):
            return ""
        if lead == "Z" and len(body) > 1:
            return ""
        sp = _SP.match(body)
        if sp is not None:
            kind, num = sp.group(1), sp.group(2)
            n = abs(int(num)) if num not in ("", "+", "-") else 1
            if kind == "sp":
                return "\n" * max(1, min(n, 10))
            if kind == "sk":
                return " " * min(n, 40)
            return ""
        return m.group(0)

    def unescape(s: str) -> str:
        if esc not in s:
            return s
        return pattern.sub(replace, s)

    return unescape


def _is_hex(s: str) -> bool:
    try:
        int(s, 16)
    except ValueError:
        return False
    return True
