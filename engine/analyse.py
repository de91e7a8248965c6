"""Matches + weighed facts → the report: per charge, per element, a status and its reasons."""

from __future__ import annotations

import itertools
import operator
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass

from engine.explain import near_misses, requirement
from engine.ids import natural_key_uncached
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
from rules.program import Fact, Program, Rule

MAX_CHAINS = 20
"""Chains listed per element by default (`elements check --all-chains` lists every one)."""


def build_report(
    lib: Library,
    case: Case,
    charges: Sequence[ChargeSpec],
    program: Program,
    matches: Mapping[str, Collection[tuple[str, ...]]],
    weights: Mapping[str, FactWeight],
    standard: Standard,
    options: Mapping[str, str],
    engine_facts: Sequence[Fact],
    excluded: Iterable[str] = (),
    integrity: Mapping[str, str] | None = None,
    max_chains: int | None = MAX_CHAINS,
) -> Report:
    """The report. Each element lists its chains strongest first, at most `max_chains` of
    them (None: all), with the number of distinct chains in `chains_total`; its `facts`,
    `evidence` and `via` always cover every chain of its status."""
    failures = dict(integrity or {})
    rules = {r.id: r for r in program.rules}
    by_element: dict[tuple[str, str], dict[str, Collection[tuple[str, ...]]]] = defaultdict(dict)
    for rule_id, found in matches.items():
        rule = rules[rule_id]
        by_element[(rule.scope, rule.element)][rule_id] = found
    rules_by_element: dict[tuple[str, str], list[Rule]] = defaultdict(list)
    for r in program.rules:
        rules_by_element[(r.scope, r.element)].append(r)
    rank = _rank([f.id for f in case.facts] + [e.id for e in case.evidence])
    facts_by_type: dict[str, list[Fact]] = defaultdict(list)
    facts_by_id: dict[str, Fact] = {}
    for f in sorted(engine_facts, key=lambda f: rank[str(f["id"])]):  # near misses: in order
        facts_by_type[str(f["type"])].append(f)
        facts_by_id[str(f["id"])] = f
    ctx = _Context(
        rules,
        by_element,
        rules_by_element,
        facts_by_type,
        weights,
        standard,
        options,
        lib,
        rank,
        max_chains,
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
        primary = (
            ctx.sort(ctx.heads((crime_scope(charge.crime), conduct.id.value)))
            if conduct is not None
            else []
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
            for fid in ctx.sort(f.id for f in case.facts)
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
            for e in sorted(case.evidence, key=lambda e: rank[e.id])
        ),
        excluded=tuple(sorted(excluded)),
    )


def _rank(ids: Iterable[str]) -> dict[str, int]:
    """Each id's place in natural order (ties, such as E01 and E1, broken by the text)."""
    key = natural_key_uncached
    return {i: k for k, i in enumerate(sorted(set(ids), key=lambda i: (key(i), i)))}


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


Chain_ = tuple[tuple[str, ...], tuple[str, ...]]
"""A chain as (own facts, facts joined on)."""


def _columns(rows: Collection[tuple[str, ...]], at: tuple[int, ...]) -> Iterable[tuple[str, ...]]:
    """The items at positions `at` of every row, as tuples."""
    if not at:
        return itertools.repeat((), len(rows))
    if len(at) == 1:
        return zip(map(operator.itemgetter(at[0]), rows))
    return map(operator.itemgetter(*at), rows)


@dataclass(frozen=True, slots=True)
class _Chains:
    status: str  # the best status of any chain ("missing" when there is none)
    chains: list[Chain]  # the strongest first, at most max_chains of them
    total: int  # distinct chains in all
    facts: list[str]  # the own facts of every chain of the best status, in natural order
    via: list[str]  # the facts those chains join on, in natural order
    own: set[str]  # the own facts of every chain (only when some evidence failed integrity)


class _Context:
    def __init__(
        self,
        rules: Mapping[str, Rule],
        by_element: Mapping[tuple[str, str], Mapping[str, Collection[tuple[str, ...]]]],
        rules_by_element: Mapping[tuple[str, str], list[Rule]],
        facts_by_type: Mapping[str, list[Fact]],
        weights: Mapping[str, FactWeight],
        standard: Standard,
        options: Mapping[str, str],
        lib: Library,
        rank: Mapping[str, int],
        max_chains: int | None,
    ) -> None:
        self.rules = rules
        self.by_element = by_element
        self.rules_by_element = rules_by_element
        self.facts_by_type = facts_by_type
        self.weights = weights
        self.standard = standard
        self.options = options
        self.lib = lib
        self.rank = rank
        self.max_chains = max_chains
        self._findings: dict[tuple[str, str], ElementFinding] = {}
        self._status: dict[tuple[str, ...], str] = {}
        self.any_failed = any(w.failed for w in weights.values())
        self._need: dict[str, str] = {}
        self._heads: dict[tuple[str, str], set[str]] = {}
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
        found = self._chains(key)
        status, chains, facts, via = found.status, found.chains, found.facts, found.via
        evidence = self.sort(
            {e for f in facts if f in self.weights for e in self.weights[f].evidence}
        )
        needs = self._needs(key, status, facts)
        broken = sorted(
            {(f, e) for f in found.own if f in self.weights for e in self.weights[f].failed},
            key=lambda fe: (self.rank.get(fe[0], -1), self.rank.get(fe[1], -1), fe),
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
            via=tuple(via),
            chains=tuple(chains),
            chains_total=found.total,
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

    def _split(self, rule: Rule, found: Collection[tuple[str, ...]]) -> Iterable[Chain_]:
        """Each match of `rule` as (its own facts, the facts it joins on), each fact once.

        When no two patterns that could bind the same fact are involved (their fact types
        differ), this is two item lookups per match, done in C."""
        positive = rule.positive
        own_at = tuple(positive.index(i) for i in rule.own)
        via_at = tuple(k for k, i in enumerate(positive) if i not in rule.own)
        types = [rule.patterns[positive[k]].fact_type for k in own_at + via_at]
        if len(set(types)) == len(types):
            return zip(_columns(found, own_at), _columns(found, via_at), strict=True)
        return [
            (own, tuple(dict.fromkeys(m[k] for k in via_at if m[k] not in own)))
            for m in found
            for own in (tuple(dict.fromkeys(m[k] for k in own_at)),)
        ]

    def _chains(self, key: tuple[str, str]) -> _Chains:
        """The element's distinct chains, and what the report says of them."""
        distinct: set[Chain_] = set()
        for rule_id, found in self.by_element.get(key, {}).items():
            distinct.update(self._split(self.rules[rule_id], found))
        weights, memo = self.weights, self._status
        by_status: dict[str, list[Chain_]] = defaultdict(list)
        for chain in distinct:
            own = chain[0]
            status = memo.get(own)
            if status is None:
                status = memo[own] = binding_status(list(own), weights)
            by_status[status].append(chain)
        levels = sorted(by_status, key=lambda s: -RANK[s])
        best = levels[0] if levels else "missing"
        chosen = by_status.get(best, [])
        shown: list[Chain] = []
        for level in levels:
            room = len(distinct) if self.max_chains is None else self.max_chains - len(shown)
            if room <= 0:
                break
            shown.extend(Chain(own, via, level) for own, via in self._first(by_status[level], room))
        return _Chains(
            status=best,
            chains=shown,
            total=len(distinct),
            facts=self.sort({f for own, _ in chosen for f in own}),
            via=self.sort({v for _, via in chosen for v in via}),
            own={f for own, _ in distinct for f in own} if self.any_failed else set(),
        )

    def _first(self, chains: list[Chain_], n: int) -> list[Chain_]:
        """The first `n` chains in natural order of their facts (own facts, then the rest)."""
        at = self.rank.__getitem__

        def order(c: Chain_) -> tuple[tuple[int, ...], tuple[int, ...]]:
            return (tuple(map(at, c[0])), tuple(map(at, c[1])))

        if len(chains) > 4 * n:  # only chains whose first fact is among the n first can be
            firsts = sorted(at(c[0][0]) if c[0] else -1 for c in chains)
            cut = firsts[n - 1]
            chains = [c for c in chains if (at(c[0][0]) if c[0] else -1) <= cut]
        return sorted(chains, key=order)[:n]

    def heads(self, key: tuple[str, str]) -> set[str]:
        """The first own fact of every chain of the element (for a crime's conduct element:
        the conduct the charge rests on); worked out once per element, however many charges
        of the crime ask."""
        found = self._heads.get(key)
        if found is None:
            found = self._heads[key] = {
                own[0]
                for rule_id, matches in self.by_element.get(key, {}).items()
                for own, _ in self._split(self.rules[rule_id], matches)
                if own
            }
        return found

    def sort(self, ids: Iterable[str]) -> list[str]:
        """Case ids in natural order (E2 before E10)."""
        return sorted(ids, key=self.rank.__getitem__)

    def _needs(self, key: tuple[str, str], status: str, facts: list[str]) -> list[str]:
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
        memo = self._need
        for fid in facts:
            found = memo.get(fid)
            if found is None:
                found = memo[fid] = self._fact_need(fid)
            if found:
                out.append(found)
        return out

    def _fact_need(self, fid: str) -> str:
        """What the fact needs to be supported at the standard ("" if nothing)."""
        w = self.weights.get(fid)
        if w is None or w.status == "supported":
            return ""
        if w.status == "insufficient":
            more = max(self.standard.origins - len(w.origins), 1)
            graded = f" (graded below: {', '.join(w.below)})" if w.below else ""
            return (
                f"{fid}: {w.reason}{graded}; needs {more} more independent origin"
                f"{'s' if more != 1 else ''} graded {self.standard.min_grade} or better"
            )
        return f"{fid}: {w.reason}; needs stronger support or an answer to the contradiction"
