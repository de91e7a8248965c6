"""The reader of plain block YAML (`facts.blockyaml`) against libyaml's fast pass.

Wherever `read_block` reads a text, libyaml's fast pass (`facts.yamlload.parse_yaml_fast` without
the block reader) reads it too, to the very same data; where the text is anything else, the
block reader leaves it to libyaml (`NotBlock`). Checked on generated texts made of the lines the
reader takes and of lines close to them that it must not take; and the reader must take the case
files that people and programs write (so that the property is not met by refusing everything).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
import yaml
from bench_modules import bench_module
from golden import ROOT
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import GenCase, case_text, cases
from test_case_loader import GOOD
from test_load_fast import PLAIN, QUOTED, same

import rome_elements.facts.document
import rome_elements.facts.yamlload
from rome_elements.facts.blockyaml import NotBlock, read_block
from rome_elements.facts.document import NeedsLocation
from rome_elements.facts.yamlload import MAX_DEPTH, parse_yaml_fast

NOT_BLOCK = "not block"
NEEDS = "needs location"


@contextmanager
def without_block_reader() -> Iterator[None]:
    with mock.patch.object(rome_elements.facts.yamlload, "read_block", side_effect=NotBlock):
        yield


def block(text: str | bytes, depth: int = MAX_DEPTH) -> Any:
    try:
        return read_block(text, depth)
    except NotBlock:
        return NOT_BLOCK


def libyaml(text: str | bytes, depth: int = MAX_DEPTH) -> Any:
    with (
        without_block_reader(),
        mock.patch.object(rome_elements.facts.yamlload, "MAX_DEPTH", depth),
    ):
        try:
            return parse_yaml_fast(text)
        except NeedsLocation:
            return NEEDS


def assert_read_alike(text: str, depth: int = MAX_DEPTH) -> Any:
    """The block reader's data for `text` (or NOT_BLOCK), checked against libyaml's."""
    got = block(text, depth)
    if got is not NOT_BLOCK:
        expected = libyaml(text, depth)
        assert expected is not NEEDS, "the block reader read a text libyaml refuses"
        assert same(got, expected)
    if text.isascii():  # the loader gives the file's bytes when they are ASCII
        from_bytes = block(text.encode("ascii"), depth)
        assert from_bytes is NOT_BLOCK if got is NOT_BLOCK else same(from_bytes, got)
    return got


# ---- generated texts ---------------------------------------------------------------------------

ODD_PLAIN = [
    *("a: b", "a:", "a #c", "a#c", "a :b", ":a", "?a", "-a", "- a", "--- a", "...", "a ? b"),
    *("a, b", "a [b]", "a {b}", "a]", "&a x", "*a", "!x a", "!!str a", "|", ">", "%a", "@a"),
    *("`a`", "#a", "a\tb", "é à", "a\u2028b", "a\x85b", "\ufeffa", "a\x7fb", "a\x00", "a\rb"),
]
ODD_QUOTED = ['"a"b', '"a" b', '"a" #c', '"a"#c', '"a', "'a''", "'a'#c", "'a' #c", '"a\\"b"']
FLOW = [
    *("[]", "[ ]", "[a]", "[a, b]", "[ a ,b ]", "[a  b, c]", "[1, yes, ~, 2023-01-01]", "[a,]"),
    *("[,a]", "[a,,b]", "[-1]", "[a:b]", '["a"]', "['a']", "[a, [b]]", "[a] b", "[a] #c"),
    *("[a]#c", "[a", "[*a]", "[&a b]", "[!x b]", "[a#b]", "[? a]", "[a, b] ", "[é]", "{}", "{ }"),
    *("{a: b}", "{a: 1, b: yes}", "{a: b, a: c}", "{a:b}", "{a}", "{a: b,}", "{a: [b]}"),
    *("{ a: b , c: d }", "{a: b} #c", "{a: b}x", "{<<: b}", "{y: n}", "{a: b c}", "{1a: b}"),
]
VALUES = PLAIN + QUOTED + ODD_PLAIN + ODD_QUOTED + FLOW + ["", " ", "#c", " #c", "  a  "]
KEYS = [
    *("id", "a", "b", "kind", "a_b", "a-b", "_a", "y", "null", "A1", "a" * 100, "a" * 101),
    *("1a", "-a", "a b", "<<", '"a"', "'a'", "é", "a:b", "? a", "&k a", "!!str a", "[a]"),
]

safe_values = st.sampled_from(PLAIN + QUOTED + FLOW[:9])
safe_keys = st.sampled_from(KEYS[:9])


def _tree(keys: st.SearchStrategy[str]) -> Any:
    def nest(inner: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
        return st.one_of(
            st.tuples(st.just("map"), st.lists(st.tuples(keys, inner), min_size=1, max_size=4)),
            st.tuples(st.just("seq"), st.lists(inner, min_size=1, max_size=4)),
        )

    return nest


def _trees(odd: bool) -> st.SearchStrategy[Any]:
    keys = st.one_of(safe_keys, st.sampled_from(KEYS)) if odd else safe_keys
    values = st.one_of(safe_values, st.sampled_from(VALUES)) if odd else safe_values
    return st.recursive(values.map(lambda v: ("scalar", v)), _tree(keys), max_leaves=14)


@st.composite
def documents(draw: st.DrawFn, odd: bool = True) -> str:
    """A mapping at the top, written in block style with chosen indentation: lists indented
    under their key or not, dashes followed by one space or more; blank lines, comments and
    trailing spaces here and there. `odd`: with keys, values and lines the reader may not
    take."""
    keys = st.one_of(safe_keys, st.sampled_from(KEYS)) if odd else safe_keys
    top = draw(st.lists(st.tuples(keys, _trees(odd)), min_size=1, max_size=4))
    step = draw(st.sampled_from([2, 2, 4, 1, 3]))
    lines: list[str] = []

    def tail() -> str:
        return draw(st.sampled_from(["", "", " ", "  # c", " #"] + ["#x"] * odd))

    def extra(at: int) -> None:
        choice = draw(st.sampled_from(["", "", "", "", "", "blank", "comment", "spaces"]))
        if choice == "blank":
            lines.append("")
        elif choice == "comment":
            lines.append(" " * draw(st.integers(0, at + 3)) + "# note: x")
        elif choice == "spaces":
            lines.append(" " * draw(st.integers(1, 6)))

    def entries(node: Any, at: int, lead: str) -> None:
        """`node`'s entries at indentation `at`; `lead` is written before the first one (a
        list dash)."""
        kind, items = node
        for n, item in enumerate(items):
            extra(at)
            prefix = lead if n == 0 and lead else " " * at
            if kind == "map":
                key, value = item
                start = f"{prefix}{key}:"
            else:
                value = item
                start = prefix + "-" + " " * draw(st.sampled_from([1, 1, 1, 2]))
            if value[0] == "scalar":
                gap = "" if kind == "seq" else " " * draw(st.sampled_from([1, 1, 1, 2]))
                lines.append(f"{start}{gap}{value[1]}{tail()}".rstrip("\n"))
            elif kind == "seq" and value[0] == "map":  # `- key: value`, the mapping beside
                entries(value, len(start), start)
            else:
                lines.append(start.rstrip() + tail())
                same_column = value[0] == "seq" and kind == "map" and draw(st.booleans())
                entries(value, at if same_column else at + step, "")

    entries(("map", top), 0, "")
    endings = ["\n", "", "\n\n", "\n# end\n"] + ["\n---\n", "\n...\n"] * odd
    ending = draw(st.sampled_from(endings))
    return "\n".join(lines) + ending


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(documents(odd=False) | documents())
def test_the_block_reader_reads_as_libyaml_does(text: str) -> None:
    assert_read_alike(text)


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(documents(odd=False) | documents(), st.integers(1, 4))
def test_the_block_reader_keeps_to_the_depth_limit(text: str, depth: int) -> None:
    assert_read_alike(text, depth)


@given(st.text(st.sampled_from("ab1 :-#[]{},'\"\n\t\r!&*|>?~é"), max_size=40))
def test_the_block_reader_reads_any_text_as_libyaml_does(text: str) -> None:
    assert_read_alike(text)


def test_the_block_reader_reads_chosen_texts_as_libyaml_does() -> None:
    """Lines at the edges of what the reader takes; `True`: it must take the text."""
    for text, taken in [
        ("a: 1\n", True),
        ("a:\n- x\n- y\nb: 2\n", True),
        ("a:\n  - x\n  -   y: 1\n      z: 2\n  - {p: q}\nb:\n", True),
        ("- a: 1\n", False),  # a list at the top
        ("  a: 1\n  b: 2\n", False),  # an indented top
        ("a: b\n  c\n", False),  # text continued on the next line
        ("a:\n  b\n", False),  # a value below its key
        ("a: 1\n- x\n", False),
        ("a:\n  b: 1\n c: 2\n", False),
        ("a: 1\na: 2\n", False),
        ("a: [x]\n  # a comment further in\nb: 2\n", True),
        ("a:\n# a comment\n  b: 1\n", True),
        ("a: 'it''s' # c\n", True),
        ('a: "x: y #z"\n', True),
        ('a: "x\\ty"\n', False),
        ("a: x\r\nb: y\r\n", False),
        ("a: -\n", False),
        ("a:\n-\n", False),
        ("a:\n- \n", False),
        ("a:\n- # empty\n", False),
        ("# only a comment\n", False),
        ("", False),
        ("---\na: 1\n", False),
        ("a: 1\n...\n", False),
        ("a: x\n" + "b:\n" + "c: [d]\n", True),
    ]:
        got = assert_read_alike(text)
        assert (got is not NOT_BLOCK) == taken, text


# ---- the files people write ----------------------------------------------------------------------

GOOD_FILES = [ROOT / "examples" / "belarus_children.yaml"]


@pytest.mark.parametrize("path", GOOD_FILES, ids=lambda p: p.name)
def test_the_block_reader_reads_the_example(path: Path) -> None:
    assert assert_read_alike(path.read_text(encoding="utf-8")) is not NOT_BLOCK


def test_the_block_reader_reads_the_good_case() -> None:
    assert assert_read_alike(GOOD) is not NOT_BLOCK


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cases())
def test_the_block_reader_reads_generated_cases(gen: GenCase) -> None:
    """Case files as PyYAML writes them (`yaml.safe_dump`): read by the block reader, unless
    PyYAML wrote a list twice as an anchor and an alias or folded a long line."""
    text = case_text(gen.data)
    got = assert_read_alike(text)
    if "&id0" not in text and all(len(line) < 1000 for line in text.splitlines()):
        assert got is not NOT_BLOCK


def test_the_block_reader_reads_the_benchmark_cases(tmp_path: Path) -> None:
    """Case files as benchmarks/generate.py writes them."""
    case_file = tmp_path / "case.yaml"
    bench_module("generate").generate(300, case_file, seed=3)
    assert assert_read_alike(case_file.read_text(encoding="utf-8")) is not NOT_BLOCK


def test_yaml_dump_is_read() -> None:
    data = {"a": [{"b": [1, "x y", None, True]}], "c": {"d": "2023-01-01"}}
    assert same(block(yaml.safe_dump(data, sort_keys=False)), data)


def test_the_block_reader_leaves_to_libyaml_exactly_what_it_should_not_read_itself() -> None:
    """`_UNSAFE` matches every character outside what YAML prints, and tab, CR, NEL, LS, PS
    and the byte-order mark: over every code point."""
    from rome_elements.facts.blockyaml import _UNSAFE

    def read_here(c: int) -> bool:
        return (
            c == 10
            or 0x20 <= c <= 0x7E
            or 0xA0 <= c <= 0x2027
            or 0x202A <= c <= 0xD7FF
            or 0xE000 <= c <= 0xFEFE
            or 0xFF00 <= c <= 0xFFFD
            or c >= 0x10000
        )

    wrong = [c for c in range(0x110000) if bool(_UNSAFE.match(chr(c))) == read_here(c)]
    assert wrong == []
