"""Bounded evaluation (issue 12): what the report needs of the matches, without keeping them all.

`engine.reference.evaluate_bounded` keeps, per rule and act, the first `cap` chains and counts
the distinct chains of each element without storing them. Here it is checked against the
obvious computation from every match (brute force), on random programs whose elements have
several rules, acts and own patterns, and on the N^3 case of the issue.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import ATTRS, OPS, TYPES, VALUES, fact_lists, programs
from test_reference import brute_force, guarded_programs

from rome_elements.engine import reference
from rome_elements.engine.reference import (
    Bounded,
    Chain,
    ChainKey,
    Deferred,
    Weighing,
    evaluate_bounded,
    evaluate_by_rule,
    merge,
    splitter,
    summarise,
)
from rome_elements.rules.program import Const, Fact, Pattern, Program, Ref, Rule, Scalar, Test

Expected = tuple[int, list[tuple[ChainKey, Chain]], int, set[str], set[str], set[str]]


def expected(
    program: Program,
    matches: Mapping[str, set[tuple[str, ...]]],
    status: Mapping[str, int],
    order: Mapping[str, int],
    failed: set[str],
    cap: int | None,
) -> dict[tuple[str, str, str | None], Expected]:
    """Per element and act: best status, first chains, distinct total, facts, via, failed —
    from every chain, stored (what the report did before bounded matching)."""
    groups: dict[tuple[str, str], dict[str | None, set[Chain]]] = defaultdict(
        lambda: defaultdict(set)
    )
    for r in program.rules:
        split = splitter(r)
        for m in matches.get(r.id, ()):
            act = None if r.act is None else m[r.positive.index(r.act)]
            groups[(r.scope, r.element)][act].add(split(m))
    out = {}
    for (scope, element), by_act in groups.items():
        for act in by_act:
            chains = set(by_act.get(None, set())) | (by_act[act] if act is not None else set())

            def rank(c: Chain) -> int:
                return min((status.get(x, 0) for x in c[0]), default=0)

            best = max((rank(c) for c in chains), default=-1)
            keyed = sorted(
                ((-rank(c), tuple(order[x] for x in c[0]), tuple(order[x] for x in c[1])), c)
                for c in chains
            )
            out[(scope, element, act)] = (
                best,
                keyed if cap is None else keyed[:cap],
                len(chains),
                {x for c in chains if rank(c) == best for x in c[0]},
                {x for c in chains if rank(c) == best for x in c[1]},
                {x for c in chains for x in c[0] if x in failed},
            )
    return out


def merged(
    program: Program, bounded: Bounded, order: Mapping[str, int]
) -> dict[tuple[str, str, str | None], Expected]:
    """The same, from the bounded result, merged as the report merges it."""
    rules: dict[tuple[str, str], list[Rule]] = defaultdict(list)
    for r in program.rules:
        rules[(r.scope, r.element)].append(r)
    out = {}
    for (scope, element), rs in rules.items():
        acts = {a for r in rs for a in bounded.rules.get(r.id, {})}
        for act in acts:
            found = [
                bounded.rules[r.id][a]
                for r in rs
                for a in ((None,) if r.act is None else (act,) if act is not None else ())
                if a in bounded.rules.get(r.id, {})
            ]
            m = merge(found, bounded.cap, order)
            out[(scope, element, act)] = (m.best, m.chains, m.total, m.facts, m.via, m.failed)
    return out


@st.composite
def shaped(draw: st.DrawFn) -> Program:
    """A random program whose rules share elements, own some of their patterns and bind acts."""
    base = draw(programs(wide=True))
    dense = draw(st.booleans())  # one fact type only: facts fill several patterns, chains collide
    rules = []
    for r in base.rules:
        if dense:
            r = replace(r, patterns=tuple(replace(p, fact_type="a") for p in r.patterns))
        positive = r.positive
        own = tuple(i for i in positive if draw(st.booleans()))
        act = draw(st.sampled_from((None, *positive))) if positive else None
        element = draw(st.sampled_from(("a", "b")))
        rules.append(Rule(r.id, "s", element, r.patterns, own, act))
    # an element's rules either all bind the act or none does, as the compiler makes them;
    # the evaluator does not rely on it, so some programs mix them
    return Program(tuple(rules))


@st.composite
def siblings(draw: st.DrawFn) -> Program:
    """Two rules of one element, as the DNF of `A or not A` makes them: one requires a fact
    (positive pattern P, joined on the act), the other forbids it (a negated copy N of some of
    P's tests), so `Summary` may skip looking for one's chains among the other's matches
    (`reference._exclusive`). Sometimes a near miss that does not allow it: N refers to a
    pattern other than the act, compares `True` where P compares `1`, comes before the act,
    or has a test P lacks."""
    act = Pattern(draw(st.sampled_from(TYPES)))
    ref = st.builds(Ref, st.just(0), st.sampled_from(ATTRS))
    operand = st.one_of(ref, st.builds(Const, st.sampled_from(VALUES)))
    tests = st.lists(
        st.builds(Test, st.sampled_from(ATTRS), st.sampled_from(OPS[:-1]), operand),
        min_size=1,
        max_size=3,
    )
    other = Pattern(draw(st.sampled_from(TYPES)), draw(tests))
    required = Pattern(draw(st.sampled_from(TYPES)), draw(tests))
    forbid = draw(st.lists(st.sampled_from(required.tests), unique=True))
    miss = draw(st.sampled_from(("none", "none", "other pattern", "kind", "before", "extra")))
    if miss == "other pattern" and forbid:  # the same attribute, of another pattern
        t = forbid[0]
        forbid[0] = replace(
            t, operand=Ref(1, t.operand.attr if isinstance(t.operand, Ref) else "x")
        )
    elif miss == "kind":

        def other_kind(v: Scalar) -> Scalar:  # True for 1 and the other way round
            if isinstance(v, bool):
                return int(v)
            return v == 1 if isinstance(v, int) and v in (0, 1) else v

        forbid = [
            replace(t, operand=Const(other_kind(t.operand.value)))
            if isinstance(t.operand, Const)
            else t
            for t in forbid
        ]
    elif miss == "extra":
        forbid.append(draw(tests)[0])
    negated = Pattern(required.fact_type, tuple(forbid), negated=True)
    # the forbidding rule keeps a weaker P (no test, or P's), as iac_context's alternatives do
    weaker = Pattern(required.fact_type, draw(st.sampled_from(((), required.tests))))
    requiring = (act, other, required)
    at = 1 if miss == "before" else 0

    def shifted(p: Pattern) -> Pattern:  # references follow the patterns moved by N first
        return replace(
            p,
            tests=tuple(
                replace(t, operand=Ref(t.operand.pattern + at, t.operand.attr))
                if isinstance(t.operand, Ref)
                else t
                for t in p.tests
            ),
        )

    forbidding = tuple(
        map(shifted, (negated, act, other, weaker) if at else (act, other, weaker, negated))
    )
    own = draw(st.sampled_from(((2,), (1, 2))))
    rules = [
        Rule("r0", "s", "e", requiring, own, 0),
        Rule("r1", "s", "e", forbidding, tuple(k + at for k in own), at),
    ]
    if draw(st.booleans()):
        rules.reverse()
    return Program(tuple(rules))


def unique(facts: list[Fact], dense: bool) -> list[Fact]:
    if dense:
        facts = [{**f, "type": "a"} for f in facts]
    return list({str(f["id"]): f for f in facts}.values())


@settings(max_examples=500, deadline=None)
@given(shaped(), fact_lists(), st.data())
def test_bounded_evaluation_is_what_every_match_gives(
    program: Program, facts: list[Fact], data: st.DataObject
) -> None:
    check_bounded(program, facts, data)


@settings(max_examples=300, deadline=None)
@given(siblings(), fact_lists(), st.data())
def test_rules_that_exclude_each_other_count_each_chain_once(
    program: Program, facts: list[Fact], data: st.DataObject
) -> None:
    check_bounded(program, facts, data)


@settings(max_examples=300, deadline=None)
@given(guarded_programs(), fact_lists(), st.data())
def test_rules_with_a_guard_bound_at_any_act_and_own_patterns(
    program: Program, facts: list[Fact], data: st.DataObject
) -> None:
    """Guards (`reference._Guard`) with any pattern as the act and any own patterns: the best
    status by act of a rule whose last join has a guard is worked out per value of what that
    join reads (`reference._Ranked`), and must be what every match gives."""
    rules = []
    for r in program.rules:
        act = data.draw(st.sampled_from((None, *r.positive)))
        own = tuple(i for i in r.positive if data.draw(st.booleans()))
        rules.append(replace(r, act=act, own=own))
    check_bounded(Program(tuple(rules)), facts, data)


def check_bounded(program: Program, facts: list[Fact], data: st.DataObject) -> None:
    """`evaluate_bounded` (and `summarise`) give what every match, found by brute force, gives
    for random statuses, failed facts and caps."""
    facts = unique(facts, all(p.fact_type == "a" for r in program.rules for p in r.patterns))
    ids = sorted(str(f["id"]) for f in facts)
    status = {i: data.draw(st.integers(0, 3)) for i in ids if data.draw(st.booleans())}
    failed = {i for i in ids if data.draw(st.integers(0, 4)) == 0}
    order = {i: k for k, i in enumerate(ids)}
    cap = data.draw(st.sampled_from((0, 1, 2, 3, None)))
    full: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for m in brute_force(program, facts):
        full[m.rule].add(m.facts)
    want = expected(program, full, status, order, failed, cap)
    bounded = evaluate_bounded(program, facts, Weighing(status, order, failed, cap))
    assert merged(program, bounded, order) == want
    assert bounded.matches() == sum(map(len, full.values()))
    for rid, acts in bounded.rules.items():
        for f in acts.values():
            assert cap is None or len(f.kept) <= cap, rid
    # another engine's complete matches, summarised, give the same result
    assert summarise(program, full, facts, Weighing(status, order, failed, cap)) == bounded
    # every act's best status alone (`Deferred.best`), and the chains of some acts alone
    # (`Deferred.found` with acts), are what the whole evaluation gives for them
    deferred = Deferred(program, facts, Weighing(status, order, failed, cap))
    acts = {a for t in bounded.rules.values() for a in t if a is not None}
    some = set(data.draw(st.lists(st.sampled_from(sorted(acts | {"nothing"})), max_size=3)))
    for r in program.rules:
        table = bounded.rules.get(r.id, {})
        assert deferred.best(r) == {a: f.best for a, f in table.items()}, r.id
        wanted = {a: f for a, f in table.items() if r.act is None or a in some}
        assert deferred.found(r, some) == wanted, (r.id, some)


def test_the_full_enumeration_still_matches_brute_force_on_shared_elements() -> None:
    """evaluate_by_rule (used to cross-check rete) and evaluate_bounded agree on counts."""
    from rome_elements.rules.program import Pattern, Ref, Test

    conduct = Pattern("t")
    joined = Pattern("o", (Test("x", "eq", Ref(0, "x")),))
    r = Rule("r", "s", "e", (conduct, Pattern("c"), joined), (1, 2), 0)
    facts: list[Fact] = [{"id": f"T{k}", "type": "t", "x": 1} for k in range(3)]
    facts += [{"id": f"C{k}", "type": "c"} for k in range(4)]
    facts += [{"id": f"O{k}", "type": "o", "x": 1} for k in range(5)]
    program = Program((r,))
    order = {str(f["id"]): k for k, f in enumerate(facts)}
    bounded = evaluate_bounded(program, facts, Weighing({}, order, cap=2))
    assert sum(map(len, evaluate_by_rule(program, facts).values())) == 3 * 4 * 5
    assert {a: (f.matches, f.chains, len(f.kept)) for a, f in bounded.rules["r"].items()} == {
        f"T{k}": (20, 20, 2) for k in range(3)
    }


def check_against_every_match(program: Program, facts: list[Fact], cap: int | None) -> Bounded:
    ids = sorted(str(f["id"]) for f in facts)
    status = {i: k % 4 for k, i in enumerate(ids)}
    order = {i: k for k, i in enumerate(ids)}
    full: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for m in brute_force(program, facts):
        full[m.rule].add(m.facts)
    bounded = evaluate_bounded(program, facts, Weighing(status, order, set(ids[:1]), cap))
    want = expected(program, full, status, order, set(ids[:1]), cap)
    assert merged(program, bounded, order) == want
    return bounded


def test_two_matches_of_one_rule_that_give_one_chain_count_once() -> None:
    """Own pattern 0 and joined patterns 1 and 2 of one type: (x, x, y) and (x, y, x) both
    give the chain ((x,), (y,)); chains_total counts it once."""
    from rome_elements.rules.program import Pattern

    r = Rule("r", "s", "e", (Pattern("a"), Pattern("a"), Pattern("a")), (0,), None)
    facts: list[Fact] = [{"id": i, "type": "a"} for i in ("x", "y", "z")]
    bounded = check_against_every_match(Program((r,)), facts, 2)
    found = bounded.rules["r"][None]
    assert found.matches == 27
    # per own fact: via () once, each of the two others alone, and both in either order
    assert found.chains == 3 * (1 + 2 + 2)


def test_a_chain_given_by_two_rules_of_an_element_counts_once() -> None:
    """`transfer(x == 1 or y == 1)` compiles to two rules; a transfer with both is one chain."""
    from rome_elements.rules.program import Const, Pattern, Test

    one = Rule("r1", "s", "e", (Pattern("t", (Test("x", "eq", Const(1)),)),), (0,), 0)
    two = Rule("r2", "s", "e", (Pattern("t", (Test("y", "eq", Const(1)),)),), (0,), 0)
    facts: list[Fact] = [
        {"id": "T1", "type": "t", "x": 1, "y": 1},
        {"id": "T2", "type": "t", "x": 1},
        {"id": "T3", "type": "t", "y": 1},
    ]
    bounded = check_against_every_match(Program((one, two)), facts, 1)
    assert bounded.rules["r1"]["T1"].chains == 1
    assert bounded.rules["r2"]["T1"].chains == 0  # already counted for r1
    assert bounded.rules["r2"]["T3"].chains == 1


def test_near_misses_of_rules_that_exclude_each_other() -> None:
    """A rule forbids a fact that a rule of its element requires, or nearly: only where the
    negated pattern really forbids it may `Summary` skip the other rule's matches. The fact
    o1 gives both rules the chain ((o1,), (t1, c1)) unless one forbids what the other needs,
    and each chain counts once."""
    act, c = Pattern("t"), Pattern("c")

    def rules(required: Test, forbidden: Test, before: bool = False) -> Program:
        negated = Pattern("o", (forbidden,), negated=True)
        first = (negated, act, c, Pattern("o")) if before else (act, c, Pattern("o"), negated)
        at = int(before)
        return Program(
            (
                Rule("r0", "s", "e", (act, c, Pattern("o", (required,))), (2,), 0),
                Rule("r1", "s", "e", first, (2 + at,), at),
            )
        )

    facts: list[Fact] = [
        {"id": "t1", "type": "t", "x": 1},
        {"id": "c1", "type": "c", "x": 2},
        {"id": "o1", "type": "o", "x": 1},
    ]
    on_act = Test("x", "eq", Ref(0, "x"))
    near_misses = [
        rules(Test("x", "eq", Const(1)), Test("x", "eq", Const(True))),  # 1 is not True
        rules(on_act, Test("x", "eq", Ref(1, "x"))),  # c1's x, not t1's
        rules(on_act, Test("x", "eq", Ref(1, "x")), before=True),  # sees no act
    ]
    for program in near_misses:
        found = check_against_every_match(program, facts, 2)
        assert found.rules["r0"]["t1"].chains + found.rules["r1"]["t1"].chains == 1
    # r1 forbids what r0 requires: only r0 matches
    exclusive = check_against_every_match(rules(on_act, on_act), facts, 2)
    assert set(exclusive.rules) == {"r0"}


# --- the engines in `check` -------------------------------------------------------------------


def _demo() -> tuple[object, object]:
    from golden import ROOT

    from rome_elements.engine.check import vocabulary
    from rome_elements.facts.load import load_case
    from rome_elements.rules.load import load_library

    lib = load_library()
    return lib, load_case(ROOT / "examples" / "belarus_children.yaml", vocabulary(lib))


def test_auto_leaves_rete_out_above_the_match_limit(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import rome_elements.engine.check as check_module

    lib, case = _demo()
    # the demonstration has 3 matches (its undated transfer leaves most links unmatched)
    monkeypatch.setattr(check_module, "RETE_MAX_MATCHES", 2)
    result = check_module.check(lib, case, engine="auto")  # type: ignore[arg-type]
    assert result.engine == "reference"
    assert any("more than 2" in n and "--engine rete" in n for n in result.notices)


def test_a_match_rete_misses_is_a_disagreement(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import pytest

    import rome_elements.engine.check as check_module
    from rome_elements.engine import rete
    from rome_elements.engine.errors import EngineDisagreement

    if rete.available() is not None:
        pytest.skip("durable-rules is not available")
    lib, case = _demo()
    real = rete.evaluate
    assert check_module.check(lib, case, engine="rete").engine == "rete"  # type: ignore[arg-type]

    def fewer(program, facts):  # type: ignore[no-untyped-def]
        found = real(program, facts)
        return found - {min(found)}

    monkeypatch.setattr(rete, "evaluate", fewer)
    with pytest.raises(EngineDisagreement, match="disagree"):
        check_module.check(lib, case, engine="rete")  # type: ignore[arg-type]


def test_the_best_state_of_mind_per_act_skips_states_that_name_another_act() -> None:
    """An accused's states of mind for each transfer (`reference._Ranked`): those that name
    no act, or a number (which no act id equals), count for every transfer; one that names a
    transfer counts for that transfer alone; the states dated after a transfer count for
    none. A transfer dated `true` compares with no date, unlike one dated 1."""
    facts: list[Fact] = [
        {"id": "T1", "type": "transfer", "date": 5},
        {"id": "T2", "type": "transfer", "date": 9},
        {"id": "T3", "type": "transfer", "date": True},
        {"id": "T4", "type": "transfer", "date": 1},
        {"id": "M1", "type": "mind", "date": 1, "act": "T1"},
        {"id": "M2", "type": "mind", "date": 2, "act": "T9"},
        {"id": "M3", "type": "mind", "date": 3, "act": "T2"},
        {"id": "M4", "type": "mind", "date": 9},
        {"id": "M5", "type": "mind", "date": 1, "act": 7},
        {"id": "M6", "type": "mind", "date": 8, "act": "T2"},
    ]
    status = {"M1": 2, "M2": 3, "M3": 2, "M4": 3, "M5": 1, "M6": 2}
    state = Pattern("mind", (Test("date", "le", Ref(0, "date")),))
    guard = Pattern(
        "mind", (Test("id", "eq", Ref(1, "id")), Test("act", "ne", Ref(0, "id"))), negated=True
    )
    rule = Rule("r", "s", "e", (Pattern("transfer"), state, guard), (1,), 0)
    program = Program((rule,))
    order = {str(f["id"]): n for n, f in enumerate(facts)}
    weighing = Weighing(status, order, frozenset(), 20)
    deferred = Deferred(program, facts, weighing)
    compiled = reference._compile(rule, deferred.index)
    assert compiled is not None and compiled.at[0] == 0  # the transfer first: `_Ranked` ranks
    best = {"T1": 2, "T2": 3, "T4": 1}  # T1: M1, M5; T2: M3, M4, M5, M6; T4: M5
    assert deferred.best(rule) == best
    assert {
        a: f.best for a, f in evaluate_bounded(program, facts, weighing).rules["r"].items()
    } == best


def test_rules_that_end_with_the_same_join_share_its_ranks_by_value() -> None:
    """Two rules whose last join tests the same (`FactIndex.ranked`): the occupations in force
    at each transfer's date are ranked once per date, for both rules, wherever the transfer
    is in their patterns; a date `true` is not the date 1 (no occupation compares with it)."""
    facts: list[Fact] = [
        {"id": "T1", "type": "transfer", "date": 5, "by": "u"},
        {"id": "T2", "type": "transfer", "date": 5, "by": "v"},
        {"id": "T3", "type": "transfer", "date": True, "by": "u"},
        {"id": "T4", "type": "transfer", "date": 1, "by": "u"},
        {"id": "O1", "type": "occupation", "since": 1},
        {"id": "O2", "type": "occupation", "since": 4},
        {"id": "U1", "type": "unit", "name": "u"},
    ]
    # many occupations, few transfers: the transfer is bound first, the occupations last
    facts += [{"id": f"O{n}", "type": "occupation", "since": 20 + n} for n in range(3, 40)]
    status = {"O1": 1, "O2": 3, "U1": 2}
    occupied = Pattern("occupation", (Test("since", "le", Ref(0, "date")),))
    first = Rule("r1", "s", "e1", (Pattern("transfer"), occupied), (1,), 0)
    unit = Pattern("unit", (Test("name", "eq", Ref(0, "by")),))
    occupied_later = Pattern("occupation", (Test("since", "le", Ref(0, "date")),))
    second = Rule("r2", "s", "e2", (Pattern("transfer"), unit, occupied_later), (1, 2), 0)
    program = Program((first, second))
    order = {str(f["id"]): n for n, f in enumerate(facts)}
    weighing = Weighing(status, order, frozenset(), 20)
    deferred = Deferred(program, facts, weighing)
    for r in program.rules:
        compiled = reference._compile(r, deferred.index)
        assert compiled is not None and compiled.at[len(r.patterns) - 1] == len(r.patterns) - 1
    # T3 (date true) before T4 (date 1): a key without the value's class would give T4 none
    assert deferred.best(first) == {"T1": 3, "T2": 3, "T4": 1}
    assert deferred.best(second) == {"T1": 2, "T4": 1}  # the lower of the unit's and the best
    bounded = evaluate_bounded(program, facts, weighing)
    for r in program.rules:
        assert deferred.best(r) == {a: f.best for a, f in bounded.rules[r.id].items()}


@pytest.mark.parametrize("units", [("U1", "U2"), ("U2", "U1")])
def test_an_act_bound_more_than_once_before_the_last_join_keeps_its_best(
    units: tuple[str, str],
) -> None:
    """`best_by_act` ranks a binding by the lowest of its own facts and keeps, for each act,
    the best of its bindings: a transfer carried out by a unit that two facts name (one
    credible, one not) has the rank of the better, in whichever order they come."""
    facts: list[Fact] = [{"id": "T1", "type": "transfer", "date": 5, "by": "u"}]
    facts += [{"id": u, "type": "unit", "name": "u"} for u in units]
    facts += [{"id": "O1", "type": "occupation", "since": 1}]
    facts += [{"id": f"O{n}", "type": "occupation", "since": 20 + n} for n in range(2, 40)]
    status = {"U1": 3, "U2": 1, "O1": 3}
    unit = Pattern("unit", (Test("name", "eq", Ref(0, "by")),))
    occupied = Pattern("occupation", (Test("since", "le", Ref(0, "date")),))
    rule = Rule("r", "s", "e", (Pattern("transfer"), unit, occupied), (1, 2), 0)
    program = Program((rule,))
    order = {str(f["id"]): n for n, f in enumerate(facts)}
    weighing = Weighing(status, order, frozenset(), 20)
    deferred = Deferred(program, facts, weighing)
    compiled = reference._compile(rule, deferred.index)
    assert compiled is not None and compiled.at[2] == 2  # the occupations joined last
    assert deferred.best(rule) == {"T1": 3}
    bounded = evaluate_bounded(program, facts, weighing)
    assert {a: f.best for a, f in bounded.rules["r"].items()} == {"T1": 3}
