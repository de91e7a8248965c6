"""Evidence integrity: an item that names a `file` must match its `sha256`, on every run.

The file is resolved relative to the case file's folder and must stay inside that folder: an
absolute path, a `..` that climbs out, or a symbolic link that points outside is refused. A
missing file, a refused path, an unreadable file or a hash mismatch is an *integrity failure*
of that item: it is not weighed (it supports and contradicts nothing), and the report names it
on every element that rests on it. An item with a `file` but no `sha256` is read, not checked,
and the report says so.

Each file is hashed once per run, however many items name it, in chunks (memory does not grow
with the file), and only up to `MAX_EVIDENCE_FILE_BYTES` (16 GiB): a larger one is an integrity
failure. A mismatch shows the two digests around their first difference.
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from pathlib import Path

from rome_elements.facts.model import Case

CHUNK = 1 << 20


def _resolve(root: Path | None, name: str) -> tuple[Path | None, str | None]:
    """The real path of evidence file `name` in the case file's folder, resolved (`root`;
    None: it cannot be read), or why it is refused."""
    if "\0" in name:
        return None, "its file name contains a NUL character"
    rel = Path(name)
    if rel.is_absolute():
        return (
            None,
            f"its file {name!r} is an absolute path; name it relative to the case file's folder",
        )
    if root is None:
        return None, "the case file's folder cannot be read"
    candidate = root / rel
    try:
        real = candidate.resolve(strict=True)
    except FileNotFoundError:
        return None, f"its file {name!r} does not exist in the case file's folder"
    except (OSError, RuntimeError, ValueError) as err:
        return None, f"its file {name!r} cannot be resolved ({err})"
    if not real.is_relative_to(root):
        return None, f"its file {name!r} lies outside the case file's folder; refused"
    if not real.is_file():
        return None, f"its file {name!r} is not a regular file"
    return real, None


MAX_EVIDENCE_FILE_BYTES = 16 * 1024**3
"""Evidence files larger than this (16 GiB) are not hashed: an integrity failure of the item."""


class _TooLarge(Exception):
    pass


def sha256_of(path: Path, limit: int | None = None) -> str:
    """The SHA-256 of the regular file at `path`, read in chunks of `CHUNK` bytes (memory does
    not grow with the file); `_TooLarge` past `limit` bytes, also for a file that grows while
    it is read."""
    if limit is None:
        limit = MAX_EVIDENCE_FILE_BYTES
    digest = hashlib.sha256()
    # not blocking: a FIFO put in the file's place after it was resolved is refused, not waited on
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with open(fd, "rb", buffering=0) as fh:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise OSError(errno.EINVAL, "not a regular file")
        os.set_blocking(fd, True)
        if info.st_size > limit:
            raise _TooLarge
        total = 0
        buffer = bytearray(CHUNK)
        view = memoryview(buffer)
        while n := fh.readinto(buffer):
            total += n
            if total > limit:
                raise _TooLarge
            digest.update(view[:n])
    return digest.hexdigest()


def where_they_differ(recorded: str, found: str) -> str:
    """The two digests around their first difference, e.g. ``recorded …d2756812dbecda20…,
    found …d2756813f0a1b2c3… (they differ from character 38 on)``: identical prefixes would
    show nothing."""
    first = next((i for i, (a, b) in enumerate(zip(recorded, found, strict=False)) if a != b), 0)
    start = max(0, first - 8)
    lead = "…" if start else ""

    def window(digest: str) -> str:
        return f"{lead}{digest[start : start + 16]}{'…' if start + 16 < len(digest) else ''}"

    return (
        f"recorded {window(recorded)}, found {window(found)} "
        f"(they differ from character {first + 1} on)"
    )


def verify(case: Case) -> dict[str, str]:
    """Integrity failures by evidence id (an empty dict when every named file checks out).

    Each file is read once, however many items name it (an excerpt per passage of one
    document is usual): digests are kept by the file's real path for this call."""
    base = Path(case.path).parent if case.path else Path(".")
    root: Path | None = None
    try:
        root = base.resolve(strict=True)  # once, not per item
    except OSError:
        pass
    failures: dict[str, str] = {}
    digests: dict[Path, str | BaseException] = {}
    for ev in case.evidence:
        if not ev.file:
            continue
        path, problem = _resolve(root, ev.file)
        if problem is not None or path is None:
            failures[ev.id] = problem or "its file cannot be read"
            continue
        if not ev.sha256:
            continue
        actual = digests.get(path)
        if actual is None:
            try:
                actual = sha256_of(path)
            except (OSError, _TooLarge) as err:
                actual = err
            digests[path] = actual
        if isinstance(actual, _TooLarge):
            limit = MAX_EVIDENCE_FILE_BYTES // 1024**3
            failures[ev.id] = f"its file {ev.file!r} is larger than {limit} GiB; not checked"
        elif isinstance(actual, OSError):
            failures[ev.id] = f"its file {ev.file!r} cannot be read ({actual.strerror})"
        elif isinstance(actual, str) and actual.lower() != ev.sha256.lower():
            failures[ev.id] = (
                f"its file {ev.file!r} does not match the recorded sha256 "
                f"({where_they_differ(ev.sha256.lower(), actual)})"
            )
    return failures
