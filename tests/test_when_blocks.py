"""Defeaters and notes under one reading of unsettled law: `when option == choice { ... }`
inside an element, so that an element whose readings differ only in some defeaters and notes
is written once (8(2)(b)(viii)'s `unlawful`: two options, four readings)."""

from __future__ import annotations

from rome_elements.rules import ast
from rome_elements.rules.parse import parse_text
from rome_elements.rules.printer import module

NESTED = """\
crime c "t" {
  element e material
    "t"
    requires a
    unless b
    when o == x {
      unless c
      note "under x"
      when p != y {
        unless d
        note "under x, not y"
      }
    }
    note "always"
}
"""


def test_a_block_gives_its_clauses_its_condition_nested_blocks_all_of_theirs() -> None:
    (scope,) = parse_text(NESTED, "t.el").items
    assert isinstance(scope, ast.Scope)
    (el,) = scope.members
    assert isinstance(el, ast.Element)
    assert el.when == ()
    conditions = [[(w.option.value, w.op, w.choice.value) for w in c.when] for c in el.clauses()]
    assert conditions == [
        [],  # unless b
        [("o", "eq", "x")],  # unless c
        [("o", "eq", "x"), ("p", "ne", "y")],  # unless d
        [("o", "eq", "x")],  # note "under x"
        [("o", "eq", "x"), ("p", "ne", "y")],  # note "under x, not y"
        [],  # note "always"
    ]


def test_blocks_print_and_parse_back() -> None:
    parsed = parse_text(NESTED, "t.el")
    again = parse_text(module(parsed), "t.el")
    assert again == parsed
    assert module(again) == module(parsed)
