"""The N^3 case of issue 12 ("Bounded matching") at N = 60: 60 transfers from one occupied
territory, 60 accounts of the accused's knowledge of the occupation, 60 occupations of the
territory (an occupation is the international armed conflict, GC IV art. 2(2), so the accused's
awareness of it has 60 x 60 chains per transfer).

Not a timed test: it checks the structure that keeps memory bounded (no rule keeps more than
`MAX_CHAINS` chains for an act, while it counts all N^2 of them) and that the statuses,
counts and listed chains are right.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench_modules import bench_module

from rome_elements.base.vocabulary import RANK
from rome_elements.engine import reference
from rome_elements.engine.analyse import MAX_CHAINS
from rome_elements.engine.check import (
    charges_of,
    check,
    engine_facts,
    resolve_options,
    vocabulary,
)
from rome_elements.engine.ids import rank_ids
from rome_elements.facts.load import load_case
from rome_elements.rules.compile import compile_case
from rome_elements.rules.load import load_library

N = 60


def _blowup() -> Any:
    return bench_module("blowup")


def test_the_cube_is_counted_in_full_and_kept_bounded(tmp_path: Path) -> None:
    path = tmp_path / "cube.yaml"
    path.write_text(_blowup().cube(N), encoding="utf-8")
    lib = load_library()
    case = load_case(path, vocabulary(lib))
    result = check(lib, case, engine="reference")
    weak = {k for k in range(1, N + 1) if k % 3 == 0}  # their evidence is one D4 item
    strong = N - len(weak)

    # the evaluator: every rule keeps at most MAX_CHAINS chains per act, and counts them all
    program = compile_case(lib, charges_of(lib, case), resolve_options(lib, {}))
    facts = engine_facts(case, lib)
    weights = {w: RANK["supported"] for w in (str(f["id"]) for f in facts)}
    order = rank_ids(str(f["id"]) for f in facts)
    bounded = reference.evaluate_bounded(
        program, facts, reference.Weighing(weights, order, cap=MAX_CHAINS)
    )
    iac = [r for r in program.rules if r.element == "iac_awareness"]
    assert iac, "the crime has an iac_awareness element"
    counted = 0
    for rules in bounded.rules.values():
        for found in rules.values():
            assert len(found.kept) <= MAX_CHAINS
    for r in iac:
        for found in bounded.rules.get(r.id, {}).values():
            if found.matches == N * N:
                counted += 1
                assert found.chains == N * N
                assert len(found.kept) == MAX_CHAINS
    assert counted == N  # one per transfer
    assert bounded.matches() >= N**3

    # the report
    report = result.report.to_dict()
    first = report["charges"][0]
    assert first["result"] == "made_out"
    assert len(first["acts_made_out"]) == N
    assert first["acts_total"] == N
    act = first["acts"][0]
    assert act["act"] == "T1"
    element = next(e for e in act["elements"] if e["id"] == "iac_awareness")
    assert element["status"] == "supported"
    assert element["chains_total"] == N * N
    assert len(element["chains"]) == MAX_CHAINS
    assert all(c["status"] == "supported" for c in element["chains"])
    # the first chains in natural order: K1 with O1, O2, O4, O5, ... (O3 is weak)
    assert element["chains"][0]["facts"] == ["K1", "O1"]
    assert element["chains"][1]["facts"] == ["K1", "O2"]
    assert element["chains"][2]["facts"] == ["K1", "O4"]
    assert element["via"] == ["T1"]
    strong_ids = [f"K{k}" for k in range(1, N + 1) if k not in weak]
    strong_ids += [f"O{k}" for k in range(1, N + 1) if k not in weak]
    assert sorted(element["facts"]) == sorted(strong_ids)
    assert len(element["facts"]) == 2 * strong


def test_a_capped_cube_report_is_the_head_of_the_full_one(tmp_path: Path) -> None:
    """With 7 x 7 chains per act, the default report lists the first MAX_CHAINS chains of
    every element that has more, and says the rest exactly as --all-chains does."""
    from test_report_chains import assert_capped

    path = tmp_path / "cube.yaml"
    path.write_text(_blowup().cube(7, population=True), encoding="utf-8")
    lib = load_library()
    case = load_case(path, vocabulary(lib))
    full = check(lib, case, engine="reference", max_chains=None).report.to_dict()
    for limit in (MAX_CHAINS, 1):
        capped = check(lib, case, engine="reference", max_chains=limit).report.to_dict()
        assert assert_capped(full, capped, limit) > 0
