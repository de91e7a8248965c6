"""The natural order of case ids: `rank_ids` (the fast ranking used for every report) gives
exactly the order of the full natural key, whatever the ids look like."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from rome_elements.engine.ids import natural_key, rank_ids

# ids of the usual shape (text then a number, zero-padded or not, in several scripts) mixed
# with any others: only digits, digits first, several numbers, non-ASCII digits, no digits
_usual = st.builds(
    lambda text, number, pad: f"{text}{number:0{pad}d}",
    st.sampled_from(["E", "F", "T-", "e", "Ev", "П", "E-"]),
    st.integers(0, 120),
    st.integers(0, 4),
)
_any = st.text(alphabet="E1209-٣²ab_", min_size=1, max_size=6)


def _slow(ids: list[str]) -> dict[str, int]:
    ordered = sorted(set(ids), key=lambda i: (natural_key(i), i))
    return {i: k for k, i in enumerate(ordered)}


@given(st.lists(st.one_of(_usual, _any), max_size=60))
def test_rank_ids_is_the_natural_order(ids: list[str]) -> None:
    assert rank_ids(ids) == _slow(ids)


def test_rank_ids_ties_and_mixed_shapes() -> None:
    ids = ["E010", "E10", "E2", "12", "a1b2", "E", "T-0003", "T-3", "a٣b", "E٣"]
    assert list(rank_ids(ids)) == [
        "12", "E", "E2", "E٣", "E010", "E10", "T-0003", "T-3", "a1b2", "a٣b"
    ]  # fmt: skip
    assert rank_ids(ids) == _slow(ids)


@given(st.lists(st.one_of(_usual, _any), max_size=30), st.randoms())
def test_natural_sorted_does_not_depend_on_the_order_given(ids: list[str], rnd: object) -> None:
    from rome_elements.engine.ids import natural_sorted

    shuffled = list(ids)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    assert (
        natural_sorted(shuffled)
        == natural_sorted(ids)
        == list(sorted(ids, key=lambda i: (natural_key(i), i)))
    )
