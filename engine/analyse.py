"""Matches + weighed facts → the report: per charge, per element, a status and its reasons."""

from __future__ import annotations

import itertools
import operator
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from rome_elements.base.vocabulary import BY_RANK, RANK, RESULTS
from rome_elements.engine.explain import near_misses, requirement
from rome_elements.engine.ids import rank_ids
from rome_elements.engine.jurisdiction import Jurisdiction, assess
from rome_elements.engine.reference import Bounded, FactIndex, Found, merge, summarise
from rome_elements.engine.report import (
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
from rome_elements.engine.weigh import (
    CREDIBLE_CREDIBILITY,
    CREDIBLE_RELIABILITY,
    GROUND_ASSERTED,
    GROUND_ESTABLISHED,
    FactWeight,
)
from rome_elements.facts.model import Case
from rome_elements.rules import ast
from rome_elements.rules.ast import DEFEATER
from rome_elements.rules.compile import (
    ChargeSpec,
    active_elements,
    crime_scope,
    mental_scope,
    perpetrator_elements,
)
from rome_elements.rules.library import Library, Standard
from rome_elements.rules.program import Fact, Program, Rule

MAX_CHAINS = 20
"""Chains listed per element by default (`elements check --all-chains` lists every one)."""


def build_report(
    lib: Library,
    case: Case,
    charges: Sequence[ChargeSpec],
    program: Program,
    matches: Bounded | Mapping[str, Collection[tuple[str, ...]]],
    weights: Mapping[str, FactWeight],
    standard: Standard,
    options: Mapping[str, str],
    engine_facts: Sequence[Fact],
    excluded: Iterable[str] = (),
    integrity: Mapping[str, str] | None = None,
    max_chains: int | None = MAX_CHAINS,
    rank: Mapping[str, int] | None = None,
) -> Report:
    """The report. Each element lists its chains strongest first, at most `max_chains` of
    them (None: all), with the number of distinct chains in `chains_total`; its `facts`,
    `evidence` and `via` always cover every chain of its status.

    `matches` is what `engine.reference.evaluate_bounded` found with the same weights, order
    and `max_chains` (or every match of every rule, which is reduced the same way here);
    `rank` is `rank_ids` of every fact and evidence id, if the caller has it already."""
    failures = dict(integrity or {})
    if rank is None:
        rank = rank_ids([f.id for f in case.facts] + [e.id for e in case.evidence])
    if not isinstance(matches, Bounded):
        matches = summarise(
            program,
            matches,
            engine_facts,
            {fid: RANK[w.status] for fid, w in weights.items()},
            rank,
            frozenset(fid for fid, w in weights.items() if w.failed),
            max_chains,
        )
    rules = {r.id: r for r in program.rules}
    by_element: dict[tuple[str, str], list[dict[str | None, Found]]] = defaultdict(list)
    for rule_id, found in matches.rules.items():
        rule = rules[rule_id]
        by_element[(rule.scope, rule.element)].append(found)
    rules_by_element: dict[tuple[str, str], list[Rule]] = defaultdict(list)
    for r in program.rules:
        rules_by_element[(r.scope, r.element)].append(r)
    facts_by_type: dict[str, list[Fact]] = defaultdict(list)
    for f in sorted(engine_facts, key=lambda f: rank[str(f["id"])]):  # near misses: in order
        facts_by_type[str(f["type"])].append(f)
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
    ctx.found_by_rule = matches.rules  # which defeater decided (`_defeat_needs`)
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
        attributes=tuple(fact.attributes.items()),
    )


@dataclass(frozen=True, slots=True)
class _Chains:
    status: str  # the best status of any chain ("missing" when there is none)
    chains: list[Chain]  # the strongest first, at most max_chains of them
    total: int  # distinct chains in all
    facts: list[str]  # the own facts of every chain of the best status, in natural order
    via: list[str]  # the facts those chains join on, in natural order
    own: set[str]  # the own facts of any chain whose evidence failed its integrity check


RESULT_RANK = {r: k for k, r in enumerate(RESULTS)}
NO_ACT = (
    "no act to assess: no fact establishes the crime's conduct (its `conduct` element), so "
    "this element has nothing to rest on"
)


@dataclass
class _Grouped:
    """What one element's rules found, grouped by the act they rest on (None: what rules that
    do not depend on the act found, which counts for every act)."""

    by_act: dict[str | None, list[Found]]
    dependent: bool  # every rule of the element binds the act
    best: dict[str | None, str]  # the best status of each group's chains


class _Context:
    def __init__(
        self,
        rules: Mapping[str, Rule],
        by_element: Mapping[tuple[str, str], list[dict[str | None, Found]]],
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
        self.found_by_rule: Mapping[str, Mapping[str | None, Found]] = {}
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
        self._grouped: dict[tuple[str, str], _Grouped] = {}
        self._by_act: dict[tuple[str, str], tuple[str, dict[str, str]]] = {}
        self._near: dict[tuple[str, str | None], list[str]] = {}
        self._signatures: dict[
            tuple[tuple[tuple[str, str], int], ...], tuple[int, dict[str, int]]
        ] = {}
        self._basis: dict[str, frozenset[str]] = {}
        self.any_failed = any(w.failed for w in weights.values())
        self._need: dict[str, str] = {}
        self._defeats: dict[tuple[tuple[str, str], str | None], tuple[str | None, list[str]]] = {}
        self._missing: dict[tuple[tuple[str, str], str | None], list[str]] = {}
        self.facts_by_id = {str(f["id"]): f for fs in facts_by_type.values() for f in fs}
        self._perpetrator: dict[str, frozenset[str]] = {}
        self._jurisdiction: dict[tuple[str | None, bool], dict[str | None, Jurisdiction]] = {}
        self._outcomes: dict[
            tuple[tuple[str, str, str], ...], tuple[tuple[str, str, str], ...]
        ] = {}
        self.index = FactIndex(f for fs in facts_by_type.values() for f in fs)

    # ---- a charge in one form, act by act ----------------------------------------------------

    def form(
        self,
        spec: ChargeSpec,
        crime: ast.Scope,
        mode: ast.Scope,
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
                    mental_scope(spec, mode) if el.id.value in mental else crime_scope(spec.crime),
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
        candidates: list[str | None] = list(acts) or [None]
        assessed: list[tuple[tuple[int, ...], ActFinding]] = []
        # one verdict per distinct (statuses, jurisdiction): most acts of a charge fare alike,
        # and alike statuses are one tuple (`_statuses`), so its identity stands for it
        verdicts: dict[tuple[int, str], tuple[str, tuple[int, ...]]] = {}
        # jurisdiction over an act is the same for every charge of this nationality and kind
        places = self._jurisdiction.setdefault((nationality, war_crime), {})
        for act, statuses in zip(candidates, self._statuses(parts, candidates), strict=True):
            juris = places.get(act)
            if juris is None:
                juris = places[act] = assess(
                    self.lib.states,
                    [self.facts_by_id[act]] if act in self.facts_by_id else [],
                    nationality,
                    war_crime=war_crime,
                )
            verdict = verdicts.get((id(statuses), juris.status))
            if verdict is None:
                verdict = verdicts[(id(statuses), juris.status)] = _verdict(statuses, juris.status)
            result, order = verdict
            assessed.append((order, ActFinding(act, result, statuses, juris.status, juris.reasons)))
        # best first; the sort is stable and the acts came in natural order, which breaks ties
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

    def _statuses(
        self,
        parts: Sequence[tuple[str, ast.Scope, ast.Element, tuple[str, str]]],
        acts: Sequence[str | None],
    ) -> list[tuple[tuple[str, str, str], ...]]:
        """Every element's (part, element id, status) for each act, in the order of `acts`.

        An element has the same status for every act that its rules and its defeaters found
        nothing particular to (what their act-independent chains found), so it is worked out
        once for those and once for each act they name. Acts that fare alike share one tuple,
        across charges too (`_outcomes`): a charge of a large situation has thousands."""
        # each act's statuses as one integer, two bits per element (its status's rank): a
        # row per act would cost a list, a tuple and its hash; this is one addition per
        # status an element names, and one tuple per distinct outcome. The crime's elements
        # (scopes `crime:...`) are the same for every charge of the crime: their part of the
        # sum is worked out once
        triples = [
            tuple((part, el.id.value, st) for st in _BY_RANK_LIST) for part, _, el, _ in parts
        ]
        keys = [(key, j) for j, (_, _, _, key) in enumerate(parts)]
        shared = tuple(kj for kj in keys if kj[0][0].startswith(_CRIME_SCOPES))
        found = self._signatures.get(shared)
        if found is None:
            found = self._signatures[shared] = self._signature(shared, 0, {})
        base, signature = found
        own = [kj for kj in keys if not kj[0][0].startswith(_CRIME_SCOPES)]
        if own:
            base, signature = self._signature(own, base, dict(signature))
        outcomes: dict[int, tuple[tuple[str, str, str], ...]] = {}
        out = []
        for each in acts:
            sig = base + signature.get(each, 0) if each is not None else base
            statuses = outcomes.get(sig)
            if statuses is None:
                statuses = tuple(options[(sig >> (2 * j)) & 3] for j, options in enumerate(triples))
                statuses = outcomes[sig] = self._outcomes.setdefault(statuses, statuses)
            out.append(statuses)
        return out

    def _signature(
        self, keys: Iterable[tuple[tuple[str, str], int]], base: int, signature: dict[str, int]
    ) -> tuple[int, dict[str, int]]:
        """Add the elements (key, place) to a sum of statuses (see `_statuses`): `base` for
        an act that none of them names, plus `signature[act]` for one that some do."""
        for key, j in keys:
            common, named = self._element_statuses(key)
            shift = 2 * j
            base += RANK[common] << shift
            for act, status in named.items():
                signature[act] = signature.get(act, 0) + ((RANK[status] - RANK[common]) << shift)
        return base, signature

    def _element_statuses(self, key: tuple[str, str]) -> tuple[str, dict[str, str]]:
        """The element's status for an act its rules and defeaters found nothing particular
        to, and its status for each act they name where that differs (memoised: the crime's
        elements are the same for every charge of the crime)."""
        memo = self._by_act.get(key)
        if memo is not None:
            return memo
        g = self.grouped(key)
        common = g.best.get(None, "missing")
        common_rank = RANK[common]
        defeated = _defeaters(key) in self.rules_by_element
        default = self._act_status(key, None, g.best, common, common_rank, defeated)
        acts = [a for a in g.best if a is not None]
        if defeated:
            acts += [a for a in self.grouped(_defeaters(key)).by_act if a is not None]
        named = {}
        for act in acts:
            status = self._act_status(key, act, g.best, common, common_rank, defeated)
            if status != default:
                named[act] = status
        memo = self._by_act[key] = (default, named)
        return memo

    # ---- chains, grouped by act ------------------------------------------------------------

    def grouped(self, key: tuple[str, str]) -> _Grouped:
        found = self._grouped.get(key)
        if found is not None:
            return found
        by_act: dict[str | None, list[Found]] = defaultdict(list)
        for table in self.by_element.get(key, ()):
            for act, what in table.items():
                by_act[act].append(what)
        rules = self.rules_by_element.get(key, [])
        dependent = bool(rules) and all(r.act is not None for r in rules)
        best = {act: self._best(founds) for act, founds in by_act.items()}
        found = self._grouped[key] = _Grouped(dict(by_act), dependent, best)
        return found

    def _best(self, found: Iterable[Found]) -> str:
        best = max((f.best for f in found), default=-1)
        return BY_RANK[best] if best >= 0 else "missing"

    def _act_status(
        self,
        key: tuple[str, str],
        act: str | None,
        best: Mapping[str | None, str],
        common: str,
        common_rank: int,
        defeated: bool,
    ) -> str:
        """`status`, with what does not depend on the act worked out by the caller."""
        here = best.get(act, "missing") if act is not None else "missing"
        status = here if RANK[here] >= common_rank else common
        return _defeated(status, self.defeat(key, act)[0]) if defeated else status

    def defeat(self, key: tuple[str, str], act: str | None) -> tuple[str | None, list[str]]:
        """Whether the element's defeaters are `established` or `asserted` for the act, with
        the facts of the defeater chains that do so; (None, []) otherwise. Their chains are
        ranked by `engine.weigh.ground_ranks` (one threshold at every standard)."""
        memo = self._defeats.get((key, act))
        if memo is not None:
            return memo
        pseudo = _defeaters(key)
        found: tuple[str | None, list[str]] = (None, [])
        if pseudo in self.rules_by_element:
            results = self.chains_for(pseudo, act)
            best = max((f.best for f in results), default=-1)
            facts = {x for f in results if f.best == best for x in f.facts}
            if best == GROUND_ESTABLISHED:
                found = ("established", self.sort(facts))
            elif best == GROUND_ASSERTED:
                found = ("asserted", self.sort(facts))
        self._defeats[(key, act)] = found
        return found

    def chains_for(self, key: tuple[str, str], act: str | None) -> list[Found]:
        """What the element's rules found for the act, and for every act."""
        g = self.grouped(key)
        out = list(g.by_act.get(None, ()))
        if act is not None:
            out += g.by_act.get(act, ())
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
        bound = g.dependent or act in g.by_act or _defeaters(key) in self.rules_by_element
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

    def _chains(self, found: list[Found]) -> _Chains:
        """The element's chains (for one act), and what the report says of them: merged from
        what each of its rules found (`engine.reference.merge`), exactly as if every chain had
        been kept."""
        merged = merge(found, self.max_chains, self.rank)
        return _Chains(
            status=BY_RANK[merged.best] if merged.best >= 0 else "missing",
            chains=[Chain(own, via, BY_RANK[-key[0]]) for key, (own, via) in merged.chains],
            total=merged.total,
            facts=self.sort(merged.facts),
            via=self.sort(merged.via),
            own=merged.failed,
        )

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
                    out.extend("near miss: " + n for n in self._near_misses(rule, fact))
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

    def _near_misses(self, rule: Rule, act: Fact | None) -> list[str]:
        """The rule's near misses, anchored on the act where the rule binds it (memoised:
        a rule that does not bind the act has the same near misses for every act)."""
        anchor = (rule.act, act) if rule.act is not None and act else None
        memo_key = (rule.id, str(act["id"]) if anchor is not None and act else None)
        found = self._near.get(memo_key)
        if found is None:
            found = self._near[memo_key] = near_misses(
                rule, self.facts_by_type, self.index, anchor=anchor, distinct=True
            )
        return found

    def _defeat_needs(
        self, key: tuple[str, str], defeat: str, shown: list[str], act: str | None
    ) -> list[str]:
        """What the defeaters show, and what would answer them."""
        pseudo = _defeaters(key)
        ids = ", ".join(shown[:MAX_CHAINS])
        rules = self.rules_by_element.get(pseudo, [])
        # name the grounds that decided (the rules whose chains reach the defeat's rank for
        # this act), not every ground the element has
        reached = GROUND_ESTABLISHED if defeat == "established" else GROUND_ASSERTED
        deciding = [
            r
            for r in rules
            if any(
                f.best == reached
                for a, f in self.found_by_rule.get(r.id, {}).items()
                if a is None or a == act
            )
        ]
        grounds = "; or ".join(dict.fromkeys(requirement(r) for r in deciding or rules))
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


_CRIME_SCOPES = crime_scope("")  # the prefix of every scope shared by a crime's charges
_BY_RANK_LIST = [BY_RANK[k] for k in range(len(RANK))]  # the statuses, by rank
JURISDICTION_RANK = {"within": 0, "undetermined": 1, "outside": 2}
MAX_ACTS = 20
"""Acts listed in full (every element's finding) per charge; the others with their statuses."""


def _defeaters(key: tuple[str, str]) -> tuple[str, str]:
    """The key of an element's defeaters (`unless`), compiled as a pseudo-element."""
    return (key[0], key[1] + DEFEATER)


def _defeated(status: str, defeat: str | None) -> str:
    """A status weighed against its defeaters: established, the element is not met;
    credibly asserted, it is at best contested."""
    if defeat == "established":
        return "missing"
    if defeat == "asserted" and RANK[status] > RANK["contested"]:
        return "contested"
    return status


def _verdict(
    statuses: tuple[tuple[str, str, str], ...], jurisdiction: str
) -> tuple[str, tuple[int, ...]]:
    """An act's result, and where it stands among the charge's acts (ties: natural order):
    the best result first, then more elements supported, contested, insufficient."""
    counts = count_statuses(s for _, _, s in statuses)
    result = _result(counts, len(statuses), jurisdiction)
    return result, (
        RESULT_RANK[result],
        -counts["supported"],
        -counts["contested"],
        -counts["insufficient"],
        JURISDICTION_RANK[jurisdiction],
    )


def _result(counts: Mapping[str, int], total: int, jurisdiction: str) -> str:
    if counts["supported"] != total:
        return "not_made_out"
    return {
        "within": "made_out",
        "undetermined": "jurisdiction_undetermined",
        "outside": "outside_jurisdiction",
    }[jurisdiction]
