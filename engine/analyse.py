"""Matches + weighed facts → the report: per charge, per element, a status and its reasons."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence

from engine.explain import near_misses, requirement
from engine.ids import natural_key, natural_sorted
from engine.jurisdiction import assess
from engine.reference import FactIndex
from engine.report import (
    Chain,
    ChargeFinding,
    ElementFinding,
    EvidenceInfo,
    FactFinding,
    OptionInfo,
    Report,
    StandardInfo,
)
from engine.weigh import (
    CREDIBLE_CREDIBILITY,
    CREDIBLE_RELIABILITY,
    RANK,
    FactWeight,
    binding_status,
)
from facts.model import Case
from rules import ast
from rules.compile import ChargeSpec, active_elements, crime_scope
from rules.library import Library, Standard
from rules.program import Fact, Match, Program, Rule


def build_report(
    lib: Library,
    case: Case,
    charges: Sequence[ChargeSpec],
    program: Program,
    matches: Iterable[Match],
    weights: Mapping[str, FactWeight],
    standard: Standard,
    options: Mapping[str, str],
    engine_facts: Sequence[Fact],
    excluded: Iterable[str] = (),
    integrity: Mapping[str, str] | None = None,
) -> Report:
    failures = dict(integrity or {})
    rules = {r.id: r for r in program.rules}
    by_element: dict[tuple[str, str], list[Match]] = defaultdict(list)
    for m in matches:
        rule = rules[m.rule]
        by_element[(rule.scope, rule.element)].append(m)
    rules_by_element: dict[tuple[str, str], list[Rule]] = defaultdict(list)
    for r in program.rules:
        rules_by_element[(r.scope, r.element)].append(r)
    facts_by_type: dict[str, list[Fact]] = defaultdict(list)
    facts_by_id: dict[str, Fact] = {}
    for f in engine_facts:
        facts_by_type[str(f["type"])].append(f)
        facts_by_id[str(f["id"])] = f
    ctx = _Context(
        rules, by_element, rules_by_element, facts_by_type, weights, standard, options, lib
    )
    accused = {a.id: a for a in case.accused}
    findings = []
    for charge in charges:
        crime = lib.crimes[charge.crime]
        mode = lib.modes[charge.mode]
        elements = [
            ctx.element(crime, el, crime_scope(charge.crime), "crime")
            for el in active_elements(lib, crime, options)
        ] + [
            ctx.element(mode, el, charge.scope, "mode")
            for el in active_elements(lib, mode, options)
        ]
        conduct = lib.conduct_element(crime)
        primary = natural_sorted(
            {
                c.facts[0]
                for e in elements
                if conduct is not None and e.part == "crime" and e.id == conduct.id.value
                for c in e.chains
                if c.facts
            }
        )
        person = accused.get(charge.accused)
        juris = assess(
            lib.states,
            [facts_by_id[f] for f in primary if f in facts_by_id],
            person.nationality if person is not None else None,
        )
        findings.append(
            ChargeFinding(
                index=charge.index,
                accused=charge.accused,
                accused_name=accused[charge.accused].name
                if charge.accused in accused
                else charge.accused,
                crime=charge.crime,
                article=crime.meta_value("article") or "",
                crime_title=crime.title,
                mode=charge.mode,
                mode_article=mode.meta_value("article") or "",
                mode_title=mode.title,
                made_out=all(e.status == "supported" for e in elements)
                and juris.status != "outside",
                elements=tuple(elements),
                jurisdiction=juris.status,
                jurisdiction_reasons=juris.reasons,
            )
        )
    return Report(
        case=case.title,
        case_file=case.path,
        standard=StandardInfo(
            id=standard.id,
            title=standard.title,
            article=standard.article,
            text=standard.text,
            origins=standard.origins,
            min_grade=standard.min_grade,
            contradiction=standard.contradiction,
            credible_contradiction=f"{CREDIBLE_RELIABILITY}{CREDIBLE_CREDIBILITY}",
            inference=standard.inference,
            notes=standard.notes,
        ),
        options=_options(lib, options),
        charges=tuple(findings),
        facts=tuple(
            _fact_finding(case, weights[fid])
            for fid in natural_sorted(f.id for f in case.facts)
            if fid in weights
        ),
        evidence=tuple(
            EvidenceInfo(
                id=e.id,
                kind=e.kind,
                source=e.source,
                date=e.date.isoformat() if e.date else None,
                grade=f"{e.reliability}{e.credibility}",
                origin=e.origin_key(),
                excerpt=e.excerpt,
                document=e.document,
                confidential=e.confidential,
                integrity=failures.get(e.id),
            )
            for e in sorted(case.evidence, key=lambda e: natural_key(e.id))
        ),
        excluded=tuple(sorted(excluded)),
    )


def _options(lib: Library, options: Mapping[str, str]) -> tuple[OptionInfo, ...]:
    out = []
    for oid in sorted(lib.options):
        decl = lib.options[oid]
        choice = options.get(oid, decl.default.value if decl.default else "")
        text = next((c.text for c in decl.choices if c.id.value == choice), "")
        out.append(
            OptionInfo(
                id=oid,
                title=decl.title,
                choice=choice,
                choice_text=text,
                default=decl.default is not None and decl.default.value == choice,
                unsettled=tuple(m.value for m in decl.meta if m.key == "unsettled"),
            )
        )
    return tuple(out)


def _fact_finding(case: Case, w: FactWeight) -> FactFinding:
    fact = case.facts_by_id[w.fact]
    return FactFinding(
        id=w.fact,
        type=fact.type,
        status=w.status,
        evidence=w.evidence,
        support=w.support,
        below=w.below,
        contra=w.contra,
        origins=w.origins,
        inferred_from=w.inferred_from,
        reason=w.reason,
    )


class _Context:
    def __init__(
        self,
        rules: Mapping[str, Rule],
        by_element: Mapping[tuple[str, str], list[Match]],
        rules_by_element: Mapping[tuple[str, str], list[Rule]],
        facts_by_type: Mapping[str, list[Fact]],
        weights: Mapping[str, FactWeight],
        standard: Standard,
        options: Mapping[str, str],
        lib: Library,
    ) -> None:
        self.rules = rules
        self.by_element = by_element
        self.rules_by_element = rules_by_element
        self.facts_by_type = facts_by_type
        self.weights = weights
        self.standard = standard
        self.options = options
        self.lib = lib
        self._layouts: dict[str, tuple[tuple[int, ...], dict[int, int]]] = {}
        self._findings: dict[tuple[str, str], ElementFinding] = {}
        self.index = FactIndex(f for fs in facts_by_type.values() for f in fs)

    def element(
        self, scope: ast.Scope, el: ast.Element, scope_id: str, part: str
    ) -> ElementFinding:
        """One element's finding; a crime's elements are the same in every charge of it."""
        key = (scope_id, el.id.value)
        found = self._findings.get(key)
        if found is None:
            found = self._findings[key] = self._element(scope, el, scope_id, part)
        return found

    def _element(
        self, scope: ast.Scope, el: ast.Element, scope_id: str, part: str
    ) -> ElementFinding:
        key = (scope_id, el.id.value)
        chains = self._chains(self.by_element.get(key, []))
        status = max((c.status for c in chains), key=lambda s: RANK[s], default="missing")
        best = [c for c in chains if c.status == status]
        facts = natural_sorted({f for c in best for f in c.facts})
        evidence = natural_sorted(
            {e for f in facts if f in self.weights for e in self.weights[f].evidence}
        )
        needs = self._needs(key, status, best)
        broken = sorted(
            {
                (f, e)
                for c in chains
                for f in c.facts
                if f in self.weights
                for e in self.weights[f].failed
            },
            key=lambda fe: (natural_key(fe[0]), natural_key(fe[1])),
        )
        integrity = tuple(
            f"integrity: {e} (evidence for {f}) failed its integrity check and was not weighed"
            for f, e in broken
        )
        notes = tuple(
            f"{m.key}: {m.value}"
            for m in el.meta
            if m.key in ("note", "footnote", "unsettled", "mental")
        )
        derived = tuple(
            d.text
            for d in self.lib.members(scope)
            if isinstance(d, ast.Derived) and d.for_element.value == el.id.value
        )
        return ElementFinding(
            id=el.id.value,
            part=part,
            kind=el.kind.value,
            subkind=el.subkind.value if el.subkind else None,
            text=el.text,
            status=status,
            facts=tuple(facts),
            evidence=tuple(evidence),
            chains=tuple(chains),
            needs=tuple(needs) + (integrity if status != "supported" else ()),
            notes=integrity + notes,
            provenance=next(iter(el.meta_values("provenance")), scope.meta_value("provenance")),
            options=tuple(self._option_text(w) for w in el.when),
            derived=derived,
        )

    def _option_text(self, when: ast.When) -> str:
        decl = self.lib.options[when.option.value]
        chosen = self.options.get(when.option.value, "")
        is_default = decl.default is not None and decl.default.value == chosen
        return (
            f"relies on option {when.option.value} = {chosen}"
            f"{' (the default)' if is_default else ''}: the law on this point is unsettled"
        )

    def _layout(self, rule: Rule) -> tuple[tuple[int, ...], dict[int, int]]:
        found = self._layouts.get(rule.id)
        if found is None:
            positive = rule.positive
            found = self._layouts[rule.id] = (positive, {p: k for k, p in enumerate(positive)})
        return found

    def _chains(self, matches: list[Match]) -> list[Chain]:
        seen: dict[tuple[tuple[str, ...], tuple[str, ...]], Chain] = {}
        for m in matches:
            rule = self.rules[m.rule]
            positive, pos_of = self._layout(rule)
            own = tuple(dict.fromkeys(m.facts[pos_of[i]] for i in rule.own))
            via = tuple(
                dict.fromkeys(
                    m.facts[k]
                    for k, i in enumerate(positive)
                    if i not in rule.own and m.facts[k] not in own
                )
            )
            status = binding_status(list(own), self.weights)
            seen.setdefault((own, via), Chain(own, via, status))
        return sorted(
            seen.values(),
            key=lambda c: (
                -RANK[c.status],
                [natural_key(f) for f in c.facts],
                [natural_key(f) for f in c.via],
            ),
        )

    def _needs(self, key: tuple[str, str], status: str, best: list[Chain]) -> list[str]:
        if status == "supported":
            return []
        if status == "missing":
            out = []
            for rule in self.rules_by_element.get(key, []):
                out.append("needs " + requirement(rule))
                out.extend(
                    "near miss: " + n for n in near_misses(rule, self.facts_by_type, self.index)
                )
            return list(dict.fromkeys(out))
        out = []
        for chain in best:
            for fid in chain.facts:
                w = self.weights.get(fid)
                if w is None or w.status == "supported":
                    continue
                if w.status == "insufficient":
                    more = max(self.standard.origins - len(w.origins), 1)
                    graded = f" (graded below: {', '.join(w.below)})" if w.below else ""
                    out.append(
                        f"{fid}: {w.reason}{graded}; needs {more} more independent origin"
                        f"{'s' if more != 1 else ''} graded {self.standard.min_grade} or better"
                    )
                else:
                    out.append(
                        f"{fid}: {w.reason}; "
                        "needs stronger support or an answer to the contradiction"
                    )
        return list(dict.fromkeys(out))
