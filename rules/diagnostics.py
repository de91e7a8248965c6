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


class InputError(Exception):
    """Raised by a pass that found errors in its input; carries every diagnostic it found."""

    def __init__(self, diagnostics: Sequence[Diagnostic]) -> None:
        self.diagnostics = list(diagnostics)
        super().__init__("; ".join(d.message for d in self.diagnostics))


def nearest(name: str, candidates: Iterable[str]) -> str | None:
    """The closest known name to `name`, if one is close enough to be a likely typo."""
    pool = sorted(set(candidates))
    found = difflib.get_close_matches(name, pool, n=1, cutoff=0.6)
    if found:
        return found[0]
    lowered = {c.lower(): c for c in pool}
    return lowered.get(name.lower())


def render(diag: Diagnostic, sources: dict[str, str] | None = None) -> str:
    """Render a diagnostic as a compiler-style message with the source line and a caret.

    `sources` maps file names to their text; when the file is not given there, it is read from
    disk if possible. A diagnostic without a span renders as a single line.
    """
    span = diag.span
    head = (
        f"{span}: {diag.severity}: {diag.message}" if span else f"{diag.severity}: {diag.message}"
    )
    lines = [head]
    if span is not None:
        text = _source_line(span, sources)
        if text is not None:
            gutter = str(span.line)
            pad = " " * len(gutter)
            shown = text.replace("\t", " ")
            width = 1
            if span.end_line == span.line and span.end_column and span.end_column > span.column:
                width = span.end_column - span.column
            caret_col = max(span.column - 1, 0)
            width = max(1, min(width, max(1, len(shown) - caret_col)))
            lines.append(f" {pad} |")
            lines.append(f" {gutter} | {shown}")
            lines.append(f" {pad} | {' ' * caret_col}{'^' * width}")
    if diag.expected:
        lines.append(f"   = expected {diag.expected}")
    if diag.suggestion:
        lines.append(f"   = did you mean `{diag.suggestion}`?")
    for note in diag.notes:
        lines.append(f"   = note: {note}")
    if diag.context:
        lines.append(f"   = in: {diag.context}")
    return "\n".join(lines)


def render_all(diags: Sequence[Diagnostic], sources: dict[str, str] | None = None) -> str:
    errors = sum(1 for d in diags if d.severity == "error")
    warnings = len(diags) - errors
    body = "\n\n".join(render(d, sources) for d in diags)
    parts = []
    if errors:
        parts.append(f"{errors} error{'s' if errors != 1 else ''}")
    if warnings:
        parts.append(f"{warnings} warning{'s' if warnings != 1 else ''}")
    return f"{body}\n\n{', '.join(parts)}" if parts else body


_file_cache: dict[str, list[str]] = {}


def _source_line(span: Span, sources: dict[str, str] | None) -> str | None:
    if sources and span.file in sources:
        all_lines = sources[span.file].splitlines()
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
