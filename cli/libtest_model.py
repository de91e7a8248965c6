"""Library tests as data: the keys a test file may use, a test and its expectations as read,
and what running it found (`elements test`; the format is described in `cli.libtest`)."""

from __future__ import annotations

from dataclasses import dataclass

from rome_elements.base.diagnostics import Span
from rome_elements.base.vocabulary import STATUSES
from rome_elements.facts.model import Case

EXPECTED_STATUSES = (*STATUSES, "absent")
"""What an expectation may say: a report status, or `absent` (not an element of the charge)."""
PARTS = ("crime", "mode")

TEST_KEYS: dict[str, str] = {
    "name": "what the test shows, in a few words",
    "case": "a case file (a path relative to the test file) or a case mapping",
    "standard": "the standard of proof",
    "options": "readings of unsettled law, NAME: CHOICE",
    "without": "ids of facts or evidence items to leave out",
    "note": "free text",
    "expect": "the statuses expected, one entry per charge",
}
EXPECT_KEYS: dict[str, str] = {
    "charge": "the charge's number in the case (1 = first)",
    "crime": "the charge's crime (article or id)",
    "mode": "the charge's mode of liability",
    "accused": "the charge's accused",
    "made_out": "true or false",
    "jurisdiction": "within, outside or undetermined",
    "result": "made_out, jurisdiction_undetermined, outside_jurisdiction or not_made_out",
    "act": "the id of the act whose elements are checked (default: the best act)",
    "elements": "element id: status",
    "others": "the status of every element not listed",
}

DataPath = tuple[str | int, ...]
"""Where a value sits in a test file: keys and list indexes from the top."""


# ---- a test, as read ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Expectation:
    """An `expect` entry, resolved: the charge (0-based), and element expectations keyed by
    (part, element id)."""

    index: int
    elements: dict[tuple[str, str], str]
    others: str | None
    made_out: bool | None
    jurisdiction: str | None
    result: str | None = None
    act: str | None = None


@dataclass
class LibraryTest:
    """A test whose every key is valid, its case loaded and its `expect:` entries resolved."""

    __test__ = False  # not a pytest test class

    name: str
    path: tuple[int]
    case: Case
    standard: str | None
    options: dict[str, str]
    without: list[str]
    expect: list[Expectation]


# ---- what running it found -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Difference:
    """One thing a test expected that the report does not say."""

    subject: str  # "protected_awareness (crime element)", "made_out", "jurisdiction"
    expected: str
    actual: str
    needs: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ChargeResult:
    """One `expect` entry: the charge it names, what it expects of each element (with `others`
    applied to the charge's elements), and how the report differs."""

    number: int  # 1-based, as in the text report
    accused: str
    crime: str  # library ids
    article: str
    mode: str
    expected: tuple[tuple[str, str, str], ...]  # (part, element id, status), report order
    complete: tuple[str, ...]  # the parts ("crime", "mode") whose every element is expected
    differences: tuple[Difference, ...]
    absent: tuple[tuple[str, str], ...] = ()  # (part, element id) expected not to apply
    made_out: bool | None = None  # as expected
    jurisdiction: str | None = None  # as expected

    def statuses(self, part: str) -> list[str]:
        return [status for p, _, status in self.expected if p == part]


@dataclass(frozen=True, slots=True)
class TestOutcome:
    """The result of one library test."""

    __test__ = False  # not a pytest test class

    name: str
    file: str
    span: Span | None
    charges: tuple[ChargeResult, ...]

    @property
    def passed(self) -> bool:
        return not any(c.differences for c in self.charges)
