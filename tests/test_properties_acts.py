"""Property tests of act-by-act assessment (issue 12): a charge rests on one act and on the
charged accused, so facts about another accused and another act cannot change its result,
and assessing each act in a case of its own gives the same statuses as assessing them
together; links about another act, organisation or period (issue 18) never change an act's
statuses. Cases come from tests/strategies.py (reference evaluator, in-process)."""

from __future__ import annotations

import copy
import datetime
import itertools
from typing import Any

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
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


# ---- links of another act, organisation or period (issue 18; reference §§9.4, 9.5) -------------

STATES = ("knew", "intended", "meant", "disregarded")
ABOUTS = tuple(
    a.choices
    for a in LIB.facts["mental_state"].attrs
    if a.name.value == "about" and a.choices is not None
)[0]
FAR_PAST, FAR_FUTURE = "1900-01-01", "2999-12-31"


def _day(value: Any, shift: int) -> str | None:
    """The ISO date `shift` days from `value`, or None (no date, or out of range)."""
    try:
        return (
            datetime.date.fromisoformat(str(value)) + datetime.timedelta(days=shift)
        ).isoformat()
    except (ValueError, OverflowError):
        return None


def distractors(data: dict[str, Any], report: Report, draw: st.DataObject) -> list[dict[str, Any]]:
    """Facts linking each charged accused to the acts of his or her charge in every way the
    modes read — but about another act, another organisation, or another period: states of
    mind and contributions about a new act or another plan; authority over an organisation
    nobody of the acts belongs to; authority and posts that ended the day before the first act
    or began the day after the last; states of mind and information dated after the last act;
    states of mind naming an act, contributions to it, orders and statements concerning it,
    dated the day after it. None of them may change any status of an existing act."""
    facts = {str(f["id"]): f for f in data["facts"]}
    ev = [str(data["evidence"][0]["id"])]
    out: list[dict[str, Any]] = []
    n = itertools.count(1)

    def add(fact_type: str, **attrs: Any) -> str:
        fid = f"D{next(n)}"
        out.append({"id": fid, "type": fact_type, **attrs, "evidence": ev})
        return fid

    acts = sorted(
        {a.act for c in report.charges for f in c.forms for a in f.acts if a.act in facts}
    )
    firsts = [d for d in (_day(facts[a].get("date"), -1) for a in acts) if d is not None]
    lasts = [d for d in (_day(facts[a].get("until", facts[a].get("date")), 1) for a in acts) if d]
    before_all = min(firsts) if firsts else None
    after_all = max(lasts) if lasts else FAR_FUTURE
    doers = sorted({str(facts[a]["by"]) for a in acts if facts[a].get("by")})
    # another act, by someone else, under another plan; another organisation, with its unit
    who = add("person", name="someone else")
    group = add("group", description="other persons")
    other = add(
        "transfer",
        persons=group,
        origin="elsewhere",
        destination="further away",
        cross_border=False,
        by=who,
        date=FAR_PAST,
    )
    org = add(
        "organisation",
        name="another body",
        kind="armed_group",
        hierarchy=True,
        members_replaceable=True,
        obedience_enforced=True,
    )
    unit = add("organisation", name="a unit of it", kind="armed_group", part_of=org)
    for doer in doers:
        add(
            "position",
            holder=doer,
            title="a later post",
            organisation=org,
            military=True,
            since=after_all,
        )
        add(
            "position",
            holder=doer,
            title="a later post",
            organisation=unit,
            military=True,
            since=after_all,
        )
        if before_all is not None:
            add(
                "position",
                holder=doer,
                title="an earlier post",
                organisation=unit,
                military=True,
                since=FAR_PAST,
                until=before_all,
            )
    for charge in data["charges"]:
        accused = str(charge["accused"])
        plan = add("agreement", parties=[accused, who], aim="something else", date=FAR_PAST)
        add(
            "contribution",
            by=accused,
            to=plan,
            kind="financing",
            could_frustrate=True,
            substantial=True,
            date=FAR_PAST,
        )
        add(
            "contribution",
            by=accused,
            to=other,
            kind="financing",
            could_frustrate=True,
            substantial=True,
            date=FAR_PAST,
        )
        add("authority", superior=accused, over=org, effective=True, since=FAR_PAST)
        add(
            "position",
            holder=accused,
            title="a later command",
            organisation=org,
            military=True,
            since=after_all,
        )
        add(
            "information",
            recipient=accused,
            about="crimes_of_subordinates",
            content="reports",
            clear=True,
            date=after_all,
        )
        for over in [*doers, org]:
            if before_all is not None:
                add(
                    "authority",
                    superior=accused,
                    over=over,
                    effective=True,
                    since=FAR_PAST,
                    until=before_all,
                )
            add("authority", superior=accused, over=over, effective=True, since=after_all)
        subjects = draw.draw(
            st.lists(
                st.tuples(st.sampled_from(STATES), st.sampled_from(ABOUTS)),
                min_size=1,
                max_size=4,
                unique=True,
            )
        )
        for state, about in subjects:
            add("mental_state", person=accused, state=state, about=about, act=other, date=FAR_PAST)
            add("mental_state", person=accused, state=state, about=about, date=after_all)
            for doer in doers:
                add("mental_state", person=doer, state=state, about=about, date=after_all)
        for act in acts:
            fact = facts[act]
            after = _day(fact.get("until", fact.get("date")), 1) or FAR_FUTURE
            doer = fact.get("by")
            for state, about in subjects:
                add("mental_state", person=accused, state=state, about=about, act=act, date=after)
            add(
                "contribution",
                by=accused,
                to=act,
                kind="financing",
                could_frustrate=True,
                substantial=True,
                date=after,
            )
            add(
                "order",
                by=accused,
                content="do it",
                act="displacement",
                concerns=act,
                date=_day(fact.get("date"), 1) or FAR_FUTURE,
                **({"to": doer} if doer else {}),
            )
            add(
                "statement",
                by=accused,
                content="do it",
                kind="request",
                concerns=act,
                date=_day(fact.get("date"), 1) or FAR_FUTURE,
                **({"to": doer} if doer else {}),
            )
    return out


def act_statuses(report: Report) -> dict[tuple[int, str, str], tuple[tuple[str, str, str], ...]]:
    return {
        (c.index, f.mode, a.act): a.statuses
        for c in report.charges
        for f in c.forms
        for a in f.acts
        if a.act is not None
    }


@settings(max_examples=scaled(0.5), deadline=None, suppress_health_check=HEAVY)
@given(g=cases(), draw=st.data())
def test_links_about_another_act_organisation_or_period_never_change_an_acts_statuses(
    g: GenCase, draw: st.DataObject
) -> None:
    """Issue 18: states of mind and contributions about another act, authority over an
    organisation nobody of the act belongs to, authority and posts that ended before the act
    or began after it, and states of mind, contributions, orders, statements and information
    dated after it leave every status of every act as it was."""
    before = run(g.data, g)
    d = copy.deepcopy(g.data)
    d["facts"] += distractors(g.data, before, draw)
    after = act_statuses(run(d, g))
    for key, statuses in act_statuses(before).items():
        changed = sorted(set(after[key]) ^ set(statuses))
        assert after[key] == statuses, (key, changed, g.data["charges"])
