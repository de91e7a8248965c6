"""Defeaters (`unless`): whether a ground the law permits is established or credibly asserted
for an act, and what that does to the element's status."""

from __future__ import annotations

from collections.abc import Collection

from rome_elements.base.vocabulary import RANK
from rome_elements.engine.analysis_inputs import ElementKey, ScopedMemo
from rome_elements.engine.grouping import Grouping, defeaters
from rome_elements.engine.weigh import GROUND_ASSERTED, GROUND_ESTABLISHED

Defeat = tuple[str | None, list[str]]
"""("established" or "asserted", the facts of the defeater chains that show it), or (None, [])."""


def defeated(status: str, defeat: str | None) -> str:
    """A status weighed against its defeaters: established, the element is not met;
    credibly asserted, it is at best contested."""
    if defeat == "established":
        return "missing"
    if defeat == "asserted" and RANK[status] > RANK["contested"]:
        return "contested"
    return status


class Defeats:
    def __init__(self, grouping: Grouping) -> None:
        self.grouping = grouping
        self._defeats: ScopedMemo[tuple[str, str | None], Defeat] = ScopedMemo()

    def defeat(self, key: ElementKey, act: str | None) -> Defeat:
        """Whether the element's defeaters are `established` or `asserted` for the act, with
        the facts of the defeater chains that do so; (None, []) otherwise. Their chains are
        ranked by `engine.weigh.ground_ranks` (one threshold at every standard)."""
        memo = self._defeats.get(key[0], (key[1], act))
        if memo is not None:
            return memo
        found: Defeat = (None, [])
        if self.grouping.has_defeaters(key):
            results = self.grouping.chains_for(defeaters(key), act)
            best = max((f.best for f in results), default=-1)
            facts = {x for f in results if f.best == best for x in f.facts}
            if best == GROUND_ESTABLISHED:
                found = ("established", self.grouping.inputs.sort(facts))
            elif best == GROUND_ASSERTED:
                found = ("asserted", self.grouping.inputs.sort(facts))
        return self._defeats.put(key[0], (key[1], act), found)

    def forget(self, scopes: Collection[str]) -> None:
        """Drop what is known of the elements of these scopes (a charge assessed)."""
        self.grouping.forget(scopes)
        self._defeats.forget(scopes)
