"""The durable-rules engine returns exactly the reference evaluator's matches.

durable-rules runs only in a child process (a long-lived worker fed JSON lines), so a crash of its
C core fails the test that caused it instead of killing the pytest run. The reference evaluator
runs here, in-process.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import fact_lists, programs

from rome_elements.engine import reference, rete
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
)

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(rete.available() is not None, reason=str(rete.available()))

WORKER = r"""
import json, sys
from rome_elements.engine import rete
from rome_elements.rules.program import Const, Pattern, Program, Ref, Rule, Test

def operand(o):
    return Const(o[1]) if o[0] == "c" else Ref(o[1], o[2])

def program(d):
    return Program(tuple(
        Rule(r["id"], "s", r["id"], tuple(
            Pattern(p["type"], tuple(Test(a, op, operand(o)) for a, op, o in p["tests"]), p["neg"])
            for p in r["patterns"]))
        for r in d))

for line in sys.stdin:
    out = []
    for prog, facts in json.loads(line):
        try:
            found = rete.evaluate(program(prog), facts)
            out.append({"matches": sorted([m.rule, list(m.facts)] for m in found)})
        except rete.ReteError as err:
            out.append({"error": str(err)})
    print(json.dumps(out), flush=True)
"""


class Worker:
    """A child process that evaluates batches of (program, facts) with `rete.evaluate`."""

    def __init__(self) -> None:
        self.proc: subprocess.Popen[str] | None = None

    def _start(self) -> subprocess.Popen[str]:
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        return subprocess.Popen(
            [sys.executable, "-c", WORKER],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            cwd=ROOT,
        )

    def run(self, cases: Sequence[tuple[Program, Sequence[Fact]]]) -> list[dict[str, Any]]:
        if self.proc is None or self.proc.poll() is not None:
            self.proc = self._start()
        assert self.proc.stdin is not None and self.proc.stdout is not None
        line = json.dumps([[encode(p), list(f)] for p, f in cases])
        try:
            self.proc.stdin.write(line + "\n")
            self.proc.stdin.flush()
            answer = self.proc.stdout.readline()
        except BrokenPipeError:
            answer = ""
        if not answer:
            proc, self.proc = self.proc, None
            proc.kill()
            _, err = proc.communicate()
            pytest.fail(f"the durable-rules worker died (exit {proc.returncode}): {err[-2000:]}")
        result: list[dict[str, Any]] = json.loads(answer)
        return result

    def close(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.stdin.close()  # type: ignore[union-attr]
            self.proc.wait(timeout=10)
            self.proc.stdout.close()  # type: ignore[union-attr]
            self.proc.stderr.close()  # type: ignore[union-attr]
        self.proc = None


@pytest.fixture(scope="module")
def worker() -> Iterator[Worker]:
    w = Worker()
    yield w
    w.close()


def encode(program: Program) -> list[dict[str, Any]]:
    def operand(o: Const | Ref) -> list[Any]:
        return ["c", o.value] if isinstance(o, Const) else ["r", o.pattern, o.attr]

    return [
        {
            "id": r.id,
            "patterns": [
                {
                    "type": p.fact_type,
                    "neg": p.negated,
                    "tests": [[t.attr, t.op, operand(t.operand)] for t in p.tests],
                }
                for p in r.patterns
            ],
        }
        for r in program.rules
    ]


Pairs = set[tuple[str, tuple[str, ...]]]


def pairs(matches: set[Match]) -> Pairs:
    return {(m.rule, m.facts) for m in matches}


def rete_many(worker: Worker, cases: Sequence[tuple[Program, Sequence[Fact]]]) -> list[Pairs]:
    out: list[Pairs] = []
    for (program, _), answer in zip(cases, worker.run(cases), strict=True):
        if "error" in answer:
            pytest.fail(f"ReteError: {answer['error']}\nprogram: {program}")
        out.append({(r, tuple(f)) for r, f in answer["matches"]})
    return out


def check(worker: Worker, program: Program, *fact_lists: Sequence[Fact]) -> list[Pairs]:
    """Run every fact list through both engines; they must agree. Returns the match sets."""
    found = rete_many(worker, [(program, facts) for facts in fact_lists])
    for facts, got in zip(fact_lists, found, strict=True):
        assert got == pairs(reference.evaluate(program, facts)), facts
    return found


def rule(rid: str, *patterns: Pattern) -> Rule:
    return Rule(rid, "s", rid, patterns, tuple(i for i, p in enumerate(patterns) if not p.negated))


def t(attr: str, op: str, operand: Scalar | Ref) -> Test:
    return Test(attr, op, operand if isinstance(operand, Ref) else Const(operand))  # type: ignore[arg-type]


# --- hand-written cases --------------------------------------------------------------------


def test_available() -> None:
    assert rete.available() is None


def test_single_pattern(worker: Worker) -> None:
    p = Program((rule("big", Pattern("transfer", (t("count", "gt", 5),))),))
    facts: list[Fact] = [
        {"id": "T1", "type": "transfer", "count": 10},
        {"id": "T2", "type": "transfer", "count": 3},
        {"id": "T3", "type": "transfer"},
        {"id": "N1", "type": "note", "count": 10},
    ]
    assert check(worker, p, facts) == [{("big", ("T1",))}]


def test_equality_join(worker: Worker) -> None:
    p = Program(
        (
            rule(
                "r",
                Pattern("transfer", (t("to", "eq", "BY"),)),
                Pattern("group", (t("id", "eq", Ref(0, "persons")), t("civilian", "eq", True))),
            ),
        )
    )
    facts: list[Fact] = [
        {"id": "T1", "type": "transfer", "to": "BY", "persons": "G1"},
        {"id": "T2", "type": "transfer", "to": "BY", "persons": "G2"},
        {"id": "T3", "type": "transfer", "to": "RU", "persons": "G1"},
        {"id": "G1", "type": "group", "civilian": True},
        {"id": "G2", "type": "group", "civilian": 1},
    ]
    assert check(worker, p, facts, facts[::-1]) == [{("r", ("T1", "G1"))}] * 2


def test_non_equality_joins(worker: Worker) -> None:
    p = Program(
        (
            rule("before", Pattern("e"), Pattern("e", (t("date", "lt", Ref(0, "date")),))),
            rule("other", Pattern("e"), Pattern("e", (t("id", "ne", Ref(0, "id")),))),
            rule("atleast", Pattern("e"), Pattern("e", (t("n", "ge", Ref(0, "n")),))),
        )
    )
    facts: list[Fact] = [
        {"id": "A", "type": "e", "date": "2022-02-24", "n": 3},
        {"id": "B", "type": "e", "date": "2022-03-01", "n": -7},
        {"id": "C", "type": "e", "date": "2022-02", "n": "3"},
        {"id": "D", "type": "e"},
    ]
    found = check(worker, p, facts, facts[::-1])
    # (first, second) with second.date < first.date: "2022-02" < "2022-02-24" as text
    assert ("before", ("A", "C")) in found[0] and ("before", ("C", "A")) not in found[0]
    assert ("atleast", ("A", "A")) in found[0] and ("atleast", ("A", "C")) not in found[0]


def test_negation_whatever_the_order(worker: Worker) -> None:
    """Negating facts before or after the positive ones (durable's own withdrawal is broken)."""
    no_approval = rule(
        "no_approval",
        Pattern("tx"),
        Pattern("approval", (t("ref", "eq", Ref(0, "ref")),), negated=True),
    )
    joined = rule("joined", Pattern("tx"), Pattern("memo", (t("ref", "eq", Ref(0, "ref")),)))
    # two positives of one type and a negation on the first: tuples with the same facts in
    # other positions must survive
    positional = rule(
        "positional",
        Pattern("tx"),
        Pattern("tx"),
        Pattern("approval", (t("ref", "eq", Ref(0, "ref")),), negated=True),
    )
    alone = rule(
        "alone",
        Pattern("tx"),
        Pattern("tx", (t("ref", "eq", Ref(0, "ref")), t("id", "ne", Ref(0, "id"))), negated=True),
    )
    p = Program((no_approval, joined, positional, alone))
    facts: list[Fact] = [
        {"id": "T1", "type": "tx", "ref": "a"},
        {"id": "T2", "type": "tx", "ref": "b"},
        {"id": "T3", "type": "tx", "ref": "b"},
        {"id": "M1", "type": "memo", "ref": "a"},
        {"id": "P1", "type": "approval", "ref": "a"},
    ]
    first = [facts[4], *facts[:4]]
    found = check(worker, p, facts, first, facts[::-1])
    assert found[0] == found[1] == found[2]
    assert ("no_approval", ("T2",)) in found[0] and ("no_approval", ("T1",)) not in found[0]
    assert ("joined", ("T1", "M1")) in found[0]
    assert ("positional", ("T2", "T1")) in found[0] and ("positional", ("T1", "T2")) not in found[0]
    assert {m for m in found[0] if m[0] == "alone"} == {("alone", ("T1",))}


def test_facts_that_match_nothing(worker: Worker) -> None:
    p = Program(
        (
            rule("r", Pattern("a", (t("x", "eq", 1),)), Pattern("b", (t("y", "eq", Ref(0, "y")),))),
            rule("n", Pattern("a", (t("x", "eq", 2),)), Pattern("c", negated=True)),
        )
    )
    facts: list[Fact] = [
        {"id": "Z1", "type": "zzz", "x": 1},
        {"id": "A1", "type": "a", "x": 1, "y": "k"},
        {"id": "A2", "type": "a", "x": 3, "y": "k"},
        {"id": "B0", "type": "b", "y": "other"},
        {"id": "B1", "type": "b", "y": "k"},
        {"id": "C1", "type": "c"},
    ]
    assert check(worker, p, facts)[0] == {("r", ("A1", "B1"))}
    assert check(worker, p, [f for f in facts if f["type"] in ("zzz", "c")]) == [set()]
    assert check(worker, p, []) == [set()]


def test_mixed_kinds_are_never_equal_or_ordered(worker: Worker) -> None:
    p = Program(
        (
            rule("eq99", Pattern("f", (t("v", "eq", 99),))),
            rule("gt100", Pattern("f", (t("v", "gt", 100),))),
            rule("lt_text", Pattern("f", (t("v", "lt", "99"),))),
            rule("true", Pattern("f", (t("v", "eq", True),))),
            rule("one", Pattern("f", (t("v", "eq", 1),))),
            rule("ne_one", Pattern("f", (t("v", "ne", 1),))),
            rule("text_a", Pattern("f", (t("v", "eq", "a"),))),
            rule("ge_false", Pattern("f", (t("v", "ge", False),))),
            rule("same", Pattern("f"), Pattern("g", (t("w", "eq", Ref(0, "v")),))),
            rule("less", Pattern("f"), Pattern("g", (t("w", "lt", Ref(0, "v")),))),
            rule("differ", Pattern("f"), Pattern("g", (t("w", "ne", Ref(0, "v")),))),
        )
    )
    values: list[Any] = [99, "99", 1, True, False, "1", "true", 0, ["a"], "a", 1000, "100"]
    facts: list[Fact] = [{"id": f"F{i}", "type": "f", "v": v} for i, v in enumerate(values)]
    facts += [{"id": f"G{i}", "type": "g", "w": v} for i, v in enumerate(values)]
    found = check(worker, p, facts)[0]
    assert ("eq99", ("F1",)) not in found and ("eq99", ("F0",)) in found
    assert ("gt100", ("F11",)) not in found and ("one", ("F3",)) not in found
    assert ("same", ("F3", "G2")) not in found and ("same", ("F3", "G3")) in found
    assert ("differ", ("F8", "G8")) not in found and ("differ", ("F8", "G0")) not in found


def test_absent_attributes_fail_every_test(worker: Worker) -> None:
    p = Program(
        (
            rule("ne_const", Pattern("f", (t("v", "ne", "x"),))),
            rule("ne_ref", Pattern("f"), Pattern("f", (t("v", "ne", Ref(0, "v")),))),
            rule("eq_ref", Pattern("f"), Pattern("f", (t("v", "eq", Ref(0, "v")),))),
            rule(
                "no_other",
                Pattern("f"),
                Pattern("f", (t("v", "ne", Ref(0, "v")),), negated=True),
            ),
            rule("has_absent", Pattern("f", (t("tags", "has", "x"),))),
        )
    )
    facts: list[Fact] = [
        {"id": "A", "type": "f", "v": "x"},
        {"id": "B", "type": "f", "v": "y"},
        {"id": "C", "type": "f"},
        {"id": "D", "type": "f", "v": ["x"]},
    ]
    found = check(worker, p, facts, facts[::-1])[0]
    assert ("ne_const", ("C",)) not in found and ("ne_const", ("B",)) in found
    assert not {m for m in found if m[0] in ("ne_ref", "eq_ref") and "C" in m[1]}
    assert ("no_other", ("C",)) in found and ("no_other", ("A",)) not in found


def test_has(worker: Worker) -> None:
    p = Program(
        (
            rule("y", Pattern("agreement", (t("parties", "has", "y"),))),
            rule("one", Pattern("agreement", (t("parties", "has", 1),))),  # never: lists of text
            rule("eq", Pattern("agreement", (t("parties", "eq", "y"),))),  # never: a list
            rule(
                "neither",
                Pattern("agreement", (t("parties", "has", "x"),)),
                Pattern("agreement", (t("parties", "has", "z"),), negated=True),
            ),
        )
    )
    facts: list[Fact] = [
        {"id": "A", "type": "agreement", "parties": ["x", "y"]},
        {"id": "B", "type": "agreement", "parties": []},
        {"id": "C", "type": "agreement", "parties": "y"},
        {"id": "D", "type": "agreement", "parties": ["ÿ", "y", "x"]},
        {"id": "E", "type": "agreement"},
    ]
    found = check(worker, p, facts)[0]
    assert found == {
        ("y", ("A",)),
        ("y", ("D",)),
        ("eq", ("C",)),  # C's parties is the text "y", not a list
        ("neither", ("A",)),
        ("neither", ("D",)),
    }
    facts.append({"id": "Z", "type": "agreement", "parties": ["z"]})
    assert check(worker, p, facts)[0] == {("y", ("A",)), ("y", ("D",)), ("eq", ("C",))}


def test_same_type_patterns_bind_distinct_facts_only_when_told(worker: Worker) -> None:
    same = rule("same", Pattern("transfer"), Pattern("transfer"))
    distinct = rule(
        "distinct", Pattern("transfer"), Pattern("transfer", (t("id", "ne", Ref(0, "id")),))
    )
    facts: list[Fact] = [
        {"id": "T1", "type": "transfer"},
        {"id": "T2", "type": "transfer"},
    ]
    found = check(worker, Program((same, distinct)), facts)[0]
    assert ("same", ("T1", "T1")) in found
    assert {m for m in found if m[0] == "distinct"} == {
        ("distinct", ("T1", "T2")),
        ("distinct", ("T2", "T1")),
    }


def test_rules_without_positive_patterns(worker: Worker) -> None:
    p = Program(
        (
            rule("always"),
            rule("no_c", Pattern("c", negated=True)),
            rule("no_big_c", Pattern("c", (t("n", "gt", 5),), negated=True)),
        )
    )
    small: list[Fact] = [{"id": "C", "type": "c", "n": 3}]
    big: list[Fact] = [{"id": "C", "type": "c", "n": 9}]
    found = check(worker, p, [], small, big)
    assert found == [
        {("always", ()), ("no_c", ()), ("no_big_c", ())},
        {("always", ()), ("no_big_c", ())},
        {("always", ())},
    ]


def test_references_to_unbound_patterns_are_false(worker: Worker) -> None:
    p = Program(
        (
            rule("later", Pattern("a", (t("x", "eq", Ref(1, "x")),)), Pattern("a")),
            rule(
                "to_negated",
                Pattern("a"),
                Pattern("b", negated=True),
                Pattern("a", (t("x", "eq", Ref(1, "x")),)),
            ),
            rule(
                "negation_on_later",
                Pattern("a"),
                Pattern("a", (t("x", "eq", Ref(2, "x")),), negated=True),
                Pattern("a"),
            ),
            rule("negative_index", Pattern("a"), Pattern("a", (t("x", "eq", Ref(-2, "x")),))),
        )
    )
    facts: list[Fact] = [{"id": "A1", "type": "a", "x": 1}, {"id": "A2", "type": "a", "x": 2}]
    found = check(worker, p, facts)[0]
    assert {m[0] for m in found} == {"negation_on_later", "negative_index"}


def test_orderings_of_text_numbers_and_truth(worker: Worker) -> None:
    p = Program(
        (
            rule("lt", Pattern("v"), Pattern("v", (t("x", "lt", Ref(0, "x")),))),
            rule("le", Pattern("v"), Pattern("v", (t("x", "le", Ref(0, "x")),))),
        )
    )
    values: list[Any] = [
        "", "a", "ab", "abc", "b", "B", "é", "z", "\u00ff", "\U0001f600", "a\"b", "a\\b", "0",
        -(10**30), -1000, -11, -10, -9, -1, 0, 1, 9, 10, 11, 1000, 2**63, 10**30,
        True, False,
    ]  # fmt: skip
    facts: list[Fact] = [{"id": f"V{i}", "type": "v", "x": v} for i, v in enumerate(values)]
    check(worker, p, facts)


def test_more_than_a_thousand_facts(worker: Worker) -> None:
    p = Program(
        (
            rule(
                "pair",
                Pattern("transfer", (t("to", "eq", "BY"),)),
                Pattern("group", (t("id", "eq", Ref(0, "persons")),)),
                Pattern("approval", (t("ref", "eq", Ref(0, "id")),), negated=True),
            ),
        )
    )
    facts: list[Fact] = []
    for i in range(1500):
        to = "BY" if i % 3 else "RU"
        facts.append({"id": f"T{i}", "type": "transfer", "to": to, "persons": f"G{i}"})
        facts.append({"id": f"G{i}", "type": "group"})
        if i % 7 == 0:
            facts.append({"id": f"P{i}", "type": "approval", "ref": f"T{i}"})
    found = check(worker, p, facts)[0]
    assert len(found) == len([i for i in range(1500) if i % 3 and i % 7])


def test_programs_beyond_one_ruleset(worker: Worker) -> None:
    """More join patterns on one type than durable's alpha stack holds: split, still exact."""
    rules = tuple(
        rule(
            f"r{i}",
            Pattern("a", (t("k", "eq", i % 5),)),
            Pattern("b", (t("x", "eq", Ref(0, "x")), t("y", "ne", Ref(0, "y")))),
            Pattern("c", (t("x", "eq", Ref(1, "x")),), negated=i % 2 == 0),
        )
        for i in range(150)
    )
    facts: list[Fact] = [
        {"id": f"A{i}", "type": "a", "k": i, "x": i % 3, "y": i % 2} for i in range(10)
    ]
    facts += [{"id": f"B{i}", "type": "b", "x": i % 3, "y": i % 4} for i in range(10)]
    facts += [{"id": f"C{i}", "type": "c", "x": i} for i in range(2)]
    check(worker, Program(rules), facts)


def test_has_against_a_reference_is_refused(worker: Worker) -> None:
    p = Program((rule("r", Pattern("a"), Pattern("b", (t("tags", "has", Ref(0, "x")),))),))
    (answer,) = worker.run([(p, [{"id": "A", "type": "a", "x": "t"}])])
    assert "has" in answer.get("error", "")


# --- random programs (strategies.programs, strategies.fact_lists) ---------------------------


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(st.tuples(programs(), fact_lists()), min_size=30, max_size=30))
def test_random_programs_agree_with_the_reference(
    worker: Worker, cases: list[tuple[Program, list[Fact]]]
) -> None:
    for (program, facts), got in zip(cases, rete_many(worker, cases), strict=True):
        assert got == pairs(reference.evaluate(program, facts)), (program, facts)
