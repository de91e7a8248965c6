"""The reference evaluator's semantics, pinned on small hand-written programs."""

from __future__ import annotations

from engine.reference import compare, evaluate
from rules.program import Const, Fact, Match, Pattern, Program, Ref, Rule, Test


def rule(rid: str, *patterns: Pattern) -> Rule:
    return Rule(rid, "s", rid, tuple(patterns), tuple(i for i, p in enumerate(patterns) if not p.negated))


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


def test_same_fact_may_fill_two_patterns_unless_told_otherwise() -> None:
    same = rule("same", Pattern("transfer"), Pattern("transfer"))
    distinct = rule("distinct", Pattern("transfer"), Pattern("transfer", (Test("id", "ne", Ref(0, "id")),)))
    found = ids(evaluate(Program((same, distinct)), FACTS))
    assert ("same", ("T1", "T1")) in found
    assert ("distinct", ("T1", "T1")) not in found
    assert {("distinct", ("T1", "T2")), ("distinct", ("T2", "T1"))} <= found


def test_list_membership() -> None:
    facts: list[Fact] = [{"id": "A", "type": "agreement", "parties": ["x", "y"]}]
    p = Program((rule("r", Pattern("agreement", (Test("parties", "has", Const("y")),))),))
    assert ids(evaluate(p, facts)) == {("r", ("A",))}
    assert not compare(["x"], "eq", "x")
