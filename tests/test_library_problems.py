"""The library passes keep at most `MAX_KEPT` problems and count the others (issue 19), as the
case-file passes do: a library of tens of thousands of broken lines costs the memory of a
thousand diagnostics, its totals stay exact, and errors only counted still fail the load."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest

from rome_elements.base.diagnostics import (
    MAX_KEPT,
    Diagnostic,
    InputError,
    Problems,
    error_count,
    render_all,
)
from rome_elements.rules.library import index
from rome_elements.rules.load import analyse_library, load_library
from rome_elements.rules.parse import parse_text

DUPLICATE = 'fact dup "A duplicate" { a: text "x" }\n'


def test_problems_added_in_bulk_keep_the_bound_and_count_the_rest() -> None:
    inner = Problems(Diagnostic("warning", f"w{i}") for i in range(MAX_KEPT + 5))
    outer = Problems([Diagnostic("error", "first")])
    outer += inner
    outer.extend(Diagnostic("error", f"e{i}") for i in range(10))
    assert len(outer) == MAX_KEPT
    assert outer.omitted == 5 + 1 + 10  # the inner's counted ones, its last kept one, the ten
    assert outer.omitted_warnings == 5 + 1
    assert error_count(outer) == 1 + 10
    assert render_all(outer).endswith(f"11 errors, {MAX_KEPT + 5:,} warnings")


def test_fifty_thousand_duplicate_declarations_are_capped_while_indexed() -> None:
    # one parsed module, indexed 50,000 times: every declaration after the first is a duplicate
    module = parse_text(DUPLICATE, "dup.el")
    tracemalloc.start()
    try:
        _, diags = index([module] * 50_000)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(diags) == MAX_KEPT
    assert getattr(diags, "omitted", 0) == 50_000 - 1 - MAX_KEPT
    assert error_count(diags) == 49_999
    # 49,999 diagnostics kept would take ~20 MB; a thousand, well under 2 MB
    assert peak < 4 * 2**20, peak


def test_a_broken_library_reports_the_exact_count_and_fails(tmp_path: Path) -> None:
    (tmp_path / "dup.el").write_text(DUPLICATE * 3_000, encoding="utf-8")
    _, diags = analyse_library([tmp_path])
    assert len(diags) == MAX_KEPT
    assert error_count(diags) == 2_999
    assert "… and 2,950 more problems" in render_all(diags)
    with pytest.raises(InputError) as caught:
        load_library([tmp_path])
    assert error_count(caught.value.diagnostics) == 2_999
