"""Jurisdiction preconditions: territory or nationality, and the temporal scope of acceptance."""

from __future__ import annotations

from engine.jurisdiction import assess
from rules.parse import parse_text

STATES = {
    s.name: s
    for s in parse_text(
        """
state "Ukraine" {
  declaration "art. 12(3) declaration lodged 17 April 2014" from 2013-11-21 to 2014-02-22
  declaration "art. 12(3) declaration lodged 8 September 2015" from 2014-02-20
  party from 2025-01-01
}
state "Belarus" {
  note "Not a State Party; no art. 12(3) declaration."
}
""",
        "states.el",
    ).items
}


def test_transfer_starting_in_ukraine_is_within_through_its_declaration() -> None:
    fact = {
        "id": "F1",
        "type": "transfer",
        "origin_state": "Ukraine",
        "destination_state": "Belarus",
        "date": "2022-09-05",
    }
    j = assess(STATES, [fact], nationality="Belarus")
    assert j.status == "within"
    assert "8 September 2015" in j.reasons[0]


def test_conduct_wholly_in_belarus_by_a_belarusian_is_outside() -> None:
    fact = {"id": "F1", "type": "transfer", "state": "Belarus", "date": "2022-09-05"}
    j = assess(STATES, [fact], nationality="Belarus")
    assert j.status == "outside"
    assert "Belarus: no acceptance covers 2022-09-05" in j.reasons[0]


def test_before_any_acceptance_is_outside() -> None:
    fact = {"id": "F1", "type": "transfer", "origin_state": "Ukraine", "date": "2013-01-01"}
    assert assess(STATES, [fact], None).status == "outside"


def test_undated_conduct_is_undetermined_and_says_why() -> None:
    fact = {"id": "F1", "type": "transfer", "origin_state": "Ukraine"}
    j = assess(STATES, [fact], None)
    assert j.status == "undetermined"
    assert "no date" in j.reasons[0] and "from 2014-02-20" in j.reasons[0]


def test_no_conduct_fact_is_undetermined() -> None:
    assert assess(STATES, [], None).status == "undetermined"
