"""A charge under one mode of liability, act by act: every act of the crime's conduct
assessed (its elements' statuses, jurisdiction over it, its result), the best first, and the
first acts with every element's finding."""

from __future__ import annotations

import operator
from dataclasses import replace

from rome_elements.engine.act_statuses import ActStatuses, Part, Statuses
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

MAX_ACTS = 20
"""Acts listed in full (every element's finding) per charge; the others with their statuses."""


class Forms:
    def __init__(self, statuses: ActStatuses, findings: ElementFindings) -> None:
        self.grouping = statuses.grouping
        self.inputs = statuses.grouping.inputs
        self.statuses = statuses
        self.findings = findings
        self._perpetrator: dict[str, frozenset[str]] = {}
        self._jurisdiction: dict[tuple[str | None, bool], dict[str | None, Jurisdiction]] = {}

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
        acts: list[str] = []
        if conduct is not None:
            acts = inputs.sort(
                a
                for a in self.grouping.grouped((crime_scope(spec.crime), conduct.id.value)).by_act
                if a is not None
            )
        candidates: list[str | None] = list(acts) or [None]
        assessed: list[tuple[tuple[int, ...], ActFinding]] = []
        # one verdict per distinct (statuses, jurisdiction): most acts of a charge fare alike,
        # and alike statuses are one tuple (`ActStatuses`), so its identity stands for it
        verdicts: dict[tuple[int, str], tuple[str, tuple[int, ...]]] = {}
        # jurisdiction over an act is the same for every charge of this nationality and kind
        places = self._jurisdiction.setdefault((nationality, war_crime), {})
        facts_by_id = inputs.facts_by_id
        each: Statuses
        for act, each in zip(candidates, self.statuses.statuses(parts, candidates), strict=True):
            juris = places.get(act)
            if juris is None:
                juris = places[act] = assess(
                    lib.states,
                    [facts_by_id[act]] if act in facts_by_id else [],
                    nationality,
                    war_crime=war_crime,
                )
            found = verdicts.get((id(each), juris.status))
            if found is None:
                found = verdicts[(id(each), juris.status)] = verdict(each, juris.status)
            result, order = found
            assessed.append((order, ActFinding(act, result, each, juris.status, juris.reasons)))
        # best first; the sort is stable and the acts came in natural order, which breaks ties
        assessed.sort(key=operator.itemgetter(0))
        detailed = len(assessed) if inputs.max_chains is None else MAX_ACTS
        element = self.findings.element
        findings = [
            replace(
                act_finding,
                elements=tuple(
                    element(scope, el, key, part, act_finding.act, not acts)
                    for part, scope, el, key in parts
                ),
            )
            if k < detailed
            else act_finding
            for k, (_, act_finding) in enumerate(assessed)
        ]
        made = inputs.sort(f.act for f in findings if f.made_out and f.act is not None)
        return FormFinding(
            mode=mode.id.value,
            mode_article=mode.meta_value("article") or "",
            mode_title=mode.title,
            result=findings[0].result,
            acts=tuple(findings),
            acts_made_out=tuple(made),
        )
