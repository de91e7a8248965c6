"""Reading input with a hard size limit, and writing files atomically.

`read_limited` never trusts `stat().st_size` alone (it is 0 for /dev/zero, pipes and FIFOs): it
reads at most `limit + 1` bytes and raises `TooLarge` beyond `limit`, so an endless stream ends
with a clean error instead of exhausting memory.

`write_atomic` writes through a temporary file in the target's folder, synced and renamed over
the target. The temporary file is removed whatever interrupts the write (an exception, Ctrl-C,
or SIGTERM/SIGHUP once `cli.output` has turned them into exceptions); the signals are held back
for the instant between creating the temporary file and taking charge of removing it.
"""

from __future__ import annotations

import os
import signal
import stat
import tempfile
from collections.abc import Iterable
from pathlib import Path

_CHUNK = 1 << 20
_HELD = {signal.SIGINT, signal.SIGTERM} | ({signal.SIGHUP} if hasattr(signal, "SIGHUP") else set())


class TooLarge(OSError):
    """The file holds more than the limit allowed (`size` is None when it is a stream whose
    length is unknown: only "more than `limit`" is known)."""

    def __init__(self, path: str, limit: int, size: int | None) -> None:
        super().__init__(f"{path} is larger than {limit} bytes")
        self.limit = limit
        self.size = size


def read_limited(path: str | os.PathLike[str], limit: int) -> bytes:
    """The bytes of `path`, at most `limit` of them; `TooLarge` if there are more.

    A regular file larger than the limit is refused before it is read; anything else (a pipe,
    a FIFO, a character device such as /dev/zero) is read up to `limit + 1` bytes at most."""
    with open(path, "rb", buffering=0) as fh:
        info = os.fstat(fh.fileno())
        regular = stat.S_ISREG(info.st_mode)
        if regular and info.st_size > limit:
            raise TooLarge(os.fspath(path), limit, info.st_size)
        chunks: list[bytes] = []
        total = 0
        # a regular file comes in one read (its size + 1, to notice growth); streams in chunks
        want = info.st_size + 1 if regular else _CHUNK
        while total <= limit:
            chunk = fh.read(min(want, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            want = _CHUNK
        if total > limit:
            raise TooLarge(os.fspath(path), limit, total if regular else None)
        return b"".join(chunks)


def write_atomic(path: Path, chunks: Iterable[bytes | memoryview], mode: int | None = None) -> None:
    """Write `chunks` to `path` through a temporary file in the same folder, synced and then
    renamed over `path`: readers see the old file or the whole new one, never a part (the
    temporary file is removed if anything fails, an interruption included). The file gets
    `mode` (permission bits) if given, else 0600 (what `tempfile.mkstemp` creates)."""
    directory = path.parent if str(path.parent) else Path(".")
    fd, tmp = -1, ""
    held = _hold_signals()
    try:
        try:
            fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
        finally:
            _release_signals(held)  # a pending signal is raised here, inside the cleanup
        with os.fdopen(fd, "wb") as fh:
            fd = -1  # closed by the `with`
            if mode is not None:
                os.fchmod(fh.fileno(), mode)
            for chunk in chunks:
                fh.write(chunk)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        if fd >= 0:
            try:
                os.close(fd)
            except OSError:
                pass
        if tmp:
            try:
                os.unlink(tmp)
            except OSError:
                pass
        raise


def _hold_signals() -> set[int | signal.Signals] | None:
    """Block the interrupting signals (they stay pending); None where that is not possible."""
    try:
        return signal.pthread_sigmask(signal.SIG_BLOCK, _HELD)
    except (AttributeError, OSError, ValueError):
        return None


def _release_signals(previous: set[int | signal.Signals] | None) -> None:
    if previous is not None:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)
