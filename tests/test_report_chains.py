"""Elements list their chains strongest first, at most MAX_CHAINS of them by default, and say
how many there are: capping the list never changes anything else in the report."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench_modules import bench_module
from hypothesis import HealthCheck, given, settings
from strategies import GenCase, cases, library, load

from rome_elements.engine.analyse import MAX_CHAINS
from rome_elements.engine.check import check, vocabulary
from rome_elements.facts.load import load_case

ROOT = Path(__file__).resolve().parents[1]


def _generate() -> Any:
    return bench_module("generate")


def assert_capped(full: dict[str, Any], capped: dict[str, Any], limit: int) -> int:
    """`capped` is `full` with each element's chains cut to the first `limit`; returns how
    many elements were cut."""
    cut = 0
    assert len(full["charges"]) == len(capped["charges"])
    for cf, cc in zip(full["charges"], capped["charges"], strict=True):
        cut += _same_elements(cf["elements"], cc["elements"], limit)
        assert len(cf["acts"]) == len(cc["acts"])
        for af, ac in zip(cf["acts"], cc["acts"], strict=True):
            if "elements" in ac:  # the acts listed in full
                cut += _same_elements(af["elements"], ac["elements"], limit)
            assert {k: v for k, v in ac.items() if k != "elements"} == {
                k: v for k, v in af.items() if k != "elements"
            }
        assert {k: v for k, v in cc.items() if k not in ("elements", "acts")} == {
            k: v for k, v in cf.items() if k not in ("elements", "acts")
        }
    assert {k: v for k, v in capped.items() if k != "charges"} == {
        k: v for k, v in full.items() if k != "charges"
    }
    return cut


def _same_elements(full: list[dict[str, Any]], capped: list[dict[str, Any]], limit: int) -> int:
    cut = 0
    for ef, ec in zip(full, capped, strict=True):
        assert ec["chains"] == ef["chains"][:limit]
        assert ec["chains_total"] == ef["chains_total"] == len(ef["chains"])
        cut += len(ef["chains"]) > limit
        assert {k: v for k, v in ec.items() if k != "chains"} == {
            k: v for k, v in ef.items() if k != "chains"
        }
    return cut


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(g=cases())
def test_a_capped_chain_list_is_the_head_of_the_full_one(g: GenCase) -> None:
    case = load(g.data)
    full = check(library(), case, engine="reference", options=g.options, max_chains=None)
    for limit in (1, 2):
        capped = check(library(), case, engine="reference", options=g.options, max_chains=limit)
        assert_capped(full.report.to_dict(), capped.report.to_dict(), limit)


def test_a_thousand_fact_case_lists_the_first_chains_and_counts_them_all(tmp_path: Path) -> None:
    case_file = tmp_path / "case.yaml"
    _generate().generate(1000, case_file, seed=5)
    lib = library()
    case = load_case(case_file, vocabulary(lib))
    full = check(lib, case, engine="reference", max_chains=None).report.to_dict()
    default = check(lib, case, engine="reference").report.to_dict()
    # per act, few elements have more than MAX_CHAINS chains here: what matters is that
    # capping changes nothing but the chain lists (assert_capped checks every element)
    assert_capped(full, default, MAX_CHAINS)


def test_the_terminal_report_of_a_large_case_shortens_long_lists(tmp_path: Path) -> None:
    from rome_elements.cli.text import MAX_LISTED, render

    case_file = tmp_path / "case.yaml"
    _generate().generate(1000, case_file, seed=5)
    lib = library()
    report = check(lib, load_case(case_file, vocabulary(lib)), engine="reference").report
    text = render(report)
    assert all(len(line) <= 80 for line in text.splitlines())
    most = max(report.charges, key=lambda c: len(c.acts))
    section = text.split(f"Charge {most.index + 1}: ", 1)[1].split("\nCharge ", 1)[0]
    flat = " ".join(section.split())  # undo the wrapping
    more = len(most.acts) - MAX_LISTED
    assert more > 0  # each act is listed with its result; beyond MAX_LISTED, how many more
    assert f"· {most.acts[MAX_LISTED - 1].act}: " in flat
    assert f"· {most.acts[MAX_LISTED].act}: " not in flat
    assert f"… and {more:,} more acts (the JSON report lists all)" in flat


def test_json_in_pieces_is_exactly_json_dumps(tmp_path: Path) -> None:
    import json

    from rome_elements.cli.jsonout import BATCH, json_pieces

    case_file = tmp_path / "case.yaml"
    _generate().generate(BATCH + 500, case_file, seed=2)  # more facts than one batch
    lib = library()
    report = check(lib, load_case(case_file, vocabulary(lib)), engine="reference").report
    whole = json.dumps(report.to_dict(), separators=(",", ":"), ensure_ascii=False) + "\n"
    # acts beyond those listed in detail are written from shared fragments: some must be
    brief = [a for c in report.charges for a in c.acts if not a.elements]
    assert len(brief) > 100 and len({id(a.statuses) for a in brief}) < len(brief)
    pieces = list(json_pieces(report))
    assert len(pieces) > 5 and "".join(pieces) == whole
    assert "".join(json_pieces(report, 2)) == (
        json.dumps(report.to_dict(), indent=2, ensure_ascii=False) + "\n"
    )
