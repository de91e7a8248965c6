"""Compiling a `Program` into durable-rules rulesets: the compiler of `engine.rete`.

Imported only when the compilation of a program is not cached (in this process, or on disk):
see the docstring of `engine.rete` for the encoding of facts and rules, the guards, negation
and the limits of durable-rules that the packing of rules into rulesets respects.
"""

from __future__ import annotations

import json
import operator
from collections.abc import Sequence
from itertools import count
from typing import Any, NamedTuple, cast

from rome_elements.engine.rete_encoding import (
    ABSENT,
    CompiledData,
    GroupData,
    ReteError,
    Signature,
    Vocabulary,
    alias_names,
    discriminator,
    encode,
    encode_text,
    fnv1a32,
)
from rome_elements.rules.program import Const, Program, Ref, Rule, Scalar

__all__ = ["compile_program"]

# --- durable-rules limits (src/rules/*.h) and our margins ----------------------------------

_MAX_STACK = 64  # handleAlpha: simultaneously pending alpha nodes per fact (error 303)
_MAX_FRAMES = 16  # facts per tuple (error 304)
_MAX_JOIN_TERMS = 29  # MAX_SEQUENCE_EXPRESSIONS 32, minus $and, $end and one spare
_MAX_BETAS_PER_NODE = 250  # BETA_LIST_LENGTH 256 (overflow writes out of bounds)
_MAX_CHILDREN = 500  # NEXT_BUCKET_LENGTH 512
_MAX_RULES = 4000  # MAX_ACTIONS 4096
_MAX_PROPERTIES = 250  # MAX_OBJECT_PROPERTIES 255, counting id and sid
_CAP = 1000  # tuples per action
_OPS = {"eq": "", "ne": "$neq", "lt": "$lt", "le": "$lte", "gt": "$gt", "ge": "$gte"}


# --- compiling a rule ----------------------------------------------------------------------
# Named tuples, not dataclasses: hashable and comparable all the same, and cheaper to define.


class _ConstTest(NamedTuple):
    attr: str
    op: str
    value: Scalar  # the original constant, for the Python model of the alpha network
    kind: str
    enc: str


class _HasTest(NamedTuple):
    attr: str
    value: str
    enc: str


class _RefTest(NamedTuple):
    attr: str
    op: str
    slot: int  # index among the rule's positive patterns (0-based; the anchor is not counted)
    ref_attr: str


_CTest = _ConstTest | _HasTest | _RefTest


class _CPattern(NamedTuple):
    fact_type: str
    tests: tuple[_CTest, ...]


class _CRule(NamedTuple):
    rule_id: str
    positive: tuple[_CPattern, ...]
    negative: tuple[_CPattern, ...]

    @property
    def anchored(self) -> bool:
        return not self.positive


class _False(Exception):
    """A test that no fact can pass (a reference to a pattern that is never bound, ...)."""


def _compile_test(rule: Rule, i: int, test: Any, slots: dict[int, int]) -> _CTest:
    op = test.op
    if op not in _OPS and op != "has":
        raise ReteError(f"rule {rule.id}: unknown operator {op!r}")
    attr = test.attr
    if not isinstance(attr, str):
        raise ReteError(f"rule {rule.id}: attribute name {attr!r} is not a string")
    operand = test.operand
    if isinstance(operand, Const):
        value = operand.value
        if op == "has":
            if not isinstance(value, str):
                raise _False
            return _HasTest(attr, value, encode_text(value))
        kind, enc = encode(value)
        if kind == ABSENT:
            raise _False
        return _ConstTest(attr, op, value, kind, enc)
    if isinstance(operand, Ref):
        n = len(rule.patterns)
        try:
            j = operator.index(operand.pattern)
        except TypeError:
            raise ReteError(f"rule {rule.id}: reference to pattern {operand.pattern!r}") from None
        if not -n <= j < n:
            raise ReteError(f"rule {rule.id}: reference to pattern {j}, which does not exist")
        j = j % n
        if j >= i or rule.patterns[j].negated:
            raise _False  # the reference evaluator sees no binding there: the test is false
        if op == "has":
            raise ReteError(
                f"rule {rule.id}: `has` against a reference cannot be expressed in durable-rules "
                "($iany takes constants only)"
            )
        if not isinstance(operand.attr, str):
            raise ReteError(f"rule {rule.id}: attribute name {operand.attr!r} is not a string")
        return _RefTest(attr, op, slots[j], operand.attr)
    raise ReteError(f"rule {rule.id}: unknown operand {operand!r}")


def _compile_rule(rule: Rule) -> _CRule | None:
    """The rule in normal form, or None when it can never fire."""
    slots: dict[int, int] = {}
    positive: list[_CPattern] = []
    negative: list[_CPattern] = []
    for i, pattern in enumerate(rule.patterns):
        if not isinstance(pattern.fact_type, str):
            raise ReteError(f"rule {rule.id}: fact type {pattern.fact_type!r} is not a string")
        try:
            tests = tuple(dict.fromkeys(_compile_test(rule, i, t, slots) for t in pattern.tests))
        except _False:
            if pattern.negated:
                continue  # no fact passes it, so the negation always holds
            return None  # no fact passes it, so the rule never fires
        if pattern.negated:
            negative.append(_CPattern(pattern.fact_type, tests))
        else:
            slots[i] = len(positive)
            positive.append(_CPattern(pattern.fact_type, tests))
    if len(positive) > _MAX_FRAMES:
        raise ReteError(
            f"rule {rule.id} has {len(positive)} positive patterns; durable-rules allows "
            f"{_MAX_FRAMES} facts per match"
        )
    return _CRule(rule.id, tuple(positive), tuple(negative))


# --- the program's vocabulary --------------------------------------------------------------


def _vocabulary(rules: Sequence[_CRule]) -> Vocabulary:
    number: dict[str, int] = {}
    scalars: dict[str, set[str]] = {}
    lists: dict[str, set[str]] = {}

    def need(fact_type: str, name: str, as_list: bool) -> None:
        if name not in number:
            number[name] = len(number)
        (lists if as_list else scalars).setdefault(fact_type, set()).add(name)

    for rule in rules:
        for pattern in rule.positive + rule.negative:
            scalars.setdefault(pattern.fact_type, set())
            for t in pattern.tests:
                need(pattern.fact_type, t.attr, type(t) is _HasTest)
                if type(t) is _RefTest:
                    need(rule.positive[t.slot].fact_type, t.ref_attr, False)
    for fact_type in set(scalars) | set(lists):
        n = 3 + 2 * len(scalars.get(fact_type, ())) + len(lists.get(fact_type, ()))
        if n > _MAX_PROPERTIES:
            raise ReteError(
                f"facts of type `{fact_type}` would need {n} properties in durable-rules "
                f"(at most {_MAX_PROPERTIES})"
            )
    names = ["t", "id", "sid", "$s", "$i"]
    names += [f"{p}{n}" for n in number.values() for p in "vkl"]
    if len({fnv1a32(n) for n in names}) != len(names):
        raise ReteError("property names collide under durable-rules' 32-bit hash")
    return Vocabulary(
        number,
        {k: tuple(sorted(v)) for k, v in scalars.items()},
        {k: tuple(sorted(v)) for k, v in lists.items()},
    )


# --- durable rule definitions and the alpha-network model ----------------------------------

_Term = dict[str, Any]


# A shareable (constant) term with its key and, for an equality on a constant, its property.
# The key is the term as ``json.dumps(term, sort_keys=True)`` would write it, built directly:
# every name and encoded value is plain ``[0-9a-z$]``, so nothing needs escaping.
_Shared = tuple[str, _Term, str | None]
_Terms = tuple[list[_Shared], list[_Term], list[_Term]]
_ANCHOR_TERMS: _Terms = ([('{"t": "A"}', {"t": "A"}, "t")], [], [])


def _pattern_terms(
    pattern: _CPattern | None, role: str, voc: Vocabulary, aliases: Sequence[str]
) -> _Terms:
    """(shareable constant terms, $iany terms, join terms) of one pattern (None: the anchor)."""
    if pattern is None:
        return _ANCHOR_TERMS
    number = voc.number
    consts: dict[str, tuple[_Term, str | None]] = {}
    anys: list[_Term] = []
    joins: dict[tuple[str, int, str, int], _Term] = {}
    for t in pattern.tests:
        n = number[t.attr]
        if type(t) is _ConstTest:
            if t.op == "eq":
                prop = f"v{n}"
                consts.setdefault(f'{{"{prop}": "{t.enc}"}}', ({prop: t.enc}, prop))
            else:
                prop = f"k{n}"
                consts.setdefault(f'{{"{prop}": "{t.kind}"}}', ({prop: t.kind}, prop))
                op = _OPS[t.op]
                consts.setdefault(
                    f'{{"{op}": {{"v{n}": "{t.enc}"}}}}', ({op: {f"v{n}": t.enc}}, None)
                )
        elif type(t) is _HasTest:
            anys.append({"$iany": {f"l{n}": {"$i": t.enc}}})
        else:
            ref = cast(_RefTest, t)
            m = number[ref.ref_attr]
            alias = aliases[ref.slot]
            consts.setdefault(
                f'{{"$neq": {{"k{n}": "{ABSENT}"}}}}', ({"$neq": {f"k{n}": ABSENT}}, None)
            )
            if ref.op == "eq":
                joins.setdefault(("v", n, alias, m), {f"v{n}": {alias: f"v{m}"}})
            else:
                joins.setdefault(("k", n, alias, m), {f"k{n}": {alias: f"k{m}"}})
                op = _OPS[ref.op]
                joins.setdefault((op, n, alias, m), {op: {f"v{n}": {alias: f"v{m}"}}})
    disc = discriminator(role, pattern.fact_type)
    shared: list[_Shared] = [(f'{{"t": "{disc}"}}', {"t": disc}, "t")]
    shared += [(key, *consts[key]) for key in sorted(consts)]
    return shared, anys, list(joins.values())


class _AlphaNode:
    """A node of the model of durable's alpha network (findAlpha shares equal constant tests)."""

    __slots__ = ("eq_prop", "depth", "children", "betas", "peak")

    def __init__(self, eq_prop: str | None, depth: int = 0, betas: int = 0) -> None:
        # eq_prop: property of an equality test on a constant: one per property can pass
        self.eq_prop = eq_prop
        self.depth = depth
        self.children: dict[object, _AlphaNode] = {}
        self.betas = betas
        self.peak = 0  # see refresh

    def refresh(self) -> None:
        """Most alpha nodes pending on durable's stack while one fact runs through the subtree.

        A node pushes every child that passes (join and $iany nodes conservatively count as
        passing; of several equality children on one property at most one passes), then they
        are processed last-pushed first, so the peak is max(k, k - 1 + the children's peak).
        """
        props: set[str] = set()
        k = 0
        deepest = 0
        for child in self.children.values():
            if child.eq_prop is None:
                k += 1
            else:
                props.add(child.eq_prop)
            if child.peak > deepest:
                deepest = child.peak
        k += len(props)
        self.peak = max(k, k - 1 + deepest) if k else 0


_Path = list[tuple[str | None, str | None]]  # (key of a shareable term or None, its eq_prop)


class _Ruleset:
    """One durable ruleset under construction: its rules and its alpha-network model."""

    def __init__(self) -> None:
        self.rules: list[_CRule] = []
        self.definitions: list[dict[str, Any]] = []
        self.root = _AlphaNode(None)
        self._unique = count()
        beat = _AlphaNode("t", 1, betas=1)
        self.root.children['{"t": "H"}'] = beat
        self.root.refresh()

    def try_add(self, rule: _CRule, definition: dict[str, Any], paths: list[_Path]) -> bool:
        """Add the rule unless that breaks a limit of durable-rules (then leave self unchanged)."""
        if len(self.rules) >= _MAX_RULES:
            return False
        created: list[tuple[_AlphaNode, object]] = []
        ends: list[_AlphaNode] = []
        touched: dict[int, _AlphaNode] = {}
        for path in paths:
            node = self.root
            touched[id(node)] = node
            for shared, prop in path:
                key: object = shared if shared is not None else next(self._unique)
                child = node.children.get(key)
                if child is None:
                    child = _AlphaNode(prop, node.depth + 1)
                    node.children[key] = child
                    created.append((node, key))
                node = child
                touched[id(node)] = node
            node.betas += 1
            ends.append(node)
        ok = all(n.betas <= _MAX_BETAS_PER_NODE for n in ends) and all(
            len(n.children) <= _MAX_CHILDREN for n in touched.values()
        )
        order = sorted(touched.values(), key=lambda n: -n.depth)
        for node in order:
            node.refresh()
        if ok and self.root.peak <= _MAX_STACK:
            self.definitions.append(definition)
            self.rules.append(rule)
            return True
        for node in ends:
            node.betas -= 1
        for parent, key in reversed(created):
            del parent.children[key]
        for node in order:
            node.refresh()
        return False


def _definition(
    rule: _CRule, voc: Vocabulary, aliases: Sequence[str], memo: dict[Any, _Terms]
) -> tuple[dict[str, Any], list[_Path]]:
    """The durable rule and the alpha paths of its patterns.

    `memo` keeps the terms of patterns already seen in this compilation (rules that inline the
    same element repeat its patterns): they are shared, never modified."""
    entries: list[dict[str, Any]] = []
    paths: list[_Path] = []
    patterns: list[tuple[_CPattern | None, bool]] = [(p, False) for p in rule.positive]
    if rule.anchored:
        patterns.insert(0, (None, False))
    patterns += [(p, True) for p in rule.negative]
    # positive slot s is alias s; with an anchor, the anchor takes alias 0 and slots shift by one
    shift = 1 if rule.anchored else 0
    for index, (pattern, negated) in enumerate(patterns):
        role = "N" if negated else "P"
        found = memo.get((pattern, role, shift))
        if found is None:
            found = _pattern_terms(pattern, role, voc, aliases[shift:])
            memo[(pattern, role, shift)] = found
        consts, anys, joins = found
        if len(joins) + 1 > _MAX_JOIN_TERMS:
            raise ReteError(
                f"rule {rule.rule_id}: a pattern needs {len(joins) + 1} join expressions; "
                f"durable-rules allows {_MAX_JOIN_TERMS}"
            )
        terms = [term for _, term, _ in consts] + anys + joins
        if joins:
            terms.append({"sid": {aliases[0]: "sid"}})
        name = aliases[index] + ("$not" if negated else "")
        entries.append({name: {"$and": terms}})
        path: _Path = [(key, prop) for key, _, prop in consts]
        paths.append(path + [(None, None)] * (len(anys) + len(joins)))
    return {"all": entries, "dist": 0, "cap": _CAP}, paths


# --- the compiled program ------------------------------------------------------------------


def _signature(pattern: _CPattern) -> Signature:
    consts: list[tuple[str, str, Scalar, str]] = []
    scalars: set[str] = set()
    for t in pattern.tests:
        if type(t) is _ConstTest:
            consts.append((t.attr, t.op, t.value, t.kind))
        elif type(t) is _HasTest:
            consts.append((t.attr, "has", t.value, "s"))
        else:
            scalars.add(t.attr)
    return tuple(consts), tuple(sorted(scalars))


def compile_program(program: Program) -> CompiledData:
    """The program's rulesets and what `engine.rete` needs to run them, as plain data."""
    rules = [r for r in (_compile_rule(rule) for rule in program.rules) if r is not None]
    voc = _vocabulary(rules)
    longest = max((len(r.positive) + len(r.negative) + 1 for r in rules), default=1)
    aliases = alias_names(longest)
    if len({fnv1a32(a) for a in aliases}) != len(aliases):
        raise ReteError("pattern aliases collide under durable-rules' 32-bit hash")
    rulesets: list[_Ruleset] = []
    memo: dict[Any, _Terms] = {}
    for rule in rules:
        definition, paths = _definition(rule, voc, aliases, memo)
        if any(ruleset.try_add(rule, definition, paths) for ruleset in rulesets):
            continue  # first fit
        fresh = _Ruleset()
        if not fresh.try_add(rule, definition, paths):
            raise ReteError(
                f"rule {rule.rule_id} alone exceeds what durable-rules can evaluate "
                f"(more than {_MAX_STACK} alpha tests pending for one fact)"
            )
        rulesets.append(fresh)
    groups: list[GroupData] = []
    signatures: dict[_CPattern, Signature] = {}

    def typed(patterns: tuple[_CPattern, ...]) -> tuple[tuple[str, Signature], ...]:
        out: list[tuple[str, Signature]] = []
        for p in patterns:
            sig = signatures.get(p)
            if sig is None:
                sig = signatures[p] = _signature(p)
            out.append((p.fact_type, sig))
        return tuple(out)

    for ruleset in rulesets:
        groups.append(
            [
                (
                    r.rule_id,
                    1 if r.anchored else 0,
                    len(r.positive),
                    json.dumps(definition),
                    typed(r.positive),
                    typed(r.negative),
                )
                for r, definition in zip(ruleset.rules, ruleset.definitions, strict=True)
            ]
        )
    return aliases, voc.number, voc.scalars, voc.lists, groups
