"""Writing a rendered report: to stdout, or atomically to a file (temporary file + rename), so
that an interrupted run never leaves a half-written report behind."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import click

from rules.cache import write_atomic as replace_atomically


def write_atomic(path: Path, text: str | Iterable[str]) -> None:
    """Write the report text (or its pieces) to `path` atomically, as UTF-8."""
    pieces = [text] if isinstance(text, str) else text
    replace_atomically(path, (piece.encode("utf-8") for piece in pieces))


def emit(text: str | Iterable[str], output: Path | None) -> None:
    """Write `text` (or its pieces, one after the other) to stdout or, atomically, to
    `output`."""
    pieces = [text] if isinstance(text, str) else text
    if output is None:
        for piece in pieces:
            click.echo(piece, nl=False)
    else:
        write_atomic(output, pieces)
