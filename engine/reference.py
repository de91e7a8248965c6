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


def passes(
    fact: Fact, pattern: Pattern, bound: Sequence[Fact | None], skip: Test | None = None
) -> bool:
    """Whether `fact` passes every test of `pattern` (but `skip`, known to pass), given the
    facts bound so far."""
    for t in pattern.tests:
        if t is not skip and not compare(fact.get(t.attr), t.op, _operand(t, bound)):
            return False
    return True


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

    def narrowest(
        self, pattern: Pattern, bound: Sequence[Fact | None]
    ) -> tuple[list[Fact], Test | None]:
        """A superset of the facts that pass `pattern`, narrowed by its most selective
        equality test (each is one dict lookup, so trying them all is cheap), and that test:
        every fact returned passes it."""
        best: list[Fact] | None = None
        used: Test | None = None
        for test in pattern.tests:
            if test.op != "eq":
                continue
            operand = _operand(test, bound)
            if operand is None or isinstance(operand, list):
                return [], None
            found = self.eq(pattern.fact_type, test.attr, operand)
            if best is None or len(found) < len(best):
                best, used = found, test
                if len(best) <= 1:
                    break
        if best is None:
            return self.by_type.get(pattern.fact_type, []), None
        return best, used

    def candidates(self, pattern: Pattern, bound: Sequence[Fact | None]) -> list[Fact]:
        """A superset of the facts that pass `pattern` (see `narrowest`)."""
        return self.narrowest(pattern, bound)[0]


def _kind(v: Scalar) -> str:
    kind = _KINDS.get(type(v))
    if kind is not None:
        return kind
    return "bool" if isinstance(v, bool) else "int" if isinstance(v, int) else "str"


def bindings(rule: Rule, index: FactIndex) -> list[tuple[Fact | None, ...]]:
    """Every way of binding `rule`'s patterns: one fact per positive pattern, None for each
    negated one. Set at a time: all partial bindings (None where not yet bound) are extended
    by one pattern, then the next, so each pattern's candidates are looked up once per
    partial binding."""
    n = len(rule.patterns)
    partial: list[tuple[Fact | None, ...]] = [(None,) * n]
    for i, pattern in enumerate(rule.patterns):
        rest = (None,) * (n - i - 1)
        extended: list[tuple[Fact | None, ...]] = []
        for bound in partial:
            found, used = index.narrowest(pattern, bound)
            if pattern.negated:
                if not any(passes(f, pattern, bound, used) for f in found):
                    extended.append(bound)
                continue
            head = bound[:i]
            for fact in found:
                if passes(fact, pattern, bound, used):
                    extended.append((*head, fact, *rest))
        partial = extended
        if not partial:
            break
    return partial


def evaluate(program: Program, facts: Iterable[Fact]) -> set[Match]:
    """Every match of every rule of `program` over `facts`."""
    index = FactIndex(facts)
    matches: set[Match] = set()
    for rule in program.rules:
        positive = rule.positive
        for binding in bindings(rule, index):
            ids = tuple(str(binding[i]["id"]) for i in positive)  # type: ignore[index]
            matches.add(Match(rule.id, ids))
    return matches
