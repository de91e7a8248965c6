"""What an element that is not supported needs: the kind of fact that would satisfy it and the
facts that came closest (near misses), what its facts need to meet the standard, or what would
answer its defeaters."""

from __future__ import annotations

from collections.abc import Collection

from rome_elements.engine.analysis_inputs import MAX_CHAINS, ElementKey, ScopedMemo
from rome_elements.engine.explain import near_misses, requirement
from rome_elements.engine.grouping import Grouping, defeaters
from rome_elements.engine.weigh import GROUND_ASSERTED, GROUND_ESTABLISHED
from rome_elements.rules.program import Fact, Rule

NO_ACT = (
    "no act to assess: no fact establishes the crime's conduct (its `conduct` element), so "
    "this element has nothing to rest on"
)


class Needs:
    def __init__(self, grouping: Grouping, near_misses: bool = True) -> None:
        self.grouping = grouping
        self.inputs = grouping.inputs
        self.near_misses = near_misses  # False: only what kind of fact each element needs
        self._need: dict[str, str] = {}
        self._missing: ScopedMemo[tuple[str, str | None], list[str]] = ScopedMemo()
        self._near: ScopedMemo[tuple[str, str | None], list[str]] = ScopedMemo()
        self._requirement: dict[str, str] = {}

    def forget(self, scopes: Collection[str]) -> None:
        """Drop what is known of the elements of these scopes (a charge assessed)."""
        self._missing.forget(scopes)
        self._near.forget(scopes)

    def needs(self, key: ElementKey, status: str, facts: list[str], act: str | None) -> list[str]:
        """What the element needs at this status, given the facts of its best chains."""
        if status == "supported":
            return []
        if status == "missing":
            found = self._missing.get(key[0], (key[1], act))
            if found is None:
                out = []
                fact = self.inputs.facts_by_id.get(act) if act is not None else None
                for rule in self.inputs.rules_by_element.get(key, []):
                    out.append(self._requirement_of(rule))
                    out.extend(self._near_misses(rule, fact))
                found = self._missing.put(key[0], (key[1], act), list(dict.fromkeys(out)))
            return found
        out = []
        memo = self._need
        for fid in facts:
            found_need = memo.get(fid)
            if found_need is None:
                found_need = memo[fid] = self._fact_need(fid)
            if found_need:
                out.append(found_need)
        return out

    def _requirement_of(self, rule: Rule) -> str:
        """ "needs " and `explain.requirement`, once per rule (an element is missing for many
        acts: one string for all of them)."""
        found = self._requirement.get(rule.id)
        if found is None:
            found = self._requirement[rule.id] = "needs " + requirement(rule)
        return found

    def _near_misses(self, rule: Rule, act: Fact | None) -> list[str]:
        """The rule's near misses as lines ("near miss: ..."), anchored on the act where the
        rule binds it (memoised: a rule that does not bind the act has the same near misses
        for every act)."""
        if not self.near_misses:
            return []
        anchor = (rule.act, act) if rule.act is not None and act else None
        memo_key = (rule.id, str(act["id"]) if anchor is not None and act else None)
        found = self._near.get(rule.scope, memo_key)
        if found is None:
            # the index's own lists (the same facts in the same order as `facts_by_type`):
            # near misses then rank the facts through its equality indexes
            index = self.inputs.index
            found = self._near.put(
                rule.scope,
                memo_key,
                [
                    "near miss: " + n
                    for n in near_misses(rule, index.by_type, index, anchor=anchor, distinct=True)
                ],
            )
        return found

    def defeat_needs(
        self, key: ElementKey, defeat: str, shown: list[str], act: str | None
    ) -> list[str]:
        """What the defeaters show, and what would answer them."""
        ids = ", ".join(shown[:MAX_CHAINS])
        rules = self.inputs.rules_by_element.get(defeaters(key), [])
        # name the grounds that decided (the rules whose chains reach the defeat's rank for
        # this act), not every ground the element has
        reached = GROUND_ESTABLISHED if defeat == "established" else GROUND_ASSERTED
        # what each rule found for every act, and for this one (not a scan of every act)
        deciding = [
            r
            for r, table in self.grouping.grouped(defeaters(key)).tables or ()
            if any(f is not None and f.best == reached for f in (table.get(None), table.get(act)))
        ]
        grounds = "; or ".join(dict.fromkeys(requirement(r) for r in deciding or rules))
        if defeat == "established":
            head = (
                f"defeated: credible evidence for {ids}, not credibly contradicted, shows a "
                f"ground that defeats this element (unless {grounds})"
            )
            tail = "to answer it: credible evidence contradicting " + ids
        else:
            head = (
                f"contested: credible evidence for {ids} asserts a ground that would defeat "
                f"this element (unless {grounds}), and credible evidence contradicts it"
            )
            tail = "to answer it: the contradiction must settle the ground either way"
        return [head, tail]

    def _fact_need(self, fid: str) -> str:
        """What the fact needs to be supported at the standard ("" if nothing)."""
        w = self.inputs.weights.get(fid)
        if w is None or w.status == "supported":
            return ""
        standard = self.inputs.standard
        if w.status == "insufficient":
            more = max(standard.origins - len(w.origins), 1)
            graded = f" (graded below: {', '.join(w.below)})" if w.below else ""
            return (
                f"{fid}: {w.reason}{graded}; needs {more} more independent origin"
                f"{'s' if more != 1 else ''} graded {standard.min_grade} or better"
            )
        return f"{fid}: {w.reason}; needs stronger support or an answer to the contradiction"
