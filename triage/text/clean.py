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

1. **RTF** (text starting ``{\\rtf``): converted by ``striprtf`` (``\\par`` → line break, control words and
   groups such as font tables dropped, ``\\'e9`` → é).
2. **HTML** (only when the text has an HTML tag or character reference): tags dropped, block tags (``p``,
   ``br``, ``div``, ``li``, ``tr``, headings) become line breaks, ``script``/``style`` content dropped,
   character references decoded (stdlib ``html.parser``, which never raises on broken markup).
3. **Unicode**: NFKC (compatibility forms: NBSP and full-width characters to ASCII, ligatures split;
   Unicode Standard Annex #15), then format characters (category Cf: zero-width space/joiners, soft hyphen,
   BOM, bidirectional marks) removed, line and paragraph separators (U+2028/U+2029, NEL) to ``\\n``.
"""

from __future__ import annotations

import html
import re
import unicodedata
from html.parser import HTMLParser

from striprtf.striprtf import rtf_to_text

__all__ = ["MARKUP_HTML", "MARKUP_RTF", "clean_text", "markup_of"]

MARKUP_RTF = "rtf"
MARKUP_HTML = "html"

_RTF_START = re.compile(r"\A\s*\{\\rtf")
# A real tag (<b>, </p>, <br/>, <div class=...>, <!-- -->) or a character reference (&nbsp; &#160; &#xA0;);
# "a < b" or "x>5 mm" in plain text is not markup.
_HTML_MARK = re.compile(
    r"</?[A-Za-z][A-Za-z0-9]*+(?:\s[^<>]*+)?/?>|<!--|&(?:[A-Za-z]{2,8}|#\d{1,7}|#[xX][0-9A-Fa-f]{1,6});"
)
_BLOCK_TAGS = frozenset(
    {"p", "br", "div", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "hr"}
    | {"blockquote", "section", "article", "header", "footer", "dt", "dd"}
)
_SKIP_TAGS = frozenset({"script", "style", "head", "title"})
_LINE_SEPARATORS = str.maketrans({"\u2028": "\n", "\u2029": "\n", "\x85": "\n"})


def markup_of(text: str) -> str | None:
    """``"rtf"``, ``"html"`` or ``None``: which markup ``clean_text`` would remove from ``text``."""
    if _RTF_START.match(text):
        return MARKUP_RTF
    if _HTML_MARK.search(text):
        return MARKUP_HTML
    return None


class _TextOfHtml(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self._skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


_ANY_TAG = re.compile(r"<[^<>]*+>")


def _html_to_text(text: str) -> str:
    parser = _TextOfHtml()
    try:
        parser.feed(text)
        parser.close()
        out = "".join(parser.parts)
    except Exception:  # html.parser asserts on some broken markup ("<![" + junk, Python 3.11)
        out = html.unescape(_ANY_TAG.sub(" ", text))
    return re.sub(r"\n[ \t]*\n(?:[ \t]*\n)+", "\n\n", out).strip("\n")


def clean_text(text: str) -> str:
    """Plain text of one report or OBX value (str → str; never raises on malformed markup: unreadable RTF or
    HTML leaves whatever text the converter recovered). See the module docstring for the steps."""
    markup = markup_of(text)
    if markup == MARKUP_RTF:
        try:
            text = rtf_to_text(text, encoding="cp1252", errors="replace")
        except Exception:  # striprtf on malformed control words: keep the text rather than lose the report
            text = re.sub(r"\\[a-z]+-?\d* ?|[{}]", " ", text)
    elif markup == MARKUP_HTML:
        text = _html_to_text(text)
    if text.isascii():
        return text
    text = unicodedata.normalize("NFKC", text).translate(_LINE_SEPARATORS)
    return "".join(ch for ch in text if ch.isascii() or unicodedata.category(ch) != "Cf")
