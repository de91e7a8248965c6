"""The durable-rules session: compiled programs kept in this process and on disk, durable
rulesets made of the rules that could fire, and one evaluation per ruleset in a fresh session
whose stored facts and fired tuples are checked against a model (see `engine.rete`)."""

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

from rome_elements.base.cache import cache_dir, gc_paused, prune, read, write
from rome_elements.base.identity import by_identity
from rome_elements.engine.rete_compile import compile_program
from rome_elements.engine.rete_encoding import (
    ANCHOR,
    HEARTBEAT,
    HEARTBEAT_ALIAS,
    HEARTBEAT_RULE,
    CompiledData,
    GroupData,
    ReteCannotHold,
    ReteError,
    Signature,
    Vocabulary,
    discriminator,
    encode,
    encode_text,
    fnv1a32,
    passes,
)
from rome_elements.rules.program import Const, Fact, Match, Program, Ref

__all__ = ["available", "evaluate"]

_CACHE_SIZE = 32  # compiled programs kept (their rulesets are deleted on eviction)

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


_HANDLES = 4  # durable rulesets kept per group (one per set of rules that could fire)


class _Group:
    """The rules of one durable ruleset of a compiled program (see `_live`)."""

    __slots__ = ("name", "rules", "handles")

    def __init__(self, name: str, rules: GroupData) -> None:
        self.name = name
        self.rules = rules
        # durable rulesets made of some of the rules (by their indexes), least recently used first
        self.handles: OrderedDict[tuple[int, ...], int] = OrderedDict()


class _Compiled:
    __slots__ = ("voc", "groups", "aliases")

    def __init__(self, voc: Vocabulary, groups: list[_Group], aliases: list[str]) -> None:
        self.voc = voc
        self.groups = groups
        self.aliases = aliases


_names = count()


def _build(data: CompiledData) -> _Compiled:
    """A compiled program with fresh ruleset names (durable's names are per process)."""
    aliases, number, scalars, lists, groups = data
    serial = next(_names)
    return _Compiled(
        Vocabulary(number, scalars, lists),
        [_Group(f"elements_rete_{serial}_{g}", group) for g, group in enumerate(groups)],
        aliases,
    )


def _compile(program: Program) -> CompiledData:
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
    # Keyed by content, not by `Program` equality, which holds between Const(1) and Const(True);
    # the digest is remembered for the program object (the compiler returns the same object
    # for the same library, charges and options: a situation's incidents share it)
    key = by_identity(_keys, program, _program_key, _CACHE_SIZE)
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
_keys: dict[int, tuple[Program, str | None]] = {}  # id → the program (kept: ids not reused), key


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
        modules = ("rete_encoding.py", "rete_compile.py", "rete_session.py")
        for code in [here.with_name(name) for name in modules] + [program_module]:
            try:
                digest.update(code.read_bytes())
            except OSError:
                return None
        _code.append(digest.digest())
    return hashlib.sha256(_code[0] + text).hexdigest()[:32]


_NOT_PLAIN = object()  # marshal refuses it


def _path(key: str) -> Path | None:
    folder = cache_dir()
    return None if folder is None else folder / f"rete-{key}.pickle"


def _load(key: str) -> CompiledData | None:
    """The stored compilation of the program with this key, if it is there and sound."""
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
    return cast(CompiledData, data) if ok else None


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


def _store(key: str, data: CompiledData) -> None:
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
    rules = ", ".join([f'"hb": {HEARTBEAT_RULE}'] + [f'"r{k}": {group.rules[k][3]}' for k in live])
    try:
        handle = int(_engine().create_ruleset(f"{group.name}_{next(_rulesets)}", f"{{{rules}}}"))
    except Exception as err:
        raise ReteError(f"durable-rules rejected the compiled rules: {err}") from err
    group.handles[live] = handle
    while len(group.handles) > _HANDLES:
        _delete_ruleset(group.handles.popitem(last=False)[1])
    return handle


# --- evaluation ----------------------------------------------------------------------------


def _members(fact: Fact, fact_type: str, voc: Vocabulary) -> str:
    """The fact's encoded attributes as JSON object members (all encodings are plain ASCII)."""
    parts: list[str] = []
    name = ""
    try:
        for name in voc.scalars.get(fact_type, ()):
            n = voc.number[name]
            kind, enc = encode(fact.get(name))
            parts.append(f'"v{n}":"{enc}","k{n}":"{kind}"')
        for name in voc.lists.get(fact_type, ()):
            value = fact.get(name)
            if isinstance(value, list):
                items = ",".join(f'"{encode_text(x)}"' for x in value if isinstance(x, str))
                parts.append(f'"l{voc.number[name]}":[{items}]')
    except ReteError as err:
        raise ReteCannotHold(str(fact.get("id")), name, str(err)) from None
    return ",".join(parts)


class _Bodies:
    """The facts of one evaluation as durable JSON members (without id and sid), per role."""

    def __init__(self, cases: list[Fact], types: list[str], voc: Vocabulary) -> None:
        self.cases = cases
        self.types = types
        self.voc = voc
        self._members: dict[int, str] = {}
        self._discriminators: dict[tuple[str, str], str] = {}
        self._of_type: dict[str, list[Fact]] = {}
        for fact, fact_type in zip(cases, types, strict=True):
            self._of_type.setdefault(fact_type, []).append(fact)
        self._some: dict[tuple[str, Signature], bool] = {}

    def some(self, fact_type: str, signature: Signature) -> bool:
        """Whether some fact of the type passes the alpha tests of the signature."""
        key = (fact_type, signature)
        found = self._some.get(key)
        if found is None:
            found = self._some[key] = any(
                passes(signature, fact) for fact in self._of_type.get(fact_type, ())
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
            disc = self._discriminators[key] = discriminator(role, self.types[index])
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
    against the same model, `passes`), and the reference evaluator matches only facts that
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
    positive_sigs: dict[str, set[Signature]] = {}  # fact type -> signatures of live patterns
    negative_sigs: dict[str, set[Signature]] = {}
    anchored = False
    for rule in (group.rules[k] for k in live):
        anchored = anchored or rule[1] == 1
        for table, typed in ((positive_sigs, rule[4]), (negative_sigs, rule[5])):
            for fact_type, sig in typed:
                table.setdefault(fact_type, set()).add(sig)
    # bodies[0] is the heartbeat; then the shadows (every negating fact is present before any
    # tuple reaches a negation), the anchor, the positive facts. The durable id of bodies[k] is
    # ids[k].
    bodies: list[tuple[int, str, str]] = [(-1, "H", HEARTBEAT)]  # (fact index, role, members)
    expected: set[int] = {0}  # positions in `bodies` that durable must store
    positive = False
    for role, table in (("N", negative_sigs), ("P", positive_sigs)):
        if role == "P" and anchored:
            expected.add(len(bodies))
            bodies.append((-1, "A", ANCHOR))
        for index, fact in enumerate(cases):
            sigs = table.get(types[index])
            if sigs is None:
                continue
            if any(passes(s, fact) for s in sigs):
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
        heartbeat = {"hb": [{HEARTBEAT_ALIAS: json.loads(facts[0])}]}
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
        hashes = {fnv1a32(i) for i in ids}
        if len(hashes) == n and fnv1a32(f"sid-{sid}") not in hashes:
            return ids
    raise ReteError("could not choose fact ids free of durable-rules' 32-bit hash collisions")
