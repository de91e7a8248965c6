"""Jurisdiction preconditions: territory or nationality, and the temporal scope of acceptance."""

from __future__ import annotations

from rome_elements.engine.jurisdiction import assess
from rome_elements.rules.parse import parse_text

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


# ---- art. 13 triggers (reference §9.6) ----------------------------------------------------------

SC_BELARUS = {
    "id": "R1",
    "type": "referral",
    "trigger": "security_council",
    "situation": "a situation in Belarus (hypothetical)",
    "state": "Belarus",
    "resolution": "S/RES/0000 (hypothetical)",
    "since": "2020-05-01",
    "until": "2023-12-31",
}


def test_a_security_council_referral_covers_conduct_whatever_art_12_2_says() -> None:
    fact = {"id": "F1", "type": "transfer", "state": "Belarus", "date": "2022-09-05"}
    j = assess(STATES, [fact], nationality="Belarus", referrals=[SC_BELARUS])
    assert j.status == "within"
    assert "art. 13(b)" in j.reasons[0] and "S/RES/0000" in j.reasons[0]


def test_a_security_council_referral_covers_only_its_state_and_period() -> None:
    before = {"id": "F1", "type": "transfer", "state": "Belarus", "date": "2020-04-30"}
    after = {"id": "F2", "type": "transfer", "state": "Belarus", "date": "2024-01-01"}
    elsewhere = {"id": "F3", "type": "transfer", "state": "Russia", "date": "2022-09-05"}
    for fact in (before, after):
        j = assess(STATES, [fact], "Belarus", referrals=[SC_BELARUS])
        assert j.status == "outside" and "outside the referred period" in j.reasons[0], j
    assert assess(STATES, [elsewhere], "Russia", referrals=[SC_BELARUS]).status == "undetermined"


def test_no_referral_reaches_before_the_statute_entered_into_force() -> None:
    early = dict(SC_BELARUS, since="2001-01-01")
    fact = {"id": "F1", "type": "transfer", "state": "Belarus", "date": "2002-06-30"}
    j = assess(STATES, [fact], "Belarus", referrals=[early])
    assert j.status == "outside" and "art. 11(1)" in j.reasons[0]


def test_a_state_party_referral_is_named_and_leaves_art_12_2_in_force() -> None:
    referral = dict(SC_BELARUS, trigger="state_party", by="Lithuania")
    del referral["resolution"]
    fact = {"id": "F1", "type": "transfer", "state": "Belarus", "date": "2022-09-05"}
    j = assess(STATES, [fact], "Belarus", referrals=[referral])
    assert j.status == "outside"
    assert j.reasons[0].startswith("art. 13(a): referred by a State Party (Lithuania)")
    assert "art. 12(2) apply" in j.reasons[0]


# ---- withdrawals (art. 127), art. 124 exclusions, unverified and checked records -------------

MORE = {
    s.name: s
    for s in parse_text(
        """
state "Ukraine" {
  declaration "art. 12(3) declaration lodged 8 September 2015" from 2014-02-20
  party from 2025-01-01
  exclusion "art. 124 declaration" war_crimes nationals from 2025-01-01 to 2031-12-31
}
state "Colombia" {
  party from 2002-11-01
  exclusion "art. 124 declaration" war_crimes nationals territory from 2002-11-01 to 2009-10-31
}
state "Poland" { party from 2002-07-01 }
state "Burundi" {
  party from 2004-12-01
  withdrawal effective 2017-10-27 "source"
}
state "Russia" { checked 2025-06-02 "ICC count" }
state "Atlantis" { unverified "date not found in any source read" }
""",
        "states.el",
    ).items
}


def _at(date: str, *states: str, **kw: str) -> dict[str, str]:
    fact = {"id": "F1", "type": "transfer", "date": date, **kw}
    if len(states) == 1:
        fact["state"] = states[0]
    elif states:
        fact["origin_state"], fact["destination_state"] = states
    return fact


def test_withdrawal_ends_party_status_the_day_before_it_takes_effect() -> None:
    before = assess(MORE, [_at("2017-10-26", "Burundi")], None)
    on = assess(MORE, [_at("2017-10-27", "Burundi")], None)
    assert before.status == "within" and "art. 127" in before.reasons[0]
    assert on.status == "outside"
    assert "withdrawal took effect on 2017-10-27" in on.reasons[0]


def test_art_124_excludes_war_crimes_by_ukrainian_nationals_in_the_period() -> None:
    fact = _at("2025-03-01", "Ukraine")
    j = assess(MORE, [fact], "Ukraine", war_crime=True)
    assert j.status == "outside"
    assert "art. 124" in j.reasons[0] and "2031-12-31" in j.reasons[0]
    # not a war crime, another nationality, or outside the seven years: Ukraine counts
    assert assess(MORE, [fact], "Ukraine").status == "within"
    assert assess(MORE, [fact], "Russia", war_crime=True).status == "within"
    assert assess(MORE, [_at("2024-12-31", "Ukraine")], "Ukraine", war_crime=True).status == (
        "within"
    )
    assert assess(MORE, [_at("2032-01-01", "Ukraine")], "Ukraine", war_crime=True).status == (
        "within"
    )


def test_art_124_leaves_other_states_acceptance_intact() -> None:
    # a Ukrainian national's war crime on a State Party's territory stays within
    j = assess(MORE, [_at("2025-03-01", "Ukraine", "Poland")], "Ukraine", war_crime=True)
    assert j.status == "within" and "Poland" in j.reasons[0]


def test_art_124_territory_scope_excludes_conduct_on_the_territory() -> None:
    fact = _at("2005-01-01", "Colombia")
    assert assess(MORE, [fact], "Russia", war_crime=True).status == "outside"
    assert assess(MORE, [_at("2009-11-01", "Colombia")], None, war_crime=True).status == ("within")


def test_unverified_state_is_undetermined_and_says_why() -> None:
    j = assess(MORE, [_at("2020-01-01", "Atlantis")], None)
    assert j.status == "undetermined"
    assert "not verified" in j.reasons[0]


def test_checked_date_bounds_an_outside_finding() -> None:
    assert assess(MORE, [_at("2025-06-02", "Russia")], None).status == "outside"
    later = assess(MORE, [_at("2025-06-03", "Russia")], None)
    assert later.status == "undetermined" and "checked only to 2025-06-02" in later.reasons[0]


def test_the_library_declares_125_current_states_parties() -> None:
    from pathlib import Path

    text = (Path(__file__).parent.parent / "elements" / "states.el").read_text(encoding="utf-8")
    declared = [s for s in parse_text(text, "states.el").items if hasattr(s, "acceptances")]
    current = [
        s
        for s in declared
        if any(a.basis == "party" and a.start <= "2025-06-02" for a in s.acceptances)
        and not (s.withdrawal and s.withdrawal <= "2025-06-02")
    ]
    assert len(current) == 125
    for s in declared:  # every State names its source
        assert any(m.key == "source" for m in s.meta), s.name


def test_state_clauses_are_checked_with_located_errors() -> None:
    from rome_elements.rules.check import _check_states
    from rome_elements.rules.library import Library

    lib = Library(modules=[])
    for s in parse_text(
        'state "X" {\n  withdrawal effective 2010-01-01 "s"\n'
        '  exclusion "d" war_crime nationls from 2003-01-01 to 2002-01-01\n}',
        "x.el",
    ).items:
        lib.states[s.name] = s
    msgs = {d.message: d for d in _check_states(lib)}
    assert any("needs a `party from` date" in m for m in msgs)
    bad = next(d for m, d in msgs.items() if "only war crimes" in m)
    assert bad.suggestion == "war_crimes" and bad.span is not None and bad.span.line == 3
    assert any("`nationls`" in m and d.suggestion == "nationals" for m, d in msgs.items())
    assert any("ends (2002-01-01) before it starts" in m for m in msgs)
