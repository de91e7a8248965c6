"""Golden-file comparison.

`UPDATE_GOLDENS=1 pytest` rewrites the expected files: review the diff.
"""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def check_golden(expected_path: Path, actual: str) -> None:
    if os.environ.get("UPDATE_GOLDENS"):
        expected_path.write_text(actual, encoding="utf-8")
        return
    assert expected_path.exists(), f"no golden file {expected_path}; run with UPDATE_GOLDENS=1"
    expected = expected_path.read_text(encoding="utf-8")
    assert actual == expected, f"output differs from {expected_path.relative_to(ROOT)}"
