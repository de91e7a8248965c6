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

Compiling and caching
    The compiler (`engine.rete_compile`) turns a program into plain data: per ruleset, each
    rule's durable definition and the alpha signatures of its patterns. It is kept in this
    process and, for programs of 32 rules or more, on disk beside the library cache
    (`base.cache`: `ELEMENTS_CACHE`, files checked by digest), keyed by a digest of the
    program's plain content and of this code; compiling the demonstration case's 251 rules
    takes longer than everything else here. Each evaluation then gives durable only the rules
    that could fire: those where some fact passes the alpha tests of every positive pattern
    (for the demonstration case 15 of 251), in a ruleset made for that set of rules.
"""

from __future__ import annotations

import hashlib
import json
import marshal
import sys
import threading
from collections import OrderedDict
from collections.abc import Iterable
from itertools import count
from pathlib import Path
from typing import Any, cast

from rome_elements.rules.program import Const, Fact, Match, Program, Ref, Scalar

__all__ = ["ReteCannotHold", "ReteError", "available", "evaluate"]


class ReteError(RuntimeError):
    """durable-rules could not evaluate the program exactly (or failed): an internal error."""


class ReteCannotHold(ReteError):
    """A value of the case that durable-rules cannot hold (a text too long for its 16-bit
    string lengths): not a bug, a limit of the engine. `check.match` falls back to the
    reference evaluator under `--engine auto` and names the fact under `--engine rete`."""

    def __init__(self, fact_id: str, attribute: str, reason: str) -> None:
        self.fact_id = fact_id
        self.attribute = attribute
        self.reason = reason
        super().__init__(f"fact {fact_id}, attribute `{attribute}`: {reason}")


# --- durable-rules limits (src/rules/*.h) and our margins --------------------------------------
# (those that shape the compiled rules are in `engine.rete_compile`)

_MAX_STRING = 65535  # string lengths are passed as unsigned short when compared
_CACHE_SIZE = 32  # compiled programs kept (their rulesets are deleted on eviction)

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


# --- rulesets, facts and the compiled program ---------------------------------------------

_HEARTBEAT = '"t":"H"'  # a fact of its own (role H) and a rule that fires on it, in every ruleset
_HEARTBEAT_ALIAS = _aliases(1)[0]
_HEARTBEAT_RULE = json.dumps(
    {"all": [{_HEARTBEAT_ALIAS: {"$and": [{"t": "H"}]}}], "dist": 0, "cap": 1}
)
_ANCHOR = '"t":"A"'  # the first fact of rules without positive patterns


def _discriminator(role: str, fact_type: str) -> str:
    """The value of property ``t``: the role (P positive, N shadow for negations) and type."""
    enc = role + fact_type.encode("utf-8", "surrogatepass").hex()
    if len(enc) > _MAX_STRING:
        raise ReteError(f"a fact type of {len(fact_type)} characters is too long for durable-rules")
    return enc


class _Vocabulary:
    """Attribute numbering and, per fact type, what a fact of that type must carry."""

    __slots__ = ("number", "scalars", "lists")

    def __init__(
        self,
        number: dict[str, int],
        scalars: dict[str, tuple[str, ...]],
        lists: dict[str, tuple[str, ...]],
    ) -> None:
        self.number = number
        self.scalars = scalars  # type -> attrs sent as vN/kN
        self.lists = lists  # type -> attrs sent as lN


# What durable's alpha network requires of a fact for one pattern (for the stored check):
# (constant tests as (attr, op, constant, kind), with op "has" for list membership;
#  attributes that must hold a scalar, being the left side of a join).
_Signature = tuple[tuple[tuple[str, str, Scalar, str], ...], tuple[str, ...]]


def _passes(signature: _Signature, fact: Fact) -> bool:
    consts, scalars = signature
    for attr, op, operand, _ in consts:
        value = fact.get(attr)
        if op == "has":
            if not (isinstance(value, list) and operand in value):
                return False
        elif not _holds(value, op, operand):
            return False
    return all(_kind(fact.get(a)) != _ABSENT for a in scalars)


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


# Per durable rule ``r<k>`` of a group: (rule id, alias shift (1 when anchored), positive
# patterns, its durable definition as JSON, the fact type and alpha signature of each positive
# pattern, and of each negated pattern). What the disk cache stores is plain data like this.
_Typed = tuple[tuple[str, _Signature], ...]
_RuleData = tuple[str, int, int, str, _Typed, _Typed]
_GroupData = list[_RuleData]
_Data = tuple[
    list[str],  # pattern aliases
    dict[str, int],  # _Vocabulary.number
    dict[str, tuple[str, ...]],  # _Vocabulary.scalars
    dict[str, tuple[str, ...]],  # _Vocabulary.lists
    list[_GroupData],
]
_HANDLES = 4  # durable rulesets kept per group (one per set of rules that could fire)


class _Group:
    """The rules of one durable ruleset of a compiled program (see `_live`)."""

    __slots__ = ("name", "rules", "handles")

    def __init__(self, name: str, rules: _GroupData) -> None:
        self.name = name
        self.rules = rules
        # durable rulesets made of some of the rules (by their indexes), least recently used first
        self.handles: OrderedDict[tuple[int, ...], int] = OrderedDict()


class _Compiled:
    __slots__ = ("voc", "groups", "aliases")

    def __init__(self, voc: _Vocabulary, groups: list[_Group], aliases: list[str]) -> None:
        self.voc = voc
        self.groups = groups
        self.aliases = aliases


_names = count()


def _build(data: _Data) -> _Compiled:
    """A compiled program with fresh ruleset names (durable's names are per process)."""
    aliases, number, scalars, lists, groups = data
    serial = next(_names)
    return _Compiled(
        _Vocabulary(number, scalars, lists),
        [_Group(f"elements_rete_{serial}_{g}", group) for g, group in enumerate(groups)],
        aliases,
    )


def _compile(program: Program) -> _Data:
    from rome_elements.base.cache import gc_paused
    from rome_elements.engine.rete_compile import (
        compile_program,  # only when no compilation is cached
    )

    with gc_paused():
        return compile_program(program)


# --- the compiled programs of this process, and on disk -----------------------------------

_lock = threading.RLock()
_cache: OrderedDict[str, _Compiled] = OrderedDict()
# Programs with at least this many rules are kept on disk too (in the cache folder of
# `base.cache`), keyed by a digest of the program and of this module: compiling the program
# of a small case takes longer than everything else this engine does for it.
_DISK_MIN_RULES = 32
_DISK_KEEP = 64  # compiled programs kept on disk (the least recently written are removed)
_DISK_FORMAT = "elements-rete-2"


def _compiled(program: Program) -> _Compiled | None:
    """The cached compilation of the program, or None when it is not plain data."""
    # Keyed by content, not by `Program` equality, which holds between Const(1) and Const(True)
    key = _program_key(program)
    if key is None:
        return None
    found = _cache.get(key)
    if found is not None:
        _cache.move_to_end(key)
        return found
    disk = len(program.rules) >= _DISK_MIN_RULES
    data = _load(key) if disk else None
    if data is None:
        data = _compile(program)
        if disk:
            _store(key, data)
    compiled = _build(data)
    _cache[key] = compiled
    while len(_cache) > _CACHE_SIZE:
        _, old = _cache.popitem(last=False)
        _release(old)
    return compiled


_code: list[bytes] = []


def _program_key(program: Program) -> str | None:
    """A digest of what `_compile` reads of the program (rule ids and patterns) and of the
    code, or None when the program holds anything but plain values (then it is not cached).

    marshal (format 2: no back-references) writes str, int and bool apart ('1', 1, True) and
    refuses subclasses and other objects, so equal digests mean equal plain programs."""
    try:
        plain = [
            (
                rule.id,
                [
                    (
                        pattern.fact_type,
                        pattern.negated,
                        [
                            (t.attr, t.op, 0, o.value)
                            if type(o := t.operand) is Const
                            else (t.attr, t.op, 1, o.pattern, o.attr)
                            if type(o) is Ref
                            else _NOT_PLAIN
                            for t in pattern.tests
                        ],
                    )
                    for pattern in rule.patterns
                ],
            )
            for rule in program.rules
        ]
        text = marshal.dumps(plain, 2)
    except (AttributeError, TypeError, ValueError):  # ValueError: "unmarshallable object"
        return None
    if not _code:
        digest = hashlib.sha256(f"{_DISK_FORMAT} {sys.version_info[:2]}".encode())
        here = Path(__file__)
        program_module = Path(cast(str, sys.modules[Program.__module__].__file__))
        for code in (here, here.with_name("rete_compile.py"), program_module):
            try:
                digest.update(code.read_bytes())
            except OSError:
                return None
        _code.append(digest.digest())
    return hashlib.sha256(_code[0] + text).hexdigest()[:32]


_NOT_PLAIN = object()  # marshal refuses it


def _path(key: str) -> Path | None:
    from rome_elements.base.cache import cache_dir

    folder = cache_dir()
    return None if folder is None else folder / f"rete-{key}.pickle"


def _load(key: str) -> _Data | None:
    """The stored compilation of the program with this key, if it is there and sound."""
    from rome_elements.base.cache import read

    path = _path(key)
    if path is None:
        return None
    stored = read(path)
    if not (isinstance(stored, tuple) and len(stored) == 2 and stored[0] == key):
        return None
    data = stored[1]
    try:
        aliases, number, scalars, lists, groups = data
        ok = (
            isinstance(aliases, list)
            and all(isinstance(a, str) for a in aliases)
            and isinstance(number, dict)
            and isinstance(scalars, dict)
            and isinstance(lists, dict)
            and isinstance(groups, list)
            and all(_group_ok(group) for group in groups)
        )
    except (TypeError, ValueError):
        return None
    return cast(_Data, data) if ok else None


def _group_ok(group: object) -> bool:
    return isinstance(group, list) and all(
        isinstance(r, tuple)
        and len(r) == 6
        and isinstance(r[0], str)
        and r[1] in (0, 1)
        and isinstance(r[2], int)
        and isinstance(r[3], str)
        and isinstance(r[4], tuple)
        and isinstance(r[5], tuple)
        for r in group
    )


def _store(key: str, data: _Data) -> None:
    from rome_elements.base.cache import prune, write

    path = _path(key)
    if path is not None and write(path, (key, data)):
        prune(path.parent, "rete-*.pickle", _DISK_KEEP)


def _release(compiled: _Compiled) -> None:
    for group in compiled.groups:
        while group.handles:
            _delete_ruleset(group.handles.popitem()[1])


def _delete_ruleset(handle: int) -> None:
    try:
        _engine().delete_ruleset(handle)
    except Exception:  # best effort: the ruleset merely stays allocated
        pass


_rulesets = count()


def _handle(group: _Group, live: tuple[int, ...]) -> int:
    """A durable ruleset of the group's rules `live` (and the heartbeat rule)."""
    handle = group.handles.get(live)
    if handle is not None:
        group.handles.move_to_end(live)
        return handle
    rules = ", ".join([f'"hb": {_HEARTBEAT_RULE}'] + [f'"r{k}": {group.rules[k][3]}' for k in live])
    try:
        handle = int(_engine().create_ruleset(f"{group.name}_{next(_rulesets)}", f"{{{rules}}}"))
    except Exception as err:
        raise ReteError(f"durable-rules rejected the compiled rules: {err}") from err
    group.handles[live] = handle
    while len(group.handles) > _HANDLES:
        _delete_ruleset(group.handles.popitem(last=False)[1])
    return handle


# --- evaluation ----------------------------------------------------------------------------


def _members(fact: Fact, fact_type: str, voc: _Vocabulary) -> str:
    """The fact's encoded attributes as JSON object members (all encodings are plain ASCII)."""
    parts: list[str] = []
    name = ""
    try:
        for name in voc.scalars.get(fact_type, ()):
            n = voc.number[name]
            kind, enc = _encode(fact.get(name))
            parts.append(f'"v{n}":"{enc}","k{n}":"{kind}"')
        for name in voc.lists.get(fact_type, ()):
            value = fact.get(name)
            if isinstance(value, list):
                items = ",".join(f'"{_text(x)}"' for x in value if isinstance(x, str))
                parts.append(f'"l{voc.number[name]}":[{items}]')
    except ReteError as err:
        raise ReteCannotHold(str(fact.get("id")), name, str(err)) from None
    return ",".join(parts)


class _Bodies:
    """The facts of one evaluation as durable JSON members (without id and sid), per role."""

    def __init__(self, cases: list[Fact], types: list[str], voc: _Vocabulary) -> None:
        self.cases = cases
        self.types = types
        self.voc = voc
        self._members: dict[int, str] = {}
        self._discriminators: dict[tuple[str, str], str] = {}
        self._of_type: dict[str, list[Fact]] = {}
        for fact, fact_type in zip(cases, types, strict=True):
            self._of_type.setdefault(fact_type, []).append(fact)
        self._some: dict[tuple[str, _Signature], bool] = {}

    def some(self, fact_type: str, signature: _Signature) -> bool:
        """Whether some fact of the type passes the alpha tests of the signature."""
        key = (fact_type, signature)
        found = self._some.get(key)
        if found is None:
            found = self._some[key] = any(
                _passes(signature, fact) for fact in self._of_type.get(fact_type, ())
            )
        return found

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
        if compiled is not None:
            return _evaluate(dre, compiled, cases)
        compiled = _build(_compile(program))  # for this evaluation only
        try:
            return _evaluate(dre, compiled, cases)
        finally:
            _release(compiled)


def _evaluate(dre: Any, compiled: _Compiled, cases: list[Fact]) -> set[Match]:
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


def _live(group: _Group, encoded: _Bodies) -> tuple[int, ...]:
    """The group's rules that could fire: those where some fact passes the alpha tests of every
    positive pattern. The others are left out of the durable ruleset, as whole rulesets are when
    no fact passes any pattern: durable could not fire them (and the stored facts are checked
    against the same model, `_passes`), and the reference evaluator matches only facts that
    pass those tests, so a match of a rule left out is still a disagreement."""
    return tuple(
        k
        for k, rule in enumerate(group.rules)
        if all(encoded.some(fact_type, sig) for fact_type, sig in rule[4])
    )


def _run(dre: Any, compiled: _Compiled, group: _Group, encoded: _Bodies) -> set[Match]:
    """Evaluate one ruleset in a fresh session."""
    cases, types = encoded.cases, encoded.types
    live = _live(group, encoded)
    if not live:
        return set()  # no rule can fire: nothing for durable to do
    positive_sigs: dict[str, set[_Signature]] = {}  # fact type -> signatures of live patterns
    negative_sigs: dict[str, set[_Signature]] = {}
    anchored = False
    for rule in (group.rules[k] for k in live):
        anchored = anchored or rule[1] == 1
        for table, typed in ((positive_sigs, rule[4]), (negative_sigs, rule[5])):
            for fact_type, sig in typed:
                table.setdefault(fact_type, set()).add(sig)
    # bodies[0] is the heartbeat; then the shadows (every negating fact is present before any
    # tuple reaches a negation), the anchor, the positive facts. The durable id of bodies[k] is
    # ids[k].
    bodies: list[tuple[int, str, str]] = [(-1, "H", _HEARTBEAT)]  # (fact index, role, members)
    expected: set[int] = {0}  # positions in `bodies` that durable must store
    positive = False
    for role, table in (("N", negative_sigs), ("P", positive_sigs)):
        if role == "P" and anchored:
            expected.add(len(bodies))
            bodies.append((-1, "A", _ANCHOR))
        for index, fact in enumerate(cases):
            sigs = table.get(types[index])
            if sigs is None:
                continue
            if any(_passes(s, fact) for s in sigs):
                expected.add(len(bodies))
                positive = positive or role == "P"
            bodies.append((index, role, encoded.body(index, role)))
    if not positive and not anchored:
        return set()  # no fact can start a match: nothing for durable to do

    sid = f"e{next(_sids)}"
    ids = _ids(len(bodies), sid)
    facts = [f'{{"sid":"{sid}","id":"{ids[k]}",{body}}}' for k, (_, _, body) in enumerate(bodies)]
    handle = _handle(group, live)
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
    rule_of = {f"r{k}": group.rules[k] for k in live}
    for name, frame in found:
        info = rule_of.get(name)
        if info is None or not isinstance(frame, dict):
            raise ReteError(f"durable-rules fired an unexpected action {name!r}")
        rule_id, shift, positives = info[:3]
        out: list[str] = []
        for slot in range(positives):
            member = frame.get(compiled.aliases[slot + shift])
            k = position.get(str(member.get("id"))) if isinstance(member, dict) else None
            if k is None or bodies[k][1] != "P":
                raise ReteError(f"durable-rules fired {rule_id} with a malformed tuple")
            try:
                out.append(str(cases[bodies[k][0]]["id"]))
            except (KeyError, TypeError) as err:
                raise ReteError(f"a fact without an id matched rule {rule_id}") from err
        matches.add(Match(rule_id, tuple(out)))
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
