"""Evidence integrity: an item that names a `file` must match its `sha256`, on every run.

The file is resolved relative to the case file's folder and must stay inside that folder: an
absolute path, a `..` that climbs out, or a symbolic link that points outside is refused. A
missing file, a refused path, an unreadable file or a hash mismatch is an *integrity failure*
of that item: it is not weighed (it supports and contradicts nothing), and the report names it
on every element that rests on it. An item with a `file` but no `sha256` is read, not checked,
and the report says so.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from rome_elements.facts.model import Case

CHUNK = 1 << 20


def _resolve(base: Path, name: str) -> tuple[Path | None, str | None]:
    if "\0" in name:
        return None, "its file name contains a NUL character"
    rel = Path(name)
    if rel.is_absolute():
        return (
            None,
            f"its file {name!r} is an absolute path; name it relative to the case file's folder",
        )
    try:
        root = base.resolve(strict=True)
    except OSError:
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


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def verify(case: Case) -> dict[str, str]:
    """Integrity failures by evidence id (an empty dict when every named file checks out)."""
    base = Path(case.path).parent if case.path else Path(".")
    failures: dict[str, str] = {}
    for ev in case.evidence:
        if not ev.file:
            continue
        path, problem = _resolve(base, ev.file)
        if problem is not None or path is None:
            failures[ev.id] = problem or "its file cannot be read"
            continue
        if not ev.sha256:
            continue
        try:
            actual = sha256_of(path)
        except OSError as err:
            failures[ev.id] = f"its file {ev.file!r} cannot be read ({err.strerror})"
            continue
        if actual.lower() != ev.sha256.lower():
            failures[ev.id] = (
                f"its file {ev.file!r} does not match the recorded sha256 "
                f"(recorded {ev.sha256.lower()[:12]}…, found {actual[:12]}…)"
            )
    return failures
