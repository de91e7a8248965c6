"""Writing a rendered report: to stdout, or atomically to a file (temporary file + rename), so
that an interrupted run never leaves a half-written report behind."""

from __future__ import annotations

import os
from pathlib import Path

import click


def write_atomic(path: Path, text: str) -> None:
    import tempfile

    directory = path.parent if str(path.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def emit(text: str, output: Path | None) -> None:
    if output is None:
        click.echo(text, nl=False)
    else:
        write_atomic(output, text)
