"""The durable-rules engine: evaluates a compiled `Program` on durable-rules 2.0.28 (a Rete network
in C) and returns exactly the match set of `engine.reference`.

durable-rules has sharp edges (see ``shared/notes/durable-rules.md``); this module works around
every one it depends on, and refuses (`ReteError`) rather than answer differently:

Driving the engine
    The C module ``durable_rules_engine`` is called directly; ``durable.lang`` and the stock
    ``engine.Host`` (timer threads that steal actions) are never used. One session (sid) per
    evaluation and per ruleset, deleted afterwards; facts are asserted in one ``assert_facts``
    call and the actions are drained in this thread (rules use ``cap`` so that one action carries
    many tuples). Every return code is checked, the lease is released by draining to the end, and
    the ids of the facts durable stored are compared with the ids a Python model of the alpha
    network predicts: a fact dropped or kept wrongly is an error, never a silent difference.
    durable leaves a session's action context uninitialised until an action starts, and
    ``delete_state`` frees it (a crash, or heap corruption, after a case where nothing fired): so
    every session begins with a *heartbeat* fact of its own, whose rule fires and is drained at
    once, before the case's facts are asserted.

Values and kinds
    Every value is sent as a string over ``[0-9a-z]`` (all above ``"``, so durable's
    ``strncmp`` over unterminated strings still orders prefixes first) with a kind prefix:
    ``s`` + hex of the UTF-8 bytes for text (byte order == code point order == Python order),
    ``i`` + an order-preserving digit encoding for ints (``m``/``p`` sign, 4-digit length,
    digits; complemented for negatives), ``b0``/``b1`` for bools. So durable never compares
    numbers or mixes kinds, and values of different kinds are never equal. For attribute ``a``
    (numbered ``N``) a fact carries ``vN`` (the value) and ``kN`` (its kind: ``s``, ``i``, ``b``)
    ALWAYS: an absent attribute, a list, or any other value gets ``vN = kN = "n"``. A test
    ``a eq c`` is ``vN == enc(c)``; ``ne lt le gt ge`` add ``kN == kind(c)``. A test against an
    earlier pattern's attribute adds ``kN != "n"`` (alpha) and joins ``kN == alias.kM`` (unless
    ``eq``) and ``vN <op> alias.vM``, so absent operands on either side fail, ``True`` never
    equals ``1`` and ``"99"`` never compares with ``99``. Properties are always present because
    durable aborts a whole batch (error 311) when a join refers to a missing property. Lists
    (``has``) go in ``lN`` as encoded strings and are tested with ``$iany``; they are never a
    scalar. Fact ids are durable-side sequential ids (checked for 32-bit FNV collisions, with the
    session's state-fact id too), mapped back to the case's ids afterwards.

Guards
    Every pattern starts with ``t == <role><hex(type)>``, which the session's implicit state fact
    ``{"$s": 1}`` lacks. Every join ``$and`` is flat and ends with ``{"sid": {<alias0>: "sid"}}``.
    Aliases have FNV-1a-32 hash = 0 mod 16 (computed here). Rules use ``dist: 0``: the program
    allows two positive patterns to bind the same fact, and a negated pattern sees every fact.
    Property names and aliases are checked for 32-bit hash collisions.

Negation
    durable's withdrawal of tuples when a negating fact arrives *later* is wrong even with the
    alias trick: it deletes every pending tuple, of any rule, that contains the same facts (a
    rule without negation lost its match), and tuples with the same facts in other positions. So
    that path is never taken: each fact of a type used by a negated pattern is also asserted
    as a *shadow* copy (role ``N``) which only negated patterns match, and all shadows are
    asserted before any positive fact (role ``P``). Negated patterns are placed after the
    positive ones (a negated pattern only sees earlier positive bindings, so this is exact). A
    rule without positive patterns joins a single *anchor* fact asserted after the shadows.

Limits
    Rules are packed into as many rulesets as needed so that, in a model of durable's alpha
    network, no fact can push more than 64 alpha nodes (error 303; 65 joins crashed), no node
    has more than 250 rules ending on it or 500 children, and no ruleset has more than 4000
    rules. A rule with more than 16 positive patterns, more than 29 join expressions in a
    pattern, a `has` test against a reference, more than 250 properties per fact, or a string
    longer than durable's 16-bit lengths allow raises `ReteError`.

Cost
    durable stores about 8 KB per fact and each insert costs O(facts in the session). Measured
    for a two-pattern join (this module, encoding included): 1 k facts ~50 ms, 10 k ~0.4 s,
    100 k ~10 s and ~1 GB; the reference evaluator is 5-10x faster. Facts cannot be split into
    independent sessions in general (a rule may join one fact with several others on different
    attributes), so a case is one session per ruleset; a program packed into k rulesets asserts
    the relevant facts k times. This engine exists to cross-check the reference.
"""

from __future__ import annotations

import json
import operator
import sys
import threading
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import count
from typing import Any, cast

from rules.program import Const, Fact, Match, Program, Ref, Rule, Scalar

__all__ = ["ReteError", "available", "evaluate"]


class ReteError(RuntimeError):
    """durable-rules could not evaluate the program exactly (or failed): an internal error."""


# --- durable-rules limits (src/rules/*.h) and our margins --------------------------------------

_MAX_STACK = 64  # handleAlpha: simultaneously pending alpha nodes per fact (error 303)
_MAX_FRAMES = 16  # facts per tuple (error 304)
_MAX_JOIN_TERMS = 29  # MAX_SEQUENCE_EXPRESSIONS 32, minus $and, $end and one spare
_MAX_BETAS_PER_NODE = 250  # BETA_LIST_LENGTH 256 (overflow writes out of bounds)
_MAX_CHILDREN = 500  # NEXT_BUCKET_LENGTH 512
_MAX_RULES = 4000  # MAX_ACTIONS 4096
_MAX_PROPERTIES = 250  # MAX_OBJECT_PROPERTIES 255, counting id and sid
_MAX_STRING = 65535  # string lengths are passed as unsigned short when compared
_CAP = 1000  # tuples per action
_CACHE_SIZE = 32  # compiled programs kept (their rulesets are deleted on eviction)

_OPS = {"eq": "", "ne": "$neq", "lt": "$lt", "le": "$lte", "gt": "$gt", "ge": "$gte"}
_ABSENT = "n"


def _fnv1a32(text: str) -> int:
    """durable's 32-bit FNV-1a hash of an ASCII string (names, ids, aliases)."""
    h = 0x811C9DC5
    for b in text.encode():
        h = ((h ^ b) * 16777619) & 0xFFFFFFFF
    return h


def _aliases(n: int) -> list[str]:
    out: list[str] = []
    i = 0
    while len(out) < n:
        name = f"t{i}"
        if _fnv1a32(name) % 16 == 0:
            out.append(name)
        i += 1
    return out


# --- availability --------------------------------------------------------------------------

_available: list[str | None] = []


def available() -> str | None:
    """None when durable-rules can be imported; otherwise a one-line reason."""
    if not _available:
        try:
            import durable_rules_engine  # noqa: F401
        except Exception as err:  # ImportError, or undefined symbols on Python 3.13
            v = sys.version_info
            reason = " ".join(str(err).split()) or type(err).__name__
            _available.append(
                f"durable-rules does not import on Python {v.major}.{v.minor}: {reason}"
            )
        else:
            _available.append(None)
    return _available[0]


def _engine() -> Any:
    reason = available()
    if reason is not None:
        raise ReteError(reason)
    import durable_rules_engine

    return durable_rules_engine


# --- value encoding ------------------------------------------------------------------------

_COMPLEMENT = str.maketrans("0123456789", "9876543210")


def _kind(value: object) -> str:
    """The kind of a scalar as the reference sees it; lists and anything else are not scalars."""
    if isinstance(value, bool):
        return "b"
    if isinstance(value, int):
        return "i"
    if isinstance(value, str):
        return "s"
    return _ABSENT


def _encode(value: object) -> tuple[str, str]:
    """(kind, encoded value) of a fact value or constant; ("n", "n") when it is not a scalar."""
    kind = _kind(value)
    if kind == "b":
        enc = "b1" if value else "b0"
    elif kind == "i":
        enc = "i" + _int_key(cast(int, value))
    elif kind == "s":
        enc = _text(cast(str, value))
    else:
        return _ABSENT, _ABSENT
    return kind, enc


def _text(value: str) -> str:
    enc = "s" + value.encode("utf-8", "surrogatepass").hex()
    if len(enc) > _MAX_STRING:
        raise ReteError(
            f"a text value of {len(value)} characters is too long for durable-rules "
            "(string comparisons use 16-bit lengths)"
        )
    return enc


def _int_key(n: int) -> str:
    try:
        digits = str(abs(int(n)))
    except ValueError as err:  # more digits than int->str conversion allows
        raise ReteError(f"an integer is too large for the rete engine: {err}") from None
    if len(digits) > 9999:
        raise ReteError("an integer with more than 9999 digits is too large for the rete engine")
    if n >= 0:
        return f"p{len(digits):04d}{digits}"
    return f"m{9999 - len(digits):04d}{digits.translate(_COMPLEMENT)}"


# --- compiling a rule ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _ConstTest:
    attr: str
    op: str
    value: Scalar  # the original constant, for the Python model of the alpha network
    kind: str
    enc: str


@dataclass(frozen=True, slots=True)
class _HasTest:
    attr: str
    value: str
    enc: str


@dataclass(frozen=True, slots=True)
class _RefTest:
    attr: str
    op: str
    slot: int  # index among the rule's positive patterns (0-based; the anchor is not counted)
    ref_attr: str


_CTest = _ConstTest | _HasTest | _RefTest


@dataclass(frozen=True, slots=True)
class _CPattern:
    fact_type: str
    tests: tuple[_CTest, ...]


@dataclass(frozen=True, slots=True)
class _CRule:
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
            return _HasTest(attr, value, _text(value))
        kind, enc = _encode(value)
        if kind == _ABSENT:
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


@dataclass(slots=True)
class _Vocabulary:
    """Attribute numbering and, per fact type, what a fact of that type must carry."""

    number: dict[str, int] = field(default_factory=dict)
    scalars: dict[str, set[str]] = field(default_factory=dict)  # type -> attrs sent as vN/kN
    lists: dict[str, set[str]] = field(default_factory=dict)  # type -> attrs sent as lN

    def attr(self, name: str) -> int:
        if name not in self.number:
            self.number[name] = len(self.number)
        return self.number[name]

    def need(self, fact_type: str, name: str, as_list: bool) -> None:
        self.attr(name)
        table = self.lists if as_list else self.scalars
        table.setdefault(fact_type, set()).add(name)


def _vocabulary(rules: Sequence[_CRule]) -> _Vocabulary:
    voc = _Vocabulary()
    for rule in rules:
        for pattern in rule.positive + rule.negative:
            voc.scalars.setdefault(pattern.fact_type, set())
            for t in pattern.tests:
                voc.need(pattern.fact_type, t.attr, isinstance(t, _HasTest))
                if isinstance(t, _RefTest):
                    voc.need(rule.positive[t.slot].fact_type, t.ref_attr, False)
    for fact_type in set(voc.scalars) | set(voc.lists):
        n = 3 + 2 * len(voc.scalars.get(fact_type, ())) + len(voc.lists.get(fact_type, ()))
        if n > _MAX_PROPERTIES:
            raise ReteError(
                f"facts of type `{fact_type}` would need {n} properties in durable-rules "
                f"(at most {_MAX_PROPERTIES})"
            )
    names = ["t", "id", "sid", "$s", "$i"]
    names += [f"{p}{n}" for n in voc.number.values() for p in "vkl"]
    if len({_fnv1a32(n) for n in names}) != len(names):
        raise ReteError("property names collide under durable-rules' 32-bit hash")
    return voc


# --- durable rule definitions and the alpha-network model ----------------------------------

_Term = dict[str, Any]
_HEARTBEAT = '"t":"H"'  # a fact of its own (role H) and a rule that fires on it, in every ruleset
_HEARTBEAT_ALIAS = _aliases(1)[0]
_HEARTBEAT_RULE = {"all": [{_HEARTBEAT_ALIAS: {"$and": [{"t": "H"}]}}], "dist": 0, "cap": 1}
_ANCHOR = '"t":"A"'  # the first fact of rules without positive patterns


def _discriminator(role: str, fact_type: str) -> str:
    """The value of property ``t``: the role (P positive, N shadow for negations) and type."""
    enc = role + fact_type.encode("utf-8", "surrogatepass").hex()
    if len(enc) > _MAX_STRING:
        raise ReteError(f"a fact type of {len(fact_type)} characters is too long for durable-rules")
    return enc


def _pattern_terms(
    pattern: _CPattern | None, role: str, voc: _Vocabulary, aliases: Sequence[str]
) -> tuple[list[_Term], list[_Term], list[_Term]]:
    """(shareable constant terms, $iany terms, join terms) of one pattern (None: the anchor)."""
    if pattern is None:
        return [{"t": "A"}], [], []
    consts: dict[str, _Term] = {}
    anys: list[_Term] = []
    joins: dict[str, _Term] = {}

    def add(table: dict[str, _Term], term: _Term) -> None:
        table.setdefault(json.dumps(term, sort_keys=True), term)

    for t in pattern.tests:
        n = voc.number[t.attr]
        if isinstance(t, _ConstTest):
            if t.op == "eq":
                add(consts, {f"v{n}": t.enc})
            else:
                add(consts, {f"k{n}": t.kind})
                add(consts, {_OPS[t.op]: {f"v{n}": t.enc}})
        elif isinstance(t, _HasTest):
            anys.append({"$iany": {f"l{n}": {"$i": t.enc}}})
        else:
            m = voc.number[t.ref_attr]
            alias = aliases[t.slot]
            add(consts, {"$neq": {f"k{n}": _ABSENT}})
            if t.op == "eq":
                add(joins, {f"v{n}": {alias: f"v{m}"}})
            else:
                add(joins, {f"k{n}": {alias: f"k{m}"}})
                add(joins, {_OPS[t.op]: {f"v{n}": {alias: f"v{m}"}}})
    first: list[_Term] = [{"t": _discriminator(role, pattern.fact_type)}]
    ordered = [consts[k] for k in sorted(consts)]
    return first + ordered, anys, list(joins.values())


@dataclass(slots=True)
class _AlphaNode:
    """A node of the model of durable's alpha network (findAlpha shares equal constant tests)."""

    eq_prop: str | None  # property of an equality test on a constant: one per property can pass
    depth: int = 0
    children: dict[object, _AlphaNode] = field(default_factory=dict)
    betas: int = 0
    peak: int = 0  # see _refresh

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
            deepest = max(deepest, child.peak)
        k += len(props)
        self.peak = max(k, k - 1 + deepest) if k else 0


def _eq_prop(term: _Term) -> str | None:
    ((key, value),) = term.items()
    if key.startswith("$") or isinstance(value, dict):
        return None
    return key


_Path = list[tuple[str | None, str | None]]  # (key of a shareable term or None, its eq_prop)


class _Ruleset:
    """One durable ruleset under construction: its rules and its alpha-network model."""

    def __init__(self) -> None:
        self.rules: list[_CRule] = []
        self.definitions: dict[str, Any] = {"hb": _HEARTBEAT_RULE}
        self.root = _AlphaNode(None)
        self._unique = count()
        beat = _AlphaNode("t", 1, betas=1)
        self.root.children[json.dumps({"t": "H"})] = beat
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
            self.definitions[f"r{len(self.rules)}"] = definition
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
    rule: _CRule, voc: _Vocabulary, aliases: Sequence[str]
) -> tuple[dict[str, Any], list[_Path]]:
    """The durable rule and the alpha paths of its patterns."""
    entries: list[dict[str, Any]] = []
    paths: list[_Path] = []
    patterns: list[tuple[_CPattern | None, bool]] = [(p, False) for p in rule.positive]
    if rule.anchored:
        patterns.insert(0, (None, False))
    patterns += [(p, True) for p in rule.negative]
    # positive slot s is alias s; with an anchor, the anchor takes alias 0 and slots shift by one
    shift = 1 if rule.anchored else 0
    for index, (pattern, negated) in enumerate(patterns):
        consts, anys, joins = _pattern_terms(pattern, "N" if negated else "P", voc, aliases[shift:])
        if len(joins) + 1 > _MAX_JOIN_TERMS:
            raise ReteError(
                f"rule {rule.rule_id}: a pattern needs {len(joins) + 1} join expressions; "
                f"durable-rules allows {_MAX_JOIN_TERMS}"
            )
        if joins:
            joins = joins + [{"sid": {aliases[0]: "sid"}}]
        terms = consts + anys + joins
        name = aliases[index] + ("$not" if negated else "")
        entries.append({name: {"$and": terms}})
        paths.append(
            [(json.dumps(t, sort_keys=True), _eq_prop(t)) for t in consts]
            + [(None, None) for _ in anys + joins]
        )
    return {"all": entries, "dist": 0, "cap": _CAP}, paths


# --- the compiled program ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Signature:
    """What durable's alpha network requires of a fact for one pattern (for the stored check)."""

    consts: tuple[_ConstTest | _HasTest, ...]
    scalars: tuple[str, ...]  # attributes that must hold a scalar (left side of a join)

    def passes(self, fact: Fact) -> bool:
        for t in self.consts:
            value = fact.get(t.attr)
            if isinstance(t, _HasTest):
                if not (isinstance(value, list) and t.value in value):
                    return False
            elif not _holds(value, t.op, t.value):
                return False
        return all(_kind(fact.get(a)) != _ABSENT for a in self.scalars)


def _holds(value: object, op: str, operand: Scalar) -> bool:
    """The program's comparison of a fact value with a constant (see rules.program)."""
    kind = _kind(value)
    if kind == _ABSENT or kind != _kind(operand):
        return False
    a = cast(Any, value)
    if op == "eq":
        return bool(a == operand)
    if op == "ne":
        return bool(a != operand)
    if op == "lt":
        return bool(a < operand)
    if op == "le":
        return bool(a <= operand)
    if op == "gt":
        return bool(a > operand)
    return bool(a >= operand)  # ge: the compiler admits no other operator


def _signature(pattern: _CPattern) -> _Signature:
    consts = tuple(t for t in pattern.tests if not isinstance(t, _RefTest))
    scalars = tuple(sorted({t.attr for t in pattern.tests if isinstance(t, _RefTest)}))
    return _Signature(consts, scalars)


@dataclass(slots=True)
class _Group:
    """One durable ruleset of a compiled program."""

    name: str
    rules: list[_CRule]
    definitions: dict[str, Any]
    positive: dict[str, set[_Signature]]  # fact type -> alpha signatures of positive patterns
    negative: dict[str, set[_Signature]]
    anchored: bool
    handle: int | None = None


@dataclass(slots=True)
class _Compiled:
    voc: _Vocabulary
    groups: list[_Group]
    aliases: list[str]


_names = count()


def _compile(program: Program) -> _Compiled:
    rules = [r for r in (_compile_rule(rule) for rule in program.rules) if r is not None]
    voc = _vocabulary(rules)
    longest = max((len(r.positive) + len(r.negative) + 1 for r in rules), default=1)
    aliases = _aliases(longest)
    if len({_fnv1a32(a) for a in aliases}) != len(aliases):
        raise ReteError("pattern aliases collide under durable-rules' 32-bit hash")
    rulesets: list[_Ruleset] = []
    for rule in rules:
        definition, paths = _definition(rule, voc, aliases)
        if any(ruleset.try_add(rule, definition, paths) for ruleset in rulesets):
            continue  # first fit
        fresh = _Ruleset()
        if not fresh.try_add(rule, definition, paths):
            raise ReteError(
                f"rule {rule.rule_id} alone exceeds what durable-rules can evaluate "
                f"(more than {_MAX_STACK} alpha tests pending for one fact)"
            )
        rulesets.append(fresh)
    serial = next(_names)
    groups: list[_Group] = []
    for g, ruleset in enumerate(rulesets):
        positive: dict[str, set[_Signature]] = {}
        negative: dict[str, set[_Signature]] = {}
        for rule in ruleset.rules:
            for p in rule.positive:
                positive.setdefault(p.fact_type, set()).add(_signature(p))
            for p in rule.negative:
                negative.setdefault(p.fact_type, set()).add(_signature(p))
        groups.append(
            _Group(
                name=f"elements_rete_{serial}_{g}",
                rules=ruleset.rules,
                definitions=ruleset.definitions,
                positive=positive,
                negative=negative,
                anchored=any(r.anchored for r in ruleset.rules),
            )
        )
    return _Compiled(voc, groups, aliases)


_lock = threading.RLock()
_cache: OrderedDict[Program, _Compiled] = OrderedDict()


def _compiled(program: Program) -> _Compiled:
    try:
        found = _cache.get(program)
    except TypeError:  # an unhashable constant: compile without caching
        return _compile(program)
    if found is not None:
        _cache.move_to_end(program)
        return found
    compiled = _compile(program)
    _cache[program] = compiled
    while len(_cache) > _CACHE_SIZE:
        _, old = _cache.popitem(last=False)
        _release(old)
    return compiled


def _release(compiled: _Compiled) -> None:
    for group in compiled.groups:
        if group.handle is not None:
            try:
                _engine().delete_ruleset(group.handle)
            except Exception:  # best effort: the ruleset merely stays allocated
                pass
            group.handle = None


def _handle(group: _Group) -> int:
    if group.handle is None:
        try:
            group.handle = int(_engine().create_ruleset(group.name, json.dumps(group.definitions)))
        except Exception as err:
            raise ReteError(f"durable-rules rejected the compiled rules: {err}") from err
    return group.handle


# --- evaluation ----------------------------------------------------------------------------


def _members(fact: Fact, fact_type: str, voc: _Vocabulary) -> str:
    """The fact's encoded attributes as JSON object members (all encodings are plain ASCII)."""
    parts: list[str] = []
    for name in voc.scalars.get(fact_type, ()):
        n = voc.number[name]
        kind, enc = _encode(fact.get(name))
        parts.append(f'"v{n}":"{enc}","k{n}":"{kind}"')
    for name in voc.lists.get(fact_type, ()):
        value = fact.get(name)
        if isinstance(value, list):
            items = ",".join(f'"{_text(x)}"' for x in value if isinstance(x, str))
            parts.append(f'"l{voc.number[name]}":[{items}]')
    return ",".join(parts)


class _Bodies:
    """The facts of one evaluation as durable JSON members (without id and sid), per role."""

    def __init__(self, cases: list[Fact], types: list[str], voc: _Vocabulary) -> None:
        self.cases = cases
        self.types = types
        self.voc = voc
        self._members: dict[int, str] = {}
        self._discriminators: dict[tuple[str, str], str] = {}

    def body(self, index: int, role: str) -> str:
        members = self._members.get(index)
        if members is None:
            members = _members(self.cases[index], self.types[index], self.voc)
            self._members[index] = members
        key = (role, self.types[index])
        disc = self._discriminators.get(key)
        if disc is None:
            disc = self._discriminators[key] = _discriminator(role, self.types[index])
        return f'"t":"{disc}",{members}' if members else f'"t":"{disc}"'


_sids = count()


def evaluate(program: Program, facts: Iterable[Fact]) -> set[Match]:
    """Every match of every rule of `program` over `facts`, computed by durable-rules."""
    dre = _engine()
    cases = list(facts)
    with _lock:
        compiled = _compiled(program)
        types: list[str] = []
        for fact in cases:
            try:
                types.append(str(fact["type"]))
            except (KeyError, TypeError) as err:
                raise ReteError(f"a fact without a type: {fact!r}") from err
        bodies = _Bodies(cases, types, compiled.voc)
        matches: set[Match] = set()
        for group in compiled.groups:
            matches |= _run(dre, compiled, group, bodies)
        return matches


def _run(dre: Any, compiled: _Compiled, group: _Group, encoded: _Bodies) -> set[Match]:
    """Evaluate one ruleset in a fresh session."""
    cases, types = encoded.cases, encoded.types
    # bodies[0] is the heartbeat; then the shadows (every negating fact is present before any
    # tuple reaches a negation), the anchor, the positive facts. The durable id of bodies[k] is
    # ids[k].
    bodies: list[tuple[int, str, str]] = [(-1, "H", _HEARTBEAT)]  # (fact index, role, members)
    expected: set[int] = {0}  # positions in `bodies` that durable must store
    positive = False
    for role, table in (("N", group.negative), ("P", group.positive)):
        if role == "P" and group.anchored:
            expected.add(len(bodies))
            bodies.append((-1, "A", _ANCHOR))
        for index, fact in enumerate(cases):
            sigs = table.get(types[index])
            if sigs is None:
                continue
            if any(s.passes(fact) for s in sigs):
                expected.add(len(bodies))
                positive = positive or role == "P"
            bodies.append((index, role, encoded.body(index, role)))
    if not positive and not group.anchored:
        return set()  # no fact can start a match: nothing for durable to do

    sid = f"e{next(_sids)}"
    ids = _ids(len(bodies), sid)
    facts = [f'{{"sid":"{sid}","id":"{ids[k]}",{body}}}' for k, (_, _, body) in enumerate(bodies)]
    handle = _handle(group)
    # durable's state node leaves its action context uninitialised until an action starts, and
    # delete_state frees it: fire the heartbeat first so that deleting the session is safe.
    beat = None
    try:
        code, state = dre.assert_facts(handle, f"[{facts[0]}]")
        beat = dre.start_action_for_state(handle, state)
        done = dre.complete_and_start_action(handle, state) if beat is not None else None
    except Exception as err:
        if beat is not None:  # the context was initialised: the session can be deleted
            dre.delete_state(handle, sid)
        raise ReteError(f"durable-rules failed to start a session: {err}") from err
    if beat is None:  # nothing fired: deleting the session could crash, so it is left alive
        raise ReteError(f"durable-rules did not fire the heartbeat (code {code})")

    found: list[tuple[str, Any]] = []
    try:
        heartbeat = {"hb": [{_HEARTBEAT_ALIAS: json.loads(facts[0])}]}
        if code != 0 or json.loads(beat[1]) != heartbeat or done is not None:
            raise ReteError(f"durable-rules did not start the session properly ({beat}, {done})")
        try:
            code, offset = dre.assert_facts(handle, "[" + ",".join(facts[1:]) + "]")
        except Exception as err:
            raise ReteError(f"durable-rules failed to assert the facts: {err}") from err
        if code not in (0, 1) or offset != state:
            raise ReteError(f"durable-rules returned ({code}, {offset}) asserting the facts")
        try:
            started = dre.start_action_for_state(handle, state)
            message = None if started is None else started[1]
            while message is not None:
                for name, tuples in json.loads(message).items():
                    for frame in tuples if isinstance(tuples, list) else [tuples]:
                        found.append((name, frame))
                message = dre.complete_and_start_action(handle, state)
            state_fact = json.loads(dre.get_state(handle, sid))
            stored = json.loads(dre.get_facts(handle, sid))
        except Exception as err:
            raise ReteError(f"durable-rules failed while running the rules: {err}") from err
        if "exception" in state_fact:
            raise ReteError(f"durable-rules reported an exception: {state_fact['exception']}")
        stored_ids = {str(f.get("id")) for f in stored if isinstance(f, dict)}
        expected_ids = {ids[k] for k in expected}
        if stored_ids != expected_ids:
            lost = sorted(expected_ids - stored_ids)[:5]
            extra = sorted(stored_ids - expected_ids)[:5]
            raise ReteError(
                f"durable-rules stored {len(stored_ids)} facts, expected {len(expected_ids)} "
                f"(lost {lost}, unexpected {extra})"
            )
    finally:
        try:
            dre.delete_state(handle, sid)
        except Exception as err:
            raise ReteError(f"durable-rules failed to delete a session: {err}") from err

    position = {did: k for k, did in enumerate(ids)}
    matches: set[Match] = set()
    rule_of = {f"r{k}": rule for k, rule in enumerate(group.rules)}
    for name, frame in found:
        rule = rule_of.get(name)
        if rule is None or not isinstance(frame, dict):
            raise ReteError(f"durable-rules fired an unexpected action {name!r}")
        shift = 1 if rule.anchored else 0
        out: list[str] = []
        for slot in range(len(rule.positive)):
            member = frame.get(compiled.aliases[slot + shift])
            k = position.get(str(member.get("id"))) if isinstance(member, dict) else None
            if k is None or bodies[k][1] != "P":
                raise ReteError(f"durable-rules fired {rule.rule_id} with a malformed tuple")
            try:
                out.append(str(cases[bodies[k][0]]["id"]))
            except (KeyError, TypeError) as err:
                raise ReteError(f"a fact without an id matched rule {rule.rule_id}") from err
        matches.add(Match(rule.rule_id, tuple(out)))
    return matches


def _ids(n: int, sid: str) -> list[str]:
    """n fact ids whose 32-bit hashes differ from each other and from the state fact's id."""
    for attempt in range(100):
        prefix = "" if attempt == 0 else f"x{attempt}_"
        ids = [f"{prefix}{k}" for k in range(n)]
        hashes = {_fnv1a32(i) for i in ids}
        if len(hashes) == n and _fnv1a32(f"sid-{sid}") not in hashes:
            return ids
    raise ReteError("could not choose fact ids free of durable-rules' 32-bit hash collisions")
