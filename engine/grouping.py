"""What an element's rules found, by the act each chain rests on: the best status for every act
(memoised per element: every charge of a crime shares its crime's elements), and the chains of
the acts the report lists in full, worked out for those acts alone.

Every act's statuses need only the best status of each act's chains (`Inputs.best`); the chains
themselves (how many, which facts, which are listed) are needed for the acts a charge lists with
their elements' findings: the first `forms.MAX_ACTS` of each charge, and any act a finding asks
for. `want` names them before their findings are asked for, so that each rule is evaluated once
for all of them (`Inputs.found` with those acts). A defeater's chains are needed for every act
its defeat is asked for: its rules are evaluated for every act at once."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass

from rome_elements.base.vocabulary import BY_RANK
from rome_elements.engine.analysis_inputs import ElementKey, Inputs, ScopedMemo
from rome_elements.engine.reference import Found, keep_best
from rome_elements.rules.ast import DEFEATER
from rome_elements.rules.program import Rule


@dataclass
class Grouped:
    """What one element's rules found: the best status of the chains of each act they found
    something for (None: what rules that do not bind the act found, which counts for every
    act); for a defeater pseudo-element, also every rule's chains by act."""

    best: dict[str | None, str]
    dependent: bool  # every rule of the element binds the act
    by_act: dict[str | None, list[Found]] | None = None  # a defeater's: every act's chains
    tables: list[tuple[Rule, Mapping[str | None, Found]]] | None = None  # ... by rule


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
        self._chains: ScopedMemo[tuple[str, str | None], list[Found]] = ScopedMemo()
        self._wanted: frozenset[str] = frozenset()

    def grouped(self, key: ElementKey) -> Grouped:
        found = self._grouped.get(*key)
        if found is not None:
            return found
        rules = self.inputs.rules_by_element.get(key, [])
        dependent = bool(rules) and all(r.act is not None for r in rules)
        if key[1].endswith(DEFEATER):
            tables = [(r, table) for r in rules if (table := self.inputs.found(r, None))]
            by_act: dict[str | None, list[Found]] = defaultdict(list)
            for _, table in tables:
                for act, what in table.items():
                    by_act[act].append(what)
            best = {act: best_status(founds) for act, founds in by_act.items()}
            return self._grouped.put(*key, Grouped(best, dependent, dict(by_act), tables))
        ranks: dict[str | None, int] = {}
        for r in rules:
            keep_best(ranks, self.inputs.best(r).items())
        return self._grouped.put(
            *key, Grouped({act: BY_RANK[r] for act, r in ranks.items()}, dependent)
        )

    def forget(self, scopes: Collection[str]) -> None:
        """Drop what the elements of these scopes found (a charge assessed)."""
        self._grouped.forget(scopes)
        self._chains.forget(scopes)

    def want(self, acts: Iterable[str | None]) -> None:
        """The acts whose chains are about to be asked for (`chains_for`): a charge's acts
        listed in full. Each element's rules are then evaluated once for all of them."""
        self._wanted = frozenset(a for a in acts if a is not None)

    def chains_for(self, key: ElementKey, act: str | None) -> list[Found]:
        """What the element's rules found for the act, and for every act."""
        g = self.grouped(key)
        if g.by_act is not None:
            out = list(g.by_act.get(None, ()))
            if act is not None:
                out += g.by_act.get(act, ())
            return out
        scope, element = key
        found = self._chains.get(scope, (element, act))
        if found is not None:
            return found
        # this act and the wanted ones not yet worked out for this element (only acts it
        # found something for: the others have the chains of every act alone)
        acts = {act} if act is not None and act in g.best else set()
        acts.update(
            a for a in self._wanted if a in g.best and self._chains.get(scope, (element, a)) is None
        )
        rules = self.inputs.rules_by_element.get(key, [])
        free = self._chains.get(scope, (element, None))
        if free is None:
            tables = (self.inputs.found(r, None) for r in rules if r.act is None)
            free = [t[None] for t in tables if None in t]
            self._chains.put(scope, (element, None), free)
        by_rule = [self.inputs.found(r, acts) for r in rules if r.act is not None] if acts else []
        for a in acts:
            self._chains.put(scope, (element, a), free + [t[a] for t in by_rule if a in t])
        if act is not None and act not in acts:  # nothing particular to it
            return free
        return self._chains.get(scope, (element, act)) or free

    def has_defeaters(self, key: ElementKey) -> bool:
        """Whether the element has defeaters (`unless`) in the program."""
        return defeaters(key) in self.inputs.rules_by_element
