"""The reference evaluator's semantics, pinned on small hand-written programs."""

from __future__ import annotations

import itertools
from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import ATTRS, VALUES, fact_lists, programs

from rome_elements.engine import reference
from rome_elements.engine.reference import compare, evaluate
from rome_elements.rules.program import Const, Fact, Match, Pattern, Program, Ref, Rule, Test, Value


def rule(rid: str, *patterns: Pattern) -> Rule:
    return Rule(
        rid, "s", rid, tuple(patterns), tuple(i for i, p in enumerate(patterns) if not p.negated)
    )


def ids(matches: set[Match]) -> set[tuple[str, tuple[str, ...]]]:
    return {(m.rule, m.facts) for m in matches}


FACTS: list[Fact] = [
    {"id": "T1", "type": "transfer", "persons": "G1", "count": 10, "cross_border": True},
    {"id": "T2", "type": "transfer", "persons": "G2", "count": 3, "cross_border": False},
    {"id": "G1", "type": "group", "nationality": "Ukrainian"},
    {"id": "O1", "type": "occupation", "territory": "X", "occupier": "Russia"},
    {"id": "N1", "type": "note", "count": "10"},
]


def test_constant_tests_and_kinds() -> None:
    p = Program((rule("r", Pattern("transfer", (Test("count", "gt", Const(5)),))),))
    assert ids(evaluate(p, FACTS)) == {("r", ("T1",))}
    # "10" (text) never equals 10 (int); True never equals 1
    assert not compare("10", "eq", 10)
    assert not compare(True, "eq", 1)
    assert not compare(None, "ne", "x")  # an absent attribute fails every test, even `ne`


def test_equality_join_binds_the_chain() -> None:
    p = Program(
        (
            rule(
                "r",
                Pattern("transfer"),
                Pattern("group", (Test("id", "eq", Ref(0, "persons")),)),
            ),
        )
    )
    assert ids(evaluate(p, FACTS)) == {("r", ("T1", "G1"))}


def test_negation_sees_earlier_bindings() -> None:
    p = Program(
        (
            rule(
                "r",
                Pattern("transfer"),
                Pattern("group", (Test("id", "eq", Ref(0, "persons")),), negated=True),
            ),
        )
    )
    assert ids(evaluate(p, FACTS)) == {("r", ("T2",))}


def test_negation_sees_no_negated_or_later_pattern() -> None:
    """A negated pattern's test on a negated pattern, or on a later one, is on an absent fact:
    false, so the pattern blocks nothing (T1's group G1 exists, yet T1 matches)."""
    group = Pattern("group", (Test("id", "eq", Ref(0, "persons")),), negated=True)
    on_negated = Pattern("group", (Test("id", "eq", Ref(1, "id")),), negated=True)
    on_later = Pattern("group", (Test("id", "eq", Ref(2, "persons")),), negated=True)
    p = Program(
        (
            rule("negated", Pattern("transfer"), group, on_negated),
            rule("later", Pattern("transfer"), on_later, Pattern("transfer")),
        )
    )
    found = ids(evaluate(p, FACTS))
    assert found == ids(brute_force(p, FACTS)) and ("negated", ("T2",)) in found
    assert ("later", ("T1", "T1")) in found


def test_same_fact_may_fill_two_patterns_unless_told_otherwise() -> None:
    same = rule("same", Pattern("transfer"), Pattern("transfer"))
    distinct = rule(
        "distinct", Pattern("transfer"), Pattern("transfer", (Test("id", "ne", Ref(0, "id")),))
    )
    found = ids(evaluate(Program((same, distinct)), FACTS))
    assert ("same", ("T1", "T1")) in found
    assert ("distinct", ("T1", "T1")) not in found
    assert {("distinct", ("T1", "T2")), ("distinct", ("T2", "T1"))} <= found


def test_list_membership() -> None:
    facts: list[Fact] = [{"id": "A", "type": "agreement", "parties": ["x", "y"]}]
    p = Program((rule("r", Pattern("agreement", (Test("parties", "has", Const("y")),))),))
    assert ids(evaluate(p, facts)) == {("r", ("A",))}
    assert not compare(["x"], "eq", "x")


def test_library_cache_is_used_and_invalidated_by_an_edit(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import shutil

    from golden import ROOT

    from rome_elements.rules.load import load_library

    monkeypatch.setenv("ELEMENTS_CACHE", str(tmp_path / "cache"))
    lib_dir = tmp_path / "lib"
    shutil.copytree(ROOT / "elements", lib_dir, ignore=shutil.ignore_patterns("*.py", "tests"))
    first = load_library([lib_dir])
    assert len(list((tmp_path / "cache").glob("library-*.pickle"))) == 1
    again = load_library([lib_dir])
    assert sorted(again.crimes) == sorted(first.crimes)
    standards = lib_dir / "standards.el"
    standards.write_text(
        standards.read_text(encoding="utf-8").replace("rank 4", "rank 5"), encoding="utf-8"
    )
    edited = load_library([lib_dir])
    assert edited.standards["beyond_reasonable_doubt"].rank == 5
    assert len(list((tmp_path / "cache").glob("library-*.pickle"))) == 2


# --- the evaluator against brute force --------------------------------------------------------


def brute_force(program: Program, facts: list[Fact]) -> set[Match]:
    """Every assignment of facts to positive patterns, each checked pattern by pattern as the
    semantics say: a pattern sees the facts bound by the patterns before it, and nothing else."""
    out: set[Match] = set()
    for r in program.rules:
        n = len(r.patterns)
        slots = [[None] if p.negated else facts for p in r.patterns]
        for chosen in itertools.product(*slots):
            ok = True
            for i, p in enumerate(r.patterns):
                seen = tuple(chosen[:i]) + (None,) * (n - i)
                if p.negated:
                    ok = not any(f["type"] == p.fact_type and holds(f, p, seen) for f in facts)
                else:
                    f = chosen[i]
                    ok = f is not None and f["type"] == p.fact_type and holds(f, p, seen)
                if not ok:
                    break
            if ok:
                out.add(Match(r.id, tuple(str(chosen[i]["id"]) for i in r.positive)))  # type: ignore[index]
    return out


def holds(fact: Fact, pattern: Pattern, seen: tuple[Fact | None, ...]) -> bool:
    for t in pattern.tests:
        if isinstance(t.operand, Const):
            operand = t.operand.value
        else:
            other = seen[t.operand.pattern]
            operand = None if other is None else other.get(t.operand.attr)  # type: ignore[assignment]
        if not compare(fact.get(t.attr), t.op, operand):
            return False
    return True


@settings(max_examples=300, deadline=None)
@given(programs(wide=True), fact_lists())
def test_the_indexed_evaluator_finds_exactly_what_brute_force_finds(
    program: Program, facts: list[Fact]
) -> None:
    assert evaluate(program, facts) == brute_force(program, facts)


def test_a_test_on_a_reference_is_the_same_made_from_either_side() -> None:
    """A test of pattern 1 on an attribute of pattern 0 is made when the later of the two is
    bound: from pattern 1 (its fact is the candidate) or, when pattern 1 is bound first (it
    singles out one fact by id), from pattern 0 (the operator mirrored: `y lt x` as `x gt y`).
    Every operator, over values of every kind, lists and absent ones, agrees with brute force.
    (`Text`: text of a subclass of str, which the loader never makes, but which compares.)"""

    class Text(str):
        pass

    values: list[Value | None] = [0, 1, 2, True, False, "0", "1", "b", Text("a"), ["b"], None]
    facts: list[Fact] = [
        {"id": f"a{k}", "type": "a", **({} if v is None else {"x": v})}
        for k, v in enumerate(values)
    ]
    for op in ("eq", "ne", "lt", "le", "gt", "ge", "has"):
        for k, v in enumerate(values):
            # many copies of the b fact, so that pattern 1 is bound second unless singled out
            bs: list[Fact] = [
                {"id": f"b{k}.{c}", "type": "b", **({} if v is None else {"y": v})}
                for c in range(len(values) + 1)
            ]
            for first in (False, True):
                one = (Test("id", "eq", Const(f"b{k}.0")),) if first else ()
                test = Test("y", op, Ref(0, "x"))  # type: ignore[arg-type]
                program = Program((rule("r", Pattern("a"), Pattern("b", (test, *one))),))
                assert evaluate(program, facts + bs) == brute_force(program, facts + bs)


def test_natural_order_of_ids() -> None:
    from rome_elements.engine.ids import natural_key, natural_sorted

    ids = ["E10", "E2", "E1", "T-0003", "T-2", "a1b10", "a1b2", "12", "E²", "²", "a٣b"]
    assert natural_sorted(ids) == [
        "12", "E1", "E2", "E10", "E²", "T-2", "T-0003", "a1b2", "a1b10", "a٣b", "²"
    ]  # fmt: skip
    # the fast path for text + number and the general one agree
    assert natural_key("E10") == ((1, "E"), (0, 10)) == natural_key("E010")


# --- what makes it fast must not change what it finds -----------------------------------------


@st.composite
def guarded_programs(draw: st.DrawFn) -> Program:
    """Random rules with a negated pattern that looks at a bound fact itself, as the law
    library writes "a state of mind that names another act does not count for this one":
    `not T(id == k.id, a != j.b)`, T the type of positive pattern k (`reference._Guard`),
    sometimes with its two tests swapped or a third test (then it is no guard). The facts
    (`fact_lists`) sometimes share an id, so that k is not the only fact the pattern sees."""
    base = draw(programs())
    rules = []
    for r in base.rules:
        positive = [i for i in r.positive]
        if len(positive) < 2:
            rules.append(r)
            continue
        k, j = draw(st.permutations(positive))[:2]
        tests = [
            Test("id", "eq", Ref(k, "id")),
            Test(draw(st.sampled_from(ATTRS)), "ne", Ref(j, draw(st.sampled_from(ATTRS)))),
        ]
        if draw(st.booleans()):
            tests.reverse()
        if draw(st.integers(0, 4)) == 0:
            tests.append(Test("y", "ne", Const(draw(st.sampled_from(VALUES)))))
        guard = Pattern(r.patterns[k].fact_type, tuple(tests), negated=True)
        patterns = (*r.patterns, guard)
        rules.append(replace(r, patterns=patterns))
    return Program(tuple(rules))


@settings(max_examples=300, deadline=None)
@given(guarded_programs(), fact_lists())
def test_a_guard_finds_what_brute_force_finds(program: Program, facts: list[Fact]) -> None:
    assert evaluate(program, facts) == brute_force(program, facts)


@settings(max_examples=300, deadline=None)
@given(st.one_of(programs(wide=True), guarded_programs()), fact_lists())
def test_order_tests_by_bisection_find_what_brute_force_finds(
    program: Program, facts: list[Fact]
) -> None:
    """Order tests with a bound fact bisect the candidates when there are many
    (`reference._RANGE_FROM`); here from the first one, so that the random facts (of every
    kind, lists, absent values) go through it."""
    saved = reference._RANGE_FROM
    reference._RANGE_FROM = 0
    try:
        assert evaluate(program, facts) == brute_force(program, facts)
    finally:
        reference._RANGE_FROM = saved


def states_of_mind_about_acts(*more: Test) -> Program:
    """The library's shape: each transfer with each state of mind of "p" (and `more` tests),
    unless the state names another act."""
    return Program(
        (
            rule(
                "r",
                Pattern("transfer"),
                Pattern("mental_state", (Test("person", "eq", Const("p")), *more)),
                Pattern(
                    "mental_state",
                    (Test("id", "eq", Ref(1, "id")), Test("act", "ne", Ref(0, "id"))),
                    negated=True,
                ),
            ),
        )
    )


def test_a_guard_on_many_facts_is_exact() -> None:
    """The library's shape at size: states of mind naming an act or none, acts, and a state
    sharing its id with another (the guard's narrowing alone would let it through)."""
    facts: list[Fact] = [
        {"id": f"T{n}", "type": "transfer", "date": 100 + n, "until": 100 + n} for n in range(60)
    ]
    facts += [
        {"id": f"M{n}", "type": "mental_state", "person": "p", "date": 90 + 2 * n}
        | ({"act": f"T{n}"} if n % 3 else {})
        | ({"act": 7} if n == 4 else {})
        for n in range(40)
    ]
    facts.append({"id": "M5", "type": "mental_state", "person": "q", "act": "T0"})
    program = states_of_mind_about_acts(Test("date", "le", Ref(0, "until")))
    found = evaluate(program, facts)
    assert found == brute_force(program, facts)
    assert ("r", ("T5", "M5")) not in ids(found)  # M5's namesake names T0
    assert ("r", ("T50", "M4")) in ids(found)  # an act of another kind names no act
    assert ("r", ("T59", "M0")) in ids(found)  # no act: every act it precedes


def test_order_tests_on_many_candidates_agree_with_brute_force() -> None:
    """From `reference._RANGE_FROM` candidates on, an order test with a bound fact bisects
    them, by kind, rather than filtering them: every order operator, from either side, with
    a bound value of every kind (and a list, and none) against candidates of every kind, with
    equal values at the boundaries, agrees with brute force."""
    values: list[Value | None] = [0, 1, 2, True, False, "0", "1", "b", ["b"], None]
    many: list[Fact] = [
        {"id": f"b{k}.{c}", "type": "b", **({} if v is None else {"y": v})}
        for k, v in enumerate(values)
        for c in range(4)
    ]
    assert len(many) >= reference._RANGE_FROM
    for op in ("lt", "le", "gt", "ge"):
        for v in values:
            one: list[Fact] = [{"id": "a", "type": "a", **({} if v is None else {"x": v})}]
            for program in (
                Program((rule("r", Pattern("a"), Pattern("b", (Test("y", op, Ref(0, "x")),))),)),
                Program((rule("r", Pattern("b"), Pattern("a", (Test("x", op, Ref(0, "y")),))),)),
            ):
                assert evaluate(program, one + many) == brute_force(program, one + many), (op, v)


def test_a_guard_keeps_the_states_that_name_no_act_when_the_act_is_bound_first() -> None:
    """Two acts, many states of mind: the acts are bound first, and a state's candidates are
    those naming the act and those naming none (or naming it as another kind of value)."""
    facts: list[Fact] = [{"id": f"T{n}", "type": "transfer"} for n in range(2)]
    facts += [
        {"id": f"M{n}", "type": "mental_state", "person": "p"}
        | ({"act": f"T{n % 2}"} if n % 4 == 0 else {"act": n} if n % 4 == 1 else {})
        for n in range(40)
    ]
    program = states_of_mind_about_acts()
    found = evaluate(program, facts)
    assert found == brute_force(program, facts)
    assert len(found) == 2 * 30 + 10  # 30 name no act (or a number), 10 name one of the two


@settings(max_examples=300, deadline=None)
@given(programs(wide=True), fact_lists())
def test_rules_that_start_alike_share_bindings_and_find_what_brute_force_finds(
    program: Program, facts: list[Fact]
) -> None:
    """Each rule twice: the second starts from the bindings the first one's joins but the
    last found, kept in the index (`reference._prefix`), and must find the same."""
    doubled = Program(
        tuple(r for rule_ in program.rules for r in (rule_, replace(rule_, id=rule_.id + "'")))
    )
    assert evaluate(doubled, facts) == brute_force(doubled, facts)


def test_a_shared_prefix_is_used() -> None:
    """Three rules alike but for their last pattern: the second and third start from the
    first one's kept bindings of transfer x group (`reference._prefix`)."""
    facts: list[Fact] = [
        {"id": f"T{n}", "type": "transfer", "persons": f"G{n % 3}", "by": f"U{n % 2}"}
        for n in range(6)
    ]
    facts += [{"id": f"G{n}", "type": "group", "age": n} for n in range(3)]
    facts += [{"id": "U0", "type": "unit"}, {"id": "U1", "type": "unit", "state": "R"}]
    start = (Pattern("transfer"), Pattern("group", (Test("id", "eq", Ref(0, "persons")),)))
    program = Program(
        tuple(
            rule(f"r{k}", *start, Pattern("unit", (Test("id", "eq", Ref(0, "by")), *extra)))
            for k, extra in enumerate(((), (Test("state", "eq", Const("R")),), ()))
        )
    )
    index = reference.FactIndex(facts)
    found = {r.id: {m for b in reference.stream(r, index) for m in b} for r in program.rules}
    assert index.prefixes  # kept for the second rule, used by the third
    assert evaluate(program, facts) == brute_force(program, facts)
    assert found["r0"] == found["r2"] and len(found["r0"]) == 6
    assert found["r1"] == {m for m in found["r0"] if m[2] == "U1"}
