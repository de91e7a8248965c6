"""What every part of the act-by-act analysis reads: the compiled rules by element, what they
found, the facts, their weights, the standard, the options and the natural order of ids.

`engine.analyse.build_report` gathers these once per report; the parts of the analysis
(`engine.grouping`, `engine.defeat`, `engine.needs`, `engine.findings`, `engine.act_statuses`,
`engine.forms`) each keep their own memo tables and share this."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from rome_elements.engine.reference import FactIndex, Found
from rome_elements.engine.weigh import FactWeight
from rome_elements.facts.model import Case
from rome_elements.rules.library import Library, Standard
from rome_elements.rules.program import Fact, Rule

MAX_CHAINS = 20
"""Chains listed per element by default (`elements check --all-chains` lists every one)."""

ElementKey = tuple[str, str]
"""An element of a charge as the compiled program names it: (scope, element id)."""

K = TypeVar("K")
V = TypeVar("V")


class ScopedMemo(Generic[K, V]):
    """A memo table whose entries each belong to a scope of the program, so that a charge's
    own (scopes `ChargeSpec.scope` and `ChargeSpec.crime_scope`) can be forgotten once the
    charge is assessed: N charges each with N acts would otherwise keep N x N entries."""

    __slots__ = ("_by_scope",)

    def __init__(self) -> None:
        self._by_scope: dict[str, dict[K, V]] = {}

    def get(self, scope: str, key: K) -> V | None:
        table = self._by_scope.get(scope)
        return None if table is None else table.get(key)

    def put(self, scope: str, key: K, value: V) -> V:
        self._by_scope.setdefault(scope, {})[key] = value
        return value

    def forget(self, scopes: Collection[str]) -> None:
        for scope in scopes:
            self._by_scope.pop(scope, None)


@dataclass(frozen=True, eq=False)
class Inputs:
    found: Callable[[Rule, Collection[str] | None], Mapping[str | None, Found]]
    """What a rule found, by act (None: chains that bind no act), for the acts given (None:
    every act; a rule that does not bind the act: every chain); worked out when asked
    (`engine.reference.Deferred`), so the caller keeps what it needs (`engine.grouping`)."""
    best: Callable[[Rule], Mapping[str | None, int]]
    """The `Found.best` of each act a rule found something for: every act's statuses need
    no more (`engine.reference.Deferred.best`)."""
    rules_by_element: Mapping[ElementKey, list[Rule]]
    facts_by_type: Mapping[str, list[Fact]]
    """The engine's facts by type, each list in natural order of ids (near misses)."""
    weights: Mapping[str, FactWeight]
    standard: Standard
    options: Mapping[str, str]
    lib: Library
    rank: Mapping[str, int]
    """Every fact and evidence id's place in natural order (`engine.ids.rank_ids`)."""
    max_chains: int | None
    case: Case
    facts_by_id: dict[str, Fact] = field(init=False)
    index: FactIndex = field(init=False)

    def __post_init__(self) -> None:
        facts = [f for fs in self.facts_by_type.values() for f in fs]
        object.__setattr__(self, "facts_by_id", {str(f["id"]): f for f in facts})
        object.__setattr__(self, "index", FactIndex(facts))

    def sort(self, ids: Iterable[str]) -> list[str]:
        """Case ids in natural order (E2 before E10)."""
        return sorted(ids, key=self.rank.__getitem__)
