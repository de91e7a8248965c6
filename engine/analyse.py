"""Matches + weighed facts → the report: per charge, per element, a status and its reasons."""

from __future__ import annotations

import itertools
import operator
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence

from rome_elements.base.vocabulary import RANK
from rome_elements.engine.act_statuses import ActStatuses
from rome_elements.engine.analysis_inputs import MAX_CHAINS, ElementKey, Inputs
from rome_elements.engine.defeat import Defeats
from rome_elements.engine.findings import ElementFindings
from rome_elements.engine.forked import fork_map
from rome_elements.engine.forms import Forms
from rome_elements.engine.grouping import Grouping
from rome_elements.engine.ids import rank_ids
from rome_elements.engine.needs import Needs
from rome_elements.engine.reference import Bounded, Deferred, Found, Weighing, summarise
from rome_elements.engine.report import (
    ChargeFinding,
    EvidenceInfo,
    FactFinding,
    OptionInfo,
    Report,
    StandardInfo,
)
from rome_elements.engine.verdict import RESULT_RANK
from rome_elements.engine.weigh import CREDIBLE_CREDIBILITY, CREDIBLE_RELIABILITY, FactWeight
from rome_elements.facts.model import Case
from rome_elements.rules.compile import ChargeSpec
from rome_elements.rules.library import Library, Standard
from rome_elements.rules.program import Fact, Program, Rule

__all__ = ["MAX_CHAINS", "build_report"]


def build_report(
    lib: Library,
    case: Case,
    charges: Sequence[ChargeSpec],
    program: Program,
    matches: Bounded | Deferred | Mapping[str, Collection[tuple[str, ...]]],
    weights: Mapping[str, FactWeight],
    standard: Standard,
    options: Mapping[str, str],
    engine_facts: Sequence[Fact],
    excluded: Iterable[str] = (),
    integrity: Mapping[str, str] | None = None,
    max_chains: int | None = MAX_CHAINS,
    rank: Mapping[str, int] | None = None,
    near_misses: bool = True,
    detailed: int | None = None,
    listed: int | None = None,
    jobs: int = 1,
    notices: list[str] | None = None,
) -> Report:
    """The report. Each element lists its chains strongest first, at most `max_chains` of
    them (None: all), with the number of distinct chains in `chains_total`; its `facts`,
    `evidence` and `via` always cover every chain of its status.

    `matches` is what `engine.reference.evaluate_bounded` found with the same weights, order
    and `max_chains`, or the `Deferred` evaluation that finds it rule by rule (or every match
    of every rule, which is reduced the same way here); `rank` is `rank_ids` of every fact
    and evidence id, if the caller has it already; `near_misses`: False to leave the near
    misses out of what missing elements need; `detailed`: at most how many acts of each
    charge's form get every element's finding (None: `forms.MAX_ACTS`, or every act without
    `max_chains`; a renderer that prints the best act's elements alone asks for 1: the others'
    findings and near misses are not worked out);
    `listed`: how many acts each form keeps in its list (None: every one; a renderer that lists
    a few asks for those: `FormFinding.acts_assessed` says how many there were); `jobs`: how
    many processes assess the charges (`engine.forked`: one where forking is not safe); a
    worker that failed is said in `notices`, and its charges assessed here."""
    failures = dict(integrity or {})
    if rank is None:
        rank = rank_ids([f.id for f in case.facts] + [e.id for e in case.evidence])
    if not isinstance(matches, (Bounded, Deferred)):
        weighing = Weighing(
            {fid: RANK[w.status] for fid, w in weights.items()},
            rank,
            frozenset(fid for fid, w in weights.items() if w.failed),
            max_chains,
        )
        matches = summarise(program, matches, engine_facts, weighing)
    found: Callable[[Rule, Collection[str] | None], Mapping[str | None, Found]]
    best: Callable[[Rule], Mapping[str | None, int]]
    if isinstance(matches, Deferred):
        found, best = matches.found, matches.best
    else:
        found, best = _lookup(matches)
    rules_by_element: dict[ElementKey, list[Rule]] = defaultdict(list)
    for r in program.rules:
        rules_by_element[(r.scope, r.element)].append(r)
    facts_by_type: dict[str, list[Fact]] = defaultdict(list)
    for f in sorted(engine_facts, key=lambda f: rank[str(f["id"])]):  # near misses: in order
        facts_by_type[str(f["type"])].append(f)
    inputs = Inputs(
        found,
        best,
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
    grouping = Grouping(inputs)
    defeats = Defeats(grouping)
    findings_of = ElementFindings(defeats, Needs(grouping, near_misses))
    assess_form = Forms(ActStatuses(grouping, defeats), findings_of, detailed, listed)
    accused = {a.id: a for a in case.accused}

    def assess(
        groups: Sequence[tuple[int, Sequence[ChargeSpec]]],
    ) -> list[tuple[int, ChargeFinding]]:
        findings = []
        for n, specs in groups:
            first = specs[0]
            crime = lib.crimes[first.crime]
            person = accused.get(first.accused)
            assessed = []
            for spec in specs:
                assessed.append(
                    assess_form.form(
                        spec,
                        crime,
                        lib.modes[spec.mode],
                        person.nationality if person is not None else None,
                    )
                )
                assess_form.forget(spec)
            assessed.sort(key=lambda f: RESULT_RANK[f.result])  # stable: the charged order on ties
            findings.append(
                (
                    n,
                    ChargeFinding(
                        index=first.index,
                        accused=first.accused,
                        accused_name=person.name if person is not None else first.accused,
                        crime=first.crime,
                        article=crime.meta_value("article") or "",
                        crime_title=crime.title,
                        charged_mode=(
                            case.charges[first.index].mode
                            if first.index < len(case.charges)
                            else ""
                        ),
                        forms=tuple(assessed),
                    ),
                )
            )
        return findings

    def sections() -> tuple[tuple[FactFinding, ...], tuple[EvidenceInfo, ...]]:
        """The facts and evidence items: nothing of the charges' (worked out while the other
        processes finish theirs)."""
        return tuple(
            _fact_finding(case, weights[fid])
            for fid in inputs.sort(f.id for f in case.facts)
            if fid in weights
        ), tuple(
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
        )

    groups = [list(g) for _, g in itertools.groupby(charges, key=operator.attrgetter("index"))]
    failed: list[str] = []
    parts, (facts, evidence) = fork_map(assess, _shares(groups, jobs), failed, sections)
    if notices is not None:
        notices.extend(f"{why}; its charges were assessed in the main process" for why in failed)
    findings = [f for _, f in sorted(itertools.chain(*parts), key=operator.itemgetter(0))]
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
        facts=facts,
        evidence=evidence,
        excluded=tuple(sorted(excluded)),
    )


def _shares(
    groups: Sequence[Sequence[ChargeSpec]], jobs: int
) -> list[list[tuple[int, Sequence[ChargeSpec]]]]:
    """The charges (each with its place) in `jobs` shares of about as many forms each. A
    crime's charges share what its own elements found, so they are kept together as far as
    the shares allow: each share is a run of the charges in the order of their crimes."""
    numbered = sorted(enumerate(groups), key=lambda g: g[1][0].crime)
    total = sum(len(specs) for specs in groups)
    shares: list[list[tuple[int, Sequence[ChargeSpec]]]] = [[]]
    done = 0
    for n, specs in numbered:
        if shares[-1] and done >= total * len(shares) / jobs:
            shares.append([])
        shares[-1].append((n, specs))
        done += len(specs)
    return shares


def _lookup(
    matches: Bounded,
) -> tuple[
    Callable[[Rule, Collection[str] | None], Mapping[str | None, Found]],
    Callable[[Rule], Mapping[str | None, int]],
]:
    """What each rule found (for some acts), and its best status by act, from a result with
    every rule's."""
    empty: dict[str | None, Found] = {}

    def found(rule: Rule, acts: Collection[str] | None) -> Mapping[str | None, Found]:
        table = matches.rules.get(rule.id, empty)
        if acts is None or rule.act is None:
            return table
        return {a: f for a, f in table.items() if a in acts}

    def best(rule: Rule) -> Mapping[str | None, int]:
        return {a: f.best for a, f in matches.rules.get(rule.id, empty).items()}

    return found, best


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
