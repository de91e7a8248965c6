"""What is missing, in the words of the fact vocabulary: requirements and near misses.

For an element that no fact satisfies, `requirement()` says what kind of fact would (one line
per alternative), and `near_misses()` names the facts that came closest: facts of the right
type that fail a condition, with the condition ("F3 is a transfer, but its cross_border is
false; needs true"), or a chain that breaks at a join.
"""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Iterable, Mapping, Sequence

from rome_elements.engine.reference import FactIndex, compare, operand_value, passes
from rome_elements.rules.program import Const, Fact, Op, Pattern, Ref, Rule, Test

OP_WORDS = {
    "eq": "is",
    "ne": "is not",
    "lt": "is before/below",
    "le": "is at most",
    "gt": "is after/above",
    "ge": "is at least",
    "has": "includes",
}
MAX_NEAR_MISSES = 3
SEARCH_BUDGET = 20_000
RANK_BUDGET = 2_000
"""Conditions read, at most, to rank the facts of the pattern where the search got stuck."""


def _article(word: str) -> str:
    return "an" if word[:1].lower() in "aeiou" else "a"


def _value(v: object) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return f'"{v}"'
    return str(v)


def _operand_text(test: Test, rule: Rule) -> str:
    if isinstance(test.operand, Const):
        return _value(test.operand.value)
    ref: Ref = test.operand
    other = rule.patterns[ref.pattern].fact_type
    owner = "the" if ref.pattern in rule.own else "the joined"
    return f"the {ref.attr} of {owner} {other} fact"


def _test_text(test: Test, rule: Rule) -> str:
    if test.attr == "id" and test.op == "ne" and isinstance(test.operand, Ref):
        return "a different fact"
    return f"{test.attr} {OP_WORDS[test.op]} {_operand_text(test, rule)}"


NEGATED_OP: dict[Op, Op] = {"eq": "ne", "ne": "eq", "lt": "ge", "ge": "lt", "le": "gt", "gt": "le"}


def self_condition(pattern: Pattern, rule: Rule) -> tuple[int, Test] | None:
    """A negated pattern that only restricts a fact bound earlier in the rule (`X(...) as m
    and not X(id == m.id, attr OP v)`: m's attr, if it has one, must not be OP v): the
    index of m's pattern and the one test. None for any other pattern."""
    if not pattern.negated or len(pattern.tests) != 2:
        return None
    same = [
        t
        for t in pattern.tests
        if t.attr == "id"
        and t.op == "eq"
        and isinstance(t.operand, Ref)
        and rule.patterns[t.operand.pattern].fact_type == pattern.fact_type
    ]
    rest = [t for t in pattern.tests if t not in same]
    if len(same) != 1 or len(rest) != 1 or rest[0].op not in NEGATED_OP:
        return None
    assert isinstance(same[0].operand, Ref)
    return same[0].operand.pattern, rest[0]


def _self_text(test: Test, rule: Rule) -> str:
    wanted = Test(test.attr, NEGATED_OP[test.op], test.operand)
    return f"its {test.attr}, if it has one, {OP_WORDS[wanted.op]} {_operand_text(wanted, rule)}"


def pattern_text(pattern: Pattern, rule: Rule) -> str:
    found = self_condition(pattern, rule)
    if found is not None:
        return _self_text(found[1], rule)
    head = f"{_article(pattern.fact_type)} `{pattern.fact_type}` fact"
    if pattern.negated:
        head = f"no `{pattern.fact_type}` fact"
    if not pattern.tests:
        return head
    return head + " where " + ", ".join(_test_text(t, rule) for t in pattern.tests)


def requirement(rule: Rule) -> str:
    """The element's own patterns of this rule, as one sentence."""
    own = [rule.patterns[i] for i in rule.own]
    negated = [p for i, p in enumerate(rule.patterns) if p.negated and i not in rule.own]
    parts = [pattern_text(p, rule) for p in own + negated]
    return "; and ".join(parts)


def near_misses(
    rule: Rule,
    facts_by_type: Mapping[str, Sequence[Fact]],
    index: FactIndex | None = None,
    *,
    anchor: tuple[int, Fact] | None = None,
    distinct: bool = False,
) -> list[str]:
    """Facts that get furthest along the rule, and the condition each one fails.

    The search uses the evaluator's equality indexes and stops after SEARCH_BUDGET candidate
    checks, so a large case costs at most that much per rule; the deepest point reached by
    then is reported. The facts of the pattern where the search got stuck are named closest
    first: fewest failing conditions of that pattern, then in the order of `facts_by_type`
    (callers give them in natural order of their ids); each fact once. Ranking them reads at
    most RANK_BUDGET conditions, and stops at the first facts that fail a single one.
    `anchor` (pattern index, fact): that pattern may bind only
    that fact (near misses for one act: the crime's conduct is fixed). `distinct`: the
    caller knows `facts_by_type` holds each fact once (then they are not counted by id)."""
    patterns = rule.patterns
    idx = index if index is not None else FactIndex(f for fs in facts_by_type.values() for f in fs)
    search = _Search(patterns, idx, anchor)
    if search.dfs(0, [None] * len(patterns)) or search.best_depth < 0:
        return []
    best_depth, options = search.best_depth, search.options
    pinned = search.pinned
    if best_depth not in rule.own and not patterns[best_depth].negated:
        return []  # the chain breaks inside the element it joins on: that element reports it
    stuck = patterns[best_depth]
    bound = search.best_bound
    chain = [str(f["id"]) for f in bound[:best_depth] if f is not None]
    after = f" (after {', '.join(chain)})" if chain else ""
    own = self_condition(stuck, rule) if stuck.negated else None
    if own is not None:  # the fact bound earlier fails its own restriction
        at, test = own
        fact = bound[at]
        assert fact is not None
        wanted = Test(test.attr, NEGATED_OP[test.op], test.operand)
        before = [str(f["id"]) for f in bound[:at] if f is not None]
        where = f" (after {', '.join(before)})" if before else ""
        return [
            f"{fact['id']} is {_article(stuck.fact_type)} {stuck.fact_type}{where}, but "
            + _failure_text(fact, wanted, bound, rule)
        ]
    if stuck.negated:
        blockers = _unique(f for f in options(best_depth, stuck, bound) if passes(f, stuck, bound))
        ids = ", ".join(str(f["id"]) for f in blockers[:MAX_NEAR_MISSES])
        return [
            f"{ids} rule{'s' if len(blockers) == 1 else ''} it out: the requirement is that "
            f"there be {pattern_text(stuck, rule)}{after}"
        ]
    pool = (
        options(best_depth, stuck, bound)
        if best_depth == pinned
        else facts_by_type.get(stuck.fact_type, ())
    )
    # closest first: rank (at most a budget of) candidates by how many conditions they fail
    reach = max(MAX_NEAR_MISSES, RANK_BUDGET // max(1, len(stuck.tests)))
    singles = [(t, Pattern(stuck.fact_type, (t,))) for t in stuck.tests]  # one test each
    indexed = (
        _rank_indexed(idx, stuck, singles, bound, min(len(pool), reach))
        if distinct and best_depth != pinned and pool is idx.by_type.get(stuck.fact_type)
        else None
    )
    if indexed is not None:
        count, ranked = indexed
    else:
        count, ranked = _rank_scan(_unique(pool, reach), singles, bound)
    if not count:
        if best_depth == 0 or not chain:
            return []
        return [f"no `{stuck.fact_type}` fact at all{after}"]
    out: list[str] = []
    for _, _, fact, failing in heapq.nsmallest(MAX_NEAR_MISSES, ranked, key=lambda r: r[:2]):
        reasons = "; ".join(_failure_text(fact, t, bound, rule) for t in failing)
        out.append(
            f"{fact['id']} is {_article(stuck.fact_type)} {stuck.fact_type}{after}, but {reasons}"
        )
    more = (len(pool) if distinct else len({f.get("id") for f in pool})) - len(out)
    if out and more > 0:
        out.append(f"… and {more} more `{stuck.fact_type}` facts")
    return list(dict.fromkeys(out))


class _Search:
    """The depth-first search of `near_misses`: how far along the rule the facts get. (A
    class, not nested functions: a recursive closure is a reference cycle, and `elements`
    runs without the cyclic collector, so each call's closures would stay in memory.)"""

    def __init__(
        self, patterns: Sequence[Pattern], idx: FactIndex, anchor: tuple[int, Fact] | None
    ) -> None:
        self.patterns = patterns
        self.idx = idx
        self.pinned = -1
        self.pin: Fact | None = None
        if anchor is not None:
            self.pinned, self.pin = anchor
        self.budget = SEARCH_BUDGET
        self.best_depth = -1
        self.best_bound: list[Fact | None] = []

    def options(self, i: int, p: Pattern, bound: list[Fact | None]) -> Sequence[Fact]:
        if i == self.pinned:
            pin = self.pin
            assert pin is not None
            return (pin,) if pin.get("type") == p.fact_type else ()
        return self.idx.candidates(p, bound)

    def dfs(self, i: int, bound: list[Fact | None]) -> bool:
        if i > self.best_depth:
            self.best_depth, self.best_bound = i, list(bound)
        if i == len(self.patterns):
            return True
        if self.budget <= 0:
            return False
        p = self.patterns[i]
        candidates = self.options(i, p, bound)
        self.budget -= len(candidates)
        if p.negated:
            blocked = any(passes(f, p, bound) for f in candidates)
            return False if blocked else self.dfs(i + 1, bound)
        for f in candidates:
            if self.budget <= 0:
                return False
            if passes(f, p, bound):
                bound[i] = f
                if self.dfs(i + 1, bound):
                    return True
                bound[i] = None
        return False


Ranked = list[tuple[int, int, Fact, list[Test]]]
"""(conditions failed, place among the candidates, fact, the conditions it fails)."""


def _rank_scan(
    candidates: Sequence[Fact],
    singles: Sequence[tuple[Test, Pattern]],
    bound: Sequence[Fact | None],
) -> tuple[int, Ranked]:
    """How many candidates there are, and those that fail some condition, each with the
    conditions it fails, in order up to the MAX_NEAR_MISSES-th that fails a single one (none
    can come before those)."""
    ranked: Ranked = []
    closest = 0
    for n, fact in enumerate(candidates):
        failing = [t for t, alone in singles if not passes(fact, alone, bound)]
        if failing:  # (none fail only where the search ran out of budget)
            ranked.append((len(failing), n, fact, failing))
            if len(failing) == 1:
                closest += 1
                if closest == MAX_NEAR_MISSES:
                    break
    return len(candidates), ranked


def _rank_indexed(
    idx: FactIndex,
    stuck: Pattern,
    singles: Sequence[tuple[Test, Pattern]],
    bound: Sequence[Fact | None],
    reach: int,
) -> tuple[int, Ranked] | None:
    """What `_rank_scan` ranks first among the first `reach` facts of the type (each once, in
    the index's order), found through the equality indexes instead of reading every
    candidate: a fact that passes none of the conditions fails them all, so only the facts
    that pass some (looked up, at most as many as the scan would read) need reading; of the
    others, the first MAX_NEAR_MISSES in order. None where a condition is no equality, or the
    lookups would read more than the scan."""
    tests = stuck.tests
    if not tests or any(t.op != "eq" for t in tests):
        return None
    pool = idx.by_type.get(stuck.fact_type, [])
    places = idx.places(stuck.fact_type)
    passed: dict[int, set[int]] = {}
    read = 0
    for k, (test, alone) in enumerate(singles):
        operand = operand_value(test, bound)
        if operand is None or isinstance(operand, list):
            continue  # nothing passes it
        found = idx.eq(stuck.fact_type, test.attr, operand)
        read += len(found)
        if read > reach * len(tests):
            return None
        for fact in found:
            n = places[str(fact["id"])]
            if n < reach and passes(fact, alone, bound):
                passed.setdefault(n, set()).add(k)
    every = len(tests)
    ranked: Ranked = [
        (every - len(ok), n, pool[n], [t for k, t in enumerate(tests) if k not in ok])
        for n, ok in passed.items()
        if len(ok) < every
    ]
    ranked = heapq.nsmallest(MAX_NEAR_MISSES, ranked, key=lambda r: r[:2])
    others = (n for n in range(reach) if n not in passed)
    for n in itertools.islice(others, MAX_NEAR_MISSES - len(ranked)):
        ranked.append((every, n, pool[n], list(tests)))
    return reach, ranked


def _unique(facts: Iterable[Fact], limit: int | None = None) -> list[Fact]:
    """`facts` in their order, each fact (by id) once; the first `limit` of them."""
    seen: set[object] = set()
    out: list[Fact] = []
    for f in facts:
        key = f.get("id")
        if key not in seen:
            if len(out) == limit:
                break
            seen.add(key)
            out.append(f)
    return out


def _failure_text(fact: Fact, test: Test, bound: Sequence[Fact | None], rule: Rule) -> str:
    value = fact.get(test.attr)
    if isinstance(test.operand, Ref):
        other = bound[test.operand.pattern]
        target = other.get(test.operand.attr) if other is not None else None
        who = f"{other['id']}" if other is not None else "the joined fact"
        if target is None:
            # an act's `until` is read from its `date` (engine.check.one_day_types)
            missing = test.operand.attr
            if missing == "until" and other is not None and "date" not in other:
                missing = "date"
            return (
                f"{who} has no {missing} to compare its {test.attr} with: "
                f"a {missing} for {who} would settle this"
            )
        if test.attr == "id" and test.op == "ne":
            return "it is the same fact as " + who
        wanted = f"{OP_WORDS[test.op]} the {test.operand.attr} of {who}: {_value(target)}"
    else:
        wanted = f"{OP_WORDS[test.op]} {_value(test.operand.value)}"
    if value is None:
        return f"it has no {test.attr} (needs: {test.attr} {wanted})"
    if compare(value, test.op, test.operand.value if isinstance(test.operand, Const) else None):
        return f"its {test.attr} does not match"
    return f"its {test.attr} is {_value(value)} (needs: {test.attr} {wanted})"
