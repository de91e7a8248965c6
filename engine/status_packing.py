"""A row of element statuses packed into one integer, two bits per element.

A charge has a few elements and, in a large situation, thousands of acts; each act's statuses
are one integer (`engine.act_statuses`): the sum of each element's status rank shifted to its
place. An element's status for most acts is a common one, so the row of an act is the common
row plus, for the few elements whose status differs for that act, the difference at their
place: one addition each, and acts that fare alike have equal integers.

`StatusPacking` owns that encoding and checks its capacity: a status must be one of the
`statuses` it was made with (at most 2**BITS of them) and a place one of its `width` places,
and an integer it unpacks must hold nothing outside its places. Anything else raises
`CapacityError` (an internal error, exit 3) instead of spilling into the next place."""

from __future__ import annotations

from collections.abc import Sequence

from rome_elements.base.vocabulary import BY_RANK
from rome_elements.engine.errors import CapacityError


class StatusPacking:
    BITS = 2
    """Bits per element."""
    CAPACITY = 1 << BITS
    """Distinct statuses a place can hold."""
    MASK = CAPACITY - 1

    __slots__ = ("width", "statuses", "_rank", "_limit")

    def __init__(self, width: int, statuses: Sequence[str] = BY_RANK) -> None:
        """`width` places; `statuses` by rank (the vocabulary's, lowest first, by default)."""
        if len(statuses) > self.CAPACITY:
            raise CapacityError(
                f"internal error: {len(statuses)} statuses do not fit in {self.BITS} bits per "
                f"element (at most {self.CAPACITY})"
            )
        if len(set(statuses)) != len(statuses):
            raise CapacityError(f"internal error: statuses repeated: {list(statuses)}")
        if width < 0:
            raise CapacityError(f"internal error: a negative width ({width})")
        self.width = width
        self.statuses = tuple(statuses)
        self._rank = {s: k for k, s in enumerate(self.statuses)}
        self._limit = 1 << (self.BITS * width)

    def _shift(self, place: int) -> int:
        if not 0 <= place < self.width:
            raise CapacityError(
                f"internal error: place {place} is outside a row of {self.width} elements"
            )
        return self.BITS * place

    def rank(self, status: str) -> int:
        found = self._rank.get(status)
        if found is None:
            raise CapacityError(f"internal error: unknown status {status!r} to pack")
        return found

    def field(self, place: int, status: str) -> int:
        """`status` at `place` (the other places empty, i.e. of rank 0)."""
        return self.rank(status) << self._shift(place)

    def change(self, place: int, old: str, new: str) -> int:
        """What to add to a row whose `place` holds `old` for it to hold `new`."""
        return (self.rank(new) - self.rank(old)) << self._shift(place)

    def pack(self, statuses: Sequence[str]) -> int:
        """A whole row: one status per place."""
        if len(statuses) != self.width:
            raise CapacityError(
                f"internal error: {len(statuses)} statuses for a row of {self.width} elements"
            )
        return sum(self.field(j, s) for j, s in enumerate(statuses))

    def ranks(self, packed: int) -> list[int]:
        """The rank at each place of a packed row."""
        if not 0 <= packed < self._limit:
            raise CapacityError(
                f"internal error: {packed:#x} does not fit a row of {self.width} elements of "
                f"{self.BITS} bits: a status overflowed its place"
            )
        out = [(packed >> (self.BITS * j)) & self.MASK for j in range(self.width)]
        if any(r >= len(self.statuses) for r in out):
            raise CapacityError(f"internal error: {packed:#x} holds a rank that is no status")
        return out

    def unpack(self, packed: int) -> tuple[str, ...]:
        """The statuses of a packed row, by place."""
        return tuple(self.statuses[r] for r in self.ranks(packed))
