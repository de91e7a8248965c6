"""Checks of the `facts` section: fact types and attributes against the library's vocabulary,
references to evidence and to other facts, and circular inferences."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from typing import Any

from facts.checker import Checker
from facts.document import DataPath
from facts.model import AttrValue, FactRecord
from facts.sections import label, section
from facts.vocabulary import AttrSpec, FactSpec
from facts.wording import (
    DATE_WORDS,
    TRUE_FALSE,
    WHOLE_NUMBER,
    date_problem,
    parse_date,
    show,
)

RESERVED: dict[str, str] = {
    "id": "text naming the fact, such as F1",
    "type": "a fact type of the library (`elements list` shows them)",
    "evidence": "the evidence it rests on, as a list of evidence ids, e.g. [E1, E4]",
    "contradicted_by": "the evidence that contradicts it, as a list of evidence ids",
    "inferred_from": "the facts it is inferred from, as a list of fact ids",
    "note": "free text",
}
_REF_LISTS = ("evidence", "contradicted_by", "inferred_from")


@dataclass(slots=True)
class _Draft:
    """A fact read in the first pass; its references are checked in the second."""

    path: DataPath
    id: str
    type: str
    context: str
    lists: dict[str, list[tuple[DataPath, str]]] = field(default_factory=dict)
    note: str | None = None
    attributes: dict[str, AttrValue] = field(default_factory=dict)
    ok: bool = True


def check_facts(ck: Checker, top: Mapping[str, Any], evidence: Collection[str]) -> list[FactRecord]:
    drafts = [_read_fact(ck, path, item) for path, item in section(ck, top, "facts", "fact")]
    facts = {d.id: d for d in drafts}
    for draft in drafts:
        _check_references(ck, draft, evidence, facts)
    _check_cycles(ck, drafts, facts)
    out: list[FactRecord] = []
    for d in drafts:
        if d.ok:
            out.append(
                FactRecord.model_validate(
                    {
                        "id": d.id,
                        "type": d.type,
                        "evidence": tuple(v for _, v in d.lists.get("evidence", ())),
                        "contradicted_by": tuple(v for _, v in d.lists.get("contradicted_by", ())),
                        "inferred_from": tuple(v for _, v in d.lists.get("inferred_from", ())),
                        "note": d.note,
                        "attributes": d.attributes,
                    }
                )
            )
    return out


# ---- one fact ---------------------------------------------------------------------------------


def _read_fact(ck: Checker, path: DataPath, item: dict[str, Any]) -> _Draft:
    ident = _text(ck, path, item, "id", label("fact", None, path))
    ftype = _text(ck, path, item, "type", label("fact", ident, path))
    spec = ck.vocabulary.facts.get(ftype) if ftype is not None else None
    context = label("fact", ident, path) + (f" ({ftype})" if spec is not None else "")
    if ftype is not None and spec is None:
        ck.error(
            path + ("type",),
            f"unknown fact type `{ftype}`",
            expected="a fact type of the library: " + ", ".join(sorted(ck.vocabulary.facts)),
            suggestion=ck.suggest(ftype, ck.vocabulary.facts),
            context=context,
        )
    draft = _Draft(path, ident or "", ftype or "", context)
    if ident is None or ftype is None or spec is None:
        draft.ok = False
    if ident is not None and not ck.register_id(ident, "fact", path + ("id",), context):
        draft.ok = False
    for key in _REF_LISTS:
        if key in item:
            draft.lists[key] = _id_list(ck, path + (key,), item[key], draft)
    if not item.get("evidence") and not item.get("inferred_from"):
        draft.ok = False
        ck.error(
            path,
            f"{label('fact', ident, path)} rests on nothing: it cites no `evidence` and is not "
            "`inferred_from` other facts",
            expected="`evidence: [E1, …]` or `inferred_from: [F1, …]`",
            context=context,
        )
    if "note" in item and item["note"] is not None:
        note = ck.text(path + ("note",), item["note"])
        if isinstance(note, str):
            draft.note = note
        else:
            draft.ok = False
            ck.error(path + ("note",), f"`note` must be text, not {show(note)}", context=context)
    if spec is not None:
        _read_attributes(ck, path, item, spec, draft)
    return draft


def _text(ck: Checker, path: DataPath, item: Mapping[str, Any], key: str, what: str) -> str | None:
    if key not in item:
        ck.error(path, f"{what} has no `{key}`", expected=f"`{key}`: {RESERVED[key]}", context=what)
        return None
    value = item[key]
    if type(value) is not str:
        value = ck.text(path + (key,), value)
    if value is None or (isinstance(value, str) and not value.strip()):
        ck.error(path + (key,), f"`{key}` is empty", expected=RESERVED[key], context=what)
        return None
    if not isinstance(value, str):
        ck.error(path + (key,), f"`{key}` must be {RESERVED[key]}, not {show(value)}", context=what)
        return None
    return value.strip()


def _id_list(ck: Checker, path: DataPath, value: Any, draft: _Draft) -> list[tuple[DataPath, str]]:
    key = path[-1]
    if value is None:
        return []
    if not isinstance(value, list):
        draft.ok = False
        short = isinstance(value, str) and 0 < len(value.strip()) <= 40
        example = f"[{value.strip()}]" if short else "[E1, E4]"
        ck.error(
            path,
            f"`{key}` must be a list of ids, not {show(value)}",
            expected=f"a list in square brackets, e.g. `{key}: {example}`",
            context=draft.context,
        )
        return []
    out: list[tuple[DataPath, str]] = []
    seen: set[str] = set()
    for i, entry in enumerate(value):
        at = path + (i,)
        text = entry if type(entry) is str else ck.text(at, entry)
        if not isinstance(text, str) or not text.strip():
            draft.ok = False
            ck.error(
                at, f"each item of `{key}` must be an id, not {show(text)}", context=draft.context
            )
            continue
        text = text.strip()
        if text in seen:
            draft.ok = False
            ck.error(at, f"`{text}` is listed twice in `{key}`", context=draft.context)
            continue
        seen.add(text)
        out.append((at, text))
    return out


def _read_attributes(
    ck: Checker, path: DataPath, item: Mapping[str, Any], spec: FactSpec, draft: _Draft
) -> None:
    for key, value in item.items():
        if key in RESERVED:
            continue
        attr = spec.attrs.get(key)
        if attr is None:
            draft.ok = False
            ck.unknown_key(
                path + (key,), f"a {spec.name} fact", [*spec.attrs, *RESERVED], draft.context
            )
            continue
        if value is None and attr.optional:
            continue
        normal = _attribute(ck, path + (key,), attr, value, draft)
        if normal is None:
            draft.ok = False
        else:
            draft.attributes[key] = normal
    for name, attr in spec.attrs.items():
        if not attr.optional and name not in item:
            draft.ok = False
            ck.missing_key(
                path,
                name,
                f"{label('fact', draft.id or None, path)} ({spec.name}) has no `{name}`",
                f"`{name}`: " + _explained(attr, _words(attr)),
                draft.context,
            )


_WORDS = {
    "text": ("text", "a list of texts"),
    "ref": ("an id (of an accused, a fact, a person or an organisation)", "a list of ids"),
    "int": (WHOLE_NUMBER, "a list of whole numbers"),
    "bool": (TRUE_FALSE, "a list of true/false values"),
    "date": (DATE_WORDS, f"a list of dates, each {DATE_WORDS}"),
}


def _words(attr: AttrSpec) -> str:
    """What a value of `attr` must be, in words."""
    one, many = _WORDS[attr.type]
    if attr.choices is not None and attr.type in ("text", "ref"):
        one = "one of " + ", ".join(attr.choices)
        many = f"a list, each item {one}"
    return many if attr.is_list else one


def _explained(attr: AttrSpec, words: str) -> str:
    """`words`, followed by what the attribute records (from the library)."""
    text = attr.description.strip()
    if not text:
        return words
    if text[:1].isupper() and text[1:2].islower():
        text = text[0].lower() + text[1:]
    return f"{words}: {text}"


def _attribute(
    ck: Checker, path: DataPath, attr: AttrSpec, value: Any, draft: _Draft
) -> AttrValue | None:
    """The normalised value of one attribute, or None (reported)."""
    if value is None:
        expected = _explained(attr, _words(attr))
        ck.error(path, f"`{attr.name}` is empty", expected=expected, context=draft.context)
        return None
    if not attr.is_list:
        return _scalar(ck, path, attr, value, draft)
    if not isinstance(value, list):
        example = f"[{value.strip()}]" if isinstance(value, str) and value.strip() else "[a, b]"
        ck.error(
            path,
            f"`{attr.name}` must be a list, not {show(value)}",
            expected=_explained(attr, f"{_words(attr)}, in square brackets, e.g. {example}"),
            context=draft.context,
        )
        return None
    if not value and not attr.optional:
        ck.error(
            path,
            f"`{attr.name}` needs at least one item",
            expected=_explained(attr, _words(attr)),
            context=draft.context,
        )
        return None
    items: list[str] = []
    ok = True
    for i, entry in enumerate(value):
        one = _scalar(ck, path + (i,), attr, entry, draft)
        if one is None:
            ok = False
        elif isinstance(one, bool):
            items.append("true" if one else "false")
        else:
            items.append(str(one))
    return items if ok else None


def _scalar(
    ck: Checker, path: DataPath, attr: AttrSpec, value: Any, draft: _Draft
) -> str | int | bool | None:
    """One value (or one item of a list attribute), normalised; None if reported."""
    name = f"each item of `{attr.name}`" if attr.is_list else f"`{attr.name}`"
    kind = attr.type
    notes: tuple[str, ...] = ()
    suggestion = None
    if kind == "int" and isinstance(value, int) and not isinstance(value, bool):
        return value
    if kind == "bool" and isinstance(value, bool):
        return value
    if kind == "date":
        day = parse_date(value)
        if day is not None:
            return day.isoformat()
        message, notes = date_problem(value, name)
    elif kind in ("int", "bool"):
        message = f"{name} must be {_WORDS[kind][0]}, not {show(value)}"
    else:
        text = value if type(value) is str else ck.text(path, value)
        if isinstance(text, str) and text.strip():
            text = text.strip() if kind == "ref" else text
            if attr.choices is None or text in attr.choices:
                return text
            message = f"{name} must be one of its choices, not {show(text)}"
            suggestion = ck.suggest(text, attr.choices)
        else:
            what = "an id" if kind == "ref" else "text"
            message = f"{name} must be {what}, not {show(text)}"
    ck.error(
        path,
        message,
        expected=_explained(attr, _words(attr)),
        suggestion=suggestion,
        context=draft.context,
        notes=notes,
    )
    return None


# ---- references and cycles --------------------------------------------------------------------


def _check_references(
    ck: Checker,
    draft: _Draft,
    evidence: Collection[str],
    facts: Mapping[str, _Draft],
) -> None:
    supporting = {v for _, v in draft.lists.get("evidence", ())}
    for key, entries in draft.lists.items():
        wants_fact = key == "inferred_from"
        pool: Collection[str] = facts if wants_fact else evidence
        for at, ref in entries:
            if ref in pool:
                if key == "contradicted_by" and ref in supporting:
                    draft.ok = False
                    ck.error(
                        at,
                        f"`{ref}` both supports and contradicts {draft.id}",
                        context=draft.context,
                        notes=(
                            "if one source says both, record each passage as its own evidence item",
                        ),
                    )
                elif wants_fact and ref == draft.id:
                    pass  # reported as a cycle
                continue
            draft.ok = False
            use = ck.ids.get(ref)
            if use is not None and wants_fact and use.what == "evidence item":
                message = f"`{ref}` is an evidence item, not a fact; evidence goes under `evidence`"
            elif use is not None and not wants_fact and use.what == "fact":
                message = (
                    f"`{ref}` is a fact, not an evidence item; a fact that rests on another "
                    "fact lists it under `inferred_from`"
                )
            elif use is not None:
                message = (
                    f"`{ref}` is an accused, not {'a fact' if wants_fact else 'an evidence item'}"
                )
            else:
                message = f"no {'fact' if wants_fact else 'evidence item'} has the id `{ref}`"
            ck.error(
                at,
                message,
                suggestion=ck.suggest(ref, pool) if use is None else None,
                context=draft.context,
            )


def _check_cycles(ck: Checker, drafts: list[_Draft], facts: Mapping[str, _Draft]) -> None:
    """Report each group of facts inferred from one another in a circle, once."""
    graph = {
        d.id: [(at, ref) for at, ref in d.lists.get("inferred_from", ()) if ref in facts]
        for d in drafts
        if d.id
    }
    for component in _strongly_connected(graph):
        if len(component) == 1:
            only = component[0]
            if not any(ref == only for _, ref in graph[only]):
                continue
        members = set(component)
        first = min(component, key=lambda fid: _order(facts[fid].path))
        cycle = [first]
        while True:  # follow edges inside the component until the walk closes
            nxt = next(ref for _, ref in graph[cycle[-1]] if ref in members)
            if nxt in cycle:
                cycle = cycle[cycle.index(nxt) :] + [nxt]
                break
            cycle.append(nxt)
        start = cycle[0]
        at = next(at for at, ref in graph[start] if ref == cycle[1])
        for fid in members:
            facts[fid].ok = False
        chain = " → ".join(cycle)
        message = (
            f"{start} is inferred from itself"
            if len(cycle) == 2
            else f"facts are inferred from one another in a circle: {chain}"
        )
        ck.error(
            at,
            message,
            context=facts[start].context,
            notes=("an inference must rest, in the end, on evidence",),
        )


def _order(path: DataPath) -> int:
    index = path[-1]
    return index if isinstance(index, int) else 0


def _strongly_connected(graph: Mapping[str, list[tuple[DataPath, str]]]) -> list[list[str]]:
    """Tarjan's algorithm, iterative (facts may be inferred from long chains of facts)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    out: list[list[str]] = []
    counter = 0
    for root in graph:
        if root in index:
            continue
        work: list[tuple[str, int]] = [(root, 0)]
        while work:
            node, i = work.pop()
            if i == 0:
                index[node] = low[node] = counter
                counter += 1
                stack.append(node)
                on_stack.add(node)
            edges = graph[node]
            while i < len(edges):
                nxt = edges[i][1]
                i += 1
                if nxt not in index:
                    work.append((node, i))
                    work.append((nxt, 0))
                    break
                if nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
            else:
                if low[node] == index[node]:
                    component: list[str] = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == node:
                            break
                    out.append(component)
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[node])
    return out
