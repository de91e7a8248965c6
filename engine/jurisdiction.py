"""Jurisdiction preconditions (arts. 11, 12(2), 12(3), 124, 126, 127), assessed before the elements.

The Court may exercise jurisdiction over conduct on the territory of a State, or by a national
of a State, that accepted its jurisdiction at the time: as a State Party (from the Statute's
entry into force for it, art. 126, until the day before its withdrawal takes effect, art. 127)
or by an art. 12(3) declaration for a period. Following the Bangladesh/Myanmar decision (PTC I,
6 Sept 2018), it suffices that part of the conduct took place on such a territory: a transfer
that starts in Ukraine and ends in Belarus is within jurisdiction through Ukraine.

An art. 124 declaration removes the declaring State as a basis for war crimes (art. 8) alleged
against its nationals (scope `nationals`) or on its territory (scope `territory`) during the
declared period; other States' acceptance is unaffected.

The library declares the States (`state "Ukraine" { ... }`); the case supplies, on the facts
bound to a crime's conduct element, `origin_state`, `destination_state` or `state` and a
`date`, and optionally the accused's `nationality`. A charge is:

* `within` — some State on whose territory the conduct (partly) took place, or the accused's
  State of nationality, accepted jurisdiction on the conduct's date;
* `outside` — every conduct fact is dated and located, every State involved is declared in the
  library and verified, and none of them accepted jurisdiction then;
* `undetermined` — the facts do not say where or when, or a State involved is not declared (or
  is marked unverified, or the date lies after the date its record was checked).

A charge `outside` jurisdiction is never made out, whatever its elements.

How the situation came before the Court (art. 13) is a `referral` fact of the case: a State
Party's referral (13(a)), the Security Council's under Chapter VII (13(b)), or the Prosecutor's
own investigation (13(c)). The preconditions of art. 12(2) apply only "in the case of article 13,
paragraph (a) or (c)": conduct in a situation the Security Council referred — on the territory
of the State the referral names, from its first day (`since`) to its last (`until`, if any), and
not before the Statute entered into force (art. 11(1)) — is `within` whoever's nationals took part
and whichever States accepted jurisdiction (Darfur since 1 July 2002, S/RES/1593 (2005); Libya
since 15 February 2011, S/RES/1970 (2011): shared/law/reference.md §9.6). A referral under 13(a)
or (c) is named in the reasons and changes nothing else.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from rome_elements.rules import ast
from rome_elements.rules.dnf import OPEN_END
from rome_elements.rules.program import Fact

TERRITORY_ATTRS = ("state", "origin_state", "destination_state")
STATUTE_IN_FORCE = "2002-07-01"
"""Art. 11(1), art. 126(1): the Court has jurisdiction only over crimes committed after the
Statute's entry into force, on 1 July 2002 (whatever the trigger)."""
TRIGGERS = {
    "state_party": "art. 13(a): referred by a State Party",
    "security_council": "art. 13(b): referred by the Security Council",
    "proprio_motu": "art. 13(c): an investigation the Prosecutor initiated (art. 15)",
}


@dataclass(frozen=True, slots=True)
class Jurisdiction:
    status: str  # within | outside | undetermined
    reasons: tuple[str, ...]


def _day_before(date: str) -> str:
    return (datetime.date.fromisoformat(date) - datetime.timedelta(days=1)).isoformat()


def _period_end(state: ast.StateDecl, acc: ast.Acceptance) -> str | None:
    """The last day an acceptance covers: a party's ends the day before its withdrawal."""
    if acc.basis == "party" and state.withdrawal is not None:
        return _day_before(state.withdrawal)
    return acc.end


def _covering(state: ast.StateDecl, date: str) -> ast.Acceptance | None:
    for acc in state.acceptances:
        end = _period_end(state, acc)
        if acc.start <= date and (end is None or date <= end):
            return acc
    return None


def _basis(state: ast.StateDecl, acc: ast.Acceptance) -> str:
    name = state.name
    if acc.basis == "party":
        if state.withdrawal is not None:
            return (
                f"{name} was a State Party from {acc.start} until its withdrawal took effect "
                f"on {state.withdrawal} (art. 127: jurisdiction continues over crimes "
                "committed while it was a Party)"
            )
        return f"{name} is a State Party from {acc.start}"
    end = _period_end(state, acc)
    period = f"{acc.start} to {end}" if end else f"from {acc.start}"
    return f"{name} accepted jurisdiction by {acc.basis} ({period})"


def _exclusion(
    state: ast.StateDecl, date: str, on_territory: bool, nationality: str | None
) -> ast.Exclusion | None:
    """An art. 124 exclusion of `state` that applies to a war crime on `date`."""
    for x in state.exclusions:
        if x.category.value != "war_crimes" or not (x.start <= date <= x.end):
            continue
        scope = {n.value for n in x.scope}
        if ("nationals" in scope and nationality == state.name) or (
            "territory" in scope and on_territory
        ):
            return x
    return None


def _not_covered(state: ast.StateDecl, date: str) -> str:
    if state.withdrawal is not None and date >= state.withdrawal:
        return (
            f"{state.name}: its withdrawal took effect on {state.withdrawal}, before {date} "
            "(art. 127)"
        )
    starts = [a.start for a in state.acceptances if a.start > date]
    if starts:
        return f"{state.name}: no acceptance covers {date} (the first begins {min(starts)})"
    return f"{state.name}: no acceptance covers {date}"


def _trigger(referral: Fact) -> str:
    """A referral as the report names it: trigger, by whom, resolution, date, situation, period."""
    what = TRIGGERS.get(str(referral.get("trigger")), "art. 13")
    details = [
        str(referral[k]) for k in ("by", "resolution", "date") if isinstance(referral.get(k), str)
    ]
    since, until = referral.get("since"), referral.get("until")
    period = f" since {since}" if isinstance(since, str) else ""
    period += f" until {until}" if isinstance(until, str) and until != OPEN_END else ""
    who = f" ({', '.join(details)})" if details else ""
    return f"{what}{who}: {referral.get('situation')}{period} [{referral['id']}]"


def _referred(
    referrals: Sequence[Fact], fid: str, places: Sequence[str], date: object
) -> tuple[Jurisdiction | None, list[str]]:
    """Art. 13(b): `within` if a Security Council referral covers the conduct; else the
    reasons that name the situation's trigger (and why a referral does not cover it)."""
    notes: list[str] = []
    for r in referrals:
        if r.get("state") not in places:
            continue
        if r.get("trigger") != "security_council":
            notes.append(f"{_trigger(r)}; the preconditions of art. 12(2) apply")
            continue
        since, until = r.get("since"), r.get("until")
        if not isinstance(date, str):
            notes.append(f"{_trigger(r)}; {fid} has no date to compare with the referral's period")
        elif not isinstance(since, str):
            notes.append(f"{_trigger(r)}; the referral does not say from when it covers conduct")
        elif date < STATUTE_IN_FORCE:
            notes.append(
                f"{_trigger(r)}; {fid} ({date}) precedes the Statute's entry into force on "
                f"{STATUTE_IN_FORCE} (art. 11(1))"
            )
        elif date < since or (isinstance(until, str) and date > until):
            notes.append(f"{_trigger(r)}; {fid} ({date}) lies outside the referred period")
        else:
            return Jurisdiction(
                "within",
                (
                    f"{fid} ({date}): {_trigger(r)} — conduct in the referred situation within "
                    "its dates; art. 12(2) applies only to art. 13(a) and (c), so neither "
                    "territory nor nationality need be of a State that accepted jurisdiction",
                ),
            ), []
    return None, notes


def assess(
    states: Mapping[str, ast.StateDecl],
    conduct_facts: Sequence[Fact],
    nationality: str | None,
    *,
    war_crime: bool = False,
    referrals: Sequence[Fact] = (),
) -> Jurisdiction:
    """Whether the Court may exercise jurisdiction over the conduct in `conduct_facts`.

    `nationality` is the accused's State of nationality; `war_crime` says the charge is a war
    crime (art. 8), which brings art. 124 declarations into play; `referrals` are the case's
    `referral` facts (art. 13): a Security Council referral that covers the conduct makes it
    `within` whatever art. 12(2) would say.
    """
    if referrals and conduct_facts:
        notes: list[str] = []
        for fact in conduct_facts:
            places = [str(fact[a]) for a in TERRITORY_ATTRS if isinstance(fact.get(a), str)]
            found, more = _referred(referrals, str(fact["id"]), places, fact.get("date"))
            if found is not None:
                return found
            notes += more
        if notes:
            inner = assess(states, conduct_facts, nationality, war_crime=war_crime)
            return Jurisdiction(inner.status, tuple(dict.fromkeys(notes)) + inner.reasons)
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
                _basis(states[name], acc)
                for name in candidates
                if name in states
                for acc in states[name].acceptances
                if _period_end(states[name], acc) is None
            ]
            hint = f"; {'; '.join(open_ended)}" if open_ended else ""
            reasons.append(
                f"{fid} has no date, so the temporal scope (art. 11) cannot be checked{hint}"
            )
            continue
        details: list[str] = []
        for name in candidates:
            decl = states.get(name)
            if decl is None:
                all_located = False
                details.append(f"{name}: not a State declared in the library")
                continue
            if decl.unverified:
                all_located = False
                details.append(
                    f"{name}: its acceptance is not verified in the library "
                    f"({decl.unverified[0].note})"
                )
                continue
            acc = _covering(decl, date)
            if acc is None:
                if decl.checked_to is not None and date > decl.checked_to:
                    all_located = False
                    details.append(
                        f"{name}: no acceptance recorded, but the record was checked only to "
                        f"{decl.checked_to}"
                    )
                else:
                    details.append(_not_covered(decl, date))
                continue
            excl = _exclusion(decl, date, name in places, nationality) if war_crime else None
            if excl is not None:
                scope = " and ".join(n.value for n in excl.scope)
                details.append(
                    f"{name}: {_basis(decl, acc)}, but its {excl.basis} (art. 124) excludes "
                    f"war crimes ({scope}) from {excl.start} to {excl.end}"
                )
                continue
            how = "territory" if name in places else "nationality of the accused"
            return Jurisdiction(
                "within",
                (f"{fid} ({date}): {_basis(decl, acc)} (art. 12(2)(a)/(b), {how})",),
            )
        reasons.append(f"{fid} ({date}) — {'; '.join(details)}")
    return Jurisdiction("outside" if all_located else "undetermined", tuple(reasons))
