"""Writing a rendered report: to stdout, or atomically to a file (temporary file + rename), so
that an interrupted run never leaves a half-written report behind."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

import click


def write_atomic(path: Path, text: str | Iterable[str]) -> None:
    import tempfile

    directory = path.parent if str(path.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            for piece in [text] if isinstance(text, str) else text:
                fh.write(piece)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def emit(text: str | Iterable[str], output: Path | None) -> None:
    """Write `text` (or its pieces, one after the other) to stdout or, atomically, to
    `output`."""
    pieces = [text] if isinstance(text, str) else text
    if output is None:
        for piece in pieces:
            click.echo(piece, nl=False)
    else:
        write_atomic(output, pieces)
