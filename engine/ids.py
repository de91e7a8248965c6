"""Natural ordering of case ids, so that E2 comes before E10 in every report."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

_PARTS = re.compile(r"(\d+)")


_TEXT_NUMBER = re.compile(r"(\D+)(\d+)")


def natural_key_uncached(value: str) -> tuple[tuple[int, int | str], ...]:
    """The key itself (for ranking many ids once, where a cache would only cost): runs of
    decimal digits compare as numbers, the rest as text."""
    simple = _TEXT_NUMBER.fullmatch(value)  # the usual shape, E12 or T-0001: one match
    if simple is not None:
        text, number = simple.groups()
        return ((1, text), (0, int(number)))
    return tuple((0, int(p)) if p.isdecimal() else (1, p) for p in _PARTS.split(value) if p)


natural_key = functools.lru_cache(maxsize=1 << 18)(natural_key_uncached)


def natural_sorted(values: Iterable[str]) -> list[str]:
    items = list(values)
    if len(items) < 2:
        return items
    return sorted(items, key=natural_key)
