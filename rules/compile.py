"""Checked library + charges → `rules.program.Program` (backend-neutral rules).

Every element alternative becomes one self-contained rule. When an element joins on another
(`persons == conduct.persons`), the patterns of the element it joins on are inlined in front
of its own, once per alternative of that element, so that the rule's match carries the whole
chain (the conduct fact *and* the protected-status fact). Mode elements are compiled per
charge: `accused` becomes the accused's id, and `conduct` the charged crime's conduct element.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace

from rome_elements.base.cache import gc_paused
from rome_elements.base.diagnostics import Diagnostic, InputError
from rome_elements.rules import ast
from rome_elements.rules.dnf import Alternative, alternatives
from rome_elements.rules.library import Library
from rome_elements.rules.program import Const, Operand, Pattern, Program, Ref, Rule, Test


@dataclass(frozen=True, slots=True)
class ChargeSpec:
    """One charge, in one of its forms, as the compiler needs it: accused, crime id and mode
    id. A charge of alternative forms (`mode: 25(3)(a)` or a list of modes) has one spec per
    form, numbered by `form`."""

    index: int
    accused: str
    crime: str
    mode: str
    form: int = 0

    @property
    def scope(self) -> str:
        """The scope of the mode's elements for this charge and form."""
        return f"charge:{self.index}.{self.form}"

    @property
    def crime_scope(self) -> str:
        """The scope of the crime's elements that read the perpetrator's mind when the mode
        makes that mind the accused's (`mental_scope`)."""
        return f"charge:{self.index}.{self.form}:crime"


def crime_scope(crime_id: str) -> str:
    return f"crime:{crime_id}"


def mental_scope(charge: ChargeSpec, mode: ast.Scope) -> str:
    """Where the crime's elements that read `perpetrator` are compiled for this charge: its
    own scope when the mind is the accused's, else one scope per crime shared by every charge
    whose mind is the physical perpetrator's (the rules are the same)."""
    if mind_of(mode) == "accused":
        return charge.crime_scope
    return f"{crime_scope(charge.crime)}:perpetrator"


def defeaters(el: ast.Element) -> ast.Element:
    """The element's `unless` clauses as one pseudo-element (`ID!unless`), compiled and
    matched like any element; the report weighs its matches against the element's own."""
    exprs = tuple(d.expr for d in el.unless)
    expr: ast.Expr = exprs[0] if len(exprs) == 1 else ast.OrExpr(exprs, el.span)
    return replace(
        el, id=ast.Name(el.id.value + ast.DEFEATER, el.id.span), requires=expr, unless=()
    )


def mind_of(mode: ast.Scope) -> str:
    """Whose state of mind meets the crime's mental elements under this mode: "accused" (the
    25(3)(a) forms) or "perpetrator" (the physical perpetrator, `conduct.by`; the default)."""
    return mode.meta_value("mind") or "perpetrator"


def _uses_perpetrator(expr: ast.Expr) -> bool:
    return any(
        isinstance(c.operand, ast.PerpetratorOperand)
        for alt in alternatives(expr)
        for p in alt.patterns
        for c in p.conditions
    )


def perpetrator_elements(
    lib: Library, crime: ast.Scope, options: Mapping[str, str]
) -> frozenset[str]:
    """The crime's elements that read `perpetrator`, directly or through an element they join
    on: they are compiled (and assessed) per charge."""
    elements = {e.id.value: e for e in active_elements(lib, crime, options) if e.requires}
    deps = {
        eid: {t for alt in alternatives(e.requires) for t in _refs(alt)}
        for eid, e in elements.items()
        if e.requires is not None
    }
    found = {eid for eid, e in elements.items() if e.requires and _uses_perpetrator(e.requires)}
    grew = True
    while grew:
        grew = False
        for eid, targets in deps.items():
            if eid not in found and targets & found:
                found.add(eid)
                grew = True
    return frozenset(found)


@dataclass(eq=False)
class _Node:
    """An element being compiled: its alternatives, and the elements it can join on."""

    key: str
    element: ast.Element
    alts: list[Alternative]
    names: dict[str, _Node] = field(default_factory=dict)
    joins: list[list[str]] = field(init=False)  # per alternative: `_refs`

    def __post_init__(self) -> None:
        self.joins = [_refs(alt) for alt in self.alts]


def active(element: ast.Element, options: Mapping[str, str]) -> bool:
    """Whether the element applies under the chosen readings of unsettled law."""
    return holds(element.when, options)


def holds(when: tuple[ast.When, ...], options: Mapping[str, str]) -> bool:
    """Whether every condition holds under the chosen readings of unsettled law."""
    for w in when:
        chosen = options.get(w.option.value)
        if (chosen == w.choice.value) != (w.op == "eq"):
            return False
    return True


def applied(element: ast.Element, options: Mapping[str, str]) -> ast.Element:
    """The element under the chosen readings: only the defeaters and notes that apply
    (`when option == choice { ... }`), and a `when` for each option they rely on, as chosen
    (in order of first mention), so that the report says the element relies on it."""
    clauses = element.clauses()
    if not any(c.when for c in clauses):
        return element
    own = {w.option.value for w in element.when}
    relied: dict[str, ast.Name] = {}
    for c in clauses:
        for w in c.when:
            if w.option.value not in own:
                relied.setdefault(w.option.value, w.option)
    return replace(
        element,
        unless=tuple(d for d in element.unless if holds(d.when, options)),
        meta=tuple(m for m in element.meta if holds(m.when, options)),
        when=element.when
        + tuple(
            ast.When(option, "eq", ast.Name(options.get(name, ""), option.span))
            for name, option in relied.items()
        ),
    )


def active_elements(
    lib: Library, scope: ast.Scope, options: Mapping[str, str]
) -> list[ast.Element]:
    """The scope's elements that apply under the chosen readings, as they apply (`applied`)."""
    return [applied(e, options) for e in lib.elements(scope) if active(e, options)]


def _nodes(
    lib: Library, scope: ast.Scope, prefix: str, options: Mapping[str, str]
) -> dict[str, _Node]:
    nodes: dict[str, _Node] = {}
    for el in active_elements(lib, scope, options):
        if el.requires is None:
            continue
        nodes[el.id.value] = _Node(f"{prefix}/{el.id.value}", el, alternatives(el.requires))
        if el.unless:  # the defeaters, as a pseudo-element no requirement can name
            pseudo = defeaters(el)
            nodes[pseudo.id.value] = _Node(
                f"{prefix}/{pseudo.id.value}",
                pseudo,
                alternatives(pseudo.requires),  # type: ignore[arg-type]
            )
    for node in nodes.values():
        node.names = nodes
    return nodes


_COMPILED_KEEP = 8
_compiled: dict[
    tuple[int, tuple[ChargeSpec, ...], tuple[tuple[str, str], ...]], tuple[Library, Program]
] = {}
"""The last programs compiled, by library, charges and options: the incidents of a situation
charge the same crimes and modes, and a program (frozen, all tuples) can be shared."""


def compile_case(
    lib: Library, charges: list[ChargeSpec], options: Mapping[str, str] | None = None
) -> Program:
    """The rules for every crime charged (once each) and every charge's mode of liability."""
    opts = lib.default_options() | dict(options or {})
    key = (id(lib), tuple(charges), tuple(sorted(opts.items())))
    found = _compiled.get(key)
    if found is not None and found[0] is lib:
        return found[1]
    with gc_paused():
        program = _compile_case(lib, charges, opts)
    if len(_compiled) >= _COMPILED_KEEP:
        _compiled.pop(next(iter(_compiled)))
    _compiled[key] = (lib, program)
    return program


def _compile_case(lib: Library, charges: list[ChargeSpec], opts: Mapping[str, str]) -> Program:
    rules: list[Rule] = []
    memo = _Memo()
    crime_nodes: dict[str, dict[str, _Node]] = {}
    per_charge: dict[str, frozenset[str]] = {}
    for charge in charges:
        if charge.crime in crime_nodes:
            continue
        crime = lib.crimes[charge.crime]
        nodes = _nodes(lib, crime, crime_scope(charge.crime), opts)
        crime_nodes[charge.crime] = nodes
        per_charge[charge.crime] = perpetrator_elements(lib, crime, opts)
        conduct = lib.conduct_element(crime)
        conduct_node = nodes.get(conduct.id.value) if conduct is not None else None
        for node in nodes.values():
            if node.element.id.value not in per_charge[charge.crime]:
                scope = crime_scope(charge.crime)
                rules.extend(_rules_for(node, scope, None, None, memo, conduct_node))
    done: set[str] = set()
    for charge in charges:
        crime = lib.crimes[charge.crime]
        shared = crime_nodes[charge.crime]
        conduct = lib.conduct_element(crime)
        conduct_node = shared.get(conduct.id.value) if conduct is not None else None
        mind = charge.accused if mind_of(lib.modes[charge.mode]) == "accused" else None
        # the crime's elements that read the perpetrator's mind: for this charge under
        # `mind "accused"`; once per crime for every other charge (the physical perpetrator's)
        where = mental_scope(charge, lib.modes[charge.mode])
        if where not in done:
            done.add(where)
            own = _nodes(lib, crime, where, opts)
            mental = {k: n for k, n in own.items() if k in per_charge[charge.crime]}
            for node in mental.values():
                node.names = shared | mental
                if mind is not None:  # the accused's own mind: the same for every act
                    node.joins = [_refs(alt, perpetrator=False) for alt in node.alts]
            for node in mental.values():
                rules.extend(_rules_for(node, where, None, mind, memo, conduct_node))
        # the mode's elements
        mode = lib.modes[charge.mode]
        nodes = _nodes(lib, mode, charge.scope, opts)
        names = dict(nodes)
        if conduct_node is not None:
            names.setdefault("conduct", conduct_node)
        for node in nodes.values():  # every node must see `conduct` before any rule is built
            node.names = names
        for node in nodes.values():
            rules.extend(_rules_for(node, charge.scope, charge.accused, None, memo, conduct_node))
    return Program(tuple(rules))


def _refs(alt: Alternative, perpetrator: bool = True) -> list[str]:
    """The elements this alternative joins on, in order of first mention (`perpetrator`
    joins on the conduct — it is the conduct's `by` — unless `perpetrator` is False: under
    `mind "accused"` it is the accused, and the element does not depend on the act)."""
    aliases = {p.alias.value for p in alt.positive if p.alias}
    out: list[str] = []
    for p in alt.patterns:
        for c in p.conditions:
            if isinstance(c.operand, ast.RefOperand):
                t = c.operand.target.value
                if t not in aliases and t not in out:
                    out.append(t)
            elif (
                perpetrator
                and isinstance(c.operand, ast.PerpetratorOperand)
                and "conduct" not in out
            ):
                out.append("conduct")
    return out


def _combinations(root: _Node, root_alt: int) -> Iterator[dict[str, tuple[_Node, int]]]:
    """Every consistent choice of one alternative per element the root (transitively) joins on."""

    def go(
        pending: list[_Node], chosen: dict[str, tuple[_Node, int]]
    ) -> Iterator[dict[str, tuple[_Node, int]]]:
        if not pending:
            yield chosen
            return
        node, rest = pending[0], pending[1:]
        if node.key in chosen:
            yield from go(rest, chosen)
            return
        for i in range(len(node.alts)):
            deps = [_resolve(node, t) for t in node.joins[i]]
            yield from go(rest + deps, chosen | {node.key: (node, i)})

    first = {root.key: (root, root_alt)}
    deps = [_resolve(root, t) for t in root.joins[root_alt]]
    yield from go(deps, first)


def _resolve(node: _Node, target: str) -> _Node:
    found = node.names.get(target)
    if found is None:
        raise InputError(
            [
                Diagnostic(
                    "error",
                    f"element `{node.element.id}` joins on `{target}`, which does not apply under "
                    "the options chosen",
                    node.element.id.span,
                )
            ]
        )
    return found


# The patterns one element alternative contributes to a rule, by (element key, alternative,
# first pattern index, accused, first pattern index of each element it joins on): rules that
# inline the same element share them.
class _Memo:
    """The patterns built for a node, by what they depend on; and one object for each distinct
    pattern, so that `_rules_for` tells rules apart by their patterns' identities: a
    pattern's hash is worked out over its whole tree, every time (7% of compiling the
    demonstration case, 15% for 250 accused)."""

    def __init__(self) -> None:
        self.built: dict[
            tuple[str, int, int, str | None, str | None, tuple[int, ...]], list[Pattern]
        ] = {}
        self.one: dict[Pattern, Pattern] = {}


class _RuleBuilder:
    """Lays out one rule: the elements it joins on first (in dependency order), then its own."""

    def __init__(
        self,
        root: _Node,
        chosen: Mapping[str, tuple[_Node, int]],
        accused: str | None,
        mind: str | None,
        memo: _Memo,
    ):
        self.root = root
        self.chosen = chosen
        self.accused = accused
        self.mind = mind  # the accused whose mind `perpetrator` names; None: `conduct.by`
        self.memo = memo
        self.patterns: list[Pattern] = []
        self.primary: dict[str, int] = {}
        self.own: tuple[int, ...] = ()

    def emit(self, node: _Node) -> None:
        if node.key in self.primary:
            return
        index = self.chosen[node.key][1]
        alt = node.alts[index]
        targets: list[_Node] = []
        for name in node.joins[index]:
            targets.append(_resolve(node, name))
            self.emit(targets[-1])
        start = len(self.patterns)
        key = (
            node.key,
            index,
            start,
            self.accused,
            self.mind,
            tuple(self.primary[t.key] for t in targets),
        )
        patterns = self.memo.built.get(key)
        if patterns is None:
            patterns = self.memo.built[key] = self._patterns(node, alt, start)
        self.patterns += patterns
        self.primary[node.key] = start
        if node is self.root:
            self.own = tuple(range(start, start + len(alt.positive)))

    def _patterns(self, node: _Node, alt: Alternative, start: int) -> list[Pattern]:
        out: list[Pattern] = []
        aliases = {p.alias.value: start + k for k, p in enumerate(alt.positive) if p.alias}
        tagged = [(p, False) for p in alt.positive] + [(p, True) for p in alt.negative]
        for k, (p, negated) in enumerate(tagged):
            tests = tuple(
                Test(
                    c.attr.value,
                    c.op,
                    _operand(c.operand, node, aliases, self.primary, self.accused, self.mind),
                )
                for c in p.conditions
                if c.op != "during"  # `alternatives` expands it to `since`/`until` tests
            )
            if not negated:  # one element's patterns of the same type bind distinct facts
                tests += tuple(
                    Test("id", "ne", Ref(start + j, "id"))
                    for j, q in enumerate(alt.positive[:k])
                    if q.fact_type.value == p.fact_type.value
                )
            pattern = Pattern(p.fact_type.value, tests, negated=negated)
            out.append(self.memo.one.setdefault(pattern, pattern))
        return out


def _rules_for(
    root: _Node,
    scope: str,
    accused: str | None,
    mind: str | None,
    memo: _Memo,
    conduct: _Node | None,
) -> list[Rule]:
    """The rules of one element. `conduct` is the crime's conduct element: a rule that inlines
    it records which pattern binds the act (the conduct element's own rules too)."""
    rules: list[Rule] = []
    seen: set[tuple[int, ...]] = set()  # equal patterns are one object (`_Memo.one`)
    for alt_index in range(len(root.alts)):
        for chosen in _combinations(root, alt_index):
            builder = _RuleBuilder(root, chosen, accused, mind, memo)
            builder.emit(root)
            key = tuple(builder.patterns)
            ident = tuple(map(id, key))
            if ident in seen:
                continue
            seen.add(ident)
            rules.append(
                Rule(
                    id=f"{scope}/{root.element.id.value}#{len(rules)}",
                    scope=scope,
                    element=root.element.id.value,
                    patterns=key,
                    own=builder.own,
                    act=builder.primary.get(conduct.key) if conduct is not None else None,
                )
            )
    return rules


def _operand(
    operand: ast.Operand,
    node: _Node,
    aliases: Mapping[str, int],
    primary: Mapping[str, int],
    accused: str | None,
    mind: str | None,
) -> Operand:
    if isinstance(operand, ast.Lit):
        return Const(operand.value)
    if isinstance(operand, ast.PerpetratorOperand):
        if mind is not None:
            return Const(mind)
        return Ref(primary[_resolve(node, "conduct").key], "by")
    if isinstance(operand, ast.AccusedOperand):
        if accused is None:
            raise InputError([Diagnostic("error", "`accused` used outside a mode", operand.span)])
        return Const(accused)
    target = operand.target.value
    if target in aliases:
        return Ref(aliases[target], operand.attr.value)
    return Ref(primary[_resolve(node, target).key], operand.attr.value)
