"""What the loader keeps after `load_case` returns or raises: the case (or the diagnostics), and
nothing of the file: not its text, its data or its positions."""

from __future__ import annotations

import gc
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_case_loader import GOOD, VOCAB

import rome_elements.facts.checker
import rome_elements.facts.document
import rome_elements.facts.yamlload
from rome_elements.base.diagnostics import InputError
from rome_elements.facts import load_case

_KINDS = (
    rome_elements.facts.document.Document,
    rome_elements.facts.document.Positions,
    rome_elements.facts.checker.Checker,
    rome_elements.facts.yamlload._Builder,
)


def _alive() -> dict[str, int]:
    counts = dict.fromkeys((k.__name__ for k in _KINDS), 0)
    for obj in gc.get_objects():
        if type(obj) in _KINDS:
            counts[type(obj).__name__] += 1
    return counts


@pytest.fixture
def no_gc() -> Iterator[None]:
    """Without the cyclic collector, anything left in a reference cycle stays visible."""
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _big(n: int, bad: bool) -> str:
    """GOOD with `n` more facts (and, if `bad`, an unknown key in the last one)."""
    more = "".join(
        f"  - id: G{i}\n    type: transfer\n    persons: children of house {i}\n"
        f"    origin: town {i}\n    destination: Belarus\n    cross_border: true\n"
        f"    evidence: [E1, E2]\n"
        for i in range(n)
    )
    return GOOD + more + ("    colour: red\n" if bad else "")


@pytest.mark.parametrize(
    "text",
    [
        GOOD,  # the fast pass alone
        GOOD.replace("- id: E3", "- id: 3").replace("[E3]", "[3]"),  # then the located pass
        GOOD.replace("notes:", "notez:"),  # a problem: the located pass reports it
        "case: [",  # broken YAML
    ],
    ids=["fast", "located", "problem", "syntax"],
)
def test_nothing_of_the_file_is_left_after_loading(text: str, tmp_path: Path, no_gc: None) -> None:
    path = tmp_path / "case.yaml"
    path.write_text(text, encoding="utf-8")
    before = _alive()
    try:
        load_case(path, VOCAB)
    except InputError as exc:
        assert exc.diagnostics
    assert _alive() == before


def _kept(path: Path) -> int:
    """Bytes still allocated after loading `path` and dropping the case or the error."""
    tracemalloc.start()
    try:
        start = tracemalloc.get_traced_memory()[0]
        try:
            case = load_case(path, VOCAB)
            assert case.facts
            del case
        except InputError as exc:
            assert len(exc.diagnostics) == 1
        gc.collect()  # empties CPython's free lists of small objects (kept for reuse)
        return tracemalloc.get_traced_memory()[0] - start
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize("bad", [False, True], ids=["loaded", "refused"])
def test_the_text_and_the_data_are_freed(bad: bool, tmp_path: Path, no_gc: None) -> None:
    """What is kept does not grow with the file."""
    small, large = tmp_path / "small.yaml", tmp_path / "large.yaml"
    small.write_text(_big(2000, bad), encoding="utf-8")
    large.write_text(_big(8000, bad), encoding="utf-8")
    growth = _kept(large) - _kept(small)
    assert growth < (large.stat().st_size - small.stat().st_size) // 20, growth


@pytest.mark.parametrize(
    "name, filler",
    [("case.json", "[]"), ("case.yaml", "[]"), ("case.json", "0")],
    ids=["json empty lists", "yaml empty lists", "json zeros"],
)
def test_peak_memory_is_a_small_multiple_of_the_input(
    tmp_path: Path, name: str, filler: str
) -> None:
    """Issue 19: a JSON case of empty lists took about 100× its size (its data read twice, a
    list of positions per empty list, an int object per position). Now each list costs its own
    56 bytes and a slot in its parent; measured by tracemalloc while loading (Python
    allocations only: the interpreter's own ~40 MB are not counted)."""
    items = ",".join([filler] * 150_000)
    if name.endswith(".json"):
        text = GOOD_JSON_HEAD + f'"facts": [], "notes": [{items}]}}'
    else:
        text = GOOD + f"extra: [{items}]\n"
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    gc.collect()
    tracemalloc.start()
    try:
        with pytest.raises(InputError) as caught:
            load_case(path, VOCAB)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(caught.value.diagnostics) <= 2
    assert peak < 40 * len(text), f"{peak / len(text):.0f}× the input"  # 26× for `[]` now


GOOD_JSON_HEAD = (
    '{"case": "Memory", "standard": "reasonable_grounds", '
    '"accused": [{"id": "a1", "name": "Accused One"}], '
    '"charges": [{"accused": "a1", "crime": "8(2)(a)(vii)-1", "mode": "aiding_abetting"}], '
    '"evidence": [], '
)
