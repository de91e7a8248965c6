"""Views of the law library: `elements list` (text or JSON) and `elements explain`."""

from __future__ import annotations

import textwrap
from typing import Any

from rome_elements.base.text import visible
from rome_elements.base.vocabulary import CREDIBILITY_SCALE, RELIABILITY_SCALE
from rome_elements.engine.explain import OP_WORDS
from rome_elements.rules import ast
from rome_elements.rules.compile import active_elements
from rome_elements.rules.dnf import alternatives
from rome_elements.rules.library import Library, Standard

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
    out.append("Fact types (attributes: ? optional, [] a list; more: elements explain TYPE):")
    for f in data["facts"]:
        line = f"  {f['id']:<18} {visible(f['description'])}"
        out.append(line if len(line) <= WIDTH else line[: WIDTH - 1] + "…")
        attrs = ", ".join(
            a["name"] + ("[]" if a["type"].endswith("[]") else "") + ("?" if a["optional"] else "")
            for a in f["attributes"]
        )
        out += _wrap(attrs, " " * 21, " " * 21)
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
    """What `elements explain NAME` prints: a crime (by id or article), a mode of liability
    (by id, or by article: an article with several modes lists them), a group of elements, a
    fact type, a standard of proof or an option; None when the library has no such name."""
    scope = lib.crime(name) or lib.modes.get(name) or lib.groups.get(name)
    if scope is not None:
        return _explain_scope(lib, scope)
    modes = modes_by_article(lib).get(name)
    if modes:
        return _explain_scope(lib, modes[0]) if len(modes) == 1 else _explain_article(lib, name)
    if name in lib.facts:
        return _explain_fact(lib, lib.facts[name])
    if name in lib.standards:
        return _explain_standard(lib, lib.standards[name])
    if name in lib.options:
        return _explain_option(lib, lib.options[name])
    return None


def explainable(lib: Library) -> list[str]:
    """Every name `explain` knows, for the nearest-name suggestion."""
    return [
        *lib.crimes,
        *lib.articles,
        *lib.modes,
        *modes_by_article(lib),
        *lib.groups,
        *lib.facts,
        *lib.standards,
        *lib.options,
    ]


def modes_by_article(lib: Library) -> dict[str, list[ast.Scope]]:
    """The modes of liability of each article (25(3)(a) has several), in id order."""
    out: dict[str, list[ast.Scope]] = {}
    for mode in sorted(lib.modes.values(), key=lambda m: m.id.value):
        article = mode.meta_value("article")
        if article:
            out.setdefault(article, []).append(mode)
    return out


def _explain_article(lib: Library, article: str) -> str:
    modes = modes_by_article(lib)[article]
    out = [f"Art. {article}: {len(modes)} modes of liability"]
    for mode in modes:
        out.append("")
        out += _wrap(mode.title, "    ", f"  {mode.id.value}: ")
        ids = ", ".join(e.id.value for e in lib.elements(mode))
        out += _wrap(f"elements: {ids}", "    ", "    ")
    out.append("")
    out += _wrap(
        f"Explain one with `elements explain {modes[0].id.value}` (or another id above).", "  "
    )
    return "\n".join(out) + "\n"


def _attr_type(attr: ast.AttrDecl) -> str:
    if attr.choices is not None:
        kind = "one of " + ", ".join(attr.choices)
    else:
        kind = attr.type + (" (the id of another fact)" if attr.type == "ref" else "")
    if attr.is_list:
        kind = f"a list of {kind}"
    return kind + (", optional" if attr.optional else "")


def _explain_fact(lib: Library, fact: ast.FactDecl) -> str:
    out = [f"Fact type `{fact.id.value}`"]
    out += _wrap(fact.description, "  ")
    out.append("")
    out.append("  Attributes (besides id, type, evidence, contradicted_by):")
    for attr in fact.attrs:
        out += _wrap(f"{attr.name.value}: {_attr_type(attr)}", "        ", "    ")
        if attr.description:
            out += _wrap(attr.description, "        ")
    uses = fact_uses(lib, fact.id.value)
    out.append("")
    if not uses:
        out.append("  No element of a crime or mode of liability names it.")
    else:
        out.append("  Elements that name it (how, and the attributes they test):")
        for line in uses:
            out += _wrap(line, "        ", "    ")
    return "\n".join(out) + "\n"


def fact_uses(lib: Library, fact_type: str) -> list[str]:
    """One line per crime or mode of liability whose elements name `fact_type`: each element,
    how it names the fact type (required; must be absent; a ground that defeats the element)
    and the attributes it tests."""
    out = []
    scopes = sorted(lib.crimes.values(), key=lambda c: c.id.value) + sorted(
        lib.modes.values(), key=lambda m: m.id.value
    )
    for scope in scopes:
        found: dict[str, tuple[list[str], set[str]]] = {}  # element id → how, attributes
        for el in lib.elements(scope):
            exprs = [(False, el.requires)] if el.requires is not None else []
            exprs += [(True, d.expr) for d in el.unless]
            for defeats, expr in exprs:
                for alt in alternatives(expr):
                    named = [(False, p) for p in alt.positive] + [(True, p) for p in alt.negative]
                    for negated, p in named:
                        if p.fact_type.value != fact_type:
                            continue
                        how, attrs = found.setdefault(el.id.value, ([], set()))
                        role = (
                            "defeats it" if defeats else "must be absent" if negated else "required"
                        )
                        if role not in how:
                            how.append(role)
                        attrs |= {c.attr.value for c in p.conditions if c.attr.value != "id"}
        if found:
            parts = []
            for el_id, (how, attrs) in found.items():
                tests = f"; tests {', '.join(sorted(attrs))}" if attrs else ""
                parts.append(f"{el_id} [{', '.join(how)}{tests}]")
            article = scope.meta_value("article")
            where = f"{scope.kind} {article + ' ' if article else ''}`{scope.id.value}`"
            out.append(f"{where}: {'; '.join(parts)}")
    return out


CONTRADICTION_TEXT = {
    "ignore": "contradicting evidence is not weighed at this stage",
    "outweighs": "contested when credible contradicting origins are at least as many as "
    "supporting ones",
    "defeats": "any credible contradicting origin makes the fact contested",
}
INFERENCE_TEXT = {
    "allowed": "a fact inferred from supported facts may suffice on its own",
    "corroborated": "an inference counts as one origin among those required",
    "excluded": "inferences do not count",
}


def _explain_standard(lib: Library, std: Standard) -> str:
    ranked = [s.id for s in lib.standards_by_rank()]
    out = [f"{std.title}", f"  art. {std.article}  (standard of proof `{std.id}`)"]
    out += _wrap(f"“{std.text}”", "    ", "  ")
    decl = lib.standard_decls.get(std.id)
    if decl is not None:
        for clause in decl.clauses:
            if clause.key in ("source", "provenance"):
                out += _wrap(f"{clause.key}: {clause.value}", "    ", "  ")
    out.append("")
    out += _wrap(
        f"Rank {ranked.index(std.id) + 1} of {len(ranked)} (lowest first: {', '.join(ranked)}).",
        "  ",
    )
    out.append("  A fact is supported at this standard when:")
    origins = "origin" if std.origins == 1 else "independent origins"
    for line in (
        f"{std.origins} {origins} support it, each graded {std.min_grade} or better "
        f"(reliability {std.reliability}: {RELIABILITY_SCALE[std.reliability]}; credibility "
        f"{std.credibility}: {CREDIBILITY_SCALE[std.credibility]}); items with the same "
        "`origin` count once",
        f"contradiction ({std.contradiction}): {CONTRADICTION_TEXT[std.contradiction]}",
        f"inference ({std.inference}): {INFERENCE_TEXT[std.inference]}",
    ):
        out += _wrap(line, "      ", "    · ")
    for note in std.notes:
        out += _wrap(note, "    ", "  · ")
    return "\n".join(out) + "\n"


def _explain_option(lib: Library, option: ast.OptionDecl) -> str:
    out = [f"{option.title}", f"  (option `{option.id.value}`: unsettled law)"]
    for m in option.meta:
        out += _wrap(f"{m.key}: {m.value}", "    ", "  ")
    out.append("")
    default = option.default.value if option.default else None
    out.append(f"  Choose with --option {option.id.value}=CHOICE:")
    for choice in option.choices:
        mark = " (default)" if choice.id.value == default else ""
        out += _wrap(f"{choice.id.value}{mark}: {choice.text}", "        ", "    ")
    gated: dict[str, list[str]] = {}  # "mode `x`, element y" → the choices it applies under
    for scope in sorted(lib.all_scopes(), key=lambda s: (s.kind, s.id.value)):
        for el in scope.members:
            if not isinstance(el, ast.Element):
                continue
            where = f"{scope.kind} `{scope.id.value}`, element {el.id.value}"
            parts = [(where, el.when)] + [
                (f"{where} (a {'defeater' if isinstance(c, ast.Defeater) else c.key})", c.when)
                for c in el.clauses()
            ]
            for place, when in parts:
                for w in when:
                    if w.option.value == option.id.value:
                        reading = w.choice.value if w.op == "eq" else f"not {w.choice.value}"
                        if reading not in gated.setdefault(place, []):
                            gated[place].append(reading)
    lines = [f"{where}: {', '.join(choices)}" for where, choices in gated.items()]
    if lines:
        out.append("")
        out += _wrap(
            "Elements, or parts of them, that apply only under some choices (a reading per "
            "choice listed):",
            "  ",
            "  ",
        )
        for line in lines:
            out += _wrap(line, "        ", "    ")
    return "\n".join(out) + "\n"


def _explain_scope(lib: Library, scope: ast.Scope) -> str:
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
            out += _wrap(
                f"applies only when {_conditions(el.when)} (unsettled law: see the option)",
                "       ",
                "     ⚑ ",
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
            only = f", only when {_conditions(defeater.when)}" if defeater.when else ""
            for text in plain_requirement(defeater.expr):
                out += _wrap(
                    f"unless (defeated if credibly shown, contested if credibly "
                    f"contradicted{only}): {text}",
                    " " * 19,
                    "     ",
                )
        for m in el.meta:
            if m.key in ("note", "footnote", "unsettled", "mental", "provenance", "source"):
                only = f" (only when {_conditions(m.when)})" if m.when else ""
                out += _wrap(f"{m.key}{only}: {m.value}", "       ", "     · ")
        for d in derived:
            if d.for_element.value == el.id.value:
                out += _wrap(f"derived mental element (art. 30): {d.text}", "       ", "     · ")
    return "\n".join(out) + "\n"


def _conditions(when: tuple[ast.When, ...]) -> str:
    """`option = choice, ...` (≠ for `!=`)."""
    return ", ".join(
        f"{w.option.value} {'=' if w.op == 'eq' else '≠'} {w.choice.value}" for w in when
    )
