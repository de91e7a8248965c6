"""Hypothesis strategies and builders for the property tests (tests/test_properties*.py).

* `library()` / `vocab()`: the bundled law library and its fact vocabulary, loaded once.
* `build_chain(rule, ...)`: facts that satisfy one compiled rule, built constructively from its
  patterns (constants copied, joins unified, `ne`/ordering tests repaired, `has` lists filled),
  so that every element of every crime and mode can be shown satisfiable.
* `cases()`: small *valid* case files in the library's vocabulary, as dicts: a few planted
  chains (facts that satisfy some rule of the charged program) plus random facts whose values
  come from small pools so that joins match, evidence of every grade with shared origins,
  `contradicted_by` and acyclic `inferred_from` sometimes.
* `load(data)`: dump a case dict to YAML and load it with the real loader.
"""

from __future__ import annotations

import datetime
import functools
import itertools
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import yaml
from hypothesis import strategies as st

from rome_elements.engine import reference
from rome_elements.engine.check import vocabulary
from rome_elements.facts.load import load_case_text
from rome_elements.facts.model import EVIDENCE_KINDS, Case
from rome_elements.facts.vocabulary import AttrSpec, FactSpec, Vocabulary
from rome_elements.rules.compile import ChargeSpec, compile_case
from rome_elements.rules.library import Library
from rome_elements.rules.load import load_library
from rome_elements.rules.program import (
    Const,
    Fact,
    Match,
    Pattern,
    Program,
    Ref,
    Rule,
    Scalar,
    Test,
    Value,
)

GRADES = "ABCDEF"
ACCUSED = ("acc1", "acc2")
ORIGINS = ("o1", "o2", "o3")
TEXTS = ("Ukraine", "Russia", "Belarus", "Kherson", "Donetsk")
INTS = (0, 3, 14, 15, 17, 18, 40)
DATES = ("2014-02-20", "2022-02-24", "2022-03-01", "2023-07-19")
MISSING_REFS = ("X1",)  # refs to no fact of the generated kinds (`declare_refs`: a person)


@functools.cache
def library() -> Library:
    return load_library()


@functools.cache
def vocab() -> Vocabulary:
    return vocabulary(library())


@functools.cache
def option_variants() -> tuple[tuple[tuple[str, str], ...], ...]:
    """The default options, then every other choice of each option (one option changed at a
    time), as sorted item tuples."""
    lib = library()
    default = lib.default_options()
    out = [tuple(sorted(default.items()))]
    for oid in sorted(lib.options):
        for choice in lib.options[oid].choices:
            if default.get(oid) != choice.id.value:
                out.append(tuple(sorted((default | {oid: choice.id.value}).items())))
    return tuple(out)


@functools.cache
def program_for(
    charges: tuple[tuple[int, str, str, str], ...], options: tuple[tuple[str, str], ...] = ()
) -> Program:
    """The compiled program of `charges` ((index, accused, crime id, mode)), cached."""
    specs = [ChargeSpec(*c) for c in charges]
    return compile_case(library(), specs, dict(options) or None)


def standards_by_rank() -> list[str]:
    return [s.id for s in library().standards_by_rank()]


# ---- constructive chains ------------------------------------------------------------------


Var = tuple[int, str]  # (pattern index, attribute)


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[Var, Var] = {}

    def find(self, v: Var) -> Var:
        self.parent.setdefault(v, v)
        root = v
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[v] != root:
            self.parent[v], v = root, self.parent[v]
        return root

    def union(self, a: Var, b: Var) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        self.parent[max(ra, rb)] = min(ra, rb)
        return True


@dataclass
class Chain:
    """Facts (engine form: id, type, attributes) that satisfy `rule`, the fact id bound to each
    positive pattern, and the ids of the rule's own facts (those of its element)."""

    rule: Rule
    facts: list[Fact]
    bound: tuple[str, ...]
    own: tuple[str, ...]


class Unsatisfiable(Exception):
    """No valid facts satisfy the rule; `why` is "cross-type" (one fact would need two types),
    "accused" (a fact's id would be an accused's: ids are one namespace) or "other"."""

    def __init__(self, message: str, why: str = "other") -> None:
        super().__init__(message)
        self.why = why


Fresh = Callable[[str, AttrSpec | None], Value]
Draw = Callable[[st.SearchStrategy[Any]], Any]  # `draw` of st.composite, or `data.draw`


class FreshValues:
    """A value source for attributes no test constrains: distinct values by default, or values
    drawn by `pick` (e.g. from small pools, so that chains meet each other)."""

    def __init__(
        self, prefix: str = "v", pick: Callable[[Sequence[Any]], Any] | None = None
    ) -> None:
        self.prefix = prefix
        self.pick = pick
        self.counter = itertools.count(1)

    def __call__(self, kind: str, spec: AttrSpec | None) -> Value:
        n = next(self.counter)
        if spec is not None and spec.choices:
            return self.pick(spec.choices) if self.pick else spec.choices[n % len(spec.choices)]
        if self.pick is not None:
            pools: dict[str, Sequence[Any]] = {"int": INTS, "bool": (True, False), "date": DATES}
            pool = pools.get(kind, TEXTS)
            value: Value = self.pick(pool)
            if spec is not None and spec.is_list:
                return [str(value)]
            return value
        if kind == "int":
            value = 1000 + n
        elif kind == "bool":
            value = n % 2 == 0
        elif kind == "date":
            value = (datetime.date(2020, 1, 1) + datetime.timedelta(days=n)).isoformat()
        else:
            value = f"{self.prefix}{n}"
        if spec is not None and spec.is_list:
            return [str(value)]
        return value


def _kind(spec: AttrSpec | None) -> str:
    if spec is None:  # the fact's id
        return "str"
    return {"text": "str", "ref": "str"}.get(spec.type, spec.type)


def _fits(value: object, kind: str) -> bool:
    if kind == "int":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "bool":
        return isinstance(value, bool)
    if kind == "date":
        if not isinstance(value, str):
            return False
        try:
            datetime.date.fromisoformat(value)
        except ValueError:
            return False
        return len(value) == 10
    return isinstance(value, str) and bool(value.strip()) and value == value.strip()


def _candidates(kind: str, choices: tuple[str, ...] | None, near: Iterable[object]) -> list[Value]:
    if choices:
        return list(choices)
    out: list[Value] = []
    for v in near:
        if kind == "int" and isinstance(v, int) and not isinstance(v, bool):
            out += [v - 1, v + 1, v - 100, v + 100]
        elif kind == "date" and isinstance(v, str) and _fits(v, "date"):
            d = datetime.date.fromisoformat(v)
            for k in (0, -1, 1, -400, 400):
                try:  # inside the calendar (the library writes an open period as 9999-12-31)
                    out.append((d + datetime.timedelta(days=k)).isoformat())
                except OverflowError:
                    continue
        elif kind == "str" and isinstance(v, str):
            out += [v + "a", "0" + v[:-1] if len(v) > 1 else "0", v + "z"]
    if kind == "bool":
        out += [True, False]
    elif kind == "int":
        out += [0, -1, 1, 1000]
    elif kind == "date":
        out += ["2000-01-01", "2099-12-31"]
    else:
        out += ["a", "zz", "m0"]
    return out


def build_chain(
    rule: Rule,
    specs: Mapping[str, FactSpec],
    new_id: Callable[[], str],
    fresh: Fresh | None = None,
    reserved: Collection[str] = ACCUSED,
) -> Chain:
    """Facts that satisfy every positive pattern of `rule` (one fact per pattern, or one fact for
    patterns its tests force to be the same fact) and, if it can, no negated one. No fact takes
    an id in `reserved` (the accused's). Raises `Unsatisfiable` when no valid facts can (the
    facts built are checked against the reference evaluator)."""
    fresh = fresh or FreshValues()
    pats = rule.patterns
    positive = [i for i, p in enumerate(pats) if not p.negated]
    for i in positive:
        if pats[i].fact_type not in specs:
            raise Unsatisfiable(f"unknown fact type {pats[i].fact_type}")

    def spec(v: Var) -> AttrSpec | None:
        i, attr = v
        if attr == "id":
            return None
        found = specs[pats[i].fact_type].attrs.get(attr)
        if found is None:
            raise Unsatisfiable(f"{pats[i].fact_type} has no attribute {attr}")
        return found

    uf = _UnionFind()
    consts: dict[Var, list[Scalar]] = {}
    has: dict[Var, set[str]] = {}
    post: list[tuple[Var, str, Const | Var]] = []
    mentioned: set[Var] = set()
    for i in positive:
        uf.find((i, "id"))
        mentioned.add((i, "id"))
        for t in pats[i].tests:
            v = (i, t.attr)
            mentioned.add(v)
            spec(v)
            if isinstance(t.operand, Ref):
                j = t.operand.pattern
                if not (0 <= j < i) or pats[j].negated:
                    raise Unsatisfiable("reference to an unbound pattern")
                w = (j, t.operand.attr)
                spec(w)
                mentioned.add(w)
                if t.op == "eq":
                    uf.union(v, w)
                elif t.op == "has":
                    raise Unsatisfiable("has against a reference")
                else:
                    post.append((v, t.op, w))
            elif t.op == "eq":
                consts.setdefault(v, []).append(t.operand.value)
            elif t.op == "has":
                if not isinstance(t.operand.value, str):
                    raise Unsatisfiable("has with a non-text operand")
                has.setdefault(v, set()).add(t.operand.value)
            else:
                post.append((v, t.op, t.operand))

    # congruence: patterns whose ids are unified bind one fact, so all their attributes agree
    changed = True
    while changed:
        changed = False
        for a, b in itertools.combinations(positive, 2):
            if uf.find((a, "id")) != uf.find((b, "id")):
                continue
            if pats[a].fact_type != pats[b].fact_type:
                raise Unsatisfiable("one fact would need two types", "cross-type")
            attrs = {x for (k, x) in mentioned if k in (a, b)}
            for x in attrs:
                for k in (a, b):
                    mentioned.add((k, x))
                changed |= uf.union((a, x), (b, x))

    classes: dict[Var, list[Var]] = {}
    for v in sorted(mentioned):
        classes.setdefault(uf.find(v), []).append(v)

    # facts: one per class of ids
    fact_of: dict[int, Var] = {i: uf.find((i, "id")) for i in positive}
    groups = list(dict.fromkeys(fact_of[i] for i in positive))

    value: dict[Var, Value] = {}
    v0: Value
    free: set[Var] = set()
    for root, members in classes.items():
        kinds = {_kind(spec(m)) for m in members}
        lists = [m for m in members if (s := spec(m)) is not None and s.is_list]
        if lists:
            if len(members) > 1 or any(m in consts for m in members):
                raise Unsatisfiable("a list attribute compared with ==")
            s = spec(lists[0])
            assert s is not None
            items = sorted(has.get(lists[0], set()))
            if s.choices and any(x not in s.choices for x in items):
                raise Unsatisfiable("has a value outside the choices")
            value[root] = items or list(fresh(_kind(s), s))  # type: ignore[arg-type]
            continue
        if len(kinds - {"str", "date"}) > 1 or (kinds - {"str", "date"} and len(kinds) > 1):
            raise Unsatisfiable(f"values of different kinds must be equal: {members}")
        kind = "date" if "date" in kinds else kinds.pop()
        choice_sets = [set(s.choices) for m in members if (s := spec(m)) is not None and s.choices]
        allowed = set.intersection(*choice_sets) if choice_sets else None
        cs = list(dict.fromkeys(c for m in members for c in consts.get(m, [])))
        if len(cs) > 1:
            raise Unsatisfiable(f"one value must equal {cs}")
        ids = [m for m in members if m[1] == "id"]
        if cs:
            v0 = cs[0]
            if ids and v0 in reserved:
                raise Unsatisfiable(
                    f"the id of a {pats[ids[0][0]].fact_type} fact would be {v0!r}", "accused"
                )
        elif ids:
            v0 = new_id()
        else:
            first = next((s for m in members if (s := spec(m)) is not None and s.choices), None)
            v0 = fresh(kind, first) if first is not None else fresh(kind, None)
            if allowed is not None and v0 not in allowed:
                v0 = sorted(allowed)[0]
            free.add(root)
        if not _fits(v0, kind) or (allowed is not None and v0 not in allowed):
            raise Unsatisfiable(f"{v0!r} is not a valid {kind} for {members}")
        value[root] = v0

    def val(v: Var) -> Value | None:
        return value.get(uf.find(v))

    def holds(c: tuple[Var, str, Const | Var]) -> bool:
        v, op, operand = c
        other = operand.value if isinstance(operand, Const) else val(operand)
        return reference.compare(val(v), op, other)

    for _ in range(8):  # repair `ne` and ordering tests (chains of dates) by changing free values
        broken = [c for c in post if not holds(c)]
        if not broken:
            break
        for c in broken:
            if holds(c):
                continue
            v, op, operand = c
            sides = [uf.find(v)] + ([uf.find(operand)] if isinstance(operand, tuple) else [])
            for root in sides:
                if root not in free:
                    continue
                members = classes[root]
                s = next((spec(m) for m in members if spec(m) is not None), None)
                kind = _kind(s)
                choices = s.choices if s is not None else None
                near = [operand.value if isinstance(operand, Const) else val(operand), val(v)]
                involved = [
                    d
                    for d in post
                    if uf.find(d[0]) == root or (isinstance(d[2], tuple) and uf.find(d[2]) == root)
                ]
                old = value[root]
                before = sum(not holds(d) for d in involved)
                best: tuple[int, Value] | None = None  # fewest broken, among those that fix c
                for cand in _candidates(kind, choices, near):
                    if not _fits(cand, kind):
                        continue
                    value[root] = cand
                    if holds(c):
                        left = sum(not holds(d) for d in involved)
                        if best is None or left < best[0]:
                            best = (left, cand)
                        if left == 0:
                            break
                # a chain of dates (since <= order <= act <= until) may need several steps
                if best is not None and best[0] <= before:
                    value[root] = best[1]
                    break
                value[root] = old
    if not all(holds(c) for c in post):
        raise Unsatisfiable("cannot satisfy " + repr([c for c in post if not holds(c)]))

    facts: list[Fact] = []
    fact_id: dict[Var, str] = {}
    for g in groups:
        fid = value[g]
        assert isinstance(fid, str)
        fact_id[g] = fid
        rep = min(i for i in positive if fact_of[i] == g)
        ftype = pats[rep].fact_type
        fact: Fact = {"id": fid, "type": ftype}
        same = [i for i in positive if fact_of[i] == g]
        for name, attr_spec in specs[ftype].attrs.items():
            vs = [(i, name) for i in same if (i, name) in mentioned]
            if vs:
                got = val(vs[0])
                assert got is not None
                fact[name] = got
            elif not attr_spec.optional:
                fact[name] = fresh(_kind(attr_spec), attr_spec)
        facts.append(fact)
    if len(set(fact_id.values())) != len(fact_id):
        raise Unsatisfiable("two facts would share an id")
    bound = tuple(fact_id[fact_of[i]] for i in positive)
    own = tuple(dict.fromkeys(fact_id[fact_of[i]] for i in rule.own))
    found = reference.evaluate(Program((rule,)), facts)
    if Match(rule.id, bound) not in found:
        raise Unsatisfiable("the facts built do not match the rule (a negated pattern?)")
    return Chain(rule, facts, bound, own)


# ---- case files ---------------------------------------------------------------------------


def to_case_fact(fact: Fact, evidence: Sequence[str], **more: Any) -> dict[str, Any]:
    """An engine fact as a case-file fact citing `evidence`."""
    out: dict[str, Any] = dict(fact)
    if evidence:
        out["evidence"] = list(evidence)
    out.update(more)
    return out


def case_text(data: Mapping[str, Any]) -> str:
    return yaml.safe_dump(dict(data), sort_keys=False, allow_unicode=True, width=1000)


def load(data: Mapping[str, Any], file: str = "gen.yaml") -> Case:
    return load_case_text(case_text(data), file, vocab())


def strong_evidence(n: int = 2) -> list[dict[str, Any]]:
    """`n` evidence items graded A1, each of its own origin: enough at every standard."""
    return [
        {
            "id": f"E{k}",
            "kind": "document",
            "source": f"source {k}",
            "reliability": "A",
            "credibility": 1,
            "excerpt": f"excerpt {k}",
            "origin": f"independent origin {k}",
        }
        for k in range(1, n + 1)
    ]


def case_of(
    facts: Sequence[Mapping[str, Any]],
    evidence: Sequence[Mapping[str, Any]],
    charges: Sequence[tuple[str, str, str]],
    accused: Sequence[str] = ACCUSED[:1],
    standard: str | None = None,
) -> dict[str, Any]:
    data: dict[str, Any] = {
        "case": "Generated case",
        "accused": [{"id": a, "name": f"Accused {a}"} for a in accused],
        "charges": [{"accused": a, "crime": c, "mode": m} for a, c, m in charges],
    }
    if standard is not None:
        data["standard"] = standard
    data["evidence"] = [dict(e) for e in evidence]
    data["facts"] = [dict(f) for f in facts]
    declare_refs(data)
    return data


def referenced(data: Mapping[str, Any]) -> set[str]:
    """Every id named by a value of a `ref` attribute of a fact of the case `data`."""
    specs = vocab().facts
    out: set[str] = set()
    for fact in data["facts"]:
        spec = specs.get(str(fact.get("type")))
        for name, attr in spec.attrs.items() if spec is not None else ():
            if attr.type == "ref" and name in fact:
                value = fact[name]
                out.update(str(v).strip() for v in (value if isinstance(value, list) else [value]))
    return out


def declare_refs(data: dict[str, Any]) -> list[str]:
    """Add a `person` fact for every value of a `ref` attribute that names no accused or fact
    of the case `data` (the loader refuses such values; generated chains and random facts make
    them up freely), citing the case's first evidence item. Returns the ids added."""
    facts = data["facts"]
    known = {str(a["id"]) for a in data.get("accused") or ()} | {str(f["id"]) for f in facts}
    known |= {str(e["id"]) for e in data.get("evidence") or ()}  # (a ref to one stays an error)
    specs = vocab().facts
    added: list[str] = []
    for fact in list(facts):
        spec = specs.get(str(fact.get("type")))
        if spec is None:
            continue
        for name, attr in spec.attrs.items():
            if attr.type != "ref" or name not in fact:
                continue
            value = fact[name]
            for ref in value if isinstance(value, list) else [value]:
                if isinstance(ref, str) and ref.strip() and ref.strip() not in known:
                    known.add(ref.strip())
                    added.append(ref.strip())
    evidence = [str(e["id"]) for e in data.get("evidence") or ()][:1]
    for ref in added:
        facts.append({"id": ref, "type": "person", "name": f"person {ref}", "evidence": evidence})
    return added


# ---- hypothesis strategies ----------------------------------------------------------------


@st.composite
def charge_lists(draw: st.DrawFn) -> tuple[list[str], list[tuple[str, str, str]]]:
    """One or two accused and one or two distinct charges (crime by id or by article)."""
    lib = library()
    accused = list(ACCUSED[: draw(st.integers(1, 2))])
    crimes = sorted(lib.crimes)
    modes = sorted(lib.modes)
    n = draw(st.integers(1, 2))
    out: list[tuple[str, str, str]] = []
    seen: set[tuple[str, str, str]] = set()
    for _ in range(n):
        a = draw(st.sampled_from(accused))
        c = draw(st.sampled_from(crimes))
        m = draw(st.sampled_from(modes))
        if (a, c, m) in seen:
            continue
        seen.add((a, c, m))
        article = lib.crimes[c].meta_value("article")
        name = article if article and draw(st.booleans()) else c
        out.append((a, name, m))
    return accused, out


def crime_id(name: str) -> str:
    return vocab().crimes[name]


def value_for(draw: Draw, spec: AttrSpec, refs: Sequence[str]) -> Value:
    """A valid value of `spec` from small pools (joins match often)."""

    def one() -> str | int | bool:
        if spec.choices:
            return str(draw(st.sampled_from(spec.choices)))
        if spec.type == "ref":
            return str(draw(st.sampled_from(list(refs))))
        if spec.type == "int":
            return int(draw(st.sampled_from(INTS)))
        if spec.type == "bool":
            return bool(draw(st.booleans()))
        if spec.type == "date":
            return str(draw(st.sampled_from(DATES)))
        return str(draw(st.sampled_from(TEXTS)))

    if spec.is_list:
        items = [str(one()) for _ in range(draw(st.integers(0 if spec.optional else 1, 3)))]
        return list(dict.fromkeys(items))
    return one()


def random_fact(
    draw: Draw, fid: str, refs: Sequence[str], types: Sequence[str] | None = None
) -> Fact:
    """A valid fact of a random type; optional attributes present or absent."""
    specs = vocab().facts
    ftype = draw(st.sampled_from(sorted(types or specs)))
    fact: Fact = {"id": fid, "type": ftype}
    for name, spec in specs[ftype].attrs.items():
        if spec.optional and draw(st.integers(0, 9)) < 4:
            continue
        fact[name] = value_for(draw, spec, refs)
    return fact


@dataclass
class GenCase:
    """A generated case: the case-file dict, and what was planted in it."""

    data: dict[str, Any]
    charges: list[tuple[str, str, str]]
    options: dict[str, str] = field(default_factory=dict)
    planted: list[Chain] = field(default_factory=list)

    @property
    def fact_ids(self) -> list[str]:
        return [str(f["id"]) for f in self.data["facts"]]

    @property
    def evidence_ids(self) -> list[str]:
        return [str(e["id"]) for e in self.data["evidence"]]


@st.composite
def evidence_item(draw: st.DrawFn, eid: str) -> dict[str, Any]:
    item: dict[str, Any] = {
        "id": eid,
        "kind": draw(st.sampled_from(EVIDENCE_KINDS)),
        "source": f"source of {eid}",
        # graded anywhere on the scales, more often well than badly
        "reliability": draw(st.sampled_from("AABBBCCDEF")),
        "credibility": draw(st.sampled_from((1, 1, 2, 2, 2, 3, 3, 4, 5, 6))),
        "excerpt": f"excerpt of {eid}",
    }
    origin = draw(st.sampled_from((None, *ORIGINS)))
    if origin is not None:
        item["origin"] = origin
    if draw(st.integers(0, 4)) == 0:
        item["date"] = draw(st.dates(datetime.date(2014, 1, 1), datetime.date(2024, 12, 31)))
    return item


@st.composite
def cases(
    draw: st.DrawFn, max_planted: int = 3, max_random: int = 8, max_evidence: int = 6
) -> GenCase:
    """A small valid case in the library's vocabulary (see the module docstring)."""
    accused, charges = draw(charge_lists())
    specs = vocab().facts
    opts = draw(st.sampled_from(option_variants())) if draw(st.integers(0, 3)) == 0 else ()
    program = program_for(
        tuple((i, a, crime_id(c), m) for i, (a, c, m) in enumerate(charges)), opts
    )
    counter = itertools.count(1)

    def new_id() -> str:
        return f"F{next(counter)}"

    engine_facts: list[Fact] = []
    planted: list[Chain] = []
    pool_values = draw(st.booleans())
    sizes = [n for n in (0, 1, 2, 2, 3, 3, 4, 5) if n <= max_planted]
    for _ in range(draw(st.sampled_from(sizes))):
        rule = program.rules[draw(st.integers(0, len(program.rules) - 1))]
        fresh = FreshValues(
            prefix=f"p{len(planted)}_",
            pick=(lambda seq: draw(st.sampled_from(list(seq)))) if pool_values else None,
        )
        try:
            chain = build_chain(rule, specs, new_id, fresh)
        except Unsatisfiable:
            continue
        planted.append(chain)
        engine_facts.extend(chain.facts)
    n_random = draw(st.integers(0, max_random))
    first_random = len(engine_facts) + 1
    refs = [f"F{k}" for k in range(1, first_random + n_random)] + list(accused) + list(MISSING_REFS)
    for _ in range(n_random):
        engine_facts.append(random_fact(draw, new_id(), refs))

    n_ev = draw(st.integers(1, max_evidence))
    evidence = [draw(evidence_item(f"E{k}")) for k in range(1, n_ev + 1)]
    ev_ids = [e["id"] for e in evidence]
    facts: list[dict[str, Any]] = []
    for k, fact in enumerate(engine_facts):
        earlier = [str(f["id"]) for f in engine_facts[:k]]
        inferred: list[str] = []
        if earlier and draw(st.integers(0, 5)) == 0:
            inferred = draw(st.lists(st.sampled_from(earlier), min_size=1, max_size=2, unique=True))
        cited = draw(
            st.lists(
                st.sampled_from(ev_ids), min_size=0 if inferred else 1, max_size=3, unique=True
            )
        )
        rest = [e for e in ev_ids if e not in cited]
        contra: list[str] = []
        if rest and draw(st.integers(0, 2)) == 0:
            contra = draw(st.lists(st.sampled_from(rest), min_size=1, max_size=2, unique=True))
        more: dict[str, Any] = {}
        if contra:
            more["contradicted_by"] = contra
        if inferred:
            more["inferred_from"] = inferred
        facts.append(to_case_fact(fact, cited, **more))
    standard = draw(st.sampled_from((None, *standards_by_rank())))
    data = case_of(facts, evidence, charges, accused, standard)
    return GenCase(data, charges, dict(opts), planted)


# ---- DSL abstract syntax trees ------------------------------------------------------------

META_KEYS = ("article", "source", "note", "leading", "unsettled", "provenance", "title")
ELEMENT_META_KEYS = ("note", "source", "provenance", "footnote", "mental", "unsettled")
# words the DSL reserves somewhere (keywords, base types, literals): not generated as names
RESERVED_WORDS = frozenset(
    "fact crime mode group standard option element requires use derived for when not and or "
    "as has accused true false one of text rank origins reliability credibility contradiction "
    "inference choice default article source note leading unsettled provenance title footnote "
    "mental state party declaration from to int bool date ref".split()
)

names: st.SearchStrategy[str] = st.from_regex(r"[A-Za-z_][A-Za-z0-9_]{0,8}", fullmatch=True).filter(
    lambda s: s not in RESERVED_WORDS
)
texts = st.text(max_size=20)
iso_dates = st.dates().map(lambda d: d.isoformat())


def _name(s: str) -> Any:
    from rome_elements.rules import ast

    return ast.Name(s)


def dsl_names() -> st.SearchStrategy[Any]:
    return names.map(_name)


def dsl_literals() -> st.SearchStrategy[Any]:
    from rome_elements.rules import ast

    return st.one_of(
        texts.map(lambda v: ast.Lit(v, "text")),
        st.integers().map(lambda v: ast.Lit(v, "int")),
        st.booleans().map(lambda v: ast.Lit(v, "bool")),
        iso_dates.map(lambda v: ast.Lit(v, "date")),
    )


def dsl_operands() -> st.SearchStrategy[Any]:
    from rome_elements.rules import ast

    return st.one_of(
        dsl_literals(),
        st.builds(ast.RefOperand, dsl_names(), dsl_names()),
        st.just(ast.AccusedOperand()),
        st.just(ast.PerpetratorOperand()),
    )


def dsl_patterns() -> st.SearchStrategy[Any]:
    from rome_elements.rules import ast

    conditions = st.builds(
        ast.Condition,
        dsl_names(),
        st.sampled_from(("eq", "ne", "lt", "le", "gt", "ge", "has")),
        dsl_operands(),
    )
    return st.builds(
        ast.PatternExpr,
        dsl_names(),
        st.lists(conditions, max_size=3).map(tuple),
        st.none() | dsl_names(),
    )


def dsl_exprs() -> st.SearchStrategy[Any]:
    from rome_elements.rules import ast

    leaves = dsl_patterns() | dsl_patterns().map(ast.NotExpr)

    def extend(children: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
        items = st.lists(children, min_size=2, max_size=3).map(tuple)
        return items.map(ast.AndExpr) | items.map(ast.OrExpr)

    return st.recursive(leaves, extend, max_leaves=8)


def dsl_items() -> st.SearchStrategy[Any]:
    from rome_elements.rules import ast

    metas = st.lists(st.builds(ast.Meta, st.sampled_from(META_KEYS), texts), max_size=2).map(tuple)
    element_metas = st.lists(
        st.builds(ast.Meta, st.sampled_from(ELEMENT_META_KEYS), texts), max_size=2
    ).map(tuple)
    whens = st.lists(
        st.builds(ast.When, dsl_names(), st.sampled_from(("eq", "ne")), dsl_names()), max_size=2
    ).map(tuple)
    # an element's notes and defeaters may sit in `when` blocks (nested: several conditions)
    block_metas = st.lists(
        st.builds(ast.Meta, st.sampled_from(ELEMENT_META_KEYS), texts, when=whens), max_size=2
    ).map(tuple)
    defeaters = st.lists(st.builds(ast.Defeater, dsl_exprs(), whens), max_size=2).map(tuple)
    elements = st.builds(
        ast.Element,
        dsl_names(),
        dsl_names(),
        st.none() | dsl_names(),
        texts,
        st.none() | dsl_exprs(),
        block_metas,
        whens,
        unless=defeaters,
    )
    members = st.one_of(
        elements,
        st.builds(ast.Use, dsl_names()),
        st.builds(ast.Derived, dsl_names(), dsl_names(), texts, element_metas),
    )
    scopes = st.builds(
        ast.Scope,
        st.sampled_from(("crime", "mode", "group")),
        dsl_names(),
        texts,
        metas,
        st.lists(members, max_size=4).map(tuple),
    )
    base_attrs = st.builds(
        ast.AttrDecl,
        dsl_names(),
        st.sampled_from(("text", "int", "bool", "date", "ref")),
        st.booleans(),
        st.booleans(),
        st.none(),
        texts,
    )
    choice_attrs = st.builds(
        ast.AttrDecl,
        dsl_names(),
        st.just("text"),
        st.just(False),
        st.booleans(),
        st.lists(texts, min_size=1, max_size=3).map(tuple),
        texts,
    )
    facts = st.builds(
        ast.FactDecl, dsl_names(), texts, st.lists(base_attrs | choice_attrs, max_size=4).map(tuple)
    )
    clauses = st.one_of(
        st.builds(ast.Clause, st.sampled_from((*META_KEYS, "text")), texts),
        st.builds(ast.Clause, st.sampled_from(("rank", "origins", "credibility")), st.integers()),
        st.builds(
            ast.Clause, st.sampled_from(("reliability", "contradiction", "inference")), names
        ),
    )
    standards = st.builds(
        ast.StandardDecl, dsl_names(), texts, st.lists(clauses, max_size=4).map(tuple)
    )
    options = st.builds(
        ast.OptionDecl,
        dsl_names(),
        texts,
        st.lists(st.builds(ast.Choice, dsl_names(), texts), max_size=3).map(tuple),
        st.none() | dsl_names(),
        metas,
    )
    acceptances = st.one_of(
        st.builds(ast.Acceptance, st.just("party"), iso_dates, st.none(), texts),
        st.builds(
            ast.Acceptance,
            texts.filter(lambda t: t != "party"),
            iso_dates,
            st.none() | iso_dates,
            st.just(""),
        ),
    )
    states = st.builds(ast.StateDecl, texts, st.lists(acceptances, max_size=3).map(tuple), metas)
    return st.one_of(facts, scopes, standards, options, states)


def dsl_modules(path: str = "gen.el") -> st.SearchStrategy[Any]:
    from rome_elements.rules import ast

    return st.lists(dsl_items(), max_size=4).map(lambda items: ast.Module(path, tuple(items)))


# --- random programs over random facts (engine semantics, not the library) ---------------

TYPES = ("a", "b", "c")
ATTRS = ("x", "y", "id")
VALUES: tuple[Any, ...] = (0, 1, 2, -3, "0", "1", "a", "b", "f1", True, False)
OPS = ("eq", "eq", "ne", "lt", "le", "gt", "ge", "has")


@st.composite
def programs(draw: st.DrawFn, wide: bool = False) -> Program:
    """Random rules over `TYPES`. `wide`: also what the compiler never writes but the
    reference evaluator must get right all the same: references to any pattern (a later, a
    negated one, the pattern itself, counted from the end), to a list-valued attribute, and
    `has` with a reference, and patterns that single out one fact by id."""
    rules = []
    for r in range(draw(st.integers(1, 3))):
        patterns: list[Pattern] = []
        n = draw(st.integers(1, 4))
        for i in range(n):
            negated = draw(st.integers(0, 3)) == 0
            earlier = [j for j in range(i) if not patterns[j].negated]
            if wide and draw(st.integers(0, 3)) == 0:
                earlier = list(range(n))
            tests = []
            for _ in range(draw(st.integers(0, 2))):
                op = draw(st.sampled_from(OPS))
                attr = draw(st.sampled_from(ATTRS + ("tags",) if op == "has" or wide else ATTRS))
                if (op != "has" or wide) and earlier and draw(st.booleans()):
                    target = draw(st.sampled_from(earlier))
                    if wide and draw(st.booleans()):
                        target -= n
                    refs = ATTRS + ("tags",) if wide else ATTRS
                    operand: Const | Ref = Ref(target, draw(st.sampled_from(refs)))
                else:
                    operand = Const(draw(st.sampled_from(VALUES)))
                tests.append(Test(attr, op, operand))  # type: ignore[arg-type]
            if wide and i > 0 and draw(st.booleans()):
                # one fact at most: the evaluator binds this pattern first, and its tests on
                # earlier patterns are made from the other side
                tests.append(Test("id", "eq", Const(draw(st.sampled_from(("f1", "f2"))))))
            patterns.append(Pattern(draw(st.sampled_from(TYPES)), tuple(tests), negated))
        positive = tuple(i for i, p in enumerate(patterns) if not p.negated)
        rules.append(Rule(f"r{r}", "s", f"r{r}", tuple(patterns), positive))
    return Program(tuple(rules))


@st.composite
def fact_lists(draw: st.DrawFn) -> list[Fact]:
    facts: list[Fact] = []
    for i in range(draw(st.integers(0, 9))):
        fact: Fact = {"id": f"f{draw(st.integers(0, 2)) if draw(st.integers(0, 9)) == 0 else i}"}
        fact["type"] = draw(st.sampled_from(TYPES))
        for attr in ("x", "y"):
            if draw(st.integers(0, 3)):
                fact[attr] = draw(st.sampled_from(VALUES))
        if draw(st.booleans()):
            fact["tags"] = draw(st.lists(st.sampled_from(("a", "b", "0")), max_size=2))
        facts.append(fact)
    return facts
