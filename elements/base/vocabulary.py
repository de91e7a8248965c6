"""The words every layer shares, defined once: element statuses, their order and symbols,
results, jurisdiction verdicts, and evidence grades.

The statuses and results are contract (`../shared/design.md`, the JSON report); their order
is the engine's (a higher rank is a better status); the symbols are what every renderer prints.
"""

from __future__ import annotations

from typing import Literal

Status = Literal["supported", "insufficient", "contested", "missing"]
STATUSES: tuple[Status, ...] = ("supported", "insufficient", "contested", "missing")
"""Every element status, best first (as reports list them)."""
RANK: dict[str, int] = {"missing": 0, "insufficient": 1, "contested": 2, "supported": 3}
"""A status's rank: adding support never lowers it (the monotonicity properties)."""
BY_RANK: tuple[Status, ...] = ("missing", "insufficient", "contested", "supported")
"""The status of each rank: `BY_RANK[RANK[s]] == s`."""
SYMBOL: dict[str, str] = {"supported": "✔", "insufficient": "~", "contested": "!", "missing": "✘"}
"""The mark every renderer prints beside a status."""

RESULTS = ("made_out", "jurisdiction_undetermined", "outside_jurisdiction", "not_made_out")
"""A charge's (or an act's) result, best first: every element supported and jurisdiction
`within`; every element supported but jurisdiction `undetermined`; every element supported
but the conduct outside the Court's jurisdiction; some element not supported."""
RESULT_TEXT = {
    "made_out": "made out",
    "jurisdiction_undetermined": "elements made out; jurisdiction undetermined",
    "outside_jurisdiction": "elements made out; outside the Court's jurisdiction",
    "not_made_out": "not made out",
}
JURISDICTIONS = ("within", "outside", "undetermined")
"""What the jurisdiction assessment of an act says."""

GRADES = "ABCDEF"
"""Source reliability, best first (the Admiralty scale); credibility is 1 (best) to 6."""
RELIABILITY_SCALE: dict[str, str] = {
    "A": "completely reliable",
    "B": "usually reliable",
    "C": "fairly reliable",
    "D": "not usually reliable",
    "E": "unreliable",
    "F": "reliability cannot be judged",
}
CREDIBILITY_SCALE: dict[int, str] = {
    1: "confirmed by other sources",
    2: "probably true",
    3: "possibly true",
    4: "doubtful",
    5: "improbable",
    6: "truth cannot be judged",
}


def grade_at_least(
    reliability: str, credibility: int, min_reliability: str, max_credibility: int
) -> bool:
    """Whether a grade (e.g. B2) is at least as good as a threshold (e.g. C3)."""
    return GRADES.index(reliability) <= GRADES.index(min_reliability) and (
        credibility <= max_credibility
    )
