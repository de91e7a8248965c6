"""Where a report comes from: the header every rendered report carries.

`provenance(lib, case)` gives the program's version, a digest of the law library's files,
the SHA-256 of the case file and the time of the run. The time honours `SOURCE_DATE_EPOCH`
(https://reproducible-builds.org/specs/source-date-epoch/): set, it is that moment (so the same
input renders the same bytes, as the tests rely on); unset, the current UTC time.
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Mapping
from datetime import UTC, datetime
from functools import lru_cache

import rome_elements
from rome_elements.base.diagnostics import Diagnostic, InputError
from rome_elements.engine.report import Provenance
from rome_elements.facts.model import Case
from rome_elements.rules.library import Library

_CHUNK = 1 << 20


def generated_at(environ: Mapping[str, str] = os.environ) -> str:
    """The time of the run as `YYYY-MM-DDTHH:MM:SSZ`: `SOURCE_DATE_EPOCH` (whole seconds since
    1970 UTC) if set, else now. A malformed value is invalid input (exit 2), as the
    specification asks, rather than a silently different date."""
    epoch = environ.get("SOURCE_DATE_EPOCH")
    if epoch is None or not epoch.strip():
        moment = datetime.now(UTC)
    else:
        try:
            moment = datetime.fromtimestamp(int(epoch.strip()), tz=UTC)
        except (ValueError, OverflowError, OSError):
            raise InputError(
                [
                    Diagnostic(
                        "error",
                        f"SOURCE_DATE_EPOCH is {epoch!r}: it must be a whole number of seconds "
                        "since 1970-01-01 UTC (or unset, for the current time)",
                    )
                ]
            ) from None
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def file_sha256(path: str) -> str | None:
    """The SHA-256 of a regular file, or None (standard input, a pipe, a file gone since)."""
    try:
        with open(path, "rb") as fh:
            if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
                return None
            digest = hashlib.sha256()
            while chunk := fh.read(_CHUNK):
                digest.update(chunk)
    except OSError:
        return None
    return digest.hexdigest()


def library_digest(lib: Library) -> str:
    """A SHA-256 over the library's DSL files: of their own SHA-256s, sorted (so the digest
    depends on what the files say, not on where the library is installed nor in which order
    it was read). A file that cannot be read again counts by its name. Files unchanged since
    the last call (same size and modification time) are not read again: a situation checks
    thousands of incidents against one library."""
    stamps = []
    for module in lib.modules:
        try:
            info = os.stat(module.path)
            stamps.append((module.path, info.st_size, info.st_mtime_ns))
        except OSError:
            stamps.append((module.path, -1, -1))
    return _digest(tuple(stamps))


@lru_cache(maxsize=8)
def _digest(stamps: tuple[tuple[str, int, int], ...]) -> str:
    owns = sorted(
        file_sha256(path) or f"unreadable:{os.path.basename(path)}" for path, _, _ in stamps
    )
    return hashlib.sha256("".join(f"{own}\n" for own in owns).encode()).hexdigest()


def provenance(lib: Library, case: Case) -> Provenance:
    return Provenance(
        version=rome_elements.__version__,
        library_digest=library_digest(lib),
        case_sha256=file_sha256(case.path) if case.path else None,
        generated_at=generated_at(),
    )
