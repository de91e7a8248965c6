"""Jurisdiction preconditions (arts. 11, 12(2), 12(3)), assessed per charge before the elements.

The Court may exercise jurisdiction over conduct on the territory of a State, or by a national
of a State, that accepted its jurisdiction at the time: as a State Party (from the Statute's
entry into force for it) or by an art. 12(3) declaration for a period. Following the
Bangladesh/Myanmar decision (PTC I, 6 Sept 2018), it suffices that part of the conduct took
place on such a territory: a transfer that starts in Ukraine and ends in Belarus is within
jurisdiction through Ukraine.

The library declares the States (`state "Ukraine" { ... }`); the case supplies, on the facts
bound to a crime's conduct element, `origin_state`, `destination_state` or `state` and a
`date`, and optionally the accused's `nationality`. A charge is:

* `within` — some State on whose territory the conduct (partly) took place, or the accused's
  State of nationality, accepted jurisdiction on the conduct's date;
* `outside` — every conduct fact is dated and located, and no such State accepted it then;
* `undetermined` — the facts do not say where or when (the report says what is missing).

A charge `outside` jurisdiction is never made out, whatever its elements.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from rules import ast
from rules.program import Fact

TERRITORY_ATTRS = ("state", "origin_state", "destination_state")


@dataclass(frozen=True, slots=True)
class Jurisdiction:
    status: str  # within | outside | undetermined
    reasons: tuple[str, ...]


def _covering(state: ast.StateDecl, date: str) -> ast.Acceptance | None:
    for acc in state.acceptances:
        if acc.start <= date and (acc.end is None or date <= acc.end):
            return acc
    return None


def _basis(acc: ast.Acceptance, state: str) -> str:
    if acc.basis == "party":
        return f"{state} is a State Party from {acc.start}"
    period = f"{acc.start} to {acc.end}" if acc.end else f"from {acc.start}"
    return f"{state} accepted jurisdiction by {acc.basis} ({period})"


def assess(
    states: Mapping[str, ast.StateDecl],
    conduct_facts: Sequence[Fact],
    nationality: str | None,
) -> Jurisdiction:
    if not states:
        return Jurisdiction(
            "undetermined", ("the library declares no State's acceptance of jurisdiction",)
        )
    if not conduct_facts:
        return Jurisdiction(
            "undetermined",
            ("no fact establishes the conduct, so neither its place nor its date is known",),
        )
    reasons: list[str] = []
    all_located = True
    for fact in conduct_facts:
        fid = fact["id"]
        places = [str(fact[a]) for a in TERRITORY_ATTRS if isinstance(fact.get(a), str)]
        date = fact.get("date")
        candidates = list(dict.fromkeys(places + ([nationality] if nationality else [])))
        if not candidates:
            all_located = False
            reasons.append(
                f"{fid} does not say in which State the conduct took place "
                "(origin_state, destination_state or state)"
            )
            continue
        if not isinstance(date, str):
            all_located = False
            open_ended = [
                _basis(acc, name)
                for name in candidates
                if name in states
                for acc in states[name].acceptances
                if acc.end is None
            ]
            hint = f"; {'; '.join(open_ended)}" if open_ended else ""
            reasons.append(
                f"{fid} has no date, so the temporal scope (art. 11) cannot be checked{hint}"
            )
            continue
        for name in candidates:
            decl = states.get(name)
            acc = _covering(decl, date) if decl is not None else None
            if acc is not None:
                how = "territory" if name in places else "nationality of the accused"
                return Jurisdiction(
                    "within",
                    (f"{fid} ({date}): {_basis(acc, name)} (art. 12(2)(a)/(b), {how})",),
                )
        unknown = [n for n in candidates if n not in states]
        detail = "; ".join(
            f"{n}: no acceptance covers {date}"
            if n in states
            else f"{n}: not a State declared in the library"
            for n in candidates
        )
        reasons.append(f"{fid} ({date}) — {detail}")
        if unknown:
            all_located = False
    return Jurisdiction("outside" if all_located else "undetermined", tuple(reasons))
