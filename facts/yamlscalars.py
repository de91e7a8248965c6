"""What a YAML scalar means: the rules of YAML 1.1 as PyYAML applies them (``12`` a whole
number, ``yes`` true, ``2023-07-19`` a date, ``~`` null), shared by the readers of
`facts.yamlload` and `facts.blockyaml` — except that numbers and dates are only what JSON
would also read as such (see `construct`): ``0x2``, ``1:30:00``, ``1_000`` and
``2023-07-19T10:00:00Z`` are text.

A date that does not exist (``2023-02-30``) is kept as its text, so that whoever expects a date
reports "2023-02-30 is not a valid date" at its position.
"""

from __future__ import annotations

import datetime
import re
from typing import Any

from yaml.resolver import Resolver

TAG = "tag:yaml.org,2002:"
BOOL = {
    "yes": True,
    "true": True,
    "on": True,
    "y": True,
    "no": False,
    "false": False,
    "off": False,
    "n": False,
}
RESOLVERS: dict[str, list[tuple[str, re.Pattern[str]]]] = {
    key: [(tag, regex) for tag, regex in entries]
    for key, entries in Resolver.yaml_implicit_resolvers.items()
    if key is not None
}
"""First character of a plain scalar -> the tags it may resolve to, each with its pattern."""

_DECIMAL = re.compile(r"[-+]?(?:0|[1-9][0-9]*)\Z")
_FLOAT = re.compile(r"[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?\Z")


def construct(tag: str, value: str) -> Any:
    """The value of a plain scalar whose resolved tag is `tag`.

    Only the forms JSON shares are numbers and dates: whole numbers in decimal digits (``12``,
    ``-3``), decimal fractions (``1.5``, ``2.5e3``) and a day (``2023-07-19``). YAML 1.1's
    other forms stay text as written, so that a text field keeps them and a number or date
    field refuses them at their place, as it would in a JSON file: ``0x2`` (hexadecimal),
    ``017``/``0o17`` (octal), ``1_000``, ``1:30:00`` (base 60, 5400), ``.inf``/``.nan``, and a
    date with a time or a time zone (``2023-07-19T23:30:00+05:00``: its day depends on
    where it is read; truncating it would change the day)."""
    if tag == TAG + "bool":
        return BOOL[value.lower()]
    if tag == TAG + "null":
        return None
    try:
        if tag == TAG + "int":
            if len(value) <= 4300 and _DECIMAL.match(value):
                return int(value)
            return value
        if tag == TAG + "float":
            if len(value) <= 4300 and _FLOAT.match(value):
                return float(value)
            return value
        if tag == TAG + "timestamp" and len(value) == 10:
            # e.g. 2023-02-30 raises: kept as text, reported where a date is expected
            return datetime.date(int(value[:4]), int(value[5:7]), int(value[8:]))
    except (ValueError, OverflowError, TypeError):
        return value  # e.g. 2023-02-30: kept as text, reported where a date is expected
    return value  # a date with a time, merge `<<`, value `=`: text


def plain(candidates: list[tuple[str, re.Pattern[str]]], value: str) -> Any:
    """A plain scalar that may be a number or a date, resolved as the located pass does (never
    None: the nulls are among `WORDS`)."""
    for tag, regex in candidates:
        if regex.match(value):
            return construct(tag, value)
    return value


def resolve(value: str, known: dict[str, Any]) -> Any:
    """The value of the plain scalar `value`; `known` keeps the numbers and dates resolved so
    far (they repeat: dates, grades), for the next reader of the same file."""
    found = FIRST.get(value[:1])
    if found is None:
        return value
    if found is WORDS_ONLY:
        return WORDS.get(value, value) if len(value) <= LONGEST_WORD else value
    result = known.get(value)
    if result is None:
        result = known[value] = plain(found, value)
    return result


class _WordsOnly:
    """Marks first characters of plain scalars that can only be a boolean or a null."""


WORDS_ONLY = _WordsOnly()
WORDS: dict[str, Any] = {
    **{
        word: BOOL[word.lower()]
        for base in ("yes", "no", "true", "false", "on", "off")
        for word in (base, base.capitalize(), base.upper())
    },
    **{word: None for word in ("~", "null", "Null", "NULL", "")},
}
"""Every plain scalar that YAML 1.1 reads as a boolean or a null (the located pass matches
PyYAML's regular expressions; tests check that both agree)."""
LONGEST_WORD = max(map(len, WORDS))

FIRST: dict[str, Any] = {}
"""First character of a plain scalar -> how it may resolve: `WORDS_ONLY`, or the resolvers to
try (numbers, dates). Absent: always text (``<<`` and ``=`` resolve to their text too)."""
for _char, _entries in RESOLVERS.items():
    _tags = {tag[len(TAG) :] for tag, _ in _entries}
    if _tags <= {"bool", "null"}:
        FIRST[_char] = WORDS_ONLY
    elif not _tags <= {"merge", "value"}:
        FIRST[_char] = _entries
SPECIAL = frozenset(FIRST)
"""The first characters of the plain scalars that may be something other than text."""
WORD_FIRST = frozenset(char for char, found in FIRST.items() if found is WORDS_ONLY)
"""The first characters of plain scalars that, if longer than `LONGEST_WORD`, are text."""
