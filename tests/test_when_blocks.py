"""Defeaters and notes under one reading of unsettled law: `when option == choice { ... }`
inside an element, so that an element whose readings differ only in some defeaters and notes
is written once (8(2)(b)(viii)'s `unlawful`: two options, four readings)."""

from __future__ import annotations

from pathlib import Path

import pytest

from rome_elements import api
from rome_elements.rules import ast
from rome_elements.rules.compile import active_elements, applied, holds
from rome_elements.rules.library import Library
from rome_elements.rules.parse import parse_text
from rome_elements.rules.printer import module

ROOT = Path(__file__).resolve().parent.parent

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


@pytest.fixture(scope="module")
def library() -> Library:
    return api.load_library()


def _unlawful(library: Library, options: dict[str, str]) -> ast.Element:
    crime = library.crimes["transfer_of_population"]
    (el,) = [e for e in active_elements(library, crime, options) if e.id.value == "unlawful"]
    return el


READINGS = [
    (evacuation, settler)
    for evacuation in ("hostilities_ceased", "lasting_quiet")
    for settler in ("no_transfer", "indirect_transfer")
]


def test_8_2_b_viii_unlawful_is_written_once(library: Library) -> None:
    crime = library.crimes["transfer_of_population"]
    assert [e.id.value for e in library.elements(crime)].count("unlawful") == 1


@pytest.mark.parametrize(("evacuation", "settler"), READINGS)
def test_under_each_reading_its_own_defeaters_and_notes(
    library: Library, evacuation: str, settler: str
) -> None:
    options = library.default_options() | {
        "evacuation_return": evacuation,
        "settler_consent": settler,
    }
    el = _unlawful(library, options)
    # the evacuation, the military operations, the medical evacuation, the consent
    assert len(el.unless) == 4
    assert all(holds(c.when, options) for c in el.clauses())  # only those that apply
    notes = " ".join(el.meta_values("note"))
    assert f"option evacuation_return = {evacuation}" in notes
    assert f"option settler_consent = {settler}" in notes
    other = "lasting_quiet" if evacuation == "hostilities_ceased" else "hostilities_ceased"
    assert f"option evacuation_return = {other}" not in notes
    # the element relies on both options, as chosen, in the order of their first clause
    assert [(w.option.value, w.op, w.choice.value) for w in el.when] == [
        ("evacuation_return", "eq", evacuation),
        ("settler_consent", "eq", settler),
    ]


def test_an_element_without_blocks_is_itself(library: Library) -> None:
    mode = library.modes["co_perpetration"]
    options = library.default_options()
    for el in library.elements(mode):
        assert applied(el, options) is el


def test_the_report_says_the_element_relies_on_both_options(library: Library) -> None:
    case = api.load_case(ROOT / "examples" / "belarus_children.yaml", library)
    options = {"evacuation_return": "lasting_quiet", "settler_consent": "indirect_transfer"}
    report = api.check(case, library, options=options, engine="reference").report
    found = [
        e.options
        for charge in report.charges
        if charge.crime == "transfer_of_population"
        for e in charge.elements
        if e.id == "unlawful"
    ]
    assert found
    for relied in found:
        assert [o.split(":")[0] for o in relied] == [
            "relies on option evacuation_return = lasting_quiet",
            "relies on option settler_consent = indirect_transfer",
        ]


NEVER = """\
fact thing "A thing" {
  name: text "its name"
}
option o "An unsettled point" {
  choice x "One reading."
  choice y "Another."
  default x
}
crime c "A crime" {
  element conduct material conduct
    "t"
    requires thing
  element dead material circumstance
    "never: two readings at once"
    when o == x
    when o == y
    requires thing
  element alive material circumstance
    "applies under x; one defeater never does, one note does"
    when o == x
    requires thing
    when o == y {
      unless thing
    }
    when o != y {
      note "under x"
    }
}
"""


def test_lint_warns_of_an_element_or_clause_no_reading_applies() -> None:
    """An element whose `when`s no choice of an option meets together, and a defeater in a
    block that contradicts its element's `when`, never apply: `elements lint` warns, at the
    condition that excludes the last choice. A block its element's reading allows is fine."""
    from rome_elements.rules.check import check_library
    from rome_elements.rules.library import index

    lib, problems = index([parse_text(NEVER, "never.el")])
    assert not problems
    warnings = [
        (d.message, d.span.line if d.span else None)
        for d in check_library(lib)
        if "never applies" in d.message
    ]
    assert warnings == [
        (
            "element `dead` never applies: no choice of option `o` meets `when o == x` and "
            "`when o == y`",
            16,
        ),
        (
            "a defeater of element `alive` never applies: no choice of option `o` meets "
            "`when o == x` and `when o == y`",
            22,
        ),
    ]
    assert all(d.severity == "warning" for d in check_library(lib) if "never" in d.message)


def test_lint_warns_once_of_an_element_no_reading_applies_not_of_each_clause() -> None:
    """The clauses of an element that never applies never apply either: one warning."""
    from rome_elements.rules.check import check_library
    from rome_elements.rules.library import index

    text = NEVER.replace(
        "    when o == y\n    requires thing\n  element alive",
        '    when o == y\n    requires thing\n    when o != x {\n      note "n"\n    }\n'
        "  element alive",
    )
    assert text != NEVER
    lib, problems = index([parse_text(text, "never.el")])
    assert not problems
    dead = [d.message for d in check_library(lib) if "`dead` never applies" in d.message]
    assert dead == [
        "element `dead` never applies: no choice of option `o` meets `when o == x` and "
        "`when o == y`"
    ]
    assert not [d for d in check_library(lib) if "of element `dead`" in d.message]
