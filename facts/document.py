"""A parsed case file: its data, and where each value and each key sits in the source text.

`read_document` reads a file (YAML, or JSON when the name ends in ``.json``) and returns a
`Document`; any problem that prevents reading it raises `InputError` with located diagnostics.

Positions are kept compactly, one int per key and per value (start and end character offsets),
and turned into a `Span` (file, 1-based line and column) only when a diagnostic needs one, so
that a 100,000-fact file costs little more to load than its data.

Limits:

* `MAX_FILE_BYTES` (256 MiB): larger files are refused before they are read; streams (pipes,
  FIFOs, devices) as soon as more than that has been read.
* The text must be UTF-8 (a byte-order mark is accepted and ignored; so are CRLF line ends).
"""

from __future__ import annotations

import bisect
import codecs
import re
import unicodedata
from array import array
from collections.abc import Collection, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from rome_elements.base.diagnostics import Diagnostic, InputError, Problems, Span

MAX_FILE_BYTES = 256 * 1024 * 1024
"""Case files larger than this (256 MiB) are refused."""

DataPath = tuple[str | int, ...]
"""Where a value sits in the data: keys and list indexes from the top, e.g. ("facts", 3, "date")."""

_K = 1 << 32  # a position packs (start, end) character offsets as start * _K + end


def pack(start: int, end: int) -> int:
    return start * _K + end


class NeedsLocation(Exception):
    """Raised by the fast (unlocated) pass of the loader at the first problem, or wherever it
    needs the source text of a value: the file is then read again with positions, which finds
    and words every problem (see `facts.load`)."""


class Positions:
    """Where the keys and values of each mapping and list were written.

    For a list, `slots[id(list)][i]` is the packed position of item i. For a mapping,
    `slots[id(mapping)]` holds key and value positions in insertion order:
    ``[key0, value0, key1, value1, ...]`` (as an array of 8-byte integers). `root` is the
    position of the top-level value. An empty list or mapping has no entry.
    """

    __slots__ = ("root", "slots", "marked", "_key_index")

    def __init__(self) -> None:
        self.root: int | None = None
        self.slots: dict[int, array[int]] = {}
        self.marked: set[int] = set()
        """Ids of mappings that a dropped key marks confidential (see `marks_item`)."""
        self._key_index: dict[int, dict[str, int]] = {}

    def slot(self, container: Any, step: str | int) -> tuple[int | None, int | None]:
        """(key position, value position) of `step` in `container`; None where unknown."""
        found = self.slots.get(id(container))
        if found is None:
            return None, None
        if isinstance(container, list) and isinstance(step, int):
            return None, (found[step] if 0 <= step < len(found) else None)
        if isinstance(container, dict) and isinstance(step, str):
            index = self._key_index.get(id(container))
            if index is None:
                index = {k: i for i, k in enumerate(container)}
                self._key_index[id(container)] = index
            i = index.get(step)
            if i is None or 2 * i + 1 >= len(found):
                return None, None
            return found[2 * i], found[2 * i + 1]
        return None, None


class Document:
    """The data of a case file and the means to locate any part of it.

    `data` is what the file says (mappings as dicts with text keys, lists, and scalars: str,
    int, float, bool, None, `datetime.date`/`datetime.datetime`). `located` is the structure the
    positions belong to: the same object for YAML; for JSON, the same structure parsed again for
    its positions (or None if that was not possible, and then spans are unknown).
    """

    def __init__(
        self,
        file: str,
        text: str,
        data: Any,
        located: Any = None,
        positions: Positions | None = None,
    ) -> None:
        self.file = file
        self.text = text
        self.data = data
        self.located = located
        self.positions = positions
        self._starts: list[int] | None = None
        self._confidential: list[tuple[int, int]] | None = None

    # ---- positions -----------------------------------------------------------------------------

    def _slot(self, path: DataPath) -> tuple[int | None, int | None]:
        if self.positions is None:
            return None, None
        if not path:
            return None, self.positions.root
        node = self.located
        for step in path[:-1]:
            try:
                node = node[step]
            except (KeyError, IndexError, TypeError):
                return None, None
        return self.positions.slot(node, path[-1])

    def span(self, path: DataPath) -> Span | None:
        """Where the value at `path` is written (its first character to its end)."""
        return self.span_of(self._slot(path)[1])

    def key_span(self, path: DataPath) -> Span | None:
        """Where the key of the value at `path` is written (or the value, for a list item)."""
        key, value = self._slot(path)
        return self.span_of(key if key is not None else value)

    def nearest_span(self, path: DataPath) -> Span | None:
        """The span of `path`, or of the closest enclosing value that has one."""
        for cut in range(len(path), -1, -1):
            found = self.span(path[:cut])
            if found is not None:
                return found
        return None

    def raw(self, path: DataPath) -> str | None:
        """The source text of the value at `path`, exactly as written."""
        packed = self._slot(path)[1]
        if packed is None:
            return None
        start, end = divmod(packed, _K)
        return self.text[start:end]

    def span_of(self, packed: int | None) -> Span | None:
        if packed is None:
            return None
        start, end = divmod(packed, _K)
        return self.span_at(start, end)

    def span_at(self, start: int, end: int | None = None) -> Span:
        """The span between two character offsets of the text."""
        line, column = self.line_column(start)
        if end is None or end <= start:
            return Span(self.file, line, column)
        end_line, end_column = self.line_column(end)
        return Span(self.file, line, column, end_line, end_column)

    # ---- confidential evidence -------------------------------------------------------------

    def quotable(self, span: Span | None) -> bool:
        """Whether a diagnostic at `span` may quote its source line: not when the line holds
        any part of an evidence item marked confidential (the diagnostic is printed before
        anyone chose to redact). When the data is unknown (the file could not be read), a
        file that marks any item confidential has no line quoted."""
        if span is None:
            return True
        if self.located is None or self.positions is None:
            return not marks_confidential(self.text)
        if self._confidential is None:
            self._confidential = self._confidential_lines()
        return not any(
            first <= span.line <= last or first <= (span.end_line or span.line) <= last
            for first, last in self._confidential
        )

    def _confidential_lines(self) -> list[tuple[int, int]]:
        """The first and last line of each place a confidential item is written: where it
        stands in the list, and where its keys and values are (elsewhere, if it is an alias of
        a mapping anchored before)."""
        top = self.located
        items = top.get("evidence") if isinstance(top, dict) else None
        if not isinstance(items, list):
            return []
        marked = self.positions.marked if self.positions is not None else set()
        slots = self.positions.slots if self.positions is not None else {}
        out = []
        for i, item in enumerate(items):
            if isinstance(item, dict) and marks_item(item, marked):
                span = self.span(("evidence", i))
                if span is None:  # cannot tell which lines: quote nothing
                    return [(1, len(self.text) + 1)]
                out.append((span.line, span.end_line or span.line))
                written = slots.get(id(item))
                if written:
                    first = self.span_of(min(written))
                    last = self.span_of(max(written, key=lambda p: p % _K))
                    if first is not None and last is not None:
                        out.append((first.line, last.end_line or last.line))
        return out

    def evidence_confidential(self, index: int) -> bool:
        """Whether evidence item `index` is marked confidential, in the data or as located
        (for JSON, two readings of the text: a key repeated or escaped is judged by both)."""
        for top in (self.data, self.located):
            items = top.get("evidence") if isinstance(top, dict) else None
            if isinstance(items, list) and 0 <= index < len(items):
                item = items[index]
                marked = self.positions.marked if self.positions is not None else ()
                if isinstance(item, dict) and marks_item(item, marked):
                    return True
        return False

    def guard(self, diags: list[Diagnostic]) -> Problems:
        """`diags`, with no quoted line for those inside confidential evidence."""
        return Problems(
            (d if not d.quote or self.quotable(d.span) else replace(d, quote=False) for d in diags),
            getattr(diags, "omitted", 0),
        )

    def line_column(self, offset: int) -> tuple[int, int]:
        """1-based line and column of a character offset (lines split as `str.splitlines`)."""
        if self._starts is None:
            self._starts = line_starts(self.text)
        return line_column(self._starts, offset)


_ESCAPE = re.compile(r"\\(?:u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|x([0-9a-fA-F]{2})|\r?\n\s*)")
_NOT_CONFIDENTIAL = re.compile(
    r"""["']?\s*:[ \t]*["']?(?:false|no|off|n)["']?[ \t]*(?:[,}\]\r\n#]|\Z)""", re.IGNORECASE
)


def marks_confidential(text: str | bytes) -> bool:
    """Whether the text of a case file may mark some evidence confidential (for files that
    cannot be read as data, to decide whether any line may be quoted). Cautious: any mention
    of `confidential` — in any case, escaped (``"confid\\u0065ntial"``), with invisible
    characters — counts unless each one is plainly followed by ``: false`` (or no, off);
    ``!!bool true``, an alias or a merge all count."""
    if isinstance(text, bytes):
        text = text.decode("utf-8", errors="replace")
    if "\\" in text:
        text = _ESCAPE.sub(_unescape, text)
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
        text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    folded = text.casefold()
    start = folded.find("confidential")
    while start >= 0:
        end = start + len("confidential")
        if _NOT_CONFIDENTIAL.match(folded, end) is None:
            return True
        start = folded.find("confidential", end)
    return False


def _unescape(m: re.Match[str]) -> str:
    digits = m.group(1) or m.group(2) or m.group(3)
    if digits is None:
        return ""  # a line folded inside double quotes
    code = int(digits, 16)
    return chr(code) if code < 0x110000 else ""


def is_confidential_key(key: Any) -> bool:
    """Whether a key means `confidential`, however it is written: ``Confidential``,
    ``CONFIDENTIAL``, with an invisible character or a full-width letter in it (the loader
    reports every spelling but the plain one; none of them may let a line be quoted)."""
    if not isinstance(key, str):
        return False
    if key == "confidential":
        return True
    if len(key) > 64:
        return False
    folded = unicodedata.normalize("NFKC", key).casefold()
    return "".join(ch for ch in folded if ch.isalpha()) == "confidential"


def marks_item(item: dict[Any, Any], marked: Collection[int] = ()) -> bool:
    """Whether an evidence item (a mapping) is marked confidential: by any key that means
    `confidential` with a value that is not clearly "no", or by a key the reader dropped
    (`marked`: ids of such mappings, `Positions.marked`)."""
    if is_marked(item.get("confidential")) or id(item) in marked:
        return True
    return any(
        is_confidential_key(k) and is_marked(v) for k, v in item.items() if k != "confidential"
    )


def is_marked(value: Any) -> bool:
    """Whether a `confidential` value marks the item confidential. Anything that is not
    clearly "no" counts (the loader reports values that are not true or false)."""
    if value is None or value is False or value == 0:
        return False
    return not (isinstance(value, str) and value.strip().lower() in ("", "false", "no", "off", "n"))


def line_starts(text: str) -> list[int]:
    """The offset at which each line starts (line breaks as `str.splitlines` sees them)."""
    starts = [0]
    pos = 0
    last = ""
    for last in text.splitlines(keepends=True):
        pos += len(last)
        starts.append(pos)
    if last and last.splitlines()[0] == last:  # the last line has no line break
        starts.pop()
    return starts


def line_column(starts: Sequence[int], offset: int) -> tuple[int, int]:
    i = max(bisect.bisect_right(starts, offset) - 1, 0)
    return i + 1, offset - starts[i] + 1


# ---- reading ----------------------------------------------------------------------------------

_OTHER_BOMS = (
    (codecs.BOM_UTF32_LE, "UTF-32"),
    (codecs.BOM_UTF32_BE, "UTF-32"),
    (codecs.BOM_UTF16_LE, "UTF-16"),
    (codecs.BOM_UTF16_BE, "UTF-16"),
)


def read_text(path: Path, file: str) -> str:
    """The text of a case file: UTF-8 (with or without a byte-order mark), at most
    `MAX_FILE_BYTES`. Raises `InputError` otherwise."""
    return decode(read_bytes(path, file), file)


def read_bytes(path: Path, file: str) -> bytes:
    """The bytes of a case file, at most `MAX_FILE_BYTES`; `InputError` if it cannot be read.

    The limit holds while reading (at most `MAX_FILE_BYTES` + 1 bytes are read), not only by
    the size the file system reports, which is 0 for /dev/zero, pipes and FIFOs."""
    from rome_elements.base.fileio import TooLarge, read_limited

    try:
        return read_limited(path, MAX_FILE_BYTES)
    except TooLarge as exc:
        raise InputError([_too_big(file, exc.size)]) from None
    except IsADirectoryError:
        raise InputError([Diagnostic("error", f"{file} is a folder, not a case file")]) from None
    except FileNotFoundError:
        raise InputError([Diagnostic("error", f"there is no case file {file}")]) from None
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise InputError([Diagnostic("error", f"cannot read {file}: {reason}")]) from None


STDIN = "<stdin>"
"""How messages and reports name a case file read from standard input (`elements check -`)."""


def read_stdin() -> bytes:
    """The case file on standard input, at most `MAX_FILE_BYTES` (the limit holds while
    reading: at most one byte more is read)."""
    import sys

    try:
        raw = sys.stdin.buffer.read(MAX_FILE_BYTES + 1)
    except (OSError, ValueError, AttributeError) as exc:  # closed or not a byte stream
        reason = getattr(exc, "strerror", None) or type(exc).__name__
        raise InputError([Diagnostic("error", f"cannot read {STDIN}: {reason}")]) from None
    if len(raw) > MAX_FILE_BYTES:
        raise InputError([_too_big(STDIN, None)])
    return raw


def decode(raw: bytes, file: str) -> str:
    """UTF-8 bytes to text, dropping a byte-order mark; a located error for anything else."""
    if raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8) :]
    else:
        for bom, name in _OTHER_BOMS:
            if raw.startswith(bom):
                raise InputError(
                    [
                        Diagnostic(
                            "error",
                            f"the file is saved as {name} text; case files must be UTF-8",
                            Span(file, 1, 1),
                            notes=("in most editors: Save As… › Encoding › UTF-8",),
                        )
                    ]
                )
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        prefix = raw[: exc.start].decode("utf-8", errors="replace")
        line, column = line_column(line_starts(prefix), len(prefix))
        bad = raw[exc.start : exc.start + 1].hex().upper()
        raise InputError(
            [
                Diagnostic(
                    "error",
                    f"the file is not valid UTF-8 text: the byte 0x{bad} here cannot be read",
                    Span(file, line, column),
                    quote=not marks_confidential(raw),
                    notes=(
                        "save the file with the UTF-8 encoding "
                        "(in most editors: Save As… › Encoding › UTF-8)",
                    ),
                )
            ]
        ) from None


def _too_big(file: str, size: int | None) -> Diagnostic:
    limit = f"{MAX_FILE_BYTES // 1024 // 1024} MiB"
    what = f"is {size / 1024 / 1024:.0f} MiB" if size is not None else f"holds more than {limit}"
    return Diagnostic(
        "error",
        f"{file} {what}; case files are limited to {limit}",
        notes=("split the case, or raise facts.document.MAX_FILE_BYTES",),
    )
