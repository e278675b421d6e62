"""Report text as the radiologist wrote it: markup removed, Unicode formatting folded. Pure functions.

Real feeds do not always send plain text. Some reporting systems put RTF or HTML in OBX-5, and text pasted
from word processors carries Unicode formatting: non-breaking and full-width spaces, zero-width spaces and
joiners, soft hyphens, byte-order marks, ligatures, Unicode line separators. Left in place they break words
("sub\\u200bdural" is two unknown tokens to the network and no concept to the rules) and hide headings
("<b>IMPRESSION:</b>"). ``clean_text`` turns all of them into the plain text the front end expects, before
section finding, so the network, the rule tier and key-image extraction read the same words.

This is decoding of the input, like the HL7 escape and charset decoding before it: on plain ASCII text
without markup it is the identity, so the normalization version (``triage.text.normalize``) and the tokens of
every training corpus made of such text are unchanged (tested on the synthetic corpus).

Steps, in order:

1. **RTF** (each ``{\\rtf ...}`` document in the text): converted by ``striprtf`` (``\\par`` → line break,
   control words and groups such as font tables dropped, ``\\'e9`` → é); text between documents is kept.
2. **HTML** (only when the text has one of the formatting tags reporting systems write: ``p``, ``br``,
   ``div``, ``span``, ``b``, ``td`` ...; a "<word>" of plain text is not one): those tags dropped, block tags
   become line breaks, cells a space, ``head``/``script``/``style``/``title`` elements and comments dropped,
   character references decoded (``html.unescape``). A bounded regex and forward-only scans: linear time
   (stdlib ``html.parser`` took 408 s on 1 MB of ``<!--``).
3. **Unicode**: NFKC (compatibility forms: NBSP and full-width characters to ASCII, ligatures split;
   Unicode Standard Annex #15), then format characters (category Cf: zero-width space/joiners, soft hyphen,
   BOM, bidirectional marks) removed, line and paragraph separators (U+2028/U+2029, NEL) to ``\\n``.
"""

from __future__ import annotations

import html
import re
import unicodedata

from striprtf.striprtf import rtf_to_text

__all__ = ["MARKUP_HTML", "MARKUP_RTF", "brace_balance", "clean_text", "markup_of"]

MARKUP_RTF = "rtf"
MARKUP_HTML = "html"

_RTF_START = re.compile(r"\A\s*\{\\rtf")
# HTML is recognised by the formatting tags reporting systems write, not by any "<word>": plain report text
# holds "<3 mm", "x<y>z" or "<SDH>", which must keep their words. Attributes are bounded: matching is linear.
_FORMAT_TAGS = (
    "p|br|div|span|font|b|i|u|s|em|strong|sup|sub|small|big|center|blockquote|pre|hr|h[1-6]"
    "|table|thead|tbody|tfoot|tr|td|th|caption|ul|ol|li|dl|dt|dd|html|body"
)
_HTML_TAG = re.compile(rf"(?i)<(/?)({_FORMAT_TAGS})\b[^<>]{{0,300}}+>")
_BLOCK_TAGS = frozenset(
    {"p", "br", "div", "li", "ul", "ol", "tr", "table", "pre", "hr", "blockquote", "center", "dl", "dt", "dd"}
    | {"h1", "h2", "h3", "h4", "h5", "h6", "html", "body", "thead", "tbody", "tfoot", "caption"}
)
_CELL_TAGS = frozenset({"td", "th"})
# whose content is not report text: dropped with the element when it is closed (<head> holds <title>/<style>)
_DROPPED_ELEMENTS = ("head", "script", "style", "title")
_LINE_SEPARATORS = str.maketrans({"\u2028": "\n", "\u2029": "\n", "\x85": "\n"})


def markup_of(text: str) -> str | None:
    """``"rtf"``, ``"html"`` or ``None``: which markup ``clean_text`` would remove from ``text``."""
    if _RTF_START.match(text):
        return MARKUP_RTF
    if _HTML_TAG.search(text):
        return MARKUP_HTML
    return None


def brace_balance(text: str) -> int:
    """Net RTF group depth change over `text`: ``{`` +1, ``}`` -1, escaped braces ignored."""
    depth, i, n = 0, 0, len(text)
    while i < n:
        c = text[i]
        if c == "\\":
            i += 2
            continue
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
        i += 1
    return depth


def _rtf_groups(text: str) -> list[tuple[bool, str]]:
    """`text` cut into top-level RTF documents (``{\\rtf ... }``, True) and the text around them (False), in
    order; an unclosed document runs to the end. One linear scan."""
    out: list[tuple[bool, str]] = []
    i, n, start, depth, doc_start = 0, len(text), 0, 0, -1
    while i < n:
        c = text[i]
        if c == "\\":
            i += 2
            continue
        if c == "{":
            if depth == 0 and text.startswith("{\\rtf", i):
                if i > start:
                    out.append((False, text[start:i]))
                doc_start = i
            depth += 1
        elif c == "}" and depth > 0:
            depth -= 1
            if depth == 0 and doc_start >= 0:
                out.append((True, text[doc_start : i + 1]))
                start, doc_start = i + 1, -1
        i += 1
    if doc_start >= 0:
        out.append((True, text[doc_start:]))
    elif start < n:
        out.append((False, text[start:]))
    return out


def _rtf_to_text(text: str) -> str:
    parts = []
    for is_rtf, part in _rtf_groups(text):
        if not is_rtf:
            parts.append(part)
            continue
        try:
            parts.append(rtf_to_text(part, encoding="cp1252", errors="replace"))
        except Exception:  # striprtf on malformed control words: keep the words rather than lose the report
            parts.append(re.sub(r"\\[a-z]+-?\d* ?|[{}]", " ", part))
    return "".join(parts)


def _drop_elements(text: str) -> str:
    """Remove <head>, <script>, <style>, <title> elements with their content; one left open stays as it is
    (only its tag goes, with the other tags). str.find moves forward only: linear."""
    lower = text.lower()
    for name in _DROPPED_ELEMENTS:
        pieces, pos = [], 0
        while True:
            start = lower.find(f"<{name}", pos)
            if start < 0:
                break
            after = start + len(name) + 1
            if after < len(lower) and lower[after] not in "> \t\r\n/":
                pieces.append(text[pos:after])
                pos = after
                continue
            end = lower.find(f"</{name}>", after)
            if end < 0:
                break
            pieces.append(text[pos:start])
            pos = end + len(name) + 3
        if pieces:
            text = "".join(pieces) + text[pos:]
            lower = text.lower()
    return text


def _drop_comments(text: str) -> str:
    pieces, pos = [], 0
    while (start := text.find("<!--", pos)) >= 0 and (end := text.find("-->", start + 4)) >= 0:
        pieces.append(text[pos:start])
        pos = end + 3
    return "".join(pieces) + text[pos:] if pieces else text


def _tag_to_text(m: re.Match[str]) -> str:
    name = m.group(2).lower()
    if name in _BLOCK_TAGS:
        return "\n"
    return " " if name in _CELL_TAGS and m.group(1) else ""


def _html_to_text(text: str) -> str:
    text = _drop_comments(_drop_elements(text))
    text = html.unescape(_HTML_TAG.sub(_tag_to_text, text))
    return re.sub(r"\n[ \t]*\n(?:[ \t]*\n)+", "\n\n", text).strip("\n")


def clean_text(text: str) -> str:
    """Plain text of one report or OBX value (str → str; never raises, linear in the length of the text).
    See the module docstring for the steps."""
    if "{\\rtf" in text:
        text = _rtf_to_text(text)
    if _HTML_TAG.search(text):
        text = _html_to_text(text)
    if text.isascii():
        return text
    text = unicodedata.normalize("NFKC", text).translate(_LINE_SEPARATORS)
    return "".join(ch for ch in text if ch.isascii() or unicodedata.category(ch) != "Cf")
