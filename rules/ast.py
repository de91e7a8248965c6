"""The typed AST of the DSL. Every node keeps the `Span` it came from.

Spans are excluded from equality (``compare=False``), so two ASTs compare equal when they say
the same thing wherever it was written: that is what the print → parse round-trip test checks.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from rome_elements.base.diagnostics import Span

_NOWHERE = Span("<generated>", 1, 1)


def _span() -> Span:
    return field(default=_NOWHERE, compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class Name:
    """An identifier as written, with where it was written."""

    value: str
    span: Span = _span()

    def __str__(self) -> str:
        return self.value


# ---- requirement expressions -------------------------------------------------------------------

LitKind = Literal["text", "int", "bool", "date"]
CompareOp = Literal["eq", "ne", "lt", "le", "gt", "ge", "has", "during"]

OPS: dict[str, CompareOp] = {
    "==": "eq",
    "!=": "ne",
    "<": "lt",
    "<=": "le",
    ">": "gt",
    ">=": "ge",
}
OP_TEXT: dict[str, str] = {str(v): k for k, v in OPS.items()} | {"has": "has", "during": "during"}


@dataclass(frozen=True, slots=True)
class Lit:
    """A literal operand: text, integer, boolean or (ISO) date."""

    value: str | int | bool
    kind: LitKind
    span: Span = _span()


@dataclass(frozen=True, slots=True)
class RefOperand:
    """`target.attr`: an attribute of the fact bound to element (or alias) `target`."""

    target: Name
    attr: Name
    span: Span = _span()


@dataclass(frozen=True, slots=True)
class AccusedOperand:
    """`accused`: the id of the accused of the charge being evaluated (modes only)."""

    span: Span = _span()


@dataclass(frozen=True, slots=True)
class PerpetratorOperand:
    """`perpetrator`: the person whose state of mind a crime's mental elements need (crimes
    only). Under a mode with `mind "accused"` (the 25(3)(a) forms) it is the accused; under
    any other mode it is the physical perpetrator, `conduct.by`."""

    span: Span = _span()


Operand = Lit | RefOperand | AccusedOperand | PerpetratorOperand


@dataclass(frozen=True, slots=True)
class Condition:
    """`attr op operand`: one test of a fact pattern."""

    attr: Name
    op: CompareOp
    operand: Operand
    span: Span = _span()


@dataclass(frozen=True, slots=True)
class PatternExpr:
    """`fact_type(conditions) as alias`: a fact that must exist."""

    fact_type: Name
    conditions: tuple[Condition, ...] = ()
    alias: Name | None = None
    span: Span = _span()


@dataclass(frozen=True, slots=True)
class NotExpr:
    """`not pattern`: no fact may match the pattern."""

    pattern: PatternExpr
    span: Span = _span()


@dataclass(frozen=True, slots=True)
class AndExpr:
    """`a and b ...`: every item must hold."""

    items: tuple[Expr, ...]
    span: Span = _span()


@dataclass(frozen=True, slots=True)
class OrExpr:
    """`a or b ...`: at least one item must hold."""

    items: tuple[Expr, ...]
    span: Span = _span()


Expr = PatternExpr | NotExpr | AndExpr | OrExpr


# ---- crimes, modes, groups ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class When:
    """`when option == choice`: the element applies only under that reading of unsettled law
    (or, in a block `when option == choice { ... }`, the defeaters and notes in it)."""

    option: Name
    op: Literal["eq", "ne"]
    choice: Name
    span: Span = _span()


@dataclass(frozen=True, slots=True)
class Meta:
    """`key "value"`: a piece of metadata (article, note, source, ...)."""

    key: str
    value: str
    span: Span = _span()
    when: tuple[When, ...] = ()
    """An element's note inside `when option == choice { ... }`: shown only under that reading."""


@dataclass(frozen=True, slots=True)
class Defeater:
    """`unless expr`: a ground the law permits, which defeats the element (see `Element`);
    inside `when option == choice { ... }` only under that reading of unsettled law."""

    expr: Expr
    when: tuple[When, ...] = ()
    span: Span = _span()


@dataclass(frozen=True, slots=True)
class Element:
    """One element of a crime, mode or group, with what it requires of the facts."""

    id: Name
    kind: Name
    subkind: Name | None
    text: str
    requires: Expr | None
    meta: tuple[Meta, ...] = ()
    when: tuple[When, ...] = ()
    span: Span = _span()
    text_span: Span = _span()
    unless: tuple[Defeater, ...] = ()
    """Defeaters: if facts establish one, the element is not met; if credible evidence
    asserts one without establishing it, the element is at best contested."""

    def meta_values(self, key: str) -> list[str]:
        return [m.value for m in self.meta if m.key == key]

    def clauses(self) -> tuple[Defeater | Meta, ...]:
        """Its defeaters and notes: the clauses a `when` block can hold."""
        return (*self.unless, *self.meta)


DEFEATER = "!unless"
"""Suffix of the pseudo-element that holds an element's defeaters in a compiled program."""


@dataclass(frozen=True, slots=True)
class Derived:
    """An art. 30 default mental element, shown with the element it belongs to."""

    id: Name
    for_element: Name
    text: str
    meta: tuple[Meta, ...] = ()
    span: Span = _span()


@dataclass(frozen=True, slots=True)
class Use:
    """`use group`: the elements of a group, in place."""

    group: Name
    span: Span = _span()


Member = Element | Derived | Use
ScopeKind = Literal["crime", "mode", "group"]


@dataclass(frozen=True, slots=True)
class Scope:
    """A crime, a mode of liability, or a reusable group of elements."""

    kind: ScopeKind
    id: Name
    title: str
    meta: tuple[Meta, ...] = ()
    members: tuple[Member, ...] = ()
    span: Span = _span()

    def meta_value(self, key: str) -> str | None:
        for m in self.meta:
            if m.key == key:
                return m.value
        return None

    def meta_values(self, key: str) -> list[str]:
        return [m.value for m in self.meta if m.key == key]


# ---- fact types, standards, options ------------------------------------------------------------

AttrKind = Literal["text", "int", "bool", "date", "ref"]


@dataclass(frozen=True, slots=True)
class AttrDecl:
    """An attribute of a fact type."""

    name: Name
    type: AttrKind
    is_list: bool = False
    optional: bool = False
    choices: tuple[str, ...] | None = None
    description: str = ""
    span: Span = _span()


@dataclass(frozen=True, slots=True)
class FactDecl:
    """A fact type and its attributes."""

    id: Name
    description: str
    attrs: tuple[AttrDecl, ...] = ()
    span: Span = _span()


@dataclass(frozen=True, slots=True)
class Clause:
    """`key value`: one threshold or rule of a standard of proof."""

    key: str
    value: str | int
    span: Span = _span()


@dataclass(frozen=True, slots=True)
class StandardDecl:
    """A standard of proof as declared (see `rules.library.Standard`)."""

    id: Name
    title: str
    clauses: tuple[Clause, ...] = ()
    span: Span = _span()

    def get(self, key: str) -> Clause | None:
        for c in self.clauses:
            if c.key == key:
                return c
        return None


@dataclass(frozen=True, slots=True)
class Choice:
    """One reading of an option."""

    id: Name
    text: str
    span: Span = _span()


@dataclass(frozen=True, slots=True)
class OptionDecl:
    """An option: readings of unsettled law to choose from, and the default one."""

    id: Name
    title: str
    choices: tuple[Choice, ...] = ()
    default: Name | None = None
    meta: tuple[Meta, ...] = ()
    span: Span = _span()


@dataclass(frozen=True, slots=True)
class Acceptance:
    """A period in which a State accepted the Court's jurisdiction."""

    basis: str  # "party" or the declaration's description
    start: str  # ISO date
    end: str | None = None
    note: str = ""
    span: Span = _span()


@dataclass(frozen=True, slots=True)
class Withdrawal:
    """Art. 127: the date a State's withdrawal takes effect; party status ends the day before."""

    effective: str  # ISO date
    note: str = ""
    span: Span = _span()


@dataclass(frozen=True, slots=True)
class Exclusion:
    """Art. 124: a State does not accept jurisdiction over a category of crimes for a period.

    `category` is `war_crimes` (art. 8, the only category art. 124 allows); `scope` names whose
    conduct is excluded: `nationals` (crimes alleged against the State's nationals) and/or
    `territory` (crimes alleged on its territory).
    """

    basis: str
    category: Name
    scope: tuple[Name, ...]
    start: str
    end: str
    span: Span = _span()


@dataclass(frozen=True, slots=True)
class Unverified:
    """The State's dates could not be verified from a source: jurisdiction stays undetermined."""

    note: str
    span: Span = _span()


@dataclass(frozen=True, slots=True)
class Checked:
    """The date up to which the State's record was checked against its source."""

    date: str
    note: str = ""
    span: Span = _span()


@dataclass(frozen=True, slots=True)
class StateDecl:
    """A State and the periods in which it accepted the Court's jurisdiction."""

    name: str
    acceptances: tuple[Acceptance, ...] = ()
    meta: tuple[Meta, ...] = ()
    span: Span = _span()
    withdrawals: tuple[Withdrawal, ...] = ()
    exclusions: tuple[Exclusion, ...] = ()
    unverified: tuple[Unverified, ...] = ()
    checked: tuple[Checked, ...] = ()

    @property
    def id(self) -> Name:
        return Name(f"state {self.name}", self.span)

    @property
    def withdrawal(self) -> str | None:
        """The date the State's withdrawal takes effect, if it withdrew."""
        return self.withdrawals[0].effective if self.withdrawals else None

    @property
    def checked_to(self) -> str | None:
        return self.checked[0].date if self.checked else None


@dataclass(frozen=True, slots=True)
class InferDecl:
    """`infer id "title" { ... conclude pattern from requirement }`: an inference chambers draw
    (EoC General Introduction para. 3), declared in the library. Every match of `premises` over
    the case's facts gives a fact like `conclusion` (its conditions, all `==`, are the inferred
    fact's attributes), inferred from the facts matched."""

    id: Name
    title: str
    meta: tuple[Meta, ...]
    conclusion: PatternExpr
    premises: Expr
    span: Span = _span()

    def meta_value(self, key: str) -> str | None:
        for m in self.meta:
            if m.key == key:
                return m.value
        return None


Item = FactDecl | Scope | StandardDecl | OptionDecl | StateDecl | InferDecl


@dataclass(frozen=True, slots=True)
class Module:
    """One parsed DSL file."""

    path: str
    items: tuple[Item, ...] = ()
