"""Hostile input, second round (issue 14): bounded diagnostics, redaction that holds, no
internal error on user input, no terminal spoofing.

Golden messages for whole files are in tests/cases/bad/ and tests/dsl/bad/; these tests pin
the behaviours behind them.
"""

from __future__ import annotations

from rules.diagnostics import MAX_QUOTE, MAX_SHOWN, Diagnostic, Span, quote_line, render, render_all
from rules.visible import cells, visible

# ---- bounded diagnostics -------------------------------------------------------------------------


def _caret_target(shown: str, before: int) -> str:
    """The character of `shown` that starts at terminal cell `before`."""
    at = 0
    for ch in shown:
        if at == before:
            return ch
        at += cells(ch)
    raise AssertionError("caret beyond the line")


def test_a_long_line_is_cut_to_a_window_with_the_caret_under_the_column() -> None:
    line = ", ".join(f"E{n}" for n in range(30_000))
    at = line.index("E15000")
    shown, before, width = quote_line(line, at, len("E15000"))
    assert len(shown) <= MAX_QUOTE + 2
    assert shown.startswith("…") and shown.endswith("…")
    assert shown[before:].startswith("E15000")
    assert width == len("E15000")


def test_wide_characters_tabs_and_controls_keep_the_caret_in_place() -> None:
    line = "\t名前: 「証拠」\x1b[2J\u202e E7 " + "x" * 300
    at = line.index("E7")
    shown, before, width = quote_line(line, at, 2)
    assert "\x1b" not in shown and "\u202e" not in shown
    assert "\\x1b[2J\\u202e" in shown
    assert _caret_target(shown, before) == "E"
    assert width == 2
    assert sum(cells(c) for c in shown) <= MAX_QUOTE + 2


def test_a_caret_past_the_end_of_the_line_stays_one_wide() -> None:
    shown, before, width = quote_line("abc", 3)
    assert (shown, before, width) == ("abc", 3, 1)


def test_only_the_first_diagnostics_are_printed_then_a_count() -> None:
    diags = [Diagnostic("error", f"problem {n}", Span("x.yaml", 1, n + 1)) for n in range(30_000)]
    text = render_all(diags, {"x.yaml": "y" * 30_001})
    assert text.count("error: problem") == MAX_SHOWN
    assert f"… and {30_000 - MAX_SHOWN:,} more problems" in text
    assert text.endswith("30,000 errors")
    assert len(text) < 20_000


def test_messages_and_quoted_lines_show_control_characters_as_escapes() -> None:
    diag = Diagnostic(
        "error",
        "no evidence item has the id `E1\x1b]0;pwned\x07`",
        Span("x.yaml", 1, 1),
        suggestion="E1\nMADE OUT",
        notes=("\u2066note\u2069",),
    )
    text = render(diag, {"x.yaml": "id: \x1b[2J\u202eE1"})
    assert all(visible(line) == line for line in text.split("\n"))
    assert len(text.split("\n")) == 6
    assert "\\x1b]0;pwned\\x07" in text and "E1\\nMADE OUT" in text and "\\u2066note" in text
