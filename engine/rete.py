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

Modules
    `rete_encoding` (values, kinds, errors and the plain data of a compiled program),
    `rete_compile` (program → that data) and `rete_session` (compiled programs kept, durable
    rulesets, sessions) import one way, in that order; this module only names what they offer.

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

from rome_elements.engine.rete_encoding import ReteCannotHold, ReteError
from rome_elements.engine.rete_session import available, evaluate

__all__ = ["ReteCannotHold", "ReteError", "available", "evaluate"]
