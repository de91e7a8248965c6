"""One diagnostic type for every input problem (DSL or case file), and its plain-text rendering.

Every pass collects `Diagnostic`s instead of raising on the first problem; the CLI renders them
all and exits 2. A diagnostic points at a `Span` (file, line, column: 1-based) and may carry a
suggestion ("did you mean …") and the law context it sits in ("in: crime 8(2)(a)(vii)-1 ›
element conduct").
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from rome_elements.base.errors import EXIT_INVALID, ElementsError
from rome_elements.base.text import (
    cells,
    escape_char,
    is_invisible,
    is_unsafe,
    show_invisible,
)
from rome_elements.base.text import visible as _visible

Severity = Literal["error", "warning"]


@dataclass(frozen=True, slots=True)
class Span:
    """A place in a source file. Lines and columns are 1-based; `end_*` are inclusive-exclusive."""

    file: str
    line: int
    column: int
    end_line: int | None = None
    end_column: int | None = None

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}"


@dataclass(frozen=True, slots=True)
class Diagnostic:
    severity: Severity
    message: str
    span: Span | None = None
    expected: str | None = None
    suggestion: str | None = None
    context: str | None = None
    notes: tuple[str, ...] = field(default_factory=tuple)
    quote: bool = True
    """Whether the source line may be quoted: not inside evidence marked confidential."""


MAX_KEPT = 1000
"""A pass keeps at most this many diagnostics; it counts the others (`Problems.omitted`)."""


class Problems(list[Diagnostic]):
    """The diagnostics of a pass: at most `MAX_KEPT` of them, and how many more were found
    (`omitted`), so that a file with millions of problems (3,000,000 dangling references) costs
    the memory of a thousand (a pass that collects more than that before it is made into
    `Problems` keeps the first `MAX_KEPT`). Printed: the first `MAX_SHOWN`, then the count of
    the rest."""

    omitted: int
    omitted_warnings: int  # of the omitted, how many are warnings (the others are errors)

    def __init__(self, diagnostics: Iterable[Diagnostic] = (), omitted: int = 0) -> None:
        items = diagnostics if isinstance(diagnostics, list) else list(diagnostics)
        super().__init__(items[:MAX_KEPT])
        rest = items[MAX_KEPT:]
        self.omitted = omitted + getattr(diagnostics, "omitted", 0) + len(rest)
        self.omitted_warnings = getattr(diagnostics, "omitted_warnings", 0) + sum(
            1 for d in rest if d.severity != "error"
        )

    def full(self) -> bool:
        """Whether the next problem is only counted (then the caller need not word it)."""
        return len(self) >= MAX_KEPT

    def add(self, diagnostic: Diagnostic) -> None:
        if len(self) < MAX_KEPT:
            self.append(diagnostic)
        else:
            self.omitted += 1
            if diagnostic.severity != "error":
                self.omitted_warnings += 1

    def extend(self, diagnostics: Iterable[Diagnostic]) -> None:
        """Add each (kept up to `MAX_KEPT`, then counted), and count what another pass's
        `Problems` only counted: `+=` of a pass's problems keeps the bound."""
        for d in diagnostics:
            self.add(d)
        counted = getattr(diagnostics, "omitted", 0)
        if counted:  # (unpickling extends before the counts are set: it passes a plain list)
            self.omitted += counted
            self.omitted_warnings += getattr(diagnostics, "omitted_warnings", 0)

    def __iadd__(self, diagnostics: Iterable[Diagnostic]) -> Problems:  # type: ignore[override,misc]
        self.extend(diagnostics)
        return self


def error_count(diags: Sequence[Diagnostic]) -> int:
    """The errors among `diags`, those a `Problems` only counted included."""
    kept = sum(1 for d in diags if d.severity == "error")
    return kept + getattr(diags, "omitted", 0) - getattr(diags, "omitted_warnings", 0)


class InputError(ElementsError):
    """Raised by a pass that found errors in its input; carries the diagnostics it found (at
    most `MAX_KEPT`, with the count of the others: `Problems`)."""

    code = "input"
    exit_code = EXIT_INVALID

    def __init__(self, diagnostics: Iterable[Diagnostic]) -> None:
        self.diagnostics = Problems(diagnostics)
        super().__init__("; ".join(d.message for d in self.diagnostics[:MAX_KEPT]))


def nearest(name: str, candidates: Iterable[str]) -> str | None:
    """The closest known name to `name`, if one is close enough to be a likely typo."""
    pool = sorted(set(candidates))
    found = difflib.get_close_matches(name, pool, n=1, cutoff=0.6)
    if found:
        return found[0]
    lowered = {c.lower(): c for c in pool}
    return lowered.get(name.lower())


MAX_SHOWN = 50
"""At most this many diagnostics are printed; the rest are counted ("… and N more problems")."""
MAX_QUOTE = 120
"""At most this many terminal cells of the source line are quoted, around the column."""
QUOTE_LEFT = 40
"""Cells of the line kept before the column when the line must be cut."""


def render(diag: Diagnostic, sources: dict[str, str] | None = None) -> str:
    """Render a diagnostic as a compiler-style message with the source line and a caret.

    `sources` maps file names to their text; when the file is not given there, it is read from
    disk if possible. A diagnostic without a span renders as a single line; so does one whose
    `quote` is off (it sits inside confidential evidence). A long line is cut to a window of
    `MAX_QUOTE` cells around the column ("…" where cut), with the caret still under the right
    character; control, bidi and other invisible characters in it show as escapes
    (`base.text`), as they do in the message (a suggested name shows its spaces too).
    """
    span = diag.span

    def visible(text: str) -> str:  # and every invisible character but spaces as an escape
        return show_invisible(_visible(text), spaces=False)

    message = visible(diag.message)
    head = (
        f"{visible(str(span))}: {diag.severity}: {message}"
        if span
        else f"{diag.severity}: {message}"
    )
    lines = [head]
    if span is not None and diag.quote:
        text = _source_line(span, sources)
        if text is not None:
            gutter = str(span.line)
            pad = " " * len(gutter)
            length = 1
            if span.end_line == span.line and span.end_column and span.end_column > span.column:
                length = span.end_column - span.column
            shown, before, width = quote_line(text, max(span.column - 1, 0), length)
            lines.append(f" {pad} |")
            lines.append(f" {gutter} | {shown}")
            lines.append(f" {pad} | {' ' * before}{'^' * width}")
    if span is not None and not diag.quote:
        lines.append("   = (the line is not quoted: it may hold evidence marked confidential)")
    if diag.expected:
        lines.append(f"   = expected {visible(diag.expected)}")
    if diag.suggestion:
        lines.append(f"   = did you mean `{show_invisible(_visible(diag.suggestion))}`?")
    for note in diag.notes:
        lines.append(f"   = note: {visible(note)}")
    if diag.context:
        lines.append(f"   = in: {visible(diag.context)}")
    return "\n".join(lines)


def quote_line(text: str, start: int, length: int = 1) -> tuple[str, int, int]:
    """The part of a source line to quote, the cells before the caret, and the caret's width.

    `start` is the 0-based character index of the column, `length` how many characters the
    caret covers. Tabs show as one space; control, bidi and other invisible characters (U+200B,
    U+FEFF …, not the spaces) as escapes; wide
    characters count two cells. At most `MAX_QUOTE` cells are shown, cut with "…"; only a
    bounded slice of the line is looked at, however long it is.
    """
    start = max(0, min(start, len(text)))
    limit = 4 * MAX_QUOTE  # characters looked at on each side (zero-width ones take no cell)

    def left(budget: int) -> tuple[int, int, list[str]]:
        i, used, parts = start, 0, []
        while i > 0 and start - i < limit:
            piece, w = _piece(text[i - 1])
            if used + w > budget:
                break
            parts.append(piece)
            used += w
            i -= 1
        parts.reverse()
        return i, used, parts

    i, left_used, left_parts = left(QUOTE_LEFT)
    j, right_used, right_parts, caret = start, 0, [], 0
    while j < len(text) and j - start < limit:
        piece, w = _piece(text[j])
        if left_used + right_used + w > MAX_QUOTE:
            break
        right_parts.append(piece)
        right_used += w
        j += 1
        if j - start <= length:
            caret = right_used
    if j == len(text) and i > 0:  # the line ends soon: give the room to what comes before
        i, left_used, left_parts = left(MAX_QUOTE - right_used)
    cut_left, cut_right = i > 0, j < len(text)
    shown = (
        ("…" if cut_left else "")
        + "".join(left_parts)
        + "".join(right_parts)
        + ("…" if cut_right else "")
    )
    return shown, left_used + cut_left, max(1, caret)


def _piece(ch: str) -> tuple[str, int]:
    """How one character of a quoted line is shown, and its width in cells."""
    if ch == "\t":
        return " ", 1
    if is_unsafe(ch) or (ch >= "\xad" and is_invisible(ch) and ch.isspace() is False):
        shown = escape_char(ch)
        return shown, len(shown)
    return ch, cells(ch)


def render_all(diags: Sequence[Diagnostic], sources: dict[str, str] | None = None) -> str:
    """Every diagnostic up to `MAX_SHOWN`, then how many more there are (those only counted,
    `Problems.omitted`), then the totals."""
    omitted = getattr(diags, "omitted", 0)
    errors = error_count(diags)
    warnings = len(diags) + omitted - errors
    shown = [render(d, sources) for d in diags[:MAX_SHOWN]]
    hidden = len(diags) + omitted - len(shown)
    if hidden > 0:
        shown.append(
            f"… and {hidden:,} more problem{'s' if hidden != 1 else ''} "
            f"(the first {MAX_SHOWN} are shown; fix these and run again)"
        )
    body = "\n\n".join(shown)
    parts = []
    if errors:
        parts.append(f"{errors:,} error{'s' if errors != 1 else ''}")
    if warnings:
        parts.append(f"{warnings:,} warning{'s' if warnings != 1 else ''}")
    return f"{body}\n\n{', '.join(parts)}" if parts else body


_file_cache: dict[str, list[str]] = {}
_text_cache: dict[int, tuple[str, list[str]]] = {}


def _source_line(span: Span, sources: dict[str, str] | None) -> str | None:
    if sources and span.file in sources:
        source = sources[span.file]
        cached = _text_cache.get(id(source))
        if cached is None or cached[0] is not source:
            cached = (source, source.splitlines())
            _text_cache.clear()
            _text_cache[id(source)] = cached
        all_lines = cached[1]
    else:
        if span.file not in _file_cache:
            try:
                with open(span.file, encoding="utf-8-sig", errors="replace") as fh:
                    _file_cache[span.file] = fh.read().splitlines()
            except OSError:
                _file_cache[span.file] = []
        all_lines = _file_cache[span.file]
    if 1 <= span.line <= len(all_lines):
        return all_lines[span.line - 1]
    return None
