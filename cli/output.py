"""Writing a rendered report to stdout or to `--output`, without ever destroying something else.

What `--output PATH` does, by what PATH is:

* a new path, or a regular file: written atomically (temporary file in the same folder, synced,
  renamed over it), so an interrupted or failed run leaves the old file or nothing — never half
  a report and never a `.tmp` file (SIGTERM and SIGHUP are turned into an exception for this,
  see `signals_as_exceptions`);
* a character device or a FIFO (`/dev/null`, `/dev/stdout`, a named pipe): opened and written
  straight through — replacing it with a regular file would destroy it;
* a symbolic link, a folder, any other special file (socket, block device), or one of the
  command's input files (the case file; either file `diff` compares — also through a hard link
  or a symlinked input): refused before any work is done, with one line, exit 2.

Permissions: a new report gets 0666 less the umask (as any file the user creates); a report
replacing an existing one keeps that file's permissions. A report that shows the source or
excerpt of evidence marked `confidential: true` (that is, not `--redact`ed) is private: 0600 when
new, and an existing file's permissions for group and others are removed.

Write errors (missing or unwritable folder, full disk …) raise `OutputError`, which the CLI
prints as one line ("cannot write report.json: No space left on device") and exit 2; so do
those of standard output once `guard_stdout` has run (`elements check … >/dev/full`, or with
standard output closed: `>&-`), while a reader that went away (`| head`) ends the run quietly.
"""

from __future__ import annotations

import io
import os
import signal
import stat
import sys
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING

import click

from rome_elements.base.errors import EXIT_INVALID, ElementsError
from rome_elements.base.fileio import write_atomic as replace_atomically

if TYPE_CHECKING:
    from _typeshed import ReadableBuffer

_O_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_O_CLOEXEC = getattr(os, "O_CLOEXEC", 0)


class OutputError(ElementsError):
    """The report cannot or must not be written where asked; the message is one line."""

    code = "output"
    exit_code = EXIT_INVALID


class Terminated(BaseException):
    """SIGTERM or SIGHUP arrived: unwind (removing temporary files), then exit 128 + signal."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


@contextmanager
def signals_as_exceptions() -> Iterator[None]:
    """While the command runs, SIGTERM and SIGHUP raise `Terminated` (as Ctrl-C raises
    KeyboardInterrupt), so that `finally` and cleanup code run before the process exits."""

    def raise_terminated(signum: int, frame: FrameType | None) -> None:
        raise Terminated(signum)

    previous: dict[int, object] = {}
    for name in ("SIGTERM", "SIGHUP"):
        signum = getattr(signal, name, None)
        if signum is None:
            continue
        try:
            previous[signum] = signal.signal(signum, raise_terminated)
        except (ValueError, OSError):  # not the main thread
            pass
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)  # type: ignore[arg-type]


def _umask() -> int:
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _cannot(path: Path, err: OSError) -> OutputError:
    return OutputError(f"cannot write {path}: {err.strerror or type(err).__name__}")


def check_target(output: Path, inputs: Sequence[tuple[Path, str]] = ()) -> None:
    """Refuse, before any work, an `--output` that must not or cannot be written: a symbolic
    link, a folder, a special file other than a character device or a FIFO, a file in a
    missing folder, or one of `inputs` (path, how to name it: "the case file")."""
    try:
        info = os.lstat(output)
    except FileNotFoundError:
        folder = output.parent if str(output.parent) else Path(".")
        if not folder.is_dir():
            raise OutputError(
                f"cannot write {output}: the folder {folder} does not exist"
            ) from None
        return
    except OSError as err:
        raise _cannot(output, err) from None
    mode = info.st_mode
    if stat.S_ISLNK(mode):
        raise OutputError(
            f"--output {output} is a symbolic link; refusing to replace it "
            "(give the path of the file itself)"
        )
    if stat.S_ISDIR(mode):
        raise OutputError(f"--output {output} is a folder; give a file name")
    if stat.S_ISCHR(mode) or stat.S_ISFIFO(mode):
        return
    if not stat.S_ISREG(mode):
        raise OutputError(
            f"--output {output} is a special file (not a regular file, a device or a pipe); "
            "refusing to write to it"
        )
    for path, name in inputs:
        try:
            if os.path.samestat(info, os.stat(path)):
                raise OutputError(f"--output {output} is {name}; refusing to overwrite it")
        except OSError:
            continue


def write_report(
    path: Path, text: str | bytes | Iterable[str] | Iterable[bytes], *, private: bool = False
) -> None:
    """Write the report text (or its pieces; text as UTF-8, or bytes, such as a Word file)
    to `path` by the rules above."""
    check_target(path)
    pieces = [text] if isinstance(text, str | bytes) else text
    encoded = (piece.encode("utf-8") if isinstance(piece, str) else piece for piece in pieces)
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        info = None
    except OSError as err:
        raise _cannot(path, err) from None
    try:
        if info is None or stat.S_ISREG(info.st_mode):
            mode = 0o666 & ~_umask() if info is None else stat.S_IMODE(info.st_mode) & 0o777
            if private:
                mode &= 0o700
            replace_atomically(path, encoded, mode=mode)
        else:  # a character device or a FIFO: straight through, never replaced
            fd = os.open(path, os.O_WRONLY | _O_NOFOLLOW | _O_CLOEXEC)
            with os.fdopen(fd, "wb") as fh:
                for chunk in encoded:
                    fh.write(chunk)
    except OSError as err:
        raise _cannot(path, err) from None


def write_atomic(path: Path, text: str | Iterable[str]) -> None:
    """Write the report text (or its pieces) to `path` atomically, as UTF-8."""
    pieces = [text] if isinstance(text, str) else text
    replace_atomically(path, (piece.encode("utf-8") for piece in pieces))


def emit(text: str | Iterable[str], output: Path | None, *, private: bool = False) -> None:
    """Write `text` (or its pieces, one after the other) to stdout or to `output`."""
    pieces = [text] if isinstance(text, str) else text
    if output is None:
        for piece in pieces:
            click.echo(piece, nl=False)
        sys.stdout.flush()
    else:
        write_report(output, pieces, private=private)


def any_confidential(reports: Iterable[object]) -> bool:
    """Whether any of these JSON reports (dicts) lists evidence marked confidential."""
    for report in reports:
        evidence = report.get("evidence") if isinstance(report, dict) else None
        if isinstance(evidence, list) and any(
            isinstance(e, dict) and e.get("confidential") is True for e in evidence
        ):
            return True
    return False


def quiet_broken_pipe() -> None:
    """After stdout's reader went away (`elements check … | head`): point stdout at /dev/null so
    that the interpreter's last flush does not complain on stderr."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass


# ---- standard output that fails -----------------------------------------------------------------


class _GuardedStdout(io.RawIOBase):
    """Standard output (file descriptor 1) whose failures are `OutputError`s, not tracebacks:
    a full device (`>/dev/full`: "No space left on device"), an I/O error, or a descriptor the
    shell closed (`>&-`, `closed`). A broken pipe stays `BrokenPipeError` (`| head`: quiet,
    exit 141). After the first failure, what is still written is discarded: the error is
    said once."""

    def __init__(self, closed: bool) -> None:
        super().__init__()
        self._closed_by_shell = closed
        self._failed = False

    def writable(self) -> bool:
        return True

    def fileno(self) -> int:
        return 1

    def isatty(self) -> bool:
        return not self._closed_by_shell and os.isatty(1)

    def write(self, data: ReadableBuffer) -> int:
        size = len(memoryview(data))
        if self._failed:
            return size
        if self._closed_by_shell:
            self._failed = True
            raise OutputError(
                "cannot write to standard output: it is closed (give --output FILE, "
                "or redirect it to a file)"
            )
        try:
            return os.write(1, data)
        except BrokenPipeError:
            raise
        except OSError as err:
            self._failed = True
            raise OutputError(
                f"cannot write to standard output: {err.strerror or type(err).__name__}"
            ) from None


def guard_stdout() -> None:
    """Make `sys.stdout` raise `OutputError` when standard output cannot be written (see
    `_GuardedStdout`). A closed descriptor 1 is first taken by /dev/null, so that no file the
    run opens gets it (a report, a cache file) and a child process writes nowhere."""
    try:
        os.fstat(1)
        closed = False
    except OSError:
        closed = True
        devnull = os.open(os.devnull, os.O_WRONLY)
        if devnull != 1:
            os.dup2(devnull, 1)
            os.close(devnull)
    old = sys.stdout
    encoding = getattr(old, "encoding", None) or "utf-8"
    errors = getattr(old, "errors", None) or "strict"
    line_buffering = bool(getattr(old, "line_buffering", False))
    sys.stdout = io.TextIOWrapper(
        io.BufferedWriter(_GuardedStdout(closed)),
        encoding=encoding,
        errors=errors,
        line_buffering=line_buffering,
    )
