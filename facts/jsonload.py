"""JSON case files: parsed by `json`, located by the YAML reader.

The text is checked by `json.loads` (its syntax errors are located from the decoder's
position). When positions are needed (the located pass), the data and its positions come from
reading the same text with the YAML reader (JSON is YAML flow syntax; tabs, which JSON allows
between tokens and YAML does not, are replaced by spaces first — same offsets): one copy of the
data, not two (a JSON file of 7,500,000 empty lists read twice took 2.6 GB). Where the two
readers differ — only in numbers YAML reads as text (``1e3``) or a number too long for a case
file — the value is wrong either way, and is reported. If the YAML reader cannot read the text
(rare: e.g. a ``\\ud83d`` surrogate escape), the data is `json.loads`'s and diagnostics name
the data path instead of a line and column.

`parse_json_fast` is `json.loads` alone: the loader reads the positions (`parse_json`) only when
there is a problem to locate.

Limits: nesting at most `facts.yamlload.MAX_DEPTH` levels; size as for YAML.
"""

from __future__ import annotations

import json
import re
from typing import Any

from rome_elements.base.diagnostics import Diagnostic, InputError
from rome_elements.facts.document import Document, NeedsLocation
from rome_elements.facts.yamlload import MAX_DEPTH, parse_yaml_collect

_MESSAGES = (
    ("Expecting value", "a value is missing here (JSON allows no comma before `]` or `}`)"),
    ("Expecting ',' delimiter", "a comma is missing here, between two items"),
    ("Expecting ':' delimiter", "a `:` is missing here, after the key"),
    (
        "Expecting property name",
        "a key in double quotes is expected here (JSON allows no comma before `}`, and no "
        "single quotes)",
    ),
    ("Unterminated string", 'this text is never closed: the closing " is missing'),
    (
        "Invalid control character",
        "a line break or tab inside quoted text must be written \\n or \\t",
    ),
    ("Invalid \\escape", "this backslash escape is not valid JSON; write a backslash as \\\\"),
    ("Invalid \\u", "this \\u escape is not valid: it needs four hexadecimal digits"),
    ("Extra data", "there is more text after the end of the JSON data"),
)


def parse_json(text: str, file: str) -> tuple[Document, list[Diagnostic]]:
    """Parse a JSON case file; return the document and problems that did not stop reading.
    Raises `InputError` when the text is not JSON (quoting no line of a file that marks some
    evidence confidential: which lines are confidential is not known then)."""
    try:
        return _parse_json(text, file)
    except InputError as err:
        raise InputError(Document(file, text, None).guard(err.diagnostics)) from None


def _parse_json(text: str, file: str) -> tuple[Document, list[Diagnostic]]:
    doc = Document(file, text, None)
    if not text.strip():
        raise InputError([Diagnostic("error", "the case file is empty", doc.span_at(0))])
    duplicates: list[str] = []
    exponents: list[str] = []  # numbers with an exponent and no point (1e5): YAML 1.1's text

    def _float(number: str) -> float:
        if "." not in number:
            exponents.append(number)
        return float(number)

    try:
        data = json.loads(
            text,
            object_pairs_hook=lambda pairs: _pairs(pairs, duplicates),
            parse_int=_int,
            parse_constant=str,
            parse_float=_float,
        )
    except json.JSONDecodeError as exc:
        message = next((m for start, m in _MESSAGES if exc.msg.startswith(start)), None)
        raise InputError(
            [
                Diagnostic(
                    "error",
                    message or f"the JSON is malformed here: {exc.msg}",
                    doc.span_at(exc.pos),
                )
            ]
        ) from None
    except (RecursionError, ValueError) as exc:
        reason = "it is nested too deeply" if isinstance(exc, RecursionError) else str(exc)
        raise InputError(
            [Diagnostic("error", f"the JSON cannot be read: {reason}", doc.span_at(0))]
        ) from None
    bad = _lone_surrogate(text)
    if bad is not None:
        raise InputError(
            [
                Diagnostic(
                    "error",
                    f"`{text[bad : bad + 6]}` is not valid Unicode: it is half of a pair of "
                    "escapes (a surrogate) without its other half",
                    doc.span_at(bad, bad + 6),
                    notes=(
                        "write the character itself, or both halves of its escape "
                        "(e.g. \\ud83d\\ude00 for 😀)",
                    ),
                )
            ]
        )
    if _too_deep(data):
        raise InputError(
            [
                Diagnostic(
                    "error", f"the data is nested more than {MAX_DEPTH} levels deep", doc.span_at(0)
                )
            ]
        )
    del data  # not kept while the YAML reader builds the same data again, with positions
    try:
        located, problems = parse_yaml_collect(text.replace("\t", " "), file)
    except InputError:
        problems = [
            Diagnostic("error", f"the key `{key}` appears twice in the same object in {file}")
            for key in duplicates
        ]
        data = json.loads(
            text,
            object_pairs_hook=lambda pairs: _pairs(pairs, []),
            parse_int=_int,
            parse_constant=str,
        )
        return Document(file, text, data), problems
    assert located.positions is not None
    result = located.data
    if exponents:  # numbers to JSON, text to the YAML reader: JSON's reading, in place
        numbers = json.loads(text, object_pairs_hook=_first_key, parse_int=_int, parse_constant=str)
        if isinstance(numbers, float) and isinstance(result, str):
            result = numbers  # the whole document is one such number
        _json_numbers(result, numbers)
    return Document(file, text, result, result, located.positions), problems


def _first_key(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    return _pairs(pairs, [])


def _json_numbers(located: Any, data: Any) -> None:
    """Put into `located` (the YAML reader's data) the numbers `data` (json.loads' data of the
    same text) has where `located` has their text: ``1e5`` and ``0E0`` are numbers in JSON,
    text in YAML 1.1. Same shapes, walked without recursion."""
    stack = [(located, data)]
    while stack:
        here, there = stack.pop()
        if isinstance(here, dict) and isinstance(there, dict):
            items = [(k, there[k]) for k in here if k in there]
        elif isinstance(here, list) and isinstance(there, list) and len(here) == len(there):
            items = list(enumerate(there))
        else:
            continue
        for key, value in items:
            mine = here[key]
            if isinstance(value, float) and isinstance(mine, str):
                here[key] = value
            elif isinstance(value, dict | list):
                stack.append((mine, value))


def parse_json_fast(text: str) -> Any:
    """The data of a JSON case file exactly as `parse_json` reads it; `NeedsLocation` if
    `parse_json` would report anything (bad JSON, a duplicate key, nesting too deep)."""
    if not text or text.isspace():
        raise NeedsLocation
    try:
        data = json.loads(text, object_pairs_hook=_unique, parse_int=_int, parse_constant=str)
    except (RecursionError, ValueError):
        raise NeedsLocation from None
    if _lone_surrogate(text) is not None or _too_deep(data):
        raise NeedsLocation
    return data


_ESCAPE = re.compile(r"(\\+)u([dD][89a-fA-F][0-9a-fA-F]{2})")
_LOW = re.compile(r"\\u[dD][c-fC-F][0-9a-fA-F]{2}")


def _lone_surrogate(text: str) -> int | None:
    """Where the first ``\\uD800``-``\\uDFFF`` escape without its other half starts (JSON
    reads it into text that cannot be written out again as UTF-8), or None."""
    if "\\u" not in text:
        return None
    paired = -1  # the end of the last high half that has its low half
    for m in _ESCAPE.finditer(text):
        if len(m.group(1)) % 2 == 0:  # an escaped backslash, then "u…": plain text
            continue
        start = m.end(1) - 1
        if int(m.group(2), 16) < 0xDC00:
            if _LOW.match(text, m.end()):
                paired = m.end()
                continue
            return start
        if start != paired:
            return start
    return None


def _int(text: str) -> int | str:
    """A JSON whole number; one too long to be a number a case file allows stays text (as the
    YAML reader leaves it), for the checks to refuse with a located message — Python's own
    limit on reading long numbers would otherwise refuse the whole file, unlocated."""
    return int(text) if len(text) <= 20 else text


def _unique(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)
    if len(out) != len(pairs):
        raise NeedsLocation  # a duplicate key
    return out


def _pairs(pairs: list[tuple[str, Any]], duplicates: list[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            duplicates.append(key)
            continue  # keep the first, as the YAML reader does
        out[key] = value
    return out


def _too_deep(value: Any, level: int = 1) -> bool:
    """Whether lists and mappings are nested more than `MAX_DEPTH` deep in `value` (a list or a
    mapping at nesting `level`, or a scalar)."""
    if type(value) is dict:
        value = value.values()
    elif type(value) is not list:
        return False
    if level > MAX_DEPTH:
        return True
    for child in value:
        kind = type(child)
        if (kind is dict or kind is list) and _too_deep(child, level + 1):
            return True
    return False
