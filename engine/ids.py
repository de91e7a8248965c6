"""Natural ordering of case ids, so that E2 comes before E10 in every report."""

from __future__ import annotations

import functools
import heapq
import re
from collections.abc import Iterable

_PARTS = re.compile(r"(\d+)")


_TEXT_NUMBER = re.compile(r"(\D+)(\d+)")

MAX_DIGITS = 4000
"""Digit runs up to this long compare as numbers; longer ones (Python refuses to read more than
4,300 digits as a number) compare after every number, among themselves by their text."""
_HUGE = float("inf")


def _number(digits: str) -> int | float:
    return int(digits) if len(digits) <= MAX_DIGITS else _HUGE


def natural_key_uncached(value: str) -> tuple[tuple[int, int | float | str], ...]:
    """The key itself (for ranking many ids once, where a cache would only cost): runs of
    decimal digits compare as numbers, the rest as text."""
    simple = _TEXT_NUMBER.fullmatch(value)  # the usual shape, E12 or T-0001: one match
    if simple is not None:
        text, number = simple.groups()
        return ((1, text), (0, _number(number)))
    return tuple((0, _number(p)) if p.isdecimal() else (1, p) for p in _PARTS.split(value) if p)


natural_key = functools.lru_cache(maxsize=1 << 18)(natural_key_uncached)


def rank_ids(ids: Iterable[str]) -> dict[str, int]:
    """Each id's place in natural order, ties (such as E01 and E1) broken by the text: the
    order of `sorted(set(ids), key=lambda i: (natural_key(i), i))`.

    Most ids have the usual shape, text then a number (E12, T-0001); their keys are all
    ((1, text), (0, number)), so among them that order is: by text, then number, then the id
    itself. They are sorted that way, group by group, with flat keys (five times faster than
    comparing nested key tuples at 100,000 ids); any other ids are merged in by full key."""
    groups: dict[str, list[tuple[int | float, str]]] = {}
    other: list[str] = []
    match = _TEXT_NUMBER.fullmatch
    for i in set(ids):
        simple = match(i)
        if simple is None:
            other.append(i)
        else:
            text, number = simple.groups()
            groups.setdefault(text, []).append((_number(number), i))
    usual = [i for text in sorted(groups) for _, i in sorted(groups[text])]
    if other:

        def full(i: str) -> tuple[tuple[tuple[int, int | float | str], ...], str]:
            return natural_key_uncached(i), i

        ordered = list(heapq.merge(usual, sorted(other, key=full), key=full))
    else:
        ordered = usual
    return {i: k for k, i in enumerate(ordered)}


def natural_sorted(values: Iterable[str]) -> list[str]:
    """`values` in natural order, ties (E01 and E1) broken by the text as in `rank_ids`: the
    order never depends on the order given, which for a set changes from run to run."""
    items = list(values)
    if len(items) > 1:
        items.sort()
        items.sort(key=natural_key)  # stable: ties keep the text's order
    return items
