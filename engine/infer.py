"""Inferences chambers draw, declared in the library (`infer` in the DSL; EoC General
Introduction para. 3: "Existence of intent and knowledge can be inferred from relevant facts and
circumstances").

For every match of an inference's premises over the case's facts, `inferred_facts` gives a fact
of the conclusion's type whose attributes are the conclusion's `==` values, with no evidence of
its own and `inferred_from` the facts matched: the weighing counts it as an inference (the
standard's `inference` clause decides whether one suffices), never as evidence, and the report
shows it with the facts it rests on and the inference that drew it. A fact the case already
records (same type and attributes) is not inferred again.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Sequence
from typing import Any

from rome_elements.facts.model import FactRecord
from rome_elements.rules import ast
from rome_elements.rules.dnf import alternatives
from rome_elements.rules.library import Library
from rome_elements.rules.program import Fact

_OPS: dict[str, Callable[[Any, Any], bool]] = {
    "eq": operator.eq,
    "ne": operator.ne,
    "lt": operator.lt,
    "le": operator.le,
    "gt": operator.gt,
    "ge": operator.ge,
}


def _operand(operand: ast.Operand, binding: dict[str, Fact]) -> Any:
    if isinstance(operand, ast.Lit):
        return operand.value
    if isinstance(operand, ast.RefOperand):
        fact = binding.get(operand.target.value)
        return None if fact is None else fact.get(operand.attr.value)
    return None


def _holds(fact: Fact, cond: ast.Condition, binding: dict[str, Fact]) -> bool:
    """One test, as the engines read it: absent values and mixed kinds are false."""
    have, want = fact.get(cond.attr.value), _operand(cond.operand, binding)
    if have is None or want is None:
        return False
    if cond.op == "has":
        return isinstance(have, list) and want in have
    if type(have) is not type(want):
        return False
    return _OPS[cond.op](have, want)


def _matches(
    alt_positive: Sequence[ast.PatternExpr],
    alt_negative: Sequence[ast.PatternExpr],
    by_type: dict[str, list[Fact]],
) -> list[dict[str, Fact]]:
    """Every binding of the positive patterns (each fact once per binding, patterns bound in
    an order where each refers only to facts already bound) that no negated pattern matches."""
    pending = list(enumerate(alt_positive))
    out: list[dict[str, Fact]] = []

    def refs(p: ast.PatternExpr) -> set[str]:
        return {
            c.operand.target.value for c in p.conditions if isinstance(c.operand, ast.RefOperand)
        }

    def go(
        left: list[tuple[int, ast.PatternExpr]], binding: dict[str, Fact], used: set[str]
    ) -> None:
        if not left:
            for neg in alt_negative:
                if any(
                    all(_holds(f, c, binding) for c in neg.conditions)
                    for f in by_type.get(neg.fact_type.value, ())
                ):
                    return
            out.append(dict(binding))
            return
        ready = [k for k, (_, p) in enumerate(left) if refs(p) <= set(binding)]
        if not ready:
            return  # a reference to no fact of the premises: `rules.check` refuses it
        i, pattern = left.pop(ready[0])
        key = pattern.alias.value if pattern.alias else f"#{i}"
        for fact in by_type.get(pattern.fact_type.value, ()):
            fid = str(fact["id"])
            if fid in used or not all(_holds(fact, c, binding) for c in pattern.conditions):
                continue
            binding[key] = fact
            go(left, binding, used | {fid})
            del binding[key]
        left.insert(ready[0], (i, pattern))

    go(pending, {}, set())
    return out


def inferred_facts(lib: Library, facts: Sequence[Fact]) -> list[FactRecord]:
    """The facts the library's inferences draw from `facts` (engine facts), in a stable order."""
    if not lib.inferences:
        return []
    by_type: dict[str, list[Fact]] = {}
    for f in facts:
        by_type.setdefault(str(f["type"]), []).append(f)
    # the facts an inference could repeat: those of the types the inferences conclude
    concluded = {inf.conclusion.fact_type.value for inf in lib.inferences.values()}
    known = {
        (
            str(f["type"]),
            tuple(sorted((k, repr(v)) for k, v in f.items() if k not in ("id", "type"))),
        )
        for f in facts
        if str(f["type"]) in concluded
    }
    out: list[FactRecord] = []
    taken = {str(f["id"]) for f in facts}
    for name in sorted(lib.inferences):
        inf = lib.inferences[name]
        concl = inf.conclusion
        for alt in alternatives(inf.premises):
            for binding in _matches(alt.positive, alt.negative, by_type):
                attrs = {c.attr.value: _operand(c.operand, binding) for c in concl.conditions}
                if any(v is None for v in attrs.values()):
                    continue
                key = (concl.fact_type.value, tuple(sorted((k, repr(v)) for k, v in attrs.items())))
                if key in known:
                    continue
                known.add(key)
                bases = tuple(dict.fromkeys(str(f["id"]) for f in binding.values()))
                fid = f"{name}:{'+'.join(bases)}"
                if fid in taken:
                    continue
                taken.add(fid)
                source = inf.meta_value("source") or ""
                out.append(
                    FactRecord(
                        id=fid,
                        type=concl.fact_type.value,
                        inferred_from=bases,
                        note=f"inferred by the library ({name}): {inf.title} [{source}]",
                        attributes=attrs,
                    )
                )
    return out
