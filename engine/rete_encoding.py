"""Values, kinds and the shapes shared by the rete compiler and session: how a fact value is
written for durable-rules (see `engine.rete`, "Values and kinds" and "Guards"), the errors, and
the plain data a compiled program is made of.

This is the bottom of the rete engine: `rete_compile` and `rete_session` import it, it imports
neither (no loop)."""

from __future__ import annotations

import json
from typing import Any, cast

from rome_elements.rules.program import Fact, Scalar


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

MAX_STRING = 65535  # string lengths are passed as unsigned short when compared

ABSENT = "n"


def fnv1a32(text: str) -> int:
    """durable's 32-bit FNV-1a hash of an ASCII string (names, ids, aliases)."""
    h = 0x811C9DC5
    for b in text.encode():
        h = ((h ^ b) * 16777619) & 0xFFFFFFFF
    return h


def alias_names(n: int) -> list[str]:
    out: list[str] = []
    i = 0
    while len(out) < n:
        name = f"t{i}"
        if fnv1a32(name) % 16 == 0:
            out.append(name)
        i += 1
    return out


# --- value encoding ------------------------------------------------------------------------

_COMPLEMENT = str.maketrans("0123456789", "9876543210")


def kind_of(value: object) -> str:
    """The kind of a scalar as the reference sees it; lists and anything else are not scalars."""
    if isinstance(value, bool):
        return "b"
    if isinstance(value, int):
        return "i"
    if isinstance(value, str):
        return "s"
    return ABSENT


def encode(value: object) -> tuple[str, str]:
    """(kind, encoded value) of a fact value or constant; ("n", "n") when it is not a scalar."""
    kind = kind_of(value)
    if kind == "b":
        enc = "b1" if value else "b0"
    elif kind == "i":
        enc = "i" + int_key(cast(int, value))
    elif kind == "s":
        enc = encode_text(cast(str, value))
    else:
        return ABSENT, ABSENT
    return kind, enc


def encode_text(value: str) -> str:
    enc = "s" + value.encode("utf-8", "surrogatepass").hex()
    if len(enc) > MAX_STRING:
        raise ReteError(
            f"a text value of {len(value)} characters is too long for durable-rules "
            "(string comparisons use 16-bit lengths)"
        )
    return enc


def int_key(n: int) -> str:
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

HEARTBEAT = '"t":"H"'  # a fact of its own (role H) and a rule that fires on it, in every ruleset
HEARTBEAT_ALIAS = alias_names(1)[0]
HEARTBEAT_RULE = json.dumps(
    {"all": [{HEARTBEAT_ALIAS: {"$and": [{"t": "H"}]}}], "dist": 0, "cap": 1}
)
ANCHOR = '"t":"A"'  # the first fact of rules without positive patterns


def discriminator(role: str, fact_type: str) -> str:
    """The value of property ``t``: the role (P positive, N shadow for negations) and type."""
    enc = role + fact_type.encode("utf-8", "surrogatepass").hex()
    if len(enc) > MAX_STRING:
        raise ReteError(f"a fact type of {len(fact_type)} characters is too long for durable-rules")
    return enc


class Vocabulary:
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
Signature = tuple[tuple[tuple[str, str, Scalar, str], ...], tuple[str, ...]]


def passes(signature: Signature, fact: Fact) -> bool:
    consts, scalars = signature
    for attr, op, operand, _ in consts:
        value = fact.get(attr)
        if op == "has":
            if not (isinstance(value, list) and operand in value):
                return False
        elif not holds(value, op, operand):
            return False
    return all(kind_of(fact.get(a)) != ABSENT for a in scalars)


def holds(value: object, op: str, operand: Scalar) -> bool:
    """The program's comparison of a fact value with a constant (see rules.program)."""
    kind = kind_of(value)
    if kind == ABSENT or kind != kind_of(operand):
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
Typed = tuple[tuple[str, Signature], ...]
RuleData = tuple[str, int, int, str, Typed, Typed]
GroupData = list[RuleData]
CompiledData = tuple[
    list[str],  # pattern aliases
    dict[str, int],  # Vocabulary.number
    dict[str, tuple[str, ...]],  # Vocabulary.scalars
    dict[str, tuple[str, ...]],  # Vocabulary.lists
    list[GroupData],
]
