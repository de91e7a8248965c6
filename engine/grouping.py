"""What an element's rules found, grouped by the act each chain rests on, and the best status
of each group (memoised per element: every charge of a crime shares its crime's elements)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from rome_elements.base.vocabulary import BY_RANK
from rome_elements.engine.analysis_inputs import ElementKey, Inputs
from rome_elements.engine.reference import Found
from rome_elements.rules.ast import DEFEATER


@dataclass
class Grouped:
    """What one element's rules found, grouped by the act they rest on (None: what rules that
    do not depend on the act found, which counts for every act)."""

    by_act: dict[str | None, list[Found]]
    dependent: bool  # every rule of the element binds the act
    best: dict[str | None, str]  # the best status of each group's chains


def defeaters(key: ElementKey) -> ElementKey:
    """The key of an element's defeaters (`unless`), compiled as a pseudo-element."""
    return (key[0], key[1] + DEFEATER)


def best_status(found: Iterable[Found]) -> str:
    """The best status of any of the chains ("missing" when there is none)."""
    best = max((f.best for f in found), default=-1)
    return BY_RANK[best] if best >= 0 else "missing"


class Grouping:
    def __init__(self, inputs: Inputs) -> None:
        self.inputs = inputs
        self._grouped: dict[ElementKey, Grouped] = {}

    def grouped(self, key: ElementKey) -> Grouped:
        found = self._grouped.get(key)
        if found is not None:
            return found
        by_act: dict[str | None, list[Found]] = defaultdict(list)
        for table in self.inputs.by_element.get(key, ()):
            for act, what in table.items():
                by_act[act].append(what)
        rules = self.inputs.rules_by_element.get(key, [])
        dependent = bool(rules) and all(r.act is not None for r in rules)
        best = {act: best_status(founds) for act, founds in by_act.items()}
        found = self._grouped[key] = Grouped(dict(by_act), dependent, best)
        return found

    def chains_for(self, key: ElementKey, act: str | None) -> list[Found]:
        """What the element's rules found for the act, and for every act."""
        g = self.grouped(key)
        out = list(g.by_act.get(None, ()))
        if act is not None:
            out += g.by_act.get(act, ())
        return out

    def has_defeaters(self, key: ElementKey) -> bool:
        """Whether the element has defeaters (`unless`) in the program."""
        return defeaters(key) in self.inputs.rules_by_element
