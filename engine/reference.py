"""The reference evaluator: a small, obviously-correct interpreter of a compiled `Program`.

It is the oracle the `rete` engine is checked against on every run, so it is written for
clarity first: for each rule, bind the positive patterns left to right and check each negated
pattern where it stands. Equality joins and constant equality tests use dict indexes, and the
bindings are extended set at a time, which keeps it fast enough to serve as the production
engine for large cases. `tests/test_reference.py` checks it against a brute-force evaluator
(every combination of facts) on random programs.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from rules.program import Const, Fact, Match, Pattern, Program, Ref, Rule, Scalar, Test, Value

_KINDS: dict[type, str] = {bool: "bool", int: "int", str: "str"}


def same_kind(a: object, b: object) -> bool:
    """Values compare only within one kind: bool, int (not bool) or str."""
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool)
    if isinstance(a, int) or isinstance(b, int):
        return isinstance(a, int) and isinstance(b, int)
    return isinstance(a, str) and isinstance(b, str)


def compare(value: Value | None, op: str, operand: Scalar | Value | None) -> bool:
    """Apply one test operator; absent attributes and mixed kinds make every test false."""
    if value is None or operand is None:
        return False
    if op == "has":
        return isinstance(value, list) and isinstance(operand, str) and operand in value
    kind = _KINDS.get(type(value))
    if kind is None or kind != _KINDS.get(type(operand)):
        # lists, mixed kinds, and (never produced by the loader) subclasses of the kinds
        if isinstance(value, list) or isinstance(operand, list) or not same_kind(value, operand):
            return False
    if op == "eq":
        return value == operand
    if op == "ne":
        return value != operand
    # same_kind guarantees both are int, or both str, or both bool
    a: Any = value
    b: Any = operand
    if op == "lt":
        return bool(a < b)
    if op == "le":
        return bool(a <= b)
    if op == "gt":
        return bool(a > b)
    if op == "ge":
        return bool(a >= b)
    raise ValueError(f"unknown operator {op!r}")


def _operand(test: Test, bound: Sequence[Fact | None]) -> Scalar | Value | None:
    if isinstance(test.operand, Const):
        return test.operand.value
    ref: Ref = test.operand
    fact = bound[ref.pattern]
    return None if fact is None else fact.get(ref.attr)


def passes(fact: Fact, pattern: Pattern, bound: Sequence[Fact | None]) -> bool:
    """Whether `fact` passes every test of `pattern`, given the facts bound so far."""
    return all(compare(fact.get(t.attr), t.op, _operand(t, bound)) for t in pattern.tests)


class FactIndex:
    """Facts by type, and lazily built equality indexes by (type, attribute)."""

    def __init__(self, facts: Iterable[Fact]) -> None:
        self.by_type: dict[str, list[Fact]] = defaultdict(list)
        for fact in facts:
            self.by_type[str(fact["type"])].append(fact)
        self._eq: dict[tuple[str, str], dict[tuple[str, Scalar], list[Fact]]] = {}

    def eq(self, fact_type: str, attr: str, value: Scalar) -> list[Fact]:
        """The facts of `fact_type` whose `attr` is `value` (same kind, not a list)."""
        key = (fact_type, attr)
        table = self._eq.get(key)
        if table is None:
            table = defaultdict(list)
            for fact in self.by_type.get(fact_type, ()):
                v = fact.get(attr)
                if v is not None and not isinstance(v, list):
                    table[(_kind(v), v)].append(fact)
            self._eq[key] = table
        return table.get((_kind(value), value), [])

    def candidates(self, pattern: Pattern, bound: Sequence[Fact | None]) -> list[Fact]:
        """A superset of the facts that pass `pattern`: narrowed by its most selective
        equality test (each is one dict lookup, so trying them all is cheap)."""
        best: list[Fact] | None = None
        for test in pattern.tests:
            if test.op != "eq":
                continue
            operand = _operand(test, bound)
            if operand is None or isinstance(operand, list):
                return []
            found = self.eq(pattern.fact_type, test.attr, operand)
            if best is None or len(found) < len(best):
                best = found
                if len(best) <= 1:
                    break
        return self.by_type.get(pattern.fact_type, []) if best is None else best


def _kind(v: Scalar) -> str:
    kind = _KINDS.get(type(v))
    if kind is not None:
        return kind
    return "bool" if isinstance(v, bool) else "int" if isinstance(v, int) else "str"


@dataclass(frozen=True, slots=True)
class _Check:
    """A test of pattern `owner`, and the pattern its operand refers to (None: a constant)."""

    owner: int
    test: Test
    ref: int | None


@dataclass(frozen=True, slots=True)
class _Step:
    """Bind pattern `pattern`; `checks` are the tests that this binding makes decidable."""

    pattern: int
    checks: tuple[_Check, ...]


def _plan(rule: Rule, index: FactIndex) -> tuple[list[_Step], list[int]] | None:
    """The order in which to bind the positive patterns, and the negated patterns to check
    afterwards; None when the rule can never match.

    The meaning does not depend on the order: a pattern's test may refer only to an earlier
    positive pattern (any other reference is absent, so the test is false), and a binding is
    kept only if every test holds. The order only makes it cheaper: start with the pattern
    that has the fewest candidates, then always join a pattern linked by an equality test to
    one already bound, the one with the fewest candidates first."""
    n = len(rule.patterns)
    checks: list[_Check] = []
    negated: list[int] = []
    for i, pattern in enumerate(rule.patterns):
        if pattern.negated:
            negated.append(i)
            continue
        for t in pattern.tests:
            if isinstance(t.operand, Const):
                checks.append(_Check(i, t, None))
                continue
            j = t.operand.pattern if t.operand.pattern >= 0 else n + t.operand.pattern
            if not 0 <= j < i or rule.patterns[j].negated:
                return None  # the operand is never bound when the test is made: always false
            checks.append(_Check(i, t, j))

    def size(i: int) -> int:
        pattern = rule.patterns[i]
        sizes = [
            len(index.eq(pattern.fact_type, c.test.attr, c.test.operand.value))  # type: ignore[union-attr]
            for c in checks
            if c.owner == i and c.ref is None and c.test.op == "eq"
        ]
        return min(sizes, default=len(index.by_type.get(pattern.fact_type, ())))

    def linked(i: int, bound: set[int]) -> bool:
        return any(
            c.test.op == "eq"
            and c.ref is not None
            and ((c.owner == i and c.ref in bound) or (c.ref == i and c.owner in bound))
            for c in checks
        )

    remaining = {i for i in range(n) if not rule.patterns[i].negated}
    bound: set[int] = set()
    steps: list[_Step] = []
    while remaining:
        pool = [i for i in remaining if linked(i, bound)] or list(remaining)
        q = min(pool, key=lambda i: (size(i), i))
        remaining.discard(q)
        bound.add(q)
        now = tuple(
            c
            for c in checks
            if q in (c.owner, c.ref) and c.owner in bound and (c.ref is None or c.ref in bound)
        )
        steps.append(_Step(q, now))
    return steps, negated


def _value(
    check: _Check, bound: Sequence[Fact | None]
) -> tuple[Value | None, Scalar | Value | None]:
    """The two sides of a check, given the bound facts."""
    owner = bound[check.owner]
    left = None if owner is None else owner.get(check.test.attr)
    if check.ref is None:
        return left, check.test.operand.value  # type: ignore[union-attr]
    other = bound[check.ref]
    return left, None if other is None else other.get(check.test.operand.attr)  # type: ignore[union-attr]


def _narrowest(
    step: _Step, fact_type: str, bound: Sequence[Fact | None], index: FactIndex
) -> tuple[list[Fact], _Check | None]:
    """Candidates for the step's pattern, narrowed by its most selective equality check in
    either direction (this pattern's attribute = a value, or a bound fact's attribute = this
    pattern's attribute), and that check: every candidate returned passes it."""
    best: list[Fact] | None = None
    used: _Check | None = None
    for c in step.checks:
        if c.test.op != "eq":
            continue
        if c.owner == step.pattern:
            attr = c.test.attr
            if c.ref is None:
                value: Value | None = c.test.operand.value  # type: ignore[union-attr]
            else:
                other = bound[c.ref]
                value = None if other is None else other.get(c.test.operand.attr)  # type: ignore[union-attr]
        else:  # the bound fact's attribute equals this pattern's attribute `operand.attr`
            attr = c.test.operand.attr  # type: ignore[union-attr]
            owner = bound[c.owner]
            value = None if owner is None else owner.get(c.test.attr)
        if value is None or isinstance(value, list):
            return [], None
        found = index.eq(fact_type, attr, value)
        if best is None or len(found) < len(best):
            best, used = found, c
            if len(best) <= 1:
                break
    if best is None:
        return index.by_type.get(fact_type, []), None
    return best, used


def bindings(rule: Rule, index: FactIndex) -> list[tuple[Fact | None, ...]]:
    """Every way of binding `rule`'s patterns: one fact per positive pattern, None for each
    negated one. Set at a time, in the order `_plan` chooses: all partial bindings (None
    where not yet bound) are extended by one pattern, then the next; negated patterns are
    checked last, each seeing only the facts bound by the patterns before it in the rule."""
    plan = _plan(rule, index)
    if plan is None:
        return []
    steps, negated = plan
    n = len(rule.patterns)
    partial: list[tuple[Fact | None, ...]] = [(None,) * n]
    for step in steps:
        q = step.pattern
        fact_type = rule.patterns[q].fact_type
        extended: list[tuple[Fact | None, ...]] = []
        for bound in partial:
            found, used = _narrowest(step, fact_type, bound, index)
            if not found:
                continue
            head, tail = bound[:q], bound[q + 1 :]
            rest = [c for c in step.checks if c is not used]
            for fact in found:
                candidate = (*head, fact, *tail)
                if all(_holds(c, candidate) for c in rest):
                    extended.append(candidate)
        partial = extended
        if not partial:
            return []
    for i in negated:
        pattern = rule.patterns[i]
        kept = []
        for bound in partial:
            seen = bound[:i] + (None,) * (n - i)
            if not any(passes(f, pattern, seen) for f in index.candidates(pattern, seen)):
                kept.append(bound)
        partial = kept
    return partial


def _holds(check: _Check, bound: Sequence[Fact | None]) -> bool:
    left, right = _value(check, bound)
    return compare(left, check.test.op, right)


def evaluate_by_rule(program: Program, facts: Iterable[Fact]) -> dict[str, set[tuple[str, ...]]]:
    """Every match of every rule of `program` over `facts`: for each rule that fires, the ids
    of the facts bound by its positive patterns, in pattern order."""
    index = FactIndex(facts)
    out: dict[str, set[tuple[str, ...]]] = {}
    for rule in program.rules:
        found = bindings(rule, index)
        if found:
            positive = rule.positive
            if len(positive) == 1:  # the common case, without a comprehension per binding
                (k,) = positive
                out[rule.id] = {(str(b[k]["id"]),) for b in found}  # type: ignore[index]
            else:
                out[rule.id] = {
                    tuple([str(b[i]["id"]) for i in positive])  # type: ignore[index]
                    for b in found
                }
    return out


def evaluate(program: Program, facts: Iterable[Fact]) -> set[Match]:
    """Every match of every rule of `program` over `facts`."""
    return {
        Match(rule, ids)
        for rule, found in evaluate_by_rule(program, facts).items()
        for ids in found
    }
