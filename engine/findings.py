"""One element's finding for one act: its status, its chains (strongest first), the facts and
evidence behind them, what it needs, its notes; shared by every charge that asks the same."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, replace

from rome_elements.base.vocabulary import BY_RANK, RANK
from rome_elements.engine.analysis_inputs import ElementKey, ScopedMemo
from rome_elements.engine.defeat import Defeats, defeated
from rome_elements.engine.needs import NO_ACT, Needs
from rome_elements.engine.reference import Found, merge
from rome_elements.engine.report import Chain, ElementFinding
from rome_elements.rules import ast


@dataclass(frozen=True, slots=True)
class _Chains:
    status: str  # the best status of any chain ("missing" when there is none)
    chains: list[Chain]  # the strongest first, at most max_chains of them
    total: int  # distinct chains in all
    facts: list[str]  # the own facts of every chain of the best status, in natural order
    via: list[str]  # the facts those chains join on, in natural order
    own: set[str]  # the own facts of any chain whose evidence failed its integrity check


class ElementFindings:
    def __init__(self, defeats: Defeats, needs: Needs) -> None:
        self.grouping = defeats.grouping
        self.inputs = defeats.grouping.inputs
        self.defeats = defeats
        self.needs = needs
        self._findings: ScopedMemo[tuple[str, str | None], ElementFinding] = ScopedMemo()
        self._basis: dict[str, frozenset[str]] = {}
        self._abouts: dict[
            tuple[int, int],
            tuple[ast.Element, ast.Scope, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]],
        ] = {}

    def element(
        self,
        scope: ast.Scope,
        el: ast.Element,
        key: ElementKey,
        part: str,
        act: str | None,
        no_act: bool,
    ) -> ElementFinding:
        """One element's finding for the act; shared by every charge that asks the same."""
        g = self.grouping.grouped(key)
        bound = g.dependent or act in g.best or self.grouping.has_defeaters(key)
        memo_act = act if bound else None
        found = self._findings.get(key[0], (key[1], memo_act))
        if found is None:
            found = self._findings.put(
                key[0], (key[1], memo_act), self._element(scope, el, key, part, memo_act, no_act)
            )
        return found

    def forget(self, scopes: Collection[str]) -> None:
        """Drop what is known of the elements of these scopes (a charge assessed)."""
        self.needs.forget(scopes)
        self._findings.forget(scopes)

    def _about(
        self, scope: ast.Scope, el: ast.Element
    ) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
        """An element's notes, derived facts and options, as the library states them: once
        per element, one tuple for every finding of it (N accused's charges each have one)."""
        key = (id(scope), id(el))
        found = self._abouts.get(key)
        if found is None or found[0] is not el or found[1] is not scope:
            notes = tuple(
                f"{m.key}: {m.value}"
                for m in el.meta
                if m.key in ("note", "footnote", "unsettled", "mental")
            )
            derived = tuple(
                d.text
                for d in self.inputs.lib.members(scope)
                if isinstance(d, ast.Derived) and d.for_element.value == el.id.value
            )
            options = tuple(self._option_text(w) for w in el.when)
            found = self._abouts[key] = (el, scope, (notes, derived, options))
        return found[2]

    def _element(
        self,
        scope: ast.Scope,
        el: ast.Element,
        key: ElementKey,
        part: str,
        act: str | None,
        no_act: bool,
    ) -> ElementFinding:
        inputs = self.inputs
        weights = inputs.weights
        grouped = self.grouping.grouped(key)
        found = self._chains(self.grouping.chains_for(key, act))
        status, chains, facts, via = found.status, found.chains, found.facts, found.via
        defeat, defeaters = self.defeats.defeat(key, act) if status != "missing" else (None, [])
        total = found.total
        if defeat == "established":  # a ground the law permits is established: not met
            status, chains, facts, via, total = "missing", [], [], [], 0
        elif defeat == "asserted" and RANK[status] > RANK["contested"]:
            status = "contested"
            chains = [replace(c, status=defeated(c.status, defeat)) for c in chains]
        direct = {e for f in facts if f in weights for e in weights[f].evidence}
        indirect = {
            e
            for f in facts
            for basis in self.basis(f)
            if basis in weights
            for e in weights[basis].evidence
        } - direct
        evidence = inputs.sort(direct | indirect)
        is_conduct = part == "crime" and el.subkind is not None and el.subkind.value == "conduct"
        if status == "missing" and no_act and grouped.dependent and not is_conduct:
            needs = [NO_ACT]
        elif defeat is not None:
            needs = self.needs.defeat_needs(key, defeat, defeaters, act)
        else:
            needs = self.needs.needs(key, status, facts, act)
        rank = inputs.rank
        broken = sorted(
            {(f, e) for f in found.own if f in weights for e in weights[f].failed},
            key=lambda fe: (rank.get(fe[0], -1), rank.get(fe[1], -1), fe),
        )
        integrity = tuple(
            f"integrity: {e} (evidence for {f}) failed its integrity check and was not weighed"
            for f, e in broken
        )
        notes, derived, options = self._about(scope, el)
        return ElementFinding(
            id=el.id.value,
            part=part,
            kind=el.kind.value,
            subkind=el.subkind.value if el.subkind else None,
            text=el.text,
            status=status,
            facts=tuple(facts),
            evidence=tuple(evidence),
            via=tuple(via),
            chains=tuple(chains),
            chains_total=total,
            needs=tuple(needs) + (integrity if status != "supported" else ()),
            notes=integrity + notes,
            provenance=next(iter(el.meta_values("provenance")), scope.meta_value("provenance")),
            options=options,
            derived=derived,
            evidence_indirect=tuple(inputs.sort(indirect)),
        )

    def basis(self, fid: str) -> frozenset[str]:
        """The facts a fact is inferred from, transitively (not itself)."""
        found = self._basis.get(fid)
        if found is not None:
            return found
        out: set[str] = set()
        stack = [fid]
        facts = self.inputs.case.facts_by_id
        while stack:
            record = facts.get(stack.pop())
            for b in record.inferred_from if record is not None else ():
                if b not in out and b != fid:
                    out.add(b)
                    stack.append(b)
        found = self._basis[fid] = frozenset(out)
        return found

    def _option_text(self, when: ast.When) -> str:
        decl = self.inputs.lib.options[when.option.value]
        chosen = self.inputs.options.get(when.option.value, "")
        is_default = decl.default is not None and decl.default.value == chosen
        return (
            f"relies on option {when.option.value} = {chosen}"
            f"{' (the default)' if is_default else ''}: the law on this point is unsettled"
        )

    def _chains(self, found: list[Found]) -> _Chains:
        """The element's chains (for one act), and what the report says of them: merged from
        what each of its rules found (`engine.reference.merge`), exactly as if every chain had
        been kept."""
        inputs = self.inputs
        merged = merge(found, inputs.max_chains, inputs.rank)
        return _Chains(
            status=BY_RANK[merged.best] if merged.best >= 0 else "missing",
            chains=[Chain(own, via, BY_RANK[-key[0]]) for key, (own, via) in merged.chains],
            total=merged.total,
            facts=inputs.sort(merged.facts),
            via=inputs.sort(merged.via),
            own=merged.failed,
        )
