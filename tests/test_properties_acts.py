"""Property tests of act-by-act assessment (issue 12): a charge rests on one act and on the
charged accused, so facts about another accused and another act cannot change its result,
and assessing each act in a case of its own gives the same statuses as assessing them
together. Cases come from tests/strategies.py (reference evaluator, in-process)."""

from __future__ import annotations

import copy
from typing import Any

from hypothesis import HealthCheck, assume, given, settings
from strategies import GenCase, cases, library, load

from rome_elements.engine.check import check
from rome_elements.engine.report import Report

LIB = library()
HEAVY = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much]
STRANGER = "stranger"


def scaled(fraction: float) -> int:
    return max(5, int(settings().max_examples * fraction))


def run(data: dict[str, Any], g: GenCase, without: tuple[str, ...] = ()) -> Report:
    return check(LIB, load(data), engine="reference", options=g.options, without=without).report


def results(report: Report, charges: int) -> list[tuple[bool, str]]:
    return [(c.made_out, c.result) for c in report.charges[:charges]]


def _refs(fact_type: str) -> dict[str, bool]:
    """The `ref` attributes of a fact type, and whether each is a list."""
    decl = LIB.facts[fact_type]
    return {a.name.value: a.is_list for a in decl.attrs if a.type == "ref"}


def stranger_copy(data: dict[str, Any]) -> list[dict[str, Any]]:
    """Every fact again, under new ids, about another accused: each reference to a fact
    names its copy, each reference to an accused names the stranger. The copies rest on
    the same evidence, so none is better supported than its original."""
    accused = {str(a["id"]) for a in data["accused"]}
    ids = {str(f["id"]) for f in data["facts"]}

    def moved(v: Any) -> Any:
        if v in accused:
            return STRANGER
        if v in ids:
            return f"X_{v}"
        return v

    out = []
    for fact in data["facts"]:
        new = copy.deepcopy(fact)
        new["id"] = f"X_{fact['id']}"
        for attr, is_list in _refs(str(fact["type"])).items():
            if attr in new:
                new[attr] = [moved(v) for v in new[attr]] if is_list else moved(new[attr])
        if "inferred_from" in new:
            new["inferred_from"] = [f"X_{v}" for v in new["inferred_from"]]
        out.append(new)
    return out


@settings(max_examples=scaled(0.5), deadline=None, suppress_health_check=HEAVY)
@given(g=cases())
def test_facts_about_another_accused_and_act_never_change_a_charge(g: GenCase) -> None:
    """Adding another accused's acts, and everything about them, leaves each existing
    charge's result as it was (its best act may gain rivals, never a better result)."""
    assume(g.data["facts"])
    before = run(g.data, g)
    d = copy.deepcopy(g.data)
    d["accused"].append({"id": STRANGER, "name": "Someone else"})
    d["facts"] += stranger_copy(g.data)
    after = run(d, g)
    n = len(before.charges)
    assert results(after, n) == results(before, n)


@settings(max_examples=scaled(0.5), deadline=None, suppress_health_check=HEAVY)
@given(g=cases())
def test_each_act_alone_is_assessed_as_it_is_among_the_others(g: GenCase) -> None:
    """Splitting the case by act (`--without` every other act of the charge, except those
    that other facts are inferred from) gives each act the statuses, result and
    jurisdiction it has in the whole case."""
    whole = run(g.data, g)
    # a fact other facts are inferred from is evidence for them, whichever act it is: kept
    bases = {b for f in g.data["facts"] for b in f.get("inferred_from", [])}
    for charge in whole.charges:
        for form in charge.forms:
            acts = [a.act for a in form.acts if a.act is not None]
            for act in form.acts:
                if act.act is None:
                    continue
                others = tuple(a for a in acts if a != act.act and a not in bases)
                alone = run(g.data, g, without=others)
                (split,) = [
                    a
                    for f in alone.charges[charge.index].forms
                    if f.mode == form.mode
                    for a in f.acts
                    if a.act == act.act
                ]
                assert (split.statuses, split.result, split.jurisdiction) == (
                    act.statuses,
                    act.result,
                    act.jurisdiction,
                ), (charge.index, form.mode, act.act)
