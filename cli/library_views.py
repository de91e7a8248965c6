"""Views of the law library: `elements list` (text or JSON) and `elements explain`."""

from __future__ import annotations

import textwrap
from typing import Any

from rome_elements.base.text import visible
from rome_elements.engine.explain import OP_WORDS
from rome_elements.rules import ast
from rome_elements.rules.compile import active_elements
from rome_elements.rules.dnf import alternatives
from rome_elements.rules.library import Library

WIDTH = 80


def list_json(lib: Library) -> dict[str, Any]:
    opts = lib.default_options()

    def scope(s: ast.Scope) -> dict[str, Any]:
        return {
            "id": s.id.value,
            "article": s.meta_value("article"),
            "title": s.title,
            "elements": [
                {
                    "id": e.id.value,
                    "kind": e.kind.value,
                    "subkind": e.subkind.value if e.subkind else None,
                    "text": e.text,
                }
                for e in active_elements(lib, s, opts)
            ],
        }

    return {
        "crimes": [scope(c) for c in sorted(lib.crimes.values(), key=lambda c: c.id.value)],
        "modes": [scope(m) for m in sorted(lib.modes.values(), key=lambda m: m.id.value)],
        "standards": [
            {"id": s.id, "article": s.article, "title": s.title, "text": s.text, "rank": s.rank}
            for s in lib.standards_by_rank()
        ],
        "facts": [
            {
                "id": f.id.value,
                "description": f.description,
                "attributes": [
                    {
                        "name": a.name.value,
                        "type": a.type + ("[]" if a.is_list else ""),
                        "optional": a.optional,
                        "choices": list(a.choices) if a.choices is not None else None,
                        "description": a.description,
                    }
                    for a in f.attrs
                ],
            }
            for f in sorted(lib.facts.values(), key=lambda f: f.id.value)
        ],
        "options": [
            {
                "id": o.id.value,
                "title": o.title,
                "default": o.default.value if o.default else None,
                "choices": [{"id": c.id.value, "text": c.text} for c in o.choices],
            }
            for o in sorted(lib.options.values(), key=lambda o: o.id.value)
        ],
    }


def list_text(lib: Library) -> str:
    data = list_json(lib)
    out = ["Crimes:"]
    out += [
        f"  {c['article']:<16} {c['id']:<40} {len(c['elements'])} elements" for c in data["crimes"]
    ]
    out.append("Modes of liability:")
    out += [
        f"  {m['article']:<16} {m['id']:<40} {len(m['elements'])} elements" for m in data["modes"]
    ]
    out.append("Standards of proof (lowest first):")
    out += [f"  art. {s['article']:<11} {s['id']}" for s in data["standards"]]
    if data["options"]:
        out.append("Options (unsettled law; choose with --option NAME=CHOICE):")
        for o in data["options"]:
            choices = ", ".join(c["id"] for c in o["choices"])
            out.append(f"  {o['id']} = {o['default']}   ({choices})")
    out.append("Fact types:")
    out += [f"  {f['id']:<18} {f['description']}"[:WIDTH] for f in data["facts"]]
    return "\n".join(out) + "\n"


def _wrap(text: str, indent: str, first: str | None = None) -> list[str]:
    text = visible(text)  # no control or bidi character reaches the terminal
    return textwrap.wrap(text, WIDTH, initial_indent=first or indent, subsequent_indent=indent) or [
        indent
    ]


def _operand(op: ast.Operand, aliases: set[str]) -> str:
    if isinstance(op, ast.AccusedOperand):
        return "the accused"
    if isinstance(op, ast.PerpetratorOperand):
        return "the perpetrator (the accused under 25(3)(a), else whoever carried out the conduct)"
    if isinstance(op, ast.RefOperand):
        whose = (
            f"the `{op.target.value}` fact"
            if op.target.value in aliases
            else f"the fact bound to element `{op.target.value}`"
        )
        return f"the {op.attr.value} of {whose}"
    if op.kind == "bool":
        return "true" if op.value else "false"
    return f'"{op.value}"' if op.kind == "text" else str(op.value)


def plain_requirement(expr: ast.Expr) -> list[str]:
    """One sentence per alternative of the requirement."""
    out = []
    for alt in alternatives(expr):
        aliases = {p.alias.value for p in alt.positive if p.alias}
        parts = []
        for p, negated in [(p, False) for p in alt.positive] + [(p, True) for p in alt.negative]:
            head = (
                "no" if negated else ("an" if p.fact_type.value[:1] in "aeiou" else "a")
            ) + f" `{p.fact_type.value}` fact"
            conds = [
                f"{c.attr.value} {OP_WORDS[c.op]} {_operand(c.operand, aliases)}"
                + (" (an open period, with no until, lasts)" if c.attr.value == "until" else "")
                for c in p.conditions
            ]
            parts.append(head + (" where " + ", ".join(conds) if conds else ""))
        out.append("; and ".join(parts))
    return out


def explain(lib: Library, name: str) -> str | None:
    scope = lib.crime(name) or lib.modes.get(name) or lib.groups.get(name)
    if scope is None:
        return None
    out = [f"{scope.title}"]
    article = scope.meta_value("article")
    if article:
        out.append(f"  art. {article}  ({scope.kind} `{scope.id.value}`)")
    for key in ("source", "leading", "provenance"):
        for v in scope.meta_values(key):
            out += _wrap(f"{key}: {v}", "    ", "  ")
    for v in scope.meta_values("note") + scope.meta_values("unsettled"):
        out += _wrap(v, "    ", "  · ")
    derived = [m for m in lib.members(scope) if isinstance(m, ast.Derived)]
    for n, el in enumerate(lib.elements(scope), 1):
        kind = f"{el.kind.value} {el.subkind.value}" if el.subkind else el.kind.value
        out.append("")
        out.append(f"  {n}. {el.id.value} ({kind})")
        out += _wrap(el.text, "     ")
        if el.when:
            conds = ", ".join(
                f"{w.option.value} {'=' if w.op == 'eq' else '≠'} {w.choice.value}" for w in el.when
            )
            out += _wrap(
                f"applies only when {conds} (unsettled law: see the option)", "       ", "     ⚑ "
            )
        if el.requires is not None:
            alts = plain_requirement(el.requires)
            for i, text in enumerate(alts):
                lead = "     satisfied by: " if i == 0 else "     or by:        "
                out += _wrap(text, " " * 19, lead)
            types = sorted(
                {p.fact_type.value for a in alternatives(el.requires) for p in a.positive}
            )
            for t in types:
                if t in lib.facts:
                    out += _wrap(f"`{t}`: {lib.facts[t].description}", "         ", "       ")
        for defeater in el.unless:
            for text in plain_requirement(defeater):
                out += _wrap(
                    "unless (defeated if credibly shown, contested if credibly "
                    f"contradicted): {text}",
                    " " * 19,
                    "     ",
                )
        for m in el.meta:
            if m.key in ("note", "footnote", "unsettled", "mental", "provenance", "source"):
                out += _wrap(f"{m.key}: {m.value}", "       ", "     · ")
        for d in derived:
            if d.for_element.value == el.id.value:
                out += _wrap(f"derived mental element (art. 30): {d.text}", "       ", "     · ")
    return "\n".join(out) + "\n"
