"""What an element's rules found, grouped by the act each chain rests on, and the best status
of each group (memoised per element: every charge of a crime shares its crime's elements)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass

from rome_elements.base.vocabulary import BY_RANK
from rome_elements.engine.analysis_inputs import ElementKey, Inputs, ScopedMemo
from rome_elements.engine.reference import Found
from rome_elements.rules.ast import DEFEATER
from rome_elements.rules.program import Rule


@dataclass
class Grouped:
    """What one element's rules found, grouped by the act they rest on (None: what rules that
    do not depend on the act found, which counts for every act)."""

    by_act: dict[str | None, list[Found]]
    dependent: bool  # every rule of the element binds the act
    best: dict[str | None, str]  # the best status of each group's chains
    tables: list[tuple[Rule, Mapping[str | None, Found]]]  # what each rule found, by act


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
        self._grouped: ScopedMemo[str, Grouped] = ScopedMemo()

    def grouped(self, key: ElementKey) -> Grouped:
        found = self._grouped.get(*key)
        if found is not None:
            return found
        rules = self.inputs.rules_by_element.get(key, [])
        tables = [(r, table) for r in rules if (table := self.inputs.found(r))]
        by_act: dict[str | None, list[Found]] = defaultdict(list)
        for _, table in tables:
            for act, what in table.items():
                by_act[act].append(what)
        dependent = bool(rules) and all(r.act is not None for r in rules)
        best = {act: best_status(founds) for act, founds in by_act.items()}
        return self._grouped.put(*key, Grouped(dict(by_act), dependent, best, tables))

    def forget(self, scopes: Collection[str]) -> None:
        """Drop what the elements of these scopes found (a charge assessed)."""
        self._grouped.forget(scopes)

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
