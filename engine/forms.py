"""A charge under one mode of liability, act by act: every act of the crime's conduct
assessed (its elements' statuses, jurisdiction over it, its result), the best first, and the
first acts with every element's finding."""

from __future__ import annotations

import bisect
import operator
from collections.abc import Sequence
from dataclasses import dataclass, replace

from rome_elements.engine.act_statuses import ActStatuses, Part, Plan
from rome_elements.engine.findings import ElementFindings
from rome_elements.engine.jurisdiction import Jurisdiction, assess
from rome_elements.engine.report import ActFinding, FormFinding
from rome_elements.engine.verdict import verdict
from rome_elements.rules import ast
from rome_elements.rules.compile import (
    ChargeSpec,
    active_elements,
    crime_scope,
    mental_scope,
    perpetrator_elements,
)
from rome_elements.rules.links import accused_links

MAX_ACTS = 20
"""Acts listed in full (every element's finding) per charge; the others with their statuses."""


class Forms:
    def __init__(
        self,
        statuses: ActStatuses,
        findings: ElementFindings,
        detailed: int | None = None,
        listed: int | None = None,
    ) -> None:
        self.detailed = detailed  # at most so many acts listed in full (None: the default)
        self.listed = listed  # acts kept in a form's list (None: every one)
        self.grouping = statuses.grouping
        self.inputs = statuses.grouping.inputs
        self.statuses = statuses
        self.findings = findings
        self._perpetrator: dict[str, frozenset[str]] = {}
        self._links: dict[str, frozenset[str]] = {}
        self._jurisdiction: dict[tuple[str | None, bool], dict[str | None, Jurisdiction]] = {}
        self._acts_of: dict[tuple[str, str], _Acts] = {}
        self._rankings: dict[tuple[object, ...], _Ranking] = {}
        # one verdict per distinct (statuses, jurisdiction): most acts fare alike, and alike
        # statuses are one tuple (`ActStatuses.outcome`), so its identity stands for it
        self._verdicts: dict[tuple[int, str], tuple[str, tuple[int, ...]]] = {}
        # one finding per act and distinct (statuses, jurisdiction), shared by the charges
        # whose act fares alike: N charges list N acts each (issue 19), N x N of them
        self._findings: dict[tuple[str | None, int, int], ActFinding] = {}

    def form(
        self,
        spec: ChargeSpec,
        crime: ast.Scope,
        mode: ast.Scope,
        nationality: str | None,
    ) -> FormFinding:
        """The charge under one mode: every act assessed, the best first."""
        inputs = self.inputs
        lib, options = inputs.lib, inputs.options
        if crime.id.value not in self._perpetrator:
            self._perpetrator[crime.id.value] = perpetrator_elements(lib, crime, options)
        mental = self._perpetrator[crime.id.value]
        parts: list[Part] = [
            (
                "crime",
                crime,
                el,
                (
                    mental_scope(spec, mode) if el.id.value in mental else crime_scope(spec.crime),
                    el.id.value,
                ),
            )
            for el in active_elements(lib, crime, options)
        ] + [
            ("mode", mode, el, (spec.scope, el.id.value))
            for el in active_elements(lib, mode, options)
        ]
        war_crime = (crime.meta_value("article") or "").startswith("8(")
        conduct = lib.conduct_element(crime)
        conduct_key = (crime_scope(spec.crime), conduct.id.value) if conduct is not None else None
        acts = self._acts(conduct_key) if conduct_key is not None else _NO_ACTS
        plan = self.statuses.plan(parts, acts.place.keys())
        ranking = self._ranking(plan, conduct_key, acts, nationality, war_crime)
        # the acts the charge's own elements name fare otherwise, and the accused's own acts
        # (those the mode ties to the accused) come first among those of their result: out of
        # the shared ranking, and back in at their own place
        linked = self._linked(spec.scope, mode)
        moved = [
            self._assess(plan, act, acts, nationality, war_crime, act in linked)
            for act in acts.ids
            if act in plan.own or act in linked
        ]
        if moved:
            ranked = _moved(ranking, moved)
            made = _made(ranking.made, moved, acts)
        else:
            ranked, made = ranking.items, ranking.made
        detailed = len(ranked) if inputs.max_chains is None else MAX_ACTS
        if self.detailed is not None:
            detailed = min(detailed, self.detailed)
        self.grouping.want(f.act for f in ranked[:detailed])  # their chains, at once
        element = self.findings.element
        no_act = not acts.ids
        findings = tuple(
            replace(
                act_finding,
                elements=tuple(
                    element(scope, el, key, part, act_finding.act, no_act)
                    for part, scope, el, key in parts
                ),
            )
            for act_finding in ranked[:detailed]
        )
        kept = len(ranked) if self.listed is None else max(self.listed, detailed)
        return FormFinding(
            mode=mode.id.value,
            mode_article=mode.meta_value("article") or "",
            mode_title=mode.title,
            result=findings[0].result,
            acts=findings + tuple(ranked[detailed:kept]),
            acts_made_out=made,
            acts_assessed=None if self.listed is None else len(ranked),
        )

    def forget(self, spec: ChargeSpec) -> None:
        """Drop what is known of the charge's own elements once it is assessed: N charges
        with N acts each would otherwise keep N x N results, statuses and findings."""
        scopes = (spec.scope, spec.crime_scope)
        self.statuses.forget(scopes)
        self.findings.forget(scopes)

    def _acts(self, conduct: tuple[str, str]) -> _Acts:
        """The acts of a crime: what its conduct element binds, in natural order (the same
        for every charge of the crime)."""
        found = self._acts_of.get(conduct)
        if found is None:
            best = self.grouping.grouped(conduct).best
            ids = tuple(self.inputs.sort(a for a in best if a is not None))
            found = self._acts_of[conduct] = _Acts(ids, {a: n for n, a in enumerate(ids)})
        return found

    def _linked(self, scope: str, mode: ast.Scope) -> frozenset[str]:
        """The accused's own acts: those a link of the mode (`rules.links.accused_links`: an
        objective element that ties the accused to the act) has a chain for, whatever its
        status. Never a mental element's: a state of mind that names no act reaches them all."""
        links = self._links.get(mode.id.value)
        if links is None:
            links = self._links[mode.id.value] = accused_links(
                self.inputs.lib, mode, self.inputs.options
            )
        grouped = self.grouping.grouped
        return frozenset(a for el in links for a in grouped((scope, el)).best if a is not None)

    def _ranking(
        self,
        plan: Plan,
        conduct: tuple[str, str] | None,
        acts: _Acts,
        nationality: str | None,
        war_crime: bool,
    ) -> _Ranking:
        """Every act assessed as if the charge's own elements named none, best first (shared
        by every charge of the crime whose own elements have the same statuses for an act
        they do not name, in the same mode, of an accused of the same nationality)."""
        memo = (plan.labels, plan.shared_keys, plan.base, conduct, nationality, war_crime)
        found = self._rankings.get(memo)
        if found is not None:
            return found
        candidates: Sequence[str | None] = acts.ids or (None,)
        assessed = [
            self._finding(plan, act, plan.packed_shared(act), nationality, war_crime)
            for act in candidates
        ]
        # best first; ties in natural order (the place of the act among `candidates`)
        order = sorted(range(len(assessed)), key=lambda n: assessed[n][0])
        items = [assessed[n][1] for n in order]
        keys = [(own_first(assessed[n][0], False), n) for n in order]
        made = tuple(a for a in acts.ids if assessed[acts.place[a]][1].made_out)
        found = self._rankings[memo] = _Ranking(
            items, keys, {f.act: k for k, f in enumerate(items)}, made
        )
        return found

    def _assess(
        self,
        plan: Plan,
        act: str,
        acts: _Acts,
        nationality: str | None,
        war_crime: bool,
        own: bool,
    ) -> tuple[tuple[tuple[int, ...], int], ActFinding]:
        """An act the charge's own elements name, or one of the accused's own acts (`own`): its
        sort key and its finding."""
        order, finding = self._finding(plan, act, plan.packed(act), nationality, war_crime)
        return (own_first(order, own), acts.place[act]), finding

    def _finding(
        self,
        plan: Plan,
        act: str | None,
        packed: int,
        nationality: str | None,
        war_crime: bool,
    ) -> tuple[tuple[int, ...], ActFinding]:
        """The act's finding (without its elements' findings) and where it stands among the
        acts of the charge."""
        inputs = self.inputs
        # jurisdiction over an act is the same for every charge of this nationality and kind
        places = self._jurisdiction.setdefault((nationality, war_crime), {})
        juris = places.get(act)
        if juris is None:
            juris = places[act] = assess(
                inputs.lib.states,
                [inputs.facts_by_id[act]] if act in inputs.facts_by_id else [],
                nationality,
                war_crime=war_crime,
                referrals=inputs.facts_by_type.get("referral", ()),
            )
        each = self.statuses.outcome(plan, packed)
        found = self._verdicts.get((id(each), juris.status))
        if found is None:
            found = self._verdicts[(id(each), juris.status)] = verdict(each, juris.status)
        result, order = found
        finding = self._findings.get((act, id(each), id(juris)))
        if finding is None:
            finding = ActFinding(act, result, each, juris.status, juris.reasons)
            self._findings[(act, id(each), id(juris))] = finding
        return order, finding


def own_first(order: tuple[int, ...], own: bool) -> tuple[int, ...]:
    """An act's sort key with the accused's own acts (those the mode's objective links tie to
    the accused: `Forms._linked`) before the others of the same result: a charge that is not
    made out shows how the accused's own act fares, not another accused's act that happens to
    have more of the crime's elements (issue 18)."""
    return (order[0], 0 if own else 1, *order[1:])


@dataclass(frozen=True, slots=True)
class _Acts:
    ids: tuple[str, ...]  # natural order
    place: dict[str, int]  # each act's place in `ids`


_NO_ACTS = _Acts((), {})


@dataclass(slots=True)
class _Ranking:
    items: list[ActFinding]  # best first, ties in natural order
    keys: list[tuple[tuple[int, ...], int]]  # the sort key of each item (order, place)
    index: dict[str | None, int]  # each act's place in `items`
    made: tuple[str, ...]  # the acts made out, in natural order


_FEW_MOVED = 64
"""Up to how many moved acts `_moved` cuts and bisects rather than sorting again."""
_first = operator.itemgetter(0)


def _moved(
    ranking: _Ranking, moved: list[tuple[tuple[tuple[int, ...], int], ActFinding]]
) -> list[ActFinding]:
    """The ranking with the `moved` acts (sort key, finding) out of their shared place and in
    at their own: what sorting every act would give, since keys are distinct (places are).
    Many moved acts (an accused's every act, in a large case): the others and they, sorted
    again (two sorted runs: one merge); a few: each cut out and put in by bisection."""
    if len(moved) > _FEW_MOVED:
        gone = {ranking.index[finding.act] for _, finding in moved}
        keyed = [
            pair
            for n, pair in enumerate(zip(ranking.keys, ranking.items, strict=True))
            if n not in gone
        ]
        keyed += sorted(moved, key=_first)
        keyed.sort(key=_first)
        return [finding for _, finding in keyed]
    cuts: list[tuple[int, int, tuple[tuple[int, ...], int], ActFinding | None]] = []
    for key, finding in moved:
        cuts.append((ranking.index[finding.act], 1, key, None))  # out of the shared place
        cuts.append((bisect.bisect_left(ranking.keys, key), 0, key, finding))  # in before it
    cuts.sort(key=lambda c: c[:3])
    items = ranking.items
    out: list[ActFinding] = []
    start = 0
    for at, _, _, put in cuts:
        out.extend(items[start:at])
        start = at
        if put is not None:
            out.append(put)
        else:
            start = at + 1
    out.extend(items[start:])
    return out


def _made(
    shared: tuple[str, ...],
    moved: list[tuple[tuple[tuple[int, ...], int], ActFinding]],
    acts: _Acts,
) -> tuple[str, ...]:
    """The acts made out: those of the shared ranking, with the moved acts as they fare."""
    out = {f.act for _, f in moved}
    now = [f.act for _, f in moved if f.made_out and f.act is not None]
    kept = [a for a in shared if a not in out] if any(a in out for a in shared) else shared
    if not now:
        return tuple(kept)
    return tuple(sorted([*kept, *now], key=acts.place.__getitem__))
