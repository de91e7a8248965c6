"""The `check` pipeline: library + case → program → matches (checked twice) → weighed report.

    rules.load.load_library ─┐
                             ├─ rules.compile.compile_case ─ engine (rete | reference) ─┐
    facts.load.load_case ────┘                                                          ├─ analyse
                                      engine.weigh (evidence at a standard) ────────────┘

`analyse` is `engine.analyse.build_report`, which makes the `Report`. With `engine="auto"`
(the default) `rete` (durable-rules, `engine.rete`) runs up to RETE_MAX_FACTS facts and
RETE_MAX_MATCHES matches, and its matches are compared with the reference evaluator's
(`engine.reference`): any difference raises `EngineDisagreement`, never a silently different
report. Above those sizes the reference evaluator runs alone and a notice says so;
`engine="rete"` forces the cross-checked run.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Literal

from rome_elements.base.cache import gc_paused
from rome_elements.base.diagnostics import Diagnostic, InputError
from rome_elements.base.text import visible
from rome_elements.base.vocabulary import RANK
from rome_elements.engine import reference
from rome_elements.engine.analyse import MAX_CHAINS, build_report
from rome_elements.engine.choices import (
    Given,
    grade_problems,
    id_problems,
    regrade,
    resolve_options,
    standard_problems,
)
from rome_elements.engine.errors import EngineDisagreement
from rome_elements.engine.forked import cpus
from rome_elements.engine.ids import natural_sorted, rank_ids
from rome_elements.engine.infer import inferred_facts
from rome_elements.engine.integrity import verify
from rome_elements.engine.provenance import provenance
from rome_elements.engine.report import Regrade, Report
from rome_elements.engine.weigh import FactWeight, ground_ranks, weigh_case
from rome_elements.facts.model import Case
from rome_elements.facts.vocabulary import AttrSpec, FactSpec, Vocabulary
from rome_elements.rules.compile import ChargeSpec, compile_case
from rome_elements.rules.dnf import OPEN_END
from rome_elements.rules.library import Library, Standard
from rome_elements.rules.program import Fact, Program

EngineName = Literal["auto", "rete", "reference"]

# durable-rules' cost per insert grows with the session (../shared/notes/durable-rules.md §4:
# 8.4 KB and O(n) per stored fact; 3.2 GB at 100k facts here). Above this size `auto` uses the
# reference evaluator alone and says so; `--engine rete` still forces the cross-checked rete run.
RETE_MAX_FACTS = 20_000
# rete enumerates (and stores) every match, the reference evaluator only what the report needs
# (engine/reference.py, `evaluate_bounded`). Measured with benchmarks/blowup.py: rete adds
# ~20 us and ~3 KB per match (cube N=50, 128k matches: 3.9 s and 408 MiB against the reference
# alone's 1.0 s and 67 MiB; cube N=20 with 8(2)(b)(viii), 170k matches: 5.2 s / 640 MiB against
# 1.8 s / 71 MiB). The generator's 10,000-fact case has 95k matches, so this bound keeps the
# cross-checked run wherever RETE_MAX_FACTS does. Above it `auto` uses the reference evaluator
# alone and says so; `--engine rete` still forces the cross-checked run.
RETE_MAX_MATCHES = 200_000


# `auto_jobs`: a case of this many facts or more has its charges assessed on up to
# AUTO_MAX_JOBS CPUs. Below it the assessment takes well under a second and forking would not
# pay; each further process holds its own copy of what it touches of the case, hence the cap.
# The generator's 100k-fact case: 10.3 s of assessment in one process (benchmarks/README.md).
AUTO_JOBS_FACTS = RETE_MAX_FACTS
AUTO_MAX_JOBS = 2


def auto_jobs(facts: int, engine: str) -> int:
    """How many processes assess the charges of a case of `facts` facts that `engine`
    matched: one per CPU (at most AUTO_MAX_JOBS) for a large case the reference evaluator
    matched alone; one otherwise (durable-rules' threads make forking unsafe)."""
    if facts < AUTO_JOBS_FACTS or engine != "reference":
        return 1
    return min(cpus(), AUTO_MAX_JOBS)


@dataclass
class CheckResult:
    report: Report
    engine: str
    notices: list[str] = field(default_factory=list)


def vocabulary(lib: Library) -> Vocabulary:
    """What the case loader needs to know about the library."""
    facts = {
        name: FactSpec(
            name=name,
            description=decl.description,
            attrs={
                a.name.value: AttrSpec(
                    name=a.name.value,
                    type=a.type,
                    is_list=a.is_list,
                    optional=a.optional,
                    choices=a.choices,
                    description=a.description,
                )
                for a in decl.attrs
            },
        )
        for name, decl in lib.facts.items()
    }
    crimes = {cid: cid for cid in lib.crimes} | dict(lib.articles)
    mode_articles: dict[str, list[str]] = {}
    for mid, mode in lib.modes.items():
        article = mode.meta_value("article")
        if article and article not in lib.modes:
            mode_articles.setdefault(article, []).append(mid)
    return Vocabulary(
        facts=facts,
        crimes=crimes,
        modes=frozenset(lib.modes),
        standards=frozenset(lib.standards),
        mode_articles={a: tuple(ms) for a, ms in mode_articles.items()},
        states=frozenset(lib.states),
    )


def charges_of(lib: Library, case: Case) -> list[ChargeSpec]:
    """One spec per charge and form (a charge of alternative modes has one per mode)."""
    out = []
    for i, charge in enumerate(case.charges):
        crime = lib.crime(charge.crime)
        assert crime is not None, "the loader validates crime names"
        for form, mode in enumerate(charge.modes or (charge.mode,)):
            out.append(ChargeSpec(i, charge.accused, crime.id.value, mode, form))
    return out


def engine_facts(case: Case, lib: Library, excluded: frozenset[str] = frozenset()) -> list[Fact]:
    """The facts as both engines read them. A fact of a type with `since` and an optional
    `until` (`open_ended_types`) whose period has not ended carries `until` = OPEN_END, so
    that `during` (since <= X <= until) holds for it. A dated act of a type with `date` (its
    first day) and an optional `until` (its last day; `one_day_types`) that gives no `until`
    lasted one day: it carries `until` = `date`, so that a link compared with the act's last
    day (`date <= conduct.until`) reads the same for a one-day act as for a continuing one."""
    open_ended = open_ended_types(lib)
    one_day = one_day_types(lib)
    out: list[Fact] = []
    for f in case.facts:
        if f.id in excluded:
            continue
        fact: Fact = {"id": f.id, "type": f.type}
        fact.update(f.attributes)
        if f.type in open_ended and "until" not in fact:
            fact["until"] = OPEN_END
        elif f.type in one_day and "until" not in fact and "date" in fact:
            fact["until"] = fact["date"]
        out.append(fact)
    return out


def one_day_types(lib: Library) -> frozenset[str]:
    """Fact types with a `date` (the first day) and an optional `until` date (the last day),
    and no `since`: acts that may last."""
    out = set()
    for name, decl in lib.facts.items():
        attrs = {a.name.value: a for a in decl.attrs}
        date, until = attrs.get("date"), attrs.get("until")
        if (
            "since" not in attrs
            and date
            and until
            and date.type == until.type == "date"
            and until.optional
        ):
            out.add(name)
    return frozenset(out)


def open_ended_types(lib: Library) -> frozenset[str]:
    """Fact types with a `since` and an optional `until` date: periods `during` reads."""
    out = set()
    for name, decl in lib.facts.items():
        attrs = {a.name.value: a for a in decl.attrs}
        since, until = attrs.get("since"), attrs.get("until")
        if since and until and since.type == until.type == "date" and until.optional:
            out.add(name)
    return frozenset(out)


def match(
    program: Program,
    facts: list[Fact],
    engine: EngineName,
    notices: list[str],
    weights: Mapping[str, FactWeight] | None = None,
    order: Mapping[str, int] | None = None,
    cap: int | None = MAX_CHAINS,
    grounds: Mapping[str, int] | None = None,
) -> tuple[reference.Bounded | reference.Deferred, str]:
    """What the report needs of every rule's matches (`reference.Bounded`: per rule and act,
    counts and the first `cap` chains, by the facts' statuses in `weights` and their places
    in `order`), and the engine that found them. rete's complete matches are reduced the same
    way and must give the same result. The reference evaluator alone gives it rule by rule,
    as the report asks (`reference.Deferred`: a charge's results need not outlive it)."""
    weights = weights or {}
    status = {fid: RANK[w.status] for fid, w in weights.items()}
    failed = frozenset(fid for fid, w in weights.items() if w.failed)
    if order is None:
        order = rank_ids(str(f["id"]) for f in facts)
    weighing = reference.Weighing(status, order, failed, cap, grounds)
    deferred = reference.Deferred(program, facts, weighing)
    if engine == "reference":
        return deferred, "reference"
    if engine == "auto" and len(facts) > RETE_MAX_FACTS:
        notices.append(
            f"the case has {len(facts):,} facts (more than {RETE_MAX_FACTS:,}): used the "
            "reference evaluator alone; --engine rete runs durable-rules as well"
        )
        return deferred, "reference"
    if engine == "auto" and deferred.more_matches_than(RETE_MAX_MATCHES):
        notices.append(
            f"the rules have more than {RETE_MAX_MATCHES:,} matches: used the reference "
            "evaluator alone, which keeps only what the report needs; --engine rete runs "
            "durable-rules as well"
        )
        return deferred, "reference"
    expected = reference.bounded(deferred)
    from rome_elements.engine import rete

    reason = rete.available()
    if reason is not None:
        notices.append(f"durable-rules is not available ({reason}); used the reference evaluator")
        return expected, "reference"
    try:
        found = rete.evaluate(program, facts)
    except rete.ReteCannotHold as err:  # the case's limit, not a bug: say which fact
        where = f"fact {visible(err.fact_id)}, attribute `{visible(err.attribute)}`"
        if engine == "auto":
            notices.append(
                f"durable-rules cannot hold {where} ({err.reason}); used the reference evaluator"
            )
            return expected, "reference"
        raise InputError(
            [
                Diagnostic(
                    "error",
                    f"--engine rete: durable-rules cannot hold {where}: {err.reason}",
                    notes=("shorten the value, or use --engine auto or --engine reference",),
                )
            ]
        ) from None
    except rete.ReteError as err:
        raise EngineDisagreement(f"the rete engine failed: {err}") from err
    by_rule: dict[str, set[tuple[str, ...]]] = {}
    for m in found:
        by_rule.setdefault(m.rule, set()).add(m.facts)
    unknown = sorted(set(by_rule) - {r.id for r in program.rules})
    if unknown:
        raise EngineDisagreement(f"the rete engine fired rules that do not exist: {unknown[:5]}")
    got = reference.summarise(program, by_rule, facts, weighing)
    if got != expected:
        raise EngineDisagreement(
            "the rete engine and the reference evaluator disagree: " + _difference(expected, got)
        )
    return expected, "rete"


def _difference(expected: reference.Bounded, got: reference.Bounded) -> str:
    """Where two bounded results differ, for the message (the first five places)."""
    out = []
    for rule in sorted(set(expected.rules) | set(got.rules)):
        a, b = expected.rules.get(rule, {}), got.rules.get(rule, {})
        for act in sorted(set(a) | set(b), key=lambda x: (x is not None, x or "")):
            fa, fb = a.get(act), b.get(act)
            if fa == fb:
                continue
            ref, other = (
                f"{f.matches} matches, {f.chains} chains" if f is not None else "nothing"
                for f in (fa, fb)
            )
            same = " (the same counts; other chains, statuses or facts)" if ref == other else ""
            out.append(f"rule {rule}, act {act}: reference {ref}, rete {other}{same}")
    return f"{len(out)} rule/act pair{'s' if len(out) != 1 else ''} differ, e.g. " + "; ".join(
        out[:5]
    )


def check(
    lib: Library,
    case: Case,
    standard: str | None = None,
    engine: EngineName = "auto",
    options: Mapping[str, str] | None = None,
    without: Iterable[str] = (),
    max_chains: int | None = MAX_CHAINS,
    grades: Mapping[str, str] | None = None,
    near_misses: bool = True,
    detailed: int | None = None,
    listed: int | None = None,
    jobs: int | None = 1,
) -> CheckResult:
    """Check every charge of `case`. `without`: ids of facts and evidence items to evaluate
    as if they did not exist; `grades`: evidence id → the grade to weigh it at this run
    (e.g. {"E3": "E5"}; the report lists them under `regraded`); `near_misses`: False when
    the caller does not show what missing elements need (a situation's incidents), so the
    near misses are not searched for; `detailed`: how many acts of each charge get every
    element's finding (`analyse.build_report`: None for the default, 1 for a report that
    prints the best act's elements alone); `listed`: how many acts each form keeps in its list
    (None: every one, as the JSON report needs); `jobs`: how many processes assess the
    charges once the facts are matched (None: `auto_jobs`)."""
    excluded = frozenset(without)
    std_id = standard or case.standard or "reasonable_grounds"
    regraded = dict(grades or {})
    problems = id_problems(case, [Given(x) for x in sorted(excluded)], "--without")
    problems += id_problems(case, [Given(x) for x in regraded], "--grade", evidence_only=True)
    problems += grade_problems([(Given(k), Given(v)) for k, v in regraded.items()])
    problems += standard_problems(lib, Given(std_id))
    if problems:
        raise InputError(problems)
    original = {e.id: f"{e.reliability}{e.credibility}" for e in case.evidence}
    changes = tuple(
        Regrade(x, regraded[x], original[x])
        for x in natural_sorted(regraded)
        if regraded[x] != original[x]
    )
    case = regrade(case, {g.id: g.grade for g in changes})
    std = lib.standards[std_id]
    opts = resolve_options(lib, options or {})
    # The evaluation builds millions of small acyclic objects (bindings, chains, findings)
    # next to a large live case; the cyclic collector would only rescan them: 10-15% of the
    # time of a 100k-fact check.
    with gc_paused():
        result = _check(
            lib, case, std, opts, excluded, engine, max_chains, near_misses, detailed, listed, jobs
        )
    if changes:
        result.report = replace(result.report, regraded=changes)
    return result


def _check(
    lib: Library,
    case: Case,
    std: Standard,
    opts: dict[str, str],
    excluded: frozenset[str],
    engine: EngineName,
    max_chains: int | None,
    near_misses: bool = True,
    detailed: int | None = None,
    listed: int | None = None,
    jobs: int | None = 1,
) -> CheckResult:
    charges = charges_of(lib, case)
    program = compile_case(lib, charges, opts)
    facts = engine_facts(case, lib, excluded)
    drawn = inferred_facts(lib, facts)  # the library's inferences, weighed as inferences
    if drawn:
        case = case.model_copy(update={"facts": case.facts + tuple(drawn)})
        facts = engine_facts(case, lib, excluded)
    notices: list[str] = []
    failures = {k: v for k, v in verify(case).items() if k not in excluded}
    weights = weigh_case(case, std, excluded, frozenset(failures))
    rank = rank_ids([f.id for f in case.facts] + [e.id for e in case.evidence])
    grounds = ground_ranks(case, weights)
    matches, used = match(program, facts, engine, notices, weights, rank, max_chains, grounds)
    report = build_report(
        lib,
        case,
        charges,
        program,
        matches,
        weights,
        std,
        opts,
        facts,
        excluded,
        failures,
        max_chains,
        rank=rank,
        near_misses=near_misses,
        detailed=detailed,
        listed=listed,
        jobs=auto_jobs(len(facts), used) if jobs is None else jobs,
        notices=notices,
    )
    report = replace(report, provenance=provenance(lib, case))
    return CheckResult(report, used, notices)
