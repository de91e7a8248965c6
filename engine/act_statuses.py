"""Every element's status for each act of a charge, worked out once per element rather than
once per act: an element has the same status for every act its rules and defeaters found
nothing particular to, and acts that fare alike share one tuple of statuses."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from rome_elements.base.vocabulary import RANK
from rome_elements.engine.analysis_inputs import ElementKey
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


class ActStatuses:
    def __init__(self, grouping: Grouping, defeats: Defeats) -> None:
        self.grouping = grouping
        self.defeats = defeats
        self._by_act: dict[ElementKey, tuple[str, dict[str, str]]] = {}
        self._signatures: dict[tuple[tuple[ElementKey, int], ...], tuple[int, dict[str, int]]] = {}
        self._outcomes: dict[Statuses, Statuses] = {}

    def statuses(self, parts: Sequence[Part], acts: Sequence[str | None]) -> list[Statuses]:
        """Every element's (part, element id, status) for each act, in the order of `acts`.

        An element has the same status for every act that its rules and its defeaters found
        nothing particular to (what their act-independent chains found), so it is worked out
        once for those and once for each act they name. Acts that fare alike share one tuple,
        across charges too (`_outcomes`): a charge of a large situation has thousands."""
        # each act's statuses as one integer (`StatusPacking`: two bits per element, its
        # status's rank): a row per act would cost a list, a tuple and its hash; this is one
        # addition per status an element names, and one tuple per distinct outcome. The
        # crime's elements (scopes `crime:...`) are the same for every charge of the crime:
        # their part of the sum is worked out once
        packing = StatusPacking(len(parts))
        triples = [
            tuple((part, el.id.value, st) for st in packing.statuses) for part, _, el, _ in parts
        ]
        keys = [(key, j) for j, (_, _, _, key) in enumerate(parts)]
        shared = tuple(kj for kj in keys if kj[0][0].startswith(_CRIME_SCOPES))
        found = self._signatures.get(shared)
        if found is None:
            found = self._signatures[shared] = self._signature(packing, shared, 0, {})
        base, signature = found
        own = [kj for kj in keys if not kj[0][0].startswith(_CRIME_SCOPES)]
        if own:
            base, signature = self._signature(packing, own, base, dict(signature))
        outcomes: dict[int, Statuses] = {}
        out = []
        for each in acts:
            sig = base + signature.get(each, 0) if each is not None else base
            statuses = outcomes.get(sig)
            if statuses is None:
                ranks = packing.ranks(sig)
                statuses = tuple(options[r] for options, r in zip(triples, ranks, strict=True))
                statuses = outcomes[sig] = self._outcomes.setdefault(statuses, statuses)
            out.append(statuses)
        return out

    def _signature(
        self,
        packing: StatusPacking,
        keys: Iterable[tuple[ElementKey, int]],
        base: int,
        signature: dict[str, int],
    ) -> tuple[int, dict[str, int]]:
        """Add the elements (key, place) to a sum of statuses (see `statuses`): `base` for
        an act that none of them names, plus `signature[act]` for one that some do."""
        for key, j in keys:
            common, named = self._element_statuses(key)
            base += packing.field(j, common)
            for act, status in named.items():
                signature[act] = signature.get(act, 0) + packing.change(j, common, status)
        return base, signature

    def _element_statuses(self, key: ElementKey) -> tuple[str, dict[str, str]]:
        """The element's status for an act its rules and defeaters found nothing particular
        to, and its status for each act they name where that differs (memoised: the crime's
        elements are the same for every charge of the crime)."""
        memo = self._by_act.get(key)
        if memo is not None:
            return memo
        g = self.grouping.grouped(key)
        common = g.best.get(None, "missing")
        common_rank = RANK[common]
        has_defeaters = self.grouping.has_defeaters(key)
        default = self._act_status(key, None, g.best, common, common_rank, has_defeaters)
        acts = [a for a in g.best if a is not None]
        if has_defeaters:
            acts += [a for a in self.grouping.grouped(defeaters(key)).by_act if a is not None]
        named = {}
        for act in acts:
            status = self._act_status(key, act, g.best, common, common_rank, has_defeaters)
            if status != default:
                named[act] = status
        memo = self._by_act[key] = (default, named)
        return memo

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
