"""The JSON Schema (draft 2020-12) of a case file, for editors and for tools that write case
files (`elements schema case`).

The schema follows the contract and the library: the top-level keys are the loader's
(`facts.sections.TOP_KEYS`), accused and evidence items are the pydantic models' own schemas,
and each fact type of the library's vocabulary is a branch of its own (its attributes, their
types and choices, which are required). A YAML case file is checked as the JSON it reads as
(dates as ISO text). The loader remains the authority: it checks what a schema cannot
(references between items, duplicate ids, circular inferences) and says where.
"""

from __future__ import annotations

from typing import Any

from rome_elements.facts.model import Accused, Evidence
from rome_elements.facts.sections import TOP_KEYS, TOP_REQUIRED
from rome_elements.facts.vocabulary import AttrSpec, FactSpec, Vocabulary

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
_TEXT: dict[str, Any] = {"type": "string", "pattern": r"\S"}
_IDS: dict[str, Any] = {"type": "array", "items": _TEXT}
_FACT_KEYS: dict[str, Any] = {
    "id": _TEXT,
    "type": _TEXT,
    "evidence": _IDS,
    "contradicted_by": _IDS,
    "inferred_from": _IDS,
    "note": {"type": "string"},
}


def _value(attr: AttrSpec) -> dict[str, Any]:
    one: dict[str, Any]
    if attr.type == "int":
        one = {"type": "integer"}
    elif attr.type == "bool":
        one = {"type": "boolean"}
    elif attr.type == "date":
        one = {"type": "string", "format": "date"}
    else:
        one = dict(_TEXT)
    if attr.choices:
        one = {"enum": list(attr.choices)}
    if attr.description:
        one["description"] = attr.description
    return {"type": "array", "items": one} if attr.is_list else one


def _fact_branch(spec: FactSpec) -> dict[str, Any]:
    return {
        "if": {"properties": {"type": {"const": spec.name}}, "required": ["type"]},
        "then": {
            "description": spec.description,
            "properties": {**_FACT_KEYS, **{n: _value(a) for n, a in spec.attrs.items()}},
            "required": ["id", "type", *(n for n, a in spec.attrs.items() if not a.optional)],
            "additionalProperties": False,
        },
    }


def _model(model: type[Accused] | type[Evidence]) -> dict[str, Any]:
    schema = model.model_json_schema()
    schema.pop("title", None)
    return schema


def case_schema(vocabulary: Vocabulary, title: str = "elements case file") -> dict[str, Any]:
    """The schema of a case file for this library."""
    modes = sorted(vocabulary.modes | set(vocabulary.mode_articles))
    properties: dict[str, Any] = {
        "case": {**_TEXT, "description": TOP_KEYS["case"]},
        "notes": {"type": "string", "description": TOP_KEYS["notes"]},
        "standard": {"enum": sorted(vocabulary.standards), "description": TOP_KEYS["standard"]},
        "accused": {"type": "array", "items": _model(Accused), "description": TOP_KEYS["accused"]},
        "charges": {
            "type": "array",
            "minItems": 1,
            "description": TOP_KEYS["charges"],
            "items": {
                "type": "object",
                "properties": {
                    "accused": _TEXT,
                    "crime": {"enum": sorted(vocabulary.crimes)},
                    "mode": {
                        "anyOf": [
                            {"enum": modes},
                            {"type": "array", "items": {"enum": modes}, "minItems": 1},
                        ]
                    },
                },
                "required": ["accused", "crime", "mode"],
                "additionalProperties": False,
            },
        },
        "evidence": {
            "type": "array",
            "items": _model(Evidence),
            "description": TOP_KEYS["evidence"],
        },
        "facts": {
            "type": "array",
            "description": TOP_KEYS["facts"],
            "items": {
                "type": "object",
                "properties": {"type": {"enum": sorted(vocabulary.facts)}},
                "required": ["id", "type"],
                "allOf": [_fact_branch(s) for _, s in sorted(vocabulary.facts.items())],
            },
        },
    }
    for key, text in TOP_KEYS.items():  # a key the loader knows and this schema does not detail
        properties.setdefault(key, {"description": text})
    return {
        "$schema": SCHEMA_DIALECT,
        "title": title,
        "type": "object",
        "properties": properties,
        "required": list(TOP_REQUIRED),
        "additionalProperties": False,
    }
