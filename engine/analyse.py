"""Matches + weighed facts → the report: per charge, per element, a status and its reasons."""

from __future__ import annotations

import itertools
import operator
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from engine.explain import near_misses, requirement
from engine.ids import natural_key_uncached
from engine.jurisdiction import assess
from engine.reference import FactIndex
from engine.report import (
    RESULTS,
    ActFinding,
    Chain,
    ChargeFinding,
    ElementFinding,
    EvidenceInfo,
    FactFinding,
    FormFinding,
    OptionInfo,
    Report,
    StandardInfo,
    count_statuses,
)
from engine.weigh import (
    CREDIBLE_CREDIBILITY,
    CREDIBLE_RELIABILITY,
    RANK,
    FactWeight,
    binding_status,
    credible,
)
from facts.model import Case
from rules import ast
from rules.ast import DEFEATER
from rules.compile import ChargeSpec, active_elements, crime_scope, perpetrator_elements
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
        case,
    )
    accused = {a.id: a for a in case.accused}
    findings = []
    for index, forms in itertools.groupby(charges, key=operator.attrgetter("index")):
        specs = list(forms)
        first = specs[0]
        crime = lib.crimes[first.crime]
        person = accused.get(first.accused)
        assessed = [
            ctx.form(
                spec,
                crime,
                lib.modes[spec.mode],
                facts_by_id,
                person.nationality if person is not None else None,
            )
            for spec in specs
        ]
        assessed.sort(key=lambda f: RESULT_RANK[f.result])  # stable: the charged order on ties
        findings.append(
            ChargeFinding(
                index=index,
                accused=first.accused,
                accused_name=person.name if person is not None else first.accused,
                crime=first.crime,
                article=crime.meta_value("article") or "",
                crime_title=crime.title,
                charged_mode=case.charges[index].mode if index < len(case.charges) else "",
                forms=tuple(assessed),
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


RESULT_RANK = {r: k for k, r in enumerate(RESULTS)}
NO_ACT = (
    "no act to assess: no fact establishes the crime's conduct (its `conduct` element), so "
    "this element has nothing to rest on"
)


@dataclass
class _Grouped:
    """One element's distinct chains, grouped by the act they rest on (None: chains of rules
    that do not depend on the act, which count for every act)."""

    by_act: dict[str | None, set[Chain_]]
    dependent: bool  # every rule of the element binds the act
    best: dict[str | None, str]  # the best status of each group's chains


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
        case: Case,
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
        self.case = case
        self._findings: dict[tuple[str, str, str | None], ElementFinding] = {}
        self._status: dict[tuple[str, ...], str] = {}
        self._grouped: dict[tuple[str, str], _Grouped] = {}
        self._basis: dict[str, frozenset[str]] = {}
        self.any_failed = any(w.failed for w in weights.values())
        self._need: dict[str, str] = {}
        self._defeats: dict[
            tuple[tuple[str, str], str | None], tuple[str | None, list[Chain_]]
        ] = {}
        self.credible = {e.id for e in case.evidence if credible(e)}
        self._missing: dict[tuple[tuple[str, str], str | None], list[str]] = {}
        self.facts_by_id = {str(f["id"]): f for fs in facts_by_type.values() for f in fs}
        self._perpetrator: dict[str, frozenset[str]] = {}
        self.index = FactIndex(f for fs in facts_by_type.values() for f in fs)

    # ---- a charge in one form, act by act ----------------------------------------------------

    def form(
        self,
        spec: ChargeSpec,
        crime: ast.Scope,
        mode: ast.Scope,
        facts_by_id: Mapping[str, Fact],
        nationality: str | None,
    ) -> FormFinding:
        """The charge under one mode: every act assessed, the best first."""
        if crime.id.value not in self._perpetrator:
            self._perpetrator[crime.id.value] = perpetrator_elements(self.lib, crime, self.options)
        mental = self._perpetrator[crime.id.value]
        parts: list[tuple[str, ast.Scope, ast.Element, tuple[str, str]]] = [
            (
                "crime",
                crime,
                el,
                (
                    spec.crime_scope if el.id.value in mental else crime_scope(spec.crime),
                    el.id.value,
                ),
            )
            for el in active_elements(self.lib, crime, self.options)
        ] + [
            ("mode", mode, el, (spec.scope, el.id.value))
            for el in active_elements(self.lib, mode, self.options)
        ]
        war_crime = (crime.meta_value("article") or "").startswith("8(")
        conduct = self.lib.conduct_element(crime)
        acts: list[str] = []
        if conduct is not None:
            acts = self.sort(
                a
                for a in self.grouped((crime_scope(spec.crime), conduct.id.value)).by_act
                if a is not None
            )
        assessed: list[tuple[tuple[int, ...], ActFinding]] = []
        candidates: list[str | None] = list(acts) or [None]
        for act in candidates:
            statuses = tuple(
                (part, el.id.value, self.status(key, act)) for part, _, el, key in parts
            )
            juris = assess(
                self.lib.states,
                [facts_by_id[act]] if act is not None and act in facts_by_id else [],
                nationality,
                war_crime=war_crime,
            )
            counts = count_statuses(s for _, _, s in statuses)
            result = _result(counts, len(statuses), juris.status)
            key = (
                RESULT_RANK[result],
                -counts["supported"],
                -counts["contested"],
                -counts["insufficient"],
                JURISDICTION_RANK[juris.status],
                self.rank.get(act, -1) if act is not None else -1,
            )
            assessed.append((key, ActFinding(act, result, statuses, juris.status, juris.reasons)))
        assessed.sort(key=operator.itemgetter(0))
        detailed = len(assessed) if self.max_chains is None else MAX_ACTS
        findings = [
            replace(
                found,
                elements=tuple(
                    self.element(scope, el, key, part, found.act, not acts)
                    for part, scope, el, key in parts
                ),
            )
            if k < detailed
            else found
            for k, (_, found) in enumerate(assessed)
        ]
        made = self.sort(f.act for f in findings if f.made_out and f.act is not None)
        return FormFinding(
            mode=mode.id.value,
            mode_article=mode.meta_value("article") or "",
            mode_title=mode.title,
            result=findings[0].result,
            acts=tuple(findings),
            acts_made_out=tuple(made),
        )

    # ---- chains, grouped by act ------------------------------------------------------------

    def grouped(self, key: tuple[str, str]) -> _Grouped:
        found = self._grouped.get(key)
        if found is not None:
            return found
        by_act: dict[str | None, set[Chain_]] = defaultdict(set)
        for rule_id, matches in self.by_element.get(key, {}).items():
            rule = self.rules[rule_id]
            if rule.act is None:
                by_act[None].update(self._split(rule, matches))
                continue
            at = rule.positive.index(rule.act)
            groups: dict[str, list[tuple[str, ...]]] = defaultdict(list)
            for m in matches:
                groups[m[at]].append(m)
            for act, ms in groups.items():
                by_act[act].update(self._split(rule, ms))
        rules = self.rules_by_element.get(key, [])
        dependent = bool(rules) and all(r.act is not None for r in rules)
        best = {act: self._best(chains) for act, chains in by_act.items()}
        found = self._grouped[key] = _Grouped(dict(by_act), dependent, best)
        return found

    def _best(self, chains: Iterable[Chain_]) -> str:
        weights, memo = self.weights, self._status
        best = -1
        for own, _ in chains:
            status = memo.get(own)
            if status is None:
                status = memo[own] = binding_status(list(own), weights)
            best = max(best, RANK[status])
            if best == RANK["supported"]:
                break
        return _BY_RANK[best] if best >= 0 else "missing"

    def status(self, key: tuple[str, str], act: str | None) -> str:
        """The element's status for the act: its best chain resting on the act, or on none,
        then weighed against its defeaters (`unless`)."""
        g = self.grouped(key)
        here = g.best.get(act, "missing") if act is not None else "missing"
        common = g.best.get(None, "missing")
        best = here if RANK[here] >= RANK[common] else common
        return _defeated(best, self.defeat(key, act)[0])

    def defeat(self, key: tuple[str, str], act: str | None) -> tuple[str | None, list[Chain_]]:
        """Whether the element's defeaters are `established` or `asserted` for the act, with
        those chains; (None, []) otherwise.

        A ground is weighed at one threshold whatever the standard of proof (the credibility
        threshold of contradiction, C3): `established` when every fact of a defeater chain is
        shown by credible evidence and none is credibly contradicted; `asserted` when every
        fact is shown by credible evidence but some is credibly contradicted. So a stricter
        standard never makes a ground disappear (nor an element rise): the prosecution must
        answer a credible lawful ground at every stage."""
        memo = self._defeats.get((key, act))
        if memo is not None:
            return memo
        pseudo = (key[0], key[1] + DEFEATER)
        found: tuple[str | None, list[Chain_]] = (None, [])
        if pseudo in self.rules_by_element:
            chains = sorted(self.chains_for(pseudo, act))
            shown = [c for c in chains if all(self._shown(f) for f in c[0])]
            established = [c for c in shown if not any(self._disputed(f) for f in c[0])]
            asserted = shown
            if established:
                found = ("established", established)
            elif asserted:
                found = ("asserted", asserted)
        self._defeats[(key, act)] = found
        return found

    def _shown(self, fid: str, seen: frozenset[str] = frozenset()) -> bool:
        """Whether credible evidence (graded C3 or better) supports the fact, whether or not
        it meets the standard — or it is inferred from facts that are all so shown."""
        w = self.weights.get(fid)
        if w is None:
            return False
        if any(e in self.credible for e in w.support + w.below):
            return True
        bases = w.inferred_from
        return bool(bases) and fid not in seen and all(self._shown(b, seen | {fid}) for b in bases)

    def _disputed(self, fid: str) -> bool:
        """Whether credible evidence contradicts the fact."""
        w = self.weights.get(fid)
        return w is not None and bool(w.contra)

    def chains_for(self, key: tuple[str, str], act: str | None) -> set[Chain_]:
        g = self.grouped(key)
        out = set(g.by_act.get(None, ()))
        if act is not None:
            out |= g.by_act.get(act, set())
        return out

    # ---- one element's finding for one act ----------------------------------------------------

    def element(
        self,
        scope: ast.Scope,
        el: ast.Element,
        key: tuple[str, str],
        part: str,
        act: str | None,
        no_act: bool,
    ) -> ElementFinding:
        """One element's finding for the act; shared by every charge that asks the same."""
        g = self.grouped(key)
        bound = (
            g.dependent or act in g.by_act or (key[0], key[1] + DEFEATER) in self.rules_by_element
        )
        memo_act = act if bound else None
        memo = (key[0], key[1], memo_act)
        found = self._findings.get(memo)
        if found is None:
            found = self._findings[memo] = self._element(scope, el, key, part, memo_act, no_act)
        return found

    def _element(
        self,
        scope: ast.Scope,
        el: ast.Element,
        key: tuple[str, str],
        part: str,
        act: str | None,
        no_act: bool,
    ) -> ElementFinding:
        found = self._chains(self.chains_for(key, act))
        status, chains, facts, via = found.status, found.chains, found.facts, found.via
        defeat, defeaters = self.defeat(key, act) if status != "missing" else (None, [])
        total = found.total
        if defeat == "established":  # a ground the law permits is established: not met
            status, chains, facts, via, total = "missing", [], [], [], 0
        elif defeat == "asserted" and RANK[status] > RANK["contested"]:
            status = "contested"
            chains = [replace(c, status=_defeated(c.status, defeat)) for c in chains]
        direct = {e for f in facts if f in self.weights for e in self.weights[f].evidence}
        indirect = {
            e
            for f in facts
            for basis in self.basis(f)
            if basis in self.weights
            for e in self.weights[basis].evidence
        } - direct
        evidence = self.sort(direct | indirect)
        is_conduct = part == "crime" and el.subkind is not None and el.subkind.value == "conduct"
        if status == "missing" and no_act and self.grouped(key).dependent and not is_conduct:
            needs = [NO_ACT]
        elif defeat is not None:
            needs = self._defeat_needs(key, defeat, defeaters, act)
        else:
            needs = self._needs(key, status, facts, act)
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
            chains_total=total,
            needs=tuple(needs) + (integrity if status != "supported" else ()),
            notes=integrity + notes,
            provenance=next(iter(el.meta_values("provenance")), scope.meta_value("provenance")),
            options=tuple(self._option_text(w) for w in el.when),
            derived=derived,
            evidence_indirect=tuple(self.sort(indirect)),
        )

    def basis(self, fid: str) -> frozenset[str]:
        """The facts a fact is inferred from, transitively (not itself)."""
        found = self._basis.get(fid)
        if found is not None:
            return found
        out: set[str] = set()
        stack = [fid]
        facts = self.case.facts_by_id
        while stack:
            record = facts.get(stack.pop())
            for b in record.inferred_from if record is not None else ():
                if b not in out and b != fid:
                    out.add(b)
                    stack.append(b)
        found = self._basis[fid] = frozenset(out)
        return found

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

    def _chains(self, distinct: set[Chain_]) -> _Chains:
        """The element's distinct chains (for one act), and what the report says of them."""
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

    def sort(self, ids: Iterable[str]) -> list[str]:
        """Case ids in natural order (E2 before E10)."""
        return sorted(ids, key=self.rank.__getitem__)

    def _needs(
        self, key: tuple[str, str], status: str, facts: list[str], act: str | None
    ) -> list[str]:
        if status == "supported":
            return []
        if status == "missing":
            found = self._missing.get((key, act))
            if found is None:
                out = []
                fact = self.facts_by_id.get(act) if act is not None else None
                for rule in self.rules_by_element.get(key, []):
                    out.append("needs " + requirement(rule))
                    anchor = (rule.act, fact) if rule.act is not None and fact else None
                    out.extend(
                        "near miss: " + n
                        for n in near_misses(rule, self.facts_by_type, self.index, anchor=anchor)
                    )
                found = self._missing[(key, act)] = list(dict.fromkeys(out))
            return found
        out = []
        memo = self._need
        for fid in facts:
            found_need = memo.get(fid)
            if found_need is None:
                found_need = memo[fid] = self._fact_need(fid)
            if found_need:
                out.append(found_need)
        return out

    def _defeat_needs(
        self, key: tuple[str, str], defeat: str, chains: list[Chain_], act: str | None
    ) -> list[str]:
        """What the defeaters show, and what would answer them."""
        pseudo = (key[0], key[1] + DEFEATER)
        shown = sorted({f for own, _ in chains for f in own}, key=lambda f: self.rank.get(f, -1))
        ids = ", ".join(shown[:MAX_CHAINS])
        rules = self.rules_by_element.get(pseudo, [])
        grounds = "; or ".join(dict.fromkeys(requirement(r) for r in rules))
        if defeat == "established":
            head = (
                f"defeated: credible evidence for {ids}, not credibly contradicted, shows a "
                f"ground that defeats this element (unless {grounds})"
            )
            tail = "to answer it: credible evidence contradicting " + ids
        else:
            head = (
                f"contested: credible evidence for {ids} asserts a ground that would defeat "
                f"this element (unless {grounds}), and credible evidence contradicts it"
            )
            tail = "to answer it: the contradiction must settle the ground either way"
        return [head, tail]

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


_BY_RANK = {v: k for k, v in RANK.items()}
JURISDICTION_RANK = {"within": 0, "undetermined": 1, "outside": 2}
MAX_ACTS = 20
"""Acts listed in full (every element's finding) per charge; the others with their statuses."""


def _defeated(status: str, defeat: str | None) -> str:
    """A status weighed against its defeaters: established, the element is not met;
    credibly asserted, it is at best contested."""
    if defeat == "established":
        return "missing"
    if defeat == "asserted" and RANK[status] > RANK["contested"]:
        return "contested"
    return status


def _result(counts: Mapping[str, int], total: int, jurisdiction: str) -> str:
    if counts["supported"] != total:
        return "not_made_out"
    return {
        "within": "made_out",
        "undetermined": "jurisdiction_undetermined",
        "outside": "outside_jurisdiction",
    }[jurisdiction]
