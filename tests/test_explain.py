"""Near misses (engine.explain.near_misses): the closest facts first, each once, and a fixed
conduct fact when the caller anchors a pattern (issue 12); `elements explain` for every kind
of name of the library."""

from __future__ import annotations

from collections import defaultdict

import pytest
from click.testing import CliRunner, Result
from golden import ROOT, check_golden

from rome_elements.cli import main as cli_main
from rome_elements.engine.explain import MAX_NEAR_MISSES, near_misses
from rome_elements.rules.program import Const, Fact, Pattern, Ref, Rule, Test

# a transfer across a border by an organisation, and (joined on it) the organisation's state
CROSSING = Pattern(
    "transfer",
    (
        Test("cross_border", "eq", Const(True)),
        Test("forcible", "eq", Const(True)),
        Test("count", "ge", Const(10)),
    ),
)
RULE = Rule("r1", "crime:x", "conduct", (CROSSING,), own=(0,))


def by_type(*facts: Fact) -> dict[str, list[Fact]]:
    out: dict[str, list[Fact]] = defaultdict(list)
    for f in facts:
        out[str(f["type"])].append(f)
    return out


def transfer(fid: str, cross: bool, forcible: bool, count: int) -> Fact:
    return {
        "id": fid,
        "type": "transfer",
        "cross_border": cross,
        "forcible": forcible,
        "count": count,
    }


def named(lines: list[str]) -> list[str]:
    return [line.split(" ", 1)[0] for line in lines if not line.startswith("…")]


def test_the_closest_facts_come_first() -> None:
    facts = by_type(
        transfer("T1", False, False, 1),  # fails 3
        transfer("T2", False, True, 1),  # fails 2
        transfer("T3", True, True, 1),  # fails 1
        transfer("T4", False, False, 50),  # fails 2
        transfer("T5", True, False, 50),  # fails 1
    )
    lines = near_misses(RULE, facts)
    assert named(lines) == ["T3", "T5", "T2"]  # fewest failing first, ties in id order
    assert lines[0] == "T3 is a transfer, but its count is 1 (needs: count is at least 10)"
    assert lines[-1] == "… and 2 more `transfer` facts"


def test_ties_keep_the_given_order() -> None:
    facts = by_type(*(transfer(f"T{k}", False, True, 50) for k in range(1, 6)))
    assert named(near_misses(RULE, facts)) == ["T1", "T2", "T3"]


def test_a_fact_given_twice_is_named_once() -> None:
    t1 = transfer("T1", False, True, 50)
    lines = near_misses(RULE, {"transfer": [t1, t1, dict(t1)]})
    assert lines == [
        "T1 is a transfer, but its cross_border is false (needs: cross_border is true)"
    ]
    assert len(lines) == len(set(lines))


def test_at_most_the_limit_is_named() -> None:
    facts = by_type(*(transfer(f"T{k}", False, False, 1) for k in range(1, 30)))
    lines = near_misses(RULE, facts)
    assert len(named(lines)) == MAX_NEAR_MISSES
    assert lines[-1] == f"… and {29 - MAX_NEAR_MISSES} more `transfer` facts"


# a contribution by the accused to the conduct (pattern 0 is the conduct, pattern 1 the element)
CONDUCT = Pattern("transfer", ())
CONTRIBUTION = Pattern(
    "contribution",
    (Test("to", "eq", Ref(0, "id")), Test("essential", "eq", Const(True))),
)
JOINED = Rule("r2", "charge:0", "contribution", (CONDUCT, CONTRIBUTION), own=(1,))


def test_an_anchored_pattern_binds_only_the_given_fact() -> None:
    t1 = {"id": "T1", "type": "transfer"}
    t2 = {"id": "T2", "type": "transfer"}
    c1 = {"id": "C1", "type": "contribution", "to": "T1", "essential": False}
    c2 = {"id": "C2", "type": "contribution", "to": "T2", "essential": False}
    facts = by_type(t1, t2, c1, c2)
    free = near_misses(JOINED, facts)
    assert named(free) == ["C1", "C2"] and "(after T1)" in free[0]
    anchored = near_misses(JOINED, facts, anchor=(0, t2))
    assert named(anchored) == ["C2", "C1"]  # C2 fails one condition against T2, C1 two
    assert "(after T2)" in anchored[0]
    assert anchored[0].endswith("its essential is false (needs: essential is true)")


def test_an_anchor_of_another_type_binds_nothing() -> None:
    t1 = {"id": "T1", "type": "transfer"}
    c1 = {"id": "C1", "type": "contribution", "to": "T1", "essential": False}
    assert near_misses(JOINED, by_type(t1, c1), anchor=(0, c1)) == []


def test_an_anchored_fact_that_satisfies_the_rule_has_no_near_miss() -> None:
    t1 = {"id": "T1", "type": "transfer"}
    t2 = {"id": "T2", "type": "transfer"}
    c1 = {"id": "C1", "type": "contribution", "to": "T1", "essential": True}
    facts = by_type(t1, t2, c1)
    assert near_misses(JOINED, facts, anchor=(0, t1)) == []
    assert named(near_misses(JOINED, facts, anchor=(0, t2))) == ["C1"]


# ---- `elements explain`: every kind of name the library knows (issues 19, 21) -------------

EXPLAINED = {
    "8(2)(a)(vii)-1": "crime_by_article",
    "25(3)(a)": "article_with_several_modes",
    "25(3)(c)": "mode_by_article",
    "28(b)": "superior_by_article",
    "transfer": "fact_type",
    "beyond_reasonable_doubt": "standard",
    "superior_causation": "option",
}


def explain(*args: str) -> Result:
    return CliRunner().invoke(cli_main.main, ["explain", *args])


@pytest.mark.parametrize("name", sorted(EXPLAINED))
def test_explain_golden(name: str) -> None:
    result = explain(name)
    assert result.exit_code == 0, result.output
    check_golden(ROOT / "tests" / "golden" / "explain" / f"{EXPLAINED[name]}.txt", result.stdout)


@pytest.mark.parametrize(
    ("article", "modes"),
    [
        ("25(3)(a)", ["co_perpetration", "direct_perpetration", "indirect_co_perpetration"]),
        ("25(3)(b)", ["ordering", "soliciting_inducing"]),
    ],
)
def test_an_article_with_several_modes_lists_them(article: str, modes: list[str]) -> None:
    result = explain(article)
    assert result.exit_code == 0, result.output
    for mode in modes:
        assert f"\n  {mode}: " in result.stdout


@pytest.mark.parametrize(
    ("name", "mode"),
    [
        ("25(3)(c)", "aiding_abetting"),
        ("25(3)(d)", "common_purpose"),
        ("28(a)", "command_responsibility"),
        ("28(b)", "superior_responsibility"),
    ],
)
def test_an_article_of_one_mode_explains_it(name: str, mode: str) -> None:
    result = explain(name)
    assert result.exit_code == 0, result.output
    assert f"art. {name}  (mode `{mode}`)" in result.stdout


def test_a_fact_type_names_its_attributes_and_the_elements_that_require_it() -> None:
    out = explain("transfer").stdout
    assert "cross_border: bool" in out
    assert "purpose: one of evacuation_from_danger" in out
    assert "crime 8(2)(a)(vii)-1 `unlawful_deportation_transfer`: conduct [required]" in out


def test_a_standard_shows_its_thresholds() -> None:
    out = explain("reasonable_grounds").stdout
    assert "art. 58(1)(a)" in out
    assert "graded C3 or better" in out


@pytest.mark.parametrize(
    ("name", "suggestion"),
    [
        ("25(3)(e)", "25(3)(d)"),
        ("transfr", "transfer"),
        ("beyond_doubt", "beyond_reasonable_doubt"),
    ],
)
def test_an_unknown_name_exits_2_with_the_nearest_names(name: str, suggestion: str) -> None:
    result = explain(name)
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert f"did you mean `{suggestion}`?" in result.stderr


def test_an_unknown_name_golden() -> None:
    check_golden(ROOT / "tests" / "golden" / "explain" / "unknown.txt", explain("25(3)(e)").stderr)


def test_list_names_each_fact_type_s_attributes() -> None:
    result = CliRunner().invoke(cli_main.main, ["list"])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("  transfer "))
    shown = " ".join(lines[at + 1 : at + 5])
    assert "persons, count?, origin," in shown and "cross_border" in shown
    start = next(i for i, line in enumerate(lines) if line.startswith("Fact types"))
    assert all(len(line) <= 80 for line in lines[start:])
