"""The case file as typed, immutable models (pydantic v2, frozen, no unknown fields).

A case file (YAML or JSON) has these top-level keys:

* ``case`` (required) — the title of the case;
* ``accused`` (required, may be empty) — ``{id, name, role?, nationality?}`` for each accused;
* ``charges`` (required, at least one) — ``{accused, crime, mode}``: the crime by article as
  printed in the Elements of Crimes (``8(2)(b)(viii)``) or by id; the mode by id, by article
  (``25(3)(a)``: every form under it, charged in the alternative) or as a list of modes;
* ``standard`` (optional) — the standard of proof to apply by default;
* ``evidence`` (required) — the sources, see `Evidence`;
* ``facts`` (required) — what happened, see `FactRecord`;
* ``notes`` (optional) — free text about the case file (its scope, who prepared it, when);
  kept in `Case.notes`, never interpreted.

Evidence keys: ``id kind source date reliability credibility excerpt`` and optionally ``origin
document file sha256 confidential``. Fact keys: ``id type evidence contradicted_by
inferred_from note``; every other key of a fact is an attribute of its type.

Ids of accused, evidence items and facts share one namespace: an id names one thing only (a
``ref`` attribute, or ``elements check --without``, may name any of them). Ids may not contain
commas (``--without E1,E2`` splits on them).

The models are built by `facts.load.load_case`, which checks everything a model cannot check
alone (references, duplicates, the fact vocabulary) and reports every problem with its position.

The models are the contract, but pydantic does not run while loading: the loader checks every
constraint declared here itself (with a located message for each), then builds the records with
`construct` (what ``model_construct`` does, four times faster). Their schemas are built only if
something validates or serialises with pydantic (``defer_build``: importing this module costs
no schema). tests/test_load_contract.py checks that every case the loader builds validates
again with pydantic to an equal object, and that the loader rejects exactly what pydantic
rejects.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from functools import cached_property
from typing import Annotated, Any, Literal, TypeVar, get_args

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

Text = Annotated[str, StringConstraints(pattern=r"\S")]
"""Text with at least one character that is not a space."""

EvidenceKind = Literal[
    "document",
    "testimony",
    "statement",
    "video",
    "photo",
    "audio",
    "report",
    "press",
    "communication",
    "other",
]
EVIDENCE_KINDS: tuple[str, ...] = get_args(EvidenceKind)

Reliability = Literal["A", "B", "C", "D", "E", "F"]


MAX_WHOLE_NUMBER = 2**53
"""Whole numbers in a case file lie between -2**53 and 2**53 (9,007,199,254,740,992): every
number a case needs (counts of persons, ages) fits, every tool reading the JSON report (a
JavaScript double) reads it exactly, and the rule engine can hold it. A larger one — say
``0x`` and five thousand hex digits — is refused with a located message."""

WholeNumber = Annotated[int, Field(ge=-MAX_WHOLE_NUMBER, le=MAX_WHOLE_NUMBER)]

AttrValue = str | WholeNumber | bool | list[str]
"""A normalised fact attribute: dates as ISO text ``YYYY-MM-DD``, list items as text."""


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", strict=True, defer_build=True)


class Evidence(_Model):
    """A source, graded on the Admiralty scale (source reliability A–F, information credibility
    1–6). Items with the same `origin` are one source for corroboration purposes."""

    id: Text
    kind: EvidenceKind
    source: Text
    date: datetime.date | None = None
    reliability: Reliability
    credibility: Annotated[int, Field(ge=1, le=6)]
    excerpt: Text
    origin: Text | None = None
    document: Text | None = None
    file: Text | None = None
    sha256: Annotated[str, StringConstraints(pattern=r"^[0-9A-Fa-f]{64}$")] | None = None
    confidential: bool = False

    def origin_key(self) -> str:
        """Who produced the information: the `origin`, or the item's own id when none is given."""
        return self.origin if self.origin is not None else self.id


class Accused(_Model):
    id: Text
    name: Text
    role: Text | None = None
    nationality: Text | None = None  # the State, as named in the library (art. 12(2)(b))


class Charge(_Model):
    """A crime and a mode of liability for one accused. `crime` is the name as written in the
    case file (article or id); `crime_id` is the library's id for it."""

    accused: Text
    crime: Text
    mode: Text
    crime_id: Text
    modes: tuple[Text, ...] = ()
    """The modes of liability charged, as library ids: one, or several charged in the
    alternative (`mode: 25(3)(a)` or a list of modes), of which any may make the charge out."""


class FactRecord(_Model):
    """A fact as recorded by investigators, resting on `evidence` and/or on other facts
    (`inferred_from`), possibly `contradicted_by` evidence. `attributes` are normalised per the
    fact type: text and refs as `str`, whole numbers as `int`, booleans as `bool`, dates as ISO
    text ``YYYY-MM-DD``, lists as `list[str]`; absent optional attributes are absent."""

    id: Text
    type: Text
    evidence: tuple[str, ...] = ()
    contradicted_by: tuple[str, ...] = ()
    inferred_from: tuple[str, ...] = ()
    note: str | None = None
    attributes: Mapping[str, AttrValue] = Field(default_factory=dict)


class Case(_Model):
    """A validated case file. `path` is the file it was loaded from, as given."""

    title: Text
    accused: tuple[Accused, ...]
    charges: Annotated[tuple[Charge, ...], Field(min_length=1)]  # no charge: nothing made out
    standard: str | None
    evidence: tuple[Evidence, ...]
    facts: tuple[FactRecord, ...]
    path: str
    notes: str | None = None

    @cached_property
    def evidence_by_id(self) -> Mapping[str, Evidence]:
        return {e.id: e for e in self.evidence}

    @cached_property
    def facts_by_id(self) -> Mapping[str, FactRecord]:
        return {f.id: f for f in self.facts}

    @cached_property
    def accused_by_id(self) -> Mapping[str, Accused]:
        return {a.id: a for a in self.accused}

    def get_evidence(self, evidence_id: str) -> Evidence:
        """The evidence item with this id (KeyError if there is none)."""
        return self.evidence_by_id[evidence_id]

    def get_fact(self, fact_id: str) -> FactRecord:
        """The fact with this id (KeyError if there is none)."""
        return self.facts_by_id[fact_id]

    def get_accused(self, accused_id: str) -> Accused:
        """The accused with this id (KeyError if there is none)."""
        return self.accused_by_id[accused_id]


M = TypeVar("M", bound=_Model)

_Recipe = tuple[
    dict[str, Any], tuple[tuple[str, Any], ...], dict[tuple[str, ...], set[str]], set[str]
]
_RECIPES: dict[type[_Model], _Recipe] = {}
_object_setattr = object.__setattr__


def construct(model: type[M], values: dict[str, Any]) -> M:
    """``model.model_construct(**values)`` for values already checked against the model (every
    required field present, no other key): an equal object (fields in declaration order,
    defaults filled, the given fields marked as set), four times faster.

    Records given the same keys share one set of set fields (`model_fields_set`), which saves
    a set per record (a quarter of their memory): pydantic never changes the set of a frozen
    model, and `model_copy` copies it before changing it."""
    recipe = _RECIPES.get(model)
    if recipe is None:
        recipe = _RECIPES[model] = _recipe(model)
    template, factories, shared, _ = recipe
    fields = template.copy()
    fields.update(values)
    for name, factory in factories:
        if name not in values:
            fields[name] = factory()
    keys = tuple(values)
    fields_set = shared.get(keys)
    if fields_set is None:
        fields_set = set(keys)
        if len(shared) < 256:  # key orders seen (a few, in practice)
            shared[keys] = fields_set
    return _made(model, fields, fields_set)


def construct_all(model: type[M], values: dict[str, Any]) -> M:
    """`construct` for `values` that give every field of `model`, in declaration order: they
    become the record's fields as they are (no copy)."""
    recipe = _RECIPES.get(model)
    if recipe is None:
        recipe = _RECIPES[model] = _recipe(model)
    template, _, _, every = recipe
    if len(values) != len(template):  # pragma: no cover - a caller's mistake; still right
        return construct(model, values)
    return _made(model, values, every)


def _made(model: type[M], fields: dict[str, Any], fields_set: set[str]) -> M:
    """A record of `model` with these fields, as pydantic's own constructors leave it."""
    made = model.__new__(model)
    _object_setattr(made, "__dict__", fields)
    _object_setattr(made, "__pydantic_fields_set__", fields_set)
    _object_setattr(made, "__pydantic_extra__", None)
    _object_setattr(made, "__pydantic_private__", None)
    return made


def _recipe(model: type[_Model]) -> _Recipe:
    """Each field with its default (None where it has none: `values` always gives it), in
    declaration order; the fields whose default comes from a factory; the shared field sets
    (by the keys given, and the set of every field)."""
    template: dict[str, Any] = {}
    factories: list[tuple[str, Any]] = []
    for name, info in model.__pydantic_fields__.items():
        if info.default_factory is not None:
            factories.append((name, info.default_factory))
        template[name] = None if info.is_required() else info.default
    return template, tuple(factories), {}, set(template)
