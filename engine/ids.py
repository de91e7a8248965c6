"""Natural ordering of case ids, so that E2 comes before E10 in every report."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

_PARTS = re.compile(r"(\d+)")


def natural_key_uncached(value: str) -> tuple[tuple[int, int | str], ...]:
    """The key itself (for ranking many ids once, where a cache would only cost)."""
    return tuple((0, int(p)) if p.isdigit() else (1, p) for p in _PARTS.split(value) if p)


natural_key = functools.lru_cache(maxsize=1 << 18)(natural_key_uncached)


def natural_sorted(values: Iterable[str]) -> list[str]:
    items = list(values)
    if len(items) < 2:
        return items
    return sorted(items, key=natural_key)
