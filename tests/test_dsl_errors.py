"""Every bad DSL file gives located, lawyer-readable diagnostics (golden files)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from golden import ROOT, check_golden

from rome_elements.base.diagnostics import InputError, render_all
from rome_elements.rules.load import load_library

BAD = sorted((ROOT / "tests" / "dsl" / "bad").glob("*.el"))


@pytest.mark.parametrize("path", BAD, ids=[p.stem for p in BAD])
def test_bad_dsl_file_is_reported_with_locations(path: Path) -> None:
    rel = os.path.relpath(path, ROOT)
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        with pytest.raises(InputError) as info:
            load_library([rel])
    finally:
        os.chdir(cwd)
    errors = [d for d in info.value.diagnostics if d.severity == "error"]
    assert errors, "a bad file must produce at least one error"
    assert all(d.span is not None for d in errors), "every error names file:line:column"
    check_golden(path.with_suffix(".expected"), render_all(info.value.diagnostics) + "\n")
