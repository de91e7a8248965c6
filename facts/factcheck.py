"""Checks of the `facts` section: fact types and attributes against the library's vocabulary,
references to evidence and to other facts, and circular inferences."""

from __future__ import annotations

import datetime
from collections.abc import Collection, Mapping
from typing import Any

from rome_elements.base.text import (
    code_point,
    first_invisible,
    has_bidi,
    scripts,
    show_invisible,
    skeleton,
)
from rome_elements.facts.checker import Checker, new_use
from rome_elements.facts.document import DataPath, NeedsLocation
from rome_elements.facts.model import MAX_WHOLE_NUMBER as _MAX_INT
from rome_elements.facts.model import AttrValue, FactRecord, construct_all
from rome_elements.facts.sections import label, section
from rome_elements.facts.vocabulary import AttrSpec, FactSpec
from rome_elements.facts.wording import (
    DATE_WORDS,
    TOO_LARGE,
    TRUE_FALSE,
    WHOLE_NUMBER,
    date_problem,
    day_of,
    iso_day,
    parse_date,
    show,
    too_large,
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


class _Draft:
    """A fact read in the first pass; its references are checked in the second.

    `lists` holds the ids of `evidence`, `contradicted_by` and `inferred_from` that were read
    (each once); `kept` says which entries of the file they are, for a list where some entries
    were left out (reported), and `at` where each is written."""

    __slots__ = ("path", "id", "type", "typed", "lists", "kept", "note", "attributes", "ok")

    def __init__(self, path: DataPath, ident: str, ftype: str, typed: bool) -> None:
        self.path = path
        self.id = ident
        self.type = ftype
        self.typed = typed  # its type is one of the library's
        self.lists: dict[str, list[str]] = {}
        self.kept: dict[str, list[int]] = {}
        self.note: str | None = None
        self.attributes: dict[str, AttrValue] = {}
        self.ok = True

    @property
    def context(self) -> str:
        """What its messages say they are about: "fact F1 (transfer)"."""
        return label("fact", self.id or None, self.path) + (f" ({self.type})" if self.typed else "")

    def at(self, key: str, n: int) -> DataPath:
        """Where the `n`-th id read from list `key` is written."""
        kept = self.kept.get(key)
        return self.path + (key, n if kept is None else kept[n])


def check_facts(ck: Checker, top: Mapping[str, Any], evidence: Collection[str]) -> list[FactRecord]:
    shapes = {name: _shape(spec) for name, spec in ck.vocabulary.facts.items()}
    drafts = [
        _read_fact(ck, path, item, shapes) for path, item in section(ck, top, "facts", "fact")
    ]
    facts = {d.id: d for d in drafts}
    known = evidence if isinstance(evidence, (set, frozenset)) else set(evidence)
    for draft in drafts:  # in short where every reference is right, else `_check_references`
        lists = draft.lists
        cited = lists.get("evidence")
        against = lists.get("contradicted_by")
        inferred = lists.get("inferred_from")
        if (
            (cited and not known.issuperset(cited))
            or (
                against
                and (
                    not known.issuperset(against) or (cited and not set(cited).isdisjoint(against))
                )
            )
            or (inferred and not facts.keys() >= set(inferred))
        ):
            _check_references(ck, draft, evidence, facts)
    _check_cycles(ck, drafts, facts)
    _check_ref_values(ck, drafts, shapes)
    _check_lookalikes(ck, top)
    out: list[FactRecord] = []
    for d in drafts:
        if d.ok:  # every field checked: the id and type are non-empty, stripped text, the
            # lists hold non-empty, stripped ids, the attributes are normalised per their type
            lists = d.lists
            out.append(
                construct_all(
                    FactRecord,
                    {
                        "id": d.id,
                        "type": d.type,
                        "evidence": tuple(lists.get("evidence", ())),
                        "contradicted_by": tuple(lists.get("contradicted_by", ())),
                        "inferred_from": tuple(lists.get("inferred_from", ())),
                        "note": d.note,
                        "attributes": d.attributes,
                    },
                )
            )
    return out


# ---- one fact ---------------------------------------------------------------------------------


def _read_fact(
    ck: Checker, path: DataPath, item: dict[str, Any], shapes: Mapping[str, _Shape]
) -> _Draft:
    value = item.get("id")
    ident = value.strip() if type(value) is str else None
    if not ident:
        ident = _text(ck, path, item, "id", None)
    value = item.get("type")
    ftype = value.strip() if type(value) is str else None
    if not ftype:
        ftype = _text(ck, path, item, "type", ident)
    spec = ck.vocabulary.facts.get(ftype) if ftype is not None else None
    draft = _Draft(path, ident or "", ftype or "", spec is not None)
    if ftype is not None and spec is None:
        ck.error(
            path + ("type",),
            f"unknown fact type `{ftype}`",
            expected="a fact type of the library: " + ", ".join(sorted(ck.vocabulary.facts)),
            suggestion=ck.suggest(ftype, ck.vocabulary.facts),
            context=draft.context,
        )
    if ident is None or spec is None:
        draft.ok = False
    if ident is not None:  # `ck.claim_id`, inline
        ids = ck.ids
        if "," not in ident and ident not in ids:
            ids[ident] = new_use(("fact", path + ("id",)))
        elif not ck.register_id(ident, "fact", path + ("id",), draft.context):
            draft.ok = False
    for key in _REF_LISTS:
        if key in item:
            draft.lists[key] = _id_list(ck, key, item[key], draft)
    if not item.get("evidence") and not item.get("inferred_from"):
        draft.ok = False
        ck.error(
            path,
            f"{label('fact', ident, path)} rests on nothing: it cites no `evidence` and is not "
            "`inferred_from` other facts",
            expected="`evidence: [E1, …]` or `inferred_from: [F1, …]`",
            context=draft.context,
        )
    note = item.get("note")
    if note is not None:
        if type(note) is not str:
            note = ck.text(path + ("note",), note)
        if isinstance(note, str):
            draft.note = note
        else:
            draft.ok = False
            ck.error(
                path + ("note",), f"`note` must be text, not {show(note)}", context=draft.context
            )
    if spec is not None:
        _read_attributes(ck, path, item, spec, draft, shapes[spec.name])
    return draft


def _text(
    ck: Checker, path: DataPath, item: Mapping[str, Any], key: str, ident: str | None
) -> str | None:
    what = label("fact", ident, path)
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


def _id_list(ck: Checker, key: str, value: Any, draft: _Draft) -> list[str]:
    """The ids of list `key` of a fact, each once (the others reported)."""
    if value is None:
        return []
    if not isinstance(value, list):
        draft.ok = False
        short = isinstance(value, str) and 0 < len(value.strip()) <= 40
        example = f"[{value.strip()}]" if short else "[E1, E4]"
        ck.error(
            draft.path + (key,),
            f"`{key}` must be a list of ids, not {show(value)}",
            expected=f"a list in square brackets, e.g. `{key}: {example}`",
            context=draft.context,
        )
        return []
    out: list[str] = []
    seen: set[str] = set()
    kept: list[int] | None = None  # the entries read, once one is left out
    for i, entry in enumerate(value):
        if type(entry) is str:  # the usual case, in short
            text = entry.strip()
            if text and text not in seen:
                seen.add(text)
                out.append(text)
                if kept is not None:
                    kept.append(i)
                continue
        at = draft.path + (key, i)
        text = entry if type(entry) is str else ck.text(at, entry)
        if kept is None:
            kept = list(range(len(out)))
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
        out.append(text)
        kept.append(i)
    if kept is not None:
        draft.kept[key] = kept
    return out


def _read_attributes(
    ck: Checker,
    path: DataPath,
    item: Mapping[str, Any],
    spec: FactSpec,
    draft: _Draft,
    shape: _Shape,
) -> None:
    plan, required, _ = shape
    attributes = draft.attributes
    for key, value in item.items():
        step = plan.get(key)
        if step is None:
            draft.ok = False
            ck.unknown_key(
                path + (key,), f"a {spec.name} fact", [*spec.attrs, *RESERVED], draft.context
            )
            continue
        how, attr = step
        if how is _RESERVED:
            continue
        if type(value) is str:  # `_quick`, inline for the usual cases
            if how is _TEXT:
                if value.strip() and (attr.choices is None or value in attr.choices):
                    attributes[key] = value
                    continue
            elif how is _REF:
                ref = value.strip()
                if ref and (attr.choices is None or ref in attr.choices):
                    attributes[key] = ref
                    continue
        elif value is None and attr.optional:
            continue
        normal = _quick(attr, value)
        if normal is _SLOW:
            normal = _attribute(ck, path + (key,), attr, value, draft)
        if normal is None:
            draft.ok = False
        else:
            attributes[key] = normal
    if item.keys() >= required:
        return
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


# How `_read_attributes` reads each key of a fact of one type: reserved (read elsewhere), a text
# or a ref (checked inline), anything else (`_quick`, then `_attribute`); the attributes it
# requires; and its `ref` attributes, for `_check_ref_values`: (name, a list?, may name a State?).
_RESERVED, _TEXT, _REF, _OTHER = "reserved", "text", "ref", "other"
_Shape = tuple[dict[str, tuple[str, AttrSpec]], frozenset[str], tuple[tuple[str, bool, bool], ...]]


def _shape(spec: FactSpec) -> _Shape:
    plan: dict[str, tuple[str, AttrSpec]] = {}
    for name, attr in spec.attrs.items():
        if attr.is_list or attr.type not in ("text", "ref"):
            plan[name] = (_OTHER, attr)
        else:
            plan[name] = (_TEXT if attr.type == "text" else _REF, attr)
    for name in RESERVED:  # reserved names are never attributes
        plan[name] = (_RESERVED, AttrSpec(name, "text"))
    required = frozenset(a for a, attr in spec.attrs.items() if not attr.optional)
    refs = tuple(
        (name, attr.is_list, _names_a_state(attr))
        for name, attr in spec.attrs.items()
        if attr.type == "ref" and attr.choices is None
    )
    return plan, required, refs


def _names_a_state(attr: AttrSpec) -> bool:
    """Whether the library says a `ref` attribute may hold a State's name instead of an id
    (`policy.by`: "the id of an `organisation` fact, or a State's name")."""
    return "state's name" in attr.description.lower().replace("\u2019", "'")


class _Slow:
    """Marks a value that `_quick` leaves to `_attribute`."""


_SLOW: Any = _Slow()


def _quick(attr: AttrSpec, value: Any) -> Any:
    """What `_attribute` makes of a valid value in a usual form (text as text, a number as a
    number, a date as a date), without its reports and paths; `_SLOW` for anything else."""
    kind = attr.type
    if attr.is_list:
        if type(value) is not list or not (value or attr.optional):
            return _SLOW
        items: list[str] = []
        for entry in value:
            one = _quick_one(kind, attr.choices, entry)
            if one is _SLOW:
                return _SLOW
            items.append(("true" if one else "false") if type(one) is bool else str(one))
        return items
    return _quick_one(kind, attr.choices, value)


def _quick_one(kind: str, choices: tuple[str, ...] | None, value: Any) -> Any:
    """`_scalar`, for the values it takes as they are."""
    if type(value) is str:
        if kind == "text" or kind == "ref":
            text = value.strip()
            if text:
                if kind == "text":
                    text = value
                if choices is None or text in choices:
                    return text
        elif kind == "date":  # as in JSON files
            day = day_of(value)
            if day is not None:
                return iso_day(day)
        return _SLOW
    if kind == "int":
        return value if type(value) is int and -_MAX_INT <= value <= _MAX_INT else _SLOW
    if kind == "bool":
        return value if type(value) is bool else _SLOW
    if kind == "date" and type(value) is datetime.date:
        return iso_day(value)
    return _SLOW


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
    if kind == "int" and too_large(value):
        ck.error(
            path,
            f"{name} is too large a number",
            expected=TOO_LARGE,
            context=draft.context,
        )
        return None
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


# ---- ids that deceive the eye ------------------------------------------------------------------


def _check_lookalikes(ck: Checker, top: Mapping[str, Any]) -> None:
    """Errors for ids that are not what they look like: with a bidi control character (which
    reorders the text around it), with another invisible character (U+200B, U+00AD, U+FEFF,
    U+2060, a no-break space …: `base.text.is_invisible`), mixing scripts (Cyrillic `Е` in a
    Latin id), or looking the same as another id of the case (Cyrillic `Е1` beside Latin
    `E1`); and for accused names
    with a bidi override. Errors, not warnings: an id is a reference that people read, type
    (`--without E1`) and cite; two that look alike make every reference ambiguous, and renaming
    one costs nothing. Only non-ASCII ids are examined (the usual case costs one scan)."""
    ids = ck.ids
    if all(ident.isascii() for ident in ids):
        seen: dict[str, str] = {}
    else:
        seen = {}
        for ident, use in ids.items():
            path = use.path
            if not ident.isascii():
                if has_bidi(ident):
                    ck.error(
                        path,
                        f"the id `{ident}` contains an invisible character that changes the "
                        "direction of the text around it; remove it",
                    )
                    continue
                at = first_invisible(ident)
                if at is not None:
                    ck.error(
                        path,
                        f"the id `{show_invisible(ident)}` contains {code_point(ident[at])}, "
                        f"an invisible character, at character {at + 1}; remove it",
                        notes=(
                            "ids that differ only by invisible characters print alike, and a "
                            "reference typed by hand would never match",
                        ),
                    )
                    continue
                found = scripts(ident)
                if len(found) > 1:
                    ck.error(
                        path,
                        f"the id `{ident}` mixes letters of different scripts "
                        f"({', '.join(sorted(s.title() for s in found))}); write it in one",
                        notes=("letters of another script can look exactly like Latin ones",),
                    )
                    continue
            shape = skeleton(ident)
            first = seen.get(shape)
            if first is not None and first != ident:
                which = ", ".join(sorted(s.title() for s in scripts(ident))) or "other"
                ck.error(
                    path,
                    f"the id `{ident}` looks the same as `{first}` but is a different id "
                    f"(it is written with {which} letters)",
                    notes=(
                        f"`{first}` is at {ck.where(ids[first].path)}; give one of them "
                        "another id, or write both alike if they are the same",
                    ),
                )
                continue
            seen.setdefault(shape, ident)
    accused = top.get("accused")
    if isinstance(accused, list):
        for i, item in enumerate(accused):
            name = item.get("name") if isinstance(item, dict) else None
            if isinstance(name, str) and has_bidi(name):
                ck.error(
                    ("accused", i, "name"),
                    "the name contains an invisible character that changes the direction of "
                    "the text around it; remove it",
                )


# ---- references and cycles --------------------------------------------------------------------


def _check_references(
    ck: Checker,
    draft: _Draft,
    evidence: Collection[str],
    facts: Mapping[str, _Draft],
) -> None:
    supporting: set[str] | None = None  # worked out when first needed
    for key, entries in draft.lists.items():
        wants_fact = key == "inferred_from"
        pool: Collection[str] = facts if wants_fact else evidence
        for n, ref in enumerate(entries):
            if ref in pool:
                if key == "contradicted_by":
                    if supporting is None:
                        supporting = set(draft.lists.get("evidence", ()))
                    contradicts = ref in supporting
                else:
                    contradicts = False
                if contradicts:
                    draft.ok = False
                    ck.error(
                        draft.at(key, n),
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
                draft.at(key, n),
                message,
                suggestion=ck.suggest(ref, pool) if use is None else None,
                context=draft.context,
            )


def _check_ref_values(ck: Checker, drafts: list[_Draft], shapes: Mapping[str, _Shape]) -> None:
    """Every value of a `ref` attribute (each item of a `ref[]` list) must be the id of an
    accused or of a fact of the case (persons and organisations are facts), or, where the
    library allows it, the name of a State it declares. One dict lookup per value: a good file
    costs no more than that; the first bad value sends the fast pass to the located one."""
    ids = ck.ids
    states = ck.vocabulary.states
    names: list[str] = []  # what a bad value may have meant: filled at the first one
    for draft in drafts:
        shape = shapes.get(draft.type)
        if shape is None:
            continue
        attributes = draft.attributes
        for name, is_list, state_ok in shape[2]:
            value = attributes.get(name)
            if value is None:
                continue
            if is_list:
                assert isinstance(value, list)
                for i, item in enumerate(value):
                    use = ids.get(item)
                    if use is None or use.what == "evidence item":
                        if not (state_ok and item in states):
                            _dangling(ck, draft, name, (name, i), item, state_ok, names)
            else:
                use = ids.get(value)  # type: ignore[arg-type]
                if use is None or use.what == "evidence item":
                    if not (state_ok and value in states):
                        _dangling(ck, draft, name, (name,), str(value), state_ok, names)


def _dangling(
    ck: Checker,
    draft: _Draft,
    name: str,
    at: DataPath,
    ref: str,
    state_ok: bool,
    names: list[str],
) -> None:
    """Report a `ref` value that names no accused or fact (`_check_ref_values`); `at` is where
    it is, within the fact. `names` caches the ids a value may name, for suggestions."""
    draft.ok = False
    if not ck.located:
        raise NeedsLocation
    states = ck.vocabulary.states if state_ok else frozenset()
    use = ck.ids.get(ref)
    nor = ", nor a State declared in the library" if state_ok else ""
    if use is not None:  # an evidence item
        message = (
            f"`{name}` names `{ref}`, which is an evidence item; it must name an accused or a "
            f"fact{' (or a State)' if state_ok else ''}"
        )
        suggestion = None
    else:
        message = f"`{name}` names `{ref}`, which is no accused or fact id in this case{nor}"
        if not names:
            names.extend(i for i, u in ck.ids.items() if u.what != "evidence item")
        suggestion = ck.suggest(ref, [*names, *states] if states else names)
    spec = ck.vocabulary.facts[draft.type]
    ck.error(
        draft.path + at,
        message,
        expected=_explained(spec.attrs[name], _words(spec.attrs[name])),
        suggestion=suggestion,
        context=draft.context,
        notes=(
            ()
            if suggestion is not None or use is not None
            else (
                "a person or an organisation is named by the id of a `person` or "
                "`organisation` fact: add one to `facts:`",
            )
        ),
    )


def _check_cycles(ck: Checker, drafts: list[_Draft], facts: Mapping[str, _Draft]) -> None:
    """Report each group of facts inferred from one another in a circle, once."""
    none: list[str] = []  # shared by the facts inferred from nothing
    graph = {
        d.id: [r for r in refs if r in facts] if (refs := d.lists.get("inferred_from")) else none
        for d in drafts
        if d.id
    }
    for component in _strongly_connected(graph):
        if len(component) == 1:
            only = component[0]
            if only not in graph[only]:
                continue
        members = set(component)
        first = min(component, key=lambda fid: _order(facts[fid].path))
        cycle = [first]
        while True:  # follow edges inside the component until the walk closes
            nxt = next(ref for ref in graph[cycle[-1]] if ref in members)
            if nxt in cycle:
                cycle = cycle[cycle.index(nxt) :] + [nxt]
                break
            cycle.append(nxt)
        start = cycle[0]
        at = facts[start].at("inferred_from", facts[start].lists["inferred_from"].index(cycle[1]))
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


def _strongly_connected(graph: Mapping[str, list[str]]) -> list[list[str]]:
    """Tarjan's algorithm, iterative (facts may be inferred from long chains of facts)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    out: list[list[str]] = []
    counter = 0
    for root in graph:
        if root in index or not graph[root]:
            continue  # (a fact inferred from nothing is in no circle)
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
                nxt = edges[i]
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
