"""One function applied to a few parts of the work, the first part here and the others in
forked copies of this process: a large case's charges assessed on several CPUs.

A forked child starts with this process's memory as it is (the case, the compiled rules, what
the evaluation has found so far), so nothing is sent to it; only its results come back,
pickled through a pipe. Forking is safe only while this process runs one thread, on a system
whose `fork` copies a process faithfully (Linux): elsewhere, or when another thread runs (e.g.
durable-rules' timers), every part is worked out here, one after another. A child that fails
(killed, out of memory, an exception) is not trusted for anything: its part is worked out
again here, so the result is the same in every case, only slower.
"""

from __future__ import annotations

import os
import pickle
import signal
import sys
import threading
from collections.abc import Callable, Sequence
from typing import TypeVar

__all__ = ["can_fork", "cpus", "fork_map"]

P = TypeVar("P")
R = TypeVar("R")
T = TypeVar("T")


def cpus() -> int:
    """The CPUs this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def can_fork() -> bool:
    """Whether forking copies this process safely now: Linux, and one thread."""
    return sys.platform == "linux" and hasattr(os, "fork") and threading.active_count() == 1


def fork_map(
    work: Callable[[P], R],
    parts: Sequence[P],
    failed: list[str],
    meanwhile: Callable[[], T],
) -> tuple[list[R], T]:
    """`[work(p) for p in parts]`, and `meanwhile()`: the first part in this process, each
    other in a child forked for it, at the same time; then `meanwhile()` here (work that needs
    nothing of theirs, done while they finish), and then their results are read. What went
    wrong in a child is appended to `failed` (a sentence), and that part is worked out here
    instead."""
    if len(parts) < 2 or not can_fork():
        return [work(p) for p in parts], meanwhile()
    children: list[tuple[int, int]] = []  # (pid, read end of its pipe)
    try:
        for part in parts[1:]:
            children.append(_fork(work, part))
        results = [work(parts[0])]
        extra = meanwhile()
        for part in parts[1:]:
            pid, fd = children.pop(0)
            got = _collect(pid, fd)
            if isinstance(got, str):
                failed.append(got)
                results.append(work(part))
            else:
                result: tuple[R] = pickle.loads(got)
                results.append(result[0])
        return results, extra
    finally:
        for pid, fd in children:  # interrupted (Ctrl-C) or failed: no child outlives us
            _stop(pid, fd)


def _fork(work: Callable[[P], R], part: P) -> tuple[int, int]:
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: work, write, and leave without running the parent's exit code
        os.close(read)
        code = 1
        try:
            data = pickle.dumps((work(part),), protocol=pickle.HIGHEST_PROTOCOL)
            with os.fdopen(write, "wb") as out:
                out.write(data)
            code = 0
        finally:
            os._exit(code)
    os.close(write)
    return pid, read


def _collect(pid: int, fd: int) -> bytes | str:
    """The child's result, pickled, or what went wrong."""
    try:
        with os.fdopen(fd, "rb") as pipe:
            data = pipe.read()
    except BaseException:
        _stop(pid, None)
        raise
    _, status = os.waitpid(pid, 0)
    if os.WIFSIGNALED(status):
        return f"a worker process was stopped by signal {os.WTERMSIG(status)}"
    if os.waitstatus_to_exitcode(status) != 0:
        return "a worker process failed"
    return data


def _stop(pid: int, fd: int | None) -> None:
    try:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    except OSError:
        pass
    if fd is not None:
        os.close(fd)
