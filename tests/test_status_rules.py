"""The status and context rules (issue 18, reference §9.1–9.3) report which rule decided: a
defeated element names the facts and only the ground that defeated it, not every ground the
element has; an occupation alone is the fact behind the IAC context."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from golden import ROOT

from rome_elements import api
from rome_elements.engine.report import ElementFinding
from rome_elements.rules.library import Library

TESTS = ROOT / "elements" / "tests" / "status.yaml"


@pytest.fixture(scope="module")
def library() -> Library:
    return api.load_library()


@pytest.fixture(scope="module")
def acts(library: Library, tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[int, str], Any]:
    """(charge number, act) → the act's finding, for the first case of status.yaml."""
    case: dict[str, Any] = yaml.safe_load(TESTS.read_text(encoding="utf-8"))[0]["case"]
    path: Path = tmp_path_factory.mktemp("status") / "status.yaml"
    path.write_text(yaml.safe_dump(case, allow_unicode=True), encoding="utf-8")
    report = api.check(api.load_case(path, library), library, all_chains=True).report
    return {(n, a.act): a for n, ch in enumerate(report.charges, 1) for a in ch.acts if a.act}


def _element(acts: dict[tuple[int, str], Any], charge: int, act: str, eid: str) -> ElementFinding:
    (found,) = [e for e in acts[(charge, act)].elements if e.id == eid]
    return found


def _defeat(found: ElementFinding) -> str:
    assert found.status == "missing"
    (head,) = [n for n in found.needs if n.startswith("defeated:")]
    return head


def test_occupation_alone_gives_the_iac_context(acts: dict[tuple[int, str], Any]) -> None:
    found = _element(acts, 1, "T_ZAP", "iac_context")
    assert (found.status, found.facts) == ("supported", ("OCC",))


@pytest.mark.parametrize(
    ("act", "named", "not_named"),
    [
        ("T_MD_RU", ["CUS_MD2", "REL_MD", '"neutral"', "own_territory is true"], ["treaty_status"]),
        ("T_BY", ["REL_BY", '"co_belligerent"', "`occupation`"], ["treaty_status", "custody"]),
        ("T_FR", ["TS_FR", "`treaty_status`"], ["state_relation"]),
    ],
)
def test_a_protected_status_defeated_names_the_art_4_2_exception_that_decided(
    acts: dict[tuple[int, str], Any], act: str, named: list[str], not_named: list[str]
) -> None:
    head = _defeat(_element(acts, 1, act, "protected"))
    assert all(n in head for n in named), head
    assert not any(n in head for n in not_named), head


def test_an_evacuation_defeated_names_the_49_2_ground_that_decided(
    acts: dict[tuple[int, str], Any],
) -> None:
    open_area = _defeat(_element(acts, 1, "T_EV_OPEN", "unlawful"))
    assert "SEC_KAM" in open_area and "`return` fact" not in open_area, open_area
    assert 'until is at least "9999-12-31"' in open_area  # still under fire: no return due yet
    returned = _defeat(_element(acts, 1, "T_EV_RET", "unlawful"))
    assert "RET_EV" in returned and "`return` fact" in returned, returned
    unavoidable = _defeat(_element(acts, 2, "T_EV_OUT_UNAV", "unlawful"))
    assert "outside_unavoidable is true" in unavoidable, unavoidable
    choice = _defeat(_element(acts, 2, "T_CHOICE", "unlawful"))
    assert "CON_CHOICE" in choice and "evacuation_from_danger" not in choice, choice


@pytest.mark.parametrize(
    ("options", "status", "reading"),
    [
        ({}, "supported", "relies on option evacuation_return = hostilities_ceased (the default)"),
        (
            {"evacuation_return": "lasting_quiet"},
            "missing",
            "relies on option evacuation_return = lasting_quiet",
        ),
    ],
)
def test_when_a_return_is_due_the_report_names_the_reading_that_decided(
    library: Library,
    tmp_path: Path,
    options: dict[str, str],
    status: str,
    reading: str,
) -> None:
    """GC IV art. 49(2): Vasylivka has been quiet since after the evacuation T_EV_QUIET, with
    no return and nothing showing that the quiet has lasted. As soon as hostilities ceased (the
    default) the evacuation is unlawful; if the quiet must be shown to have lasted, no return is
    yet due. Either way the `unlawful` element says which reading of the option decided."""
    case: dict[str, Any] = yaml.safe_load(TESTS.read_text(encoding="utf-8"))[0]["case"]
    path = tmp_path / "status.yaml"
    path.write_text(yaml.safe_dump(case, allow_unicode=True), encoding="utf-8")
    report = api.check(
        api.load_case(path, library), library, options=options, all_chains=True
    ).report
    for charge in report.charges[:2]:
        (act,) = [a for a in charge.acts if a.act == "T_EV_QUIET"]
        (found,) = [e for e in act.elements if e.id == "unlawful"]
        assert found.status == status
        assert any(o.startswith(reading) for o in found.options), found.options


def test_an_inference_the_library_declares_is_checked_with_located_errors() -> None:
    from rome_elements.rules.check import check_library
    from rome_elements.rules.library import index
    from rome_elements.rules.parse import parse_text

    text = """
fact position "A post" {
  holder: ref "who"
  since: date? "since"
}
fact mental_state "A state of mind" {
  person: ref "whose"
  state: one of ("knew") "what"
}
infer no_source "An inference without a citation" {
  conclude mental_state(person == q.holder)
  from position as p
}
"""
    lib, diags = index([parse_text(text, "inf.el")])
    messages = [d.message for d in diags + check_library(lib)]
    assert "inference `no_source` has no `source` (citation)" in messages
    assert any("`q` names no fact of the premises" in m for m in messages), messages
    assert any("required attribute `state`" in m for m in messages), messages


def test_an_inference_adds_nothing_a_stated_fact_already_says() -> None:
    """A post in the occupier's forces taken up during the occupation: the library infers the
    holder's knowledge of the armed conflict from that day, unless a stated fact already says
    exactly that (then nothing is inferred: the stated fact, with its evidence, stands)."""
    from rome_elements.engine.infer import inferred_facts
    from rome_elements.rules.load import load_library

    lib = load_library()
    facts: list[dict[str, object]] = [
        {"id": "O1", "type": "organisation", "kind": "national_armed_forces", "state": "RU"},
        {"id": "P1", "type": "position", "holder": "x", "organisation": "O1", "since": 20220301},
        {"id": "OC", "type": "occupation", "occupier": "RU", "since": 20220224, "until": 99991231},
    ]
    drawn = inferred_facts(lib, facts)  # type: ignore[arg-type]
    assert [f.type for f in drawn] == ["mental_state"]
    stated = {"id": "M1", "type": "mental_state", **drawn[0].attributes}
    assert inferred_facts(lib, [*facts, stated]) == []  # type: ignore[list-item]
