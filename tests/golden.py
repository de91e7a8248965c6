"""Golden-file comparison.

`UPDATE_GOLDENS=1 pytest` rewrites the expected files: review the diff.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@cache
def _provenance() -> tuple[tuple[str, str], ...]:
    """What changes in a report with every release and every edit of the law library, and
    what the golden files hold in its place."""
    import rome_elements
    from rome_elements.engine.provenance import library_digest
    from rome_elements.rules.load import load_library

    version = rome_elements.__version__
    return (
        (library_digest(load_library()), "<library digest>"),
        (f"by elements {version}", "by elements <version>"),
        (f'"version": "{version}"', '"version": "<version>"'),
    )


def mask_provenance(text: str) -> str:
    """`text` with the program's version and the bundled library's digest as placeholders:
    a golden report changes when the report does, not when the version or a comment of the
    library does (tests/test_renderers.py checks the real values)."""
    for real, placeholder in _provenance():
        text = text.replace(real, placeholder)
    return text


def check_golden(expected_path: Path, actual: str) -> None:
    actual = mask_provenance(actual)
    if os.environ.get("UPDATE_GOLDENS"):
        expected_path.write_text(actual, encoding="utf-8")
        return
    assert expected_path.exists(), f"no golden file {expected_path}; run with UPDATE_GOLDENS=1"
    expected = expected_path.read_text(encoding="utf-8")
    assert actual == expected, f"output differs from {expected_path.relative_to(ROOT)}"
