"""Checks of the top level of a case file and of its `accused`, `charges`, `standard` and
`evidence` sections (facts are in `facts.factcheck`)."""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from functools import partial
from types import UnionType
from typing import Annotated, Any, Literal, TypeVar, Union, get_args, get_origin

from rome_elements.facts.checker import Checker, new_use
from rome_elements.facts.document import DataPath
from rome_elements.facts.model import (
    EVIDENCE_KINDS,
    Accused,
    Charge,
    Evidence,
    construct,
    construct_all,
)
from rome_elements.facts.wording import (
    ACCUSED_FIELDS,
    EVIDENCE_FIELDS,
    date_problem,
    day_of,
    parse_date,
    show,
)

TOP_KEYS: dict[str, str] = {
    "case": "the title of the case",
    "accused": "the list of accused (`- id: …`, `name: …`)",
    "charges": "the list of charges (`- {accused: …, crime: …, mode: …}`)",
    "standard": "the standard of proof to apply",
    "evidence": "the list of evidence items",
    "facts": "the list of facts",
    "notes": "free text about the case file",
}
TOP_REQUIRED = ("case", "accused", "charges", "evidence", "facts")
CHARGE_KEYS = ("accused", "crime", "mode")

M = TypeVar("M", Accused, Evidence)


def check_top(ck: Checker) -> dict[str, Any] | None:
    """The top-level mapping, with unknown and missing keys reported; None if it is not one."""
    data = ck.doc.data
    if data is None:
        ck.error((), "the case file is empty: it has no `case:`, `evidence:` or `facts:`")
        return None
    if not isinstance(data, dict):
        ck.error(
            (),
            "a case file is a mapping of keys (`case:`, `accused:`, `evidence:` …), "
            f"not {show(data)}",
            expected="; ".join(f"`{k}`: {v}" for k, v in TOP_KEYS.items()),
        )
        return None
    for key in data:
        if key not in TOP_KEYS:
            ck.unknown_key((key,), "the case file", TOP_KEYS)
    missing = [k for k in TOP_REQUIRED if k not in data]
    for key in missing:
        ck.missing_key(
            (),
            key,
            f"the case file has no `{key}:` ({TOP_KEYS[key]})",
            expected=f"`{key}:` at the top level"
            + ("; it may be an empty list `[]`" if key == "accused" else ""),
        )
    return data


def title_of(ck: Checker, top: Mapping[str, Any], key: str, required: bool) -> str | None:
    """A top-level text value (`case`, `notes`, `standard`)."""
    if key not in top:
        return None
    value = ck.text((key,), top[key])
    if value is None and not required:
        return None
    if not isinstance(value, str) or not value.strip():
        ck.error((key,), f"`{key}` must be text ({TOP_KEYS[key]}), not {show(value)}")
        return None
    return value


def section(
    ck: Checker, top: Mapping[str, Any], key: str, item: str
) -> Iterator[tuple[DataPath, dict[str, Any]]]:
    """The items of a list section that are mappings (others are reported)."""
    value = top.get(key)
    if value is None:
        return
    if not isinstance(value, list):
        ck.error(
            (key,),
            f"`{key}` must be a list, each {item} starting with `- `, not {show(value)}",
        )
        return
    for i, entry in enumerate(value):
        path: DataPath = (key, i)
        if isinstance(entry, dict):
            yield path, entry
        else:
            ck.error(
                path,
                f"each {item} must be a group of `key: value` lines, not {show(entry)}",
                expected=f"`- id: …` followed by the {item}'s other keys, indented under it",
            )


def item_id(ck: Checker, path: DataPath, item: Mapping[str, Any]) -> str | None:
    value = item.get("id")
    if type(value) is not str:
        value = ck.text(path + ("id",), value)
        if not isinstance(value, str):
            return None
    return value.strip() or None


def label(what: str, ident: str | None, path: DataPath) -> str:
    index = path[-1]
    return (
        f"{what} {ident}"
        if ident
        else f"{what} no. {index + 1 if isinstance(index, int) else index}"
    )


# ---- accused ----------------------------------------------------------------------------------


def check_accused(ck: Checker, top: Mapping[str, Any]) -> list[Accused]:
    out: list[Accused] = []
    for path, item in section(ck, top, "accused", "accused"):
        ident = item_id(ck, path, item)
        name = label("accused", ident, path)
        data = {
            k: ck.text(path + (k,), v)
            for k, v in item.items()
            if not (v is None and k in ("role", "nationality"))
        }
        if ident is not None:
            data["id"] = ident
        model = validated(ck, Accused, data, path, ACCUSED_FIELDS, partial(_twice, name))
        unique = ident is None or ck.register_id(ident, "accused", path + ("id",), name)
        if model is not None and unique:
            out.append(model)
    return out


# ---- charges ----------------------------------------------------------------------------------


def check_charges(ck: Checker, top: Mapping[str, Any], accused: Collection[str]) -> list[Charge]:
    vocab = ck.vocabulary
    out: list[Charge] = []
    seen: dict[tuple[str, str, tuple[str, ...]], int] = {}
    if "charges" in top and top["charges"] in (None, []):
        # every charge of none is "made out": a case without charges must not look like one
        ck.error(
            ("charges",),
            "the case has no charges: add at least one charge (accused, crime, mode)",
            key=True,
            expected="`- {accused: …, crime: …, mode: …}` under `charges:`",
        )
    for path, item in section(ck, top, "charges", "charge"):
        index = path[-1]
        assert isinstance(index, int)
        context = f"charge no. {index + 1}"
        for key in item:
            if key not in CHARGE_KEYS:
                ck.unknown_key(path + (key,), "a charge", CHARGE_KEYS, context)
        values: dict[str, str] = {}
        modes: tuple[str, ...] | None = None
        for key in CHARGE_KEYS:
            if key not in item:
                ck.missing_key(path, key, f"the charge has no `{key}`", _CHARGE_WORDS[key], context)
                continue
            if key == "mode":
                modes = _charged_modes(ck, path + (key,), item[key], context)
                if modes is not None:
                    raw = item[key] if isinstance(item[key], list) else [item[key]]
                    values[key] = ", ".join(str(m).strip() for m in raw)
                continue
            value = ck.text(path + (key,), item[key])
            if not isinstance(value, str) or not value.strip():
                ck.error(
                    path + (key,),
                    f"`{key}` must be {_CHARGE_WORDS[key]}, not {show(value)}",
                    context=context,
                )
                continue
            values[key] = value.strip()
        ok = len(values) == len(CHARGE_KEYS)
        if "accused" in values and values["accused"] not in accused:
            ok = False
            ck.error(
                path + ("accused",),
                f"no accused has the id `{values['accused']}`",
                expected="the id of an entry of `accused:`",
                suggestion=ck.suggest(values["accused"], list(accused)),
                context=context,
            )
        crime_id = vocab.crimes.get(values.get("crime", ""))
        if "crime" in values and crime_id is None:
            ok = False
            ck.error(
                path + ("crime",),
                f"unknown crime `{values['crime']}`",
                expected="a crime by its article as printed in the Elements of Crimes "
                "(e.g. 8(2)(a)(vii)-1) or by its id; `elements list` shows them all",
                suggestion=ck.suggest(values["crime"], list(vocab.crimes)),
                context=context,
            )
        if not ok or crime_id is None or modes is None:
            continue
        signature = (values["accused"], crime_id, modes)
        if signature in seen:
            ck.error(
                path,
                f"this charge repeats charge no. {seen[signature] + 1}",
                context=context,
                notes=("the same accused, crime and mode of liability are charged twice",),
            )
            continue
        seen[signature] = index
        out.append(
            construct_all(
                Charge,
                {
                    "accused": values["accused"],
                    "crime": values["crime"],
                    "mode": values["mode"],
                    "crime_id": crime_id,
                    "modes": modes,
                },
            )
        )
    return out


def _charged_modes(ck: Checker, path: DataPath, value: Any, context: str) -> tuple[str, ...] | None:
    """The modes a charge's `mode` names: a mode id, an article of modes (`25(3)(a)`: every
    form under it) or a list of those; None (reported) if any is unknown."""
    vocab = ck.vocabulary
    items = value if isinstance(value, list) else [value]
    where = [path + (i,) for i in range(len(items))] if isinstance(value, list) else [path]
    if not items:
        ck.error(path, "`mode` is an empty list", expected=_CHARGE_WORDS["mode"], context=context)
        return None
    out: list[str] = []
    ok = True
    for at, raw in zip(where, items, strict=True):
        name = ck.text(at, raw)
        if not isinstance(name, str) or not name.strip():
            ck.error(
                at, f"`mode` must be {_CHARGE_WORDS['mode']}, not {show(name)}", context=context
            )
            ok = False
            continue
        name = name.strip()
        if name in vocab.modes:
            out.append(name)
        elif name in vocab.mode_articles:
            out.extend(vocab.mode_articles[name])
        else:
            ok = False
            names = sorted(vocab.modes) + sorted(vocab.mode_articles)
            ck.error(
                at,
                f"unknown mode of liability `{name}`",
                expected="a mode by id, or by article to charge every form under it in the "
                "alternative: " + ", ".join(names),
                suggestion=ck.suggest(name, names),
                context=context,
            )
    return tuple(dict.fromkeys(out)) if ok else None


_CHARGE_WORDS = {
    "accused": "the id of an accused",
    "crime": "a crime, by article (e.g. 8(2)(b)(viii)) or id",
    "mode": "a mode of liability (e.g. co_perpetration), an article of modes (e.g. 25(3)(a)) "
    "or a list of modes",
}


def check_standard(ck: Checker, top: Mapping[str, Any]) -> str | None:
    value = title_of(ck, top, "standard", required=False)
    if value is None:
        return None
    standards = ck.vocabulary.standards
    if value not in standards:
        ck.error(
            ("standard",),
            f"unknown standard of proof `{value}`",
            expected="one of " + ", ".join(sorted(standards)),
            suggestion=ck.suggest(value, standards),
        )
        return None
    return value


# ---- evidence ---------------------------------------------------------------------------------

_EVIDENCE_TEXT = (
    "id",
    "kind",
    "source",
    "reliability",
    "excerpt",
    "origin",
    "document",
    "file",
    "sha256",
)
_EVIDENCE_OPTIONAL = ("date", "origin", "document", "file", "sha256", "confidential")


def check_evidence(ck: Checker, top: Mapping[str, Any]) -> list[Evidence]:
    out: list[Evidence] = []
    ids = ck.ids
    for path, item in section(ck, top, "evidence", "evidence item"):
        usual = _usual_evidence(item)
        if usual is not None:  # the usual item, in short: what the rest of the loop makes of it
            ident = usual["id"]
            if "," not in ident and ident not in ids:
                ids[ident] = new_use(("evidence item", path + ("id",)))
                out.append(construct(Evidence, usual))
                continue
        ident = item_id(ck, path, item)
        data: dict[str, Any] = {}
        for key, value in item.items():
            if type(value) is not str:
                if value is None and key in _EVIDENCE_OPTIONAL:
                    continue
                if key in _EVIDENCE_TEXT:
                    value = ck.text(path + (key,), value)
                elif key == "date":
                    value = parse_date(value) or value
            elif key == "date":
                value = day_of(value) or value
            data[key] = value
        if ident is not None:
            data["id"] = ident
        if isinstance(data.get("sha256"), str) and "file" not in data and "document" not in data:
            ck.error(
                path + ("sha256",),
                "`sha256` is the checksum of a file, but the item names no `file` (or `document`)",
                key=True,
                context=label("evidence", ident, path),
            )
        labels = partial(_evidence_labels, ident, path)
        model = validated(ck, Evidence, data, path, EVIDENCE_FIELDS, labels)
        # the id is claimed even if the item has other problems, so that facts citing it are
        # not reported as citing nothing
        unique = ident is None or ck.claim_id(
            ident, "evidence item", path + ("id",), partial(label, "evidence", ident, path)
        )
        if model is not None and unique:
            out.append(model)
    return out


def _usual_evidence(item: Mapping[str, Any]) -> dict[str, Any] | None:
    """The fields of an evidence item with every field valid as written (text as text, a date
    as a date or ISO text, no empty field) and no other problem: what `check_evidence` makes of
    it; None for any other item (left to `check_evidence`, which reports)."""
    rules = FIELD_RULES[Evidence]
    data: dict[str, Any] = {}
    for key, value in item.items():
        rule = rules.get(key)
        if rule is None or value is None:
            return None
        if type(value) is str:
            if key == "id":
                value = value.strip()
            elif key == "date":
                value = day_of(value)
                if value is None:
                    return None
        valid = rule[0]
        if valid is _is_text or valid is _is_optional_text:
            if type(value) is not str or not (value.strip() or _NOT_SPACE.search(value)):
                return None
        elif not valid(value):
            return None
        data[key] = value
    if not data.keys() >= _REQUIRED[Evidence] or not data["id"]:
        return None
    if "sha256" in data and "file" not in data and "document" not in data:
        return None
    return data


def _twice(name: str) -> tuple[str, str]:
    return name, name


def _evidence_labels(ident: str | None, path: DataPath) -> tuple[str, str]:
    return label("evidence item", ident, path), label("evidence", ident, path)


# ---- the models' constraints, checked here -----------------------------------------------------

# Whitespace as pydantic's ``pattern`` sees it (Rust's ``\s``: Unicode White_Space), not as
# Python's ``str.isspace`` does (which also counts U+001C..U+001F).
_NOT_SPACE = re.compile(
    "[^\t\n\x0b\x0c\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]"
)
_SHA256 = re.compile("[0-9A-Fa-f]{64}")


def _is_text(value: Any) -> bool:  # `Text`: text with a character that is not a space
    return isinstance(value, str) and _NOT_SPACE.search(value) is not None


def _is_optional_text(value: Any) -> bool:  # `Text | None`
    return value is None or _is_text(value)


def _is_bool(value: Any) -> bool:  # strict `bool`
    return isinstance(value, bool)


_Valid = Callable[[Any], bool]


def _optional(valid: _Valid) -> _Valid:
    if valid is _is_text:
        return _is_optional_text
    return lambda value: value is None or valid(value)


def _constrained(base: Any, metadata: Sequence[Any]) -> _Valid:
    """The check of one declared type: `base` with pydantic's `metadata` (patterns, bounds)."""
    patterns = [m.pattern for m in metadata if getattr(m, "pattern", None)]
    low = [m.ge for m in metadata if hasattr(m, "ge")]
    high = [m.le for m in metadata if hasattr(m, "le")]
    if base is str:
        if patterns == [r"\S"]:
            return _is_text  # pydantic's \s is Unicode White_Space, not Python's
        if patterns == [r"^[0-9A-Fa-f]{64}$"]:
            return lambda value: isinstance(value, str) and _SHA256.fullmatch(value) is not None
        if not patterns:
            return lambda value: isinstance(value, str)
    elif base is int and len(low) <= 1 and len(high) <= 1:
        lo, hi = (low or [None])[0], (high or [None])[0]
        return lambda value: (
            type(value) is int and (lo is None or value >= lo) and (hi is None or value <= hi)
        )
    elif base is bool and not metadata:
        return _is_bool
    elif base is datetime.date and not metadata:
        return lambda value: (
            isinstance(value, datetime.date) and not isinstance(value, datetime.datetime)
        )
    elif get_origin(base) is Literal and not metadata:
        choices = frozenset(get_args(base))
        return lambda value: isinstance(value, str) and value in choices
    raise TypeError(f"the loader has no check for the declared type {base!r} {metadata!r}")


def _check_of(annotation: Any, metadata: Sequence[Any]) -> _Valid:
    """The strict check pydantic makes of a field declared `annotation` (with `metadata`)."""
    args = get_args(annotation)
    if get_origin(annotation) in (Union, UnionType) and type(None) in args:
        (inner,) = [a for a in args if a is not type(None)]
        return _optional(_check_of(inner, metadata))
    if get_origin(annotation) is Annotated:
        return _check_of(args[0], [*metadata, *annotation.__metadata__])
    return _constrained(annotation, metadata)


def _field_rules(model: type[Any]) -> dict[str, tuple[_Valid, bool]]:
    return {
        name: (_check_of(info.annotation, info.metadata), info.is_required())
        for name, info in model.model_fields.items()
    }


FIELD_RULES: dict[type[Any], dict[str, tuple[_Valid, bool]]] = {
    model: _field_rules(model) for model in (Accused, Evidence)
}
"""What `Accused` and `Evidence` declare, read from the models themselves — a field added or
changed there is checked here without another edit, and a type the loader cannot check raises
at import. tests/test_load_contract.py checks that these rules reject exactly what pydantic
rejects."""


_REQUIRED = {
    model: frozenset(f for f, (_, required) in rules.items() if required)
    for model, rules in FIELD_RULES.items()
}


def validated(
    ck: Checker,
    model: type[M],
    data: dict[str, Any],
    path: DataPath,
    fields: Mapping[str, tuple[str, str | None]],
    labels: Callable[[], tuple[str, str]],
) -> M | None:
    """`model` built from `data`, or None with every problem reported at its position: unknown
    keys first (a missing key they were suggested for is not reported again), then each field
    in declaration order, missing or invalid — as pydantic would list them. `labels()` says
    what the item is and the context of its messages."""
    rules = FIELD_RULES[model]
    for field, value in data.items():
        rule = rules.get(field)
        if rule is None:
            break
        valid = rule[0]
        if valid is _is_text or valid is _is_optional_text:  # most fields: in short
            if type(value) is str and (value.strip() or _NOT_SPACE.search(value)):
                continue
        if not valid(value):
            break
    else:
        if data.keys() >= _REQUIRED[model]:
            return construct(model, data)
    what, context = labels()
    ok = True
    for field in data:
        if field not in rules:
            ok = False
            ck.unknown_key(path + (field,), what, fields, context)
    for field, (valid, required) in rules.items():
        if field in data:
            value = data[field]
            if not valid(value):
                ok = False
                _value_error(ck, path + (field,), field, value, fields, context)
        elif required:
            ok = False
            words = fields.get(field, ("a value", None))[0]
            ck.missing_key(path, field, f"{what} has no `{field}`", f"`{field}`: {words}", context)
    return construct(model, data) if ok else None


def _value_error(
    ck: Checker,
    path: DataPath,
    field: str,
    value: Any,
    fields: Mapping[str, tuple[str, str | None]],
    context: str,
) -> None:
    words, detail = fields.get(field, ("a value", None))
    notes: tuple[str, ...] = ()
    suggestion = None
    if value is None or (isinstance(value, str) and not value.strip()):
        message = f"`{field}` is empty"
        detail = words + (f" ({detail})" if detail else "")
    elif field == "date" and not ck.confidential(path):
        message, notes = date_problem(value, "date")
    elif ck.confidential(path) and field not in ("credibility", "reliability", "confidential"):
        message = f"{field} must be {words} (the value is not shown: the item is confidential)"
        if field == "sha256" and isinstance(value, str) and len(value) != 64:
            notes = (f"it has {len(value)} characters",)
    else:
        message = f"{field} must be {words}, not {show(value)}"
        if field == "kind" and isinstance(value, str):
            suggestion = ck.suggest(value, EVIDENCE_KINDS)
        elif field == "reliability" and isinstance(value, str):
            suggestion = ck.suggest(value.strip(), "ABCDEF")
        elif field == "sha256" and isinstance(value, str):
            notes = (
                (f"it has {len(value)} characters",)
                if len(value) != 64
                else ("it has characters other than 0-9 and a-f",)
            )
    ck.error(path, message, expected=detail, suggestion=suggestion, context=context, notes=notes)
