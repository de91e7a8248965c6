"""Whether a case file is a situation's manifest: one case file is checked without loading the
situation's machinery (`engine.situation`) just to find out."""

from __future__ import annotations

from pathlib import Path

MANIFEST_KEY = "situation"
"""A manifest's first key (`situation: {title, context, incidents}`)."""


def is_manifest(path: Path) -> bool:
    """Whether a regular file is a situation manifest (its first key is `situation:`), from its
    first 4 KiB."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(4096).decode("utf-8", errors="replace")
    except OSError:
        return False
    for line in head.splitlines():
        stripped = line.strip()
        if stripped and not stripped.startswith(("#", "---")):
            return stripped.startswith(f"{MANIFEST_KEY}:")
    return False
