"""Results remembered for one object, not for an equal one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

K = TypeVar("K")
V = TypeVar("V")


def by_identity(cache: dict[int, tuple[Any, Any]], key: K, make: Callable[[K], V], keep: int) -> V:
    """`make(key)`, remembered in `cache` for this very object, not an equal one (`eq true`
    and `eq 1` are equal in Python, not as tests of the law). The cache holds the object, so
    its id is not reused while it is there; it is emptied when it holds `keep` of them. The
    compiler returns the same program for the same library, charges and options
    (`rules.compile.compile_case`), so a situation's incidents share what is remembered."""
    hit = cache.get(id(key))
    if hit is not None and hit[0] is key:
        return hit[1]  # type: ignore[no-any-return]
    value = make(key)
    if len(cache) >= keep:
        cache.clear()
    cache[id(key)] = (key, value)
    return value
