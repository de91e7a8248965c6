"""What the law library tells the case loader: fact types and their attributes, crime names,
modes of liability and standards of proof.

The library (`rules`) builds a `Vocabulary` from the DSL (see `engine.check.vocabulary`); the
loader (`facts.load.load_case`) validates a case file against it. Nothing here imports `rules`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

AttrType = Literal["text", "int", "bool", "date", "ref"]


@dataclass(frozen=True, slots=True)
class AttrSpec:
    """One attribute of a fact type.

    `text` and `ref` hold text (a `ref` names an accused, a fact, a person or an organisation by
    id; the loader checks that it is the id of an accused or a fact of the case, or where the
    attribute says so, the name of a State), `int` a whole number, `bool` true or
    false, `date` a calendar date. `is_list` attributes hold a list of such values; `choices`
    restricts the value (each item, for a list) to the given names.
    """

    name: str
    type: AttrType
    is_list: bool = False
    optional: bool = False
    choices: tuple[str, ...] | None = None
    description: str = ""


@dataclass(frozen=True, slots=True)
class FactSpec:
    """A fact type: its name, what it records, and its attributes by name."""

    name: str
    description: str
    attrs: Mapping[str, AttrSpec]


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """Everything the loader checks names against."""

    facts: Mapping[str, FactSpec]
    crimes: Mapping[str, str]  # every accepted crime name (id and article) -> crime id
    modes: frozenset[str]
    standards: frozenset[str]
    mode_articles: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    """Each article of the modes (e.g. 25(3)(a)) -> the modes under it, in library order."""
    states: frozenset[str] = frozenset()
    """The States the library declares (`elements/states.el`), by name: a `ref` attribute
    whose description says it may hold "a State's name" (`policy.by`) may name one of these
    instead of an id. Empty unless the library passes them (`engine.check.vocabulary`)."""
