"""The reference evaluator: a small, obviously-correct interpreter of a compiled `Program`.

It is the oracle the `rete` engine is checked against on every run, so it is written for
clarity first: for each rule, bind the positive patterns one at a time and check each negated
pattern against the facts bound before it. The order of binding is chosen for speed (`_steps`),
equality joins and constant equality tests use dict indexes, each test's value from the bound
facts is read once per binding rather than once per candidate (`_Join`), and the bindings are
extended set at a time, which keeps it fast enough to serve as the production engine for large
cases. `tests/test_reference.py` checks it against a brute-force evaluator (every combination
of facts) on random programs.
"""

from __future__ import annotations

import bisect
import itertools
import operator
from collections import defaultdict
from collections.abc import (
    Callable,
    Collection,
    Hashable,
    Iterable,
    Iterator,
    Mapping,
    Sequence,
)
from dataclasses import dataclass, field
from typing import Any, TypeVar

from rome_elements.base.identity import by_identity
from rome_elements.rules.ast import DEFEATER
from rome_elements.rules.program import (
    Const,
    Fact,
    Match,
    Pattern,
    Program,
    Ref,
    Rule,
    Scalar,
    Test,
    Value,
)

T = TypeVar("T")

_KINDS: dict[type, str] = {bool: "bool", int: "int", str: "str"}
_SAMPLES: dict[str, Scalar] = {"bool": True, "int": 0, "str": ""}
_SAMPLE = 512
"""How many facts `FactIndex.average_hits` looks at, at most."""


def _misfit(value: object, sample: Scalar) -> bool:
    """Whether `value` cannot be compared with a value of `sample`'s kind (`compare` is false
    whatever the operator): absent, a list, another kind."""
    return value is None or isinstance(value, list) or not same_kind(value, sample)


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


def operand_value(test: Test, bound: Sequence[Fact | None]) -> Scalar | Value | None:
    """What a test compares with: its constant, or the attribute of the bound fact it names
    (None when that fact is not bound or has no such attribute)."""
    if isinstance(test.operand, Const):
        return test.operand.value
    ref: Ref = test.operand
    fact = bound[ref.pattern]
    return None if fact is None else fact.get(ref.attr)


def passes(fact: Fact, pattern: Pattern, bound: Sequence[Fact | None]) -> bool:
    """Whether `fact` passes every test of `pattern`, given the facts bound so far."""
    return all(compare(fact.get(t.attr), t.op, operand_value(t, bound)) for t in pattern.tests)


class FactIndex:
    """Facts by type, and lazily built equality indexes by (type, attribute)."""

    def __init__(self, facts: Iterable[Fact], unique: bool = False) -> None:
        self.by_type: dict[str, list[Fact]] = defaultdict(list)
        self.by_id: dict[str, Fact] = {}
        count = 0
        for fact in facts:
            self.by_type[str(fact["type"])].append(fact)
            if unique:
                self.by_id[str(fact["id"])] = fact
                count += 1
        if unique and len(self.by_id) != count:
            raise ValueError("fact ids are not unique")
        self._eq: dict[tuple[str, str], dict[tuple[str, Scalar], list[Fact]]] = {}
        self._places: dict[str, dict[str, int]] = {}
        self._misfits: dict[tuple[str, str, str], list[Fact]] = {}
        self._unique: dict[str, bool] = {}
        self._average: dict[tuple[str, str, str, str, bool], float] = {}
        # the bindings of rules' first joins, shared by the rules that start the same way
        self.prefixes: dict[Hashable, list[tuple[Fact, ...]]] = {}
        self.too_many: set[Hashable] = set()
        self.seen: set[int] = set()
        self.kept = 0
        self._ordered: dict[tuple[int, str], dict[str, tuple[list[Scalar], list[Fact]]]] = {}
        self._by_value: dict[tuple[int, str], dict[tuple[str, Scalar], list[Fact]]] = {}
        self._passing: dict[tuple[str, tuple[tuple[str, str, str, Scalar], ...]], list[Fact]] = {}
        self._ranked: dict[Hashable, dict[tuple[object, ...], int]] = {}
        self.ranked_kept = 0

    def places(self, fact_type: str) -> dict[str, int]:
        """Each fact of `fact_type`'s place in `by_type[fact_type]`, by id (the first place of
        an id that occurs more than once)."""
        found = self._places.get(fact_type)
        if found is None:
            found = {}
            for n, fact in enumerate(self.by_type.get(fact_type, ())):
                found.setdefault(str(fact["id"]), n)
            self._places[fact_type] = found
        return found

    def eq(self, fact_type: str, attr: str, value: Scalar) -> list[Fact]:
        """The facts of `fact_type` whose `attr` is `value` (same kind, not a list)."""
        return self.table(fact_type, attr).get((_kind(value), value), [])

    def table(self, fact_type: str, attr: str) -> dict[tuple[str, Scalar], list[Fact]]:
        """The facts of `fact_type` by (kind, value) of their `attr` (absent, list: left out)."""
        key = (fact_type, attr)
        table = self._eq.get(key)
        if table is None:
            table = self._eq[key] = _by_kind_value(self.by_type.get(fact_type, ()), attr)
        return table

    def ids_unique(self, fact_type: str) -> bool:
        """Whether every fact of `fact_type` has an id of its own: a string no other fact of the
        type has."""
        found = self._unique.get(fact_type)
        if found is None:
            facts = self.by_type.get(fact_type, ())
            ids = {fact.get("id") for fact in facts}
            found = self._unique[fact_type] = len(ids) == len(facts) and all(
                isinstance(i, str) for i in ids
            )
        return found

    def passing(self, fact_type: str, tests: Sequence[tuple[str, str, Scalar]]) -> list[Fact]:
        """The facts of `fact_type` that pass every test (attribute, operator, constant) of
        `tests`, in `by_type` order: narrowed by the most selective equality test, then
        filtered, once per type and tests."""
        key = (fact_type, tuple((a, op, _kind(v), v) for a, op, v in tests))
        found = self._passing.get(key)
        if found is None:
            found = self.by_type.get(fact_type, [])
            for a, op, v in tests:
                if op == "eq" and not isinstance(v, list):
                    hits = self.eq(fact_type, a, v)
                    if len(hits) < len(found):
                        found = hits
            if tests:
                found = [f for f in found if _passes_constants(f, tests)]
            self._passing[key] = found
        return found

    def among(
        self, fact_type: str, tests: Sequence[tuple[str, str, Scalar]], ids: Collection[str]
    ) -> list[Fact]:
        """The facts of `fact_type` with these ids that pass every test of `tests` (as
        `passing`), in `by_type` order: a rule evaluated for some acts only (`stream`)."""
        place = self.places(fact_type)
        facts = self.by_type.get(fact_type, [])
        chosen = sorted(place[i] for i in ids if i in place)
        return [f for f in (facts[n] for n in chosen) if _passes_constants(f, tests)]

    def ranked(self, join: _Join, ranks: Mapping[str, int]) -> dict[tuple[object, ...], int]:
        """The best rank (`ranks`) of what joins that test the same as `join` find, by the
        values they read from a binding (`best_by_act`), shared by the rules whose last join
        it is, wherever their patterns are: -1 for nothing."""
        key = (
            id(ranks),
            join.fact_type,
            tuple(_test_key(p) for p in join.probes),
            tuple(_test_key(g[0]) for g in join.loose),
        )
        found = self._ranked.get(key)
        if found is None:
            found = self._ranked[key] = {}
        return found

    def forget_ranked(self) -> None:
        """Drop what `ranked` keeps (its budget spent)."""
        self._ranked.clear()
        self.ranked_kept = 0

    def by_value(self, facts: list[Fact], attr: str) -> dict[tuple[str, Scalar], list[Fact]]:
        """`table` for `facts` alone (a list this index returned, so it lives as long as the
        index): by (kind, value) of their `attr`. Once per list and attribute."""
        key = (id(facts), attr)
        found = self._by_value.get(key)
        if found is None:
            found = self._by_value[key] = _by_kind_value(facts, attr)
        return found

    def ordered(self, facts: list[Fact], attr: str) -> dict[str, tuple[list[Scalar], list[Fact]]]:
        """`facts` (a list this index returned, so it lives as long as the index) whose `attr`
        is a bool, an int or a string, by kind, in the order of that value (equal values in
        `facts`' order): the values, and the facts. Once per list and attribute."""
        key = (id(facts), attr)
        found = self._ordered.get(key)
        if found is None:
            by_kind: dict[str, list[tuple[Scalar, int]]] = defaultdict(list)
            for n, fact in enumerate(facts):
                v = fact.get(attr)
                kind = _KINDS.get(v.__class__)
                if kind is not None:
                    by_kind[kind].append((v, n))  # type: ignore[arg-type]
            found = {}
            for kind, pairs in by_kind.items():
                pairs.sort()
                found[kind] = ([v for v, _ in pairs], [facts[n] for _, n in pairs])
            self._ordered[key] = found
        return found

    def average_hits(self, first: str, a: str, second: str, b: str, loose: bool) -> float:
        """How many facts of type `second` a fact of type `first` finds, on average, by its
        attribute `a` in the equality index of `second`'s attribute `b` (`table`); `loose`:
        also the `misfits` of that value's kind, and every fact when the value is absent or
        a list (a guard's candidates, `_Guard`). An estimate for `_plan`: over at most
        `_SAMPLE` facts of `first`, evenly spread."""
        key = (first, a, second, b, loose)
        found = self._average.get(key)
        if found is None:
            facts = self.by_type.get(first, [])
            facts = facts[:: max(1, len(facts) // _SAMPLE)]
            table = self.table(second, b)
            everything = len(self.by_type.get(second, ()))
            misfits = {k: len(self.misfits(second, b, k)) for k in _SAMPLES} if loose else {}
            total = 0
            for fact in facts:
                v: Any = fact.get(a)
                kind = _KINDS.get(v.__class__)
                if kind is None:
                    total += everything if loose else 0
                    continue
                total += len(table.get((kind, v), ())) + misfits.get(kind, 0)
            found = self._average[key] = total / max(1, len(facts))
        return found

    def misfits(self, fact_type: str, attr: str, kind: str) -> list[Fact]:
        """The facts of `fact_type` whose `attr` no value of `kind` (bool, int or str) can be
        compared with (`compare` is false whatever the operator): absent, a list, another
        kind."""
        key = (fact_type, attr, kind)
        found = self._misfits.get(key)
        if found is None:
            sample = _SAMPLES[kind]
            found = self._misfits[key] = [
                fact for fact in self.by_type.get(fact_type, ()) if _misfit(fact.get(attr), sample)
            ]
        return found

    def candidates(self, pattern: Pattern, bound: Sequence[Fact | None]) -> list[Fact]:
        """A superset of the facts that pass `pattern`: narrowed by its most selective
        equality test (each is one dict lookup, so trying them all is cheap)."""
        best: list[Fact] | None = None
        for test in pattern.tests:
            if test.op != "eq":
                continue
            operand = operand_value(test, bound)
            if operand is None or isinstance(operand, list):
                return []
            found = self.eq(pattern.fact_type, test.attr, operand)
            if best is None or len(found) < len(best):
                best = found
                if len(best) <= 1:
                    break
        return self.by_type.get(pattern.fact_type, []) if best is None else best


def _by_kind_value(facts: Iterable[Fact], attr: str) -> dict[tuple[str, Scalar], list[Fact]]:
    """`facts` by (kind, value) of their `attr`, in their order (absent, list: left out)."""
    out: dict[tuple[str, Scalar], list[Fact]] = defaultdict(list)
    for fact in facts:
        v = fact.get(attr)
        if v is not None and not isinstance(v, list):
            out[(_kind(v), v)].append(fact)
    return out


def _passes_constants(fact: Fact, tests: Sequence[tuple[str, str, Scalar]]) -> bool:
    """Whether `fact` passes every test (attribute, operator, constant) of `tests`."""
    return all(compare(fact.get(a), op, v) for a, op, v in tests)


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


@dataclass(frozen=True, slots=True)
class _Guard:
    """A negated pattern that only looks at a bound fact itself: `not T(id == k.id, a != j.b)`
    with `k` a positive pattern of type T (the law's "a state of mind that names another act
    does not count for this one"). Fact k is one of the facts it ranges over, so it blocks
    every binding where k's `a` and j's `b` are comparable and differ: of the candidates for
    one of the two patterns, given the other, only those whose attribute equals the other's,
    or cannot be compared with it (absent, a list, another kind), can survive. `_Join` keeps
    only those (`_Join.loose`), and `_plan` counts it as a link between k and j. When k is
    the only fact of its type with its id, that is all the negated pattern does, and it is not
    checked again (`_compile`); otherwise it is, as every negated pattern is."""

    negated: int
    k: int
    a: str
    j: int
    b: str


@dataclass(frozen=True, slots=True)
class _Link:
    """An equality test between two positive patterns: attribute `a` of pattern `p` equals
    attribute `b` of pattern `q` (whichever of the two has the test)."""

    p: int
    a: str
    q: int
    b: str


@dataclass(frozen=True, slots=True)
class _Shape:
    """What `_steps` needs of a rule, whatever the facts: its tests as checks, its negated
    patterns, the constant tests of each positive pattern, the patterns each one
    is linked to by an equality test between two patterns, and the guards (`_Guard`) that
    link two patterns the same way."""

    checks: tuple[_Check, ...]
    negated: tuple[int, ...]
    positive: tuple[int, ...]
    constant: Mapping[int, tuple[tuple[str, str, Any], ...]]
    links: dict[int, frozenset[int]]
    guards: tuple[_Guard, ...]
    pairs: tuple[_Link, ...]
    structure: int  # what `_plan` reads of it, whatever the constants, as a number (`_structure`)


def _structure(key: Hashable) -> int:
    """A number for `key`, the same for equal keys while they are remembered, and never the
    number of another key."""
    found = _STRUCTURES.get(key)
    if found is None:
        if len(_STRUCTURES) >= _IDENTITY_KEEP:
            _STRUCTURES.clear()
        found = _STRUCTURES[key] = next(_NUMBERS)
    return found


K = TypeVar("K")
V = TypeVar("V")


def _by_identity(cache: dict[int, tuple[Any, Any]], key: K, make: Callable[[K], V]) -> V:
    """`base.identity.by_identity`, keeping `_IDENTITY_KEEP` objects."""
    return by_identity(cache, key, make, _IDENTITY_KEEP)


_IDENTITY_KEEP = 1 << 12
_SHAPES: dict[int, tuple[Any, Any]] = {}
_EARLIER: dict[int, tuple[Any, Any]] = {}


def _rule_shape(rule: Rule) -> _Shape | None:
    """`_Shape` of `rule`, worked out once per rule (a situation checks every incident with
    the same rules); None when the rule can never match."""
    return _by_identity(_SHAPES, rule, _shape_of)


def _shape_of(rule: Rule) -> _Shape | None:
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
    positive = tuple(i for i in range(n) if not rule.patterns[i].negated)
    constant = {
        i: tuple(
            (c.test.attr, c.test.op, c.test.operand.value)  # type: ignore[union-attr]
            for c in checks
            if c.owner == i and c.ref is None
        )
        for i in positive
    }
    links: dict[int, set[int]] = {i: set() for i in positive}
    for c in checks:
        if c.test.op == "eq" and c.ref is not None:
            links[c.owner].add(c.ref)
            links[c.ref].add(c.owner)
    guards = tuple(g for i in negated if (g := _guard(rule, i)) is not None)
    for g in guards:
        links[g.k].add(g.j)
        links[g.j].add(g.k)
    pairs = tuple(
        _Link(c.owner, c.test.attr, c.ref, c.test.operand.attr)  # type: ignore[union-attr]
        for c in checks
        if c.test.op == "eq" and c.ref is not None
    )
    frozen = {i: frozenset(js) for i, js in links.items()}
    return _Shape(
        tuple(checks),
        tuple(negated),
        positive,
        constant,
        frozen,
        guards,
        pairs,
        _structure((positive, tuple(sorted(frozen.items())), guards, pairs)),
    )


def _guard(rule: Rule, i: int) -> _Guard | None:
    """Negated pattern `i` as a `_Guard`, if it is one."""
    pattern = rule.patterns[i]
    if len(pattern.tests) != 2:
        return None
    n = len(rule.patterns)
    refs = []
    for t in pattern.tests:
        if not isinstance(t.operand, Ref):
            return None
        j = t.operand.pattern if t.operand.pattern >= 0 else n + t.operand.pattern
        if not 0 <= j < i or rule.patterns[j].negated:
            return None
        refs.append((t, j))
    for (same, k), (other, j) in (refs, refs[::-1]):
        if (
            same.attr == "id"
            and same.op == "eq"
            and same.operand.attr == "id"  # type: ignore[union-attr]
            and rule.patterns[k].fact_type == pattern.fact_type
            and other.op == "ne"
            and j != k
        ):
            return _Guard(i, k, other.attr, j, other.operand.attr)  # type: ignore[union-attr]
    return None


def _sizes(rule: Rule, shape: _Shape, index: FactIndex) -> tuple[int, ...]:
    """How many candidates each positive pattern has: the facts of its type that pass its
    constant tests (`FactIndex.passing`), in `shape.positive`'s order."""
    return tuple(
        len(index.passing(rule.patterns[i].fact_type, shape.constant[i])) for i in shape.positive
    )


def _fanouts(
    rule: Rule, shape: _Shape, sizes: tuple[int, ...], index: FactIndex
) -> dict[tuple[int, int], tuple[float, float]]:
    """For each two patterns linked by an equality test or a guard (`_Link`, `_Guard`): how
    many facts of the second one's type a binding of the first one looks at, on average, in
    the index of the link (`FactIndex.average_hits`, over the facts of the first one's type),
    and how many of them pass the second one's constant tests (that many times the share of its
    type they keep, `_sizes`). The fewest, when two patterns are linked more than once."""
    size = dict(zip(shape.positive, sizes, strict=True))
    kind = {i: rule.patterns[i].fact_type for i in shape.positive}

    def kept(i: int) -> float:
        return size[i] / max(1, len(index.by_type.get(kind[i], ())))

    out: dict[tuple[int, int], tuple[float, float]] = {}

    def add(first: int, second: int, hits: float) -> None:
        estimate = (hits, hits * kept(second))
        out[first, second] = min(out.get((first, second), estimate), estimate)

    for link in shape.pairs:
        add(link.q, link.p, index.average_hits(kind[link.q], link.b, kind[link.p], link.a, False))
        add(link.p, link.q, index.average_hits(kind[link.p], link.a, kind[link.q], link.b, False))
    for g in shape.guards:
        add(g.k, g.j, index.average_hits(kind[g.k], g.a, kind[g.j], g.b, True))
        add(g.j, g.k, index.average_hits(kind[g.j], g.b, kind[g.k], g.a, True))
    return out


_CALL = 4.0
"""What a `_Join` call costs beyond the candidates it looks at, in candidates (measured on the
generator's 100,000-fact case: about as much as four candidates filtered)."""


def _plan(
    shape: _Shape,
    sizes: tuple[int, ...],
    fanouts: Mapping[tuple[int, int], tuple[float, float]],
) -> tuple[int, ...]:
    """The order in which to bind the positive patterns, given each one's number of
    candidates (`_sizes`) and, for linked patterns, the facts of one looked at and kept per
    binding of the other (`_fanouts`).

    The meaning does not depend on the order: a pattern's test may refer only to an earlier
    positive pattern (any other reference is absent, so the test is false), and a binding is
    kept only if every test holds. The order only makes it cheaper. A step costs, per binding
    so far, one call and the candidates it looks at (the fewest of its constant candidates
    and of what its links to bound patterns look at), and leaves as many bindings as it keeps.
    From each pattern in turn, join next a pattern linked to one already bound (by an equality
    test or a guard), the one that leaves the fewest bindings; of these orders, take the
    cheapest. An equal cost goes to the order that starts with fewer candidates, then to the
    earlier pattern."""
    size = dict(zip(shape.positive, sizes, strict=True))
    best: tuple[float, int, int, tuple[int, ...]] | None = None
    for start in shape.positive:
        order = [start]
        bound = {start}
        card = float(size[start])
        cost = card
        while len(order) < len(size):
            remaining = [i for i in shape.positive if i not in bound]
            pool = [i for i in remaining if not shape.links[i].isdisjoint(bound)] or remaining
            costs = {i: _step_cost(i, bound, card, size, fanouts) for i in pool}
            q = min(pool, key=lambda i: (costs[i], size[i], i))
            card, spent = costs[q]
            cost += spent
            order.append(q)
            bound.add(q)
        candidate = (cost, size[start], start, tuple(order))
        if best is None or candidate < best:
            best = candidate
    return () if best is None else best[3]


def _step_cost(
    i: int,
    bound: Collection[int],
    card: float,
    size: Mapping[int, int],
    fanouts: Mapping[tuple[int, int], tuple[float, float]],
) -> tuple[float, float]:
    """Joining pattern `i` to `card` bindings of the patterns `bound` (see `_plan`): the
    bindings it leaves, and what it costs."""
    linked = [f for b in bound if (f := fanouts.get((b, i))) is not None]
    looked = min([size[i], *(f[0] for f in linked)])
    left = min([size[i], *(f[1] for f in linked)])
    return card * left, card * (_CALL + looked)


def _steps(shape: _Shape, order: Sequence[int]) -> list[_Step]:
    """The steps of binding the positive patterns in `order` (`_plan`): each with the tests
    that become decidable once its pattern is bound."""
    bound: set[int] = set()
    steps: list[_Step] = []
    for q in order:
        bound.add(q)
        now = tuple(
            c
            for c in shape.checks
            if q in (c.owner, c.ref) and c.owner in bound and (c.ref is None or c.ref in bound)
        )
        steps.append(_Step(q, now))
    return steps


_OPERATORS: dict[str, Callable[[Any, Any], bool]] = {
    "eq": operator.eq,
    "ne": operator.ne,
    "lt": operator.lt,
    "le": operator.le,
    "gt": operator.gt,
    "ge": operator.ge,
}
_MIRRORED = {"eq": "eq", "ne": "ne", "lt": "gt", "le": "ge", "gt": "lt", "ge": "le"}


@dataclass(frozen=True, slots=True)
class _Probe:
    """One test of the pattern being joined, seen from the candidate fact: its attribute
    `attr` compared with a constant (`at` None, `other` the value) or with attribute `other`
    of the fact at position `at` of the binding. `mirrored`: the test is the other fact's (the
    candidate's value is its operand, so `compare` takes it second). `fast`: for two values of
    one exact type (bool, int or str), what `compare` computes, with the candidate's value
    first (None for `has`)."""

    attr: str
    op: str
    at: int | None
    other: Any
    mirrored: bool
    fast: Callable[[Any, Any], bool] | None


def _probe(attr: str, op: str, at: int | None, other: Any, mirrored: bool) -> _Probe:
    """A `_Probe`, with its fast operator: mirrored when the candidate's value comes second."""
    fast = _OPERATORS.get(_MIRRORED[op] if mirrored and op in _MIRRORED else op)
    return _Probe(attr, op, at, other, mirrored, fast)


_RANGE_FROM = 32
"""From how many candidates an order test bisects them rather than filters them (`_Join`)."""


class _Join:
    """The facts of one pattern that pass its tests, given a binding of the patterns before it
    (a tuple of facts, by position; see `_compile`).

    Every test reads one attribute of the candidate and a value fixed by the binding (a
    constant or a bound fact's attribute), so that value is read once per binding, not once
    per candidate. The candidates are the facts that pass the constant tests (`start`, found
    once: `FactIndex.passing`), or, when it has fewer, the facts an equality test with a bound
    fact finds in its index; the other tests filter them in turn. When both
    values of a test have the same exact type (bool, int or str), `compare` is the operator
    itself, done inline (`_Probe.fast`); any other pair goes to `compare`."""

    __slots__ = ("fact_type", "start", "lookups", "ranges", "loose", "probes", "bound_probes")

    def __init__(
        self,
        fact_type: str,
        probes: Sequence[_Probe],
        index: FactIndex,
        loose: Sequence[_Probe] = (),
        start: list[Fact] | None = None,
    ) -> None:
        self.fact_type = fact_type
        self.start: list[Fact] = (
            index.passing(fact_type, [(p.attr, p.op, p.other) for p in probes if p.at is None])
            if start is None
            else start
        )
        self.lookups: tuple[tuple[_Probe, dict[tuple[str, Scalar], list[Fact]]], ...] = tuple(
            (p, index.table(fact_type, p.attr)) for p in probes if p.op == "eq" and p.at is not None
        )
        self.probes = tuple(probes)
        self.bound_probes = tuple(p for p in probes if p.at is not None)  # `start` passes the rest
        # an order test with a bound fact, on many candidates: `start` in the order of the
        # attribute, by kind (`FactIndex.ordered`), to take the passing ones by bisection
        self.ranges: tuple[tuple[_Probe, str, dict[str, tuple[list[Scalar], list[Fact]]]], ...]
        self.ranges = (
            tuple(
                (p, _MIRRORED[p.op] if p.mirrored else p.op, index.ordered(self.start, p.attr))
                for p in self.bound_probes
                if p.op in ("lt", "le", "gt", "ge")
            )
            if len(self.start) >= _RANGE_FROM and start is None  # (`ordered` keeps the index's)
            else ()
        )
        # a guard's probe (`_Guard`): the candidates equal to the bound value (its index),
        # those that cannot be compared with a value of its kind (`FactIndex.misfits`, by
        # kind), and `start` split the same way (`_split`, by kind, when first needed)
        self.loose: tuple[
            tuple[
                _Probe,
                dict[tuple[str, Scalar], list[Fact]],
                dict[str, list[Fact]],
                dict[str, tuple[list[Fact], dict[Scalar, list[Fact]]]],
            ],
            ...,
        ] = tuple(
            (
                p,
                index.table(fact_type, p.attr),
                {kind: index.misfits(fact_type, p.attr, kind) for kind in _SAMPLES},
                {},
            )
            for p in loose
        )

    def _split(self, attr: str, kind: str) -> tuple[list[Fact], dict[Scalar, list[Fact]]]:
        """`start` split for a guard's probe on `attr` with a value of `kind`: the facts
        whose `attr` cannot be compared with it (`_misfit`), and the others by their value."""
        sample = _SAMPLES[kind]
        misfits: list[Fact] = []
        fits: dict[Scalar, list[Fact]] = defaultdict(list)
        for f in self.start:
            x = f.get(attr)
            if _misfit(x, sample):
                misfits.append(f)
            else:
                fits[x].append(f)  # type: ignore[index]
        return misfits, dict(fits)

    def __call__(self, bound: tuple[Fact, ...]) -> list[Fact]:
        v: Any
        found: list[Fact] = self.start
        used: _Probe | None = None
        for p, table in self.lookups:
            v = bound[p.at].get(p.other)  # type: ignore[index]
            if v is None or isinstance(v, list):
                return []  # equal to no value of the index, nor passes `compare`
            hits = table.get((_KINDS.get(v.__class__) or _kind(v), v), [])
            if len(hits) < len(found):
                found, used = hits, p
        narrowed = found is self.start  # the candidates pass the constant tests
        if narrowed and self.ranges:
            for p, op, ordered in self.ranges:
                v = bound[p.at].get(p.other)  # type: ignore[index]
                kind = _KINDS.get(v.__class__)
                if kind is None:
                    if v is None or isinstance(v, list):
                        return []  # `compare` with an absent value or a list is false
                    continue
                keys, facts = ordered.get(kind, ((), []))
                if op == "lt":
                    hit = facts[: bisect.bisect_left(keys, v)]
                elif op == "le":
                    hit = facts[: bisect.bisect_right(keys, v)]
                elif op == "gt":
                    hit = facts[bisect.bisect_right(keys, v) :]
                else:
                    hit = facts[bisect.bisect_left(keys, v) :]
                if len(hit) < len(found):
                    found, used = hit, p
        for p, table, misfits_of, splits in self.loose:
            v = bound[p.at].get(p.other)  # type: ignore[index]
            kind = _KINDS.get(v.__class__)
            if kind is None:
                continue  # absent, a list, or not a loader's value: no candidate is excluded
            hits = table.get((kind, v), [])
            misfits = misfits_of[kind]
            if len(hits) + len(misfits) < len(found):
                found, used, narrowed = (hits + misfits if misfits else hits), None, False
            elif found is self.start:  # its misfits, and those equal to v, from a split
                split = splits.get(kind)
                if split is None:
                    split = splits[kind] = self._split(p.attr, kind)
                if split[1]:  # else all of them are misfits: every one is kept
                    same = split[1].get(v)
                    found = split[0] + same if same else split[0]
            else:  # kept: those equal to v, and those that cannot be compared with it
                attr, cls = p.attr, v.__class__
                kept = []  # a loop, not `compare` per candidate: most are absent or equal
                for f in found:
                    x = f.get(attr)
                    if x is None or (x == v if x.__class__ is cls else not compare(x, "ne", v)):
                        kept.append(f)
                found = kept
        for p in self.bound_probes if narrowed else self.probes:
            if not found:
                return found
            if p is used:
                continue  # every candidate passes it
            v = p.other if p.at is None else bound[p.at].get(p.other)
            if v is None:
                return []  # `compare` with an absent value is false
            attr, op = p.attr, p.op
            cls = v.__class__
            fast = p.fast
            if fast is not None and cls in _KINDS:
                kept = []  # a loop, not a comprehension: most lists have one or two facts
                for f in found:
                    x = f.get(attr)
                    if x.__class__ is cls:
                        if fast(x, v):
                            kept.append(f)
                    elif compare(v, op, x) if p.mirrored else compare(x, op, v):
                        kept.append(f)
                found = kept
            elif p.mirrored:
                found = [f for f in found if compare(v, op, f.get(attr))]
            else:
                found = [f for f in found if compare(f.get(attr), op, v)]
        return found


class _Among(_Join):
    """A `_Join` whose candidates are some facts only (`start`, passing the constant tests:
    `FactIndex.among`): one found through an equality index is dropped unless it is one."""

    __slots__ = ("ids",)

    def __init__(
        self,
        fact_type: str,
        probes: Sequence[_Probe],
        index: FactIndex,
        loose: Sequence[_Probe],
        start: list[Fact],
    ) -> None:
        super().__init__(fact_type, probes, index, loose, start)
        self.ids = {id(f) for f in start}

    def __call__(self, bound: tuple[Fact, ...]) -> list[Fact]:
        ids = self.ids
        return [f for f in super().__call__(bound) if id(f) in ids]


@dataclass(frozen=True, slots=True)
class _Compiled:
    """A rule as `_bindings` evaluates it: bindings are tuples of facts in the order `_steps`
    binds the positive patterns (each join appends one), `at[i]` the position of positive
    pattern i's fact; `blocks[d]`: the negated patterns checked on the bindings of the first
    d joins; `keys[d]`: what those bindings depend on (the first d joins and blocks, as
    values), the same for every rule that starts the same way (`_prefix`)."""

    joins: tuple[_Join, ...]
    blocks: tuple[tuple[_Join, ...], ...]
    at: dict[int, int]
    keys: tuple[Hashable, ...]


@dataclass(frozen=True, slots=True)
class _Recipe:
    """A rule's joins and blocks before they meet the facts: each join's fact type, probes and
    guard probes (`_Guard`), in `_steps`'s order; each block's fact type and probes, by the
    number of joins after which it can be checked (all the patterns it refers to bound:
    the sooner a binding is dropped, the fewer are extended); `at` as in `_Compiled`."""

    joins: tuple[tuple[str, tuple[_Probe, ...], tuple[_Probe, ...]], ...]
    blocks: tuple[tuple[tuple[int, str, tuple[_Probe, ...]], ...], ...]
    at: dict[int, int]


_RECIPES: dict[int, tuple[Any, Any]] = {}
_PLANS: dict[Hashable, tuple[int, ...]] = {}
_STRUCTURES: dict[Hashable, int] = {}
_NUMBERS = itertools.count()
"""`_plan`'s orders by what they depend on: rules that differ only by their constants (one
accused's charge and another's) and have the same numbers share one."""
_RECIPES_PER_RULE = 64


def _compile(rule: Rule, index: FactIndex, only: Collection[str] | None = None) -> _Compiled | None:
    """`rule` as joins in `_plan`'s order; None when it can never match, or cannot with these
    facts (most of a small case's rules: a fact type it has none of). The recipe depends on
    the facts only through the order: it is worked out once per rule and order (a situation's
    incidents mostly share them). `only`: the ids of the acts to bind (a rule that binds the
    act), for the matches of those acts alone."""
    by_type = index.by_type
    for pattern in rule.patterns:
        if not pattern.negated and not by_type.get(pattern.fact_type):
            return None  # a positive pattern without a fact of its type: no match
    shape = _rule_shape(rule)
    if shape is None:
        return None
    sizes = _sizes(rule, shape, index)
    act = rule.act if only is not None else None
    chosen: list[Fact] | None = None
    if act is not None:
        chosen = index.among(rule.patterns[act].fact_type, shape.constant[act], only or ())
        sizes = tuple(
            len(chosen) if i == act else n for i, n in zip(shape.positive, sizes, strict=True)
        )
    if 0 in sizes:
        return None  # a positive pattern no fact passes: no match, and nothing to plan
    fanouts = _fanouts(rule, shape, sizes, index)
    planned = (shape.structure, sizes, tuple(sorted(fanouts.items())))
    order = _PLANS.get(planned)
    if order is None:
        if len(_PLANS) >= _IDENTITY_KEEP:
            _PLANS.clear()
        order = _PLANS[planned] = _plan(shape, sizes, fanouts)
    recipes: dict[tuple[int, ...], _Recipe] = _by_identity(_RECIPES, rule, lambda _: {})
    recipe = recipes.get(order)
    if recipe is None:
        if len(recipes) >= _RECIPES_PER_RULE:
            recipes.clear()
        recipe = recipes[order] = _recipe(rule, _steps(shape, order), shape)
    guarded = {g.negated for g in shape.guards}
    blocks = [
        [
            (fact_type, probes)
            for i, fact_type, probes in at_depth
            if not (i in guarded and index.ids_unique(fact_type))
        ]
        for at_depth in recipe.blocks
    ]
    # what the bindings depend on (`_prefix`): for some acts only, those acts and the join
    # that binds them too
    keys: list[Hashable] = [() if act is None else (frozenset(only or ()), recipe.at[act])]
    for (fact_type, probes, loose), at_depth in zip(
        recipe.joins if len(recipe.joins) >= 3 else (), blocks, strict=False
    ):
        keys.append(
            (
                keys[-1],
                tuple((t, _probes_key(b)) for t, b in at_depth),
                (fact_type, _probes_key(probes), _probes_key(loose)),
            )
        )
    among = -1 if chosen is None else recipe.at[act]  # type: ignore[index]
    return _Compiled(
        tuple(
            _Among(fact_type, probes, index, loose, chosen)  # type: ignore[arg-type]
            if k == among
            else _Join(fact_type, probes, index, loose)
            for k, (fact_type, probes, loose) in enumerate(recipe.joins)
        ),
        tuple(
            tuple(_Join(fact_type, probes, index) for fact_type, probes in at_depth)
            for at_depth in blocks
        ),
        recipe.at,
        tuple(keys),
    )


def _test_key(p: _Probe) -> Hashable:
    """What a probe tests, wherever the fact it reads is in the binding."""
    if p.at is None:
        return (p.attr, p.op, p.mirrored, _kind(p.other), p.other)
    return (p.attr, p.op, p.mirrored, None, p.other)


def _probes_key(probes: Sequence[_Probe]) -> Hashable:
    """`probes` as a value: equal only for probes that test the same (a constant's kind too:
    `eq true` is not `eq 1`)."""
    return tuple(
        (p.attr, p.op, p.at, p.mirrored, _kind(p.other) if p.at is None else "", p.other)
        for p in probes
    )


def _recipe(rule: Rule, steps: Sequence[_Step], shape: _Shape) -> _Recipe:
    """The probes of each step, and of each negated pattern that may block a binding. A
    negated pattern with a test on a pattern it does not see (a later or negated one: absent,
    so the test is false) can never block, and is left out."""
    at = {step.pattern: k for k, step in enumerate(steps)}
    joins = []
    for step in steps:
        probes = []
        for c in step.checks:
            t = c.test
            if isinstance(t.operand, Const):
                probes.append(_probe(t.attr, t.op, None, t.operand.value, False))
            elif c.owner == step.pattern:
                probes.append(_probe(t.attr, t.op, at[c.ref], t.operand.attr, False))  # type: ignore[index]
            else:  # the candidate's attribute is the operand of a bound fact's test
                probes.append(_probe(t.operand.attr, t.op, at[c.owner], t.attr, True))
        loose = []
        for g in shape.guards:  # the other pattern of the guard bound before this one
            if step.pattern == g.j and at[g.k] < at[g.j]:
                loose.append(_probe(g.b, "eq", at[g.k], g.a, False))
            elif step.pattern == g.k and at[g.j] < at[g.k]:
                loose.append(_probe(g.a, "eq", at[g.j], g.b, False))
        joins.append((rule.patterns[step.pattern].fact_type, tuple(probes), tuple(loose)))
    blocks: list[list[tuple[int, str, tuple[_Probe, ...]]]] = [[] for _ in range(len(steps) + 1)]
    n = len(rule.patterns)
    for i in shape.negated:
        pattern = rule.patterns[i]
        probes = []
        depth = 0
        for t in pattern.tests:
            if isinstance(t.operand, Const):
                probes.append(_probe(t.attr, t.op, None, t.operand.value, False))
                continue
            j = t.operand.pattern if t.operand.pattern >= 0 else n + t.operand.pattern
            if not 0 <= j < i or rule.patterns[j].negated:
                break
            probes.append(_probe(t.attr, t.op, at[j], t.operand.attr, False))
            depth = max(depth, at[j] + 1)
        else:
            blocks[depth].append((i, pattern.fact_type, tuple(probes)))
    return _Recipe(tuple(joins), tuple(tuple(b) for b in blocks), at)


CHUNK = 4096
"""Partial bindings extended at once: large enough for the set-at-a-time loops to run at full
speed, small enough that no step holds more than this many (bindings stream; see `stream`)."""


def _bindings(
    rule: _Compiled, index: FactIndex, depth: int | None = None
) -> Iterator[list[tuple[Fact, ...]]]:
    """Every binding of the compiled rule (of its first `depth` joins, and the negated
    patterns those bind), in batches. A batch of at most `CHUNK` partial
    bindings is extended by one pattern; whenever the extension reaches `CHUNK`, it is carried
    on to the next pattern before the rest is extended, so the memory held is O(patterns x
    CHUNK) however many bindings there are. Each negated pattern is checked as soon as the
    patterns it refers to are bound.

    A rule of three patterns or more whose joins but the last are those of an earlier rule
    starts from their bindings, kept for the rules that start the same way (`_prefix`): one
    accused's state of mind joined on the acts of a crime differs from another's only by the
    last pattern. (The first rule to start a way does not keep them: most ways are one rule's.)"""
    n = len(rule.joins)
    joins = rule.joins if depth is None or depth >= n else rule.joins[:depth]
    if n >= 3 and len(joins) >= n - 1:
        seen = hash(rule.keys[n - 1])  # (another key of the same hash: only a prefix kept)
        if seen in index.seen:
            shared = _prefix(rule, index, n - 1)
            if shared is not None:
                return _extend(joins, rule.blocks, n - 1, shared)
        else:
            index.seen.add(seen)
    return _extend(joins, rule.blocks, 0, [()])


_PREFIX_MAX = 200_000
"""The most bindings a shared prefix may have (`_prefix`); a larger one is not kept."""
_PREFIX_BUDGET = 400_000
"""The most bindings the shared prefixes of one evaluation keep in all (about 80 bytes each)."""


def _prefix(rule: _Compiled, index: FactIndex, depth: int) -> list[tuple[Fact, ...]] | None:
    """The bindings of the first `depth` joins of `rule` (before its blocks at `depth`),
    remembered in `index` by `rule.keys[depth]` for the next rule that starts the same way;
    None when there are more than `_PREFIX_MAX` of them."""
    key = rule.keys[depth]
    shared = index.prefixes.get(key)
    if shared is not None or key in index.too_many:
        return shared
    out: list[tuple[Fact, ...]] = []
    for batch in _extend(rule.joins[:depth], (*rule.blocks[:depth], ()), 0, [()]):
        out += batch
        if len(out) > _PREFIX_MAX:
            index.too_many.add(key)
            return None
    if index.kept + len(out) <= _PREFIX_BUDGET:
        index.prefixes[key] = out
        index.kept += len(out)
    return out


def _extend(
    joins: Sequence[_Join],
    blocks: Sequence[Sequence[_Join]],
    depth: int,
    partial: list[tuple[Fact, ...]],
) -> Iterator[list[tuple[Fact, ...]]]:
    """`_bindings` from pattern `depth` on. (A function of its own, not a closure: a
    recursive closure is a reference cycle, which would keep each rule's compiled joins in
    memory while `elements` runs without the cyclic collector.)"""
    for block in blocks[depth]:
        partial = [bound for bound in partial if not block(bound)]
    if not partial:
        return
    if depth == len(joins):
        yield partial
        return
    join = joins[depth]
    extended: list[tuple[Fact, ...]] = []
    for bound in partial:
        found = join(bound)
        if found:
            for fact in found:  # mostly one or two: a loop costs less than a comprehension
                extended.append((*bound, fact))
            if len(extended) >= CHUNK:
                yield from _extend(joins, blocks, depth + 1, extended)
                extended = []
    if extended:
        yield from _extend(joins, blocks, depth + 1, extended)


def stream(
    rule: Rule, index: FactIndex, only: Collection[str] | None = None
) -> Iterator[list[tuple[str, ...]]]:
    """Every match of `rule`, in `_bindings`' batches: the ids of the facts bound by its
    positive patterns, in pattern order. `only`: the matches of these acts alone (a rule that
    binds the act; one that does not has every match)."""
    compiled = _compile(rule, index, only)
    if compiled is None:
        return
    columns = [operator.itemgetter(compiled.at[i]) for i in rule.positive]
    get_id = operator.itemgetter("id")
    for batch in _bindings(compiled, index):
        if not columns:  # no positive pattern: one empty match (zip() would give none)
            yield [()] * len(batch)
            continue
        # column by column, so that no Python code runs per match
        ids = [map(str, map(get_id, map(column, batch))) for column in columns]
        yield list(zip(*ids, strict=True))


_RANKED_BUDGET = 400_000
"""The most values `FactIndex.ranked` keeps in all (about 100 bytes each); beyond, it starts
afresh: N accused's charges each end with joins of their own, of no use to the next."""


def best_by_act(
    rule: Rule, index: FactIndex, ranks: Mapping[str, int]
) -> dict[str | None, int] | None:
    """The best status of `rule`'s matches by act (None: a rule that does not bind the act),
    a match's status being the lowest `rank` of its own facts (0 when it has none), without
    building its matches: for each binding of every join but the last, the last join's facts
    are ranked in one pass. None when the last join's negated patterns are checked after it
    (every match must be built: `stream`)."""
    compiled = _compile(rule, index)
    if compiled is None:
        return {}
    n = len(compiled.joins)
    if n == 0 or compiled.blocks[n]:
        return None
    rank = ranks.__getitem__
    at = compiled.at
    last = n - 1
    own = [at[i] for i in rule.own]
    before = [operator.itemgetter(k) for k in own if k != last]
    last_own = last in own
    act_at = None if rule.act is None else at[rule.act]
    join = compiled.joins[last]
    # the best rank of the last join's facts for a binding: with a guard (`_Ranked`), or per
    # value of what it reads for every rule that ends with the same join (`_ByValue`); None
    # where each of its facts is an act of its own
    top_of: _Ranked | _ByValue | None = None
    if act_at != last:
        top_of = (
            _Ranked(join, index, rank) if len(join.loose) == 1 else _ByValue(join, index, ranks)
        )
    table: dict[str | None, int] = {}
    for batch in _bindings(compiled, index, last):
        if top_of is None:
            for bound in batch:
                found = join(bound)
                if found:
                    floor = min(rank(str(g(bound)["id"])) for g in before) if before else None
                    _rank_acts(table, found, floor, last_own, rank)
            continue
        _rank_batch(table, batch, top_of.tops(batch), before, last_own, act_at, rank)
    return table


def _rank_batch(
    table: dict[str | None, int],
    batch: list[tuple[Fact, ...]],
    tops: list[int],
    before: Sequence[Callable[[tuple[Fact, ...]], Fact]],
    last_own: bool,
    act_at: int | None,
    rank: Callable[[str], int],
) -> None:
    """`best_by_act` for a batch of bindings whose last join's best ranks are `tops` (-1: it
    finds nothing), column by column: a binding's rank is the lowest of its own facts' (those
    bound before the last join, `before`, and the last join's best if it is an own fact: 0
    when there are none), kept in `table` for its act if higher than what is there."""
    keep = [top >= 0 for top in tops]
    if not all(keep):
        batch = list(itertools.compress(batch, keep))
        tops = list(itertools.compress(tops, keep))
        if not batch:
            return
    scores: Iterable[int]
    if before:
        columns = [list(map(rank, map(str, map(_get_id, map(g, batch))))) for g in before]
        floors = columns[0] if len(columns) == 1 else list(map(min, *columns))
        scores = map(min, floors, tops) if last_own else floors
    else:
        scores = tops if last_own else itertools.repeat(0, len(batch))
    acts: Iterable[str | None]
    if act_at is None:
        acts = itertools.repeat(None, len(batch))
    else:
        acts = map(str, map(_get_id, map(operator.itemgetter(act_at), batch)))
    keep_best(table, zip(acts, scores, strict=True))


def _rank_acts(
    table: dict[str | None, int],
    found: list[Fact],
    floor: int | None,
    last_own: bool,
    rank: Callable[[str], int],
) -> None:
    """`best_by_act` where each fact of the last join is an act of its own: its rank is the
    lower of `floor` and, if it is an own fact, its own rank. Into an empty table (most such
    rules have one binding: a state of mind, then the acts dated after it) at once."""
    ids = list(map(str, map(_get_id, found)))
    ranks: Iterable[int]
    if not last_own:
        ranks = itertools.repeat(0 if floor is None else floor, len(ids))
    elif floor is None:
        ranks = map(rank, ids)
    else:
        ranks = map(min, map(rank, ids), itertools.repeat(floor))
    if not table:
        table.update(zip(ids, ranks, strict=True))
        return
    keep_best(table, zip(ids, ranks, strict=True))


def keep_best(table: dict[str | None, int], ranked: Iterable[tuple[str | None, int]]) -> None:
    """Each (act, rank) of `ranked` into `table`, which keeps the highest rank of each act."""
    get = table.get
    for act, rank in ranked:
        if rank > get(act, -1):
            table[act] = rank


_get_id = operator.itemgetter("id")


def _best_rank(facts: Iterable[Fact], rank: Callable[[str], int]) -> int:
    """The highest `rank` of `facts` (-1: there is none)."""
    return max(map(rank, map(str, map(_get_id, facts))), default=-1)


def _read_key(
    bound: tuple[Fact, ...], reads: Sequence[tuple[int | None, Any]], lead: tuple[object, ...] = ()
) -> tuple[object, ...] | None:
    """What a join reads from `bound` (`reads`: position, attribute), after `lead`, as a memo
    key: each value with its class (`eq true` is not `eq 1`); None when one is a list."""
    key = list(lead)
    for at, other in reads:  # (bound probes: `at` is a position)
        x = bound[at].get(other)  # type: ignore[index]
        if x.__class__ is list:
            return None
        key += (x.__class__, x)
    return tuple(key)


def _read_keys(
    batch: Sequence[tuple[Fact, ...]],
    reads: Sequence[tuple[int | None, Any]],
    lead: Sequence[object] | None = None,
) -> list[tuple[object, ...]] | None:
    """`_read_key` of every binding of `batch` (`lead`: each one's first part), worked out
    column by column: None when a value read is a list (then `_read_key`, one at a time)."""
    columns: list[Iterable[object]] = [] if lead is None else [lead]
    for at, other in reads:
        values = [bound[at].get(other) for bound in batch]  # type: ignore[index]
        classes = list(map(type, values))
        if list in classes:
            return None
        columns += (classes, values)
    if not columns:
        return [()] * len(batch)
    return list(zip(*columns, strict=True))


class _ByValue:
    """The best rank (-1: none) of the facts a last join without a guard finds for a binding,
    remembered per value of what it reads from the binding (`FactIndex.ranked`: shared by the
    rules that end with a join that tests the same), within `_RANKED_BUDGET` in all."""

    def __init__(self, join: _Join, index: FactIndex, ranks: Mapping[str, int]) -> None:
        self.join = join
        self.index = index
        self.ranks = ranks
        self.rank = ranks.__getitem__
        self.memo = index.ranked(join, ranks)
        self.reads = [(p.at, p.other) for p in (*join.bound_probes, *(g[0] for g in join.loose))]

    def __call__(self, bound: tuple[Fact, ...]) -> int:
        memo_key = _read_key(bound, self.reads)
        if memo_key is None:  # not a key: worked out for this binding alone
            return _best_rank(self.join(bound), self.rank)
        top = self.memo.get(memo_key, -2)
        return self._worked_out(bound, memo_key) if top == -2 else top

    def tops(self, batch: list[tuple[Fact, ...]]) -> list[int]:
        """`self(bound)` for every binding of `batch`: the memo looked up column by column,
        the join run once per value not yet in it."""
        keys = _read_keys(batch, self.reads)
        if keys is None:
            return [self(bound) for bound in batch]
        out = list(map(self.memo.get, keys, itertools.repeat(-2)))
        for n, top in enumerate(out):
            if top == -2:  # not in the memo when the batch began: perhaps since
                top = self.memo.get(keys[n], -2)
                out[n] = self._worked_out(batch[n], keys[n]) if top == -2 else top
        return out

    def _worked_out(self, bound: tuple[Fact, ...], memo_key: tuple[object, ...]) -> int:
        """The best rank for `bound`, remembered under its key."""
        top = _best_rank(self.join(bound), self.rank)
        index = self.index
        if index.ranked_kept >= _RANKED_BUDGET:  # the others' go: a new start
            index.forget_ranked()
            self.memo = index.ranked(self.join, self.ranks)
        self.memo[memo_key] = top
        index.ranked_kept += 1
        return top


class _Ranked:
    """The best rank of the facts a join with one guard (`_Guard`) finds for a binding (-1:
    none), without running it for every binding: they are those that cannot be compared with
    the guard's value (`_misfit`; all of them when the value is absent or a list) among what
    the join without its guard finds — the same for every binding that reads the same other
    values and a guard value of the same kind, so ranked once for them — and those whose
    attribute equals the guard's value (few: the states of mind that name this very act),
    tested one by one. The two do not overlap: a value equal to the guard's is of its kind."""

    def __init__(self, join: _Join, index: FactIndex, rank: Callable[[str], int]) -> None:
        self.guard = join.loose[0][0]
        self.plain = _Join(join.fact_type, join.probes, index)
        # the candidates equal to a guard value: of those that pass the constant tests only
        # (the states of mind of this accused, not of every accused, that name an act)
        self.table = index.by_value(self.plain.start, self.guard.attr)
        self.reads = tuple((p.at, p.other) for p in self.plain.bound_probes)
        self.probes = join.probes
        self.rank = rank
        self.memo: dict[tuple[object, ...], int] = {}

    def __call__(self, bound: tuple[Fact, ...]) -> int:
        g = self.guard
        v = bound[g.at].get(g.other)  # type: ignore[index]
        kind = _KINDS.get(v.__class__)
        memo_key = _read_key(bound, self.reads, (kind,))  # None: for this binding alone
        apart = self.memo.get(memo_key, -2) if memo_key is not None else -2
        if apart == -2:
            apart = self._apart(bound, kind)
            if memo_key is not None:
                self.memo[memo_key] = apart
        if kind is None:
            return apart
        return max(apart, self._same(bound, kind, v))  # type: ignore[arg-type]

    def tops(self, batch: list[tuple[Fact, ...]]) -> list[int]:
        """`self(bound)` for every binding of `batch`, column by column: the memo looked up
        for all, the join run once per key not yet in it, and the facts that equal the guard
        value tested only for the bindings whose value some fact's attribute equals (few)."""
        g = self.guard
        values = [bound[g.at].get(g.other) for bound in batch]  # type: ignore[index]
        kinds = list(map(_KINDS.get, map(type, values)))
        keys = _read_keys(batch, self.reads, kinds)
        if keys is None:
            return [self(bound) for bound in batch]
        memo = self.memo
        out = list(map(memo.get, keys, itertools.repeat(-2)))
        for n, top in enumerate(out):
            if top == -2:  # not in the memo when the batch began: perhaps since
                top = memo.get(keys[n], -2)
                if top == -2:
                    top = memo[keys[n]] = self._apart(batch[n], kinds[n])
                out[n] = top
        table = self.table
        if table:
            named = [
                n
                for n, (kind, v) in enumerate(zip(kinds, values, strict=True))
                if kind is not None and (kind, v) in table
            ]
            for n in named:
                out[n] = max(out[n], self._same(batch[n], kinds[n], values[n]))  # type: ignore[arg-type]
        return out

    def _apart(self, bound: tuple[Fact, ...], kind: str | None) -> int:
        """The best rank of the facts the join without its guard finds that cannot be
        compared with a guard value of `kind` (all of them: None)."""
        found = self.plain(bound)
        if kind is not None:
            sample = _SAMPLES[kind]
            attr = self.guard.attr
            found = [f for f in found if _misfit(f.get(attr), sample)]
        return _best_rank(found, self.rank)

    def _same(self, bound: tuple[Fact, ...], kind: str, v: Scalar) -> int:
        """The best rank of the facts whose attribute equals the guard value `v` (of `kind`)
        and that pass every test of the join (-1: none)."""
        same = self.table.get((kind, v))
        if not same:
            return -1
        passing = []
        for f in same:
            for p in self.probes:
                w = p.other if p.at is None else bound[p.at].get(p.other)
                x = f.get(p.attr)
                if not (compare(w, p.op, x) if p.mirrored else compare(x, p.op, w)):
                    break
            else:
                passing.append(f)
        return _best_rank(passing, self.rank)


def evaluate_by_rule(program: Program, facts: Iterable[Fact]) -> dict[str, set[tuple[str, ...]]]:
    """Every match of every rule of `program` over `facts`: for each rule that fires, the ids
    of the facts bound by its positive patterns, in pattern order."""
    index = FactIndex(facts)
    out: dict[str, set[tuple[str, ...]]] = {}
    for rule in program.rules:
        found = {m for batch in stream(rule, index) for m in batch}
        if found:
            out[rule.id] = found
    return out


def evaluate(program: Program, facts: Iterable[Fact]) -> set[Match]:
    """Every match of every rule of `program` over `facts`."""
    return {
        Match(rule, ids)
        for rule, found in evaluate_by_rule(program, facts).items()
        for ids in found
    }


# ---- bounded evaluation: what the report needs, without every match ------------------------

Chain = tuple[tuple[str, ...], tuple[str, ...]]
"""A chain as (own facts, facts joined on): a match of an element's rule, each fact once."""

ChainKey = tuple[int, tuple[int, ...], tuple[int, ...]]
"""How chains are listed: the strongest first (minus the status rank), then in natural order of
their own facts, then of the facts they join on. One key, one chain."""


def splitter(rule: Rule) -> Callable[[tuple[str, ...]], Chain]:
    """Each match of `rule` (its positive patterns' fact ids) as a chain: (its own facts, the
    facts it joins on), each fact once, in pattern order (own facts in `rule.own` order)."""
    own_at, via_at = _own_and_via(rule)
    own_of = _columns(own_at)
    via_of = _columns(via_at)

    def split(m: tuple[str, ...]) -> Chain:
        if len(set(m)) == len(m):  # no fact fills two patterns: nothing to leave out
            return own_of(m), via_of(m)
        own = tuple(dict.fromkeys(own_of(m)))
        return own, tuple([x for x in dict.fromkeys(via_of(m)) if x not in own])

    return split


def _splitter_of_batches(
    rule: Rule,
) -> Callable[[Sequence[tuple[str, ...]]], Iterable[Chain]]:
    """`splitter` for a batch of matches at a time. When no two positive patterns have the same
    fact type, no fact can fill two of them, and the chains are built column by column, with
    no Python code per match."""
    own_at, via_at = _own_and_via(rule)
    types = [rule.patterns[rule.positive[k]].fact_type for k in own_at + via_at]
    if len(set(types)) == len(types):
        return lambda batch: zip(
            _column_tuples(own_at, batch), _column_tuples(via_at, batch), strict=True
        )
    split = splitter(rule)
    return lambda batch: map(split, batch)


def _own_and_via(rule: Rule) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Where a match of `rule` has its own facts, and the facts it joins on."""
    positive = rule.positive
    own_at = tuple(positive.index(i) for i in rule.own)
    via_at = tuple(k for k, i in enumerate(positive) if i not in rule.own)
    return own_at, via_at


def _column_tuples(at: tuple[int, ...], rows: Sequence[tuple[T, ...]]) -> Iterable[tuple[T, ...]]:
    """The items at positions `at` of each row, as a tuple per row (`_columns` for a batch of
    rows, with no Python code per row)."""
    if not at:
        return itertools.repeat((), len(rows))
    if len(at) == 1:
        return zip(map(operator.itemgetter(at[0]), rows))
    return map(operator.itemgetter(*at), rows)


def _columns(at: tuple[int, ...]) -> Callable[[tuple[T, ...]], tuple[T, ...]]:
    """The items at positions `at` of a row, as a tuple."""
    if not at:
        return lambda m: ()
    if len(at) == 1:
        (k,) = at
        return lambda m: (m[k],)
    return operator.itemgetter(*at)


@dataclass(slots=True)
class Found:
    """What one rule found for one act (or, for a rule that does not bind the act, for every
    act): enough for the report, whatever the number of matches.

    * `matches`: its matches, all counted;
    * `chains`: the distinct chains of the *element* for this act that are first found here:
      a chain is counted once, for the first rule of its element (the rules that do not bind
      the act first, then in program order) and the first match (in fact-id order) that gives
      it, so the sum over the element's rules is the exact number of its distinct chains;
    * `best`: the best status rank of its chains (`base.vocabulary.RANK`);
    * `facts`, `via`: the own facts, and the facts joined on, of its chains of that status;
    * `failed`: the own facts of any of its chains that are in the `failed` set given;
    * `kept`: its first `cap` distinct chains by `ChainKey` (all of them when cap is None),
      each with its status rank, in no particular order (`merge` puts them in order).

    Most rules find one or two chains per act, and a case may have thousands of acts (N
    accused with one act each: N x N of them), so it is kept small: `facts` and `via` are the
    tuples of the one chain of the best status until a second one comes (then sets), `failed`
    is () until a failed fact comes, `kept` is stored (`more`) only from a second match on —
    until then it is that one chain, (`facts`, `via`) at status `best` — and the order of the
    chains (`ChainKey`) is worked out only when there are too many to keep, or to list.
    """

    matches: int = 0
    chains: int = 0
    best: int = -1
    facts: tuple[str, ...] | set[str] = ()
    via: tuple[str, ...] | set[str] = ()
    failed: tuple[str, ...] | set[str] = ()
    more: list[tuple[int, Chain]] | None = field(default_factory=list)  # None: the one chain
    limit: ChainKey | None = None  # chains from this key on can no longer be among the first

    @property
    def kept(self) -> list[tuple[int, Chain]]:
        """The chains kept (with their status ranks)."""
        if self.more is None:
            return [(self.best, (self.facts, self.via))]  # type: ignore[list-item]
        return self.more

    @kept.setter
    def kept(self, chains: list[tuple[int, Chain]]) -> None:
        self.more = chains

    def view(self) -> tuple[object, ...]:
        """What it found, whatever the representation (for comparing two engines' results)."""
        return (
            self.matches,
            self.chains,
            self.best,
            frozenset(self.facts),
            frozenset(self.via),
            frozenset(self.failed),
            frozenset(self.kept),
        )

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Found) and self.view() == other.view()

    __hash__ = None  # type: ignore[assignment]


@dataclass
class Bounded:
    """The bounded result of evaluating a program: per rule id, per act (the id of the fact the
    rule's `act` pattern bound, None for a rule that does not bind the act), what it found.
    Memory: O(rules x acts x cap) chains and, per rule and act, the facts of its best chains."""

    cap: int | None
    rules: dict[str, dict[str | None, Found]]

    def matches(self) -> int:
        """The number of matches in all (every rule, every act)."""
        return sum(f.matches for acts in self.rules.values() for f in acts.values())


@dataclass(frozen=True, slots=True)
class Merged:
    """One element's chains for one act, merged over its rules (see `merge`)."""

    best: int  # the best status rank of any chain; -1: there is none
    chains: list[tuple[ChainKey, Chain]]  # the first `cap` distinct chains, by key
    total: int  # the number of distinct chains
    facts: set[str]  # the own facts of every chain of the best status
    via: set[str]  # the facts those chains join on
    failed: set[str]  # the own facts, in the failed set, of any chain


def merge(found: Sequence[Found], cap: int | None, order: Mapping[str, int]) -> Merged:
    """What the report says of an element for one act, from what each of its rules found for
    that act and for every act (`order`: every fact id's place in natural order). Exact: each
    rule's `kept` holds its first `cap` chains, so their union holds the first `cap` chains of
    the union; `chains` sum to the distinct total."""
    best = max((f.best for f in found), default=-1)
    kept: dict[Chain, int] = {}
    facts: set[str] = set()
    via: set[str] = set()
    failed: set[str] = set()
    for f in found:
        kept.update((chain, s) for s, chain in f.kept)
        if f.best == best:
            facts.update(f.facts)
            via.update(f.via)
        failed.update(f.failed)
    chains = sorted((_key(s, chain, order), chain) for chain, s in kept.items())
    return Merged(
        best,
        chains if cap is None else chains[:cap],
        sum(f.chains for f in found),
        facts,
        via,
        failed,
    )


@dataclass(frozen=True)
class Weighing:
    """What a bounded result is ranked by, known before matching: each fact's status rank
    (`status`, absent: missing), its place in natural order (`order`, every fact id), the
    facts whose evidence failed its integrity check (`failed`), how many chains to keep per
    rule and act (`cap`, None: all), and how far each fact shows a lawful ground (`grounds`,
    `engine.weigh.ground_ranks`: a defeater's chains are ranked by it)."""

    status: Mapping[str, int]
    order: Mapping[str, int]
    failed: Collection[str] = frozenset()
    cap: int | None = 20
    grounds: Mapping[str, int] | None = None


class Summary:
    """Streams matches into a `Bounded` result, ranked by a `Weighing`."""

    def __init__(self, program: Program, index: FactIndex, weighing: Weighing) -> None:
        status, order, failed = weighing.status, weighing.order, weighing.failed
        cap, grounds = weighing.cap, weighing.grounds
        self.index = index
        self.status = {fid: status.get(fid, 0) for fid in index.by_id}
        # a defeater's chains are ranked by how far each fact shows a lawful ground
        # (`engine.weigh.ground_ranks`), not by its status at the standard
        self.grounds = {fid: (grounds or {}).get(fid, 0) for fid in index.by_id}
        self.order = order
        self.failed = frozenset(failed)
        self.cap = cap
        self.out = Bounded(cap, {})
        self._earlier = _earlier_rules(program)
        self._shapes: dict[
            str, tuple[tuple[int, ...], list[str], Callable[[tuple[str, ...]], Chain], int | None]
        ] = {}
        self._valid: dict[str, bool] = {}

    def add(
        self,
        rule: Rule,
        batch: Iterable[tuple[str, ...]],
        table: dict[str | None, Found] | None = None,
    ) -> None:
        """Count and keep the matches of `rule` in `batch` (each match once, over all batches),
        in `table` (by default the result's table of the rule)."""
        if table is None:
            table = self.out.rules.setdefault(rule.id, {})
        matches = batch if isinstance(batch, list) else list(batch)
        acts = (
            itertools.repeat(None, len(matches))
            if rule.act is None
            else map(operator.itemgetter(rule.positive.index(rule.act)), matches)
        )
        chains = _splitter_of_batches(rule)(matches)
        earlier = self._earlier.get(rule.id)
        ranks = self.ranks(rule)
        status, order, failed, cap = ranks.__getitem__, self.order, self.failed, self.cap
        rank = order.__getitem__
        for m, act, chain in zip(matches, acts, chains, strict=True):
            own, via = chain
            first = not earlier or self._first(m, chain, act, earlier)
            s = min(map(status, own)) if own else 0
            f = table.get(act)
            if f is None and cap != 0:  # its one chain is (facts, via): nothing more to keep
                table[act] = f = Found(1, int(first), s, own, via, (), None)
                if failed and not failed.isdisjoint(own):
                    f.failed = {x for x in own if x in failed}
                continue
            if f is None:
                f = table[act] = Found()
            elif f.more is None:  # a second match: keep the first one's chain before it changes
                f.more = [(f.best, (f.facts, f.via))]  # type: ignore[list-item]
            f.matches += 1
            if first:
                f.chains += 1
            if s > f.best:
                f.best, f.facts, f.via = s, own, via
            elif s == f.best:
                facts = f.facts
                if isinstance(facts, tuple):
                    f.facts = facts = set(facts)
                facts.update(own)
                joined = f.via
                if isinstance(joined, tuple):
                    f.via = joined = set(joined)
                joined.update(via)
            if failed and not failed.isdisjoint(own):
                if isinstance(f.failed, tuple):
                    f.failed = set(f.failed)
                f.failed.update(x for x in own if x in failed)
            limit = f.limit
            if limit is not None:  # most chains fall behind the first `cap` on status alone
                if -s > limit[0]:
                    continue
                lead = limit[1]
                if -s == limit[0] and own and (not lead or rank(own[0]) > lead[0]):
                    continue
                if (-s, tuple(map(rank, own)), tuple(map(rank, via))) >= limit:
                    continue
            kept = f.kept
            kept.append((s, chain))
            if cap is not None and len(kept) >= 2 * cap + 8:
                _truncate(f, cap, order)

    def ranks(self, rule: Rule) -> dict[str, int]:
        """What `rule`'s chains are ranked by: each fact's status, or for a defeater's, how far
        the fact shows a lawful ground (`grounds`)."""
        return self.grounds if rule.element.endswith(DEFEATER) else self.status

    def add_best(
        self, rule: Rule, batch: Sequence[tuple[str, ...]], table: dict[str | None, int]
    ) -> None:
        """The best status rank of the matches of `rule` in `batch`, by act, into `table`: the
        `Found.best` that `add` would give (a match's status is the lowest of its own facts')."""
        if not batch:
            return
        ranks = self.ranks(rule)
        rank = ranks.__getitem__
        own_at, _ = _own_and_via(rule)
        statuses: Iterable[int]
        if not own_at:
            statuses = itertools.repeat(0, len(batch))
        elif len(own_at) == 1:
            statuses = map(rank, map(operator.itemgetter(own_at[0]), batch))
        else:
            pick = operator.itemgetter(*own_at)
            statuses = (min(map(rank, pick(m))) for m in batch)
        if rule.act is None:
            s = max(statuses)
            if s > table.get(None, -1):
                table[None] = s
            return
        acts = map(operator.itemgetter(rule.positive.index(rule.act)), batch)
        keep_best(table, zip(acts, statuses, strict=True))

    def result(self) -> Bounded:
        """The result: at most `cap` chains kept per rule and act."""
        for acts in self.out.rules.values():
            self.finish(acts)
        return self.out

    def finish(self, table: dict[str | None, Found]) -> None:
        """A rule's table once every match is in: at most `cap` chains kept per act."""
        cap = self.cap
        for f in table.values():
            if cap is not None and f.more is not None and len(f.more) > cap:
                _truncate(f, cap, self.order)
            f.limit = None

    def _first(
        self,
        m: tuple[str, ...],
        chain: Chain,
        act: str | None,
        earlier: list[tuple[Rule, bool]],
    ) -> bool:
        """Whether m is the first match giving `chain` for `act`: no rule before its rule
        among the element's (see `Found.chains`), and no smaller match of its own rule, gives
        the same chain for the same act. Checked by trying every assignment of the chain's
        facts to the other rule's patterns, so nothing has to be remembered."""
        by_id = self.index.by_id
        facts = chain[0] + chain[1]
        distinct = len(set(m)) == len(m)
        for other, same in earlier:
            if same and distinct:
                continue  # no fact fills two patterns: no other match of the rule gives it
            positive, types, split, at = self._shape(other)
            slots = [[x for x in facts if by_id[x]["type"] == t] for t in types]
            for m2 in itertools.product(*slots):
                if same and m2 >= m:
                    continue
                if at is not None and m2[at] != act:
                    continue
                if split(m2) == chain and self._is_match(other, m2):
                    return False
        return True

    def _shape(
        self, rule: Rule
    ) -> tuple[tuple[int, ...], list[str], Callable[[tuple[str, ...]], Chain], int | None]:
        found = self._shapes.get(rule.id)
        if found is None:
            positive = rule.positive
            found = self._shapes[rule.id] = (
                positive,
                [rule.patterns[i].fact_type for i in positive],
                splitter(rule),
                None if rule.act is None else positive.index(rule.act),
            )
        return found

    def _is_match(self, rule: Rule, ids: tuple[str, ...]) -> bool:
        """Whether binding these facts to `rule`'s positive patterns is a match."""
        valid = self._valid.get(rule.id)
        if valid is None:
            valid = self._valid[rule.id] = _rule_shape(rule) is not None
        if not valid:
            return False
        n = len(rule.patterns)
        bound: list[Fact | None] = [None] * n
        for i, x in zip(rule.positive, ids, strict=True):
            bound[i] = self.index.by_id[x]
        for i, pattern in enumerate(rule.patterns):
            if pattern.negated:
                seen = tuple(bound[:i]) + (None,) * (n - i)
                if any(passes(f, pattern, seen) for f in self.index.candidates(pattern, seen)):
                    return False
            elif not passes(bound[i], pattern, bound):  # type: ignore[arg-type]
                return False
        return True


def _earlier_rules(program: Program) -> _Earlier:
    """For each rule, the rules of its element whose matches `Summary._first` must look at: the
    earlier ones of the same shape that are not exclusive with it, and the rule itself when two
    of its own matches may give one chain. It depends on the program alone, so it is kept per
    program (a situation checks every incident with the same one), and worked out for a rule
    only when the rule has a match: the pairwise `_exclusive` tests of every rule cost more
    than matching a small case, where few rules match."""
    return _by_identity(_EARLIER, program, _Earlier)


class _Earlier:
    """`_earlier_rules` of one program: `get(rule_id)`, worked out on first use."""

    def __init__(self, program: Program) -> None:
        by_element: dict[tuple[str, str], list[Rule]] = defaultdict(list)
        for r in program.rules:
            by_element[(r.scope, r.element)].append(r)
        self._place: dict[str, tuple[list[Rule], int]] = {}
        for rules in by_element.values():
            ordered = [r for r in rules if r.act is None] + [r for r in rules if r.act is not None]
            for k, r in enumerate(ordered):
                self._place[r.id] = (ordered, k)
        self._done: dict[str, list[tuple[Rule, bool]]] = {}
        self._signatures: dict[str, tuple[frozenset[str], frozenset[str]]] = {}

    def get(self, rule_id: str) -> list[tuple[Rule, bool]]:
        found = self._done.get(rule_id)
        if found is None:
            found = self._done[rule_id] = self._work_out(rule_id)
        return found

    def _signature(self, rule: Rule) -> tuple[frozenset[str], frozenset[str]]:
        found = self._signatures.get(rule.id)
        if found is None:
            found = self._signatures[rule.id] = _signature(rule)[:2]
        return found

    def _work_out(self, rule_id: str) -> list[tuple[Rule, bool]]:
        ordered, k = self._place[rule_id]
        r = ordered[k]
        same = self._signature(r)
        earlier = [
            (j, False)
            for j in ordered[:k]
            if self._signature(j) == same
            and (r.act is not None or j.act is None)
            and _may_bind(j, r)
            and not _exclusive(r, j)
        ]
        if not _injective(r):  # two matches of its own may give one chain
            earlier.append((r, True))
        return earlier


def _signature(rule: Rule) -> tuple[frozenset[str], frozenset[str], tuple[str, ...]]:
    """Two rules can give the same chain only if their positive patterns have the same set of
    fact types, and their own patterns too (a chain holds every fact its match bound); the
    third item, the types in order, tells whether one fact may fill two patterns."""
    types = tuple(rule.patterns[i].fact_type for i in rule.positive)
    own = frozenset(rule.patterns[i].fact_type for i in rule.own)
    return frozenset(types), own, types


def _exclusive(one: Rule, other: Rule) -> bool:
    """Whether no act has matches of both rules, whatever the facts, because one rule's negated
    pattern N forbids what a positive pattern P of the other requires (the DNF of `A or not A`
    gives such pairs: `iac_context`'s alternatives with and without a known conflict).

    Sufficient condition, checked for N in either rule and P in the other: the same fact type,
    both rules bind the act, N comes after its rule's act pattern, and each test of N is a test
    of P, with a reference to its rule's act pattern standing for the same reference to the
    other rule's act pattern. Then in a match of P's rule, P's fact passes every test of N for
    that match's act (each is one of P's tests, on the same values), so a match of N's rule
    for the same act would have N blocked by that fact: it is no match. `Summary._first` need
    not look for such an earlier rule's match giving the same chain for the same act."""
    return _forbids(one, other) or _forbids(other, one)


def _may_bind(other: Rule, rule: Rule) -> bool:
    """Whether a match of `other` may bind nothing but facts that a match of `rule` binds, as
    far as their constant equality tests tell: each positive pattern of `other` needs a
    positive pattern of `rule` of its type whose constant equalities it does not contradict
    (`mental_state(about == conduct)` and `mental_state(about == consequence)` bind no fact in
    common). If not, no match of `other` gives a chain of `rule` (a chain holds every fact its
    match bound), and `Summary._first` need not try it: the intent rules of N accused with one
    act each would otherwise try every earlier alternative for each of the N x N matches."""
    mine = [_equalities(rule.patterns[i]) for i in rule.positive]
    types = [rule.patterns[i].fact_type for i in rule.positive]
    for k in other.positive:
        theirs = _equalities(other.patterns[k])
        kind = other.patterns[k].fact_type
        if not any(
            t == kind and all(len(v | theirs.get(a, v)) == 1 for a, v in eqs.items())
            for t, eqs in zip(types, mine, strict=True)
        ):
            return False
    return True


def _equalities(pattern: Pattern) -> dict[str, set[tuple[type, Scalar]]]:
    """A pattern's constant equality tests: the values each attribute must equal. (The type
    keeps `eq True` and `eq 1` apart: no value passes both.)"""
    out: dict[str, set[tuple[type, Scalar]]] = {}
    for t in pattern.tests:
        if t.op == "eq" and isinstance(t.operand, Const):
            out.setdefault(t.attr, set()).add((type(t.operand.value), t.operand.value))
    return out


def _forbids(negating: Rule, requiring: Rule) -> bool:
    """`_exclusive` in one direction: a negated pattern of `negating` forbids a positive
    pattern of `requiring`."""
    if negating.act is None or requiring.act is None:
        return False
    if negating.patterns[negating.act].negated or requiring.patterns[requiring.act].negated:
        return False
    forbidden = [
        (pattern.fact_type, tests)
        for k, pattern in enumerate(negating.patterns)
        if pattern.negated
        and k > negating.act
        and None not in (tests := {_on_act(t, negating) for t in pattern.tests})
    ]
    for k in requiring.positive:
        pattern = requiring.patterns[k]
        required = {_on_act(t, requiring) for t in pattern.tests}
        if any(t == pattern.fact_type and tests <= required for t, tests in forbidden):
            return True
    return False


def _on_act(test: Test, rule: Rule) -> tuple[str, str, object, object] | None:
    """A test of one of `rule`'s patterns, as it reads whatever the rule: (attribute, operator,
    the constant's type, the constant), or (attribute, operator, None, attribute of the act's
    fact) for a reference to the rule's act pattern; None for a reference to any other pattern.
    (The type keeps `eq True` and `eq 1` apart: they are equal in Python, not as tests.)"""
    if isinstance(test.operand, Const):
        return test.attr, test.op, type(test.operand.value), test.operand.value
    n = len(rule.patterns)
    j = test.operand.pattern if test.operand.pattern >= 0 else n + test.operand.pattern
    return (test.attr, test.op, None, test.operand.attr) if j == rule.act else None


def _injective(rule: Rule) -> bool:
    """Whether no two matches of `rule` can give the same chain: when its own patterns have
    distinct fact types, and so have the others, a joined fact left out of the chain (because
    it is also an own fact) can only be the own fact of its type, so the match can be read back
    from the chain."""
    own = [rule.patterns[i].fact_type for i in rule.own]
    via = [rule.patterns[i].fact_type for i in rule.positive if i not in rule.own]
    return len(set(own)) == len(own) and len(set(via)) == len(via)


def _key(s: int, chain: Chain, order: Mapping[str, int]) -> ChainKey:
    rank = order.__getitem__
    return (-s, tuple(map(rank, chain[0])), tuple(map(rank, chain[1])))


def _truncate(f: Found, cap: int | None, order: Mapping[str, int]) -> None:
    """Keep the first `cap` distinct chains, in order; those from the cap-th on are refused."""
    keyed = sorted({_key(s, chain, order): (s, chain) for s, chain in f.kept}.items())
    if cap is not None:
        keyed = keyed[:cap]
    f.kept = [v for _, v in keyed]
    if cap == 0:
        f.limit = (-(2**62), (), ())  # before every key: keep nothing
    elif cap is not None and len(keyed) == cap:
        f.limit = keyed[-1][0]  # a key equal to it is the cap-th chain itself: already kept


class Deferred:
    """`evaluate_bounded`, one rule at a time when asked (`found`), nothing kept: the report
    asks for a charge's rules while it assesses the charge and lets their results go after,
    so that N charges, each with a rule matching every one of N acts, do not hold N x N
    results at once (issue 19: N accused with one act each). Fact ids must be unique."""

    def __init__(self, program: Program, facts: Iterable[Fact], weighing: Weighing) -> None:
        self.program = program
        self.index = FactIndex(facts, unique=True)
        self.cap = weighing.cap
        self._summary = Summary(program, self.index, weighing)

    def found(self, rule: Rule, acts: Collection[str] | None = None) -> dict[str | None, Found]:
        """What `evaluate_bounded` finds for `rule` (its `Bounded.rules` entry; {}: nothing);
        `acts`: for these acts only (the entries of the others left out), when the rule binds
        the act."""
        table: dict[str | None, Found] = {}
        for batch in stream(rule, self.index, acts):
            self._summary.add(rule, batch, table)
        self._summary.finish(table)
        return table

    def best(self, rule: Rule) -> dict[str | None, int]:
        """The `Found.best` of each entry of `found(rule)`, and nothing else: what the statuses
        of every act need, without counting, ranking or keeping chains (the report lists the
        chains of a few acts: `found` with `acts`)."""
        found = best_by_act(rule, self.index, self._summary.ranks(rule))
        if found is not None:
            return found
        table: dict[str | None, int] = {}
        for batch in stream(rule, self.index):
            self._summary.add_best(rule, batch, table)
        return table

    def more_matches_than(self, limit: int) -> bool:
        """Whether the rules have more than `limit` matches (counted, not kept, up to there)."""
        count = 0
        for rule in self.program.rules:
            for batch in stream(rule, self.index):
                count += len(batch)
                if count > limit:
                    return True
        return False


def evaluate_bounded(program: Program, facts: Iterable[Fact], weighing: Weighing) -> Bounded:
    """What the report needs of every rule's matches, streamed: per rule and act, the number
    of matches and of distinct chains, and the first `cap` chains (see `Found`). Memory is
    O(facts + rules x acts x cap), not O(matches). Fact ids must be unique."""
    return bounded(Deferred(program, facts, weighing))


def bounded(deferred: Deferred) -> Bounded:
    """Every rule's result at once (`evaluate_bounded`)."""
    out = Bounded(deferred.cap, {})
    for rule in deferred.program.rules:
        found = deferred.found(rule)
        if found:
            out.rules[rule.id] = found
    return out


def summarise(
    program: Program,
    matches: Mapping[str, Collection[tuple[str, ...]]],
    facts: Iterable[Fact],
    weighing: Weighing,
) -> Bounded:
    """The same result from a complete set of matches (another engine's, or brute force)."""
    index = FactIndex(facts, unique=True)
    summary = Summary(program, index, weighing)
    for rule in program.rules:
        found = matches.get(rule.id)
        if found:
            summary.add(rule, sorted(found))
    return summary.result()
