"""Semantic checks of the law library: names, types, joins, groups, standards, options.

Every problem is returned as a `Diagnostic` (nothing is raised), so that one run reports them
all. Errors make the library unusable; warnings (a fact type nothing requires, a group nothing
uses, a TODO) are shown by `elements lint` and do not stop a check.
"""

from __future__ import annotations

from collections.abc import Iterator

from rome_elements.base.diagnostics import Diagnostic, Problems, Span, nearest
from rome_elements.base.vocabulary import GRADES
from rome_elements.rules import ast
from rome_elements.rules.dnf import MAX_ALTERNATIVES, Alternative, alternatives
from rome_elements.rules.library import (
    CONTRADICTION_RULES,
    INFERENCE_RULES,
    Library,
    Standard,
)

CRIME_KINDS = {"material", "mental", "contextual"}
MODE_KINDS = {"objective", "subjective"}
MINDS = ("accused", "perpetrator")
MATERIAL_SUBKINDS = {"conduct", "consequence", "circumstance"}
ORDERED = {"int", "date"}


def _err(msg: str, span: Span | None, **kw: object) -> Diagnostic:
    return Diagnostic("error", msg, span, **kw)  # type: ignore[arg-type]


def _warn(msg: str, span: Span | None, **kw: object) -> Diagnostic:
    return Diagnostic("warning", msg, span, **kw)  # type: ignore[arg-type]


READ_BY_ENGINE = frozenset({"referral"})
"""Fact types the engine reads outside any element: `referral` (art. 13, how the situation came
before the Court) is read by the jurisdiction layer (`engine.jurisdiction`)."""


def check_library(lib: Library) -> list[Diagnostic]:
    diags = Problems()
    diags += _check_groups_acyclic(lib)
    diags += _check_standards(lib)
    diags += _check_options(lib)
    diags += _check_states(lib)
    required: set[str] = set()
    used_groups: set[str] = set()
    for scope in lib.all_scopes():
        diags += _check_scope(lib, scope, required, used_groups)
    diags += _check_inferences(lib, required)
    for name, decl in lib.facts.items():
        if name not in required and name not in READ_BY_ENGINE:
            diags.add(_warn(f"fact type `{name}` is never required by any element", decl.id.span))
    for name, group in lib.groups.items():
        if name not in used_groups:
            diags.add(_warn(f"group `{name}` is never used", group.id.span))
    diags += _check_todos(lib)
    return diags


# ---- scopes ------------------------------------------------------------------------------------


def _context(scope: ast.Scope, element: ast.Element | None = None) -> str:
    label = scope.meta_value("article") or scope.id.value
    where = f"{scope.kind} {label}"
    return f"{where} › element {element.id.value}" if element else where


def _check_scope(
    lib: Library, scope: ast.Scope, required: set[str], used_groups: set[str]
) -> list[Diagnostic]:
    diags = Problems()
    kinds = CRIME_KINDS if scope.kind == "crime" else MODE_KINDS
    if scope.kind == "group":
        kinds = CRIME_KINDS | MODE_KINDS
    for m in scope.meta:
        if m.key == "mind" and (scope.kind != "mode" or m.value not in MINDS):
            diags.add(
                _err(
                    "`mind` is declared by modes of liability only"
                    if scope.kind != "mode"
                    else f"unknown mind `{m.value}`",
                    m.span,
                    expected=" or ".join(f'`mind "{x}"`' for x in MINDS),
                    suggestion=nearest(m.value, MINDS) if scope.kind == "mode" else None,
                    notes=(
                        "\"accused\": the crime's mental elements are met by the accused's own "
                        'state of mind (the 25(3)(a) forms); "perpetrator" (the default): by '
                        "the physical perpetrator's",
                    ),
                )
            )
    if scope.kind in ("crime", "mode"):
        if not scope.meta_value("article"):
            diags.add(_err(f"{scope.kind} `{scope.id}` has no `article`", scope.id.span))
        if not scope.meta_value("source"):
            diags.add(_err(f"{scope.kind} `{scope.id}` has no `source` (citation)", scope.id.span))
    for member in scope.members:
        if isinstance(member, ast.Use):
            if member.group.value not in lib.groups:
                diags.add(
                    _err(
                        f"unknown group `{member.group}`",
                        member.group.span,
                        suggestion=nearest(member.group.value, lib.groups),
                        context=_context(scope),
                    )
                )
            else:
                used_groups.add(member.group.value)
    members = lib.members(scope) if scope.kind != "group" else list(scope.members)
    elements = [m for m in members if isinstance(m, ast.Element)]
    seen: dict[str, ast.Element] = {}
    for el in elements:
        if el.id.value in seen and not (el.when or seen[el.id.value].when):
            diags.add(
                _err(
                    f"element `{el.id}` is declared twice in {scope.kind} `{scope.id}`",
                    el.id.span,
                    notes=(f"first declared at {seen[el.id.value].id.span}",),
                )
            )
        seen.setdefault(el.id.value, el)
        if el.kind.value not in kinds:
            diags.add(
                _err(
                    f"unknown element kind `{el.kind}`",
                    el.kind.span,
                    expected=" or ".join(f"`{k}`" for k in sorted(kinds)),
                    suggestion=nearest(el.kind.value, kinds),
                    context=_context(scope, el),
                )
            )
        if el.kind.value == "material" and (
            el.subkind is None or el.subkind.value not in MATERIAL_SUBKINDS
        ):
            span = el.subkind.span if el.subkind else el.kind.span
            diags.add(
                _err(
                    "a material element says whether it is conduct, consequence or circumstance",
                    span,
                    expected="`material conduct`, `material consequence` "
                    "or `material circumstance`",
                    suggestion=nearest(el.subkind.value, MATERIAL_SUBKINDS) if el.subkind else None,
                    context=_context(scope, el),
                )
            )
        if not el.text.strip():
            diags.add(
                _err(f"element `{el.id}` has no text", el.text_span, context=_context(scope, el))
            )
        if el.requires is None:
            diags.add(
                _err(
                    f"element `{el.id}` has no `requires` clause: nothing could ever satisfy it",
                    el.id.span,
                    context=_context(scope, el),
                )
            )
        for when in dict.fromkeys((*el.when, *(w for c in el.clauses() for w in c.when))):
            diags += _check_when(lib, when, scope, el)
        diags += _never_applies(lib, scope, el)
    derived = [m for m in members if isinstance(m, ast.Derived)]
    for d in derived:
        if d.for_element.value not in seen:
            diags.add(
                _err(
                    f"derived mental element `{d.id}` is for unknown element `{d.for_element}`",
                    d.for_element.span,
                    suggestion=nearest(d.for_element.value, seen),
                    context=_context(scope),
                )
            )
    if scope.kind == "crime":
        conducts = [
            e
            for e in elements
            if e.kind.value == "material" and e.subkind and e.subkind.value == "conduct"
        ]
        if not conducts:
            diags.add(
                _err(
                    f"crime `{scope.id}` has no `material conduct` element",
                    scope.id.span,
                    notes=("modes of liability link the accused to the crime through its conduct",),
                )
            )
    diags += _check_requirements(lib, scope, elements, required)
    return diags


def _check_when(
    lib: Library, when: ast.When, scope: ast.Scope, el: ast.Element
) -> list[Diagnostic]:
    option = lib.options.get(when.option.value)
    if option is None:
        return [
            _err(
                f"unknown option `{when.option}`",
                when.option.span,
                suggestion=nearest(when.option.value, lib.options),
                context=_context(scope, el),
            )
        ]
    choices = {c.id.value for c in option.choices}
    if when.choice.value not in choices:
        return [
            _err(
                f"option `{option.id}` has no choice `{when.choice}`",
                when.choice.span,
                expected=", ".join(f"`{c}`" for c in sorted(choices)),
                suggestion=nearest(when.choice.value, choices),
                context=_context(scope, el),
            )
        ]
    return []


def _never_applies(lib: Library, scope: ast.Scope, el: ast.Element) -> list[Diagnostic]:
    """A warning for an element, or a defeater or note of it, whose `when` conditions no
    choice of some option meets (`when o == a` with `when o == b`, or `when o != a` for each
    of its choices): it never applies, whatever the reading. An element that never applies is
    one warning, not one more for each of its clauses."""
    subjects = [(f"element `{el.id}`", el.when)] + [
        (
            f"a {'defeater' if isinstance(c, ast.Defeater) else c.key} of element `{el.id}`",
            (*el.when, *c.when),
        )
        for c in el.clauses()
        if c.when
    ]
    out: list[Diagnostic] = []
    for subject, conditions in subjects:
        found = _excluded(lib, conditions)
        if found is None:
            continue
        name, whens = found
        out.append(
            _warn(
                f"{subject} never applies: no choice of option `{name}` meets "
                + _conditions(whens),
                whens[-1].span,
                context=_context(scope, el),
            )
        )
        if conditions is el.when:
            break
    return out


def _excluded(lib: Library, conditions: tuple[ast.When, ...]) -> tuple[str, list[ast.When]] | None:
    """The first option (and its conditions) that no choice meets all the `conditions` on;
    None when each option has a choice that does (an unknown option or choice: `_check_when`)."""
    by_option: dict[str, list[ast.When]] = {}
    for w in conditions:
        by_option.setdefault(w.option.value, []).append(w)
    for name, whens in by_option.items():
        option = lib.options.get(name)
        if option is None:
            continue
        left = {c.id.value for c in option.choices}
        if any(w.choice.value not in left for w in whens):
            continue  # a choice the option does not have: an error already
        for w in whens:
            left = left & {w.choice.value} if w.op == "eq" else left - {w.choice.value}
        if not left:
            return name, whens
    return None


def _conditions(whens: list[ast.When]) -> str:
    """`when o == a` and `when o != b`, as a list."""
    shown = [f"`when {w.option} {'==' if w.op == 'eq' else '!='} {w.choice}`" for w in whens]
    return " and ".join(dict.fromkeys(shown))


# ---- requirements ------------------------------------------------------------------------------


def _check_requirements(
    lib: Library, scope: ast.Scope, elements: list[ast.Element], required: set[str]
) -> list[Diagnostic]:
    diags = Problems()
    alts: dict[str, list[Alternative]] = {}
    for el in elements:
        if el.requires is None:
            continue
        found = alternatives(el.requires)
        if len(found) > MAX_ALTERNATIVES:
            diags.add(
                _err(
                    f"the requirement has more than {MAX_ALTERNATIVES} alternatives once expanded",
                    el.requires.span,
                    context=_context(scope, el),
                )
            )
            found = found[:MAX_ALTERNATIVES]
        alts.setdefault(el.id.value, []).extend(found)
    by_id = {el.id.value: el for el in elements}
    # element references between elements of this scope (a join) must not form a cycle
    graph = {eid: [sorted(_element_refs(a, set(by_id))) for a in al] for eid, al in alts.items()}
    for eid, refs_per_alt in graph.items():
        for refs in refs_per_alt:
            for target in refs:
                if _reaches(graph, target, eid):
                    diags.add(
                        _err(
                            f"elements `{eid}` and `{target}` join on each other (a cycle)",
                            by_id[eid].id.span,
                            context=_context(scope, by_id[eid]),
                        )
                    )
    for el in elements:
        for alt in alts.get(el.id.value, []):
            diags += _check_alternative(lib, scope, el, alt, alts, required)
        for defeater in el.unless:
            if el.requires is None:
                diags.add(
                    _err(
                        "`unless` needs a `requires` clause: a defeater defeats what it requires",
                        defeater.span,
                        context=_context(scope, el),
                    )
                )
            for alt in alternatives(defeater.expr)[:MAX_ALTERNATIVES]:
                diags += _check_alternative(lib, scope, el, alt, alts, required)
    return diags


def _element_refs(alt: Alternative, element_ids: set[str]) -> set[str]:
    aliases = {p.alias.value for p in alt.positive if p.alias}
    out: set[str] = set()
    for p in alt.patterns:
        for c in p.conditions:
            if isinstance(c.operand, ast.RefOperand):
                t = c.operand.target.value
                if t not in aliases and t in element_ids:
                    out.add(t)
    return out


def _reaches(graph: dict[str, list[list[str]]], start: str, goal: str) -> bool:
    stack, seen = [start], set()
    while stack:
        node = stack.pop()
        if node == goal:
            return True
        if node in seen:
            continue
        seen.add(node)
        for refs in graph.get(node, []):
            stack.extend(refs)
    return False


def _attr_type(lib: Library, fact_type: str, attr: str) -> ast.AttrDecl | None:
    if attr == "id":
        return ast.AttrDecl(ast.Name("id"), "ref")
    decl = lib.facts.get(fact_type)
    if decl is None:
        return None
    for a in decl.attrs:
        if a.name.value == attr:
            return a
    return None


def _check_alternative(
    lib: Library,
    scope: ast.Scope,
    el: ast.Element,
    alt: Alternative,
    alts: dict[str, list[Alternative]],
    required: set[str],
) -> list[Diagnostic]:
    diags = Problems()
    ctx = _context(scope, el)
    if not alt.positive:
        diags.add(
            _err(
                "a requirement needs at least one fact that must exist; `not` alone can never "
                "be supported by evidence",
                el.requires.span if el.requires else el.id.span,
                context=ctx,
            )
        )
    aliases: dict[str, ast.PatternExpr] = {}
    for p in alt.positive:
        if p.alias:
            aliases[p.alias.value] = p
    for pattern in alt.patterns:
        ftype = pattern.fact_type.value
        decl = lib.facts.get(ftype)
        if decl is None:
            diags.add(
                _err(
                    f"unknown fact type `{ftype}`",
                    pattern.fact_type.span,
                    expected="a declared fact type",
                    suggestion=nearest(ftype, lib.facts),
                    context=ctx,
                )
            )
            continue
        required.add(ftype)
        for cond in pattern.conditions:
            diags += _check_condition(lib, scope, el, pattern, cond, aliases, alts, ctx)
    return diags


def _check_condition(
    lib: Library,
    scope: ast.Scope,
    el: ast.Element,
    pattern: ast.PatternExpr,
    cond: ast.Condition,
    aliases: dict[str, ast.PatternExpr],
    alts: dict[str, list[Alternative]],
    ctx: str,
) -> list[Diagnostic]:
    ftype = pattern.fact_type.value
    attr = _attr_type(lib, ftype, cond.attr.value)
    if attr is None:
        names = [a.name.value for a in lib.facts[ftype].attrs] + ["id"]
        return [
            _err(
                f"fact type `{ftype}` has no attribute `{cond.attr}`",
                cond.attr.span,
                expected="one of " + ", ".join(f"`{n}`" for n in names),
                suggestion=nearest(cond.attr.value, names),
                context=ctx,
            )
        ]
    op = cond.op
    if op == "has" and not attr.is_list:
        return [
            _err(
                f"`has` needs a list attribute; `{cond.attr}` is not a list", cond.span, context=ctx
            )
        ]
    if op != "has" and attr.is_list:
        return [
            _err(
                f"`{cond.attr}` is a list: test it with `has`",
                cond.span,
                expected=f"`{cond.attr} has …`",
                context=ctx,
            )
        ]
    if op in ("lt", "le", "gt", "ge") and attr.type not in ORDERED:
        return [
            _err(
                f"`{cond.attr}` is {attr.type}: only numbers and dates can be ordered",
                cond.span,
                context=ctx,
            )
        ]
    operand = cond.operand
    if isinstance(operand, ast.AccusedOperand):
        if scope.kind == "crime":
            return [
                _err(
                    "`accused` can only be used in a mode of liability (crime elements describe "
                    "the conduct, whoever committed it)",
                    operand.span,
                    context=ctx,
                )
            ]
        if attr.type not in ("ref", "text"):
            return [
                _err(
                    f"`{cond.attr}` is {attr.type}; it cannot name the accused",
                    cond.span,
                    context=ctx,
                )
            ]
        return []
    if isinstance(operand, ast.PerpetratorOperand):
        if scope.kind == "mode":
            return [
                _err(
                    "`perpetrator` can only be used in a crime or group (a mode names the "
                    "accused with `accused`)",
                    operand.span,
                    context=ctx,
                )
            ]
        if el.kind.value == "material" and el.subkind and el.subkind.value == "conduct":
            return [
                _err(
                    "`perpetrator` cannot be used in the conduct element (it is read from the "
                    "conduct)",
                    operand.span,
                    context=ctx,
                )
            ]
        if attr.type != "ref":
            return [
                _err(
                    f"`{cond.attr}` is {attr.type}; it cannot name the perpetrator",
                    cond.span,
                    context=ctx,
                )
            ]
        return []
    if isinstance(operand, ast.Lit):
        return _check_literal(attr, cond, operand, ctx)
    if op == "has":
        return [_err("`has` compares with a constant or `accused`", operand.span, context=ctx)]
    return _check_ref(lib, scope, el, attr, operand, aliases, alts, ctx)


def _check_literal(
    attr: ast.AttrDecl, cond: ast.Condition, lit: ast.Lit, ctx: str
) -> list[Diagnostic]:
    want = {"text": "text", "ref": "text", "int": "int", "bool": "bool", "date": "date"}[attr.type]
    if lit.kind != want:
        return [
            _err(
                f"`{cond.attr}` is {attr.type}, but it is compared with a {lit.kind} value",
                lit.span,
                expected=f"{'an' if attr.type == 'int' else 'a'} {attr.type} value",
                context=ctx,
            )
        ]
    if attr.choices is not None and isinstance(lit.value, str) and lit.value not in attr.choices:
        return [
            _err(
                f'"{lit.value}" is not one of the values of `{cond.attr}`',
                lit.span,
                expected=", ".join(f'"{c}"' for c in attr.choices),
                suggestion=nearest(lit.value, attr.choices),
                context=ctx,
            )
        ]
    return []


def _check_ref(
    lib: Library,
    scope: ast.Scope,
    el: ast.Element,
    attr: ast.AttrDecl,
    ref: ast.RefOperand,
    aliases: dict[str, ast.PatternExpr],
    alts: dict[str, list[Alternative]],
    ctx: str,
) -> list[Diagnostic]:
    target = ref.target.value
    if target in aliases:
        types = [aliases[target].fact_type.value]
    elif target in alts:
        if target == el.id.value:
            return [_err(f"element `{target}` cannot join on itself", ref.target.span, context=ctx)]
        types = [a.positive[0].fact_type.value for a in alts[target] if a.positive]
    elif target == "conduct" and scope.kind in ("mode", "group"):
        types = sorted(_conduct_types(lib))
    else:
        names = list(aliases) + list(alts) + (["conduct"] if scope.kind != "crime" else [])
        return [
            _err(
                f"`{target}` is neither an element of this {scope.kind} nor a name given with `as`",
                ref.target.span,
                suggestion=nearest(target, names),
                context=ctx,
            )
        ]
    diags = Problems()
    for ftype in dict.fromkeys(types):
        if ftype not in lib.facts:
            continue
        other = _attr_type(lib, ftype, ref.attr.value)
        if other is None:
            names = [a.name.value for a in lib.facts[ftype].attrs] + ["id"]
            diags.add(
                _err(
                    f"`{target}` binds a `{ftype}` fact, which has no attribute `{ref.attr}`",
                    ref.attr.span,
                    suggestion=nearest(ref.attr.value, names),
                    context=ctx,
                )
            )
        elif _kind(other) != _kind(attr) or other.is_list:
            diags.add(
                _err(
                    f"`{attr.name}` is {attr.type} but `{target}.{ref.attr}` is "
                    f"{other.type}{'[]' if other.is_list else ''}: they can never be equal",
                    ref.span,
                    context=ctx,
                )
            )
    return diags


def _kind(a: ast.AttrDecl) -> str:
    return "text" if a.type in ("text", "ref") else a.type


def _conduct_types(lib: Library) -> set[str]:
    out: set[str] = set()
    for crime in lib.crimes.values():
        conduct = lib.conduct_element(crime)
        if conduct is not None and conduct.requires is not None:
            out.update(
                a.positive[0].fact_type.value for a in alternatives(conduct.requires) if a.positive
            )
    return out


# ---- groups, standards, options, TODOs ----------------------------------------------------------


def _check_groups_acyclic(lib: Library) -> list[Diagnostic]:
    diags = Problems()
    for name, group in lib.groups.items():
        stack: list[tuple[str, tuple[str, ...]]] = [(name, (name,))]
        while stack:
            node, path = stack.pop()
            g = lib.groups.get(node)
            if g is None:
                continue
            for m in g.members:
                if isinstance(m, ast.Use):
                    if m.group.value == name:
                        cycle = " → ".join(path + (name,))
                        diags.add(_err(f"groups use each other in a cycle: {cycle}", group.id.span))
                        stack = []
                        break
                    if m.group.value not in path:
                        stack.append((m.group.value, path + (m.group.value,)))
    return diags


def _check_standards(lib: Library) -> list[Diagnostic]:
    diags = Problems()
    for name, decl in lib.standard_decls.items():
        problems: list[Diagnostic] = []

        def need(
            key: str, decl: ast.StandardDecl = decl, problems: list[Diagnostic] = problems
        ) -> ast.Clause | None:
            clause = decl.get(key)
            if clause is None:
                problems.append(_err(f"standard `{decl.id}` has no `{key}`", decl.id.span))
            return clause

        article, text, rank = need("article"), need("text"), need("rank")
        origins, rel, cred = need("origins"), need("reliability"), need("credibility")
        contra, infer = need("contradiction"), need("inference")
        if rel and str(rel.value) not in GRADES:
            problems.append(
                _err(
                    "source reliability is a grade from A to F",
                    rel.span,
                    expected="A, B, C, D, E or F",
                )
            )
        if cred and not (isinstance(cred.value, int) and 1 <= cred.value <= 6):
            problems.append(_err("information credibility is a grade from 1 to 6", cred.span))
        if origins and not (isinstance(origins.value, int) and origins.value >= 1):
            problems.append(_err("at least one origin is needed", origins.span))
        if contra and contra.value not in CONTRADICTION_RULES:
            problems.append(
                _err(
                    f"unknown contradiction rule `{contra.value}`",
                    contra.span,
                    expected=", ".join(f"`{c}`" for c in CONTRADICTION_RULES),
                    suggestion=nearest(str(contra.value), CONTRADICTION_RULES),
                )
            )
        if infer and infer.value not in INFERENCE_RULES:
            problems.append(
                _err(
                    f"unknown inference rule `{infer.value}`",
                    infer.span,
                    expected=", ".join(f"`{c}`" for c in INFERENCE_RULES),
                    suggestion=nearest(str(infer.value), INFERENCE_RULES),
                )
            )
        diags += problems
        if problems:
            continue
        assert article and text and rank and origins and rel and cred and contra and infer
        lib.standards[name] = Standard(
            id=name,
            title=decl.title,
            article=str(article.value),
            text=str(text.value),
            rank=int(rank.value),
            origins=int(origins.value),
            reliability=str(rel.value),
            credibility=int(cred.value),
            contradiction=str(contra.value),
            inference=str(infer.value),
            notes=tuple(str(c.value) for c in decl.clauses if c.key == "note"),
        )
    ranked = lib.standards_by_rank()
    for lower, higher in zip(ranked, ranked[1:], strict=False):
        span = lib.standard_decls[higher.id].id.span
        if lower.rank == higher.rank:
            diags.add(_err(f"standards `{lower.id}` and `{higher.id}` have the same rank", span))
        laxer = (
            higher.origins < lower.origins
            or GRADES.index(higher.reliability) > GRADES.index(lower.reliability)
            or higher.credibility > lower.credibility
            or CONTRADICTION_RULES.index(higher.contradiction)
            < CONTRADICTION_RULES.index(lower.contradiction)
            or INFERENCE_RULES.index(higher.inference) < INFERENCE_RULES.index(lower.inference)
        )
        if laxer:
            diags.add(
                _err(
                    f"standard `{higher.id}` ranks above `{lower.id}` "
                    "but one of its thresholds is laxer",
                    span,
                    notes=("a stricter standard must never support more than a laxer one",),
                )
            )
    return diags


def _check_options(lib: Library) -> list[Diagnostic]:
    diags = Problems()
    for option in lib.options.values():
        choices = [c.id.value for c in option.choices]
        if not choices:
            diags.add(_err(f"option `{option.id}` has no choices", option.id.span))
        if option.default is None:
            diags.add(_err(f"option `{option.id}` has no `default`", option.id.span))
        elif option.default.value not in choices:
            diags.add(
                _err(
                    f"the default `{option.default}` is not a choice of option `{option.id}`",
                    option.default.span,
                    suggestion=nearest(option.default.value, choices),
                )
            )
    return diags


EXCLUSION_CATEGORIES = ("war_crimes",)
EXCLUSION_SCOPES = ("nationals", "territory")


def _check_states(lib: Library) -> list[Diagnostic]:
    """Jurisdiction records: periods that run forwards, one withdrawal after party status, and
    art. 124 exclusions of war crimes by nationals and/or on territory."""
    diags = Problems()
    for name, st in lib.states.items():
        for acc in st.acceptances:
            if acc.end is not None and acc.end < acc.start:
                diags.add(
                    _err(f"state {name}: the period ends ({acc.end}) before it starts", acc.span)
                )
        parties = [a for a in st.acceptances if a.basis == "party"]
        if len(parties) > 1:
            diags.add(_err(f"state {name}: more than one `party from` date", parties[1].span))
        if len(st.withdrawals) > 1:
            diags.add(_err(f"state {name}: more than one withdrawal", st.withdrawals[1].span))
        for w in st.withdrawals:
            if not parties:
                diags.add(
                    _err(
                        f"state {name}: a withdrawal (art. 127) needs a `party from` date",
                        w.span,
                    )
                )
            elif w.effective <= parties[0].start:
                diags.add(
                    _err(
                        f"state {name}: the withdrawal takes effect ({w.effective}) before the "
                        f"State became a party ({parties[0].start})",
                        w.span,
                    )
                )
        if len(st.checked) > 1:
            diags.add(_err(f"state {name}: more than one `checked` date", st.checked[1].span))
        for x in st.exclusions:
            if x.category.value not in EXCLUSION_CATEGORIES:
                diags.add(
                    _err(
                        f"state {name}: art. 124 allows excluding only war crimes, "
                        f"not `{x.category.value}`",
                        x.category.span,
                        suggestion=nearest(x.category.value, EXCLUSION_CATEGORIES),
                    )
                )
            for n in x.scope:
                if n.value not in EXCLUSION_SCOPES:
                    diags.add(
                        _err(
                            f"state {name}: unknown exclusion scope `{n.value}` "
                            "(nationals, territory)",
                            n.span,
                            suggestion=nearest(n.value, EXCLUSION_SCOPES),
                        )
                    )
            if x.end < x.start:
                diags.add(
                    _err(f"state {name}: the exclusion ends ({x.end}) before it starts", x.span)
                )
        if st.unverified and st.acceptances:
            diags.add(
                _warn(
                    f"state {name} is marked unverified: its acceptances are reported but "
                    "jurisdiction through it stays undetermined",
                    st.unverified[0].span,
                )
            )
    return diags


def _check_todos(lib: Library) -> Iterator[Diagnostic]:
    for scope in lib.all_scopes():
        texts: list[tuple[str, Span]] = [(m.value, m.span) for m in scope.meta]
        for m in scope.members:
            if isinstance(m, ast.Element):
                texts.append((m.text, m.text_span))
                texts.extend((x.value, x.span) for x in m.meta)
        for text, span in texts:
            if "TODO" in text:
                yield _warn("TODO left in the library", span, context=_context(scope))


def _check_inferences(lib: Library, required: set[str]) -> list[Diagnostic]:
    """An inference names its source, concludes a declared fact type with `==` tests on its
    attributes (every required attribute given: a literal, or an attribute of a premise bound
    `as` a name), and its premises are fact patterns of declared types with known attributes."""
    diags = Problems()
    for inf in lib.inferences.values():
        ctx = f"inference `{inf.id}`"
        if not inf.meta_value("source"):
            diags.add(_err(f"inference `{inf.id}` has no `source` (citation)", inf.id.span))
        alts = alternatives(inf.premises)
        bound: set[str] = set()
        for alt in alts:
            if not alt.positive:
                diags.add(_err("an inference needs a fact that must exist", inf.span, context=ctx))
            names = {p.alias.value for p in alt.positive if p.alias}
            bound = names if not bound else bound & names
            for pattern in alt.patterns:
                diags += _check_infer_pattern(lib, pattern, names, ctx, required)
        concl = inf.conclusion
        decl = lib.facts.get(concl.fact_type.value)
        if decl is None:
            diags += _check_infer_pattern(lib, concl, bound, ctx, required)
            continue
        given = set()
        for c in concl.conditions:
            if c.op != "eq" or not isinstance(c.operand, (ast.Lit, ast.RefOperand)):
                diags.add(
                    _err(
                        "a conclusion gives each attribute a value: `attribute == value`",
                        c.span,
                        context=ctx,
                    )
                )
            given.add(c.attr.value)
        diags += _check_infer_pattern(lib, concl, bound, ctx, set())
        missing = [a.name.value for a in decl.attrs if not a.optional and a.name.value not in given]
        if missing:
            diags.add(
                _err(
                    f"the conclusion gives no value to the required attribute"
                    f"{'s' if len(missing) > 1 else ''} "
                    + ", ".join(f"`{m}`" for m in missing)
                    + f" of `{concl.fact_type}`",
                    concl.span,
                    context=ctx,
                )
            )
    return diags


def _check_infer_pattern(
    lib: Library, pattern: ast.PatternExpr, names: set[str], ctx: str, required: set[str]
) -> list[Diagnostic]:
    ftype = pattern.fact_type.value
    decl = lib.facts.get(ftype)
    if decl is None:
        return [
            _err(
                f"unknown fact type `{ftype}`",
                pattern.fact_type.span,
                expected="a declared fact type",
                suggestion=nearest(ftype, lib.facts),
                context=ctx,
            )
        ]
    required.add(ftype)
    diags = Problems()
    attrs = [a.name.value for a in decl.attrs] + ["id"]
    for c in pattern.conditions:
        if c.op != "during" and c.attr.value not in attrs:
            diags.add(
                _err(
                    f"fact type `{ftype}` has no attribute `{c.attr}`",
                    c.attr.span,
                    expected="one of " + ", ".join(f"`{n}`" for n in attrs),
                    suggestion=nearest(c.attr.value, attrs),
                    context=ctx,
                )
            )
        operand = c.operand
        if isinstance(operand, ast.RefOperand) and operand.target.value not in names:
            diags.add(
                _err(
                    f"`{operand.target}` names no fact of the premises (bind one with `as`)",
                    operand.target.span,
                    suggestion=nearest(operand.target.value, names),
                    context=ctx,
                )
            )
        elif isinstance(operand, (ast.AccusedOperand, ast.PerpetratorOperand)):
            diags.add(
                _err(
                    "an inference holds whoever the accused: it cannot name `accused` or "
                    "`perpetrator`",
                    c.span,
                    context=ctx,
                )
            )
    return diags
