"""Text from a case file or a library, made safe to print on a terminal.

A case file is written by whoever sent it. Printed as is, a name could clear the screen
(``ESC [2J``), retitle the window (``ESC ]0;…BEL``), hide a hyperlink (OSC 8), start a new
line that forges a report line ("… — MADE OUT"), or reorder what follows with a bidi control
(U+202E). `visible` shows every such character as a visible escape instead — ``\\x1b``,
``\\n``, ``\\u202e`` — so the report says exactly what the file says, and nothing more.

Escaped: C0 controls (U+0000–U+001F, including tab and newline), DEL, C1 controls
(U+0080–U+009F), the line and paragraph separators U+2028/U+2029, and the bidirectional
formatting characters (U+061C, U+200E/U+200F, U+202A–U+202E, U+2066–U+2069). Every other
character — any script, emoji, combining marks — is printed as it is.

`cells` is the width of a character on a terminal (East Asian wide and full-width characters
take two cells, combining marks none), for carets under the right character.
"""

from __future__ import annotations

import re
import unicodedata

BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
"""The characters that change the display order of the text around them."""

_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029" + "".join(sorted(BIDI_CONTROLS)) + "]")


def escape_char(ch: str) -> str:
    """One unsafe character as a visible escape."""
    if ch in _NAMED:
        return _NAMED[ch]
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


_UNSAFE_KEEP_SPACE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f" + "".join(sorted(BIDI_CONTROLS)) + "]"
)


def visible(text: str, keep_whitespace: bool = False) -> str:
    """`text` with every control and bidi character shown as an escape (see the module);
    with `keep_whitespace`, tabs and line breaks are left as they are (for HTML, where they are
    only spaces)."""
    unsafe = _UNSAFE_KEEP_SPACE if keep_whitespace else _UNSAFE
    if unsafe.search(text) is None:  # the usual case: nothing to do, no copy
        return text
    return unsafe.sub(lambda m: escape_char(m.group()), text)


def is_unsafe(ch: str) -> bool:
    return _UNSAFE.match(ch) is not None


def has_bidi(text: str) -> bool:
    return any(ch in BIDI_CONTROLS for ch in text)


_IGNORABLE_NOT_CF = re.compile(
    "[\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180f\u3164\ufe00-\ufe0f\uffa0\U000e0100-\U000e01ef]"
)


def is_invisible(ch: str) -> bool:
    """Whether `ch` takes no visible place on a page: a format character (Unicode category Cf:
    zero-width space U+200B, soft hyphen U+00AD, byte-order mark U+FEFF, word joiner U+2060,
    bidi controls …), another default-ignorable code point (variation selectors, Hangul
    fillers, U+034F), or a space other than the plain space (U+00A0, U+3000 …), which looks
    like one."""
    if ch.isascii():
        return False
    category = unicodedata.category(ch)
    return category == "Cf" or category == "Zs" or _IGNORABLE_NOT_CF.match(ch) is not None


def first_invisible(text: str) -> int | None:
    """The index of the first `is_invisible` character of `text`, or None (one scan; ASCII
    text costs nothing)."""
    if text.isascii():
        return None
    for i, ch in enumerate(text):
        if is_invisible(ch):
            return i
    return None


def code_point(ch: str) -> str:
    """``U+200B ZERO WIDTH SPACE``: a character named so that it can be found and removed."""
    name = unicodedata.name(ch, "")
    return f"U+{ord(ch):04X} {name}" if name else f"U+{ord(ch):04X}"


def show_invisible(text: str, spaces: bool = True) -> str:
    """`text` with each invisible character written as its escape (``E\\u200b1``); without
    `spaces`, no-break and other spaces are left as they are (in prose they are common)."""
    if first_invisible(text) is None:
        return text
    return "".join(
        escape_char(ch) if is_invisible(ch) and (spaces or not ch.isspace()) else ch for ch in text
    )


def cells(ch: str) -> int:
    """Terminal cells taken by one printable character: 2 wide, 0 combining, else 1."""
    if ch < "\u0300":  # ASCII and Latin-1: one cell (the usual case, fast)
        return 1
    if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


# ---- look-alike ids ------------------------------------------------------------------------------

_HOMOGLYPHS = str.maketrans(
    # Cyrillic and Greek letters that look like Latin ones (lower and upper case)
    "АВЕКМНОРСТХУаеорсхуіјѕԁԛԝІЈЅӀΑΒΕΖΗΙΚΜΝΟΡΤΥΧαβεικνορτυχϲ",
    "ABEKMHOPCTXYaeopcxyijsdqwIJSIABEZHIKMNOPTYXaBeiKvopTuxc",
)


def skeleton(text: str) -> str:
    """`text` with Cyrillic and Greek look-alikes of Latin letters replaced by them, after
    compatibility normalisation (full-width letters, ligatures): two ids with the same skeleton
    look the same on a page."""
    return unicodedata.normalize("NFKC", text).translate(_HOMOGLYPHS)


def scripts(text: str) -> set[str]:
    """The scripts of the letters of `text` (as the first word of their Unicode names:
    LATIN, CYRILLIC, GREEK, ARABIC, CJK …); digits and punctuation have none."""
    out = set()
    for ch in text:
        if ch.isalpha():
            name = unicodedata.name(ch, "")
            out.add(name.split(" ", 1)[0] if name else "UNKNOWN")
    return out
