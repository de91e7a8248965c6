"""Requirement expressions → disjunctive normal form.

An element's requirement is rewritten as a list of alternatives; each alternative is a set of
positive fact patterns (all must be matched) and negated patterns (none may be matched). The
first positive pattern of an alternative is the fact the element *binds*: what another element
means by `conduct.persons`.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import product

from rome_elements.rules import ast

MAX_ALTERNATIVES = 64


@dataclass(frozen=True, slots=True)
class Alternative:
    positive: tuple[ast.PatternExpr, ...]
    negative: tuple[ast.PatternExpr, ...]

    @property
    def patterns(self) -> tuple[ast.PatternExpr, ...]:
        return self.positive + self.negative


OPEN_END = "9999-12-31"
"""The `until` an engine fact carries when its period has not ended (the attribute is absent:
"until when, if it has ended"), so that `during` can compare with it."""


def _periods(pattern: ast.PatternExpr) -> ast.PatternExpr:
    """`during X` as what it means: `since <= X, until >= X` (an open period's `until` is
    OPEN_END). A fact without `since`, or an act without a date, does not match: the period
    is never assumed."""
    if not any(c.op == "during" for c in pattern.conditions):
        return pattern
    conds: list[ast.Condition] = []
    for c in pattern.conditions:
        if c.op != "during":
            conds.append(c)
            continue
        conds.append(ast.Condition(ast.Name("since", c.attr.span), "le", c.operand, c.span))
        conds.append(ast.Condition(ast.Name("until", c.attr.span), "ge", c.operand, c.span))
    return ast.PatternExpr(pattern.fact_type, tuple(conds), pattern.alias, pattern.span)


def alternatives(expr: ast.Expr) -> list[Alternative]:
    """The alternatives of `expr`, in source order (at most MAX_ALTERNATIVES + 1)."""
    out: list[Alternative] = []
    for conj in _dnf(expr):
        pos = tuple(_periods(p) for neg, p in conj if not neg)
        negs = tuple(_periods(p) for neg, p in conj if neg)
        alt = Alternative(pos, negs)
        if alt not in out:
            out.append(alt)
    return out


def _dnf(expr: ast.Expr) -> list[list[tuple[bool, ast.PatternExpr]]]:
    if isinstance(expr, ast.PatternExpr):
        return [[(False, expr)]]
    if isinstance(expr, ast.NotExpr):
        return [[(True, expr.pattern)]]
    if isinstance(expr, ast.OrExpr):
        out: list[list[tuple[bool, ast.PatternExpr]]] = []
        for item in expr.items:
            out.extend(_dnf(item))
            if len(out) > MAX_ALTERNATIVES:
                return out
        return out
    parts = [_dnf(item) for item in expr.items]
    combos: list[list[tuple[bool, ast.PatternExpr]]] = []
    for choice in product(*parts):
        combos.append([x for conj in choice for x in conj])
        if len(combos) > MAX_ALTERNATIVES:
            break
    return combos
