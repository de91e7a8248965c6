"""The reference evaluator: a small, obviously-correct interpreter of a compiled `Program`.

It is the oracle the `rete` engine is checked against on every run, so it is written for
clarity first: for each rule, bind the positive patterns left to right and check each negated
pattern where it stands. Equality joins and constant equality
tests use dict indexes, which keeps it fast enough to serve as the production engine for large
cases.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence

from rules.program import Const, Fact, Match, Pattern, Program, Ref, Rule, Scalar, Test, Value


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
    if isinstance(value, list) or isinstance(operand, list) or not same_kind(value, operand):
        return False
    if op == "eq":
        return value == operand
    if op == "ne":
        return value != operand
    # same_kind guarantees both are int, or both str, or both bool
    a: int | str = value
    b: int | str = operand
    if op == "lt":
        return a < b  # type: ignore[operator]
    if op == "le":
        return a <= b  # type: ignore[operator]
    if op == "gt":
        return a > b  # type: ignore[operator]
    if op == "ge":
        return a >= b  # type: ignore[operator]
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
    return "bool" if isinstance(v, bool) else "int" if isinstance(v, int) else "str"


def _bindings(rule: Rule, index: FactIndex) -> Iterator[tuple[Fact | None, ...]]:
    n = len(rule.patterns)
    bound: list[Fact | None] = [None] * n

    def step(i: int) -> Iterator[tuple[Fact | None, ...]]:
        if i == n:
            yield tuple(bound)
            return
        pattern = rule.patterns[i]
        if pattern.negated:
            if not any(passes(f, pattern, bound) for f in index.candidates(pattern, bound)):
                yield from step(i + 1)
            return
        for fact in index.candidates(pattern, bound):
            if not passes(fact, pattern, bound):
                continue
            bound[i] = fact
            yield from step(i + 1)
            bound[i] = None

    yield from step(0)


def evaluate(program: Program, facts: Iterable[Fact]) -> set[Match]:
    """Every match of every rule of `program` over `facts`."""
    index = FactIndex(facts)
    matches: set[Match] = set()
    for rule in program.rules:
        positive = rule.positive
        for binding in _bindings(rule, index):
            ids = tuple(str(binding[i]["id"]) for i in positive)  # type: ignore[index]
            matches.add(Match(rule.id, ids))
    return matches
