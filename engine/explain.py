"""What is missing, in the words of the fact vocabulary: requirements and near misses.

For an element that no fact satisfies, `requirement()` says what kind of fact would (one line
per alternative), and `near_misses()` names the facts that came closest: facts of the right
type that fail a condition, with the condition ("F3 is a transfer, but its cross_border is
false; needs true"), or a chain that breaks at a join.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from engine.reference import FactIndex, compare, passes
from rules.program import Const, Fact, Pattern, Ref, Rule, Test

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


def pattern_text(pattern: Pattern, rule: Rule) -> str:
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
    rule: Rule, facts_by_type: Mapping[str, Sequence[Fact]], index: FactIndex | None = None
) -> list[str]:
    """Facts that get furthest along the rule, and the condition each one fails.

    The search uses the evaluator's equality indexes and stops after SEARCH_BUDGET candidate
    checks, so a large case costs at most that much per rule; the deepest point reached by
    then is reported. Facts are tried, and named, in the order of `facts_by_type` (and of
    the index built from it): callers give them in natural order of their ids."""
    patterns = rule.patterns
    best_depth = -1
    best_bound: list[Fact | None] = []
    idx = index if index is not None else FactIndex(f for fs in facts_by_type.values() for f in fs)
    budget = [SEARCH_BUDGET]

    def dfs(i: int, bound: list[Fact | None]) -> bool:
        nonlocal best_depth, best_bound
        if i > best_depth:
            best_depth, best_bound = i, list(bound)
        if i == len(patterns):
            return True
        if budget[0] <= 0:
            return False
        p = patterns[i]
        candidates = idx.candidates(p, bound)
        budget[0] -= len(candidates)
        if p.negated:
            blocked = any(passes(f, p, bound) for f in candidates)
            return False if blocked else dfs(i + 1, bound)
        for f in candidates:
            if budget[0] <= 0:
                return False
            if passes(f, p, bound):
                bound[i] = f
                if dfs(i + 1, bound):
                    return True
                bound[i] = None
        return False

    if dfs(0, [None] * len(patterns)) or best_depth < 0:
        return []
    if best_depth not in rule.own and not patterns[best_depth].negated:
        return []  # the chain breaks inside the element it joins on: that element reports it
    stuck = patterns[best_depth]
    bound = best_bound
    chain = [str(f["id"]) for f in bound[:best_depth] if f is not None]
    after = f" (after {', '.join(chain)})" if chain else ""
    if stuck.negated:
        blockers = [f for f in idx.candidates(stuck, bound) if passes(f, stuck, bound)]
        ids = ", ".join(str(f["id"]) for f in blockers[:MAX_NEAR_MISSES])
        return [
            f"{ids} rule{'s' if len(blockers) == 1 else ''} it out: the requirement is that "
            f"there be {pattern_text(stuck, rule)}{after}"
        ]
    candidates = facts_by_type.get(stuck.fact_type, ())
    if not candidates:
        if best_depth == 0 or not chain:
            return []
        return [f"no `{stuck.fact_type}` fact at all{after}"]
    out: list[str] = []
    for fact in candidates[:MAX_NEAR_MISSES]:
        failing = [t for t in stuck.tests if not _passes_one(fact, t, bound)]
        reasons = "; ".join(_failure_text(fact, t, bound, rule) for t in failing)
        out.append(
            f"{fact['id']} is {_article(stuck.fact_type)} {stuck.fact_type}{after}, but {reasons}"
        )
    if len(candidates) > MAX_NEAR_MISSES:
        out.append(f"… and {len(candidates) - MAX_NEAR_MISSES} more `{stuck.fact_type}` facts")
    return out


def _passes_one(fact: Fact, test: Test, bound: Sequence[Fact | None]) -> bool:
    return passes(fact, Pattern(str(fact["type"]), (test,)), bound)


def _failure_text(fact: Fact, test: Test, bound: Sequence[Fact | None], rule: Rule) -> str:
    value = fact.get(test.attr)
    if isinstance(test.operand, Ref):
        other = bound[test.operand.pattern]
        target = other.get(test.operand.attr) if other is not None else None
        who = f"{other['id']}" if other is not None else "the joined fact"
        if target is None:
            return f"{who} has no {test.operand.attr} to compare its {test.attr} with"
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
