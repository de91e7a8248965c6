"""An act's result (made out, and under which jurisdiction verdict) and its place among the
acts of a charge; a charge's forms are ordered by the same results."""

from __future__ import annotations

from collections.abc import Mapping

from rome_elements.base.vocabulary import RESULTS
from rome_elements.engine.report import count_statuses

RESULT_RANK = {r: k for k, r in enumerate(RESULTS)}
JURISDICTION_RANK = {"within": 0, "undetermined": 1, "outside": 2}


def verdict(
    statuses: tuple[tuple[str, str, str], ...], jurisdiction: str
) -> tuple[str, tuple[int, ...]]:
    """An act's result, and where it stands among the charge's acts (ties: natural order):
    the best result first, then more elements supported, contested, insufficient."""
    counts = count_statuses(s for _, _, s in statuses)
    result = _result(counts, len(statuses), jurisdiction)
    return result, (
        RESULT_RANK[result],
        -counts["supported"],
        -counts["contested"],
        -counts["insufficient"],
        JURISDICTION_RANK[jurisdiction],
    )


def _result(counts: Mapping[str, int], total: int, jurisdiction: str) -> str:
    if counts["supported"] != total:
        return "not_made_out"
    return {
        "within": "made_out",
        "undetermined": "jurisdiction_undetermined",
        "outside": "outside_jurisdiction",
    }[jurisdiction]
