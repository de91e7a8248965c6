"""The pydantic models stay the contract of the loader, though pydantic does not run in it.

The loader checks every constraint of `facts.model` itself (`facts.sections.FIELD_RULES`, and
by construction for facts, charges and the case) and builds the records with
`facts.model.construct`. These tests check that

* the loader's rules accept exactly what pydantic accepts, field by field, and report as the
  pydantic-based loader did (same messages, same order);
* `construct` builds what ``model_construct`` builds;
* every case the loader builds validates again with pydantic to an equal object;
* loading builds no pydantic schema (``defer_build``).
"""

from __future__ import annotations

import datetime
import json
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest
from golden import ROOT
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel, TypeAdapter, ValidationError
from strategies import GenCase, case_text, cases, vocab
from test_case_loader import GOOD, VOCAB

from rome_elements.facts import load_case, load_case_text
from rome_elements.facts.checker import Checker
from rome_elements.facts.document import DataPath, Document
from rome_elements.facts.model import (
    Accused,
    Case,
    Charge,
    Evidence,
    FactRecord,
    Text,
    construct,
    construct_all,
)
from rome_elements.facts.sections import FIELD_RULES, _value_error, validated
from rome_elements.facts.wording import ACCUSED_FIELDS, EVIDENCE_FIELDS

MODELS: list[type[BaseModel]] = [Accused, Evidence, Charge, FactRecord, Case]
FIELDS = {Accused: ACCUSED_FIELDS, Evidence: EVIDENCE_FIELDS}

# ---- the rules are the models' constraints -----------------------------------------------------


def test_the_rules_name_every_field_and_say_which_are_required() -> None:
    for model, rules in FIELD_RULES.items():
        assert list(rules) == list(model.model_fields)
        for name, (_, required) in rules.items():
            assert required == model.model_fields[name].is_required(), name


def _pydantic_accepts(model: type[BaseModel], field: str, value: Any) -> bool:
    base: dict[str, Any] = {
        Accused: {"id": "a", "name": "A"},
        Evidence: {
            "id": "E1",
            "kind": "report",
            "source": "s",
            "reliability": "A",
            "credibility": 1,
            "excerpt": "x",
        },
    }[model]
    try:
        model.model_validate({**base, field: value})
    except ValidationError as exc:
        return not any(e["loc"][:1] == (field,) for e in exc.errors())
    return True


SPACES = (
    "\t\n\x0b\x0c\r \x1c\x1d\x1e\x1f\x85\xa0\u1680\u180e\u2000\u200a\u200b"
    "\u2028\u2029\u202f\u205f\u3000\ufeff"
)
odd_texts = st.text(st.sampled_from(SPACES + "aé0-"), max_size=4)
values = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-2, 8),
    st.sampled_from([0.0, 1.0, 3.0, 6.5, float("nan")]),
    st.dates(),
    st.datetimes(),
    odd_texts,
    st.text(max_size=8),
    st.sampled_from(["report", "Report", "report ", "other", "A", "a", "B ", "F", "G", "AB"]),
    st.sampled_from(
        [
            "ab" * 32,
            "AB" * 32,
            "ab" * 32 + "\n",
            "ab" * 31 + "a",
            "ab" * 32 + "a",
            "٣" * 64,
            "g" * 64,
            "E1",
        ]
    ),
    st.lists(st.text(max_size=3), max_size=2),
    st.dictionaries(st.text(max_size=2), st.integers(), max_size=1),
)


@given(st.sampled_from([(m, f) for m, rules in FIELD_RULES.items() for f in rules]), values)
def test_each_rule_accepts_what_pydantic_accepts(model_field: tuple[Any, str], value: Any) -> None:
    model, field = model_field
    valid, _ = FIELD_RULES[model][field]
    assert valid(value) == _pydantic_accepts(model, field, value)


def test_text_is_not_blank_as_pydantic_sees_blanks() -> None:
    """`Text` (pattern ``\\S``, Rust's Unicode White_Space), for every character of the BMP."""
    adapter: TypeAdapter[str] = TypeAdapter(Text)
    valid, _ = FIELD_RULES[Accused]["name"]
    for code in range(0x10000):
        if 0xD800 <= code < 0xE000:
            continue
        char = chr(code)
        try:
            adapter.validate_python(f" {char}\t", strict=True)
            accepted = True
        except ValidationError:
            accepted = False
        assert valid(f" {char}\t") == accepted, hex(code)


# ---- and report as pydantic did ----------------------------------------------------------------


def _pydantic_validated(
    ck: Checker,
    model: type[BaseModel],
    data: dict[str, Any],
    path: DataPath,
    fields: Mapping[str, tuple[str, str | None]],
    what: str,
    context: str,
) -> BaseModel | None:
    """`facts.sections.validated` as it was, with pydantic (the oracle)."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        reported: set[str] = set()
        errors = exc.errors(include_url=False, include_context=True)
        errors.sort(key=lambda e: e["type"] != "extra_forbidden")
        for err in errors:
            loc = err["loc"]
            field = str(loc[0]) if loc else ""
            if field in reported:
                continue
            reported.add(field)
            kind = err["type"]
            if kind == "missing":
                words = fields.get(field, ("a value", None))[0]
                ck.missing_key(
                    path, field, f"{what} has no `{field}`", f"`{field}`: {words}", context
                )
            elif kind == "extra_forbidden":
                ck.unknown_key(path + (field,), what, fields, context)
            else:
                _value_error(ck, path + (field,), field, err["input"], fields, context)
        return None


def _checker() -> Checker:
    return Checker(Document("case.yaml", "", None), VOCAB)


@given(
    st.sampled_from([Accused, Evidence]),
    st.dictionaries(
        st.sampled_from([*EVIDENCE_FIELDS, *ACCUSED_FIELDS, "x", "evidance"]), values, max_size=9
    ),
    st.booleans(),
)
def test_the_rules_report_what_pydantic_reported(
    model: Any, data: dict[str, Any], complete: bool
) -> None:
    if complete:  # mostly valid items, with a few odd values
        good = {
            Accused: {"id": "a", "name": "A"},
            Evidence: {
                "id": "E1",
                "kind": "report",
                "source": "s",
                "reliability": "A",
                "credibility": 1,
                "excerpt": "x",
            },
        }[model]
        data = {**good, **dict(list(data.items())[:2])}
    path: DataPath = ("evidence", 0)
    old, new = _checker(), _checker()
    expected = _pydantic_validated(old, model, dict(data), path, FIELDS[model], "item", "ctx")
    got = validated(new, model, dict(data), path, FIELDS[model], lambda: ("item", "ctx"))
    assert new.diags == old.diags
    assert got == expected
    if got is not None and expected is not None:
        assert got.model_fields_set == expected.model_fields_set
        assert list(got.__dict__) == list(expected.__dict__)


# ---- construct is model_construct --------------------------------------------------------------


@given(
    st.sampled_from([Accused, Evidence, FactRecord]),
    st.dictionaries(
        st.sampled_from([*EVIDENCE_FIELDS, *ACCUSED_FIELDS, "type", "attributes", "note"]),
        st.text(max_size=3),
        max_size=8,
    ),
)
def test_construct_builds_what_model_construct_builds(model: Any, data: dict[str, Any]) -> None:
    data = {k: v for k, v in data.items() if k in model.model_fields}
    for name, info in model.model_fields.items():  # construct's callers give every required one
        if info.is_required():
            data.setdefault(name, "x")
    got, expected = construct(model, dict(data)), model.model_construct(**data)
    assert got.__dict__ == expected.__dict__ and list(got.__dict__) == list(expected.__dict__)
    assert got.model_fields_set == expected.model_fields_set
    assert got.__pydantic_extra__ == expected.__pydantic_extra__
    assert got.__pydantic_private__ == expected.__pydantic_private__
    full = {name: expected.__dict__[name] for name in model.model_fields}
    every = construct_all(model, dict(full))
    assert every.__dict__ == model.model_construct(**full).__dict__
    assert every.model_fields_set == set(model.model_fields)


def test_shared_field_sets_are_not_changed_by_copies() -> None:
    case = load_case_text(GOOD, "case.yaml", VOCAB)
    first, second = case.facts[0], case.facts[1]
    copy = first.model_copy(update={"note": "changed"})
    assert copy.note == "changed" and first.note == "the count is from E2"
    assert first.model_fields_set == second.model_fields_set == set(FactRecord.model_fields)


# ---- every loaded case is valid to pydantic ----------------------------------------------------


def assert_valid_to_pydantic(case: Case) -> None:
    assert Case.model_validate(case.model_dump()) == case
    records: list[BaseModel] = [*case.accused, *case.charges, *case.evidence, *case.facts, case]
    for record in records:
        model = type(record)
        again = model.model_validate(record.model_dump(exclude_unset=True))
        assert again == record
        assert again.model_fields_set == record.model_fields_set
        assert list(record.__dict__)[: len(model.model_fields)] == list(model.model_fields)


LIBRARY_CASES = [
    ROOT / "examples" / "belarus_children.yaml",
    *sorted((ROOT / "elements" / "tests" / "cases").glob("*.yaml")),
]


@pytest.mark.parametrize("path", LIBRARY_CASES, ids=lambda p: p.name)
def test_the_example_and_library_cases_are_valid_to_pydantic(path: Path) -> None:
    assert_valid_to_pydantic(load_case(path, vocab()))


def test_the_good_case_is_valid_to_pydantic() -> None:
    assert_valid_to_pydantic(load_case_text(GOOD, "case.yaml", VOCAB))
    data = json.loads(json.dumps(__import__("yaml").safe_load(GOOD), default=str))
    assert_valid_to_pydantic(load_case_text(json.dumps(data), "case.json", VOCAB))


def _iso(value: Any) -> Any:
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    raise TypeError(value)


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cases())
def test_generated_cases_are_valid_to_pydantic(gen: GenCase) -> None:
    assert_valid_to_pydantic(load_case_text(case_text(gen.data), "gen.yaml", vocab()))
    text = json.dumps(gen.data, default=_iso)
    assert_valid_to_pydantic(load_case_text(text, "gen.json", vocab()))


# ---- no schema is built while loading ----------------------------------------------------------


def test_loading_builds_no_pydantic_schema() -> None:
    script = (
        "import rome_elements.facts.model as m\n"
        "from rome_elements.facts import load_case\n"
        "from rome_elements.engine.check import vocabulary\n"
        "from rome_elements.rules.load import load_library\n"
        "load_case('examples/belarus_children.yaml', vocabulary(load_library()))\n"
        "print([m.__name__ for m in (m.Accused, m.Evidence, m.Charge, m.FactRecord, m.Case)"
        " if m.__pydantic_complete__])\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(ROOT), "PATH": ""},
    )
    assert out.stdout.strip() == "[]"
