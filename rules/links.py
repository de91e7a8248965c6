"""A mode's links of the accused to the act: the objective elements whose every chain ties the
charged accused to the act it binds (issue 18).

Each mode says, in its objective elements, how the accused is tied to an act: the accused
carried it out (`personal_commission`), is party to the plan the act implemented
(`common_plan`), controls the organisation whose member carried it out
(`control_of_organisation`), gave the order or the assistance the act received (`instruction`,
`assistance`), contributed to it (`group_contribution`), had effective control over those who
committed it (`effective_control`). Such an element names the accused and the act in facts that
name one another: an identity (`==`, `has`) runs from the accused to the act, through its own
facts or through an element it joins on that is such a link. A date (`<=`, `during`) places a
fact in the act's time and ties no one to the act: a command held at the time of every act
(`military_commander`) is no link to any one of them. Nor is a mental (subjective) element: a
state of mind that names no act reaches every act. And an element that does not name the
accused (`crime_committed`, `forces_committed`) is true of anyone's act.
"""

from __future__ import annotations

from collections.abc import Mapping

from rome_elements.rules import ast
from rome_elements.rules.compile import active_elements
from rome_elements.rules.dnf import Alternative, alternatives
from rome_elements.rules.library import Library

IDENTITY = frozenset({"eq", "has"})
"""The comparisons that tie one fact to another (the others order them, or tell them apart)."""

_ACCUSED, _CONDUCT = "accused", "conduct"


def accused_links(lib: Library, mode: ast.Scope, options: Mapping[str, str]) -> frozenset[str]:
    """The ids of the mode's objective elements that tie the accused to the act in every
    alternative (under the options chosen): a chain of such an element for an act shows that
    the act is the accused's own."""
    requirements = {
        el.id.value: alternatives(el.requires)
        for el in active_elements(lib, mode, options)
        if el.kind.value == "objective" and el.requires is not None
    }
    found: set[str] = set()
    # until nothing changes: an element may join on one declared after it
    grew = True
    while grew:
        grew = False
        for eid, alts in requirements.items():
            if eid not in found and all(_ties(alt, found) for alt in alts):
                found.add(eid)
                grew = True
    return frozenset(found)


def _ties(alt: Alternative, links: set[str]) -> bool:
    """Whether the alternative ties the accused to the act: it joins on a link (whose patterns
    its rules inline, with the same act), or identities among its positive patterns — and the
    facts of the elements it joins on — lead from `accused` to `conduct`."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    def union(a: str, b: str) -> None:
        parent[find(a)] = find(b)

    if any(
        isinstance(c.operand, ast.RefOperand) and c.operand.target.value in links
        for p in alt.patterns
        for c in p.conditions
    ):
        return True
    aliases = {p.alias.value: f"#{i}" for i, p in enumerate(alt.positive) if p.alias}
    for i, p in enumerate(alt.positive):
        for c in p.conditions:
            if c.op not in IDENTITY:
                continue
            if isinstance(c.operand, ast.AccusedOperand):
                union(f"#{i}", _ACCUSED)
            elif isinstance(c.operand, ast.RefOperand):
                target = c.operand.target.value
                # an alias: that fact; `conduct`: the act; another element: the fact it binds
                node = _CONDUCT if target == _CONDUCT else f"element {target}"
                union(f"#{i}", aliases.get(target, node))
    return find(_ACCUSED) == find(_CONDUCT)
