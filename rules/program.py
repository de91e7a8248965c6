"""The compiled rule program: what both engines (`rete`, `reference`) evaluate.

A program is a flat list of `Rule`s. Each rule is a conjunction of fact `Pattern`s, evaluated
set-at-a-time over one case's facts:

* a positive pattern binds one fact of its `fact_type` that passes every `Test`;
* a negated pattern (``negated=True``) succeeds when *no* fact of its type passes its tests
  (tests may refer to facts bound by earlier positive patterns);
* a `Test` compares one attribute of the pattern's fact with a constant (`Const`) or with an
  attribute of a fact bound by an *earlier* positive pattern of the same rule (`Ref`);
* two positive patterns of one rule MAY bind the same fact: a rule that inlines the element
  it joins on (the conduct's occupation fact) must be able to meet the same fact again in its
  own patterns. Where an element needs distinct facts, the compiler says so explicitly with an
  ``id ne Ref(earlier, "id")`` test (it does this for same-type patterns of one element).

A `Match` is one rule firing: the rule id and the ids of the facts bound by its positive
patterns, in pattern order. The engines' whole job is to return the exact set of matches; the
weighing of evidence and the report are computed from that set in plain Python, so two engines
that return the same set produce byte-identical reports.

Facts are plain dicts: ``{"id": str, "type": str, <attribute>: value, ...}`` where every value
is a `str`, `int`, `bool` or a list of `str` (dates are ISO-8601 strings, so they order as
strings). Optional attributes that are absent are simply not in the dict; any test on an absent
attribute is false (including ``ne``).

Operators:

* ``eq ne lt le gt ge`` — ordinary comparison. A test between values of different kinds
  (e.g. ``int`` vs ``str``, or ``bool`` vs ``int``) is false, never coerced.
* ``has`` — the attribute is a list that contains the operand (a `Const` only).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Op = Literal["eq", "ne", "lt", "le", "gt", "ge", "has"]
Scalar = str | int | bool
Value = Scalar | list[str]
Fact = dict[str, Value]


@dataclass(frozen=True, slots=True)
class Const:
    """A constant operand."""

    value: Scalar


@dataclass(frozen=True, slots=True)
class Ref:
    """An attribute of the fact bound by the earlier positive pattern at index `pattern`."""

    pattern: int
    attr: str


Operand = Const | Ref


@dataclass(frozen=True, slots=True)
class Test:
    """Attribute `attr` of the pattern's fact compared (`op`) with `operand`."""

    __test__ = False  # not a pytest test class

    attr: str
    op: Op
    operand: Operand


@dataclass(frozen=True, slots=True)
class Pattern:
    """A fact of `fact_type` that passes every test (or, negated, that no fact does)."""

    fact_type: str
    tests: tuple[Test, ...] = ()
    negated: bool = False


@dataclass(frozen=True, slots=True)
class Rule:
    """One conjunctive alternative of one element's requirement.

    `id` is unique in the program. `scope` names what the rule belongs to (for example
    ``crime:unlawful_deportation_transfer`` or ``charge:0.0``), `element` the element id, and
    `own` the indexes of the positive patterns that belong to the element itself (the others
    are patterns of elements it joins on, inlined so that the rule is self-contained).

    `act` is the index of the positive pattern that binds the *act*: the fact bound to the
    crime's conduct element (its first pattern), inlined in every rule of an element that
    joins on the conduct. A charge is assessed act by act: a match counts for the act its
    `act` pattern bound. None: the element does not depend on the act (the same for every act).
    """

    id: str
    scope: str
    element: str
    patterns: tuple[Pattern, ...]
    own: tuple[int, ...] = field(default_factory=tuple)
    act: int | None = None

    @property
    def positive(self) -> tuple[int, ...]:
        return tuple(i for i, p in enumerate(self.patterns) if not p.negated)


@dataclass(frozen=True, slots=True)
class Program:
    """The rules of one case: every element alternative of every charge."""

    rules: tuple[Rule, ...]

    def fact_types(self) -> frozenset[str]:
        return frozenset(p.fact_type for r in self.rules for p in r.patterns)


@dataclass(frozen=True, order=True, slots=True)
class Match:
    """A rule firing: its id and the ids of the facts its positive patterns bound."""

    rule: str
    facts: tuple[str, ...]
