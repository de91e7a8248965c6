"""Every element's status for each act of a charge, worked out once per element rather than
once per act: an element has the same status for every act its rules and defeaters found
nothing particular to, and acts that fare alike share one tuple of statuses."""

from __future__ import annotations

from collections.abc import Collection, Iterable, KeysView, Mapping, Sequence
from dataclasses import dataclass, field

from rome_elements.base.vocabulary import RANK
from rome_elements.engine.analysis_inputs import ElementKey, ScopedMemo
from rome_elements.engine.defeat import Defeats, defeated
from rome_elements.engine.grouping import Grouping, defeaters
from rome_elements.engine.status_packing import StatusPacking
from rome_elements.rules import ast
from rome_elements.rules.compile import crime_scope

Part = tuple[str, ast.Scope, ast.Element, ElementKey]
"""An element of a charge: its part ("crime" or "mode"), its scope, the element, its key."""
Statuses = tuple[tuple[str, str, str], ...]
"""An act's (part, element id, status) for every element of a charge, in order."""

_CRIME_SCOPES = crime_scope("")  # the prefix of every scope shared by a crime's charges


@dataclass(frozen=True, eq=False)
class Plan:
    """A charge's elements' statuses for each act: `base` for an act that no element names,
    plus what `shared` (the crime's elements, the same for every charge of the crime) and
    `own` (the charge's own elements) name for it."""

    packing: StatusPacking
    labels: tuple[tuple[str, str], ...]  # (part, element id) of each place
    shared_keys: tuple[tuple[ElementKey, int], ...]  # the crime's elements and their places
    base: int
    shared: Mapping[str, int]
    own: Mapping[str, int]
    rows: dict[int, Statuses] = field(default_factory=dict)  # `ActStatuses.outcome`, by row

    def packed(self, act: str | None) -> int:
        """The act's row (None: an act no element names)."""
        if act is None:
            return self.base
        return self.base + self.shared.get(act, 0) + self.own.get(act, 0)

    def packed_shared(self, act: str | None) -> int:
        """The act's row as if the charge's own elements named no act."""
        if act is None:
            return self.base
        return self.base + self.shared.get(act, 0)


class ActStatuses:
    def __init__(self, grouping: Grouping, defeats: Defeats) -> None:
        self.grouping = grouping
        self.defeats = defeats
        self._by_act: ScopedMemo[str, tuple[str, dict[str, str]]] = ScopedMemo()
        self._signatures: dict[tuple[tuple[ElementKey, int], ...], tuple[int, dict[str, int]]] = {}
        self._outcomes: dict[Statuses, Statuses] = {}
        self._rows: dict[tuple[tuple[tuple[str, str], ...], int], Statuses] = {}

    def plan(self, parts: Sequence[Part], acts: KeysView[str] | None = None) -> Plan:
        """Every element's status for every act of a charge, as sums of packed statuses.

        An element has the same status for every act that its rules and its defeaters found
        nothing particular to (what their act-independent chains found), so it is worked out
        once for those and once for each act they name. `acts`: the acts of the charge's crime
        (the only acts a plan is asked about); a charge's own element that has one status for
        every one of them has it in `base`, not act by act (an accused's state of mind that
        names no act reaches every act: N accused's charges would each move every act)."""
        # each act's statuses as one integer (`StatusPacking`: two bits per element, its
        # status's rank): a row per act would cost a list, a tuple and its hash; this is one
        # addition per status an element names, and one tuple per distinct outcome. The
        # crime's elements (scopes `crime:...`) are the same for every charge of the crime:
        # their part of the sum is worked out once
        packing = StatusPacking(len(parts))
        keys = [(key, j) for j, (_, _, _, key) in enumerate(parts)]
        shared = tuple(kj for kj in keys if kj[0][0].startswith(_CRIME_SCOPES))
        found = self._signatures.get(shared)
        if found is None:
            found = self._signatures[shared] = self._signature(packing, shared, 0, {})
        own = [kj for kj in keys if not kj[0][0].startswith(_CRIME_SCOPES)]
        own_base, own_named = self._signature(packing, own, 0, {}, acts)
        labels = tuple((part, el.id.value) for part, _, el, _ in parts)
        return Plan(packing, labels, shared, found[0] + own_base, found[1], own_named)

    def forget(self, scopes: Collection[str]) -> None:
        """Drop what is known of the elements of these scopes (a charge assessed)."""
        self.defeats.forget(scopes)
        self._by_act.forget(scopes)

    def outcome(self, plan: Plan, packed: int) -> Statuses:
        """The statuses of a packed row; alike rows share one tuple, across charges too (a
        charge of a large situation has thousands of acts). Remembered in the plan too: one
        lookup by the row alone for each act of the charge."""
        found = plan.rows.get(packed)
        if found is not None:
            return found
        memo = (plan.labels, packed)
        found = self._rows.get(memo)
        if found is None:
            statuses = tuple(
                (part, el, plan.packing.statuses[r])
                for (part, el), r in zip(plan.labels, plan.packing.ranks(packed), strict=True)
            )
            found = self._rows[memo] = self._outcomes.setdefault(statuses, statuses)
        plan.rows[packed] = found
        return found

    def _signature(
        self,
        packing: StatusPacking,
        keys: Iterable[tuple[ElementKey, int]],
        base: int,
        signature: dict[str, int],
        acts: KeysView[str] | None = None,
    ) -> tuple[int, dict[str, int]]:
        """Add the elements (key, place) to a sum of statuses (see `statuses`): `base` for
        an act that none of them names, plus `signature[act]` for one that some do. An
        element that names every one of `acts` (if given and not empty) with one status has
        that status in `base` (it is asked about no other act)."""
        for key, j in keys:
            common, named = self._element_statuses(key)
            if acts and named.keys() >= acts and len(set(named.values())) == 1:
                common, named = next(iter(named.values())), {}
            base += packing.field(j, common)
            # what each status adds (few distinct): one lookup per act, not a call
            change = {s: packing.change(j, common, s) for s in set(named.values())}
            if not signature:  # the first element that names acts: nothing to add to
                signature.update(zip(named, map(change.__getitem__, named.values()), strict=True))
                continue
            get = signature.get
            for act, status in named.items():
                signature[act] = get(act, 0) + change[status]
        return base, signature

    def _element_statuses(self, key: ElementKey) -> tuple[str, dict[str, str]]:
        """The element's status for an act its rules and defeaters found nothing particular
        to, and its status for each act they name where that differs (memoised: the crime's
        elements are the same for every charge of the crime)."""
        memo = self._by_act.get(*key)
        if memo is not None:
            return memo
        g = self.grouping.grouped(key)
        common = g.best.get(None, "missing")
        common_rank = RANK[common]
        has_defeaters = self.grouping.has_defeaters(key)
        default = self._act_status(key, None, g.best, common, common_rank, has_defeaters)
        if not has_defeaters:  # `_act_status` without defeaters, for every act at once
            named = {
                act: status
                for act, here in g.best.items()
                if act is not None
                and (status := here if RANK[here] >= common_rank else common) != default
            }
            return self._by_act.put(*key, (default, named))
        acts = [a for a in g.best if a is not None]
        acts += [a for a in self.grouping.grouped(defeaters(key)).best if a is not None]
        named = {}
        for act in acts:
            status = self._act_status(key, act, g.best, common, common_rank, has_defeaters)
            if status != default:
                named[act] = status
        return self._by_act.put(*key, (default, named))

    def _act_status(
        self,
        key: ElementKey,
        act: str | None,
        best: Mapping[str | None, str],
        common: str,
        common_rank: int,
        has_defeaters: bool,
    ) -> str:
        """The element's status for the act, with what does not depend on the act worked out
        by the caller."""
        here = best.get(act, "missing") if act is not None else "missing"
        status = here if RANK[here] >= common_rank else common
        return defeated(status, self.defeats.defeat(key, act)[0]) if has_defeaters else status
