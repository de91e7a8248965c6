"""The JSON Schema (draft 2020-12) of the JSON report, version `engine.report.REPORT_VERSION`
(`elements schema report`). Every object is closed (`additionalProperties: false`), so a key
added to the report without its schema fails tests/test_schema.py, which validates real
reports against it."""

from __future__ import annotations

from typing import Any

from rome_elements.base.vocabulary import JURISDICTIONS, RESULTS, STATUSES
from rome_elements.engine.report import PROVENANCE_TAGS, REPORT_VERSION

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"


def _obj(properties: dict[str, Any], optional: tuple[str, ...] = ()) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": properties,
        "required": [k for k in properties if k not in optional],
        "additionalProperties": False,
    }


_STR: dict[str, Any] = {"type": "string"}
_OPT_STR: dict[str, Any] = {"type": ["string", "null"]}
_INT: dict[str, Any] = {"type": "integer", "minimum": 0}
_BOOL: dict[str, Any] = {"type": "boolean"}
_IDS: dict[str, Any] = {"type": "array", "items": _STR}
_STATUS: dict[str, Any] = {"enum": list(STATUSES)}
_RESULT: dict[str, Any] = {"enum": list(RESULTS)}
_COUNTS = _obj({s: _INT for s in STATUSES})
_JURISDICTION = _obj({"status": {"enum": list(JURISDICTIONS)}, "reasons": _IDS})
_PART: dict[str, Any] = {"enum": ["crime", "mode"]}

_ELEMENT = _obj(
    {
        "id": _STR,
        "part": _PART,
        "kind": _STR,
        "subkind": _OPT_STR,
        "text": _STR,
        "status": _STATUS,
        "facts": _IDS,
        "evidence": _IDS,
        "evidence_indirect": _IDS,
        "via": _IDS,
        "chains": {
            "type": "array",
            "items": _obj({"facts": _IDS, "via": _IDS, "status": _STATUS}),
        },
        "chains_total": _INT,
        "needs": _IDS,
        "notes": _IDS,
        "provenance": {
            **_OPT_STR,
            "description": "How far the element's text is verified, by tag: "
            + "; ".join(f"{tag}: {meaning}" for tag, meaning in PROVENANCE_TAGS),
        },
        "options": _IDS,
        "derived": _IDS,
    },
    optional=("needs",),
)
_ELEMENT_RULE = {
    "if": {"properties": {"status": {"not": {"const": "supported"}}}},
    "then": {"required": ["needs"]},  # contract: every element not supported says what it needs
}
_ACT = _obj(
    {
        "act": _OPT_STR,
        "made_out": _BOOL,
        "result": _RESULT,
        "jurisdiction": _JURISDICTION,
        "counts": _COUNTS,
        "statuses": {
            "type": "array",
            "items": _obj({"part": _PART, "id": _STR, "status": _STATUS}),
        },
        "elements": {"type": "array", "items": {**_ELEMENT, "allOf": [_ELEMENT_RULE]}},
    },
    optional=("elements",),
)
_FORM = _obj(
    {
        "mode": _STR,
        "mode_article": _STR,
        "mode_title": _STR,
        "made_out": _BOOL,
        "result": _RESULT,
        "act": _OPT_STR,
        "acts_made_out": _IDS,
        "counts": _COUNTS,
    }
)
_CHARGE = _obj(
    {
        "accused": _STR,
        "accused_name": _STR,
        "crime": _STR,
        "article": _STR,
        "crime_title": _STR,
        "mode": _STR,
        "mode_article": _STR,
        "mode_title": _STR,
        "charged_mode": _STR,
        "made_out": _BOOL,
        "result": _RESULT,
        "act": _OPT_STR,
        "acts_made_out": _IDS,
        "acts_total": _INT,
        "jurisdiction": _JURISDICTION,
        "counts": _COUNTS,
        "elements": {"type": "array", "items": {**_ELEMENT, "allOf": [_ELEMENT_RULE]}},
        "acts": {"type": "array", "items": _ACT},
        "forms": {"type": "array", "items": _FORM, "minItems": 1},
    }
)
_FACT = _obj(
    {
        "id": _STR,
        "type": _STR,
        "status": _STATUS,
        "evidence": _IDS,
        "support": _IDS,
        "below": _IDS,
        "contra": _IDS,
        "origins": _IDS,
        "inferred_from": _IDS,
        "reason": _STR,
        "attributes": {
            "type": "object",
            "description": "What the fact asserts: its attributes as the case file records them",
            "additionalProperties": {
                "type": ["string", "integer", "boolean", "array"],
                "items": _STR,
            },
        },
    }
)
_PROVENANCE = _obj(
    {
        "version": _OPT_STR,
        "library_digest": {"type": ["string", "null"], "pattern": "^[0-9a-f]{64}$"},
        "case_sha256": {"type": ["string", "null"], "pattern": "^[0-9a-f]{64}$"},
        "redacted": _BOOL,
    }
)
_GRADE = {"type": "string", "pattern": "^[A-F][1-6]$"}
_EVIDENCE = _obj(
    {
        "id": _STR,
        "kind": _STR,
        "source": _STR,
        "date": _OPT_STR,
        "grade": _GRADE,
        "origin": _STR,
        "excerpt": _STR,
        "document": _OPT_STR,
        "confidential": _BOOL,
        "integrity": _OPT_STR,
    }
)
_STANDARD = _obj(
    {
        "id": _STR,
        "title": _STR,
        "article": _STR,
        "text": _STR,
        "origins": _INT,
        "min_grade": _STR,
        "contradiction": _STR,
        "credible_contradiction": _STR,
        "inference": _STR,
        "notes": _IDS,
    }
)
_OPTION = _obj(
    {
        "id": _STR,
        "title": _STR,
        "choice": _STR,
        "choice_text": _STR,
        "default": _BOOL,
        "unsettled": _IDS,
    }
)


def report_schema() -> dict[str, Any]:
    """The schema of `elements check --format json` output."""
    return {
        "$schema": SCHEMA_DIALECT,
        "title": f"elements report {REPORT_VERSION}",
        **_obj(
            {
                "report_version": {"const": REPORT_VERSION},
                "case": _STR,
                "case_file": _STR,
                "provenance": {
                    **_PROVENANCE,
                    "description": "What the report was made from (the program's version, "
                    "the law library's digest, the case file's SHA-256) and whether "
                    "confidential evidence was redacted; the time of the run is in the other "
                    "formats only, as this report is the same bytes for the same input",
                },
                "standard": _STANDARD,
                "options": {"type": "array", "items": _OPTION},
                "excluded": _IDS,
                "regraded": {
                    "type": "array",
                    "items": _obj({"id": _STR, "grade": _GRADE, "original": _GRADE}),
                },
                "made_out": _BOOL,
                "charges": {"type": "array", "items": _CHARGE, "minItems": 1},
                "facts": {"type": "array", "items": _FACT},
                "evidence": {"type": "array", "items": _EVIDENCE},
            },
            optional=(
                "provenance",
                "regraded",
            ),  # regraded: only when `--grade` re-graded some item
        ),
    }


def situation_schema() -> dict[str, Any]:
    """The schema of `elements check SITUATION --format json` output."""
    failing = {"type": "array", "items": _obj({"id": _STR, "status": _STR})}
    charge = _obj(
        {
            "accused": _STR,
            "accused_name": _STR,
            "crime": _STR,
            "article": _STR,
            "crime_title": _STR,
            "mode": _STR,
            "made_out": _BOOL,
            "incidents": _INT,
            "incidents_made_out": _IDS,
            "results": {"type": "object", "additionalProperties": _INT},
            "acts_made_out": _INT,
            "acts_total": _INT,
            "persons": _INT,
            "victims": _IDS,
            "first_date": _OPT_STR,
            "last_date": _OPT_STR,
            "failing": {
                "type": "array",
                "items": _obj({"incident": _STR, "elements": failing}),
            },
        }
    )
    incident = _obj(
        {
            "file": _STR,
            "case": _STR,
            "standard": _OPT_STR,
            "valid": _BOOL,
            "charges": {
                "type": "array",
                "items": _obj(
                    {
                        "accused": _STR,
                        "crime": _STR,
                        "article": _STR,
                        "mode": _STR,
                        "result": _RESULT,
                        "made_out": _BOOL,
                        "acts_made_out": _IDS,
                        "acts_total": _INT,
                        "persons": _INT,
                        "dates": _IDS,
                        "failing": failing,
                    }
                ),
            },
        }
    )
    return {
        "$schema": SCHEMA_DIALECT,
        "title": "elements situation report",
        **_obj(
            {
                "report_version": _STR,
                "report_kind": {"const": "situation"},
                "situation": _STR,
                "root": _STR,
                "standards": _IDS,
                "made_out": _BOOL,
                "incidents_total": _INT,
                "incidents_invalid": _INT,
                "charges": {"type": "array", "items": charge},
                "incidents": {"type": "array", "items": incident},
            }
        ),
    }
