"""Defeaters (`unless`): whether a ground the law permits is established or credibly asserted
for an act, and what that does to the element's status."""

from __future__ import annotations

from rome_elements.base.vocabulary import RANK
from rome_elements.engine.analysis_inputs import ElementKey
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
        self._defeats: dict[tuple[ElementKey, str | None], Defeat] = {}

    def defeat(self, key: ElementKey, act: str | None) -> Defeat:
        """Whether the element's defeaters are `established` or `asserted` for the act, with
        the facts of the defeater chains that do so; (None, []) otherwise. Their chains are
        ranked by `engine.weigh.ground_ranks` (one threshold at every standard)."""
        memo = self._defeats.get((key, act))
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
        self._defeats[(key, act)] = found
        return found
