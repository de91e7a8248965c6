"""The JSON Schemas of the case file and of the report describe what the program reads and
writes: real case files and real reports validate; a report or case file with a wrong or
unknown key does not."""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from golden import ROOT

from rome_elements.engine.check import check, vocabulary
from rome_elements.engine.report_schema import report_schema
from rome_elements.facts import load_case
from rome_elements.facts.schema import case_schema
from rome_elements.rules.load import load_library

CASES = [
    ROOT / "examples" / "belarus_children.yaml",
    *sorted((ROOT / "elements" / "tests" / "cases").glob("*.yaml")),
]


@pytest.fixture(scope="module")
def library() -> Any:
    return load_library()


def as_json(value: Any) -> Any:
    """What a YAML case file reads as, as JSON would carry it (dates as ISO text)."""
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: as_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [as_json(v) for v in value]
    return value


def validator(schema: dict[str, Any]) -> jsonschema.Draft202012Validator:
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.name)
def test_case_files_and_their_reports_validate(library: Any, path: Path) -> None:
    data = as_json(yaml.safe_load(path.read_text(encoding="utf-8")))
    validator(case_schema(vocabulary(library))).validate(data)
    for max_chains in (20, None):
        result = check(library, load_case(path, vocabulary(library)), max_chains=max_chains)
        report = json.loads(json.dumps(result.report.to_dict()))
        validator(report_schema()).validate(report)


def test_the_case_schema_refuses_what_the_loader_refuses(library: Any) -> None:
    check_case = validator(case_schema(vocabulary(library)))
    data = as_json(yaml.safe_load(CASES[0].read_text(encoding="utf-8")))
    assert check_case.is_valid(data)
    wrong = [
        {**data, "evidnce": []},  # an unknown top-level key
        {**data, "charges": []},  # nothing charged
        {**data, "standard": "balance_of_probabilities"},
        {**data, "facts": [*data["facts"], {"id": "X", "type": "transferral", "evidence": []}]},
        {**data, "facts": [*data["facts"], {"id": "X", "type": "transfer", "evidence": []}]},
        {**data, "evidence": [{**data["evidence"][0], "reliability": "G"}]},
        {**data, "charges": [{"accused": "lukashenka", "crime": "8(2)(a)(vii)-1", "mode": "x"}]},
    ]
    for case in wrong:
        assert not check_case.is_valid(case)


def test_the_report_schema_is_closed(library: Any) -> None:
    result = check(library, load_case(CASES[0], vocabulary(library)))
    report = json.loads(json.dumps(result.report.to_dict()))
    check_report = validator(report_schema())
    assert check_report.is_valid(report)
    assert not check_report.is_valid({**report, "extra": 1})
    element = next(
        e for c in report["charges"] for e in c["elements"] if e["status"] != "supported"
    )
    del element["needs"]  # contract: an element not supported says what it needs
    assert not check_report.is_valid(report)
