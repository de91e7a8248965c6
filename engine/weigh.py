"""Weighing evidence: does the evidence behind a fact meet a standard of proof?

A fact is weighed on its own, at one standard:

* its *supporting* evidence counts when graded at or above the standard's minimum (source
  reliability and information credibility); items of the same `origin` count once, so a press
  report repeating a statement does not corroborate the statement;
* a fact inferred from other facts (`inferred_from`) gains one origin, "inference", when every
  fact it is inferred from is itself supported — if the standard allows inference at all
  (`allowed`: the inference alone may suffice; `corroborated`: it counts as one origin among
  the required number; `excluded`: it does not count);
* *contradicting* evidence (`contradicted_by`) counts when credible: graded C3 or better. The
  standard's rule decides: `ignore`, `outweighs` (contested when credible contradicting origins
  are at least as many as supporting ones) or `defeats` (contested on any).

Status ranks: missing < insufficient < contested < supported. A fact is `supported` when it
has enough origins and is not contested, `contested` when it has enough but is defeated by
contradiction, `insufficient` otherwise. Every rule here is monotone: adding supporting
evidence never lowers a status, and a stricter standard never raises one.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from rome_elements.base.vocabulary import RANK, Status, grade_at_least
from rome_elements.engine.ids import natural_sorted
from rome_elements.facts.model import Case, Evidence, FactRecord
from rome_elements.rules.library import Standard

# Contradicting evidence is weighed when it is at least this credible, at every standard, so
# that a stricter standard can never ignore doubt that a laxer one takes seriously.
CREDIBLE_RELIABILITY = "C"
CREDIBLE_CREDIBILITY = 3
INFERENCE_ORIGIN = "inference"


@dataclass(frozen=True, slots=True)
class FactWeight:
    fact: str
    status: Status
    origins: tuple[str, ...]  # independent origins of the qualifying support
    support: tuple[str, ...]  # qualifying supporting evidence ids
    below: tuple[str, ...]  # supporting evidence graded below the standard
    contra: tuple[str, ...]  # credible contradicting evidence ids
    contra_origins: tuple[str, ...]
    inferred_from: tuple[str, ...]
    inference_counts: bool
    reason: str
    evidence: tuple[str, ...] = ()  # support and below, in natural order
    failed: tuple[str, ...] = ()  # evidence that failed its integrity check: not weighed


def credible(ev: Evidence) -> bool:
    return grade_at_least(
        ev.reliability, ev.credibility, CREDIBLE_RELIABILITY, CREDIBLE_CREDIBILITY
    )


def weigh_case(
    case: Case,
    standard: Standard,
    excluded: frozenset[str] = frozenset(),
    failed: frozenset[str] = frozenset(),
) -> dict[str, FactWeight]:
    """Weigh every fact of the case (facts inferred from others after those).

    `excluded` items are treated as if they did not exist (`--without`); `failed` items failed
    their integrity check: they are not weighed, and each fact resting on one says so."""
    evidence = {e.id: e for e in case.evidence if e.id not in excluded and e.id not in failed}
    graded = _Graded(evidence, standard)
    facts = {f.id: f for f in case.facts if f.id not in excluded}
    out: dict[str, FactWeight] = {}
    visiting: set[str] = set()

    def weigh(fid: str) -> FactWeight | None:
        if fid in out:
            return out[fid]
        fact = facts.get(fid)
        if fact is None or fid in visiting:  # removed, or a cycle (rejected by the loader)
            return None
        visiting.add(fid)
        bases = [weigh(b) for b in fact.inferred_from]
        visiting.discard(fid)
        weight = _weigh_fact(fact, standard, graded, bases)
        if failed:
            broken = tuple(e for e in (*fact.evidence, *fact.contradicted_by) if e in failed)
            if broken:
                weight = replace(weight, failed=broken)
        out[fid] = weight
        return out[fid]

    for fid in sorted(facts):
        weigh(fid)
    return out


class _Graded:
    """Each usable evidence item's standing at the standard, worked out once per item."""

    def __init__(self, evidence: Mapping[str, Evidence], standard: Standard) -> None:
        self.evidence = evidence
        self.ok = {
            i for i, e in evidence.items() if standard.grade_ok(e.reliability, e.credibility)
        }
        self.origin = {i: e.origin_key() for i, e in evidence.items()}
        self.credible = {i for i, e in evidence.items() if credible(e)}
        self.min_grade = standard.min_grade


def _weigh_fact(
    fact: FactRecord,
    standard: Standard,
    graded: _Graded,
    bases: list[FactWeight | None],
) -> FactWeight:
    # (100,000 facts are weighed for a large case: the common shapes — one or two items, no
    # contradiction, no inference — take the short ways, to the same result)
    evidence = graded.evidence
    ok = graded.ok
    items = [e for e in fact.evidence if e in evidence]
    support = [e for e in items if e in ok]
    below = [e for e in items if e not in ok] if len(support) != len(items) else []
    origin = graded.origin
    if len(support) > 1:
        support = natural_sorted(support)
        origins = sorted({origin[e] for e in support})
    else:
        origins = [origin[e] for e in support]
    if len(below) > 1:
        below = natural_sorted(below)
    inference_counts = (
        bool(fact.inferred_from)
        and standard.inference != "excluded"
        and all(b is not None and b.status == "supported" for b in bases)
    )
    counted = list(origins)
    if inference_counts:
        counted.append(INFERENCE_ORIGIN)
    contra: list[str] = []
    contra_origins: list[str] = []
    if fact.contradicted_by:
        contra = natural_sorted(e for e in fact.contradicted_by if e in graded.credible)
        contra_origins = sorted({origin[e] for e in contra})
    enough = len(counted) >= standard.origins or (
        inference_counts and standard.inference == "allowed"
    )
    status: Status
    if not enough:
        status = "insufficient"
        reason = (
            f"{len(counted)} independent origin{'s' if len(counted) != 1 else ''} graded "
            f"{graded.min_grade} or better; {standard.origins} needed"
        )
    elif standard.contradiction == "defeats" and contra_origins:
        status = "contested"
        reason = (
            f"contradicted by credible evidence ({', '.join(contra)}); "
            "at this standard any credible contradiction defeats it"
        )
    elif (
        standard.contradiction == "outweighs"
        and contra_origins
        and len(contra_origins) >= len(counted)
    ):
        status = "contested"
        reason = (
            f"credible contradicting origins ({len(contra_origins)}) are at least as many as "
            f"supporting ones ({len(counted)})"
        )
    else:
        status = "supported"
        plural = "s" if len(counted) != 1 else ""
        reason = f"{len(counted)} independent origin{plural} graded {graded.min_grade} or better"
        if inference_counts and not origins:
            reason = "inferred from supported facts " + ", ".join(fact.inferred_from)
    return FactWeight(
        fact=fact.id,
        status=status,
        origins=tuple(counted),
        support=tuple(support),
        below=tuple(below),
        contra=tuple(contra),
        contra_origins=tuple(contra_origins),
        inferred_from=tuple(natural_sorted(fact.inferred_from)) if fact.inferred_from else (),
        inference_counts=inference_counts,
        reason=reason,
        evidence=tuple(natural_sorted({*support, *below}) if len(items) > 1 else items),
    )


def binding_status(own: list[str], weights: Mapping[str, FactWeight]) -> Status:
    """A binding is only as strong as its weakest own fact."""
    statuses = [weights[f].status if f in weights else "missing" for f in own]
    return min(statuses, key=lambda s: RANK[s]) if statuses else "missing"


GROUND_ESTABLISHED = 3
GROUND_ASSERTED = 2


def ground_ranks(case: Case, weights: Mapping[str, FactWeight]) -> dict[str, int]:
    """How far each fact shows a ground that defeats an element (`unless`), the same at every
    standard: GROUND_ESTABLISHED when credible evidence (graded C3 or better) supports it — or
    it is inferred from facts that all are so shown — and no credible evidence contradicts it;
    GROUND_ASSERTED when so supported but credibly contradicted; 0 otherwise. A chain of facts
    ranks as its weakest fact. One threshold at every standard, so a stricter standard never
    makes a lawful ground disappear (nor an element it defeats rise)."""
    good = {e.id for e in case.evidence if credible(e)}
    shown: dict[str, bool] = {}

    def is_shown(fid: str, seen: frozenset[str]) -> bool:
        if fid in shown:
            return shown[fid]
        w = weights.get(fid)
        ok = w is not None and (
            any(e in good for e in w.support + w.below)
            or (
                bool(w.inferred_from)
                and fid not in seen
                and all(is_shown(b, seen | {fid}) for b in w.inferred_from)
            )
        )
        shown[fid] = ok
        return ok

    out: dict[str, int] = {}
    for fid, w in weights.items():
        if is_shown(fid, frozenset()):
            out[fid] = GROUND_ASSERTED if w.contra else GROUND_ESTABLISHED
    return out
