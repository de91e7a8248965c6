"""The loader's fast pass against its located pass (see `facts.load`).

The fast pass reads a case file without positions and stops at the first problem; the located
pass reads it with positions and words every problem. They must agree:

* on the data: `parse_yaml_fast` gives exactly what `parse_yaml_collect` gives (same values, same
  types, same key order), and raises `NeedsLocation` exactly when `parse_yaml_collect` reports
  anything (fatal or not); the same for `parse_json_fast` and `parse_json`;
* on the case: whenever the fast pass accepts a file, the located pass accepts it too and builds
  an equal case; whenever the located pass finds a problem, the fast pass stops. (The fast pass
  may also stop on a good file, where a value must be read as written — ``id: 12`` — and then
  the located pass builds the case.)

Checked on the bad-file corpus, the example and library cases, and on generated YAML and JSON.
"""

from __future__ import annotations

import datetime
import json
import math
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from golden import ROOT
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import GenCase, case_text, cases, vocab
from test_case_loader import GOOD, VOCAB, _cases

import rome_elements.facts.yamlload
from rome_elements.base.diagnostics import Diagnostic, InputError
from rome_elements.facts.document import Document, NeedsLocation, decode
from rome_elements.facts.jsonload import parse_json, parse_json_fast
from rome_elements.facts.load import check_document, load_case, load_case_text, sort_diagnostics
from rome_elements.facts.model import Case
from rome_elements.facts.vocabulary import Vocabulary
from rome_elements.facts.yamlload import parse_yaml_collect, parse_yaml_fast

NEEDS = "needs location"


def same(a: Any, b: Any) -> bool:
    """Equal, with equal types all the way down (``1``, ``1.0`` and ``True`` differ) and the
    same key order; NaN equals NaN."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(same(a[k], b[k]) for k in a)
    if isinstance(a, (list, tuple)):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, float) and math.isnan(a):
        return math.isnan(b)
    return bool(a == b)


# ---- the two passes, side by side --------------------------------------------------------------


def located_yaml(text: str) -> Any:
    """The data of the located pass, or NEEDS if it reports anything."""
    try:
        doc, problems = parse_yaml_collect(text, "t.yaml")
    except InputError:
        return NEEDS
    return NEEDS if problems else doc.data


def fast_yaml(source: str | bytes) -> Any:
    try:
        return parse_yaml_fast(source)
    except NeedsLocation:
        return NEEDS


def assert_yaml_passes_agree(text: str) -> None:
    located = located_yaml(text)
    fast = fast_yaml(text)
    if located is NEEDS:
        assert fast is NEEDS, "the fast pass accepted what the located pass reports"
    else:
        assert fast is not NEEDS, "the fast pass stopped on data the located pass accepts"
        assert same(fast, located)
    if text.isascii():  # the loader gives libyaml the file's bytes when they are ASCII
        fast_bytes = fast_yaml(text.encode("ascii"))
        assert fast_bytes is NEEDS if fast is NEEDS else same(fast_bytes, fast)


def assert_json_passes_agree(text: str) -> None:
    try:
        doc, problems = parse_json(text, "t.json")
        located = NEEDS if problems else doc.data
    except InputError:
        located = NEEDS
    try:
        fast = parse_json_fast(text)
    except NeedsLocation:
        fast = NEEDS
    if located is NEEDS:
        assert fast is NEEDS
    else:
        assert fast is not NEEDS and same(fast, located)


def located_only(text: str, file: str, vocabulary: Vocabulary) -> Case | list[Diagnostic]:
    """What the loader did before it had a fast pass: the located pass alone."""
    try:
        if file.endswith(".json"):
            doc, problems = parse_json(text, file)
        else:
            doc, problems = parse_yaml_collect(text, file)
    except InputError as exc:
        return exc.diagnostics
    case, more = check_document(doc, vocabulary)
    problems = problems + more
    if problems or case is None:
        return sort_diagnostics(problems)
    return case


def fast_only(text: str, file: str, vocabulary: Vocabulary) -> Case | None:
    """The case from the fast pass alone; None where it stops."""
    try:
        data = parse_json_fast(text) if file.endswith(".json") else parse_yaml_fast(text)
        case, _ = check_document(Document(file, "", data), vocabulary, located=False)
    except NeedsLocation:
        return None
    return case


def loaded(text: str, file: str, vocabulary: Vocabulary) -> Case | list[Diagnostic]:
    try:
        return load_case_text(text, file, vocabulary)
    except InputError as exc:
        return exc.diagnostics


def assert_loader_agrees(text: str, file: str = "t.yaml", vocabulary: Vocabulary = VOCAB) -> None:
    """The loader gives what the located pass alone gives; the fast pass accepts only what the
    located pass accepts, and builds the same case."""
    expected = located_only(text, file, vocabulary)
    got = loaded(text, file, vocabulary)
    if isinstance(expected, Case):
        assert isinstance(got, Case) and same(got.model_dump(), expected.model_dump())
    else:
        assert got == expected, "the messages are those of the located pass"
    fast = fast_only(text, file, vocabulary)
    if fast is not None:
        assert isinstance(expected, Case), "the fast pass accepted a file with problems"
        assert same(fast.model_dump(), expected.model_dump())


# ---- the corpus ------------------------------------------------------------------------------

BAD = sorted(
    p for p in (ROOT / "tests" / "cases" / "bad").glob("*") if p.suffix in (".yaml", ".json")
)
GOOD_FILES = [
    ROOT / "examples" / "belarus_children.yaml",
    *sorted((ROOT / "elements" / "tests" / "cases").glob("*.yaml")),
]


def _text(path: Path) -> str | None:
    try:
        return decode(path.read_bytes(), path.name)
    except InputError:
        return None  # not UTF-8: refused before either pass


@pytest.mark.parametrize("path", BAD + GOOD_FILES, ids=lambda p: p.name)
def test_both_passes_agree_on_the_corpus(path: Path) -> None:
    text = _text(path)
    if text is None:
        return
    if path.suffix == ".json":
        assert_json_passes_agree(text)
        assert_loader_agrees(text, path.name)
    else:
        assert_yaml_passes_agree(text)
        assert_loader_agrees(text, path.name, vocab() if path in GOOD_FILES else VOCAB)


@pytest.mark.parametrize("path", GOOD_FILES, ids=lambda p: p.name)
def test_good_files_load_in_the_fast_pass(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    case = fast_only(text, path.name, vocab())
    assert case is not None, "a good file needs no second reading"
    assert case == load_case(path, vocab()).model_copy(update={"path": path.name})


def test_the_fast_pass_reads_the_bad_corpus_as_bad() -> None:
    for path in BAD:
        text = _text(path)
        if text is not None:
            assert fast_only(text, path.name, VOCAB) is None, path.name


def test_the_fast_pass_is_in_use() -> None:
    """PyYAML still builds its events through the names in its module (else every file would
    be read twice, correctly but slowly)."""
    assert fast_yaml("a: 1") == {"a": 1}
    assert fast_only(GOOD, "case.yaml", VOCAB) is not None


def test_light_events_are_events() -> None:
    """While the fast pass runs, PyYAML's C parser builds light events; for anyone else they
    still behave as PyYAML's events."""
    import yaml
    import yaml._yaml

    with rome_elements.facts.yamlload._light_events():
        events = list(yaml.parse("a: [1, &x b, *x]", Loader=yaml.CSafeLoader))
    assert [type(e).__name__ for e in events][:4] == [
        "StreamStartEvent",
        "DocumentStartEvent",
        "MappingStartEvent",
        "ScalarEvent",
    ]
    scalar = events[3]
    assert isinstance(scalar, yaml.ScalarEvent) and scalar.value == "a"
    assert scalar.implicit == (True, False) and scalar.start_mark.index == 0
    (alias,) = [e for e in events if isinstance(e, yaml.AliasEvent)]
    assert alias.anchor == "x"
    # and afterwards PyYAML's own events again
    assert yaml._yaml.ScalarEvent is yaml.events.ScalarEvent
    assert type(next(iter(yaml.parse("a", Loader=yaml.CSafeLoader)))) is yaml.StreamStartEvent


# ---- generated YAML ------------------------------------------------------------------------------

PLAIN = [
    *("yes Yes YES no No NO true True TRUE false False FALSE on On ON off Off OFF".split()),
    *("y Y n N ~ null Null NULL nULL tRUE oN".split()),
    *("0 12 012 0o17 0x1F 0x 0b101 1_000 +12 -7 -0 1:30 190:20:30 1__2 08 09".split()),
    *("3.14 1e3 1.0e+3 6.8523015e+5 .5 0. ._ 1e400 .inf -.INF +.Inf .nan .NaN NaN".split()),
    *("2023-07-19 2023-02-30 2023-1-5 2023-13-01 0000-01-01 2001-12-14t21:59:43.10-05:00".split()),
    "2001-12-14 21:59:43.10 -5",
    "2002-12-14 21:59:43",
    *("<< = E1 o t Olha nothing - + : a:b #x".split()),
    "on off",
    "9999999999999999999999",
    "text with spaces",
]
QUOTED = ['"yes"', "'12'", '"<<"', '""', "''", '"a\\tb"', '"\\u00e9"', "'it''s'", '"2023-07-19"']
TAGGED = [
    *("!!str 12", "!!str", "!!int 12", "!!int x", "!!int 012", "!!float 1", "!!float x"),
    *("!!bool yes", "!!bool maybe", "!!null ~", "!!null x", "!!timestamp 2023-02-30"),
    *("!!timestamp 2023-01-01", "!!timestamp 2001-12-14t21:59:43.10-05:00", "!x a", "! 12"),
    *("!!binary aGk=", '!!str "q"', "!<tag:yaml.org,2002:str> a", "!!int", "!!merge <<"),
]
ANCHORED = ["&a 1", "&a x", "&b yes", "*a", "*b", "*c", "&c *a", "&a", "&a [1, 2]", "&b {x: *a}"]
KEYS = [*"a b c id a b".split(), '"<<"', "'b'", "12", "yes", "~", '"a"', "!!str b", "&k a", "a b"]
ODD_KEYS = ["<<", "*k", "*a", "[x]", "{x: 1}", "? q", "!!int 3", "&a k"]
COLLECTION_PREFIX = ["", "", "", "", "&a ", "&b ", "&c ", "!!map ", "!!seq ", "!foo ", "! "]

safe_scalars = st.sampled_from(PLAIN + QUOTED)
scalars = st.one_of(
    safe_scalars,
    safe_scalars,
    safe_scalars,
    st.sampled_from(TAGGED),
    st.sampled_from(ANCHORED),
    st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=6),
)
keys = st.one_of(st.sampled_from(KEYS), st.sampled_from(KEYS), st.sampled_from(ODD_KEYS))


def _node(inner: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.one_of(
        st.tuples(
            st.just("map"),
            st.sampled_from(COLLECTION_PREFIX),
            st.booleans(),
            st.lists(st.tuples(keys, inner), max_size=4),
        ),
        st.tuples(
            st.just("seq"),
            st.sampled_from(COLLECTION_PREFIX),
            st.booleans(),
            st.lists(inner, max_size=4),
        ),
    )


nodes = st.recursive(scalars.map(lambda s: ("scalar", s)), _node, max_leaves=12)


def render(node: Any, indent: int = 0, flow: bool = False) -> str:
    """YAML text for a generated node: block style (or flow, inside flow), with the given
    prefix (anchor, tag) on collections."""
    kind = node[0]
    if kind == "scalar":
        return str(node[1])
    _, prefix, as_flow, items = node
    pad = " " * indent
    if flow or as_flow or not items:
        if kind == "map":
            body = ", ".join(f"{k}: {render(v, flow=True)}" for k, v in items)
            return f"{prefix}{{{body}}}"
        return f"{prefix}[{', '.join(render(v, flow=True) for v in items)}]"
    lines = [prefix.strip()] if prefix.strip() else []
    for item in items:
        value = item[1] if kind == "map" else item
        lead = f"{item[0]}:" if kind == "map" else "-"
        if value[0] != "scalar" and value[3] and not value[2]:
            lines.append(f"{pad}{lead}\n{render(value, indent + 2)}")
        else:
            lines.append(f"{pad}{lead} {render(value, indent + 2, flow=True)}")
    return "\n".join(lines)


# mappings whose first values are anchored and whose later values are aliases
aliased = st.tuples(
    st.lists(
        st.sampled_from(["1", "x", "[1, 2]", "{k: v}", "[*a]", "~", "yes"]), min_size=1, max_size=3
    ),
    st.lists(st.sampled_from(["*a", "*b", "*c", "[*a, *b]", "{k: *a}", "*a x"]), max_size=5),
).map(
    lambda parts: (
        "".join(f"d{i}: &{'abc'[i]} {v}\n" for i, v in enumerate(parts[0]))
        + "".join(f"u{i}: {v}\n" for i, v in enumerate(parts[1]))
    )
)

documents = st.tuples(
    st.sampled_from(["", "", "---\n", "%YAML 1.1\n---\n", "# comment\n"]),
    nodes,
    st.sampled_from(["", "", "\n", "\n...\n", "\n---\nb: 2\n", "\n---\n", "\n# end"]),
).map(lambda parts: parts[0] + render(parts[1]) + parts[2])


@contextmanager
def small_limits() -> Iterator[None]:
    with (
        mock.patch.object(rome_elements.facts.yamlload, "MAX_ALIAS_VALUES", 6),
        mock.patch.object(rome_elements.facts.yamlload, "MAX_DEPTH", 3),
    ):
        yield


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(documents | aliased)
def test_both_passes_read_generated_yaml_alike(text: str) -> None:
    assert_yaml_passes_agree(text)


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(documents | aliased)
def test_both_passes_agree_at_the_limits(text: str) -> None:
    with small_limits():
        assert_yaml_passes_agree(text)


@given(st.text())
def test_both_passes_agree_on_any_text(text: str) -> None:
    assert_yaml_passes_agree(text)
    assert_json_passes_agree(text)


def test_both_passes_agree_on_chosen_documents() -> None:
    for text in [
        "",
        "   \n",
        "# only a comment\n",
        "---\n",
        "---\n...\n",
        "a: 1\n---\nb: 2\n",
        "a: 1\na: 2\n",
        "<<: {a: 1}\n",
        '"<<": 1\n',
        "? [a]\n: 1\n",
        "a: &x [1, 2]\nb: *x\nc: *x\n",
        "a: &x [1, *x]\n",
        "a: *nothing\n",
        "&k a: 1\nb: *k\n",
        "a: &x 1\na2: &x [2]\nb: *x\n",
        "a: !!int x\n",
        "a: !!timestamp 2023-02-30\n",
        "a: !thing x\n",
        "!!set {a: 1}\n",
        "a: 2023-02-30\nb: 2023-02-28\nc: 1_000\nd: 0o17\ne: .nan\n",
        "[" * 70 + "]" * 70,
        "- " * 70 + "x",
        "a: [1, 2\n",
        "a:\tb\n",
        "x: \x85y\n",
    ]:
        assert_yaml_passes_agree(text)
        with small_limits():
            assert_yaml_passes_agree(text)
    bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 10)}]\n" for i in range(6)
    )
    assert_yaml_passes_agree(bomb)
    assert fast_yaml(bomb) is NEEDS


# ---- generated case files --------------------------------------------------------------------

_LINES = [i for i, line in enumerate(GOOD.splitlines()) if ": " in line and "{" not in line]


@given(st.data())
def test_the_loader_agrees_on_good_files_with_odd_values(data: st.DataObject) -> None:
    """GOOD with values replaced by odd scalars: numbers, booleans and dates where text is
    expected (read as written, by the located pass), bad dates, tags, aliases…"""
    lines = GOOD.splitlines()
    for _ in range(data.draw(st.integers(1, 3))):
        i = data.draw(st.sampled_from(_LINES))
        key = lines[i].split(": ", 1)[0]
        lines[i] = f"{key}: {data.draw(st.sampled_from(PLAIN + QUOTED + TAGGED + ANCHORED))}"
    assert_loader_agrees("\n".join(lines) + "\n")


@given(_cases)
def test_the_loader_agrees_on_case_like_structures(data: dict[str, Any]) -> None:
    import yaml

    assert_loader_agrees(yaml.safe_dump(data, allow_unicode=True))
    assert_loader_agrees(json.dumps(data, default=str), "t.json")


def _json_default(value: Any) -> Any:
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    raise TypeError(value)


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cases())
def test_generated_valid_cases_load_in_the_fast_pass(gen: GenCase) -> None:
    for text, file in (
        (case_text(gen.data), "gen.yaml"),
        (json.dumps(gen.data, default=_json_default), "gen.json"),
    ):
        assert_loader_agrees(text, file, vocab())
        assert fast_only(text, file, vocab()) is not None


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["case", "facts", "a", "b"]), st.sampled_from(["1", '"x"', "[]"])
        ),
        max_size=5,
    )
)
def test_json_duplicate_keys_are_left_to_the_located_pass(pairs: list[tuple[str, str]]) -> None:
    text = "{" + ", ".join(f'"{k}": {v}' for k, v in pairs) + "}"
    assert_json_passes_agree(text)
    assert_loader_agrees(text, "t.json")


def _spelled(key: str, how: int) -> str:
    """`key` as a JSON string, in one of several spellings (raw or escaped characters)."""
    text = json.dumps(key, ensure_ascii=how % 2 == 0)
    return text.replace("/", "\\/") if how >= 2 else text


@given(
    st.lists(
        st.tuples(
            st.text(st.sampled_from('a /\\"\t\n\r\x85\u2028\u2029\xa0é\U0001f600'), max_size=3),
            st.integers(0, 3),
        ),
        max_size=4,
    )
)
def test_json_keys_are_read_alike(keys: list[tuple[str, int]]) -> None:
    """Keys that JSON and the YAML reader could read differently (escapes, line breaks)."""
    text = "{" + ", ".join(f"{_spelled(k, how)}: {i}" for i, (k, how) in enumerate(keys)) + "}"
    assert_json_passes_agree(text)


@pytest.mark.parametrize(
    "text", ["0E0", "NaN", "-Infinity", '{"a": [1e5, -2E-3, "1e5"], "b": {"c": 0e0}}']
)
def test_json_numbers_with_an_exponent_and_no_point_are_numbers(text: str) -> None:
    """JSON reads 1e5 as a number, YAML 1.1 (whose reader locates a JSON file) as text: the
    located pass keeps JSON's reading (hypothesis found `0E0`)."""
    assert_json_passes_agree(text)
    if text.startswith("{"):
        doc, problems = parse_json(text, "t.json")
        assert not problems and doc.data == {"a": [1e5, -2e-3, "1e5"], "b": {"c": 0.0}}
