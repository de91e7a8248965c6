"""The case-file loader: good files load into typed models; every bad file gives located,
lawyer-readable diagnostics (golden files in tests/cases/bad/); no input crashes it.

Re-record the golden files with `UPDATE_GOLDENS=1 pytest tests/test_case_loader.py`, then review
the diff.
"""

from __future__ import annotations

import dataclasses
import datetime
import gc
import json
import os
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from golden import ROOT, check_golden
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import rome_elements.facts.document
import rome_elements.facts.yamlload
from rome_elements.base.diagnostics import Diagnostic, InputError, render_all
from rome_elements.facts import load_case, load_case_text
from rome_elements.facts.document import Document
from rome_elements.facts.model import Case
from rome_elements.facts.vocabulary import AttrSpec, FactSpec, Vocabulary
from rome_elements.facts.yamlload import MAX_ALIAS_VALUES, MAX_DEPTH, parse_yaml_collect


def _attrs(*specs: AttrSpec) -> dict[str, AttrSpec]:
    return {a.name: a for a in specs}


VOCAB = Vocabulary(
    facts={
        "transfer": FactSpec(
            "transfer",
            "Persons were moved from one place to another",
            _attrs(
                AttrSpec("persons", "text", description="Who was moved"),
                AttrSpec("count", "int", optional=True, description="How many persons"),
                AttrSpec("origin", "text", description="Where they were taken from"),
                AttrSpec("destination", "text", description="Where they were taken to"),
                AttrSpec("cross_border", "bool", description="Across an international border?"),
                AttrSpec("date", "date", optional=True, description="When it happened"),
                AttrSpec("by", "ref", optional=True, description="Who carried it out"),
            ),
        ),
        "protected_status": FactSpec(
            "protected_status",
            "Persons were protected under a Geneva Convention",
            _attrs(
                AttrSpec("persons", "text"),
                AttrSpec("convention", "text", choices=("GC IV", "GC III")),
            ),
        ),
        "person": FactSpec(
            "person", "A natural person named in the evidence", _attrs(AttrSpec("name", "text"))
        ),
        "agreement": FactSpec(
            "agreement",
            "Two or more persons agreed on a common plan",
            _attrs(
                AttrSpec("parties", "ref", is_list=True, description="Who took part"),
                AttrSpec("aim", "text"),
                AttrSpec("dates", "date", is_list=True, optional=True),
            ),
        ),
    },
    crimes={
        "unlawful_deportation_transfer": "unlawful_deportation_transfer",
        "8(2)(a)(vii)-1": "unlawful_deportation_transfer",
        "transfer_of_population": "transfer_of_population",
        "8(2)(b)(viii)": "transfer_of_population",
    },
    modes=frozenset({"direct_perpetration", "co_perpetration", "aiding_abetting", "ordering"}),
    standards=frozenset(
        {"reasonable_basis", "reasonable_grounds", "substantial_grounds", "beyond_reasonable_doubt"}
    ),
)

GOOD = """\
case: Transfer of children
standard: reasonable_grounds
notes: prepared for the training session
accused:
  - id: lukashenka
    name: Aliaksandr Lukashenka
    role: President
charges:
  - {accused: lukashenka, crime: 8(2)(a)(vii)-1, mode: co_perpetration}
  - accused: lukashenka
    crime: transfer_of_population
    mode: aiding_abetting
evidence:
  - id: E1
    kind: statement
    source: Head of the Belarusian Red Cross, televised statement
    date: 2023-07-19
    reliability: B
    credibility: 2
    excerpt: "actively involved in bringing Ukrainian children to Belarus"
    document: 000_b935c13a5c4d69b0.txt
  - id: E2
    kind: report
    source: NAM submission
    reliability: C
    credibility: 3
    origin: NAM
    excerpt: more than 2,100 children from 15 towns
    file: nam.pdf
    sha256: 9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08
    confidential: yes
  - id: E3
    kind: press
    source: Government statement
    reliability: D
    credibility: 5
    excerpt: the children went on holiday
facts:
  - id: F1
    type: transfer
    persons: children from occupied areas
    count: 2100
    origin: 15 towns
    destination: Belarus
    cross_border: true
    date: 2022-09-01
    by: lukashenka
    evidence: [E1, E2]
    contradicted_by: [E3]
    note: the count is from E2
  - id: F2
    type: protected_status
    persons: children from occupied areas
    convention: GC IV
    inferred_from: [F1]
  - id: F3
    type: agreement
    parties: [lukashenka, putin]
    aim: transfer of the children
    dates: [2022-08-01, 2022-08-02]
    evidence: [E1]
  - id: putin
    type: person
    name: Vladimir Putin
    evidence: [E1]
"""


@pytest.fixture
def in_root() -> Iterator[None]:
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        yield
    finally:
        os.chdir(cwd)


def load_text(text: str, name: str = "case.yaml") -> Case:
    return load_case_text(text, name, VOCAB)


def problems(text: str, name: str = "case.yaml") -> list[Diagnostic]:
    with pytest.raises(InputError) as info:
        load_text(text, name)
    return info.value.diagnostics


def messages(text: str, name: str = "case.yaml") -> list[str]:
    return [
        f"{d.span.line}:{d.span.column} {d.message}" if d.span else d.message
        for d in problems(text, name)
    ]


# ---- good files ----------------------------------------------------------------------------------


def test_a_good_case_loads_into_typed_models(tmp_path: Path) -> None:
    path = tmp_path / "good.yaml"
    path.write_text(GOOD, encoding="utf-8")
    case = load_case(path, VOCAB)
    assert case.title == "Transfer of children"
    assert case.path == str(path)
    assert case.standard == "reasonable_grounds"
    assert case.notes == "prepared for the training session"
    assert [c.crime_id for c in case.charges] == [
        "unlawful_deportation_transfer",
        "transfer_of_population",
    ]
    assert case.charges[0].crime == "8(2)(a)(vii)-1"
    e1, e2, e3 = case.evidence
    assert e1.date == datetime.date(2023, 7, 19) and e1.origin_key() == "E1"
    assert e2.origin_key() == "NAM" and e2.confidential is True and e2.date is None
    assert (e3.reliability, e3.credibility) == ("D", 5)
    f1 = case.get_fact("F1")
    assert f1.attributes == {
        "persons": "children from occupied areas",
        "count": 2100,
        "origin": "15 towns",
        "destination": "Belarus",
        "cross_border": True,
        "date": "2022-09-01",
        "by": "lukashenka",
    }
    assert f1.evidence == ("E1", "E2") and f1.contradicted_by == ("E3",)
    assert f1.note == "the count is from E2"
    assert case.get_fact("F2").inferred_from == ("F1",) and case.get_fact("F2").evidence == ()
    assert case.get_fact("F3").attributes["parties"] == ["lukashenka", "putin"]
    assert case.get_fact("F3").attributes["dates"] == ["2022-08-01", "2022-08-02"]
    assert case.get_evidence("E2").kind == "report"
    assert case.get_accused("lukashenka").role == "President"
    with pytest.raises(KeyError):
        case.get_fact("F9")


def test_models_are_frozen() -> None:
    case = load_text(GOOD)
    with pytest.raises(Exception):  # noqa: B017 - pydantic raises its ValidationError
        case.evidence[0].credibility = 1


def test_json_case_file_loads_to_the_same_case() -> None:
    data = yaml.safe_load(GOOD)
    text = json.dumps(data, default=str, indent=2)
    from_json = load_text(text, "case.json")
    from_yaml = load_text(GOOD)
    assert from_json.model_copy(update={"path": "case.yaml"}) == from_yaml


def test_a_byte_order_mark_and_crlf_line_ends_are_accepted(tmp_path: Path) -> None:
    path = tmp_path / "crlf.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + GOOD.replace("\n", "\r\n").encode("utf-8"))
    assert load_case(path, VOCAB).get_fact("F1").attributes["destination"] == "Belarus"
    # positions are still right: the 3rd line of the file, after the BOM
    bad = GOOD.replace("notes: prepared", "notez: prepared").replace("\n", "\r\n")
    path.write_bytes(b"\xef\xbb\xbf" + bad.encode("utf-8"))
    with pytest.raises(InputError) as info:
        load_case(path, VOCAB)
    (diag,) = info.value.diagnostics
    assert diag.span is not None and (diag.span.line, diag.span.column) == (3, 1)
    assert diag.suggestion == "notes"


def test_plain_values_that_yaml_reads_as_numbers_or_booleans_stay_text_where_text_is_expected() -> (
    None
):
    text = GOOD.replace("destination: Belarus", "destination: NO").replace(
        "origin: 15 towns", "origin: 0x1F"
    )
    text = text.replace("- id: E3", "- id: 3").replace(
        "contradicted_by: [E3]", "contradicted_by: [3]"
    )
    case = load_text(text)
    assert case.get_fact("F1").attributes["destination"] == "NO"  # not False (YAML 1.1 "Norway")
    assert case.get_fact("F1").attributes["origin"] == "0x1F"  # not 31
    assert case.get_fact("F1").contradicted_by == ("3",)


def test_null_optional_values_are_absent() -> None:
    text = GOOD.replace("    count: 2100\n", "    count:\n").replace(
        "    role: President\n", "    role:\n"
    )
    case = load_text(text)
    assert "count" not in case.get_fact("F1").attributes
    assert case.accused[0].role is None


def test_gc_is_restored_after_loading() -> None:
    assert gc.isenabled()
    load_text(GOOD)
    assert gc.isenabled()
    problems("case: [")
    assert gc.isenabled()
    gc.disable()
    try:
        load_text(GOOD)
        assert not gc.isenabled()
    finally:
        gc.enable()


# ---- bad files: golden corpus --------------------------------------------------------------------

BAD = sorted(
    p for p in (ROOT / "tests" / "cases" / "bad").glob("*") if p.suffix in (".yaml", ".json")
)


@pytest.mark.parametrize("path", BAD, ids=[p.name for p in BAD])
def test_bad_case_file_is_reported_with_locations(path: Path, in_root: None) -> None:
    rel = os.path.relpath(path, ROOT)
    with pytest.raises(InputError) as info:
        load_case(rel, VOCAB)
    diags = info.value.diagnostics
    assert diags, "a bad file must produce at least one error"
    assert all(d.span is not None for d in diags), "every error names file:line:column"
    assert all(d.span.file == rel for d in diags if d.span)
    spans = [(d.span.line, d.span.column) for d in diags if d.span]
    assert spans == sorted(spans), "errors are sorted by position"
    for d in diags:
        assert "Traceback" not in d.message and "pydantic" not in d.message.lower()
        assert "input_value" not in d.message and "type=" not in d.message
    check_golden(path.with_suffix(".expected"), render_all(diags) + "\n")


def test_the_corpus_covers_every_kind_of_problem() -> None:
    assert len(BAD) >= 20


# ---- specific behaviours -------------------------------------------------------------------------


def test_every_problem_is_reported_not_just_the_first() -> None:
    text = GOOD.replace("credibility: 2\n", "credibility: 7\n").replace(
        "type: agreement", "type: agrement"
    )
    text = text.replace("evidance", "x").replace(
        "standard: reasonable_grounds", "standard: reasonable"
    )
    found = messages(text)
    assert len(found) == 3
    assert any(
        "credibility must be a whole number from 1 (confirmed) to 6 (cannot be judged), not 7" in m
        for m in found
    )
    assert any("unknown fact type `agrement`" in m for m in found)
    assert any("unknown standard of proof `reasonable`" in m for m in found)


def test_credibility_message_reads_like_the_brief() -> None:
    text = GOOD.replace("credibility: 2\n", "credibility: 7\n")
    (diag,) = problems(text, "examples/x.yaml")
    assert render_all([diag]).splitlines()[0] == (
        "examples/x.yaml:19:18: error: credibility must be a whole number from 1 (confirmed) "
        "to 6 (cannot be judged), not 7"
    )


def test_duplicate_keys_point_at_the_second_with_a_note_on_the_first() -> None:
    (diag,) = problems(GOOD.replace("    count: 2100\n", "    count: 2100\n    origin: Kherson\n"))
    assert diag.message == "the key `origin` appears twice in this mapping"
    assert diag.span is not None and (diag.span.line, diag.span.column) == (44, 5)
    assert diag.notes[0].startswith("it is first given at line 43, column 5;")


def test_an_impossible_date_is_a_located_error() -> None:
    (diag,) = problems(GOOD.replace("date: 2023-07-19", "date: 2023-02-30"))
    assert diag.message == "2023-02-30 is not a valid date"
    assert diag.notes == ("February 2023 has 28 days",)
    assert diag.span is not None and diag.span.line == 17


def test_an_alias_bomb_is_refused_quickly() -> None:
    lines = ['a: &a ["","","","","","","","",""]']  # no text: the count of values stops it
    for i in range(1, 12):
        prev = chr(ord("a") + i - 1)
        name = chr(ord("a") + i)
        lines.append(f"{name}: &{name} [{', '.join(['*' + prev] * 9)}]")
    started = time.perf_counter()
    found = messages("\n".join(lines) + "\n")
    assert time.perf_counter() - started < 2
    assert found == [
        f"7:8 aliases (`*name`) repeat more than {MAX_ALIAS_VALUES:,} values in this file; "
        "it is refused as a likely alias bomb"
    ]


def test_deep_nesting_is_refused_without_crashing() -> None:
    for text in ("[" * 200_000, "a:\n" + "".join(" " * i + "b:\n" for i in range(1, 300))):
        (diag,) = problems(text)
        assert f"nested more than {MAX_DEPTH} levels deep" in diag.message
    (diag,) = problems("[" * 200_000 + "]" * 200_000, "deep.json")
    assert "nested" in diag.message


def test_a_recursive_alias_is_an_error() -> None:
    text = GOOD.replace("notes: prepared for the training session", "notes: &a [x, *a]")
    assert messages(text) == [
        "3:8 `notes` must be text (free text about the case file), not a list",
        "3:15 `*a` is used inside the value that `&a` names, which would make that value endless",
    ]


def test_files_over_the_size_limit_are_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(rome_elements.facts.document, "MAX_FILE_BYTES", 100)
    path = tmp_path / "big.yaml"
    path.write_text(GOOD, encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_case(path, VOCAB)
    assert "case files are limited to" in info.value.diagnostics[0].message


def test_a_missing_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError) as info:
        load_case(tmp_path / "nope.yaml", VOCAB)
    assert info.value.diagnostics[0].message.startswith("there is no case file")


def test_syntax_errors_are_rewritten_for_lawyers() -> None:
    assert messages("case: x\naccused:\n\t- id: a\n") == [
        "3:1 a tab is used here; YAML indentation must be made with spaces, not tabs"
    ]
    assert messages('case: "Transfer\nfacts: []\n') == [
        '1:7 this quoted text is never closed: the closing " is missing'
    ]
    assert messages("case: He said: go\n") == [
        "1:14 unexpected `:` — a colon followed by a space starts a key here"
    ]
    assert messages("case: x\nfacts: [a, b\nevidence: []\n")[0].startswith(
        "3:9 a `[…]` is not closed"
    )


def test_empty_files_and_non_mappings_are_clear_errors() -> None:
    assert messages("") == ["1:1 the case file is empty"]
    assert messages("# only a comment\n") == ["1:1 the case file is empty"]
    assert messages("- a\n- b\n")[0].startswith("1:1 a case file is a mapping of keys")
    assert messages("   \n", "x.json") == ["1:1 the case file is empty"]


def test_json_errors_are_located() -> None:
    assert messages('{"case": "x",\n "facts": [1, 2,]}', "c.json") == [
        "2:17 a value is missing here (JSON allows no comma before `]` or `}`)"
    ]
    found = problems(
        '{"case": "x", "evidance": [],\n'
        ' "accused": [], "charges": [], "evidence": [], "facts": []}',
        "c.json",
    )
    # the misspelt key, and `charges: []` (a case must charge something)
    assert [(d.span.line, d.span.column) if d.span else None for d in found] == [(1, 15), (2, 17)]
    assert found[0].suggestion == "evidence"
    assert found[1].message.startswith("the case has no charges")


def test_json_without_recoverable_positions_still_names_the_place() -> None:
    text = '{"case": "\\ud83d\\ude00", "x": 1, "accused": [], "charges": [], "evidence": []'
    text += ', "facts": []}'
    diag, no_charges = problems(text, "c.json")
    assert diag.span is None and diag.notes == ("at x in c.json",)
    assert no_charges.span is None and no_charges.notes[-1] == "at charges in c.json"


def test_errors_are_sorted_by_position() -> None:
    text = GOOD.replace("mode: aiding_abetting", "mode: aiding").replace(
        "case: Transfer of children", "case: [Transfer]"
    )
    text = text.replace("convention: GC IV", "convention: GC 4")
    lines = [d.span.line for d in problems(text) if d.span]
    assert lines == sorted(lines) and len(lines) == 3


def test_spans_of_values_and_keys() -> None:
    doc, diags = parse_yaml_collect(GOOD, "g.yaml")
    assert not diags
    assert str(doc.span(("facts", 0, "destination"))) == "g.yaml:44:18"
    assert str(doc.key_span(("facts", 0, "destination"))) == "g.yaml:44:5"
    assert doc.raw(("facts", 0, "count")) == "2100"
    assert doc.span(("facts", 9)) is None
    assert isinstance(doc, Document)


# ---- no input crashes the loader -----------------------------------------------------------------


def _loads_or_input_error(text: str, name: str = "fuzz.yaml") -> None:
    try:
        load_case_text(text, name, VOCAB)
    except InputError as exc:
        assert exc.diagnostics
        if not name.endswith(".json"):
            assert all(d.span is not None for d in exc.diagnostics)
        render_all(exc.diagnostics, {name: text})


@given(st.text())
def test_arbitrary_text_never_crashes_the_loader(text: str) -> None:
    _loads_or_input_error(text)
    _loads_or_input_error(text, "fuzz.json")


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(st.binary())
def test_arbitrary_bytes_never_crash_the_loader(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.yaml"
        path.write_bytes(data)
        try:
            load_case(path, VOCAB)
        except InputError as exc:
            assert exc.diagnostics


@given(st.data())
def test_damaged_good_files_never_crash_the_loader(data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(GOOD)))
    end = data.draw(st.integers(start, min(len(GOOD), start + 40)))
    filler = data.draw(
        st.sampled_from(["", " ", "\t", ":", "- ", '"', "'", "[", "{", "&a ", "*a", "\n", "#"])
    )
    _loads_or_input_error(GOOD[:start] + filler + GOOD[end:])


_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-10, 3000),
    st.floats(allow_nan=False),
    st.dates(),
    st.text(max_size=12),
    st.sampled_from(["E1", "E2", "F1", "F2", "lukashenka", "GC IV", "B", "2023-02-30", "transfer"]),
)
_values = st.recursive(
    _scalars,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=8,
)
_EVIDENCE_KEYS = [
    "id",
    "kind",
    "source",
    "date",
    "reliability",
    "credibility",
    "excerpt",
    "origin",
    "document",
    "file",
    "sha256",
    "confidential",
    "x",
]
_FACT_KEYS = [
    "id",
    "type",
    "evidence",
    "contradicted_by",
    "inferred_from",
    "note",
    "persons",
    "count",
    "origin",
    "destination",
    "cross_border",
    "date",
    "by",
    "convention",
    "parties",
    "aim",
    "dates",
    "x",
]


def _items(keys: list[str]) -> st.SearchStrategy[list[dict[str, Any]]]:
    return st.lists(st.dictionaries(st.sampled_from(keys), _values, max_size=len(keys)), max_size=4)


_cases = st.fixed_dictionaries(
    {},
    optional={
        "case": _values,
        "accused": st.lists(
            st.dictionaries(st.sampled_from(["id", "name", "role", "x"]), _values), max_size=2
        ),
        "charges": st.lists(
            st.dictionaries(st.sampled_from(["accused", "crime", "mode", "x"]), _scalars),
            max_size=2,
        ),
        "standard": _scalars,
        "evidence": _items(_EVIDENCE_KEYS) | _values,
        "facts": _items(_FACT_KEYS) | _values,
        "evidance": _values,
    },
)


@given(_cases)
def test_arbitrary_case_like_structures_never_crash_the_loader(data: dict[str, Any]) -> None:
    _loads_or_input_error(yaml.safe_dump(data, allow_unicode=True))
    _loads_or_input_error(json.dumps(data, default=str), "fuzz.json")


@given(
    st.lists(st.sampled_from(["E1", "E2", "E3"]), max_size=3),
    st.sampled_from(["A", "B", "C", "F"]),
    st.integers(1, 6),
)
def test_valid_variations_of_the_good_case_load(
    evidence: list[str], grade: str, credibility: int
) -> None:
    text = GOOD.replace("reliability: B", f"reliability: {grade}").replace(
        "credibility: 2", f"credibility: {credibility}"
    )
    text = text.replace(
        "evidence: [E1]\n", f"evidence: [{', '.join(dict.fromkeys(evidence + ['E1']))}]\n"
    )
    case = load_text(text)
    assert case.evidence[0].reliability == grade and case.evidence[0].credibility == credibility


# ---- references in attributes (issue 12) ---------------------------------------------------------


def _policy_vocab(states: frozenset[str]) -> Vocabulary:
    policy = FactSpec(
        "policy",
        "A policy",
        _attrs(
            AttrSpec(
                "by", "ref", description="Whose policy (an organisation id, or a State's name)"
            )
        ),
    )
    return dataclasses.replace(VOCAB, facts={**VOCAB.facts, "policy": policy}, states=states)


POLICY_CASE = """\
case: policy
accused: []
charges: []
evidence: [{id: E1, kind: document, source: s, reliability: A, credibility: 1, excerpt: x}]
facts:
  - {id: P1, type: policy, by: Russia, evidence: [E1]}
  - {id: F1, type: transfer, persons: c, origin: o, destination: d, cross_border: true,
     by: Russia, evidence: [E1]}
"""


def test_a_state_name_is_accepted_only_where_the_library_allows_it() -> None:
    with pytest.raises(InputError) as info:
        load_case_text(POLICY_CASE, "c.yaml", _policy_vocab(frozenset({"Russia", "Ukraine"})))
    # `policy.by` may name a State; `transfer.by` may not (the case has no charges, too)
    (only,) = [d for d in info.value.diagnostics if "no charges" not in d.message]
    assert only.span is not None and only.span.line == 8
    assert only.message == "`by` names `Russia`, which is no accused or fact id in this case"


def test_without_the_library_s_states_a_state_name_is_no_id() -> None:
    with pytest.raises(InputError) as info:
        load_case_text(POLICY_CASE, "c.yaml", _policy_vocab(frozenset()))
    first = [d for d in info.value.diagnostics if "no charges" not in d.message][0]
    assert first.message.endswith("nor a State declared in the library")


def test_a_typo_in_a_reference_is_refused_with_the_nearest_id() -> None:
    text = GOOD.replace("    by: lukashenka\n", "    by: lukashenko\n")
    with pytest.raises(InputError) as info:
        load_text(text)
    (only,) = info.value.diagnostics
    assert "`by` names `lukashenko`" in only.message and only.suggestion == "lukashenka"
