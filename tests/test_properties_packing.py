"""Property tests of `engine.status_packing.StatusPacking`: a row of element statuses packed
two bits per element round-trips, at the edge of its capacity too (every place at the highest
rank, four statuses in two bits, rows past 32 and 64 places), the common-row-plus-changes sums
of `engine.act_statuses` equal the packed row, and anything beyond the capacity raises
`CapacityError` instead of spilling into the next place."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rome_elements.base.vocabulary import BY_RANK
from rome_elements.engine.errors import CapacityError
from rome_elements.engine.status_packing import StatusPacking

HIGHEST = BY_RANK[-1]
widths = st.sampled_from([0, 1, 2, 31, 32, 33, 63, 64, 65, 200]) | st.integers(0, 300)


@st.composite
def rows(draw: st.DrawFn, high: bool = False) -> list[str]:
    """A row of statuses; `high`: mostly the highest rank (every bit of a place set)."""
    width = draw(widths)
    status = st.just(HIGHEST) | st.sampled_from(BY_RANK) if high else st.sampled_from(BY_RANK)
    return draw(st.lists(status, min_size=width, max_size=width))


@given(rows())
def test_pack_unpack_round_trip(row: list[str]) -> None:
    packing = StatusPacking(len(row))
    packed = packing.pack(row)
    assert packing.unpack(packed) == tuple(row)
    assert 0 <= packed < 1 << (StatusPacking.BITS * len(row))


@given(rows(high=True))
def test_round_trip_at_the_edge(row: list[str]) -> None:
    """Every bit of the row set where a place holds the highest rank: no carry into the next."""
    packing = StatusPacking(len(row))
    assert packing.unpack(packing.pack(row)) == tuple(row)
    full = [HIGHEST] * len(row)
    assert packing.pack(full) == (1 << (StatusPacking.BITS * len(row))) - 1
    assert packing.unpack(packing.pack(full)) == tuple(full)


@given(st.data())
def test_common_row_plus_changes_is_the_row(data: st.DataObject) -> None:
    """As `ActStatuses` builds an act's row: the common status of each element, plus the
    change at each place where the act's status differs."""
    common = data.draw(rows(high=True))
    packing = StatusPacking(len(common))
    own = list(common)
    total = sum(packing.field(j, s) for j, s in enumerate(common))
    for j in data.draw(st.sets(st.integers(0, max(0, len(common) - 1)))) if common else ():
        own[j] = data.draw(st.sampled_from(BY_RANK))
        total += packing.change(j, common[j], own[j])
    assert total == packing.pack(own)
    assert packing.unpack(total) == tuple(own)


@given(rows(), st.integers(1, 4))
def test_a_value_beyond_the_row_raises(row: list[str], spill: int) -> None:
    packing = StatusPacking(len(row))
    packed = packing.pack(row) + (spill << (StatusPacking.BITS * len(row)))
    with pytest.raises(CapacityError, match="overflowed"):
        packing.unpack(packed)
    with pytest.raises(CapacityError):
        packing.unpack(-1)


@given(st.integers(0, 70), st.integers(-3, 3))
def test_a_place_outside_the_row_raises(width: int, beyond: int) -> None:
    packing = StatusPacking(width)
    place = width + beyond if beyond >= 0 else beyond
    with pytest.raises(CapacityError, match="outside a row"):
        packing.field(place, HIGHEST)


def test_more_statuses_than_bits_raise() -> None:
    with pytest.raises(CapacityError, match="do not fit in 2 bits"):
        StatusPacking(3, (*BY_RANK, "withdrawn"))
    with pytest.raises(CapacityError, match="unknown status"):
        StatusPacking(3).field(0, "withdrawn")
    with pytest.raises(CapacityError, match="2 statuses for a row of 3"):
        StatusPacking(3).pack(["missing", "supported"])


def test_fewer_statuses_reject_an_unused_rank() -> None:
    packing = StatusPacking(2, ("missing", "supported", "contested"))
    assert packing.unpack(packing.pack(["contested", "missing"])) == ("contested", "missing")
    with pytest.raises(CapacityError, match="no status"):
        packing.unpack(3)


def test_capacity_error_is_an_internal_error() -> None:
    """The command line reports it in one line with exit 3 (`base.errors`), never a report."""
    assert CapacityError.exit_code == 3
